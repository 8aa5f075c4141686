import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Reader from '@/components/reader/Reader';
import SiteHeader from '@/components/SiteHeader';
import { readerMetadata, resolveReader, slugParams } from '@/lib/reader/page';
import { defaultSecondLanguage } from '@/lib/reader/view';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;
export const generateStaticParams = slugParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, view } = resolveReader(await params, defaultSecondLanguage);
  return readerMetadata(locale, view, (l) => `/${l}/${view.article.slug}`);
}

export default async function ReaderPage({ params }: { params: Params }) {
  const { locale, view } = resolveReader(await params, defaultSecondLanguage);
  setRequestLocale(locale);
  // Switching the interface keeps the second column this page shows.
  const hrefFor = (l: string) =>
    defaultSecondLanguage(l as typeof locale) === view.target ? `/${l}/${view.article.slug}` : `/${l}/${view.article.slug}/${view.target}`;
  return (
    <>
      <SiteHeader locale={locale} hrefFor={hrefFor} />
      <main id="main" tabIndex={-1} className="outline-none">
        <Reader view={view} locale={locale} />
      </main>
    </>
  );
}
