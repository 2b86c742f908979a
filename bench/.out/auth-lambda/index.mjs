import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { b as lt } from "./chunk-7HDDPWRO.mjs";
import "./chunk-6M77F5EE.mjs";
import { b as fn } from "./chunk-5ZQJQTJX.mjs";
import { a as qe } from "./chunk-B3EVV4EU.mjs";
var ft = (e) => {
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
function le(e) {
  return /[^\x00-\x7F]/.test(e) ? encodeURIComponent(e) : e;
}
var Gr = (e) => e.requestContext;
var pt =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (n, r) => {
      let s = ts(n),
        i,
        o;
      try {
        ((i = s.createRequest(n)), (o = Gr(n)));
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
  Ue = class {
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
        s = n.isContentTypeBinary ?? mn,
        i = !!(r && s(r));
      if (!i) {
        let a = t.headers.get("content-encoding");
        i = is(a);
      }
      let o = {
        body: i ? ft(await t.arrayBuffer()) : await t.text(),
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
  Wr = class extends Ue {
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
        for (let [n, r] of Object.entries(e.headers)) r && t.set(n, le(r));
      return t;
    }
  },
  Kr = new Wr(),
  Xr = class extends Ue {
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
          r && r.forEach((s) => t.append(n, le(s)));
      if (e.headers)
        for (let [n, r] of Object.entries(e.headers))
          r && !t.has(n) && t.set(n, le(r));
      return t;
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders = { "set-cookie": t };
    }
  },
  Zr = new Xr(),
  Jr = class extends Ue {
    getHeaders(e) {
      let t = new Headers();
      if (e.multiValueHeaders) {
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          if (r && Array.isArray(r)) {
            let s = le(r.join("; "));
            t.set(n, s);
          }
      } else
        for (let [n, r] of Object.entries(e.headers ?? {}))
          r && t.set(n, le(r));
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
  Qr = new Jr(),
  Yr = class extends Ue {
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
          r && r.forEach((s) => t.append(n, le(s)));
      return t;
    }
    getCookies() {}
    setCookiesToResult(e, t) {
      e.headers = { ...e.headers, "set-cookie": t };
    }
  },
  es = new Yr(),
  ts = (e) => (ns(e) ? Qr : rs(e) ? Kr : ss(e) ? es : Zr),
  ns = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  rs = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  ss = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  mn = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  is = (e) => !!e && !/^identity$/i.test(e);
var Le,
  os = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function us(e) {
  return !e && !Le
    ? os
    : {
        lang: e?.lang ?? Le?.lang,
        message: e?.message,
        abortEarly: e?.abortEarly ?? Le?.abortEarly,
        abortPipeEarly: e?.abortPipeEarly ?? Le?.abortPipeEarly,
      };
}
var as;
function cs(e) {
  return as?.get(e);
}
var ls;
function fs(e) {
  return ls?.get(e);
}
var ps;
function ms(e, t) {
  return ps?.get(e)?.get(t);
}
function mt(e) {
  let t = typeof e;
  return t === "string"
    ? `"${e}"`
    : t === "number" || t === "bigint" || t === "boolean"
      ? `${e}`
      : t === "object" || t === "function"
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? "null")
        : t;
}
function I(e, t, n, r, s) {
  let i = s && "input" in s ? s.input : n.value,
    o = s?.expected ?? e.expects ?? null,
    a = s?.received ?? mt(i),
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
      ms(e.reference, u.lang) ??
      (c ? fs(u.lang) : null) ??
      r.message ??
      cs(u.lang);
  (l !== void 0 && (u.message = typeof l == "function" ? l(u) : l),
    c && (n.typed = !1),
    n.issues ? n.issues.push(u) : (n.issues = [u]));
}
function hs(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function yn(e, t) {
  let n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? "never");
}
function N(e) {
  return (
    (e["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (t) => e["~run"]({ value: t }, us()),
    }),
    e
  );
}
var ys =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  Fo = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function B(e, t) {
  return {
    kind: "validation",
    type: "check",
    reference: B,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement(n.value) && I(this, "input", n, r),
        n
      );
    },
  };
}
function ht(e) {
  return {
    kind: "validation",
    type: "email",
    reference: ht,
    expects: null,
    async: !1,
    requirement: ys,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement.test(t.value) && I(this, "email", t, n),
        t
      );
    },
  };
}
function T(e, t) {
  return {
    kind: "validation",
    type: "max_length",
    reference: T,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length > this.requirement &&
          I(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function fe(e) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: fe,
    async: !1,
    expects: "!0",
    message: e,
    "~run"(t, n) {
      return (
        t.typed &&
          t.value.length === 0 &&
          I(this, "length", t, n, { received: "0" }),
        t
      );
    },
  };
}
function Fe(e, t) {
  return {
    kind: "validation",
    type: "regex",
    reference: Fe,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement.test(n.value) && I(this, "format", n, r),
        n
      );
    },
  };
}
function yt() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: yt,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.toLowerCase()), e);
    },
  };
}
function pe(e) {
  return {
    kind: "transformation",
    type: "transform",
    reference: pe,
    async: !1,
    operation: e,
    "~run"(t) {
      return ((t.value = this.operation(t.value)), t);
    },
  };
}
function H() {
  return {
    kind: "transformation",
    type: "trim",
    reference: H,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.trim()), e);
    },
  };
}
function ds(e, t, n) {
  return typeof e.fallback == "function" ? e.fallback(t, n) : e.fallback;
}
function dt(e, t) {
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
function dn(e, t, n) {
  return typeof e.default == "function" ? e.default(t, n) : e.default;
}
function gt(e, t) {
  return N({
    kind: "schema",
    type: "array",
    reference: gt,
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
      } else I(this, "type", n, r);
      return n;
    },
  });
}
function vt(e) {
  return N({
    kind: "schema",
    type: "boolean",
    reference: vt,
    expects: "boolean",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "boolean" ? (t.typed = !0) : I(this, "type", t, n),
        t
      );
    },
  });
}
function V(e, t) {
  return N({
    kind: "schema",
    type: "literal",
    reference: V,
    expects: mt(e),
    async: !1,
    literal: e,
    message: t,
    "~run"(n, r) {
      return (
        hs(n.value, this.literal) ? (n.typed = !0) : I(this, "type", n, r),
        n
      );
    },
  });
}
function bt(e) {
  return N({
    kind: "schema",
    type: "number",
    reference: bt,
    expects: "number",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "number" && !isNaN(t.value)
          ? (t.typed = !0)
          : I(this, "type", t, n),
        t
      );
    },
  });
}
function v(e, t) {
  return N({
    kind: "schema",
    type: "object",
    reference: v,
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
            let a = i in s ? s[i] : dn(o),
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
          } else if (o.fallback !== void 0) n.value[i] = ds(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            (I(this, "key", n, r, {
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
      } else I(this, "type", n, r);
      return n;
    },
  });
}
function j(e, t) {
  return N({
    kind: "schema",
    type: "optional",
    reference: j,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === void 0 &&
        (this.default !== void 0 && (n.value = dn(this, n, r)),
        n.value === void 0)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function me(e, t) {
  return N({
    kind: "schema",
    type: "picklist",
    reference: me,
    expects: yn(e.map(mt), "|"),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      return (
        this.options.includes(n.value) ? (n.typed = !0) : I(this, "type", n, r),
        n
      );
    },
  });
}
function m(e) {
  return N({
    kind: "schema",
    type: "string",
    reference: m,
    expects: "string",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "string" ? (t.typed = !0) : I(this, "type", t, n),
        t
      );
    },
  });
}
function hn(e) {
  let t;
  if (e)
    for (let n of e)
      if (t) for (let r of n.issues) t.push(r);
      else t = n.issues;
  return t;
}
function xt(e, t) {
  return N({
    kind: "schema",
    type: "union",
    reference: xt,
    expects: yn(
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
        (I(this, "type", n, r, { issues: hn(i) }), (n.typed = !0));
      } else {
        if (o?.length === 1) return o[0];
        I(this, "type", n, r, { issues: hn(o) });
      }
      return n;
    },
  });
}
function _(...e) {
  return N({
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
var It = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  Ee = (e) => {
    let { groups: t, path: n } = gs(e),
      r = It(n);
    return vs(r, t);
  },
  gs = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (n, r) => {
        let s = `@${r}`;
        return (t.push([s, n]), s);
      })),
      { groups: t, path: e }
    );
  },
  vs = (e, t) => {
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
  Be = {},
  Ie = (e, t) => {
    if (e === "*") return "*";
    let n = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (n) {
      let r = `${e}#${t}`;
      return (
        Be[r] ||
          (n[2]
            ? (Be[r] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [r, n[1], new RegExp(`^${n[2]}(?=/${t})`)]
                  : [e, n[1], new RegExp(`^${n[2]}$`)])
            : (Be[r] = [e, n[1], !0])),
        Be[r]
      );
    }
    return null;
  },
  He = (e, t) => {
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
var kt = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  At = (e) => {
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
          c = He(u, kt);
        if (/%(?![0-9A-Fa-f]{2})/.test(u)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = c.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            He(l.pathname, kt) !== c)
          )
            return He(u.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), kt);
        }
        return c;
      } else if (s === 63 || s === 35) break;
    }
    return t.slice(n, r);
  };
