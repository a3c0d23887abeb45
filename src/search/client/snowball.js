/* The Snowball runtime of the client's stemmers (stem-*.js): frostem's
 * SnowballEnv, for the folded ASCII words the client stems. Part of
 * search-engine.js; the engine hands SnowballEnv to each stemmer it loads. */
var SnowballEnv = (function () {
  'use strict';
  function Env(s) {
    this.current = s;
    this.cursor = 0;
    this.limit = s.length;
    this.limit_backward = 0;
    this.bra = 0;
    this.ket = 0;
  }
  function inSet(set, min, max, ch) {
    if (ch > max || ch < min) return false;
    ch -= min;
    return (set[ch >> 3] & (1 << (ch & 7))) !== 0;
  }
  Env.prototype = {
    code: function (i) { return this.current.charCodeAt(i); },
    replace_s: function (bra, ket, s) {
      var adj = s.length - (ket - bra);
      this.current = this.current.slice(0, bra) + s + this.current.slice(ket);
      this.limit += adj;
      if (this.cursor >= ket) this.cursor += adj;
      else if (this.cursor > bra) this.cursor = bra;
      return adj;
    },
    eq_s: function (s) {
      if (this.cursor >= this.limit || !this.current.startsWith(s, this.cursor)) return false;
      this.cursor += s.length;
      return true;
    },
    eq_s_b: function (s) {
      if (this.cursor - this.limit_backward < s.length || !this.current.startsWith(s, this.cursor - s.length)) return false;
      this.cursor -= s.length;
      return true;
    },
    slice_from: function (s) {
      this.replace_s(this.bra, this.ket, s);
      this.ket = this.bra + s.length;
    },
    slice_del: function () { this.slice_from(''); },
    slice_to: function () { return this.current.slice(this.bra, this.ket); },
    next_char: function () { this.cursor++; },
    previous_char: function () { this.cursor--; },
    hop: function (delta) {
      var res = this.cursor;
      while (delta-- > 0) { if (res >= this.limit) return false; res++; }
      this.cursor = res;
      return true;
    },
    hop_back: function (delta) {
      var res = this.cursor;
      while (delta-- > 0) { if (res <= this.limit_backward) return false; res--; }
      this.cursor = res;
      return true;
    },
    in_grouping: function (set, min, max) {
      if (this.cursor >= this.limit || !inSet(set, min, max, this.code(this.cursor))) return false;
      this.cursor++;
      return true;
    },
    go_in_grouping: function (set, min, max) {
      while (this.cursor < this.limit) {
        if (!inSet(set, min, max, this.code(this.cursor))) return true;
        this.cursor++;
      }
      return false;
    },
    in_grouping_b: function (set, min, max) {
      if (this.cursor <= this.limit_backward || !inSet(set, min, max, this.code(this.cursor - 1))) return false;
      this.cursor--;
      return true;
    },
    go_in_grouping_b: function (set, min, max) {
      while (this.cursor > this.limit_backward) {
        if (!inSet(set, min, max, this.code(this.cursor - 1))) return true;
        this.cursor--;
      }
      return false;
    },
    out_grouping: function (set, min, max) {
      if (this.cursor >= this.limit || inSet(set, min, max, this.code(this.cursor))) return false;
      this.cursor++;
      return true;
    },
    go_out_grouping: function (set, min, max) {
      while (this.cursor < this.limit) {
        if (inSet(set, min, max, this.code(this.cursor))) return true;
        this.cursor++;
      }
      return false;
    },
    out_grouping_b: function (set, min, max) {
      if (this.cursor <= this.limit_backward || inSet(set, min, max, this.code(this.cursor - 1))) return false;
      this.cursor--;
      return true;
    },
    go_out_grouping_b: function (set, min, max) {
      while (this.cursor > this.limit_backward) {
        if (inSet(set, min, max, this.code(this.cursor - 1))) return true;
        this.cursor--;
      }
      return false;
    },
    /* Binary search over an among table [[string, substring_i, result, method?]]. */
    find_among: function (v) {
      var i = 0, j = v.length, c = this.cursor, l = this.limit, ci = 0, cj = 0, first = false;
      for (;;) {
        var k = i + ((j - i) >> 1), diff = 0, common = ci < cj ? ci : cj, s = v[k][0];
        for (var x = common; x < s.length; x++) {
          if (c + common === l) { diff = -1; break; }
          diff = this.code(c + common) - s.charCodeAt(x);
          if (diff !== 0) break;
          common++;
        }
        if (diff < 0) { j = k; cj = common; } else { i = k; ci = common; }
        if (j - i <= 1) { if (i > 0 || j === i || first) break; first = true; }
      }
      return this.among_result(v, i, ci, c, 1);
    },
    find_among_b: function (v) {
      var i = 0, j = v.length, c = this.cursor, lb = this.limit_backward, ci = 0, cj = 0, first = false;
      for (;;) {
        var k = i + ((j - i) >> 1), diff = 0, common = ci < cj ? ci : cj, s = v[k][0];
        for (var x = s.length - 1 - common; x >= 0; x--) {
          if (c - common === lb) { diff = -1; break; }
          diff = this.code(c - common - 1) - s.charCodeAt(x);
          if (diff !== 0) break;
          common++;
        }
        if (diff < 0) { j = k; cj = common; } else { i = k; ci = common; }
        if (j - i <= 1) { if (i > 0 || j === i || first) break; first = true; }
      }
      return this.among_result(v, i, ci, c, -1);
    },
    among_result: function (v, i, ci, c, dir) {
      for (;;) {
        var w = v[i];
        if (ci >= w[0].length) {
          this.cursor = c + dir * w[0].length;
          if (!w[3]) return w[2];
          if (w[3](this)) { this.cursor = c + dir * w[0].length; return w[2]; }
        }
        i = w[1];
        if (i < 0) return 0;
      }
    },
  };
  return Env;
})();
