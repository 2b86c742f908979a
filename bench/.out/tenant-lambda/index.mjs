import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { b as bt } from "./chunk-7HDDPWRO.mjs";
import "./chunk-6M77F5EE.mjs";
import { b as xn } from "./chunk-5ZQJQTJX.mjs";
import { a as _e } from "./chunk-B3EVV4EU.mjs";
var xt = (e) => {
    let t = "",
      n = new Uint8Array(e);
    for (let r = 0, s = n.length; r < s; r++) t += String.fromCharCode(n[r]);
    return btoa(t);
  },
  wn = (e) => {
    let t = atob(e),
      n = new Uint8Array(new ArrayBuffer(t.length)),
      r = t.length / 2;
    for (let s = 0, i = t.length - 1; s <= r; s++, i--)
      ((n[s] = t.charCodeAt(s)), (n[i] = t.charCodeAt(i)));
    return n;
  };
function he(e) {
  return /[^\x00-\x7F]/.test(e) ? encodeURIComponent(e) : e;
}
var ts = (e) => e.requestContext;
var wt =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (n, r) => {
      let s = ls(n),
        i,
        o;
      try {
        ((i = s.createRequest(n)), (o = ts(n)));
      } catch (a) {
        console.error("Error processing request:", a);
        let c =
          a instanceof TypeError
            ? new Response("Invalid request", { status: 400 })
            : new Response("Internal Server Error", { status: 500 });
        return s.createResult(n, c, { isContentTypeBinary: t });
      }
      let u = await e.fetch(i, {
        event: n,
        requestContext: o,
        lambdaContext: r,
      });
      return s.createResult(n, u, { isContentTypeBinary: t });
    },
  ze = class {
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
          ? wn(e.body)
          : new TextEncoder().encode(e.body);
        ((i.body = o), s.set("content-length", o.length.toString()));
      }
      return new Request(r, i);
    }
    async createResult(e, t, n) {
      let r = t.headers.get("content-type"),
        s = n.isContentTypeBinary ?? kn,
        i = !!(r && s(r));
      if (!i) {
        let u = t.headers.get("content-encoding");
        i = hs(u);
      }
      let o = {
        body: i ? xt(await t.arrayBuffer()) : await t.text(),
        statusCode: t.status,
        isBase64Encoded: i,
        ...("multiValueHeaders" in e && e.multiValueHeaders
          ? { multiValueHeaders: {} }
          : { headers: {} }),
      };
      return (
        this.setCookies(e, t, o),
        o.multiValueHeaders
          ? t.headers.forEach((u, a) => {
              o.multiValueHeaders[a] = [u];
            })
          : t.headers.forEach((u, a) => {
              o.headers[a] = u;
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
  ns = class extends ze {
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
        for (let [n, r] of Object.entries(e.headers)) r && t.set(n, he(r));
      return t;
    }
  },
  rs = new ns(),
  ss = class extends ze {
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
          r && r.forEach((s) => t.append(n, he(s)));
      if (e.headers)
        for (let [n, r] of Object.entries(e.headers))
          r && !t.has(n) && t.set(n, he(r));
      return t;
    }
    setCookiesToResult(e, t) {
      e.multiValueHeaders = { "set-cookie": t };
    }
  },
  is = new ss(),
  os = class extends ze {
    getHeaders(e) {
      let t = new Headers();
      if (e.multiValueHeaders) {
        for (let [n, r] of Object.entries(e.multiValueHeaders))
          if (r && Array.isArray(r)) {
            let s = he(r.join("; "));
            t.set(n, s);
          }
      } else
        for (let [n, r] of Object.entries(e.headers ?? {}))
          r && t.set(n, he(r));
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
  as = new os(),
  us = class extends ze {
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
          r && r.forEach((s) => t.append(n, he(s)));
      return t;
    }
    getCookies() {}
    setCookiesToResult(e, t) {
      e.headers = { ...e.headers, "set-cookie": t };
    }
  },
  cs = new us(),
  ls = (e) => (fs(e) ? as : ps(e) ? rs : ms(e) ? cs : is),
  fs = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  ps = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  ms = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  kn = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  hs = (e) => !!e && !/^identity$/i.test(e);
var He,
  ds = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function ys(e) {
  return !e && !He
    ? ds
    : {
        lang: e?.lang ?? He?.lang,
        message: e?.message,
        abortEarly: e?.abortEarly ?? He?.abortEarly,
        abortPipeEarly: e?.abortPipeEarly ?? He?.abortPipeEarly,
      };
}
var gs;
function vs(e) {
  return gs?.get(e);
}
var bs;
function xs(e) {
  return bs?.get(e);
}
var ws;
function ks(e, t) {
  return ws?.get(e)?.get(t);
}
function kt(e) {
  let t = typeof e;
  return t === "string"
    ? `"${e}"`
    : t === "number" || t === "bigint" || t === "boolean"
      ? `${e}`
      : t === "object" || t === "function"
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? "null")
        : t;
}
function S(e, t, n, r, s) {
  let i = s && "input" in s ? s.input : n.value,
    o = s?.expected ?? e.expects ?? null,
    u = s?.received ?? kt(i),
    a = {
      kind: e.kind,
      type: e.type,
      input: i,
      expected: o,
      received: u,
      message: `Invalid ${t}: ${o ? `Expected ${o} but r` : "R"}eceived ${u}`,
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
      ks(e.reference, a.lang) ??
      (c ? xs(a.lang) : null) ??
      r.message ??
      vs(a.lang);
  (l !== void 0 && (a.message = typeof l == "function" ? l(a) : l),
    c && (n.typed = !1),
    n.issues ? n.issues.push(a) : (n.issues = [a]));
}
function Es(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function In(e, t) {
  let n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? "never");
}
function M(e) {
  return (
    (e["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (t) => e["~run"]({ value: t }, ys()),
    }),
    e
  );
}
var Is =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  aa = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function W(e, t) {
  return {
    kind: "validation",
    type: "check",
    reference: W,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement(n.value) && S(this, "input", n, r),
        n
      );
    },
  };
}
function Et(e) {
  return {
    kind: "validation",
    type: "email",
    reference: Et,
    expects: null,
    async: !1,
    requirement: Is,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement.test(t.value) && S(this, "email", t, n),
        t
      );
    },
  };
}
function $(e, t) {
  return {
    kind: "validation",
    type: "max_length",
    reference: $,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length > this.requirement &&
          S(this, "length", n, r, { received: `${n.value.length}` }),
        n
      );
    },
  };
}
function de(e) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: de,
    async: !1,
    expects: "!0",
    message: e,
    "~run"(t, n) {
      return (
        t.typed &&
          t.value.length === 0 &&
          S(this, "length", t, n, { received: "0" }),
        t
      );
    },
  };
}
function Ge(e, t) {
  return {
    kind: "validation",
    type: "regex",
    reference: Ge,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement.test(n.value) && S(this, "format", n, r),
        n
      );
    },
  };
}
function It() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: It,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.toLowerCase()), e);
    },
  };
}
function ye(e) {
  return {
    kind: "transformation",
    type: "transform",
    reference: ye,
    async: !1,
    operation: e,
    "~run"(t) {
      return ((t.value = this.operation(t.value)), t);
    },
  };
}
function X() {
  return {
    kind: "transformation",
    type: "trim",
    reference: X,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.trim()), e);
    },
  };
}
function As(e, t, n) {
  return typeof e.fallback == "function" ? e.fallback(t, n) : e.fallback;
}
function At(e, t) {
  return {
    ...e,
    "~run"(n, r) {
      let s = n.issues && [...n.issues];
      if (((n = e["~run"](n, r)), n.issues)) {
        for (let i of n.issues)
          if (!s?.includes(i)) {
            let o = n.value;
            for (let u of t) {
              let a = o[u],
                c = {
                  type: "unknown",
                  origin: "value",
                  input: o,
                  key: u,
                  value: a,
                };
              if ((i.path ? i.path.push(c) : (i.path = [c]), !a)) break;
              o = a;
            }
          }
      }
      return n;
    },
  };
}
function St(e, t, n) {
  return typeof e.default == "function" ? e.default(t, n) : e.default;
}
function ge(e, t) {
  return M({
    kind: "schema",
    type: "array",
    reference: ge,
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
            u = this.item["~run"]({ value: o }, r);
          if (u.issues) {
            let a = {
              type: "array",
              origin: "value",
              input: s,
              key: i,
              value: o,
            };
            for (let c of u.issues)
              (c.path ? c.path.unshift(a) : (c.path = [a]), n.issues?.push(c));
            if ((n.issues || (n.issues = u.issues), r.abortEarly)) {
              n.typed = !1;
              break;
            }
          }
          (u.typed || (n.typed = !1), n.value.push(u.value));
        }
      } else S(this, "type", n, r);
      return n;
    },
  });
}
function _t(e) {
  return M({
    kind: "schema",
    type: "boolean",
    reference: _t,
    expects: "boolean",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "boolean" ? (t.typed = !0) : S(this, "type", t, n),
        t
      );
    },
  });
}
function q(e, t) {
  return M({
    kind: "schema",
    type: "literal",
    reference: q,
    expects: kt(e),
    async: !1,
    literal: e,
    message: t,
    "~run"(n, r) {
      return (
        Es(n.value, this.literal) ? (n.typed = !0) : S(this, "type", n, r),
        n
      );
    },
  });
}
function Pt(e, t) {
  return M({
    kind: "schema",
    type: "nullable",
    reference: Pt,
    expects: `(${e.expects} | null)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === null &&
        (this.default !== void 0 && (n.value = St(this, n, r)),
        n.value === null)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function ce(e) {
  return M({
    kind: "schema",
    type: "number",
    reference: ce,
    expects: "number",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "number" && !isNaN(t.value)
          ? (t.typed = !0)
          : S(this, "type", t, n),
        t
      );
    },
  });
}
function y(e, t) {
  return M({
    kind: "schema",
    type: "object",
    reference: y,
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
            let u = i in s ? s[i] : St(o),
              a = o["~run"]({ value: u }, r);
            if (a.issues) {
              let c = {
                type: "object",
                origin: "value",
                input: s,
                key: i,
                value: u,
              };
              for (let l of a.issues)
                (l.path ? l.path.unshift(c) : (l.path = [c]),
                  n.issues?.push(l));
              if ((n.issues || (n.issues = a.issues), r.abortEarly)) {
                n.typed = !1;
                break;
              }
            }
            (a.typed || (n.typed = !1), (n.value[i] = a.value));
          } else if (o.fallback !== void 0) n.value[i] = As(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            (S(this, "key", n, r, {
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
      } else S(this, "type", n, r);
      return n;
    },
  });
}
function F(e, t) {
  return M({
    kind: "schema",
    type: "optional",
    reference: F,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === void 0 &&
        (this.default !== void 0 && (n.value = St(this, n, r)),
        n.value === void 0)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function ve(e, t) {
  return M({
    kind: "schema",
    type: "picklist",
    reference: ve,
    expects: In(e.map(kt), "|"),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      return (
        this.options.includes(n.value) ? (n.typed = !0) : S(this, "type", n, r),
        n
      );
    },
  });
}
function p(e) {
  return M({
    kind: "schema",
    type: "string",
    reference: p,
    expects: "string",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "string" ? (t.typed = !0) : S(this, "type", t, n),
        t
      );
    },
  });
}
function En(e) {
  let t;
  if (e)
    for (let n of e)
      if (t) for (let r of n.issues) t.push(r);
      else t = n.issues;
  return t;
}
function Rt(e, t) {
  return M({
    kind: "schema",
    type: "union",
    reference: Rt,
    expects: In(
      e.map((n) => n.expects),
      "|",
    ),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      let s, i, o;
      for (let u of this.options) {
        let a = u["~run"]({ value: n.value }, r);
        if (a.typed)
          if (a.issues) i ? i.push(a) : (i = [a]);
          else {
            s = a;
            break;
          }
        else o ? o.push(a) : (o = [a]);
      }
      if (s) return s;
      if (i) {
        if (i.length === 1) return i[0];
        (S(this, "type", n, r, { issues: En(i) }), (n.typed = !0));
      } else {
        if (o?.length === 1) return o[0];
        S(this, "type", n, r, { issues: En(o) });
      }
      return n;
    },
  });
}
function P(...e) {
  return M({
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
var E = {};
_e(E, {
  Auth: () => E,
  SESSION_DAYS: () => et,
  acceptInvite: () => Fi,
  confirmPasswordReset: () => qi,
  invite: () => Ui,
  inviteInfo: () => Li,
  login: () => Oi,
  logout: () => Di,
  me: () => Mi,
  requestPasswordReset: () => $i,
  session: () => ji,
  signup: () => Ti,
  verifyEmail: () => Ci,
});
import {
  DeleteItemCommand as Pi,
  PutItemCommand as Ri,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as _s,
  GetItemCommand as Ps,
  TransactWriteItemsCommand as Rs,
  TransactionCanceledException as Ts,
  ConditionalCheckFailedException as Cs,
} from "@aws-sdk/client-dynamodb";
import { marshall as Os, unmarshall as Ns } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as Ss } from "node:async_hooks";
var An = new Ss();
function Sn() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function _n(e, t) {
  return An.run(e, t);
}
function Pn() {
  return An.getStore();
}
function b() {
  return process.env.TABLE_NAME ?? "golmok";
}
var Rn = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  js = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  Pe;
function k() {
  if (Pe) return Pe;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (Pe = new _s({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    Pe.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          i = Rn.has(s) || js.has(s),
          o = r.input;
        i && !o.ReturnConsumedCapacity && (o.ReturnConsumedCapacity = "TOTAL");
        let u = await t(r),
          a = Pn();
        if (a && i) {
          let l = [u.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((f, m) => f + (m.CapacityUnits ?? 0), 0);
          (a.dbCalls++, Rn.has(s) ? (a.readUnits += l) : (a.writeUnits += l));
        }
        return u;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    Pe
  );
}
function Tt(e) {
  return e instanceof Cs || e?.name === "ConditionalCheckFailedException";
}
function Ds(e) {
  return !(e instanceof Ts) && e?.name !== "TransactionCanceledException"
    ? []
    : (e.CancellationReasons ?? []).flatMap((n, r) =>
        n.Code === "ConditionalCheckFailed" ? [r] : [],
      );
}
function d(e) {
  return Os(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function B(e) {
  return e ? Ns(e) : void 0;
}
async function Z(e, t = !1) {
  let n = await k().send(
    new Ps({ TableName: b(), Key: d(e), ConsistentRead: t }),
  );
  return B(n.Item);
}
function V(e, t, n) {
  return {
    Put: {
      TableName: b(),
      Item: d(e),
      ...(t ? { ConditionExpression: t } : {}),
      ...(n ? { ExpressionAttributeValues: d(n) } : {}),
    },
  };
}
async function J(e, t) {
  try {
    await k().send(new Rs({ TransactItems: e }));
  } catch (n) {
    let r = Ds(n);
    for (let s of r) {
      let i = t?.(s);
      if (i) throw i;
    }
    throw n;
  }
}
import { createHash as Us } from "node:crypto";
import { AsyncLocalStorage as Ms } from "node:async_hooks";
var Tn = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  g = class extends Error {
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
var Cn = new Ms();
function R(e, t) {
  return Cn.run(e, t);
}
function Ct() {
  return Cn.getStore() ?? { type: "public" };
}
function U() {
  let e = Ct();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new g(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function Ot() {
  let e = Ct();
  if (e.type !== "user")
    throw new g(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return e;
}
var $s = {
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
function qs(e, t) {
  return $s[e].includes(t);
}
function be(e) {
  let t = Ct();
  if (t.type !== "system") {
    if (t.type !== "user")
      throw new g(
        "unauthorized",
        "unauthenticated",
        "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      );
    if (!qs(t.role, e))
      throw new g(
        "forbidden",
        "forbidden",
        "\uC774 \uC791\uC5C5\uC744 \uD560 \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uB300\uD45C\uC5D0\uAC8C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
      );
  }
}
var Nt = (e) => Us("sha256").update(e).digest("base64url"),
  z = () => `T#${U()}`,
  h = {
    tenant: () => ({ pk: z(), sk: "TENANT" }),
    user: (e) => ({ pk: z(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: z(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: z(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: z(), sk: `MAIL#${e}` }),
    employee: (e) => ({ pk: z(), sk: `EMP#${e}` }),
    employeesPrefix: () => ({ pk: z(), skPrefix: "EMP#" }),
    payrollRun: (e) => ({ pk: z(), sk: `RUN#${e}` }),
    payrollRunsPrefix: () => ({ pk: z(), skPrefix: "RUN#" }),
    payrollLock: (e) => ({ pk: z(), sk: `RUNLOCK#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${Nt(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${Nt(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${Nt(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import { randomBytes as Ks } from "node:crypto";
import We from "node:crypto";
var Re = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  Te = 32;
var Ls = 16,
  jt = 10,
  On = 0xffffffffffff;
var Q;
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
})(Q || (Q = {}));
var Y = class extends Error {
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function Fs(e) {
  let t = Math.floor(e() * Te) % Te;
  return Re.charAt(t);
}
function Nn(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Bs(e) {
  let t,
    n = e.length,
    r,
    s,
    i = e,
    o = Te - 1;
  for (; !t && n-- >= 0;) {
    if (((r = i[n]), (s = Re.indexOf(r)), s === -1))
      throw new Y(Q.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === o) {
      i = Nn(i, n, Re[0]);
      continue;
    }
    t = Nn(i, n, Re[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new Y(Q.Base32IncorrectEncoding, "Failed incrementing string");
}
function Vs(e) {
  let t = zs(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof We < "u" ? We : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
  if (We?.randomBytes) return () => We.randomBytes(1).readUInt8() / 256;
  throw new Y(Q.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function zs() {
  return Gs()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Hs(e, t) {
  let n = "";
  for (; e > 0; e--) n = Fs(t) + n;
  return n;
}
function jn(e, t = jt) {
  if (isNaN(e))
    throw new Y(Q.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > On)
    throw new Y(
      Q.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${On}: ${e}`,
    );
  if (e < 0) throw new Y(Q.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new Y(Q.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % Te), (r = Re.charAt(n) + r), (e = (e - n) / Te));
  return r;
}
function Gs() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function Dn(e) {
  let t = e || Vs(),
    n = 0,
    r;
  return function (i) {
    let o = !i || isNaN(i) ? Date.now() : i;
    if (o <= n) {
      let a = (r = Bs(r));
      return jn(n, jt) + a;
    }
    n = o;
    let u = (r = Hs(Ls, t));
    return jn(o, jt) + u;
  };
}
var Ws = Dn();
function ne(e) {
  return `${e}_${Ws().toLowerCase()}`;
}
function xe() {
  return Ks(32).toString("base64url");
}
var G = {};
_e(G, {
  Mail: () => G,
  deliver: () => Xn,
  drain: () => yi,
  due: () => Zn,
  enqueue: () => Kn,
  events: () => Gn,
  notify: () => Wn,
  recordEvent: () => gi,
  resetSesClient: () => di,
  send: () => mi,
});
import { EventEmitter as ai } from "node:events";
import {
  PutItemCommand as ui,
  QueryCommand as ci,
  TransactWriteItemsCommand as li,
  UpdateItemCommand as $t,
} from "@aws-sdk/client-dynamodb";
var O = {};
_e(O, {
  Metering: () => O,
  assertWithinQuota: () => ii,
  billableUpdate: () => ri,
  clearCache: () => oi,
  current: () => Bn,
  flush: () => Xe,
  flushIfDue: () => ei,
  record: () => Ys,
});
import {
  GetItemCommand as Qs,
  UpdateItemCommand as qn,
} from "@aws-sdk/client-dynamodb";
var T = {};
_e(T, {
  METRIC_LABEL: () => Xs,
  PLAN_TABLE: () => Dt,
  Plan: () => T,
  exceeded: () => Js,
  get: () => Zs,
});
var Xs = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
    payslips: { label: "\uC784\uAE08\uBA85\uC138\uC11C", unit: "\uAC74" },
  },
  Dt = [
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
function Zs(e, t) {
  return ([...Dt].reverse().find((r) => r.from <= t) ?? Dt[0]).plans[e];
}
function Js(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
  }
  return null;
}
function w() {
  return Date.now();
}
function ee(e = w()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function Ce(e) {
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
var H = (e = w()) => Math.floor(e / 1e3);
function Mn(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var Un = Number(process.env.METER_FLUSH_EVERY ?? 200),
  Ln = Number(process.env.METER_FLUSH_MS ?? 1e4),
  re = new Map(),
  we = 0,
  Fn = 0,
  ke,
  Oe;
function Ys(e, t, n, r = w()) {
  let s = ee(r),
    i = `${e}|${s}`,
    o = re.get(i);
  (o ||
    ((o = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    re.set(i, o)),
    o.requests++,
    (o.dbReadUnits += n.readUnits),
    (o.dbWriteUnits += n.writeUnits),
    (o.modules[t] = (o.modules[t] ?? 0) + 1),
    we === 0 && (Fn = r),
    we++,
    we >= Un
      ? Xe()
      : ke ||
        ((ke = setTimeout(() => {
          Xe();
        }, Ln)),
        ke.unref()));
}
async function ei(e = w()) {
  (we >= Un || (we > 0 && e - Fn >= Ln)) && (await Xe());
}
async function Xe() {
  (Oe && (await Oe), ke && clearTimeout(ke), (ke = void 0));
  let e = [...re.values()];
  if ((re.clear(), (we = 0), e.length !== 0)) {
    Oe = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await R({ type: "system", tenantId: n.tenantId }, () => ti(n));
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
          s = re.get(r);
        if (!s) re.set(r, n);
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
      await Oe;
    } finally {
      Oe = void 0;
    }
  }
}
async function ti(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, i], o) => (
        (t[`#m${o}`] = s),
        (n[`:m${o}`] = i),
        `#mod.#m${o} :m${o}`
      ),
    );
  (await ni(e.month),
    await k().send(
      new qn({
        TableName: b(),
        Key: d(h.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: d(n),
      }),
    ));
}
var $n = new Set();
async function ni(e) {
  let t = h.usage(e),
    n = `${t.pk}|${t.sk}`;
  $n.has(n) ||
    (await k()
      .send(
        new qn({
          TableName: b(),
          Key: d(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: d({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    $n.add(n));
}
function ri(e, t = 1, n = ee()) {
  return {
    Update: {
      TableName: b(),
      Key: d(h.usage(n)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: d({ ":n": t }),
    },
  };
}
async function Bn(e = ee()) {
  let t = await k().send(
      new Qs({ TableName: b(), Key: d(h.usage(e)), ConsistentRead: !0 }),
    ),
    n = B(t.Item) ?? {},
    r = re.get(`${U()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    payslips: n.payslips ?? 0,
    byModule: n.byModule ?? {},
  };
}
var si = 3e4,
  Mt = new Map();
async function ii(e, t) {
  let n = ee(),
    s = `${U()}|${n}`,
    i = Mt.get(s),
    o = Object.keys(t).some((f) => f !== "requests");
  (!i || w() - i.at > si || o) &&
    ((i = { at: w(), usage: await Bn(n) }), Mt.set(s, i));
  let u = re.get(s),
    a = {
      ...i.usage,
      requests: Math.max(i.usage.requests ?? 0, u?.requests ?? 0),
    },
    c = T.get(e, n),
    l = T.exceeded(c, a, t);
  if (l) {
    let { label: f } = T.METRIC_LABEL[l];
    throw new g(
      "quota_exceeded",
      "quota_exceeded",
      `${c.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${f} \uD55C\uB3C4(${c.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${Mn(Ce(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(Ce(n)) - w()) / 1e3) },
    );
  }
}
function oi() {
  Mt.clear();
}
var Hn = 4,
  Vn = 6e4,
  fi = 10,
  pi = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  Gn = new ai();
function Kn(e) {
  let t = ne("mail"),
    n = U(),
    r = w(),
    s = t.charCodeAt(t.length - 1) % Hn,
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
        Item: d(i),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function mi(e) {
  let { id: t, put: n } = Kn(e);
  return (await k().send(new ui(n.Put)), await Wn(t), t);
}
var zn;
async function Wn(e) {
  let t = U(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((zn ??= new r({})),
      await zn
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
  } else Gn.emit("queued", { tenantId: t, id: e });
}
var Ze;
async function hi() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (Ze ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    Ze
  );
}
function di() {
  (Ze?.destroy(), (Ze = void 0));
}
async function Xn(e, t) {
  return R({ type: "system", tenantId: e }, async () => {
    let n = w(),
      r;
    try {
      let s = await k().send(
        new $t({
          TableName: b(),
          Key: d(h.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: d({
            ":lease": n + Vn,
            ":gsk": `${String(n + Vn).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = B(s.Attributes);
    } catch (s) {
      if (Tt(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        i = await (
          await hi()
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
          new li({
            TransactItems: [
              {
                Update: {
                  TableName: b(),
                  Key: d(h.mail(t)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: d({
                    ":sent": "sent",
                    ":at": new Date(w()).toISOString(),
                    ":mid": i.MessageId ?? "",
                  }),
                },
              },
              O.billableUpdate("emails", 1),
            ],
          }),
        ),
        "sent"
      );
    } catch (s) {
      let i = s.name,
        u =
          [
            "MessageRejected",
            "BadRequestException",
            "AccountSuspendedException",
          ].includes(i) || r.attempts >= fi,
        a = w() + Math.min(pi() * 2 ** (r.attempts - 1), 36e5);
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
          new $t({
            TableName: b(),
            Key: d(h.mail(t)),
            UpdateExpression: u
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: u ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: d(
              u
                ? { ":failed": "failed", ":e": i }
                : {
                    ":next": a,
                    ":gsk": `${String(a).padStart(15, "0")}#${t}`,
                    ":e": i,
                  },
            ),
          }),
        ),
        u ? "failed" : "retry"
      );
    }
  });
}
async function Zn(e = 50, t = w()) {
  let n = [];
  for (let r = 0; r < Hn; r++) {
    let s = await k().send(
      new ci({
        TableName: b(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: d({
          ":pk": h.outboxShard(r),
          ":now": `${String(t).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let i of s.Items ?? []) {
      let o = B(i);
      n.push({ tenantId: o.tenantId, id: o.id });
    }
  }
  return n;
}
async function yi() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await Zn()) e[await Xn(t, n)]++;
  return e;
}
async function gi(e, t, n, r, s = "") {
  await R({ type: "system", tenantId: e }, () =>
    k()
      .send(
        new $t({
          TableName: b(),
          Key: d(h.mail(t)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${n}At` },
          ExpressionAttributeValues: d({
            ":at": r,
            ":ev": n,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((i) => {
        if (!Tt(i)) throw i;
      }),
  );
}
var le = (e) =>
  e.replace(
    /[&<>"']/g,
    (t) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        t
      ],
  );
function qt(e, t, n, r) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${le(e)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${le(e)}</h1>
${t.map(
  (o) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${le(o)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${le(n.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${le(n.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${le(n.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${le(r)}</p></td></tr></table></body></html>`,
    i = `${e}

${t.join(`

`)}

${n.label}: ${n.url}

${r}
`;
  return { html: s, text: i };
}
function Jn(e, t, n) {
  return {
    to: [e],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...qt(
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
function Qn(e, t) {
  return {
    to: [e],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...qt(
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
function Yn(e, t, n, r) {
  return {
    to: [e],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${t}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...qt(
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
import { UpdateItemCommand as bi } from "@aws-sdk/client-dynamodb";
var se = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function ie(e, t) {
  let n = H(w()),
    r = n - (n % e.windowSeconds),
    s = await k().send(
      new bi({
        TableName: b(),
        Key: d(h.rateLimit(e.bucket, t, r)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: d({
          ":one": 1,
          ":exp": r + e.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((B(s.Attributes)?.hits ?? 0) > e.limit) {
    let o = r + e.windowSeconds - n,
      u = Math.max(1, Math.ceil(o / 60));
    throw new g(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${u}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: o },
    );
  }
}
import {
  randomBytes as tr,
  scrypt as xi,
  timingSafeEqual as wi,
} from "node:crypto";
import { promisify as ki } from "node:util";
var nr = ki(xi),
  Ei = { N: 32768, r: 8, p: 1, keylen: 32 };
async function Ne(e) {
  let t = tr(16),
    { N: n, r, p: s, keylen: i } = Ei,
    o = await nr(e.normalize("NFC"), t, i, {
      N: n,
      r,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${n}$${r}$${s}$${t.toString("base64url")}$${o.toString("base64url")}`;
}
async function rr(e, t) {
  let [n, r, s, i, o, u] = t.split("$");
  if (n !== "scrypt" || !o || !u) return !1;
  let a = Buffer.from(u, "base64url"),
    c = await nr(e.normalize("NFC"), Buffer.from(o, "base64url"), a.length, {
      N: Number(r),
      r: Number(s),
      p: Number(i),
      maxmem: 64 * 1024 * 1024,
    });
  return wi(c, a);
}
var er;
function sr() {
  return ((er ??= Ne(tr(16).toString("hex"))), er);
}
var Ii = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function Je(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(t) ? t : null;
}
function ir(e) {
  let t = Je(e);
  if (!t) return !1;
  let n = [...t].map(Number),
    r = 0;
  for (let s = 0; s < 9; s++) r += n[s] * Ii[s];
  return ((r += Math.floor((n[8] * 5) / 10)), (10 - (r % 10)) % 10 === n[9]);
}
function Ut(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(t) ? t : null;
}
function Lt(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(t) ? t : null;
}
function Qe(e, t) {
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
var K = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  or = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var Ai = ["general", "simplified", "exempt"];
var ar = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  je = (e, t) =>
    P(
      p(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      X(),
      de(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      $(
        t,
        `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  Ft = (e, t) =>
    F(
      P(
        p(
          `${e}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        X(),
        $(
          t,
          `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  De = P(
    p("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    X(),
    de("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    $(
      K.email,
      `\uC774\uBA54\uC77C\uC740 ${K.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    Et(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    It(),
  ),
  ur = P(
    p(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
    ),
    X(),
    $(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    W(
      (e) => e === "" || Je(e) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    W(
      (e) => e === "" || ir(e),
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    ye((e) => (e === "" ? "" : Je(e))),
  ),
  Si = P(
    p(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    X(),
    $(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    W(
      (e) => Ut(e) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    ye((e) => Ut(e)),
  ),
  _i = P(
    p("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    X(),
    $(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    W(
      (e) => e === "" || Lt(e) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    ye((e) => (e === "" ? "" : Lt(e))),
  ),
  Vt = P(
    p("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    $(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    W(
      (e) => Qe(e) === null,
      (e) =>
        Qe(String(e.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  cr = P(
    y({
      businessName: je("\uC0C1\uD638", K.business),
      noBizNo: F(
        _t(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: F(ur, ""),
      ownerName: je("\uB300\uD45C\uC790\uBA85", K.name),
      industry: ve(
        or,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: De,
      phone: Si,
      password: Vt,
      privacyConsent: q(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    At(
      W(
        (e) => e.noBizNo || e.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    At(
      W(
        (e) => Qe(e.password, e.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    ye((e) => ({ ...e, bizNo: e.noBizNo ? "" : e.bizNo })),
  ),
  lr = y({
    email: De,
    password: P(
      p(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      de(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      $(128, "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4."),
    ),
  }),
  zt = P(
    p("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    de("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    $(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Ht = y({ token: zt }),
  fr = y({ email: De }),
  pr = y({ token: zt, password: Vt }),
  mr = y({
    email: De,
    role: ve(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  hr = y({ token: zt, name: je("\uC774\uB984", K.name), password: Vt }),
  Gt = y({
    businessName: je("\uC0C1\uD638", K.business),
    ownerName: je("\uB300\uD45C\uC790", K.name),
    bizNo: ur,
    branchNo: P(
      F(
        p(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      X(),
      Ge(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: Ft("\uC8FC\uC18C", K.address),
    businessType: Ft("\uC5C5\uD0DC", K.text),
    businessItem: Ft("\uC885\uBAA9", K.text),
    taxType: ve(
      Ai,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: Rt(
      [q(""), De],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: F(_i, ""),
    industry: ve(
      or,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  dr = y({
    month: F(
      P(
        p(),
        Ge(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var et = 14,
  Ye = 3600,
  Kt = { verify: 24 * Ye, reset: 1 * Ye, invite: 168 * Ye },
  Wt = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  oe = () =>
    new g(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function Xt(e, t) {
  return V({ ...h.token(e), ...t });
}
async function Ti(e, t, n = {}) {
  await ie(se.signupPerIp, t);
  let r = ne("ten"),
    s = ne("usr"),
    i = new Date(w()).toISOString(),
    o = xe(),
    u = await Ne(e.password);
  return R({ type: "system", tenantId: r }, async () => {
    let a = G.enqueue(Jn(e.email, e.businessName, `${Wt()}/verify?token=${o}`)),
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
        passwordHash: u,
        createdAt: i,
      },
      f = [
        V(
          { ...h.email(e.email), userId: s, tenantId: r },
          "attribute_not_exists(pk)",
        ),
        V(c, "attribute_not_exists(pk)"),
        V(l),
        ...(n.preverified
          ? []
          : [
              Xt(o, {
                kind: "verify",
                tenantId: r,
                userId: s,
                email: e.email,
                expiresAt: H() + Kt.verify,
              }),
              a.put,
            ]),
      ];
    return (
      e.bizNo &&
        f.push(
          V({ ...h.bizNo(e.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
        ),
      await J(f, (m) => {
        if (m === 0)
          return new g(
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
        if (m === f.length - 1 && e.bizNo)
          return new g(
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
      n.preverified || (await G.notify(a.id)),
      { tenantId: r, userId: s }
    );
  });
}
async function tt(e, t) {
  let n = await Z(h.token(e), !0);
  if (!(!n || n.kind !== t || n.expiresAt <= H())) return n;
}
function Zt(e, t) {
  return {
    Delete: {
      TableName: b(),
      Key: d(h.token(e)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: d({ ":k": t, ":now": H() }),
    },
  };
}
function Jt(e, t, n) {
  return R({ type: "system", tenantId: e }, () => {
    let r = {},
      s = {},
      i = Object.entries(n).map(
        ([o, u], a) => (
          (r[`#f${a}`] = o),
          (s[`:v${a}`] = u),
          `#f${a} = :v${a}`
        ),
      );
    return {
      Update: {
        TableName: b(),
        Key: d(h.user(t)),
        UpdateExpression: `SET ${i.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: r,
        ExpressionAttributeValues: d(s),
      },
    };
  });
}
async function Ci(e) {
  let t = await tt(e, "verify");
  if (!t) throw oe();
  await J([Zt(e, "verify"), Jt(t.tenantId, t.userId, { verified: !0 })], () =>
    oe(),
  );
}
async function Me(e, t) {
  return R({ type: "system", tenantId: e }, () => Z(h.user(t), !0));
}
async function nt(e) {
  return R({ type: "system", tenantId: e }, () => Z(h.tenant()));
}
var yr = () =>
  new g(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function Oi(e, t, n) {
  (await ie(se.loginPerIp, n), await ie(se.loginPerAccount, e));
  let r = await Z(h.email(e)),
    s = r ? await Me(r.tenantId, r.userId) : void 0,
    i = await rr(t, s?.passwordHash ?? (await sr()));
  if (!s || !s.passwordHash || !i || s.status !== "active") throw yr();
  if (!s.verified)
    throw new g(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let o = await nt(s.tenantId);
  if (!o) throw yr();
  return gr(s, o);
}
async function gr(e, t) {
  let n = xe(),
    r = {
      userId: e.id,
      tenantId: e.tenantId,
      role: e.role,
      planId: t.planId,
      csrf: xe(),
      expiresAt: H() + et * 24 * Ye,
    };
  return (
    await k().send(
      new Ri({ TableName: b(), Item: d({ ...h.session(n), ...r }) }),
    ),
    { token: n, me: vr(e, t, r.csrf) }
  );
}
function vr(e, t, n) {
  let r = Ni(t.planId);
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
function Ni(e) {
  let t = T.get(e, ee());
  return { id: t.id, name: t.name, priceKrw: t.priceKrw };
}
async function ji(e) {
  if (!e || e.length > 100) return;
  let t = await Z(h.session(e));
  if (!(!t || t.expiresAt <= H()))
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
async function Di(e) {
  await k().send(new Pi({ TableName: b(), Key: d(h.session(e)) }));
}
async function Mi(e) {
  let t = Ot(),
    [n, r] = await Promise.all([Me(t.tenantId, t.userId), nt(t.tenantId)]);
  if (!n || !r)
    throw new g(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return vr(n, r, e);
}
async function $i(e, t) {
  (await ie(se.resetPerIp, t), await ie(se.resetPerAccount, e));
  let n = await Z(h.email(e));
  if (!n) return;
  let r = await Me(n.tenantId, n.userId);
  if (!r || r.status !== "active") return;
  let s = xe();
  await R({ type: "system", tenantId: n.tenantId }, async () => {
    let i = G.enqueue(Qn(e, `${Wt()}/reset?token=${s}`));
    (await J([
      Xt(s, {
        kind: "reset",
        tenantId: n.tenantId,
        userId: n.userId,
        email: e,
        expiresAt: H() + Kt.reset,
      }),
      i.put,
    ]),
      await G.notify(i.id));
  });
}
async function qi(e, t) {
  let n = await tt(e, "reset");
  if (!n) throw oe();
  let r = await Ne(t);
  await J(
    [
      Zt(e, "reset"),
      Jt(n.tenantId, n.userId, { passwordHash: r, verified: !0 }),
    ],
    () => oe(),
  );
}
async function Ui(e, t, n) {
  let r = Ot(),
    s = ne("usr"),
    i = xe(),
    o = G.enqueue(Yn(e, n, ar[t], `${Wt()}/invite?token=${i}`)),
    u = {
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
  (await J(
    [
      V(
        { ...h.email(e), userId: s, tenantId: r.tenantId },
        "attribute_not_exists(pk)",
      ),
      V(u),
      Xt(i, {
        kind: "invite",
        tenantId: r.tenantId,
        userId: s,
        email: e,
        expiresAt: H() + Kt.invite,
      }),
      o.put,
    ],
    (a) =>
      a === 0
        ? new g(
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
    await G.notify(o.id));
}
async function Li(e) {
  let t = await tt(e, "invite"),
    n = t && (await Me(t.tenantId, t.userId)),
    r = t && (await nt(t.tenantId));
  if (!t || !n || !r) throw oe();
  return { email: t.email, businessName: r.businessName, role: n.role };
}
async function Fi(e, t, n) {
  let r = await tt(e, "invite");
  if (!r) throw oe();
  let s = await Ne(n);
  await J(
    [
      Zt(e, "invite"),
      Jt(r.tenantId, r.userId, {
        name: t,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => oe(),
  );
  let [i, o] = await Promise.all([Me(r.tenantId, r.userId), nt(r.tenantId)]);
  if (!i || !o) throw oe();
  return gr(i, o);
}
var te = {};
_e(te, {
  Tenant: () => te,
  getProfile: () => zi,
  invite: () => Ki,
  listMembers: () => Gi,
  updateProfile: () => Hi,
  usage: () => Wi,
});
import { QueryCommand as Bi } from "@aws-sdk/client-dynamodb";
var Vi = () =>
  new g(
    "not_found",
    "not_found",
    "\uC0AC\uC5C5\uC7A5\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
  );
async function rt() {
  let e = await Z(h.tenant(), !0);
  if (!e) throw Vi();
  return e;
}
function br(e) {
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
async function zi() {
  return (be("profile.read"), br(await rt()));
}
async function Hi(e) {
  be("profile.write");
  let t = await rt(),
    n = U(),
    r = new Date(w()).toISOString(),
    s = { ...e, updatedAt: r },
    i = {},
    o = { ":prev": t.updatedAt },
    u = Object.entries(s).map(
      ([l, f], m) => ((i[`#f${m}`] = l), (o[`:v${m}`] = f), `#f${m} = :v${m}`),
    ),
    a = [
      {
        Update: {
          TableName: b(),
          Key: d(h.tenant()),
          UpdateExpression: `SET ${u.join(", ")}`,
          ConditionExpression: "updatedAt = :prev",
          ExpressionAttributeNames: i,
          ExpressionAttributeValues: d(o),
        },
      },
    ],
    c = e.bizNo !== t.bizNo;
  return (
    c &&
      e.bizNo &&
      a.push(
        V({ ...h.bizNo(e.bizNo), tenantId: n }, "attribute_not_exists(pk)"),
      ),
    c &&
      t.bizNo &&
      a.push({
        Delete: {
          TableName: b(),
          Key: d(h.bizNo(t.bizNo)),
          ConditionExpression: "tenantId = :t",
          ExpressionAttributeValues: d({ ":t": n }),
        },
      }),
    await J(a, (l) => {
      if (l === 0)
        return new g(
          "conflict",
          "stale_write",
          "\uB2E4\uB978 \uACF3\uC5D0\uC11C \uBA3C\uC800 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C\uACE0\uCE68 \uD6C4 \uB2E4\uC2DC \uC800\uC7A5\uD574 \uC8FC\uC138\uC694.",
        );
      if (l === 1 && e.bizNo)
        return new g(
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
    br({ ...t, ...s })
  );
}
async function Gi() {
  be("members.read");
  let { pk: e, skPrefix: t } = h.usersPrefix();
  return (
    (
      await k().send(
        new Bi({
          TableName: b(),
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
          ExpressionAttributeValues: d({ ":pk": e, ":p": t }),
        }),
      )
    ).Items ?? []
  ).map((r) => {
    let s = B(r);
    return {
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      status: s.status,
    };
  });
}
async function Ki(e, t) {
  (be("members.invite"), await ie(se.invitePerTenant, U()));
  let n = await rt();
  await E.invite(e, t, n.businessName);
}
async function Wi(e = ee()) {
  be("usage.read");
  let [t, n] = await Promise.all([rt(), O.current(e)]),
    r = T.get(t.planId, e);
  return {
    month: e,
    plan: { id: r.id, name: r.name, priceKrw: r.priceKrw },
    resetsAt: Ce(e),
    metrics: Object.keys(r.quotas).map((s) => ({
      id: s,
      label: T.METRIC_LABEL[s].label,
      unit: T.METRIC_LABEL[s].unit,
      used: Math.round((n[s] ?? 0) * 10) / 10,
      quota: r.quotas[s],
    })),
  };
}
var N = class extends Error {
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
var Ee = Symbol();
var st = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (n) => n.toLowerCase()) },
  }).formData();
var Xi = 1e4,
  it = (e) => "headers" in e,
  kr = async (e, t = Object.create(null)) => {
    let { all: n = !1, dot: r = !1 } = t,
      s = (it(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Zi(e, { all: n, dot: r })
      : {};
  };
async function Zi(e, t) {
  if (!it(e) && e.bodyCache.formData) return xr(await e.bodyCache.formData, t);
  let n = it(e) ? e.headers : e.raw.headers,
    r = await e.arrayBuffer(),
    s = st(r, n.get("Content-Type") || "");
  it(e) || (e.bodyCache.formData = s);
  let i = await s;
  return i ? xr(i, t) : {};
}
function xr(e, t) {
  let n = Object.create(null),
    r = { count: 0 };
  return (
    e.forEach((s, i) => {
      t.all || i.endsWith("[]") ? Ji(n, i, s) : (n[i] = s);
    }),
    t.dot &&
      Object.entries(n).forEach(([s, i]) => {
        s.includes(".") && (Qi(n, s, i, r), delete n[s]);
      }),
    n
  );
}
var Ji = (e, t, n) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(n)
        : (e[t] = [e[t], n])
      : t.endsWith("[]")
        ? (e[t] = [n])
        : (e[t] = n);
  },
  Qi = (e, t, n, r) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let s = e,
      i = t.split(".", 34);
    (i.length > 33 && wr(),
      i.forEach((o, u) => {
        u === i.length - 1
          ? (s[o] = n)
          : ((!s[o] ||
              typeof s[o] != "object" ||
              Array.isArray(s[o]) ||
              s[o] instanceof File) &&
              (r.count++ >= Xi && wr(), (s[o] = Object.create(null))),
            (s = s[o]));
      }));
  },
  wr = () => {
    throw new Error("Nesting limit exceeded");
  };
var en = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  $e = (e) => {
    let { groups: t, path: n } = Yi(e),
      r = en(n);
    return eo(r, t);
  },
  Yi = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (n, r) => {
        let s = `@${r}`;
        return (t.push([s, n]), s);
      })),
      { groups: t, path: e }
    );
  },
  eo = (e, t) => {
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
  ot = {},
  qe = (e, t) => {
    if (e === "*") return "*";
    let n = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (n) {
      let r = `${e}#${t}`;
      return (
        ot[r] ||
          (n[2]
            ? (ot[r] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [r, n[1], new RegExp(`^${n[2]}(?=/${t})`)]
                  : [e, n[1], new RegExp(`^${n[2]}$`)])
            : (ot[r] = [e, n[1], !0])),
        ot[r]
      );
    }
    return null;
  },
  at = (e, t) => {
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
var Qt = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  tn = (e) => {
    let t = e.url,
      n = t.indexOf("/", t.indexOf(":") + 4),
      r = n;
    for (; r < t.length; r++) {
      let s = t.charCodeAt(r);
      if (s === 37) {
        let i = t.indexOf("?", r),
          o = t.indexOf("#", r),
          u =
            i === -1 ? (o === -1 ? void 0 : o) : o === -1 ? i : Math.min(i, o),
          a = t.slice(n, u),
          c = at(a, Qt);
        if (/%(?![0-9A-Fa-f]{2})/.test(a)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = c.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            at(l.pathname, Qt) !== c)
          )
            return at(a.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), Qt);
        }
        return c;
      } else if (s === 63 || s === 35) break;
    }
    return t.slice(n, r);
  };
var Er = (e) => {
    let t = tn(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  fe = (e, t, ...n) => (
    n.length && (t = fe(t, ...n)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  ut = (e) => {
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
  Ie = (e) => (e.indexOf("%") !== -1 ? at(e, to) : e),
  Yt = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), Ie(e)),
  Ir = (e, t, n) => {
    let r = e.indexOf("#", 8);
    r !== -1 && (e = e.slice(0, r));
    let s;
    if (!n && t && !/[%+&=]/.test(t)) {
      let u = e.indexOf("?", 8),
        a = u;
      if (a === -1) return;
      for (
        e.startsWith(t, a + 1) || (a = e.indexOf(`&${t}`, a + 1));
        a !== -1;
      ) {
        let c = e.charCodeAt(a + t.length + 1);
        if (c === 61 || c === 38 || isNaN(c)) {
          if (a > u && /(?:^|&)[^=&]*[%+]/.test(e.slice(u + 1, a))) break;
          if (c === 61) {
            let l = a + t.length + 2,
              f = e.indexOf("&", l);
            return Yt(e.slice(l, f === -1 ? void 0 : f));
          }
          return "";
        }
        a = e.indexOf(`&${t}`, a + 1);
      }
      if (((s = /[%+]/.test(e)), !s)) return;
    }
    let i = Object.create(null);
    s ??= /[%+]/.test(e);
    let o = e.indexOf("?", 8);
    for (; o !== -1;) {
      let u = e.indexOf("&", o + 1),
        a = e.indexOf("=", o);
      a > u && u !== -1 && (a = -1);
      let c = e.slice(o + 1, a === -1 ? (u === -1 ? void 0 : u) : a);
      if ((s && (c = Yt(c)), (o = u), c === "")) continue;
      let l;
      (a === -1
        ? (l = "")
        : ((l = e.slice(a + 1, u === -1 ? void 0 : u)), s && (l = Yt(l))),
        n
          ? ((i[c] && Array.isArray(i[c])) || (i[c] = []), i[c].push(l))
          : (i[c] ??= l));
    }
    return t ? i[t] : i;
  },
  Ar = Ir,
  Sr = (e, t) => Ir(e, t, !0),
  to = decodeURIComponent;
var _r = class {
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
    return n && Ie(n);
  }
  #i() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let n of t) {
      let r = this.#s(this.#e[0][this.routeIndex][1][n]);
      r !== void 0 && (e[n] = Ie(r));
    }
    return e;
  }
  #s(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return Ar(this.url, e);
  }
  queries(e) {
    return Sr(this.url, e);
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
    return kr(this, e);
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
  get [Ee]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var Pr = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  no = (e, t) => {
    let n = new String(e);
    return ((n.isEscaped = !0), (n.callbacks = t), n);
  };
var nn = async (e, t, n, r, s) => {
  typeof e == "object" &&
    !(e instanceof String) &&
    (e instanceof Promise || (e = e.toString()),
    e instanceof Promise && (e = await e));
  let i = e.callbacks;
  if (!i?.length) return Promise.resolve(e);
  s ? (s[0] += e) : (s = [e]);
  let o = Promise.all(
    i.map((u) => u({ phase: t, buffer: s, context: r })),
  ).then((u) =>
    Promise.all(u.filter(Boolean).map((a) => nn(a, t, !1, r, s))).then(
      () => s[0],
    ),
  );
  return n ? no(await o, i) : o;
};
var ro = "text/plain; charset=UTF-8",
  rn = (e, t) => ({ "Content-Type": e, ...t }),
  Ue = (e, t) => new Response(e, t),
  sn = class {
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
      return ((this.#e ??= new _r(this.#t, this.#p, this.#f)), this.#e);
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
      return (this.#r ||= Ue(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(e) {
      if (this.#r && e) {
        e = Ue(e.body, e);
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
        (this.#r = Ue(this.#r.body, this.#r));
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
              for (let u of o) r.append(i, u);
            }
          }
      }
      let s = typeof t == "number" ? t : (t?.status ?? this.#i);
      return Ue(e, { status: s, headers: r ?? n });
    }
    newResponse = (...e) => this.#o(...e);
    body = (e, t, n) => this.#o(e, t, n);
    text = (e, t, n) =>
      !this.#a && !this.#i && !t && !n && !this.finalized
        ? new Response(e)
        : this.#o(e, t, rn(ro, n));
    json = (e, t, n) =>
      this.#o(JSON.stringify(e), t, rn("application/json", n));
    html = (e, t, n) => {
      let r = (s) => this.#o(s, t, rn("text/html; charset=UTF-8", n));
      return typeof e == "object" ? nn(e, Pr.Stringify, !1, {}).then(r) : r(e);
    };
    redirect = (e, t) => {
      let n = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(n) ? encodeURI(n) : n),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#c ??= () => Ue()), this.#c(this));
  };
var on = (e, t, n) => (r, s) => {
  let i = -1;
  return o(0);
  async function o(u) {
    if (u <= i) throw new Error("next() called multiple times");
    i = u;
    let a,
      c = !1,
      l;
    if (
      (e[u]
        ? ((l = e[u][0][0]), (r.req.routeIndex = u))
        : (l = (u === e.length && s) || void 0),
      l)
    )
      try {
        a = await l(r, () => o(u + 1));
      } catch (f) {
        if (f instanceof Error && t)
          ((r.error = f), (a = await t(f, r)), (c = !0));
        else throw f;
      }
    else r.finalized === !1 && n && (a = await n(r));
    return (a && (r.finalized === !1 || c) && (r.res = a), r);
  }
};
var so = (e) => e.req[Ee][0].map(([[, t]]) => t),
  Rr = (e, t) => so(e).at(t ?? e.req.routeIndex)?.path ?? "";
var Tr = ["get", "post", "put", "delete", "options", "patch", "query"],
  ct = "Can not add a route since the matcher is already built.",
  lt = class extends Error {};
var an = "__COMPOSED_HANDLER";
var Cr = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  io = (e, t, n) => {
    if (!/[:*]/.test(t)) return t.length;
    let r = e.req.path,
      s = e.req[Ee],
      i = new Set(),
      o = 0;
    for (let u of $e(t)) {
      if (u[0] === ":" && u.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${n}".`,
        );
      let a = qe(u);
      if (a && a !== "*") {
        let c = a[1];
        if (i.has(c))
          throw new Error(
            `mount(): Duplicate path parameter "${c}" in "${n}".`,
          );
        i.add(c);
      }
      if (a && a !== "*" && a[2] !== !0) {
        let c =
          s.length === 2
            ? s[1][s[0][e.req.routeIndex][1][a[1]]]
            : s[0][e.req.routeIndex][1][a[1]];
        o += c.length + 1;
      } else if (a || u.endsWith("*")) {
        let c = r.indexOf("/", o + 1);
        o = c === -1 ? r.length : c;
      } else o += u.length + 1;
    }
    return o;
  },
  Or = (e, t, n) => {
    if (/[^/]\*$/.test(n))
      throw new Error(`mount(): Wildcard must follow "/" in "${n}".`);
    let r = io(e, t, n),
      s = e.req.path.slice(r) || "/";
    if (
      r > e.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new N(400, { message: "Invalid mounted path" });
    let i = e.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(i))
      throw new N(400, { message: "Invalid mounted path" });
    let o = i.search(/[?#]/),
      u = Cr(o === -1 ? i : i.slice(0, o));
    if (u > 1 && Cr(e.req.path) === u - 1)
      throw new N(400, { message: "Invalid mounted path" });
    let a = new URL(i);
    return (
      (a.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(a, e.req.raw)
    );
  };
var oo = (e) => e.text("404 Not Found", 404),
  Nr = (e, t) => {
    if ("getResponse" in e) {
      let n = e.getResponse();
      return t.newResponse(n.body, n);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  jr = class Dr {
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
      ([...Tr, "all"].forEach((s) => {
        this[s] = (i, ...o) => {
          let u = s.toUpperCase();
          return (
            typeof i == "string" ? (this.#t = i) : this.#i(u, this.#t, i),
            o.forEach((a) => {
              this.#i(u, this.#t, a);
            }),
            this
          );
        };
      }),
        (this.on = (s, i, ...o) => {
          for (let u of [i].flat()) {
            this.#t = u;
            for (let a of [s].flat()) {
              let c = a.toUpperCase();
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
        (this.getPath = (n ?? !0) ? (t.getPath ?? tn) : Er));
    }
    #e() {
      let t = new Dr({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#n = this.#n),
        (t.routes = this.routes),
        t
      );
    }
    #n = oo;
    errorHandler = Nr;
    route(t, n) {
      let r = this.basePath(t);
      return (
        n.routes.map((s) => {
          let i;
          (n.errorHandler === Nr
            ? (i = s.handler)
            : ((i = async (o, u) =>
                (await on([], n.errorHandler)(o, () => s.handler(o, u))).res),
              (i[an] = s.handler)),
            r.#i(s.method, s.path, i, s.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let n = this.#e();
      return ((n._basePath = fe(this._basePath, t)), n);
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
        u = (c) => {
          let l = Rr(c);
          return Or(c, l.replace(/\/?\*$/, ""), l);
        },
        a = async (c, l) => {
          let f = await n(s ? s(c.req.raw) : u(c), ...o(c));
          if (f) return f;
          await l();
        };
      return (this.#i("ALL", fe(t, "*"), a), this);
    }
    #i(t, n, r, s) {
      n = fe(this._basePath, n);
      let i = {
        basePath: s !== void 0 ? fe(this._basePath, s) : this._basePath,
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
        u = new sn(t, {
          path: i,
          matchResult: o,
          env: r,
          executionCtx: n,
          notFoundHandler: this.#n,
        });
      if (o[0].length === 1) {
        let c;
        try {
          c = o[0][0][0][0](u, async () => {
            u.res = await this.#n(u);
          });
        } catch (l) {
          return this.#s(l, u);
        }
        return c instanceof Promise
          ? c
              .then((l) => l || (u.finalized ? u.res : this.#n(u)))
              .catch((l) => this.#s(l, u))
          : (c ?? this.#n(u));
      }
      let a = on(o[0], this.errorHandler, this.#n);
      return (async () => {
        try {
          let c = await a(u);
          if (!c.finalized)
            throw new Error(
              "Context is not finalized. Did you forget to return a Response object or `await next()`?",
            );
          return c.res;
        } catch (c) {
          return this.#s(c, u);
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
              /^https?:\/\//.test(t) ? t : `http://localhost${fe("/", t)}`,
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
var C = () => Object.create(null);
var un = [];
function Mr(e, t) {
  let n = this.buildAllMatchers(),
    r = (s, i) => {
      let o = n[s] || n.ALL,
        u = o[2][i];
      if (u) return u;
      let a = i.match(o[0]);
      if (!a) return [[], un];
      let c = a.indexOf("", 1);
      return [o[1][c], a];
    };
  return ((this.match = r), r(e, t));
}
var ao = "[^/]+",
  uo = "[^]*",
  co = "(?:|/[^]*)",
  ae = Symbol(),
  $r = new Set(".\\+*[^]$()");
function lo(e, t) {
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
var qr = class cn {
  #t;
  #e;
  #n = C();
  insert(t, n, r, s, i) {
    let o = this;
    for (let u = 0, a = t.length; u < a; u++) {
      let c = t[u],
        l =
          c.length === 1
            ? c === "*"
              ? u === a - 1
                ? ["", "", uo]
                : ["", "", ao]
              : null
            : c === "/*"
              ? ["", "", co]
              : c.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        f;
      if (l) {
        let m = l[1],
          v = l[2] || "[^/]+";
        if (
          m &&
          l[2] &&
          (new RegExp(v).test("") ||
            ((v = v.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(v)) ||
            (v.length === 1 && $r.has(v)))
        )
          throw ae;
        if ((i.push(v), (f = o.#n[v]), !f)) {
          if (v !== "[^]*" && v !== "(?:|/[^]*)") {
            for (let _ in o.#n)
              if (
                (v.length > 1 || _.length > 1) &&
                _ !== "[^]*" &&
                _ !== "(?:|/[^]*)"
              )
                throw ae;
          }
          f = o.#n[v] = new cn();
        }
        m !== "" && ((f.#e ??= s.varIndex++), r.push([m, f.#e]));
      } else if ((i.push(c), (f = o.#n[c]), !f)) {
        for (let m in o.#n)
          if (m.length > 1 && m !== "[^]*" && m !== "(?:|/[^]*)") throw ae;
        f = o.#n[c] = new cn();
      }
      o = f;
    }
    if (o.#t !== void 0) throw ae;
    o.#t = n;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#n)
      .sort(lo)
      .map((n) => {
        let r = this.#n[n],
          s = r.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof r.#e == "number"
              ? `(${n})@${r.#e}`
              : $r.has(n)
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
var ln = class {
  #t = { varIndex: 0 };
  #e = new qr();
  #n = 0;
  paths = C();
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
    for (let u = 0; ;) {
      let a = !1;
      if (
        ((i = i.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (c) => {
          let l = `@\\${u}`;
          return ((s[u] = [l, c]), u++, (a = !0), l);
        })),
        !a)
      )
        break;
    }
    let o = i.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let u = s.length - 1; u >= 0; u--) {
      let [a] = s[u];
      for (let c = o.length - 1; c >= 0; c--)
        if (o[c].indexOf(a) !== -1) {
          o[c] = o[c].replace(a, s[u][1]);
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
function fo(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function po(e, t) {
  let n = e.length - 1;
  for (let r = 0; r < n; r++) if (e[r] !== t[r]) return !1;
  return e[n] === "[^]*" || t.length === n || t[n] === "/";
}
var Ur = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new ln() }));
  }
  #n(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (n) {
      throw n === ae ? new lt(t) : n;
    }
  }
  add(e, t, n) {
    let r = this.#t;
    if (!r) throw new Error(ct);
    let s = this.#e;
    if (!r[e]) {
      ((s[e] = new ln()), (r[e] = [...r.ALL]));
      for (let u in s.ALL.paths) this.#n(e, u);
    }
    t === "/*" && (t = "*");
    let i = e === "ALL" ? Object.keys(r) : [e],
      o = ut(t) || [t];
    for (let u of o)
      for (let a of i) (s[a].paths[u] || this.#n(a, u), r[a].push([n, u]));
  }
  match = Mr;
  buildAllMatchers() {
    let e = C();
    for (let t of Object.keys(this.#t)) e[t] = this.#i(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #i(e) {
    let t = this.#t[e],
      n = this.#e[e],
      r = C(),
      s = [],
      [i, o, u] = n.buildRegExp(),
      a = C(),
      c = t.map(
        ([f, m], v) => (
          (a[m] ??= []).push(v),
          [
            f,
            n.paths[m][1].reduceRight((_, [ue, x]) => ((_[ue] = u[x]), _), C()),
          ]
        ),
      ),
      l = Object.keys(a).filter((f) => fo(n.paths[f][2]));
    for (let f in n.paths) {
      let [m, , v] = n.paths[f],
        _ = [...a[f]];
      for (let x of l) x !== f && po(n.paths[x][2], v) && _.push(...a[x]);
      let ue = _.sort((x, L) => x - L).map((x) => c[x]);
      if (m === -1) {
        let x = Math.max(-1, ...ue.flatMap(([, L]) => Object.values(L)));
        r[f] = [ue, x === -1 ? un : f.match(i).slice(0, x + 1)];
      } else s[m] = ue;
    }
    return [i, o.map((f) => s[f]), r];
  }
};
var Lr = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(e) {
    this.#t = e.routers;
  }
  add(e, t, n) {
    if (!this.#e) throw new Error(ct);
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
      let u = n[i];
      try {
        for (let a = 0, c = r.length; a < c; a++) u.add(...r[a]);
        o = u.match(e, t);
      } catch (a) {
        if (a instanceof lt) continue;
        throw a;
      }
      ((this.match = u.match.bind(u)), (this.#t = [u]), (this.#e = void 0));
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
var fn = C(),
  mo = 0,
  Fr = class Br {
    #t = [];
    #e = C();
    #n = [];
    #i;
    #s = fn;
    insert(t, n, r) {
      let s = this,
        i = $e(n),
        o = new Set(),
        u = 0;
      for (let a of i) {
        let c = i[++u],
          l =
            qe(a, c) ||
            (c === void 0 && a && a.indexOf("*") === a.length - 1 ? a : null),
          f = Array.isArray(l),
          m = f ? l[0] : l || a,
          v = (s.#e[m] ||= new Br());
        (l && !v.#i && ((v.#i = l), s.#n.push(v)), (s = v), f && o.add(l[1]));
      }
      s.#t.push({ [t]: { handler: r, possibleKeys: [...o], score: ++mo } });
    }
    #r(t, n, r, s, i) {
      for (let o = 0, u = n.#t.length; o < u; o++) {
        let a = n.#t[o],
          c = a[r] || a.ALL;
        if (c) {
          ((c.params = C()), t.push(c));
          for (let l = 0, f = c.possibleKeys.length; l < f; l++) {
            let m = c.possibleKeys[l];
            c.params[m] = i?.[m] && !l ? i[m] : (s[m] ?? i?.[m]);
          }
        }
      }
    }
    search(t, n) {
      let r = [];
      this.#s = fn;
      let s = [this],
        i = en(n),
        o = [],
        u = i.length,
        a = null;
      for (let c = 0; c < u; c++) {
        let l = i[c],
          f = c === u - 1,
          m = [];
        for (let _ = 0, ue = s.length; _ < ue; _++) {
          let x = s[_],
            L = x.#e[l];
          L &&
            ((L.#s = x.#s),
            f
              ? (L.#e["*"] && this.#r(r, L.#e["*"], t, x.#s),
                this.#r(r, L, t, x.#s))
              : m.push(L));
          for (let A of x.#n) {
            let Ae = A.#i,
              D = x.#s === fn ? {} : { ...x.#s };
            if (typeof Ae == "string") {
              (Ae === "*" || l.startsWith(Ae.slice(0, -1))) &&
                (this.#r(r, A, t, x.#s), Ae === "*" && ((A.#s = D), m.push(A)));
              continue;
            }
            let [, Be, Se] = Ae;
            if (!(!l && Se === !0)) {
              if (Se !== !0) {
                if (!a) {
                  a = [];
                  let vt = n[0] === "/" ? 1 : 0;
                  for (let me = 0; me < u; me++)
                    ((a[me] = vt), (vt += i[me].length + 1));
                }
                let bn = n.slice(a[c]),
                  Ve = Se.exec(bn);
                if (Ve) {
                  (Object.hasOwn(D, Be) || (D[Be] = Ve[0]),
                    this.#r(r, A, t, x.#s, D),
                    Ve[0].length === bn.length &&
                      A.#e["*"] &&
                      this.#r(r, A.#e["*"], t, x.#s, D));
                  for (let vt in A.#e) {
                    A.#s = D;
                    let me = Ve[0].match(/\//g)?.length ?? 0;
                    (o[me] ||= []).push(A);
                    break;
                  }
                  continue;
                }
              }
              (Se === !0 || Se.test(l)) &&
                (Object.hasOwn(D, Be) || (D[Be] = l),
                f
                  ? (this.#r(r, A, t, D, x.#s),
                    A.#e["*"] && this.#r(r, A.#e["*"], t, D, x.#s))
                  : ((A.#s = D), m.push(A)));
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
var pn = class {
  name = "TrieRouter";
  #t = new Fr();
  add(e, t, n) {
    for (let r of ut(t) || [t]) this.#t.insert(e, r, n);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var mn = class extends jr {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new Lr({ routers: [new Ur(), new pn()] })));
  }
};
var ho = "Payload Too Large",
  Vr = (e) => {
    let t =
        e.onError ||
        (() => {
          let r = new Response(ho, { status: 413 });
          throw new N(413, { res: r });
        }),
      n = e.maxSize;
    return async function (s, i) {
      if (!s.req.raw.body) return i();
      let o = s.req.raw.headers.has("transfer-encoding");
      if (s.req.raw.headers.has("content-length") && !o)
        return parseInt(s.req.raw.headers.get("content-length") || "0", 10) > n
          ? t(s)
          : i();
      let u = 0,
        a = new Uint8Array(0),
        c = s.req.raw.body.getReader();
      for (;;) {
        let { done: l, value: f } = await c.read();
        if (l) break;
        let m = u;
        if (((u += f.length), u > n)) return t(s);
        if (u > a.length) {
          let v = new Uint8Array(Math.min(n, Math.max(u, a.length * 2)));
          (v.set(a.subarray(0, m)), (a = v));
        }
        a.set(f, m);
      }
      return (
        (s.req.raw = new Request(s.req.raw, { body: a.subarray(0, u) })),
        i()
      );
    };
  };
var yo = {
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
  go = {
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
var hn = (e) => {
  let t = { ...go, ...e },
    n = vo(t),
    r = [];
  if (t.contentSecurityPolicy) {
    let [s, i] = zr(t.contentSecurityPolicy, "Content-Security-Policy");
    (s && r.push(s), n.push(["Content-Security-Policy", i]));
  }
  if (t.contentSecurityPolicyReportOnly) {
    let [s, i] = zr(
      t.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && r.push(s), n.push(["Content-Security-Policy-Report-Only", i]));
  }
  return (
    t.permissionsPolicy &&
      Object.keys(t.permissionsPolicy).length > 0 &&
      n.push(["Permissions-Policy", bo(t.permissionsPolicy)]),
    t.reportingEndpoints &&
      n.push(["Reporting-Endpoints", wo(t.reportingEndpoints)]),
    t.reportTo && n.push(["Report-To", ko(t.reportTo)]),
    async function (i, o) {
      let u = r.length === 0 ? n : r.reduce((a, c) => c(i, a), n);
      (await o(),
        Eo(i, u, t.overwrite !== !1),
        t?.removePoweredBy && i.res.headers.delete("X-Powered-By"));
    }
  );
};
function vo(e) {
  return Object.entries(yo)
    .filter(([t]) => e[t])
    .map(([t, n]) => {
      let r = e[t];
      return typeof r == "string" ? [n[0], r] : n;
    });
}
function zr(e, t) {
  let n = [],
    r = [];
  for (let [s, i] of Object.entries(e)) {
    let o = Array.isArray(i) ? i : [i];
    (o.forEach((u, a) => {
      if (typeof u == "function") {
        let c = a * 2 + 2 + r.length;
        n.push((l, f) => {
          f[c] = u(l, s);
        });
      }
    }),
      r.push(
        s.replace(/[A-Z]+(?![a-z])|[A-Z]/g, (u, a) =>
          a ? "-" + u.toLowerCase() : u.toLowerCase(),
        ),
        ...o.flatMap((u) => [" ", u]),
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
                let u = o[1].slice();
                return (
                  n.forEach((a) => {
                    a(s, u);
                  }),
                  [o[0], u.join("")]
                );
              } else return o;
            }),
          r,
        ]
  );
}
function bo(e) {
  return Object.entries(e)
    .map(([t, n]) => {
      let r = xo(t);
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
function xo(e) {
  return e.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function wo(e = []) {
  return e.map((t) => `${t.name}="${t.url}"`).join(", ");
}
function ko(e = []) {
  return e.map((t) => JSON.stringify(t)).join(", ");
}
function Eo(e, t, n) {
  t.forEach(([r, s]) => {
    (!n && e.res.headers.has(r)) || e.res.headers.set(r, s);
  });
}
var Io = /^[\w!#$%&'*.^`|~+-]+$/,
  Ao = /^[!#-:<>-[\]-~]+$/,
  So = /^[ !#-:<-[\]-~]*$/,
  Hr = (e) => {
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
  dn = (e, t) => {
    if (t && e.indexOf(t) === -1) return {};
    let n = e.split(";"),
      r = Object.create(null);
    for (let s of n) {
      let i = s.indexOf("=");
      if (i === -1) continue;
      let o = Hr(s.substring(0, i));
      if ((t && t !== o) || !Ao.test(o) || o in r) continue;
      let u = Hr(s.substring(i + 1));
      if (
        (u.startsWith('"') && u.endsWith('"') && (u = u.slice(1, -1)),
        So.test(u) && ((r[o] = Ie(u)), t))
      )
        break;
    }
    return r;
  };
var _o = (e, t, n = {}) => {
    if (!Io.test(e)) throw new Error("Invalid cookie name");
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
  ft = (e, t, n) => ((t = encodeURIComponent(t)), _o(e, t, n));
var Le = (e, t, n) => {
  let r = e.req.raw.headers.get("Cookie");
  if (typeof t == "string") {
    if (!r) return;
    let s = t;
    return (
      n === "secure"
        ? (s = "__Secure-" + t)
        : n === "host" && (s = "__Host-" + t),
      dn(r, s)[s]
    );
  }
  return r ? dn(r) : {};
};
var Po = (e, t, n) => {
    let r;
    return (
      n?.prefix === "secure"
        ? (r = ft("__Secure-" + e, t, { path: "/", ...n, secure: !0 }))
        : n?.prefix === "host"
          ? (r = ft("__Host-" + e, t, {
              ...n,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (r = ft(e, t, { path: "/", ...n })),
      r
    );
  },
  yn = (e, t, n, r) => {
    let s = Po(t, n, r);
    e.header("Set-Cookie", s, { append: !0 });
  };
var Gr = (e, t, n) => {
  let r = Le(e, t, n?.prefix);
  return (yn(e, t, "", { ...n, maxAge: 0 }), r);
};
var Ro = /^application\/([\w.-]+\+)?json$/i,
  To = (e) => e.split(";")[0].trim().toLowerCase(),
  gn = (e, t) => async (n, r) => {
    let s = {},
      i = n.req.header("Content-Type"),
      o = i ? To(i) : "";
    switch (e) {
      case "json":
        if (!Ro.test(o)) break;
        try {
          s = await n.req.json();
        } catch {
          throw new N(400, { message: "Malformed JSON in request body" });
        }
        break;
      case "form": {
        if (
          o !== "multipart/form-data" &&
          o !== "application/x-www-form-urlencoded"
        )
          break;
        let a;
        if (n.req.bodyCache.formData) a = await n.req.bodyCache.formData;
        else
          try {
            let l = await n.req.arrayBuffer();
            ((a = await st(l, i)), (n.req.bodyCache.formData = a));
          } catch (l) {
            let f = "Malformed FormData request.";
            throw (
              (f += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new N(400, { message: f })
            );
          }
        let c = Object.create(null);
        (a.forEach((l, f) => {
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
          Object.entries(n.req.queries()).map(([a, c]) =>
            c.length === 1 ? [a, c[0]] : [a, c],
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
        s = Le(n);
    }
    let u = await t(s, n);
    return u instanceof Response
      ? u
      : (n.req.addValidatedData(e, u), await r());
  };
var Kr = { header: ["cookie"] };
function Co(e, t, n) {
  if (!(n in Kr)) return e;
  let r = Kr[n] || [];
  return t === "arktype" ? Oo(e, r) : t === "valibot" ? No(e, r) : e;
}
function Oo(e, t) {
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
function No(e, t) {
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
var Wr = (e, t, n) =>
  gn(e, async (r, s) => {
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
      let o = Co(i.issues, t["~standard"].vendor, e);
      return s.json({ data: r, error: o, success: !1 }, 400);
    }
    return i.value;
  });
var Xr = Symbol("openapi");
var Do = (e) => e.base,
  Mo = (e) => {
    e.zodSchema._zod.def.type === "date" &&
      ((e.jsonSchema.type = "string"), (e.jsonSchema.format = "date-time"));
  };
function pe(e, t) {
  let n = e["~standard"].vendor;
  return {
    vendor: n,
    validate: e["~standard"].validate,
    toJSONSchema: (r) => xn(e, { ...t, ...r }),
    toOpenAPISchema: (r) =>
      bt(e, {
        ...t,
        ...r,
        ...(n === "arktype" ? $o(t, r) : void 0),
        ...(n === "zod" ? qo(e, t, r) : void 0),
      }),
  };
}
function $o(e, t) {
  let n = e?.options,
    r = t?.options;
  if (!(e?.fallback || n?.fallback || t?.fallback || r?.fallback))
    return { options: { fallback: Do, ...n, ...r } };
}
function qo(e, t, n) {
  if (!("_zod" in e)) return;
  let r = t?.options,
    s = n?.options;
  if (!(t?.override || r?.override || n?.override || s?.override))
    return { options: { unrepresentable: "any", override: Mo, ...r, ...s } };
}
function Zr(e, t, n, r) {
  let s = Wr(e, t, n);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [Xr]: { target: e, ...pe(t, r), options: r } })
  );
}
function Jr(e) {
  let t = async (n, r) => {
    await r();
  };
  return (
    Object.defineProperty(t, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(t, { [Xr]: { spec: e } })
  );
}
var mt = "golmok_session",
  Uo = 1024 * 1024,
  vn = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  pt = class extends Error {
    constructor(n) {
      super("invalid input");
      this.fields = n;
    }
    fields;
  };
function j(e, t) {
  return Zr(e, t, (n) => {
    if (!n.success) {
      let r = n.error;
      throw new pt(
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
function ht(e) {
  let t = e.env;
  return (
    t?.event?.requestContext?.http?.sourceIp ??
    t?.incoming?.socket?.remoteAddress ??
    e.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var Lo = new Set(["GET", "HEAD", "OPTIONS"]);
function dt(e) {
  let t = new mn();
  return (
    t.use("*", async (n, r) => {
      let s = performance.now(),
        i = ne("req");
      n.set("requestId", i);
      let o = Sn();
      await _n(o, r);
      let u = performance.now() - s;
      (n.header("x-request-id", i),
        n.header("server-timing", `app;dur=${u.toFixed(1)}`));
      let a = n.get("actor"),
        c = a && a.type === "user" ? a.tenantId : void 0;
      (c && O.record(c, e, o),
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
              ms: Math.round(u * 10) / 10,
              tenantId: c,
              rcu: o.readUnits,
              wcu: o.writeUnits,
            }),
          ));
    }),
    t.use(
      "*",
      hn({
        strictTransportSecurity: vn()
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
      Vr({
        maxSize: Uo,
        onError: () => {
          throw new g(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    t.use("*", async (n, r) => {
      let s = { type: "public" },
        i = Le(n, mt);
      if (i) {
        let o = await E.session(i);
        if (o) {
          let { csrf: u, planId: a, ...c } = o;
          ((s = c),
            n.set("csrf", u),
            n.set("planId", a),
            n.set("sessionToken", i));
        }
      }
      if ((n.set("actor", s), !Lo.has(n.req.method))) {
        let o = n.req.header("origin");
        if (o && new URL(n.req.url).host !== Fo(o))
          throw new g(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && n.req.header("x-csrf-token") !== n.get("csrf"))
          throw new g(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await R(s, async () => {
        (s.type === "user" &&
          (await O.assertWithinQuota(n.get("planId") ?? "basic", {
            requests: 1,
          })),
          await r());
      });
    }),
    t.onError((n, r) => Bo(n, r)),
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
function Fo(e) {
  try {
    return new URL(e).host;
  } catch {
    return;
  }
}
function Bo(e, t) {
  let n = t.get("requestId");
  if (e instanceof pt)
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
  if (e instanceof g) {
    e.extra.retryAfterSeconds !== void 0 &&
      t.header("retry-after", String(e.extra.retryAfterSeconds));
    let s = e.code === "body_too_large" ? 413 : Tn[e.kind];
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
  if (e instanceof N && e.status < 500) {
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
var yt = y({
    code: p(),
    message: p(),
    fields: F(ge(y({ field: p(), message: p() }))),
    requestId: p(),
  }),
  Fe = y({ ok: q(!0) }),
  Vo = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: pe(yt) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: pe(yt) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: pe(yt) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: pe(yt) } },
    },
  };
function I(e, t, n, r = 200) {
  return Jr({
    tags: [e],
    summary: t,
    responses: {
      [r]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: pe(n) } },
      },
      ...Vo,
    },
  });
}
var gt = y({
  user: y({ id: p(), email: p(), name: p(), role: p() }),
  tenant: y({
    id: p(),
    businessName: p(),
    industry: p(),
    plan: y({ id: p(), name: p(), priceKrw: ce() }),
  }),
  csrfToken: p(),
});
function Qr(e, t) {
  yn(e, mt, t, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !vn(),
    path: "/",
    maxAge: et * 24 * 3600,
  });
}
var sf = dt("auth")
  .get(
    "/api/health",
    I("platform", "\uC0C1\uD0DC \uD655\uC778", y({ ok: q(!0) })),
    (e) => e.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    I(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      y({ ok: q(!0), email: p() }),
      201,
    ),
    j("json", cr),
    async (e) => {
      let t = e.req.valid("json");
      return (
        await E.signup(t, ht(e)),
        e.json({ ok: !0, email: t.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    I("auth", "\uC774\uBA54\uC77C \uC778\uC99D", Fe),
    j("json", Ht),
    async (e) => (
      await E.verifyEmail(e.req.valid("json").token),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    I(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      gt,
    ),
    j("json", lr),
    async (e) => {
      let { email: t, password: n } = e.req.valid("json"),
        { token: r, me: s } = await E.login(t, n, ht(e));
      return (Qr(e, r), e.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    I("auth", "\uB85C\uADF8\uC544\uC6C3", Fe),
    async (e) => {
      let t = e.get("sessionToken");
      return (
        t && (await E.logout(t)),
        Gr(e, mt, { path: "/" }),
        e.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    I(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      Fe,
    ),
    j("json", fr),
    async (e) => (
      await E.requestPasswordReset(e.req.valid("json").email, ht(e)),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    I("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", Fe),
    j("json", pr),
    async (e) => {
      let { token: t, password: n } = e.req.valid("json");
      return (await E.confirmPasswordReset(t, n), e.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    I(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      y({ email: p(), businessName: p(), role: p() }),
    ),
    j("query", Ht),
    async (e) => e.json(await E.inviteInfo(e.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    I("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", gt),
    j("json", hr),
    async (e) => {
      let { token: t, name: n, password: r } = e.req.valid("json"),
        s = await E.acceptInvite(t, n, r);
      return (Qr(e, s.token), e.json(s.me));
    },
  );
var Yr = y({ ...Gt.entries, updatedAt: p() }),
  zo = y({
    members: ge(y({ id: p(), email: p(), name: p(), role: p(), status: p() })),
  }),
  Ho = y({
    month: p(),
    plan: y({ id: p(), name: p(), priceKrw: ce() }),
    resetsAt: p(),
    metrics: ge(
      y({ id: p(), label: p(), used: ce(), quota: Pt(ce()), unit: p() }),
    ),
  }),
  es = dt("tenant")
    .get(
      "/api/me",
      I(
        "tenant",
        "\uB85C\uADF8\uC778\uD55C \uC0AC\uC6A9\uC790\uC640 \uC0AC\uC5C5\uC7A5",
        gt,
      ),
      async (e) => e.json(await E.me(e.get("csrf") ?? "")),
    )
    .get(
      "/api/tenant/profile",
      I("tenant", "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4", Yr),
      async (e) => e.json(await te.getProfile()),
    )
    .put(
      "/api/tenant/profile",
      I(
        "tenant",
        "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4 \uC218\uC815 (\uB300\uD45C\uB9CC)",
        Yr,
      ),
      j("json", Gt),
      async (e) => e.json(await te.updateProfile(e.req.valid("json"))),
    )
    .get(
      "/api/tenant/members",
      I("tenant", "\uAD6C\uC131\uC6D0 \uBAA9\uB85D", zo),
      async (e) => e.json({ members: await te.listMembers() }),
    )
    .post(
      "/api/tenant/invites",
      I(
        "tenant",
        "\uC9C1\uC6D0\xB7\uC138\uBB34\uC0AC \uCD08\uB300 (\uB300\uD45C\uB9CC)",
        y({ ok: q(!0) }),
        201,
      ),
      j("json", mr),
      async (e) => {
        let { email: t, role: n } = e.req.valid("json");
        return (await te.invite(t, n), e.json({ ok: !0 }, 201));
      },
    )
    .get(
      "/api/usage",
      I(
        "tenant",
        "\uC774\uBC88 \uB2EC(\uB610\uB294 \uC9C0\uC815\uD55C \uB2EC) \uC0AC\uC6A9\uB7C9\uACFC \uC694\uAE08\uC81C",
        Ho,
      ),
      j("query", dr),
      async (e) => e.json(await te.usage(e.req.valid("query").month)),
    );
var Go = wt(es),
  gf = async (e, t) => {
    let n = await Go(e, t);
    return (await O.flushIfDue(), n);
  };
export { gf as handler };
