// Search page (/cari/): finds answers with the Pagefind index built with the site. The index (pagefind/) and the
// synonyms (assets/search-synonyms.json) are downloaded only once the reader types or arrives with ?q=, so a page
// view without a search costs nothing. The header box on other pages is a plain form that opens /cari/?q=…
(() => {
  'use strict';
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const empty = document.getElementById('search-empty');
  const failed = document.getElementById('search-failed');
  if (!form || !input || !status || !list || !empty || !failed) return;

  // The script lives in assets/js/: the site root is two folders up, whatever sub-path the site is served under.
  const root = new URL('../../', document.currentScript.src);
  const SHOWN = 10;
  const MAX_VARIANTS = 12;
  const SYNONYM_WEIGHT = 0.8;
  let engine = null;
  let run = 0;
  let timer = 0;

  const normalize = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}\-/]+/gu, ' ').trim();
  const letters = (word) => word.replace(/[^\p{L}\p{N}]/gu, '');

  const load = () => {
    if (!engine) {
      status.textContent = 'Memuat pencarian…';
      engine = (async () => {
        const pagefind = await import(new URL('pagefind/pagefind.js', root).href);
        // Guidance pages are long and the regulations' summaries short: weigh page length less than Pagefind does (0.75).
        await pagefind.options({ baseUrl: root.pathname, excerptLength: 24, ranking: { pageLength: 0.3 } });
        await pagefind.init();
        let groups = [];
        try {
          const response = await fetch(new URL('assets/search-synonyms.json', root));
          if (response.ok) groups = (await response.json()).groups || [];
        } catch (ignored) {
          // Search still works without synonyms.
        }
        return { pagefind, terms: termsOf(groups) };
      })();
    }
    return engine;
  };

  // Every word of every synonym group, longest phrases first, so "media sosial" wins over a group that has "media".
  const termsOf = (groups) => groups
    .flatMap((group) => group.words.map((term) => ({ words: term.split(' '), group })))
    .sort((a, b) => b.words.length - a.words.length);

  // The query as typed, then the same query with a reader's word swapped for each word of its group that the
  // pages contain ("dukungan medsos" → "dukungan media sosial").
  const variantsOf = (query, terms) => {
    const words = normalize(query).split(' ').filter(Boolean);
    const taken = new Array(words.length).fill(false);
    const found = [];
    for (const term of terms) {
      const n = term.words.length;
      const text = term.words.join(' ');
      for (let i = 0; i + n <= words.length; i++) {
        if (term.words.every((w, k) => !taken[i + k] && words[i + k] === w)) {
          for (let k = 0; k < n; k++) taken[i + k] = true;
          found.push({ at: i, n, targets: term.group.inSite.filter((t) => t !== text) });
        }
      }
    }
    const swap = (changes) => {
      const out = words.slice();
      for (const c of changes.slice().sort((a, b) => b.at - a.at)) out.splice(c.at, c.n, c.with);
      return out.join(' ');
    };
    const variants = [words.join(' ')];
    const swappable = found.filter((f) => f.targets.length);
    if (swappable.length > 1) variants.push(swap(swappable.map((f) => ({ ...f, with: f.targets[0] }))));
    for (const f of swappable) {
      for (const target of f.targets) variants.push(swap([{ ...f, with: target }]));
    }
    return [...new Set(variants)].slice(0, MAX_VARIANTS);
  };

  // Pagefind falls back to the longest start of an unknown word that is in the index ("xyzabc" finds "x"). A result
  // counts only if a highlighted word is a query word or a form of it (menjaga for jaga, posting for postingan).
  const markedWords = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html || '';
    return [...template.content.querySelectorAll('mark')].map((m) => letters(m.textContent.toLowerCase()));
  };
  const realMatch = (data, query) => {
    const asked = normalize(query).split(' ').map(letters).filter(Boolean);
    const marked = [data.excerpt, ...(data.sub_results || []).map((s) => s.excerpt)].flatMap(markedWords).filter(Boolean);
    return marked.some((m) => asked.some((q) => m === q
      || (q.length >= 3 && m.includes(q))
      || (m.length >= 3 && q.startsWith(m) && m.length >= 0.6 * q.length)));
  };

  // Pagefind's excerpts are text with <mark> around the matched words: keep exactly that, nothing else.
  const excerptNodes = (html) => {
    const template = document.createElement('template');
    template.innerHTML = html || '';
    const fragment = document.createDocumentFragment();
    for (const node of template.content.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        fragment.append(mark);
      } else {
        fragment.append(node.textContent);
      }
    }
    return fragment;
  };

  // The part of the page that matched best, so the link opens at the answer (e.g. one question of the FAQ).
  const bestPart = (data) => {
    let best = null;
    let bestScore = -1;
    for (const sub of data.sub_results || []) {
      const score = (sub.weighted_locations || []).reduce((sum, l) => sum + l.balanced_score, 0);
      if (score > bestScore) {
        best = sub;
        bestScore = score;
      }
    }
    return best;
  };

  const render = (items) => {
    list.replaceChildren(...items.map(({ data }) => {
      const part = bestPart(data);
      const inPage = part && part.url && part.url.includes('#');
      const item = document.createElement('li');
      item.className = 'search-result';
      const link = document.createElement('a');
      link.className = 'search-result-link';
      link.href = inPage ? part.url : data.url;
      link.textContent = data.meta.title || data.url;
      const heading = document.createElement('h2');
      heading.className = 'search-result-title';
      heading.append(link);
      const where = document.createElement('p');
      where.className = 'search-result-section';
      where.textContent = [data.meta.section, inPage ? part.title : ''].filter(Boolean).join(' › ');
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result-excerpt';
      excerpt.append(excerptNodes(part && part.excerpt ? part.excerpt : data.excerpt));
      item.append(heading, where, excerpt);
      return item;
    }));
  };

  const show = (text, total, shown) => {
    failed.hidden = true;
    render(shown);
    list.hidden = shown.length === 0;
    empty.hidden = shown.length !== 0;
    const quoted = `“${text}”`;
    if (shown.length === 0) status.textContent = `Tidak ada hasil untuk ${quoted}.`;
    else if (total > shown.length) status.textContent = `${total} hasil untuk ${quoted}; ${shown.length} teratas ditampilkan.`;
    else status.textContent = `${shown.length} hasil untuk ${quoted}.`;
  };

  const search = async (query) => {
    const mine = ++run;
    const text = query.trim();
    if (text.length < 2) {
      list.replaceChildren();
      list.hidden = true;
      empty.hidden = true;
      status.textContent = text.length ? 'Ketik sedikitnya dua huruf.' : '';
      return;
    }
    try {
      const { pagefind, terms } = await load();
      const variants = variantsOf(text, terms);
      const searches = await Promise.all(variants.map((v) => pagefind.search(v)));
      if (mine !== run) return;
      // One list: each page with its best score; the reader's own words count a little more than their synonyms.
      const best = new Map();
      searches.forEach((s, i) => {
        for (const result of s.results) {
          const score = result.score * (i === 0 ? 1 : SYNONYM_WEIGHT);
          const seen = best.get(result.id);
          if (!seen || score > seen.score) best.set(result.id, { result, score, query: variants[i] });
        }
      });
      const ranked = [...best.values()].sort((a, b) => b.score - a.score);
      const loaded = await Promise.all(ranked.slice(0, SHOWN).map(async (r) => ({ data: await r.result.data(), query: r.query })));
      if (mine !== run) return;
      const shown = loaded.filter((r) => realMatch(r.data, r.query));
      show(text, shown.length < loaded.length ? shown.length : ranked.length, shown);
    } catch (error) {
      if (mine !== run) return;
      engine = null;
      failed.hidden = false;
      list.hidden = true;
      empty.hidden = true;
      status.textContent = 'Pencarian tidak dapat dimuat.';
    }
  };

  const remember = (query) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      remember(input.value);
      search(input.value);
    }, 250);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    search(input.value);
  });

  // Keyboard: arrow down from the box into the results, arrows between them, arrow up or Escape back to the box.
  const links = () => [...list.querySelectorAll('.search-result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at < all.length - 1) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === 'ArrowUp' || event.key === 'Escape') {
      event.preventDefault();
      (event.key === 'ArrowUp' && at > 0 ? all[at - 1] : input).focus();
    }
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
