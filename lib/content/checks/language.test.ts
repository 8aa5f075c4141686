import { describe, expect, it } from 'vitest';
import { languageProblems, scriptShare } from './language';

const FRENCH =
  'Les partenaires d’un fonds local de la Silicon Valley ont accueilli l’événement, avec des dizaines de fondateurs de startups.';
const ENGLISH =
  'The partners of a local Silicon Valley fund hosted the event, attended by the founders of dozens of AI startups and investors.';

describe('languageProblems', () => {
  it('accepts text in the right language and script, names in Latin script included', () => {
    expect(languageProblems('活动由硅谷本土一家基金的合伙人主办。参加者中有数十家AI初创公司的创始人。', 'zh')).toEqual([]);
    expect(languageProblems('（Zhao Ming、Qin Tian、Zhang Yu、Shi Qi均为化名）', 'zh')).toEqual([]);
    expect(
      languageProblems(
        'Die Partner eines lokalen Fonds aus dem Silicon Valley richteten die Veranstaltung aus, an der Gründer teilnahmen.',
        'de',
      ),
    ).toEqual([]);
    expect(
      languageProblems('Партнёры местного фонда Кремниевой долины организовали это мероприятие для основателей стартапов.', 'ru'),
    ).toEqual([]);
  });

  it('catches a block left in French or English', () => {
    expect(languageProblems(FRENCH, 'de')).toEqual(['it reads as French, not de']);
    expect(languageProblems(ENGLISH, 'la')).toEqual(['it reads as English, not la']);
    expect(languageProblems(FRENCH, 'en')).toEqual(['it reads as French, not en']);
  });

  it('catches the wrong script', () => {
    expect(languageProblems(ENGLISH, 'ru')).toContain('only 0 % of its letters are in the Cyrillic script expected for ru');
    expect(languageProblems('硅谷的中国年轻人越来越少想回国，这是一个变化。', 'ja')).toEqual([
      'Japanese text without any kana: it reads as Chinese',
    ]);
    expect(languageProblems('シリコンバレーで働く中国の若者たち', 'zh')).toContain('Chinese text with Japanese kana');
  });
});

describe('scriptShare', () => {
  it('counts letters only', () => {
    expect(scriptShare('GPT-4 和 AI 2024', 'Han')).toBeCloseTo(1 / 6);
    expect(scriptShare('2024 — 38 %', 'Greek')).toBe(1);
  });
});
