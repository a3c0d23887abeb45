/* The Snowball Finnish stemmer for luukku's search client: a line-by-line port of
 * frostem 1.20260821.8 (generated from finnish.sbl by Snowball 3.1.1,
 * https://snowballstem.org/, BSD licence), for the folded ASCII words the client
 * stems. Keep in step with the frostem version pinned in Cargo.toml.
 * Snowball: Copyright (c) 2001, Dr Martin Porter; (c) 2004,2005, Richard Boulton;
 * (c) 2013, Yoshiki Shibukawa; (c) 2006-2025, Olly Betts. All rights reserved.
 * Redistributed under the BSD-3-Clause licence (frostem's LICENSE-SNOWBALL). */
luukkuSearch.stemmer('fi', function (Env) {
  'use strict';
  var A_0 = [['pa', -1, 1], ['sti', -1, 2], ['kaan', -1, 1], ['han', -1, 1], ['kin', -1, 1], ['hän', -1, 1],
    ['kään', -1, 1], ['ko', -1, 1], ['pä', -1, 1], ['kö', -1, 1]];
  var A_1 = [['lla', -1, -1], ['na', -1, -1], ['ssa', -1, -1], ['ta', -1, -1], ['lta', 3, -1], ['sta', 3, -1]];
  var A_2 = [['llä', -1, -1], ['nä', -1, -1], ['ssä', -1, -1], ['tä', -1, -1], ['ltä', 3, -1], ['stä', 3, -1]];
  var A_3 = [['lle', -1, -1], ['ine', -1, -1]];
  var A_4 = [['nsa', -1, 3], ['mme', -1, 3], ['nne', -1, 3], ['ni', -1, 2], ['si', -1, 1], ['an', -1, 4],
    ['en', -1, 6], ['än', -1, 5], ['nsä', -1, 3]];
  var A_5 = [['aa', -1, -1], ['ee', -1, -1], ['ii', -1, -1], ['oo', -1, -1], ['uu', -1, -1], ['ää', -1, -1],
    ['öö', -1, -1]];
  var A_6 = [["'", -1, -1], ['ai', -1, -1], ['ei', -1, -1], ['ii', -1, -1], ['oi', -1, -1], ['ui', -1, -1],
    ['äi', -1, -1], ['öi', -1, -1]];
  var A_7 = [['a', -1, 2], ['lla', 0, -1], ['na', 0, -1], ['ssa', 0, -1], ['ta', 0, -1], ['lta', 4, -1],
    ['sta', 4, -1], ['tta', 4, 3], ['lle', -1, -1], ['ine', -1, -1], ['ksi', -1, -1], ['n', -1, 1],
    ['han', 11, -1, r_A], ['den', 11, -1, r_VI], ['seen', 11, -1, r_LV], ['hen', 11, -1, r_E],
    ['tten', 11, -1, r_VI], ['hin', 11, -1, r_I], ['siin', 11, -1, r_VI], ['hon', 11, -1, r_O],
    ['hun', 11, -1, r_U], ['hän', 11, -1, r_A_], ['hön', 11, -1, r_O_], ['ä', -1, 2], ['llä', 23, -1],
    ['nä', 23, -1], ['ssä', 23, -1], ['tä', 23, -1], ['ltä', 27, -1], ['stä', 27, -1], ['ttä', 27, 3]];
  var A_8 = [['eja', -1, -1], ['mma', -1, 1], ['imma', 1, -1], ['mpa', -1, 1], ['impa', 3, -1], ['mmi', -1, 1],
    ['immi', 5, -1], ['mpi', -1, 1], ['impi', 7, -1], ['ejä', -1, -1], ['mmä', -1, 1], ['immä', 10, -1],
    ['mpä', -1, 1], ['impä', 12, -1]];
  var A_10 = [['mma', -1, 1], ['imma', 0, -1]];
  var G_AEI = [17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8];
  var G_C = [119, 223, 119, 1];
  var G_v = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32];
  var G_particle_end = [17, 97, 24, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 32];

  function r_LV(env) { return env.find_among_b(A_5) !== 0; }
  function r_VI(env) {
    if (env.cursor <= env.limit_backward || (env.code(env.cursor - 1) !== 39 && env.code(env.cursor - 1) !== 105)) return false;
    return env.find_among_b(A_6) !== 0;
  }
  /* r_A, r_E, …: the ending is preceded by that vowel or an apostrophe. */
  function vowelOrApostrophe(v) {
    return function (env) { return env.eq_s_b(v) || env.eq_s_b("'"); };
  }
  function r_A(env) { return vowelOrApostrophe('a')(env); }
  function r_E(env) { return vowelOrApostrophe('e')(env); }
  function r_I(env) { return vowelOrApostrophe('i')(env); }
  function r_O(env) { return vowelOrApostrophe('o')(env); }
  function r_U(env) { return vowelOrApostrophe('u')(env); }
  function r_A_(env) { return vowelOrApostrophe('ä')(env); }
  function r_O_(env) { return env.eq_s_b('ö') || env.eq_s_b('ø') || env.eq_s_b("'"); }

  function stem(env) {
    var among_var, b_ending_removed, i_p1, i_p2, v;
    var v_1 = env.cursor;
    lab0: {
      i_p1 = env.limit;
      i_p2 = env.limit;
      if (!env.go_out_grouping(G_v, 97, 246)) break lab0;
      env.next_char();
      if (!env.go_in_grouping(G_v, 97, 246)) break lab0;
      env.next_char();
      i_p1 = env.cursor;
      if (!env.go_out_grouping(G_v, 97, 246)) break lab0;
      env.next_char();
      if (!env.go_in_grouping(G_v, 97, 246)) break lab0;
      env.next_char();
      i_p2 = env.cursor;
    }
    env.cursor = v_1;
    b_ending_removed = false;
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    var v_2 = env.limit - env.cursor;
    lab1: {
      if (env.cursor < i_p1) break lab1;
      var v_3 = env.limit_backward;
      env.limit_backward = i_p1;
      env.ket = env.cursor;
      among_var = env.find_among_b(A_0);
      if (among_var === 0) { env.limit_backward = v_3; break lab1; }
      env.bra = env.cursor;
      env.limit_backward = v_3;
      if (among_var === 1) { if (!env.in_grouping_b(G_particle_end, 97, 246)) break lab1; }
      else if (among_var === 2) { if (i_p2 > env.cursor) break lab1; }
      env.slice_del();
    }
    env.cursor = env.limit - v_2;
    var v_4 = env.limit - env.cursor;
    lab2: {
      if (env.cursor < i_p1) break lab2;
      var v_5 = env.limit_backward;
      env.limit_backward = i_p1;
      env.ket = env.cursor;
      among_var = env.find_among_b(A_4);
      if (among_var === 0) { env.limit_backward = v_5; break lab2; }
      env.bra = env.cursor;
      env.limit_backward = v_5;
      switch (among_var) {
        case 1:
          if (env.eq_s_b('k')) break lab2;
          env.slice_del();
          break;
        case 2:
          env.slice_del();
          env.ket = env.cursor;
          if (!env.eq_s_b('kse')) break lab2;
          env.bra = env.cursor;
          env.slice_from('ksi');
          break;
        case 3:
          env.slice_del();
          break;
        case 4:
          if (env.cursor - 1 <= env.limit_backward || env.code(env.cursor - 1) !== 97) break lab2;
          if (env.find_among_b(A_1) === 0) break lab2;
          env.slice_del();
          break;
        case 5:
          if (env.cursor - 1 <= env.limit_backward || env.code(env.cursor - 1) !== 228) break lab2;
          if (env.find_among_b(A_2) === 0) break lab2;
          env.slice_del();
          break;
        case 6:
          if (env.cursor - 2 <= env.limit_backward || env.code(env.cursor - 1) !== 101) break lab2;
          if (env.find_among_b(A_3) === 0) break lab2;
          env.slice_del();
          break;
      }
    }
    env.cursor = env.limit - v_4;
    var v_6 = env.limit - env.cursor;
    lab4: {
      if (env.cursor < i_p1) break lab4;
      var v_7 = env.limit_backward;
      env.limit_backward = i_p1;
      env.ket = env.cursor;
      among_var = env.find_among_b(A_7);
      if (among_var === 0) { env.limit_backward = v_7; break lab4; }
      env.bra = env.cursor;
      env.limit_backward = v_7;
      switch (among_var) {
        case 1: {
          var v_8 = env.limit - env.cursor;
          lab5: {
            var v_9 = env.limit - env.cursor;
            lab6: {
              var v_10 = env.limit - env.cursor;
              if (r_LV(env)) break lab6;
              env.cursor = env.limit - v_10;
              if (!env.eq_s_b('ie')) { env.cursor = env.limit - v_8; break lab5; }
            }
            env.cursor = env.limit - v_9;
            if (env.cursor <= env.limit_backward) { env.cursor = env.limit - v_8; break lab5; }
            env.previous_char();
            env.bra = env.cursor;
          }
          break;
        }
        case 2:
          if (!env.in_grouping_b(G_v, 97, 246)) break lab4;
          if (!env.in_grouping_b(G_C, 98, 122)) break lab4;
          break;
        case 3:
          if (!env.eq_s_b('e')) break lab4;
          break;
      }
      env.slice_del();
      b_ending_removed = true;
    }
    env.cursor = env.limit - v_6;
    var v_11 = env.limit - env.cursor;
    lab8: {
      if (env.cursor < i_p2) break lab8;
      var v_12 = env.limit_backward;
      env.limit_backward = i_p2;
      env.ket = env.cursor;
      among_var = env.find_among_b(A_8);
      if (among_var === 0) { env.limit_backward = v_12; break lab8; }
      env.bra = env.cursor;
      env.limit_backward = v_12;
      if (among_var === 1 && env.eq_s_b('po')) break lab8;
      env.slice_del();
    }
    env.cursor = env.limit - v_11;
    lab10: {
      if (b_ending_removed) {
        var v_13 = env.limit - env.cursor;
        lab12: {
          if (env.cursor < i_p1) break lab12;
          var v_14 = env.limit_backward;
          env.limit_backward = i_p1;
          env.ket = env.cursor;
          if (env.cursor <= env.limit_backward || (env.code(env.cursor - 1) !== 105 && env.code(env.cursor - 1) !== 106)) {
            env.limit_backward = v_14;
            break lab12;
          }
          env.cursor -= 1;
          env.bra = env.cursor;
          env.limit_backward = v_14;
          env.slice_del();
        }
        env.cursor = env.limit - v_13;
        break lab10;
      }
      var v_15 = env.limit - env.cursor;
      lab13: {
        if (env.cursor < i_p1) break lab13;
        var v_16 = env.limit_backward;
        env.limit_backward = i_p1;
        env.ket = env.cursor;
        if (!env.eq_s_b('t')) { env.limit_backward = v_16; break lab13; }
        env.bra = env.cursor;
        var v_17 = env.limit - env.cursor;
        if (!env.in_grouping_b(G_v, 97, 246)) { env.limit_backward = v_16; break lab13; }
        env.cursor = env.limit - v_17;
        env.slice_del();
        env.limit_backward = v_16;
        if (env.cursor < i_p2) break lab13;
        var v_18 = env.limit_backward;
        env.limit_backward = i_p2;
        env.ket = env.cursor;
        if (env.cursor - 2 <= env.limit_backward || env.code(env.cursor - 1) !== 97) { env.limit_backward = v_18; break lab13; }
        among_var = env.find_among_b(A_10);
        if (among_var === 0) { env.limit_backward = v_18; break lab13; }
        env.bra = env.cursor;
        env.limit_backward = v_18;
        if (among_var === 1 && env.eq_s_b('po')) break lab13;
        env.slice_del();
      }
      env.cursor = env.limit - v_15;
    }
    var v_19 = env.limit - env.cursor;
    lab15: {
      if (env.cursor < i_p1) break lab15;
      var v_20 = env.limit_backward;
      env.limit_backward = i_p1;
      var v_21 = env.limit - env.cursor;
      lab16: {
        var v_22 = env.limit - env.cursor;
        if (!r_LV(env)) break lab16;
        env.cursor = env.limit - v_22;
        env.ket = env.cursor;
        if (env.cursor <= env.limit_backward) break lab16;
        env.previous_char();
        env.bra = env.cursor;
        env.slice_del();
      }
      env.cursor = env.limit - v_21;
      var v_23 = env.limit - env.cursor;
      lab17: {
        env.ket = env.cursor;
        if (!env.in_grouping_b(G_AEI, 97, 228)) break lab17;
        env.bra = env.cursor;
        if (!env.in_grouping_b(G_C, 98, 122)) break lab17;
        env.slice_del();
      }
      env.cursor = env.limit - v_23;
      var v_24 = env.limit - env.cursor;
      lab18: {
        env.ket = env.cursor;
        if (!env.eq_s_b('j')) break lab18;
        env.bra = env.cursor;
        if (!env.eq_s_b('o') && !env.eq_s_b('u')) break lab18;
        env.slice_del();
      }
      env.cursor = env.limit - v_24;
      var v_25 = env.limit - env.cursor;
      lab21: {
        env.ket = env.cursor;
        if (!env.eq_s_b('o')) break lab21;
        env.bra = env.cursor;
        if (!env.eq_s_b('j')) break lab21;
        env.slice_del();
      }
      env.cursor = env.limit - v_25;
      env.limit_backward = v_20;
      var v_26 = env.limit - env.cursor;
      lab22: {
        if (!env.go_in_grouping_b(G_v, 97, 246)) break lab22;
        env.ket = env.cursor;
        if (!env.in_grouping_b(G_C, 98, 122)) break lab22;
        env.bra = env.cursor;
        v = env.slice_to();
        if (!env.eq_s_b(v)) break lab22;
        env.slice_del();
      }
      env.cursor = env.limit - v_26;
      env.ket = env.cursor;
      if (!env.eq_s_b("'")) break lab15;
      env.bra = env.cursor;
      env.slice_del();
    }
    env.cursor = env.limit - v_19;
    env.cursor = env.limit_backward;
    return true;
  }

  return function (word) {
    var env = new Env(word);
    stem(env);
    return env.current;
  };
});
