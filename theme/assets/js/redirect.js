// Redirect pages (old addresses in 'aliases'): go to the new address keeping the #anchor, which a meta refresh
// drops. Runs in <head> before the refresh fires; without JavaScript the refresh still works, without the anchor.
(() => {
  'use strict';
  const meta = document.querySelector('meta[http-equiv="refresh"]');
  const match = meta && /url=(.*)$/i.exec(meta.getAttribute('content') || '');
  if (!match) return;
  const target = new URL(match[1].trim(), location.href);
  target.hash = location.hash;
  location.replace(target.href);
})();
