/**
 * "Continue where you left off": a notice, hidden until there is a place to return to, that
 * floats at the bottom of the screen, so it shifts nothing when it appears. Its behaviour is
 * in reading-place-recorder.ts, loaded by the page's script when there is a saved place.
 */
export default function ContinueReading({ label, dismiss }: { label: string; dismiss: string }) {
  return (
    <div
      hidden
      data-continue
      className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md items-center gap-2 rounded-lg border border-stone-300 bg-white p-2 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-900"
    >
      <a
        href="#"
        data-continue-link
        className="flex-1 rounded-md px-3 py-1.5 font-medium text-amber-800 hover:bg-amber-50 dark:text-amber-300 dark:hover:bg-stone-800"
      >
        {label}
      </a>
      <button
        type="button"
        aria-label={dismiss}
        data-continue-dismiss
        className="rounded-md px-2.5 py-1.5 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
