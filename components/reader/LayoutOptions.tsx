import { getTranslations } from 'next-intl/server';
import { choiceDefault, type ChoiceValue, type ReaderChoice } from '@/lib/reader/settings';

type Labels<C extends ReaderChoice> = Record<ChoiceValue<C>, string>;

/** One radio group of a choice, in the order of `labels`, its default checked (the page's script shows the saved value). */
function ChoiceGroup<C extends ReaderChoice>({ choice, legend, labels }: { choice: C; legend: string; labels: Labels<C> }) {
  return (
    <fieldset className="mt-3 first:mt-0">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {(Object.keys(labels) as ChoiceValue<C>[]).map((value) => (
          <label key={value} className="flex items-center gap-1.5">
            <input type="radio" name={choice} value={value} defaultChecked={value === choiceDefault(choice)} className="accent-amber-600" />
            {labels[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The reader's "Layout" disclosure: columns, swap, font size and theme. Rendered on the server;
 * the page's script shows the saved settings in it and saves changes; the panel floats over the page, so opening it shifts nothing.
 */
export default async function LayoutOptions() {
  const t = await getTranslations('LayoutOptions');
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
        {t('layout')}
      </summary>
      <form
        data-layout-form
        autoComplete="off"
        className="absolute left-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-stone-300 bg-white p-3 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-900"
      >
        <ChoiceGroup
          choice="layout"
          legend={t('columns')}
          labels={{
            'side-by-side': t('sideBySide'),
            interleaved: t('interleaved'),
            'source-only': t('sourceOnly'),
            'translation-only': t('translationOnly'),
          }}
        />
        <label className="mt-2 flex items-center gap-1.5">
          <input type="checkbox" name="swap" className="accent-amber-600" />
          {t('swap')}
        </label>
        <ChoiceGroup
          choice="size"
          legend={t('fontSize')}
          labels={{ small: t('small'), medium: t('medium'), large: t('large'), 'x-large': t('extraLarge') }}
        />
        <ChoiceGroup choice="theme" legend={t('theme')} labels={{ system: t('system'), light: t('light'), dark: t('dark') }} />
      </form>
    </details>
  );
}
