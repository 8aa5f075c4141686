'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The form of the layout options. Its inputs are rendered on the server (children); once the
 * page is hydrated, the code that saves and shows the settings is loaded and connected to it.
 */
export default function LayoutForm({ children, className }: { children: ReactNode; className: string }) {
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./layout-form-sync').then(({ connectLayoutForm }) => {
      if (!cancelled && form.current) stop = connectLayoutForm(form.current);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return (
    <form ref={form} className={className}>
      {children}
    </form>
  );
}
