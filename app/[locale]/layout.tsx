import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LANG_TAGS, routing } from '@/i18n/routing';
import { SETTINGS_SCRIPT } from '@/lib/reader/settings';
import { SITE_URL } from '@/lib/site';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t('siteName'), template: `%s — ${t('siteName')}` },
    applicationName: t('siteName'),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  return (
    // The reader's settings are applied to <html> before first paint by the script below.
    <html lang={LANG_TAGS[locale]} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: SETTINGS_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only rounded bg-amber-300 px-3 py-2 text-stone-950 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          {t('skipToContent')}
        </a>
        {children}
        <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600 dark:text-stone-400">{t('footer')}</footer>
      </body>
    </html>
  );
}
