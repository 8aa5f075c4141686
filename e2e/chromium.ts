/** Debian's Chromium on our machines (Playwright cannot download its own), and the flags every run passes it. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
