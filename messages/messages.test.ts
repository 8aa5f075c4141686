import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { routing } from '../i18n/routing';

type Messages = Record<string, unknown>;
const dir = import.meta.dirname;
const load = (locale: string): Messages => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8'));
const flatten = (o: Messages, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v as Messages, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)[,}]/gu)].map((m) => m[1]))].sort();

const reference = new Map(flatten(load('en')));

describe('messages', () => {
  it('has one file per locale and no other', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual([...routing.locales].sort());
  });

  for (const locale of routing.locales) {
    describe(locale, () => {
      const messages = load(locale);
      const entries = new Map(flatten(messages));

      it('has every key of en.json and no other', () => {
        expect([...entries.keys()].sort()).toEqual([...reference.keys()].sort());
      });

      it('keeps the placeholders of each message', () => {
        for (const [key, english] of reference)
          expect(placeholders(entries.get(key) ?? ''), `${locale}: ${key}`).toEqual(placeholders(english));
      });

      it('formats every message without an ICU error', () => {
        const errors: string[] = [];
        const t = createTranslator({ locale, messages, onError: (e) => errors.push(e.message) });
        const values = { name: 'X', language: 'Y', count: 3, number: 12, source: 'A', target: 'B' };
        for (const key of reference.keys()) expect((t as (k: string, v: object) => string)(key, values)).not.toBe(key);
        expect(errors).toEqual([]);
      });

      it('is written in its own language, not left in English', () => {
        if (locale === 'en') return;
        const same = [...reference].filter(([key, english]) => entries.get(key) === english && english.length > 12);
        expect(same, `${locale} copies English`).toEqual([]);
      });
    });
  }
});
