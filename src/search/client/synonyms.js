/* The browser half of src/search/synonyms.rs: which rules a query matches and
 * what they add. Part of search-engine.js (one scope with engine.js). */
var synonyms = (function () {
  'use strict';
  function contains(stems, p) {
    if (!p.length) return false;
    for (var i = 0; i + p.length <= stems.length; i++) {
      if (p.every(function (s, j) { return stems[i + j] === s; })) return true;
    }
    return false;
  }
  /* Synonyms::expand: [[phrase added, the rule's phrase (as written) matched]]. */
  function expand(rules, stems) {
    var out = [];
    (rules || []).forEach(function (rule) {
      var found = rule.from.findIndex(function (p) { return contains(stems, p); });
      if (found >= 0) rule.to.forEach(function (to) { out.push([to, rule.written[found]]); });
    });
    return out;
  }
  /* Synonyms::matched */
  function matched(rules, stems, stem) {
    return (rules || []).some(function (r) {
      return r.from.some(function (p) { return contains(stems, p) && p.indexOf(stem) >= 0; });
    });
  }
  return { expand: expand, matched: matched };
})();
