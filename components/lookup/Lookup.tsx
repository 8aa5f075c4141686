import { getTranslations } from 'next-intl/server';
import messages from '@/messages/en.json';
import ToolButton from '../reader/ToolButton';
import type { LookupLabels } from './types';

/** Every string of the lookup, translated for the page's script, which hands them to the popup when it is first loaded. */
export async function lookupLabels(): Promise<LookupLabels> {
  const t = await getTranslations('Lookup');
  const keys = Object.keys(messages.Lookup) as (keyof LookupLabels)[];
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as LookupLabels;
}

/** The "Saved words" button; the panel it opens is loaded on first use. */
export default async function SavedWordsButton() {
  const t = await getTranslations('Lookup');
  return (
    <ToolButton data-saved-words="" aria-haspopup="dialog">
      {t('savedWords')}
    </ToolButton>
  );
}
