import { describe, expect, it } from 'vitest';
import { serveConfig } from './serve-config';

describe('serveConfig', () => {
  it('serves clean URLs without listings and turns _headers paths into globs', () => {
    const config = serveConfig([
      { path: '/*', headers: [{ key: 'X-A', value: '1' }] },
      { path: '/_next/static/*', headers: [{ key: 'Cache-Control', value: 'immutable' }] },
    ]);
    expect(config).toEqual({
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
      headers: [
        { source: '**', headers: [{ key: 'X-A', value: '1' }] },
        { source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'immutable' }] },
      ],
    });
  });
});
