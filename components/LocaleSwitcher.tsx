import { getTranslations } from 'next-intl/server';
import { LANG_TAGS, LOCALE_NAMES, routing, type Locale } from '@/i18n/routing';

/**
 * The header's language switcher: every locale under its own name, as links to the same page
 * in that locale (the reader keeps its article, second language and pair).
 */
export default async function LocaleSwitcher({ locale, hrefFor }: { locale: Locale; hrefFor: (l: Locale) => string }) {
  const t = await getTranslations('LocaleSwitcher');
  return (
    <details className="group relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        aria-label={t('current', { name: LOCALE_NAMES[locale] })}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.5">
          <circle cx="10" cy="10" r="8" />
          <path d="M2 10h16M10 2c2.5 2.2 3.5 5 3.5 8s-1 5.8-3.5 8c-2.5-2.2-3.5-5-3.5-8s1-5.8 3.5-8z" />
        </svg>
        <span lang={LANG_TAGS[locale]}>{LOCALE_NAMES[locale]}</span>
      </summary>
      <nav
        aria-label={t('label')}
        className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-stone-300 bg-white p-1 shadow-lg dark:border-stone-600 dark:bg-stone-900"
      >
        <ul>
          {routing.locales.map((l) => (
            <li key={l}>
              <a
                data-keep-place
                href={hrefFor(l)}
                hrefLang={LANG_TAGS[l]}
                lang={LANG_TAGS[l]}
                aria-current={l === locale ? 'true' : undefined}
                className="block rounded px-3 py-1.5 text-sm hover:bg-stone-100 aria-[current]:font-semibold dark:hover:bg-stone-800"
              >
                {LOCALE_NAMES[l]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
