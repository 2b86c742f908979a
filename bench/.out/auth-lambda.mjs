import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var Cs = Object.defineProperty;
var I = (e, t, n) => () => {
  if (n) throw n[0];
  try {
    return (e && (t = e((e = 0))), t);
  } catch (r) {
    throw ((n = [r]), r);
  }
};
var P = (e, t) => {
  for (var n in t) Cs(e, n, { get: t[n], enumerable: !0 });
};
function vn(e) {
  return e && typeof e == "object" && typeof e.then == "function";
}
function ra(e) {
  return (
    e &&
    typeof e == "object" &&
    typeof e[Symbol.iterator] == "function" &&
    "__quansync" in e
  );
}
function bn(e) {
  let t = function* (...r) {
    return (yield ts) ? yield e.async.apply(this, r) : e.sync.apply(this, r);
  };
  function n(...r) {
    let s = t.apply(this, r);
    return (
      (s.then = (...i) => e.async.apply(this, r).then(...i)),
      (s.__quansync = !0),
      s
    );
  }
  return ((n.sync = e.sync), (n.async = e.async), n);
}
function sa(e) {
  return bn({
    async: () => Promise.resolve(e),
    sync: () => {
      if (vn(e)) throw new ft();
      return e;
    },
  });
}
function gn(e, t) {
  if (e === ts) return t;
  if (ra(e)) return t ? ss(e) : rs(e);
  if (!t && vn(e)) throw new ft();
  return e;
}
function rs(e, t = ns) {
  let n = e.next();
  for (; !n.done;)
    try {
      n = e.next(gn(t(n.value, !1)));
    } catch (r) {
      n = e.throw(r);
    }
  return gn(n.value);
}
async function ss(e, t = ns) {
  let n = e.next();
  for (; !n.done;)
    try {
      n = e.next(await gn(t(n.value, !0), !0));
    } catch (r) {
      n = e.throw(r);
    }
  return n.value;
}
function ia(e, t) {
  return bn({
    name: e.name,
    async(...n) {
      return ss(e.apply(this, n), t?.onYield);
    },
    sync(...n) {
      return rs(e.apply(this, n), t?.onYield);
    },
  });
}
function wn(e, t) {
  return vn(e) ? sa(e) : typeof e == "function" ? ia(e, t) : bn(e);
}
var ts,
  ft,
  ns,
  rf,
  is = I(() => {
    ((ts = Symbol.for("quansync.getIsAsync")),
      (ft = class extends Error {
        constructor(t = "Unexpected promise in sync context") {
          (super(t), (this.name = "QuansyncError"));
        }
      }));
    ns = (e) => e;
    rf = wn({ async: () => Promise.resolve(!0), sync: () => !1 });
  });
var os = {};
P(os, { default: () => oa });
function oa() {
  return (e, t) => e.toJsonSchema(t);
}
var as = I(() => {});
var us = {};
P(us, { default: () => aa });
async function aa() {
  try {
    let { JSONSchema: e } = await import("effect");
    return (t) => e.make(t);
  } catch {
    throw new D("effect");
  }
}
var cs = I(() => {
  Ie();
});
var ls = {};
P(ls, { default: () => ua });
async function ua() {
  try {
    let { toJSONSchema: e } = await import("sury");
    return e;
  } catch {
    throw new D("sury");
  }
}
var fs = I(() => {
  Ie();
});
var ps = {};
P(ps, { default: () => ca });
function ca() {
  return (e) => JSON.parse(JSON.stringify(e.Type()));
}
var ms = I(() => {});
var hs = {};
P(hs, { default: () => la });
async function la() {
  try {
    let { toJsonSchema: e } = await import("@valibot/to-json-schema");
    return e;
  } catch {
    throw new D("@valibot/to-json-schema");
  }
}
var ds = I(() => {
  Ie();
});
var ys = {};
P(ys, { default: () => pa });
async function pa() {
  return async (e, t) => {
    let n;
    if ("_zod" in e)
      try {
        n = (await import("zod/v4/core")).toJSONSchema;
      } catch {
        throw fa;
      }
    else
      try {
        n = (await import("zod-to-json-schema")).zodToJsonSchema;
      } catch {
        throw new D("zod-to-json-schema");
      }
    return n(e, t);
  };
}
var fa,
  gs = I(() => {
    Ie();
    fa = new D("zod v4");
  });
var xn,
  pt,
  D,
  ma,
  fe,
  Ie = I(() => {
    is();
    ((xn = new Map()),
      (pt = class extends Error {
        constructor(t) {
          super(`standard-json: Unsupported schema vendor "${t}".`);
        }
      }),
      (D = class extends Error {
        constructor(t) {
          super(`standard-json: Missing dependencies "${t}".`);
        }
      }),
      (ma = async (e) => {
        let t = xn.get(e);
        if (t) return t;
        let n;
        switch (e) {
          case "arktype":
            n = (await Promise.resolve().then(() => (as(), os))).default();
            break;
          case "effect":
            n = (await Promise.resolve().then(() => (cs(), us))).default();
            break;
          case "sury":
            n = (await Promise.resolve().then(() => (fs(), ls))).default();
            break;
          case "typebox":
            n = (await Promise.resolve().then(() => (ms(), ps))).default();
            break;
          case "valibot":
            n = (await Promise.resolve().then(() => (ds(), hs))).default();
            break;
          case "zod":
            n = (await Promise.resolve().then(() => (gs(), ys))).default();
            break;
          default:
            throw new pt(e);
        }
        let r = await n;
        return (xn.set(e, r), r);
      }),
      (fe = wn({
        sync: (e, t) => {
          let n = e["~standard"].vendor,
            r = xn.get(n);
          if (!r) throw new pt(n);
          return r(e, t);
        },
        async: async (e, t) => (await ma(e["~standard"].vendor))(e, t),
      })));
  });
var Fe = I(() => {
  Ie();
});
function J(e, t) {
  let n = JSON.parse(JSON.stringify(e));
  if (
    ("nullable" in n &&
      n.nullable === !0 &&
      (n.type
        ? Array.isArray(n.type)
          ? n.type.includes("null") || n.type.push("null")
          : (n.type = [n.type, "null"])
        : (n.type = ["null"]),
      delete n.nullable),
    n.$schema && delete n.$schema,
    [
      "properties",
      "additionalProperties",
      "items",
      "additionalItems",
      "allOf",
      "anyOf",
      "oneOf",
      "not",
      "if",
      "then",
      "else",
      "definitions",
      "$defs",
      "patternProperties",
      "propertyNames",
      "contains",
    ].forEach((s) => {
      if (n[s] && (typeof n[s] == "object" || Array.isArray(n[s])))
        if (
          s === "properties" ||
          s === "definitions" ||
          s === "$defs" ||
          s === "patternProperties"
        )
          for (let i in n[s]) n[s][i] = J(n[s][i], t);
        else
          s === "allOf" || s === "anyOf" || s === "oneOf"
            ? (n[s] = n[s].map((i) => J(i, t)))
            : s === "items" && Array.isArray(n[s])
              ? (n[s] = n[s].map((i) => J(i, t)))
              : (n[s] = J(n[s], t));
    }),
    (n.$defs || n.definitions) &&
      ((t.components.schemas = {
        ...n.definitions,
        ...n.$defs,
        ...t.components.schemas,
      }),
      delete n.$defs,
      delete n.definitions),
    n.ref || n.$id)
  ) {
    let { ref: s, $id: i, ...o } = n,
      a = s || i;
    return (
      (t.components.schemas = { ...t.components.schemas, [a]: o }),
      { $ref: `#/components/schemas/${a}` }
    );
  } else if (n.$ref) {
    let { $ref: s, ...i } = n,
      o = s.toLowerCase();
    return o.startsWith("http://") ||
      o.startsWith("https://") ||
      s.startsWith("//")
      ? { ...i, $ref: s }
      : { $ref: `#/components/schemas/${s.split("/").pop()}` };
  }
  return n;
}
var mt = I(() => {});
var vs = {};
P(vs, { default: () => da });
function da() {
  return async (e, t) => {
    let n = await fe(e, {
      errorMode: "ignore",
      overrideAction: ({ valibotAction: r, jsonSchema: s }) => {
        let i = J(s, t);
        if (r.kind === "metadata" && r.type === "metadata" && !("$ref" in i)) {
          let o = r.metadata;
          if (
            (o.example !== void 0 && (i.example = o.example),
            o.examples && o.examples.length > 0 && (i.examples = o.examples),
            o.ref)
          )
            return (
              (t.components.schemas = { ...t.components.schemas, [o.ref]: i }),
              { $ref: `#/components/schemas/${o.ref}` }
            );
        }
        return i;
      },
      ...t.options,
    });
    return ("$schema" in n && delete n.$schema, n);
  };
}
var bs = I(() => {
  Fe();
  mt();
});
var ws = {};
P(ws, { default: () => kn });
function kn() {
  return async (e, t) => J(await fe(e, t.options), t);
}
var En = I(() => {
  Fe();
  mt();
});
var xs = {};
P(xs, { default: () => ya });
function ya() {
  return async (e, t) => {
    if ("_zod" in e)
      return kn()(e, {
        components: t.components,
        options: { io: "input", ...t.options },
      });
    try {
      let { createSchema: n } = await import("zod-openapi"),
        { schema: r, components: s } = n(e, {
          schemaType: "input",
          ...t.options,
        });
      return (
        s && (t.components.schemas = { ...t.components.schemas, ...s }),
        r
      );
    } catch {
      throw new Error(Es('Missing dependencies "zod-openapi v4".'));
    }
  };
}
var ks = I(() => {
  En();
  An();
  Fe();
  mt();
});
var Es,
  As,
  ga,
  In,
  An = I(() => {
    ((Es = (e) => `standard-openapi: ${e}`),
      (As = new Map()),
      (ga = async (e) => {
        let t = As.get(e);
        if (t) return t;
        let n;
        switch (e) {
          case "valibot":
            n = (await Promise.resolve().then(() => (bs(), vs))).default();
            break;
          case "zod":
            n = (await Promise.resolve().then(() => (ks(), xs))).default();
            break;
          default:
            n = (await Promise.resolve().then(() => (En(), ws))).default();
        }
        return (As.set(e, n), n);
      }),
      (In = async (e, t = {}) => {
        let n = await ga(e["~standard"].vendor),
          { components: r = {}, options: s } = t;
        return {
          schema: await n(e, { components: r, options: s }),
          components: Object.keys(r).length > 0 ? r : void 0,
        };
      }));
  });
