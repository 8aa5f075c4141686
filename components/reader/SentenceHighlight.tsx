'use client';

import { useEffect } from 'react';

const ACTIVE = 'sentence-active';

/**
 * Lights up a sentence's bead in both columns while it is hovered or focused, and keeps it lit
 * after a tap, so that a 1-2 or 2-1 bead shows all its sentences. Renders nothing: one set of
 * listeners on the document handles every sentence of the page.
 */
export default function SentenceHighlight() {
  useEffect(() => {
    let pinned: string | null = null;
    const light = (bead: string | null) => {
      for (const el of document.querySelectorAll(`.${ACTIVE}`)) el.classList.remove(ACTIVE);
      if (!bead) return;
      for (const el of document.querySelectorAll(`[data-bead="${CSS.escape(bead)}"]`)) el.classList.add(ACTIVE);
    };
    const beadOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest('[data-bead]')?.getAttribute('data-bead') ?? null) : null;
    const enter = (event: Event) => {
      const bead = beadOf(event.target);
      if (bead) light(bead);
    };
    const leave = (event: Event) => {
      if (beadOf(event.target)) light(pinned);
    };
    const tap = (event: Event) => {
      const bead = beadOf(event.target);
      pinned = bead && bead !== pinned ? bead : null;
      light(pinned);
    };
    const options = { passive: true } as const;
    document.addEventListener('pointerover', enter, options);
    document.addEventListener('pointerout', leave, options);
    document.addEventListener('focusin', enter, options);
    document.addEventListener('focusout', leave, options);
    document.addEventListener('click', tap, options);
    return () => {
      document.removeEventListener('pointerover', enter);
      document.removeEventListener('pointerout', leave);
      document.removeEventListener('focusin', enter);
      document.removeEventListener('focusout', leave);
      document.removeEventListener('click', tap);
    };
  }, []);
  return null;
}
