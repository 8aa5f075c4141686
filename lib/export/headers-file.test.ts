import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security-headers.js';
import { EXPORT_HEADER_RULES, formatHeadersFile } from './headers-file';

describe('formatHeadersFile', () => {
  it('writes each path with its headers indented below it, rules separated by a blank line', () => {
    const text = formatHeadersFile([
      {
        path: '/*',
        headers: [
          { key: 'X-A', value: '1' },
          { key: 'X-B', value: 'two words' },
        ],
      },
      { path: '/static/*', headers: [{ key: 'Cache-Control', value: 'max-age=60' }] },
    ]);
    expect(text).toBe('/*\n  X-A: 1\n  X-B: two words\n\n/static/*\n  Cache-Control: max-age=60\n');
  });

  it('refuses a value that would break the file, naming the header', () => {
    expect(() => formatHeadersFile([{ path: '/*', headers: [{ key: 'X-A', value: 'a\nb' }] }])).toThrow(/X-A of \/\*/u);
  });
});

describe('EXPORT_HEADER_RULES', () => {
  const text = formatHeadersFile(EXPORT_HEADER_RULES);

  it('sends every security header of the server to every path', () => {
    const all = text.split('\n\n')[0] ?? '';
    expect(all.startsWith('/*\n')).toBe(true);
    for (const { key, value } of SECURITY_HEADERS) expect(all).toContain(`  ${key}: ${value}`);
    expect(all).toContain(CONTENT_SECURITY_POLICY);
  });

  it('caches the hashed build assets for a year, immutable', () => {
    expect(text).toContain('/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});