var bt = (e) => {
    let t = "",
      n = new Uint8Array(e);
    for (let r = 0, s = n.length; r < s; r++) t += String.fromCharCode(n[r]);
    return btoa(t);
  },
  Pn = (e) => {
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
var Ns = (e) => e.requestContext;
var wt =
    (e, { isContentTypeBinary: t } = { isContentTypeBinary: void 0 }) =>
    async (n, r) => {
      let s = Hs(n),
        i,
        o;
      try {
        ((i = s.createRequest(n)), (o = Ns(n)));
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
          ? Pn(e.body)
          : new TextEncoder().encode(e.body);
        ((i.body = o), s.set("content-length", o.length.toString()));
      }
      return new Request(r, i);
    }
    async createResult(e, t, n) {
      let r = t.headers.get("content-type"),
        s = n.isContentTypeBinary ?? Rn,
        i = !!(r && s(r));
      if (!i) {
        let a = t.headers.get("content-encoding");
        i = Gs(a);
      }
      let o = {
        body: i ? bt(await t.arrayBuffer()) : await t.text(),
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
  js = class extends ze {
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
  Ds = new js(),
  $s = class extends ze {
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
  Ms = new $s(),
  qs = class extends ze {
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
  Us = new qs(),
  Ls = class extends ze {
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
  Fs = new Ls(),
  Hs = (e) => (Bs(e) ? Us : Vs(e) ? Ds : zs(e) ? Fs : Ms),
  Bs = (e) => (e.requestContext ? Object.hasOwn(e.requestContext, "elb") : !1),
  Vs = (e) =>
    Object.hasOwn(e, "rawPath") &&
    Object.hasOwn(e.requestContext ?? {}, "http"),
  zs = (e) =>
    e.requestContext ? Object.hasOwn(e.requestContext, "serviceArn") : !1,
  Rn = (e) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      e,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          e,
        ),
  Gs = (e) => !!e && !/^identity$/i.test(e);
var Ge,
  Ws = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function Ks(e) {
  return !e && !Ge
    ? Ws
    : {
        lang: e?.lang ?? Ge?.lang,
        message: e?.message,
        abortEarly: e?.abortEarly ?? Ge?.abortEarly,
        abortPipeEarly: e?.abortPipeEarly ?? Ge?.abortPipeEarly,
      };
}
var Xs;
function Js(e) {
  return Xs?.get(e);
}
var Zs;
function Qs(e) {
  return Zs?.get(e);
}
var Ys;
function ei(e, t) {
  return Ys?.get(e)?.get(t);
}
function xt(e) {
  let t = typeof e;
  return t === "string"
    ? `"${e}"`
    : t === "number" || t === "bigint" || t === "boolean"
      ? `${e}`
      : t === "object" || t === "function"
        ? ((e && Object.getPrototypeOf(e)?.constructor?.name) ?? "null")
        : t;
}
function A(e, t, n, r, s) {
  let i = s && "input" in s ? s.input : n.value,
    o = s?.expected ?? e.expects ?? null,
    a = s?.received ?? xt(i),
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
      ei(e.reference, u.lang) ??
      (c ? Qs(u.lang) : null) ??
      r.message ??
      Js(u.lang);
  (l !== void 0 && (u.message = typeof l == "function" ? l(u) : l),
    c && (n.typed = !1),
    n.issues ? n.issues.push(u) : (n.issues = [u]));
}
function ti(e, t) {
  return e === t || (Number.isNaN(e) && Number.isNaN(t));
}
function Tn(e, t) {
  let n = [...new Set(e)];
  return n.length > 1 ? `(${n.join(` ${t} `)})` : (n[0] ?? "never");
}
function M(e) {
  return (
    (e["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (t) => e["~run"]({ value: t }, Ks()),
    }),
    e
  );
}
var ni =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  Va = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function V(e, t) {
  return {
    kind: "validation",
    type: "check",
    reference: V,
    async: !1,
    expects: null,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement(n.value) && A(this, "input", n, r),
        n
      );
    },
  };
}
function kt(e) {
  return {
    kind: "validation",
    type: "email",
    reference: kt,
    expects: null,
    async: !1,
    requirement: ni,
    message: e,
    "~run"(t, n) {
      return (
        t.typed && !this.requirement.test(t.value) && A(this, "email", t, n),
        t
      );
    },
  };
}
function j(e, t) {
  return {
    kind: "validation",
    type: "max_length",
    reference: j,
    async: !1,
    expects: `<=${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed &&
          n.value.length > this.requirement &&
          A(this, "length", n, r, { received: `${n.value.length}` }),
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
          A(this, "length", t, n, { received: "0" }),
        t
      );
    },
  };
}
function We(e, t) {
  return {
    kind: "validation",
    type: "regex",
    reference: We,
    async: !1,
    expects: `${e}`,
    requirement: e,
    message: t,
    "~run"(n, r) {
      return (
        n.typed && !this.requirement.test(n.value) && A(this, "format", n, r),
        n
      );
    },
  };
}
function Et() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: Et,
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
function z() {
  return {
    kind: "transformation",
    type: "trim",
    reference: z,
    async: !1,
    "~run"(e) {
      return ((e.value = e.value.trim()), e);
    },
  };
}
function ri(e, t, n) {
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
function Cn(e, t, n) {
  return typeof e.default == "function" ? e.default(t, n) : e.default;
}
function It(e, t) {
  return M({
    kind: "schema",
    type: "array",
    reference: It,
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
      } else A(this, "type", n, r);
      return n;
    },
  });
}
function St(e) {
  return M({
    kind: "schema",
    type: "boolean",
    reference: St,
    expects: "boolean",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "boolean" ? (t.typed = !0) : A(this, "type", t, n),
        t
      );
    },
  });
}
function G(e, t) {
  return M({
    kind: "schema",
    type: "literal",
    reference: G,
    expects: xt(e),
    async: !1,
    literal: e,
    message: t,
    "~run"(n, r) {
      return (
        ti(n.value, this.literal) ? (n.typed = !0) : A(this, "type", n, r),
        n
      );
    },
  });
}
function _t(e) {
  return M({
    kind: "schema",
    type: "number",
    reference: _t,
    expects: "number",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "number" && !isNaN(t.value)
          ? (t.typed = !0)
          : A(this, "type", t, n),
        t
      );
    },
  });
}
function v(e, t) {
  return M({
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
            let a = i in s ? s[i] : Cn(o),
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
          } else if (o.fallback !== void 0) n.value[i] = ri(o);
          else if (
            o.type !== "exact_optional" &&
            o.type !== "optional" &&
            o.type !== "nullish" &&
            (A(this, "key", n, r, {
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
      } else A(this, "type", n, r);
      return n;
    },
  });
}
function q(e, t) {
  return M({
    kind: "schema",
    type: "optional",
    reference: q,
    expects: `(${e.expects} | undefined)`,
    async: !1,
    wrapped: e,
    default: t,
    "~run"(n, r) {
      return n.value === void 0 &&
        (this.default !== void 0 && (n.value = Cn(this, n, r)),
        n.value === void 0)
        ? ((n.typed = !0), n)
        : this.wrapped["~run"](n, r);
    },
  });
}
function ge(e, t) {
  return M({
    kind: "schema",
    type: "picklist",
    reference: ge,
    expects: Tn(e.map(xt), "|"),
    async: !1,
    options: e,
    message: t,
    "~run"(n, r) {
      return (
        this.options.includes(n.value) ? (n.typed = !0) : A(this, "type", n, r),
        n
      );
    },
  });
}
function m(e) {
  return M({
    kind: "schema",
    type: "string",
    reference: m,
    expects: "string",
    async: !1,
    message: e,
    "~run"(t, n) {
      return (
        typeof t.value == "string" ? (t.typed = !0) : A(this, "type", t, n),
        t
      );
    },
  });
}
function On(e) {
  let t;
  if (e)
    for (let n of e)
      if (t) for (let r of n.issues) t.push(r);
      else t = n.issues;
  return t;
}
function Pt(e, t) {
  return M({
    kind: "schema",
    type: "union",
    reference: Pt,
    expects: Tn(
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
        (A(this, "type", n, r, { issues: On(i) }), (n.typed = !0));
      } else {
        if (o?.length === 1) return o[0];
        A(this, "type", n, r, { issues: On(o) });
      }
      return n;
    },
  });
}
function R(...e) {
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
var Ct = (e) => {
    let t = e.split("/");
    return (t[0] === "" && t.shift(), t);
  },
  Pe = (e) => {
    let { groups: t, path: n } = si(e),
      r = Ct(n);
    return ii(r, t);
  },
  si = (e) => {
    let t = [];
    return (
      (e = e.replace(/\{[^}]+\}/g, (n, r) => {
        let s = `@${r}`;
        return (t.push([s, n]), s);
      })),
      { groups: t, path: e }
    );
  },
  ii = (e, t) => {
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
  Ke = {},
  Re = (e, t) => {
    if (e === "*") return "*";
    let n = e.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (n) {
      let r = `${e}#${t}`;
      return (
        Ke[r] ||
          (n[2]
            ? (Ke[r] =
                t && t[0] !== ":" && t[0] !== "*"
                  ? [r, n[1], new RegExp(`^${n[2]}(?=/${t})`)]
                  : [e, n[1], new RegExp(`^${n[2]}$`)])
            : (Ke[r] = [e, n[1], !0])),
        Ke[r]
      );
    }
    return null;
  },
  Xe = (e, t) => {
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
var Ot = (e) => decodeURI(e.includes("%25") ? e.replace(/%25/g, "%2525") : e),
  Nt = (e) => {
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
          c = Xe(u, Ot);
        if (/%(?![0-9A-Fa-f]{2})/.test(u)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = c.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            Xe(l.pathname, Ot) !== c)
          )
            return Xe(u.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), Ot);
        }
        return c;
      } else if (s === 63 || s === 35) break;
    }
    return t.slice(n, r);
  };
