import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree } from './server';

describe('assertPortFree', () => {
  it('names a busy port and how to free it, and accepts it once it is closed', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} is busy: stop what listens there (fuser -k ${port}/tcp)`);
    await new Promise((resolve) => busy.close(resolve));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
