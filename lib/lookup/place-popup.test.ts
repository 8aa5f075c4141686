import { describe, expect, it } from 'vitest';
import { placePopup } from './place-popup';

const viewport = { width: 1280, height: 900 };
const size = { width: 300, height: 200 };

describe('placePopup', () => {
  it('goes below the word, centred on it', () => {
    expect(placePopup({ x: 500, top: 100, bottom: 120 }, size, viewport)).toEqual({ left: 350, top: 138 });
  });
  it('goes above when there is no room below', () => {
    expect(placePopup({ x: 500, top: 800, bottom: 820 }, size, viewport)).toEqual({ left: 350, top: 582 });
  });
  it('stays on a narrow screen, against the edges', () => {
    const phone = { width: 320, height: 568 };
    expect(placePopup({ x: 10, top: 100, bottom: 120 }, { width: 304, height: 200 }, phone)).toEqual({ left: 8, top: 138 });
    expect(placePopup({ x: 310, top: 300, bottom: 320 }, { width: 304, height: 500 }, phone)).toEqual({ left: 8, top: 60 });
  });
});
