import { getTranslations } from 'next-intl/server';
import messages from '@/messages/en.json';
import LookupTools from './LookupTools';
import type { LookupLabels } from './types';

/** Word lookup and saved words for a reader page: the interface's strings, translated here, for the client island. */
export default async function Lookup({ slug }: { slug: string }) {
  const t = await getTranslations('Lookup');
  const keys = Object.keys(messages.Lookup) as (keyof LookupLabels)[];
  const labels = Object.fromEntries(keys.map((key) => [key, t(key)])) as LookupLabels;
  return <LookupTools slug={slug} labels={labels} />;
}
