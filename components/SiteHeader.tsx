import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import LocaleSwitcher from './LocaleSwitcher';

/** The page header: the site's name (a link home) and the language switcher. */
export default async function SiteHeader({ locale, hrefFor }: { locale: Locale; hrefFor: (l: Locale) => string }) {
  const t = await getTranslations('Metadata');
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-stone-50/95 backdrop-blur dark:border-stone-700 dark:bg-stone-950/95">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <a href={`/${locale}`} className="font-semibold tracking-tight hover:underline">
          {t('siteName')}
        </a>
        <LocaleSwitcher locale={locale} hrefFor={hrefFor} />
      </div>
    </header>
  );
}
