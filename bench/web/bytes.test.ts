import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sizeOf, total } from './bytes';

describe('sizeOf', () => {
  it('counts UTF-8 bytes, not characters, and gzips at level 9', () => {
    const text = '硅谷的中国工程师'.repeat(50);
    const size = sizeOf(text);
    expect(size.raw).toBe(8 * 3 * 50);
    expect(size.gzip).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
    expect(size.gzip).toBeLessThan(size.raw);
  });

  it('sizes a buffer as given, without decoding it', () => {
    const bytes = gzipSync(Buffer.from('déjà'));
    expect(gunzipSync(bytes).toString()).toBe('déjà');
    expect(sizeOf(bytes).raw).toBe(bytes.length);
  });

  it('counts nothing as zero bytes, not as an empty gzip stream', () => {
    expect(sizeOf('')).toEqual({ raw: 0, gzip: 0 });
  });
});

describe('total', () => {
  it('adds raw and gzip sizes separately and is zero for nothing', () => {
    expect(
      total([
        { raw: 10, gzip: 4 },
        { raw: 5, gzip: 3 },
      ]),
    ).toEqual({ raw: 15, gzip: 7 });
    expect(total([])).toEqual({ raw: 0, gzip: 0 });
  });
});
