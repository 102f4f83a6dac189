// "Bagikan": the Web Share API where the phone has it (WhatsApp, etc.), otherwise copy the link.
(() => {
  'use strict';
  const buttons = document.querySelectorAll('.share-btn');
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

  const copy = async (text) => {
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); return true; } catch (e) { /* fall back */ }
    }
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

  buttons.forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', async () => {
      // data-url is absolute when settings.yml has a base URL; otherwise use the address bar.
      const given = button.dataset.url || '';
      const url = /^https?:/i.test(given) ? given : location.href.split('#')[0];
      const title = button.dataset.title || document.title;
      if (navigator.share) {
        try {
          await navigator.share({ title, text: title, url });
          return;
        } catch (e) {
          if (e && e.name === 'AbortError') return; // the reader closed the share sheet
        }
      }
      if (await copy(url)) say('Tautan halaman disalin. Tempel di WhatsApp atau surel.');
      else window.prompt('Salin tautan ini:', url);
    });
  });
})();
