import { getTranslations } from 'next-intl/server';
import { LANG_TAGS, LOCALE_NAMES, type Locale } from '@/i18n/routing';
import { SOURCE_LANGUAGE } from '@/lib/content/load';
import { formatDate } from '@/lib/reader/format';
import { placeKey } from '@/lib/reader/reading-place';
import { sentenceAlignment } from '@/lib/reader/sentences';
import { toTraditional } from '@/lib/reader/traditional';
import { availableTranslations, type ReaderView } from '@/lib/reader/view';
import SavedWordsButton, { lookupLabels } from '../lookup/Lookup';
import LeftColumnPicker from './LeftColumnPicker';
import KeyboardShortcuts from './KeyboardShortcuts';
import ToolButton, { FlagButton } from './ToolButton';
import ArticleBlock from './ArticleBlock';
import ReaderScript from './ReaderScript';
import LayoutOptions from './LayoutOptions';
import ContinueReading from './ContinueReading';
import ReadAloudPanel from './ReadAloudPanel';

/** The article's credits and dates, labelled in the interface language. */
async function ArticleMeta({ view, locale }: { view: ReaderView; locale: Locale }) {
  const t = await getTranslations('Reader');
  const source = view.article.source.frontMatter;
  const own = view.article.translations[locale]?.frontMatter;
  type Localized = { text: string; lang: Locale };
  const section: Localized = own?.section ? { text: own.section, lang: locale } : { text: source.section, lang: SOURCE_LANGUAGE };
  const image: Localized | null = own?.imageCredit
    ? { text: own.imageCredit, lang: locale }
    : source.imageCredit
      ? { text: source.imageCredit, lang: SOURCE_LANGUAGE }
      : null;
  const rows: { label: string; value: string; lang?: string }[] = [
    { label: t('published'), value: formatDate(source.date, locale) },
    { label: t('section'), value: section.text, lang: LANG_TAGS[section.lang] },
    ...(source.author ? [{ label: t('author'), value: source.author.name }] : []),
    ...(source.editor ? [{ label: t('editor'), value: source.editor.name }] : []),
    ...(image ? [{ label: t('imageCredit'), value: image.text, lang: LANG_TAGS[image.lang] }] : []),
  ];
  return (
    <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      {rows.map((r) => (
        <div key={r.label} className="flex gap-1.5">
          <dt className="font-medium">{r.label}</dt>
          <dd lang={r.lang}>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Links to the same article with another second column, as a disclosure that works without JavaScript. */
async function SecondLanguagePicker({ view, locale }: { view: ReaderView; locale: Locale }) {
  const t = await getTranslations('Reader');
  const languages = await getTranslations('Languages');
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
        {t('secondLanguageCurrent', { language: languages(view.target) })}
      </summary>
      <nav
        aria-label={t('secondLanguage')}
        className="absolute left-0 z-20 mt-1 w-60 rounded-md border border-stone-300 bg-white p-1 shadow-lg dark:border-stone-600 dark:bg-stone-900"
      >
        <ul>
          {availableTranslations(view.article).map((l) => (
            <li key={l}>
              <a
                data-keep-place
                href={`/${locale}/${view.article.slug}/${l}`}
                aria-current={l === view.target ? 'true' : undefined}
                className="flex justify-between gap-2 rounded px-3 py-1.5 text-sm hover:bg-stone-100 aria-[current]:font-semibold dark:hover:bg-stone-800"
              >
                <span lang={LANG_TAGS[l]}>{LOCALE_NAMES[l]}</span>
                <span className="text-stone-600 dark:text-stone-400">{languages(l)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}

/**
 * The reader: the source beside a translation, one row per aligned pair (`#p-N`), two columns
 * on wide screens and interleaved on narrow ones.
 */
export default async function Reader({ view, locale }: { view: ReaderView; locale: Locale }) {
  const t = await getTranslations('Reader');
  const tRead = await getTranslations('ReadAloud');
  const languages = await getTranslations('Languages');
  const layout = await getTranslations('LayoutOptions');
  const sourceTag = LANG_TAGS[SOURCE_LANGUAGE];
  const targetTag = LANG_TAGS[view.target];
  const uiTag = LANG_TAGS[locale];
  const { source } = view.article;
  const translationNote = view.translation.frontMatter.translation.note;
  const sentences = sentenceAlignment(view.article, view.target);
  const chinese = view.target === 'zh';
  const translatedTitle = view.translation.frontMatter.title;
  const [sourceName, targetName] = [languages(SOURCE_LANGUAGE), languages(view.target)];
  const blockProps = { noteLabel: t('editorNote'), noCounterpart: t('noCounterpart'), uiLang: uiTag };

  return (
    <article aria-labelledby="article-title" className="mx-auto max-w-6xl px-4 pb-16">
      {/* How far the page has been read: drawn by a scroll-driven animation, no JavaScript. */}
      <div aria-hidden="true" className="reading-progress" />
      <header className="py-8">
        <h1 id="article-title" className="text-xl leading-snug font-semibold md:text-2xl">
          <span lang={sourceTag} className="reading block" data-left-text="title">
            {source.frontMatter.title}
          </span>
          <span lang={targetTag} className="reading mt-2 block text-lg font-normal text-stone-700 md:text-xl dark:text-stone-300">
            {chinese ? (
              <>
                <span className="hans">{translatedTitle}</span>
                <span className="hant" lang="zh-Hant">
                  {toTraditional(translatedTitle)}
                </span>
              </>
            ) : (
              translatedTitle
            )}
          </span>
        </h1>
        <ArticleMeta view={view} locale={locale} />
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <SecondLanguagePicker view={view} locale={locale} />
          {/* The tools below need JavaScript: without it they are not offered (see .js-only). */}
          <div className="js-only contents">
            <LayoutOptions />
            {chinese ? <FlagButton flag="pinyin" label={t('pinyin')} shortcut="p" /> : null}
            {chinese ? <FlagButton flag="traditional" label={t('traditional')} /> : null}
            <FlagButton flag="hide" label={t('hideTranslation')} shortcut="t" />
            {/* Kept in the layout while the translation shows, so that turning hiding on shifts nothing. */}
            <ToolButton data-reveal-all="" className="reveal-all">
              {t('revealAll')}
            </ToolButton>
            <LeftColumnPicker
              label={t('leftColumn')}
              choices={[SOURCE_LANGUAGE as Locale, ...availableTranslations(view.article).filter((l) => l !== view.target)].map((l) => ({
                lang: l,
                // Each name in its own language, marked on its <option> (an option holds one language).
                tag: LANG_TAGS[l],
                name: LOCALE_NAMES[l],
                uiName: languages(l),
              }))}
            />
            <SavedWordsButton />
            <ReadAloudPanel />
            <KeyboardShortcuts
              title={t('shortcuts')}
              close={t('close')}
              pinyin={chinese}
              labels={{
                next: t('shortcutNext'),
                previous: t('shortcutPrevious'),
                hide: t('shortcutHide'),
                pinyin: t('shortcutPinyin'),
                read: tRead('shortcut'),
                help: t('shortcutHelp'),
              }}
            />
          </div>
        </div>
        {view.fallback ? (
          <p
            role="note"
            className="mt-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            {t('fallbackNotice', { language: languages(view.requested) })}
          </p>
        ) : null}
      </header>

      <div role="group" aria-label={t('columns', { source: languages(SOURCE_LANGUAGE), target: languages(view.target) })}>
        <div data-columns className="grid grid-cols-1 gap-x-8 border-b border-stone-200 pb-3 text-sm md:grid-cols-2 dark:border-stone-700">
          <div data-column-head="source" className="px-3">
            <p className="font-semibold">
              <span lang={sourceTag} data-left-text="name">
                {LOCALE_NAMES[SOURCE_LANGUAGE]}
              </span>
            </p>
            <p className="mt-1 text-stone-600 dark:text-stone-400" data-left-text="notice">
              {t('sourceLabel')} · {t('sourceNotice')}
            </p>
          </div>
          <div data-column-head="target" className="mt-3 px-3 md:mt-0">
            <p className="font-semibold">
              <span lang={targetTag}>{LOCALE_NAMES[view.target]}</span>
            </p>
            <p className="mt-1 text-stone-600 dark:text-stone-400" data-testid="translation-notice">
              {t('translationNotice')}
            </p>
            {view.target !== locale ? (
              <p lang={targetTag} className="mt-1 text-stone-600 dark:text-stone-400">
                {translationNote}
              </p>
            ) : null}
          </div>
        </div>

        {view.pairs.map((pair) => (
          <div
            key={pair.id}
            id={pair.id}
            data-pair
            className="pair group/pair relative grid grid-cols-1 gap-x-8 gap-y-1 border-b border-stone-100 py-2 md:grid-cols-2 dark:border-stone-800"
          >
            <a
              href={`#${pair.id}`}
              aria-label={t('pairLink', { number: pair.index })}
              className="absolute top-3 -left-7 hidden w-6 text-right text-xs text-stone-500 tabular-nums opacity-0 group-hover/pair:opacity-100 focus:opacity-100 lg:block dark:text-stone-400"
            >
              {pair.index}
            </a>
            <ArticleBlock
              block={pair.source}
              sentences={sentences[pair.index - 1]?.source ?? []}
              lang={sourceTag}
              column="source"
              {...blockProps}
            />
            <ArticleBlock
              block={pair.target}
              sentences={sentences[pair.index - 1]?.target ?? []}
              lang={targetTag}
              column="target"
              hiddenHint={t('hiddenHint')}
              {...blockProps}
            />
            {/* Out of the flow, placed on their block's grid cell by the stylesheet: one per block. */}
            <button type="button" data-play="source" aria-label={tRead('playBlock', { number: pair.index, language: sourceName })} />
            <button type="button" data-play="target" aria-label={tRead('playBlock', { number: pair.index, language: targetName })} />
          </div>
        ))}
      </div>
      <ReaderScript
        slug={view.article.slug}
        placeKey={placeKey(view.article.slug)}
        lookup={await lookupLabels()}
        left={{ noCounterpart: t('noCounterpart'), translationNotice: t('translationNotice') }}
      />
      <ContinueReading label={layout('continue')} dismiss={layout('dismiss')} />
    </article>
  );
}
