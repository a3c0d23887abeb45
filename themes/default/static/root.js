// The site root's language choice. Every language is always listed; this script
// only remembers, in this browser (localStorage, nothing is sent anywhere), the
// language a reader picked, and next time lists it first and marks it. It never
// redirects, so the choice is always in view.
(function () {
  'use strict';
  var KEY = 'luukku-language';
  var list = document.querySelector('.root-languages');
  if (!list) return;
  var store = null;
  try { store = window.localStorage; } catch (e) { return; }
  if (!store) return;
  list.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-locale]') : null;
    if (!link) return;
    try { store.setItem(KEY, link.getAttribute('data-locale')); } catch (e) { /* private mode: nothing to remember */ }
  });
  var last = null;
  try { last = store.getItem(KEY); } catch (e) { return; }
  if (!last) return;
  var links = list.querySelectorAll('a[data-locale]');
  for (var i = 0; i < links.length; i++) {
    if (links[i].getAttribute('data-locale') === last) {
      var item = links[i].parentNode;
      list.insertBefore(item, list.firstChild);
      item.className += ' root-last';
      return;
    }
  }
})();
