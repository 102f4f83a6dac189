// Self-check quiz: turns the server-rendered scenarios (#quiz .quiz-item) into a quiz of one question at a time,
// with feedback, progress, a score with topics to review, and a printable result. Progress is kept in this
// browser (localStorage) only: nothing a user types or answers is sent anywhere. Without JavaScript the
// server-rendered list, with "Lihat jawaban" under each scenario, is the quiz.
(() => {
  'use strict';
  const root = document.getElementById('quiz');
  const app = document.getElementById('quiz-app');
  if (!root || !app) return;

  const $ = (sel, el) => (el || root).querySelector(sel);
  const $$ = (sel, el) => Array.from((el || root).querySelectorAll(sel));
  // add(el, 'text', child, [children], null) appends what is there; h('p', { class: 'x', click: fn }, ...) builds an element.
  const add = (el, ...kids) => {
    el.append(...kids.flat(2).filter((k) => k != null && k !== false));
    return el;
  };
  const h = (tag, attrs, ...kids) => {
    const el = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (typeof v === 'function') el.addEventListener(k, v);
      else if (v !== false && v != null) el.setAttribute(k, v === true ? '' : v);
    });
    return add(el, kids);
  };
  // A copy of server-rendered content, without ids (they must stay unique on the page).
  const copy = (el) => {
    if (!el) return null;
    const c = el.cloneNode(true);
    c.removeAttribute('id');
    c.querySelectorAll('[id]').forEach((x) => x.removeAttribute('id'));
    return c;
  };
  const letter = (n) => String.fromCharCode(65 + n);

  // The pool, read from the page: the list below is the only copy of the questions.
  const pool = $$('.quiz-item').map((li) => ({
    id: li.dataset.id,
    topic: li.dataset.topic,
    multiple: li.hasAttribute('data-multiple'),
    li,
    options: $$('.quiz-options > li', li).map((o, i) => ({
      text: o.textContent.trim(),
      correct: o.hasAttribute('data-correct'),
      feedback: $(`.quiz-why [data-option="${i}"]`, li),
    })),
  }));
  const byId = new Map(pool.map((q) => [q.id, q]));
  const topics = new Map($$('.quiz-topics [data-topic]').map((li) => [li.dataset.topic, li.querySelector('a')]));
  const size = Math.min(parseInt(root.dataset.draw, 10) || 10, pool.length);
  if (!size) return;
  const rightOf = (q) => q.options.map((o, i) => (o.correct ? i : -1)).filter((i) => i >= 0);
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

  // Saved state: one key per quiz page and pool version. Keys of another version are outdated and removed.
  const base = 'nkb-quiz:' + location.pathname.replace(/index\.html$/, '') + ':';
  const key = base + 'v1:' + root.dataset.version;
  let store = null;
  try {
    store = window.localStorage;
    store.getItem(key);
  } catch (e) {
    store = null;
  }
  const save = () => {
    try {
      if (store) store.setItem(key, JSON.stringify(state));
    } catch (e) { /* storage full or blocked: the quiz goes on without saving */ }
  };
  const drop = (k) => {
    try { store.removeItem(k); } catch (e) { /* nothing to do */ }
  };
  const isOrder = (o, n) => Array.isArray(o) && o.length === n && o.slice().sort().every((x, i) => x === i);
  const isAnswer = (a, q) => a === null || (Array.isArray(a) && a.length > 0 && (q.multiple || a.length === 1)
    && a.every((x) => Number.isInteger(x) && x >= 0 && x < q.options.length));
  const valid = (s) => {
    if (!s || s.v !== 1 || !Array.isArray(s.ids) || !s.ids.length || new Set(s.ids).size !== s.ids.length) return false;
    const qs = s.ids.map((id) => byId.get(id));
    return qs.every(Boolean) && Array.isArray(s.order) && Array.isArray(s.answers)
      && s.order.length === qs.length && s.answers.length === qs.length
      && Number.isInteger(s.pos) && s.pos >= 0 && s.pos <= qs.length && Number.isFinite(s.end)
      && qs.every((q, i) => isOrder(s.order[i], q.options.length) && isAnswer(s.answers[i], q)
        && (i < s.pos ? s.answers[i] !== null : i === s.pos || s.answers[i] === null));
  };
  let notice = '';
  const load = () => {
    if (!store) {
      notice = 'Peramban ini tidak mengizinkan penyimpanan: kemajuan kuis hilang bila halaman dimuat ulang.';
      return null;
    }
    let outdated = false;
    for (let i = store.length - 1; i >= 0; i--) {
      const k = store.key(i);
      if (k && k.indexOf(base) === 0 && k !== key) {
        drop(k);
        outdated = true;
      }
    }
    const raw = store.getItem(key);
    let s = null;
    if (raw !== null) {
      try { s = JSON.parse(raw); } catch (e) { s = null; }
      if (!valid(s)) {
        drop(key);
        s = null;
        notice = 'Data kuis yang tersimpan di peramban ini rusak, jadi sudah dihapus. Silakan mulai lagi.';
      }
    }
    if (outdated && !notice) notice = 'Soal kuis sudah diperbarui sejak kunjungan terakhir Anda, jadi kemajuan lama dihapus. Silakan mulai lagi.';
    return s;
  };

  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  // A new draw prefers questions that were not in the previous one.
  const draw = (previous) => {
    const fresh = shuffle(pool.filter((q) => !previous.includes(q.id)));
    const ids = shuffle(fresh.concat(shuffle(pool.filter((q) => previous.includes(q.id)))).slice(0, size).map((q) => q.id));
    return { v: 1, ids, order: ids.map((id) => shuffle(byId.get(id).options.map((o, i) => i))), answers: ids.map(() => null), pos: 0, end: 0 };
  };

  const status = h('p', { class: 'quiz-status', role: 'status' });
  const view = h('div', { class: 'quiz-view' });
  app.append(status, view);
  const say = (msg) => {
    status.textContent = '';
    if (msg) setTimeout(() => { status.textContent = msg; }, 100);
  };
  const show = (nodes, focus) => {
    view.replaceChildren();
    add(view, nodes);
    document.body.classList.toggle('quiz-done', state !== null && state.pos >= state.ids.length);
    if (focus) $('#quiz-h').focus();
  };
  const heading = (text) => h('h2', { id: 'quiz-h', tabindex: '-1' }, text);
  const primary = (text, click) => h('button', { type: 'button', class: 'quiz-primary', click }, text);

  let state = null;
  const begin = (previous) => {
    state = draw(previous);
    save();
    say('');
    render(true);
  };
  const render = (focus) => (state.pos >= state.ids.length ? result(focus) : question(focus));

  const start = () => show(h('section', { class: 'quiz-start', 'aria-labelledby': 'quiz-h' },
    heading('Mulai kuis'),
    h('p', null, `Anda akan menjawab ${size} soal yang diambil acak dari ${pool.length} skenario, satu per satu. `
      + 'Setelah setiap jawaban, penjelasan dan dasar hukumnya langsung tampil.'),
    h('p', null, 'Jawaban Anda hanya disimpan di peramban ini, agar tidak hilang bila halaman dimuat ulang. Tidak ada yang dikirim ke mana pun.'),
    primary('Mulai kuis', () => begin([]))));

  const question = (focus) => {
    const i = state.pos;
    const total = state.ids.length;
    const q = byId.get(state.ids[i]);
    const order = state.order[i];
    const inputs = order.map((o) => h('input', { type: q.multiple ? 'checkbox' : 'radio', name: 'quiz-choice', value: o }));
    const choices = order.map((o, n) => h('label', { class: 'quiz-choice' },
      inputs[n], h('span', null, h('span', { class: 'quiz-letter' }, letter(n) + '. '), q.options[o].text)));
    const scenario = copy($('.quiz-scenario', q.li));
    scenario.id = 'quiz-scenario';
    const fieldset = h('fieldset', { class: 'quiz-question', 'data-id': q.id, 'aria-describedby': 'quiz-scenario' },
      h('legend', null, heading(`Soal ${i + 1} dari ${total}`)),
      scenario,
      h('p', { class: 'quiz-hint' }, q.multiple ? 'Pilih semua jawaban yang tepat.' : 'Pilih satu jawaban.'),
      h('div', { class: 'quiz-choices' }, choices));
    const feedback = h('div', { class: 'quiz-feedback', 'aria-live': 'polite' });
    const answer = primary('Jawab', () => {
      const chosen = inputs.filter((x) => x.checked).map((x) => +x.value).sort();
      if (!chosen.length) {
        say('Pilih jawaban terlebih dahulu.');
        inputs[0].focus();
        return;
      }
      state.answers[i] = chosen;
      save();
      say('');
      reveal(true);
    });
    const reveal = (announce) => {
      const chosen = state.answers[i];
      const right = rightOf(q);
      const ok = same(chosen, right);
      const names = (list) => list.map((o) => letter(order.indexOf(o))).sort().join(', ');
      inputs.forEach((x) => { x.checked = chosen.includes(+x.value); });
      fieldset.disabled = true;
      answer.hidden = true;
      progress.value = i + 1;
      progress.setAttribute('aria-label', `Kemajuan: ${i + 1} dari ${total} soal terjawab`);
      choices.forEach((label, n) => {
        const o = order[n];
        const mark = q.options[o].correct ? (chosen.includes(o) ? '✓ Jawaban tepat, pilihan Anda' : '✓ Jawaban tepat')
          : chosen.includes(o) ? '✗ Pilihan Anda' : '';
        if (!mark) return;
        label.classList.add(q.options[o].correct ? 'is-correct' : 'is-wrong');
        label.lastChild.append(h('span', { class: 'quiz-mark' }, mark));
      });
      const last = i + 1 === total;
      add(feedback,
        h('h3', { tabindex: '-1', class: ok ? 'quiz-ok' : 'quiz-no' }, ok ? '✓ Tepat!' : '✗ Kurang tepat'),
        h('p', null, `Jawaban Anda: ${names(chosen)}.`, ok ? '' : ` Jawaban yang tepat: ${names(right)}.`),
        chosen.map((o) => q.options[o].feedback && h('div', { class: 'quiz-fb' }, Array.from(copy(q.options[o].feedback).childNodes))),
        copy($('.quiz-explanation', q.li)),
        h('p', { class: 'quiz-basis-title' }, 'Dasar hukum:'),
        copy($('.quiz-basis', q.li)),
        copy($('.quiz-sanction', q.li)),
        primary(last ? 'Lihat hasil' : 'Berikutnya', () => {
          state.pos++;
          if (state.pos === total) state.end = Date.now();
          save();
          render(true);
        }));
      if (announce) feedback.querySelector('h3').focus();
    };
    const progress = h('progress', { max: total, value: i, 'aria-label': `Kemajuan: ${i} dari ${total} soal terjawab` });
    show([h('div', { class: 'quiz-progress' }, progress), fieldset, answer, feedback], focus);
    if (state.answers[i]) reveal(false);
  };

  const when = (time) => {
    const date = new Date(time || Date.now());
    try {
      return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(date);
    } catch (e) {
      return date.toLocaleString();
    }
  };

  const result = (focus) => {
    const qs = state.ids.map((id) => byId.get(id));
    const ok = qs.map((q, i) => same(state.answers[i], rightOf(q)));
    const score = ok.filter(Boolean).length;
    const total = qs.length;
    const summary = `${score} dari ${total} (${Math.round((score * 100) / total)}%)`;
    const review = Array.from(new Set(qs.filter((q, i) => !ok[i]).map((q) => q.topic)));
    const texts = (q, list) => list.map((o) => q.options[o].text).join('; ');
    // Name, NIP and office are typed here and shown on the sheet only: never saved, never sent.
    const cells = {};
    const field = (id, label, value, attrs) => {
      cells[id] = h('dd', null, value || '—');
      return h('p', { class: 'quiz-field' }, h('label', { for: id }, label),
        h('input', Object.assign({ id, type: 'text', value, input: (e) => { cells[id].textContent = e.target.value.trim() || '—'; } }, attrs)));
    };
    const fields = [
      field('quiz-name', 'Nama (opsional)', '', { autocomplete: 'name' }),
      field('quiz-nip', 'NIP (opsional)', '', { autocomplete: 'off', inputmode: 'numeric' }),
      field('quiz-opd', 'OPD / unit kerja', root.dataset.opd || '', { autocomplete: 'organization' }),
    ];
    const sheet = h('section', { class: 'quiz-sheet', 'aria-labelledby': 'quiz-sheet-h' },
      h('h3', { id: 'quiz-sheet-h' }, 'Lembar hasil swa-uji netralitas ASN'),
      h('p', { class: 'quiz-sheet-site' }, root.dataset.site || ''),
      h('dl', { class: 'quiz-meta' },
        h('dt', null, 'Nama'), cells['quiz-name'], h('dt', null, 'NIP'), cells['quiz-nip'],
        h('dt', null, 'OPD / unit kerja'), cells['quiz-opd'], h('dt', null, 'Tanggal dan waktu'), h('dd', null, when(state.end)),
        h('dt', null, 'Skor'), h('dd', null, summary)),
      h('p', { class: 'quiz-disclaimer' }, 'Ini hasil swa-uji (penilaian mandiri): dikerjakan dan dinilai sendiri di peramban peserta. '
        + 'Hasil ini bukan sertifikat resmi, tidak tercatat di instansi mana pun, dan tidak membuktikan identitas peserta.'),
      h('ol', { class: 'quiz-review' }, qs.map((q, i) => h('li', { class: ok[i] ? 'is-correct' : 'is-wrong' },
        copy($('.quiz-scenario', q.li)),
        h('p', null, h('strong', null, 'Jawaban Anda: '), texts(q, state.answers[i]), ok[i] ? ' — ✓ tepat' : ' — ✗ kurang tepat'),
        ok[i] ? null : h('p', null, h('strong', null, 'Jawaban yang tepat: '), texts(q, rightOf(q)))))));
    show(h('section', { class: 'quiz-result', 'aria-labelledby': 'quiz-h' },
      heading('Hasil kuis'),
      h('p', { class: 'quiz-score' }, 'Skor Anda: ', h('strong', null, summary)),
      review.length
        ? [h('h3', null, 'Topik yang perlu dipelajari lagi'),
          h('ul', { class: 'quiz-review-topics' }, review.map((t) => h('li', null, copy(topics.get(t)) || t)))]
        : h('p', null, 'Semua jawaban tepat. Bila ragu di lapangan, tetap baca panduannya atau tanyakan ke Satgas Netralitas.'),
      h('h3', null, 'Cetak atau simpan hasil'),
      h('p', null, 'Bila OPD Anda meminta bukti, isi nama dan NIP (opsional), lalu cetak atau simpan sebagai PDF. '
        + 'Isian ini hanya tampil di lembar hasil: tidak disimpan dan tidak dikirim ke mana pun.'),
      fields,
      h('p', { class: 'quiz-actions' },
        primary('Cetak / simpan PDF', () => window.print()),
        h('button', { type: 'button', click: () => begin(state.ids) }, 'Ulangi dengan soal baru')),
      sheet), focus);
  };

  $('.quiz-static').hidden = true;
  app.hidden = false;
  state = load();
  if (!state) {
    start();
  } else {
    render(false);
    if (!notice && state.pos < state.ids.length) notice = `Kuis Anda yang belum selesai dilanjutkan: soal ${state.pos + 1} dari ${state.ids.length}.`;
  }
  say(notice);
})();
