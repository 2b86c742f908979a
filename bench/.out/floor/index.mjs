import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var O = class extends Error {
  res;
  status;
  constructor(e = 500, t) {
    (super(t?.message, { cause: t?.cause }),
      (this.res = t?.res),
      (this.status = e));
  }
  getResponse() {
    return this.res
      ? new Response(this.res.body, {
          status: this.status,
          headers: this.res.headers,
        })
      : new Response(this.message, { status: this.status });
  }
};
var C = Symbol();
var oe = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (r) => r.toLowerCase()) },
  }).formData();
var ke = 1e4,
  q = (e) => "headers" in e,
  ce = async (e, t = Object.create(null)) => {
    let { all: r = !1, dot: s = !1 } = t,
      n = (q(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return n === "multipart/form-data" ||
      n === "application/x-www-form-urlencoded"
      ? qe(e, { all: r, dot: s })
      : {};
  };
async function qe(e, t) {
  if (!q(e) && e.bodyCache.formData) return ie(await e.bodyCache.formData, t);
  let r = q(e) ? e.headers : e.raw.headers,
    s = await e.arrayBuffer(),
    n = oe(s, r.get("Content-Type") || "");
  q(e) || (e.bodyCache.formData = n);
  let o = await n;
  return o ? ie(o, t) : {};
}
function ie(e, t) {
  let r = Object.create(null),
    s = { count: 0 };
  return (
    e.forEach((n, o) => {
      t.all || o.endsWith("[]") ? _e(r, o, n) : (r[o] = n);
    }),
    t.dot &&
      Object.entries(r).forEach(([n, o]) => {
        n.includes(".") && ($e(r, n, o, s), delete r[n]);
      }),
    r
  );
}
var _e = (e, t, r) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(r)
        : (e[t] = [e[t], r])
      : t.endsWith("[]")
        ? (e[t] = [r])
        : (e[t] = r);
  },
  $e = (e, t, r, s) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let n = e,
      o = t.split(".", 34);
    (o.length > 33 && ae(),
      o.forEach((i, a) => {
        a === o.length - 1
          ? (n[i] = r)
          : ((!n[i] ||
              typeof n[i] != "object" ||
              Array.isArray(n[i]) ||
              n[i] instanceof File) &&
              (s.count++ >= ke && ae(), (n[i] = Object.create(null))),
            (n = n[i]));
      }));
  },
  ae = () => {
    throw new Error("Nesting limit exceeded");
  };
var W = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  T = (e) => {
    let { groups: t, path: r } = De(e),
      s = W(r);
    return Me(s, t);
  },
  De = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (r, s) => {
        let n = `@${s}`;
        return (t.push([n, r]), n);
      })),
      { groups: t, path: e }
    );
  },
  Me = (e, t) => {
    for (let r = t.length - 1; r >= 0; r--) {
      let [s] = t[r];
      for (let n = e.length - 1; n >= 0; n--)
        if (e[n].includes(s)) {
          e[n] = e[n].replace(s, t[r][1]);
          break;
        }
    }
    return e;
  },
  _ = {},
  j = (e, t) => {
    if (e === "*") return "*";
    let r = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (r) {
      let s = `${e}#${t}`;
      return (
        _[s] ||
          (r[2]
            ? (_[s] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [s, r[1], new RegExp(`^${r[2]}(?=/${t})`)]
                  : [e, r[1], new RegExp(`^${r[2]}$`)])
            : (_[s] = [e, r[1], !0])),
        _[s]
      );
    }
    return null;
  },
  $ = (e, t) => {
    try {
      return t(e);
    } catch {
      return e.replace(/(?:%[0-9A-Fa-f]{2})+/g, (r) => {
        try {
          return t(r);
        } catch {
          return r;
        }
      });
    }
  };
var V = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  Q = (e) => {
    let t = e.url,
      r = t.indexOf("/", t.indexOf(":") + 4),
      s = r;
    for (; s < t.length; s++) {
      let n = t.charCodeAt(s);
      if (n === 37) {
        let o = t.indexOf("?", s),
          i = t.indexOf("#", s),
          a =
            o === -1 ? (i === -1 ? void 0 : i) : i === -1 ? o : Math.min(o, i),
          c = t.slice(r, a),
          h = $(c, V);
        if (/%(?![0-9A-Fa-f]{2})/.test(c)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = h.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            $(l.pathname, V) !== h)
          )
            return $(c.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), V);
        }
        return h;
      } else if (n === 63 || n === 35) break;
    }
    return t.slice(r, s);
  };
