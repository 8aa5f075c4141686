import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import SiteHeader from '@/components/SiteHeader';
import { LANG_TAGS, routing } from '@/i18n/routing';
import { loadArticles } from '@/lib/content/load';
import { formatDate } from '@/lib/reader/format';
import { availableTranslations, defaultSecondLanguage, titleIn } from '@/lib/reader/view';
import { alternatesFor, sharingMetadata } from '@/lib/site';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const [title, description] = [t('indexTitle'), t('indexDescription')];
  return {
    title,
    description,
    alternates: alternatesFor(locale, (l) => `/${l}`),
    ...sharingMetadata({ locale, siteName: t('siteName'), title, description, path: `/${locale}`, type: 'website' }),
  };
}

export default async function IndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Index');
  const languages = await getTranslations('Languages');
  const articles = loadArticles();
  return (
    <>
      <SiteHeader locale={locale} hrefFor={(l) => `/${l}`} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-10 outline-none">
        <h1 className="text-3xl font-semibold">{t('heading')}</h1>
        <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t('intro')}</p>
        <ul className="mt-8 space-y-6">
          {articles.map((article) => {
            const title = titleIn(article, locale);
            const second = defaultSecondLanguage(locale);
            return (
              <li key={article.slug} className="rounded-lg border border-stone-200 p-5 dark:border-stone-700">
                <h2 className="reading text-xl font-semibold" lang={LANG_TAGS[title.lang]}>
                  <a href={`/${locale}/${article.slug}`} className="hover:underline">
                    {title.text}
                  </a>
                </h2>
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                  {formatDate(article.source.frontMatter.date, locale)} · {t('languages', { count: availableTranslations(article).length })}
                </p>
                <p className="mt-3 text-sm">
                  <a href={`/${locale}/${article.slug}`} className="text-amber-800 underline underline-offset-4 dark:text-amber-300">
                    {t('readWith', { language: languages(second) })}
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      </main>
    </>
  );
}
