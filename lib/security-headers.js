/**
 * The security headers of every response, in one place: next.config.js sends them from `next start`
 * and the static export writes them to `out/_headers`, so the two cannot drift apart.
 * Plain JavaScript because next.config.js imports it without a TypeScript loader.
 */

/**
 * The pages are static, so no per-request nonce is possible, and Next.js hands the RSC payload to
 * the browser in inline `self.__next_f.push(…)` scripts that differ per page and per build: scripts
 * need 'unsafe-inline' (a hash beside it would disable it). Everything else is same-origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the reader never uses, turned off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Sent with every response: pages, data files, assets, 404s and redirects.
 * @type {ReadonlyArray<{ key: string; value: string }>}
 */
export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];

/** Build assets have content-hashed names: a year, never revalidated. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
