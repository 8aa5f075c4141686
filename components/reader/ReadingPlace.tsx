'use client';

import { useEffect } from 'react';

/**
 * Loads, after hydration, the code that records the pair being read and offers to return to it
 * (the server-rendered notice of ContinueReading). Renders nothing.
 */
export default function ReadingPlace({ slug }: { slug: string }) {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./reading-place-recorder').then(({ startReadingPlace }) => {
      if (!cancelled) stop = startReadingPlace(slug);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [slug]);
  return null;
}
