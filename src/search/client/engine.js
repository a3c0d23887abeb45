/* luukku search engine (src/search/client/engine.js), MIT OR Apache-2.0. */
/* The browser half of src/search/. Loads a locale's static index
 * (src/search/export.rs) with <script> elements, so it works from file:// as well
 * as from any host, and answers queries exactly as `luukku search` does: the same
 * analysis (analyzer.rs), the same query plan (query.rs) and tantivy's own per-term
 * BM25 scores, added up in f32 in the order tantivy adds them. No dependencies;
 * the page's search UI (the theme's search.js) talks to it through
 * window.luukkuSearch:
 *
 *   luukkuSearch.search(query, {limit, kind}) → Promise of [{key, url, href, title,
 *     kind, score, summary, excerpt}] (excerpt is HTML with <mark>ed words)
 *   luukkuSearch.query(query, {limit, kind}) → Promise of {results, total, counts}
 *
 * The <script> element that loads this file names the entry file of its locale's
 * index (data-entry), the stemmer of its language (data-stemmer, loaded beside the
 * entry) and the site root (data-root): the first two relative to the root, the
 * root relative to the page. */
(function (g) {
  'use strict';
  var doc = g.document;
  var own = doc && doc.currentScript;
  var config = {
    entry: own ? own.getAttribute('data-entry') : null,
    stemmer: own ? own.getAttribute('data-stemmer') : null,
    root: own ? own.getAttribute('data-root') || '' : '',
  };

  /* ---- Analysis: analyzer.rs, step by step ---- */
  var WORD = /[\p{Alphabetic}\p{N}]+/gu;
  var MARKS = /\p{M}/gu;
  var SPELT = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l' };
  var MAX_WORD_CHARS = 40;

  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[ßæœøđðþł]/g, function (c) {
      return SPELT[c];
    });
  }
  function chars(s) {
    return Array.from(s).length;
  }
  /* Folded words of a text, with their place in the (NFC) text. */
  function words(text) {
    var out = [];
    text = text.normalize('NFC');
    for (var m of text.matchAll(WORD)) {
      var w = fold(m[0]);
      if (w && chars(w) <= MAX_WORD_CHARS) out.push({ word: w, at: m.index, end: m.index + m[0].length });
    }
    return out;
  }
  var stemmers = {};
  function stemWith(stemmer, folded) {
    return stemmer && /^[\x00-\x7f]*$/.test(folded) ? stemmer(folded) : folded;
  }

  /* ---- Code-point order (how Rust sorts strings) ---- */
  function cmp(a, b) {
    var n = Math.min(a.length, b.length), i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === n) return a.length - b.length;
    return a.codePointAt(i) < b.codePointAt(i) ? -1 : 1;
  }
  function cut(s, n) {
    return Array.from(s).slice(0, n).join('');
  }

  /* ---- Query plan: query.rs ---- */
  var MAX_WORDS = 10, MAX_EXPANSIONS = 16, MIN_PREFIX_CHARS = 3, VARIANT_BOOST = 0.5, TYPO_BOOST = 0.25, SYNONYM_WEIGHT = 0.5;
  var FEW_RESULTS = 3;

  function endsInWord(q) {
    return /[\p{Alphabetic}\p{N}]$/u.test(q.normalize('NFC'));
  }
  /* The words of a query: [{word, stem, prefix}], duplicates by stem dropped. */
  function queryWords(q, stemmer) {
    var analyzed = words(q), open = endsInWord(q), out = [];
    analyzed.forEach(function (w, i) {
      var stem = stemWith(stemmer, w.word), prefix = open && i === analyzed.length - 1;
      var seen = out.find(function (o) { return o.stem === stem; });
      if (seen) seen.prefix = seen.prefix || prefix;
      else out.push({ word: w.word, stem: stem, prefix: prefix });
    });
    return out.slice(0, MAX_WORDS);
  }
  /* Where the index must be looked at for a word: prefixes and single terms. */
  function needs(w) {
    var s = w.stem, n = chars(s), prefixes = [], points = [s];
    if (n >= 4) prefixes.push(s);
    if (n >= 5) prefixes.push(cut(s, n - 1));
    if (w.prefix) [w.word, s].forEach(function (p) { if (chars(p) >= MIN_PREFIX_CHARS) prefixes.push(p); });
    for (var k = Math.max(n - 2, 5); k < n; k++) points.push(cut(s, k));
    return { prefixes: prefixes, points: points };
  }
  /* The terms a word matches, [[term, boost]] in code-point order. */
  function planWord(w, vocab, origin, of) {
    var s = w.stem, n = chars(s), ex = [];
    if (n >= 4) ex = ex.concat(vocab.withPrefix(s));
    if (n >= 5) ex = ex.concat(vocab.withPrefix(cut(s, n - 1)).filter(function (t) {
      var c = chars(t);
      return c >= n && c <= n + 1;
    }));
    if (w.prefix) [w.word, s].forEach(function (p) { if (chars(p) >= MIN_PREFIX_CHARS) ex = ex.concat(vocab.withPrefix(p)); });
    ex = ex.filter(function (t) { return t !== s; });
    ex.sort(function (a, b) { return chars(a) - chars(b) || cmp(a, b); });
    ex = ex.filter(function (t, i) { return i === 0 || t !== ex[i - 1]; }).slice(0, MAX_EXPANSIONS);
    var terms = new Map();
    ex.forEach(function (t) { terms.set(t, VARIANT_BOOST); });
    for (var k = Math.max(n - 2, 5); k < n; k++) {
      var shorter = cut(s, k);
      if (vocab.has(shorter)) terms.set(shorter, VARIANT_BOOST);
    }
    if (vocab.has(s)) terms.set(s, 1);
    return { word: w.word, stem: s, prefix: w.prefix, terms: Array.from(terms).sort(function (a, b) { return cmp(a[0], b[0]); }),
      origin: origin, of: of, corrected: [] };
  }

  /* ---- Loading: every file is a script that hands its data to us ---- */
  var files = {};
  function load(path) {
    var f = files[path];
    if (f) return f.promise;
    f = files[path] = {};
    f.promise = new Promise(function (resolve, reject) {
      var s = doc.createElement('script');
      s.src = config.root + path;
      s.async = true;
      s.onload = function () { resolve(f.data); };
      s.onerror = function () {
        delete files[path];
        reject(new Error('luukkuSearch: cannot load ' + path));
      };
      doc.head.appendChild(s);
    });
    return f.promise;
  }
  function arrive(path, data) {
    (files[path] = files[path] || {}).data = data;
  }

  /* ---- The index of this page's locale ---- */
  var DIGIT = new Int8Array(128).fill(-1);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(function (c, i) {
    DIGIT[c.charCodeAt(0)] = i;
  });
  function numbers(s) {
    var out = [], v = 0, scale = 1;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charCodeAt(i)];
      if (d >= 32) { v += (d - 32) * scale; scale *= 32; }
      else { out.push(v + d * scale); v = 0; scale = 1; }
    }
    return out;
  }
  var F32 = new Float32Array(1), U32 = new Uint32Array(F32.buffer);
  function postings(scoreCode, postingCode) {
    var table = numbers(scoreCode).map(function (bits) { U32[0] = bits; return F32[0]; });
    var nums = numbers(postingCode), step = table.length > 1 ? 2 : 1, n = nums.length / step;
    var docs = new Int32Array(n), scores = new Float32Array(n), d = -1;
    for (var i = 0; i < n; i++) {
      d += nums[i * step] + 1;
      docs[i] = d;
      scores[i] = table[step === 2 ? nums[i * step + 1] : 0];
    }
    return { docs: docs, scores: scores };
  }

  var opened = null, entry = null, stemmer = null, kinds = null, shards = [];
  function open() {
    if (!opened) {
      if (!config.entry) return Promise.reject(new Error('luukkuSearch: no data-entry on the script element'));
      var early = config.stemmer ? load(config.stemmer) : null;
      opened = load(config.entry).then(function (e) {
        entry = e;
        kinds = [];
        e.kinds.forEach(function (run) { for (var i = 0; i < run[1]; i++) kinds.push(run[0]); });
        return e.stemmer ? Promise.all([early, load(e.stemmer)]) : early;
      }).then(function () {
        stemmer = entry.language !== 'none' ? stemmers[entry.language] || null : null;
        if (entry.language !== 'none' && !stemmer) throw new Error('luukkuSearch: no stemmer for ' + entry.language);
        return entry;
      });
      opened.catch(function () { opened = null; });
    }
    return opened;
  }
  /* Where the term shards start (export.rs, `separators`): shard i holds the terms
   * from its separator up to the next shard's. The entry lists the separator of
   * every `group`-th shard; group file g<j> lists those of shards j·group onwards. */
  var groups = [];
  /* The last index of `seps` whose separator sorts at or before `prefix`, and,
   * unless a point is asked for, the next ones that start with it. */
  function range(seps, prefix, point) {
    var lo = 0, hi = seps.length - 1, out = [];
    if (!seps.length) return out;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (cmp(seps[mid], prefix) <= 0) lo = mid; else hi = mid - 1;
    }
    out.push(lo);
    if (!point) for (var i = lo + 1; i < seps.length && seps[i].startsWith(prefix); i++) out.push(i);
    return out;
  }
  /* Loads the group files that `shardRange` needs for these prefixes and points. */
  function loadGroups(prefixes, points) {
    var ids = new Set();
    prefixes.forEach(function (p) { range(entry.groups, p, false).forEach(function (j) { ids.add(j); }); });
    points.forEach(function (p) { range(entry.groups, p, true).forEach(function (j) { ids.add(j); }); });
    return Promise.all(Array.from(ids).map(function (j) {
      if (groups[j]) return groups[j];
      return load(entry.dir + 'g' + j + '.js').then(function (seps) { return (groups[j] = seps); });
    }));
  }
  /* The separator of shard i, if its group is loaded. */
  function separator(i) {
    var g = groups[Math.floor(i / entry.group)];
    return g ? g[i % entry.group] : undefined;
  }
  /* The shards that may hold the terms starting with `prefix` (or equal to a
   * point), among the groups loaded. */
  function shardRange(prefix, point) {
    var gs = range(entry.groups, prefix, point), out = [];
    if (!gs.length || !groups[gs[0]]) return out;
    var first = gs[0] * entry.group;
    var lo = first + range(groups[gs[0]], prefix, true)[0];
    out.push(lo);
    for (var i = lo + 1; !point && i < entry.shards; i++) {
      var sep = separator(i);
      if (sep === undefined || !sep.startsWith(prefix)) break;
      out.push(i);
    }
    return out;
  }
  function loadShards(ids) {
    return Promise.all(ids.map(function (i) {
      if (shards[i]) return shards[i];
      return load(entry.dir + 't' + i + '.js').then(function (flat) {
        var terms = [], map = new Map();
        for (var k = 0; k < flat.length; k += 3) {
          terms.push(flat[k]);
          map.set(flat[k], [flat[k + 1], flat[k + 2]]);
        }
        return (shards[i] = { terms: terms, map: map });
      });
    }));
  }
  /* The loaded part of the vocabulary, as the planner sees it. */
  var vocab = {
    has: function (t) { return !!find(t); },
    withPrefix: function (p) {
      var out = [];
      shardRange(p, false).forEach(function (i) {
        if (shards[i]) shards[i].terms.forEach(function (t) { if (t.startsWith(p)) out.push(t); });
      });
      return out;
    },
  };
  function find(t) {
    var s = shards[shardRange(t, true)[0]];
    var raw = s && s.map.get(t);
    if (!raw) return null;
    if (!raw.decoded) raw.decoded = postings(raw[0], raw[1]);
    return raw.decoded;
  }

  /* Loads the shards the words' plans need. */
  function loadNeeds(ws) {
    var prefixes = [], points = [];
    ws.forEach(function (w) {
      var need = needs(w);
      prefixes.push.apply(prefixes, need.prefixes);
      points.push.apply(points, need.points);
    });
    return loadGroups(prefixes, points).then(function () {
      var ids = new Set();
      prefixes.forEach(function (p) { shardRange(p, false).forEach(function (i) { ids.add(i); }); });
      points.forEach(function (p) { shardRange(p, true).forEach(function (i) { ids.add(i); }); });
      return loadShards(Array.from(ids).sort(function (a, b) { return a - b; }));
    });
  }
  /* The forgiving rules (forgive.js, loaded the first time a word matches
   * nothing, so an exact query never downloads them). */
  var makeForgiver = null, forgiver = null;
  function forgiving() {
    if (forgiver) return Promise.resolve(forgiver);
    return load(entry.forgive).then(function () {
      if (!makeForgiver) throw new Error('luukkuSearch: no forgiving rules in ' + entry.forgive);
      forgiver = forgiver || makeForgiver({
        entry: function () { return entry; }, load: load, loadShards: loadShards, loadGroups: loadGroups,
        shardRange: shardRange,
        TYPO_BOOST: TYPO_BOOST,
      });
      return forgiver;
    });
  }
  /* Loads what a query needs and plans it (query::plan). */
  function plan(q) {
    return open().then(function () {
      var ws = queryWords(q, stemmer);
      return loadNeeds(ws).then(async function () {
        var stem = function (w) { return stemWith(stemmer, w); };
        var stems = words(q).map(function (w) { return stem(w.word); });
        if (!entry.rules) {
          entry.rules = (entry.synonyms || []).map(function (r) {
            return { from: r.written.map(function (p) { return words(p).map(function (w) { return stem(w.word); }); }), written: r.written, to: r.to };
          });
        }
        var added = synonyms.expand(entry.rules, stems);
        var out = [], has = function (s) { return out.some(function (o) { return o.stem === s; }); };
        for (var w of ws) {
          if (has(w.stem)) continue;
          var p = planWord(w, vocab, 'typed', null);
          if (p.terms.length) { out.push(p); continue; }
          var f = await forgiving();
          var parts = await f.split(w.word, stem);
          if (!parts.length) {
            out.push(synonyms.matched(entry.rules, stems, p.stem) ? p : await f.correct(p));
            continue;
          }
          for (var part of parts) {
            var pw = { word: part, stem: stem(part), prefix: false };
            if (has(pw.stem)) continue;
            await loadNeeds([pw]);
            out.push(planWord(pw, vocab, 'part', w.word));
          }
        }
        for (var a of added) {
          for (var sw of words(a[0])) {
            var s = { word: sw.word, stem: stem(sw.word), prefix: false };
            if (has(s.stem)) continue;
            await loadNeeds([s]);
            var planned = planWord(s, vocab, 'synonym', a[1]);
            planned.terms.forEach(function (tb) { tb[1] *= SYNONYM_WEIGHT; });
            out.push(planned);
          }
        }
        return out;
      });
    });
  }

  /* Scores as tantivy does: per word the best of its terms (boost × BM25 sum over
   * fields, exported as f32), and per document the f32 sum over words in order. */
  function score(planned) {
    var n = entry.docs, total = new Float32Array(n), matched = new Uint8Array(n);
    var best = new Float32Array(n), seen = new Uint8Array(n);
    planned.forEach(function (w) {
      if (!w.terms.length) return;
      var touched = [];
      w.terms.forEach(function (tb) {
        var p = find(tb[0]), boost = tb[1];
        for (var i = 0; i < p.docs.length; i++) {
          var d = p.docs[i], s = boost === 1 ? p.scores[i] : Math.fround(boost * p.scores[i]);
          if (!seen[d]) { seen[d] = 1; best[d] = 0; touched.push(d); }
          if (s > best[d]) best[d] = s;
        }
      });
      touched.forEach(function (d) {
        total[d] = total[d] + best[d];
        matched[d] = 1;
        seen[d] = 0;
      });
    });
    var hits = [];
    for (var d = 0; d < n; d++) if (matched[d]) hits.push(d);
    hits.sort(function (a, b) { return total[b] - total[a] || a - b; });
    return hits.map(function (d) { return { doc: d, score: total[d] }; });
  }

  /* ---- Excerpts ---- */
  function escape(s) {
    return s.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  function matcher(planned) {
    var terms = new Set(), parts = [];
    planned.forEach(function (w) { w.terms.forEach(function (tb) { terms.add(tb[0]); if (chars(tb[0]) >= 4) parts.push(tb[0]); }); });
    return function (word) {
      return terms.has(stemWith(stemmer, word)) || parts.some(function (p) { return word.indexOf(p) >= 0; });
    };
  }
  var EXCERPT_WORDS = 18;
  /* A stretch of text around its first matched word, matched words in <mark>. */
  function excerpt(text, isMatch) {
    var ws = words(text);
    text = text.normalize('NFC');
    var first = ws.findIndex(function (w) { return isMatch(w.word); });
    if (first < 0) return null;
    var from = Math.max(0, first - 4), to = Math.min(ws.length, from + EXCERPT_WORDS);
    var start = from === 0 ? 0 : ws[from].at, end = to === ws.length ? text.length : ws[to - 1].end;
    var html = from > 0 ? '… ' : '', at = start;
    for (var i = from; i < to; i++) {
      if (!isMatch(ws[i].word)) continue;
      html += escape(text.slice(at, ws[i].at)) + '<mark>' + escape(text.slice(ws[i].at, ws[i].end)) + '</mark>';
      at = ws[i].end;
    }
    return html + escape(text.slice(at, end)) + (to < ws.length ? ' …' : '');
  }

  function query(q, opts) {
    opts = opts || {};
    var limit = opts.limit == null ? 10 : opts.limit;
    return plan(String(q || '')).then(function (planned) {
      var exact = score(planned);
      if (exact.length >= FEW_RESULTS) return [planned, exact, []];
      /* query::widen, as LocaleIndex::search: what only the corrections find, after the rest. */
      return forgiving().then(function (f) { return f.widen(planned); }).then(function (widened) {
        var found = new Set(exact.map(function (h) { return h.doc; }));
        var more = score(widened).filter(function (h) { return !found.has(h.doc); });
        more.forEach(function (h) { h.corrected = true; });
        return [planned, exact.concat(more), widened];
      });
    }).then(function (r) {
      var planned = r[0], all = r[1], counts = {};
      all.forEach(function (h) { var k = kinds[h.doc]; counts[k] = (counts[k] || 0) + 1; });
      var hits = opts.kind ? all.filter(function (h) { return kinds[h.doc] === opts.kind; }) : all;
      var isMatch = matcher(planned.concat(r[2]));
      return Promise.all(hits.slice(0, limit).map(function (h) {
        return load(entry.dir + 'd' + h.doc + '.js').then(function (f) {
          return {
            key: f.k, url: f.u, href: config.root + f.u, title: f.t, kind: f.y, score: h.score, summary: f.s,
            corrected: !!h.corrected,
            excerpt: excerpt(f.x, isMatch) || excerpt(f.s, isMatch) || escape(f.s),
          };
        });
      })).then(function (results) {
        return { results: results, total: hits.length, counts: counts, plan: planned, widened: r[2] };
      });
    });
  }

  g.luukkuSearch = {
    search: function (q, opts) { return query(q, opts).then(function (r) { return r.results; }); },
    query: query,
    /* Loads the entry and the stemmer ahead of the first query (on focus). */
    prepare: function () { return open().then(function () { return true; }); },
    /* How a query is matched, as `luukku search --explain` prints it. */
    explain: function (q) {
      return plan(String(q || '')).then(function (planned) {
        return {
          words: words(q).map(function (w) { return [w.word, stemWith(stemmer, w.word)]; }),
          plan: planned.map(function (w) {
            return { word: w.word, stem: w.stem, prefix: w.prefix, terms: w.terms, origin: w.origin, of: w.of, corrected: w.corrected };
          }),
        };
      });
    },
    entry: arrive,
    shard: arrive,
    doc: arrive,
    /* The stem of a folded word with a loaded stemmer (for tests and tools). */
    stem: function (language, word) { return stemWith(stemmers[language], word); },
    /* Called by stem-<language>.js with a function from a folded word to its stem. */
    stemmer: function (language, make) { stemmers[language] = make(SnowballEnv); },
    /* Called by forgive.js with a function from the engine's internals to its rules. */
    forgiver: function (make) { makeForgiver = make; },
  };
})(typeof window !== 'undefined' ? window : globalThis);
