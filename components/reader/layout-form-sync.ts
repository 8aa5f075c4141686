/**
 * The layout options form and the settings: shows the saved settings in the inputs and saves each
 * change. Part of the learner tools' code, outside the first-load JavaScript.
 */
import { READER_CHOICES, type ReaderChoice } from '@/lib/reader/settings';
import { readChoice, setChoice } from './reader-choices';

const isChoice = (name: string): name is ReaderChoice => Object.hasOwn(READER_CHOICES, name);

/** Saves what an input says: a checked radio its value, a checkbox 'on' or 'off'. */
export function applyChoice(input: HTMLInputElement): void {
  if (!isChoice(input.name)) return;
  if (input.type === 'checkbox') setChoice(input.name, input.checked ? 'on' : 'off');
  else if (input.checked) setChoice(input.name, input.value);
}

/** Shows the saved settings in `form`'s inputs. */
export function showChoices(form: HTMLFormElement): void {
  const inputs = [...form.querySelectorAll('input')];
  // Applied first: an input changed before the page's code ran (it no longer shows its default).
  for (const input of inputs) if (input.checked !== input.defaultChecked) applyChoice(input);
  for (const input of inputs) {
    if (!isChoice(input.name)) continue;
    const value = readChoice(input.name);
    input.checked = input.type === 'checkbox' ? value === 'on' : input.value === value;
  }
}
