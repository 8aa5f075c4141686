import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import NotFoundMessage from '@/components/NotFoundMessage';
import { routing } from '@/i18n/routing';

/**
 * Each locale's 404 page, prerendered as complete HTML: the proxy rewrites unknown paths here with
 * status 404 (a notFound() at request time would send an empty shell that needs JavaScript), and
 * the static export serves it as `{locale}/404.html`.
 */
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundMessage locale={locale} />;
}
