/** What the lookup island hands to its lazily loaded layer. */
import type messages from '@/messages/en.json';

/** Every string of the "Lookup" namespace, translated on the server. */
export type LookupLabels = Record<keyof (typeof messages)['Lookup'], string>;

/** A lookup asked for: a click on a sentence (with the point) or Enter on it (without). */
export interface LookupRequest {
  id: number;
  sentence: HTMLElement;
  point?: { x: number; y: number };
}
