import { getLocale, getTranslations } from 'next-intl/server';
import SiteHeader from '@/components/SiteHeader';
import type { Locale } from '@/i18n/routing';

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('NotFound');
  const site = await getTranslations('Metadata');
  return (
    <>
      <SiteHeader locale={locale} hrefFor={(l) => `/${l}`} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-16 outline-none">
        <title>{`${t('title')} — ${site('siteName')}`}</title>
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="mt-4 max-w-prose text-stone-700 dark:text-stone-300">{t('description')}</p>
        <p className="mt-8">
          <a href={`/${locale}`} className="text-amber-800 underline underline-offset-4 dark:text-amber-300">
            {t('back')}
          </a>
        </p>
      </main>
    </>
  );
}
