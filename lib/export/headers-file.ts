/**
 * `out/_headers` (Netlify, Cloudflare Pages): the security headers of next.config.js for every
 * path, and long immutable caching for the content-hashed build assets.
 */
import { IMMUTABLE_CACHE_CONTROL, SECURITY_HEADERS } from '../security-headers.js';

/** One `_headers` rule: a path pattern and its headers. */
export interface HeaderRule {
  path: string;
  headers: readonly { key: string; value: string }[];
}

/** The rules the export writes, in order. */
export const EXPORT_HEADER_RULES: readonly HeaderRule[] = [
  { path: '/*', headers: SECURITY_HEADERS },
  { path: '/_next/static/*', headers: [{ key: 'Cache-Control', value: IMMUTABLE_CACHE_CONTROL }] },
];

/**
 * Formats rules as a `_headers` file: the path on its own line, each header indented below it.
 * @throws when a value holds a line break, which would end the rule
 */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => {
      const lines = rule.headers.map(({ key, value }) => {
        if (/[\r\n]/u.test(key + value)) throw new Error(`_headers: the header ${key} of ${rule.path} holds a line break`);
        return `  ${key}: ${value}`;
      });
      return [rule.path, ...lines].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