var Nn = (e) => {
    let t = Nt(e);
    return t.length > 1 && t.at(-1) === "/" ? t.slice(0, -1) : t;
  },
  oe = (e, t, ...n) => (
    n.length && (t = oe(t, ...n)),
    `${e?.[0] === "/" ? "" : "/"}${e}${t === "/" ? "" : `${e?.at(-1) === "/" ? "" : "/"}${t?.[0] === "/" ? t.slice(1) : t}`}`
  ),
  Je = (e) => {
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
  ve = (e) => (e.indexOf("%") !== -1 ? Xe(e, oi) : e),
  Tt = (e) => (e.indexOf("+") !== -1 && (e = e.replace(/\+/g, " ")), ve(e)),
  jn = (e, t, n) => {
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
            return Tt(e.slice(l, f === -1 ? void 0 : f));
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
      if ((s && (c = Tt(c)), (o = a), c === "")) continue;
      let l;
      (u === -1
        ? (l = "")
        : ((l = e.slice(u + 1, a === -1 ? void 0 : a)), s && (l = Tt(l))),
        n
          ? ((i[c] && Array.isArray(i[c])) || (i[c] = []), i[c].push(l))
          : (i[c] ??= l));
    }
    return t ? i[t] : i;
  },
  Dn = jn,
  $n = (e, t) => jn(e, t, !0),
  oi = decodeURIComponent;
