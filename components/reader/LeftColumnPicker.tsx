export interface LeftChoice {
  lang: string;
  /** The BCP 47 tag of the language `name` is written in. */
  tag: string;
  name: string;
  /** Its name in the interface language, as the play buttons' labels say it. */
  uiName: string;
}

/**
 * Chooses the language of the left column (French by default) among the translations, so that
 * any two languages can be read side by side. The choice lives in the URL (`?left=ko`) so the view
 * can be shared and reloaded; reader-start.ts reads and writes it. Rendered with French chosen and
 * hidden without JavaScript (`.js-only`), where it could not work.
 */
export default function LeftColumnPicker({ choices, label }: { choices: LeftChoice[]; label: string }) {
  return (
    <label className="js-only flex items-center gap-2 text-sm">
      <span>{label}</span>
      <select
        data-left-picker
        autoComplete="off"
        defaultValue="fr"
        className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-900"
      >
        {choices.map((c) => (
          <option key={c.lang} value={c.lang} lang={c.tag} data-ui-name={c.uiName}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
