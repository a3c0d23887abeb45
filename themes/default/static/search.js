/* The default theme's search box and search page, over window.luukkuSearch (the
 * engine, search-engine.js). Progressive enhancement: without JavaScript the forms
 * stay hidden and a link to the services A–Ö index shows instead. No dead ends: a
 * corrected query is offered as "did you mean", and a search that finds nothing
 * shows the A–Ö index and the service centre's phone and chat. Interface text
 * comes from data attributes the templates fill from locales/<code>/search.ftl. */
(function () {
  'use strict';
  var api = window.luukkuSearch;
  if (!api || !document.querySelectorAll) return;
  var DELAY = 60, BOX_LIMIT = 6, PAGE_LIMIT = 50;

  function countText(form, n) {
    if (n === 0) return form.getAttribute('data-count-none');
    if (n === 1) return form.getAttribute('data-count-one');
    return form.getAttribute('data-count-many').replace('{count}', String(n));
  }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }
  function kindLabel(form, kind) {
    return form.getAttribute('data-kind-' + kind) || kind;
  }
  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  }
  /* The query with every corrected word replaced by how its correction is
   * written in the text ("did you mean"), or null if nothing was corrected. */
  function corrected(q, plan) {
    var fixes = {}, any = false;
    (plan || []).forEach(function (w) {
      if (w.origin === 'typed' && w.corrected.length) { fixes[w.word] = w.corrected[0][1]; any = true; }
    });
    if (!any) return null;
    return q.normalize('NFC').replace(/[\p{Alphabetic}\p{N}]+/gu, function (m) {
      var f = fold(m);
      return Object.prototype.hasOwnProperty.call(fixes, f) ? fixes[f] : m;
    }).trim();
  }

  function setup(root) {
    var page = root.hasAttribute('data-search-page');
    var form = root.querySelector('form');
    var input = form.querySelector('input[name=q]');
    var list = form.querySelector('.search-results');
    var status = form.querySelector('.search-status');
    var panel = form.querySelector('.search-panel');
    var more = form.querySelector('.search-more a');
    var fallback = root.querySelector('.search-fallback');
    var suggest = form.querySelector('.search-suggest');
    var none = form.querySelector('.search-none');
    var seq = 0, timer = 0, active = -1, shown = [];
    fallback.hidden = true;
    form.hidden = false;

    function kind() {
      var checked = form.querySelector('[name=kind]:checked') || form.querySelector('select[name=kind]');
      return checked ? checked.value : '';
    }
    function open(yes) {
      if (panel) panel.hidden = !yes;
      if (!page) input.setAttribute('aria-expanded', yes ? 'true' : 'false');
      if (!yes) setActive(-1);
    }
    function setActive(i) {
      var options = list.children;
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (page) return;
      if (i >= 0 && options[i]) {
        options[i].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function go(i) {
      if (shown[i]) window.location.href = shown[i].href;
    }
    function render(r) {
      shown = r.results;
      list.textContent = '';
      r.results.forEach(function (hit, i) {
        var item = el('li', 'search-result search-kind-' + hit.kind);
        var title;
        if (page) {
          title = el('a', 'search-result-title', hit.title);
          title.href = hit.href;
        } else {
          item.id = input.id + '-result-' + i;
          item.setAttribute('role', 'option');
          item.setAttribute('aria-selected', 'false');
          title = el('span', 'search-result-title', hit.title);
          item.addEventListener('mousedown', function (e) { e.preventDefault(); });
          item.addEventListener('click', function () { go(i); });
        }
        item.appendChild(title);
        item.appendChild(el('span', 'search-result-kind', kindLabel(form, hit.kind)));
        if (hit.corrected) item.appendChild(el('span', 'search-result-similar', form.getAttribute('data-similar')));
        var excerpt = el('span', 'search-result-excerpt');
        excerpt.innerHTML = hit.excerpt;
        item.appendChild(excerpt);
        list.appendChild(item);
      });
      status.textContent = countText(form, r.total);
      var better = corrected(input.value, r.plan);
      if (suggest) {
        suggest.hidden = !better;
        var link = suggest.querySelector('a');
        link.textContent = better || '';
        link.href = form.getAttribute('action') + '?q=' + encodeURIComponent(better || '');
      }
      if (none) none.hidden = r.total > 0;
      form.querySelectorAll('[data-kind-count]').forEach(function (c) {
        var k = c.getAttribute('data-kind-count');
        var n = k ? r.counts[k] || 0 : Object.keys(r.counts).reduce(function (s, x) { return s + r.counts[x]; }, 0);
        c.textContent = '(' + n + ')';
      });
      if (more) {
        more.href = form.getAttribute('action') + '?q=' + encodeURIComponent(input.value) + (kind() ? '&kind=' + kind() : '');
        more.parentNode.hidden = r.total <= r.results.length;
      }
      active = -1;
      open(true);
    }
    function run() {
      var q = input.value, mine = ++seq;
      if (!q.trim()) {
        list.textContent = '';
        shown = [];
        status.textContent = '';
        if (suggest) suggest.hidden = true;
        if (none) none.hidden = true;
        open(false);
        return;
      }
      api.query(q, { limit: page ? PAGE_LIMIT : BOX_LIMIT, kind: kind() || undefined }).then(function (r) {
        if (mine === seq) render(r);
      }, function () {
        if (mine === seq) { status.textContent = form.getAttribute('data-failed'); open(true); }
      });
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY);
    }

    input.addEventListener('focus', function () { api.prepare().catch(function () {}); });
    input.addEventListener('input', later);
    form.addEventListener('change', function (e) { if (e.target.name === 'kind') run(); });
    form.addEventListener('submit', function (e) {
      if (page) { e.preventDefault(); run(); }
      else if (active >= 0) { e.preventDefault(); go(active); }
    });
    input.addEventListener('keydown', function (e) {
      var n = list.children.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!n) return;
        e.preventDefault();
        if (page) {
          list.querySelector('a').focus();
          return;
        }
        if (panel.hidden) open(true);
        setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (e.key === 'Escape') {
        if (!page && panel && !panel.hidden) { e.preventDefault(); open(false); }
        else if (input.value) { e.preventDefault(); input.value = ''; run(); }
      }
    });
    if (page) {
      list.addEventListener('keydown', function (e) {
        var links = Array.prototype.slice.call(list.querySelectorAll('a'));
        var i = links.indexOf(document.activeElement);
        if (i < 0) return;
        if (e.key === 'ArrowDown' && i + 1 < links.length) { e.preventDefault(); links[i + 1].focus(); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
        else if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
      });
      var params = new URLSearchParams(window.location.search);
      input.value = params.get('q') || '';
      var k = params.get('kind') || '';
      var radio = form.querySelector('[name=kind][value="' + k.replace(/[^a-z-]/g, '') + '"]');
      if (radio) radio.checked = true;
      if (input.value) run();
    } else {
      root.addEventListener('focusout', function (e) {
        if (!root.contains(e.relatedTarget)) open(false);
      });
      input.addEventListener('focus', function () { if (shown.length) open(true); });
    }
  }

  document.querySelectorAll('[data-search]').forEach(setup);
})();
