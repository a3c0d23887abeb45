/* luukku search client, forgiving rules (src/search/client/forgive.js), MIT OR Apache-2.0. */
/* The browser half of src/search/forgive.rs: typo keys and distances and
 * compound splitting, rule for rule as in Rust, so that the client forgives
 * exactly what `luukku search` forgives. The engine (engine.js) loads this file
 * the first time a word of a query matches nothing, and hands it its loader and
 * index (`engine`). */
luukkuSearch.forgiver(function (engine) {
  'use strict';
  var TYPO1_CHARS = 5, TYPO2_CHARS = 9, MAX_CORRECTIONS = 3, MAX_PARTS = 4, MIN_TERM_CHARS = 3, MIN_PART_CHARS = 3;

  function cmp(a, b) {
    var n = Math.min(a.length, b.length), i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === n) return a.length - b.length;
    return a.codePointAt(i) < b.codePointAt(i) ? -1 : 1;
  }
  function chars(s) {
    return Array.from(s).length;
  }
  function maxEdits(chars) {
    return chars >= TYPO2_CHARS ? 2 : chars >= TYPO1_CHARS ? 1 : 0;
  }
  /* forgive::reach: null when a term is never a correction. */
  function reach(edits, term) {
    var n = Array.from(term).length;
    return n < MIN_TERM_CHARS ? null : n < 5 ? Math.min(edits, 1) : edits;
  }
  function sub(cs, from, to) {
    return cs.slice(from, to).join('');
  }
  function rev(cs, len) {
    return cs.slice(cs.length - len).reverse().join('');
  }
  /* forgive::query_keys */
  function queryKeys(stem, edits) {
    var q = Array.from(stem), m = q.length, keys = [];
    if (edits === 0) return keys;
    for (var n = Math.max(m - edits, MIN_TERM_CHARS, 0); n <= m + edits; n++) {
      if (edits === 2 && n >= 5) {
        var c = Math.floor(n / 4); /* forgive::part_chars */
        if (c <= m) keys.push('<' + sub(q, 0, c), '>' + rev(q, c));
        (n >= 3 * c + 3 ? [c + 1] : [c, c + 1]).forEach(function (start) {
          if (start + c <= m) keys.push('=' + sub(q, start, start + c));
        });
      } else {
        var h = Math.floor((n - 1) / 2);
        if (h <= m) keys.push('<' + sub(q, 0, h), '>' + rev(q, h));
      }
    }
    keys.sort(cmp);
    return keys.filter(function (k, i) { return i === 0 || k !== keys[i - 1]; });
  }
  /* forgive::distance: optimal string alignment, capped at limit + 1. */
  function distance(a, b, limit) {
    a = Array.from(a);
    b = Array.from(b);
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var w = b.length + 1, d = new Array((a.length + 1) * w);
    for (var j = 0; j < w; j++) d[j] = j;
    for (var i = 1; i <= a.length; i++) {
      d[i * w] = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] !== b[j - 1] ? 1 : 0;
        var v = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
        d[i * w + j] = v;
      }
    }
    return Math.min(d[a.length * w + b.length], limit + 1);
  }
  /* forgive::typo_shard: FNV-1a over code points. */
  function typoShard(key, shards) {
    var h = 0x811c9dc5;
    for (var c of key) {
      h ^= c.codePointAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % Math.max(shards, 1);
  }
  /* forgive::nearest; `candidates` sorted in code-point order, no duplicates. */
  function nearest(stem, wordChars, candidates) {
    var limit = maxEdits(wordChars);
    if (limit === 0) return [];
    var found = [];
    candidates.forEach(function (t) {
      if (t === stem) return;
      var d = distance(stem, t, limit), r = reach(limit, t);
      if (r !== null && d <= r) found.push([d, t]);
    });
    var best = Math.min.apply(null, found.map(function (f) { return f[0]; }).concat([Infinity]));
    return found.filter(function (f) { return f[0] === best; }).map(function (f) { return f[1]; })
      .sort(cmp).slice(0, MAX_CORRECTIONS);
  }
  /* forgive::split, with `isTerm` a function returning a Promise of a boolean
   * (it may have to load a shard first). Resolves to the parts, or []. */
  function split(word, language, stem, isTerm) {
    var parts = [];
    return splitInto(word, language, stem, isTerm, parts).then(function (ok) { return ok ? parts : []; });
  }
  /* The first parts a split after k characters may take: the head, then in
   * Swedish the head without its linking `s`. */
  function headsAt(cs, k, language) {
    var head = sub(cs, 0, k);
    return language === 'sv' && k > MIN_PART_CHARS && cs[k - 1] === 's' ? [head, sub(cs, 0, k - 1)] : [head];
  }
  async function splitInto(word, language, stem, isTerm, parts) {
    var cs = Array.from(word);
    if (cs.length < 2 * MIN_PART_CHARS || parts.length + 2 > MAX_PARTS || !/^\p{Alphabetic}+$/u.test(word)) return false;
    /* Every head this level may try, asked for at once: one round of term-list
     * loads instead of one per head (a word that does not split tries them all). */
    var heads = [];
    for (var h = cs.length - MIN_PART_CHARS; h >= MIN_PART_CHARS; h--) heads.push.apply(heads, headsAt(cs, h, language));
    await Promise.all(heads.map(function (x) { return isTerm(stem(x)); }));
    for (var k = cs.length - MIN_PART_CHARS; k >= MIN_PART_CHARS; k--) {
      var head = null, tail = sub(cs, k, cs.length), options = headsAt(cs, k, language);
      for (var i = 0; i < options.length && head === null; i++) {
        if (await isTerm(stem(options[i]))) head = options[i];
      }
      if (head === null) continue;
      var before = parts.length;
      parts.push(head);
      if (await isTerm(stem(tail))) {
        parts.push(tail);
        return true;
      }
      if (await splitInto(tail, language, stem, isTerm, parts)) return true;
      parts.length = before;
    }
    return false;
  }
  /* Whether t is a term, from the term lists (m<i>.js): no postings to load. */
  var lists = [];
  /* forgive::term_list: by the first MIN_PART_CHARS characters. */
  function termList(t) {
    return typoShard(Array.from(t).slice(0, MIN_PART_CHARS).join(''), engine.entry().terms);
  }
  function isTerm(t) {
    var i = termList(t);
    if (!lists[i]) {
      lists[i] = engine.load(engine.entry().dir + 'm' + i + '.js').then(function (text) { return new Set(text.split(' ')); });
    }
    return lists[i].then(function (set) { return set.has(t); });
  }
  /* The typo index (export.rs): key → [term], and how terms are shown. */
  var filed = new Map(), shown = new Map();
  function typoCandidates(keys) {
    var ids = new Set(keys.map(function (k) { return typoShard(k, engine.entry().typo); }));
    return Promise.all(Array.from(ids).sort(function (a, b) { return a - b; }).map(function (i) {
      return engine.load(engine.entry().dir + 'k' + i + '.js').then(function (flat) {
        if (flat.read) return;
        flat.read = true;
        for (var k = 0; k < flat.length; k += 2) {
          filed.set(flat[k], flat[k + 1].split(' ').map(function (t) {
            var at = t.indexOf('=');
            if (at < 0) return t;
            shown.set(t.slice(0, at), t.slice(at + 1));
            return t.slice(0, at);
          }));
        }
      });
    })).then(function () {
      var out = [];
      keys.forEach(function (k) { out = out.concat(filed.get(k) || []); });
      out.sort(cmp);
      return out.filter(function (t, i) { return i === 0 || t !== out[i - 1]; });
    });
  }
  /* query::correct: a word that matches nothing, matched with its nearest terms. */
  function correct(p) {
    var typed = chars(p.word);
    return typoCandidates(queryKeys(p.stem, maxEdits(typed))).then(function (candidates) {
      var found = nearest(p.stem, typed, candidates);
      return engine.loadGroups([], found).then(function () {
        var ids = new Set();
        found.forEach(function (t) { engine.shardRange(t, true).forEach(function (i) { ids.add(i); }); });
        return engine.loadShards(Array.from(ids));
      }).then(function () {
        p.terms = found.map(function (t) { return [t, engine.TYPO_BOOST]; });
        p.corrected = found.map(function (t) { return [t, shown.get(t) || t]; });
        return p;
      });
    });
  }
  /* query::widen: for a query with few results, each typed word that matched as
   * typed, with its nearest terms other than those it matches. */
  function widen(planned) {
    var out = [];
    return planned.reduce(function (done, w) {
      return done.then(function () {
        if (w.origin !== 'typed' || w.corrected.length || !w.terms.length) return;
        return correct(Object.assign({}, w)).then(function (c) {
          var other = c.corrected.filter(function (tc) {
            return !w.terms.some(function (tb) { return tb[0] === tc[0]; });
          });
          if (other.length) {
            out.push(Object.assign({}, w, {
              terms: other.map(function (tc) { return [tc[0], engine.TYPO_BOOST]; }),
              corrected: other,
            }));
          }
        });
      });
    }, Promise.resolve()).then(function () { return out; });
  }
  return {
    split: function (word, stem) { return split(word, engine.entry().language, stem, isTerm); },
    correct: correct,
    widen: widen,
  };
});
