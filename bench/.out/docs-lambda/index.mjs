import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { b as X0 } from "./chunk-MPIXQQ3X.mjs";
import "./chunk-6M77F5EE.mjs";
import { b as ln } from "./chunk-DRDJVH4U.mjs";
import { d as je } from "./chunk-RECWWCY6.mjs";
var Y0 = (e) => {
    let t = "",
      n = new Uint8Array(e);
    for (let r = 0, s = n.length; r < s; r++) t += String.fromCharCode(n[r]);
    return btoa(t);
  },
  pn = (e) => {
    let t = atob(e),
      n = new Uint8Array(new ArrayBuffer(t.length)),
      r = t.length / 2;
    for (let s = 0, i = t.length - 1; s <= r; s++, i--)
      ((n[s] = t.charCodeAt(s)), (n[i] = t.charCodeAt(i)));
    return n;
  };
function Me(e) {
  return /[^\x00-\x7F]/.test(e) ? encodeURIComponent(e) : e;
}
var Ls = (e) => e.requestContext;
var Z0 =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (n, r) => {
      let s = Gs(n),
        i,
        o;
      try {
        ((i = s.createRequest(n)), (o = Ls(n)));
      } catch (u) {
        console.error("Error processing request:", u);
        let c =
          u instanceof TypeError
            ? new Response("Invalid request", { status: 400 })
            : new Response("Internal Server Error", { status: 500 });
        return s.createResult(n, c, { isContentTypeBinary: t });
      }
      let a = await e.fetch(i, {
        event: n,
        requestContext: o,
        lambdaContext: r,
      });
      return s.createResult(n, a, { isContentTypeBinary: t });
    },
  v0 = class {
    getHeaderValue(e, t) {
      return e ? (Array.isArray(e[t]) ? e[t][0] : e[t]) : void 0;
    }
    getDomainName(e) {
      if (e.requestContext && "domainName" in e.requestContext)
        return e.requestContext.domainName;
      let t = this.getHeaderValue(e.headers, "host");
      if (t) return t;
      let n = "multiValueHeaders" in e ? e.multiValueHeaders : {};
      return this.getHeaderValue(n, "host");
    }
    createRequest(e) {
      let t = this.getQueryString(e),
        n = `https://${this.getDomainName(e)}${this.getPath(e)}`,
        r = t ? `${n}?${t}` : n,
        s = this.getHeaders(e),
        i = { headers: s, method: this.getMethod(e) };
      if (e.body) {
        let o = e.isBase64Encoded
          ? pn(e.body)
          : new TextEncoder().encode(e.body);
        ((i.body = o), s.set("content-length", o.length.toString()));
      }
      return new Request(r, i);
    }
    async createResult(e, t, n) {
      let r = t.headers.get("content-type"),
        s = n.isContentTypeBinary ?? fn,
        i = !!(r && s(r));
      if (!i) {
        let a = t.headers.get("content-encoding");
        i = Js(a);
      }
      let o = {
        body: i ? Y0(await t.arrayBuffer()) : await t.text(),
        statusCode: t.status,
        isBase64Encoded: i,
        ...("multiValueHeaders" in e && e.multiValueHeaders
          ? { multiValueHeaders: {} }
          : { headers: {} }),
      };
      return (
        this.setCookies(e, t, o),
        o.multiValueHeaders
          ? t.headers.forEach((a, u) => {
              o.multiValueHeaders[u] = [a];
            })
          : t.headers.forEach((a, u) => {
              o.headers[u] = a;
            }),
        o
      );
    }
    setCookies(e, t, n) {
      if (t.headers.has("set-cookie")) {
        let r = t.headers.getSetCookie
          ? t.headers.getSetCookie()
          : Array.from(t.headers.entries())
              .filter(([s]) => s === "set-cookie")
              .map(([, s]) => s);
        Array.isArray(r) &&
          (this.setCookiesToResult(n, r), t.headers.delete("set-cookie"));
      }
    }
  },
  Us = class extends v0 {
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
        for (let [n, r] of Object.entries(e.headers)) r && t.set(n, Me(r));
      return t;
    }
  },
  Bs = new Us(),
  Fs = class extends v0 {
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
            .map(([t, n]) =>
              n
                .map((r) => `${encodeURIComponent(t)}=${encodeURIComponent(r)}`)
                .join("&"),
            )
            .join("&")
        : Object.entries(e.queryStringParameters || {})
            .filter(([, t]) => t !== void 0)
            .map(
              ([t, n]) =>
                `${encodeURIComponent(t)}=${encodeURIComponent(n || "")}`,
            )
            .join("&");
    }
    getCookies(e, t) {}
    getHeaders(e) {
      let t = new Headers();
      if ((this.getCookies(e, t), e.multiValueHeaders))
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          r && r.forEach((s) => t.append(n, Me(s)));
      if (e.headers)
        for (let [n, r] of Object.entries(e.headers))
          r && !t.has(n) && t.set(n, Me(r));
      return t;
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders = { "set-cookie": t };
    }
  },
  Hs = new Fs(),
  zs = class extends v0 {
    getHeaders(e) {
      let t = new Headers();
      if (e.multiValueHeaders) {
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          if (r && Array.isArray(r)) {
            let s = Me(r.join("; "));
            t.set(n, s);
          }
      } else
        for (let [n, r] of Object.entries(e.headers ?? {}))
          r && t.set(n, Me(r));
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
            .map(([t, n]) => `${t}=${n.join(`&${t}=`)}`)
            .join("&")
        : Object.entries(e.queryStringParameters || {})
            .filter(([, t]) => t !== void 0)
            .map(([t, n]) => `${t}=${n}`)
            .join("&");
    }
    getCookies(e, t) {
      let n;
      (e.multiValueHeaders
        ? (n = e.multiValueHeaders.cookie?.join("; "))
        : (n = e.headers ? e.headers.cookie : void 0),
        n && t.append("Cookie", n));
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders
        ? (e.multiValueHeaders["set-cookie"] = t)
        : (e.headers["set-cookie"] = t[0]);
    }
  },
  Vs = new zs(),
  Ws = class extends v0 {
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
        for (let [n, r] of Object.entries(e.headers))
          r && r.forEach((s) => t.append(n, Me(s)));
      return t;
    }
    getCookies() {}
    setCookiesToResult(e, t) {
      e.headers = { ...e.headers, "set-cookie": t };
    }
  },
  Ks = new Ws(),
  Gs = (e) => (Xs(e) ? Vs : Ys(e) ? Bs : Zs(e) ? Ks : Hs),
  Xs = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  Ys = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  Zs = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  fn = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  Js = (e) => !!e && !/^identity$/i.test(e);
var ne = class extends Error {
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
var qe = Symbol();
var b0 = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (n) => n.toLowerCase()) },
  }).formData();
var Qs = 1e4,
  x0 = (e) => "headers" in e,
  yn = async (e, t = Object.create(null)) => {
    let { all: n = !1, dot: r = !1 } = t,
      s = (x0(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? ei(e, { all: n, dot: r })
      : {};
  };
async function ei(e, t) {
  if (!x0(e) && e.bodyCache.formData) return mn(await e.bodyCache.formData, t);
  let n = x0(e) ? e.headers : e.raw.headers,
    r = await e.arrayBuffer(),
    s = b0(r, n.get("Content-Type") || "");
  x0(e) || (e.bodyCache.formData = s);
  let i = await s;
  return i ? mn(i, t) : {};
}
function mn(e, t) {
  let n = Object.create(null),
    r = { count: 0 };
  return (
    e.forEach((s, i) => {
      t.all || i.endsWith("[]") ? ti(n, i, s) : (n[i] = s);
    }),
    t.dot &&
      Object.entries(n).forEach(([s, i]) => {
        s.includes(".") && (ni(n, s, i, r), delete n[s]);
      }),
    n
  );
}
var ti = (e, t, n) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(n)
        : (e[t] = [e[t], n])
      : t.endsWith("[]")
        ? (e[t] = [n])
        : (e[t] = n);
  },
  ni = (e, t, n, r) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let s = e,
      i = t.split(".", 34);
    (i.length > 33 && dn(),
      i.forEach((o, a) => {
        a === i.length - 1
          ? (s[o] = n)
          : ((!s[o] ||
              typeof s[o] != "object" ||
              Array.isArray(s[o]) ||
              s[o] instanceof File) &&
              (r.count++ >= Qs && dn(), (s[o] = Object.create(null))),
            (s = s[o]));
      }));
  },
  dn = () => {
    throw new Error("Nesting limit exceeded");
  };
var et = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  We = (e) => {
    let { groups: t, path: n } = ri(e),
      r = et(n);
    return si(r, t);
  },
  ri = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (n, r) => {
        let s = `@${r}`;
        return (t.push([s, n]), s);
      })),
      { groups: t, path: e }
    );
  },
  si = (e, t) => {
    for (let n = t.length - 1; n >= 0; n--) {
      let [r] = t[n];
      for (let s = e.length - 1; s >= 0; s--)
        if (e[s].includes(r)) {
          e[s] = e[s].replace(r, t[n][1]);
          break;
        }
    }
    return e;
  },
  w0 = {},
  Ke = (e, t) => {
    if (e === "*") return "*";
    let n = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (n) {
      let r = `${e}#${t}`;
      return (
        w0[r] ||
          (n[2]
            ? (w0[r] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [r, n[1], new RegExp(`^${n[2]}(?=/${t})`)]
                  : [e, n[1], new RegExp(`^${n[2]}$`)])
            : (w0[r] = [e, n[1], !0])),
        w0[r]
      );
    }
    return null;
  },
  k0 = (e, t) => {
    try {
      return t(e);
    } catch {
      return e.replace(/(?:%[0-9A-Fa-f]{2})+/g, (n) => {
        try {
          return t(n);
        } catch {
          return n;
        }
      });
    }
  };
var J0 = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  tt = (e) => {
    let t = e.url,
      n = t.indexOf("/", t.indexOf(":") + 4),
      r = n;
    for (; r < t.length; r++) {
      let s = t.charCodeAt(r);
      if (s === 37) {
        let i = t.indexOf("?", r),
          o = t.indexOf("#", r),
          a =
            i === -1 ? (o === -1 ? void 0 : o) : o === -1 ? i : Math.min(i, o),
          u = t.slice(n, a),
          c = k0(u, J0);
        if (/%(?![0-9A-Fa-f]{2})/.test(u)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = c.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            k0(l.pathname, J0) !== c)
          )
            return k0(u.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), J0);
        }
        return c;
      } else if (s === 63 || s === 35) break;
    }
    return t.slice(n, r);
  };
