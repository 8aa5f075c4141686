import { describe, expect, it } from 'vitest';
import { nextPairIndex } from './next-pair';
import { shortcutFor } from './shortcuts';

const press = (key: string, more: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, targetTag: 'SPAN', ...more });

describe('shortcutFor', () => {
  it('maps the reader keys to their actions', () => {
    expect(['j', 'k', 't', 'p', 's', '?'].map((k) => press(k))).toEqual(['next', 'previous', 'hide', 'pinyin', 'read', 'help']);
    expect(press('x')).toBeNull();
    expect(press('J')).toBeNull();
  });

  it('never fires while typing in a field', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) expect(press('j', { targetTag: tag })).toBeNull();
    expect(press('t', { targetEditable: true })).toBeNull();
    expect(press('s', { targetTag: 'INPUT' })).toBeNull();
  });

  it('never fires with Ctrl, Alt or Meta held, but allows Shift (for ?)', () => {
    expect(press('j', { ctrlKey: true })).toBeNull();
    expect(press('t', { altKey: true })).toBeNull();
    expect(press('p', { metaKey: true })).toBeNull();
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('?')).toBe('help');
  });
});

describe('nextPairIndex', () => {
  it('starts at the first pair going down and the last going up', () => {
    expect(nextPairIndex(-1, 5, 1)).toBe(0);
    expect(nextPairIndex(-1, 5, -1)).toBe(4);
  });

  it('moves one pair and stops at the ends', () => {
    expect(nextPairIndex(2, 5, 1)).toBe(3);
    expect(nextPairIndex(2, 5, -1)).toBe(1);
    expect(nextPairIndex(4, 5, 1)).toBe(4);
    expect(nextPairIndex(0, 5, -1)).toBe(0);
    expect(nextPairIndex(-1, 0, 1)).toBe(-1);
  });
});