var ai = /^[\w!#$%&'*.^`|~+-]+$/,
  ui = /^[!#-:<>-[\]-~]+$/,
  ci = /^[ !#-:<-[\]-~]*$/,
  Mn = (e) => {
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
  jt = (e, t) => {
    if (t && e.indexOf(t) === -1) return {};
    let n = e.split(";"),
      r = Object.create(null);
    for (let s of n) {
      let i = s.indexOf("=");
      if (i === -1) continue;
      let o = Mn(s.substring(0, i));
      if ((t && t !== o) || !ui.test(o) || o in r) continue;
      let a = Mn(s.substring(i + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        ci.test(a) && ((r[o] = ve(a)), t))
      )
        break;
    }
    return r;
  };
var li = (e, t, n = {}) => {
    if (!ai.test(e)) throw new Error("Invalid cookie name");
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
  Ze = (e, t, n) => ((t = encodeURIComponent(t)), li(e, t, n));
var Oe = (e, t, n) => {
  let r = e.req.raw.headers.get("Cookie");
  if (typeof t == "string") {
    if (!r) return;
    let s = t;
    return (
      n === "secure"
        ? (s = "__Secure-" + t)
        : n === "host" && (s = "__Host-" + t),
      jt(r, s)[s]
    );
  }
  return r ? jt(r) : {};
};
var fi = (e, t, n) => {
    let r;
    return (
      n?.prefix === "secure"
        ? (r = Ze("__Secure-" + e, t, { path: "/", ...n, secure: !0 }))
        : n?.prefix === "host"
          ? (r = Ze("__Host-" + e, t, {
              ...n,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (r = Ze(e, t, { path: "/", ...n })),
      r
    );
  },
  Dt = (e, t, n, r) => {
    let s = fi(t, n, r);
    e.header("Set-Cookie", s, { append: !0 });
  };
var qn = (e, t, n) => {
  let r = Oe(e, t, n?.prefix);
  return (Dt(e, t, "", { ...n, maxAge: 0 }), r);
};
var S = {};
P(S, {
  Auth: () => S,
  SESSION_DAYS: () => st,
  acceptInvite: () => So,
  confirmPasswordReset: () => Eo,
  invite: () => Ao,
  inviteInfo: () => Io,
  login: () => go,
  logout: () => wo,
  me: () => xo,
  requestPasswordReset: () => ko,
  session: () => bo,
  signup: () => ho,
  verifyEmail: () => yo,
});
import {
  DeleteItemCommand as po,
  PutItemCommand as mo,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as mi,
  GetItemCommand as hi,
  TransactWriteItemsCommand as di,
  TransactionCanceledException as yi,
  ConditionalCheckFailedException as gi,
} from "@aws-sdk/client-dynamodb";
import { marshall as vi, unmarshall as bi } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as pi } from "node:async_hooks";
var Un = new pi();
function Ln() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function Fn(e, t) {
  return Un.run(e, t);
}
function Hn() {
  return Un.getStore();
}
function b() {
  return process.env.TABLE_NAME ?? "golmok";
}
var Bn = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  wi = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  Te;
function k() {
  if (Te) return Te;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (Te = new mi({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    Te.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          i = Bn.has(s) || wi.has(s),
          o = r.input;
        i && !o.ReturnConsumedCapacity && (o.ReturnConsumedCapacity = "TOTAL");
        let a = await t(r),
          u = Hn();
        if (u && i) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((f, p) => f + (p.CapacityUnits ?? 0), 0);
          (u.dbCalls++, Bn.has(s) ? (u.readUnits += l) : (u.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    Te
  );
}
function $t(e) {
  return e instanceof gi || e?.name === "ConditionalCheckFailedException";
}
function xi(e) {
  return !(e instanceof yi) && e?.name !== "TransactionCanceledException"
    ? []
    : (e.CancellationReasons ?? []).flatMap((n, r) =>
        n.Code === "ConditionalCheckFailed" ? [r] : [],
      );
}
function d(e) {
  return vi(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function Z(e) {
  return e ? bi(e) : void 0;
}
async function ae(e, t = !1) {
  let n = await k().send(
    new hi({ TableName: b(), Key: d(e), ConsistentRead: t }),
  );
  return Z(n.Item);
}
function Q(e, t, n) {
  return {
    Put: {
      TableName: b(),
      Item: d(e),
      ...(t ? { ConditionExpression: t } : {}),
      ...(n ? { ExpressionAttributeValues: d(n) } : {}),
    },
  };
}
async function ue(e, t) {
  try {
    await k().send(new di({ TransactItems: e }));
  } catch (n) {
    let r = xi(n);
    for (let s of r) {
      let i = t?.(s);
      if (i) throw i;
    }
    throw n;
  }
}
import { createHash as Ei } from "node:crypto";
import { AsyncLocalStorage as ki } from "node:async_hooks";
var Vn = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  w = class extends Error {
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
var zn = new ki();
function O(e, t) {
  return zn.run(e, t);
}
function Gn() {
  return zn.getStore() ?? { type: "public" };
}
function Y() {
  let e = Gn();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new w(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function Mt() {
  let e = Gn();
  if (e.type !== "user")
    throw new w(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return e;
}
var qt = (e) => Ei("sha256").update(e).digest("base64url"),
  Ce = () => `T#${Y()}`,
  h = {
    tenant: () => ({ pk: Ce(), sk: "TENANT" }),
    user: (e) => ({ pk: Ce(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: Ce(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: Ce(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: Ce(), sk: `MAIL#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${qt(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${qt(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${qt(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import { randomBytes as Ti } from "node:crypto";
import Qe from "node:crypto";
var Ne = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  je = 32;
var Ai = 16,
  Ut = 10,
  Wn = 0xffffffffffff;
var W;
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
})(W || (W = {}));
var K = class extends Error {
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function Ii(e) {
  let t = Math.floor(e() * je) % je;
  return Ne.charAt(t);
}
function Kn(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Si(e) {
  let t,
    n = e.length,
    r,
    s,
    i = e,
    o = je - 1;
  for (; !t && n-- >= 0;) {
    if (((r = i[n]), (s = Ne.indexOf(r)), s === -1))
      throw new K(W.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === o) {
      i = Kn(i, n, Ne[0]);
      continue;
    }
    t = Kn(i, n, Ne[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new K(W.Base32IncorrectEncoding, "Failed incrementing string");
}
function _i(e) {
  let t = Pi(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof Qe < "u" ? Qe : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
  if (Qe?.randomBytes) return () => Qe.randomBytes(1).readUInt8() / 256;
  throw new K(W.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Pi() {
  return Oi()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Ri(e, t) {
  let n = "";
  for (; e > 0; e--) n = Ii(t) + n;
  return n;
}
function Xn(e, t = Ut) {
  if (isNaN(e))
    throw new K(W.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > Wn)
    throw new K(
      W.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${Wn}: ${e}`,
    );
  if (e < 0) throw new K(W.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new K(W.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % je), (r = Ne.charAt(n) + r), (e = (e - n) / je));
  return r;
}
function Oi() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function Jn(e) {
  let t = e || _i(),
    n = 0,
    r;
  return function (i) {
    let o = !i || isNaN(i) ? Date.now() : i;
    if (o <= n) {
      let u = (r = Si(r));
      return Xn(n, Ut) + u;
    }
    n = o;
    let a = (r = Ri(Ai, t));
    return Xn(o, Ut) + a;
  };
}
var Ci = Jn();
function ee(e) {
  return `${e}_${Ci().toLowerCase()}`;
}
function be() {
  return Ti(32).toString("base64url");
}
var F = {};
P(F, {
  Mail: () => F,
  deliver: () => lr,
  drain: () => eo,
  due: () => fr,
  enqueue: () => ur,
  events: () => ar,
  notify: () => cr,
  recordEvent: () => to,
  resetSesClient: () => Yi,
  send: () => Zi,
});
import { EventEmitter as zi } from "node:events";
import {
  PutItemCommand as Gi,
  QueryCommand as Wi,
  TransactWriteItemsCommand as Ki,
  UpdateItemCommand as Bt,
} from "@aws-sdk/client-dynamodb";
var L = {};
P(L, {
  Metering: () => L,
  assertWithinQuota: () => Bi,
  billableUpdate: () => Fi,
  clearCache: () => Vi,
  current: () => rr,
  flush: () => Ye,
  flushIfDue: () => qi,
  record: () => Mi,
});
import {
  GetItemCommand as $i,
  UpdateItemCommand as Yn,
} from "@aws-sdk/client-dynamodb";
var X = {};
P(X, {
  METRIC_LABEL: () => Ni,
  PLAN_TABLE: () => Lt,
  Plan: () => X,
  exceeded: () => Di,
  get: () => ji,
});
var Ni = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
  },
  Lt = [
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
          },
        },
      },
    },
  ];
function ji(e, t) {
  return ([...Lt].reverse().find((r) => r.from <= t) ?? Lt[0]).plans[e];
}
function Di(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
  }
  return null;
}
function x() {
  return Date.now();
}
function ce(e = x()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function Ft(e) {
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
var U = (e = x()) => Math.floor(e / 1e3);
function Zn(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var er = Number(process.env.METER_FLUSH_EVERY ?? 200),
  tr = Number(process.env.METER_FLUSH_MS ?? 1e4),
  te = new Map(),
  we = 0,
  nr = 0,
  xe,
  De;
function Mi(e, t, n, r = x()) {
  let s = ce(r),
    i = `${e}|${s}`,
    o = te.get(i);
  (o ||
    ((o = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    te.set(i, o)),
    o.requests++,
    (o.dbReadUnits += n.readUnits),
    (o.dbWriteUnits += n.writeUnits),
    (o.modules[t] = (o.modules[t] ?? 0) + 1),
    we === 0 && (nr = r),
    we++,
    we >= er
      ? Ye()
      : xe ||
        ((xe = setTimeout(() => {
          Ye();
        }, tr)),
        xe.unref()));
}
async function qi(e = x()) {
  (we >= er || (we > 0 && e - nr >= tr)) && (await Ye());
}
async function Ye() {
  (De && (await De), xe && clearTimeout(xe), (xe = void 0));
  let e = [...te.values()];
  if ((te.clear(), (we = 0), e.length !== 0)) {
    De = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await O({ type: "system", tenantId: n.tenantId }, () => Ui(n));
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
          s = te.get(r);
        if (!s) te.set(r, n);
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
      await De;
    } finally {
      De = void 0;
    }
  }
}
async function Ui(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, i], o) => (
        (t[`#m${o}`] = s),
        (n[`:m${o}`] = i),
        `#mod.#m${o} :m${o}`
      ),
    );
  (await Li(e.month),
    await k().send(
      new Yn({
        TableName: b(),
        Key: d(h.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: d(n),
      }),
    ));
}
var Qn = new Set();
async function Li(e) {
  let t = h.usage(e),
    n = `${t.pk}|${t.sk}`;
  Qn.has(n) ||
    (await k()
      .send(
        new Yn({
          TableName: b(),
          Key: d(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: d({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    Qn.add(n));
}
function Fi(e, t = 1, n = ce()) {
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
async function rr(e = ce()) {
  let t = await k().send(
      new $i({ TableName: b(), Key: d(h.usage(e)), ConsistentRead: !0 }),
    ),
    n = Z(t.Item) ?? {},
    r = te.get(`${Y()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    byModule: n.byModule ?? {},
  };
}
var Hi = 3e4,
  Ht = new Map();
async function Bi(e, t) {
  let n = ce(),
    s = `${Y()}|${n}`,
    i = Ht.get(s),
    o = Object.keys(t).some((f) => f === "emails");
  (!i || x() - i.at > Hi || o) &&
    ((i = { at: x(), usage: await rr(n) }), Ht.set(s, i));
  let a = te.get(s),
    u = {
      ...i.usage,
      requests: Math.max(i.usage.requests ?? 0, a?.requests ?? 0),
    },
    c = X.get(e, n),
    l = X.exceeded(c, u, t);
  if (l) {
    let { label: f } = X.METRIC_LABEL[l];
    throw new w(
      "quota_exceeded",
      "quota_exceeded",
      `${c.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${f} \uD55C\uB3C4(${c.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${Zn(Ft(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(Ft(n)) - x()) / 1e3) },
    );
  }
}
function Vi() {
  Ht.clear();
}
var or = 4,
  sr = 6e4,
  Xi = 10,
  Ji = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  ar = new zi();
function ur(e) {
  let t = ee("mail"),
    n = Y(),
    r = x(),
    s = t.charCodeAt(t.length - 1) % or,
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
async function Zi(e) {
  let { id: t, put: n } = ur(e);
  return (await k().send(new Gi(n.Put)), await cr(t), t);
}
var ir;
async function cr(e) {
  let t = Y(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((ir ??= new r({})),
      await ir
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
  } else ar.emit("queued", { tenantId: t, id: e });
}
var et;
async function Qi() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (et ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    et
  );
}
function Yi() {
  (et?.destroy(), (et = void 0));
}
async function lr(e, t) {
  return O({ type: "system", tenantId: e }, async () => {
    let n = x(),
      r;
    try {
      let s = await k().send(
        new Bt({
          TableName: b(),
          Key: d(h.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: d({
            ":lease": n + sr,
            ":gsk": `${String(n + sr).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = Z(s.Attributes);
    } catch (s) {
      if ($t(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        i = await (
          await Qi()
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
              },
            },
          }),
        );
      return (
        await k().send(
          new Ki({
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
                    ":at": new Date(x()).toISOString(),
                    ":mid": i.MessageId ?? "",
                  }),
                },
              },
              L.billableUpdate("emails", 1),
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
          ].includes(i) || r.attempts >= Xi,
        u = x() + Math.min(Ji() * 2 ** (r.attempts - 1), 36e5);
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
          new Bt({
            TableName: b(),
            Key: d(h.mail(t)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: d(
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
async function fr(e = 50, t = x()) {
  let n = [];
  for (let r = 0; r < or; r++) {
    let s = await k().send(
      new Wi({
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
      let o = Z(i);
      n.push({ tenantId: o.tenantId, id: o.id });
    }
  }
  return n;
}
async function eo() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await fr()) e[await lr(t, n)]++;
  return e;
}
async function to(e, t, n, r, s = "") {
  await O({ type: "system", tenantId: e }, () =>
    k()
      .send(
        new Bt({
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
        if (!$t(i)) throw i;
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
function Vt(e, t, n, r) {
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
function pr(e, t, n) {
  return {
    to: [e],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...Vt(
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
function mr(e, t) {
  return {
    to: [e],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...Vt(
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
function hr(e, t, n, r) {
  return {
    to: [e],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${t}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...Vt(
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
import { UpdateItemCommand as ro } from "@aws-sdk/client-dynamodb";
var ke = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function Ee(e, t) {
  let n = U(x()),
    r = n - (n % e.windowSeconds),
    s = await k().send(
      new ro({
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
  if ((Z(s.Attributes)?.hits ?? 0) > e.limit) {
    let o = r + e.windowSeconds - n,
      a = Math.max(1, Math.ceil(o / 60));
    throw new w(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: o },
    );
  }
}
import {
  randomBytes as yr,
  scrypt as so,
  timingSafeEqual as io,
} from "node:crypto";
import { promisify as oo } from "node:util";
var gr = oo(so),
  ao = { N: 32768, r: 8, p: 1, keylen: 32 };
async function $e(e) {
  let t = yr(16),
    { N: n, r, p: s, keylen: i } = ao,
    o = await gr(e.normalize("NFC"), t, i, {
      N: n,
      r,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${n}$${r}$${s}$${t.toString("base64url")}$${o.toString("base64url")}`;
}
async function vr(e, t) {
  let [n, r, s, i, o, a] = t.split("$");
  if (n !== "scrypt" || !o || !a) return !1;
  let u = Buffer.from(a, "base64url"),
    c = await gr(e.normalize("NFC"), Buffer.from(o, "base64url"), u.length, {
      N: Number(r),
      r: Number(s),
      p: Number(i),
      maxmem: 64 * 1024 * 1024,
    });
  return io(c, u);
}
var dr;
function br() {
  return ((dr ??= $e(yr(16).toString("hex"))), dr);
}
var uo = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function tt(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(t) ? t : null;
}
function wr(e) {
  let t = tt(e);
  if (!t) return !1;
  let n = [...t].map(Number),
    r = 0;
  for (let s = 0; s < 9; s++) r += n[s] * uo[s];
  return ((r += Math.floor((n[8] * 5) / 10)), (10 - (r % 10)) % 10 === n[9]);
}
function zt(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(t) ? t : null;
}
function Gt(e) {
  let t = e.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(t) ? t : null;
}
function nt(e, t) {
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
var H = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  xr = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var co = ["general", "simplified", "exempt"];
var kr = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  Me = (e, t) =>
    R(
      m(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      z(),
      de(`${e}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      j(
        t,
        `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  Wt = (e, t) =>
    q(
      R(
        m(
          `${e}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        z(),
        j(
          t,
          `${e}\uC740(\uB294) ${t}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  qe = R(
    m("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    z(),
    de("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    j(
      H.email,
      `\uC774\uBA54\uC77C\uC740 ${H.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    kt(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    Et(),
  ),
  Er = R(
    m(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
    ),
    z(),
    j(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    V(
      (e) => e === "" || tt(e) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    V(
      (e) => e === "" || wr(e),
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    ye((e) => (e === "" ? "" : tt(e))),
  ),
  lo = R(
    m(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    z(),
    j(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    V(
      (e) => zt(e) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    ye((e) => zt(e)),
  ),
  fo = R(
    m("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    z(),
    j(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    V(
      (e) => e === "" || Gt(e) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    ye((e) => (e === "" ? "" : Gt(e))),
  ),
  Xt = R(
    m("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    j(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    V(
      (e) => nt(e) === null,
      (e) =>
        nt(String(e.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Ar = R(
    v({
      businessName: Me("\uC0C1\uD638", H.business),
      noBizNo: q(
        St(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: q(Er, ""),
      ownerName: Me("\uB300\uD45C\uC790\uBA85", H.name),
      industry: ge(
        xr,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: qe,
      phone: lo,
      password: Xt,
      privacyConsent: G(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    At(
      V(
        (e) => e.noBizNo || e.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    At(
      V(
        (e) => nt(e.password, e.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    ye((e) => ({ ...e, bizNo: e.noBizNo ? "" : e.bizNo })),
  ),
  Ir = v({
    email: qe,
    password: R(
      m(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      de(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      j(128, "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4."),
    ),
  }),
  Jt = R(
    m("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    de("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    j(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  Zt = v({ token: Jt }),
  Sr = v({ email: qe }),
  _r = v({ token: Jt, password: Xt }),
  Qu = v({
    email: qe,
    role: ge(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  Pr = v({ token: Jt, name: Me("\uC774\uB984", H.name), password: Xt }),
  Yu = v({
    businessName: Me("\uC0C1\uD638", H.business),
    ownerName: Me("\uB300\uD45C\uC790", H.name),
    bizNo: Er,
    branchNo: R(
      q(
        m(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      z(),
      We(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: Wt("\uC8FC\uC18C", H.address),
    businessType: Wt("\uC5C5\uD0DC", H.text),
    businessItem: Wt("\uC885\uBAA9", H.text),
    taxType: ge(
      co,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: Pt(
      [G(""), qe],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: q(fo, ""),
    industry: ge(
      xr,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  ec = v({
    month: q(
      R(
        m(),
        We(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var st = 14,
  rt = 3600,
  Qt = { verify: 24 * rt, reset: 1 * rt, invite: 168 * rt },
  Yt = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  ne = () =>
    new w(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function en(e, t) {
  return Q({ ...h.token(e), ...t });
}
async function ho(e, t, n = {}) {
  await Ee(ke.signupPerIp, t);
  let r = ee("ten"),
    s = ee("usr"),
    i = new Date(x()).toISOString(),
    o = be(),
    a = await $e(e.password);
  return O({ type: "system", tenantId: r }, async () => {
    let u = F.enqueue(pr(e.email, e.businessName, `${Yt()}/verify?token=${o}`)),
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
        Q(
          { ...h.email(e.email), userId: s, tenantId: r },
          "attribute_not_exists(pk)",
        ),
        Q(c, "attribute_not_exists(pk)"),
        Q(l),
        ...(n.preverified
          ? []
          : [
              en(o, {
                kind: "verify",
                tenantId: r,
                userId: s,
                email: e.email,
                expiresAt: U() + Qt.verify,
              }),
              u.put,
            ]),
      ];
    return (
      e.bizNo &&
        f.push(
          Q({ ...h.bizNo(e.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
        ),
      await ue(f, (p) => {
        if (p === 0)
          return new w(
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
          return new w(
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
      n.preverified || (await F.notify(u.id)),
      { tenantId: r, userId: s }
    );
  });
}
async function it(e, t) {
  let n = await ae(h.token(e), !0);
  if (!(!n || n.kind !== t || n.expiresAt <= U())) return n;
}
function tn(e, t) {
  return {
    Delete: {
      TableName: b(),
      Key: d(h.token(e)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: d({ ":k": t, ":now": U() }),
    },
  };
}
function nn(e, t, n) {
  return O({ type: "system", tenantId: e }, () => {
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
        Key: d(h.user(t)),
        UpdateExpression: `SET ${i.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: r,
        ExpressionAttributeValues: d(s),
      },
    };
  });
}
async function yo(e) {
  let t = await it(e, "verify");
  if (!t) throw ne();
  await ue([tn(e, "verify"), nn(t.tenantId, t.userId, { verified: !0 })], () =>
    ne(),
  );
}
async function Ue(e, t) {
  return O({ type: "system", tenantId: e }, () => ae(h.user(t), !0));
}
async function ot(e) {
  return O({ type: "system", tenantId: e }, () => ae(h.tenant()));
}
var Rr = () =>
  new w(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function go(e, t, n) {
  (await Ee(ke.loginPerIp, n), await Ee(ke.loginPerAccount, e));
  let r = await ae(h.email(e)),
    s = r ? await Ue(r.tenantId, r.userId) : void 0,
    i = await vr(t, s?.passwordHash ?? (await br()));
  if (!s || !s.passwordHash || !i || s.status !== "active") throw Rr();
  if (!s.verified)
    throw new w(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let o = await ot(s.tenantId);
  if (!o) throw Rr();
  return Or(s, o);
}
async function Or(e, t) {
  let n = be(),
    r = {
      userId: e.id,
      tenantId: e.tenantId,
      role: e.role,
      planId: t.planId,
      csrf: be(),
      expiresAt: U() + st * 24 * rt,
    };
  return (
    await k().send(
      new mo({ TableName: b(), Item: d({ ...h.session(n), ...r }) }),
    ),
    { token: n, me: Tr(e, t, r.csrf) }
  );
}
function Tr(e, t, n) {
  let r = vo(t.planId);
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
function vo(e) {
  let t = X.get(e, ce());
  return { id: t.id, name: t.name, priceKrw: t.priceKrw };
}
async function bo(e) {
  if (!e || e.length > 100) return;
  let t = await ae(h.session(e));
  if (!(!t || t.expiresAt <= U()))
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
async function wo(e) {
  await k().send(new po({ TableName: b(), Key: d(h.session(e)) }));
}
async function xo(e) {
  let t = Mt(),
    [n, r] = await Promise.all([Ue(t.tenantId, t.userId), ot(t.tenantId)]);
  if (!n || !r)
    throw new w(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return Tr(n, r, e);
}
async function ko(e, t) {
  (await Ee(ke.resetPerIp, t), await Ee(ke.resetPerAccount, e));
  let n = await ae(h.email(e));
  if (!n) return;
  let r = await Ue(n.tenantId, n.userId);
  if (!r || r.status !== "active") return;
  let s = be();
  await O({ type: "system", tenantId: n.tenantId }, async () => {
    let i = F.enqueue(mr(e, `${Yt()}/reset?token=${s}`));
    (await ue([
      en(s, {
        kind: "reset",
        tenantId: n.tenantId,
        userId: n.userId,
        email: e,
        expiresAt: U() + Qt.reset,
      }),
      i.put,
    ]),
      await F.notify(i.id));
  });
}
async function Eo(e, t) {
  let n = await it(e, "reset");
  if (!n) throw ne();
  let r = await $e(t);
  await ue(
    [
      tn(e, "reset"),
      nn(n.tenantId, n.userId, { passwordHash: r, verified: !0 }),
    ],
    () => ne(),
  );
}
async function Ao(e, t, n) {
  let r = Mt(),
    s = ee("usr"),
    i = be(),
    o = F.enqueue(hr(e, n, kr[t], `${Yt()}/invite?token=${i}`)),
    a = {
      ...h.user(s),
      id: s,
      tenantId: r.tenantId,
      email: e,
      name: "",
      role: t,
      status: "invited",
      verified: !1,
      createdAt: new Date(x()).toISOString(),
    };
  (await ue(
    [
      Q(
        { ...h.email(e), userId: s, tenantId: r.tenantId },
        "attribute_not_exists(pk)",
      ),
      Q(a),
      en(i, {
        kind: "invite",
        tenantId: r.tenantId,
        userId: s,
        email: e,
        expiresAt: U() + Qt.invite,
      }),
      o.put,
    ],
    (u) =>
      u === 0
        ? new w(
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
    await F.notify(o.id));
}
async function Io(e) {
  let t = await it(e, "invite"),
    n = t && (await Ue(t.tenantId, t.userId)),
    r = t && (await ot(t.tenantId));
  if (!t || !n || !r) throw ne();
  return { email: t.email, businessName: r.businessName, role: n.role };
}
async function So(e, t, n) {
  let r = await it(e, "invite");
  if (!r) throw ne();
  let s = await $e(n);
  await ue(
    [
      tn(e, "invite"),
      nn(r.tenantId, r.userId, {
        name: t,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => ne(),
  );
  let [i, o] = await Promise.all([Ue(r.tenantId, r.userId), ot(r.tenantId)]);
  if (!i || !o) throw ne();
  return Or(i, o);
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
var Ae = Symbol();
var at = (e, t) =>
  new Response(e, {
    headers: { "Content-Type": t.replace(/^[^;]+/, (n) => n.toLowerCase()) },
  }).formData();
var _o = 1e4,
  ut = (e) => "headers" in e,
  jr = async (e, t = Object.create(null)) => {
    let { all: n = !1, dot: r = !1 } = t,
      s = (ut(e) ? e.headers : e.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Po(e, { all: n, dot: r })
      : {};
  };
async function Po(e, t) {
  if (!ut(e) && e.bodyCache.formData) return Cr(await e.bodyCache.formData, t);
  let n = ut(e) ? e.headers : e.raw.headers,
    r = await e.arrayBuffer(),
    s = at(r, n.get("Content-Type") || "");
  ut(e) || (e.bodyCache.formData = s);
  let i = await s;
  return i ? Cr(i, t) : {};
}
function Cr(e, t) {
  let n = Object.create(null),
    r = { count: 0 };
  return (
    e.forEach((s, i) => {
      t.all || i.endsWith("[]") ? Ro(n, i, s) : (n[i] = s);
    }),
    t.dot &&
      Object.entries(n).forEach(([s, i]) => {
        s.includes(".") && (Oo(n, s, i, r), delete n[s]);
      }),
    n
  );
}
var Ro = (e, t, n) => {
    e[t] !== void 0
      ? Array.isArray(e[t])
        ? e[t].push(n)
        : (e[t] = [e[t], n])
      : t.endsWith("[]")
        ? (e[t] = [n])
        : (e[t] = n);
  },
  Oo = (e, t, n, r) => {
    if (/(?:^|\.)__proto__\./.test(t)) return;
    let s = e,
      i = t.split(".", 34);
    (i.length > 33 && Nr(),
      i.forEach((o, a) => {
        a === i.length - 1
          ? (s[o] = n)
          : ((!s[o] ||
              typeof s[o] != "object" ||
              Array.isArray(s[o]) ||
              s[o] instanceof File) &&
              (r.count++ >= _o && Nr(), (s[o] = Object.create(null))),
            (s = s[o]));
      }));
  },
  Nr = () => {
    throw new Error("Nesting limit exceeded");
  };
var Dr = class {
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
    return n && ve(n);
  }
  #i() {
    let e = {},
      t = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let n of t) {
      let r = this.#s(this.#e[0][this.routeIndex][1][n]);
      r !== void 0 && (e[n] = ve(r));
    }
    return e;
  }
  #s(e) {
    return this.#e[1] ? this.#e[1][e] : e;
  }
  query(e) {
    return Dn(this.url, e);
  }
  queries(e) {
    return $n(this.url, e);
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
    return jr(this, e);
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
  get [Ae]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, e]]) => e);
  }
  get routePath() {
    return this.#e[0].map(([[, e]]) => e)[this.routeIndex].path;
  }
};
var $r = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  To = (e, t) => {
    let n = new String(e);
    return ((n.isEscaped = !0), (n.callbacks = t), n);
  };
var rn = async (e, t, n, r, s) => {
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
    Promise.all(a.filter(Boolean).map((u) => rn(u, t, !1, r, s))).then(
      () => s[0],
    ),
  );
  return n ? To(await o, i) : o;
};
var Co = "text/plain; charset=UTF-8",
  sn = (e, t) => ({ "Content-Type": e, ...t }),
  Le = (e, t) => new Response(e, t),
  on = class {
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
      return ((this.#e ??= new Dr(this.#t, this.#p, this.#f)), this.#e);
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
      return (this.#r ||= Le(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(e) {
      if (this.#r && e) {
        e = Le(e.body, e);
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
        (this.#r = Le(this.#r.body, this.#r));
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
      return Le(e, { status: s, headers: r ?? n });
    }
    newResponse = (...e) => this.#o(...e);
    body = (e, t, n) => this.#o(e, t, n);
    text = (e, t, n) =>
      !this.#a && !this.#i && !t && !n && !this.finalized
        ? new Response(e)
        : this.#o(e, t, sn(Co, n));
    json = (e, t, n) =>
      this.#o(JSON.stringify(e), t, sn("application/json", n));
    html = (e, t, n) => {
      let r = (s) => this.#o(s, t, sn("text/html; charset=UTF-8", n));
      return typeof e == "object" ? rn(e, $r.Stringify, !1, {}).then(r) : r(e);
    };
    redirect = (e, t) => {
      let n = String(e);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(n) ? encodeURI(n) : n),
        this.newResponse(null, t ?? 302)
      );
    };
    notFound = () => ((this.#c ??= () => Le()), this.#c(this));
  };
var an = (e, t, n) => (r, s) => {
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
var No = (e) => e.req[Ae][0].map(([[, t]]) => t),
  Mr = (e, t) => No(e).at(t ?? e.req.routeIndex)?.path ?? "";
var qr = ["get", "post", "put", "delete", "options", "patch", "query"],
  ct = "Can not add a route since the matcher is already built.",
  lt = class extends Error {};
var un = "__COMPOSED_HANDLER";
var Ur = (e) => {
    let t = e.length;
    for (; t > 0 && e.charCodeAt(t - 1) === 47;) t--;
    return e.length - t;
  },
  jo = (e, t, n) => {
    if (!/[:*]/.test(t)) return t.length;
    let r = e.req.path,
      s = e.req[Ae],
      i = new Set(),
      o = 0;
    for (let a of Pe(t)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${n}".`,
        );
      let u = Re(a);
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
  Lr = (e, t, n) => {
    if (/[^/]\*$/.test(n))
      throw new Error(`mount(): Wildcard must follow "/" in "${n}".`);
    let r = jo(e, t, n),
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
      a = Ur(o === -1 ? i : i.slice(0, o));
    if (a > 1 && Ur(e.req.path) === a - 1)
      throw new C(400, { message: "Invalid mounted path" });
    let u = new URL(i);
    return (
      (u.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(u, e.req.raw)
    );
  };
var Do = (e) => e.text("404 Not Found", 404),
  Fr = (e, t) => {
    if ("getResponse" in e) {
      let n = e.getResponse();
      return t.newResponse(n.body, n);
    }
    return (console.error(e), t.text("Internal Server Error", 500));
  },
  Hr = class Br {
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
      ([...qr, "all"].forEach((s) => {
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
        (this.getPath = (n ?? !0) ? (t.getPath ?? Nt) : Nn));
    }
    #e() {
      let t = new Br({ router: this.router, getPath: this.getPath });
      return (
        (t.errorHandler = this.errorHandler),
        (t.#n = this.#n),
        (t.routes = this.routes),
        t
      );
    }
    #n = Do;
    errorHandler = Fr;
    route(t, n) {
      let r = this.basePath(t);
      return (
        n.routes.map((s) => {
          let i;
          (n.errorHandler === Fr
            ? (i = s.handler)
            : ((i = async (o, a) =>
                (await an([], n.errorHandler)(o, () => s.handler(o, a))).res),
              (i[un] = s.handler)),
            r.#i(s.method, s.path, i, s.basePath));
        }),
        this
      );
    }
    basePath(t) {
      let n = this.#e();
      return ((n._basePath = oe(this._basePath, t)), n);
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
          let l = Mr(c);
          return Lr(c, l.replace(/\/?\*$/, ""), l);
        },
        u = async (c, l) => {
          let f = await n(s ? s(c.req.raw) : a(c), ...o(c));
          if (f) return f;
          await l();
        };
      return (this.#i("ALL", oe(t, "*"), u), this);
    }
    #i(t, n, r, s) {
      n = oe(this._basePath, n);
      let i = {
        basePath: s !== void 0 ? oe(this._basePath, s) : this._basePath,
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
        a = new on(t, {
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
      let u = an(o[0], this.errorHandler, this.#n);
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
              /^https?:\/\//.test(t) ? t : `http://localhost${oe("/", t)}`,
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
var T = () => Object.create(null);
var cn = [];
function Vr(e, t) {
  let n = this.buildAllMatchers(),
    r = (s, i) => {
      let o = n[s] || n.ALL,
        a = o[2][i];
      if (a) return a;
      let u = i.match(o[0]);
      if (!u) return [[], cn];
      let c = u.indexOf("", 1);
      return [o[1][c], u];
    };
  return ((this.match = r), r(e, t));
}
var $o = "[^/]+",
  Mo = "[^]*",
  qo = "(?:|/[^]*)",
  re = Symbol(),
  zr = new Set(".\\+*[^]$()");
function Uo(e, t) {
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
var Gr = class ln {
  #t;
  #e;
  #n = T();
  insert(t, n, r, s, i) {
    let o = this;
    for (let a = 0, u = t.length; a < u; a++) {
      let c = t[a],
        l =
          c.length === 1
            ? c === "*"
              ? a === u - 1
                ? ["", "", Mo]
                : ["", "", $o]
              : null
            : c === "/*"
              ? ["", "", qo]
              : c.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        f;
      if (l) {
        let p = l[1],
          y = l[2] || "[^/]+";
        if (
          p &&
          l[2] &&
          (new RegExp(y).test("") ||
            ((y = y.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(y)) ||
            (y.length === 1 && zr.has(y)))
        )
          throw re;
        if ((i.push(y), (f = o.#n[y]), !f)) {
          if (y !== "[^]*" && y !== "(?:|/[^]*)") {
            for (let _ in o.#n)
              if (
                (y.length > 1 || _.length > 1) &&
                _ !== "[^]*" &&
                _ !== "(?:|/[^]*)"
              )
                throw re;
          }
          f = o.#n[y] = new ln();
        }
        p !== "" && ((f.#e ??= s.varIndex++), r.push([p, f.#e]));
      } else if ((i.push(c), (f = o.#n[c]), !f)) {
        for (let p in o.#n)
          if (p.length > 1 && p !== "[^]*" && p !== "(?:|/[^]*)") throw re;
        f = o.#n[c] = new ln();
      }
      o = f;
    }
    if (o.#t !== void 0) throw re;
    o.#t = n;
  }
  buildRegExpStr() {
    let t = Object.keys(this.#n)
      .sort(Uo)
      .map((n) => {
        let r = this.#n[n],
          s = r.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof r.#e == "number"
              ? `(${n})@${r.#e}`
              : zr.has(n)
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
var fn = class {
  #t = { varIndex: 0 };
  #e = new Gr();
  #n = 0;
  paths = T();
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
function Lo(e) {
  let t = e[e.length - 1];
  return t === "[^]*" || t === "(?:|/[^]*)";
}
function Fo(e, t) {
  let n = e.length - 1;
  for (let r = 0; r < n; r++) if (e[r] !== t[r]) return !1;
  return e[n] === "[^]*" || t.length === n || t[n] === "/";
}
var Wr = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new fn() }));
  }
  #n(e, t) {
    try {
      this.#e[e].insert(t, !/\*|\/:/.test(t));
    } catch (n) {
      throw n === re ? new lt(t) : n;
    }
  }
  add(e, t, n) {
    let r = this.#t;
    if (!r) throw new Error(ct);
    let s = this.#e;
    if (!r[e]) {
      ((s[e] = new fn()), (r[e] = [...r.ALL]));
      for (let a in s.ALL.paths) this.#n(e, a);
    }
    t === "/*" && (t = "*");
    let i = e === "ALL" ? Object.keys(r) : [e],
      o = Je(t) || [t];
    for (let a of o)
      for (let u of i) (s[u].paths[a] || this.#n(u, a), r[u].push([n, a]));
  }
  match = Vr;
  buildAllMatchers() {
    let e = T();
    for (let t of Object.keys(this.#t)) e[t] = this.#i(t);
    return ((this.#t = this.#e = void 0), e);
  }
  #i(e) {
    let t = this.#t[e],
      n = this.#e[e],
      r = T(),
      s = [],
      [i, o, a] = n.buildRegExp(),
      u = T(),
      c = t.map(
        ([f, p], y) => (
          (u[p] ??= []).push(y),
          [
            f,
            n.paths[p][1].reduceRight((_, [ie, g]) => ((_[ie] = a[g]), _), T()),
          ]
        ),
      ),
      l = Object.keys(u).filter((f) => Lo(n.paths[f][2]));
    for (let f in n.paths) {
      let [p, , y] = n.paths[f],
        _ = [...u[f]];
      for (let g of l) g !== f && Fo(n.paths[g][2], y) && _.push(...u[g]);
      let ie = _.sort((g, $) => g - $).map((g) => c[g]);
      if (p === -1) {
        let g = Math.max(-1, ...ie.flatMap(([, $]) => Object.values($)));
        r[f] = [ie, g === -1 ? cn : f.match(i).slice(0, g + 1)];
      } else s[p] = ie;
    }
    return [i, o.map((f) => s[f]), r];
  }
};
var Kr = class {
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
      let a = n[i];
      try {
        for (let u = 0, c = r.length; u < c; u++) a.add(...r[u]);
        o = a.match(e, t);
      } catch (u) {
        if (u instanceof lt) continue;
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
var pn = T(),
  Ho = 0,
  Xr = class Jr {
    #t = [];
    #e = T();
    #n = [];
    #i;
    #s = pn;
    insert(t, n, r) {
      let s = this,
        i = Pe(n),
        o = new Set(),
        a = 0;
      for (let u of i) {
        let c = i[++a],
          l =
            Re(u, c) ||
            (c === void 0 && u && u.indexOf("*") === u.length - 1 ? u : null),
          f = Array.isArray(l),
          p = f ? l[0] : l || u,
          y = (s.#e[p] ||= new Jr());
        (l && !y.#i && ((y.#i = l), s.#n.push(y)), (s = y), f && o.add(l[1]));
      }
      s.#t.push({ [t]: { handler: r, possibleKeys: [...o], score: ++Ho } });
    }
    #r(t, n, r, s, i) {
      for (let o = 0, a = n.#t.length; o < a; o++) {
        let u = n.#t[o],
          c = u[r] || u.ALL;
        if (c) {
          ((c.params = T()), t.push(c));
          for (let l = 0, f = c.possibleKeys.length; l < f; l++) {
            let p = c.possibleKeys[l];
            c.params[p] = i?.[p] && !l ? i[p] : (s[p] ?? i?.[p]);
          }
        }
      }
    }
    search(t, n) {
      let r = [];
      this.#s = pn;
      let s = [this],
        i = Ct(n),
        o = [],
        a = i.length,
        u = null;
      for (let c = 0; c < a; c++) {
        let l = i[c],
          f = c === a - 1,
          p = [];
        for (let _ = 0, ie = s.length; _ < ie; _++) {
          let g = s[_],
            $ = g.#e[l];
          $ &&
            (($.#s = g.#s),
            f
              ? ($.#e["*"] && this.#r(r, $.#e["*"], t, g.#s),
                this.#r(r, $, t, g.#s))
              : p.push($));
          for (let E of g.#n) {
            let Se = E.#i,
              N = g.#s === pn ? {} : { ...g.#s };
            if (typeof Se == "string") {
              (Se === "*" || l.startsWith(Se.slice(0, -1))) &&
                (this.#r(r, E, t, g.#s), Se === "*" && ((E.#s = N), p.push(E)));
              continue;
            }
            let [, Be, _e] = Se;
            if (!(!l && _e === !0)) {
              if (_e !== !0) {
                if (!u) {
                  u = [];
                  let vt = n[0] === "/" ? 1 : 0;
                  for (let me = 0; me < a; me++)
                    ((u[me] = vt), (vt += i[me].length + 1));
                }
                let _n = n.slice(u[c]),
                  Ve = _e.exec(_n);
                if (Ve) {
                  (Object.hasOwn(N, Be) || (N[Be] = Ve[0]),
                    this.#r(r, E, t, g.#s, N),
                    Ve[0].length === _n.length &&
                      E.#e["*"] &&
                      this.#r(r, E.#e["*"], t, g.#s, N));
                  for (let vt in E.#e) {
                    E.#s = N;
                    let me = Ve[0].match(/\//g)?.length ?? 0;
                    (o[me] ||= []).push(E);
                    break;
                  }
                  continue;
                }
              }
              (_e === !0 || _e.test(l)) &&
                (Object.hasOwn(N, Be) || (N[Be] = l),
                f
                  ? (this.#r(r, E, t, N, g.#s),
                    E.#e["*"] && this.#r(r, E.#e["*"], t, N, g.#s))
                  : ((E.#s = N), p.push(E)));
            }
          }
        }
        let y = o.shift();
        s = y ? p.concat(y) : p;
      }
      return (
        r[1] && r.sort((c, l) => c.score - l.score),
        [r.map(({ handler: c, params: l }) => [c, l])]
      );
    }
  };
var mn = class {
  name = "TrieRouter";
  #t = new Xr();
  add(e, t, n) {
    for (let r of Je(t) || [t]) this.#t.insert(e, r, n);
  }
  match(e, t) {
    return this.#t.search(e, t);
  }
};
var hn = class extends Hr {
  constructor(e = {}) {
    (super(e),
      (this.router = e.router ?? new Kr({ routers: [new Wr(), new mn()] })));
  }
};
var Bo = "Payload Too Large",
  Zr = (e) => {
    let t =
        e.onError ||
        (() => {
          let r = new Response(Bo, { status: 413 });
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
          let y = new Uint8Array(Math.min(n, Math.max(a, u.length * 2)));
          (y.set(u.subarray(0, p)), (u = y));
        }
        u.set(f, p);
      }
      return (
        (s.req.raw = new Request(s.req.raw, { body: u.subarray(0, a) })),
        i()
      );
    };
  };
var Vo = {
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
  zo = {
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
var dn = (e) => {
  let t = { ...zo, ...e },
    n = Go(t),
    r = [];
  if (t.contentSecurityPolicy) {
    let [s, i] = Qr(t.contentSecurityPolicy, "Content-Security-Policy");
    (s && r.push(s), n.push(["Content-Security-Policy", i]));
  }
  if (t.contentSecurityPolicyReportOnly) {
    let [s, i] = Qr(
      t.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && r.push(s), n.push(["Content-Security-Policy-Report-Only", i]));
  }
  return (
    t.permissionsPolicy &&
      Object.keys(t.permissionsPolicy).length > 0 &&
      n.push(["Permissions-Policy", Wo(t.permissionsPolicy)]),
    t.reportingEndpoints &&
      n.push(["Reporting-Endpoints", Xo(t.reportingEndpoints)]),
    t.reportTo && n.push(["Report-To", Jo(t.reportTo)]),
    async function (i, o) {
      let a = r.length === 0 ? n : r.reduce((u, c) => c(i, u), n);
      (await o(),
        Zo(i, a, t.overwrite !== !1),
        t?.removePoweredBy && i.res.headers.delete("X-Powered-By"));
    }
  );
};
function Go(e) {
  return Object.entries(Vo)
    .filter(([t]) => e[t])
    .map(([t, n]) => {
      let r = e[t];
      return typeof r == "string" ? [n[0], r] : n;
    });
}
function Qr(e, t) {
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
function Wo(e) {
  return Object.entries(e)
    .map(([t, n]) => {
      let r = Ko(t);
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
function Ko(e) {
  return e.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function Xo(e = []) {
  return e.map((t) => `${t.name}="${t.url}"`).join(", ");
}
function Jo(e = []) {
  return e.map((t) => JSON.stringify(t)).join(", ");
}
function Zo(e, t, n) {
  t.forEach(([r, s]) => {
    (!n && e.res.headers.has(r)) || e.res.headers.set(r, s);
  });
}
var Qo = /^application\/([\w.-]+\+)?json$/i,
  Yo = (e) => e.split(";")[0].trim().toLowerCase(),
  yn = (e, t) => async (n, r) => {
    let s = {},
      i = n.req.header("Content-Type"),
      o = i ? Yo(i) : "";
    switch (e) {
      case "json":
        if (!Qo.test(o)) break;
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
            ((u = await at(l, i)), (n.req.bodyCache.formData = u));
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
        s = Oe(n);
    }
    let a = await t(s, n);
    return a instanceof Response
      ? a
      : (n.req.addValidatedData(e, a), await r());
  };
var Yr = { header: ["cookie"] };
function ea(e, t, n) {
  if (!(n in Yr)) return e;
  let r = Yr[n] || [];
  return t === "arktype" ? ta(e, r) : t === "valibot" ? na(e, r) : e;
}
function ta(e, t) {
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
function na(e, t) {
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
var es = (e, t, n) =>
  yn(e, async (r, s) => {
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
      let o = ea(i.issues, t["~standard"].vendor, e);
      return s.json({ data: r, error: o, success: !1 }, 400);
    }
    return i.value;
  });
Fe();
An();
var Is = Symbol("openapi");
var ba = (e) => e.base,
  wa = (e) => {
    e.zodSchema._zod.def.type === "date" &&
      ((e.jsonSchema.type = "string"), (e.jsonSchema.format = "date-time"));
  };
function pe(e, t) {
  let n = e["~standard"].vendor;
  return {
    vendor: n,
    validate: e["~standard"].validate,
    toJSONSchema: (r) => fe(e, { ...t, ...r }),
    toOpenAPISchema: (r) =>
      In(e, {
        ...t,
        ...r,
        ...(n === "arktype" ? xa(t, r) : void 0),
        ...(n === "zod" ? ka(e, t, r) : void 0),
      }),
  };
}
function xa(e, t) {
  let n = e?.options,
    r = t?.options;
  if (!(e?.fallback || n?.fallback || t?.fallback || r?.fallback))
    return { options: { fallback: ba, ...n, ...r } };
}
function ka(e, t, n) {
  if (!("_zod" in e)) return;
  let r = t?.options,
    s = n?.options;
  if (!(t?.override || r?.override || n?.override || s?.override))
    return { options: { unrepresentable: "any", override: wa, ...r, ...s } };
}
function Ss(e, t, n, r) {
  let s = es(e, t, n);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [Is]: { target: e, ...pe(t, r), options: r } })
  );
}
function _s(e) {
  let t = async (n, r) => {
    await r();
  };
  return (
    Object.defineProperty(t, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(t, { [Is]: { spec: e } })
  );
}
var dt = "golmok_session",
  Ea = 1024 * 1024,
  Sn = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  ht = class extends Error {
    constructor(n) {
      super("invalid input");
      this.fields = n;
    }
    fields;
  };
function se(e, t) {
  return Ss(e, t, (n) => {
    if (!n.success) {
      let r = n.error;
      throw new ht(
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
function yt(e) {
  let t = e.env;
  return (
    t?.event?.requestContext?.http?.sourceIp ??
    t?.incoming?.socket?.remoteAddress ??
    e.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var Aa = new Set(["GET", "HEAD", "OPTIONS"]);
function Ps(e) {
  let t = new hn();
  return (
    t.use("*", async (n, r) => {
      let s = performance.now(),
        i = ee("req");
      n.set("requestId", i);
      let o = Ln();
      await Fn(o, r);
      let a = performance.now() - s;
      (n.header("x-request-id", i),
        n.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let u = n.get("actor"),
        c = u && u.type === "user" ? u.tenantId : void 0;
      (c && L.record(c, e, o),
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
      dn({
        strictTransportSecurity: Sn()
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
      Zr({
        maxSize: Ea,
        onError: () => {
          throw new w(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    t.use("*", async (n, r) => {
      let s = { type: "public" },
        i = Oe(n, dt);
      if (i) {
        let o = await S.session(i);
        if (o) {
          let { csrf: a, planId: u, ...c } = o;
          ((s = c),
            n.set("csrf", a),
            n.set("planId", u),
            n.set("sessionToken", i));
        }
      }
      if ((n.set("actor", s), !Aa.has(n.req.method))) {
        let o = n.req.header("origin");
        if (o && new URL(n.req.url).host !== Ia(o))
          throw new w(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && n.req.header("x-csrf-token") !== n.get("csrf"))
          throw new w(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await O(s, async () => {
        (s.type === "user" &&
          (await L.assertWithinQuota(n.get("planId") ?? "basic", {
            requests: 1,
          })),
          await r());
      });
    }),
    t.onError((n, r) => Sa(n, r)),
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
function Ia(e) {
  try {
    return new URL(e).host;
  } catch {
    return;
  }
}
function Sa(e, t) {
  let n = t.get("requestId");
  if (e instanceof ht)
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
  if (e instanceof w) {
    e.extra.retryAfterSeconds !== void 0 &&
      t.header("retry-after", String(e.extra.retryAfterSeconds));
    let s = e.code === "body_too_large" ? 413 : Vn[e.kind];
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
var gt = v({
    code: m(),
    message: m(),
    fields: q(It(v({ field: m(), message: m() }))),
    requestId: m(),
  }),
  He = v({ ok: G(!0) }),
  _a = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: pe(gt) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: pe(gt) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: pe(gt) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: pe(gt) } },
    },
  };
function B(e, t, n, r = 200) {
  return _s({
    tags: [e],
    summary: t,
    responses: {
      [r]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: pe(n) } },
      },
      ..._a,
    },
  });
}
var Rs = v({
  user: v({ id: m(), email: m(), name: m(), role: m() }),
  tenant: v({
    id: m(),
    businessName: m(),
    industry: m(),
    plan: v({ id: m(), name: m(), priceKrw: _t() }),
  }),
  csrfToken: m(),
});
function Os(e, t) {
  Dt(e, dt, t, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !Sn(),
    path: "/",
    maxAge: st * 24 * 3600,
  });
}
var Ts = Ps("auth")
  .get(
    "/api/health",
    B("platform", "\uC0C1\uD0DC \uD655\uC778", v({ ok: G(!0) })),
    (e) => e.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    B(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      v({ ok: G(!0), email: m() }),
      201,
    ),
    se("json", Ar),
    async (e) => {
      let t = e.req.valid("json");
      return (
        await S.signup(t, yt(e)),
        e.json({ ok: !0, email: t.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    B("auth", "\uC774\uBA54\uC77C \uC778\uC99D", He),
    se("json", Zt),
    async (e) => (
      await S.verifyEmail(e.req.valid("json").token),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    B(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      Rs,
    ),
    se("json", Ir),
    async (e) => {
      let { email: t, password: n } = e.req.valid("json"),
        { token: r, me: s } = await S.login(t, n, yt(e));
      return (Os(e, r), e.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    B("auth", "\uB85C\uADF8\uC544\uC6C3", He),
    async (e) => {
      let t = e.get("sessionToken");
      return (
        t && (await S.logout(t)),
        qn(e, dt, { path: "/" }),
        e.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    B(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      He,
    ),
    se("json", Sr),
    async (e) => (
      await S.requestPasswordReset(e.req.valid("json").email, yt(e)),
      e.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    B("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", He),
    se("json", _r),
    async (e) => {
      let { token: t, password: n } = e.req.valid("json");
      return (await S.confirmPasswordReset(t, n), e.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    B(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      v({ email: m(), businessName: m(), role: m() }),
    ),
    se("query", Zt),
    async (e) => e.json(await S.inviteInfo(e.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    B("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", Rs),
    se("json", Pr),
    async (e) => {
      let { token: t, name: n, password: r } = e.req.valid("json"),
        s = await S.acceptInvite(t, n, r);
      return (Os(e, s.token), e.json(s.me));
    },
  );
var Pa = wt(Ts),
  rp = async (e, t) => {
    let n = await Pa(e, t);
    return (await L.flushIfDue(), n);
  };
export { rp as handler };
