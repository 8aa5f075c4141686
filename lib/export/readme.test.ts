import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE_CONTROL, SECURITY_HEADERS } from '../security-headers.js';

// The README's nginx example is copied by hand into servers: it must say what next.config.js sends.
const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const nginx = readme.match(/```nginx\n([\s\S]*?)```/u)?.[1] ?? '';

describe('the README nginx example', () => {
  it('sends every security header with its current value', () => {
    for (const { key, value } of SECURITY_HEADERS) expect(nginx).toContain(`add_header ${key} "${value}" always;`);
  });

  it('serves clean URLs, the 404 page and immutable assets', () => {
    expect(nginx).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(nginx).toContain(`"${IMMUTABLE_CACHE_CONTROL}"`);
  });
});
