import { describe, expect, it } from 'vitest';
import { choiceDefault, choiceKey, flagKey, isChoiceValue, READER_CHOICES, READER_FLAGS, SETTINGS_SCRIPT } from './settings';

/** Runs the script against a stand-in document and storage; returns <html>'s dataset. */
function run(stored: Record<string, string>, storage: 'ok' | 'throws' = 'ok') {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'throws') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  new Function('localStorage', 'document', SETTINGS_SCRIPT)(localStorage, { documentElement: { dataset } });
  // Every run marks the page as running JavaScript, whatever storage holds or does.
  const { js, ...settings } = dataset;
  expect(js).toBe('on');
  return settings;
}

describe('SETTINGS_SCRIPT', () => {
  it('turns on every setting saved as on, and only those', () => {
    expect(run({ 'reader.pinyin': 'on', 'reader.hide': 'off', 'reader.traditional': 'on' })).toEqual({
      pinyin: 'on',
      traditional: 'on',
    });
    expect(run({ 'reader.hide': 'on' })).toEqual({ hide: 'on' });
  });

  it('leaves the defaults when nothing is saved or storage is unavailable', () => {
    expect(run({})).toEqual({});
    expect(run({ 'reader.pinyin': 'on' }, 'throws')).toEqual({});
    expect(run({ 'reader.layout': 'interleaved' }, 'throws')).toEqual({});
  });

  it('applies every setting the toggles write, by the keys they write', () => {
    const all = Object.fromEntries(READER_FLAGS.map((f) => [flagKey(f), 'on']));
    expect(Object.keys(run(all)).sort()).toEqual([...READER_FLAGS].sort());
    expect(READER_FLAGS.map(flagKey)).toEqual(['reader.pinyin', 'reader.hide', 'reader.traditional']);
  });

  it('puts each saved choice on <html>, by the key the layout options write', () => {
    expect(
      run({
        'reader.layout': 'translation-only',
        'reader.swap': 'on',
        'reader.size': 'x-large',
        'reader.theme': 'dark',
        'reader.hide': 'on',
      }),
    ).toEqual({ layout: 'translation-only', swap: 'on', size: 'x-large', theme: 'dark', hide: 'on' });
    expect(run({ [choiceKey('theme')]: 'light' })).toEqual({ theme: 'light' });
    for (const choice of Object.keys(READER_CHOICES) as (keyof typeof READER_CHOICES)[]) {
      for (const value of READER_CHOICES[choice].slice(1)) expect(run({ [choiceKey(choice)]: value })).toEqual({ [choice]: value });
      // A saved default needs no attribute: the page without one shows it.
      expect(run({ [choiceKey(choice)]: choiceDefault(choice) })).toEqual({});
    }
  });

  it('ignores stored values a choice cannot take', () => {
    expect(run({ 'reader.layout': 'sideways', 'reader.theme': 'Dark', 'reader.size': '', 'reader.swap': 'true' })).toEqual({});
    expect(run({ 'reader.theme': 'on', 'reader.layout': 'dark' })).toEqual({});
    expect(run({ 'reader.constructor': 'x', 'reader.size': 'large' })).toEqual({ size: 'large' });
  });

  it('stays tiny, since it blocks the first paint of every page', () => {
    expect(SETTINGS_SCRIPT.length).toBeLessThan(380);
  });
});

describe('choices', () => {
  it('validates values per choice', () => {
    expect(isChoiceValue('layout', 'interleaved')).toBe(true);
    expect(isChoiceValue('layout', 'dark')).toBe(false);
    expect(isChoiceValue('theme', 'dark')).toBe(true);
    expect(isChoiceValue('size', null)).toBe(false);
    expect(isChoiceValue('swap', 'on')).toBe(true);
  });

  it('has the documented defaults and keys', () => {
    expect(Object.fromEntries(Object.keys(READER_CHOICES).map((c) => [c, choiceDefault(c as keyof typeof READER_CHOICES)]))).toEqual({
      layout: 'side-by-side',
      swap: 'off',
      size: 'medium',
      theme: 'system',
    });
    expect(choiceKey('layout')).toBe('reader.layout');
  });
});
