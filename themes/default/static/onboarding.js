// Onboarding for new employees: "mark as done", the module states and time left,
// the reflection journal (answers saved as you type, exported as Markdown, cleared
// after a confirmation) and the onboarding plan's check marks.
//
// Everything is kept in this browser's localStorage under one key per site and
// locale (given by the page in the data-luukku-onboarding attribute of this
// script's element, with the strings to show). Nothing leaves the device: this script makes no
// network request of any kind and loads nothing. A stored value that is not
// ours, or not valid, is ignored; without storage the page still works and says
// that nothing can be kept.
(function () {
  'use strict';

  var dataEl = document.querySelector('script[data-luukku-onboarding]');
  if (!dataEl) return;
  var data;
  try { data = JSON.parse(dataEl.getAttribute('data-luukku-onboarding')); } catch (e) { return; }
  if (!data || typeof data.store !== 'string') return;
  var KEY = data.store;
  var S = data.strings || {};
  var MODULES = Array.isArray(data.modules) ? data.modules : [];
  var VERSION = 1;

  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function text(name, values) {
    var s = String(S[name] || '');
    Object.keys(values || {}).forEach(function (k) { s = s.split('%' + k + '%').join(String(values[k])); });
    return s;
  }
  function map() { return Object.create(null); }
  function empty() { return { v: VERSION, modules: map(), answers: map(), plan: map() }; }
  function ownKeys(o) { return o && typeof o === 'object' && !Array.isArray(o) ? Object.keys(o) : []; }

  // Storage: usable only if a write and a removal both work (private modes and
  // disabled storage throw on one or the other).
  var storage = null;
  try {
    var probe = KEY + ':probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    storage = window.localStorage;
  } catch (e) { storage = null; }
  var memory = empty();

  /** The stored state, keeping only values of the shapes we write. */
  function parse(raw) {
    var out = empty();
    var v;
    try { v = JSON.parse(raw); } catch (e) { return out; }
    if (!v || typeof v !== 'object' || v.v !== VERSION) return out;
    ownKeys(v.modules).forEach(function (k) {
      var m = v.modules[k];
      if (m && typeof m === 'object') out.modules[k] = { opened: m.opened === true, done: m.done === true };
    });
    ownKeys(v.answers).forEach(function (k) {
      var a = map();
      ownKeys(v.answers[k]).forEach(function (i) {
        if (/^\d+$/.test(i) && typeof v.answers[k][i] === 'string') a[i] = v.answers[k][i];
      });
      out.answers[k] = a;
    });
    ownKeys(v.plan).forEach(function (k) { if (v.plan[k] === true) out.plan[k] = true; });
    return out;
  }

  function load() {
    if (!storage) return memory;
    try {
      var raw = storage.getItem(KEY);
      return raw ? parse(raw) : empty();
    } catch (e) { return empty(); }
  }

  function save(state) {
    if (!storage) { memory = state; return; }
    try { storage.setItem(KEY, JSON.stringify(state)); } catch (e) { noStorage(); }
  }

  function change(f) {
    var state = load();
    f(state);
    save(state);
    show(state);
  }

  function noStorage() {
    storage = null;
    $$('[data-luukku-nostorage]').forEach(function (el) { el.hidden = false; });
  }

  function answered(state, key) {
    var a = state.answers[key];
    return !!a && Object.keys(a).some(function (i) { return a[i].trim() !== ''; });
  }

  function stateOf(state, key) {
    var m = state.modules[key];
    if (m && m.done) return 'done';
    if (answered(state, key)) return 'reflection';
    if (m && m.opened) return 'opened';
    return 'not-started';
  }

  function duration(minutes) {
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    if (h === 0) return text('time-minutes', { m: m });
    if (m === 0) return text('time-hours', { h: h });
    return text('time-hours-minutes', { h: h, m: m });
  }

  function summary(state) {
    var total = MODULES.length;
    var done = 0;
    var left = 0;
    var partial = false;
    var known = false;
    MODULES.forEach(function (m) {
      if (stateOf(state, m.key) === 'done') { done += 1; return; }
      if (typeof m.minutes === 'number') { left += m.minutes; known = true; }
      if (m.partial) partial = true;
    });
    var values = { done: done, total: total, time: duration(left) };
    if (done === total) return text('summary-finished', values);
    if (!known) return text('summary-unknown', values);
    return text(partial ? 'summary-left-partial' : 'summary-left', values);
  }

  /** Shows `state` everywhere on the page, but leaves text fields alone while typed in. */
  function show(state) {
    $$('[data-luukku-state]').forEach(function (el) {
      var s = stateOf(state, el.getAttribute('data-luukku-state'));
      el.textContent = text('state-' + s);
      el.setAttribute('data-state', s);
    });
    $$('[data-luukku-done]').forEach(function (el) {
      var m = state.modules[el.getAttribute('data-luukku-done')];
      el.checked = !!(m && m.done);
    });
    $$('[data-luukku-plan]').forEach(function (el) { el.checked = state.plan[el.getAttribute('data-luukku-plan')] === true; });
    if (MODULES.length) $$('[data-luukku-summary]').forEach(function (el) { el.textContent = summary(state); });
  }

  function announce(message) {
    $$('[data-luukku-live]').forEach(function (el) {
      el.textContent = '';
      window.setTimeout(function () { el.textContent = message; }, 50);
    });
  }

  function answerOf(state, field) {
    var a = state.answers[field.getAttribute('data-luukku-journal')];
    var i = field.getAttribute('data-luukku-question');
    return (a && typeof a[i] === 'string') ? a[i] : '';
  }

  function mirror(field) {
    var out = field.parentNode && field.parentNode.querySelector('[data-luukku-print-answer]');
    if (out) out.textContent = field.value;
  }

  /** The journal as Markdown: every module's questions, each with its answer. */
  function markdown(state) {
    var lines = ['# ' + text('export-title') + (data.site ? ' – ' + data.site : ''), ''];
    $$('[data-luukku-journal-module]').forEach(function (section) {
      var title = section.querySelector('[data-luukku-journal-title]');
      lines.push('## ' + (title ? title.textContent.trim() : section.getAttribute('data-luukku-journal-module')), '');
      $$('[data-luukku-journal]', section).forEach(function (field, n) {
        var label = field.id ? section.querySelector('label[for="' + field.id + '"]') : null;
        var question = label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
        var answer = answerOf(state, field).trim();
        lines.push((n + 1) + '. ' + question, '', answer ? answer.replace(/\r\n?/g, '\n') : '_' + text('export-no-answer') + '_', '');
      });
    });
    return lines.join('\n');
  }

  function exportJournal() {
    var blob = new Blob([markdown(load())], { type: 'text/markdown;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = (text('export-file') || 'journal') + '.md';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    announce(text('announce-exported'));
  }

  function clearJournal() {
    if (!window.confirm(text('clear-confirm'))) return;
    change(function (state) { state.answers = map(); });
    $$('[data-luukku-journal]').forEach(function (field) { field.value = ''; mirror(field); });
    announce(text('announce-cleared'));
  }

  // Start: the script runs, so the no-script notes go and the script's controls come.
  $$('[data-luukku-nojs]').forEach(function (el) { el.hidden = true; });
  $$('[data-luukku-needs-script], [data-luukku-actions]').forEach(function (el) { el.hidden = false; });
  if (!storage) noStorage();

  var state = load();
  var page = document.querySelector('[data-luukku-module-page]');
  if (page) {
    var key = page.getAttribute('data-luukku-module-page');
    var m = state.modules[key] || { opened: false, done: false };
    if (!m.opened) {
      m.opened = true;
      state.modules[key] = m;
      save(state);
    }
  }
  $$('[data-luukku-journal]').forEach(function (field) {
    field.value = answerOf(state, field);
    mirror(field);
    field.addEventListener('input', function () {
      var k = field.getAttribute('data-luukku-journal');
      var i = field.getAttribute('data-luukku-question');
      change(function (s) {
        var a = s.answers[k] || map();
        if (field.value) a[i] = field.value; else delete a[i];
        s.answers[k] = a;
      });
      mirror(field);
    });
  });
  $$('[data-luukku-done]').forEach(function (box) {
    box.addEventListener('change', function () {
      var k = box.getAttribute('data-luukku-done');
      change(function (s) { s.modules[k] = { opened: true, done: box.checked }; });
      announce(text(box.checked ? 'announce-done' : 'announce-undone'));
    });
  });
  $$('[data-luukku-plan]').forEach(function (box) {
    box.addEventListener('change', function () {
      var id = box.getAttribute('data-luukku-plan');
      change(function (s) { if (box.checked) s.plan[id] = true; else delete s.plan[id]; });
      announce(text(box.checked ? 'announce-plan-done' : 'announce-plan-undone'));
    });
  });
  $$('[data-luukku-export]').forEach(function (b) { b.addEventListener('click', exportJournal); });
  $$('[data-luukku-clear]').forEach(function (b) { b.addEventListener('click', clearJournal); });
  $$('[data-luukku-print]').forEach(function (b) { b.addEventListener('click', function () { window.print(); }); });
  // Another tab of this site changed the state: show it here too.
  window.addEventListener('storage', function (e) { if (e.key === KEY) show(load()); });
  show(state);
}());
