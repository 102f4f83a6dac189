// Copy buttons: heading links (.copy-link[data-anchor]) and the links page ([data-copy]).
// Without JavaScript the buttons stay hidden; the "#" heading links still work.
(() => {
  'use strict';
  const buttons = document.querySelectorAll('.copy-link[data-anchor], [data-copy]');
  if (!buttons.length) return;

  let live = document.getElementById('sr-status');
  if (!live) {
    live = document.createElement('div');
    live.id = 'sr-status';
    live.className = 'toast';
    live.setAttribute('role', 'status');
    document.body.appendChild(live);
  }
  let timer;
  const say = (msg) => {
    clearTimeout(timer);
    live.textContent = '';
    setTimeout(() => { live.textContent = msg; }, 50);
    timer = setTimeout(() => { live.textContent = ''; }, 4000);
  };

  // The site root as an absolute URL: the header's home link is written relative by the generator.
  const home = document.getElementById('home-link');
  const root = home ? home.href : location.href;
  const absolute = (u) => (/^[a-z][a-z0-9+.-]*:/i.test(u) ? u : new URL(u.replace(/^\//, ''), root).href);
  const canonical = document.querySelector('link[rel="canonical"]');
  const pageUrl = (canonical && /^https?:/i.test(canonical.getAttribute('href'))
    ? canonical.getAttribute('href') : location.href).split('#')[0];

  const copyWithSelection = (text) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    return ok;
  };
  const copy = async (text) => {
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); return true; } catch (e) { /* fall back */ }
    }
    return copyWithSelection(text);
  };

  buttons.forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = button.dataset.copy ? absolute(button.dataset.copy) : pageUrl + '#' + button.dataset.anchor;
      if (await copy(text)) {
        say('Tautan disalin');
        return;
      }
      // Last resort: select the address on screen (links page) or show it for manual copying.
      const code = button.closest('li') && button.closest('li').querySelector('code');
      if (code) {
        const range = document.createRange();
        range.selectNodeContents(code);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        say('Tautan sudah dipilih; salin secara manual');
      } else {
        window.prompt('Salin tautan ini:', text);
      }
    });
  });
})();
