/** Classes of a sentence element, shared by the server render and the left-column swap. */
export const SENTENCE_CLASS = 'sentence rounded-sm outline-offset-1 focus-visible:outline-2 focus-visible:outline-amber-600';
