import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { c as I } from "./chunk-RECWWCY6.mjs";
var V = I((B) => {
  "use strict";
  var Ai =
    typeof Uint8Array < "u" &&
    typeof Uint16Array < "u" &&
    typeof Int32Array < "u";
  function Di(e, i) {
    return Object.prototype.hasOwnProperty.call(e, i);
  }
  B.assign = function (e) {
    for (var i = Array.prototype.slice.call(arguments, 1); i.length;) {
      var t = i.shift();
      if (t) {
        if (typeof t != "object") throw new TypeError(t + "must be non-object");
        for (var a in t) Di(t, a) && (e[a] = t[a]);
      }
    }
    return e;
  };
  B.shrinkBuf = function (e, i) {
    return e.length === i
      ? e
      : e.subarray
        ? e.subarray(0, i)
        : ((e.length = i), e);
  };
  var Zi = {
      arraySet: function (e, i, t, a, r) {
        if (i.subarray && e.subarray) {
          e.set(i.subarray(t, t + a), r);
          return;
        }
        for (var n = 0; n < a; n++) e[r + n] = i[t + n];
      },
      flattenChunks: function (e) {
        var i, t, a, r, n, _;
        for (a = 0, i = 0, t = e.length; i < t; i++) a += e[i].length;
        for (_ = new Uint8Array(a), r = 0, i = 0, t = e.length; i < t; i++)
          ((n = e[i]), _.set(n, r), (r += n.length));
        return _;
      },
    },
    Ri = {
      arraySet: function (e, i, t, a, r) {
        for (var n = 0; n < a; n++) e[r + n] = i[t + n];
      },
      flattenChunks: function (e) {
        return [].concat.apply([], e);
      },
    };
  B.setTyped = function (e) {
    e
      ? ((B.Buf8 = Uint8Array),
        (B.Buf16 = Uint16Array),
        (B.Buf32 = Int32Array),
        B.assign(B, Zi))
      : ((B.Buf8 = Array),
        (B.Buf16 = Array),
        (B.Buf32 = Array),
        B.assign(B, Ri));
  };
  B.setTyped(Ai);
});
var oa = I((be) => {
  "use strict";
  var Ni = V(),
    Oi = 4,
    Kt = 0,
    Pt = 1,
    Ii = 2;
  function se(e) {
    for (var i = e.length; --i >= 0;) e[i] = 0;
  }
  var Bi = 0,
    Wt = 1,
    Ci = 2,
    Li = 3,
    Fi = 258,
    ut = 29,
    De = 256,
    ze = De + 1 + ut,
    ce = 30,
    vt = 19,
    Vt = 2 * ze + 1,
    fe = 15,
    ft = 16,
    Mi = 7,
    ct = 256,
    Jt = 16,
    Qt = 17,
    $t = 18,
    ot = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5,
      5, 5, 5, 0,
    ],
    Ye = [
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
      11, 11, 12, 12, 13, 13,
    ],
    Hi = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7],
    ea = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15],
    Ui = 512,
    J = new Array((ze + 2) * 2);
  se(J);
  var ye = new Array(ce * 2);
  se(ye);
  var me = new Array(Ui);
  se(me);
  var Te = new Array(Fi - Li + 1);
  se(Te);
  var st = new Array(ut);
  se(st);
  var Xe = new Array(ce);
  se(Xe);
  function lt(e, i, t, a, r) {
    ((this.static_tree = e),
      (this.extra_bits = i),
      (this.extra_base = t),
      (this.elems = a),
      (this.max_length = r),
      (this.has_stree = e && e.length));
  }
  var ta, aa, ia;
  function _t(e, i) {
    ((this.dyn_tree = e), (this.max_code = 0), (this.stat_desc = i));
  }
  function ra(e) {
    return e < 256 ? me[e] : me[256 + (e >>> 7)];
  }
  function Ae(e, i) {
    ((e.pending_buf[e.pending++] = i & 255),
      (e.pending_buf[e.pending++] = (i >>> 8) & 255));
  }
  function L(e, i, t) {
    e.bi_valid > ft - t
      ? ((e.bi_buf |= (i << e.bi_valid) & 65535),
        Ae(e, e.bi_buf),
        (e.bi_buf = i >> (ft - e.bi_valid)),
        (e.bi_valid += t - ft))
      : ((e.bi_buf |= (i << e.bi_valid) & 65535), (e.bi_valid += t));
  }
  function X(e, i, t) {
    L(e, t[i * 2], t[i * 2 + 1]);
  }
  function na(e, i) {
    var t = 0;
    do ((t |= e & 1), (e >>>= 1), (t <<= 1));
    while (--i > 0);
    return t >>> 1;
  }
  function Ki(e) {
    e.bi_valid === 16
      ? (Ae(e, e.bi_buf), (e.bi_buf = 0), (e.bi_valid = 0))
      : e.bi_valid >= 8 &&
        ((e.pending_buf[e.pending++] = e.bi_buf & 255),
        (e.bi_buf >>= 8),
        (e.bi_valid -= 8));
  }
  function Pi(e, i) {
    var t = i.dyn_tree,
      a = i.max_code,
      r = i.stat_desc.static_tree,
      n = i.stat_desc.has_stree,
      _ = i.stat_desc.extra_bits,
      f = i.stat_desc.extra_base,
      d = i.stat_desc.max_length,
      l,
      h,
      x,
      u,
      o,
      s,
      c = 0;
    for (u = 0; u <= fe; u++) e.bl_count[u] = 0;
    for (t[e.heap[e.heap_max] * 2 + 1] = 0, l = e.heap_max + 1; l < Vt; l++)
      ((h = e.heap[l]),
        (u = t[t[h * 2 + 1] * 2 + 1] + 1),
        u > d && ((u = d), c++),
        (t[h * 2 + 1] = u),
        !(h > a) &&
          (e.bl_count[u]++,
          (o = 0),
          h >= f && (o = _[h - f]),
          (s = t[h * 2]),
          (e.opt_len += s * (u + o)),
          n && (e.static_len += s * (r[h * 2 + 1] + o))));
    if (c !== 0) {
      do {
        for (u = d - 1; e.bl_count[u] === 0;) u--;
        (e.bl_count[u]--, (e.bl_count[u + 1] += 2), e.bl_count[d]--, (c -= 2));
      } while (c > 0);
      for (u = d; u !== 0; u--)
        for (h = e.bl_count[u]; h !== 0;)
          ((x = e.heap[--l]),
            !(x > a) &&
              (t[x * 2 + 1] !== u &&
                ((e.opt_len += (u - t[x * 2 + 1]) * t[x * 2]),
                (t[x * 2 + 1] = u)),
              h--));
    }
  }
  function fa(e, i, t) {
    var a = new Array(fe + 1),
      r = 0,
      n,
      _;
    for (n = 1; n <= fe; n++) a[n] = r = (r + t[n - 1]) << 1;
    for (_ = 0; _ <= i; _++) {
      var f = e[_ * 2 + 1];
      f !== 0 && (e[_ * 2] = na(a[f]++, f));
    }
  }
  function Yi() {
    var e,
      i,
      t,
      a,
      r,
      n = new Array(fe + 1);
    for (t = 0, a = 0; a < ut - 1; a++)
      for (st[a] = t, e = 0; e < 1 << ot[a]; e++) Te[t++] = a;
    for (Te[t - 1] = a, r = 0, a = 0; a < 16; a++)
      for (Xe[a] = r, e = 0; e < 1 << Ye[a]; e++) me[r++] = a;
    for (r >>= 7; a < ce; a++)
      for (Xe[a] = r << 7, e = 0; e < 1 << (Ye[a] - 7); e++) me[256 + r++] = a;
    for (i = 0; i <= fe; i++) n[i] = 0;
    for (e = 0; e <= 143;) ((J[e * 2 + 1] = 8), e++, n[8]++);
    for (; e <= 255;) ((J[e * 2 + 1] = 9), e++, n[9]++);
    for (; e <= 279;) ((J[e * 2 + 1] = 7), e++, n[7]++);
    for (; e <= 287;) ((J[e * 2 + 1] = 8), e++, n[8]++);
    for (fa(J, ze + 1, n), e = 0; e < ce; e++)
      ((ye[e * 2 + 1] = 5), (ye[e * 2] = na(e, 5)));
    ((ta = new lt(J, ot, De + 1, ze, fe)),
      (aa = new lt(ye, Ye, 0, ce, fe)),
      (ia = new lt(new Array(0), Hi, 0, vt, Mi)));
  }
  function la(e) {
    var i;
    for (i = 0; i < ze; i++) e.dyn_ltree[i * 2] = 0;
    for (i = 0; i < ce; i++) e.dyn_dtree[i * 2] = 0;
    for (i = 0; i < vt; i++) e.bl_tree[i * 2] = 0;
    ((e.dyn_ltree[ct * 2] = 1),
      (e.opt_len = e.static_len = 0),
      (e.last_lit = e.matches = 0));
  }
  function _a(e) {
    (e.bi_valid > 8
      ? Ae(e, e.bi_buf)
      : e.bi_valid > 0 && (e.pending_buf[e.pending++] = e.bi_buf),
      (e.bi_buf = 0),
      (e.bi_valid = 0));
  }
  function Xi(e, i, t, a) {
    (_a(e),
      a && (Ae(e, t), Ae(e, ~t)),
      Ni.arraySet(e.pending_buf, e.window, i, t, e.pending),
      (e.pending += t));
  }
  function Yt(e, i, t, a) {
    var r = i * 2,
      n = t * 2;
    return e[r] < e[n] || (e[r] === e[n] && a[i] <= a[t]);
  }
  function ht(e, i, t) {
    for (
      var a = e.heap[t], r = t << 1;
      r <= e.heap_len &&
      (r < e.heap_len && Yt(i, e.heap[r + 1], e.heap[r], e.depth) && r++,
      !Yt(i, a, e.heap[r], e.depth));
    )
      ((e.heap[t] = e.heap[r]), (t = r), (r <<= 1));
    e.heap[t] = a;
  }
  function Xt(e, i, t) {
    var a,
      r,
      n = 0,
      _,
      f;
    if (e.last_lit !== 0)
      do
        ((a =
          (e.pending_buf[e.d_buf + n * 2] << 8) |
          e.pending_buf[e.d_buf + n * 2 + 1]),
          (r = e.pending_buf[e.l_buf + n]),
          n++,
          a === 0
            ? X(e, r, i)
            : ((_ = Te[r]),
              X(e, _ + De + 1, i),
              (f = ot[_]),
              f !== 0 && ((r -= st[_]), L(e, r, f)),
              a--,
              (_ = ra(a)),
              X(e, _, t),
              (f = Ye[_]),
              f !== 0 && ((a -= Xe[_]), L(e, a, f))));
      while (n < e.last_lit);
    X(e, ct, i);
  }
  function dt(e, i) {
    var t = i.dyn_tree,
      a = i.stat_desc.static_tree,
      r = i.stat_desc.has_stree,
      n = i.stat_desc.elems,
      _,
      f,
      d = -1,
      l;
    for (e.heap_len = 0, e.heap_max = Vt, _ = 0; _ < n; _++)
      t[_ * 2] !== 0
        ? ((e.heap[++e.heap_len] = d = _), (e.depth[_] = 0))
        : (t[_ * 2 + 1] = 0);
    for (; e.heap_len < 2;)
      ((l = e.heap[++e.heap_len] = d < 2 ? ++d : 0),
        (t[l * 2] = 1),
        (e.depth[l] = 0),
        e.opt_len--,
        r && (e.static_len -= a[l * 2 + 1]));
    for (i.max_code = d, _ = e.heap_len >> 1; _ >= 1; _--) ht(e, t, _);
    l = n;
    do
      ((_ = e.heap[1]),
        (e.heap[1] = e.heap[e.heap_len--]),
        ht(e, t, 1),
        (f = e.heap[1]),
        (e.heap[--e.heap_max] = _),
        (e.heap[--e.heap_max] = f),
        (t[l * 2] = t[_ * 2] + t[f * 2]),
        (e.depth[l] = (e.depth[_] >= e.depth[f] ? e.depth[_] : e.depth[f]) + 1),
        (t[_ * 2 + 1] = t[f * 2 + 1] = l),
        (e.heap[1] = l++),
        ht(e, t, 1));
    while (e.heap_len >= 2);
    ((e.heap[--e.heap_max] = e.heap[1]), Pi(e, i), fa(t, d, e.bl_count));
  }
  function qt(e, i, t) {
    var a,
      r = -1,
      n,
      _ = i[1],
      f = 0,
      d = 7,
      l = 4;
    for (
      _ === 0 && ((d = 138), (l = 3)), i[(t + 1) * 2 + 1] = 65535, a = 0;
      a <= t;
      a++
    )
      ((n = _),
        (_ = i[(a + 1) * 2 + 1]),
        !(++f < d && n === _) &&
          (f < l
            ? (e.bl_tree[n * 2] += f)
            : n !== 0
              ? (n !== r && e.bl_tree[n * 2]++, e.bl_tree[Jt * 2]++)
              : f <= 10
                ? e.bl_tree[Qt * 2]++
                : e.bl_tree[$t * 2]++,
          (f = 0),
          (r = n),
          _ === 0
            ? ((d = 138), (l = 3))
            : n === _
              ? ((d = 6), (l = 3))
              : ((d = 7), (l = 4))));
  }
  function Gt(e, i, t) {
    var a,
      r = -1,
      n,
      _ = i[1],
      f = 0,
      d = 7,
      l = 4;
    for (_ === 0 && ((d = 138), (l = 3)), a = 0; a <= t; a++)
      if (((n = _), (_ = i[(a + 1) * 2 + 1]), !(++f < d && n === _))) {
        if (f < l)
          do X(e, n, e.bl_tree);
          while (--f !== 0);
        else
          n !== 0
            ? (n !== r && (X(e, n, e.bl_tree), f--),
              X(e, Jt, e.bl_tree),
              L(e, f - 3, 2))
            : f <= 10
              ? (X(e, Qt, e.bl_tree), L(e, f - 3, 3))
              : (X(e, $t, e.bl_tree), L(e, f - 11, 7));
        ((f = 0),
          (r = n),
          _ === 0
            ? ((d = 138), (l = 3))
            : n === _
              ? ((d = 6), (l = 3))
              : ((d = 7), (l = 4)));
      }
  }
  function qi(e) {
    var i;
    for (
      qt(e, e.dyn_ltree, e.l_desc.max_code),
        qt(e, e.dyn_dtree, e.d_desc.max_code),
        dt(e, e.bl_desc),
        i = vt - 1;
      i >= 3 && e.bl_tree[ea[i] * 2 + 1] === 0;
      i--
    );
    return ((e.opt_len += 3 * (i + 1) + 5 + 5 + 4), i);
  }
  function Gi(e, i, t, a) {
    var r;
    for (L(e, i - 257, 5), L(e, t - 1, 5), L(e, a - 4, 4), r = 0; r < a; r++)
      L(e, e.bl_tree[ea[r] * 2 + 1], 3);
    (Gt(e, e.dyn_ltree, i - 1), Gt(e, e.dyn_dtree, t - 1));
  }
  function ji(e) {
    var i = 4093624447,
      t;
    for (t = 0; t <= 31; t++, i >>>= 1)
      if (i & 1 && e.dyn_ltree[t * 2] !== 0) return Kt;
    if (e.dyn_ltree[18] !== 0 || e.dyn_ltree[20] !== 0 || e.dyn_ltree[26] !== 0)
      return Pt;
    for (t = 32; t < De; t++) if (e.dyn_ltree[t * 2] !== 0) return Pt;
    return Kt;
  }
  var jt = !1;
  function Wi(e) {
    (jt || (Yi(), (jt = !0)),
      (e.l_desc = new _t(e.dyn_ltree, ta)),
      (e.d_desc = new _t(e.dyn_dtree, aa)),
      (e.bl_desc = new _t(e.bl_tree, ia)),
      (e.bi_buf = 0),
      (e.bi_valid = 0),
      la(e));
  }
  function ha(e, i, t, a) {
    (L(e, (Bi << 1) + (a ? 1 : 0), 3), Xi(e, i, t, !0));
  }
  function Vi(e) {
    (L(e, Wt << 1, 3), X(e, ct, J), Ki(e));
  }
  function Ji(e, i, t, a) {
    var r,
      n,
      _ = 0;
    (e.level > 0
      ? (e.strm.data_type === Ii && (e.strm.data_type = ji(e)),
        dt(e, e.l_desc),
        dt(e, e.d_desc),
        (_ = qi(e)),
        (r = (e.opt_len + 3 + 7) >>> 3),
        (n = (e.static_len + 3 + 7) >>> 3),
        n <= r && (r = n))
      : (r = n = t + 5),
      t + 4 <= r && i !== -1
        ? ha(e, i, t, a)
        : e.strategy === Oi || n === r
          ? (L(e, (Wt << 1) + (a ? 1 : 0), 3), Xt(e, J, ye))
          : (L(e, (Ci << 1) + (a ? 1 : 0), 3),
            Gi(e, e.l_desc.max_code + 1, e.d_desc.max_code + 1, _ + 1),
            Xt(e, e.dyn_ltree, e.dyn_dtree)),
      la(e),
      a && _a(e));
  }
  function Qi(e, i, t) {
    return (
      (e.pending_buf[e.d_buf + e.last_lit * 2] = (i >>> 8) & 255),
      (e.pending_buf[e.d_buf + e.last_lit * 2 + 1] = i & 255),
      (e.pending_buf[e.l_buf + e.last_lit] = t & 255),
      e.last_lit++,
      i === 0
        ? e.dyn_ltree[t * 2]++
        : (e.matches++,
          i--,
          e.dyn_ltree[(Te[t] + De + 1) * 2]++,
          e.dyn_dtree[ra(i) * 2]++),
      e.last_lit === e.lit_bufsize - 1
    );
  }
  be._tr_init = Wi;
  be._tr_stored_block = ha;
  be._tr_flush_block = Ji;
  be._tr_tally = Qi;
  be._tr_align = Vi;
});
var bt = I((yn, da) => {
  "use strict";
  function $i(e, i, t, a) {
    for (
      var r = (e & 65535) | 0, n = ((e >>> 16) & 65535) | 0, _ = 0;
      t !== 0;
    ) {
      ((_ = t > 2e3 ? 2e3 : t), (t -= _));
      do ((r = (r + i[a++]) | 0), (n = (n + r) | 0));
      while (--_);
      ((r %= 65521), (n %= 65521));
    }
    return r | (n << 16) | 0;
  }
  da.exports = $i;
});
var wt = I((zn, ua) => {
  "use strict";
  function er() {
    for (var e, i = [], t = 0; t < 256; t++) {
      e = t;
      for (var a = 0; a < 8; a++) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      i[t] = e;
    }
    return i;
  }
  var tr = er();
  function ar(e, i, t, a) {
    var r = tr,
      n = a + t;
    e ^= -1;
    for (var _ = a; _ < n; _++) e = (e >>> 8) ^ r[(e ^ i[_]) & 255];
    return e ^ -1;
  }
  ua.exports = ar;
});
var qe = I((mn, va) => {
  "use strict";
  va.exports = {
    2: "need dictionary",
    1: "stream end",
    0: "",
    "-1": "file error",
    "-2": "stream error",
    "-3": "data error",
    "-4": "insufficient memory",
    "-5": "buffer error",
    "-6": "incompatible version",
  };
});
var Ea = I((j) => {
  "use strict";
  var C = V(),
    M = oa(),
    wa = bt(),
    ee = wt(),
    ir = qe(),
    oe = 0,
    rr = 1,
    nr = 3,
    ne = 4,
    ca = 5,
    G = 0,
    sa = 1,
    H = -2,
    fr = -3,
    gt = -5,
    lr = -1,
    _r = 1,
    Ge = 2,
    hr = 3,
    or = 4,
    dr = 0,
    ur = 2,
    Je = 8,
    vr = 9,
    cr = 15,
    sr = 8,
    br = 29,
    wr = 256,
    xt = wr + 1 + br,
    gr = 30,
    pr = 19,
    xr = 2 * xt + 1,
    kr = 15,
    E = 3,
    ie = 258,
    P = ie + E + 1,
    Er = 32,
    Qe = 42,
    kt = 69,
    je = 73,
    We = 91,
    Ve = 103,
    le = 113,
    Re = 666,
    N = 1,
    Ne = 2,
    _e = 3,
    pe = 4,
    Sr = 3;
  function re(e, i) {
    return ((e.msg = ir[i]), i);
  }
  function ba(e) {
    return (e << 1) - (e > 4 ? 9 : 0);
  }
  function ae(e) {
    for (var i = e.length; --i >= 0;) e[i] = 0;
  }
  function te(e) {
    var i = e.state,
      t = i.pending;
    (t > e.avail_out && (t = e.avail_out),
      t !== 0 &&
        (C.arraySet(e.output, i.pending_buf, i.pending_out, t, e.next_out),
        (e.next_out += t),
        (i.pending_out += t),
        (e.total_out += t),
        (e.avail_out -= t),
        (i.pending -= t),
        i.pending === 0 && (i.pending_out = 0)));
  }
  function O(e, i) {
    (M._tr_flush_block(
      e,
      e.block_start >= 0 ? e.block_start : -1,
      e.strstart - e.block_start,
      i,
    ),
      (e.block_start = e.strstart),
      te(e.strm));
  }
  function z(e, i) {
    e.pending_buf[e.pending++] = i;
  }
  function Ze(e, i) {
    ((e.pending_buf[e.pending++] = (i >>> 8) & 255),
      (e.pending_buf[e.pending++] = i & 255));
  }
  function yr(e, i, t, a) {
    var r = e.avail_in;
    return (
      r > a && (r = a),
      r === 0
        ? 0
        : ((e.avail_in -= r),
          C.arraySet(i, e.input, e.next_in, r, t),
          e.state.wrap === 1
            ? (e.adler = wa(e.adler, i, r, t))
            : e.state.wrap === 2 && (e.adler = ee(e.adler, i, r, t)),
          (e.next_in += r),
          (e.total_in += r),
          r)
    );
  }
  function ga(e, i) {
    var t = e.max_chain_length,
      a = e.strstart,
      r,
      n,
      _ = e.prev_length,
      f = e.nice_match,
      d = e.strstart > e.w_size - P ? e.strstart - (e.w_size - P) : 0,
      l = e.window,
      h = e.w_mask,
      x = e.prev,
      u = e.strstart + ie,
      o = l[a + _ - 1],
      s = l[a + _];
    (e.prev_length >= e.good_match && (t >>= 2),
      f > e.lookahead && (f = e.lookahead));
    do
      if (
        ((r = i),
        !(
          l[r + _] !== s ||
          l[r + _ - 1] !== o ||
          l[r] !== l[a] ||
          l[++r] !== l[a + 1]
        ))
      ) {
        ((a += 2), r++);
        do;
        while (
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          l[++a] === l[++r] &&
          a < u
        );
        if (((n = ie - (u - a)), (a = u - ie), n > _)) {
          if (((e.match_start = i), (_ = n), n >= f)) break;
          ((o = l[a + _ - 1]), (s = l[a + _]));
        }
      }
    while ((i = x[i & h]) > d && --t !== 0);
    return _ <= e.lookahead ? _ : e.lookahead;
  }
  function he(e) {
    var i = e.w_size,
      t,
      a,
      r,
      n,
      _;
    do {
      if (
        ((n = e.window_size - e.lookahead - e.strstart),
        e.strstart >= i + (i - P))
      ) {
        (C.arraySet(e.window, e.window, i, i, 0),
          (e.match_start -= i),
          (e.strstart -= i),
          (e.block_start -= i),
          (a = e.hash_size),
          (t = a));
        do ((r = e.head[--t]), (e.head[t] = r >= i ? r - i : 0));
        while (--a);
        ((a = i), (t = a));
        do ((r = e.prev[--t]), (e.prev[t] = r >= i ? r - i : 0));
        while (--a);
        n += i;
      }
      if (e.strm.avail_in === 0) break;
      if (
        ((a = yr(e.strm, e.window, e.strstart + e.lookahead, n)),
        (e.lookahead += a),
        e.lookahead + e.insert >= E)
      )
        for (
          _ = e.strstart - e.insert,
            e.ins_h = e.window[_],
            e.ins_h =
              ((e.ins_h << e.hash_shift) ^ e.window[_ + 1]) & e.hash_mask;
          e.insert &&
          ((e.ins_h =
            ((e.ins_h << e.hash_shift) ^ e.window[_ + E - 1]) & e.hash_mask),
          (e.prev[_ & e.w_mask] = e.head[e.ins_h]),
          (e.head[e.ins_h] = _),
          _++,
          e.insert--,
          !(e.lookahead + e.insert < E));
        );
    } while (e.lookahead < P && e.strm.avail_in !== 0);
  }
  function zr(e, i) {
    var t = 65535;
    for (t > e.pending_buf_size - 5 && (t = e.pending_buf_size - 5); ;) {
      if (e.lookahead <= 1) {
        if ((he(e), e.lookahead === 0 && i === oe)) return N;
        if (e.lookahead === 0) break;
      }
      ((e.strstart += e.lookahead), (e.lookahead = 0));
      var a = e.block_start + t;
      if (
        ((e.strstart === 0 || e.strstart >= a) &&
          ((e.lookahead = e.strstart - a),
          (e.strstart = a),
          O(e, !1),
          e.strm.avail_out === 0)) ||
        (e.strstart - e.block_start >= e.w_size - P &&
          (O(e, !1), e.strm.avail_out === 0))
      )
        return N;
    }
    return (
      (e.insert = 0),
      i === ne
        ? (O(e, !0), e.strm.avail_out === 0 ? _e : pe)
        : (e.strstart > e.block_start && (O(e, !1), e.strm.avail_out === 0), N)
    );
  }
  function pt(e, i) {
    for (var t, a; ;) {
      if (e.lookahead < P) {
        if ((he(e), e.lookahead < P && i === oe)) return N;
        if (e.lookahead === 0) break;
      }
      if (
        ((t = 0),
        e.lookahead >= E &&
          ((e.ins_h =
            ((e.ins_h << e.hash_shift) ^ e.window[e.strstart + E - 1]) &
            e.hash_mask),
          (t = e.prev[e.strstart & e.w_mask] = e.head[e.ins_h]),
          (e.head[e.ins_h] = e.strstart)),
        t !== 0 &&
          e.strstart - t <= e.w_size - P &&
          (e.match_length = ga(e, t)),
        e.match_length >= E)
      )
        if (
          ((a = M._tr_tally(e, e.strstart - e.match_start, e.match_length - E)),
          (e.lookahead -= e.match_length),
          e.match_length <= e.max_lazy_match && e.lookahead >= E)
        ) {
          e.match_length--;
          do
            (e.strstart++,
              (e.ins_h =
                ((e.ins_h << e.hash_shift) ^ e.window[e.strstart + E - 1]) &
                e.hash_mask),
              (t = e.prev[e.strstart & e.w_mask] = e.head[e.ins_h]),
              (e.head[e.ins_h] = e.strstart));
          while (--e.match_length !== 0);
          e.strstart++;
        } else
          ((e.strstart += e.match_length),
            (e.match_length = 0),
            (e.ins_h = e.window[e.strstart]),
            (e.ins_h =
              ((e.ins_h << e.hash_shift) ^ e.window[e.strstart + 1]) &
              e.hash_mask));
      else
        ((a = M._tr_tally(e, 0, e.window[e.strstart])),
          e.lookahead--,
          e.strstart++);
      if (a && (O(e, !1), e.strm.avail_out === 0)) return N;
    }
    return (
      (e.insert = e.strstart < E - 1 ? e.strstart : E - 1),
      i === ne
        ? (O(e, !0), e.strm.avail_out === 0 ? _e : pe)
        : e.last_lit && (O(e, !1), e.strm.avail_out === 0)
          ? N
          : Ne
    );
  }
  function we(e, i) {
    for (var t, a, r; ;) {
      if (e.lookahead < P) {
        if ((he(e), e.lookahead < P && i === oe)) return N;
        if (e.lookahead === 0) break;
      }
      if (
        ((t = 0),
        e.lookahead >= E &&
          ((e.ins_h =
            ((e.ins_h << e.hash_shift) ^ e.window[e.strstart + E - 1]) &
            e.hash_mask),
          (t = e.prev[e.strstart & e.w_mask] = e.head[e.ins_h]),
          (e.head[e.ins_h] = e.strstart)),
        (e.prev_length = e.match_length),
        (e.prev_match = e.match_start),
        (e.match_length = E - 1),
        t !== 0 &&
          e.prev_length < e.max_lazy_match &&
          e.strstart - t <= e.w_size - P &&
          ((e.match_length = ga(e, t)),
          e.match_length <= 5 &&
            (e.strategy === _r ||
              (e.match_length === E && e.strstart - e.match_start > 4096)) &&
            (e.match_length = E - 1)),
        e.prev_length >= E && e.match_length <= e.prev_length)
      ) {
        ((r = e.strstart + e.lookahead - E),
          (a = M._tr_tally(
            e,
            e.strstart - 1 - e.prev_match,
            e.prev_length - E,
          )),
          (e.lookahead -= e.prev_length - 1),
          (e.prev_length -= 2));
        do
          ++e.strstart <= r &&
            ((e.ins_h =
              ((e.ins_h << e.hash_shift) ^ e.window[e.strstart + E - 1]) &
              e.hash_mask),
            (t = e.prev[e.strstart & e.w_mask] = e.head[e.ins_h]),
            (e.head[e.ins_h] = e.strstart));
        while (--e.prev_length !== 0);
        if (
          ((e.match_available = 0),
          (e.match_length = E - 1),
          e.strstart++,
          a && (O(e, !1), e.strm.avail_out === 0))
        )
          return N;
      } else if (e.match_available) {
        if (
          ((a = M._tr_tally(e, 0, e.window[e.strstart - 1])),
          a && O(e, !1),
          e.strstart++,
          e.lookahead--,
          e.strm.avail_out === 0)
        )
          return N;
      } else ((e.match_available = 1), e.strstart++, e.lookahead--);
    }
    return (
      e.match_available &&
        ((a = M._tr_tally(e, 0, e.window[e.strstart - 1])),
        (e.match_available = 0)),
      (e.insert = e.strstart < E - 1 ? e.strstart : E - 1),
      i === ne
        ? (O(e, !0), e.strm.avail_out === 0 ? _e : pe)
        : e.last_lit && (O(e, !1), e.strm.avail_out === 0)
          ? N
          : Ne
    );
  }
  function mr(e, i) {
    for (var t, a, r, n, _ = e.window; ;) {
      if (e.lookahead <= ie) {
        if ((he(e), e.lookahead <= ie && i === oe)) return N;
        if (e.lookahead === 0) break;
      }
      if (
        ((e.match_length = 0),
        e.lookahead >= E &&
          e.strstart > 0 &&
          ((r = e.strstart - 1),
          (a = _[r]),
          a === _[++r] && a === _[++r] && a === _[++r]))
      ) {
        n = e.strstart + ie;
        do;
        while (
          a === _[++r] &&
          a === _[++r] &&
          a === _[++r] &&
          a === _[++r] &&
          a === _[++r] &&
          a === _[++r] &&
          a === _[++r] &&
          a === _[++r] &&
          r < n
        );
        ((e.match_length = ie - (n - r)),
          e.match_length > e.lookahead && (e.match_length = e.lookahead));
      }
      if (
        (e.match_length >= E
          ? ((t = M._tr_tally(e, 1, e.match_length - E)),
            (e.lookahead -= e.match_length),
            (e.strstart += e.match_length),
            (e.match_length = 0))
          : ((t = M._tr_tally(e, 0, e.window[e.strstart])),
            e.lookahead--,
            e.strstart++),
        t && (O(e, !1), e.strm.avail_out === 0))
      )
        return N;
    }
    return (
      (e.insert = 0),
      i === ne
        ? (O(e, !0), e.strm.avail_out === 0 ? _e : pe)
        : e.last_lit && (O(e, !1), e.strm.avail_out === 0)
          ? N
          : Ne
    );
  }
  function Tr(e, i) {
    for (var t; ;) {
      if (e.lookahead === 0 && (he(e), e.lookahead === 0)) {
        if (i === oe) return N;
        break;
      }
      if (
        ((e.match_length = 0),
        (t = M._tr_tally(e, 0, e.window[e.strstart])),
        e.lookahead--,
        e.strstart++,
        t && (O(e, !1), e.strm.avail_out === 0))
      )
        return N;
    }
    return (
      (e.insert = 0),
      i === ne
        ? (O(e, !0), e.strm.avail_out === 0 ? _e : pe)
        : e.last_lit && (O(e, !1), e.strm.avail_out === 0)
          ? N
          : Ne
    );
  }
  function q(e, i, t, a, r) {
    ((this.good_length = e),
      (this.max_lazy = i),
      (this.nice_length = t),
      (this.max_chain = a),
      (this.func = r));
  }
  var ge;
  ge = [
    new q(0, 0, 0, 0, zr),
    new q(4, 4, 8, 4, pt),
    new q(4, 5, 16, 8, pt),
    new q(4, 6, 32, 32, pt),
    new q(4, 4, 16, 16, we),
    new q(8, 16, 32, 32, we),
    new q(8, 16, 128, 128, we),
    new q(8, 32, 128, 256, we),
    new q(32, 128, 258, 1024, we),
    new q(32, 258, 258, 4096, we),
  ];
  function Ar(e) {
    ((e.window_size = 2 * e.w_size),
      ae(e.head),
      (e.max_lazy_match = ge[e.level].max_lazy),
      (e.good_match = ge[e.level].good_length),
      (e.nice_match = ge[e.level].nice_length),
      (e.max_chain_length = ge[e.level].max_chain),
      (e.strstart = 0),
      (e.block_start = 0),
      (e.lookahead = 0),
      (e.insert = 0),
      (e.match_length = e.prev_length = E - 1),
      (e.match_available = 0),
      (e.ins_h = 0));
  }
  function Dr() {
    ((this.strm = null),
      (this.status = 0),
      (this.pending_buf = null),
      (this.pending_buf_size = 0),
      (this.pending_out = 0),
      (this.pending = 0),
      (this.wrap = 0),
      (this.gzhead = null),
      (this.gzindex = 0),
      (this.method = Je),
      (this.last_flush = -1),
      (this.w_size = 0),
      (this.w_bits = 0),
      (this.w_mask = 0),
      (this.window = null),
      (this.window_size = 0),
      (this.prev = null),
      (this.head = null),
      (this.ins_h = 0),
      (this.hash_size = 0),
      (this.hash_bits = 0),
      (this.hash_mask = 0),
      (this.hash_shift = 0),
      (this.block_start = 0),
      (this.match_length = 0),
      (this.prev_match = 0),
      (this.match_available = 0),
      (this.strstart = 0),
      (this.match_start = 0),
      (this.lookahead = 0),
      (this.prev_length = 0),
      (this.max_chain_length = 0),
      (this.max_lazy_match = 0),
      (this.level = 0),
      (this.strategy = 0),
      (this.good_match = 0),
      (this.nice_match = 0),
      (this.dyn_ltree = new C.Buf16(xr * 2)),
      (this.dyn_dtree = new C.Buf16((2 * gr + 1) * 2)),
      (this.bl_tree = new C.Buf16((2 * pr + 1) * 2)),
      ae(this.dyn_ltree),
      ae(this.dyn_dtree),
      ae(this.bl_tree),
      (this.l_desc = null),
      (this.d_desc = null),
      (this.bl_desc = null),
      (this.bl_count = new C.Buf16(kr + 1)),
      (this.heap = new C.Buf16(2 * xt + 1)),
      ae(this.heap),
      (this.heap_len = 0),
      (this.heap_max = 0),
      (this.depth = new C.Buf16(2 * xt + 1)),
      ae(this.depth),
      (this.l_buf = 0),
      (this.lit_bufsize = 0),
      (this.last_lit = 0),
      (this.d_buf = 0),
      (this.opt_len = 0),
      (this.static_len = 0),
      (this.matches = 0),
      (this.insert = 0),
      (this.bi_buf = 0),
      (this.bi_valid = 0));
  }
  function pa(e) {
    var i;
    return !e || !e.state
      ? re(e, H)
      : ((e.total_in = e.total_out = 0),
        (e.data_type = ur),
        (i = e.state),
        (i.pending = 0),
        (i.pending_out = 0),
        i.wrap < 0 && (i.wrap = -i.wrap),
        (i.status = i.wrap ? Qe : le),
        (e.adler = i.wrap === 2 ? 0 : 1),
        (i.last_flush = oe),
        M._tr_init(i),
        G);
  }
  function xa(e) {
    var i = pa(e);
    return (i === G && Ar(e.state), i);
  }
  function Zr(e, i) {
    return !e || !e.state || e.state.wrap !== 2 ? H : ((e.state.gzhead = i), G);
  }
  function ka(e, i, t, a, r, n) {
    if (!e) return H;
    var _ = 1;
    if (
      (i === lr && (i = 6),
      a < 0 ? ((_ = 0), (a = -a)) : a > 15 && ((_ = 2), (a -= 16)),
      r < 1 ||
        r > vr ||
        t !== Je ||
        a < 8 ||
        a > 15 ||
        i < 0 ||
        i > 9 ||
        n < 0 ||
        n > or)
    )
      return re(e, H);
    a === 8 && (a = 9);
    var f = new Dr();
    return (
      (e.state = f),
      (f.strm = e),
      (f.wrap = _),
      (f.gzhead = null),
      (f.w_bits = a),
      (f.w_size = 1 << f.w_bits),
      (f.w_mask = f.w_size - 1),
      (f.hash_bits = r + 7),
      (f.hash_size = 1 << f.hash_bits),
      (f.hash_mask = f.hash_size - 1),
      (f.hash_shift = ~~((f.hash_bits + E - 1) / E)),
      (f.window = new C.Buf8(f.w_size * 2)),
      (f.head = new C.Buf16(f.hash_size)),
      (f.prev = new C.Buf16(f.w_size)),
      (f.lit_bufsize = 1 << (r + 6)),
      (f.pending_buf_size = f.lit_bufsize * 4),
      (f.pending_buf = new C.Buf8(f.pending_buf_size)),
      (f.d_buf = 1 * f.lit_bufsize),
      (f.l_buf = 3 * f.lit_bufsize),
      (f.level = i),
      (f.strategy = n),
      (f.method = t),
      xa(e)
    );
  }
  function Rr(e, i) {
    return ka(e, i, Je, cr, sr, dr);
  }
  function Nr(e, i) {
    var t, a, r, n;
    if (!e || !e.state || i > ca || i < 0) return e ? re(e, H) : H;
    if (
      ((a = e.state),
      !e.output ||
        (!e.input && e.avail_in !== 0) ||
        (a.status === Re && i !== ne))
    )
      return re(e, e.avail_out === 0 ? gt : H);
    if (((a.strm = e), (t = a.last_flush), (a.last_flush = i), a.status === Qe))
      if (a.wrap === 2)
        ((e.adler = 0),
          z(a, 31),
          z(a, 139),
          z(a, 8),
          a.gzhead
            ? (z(
                a,
                (a.gzhead.text ? 1 : 0) +
                  (a.gzhead.hcrc ? 2 : 0) +
                  (a.gzhead.extra ? 4 : 0) +
                  (a.gzhead.name ? 8 : 0) +
                  (a.gzhead.comment ? 16 : 0),
              ),
              z(a, a.gzhead.time & 255),
              z(a, (a.gzhead.time >> 8) & 255),
              z(a, (a.gzhead.time >> 16) & 255),
              z(a, (a.gzhead.time >> 24) & 255),
              z(a, a.level === 9 ? 2 : a.strategy >= Ge || a.level < 2 ? 4 : 0),
              z(a, a.gzhead.os & 255),
              a.gzhead.extra &&
                a.gzhead.extra.length &&
                (z(a, a.gzhead.extra.length & 255),
                z(a, (a.gzhead.extra.length >> 8) & 255)),
              a.gzhead.hcrc &&
                (e.adler = ee(e.adler, a.pending_buf, a.pending, 0)),
              (a.gzindex = 0),
              (a.status = kt))
            : (z(a, 0),
              z(a, 0),
              z(a, 0),
              z(a, 0),
              z(a, 0),
              z(a, a.level === 9 ? 2 : a.strategy >= Ge || a.level < 2 ? 4 : 0),
              z(a, Sr),
              (a.status = le)));
      else {
        var _ = (Je + ((a.w_bits - 8) << 4)) << 8,
          f = -1;
        (a.strategy >= Ge || a.level < 2
          ? (f = 0)
          : a.level < 6
            ? (f = 1)
            : a.level === 6
              ? (f = 2)
              : (f = 3),
          (_ |= f << 6),
          a.strstart !== 0 && (_ |= Er),
          (_ += 31 - (_ % 31)),
          (a.status = le),
          Ze(a, _),
          a.strstart !== 0 && (Ze(a, e.adler >>> 16), Ze(a, e.adler & 65535)),
          (e.adler = 1));
      }
    if (a.status === kt)
      if (a.gzhead.extra) {
        for (
          r = a.pending;
          a.gzindex < (a.gzhead.extra.length & 65535) &&
          !(
            a.pending === a.pending_buf_size &&
            (a.gzhead.hcrc &&
              a.pending > r &&
              (e.adler = ee(e.adler, a.pending_buf, a.pending - r, r)),
            te(e),
            (r = a.pending),
            a.pending === a.pending_buf_size)
          );
        )
          (z(a, a.gzhead.extra[a.gzindex] & 255), a.gzindex++);
        (a.gzhead.hcrc &&
          a.pending > r &&
          (e.adler = ee(e.adler, a.pending_buf, a.pending - r, r)),
          a.gzindex === a.gzhead.extra.length &&
            ((a.gzindex = 0), (a.status = je)));
      } else a.status = je;
    if (a.status === je)
      if (a.gzhead.name) {
        r = a.pending;
        do {
          if (
            a.pending === a.pending_buf_size &&
            (a.gzhead.hcrc &&
              a.pending > r &&
              (e.adler = ee(e.adler, a.pending_buf, a.pending - r, r)),
            te(e),
            (r = a.pending),
            a.pending === a.pending_buf_size)
          ) {
            n = 1;
            break;
          }
          (a.gzindex < a.gzhead.name.length
            ? (n = a.gzhead.name.charCodeAt(a.gzindex++) & 255)
            : (n = 0),
            z(a, n));
        } while (n !== 0);
        (a.gzhead.hcrc &&
          a.pending > r &&
          (e.adler = ee(e.adler, a.pending_buf, a.pending - r, r)),
          n === 0 && ((a.gzindex = 0), (a.status = We)));
      } else a.status = We;
    if (a.status === We)
      if (a.gzhead.comment) {
        r = a.pending;
        do {
          if (
            a.pending === a.pending_buf_size &&
            (a.gzhead.hcrc &&
              a.pending > r &&
              (e.adler = ee(e.adler, a.pending_buf, a.pending - r, r)),
            te(e),
            (r = a.pending),
            a.pending === a.pending_buf_size)
          ) {
            n = 1;
            break;
          }
          (a.gzindex < a.gzhead.comment.length
            ? (n = a.gzhead.comment.charCodeAt(a.gzindex++) & 255)
            : (n = 0),
            z(a, n));
        } while (n !== 0);
        (a.gzhead.hcrc &&
          a.pending > r &&
          (e.adler = ee(e.adler, a.pending_buf, a.pending - r, r)),
          n === 0 && (a.status = Ve));
      } else a.status = Ve;
    if (
      (a.status === Ve &&
        (a.gzhead.hcrc
          ? (a.pending + 2 > a.pending_buf_size && te(e),
            a.pending + 2 <= a.pending_buf_size &&
              (z(a, e.adler & 255),
              z(a, (e.adler >> 8) & 255),
              (e.adler = 0),
              (a.status = le)))
          : (a.status = le)),
      a.pending !== 0)
    ) {
      if ((te(e), e.avail_out === 0)) return ((a.last_flush = -1), G);
    } else if (e.avail_in === 0 && ba(i) <= ba(t) && i !== ne) return re(e, gt);
    if (a.status === Re && e.avail_in !== 0) return re(e, gt);
    if (
      e.avail_in !== 0 ||
      a.lookahead !== 0 ||
      (i !== oe && a.status !== Re)
    ) {
      var d =
        a.strategy === Ge
          ? Tr(a, i)
          : a.strategy === hr
            ? mr(a, i)
            : ge[a.level].func(a, i);
      if (((d === _e || d === pe) && (a.status = Re), d === N || d === _e))
        return (e.avail_out === 0 && (a.last_flush = -1), G);
      if (
        d === Ne &&
        (i === rr
          ? M._tr_align(a)
          : i !== ca &&
            (M._tr_stored_block(a, 0, 0, !1),
            i === nr &&
              (ae(a.head),
              a.lookahead === 0 &&
                ((a.strstart = 0), (a.block_start = 0), (a.insert = 0)))),
        te(e),
        e.avail_out === 0)
      )
        return ((a.last_flush = -1), G);
    }
    return i !== ne
      ? G
      : a.wrap <= 0
        ? sa
        : (a.wrap === 2
            ? (z(a, e.adler & 255),
              z(a, (e.adler >> 8) & 255),
              z(a, (e.adler >> 16) & 255),
              z(a, (e.adler >> 24) & 255),
              z(a, e.total_in & 255),
              z(a, (e.total_in >> 8) & 255),
              z(a, (e.total_in >> 16) & 255),
              z(a, (e.total_in >> 24) & 255))
            : (Ze(a, e.adler >>> 16), Ze(a, e.adler & 65535)),
          te(e),
          a.wrap > 0 && (a.wrap = -a.wrap),
          a.pending !== 0 ? G : sa);
  }
  function Or(e) {
    var i;
    return !e || !e.state
      ? H
      : ((i = e.state.status),
        i !== Qe &&
        i !== kt &&
        i !== je &&
        i !== We &&
        i !== Ve &&
        i !== le &&
        i !== Re
          ? re(e, H)
          : ((e.state = null), i === le ? re(e, fr) : G));
  }
  function Ir(e, i) {
    var t = i.length,
      a,
      r,
      n,
      _,
      f,
      d,
      l,
      h;
    if (
      !e ||
      !e.state ||
      ((a = e.state),
      (_ = a.wrap),
      _ === 2 || (_ === 1 && a.status !== Qe) || a.lookahead)
    )
      return H;
    for (
      _ === 1 && (e.adler = wa(e.adler, i, t, 0)),
        a.wrap = 0,
        t >= a.w_size &&
          (_ === 0 &&
            (ae(a.head), (a.strstart = 0), (a.block_start = 0), (a.insert = 0)),
          (h = new C.Buf8(a.w_size)),
          C.arraySet(h, i, t - a.w_size, a.w_size, 0),
          (i = h),
          (t = a.w_size)),
        f = e.avail_in,
        d = e.next_in,
        l = e.input,
        e.avail_in = t,
        e.next_in = 0,
        e.input = i,
        he(a);
      a.lookahead >= E;
    ) {
      ((r = a.strstart), (n = a.lookahead - (E - 1)));
      do
        ((a.ins_h =
          ((a.ins_h << a.hash_shift) ^ a.window[r + E - 1]) & a.hash_mask),
          (a.prev[r & a.w_mask] = a.head[a.ins_h]),
          (a.head[a.ins_h] = r),
          r++);
      while (--n);
      ((a.strstart = r), (a.lookahead = E - 1), he(a));
    }
    return (
      (a.strstart += a.lookahead),
      (a.block_start = a.strstart),
      (a.insert = a.lookahead),
      (a.lookahead = 0),
      (a.match_length = a.prev_length = E - 1),
      (a.match_available = 0),
      (e.next_in = d),
      (e.input = l),
      (e.avail_in = f),
      (a.wrap = _),
      G
    );
  }
  j.deflateInit = Rr;
  j.deflateInit2 = ka;
  j.deflateReset = xa;
  j.deflateResetKeep = pa;
  j.deflateSetHeader = Zr;
  j.deflate = Nr;
  j.deflateEnd = Or;
  j.deflateSetDictionary = Ir;
  j.deflateInfo = "pako deflate (from Nodeca project)";
});
var Et = I((xe) => {
  "use strict";
  var $e = V(),
    Sa = !0,
    ya = !0;
  try {
    String.fromCharCode.apply(null, [0]);
  } catch {
    Sa = !1;
  }
  try {
    String.fromCharCode.apply(null, new Uint8Array(1));
  } catch {
    ya = !1;
  }
  var Oe = new $e.Buf8(256);
  for (Q = 0; Q < 256; Q++)
    Oe[Q] =
      Q >= 252
        ? 6
        : Q >= 248
          ? 5
          : Q >= 240
            ? 4
            : Q >= 224
              ? 3
              : Q >= 192
                ? 2
                : 1;
  var Q;
  Oe[254] = Oe[254] = 1;
  xe.string2buf = function (e) {
    var i,
      t,
      a,
      r,
      n,
      _ = e.length,
      f = 0;
    for (r = 0; r < _; r++)
      ((t = e.charCodeAt(r)),
        (t & 64512) === 55296 &&
          r + 1 < _ &&
          ((a = e.charCodeAt(r + 1)),
          (a & 64512) === 56320 &&
            ((t = 65536 + ((t - 55296) << 10) + (a - 56320)), r++)),
        (f += t < 128 ? 1 : t < 2048 ? 2 : t < 65536 ? 3 : 4));
    for (i = new $e.Buf8(f), n = 0, r = 0; n < f; r++)
      ((t = e.charCodeAt(r)),
        (t & 64512) === 55296 &&
          r + 1 < _ &&
          ((a = e.charCodeAt(r + 1)),
          (a & 64512) === 56320 &&
            ((t = 65536 + ((t - 55296) << 10) + (a - 56320)), r++)),
        t < 128
          ? (i[n++] = t)
          : t < 2048
            ? ((i[n++] = 192 | (t >>> 6)), (i[n++] = 128 | (t & 63)))
            : t < 65536
              ? ((i[n++] = 224 | (t >>> 12)),
                (i[n++] = 128 | ((t >>> 6) & 63)),
                (i[n++] = 128 | (t & 63)))
              : ((i[n++] = 240 | (t >>> 18)),
                (i[n++] = 128 | ((t >>> 12) & 63)),
                (i[n++] = 128 | ((t >>> 6) & 63)),
                (i[n++] = 128 | (t & 63))));
    return i;
  };
  function za(e, i) {
    if (i < 65534 && ((e.subarray && ya) || (!e.subarray && Sa)))
      return String.fromCharCode.apply(null, $e.shrinkBuf(e, i));
    for (var t = "", a = 0; a < i; a++) t += String.fromCharCode(e[a]);
    return t;
  }
  xe.buf2binstring = function (e) {
    return za(e, e.length);
  };
  xe.binstring2buf = function (e) {
    for (var i = new $e.Buf8(e.length), t = 0, a = i.length; t < a; t++)
      i[t] = e.charCodeAt(t);
    return i;
  };
  xe.buf2string = function (e, i) {
    var t,
      a,
      r,
      n,
      _ = i || e.length,
      f = new Array(_ * 2);
    for (a = 0, t = 0; t < _;) {
      if (((r = e[t++]), r < 128)) {
        f[a++] = r;
        continue;
      }
      if (((n = Oe[r]), n > 4)) {
        ((f[a++] = 65533), (t += n - 1));
        continue;
      }
      for (r &= n === 2 ? 31 : n === 3 ? 15 : 7; n > 1 && t < _;)
        ((r = (r << 6) | (e[t++] & 63)), n--);
      if (n > 1) {
        f[a++] = 65533;
        continue;
      }
      r < 65536
        ? (f[a++] = r)
        : ((r -= 65536),
          (f[a++] = 55296 | ((r >> 10) & 1023)),
          (f[a++] = 56320 | (r & 1023)));
    }
    return za(f, a);
  };
  xe.utf8border = function (e, i) {
    var t;
    for (
      i = i || e.length, i > e.length && (i = e.length), t = i - 1;
      t >= 0 && (e[t] & 192) === 128;
    )
      t--;
    return t < 0 || t === 0 ? i : t + Oe[e[t]] > i ? t : i;
  };
});
var St = I((Dn, ma) => {
  "use strict";
  function Br() {
    ((this.input = null),
      (this.next_in = 0),
      (this.avail_in = 0),
      (this.total_in = 0),
      (this.output = null),
      (this.next_out = 0),
      (this.avail_out = 0),
      (this.total_out = 0),
      (this.msg = ""),
      (this.state = null),
      (this.data_type = 2),
      (this.adler = 0));
  }
  ma.exports = Br;
});
var Za = I((Ce) => {
  "use strict";
  var Ie = Ea(),
    Be = V(),
    zt = Et(),
    mt = qe(),
    Cr = St(),
    Da = Object.prototype.toString,
    Lr = 0,
    yt = 4,
    ke = 0,
    Ta = 1,
    Aa = 2,
    Fr = -1,
    Mr = 0,
    Hr = 8;
  function de(e) {
    if (!(this instanceof de)) return new de(e);
    this.options = Be.assign(
      {
        level: Fr,
        method: Hr,
        chunkSize: 16384,
        windowBits: 15,
        memLevel: 8,
        strategy: Mr,
        to: "",
      },
      e || {},
    );
    var i = this.options;
    (i.raw && i.windowBits > 0
      ? (i.windowBits = -i.windowBits)
      : i.gzip && i.windowBits > 0 && i.windowBits < 16 && (i.windowBits += 16),
      (this.err = 0),
      (this.msg = ""),
      (this.ended = !1),
      (this.chunks = []),
      (this.strm = new Cr()),
      (this.strm.avail_out = 0));
    var t = Ie.deflateInit2(
      this.strm,
      i.level,
      i.method,
      i.windowBits,
      i.memLevel,
      i.strategy,
    );
    if (t !== ke) throw new Error(mt[t]);
    if ((i.header && Ie.deflateSetHeader(this.strm, i.header), i.dictionary)) {
      var a;
      if (
        (typeof i.dictionary == "string"
          ? (a = zt.string2buf(i.dictionary))
          : Da.call(i.dictionary) === "[object ArrayBuffer]"
            ? (a = new Uint8Array(i.dictionary))
            : (a = i.dictionary),
        (t = Ie.deflateSetDictionary(this.strm, a)),
        t !== ke)
      )
        throw new Error(mt[t]);
      this._dict_set = !0;
    }
  }
  de.prototype.push = function (e, i) {
    var t = this.strm,
      a = this.options.chunkSize,
      r,
      n;
    if (this.ended) return !1;
    ((n = i === ~~i ? i : i === !0 ? yt : Lr),
      typeof e == "string"
        ? (t.input = zt.string2buf(e))
        : Da.call(e) === "[object ArrayBuffer]"
          ? (t.input = new Uint8Array(e))
          : (t.input = e),
      (t.next_in = 0),
      (t.avail_in = t.input.length));
    do {
      if (
        (t.avail_out === 0 &&
          ((t.output = new Be.Buf8(a)), (t.next_out = 0), (t.avail_out = a)),
        (r = Ie.deflate(t, n)),
        r !== Ta && r !== ke)
      )
        return (this.onEnd(r), (this.ended = !0), !1);
      (t.avail_out === 0 || (t.avail_in === 0 && (n === yt || n === Aa))) &&
        (this.options.to === "string"
          ? this.onData(zt.buf2binstring(Be.shrinkBuf(t.output, t.next_out)))
          : this.onData(Be.shrinkBuf(t.output, t.next_out)));
    } while ((t.avail_in > 0 || t.avail_out === 0) && r !== Ta);
    return n === yt
      ? ((r = Ie.deflateEnd(this.strm)),
        this.onEnd(r),
        (this.ended = !0),
        r === ke)
      : (n === Aa && (this.onEnd(ke), (t.avail_out = 0)), !0);
  };
  de.prototype.onData = function (e) {
    this.chunks.push(e);
  };
  de.prototype.onEnd = function (e) {
    (e === ke &&
      (this.options.to === "string"
        ? (this.result = this.chunks.join(""))
        : (this.result = Be.flattenChunks(this.chunks))),
      (this.chunks = []),
      (this.err = e),
      (this.msg = this.strm.msg));
  };
  function Tt(e, i) {
    var t = new de(i);
    if ((t.push(e, !0), t.err)) throw t.msg || mt[t.err];
    return t.result;
  }
  function Ur(e, i) {
    return ((i = i || {}), (i.raw = !0), Tt(e, i));
  }
  function Kr(e, i) {
    return ((i = i || {}), (i.gzip = !0), Tt(e, i));
  }
  Ce.Deflate = de;
  Ce.deflate = Tt;
  Ce.deflateRaw = Ur;
  Ce.gzip = Kr;
});
var Na = I((Rn, Ra) => {
  "use strict";
  var et = 30,
    Pr = 12;
  Ra.exports = function (i, t) {
    var a,
      r,
      n,
      _,
      f,
      d,
      l,
      h,
      x,
      u,
      o,
      s,
      c,
      k,
      b,
      T,
      A,
      p,
      v,
      m,
      S,
      w,
      y,
      Z,
      g;
    ((a = i.state),
      (r = i.next_in),
      (Z = i.input),
      (n = r + (i.avail_in - 5)),
      (_ = i.next_out),
      (g = i.output),
      (f = _ - (t - i.avail_out)),
      (d = _ + (i.avail_out - 257)),
      (l = a.dmax),
      (h = a.wsize),
      (x = a.whave),
      (u = a.wnext),
      (o = a.window),
      (s = a.hold),
      (c = a.bits),
      (k = a.lencode),
      (b = a.distcode),
      (T = (1 << a.lenbits) - 1),
      (A = (1 << a.distbits) - 1));
    e: do {
      (c < 15 && ((s += Z[r++] << c), (c += 8), (s += Z[r++] << c), (c += 8)),
        (p = k[s & T]));
      t: for (;;) {
        if (
          ((v = p >>> 24),
          (s >>>= v),
          (c -= v),
          (v = (p >>> 16) & 255),
          v === 0)
        )
          g[_++] = p & 65535;
        else if (v & 16) {
          ((m = p & 65535),
            (v &= 15),
            v &&
              (c < v && ((s += Z[r++] << c), (c += 8)),
              (m += s & ((1 << v) - 1)),
              (s >>>= v),
              (c -= v)),
            c < 15 &&
              ((s += Z[r++] << c), (c += 8), (s += Z[r++] << c), (c += 8)),
            (p = b[s & A]));
          a: for (;;) {
            if (
              ((v = p >>> 24),
              (s >>>= v),
              (c -= v),
              (v = (p >>> 16) & 255),
              v & 16)
            ) {
              if (
                ((S = p & 65535),
                (v &= 15),
                c < v &&
                  ((s += Z[r++] << c),
                  (c += 8),
                  c < v && ((s += Z[r++] << c), (c += 8))),
                (S += s & ((1 << v) - 1)),
                S > l)
              ) {
                ((i.msg = "invalid distance too far back"), (a.mode = et));
                break e;
              }
              if (((s >>>= v), (c -= v), (v = _ - f), S > v)) {
                if (((v = S - v), v > x && a.sane)) {
                  ((i.msg = "invalid distance too far back"), (a.mode = et));
                  break e;
                }
                if (((w = 0), (y = o), u === 0)) {
                  if (((w += h - v), v < m)) {
                    m -= v;
                    do g[_++] = o[w++];
                    while (--v);
                    ((w = _ - S), (y = g));
                  }
                } else if (u < v) {
                  if (((w += h + u - v), (v -= u), v < m)) {
                    m -= v;
                    do g[_++] = o[w++];
                    while (--v);
                    if (((w = 0), u < m)) {
                      ((v = u), (m -= v));
                      do g[_++] = o[w++];
                      while (--v);
                      ((w = _ - S), (y = g));
                    }
                  }
                } else if (((w += u - v), v < m)) {
                  m -= v;
                  do g[_++] = o[w++];
                  while (--v);
                  ((w = _ - S), (y = g));
                }
                for (; m > 2;)
                  ((g[_++] = y[w++]),
                    (g[_++] = y[w++]),
                    (g[_++] = y[w++]),
                    (m -= 3));
                m && ((g[_++] = y[w++]), m > 1 && (g[_++] = y[w++]));
              } else {
                w = _ - S;
                do
                  ((g[_++] = g[w++]),
                    (g[_++] = g[w++]),
                    (g[_++] = g[w++]),
                    (m -= 3));
                while (m > 2);
                m && ((g[_++] = g[w++]), m > 1 && (g[_++] = g[w++]));
              }
            } else if ((v & 64) === 0) {
              p = b[(p & 65535) + (s & ((1 << v) - 1))];
              continue a;
            } else {
              ((i.msg = "invalid distance code"), (a.mode = et));
              break e;
            }
            break;
          }
        } else if ((v & 64) === 0) {
          p = k[(p & 65535) + (s & ((1 << v) - 1))];
          continue t;
        } else if (v & 32) {
          a.mode = Pr;
          break e;
        } else {
          ((i.msg = "invalid literal/length code"), (a.mode = et));
          break e;
        }
        break;
      }
    } while (r < n && _ < d);
    ((m = c >> 3),
      (r -= m),
      (c -= m << 3),
      (s &= (1 << c) - 1),
      (i.next_in = r),
      (i.next_out = _),
      (i.avail_in = r < n ? 5 + (n - r) : 5 - (r - n)),
      (i.avail_out = _ < d ? 257 + (d - _) : 257 - (_ - d)),
      (a.hold = s),
      (a.bits = c));
  };
});
var Ma = I((Nn, Fa) => {
  "use strict";
  var Oa = V(),
    Ee = 15,
    Ia = 852,
    Ba = 592,
    Ca = 0,
    At = 1,
    La = 2,
    Yr = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
      67, 83, 99, 115, 131, 163, 195, 227, 258, 0, 0,
    ],
    Xr = [
      16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 18, 18, 18, 18, 19, 19,
      19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 16, 72, 78,
    ],
    qr = [
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
      769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577, 0, 0,
    ],
    Gr = [
      16, 16, 16, 16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23,
      24, 24, 25, 25, 26, 26, 27, 27, 28, 28, 29, 29, 64, 64,
    ];
  Fa.exports = function (i, t, a, r, n, _, f, d) {
    var l = d.bits,
      h = 0,
      x = 0,
      u = 0,
      o = 0,
      s = 0,
      c = 0,
      k = 0,
      b = 0,
      T = 0,
      A = 0,
      p,
      v,
      m,
      S,
      w,
      y = null,
      Z = 0,
      g,
      K = new Oa.Buf16(Ee + 1),
      He = new Oa.Buf16(Ee + 1),
      Ue = null,
      Ht = 0,
      Ut,
      Ke,
      Pe;
    for (h = 0; h <= Ee; h++) K[h] = 0;
    for (x = 0; x < r; x++) K[t[a + x]]++;
    for (s = l, o = Ee; o >= 1 && K[o] === 0; o--);
    if ((s > o && (s = o), o === 0))
      return (
        (n[_++] = (1 << 24) | (64 << 16) | 0),
        (n[_++] = (1 << 24) | (64 << 16) | 0),
        (d.bits = 1),
        0
      );
    for (u = 1; u < o && K[u] === 0; u++);
    for (s < u && (s = u), b = 1, h = 1; h <= Ee; h++)
      if (((b <<= 1), (b -= K[h]), b < 0)) return -1;
    if (b > 0 && (i === Ca || o !== 1)) return -1;
    for (He[1] = 0, h = 1; h < Ee; h++) He[h + 1] = He[h] + K[h];
    for (x = 0; x < r; x++) t[a + x] !== 0 && (f[He[t[a + x]]++] = x);
    if (
      (i === Ca
        ? ((y = Ue = f), (g = 19))
        : i === At
          ? ((y = Yr), (Z -= 257), (Ue = Xr), (Ht -= 257), (g = 256))
          : ((y = qr), (Ue = Gr), (g = -1)),
      (A = 0),
      (x = 0),
      (h = u),
      (w = _),
      (c = s),
      (k = 0),
      (m = -1),
      (T = 1 << s),
      (S = T - 1),
      (i === At && T > Ia) || (i === La && T > Ba))
    )
      return 1;
    for (;;) {
      ((Ut = h - k),
        f[x] < g
          ? ((Ke = 0), (Pe = f[x]))
          : f[x] > g
            ? ((Ke = Ue[Ht + f[x]]), (Pe = y[Z + f[x]]))
            : ((Ke = 96), (Pe = 0)),
        (p = 1 << (h - k)),
        (v = 1 << c),
        (u = v));
      do ((v -= p), (n[w + (A >> k) + v] = (Ut << 24) | (Ke << 16) | Pe | 0));
      while (v !== 0);
      for (p = 1 << (h - 1); A & p;) p >>= 1;
      if ((p !== 0 ? ((A &= p - 1), (A += p)) : (A = 0), x++, --K[h] === 0)) {
        if (h === o) break;
        h = t[a + f[x]];
      }
      if (h > s && (A & S) !== m) {
        for (
          k === 0 && (k = s), w += u, c = h - k, b = 1 << c;
          c + k < o && ((b -= K[c + k]), !(b <= 0));
        )
          (c++, (b <<= 1));
        if (((T += 1 << c), (i === At && T > Ia) || (i === La && T > Ba)))
          return 1;
        ((m = A & S), (n[m] = (s << 24) | (c << 16) | (w - _) | 0));
      }
    }
    return (
      A !== 0 && (n[w + A] = ((h - k) << 24) | (64 << 16) | 0),
      (d.bits = s),
      0
    );
  };
});
var xi = I((Y) => {
  "use strict";
  var F = V(),
    It = bt(),
    W = wt(),
    jr = Na(),
    Le = Ma(),
    Wr = 0,
    di = 1,
    ui = 2,
    Ha = 4,
    Vr = 5,
    tt = 6,
    ue = 0,
    Jr = 1,
    Qr = 2,
    U = -2,
    vi = -3,
    Bt = -4,
    $r = -5,
    Ua = 8,
    ci = 1,
    Ka = 2,
    Pa = 3,
    Ya = 4,
    Xa = 5,
    qa = 6,
    Ga = 7,
    ja = 8,
    Wa = 9,
    Va = 10,
    rt = 11,
    $ = 12,
    Dt = 13,
    Ja = 14,
    Zt = 15,
    Qa = 16,
    $a = 17,
    ei = 18,
    ti = 19,
    at = 20,
    it = 21,
    ai = 22,
    ii = 23,
    ri = 24,
    ni = 25,
    fi = 26,
    Rt = 27,
    li = 28,
    _i = 29,
    D = 30,
    Ct = 31,
    en = 32,
    tn = 852,
    an = 592,
    rn = 15,
    nn = rn;
  function hi(e) {
    return (
      ((e >>> 24) & 255) +
      ((e >>> 8) & 65280) +
      ((e & 65280) << 8) +
      ((e & 255) << 24)
    );
  }
  function fn() {
    ((this.mode = 0),
      (this.last = !1),
      (this.wrap = 0),
      (this.havedict = !1),
      (this.flags = 0),
      (this.dmax = 0),
      (this.check = 0),
      (this.total = 0),
      (this.head = null),
      (this.wbits = 0),
      (this.wsize = 0),
      (this.whave = 0),
      (this.wnext = 0),
      (this.window = null),
      (this.hold = 0),
      (this.bits = 0),
      (this.length = 0),
      (this.offset = 0),
      (this.extra = 0),
      (this.lencode = null),
      (this.distcode = null),
      (this.lenbits = 0),
      (this.distbits = 0),
      (this.ncode = 0),
      (this.nlen = 0),
      (this.ndist = 0),
      (this.have = 0),
      (this.next = null),
      (this.lens = new F.Buf16(320)),
      (this.work = new F.Buf16(288)),
      (this.lendyn = null),
      (this.distdyn = null),
      (this.sane = 0),
      (this.back = 0),
      (this.was = 0));
  }
  function si(e) {
    var i;
    return !e || !e.state
      ? U
      : ((i = e.state),
        (e.total_in = e.total_out = i.total = 0),
        (e.msg = ""),
        i.wrap && (e.adler = i.wrap & 1),
        (i.mode = ci),
        (i.last = 0),
        (i.havedict = 0),
        (i.dmax = 32768),
        (i.head = null),
        (i.hold = 0),
        (i.bits = 0),
        (i.lencode = i.lendyn = new F.Buf32(tn)),
        (i.distcode = i.distdyn = new F.Buf32(an)),
        (i.sane = 1),
        (i.back = -1),
        ue);
  }
  function bi(e) {
    var i;
    return !e || !e.state
      ? U
      : ((i = e.state), (i.wsize = 0), (i.whave = 0), (i.wnext = 0), si(e));
  }
  function wi(e, i) {
    var t, a;
    return !e ||
      !e.state ||
      ((a = e.state),
      i < 0 ? ((t = 0), (i = -i)) : ((t = (i >> 4) + 1), i < 48 && (i &= 15)),
      i && (i < 8 || i > 15))
      ? U
      : (a.window !== null && a.wbits !== i && (a.window = null),
        (a.wrap = t),
        (a.wbits = i),
        bi(e));
  }
  function gi(e, i) {
    var t, a;
    return e
      ? ((a = new fn()),
        (e.state = a),
        (a.window = null),
        (t = wi(e, i)),
        t !== ue && (e.state = null),
        t)
      : U;
  }
  function ln(e) {
    return gi(e, nn);
  }
  var oi = !0,
    Nt,
    Ot;
  function _n(e) {
    if (oi) {
      var i;
      for (Nt = new F.Buf32(512), Ot = new F.Buf32(32), i = 0; i < 144;)
        e.lens[i++] = 8;
      for (; i < 256;) e.lens[i++] = 9;
      for (; i < 280;) e.lens[i++] = 7;
      for (; i < 288;) e.lens[i++] = 8;
      for (Le(di, e.lens, 0, 288, Nt, 0, e.work, { bits: 9 }), i = 0; i < 32;)
        e.lens[i++] = 5;
      (Le(ui, e.lens, 0, 32, Ot, 0, e.work, { bits: 5 }), (oi = !1));
    }
    ((e.lencode = Nt), (e.lenbits = 9), (e.distcode = Ot), (e.distbits = 5));
  }
  function pi(e, i, t, a) {
    var r,
      n = e.state;
    return (
      n.window === null &&
        ((n.wsize = 1 << n.wbits),
        (n.wnext = 0),
        (n.whave = 0),
        (n.window = new F.Buf8(n.wsize))),
      a >= n.wsize
        ? (F.arraySet(n.window, i, t - n.wsize, n.wsize, 0),
          (n.wnext = 0),
          (n.whave = n.wsize))
        : ((r = n.wsize - n.wnext),
          r > a && (r = a),
          F.arraySet(n.window, i, t - a, r, n.wnext),
          (a -= r),
          a
            ? (F.arraySet(n.window, i, t - a, a, 0),
              (n.wnext = a),
              (n.whave = n.wsize))
            : ((n.wnext += r),
              n.wnext === n.wsize && (n.wnext = 0),
              n.whave < n.wsize && (n.whave += r))),
      0
    );
  }
  function hn(e, i) {
    var t,
      a,
      r,
      n,
      _,
      f,
      d,
      l,
      h,
      x,
      u,
      o,
      s,
      c,
      k = 0,
      b,
      T,
      A,
      p,
      v,
      m,
      S,
      w,
      y = new F.Buf8(4),
      Z,
      g,
      K = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    if (!e || !e.state || !e.output || (!e.input && e.avail_in !== 0)) return U;
    ((t = e.state),
      t.mode === $ && (t.mode = Dt),
      (_ = e.next_out),
      (r = e.output),
      (d = e.avail_out),
      (n = e.next_in),
      (a = e.input),
      (f = e.avail_in),
      (l = t.hold),
      (h = t.bits),
      (x = f),
      (u = d),
      (w = ue));
    e: for (;;)
      switch (t.mode) {
        case ci:
          if (t.wrap === 0) {
            t.mode = Dt;
            break;
          }
          for (; h < 16;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          if (t.wrap & 2 && l === 35615) {
            ((t.check = 0),
              (y[0] = l & 255),
              (y[1] = (l >>> 8) & 255),
              (t.check = W(t.check, y, 2, 0)),
              (l = 0),
              (h = 0),
              (t.mode = Ka));
            break;
          }
          if (
            ((t.flags = 0),
            t.head && (t.head.done = !1),
            !(t.wrap & 1) || (((l & 255) << 8) + (l >> 8)) % 31)
          ) {
            ((e.msg = "incorrect header check"), (t.mode = D));
            break;
          }
          if ((l & 15) !== Ua) {
            ((e.msg = "unknown compression method"), (t.mode = D));
            break;
          }
          if (((l >>>= 4), (h -= 4), (S = (l & 15) + 8), t.wbits === 0))
            t.wbits = S;
          else if (S > t.wbits) {
            ((e.msg = "invalid window size"), (t.mode = D));
            break;
          }
          ((t.dmax = 1 << S),
            (e.adler = t.check = 1),
            (t.mode = l & 512 ? Va : $),
            (l = 0),
            (h = 0));
          break;
        case Ka:
          for (; h < 16;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          if (((t.flags = l), (t.flags & 255) !== Ua)) {
            ((e.msg = "unknown compression method"), (t.mode = D));
            break;
          }
          if (t.flags & 57344) {
            ((e.msg = "unknown header flags set"), (t.mode = D));
            break;
          }
          (t.head && (t.head.text = (l >> 8) & 1),
            t.flags & 512 &&
              ((y[0] = l & 255),
              (y[1] = (l >>> 8) & 255),
              (t.check = W(t.check, y, 2, 0))),
            (l = 0),
            (h = 0),
            (t.mode = Pa));
        case Pa:
          for (; h < 32;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          (t.head && (t.head.time = l),
            t.flags & 512 &&
              ((y[0] = l & 255),
              (y[1] = (l >>> 8) & 255),
              (y[2] = (l >>> 16) & 255),
              (y[3] = (l >>> 24) & 255),
              (t.check = W(t.check, y, 4, 0))),
            (l = 0),
            (h = 0),
            (t.mode = Ya));
        case Ya:
          for (; h < 16;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          (t.head && ((t.head.xflags = l & 255), (t.head.os = l >> 8)),
            t.flags & 512 &&
              ((y[0] = l & 255),
              (y[1] = (l >>> 8) & 255),
              (t.check = W(t.check, y, 2, 0))),
            (l = 0),
            (h = 0),
            (t.mode = Xa));
        case Xa:
          if (t.flags & 1024) {
            for (; h < 16;) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            ((t.length = l),
              t.head && (t.head.extra_len = l),
              t.flags & 512 &&
                ((y[0] = l & 255),
                (y[1] = (l >>> 8) & 255),
                (t.check = W(t.check, y, 2, 0))),
              (l = 0),
              (h = 0));
          } else t.head && (t.head.extra = null);
          t.mode = qa;
        case qa:
          if (
            t.flags & 1024 &&
            ((o = t.length),
            o > f && (o = f),
            o &&
              (t.head &&
                ((S = t.head.extra_len - t.length),
                t.head.extra || (t.head.extra = new Array(t.head.extra_len)),
                F.arraySet(t.head.extra, a, n, o, S)),
              t.flags & 512 && (t.check = W(t.check, a, o, n)),
              (f -= o),
              (n += o),
              (t.length -= o)),
            t.length)
          )
            break e;
          ((t.length = 0), (t.mode = Ga));
        case Ga:
          if (t.flags & 2048) {
            if (f === 0) break e;
            o = 0;
            do
              ((S = a[n + o++]),
                t.head &&
                  S &&
                  t.length < 65536 &&
                  (t.head.name += String.fromCharCode(S)));
            while (S && o < f);
            if (
              (t.flags & 512 && (t.check = W(t.check, a, o, n)),
              (f -= o),
              (n += o),
              S)
            )
              break e;
          } else t.head && (t.head.name = null);
          ((t.length = 0), (t.mode = ja));
        case ja:
          if (t.flags & 4096) {
            if (f === 0) break e;
            o = 0;
            do
              ((S = a[n + o++]),
                t.head &&
                  S &&
                  t.length < 65536 &&
                  (t.head.comment += String.fromCharCode(S)));
            while (S && o < f);
            if (
              (t.flags & 512 && (t.check = W(t.check, a, o, n)),
              (f -= o),
              (n += o),
              S)
            )
              break e;
          } else t.head && (t.head.comment = null);
          t.mode = Wa;
        case Wa:
          if (t.flags & 512) {
            for (; h < 16;) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            if (l !== (t.check & 65535)) {
              ((e.msg = "header crc mismatch"), (t.mode = D));
              break;
            }
            ((l = 0), (h = 0));
          }
          (t.head && ((t.head.hcrc = (t.flags >> 9) & 1), (t.head.done = !0)),
            (e.adler = t.check = 0),
            (t.mode = $));
          break;
        case Va:
          for (; h < 32;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          ((e.adler = t.check = hi(l)), (l = 0), (h = 0), (t.mode = rt));
        case rt:
          if (t.havedict === 0)
            return (
              (e.next_out = _),
              (e.avail_out = d),
              (e.next_in = n),
              (e.avail_in = f),
              (t.hold = l),
              (t.bits = h),
              Qr
            );
          ((e.adler = t.check = 1), (t.mode = $));
        case $:
          if (i === Vr || i === tt) break e;
        case Dt:
          if (t.last) {
            ((l >>>= h & 7), (h -= h & 7), (t.mode = Rt));
            break;
          }
          for (; h < 3;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          switch (((t.last = l & 1), (l >>>= 1), (h -= 1), l & 3)) {
            case 0:
              t.mode = Ja;
              break;
            case 1:
              if ((_n(t), (t.mode = at), i === tt)) {
                ((l >>>= 2), (h -= 2));
                break e;
              }
              break;
            case 2:
              t.mode = $a;
              break;
            case 3:
              ((e.msg = "invalid block type"), (t.mode = D));
          }
          ((l >>>= 2), (h -= 2));
          break;
        case Ja:
          for (l >>>= h & 7, h -= h & 7; h < 32;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          if ((l & 65535) !== ((l >>> 16) ^ 65535)) {
            ((e.msg = "invalid stored block lengths"), (t.mode = D));
            break;
          }
          if (
            ((t.length = l & 65535), (l = 0), (h = 0), (t.mode = Zt), i === tt)
          )
            break e;
        case Zt:
          t.mode = Qa;
        case Qa:
          if (((o = t.length), o)) {
            if ((o > f && (o = f), o > d && (o = d), o === 0)) break e;
            (F.arraySet(r, a, n, o, _),
              (f -= o),
              (n += o),
              (d -= o),
              (_ += o),
              (t.length -= o));
            break;
          }
          t.mode = $;
          break;
        case $a:
          for (; h < 14;) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          if (
            ((t.nlen = (l & 31) + 257),
            (l >>>= 5),
            (h -= 5),
            (t.ndist = (l & 31) + 1),
            (l >>>= 5),
            (h -= 5),
            (t.ncode = (l & 15) + 4),
            (l >>>= 4),
            (h -= 4),
            t.nlen > 286 || t.ndist > 30)
          ) {
            ((e.msg = "too many length or distance symbols"), (t.mode = D));
            break;
          }
          ((t.have = 0), (t.mode = ei));
        case ei:
          for (; t.have < t.ncode;) {
            for (; h < 3;) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            ((t.lens[K[t.have++]] = l & 7), (l >>>= 3), (h -= 3));
          }
          for (; t.have < 19;) t.lens[K[t.have++]] = 0;
          if (
            ((t.lencode = t.lendyn),
            (t.lenbits = 7),
            (Z = { bits: t.lenbits }),
            (w = Le(Wr, t.lens, 0, 19, t.lencode, 0, t.work, Z)),
            (t.lenbits = Z.bits),
            w)
          ) {
            ((e.msg = "invalid code lengths set"), (t.mode = D));
            break;
          }
          ((t.have = 0), (t.mode = ti));
        case ti:
          for (; t.have < t.nlen + t.ndist;) {
            for (
              ;
              (k = t.lencode[l & ((1 << t.lenbits) - 1)]),
                (b = k >>> 24),
                (T = (k >>> 16) & 255),
                (A = k & 65535),
                !(b <= h);
            ) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            if (A < 16) ((l >>>= b), (h -= b), (t.lens[t.have++] = A));
            else {
              if (A === 16) {
                for (g = b + 2; h < g;) {
                  if (f === 0) break e;
                  (f--, (l += a[n++] << h), (h += 8));
                }
                if (((l >>>= b), (h -= b), t.have === 0)) {
                  ((e.msg = "invalid bit length repeat"), (t.mode = D));
                  break;
                }
                ((S = t.lens[t.have - 1]),
                  (o = 3 + (l & 3)),
                  (l >>>= 2),
                  (h -= 2));
              } else if (A === 17) {
                for (g = b + 3; h < g;) {
                  if (f === 0) break e;
                  (f--, (l += a[n++] << h), (h += 8));
                }
                ((l >>>= b),
                  (h -= b),
                  (S = 0),
                  (o = 3 + (l & 7)),
                  (l >>>= 3),
                  (h -= 3));
              } else {
                for (g = b + 7; h < g;) {
                  if (f === 0) break e;
                  (f--, (l += a[n++] << h), (h += 8));
                }
                ((l >>>= b),
                  (h -= b),
                  (S = 0),
                  (o = 11 + (l & 127)),
                  (l >>>= 7),
                  (h -= 7));
              }
              if (t.have + o > t.nlen + t.ndist) {
                ((e.msg = "invalid bit length repeat"), (t.mode = D));
                break;
              }
              for (; o--;) t.lens[t.have++] = S;
            }
          }
          if (t.mode === D) break;
          if (t.lens[256] === 0) {
            ((e.msg = "invalid code -- missing end-of-block"), (t.mode = D));
            break;
          }
          if (
            ((t.lenbits = 9),
            (Z = { bits: t.lenbits }),
            (w = Le(di, t.lens, 0, t.nlen, t.lencode, 0, t.work, Z)),
            (t.lenbits = Z.bits),
            w)
          ) {
            ((e.msg = "invalid literal/lengths set"), (t.mode = D));
            break;
          }
          if (
            ((t.distbits = 6),
            (t.distcode = t.distdyn),
            (Z = { bits: t.distbits }),
            (w = Le(ui, t.lens, t.nlen, t.ndist, t.distcode, 0, t.work, Z)),
            (t.distbits = Z.bits),
            w)
          ) {
            ((e.msg = "invalid distances set"), (t.mode = D));
            break;
          }
          if (((t.mode = at), i === tt)) break e;
        case at:
          t.mode = it;
        case it:
          if (f >= 6 && d >= 258) {
            ((e.next_out = _),
              (e.avail_out = d),
              (e.next_in = n),
              (e.avail_in = f),
              (t.hold = l),
              (t.bits = h),
              jr(e, u),
              (_ = e.next_out),
              (r = e.output),
              (d = e.avail_out),
              (n = e.next_in),
              (a = e.input),
              (f = e.avail_in),
              (l = t.hold),
              (h = t.bits),
              t.mode === $ && (t.back = -1));
            break;
          }
          for (
            t.back = 0;
            (k = t.lencode[l & ((1 << t.lenbits) - 1)]),
              (b = k >>> 24),
              (T = (k >>> 16) & 255),
              (A = k & 65535),
              !(b <= h);
          ) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          if (T && (T & 240) === 0) {
            for (
              p = b, v = T, m = A;
              (k = t.lencode[m + ((l & ((1 << (p + v)) - 1)) >> p)]),
                (b = k >>> 24),
                (T = (k >>> 16) & 255),
                (A = k & 65535),
                !(p + b <= h);
            ) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            ((l >>>= p), (h -= p), (t.back += p));
          }
          if (((l >>>= b), (h -= b), (t.back += b), (t.length = A), T === 0)) {
            t.mode = fi;
            break;
          }
          if (T & 32) {
            ((t.back = -1), (t.mode = $));
            break;
          }
          if (T & 64) {
            ((e.msg = "invalid literal/length code"), (t.mode = D));
            break;
          }
          ((t.extra = T & 15), (t.mode = ai));
        case ai:
          if (t.extra) {
            for (g = t.extra; h < g;) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            ((t.length += l & ((1 << t.extra) - 1)),
              (l >>>= t.extra),
              (h -= t.extra),
              (t.back += t.extra));
          }
          ((t.was = t.length), (t.mode = ii));
        case ii:
          for (
            ;
            (k = t.distcode[l & ((1 << t.distbits) - 1)]),
              (b = k >>> 24),
              (T = (k >>> 16) & 255),
              (A = k & 65535),
              !(b <= h);
          ) {
            if (f === 0) break e;
            (f--, (l += a[n++] << h), (h += 8));
          }
          if ((T & 240) === 0) {
            for (
              p = b, v = T, m = A;
              (k = t.distcode[m + ((l & ((1 << (p + v)) - 1)) >> p)]),
                (b = k >>> 24),
                (T = (k >>> 16) & 255),
                (A = k & 65535),
                !(p + b <= h);
            ) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            ((l >>>= p), (h -= p), (t.back += p));
          }
          if (((l >>>= b), (h -= b), (t.back += b), T & 64)) {
            ((e.msg = "invalid distance code"), (t.mode = D));
            break;
          }
          ((t.offset = A), (t.extra = T & 15), (t.mode = ri));
        case ri:
          if (t.extra) {
            for (g = t.extra; h < g;) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            ((t.offset += l & ((1 << t.extra) - 1)),
              (l >>>= t.extra),
              (h -= t.extra),
              (t.back += t.extra));
          }
          if (t.offset > t.dmax) {
            ((e.msg = "invalid distance too far back"), (t.mode = D));
            break;
          }
          t.mode = ni;
        case ni:
          if (d === 0) break e;
          if (((o = u - d), t.offset > o)) {
            if (((o = t.offset - o), o > t.whave && t.sane)) {
              ((e.msg = "invalid distance too far back"), (t.mode = D));
              break;
            }
            (o > t.wnext
              ? ((o -= t.wnext), (s = t.wsize - o))
              : (s = t.wnext - o),
              o > t.length && (o = t.length),
              (c = t.window));
          } else ((c = r), (s = _ - t.offset), (o = t.length));
          (o > d && (o = d), (d -= o), (t.length -= o));
          do r[_++] = c[s++];
          while (--o);
          t.length === 0 && (t.mode = it);
          break;
        case fi:
          if (d === 0) break e;
          ((r[_++] = t.length), d--, (t.mode = it));
          break;
        case Rt:
          if (t.wrap) {
            for (; h < 32;) {
              if (f === 0) break e;
              (f--, (l |= a[n++] << h), (h += 8));
            }
            if (
              ((u -= d),
              (e.total_out += u),
              (t.total += u),
              u &&
                (e.adler = t.check =
                  t.flags ? W(t.check, r, u, _ - u) : It(t.check, r, u, _ - u)),
              (u = d),
              (t.flags ? l : hi(l)) !== t.check)
            ) {
              ((e.msg = "incorrect data check"), (t.mode = D));
              break;
            }
            ((l = 0), (h = 0));
          }
          t.mode = li;
        case li:
          if (t.wrap && t.flags) {
            for (; h < 32;) {
              if (f === 0) break e;
              (f--, (l += a[n++] << h), (h += 8));
            }
            if (l !== (t.total & 4294967295)) {
              ((e.msg = "incorrect length check"), (t.mode = D));
              break;
            }
            ((l = 0), (h = 0));
          }
          t.mode = _i;
        case _i:
          w = Jr;
          break e;
        case D:
          w = vi;
          break e;
        case Ct:
          return Bt;
        case en:
        default:
          return U;
      }
    return (
      (e.next_out = _),
      (e.avail_out = d),
      (e.next_in = n),
      (e.avail_in = f),
      (t.hold = l),
      (t.bits = h),
      (t.wsize ||
        (u !== e.avail_out && t.mode < D && (t.mode < Rt || i !== Ha))) &&
      pi(e, e.output, e.next_out, u - e.avail_out)
        ? ((t.mode = Ct), Bt)
        : ((x -= e.avail_in),
          (u -= e.avail_out),
          (e.total_in += x),
          (e.total_out += u),
          (t.total += u),
          t.wrap &&
            u &&
            (e.adler = t.check =
              t.flags
                ? W(t.check, r, u, e.next_out - u)
                : It(t.check, r, u, e.next_out - u)),
          (e.data_type =
            t.bits +
            (t.last ? 64 : 0) +
            (t.mode === $ ? 128 : 0) +
            (t.mode === at || t.mode === Zt ? 256 : 0)),
          ((x === 0 && u === 0) || i === Ha) && w === ue && (w = $r),
          w)
    );
  }
  function on(e) {
    if (!e || !e.state) return U;
    var i = e.state;
    return (i.window && (i.window = null), (e.state = null), ue);
  }
  function dn(e, i) {
    var t;
    return !e || !e.state || ((t = e.state), (t.wrap & 2) === 0)
      ? U
      : ((t.head = i), (i.done = !1), ue);
  }
  function un(e, i) {
    var t = i.length,
      a,
      r,
      n;
    return !e || !e.state || ((a = e.state), a.wrap !== 0 && a.mode !== rt)
      ? U
      : a.mode === rt && ((r = 1), (r = It(r, i, t, 0)), r !== a.check)
        ? vi
        : ((n = pi(e, i, t, t)),
          n ? ((a.mode = Ct), Bt) : ((a.havedict = 1), ue));
  }
  Y.inflateReset = bi;
  Y.inflateReset2 = wi;
  Y.inflateResetKeep = si;
  Y.inflateInit = ln;
  Y.inflateInit2 = gi;
  Y.inflate = hn;
  Y.inflateEnd = on;
  Y.inflateGetHeader = dn;
  Y.inflateSetDictionary = un;
  Y.inflateInfo = "pako inflate (from Nodeca project)";
});
var Lt = I((In, ki) => {
  "use strict";
  ki.exports = {
    Z_NO_FLUSH: 0,
    Z_PARTIAL_FLUSH: 1,
    Z_SYNC_FLUSH: 2,
    Z_FULL_FLUSH: 3,
    Z_FINISH: 4,
    Z_BLOCK: 5,
    Z_TREES: 6,
    Z_OK: 0,
    Z_STREAM_END: 1,
    Z_NEED_DICT: 2,
    Z_ERRNO: -1,
    Z_STREAM_ERROR: -2,
    Z_DATA_ERROR: -3,
    Z_BUF_ERROR: -5,
    Z_NO_COMPRESSION: 0,
    Z_BEST_SPEED: 1,
    Z_BEST_COMPRESSION: 9,
    Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1,
    Z_HUFFMAN_ONLY: 2,
    Z_RLE: 3,
    Z_FIXED: 4,
    Z_DEFAULT_STRATEGY: 0,
    Z_BINARY: 0,
    Z_TEXT: 1,
    Z_UNKNOWN: 2,
    Z_DEFLATED: 8,
  };
});
var Si = I((Bn, Ei) => {
  "use strict";
  function vn() {
    ((this.text = 0),
      (this.time = 0),
      (this.xflags = 0),
      (this.os = 0),
      (this.extra = null),
      (this.extra_len = 0),
      (this.name = ""),
      (this.comment = ""),
      (this.hcrc = 0),
      (this.done = !1));
  }
  Ei.exports = vn;
});
var zi = I((Me) => {
  "use strict";
  var Se = xi(),
    Fe = V(),
    nt = Et(),
    R = Lt(),
    Ft = qe(),
    cn = St(),
    sn = Si(),
    yi = Object.prototype.toString;
  function ve(e) {
    if (!(this instanceof ve)) return new ve(e);
    this.options = Fe.assign(
      { chunkSize: 16384, windowBits: 0, to: "" },
      e || {},
    );
    var i = this.options;
    (i.raw &&
      i.windowBits >= 0 &&
      i.windowBits < 16 &&
      ((i.windowBits = -i.windowBits),
      i.windowBits === 0 && (i.windowBits = -15)),
      i.windowBits >= 0 &&
        i.windowBits < 16 &&
        !(e && e.windowBits) &&
        (i.windowBits += 32),
      i.windowBits > 15 &&
        i.windowBits < 48 &&
        (i.windowBits & 15) === 0 &&
        (i.windowBits |= 15),
      (this.err = 0),
      (this.msg = ""),
      (this.ended = !1),
      (this.chunks = []),
      (this.strm = new cn()),
      (this.strm.avail_out = 0));
    var t = Se.inflateInit2(this.strm, i.windowBits);
    if (t !== R.Z_OK) throw new Error(Ft[t]);
    if (
      ((this.header = new sn()),
      Se.inflateGetHeader(this.strm, this.header),
      i.dictionary &&
        (typeof i.dictionary == "string"
          ? (i.dictionary = nt.string2buf(i.dictionary))
          : yi.call(i.dictionary) === "[object ArrayBuffer]" &&
            (i.dictionary = new Uint8Array(i.dictionary)),
        i.raw &&
          ((t = Se.inflateSetDictionary(this.strm, i.dictionary)),
          t !== R.Z_OK)))
    )
      throw new Error(Ft[t]);
  }
  ve.prototype.push = function (e, i) {
    var t = this.strm,
      a = this.options.chunkSize,
      r = this.options.dictionary,
      n,
      _,
      f,
      d,
      l,
      h = !1;
    if (this.ended) return !1;
    ((_ = i === ~~i ? i : i === !0 ? R.Z_FINISH : R.Z_NO_FLUSH),
      typeof e == "string"
        ? (t.input = nt.binstring2buf(e))
        : yi.call(e) === "[object ArrayBuffer]"
          ? (t.input = new Uint8Array(e))
          : (t.input = e),
      (t.next_in = 0),
      (t.avail_in = t.input.length));
    do {
      if (
        (t.avail_out === 0 &&
          ((t.output = new Fe.Buf8(a)), (t.next_out = 0), (t.avail_out = a)),
        (n = Se.inflate(t, R.Z_NO_FLUSH)),
        n === R.Z_NEED_DICT && r && (n = Se.inflateSetDictionary(this.strm, r)),
        n === R.Z_BUF_ERROR && h === !0 && ((n = R.Z_OK), (h = !1)),
        n !== R.Z_STREAM_END && n !== R.Z_OK)
      )
        return (this.onEnd(n), (this.ended = !0), !1);
      (t.next_out &&
        (t.avail_out === 0 ||
          n === R.Z_STREAM_END ||
          (t.avail_in === 0 && (_ === R.Z_FINISH || _ === R.Z_SYNC_FLUSH))) &&
        (this.options.to === "string"
          ? ((f = nt.utf8border(t.output, t.next_out)),
            (d = t.next_out - f),
            (l = nt.buf2string(t.output, f)),
            (t.next_out = d),
            (t.avail_out = a - d),
            d && Fe.arraySet(t.output, t.output, f, d, 0),
            this.onData(l))
          : this.onData(Fe.shrinkBuf(t.output, t.next_out))),
        t.avail_in === 0 && t.avail_out === 0 && (h = !0));
    } while ((t.avail_in > 0 || t.avail_out === 0) && n !== R.Z_STREAM_END);
    return (
      n === R.Z_STREAM_END && (_ = R.Z_FINISH),
      _ === R.Z_FINISH
        ? ((n = Se.inflateEnd(this.strm)),
          this.onEnd(n),
          (this.ended = !0),
          n === R.Z_OK)
        : (_ === R.Z_SYNC_FLUSH && (this.onEnd(R.Z_OK), (t.avail_out = 0)), !0)
    );
  };
  ve.prototype.onData = function (e) {
    this.chunks.push(e);
  };
  ve.prototype.onEnd = function (e) {
    (e === R.Z_OK &&
      (this.options.to === "string"
        ? (this.result = this.chunks.join(""))
        : (this.result = Fe.flattenChunks(this.chunks))),
      (this.chunks = []),
      (this.err = e),
      (this.msg = this.strm.msg));
  };
  function Mt(e, i) {
    var t = new ve(i);
    if ((t.push(e, !0), t.err)) throw t.msg || Ft[t.err];
    return t.result;
  }
  function bn(e, i) {
    return ((i = i || {}), (i.raw = !0), Mt(e, i));
  }
  Me.Inflate = ve;
  Me.inflate = Mt;
  Me.inflateRaw = bn;
  Me.ungzip = Mt;
});
var kn = I((Ln, Ti) => {
  "use strict";
  var wn = V().assign,
    gn = Za(),
    pn = zi(),
    xn = Lt(),
    mi = {};
  wn(mi, gn, pn, xn);
  Ti.exports = mi;
});
export { kn as a };
