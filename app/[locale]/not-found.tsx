import { getLocale, getTranslations } from 'next-intl/server';
import NotFoundMessage from '@/components/NotFoundMessage';
import type { Locale } from '@/i18n/routing';

// Rendered when a page calls notFound(); the proxy sends unknown paths to the static /{locale}/404 instead.
export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('NotFound');
  const site = await getTranslations('Metadata');
  return (
    <>
      <title>{`${t('title')} — ${site('siteName')}`}</title>
      <NotFoundMessage locale={locale} />
    </>
  );
}
