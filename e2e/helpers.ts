import { expect, type Page } from '@playwright/test';
import { routing } from '../i18n/routing';

export const SLUG = 'jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley';
export const LOCALES = routing.locales;

/**
 * Waits until a reader page is hydrated: the page's script (reader-start.ts) then marks <html data-left>
 * (every control is in the server's HTML, so its presence proves nothing). Slow on a busy machine.
 */
export async function hydrated(page: Page, timeout = 30_000) {
  await expect(page.locator('html')).toHaveAttribute('data-left', /^[a-z]{2}$/, { timeout });
}
