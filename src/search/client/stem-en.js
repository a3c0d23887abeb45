/* The Snowball English (Porter2) stemmer for luukku's search client: a line-by-line
 * port of frostem 1.20260821.8 (generated from english.sbl by Snowball 3.1.1,
 * https://snowballstem.org/, BSD licence), for the folded ASCII words the client
 * stems. Keep in step with the frostem version pinned in Cargo.toml.
 * Snowball: Copyright (c) 2001, Dr Martin Porter; (c) 2004,2005, Richard Boulton;
 * (c) 2013, Yoshiki Shibukawa; (c) 2006-2025, Olly Betts. All rights reserved.
 * Redistributed under the BSD-3-Clause licence (frostem's LICENSE-SNOWBALL). */
luukkuSearch.stemmer('en', function (Env) {
  'use strict';
  var A_0 = [['arsen', -1, -1], ['commun', -1, -1], ['emerg', -1, -1], ['gener', -1, -1], ['inter', -1, -1],
    ['later', -1, -1], ['organ', -1, -1], ['past', -1, -1], ['univers', -1, -1]];
  var A_1 = [["'", -1, 1], ["'s'", 0, 1], ["'s", -1, 1]];
  var A_2 = [['ied', -1, 2], ['s', -1, 3], ['ies', 1, 2], ['sses', 1, 1], ['ss', 1, -1], ['us', 1, -1]];
  var A_3 = [['succ', -1, 1], ['proc', -1, 1], ['exc', -1, 1]];
  var A_4 = [['even', -1, 2], ['cann', -1, 2], ['inn', -1, 2], ['earr', -1, 2], ['herr', -1, 2], ['out', -1, 2],
    ['y', -1, 1]];
  var A_5 = [['', -1, -1], ['ed', 0, 2], ['eed', 1, 1], ['ing', 0, 3], ['edly', 0, 2], ['eedly', 4, 1],
    ['ingly', 0, 2]];
  var A_6 = [['', -1, 3], ['bb', 0, 2], ['dd', 0, 2], ['ff', 0, 2], ['gg', 0, 2], ['bl', 0, 1], ['mm', 0, 2],
    ['nn', 0, 2], ['pp', 0, 2], ['rr', 0, 2], ['at', 0, 1], ['tt', 0, 2], ['iz', 0, 1]];
  var A_7 = [['anci', -1, 3], ['enci', -1, 2], ['ogi', -1, 14], ['li', -1, 16], ['bli', 3, 12], ['abli', 4, 4],
    ['alli', 3, 8], ['fulli', 3, 9], ['lessli', 3, 15], ['ousli', 3, 10], ['entli', 3, 5], ['aliti', -1, 8],
    ['biliti', -1, 12], ['iviti', -1, 11], ['tional', -1, 1], ['ational', 14, 7], ['alism', -1, 8],
    ['ation', -1, 7], ['ization', 17, 6], ['izer', -1, 6], ['ator', -1, 7], ['iveness', -1, 11],
    ['fulness', -1, 9], ['ousness', -1, 10], ['ogist', -1, 13]];
  var A_8 = [['icate', -1, 4], ['ative', -1, 6], ['alize', -1, 3], ['iciti', -1, 4], ['ical', -1, 4],
    ['tional', -1, 1], ['ational', 5, 2], ['ful', -1, 5], ['ness', -1, 5]];
  var A_9 = [['ic', -1, 1], ['ance', -1, 1], ['ence', -1, 1], ['able', -1, 1], ['ible', -1, 1], ['ate', -1, 1],
    ['ive', -1, 1], ['ize', -1, 1], ['iti', -1, 1], ['al', -1, 1], ['ism', -1, 1], ['ion', -1, 2], ['er', -1, 1],
    ['ous', -1, 1], ['ant', -1, 1], ['ent', -1, 1], ['ment', 15, 1], ['ement', 16, 1]];
  var A_10 = [['e', -1, 1], ['l', -1, 2]];
  var A_11 = [['andes', -1, -1], ['atlas', -1, -1], ['bias', -1, -1], ['cosmos', -1, -1], ['early', -1, 6],
    ['gently', -1, 4], ['howe', -1, -1], ['idly', -1, 3], ['news', -1, -1], ['only', -1, 7], ['singly', -1, 8],
    ['skies', -1, 2], ['skis', -1, 1], ['sky', -1, -1], ['ugly', -1, 5]];
  var G_aeo = [17, 64];
  var G_v = [17, 65, 16, 1];
  var G_v_WXY = [1, 17, 65, 208, 1];
  var G_valid_LI = [55, 141, 2];

  /* The generated quick checks: is the byte at `i` in a 32-letter bit set? */
  function quick(env, i, bits) {
    var c = env.code(i);
    return c >> 5 === 3 && ((bits >> (c & 0x1f)) & 1) !== 0;
  }
  function before(env, offset, bits) {
    return !(env.cursor - offset <= env.limit_backward) && quick(env, env.cursor - 1, bits);
  }

  function r_shortv(env) {
    var v_1 = env.limit - env.cursor;
    lab1: {
      if (!env.out_grouping_b(G_v_WXY, 89, 121)) break lab1;
      if (!env.in_grouping_b(G_v, 97, 121)) break lab1;
      if (!env.out_grouping_b(G_v, 97, 121)) break lab1;
      return true;
    }
    env.cursor = env.limit - v_1;
    lab2: {
      if (!env.out_grouping_b(G_v, 97, 121)) break lab2;
      if (!env.in_grouping_b(G_v, 97, 121)) break lab2;
      if (env.cursor > env.limit_backward) break lab2;
      return true;
    }
    env.cursor = env.limit - v_1;
    return env.eq_s_b('past');
  }

  /* Turns every `y` after a vowel into `Y` (found: whether any was). */
  function markY(env) {
    var found = false;
    for (;;) {
      var v_5 = env.cursor, hit = false;
      for (;;) {
        var v_6 = env.cursor;
        if (env.in_grouping(G_v, 97, 121)) {
          env.bra = env.cursor;
          if (env.eq_s('y')) {
            env.ket = env.cursor;
            env.cursor = v_6;
            hit = true;
            break;
          }
        }
        env.cursor = v_6;
        if (env.cursor >= env.limit) break;
        env.next_char();
      }
      if (!hit) { env.cursor = v_5; return found; }
      env.slice_from('Y');
      found = true;
    }
  }

  function stem(env) {
    var among_var, b_Y_found, i_p1, i_p2;
    lab0: {
      var v_1 = env.cursor;
      lab1: {
        env.bra = env.cursor;
        if (env.cursor + 2 >= env.limit || !quick(env, env.cursor + 2, 42750482)) break lab1;
        among_var = env.find_among(A_11);
        if (among_var === 0) break lab1;
        env.ket = env.cursor;
        if (env.cursor < env.limit) break lab1;
        switch (among_var) {
          case 1: env.slice_from('ski'); break;
          case 2: env.slice_from('sky'); break;
          case 3: env.slice_from('idl'); break;
          case 4: env.slice_from('gentl'); break;
          case 5: env.slice_from('ugli'); break;
          case 6: env.slice_from('earli'); break;
          case 7: env.slice_from('onli'); break;
          case 8: env.slice_from('singl'); break;
        }
        break lab0;
      }
      env.cursor = v_1;
      if (!env.hop(3)) break lab0;
      env.cursor = v_1;
      b_Y_found = false;
      var v_2 = env.cursor;
      lab5: {
        env.bra = env.cursor;
        if (!env.eq_s("'")) break lab5;
        env.ket = env.cursor;
        env.slice_del();
      }
      env.cursor = v_2;
      var v_3 = env.cursor;
      lab6: {
        env.bra = env.cursor;
        if (!env.eq_s('y')) break lab6;
        env.ket = env.cursor;
        env.slice_from('Y');
        b_Y_found = true;
      }
      env.cursor = v_3;
      var v_4 = env.cursor;
      if (markY(env)) b_Y_found = true;
      env.cursor = v_4;
      i_p1 = env.limit;
      i_p2 = env.limit;
      var v_7 = env.cursor;
      lab13: {
        lab14: {
          var v_8 = env.cursor;
          lab15: {
            if (env.cursor + 3 >= env.limit || !quick(env, env.cursor + 3, 5513250)) break lab15;
            if (env.find_among(A_0) === 0) break lab15;
            break lab14;
          }
          env.cursor = v_8;
          if (!env.go_out_grouping(G_v, 97, 121)) break lab13;
          env.next_char();
          if (!env.go_in_grouping(G_v, 97, 121)) break lab13;
          env.next_char();
        }
        i_p1 = env.cursor;
        if (!env.go_out_grouping(G_v, 97, 121)) break lab13;
        env.next_char();
        if (!env.go_in_grouping(G_v, 97, 121)) break lab13;
        env.next_char();
        i_p2 = env.cursor;
      }
      env.cursor = v_7;
      env.limit_backward = env.cursor;
      env.cursor = env.limit;
      var v_9 = env.limit - env.cursor;
      lab16: {
        var v_10 = env.limit - env.cursor;
        lab17: {
          env.ket = env.cursor;
          if (env.cursor <= env.limit_backward || (env.code(env.cursor - 1) !== 39 && env.code(env.cursor - 1) !== 115)) {
            env.cursor = env.limit - v_10;
            break lab17;
          }
          if (env.find_among_b(A_1) === 0) { env.cursor = env.limit - v_10; break lab17; }
          env.bra = env.cursor;
          env.slice_del();
        }
        env.ket = env.cursor;
        if (env.cursor <= env.limit_backward || (env.code(env.cursor - 1) !== 100 && env.code(env.cursor - 1) !== 115)) break lab16;
        among_var = env.find_among_b(A_2);
        if (among_var === 0) break lab16;
        env.bra = env.cursor;
        switch (among_var) {
          case 1:
            env.slice_from('ss');
            break;
          case 2: {
            var v_11 = env.limit - env.cursor;
            if (env.hop_back(2)) { env.slice_from('i'); break; }
            env.cursor = env.limit - v_11;
            env.slice_from('ie');
            break;
          }
          case 3:
            if (env.cursor <= env.limit_backward) break lab16;
            env.previous_char();
            if (!env.go_out_grouping_b(G_v, 97, 121)) break lab16;
            env.previous_char();
            env.slice_del();
            break;
        }
      }
      env.cursor = env.limit - v_9;
      var v_12 = env.limit - env.cursor;
      lab20: {
        env.ket = env.cursor;
        if (!before(env, 1, 33554576)) among_var = -1;
        else among_var = env.find_among_b(A_5);
        env.bra = env.cursor;
        lab21: {
          var v_13 = env.limit - env.cursor;
          lab22: {
            switch (among_var) {
              case 1: {
                var v_14 = env.limit - env.cursor;
                lab23: {
                  if (i_p1 > env.cursor) break lab23;
                  lab24: {
                    var v_15 = env.limit - env.cursor;
                    lab25: {
                      if (env.cursor - 2 <= env.limit_backward || env.code(env.cursor - 1) !== 99) break lab25;
                      if (env.find_among_b(A_3) === 0) break lab25;
                      if (env.cursor > env.limit_backward) break lab25;
                      break lab24;
                    }
                    env.cursor = env.limit - v_15;
                    env.slice_from('ee');
                  }
                }
                env.cursor = env.limit - v_14;
                break;
              }
              case 2:
                break lab22;
              case 3:
                if (!before(env, 0, 34881536)) break lab22;
                among_var = env.find_among_b(A_4);
                if (among_var === 0) break lab22;
                if (among_var === 1) {
                  var v_16 = env.limit - env.cursor;
                  if (!env.out_grouping_b(G_v, 97, 121)) break lab22;
                  if (env.cursor > env.limit_backward) break lab22;
                  env.cursor = env.limit - v_16;
                  env.bra = env.cursor;
                  env.slice_from('ie');
                } else if (among_var === 2) {
                  if (env.cursor > env.limit_backward) break lab22;
                }
                break;
            }
            break lab21;
          }
          env.cursor = env.limit - v_13;
          var v_17 = env.limit - env.cursor;
          if (!env.go_out_grouping_b(G_v, 97, 121)) break lab20;
          env.previous_char();
          env.cursor = env.limit - v_17;
          env.slice_del();
          env.ket = env.cursor;
          env.bra = env.cursor;
          var v_18 = env.limit - env.cursor;
          if (!before(env, 1, 68514004)) among_var = 3;
          else among_var = env.find_among_b(A_6);
          switch (among_var) {
            case 1:
              env.slice_from('e');
              break lab20;
            case 2: {
              var v_19 = env.limit - env.cursor;
              lab26: {
                if (!env.in_grouping_b(G_aeo, 97, 111)) break lab26;
                if (env.cursor > env.limit_backward) break lab26;
                break lab20;
              }
              env.cursor = env.limit - v_19;
              break;
            }
            case 3: {
              if (env.cursor !== i_p1) break lab20;
              var v_20 = env.limit - env.cursor;
              if (!r_shortv(env)) break lab20;
              env.cursor = env.limit - v_20;
              env.slice_from('e');
              break lab20;
            }
          }
          env.cursor = env.limit - v_18;
          env.ket = env.cursor;
          if (env.cursor <= env.limit_backward) break lab20;
          env.previous_char();
          env.bra = env.cursor;
          env.slice_del();
        }
      }
      env.cursor = env.limit - v_12;
      var v_21 = env.limit - env.cursor;
      lab27: {
        env.ket = env.cursor;
        if (!env.eq_s_b('y') && !env.eq_s_b('Y')) break lab27;
        env.bra = env.cursor;
        if (!env.out_grouping_b(G_v, 97, 121)) break lab27;
        if (env.cursor <= env.limit_backward) break lab27;
        env.slice_from('i');
      }
      env.cursor = env.limit - v_21;
      var v_22 = env.limit - env.cursor;
      lab30: {
        env.ket = env.cursor;
        if (!before(env, 1, 1864192)) break lab30;
        among_var = env.find_among_b(A_7);
        if (among_var === 0) break lab30;
        env.bra = env.cursor;
        if (i_p1 > env.cursor) break lab30;
        switch (among_var) {
          case 1: env.slice_from('tion'); break;
          case 2: env.slice_from('ence'); break;
          case 3: env.slice_from('ance'); break;
          case 4: env.slice_from('able'); break;
          case 5: env.slice_from('ent'); break;
          case 6: env.slice_from('ize'); break;
          case 7: env.slice_from('ate'); break;
          case 8: env.slice_from('al'); break;
          case 9: env.slice_from('ful'); break;
          case 10: env.slice_from('ous'); break;
          case 11: env.slice_from('ive'); break;
          case 12: env.slice_from('ble'); break;
          case 13: env.slice_from('og'); break;
          case 14:
            if (!env.eq_s_b('l')) break lab30;
            env.slice_from('og');
            break;
          case 15: env.slice_from('less'); break;
          case 16:
            if (!env.in_grouping_b(G_valid_LI, 99, 116)) break lab30;
            env.slice_del();
            break;
        }
      }
      env.cursor = env.limit - v_22;
      var v_23 = env.limit - env.cursor;
      lab31: {
        env.ket = env.cursor;
        if (!before(env, 2, 528928)) break lab31;
        among_var = env.find_among_b(A_8);
        if (among_var === 0) break lab31;
        env.bra = env.cursor;
        if (i_p1 > env.cursor) break lab31;
        switch (among_var) {
          case 1: env.slice_from('tion'); break;
          case 2: env.slice_from('ate'); break;
          case 3: env.slice_from('al'); break;
          case 4: env.slice_from('ic'); break;
          case 5: env.slice_del(); break;
          case 6:
            if (i_p2 > env.cursor) break lab31;
            env.slice_del();
            break;
        }
      }
      env.cursor = env.limit - v_23;
      var v_24 = env.limit - env.cursor;
      lab32: {
        env.ket = env.cursor;
        if (!before(env, 1, 1864232)) break lab32;
        among_var = env.find_among_b(A_9);
        if (among_var === 0) break lab32;
        env.bra = env.cursor;
        if (i_p2 > env.cursor) break lab32;
        if (among_var === 1) env.slice_del();
        else if (among_var === 2) {
          if (!env.eq_s_b('s') && !env.eq_s_b('t')) break lab32;
          env.slice_del();
        }
      }
      env.cursor = env.limit - v_24;
      var v_25 = env.limit - env.cursor;
      lab35: {
        env.ket = env.cursor;
        if (env.cursor <= env.limit_backward || (env.code(env.cursor - 1) !== 101 && env.code(env.cursor - 1) !== 108)) break lab35;
        among_var = env.find_among_b(A_10);
        if (among_var === 0) break lab35;
        env.bra = env.cursor;
        if (among_var === 1) {
          lab36: {
            if (i_p2 <= env.cursor) break lab36;
            if (i_p1 > env.cursor) break lab35;
            var v_26 = env.limit - env.cursor;
            if (r_shortv(env)) break lab35;
            env.cursor = env.limit - v_26;
          }
          env.slice_del();
        } else if (among_var === 2) {
          if (i_p2 > env.cursor) break lab35;
          if (!env.eq_s_b('l')) break lab35;
          env.slice_del();
        }
      }
      env.cursor = env.limit - v_25;
      env.cursor = env.limit_backward;
      var v_27 = env.cursor;
      if (b_Y_found) {
        for (;;) {
          var v_28 = env.cursor, hit = false;
          for (;;) {
            var v_29 = env.cursor;
            env.bra = env.cursor;
            if (env.eq_s('Y')) {
              env.ket = env.cursor;
              env.cursor = v_29;
              hit = true;
              break;
            }
            env.cursor = v_29;
            if (env.cursor >= env.limit) break;
            env.next_char();
          }
          if (!hit) { env.cursor = v_28; break; }
          env.slice_from('y');
        }
      }
      env.cursor = v_27;
    }
    return true;
  }

  return function (word) {
    var env = new Env(word);
    stem(env);
    return env.current;
  };
});
