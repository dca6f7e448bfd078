// briefbot playground: progressive enhancement of a page that works without this script.
// With it, asking does not reload the page, digest editions arrive over Server-Sent Events,
// and names are completed while typing. Every message's HTML is rendered (and escaped) by
// the server; this script only places it.
(() => {
  'use strict';
  const body = document.body;
  const root = document.documentElement;
  const historyEl = document.getElementById('history');
  const seen = new Set();
  if (historyEl) {
    historyEl.querySelectorAll('.msg').forEach((el) => seen.add(Number(el.dataset.id)));
  }

  // Times come from the server in UTC; show them in the viewer's own zone.
  const timeFormat = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  function localTimes(scope) {
    scope.querySelectorAll('time[datetime]').forEach((t) => {
      const d = new Date(t.getAttribute('datetime'));
      if (!Number.isNaN(d.getTime())) t.textContent = timeFormat.format(d);
    });
  }
  localTimes(document);

  // append places a message the server rendered, once, and returns its element.
  function append(m) {
    if (seen.has(m.id)) return document.getElementById('m-' + m.id);
    seen.add(m.id);
    const welcome = document.getElementById('welcome');
    if (welcome) welcome.remove();
    const tpl = document.createElement('template');
    tpl.innerHTML = m.html;
    const el = tpl.content.firstElementChild;
    localTimes(tpl.content);
    historyEl.append(tpl.content);
    body.dataset.last = String(Math.max(Number(body.dataset.last || 0), m.id));
    return el;
  }

  // A new server process numbers messages from 1 again: the ids this page has seen now name
  // other messages. The page keeps what it shows, marks where the restart happened, and
  // takes the new process's messages from the start, so nothing asked is dropped as "seen".
  function restarted(boot) {
    if (!boot || boot === body.dataset.boot) return;
    body.dataset.boot = boot;
    body.dataset.last = '0';
    seen.clear();
    historyEl.querySelectorAll('.msg[id^="m-"]').forEach((el) => {
      el.id = 'old-' + el.id;
      el.removeAttribute('data-id');
    });
    const note = document.createElement('p');
    note.className = 'notice';
    note.setAttribute('role', 'status');
    note.textContent = 'The server restarted. The messages above are from before; it no longer has them, and new ones follow.';
    historyEl.append(note);
    connect();
  }

  // The heights of the sticky header and composer, so that a reply scrolled into view starts
  // below the one and is not hidden under the other, whatever the screen wraps them to.
  const bars = [['--header-h', ['.sticky', '.toolbar']], ['--composer-h', ['.composer']]];
  function measureBars() {
    for (const [name, sels] of bars) {
      let h = 0;
      for (const sel of sels) {
        const el = document.querySelector(sel);
        if (el && getComputedStyle(el).position === 'sticky') h = Math.max(h, el.getBoundingClientRect().height);
      }
      root.style.setProperty(name, h + 'px');
    }
  }
  if (window.ResizeObserver) {
    const ro = new ResizeObserver(measureBars);
    ['.sticky', '.toolbar', '.composer'].forEach((sel) => {
      const el = document.querySelector(sel);
      if (el) ro.observe(el);
    });
  }
  window.addEventListener('resize', measureBars);
  measureBars();

  function showError(text) {
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    historyEl.append(p);
    p.scrollIntoView({ block: 'end' });
  }

  // Asking: every form of class "ask" (the main one, the examples, the platforms' buttons).
  document.addEventListener('submit', async (ev) => {
    const form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('ask') || !historyEl) return;
    ev.preventDefault();
    const data = new URLSearchParams(new FormData(form));
    if (!(data.get('q') || '').trim()) return;
    if (form.id === 'ask') dropSuggestions();
    const button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    body.classList.add('busy');
    try {
      const resp = await fetch(form.action, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (!resp.ok) {
        showError('The playground could not answer: ' + (await resp.text()).trim());
        return;
      }
      const out = await resp.json();
      restarted(out.boot);
      let reply = null;
      for (const m of out.messages) {
        const el = append(m);
        if (m.kind !== 'you') reply = el;
      }
      if (form.id === 'ask') {
        form.reset();
        dropSuggestions();
      }
      const you = reply && reply.previousElementSibling;
      (you || reply)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    } catch (err) {
      showError('The playground could not be reached: ' + err);
    } finally {
      if (button) button.disabled = false;
      body.classList.remove('busy');
    }
  });

  // Voting: a 👍/👎 form (under an answer, or a platform's button) sends the vote in the
  // background; the server answers with the reply's message again, now showing the vote and
  // the thanks, which takes the old one's place.
  document.addEventListener('submit', async (ev) => {
    const form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('vote') || !historyEl) return;
    ev.preventDefault();
    const data = new URLSearchParams(new FormData(form, ev.submitter));
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const resp = await fetch(form.action, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (!resp.ok) {
        showError('The vote was not recorded: ' + (await resp.text()).trim());
        return;
      }
      const m = await resp.json();
      const old = document.getElementById('m-' + m.id);
      if (!old) return;
      const tpl = document.createElement('template');
      tpl.innerHTML = m.html;
      localTimes(tpl.content);
      old.replaceWith(tpl.content);
    } catch (err) {
      showError('The playground could not be reached: ' + err);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });

  // Digest editions (and this session's messages from other tabs) arrive as events. The
  // browser reconnects by itself and sends the last id it saw, so none is missed; the boot id
  // lets a restarted server tell the page its ids start again.
  let events = null;
  function connect() {
    if (!window.EventSource || !body.dataset.channel || !historyEl) return;
    if (events) events.close();
    const url = '/events?channel=' + encodeURIComponent(body.dataset.channel) +
      '&after=' + encodeURIComponent(body.dataset.last || '0') +
      '&boot=' + encodeURIComponent(body.dataset.boot || '');
    events = new EventSource(url);
    events.addEventListener('boot', (ev) => restarted(ev.data));
    events.addEventListener('message', (ev) => {
      const m = JSON.parse(ev.data);
      const known = seen.has(m.id);
      const el = append(m);
      if (!known && el && m.kind !== 'you' && m.kind !== 'bot') {
        el.classList.add('arrived');
        el.scrollIntoView({ block: 'start', behavior: 'smooth' });
      }
    });
    body.classList.add('live');
  }
  connect();

  // "Sources" on Slack answers with the cited quotes; here it opens the list under the reply.
  document.addEventListener('click', (ev) => {
    const a = ev.target instanceof Element && ev.target.closest('a[href^="#cited-"]');
    if (!a) return;
    const details = document.getElementById(a.getAttribute('href').slice(1));
    if (details) details.open = true;
  });

  // The view (both platforms, or one) is kept between visits. A narrow screen shows one
  // platform at a time: "both" is not offered there, and Slack stands in for it.
  const views = document.querySelectorAll('input[name=view]');
  const narrow = window.matchMedia('(max-width: 700px)');
  function applyView() {
    const saved = localStorage.getItem('briefbot-view') || 'both';
    const want = narrow.matches && saved === 'both' ? 'slack' : saved;
    views.forEach((r) => { r.checked = r.value === want; });
  }
  views.forEach((r) => r.addEventListener('change', () => localStorage.setItem('briefbot-view', r.value)));
  narrow.addEventListener('change', applyView);
  applyView();

  // Name completion, as Discord's autocomplete offers it: the server says which names the
  // text before the caret may be completed to, and what of the text to keep.
  const input = document.getElementById('q');
  const list = document.getElementById('suggest');
  let items = [];
  let keep = '';
  let active = -1;
  let timer = 0;
  let asked = 0;

  // dropSuggestions closes the list and drops what is on its way: an offer for text that was
  // just sent, or is gone, must not open again over the history.
  function dropSuggestions() {
    asked++;
    clearTimeout(timer);
    closeSuggestions();
  }

  function closeSuggestions() {
    items = [];
    active = -1;
    if (!list) return;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(i) {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', 'sg-' + i);
      list.children[i].scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(i) {
    const it = items[i];
    const caret = input.selectionStart ?? input.value.length;
    if (!it || !input.value.slice(0, caret).startsWith(keep)) {
      closeSuggestions(); // offered for text that has changed since
      return;
    }
    const rest = input.value.slice(caret).replace(/^\S*/, '').trimStart();
    const value = keep + it.insert + ' ';
    input.value = value + rest;
    input.setSelectionRange(value.length, value.length);
    closeSuggestions();
    input.focus();
  }

  async function suggest() {
    const caret = input.selectionStart ?? input.value.length;
    const q = input.value.slice(0, caret);
    const mine = ++asked;
    if (!q.trim()) {
      closeSuggestions();
      return;
    }
    try {
      const resp = await fetch('/complete?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
      if (!resp.ok || mine !== asked) return;
      const out = await resp.json();
      if (mine !== asked) return;
      keep = out.keep;
      items = out.items;
    } catch {
      return;
    }
    list.replaceChildren();
    items.forEach((it, i) => {
      const li = document.createElement('li');
      li.id = 'sg-' + i;
      li.setAttribute('role', 'option');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = it.label;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = it.kind;
      li.append(name, kind);
      if (it.detail) li.title = it.detail;
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
    list.dataset.for = q; // what the offer answers (tests wait on it)
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
  }

  if (input && list) {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      if (!input.value.trim()) {
        dropSuggestions();
        return;
      }
      timer = setTimeout(suggest, 60);
    });
    input.addEventListener('keydown', (e) => {
      if (list.hidden) return;
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          highlight(Math.min(active + 1, items.length - 1));
          break;
        case 'ArrowUp':
          e.preventDefault();
          highlight(Math.max(active - 1, 0));
          break;
        case 'Tab':
          // Tab takes only a name picked with the arrows; otherwise it moves on as usual.
          if (active >= 0) {
            e.preventDefault();
            choose(active);
          } else {
            closeSuggestions();
          }
          break;
        case 'Enter':
          // Enter takes a name only once one is picked with the arrows; otherwise it sends.
          if (active >= 0) {
            e.preventDefault();
            choose(active);
          } else {
            closeSuggestions();
          }
          break;
        case 'Escape':
          closeSuggestions();
          break;
      }
    });
    // The list closes a moment after focus leaves (a click on a name lands first), unless
    // focus is back by then: Tab away and back must not close what is offered next.
    input.addEventListener('blur', () => setTimeout(() => {
      if (document.activeElement !== input) closeSuggestions();
    }, 150));
  }

  // A reply asked for without JavaScript comes back as /#m-ID: show it from its start.
  if (location.hash.startsWith('#m-')) {
    document.getElementById(location.hash.slice(1))?.previousElementSibling?.scrollIntoView({ block: 'start' });
  }
})();
