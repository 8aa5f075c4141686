/**
 * The reader's choice-valued settings in the browser (layout, swap, font size, theme). As with
 * the flags, the <html data-*> attribute is the state, put there before first paint by the
 * layout's script; a default value is shown by the absence of the attribute.
 */
import { choiceDefault, choiceKey, isChoiceValue, type ChoiceValue, type ReaderChoice } from '@/lib/reader/settings';
import { store } from './stored';

/** The value of a choice as the page shows it now. */
export function readChoice<C extends ReaderChoice>(choice: C): ChoiceValue<C> {
  const value = document.documentElement.dataset[choice];
  return isChoiceValue(choice, value) ? value : choiceDefault(choice);
}

/** Shows a value of a choice and saves it for the next pages and visits; unknown values are ignored. */
export function setChoice(choice: ReaderChoice, value: string): void {
  if (!isChoiceValue(choice, value)) return;
  const root = document.documentElement;
  if (value === choiceDefault(choice)) delete root.dataset[choice];
  else root.dataset[choice] = value;
  store(choiceKey(choice), value);
}
