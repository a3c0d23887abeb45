/* The Snowball Swedish stemmer for luukku's search client: a line-by-line port of
 * frostem 1.20260821.8 (generated from swedish.sbl by Snowball 3.1.1,
 * https://snowballstem.org/, BSD licence), for the folded ASCII words the client
 * stems. Keep in step with the frostem version pinned in Cargo.toml.
 * Snowball: Copyright (c) 2001, Dr Martin Porter; (c) 2004,2005, Richard Boulton;
 * (c) 2013, Yoshiki Shibukawa; (c) 2006-2025, Olly Betts. All rights reserved.
 * Redistributed under the BSD-3-Clause licence (frostem's LICENSE-SNOWBALL). */
luukkuSearch.stemmer('sv', function (Env) {
  'use strict';
  var A_0 = [['fab', -1, -1], ['h', -1, -1], ['pak', -1, -1], ['rak', -1, -1], ['stak', -1, -1], ['kom', -1, -1],
    ['iet', -1, -1], ['cit', -1, -1], ['dit', -1, -1], ['alit', -1, -1], ['ilit', -1, -1], ['mit', -1, -1],
    ['nit', -1, -1], ['pit', -1, -1], ['rit', -1, -1], ['sit', -1, -1], ['tit', -1, -1], ['uit', -1, -1],
    ['ivit', -1, -1], ['kvit', -1, -1], ['xit', -1, -1]];
  var A_1 = [['a', -1, 1], ['arna', 0, 1], ['erna', 0, 1], ['heterna', 2, 1], ['orna', 0, 1], ['ad', -1, 1],
    ['e', -1, 1], ['ade', 6, 1], ['ande', 6, 1], ['arne', 6, 1], ['are', 6, 1], ['aste', 6, 1], ['en', -1, 1],
    ['anden', 12, 1], ['aren', 12, 1], ['heten', 12, 1], ['ern', -1, 1], ['ar', -1, 1], ['er', -1, 1],
    ['heter', 18, 1], ['or', -1, 1], ['s', -1, 2], ['as', 21, 1], ['arnas', 22, 1], ['ernas', 22, 1],
    ['ornas', 22, 1], ['es', 21, 1], ['ades', 26, 1], ['andes', 26, 1], ['ens', 21, 1], ['arens', 29, 1],
    ['hetens', 29, 1], ['erns', 21, 1], ['at', -1, 1], ['et', -1, 3], ['andet', 34, 1], ['het', 34, 1],
    ['ast', -1, 1]];
  var A_2 = [['dd', -1, -1], ['gd', -1, -1], ['nn', -1, -1], ['dt', -1, -1], ['gt', -1, -1], ['kt', -1, -1],
    ['tt', -1, -1]];
  var A_3 = [['ig', -1, 1], ['lig', 0, 1], ['els', -1, 1], ['fullt', -1, 3], ['öst', -1, 2]];
  var G_v = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 32];
  var G_s_ending = [119, 127, 149];
  var G_ost_ending = [173, 58];

  /* Whether the byte before the cursor is in a 32-letter bit set (the generated quick checks). */
  function quick(env, offset, bits) {
    if (env.cursor - offset <= env.limit_backward) return false;
    var c = env.code(env.cursor - 1);
    return c >> 5 === 3 && ((bits >> (c & 0x1f)) & 1) !== 0;
  }

  function r_et_condition(env) {
    var v_1 = env.limit - env.cursor;
    if (!env.out_grouping_b(G_v, 97, 246)) return false;
    if (!env.in_grouping_b(G_v, 97, 246)) return false;
    if (env.cursor <= env.limit_backward) return false;
    env.cursor = env.limit - v_1;
    var v_2 = env.limit - env.cursor;
    lab0: {
      if (!quick(env, 0, 1059076)) break lab0;
      if (env.find_among_b(A_0) === 0) break lab0;
      return false;
    }
    env.cursor = env.limit - v_2;
    return true;
  }

  function stem(env) {
    var among_var, i_x, i_p1;
    var v_1 = env.cursor;
    lab0: {
      i_p1 = env.limit;
      var v_2 = env.cursor;
      if (!env.hop(3)) break lab0;
      i_x = env.cursor;
      env.cursor = v_2;
      if (!env.go_out_grouping(G_v, 97, 246)) break lab0;
      env.next_char();
      if (!env.go_in_grouping(G_v, 97, 246)) break lab0;
      env.next_char();
      i_p1 = env.cursor;
      if (i_p1 < i_x) i_p1 = i_x;
    }
    env.cursor = v_1;
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    var v_3 = env.limit - env.cursor;
    lab2: {
      if (env.cursor < i_p1) break lab2;
      var v_4 = env.limit_backward;
      env.limit_backward = i_p1;
      env.ket = env.cursor;
      if (!quick(env, 0, 1851442)) { env.limit_backward = v_4; break lab2; }
      among_var = env.find_among_b(A_1);
      if (among_var === 0) { env.limit_backward = v_4; break lab2; }
      env.bra = env.cursor;
      env.limit_backward = v_4;
      switch (among_var) {
        case 1:
          env.slice_del();
          break;
        case 2:
          lab3: {
            var v_5 = env.limit - env.cursor;
            lab4: {
              if (!env.eq_s_b('et')) break lab4;
              if (!r_et_condition(env)) break lab4;
              env.bra = env.cursor;
              break lab3;
            }
            env.cursor = env.limit - v_5;
            if (!env.in_grouping_b(G_s_ending, 98, 121)) break lab2;
          }
          env.slice_del();
          break;
        case 3:
          if (!r_et_condition(env)) break lab2;
          env.slice_del();
          break;
      }
    }
    env.cursor = env.limit - v_3;
    var v_6 = env.limit - env.cursor;
    lab5: {
      if (env.cursor < i_p1) break lab5;
      var v_7 = env.limit_backward;
      env.limit_backward = i_p1;
      var v_8 = env.limit - env.cursor;
      if (!quick(env, 1, 1064976)) { env.limit_backward = v_7; break lab5; }
      if (env.find_among_b(A_2) === 0) { env.limit_backward = v_7; break lab5; }
      env.cursor = env.limit - v_8;
      env.ket = env.cursor;
      if (env.cursor <= env.limit_backward) { env.limit_backward = v_7; break lab5; }
      env.previous_char();
      env.bra = env.cursor;
      env.slice_del();
      env.limit_backward = v_7;
    }
    env.cursor = env.limit - v_6;
    var v_9 = env.limit - env.cursor;
    lab6: {
      if (env.cursor < i_p1) break lab6;
      var v_10 = env.limit_backward;
      env.limit_backward = i_p1;
      env.ket = env.cursor;
      if (!quick(env, 1, 1572992)) { env.limit_backward = v_10; break lab6; }
      among_var = env.find_among_b(A_3);
      if (among_var === 0) { env.limit_backward = v_10; break lab6; }
      env.bra = env.cursor;
      env.limit_backward = v_10;
      switch (among_var) {
        case 1:
          env.slice_del();
          break;
        case 2:
          if (!env.in_grouping_b(G_ost_ending, 105, 118)) break lab6;
          env.slice_from('ös');
          break;
        case 3:
          env.slice_from('full');
          break;
      }
    }
    env.cursor = env.limit - v_9;
    env.cursor = env.limit_backward;
    return true;
  }

  return function (word) {
    var env = new Env(word);
    stem(env);
    return env.current;
  };
});
