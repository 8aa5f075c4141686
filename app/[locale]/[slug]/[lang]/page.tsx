import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Reader from '@/components/reader/Reader';
import SiteHeader from '@/components/SiteHeader';
import { langParams, readerMetadata, resolveReader } from '@/lib/reader/page';
import { defaultSecondLanguage } from '@/lib/reader/view';

type Params = Promise<{ locale: string; slug: string; lang: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return langParams();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const p = await params;
  const { locale, view } = resolveReader(p, defaultSecondLanguage);
  return readerMetadata(locale, view, (l) => `/${l}/${view.article.slug}/${p.lang}`);
}

export default async function ReaderWithLanguagePage({ params }: { params: Params }) {
  const p = await params;
  const { locale, view } = resolveReader(p, defaultSecondLanguage);
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} hrefFor={(l) => `/${l}/${view.article.slug}/${p.lang}`} />
      <main id="main" tabIndex={-1} className="outline-none">
        <Reader view={view} locale={locale} />
      </main>
    </>
  );
}
