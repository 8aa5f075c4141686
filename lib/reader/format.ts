import type { Locale } from '@/i18n/routing';

const LATIN_MONTHS = [
  'Ianuarii',
  'Februarii',
  'Martii',
  'Aprilis',
  'Maii',
  'Iunii',
  'Iulii',
  'Augusti',
  'Septembris',
  'Octobris',
  'Novembris',
  'Decembris',
];

/**
 * Formats an ISO date (YYYY-MM-DD) as a long date in the interface language. Intl has no
 * Latin calendar names, so Latin uses the form of modern Latin news ("die 23 mensis Iulii anno 2024").
 */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) {
    if (locale === 'la') return `die ${date.getUTCDate()} mensis ${LATIN_MONTHS[date.getUTCMonth()]} anno ${date.getUTCFullYear()}`;
    return iso;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
