import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var d = Symbol.for("quansync.getIsAsync"),
  s = class extends Error {
    constructor(e = "Unexpected promise in sync context") {
      (super(e), (this.name = "QuansyncError"));
    }
  };
function i(t) {
  return t && typeof t == "object" && typeof t.then == "function";
}
function b(t) {
  return (
    t &&
    typeof t == "object" &&
    typeof t[Symbol.iterator] == "function" &&
    "__quansync" in t
  );
}
function u(t) {
  let e = function* (...r) {
    return (yield d) ? yield t.async.apply(this, r) : t.sync.apply(this, r);
  };
  function n(...r) {
    let c = e.apply(this, r);
    return (
      (c.then = (...m) => t.async.apply(this, r).then(...m)),
      (c.__quansync = !0),
      c
    );
  }
  return ((n.sync = t.sync), (n.async = t.async), n);
}
function x(t) {
  return u({
    async: () => Promise.resolve(t),
    sync: () => {
      if (i(t)) throw new s();
      return t;
    },
  });
}
function o(t, e) {
  if (t === d) return e;
  if (b(t)) return e ? p(t) : h(t);
  if (!e && i(t)) throw new s();
  return t;
}
var l = (t) => t;
function h(t, e = l) {
  let n = t.next();
  for (; !n.done;)
    try {
      n = t.next(o(e(n.value, !1)));
    } catch (r) {
      n = t.throw(r);
    }
  return o(n.value);
}
async function p(t, e = l) {
  let n = t.next();
  for (; !n.done;)
    try {
      n = t.next(await o(e(n.value, !0), !0));
    } catch (r) {
      n = t.throw(r);
    }
  return n.value;
}
function _(t, e) {
  return u({
    name: t.name,
    async(...n) {
      return p(t.apply(this, n), e?.onYield);
    },
    sync(...n) {
      return h(t.apply(this, n), e?.onYield);
    },
  });
}
function f(t, e) {
  return i(t) ? x(t) : typeof t == "function" ? _(t, e) : u(t);
}
var S = f({ async: () => Promise.resolve(!0), sync: () => !1 });
var y = new Map(),
  a = class extends Error {
    constructor(e) {
      super(`standard-json: Unsupported schema vendor "${e}".`);
    }
  },
  w = class extends Error {
    constructor(e) {
      super(`standard-json: Missing dependencies "${e}".`);
    }
  },
  k = async (t) => {
    let e = y.get(t);
    if (e) return e;
    let n;
    switch (t) {
      case "arktype":
        n = (await import("./arktype-aI7TBD0R-F43KADCW.mjs")).default();
        break;
      case "effect":
        n = (await import("./effect-QlVUlMFu-543GQLIE.mjs")).default();
        break;
      case "sury":
        n = (await import("./sury-CWZTCd75-3QIFSXLR.mjs")).default();
        break;
      case "typebox":
        n = (await import("./typebox-Dei93FPO-M3S2UU6K.mjs")).default();
        break;
      case "valibot":
        n = (await import("./valibot--1zFm7rT-PVPVXG42.mjs")).default();
        break;
      case "zod":
        n = (await import("./zod-Bwrt9trS-4MX7R337.mjs")).default();
        break;
      default:
        throw new a(t);
    }
    let r = await n;
    return (y.set(t, r), r);
  },
  A = f({
    sync: (t, e) => {
      let n = t["~standard"].vendor,
        r = y.get(n);
      if (!r) throw new a(n);
      return r(t, e);
    },
    async: async (t, e) => (await k(t["~standard"].vendor))(t, e),
  });
export { w as a, A as b };
