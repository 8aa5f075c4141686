/**
 * The languages the aligner accepts: the site's locales, from the one place that defines them.
 */
import { routing } from '../../i18n/routing';

/** A locale code the aligner accepts (`fr`, `zh`, …). */
export type AlignLocale = (typeof routing.locales)[number];

/** The accepted locale codes, in the site's order. */
export const ALIGN_LOCALES: readonly AlignLocale[] = routing.locales;

/** Whether `code` is one of the accepted locale codes (exact, lowercase). */
export function isAlignLocale(code: string): code is AlignLocale {
  return (ALIGN_LOCALES as readonly string[]).includes(code);
}
