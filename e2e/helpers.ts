import { routing } from '../i18n/routing';

export const SLUG = 'jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley';
export const LOCALES = routing.locales;