var he = (e) => {
    let t = Q(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  b = (e, t, ...r) => (
    r.length && (t = b(t, ...r)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  D = (e) => {
    if (e.charCodeAt(e.length - 1) !== 63 || !e.includes(":")) return null;
    let t = e.split("/"),
      r = [],
      s = "";
    return (
      t.forEach((n) => {
        if (n !== "" && !/\:/.test(n)) s += "/" + n;
        else if (/\:/.test(n))
          if (n.charCodeAt(n.length - 1) === 63) {
            r.length === 0 && s === "" ? r.push("/") : r.push(s);
            let o = n.slice(0, -1);
            ((s += "/" + o), r.push(s));
          } else s += "/" + n;
      }),
      r.filter((n, o, i) => i.indexOf(n) === o)
    );
  },
  M = (e) => (e.indexOf("%") !== -1 ? $(e, Ne) : e),
  F = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), M(e)),
  le = (e, t, r) => {
    let s = e.indexOf("#", 8);
    s !== -1 && (e = e.slice(0, s));
    let n;
    if (!r && t && !/[%+&=]/.test(t)) {
      let a = e.indexOf("?", 8),
        c = a;
      if (c === -1) return;
      for (
        e.startsWith(t, c + 1) || (c = e.indexOf(`&${t}`, c + 1));
        c !== -1;
      ) {
        let h = e.charCodeAt(c + t.length + 1);
        if (h === 61 || h === 38 || isNaN(h)) {
          if (c > a && /(?:^|&)[^=&]*[%+]/.test(e.slice(a + 1, c))) break;
          if (h === 61) {
            let l = c + t.length + 2,
              u = e.indexOf("&", l);
            return F(e.slice(l, u === -1 ? void 0 : u));
          }
          return "";
        }
        c = e.indexOf(`&${t}`, c + 1);
      }
      if (((n = /[%+]/.test(e)), !n)) return;
    }
    let o = Object.create(null);
    n ??= /[%+]/.test(e);
    let i = e.indexOf("?", 8);
    for (; i !== -1;) {
      let a = e.indexOf("&", i + 1),
        c = e.indexOf("=", i);
      c > a && a !== -1 && (c = -1);
      let h = e.slice(i + 1, c === -1 ? (a === -1 ? void 0 : a) : c);
      if ((n && (h = F(h)), (i = a), h === "")) continue;
      let l;
      (c === -1
        ? (l = "")
        : ((l = e.slice(c + 1, a === -1 ? void 0 : a)), n && (l = F(l))),
        r
          ? ((o[h] && Array.isArray(o[h])) || (o[h] = []), o[h].push(l))
          : (o[h] ??= l));
    }
    return t ? o[t] : o;
  },
  ue = le,
  fe = (e, t) => le(e, t, !0),
  Ne = decodeURIComponent;
var de = class {
  raw;
  #t;
  #e;
  routeIndex = 0;
  path;
  bodyCache = {};
  constructor(e, t = "/", r = [[]]) {
    ((this.raw = e), (this.path = t), (this.#e = r));
  }
  param(e) {
    return e ? this.#r(e) : this.#o();
  }
  #r(e) {
    let t = this.#e[0][this.routeIndex]?.[1][e],
      r = this.#n(t);
    return r && M(r);
  }
  #o() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let r of t) {
      let s = this.#n(this.#e[0][this.routeIndex][1][r]);
      s !== void 0 && (e[r] = M(s));
    }
    return e;
  }
  #n(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return ue(this.url, e);
  }
  queries(e) {
    return fe(this.url, e);
  }
  header(e) {
    if (e) return this.raw.headers.get(e) ?? void 0;
    let t = Object.create(null);
    return (
      this.raw.headers.forEach((r, s) => {
        t[s] = r;
      }),
      t
    );
  }
  async parseBody(e) {
    return ce(this, e);
  }
  #s = (e) => {
    let { bodyCache: t, raw: r } = this,
      s = t[e];
    if (s) return s;
    for (let n in t)
      return t[n].then((o) => {
        n === "json" && (o = JSON.stringify(o));
        let i = n === "formData" ? void 0 : r.headers.get("content-type");
        return new Response(o, { headers: i ? { "Content-Type": i } : void 0 })[
          e
        ]();
      });
    return (t[e] = r[e]());
  };
  json() {
    return this.#s("text").then((e) => JSON.parse(e));
  }
  text() {
    return this.#s("text");
  }
  arrayBuffer() {
    return this.#s("arrayBuffer");
  }
  bytes() {
    return this.#s("arrayBuffer").then((e) => new Uint8Array(e));
  }
  blob() {
    return this.#s("blob");
  }
  formData() {
    return this.#s("formData");
  }
  addValidatedData(e, t) {
    (this.#t ??= {})[e] = t;
  }
  valid(e) {
    return this.#t?.[e];
  }
  get url() {
    return this.raw.url;
  }
  get method() {
    return this.raw.method;
  }
  get [C]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var pe = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  ve = (e, t) => {
    let r = new String(e);
    return ((r.isEscaped = !0), (r.callbacks = t), r);
  };
var G = async (e, t, r, s, n) => {
  typeof e == "object" &&
    !(e instanceof String) &&
    (e instanceof Promise || (e = e.toString()),
    e instanceof Promise && (e = await e));
  let o = e.callbacks;
  if (!o?.length) return Promise.resolve(e);
  n ? (n[0] += e) : (n = [e]);
  let i = Promise.all(
    o.map((a) => a({ phase: t, buffer: n, context: s })),
  ).then((a) =>
    Promise.all(a.filter(Boolean).map((c) => G(c, t, !1, s, n))).then(
      () => n[0],
    ),
  );
  return r ? ve(await i, o) : i;
};
var Be = "text/plain; charset=UTF-8",
  z = (e, t) => ({ "Content-Type": e, ...t }),
  I = (e, t) => new Response(e, t),
  K = class {
    #t;
    #e;
    env = {};
    #r;
    finalized = !1;
    error;
    #o;
    #n;
    #s;
    #l;
    #c;
    #h;
    #a;
    #u;
    #f;
    constructor(e, t) {
      ((this.#t = e),
        t &&
          ((this.#n = t.executionCtx),
          (this.env = t.env),
          (this.#h = t.notFoundHandler),
          (this.#f = t.path),
          (this.#u = t.matchResult)));
    }
    get req() {
      return ((this.#e ??= new de(this.#t, this.#f, this.#u)), this.#e);
    }
    get event() {
      if (this.#n && "respondWith" in this.#n) return this.#n;
      throw Error("This context has no FetchEvent");
    }
    get executionCtx() {
      if (this.#n) return this.#n;
      throw Error("This context has no ExecutionContext");
    }
    get res() {
      return (this.#s ||= I(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(e) {
      if (this.#s && e) {
        e = I(e.body, e);
        for (let [t, r] of this.#s.headers.entries())
          if (t !== "content-type")
            if (t === "set-cookie") {
              let s = this.#s.headers.getSetCookie();
              e.headers.delete("set-cookie");
              for (let n of s) e.headers.append("set-cookie", n);
            } else e.headers.set(t, r);
      }
      ((this.#s = e), (this.finalized = !0));
    }
    render = (...e) => ((this.#c ??= (t) => this.html(t)), this.#c(...e));
    setLayout = (e) => (this.#l = e);
    getLayout = () => this.#l;
    setRenderer = (e) => {
      this.#c = e;
    };
    header = (e, t, r) => {
      this.finalized &&
        !this.#s.bodyUsed &&
        (this.#s = I(this.#s.body, this.#s));
      let s = this.#s ? this.#s.headers : (this.#a ??= new Headers());
      t === void 0 ? s.delete(e) : r?.append ? s.append(e, t) : s.set(e, t);
    };
    status = (e) => {
      this.#o = e;
    };
    set = (e, t) => {
      ((this.#r ??= new Map()), this.#r.set(e, t));
    };
    get = (e) => (this.#r ? this.#r.get(e) : void 0);
    get var() {
      return this.#r ? Object.fromEntries(this.#r) : {};
    }
    #i(e, t, r) {
      let s = this.#s ? new Headers(this.#s.headers) : this.#a;
      if (typeof t == "object" && t.headers) {
        s ??= new Headers();
        for (let [o, i] of new Headers(t.headers))
          o === "set-cookie" ? s.append(o, i) : s.set(o, i);
      }
      if (r) {
        if (!s) {
          let o = 0;
          for (let i in r)
            if (++o > 1 || typeof r[i] != "string") {
              s = new Headers();
              break;
            }
        }
        if (s)
          for (let o in r) {
            let i = r[o];
            if (typeof i == "string") s.set(o, i);
            else {
              s.delete(o);
              for (let a of i) s.append(o, a);
            }
          }
      }
      let n = typeof t == "number" ? t : (t?.status ?? this.#o);
      return I(e, { status: n, headers: s ?? r });
    }
    newResponse = (...e) => this.#i(...e);
    body = (e, t, r) => this.#i(e, t, r);
    text = (e, t, r) =>
      !this.#a && !this.#o && !t && !r && !this.finalized
        ? new Response(e)
        : this.#i(e, t, z(Be, r));
    json = (e, t, r) => this.#i(JSON.stringify(e), t, z("application/json", r));
    html = (e, t, r) => {
      let s = (n) => this.#i(n, t, z("text/html; charset=UTF-8", r));
      return typeof e == "object" ? G(e, pe.Stringify, !1, {}).then(s) : s(e);
    };
    redirect = (e, t) => {
      let r = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(r) ? encodeURI(r) : r),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#h ??= () => I()), this.#h(this));
  };
var J = (e, t, r) => (s, n) => {
  let o = -1;
  return i(0);
  async function i(a) {
    if (a <= o) throw new Error("next() called multiple times");
    o = a;
    let c,
      h = !1,
      l;
    if (
      (e[a]
        ? ((l = e[a][0][0]), (s.req.routeIndex = a))
        : (l = (a === e.length && n) || void 0),
      l)
    )
      try {
        c = await l(s, () => i(a + 1));
      } catch (u) {
        if (u instanceof Error && t)
          ((s.error = u), (c = await t(u, s)), (h = !0));
        else throw u;
      }
    else s.finalized === !1 && r && (c = await r(s));
    return (c && (s.finalized === !1 || h) && (s.res = c), s);
  }
};
var Ue = (e) => e.req[C][0].map(([[, t]]) => t),
  me = (e, t) => Ue(e).at(t ?? e.req.routeIndex)?.path ?? "";
var ge = ["get", "post", "put", "delete", "options", "patch", "query"],
  N = "Can not add a route since the matcher is already built.",
  v = class extends Error {};
var ye = "__COMPOSED_HANDLER";
var we = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  Ve = (e, t, r) => {
    if (!/[:*]/.test(t)) return t.length;
    let s = e.req.path,
      n = e.req[C],
      o = new Set(),
      i = 0;
    for (let a of T(t)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${r}".`,
        );
      let c = j(a);
      if (c && c !== "*") {
        let h = c[1];
        if (o.has(h))
          throw new Error(
            `mount(): Duplicate path parameter "${h}" in "${r}".`,
          );
        o.add(h);
      }
      if (c && c !== "*" && c[2] !== !0) {
        let h =
          n.length === 2
            ? n[1][n[0][e.req.routeIndex][1][c[1]]]
            : n[0][e.req.routeIndex][1][c[1]];
        i += h.length + 1;
      } else if (c || a.endsWith("*")) {
        let h = s.indexOf("/", i + 1);
        i = h === -1 ? s.length : h;
      } else i += a.length + 1;
    }
    return i;
  },
  xe = (e, t, r) => {
    if (/[^/]\*$/.test(r))
      throw new Error(`mount(): Wildcard must follow "/" in "${r}".`);
    let s = Ve(e, t, r),
      n = e.req.path.slice(s) || "/";
    if (
      s > e.req.path.length ||
      n[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(n)
    )
      throw new O(400, { message: "Invalid mounted path" });
    let o = e.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(o))
      throw new O(400, { message: "Invalid mounted path" });
    let i = o.search(/[?#]/),
      a = we(i === -1 ? o : o.slice(0, i));
    if (a > 1 && we(e.req.path) === a - 1)
      throw new O(400, { message: "Invalid mounted path" });
    let c = new URL(o);
    return (
      (c.pathname = n.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      n.includes("%"),
      new Request(c, e.req.raw)
    );
  };
var Fe = (e) => e.text("404 Not Found", 404),
  Re = (e, t) => {
    if ("getResponse" in e) {
      let r = e.getResponse();
      return t.newResponse(r.body, r);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  Ee = class be {
    get;
    post;
    put;
    delete;
    options;
    patch;
    query;
    all;
    on;
    use;
    router;
    getPath;
    _basePath = "/";
    #t = "/";
    routes = [];
    constructor(t = {}) {
      ([...ge, "all"].forEach((n) => {
        this[n] = (o, ...i) => {
          let a = n.toUpperCase();
          return (
            typeof o == "string" ? (this.#t = o) : this.#o(a, this.#t, o),
            i.forEach((c) => {
              this.#o(a, this.#t, c);
            }),
            this
          );
        };
      }),
        (this.on = (n, o, ...i) => {
          for (let a of [o].flat()) {
            this.#t = a;
            for (let c of [n].flat()) {
              let h = c.toUpperCase();
              for (let l of i) this.#o(h, this.#t, l);
            }
          }
          return this;
        }),
        (this.use = (n, ...o) => (
          typeof n == "string"
            ? (this.#t = n)
            : ((this.#t = "*"), o.unshift(n)),
          o.forEach((i) => {
            this.#o("ALL", this.#t, i);
          }),
          this
        )));
      let { strict: r, ...s } = t;
      (Object.assign(this, s),
        (this.getPath = (r ?? !0) ? (t.getPath ?? Q) : he));
    }
    #e() {
      let t = new be({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#r = this.#r),
        (t.routes = this.routes),
        t
      );
    }
    #r = Fe;
    errorHandler = Re;
    route(t, r) {
      let s = this.basePath(t);
      return (
        r.routes.map((n) => {
          let o;
          (r.errorHandler === Re
            ? (o = n.handler)
            : ((o = async (i, a) =>
                (await J([], r.errorHandler)(i, () => n.handler(i, a))).res),
              (o[ye] = n.handler)),
            s.#o(n.method, n.path, o, n.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let r = this.#e();
      return ((r._basePath = b(this._basePath, t)), r);
    }
    onError = (t) => ((this.errorHandler = t), this);
    notFound = (t) => ((this.#r = t), this);
    mount(t, r, s) {
      let n, o;
      s &&
        (typeof s == "function"
          ? (o = s)
          : ((o = s.optionHandler),
            s.replaceRequest === !1 ? (n = (h) => h) : (n = s.replaceRequest)));
      let i = o
          ? (h) => {
              let l = o(h);
              return Array.isArray(l) ? l : [l];
            }
          : (h) => {
              let l;
              try {
                l = h.executionCtx;
              } catch {}
              return [h.env, l];
            },
        a = (h) => {
          let l = me(h);
          return xe(h, l.replace(/\/?\*$/, ""), l);
        },
        c = async (h, l) => {
          let u = await r(n ? n(h.req.raw) : a(h), ...i(h));
          if (u) return u;
          await l();
        };
      return (this.#o("ALL", b(t, "*"), c), this);
    }
    #o(t, r, s, n) {
      r = b(this._basePath, r);
      let o = {
        basePath: n !== void 0 ? b(this._basePath, n) : this._basePath,
        path: r,
        method: t,
        handler: s,
      };
      (this.router.add(t, r, [s, o]), this.routes.push(o));
    }
    #n(t, r) {
      if (t instanceof Error) return this.errorHandler(t, r);
      throw t;
    }
    #s(t, r, s, n) {
      if (n === "HEAD")
        return (async () =>
          new Response(null, await this.#s(t, r, s, "GET")))();
      let o = this.getPath(t, { env: s }),
        i = this.router.match(n, o),
        a = new K(t, {
          path: o,
          matchResult: i,
          env: s,
          executionCtx: r,
          notFoundHandler: this.#r,
        });
      if (i[0].length === 1) {
        let h;
        try {
          h = i[0][0][0][0](a, async () => {
            a.res = await this.#r(a);
          });
        } catch (l) {
          return this.#n(l, a);
        }
        return h instanceof Promise
          ? h
              .then((l) => l || (a.finalized ? a.res : this.#r(a)))
              .catch((l) => this.#n(l, a))
          : (h ?? this.#r(a));
      }
      let c = J(i[0], this.errorHandler, this.#r);
      return (async () => {
        try {
          let h = await c(a);
          if (!h.finalized)
            throw new Error(
              "Context is not finalized. Did you forget to return a Response object or `await next()`?",
            );
          return h.res;
        } catch (h) {
          return this.#n(h, a);
        }
      })();
    }
    fetch = (t, ...r) => this.#s(t, r[1], r[0], t.method);
    request = (t, r, s, n) =>
      t instanceof Request
        ? this.fetch(r ? new Request(t, r) : t, s, n)
        : ((t = t.toString()),
          this.fetch(
            new Request(
              /^https?:\/\//.test(t) ? t : `http://localhost${b("/", t)}`,
              r,
            ),
            s,
            n,
          ));
    fire = () => {
      addEventListener("fetch", (t) => {
        t.respondWith(this.#s(t.request, t, void 0, t.request.method));
      });
    };
  };
var y = () => Object.create(null);
var X = [];
function Pe(e, t) {
  let r = this.buildAllMatchers(),
    s = (n, o) => {
      let i = r[n] || r.ALL,
        a = i[2][o];
      if (a) return a;
      let c = o.match(i[0]);
      if (!c) return [[], X];
      let h = c.indexOf("", 1);
      return [i[1][h], c];
    };
  return ((this.match = s), s(e, t));
}
var We = "[^/]+",
  Qe = "[^]*",
  Ge = "(?:|/[^]*)",
  R = Symbol(),
  Ce = new Set(".\\+*[^]$()");
function ze(e, t) {
  return e.length === 1
    ? t.length === 1
      ? e < t
        ? -1
        : 1
      : -1
    : t.length === 1
      ? 1
      : e === "[^]*" || e === "(?:|/[^]*)"
        ? t === "[^]*"
          ? -1
          : 1
        : t === "[^]*" || t === "(?:|/[^]*)"
          ? -1
          : e === "[^/]+"
            ? 1
            : t === "[^/]+"
              ? -1
              : e.length === t.length
                ? e < t
                  ? -1
                  : 1
                : t.length - e.length;
}
var Se = class Y {
  #t;
  #e;
  #r = y();
  insert(t, r, s, n, o) {
    let i = this;
    for (let a = 0, c = t.length; a < c; a++) {
      let h = t[a],
        l =
          h.length === 1
            ? h === "*"
              ? a === c - 1
                ? ["", "", Qe]
                : ["", "", We]
              : null
            : h === "/*"
              ? ["", "", Ge]
              : h.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        u;
      if (l) {
        let f = l[1],
          p = l[2] || "[^/]+";
        if (
          f &&
          l[2] &&
          (new RegExp(p).test("") ||
            ((p = p.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(p)) ||
            (p.length === 1 && Ce.has(p)))
        )
          throw R;
        if ((o.push(p), (u = i.#r[p]), !u)) {
          if (p !== "[^]*" && p !== "(?:|/[^]*)") {
            for (let g in i.#r)
              if (
                (p.length > 1 || g.length > 1) &&
                g !== "[^]*" &&
                g !== "(?:|/[^]*)"
              )
                throw R;
          }
          u = i.#r[p] = new Y();
        }
        f !== "" && ((u.#e ??= n.varIndex++), s.push([f, u.#e]));
      } else if ((o.push(h), (u = i.#r[h]), !u)) {
        for (let f in i.#r)
          if (f.length > 1 && f !== "[^]*" && f !== "(?:|/[^]*)") throw R;
        u = i.#r[h] = new Y();
      }
      i = u;
    }
    if (i.#t !== void 0) throw R;
    i.#t = r;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#r)
      .sort(ze)
      .map((r) => {
        let s = this.#r[r],
          n = s.buildRegExpStr();
        return n === ""
          ? ""
          : (typeof s.#e == "number"
              ? `(${r})@${s.#e}`
              : Ce.has(r)
                ? `\\${r}`
                : r) + n;
      })
      .filter(Boolean);
    return (
      typeof this.#t == "number" && this.#t !== -1 && t.unshift(`#${this.#t}`),
      t.length === 0 ? "" : t.length === 1 ? t[0] : "(?:" + t.join("|") + ")"
    );
  }
};
var Z = class {
  #t = { varIndex: 0 };
  #e = new Se();
  #r = 0;
  paths = y();
  insert(e, t) {
    let r = [];
    if (t) {
      (this.#e.insert(e.split(""), -1, [], this.#t, r),
        (this.paths[e] = [-1, [], r]));
      return;
    }
    let s = [],
      n = [],
      o = e;
    for (let a = 0; ;) {
      let c = !1;
      if (
        ((o = o.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (h) => {
          let l = `@\\${a}`;
          return ((n[a] = [l, h]), a++, (c = !0), l);
        })),
        !c)
      )
        break;
    }
    let i = o.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let a = n.length - 1; a >= 0; a--) {
      let [c] = n[a];
      for (let h = i.length - 1; h >= 0; h--)
        if (i[h].indexOf(c) !== -1) {
          i[h] = i[h].replace(c, n[a][1]);
          break;
        }
    }
    (this.#e.insert(i, this.#r, s, this.#t, r),
      (this.paths[e] = [this.#r++, s, r]));
  }
  buildRegExp() {
    let e = this.#e.buildRegExpStr();
    if (e === "") return [/^$/, [], []];
    let t = 0,
      r = [],
      s = [];
    return (
      (e = e.replace(/#(\d+)|@(\d+)|\.\*\$/g, (n, o, i) =>
        o !== void 0
          ? ((r[++t] = Number(o)), "$()")
          : (i !== void 0 && (s[Number(i)] = ++t), ""),
      )),
      [new RegExp(`^${e}`), r, s]
    );
  }
};
function Ke(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function Je(e, t) {
  let r = e.length - 1;
  for (let s = 0; s < r; s++) if (e[s] !== t[s]) return !1;
  return e[r] === "[^]*" || t.length === r || t[r] === "/";
}
var Ae = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new Z() }));
  }
  #r(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (r) {
      throw r === R ? new v(t) : r;
    }
  }
  add(e, t, r) {
    let s = this.#t;
    if (!s) throw new Error(N);
    let n = this.#e;
    if (!s[e]) {
      ((n[e] = new Z()), (s[e] = [...s.ALL]));
      for (let a in n.ALL.paths) this.#r(e, a);
    }
    t === "/*" && (t = "*");
    let o = e === "ALL" ? Object.keys(s) : [e],
      i = D(t) || [t];
    for (let a of i)
      for (let c of o) (n[c].paths[a] || this.#r(c, a), s[c].push([r, a]));
  }
  match = Pe;
  buildAllMatchers() {
    let e = y();
    for (let t of Object.keys(this.#t)) e[t] = this.#o(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #o(e) {
    let t = this.#t[e],
      r = this.#e[e],
      s = y(),
      n = [],
      [o, i, a] = r.buildRegExp(),
      c = y(),
      h = t.map(
        ([u, f], p) => (
          (c[f] ??= []).push(p),
          [u, r.paths[f][1].reduceRight((g, [E, d]) => ((g[E] = a[d]), g), y())]
        ),
      ),
      l = Object.keys(c).filter((u) => Ke(r.paths[u][2]));
    for (let u in r.paths) {
      let [f, , p] = r.paths[u],
        g = [...c[u]];
      for (let d of l) d !== u && Je(r.paths[d][2], p) && g.push(...c[d]);
      let E = g.sort((d, x) => d - x).map((d) => h[d]);
      if (f === -1) {
        let d = Math.max(-1, ...E.flatMap(([, x]) => Object.values(x)));
        s[u] = [E, d === -1 ? X : u.match(o).slice(0, d + 1)];
      } else n[f] = E;
    }
    return [o, i.map((u) => n[u]), s];
  }
};
var He = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(e) {
    this.#t = e.routers;
  }
  add(e, t, r) {
    if (!this.#e) throw new Error(N);
    this.#e.push([e, t, r]);
  }
  match(e, t) {
    if (!this.#e) throw new Error("Fatal error");
    let r = this.#t,
      s = this.#e,
      n = r.length,
      o = 0,
      i;
    for (; o < n; o++) {
      let a = r[o];
      try {
        for (let c = 0, h = s.length; c < h; c++) a.add(...s[c]);
        i = a.match(e, t);
      } catch (c) {
        if (c instanceof v) continue;
        throw c;
      }
      ((this.match = a.match.bind(a)), (this.#t = [a]), (this.#e = void 0));
      break;
    }
    if (o === n) throw new Error("Fatal error");
    return ((this.name = `SmartRouter + ${this.activeRouter.name}`), i);
  }
  get activeRouter() {
    if (this.#e || this.#t.length !== 1)
      throw new Error("No active router has been determined yet.");
    return this.#t[0];
  }
};
var ee = y(),
  Xe = 0,
  Oe = class Te {
    #t = [];
    #e = y();
    #r = [];
    #o;
    #n = ee;
    insert(t, r, s) {
      let n = this,
        o = T(r),
        i = new Set(),
        a = 0;
      for (let c of o) {
        let h = o[++a],
          l =
            j(c, h) ||
            (h === void 0 && c && c.indexOf("*") === c.length - 1 ? c : null),
          u = Array.isArray(l),
          f = u ? l[0] : l || c,
          p = (n.#e[f] ||= new Te());
        (l && !p.#o && ((p.#o = l), n.#r.push(p)), (n = p), u && i.add(l[1]));
      }
      n.#t.push({ [t]: { handler: s, possibleKeys: [...i], score: ++Xe } });
    }
    #s(t, r, s, n, o) {
      for (let i = 0, a = r.#t.length; i < a; i++) {
        let c = r.#t[i],
          h = c[s] || c.ALL;
        if (h) {
          ((h.params = y()), t.push(h));
          for (let l = 0, u = h.possibleKeys.length; l < u; l++) {
            let f = h.possibleKeys[l];
            h.params[f] = o?.[f] && !l ? o[f] : (n[f] ?? o?.[f]);
          }
        }
      }
    }
    search(t, r) {
      let s = [];
      this.#n = ee;
      let n = [this],
        o = W(r),
        i = [],
        a = o.length,
        c = null;
      for (let h = 0; h < a; h++) {
        let l = o[h],
          u = h === a - 1,
          f = [];
        for (let g = 0, E = n.length; g < E; g++) {
          let d = n[g],
            x = d.#e[l];
          x &&
            ((x.#n = d.#n),
            u
              ? (x.#e["*"] && this.#s(s, x.#e["*"], t, d.#n),
                this.#s(s, x, t, d.#n))
              : f.push(x));
          for (let m of d.#r) {
            let A = m.#o,
              w = d.#n === ee ? {} : { ...d.#n };
            if (typeof A == "string") {
              (A === "*" || l.startsWith(A.slice(0, -1))) &&
                (this.#s(s, m, t, d.#n), A === "*" && ((m.#n = w), f.push(m)));
              continue;
            }
            let [, L, H] = A;
            if (!(!l && H === !0)) {
              if (H !== !0) {
                if (!c) {
                  c = [];
                  let U = r[0] === "/" ? 1 : 0;
                  for (let P = 0; P < a; P++)
                    ((c[P] = U), (U += o[P].length + 1));
                }
                let ne = r.slice(c[h]),
                  k = H.exec(ne);
                if (k) {
                  (Object.hasOwn(w, L) || (w[L] = k[0]),
                    this.#s(s, m, t, d.#n, w),
                    k[0].length === ne.length &&
                      m.#e["*"] &&
                      this.#s(s, m.#e["*"], t, d.#n, w));
                  for (let U in m.#e) {
                    m.#n = w;
                    let P = k[0].match(/\//g)?.length ?? 0;
                    (i[P] ||= []).push(m);
                    break;
                  }
                  continue;
                }
              }
              (H === !0 || H.test(l)) &&
                (Object.hasOwn(w, L) || (w[L] = l),
                u
                  ? (this.#s(s, m, t, w, d.#n),
                    m.#e["*"] && this.#s(s, m.#e["*"], t, w, d.#n))
                  : ((m.#n = w), f.push(m)));
            }
          }
        }
        let p = i.shift();
        n = p ? f.concat(p) : f;
      }
      return (
        s[1] && s.sort((h, l) => h.score - l.score),
        [s.map(({ handler: h, params: l }) => [h, l])]
      );
    }
  };
var te = class {
  name = "TrieRouter";
  #t = new Oe();
  add(e, t, r) {
    for (let s of D(t) || [t]) this.#t.insert(e, s, r);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var re = class extends Ee {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new He({ routers: [new Ae(), new te()] })));
  }
};
var je = (e) => {
    let t = "",
      r = new Uint8Array(e);
    for (let s = 0, n = r.length; s < n; s++) t += String.fromCharCode(r[s]);
    return btoa(t);
  },
  Ie = (e) => {
    let t = atob(e),
      r = new Uint8Array(new ArrayBuffer(t.length)),
      s = t.length / 2;
    for (let n = 0, o = t.length - 1; n <= s; n++, o--)
      ((r[n] = t.charCodeAt(n)), (r[o] = t.charCodeAt(o)));
    return r;
  };
function S(e) {
  return /[^\x00-\x7F]/.test(e) ? encodeURIComponent(e) : e;
}
var Ye = (e) => e.requestContext;
var se =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (r, s) => {
      let n = at(r),
        o,
        i;
      try {
        ((o = n.createRequest(r)), (i = Ye(r)));
      } catch (c) {
        console.error("Error processing request:", c);
        let h =
          c instanceof TypeError
            ? new Response("Invalid request", { status: 400 })
            : new Response("Internal Server Error", { status: 500 });
        return n.createResult(r, h, { isContentTypeBinary: t });
      }
      let a = await e.fetch(o, {
        event: r,
        requestContext: i,
        lambdaContext: s,
      });
      return n.createResult(r, a, { isContentTypeBinary: t });
    },
  B = class {
    getHeaderValue(e, t) {
      return e ? (Array.isArray(e[t]) ? e[t][0] : e[t]) : void 0;
    }
    getDomainName(e) {
      if (e.requestContext && "domainName" in e.requestContext)
        return e.requestContext.domainName;
      let t = this.getHeaderValue(e.headers, "host");
      if (t) return t;
      let r = "multiValueHeaders" in e ? e.multiValueHeaders : {};
      return this.getHeaderValue(r, "host");
    }
    createRequest(e) {
      let t = this.getQueryString(e),
        r = `https://${this.getDomainName(e)}${this.getPath(e)}`,
        s = t ? `${r}?${t}` : r,
        n = this.getHeaders(e),
        o = { headers: n, method: this.getMethod(e) };
      if (e.body) {
        let i = e.isBase64Encoded
          ? Ie(e.body)
          : new TextEncoder().encode(e.body);
        ((o.body = i), n.set("content-length", i.length.toString()));
      }
      return new Request(s, o);
    }
    async createResult(e, t, r) {
      let s = t.headers.get("content-type"),
        n = r.isContentTypeBinary ?? Le,
        o = !!(s && n(s));
      if (!o) {
        let a = t.headers.get("content-encoding");
        o = ut(a);
      }
      let i = {
        body: o ? je(await t.arrayBuffer()) : await t.text(),
        statusCode: t.status,
        isBase64Encoded: o,
        ...("multiValueHeaders" in e && e.multiValueHeaders
          ? { multiValueHeaders: {} }
          : { headers: {} }),
      };
      return (
        this.setCookies(e, t, i),
        i.multiValueHeaders
          ? t.headers.forEach((a, c) => {
              i.multiValueHeaders[c] = [a];
            })
          : t.headers.forEach((a, c) => {
              i.headers[c] = a;
            }),
        i
      );
    }
    setCookies(e, t, r) {
      if (t.headers.has("set-cookie")) {
        let s = t.headers.getSetCookie
          ? t.headers.getSetCookie()
          : Array.from(t.headers.entries())
              .filter(([n]) => n === "set-cookie")
              .map(([, n]) => n);
        Array.isArray(s) &&
          (this.setCookiesToResult(r, s), t.headers.delete("set-cookie"));
      }
    }
  },
  Ze = class extends B {
    getPath(e) {
      return e.rawPath;
    }
    getMethod(e) {
      return e.requestContext.http.method;
    }
    getQueryString(e) {
      return e.rawQueryString;
    }
    getCookies(e, t) {
      Array.isArray(e.cookies) && t.set("Cookie", e.cookies.join("; "));
    }
    setCookiesToResult(e, t) {
      e.cookies = t;
    }
    getHeaders(e) {
      let t = new Headers();
      if ((this.getCookies(e, t), e.headers))
        for (let [r, s] of Object.entries(e.headers)) s && t.set(r, S(s));
      return t;
    }
  },
  et = new Ze(),
  tt = class extends B {
    getPath(e) {
      return e.path;
    }
    getMethod(e) {
      return e.httpMethod;
    }
    getQueryString(e) {
      return e.multiValueQueryStringParameters
        ? Object.entries(e.multiValueQueryStringParameters || {})
            .filter(([, t]) => t)
            .map(([t, r]) =>
              r
                .map((s) => `${encodeURIComponent(t)}=${encodeURIComponent(s)}`)
                .join("&"),
            )
            .join("&")
        : Object.entries(e.queryStringParameters || {})
            .filter(([, t]) => t !== void 0)
            .map(
              ([t, r]) =>
                `${encodeURIComponent(t)}=${encodeURIComponent(r || "")}`,
            )
            .join("&");
    }
    getCookies(e, t) {}
    getHeaders(e) {
      let t = new Headers();
      if ((this.getCookies(e, t), e.multiValueHeaders))
        for (let [r, s] of Object.entries(e.multiValueHeaders))
          s && s.forEach((n) => t.append(r, S(n)));
      if (e.headers)
        for (let [r, s] of Object.entries(e.headers))
          s && !t.has(r) && t.set(r, S(s));
      return t;
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders = { "set-cookie": t };
    }
  },
  rt = new tt(),
  st = class extends B {
    getHeaders(e) {
      let t = new Headers();
      if (e.multiValueHeaders) {
        for (let [r, s] of Object.entries(e.multiValueHeaders))
          if (s && Array.isArray(s)) {
            let n = S(s.join("; "));
            t.set(r, n);
          }
      } else
        for (let [r, s] of Object.entries(e.headers ?? {})) s && t.set(r, S(s));
      return t;
    }
    getPath(e) {
      return e.path;
    }
    getMethod(e) {
      return e.httpMethod;
    }
    getQueryString(e) {
      return e.multiValueQueryStringParameters
        ? Object.entries(e.multiValueQueryStringParameters || {})
            .filter(([, t]) => t)
            .map(([t, r]) => `${t}=${r.join(`&${t}=`)}`)
            .join("&")
        : Object.entries(e.queryStringParameters || {})
            .filter(([, t]) => t !== void 0)
            .map(([t, r]) => `${t}=${r}`)
            .join("&");
    }
    getCookies(e, t) {
      let r;
      (e.multiValueHeaders
        ? (r = e.multiValueHeaders.cookie?.join("; "))
        : (r = e.headers ? e.headers.cookie : void 0),
        r && t.append("Cookie", r));
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders
        ? (e.multiValueHeaders["set-cookie"] = t)
        : (e.headers["set-cookie"] = t[0]);
    }
  },
  nt = new st(),
  ot = class extends B {
    getPath(e) {
      return e.path;
    }
    getMethod(e) {
      return e.method;
    }
    getQueryString() {
      return "";
    }
    getHeaders(e) {
      let t = new Headers();
      if (e.headers)
        for (let [r, s] of Object.entries(e.headers))
          s && s.forEach((n) => t.append(r, S(n)));
      return t;
    }
    getCookies() {}
    setCookiesToResult(e, t) {
      e.headers = { ...e.headers, "set-cookie": t };
    }
  },
  it = new ot(),
  at = (e) => (ct(e) ? nt : ht(e) ? et : lt(e) ? it : rt),
  ct = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  ht = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  lt = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  Le = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  ut = (e) => !!e && !/^identity$/i.test(e);
var es = se(new re().get("/api/health", (e) => e.json({ ok: !0 })));
export { es as handler };
