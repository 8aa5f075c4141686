'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { startReader, type ReaderOptions } from './reader-start';

/**
 * The reader page's only client component: starts the page's behaviour once hydrated
 * (reader-start.ts). Every control it serves is in the server's HTML; it renders only what the
 * tools ask for once loaded (the lookup's dialogs).
 */
export default function ReaderScript(options: ReaderOptions) {
  // What the tools show in the page's React tree once loaded: the lookup's dialogs.
  const [layer, setLayer] = useState<ReactNode>(null);
  useEffect(() => startReader({ ...options, show: setLayer }), [options]);
  return layer;
}
