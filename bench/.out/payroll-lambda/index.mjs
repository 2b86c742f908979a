import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { b as De } from "./chunk-WTB2WIBV.mjs";
import "./chunk-6M77F5EE.mjs";
import { b as Ft } from "./chunk-TTRPI3JO.mjs";
import { d as U0 } from "./chunk-RECWWCY6.mjs";
var Ne = (e) => {
    let t = "",
      n = new Uint8Array(e);
    for (let r = 0, s = n.length; r < s; r++) t += String.fromCharCode(n[r]);
    return btoa(t);
  },
  Ht = (e) => {
    let t = atob(e),
      n = new Uint8Array(new ArrayBuffer(t.length)),
      r = t.length / 2;
    for (let s = 0, i = t.length - 1; s <= r; s++, i--)
      ((n[s] = t.charCodeAt(s)), (n[i] = t.charCodeAt(i)));
    return n;
  };
function P0(e) {
  return /[^\x00-\x7F]/.test(e) ? encodeURIComponent(e) : e;
}
var Ur = (e) => e.requestContext;
var Me =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (n, r) => {
      let s = Xr(n),
        i,
        o;
      try {
        ((i = s.createRequest(n)), (o = Ur(n)));
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
  le = class {
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
          ? Ht(e.body)
          : new TextEncoder().encode(e.body);
        ((i.body = o), s.set("content-length", o.length.toString()));
      }
      return new Request(r, i);
    }
    async createResult(e, t, n) {
      let r = t.headers.get("content-type"),
        s = n.isContentTypeBinary ?? zt,
        i = !!(r && s(r));
      if (!i) {
        let a = t.headers.get("content-encoding");
        i = Qr(a);
      }
      let o = {
        body: i ? Ne(await t.arrayBuffer()) : await t.text(),
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
  Br = class extends le {
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
        for (let [n, r] of Object.entries(e.headers)) r && t.set(n, P0(r));
      return t;
    }
  },
  Fr = new Br(),
  Hr = class extends le {
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
          r && r.forEach((s) => t.append(n, P0(s)));
      if (e.headers)
        for (let [n, r] of Object.entries(e.headers))
          r && !t.has(n) && t.set(n, P0(r));
      return t;
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders = { "set-cookie": t };
    }
  },
  zr = new Hr(),
  Vr = class extends le {
    getHeaders(e) {
      let t = new Headers();
      if (e.multiValueHeaders) {
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          if (r && Array.isArray(r)) {
            let s = P0(r.join("; "));
            t.set(n, s);
          }
      } else
        for (let [n, r] of Object.entries(e.headers ?? {}))
          r && t.set(n, P0(r));
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
  Wr = new Vr(),
  Kr = class extends le {
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
          r && r.forEach((s) => t.append(n, P0(s)));
      return t;
    }
    getCookies() {}
    setCookiesToResult(e, t) {
      e.headers = { ...e.headers, "set-cookie": t };
    }
  },
  Gr = new Kr(),
  Xr = (e) => (Yr(e) ? Wr : Zr(e) ? Fr : Jr(e) ? Gr : zr),
  Yr = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  Zr = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  Jr = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  zt = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  Qr = (e) => !!e && !/^identity$/i.test(e);
var pe,
  es = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function ts(e) {
  return !e && !pe
    ? es
    : {
        lang: e?.lang ?? pe?.lang,
        message: e?.message,
        abortEarly: e?.abortEarly ?? pe?.abortEarly,
        abortPipeEarly: e?.abortPipeEarly ?? pe?.abortPipeEarly,
      };
}
var ns;
function rs(e) {
  return ns?.get(e);
}
var ss;
function is(e) {
  return ss?.get(e);
}
var os;
function as(e, t) {
  return os?.get(e)?.get(t);
}
function w0(e) {
  let t = typeof e;
  return t === "string"
    ? `"${e}"`
    : t === "number" || t === "bigint" || t === "boolean"
      ? `${e}`
      : t === "object" || t === "function"
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? "null")
        : t;
}
function T(e, t, n, r, s) {
  let i = s && "input" in s ? s.input : n.value,
    o = s?.expected ?? e.expects ?? null,
    a = s?.received ?? w0(i),
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
      as(e.reference, u.lang) ??
      (c ? is(u.lang) : null) ??
      r.message ??
      rs(u.lang);
  (l !== void 0 && (u.message = typeof l == "function" ? l(u) : l),
    c && (n.typed = !1),
    n.issues ? n.issues.push(u) : (n.issues = [u]));
}
function us(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function cs(e, t) {
  return (
    Object.prototype.hasOwnProperty.call(e, t) &&
    t !== "__proto__" &&
    t !== "prototype" &&
    t !== "constructor"
  );
}
function Wt(e, t) {
  let n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? "never");
}
function Y(e) {
  return (
    (e["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (t) => e["~run"]({ value: t }, ts()),
    }),
    e
  );
}
var ls =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  _a = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function P(e, t) {
  return {
    kind: "validation",
    type: "check",
    reference: P,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement(n.value) && T(this, "input", n, r),
        n
      );
    },
  };
}
function je(e) {
  return {
    kind: "validation",
    type: "email",
    reference: je,
    expects: null,
    async: !1,
    requirement: ls,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement.test(t.value) && T(this, "email", t, n),
        t
      );
    },
  };
}
function fe(e) {
  return {
    kind: "validation",
    type: "integer",
    reference: fe,
    async: !1,
    expects: null,
    requirement: Number.isInteger,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement(t.value) && T(this, "integer", t, n),
        t
      );
    },
  };
}
function N(e, t) {
  return {
    kind: "validation",
    type: "max_length",
    reference: N,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length > this.requirement &&
          T(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function B0(e, t) {
  return {
    kind: "validation",
    type: "max_value",
    reference: B0,
    async: !1,
    expects: `<=${e instanceof Date ? e.toJSON() : w0(e)}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          !(n.value <= this.requirement) &&
          T(this, "value", n, r, {
            received: n.value instanceof Date ? n.value.toJSON() : w0(n.value),
          }),
        n
      );
    },
  };
}
function qe(e, t) {
  return {
    kind: "validation",
    type: "min_length",
    reference: qe,
    async: !1,
    expects: `>=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length < this.requirement &&
          T(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function F0(e, t) {
  return {
    kind: "validation",
    type: "min_value",
    reference: F0,
    async: !1,
    expects: `>=${e instanceof Date ? e.toJSON() : w0(e)}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          !(n.value >= this.requirement) &&
          T(this, "value", n, r, {
            received: n.value instanceof Date ? n.value.toJSON() : w0(n.value),
          }),
        n
      );
    },
  };
}
function d0(e) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: d0,
    async: !1,
    expects: "!0",
    message: e,
    "~run"(t, n) {
      return (
        t.typed &&
          t.value.length === 0 &&
          T(this, "length", t, n, { received: "0" }),
        t
      );
    },
  };
}
function q(e, t) {
  return {
    kind: "validation",
    type: "regex",
    reference: q,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement.test(n.value) && T(this, "format", n, r),
        n
      );
    },
  };
}
function Le() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: Le,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.toLowerCase()), e);
    },
  };
}
function h0(e) {
  return {
    kind: "transformation",
    type: "transform",
    reference: h0,
    async: !1,
    operation: e,
    "~run"(t) {
      return ((t.value = this.operation(t.value)), t);
    },
  };
}
function L() {
  return {
    kind: "transformation",
    type: "trim",
    reference: L,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.trim()), e);
    },
  };
}
function Kt(e, t, n) {
  return typeof e.fallback == "function" ? e.fallback(t, n) : e.fallback;
}
function c0(e, t) {
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
function Ue(e, t, n) {
  return typeof e.default == "function" ? e.default(t, n) : e.default;
}
function Z(e, t) {
  return Y({
    kind: "schema",
    type: "array",
    reference: Z,
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
      } else T(this, "type", n, r);
      return n;
    },
  });
}
function t0(e) {
  return Y({
    kind: "schema",
    type: "boolean",
    reference: t0,
    expects: "boolean",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "boolean" ? (t.typed = !0) : T(this, "type", t, n),
        t
      );
    },
  });
}
function n0(e, t) {
  return Y({
    kind: "schema",
    type: "literal",
    reference: n0,
    expects: w0(e),
    async: !1,
    literal: e,
    message: t,
    "~run"(n, r) {
      return (
        us(n.value, this.literal) ? (n.typed = !0) : T(this, "type", n, r),
        n
      );
    },
  });
}
function g0(e, t) {
  return Y({
    kind: "schema",
    type: "loose_object",
    reference: g0,
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
            let a = i in s ? s[i] : Ue(o),
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
          } else if (o.fallback !== void 0) n.value[i] = Kt(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            (T(this, "key", n, r, {
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
            cs(s, i) &&
              !Object.prototype.hasOwnProperty.call(this.entries, i) &&
              (n.value[i] = s[i]);
      } else T(this, "type", n, r);
      return n;
    },
  });
}
function J(e) {
  return Y({
    kind: "schema",
    type: "number",
    reference: J,
    expects: "number",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "number" && !isNaN(t.value)
          ? (t.typed = !0)
          : T(this, "type", t, n),
        t
      );
    },
  });
}
function E(e, t) {
  return Y({
    kind: "schema",
    type: "object",
    reference: E,
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
            let a = i in s ? s[i] : Ue(o),
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
          } else if (o.fallback !== void 0) n.value[i] = Kt(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            (T(this, "key", n, r, {
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
      } else T(this, "type", n, r);
      return n;
    },
  });
}
function g(e, t) {
  return Y({
    kind: "schema",
    type: "optional",
    reference: g,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === void 0 &&
        (this.default !== void 0 && (n.value = Ue(this, n, r)),
        n.value === void 0)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function l0(e, t) {
  return Y({
    kind: "schema",
    type: "picklist",
    reference: l0,
    expects: Wt(e.map(w0), "|"),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      return (
        this.options.includes(n.value) ? (n.typed = !0) : T(this, "type", n, r),
        n
      );
    },
  });
}
function y(e) {
  return Y({
    kind: "schema",
    type: "string",
    reference: y,
    expects: "string",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "string" ? (t.typed = !0) : T(this, "type", t, n),
        t
      );
    },
  });
}
function Vt(e) {
  let t;
  if (e)
    for (let n of e)
      if (t) for (let r of n.issues) t.push(r);
      else t = n.issues;
  return t;
}
function k0(e, t) {
  return Y({
    kind: "schema",
    type: "union",
    reference: k0,
    expects: Wt(
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
        (T(this, "type", n, r, { issues: Vt(i) }), (n.typed = !0));
      } else {
        if (o?.length === 1) return o[0];
        T(this, "type", n, r, { issues: Vt(o) });
      }
      return n;
    },
  });
}
function w(...e) {
  return Y({
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
var M = {};
U0(M, {
  Payroll: () => M,
  confirmRun: () => Li,
  createEmployee: () => Ci,
  createRun: () => Mi,
  getRun: () => ji,
  listEmployees: () => $i,
  listRuns: () => qi,
  payslipPdf: () => Bi,
  preview: () => Wn,
  register: () => zi,
  revealRrn: () => Di,
  updateEmployee: () => Oi,
  yearlyRegister: () => Hi,
});
import { QueryCommand as Ti } from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as fs,
  GetItemCommand as ms,
  TransactWriteItemsCommand as ys,
  TransactionCanceledException as ds,
  ConditionalCheckFailedException as hs,
} from "@aws-sdk/client-dynamodb";
import { marshall as gs, unmarshall as vs } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as ps } from "node:async_hooks";
var Gt = new ps();
function Xt() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function Yt(e, t) {
  return Gt.run(e, t);
}
function Zt() {
  return Gt.getStore();
}
function I() {
  return process.env.TABLE_NAME ?? "golmok";
}
var Jt = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  bs = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  H0;
function R() {
  if (H0) return H0;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (H0 = new fs({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    H0.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          i = Jt.has(s) || bs.has(s),
          o = r.input;
        i && !o.ReturnConsumedCapacity && (o.ReturnConsumedCapacity = "TOTAL");
        let a = await t(r),
          u = Zt();
        if (u && i) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((p, m) => p + (m.CapacityUnits ?? 0), 0);
          (u.dbCalls++, Jt.has(s) ? (u.readUnits += l) : (u.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    H0
  );
}
function z0(e) {
  return e instanceof hs || e?.name === "ConditionalCheckFailedException";
}
function xs(e) {
  return !(e instanceof ds) && e?.name !== "TransactionCanceledException"
    ? []
    : (e.CancellationReasons ?? []).flatMap((n, r) =>
        n.Code === "ConditionalCheckFailed" ? [r] : [],
      );
}
function h(e) {
  return gs(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function r0(e) {
  return e ? vs(e) : void 0;
}
async function O(e, t = !1) {
  let n = await R().send(
    new ms({ TableName: I(), Key: h(e), ConsistentRead: t }),
  );
  return r0(n.Item);
}
function U(e, t, n) {
  return {
    Put: {
      TableName: I(),
      Item: h(e),
      ...(t ? { ConditionExpression: t } : {}),
      ...(n ? { ExpressionAttributeValues: h(n) } : {}),
    },
  };
}
async function W(e, t) {
  try {
    await R().send(new ys({ TransactItems: e }));
  } catch (n) {
    let r = xs(n);
    for (let s of r) {
      let i = t?.(s);
      if (i) throw i;
    }
    throw n;
  }
}
import { createHash as Is } from "node:crypto";
import { AsyncLocalStorage as ws } from "node:async_hooks";
var Qt = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  d = class extends Error {
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
var en = new ws();
function B(e, t) {
  return en.run(e, t);
}
function Be() {
  return en.getStore() ?? { type: "public" };
}
function K() {
  let e = Be();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new d(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function V0() {
  let e = Be();
  if (e.type !== "user")
    throw new d(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return e;
}
var ks = {
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
function Es(e, t) {
  return ks[e].includes(t);
}
function F(e) {
  let t = Be();
  if (t.type !== "system") {
    if (t.type !== "user")
      throw new d(
        "unauthorized",
        "unauthenticated",
        "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      );
    if (!Es(t.role, e))
      throw new d(
        "forbidden",
        "forbidden",
        "\uC774 \uC791\uC5C5\uC744 \uD560 \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uB300\uD45C\uC5D0\uAC8C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
      );
  }
}
var Fe = (e) => Is("sha256").update(e).digest("base64url"),
  s0 = () => `T#${K()}`,
  f = {
    tenant: () => ({ pk: s0(), sk: "TENANT" }),
    user: (e) => ({ pk: s0(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: s0(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: s0(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: s0(), sk: `MAIL#${e}` }),
    employee: (e) => ({ pk: s0(), sk: `EMP#${e}` }),
    employeesPrefix: () => ({ pk: s0(), skPrefix: "EMP#" }),
    payrollRun: (e) => ({ pk: s0(), sk: `RUN#${e}` }),
    payrollRunsPrefix: () => ({ pk: s0(), skPrefix: "RUN#" }),
    payrollLock: (e) => ({ pk: s0(), sk: `RUNLOCK#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${Fe(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${Fe(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${Fe(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import { randomBytes as Os } from "node:crypto";
import ye from "node:crypto";
var W0 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  K0 = 32;
var As = 16,
  He = 10,
  tn = 0xffffffffffff;
var p0;
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
})(p0 || (p0 = {}));
var f0 = class extends Error {
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function _s(e) {
  let t = Math.floor(e() * K0) % K0;
  return W0.charAt(t);
}
function nn(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Ss(e) {
  let t,
    n = e.length,
    r,
    s,
    i = e,
    o = K0 - 1;
  for (; !t && n-- >= 0;) {
    if (((r = i[n]), (s = W0.indexOf(r)), s === -1))
      throw new f0(p0.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === o) {
      i = nn(i, n, W0[0]);
      continue;
    }
    t = nn(i, n, W0[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new f0(p0.Base32IncorrectEncoding, "Failed incrementing string");
}
function Rs(e) {
  let t = Ts(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof ye < "u" ? ye : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
  if (ye?.randomBytes) return () => ye.randomBytes(1).readUInt8() / 256;
  throw new f0(p0.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Ts() {
  return Cs()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Ps(e, t) {
  let n = "";
  for (; e > 0; e--) n = _s(t) + n;
  return n;
}
function rn(e, t = He) {
  if (isNaN(e))
    throw new f0(p0.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > tn)
    throw new f0(
      p0.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${tn}: ${e}`,
    );
  if (e < 0) throw new f0(p0.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new f0(p0.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % K0), (r = W0.charAt(n) + r), (e = (e - n) / K0));
  return r;
}
function Cs() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function sn(e) {
  let t = e || Rs(),
    n = 0,
    r;
  return function (i) {
    let o = !i || isNaN(i) ? Date.now() : i;
    if (o <= n) {
      let u = (r = Ss(r));
      return rn(n, He) + u;
    }
    n = o;
    let a = (r = Ps(As, t));
    return rn(o, He) + a;
  };
}
var $s = sn();
function Q(e) {
  return `${e}_${$s().toLowerCase()}`;
}
function C0() {
  return Os(32).toString("base64url");
}
var z = {};
U0(z, {
  Mail: () => z,
  deliver: () => bn,
  drain: () => ti,
  due: () => xn,
  enqueue: () => gn,
  events: () => hn,
  notify: () => vn,
  recordEvent: () => ni,
  resetSesClient: () => ei,
  send: () => Js,
});
import { EventEmitter as Ws } from "node:events";
import {
  PutItemCommand as Ks,
  QueryCommand as Gs,
  TransactWriteItemsCommand as Xs,
  UpdateItemCommand as Ke,
} from "@aws-sdk/client-dynamodb";
var H = {};
U0(H, {
  Metering: () => H,
  assertWithinQuota: () => zs,
  billableUpdate: () => Fs,
  clearCache: () => Vs,
  current: () => fn,
  flush: () => de,
  flushIfDue: () => Ls,
  record: () => qs,
});
import {
  GetItemCommand as js,
  UpdateItemCommand as un,
} from "@aws-sdk/client-dynamodb";
var m0 = {};
U0(m0, {
  METRIC_LABEL: () => Ds,
  PLAN_TABLE: () => ze,
  Plan: () => m0,
  exceeded: () => Ms,
  get: () => Ns,
});
var Ds = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
    payslips: { label: "\uC784\uAE08\uBA85\uC138\uC11C", unit: "\uAC74" },
  },
  ze = [
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
function Ns(e, t) {
  return ([...ze].reverse().find((r) => r.from <= t) ?? ze[0]).plans[e];
}
function Ms(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
  }
  return null;
}
function S() {
  return Date.now();
}
function E0(e = S()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function Ve(e) {
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
var i0 = (e = S()) => Math.floor(e / 1e3);
function on(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var cn = Number(process.env.METER_FLUSH_EVERY ?? 200),
  ln = Number(process.env.METER_FLUSH_MS ?? 1e4),
  v0 = new Map(),
  O0 = 0,
  pn = 0,
  $0,
  G0;
function qs(e, t, n, r = S()) {
  let s = E0(r),
    i = `${e}|${s}`,
    o = v0.get(i);
  (o ||
    ((o = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    v0.set(i, o)),
    o.requests++,
    (o.dbReadUnits += n.readUnits),
    (o.dbWriteUnits += n.writeUnits),
    (o.modules[t] = (o.modules[t] ?? 0) + 1),
    O0 === 0 && (pn = r),
    O0++,
    O0 >= cn
      ? de()
      : $0 ||
        (($0 = setTimeout(() => {
          de();
        }, ln)),
        $0.unref()));
}
async function Ls(e = S()) {
  (O0 >= cn || (O0 > 0 && e - pn >= ln)) && (await de());
}
async function de() {
  (G0 && (await G0), $0 && clearTimeout($0), ($0 = void 0));
  let e = [...v0.values()];
  if ((v0.clear(), (O0 = 0), e.length !== 0)) {
    G0 = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await B({ type: "system", tenantId: n.tenantId }, () => Us(n));
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
          s = v0.get(r);
        if (!s) v0.set(r, n);
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
      await G0;
    } finally {
      G0 = void 0;
    }
  }
}
async function Us(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, i], o) => (
        (t[`#m${o}`] = s),
        (n[`:m${o}`] = i),
        `#mod.#m${o} :m${o}`
      ),
    );
  (await Bs(e.month),
    await R().send(
      new un({
        TableName: I(),
        Key: h(f.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: h(n),
      }),
    ));
}
var an = new Set();
async function Bs(e) {
  let t = f.usage(e),
    n = `${t.pk}|${t.sk}`;
  an.has(n) ||
    (await R()
      .send(
        new un({
          TableName: I(),
          Key: h(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: h({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    an.add(n));
}
function Fs(e, t = 1, n = E0()) {
  return {
    Update: {
      TableName: I(),
      Key: h(f.usage(n)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: h({ ":n": t }),
    },
  };
}
async function fn(e = E0()) {
  let t = await R().send(
      new js({ TableName: I(), Key: h(f.usage(e)), ConsistentRead: !0 }),
    ),
    n = r0(t.Item) ?? {},
    r = v0.get(`${K()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    payslips: n.payslips ?? 0,
    byModule: n.byModule ?? {},
  };
}
var Hs = 3e4,
  We = new Map();
async function zs(e, t) {
  let n = E0(),
    s = `${K()}|${n}`,
    i = We.get(s),
    o = Object.keys(t).some((p) => p !== "requests");
  (!i || S() - i.at > Hs || o) &&
    ((i = { at: S(), usage: await fn(n) }), We.set(s, i));
  let a = v0.get(s),
    u = {
      ...i.usage,
      requests: Math.max(i.usage.requests ?? 0, a?.requests ?? 0),
    },
    c = m0.get(e, n),
    l = m0.exceeded(c, u, t);
  if (l) {
    let { label: p } = m0.METRIC_LABEL[l];
    throw new d(
      "quota_exceeded",
      "quota_exceeded",
      `${c.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${p} \uD55C\uB3C4(${c.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${on(Ve(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(Ve(n)) - S()) / 1e3) },
    );
  }
}
function Vs() {
  We.clear();
}
var dn = 4,
  mn = 6e4,
  Ys = 10,
  Zs = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  hn = new Ws();
function gn(e) {
  let t = Q("mail"),
    n = K(),
    r = S(),
    s = t.charCodeAt(t.length - 1) % dn,
    i = {
      ...f.mail(t),
      ...e,
      id: t,
      tenantId: n,
      status: "pending",
      attempts: 0,
      createdAt: new Date(r).toISOString(),
      nextAttemptAt: r,
      gsi1pk: f.outboxShard(s),
      gsi1sk: `${String(r).padStart(15, "0")}#${t}`,
    };
  return {
    id: t,
    put: {
      Put: {
        TableName: I(),
        Item: h(i),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function Js(e) {
  let { id: t, put: n } = gn(e);
  return (await R().send(new Ks(n.Put)), await vn(t), t);
}
var yn;
async function vn(e) {
  let t = K(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((yn ??= new r({})),
      await yn
        .send(
          new s({
            QueueUrl: n,
            MessageBody: JSON.stringify({ tenantId: t, id: e }),
          }),
        )
        .catch((i) =>
          console.error(
            JSON.stringify({
              level: "warn",
              msg: "outbox notify failed",
              id: e,
              error: String(i),
            }),
          ),
        ));
  } else hn.emit("queued", { tenantId: t, id: e });
}
var he;
async function Qs() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (he ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    he
  );
}
function ei() {
  (he?.destroy(), (he = void 0));
}
async function bn(e, t) {
  return B({ type: "system", tenantId: e }, async () => {
    let n = S(),
      r;
    try {
      let s = await R().send(
        new Ke({
          TableName: I(),
          Key: h(f.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: h({
            ":lease": n + mn,
            ":gsk": `${String(n + mn).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = r0(s.Attributes);
    } catch (s) {
      if (z0(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        i = await (
          await Qs()
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
        await R().send(
          new Xs({
            TransactItems: [
              {
                Update: {
                  TableName: I(),
                  Key: h(f.mail(t)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: h({
                    ":sent": "sent",
                    ":at": new Date(S()).toISOString(),
                    ":mid": i.MessageId ?? "",
                  }),
                },
              },
              H.billableUpdate("emails", 1),
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
          ].includes(i) || r.attempts >= Ys,
        u = S() + Math.min(Zs() * 2 ** (r.attempts - 1), 36e5);
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
        await R().send(
          new Ke({
            TableName: I(),
            Key: h(f.mail(t)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: h(
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
async function xn(e = 50, t = S()) {
  let n = [];
  for (let r = 0; r < dn; r++) {
    let s = await R().send(
      new Gs({
        TableName: I(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: h({
          ":pk": f.outboxShard(r),
          ":now": `${String(t).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let i of s.Items ?? []) {
      let o = r0(i);
      n.push({ tenantId: o.tenantId, id: o.id });
    }
  }
  return n;
}
async function ti() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await xn()) e[await bn(t, n)]++;
  return e;
}
async function ni(e, t, n, r, s = "") {
  await B({ type: "system", tenantId: e }, () =>
    R()
      .send(
        new Ke({
          TableName: I(),
          Key: h(f.mail(t)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${n}At` },
          ExpressionAttributeValues: h({
            ":at": r,
            ":ev": n,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((i) => {
        if (!z0(i)) throw i;
      }),
  );
}
var ri = {
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
function X0(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{13}$/.test(t) ? t : null;
}
function Ge(e) {
  let t = X0(e);
  if (!t) return null;
  let n = ri[t[6]] + Number(t.slice(0, 2)),
    r = Number(t.slice(2, 4)),
    s = Number(t.slice(4, 6)),
    i = new Date(Date.UTC(n, r - 1, s));
  return i.getUTCFullYear() !== n ||
    i.getUTCMonth() !== r - 1 ||
    i.getUTCDate() !== s
    ? null
    : i.toISOString().slice(0, 10);
}
function wn(e) {
  return Ge(e) !== null;
}
function kn(e) {
  let t = X0(e) ?? "";
  return t.length === 13 ? `${t.slice(0, 6)}-${t[6]}******` : "******-*******";
}
var si = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function Y0(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(t) ? t : null;
}
function En(e) {
  let t = Y0(e);
  if (!t) return !1;
  let n = [...t].map(Number),
    r = 0;
  for (let s = 0; s < 9; s++) r += n[s] * si[s];
  return ((r += Math.floor((n[8] * 5) / 10)), (10 - (r % 10)) % 10 === n[9]);
}
function Xe(e) {
  let t = Y0(e) ?? e;
  return t.length === 10
    ? `${t.slice(0, 3)}-${t.slice(3, 5)}-${t.slice(5)}`
    : t;
}
import {
  createCipheriv as ii,
  createDecipheriv as oi,
  randomBytes as An,
} from "node:crypto";
import {
  existsSync as ai,
  mkdirSync as ui,
  readFileSync as ci,
  writeFileSync as li,
} from "node:fs";
import { dirname as pi } from "node:path";
import { UpdateItemCommand as fi } from "@aws-sdk/client-dynamodb";
function mi() {
  let e = process.env.GOLMOK_DATA_KEY;
  if (e) return { keyId: "env", key: Buffer.from(e, "base64") };
  let t = process.env.GOLMOK_DATA_KEY_FILE ?? ".data/data-key";
  ai(t) ||
    (ui(pi(t), { recursive: !0 }),
    li(t, An(32).toString("base64"), { mode: 384 }));
  let n = Buffer.from(ci(t, "utf8").trim(), "base64");
  if (n.length !== 32) throw new Error(`${t} must hold a 32-byte base64 key`);
  return { keyId: "local", key: n };
}
var In = new Map();
async function yi(e, t) {
  let {
      KMSClient: n,
      DecryptCommand: r,
      GenerateDataKeyCommand: s,
    } = await import("@aws-sdk/client-kms"),
    i = new n({}),
    o = { tenant: t },
    u = (await O(f.tenant(), !0))?.dekCiphertext;
  if (!u) {
    let l = await i.send(
        new s({ KeyId: e, KeySpec: "AES_256", EncryptionContext: o }),
      ),
      p = Buffer.from(l.CiphertextBlob).toString("base64");
    try {
      (await R().send(
        new fi({
          TableName: I(),
          Key: h(f.tenant()),
          UpdateExpression: "SET dekCiphertext = :c",
          ConditionExpression:
            "attribute_exists(pk) AND attribute_not_exists(dekCiphertext)",
          ExpressionAttributeValues: h({ ":c": p }),
        }),
      ),
        (u = p));
    } catch (m) {
      if (!z0(m)) throw m;
      u = (await O(f.tenant(), !0)).dekCiphertext;
    }
  }
  let c = await i.send(
    new r({ CiphertextBlob: Buffer.from(u, "base64"), EncryptionContext: o }),
  );
  return { keyId: "kms", key: Buffer.from(c.Plaintext) };
}
async function _n() {
  let e = K(),
    t = process.env.GOLMOK_KMS_KEY_ID,
    n = t ? e : "local",
    r = In.get(n);
  return (r || ((r = t ? await yi(t, e) : mi()), In.set(n, r)), r);
}
async function Ye(e, t) {
  let { keyId: n, key: r } = await _n(),
    s = An(12),
    i = ii("aes-256-gcm", r, s);
  i.setAAD(Buffer.from(t));
  let o = Buffer.concat([i.update(e, "utf8"), i.final()]),
    a = (u) => u.toString("base64url");
  return ["v1", n, a(s), a(i.getAuthTag()), a(o)].join(".");
}
async function Sn(e, t) {
  let { keyId: n, key: r } = await _n(),
    [s, i, o, a, u] = e.split(".");
  if (s !== "v1" || i !== n)
    throw new Error("unknown ciphertext version or key");
  let c = oi("aes-256-gcm", r, Buffer.from(o, "base64url"));
  return (
    c.setAAD(Buffer.from(t)),
    c.setAuthTag(Buffer.from(a, "base64url")),
    Buffer.concat([c.update(Buffer.from(u, "base64url")), c.final()]).toString(
      "utf8",
    )
  );
}
var di = [
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
  hi = [
    { from: "2024-07-01", floor: 39e4, cap: 617e4 },
    { from: "2025-07-01", floor: 4e5, cap: 637e4 },
    { from: "2026-07-01", floor: 41e4, cap: 659e4 },
  ];
function Rn(e, t, n) {
  let r = [...e].reverse().find((s) => s.from <= t);
  if (!r)
    throw new d(
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
var Tn = (e) => Math.floor(e / 10) * 10,
  ge = (e, t) => Tn(Math.floor((e * t) / 1e5));
function Pn(e) {
  let t = Rn(di, e.payDate, "4\uB300\uBCF4\uD5D8"),
    n = Rn(
      hi,
      e.payDate,
      "\uAD6D\uBBFC\uC5F0\uAE08 \uAE30\uC900\uC18C\uB4DD\uC6D4\uC561",
    ),
    r = Math.floor(e.base / 1e3) * 1e3,
    s = Math.min(n.cap, Math.max(n.floor, r)),
    i = r < n.floor ? "floor" : r > n.cap ? "cap" : null,
    o = e.enrolled.pension ? ge(s, t.pension) : 0,
    a = e.enrolled.health ? ge(e.base, t.health) : 0,
    u = e.enrolled.health ? Tn(Math.floor((a * t.ltc.num) / t.ltc.den)) : 0,
    c = e.enrolled.employment ? ge(e.base, t.employment) : 0,
    l = e.enrolled.employment ? ge(e.base, t.employmentStabilityEmployer) : 0;
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
var Ze = {
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
var Cn = [
  {
    effectiveFrom: Ze.effectiveFrom,
    rows: Ze.rows,
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
function On(e) {
  let t = [...Cn].reverse().find((n) => n.effectiveFrom <= e);
  if (!t)
    throw new d(
      "validation",
      "no_rate_table",
      `${e} \uC9C0\uAE09\uBD84\uC5D0 \uC801\uC6A9\uD560 \uADFC\uB85C\uC18C\uB4DD \uAC04\uC774\uC138\uC561\uD45C\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. (${Cn[0].effectiveFrom}\uBD80\uD130 \uC9C0\uC6D0)`,
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
function Je(e, t, n) {
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
function gi(e, t, n) {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError("family must be an integer \u2265 1");
  let r = On(e);
  if (n <= 11) return Je(r, t, n);
  let s = Je(r, t, 10),
    i = Je(r, t, 11);
  return Math.max(0, i - (s - i) * (n - 11));
}
function vi(e, t) {
  let { one: n, two: r, eachFurther: s } = On(e).childReduction;
  return t <= 0 ? 0 : t === 1 ? n : r + s * (t - 2);
}
var ve = (e) => Math.floor(e / 10) * 10;
function $n(e) {
  let t = gi(e.payDate, e.taxableWage, e.family),
    n = vi(e.payDate, e.children),
    r = Math.max(0, t - n),
    s = ve(Math.floor((r * e.rate) / 100)),
    i = ve(Math.floor(s / 10));
  return { tableAmount: t, childReduction: n, incomeTax: s, localIncomeTax: i };
}
function Dn(e) {
  let t = ve(Math.floor((Math.max(0, e - 15e4) * 6 * 45) / 1e4));
  return t < 1e3
    ? { incomeTax: 0, localIncomeTax: 0 }
    : { incomeTax: t, localIncomeTax: ve(Math.floor(t / 10)) };
}
var bi = [
    { from: "2025-01-01", hourly: 10030 },
    { from: "2026-01-01", hourly: 10320 },
    { from: "2027-01-01", hourly: 10700 },
  ],
  Nn = 209;
function Mn(e) {
  let t = [...bi].reverse().find((n) => n.from <= e);
  if (!t)
    throw new d(
      "validation",
      "no_rate_table",
      `${e}\uC5D0 \uC801\uC6A9\uD560 \uCD5C\uC800\uC784\uAE08\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.`,
    );
  return t.hourly;
}
function Qe(e) {
  return e < 15 ? 0 : Math.min(Math.floor((e / 5) * 60) / 60, 8);
}
function jn(e, t) {
  let n = Qe(t);
  return Math.floor((n * e * 365) / 7 / 12);
}
function qn(e, t) {
  return Math.floor((t * e * 365) / 7 / 12);
}
var Ln = [{ from: "2024-01-01", meal: 2e5, car: 2e5, childcare: 2e5 }],
  A = (e) => `${e.toLocaleString("ko-KR")}\uC6D0`,
  D0 = (e) => `${Number.isInteger(e) ? e : e.toFixed(1)}\uC2DC\uAC04`;
function Un(e, t, n, r) {
  let s = [],
    i = [],
    o = (x, _, $, D) => {
      $ > 0 && s.push({ code: x, label: _, amount: Math.floor($), basis: D });
    },
    a = Mn(n),
    u = 0;
  if (e.payType === "monthly")
    ((u = Math.floor(e.baseMonthly / Nn)),
      o(
        "base",
        "\uAE30\uBCF8\uAE09",
        e.baseMonthly,
        "\uC6D4 \uAE30\uBCF8\uAE09",
      ),
      u < a &&
        i.push(
          `\uD1B5\uC0C1\uC2DC\uAE09 ${A(u)}\uC774 \uCD5C\uC800\uC784\uAE08 \uC2DC\uAE09 ${A(a)}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4.`,
        ));
  else if (e.payType === "hourly") {
    ((u = e.hourlyWage),
      t.workedHours !== void 0
        ? o(
            "base",
            "\uAE30\uBCF8\uAE09",
            t.workedHours * e.hourlyWage,
            `${D0(t.workedHours)} \xD7 ${A(e.hourlyWage)}`,
          )
        : o(
            "base",
            "\uAE30\uBCF8\uAE09",
            qn(e.hourlyWage, e.weeklyHours),
            `\uC8FC ${D0(e.weeklyHours)} \xD7 ${A(e.hourlyWage)} \xD7 365/7/12\uC8FC`,
          ));
    let x = Qe(e.weeklyHours);
    (o(
      "weeklyHoliday",
      "\uC8FC\uD734\uC218\uB2F9",
      jn(e.hourlyWage, e.weeklyHours),
      `\uC8FC ${D0(x)} \xD7 ${A(e.hourlyWage)} \xD7 365/7/12\uC8FC`,
    ),
      e.hourlyWage < a &&
        i.push(
          `\uC2DC\uAE09 ${A(e.hourlyWage)}\uC774 \uCD5C\uC800\uC784\uAE08 ${A(a)}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4.`,
        ));
  } else
    (o(
      "base",
      "\uC77C\uAE09",
      e.dailyWage * t.workDays,
      `${t.workDays}\uC77C \xD7 ${A(e.dailyWage)}`,
    ),
      e.dailyWage < a * 8 &&
        i.push(
          `\uC77C\uAE09 ${A(e.dailyWage)}\uC774 \uCD5C\uC800\uC784\uAE08 8\uC2DC\uAC04\uBD84 ${A(a * 8)}\uBCF4\uB2E4 \uB0AE\uC2B5\uB2C8\uB2E4.`,
        ));
  let c = r ? 1.5 : 1;
  (o(
    "overtime",
    "\uC5F0\uC7A5\uADFC\uB85C\uC218\uB2F9",
    t.overtimeHours * u * c,
    `${D0(t.overtimeHours)} \xD7 ${A(u)} \xD7 ${c}`,
  ),
    r &&
      o(
        "night",
        "\uC57C\uAC04\uADFC\uB85C\uC218\uB2F9",
        t.nightHours * u * 0.5,
        `${D0(t.nightHours)} \xD7 ${A(u)} \xD7 0.5 (\uAC00\uC0B0\uBD84)`,
      ),
    o(
      "holiday",
      "\uD734\uC77C\uADFC\uB85C\uC218\uB2F9",
      t.holidayHours * u * c,
      `${D0(t.holidayHours)} \xD7 ${A(u)} \xD7 ${c}`,
    ),
    o("bonus", "\uC0C1\uC5EC\uAE08", t.bonus, "\uC9C0\uAE09\uC561"));
  let l = [...Ln].reverse().find((x) => x.from <= n) ?? Ln[0],
    p = 0;
  for (let [x, _, $] of [
    ["meal", "\uC2DD\uB300", l.meal],
    ["car", "\uC790\uAC00\uC6B4\uC804\uBCF4\uC870\uAE08", l.car],
    ["childcare", "\uBCF4\uC721\uC218\uB2F9", l.childcare],
  ]) {
    let D = e.nonTaxable[x];
    if (D <= 0) continue;
    let ue = Math.min(D, $);
    ((p += ue),
      o(
        x,
        _,
        D,
        D > $
          ? `\uC6D4 ${A(D)} \uC911 ${A($)} \uBE44\uACFC\uC138`
          : `\uBE44\uACFC\uC138 (\uC6D4 ${A($)} \uD55C\uB3C4)`,
      ));
  }
  let m = s.reduce((x, _) => x + _.amount, 0),
    v = m - p,
    k = Pn({ payDate: n, base: v, enrolled: e.insurance });
  (k.pensionFloorCapApplied === "cap" &&
    i.push(
      `\uAD6D\uBBFC\uC5F0\uAE08 \uAE30\uC900\uC18C\uB4DD\uC6D4\uC561 \uC0C1\uD55C(${A(k.pensionBase)})\uC744 \uC801\uC6A9\uD588\uC2B5\uB2C8\uB2E4.`,
    ),
    k.pensionFloorCapApplied === "floor" &&
      i.push(
        `\uAD6D\uBBFC\uC5F0\uAE08 \uAE30\uC900\uC18C\uB4DD\uC6D4\uC561 \uD558\uD55C(${A(k.pensionBase)})\uC744 \uC801\uC6A9\uD588\uC2B5\uB2C8\uB2E4.`,
      ));
  let X = [],
    b = (x, _, $, D) => {
      $ > 0 && X.push({ code: x, label: _, amount: $, basis: D });
    };
  if (
    (b(
      "pension",
      "\uAD6D\uBBFC\uC5F0\uAE08",
      k.employee.pension,
      `\uAE30\uC900\uC18C\uB4DD\uC6D4\uC561 ${A(k.pensionBase)} \xD7 \uADFC\uB85C\uC790 \uBD80\uB2F4\uB960, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC`,
    ),
    b(
      "health",
      "\uAC74\uAC15\uBCF4\uD5D8",
      k.employee.health,
      `\uBCF4\uC218\uC6D4\uC561 ${A(v)} \xD7 \uADFC\uB85C\uC790 \uBD80\uB2F4\uB960, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC`,
    ),
    b(
      "longTermCare",
      "\uC7A5\uAE30\uC694\uC591\uBCF4\uD5D8",
      k.employee.longTermCare,
      `\uAC74\uAC15\uBCF4\uD5D8\uB8CC ${A(k.employee.health)} \uAE30\uC900, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC`,
    ),
    b(
      "employment",
      "\uACE0\uC6A9\uBCF4\uD5D8",
      k.employee.employment,
      `\uBCF4\uC218\uC6D4\uC561 ${A(v)} \xD7 0.9%`,
    ),
    e.payType === "daily")
  ) {
    let x = Dn(e.dailyWage);
    (b(
      "incomeTax",
      "\uC18C\uB4DD\uC138",
      x.incomeTax * t.workDays,
      `(\uC77C\uAE09 \u2212 150,000\uC6D0) \xD7 6% \xD7 45% = \uC77C ${A(x.incomeTax)} \xD7 ${t.workDays}\uC77C`,
    ),
      b(
        "localIncomeTax",
        "\uC9C0\uBC29\uC18C\uB4DD\uC138",
        x.localIncomeTax * t.workDays,
        `\uC77C ${A(x.localIncomeTax)} \xD7 ${t.workDays}\uC77C`,
      ));
  } else {
    let x = $n({
        payDate: n,
        taxableWage: v,
        family: e.family,
        children: e.children,
        rate: e.withholdingRate,
      }),
      _ = x.childReduction
        ? `, \uC790\uB140 ${e.children}\uBA85 \uACF5\uC81C ${A(x.childReduction)}`
        : "";
    (b(
      "incomeTax",
      "\uC18C\uB4DD\uC138",
      x.incomeTax,
      `\uAC04\uC774\uC138\uC561\uD45C (\uC6D4 ${A(v)}, \uACF5\uC81C\uB300\uC0C1\uAC00\uC871 ${e.family}\uBA85${_}) \xD7 ${e.withholdingRate}%`,
    ),
      b(
        "localIncomeTax",
        "\uC9C0\uBC29\uC18C\uB4DD\uC138",
        x.localIncomeTax,
        "\uC18C\uB4DD\uC138 \xD7 10%, 10\uC6D0 \uBBF8\uB9CC \uC808\uC0AC",
      ));
  }
  e.hasRrn ||
    i.push(
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4. \uC6D0\uCC9C\uC138 \uC2E0\uACE0 \uC804\uC5D0 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    );
  let j = X.reduce((x, _) => x + _.amount, 0);
  j > m &&
    i.push(
      "\uACF5\uC81C\uC561 \uD569\uACC4\uAC00 \uC9C0\uAE09\uC561\uBCF4\uB2E4 \uB9CE\uC2B5\uB2C8\uB2E4. 4\uB300\uBCF4\uD5D8 \uAC00\uC785 \uC5EC\uBD80\uB97C \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    );
  let C = [
    {
      code: "pension",
      label: "\uAD6D\uBBFC\uC5F0\uAE08 (\uC0AC\uC5C5\uC8FC)",
      amount: k.employer.pension,
      basis: "\uADFC\uB85C\uC790\uC640 \uAC19\uC740 \uAE08\uC561",
    },
    {
      code: "health",
      label: "\uAC74\uAC15\uBCF4\uD5D8 (\uC0AC\uC5C5\uC8FC)",
      amount: k.employer.health,
      basis: "\uADFC\uB85C\uC790\uC640 \uAC19\uC740 \uAE08\uC561",
    },
    {
      code: "longTermCare",
      label: "\uC7A5\uAE30\uC694\uC591\uBCF4\uD5D8 (\uC0AC\uC5C5\uC8FC)",
      amount: k.employer.longTermCare,
      basis: "\uADFC\uB85C\uC790\uC640 \uAC19\uC740 \uAE08\uC561",
    },
    {
      code: "employment",
      label: "\uACE0\uC6A9\uBCF4\uD5D8 (\uC0AC\uC5C5\uC8FC)",
      amount: k.employer.employment,
      basis: "\uC2E4\uC5C5\uAE09\uC5EC 0.9%",
    },
    {
      code: "employmentStability",
      label:
        "\uACE0\uC6A9\uC548\uC815\xB7\uC9C1\uB2A5\uAC1C\uBC1C (\uC0AC\uC5C5\uC8FC)",
      amount: k.employer.employmentStability,
      basis: "150\uC778 \uBBF8\uB9CC 0.25%",
    },
  ].filter((x) => x.amount > 0);
  return {
    employeeId: e.id,
    name: e.name,
    payType: e.payType,
    earnings: s,
    gross: m,
    nonTaxable: p,
    taxable: v,
    deductions: X,
    totalDeductions: j,
    net: m - j,
    employer: C,
    employerCost: m + C.reduce((x, _) => x + _.amount, 0),
    warnings: i,
  };
}
function et(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(t) ? t : null;
}
function tt(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(t) ? t : null;
}
function be(e, t) {
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
var o0 = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  Bn = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var xi = ["general", "simplified", "exempt"];
var Fn = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  Z0 = (e, t) =>
    w(
      y(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      L(),
      d0(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      N(
        t,
        `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  nt = (e, t) =>
    g(
      w(
        y(
          `${e}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        L(),
        N(
          t,
          `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  I0 = w(
    y("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    L(),
    d0("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    N(
      o0.email,
      `\uC774\uBA54\uC77C\uC740 ${o0.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    je(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    Le(),
  ),
  Hn = w(
    y(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
    ),
    L(),
    N(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    P(
      (e) => e === "" || Y0(e) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    P(
      (e) => e === "" || En(e),
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    h0((e) => (e === "" ? "" : Y0(e))),
  ),
  wi = w(
    y(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    L(),
    N(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    P(
      (e) => et(e) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    h0((e) => et(e)),
  ),
  ki = w(
    y("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    L(),
    N(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    P(
      (e) => e === "" || tt(e) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    h0((e) => (e === "" ? "" : tt(e))),
  ),
  st = w(
    y("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    N(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    P(
      (e) => be(e) === null,
      (e) =>
        be(String(e.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Lu = w(
    E({
      businessName: Z0("\uC0C1\uD638", o0.business),
      noBizNo: g(
        t0(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: g(Hn, ""),
      ownerName: Z0("\uB300\uD45C\uC790\uBA85", o0.name),
      industry: l0(
        Bn,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: I0,
      phone: wi,
      password: st,
      privacyConsent: n0(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    c0(
      P(
        (e) => e.noBizNo || e.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    c0(
      P(
        (e) => be(e.password, e.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    h0((e) => ({ ...e, bizNo: e.noBizNo ? "" : e.bizNo })),
  ),
  Uu = E({
    email: I0,
    password: w(
      y(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      d0(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      N(128, "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4."),
    ),
  }),
  it = w(
    y("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    d0("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    N(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Bu = E({ token: it }),
  Fu = E({ email: I0 }),
  Hu = E({ token: it, password: st }),
  zu = E({
    email: I0,
    role: l0(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  Vu = E({ token: it, name: Z0("\uC774\uB984", o0.name), password: st }),
  Wu = E({
    businessName: Z0("\uC0C1\uD638", o0.business),
    ownerName: Z0("\uB300\uD45C\uC790", o0.name),
    bizNo: Hn,
    branchNo: w(
      g(
        y(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      L(),
      q(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: nt("\uC8FC\uC18C", o0.address),
    businessType: nt("\uC5C5\uD0DC", o0.text),
    businessItem: nt("\uC885\uBAA9", o0.text),
    taxType: l0(
      xi,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: k0(
      [n0(""), I0],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: g(ki, ""),
    industry: l0(
      Bn,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  Ku = E({
    month: g(
      w(
        y(),
        q(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var Ei = ["monthly", "hourly", "daily"],
  Q0 = {
    monthly: "\uC6D4\uAE09\uC81C",
    hourly: "\uC2DC\uAE09\uC81C",
    daily: "\uC77C\uC6A9\uC9C1",
  },
  A0 = (e, t = 1e8) =>
    w(
      J(`${e}\uC740(\uB294) \uC22B\uC790\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      fe(
        `${e}\uC740(\uB294) \uC6D0 \uB2E8\uC704 \uC815\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      F0(
        0,
        `${e}\uC740(\uB294) 0 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      B0(t, `${e}\uC774(\uAC00) \uB108\uBB34 \uD07D\uB2C8\uB2E4.`),
    ),
  ot = (e, t, n) =>
    w(
      J(`${e}\uC740(\uB294) \uC22B\uC790\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      fe(`${e}\uC740(\uB294) \uC815\uC218\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      F0(
        t,
        `${e}\uC740(\uB294) ${t} \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      B0(
        n,
        `${e}\uC740(\uB294) ${n} \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
      ),
    ),
  J0 = (e, t) =>
    w(
      J(`${e}\uC740(\uB294) \uC22B\uC790\uC5EC\uC57C \uD569\uB2C8\uB2E4.`),
      F0(
        0,
        `${e}\uC740(\uB294) 0 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      B0(t, `${e}\uC774(\uAC00) \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4.`),
      P(
        (n) => Number.isInteger(n * 2),
        `${e}\uC740(\uB294) 30\uBD84(0.5\uC2DC\uAC04) \uB2E8\uC704\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  at = (e) =>
    w(
      y(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      q(
        /^\d{4}-\d{2}-\d{2}$/,
        `${e}\uC740(\uB294) YYYY-MM-DD \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
      ),
      P(
        (t) =>
          !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) &&
          new Date(`${t}T00:00:00Z`).toISOString().startsWith(t),
        `${e}\uC774(\uAC00) \uC62C\uBC14\uB978 \uB0A0\uC9DC\uAC00 \uC544\uB2D9\uB2C8\uB2E4.`,
      ),
    ),
  Ii = w(
    y(
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    L(),
    P(
      (e) => X0(e) !== null,
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uB294 13\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4. (\uC608: 900101-1234567)",
    ),
    P(
      wn,
      "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\uC758 \uC0DD\uB144\uC6D4\uC77C\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    h0((e) => X0(e)),
  ),
  Ai = w(
    y("\uAE09\uC5EC \uACC4\uC88C\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    L(),
    N(
      60,
      "\uAE09\uC5EC \uACC4\uC88C\uB294 60\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    q(
      /^[가-힣A-Za-z ]{2,20}\s*[\d-]{6,30}$|^$/,
      "\uAE09\uC5EC \uACC4\uC88C\uB294 '\uC740\uD589\uBA85 \uACC4\uC88C\uBC88\uD638' \uD615\uC2DD\uC73C\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694. (\uC608: \uAD6D\uBBFC 123456-01-123456)",
    ),
  ),
  ut = w(
    E({
      name: w(
        y("\uC774\uB984\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
        L(),
        d0("\uC774\uB984\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
        N(
          50,
          "\uC774\uB984\uC740 50\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
        ),
      ),
      rrn: g(
        k0(
          [n0(""), Ii],
          "\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        ),
        "",
      ),
      hireDate: at("\uC785\uC0AC\uC77C"),
      leaveDate: g(
        k0(
          [n0(""), at("\uD1F4\uC0AC\uC77C")],
          "\uD1F4\uC0AC\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        ),
        "",
      ),
      payType: l0(
        Ei,
        "\uACE0\uC6A9\uD615\uD0DC\uB97C \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      baseMonthly: g(A0("\uAE30\uBCF8\uAE09"), 0),
      hourlyWage: g(A0("\uC2DC\uAE09", 1e6), 0),
      weeklyHours: g(J0("\uC8FC \uC18C\uC815\uADFC\uB85C\uC2DC\uAC04", 52), 40),
      dailyWage: g(A0("\uC77C\uAE09", 1e7), 0),
      nonTaxable: g(
        E({
          meal: g(A0("\uC2DD\uB300"), 0),
          car: g(A0("\uC790\uAC00\uC6B4\uC804\uBCF4\uC870\uAE08"), 0),
          childcare: g(A0("\uBCF4\uC721\uC218\uB2F9"), 0),
        }),
        { meal: 0, car: 0, childcare: 0 },
      ),
      family: g(ot("\uACF5\uC81C\uB300\uC0C1\uAC00\uC871 \uC218", 1, 30), 1),
      children: g(ot("8~20\uC138 \uC790\uB140 \uC218", 0, 20), 0),
      withholdingRate: g(
        l0(
          [80, 100, 120],
          "\uC6D0\uCC9C\uC9D5\uC218 \uBE44\uC728\uC740 80, 100, 120% \uC911\uC5D0\uC11C \uACE0\uB985\uB2C8\uB2E4.",
        ),
        100,
      ),
      insurance: g(E({ pension: t0(), health: t0(), employment: t0() }), {
        pension: !0,
        health: !0,
        employment: !0,
      }),
      bankAccount: g(Ai, ""),
      email: g(
        k0(
          [n0(""), I0],
          "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        ),
        "",
      ),
    }),
    c0(
      P(
        (e) => e.payType !== "monthly" || e.baseMonthly > 0,
        "\uC6D4\uAE09\uC81C\uB294 \uAE30\uBCF8\uAE09\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ["baseMonthly"],
    ),
    c0(
      P(
        (e) => e.payType !== "hourly" || e.hourlyWage > 0,
        "\uC2DC\uAE09\uC81C\uB294 \uC2DC\uAE09\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ["hourlyWage"],
    ),
    c0(
      P(
        (e) => e.payType !== "daily" || e.dailyWage > 0,
        "\uC77C\uC6A9\uC9C1\uC740 \uC77C\uAE09\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ["dailyWage"],
    ),
    c0(
      P(
        (e) => !e.leaveDate || e.leaveDate >= e.hireDate,
        "\uD1F4\uC0AC\uC77C\uC740 \uC785\uC0AC\uC77C \uC774\uD6C4\uC5EC\uC57C \uD569\uB2C8\uB2E4.",
      ),
      ["leaveDate"],
    ),
    c0(
      P(
        (e) => e.children < e.family,
        "\uC790\uB140 \uC218\uB294 \uACF5\uC81C\uB300\uC0C1\uAC00\uC871 \uC218(\uBCF8\uC778 \uD3EC\uD568)\uBCF4\uB2E4 \uC801\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
      ["children"],
    ),
  ),
  _i = E({
    employeeId: w(
      y("\uC9C1\uC6D0\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694."),
      q(
        /^emp_[0-9a-z]{26}$/,
        "\uC9C1\uC6D0 ID \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
      ),
    ),
    overtimeHours: g(J0("\uC5F0\uC7A5\uADFC\uB85C\uC2DC\uAC04", 200), 0),
    nightHours: g(J0("\uC57C\uAC04\uADFC\uB85C\uC2DC\uAC04", 200), 0),
    holidayHours: g(J0("\uD734\uC77C\uADFC\uB85C\uC2DC\uAC04", 200), 0),
    workedHours: g(J0("\uADFC\uB85C\uC2DC\uAC04", 400)),
    workDays: g(ot("\uADFC\uBB34\uC77C\uC218", 0, 31), 0),
    bonus: g(A0("\uC0C1\uC5EC\uAE08"), 0),
  }),
  ct = E({
    month: w(
      y("\uADC0\uC18D\uC6D4\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
      q(
        /^\d{4}-(0[1-9]|1[0-2])$/,
        "\uADC0\uC18D\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
    ),
    payDate: at("\uC9C0\uAE09\uC77C"),
    fiveOrMore: g(t0(), !1),
    lines: w(
      Z(
        _i,
        "\uC9C1\uC6D0\uBCC4 \uC785\uB825\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      ),
      qe(
        1,
        "\uAE09\uC5EC\uB97C \uACC4\uC0B0\uD560 \uC9C1\uC6D0\uC744 \uD55C \uBA85 \uC774\uC0C1 \uACE8\uB77C \uC8FC\uC138\uC694.",
      ),
      N(
        80,
        "\uD55C \uBC88\uC5D0 80\uBA85\uAE4C\uC9C0 \uACC4\uC0B0\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ),
    ),
  });
var a0 = (e) =>
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
  u0 = (e) => `${e.toLocaleString("ko-KR")}\uC6D0`,
  Si = (e) => `${e.slice(0, 4)}\uB144 ${Number(e.slice(5, 7))}\uC6D4\uBD84`;
async function zn(e, t) {
  let n = `${Si(t.month)} \uC784\uAE08\uBA85\uC138\uC11C${t.correction ? " (\uC815\uC815)" : ""}`,
    r = (l) =>
      l
        .map(
          (p) =>
            `<tr><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4">${a0(p.label)}</td><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4;text-align:right;white-space:nowrap">${u0(p.amount)}</td><td style="padding:6px 8px;border-bottom:1px solid #e7e5e4;color:#78716c;font-size:13px">${a0(p.basis)}</td></tr>`,
        )
        .join(""),
    s = (l, p, m, v) =>
      `<h2 style="font-size:16px;margin:20px 0 6px">${l}</h2><table style="width:100%;border-collapse:collapse;font-size:14px"><thead><tr><th style="text-align:left;padding:6px 8px">\uD56D\uBAA9</th><th style="text-align:right;padding:6px 8px">\uAE08\uC561</th><th style="text-align:left;padding:6px 8px">\uACC4\uC0B0\uBC29\uBC95</th></tr></thead><tbody>${r(p)}<tr><th style="text-align:left;padding:6px 8px">${m}</th><th style="text-align:right;padding:6px 8px">${u0(v)}</th><td></td></tr></tbody></table>`,
    i = t.line,
    o = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${a0(n)}</title></head><body style="font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917;padding:16px">
<h1 style="font-size:20px">${a0(n)}</h1>
<p style="font-size:14px;line-height:1.6">\uC0AC\uC5C5\uC7A5: ${a0(t.businessName)}${t.bizNo ? ` (${a0(t.bizNo)})` : ""}<br>\uC131\uBA85: ${a0(t.employee.name)}${t.employee.birthDate ? ` \xB7 \uC0DD\uB144\uC6D4\uC77C ${a0(t.employee.birthDate)}` : ""} \xB7 ${a0(t.employee.payType)}<br>\uC9C0\uAE09\uC77C: ${a0(t.payDate)}</p>
${s("\uC9C0\uAE09 \uB0B4\uC5ED", i.earnings, "\uC9C0\uAE09 \uCD1D\uC561", i.gross)}
<p style="font-size:13px;color:#78716c">\uADF8\uC911 \uBE44\uACFC\uC138 ${u0(i.nonTaxable)}</p>
${s("\uACF5\uC81C \uB0B4\uC5ED", i.deductions, "\uACF5\uC81C \uCD1D\uC561", i.totalDeductions)}
<p style="font-size:18px;font-weight:bold;margin-top:20px">\uC2E4\uC9C0\uAE09\uC561 ${u0(i.net)}</p>
<p style="font-size:12px;color:#a8a29e">\uADFC\uB85C\uAE30\uC900\uBC95 \uC81C48\uC870 \uC81C2\uD56D\uC5D0 \uB530\uB978 \uC784\uAE08\uBA85\uC138\uC11C\uC785\uB2C8\uB2E4. \uACE8\uBAA9\uC5D0\uC11C \uBCF4\uB0C8\uC2B5\uB2C8\uB2E4.</p></body></html>`,
    a = [
      n,
      `\uC0AC\uC5C5\uC7A5: ${t.businessName} ${t.bizNo}`.trim(),
      `\uC131\uBA85: ${t.employee.name} (${t.employee.payType}) \xB7 \uC9C0\uAE09\uC77C ${t.payDate}`,
      "",
      "[\uC9C0\uAE09 \uB0B4\uC5ED]",
      ...i.earnings.map((l) => `${l.label}: ${u0(l.amount)} \u2014 ${l.basis}`),
      `\uC9C0\uAE09 \uCD1D\uC561: ${u0(i.gross)} (\uBE44\uACFC\uC138 ${u0(i.nonTaxable)})`,
      "",
      "[\uACF5\uC81C \uB0B4\uC5ED]",
      ...i.deductions.map(
        (l) => `${l.label}: ${u0(l.amount)} \u2014 ${l.basis}`,
      ),
      `\uACF5\uC81C \uCD1D\uC561: ${u0(i.totalDeductions)}`,
      "",
      `\uC2E4\uC9C0\uAE09\uC561: ${u0(i.net)}`,
    ].join(`
`),
    { renderPayslip: u } = await import("./payslip-pdf-HQGPXWAE.mjs"),
    c = await u(lt(t));
  return {
    to: [e],
    kind: "payslip",
    subject: `[${t.businessName}] ${n}`,
    html: o,
    text: a,
    attachments: [
      {
        filename: pt(t),
        contentType: "application/pdf",
        base64: Buffer.from(c).toString("base64"),
      },
    ],
  };
}
function lt(e) {
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
function pt(e) {
  return `\uC784\uAE08\uBA85\uC138\uC11C-${e.month}-${e.employee.name}${e.correction ? "-\uC815\uC815" : ""}.pdf`;
}
var ft = (e, t) => `${K()}|${t}|${e}`;
function Pi(e) {
  if (!e) return "";
  let t = /^(.*?)([\d-]+)$/.exec(e.trim());
  if (!t) return "****";
  let n = t[2];
  return `${t[1].trim()} ${n.slice(0, 3)}****${n.slice(-2)}`.trim();
}
function mt(e) {
  let { pk: t, sk: n, rrnSealed: r, bankSealed: s, ...i } = e;
  return i;
}
async function Vn(e, t) {
  return {
    rrnSealed: t.rrn ? await Ye(t.rrn, ft("rrn", e)) : "",
    rrnMasked: t.rrn ? kn(t.rrn) : "",
    birthDate: t.rrn ? (Ge(t.rrn) ?? "") : "",
    bankSealed: t.bankAccount ? await Ye(t.bankAccount, ft("bank", e)) : "",
    bankMasked: Pi(t.bankAccount),
  };
}
async function Ci(e) {
  F("payroll.write");
  let t = Q("emp"),
    n = new Date(S()).toISOString(),
    { rrn: r, bankAccount: s, ...i } = e,
    o = {
      ...f.employee(t),
      ...i,
      ...(await Vn(t, e)),
      id: t,
      createdAt: n,
      updatedAt: n,
    };
  return (await W([U(o, "attribute_not_exists(pk)")]), mt(o));
}
async function ee(e) {
  let t = await O(f.employee(e), !0);
  if (!t)
    throw new d(
      "not_found",
      "employee_not_found",
      "\uC9C1\uC6D0\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    );
  return t;
}
async function Oi(e, t) {
  F("payroll.write");
  let n = await ee(e),
    { rrn: r, bankAccount: s, ...i } = t,
    o = await Vn(e, t),
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
      updatedAt: new Date(S()).toISOString(),
    };
  return (
    await W(
      [U(a, "updatedAt = :prev", { ":prev": n.updatedAt })],
      () =>
        new d(
          "conflict",
          "stale_write",
          "\uB2E4\uB978 \uACF3\uC5D0\uC11C \uBA3C\uC800 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C\uACE0\uCE68 \uD6C4 \uB2E4\uC2DC \uC800\uC7A5\uD574 \uC8FC\uC138\uC694.",
        ),
    ),
    mt(a)
  );
}
async function N0(e) {
  let t = [],
    n;
  do {
    let r = await R().send(
      new Ti({
        TableName: I(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
        ExpressionAttributeValues: h({ ":pk": e.pk, ":p": e.skPrefix }),
        ExclusiveStartKey: n,
      }),
    );
    for (let s of r.Items ?? []) t.push(r0(s));
    n = r.LastEvaluatedKey;
  } while (n);
  return t;
}
async function $i() {
  return (F("payroll.read"), (await N0(f.employeesPrefix())).map(mt));
}
async function Di(e) {
  F("payroll.write");
  let t = await ee(e);
  return t.rrnSealed ? await Sn(t.rrnSealed, ft("rrn", e)) : "";
}
function Ni(e) {
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
async function Wn(e) {
  F("payroll.read");
  let t = new Set();
  for (let o of e.lines) {
    if (t.has(o.employeeId))
      throw new d(
        "validation",
        "duplicate_employee",
        "\uAC19\uC740 \uC9C1\uC6D0\uC774 \uB450 \uBC88 \uB4E4\uC5B4 \uC788\uC2B5\uB2C8\uB2E4.",
      );
    t.add(o.employeeId);
  }
  let n = await Promise.all(e.lines.map((o) => ee(o.employeeId))),
    r = e.lines.map((o, a) => Un(Ni(n[a]), o, e.payDate, e.fiveOrMore)),
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
async function Mi(e) {
  F("payroll.write");
  let t = await O(f.payrollLock(e.month), !0);
  if (t && !e.correction)
    throw new d(
      "conflict",
      "month_confirmed",
      `${e.month} \uAE09\uC5EC\uB294 \uC774\uBBF8 \uD655\uC815\uD588\uC2B5\uB2C8\uB2E4. \uBC14\uAFB8\uB824\uBA74 \uC815\uC815 \uAE09\uC5EC\uB97C \uB9CC\uB4E4\uC5B4 \uC8FC\uC138\uC694.`,
    );
  if (!t && e.correction)
    throw new d(
      "validation",
      "nothing_to_correct",
      `${e.month}\uC5D0\uB294 \uD655\uC815\uD55C \uAE09\uC5EC\uAC00 \uC5C6\uC5B4 \uC815\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.`,
    );
  let n = await Wn(e),
    r = n.lines.find((i) => i.totalDeductions > i.gross);
  if (r)
    throw new d(
      "validation",
      "deductions_exceed_pay",
      `${r.name}: \uACF5\uC81C\uC561\uC774 \uC9C0\uAE09\uC561\uBCF4\uB2E4 \uB9CE\uC2B5\uB2C8\uB2E4. 4\uB300\uBCF4\uD5D8 \uAC00\uC785 \uC5EC\uBD80\uB97C \uD655\uC778\uD574 \uC8FC\uC138\uC694.`,
    );
  let s = {
    ...n,
    id: Q("run"),
    kind: e.correction ? "correction" : "regular",
    status: "draft",
    fiveOrMore: e.fiveOrMore,
    createdAt: new Date(S()).toISOString(),
  };
  return (
    await W([U({ ...f.payrollRun(s.id), ...s }, "attribute_not_exists(pk)")]),
    s
  );
}
async function yt(e) {
  let t = await O(f.payrollRun(e), !0);
  if (!t)
    throw new d(
      "not_found",
      "run_not_found",
      "\uAE09\uC5EC \uB300\uC7A5\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    );
  return t;
}
async function ji(e) {
  return (F("payroll.read"), yt(e));
}
async function qi(e) {
  return (
    F("payroll.read"),
    (await N0(f.payrollRunsPrefix()))
      .filter((t) => !e || t.month === e)
      .map(({ lines: t, ...n }) => n)
      .reverse()
  );
}
async function Li(e) {
  F("payroll.write");
  let t = V0(),
    n = await yt(e),
    r = n.month;
  if (n.status === "confirmed") return n;
  let s = await O(f.tenant(), !0);
  await H.assertWithinQuota(s?.planId ?? "basic", { payslips: n.lines.length });
  let i = await Promise.all(n.lines.map((c) => ee(c.employeeId))),
    o = new Date(S()).toISOString(),
    a = [];
  for (let [c, l] of n.lines.entries()) {
    let p = i[c];
    p.email &&
      a.push(
        z.enqueue(
          await zn(p.email, {
            businessName: s?.businessName ?? "",
            bizNo: s?.bizNo ? Xe(s.bizNo) : "",
            month: n.month,
            payDate: n.payDate,
            correction: n.kind === "correction",
            employee: {
              name: p.name,
              birthDate: p.birthDate,
              payType: Q0[p.payType],
            },
            line: l,
          }),
        ),
      );
  }
  let u = [
    {
      Update: {
        TableName: I(),
        Key: h(f.payrollRun(e)),
        UpdateExpression: "SET #s = :c, confirmedAt = :at, confirmedBy = :by",
        ConditionExpression: "#s = :d",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: h({
          ":c": "confirmed",
          ":d": "draft",
          ":at": o,
          ":by": t.userId,
        }),
      },
    },
    n.kind === "regular"
      ? U(
          { ...f.payrollLock(r), runId: e, confirmedAt: o },
          "attribute_not_exists(pk)",
        )
      : {
          Update: {
            TableName: I(),
            Key: h(f.payrollLock(r)),
            UpdateExpression:
              "SET correctedBy = list_append(if_not_exists(correctedBy, :empty), :run)",
            ConditionExpression: "attribute_exists(pk)",
            ExpressionAttributeValues: h({ ":empty": [], ":run": [e] }),
          },
        },
    H.billableUpdate("payslips", n.lines.length),
    ...a.map((c) => c.put),
  ];
  await W(u, (c) => {
    if (c === 0)
      return new d(
        "conflict",
        "run_not_draft",
        "\uC774\uBBF8 \uD655\uC815\uB41C \uAE09\uC5EC\uC785\uB2C8\uB2E4.",
      );
    if (c === 1)
      return new d(
        "conflict",
        "month_confirmed",
        `${r} \uAE09\uC5EC\uB294 \uC774\uBBF8 \uD655\uC815\uD588\uC2B5\uB2C8\uB2E4. \uC815\uC815 \uAE09\uC5EC\uB97C \uB9CC\uB4E4\uC5B4 \uC8FC\uC138\uC694.`,
      );
  });
  for (let c of a) await z.notify(c.id);
  return { ...n, status: "confirmed", confirmedAt: o, confirmedBy: t.userId };
}
function Ui(e, t, n, r) {
  return {
    businessName: n?.businessName ?? "",
    bizNo: n?.bizNo ? Xe(n.bizNo) : "",
    month: e.month,
    payDate: e.payDate,
    correction: e.kind === "correction",
    employee: { name: r.name, birthDate: r.birthDate, payType: Q0[r.payType] },
    line: t,
  };
}
async function Bi(e, t) {
  F("payroll.read");
  let n = await yt(e),
    r = n.lines.find((u) => u.employeeId === t);
  if (!r)
    throw new d(
      "not_found",
      "payslip_not_found",
      "\uC774 \uAE09\uC5EC \uB300\uC7A5\uC5D0 \uC5C6\uB294 \uC9C1\uC6D0\uC785\uB2C8\uB2E4.",
    );
  let [s, i] = await Promise.all([O(f.tenant()), ee(t)]),
    o = Ui(n, r, s, i),
    { renderPayslip: a } = await import("./payslip-pdf-HQGPXWAE.mjs");
  return { filename: pt(o), body: await a(lt(o)) };
}
async function Fi(e) {
  let n = (await N0(f.payrollRunsPrefix()))
    .filter((r) => r.month === e && r.status === "confirmed")
    .sort((r, s) => (r.confirmedAt ?? "").localeCompare(s.confirmedAt ?? ""))
    .pop();
  if (!n)
    throw new d(
      "not_found",
      "no_confirmed_run",
      `${e}\uC5D0 \uD655\uC815\uD55C \uAE09\uC5EC\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.`,
    );
  return n;
}
async function Hi(e) {
  F("payroll.read");
  let t = (await N0(f.payrollRunsPrefix())).filter(
      (a) => a.status === "confirmed" && a.month.startsWith(`${e}-`),
    ),
    n = new Map();
  for (let a of t.sort((u, c) =>
    (u.confirmedAt ?? "").localeCompare(c.confirmedAt ?? ""),
  ))
    n.set(a.month, a);
  let [r, s] = await Promise.all([O(f.tenant()), N0(f.employeesPrefix())]),
    i = new Map(
      s.map((a) => [
        a.id,
        {
          id: a.id,
          name: a.name,
          birthDate: a.birthDate,
          hireDate: a.hireDate,
          payTypeLabel: Q0[a.payType],
        },
      ]),
    ),
    { yearlyWorkbook: o } = await import("./register-I4WIIDDJ.mjs");
  return {
    filename: `\uC5F0\uAC04\uAE09\uC5EC-${e}.xlsx`,
    body: await o(e, [...n.values()], r?.businessName ?? "", i),
  };
}
async function zi(e) {
  F("payroll.read");
  let t = await Fi(e),
    [n, r] = await Promise.all([O(f.tenant()), N0(f.employeesPrefix())]),
    s = new Map(
      r.map((o) => [
        o.id,
        {
          id: o.id,
          name: o.name,
          birthDate: o.birthDate,
          hireDate: o.hireDate,
          payTypeLabel: Q0[o.payType],
        },
      ]),
    ),
    { registerWorkbook: i } = await import("./register-I4WIIDDJ.mjs");
  return {
    filename: `\uAE09\uC5EC\uB300\uC7A5-${e}.xlsx`,
    body: await i(t, n?.businessName ?? "", s),
  };
}
var G = class extends Error {
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
var M0 = Symbol();
var xe = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (n) => n.toLowerCase()) },
  }).formData();
var Vi = 1e4,
  we = (e) => "headers" in e,
  Xn = async (e, t = Object.create(null)) => {
    let { all: n = !1, dot: r = !1 } = t,
      s = (we(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Wi(e, { all: n, dot: r })
      : {};
  };
async function Wi(e, t) {
  if (!we(e) && e.bodyCache.formData) return Kn(await e.bodyCache.formData, t);
  let n = we(e) ? e.headers : e.raw.headers,
    r = await e.arrayBuffer(),
    s = xe(r, n.get("Content-Type") || "");
  we(e) || (e.bodyCache.formData = s);
  let i = await s;
  return i ? Kn(i, t) : {};
}
function Kn(e, t) {
  let n = Object.create(null),
    r = { count: 0 };
  return (
    e.forEach((s, i) => {
      t.all || i.endsWith("[]") ? Ki(n, i, s) : (n[i] = s);
    }),
    t.dot &&
      Object.entries(n).forEach(([s, i]) => {
        s.includes(".") && (Gi(n, s, i, r), delete n[s]);
      }),
    n
  );
}
var Ki = (e, t, n) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(n)
        : (e[t] = [e[t], n])
      : t.endsWith("[]")
        ? (e[t] = [n])
        : (e[t] = n);
  },
  Gi = (e, t, n, r) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let s = e,
      i = t.split(".", 34);
    (i.length > 33 && Gn(),
      i.forEach((o, a) => {
        a === i.length - 1
          ? (s[o] = n)
          : ((!s[o] ||
              typeof s[o] != "object" ||
              Array.isArray(s[o]) ||
              s[o] instanceof File) &&
              (r.count++ >= Vi && Gn(), (s[o] = Object.create(null))),
            (s = s[o]));
      }));
  },
  Gn = () => {
    throw new Error("Nesting limit exceeded");
  };
var gt = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  te = (e) => {
    let { groups: t, path: n } = Xi(e),
      r = gt(n);
    return Yi(r, t);
  },
  Xi = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (n, r) => {
        let s = `@${r}`;
        return (t.push([s, n]), s);
      })),
      { groups: t, path: e }
    );
  },
  Yi = (e, t) => {
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
  ke = {},
  ne = (e, t) => {
    if (e === "*") return "*";
    let n = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (n) {
      let r = `${e}#${t}`;
      return (
        ke[r] ||
          (n[2]
            ? (ke[r] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [r, n[1], new RegExp(`^${n[2]}(?=/${t})`)]
                  : [e, n[1], new RegExp(`^${n[2]}$`)])
            : (ke[r] = [e, n[1], !0])),
        ke[r]
      );
    }
    return null;
  },
  Ee = (e, t) => {
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
var dt = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  vt = (e) => {
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
          c = Ee(u, dt);
        if (/%(?![0-9A-Fa-f]{2})/.test(u)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = c.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            Ee(l.pathname, dt) !== c)
          )
            return Ee(u.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), dt);
        }
        return c;
      } else if (s === 63 || s === 35) break;
    }
    return t.slice(n, r);
  };
var Yn = (e) => {
    let t = vt(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  _0 = (e, t, ...n) => (
    n.length && (t = _0(t, ...n)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  Ie = (e) => {
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
  j0 = (e) => (e.indexOf("%") !== -1 ? Ee(e, Zi) : e),
  ht = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), j0(e)),
  Zn = (e, t, n) => {
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
            return ht(e.slice(l, p === -1 ? void 0 : p));
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
      if ((s && (c = ht(c)), (o = a), c === "")) continue;
      let l;
      (u === -1
        ? (l = "")
        : ((l = e.slice(u + 1, a === -1 ? void 0 : a)), s && (l = ht(l))),
        n
          ? ((i[c] && Array.isArray(i[c])) || (i[c] = []), i[c].push(l))
          : (i[c] ??= l));
    }
    return t ? i[t] : i;
  },
  Jn = Zn,
  Qn = (e, t) => Zn(e, t, !0),
  Zi = decodeURIComponent;
var er = class {
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
    return n && j0(n);
  }
  #i() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let n of t) {
      let r = this.#s(this.#e[0][this.routeIndex][1][n]);
      r !== void 0 && (e[n] = j0(r));
    }
    return e;
  }
  #s(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return Jn(this.url, e);
  }
  queries(e) {
    return Qn(this.url, e);
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
    return Xn(this, e);
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
  get [M0]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var tr = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  Ji = (e, t) => {
    let n = new String(e);
    return ((n.isEscaped = !0), (n.callbacks = t), n);
  };
var bt = async (e, t, n, r, s) => {
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
    Promise.all(a.filter(Boolean).map((u) => bt(u, t, !1, r, s))).then(
      () => s[0],
    ),
  );
  return n ? Ji(await o, i) : o;
};
var Qi = "text/plain; charset=UTF-8",
  xt = (e, t) => ({ "Content-Type": e, ...t }),
  re = (e, t) => new Response(e, t),
  wt = class {
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
      return ((this.#e ??= new er(this.#t, this.#f, this.#p)), this.#e);
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
      return (this.#r ||= re(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(e) {
      if (this.#r && e) {
        e = re(e.body, e);
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
        (this.#r = re(this.#r.body, this.#r));
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
      return re(e, { status: s, headers: r ?? n });
    }
    newResponse = (...e) => this.#o(...e);
    body = (e, t, n) => this.#o(e, t, n);
    text = (e, t, n) =>
      !this.#a && !this.#i && !t && !n && !this.finalized
        ? new Response(e)
        : this.#o(e, t, xt(Qi, n));
    json = (e, t, n) =>
      this.#o(JSON.stringify(e), t, xt("application/json", n));
    html = (e, t, n) => {
      let r = (s) => this.#o(s, t, xt("text/html; charset=UTF-8", n));
      return typeof e == "object" ? bt(e, tr.Stringify, !1, {}).then(r) : r(e);
    };
    redirect = (e, t) => {
      let n = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(n) ? encodeURI(n) : n),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#c ??= () => re()), this.#c(this));
  };
var kt = (e, t, n) => (r, s) => {
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
var eo = (e) => e.req[M0][0].map(([[, t]]) => t),
  nr = (e, t) => eo(e).at(t ?? e.req.routeIndex)?.path ?? "";
var rr = ["get", "post", "put", "delete", "options", "patch", "query"],
  Ae = "Can not add a route since the matcher is already built.",
  _e = class extends Error {};
var Et = "__COMPOSED_HANDLER";
var sr = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  to = (e, t, n) => {
    if (!/[:*]/.test(t)) return t.length;
    let r = e.req.path,
      s = e.req[M0],
      i = new Set(),
      o = 0;
    for (let a of te(t)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${n}".`,
        );
      let u = ne(a);
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
  ir = (e, t, n) => {
    if (/[^/]\*$/.test(n))
      throw new Error(`mount(): Wildcard must follow "/" in "${n}".`);
    let r = to(e, t, n),
      s = e.req.path.slice(r) || "/";
    if (
      r > e.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new G(400, { message: "Invalid mounted path" });
    let i = e.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(i))
      throw new G(400, { message: "Invalid mounted path" });
    let o = i.search(/[?#]/),
      a = sr(o === -1 ? i : i.slice(0, o));
    if (a > 1 && sr(e.req.path) === a - 1)
      throw new G(400, { message: "Invalid mounted path" });
    let u = new URL(i);
    return (
      (u.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(u, e.req.raw)
    );
  };
var no = (e) => e.text("404 Not Found", 404),
  or = (e, t) => {
    if ("getResponse" in e) {
      let n = e.getResponse();
      return t.newResponse(n.body, n);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  ar = class ur {
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
      ([...rr, "all"].forEach((s) => {
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
        (this.getPath = (n ?? !0) ? (t.getPath ?? vt) : Yn));
    }
    #e() {
      let t = new ur({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#n = this.#n),
        (t.routes = this.routes),
        t
      );
    }
    #n = no;
    errorHandler = or;
    route(t, n) {
      let r = this.basePath(t);
      return (
        n.routes.map((s) => {
          let i;
          (n.errorHandler === or
            ? (i = s.handler)
            : ((i = async (o, a) =>
                (await kt([], n.errorHandler)(o, () => s.handler(o, a))).res),
              (i[Et] = s.handler)),
            r.#i(s.method, s.path, i, s.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let n = this.#e();
      return ((n._basePath = _0(this._basePath, t)), n);
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
          let l = nr(c);
          return ir(c, l.replace(/\/?\*$/, ""), l);
        },
        u = async (c, l) => {
          let p = await n(s ? s(c.req.raw) : a(c), ...o(c));
          if (p) return p;
          await l();
        };
      return (this.#i("ALL", _0(t, "*"), u), this);
    }
    #i(t, n, r, s) {
      n = _0(this._basePath, n);
      let i = {
        basePath: s !== void 0 ? _0(this._basePath, s) : this._basePath,
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
        a = new wt(t, {
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
      let u = kt(o[0], this.errorHandler, this.#n);
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
              /^https?:\/\//.test(t) ? t : `http://localhost${_0("/", t)}`,
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
var V = () => Object.create(null);
var It = [];
function cr(e, t) {
  let n = this.buildAllMatchers(),
    r = (s, i) => {
      let o = n[s] || n.ALL,
        a = o[2][i];
      if (a) return a;
      let u = i.match(o[0]);
      if (!u) return [[], It];
      let c = u.indexOf("", 1);
      return [o[1][c], u];
    };
  return ((this.match = r), r(e, t));
}
var ro = "[^/]+",
  so = "[^]*",
  io = "(?:|/[^]*)",
  b0 = Symbol(),
  lr = new Set(".\\+*[^]$()");
function oo(e, t) {
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
var pr = class At {
  #t;
  #e;
  #n = V();
  insert(t, n, r, s, i) {
    let o = this;
    for (let a = 0, u = t.length; a < u; a++) {
      let c = t[a],
        l =
          c.length === 1
            ? c === "*"
              ? a === u - 1
                ? ["", "", so]
                : ["", "", ro]
              : null
            : c === "/*"
              ? ["", "", io]
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
            (v.length === 1 && lr.has(v)))
        )
          throw b0;
        if ((i.push(v), (p = o.#n[v]), !p)) {
          if (v !== "[^]*" && v !== "(?:|/[^]*)") {
            for (let k in o.#n)
              if (
                (v.length > 1 || k.length > 1) &&
                k !== "[^]*" &&
                k !== "(?:|/[^]*)"
              )
                throw b0;
          }
          p = o.#n[v] = new At();
        }
        m !== "" && ((p.#e ??= s.varIndex++), r.push([m, p.#e]));
      } else if ((i.push(c), (p = o.#n[c]), !p)) {
        for (let m in o.#n)
          if (m.length > 1 && m !== "[^]*" && m !== "(?:|/[^]*)") throw b0;
        p = o.#n[c] = new At();
      }
      o = p;
    }
    if (o.#t !== void 0) throw b0;
    o.#t = n;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#n)
      .sort(oo)
      .map((n) => {
        let r = this.#n[n],
          s = r.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof r.#e == "number"
              ? `(${n})@${r.#e}`
              : lr.has(n)
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
var _t = class {
  #t = { varIndex: 0 };
  #e = new pr();
  #n = 0;
  paths = V();
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
function ao(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function uo(e, t) {
  let n = e.length - 1;
  for (let r = 0; r < n; r++) if (e[r] !== t[r]) return !1;
  return e[n] === "[^]*" || t.length === n || t[n] === "/";
}
var fr = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new _t() }));
  }
  #n(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (n) {
      throw n === b0 ? new _e(t) : n;
    }
  }
  add(e, t, n) {
    let r = this.#t;
    if (!r) throw new Error(Ae);
    let s = this.#e;
    if (!r[e]) {
      ((s[e] = new _t()), (r[e] = [...r.ALL]));
      for (let a in s.ALL.paths) this.#n(e, a);
    }
    t === "/*" && (t = "*");
    let i = e === "ALL" ? Object.keys(r) : [e],
      o = Ie(t) || [t];
    for (let a of o)
      for (let u of i) (s[u].paths[a] || this.#n(u, a), r[u].push([n, a]));
  }
  match = cr;
  buildAllMatchers() {
    let e = V();
    for (let t of Object.keys(this.#t)) e[t] = this.#i(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #i(e) {
    let t = this.#t[e],
      n = this.#e[e],
      r = V(),
      s = [],
      [i, o, a] = n.buildRegExp(),
      u = V(),
      c = t.map(
        ([p, m], v) => (
          (u[m] ??= []).push(v),
          [p, n.paths[m][1].reduceRight((k, [X, b]) => ((k[X] = a[b]), k), V())]
        ),
      ),
      l = Object.keys(u).filter((p) => ao(n.paths[p][2]));
    for (let p in n.paths) {
      let [m, , v] = n.paths[p],
        k = [...u[p]];
      for (let b of l) b !== p && uo(n.paths[b][2], v) && k.push(...u[b]);
      let X = k.sort((b, j) => b - j).map((b) => c[b]);
      if (m === -1) {
        let b = Math.max(-1, ...X.flatMap(([, j]) => Object.values(j)));
        r[p] = [X, b === -1 ? It : p.match(i).slice(0, b + 1)];
      } else s[m] = X;
    }
    return [i, o.map((p) => s[p]), r];
  }
};
var mr = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(e) {
    this.#t = e.routers;
  }
  add(e, t, n) {
    if (!this.#e) throw new Error(Ae);
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
        if (u instanceof _e) continue;
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
var St = V(),
  co = 0,
  yr = class dr {
    #t = [];
    #e = V();
    #n = [];
    #i;
    #s = St;
    insert(t, n, r) {
      let s = this,
        i = te(n),
        o = new Set(),
        a = 0;
      for (let u of i) {
        let c = i[++a],
          l =
            ne(u, c) ||
            (c === void 0 && u && u.indexOf("*") === u.length - 1 ? u : null),
          p = Array.isArray(l),
          m = p ? l[0] : l || u,
          v = (s.#e[m] ||= new dr());
        (l && !v.#i && ((v.#i = l), s.#n.push(v)), (s = v), p && o.add(l[1]));
      }
      s.#t.push({ [t]: { handler: r, possibleKeys: [...o], score: ++co } });
    }
    #r(t, n, r, s, i) {
      for (let o = 0, a = n.#t.length; o < a; o++) {
        let u = n.#t[o],
          c = u[r] || u.ALL;
        if (c) {
          ((c.params = V()), t.push(c));
          for (let l = 0, p = c.possibleKeys.length; l < p; l++) {
            let m = c.possibleKeys[l];
            c.params[m] = i?.[m] && !l ? i[m] : (s[m] ?? i?.[m]);
          }
        }
      }
    }
    search(t, n) {
      let r = [];
      this.#s = St;
      let s = [this],
        i = gt(n),
        o = [],
        a = i.length,
        u = null;
      for (let c = 0; c < a; c++) {
        let l = i[c],
          p = c === a - 1,
          m = [];
        for (let k = 0, X = s.length; k < X; k++) {
          let b = s[k],
            j = b.#e[l];
          j &&
            ((j.#s = b.#s),
            p
              ? (j.#e["*"] && this.#r(r, j.#e["*"], t, b.#s),
                this.#r(r, j, t, b.#s))
              : m.push(j));
          for (let C of b.#n) {
            let x = C.#i,
              _ = b.#s === St ? {} : { ...b.#s };
            if (typeof x == "string") {
              (x === "*" || l.startsWith(x.slice(0, -1))) &&
                (this.#r(r, C, t, b.#s), x === "*" && ((C.#s = _), m.push(C)));
              continue;
            }
            let [, $, D] = x;
            if (!(!l && D === !0)) {
              if (D !== !0) {
                if (!u) {
                  u = [];
                  let $e = n[0] === "/" ? 1 : 0;
                  for (let T0 = 0; T0 < a; T0++)
                    ((u[T0] = $e), ($e += i[T0].length + 1));
                }
                let ue = n.slice(u[c]),
                  ce = D.exec(ue);
                if (ce) {
                  (Object.hasOwn(_, $) || (_[$] = ce[0]),
                    this.#r(r, C, t, b.#s, _),
                    ce[0].length === ue.length &&
                      C.#e["*"] &&
                      this.#r(r, C.#e["*"], t, b.#s, _));
                  for (let $e in C.#e) {
                    C.#s = _;
                    let T0 = ce[0].match(/\//g)?.length ?? 0;
                    (o[T0] ||= []).push(C);
                    break;
                  }
                  continue;
                }
              }
              (D === !0 || D.test(l)) &&
                (Object.hasOwn(_, $) || (_[$] = l),
                p
                  ? (this.#r(r, C, t, _, b.#s),
                    C.#e["*"] && this.#r(r, C.#e["*"], t, _, b.#s))
                  : ((C.#s = _), m.push(C)));
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
var Rt = class {
  name = "TrieRouter";
  #t = new yr();
  add(e, t, n) {
    for (let r of Ie(t) || [t]) this.#t.insert(e, r, n);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var Tt = class extends ar {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new mr({ routers: [new fr(), new Rt()] })));
  }
};
var lo = "Payload Too Large",
  hr = (e) => {
    let t =
        e.onError ||
        (() => {
          let r = new Response(lo, { status: 413 });
          throw new G(413, { res: r });
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
var po = {
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
  fo = {
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
var Pt = (e) => {
  let t = { ...fo, ...e },
    n = mo(t),
    r = [];
  if (t.contentSecurityPolicy) {
    let [s, i] = gr(t.contentSecurityPolicy, "Content-Security-Policy");
    (s && r.push(s), n.push(["Content-Security-Policy", i]));
  }
  if (t.contentSecurityPolicyReportOnly) {
    let [s, i] = gr(
      t.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && r.push(s), n.push(["Content-Security-Policy-Report-Only", i]));
  }
  return (
    t.permissionsPolicy &&
      Object.keys(t.permissionsPolicy).length > 0 &&
      n.push(["Permissions-Policy", yo(t.permissionsPolicy)]),
    t.reportingEndpoints &&
      n.push(["Reporting-Endpoints", go(t.reportingEndpoints)]),
    t.reportTo && n.push(["Report-To", vo(t.reportTo)]),
    async function (i, o) {
      let a = r.length === 0 ? n : r.reduce((u, c) => c(i, u), n);
      (await o(),
        bo(i, a, t.overwrite !== !1),
        t?.removePoweredBy && i.res.headers.delete("X-Powered-By"));
    }
  );
};
function mo(e) {
  return Object.entries(po)
    .filter(([t]) => e[t])
    .map(([t, n]) => {
      let r = e[t];
      return typeof r == "string" ? [n[0], r] : n;
    });
}
function gr(e, t) {
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
function yo(e) {
  return Object.entries(e)
    .map(([t, n]) => {
      let r = ho(t);
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
function ho(e) {
  return e.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function go(e = []) {
  return e.map((t) => `${t.name}="${t.url}"`).join(", ");
}
function vo(e = []) {
  return e.map((t) => JSON.stringify(t)).join(", ");
}
function bo(e, t, n) {
  t.forEach(([r, s]) => {
    (!n && e.res.headers.has(r)) || e.res.headers.set(r, s);
  });
}
var xo = /^[!#-:<>-[\]-~]+$/,
  wo = /^[ !#-:<-[\]-~]*$/,
  vr = (e) => {
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
  Ct = (e, t) => {
    if (t && e.indexOf(t) === -1) return {};
    let n = e.split(";"),
      r = Object.create(null);
    for (let s of n) {
      let i = s.indexOf("=");
      if (i === -1) continue;
      let o = vr(s.substring(0, i));
      if ((t && t !== o) || !xo.test(o) || o in r) continue;
      let a = vr(s.substring(i + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        wo.test(a) && ((r[o] = j0(a)), t))
      )
        break;
    }
    return r;
  };
var Se = (e, t, n) => {
  let r = e.req.raw.headers.get("Cookie");
  if (typeof t == "string") {
    if (!r) return;
    let s = t;
    return (
      n === "secure"
        ? (s = "__Secure-" + t)
        : n === "host" && (s = "__Host-" + t),
      Ct(r, s)[s]
    );
  }
  return r ? Ct(r) : {};
};
var ko = /^application\/([\w.-]+\+)?json$/i,
  Eo = (e) => e.split(";")[0].trim().toLowerCase(),
  Ot = (e, t) => async (n, r) => {
    let s = {},
      i = n.req.header("Content-Type"),
      o = i ? Eo(i) : "";
    switch (e) {
      case "json":
        if (!ko.test(o)) break;
        try {
          s = await n.req.json();
        } catch {
          throw new G(400, { message: "Malformed JSON in request body" });
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
            ((u = await xe(l, i)), (n.req.bodyCache.formData = u));
          } catch (l) {
            let p = "Malformed FormData request.";
            throw (
              (p += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new G(400, { message: p })
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
        s = Se(n);
    }
    let a = await t(s, n);
    return a instanceof Response
      ? a
      : (n.req.addValidatedData(e, a), await r());
  };
var br = { header: ["cookie"] };
function Io(e, t, n) {
  if (!(n in br)) return e;
  let r = br[n] || [];
  return t === "arktype" ? Ao(e, r) : t === "valibot" ? _o(e, r) : e;
}
function Ao(e, t) {
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
function _o(e, t) {
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
var xr = (e, t, n) =>
  Ot(e, async (r, s) => {
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
      let o = Io(i.issues, t["~standard"].vendor, e);
      return s.json({ data: r, error: o, success: !1 }, 400);
    }
    return i.value;
  });
var wr = Symbol("openapi");
var Ro = (e) => e.base,
  To = (e) => {
    e.zodSchema._zod.def.type === "date" &&
      ((e.jsonSchema.type = "string"), (e.jsonSchema.format = "date-time"));
  };
function S0(e, t) {
  let n = e["~standard"].vendor;
  return {
    vendor: n,
    validate: e["~standard"].validate,
    toJSONSchema: (r) => Ft(e, { ...t, ...r }),
    toOpenAPISchema: (r) =>
      De(e, {
        ...t,
        ...r,
        ...(n === "arktype" ? Po(t, r) : void 0),
        ...(n === "zod" ? Co(e, t, r) : void 0),
      }),
  };
}
function Po(e, t) {
  let n = e?.options,
    r = t?.options;
  if (!(e?.fallback || n?.fallback || t?.fallback || r?.fallback))
    return { options: { fallback: Ro, ...n, ...r } };
}
function Co(e, t, n) {
  if (!("_zod" in e)) return;
  let r = t?.options,
    s = n?.options;
  if (!(t?.override || r?.override || n?.override || s?.override))
    return { options: { unrepresentable: "any", override: To, ...r, ...s } };
}
function kr(e, t, n, r) {
  let s = xr(e, t, n);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [wr]: { target: e, ...S0(t, r), options: r } })
  );
}
function se(e) {
  let t = async (n, r) => {
    await r();
  };
  return (
    Object.defineProperty(t, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(t, { [wr]: { spec: e } })
  );
}
var ae = {};
U0(ae, {
  Auth: () => ae,
  SESSION_DAYS: () => Or,
  acceptInvite: () => Zo,
  confirmPasswordReset: () => Go,
  invite: () => Xo,
  inviteInfo: () => Yo,
  login: () => Fo,
  logout: () => Vo,
  me: () => Wo,
  requestPasswordReset: () => Ko,
  session: () => zo,
  signup: () => Uo,
  verifyEmail: () => Bo,
});
import {
  DeleteItemCommand as qo,
  PutItemCommand as Lo,
} from "@aws-sdk/client-dynamodb";
var R0 = (e) =>
  e.replace(
    /[&<>"']/g,
    (t) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        t
      ],
  );
function $t(e, t, n, r) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${R0(e)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${R0(e)}</h1>
${t.map(
  (o) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${R0(o)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${R0(n.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${R0(n.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${R0(n.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${R0(r)}</p></td></tr></table></body></html>`,
    i = `${e}

${t.join(`

`)}

${n.label}: ${n.url}

${r}
`;
  return { html: s, text: i };
}
function Er(e, t, n) {
  return {
    to: [e],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...$t(
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
function Ir(e, t) {
  return {
    to: [e],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...$t(
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
function Ar(e, t, n, r) {
  return {
    to: [e],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${t}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...$t(
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
import { UpdateItemCommand as $o } from "@aws-sdk/client-dynamodb";
var q0 = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function L0(e, t) {
  let n = i0(S()),
    r = n - (n % e.windowSeconds),
    s = await R().send(
      new $o({
        TableName: I(),
        Key: h(f.rateLimit(e.bucket, t, r)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: h({
          ":one": 1,
          ":exp": r + e.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((r0(s.Attributes)?.hits ?? 0) > e.limit) {
    let o = r + e.windowSeconds - n,
      a = Math.max(1, Math.ceil(o / 60));
    throw new d(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: o },
    );
  }
}
import {
  randomBytes as Sr,
  scrypt as Do,
  timingSafeEqual as No,
} from "node:crypto";
import { promisify as Mo } from "node:util";
var Rr = Mo(Do),
  jo = { N: 32768, r: 8, p: 1, keylen: 32 };
async function ie(e) {
  let t = Sr(16),
    { N: n, r, p: s, keylen: i } = jo,
    o = await Rr(e.normalize("NFC"), t, i, {
      N: n,
      r,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${n}$${r}$${s}$${t.toString("base64url")}$${o.toString("base64url")}`;
}
async function Tr(e, t) {
  let [n, r, s, i, o, a] = t.split("$");
  if (n !== "scrypt" || !o || !a) return !1;
  let u = Buffer.from(a, "base64url"),
    c = await Rr(e.normalize("NFC"), Buffer.from(o, "base64url"), u.length, {
      N: Number(r),
      r: Number(s),
      p: Number(i),
      maxmem: 64 * 1024 * 1024,
    });
  return No(c, u);
}
var _r;
function Pr() {
  return ((_r ??= ie(Sr(16).toString("hex"))), _r);
}
var Or = 14,
  Re = 3600,
  Dt = { verify: 24 * Re, reset: 1 * Re, invite: 168 * Re },
  Nt = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  x0 = () =>
    new d(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function Mt(e, t) {
  return U({ ...f.token(e), ...t });
}
async function Uo(e, t, n = {}) {
  await L0(q0.signupPerIp, t);
  let r = Q("ten"),
    s = Q("usr"),
    i = new Date(S()).toISOString(),
    o = C0(),
    a = await ie(e.password);
  return B({ type: "system", tenantId: r }, async () => {
    let u = z.enqueue(Er(e.email, e.businessName, `${Nt()}/verify?token=${o}`)),
      c = {
        ...f.tenant(),
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
        ...f.user(s),
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
        U(
          { ...f.email(e.email), userId: s, tenantId: r },
          "attribute_not_exists(pk)",
        ),
        U(c, "attribute_not_exists(pk)"),
        U(l),
        ...(n.preverified
          ? []
          : [
              Mt(o, {
                kind: "verify",
                tenantId: r,
                userId: s,
                email: e.email,
                expiresAt: i0() + Dt.verify,
              }),
              u.put,
            ]),
      ];
    return (
      e.bizNo &&
        p.push(
          U({ ...f.bizNo(e.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
        ),
      await W(p, (m) => {
        if (m === 0)
          return new d(
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
          return new d(
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
      n.preverified || (await z.notify(u.id)),
      { tenantId: r, userId: s }
    );
  });
}
async function Te(e, t) {
  let n = await O(f.token(e), !0);
  if (!(!n || n.kind !== t || n.expiresAt <= i0())) return n;
}
function jt(e, t) {
  return {
    Delete: {
      TableName: I(),
      Key: h(f.token(e)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: h({ ":k": t, ":now": i0() }),
    },
  };
}
function qt(e, t, n) {
  return B({ type: "system", tenantId: e }, () => {
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
        TableName: I(),
        Key: h(f.user(t)),
        UpdateExpression: `SET ${i.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: r,
        ExpressionAttributeValues: h(s),
      },
    };
  });
}
async function Bo(e) {
  let t = await Te(e, "verify");
  if (!t) throw x0();
  await W([jt(e, "verify"), qt(t.tenantId, t.userId, { verified: !0 })], () =>
    x0(),
  );
}
async function oe(e, t) {
  return B({ type: "system", tenantId: e }, () => O(f.user(t), !0));
}
async function Pe(e) {
  return B({ type: "system", tenantId: e }, () => O(f.tenant()));
}
var Cr = () =>
  new d(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function Fo(e, t, n) {
  (await L0(q0.loginPerIp, n), await L0(q0.loginPerAccount, e));
  let r = await O(f.email(e)),
    s = r ? await oe(r.tenantId, r.userId) : void 0,
    i = await Tr(t, s?.passwordHash ?? (await Pr()));
  if (!s || !s.passwordHash || !i || s.status !== "active") throw Cr();
  if (!s.verified)
    throw new d(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let o = await Pe(s.tenantId);
  if (!o) throw Cr();
  return $r(s, o);
}
async function $r(e, t) {
  let n = C0(),
    r = {
      userId: e.id,
      tenantId: e.tenantId,
      role: e.role,
      planId: t.planId,
      csrf: C0(),
      expiresAt: i0() + Or * 24 * Re,
    };
  return (
    await R().send(
      new Lo({ TableName: I(), Item: h({ ...f.session(n), ...r }) }),
    ),
    { token: n, me: Dr(e, t, r.csrf) }
  );
}
function Dr(e, t, n) {
  let r = Ho(t.planId);
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
function Ho(e) {
  let t = m0.get(e, E0());
  return { id: t.id, name: t.name, priceKrw: t.priceKrw };
}
async function zo(e) {
  if (!e || e.length > 100) return;
  let t = await O(f.session(e));
  if (!(!t || t.expiresAt <= i0()))
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
async function Vo(e) {
  await R().send(new qo({ TableName: I(), Key: h(f.session(e)) }));
}
async function Wo(e) {
  let t = V0(),
    [n, r] = await Promise.all([oe(t.tenantId, t.userId), Pe(t.tenantId)]);
  if (!n || !r)
    throw new d(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return Dr(n, r, e);
}
async function Ko(e, t) {
  (await L0(q0.resetPerIp, t), await L0(q0.resetPerAccount, e));
  let n = await O(f.email(e));
  if (!n) return;
  let r = await oe(n.tenantId, n.userId);
  if (!r || r.status !== "active") return;
  let s = C0();
  await B({ type: "system", tenantId: n.tenantId }, async () => {
    let i = z.enqueue(Ir(e, `${Nt()}/reset?token=${s}`));
    (await W([
      Mt(s, {
        kind: "reset",
        tenantId: n.tenantId,
        userId: n.userId,
        email: e,
        expiresAt: i0() + Dt.reset,
      }),
      i.put,
    ]),
      await z.notify(i.id));
  });
}
async function Go(e, t) {
  let n = await Te(e, "reset");
  if (!n) throw x0();
  let r = await ie(t);
  await W(
    [
      jt(e, "reset"),
      qt(n.tenantId, n.userId, { passwordHash: r, verified: !0 }),
    ],
    () => x0(),
  );
}
async function Xo(e, t, n) {
  let r = V0(),
    s = Q("usr"),
    i = C0(),
    o = z.enqueue(Ar(e, n, Fn[t], `${Nt()}/invite?token=${i}`)),
    a = {
      ...f.user(s),
      id: s,
      tenantId: r.tenantId,
      email: e,
      name: "",
      role: t,
      status: "invited",
      verified: !1,
      createdAt: new Date(S()).toISOString(),
    };
  (await W(
    [
      U(
        { ...f.email(e), userId: s, tenantId: r.tenantId },
        "attribute_not_exists(pk)",
      ),
      U(a),
      Mt(i, {
        kind: "invite",
        tenantId: r.tenantId,
        userId: s,
        email: e,
        expiresAt: i0() + Dt.invite,
      }),
      o.put,
    ],
    (u) =>
      u === 0
        ? new d(
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
    await z.notify(o.id));
}
async function Yo(e) {
  let t = await Te(e, "invite"),
    n = t && (await oe(t.tenantId, t.userId)),
    r = t && (await Pe(t.tenantId));
  if (!t || !n || !r) throw x0();
  return { email: t.email, businessName: r.businessName, role: n.role };
}
async function Zo(e, t, n) {
  let r = await Te(e, "invite");
  if (!r) throw x0();
  let s = await ie(n);
  await W(
    [
      jt(e, "invite"),
      qt(r.tenantId, r.userId, {
        name: t,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => x0(),
  );
  let [i, o] = await Promise.all([oe(r.tenantId, r.userId), Pe(r.tenantId)]);
  if (!i || !o) throw x0();
  return $r(i, o);
}
var Jo = "golmok_session",
  Qo = 1024 * 1024,
  ea = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  Ce = class extends Error {
    constructor(n) {
      super("invalid input");
      this.fields = n;
    }
    fields;
  };
function e0(e, t) {
  return kr(e, t, (n) => {
    if (!n.success) {
      let r = n.error;
      throw new Ce(
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
var ta = new Set(["GET", "HEAD", "OPTIONS"]);
function Nr(e) {
  let t = new Tt();
  return (
    t.use("*", async (n, r) => {
      let s = performance.now(),
        i = Q("req");
      n.set("requestId", i);
      let o = Xt();
      await Yt(o, r);
      let a = performance.now() - s;
      (n.header("x-request-id", i),
        n.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let u = n.get("actor"),
        c = u && u.type === "user" ? u.tenantId : void 0;
      (c && H.record(c, e, o),
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
      Pt({
        strictTransportSecurity: ea()
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
      hr({
        maxSize: Qo,
        onError: () => {
          throw new d(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    t.use("*", async (n, r) => {
      let s = { type: "public" },
        i = Se(n, Jo);
      if (i) {
        let o = await ae.session(i);
        if (o) {
          let { csrf: a, planId: u, ...c } = o;
          ((s = c),
            n.set("csrf", a),
            n.set("planId", u),
            n.set("sessionToken", i));
        }
      }
      if ((n.set("actor", s), !ta.has(n.req.method))) {
        let o = n.req.header("origin");
        if (o && new URL(n.req.url).host !== na(o))
          throw new d(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && n.req.header("x-csrf-token") !== n.get("csrf"))
          throw new d(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await B(s, async () => {
        (s.type === "user" &&
          (await H.assertWithinQuota(n.get("planId") ?? "basic", {
            requests: 1,
          })),
          await r());
      });
    }),
    t.onError((n, r) => ra(n, r)),
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
function na(e) {
  try {
    return new URL(e).host;
  } catch {
    return;
  }
}
function ra(e, t) {
  let n = t.get("requestId");
  if (e instanceof Ce)
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
  if (e instanceof d) {
    e.extra.retryAfterSeconds !== void 0 &&
      t.header("retry-after", String(e.extra.retryAfterSeconds));
    let s = e.code === "body_too_large" ? 413 : Qt[e.kind];
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
  if (e instanceof G && e.status < 500) {
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
var Oe = E({
    code: y(),
    message: y(),
    fields: g(Z(E({ field: y(), message: y() }))),
    requestId: y(),
  }),
  tp = E({ ok: n0(!0) }),
  sa = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: S0(Oe) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: S0(Oe) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: S0(Oe) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: S0(Oe) } },
    },
  };
function y0(e, t, n, r = 200) {
  return se({
    tags: [e],
    summary: t,
    responses: {
      [r]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: S0(n) } },
      },
      ...sa,
    },
  });
}
var Mr = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  jr = (e, t) =>
    E({
      id: w(
        y(),
        q(
          new RegExp(`^${e}_[0-9a-z]{26}$`),
          `${t} ID \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.`,
        ),
      ),
    }),
  ia = jr("emp", "\uC9C1\uC6D0"),
  Bt = jr("run", "\uAE09\uC5EC \uB300\uC7A5"),
  oa = E({
    month: g(
      w(
        y(),
        q(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  }),
  aa = E({
    file: w(
      y(),
      q(
        /^\d{4}(-(0[1-9]|1[0-2]))?\.xlsx$/,
        "\uD30C\uC77C \uC774\uB984\uC740 YYYY-MM.xlsx(\uC6D4) \uB610\uB294 YYYY.xlsx(\uC5F0\uAC04) \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
    ),
  }),
  ua = E({
    id: Bt.entries.id,
    file: w(
      y(),
      q(
        /^emp_[0-9a-z]{26}\.pdf$/,
        "\uD30C\uC77C \uC774\uB984\uC740 <\uC9C1\uC6D0ID>.pdf \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
    ),
  }),
  ca = E({
    ...ct.entries,
    correction: g(
      t0(
        "\uC815\uC815 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
      ),
      !1,
    ),
  }),
  Lt = g0({
    id: y(),
    name: y(),
    rrnMasked: y(),
    bankMasked: y(),
    payType: y(),
  }),
  qr = g0({
    employeeId: y(),
    gross: J(),
    totalDeductions: J(),
    net: J(),
    warnings: Z(y()),
  }),
  Ut = g0({ id: y(), month: y(), status: y(), kind: y(), lines: Z(qr) }),
  la = g0({ month: y(), lines: Z(qr), totals: g0({ gross: J(), net: J() }) }),
  Lr = Nr("payroll")
    .get(
      "/api/payroll/employees",
      y0(
        "payroll",
        "\uC9C1\uC6D0 \uBAA9\uB85D (\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\xB7\uACC4\uC88C\uB294 \uAC00\uB9B0 \uAC12\uB9CC)",
        E({ employees: Z(Lt) }),
      ),
      async (e) => e.json({ employees: await M.listEmployees() }),
    )
    .post(
      "/api/payroll/employees",
      y0("payroll", "\uC9C1\uC6D0 \uB4F1\uB85D", Lt, 201),
      e0("json", ut),
      async (e) => e.json(await M.createEmployee(e.req.valid("json")), 201),
    )
    .patch(
      "/api/payroll/employees/:id",
      y0(
        "payroll",
        "\uC9C1\uC6D0 \uC815\uBCF4 \uC218\uC815 (\uC8FC\uBBFC\uB4F1\uB85D\uBC88\uD638\xB7\uACC4\uC88C\uB97C \uBE44\uC6CC \uB450\uBA74 \uAE30\uC874 \uAC12 \uC720\uC9C0)",
        Lt,
      ),
      e0("param", ia),
      e0("json", ut),
      async (e) =>
        e.json(
          await M.updateEmployee(e.req.valid("param").id, e.req.valid("json")),
        ),
    )
    .post(
      "/api/payroll/preview",
      y0(
        "payroll",
        "\uAE09\uC5EC \uBBF8\uB9AC \uACC4\uC0B0 (\uC800\uC7A5\uD558\uC9C0 \uC54A\uC74C)",
        la,
      ),
      e0("json", ct),
      async (e) => e.json(await M.preview(e.req.valid("json"))),
    )
    .get(
      "/api/payroll/runs",
      y0(
        "payroll",
        "\uAE09\uC5EC \uB300\uC7A5 \uBAA9\uB85D",
        E({ runs: Z(g0({ id: y() })) }),
      ),
      e0("query", oa),
      async (e) =>
        e.json({ runs: await M.listRuns(e.req.valid("query").month) }),
    )
    .post(
      "/api/payroll/runs",
      y0(
        "payroll",
        "\uAE09\uC5EC \uB300\uC7A5 \uB9CC\uB4E4\uAE30 (\uCD08\uC548; \uD655\uC815\uD55C \uB2EC\uC740 \uC815\uC815\uB9CC)",
        Ut,
        201,
      ),
      e0("json", ca),
      async (e) => e.json(await M.createRun(e.req.valid("json")), 201),
    )
    .get(
      "/api/payroll/runs/:id",
      y0("payroll", "\uAE09\uC5EC \uB300\uC7A5", Ut),
      e0("param", Bt),
      async (e) => e.json(await M.getRun(e.req.valid("param").id)),
    )
    .post(
      "/api/payroll/runs/:id/confirm",
      y0(
        "payroll",
        "\uAE09\uC5EC \uD655\uC815 (\uBA85\uC138\uC11C \uBA54\uC77C \uBC1C\uC1A1, \uC774\uD6C4 \uC218\uC815 \uBD88\uAC00)",
        Ut,
      ),
      e0("param", Bt),
      async (e) => e.json(await M.confirmRun(e.req.valid("param").id)),
    )
    .get(
      "/api/payroll/runs/:id/payslips/:file",
      se({
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
      e0("param", ua),
      async (e) => {
        let { id: t, file: n } = e.req.valid("param"),
          { filename: r, body: s } = await M.payslipPdf(
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
      se({
        tags: ["payroll"],
        summary:
          "\uAE09\uC5EC\uB300\uC7A5\xB7\uC6D0\uCC9C\uC138 \uC694\uC57D (YYYY-MM.xlsx) \uB610\uB294 \uADFC\uB85C\uC790\uBCC4 \uC5F0\uAC04 \uD569\uACC4 (YYYY.xlsx) \uC5D1\uC140; \uC138\uBB34\uC0AC\uB3C4 \uB0B4\uB824\uBC1B\uAE30 \uAC00\uB2A5",
        responses: {
          200: {
            description: "xlsx",
            content: { [Mr]: { schema: { type: "string", format: "binary" } } },
          },
        },
      }),
      e0("param", aa),
      async (e) => {
        let t = e.req.valid("param").file.replace(/\.xlsx$/, ""),
          { filename: n, body: r } =
            t.length === 4 ? await M.yearlyRegister(t) : await M.register(t);
        return e.body(new Uint8Array(r), 200, {
          "content-type": Mr,
          "content-disposition": `attachment; filename="register-${t}.xlsx"; filename*=UTF-8''${encodeURIComponent(n)}`,
        });
      },
    );
var pa = Me(Lr),
  fp = async (e, t) => {
    let n = await pa(e, t);
    return (await H.flushIfDue(), n);
  };
export { fp as handler };
