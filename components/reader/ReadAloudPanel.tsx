import { getFormatter, getTranslations } from 'next-intl/server';
import { LANG_TAGS, routing } from '@/i18n/routing';
import { SPEECH_RATES } from '@/lib/reader/speech';
import { PANEL_ID } from './read-aloud/ids';

const button =
  'rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:border-stone-600 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900';

/**
 * "Read aloud": a button that opens the read-aloud panel (a popover, in the top layer, so that
 * opening it shifts nothing) with "read both", the speed, Pause, Stop and a status line. Static
 * HTML; the code that speaks is loaded on first use (reader-tools.tsx).
 */
export default async function ReadAloudPanel() {
  const t = await getTranslations('ReadAloud');
  const languages = await getTranslations('Languages');
  const format = await getFormatter();
  const messages = {
    unsupported: t('unsupported'),
    failed: t('failed'),
    sentence: t('playSentence'),
    noVoiceAny: t('noVoiceAny'),
    noVoice: Object.fromEntries(routing.locales.map((l) => [LANG_TAGS[l], t('noVoice', { language: languages(l) })])),
  };
  return (
    <>
      <button type="button" popoverTarget={PANEL_ID} data-read-aloud-open data-tool className={button}>
        {t('open')}
      </button>
      <div
        id={PANEL_ID}
        popover="manual"
        role="region"
        aria-label={t('panel')}
        data-messages={JSON.stringify(messages)}
        className="inset-x-0 top-auto bottom-4 mx-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-4 text-sm text-stone-900 shadow-xl dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="readBoth" className="size-4 accent-amber-600" />
            {t('readBoth')}
          </label>
          <label className="flex items-center gap-2">
            {t('speed')}
            <select
              name="rate"
              defaultValue="1"
              className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
            >
              {SPEECH_RATES.map((rate) => (
                <option key={rate} value={rate}>
                  {format.number(rate)}×
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-action="pause" aria-pressed="false" className={button}>
            {t('pause')}
          </button>
          <button type="button" data-action="stop" className={button}>
            {t('stop')}
          </button>
          <button type="button" popoverTarget={PANEL_ID} popoverTargetAction="hide" className={`${button} ms-auto`}>
            {t('close')}
          </button>
        </div>
        <p role="status" className="mt-2 min-h-5"></p>
        <noscript>
          <p className="mt-2">{t('needsScript')}</p>
        </noscript>
      </div>
    </>
  );
}
