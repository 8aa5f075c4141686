'use client';

import SavedWordsPanel from './SavedWordsPanel';
import type { LookupLabels, LookupRequest } from './types';
import WordPopup from './WordPopup';

/** The lookup's dialogs, loaded on first use by the reader's tools (components/reader/reader-tools.tsx). */
export default function LookupLayer({
  slug,
  labels,
  request,
  onRequestClosed,
  panel,
  onPanelClosed,
}: {
  slug: string;
  labels: LookupLabels;
  request: LookupRequest | null;
  onRequestClosed: () => void;
  panel: boolean;
  onPanelClosed: () => void;
}) {
  return (
    <>
      {request ? <WordPopup key={request.id} slug={slug} labels={labels} request={request} onClosed={onRequestClosed} /> : null}
      {panel ? <SavedWordsPanel labels={labels} onClosed={onPanelClosed} /> : null}
    </>
  );
}
