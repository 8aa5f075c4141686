import { expect, type Page } from '@playwright/test';
import { routing } from '../i18n/routing';

export const SLUG = 'jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley';
export const LOCALES = routing.locales;
/** The blocks of the seed article, in every language. */
export const BLOCKS = 67;

/**
 * Waits until a reader page is hydrated: the page's script (reader-start.ts) then marks <html data-left>
 * (every control is in the server's HTML, so its presence proves nothing). Slow on a busy machine.
 */
export async function hydrated(page: Page, timeout = 30_000) {
  await expect(page.locator('html')).toHaveAttribute('data-left', /^[a-z]{2}$/, { timeout });
}

/**
 * From the English reader (English beside French), picks Greek in the second-column disclosure and
 * checks the Greek column is shown beside the French: the same path with or without JavaScript and
 * on the static host.
 */
export async function pickGreekSecondColumn(page: Page) {
  await page.goto(`/en/${SLUG}`);
  await page.getByText('Second column: English').click();
  await page
    .getByRole('navigation', { name: 'Second column' })
    .getByRole('link', { name: /Ελληνικά/u })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/${SLUG}/el$`, 'u'));
  await expect(page.locator('[data-column="target"][lang="el"]')).toHaveCount(BLOCKS);
  await expect(page.locator('[data-column="source"][lang="fr"]')).toHaveCount(BLOCKS);
}
