// Print views: the running footer's text, a handout's clock times from the start
// time the facilitator picks, and the page numbers of the package's contents.
(function () {
  'use strict';
  var root = document.documentElement;
  // The @page footer reads this custom property: the site title, the page's
  // address and the build date, written into <meta name="print-footer"> by the build.
  var meta = document.querySelector('meta[name="print-footer"]');
  if (meta) root.style.setProperty('--print-footer', JSON.stringify(meta.getAttribute('content')));

  function parse(value) {
    var m = /^(\d{1,2}):(\d{2})/.exec(value || '');
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  }
  function clock(minutes) {
    var m = ((minutes % 1440) + 1440) % 1440;
    return String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0');
  }

  // Clock times and running totals hold while every earlier step has minutes:
  // from the plan, or typed in by the facilitator for a step the plan leaves open.
  var start = document.querySelector('[data-start-time]');
  function agenda() {
    var first = parse(start && start.value);
    if (first === null) first = 9 * 60;
    document.querySelectorAll('[data-agenda]').forEach(function (table) {
      var elapsed = 0;
      table.querySelectorAll('tr.agenda-step').forEach(function (row) {
        var minutes = row.dataset.minutes ? Number(row.dataset.minutes) : null;
        var input = row.querySelector('[data-minutes-input]');
        if (minutes === null && input && input.value !== '' && Number(input.value) >= 0) minutes = Number(input.value);
        if (input) input.classList.toggle('filled', input.value !== '');
        row.querySelector('[data-clock]').textContent = elapsed === null ? '–' : clock(first + elapsed);
        elapsed = elapsed === null || minutes === null ? null : elapsed + minutes;
        row.querySelector('[data-running]').textContent = elapsed === null ? '–' : String(elapsed);
      });
    });
  }
  if (start) start.addEventListener('input', agenda);
  document.querySelectorAll('[data-minutes-input]').forEach(function (i) { i.addEventListener('input', agenda); });
  if (document.querySelector('[data-agenda]')) agenda();

  // Page numbers for the package's contents. Every part starts on a new page
  // (print.css). `luukku pdf` prints each part alone, counts its pages and
  // passes the counts to setPages; the browser's own print estimates them from
  // the parts' heights on the A4 text width.
  var PARTS = '.book-cover, .book-toc, main > .handout, .book-part';
  function parts() {
    return Array.prototype.map.call(document.querySelectorAll(PARTS), function (p) { return p.id; });
  }
  function only(id) {
    document.querySelectorAll(PARTS).forEach(function (p) { p.hidden = id !== null && p.id !== id; });
  }
  var counted = false;
  function setPages(counts, measured) {
    counted = counted || !measured;
    var page = 1;
    var first = {};
    parts().forEach(function (id, i) {
      first[id] = page;
      page += Math.max(1, counts[i] || 1);
    });
    document.querySelectorAll('[data-toc-page]').forEach(function (cell) {
      var at = first[cell.getAttribute('data-toc-page')];
      cell.textContent = at ? String(at) : '';
    });
  }
  function paginate() {
    if (counted || !document.querySelector('[data-toc]')) return;
    var pageHeight = (297 - 14 - 18) * 96 / 25.4;
    setPages(Array.prototype.map.call(document.querySelectorAll(PARTS), function (part) {
      return Math.ceil((part.getBoundingClientRect().height - 1) / pageHeight);
    }), true);
  }
  window.addEventListener('beforeprint', paginate);
  window.luukkuPrint = { paginate: paginate, agenda: agenda, parts: parts, only: only, setPages: setPages };
})();
