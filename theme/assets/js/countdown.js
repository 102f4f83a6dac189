// Home page: "N hari lagi" until voting day, read from data-countdown="YYYY-MM-DD".
// Stays hidden without JavaScript and once the day has passed.
(() => {
  'use strict';
  const el = document.querySelector('[data-countdown]');
  if (!el) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(el.dataset.countdown || '');
  if (!m) return;
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((Date.UTC(+m[1], m[2] - 1, +m[3]) - today) / 864e5);
  if (days < 0) return;
  el.textContent = days === 0 ? 'Hari ini hari pemungutan suara.'
    : days === 1 ? 'Besok hari pemungutan suara.'
      : days + ' hari lagi menuju pemungutan suara.';
  el.hidden = false;
})();
