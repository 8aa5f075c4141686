'use client';

import { useEffect } from 'react';
import { loadPlayer } from './read-aloud/load';

/** The read-aloud controls of the page: the panel's opener and every play button. */
const CONTROLS = '[data-read-aloud-open], [data-play], [data-play-sentence]';

/**
 * The only read-aloud code of the first load: one click listener that fetches the speech code
 * when a read-aloud control is first used and hands it every click on one. Renders nothing.
 */
export default function ReadAloudStarter() {
  useEffect(() => {
    const click = (event: MouseEvent) => {
      const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      if (control) void loadPlayer().then((player) => player.handleClick(control));
    };
    document.addEventListener('click', click);
    return () => document.removeEventListener('click', click);
  }, []);
  return null;
}
