/** What the reader's page hands to the lookup's lazily loaded dialogs. */
import type messages from '@/messages/en.json';

/** Every string of the "Lookup" namespace, translated on the server. */
export type LookupLabels = Record<keyof (typeof messages)['Lookup'], string>;

/** A lookup asked for: a click on a sentence (with the point) or Enter on it (without). */
export interface LookupRequest {
  id: number;
  sentence: HTMLElement;
  point?: { x: number; y: number };
}
