/**
 * Connects the server-rendered layout options form to the settings: saves each change and shows
 * the saved settings in the inputs. Loaded after hydration, outside the first-load JavaScript.
 */
import { READER_CHOICES, type ReaderChoice } from '@/lib/reader/settings';
import { readChoice, setChoice } from './reader-choices';

const isChoice = (name: string): name is ReaderChoice => Object.hasOwn(READER_CHOICES, name);

/** Saves what an input says: a checked radio its value, a checkbox 'on' or 'off'. */
function apply(input: HTMLInputElement) {
  if (!isChoice(input.name)) return;
  if (input.type === 'checkbox') setChoice(input.name, input.checked ? 'on' : 'off');
  else if (input.checked) setChoice(input.name, input.value);
}

/** Starts listening to `form`; returns a function that stops. */
export function connectLayoutForm(form: HTMLFormElement): () => void {
  const inputs = [...form.querySelectorAll('input')];
  // Applied first: an input the reader changed before this ran (it no longer shows its default).
  for (const input of inputs) if (input.checked !== input.defaultChecked) apply(input);
  for (const input of inputs) {
    if (!isChoice(input.name)) continue;
    const value = readChoice(input.name);
    input.checked = input.type === 'checkbox' ? value === 'on' : input.value === value;
  }
  const onChange = (event: Event) => {
    if (event.target instanceof HTMLInputElement) apply(event.target);
  };
  form.addEventListener('change', onChange);
  return () => form.removeEventListener('change', onChange);
}
