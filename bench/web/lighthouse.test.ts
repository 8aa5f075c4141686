import { describe, expect, it } from 'vitest';
import { namedNodes } from './lighthouse';

describe('namedNodes', () => {
  it('finds the nodes of a details table, nested in items and sub-items, in order', () => {
    const details = {
      type: 'table',
      items: [
        { node: { type: 'node', selector: 'main > p', snippet: '<p class="x">' }, score: 0.02 },
        {
          node: { type: 'node', selector: 'header' },
          subItems: { type: 'subitems', items: [{ extra: { type: 'url', value: '/a.woff2' } }] },
        },
      ],
    };
    expect(namedNodes(details)).toEqual(['main > p <p class="x">', 'header']);
  });

  it('finds nothing in details without nodes or in no details', () => {
    expect(namedNodes({ type: 'table', items: [{ url: '/a.js' }] })).toEqual([]);
    expect(namedNodes(undefined)).toEqual([]);
  });
});