var hn = (e) => {
    let t = tt(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  Se = (e, t, ...n) => (
    n.length && (t = Se(t, ...n)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  E0 = (e) => {
    if (e.charCodeAt(e.length - 1) !== 63 || !e.includes(":")) return null;
    let t = e.split("/"),
      n = [],
      r = "";
    return (
      t.forEach((s) => {
        if (s !== "" && !/\:/.test(s)) r += "/" + s;
        else if (/\:/.test(s))
          if (s.charCodeAt(s.length - 1) === 63) {
            n.length === 0 && r === "" ? n.push("/") : n.push(r);
            let i = s.slice(0, -1);
            ((r += "/" + i), n.push(r));
          } else r += "/" + s;
      }),
      n.filter((s, i, o) => o.indexOf(s) === i)
    );
  },
  Le = (e) => (e.indexOf("%") !== -1 ? k0(e, ii) : e),
  Q0 = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), Le(e)),
  gn = (e, t, n) => {
    let r = e.indexOf("#", 8);
    r !== -1 && (e = e.slice(0, r));
    let s;
    if (!n && t && !/[%+&=]/.test(t)) {
      let a = e.indexOf("?", 8),
        u = a;
      if (u === -1) return;
      for (
        e.startsWith(t, u + 1) || (u = e.indexOf(`&${t}`, u + 1));
        u !== -1;
      ) {
        let c = e.charCodeAt(u + t.length + 1);
        if (c === 61 || c === 38 || isNaN(c)) {
          if (u > a && /(?:^|&)[^=&]*[%+]/.test(e.slice(a + 1, u))) break;
          if (c === 61) {
            let l = u + t.length + 2,
              p = e.indexOf("&", l);
            return Q0(e.slice(l, p === -1 ? void 0 : p));
          }
          return "";
        }
        u = e.indexOf(`&${t}`, u + 1);
      }
      if (((s = /[%+]/.test(e)), !s)) return;
    }
    let i = Object.create(null);
    s ??= /[%+]/.test(e);
    let o = e.indexOf("?", 8);
    for (; o !== -1;) {
      let a = e.indexOf("&", o + 1),
        u = e.indexOf("=", o);
      u > a && a !== -1 && (u = -1);
      let c = e.slice(o + 1, u === -1 ? (a === -1 ? void 0 : a) : u);
      if ((s && (c = Q0(c)), (o = a), c === "")) continue;
      let l;
      (u === -1
        ? (l = "")
        : ((l = e.slice(u + 1, a === -1 ? void 0 : a)), s && (l = Q0(l))),
        n
          ? ((i[c] && Array.isArray(i[c])) || (i[c] = []), i[c].push(l))
          : (i[c] ??= l));
    }
    return t ? i[t] : i;
  },
  vn = gn,
  bn = (e, t) => gn(e, t, !0),
  ii = decodeURIComponent;
var xn = class {
  raw;
  #t;
  #e;
  routeIndex = 0;
  path;
  bodyCache = {};
  constructor(e, t = "/", n = [[]]) {
    ((this.raw = e), (this.path = t), (this.#e = n));
  }
  param(e) {
    return e ? this.#n(e) : this.#i();
  }
  #n(e) {
    let t = this.#e[0][this.routeIndex]?.[1][e],
      n = this.#s(t);
    return n && Le(n);
  }
  #i() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let n of t) {
      let r = this.#s(this.#e[0][this.routeIndex][1][n]);
      r !== void 0 && (e[n] = Le(r));
    }
    return e;
  }
  #s(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return vn(this.url, e);
  }
  queries(e) {
    return bn(this.url, e);
  }
  header(e) {
    if (e) return this.raw.headers.get(e) ?? void 0;
    let t = Object.create(null);
    return (
      this.raw.headers.forEach((n, r) => {
        t[r] = n;
      }),
      t
    );
  }
  async parseBody(e) {
    return yn(this, e);
  }
  #r = (e) => {
    let { bodyCache: t, raw: n } = this,
      r = t[e];
    if (r) return r;
    for (let s in t)
      return t[s].then((i) => {
        s === "json" && (i = JSON.stringify(i));
        let o = s === "formData" ? void 0 : n.headers.get("content-type");
        return new Response(i, { headers: o ? { "Content-Type": o } : void 0 })[
          e
        ]();
      });
    return (t[e] = n[e]());
  };
  json() {
    return this.#r("text").then((e) => JSON.parse(e));
  }
  text() {
    return this.#r("text");
  }
  arrayBuffer() {
    return this.#r("arrayBuffer");
  }
  bytes() {
    return this.#r("arrayBuffer").then((e) => new Uint8Array(e));
  }
  blob() {
    return this.#r("blob");
  }
  formData() {
    return this.#r("formData");
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
  get [qe]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var wn = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  oi = (e, t) => {
    let n = new String(e);
    return ((n.isEscaped = !0), (n.callbacks = t), n);
  };
var nt = async (e, t, n, r, s) => {
  typeof e == "object" &&
    !(e instanceof String) &&
    (e instanceof Promise || (e = e.toString()),
    e instanceof Promise && (e = await e));
  let i = e.callbacks;
  if (!i?.length) return Promise.resolve(e);
  s ? (s[0] += e) : (s = [e]);
  let o = Promise.all(
    i.map((a) => a({ phase: t, buffer: s, context: r })),
  ).then((a) =>
    Promise.all(a.filter(Boolean).map((u) => nt(u, t, !1, r, s))).then(
      () => s[0],
    ),
  );
  return n ? oi(await o, i) : o;
};
var ai = "text/plain; charset=UTF-8",
  rt = (e, t) => ({ "Content-Type": e, ...t }),
  Ge = (e, t) => new Response(e, t),
  st = class {
    #t;
    #e;
    env = {};
    #n;
    finalized = !1;
    error;
    #i;
    #s;
    #r;
    #l;
    #u;
    #c;
    #a;
    #p;
    #f;
    constructor(e, t) {
      ((this.#t = e),
        t &&
          ((this.#s = t.executionCtx),
          (this.env = t.env),
          (this.#c = t.notFoundHandler),
          (this.#f = t.path),
          (this.#p = t.matchResult)));
    }
    get req() {
      return ((this.#e ??= new xn(this.#t, this.#f, this.#p)), this.#e);
    }
    get event() {
      if (this.#s && "respondWith" in this.#s) return this.#s;
      throw Error("This context has no FetchEvent");
    }
    get executionCtx() {
      if (this.#s) return this.#s;
      throw Error("This context has no ExecutionContext");
    }
    get res() {
      return (this.#r ||= Ge(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(e) {
      if (this.#r && e) {
        e = Ge(e.body, e);
        for (let [t, n] of this.#r.headers.entries())
          if (t !== "content-type")
            if (t === "set-cookie") {
              let r = this.#r.headers.getSetCookie();
              e.headers.delete("set-cookie");
              for (let s of r) e.headers.append("set-cookie", s);
            } else e.headers.set(t, n);
      }
      ((this.#r = e), (this.finalized = !0));
    }
    render = (...e) => ((this.#u ??= (t) => this.html(t)), this.#u(...e));
    setLayout = (e) => (this.#l = e);
    getLayout = () => this.#l;
    setRenderer = (e) => {
      this.#u = e;
    };
    header = (e, t, n) => {
      this.finalized &&
        !this.#r.bodyUsed &&
        (this.#r = Ge(this.#r.body, this.#r));
      let r = this.#r ? this.#r.headers : (this.#a ??= new Headers());
      t === void 0 ? r.delete(e) : n?.append ? r.append(e, t) : r.set(e, t);
    };
    status = (e) => {
      this.#i = e;
    };
    set = (e, t) => {
      ((this.#n ??= new Map()), this.#n.set(e, t));
    };
    get = (e) => (this.#n ? this.#n.get(e) : void 0);
    get var() {
      return this.#n ? Object.fromEntries(this.#n) : {};
    }
    #o(e, t, n) {
      let r = this.#r ? new Headers(this.#r.headers) : this.#a;
      if (typeof t == "object" && t.headers) {
        r ??= new Headers();
        for (let [i, o] of new Headers(t.headers))
          i === "set-cookie" ? r.append(i, o) : r.set(i, o);
      }
      if (n) {
        if (!r) {
          let i = 0;
          for (let o in n)
            if (++i > 1 || typeof n[o] != "string") {
              r = new Headers();
              break;
            }
        }
        if (r)
          for (let i in n) {
            let o = n[i];
            if (typeof o == "string") r.set(i, o);
            else {
              r.delete(i);
              for (let a of o) r.append(i, a);
            }
          }
      }
      let s = typeof t == "number" ? t : (t?.status ?? this.#i);
      return Ge(e, { status: s, headers: r ?? n });
    }
    newResponse = (...e) => this.#o(...e);
    body = (e, t, n) => this.#o(e, t, n);
    text = (e, t, n) =>
      !this.#a && !this.#i && !t && !n && !this.finalized
        ? new Response(e)
        : this.#o(e, t, rt(ai, n));
    json = (e, t, n) =>
      this.#o(JSON.stringify(e), t, rt("application/json", n));
    html = (e, t, n) => {
      let r = (s) => this.#o(s, t, rt("text/html; charset=UTF-8", n));
      return typeof e == "object" ? nt(e, wn.Stringify, !1, {}).then(r) : r(e);
    };
    redirect = (e, t) => {
      let n = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(n) ? encodeURI(n) : n),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#c ??= () => Ge()), this.#c(this));
  };
var it = (e, t, n) => (r, s) => {
  let i = -1;
  return o(0);
  async function o(a) {
    if (a <= i) throw new Error("next() called multiple times");
    i = a;
    let u,
      c = !1,
      l;
    if (
      (e[a]
        ? ((l = e[a][0][0]), (r.req.routeIndex = a))
        : (l = (a === e.length && s) || void 0),
      l)
    )
      try {
        u = await l(r, () => o(a + 1));
      } catch (p) {
        if (p instanceof Error && t)
          ((r.error = p), (u = await t(p, r)), (c = !0));
        else throw p;
      }
    else r.finalized === !1 && n && (u = await n(r));
    return (u && (r.finalized === !1 || c) && (r.res = u), r);
  }
};
var ui = (e) => e.req[qe][0].map(([[, t]]) => t),
  kn = (e, t) => ui(e).at(t ?? e.req.routeIndex)?.path ?? "";
var En = ["get", "post", "put", "delete", "options", "patch", "query"],
  I0 = "Can not add a route since the matcher is already built.",
  A0 = class extends Error {};
var _0 = "__COMPOSED_HANDLER";
var In = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  ci = (e, t, n) => {
    if (!/[:*]/.test(t)) return t.length;
    let r = e.req.path,
      s = e.req[qe],
      i = new Set(),
      o = 0;
    for (let a of We(t)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${n}".`,
        );
      let u = Ke(a);
      if (u && u !== "*") {
        let c = u[1];
        if (i.has(c))
          throw new Error(
            `mount(): Duplicate path parameter "${c}" in "${n}".`,
          );
        i.add(c);
      }
      if (u && u !== "*" && u[2] !== !0) {
        let c =
          s.length === 2
            ? s[1][s[0][e.req.routeIndex][1][u[1]]]
            : s[0][e.req.routeIndex][1][u[1]];
        o += c.length + 1;
      } else if (u || a.endsWith("*")) {
        let c = r.indexOf("/", o + 1);
        o = c === -1 ? r.length : c;
      } else o += a.length + 1;
    }
    return o;
  },
  An = (e, t, n) => {
    if (/[^/]\*$/.test(n))
      throw new Error(`mount(): Wildcard must follow "/" in "${n}".`);
    let r = ci(e, t, n),
      s = e.req.path.slice(r) || "/";
    if (
      r > e.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new ne(400, { message: "Invalid mounted path" });
    let i = e.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(i))
      throw new ne(400, { message: "Invalid mounted path" });
    let o = i.search(/[?#]/),
      a = In(o === -1 ? i : i.slice(0, o));
    if (a > 1 && In(e.req.path) === a - 1)
      throw new ne(400, { message: "Invalid mounted path" });
    let u = new URL(i);
    return (
      (u.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(u, e.req.raw)
    );
  };
var li = (e) => e.text("404 Not Found", 404),
  _n = (e, t) => {
    if ("getResponse" in e) {
      let n = e.getResponse();
      return t.newResponse(n.body, n);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  Sn = class Rn {
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
      ([...En, "all"].forEach((s) => {
        this[s] = (i, ...o) => {
          let a = s.toUpperCase();
          return (
            typeof i == "string" ? (this.#t = i) : this.#i(a, this.#t, i),
            o.forEach((u) => {
              this.#i(a, this.#t, u);
            }),
            this
          );
        };
      }),
        (this.on = (s, i, ...o) => {
          for (let a of [i].flat()) {
            this.#t = a;
            for (let u of [s].flat()) {
              let c = u.toUpperCase();
              for (let l of o) this.#i(c, this.#t, l);
            }
          }
          return this;
        }),
        (this.use = (s, ...i) => (
          typeof s == "string"
            ? (this.#t = s)
            : ((this.#t = "*"), i.unshift(s)),
          i.forEach((o) => {
            this.#i("ALL", this.#t, o);
          }),
          this
        )));
      let { strict: n, ...r } = t;
      (Object.assign(this, r),
        (this.getPath = (n ?? !0) ? (t.getPath ?? tt) : hn));
    }
    #e() {
      let t = new Rn({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#n = this.#n),
        (t.routes = this.routes),
        t
      );
    }
    #n = li;
    errorHandler = _n;
    route(t, n) {
      let r = this.basePath(t);
      return (
        n.routes.map((s) => {
          let i;
          (n.errorHandler === _n
            ? (i = s.handler)
            : ((i = async (o, a) =>
                (await it([], n.errorHandler)(o, () => s.handler(o, a))).res),
              (i[_0] = s.handler)),
            r.#i(s.method, s.path, i, s.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let n = this.#e();
      return ((n._basePath = Se(this._basePath, t)), n);
    }
    onError = (t) => ((this.errorHandler = t), this);
    notFound = (t) => ((this.#n = t), this);
    mount(t, n, r) {
      let s, i;
      r &&
        (typeof r == "function"
          ? (i = r)
          : ((i = r.optionHandler),
            r.replaceRequest === !1 ? (s = (c) => c) : (s = r.replaceRequest)));
      let o = i
          ? (c) => {
              let l = i(c);
              return Array.isArray(l) ? l : [l];
            }
          : (c) => {
              let l;
              try {
                l = c.executionCtx;
              } catch {}
              return [c.env, l];
            },
        a = (c) => {
          let l = kn(c);
          return An(c, l.replace(/\/?\*$/, ""), l);
        },
        u = async (c, l) => {
          let p = await n(s ? s(c.req.raw) : a(c), ...o(c));
          if (p) return p;
          await l();
        };
      return (this.#i("ALL", Se(t, "*"), u), this);
    }
    #i(t, n, r, s) {
      n = Se(this._basePath, n);
      let i = {
        basePath: s !== void 0 ? Se(this._basePath, s) : this._basePath,
        path: n,
        method: t,
        handler: r,
      };
      (this.router.add(t, n, [r, i]), this.routes.push(i));
    }
    #s(t, n) {
      if (t instanceof Error) return this.errorHandler(t, n);
      throw t;
    }
    #r(t, n, r, s) {
      if (s === "HEAD")
        return (async () =>
          new Response(null, await this.#r(t, n, r, "GET")))();
      let i = this.getPath(t, { env: r }),
        o = this.router.match(s, i),
        a = new st(t, {
          path: i,
          matchResult: o,
          env: r,
          executionCtx: n,
          notFoundHandler: this.#n,
        });
      if (o[0].length === 1) {
        let c;
        try {
          c = o[0][0][0][0](a, async () => {
            a.res = await this.#n(a);
          });
        } catch (l) {
          return this.#s(l, a);
        }
        return c instanceof Promise
          ? c
              .then((l) => l || (a.finalized ? a.res : this.#n(a)))
              .catch((l) => this.#s(l, a))
          : (c ?? this.#n(a));
      }
      let u = it(o[0], this.errorHandler, this.#n);
      return (async () => {
        try {
          let c = await u(a);
          if (!c.finalized)
            throw new Error(
              "Context is not finalized. Did you forget to return a Response object or `await next()`?",
            );
          return c.res;
        } catch (c) {
          return this.#s(c, a);
        }
      })();
    }
    fetch = (t, ...n) => this.#r(t, n[1], n[0], t.method);
    request = (t, n, r, s) =>
      t instanceof Request
        ? this.fetch(n ? new Request(t, n) : t, r, s)
        : ((t = t.toString()),
          this.fetch(
            new Request(
              /^https?:\/\//.test(t) ? t : `http://localhost${Se("/", t)}`,
              n,
            ),
            r,
            s,
          ));
    fire = () => {
      addEventListener("fetch", (t) => {
        t.respondWith(this.#r(t.request, t, void 0, t.request.method));
      });
    };
  };
var Z = () => Object.create(null);
var ot = [];
function Tn(e, t) {
  let n = this.buildAllMatchers(),
    r = (s, i) => {
      let o = n[s] || n.ALL,
        a = o[2][i];
      if (a) return a;
      let u = i.match(o[0]);
      if (!u) return [[], ot];
      let c = u.indexOf("", 1);
      return [o[1][c], u];
    };
  return ((this.match = r), r(e, t));
}
var pi = "[^/]+",
  fi = "[^]*",
  mi = "(?:|/[^]*)",
  ve = Symbol(),
  Pn = new Set(".\\+*[^]$()");
function di(e, t) {
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
var Cn = class at {
  #t;
  #e;
  #n = Z();
  insert(t, n, r, s, i) {
    let o = this;
    for (let a = 0, u = t.length; a < u; a++) {
      let c = t[a],
        l =
          c.length === 1
            ? c === "*"
              ? a === u - 1
                ? ["", "", fi]
                : ["", "", pi]
              : null
            : c === "/*"
              ? ["", "", mi]
              : c.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        p;
      if (l) {
        let m = l[1],
          v = l[2] || "[^/]+";
        if (
          m &&
          l[2] &&
          (new RegExp(v).test("") ||
            ((v = v.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(v)) ||
            (v.length === 1 && Pn.has(v)))
        )
          throw ve;
        if ((i.push(v), (p = o.#n[v]), !p)) {
          if (v !== "[^]*" && v !== "(?:|/[^]*)") {
            for (let x in o.#n)
              if (
                (v.length > 1 || x.length > 1) &&
                x !== "[^]*" &&
                x !== "(?:|/[^]*)"
              )
                throw ve;
          }
          p = o.#n[v] = new at();
        }
        m !== "" && ((p.#e ??= s.varIndex++), r.push([m, p.#e]));
      } else if ((i.push(c), (p = o.#n[c]), !p)) {
        for (let m in o.#n)
          if (m.length > 1 && m !== "[^]*" && m !== "(?:|/[^]*)") throw ve;
        p = o.#n[c] = new at();
      }
      o = p;
    }
    if (o.#t !== void 0) throw ve;
    o.#t = n;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#n)
      .sort(di)
      .map((n) => {
        let r = this.#n[n],
          s = r.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof r.#e == "number"
              ? `(${n})@${r.#e}`
              : Pn.has(n)
                ? `\\${n}`
                : n) + s;
      })
      .filter(Boolean);
    return (
      typeof this.#t == "number" && this.#t !== -1 && t.unshift(`#${this.#t}`),
      t.length === 0 ? "" : t.length === 1 ? t[0] : "(?:" + t.join("|") + ")"
    );
  }
};
var ut = class {
  #t = { varIndex: 0 };
  #e = new Cn();
  #n = 0;
  paths = Z();
  insert(e, t) {
    let n = [];
    if (t) {
      (this.#e.insert(e.split(""), -1, [], this.#t, n),
        (this.paths[e] = [-1, [], n]));
      return;
    }
    let r = [],
      s = [],
      i = e;
    for (let a = 0; ;) {
      let u = !1;
      if (
        ((i = i.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (c) => {
          let l = `@\\${a}`;
          return ((s[a] = [l, c]), a++, (u = !0), l);
        })),
        !u)
      )
        break;
    }
    let o = i.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let a = s.length - 1; a >= 0; a--) {
      let [u] = s[a];
      for (let c = o.length - 1; c >= 0; c--)
        if (o[c].indexOf(u) !== -1) {
          o[c] = o[c].replace(u, s[a][1]);
          break;
        }
    }
    (this.#e.insert(o, this.#n, r, this.#t, n),
      (this.paths[e] = [this.#n++, r, n]));
  }
  buildRegExp() {
    let e = this.#e.buildRegExpStr();
    if (e === "") return [/^$/, [], []];
    let t = 0,
      n = [],
      r = [];
    return (
      (e = e.replace(/#(\d+)|@(\d+)|\.\*\$/g, (s, i, o) =>
        i !== void 0
          ? ((n[++t] = Number(i)), "$()")
          : (o !== void 0 && (r[Number(o)] = ++t), ""),
      )),
      [new RegExp(`^${e}`), n, r]
    );
  }
};
function yi(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function hi(e, t) {
  let n = e.length - 1;
  for (let r = 0; r < n; r++) if (e[r] !== t[r]) return !1;
  return e[n] === "[^]*" || t.length === n || t[n] === "/";
}
var $n = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new ut() }));
  }
  #n(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (n) {
      throw n === ve ? new A0(t) : n;
    }
  }
  add(e, t, n) {
    let r = this.#t;
    if (!r) throw new Error(I0);
    let s = this.#e;
    if (!r[e]) {
      ((s[e] = new ut()), (r[e] = [...r.ALL]));
      for (let a in s.ALL.paths) this.#n(e, a);
    }
    t === "/*" && (t = "*");
    let i = e === "ALL" ? Object.keys(r) : [e],
      o = E0(t) || [t];
    for (let a of o)
      for (let u of i) (s[u].paths[a] || this.#n(u, a), r[u].push([n, a]));
  }
  match = Tn;
  buildAllMatchers() {
    let e = Z();
    for (let t of Object.keys(this.#t)) e[t] = this.#i(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #i(e) {
    let t = this.#t[e],
      n = this.#e[e],
      r = Z(),
      s = [],
      [i, o, a] = n.buildRegExp(),
      u = Z(),
      c = t.map(
        ([p, m], v) => (
          (u[m] ??= []).push(v),
          [p, n.paths[m][1].reduceRight((x, [j, b]) => ((x[j] = a[b]), x), Z())]
        ),
      ),
      l = Object.keys(u).filter((p) => yi(n.paths[p][2]));
    for (let p in n.paths) {
      let [m, , v] = n.paths[p],
        x = [...u[p]];
      for (let b of l) b !== p && hi(n.paths[b][2], v) && x.push(...u[b]);
      let j = x.sort((b, L) => b - L).map((b) => c[b]);
      if (m === -1) {
        let b = Math.max(-1, ...j.flatMap(([, L]) => Object.values(L)));
        r[p] = [j, b === -1 ? ot : p.match(i).slice(0, b + 1)];
      } else s[m] = j;
    }
    return [i, o.map((p) => s[p]), r];
  }
};
var On = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(e) {
    this.#t = e.routers;
  }
  add(e, t, n) {
    if (!this.#e) throw new Error(I0);
    this.#e.push([e, t, n]);
  }
  match(e, t) {
    if (!this.#e) throw new Error("Fatal error");
    let n = this.#t,
      r = this.#e,
      s = n.length,
      i = 0,
      o;
    for (; i < s; i++) {
      let a = n[i];
      try {
        for (let u = 0, c = r.length; u < c; u++) a.add(...r[u]);
        o = a.match(e, t);
      } catch (u) {
        if (u instanceof A0) continue;
        throw u;
      }
      ((this.match = a.match.bind(a)), (this.#t = [a]), (this.#e = void 0));
      break;
    }
    if (i === s) throw new Error("Fatal error");
    return ((this.name = `SmartRouter + ${this.activeRouter.name}`), o);
  }
  get activeRouter() {
    if (this.#e || this.#t.length !== 1)
      throw new Error("No active router has been determined yet.");
    return this.#t[0];
  }
};
var ct = Z(),
  gi = 0,
  Dn = class Nn {
    #t = [];
    #e = Z();
    #n = [];
    #i;
    #s = ct;
    insert(t, n, r) {
      let s = this,
        i = We(n),
        o = new Set(),
        a = 0;
      for (let u of i) {
        let c = i[++a],
          l =
            Ke(u, c) ||
            (c === void 0 && u && u.indexOf("*") === u.length - 1 ? u : null),
          p = Array.isArray(l),
          m = p ? l[0] : l || u,
          v = (s.#e[m] ||= new Nn());
        (l && !v.#i && ((v.#i = l), s.#n.push(v)), (s = v), p && o.add(l[1]));
      }
      s.#t.push({ [t]: { handler: r, possibleKeys: [...o], score: ++gi } });
    }
    #r(t, n, r, s, i) {
      for (let o = 0, a = n.#t.length; o < a; o++) {
        let u = n.#t[o],
          c = u[r] || u.ALL;
        if (c) {
          ((c.params = Z()), t.push(c));
          for (let l = 0, p = c.possibleKeys.length; l < p; l++) {
            let m = c.possibleKeys[l];
            c.params[m] = i?.[m] && !l ? i[m] : (s[m] ?? i?.[m]);
          }
        }
      }
    }
    search(t, n) {
      let r = [];
      this.#s = ct;
      let s = [this],
        i = et(n),
        o = [],
        a = i.length,
        u = null;
      for (let c = 0; c < a; c++) {
        let l = i[c],
          p = c === a - 1,
          m = [];
        for (let x = 0, j = s.length; x < j; x++) {
          let b = s[x],
            L = b.#e[l];
          L &&
            ((L.#s = b.#s),
            p
              ? (L.#e["*"] && this.#r(r, L.#e["*"], t, b.#s),
                this.#r(r, L, t, b.#s))
              : m.push(L));
          for (let P of b.#n) {
            let w = P.#i,
              I = b.#s === ct ? {} : { ...b.#s };
            if (typeof w == "string") {
              (w === "*" || l.startsWith(w.slice(0, -1))) &&
                (this.#r(r, P, t, b.#s), w === "*" && ((P.#s = I), m.push(P)));
              continue;
            }
            let [, U, B] = w;
            if (!(!l && B === !0)) {
              if (B !== !0) {
                if (!u) {
                  u = [];
                  let G0 = n[0] === "/" ? 1 : 0;
                  for (let Ne = 0; Ne < a; Ne++)
                    ((u[Ne] = G0), (G0 += i[Ne].length + 1));
                }
                let h0 = n.slice(u[c]),
                  g0 = B.exec(h0);
                if (g0) {
                  (Object.hasOwn(I, U) || (I[U] = g0[0]),
                    this.#r(r, P, t, b.#s, I),
                    g0[0].length === h0.length &&
                      P.#e["*"] &&
                      this.#r(r, P.#e["*"], t, b.#s, I));
                  for (let G0 in P.#e) {
                    P.#s = I;
                    let Ne = g0[0].match(/\//g)?.length ?? 0;
                    (o[Ne] ||= []).push(P);
                    break;
                  }
                  continue;
                }
              }
              (B === !0 || B.test(l)) &&
                (Object.hasOwn(I, U) || (I[U] = l),
                p
                  ? (this.#r(r, P, t, I, b.#s),
                    P.#e["*"] && this.#r(r, P.#e["*"], t, I, b.#s))
                  : ((P.#s = I), m.push(P)));
            }
          }
        }
        let v = o.shift();
        s = v ? m.concat(v) : m;
      }
      return (
        r[1] && r.sort((c, l) => c.score - l.score),
        [r.map(({ handler: c, params: l }) => [c, l])]
      );
    }
  };
var lt = class {
  name = "TrieRouter";
  #t = new Dn();
  add(e, t, n) {
    for (let r of E0(t) || [t]) this.#t.insert(e, r, n);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var Re = class extends Sn {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new On({ routers: [new $n(), new lt()] })));
  }
};
var pt = (e) => (e.__COMPOSED_HANDLER ? pt(e[_0]) : e);
var vi = /^[\w!#$%&'*.^`|~+-]+$/,
  bi = /^[!#-:<>-[\]-~]+$/,
  xi = /^[ !#-:<-[\]-~]*$/,
  jn = (e) => {
    let t = 0,
      n = e.length;
    for (; t < n;) {
      let r = e.charCodeAt(t);
      if (r !== 32 && r !== 9) break;
      t++;
    }
    for (; n > t;) {
      let r = e.charCodeAt(n - 1);
      if (r !== 32 && r !== 9) break;
      n--;
    }
    return t === 0 && n === e.length ? e : e.slice(t, n);
  },
  ft = (e, t) => {
    if (t && e.indexOf(t) === -1) return {};
    let n = e.split(";"),
      r = Object.create(null);
    for (let s of n) {
      let i = s.indexOf("=");
      if (i === -1) continue;
      let o = jn(s.substring(0, i));
      if ((t && t !== o) || !bi.test(o) || o in r) continue;
      let a = jn(s.substring(i + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        xi.test(a) && ((r[o] = Le(a)), t))
      )
        break;
    }
    return r;
  };
var wi = (e, t, n = {}) => {
    if (!vi.test(e)) throw new Error("Invalid cookie name");
    let r = `${e}=${t}`;
    if (/^__secure-/i.test(e) && !n.secure)
      throw new Error("__Secure- Cookie must have Secure attributes");
    if (/^__host-/i.test(e)) {
      if (!n.secure)
        throw new Error("__Host- Cookie must have Secure attributes");
      if (n.path !== "/")
        throw new Error('__Host- Cookie must have Path attributes with "/"');
      if (n.domain)
        throw new Error("__Host- Cookie must not have Domain attributes");
    }
    for (let s of ["domain", "path", "sameSite", "priority"])
      if (n[s] && /[;\r\n]/.test(n[s]))
        throw new Error(`${s} must not contain ";", "\\r", or "\\n"`);
    if (n && typeof n.maxAge == "number" && n.maxAge >= 0) {
      if (n.maxAge > 3456e4)
        throw new Error(
          "Cookies Max-Age SHOULD NOT be greater than 400 days (34560000 seconds) in duration.",
        );
      r += `; Max-Age=${n.maxAge | 0}`;
    }
    if (
      (n.domain && n.prefix !== "host" && (r += `; Domain=${n.domain}`),
      n.path && (r += `; Path=${n.path}`),
      n.expires)
    ) {
      if (n.expires.getTime() - Date.now() > 3456e7)
        throw new Error(
          "Cookies Expires SHOULD NOT be greater than 400 days (34560000 seconds) in the future.",
        );
      r += `; Expires=${n.expires.toUTCString()}`;
    }
    if (
      (n.httpOnly && (r += "; HttpOnly"),
      n.secure && (r += "; Secure"),
      n.sameSite &&
        (r += `; SameSite=${n.sameSite.charAt(0).toUpperCase() + n.sameSite.slice(1)}`),
      n.priority &&
        (r += `; Priority=${n.priority.charAt(0).toUpperCase() + n.priority.slice(1)}`),
      n.partitioned)
    ) {
      if (!n.secure)
        throw new Error("Partitioned Cookie must have Secure attributes");
      r += "; Partitioned";
    }
    return r;
  },
  S0 = (e, t, n) => ((t = encodeURIComponent(t)), wi(e, t, n));
var Xe = (e, t, n) => {
  let r = e.req.raw.headers.get("Cookie");
  if (typeof t == "string") {
    if (!r) return;
    let s = t;
    return (
      n === "secure"
        ? (s = "__Secure-" + t)
        : n === "host" && (s = "__Host-" + t),
      ft(r, s)[s]
    );
  }
  return r ? ft(r) : {};
};
var ki = (e, t, n) => {
    let r;
    return (
      n?.prefix === "secure"
        ? (r = S0("__Secure-" + e, t, { path: "/", ...n, secure: !0 }))
        : n?.prefix === "host"
          ? (r = S0("__Host-" + e, t, {
              ...n,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (r = S0(e, t, { path: "/", ...n })),
      r
    );
  },
  mt = (e, t, n, r) => {
    let s = ki(t, n, r);
    e.header("Set-Cookie", s, { append: !0 });
  };
var Mn = (e, t, n) => {
  let r = Xe(e, t, n?.prefix);
  return (mt(e, t, "", { ...n, maxAge: 0 }), r);
};
var Ei = /^application\/([\w.-]+\+)?json$/i,
  Ii = (e) => e.split(";")[0].trim().toLowerCase(),
  dt = (e, t) => async (n, r) => {
    let s = {},
      i = n.req.header("Content-Type"),
      o = i ? Ii(i) : "";
    switch (e) {
      case "json":
        if (!Ei.test(o)) break;
        try {
          s = await n.req.json();
        } catch {
          throw new ne(400, { message: "Malformed JSON in request body" });
        }
        break;
      case "form": {
        if (
          o !== "multipart/form-data" &&
          o !== "application/x-www-form-urlencoded"
        )
          break;
        let u;
        if (n.req.bodyCache.formData) u = await n.req.bodyCache.formData;
        else
          try {
            let l = await n.req.arrayBuffer();
            ((u = await b0(l, i)), (n.req.bodyCache.formData = u));
          } catch (l) {
            let p = "Malformed FormData request.";
            throw (
              (p += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new ne(400, { message: p })
            );
          }
        let c = Object.create(null);
        (u.forEach((l, p) => {
          p.endsWith("[]")
            ? (c[p] ??= []).push(l)
            : Array.isArray(c[p])
              ? c[p].push(l)
              : Object.hasOwn(c, p)
                ? (c[p] = [c[p], l])
                : (c[p] = l);
        }),
          (s = c));
        break;
      }
      case "query":
        s = Object.fromEntries(
          Object.entries(n.req.queries()).map(([u, c]) =>
            c.length === 1 ? [u, c[0]] : [u, c],
          ),
        );
        break;
      case "param":
        s = n.req.param();
        break;
      case "header":
        s = n.req.header();
        break;
      case "cookie":
        s = Xe(n);
    }
    let a = await t(s, n);
    return a instanceof Response
      ? a
      : (n.req.addValidatedData(e, a), await r());
  };
var qn = { header: ["cookie"] };
function Ai(e, t, n) {
  if (!(n in qn)) return e;
  let r = qn[n] || [];
  return t === "arktype" ? _i(e, r) : t === "valibot" ? Si(e, r) : e;
}
function _i(e, t) {
  return e.map((n) => {
    if (
      n &&
      typeof n == "object" &&
      "data" in n &&
      typeof n.data == "object" &&
      n.data !== null &&
      !Array.isArray(n.data)
    ) {
      let r = { ...n.data };
      for (let i of t) delete r[i];
      let s = Object.create(Object.getPrototypeOf(n));
      return (Object.assign(s, n, { data: r }), s);
    }
    return n;
  });
}
function Si(e, t) {
  return e.map((n) => {
    if (n && typeof n == "object" && "path" in n && Array.isArray(n.path)) {
      for (let r of n.path)
        if (
          typeof r == "object" &&
          "input" in r &&
          typeof r.input == "object" &&
          r.input !== null &&
          !Array.isArray(r.input)
        )
          for (let s of t) delete r.input[s];
    }
    return n;
  });
}
var Ln = (e, t, n) =>
  dt(e, async (r, s) => {
    let i = await t["~standard"].validate(r);
    if (n) {
      let o = await n(
        i.issues
          ? { data: r, error: i.issues, success: !1, target: e }
          : { data: r, success: !0, target: e },
        s,
      );
      if (o) {
        if (o instanceof Response) return o;
        if (typeof o == "object" && "response" in o) return o.response;
      }
    }
    if (i.issues) {
      let o = Ai(i.issues, t["~standard"].vendor, e);
      return s.json({ data: r, error: o, success: !1 }, 400);
    }
    return i.value;
  });
var ht = Symbol("openapi"),
  yt = "__HonoOpenAPIValidator__",
  Ti = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"],
  Wn = (e) => {
    let t = e;
    if (t.startsWith(":")) {
      let n = t.match(/^:([^{?]+)(?:{(.+)})?(\?)?$/);
      n
        ? (t = `{${n[1]}}`)
        : ((t = t.slice(1, t.length)),
          t.endsWith("?") && (t = t.slice(0, -1)),
          (t = `{${t}}`));
    }
    return t;
  },
  Pi = (e) => e.split("/").map(Wn).join("/"),
  Un = (e) =>
    e
      .split(/[\W_]+/)
      .filter(Boolean)
      .map((t) => t.charAt(0).toUpperCase() + t.slice(1))
      .join(""),
  Ci = (e) => {
    let t = e.method.toLowerCase();
    if (e.path === "/") return `${t}Index`;
    for (let n of e.path.split("/")) {
      let r = Wn(n);
      r.charCodeAt(0) === 123 ? (t += `By${Un(r.slice(1, -1))}`) : (t += Un(r));
    }
    return t;
  },
  $i = (e) => ("$ref" in e ? e.$ref : `${e.in} ${e.name}`);
function Bn(...e) {
  let t = e
    .flatMap((n) => n ?? [])
    .reduce((n, r) => (n.set($i(r), r), n), new Map());
  return Array.from(t.values());
}
var Oi = new Map();
function Di(e, t) {
  let n = [];
  for (let [r, s] of t) {
    if (!s) continue;
    let i = r.endsWith("/*") ? r.slice(0, -2) : r;
    (e === i || e.startsWith(`${i}/`)) && n.push(s);
  }
  return n;
}
function Ni(e, t) {
  return !e || !t || "$ref" in e || "$ref" in t
    ? t
    : { ...e, ...t, content: { ...e.content, ...t.content } };
}
function Fn(e, ...t) {
  return t.reduce(
    (n, r) => {
      if (!r || !n) return n;
      for (let [s, i] of Object.entries(r))
        if (i != null)
          if (
            s in n &&
            (typeof i == "object" ||
              (typeof i == "function" && s === "operationId"))
          )
            if (Array.isArray(i)) {
              let o = [...(n[s] ?? []), ...i];
              s === "tags"
                ? (n[s] = Array.from(new Set(o)))
                : s === "parameters"
                  ? (n[s] = Bn(o))
                  : (n[s] = o);
            } else
              typeof i == "function"
                ? (n[s] = i(e))
                : s === "parameters"
                  ? (n[s] = Bn(n[s], i))
                  : s === "requestBody"
                    ? (n.requestBody = Ni(n.requestBody, i))
                    : (n[s] = { ...n[s], ...i });
          else n[s] = i;
      return n;
    },
    { operationId: Ci(e) },
  );
}
function Hn({ route: e, specs: t, paths: n }, r = Oi) {
  let s = Pi(e.path),
    i = e.method.toLowerCase();
  if (i === "all") {
    if (!t) return;
    if (r.has(s)) {
      let o = r.get(s) ?? {};
      r.set(s, Fn(e, o, t));
    } else r.set(s, t);
  } else {
    let o = Di(s, r);
    (s in n || (n[s] = {}), n[s] && (n[s][i] = Fn(e, ...o, n[s]?.[i], t)));
  }
}
function ji(e, t) {
  let { exclude: n, excludeStaticFile: r } = t.options,
    s = {},
    i = Array.isArray(n) ? n : [n];
  for (let [o, a] of Object.entries(e)) {
    if (
      a == null ||
      i.some((p) => (typeof p == "string" ? o === p : p.test(o))) ||
      (o.includes("*") && !o.includes("{"))
    )
      continue;
    if (r) {
      let p = o.includes("{"),
        v = (o.split("/").pop() || "").includes(".");
      if (!p && v) continue;
    }
    for (let p of Object.keys(a)) {
      let m = a[p];
      if (m == null) continue;
      let v = m[yt] === !0;
      if ((delete m[yt], o.includes("{"))) {
        m.parameters = m.parameters ? [...m.parameters] : [];
        let x = o
          .split("/")
          .filter(
            (j) =>
              j.startsWith("{") &&
              !m.parameters.find(
                (b) => b.in === "path" && b.name === j.slice(1, j.length - 1),
              ),
          );
        for (let j of x) {
          let b = j.slice(1, j.length - 1);
          m.parameters.findIndex((P) => {
            if ("$ref" in P) {
              let w = P.$ref.split("/").pop();
              if (w) {
                let I = t.components.parameters?.[w];
                if (I && !("$ref" in I)) return I.in === "path" && I.name === b;
              }
              return !1;
            }
            return P.in === "path" && P.name === b;
          }) === -1 &&
            m.parameters.push({
              schema: { type: "string" },
              in: "path",
              name: b,
              required: !0,
            });
        }
      }
      if (
        (m.responses || (m.responses = { 200: {} }),
        v &&
          t.options.defaultValidationErrorResponse !== !1 &&
          !m.responses[400])
      ) {
        let x = t.options.defaultValidationErrorResponse;
        typeof x == "object"
          ? (m.responses[400] = structuredClone(x))
          : t.validationErrorResponse &&
            (m.responses[400] = structuredClone(t.validationErrorResponse));
      }
    }
    let l = {};
    for (let p of Object.keys(a)) a[p] != null && (l[p] = a[p]);
    Object.keys(l).length > 0 && (s[o] = l);
  }
  return s;
}
var zn = {
    documentation: {},
    excludeStaticFile: !0,
    exclude: [],
    excludeMethods: ["OPTIONS"],
    excludeTags: [],
    defaultValidationErrorResponse: !0,
  },
  Mi = {
    description: "Validation Error",
    content: {
      "application/json": {
        schema: {
          type: "object",
          properties: {
            success: { type: "boolean", enum: [!1] },
            error: { type: "array", items: {} },
            data: {},
          },
          required: ["success", "error", "data"],
        },
      },
    },
  };
function Kn(e, t) {
  let n;
  return async (r) => (n || (n = await qi(e, t, r)), r.json(n));
}
async function qi(e, t = zn, n) {
  let r = {
      components: {},
      options: { ...zn, ...t },
      validationErrorResponse: Mi,
    },
    s = r.options.documentation ?? {},
    i = { ...s, components: s.components && { ...s.components } },
    o = await Li(e, r);
  for (let c in o)
    for (let l in o[c])
      Ui({ valueOrFunc: o[c][l]?.hide, method: l, path: c, c: n }) &&
        (o[c][l] = void 0);
  let a = i.components?.responses ? await Xn(i.components.responses) : void 0;
  a && i.components && (i.components.responses = a.responses);
  let u = Ye(i.components, a?.components, r.components);
  return {
    openapi: "3.1.0",
    ...i,
    tags: i.tags?.filter((c) => !r.options.excludeTags?.includes(c?.name)),
    info: {
      title: "Hono Documentation",
      description: "Development documentation",
      version: "0.0.0",
      ...i.info,
    },
    paths: { ...ji(o, r), ...i.paths },
    components: u,
  };
}
async function Li(e, t) {
  let n = {},
    r = new Map();
  for (let s of e.routes) {
    let i = pt(s.handler)[ht];
    if (!i) {
      t.options.includeEmptyPaths && Hn({ route: s, paths: n }, r);
      continue;
    }
    let o = s.method;
    if (
      o !== "ALL" &&
      (t.options.excludeMethods?.includes(o) || !Ti.includes(o))
    )
      continue;
    let a = t.options.defaultOptions?.[o] && { ...t.options.defaultOptions[o] },
      { schema: u, components: c = {} } = await Bi(
        i,
        a,
        t.components.parameters,
      );
    ((t.components = Ye(t.components, c)),
      Hn({ route: s, specs: u, paths: n }, r));
  }
  return n;
}
function Ui(e) {
  let { valueOrFunc: t, c: n, method: r, path: s } = e;
  if (t != null) {
    if (typeof t == "boolean") return t;
    if (typeof t == "function") return t({ c: n, method: r, path: s });
  }
  return !1;
}
async function Bi(e, t, n) {
  if ("spec" in e) {
    let i = {
        ...t,
        ...e.spec,
        responses: { ...t?.responses, ...e.spec.responses },
      },
      o = {};
    if (i.responses) {
      let a = await Xn(i.responses);
      ((i.responses = a.responses), (o = a.components));
    }
    if (i.requestBody && "content" in i.requestBody) {
      let a = await Gn(i.requestBody.content);
      ((i.requestBody = { ...i.requestBody, content: a.content }),
        (o = Ye(o, a.components)));
    }
    return { schema: i, components: o };
  }
  let r = await e.toOpenAPISchema();
  Yn(r);
  let s = { ...t, [yt]: !0 };
  if (e.target === "form" || e.target === "json") {
    let i =
      e.options?.media ??
      (e.target === "json" ? "application/json" : "multipart/form-data");
    !s.requestBody || !("content" in s.requestBody) || !s.requestBody.content
      ? (s.requestBody = {
          required: !0,
          content: { [i]: { schema: r.schema } },
        })
      : (s.requestBody.content[i] = { schema: r.schema });
  } else {
    let i = [];
    if ("$ref" in r.schema) {
      let a = r.schema.$ref.split("/").pop();
      if (a && r.components?.schemas?.[a]) {
        let u = r.components.schemas[a],
          c = Vn(e.target, u, r.components.schemas),
          l = c.length === 1 ? c[0] : void 0,
          p = n?.[a];
        l && (!p || ("in" in p && p.in === l.in && p.name === l.name))
          ? ((r.components.parameters ??= {}),
            (r.components.parameters[a] = l),
            i.push({ $ref: `#/components/parameters/${a}` }),
            delete r.components.schemas[a])
          : (i = c);
      }
    } else i = Vn(e.target, r.schema, r.components?.schemas);
    s.parameters = i;
  }
  return { schema: s, components: r.components };
}
function Vn(e, t, n) {
  let r = [];
  for (let [s, i] of Fi(t, n)) {
    let o = { in: e === "param" ? "path" : e, name: s, schema: i.schema };
    (i.required && (o.required = !0),
      o.schema &&
        "description" in o.schema &&
        o.schema.description &&
        ((o.description = o.schema.description),
        (o.schema = { ...o.schema, description: void 0 })),
      r.push(o));
  }
  return r;
}
function Fi(e, t) {
  let n = new Map(),
    r = new Set(),
    s = (i) => {
      for (let [o, a] of Object.entries(i.properties ?? {})) {
        let u = n.get(o);
        n.set(o, {
          schema: u ? { allOf: [u.schema, a] } : a,
          required: !!i.required?.includes(o) || u?.required,
        });
      }
      for (let o of i.allOf ?? [])
        if ("$ref" in o) {
          let a = "#/components/schemas/";
          if (!o.$ref.startsWith(a)) continue;
          let u = o.$ref
              .slice(a.length)
              .replaceAll("~1", "/")
              .replaceAll("~0", "~"),
            c = t?.[u];
          c && !r.has(u) && (r.add(u), s(c), r.delete(u));
        } else s(o);
    };
  return (s(e), n);
}
async function Gn(e) {
  let t = {},
    n = {};
  for (let [r, s] of Object.entries(e))
    if (s)
      if (s.schema && "toOpenAPISchema" in s.schema) {
        let i = await s.schema.toOpenAPISchema();
        (Yn(i),
          (n[r] = { ...s, schema: i.schema }),
          i.components && (t = Ye(t, i.components)));
      } else n[r] = s;
  return { content: n, components: t };
}
async function Xn(e) {
  let t = {},
    n = {};
  for (let [r, s] of Object.entries(e)) {
    if (!s || !("content" in s) || !s.content) {
      n[r] = s;
      continue;
    }
    let i = await Gn(s.content);
    ((n[r] = { ...s, content: i.content }), (t = Ye(t, i.components)));
  }
  return { responses: n, components: t };
}
function Yn(e) {
  let t = e.schema.$defs;
  !t ||
    typeof t != "object" ||
    ((e.components ??= {}),
    (e.components.schemas = { ...t, ...e.components.schemas }),
    delete e.schema.$defs);
}
function Ye(...e) {
  return e.reduce(
    (t, n, r) => (
      n == null ||
        r === 0 ||
        (((t.schemas && Object.keys(t.schemas).length > 0) ||
          (n.schemas && Object.keys(n.schemas).length > 0)) &&
          (t.schemas = { ...t.schemas, ...n.schemas }),
        ((t.parameters && Object.keys(t.parameters).length > 0) ||
          (n.parameters && Object.keys(n.parameters).length > 0)) &&
          (t.parameters = { ...t.parameters, ...n.parameters })),
      t
    ),
    e[0] ?? {},
  );
}
var Hi = (e) => e.base,
  zi = (e) => {
    e.zodSchema._zod.def.type === "date" &&
      ((e.jsonSchema.type = "string"), (e.jsonSchema.format = "date-time"));
  };
function Te(e, t) {
  let n = e["~standard"].vendor;
  return {
    vendor: n,
    validate: e["~standard"].validate,
    toJSONSchema: (r) => ln(e, { ...t, ...r }),
    toOpenAPISchema: (r) =>
      X0(e, {
        ...t,
        ...r,
        ...(n === "arktype" ? Vi(t, r) : void 0),
        ...(n === "zod" ? Wi(e, t, r) : void 0),
      }),
  };
}
function Vi(e, t) {
  let n = e?.options,
    r = t?.options;
  if (!(e?.fallback || n?.fallback || t?.fallback || r?.fallback))
    return { options: { fallback: Hi, ...n, ...r } };
}
function Wi(e, t, n) {
  if (!("_zod" in e)) return;
  let r = t?.options,
    s = n?.options;
  if (!(t?.override || r?.override || n?.override || s?.override))
    return { options: { unrepresentable: "any", override: zi, ...r, ...s } };
}
function Zn(e, t, n, r) {
  let s = Ln(e, t, n);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [ht]: { target: e, ...Te(t, r), options: r } })
  );
}
function Ze(e) {
  let t = async (n, r) => {
    await r();
  };
  return (
    Object.defineProperty(t, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(t, { [ht]: { spec: e } })
  );
}
var Jn = "https://cdn.jsdelivr.net/npm/@scalar/api-reference",
  Qn = "https://cdn.jsdelivr.net/npm/@scalar/api-reference/esm.js",
  er = (e) =>
    e.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  tr = (e) => er(e).replace(/"/g, "&quot;"),
  nr = (e) => (e ? ` nonce="${tr(e)}"` : ""),
  Ki = (e, t = 2, n = !1) => {
    let r = " ".repeat(t);
    return e
      .split(
        `
`,
      )
      .map((i, o) => (o === 0 && !n ? i : `${r}${i}`)).join(`
`);
  },
  Gi = (e, t, n) => {
    let r = [];
    return (
      e.customCss && (r.push("/* Custom CSS */"), r.push(e.customCss)),
      !e.theme && t && (r.push("/* Custom Theme */"), r.push(t)),
      r.length === 0
        ? ""
        : `
    <style type="text/css"${nr(n)}>
      ${Ki(
        r.join(`

`),
        6,
      )}
    </style>`
    );
  };
function R0(e, t = "") {
  let { config: n, pageTitle: r, cdn: s, nonce: i } = e,
    o = er(r ?? "Scalar API Reference"),
    a = Array.isArray(n) ? n[0] : n,
    { customCss: u, theme: c, bundle: l, ...p } = a ?? {},
    m = e.bundle ?? l,
    v = ir({
      ...p,
      ...(c ? { theme: c } : {}),
      ...(u !== void 0 ? { customCss: u } : {}),
    }),
    x = i
      ? `
    <meta property="csp-nonce" content="${tr(i)}" />`
      : "";
  return `<!doctype html>
<html>
  <head>
    <title>${o}</title>
    <meta charset="utf-8" />
    <meta
      name="viewport"
      content="width=device-width, initial-scale=1" />${x}${Gi(v, t, i)}
  </head>
  <body>
    <div id="app"></div>${sr(v, s, i, m)}
  </body>
</html>`;
}
var Xi = (e) =>
  `[${e.map((t) => (typeof t == "function" ? t.toString() : JSON.stringify(t))).join(", ")}]`;
function rr(e) {
  let t = { ...e },
    n = [];
  for (let [o, a] of Object.entries(e))
    typeof a == "function"
      ? (n.push(`"${o}": ${a.toString()}`), delete t[o])
      : Array.isArray(a) &&
        a.some((u) => typeof u == "function") &&
        (n.push(`"${o}": ${Xi(a)}`), delete t[o]);
  let r = JSON.stringify(t, null, 2),
    s = r
      .split(
        `
`,
      )
      .map((o, a) => (a === 0 ? o : `      ${o}`)).join(`
`);
  return n.length === 0
    ? s
    : r === "{}"
      ? `{
        ${n.join(`,
        `)}
      }`
      : `${s
          .split(
            `
`,
          )
          .slice(0, -1).join(`
`)},
        ${n.join(`,
        `)}
      }`;
}
function sr(e, t, n, r) {
  let s = rr(e),
    i = nr(n);
  return r === !1 || (r === void 0 && (t !== void 0 || !!n))
    ? `
    <!-- Load the Script -->
    <script src="${t ?? Jn}"${i}></script>

    <!-- Initialize the Scalar API Reference -->
    <script type="text/javascript"${i}>
      Scalar.createApiReference('#app', ${s})
    </script>`
    : `
    <!-- Load the Scalar API Reference -->
    <script type="module"${i}>
      import { createApiReference } from '${typeof r == "string" ? r : Qn}'

      createApiReference('#app', ${s})
    </script>`;
}
var ir = (e) => {
  let t = { ...e };
  return (
    typeof t.content == "function" && (t.content = t.content()),
    t.content && t.url && delete t.content,
    t
  );
};
var or = { _integration: "hono" },
  ar = `
.dark-mode {
  color-scheme: dark;
  --scalar-color-1: rgba(255, 255, 245, .86);
  --scalar-color-2: rgba(255, 255, 245, .6);
  --scalar-color-3: rgba(255, 255, 245, .38);
  --scalar-color-disabled: rgba(255, 255, 245, .25);
  --scalar-color-ghost: rgba(255, 255, 245, .25);
  --scalar-color-accent: #e36002;
  --scalar-background-1: #1e1e20;
  --scalar-background-2: #2a2a2a;
  --scalar-background-3: #505053;
  --scalar-background-4: rgba(255, 255, 255, 0.06);
  --scalar-background-accent: #e360021f;

  --scalar-border-color: rgba(255, 255, 255, 0.1);
  --scalar-scrollbar-color: rgba(255, 255, 255, 0.24);
  --scalar-scrollbar-color-active: rgba(255, 255, 255, 0.48);
  --scalar-lifted-brightness: 1.45;
  --scalar-backdrop-brightness: 0.5;

  --scalar-shadow-1: 0 1px 3px 0 rgb(0, 0, 0, 0.1);
  --scalar-shadow-2: rgba(15, 15, 15, 0.2) 0px 3px 6px,
    rgba(15, 15, 15, 0.4) 0px 9px 24px, 0 0 0 1px rgba(255, 255, 255, 0.1);

  --scalar-button-1: #f6f6f6;
  --scalar-button-1-color: #000;
  --scalar-button-1-hover: #e7e7e7;

  --scalar-color-green: #3dd68c;
  --scalar-color-red: #f66f81;
  --scalar-color-yellow: #f9b44e;
  --scalar-color-blue: #5c73e7;
  --scalar-color-orange: #ff8d4d;
  --scalar-color-purple: #b191f9;
}
/* Sidebar */
.dark-mode .sidebar {
  --scalar-sidebar-background-1: #161618;
  --scalar-sidebar-item-hover-color: var(--scalar-color-accent);
  --scalar-sidebar-item-hover-background: transparent;
  --scalar-sidebar-item-active-background: transparent;
  --scalar-sidebar-border-color: transparent;
  --scalar-sidebar-color-1: var(--scalar-color-1);
  --scalar-sidebar-color-2: var(--scalar-color-2);
  --scalar-sidebar-color-active: var(--scalar-color-accent);
  --scalar-sidebar-search-background: #252529;
  --scalar-sidebar-search-border-color: transparent;
  --scalar-sidebar-search-color: var(--scalar-color-3);
}
`,
  Yi = (e) => async (t) => {
    let n = {};
    typeof e == "function" ? (n = await e(t)) : (n = e);
    let r = { ...or, ...n },
      { cdn: s, pageTitle: i, nonce: o, ...a } = r;
    return t.html(R0({ config: a, pageTitle: i, cdn: s, nonce: o }, ar));
  },
  Zi = (e) => {
    let { document: t, documentPath: n = "/openapi.json", ...r } = e,
      s = new Re(),
      i = (o) => (typeof t == "function" ? t(o) : t);
    return (
      s.get(n, async (o) => o.json(await i(o))),
      s.get("/", (o) => {
        let a = `${o.req.path.replace(/\/+$/, "")}${n}`,
          { cdn: u, pageTitle: c, nonce: l, ...p } = { ...or, ...r, url: a };
        return o.html(R0({ config: p, pageTitle: c, cdn: u, nonce: l }, ar));
      }),
      s
    );
  },
  gt = Object.assign(Yi, { serve: Zi });
var Ji = "Payload Too Large",
  ur = (e) => {
    let t =
        e.onError ||
        (() => {
          let r = new Response(Ji, { status: 413 });
          throw new ne(413, { res: r });
        }),
      n = e.maxSize;
    return async function (s, i) {
      if (!s.req.raw.body) return i();
      let o = s.req.raw.headers.has("transfer-encoding");
      if (s.req.raw.headers.has("content-length") && !o)
        return parseInt(s.req.raw.headers.get("content-length") || "0", 10) > n
          ? t(s)
          : i();
      let a = 0,
        u = new Uint8Array(0),
        c = s.req.raw.body.getReader();
      for (;;) {
        let { done: l, value: p } = await c.read();
        if (l) break;
        let m = a;
        if (((a += p.length), a > n)) return t(s);
        if (a > u.length) {
          let v = new Uint8Array(Math.min(n, Math.max(a, u.length * 2)));
          (v.set(u.subarray(0, m)), (u = v));
        }
        u.set(p, m);
      }
      return (
        (s.req.raw = new Request(s.req.raw, { body: u.subarray(0, a) })),
        i()
      );
    };
  };
var Qi = {
    crossOriginEmbedderPolicy: ["Cross-Origin-Embedder-Policy", "require-corp"],
    crossOriginResourcePolicy: ["Cross-Origin-Resource-Policy", "same-origin"],
    crossOriginOpenerPolicy: ["Cross-Origin-Opener-Policy", "same-origin"],
    originAgentCluster: ["Origin-Agent-Cluster", "?1"],
    referrerPolicy: ["Referrer-Policy", "no-referrer"],
    strictTransportSecurity: [
      "Strict-Transport-Security",
      "max-age=15552000; includeSubDomains",
    ],
    xContentTypeOptions: ["X-Content-Type-Options", "nosniff"],
    xDnsPrefetchControl: ["X-DNS-Prefetch-Control", "off"],
    xDownloadOptions: ["X-Download-Options", "noopen"],
    xFrameOptions: ["X-Frame-Options", "SAMEORIGIN"],
    xPermittedCrossDomainPolicies: [
      "X-Permitted-Cross-Domain-Policies",
      "none",
    ],
    xXssProtection: ["X-XSS-Protection", "0"],
  },
  eo = {
    crossOriginEmbedderPolicy: !1,
    crossOriginResourcePolicy: !0,
    crossOriginOpenerPolicy: !0,
    originAgentCluster: !0,
    referrerPolicy: !0,
    strictTransportSecurity: !0,
    xContentTypeOptions: !0,
    xDnsPrefetchControl: !0,
    xDownloadOptions: !0,
    xFrameOptions: !0,
    xPermittedCrossDomainPolicies: !0,
    xXssProtection: !0,
    removePoweredBy: !0,
    permissionsPolicy: {},
    overwrite: !0,
  };
var vt = (e) => {
  let t = { ...eo, ...e },
    n = to(t),
    r = [];
  if (t.contentSecurityPolicy) {
    let [s, i] = cr(t.contentSecurityPolicy, "Content-Security-Policy");
    (s && r.push(s), n.push(["Content-Security-Policy", i]));
  }
  if (t.contentSecurityPolicyReportOnly) {
    let [s, i] = cr(
      t.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && r.push(s), n.push(["Content-Security-Policy-Report-Only", i]));
  }
  return (
    t.permissionsPolicy &&
      Object.keys(t.permissionsPolicy).length > 0 &&
      n.push(["Permissions-Policy", no(t.permissionsPolicy)]),
    t.reportingEndpoints &&
      n.push(["Reporting-Endpoints", so(t.reportingEndpoints)]),
    t.reportTo && n.push(["Report-To", io(t.reportTo)]),
    async function (i, o) {
      let a = r.length === 0 ? n : r.reduce((u, c) => c(i, u), n);
      (await o(),
        oo(i, a, t.overwrite !== !1),
        t?.removePoweredBy && i.res.headers.delete("X-Powered-By"));
    }
  );
};
function to(e) {
  return Object.entries(Qi)
    .filter(([t]) => e[t])
    .map(([t, n]) => {
      let r = e[t];
      return typeof r == "string" ? [n[0], r] : n;
    });
}
function cr(e, t) {
  let n = [],
    r = [];
  for (let [s, i] of Object.entries(e)) {
    let o = Array.isArray(i) ? i : [i];
    (o.forEach((a, u) => {
      if (typeof a == "function") {
        let c = u * 2 + 2 + r.length;
        n.push((l, p) => {
          p[c] = a(l, s);
        });
      }
    }),
      r.push(
        s.replace(/[A-Z]+(?![a-z])|[A-Z]/g, (a, u) =>
          u ? "-" + a.toLowerCase() : a.toLowerCase(),
        ),
        ...o.flatMap((a) => [" ", a]),
        "; ",
      ));
  }
  return (
    r.pop(),
    n.length === 0
      ? [void 0, r.join("")]
      : [
          (s, i) =>
            i.map((o) => {
              if (o[0] === t) {
                let a = o[1].slice();
                return (
                  n.forEach((u) => {
                    u(s, a);
                  }),
                  [o[0], a.join("")]
                );
              } else return o;
            }),
          r,
        ]
  );
}
function no(e) {
  return Object.entries(e)
    .map(([t, n]) => {
      let r = ro(t);
      return typeof n == "boolean"
        ? `${r}=${n ? "*" : "()"}`
        : Array.isArray(n)
          ? n.length === 0
            ? `${r}=()`
            : n.length === 1 && n[0] === "*"
              ? `${r}=*`
              : n.length === 1 && n[0] === "none"
                ? `${r}=()`
                : `${r}=(${n.map((s) => (["self", "src"].includes(s) ? s : `"${s}"`)).join(" ")})`
          : "";
    })
    .filter(Boolean)
    .join(", ");
}
function ro(e) {
  return e.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function so(e = []) {
  return e.map((t) => `${t.name}="${t.url}"`).join(", ");
}
function io(e = []) {
  return e.map((t) => JSON.stringify(t)).join(", ");
}
function oo(e, t, n) {
  t.forEach(([r, s]) => {
    (!n && e.res.headers.has(r)) || e.res.headers.set(r, s);
  });
}
var M = {};
je(M, {
  Auth: () => M,
  SESSION_DAYS: () => M0,
  acceptInvite: () => Da,
  confirmPasswordReset: () => Ca,
  invite: () => $a,
  inviteInfo: () => Oa,
  login: () => Aa,
  logout: () => Ra,
  me: () => Ta,
  requestPasswordReset: () => Pa,
  session: () => Sa,
  signup: () => Ea,
  verifyEmail: () => Ia,
});
import {
  DeleteItemCommand as wa,
  PutItemCommand as ka,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as uo,
  GetItemCommand as co,
  TransactWriteItemsCommand as lo,
  TransactionCanceledException as po,
  ConditionalCheckFailedException as fo,
} from "@aws-sdk/client-dynamodb";
import { marshall as mo, unmarshall as yo } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as ao } from "node:async_hooks";
var lr = new ao();
function pr() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function fr(e, t) {
  return lr.run(e, t);
}
function mr() {
  return lr.getStore();
}
function E() {
  return process.env.TABLE_NAME ?? "golmok";
}
var dr = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  ho = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  Je;
function T() {
  if (Je) return Je;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (Je = new uo({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    Je.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          i = dr.has(s) || ho.has(s),
          o = r.input;
        i && !o.ReturnConsumedCapacity && (o.ReturnConsumedCapacity = "TOTAL");
        let a = await t(r),
          u = mr();
        if (u && i) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((p, m) => p + (m.CapacityUnits ?? 0), 0);
          (u.dbCalls++, dr.has(s) ? (u.readUnits += l) : (u.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    Je
  );
}
function Qe(e) {
  return e instanceof fo || e?.name === "ConditionalCheckFailedException";
}
function go(e) {
  return !(e instanceof po) && e?.name !== "TransactionCanceledException"
    ? []
    : (e.CancellationReasons ?? []).flatMap((n, r) =>
        n.Code === "ConditionalCheckFailed" ? [r] : [],
      );
}
function y(e) {
  return mo(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function re(e) {
  return e ? yo(e) : void 0;
}
async function O(e, t = !1) {
  let n = await T().send(
    new co({ TableName: E(), Key: y(e), ConsistentRead: t }),
  );
  return re(n.Item);
}
function F(e, t, n) {
  return {
    Put: {
      TableName: E(),
      Item: y(e),
      ...(t ? { ConditionExpression: t } : {}),
      ...(n ? { ExpressionAttributeValues: y(n) } : {}),
    },
  };
}
async function G(e, t) {
  try {
    await T().send(new lo({ TransactItems: e }));
  } catch (n) {
    let r = go(n);
    for (let s of r) {
      let i = t?.(s);
      if (i) throw i;
    }
    throw n;
  }
}
import { createHash as wo } from "node:crypto";
import { AsyncLocalStorage as vo } from "node:async_hooks";
var yr = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  h = class extends Error {
    constructor(n, r, s, i = {}) {
      super(s);
      this.kind = n;
      this.code = r;
      this.extra = i;
      this.name = "VisibleError";
    }
    kind;
    code;
    extra;
  };
var hr = new vo();
function J(e, t) {
  return hr.run(e, t);
}
function bt() {
  return hr.getStore() ?? { type: "public" };
}
function H() {
  let e = bt();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new h(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function e0() {
  let e = bt();
  if (e.type !== "user")
    throw new h(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return e;
}
var bo = {
  owner: [
    "profile.read",
    "profile.write",
    "members.read",
    "members.invite",
    "usage.read",
    "data.read",
    "data.write",
    "payroll.read",
    "payroll.write",
  ],
  staff: ["profile.read", "members.read", "data.read", "data.write"],
  accountant: ["profile.read", "usage.read", "data.read", "payroll.read"],
};
function xo(e, t) {
  return bo[e].includes(t);
}
function D(e) {
  let t = bt();
  if (t.type !== "system") {
    if (t.type !== "user")
      throw new h(
        "unauthorized",
        "unauthenticated",
        "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      );
    if (!xo(t.role, e))
      throw new h(
        "forbidden",
        "forbidden",
        "\uC774 \uC791\uC5C5\uC744 \uD560 \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uB300\uD45C\uC5D0\uAC8C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
      );
  }
}
var xt = (e) => wo("sha256").update(e).digest("base64url"),
  oe = () => `T#${H()}`,
  d = {
    tenant: () => ({ pk: oe(), sk: "TENANT" }),
    user: (e) => ({ pk: oe(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: oe(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: oe(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: oe(), sk: `MAIL#${e}` }),
    employee: (e) => ({ pk: oe(), sk: `EMP#${e}` }),
    employeesPrefix: () => ({ pk: oe(), skPrefix: "EMP#" }),
    payrollRun: (e) => ({ pk: oe(), sk: `RUN#${e}` }),
    payrollRunsPrefix: () => ({ pk: oe(), skPrefix: "RUN#" }),
    payrollLock: (e) => ({ pk: oe(), sk: `RUNLOCK#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${xt(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${xt(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${xt(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import { randomBytes as To } from "node:crypto";
import T0 from "node:crypto";
var t0 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  n0 = 32;
var ko = 16,
  wt = 10,
  gr = 0xffffffffffff;
var fe;
(function (e) {
  ((e.Base32IncorrectEncoding = "B32_ENC_INVALID"),
    (e.DecodeTimeInvalidCharacter = "DEC_TIME_CHAR"),
    (e.DecodeTimeValueMalformed = "DEC_TIME_MALFORMED"),
    (e.EncodeTimeNegative = "ENC_TIME_NEG"),
    (e.EncodeTimeSizeExceeded = "ENC_TIME_SIZE_EXCEED"),
    (e.EncodeTimeValueMalformed = "ENC_TIME_MALFORMED"),
    (e.PRNGDetectFailure = "PRNG_DETECT"),
    (e.ULIDInvalid = "ULID_INVALID"),
    (e.Unexpected = "UNEXPECTED"),
    (e.UUIDInvalid = "UUID_INVALID"));
})(fe || (fe = {}));
var me = class extends Error {
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function Eo(e) {
  let t = Math.floor(e() * n0) % n0;
  return t0.charAt(t);
}
function vr(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Io(e) {
  let t,
    n = e.length,
    r,
    s,
    i = e,
    o = n0 - 1;
  for (; !t && n-- >= 0;) {
    if (((r = i[n]), (s = t0.indexOf(r)), s === -1))
      throw new me(fe.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === o) {
      i = vr(i, n, t0[0]);
      continue;
    }
    t = vr(i, n, t0[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new me(fe.Base32IncorrectEncoding, "Failed incrementing string");
}
function Ao(e) {
  let t = _o(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof T0 < "u" ? T0 : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
  if (T0?.randomBytes) return () => T0.randomBytes(1).readUInt8() / 256;
  throw new me(fe.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function _o() {
  return Ro()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function So(e, t) {
  let n = "";
  for (; e > 0; e--) n = Eo(t) + n;
  return n;
}
function br(e, t = wt) {
  if (isNaN(e))
    throw new me(fe.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > gr)
    throw new me(
      fe.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${gr}: ${e}`,
    );
  if (e < 0) throw new me(fe.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new me(fe.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % n0), (r = t0.charAt(n) + r), (e = (e - n) / n0));
  return r;
}
function Ro() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function xr(e) {
  let t = e || Ao(),
    n = 0,
    r;
  return function (i) {
    let o = !i || isNaN(i) ? Date.now() : i;
    if (o <= n) {
      let u = (r = Io(r));
      return br(n, wt) + u;
    }
    n = o;
    let a = (r = So(ko, t));
    return br(o, wt) + a;
  };
}
var Po = xr();
function ie(e) {
  return `${e}_${Po().toLowerCase()}`;
}
function Ue() {
  return To(32).toString("base64url");
}
var ee = {};
je(ee, {
  Mail: () => ee,
  deliver: () => Dr,
  drain: () => Jo,
  due: () => Nr,
  enqueue: () => $r,
  events: () => Cr,
  notify: () => Or,
  recordEvent: () => Qo,
  resetSesClient: () => Zo,
  send: () => Xo,
});
import { EventEmitter as Ho } from "node:events";
import {
  PutItemCommand as zo,
  QueryCommand as Vo,
  TransactWriteItemsCommand as Wo,
  UpdateItemCommand as It,
} from "@aws-sdk/client-dynamodb";
var z = {};
je(z, {
  Metering: () => z,
  assertWithinQuota: () => Bo,
  billableUpdate: () => Lo,
  clearCache: () => Fo,
  current: () => Sr,
  flush: () => P0,
  flushIfDue: () => jo,
  record: () => No,
});
import {
  GetItemCommand as Do,
  UpdateItemCommand as Er,
} from "@aws-sdk/client-dynamodb";
var Q = {};
je(Q, {
  METRIC_LABEL: () => Co,
  PLAN_TABLE: () => kt,
  Plan: () => Q,
  exceeded: () => Oo,
  get: () => $o,
});
var Co = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
    payslips: { label: "\uC784\uAE08\uBA85\uC138\uC11C", unit: "\uAC74" },
  },
  kt = [
    {
      from: "2026-01",
      plans: {
        basic: {
          id: "basic",
          name: "\uAE30\uBCF8",
          priceKrw: 3300,
          quotas: {
            requests: 5e4,
            emails: 500,
            dbReadUnits: 2e5,
            dbWriteUnits: 1e5,
            payslips: 50,
          },
        },
        plus: {
          id: "plus",
          name: "\uD50C\uB7EC\uC2A4",
          priceKrw: 5500,
          quotas: {
            requests: 2e5,
            emails: 3e3,
            dbReadUnits: 1e6,
            dbWriteUnits: 5e5,
            payslips: 300,
          },
        },
      },
    },
  ];
function $o(e, t) {
  return ([...kt].reverse().find((r) => r.from <= t) ?? kt[0]).plans[e];
}
function Oo(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
  }
  return null;
}
function _() {
  return Date.now();
}
function de(e = _()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function r0(e) {
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
var ae = (e = _()) => Math.floor(e / 1e3);
function wr(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var Ir = Number(process.env.METER_FLUSH_EVERY ?? 200),
  Ar = Number(process.env.METER_FLUSH_MS ?? 1e4),
  be = new Map(),
  Be = 0,
  _r = 0,
  Fe,
  s0;
function No(e, t, n, r = _()) {
  let s = de(r),
    i = `${e}|${s}`,
    o = be.get(i);
  (o ||
    ((o = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    be.set(i, o)),
    o.requests++,
    (o.dbReadUnits += n.readUnits),
    (o.dbWriteUnits += n.writeUnits),
    (o.modules[t] = (o.modules[t] ?? 0) + 1),
    Be === 0 && (_r = r),
    Be++,
    Be >= Ir
      ? P0()
      : Fe ||
        ((Fe = setTimeout(() => {
          P0();
        }, Ar)),
        Fe.unref()));
}
async function jo(e = _()) {
  (Be >= Ir || (Be > 0 && e - _r >= Ar)) && (await P0());
}
async function P0() {
  (s0 && (await s0), Fe && clearTimeout(Fe), (Fe = void 0));
  let e = [...be.values()];
  if ((be.clear(), (Be = 0), e.length !== 0)) {
    s0 = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await J({ type: "system", tenantId: n.tenantId }, () => Mo(n));
          } catch (r) {
            (t.push(n),
              console.error(
                JSON.stringify({
                  level: "error",
                  msg: "usage flush failed",
                  error: String(r),
                }),
              ));
          }
        }),
      );
      for (let n of t) {
        let r = `${n.tenantId}|${n.month}`,
          s = be.get(r);
        if (!s) be.set(r, n);
        else {
          ((s.requests += n.requests),
            (s.dbReadUnits += n.dbReadUnits),
            (s.dbWriteUnits += n.dbWriteUnits));
          for (let [i, o] of Object.entries(n.modules))
            s.modules[i] = (s.modules[i] ?? 0) + o;
        }
      }
    })();
    try {
      await s0;
    } finally {
      s0 = void 0;
    }
  }
}
async function Mo(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, i], o) => (
        (t[`#m${o}`] = s),
        (n[`:m${o}`] = i),
        `#mod.#m${o} :m${o}`
      ),
    );
  (await qo(e.month),
    await T().send(
      new Er({
        TableName: E(),
        Key: y(d.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: y(n),
      }),
    ));
}
var kr = new Set();
async function qo(e) {
  let t = d.usage(e),
    n = `${t.pk}|${t.sk}`;
  kr.has(n) ||
    (await T()
      .send(
        new Er({
          TableName: E(),
          Key: y(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: y({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    kr.add(n));
}
function Lo(e, t = 1, n = de()) {
  return {
    Update: {
      TableName: E(),
      Key: y(d.usage(n)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: y({ ":n": t }),
    },
  };
}
async function Sr(e = de()) {
  let t = await T().send(
      new Do({ TableName: E(), Key: y(d.usage(e)), ConsistentRead: !0 }),
    ),
    n = re(t.Item) ?? {},
    r = be.get(`${H()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    payslips: n.payslips ?? 0,
    byModule: n.byModule ?? {},
  };
}
var Uo = 3e4,
  Et = new Map();
async function Bo(e, t) {
  let n = de(),
    s = `${H()}|${n}`,
    i = Et.get(s),
    o = Object.keys(t).some((p) => p !== "requests");
  (!i || _() - i.at > Uo || o) &&
    ((i = { at: _(), usage: await Sr(n) }), Et.set(s, i));
  let a = be.get(s),
    u = {
      ...i.usage,
      requests: Math.max(i.usage.requests ?? 0, a?.requests ?? 0),
    },
    c = Q.get(e, n),
    l = Q.exceeded(c, u, t);
  if (l) {
    let { label: p } = Q.METRIC_LABEL[l];
    throw new h(
      "quota_exceeded",
      "quota_exceeded",
      `${c.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${p} \uD55C\uB3C4(${c.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${wr(r0(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(r0(n)) - _()) / 1e3) },
    );
  }
}
function Fo() {
  Et.clear();
}
var Pr = 4,
  Rr = 6e4,
  Ko = 10,
  Go = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  Cr = new Ho();
function $r(e) {
  let t = ie("mail"),
    n = H(),
    r = _(),
    s = t.charCodeAt(t.length - 1) % Pr,
    i = {
      ...d.mail(t),
      ...e,
      id: t,
      tenantId: n,
      status: "pending",
      attempts: 0,
      createdAt: new Date(r).toISOString(),
      nextAttemptAt: r,
      gsi1pk: d.outboxShard(s),
      gsi1sk: `${String(r).padStart(15, "0")}#${t}`,
    };
  return {
    id: t,
    put: {
      Put: {
        TableName: E(),
        Item: y(i),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function Xo(e) {
  let { id: t, put: n } = $r(e);
  return (await T().send(new zo(n.Put)), await Or(t), t);
}
var Tr;
async function Or(e) {
  let t = H(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((Tr ??= new r({})),
      await Tr.send(
        new s({
          QueueUrl: n,
          MessageBody: JSON.stringify({ tenantId: t, id: e }),
        }),
      ).catch((i) =>
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "outbox notify failed",
            id: e,
            error: String(i),
          }),
        ),
      ));
  } else Cr.emit("queued", { tenantId: t, id: e });
}
var C0;
async function Yo() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (C0 ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    C0
  );
}
function Zo() {
  (C0?.destroy(), (C0 = void 0));
}
async function Dr(e, t) {
  return J({ type: "system", tenantId: e }, async () => {
    let n = _(),
      r;
    try {
      let s = await T().send(
        new It({
          TableName: E(),
          Key: y(d.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: y({
            ":lease": n + Rr,
            ":gsk": `${String(n + Rr).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = re(s.Attributes);
    } catch (s) {
      if (Qe(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        i = await (
          await Yo()
        ).send(
          new s({
            FromEmailAddress:
              process.env.MAIL_FROM ??
              "\uACE8\uBAA9 Golmok <no-reply@golmok.local>",
            Destination: { ToAddresses: r.to },
            ReplyToAddresses: r.replyTo ? [r.replyTo] : void 0,
            ConfigurationSetName: process.env.SES_CONFIGURATION_SET || void 0,
            EmailTags: [
              { Name: "outboxId", Value: t },
              { Name: "tenantId", Value: e },
              { Name: "kind", Value: r.kind },
            ],
            Content: {
              Simple: {
                Subject: { Data: r.subject, Charset: "UTF-8" },
                Body: {
                  Html: { Data: r.html, Charset: "UTF-8" },
                  Text: { Data: r.text, Charset: "UTF-8" },
                },
                Headers: [{ Name: "X-Golmok-Outbox-Id", Value: t }],
                Attachments: r.attachments?.map((o) => ({
                  FileName: o.filename,
                  ContentType: o.contentType,
                  RawContent: Buffer.from(o.base64, "base64"),
                })),
              },
            },
          }),
        );
      return (
        await T().send(
          new Wo({
            TransactItems: [
              {
                Update: {
                  TableName: E(),
                  Key: y(d.mail(t)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: y({
                    ":sent": "sent",
                    ":at": new Date(_()).toISOString(),
                    ":mid": i.MessageId ?? "",
                  }),
                },
              },
              z.billableUpdate("emails", 1),
            ],
          }),
        ),
        "sent"
      );
    } catch (s) {
      let i = s.name,
        a =
          [
            "MessageRejected",
            "BadRequestException",
            "AccountSuspendedException",
          ].includes(i) || r.attempts >= Ko,
        u = _() + Math.min(Go() * 2 ** (r.attempts - 1), 36e5);
      return (
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "mail send failed",
            id: t,
            attempts: r.attempts,
            error: i,
          }),
        ),
        await T().send(
          new It({
            TableName: E(),
            Key: y(d.mail(t)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: y(
              a
                ? { ":failed": "failed", ":e": i }
                : {
                    ":next": u,
                    ":gsk": `${String(u).padStart(15, "0")}#${t}`,
                    ":e": i,
                  },
            ),
          }),
        ),
        a ? "failed" : "retry"
      );
    }
  });
}
async function Nr(e = 50, t = _()) {
  let n = [];
  for (let r = 0; r < Pr; r++) {
    let s = await T().send(
      new Vo({
        TableName: E(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: y({
          ":pk": d.outboxShard(r),
          ":now": `${String(t).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let i of s.Items ?? []) {
      let o = re(i);
      n.push({ tenantId: o.tenantId, id: o.id });
    }
  }
  return n;
}
async function Jo() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await Nr()) e[await Dr(t, n)]++;
  return e;
}
async function Qo(e, t, n, r, s = "") {
  await J({ type: "system", tenantId: e }, () =>
    T()
      .send(
        new It({
          TableName: E(),
          Key: y(d.mail(t)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${n}At` },
          ExpressionAttributeValues: y({
            ":at": r,
            ":ev": n,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((i) => {
        if (!Qe(i)) throw i;
      }),
  );
}
var Pe = (e) =>
  e.replace(
    /[&<>"']/g,
    (t) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        t
      ],
  );
function At(e, t, n, r) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${Pe(e)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${Pe(e)}</h1>
${t.map(
  (o) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${Pe(o)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${Pe(n.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${Pe(n.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${Pe(n.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${Pe(r)}</p></td></tr></table></body></html>`,
    i = `${e}

${t.join(`

`)}

${n.label}: ${n.url}

${r}
`;
  return { html: s, text: i };
}
function jr(e, t, n) {
  return {
    to: [e],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...At(
      "\uC774\uBA54\uC77C \uC8FC\uC18C \uC778\uC99D",
      [
        `${t}\uB2D8, \uACE8\uBAA9\uC5D0 \uAC00\uC785\uD574 \uC8FC\uC154\uC11C \uAC10\uC0AC\uD569\uB2C8\uB2E4.`,
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD558\uBA74 \uBC14\uB85C \uB85C\uADF8\uC778\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ],
      { label: "\uC774\uBA54\uC77C \uC778\uC99D\uD558\uAE30", url: n },
      "\uC774 \uB9C1\uD06C\uB294 24\uC2DC\uAC04 \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uAC00\uC785\uD55C \uC801\uC774 \uC5C6\uB2E4\uBA74 \uC774 \uBA54\uC77C\uC744 \uBB34\uC2DC\uD558\uC138\uC694.",
    ),
  };
}
function Mr(e, t) {
  return {
    to: [e],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...At(
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815",
      [
        "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815\uC744 \uC694\uCCAD\uD558\uC168\uC2B5\uB2C8\uB2E4.",
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC0C8 \uBE44\uBC00\uBC88\uD638\uB97C \uC815\uD574 \uC8FC\uC138\uC694.",
      ],
      { label: "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC815\uD558\uAE30", url: t },
      "\uC774 \uB9C1\uD06C\uB294 1\uC2DC\uAC04 \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC694\uCCAD\uD558\uC9C0 \uC54A\uC558\uB2E4\uBA74 \uC774 \uBA54\uC77C\uC744 \uBB34\uC2DC\uD558\uC138\uC694. \uBE44\uBC00\uBC88\uD638\uB294 \uBC14\uB00C\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  };
}
function qr(e, t, n, r) {
  return {
    to: [e],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${t}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...At(
      `${t} \uCD08\uB300`,
      [
        `${t}\uC5D0\uC11C \uACE8\uBAA9\uC5D0 ${n}(\uC73C)\uB85C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4.`,
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC774\uB984\uACFC \uBE44\uBC00\uBC88\uD638\uB97C \uC815\uD558\uBA74 \uCC38\uC5EC\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ],
      { label: "\uCD08\uB300 \uC218\uB77D\uD558\uAE30", url: r },
      "\uC774 \uB9C1\uD06C\uB294 7\uC77C \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    ),
  };
}
import { UpdateItemCommand as ta } from "@aws-sdk/client-dynamodb";
var xe = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function we(e, t) {
  let n = ae(_()),
    r = n - (n % e.windowSeconds),
    s = await T().send(
      new ta({
        TableName: E(),
        Key: y(d.rateLimit(e.bucket, t, r)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: y({
          ":one": 1,
          ":exp": r + e.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((re(s.Attributes)?.hits ?? 0) > e.limit) {
    let o = r + e.windowSeconds - n,
      a = Math.max(1, Math.ceil(o / 60));
    throw new h(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: o },
    );
  }
}
import {
  randomBytes as Ur,
  scrypt as na,
  timingSafeEqual as ra,
} from "node:crypto";
import { promisify as sa } from "node:util";
var Br = sa(na),
  ia = { N: 32768, r: 8, p: 1, keylen: 32 };
async function i0(e) {
  let t = Ur(16),
    { N: n, r, p: s, keylen: i } = ia,
    o = await Br(e.normalize("NFC"), t, i, {
      N: n,
      r,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${n}$${r}$${s}$${t.toString("base64url")}$${o.toString("base64url")}`;
}
async function Fr(e, t) {
  let [n, r, s, i, o, a] = t.split("$");
  if (n !== "scrypt" || !o || !a) return !1;
  let u = Buffer.from(a, "base64url"),
    c = await Br(e.normalize("NFC"), Buffer.from(o, "base64url"), u.length, {
      N: Number(r),
      r: Number(s),
      p: Number(i),
      maxmem: 64 * 1024 * 1024,
    });
  return ra(c, u);
}
var Lr;
function Hr() {
  return ((Lr ??= i0(Ur(16).toString("hex"))), Lr);
}
var $0,
  oa = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function aa(e) {
  return !e && !$0
    ? oa
    : {
        lang: e?.lang ?? $0?.lang,
        message: e?.message,
        abortEarly: e?.abortEarly ?? $0?.abortEarly,
        abortPipeEarly: e?.abortPipeEarly ?? $0?.abortPipeEarly,
      };
}
var ua;
function ca(e) {
  return ua?.get(e);
}
var la;
function pa(e) {
  return la?.get(e);
}
var fa;
function ma(e, t) {
  return fa?.get(e)?.get(t);
}
function Ce(e) {
  let t = typeof e;
  return t === "string"
    ? `"${e}"`
    : t === "number" || t === "bigint" || t === "boolean"
      ? `${e}`
      : t === "object" || t === "function"
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? "null")
        : t;
}
function $(e, t, n, r, s) {
  let i = s && "input" in s ? s.input : n.value,
    o = s?.expected ?? e.expects ?? null,
    a = s?.received ?? Ce(i),
    u = {
      kind: e.kind,
      type: e.type,
      input: i,
      expected: o,
      received: a,
      message: `Invalid ${t}: ${o ? `Expected ${o} but r` : "R"}eceived ${a}`,
      requirement: e.requirement,
      path: s?.path,
      issues: s?.issues,
      lang: r.lang,
      abortEarly: r.abortEarly,
      abortPipeEarly: r.abortPipeEarly,
    },
    c = e.kind === "schema",
    l =
      s?.message ??
      e.message ??
      ma(e.reference, u.lang) ??
      (c ? pa(u.lang) : null) ??
      r.message ??
      ca(u.lang);
  (l !== void 0 && (u.message = typeof l == "function" ? l(u) : l),
    c && (n.typed = !1),
    n.issues ? n.issues.push(u) : (n.issues = [u]));
}
function da(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function ya(e, t) {
  return (
    Object.prototype.hasOwnProperty.call(e, t) &&
    t !== "__proto__" &&
    t !== "prototype" &&
    t !== "constructor"
  );
}
function Vr(e, t) {
  let n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? "never");
}
function se(e) {
  return (
    (e["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (t) => e["~run"]({ value: t }, aa()),
    }),
    e
  );
}
var ha =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  a1 = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function N(e, t) {
  return {
    kind: "validation",
    type: "check",
    reference: N,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement(n.value) && $(this, "input", n, r),
        n
      );
    },
  };
}
function _t(e) {
  return {
    kind: "validation",
    type: "email",
    reference: _t,
    expects: null,
    async: !1,
    requirement: ha,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement.test(t.value) && $(this, "email", t, n),
        t
      );
    },
  };
}
function O0(e) {
  return {
    kind: "validation",
    type: "integer",
    reference: O0,
    async: !1,
    expects: null,
    requirement: Number.isInteger,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement(t.value) && $(this, "integer", t, n),
        t
      );
    },
  };
}
function V(e, t) {
  return {
    kind: "validation",
    type: "max_length",
    reference: V,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length > this.requirement &&
          $(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function o0(e, t) {
  return {
    kind: "validation",
    type: "max_value",
    reference: o0,
    async: !1,
    expects: `<=${e instanceof Date ? e.toJSON() : Ce(e)}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          !(n.value <= this.requirement) &&
          $(this, "value", n, r, {
            received: n.value instanceof Date ? n.value.toJSON() : Ce(n.value),
          }),
        n
      );
    },
  };
}
function St(e, t) {
  return {
    kind: "validation",
    type: "min_length",
    reference: St,
    async: !1,
    expects: `>=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length < this.requirement &&
          $(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function a0(e, t) {
  return {
    kind: "validation",
    type: "min_value",
    reference: a0,
    async: !1,
    expects: `>=${e instanceof Date ? e.toJSON() : Ce(e)}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          !(n.value >= this.requirement) &&
          $(this, "value", n, r, {
            received: n.value instanceof Date ? n.value.toJSON() : Ce(n.value),
          }),
        n
      );
    },
  };
}
function ke(e) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: ke,
    async: !1,
    expects: "!0",
    message: e,
    "~run"(t, n) {
      return (
        t.typed &&
          t.value.length === 0 &&
          $(this, "length", t, n, { received: "0" }),
        t
      );
    },
  };
}
function X(e, t) {
  return {
    kind: "validation",
    type: "regex",
    reference: X,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement.test(n.value) && $(this, "format", n, r),
        n
      );
    },
  };
}
function Rt() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: Rt,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.toLowerCase()), e);
    },
  };
}
function Ee(e) {
  return {
    kind: "transformation",
    type: "transform",
    reference: Ee,
    async: !1,
    operation: e,
    "~run"(t) {
      return ((t.value = this.operation(t.value)), t);
    },
  };
}
function te() {
  return {
    kind: "transformation",
    type: "trim",
    reference: te,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.trim()), e);
    },
  };
}
function Wr(e, t, n) {
  return typeof e.fallback == "function" ? e.fallback(t, n) : e.fallback;
}
function ye(e, t) {
  return {
    ...e,
    "~run"(n, r) {
      let s = n.issues && [...n.issues];
      if (((n = e["~run"](n, r)), n.issues)) {
        for (let i of n.issues)
          if (!s?.includes(i)) {
            let o = n.value;
            for (let a of t) {
              let u = o[a],
                c = {
                  type: "unknown",
                  origin: "value",
                  input: o,
                  key: a,
                  value: u,
                };
              if ((i.path ? i.path.push(c) : (i.path = [c]), !u)) break;
              o = u;
            }
          }
      }
      return n;
    },
  };
}
function D0(e, t, n) {
  return typeof e.default == "function" ? e.default(t, n) : e.default;
}
function Y(e, t) {
  return se({
    kind: "schema",
    type: "array",
    reference: Y,
    expects: "Array",
    async: !1,
    item: e,
    message: t,
    "~run"(n, r) {
      let s = n.value;
      if (Array.isArray(s)) {
        ((n.typed = !0), (n.value = []));
        for (let i = 0; i < s.length; i++) {
          let o = s[i],
            a = this.item["~run"]({ value: o }, r);
          if (a.issues) {
            let u = {
              type: "array",
              origin: "value",
              input: s,
              key: i,
              value: o,
            };
            for (let c of a.issues)
              (c.path ? c.path.unshift(u) : (c.path = [u]), n.issues?.push(c));
            if ((n.issues || (n.issues = a.issues), r.abortEarly)) {
              n.typed = !1;
              break;
            }
          }
          (a.typed || (n.typed = !1), n.value.push(a.value));
        }
      } else $(this, "type", n, r);
      return n;
    },
  });
}
function ue(e) {
  return se({
    kind: "schema",
    type: "boolean",
    reference: ue,
    expects: "boolean",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "boolean" ? (t.typed = !0) : $(this, "type", t, n),
        t
      );
    },
  });
}
function W(e, t) {
  return se({
    kind: "schema",
    type: "literal",
    reference: W,
    expects: Ce(e),
    async: !1,
    literal: e,
    message: t,
    "~run"(n, r) {
      return (
        da(n.value, this.literal) ? (n.typed = !0) : $(this, "type", n, r),
        n
      );
    },
  });
}
function Ie(e, t) {
  return se({
    kind: "schema",
    type: "loose_object",
    reference: Ie,
    expects: "Object",
    async: !1,
    entries: e,
    message: t,
    "~run"(n, r) {
      let s = n.value;
      if (s && typeof s == "object") {
        ((n.typed = !0), (n.value = {}));
        for (let i in this.entries) {
          let o = this.entries[i];
          if (
            i in s ||
            ((o.type === "exact_optional" ||
              o.type === "optional" ||
              o.type === "nullish") &&
              o.default !== void 0)
          ) {
            let a = i in s ? s[i] : D0(o),
              u = o["~run"]({ value: a }, r);
            if (u.issues) {
              let c = {
                type: "object",
                origin: "value",
                input: s,
                key: i,
                value: a,
              };
              for (let l of u.issues)
                (l.path ? l.path.unshift(c) : (l.path = [c]),
                  n.issues?.push(l));
              if ((n.issues || (n.issues = u.issues), r.abortEarly)) {
                n.typed = !1;
                break;
              }
            }
            (u.typed || (n.typed = !1), (n.value[i] = u.value));
          } else if (o.fallback !== void 0) n.value[i] = Wr(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            ($(this, "key", n, r, {
              input: void 0,
              expected: `"${i}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input: s,
                  key: i,
                  value: s[i],
                },
              ],
            }),
            r.abortEarly)
          )
            break;
        }
        if (!n.issues || !r.abortEarly)
          for (let i in s)
            ya(s, i) &&
              !Object.prototype.hasOwnProperty.call(this.entries, i) &&
              (n.value[i] = s[i]);
      } else $(this, "type", n, r);
      return n;
    },
  });
}
function Tt(e, t) {
  return se({
    kind: "schema",
    type: "nullable",
    reference: Tt,
    expects: `(${e.expects} | null)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === null &&
        (this.default !== void 0 && (n.value = D0(this, n, r)),
        n.value === null)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function q(e) {
  return se({
    kind: "schema",
    type: "number",
    reference: q,
    expects: "number",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "number" && !isNaN(t.value)
          ? (t.typed = !0)
          : $(this, "type", t, n),
        t
      );
    },
  });
}
function g(e, t) {
  return se({
    kind: "schema",
    type: "object",
    reference: g,
    expects: "Object",
    async: !1,
    entries: e,
    message: t,
    "~run"(n, r) {
      let s = n.value;
      if (s && typeof s == "object") {
        ((n.typed = !0), (n.value = {}));
        for (let i in this.entries) {
          let o = this.entries[i];
          if (
            i in s ||
            ((o.type === "exact_optional" ||
              o.type === "optional" ||
              o.type === "nullish") &&
              o.default !== void 0)
          ) {
            let a = i in s ? s[i] : D0(o),
              u = o["~run"]({ value: a }, r);
            if (u.issues) {
              let c = {
                type: "object",
                origin: "value",
                input: s,
                key: i,
                value: a,
              };
              for (let l of u.issues)
                (l.path ? l.path.unshift(c) : (l.path = [c]),
                  n.issues?.push(l));
              if ((n.issues || (n.issues = u.issues), r.abortEarly)) {
                n.typed = !1;
                break;
              }
            }
            (u.typed || (n.typed = !1), (n.value[i] = u.value));
          } else if (o.fallback !== void 0) n.value[i] = Wr(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            ($(this, "key", n, r, {
              input: void 0,
              expected: `"${i}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input: s,
                  key: i,
                  value: s[i],
                },
              ],
            }),
            r.abortEarly)
          )
            break;
        }
      } else $(this, "type", n, r);
      return n;
    },
  });
}
function k(e, t) {
  return se({
    kind: "schema",
    type: "optional",
    reference: k,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === void 0 &&
        (this.default !== void 0 && (n.value = D0(this, n, r)),
        n.value === void 0)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function he(e, t) {
  return se({
    kind: "schema",
    type: "picklist",
    reference: he,
    expects: Vr(e.map(Ce), "|"),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      return (
        this.options.includes(n.value) ? (n.typed = !0) : $(this, "type", n, r),
        n
      );
    },
  });
}
function f(e) {
  return se({
    kind: "schema",
    type: "string",
    reference: f,
    expects: "string",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "string" ? (t.typed = !0) : $(this, "type", t, n),
        t
      );
    },
  });
}
function zr(e) {
  let t;
  if (e)
    for (let n of e)
      if (t) for (let r of n.issues) t.push(r);
      else t = n.issues;
  return t;
}
function $e(e, t) {
  return se({
    kind: "schema",
    type: "union",
    reference: $e,
    expects: Vr(
      e.map((n) => n.expects),
      "|",
    ),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      let s, i, o;
      for (let a of this.options) {
        let u = a["~run"]({ value: n.value }, r);
        if (u.typed)
          if (u.issues) i ? i.push(u) : (i = [u]);
          else {
            s = u;
            break;
          }
        else o ? o.push(u) : (o = [u]);
      }
      if (s) return s;
      if (i) {
        if (i.length === 1) return i[0];
        ($(this, "type", n, r, { issues: zr(i) }), (n.typed = !0));
      } else {
        if (o?.length === 1) return o[0];
        $(this, "type", n, r, { issues: zr(o) });
      }
      return n;
    },
  });
}
function A(...e) {
  return se({
    ...e[0],
    pipe: e,
    "~run"(t, n) {
      for (let r of e)
        if (r.kind !== "metadata") {
          if (
            t.issues &&
            (r.kind === "schema" || r.kind === "transformation")
          ) {
            t.typed = !1;
            break;
          }
          (!t.issues || (!n.abortEarly && !n.abortPipeEarly)) &&
            (t = r["~run"](t, n));
        }
      return t;
    },
  });
}
var ga = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function u0(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(t) ? t : null;
}
function Kr(e) {
  let t = u0(e);
  if (!t) return !1;
  let n = [...t].map(Number),
    r = 0;
  for (let s = 0; s < 9; s++) r += n[s] * ga[s];
  return ((r += Math.floor((n[8] * 5) / 10)), (10 - (r % 10)) % 10 === n[9]);
}
function Pt(e) {
  let t = u0(e) ?? e;
  return t.length === 10
    ? `${t.slice(0, 3)}-${t.slice(3, 5)}-${t.slice(5)}`
    : t;
}
function Ct(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(t) ? t : null;
}
function $t(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(t) ? t : null;
}
function N0(e, t) {
  return e.length < 8
    ? "\uBE44\uBC00\uBC88\uD638\uB294 8\uC790 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4."
    : e.length > 128
      ? "\uBE44\uBC00\uBC88\uD638\uB294 128\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4."
      : [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(e)).length < 2
        ? "\uBE44\uBC00\uBC88\uD638\uB294 \uC601\uBB38, \uC22B\uC790, \uD2B9\uC218\uBB38\uC790 \uC911 \uB450 \uC885\uB958 \uC774\uC0C1\uC744 \uC11E\uC5B4 \uC8FC\uC138\uC694."
        : /^(.)\1+$/.test(e)
          ? "\uAC19\uC740 \uBB38\uC790\uB9CC \uBC18\uBCF5\uD55C \uBE44\uBC00\uBC88\uD638\uB294 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
          : t &&
              e.toLowerCase().includes(t.toLowerCase().split("@")[0]) &&
              t.split("@")[0].length >= 4
            ? "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
            : null;
}
var ce = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  Gr = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var va = ["general", "simplified", "exempt"];
var Xr = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  c0 = (e, t) =>
    A(
      f(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      te(),
      ke(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      V(
        t,
        `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  Ot = (e, t) =>
    k(
      A(
        f(
          `${e}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        te(),
        V(
          t,
          `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  Oe = A(
    f("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    te(),
    ke("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    V(
      ce.email,
      `\uC774\uBA54\uC77C\uC740 ${ce.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    _t(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    Rt(),
  ),
  Yr = A(
    f(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
    ),
    te(),
    V(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    N(
      (e) => e === "" || u0(e) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    N(
      (e) => e === "" || Kr(e),
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    Ee((e) => (e === "" ? "" : u0(e))),
  ),
  ba = A(
    f(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    te(),
    V(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    N(
      (e) => Ct(e) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    Ee((e) => Ct(e)),
  ),
  xa = A(
    f("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    te(),
    V(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    N(
      (e) => e === "" || $t(e) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    Ee((e) => (e === "" ? "" : $t(e))),
  ),
  Nt = A(
    f("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    V(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    N(
      (e) => N0(e) === null,
      (e) =>
        N0(String(e.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Zr = A(
    g({
      businessName: c0("\uC0C1\uD638", ce.business),
      noBizNo: k(
        ue(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: k(Yr, ""),
      ownerName: c0("\uB300\uD45C\uC790\uBA85", ce.name),
      industry: he(
        Gr,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: Oe,
      phone: ba,
      password: Nt,
      privacyConsent: W(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    ye(
      N(
        (e) => e.noBizNo || e.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    ye(
      N(
        (e) => N0(e.password, e.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    Ee((e) => ({ ...e, bizNo: e.noBizNo ? "" : e.bizNo })),
  ),
  Jr = g({
    email: Oe,
    password: A(
      f(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ke(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      V(128, "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4."),
    ),
  }),
  jt = A(
    f("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    ke("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    V(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Mt = g({ token: jt }),
  Qr = g({ email: Oe }),
  es = g({ token: jt, password: Nt }),
  ts = g({
    email: Oe,
    role: he(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  ns = g({ token: jt, name: c0("\uC774\uB984", ce.name), password: Nt }),
  qt = g({
    businessName: c0("\uC0C1\uD638", ce.business),
    ownerName: c0("\uB300\uD45C\uC790", ce.name),
    bizNo: Yr,
    branchNo: A(
      k(
        f(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      te(),
      X(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: Ot("\uC8FC\uC18C", ce.address),
    businessType: Ot("\uC5C5\uD0DC", ce.text),
    businessItem: Ot("\uC885\uBAA9", ce.text),
    taxType: he(
      va,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: $e(
      [W(""), Oe],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: k(xa, ""),
    industry: he(
      Gr,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  rs = g({
    month: k(
      A(
        f(),
        X(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var M0 = 14,
  j0 = 3600,
  Lt = { verify: 24 * j0, reset: 1 * j0, invite: 168 * j0 },
  Ut = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  Ae = () =>
    new h(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function Bt(e, t) {
  return F({ ...d.token(e), ...t });
}
async function Ea(e, t, n = {}) {
  await we(xe.signupPerIp, t);
  let r = ie("ten"),
    s = ie("usr"),
    i = new Date(_()).toISOString(),
    o = Ue(),
    a = await i0(e.password);
  return J({ type: "system", tenantId: r }, async () => {
    let u = ee.enqueue(
        jr(e.email, e.businessName, `${Ut()}/verify?token=${o}`),
      ),
      c = {
        ...d.tenant(),
        id: r,
        businessName: e.businessName,
        ownerName: e.ownerName,
        bizNo: e.bizNo,
        branchNo: "",
        address: "",
        businessType: "",
        businessItem: "",
        taxType: "general",
        contactEmail: e.email,
        contactPhone: e.phone,
        industry: e.industry,
        planId: "basic",
        status: "active",
        createdAt: i,
        updatedAt: i,
      },
      l = {
        ...d.user(s),
        id: s,
        tenantId: r,
        email: e.email,
        name: e.ownerName,
        role: "owner",
        status: "active",
        verified: n.preverified === !0,
        passwordHash: a,
        createdAt: i,
      },
      p = [
        F(
          { ...d.email(e.email), userId: s, tenantId: r },
          "attribute_not_exists(pk)",
        ),
        F(c, "attribute_not_exists(pk)"),
        F(l),
        ...(n.preverified
          ? []
          : [
              Bt(o, {
                kind: "verify",
                tenantId: r,
                userId: s,
                email: e.email,
                expiresAt: ae() + Lt.verify,
              }),
              u.put,
            ]),
      ];
    return (
      e.bizNo &&
        p.push(
          F({ ...d.bizNo(e.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
        ),
      await G(p, (m) => {
        if (m === 0)
          return new h(
            "conflict",
            "email_taken",
            "\uC774\uBBF8 \uAC00\uC785\uB41C \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4. \uB85C\uADF8\uC778\uD558\uAC70\uB098 \uBE44\uBC00\uBC88\uD638 \uCC3E\uAE30\uB97C \uC774\uC6A9\uD574 \uC8FC\uC138\uC694.",
            {
              fields: [
                {
                  field: "email",
                  message:
                    "\uC774\uBBF8 \uAC00\uC785\uB41C \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4.",
                },
              ],
            },
          );
        if (m === p.length - 1 && e.bizNo)
          return new h(
            "conflict",
            "bizno_taken",
            "\uC774\uBBF8 \uACE8\uBAA9\uC5D0 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uACE0\uAC1D\uC13C\uD130\uB85C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
            {
              fields: [
                {
                  field: "bizNo",
                  message:
                    "\uC774\uBBF8 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4.",
                },
              ],
            },
          );
      }),
      n.preverified || (await ee.notify(u.id)),
      { tenantId: r, userId: s }
    );
  });
}
async function q0(e, t) {
  let n = await O(d.token(e), !0);
  if (!(!n || n.kind !== t || n.expiresAt <= ae())) return n;
}
function Ft(e, t) {
  return {
    Delete: {
      TableName: E(),
      Key: y(d.token(e)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: y({ ":k": t, ":now": ae() }),
    },
  };
}
function Ht(e, t, n) {
  return J({ type: "system", tenantId: e }, () => {
    let r = {},
      s = {},
      i = Object.entries(n).map(
        ([o, a], u) => (
          (r[`#f${u}`] = o),
          (s[`:v${u}`] = a),
          `#f${u} = :v${u}`
        ),
      );
    return {
      Update: {
        TableName: E(),
        Key: y(d.user(t)),
        UpdateExpression: `SET ${i.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: r,
        ExpressionAttributeValues: y(s),
      },
    };
  });
}
async function Ia(e) {
  let t = await q0(e, "verify");
  if (!t) throw Ae();
  await G([Ft(e, "verify"), Ht(t.tenantId, t.userId, { verified: !0 })], () =>
    Ae(),
  );
}
async function l0(e, t) {
  return J({ type: "system", tenantId: e }, () => O(d.user(t), !0));
}
async function L0(e) {
  return J({ type: "system", tenantId: e }, () => O(d.tenant()));
}
var ss = () =>
  new h(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function Aa(e, t, n) {
  (await we(xe.loginPerIp, n), await we(xe.loginPerAccount, e));
  let r = await O(d.email(e)),
    s = r ? await l0(r.tenantId, r.userId) : void 0,
    i = await Fr(t, s?.passwordHash ?? (await Hr()));
  if (!s || !s.passwordHash || !i || s.status !== "active") throw ss();
  if (!s.verified)
    throw new h(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let o = await L0(s.tenantId);
  if (!o) throw ss();
  return is(s, o);
}
async function is(e, t) {
  let n = Ue(),
    r = {
      userId: e.id,
      tenantId: e.tenantId,
      role: e.role,
      planId: t.planId,
      csrf: Ue(),
      expiresAt: ae() + M0 * 24 * j0,
    };
  return (
    await T().send(
      new ka({ TableName: E(), Item: y({ ...d.session(n), ...r }) }),
    ),
    { token: n, me: os(e, t, r.csrf) }
  );
}
function os(e, t, n) {
  let r = _a(t.planId);
  return {
    user: { id: e.id, email: e.email, name: e.name, role: e.role },
    tenant: {
      id: t.id,
      businessName: t.businessName,
      industry: t.industry,
      plan: r,
    },
    csrfToken: n,
  };
}
function _a(e) {
  let t = Q.get(e, de());
  return { id: t.id, name: t.name, priceKrw: t.priceKrw };
}
async function Sa(e) {
  if (!e || e.length > 100) return;
  let t = await O(d.session(e));
  if (!(!t || t.expiresAt <= ae()))
    return {
      type: "user",
      userId: t.userId,
      tenantId: t.tenantId,
      role: t.role,
      sessionId: t.pk,
      csrf: t.csrf,
      planId: t.planId,
    };
}
async function Ra(e) {
  await T().send(new wa({ TableName: E(), Key: y(d.session(e)) }));
}
async function Ta(e) {
  let t = e0(),
    [n, r] = await Promise.all([l0(t.tenantId, t.userId), L0(t.tenantId)]);
  if (!n || !r)
    throw new h(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return os(n, r, e);
}
async function Pa(e, t) {
  (await we(xe.resetPerIp, t), await we(xe.resetPerAccount, e));
  let n = await O(d.email(e));
  if (!n) return;
  let r = await l0(n.tenantId, n.userId);
  if (!r || r.status !== "active") return;
  let s = Ue();
  await J({ type: "system", tenantId: n.tenantId }, async () => {
    let i = ee.enqueue(Mr(e, `${Ut()}/reset?token=${s}`));
    (await G([
      Bt(s, {
        kind: "reset",
        tenantId: n.tenantId,
        userId: n.userId,
        email: e,
        expiresAt: ae() + Lt.reset,
      }),
      i.put,
    ]),
      await ee.notify(i.id));
  });
}
async function Ca(e, t) {
  let n = await q0(e, "reset");
  if (!n) throw Ae();
  let r = await i0(t);
  await G(
    [
      Ft(e, "reset"),
      Ht(n.tenantId, n.userId, { passwordHash: r, verified: !0 }),
    ],
    () => Ae(),
  );
}
async function $a(e, t, n) {
  let r = e0(),
    s = ie("usr"),
    i = Ue(),
    o = ee.enqueue(qr(e, n, Xr[t], `${Ut()}/invite?token=${i}`)),
    a = {
      ...d.user(s),
      id: s,
      tenantId: r.tenantId,
      email: e,
      name: "",
      role: t,
      status: "invited",
      verified: !1,
      createdAt: new Date(_()).toISOString(),
    };
  (await G(
    [
      F(
        { ...d.email(e), userId: s, tenantId: r.tenantId },
        "attribute_not_exists(pk)",
      ),
      F(a),
      Bt(i, {
        kind: "invite",
        tenantId: r.tenantId,
        userId: s,
        email: e,
        expiresAt: ae() + Lt.invite,
      }),
      o.put,
    ],
    (u) =>
      u === 0
        ? new h(
            "conflict",
            "email_taken",
            "\uC774\uBBF8 \uACE8\uBAA9\uC744 \uC4F0\uACE0 \uC788\uB294 \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4.",
            {
              fields: [
                {
                  field: "email",
                  message:
                    "\uC774\uBBF8 \uACE8\uBAA9\uC744 \uC4F0\uACE0 \uC788\uB294 \uC774\uBA54\uC77C\uC785\uB2C8\uB2E4.",
                },
              ],
            },
          )
        : void 0,
  ),
    await ee.notify(o.id));
}
async function Oa(e) {
  let t = await q0(e, "invite"),
    n = t && (await l0(t.tenantId, t.userId)),
    r = t && (await L0(t.tenantId));
  if (!t || !n || !r) throw Ae();
  return { email: t.email, businessName: r.businessName, role: n.role };
}
async function Da(e, t, n) {
  let r = await q0(e, "invite");
  if (!r) throw Ae();
  let s = await i0(n);
  await G(
    [
      Ft(e, "invite"),
      Ht(r.tenantId, r.userId, {
        name: t,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => Ae(),
  );
  let [i, o] = await Promise.all([l0(r.tenantId, r.userId), L0(r.tenantId)]);
  if (!i || !o) throw Ae();
  return is(i, o);
}
var B0 = "golmok_session",
  Na = 1024 * 1024,
  zt = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  U0 = class extends Error {
    constructor(n) {
      super("invalid input");
      this.fields = n;
    }
    fields;
  };
function C(e, t) {
  return Zn(e, t, (n) => {
    if (!n.success) {
      let r = n.error;
      throw new U0(
        r.map((s) => ({
          field:
            (s.path ?? [])
              .map((i) => String(typeof i == "object" ? i.key : i))
              .join(".") || e,
          message: s.message,
        })),
      );
    }
  });
}
function F0(e) {
  let t = e.env;
  return (
    t?.event?.requestContext?.http?.sourceIp ??
    t?.incoming?.socket?.remoteAddress ??
    e.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var ja = new Set(["GET", "HEAD", "OPTIONS"]);
function _e(e) {
  let t = new Re();
  return (
    t.use("*", async (n, r) => {
      let s = performance.now(),
        i = ie("req");
      n.set("requestId", i);
      let o = pr();
      await fr(o, r);
      let a = performance.now() - s;
      (n.header("x-request-id", i),
        n.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let u = n.get("actor"),
        c = u && u.type === "user" ? u.tenantId : void 0;
      (c && z.record(c, e, o),
        process.env.GOLMOK_LOG_REQUESTS !== "0" &&
          console.log(
            JSON.stringify({
              level: "info",
              msg: "request",
              requestId: i,
              module: e,
              method: n.req.method,
              path: n.req.path,
              status: n.res.status,
              ms: Math.round(a * 10) / 10,
              tenantId: c,
              rcu: o.readUnits,
              wcu: o.writeUnits,
            }),
          ));
    }),
    t.use(
      "*",
      vt({
        strictTransportSecurity: zt()
          ? !1
          : "max-age=63072000; includeSubDomains; preload",
        contentSecurityPolicy: {
          defaultSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
        xFrameOptions: "DENY",
        referrerPolicy: "strict-origin-when-cross-origin",
        crossOriginResourcePolicy: "same-origin",
      }),
    ),
    t.use("*", async (n, r) => {
      (n.header("cache-control", "no-store"), await r());
    }),
    t.use(
      "*",
      ur({
        maxSize: Na,
        onError: () => {
          throw new h(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    t.use("*", async (n, r) => {
      let s = { type: "public" },
        i = Xe(n, B0);
      if (i) {
        let o = await M.session(i);
        if (o) {
          let { csrf: a, planId: u, ...c } = o;
          ((s = c),
            n.set("csrf", a),
            n.set("planId", u),
            n.set("sessionToken", i));
        }
      }
      if ((n.set("actor", s), !ja.has(n.req.method))) {
        let o = n.req.header("origin");
        if (o && new URL(n.req.url).host !== Ma(o))
          throw new h(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && n.req.header("x-csrf-token") !== n.get("csrf"))
          throw new h(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await J(s, async () => {
        (s.type === "user" &&
          (await z.assertWithinQuota(n.get("planId") ?? "basic", {
            requests: 1,
          })),
          await r());
      });
    }),
    t.onError((n, r) => qa(n, r)),
    t.notFound((n) =>
      n.json(
        {
          code: "not_found",
          message:
            "\uC694\uCCAD\uD55C \uC8FC\uC18C\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          requestId: n.get("requestId"),
        },
        404,
      ),
    ),
    t
  );
}
function Ma(e) {
  try {
    return new URL(e).host;
  } catch {
    return;
  }
}
function qa(e, t) {
  let n = t.get("requestId");
  if (e instanceof U0)
    return t.json(
      {
        code: "invalid_input",
        message:
          e.fields[0]?.message ??
          "\uC785\uB825\uAC12\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        fields: e.fields,
        requestId: n,
      },
      400,
    );
  if (e instanceof h) {
    e.extra.retryAfterSeconds !== void 0 &&
      t.header("retry-after", String(e.extra.retryAfterSeconds));
    let s = e.code === "body_too_large" ? 413 : yr[e.kind];
    return t.json(
      {
        code: e.code,
        message: e.message,
        ...(e.extra.fields ? { fields: e.extra.fields } : {}),
        requestId: n,
      },
      s,
    );
  }
  if (e instanceof ne && e.status < 500) {
    let s = e.status === 400;
    return t.json(
      s
        ? {
            code: "malformed_json",
            message:
              "\uC694\uCCAD \uBCF8\uBB38\uC774 \uC62C\uBC14\uB978 JSON \uD615\uC2DD\uC774 \uC544\uB2D9\uB2C8\uB2E4.",
            requestId: n,
          }
        : {
            code: "bad_request",
            message: "\uC798\uBABB\uB41C \uC694\uCCAD\uC785\uB2C8\uB2E4.",
            requestId: n,
          },
      e.status,
    );
  }
  let r = e.name;
  return r === "ProvisionedThroughputExceededException" ||
    r === "ThrottlingException" ||
    r === "RequestLimitExceeded"
    ? (t.header("retry-after", "1"),
      t.json(
        {
          code: "unavailable",
          message:
            "\uC7A0\uC2DC \uC694\uCCAD\uC774 \uBAB0\uB838\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          requestId: n,
        },
        503,
      ))
    : (console.error(
        JSON.stringify({
          level: "error",
          msg: "unhandled",
          requestId: n,
          error: r,
          message: e.message,
          stack: e.stack,
        }),
      ),
      t.json(
        {
          code: "internal",
          message:
            "\uC77C\uC2DC\uC801\uC778 \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          requestId: n,
        },
        500,
      ));
}
var H0 = g({
    code: f(),
    message: f(),
    fields: k(Y(g({ field: f(), message: f() }))),
    requestId: f(),
  }),
  p0 = g({ ok: W(!0) }),
  La = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: Te(H0) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: Te(H0) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: Te(H0) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: Te(H0) } },
    },
  };
function S(e, t, n, r = 200) {
  return Ze({
    tags: [e],
    summary: t,
    responses: {
      [r]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: Te(n) } },
      },
      ...La,
    },
  });
}
var z0 = g({
  user: g({ id: f(), email: f(), name: f(), role: f() }),
  tenant: g({
    id: f(),
    businessName: f(),
    industry: f(),
    plan: g({ id: f(), name: f(), priceKrw: q() }),
  }),
  csrfToken: f(),
});
function as(e, t) {
  mt(e, B0, t, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !zt(),
    path: "/",
    maxAge: M0 * 24 * 3600,
  });
}
var us = _e("auth")
  .get(
    "/api/health",
    S("platform", "\uC0C1\uD0DC \uD655\uC778", g({ ok: W(!0) })),
    (e) => e.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    S(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      g({ ok: W(!0), email: f() }),
      201,
    ),
    C("json", Zr),
    async (e) => {
      let t = e.req.valid("json");
      return (
        await M.signup(t, F0(e)),
        e.json({ ok: !0, email: t.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    S("auth", "\uC774\uBA54\uC77C \uC778\uC99D", p0),
    C("json", Mt),
    async (e) => (
      await M.verifyEmail(e.req.valid("json").token),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    S(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      z0,
    ),
    C("json", Jr),
    async (e) => {
      let { email: t, password: n } = e.req.valid("json"),
        { token: r, me: s } = await M.login(t, n, F0(e));
      return (as(e, r), e.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    S("auth", "\uB85C\uADF8\uC544\uC6C3", p0),
    async (e) => {
      let t = e.get("sessionToken");
      return (
        t && (await M.logout(t)),
        Mn(e, B0, { path: "/" }),
        e.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    S(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      p0,
    ),
    C("json", Qr),
    async (e) => (
      await M.requestPasswordReset(e.req.valid("json").email, F0(e)),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    S("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", p0),
    C("json", es),
    async (e) => {
      let { token: t, password: n } = e.req.valid("json");
      return (await M.confirmPasswordReset(t, n), e.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    S(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      g({ email: f(), businessName: f(), role: f() }),
    ),
    C("query", Mt),
    async (e) => e.json(await M.inviteInfo(e.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    S("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", z0),
    C("json", ns),
    async (e) => {
      let { token: t, name: n, password: r } = e.req.valid("json"),
        s = await M.acceptInvite(t, n, r);
      return (as(e, s.token), e.json(s.me));
    },
  );
var ge = {};
je(ge, {
  Tenant: () => ge,
  getProfile: () => Fa,
  invite: () => Va,
  listMembers: () => za,
  updateProfile: () => Ha,
  usage: () => Wa,
});
import { QueryCommand as Ua } from "@aws-sdk/client-dynamodb";
var Ba = () =>
  new h(
    "not_found",
    "not_found",
    "\uC0AC\uC5C5\uC7A5\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
  );
async function V0() {
  let e = await O(d.tenant(), !0);
  if (!e) throw Ba();
  return e;
}
function cs(e) {
  return {
    businessName: e.businessName,
    ownerName: e.ownerName,
    bizNo: e.bizNo,
    branchNo: e.branchNo,
    address: e.address,
    businessType: e.businessType,
    businessItem: e.businessItem,
    taxType: e.taxType,
    contactEmail: e.contactEmail,
    contactPhone: e.contactPhone,
    industry: e.industry,
    updatedAt: e.updatedAt,
  };
}
async function Fa() {
  return (D("profile.read"), cs(await V0()));
}
async function Ha(e) {
  D("profile.write");
  let t = await V0(),
    n = H(),
    r = new Date(_()).toISOString(),
    s = { ...e, updatedAt: r },
    i = {},
    o = { ":prev": t.updatedAt },
    a = Object.entries(s).map(
      ([l, p], m) => ((i[`#f${m}`] = l), (o[`:v${m}`] = p), `#f${m} = :v${m}`),
    ),
    u = [
      {
        Update: {
          TableName: E(),
          Key: y(d.tenant()),
          UpdateExpression: `SET ${a.join(", ")}`,
          ConditionExpression: "updatedAt = :prev",
          ExpressionAttributeNames: i,
          ExpressionAttributeValues: y(o),
        },
      },
    ],
    c = e.bizNo !== t.bizNo;
  return (
    c &&
      e.bizNo &&
      u.push(
        F({ ...d.bizNo(e.bizNo), tenantId: n }, "attribute_not_exists(pk)"),
      ),
    c &&
      t.bizNo &&
      u.push({
        Delete: {
          TableName: E(),
          Key: y(d.bizNo(t.bizNo)),
          ConditionExpression: "tenantId = :t",
          ExpressionAttributeValues: y({ ":t": n }),
        },
      }),
    await G(u, (l) => {
      if (l === 0)
        return new h(
          "conflict",
          "stale_write",
          "\uB2E4\uB978 \uACF3\uC5D0\uC11C \uBA3C\uC800 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C\uACE0\uCE68 \uD6C4 \uB2E4\uC2DC \uC800\uC7A5\uD574 \uC8FC\uC138\uC694.",
        );
      if (l === 1 && e.bizNo)
        return new h(
          "conflict",
          "bizno_taken",
          "\uC774\uBBF8 \uACE8\uBAA9\uC5D0 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4.",
          {
            fields: [
              {
                field: "bizNo",
                message:
                  "\uC774\uBBF8 \uB4F1\uB85D\uB41C \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4.",
              },
            ],
          },
        );
    }),
    cs({ ...t, ...s })
  );
}
async function za() {
  D("members.read");
  let { pk: e, skPrefix: t } = d.usersPrefix();
  return (
    (
      await T().send(
        new Ua({
          TableName: E(),
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
          ExpressionAttributeValues: y({ ":pk": e, ":p": t }),
        }),
      )
    ).Items ?? []
  ).map((r) => {
    let s = re(r);
    return {
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      status: s.status,
    };
  });
}
async function Va(e, t) {
  (D("members.invite"), await we(xe.invitePerTenant, H()));
  let n = await V0();
  await M.invite(e, t, n.businessName);
}
async function Wa(e = de()) {
  D("usage.read");
  let [t, n] = await Promise.all([V0(), z.current(e)]),
    r = Q.get(t.planId, e);
  return {
    month: e,
    plan: { id: r.id, name: r.name, priceKrw: r.priceKrw },
    resetsAt: r0(e),
    metrics: Object.keys(r.quotas).map((s) => ({
      id: s,
      label: Q.METRIC_LABEL[s].label,
      unit: Q.METRIC_LABEL[s].unit,
      used: Math.round((n[s] ?? 0) * 10) / 10,
      quota: r.quotas[s],
    })),
  };
}
var ls = g({ ...qt.entries, updatedAt: f() }),
  Ka = g({
    members: Y(g({ id: f(), email: f(), name: f(), role: f(), status: f() })),
  }),
  Ga = g({
    month: f(),
    plan: g({ id: f(), name: f(), priceKrw: q() }),
    resetsAt: f(),
    metrics: Y(
      g({ id: f(), label: f(), used: q(), quota: Tt(q()), unit: f() }),
    ),
  }),
  ps = _e("tenant")
    .get(
      "/api/me",
      S(
        "tenant",
        "\uB85C\uADF8\uC778\uD55C \uC0AC\uC6A9\uC790\uC640 \uC0AC\uC5C5\uC7A5",
        z0,
      ),
      async (e) => e.json(await M.me(e.get("csrf") ?? "")),
    )
    .get(
      "/api/tenant/profile",
      S("tenant", "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4", ls),
      async (e) => e.json(await ge.getProfile()),
    )
    .put(
      "/api/tenant/profile",
      S(
        "tenant",
        "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4 \uC218\uC815 (\uB300\uD45C\uB9CC)",
        ls,
      ),
      C("json", qt),
      async (e) => e.json(await ge.updateProfile(e.req.valid("json"))),
    )
    .get(
      "/api/tenant/members",
      S("tenant", "\uAD6C\uC131\uC6D0 \uBAA9\uB85D", Ka),
      async (e) => e.json({ members: await ge.listMembers() }),
    )
    .post(
      "/api/tenant/invites",
      S(
        "tenant",
        "\uC9C1\uC6D0\xB7\uC138\uBB34\uC0AC \uCD08\uB300 (\uB300\uD45C\uB9CC)",
        g({ ok: W(!0) }),
        201,
      ),
      C("json", ts),
      async (e) => {
        let { email: t, role: n } = e.req.valid("json");
        return (await ge.invite(t, n), e.json({ ok: !0 }, 201));
      },
    )
    .get(
      "/api/usage",
      S(
        "tenant",
        "\uC774\uBC88 \uB2EC(\uB610\uB294 \uC9C0\uC815\uD55C \uB2EC) \uC0AC\uC6A9\uB7C9\uACFC \uC694\uAE08\uC81C",
        Ga,
      ),
      C("query", rs),
      async (e) => e.json(await ge.usage(e.req.valid("query").month)),
    );
var K = {};
je(K, {
  Payroll: () => K,
  confirmRun: () => Su,
  createEmployee: () => bu,
  createRun: () => Iu,
  getRun: () => Au,
  listEmployees: () => wu,
  listRuns: () => _u,
  payslipPdf: () => Tu,
  preview: () => Os,
  register: () => $u,
  revealRrn: () => ku,
  updateEmployee: () => xu,
  yearlyRegister: () => Cu,
});
import { QueryCommand as gu } from "@aws-sdk/client-dynamodb";
var Xa = {
  1: 1900,
  2: 1900,
  3: 2e3,
  4: 2e3,
  5: 1900,
  6: 1900,
  7: 2e3,
  8: 2e3,
  9: 1800,
  0: 1800,
};
function f0(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{13}$/.test(t) ? t : null;
}
function Vt(e) {
  let t = f0(e);
  if (!t) return null;
  let n = Xa[t[6]] + Number(t.slice(0, 2)),
    r = Number(t.slice(2, 4)),
    s = Number(t.slice(4, 6)),
    i = new Date(Date.UTC(n, r - 1, s));
  return i.getUTCFullYear() !== n ||
    i.getUTCMonth() !== r - 1 ||
    i.getUTCDate() !== s
    ? null
    : i.toISOString().slice(0, 10);
}
function fs(e) {
  return Vt(e) !== null;
}
function ms(e) {
  let t = f0(e) ?? "";
  return t.length === 13 ? `${t.slice(0, 6)}-${t[6]}******` : "******-*******";
}
import {
  createCipheriv as Ya,
  createDecipheriv as Za,
  randomBytes as ys,
} from "node:crypto";
import {
  existsSync as Ja,
  mkdirSync as Qa,
  readFileSync as eu,
  writeFileSync as tu,
} from "node:fs";
import { dirname as nu } from "node:path";
import { UpdateItemCommand as ru } from "@aws-sdk/client-dynamodb";
function su() {
  let e = process.env.GOLMOK_DATA_KEY;
  if (e) return { keyId: "env", key: Buffer.from(e, "base64") };
  let t = process.env.GOLMOK_DATA_KEY_FILE ?? ".data/data-key";
  Ja(t) ||
    (Qa(nu(t), { recursive: !0 }),
    tu(t, ys(32).toString("base64"), { mode: 384 }));
  let n = Buffer.from(eu(t, "utf8").trim(), "base64");
  if (n.length !== 32) throw new Error(`${t} must hold a 32-byte base64 key`);
  return { keyId: "local", key: n };
}
var ds = new Map();
async function iu(e, t) {
  let {
      KMSClient: n,
      DecryptCommand: r,
      GenerateDataKeyCommand: s,
    } = await import("@aws-sdk/client-kms"),
    i = new n({}),
    o = { tenant: t },
    u = (await O(d.tenant(), !0))?.dekCiphertext;
  if (!u) {
    let l = await i.send(
        new s({ KeyId: e, KeySpec: "AES_256", EncryptionContext: o }),
      ),
      p = Buffer.from(l.CiphertextBlob).toString("base64");
    try {
      (await T().send(
        new ru({
          TableName: E(),
          Key: y(d.tenant()),
          UpdateExpression: "SET dekCiphertext = :c",
          ConditionExpression:
            "attribute_exists(pk) AND attribute_not_exists(dekCiphertext)",
          ExpressionAttributeValues: y({ ":c": p }),
        }),
      ),
        (u = p));
    } catch (m) {
      if (!Qe(m)) throw m;
      u = (await O(d.tenant(), !0)).dekCiphertext;
    }
  }
  let c = await i.send(
    new r({ CiphertextBlob: Buffer.from(u, "base64"), EncryptionContext: o }),
  );
  return { keyId: "kms", key: Buffer.from(c.Plaintext) };
}
async function hs() {
  let e = H(),
    t = process.env.GOLMOK_KMS_KEY_ID,
    n = t ? e : "local",
    r = ds.get(n);
  return (r || ((r = t ? await iu(t, e) : su()), ds.set(n, r)), r);
}
async function Wt(e, t) {
  let { keyId: n, key: r } = await hs(),
    s = ys(12),
    i = Ya("aes-256-gcm", r, s);
  i.setAAD(Buffer.from(t));
  let o = Buffer.concat([i.update(e, "utf8"), i.final()]),
    a = (u) => u.toString("base64url");
  return ["v1", n, a(s), a(i.getAuthTag()), a(o)].join(".");
}
async function gs(e, t) {
  let { keyId: n, key: r } = await hs(),
    [s, i, o, a, u] = e.split(".");
  if (s !== "v1" || i !== n)
    throw new Error("unknown ciphertext version or key");
  let c = Za("aes-256-gcm", r, Buffer.from(o, "base64url"));
  return (
    c.setAAD(Buffer.from(t)),
    c.setAuthTag(Buffer.from(a, "base64url")),
    Buffer.concat([c.update(Buffer.from(u, "base64url")), c.final()]).toString(
      "utf8",
    )
  );
}
var ou = [
    {
      from: "2025-01-01",
      pension: 4500,
      health: 3545,
      ltc: { num: 1295, den: 1e4 },
      employment: 900,
      employmentStabilityEmployer: 250,
    },
    {
      from: "2026-01-01",
      pension: 4750,
      health: 3595,
      ltc: { num: 9448, den: 71900 },
      employment: 900,
      employmentStabilityEmployer: 250,
    },
  ],
  au = [
    { from: "2024-07-01", floor: 39e4, cap: 617e4 },
    { from: "2025-07-01", floor: 4e5, cap: 637e4 },
    { from: "2026-07-01", floor: 41e4, cap: 659e4 },
  ];
function vs(e, t, n) {
  let r = [...e].reverse().find((s) => s.from <= t);
  if (!r)
    throw new h(
      "validation",
      "no_rate_table",
      `${t} \uC9C0\uAE09\uBD84\uC5D0 \uC801\uC6A9\uD560 ${n} \uC694\uC728\uD45C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.`,
      {
        fields: [
          {
            field: "payDate",
            message:
              "\uC9C0\uC6D0\uD558\uC9C0 \uC54A\uB294 \uC9C0\uAE09\uC77C\uC785\uB2C8\uB2E4.",
          },
        ],
      },
    );
  return r;
}
var bs = (e) => Math.floor(e / 10) * 10,
  W0 = (e, t) => bs(Math.floor((e * t) / 1e5));
function xs(e) {
  let t = vs(ou, e.payDate, "4\uB300\uBCF4\uD5D8"),
    n = vs(
      au,
      e.payDate,
      "\uAD6D\uBBFC\uC5F0\uAE08 \uAE30\uC900\uC18C\uB4DD\uC6D4\uC561",
    ),
    r = Math.floor(e.base / 1e3) * 1e3,
    s = Math.min(n.cap, Math.max(n.floor, r)),
    i = r < n.floor ? "floor" : r > n.cap ? "cap" : null,
    o = e.enrolled.pension ? W0(s, t.pension) : 0,
    a = e.enrolled.health ? W0(e.base, t.health) : 0,
    u = e.enrolled.health ? bs(Math.floor((a * t.ltc.num) / t.ltc.den)) : 0,
    c = e.enrolled.employment ? W0(e.base, t.employment) : 0,
    l = e.enrolled.employment ? W0(e.base, t.employmentStabilityEmployer) : 0;
  return {
    pensionBase: s,
    pensionFloorCapApplied: e.enrolled.pension ? i : null,
    employee: { pension: o, health: a, longTermCare: u, employment: c },
    employer: {
      pension: o,
      health: a,
      longTermCare: u,
      employment: c,
      employmentStability: l,
    },
  };
}
var Kt = {
  effectiveFrom: "2026-03-01",
  csvSha256: "57c20292450558919460739eef8246a6241e5507d51c258b16268745ebcab5fa",
  rows: [
    [77e4, 775e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [775e3, 78e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [78e4, 785e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [785e3, 79e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [79e4, 795e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [795e3, 8e5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [8e5, 805e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [805e3, 81e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [81e4, 815e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [815e3, 82e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [82e4, 825e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [825e3, 83e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [83e4, 835e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [835e3, 84e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [84e4, 845e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [845e3, 85e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [85e4, 855e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [855e3, 86e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [86e4, 865e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [865e3, 87e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [87e4, 875e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [875e3, 88e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [88e4, 885e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [885e3, 89e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [89e4, 895e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [895e3, 9e5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [9e5, 905e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [905e3, 91e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [91e4, 915e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [915e3, 92e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [92e4, 925e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [925e3, 93e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [93e4, 935e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [935e3, 94e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [94e4, 945e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [945e3, 95e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [95e4, 955e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [955e3, 96e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [96e4, 965e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [965e3, 97e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [97e4, 975e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [975e3, 98e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [98e4, 985e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [985e3, 99e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [99e4, 995e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [995e3, 1e6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1e6, 1005e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1005e3, 101e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [101e4, 1015e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1015e3, 102e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [102e4, 1025e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1025e3, 103e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [103e4, 1035e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1035e3, 104e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [104e4, 1045e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1045e3, 105e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [105e4, 1055e3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1055e3, 106e4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [106e4, 1065e3, 1040, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1065e3, 107e4, 1110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [107e4, 1075e3, 1180, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1075e3, 108e4, 1250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [108e4, 1085e3, 1320, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1085e3, 109e4, 1390, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [109e4, 1095e3, 1460, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1095e3, 11e5, 1530, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [11e5, 1105e3, 1600, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1105e3, 111e4, 1670, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [111e4, 1115e3, 1740, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1115e3, 112e4, 1810, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [112e4, 1125e3, 1880, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1125e3, 113e4, 1950, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [113e4, 1135e3, 2020, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1135e3, 114e4, 2090, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [114e4, 1145e3, 2160, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1145e3, 115e4, 2230, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [115e4, 1155e3, 2300, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1155e3, 116e4, 2370, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [116e4, 1165e3, 2440, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1165e3, 117e4, 2500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [117e4, 1175e3, 2570, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1175e3, 118e4, 2640, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [118e4, 1185e3, 2710, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1185e3, 119e4, 2780, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [119e4, 1195e3, 2850, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1195e3, 12e5, 2920, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [12e5, 1205e3, 2990, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1205e3, 121e4, 3060, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [121e4, 1215e3, 3130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1215e3, 122e4, 3200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [122e4, 1225e3, 3270, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1225e3, 123e4, 3340, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [123e4, 1235e3, 3410, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1235e3, 124e4, 3480, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [124e4, 1245e3, 3550, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1245e3, 125e4, 3620, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [125e4, 1255e3, 3700, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1255e3, 126e4, 3810, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [126e4, 1265e3, 3910, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1265e3, 127e4, 4010, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [127e4, 1275e3, 4120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1275e3, 128e4, 4220, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [128e4, 1285e3, 4320, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1285e3, 129e4, 4430, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [129e4, 1295e3, 4530, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1295e3, 13e5, 4630, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [13e5, 1305e3, 4740, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1305e3, 131e4, 4840, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [131e4, 1315e3, 4940, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1315e3, 132e4, 5050, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [132e4, 1325e3, 5150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1325e3, 133e4, 5250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [133e4, 1335e3, 5360, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1335e3, 134e4, 5460, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [134e4, 1345e3, 5560, 1060, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1345e3, 135e4, 5670, 1170, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [135e4, 1355e3, 5770, 1270, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1355e3, 136e4, 5870, 1370, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [136e4, 1365e3, 5980, 1480, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1365e3, 137e4, 6080, 1580, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [137e4, 1375e3, 6180, 1680, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1375e3, 138e4, 6290, 1790, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [138e4, 1385e3, 6390, 1890, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1385e3, 139e4, 6490, 1990, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [139e4, 1395e3, 6600, 2100, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1395e3, 14e5, 6700, 2200, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [14e5, 1405e3, 6800, 2300, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1405e3, 141e4, 6910, 2410, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [141e4, 1415e3, 7010, 2510, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1415e3, 142e4, 7110, 2610, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [142e4, 1425e3, 7210, 2710, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1425e3, 143e4, 7320, 2820, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [143e4, 1435e3, 7420, 2920, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1435e3, 144e4, 7520, 3020, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [144e4, 1445e3, 7630, 3130, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1445e3, 145e4, 7730, 3230, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [145e4, 1455e3, 7830, 3330, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1455e3, 146e4, 7940, 3440, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [146e4, 1465e3, 8040, 3540, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1465e3, 147e4, 8140, 3640, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [147e4, 1475e3, 8250, 3750, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1475e3, 148e4, 8350, 3850, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [148e4, 1485e3, 8450, 3950, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1485e3, 149e4, 8560, 4060, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [149e4, 1495e3, 8660, 4160, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1495e3, 15e5, 8760, 4260, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [15e5, 151e4, 8920, 4420, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [151e4, 152e4, 9120, 4620, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [152e4, 153e4, 9330, 4830, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [153e4, 154e4, 9540, 5040, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [154e4, 155e4, 9740, 5240, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [155e4, 156e4, 9950, 5450, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [156e4, 157e4, 10160, 5660, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [157e4, 158e4, 10360, 5860, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [158e4, 159e4, 10570, 6070, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [159e4, 16e5, 10780, 6280, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [16e5, 161e4, 10980, 6480, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [161e4, 162e4, 11190, 6690, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [162e4, 163e4, 11400, 6900, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [163e4, 164e4, 11600, 7100, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [164e4, 165e4, 11810, 7310, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [165e4, 166e4, 12020, 7520, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [166e4, 167e4, 12220, 7720, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [167e4, 168e4, 12430, 7930, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [168e4, 169e4, 12640, 8140, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [169e4, 17e5, 12840, 8340, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [17e5, 171e4, 13050, 8550, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [171e4, 172e4, 13260, 8760, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [172e4, 173e4, 13460, 8960, 1040, 0, 0, 0, 0, 0, 0, 0, 0],
    [173e4, 174e4, 13670, 9170, 1240, 0, 0, 0, 0, 0, 0, 0, 0],
    [174e4, 175e4, 13880, 9380, 1440, 0, 0, 0, 0, 0, 0, 0, 0],
    [175e4, 176e4, 14080, 9580, 1640, 0, 0, 0, 0, 0, 0, 0, 0],
    [176e4, 177e4, 14290, 9790, 1830, 0, 0, 0, 0, 0, 0, 0, 0],
    [177e4, 178e4, 14500, 1e4, 2030, 0, 0, 0, 0, 0, 0, 0, 0],
    [178e4, 179e4, 14700, 10200, 2230, 0, 0, 0, 0, 0, 0, 0, 0],
    [179e4, 18e5, 14910, 10410, 2430, 0, 0, 0, 0, 0, 0, 0, 0],
    [18e5, 181e4, 15110, 10610, 2630, 0, 0, 0, 0, 0, 0, 0, 0],
    [181e4, 182e4, 15320, 10820, 2830, 0, 0, 0, 0, 0, 0, 0, 0],
    [182e4, 183e4, 15530, 11030, 3020, 0, 0, 0, 0, 0, 0, 0, 0],
    [183e4, 184e4, 15730, 11230, 3220, 0, 0, 0, 0, 0, 0, 0, 0],
    [184e4, 185e4, 15940, 11440, 3420, 0, 0, 0, 0, 0, 0, 0, 0],
    [185e4, 186e4, 16150, 11650, 3620, 0, 0, 0, 0, 0, 0, 0, 0],
    [186e4, 187e4, 16350, 11850, 3820, 0, 0, 0, 0, 0, 0, 0, 0],
    [187e4, 188e4, 16560, 12060, 4020, 0, 0, 0, 0, 0, 0, 0, 0],
    [188e4, 189e4, 16770, 12270, 4220, 0, 0, 0, 0, 0, 0, 0, 0],
    [189e4, 19e5, 16970, 12470, 4410, 1040, 0, 0, 0, 0, 0, 0, 0],
    [19e5, 191e4, 17180, 12680, 4610, 1240, 0, 0, 0, 0, 0, 0, 0],
    [191e4, 192e4, 17390, 12890, 4810, 1440, 0, 0, 0, 0, 0, 0, 0],
    [192e4, 193e4, 17590, 13090, 5010, 1630, 0, 0, 0, 0, 0, 0, 0],
    [193e4, 194e4, 17800, 13300, 5210, 1830, 0, 0, 0, 0, 0, 0, 0],
    [194e4, 195e4, 18010, 13510, 5410, 2030, 0, 0, 0, 0, 0, 0, 0],
    [195e4, 196e4, 18210, 13710, 5600, 2230, 0, 0, 0, 0, 0, 0, 0],
    [196e4, 197e4, 18420, 13920, 5800, 2430, 0, 0, 0, 0, 0, 0, 0],
    [197e4, 198e4, 18630, 14130, 6e3, 2630, 0, 0, 0, 0, 0, 0, 0],
    [198e4, 199e4, 18880, 14330, 6200, 2820, 0, 0, 0, 0, 0, 0, 0],
    [199e4, 2e6, 19200, 14540, 6400, 3020, 0, 0, 0, 0, 0, 0, 0],
    [2e6, 201e4, 19520, 14750, 6600, 3220, 0, 0, 0, 0, 0, 0, 0],
    [201e4, 202e4, 19850, 14950, 6800, 3420, 0, 0, 0, 0, 0, 0, 0],
    [202e4, 203e4, 20170, 15160, 6990, 3620, 0, 0, 0, 0, 0, 0, 0],
    [203e4, 204e4, 20490, 15370, 7190, 3820, 0, 0, 0, 0, 0, 0, 0],
    [204e4, 205e4, 20810, 15570, 7390, 4020, 0, 0, 0, 0, 0, 0, 0],
    [205e4, 206e4, 21130, 15780, 7590, 4210, 0, 0, 0, 0, 0, 0, 0],
    [206e4, 207e4, 21450, 15990, 7790, 4410, 1040, 0, 0, 0, 0, 0, 0],
    [207e4, 208e4, 21770, 16190, 7990, 4610, 1240, 0, 0, 0, 0, 0, 0],
    [208e4, 209e4, 22090, 16400, 8180, 4810, 1430, 0, 0, 0, 0, 0, 0],
    [209e4, 21e5, 22420, 16600, 8380, 5010, 1630, 0, 0, 0, 0, 0, 0],
    [21e5, 211e4, 22740, 16810, 8580, 5210, 1830, 0, 0, 0, 0, 0, 0],
    [211e4, 212e4, 23060, 17020, 8780, 5400, 2030, 0, 0, 0, 0, 0, 0],
    [212e4, 213e4, 23380, 17220, 8980, 5600, 2230, 0, 0, 0, 0, 0, 0],
    [213e4, 214e4, 23700, 17430, 9180, 5800, 2430, 0, 0, 0, 0, 0, 0],
    [214e4, 215e4, 24020, 17640, 9380, 6e3, 2630, 0, 0, 0, 0, 0, 0],
    [215e4, 216e4, 24340, 17840, 9570, 6200, 2820, 0, 0, 0, 0, 0, 0],
    [216e4, 217e4, 24660, 18050, 9770, 6400, 3020, 0, 0, 0, 0, 0, 0],
    [217e4, 218e4, 24990, 18260, 9970, 6600, 3220, 0, 0, 0, 0, 0, 0],
    [218e4, 219e4, 25310, 18460, 10170, 6790, 3420, 0, 0, 0, 0, 0, 0],
    [219e4, 22e5, 25630, 18670, 10370, 6990, 3620, 0, 0, 0, 0, 0, 0],
    [22e5, 221e4, 25950, 18950, 10570, 7190, 3820, 0, 0, 0, 0, 0, 0],
    [221e4, 222e4, 26270, 19270, 10760, 7390, 4010, 0, 0, 0, 0, 0, 0],
    [222e4, 223e4, 26590, 19590, 10960, 7590, 4210, 0, 0, 0, 0, 0, 0],
    [223e4, 224e4, 26910, 19910, 11160, 7790, 4410, 1040, 0, 0, 0, 0, 0],
    [224e4, 225e4, 27240, 20240, 11360, 7980, 4610, 1230, 0, 0, 0, 0, 0],
    [225e4, 226e4, 27560, 20560, 11560, 8180, 4810, 1430, 0, 0, 0, 0, 0],
    [226e4, 227e4, 27880, 20880, 11760, 8380, 5010, 1630, 0, 0, 0, 0, 0],
    [227e4, 228e4, 28200, 21200, 11960, 8580, 5210, 1830, 0, 0, 0, 0, 0],
    [228e4, 229e4, 28520, 21520, 12150, 8780, 5400, 2030, 0, 0, 0, 0, 0],
    [229e4, 23e5, 28840, 21840, 12350, 8980, 5600, 2230, 0, 0, 0, 0, 0],
    [23e5, 231e4, 29160, 22160, 12550, 9180, 5800, 2430, 0, 0, 0, 0, 0],
    [231e4, 232e4, 29480, 22480, 12750, 9370, 6e3, 2620, 0, 0, 0, 0, 0],
    [232e4, 233e4, 29810, 22810, 12950, 9570, 6200, 2820, 0, 0, 0, 0, 0],
    [233e4, 234e4, 30130, 23130, 13150, 9770, 6400, 3020, 0, 0, 0, 0, 0],
    [234e4, 235e4, 30450, 23450, 13340, 9970, 6590, 3220, 0, 0, 0, 0, 0],
    [235e4, 236e4, 30770, 23770, 13540, 10170, 6790, 3420, 0, 0, 0, 0, 0],
    [236e4, 237e4, 31090, 24090, 13740, 10370, 6990, 3620, 0, 0, 0, 0, 0],
    [237e4, 238e4, 31410, 24410, 13940, 10560, 7190, 3810, 0, 0, 0, 0, 0],
    [238e4, 239e4, 31730, 24730, 14140, 10760, 7390, 4010, 0, 0, 0, 0, 0],
    [239e4, 24e5, 32050, 25050, 14340, 10960, 7590, 4210, 0, 0, 0, 0, 0],
    [24e5, 241e4, 32380, 25380, 14530, 11160, 7780, 4410, 1030, 0, 0, 0, 0],
    [241e4, 242e4, 32700, 25700, 14730, 11360, 7980, 4610, 1230, 0, 0, 0, 0],
    [242e4, 243e4, 33020, 26020, 14930, 11560, 8180, 4810, 1430, 0, 0, 0, 0],
    [243e4, 244e4, 33340, 26340, 15130, 11760, 8380, 5010, 1630, 0, 0, 0, 0],
    [244e4, 245e4, 33660, 26660, 15330, 11950, 8580, 5200, 1830, 0, 0, 0, 0],
    [245e4, 246e4, 33980, 26980, 15530, 12150, 8780, 5400, 2030, 0, 0, 0, 0],
    [246e4, 247e4, 34300, 27300, 15730, 12350, 8980, 5600, 2230, 0, 0, 0, 0],
    [247e4, 248e4, 34630, 27630, 15920, 12550, 9170, 5800, 2420, 0, 0, 0, 0],
    [248e4, 249e4, 34950, 27950, 16120, 12750, 9370, 6e3, 2620, 0, 0, 0, 0],
    [249e4, 25e5, 35270, 28270, 16320, 12950, 9570, 6200, 2820, 0, 0, 0, 0],
    [25e5, 251e4, 35600, 28600, 16530, 13150, 9780, 6400, 3030, 0, 0, 0, 0],
    [251e4, 252e4, 35940, 28940, 16740, 13360, 9990, 6610, 3240, 0, 0, 0, 0],
    [252e4, 253e4, 36280, 29280, 16950, 13580, 10200, 6830, 3450, 0, 0, 0, 0],
    [253e4, 254e4, 36630, 29630, 17160, 13790, 10410, 7040, 3660, 0, 0, 0, 0],
    [254e4, 255e4, 36970, 29970, 17370, 14e3, 10620, 7250, 3870, 0, 0, 0, 0],
    [255e4, 256e4, 37310, 30310, 17590, 14210, 10840, 7460, 4090, 0, 0, 0, 0],
    [256e4, 257e4, 37650, 30650, 17800, 14420, 11050, 7670, 4300, 0, 0, 0, 0],
    [257e4, 258e4, 38e3, 31e3, 18010, 14630, 11260, 7880, 4510, 1130, 0, 0, 0],
    [
      258e4, 259e4, 38340, 31340, 18220, 14850, 11470, 8100, 4720, 1350, 0, 0,
      0,
    ],
    [259e4, 26e5, 38830, 31680, 18430, 15060, 11680, 8310, 4930, 1560, 0, 0, 0],
    [26e5, 261e4, 39690, 32020, 18650, 15270, 11900, 8520, 5150, 1770, 0, 0, 0],
    [
      261e4, 262e4, 40540, 32360, 18920, 15480, 12110, 8730, 5360, 1980, 0, 0,
      0,
    ],
    [
      262e4, 263e4, 41400, 32710, 19250, 15690, 12320, 8940, 5570, 2190, 0, 0,
      0,
    ],
    [
      263e4, 264e4, 42260, 33050, 19580, 15910, 12530, 9160, 5780, 2410, 0, 0,
      0,
    ],
    [
      264e4, 265e4, 43110, 33390, 19910, 16120, 12740, 9370, 5990, 2620, 0, 0,
      0,
    ],
    [
      265e4, 266e4, 43970, 33730, 20240, 16330, 12960, 9580, 6210, 2830, 0, 0,
      0,
    ],
    [
      266e4, 267e4, 44820, 34080, 20570, 16540, 13170, 9790, 6420, 3040, 0, 0,
      0,
    ],
    [267e4, 268e4, 45680, 34420, 20900, 16750, 13380, 1e4, 6630, 3250, 0, 0, 0],
    [
      268e4, 269e4, 46540, 34760, 21230, 16970, 13590, 10220, 6840, 3470, 0, 0,
      0,
    ],
    [
      269e4, 27e5, 47390, 35100, 21560, 17180, 13800, 10430, 7050, 3680, 0, 0,
      0,
    ],
    [
      27e5, 271e4, 48250, 35450, 21890, 17390, 14020, 10640, 7270, 3890, 0, 0,
      0,
    ],
    [
      271e4, 272e4, 49100, 35790, 22220, 17600, 14230, 10850, 7480, 4100, 0, 0,
      0,
    ],
    [
      272e4, 273e4, 49960, 36130, 22550, 17810, 14440, 11060, 7690, 4310, 0, 0,
      0,
    ],
    [
      273e4, 274e4, 50810, 36470, 22880, 18030, 14650, 11280, 7900, 4530, 1150,
      0, 0,
    ],
    [
      274e4, 275e4, 51670, 36810, 23210, 18240, 14860, 11490, 8110, 4740, 1360,
      0, 0,
    ],
    [
      275e4, 276e4, 52530, 37160, 23540, 18450, 15070, 11700, 8320, 4950, 1570,
      0, 0,
    ],
    [
      276e4, 277e4, 53380, 37500, 23870, 18660, 15290, 11910, 8540, 5160, 1790,
      0, 0,
    ],
    [
      277e4, 278e4, 54240, 37840, 24200, 18950, 15500, 12120, 8750, 5370, 2e3,
      0, 0,
    ],
    [
      278e4, 279e4, 55090, 38180, 24520, 19270, 15710, 12340, 8960, 5590, 2210,
      0, 0,
    ],
    [
      279e4, 28e5, 55950, 38530, 24850, 19600, 15920, 12550, 9170, 5800, 2420,
      0, 0,
    ],
    [
      28e5, 281e4, 56800, 39300, 25180, 19930, 16130, 12760, 9380, 6010, 2630,
      0, 0,
    ],
    [
      281e4, 282e4, 57660, 40160, 25510, 20260, 16350, 12970, 9600, 6220, 2850,
      0, 0,
    ],
    [
      282e4, 283e4, 58520, 41020, 25840, 20590, 16560, 13180, 9810, 6430, 3060,
      0, 0,
    ],
    [
      283e4, 284e4, 59370, 41870, 26170, 20920, 16770, 13400, 10020, 6650, 3270,
      0, 0,
    ],
    [
      284e4, 285e4, 60230, 42730, 26500, 21250, 16980, 13610, 10230, 6860, 3480,
      0, 0,
    ],
    [
      285e4, 286e4, 61080, 43580, 26830, 21580, 17190, 13820, 10440, 7070, 3690,
      0, 0,
    ],
    [
      286e4, 287e4, 61940, 44440, 27160, 21910, 17410, 14030, 10660, 7280, 3910,
      0, 0,
    ],
    [
      287e4, 288e4, 62790, 45290, 27490, 22240, 17620, 14240, 10870, 7490, 4120,
      0, 0,
    ],
    [
      288e4, 289e4, 63650, 46150, 27820, 22570, 17830, 14460, 11080, 7710, 4330,
      0, 0,
    ],
    [
      289e4, 29e5, 64510, 47010, 28150, 22900, 18040, 14670, 11290, 7920, 4540,
      1170, 0,
    ],
    [
      29e5, 291e4, 65360, 47860, 28480, 23230, 18250, 14880, 11500, 8130, 4750,
      1380, 0,
    ],
    [
      291e4, 292e4, 66220, 48720, 28810, 23560, 18470, 15090, 11720, 8340, 4970,
      1590, 0,
    ],
    [
      292e4, 293e4, 67070, 49570, 29140, 23890, 18680, 15300, 11930, 8550, 5180,
      1800, 0,
    ],
    [
      293e4, 294e4, 67930, 50430, 29470, 24220, 18970, 15510, 12140, 8760, 5390,
      2010, 0,
    ],
    [
      294e4, 295e4, 68780, 51280, 29800, 24550, 19300, 15730, 12350, 8980, 5600,
      2230, 0,
    ],
    [
      295e4, 296e4, 69640, 52140, 30130, 24880, 19630, 15940, 12560, 9190, 5810,
      2440, 0,
    ],
    [
      296e4, 297e4, 70500, 53e3, 30460, 25210, 19960, 16150, 12780, 9400, 6030,
      2650, 0,
    ],
    [
      297e4, 298e4, 71350, 53850, 30790, 25540, 20290, 16360, 12990, 9610, 6240,
      2860, 0,
    ],
    [
      298e4, 299e4, 72210, 54710, 31120, 25870, 20620, 16570, 13200, 9820, 6450,
      3070, 0,
    ],
    [
      299e4, 3e6, 73060, 55560, 31450, 26200, 20950, 16790, 13410, 10040, 6660,
      3290, 0,
    ],
    [
      3e6, 302e4, 74350, 56850, 31940, 26690, 21440, 17100, 13730, 10350, 6980,
      3600, 0,
    ],
    [
      302e4, 304e4, 76060, 58560, 32600, 27350, 22100, 17530, 14150, 10780,
      7400, 4030, 0,
    ],
    [
      304e4, 306e4, 77770, 60270, 33260, 28010, 22760, 17950, 14580, 11200,
      7830, 4450, 1080,
    ],
    [
      306e4, 308e4, 79480, 61980, 33920, 28670, 23420, 18380, 15e3, 11630, 8250,
      4880, 1500,
    ],
    [
      308e4, 31e5, 81190, 63690, 34580, 29330, 24080, 18830, 15430, 12050, 8680,
      5300, 1930,
    ],
    [
      31e5, 312e4, 82900, 65400, 35240, 29990, 24740, 19490, 15850, 12470, 9100,
      5720, 2350,
    ],
    [
      312e4, 314e4, 84620, 67120, 35900, 30650, 25400, 20150, 16270, 12900,
      9520, 6150, 2770,
    ],
    [
      314e4, 316e4, 86330, 68830, 36560, 31310, 26060, 20810, 16700, 13320,
      9950, 6570, 3200,
    ],
    [
      316e4, 318e4, 88040, 70540, 37220, 31970, 26720, 21470, 17120, 13750,
      10370, 7e3, 3620,
    ],
    [
      318e4, 32e5, 89750, 72250, 37880, 32630, 27380, 22130, 17540, 14170,
      10790, 7420, 4040,
    ],
    [
      32e5, 322e4, 91460, 73960, 38540, 33290, 28040, 22790, 17970, 14590,
      11220, 7840, 4470,
    ],
    [
      322e4, 324e4, 93170, 75670, 40120, 33950, 28700, 23450, 18390, 15020,
      11640, 8270, 4890,
    ],
    [
      324e4, 326e4, 95430, 77380, 41770, 34610, 29360, 24110, 18860, 15440,
      12070, 8690, 5320,
    ],
    [
      326e4, 328e4, 97880, 79100, 43420, 35270, 30020, 24770, 19520, 15870,
      12490, 9120, 5740,
    ],
    [
      328e4, 33e5, 100320, 80810, 45070, 35920, 30670, 25420, 20170, 16290,
      12910, 9540, 6160,
    ],
    [
      33e5, 332e4, 102770, 82520, 46720, 36580, 31330, 26080, 20830, 16710,
      13340, 9960, 6590,
    ],
    [
      332e4, 334e4, 105210, 84230, 48370, 37240, 31990, 26740, 21490, 17140,
      13760, 10390, 7010,
    ],
    [
      334e4, 336e4, 107660, 85940, 49940, 37870, 32620, 27370, 22120, 17540,
      14170, 10790, 7420,
    ],
    [
      336e4, 338e4, 110100, 87650, 51510, 38500, 33250, 28e3, 22750, 17950,
      14570, 11200, 7820,
    ],
    [
      338e4, 34e5, 112550, 89370, 53070, 39950, 33880, 28630, 23380, 18350,
      14970, 11600, 8220,
    ],
    [
      34e5, 342e4, 114990, 91080, 54640, 41510, 34500, 29250, 24e3, 18750,
      15370, 12e3, 8620,
    ],
    [
      342e4, 344e4, 117440, 92790, 56200, 43080, 35130, 29880, 24630, 19380,
      15780, 12400, 9030,
    ],
    [
      344e4, 346e4, 119880, 94880, 57770, 44640, 35750, 30500, 25250, 2e4,
      16180, 12800, 9430,
    ],
    [
      346e4, 348e4, 122330, 97330, 59330, 46210, 36380, 31130, 25880, 20630,
      16580, 13210, 9830,
    ],
    [
      348e4, 35e5, 124770, 99770, 60900, 47770, 37010, 31760, 26510, 21260,
      16980, 13610, 10230,
    ],
    [
      35e5, 352e4, 127220, 102220, 62460, 49340, 37630, 32380, 27130, 21880,
      17390, 14010, 10640,
    ],
    [
      352e4, 354e4, 129660, 104660, 64030, 50900, 38260, 33010, 27760, 22510,
      17790, 14410, 11040,
    ],
    [
      354e4, 356e4, 132110, 107110, 65590, 52460, 39340, 33630, 28380, 23130,
      18190, 14820, 11440,
    ],
    [
      356e4, 358e4, 134550, 109550, 67150, 54030, 40900, 34260, 29010, 23760,
      18590, 15220, 11840,
    ],
    [
      358e4, 36e5, 137e3, 112e3, 68720, 55590, 42470, 34880, 29630, 24380,
      19130, 15620, 12250,
    ],
    [
      36e5, 362e4, 139440, 114440, 70280, 57160, 44030, 35510, 30260, 25010,
      19760, 16020, 12650,
    ],
    [
      362e4, 364e4, 141890, 116890, 71850, 58720, 45600, 36140, 30890, 25640,
      20390, 16420, 13050,
    ],
    [
      364e4, 366e4, 144330, 119330, 73410, 60290, 47160, 36760, 31510, 26260,
      21010, 16830, 13450,
    ],
    [
      366e4, 368e4, 146780, 121780, 74980, 61850, 48730, 37390, 32140, 26890,
      21640, 17230, 13850,
    ],
    [
      368e4, 37e5, 149220, 124220, 76540, 63420, 50290, 38010, 32760, 27510,
      22260, 17630, 14260,
    ],
    [
      37e5, 372e4, 151670, 126670, 78110, 64980, 51860, 38730, 33390, 28140,
      22890, 18030, 14660,
    ],
    [
      372e4, 374e4, 154110, 129110, 79670, 66550, 53420, 40300, 34020, 28770,
      23520, 18440, 15060,
    ],
    [
      374e4, 376e4, 156560, 131560, 81230, 68110, 54980, 41860, 34640, 29390,
      24140, 18890, 15460,
    ],
    [
      376e4, 378e4, 163920, 136090, 84260, 71130, 58010, 44880, 35850, 30600,
      25350, 20100, 16240,
    ],
    [
      378e4, 38e5, 166590, 138740, 85970, 72850, 59720, 46600, 36540, 31290,
      26040, 20790, 16680,
    ],
    [
      38e5, 382e4, 169260, 141400, 87680, 74560, 61430, 48310, 37220, 31970,
      26720, 21470, 17120,
    ],
    [
      382e4, 384e4, 171930, 144050, 89390, 76270, 63140, 50020, 37900, 32650,
      27400, 22150, 17560,
    ],
    [
      384e4, 386e4, 174600, 146710, 91100, 77980, 64850, 51730, 38600, 33340,
      28090, 22840, 18e3,
    ],
    [
      386e4, 388e4, 177270, 149360, 92820, 79690, 66570, 53440, 40320, 34020,
      28770, 23520, 18440,
    ],
    [
      388e4, 39e5, 179940, 152020, 94920, 81400, 68280, 55150, 42030, 34710,
      29460, 24210, 18960,
    ],
    [
      39e5, 392e4, 182610, 154670, 97370, 83110, 69990, 56860, 43740, 35390,
      30140, 24890, 19640,
    ],
    [
      392e4, 394e4, 185280, 157330, 99810, 84830, 71700, 58580, 45450, 36080,
      30830, 25580, 20330,
    ],
    [
      394e4, 396e4, 187950, 159980, 102260, 86540, 73410, 60290, 47160, 36760,
      31510, 26260, 21010,
    ],
    [
      396e4, 398e4, 190620, 162640, 104700, 88250, 75120, 62e3, 48870, 37450,
      32200, 26950, 21700,
    ],
    [
      398e4, 4e6, 193290, 165290, 107150, 89960, 76840, 63710, 50590, 38130,
      32880, 27630, 22380,
    ],
    [
      4e6, 402e4, 195960, 167950, 109590, 91670, 78550, 65420, 52300, 39170,
      33570, 28320, 23070,
    ],
    [
      402e4, 404e4, 198630, 170600, 112040, 93380, 80260, 67130, 54010, 40880,
      34250, 29e3, 23750,
    ],
    [
      404e4, 406e4, 201300, 173260, 114480, 95730, 81970, 68840, 55720, 42590,
      34930, 29680, 24430,
    ],
    [
      406e4, 408e4, 203970, 175910, 116930, 98180, 83680, 70560, 57430, 44310,
      35620, 30370, 25120,
    ],
    [
      408e4, 41e5, 206640, 178570, 119370, 100620, 85390, 72270, 59140, 46020,
      36300, 31050, 25800,
    ],
    [
      41e5, 412e4, 209310, 181220, 121820, 103070, 87100, 73980, 60850, 47730,
      36990, 31740, 26490,
    ],
    [
      412e4, 414e4, 211980, 183880, 124260, 105510, 88820, 75690, 62570, 49440,
      37670, 32420, 27170,
    ],
    [
      414e4, 416e4, 214650, 186530, 126710, 107960, 90530, 77400, 64280, 51150,
      38360, 33110, 27860,
    ],
    [
      416e4, 418e4, 217320, 189190, 129150, 110400, 92240, 79110, 65990, 52860,
      39740, 33790, 28540,
    ],
    [
      418e4, 42e5, 219990, 191840, 131600, 112850, 94100, 80830, 67700, 54580,
      41450, 34480, 29230,
    ],
    [
      42e5, 422e4, 222660, 194500, 134040, 115290, 96540, 82540, 69410, 56290,
      43160, 35160, 29910,
    ],
    [
      422e4, 424e4, 225330, 197150, 136490, 117740, 98990, 84250, 71120, 58e3,
      44870, 35850, 30600,
    ],
    [
      424e4, 426e4, 228e3, 199810, 138930, 120180, 101430, 85960, 72830, 59710,
      46580, 36530, 31280,
    ],
    [
      426e4, 428e4, 230670, 202460, 141380, 122630, 103880, 87670, 74550, 61420,
      48300, 37220, 31970,
    ],
    [
      428e4, 43e5, 233340, 205120, 143820, 125070, 106320, 89380, 76260, 63130,
      50010, 37900, 32650,
    ],
    [
      43e5, 432e4, 236010, 207770, 146270, 127520, 108770, 91090, 77970, 64840,
      51720, 38590, 33330,
    ],
    [
      432e4, 434e4, 238680, 210430, 148710, 129960, 111210, 92810, 79680, 66560,
      53430, 40310, 34020,
    ],
    [
      434e4, 436e4, 241350, 213080, 151160, 132410, 113660, 94910, 81390, 68270,
      55140, 42020, 34700,
    ],
    [
      436e4, 438e4, 244020, 215740, 153600, 134850, 116100, 97350, 83100, 69980,
      56850, 43730, 35390,
    ],
    [
      438e4, 44e5, 246690, 218390, 156050, 137300, 118550, 99800, 84820, 71690,
      58570, 45440, 36070,
    ],
    [
      44e5, 442e4, 249360, 221050, 158490, 139740, 120990, 102240, 86530, 73400,
      60280, 47150, 36760,
    ],
    [
      442e4, 444e4, 252030, 223700, 160940, 142190, 123440, 104690, 88240,
      75110, 61990, 48860, 37440,
    ],
    [
      444e4, 446e4, 254700, 226360, 163380, 144630, 125880, 107130, 89950,
      76820, 63700, 50570, 38130,
    ],
    [
      446e4, 448e4, 257370, 229010, 165830, 147080, 128330, 109580, 91660,
      78540, 65410, 52290, 39160,
    ],
    [
      448e4, 45e5, 260040, 231670, 168270, 149520, 130770, 112020, 93370, 80250,
      67120, 54e3, 40870,
    ],
    [
      45e5, 452e4, 262840, 234460, 170850, 152100, 133350, 114600, 95850, 82050,
      68930, 55800, 42680,
    ],
    [
      452e4, 454e4, 265650, 237250, 173430, 154680, 135930, 117180, 98430,
      83860, 70730, 57610, 44480,
    ],
    [
      454e4, 456e4, 268450, 240040, 176010, 157260, 138510, 119760, 101010,
      85670, 72540, 59420, 46290,
    ],
    [
      456e4, 458e4, 271260, 242830, 178590, 159840, 141090, 122340, 103590,
      87470, 74350, 61220, 48100,
    ],
    [
      458e4, 46e5, 276560, 248120, 183670, 164920, 146170, 127420, 108670,
      89920, 76150, 63030, 49900,
    ],
    [
      46e5, 462e4, 279370, 250910, 186250, 167500, 148750, 13e4, 111250, 92500,
      77960, 64830, 51710,
    ],
    [
      462e4, 464e4, 282170, 253700, 188830, 170080, 151330, 132580, 113830,
      95080, 79760, 66640, 53510,
    ],
    [
      464e4, 466e4, 284980, 256490, 191410, 172660, 153910, 135160, 116410,
      97660, 81570, 68450, 55320,
    ],
    [
      466e4, 468e4, 287780, 259280, 193990, 175240, 156490, 137740, 118990,
      100240, 83380, 70250, 57130,
    ],
    [
      468e4, 47e5, 290590, 262070, 196570, 177820, 159070, 140320, 121570,
      102820, 85180, 72060, 58930,
    ],
    [
      47e5, 472e4, 293390, 264860, 199150, 180400, 161650, 142900, 124150,
      105400, 86990, 73860, 60740,
    ],
    [
      472e4, 474e4, 296200, 267650, 201730, 182980, 164230, 145480, 126730,
      107980, 89230, 75670, 62540,
    ],
    [
      474e4, 476e4, 299e3, 270440, 204310, 185560, 166810, 148060, 129310,
      110560, 91810, 77480, 64350,
    ],
    [
      476e4, 478e4, 301810, 273230, 206890, 188140, 169390, 150640, 131890,
      113140, 94390, 79280, 66160,
    ],
    [
      478e4, 48e5, 304610, 276020, 209470, 190720, 171970, 153220, 134470,
      115720, 96970, 81090, 67960,
    ],
    [
      48e5, 482e4, 307420, 278810, 212050, 193300, 174550, 155800, 137050,
      118300, 99550, 82890, 69770,
    ],
    [
      482e4, 484e4, 310220, 281600, 214630, 195880, 177130, 158380, 139630,
      120880, 102130, 84700, 71570,
    ],
    [
      484e4, 486e4, 313030, 284390, 217210, 198460, 179710, 160960, 142210,
      123460, 104710, 86510, 73380,
    ],
    [
      486e4, 488e4, 315830, 287180, 219790, 201040, 182290, 163540, 144790,
      126040, 107290, 88540, 75190,
    ],
    [
      488e4, 49e5, 318640, 289970, 222370, 203620, 184870, 166120, 147370,
      128620, 109870, 91120, 76990,
    ],
    [
      49e5, 492e4, 321440, 292760, 224950, 206200, 187450, 168700, 149950,
      131200, 112450, 93700, 78800,
    ],
    [
      492e4, 494e4, 324250, 295550, 227530, 208780, 190030, 171280, 152530,
      133780, 115030, 96280, 80600,
    ],
    [
      494e4, 496e4, 327050, 298340, 230110, 211360, 192610, 173860, 155110,
      136360, 117610, 98860, 82410,
    ],
    [
      496e4, 498e4, 329860, 301130, 232690, 213940, 195190, 176440, 157690,
      138940, 120190, 101440, 84220,
    ],
    [
      498e4, 5e6, 332660, 303920, 235270, 216520, 197770, 179020, 160270,
      141520, 122770, 104020, 86020,
    ],
    [
      5e6, 502e4, 335470, 306710, 237850, 219100, 200350, 181600, 162850,
      144100, 125350, 106600, 87850,
    ],
    [
      502e4, 504e4, 338270, 309500, 240430, 221680, 202930, 184180, 165430,
      146680, 127930, 109180, 90430,
    ],
    [
      504e4, 506e4, 341080, 312290, 243010, 224260, 205510, 186760, 168010,
      149260, 130510, 111760, 93010,
    ],
    [
      506e4, 508e4, 343880, 315080, 245590, 226840, 208090, 189340, 170590,
      151840, 133090, 114340, 95590,
    ],
    [
      508e4, 51e5, 346690, 317870, 248170, 229420, 210670, 191920, 173170,
      154420, 135670, 116920, 98170,
    ],
    [
      51e5, 512e4, 349490, 320660, 250750, 232e3, 213250, 194500, 175750, 157e3,
      138250, 119500, 100750,
    ],
    [
      512e4, 514e4, 352300, 323450, 253330, 234580, 215830, 197080, 178330,
      159580, 140830, 122080, 103330,
    ],
    [
      514e4, 516e4, 355100, 326240, 255910, 237160, 218410, 199660, 180910,
      162160, 143410, 124660, 105910,
    ],
    [
      516e4, 518e4, 357910, 329030, 258490, 239740, 220990, 202240, 183490,
      164740, 145990, 127240, 108490,
    ],
    [
      518e4, 52e5, 360710, 331820, 261070, 242320, 223570, 204820, 186070,
      167320, 148570, 129820, 111070,
    ],
    [
      52e5, 522e4, 363520, 334610, 263650, 244900, 226150, 207400, 188650,
      169900, 151150, 132400, 113650,
    ],
    [
      522e4, 524e4, 366320, 337400, 266230, 247480, 228730, 209980, 191230,
      172480, 153730, 134980, 116230,
    ],
    [
      524e4, 526e4, 369130, 340190, 268810, 250060, 231310, 212560, 193810,
      175060, 156310, 137560, 118810,
    ],
    [
      526e4, 528e4, 371930, 342980, 271390, 252640, 233890, 215140, 196390,
      177640, 158890, 140140, 121390,
    ],
    [
      528e4, 53e5, 374740, 345770, 273970, 255220, 236470, 217720, 198970,
      180220, 161470, 142720, 123970,
    ],
    [
      53e5, 532e4, 377540, 348560, 276550, 257800, 239050, 220300, 201550,
      182800, 164050, 145300, 126550,
    ],
    [
      532e4, 534e4, 380350, 351350, 279130, 260380, 241630, 222880, 204130,
      185380, 166630, 147880, 129130,
    ],
    [
      534e4, 536e4, 383150, 354140, 281710, 262960, 244210, 225460, 206710,
      187960, 169210, 150460, 131710,
    ],
    [
      536e4, 538e4, 385960, 356930, 284290, 265540, 246790, 228040, 209290,
      190540, 171790, 153040, 134290,
    ],
    [
      538e4, 54e5, 388760, 359720, 286870, 268120, 249370, 230620, 211870,
      193120, 174370, 155620, 136870,
    ],
    [
      54e5, 542e4, 391570, 362510, 289450, 270700, 251950, 233200, 214450,
      195700, 176950, 158200, 139450,
    ],
    [
      542e4, 544e4, 394370, 365300, 292030, 273280, 254530, 235780, 217030,
      198280, 179530, 160780, 142030,
    ],
    [
      544e4, 546e4, 397180, 368090, 294610, 275860, 257110, 238360, 219610,
      200860, 182110, 163360, 144610,
    ],
    [
      546e4, 548e4, 399980, 370880, 297190, 278440, 259690, 240940, 222190,
      203440, 184690, 165940, 147190,
    ],
    [
      548e4, 55e5, 402790, 373670, 299770, 281020, 262270, 243520, 224770,
      206020, 187270, 168520, 149770,
    ],
    [
      55e5, 552e4, 405590, 376460, 302350, 283600, 264850, 246100, 227350,
      208600, 189850, 171100, 152350,
    ],
    [
      552e4, 554e4, 408400, 379250, 304930, 286180, 267430, 248680, 229930,
      211180, 192430, 173680, 154930,
    ],
    [
      554e4, 556e4, 411200, 382040, 307510, 288760, 270010, 251260, 232510,
      213760, 195010, 176260, 157510,
    ],
    [
      556e4, 558e4, 414010, 384830, 310090, 291340, 272590, 253840, 235090,
      216340, 197590, 178840, 160090,
    ],
    [
      558e4, 56e5, 416810, 387620, 312670, 293920, 275170, 256420, 237670,
      218920, 200170, 181420, 162670,
    ],
    [
      56e5, 562e4, 419620, 390410, 315250, 296500, 277750, 259e3, 240250,
      221500, 202750, 184e3, 165250,
    ],
    [
      562e4, 564e4, 422420, 393200, 317830, 299080, 280330, 261580, 242830,
      224080, 205330, 186580, 167830,
    ],
    [
      564e4, 566e4, 425230, 395990, 320410, 301660, 282910, 264160, 245410,
      226660, 207910, 189160, 170410,
    ],
    [
      566e4, 568e4, 428030, 398780, 322990, 304240, 285490, 266740, 247990,
      229240, 210490, 191740, 172990,
    ],
    [
      568e4, 57e5, 430840, 401570, 325570, 306820, 288070, 269320, 250570,
      231820, 213070, 194320, 175570,
    ],
    [
      57e5, 572e4, 433640, 404360, 328150, 309400, 290650, 271900, 253150,
      234400, 215650, 196900, 178150,
    ],
    [
      572e4, 574e4, 436450, 407150, 330730, 311980, 293230, 274480, 255730,
      236980, 218230, 199480, 180730,
    ],
    [
      574e4, 576e4, 439250, 409940, 333310, 314560, 295810, 277060, 258310,
      239560, 220810, 202060, 183310,
    ],
    [
      576e4, 578e4, 442060, 412730, 335890, 317140, 298390, 279640, 260890,
      242140, 223390, 204640, 185890,
    ],
    [
      578e4, 58e5, 444860, 415520, 338470, 319720, 300970, 282220, 263470,
      244720, 225970, 207220, 188470,
    ],
    [
      58e5, 582e4, 447670, 418310, 341050, 322300, 303550, 284800, 266050,
      247300, 228550, 209800, 191050,
    ],
    [
      582e4, 584e4, 450470, 421100, 343630, 324880, 306130, 287380, 268630,
      249880, 231130, 212380, 193630,
    ],
    [
      584e4, 586e4, 470380, 441e3, 372100, 353350, 334600, 315850, 297100,
      278350, 259600, 240850, 222100,
    ],
    [
      586e4, 588e4, 475720, 446320, 377240, 358490, 339740, 320990, 302240,
      283490, 264740, 245990, 227240,
    ],
    [
      588e4, 59e5, 478690, 449140, 379880, 361130, 342380, 323630, 304880,
      286130, 267380, 248630, 229880,
    ],
    [
      59e5, 592e4, 483220, 451960, 382520, 363770, 345020, 326270, 307520,
      288770, 270020, 251270, 232520,
    ],
    [
      592e4, 594e4, 487760, 454780, 385160, 366410, 347660, 328910, 310160,
      291410, 272660, 253910, 235160,
    ],
    [
      594e4, 596e4, 492300, 457600, 387800, 369050, 350300, 331550, 312800,
      294050, 275300, 256550, 237800,
    ],
    [
      596e4, 598e4, 496830, 460420, 390440, 371690, 352940, 334190, 315440,
      296690, 277940, 259190, 240440,
    ],
    [
      598e4, 6e6, 501370, 463240, 393080, 374330, 355580, 336830, 318080,
      299330, 280580, 261830, 243080,
    ],
    [
      6e6, 602e4, 505900, 466060, 395720, 376970, 358220, 339470, 320720,
      301970, 283220, 264470, 245720,
    ],
    [
      602e4, 604e4, 510440, 468880, 398360, 379610, 360860, 342110, 323360,
      304610, 285860, 267110, 248360,
    ],
    [
      604e4, 606e4, 514980, 471700, 401e3, 382250, 363500, 344750, 326e3,
      307250, 288500, 269750, 251e3,
    ],
    [
      606e4, 608e4, 519510, 474520, 403640, 384890, 366140, 347390, 328640,
      309890, 291140, 272390, 253640,
    ],
    [
      608e4, 61e5, 524050, 477340, 406280, 387530, 368780, 350030, 331280,
      312530, 293780, 275030, 256280,
    ],
    [
      61e5, 612e4, 528580, 481250, 408920, 390170, 371420, 352670, 333920,
      315170, 296420, 277670, 258920,
    ],
    [
      612e4, 614e4, 533120, 485760, 411560, 392810, 374060, 355310, 336560,
      317810, 299060, 280310, 261560,
    ],
    [
      614e4, 616e4, 537660, 490280, 414200, 395450, 376700, 357950, 339200,
      320450, 301700, 282950, 264200,
    ],
    [
      616e4, 618e4, 542190, 494790, 416840, 398090, 379340, 360590, 341840,
      323090, 304340, 285590, 266840,
    ],
    [
      618e4, 62e5, 546730, 499300, 419480, 400730, 381980, 363230, 344480,
      325730, 306980, 288230, 269480,
    ],
    [
      62e5, 622e4, 551260, 503810, 422120, 403370, 384620, 365870, 347120,
      328370, 309620, 290870, 272120,
    ],
    [
      622e4, 624e4, 555800, 508320, 424760, 406010, 387260, 368510, 349760,
      331010, 312260, 293510, 274760,
    ],
    [
      624e4, 626e4, 560340, 512840, 427400, 408650, 389900, 371150, 352400,
      333650, 314900, 296150, 277400,
    ],
    [
      626e4, 628e4, 564870, 517350, 430040, 411290, 392540, 373790, 355040,
      336290, 317540, 298790, 280040,
    ],
    [
      628e4, 63e5, 569410, 521860, 432680, 413930, 395180, 376430, 357680,
      338930, 320180, 301430, 282680,
    ],
    [
      63e5, 632e4, 573940, 526370, 435320, 416570, 397820, 379070, 360320,
      341570, 322820, 304070, 285320,
    ],
    [
      632e4, 634e4, 578480, 530880, 437960, 419210, 400460, 381710, 362960,
      344210, 325460, 306710, 287960,
    ],
    [
      634e4, 636e4, 583020, 535400, 440600, 421850, 403100, 384350, 365600,
      346850, 328100, 309350, 290600,
    ],
    [
      636e4, 638e4, 587550, 539910, 443240, 424490, 405740, 386990, 368240,
      349490, 330740, 311990, 293240,
    ],
    [
      638e4, 64e5, 592090, 544420, 445880, 427130, 408380, 389630, 370880,
      352130, 333380, 314630, 295880,
    ],
    [
      64e5, 642e4, 596620, 548930, 448520, 429770, 411020, 392270, 373520,
      354770, 336020, 317270, 298520,
    ],
    [
      642e4, 644e4, 601160, 553440, 451160, 432410, 413660, 394910, 376160,
      357410, 338660, 319910, 301160,
    ],
    [
      644e4, 646e4, 605700, 557960, 453800, 435050, 416300, 397550, 378800,
      360050, 341300, 322550, 303800,
    ],
    [
      646e4, 648e4, 610230, 562470, 456440, 437690, 418940, 400190, 381440,
      362690, 343940, 325190, 306440,
    ],
    [
      648e4, 65e5, 614770, 566980, 459080, 440330, 421580, 402830, 384080,
      365330, 346580, 327830, 309080,
    ],
    [
      65e5, 652e4, 619300, 571490, 461720, 442970, 424220, 405470, 386720,
      367970, 349220, 330470, 311720,
    ],
    [
      652e4, 654e4, 623840, 576e3, 464360, 445610, 426860, 408110, 389360,
      370610, 351860, 333110, 314360,
    ],
    [
      654e4, 656e4, 628380, 580520, 467e3, 448250, 429500, 410750, 392e3,
      373250, 354500, 335750, 317e3,
    ],
    [
      656e4, 658e4, 632910, 585030, 469640, 450890, 432140, 413390, 394640,
      375890, 357140, 338390, 319640,
    ],
    [
      658e4, 66e5, 637450, 589540, 472280, 453530, 434780, 416030, 397280,
      378530, 359780, 341030, 322280,
    ],
    [
      66e5, 662e4, 641980, 594050, 474920, 456170, 437420, 418670, 399920,
      381170, 362420, 343670, 324920,
    ],
    [
      662e4, 664e4, 646520, 598560, 477560, 458810, 440060, 421310, 402560,
      383810, 365060, 346310, 327560,
    ],
    [
      664e4, 666e4, 651060, 603080, 481320, 461450, 442700, 423950, 405200,
      386450, 367700, 348950, 330200,
    ],
    [
      666e4, 668e4, 655590, 607590, 485540, 464090, 445340, 426590, 407840,
      389090, 370340, 351590, 332840,
    ],
    [
      668e4, 67e5, 660130, 612100, 489760, 466730, 447980, 429230, 410480,
      391730, 372980, 354230, 335480,
    ],
    [
      67e5, 672e4, 664660, 616610, 493990, 469370, 450620, 431870, 413120,
      394370, 375620, 356870, 338120,
    ],
    [
      672e4, 674e4, 669200, 621120, 498210, 472010, 453260, 434510, 415760,
      397010, 378260, 359510, 340760,
    ],
    [
      674e4, 676e4, 673740, 625640, 502440, 474650, 455900, 437150, 418400,
      399650, 380900, 362150, 343400,
    ],
    [
      676e4, 678e4, 678270, 630150, 506660, 477290, 458540, 439790, 421040,
      402290, 383540, 364790, 346040,
    ],
    [
      678e4, 68e5, 682810, 634660, 510880, 480880, 461180, 442430, 423680,
      404930, 386180, 367430, 348680,
    ],
    [
      68e5, 682e4, 687340, 639170, 515110, 485110, 463820, 445070, 426320,
      407570, 388820, 370070, 351320,
    ],
    [
      682e4, 684e4, 691880, 643680, 519330, 489330, 466460, 447710, 428960,
      410210, 391460, 372710, 353960,
    ],
    [
      684e4, 686e4, 696420, 648200, 523560, 493560, 469100, 450350, 431600,
      412850, 394100, 375350, 356600,
    ],
    [
      686e4, 688e4, 700950, 652710, 527780, 497780, 471740, 452990, 434240,
      415490, 396740, 377990, 359240,
    ],
    [
      688e4, 69e5, 705490, 657220, 532e3, 502e3, 474380, 455630, 436880, 418130,
      399380, 380630, 361880,
    ],
    [
      69e5, 692e4, 710020, 661730, 536230, 506230, 477020, 458270, 439520,
      420770, 402020, 383270, 364520,
    ],
    [
      692e4, 694e4, 714560, 666240, 540450, 510450, 480450, 460910, 442160,
      423410, 404660, 385910, 367160,
    ],
    [
      694e4, 696e4, 719100, 670760, 544680, 514680, 484680, 463550, 444800,
      426050, 407300, 388550, 369800,
    ],
    [
      696e4, 698e4, 723630, 675270, 548900, 518900, 488900, 466190, 447440,
      428690, 409940, 391190, 372440,
    ],
    [
      698e4, 7e6, 728170, 679780, 553120, 523120, 493120, 468830, 450080,
      431330, 412580, 393830, 375080,
    ],
    [
      7e6, 702e4, 732700, 684290, 557350, 527350, 497350, 471470, 452720,
      433970, 415220, 396470, 377720,
    ],
    [
      702e4, 704e4, 737240, 688800, 561570, 531570, 501570, 474110, 455360,
      436610, 417860, 399110, 380360,
    ],
    [
      704e4, 706e4, 741780, 693320, 565800, 535800, 505800, 476750, 458e3,
      439250, 420500, 401750, 383e3,
    ],
    [
      706e4, 708e4, 746310, 697830, 570020, 540020, 510020, 480020, 460640,
      441890, 423140, 404390, 385640,
    ],
    [
      708e4, 71e5, 750850, 702340, 574240, 544240, 514240, 484240, 463280,
      444530, 425780, 407030, 388280,
    ],
    [
      71e5, 712e4, 755380, 706850, 578470, 548470, 518470, 488470, 465920,
      447170, 428420, 409670, 390920,
    ],
    [
      712e4, 714e4, 759920, 711360, 582690, 552690, 522690, 492690, 468560,
      449810, 431060, 412310, 393560,
    ],
    [
      714e4, 716e4, 764460, 715880, 586920, 556920, 526920, 496920, 471200,
      452450, 433700, 414950, 396200,
    ],
    [
      716e4, 718e4, 768990, 720390, 591140, 561140, 531140, 501140, 473840,
      455090, 436340, 417590, 398840,
    ],
    [
      718e4, 72e5, 773530, 724900, 595360, 565360, 535360, 505360, 476480,
      457730, 438980, 420230, 401480,
    ],
    [
      72e5, 722e4, 778060, 729410, 599590, 569590, 539590, 509590, 479590,
      460370, 441620, 422870, 404120,
    ],
    [
      722e4, 724e4, 782600, 733920, 603810, 573810, 543810, 513810, 483810,
      463010, 444260, 425510, 406760,
    ],
    [
      724e4, 726e4, 787140, 738440, 608040, 578040, 548040, 518040, 488040,
      465650, 446900, 428150, 409400,
    ],
    [
      726e4, 728e4, 791670, 742950, 612260, 582260, 552260, 522260, 492260,
      468290, 449540, 430790, 412040,
    ],
    [
      728e4, 73e5, 796210, 747460, 616480, 586480, 556480, 526480, 496480,
      470930, 452180, 433430, 414680,
    ],
    [
      73e5, 732e4, 800740, 751970, 620710, 590710, 560710, 530710, 500710,
      473570, 454820, 436070, 417320,
    ],
    [
      732e4, 734e4, 805280, 756480, 624930, 594930, 564930, 534930, 504930,
      476210, 457460, 438710, 419960,
    ],
    [
      734e4, 736e4, 809820, 761e3, 629160, 599160, 569160, 539160, 509160,
      479160, 460100, 441350, 422600,
    ],
    [
      736e4, 738e4, 814350, 765510, 633380, 603380, 573380, 543380, 513380,
      483380, 462740, 443990, 425240,
    ],
    [
      738e4, 74e5, 818890, 770020, 637600, 607600, 577600, 547600, 517600,
      487600, 465380, 446630, 427880,
    ],
    [
      74e5, 742e4, 823420, 774530, 641830, 611830, 581830, 551830, 521830,
      491830, 468020, 449270, 430520,
    ],
    [
      742e4, 744e4, 827960, 779040, 646050, 616050, 586050, 556050, 526050,
      496050, 470660, 451910, 433160,
    ],
    [
      744e4, 746e4, 832500, 783560, 650280, 620280, 590280, 560280, 530280,
      500280, 473300, 454550, 435800,
    ],
    [
      746e4, 748e4, 837030, 788070, 654500, 624500, 594500, 564500, 534500,
      504500, 475940, 457190, 438440,
    ],
    [
      748e4, 75e5, 841570, 792580, 658720, 628720, 598720, 568720, 538720,
      508720, 478720, 459830, 441080,
    ],
    [
      75e5, 752e4, 846100, 797090, 662950, 632950, 602950, 572950, 542950,
      512950, 482950, 462470, 443720,
    ],
    [
      752e4, 754e4, 850640, 801600, 667170, 637170, 607170, 577170, 547170,
      517170, 487170, 465110, 446360,
    ],
    [
      754e4, 756e4, 855180, 806120, 671400, 641400, 611400, 581400, 551400,
      521400, 491400, 467750, 449e3,
    ],
    [
      756e4, 758e4, 859710, 810630, 675620, 645620, 615620, 585620, 555620,
      525620, 495620, 470390, 451640,
    ],
    [
      758e4, 76e5, 864250, 815140, 679840, 649840, 619840, 589840, 559840,
      529840, 499840, 473030, 454280,
    ],
    [
      76e5, 762e4, 868780, 819650, 684070, 654070, 624070, 594070, 564070,
      534070, 504070, 475670, 456920,
    ],
    [
      762e4, 764e4, 873320, 824160, 688290, 658290, 628290, 598290, 568290,
      538290, 508290, 478310, 459560,
    ],
    [
      764e4, 766e4, 877860, 828680, 692520, 662520, 632520, 602520, 572520,
      542520, 512520, 482520, 462200,
    ],
    [
      766e4, 768e4, 882390, 833190, 696740, 666740, 636740, 606740, 576740,
      546740, 516740, 486740, 464840,
    ],
    [
      768e4, 77e5, 886930, 837700, 700960, 670960, 640960, 610960, 580960,
      550960, 520960, 490960, 467480,
    ],
    [
      77e5, 772e4, 891460, 842210, 705190, 675190, 645190, 615190, 585190,
      555190, 525190, 495190, 470120,
    ],
    [
      772e4, 774e4, 896e3, 846720, 709410, 679410, 649410, 619410, 589410,
      559410, 529410, 499410, 472760,
    ],
    [
      774e4, 776e4, 900540, 851240, 713640, 683640, 653640, 623640, 593640,
      563640, 533640, 503640, 475400,
    ],
    [
      776e4, 778e4, 905070, 855750, 717860, 687860, 657860, 627860, 597860,
      567860, 537860, 507860, 478040,
    ],
    [
      778e4, 78e5, 909610, 860260, 722080, 692080, 662080, 632080, 602080,
      572080, 542080, 512080, 482080,
    ],
    [
      78e5, 782e4, 914140, 864770, 726310, 696310, 666310, 636310, 606310,
      576310, 546310, 516310, 486310,
    ],
    [
      782e4, 784e4, 918680, 869280, 730530, 700530, 670530, 640530, 610530,
      580530, 550530, 520530, 490530,
    ],
    [
      784e4, 786e4, 923220, 873800, 734760, 704760, 674760, 644760, 614760,
      584760, 554760, 524760, 494760,
    ],
    [
      786e4, 788e4, 927750, 878310, 738980, 708980, 678980, 648980, 618980,
      588980, 558980, 528980, 498980,
    ],
    [
      788e4, 79e5, 932290, 882820, 743200, 713200, 683200, 653200, 623200,
      593200, 563200, 533200, 503200,
    ],
    [
      79e5, 792e4, 936820, 887330, 747430, 717430, 687430, 657430, 627430,
      597430, 567430, 537430, 507430,
    ],
    [
      792e4, 794e4, 941360, 891840, 751650, 721650, 691650, 661650, 631650,
      601650, 571650, 541650, 511650,
    ],
    [
      794e4, 796e4, 945900, 896360, 755880, 725880, 695880, 665880, 635880,
      605880, 575880, 545880, 515880,
    ],
    [
      796e4, 798e4, 950430, 900870, 760100, 730100, 700100, 670100, 640100,
      610100, 580100, 550100, 520100,
    ],
    [
      798e4, 8e6, 954970, 905380, 764320, 734320, 704320, 674320, 644320,
      614320, 584320, 554320, 524320,
    ],
    [
      8e6, 802e4, 959500, 909890, 768550, 738550, 708550, 678550, 648550,
      618550, 588550, 558550, 528550,
    ],
    [
      802e4, 804e4, 964040, 914400, 772770, 742770, 712770, 682770, 652770,
      622770, 592770, 562770, 532770,
    ],
    [
      804e4, 806e4, 968580, 918920, 777e3, 747e3, 717e3, 687e3, 657e3, 627e3,
      597e3, 567e3, 537e3,
    ],
    [
      806e4, 808e4, 973110, 923430, 781220, 751220, 721220, 691220, 661220,
      631220, 601220, 571220, 541220,
    ],
    [
      808e4, 81e5, 977650, 927940, 785440, 755440, 725440, 695440, 665440,
      635440, 605440, 575440, 545440,
    ],
    [
      81e5, 812e4, 982180, 932450, 789670, 759670, 729670, 699670, 669670,
      639670, 609670, 579670, 549670,
    ],
    [
      812e4, 814e4, 986720, 936960, 793890, 763890, 733890, 703890, 673890,
      643890, 613890, 583890, 553890,
    ],
    [
      814e4, 816e4, 991260, 941480, 798120, 768120, 738120, 708120, 678120,
      648120, 618120, 588120, 558120,
    ],
    [
      816e4, 818e4, 995790, 945990, 802340, 772340, 742340, 712340, 682340,
      652340, 622340, 592340, 562340,
    ],
    [
      818e4, 82e5, 1000330, 950500, 806560, 776560, 746560, 716560, 686560,
      656560, 626560, 596560, 566560,
    ],
    [
      82e5, 822e4, 1004860, 955010, 810790, 780790, 750790, 720790, 690790,
      660790, 630790, 600790, 570790,
    ],
    [
      822e4, 824e4, 1009400, 959520, 815010, 785010, 755010, 725010, 695010,
      665010, 635010, 605010, 575010,
    ],
    [
      824e4, 826e4, 1013940, 964040, 819240, 789240, 759240, 729240, 699240,
      669240, 639240, 609240, 579240,
    ],
    [
      826e4, 828e4, 1018470, 968550, 823460, 793460, 763460, 733460, 703460,
      673460, 643460, 613460, 583460,
    ],
    [
      828e4, 83e5, 1023010, 973060, 827680, 797680, 767680, 737680, 707680,
      677680, 647680, 617680, 587680,
    ],
    [
      83e5, 832e4, 1027540, 977570, 831910, 801910, 771910, 741910, 711910,
      681910, 651910, 621910, 591910,
    ],
    [
      832e4, 834e4, 1032080, 982080, 836130, 806130, 776130, 746130, 716130,
      686130, 656130, 626130, 596130,
    ],
    [
      834e4, 836e4, 1036740, 986720, 840480, 810480, 780480, 750480, 720480,
      690480, 660480, 630480, 600480,
    ],
    [
      836e4, 838e4, 1041420, 991370, 844840, 814840, 784840, 754840, 724840,
      694840, 664840, 634840, 604840,
    ],
    [
      838e4, 84e5, 1046100, 996030, 849210, 819210, 789210, 759210, 729210,
      699210, 669210, 639210, 609210,
    ],
    [
      84e5, 842e4, 1050780, 1000680, 853580, 823580, 793580, 763580, 733580,
      703580, 673580, 643580, 613580,
    ],
    [
      842e4, 844e4, 1055460, 1005340, 857950, 827950, 797950, 767950, 737950,
      707950, 677950, 647950, 617950,
    ],
    [
      844e4, 846e4, 1060140, 101e4, 862320, 832320, 802320, 772320, 742320,
      712320, 682320, 652320, 622320,
    ],
    [
      846e4, 848e4, 1064820, 1014650, 866680, 836680, 806680, 776680, 746680,
      716680, 686680, 656680, 626680,
    ],
    [
      848e4, 85e5, 1069500, 1019310, 871050, 841050, 811050, 781050, 751050,
      721050, 691050, 661050, 631050,
    ],
    [
      85e5, 852e4, 1074180, 1023960, 875420, 845420, 815420, 785420, 755420,
      725420, 695420, 665420, 635420,
    ],
    [
      852e4, 854e4, 1078860, 1028620, 879790, 849790, 819790, 789790, 759790,
      729790, 699790, 669790, 639790,
    ],
    [
      854e4, 856e4, 1083540, 1033280, 884160, 854160, 824160, 794160, 764160,
      734160, 704160, 674160, 644160,
    ],
    [
      856e4, 858e4, 1088220, 1037930, 888520, 858520, 828520, 798520, 768520,
      738520, 708520, 678520, 648520,
    ],
    [
      858e4, 86e5, 1092900, 1042590, 892890, 862890, 832890, 802890, 772890,
      742890, 712890, 682890, 652890,
    ],
    [
      86e5, 862e4, 1097580, 1047240, 897260, 867260, 837260, 807260, 777260,
      747260, 717260, 687260, 657260,
    ],
    [
      862e4, 864e4, 1102260, 1051900, 901630, 871630, 841630, 811630, 781630,
      751630, 721630, 691630, 661630,
    ],
    [
      864e4, 866e4, 1106940, 1056560, 906e3, 876e3, 846e3, 816e3, 786e3, 756e3,
      726e3, 696e3, 666e3,
    ],
    [
      866e4, 868e4, 1111620, 1061210, 910360, 880360, 850360, 820360, 790360,
      760360, 730360, 700360, 670360,
    ],
    [
      868e4, 87e5, 1116300, 1065870, 914730, 884730, 854730, 824730, 794730,
      764730, 734730, 704730, 674730,
    ],
    [
      87e5, 872e4, 1120980, 1070520, 919100, 889100, 859100, 829100, 799100,
      769100, 739100, 709100, 679100,
    ],
    [
      872e4, 874e4, 1125660, 1075180, 923470, 893470, 863470, 833470, 803470,
      773470, 743470, 713470, 683470,
    ],
    [
      874e4, 876e4, 1130340, 1079840, 927840, 897840, 867840, 837840, 807840,
      777840, 747840, 717840, 687840,
    ],
    [
      876e4, 878e4, 1135020, 1084490, 932200, 902200, 872200, 842200, 812200,
      782200, 752200, 722200, 692200,
    ],
    [
      878e4, 88e5, 1139700, 1089150, 936570, 906570, 876570, 846570, 816570,
      786570, 756570, 726570, 696570,
    ],
    [
      88e5, 882e4, 1144380, 1093800, 940940, 910940, 880940, 850940, 820940,
      790940, 760940, 730940, 700940,
    ],
    [
      882e4, 884e4, 1149060, 1098460, 945310, 915310, 885310, 855310, 825310,
      795310, 765310, 735310, 705310,
    ],
    [
      884e4, 886e4, 1153740, 1103120, 949680, 919680, 889680, 859680, 829680,
      799680, 769680, 739680, 709680,
    ],
    [
      886e4, 888e4, 1158420, 1107770, 954040, 924040, 894040, 864040, 834040,
      804040, 774040, 744040, 714040,
    ],
    [
      888e4, 89e5, 1163100, 1112430, 958410, 928410, 898410, 868410, 838410,
      808410, 778410, 748410, 718410,
    ],
    [
      89e5, 892e4, 1167780, 1117080, 962780, 932780, 902780, 872780, 842780,
      812780, 782780, 752780, 722780,
    ],
    [
      892e4, 894e4, 1172460, 1121740, 967150, 937150, 907150, 877150, 847150,
      817150, 787150, 757150, 727150,
    ],
    [
      894e4, 896e4, 1177140, 1126400, 971520, 941520, 911520, 881520, 851520,
      821520, 791520, 761520, 731520,
    ],
    [
      896e4, 898e4, 1181820, 1131050, 975880, 945880, 915880, 885880, 855880,
      825880, 795880, 765880, 735880,
    ],
    [
      898e4, 9e6, 1186500, 1135710, 980250, 950250, 920250, 890250, 860250,
      830250, 800250, 770250, 740250,
    ],
    [
      9e6, 902e4, 1191180, 1140360, 984620, 954620, 924620, 894620, 864620,
      834620, 804620, 774620, 744620,
    ],
    [
      902e4, 904e4, 1195860, 1145020, 988990, 958990, 928990, 898990, 868990,
      838990, 808990, 778990, 748990,
    ],
    [
      904e4, 906e4, 1200540, 1149680, 993360, 963360, 933360, 903360, 873360,
      843360, 813360, 783360, 753360,
    ],
    [
      906e4, 908e4, 1205220, 1154330, 997720, 967720, 937720, 907720, 877720,
      847720, 817720, 787720, 757720,
    ],
    [
      908e4, 91e5, 1209900, 1158990, 1002090, 972090, 942090, 912090, 882090,
      852090, 822090, 792090, 762090,
    ],
    [
      91e5, 912e4, 1214580, 1163640, 1006460, 976460, 946460, 916460, 886460,
      856460, 826460, 796460, 766460,
    ],
    [
      912e4, 914e4, 1219260, 1168300, 1010830, 980830, 950830, 920830, 890830,
      860830, 830830, 800830, 770830,
    ],
    [
      914e4, 916e4, 1223940, 1172960, 1015200, 985200, 955200, 925200, 895200,
      865200, 835200, 805200, 775200,
    ],
    [
      916e4, 918e4, 1228620, 1177610, 1019560, 989560, 959560, 929560, 899560,
      869560, 839560, 809560, 779560,
    ],
    [
      918e4, 92e5, 1233300, 1182270, 1023930, 993930, 963930, 933930, 903930,
      873930, 843930, 813930, 783930,
    ],
    [
      92e5, 922e4, 1237980, 1186920, 1028300, 998300, 968300, 938300, 908300,
      878300, 848300, 818300, 788300,
    ],
    [
      922e4, 924e4, 1244640, 1191580, 1032670, 1002670, 972670, 942670, 912670,
      882670, 852670, 822670, 792670,
    ],
    [
      924e4, 926e4, 1251470, 1196240, 1037040, 1007040, 977040, 947040, 917040,
      887040, 857040, 827040, 797040,
    ],
    [
      926e4, 928e4, 1258290, 1200890, 1041400, 1011400, 981400, 951400, 921400,
      891400, 861400, 831400, 801400,
    ],
    [
      928e4, 93e5, 1265120, 1205550, 1045770, 1015770, 985770, 955770, 925770,
      895770, 865770, 835770, 805770,
    ],
    [
      93e5, 932e4, 1271940, 1210200, 1050140, 1020140, 990140, 960140, 930140,
      900140, 870140, 840140, 810140,
    ],
    [
      932e4, 934e4, 1278770, 1214860, 1054510, 1024510, 994510, 964510, 934510,
      904510, 874510, 844510, 814510,
    ],
    [
      934e4, 936e4, 1285590, 1219520, 1058880, 1028880, 998880, 968880, 938880,
      908880, 878880, 848880, 818880,
    ],
    [
      936e4, 938e4, 1292420, 1224170, 1063240, 1033240, 1003240, 973240, 943240,
      913240, 883240, 853240, 823240,
    ],
    [
      938e4, 94e5, 1299240, 1228830, 1067610, 1037610, 1007610, 977610, 947610,
      917610, 887610, 857610, 827610,
    ],
    [
      94e5, 942e4, 1306070, 1233480, 1071980, 1041980, 1011980, 981980, 951980,
      921980, 891980, 861980, 831980,
    ],
    [
      942e4, 944e4, 1312890, 1238140, 1076350, 1046350, 1016350, 986350, 956350,
      926350, 896350, 866350, 836350,
    ],
    [
      944e4, 946e4, 1319720, 1244840, 1080720, 1050720, 1020720, 990720, 960720,
      930720, 900720, 870720, 840720,
    ],
    [
      946e4, 948e4, 1326540, 1251630, 1085080, 1055080, 1025080, 995080, 965080,
      935080, 905080, 875080, 845080,
    ],
    [
      948e4, 95e5, 1333370, 1258420, 1089450, 1059450, 1029450, 999450, 969450,
      939450, 909450, 879450, 849450,
    ],
    [
      95e5, 952e4, 1340190, 1265210, 1093820, 1063820, 1033820, 1003820, 973820,
      943820, 913820, 883820, 853820,
    ],
    [
      952e4, 954e4, 1347020, 1272e3, 1098190, 1068190, 1038190, 1008190, 978190,
      948190, 918190, 888190, 858190,
    ],
    [
      954e4, 956e4, 1353840, 1278790, 1102560, 1072560, 1042560, 1012560,
      982560, 952560, 922560, 892560, 862560,
    ],
    [
      956e4, 958e4, 1360670, 1285580, 1106920, 1076920, 1046920, 1016920,
      986920, 956920, 926920, 896920, 866920,
    ],
    [
      958e4, 96e5, 1367490, 1292370, 1111290, 1081290, 1051290, 1021290, 991290,
      961290, 931290, 901290, 871290,
    ],
    [
      96e5, 962e4, 1374320, 1299160, 1115660, 1085660, 1055660, 1025660, 995660,
      965660, 935660, 905660, 875660,
    ],
    [
      962e4, 964e4, 1381140, 1305950, 1120030, 1090030, 1060030, 1030030,
      1000030, 970030, 940030, 910030, 880030,
    ],
    [
      964e4, 966e4, 1387970, 1312740, 1124400, 1094400, 1064400, 1034400,
      1004400, 974400, 944400, 914400, 884400,
    ],
    [
      966e4, 968e4, 1394790, 1319530, 1128760, 1098760, 1068760, 1038760,
      1008760, 978760, 948760, 918760, 888760,
    ],
    [
      968e4, 97e5, 1401620, 1326320, 1133130, 1103130, 1073130, 1043130,
      1013130, 983130, 953130, 923130, 893130,
    ],
    [
      97e5, 972e4, 1408440, 1333110, 1137500, 1107500, 1077500, 1047500,
      1017500, 987500, 957500, 927500, 897500,
    ],
    [
      972e4, 974e4, 1415270, 1339900, 1141870, 1111870, 1081870, 1051870,
      1021870, 991870, 961870, 931870, 901870,
    ],
    [
      974e4, 976e4, 1422090, 1346690, 1146240, 1116240, 1086240, 1056240,
      1026240, 996240, 966240, 936240, 906240,
    ],
    [
      976e4, 978e4, 1428920, 1353480, 1150600, 1120600, 1090600, 1060600,
      1030600, 1000600, 970600, 940600, 910600,
    ],
    [
      978e4, 98e5, 1435740, 1360270, 1154970, 1124970, 1094970, 1064970,
      1034970, 1004970, 974970, 944970, 914970,
    ],
    [
      98e5, 982e4, 1442570, 1367060, 1159340, 1129340, 1099340, 1069340,
      1039340, 1009340, 979340, 949340, 919340,
    ],
    [
      982e4, 984e4, 1449390, 1373850, 1163710, 1133710, 1103710, 1073710,
      1043710, 1013710, 983710, 953710, 923710,
    ],
    [
      984e4, 986e4, 1456220, 1380640, 1168080, 1138080, 1108080, 1078080,
      1048080, 1018080, 988080, 958080, 928080,
    ],
    [
      986e4, 988e4, 1463040, 1387430, 1172440, 1142440, 1112440, 1082440,
      1052440, 1022440, 992440, 962440, 932440,
    ],
    [
      988e4, 99e5, 1469870, 1394220, 1176810, 1146810, 1116810, 1086810,
      1056810, 1026810, 996810, 966810, 936810,
    ],
    [
      99e5, 992e4, 1476690, 1401010, 1181180, 1151180, 1121180, 1091180,
      1061180, 1031180, 1001180, 971180, 941180,
    ],
    [
      992e4, 994e4, 1483520, 1407800, 1185550, 1155550, 1125550, 1095550,
      1065550, 1035550, 1005550, 975550, 945550,
    ],
    [
      994e4, 996e4, 1490340, 1414590, 1189920, 1159920, 1129920, 1099920,
      1069920, 1039920, 1009920, 979920, 949920,
    ],
    [
      996e4, 998e4, 1497170, 1421380, 1194280, 1164280, 1134280, 1104280,
      1074280, 1044280, 1014280, 984280, 954280,
    ],
    [
      998e4, 1e7, 1503990, 1428170, 1198650, 1168650, 1138650, 1108650, 1078650,
      1048650, 1018650, 988650, 958650,
    ],
    [
      1e7, 10000001, 1507400, 1431570, 1200840, 1170840, 1140840, 1110840,
      1080840, 1050840, 1020840, 990840, 960840,
    ],
  ],
};
var ws = [
  {
    effectiveFrom: Kt.effectiveFrom,
    rows: Kt.rows,
    bands: [
      { over: 1e7, upper: 14e6, add: 25e3, perTenThousand: 3430 },
      { over: 14e6, upper: 28e6, add: 1397e3, perTenThousand: 3724 },
      { over: 28e6, upper: 3e7, add: 6610600, perTenThousand: 3920 },
      { over: 3e7, upper: 45e6, add: 7394600, perTenThousand: 4e3 },
      { over: 45e6, upper: 87e6, add: 13394600, perTenThousand: 4200 },
      { over: 87e6, upper: 1 / 0, add: 31034600, perTenThousand: 4500 },
    ],
    childReduction: { one: 20830, two: 45830, eachFurther: 33330 },
  },
];
function ks(e) {
  let t = [...ws].reverse().find((n) => n.effectiveFrom <= e);
  if (!t)
    throw new h(
      "validation",
      "no_rate_table",
      `${e} \uC9C0\uAE09\uBD84\uC5D0 \uC801\uC6A9\uD560 \uADFC\uB85C\uC18C\uB4DD \uAC04\uC774\uC138\uC561\uD45C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. (${ws[0].effectiveFrom}\uBD80\uD130 \uC9C0\uC6D0)`,
      {
        fields: [
          {
            field: "payDate",
            message:
              "\uC9C0\uC6D0\uD558\uC9C0 \uC54A\uB294 \uC9C0\uAE09\uC77C\uC785\uB2C8\uB2E4.",
          },
        ],
      },
    );
  return t;
}
function Gt(e, t, n) {
  let r = Math.floor(t / 1e3) * 1e3,
    s = e.rows[0],
    i = e.rows[e.rows.length - 1];
  if (r < s[0]) return 0;
  if (r <= i[0]) {
    let a = 0,
      u = e.rows.length - 1;
    for (; a < u;) {
      let c = (a + u + 1) >> 1;
      e.rows[c][0] <= r ? (a = c) : (u = c - 1);
    }
    return e.rows[a][1 + n];
  }
  let o = e.bands.find((a) => r > a.over && r <= a.upper);
  return i[1 + n] + o.add + Math.floor(((r - o.over) * o.perTenThousand) / 1e4);
}
function uu(e, t, n) {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError("family must be an integer \u2265 1");
  let r = ks(e);
  if (n <= 11) return Gt(r, t, n);
  let s = Gt(r, t, 10),
    i = Gt(r, t, 11);
  return Math.max(0, i - (s - i) * (n - 11));
}
function cu(e, t) {
  let { one: n, two: r, eachFurther: s } = ks(e).childReduction;
  return t <= 0 ? 0 : t === 1 ? n : r + s * (t - 2);
}
var K0 = (e) => Math.floor(e / 10) * 10;
function Es(e) {
  let t = uu(e.payDate, e.taxableWage, e.family),
    n = cu(e.payDate, e.children),
    r = Math.max(0, t - n),
    s = K0(Math.floor((r * e.rate) / 100)),
    i = K0(Math.floor(s / 10));
  return { tableAmount: t, childReduction: n, incomeTax: s, localIncomeTax: i };
}
function Is(e) {
  let t = K0(Math.floor((Math.max(0, e - 15e4) * 6 * 45) / 1e4));
  return t < 1e3
    ? { incomeTax: 0, localIncomeTax: 0 }
    : { incomeTax: t, localIncomeTax: K0(Math.floor(t / 10)) };
}
var lu = [
    { from: "2025-01-01", hourly: 10030 },
    { from: "2026-01-01", hourly: 10320 },
    { from: "2027-01-01", hourly: 10700 },
  ],
  As = 209;
function _s(e) {
  let t = [...lu].reverse().find((n) => n.from <= e);
  if (!t)
    throw new h(
      "validation",
      "no_rate_table",
      `${e}\uC5D0 \uC801\uC6A9\uD560 \uCD5C\uC800\uC784\uAE08\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.`,
    );
  return t.hourly;
}
function Xt(e) {
  return e < 15 ? 0 : Math.min(Math.floor((e / 5) * 60) / 60, 8);
}
function Ss(e, t) {
  let n = Xt(t);
  return Math.floor((n * e * 365) / 7 / 12);
}
function Rs(e, t) {
  return Math.floor((t * e * 365) / 7 / 12);
}
var Ts = [{ from: "2024-01-01", meal: 2e5, car: 2e5, childcare: 2e5 }],
  R = (e) => `${e.toLocaleString("ko-KR")}\uC6D0`,
  ze = (e) => `${Number.isInteger(e) ? e : e.toFixed(1)}\uC2DC\uAC04`;
function Ps(e, t, n, r) {
  let s = [],
    i = [],
    o = (w, I, U, B) => {
      U > 0 && s.push({ code: w, label: I, amount: Math.floor(U), basis: B });
    },
    a = _s(n),
    u = 0;
  if (e.payType === "monthly")
    ((u = Math.floor(e.baseMonthly / As)),
      o(
        "base",
        "\uAE30\uBCF8\uAE09",
        e.baseMonthly,
        "\uC6D4 \uAE30\uBCF8\uAE09",
      ),
      u < a &&
        i.push(
          `\uD1B5\uC0C1\uC2DC\uAE09 ${R(u)}\uC774 \uCD5C\uC800\uC784\uAE08 \uC2DC\uAE09 ${R(a)}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4.`,
        ));
  else if (e.payType === "hourly") {
    ((u = e.hourlyWage),
      t.workedHours !== void 0
        ? o(
            "base",
            "\uAE30\uBCF8\uAE09",
            t.workedHours * e.hourlyWage,
            `${ze(t.workedHours)} \xD7 ${R(e.hourlyWage)}`,
          )
        : o(
            "base",
            "\uAE30\uBCF8\uAE09",
            Rs(e.hourlyWage, e.weeklyHours),
            `\uC8FC ${ze(e.weeklyHours)} \xD7 ${R(e.hourlyWage)} \xD7 365/7/12\uC8FC`,
          ));
    let w = Xt(e.weeklyHours);
    (o(
      "weeklyHoliday",
      "\uC8FC\uD734\uC218\uB2F9",
      Ss(e.hourlyWage, e.weeklyHours),
      `\uC8FC ${ze(w)} \xD7 ${R(e.hourlyWage)} \xD7 365/7/12\uC8FC`,
    ),
      e.hourlyWage < a &&
        i.push(
          `\uC2DC\uAE09 ${R(e.hourlyWage)}\uC774 \uCD5C\uC800\uC784\uAE08 ${R(a)}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4.`,
        ));
  } else
    (o(
      "base",
      "\uC77C\uAE09",
      e.dailyWage * t.workDays,
      `${t.workDays}\uC77C \xD7 ${R(e.dailyWage)}`,
    ),
      e.dailyWage < a * 8 &&
        i.push(
          `\uC77C\uAE09 ${R(e.dailyWage)}\uC774 \uCD5C\uC800\uC784\uAE08 8\uC2DC\uAC04\uBD84 ${R(a * 8)}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4.`,
        ));
  let c = r ? 1.5 : 1;
  (o(
    "overtime",
    "\uC5F0\uC7A5\uADFC\uB85C\uC218\uB2F9",
    t.overtimeHours * u * c,
    `${ze(t.overtimeHours)} \xD7 ${R(u)} \xD7 ${c}`,
  ),
    r &&
      o(
        "night",
        "\uC57C\uAC04\uADFC\uB85C\uC218\uB2F9",
        t.nightHours * u * 0.5,
        `${ze(t.nightHours)} \xD7 ${R(u)} \xD7 0.5 (\uAC00\uC0B0\uBD84)`,
      ),
    o(
      "holiday",
      "\uD734\uC77C\uADFC\uB85C\uC218\uB2F9",
      t.holidayHours * u * c,
      `${ze(t.holidayHours)} \xD7 ${R(u)} \xD7 ${c}`,
    ),
    o("bonus", "\uC0C1\uC5EC\uAE08", t.bonus, "\uC9C0\uAE09\uC561"));
  let l = [...Ts].reverse().find((w) => w.from <= n) ?? Ts[0],
    p = 0;
  for (let [w, I, U] of [
    ["meal", "\uC2DD\uB300", l.meal],
    ["car", "\uC790\uAC00\uC6B4\uC804\uBCF4\uC870\uAE08", l.car],
    ["childcare", "\uBCF4\uC721\uC218\uB2F9", l.childcare],
  ]) {
    let B = e.nonTaxable[w];
    if (B <= 0) continue;
    let h0 = Math.min(B, U);
    ((p += h0),
      o(
        w,
        I,
        B,
        B > U
          ? `\uC6D4 ${R(B)} \uC911 ${R(U)} \uBE44\uACFC\uC138`
          : `\uBE44\uACFC\uC138 (\uC6D4 ${R(U)} \uD55C\uB3C4)`,
      ));
  }
  let m = s.reduce((w, I) => w + I.amount, 0),
    v = m - p,
    x = xs({ payDate: n, base: v, enrolled: e.insurance });
  (x.pensionFloorCapApplied === "cap" &&
    i.push(
      `\uAD6D\uBBFC\uC5F0\uAE08 \uAE30\uC900\uC18C\uB4DD\uC6D4\uC561 \uC0C1\uD55C(${R(x.pensionBase)})\uC744 \uC801\uC6A9\uD588\uC2B5\uB2C8\uB2E4.`,
    ),
    x.pensionFloorCapApplied === "floor" &&
      i.push(
        `\uAD6D\uBBFC\uC5F0\uAE08 \uAE30\uC900\uC18C\uB4DD\uC6D4\uC561 \uD558\uD55C(${R(x.pensionBase)})\uC744 \uC801\uC6A9\uD588\uC2B5\uB2C8\uB2E4.`,
      ));
  let j = [],
    b = (w, I, U, B) => {
      U > 0 && j.push({ code: w, label: I, amount: U, basis: B });
    };
  if (
    (b(
      "pension",
      "\uAD6D\uBBFC\uC5F0\uAE08",
      x.employee.pension,
      `\uAE30\uC900\uC18C\uB4DD\uC6D4\uC561 ${R(x.pensionBase)} \xD7 \uADFC\uB85C\uC790 \uBD80\uB2F4\uB960, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC`,
    ),
    b(
      "health",
      "\uAC74\uAC15\uBCF4\uD5D8",
      x.employee.health,
      `\uBCF4\uC218\uC6D4\uC561 ${R(v)} \xD7 \uADFC\uB85C\uC790 \uBD80\uB2F4\uB960, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC`,
    ),
    b(
      "longTermCare",
      "\uC7A5\uAE30\uC694\uC591\uBCF4\uD5D8",
      x.employee.longTermCare,
      `\uAC74\uAC15\uBCF4\uD5D8\uB8CC ${R(x.employee.health)} \uAE30\uC900, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC`,
    ),
    b(
      "employment",
      "\uACE0\uC6A9\uBCF4\uD5D8",
      x.employee.employment,
      `\uBCF4\uC218\uC6D4\uC561 ${R(v)} \xD7 0.9%`,
    ),
    e.payType === "daily")
  ) {
    let w = Is(e.dailyWage);
    (b(
      "incomeTax",
      "\uC18C\uB4DD\uC138",
      w.incomeTax * t.workDays,
      `(\uC77C\uAE09 \u2212 150,000\uC6D0) \xD7 6% \xD7 45% = \uC77C ${R(w.incomeTax)} \xD7 ${t.workDays}\uC77C`,
    ),
      b(
        "localIncomeTax",
        "\uC9C0\uBC29\uC18C\uB4DD\uC138",
        w.localIncomeTax * t.workDays,
        `\uC77C ${R(w.localIncomeTax)} \xD7 ${t.workDays}\uC77C`,
      ));
  } else {
    let w = Es({
        payDate: n,
        taxableWage: v,
        family: e.family,
        children: e.children,
        rate: e.withholdingRate,
      }),
      I = w.childReduction
        ? `, \uC790\uB140 ${e.children}\uBA85 \uACF5\uC81C ${R(w.childReduction)}`
        : "";
    (b(
      "incomeTax",
      "\uC18C\uB4DD\uC138",
      w.incomeTax,
      `\uAC04\uC774\uC138\uC561\uD45C (\uC6D4 ${R(v)}, \uACF5\uC81C\uB300\uC0C1\uAC00\uC871 ${e.family}\uBA85${I}) \xD7 ${e.withholdingRate}%`,
    ),
      b(
        "localIncomeTax",
        "\uC9C0\uBC29\uC18C\uB4DD\uC138",
        w.localIncomeTax,
        "\uC18C\uB4DD\uC138 \xD7 10%, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC",
      ));
  }
  e.hasRrn ||
    i.push(
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC6D0\uCC9C\uC138 \uC2E0\uACE0 \uC804\uC5D0 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    );
  let L = j.reduce((w, I) => w + I.amount, 0);
  L > m &&
    i.push(
      "\uACF5\uC81C\uC561 \uD569\uACC4\uAC00 \uC9C0\uAE09\uC561\uBCF4\uB2E4 \uB9CE\uC2B5\uB2C8\uB2E4. 4\uB300\uBCF4\uD5D8 \uAC00\uC785 \uC5EC\uBD80\uB97C \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    );
  let P = [
    {
      code: "pension",
      label: "\uAD6D\uBBFC\uC5F0\uAE08 (\uC0AC\uC5C5\uC8FC)",
      amount: x.employer.pension,
      basis: "\uADFC\uB85C\uC790\uC640 \uAC19\uC740 \uAE08\uC561",
    },
    {
      code: "health",
      label: "\uAC74\uAC15\uBCF4\uD5D8 (\uC0AC\uC5C5\uC8FC)",
      amount: x.employer.health,
      basis: "\uADFC\uB85C\uC790\uC640 \uAC19\uC740 \uAE08\uC561",
    },
    {
      code: "longTermCare",
      label: "\uC7A5\uAE30\uC694\uC591\uBCF4\uD5D8 (\uC0AC\uC5C5\uC8FC)",
      amount: x.employer.longTermCare,
      basis: "\uADFC\uB85C\uC790\uC640 \uAC19\uC740 \uAE08\uC561",
    },
    {
      code: "employment",
      label: "\uACE0\uC6A9\uBCF4\uD5D8 (\uC0AC\uC5C5\uC8FC)",
      amount: x.employer.employment,
      basis: "\uC2E4\uC5C5\uAE09\uC5EC 0.9%",
    },
    {
      code: "employmentStability",
      label:
        "\uACE0\uC6A9\uC548\uC815\xB7\uC9C1\uB2A5\uAC1C\uBC1C (\uC0AC\uC5C5\uC8FC)",
      amount: x.employer.employmentStability,
      basis: "150\uC778 \uBBF8\uB9CC 0.25%",
    },
  ].filter((w) => w.amount > 0);
  return {
    employeeId: e.id,
    name: e.name,
    payType: e.payType,
    earnings: s,
    gross: m,
    nonTaxable: p,
    taxable: v,
    deductions: j,
    totalDeductions: L,
    net: m - L,
    employer: P,
    employerCost: m + P.reduce((w, I) => w + I.amount, 0),
    warnings: i,
  };
}
var pu = ["monthly", "hourly", "daily"],
  d0 = {
    monthly: "\uC6D4\uAE09\uC81C",
    hourly: "\uC2DC\uAE09\uC81C",
    daily: "\uC77C\uC6A9\uC9C1",
  },
  De = (e, t = 1e8) =>
    A(
      q(`${e}\uC740(\uB294) \uC22B\uC790\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      O0(
        `${e}\uC740(\uB294) \uC6D0 \uB2E8\uC704 \uC815\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      a0(
        0,
        `${e}\uC740(\uB294) 0 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      o0(t, `${e}\uC774(\uAC00) \uB108\uBB34 \uD07D\uB2C8\uB2E4.`),
    ),
  Yt = (e, t, n) =>
    A(
      q(`${e}\uC740(\uB294) \uC22B\uC790\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      O0(`${e}\uC740(\uB294) \uC815\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      a0(
        t,
        `${e}\uC740(\uB294) ${t} \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      o0(
        n,
        `${e}\uC740(\uB294) ${n} \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
      ),
    ),
  m0 = (e, t) =>
    A(
      q(`${e}\uC740(\uB294) \uC22B\uC790\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      a0(
        0,
        `${e}\uC740(\uB294) 0 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      o0(t, `${e}\uC774(\uAC00) \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4.`),
      N(
        (n) => Number.isInteger(n * 2),
        `${e}\uC740(\uB294) 30\uBD84(0.5\uC2DC\uAC04) \uB2E8\uC704\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  Zt = (e) =>
    A(
      f(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      X(
        /^\d{4}-\d{2}-\d{2}$/,
        `${e}\uC740(\uB294) YYYY-MM-DD \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      N(
        (t) =>
          !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) &&
          new Date(`${t}T00:00:00Z`).toISOString().startsWith(t),
        `${e}\uC774(\uAC00) \uC62C\uBC14\uB978 \uB0A0\uC9DC\uAC00 \uC544\uB2D9\uB2C8\uB2E4.`,
      ),
    ),
  fu = A(
    f(
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    te(),
    N(
      (e) => f0(e) !== null,
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uB294 13\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4. (\uC608: 900101-1234567)",
    ),
    N(
      fs,
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uC758 \uC0DD\uB144\uC6D4\uC77C\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    Ee((e) => f0(e)),
  ),
  mu = A(
    f("\uAE09\uC5EC \uACC4\uC88C\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    te(),
    V(
      60,
      "\uAE09\uC5EC \uACC4\uC88C\uB294 60\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    X(
      /^[가-힣A-Za-z ]{2,20}\s*[\d-]{6,30}$|^$/,
      "\uAE09\uC5EC \uACC4\uC88C\uB294 '\uC740\uD589\uBA85 \uACC4\uC88C\uBC88\uD638' \uD615\uC2DD\uC73C\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694. (\uC608: \uAD6D\uBBFC 123456-01-123456)",
    ),
  ),
  Jt = A(
    g({
      name: A(
        f("\uC774\uB984\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
        te(),
        ke("\uC774\uB984\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
        V(
          50,
          "\uC774\uB984\uC740 50\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
        ),
      ),
      rrn: k(
        $e(
          [W(""), fu],
          "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        ),
        "",
      ),
      hireDate: Zt("\uC785\uC0AC\uC77C"),
      leaveDate: k(
        $e(
          [W(""), Zt("\uD1F4\uC0AC\uC77C")],
          "\uD1F4\uC0AC\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        ),
        "",
      ),
      payType: he(
        pu,
        "\uACE0\uC6A9\uD615\uD0DC\uB97C \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      baseMonthly: k(De("\uAE30\uBCF8\uAE09"), 0),
      hourlyWage: k(De("\uC2DC\uAE09", 1e6), 0),
      weeklyHours: k(m0("\uC8FC \uC18C\uC815\uADFC\uB85C\uC2DC\uAC04", 52), 40),
      dailyWage: k(De("\uC77C\uAE09", 1e7), 0),
      nonTaxable: k(
        g({
          meal: k(De("\uC2DD\uB300"), 0),
          car: k(De("\uC790\uAC00\uC6B4\uC804\uBCF4\uC870\uAE08"), 0),
          childcare: k(De("\uBCF4\uC721\uC218\uB2F9"), 0),
        }),
        { meal: 0, car: 0, childcare: 0 },
      ),
      family: k(Yt("\uACF5\uC81C\uB300\uC0C1\uAC00\uC871 \uC218", 1, 30), 1),
      children: k(Yt("8~20\uC138 \uC790\uB140 \uC218", 0, 20), 0),
      withholdingRate: k(
        he(
          [80, 100, 120],
          "\uC6D0\uCC9C\uC9D5\uC218 \uBE44\uC728\uC740 80, 100, 120% \uC911\uC5D0\uC11C \uACE0\uB985\uB2C8\uB2E4.",
        ),
        100,
      ),
      insurance: k(g({ pension: ue(), health: ue(), employment: ue() }), {
        pension: !0,
        health: !0,
        employment: !0,
      }),
      bankAccount: k(mu, ""),
      email: k(
        $e(
          [W(""), Oe],
          "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        ),
        "",
      ),
    }),
    ye(
      N(
        (e) => e.payType !== "monthly" || e.baseMonthly > 0,
        "\uC6D4\uAE09\uC81C\uB294 \uAE30\uBCF8\uAE09\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ["baseMonthly"],
    ),
    ye(
      N(
        (e) => e.payType !== "hourly" || e.hourlyWage > 0,
        "\uC2DC\uAE09\uC81C\uB294 \uC2DC\uAE09\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ["hourlyWage"],
    ),
    ye(
      N(
        (e) => e.payType !== "daily" || e.dailyWage > 0,
        "\uC77C\uC6A9\uC9C1\uC740 \uC77C\uAE09\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ["dailyWage"],
    ),
    ye(
      N(
        (e) => !e.leaveDate || e.leaveDate >= e.hireDate,
        "\uD1F4\uC0AC\uC77C\uC740 \uC785\uC0AC\uC77C \uC774\uD6C4\uC5EC\uC57C \uD569\uB2C8\uB2E4.",
      ),
      ["leaveDate"],
    ),
    ye(
      N(
        (e) => e.children < e.family,
        "\uC790\uB140 \uC218\uB294 \uACF5\uC81C\uB300\uC0C1\uAC00\uC871 \uC218(\uBCF8\uC778 \uD3EC\uD568)\uBCF4\uB2E4 \uC801\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
      ["children"],
    ),
  ),
  du = g({
    employeeId: A(
      f("\uC9C1\uC6D0\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694."),
      X(
        /^emp_[0-9a-z]{26}$/,
        "\uC9C1\uC6D0 ID \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      ),
    ),
    overtimeHours: k(m0("\uC5F0\uC7A5\uADFC\uB85C\uC2DC\uAC04", 200), 0),
    nightHours: k(m0("\uC57C\uAC04\uADFC\uB85C\uC2DC\uAC04", 200), 0),
    holidayHours: k(m0("\uD734\uC77C\uADFC\uB85C\uC2DC\uAC04", 200), 0),
    workedHours: k(m0("\uADFC\uB85C\uC2DC\uAC04", 400)),
    workDays: k(Yt("\uADFC\uBB34\uC77C\uC218", 0, 31), 0),
    bonus: k(De("\uC0C1\uC5EC\uAE08"), 0),
  }),
  Qt = g({
    month: A(
      f("\uADC0\uC18D\uC6D4\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
      X(
        /^\d{4}-(0[1-9]|1[0-2])$/,
        "\uADC0\uC18D\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
    ),
    payDate: Zt("\uC9C0\uAE09\uC77C"),
    fiveOrMore: k(ue(), !1),
    lines: A(
      Y(
        du,
        "\uC9C1\uC6D0\uBCC4 \uC785\uB825\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      ),
      St(
        1,
        "\uAE09\uC5EC\uB97C \uACC4\uC0B0\uD560 \uC9C1\uC6D0\uC744 \uD55C \uBA85 \uC774\uC0C1 \uACE8\uB77C \uC8FC\uC138\uC694.",
      ),
      V(
        80,
        "\uD55C \uBC88\uC5D0 80\uBA85\uAE4C\uC9C0 \uACC4\uC0B0\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ),
    ),
  });
var le = (e) =>
    e.replace(
      /[&<>"']/g,
      (t) =>
        ({
          "&": "&amp;",
          "<": "&lt;",
          ">": "&gt;",
          '"': "&quot;",
          "'": "&#39;",
        })[t],
    ),
  pe = (e) => `${e.toLocaleString("ko-KR")}\uC6D0`,
  yu = (e) => `${e.slice(0, 4)}\uB144 ${Number(e.slice(5, 7))}\uC6D4\uBD84`;
async function Cs(e, t) {
  let n = `${yu(t.month)} \uC784\uAE08\uBA85\uC138\uC11C${t.correction ? " (\uC815\uC815)" : ""}`,
    r = (l) =>
      l
        .map(
          (p) =>
            `<tr><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4">${le(p.label)}</td><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4;text-align:right;white-space:nowrap">${pe(p.amount)}</td><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4;color:#78716c;font-size:13px">${le(p.basis)}</td></tr>`,
        )
        .join(""),
    s = (l, p, m, v) =>
      `<h2 style="font-size:16px;margin:20px 0 6px">${l}</h2><table style="width:100%;border-collapse:collapse;font-size:14px"><thead><tr><th style="text-align:left;padding:6px 8px">\uD56D\uBAA9</th><th style="text-align:right;padding:6px 8px">\uAE08\uC561</th><th style="text-align:left;padding:6px 8px">\uACC4\uC0B0\uBC29\uBC95</th></tr></thead><tbody>${r(p)}<tr><th style="text-align:left;padding:6px 8px">${m}</th><th style="text-align:right;padding:6px 8px">${pe(v)}</th><td></td></tr></tbody></table>`,
    i = t.line,
    o = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${le(n)}</title></head><body style="font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917;padding:16px">
<h1 style="font-size:20px">${le(n)}</h1>
<p style="font-size:14px;line-height:1.6">\uC0AC\uC5C5\uC7A5: ${le(t.businessName)}${t.bizNo ? ` (${le(t.bizNo)})` : ""}<br>\uC131\uBA85: ${le(t.employee.name)}${t.employee.birthDate ? ` \xB7 \uC0DD\uB144\uC6D4\uC77C ${le(t.employee.birthDate)}` : ""} \xB7 ${le(t.employee.payType)}<br>\uC9C0\uAE09\uC77C: ${le(t.payDate)}</p>
${s("\uC9C0\uAE09 \uB0B4\uC5ED", i.earnings, "\uC9C0\uAE09 \uCD1D\uC561", i.gross)}
<p style="font-size:13px;color:#78716c">\uADF8\uC911 \uBE44\uACFC\uC138 ${pe(i.nonTaxable)}</p>
${s("\uACF5\uC81C \uB0B4\uC5ED", i.deductions, "\uACF5\uC81C \uCD1D\uC561", i.totalDeductions)}
<p style="font-size:18px;font-weight:bold;margin-top:20px">\uC2E4\uC9C0\uAE09\uC561 ${pe(i.net)}</p>
<p style="font-size:12px;color:#a8a29e">\uADFC\uB85C\uAE30\uC900\uBC95 \uC81C48\uC870 \uC81C2\uD56D\uC5D0 \uB530\uB978 \uC784\uAE08\uBA85\uC138\uC11C\uC785\uB2C8\uB2E4. \uACE8\uBAA9\uC5D0\uC11C \uBCF4\uB0C8\uC2B5\uB2C8\uB2E4.</p></body></html>`,
    a = [
      n,
      `\uC0AC\uC5C5\uC7A5: ${t.businessName} ${t.bizNo}`.trim(),
      `\uC131\uBA85: ${t.employee.name} (${t.employee.payType}) \xB7 \uC9C0\uAE09\uC77C ${t.payDate}`,
      "",
      "[\uC9C0\uAE09 \uB0B4\uC5ED]",
      ...i.earnings.map((l) => `${l.label}: ${pe(l.amount)} \u2014 ${l.basis}`),
      `\uC9C0\uAE09 \uCD1D\uC561: ${pe(i.gross)} (\uBE44\uACFC\uC138 ${pe(i.nonTaxable)})`,
      "",
      "[\uACF5\uC81C \uB0B4\uC5ED]",
      ...i.deductions.map(
        (l) => `${l.label}: ${pe(l.amount)} \u2014 ${l.basis}`,
      ),
      `\uACF5\uC81C \uCD1D\uC561: ${pe(i.totalDeductions)}`,
      "",
      `\uC2E4\uC9C0\uAE09\uC561: ${pe(i.net)}`,
    ].join(`
`),
    { renderPayslip: u } = await import("./payslip-pdf-HQGPXWAE.mjs"),
    c = await u(en(t));
  return {
    to: [e],
    kind: "payslip",
    subject: `[${t.businessName}] ${n}`,
    html: o,
    text: a,
    attachments: [
      {
        filename: tn(t),
        contentType: "application/pdf",
        base64: Buffer.from(c).toString("base64"),
      },
    ],
  };
}
function en(e) {
  let t = e.line;
  return {
    businessName: e.businessName,
    bizNo: e.bizNo,
    month: e.month,
    payDate: e.payDate,
    correction: e.correction,
    employee: e.employee,
    earnings: t.earnings,
    deductions: t.deductions,
    nonTaxable: t.nonTaxable,
    gross: t.gross,
    totalDeductions: t.totalDeductions,
    net: t.net,
  };
}
function tn(e) {
  return `\uC784\uAE08\uBA85\uC138\uC11C-${e.month}-${e.employee.name}${e.correction ? "-\uC815\uC815" : ""}.pdf`;
}
var nn = (e, t) => `${H()}|${t}|${e}`;
function vu(e) {
  if (!e) return "";
  let t = /^(.*?)([\d-]+)$/.exec(e.trim());
  if (!t) return "****";
  let n = t[2];
  return `${t[1].trim()} ${n.slice(0, 3)}****${n.slice(-2)}`.trim();
}
function rn(e) {
  let { pk: t, sk: n, rrnSealed: r, bankSealed: s, ...i } = e;
  return i;
}
async function $s(e, t) {
  return {
    rrnSealed: t.rrn ? await Wt(t.rrn, nn("rrn", e)) : "",
    rrnMasked: t.rrn ? ms(t.rrn) : "",
    birthDate: t.rrn ? (Vt(t.rrn) ?? "") : "",
    bankSealed: t.bankAccount ? await Wt(t.bankAccount, nn("bank", e)) : "",
    bankMasked: vu(t.bankAccount),
  };
}
async function bu(e) {
  D("payroll.write");
  let t = ie("emp"),
    n = new Date(_()).toISOString(),
    { rrn: r, bankAccount: s, ...i } = e,
    o = {
      ...d.employee(t),
      ...i,
      ...(await $s(t, e)),
      id: t,
      createdAt: n,
      updatedAt: n,
    };
  return (await G([F(o, "attribute_not_exists(pk)")]), rn(o));
}
async function y0(e) {
  let t = await O(d.employee(e), !0);
  if (!t)
    throw new h(
      "not_found",
      "employee_not_found",
      "\uC9C1\uC6D0\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    );
  return t;
}
async function xu(e, t) {
  D("payroll.write");
  let n = await y0(e),
    { rrn: r, bankAccount: s, ...i } = t,
    o = await $s(e, t),
    a = {
      ...n,
      ...i,
      ...(t.rrn
        ? {
            rrnSealed: o.rrnSealed,
            rrnMasked: o.rrnMasked,
            birthDate: o.birthDate,
          }
        : {}),
      ...(t.bankAccount
        ? { bankSealed: o.bankSealed, bankMasked: o.bankMasked }
        : {}),
      updatedAt: new Date(_()).toISOString(),
    };
  return (
    await G(
      [F(a, "updatedAt = :prev", { ":prev": n.updatedAt })],
      () =>
        new h(
          "conflict",
          "stale_write",
          "\uB2E4\uB978 \uACF3\uC5D0\uC11C \uBA3C\uC800 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C\uACE0\uCE68 \uD6C4 \uB2E4\uC2DC \uC800\uC7A5\uD574 \uC8FC\uC138\uC694.",
        ),
    ),
    rn(a)
  );
}
async function Ve(e) {
  let t = [],
    n;
  do {
    let r = await T().send(
      new gu({
        TableName: E(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
        ExpressionAttributeValues: y({ ":pk": e.pk, ":p": e.skPrefix }),
        ExclusiveStartKey: n,
      }),
    );
    for (let s of r.Items ?? []) t.push(re(s));
    n = r.LastEvaluatedKey;
  } while (n);
  return t;
}
async function wu() {
  return (D("payroll.read"), (await Ve(d.employeesPrefix())).map(rn));
}
async function ku(e) {
  D("payroll.write");
  let t = await y0(e);
  return t.rrnSealed ? await gs(t.rrnSealed, nn("rrn", e)) : "";
}
function Eu(e) {
  return {
    id: e.id,
    name: e.name,
    payType: e.payType,
    baseMonthly: e.baseMonthly,
    hourlyWage: e.hourlyWage,
    weeklyHours: e.weeklyHours,
    dailyWage: e.dailyWage,
    nonTaxable: e.nonTaxable,
    family: e.family,
    children: e.children,
    withholdingRate: e.withholdingRate,
    insurance: e.insurance,
    hasRrn: !!e.rrnSealed,
  };
}
async function Os(e) {
  D("payroll.read");
  let t = new Set();
  for (let o of e.lines) {
    if (t.has(o.employeeId))
      throw new h(
        "validation",
        "duplicate_employee",
        "\uAC19\uC740 \uC9C1\uC6D0\uC774 \uB450 \uBC88 \uB4E4\uC5B4 \uC788\uC2B5\uB2C8\uB2E4.",
      );
    t.add(o.employeeId);
  }
  let n = await Promise.all(e.lines.map((o) => y0(o.employeeId))),
    r = e.lines.map((o, a) => Ps(Eu(n[a]), o, e.payDate, e.fiveOrMore)),
    s = (o) => r.reduce((a, u) => a + o(u), 0),
    i = (o) => s((a) => a.deductions.find((u) => u.code === o)?.amount ?? 0);
  return {
    month: e.month,
    payDate: e.payDate,
    lines: r,
    totals: {
      gross: s((o) => o.gross),
      deductions: s((o) => o.totalDeductions),
      net: s((o) => o.net),
      employerCost: s((o) => o.employerCost),
      incomeTax: i("incomeTax"),
      localIncomeTax: i("localIncomeTax"),
    },
  };
}
async function Iu(e) {
  D("payroll.write");
  let t = await O(d.payrollLock(e.month), !0);
  if (t && !e.correction)
    throw new h(
      "conflict",
      "month_confirmed",
      `${e.month} \uAE09\uC5EC\uB294 \uC774\uBBF8 \uD655\uC815\uD588\uC2B5\uB2C8\uB2E4. \uBC14\uAFB8\uB824\uBA74 \uC815\uC815 \uAE09\uC5EC\uB97C \uB9CC\uB4E4\uC5B4 \uC8FC\uC138\uC694.`,
    );
  if (!t && e.correction)
    throw new h(
      "validation",
      "nothing_to_correct",
      `${e.month}\uC5D0\uB294 \uD655\uC815\uD55C \uAE09\uC5EC\uAC00 \uC5C6\uC5B4 \uC815\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.`,
    );
  let n = await Os(e),
    r = n.lines.find((i) => i.totalDeductions > i.gross);
  if (r)
    throw new h(
      "validation",
      "deductions_exceed_pay",
      `${r.name}: \uACF5\uC81C\uC561\uC774 \uC9C0\uAE09\uC561\uBCF4\uB2E4 \uB9CE\uC2B5\uB2C8\uB2E4. 4\uB300\uBCF4\uD5D8 \uAC00\uC785 \uC5EC\uBD80\uB97C \uD655\uC778\uD574 \uC8FC\uC138\uC694.`,
    );
  let s = {
    ...n,
    id: ie("run"),
    kind: e.correction ? "correction" : "regular",
    status: "draft",
    fiveOrMore: e.fiveOrMore,
    createdAt: new Date(_()).toISOString(),
  };
  return (
    await G([F({ ...d.payrollRun(s.id), ...s }, "attribute_not_exists(pk)")]),
    s
  );
}
async function sn(e) {
  let t = await O(d.payrollRun(e), !0);
  if (!t)
    throw new h(
      "not_found",
      "run_not_found",
      "\uAE09\uC5EC \uB300\uC7A5\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    );
  return t;
}
async function Au(e) {
  return (D("payroll.read"), sn(e));
}
async function _u(e) {
  return (
    D("payroll.read"),
    (await Ve(d.payrollRunsPrefix()))
      .filter((t) => !e || t.month === e)
      .map(({ lines: t, ...n }) => n)
      .reverse()
  );
}
async function Su(e) {
  D("payroll.write");
  let t = e0(),
    n = await sn(e),
    r = n.month;
  if (n.status === "confirmed") return n;
  let s = await O(d.tenant(), !0);
  await z.assertWithinQuota(s?.planId ?? "basic", { payslips: n.lines.length });
  let i = await Promise.all(n.lines.map((c) => y0(c.employeeId))),
    o = new Date(_()).toISOString(),
    a = [];
  for (let [c, l] of n.lines.entries()) {
    let p = i[c];
    p.email &&
      a.push(
        ee.enqueue(
          await Cs(p.email, {
            businessName: s?.businessName ?? "",
            bizNo: s?.bizNo ? Pt(s.bizNo) : "",
            month: n.month,
            payDate: n.payDate,
            correction: n.kind === "correction",
            employee: {
              name: p.name,
              birthDate: p.birthDate,
              payType: d0[p.payType],
            },
            line: l,
          }),
        ),
      );
  }
  let u = [
    {
      Update: {
        TableName: E(),
        Key: y(d.payrollRun(e)),
        UpdateExpression: "SET #s = :c, confirmedAt = :at, confirmedBy = :by",
        ConditionExpression: "#s = :d",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: y({
          ":c": "confirmed",
          ":d": "draft",
          ":at": o,
          ":by": t.userId,
        }),
      },
    },
    n.kind === "regular"
      ? F(
          { ...d.payrollLock(r), runId: e, confirmedAt: o },
          "attribute_not_exists(pk)",
        )
      : {
          Update: {
            TableName: E(),
            Key: y(d.payrollLock(r)),
            UpdateExpression:
              "SET correctedBy = list_append(if_not_exists(correctedBy, :empty), :run)",
            ConditionExpression: "attribute_exists(pk)",
            ExpressionAttributeValues: y({ ":empty": [], ":run": [e] }),
          },
        },
    z.billableUpdate("payslips", n.lines.length),
    ...a.map((c) => c.put),
  ];
  await G(u, (c) => {
    if (c === 0)
      return new h(
        "conflict",
        "run_not_draft",
        "\uC774\uBBF8 \uD655\uC815\uB41C \uAE09\uC5EC\uC785\uB2C8\uB2E4.",
      );
    if (c === 1)
      return new h(
        "conflict",
        "month_confirmed",
        `${r} \uAE09\uC5EC\uB294 \uC774\uBBF8 \uD655\uC815\uD588\uC2B5\uB2C8\uB2E4. \uC815\uC815 \uAE09\uC5EC\uB97C \uB9CC\uB4E4\uC5B4 \uC8FC\uC138\uC694.`,
      );
  });
  for (let c of a) await ee.notify(c.id);
  return { ...n, status: "confirmed", confirmedAt: o, confirmedBy: t.userId };
}
function Ru(e, t, n, r) {
  return {
    businessName: n?.businessName ?? "",
    bizNo: n?.bizNo ? Pt(n.bizNo) : "",
    month: e.month,
    payDate: e.payDate,
    correction: e.kind === "correction",
    employee: { name: r.name, birthDate: r.birthDate, payType: d0[r.payType] },
    line: t,
  };
}
async function Tu(e, t) {
  D("payroll.read");
  let n = await sn(e),
    r = n.lines.find((u) => u.employeeId === t);
  if (!r)
    throw new h(
      "not_found",
      "payslip_not_found",
      "\uC774 \uAE09\uC5EC \uB300\uC7A5\uC5D0 \uC5C6\uB294 \uC9C1\uC6D0\uC785\uB2C8\uB2E4.",
    );
  let [s, i] = await Promise.all([O(d.tenant()), y0(t)]),
    o = Ru(n, r, s, i),
    { renderPayslip: a } = await import("./payslip-pdf-HQGPXWAE.mjs");
  return { filename: tn(o), body: await a(en(o)) };
}
async function Pu(e) {
  let n = (await Ve(d.payrollRunsPrefix()))
    .filter((r) => r.month === e && r.status === "confirmed")
    .sort((r, s) => (r.confirmedAt ?? "").localeCompare(s.confirmedAt ?? ""))
    .pop();
  if (!n)
    throw new h(
      "not_found",
      "no_confirmed_run",
      `${e}\uC5D0 \uD655\uC815\uD55C \uAE09\uC5EC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.`,
    );
  return n;
}
async function Cu(e) {
  D("payroll.read");
  let t = (await Ve(d.payrollRunsPrefix())).filter(
      (a) => a.status === "confirmed" && a.month.startsWith(`${e}-`),
    ),
    n = new Map();
  for (let a of t.sort((u, c) =>
    (u.confirmedAt ?? "").localeCompare(c.confirmedAt ?? ""),
  ))
    n.set(a.month, a);
  let [r, s] = await Promise.all([O(d.tenant()), Ve(d.employeesPrefix())]),
    i = new Map(
      s.map((a) => [
        a.id,
        {
          id: a.id,
          name: a.name,
          birthDate: a.birthDate,
          hireDate: a.hireDate,
          payTypeLabel: d0[a.payType],
        },
      ]),
    ),
    { yearlyWorkbook: o } = await import("./register-I4WIIDDJ.mjs");
  return {
    filename: `\uC5F0\uAC04\uAE09\uC5EC-${e}.xlsx`,
    body: await o(e, [...n.values()], r?.businessName ?? "", i),
  };
}
async function $u(e) {
  D("payroll.read");
  let t = await Pu(e),
    [n, r] = await Promise.all([O(d.tenant()), Ve(d.employeesPrefix())]),
    s = new Map(
      r.map((o) => [
        o.id,
        {
          id: o.id,
          name: o.name,
          birthDate: o.birthDate,
          hireDate: o.hireDate,
          payTypeLabel: d0[o.payType],
        },
      ]),
    ),
    { registerWorkbook: i } = await import("./register-I4WIIDDJ.mjs");
  return {
    filename: `\uAE09\uC5EC\uB300\uC7A5-${e}.xlsx`,
    body: await i(t, n?.businessName ?? "", s),
  };
}
var Ds = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  Ns = (e, t) =>
    g({
      id: A(
        f(),
        X(
          new RegExp(`^${e}_[0-9a-z]{26}$`),
          `${t} ID \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.`,
        ),
      ),
    }),
  Ou = Ns("emp", "\uC9C1\uC6D0"),
  un = Ns("run", "\uAE09\uC5EC \uB300\uC7A5"),
  Du = g({
    month: k(
      A(
        f(),
        X(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  }),
  Nu = g({
    file: A(
      f(),
      X(
        /^\d{4}(-(0[1-9]|1[0-2]))?\.xlsx$/,
        "\uD30C\uC77C \uC774\uB984\uC740 YYYY-MM.xlsx(\uC6D4) \uB610\uB294 YYYY.xlsx(\uC5F0\uAC04) \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
    ),
  }),
  ju = g({
    id: un.entries.id,
    file: A(
      f(),
      X(
        /^emp_[0-9a-z]{26}\.pdf$/,
        "\uD30C\uC77C \uC774\uB984\uC740 <\uC9C1\uC6D0ID>.pdf \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
    ),
  }),
  Mu = g({
    ...Qt.entries,
    correction: k(
      ue(
        "\uC815\uC815 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
      !1,
    ),
  }),
  on = Ie({
    id: f(),
    name: f(),
    rrnMasked: f(),
    bankMasked: f(),
    payType: f(),
  }),
  js = Ie({
    employeeId: f(),
    gross: q(),
    totalDeductions: q(),
    net: q(),
    warnings: Y(f()),
  }),
  an = Ie({ id: f(), month: f(), status: f(), kind: f(), lines: Y(js) }),
  qu = Ie({ month: f(), lines: Y(js), totals: Ie({ gross: q(), net: q() }) }),
  Ms = _e("payroll")
    .get(
      "/api/payroll/employees",
      S(
        "payroll",
        "\uC9C1\uC6D0 \uBAA9\uB85D (\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\xB7\uACC4\uC88C\uB294 \uAC00\uB9B0 \uAC12\uB9CC)",
        g({ employees: Y(on) }),
      ),
      async (e) => e.json({ employees: await K.listEmployees() }),
    )
    .post(
      "/api/payroll/employees",
      S("payroll", "\uC9C1\uC6D0 \uB4F1\uB85D", on, 201),
      C("json", Jt),
      async (e) => e.json(await K.createEmployee(e.req.valid("json")), 201),
    )
    .patch(
      "/api/payroll/employees/:id",
      S(
        "payroll",
        "\uC9C1\uC6D0 \uC815\uBCF4 \uC218\uC815 (\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\xB7\uACC4\uC88C\uB97C \uBE44\uC6CC \uB450\uBA74 \uAE30\uC874 \uAC12 \uC720\uC9C0)",
        on,
      ),
      C("param", Ou),
      C("json", Jt),
      async (e) =>
        e.json(
          await K.updateEmployee(e.req.valid("param").id, e.req.valid("json")),
        ),
    )
    .post(
      "/api/payroll/preview",
      S(
        "payroll",
        "\uAE09\uC5EC \uBBF8\uB9AC \uACC4\uC0B0 (\uC800\uC7A5\uD558\uC9C0 \uC54A\uC74C)",
        qu,
      ),
      C("json", Qt),
      async (e) => e.json(await K.preview(e.req.valid("json"))),
    )
    .get(
      "/api/payroll/runs",
      S(
        "payroll",
        "\uAE09\uC5EC \uB300\uC7A5 \uBAA9\uB85D",
        g({ runs: Y(Ie({ id: f() })) }),
      ),
      C("query", Du),
      async (e) =>
        e.json({ runs: await K.listRuns(e.req.valid("query").month) }),
    )
    .post(
      "/api/payroll/runs",
      S(
        "payroll",
        "\uAE09\uC5EC \uB300\uC7A5 \uB9CC\uB4E4\uAE30 (\uCD08\uC548; \uD655\uC815\uD55C \uB2EC\uC740 \uC815\uC815\uB9CC)",
        an,
        201,
      ),
      C("json", Mu),
      async (e) => e.json(await K.createRun(e.req.valid("json")), 201),
    )
    .get(
      "/api/payroll/runs/:id",
      S("payroll", "\uAE09\uC5EC \uB300\uC7A5", an),
      C("param", un),
      async (e) => e.json(await K.getRun(e.req.valid("param").id)),
    )
    .post(
      "/api/payroll/runs/:id/confirm",
      S(
        "payroll",
        "\uAE09\uC5EC \uD655\uC815 (\uBA85\uC138\uC11C \uBA54\uC77C \uBC1C\uC1A1, \uC774\uD6C4 \uC218\uC815 \uBD88\uAC00)",
        an,
      ),
      C("param", un),
      async (e) => e.json(await K.confirmRun(e.req.valid("param").id)),
    )
    .get(
      "/api/payroll/runs/:id/payslips/:file",
      Ze({
        tags: ["payroll"],
        summary: "\uC784\uAE08\uBA85\uC138\uC11C PDF (<\uC9C1\uC6D0ID>.pdf)",
        responses: {
          200: {
            description: "PDF",
            content: {
              "application/pdf": {
                schema: { type: "string", format: "binary" },
              },
            },
          },
        },
      }),
      C("param", ju),
      async (e) => {
        let { id: t, file: n } = e.req.valid("param"),
          { filename: r, body: s } = await K.payslipPdf(
            t,
            n.replace(/\.pdf$/, ""),
          );
        return e.body(s, 200, {
          "content-type": "application/pdf",
          "content-disposition": `inline; filename="payslip.pdf"; filename*=UTF-8''${encodeURIComponent(r)}`,
        });
      },
    )
    .get(
      "/api/payroll/registers/:file",
      Ze({
        tags: ["payroll"],
        summary:
          "\uAE09\uC5EC\uB300\uC7A5\xB7\uC6D0\uCC9C\uC138 \uC694\uC57D (YYYY-MM.xlsx) \uB610\uB294 \uADFC\uB85C\uC790\uBCC4 \uC5F0\uAC04 \uD569\uACC4 (YYYY.xlsx) \uC5D1\uC140; \uC138\uBB34\uC0AC\uB3C4 \uB0B4\uB824\uBC1B\uAE30 \uAC00\uB2A5",
        responses: {
          200: {
            description: "xlsx",
            content: { [Ds]: { schema: { type: "string", format: "binary" } } },
          },
        },
      }),
      C("param", Nu),
      async (e) => {
        let t = e.req.valid("param").file.replace(/\.xlsx$/, ""),
          { filename: n, body: r } =
            t.length === 4 ? await K.yearlyRegister(t) : await K.register(t);
        return e.body(new Uint8Array(r), 200, {
          "content-type": Ds,
          "content-disposition": `attachment; filename="register-${t}.xlsx"; filename*=UTF-8''${encodeURIComponent(n)}`,
        });
      },
    );
var Lu = [us, ps, Ms],
  Uu = Lu.reduce((e, t) => e.route("/", t), new Re()),
  cn = "https://cdn.jsdelivr.net",
  qs = _e("docs")
    .get(
      "/api/openapi.json",
      Kn(Uu, {
        documentation: {
          info: {
            title: "\uACE8\uBAA9 Golmok API",
            version: "1",
            description:
              "\uACE8\uBAA9 API. \uCFE0\uD0A4 \uC138\uC158(golmok_session)\uC73C\uB85C \uC778\uC99D\uD558\uBA70, \uCFE0\uD0A4\uB85C \uC778\uC99D\uD55C \uC4F0\uAE30 \uC694\uCCAD\uC5D0\uB294 X-CSRF-Token \uD5E4\uB354\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4. \uC624\uB958\uB294 { code, message, fields?, requestId } \uD615\uC2DD\uC785\uB2C8\uB2E4.",
          },
          servers: [{ url: "/" }],
        },
      }),
    )
    .get(
      "/api/docs",
      async (e, t) => {
        (await t(),
          e.res.headers.set(
            "content-security-policy",
            `default-src 'none'; script-src ${cn} 'unsafe-inline'; style-src ${cn} 'unsafe-inline'; font-src ${cn} https://fonts.scalar.com; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'`,
          ));
      },
      gt({ url: "/api/openapi.json", pageTitle: "\uACE8\uBAA9 API" }),
    );
var Bu = Z0(qs),
  v2 = async (e, t) => {
    let n = await Bu(e, t);
    return (await z.flushIfDue(), n);
  };
export { v2 as handler };
