import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import SiteHeader from './SiteHeader';

/** The body of a 404 page in the interface locale: what happened and a link back to the articles. */
export default async function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <SiteHeader locale={locale} hrefFor={(l) => `/${l}`} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-16 outline-none">
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