var gn = (e) => {
    let t = At(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  re = (e, t, ...n) => (
    n.length && (t = re(t, ...n)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  Ve = (e) => {
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
  he = (e) => (e.indexOf("%") !== -1 ? He(e, bs) : e),
  Et = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), he(e)),
  vn = (e, t, n) => {
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
              f = e.indexOf("&", l);
            return Et(e.slice(l, f === -1 ? void 0 : f));
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
      if ((s && (c = Et(c)), (o = a), c === "")) continue;
      let l;
      (u === -1
        ? (l = "")
        : ((l = e.slice(u + 1, a === -1 ? void 0 : a)), s && (l = Et(l))),
        n
          ? ((i[c] && Array.isArray(i[c])) || (i[c] = []), i[c].push(l))
          : (i[c] ??= l));
    }
    return t ? i[t] : i;
  },
  bn = vn,
  xn = (e, t) => vn(e, t, !0),
  bs = decodeURIComponent;
var xs = /^[\w!#$%&'*.^`|~+-]+$/,
  ws = /^[!#-:<>-[\]-~]+$/,
  ks = /^[ !#-:<-[\]-~]*$/,
  wn = (e) => {
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
  St = (e, t) => {
    if (t && e.indexOf(t) === -1) return {};
    let n = e.split(";"),
      r = Object.create(null);
    for (let s of n) {
      let i = s.indexOf("=");
      if (i === -1) continue;
      let o = wn(s.substring(0, i));
      if ((t && t !== o) || !ws.test(o) || o in r) continue;
      let a = wn(s.substring(i + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        ks.test(a) && ((r[o] = he(a)), t))
      )
        break;
    }
    return r;
  };
var Es = (e, t, n = {}) => {
    if (!xs.test(e)) throw new Error("Invalid cookie name");
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
  ze = (e, t, n) => ((t = encodeURIComponent(t)), Es(e, t, n));
var Ae = (e, t, n) => {
  let r = e.req.raw.headers.get("Cookie");
  if (typeof t == "string") {
    if (!r) return;
    let s = t;
    return (
      n === "secure"
        ? (s = "__Secure-" + t)
        : n === "host" && (s = "__Host-" + t),
      St(r, s)[s]
    );
  }
  return r ? St(r) : {};
};
var Is = (e, t, n) => {
    let r;
    return (
      n?.prefix === "secure"
        ? (r = ze("__Secure-" + e, t, { path: "/", ...n, secure: !0 }))
        : n?.prefix === "host"
          ? (r = ze("__Host-" + e, t, {
              ...n,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (r = ze(e, t, { path: "/", ...n })),
      r
    );
  },
  _t = (e, t, n, r) => {
    let s = Is(t, n, r);
    e.header("Set-Cookie", s, { append: !0 });
  };
var kn = (e, t, n) => {
  let r = Ae(e, t, n?.prefix);
  return (_t(e, t, "", { ...n, maxAge: 0 }), r);
};
var A = {};
qe(A, {
  Auth: () => A,
  SESSION_DAYS: () => Qe,
  acceptInvite: () => qi,
  confirmPasswordReset: () => ji,
  invite: () => Mi,
  inviteInfo: () => $i,
  login: () => Pi,
  logout: () => Ti,
  me: () => Di,
  requestPasswordReset: () => Ni,
  session: () => Oi,
  signup: () => _i,
  verifyEmail: () => Ri,
});
import {
  DeleteItemCommand as Ai,
  PutItemCommand as Si,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as Ss,
  GetItemCommand as _s,
  TransactWriteItemsCommand as Rs,
  TransactionCanceledException as Ps,
  ConditionalCheckFailedException as Cs,
} from "@aws-sdk/client-dynamodb";
import { marshall as Os, unmarshall as Ts } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as As } from "node:async_hooks";
var En = new As();
function In() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function An(e, t) {
  return En.run(e, t);
}
function Sn() {
  return En.getStore();
}
function b() {
  return process.env.TABLE_NAME ?? "golmok";
}
var _n = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  Ds = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  Se;
function k() {
  if (Se) return Se;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (Se = new Ss({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    Se.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          i = _n.has(s) || Ds.has(s),
          o = r.input;
        i && !o.ReturnConsumedCapacity && (o.ReturnConsumedCapacity = "TOTAL");
        let a = await t(r),
          u = Sn();
        if (u && i) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((f, p) => f + (p.CapacityUnits ?? 0), 0);
          (u.dbCalls++, _n.has(s) ? (u.readUnits += l) : (u.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    Se
  );
}
function Rt(e) {
  return e instanceof Cs || e?.name === "ConditionalCheckFailedException";
}
function Ns(e) {
  return !(e instanceof Ps) && e?.name !== "TransactionCanceledException"
    ? []
    : (e.CancellationReasons ?? []).flatMap((n, r) =>
        n.Code === "ConditionalCheckFailed" ? [r] : [],
      );
}
function y(e) {
  return Os(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function K(e) {
  return e ? Ts(e) : void 0;
}
async function se(e, t = !1) {
  let n = await k().send(
    new _s({ TableName: b(), Key: y(e), ConsistentRead: t }),
  );
  return K(n.Item);
}
function X(e, t, n) {
  return {
    Put: {
      TableName: b(),
      Item: y(e),
      ...(t ? { ConditionExpression: t } : {}),
      ...(n ? { ExpressionAttributeValues: y(n) } : {}),
    },
  };
}
async function ie(e, t) {
  try {
    await k().send(new Rs({ TransactItems: e }));
  } catch (n) {
    let r = Ns(n);
    for (let s of r) {
      let i = t?.(s);
      if (i) throw i;
    }
    throw n;
  }
}
import { createHash as Ms } from "node:crypto";
import { AsyncLocalStorage as js } from "node:async_hooks";
var Rn = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  x = class extends Error {
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
var Pn = new js();
function R(e, t) {
  return Pn.run(e, t);
}
function Cn() {
  return Pn.getStore() ?? { type: "public" };
}
function Z() {
  let e = Cn();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new x(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function Pt() {
  let e = Cn();
  if (e.type !== "user")
    throw new x(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return e;
}
var Ct = (e) => Ms("sha256").update(e).digest("base64url"),
  M = () => `T#${Z()}`,
  h = {
    tenant: () => ({ pk: M(), sk: "TENANT" }),
    user: (e) => ({ pk: M(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: M(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: M(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: M(), sk: `MAIL#${e}` }),
    employee: (e) => ({ pk: M(), sk: `EMP#${e}` }),
    employeesPrefix: () => ({ pk: M(), skPrefix: "EMP#" }),
    payrollRun: (e) => ({ pk: M(), sk: `RUN#${e}` }),
    payrollRunsPrefix: () => ({ pk: M(), skPrefix: "RUN#" }),
    payrollLock: (e) => ({ pk: M(), sk: `RUNLOCK#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${Ct(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${Ct(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${Ct(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import { randomBytes as Vs } from "node:crypto";
import Ge from "node:crypto";
var _e = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  Re = 32;
var $s = 16,
  Ot = 10,
  On = 0xffffffffffff;
var z;
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
})(z || (z = {}));
var G = class extends Error {
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function qs(e) {
  let t = Math.floor(e() * Re) % Re;
  return _e.charAt(t);
}
function Tn(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Us(e) {
  let t,
    n = e.length,
    r,
    s,
    i = e,
    o = Re - 1;
  for (; !t && n-- >= 0;) {
    if (((r = i[n]), (s = _e.indexOf(r)), s === -1))
      throw new G(z.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === o) {
      i = Tn(i, n, _e[0]);
      continue;
    }
    t = Tn(i, n, _e[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new G(z.Base32IncorrectEncoding, "Failed incrementing string");
}
function Ls(e) {
  let t = Fs(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof Ge < "u" ? Ge : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
  if (Ge?.randomBytes) return () => Ge.randomBytes(1).readUInt8() / 256;
  throw new G(z.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Fs() {
  return Hs()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Bs(e, t) {
  let n = "";
  for (; e > 0; e--) n = qs(t) + n;
  return n;
}
function Dn(e, t = Ot) {
  if (isNaN(e))
    throw new G(z.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > On)
    throw new G(
      z.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${On}: ${e}`,
    );
  if (e < 0) throw new G(z.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new G(z.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % Re), (r = _e.charAt(n) + r), (e = (e - n) / Re));
  return r;
}
function Hs() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function Nn(e) {
  let t = e || Ls(),
    n = 0,
    r;
  return function (i) {
    let o = !i || isNaN(i) ? Date.now() : i;
    if (o <= n) {
      let u = (r = Us(r));
      return Dn(n, Ot) + u;
    }
    n = o;
    let a = (r = Bs($s, t));
    return Dn(o, Ot) + a;
  };
}
var zs = Nn();
function J(e) {
  return `${e}_${zs().toLowerCase()}`;
}
function ye() {
  return Vs(32).toString("base64url");
}
var U = {};
qe(U, {
  Mail: () => U,
  deliver: () => Kn,
  drain: () => mi,
  due: () => Xn,
  enqueue: () => Gn,
  events: () => zn,
  notify: () => Wn,
  recordEvent: () => hi,
  resetSesClient: () => pi,
  send: () => li,
});
import { EventEmitter as si } from "node:events";
import {
  PutItemCommand as ii,
  QueryCommand as oi,
  TransactWriteItemsCommand as ui,
  UpdateItemCommand as jt,
} from "@aws-sdk/client-dynamodb";
var q = {};
qe(q, {
  Metering: () => q,
  assertWithinQuota: () => ni,
  billableUpdate: () => ei,
  clearCache: () => ri,
  current: () => Fn,
  flush: () => We,
  flushIfDue: () => Js,
  record: () => Zs,
});
import {
  GetItemCommand as Xs,
  UpdateItemCommand as $n,
} from "@aws-sdk/client-dynamodb";
var W = {};
qe(W, {
  METRIC_LABEL: () => Gs,
  PLAN_TABLE: () => Tt,
  Plan: () => W,
  exceeded: () => Ks,
  get: () => Ws,
});
var Gs = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
    payslips: { label: "\uC784\uAE08\uBA85\uC138\uC11C", unit: "\uAC74" },
  },
  Tt = [
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
function Ws(e, t) {
  return ([...Tt].reverse().find((r) => r.from <= t) ?? Tt[0]).plans[e];
}
function Ks(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
  }
  return null;
}
function w() {
  return Date.now();
}
function oe(e = w()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function Dt(e) {
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
var $ = (e = w()) => Math.floor(e / 1e3);
function jn(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var qn = Number(process.env.METER_FLUSH_EVERY ?? 200),
  Un = Number(process.env.METER_FLUSH_MS ?? 1e4),
  Q = new Map(),
  de = 0,
  Ln = 0,
  ge,
  Pe;
function Zs(e, t, n, r = w()) {
  let s = oe(r),
    i = `${e}|${s}`,
    o = Q.get(i);
  (o ||
    ((o = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    Q.set(i, o)),
    o.requests++,
    (o.dbReadUnits += n.readUnits),
    (o.dbWriteUnits += n.writeUnits),
    (o.modules[t] = (o.modules[t] ?? 0) + 1),
    de === 0 && (Ln = r),
    de++,
    de >= qn
      ? We()
      : ge ||
        ((ge = setTimeout(() => {
          We();
        }, Un)),
        ge.unref()));
}
async function Js(e = w()) {
  (de >= qn || (de > 0 && e - Ln >= Un)) && (await We());
}
async function We() {
  (Pe && (await Pe), ge && clearTimeout(ge), (ge = void 0));
  let e = [...Q.values()];
  if ((Q.clear(), (de = 0), e.length !== 0)) {
    Pe = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await R({ type: "system", tenantId: n.tenantId }, () => Qs(n));
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
          s = Q.get(r);
        if (!s) Q.set(r, n);
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
      await Pe;
    } finally {
      Pe = void 0;
    }
  }
}
async function Qs(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, i], o) => (
        (t[`#m${o}`] = s),
        (n[`:m${o}`] = i),
        `#mod.#m${o} :m${o}`
      ),
    );
  (await Ys(e.month),
    await k().send(
      new $n({
        TableName: b(),
        Key: y(h.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: y(n),
      }),
    ));
}
var Mn = new Set();
async function Ys(e) {
  let t = h.usage(e),
    n = `${t.pk}|${t.sk}`;
  Mn.has(n) ||
    (await k()
      .send(
        new $n({
          TableName: b(),
          Key: y(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: y({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    Mn.add(n));
}
function ei(e, t = 1, n = oe()) {
  return {
    Update: {
      TableName: b(),
      Key: y(h.usage(n)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: y({ ":n": t }),
    },
  };
}
async function Fn(e = oe()) {
  let t = await k().send(
      new Xs({ TableName: b(), Key: y(h.usage(e)), ConsistentRead: !0 }),
    ),
    n = K(t.Item) ?? {},
    r = Q.get(`${Z()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    payslips: n.payslips ?? 0,
    byModule: n.byModule ?? {},
  };
}
var ti = 3e4,
  Nt = new Map();
async function ni(e, t) {
  let n = oe(),
    s = `${Z()}|${n}`,
    i = Nt.get(s),
    o = Object.keys(t).some((f) => f !== "requests");
  (!i || w() - i.at > ti || o) &&
    ((i = { at: w(), usage: await Fn(n) }), Nt.set(s, i));
  let a = Q.get(s),
    u = {
      ...i.usage,
      requests: Math.max(i.usage.requests ?? 0, a?.requests ?? 0),
    },
    c = W.get(e, n),
    l = W.exceeded(c, u, t);
  if (l) {
    let { label: f } = W.METRIC_LABEL[l];
    throw new x(
      "quota_exceeded",
      "quota_exceeded",
      `${c.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${f} \uD55C\uB3C4(${c.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${jn(Dt(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(Dt(n)) - w()) / 1e3) },
    );
  }
}
function ri() {
  Nt.clear();
}
var Vn = 4,
  Bn = 6e4,
  ai = 10,
  ci = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  zn = new si();
function Gn(e) {
  let t = J("mail"),
    n = Z(),
    r = w(),
    s = t.charCodeAt(t.length - 1) % Vn,
    i = {
      ...h.mail(t),
      ...e,
      id: t,
      tenantId: n,
      status: "pending",
      attempts: 0,
      createdAt: new Date(r).toISOString(),
      nextAttemptAt: r,
      gsi1pk: h.outboxShard(s),
      gsi1sk: `${String(r).padStart(15, "0")}#${t}`,
    };
  return {
    id: t,
    put: {
      Put: {
        TableName: b(),
        Item: y(i),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function li(e) {
  let { id: t, put: n } = Gn(e);
  return (await k().send(new ii(n.Put)), await Wn(t), t);
}
var Hn;
async function Wn(e) {
  let t = Z(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((Hn ??= new r({})),
      await Hn.send(
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
  } else zn.emit("queued", { tenantId: t, id: e });
}
var Ke;
async function fi() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (Ke ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    Ke
  );
}
function pi() {
  (Ke?.destroy(), (Ke = void 0));
}
async function Kn(e, t) {
  return R({ type: "system", tenantId: e }, async () => {
    let n = w(),
      r;
    try {
      let s = await k().send(
        new jt({
          TableName: b(),
          Key: y(h.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: y({
            ":lease": n + Bn,
            ":gsk": `${String(n + Bn).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = K(s.Attributes);
    } catch (s) {
      if (Rt(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        i = await (
          await fi()
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
        await k().send(
          new ui({
            TransactItems: [
              {
                Update: {
                  TableName: b(),
                  Key: y(h.mail(t)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: y({
                    ":sent": "sent",
                    ":at": new Date(w()).toISOString(),
                    ":mid": i.MessageId ?? "",
                  }),
                },
              },
              q.billableUpdate("emails", 1),
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
          ].includes(i) || r.attempts >= ai,
        u = w() + Math.min(ci() * 2 ** (r.attempts - 1), 36e5);
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
        await k().send(
          new jt({
            TableName: b(),
            Key: y(h.mail(t)),
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
async function Xn(e = 50, t = w()) {
  let n = [];
  for (let r = 0; r < Vn; r++) {
    let s = await k().send(
      new oi({
        TableName: b(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: y({
          ":pk": h.outboxShard(r),
          ":now": `${String(t).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let i of s.Items ?? []) {
      let o = K(i);
      n.push({ tenantId: o.tenantId, id: o.id });
    }
  }
  return n;
}
async function mi() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await Xn()) e[await Kn(t, n)]++;
  return e;
}
async function hi(e, t, n, r, s = "") {
  await R({ type: "system", tenantId: e }, () =>
    k()
      .send(
        new jt({
          TableName: b(),
          Key: y(h.mail(t)),
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
        if (!Rt(i)) throw i;
      }),
  );
}
var ue = (e) =>
  e.replace(
    /[&<>"']/g,
    (t) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        t
      ],
  );
function Mt(e, t, n, r) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${ue(e)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${ue(e)}</h1>
${t.map(
  (o) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${ue(o)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${ue(n.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${ue(n.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${ue(n.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${ue(r)}</p></td></tr></table></body></html>`,
    i = `${e}

${t.join(`

`)}

${n.label}: ${n.url}

${r}
`;
  return { html: s, text: i };
}
function Zn(e, t, n) {
  return {
    to: [e],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...Mt(
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
function Jn(e, t) {
  return {
    to: [e],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...Mt(
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
function Qn(e, t, n, r) {
  return {
    to: [e],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${t}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...Mt(
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
import { UpdateItemCommand as di } from "@aws-sdk/client-dynamodb";
var ve = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function be(e, t) {
  let n = $(w()),
    r = n - (n % e.windowSeconds),
    s = await k().send(
      new di({
        TableName: b(),
        Key: y(h.rateLimit(e.bucket, t, r)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: y({
          ":one": 1,
          ":exp": r + e.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((K(s.Attributes)?.hits ?? 0) > e.limit) {
    let o = r + e.windowSeconds - n,
      a = Math.max(1, Math.ceil(o / 60));
    throw new x(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: o },
    );
  }
}
import {
  randomBytes as er,
  scrypt as gi,
  timingSafeEqual as vi,
} from "node:crypto";
import { promisify as bi } from "node:util";
var tr = bi(gi),
  xi = { N: 32768, r: 8, p: 1, keylen: 32 };
async function Ce(e) {
  let t = er(16),
    { N: n, r, p: s, keylen: i } = xi,
    o = await tr(e.normalize("NFC"), t, i, {
      N: n,
      r,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${n}$${r}$${s}$${t.toString("base64url")}$${o.toString("base64url")}`;
}
async function nr(e, t) {
  let [n, r, s, i, o, a] = t.split("$");
  if (n !== "scrypt" || !o || !a) return !1;
  let u = Buffer.from(a, "base64url"),
    c = await tr(e.normalize("NFC"), Buffer.from(o, "base64url"), u.length, {
      N: Number(r),
      r: Number(s),
      p: Number(i),
      maxmem: 64 * 1024 * 1024,
    });
  return vi(c, u);
}
var Yn;
function rr() {
  return ((Yn ??= Ce(er(16).toString("hex"))), Yn);
}
var wi = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function Xe(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(t) ? t : null;
}
function sr(e) {
  let t = Xe(e);
  if (!t) return !1;
  let n = [...t].map(Number),
    r = 0;
  for (let s = 0; s < 9; s++) r += n[s] * wi[s];
  return ((r += Math.floor((n[8] * 5) / 10)), (10 - (r % 10)) % 10 === n[9]);
}
function $t(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(t) ? t : null;
}
function qt(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(t) ? t : null;
}
function Ze(e, t) {
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
var L = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  ir = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var ki = ["general", "simplified", "exempt"];
var or = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  Oe = (e, t) =>
    _(
      m(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      H(),
      fe(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      T(
        t,
        `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  Ut = (e, t) =>
    j(
      _(
        m(
          `${e}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        H(),
        T(
          t,
          `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  Te = _(
    m("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    H(),
    fe("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    T(
      L.email,
      `\uC774\uBA54\uC77C\uC740 ${L.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    ht(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    yt(),
  ),
  ur = _(
    m(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
    ),
    H(),
    T(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    B(
      (e) => e === "" || Xe(e) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    B(
      (e) => e === "" || sr(e),
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    pe((e) => (e === "" ? "" : Xe(e))),
  ),
  Ei = _(
    m(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    H(),
    T(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    B(
      (e) => $t(e) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    pe((e) => $t(e)),
  ),
  Ii = _(
    m("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    H(),
    T(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    B(
      (e) => e === "" || qt(e) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    pe((e) => (e === "" ? "" : qt(e))),
  ),
  Ft = _(
    m("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    T(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    B(
      (e) => Ze(e) === null,
      (e) =>
        Ze(String(e.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  ar = _(
    v({
      businessName: Oe("\uC0C1\uD638", L.business),
      noBizNo: j(
        vt(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: j(ur, ""),
      ownerName: Oe("\uB300\uD45C\uC790\uBA85", L.name),
      industry: me(
        ir,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: Te,
      phone: Ei,
      password: Ft,
      privacyConsent: V(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    dt(
      B(
        (e) => e.noBizNo || e.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    dt(
      B(
        (e) => Ze(e.password, e.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    pe((e) => ({ ...e, bizNo: e.noBizNo ? "" : e.bizNo })),
  ),
  cr = v({
    email: Te,
    password: _(
      m(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      fe(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      T(128, "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4."),
    ),
  }),
  Bt = _(
    m("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    fe("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    T(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Ht = v({ token: Bt }),
  lr = v({ email: Te }),
  fr = v({ token: Bt, password: Ft }),
  Xu = v({
    email: Te,
    role: me(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  pr = v({ token: Bt, name: Oe("\uC774\uB984", L.name), password: Ft }),
  Zu = v({
    businessName: Oe("\uC0C1\uD638", L.business),
    ownerName: Oe("\uB300\uD45C\uC790", L.name),
    bizNo: ur,
    branchNo: _(
      j(
        m(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      H(),
      Fe(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: Ut("\uC8FC\uC18C", L.address),
    businessType: Ut("\uC5C5\uD0DC", L.text),
    businessItem: Ut("\uC885\uBAA9", L.text),
    taxType: me(
      ki,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: xt(
      [V(""), Te],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: j(Ii, ""),
    industry: me(
      ir,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  Ju = v({
    month: j(
      _(
        m(),
        Fe(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var Qe = 14,
  Je = 3600,
  Vt = { verify: 24 * Je, reset: 1 * Je, invite: 168 * Je },
  zt = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  Y = () =>
    new x(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function Gt(e, t) {
  return X({ ...h.token(e), ...t });
}
async function _i(e, t, n = {}) {
  await be(ve.signupPerIp, t);
  let r = J("ten"),
    s = J("usr"),
    i = new Date(w()).toISOString(),
    o = ye(),
    a = await Ce(e.password);
  return R({ type: "system", tenantId: r }, async () => {
    let u = U.enqueue(Zn(e.email, e.businessName, `${zt()}/verify?token=${o}`)),
      c = {
        ...h.tenant(),
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
        ...h.user(s),
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
      f = [
        X(
          { ...h.email(e.email), userId: s, tenantId: r },
          "attribute_not_exists(pk)",
        ),
        X(c, "attribute_not_exists(pk)"),
        X(l),
        ...(n.preverified
          ? []
          : [
              Gt(o, {
                kind: "verify",
                tenantId: r,
                userId: s,
                email: e.email,
                expiresAt: $() + Vt.verify,
              }),
              u.put,
            ]),
      ];
    return (
      e.bizNo &&
        f.push(
          X({ ...h.bizNo(e.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
        ),
      await ie(f, (p) => {
        if (p === 0)
          return new x(
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
        if (p === f.length - 1 && e.bizNo)
          return new x(
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
      n.preverified || (await U.notify(u.id)),
      { tenantId: r, userId: s }
    );
  });
}
async function Ye(e, t) {
  let n = await se(h.token(e), !0);
  if (!(!n || n.kind !== t || n.expiresAt <= $())) return n;
}
function Wt(e, t) {
  return {
    Delete: {
      TableName: b(),
      Key: y(h.token(e)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: y({ ":k": t, ":now": $() }),
    },
  };
}
function Kt(e, t, n) {
  return R({ type: "system", tenantId: e }, () => {
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
        TableName: b(),
        Key: y(h.user(t)),
        UpdateExpression: `SET ${i.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: r,
        ExpressionAttributeValues: y(s),
      },
    };
  });
}
async function Ri(e) {
  let t = await Ye(e, "verify");
  if (!t) throw Y();
  await ie([Wt(e, "verify"), Kt(t.tenantId, t.userId, { verified: !0 })], () =>
    Y(),
  );
}
async function De(e, t) {
  return R({ type: "system", tenantId: e }, () => se(h.user(t), !0));
}
async function et(e) {
  return R({ type: "system", tenantId: e }, () => se(h.tenant()));
}
var mr = () =>
  new x(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function Pi(e, t, n) {
  (await be(ve.loginPerIp, n), await be(ve.loginPerAccount, e));
  let r = await se(h.email(e)),
    s = r ? await De(r.tenantId, r.userId) : void 0,
    i = await nr(t, s?.passwordHash ?? (await rr()));
  if (!s || !s.passwordHash || !i || s.status !== "active") throw mr();
  if (!s.verified)
    throw new x(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let o = await et(s.tenantId);
  if (!o) throw mr();
  return hr(s, o);
}
async function hr(e, t) {
  let n = ye(),
    r = {
      userId: e.id,
      tenantId: e.tenantId,
      role: e.role,
      planId: t.planId,
      csrf: ye(),
      expiresAt: $() + Qe * 24 * Je,
    };
  return (
    await k().send(
      new Si({ TableName: b(), Item: y({ ...h.session(n), ...r }) }),
    ),
    { token: n, me: yr(e, t, r.csrf) }
  );
}
function yr(e, t, n) {
  let r = Ci(t.planId);
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
function Ci(e) {
  let t = W.get(e, oe());
  return { id: t.id, name: t.name, priceKrw: t.priceKrw };
}
async function Oi(e) {
  if (!e || e.length > 100) return;
  let t = await se(h.session(e));
  if (!(!t || t.expiresAt <= $()))
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
async function Ti(e) {
  await k().send(new Ai({ TableName: b(), Key: y(h.session(e)) }));
}
async function Di(e) {
  let t = Pt(),
    [n, r] = await Promise.all([De(t.tenantId, t.userId), et(t.tenantId)]);
  if (!n || !r)
    throw new x(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return yr(n, r, e);
}
async function Ni(e, t) {
  (await be(ve.resetPerIp, t), await be(ve.resetPerAccount, e));
  let n = await se(h.email(e));
  if (!n) return;
  let r = await De(n.tenantId, n.userId);
  if (!r || r.status !== "active") return;
  let s = ye();
  await R({ type: "system", tenantId: n.tenantId }, async () => {
    let i = U.enqueue(Jn(e, `${zt()}/reset?token=${s}`));
    (await ie([
      Gt(s, {
        kind: "reset",
        tenantId: n.tenantId,
        userId: n.userId,
        email: e,
        expiresAt: $() + Vt.reset,
      }),
      i.put,
    ]),
      await U.notify(i.id));
  });
}
async function ji(e, t) {
  let n = await Ye(e, "reset");
  if (!n) throw Y();
  let r = await Ce(t);
  await ie(
    [
      Wt(e, "reset"),
      Kt(n.tenantId, n.userId, { passwordHash: r, verified: !0 }),
    ],
    () => Y(),
  );
}
async function Mi(e, t, n) {
  let r = Pt(),
    s = J("usr"),
    i = ye(),
    o = U.enqueue(Qn(e, n, or[t], `${zt()}/invite?token=${i}`)),
    a = {
      ...h.user(s),
      id: s,
      tenantId: r.tenantId,
      email: e,
      name: "",
      role: t,
      status: "invited",
      verified: !1,
      createdAt: new Date(w()).toISOString(),
    };
  (await ie(
    [
      X(
        { ...h.email(e), userId: s, tenantId: r.tenantId },
        "attribute_not_exists(pk)",
      ),
      X(a),
      Gt(i, {
        kind: "invite",
        tenantId: r.tenantId,
        userId: s,
        email: e,
        expiresAt: $() + Vt.invite,
      }),
      o.put,
    ],
    (u) =>
      u === 0
        ? new x(
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
    await U.notify(o.id));
}
async function $i(e) {
  let t = await Ye(e, "invite"),
    n = t && (await De(t.tenantId, t.userId)),
    r = t && (await et(t.tenantId));
  if (!t || !n || !r) throw Y();
  return { email: t.email, businessName: r.businessName, role: n.role };
}
async function qi(e, t, n) {
  let r = await Ye(e, "invite");
  if (!r) throw Y();
  let s = await Ce(n);
  await ie(
    [
      Wt(e, "invite"),
      Kt(r.tenantId, r.userId, {
        name: t,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => Y(),
  );
  let [i, o] = await Promise.all([De(r.tenantId, r.userId), et(r.tenantId)]);
  if (!i || !o) throw Y();
  return hr(i, o);
}
var C = class extends Error {
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
var xe = Symbol();
var tt = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (n) => n.toLowerCase()) },
  }).formData();
var Ui = 1e4,
  nt = (e) => "headers" in e,
  vr = async (e, t = Object.create(null)) => {
    let { all: n = !1, dot: r = !1 } = t,
      s = (nt(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Li(e, { all: n, dot: r })
      : {};
  };
async function Li(e, t) {
  if (!nt(e) && e.bodyCache.formData) return dr(await e.bodyCache.formData, t);
  let n = nt(e) ? e.headers : e.raw.headers,
    r = await e.arrayBuffer(),
    s = tt(r, n.get("Content-Type") || "");
  nt(e) || (e.bodyCache.formData = s);
  let i = await s;
  return i ? dr(i, t) : {};
}
function dr(e, t) {
  let n = Object.create(null),
    r = { count: 0 };
  return (
    e.forEach((s, i) => {
      t.all || i.endsWith("[]") ? Fi(n, i, s) : (n[i] = s);
    }),
    t.dot &&
      Object.entries(n).forEach(([s, i]) => {
        s.includes(".") && (Bi(n, s, i, r), delete n[s]);
      }),
    n
  );
}
var Fi = (e, t, n) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(n)
        : (e[t] = [e[t], n])
      : t.endsWith("[]")
        ? (e[t] = [n])
        : (e[t] = n);
  },
  Bi = (e, t, n, r) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let s = e,
      i = t.split(".", 34);
    (i.length > 33 && gr(),
      i.forEach((o, a) => {
        a === i.length - 1
          ? (s[o] = n)
          : ((!s[o] ||
              typeof s[o] != "object" ||
              Array.isArray(s[o]) ||
              s[o] instanceof File) &&
              (r.count++ >= Ui && gr(), (s[o] = Object.create(null))),
            (s = s[o]));
      }));
  },
  gr = () => {
    throw new Error("Nesting limit exceeded");
  };
var br = class {
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
    return n && he(n);
  }
  #i() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let n of t) {
      let r = this.#s(this.#e[0][this.routeIndex][1][n]);
      r !== void 0 && (e[n] = he(r));
    }
    return e;
  }
  #s(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return bn(this.url, e);
  }
  queries(e) {
    return xn(this.url, e);
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
    return vr(this, e);
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
  get [xe]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var xr = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  Hi = (e, t) => {
    let n = new String(e);
    return ((n.isEscaped = !0), (n.callbacks = t), n);
  };
var Xt = async (e, t, n, r, s) => {
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
    Promise.all(a.filter(Boolean).map((u) => Xt(u, t, !1, r, s))).then(
      () => s[0],
    ),
  );
  return n ? Hi(await o, i) : o;
};
var Vi = "text/plain; charset=UTF-8",
  Zt = (e, t) => ({ "Content-Type": e, ...t }),
  Ne = (e, t) => new Response(e, t),
  Jt = class {
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
    #a;
    #c;
    #u;
    #f;
    #p;
    constructor(e, t) {
      ((this.#t = e),
        t &&
          ((this.#s = t.executionCtx),
          (this.env = t.env),
          (this.#c = t.notFoundHandler),
          (this.#p = t.path),
          (this.#f = t.matchResult)));
    }
    get req() {
      return ((this.#e ??= new br(this.#t, this.#p, this.#f)), this.#e);
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
      return (this.#r ||= Ne(null, { headers: (this.#u ??= new Headers()) }));
    }
    set res(e) {
      if (this.#r && e) {
        e = Ne(e.body, e);
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
    render = (...e) => ((this.#a ??= (t) => this.html(t)), this.#a(...e));
    setLayout = (e) => (this.#l = e);
    getLayout = () => this.#l;
    setRenderer = (e) => {
      this.#a = e;
    };
    header = (e, t, n) => {
      this.finalized &&
        !this.#r.bodyUsed &&
        (this.#r = Ne(this.#r.body, this.#r));
      let r = this.#r ? this.#r.headers : (this.#u ??= new Headers());
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
      let r = this.#r ? new Headers(this.#r.headers) : this.#u;
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
      return Ne(e, { status: s, headers: r ?? n });
    }
    newResponse = (...e) => this.#o(...e);
    body = (e, t, n) => this.#o(e, t, n);
    text = (e, t, n) =>
      !this.#u && !this.#i && !t && !n && !this.finalized
        ? new Response(e)
        : this.#o(e, t, Zt(Vi, n));
    json = (e, t, n) =>
      this.#o(JSON.stringify(e), t, Zt("application/json", n));
    html = (e, t, n) => {
      let r = (s) => this.#o(s, t, Zt("text/html; charset=UTF-8", n));
      return typeof e == "object" ? Xt(e, xr.Stringify, !1, {}).then(r) : r(e);
    };
    redirect = (e, t) => {
      let n = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(n) ? encodeURI(n) : n),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#c ??= () => Ne()), this.#c(this));
  };
var Qt = (e, t, n) => (r, s) => {
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
      } catch (f) {
        if (f instanceof Error && t)
          ((r.error = f), (u = await t(f, r)), (c = !0));
        else throw f;
      }
    else r.finalized === !1 && n && (u = await n(r));
    return (u && (r.finalized === !1 || c) && (r.res = u), r);
  }
};
var zi = (e) => e.req[xe][0].map(([[, t]]) => t),
  wr = (e, t) => zi(e).at(t ?? e.req.routeIndex)?.path ?? "";
var kr = ["get", "post", "put", "delete", "options", "patch", "query"],
  rt = "Can not add a route since the matcher is already built.",
  st = class extends Error {};
var Yt = "__COMPOSED_HANDLER";
var Er = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  Gi = (e, t, n) => {
    if (!/[:*]/.test(t)) return t.length;
    let r = e.req.path,
      s = e.req[xe],
      i = new Set(),
      o = 0;
    for (let a of Ee(t)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${n}".`,
        );
      let u = Ie(a);
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
  Ir = (e, t, n) => {
    if (/[^/]\*$/.test(n))
      throw new Error(`mount(): Wildcard must follow "/" in "${n}".`);
    let r = Gi(e, t, n),
      s = e.req.path.slice(r) || "/";
    if (
      r > e.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new C(400, { message: "Invalid mounted path" });
    let i = e.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(i))
      throw new C(400, { message: "Invalid mounted path" });
    let o = i.search(/[?#]/),
      a = Er(o === -1 ? i : i.slice(0, o));
    if (a > 1 && Er(e.req.path) === a - 1)
      throw new C(400, { message: "Invalid mounted path" });
    let u = new URL(i);
    return (
      (u.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(u, e.req.raw)
    );
  };
var Wi = (e) => e.text("404 Not Found", 404),
  Ar = (e, t) => {
    if ("getResponse" in e) {
      let n = e.getResponse();
      return t.newResponse(n.body, n);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  Sr = class _r {
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
      ([...kr, "all"].forEach((s) => {
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
        (this.getPath = (n ?? !0) ? (t.getPath ?? At) : gn));
    }
    #e() {
      let t = new _r({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#n = this.#n),
        (t.routes = this.routes),
        t
      );
    }
    #n = Wi;
    errorHandler = Ar;
    route(t, n) {
      let r = this.basePath(t);
      return (
        n.routes.map((s) => {
          let i;
          (n.errorHandler === Ar
            ? (i = s.handler)
            : ((i = async (o, a) =>
                (await Qt([], n.errorHandler)(o, () => s.handler(o, a))).res),
              (i[Yt] = s.handler)),
            r.#i(s.method, s.path, i, s.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let n = this.#e();
      return ((n._basePath = re(this._basePath, t)), n);
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
          let l = wr(c);
          return Ir(c, l.replace(/\/?\*$/, ""), l);
        },
        u = async (c, l) => {
          let f = await n(s ? s(c.req.raw) : a(c), ...o(c));
          if (f) return f;
          await l();
        };
      return (this.#i("ALL", re(t, "*"), u), this);
    }
    #i(t, n, r, s) {
      n = re(this._basePath, n);
      let i = {
        basePath: s !== void 0 ? re(this._basePath, s) : this._basePath,
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
        a = new Jt(t, {
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
      let u = Qt(o[0], this.errorHandler, this.#n);
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
              /^https?:\/\//.test(t) ? t : `http://localhost${re("/", t)}`,
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
var P = () => Object.create(null);
var en = [];
function Rr(e, t) {
  let n = this.buildAllMatchers(),
    r = (s, i) => {
      let o = n[s] || n.ALL,
        a = o[2][i];
      if (a) return a;
      let u = i.match(o[0]);
      if (!u) return [[], en];
      let c = u.indexOf("", 1);
      return [o[1][c], u];
    };
  return ((this.match = r), r(e, t));
}
var Ki = "[^/]+",
  Xi = "[^]*",
  Zi = "(?:|/[^]*)",
  ee = Symbol(),
  Pr = new Set(".\\+*[^]$()");
function Ji(e, t) {
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
var Cr = class tn {
  #t;
  #e;
  #n = P();
  insert(t, n, r, s, i) {
    let o = this;
    for (let a = 0, u = t.length; a < u; a++) {
      let c = t[a],
        l =
          c.length === 1
            ? c === "*"
              ? a === u - 1
                ? ["", "", Xi]
                : ["", "", Ki]
              : null
            : c === "/*"
              ? ["", "", Zi]
              : c.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        f;
      if (l) {
        let p = l[1],
          d = l[2] || "[^/]+";
        if (
          p &&
          l[2] &&
          (new RegExp(d).test("") ||
            ((d = d.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(d)) ||
            (d.length === 1 && Pr.has(d)))
        )
          throw ee;
        if ((i.push(d), (f = o.#n[d]), !f)) {
          if (d !== "[^]*" && d !== "(?:|/[^]*)") {
            for (let S in o.#n)
              if (
                (d.length > 1 || S.length > 1) &&
                S !== "[^]*" &&
                S !== "(?:|/[^]*)"
              )
                throw ee;
          }
          f = o.#n[d] = new tn();
        }
        p !== "" && ((f.#e ??= s.varIndex++), r.push([p, f.#e]));
      } else if ((i.push(c), (f = o.#n[c]), !f)) {
        for (let p in o.#n)
          if (p.length > 1 && p !== "[^]*" && p !== "(?:|/[^]*)") throw ee;
        f = o.#n[c] = new tn();
      }
      o = f;
    }
    if (o.#t !== void 0) throw ee;
    o.#t = n;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#n)
      .sort(Ji)
      .map((n) => {
        let r = this.#n[n],
          s = r.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof r.#e == "number"
              ? `(${n})@${r.#e}`
              : Pr.has(n)
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
var nn = class {
  #t = { varIndex: 0 };
  #e = new Cr();
  #n = 0;
  paths = P();
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
function Qi(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function Yi(e, t) {
  let n = e.length - 1;
  for (let r = 0; r < n; r++) if (e[r] !== t[r]) return !1;
  return e[n] === "[^]*" || t.length === n || t[n] === "/";
}
var Or = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new nn() }));
  }
  #n(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (n) {
      throw n === ee ? new st(t) : n;
    }
  }
  add(e, t, n) {
    let r = this.#t;
    if (!r) throw new Error(rt);
    let s = this.#e;
    if (!r[e]) {
      ((s[e] = new nn()), (r[e] = [...r.ALL]));
      for (let a in s.ALL.paths) this.#n(e, a);
    }
    t === "/*" && (t = "*");
    let i = e === "ALL" ? Object.keys(r) : [e],
      o = Ve(t) || [t];
    for (let a of o)
      for (let u of i) (s[u].paths[a] || this.#n(u, a), r[u].push([n, a]));
  }
  match = Rr;
  buildAllMatchers() {
    let e = P();
    for (let t of Object.keys(this.#t)) e[t] = this.#i(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #i(e) {
    let t = this.#t[e],
      n = this.#e[e],
      r = P(),
      s = [],
      [i, o, a] = n.buildRegExp(),
      u = P(),
      c = t.map(
        ([f, p], d) => (
          (u[p] ??= []).push(d),
          [
            f,
            n.paths[p][1].reduceRight((S, [ne, g]) => ((S[ne] = a[g]), S), P()),
          ]
        ),
      ),
      l = Object.keys(u).filter((f) => Qi(n.paths[f][2]));
    for (let f in n.paths) {
      let [p, , d] = n.paths[f],
        S = [...u[f]];
      for (let g of l) g !== f && Yi(n.paths[g][2], d) && S.push(...u[g]);
      let ne = S.sort((g, D) => g - D).map((g) => c[g]);
      if (p === -1) {
        let g = Math.max(-1, ...ne.flatMap(([, D]) => Object.values(D)));
        r[f] = [ne, g === -1 ? en : f.match(i).slice(0, g + 1)];
      } else s[p] = ne;
    }
    return [i, o.map((f) => s[f]), r];
  }
};
var Tr = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(e) {
    this.#t = e.routers;
  }
  add(e, t, n) {
    if (!this.#e) throw new Error(rt);
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
        if (u instanceof st) continue;
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
var rn = P(),
  eo = 0,
  Dr = class Nr {
    #t = [];
    #e = P();
    #n = [];
    #i;
    #s = rn;
    insert(t, n, r) {
      let s = this,
        i = Ee(n),
        o = new Set(),
        a = 0;
      for (let u of i) {
        let c = i[++a],
          l =
            Ie(u, c) ||
            (c === void 0 && u && u.indexOf("*") === u.length - 1 ? u : null),
          f = Array.isArray(l),
          p = f ? l[0] : l || u,
          d = (s.#e[p] ||= new Nr());
        (l && !d.#i && ((d.#i = l), s.#n.push(d)), (s = d), f && o.add(l[1]));
      }
      s.#t.push({ [t]: { handler: r, possibleKeys: [...o], score: ++eo } });
    }
    #r(t, n, r, s, i) {
      for (let o = 0, a = n.#t.length; o < a; o++) {
        let u = n.#t[o],
          c = u[r] || u.ALL;
        if (c) {
          ((c.params = P()), t.push(c));
          for (let l = 0, f = c.possibleKeys.length; l < f; l++) {
            let p = c.possibleKeys[l];
            c.params[p] = i?.[p] && !l ? i[p] : (s[p] ?? i?.[p]);
          }
        }
      }
    }
    search(t, n) {
      let r = [];
      this.#s = rn;
      let s = [this],
        i = It(n),
        o = [],
        a = i.length,
        u = null;
      for (let c = 0; c < a; c++) {
        let l = i[c],
          f = c === a - 1,
          p = [];
        for (let S = 0, ne = s.length; S < ne; S++) {
          let g = s[S],
            D = g.#e[l];
          D &&
            ((D.#s = g.#s),
            f
              ? (D.#e["*"] && this.#r(r, D.#e["*"], t, g.#s),
                this.#r(r, D, t, g.#s))
              : p.push(D));
          for (let E of g.#n) {
            let we = E.#i,
              O = g.#s === rn ? {} : { ...g.#s };
            if (typeof we == "string") {
              (we === "*" || l.startsWith(we.slice(0, -1))) &&
                (this.#r(r, E, t, g.#s), we === "*" && ((E.#s = O), p.push(E)));
              continue;
            }
            let [, Me, ke] = we;
            if (!(!l && ke === !0)) {
              if (ke !== !0) {
                if (!u) {
                  u = [];
                  let ct = n[0] === "/" ? 1 : 0;
                  for (let ce = 0; ce < a; ce++)
                    ((u[ce] = ct), (ct += i[ce].length + 1));
                }
                let ln = n.slice(u[c]),
                  $e = ke.exec(ln);
                if ($e) {
                  (Object.hasOwn(O, Me) || (O[Me] = $e[0]),
                    this.#r(r, E, t, g.#s, O),
                    $e[0].length === ln.length &&
                      E.#e["*"] &&
                      this.#r(r, E.#e["*"], t, g.#s, O));
                  for (let ct in E.#e) {
                    E.#s = O;
                    let ce = $e[0].match(/\//g)?.length ?? 0;
                    (o[ce] ||= []).push(E);
                    break;
                  }
                  continue;
                }
              }
              (ke === !0 || ke.test(l)) &&
                (Object.hasOwn(O, Me) || (O[Me] = l),
                f
                  ? (this.#r(r, E, t, O, g.#s),
                    E.#e["*"] && this.#r(r, E.#e["*"], t, O, g.#s))
                  : ((E.#s = O), p.push(E)));
            }
          }
        }
        let d = o.shift();
        s = d ? p.concat(d) : p;
      }
      return (
        r[1] && r.sort((c, l) => c.score - l.score),
        [r.map(({ handler: c, params: l }) => [c, l])]
      );
    }
  };
var sn = class {
  name = "TrieRouter";
  #t = new Dr();
  add(e, t, n) {
    for (let r of Ve(t) || [t]) this.#t.insert(e, r, n);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var on = class extends Sr {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new Tr({ routers: [new Or(), new sn()] })));
  }
};
var to = "Payload Too Large",
  jr = (e) => {
    let t =
        e.onError ||
        (() => {
          let r = new Response(to, { status: 413 });
          throw new C(413, { res: r });
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
        let { done: l, value: f } = await c.read();
        if (l) break;
        let p = a;
        if (((a += f.length), a > n)) return t(s);
        if (a > u.length) {
          let d = new Uint8Array(Math.min(n, Math.max(a, u.length * 2)));
          (d.set(u.subarray(0, p)), (u = d));
        }
        u.set(f, p);
      }
      return (
        (s.req.raw = new Request(s.req.raw, { body: u.subarray(0, a) })),
        i()
      );
    };
  };
var no = {
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
  ro = {
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
var un = (e) => {
  let t = { ...ro, ...e },
    n = so(t),
    r = [];
  if (t.contentSecurityPolicy) {
    let [s, i] = Mr(t.contentSecurityPolicy, "Content-Security-Policy");
    (s && r.push(s), n.push(["Content-Security-Policy", i]));
  }
  if (t.contentSecurityPolicyReportOnly) {
    let [s, i] = Mr(
      t.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && r.push(s), n.push(["Content-Security-Policy-Report-Only", i]));
  }
  return (
    t.permissionsPolicy &&
      Object.keys(t.permissionsPolicy).length > 0 &&
      n.push(["Permissions-Policy", io(t.permissionsPolicy)]),
    t.reportingEndpoints &&
      n.push(["Reporting-Endpoints", uo(t.reportingEndpoints)]),
    t.reportTo && n.push(["Report-To", ao(t.reportTo)]),
    async function (i, o) {
      let a = r.length === 0 ? n : r.reduce((u, c) => c(i, u), n);
      (await o(),
        co(i, a, t.overwrite !== !1),
        t?.removePoweredBy && i.res.headers.delete("X-Powered-By"));
    }
  );
};
function so(e) {
  return Object.entries(no)
    .filter(([t]) => e[t])
    .map(([t, n]) => {
      let r = e[t];
      return typeof r == "string" ? [n[0], r] : n;
    });
}
function Mr(e, t) {
  let n = [],
    r = [];
  for (let [s, i] of Object.entries(e)) {
    let o = Array.isArray(i) ? i : [i];
    (o.forEach((a, u) => {
      if (typeof a == "function") {
        let c = u * 2 + 2 + r.length;
        n.push((l, f) => {
          f[c] = a(l, s);
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
function io(e) {
  return Object.entries(e)
    .map(([t, n]) => {
      let r = oo(t);
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
function oo(e) {
  return e.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function uo(e = []) {
  return e.map((t) => `${t.name}="${t.url}"`).join(", ");
}
function ao(e = []) {
  return e.map((t) => JSON.stringify(t)).join(", ");
}
function co(e, t, n) {
  t.forEach(([r, s]) => {
    (!n && e.res.headers.has(r)) || e.res.headers.set(r, s);
  });
}
var lo = /^application\/([\w.-]+\+)?json$/i,
  fo = (e) => e.split(";")[0].trim().toLowerCase(),
  an = (e, t) => async (n, r) => {
    let s = {},
      i = n.req.header("Content-Type"),
      o = i ? fo(i) : "";
    switch (e) {
      case "json":
        if (!lo.test(o)) break;
        try {
          s = await n.req.json();
        } catch {
          throw new C(400, { message: "Malformed JSON in request body" });
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
            ((u = await tt(l, i)), (n.req.bodyCache.formData = u));
          } catch (l) {
            let f = "Malformed FormData request.";
            throw (
              (f += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new C(400, { message: f })
            );
          }
        let c = Object.create(null);
        (u.forEach((l, f) => {
          f.endsWith("[]")
            ? (c[f] ??= []).push(l)
            : Array.isArray(c[f])
              ? c[f].push(l)
              : Object.hasOwn(c, f)
                ? (c[f] = [c[f], l])
                : (c[f] = l);
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
        s = Ae(n);
    }
    let a = await t(s, n);
    return a instanceof Response
      ? a
      : (n.req.addValidatedData(e, a), await r());
  };
var $r = { header: ["cookie"] };
function po(e, t, n) {
  if (!(n in $r)) return e;
  let r = $r[n] || [];
  return t === "arktype" ? mo(e, r) : t === "valibot" ? ho(e, r) : e;
}
function mo(e, t) {
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
function ho(e, t) {
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
var qr = (e, t, n) =>
  an(e, async (r, s) => {
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
      let o = po(i.issues, t["~standard"].vendor, e);
      return s.json({ data: r, error: o, success: !1 }, 400);
    }
    return i.value;
  });
var Ur = Symbol("openapi");
var go = (e) => e.base,
  vo = (e) => {
    e.zodSchema._zod.def.type === "date" &&
      ((e.jsonSchema.type = "string"), (e.jsonSchema.format = "date-time"));
  };
function ae(e, t) {
  let n = e["~standard"].vendor;
  return {
    vendor: n,
    validate: e["~standard"].validate,
    toJSONSchema: (r) => fn(e, { ...t, ...r }),
    toOpenAPISchema: (r) =>
      lt(e, {
        ...t,
        ...r,
        ...(n === "arktype" ? bo(t, r) : void 0),
        ...(n === "zod" ? xo(e, t, r) : void 0),
      }),
  };
}
function bo(e, t) {
  let n = e?.options,
    r = t?.options;
  if (!(e?.fallback || n?.fallback || t?.fallback || r?.fallback))
    return { options: { fallback: go, ...n, ...r } };
}
function xo(e, t, n) {
  if (!("_zod" in e)) return;
  let r = t?.options,
    s = n?.options;
  if (!(t?.override || r?.override || n?.override || s?.override))
    return { options: { unrepresentable: "any", override: vo, ...r, ...s } };
}
function Lr(e, t, n, r) {
  let s = qr(e, t, n);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [Ur]: { target: e, ...ae(t, r), options: r } })
  );
}
function Fr(e) {
  let t = async (n, r) => {
    await r();
  };
  return (
    Object.defineProperty(t, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(t, { [Ur]: { spec: e } })
  );
}
var ot = "golmok_session",
  wo = 1024 * 1024,
  cn = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  it = class extends Error {
    constructor(n) {
      super("invalid input");
      this.fields = n;
    }
    fields;
  };
function te(e, t) {
  return Lr(e, t, (n) => {
    if (!n.success) {
      let r = n.error;
      throw new it(
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
function ut(e) {
  let t = e.env;
  return (
    t?.event?.requestContext?.http?.sourceIp ??
    t?.incoming?.socket?.remoteAddress ??
    e.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var ko = new Set(["GET", "HEAD", "OPTIONS"]);
function Br(e) {
  let t = new on();
  return (
    t.use("*", async (n, r) => {
      let s = performance.now(),
        i = J("req");
      n.set("requestId", i);
      let o = In();
      await An(o, r);
      let a = performance.now() - s;
      (n.header("x-request-id", i),
        n.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let u = n.get("actor"),
        c = u && u.type === "user" ? u.tenantId : void 0;
      (c && q.record(c, e, o),
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
      un({
        strictTransportSecurity: cn()
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
      jr({
        maxSize: wo,
        onError: () => {
          throw new x(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    t.use("*", async (n, r) => {
      let s = { type: "public" },
        i = Ae(n, ot);
      if (i) {
        let o = await A.session(i);
        if (o) {
          let { csrf: a, planId: u, ...c } = o;
          ((s = c),
            n.set("csrf", a),
            n.set("planId", u),
            n.set("sessionToken", i));
        }
      }
      if ((n.set("actor", s), !ko.has(n.req.method))) {
        let o = n.req.header("origin");
        if (o && new URL(n.req.url).host !== Eo(o))
          throw new x(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && n.req.header("x-csrf-token") !== n.get("csrf"))
          throw new x(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await R(s, async () => {
        (s.type === "user" &&
          (await q.assertWithinQuota(n.get("planId") ?? "basic", {
            requests: 1,
          })),
          await r());
      });
    }),
    t.onError((n, r) => Io(n, r)),
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
function Eo(e) {
  try {
    return new URL(e).host;
  } catch {
    return;
  }
}
function Io(e, t) {
  let n = t.get("requestId");
  if (e instanceof it)
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
  if (e instanceof x) {
    e.extra.retryAfterSeconds !== void 0 &&
      t.header("retry-after", String(e.extra.retryAfterSeconds));
    let s = e.code === "body_too_large" ? 413 : Rn[e.kind];
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
  if (e instanceof C && e.status < 500) {
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
var at = v({
    code: m(),
    message: m(),
    fields: j(gt(v({ field: m(), message: m() }))),
    requestId: m(),
  }),
  je = v({ ok: V(!0) }),
  Ao = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: ae(at) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: ae(at) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: ae(at) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: ae(at) } },
    },
  };
function F(e, t, n, r = 200) {
  return Fr({
    tags: [e],
    summary: t,
    responses: {
      [r]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: ae(n) } },
      },
      ...Ao,
    },
  });
}
var Hr = v({
  user: v({ id: m(), email: m(), name: m(), role: m() }),
  tenant: v({
    id: m(),
    businessName: m(),
    industry: m(),
    plan: v({ id: m(), name: m(), priceKrw: bt() }),
  }),
  csrfToken: m(),
});
function Vr(e, t) {
  _t(e, ot, t, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !cn(),
    path: "/",
    maxAge: Qe * 24 * 3600,
  });
}
var zr = Br("auth")
  .get(
    "/api/health",
    F("platform", "\uC0C1\uD0DC \uD655\uC778", v({ ok: V(!0) })),
    (e) => e.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    F(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      v({ ok: V(!0), email: m() }),
      201,
    ),
    te("json", ar),
    async (e) => {
      let t = e.req.valid("json");
      return (
        await A.signup(t, ut(e)),
        e.json({ ok: !0, email: t.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    F("auth", "\uC774\uBA54\uC77C \uC778\uC99D", je),
    te("json", Ht),
    async (e) => (
      await A.verifyEmail(e.req.valid("json").token),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    F(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      Hr,
    ),
    te("json", cr),
    async (e) => {
      let { email: t, password: n } = e.req.valid("json"),
        { token: r, me: s } = await A.login(t, n, ut(e));
      return (Vr(e, r), e.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    F("auth", "\uB85C\uADF8\uC544\uC6C3", je),
    async (e) => {
      let t = e.get("sessionToken");
      return (
        t && (await A.logout(t)),
        kn(e, ot, { path: "/" }),
        e.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    F(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      je,
    ),
    te("json", lr),
    async (e) => (
      await A.requestPasswordReset(e.req.valid("json").email, ut(e)),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    F("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", je),
    te("json", fr),
    async (e) => {
      let { token: t, password: n } = e.req.valid("json");
      return (await A.confirmPasswordReset(t, n), e.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    F(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      v({ email: m(), businessName: m(), role: m() }),
    ),
    te("query", Ht),
    async (e) => e.json(await A.inviteInfo(e.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    F("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", Hr),
    te("json", pr),
    async (e) => {
      let { token: t, name: n, password: r } = e.req.valid("json"),
        s = await A.acceptInvite(t, n, r);
      return (Vr(e, s.token), e.json(s.me));
    },
  );
var So = pt(zr),
  Nl = async (e, t) => {
    let n = await So(e, t);
    return (await q.flushIfDue(), n);
  };
export { Nl as handler };
