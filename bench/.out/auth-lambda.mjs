import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var U6 = Object.create;
var Bp = Object.defineProperty;
var B6 = Object.getOwnPropertyDescriptor;
var F6 = Object.getOwnPropertyNames;
var G6 = Object.getPrototypeOf,
  H6 = Object.prototype.hasOwnProperty;
var At = ((t) =>
  typeof require < "u"
    ? require
    : typeof Proxy < "u"
      ? new Proxy(t, { get: (e, r) => (typeof require < "u" ? require : e)[r] })
      : t)(function (t) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + t + '" is not supported');
});
var d = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (n) {
    throw ((r = [n]), n);
  }
};
var Ee = (t, e) => () => {
    try {
      return (e || t((e = { exports: {} }).exports, e), e.exports);
    } catch (r) {
      throw ((e = 0), r);
    }
  },
  oe = (t, e) => {
    for (var r in e) Bp(t, r, { get: e[r], enumerable: !0 });
  },
  OT = (t, e, r, n) => {
    if ((e && typeof e == "object") || typeof e == "function")
      for (let s of F6(e))
        !H6.call(t, s) &&
          s !== r &&
          Bp(t, s, {
            get: () => e[s],
            enumerable: !(n = B6(e, s)) || n.enumerable,
          });
    return t;
  };
var Se = (t, e, r) => (
    (r = t != null ? U6(G6(t)) : {}),
    OT(
      e || !t || !t.__esModule
        ? Bp(r, "default", { value: t, enumerable: !0 })
        : r,
      t,
    )
  ),
  D = (t) => OT(Bp({}, "__esModule", { value: !0 }), t);
var qo,
  Bs,
  Fs,
  VT,
  jT,
  Xp = d(() => {
    ((qo = (t, e) => {
      let r = [];
      if ((t && r.push(t), e)) for (let n of e) r.push(n);
      return r;
    }),
      (Bs = (t, e) =>
        `${t || "anonymous"}${e && e.length > 0 ? ` (a.k.a. ${e.join(",")})` : ""}`),
      (Fs = () => {
        let t = [],
          e = [],
          r = !1,
          n = new Set(),
          s = (p) =>
            p.sort(
              (h, g) =>
                VT[g.step] - VT[h.step] ||
                jT[g.priority || "normal"] - jT[h.priority || "normal"],
            ),
          o = (p) => {
            let h = !1,
              g = (y) => {
                let E = qo(y.name, y.aliases);
                if (E.includes(p)) {
                  h = !0;
                  for (let S of E) n.delete(S);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(g)), (e = e.filter(g)), h);
          },
          i = (p) => {
            let h = !1,
              g = (y) => {
                if (y.middleware === p) {
                  h = !0;
                  for (let E of qo(y.name, y.aliases)) n.delete(E);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(g)), (e = e.filter(g)), h);
          },
          a = (p) => (
            t.forEach((h) => {
              p.add(h.middleware, { ...h });
            }),
            e.forEach((h) => {
              p.addRelativeTo(h.middleware, { ...h });
            }),
            p.identifyOnResolve?.(l.identifyOnResolve()),
            p
          ),
          c = (p) => {
            let h = [];
            return (
              p.before.forEach((g) => {
                g.before.length === 0 && g.after.length === 0
                  ? h.push(g)
                  : h.push(...c(g));
              }),
              h.push(p),
              p.after.reverse().forEach((g) => {
                g.before.length === 0 && g.after.length === 0
                  ? h.push(g)
                  : h.push(...c(g));
              }),
              h
            );
          },
          u = (p = !1) => {
            let h = [],
              g = [],
              y = {};
            return (
              t.forEach((S) => {
                let b = { ...S, before: [], after: [] };
                for (let w of qo(b.name, b.aliases)) y[w] = b;
                h.push(b);
              }),
              e.forEach((S) => {
                let b = { ...S, before: [], after: [] };
                for (let w of qo(b.name, b.aliases)) y[w] = b;
                g.push(b);
              }),
              g.forEach((S) => {
                if (S.toMiddleware) {
                  let b = y[S.toMiddleware];
                  if (b === void 0) {
                    if (p) return;
                    throw new Error(
                      `${S.toMiddleware} is not found when adding ${Bs(S.name, S.aliases)} middleware ${S.relation} ${S.toMiddleware}`,
                    );
                  }
                  (S.relation === "after" && b.after.push(S),
                    S.relation === "before" && b.before.push(S));
                }
              }),
              s(h)
                .map(c)
                .reduce((S, b) => (S.push(...b), S), [])
            );
          },
          l = {
            add: (p, h = {}) => {
              let { name: g, override: y, aliases: E } = h,
                S = {
                  step: "initialize",
                  priority: "normal",
                  middleware: p,
                  ...h,
                },
                b = qo(g, E);
              if (b.length > 0) {
                if (b.some((w) => n.has(w))) {
                  if (!y)
                    throw new Error(`Duplicate middleware name '${Bs(g, E)}'`);
                  for (let w of b) {
                    let I = t.findIndex(
                      (A) => A.name === w || A.aliases?.some((V) => V === w),
                    );
                    if (I === -1) continue;
                    let v = t[I];
                    if (v.step !== S.step || S.priority !== v.priority)
                      throw new Error(
                        `"${Bs(v.name, v.aliases)}" middleware with ${v.priority} priority in ${v.step} step cannot be overridden by "${Bs(g, E)}" middleware with ${S.priority} priority in ${S.step} step.`,
                      );
                    t.splice(I, 1);
                  }
                }
                for (let w of b) n.add(w);
              }
              t.push(S);
            },
            addRelativeTo: (p, h) => {
              let { name: g, override: y, aliases: E } = h,
                S = { middleware: p, ...h },
                b = qo(g, E);
              if (b.length > 0) {
                if (b.some((w) => n.has(w))) {
                  if (!y)
                    throw new Error(`Duplicate middleware name '${Bs(g, E)}'`);
                  for (let w of b) {
                    let I = e.findIndex(
                      (A) => A.name === w || A.aliases?.some((V) => V === w),
                    );
                    if (I === -1) continue;
                    let v = e[I];
                    if (
                      v.toMiddleware !== S.toMiddleware ||
                      v.relation !== S.relation
                    )
                      throw new Error(
                        `"${Bs(v.name, v.aliases)}" middleware ${v.relation} "${v.toMiddleware}" middleware cannot be overridden by "${Bs(g, E)}" middleware ${S.relation} "${S.toMiddleware}" middleware.`,
                      );
                    e.splice(I, 1);
                  }
                }
                for (let w of b) n.add(w);
              }
              e.push(S);
            },
            clone: () => a(Fs()),
            use: (p) => {
              p.applyToStack(l);
            },
            remove: (p) => (typeof p == "string" ? o(p) : i(p)),
            removeByTag: (p) => {
              let h = !1,
                g = (y) => {
                  let { tags: E, name: S, aliases: b } = y;
                  if (E && E.includes(p)) {
                    let w = qo(S, b);
                    for (let I of w) n.delete(I);
                    return ((h = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(g)), (e = e.filter(g)), h);
            },
            concat: (p) => {
              let h = a(Fs());
              return (
                h.use(p),
                h.identifyOnResolve(
                  r || h.identifyOnResolve() || (p.identifyOnResolve?.() ?? !1),
                ),
                h
              );
            },
            applyToStack: a,
            identify: () =>
              u(!0).map((p) => {
                let h = p.step ?? p.relation + " " + p.toMiddleware;
                return Bs(p.name, p.aliases) + " - " + h;
              }),
            identifyOnResolve(p) {
              return (typeof p == "boolean" && (r = p), r);
            },
            resolve: (p, h) => {
              for (let g of u()
                .map((y) => y.middleware)
                .reverse())
                p = g(p, h);
              return (r && console.log(l.identify()), p);
            },
          };
        return l;
      }),
      (VT = {
        initialize: 5,
        serialize: 4,
        build: 3,
        finalizeRequest: 2,
        deserialize: 1,
      }),
      (jT = { high: 3, normal: 2, low: 1 }));
  });
var sr = Ee((_r) => {
  var TS;
  (function (t) {
    ((t.HEADER = "header"), (t.QUERY = "query"));
  })(TS || (TS = {}));
  var AS;
  (function (t) {
    ((t.HEADER = "header"), (t.QUERY = "query"));
  })(AS || (AS = {}));
  var CS;
  (function (t) {
    ((t.HTTP = "http"), (t.HTTPS = "https"));
  })(CS || (CS = {}));
  var Vc;
  (function (t) {
    ((t.MD5 = "md5"),
      (t.CRC32 = "crc32"),
      (t.CRC32C = "crc32c"),
      (t.SHA1 = "sha1"),
      (t.SHA256 = "sha256"));
  })(Vc || (Vc = {}));
  var v8 = (t) => {
      let e = [];
      return (
        t.sha256 !== void 0 &&
          e.push({
            algorithmId: () => Vc.SHA256,
            checksumConstructor: () => t.sha256,
          }),
        t.md5 != null &&
          e.push({
            algorithmId: () => Vc.MD5,
            checksumConstructor: () => t.md5,
          }),
        {
          addChecksumAlgorithm(r) {
            e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        }
      );
    },
    I8 = (t) => {
      let e = {};
      return (
        t.checksumAlgorithms().forEach((r) => {
          e[r.algorithmId()] = r.checksumConstructor();
        }),
        e
      );
    },
    _8 = (t) => v8(t),
    T8 = (t) => I8(t),
    RS;
  (function (t) {
    ((t[(t.HEADER = 0)] = "HEADER"), (t[(t.TRAILER = 1)] = "TRAILER"));
  })(RS || (RS = {}));
  var A8 = "__smithy_context",
    OS;
  (function (t) {
    ((t.PROFILE = "profile"),
      (t.SSO_SESSION = "sso-session"),
      (t.SERVICES = "services"));
  })(OS || (OS = {}));
  var DS;
  (function (t) {
    ((t.HTTP_0_9 = "http/0.9"),
      (t.HTTP_1_0 = "http/1.0"),
      (t.TDS_8_0 = "tds/8.0"));
  })(DS || (DS = {}));
  _r.AlgorithmId = Vc;
  _r.EndpointURLScheme = CS;
  _r.FieldPosition = RS;
  _r.HttpApiKeyAuthLocation = AS;
  _r.HttpAuthLocation = TS;
  _r.IniSectionType = OS;
  _r.RequestHandlerProtocol = DS;
  _r.SMITHY_CONTEXT_KEY = A8;
  _r.getDefaultClientConfiguration = _8;
  _r.resolveDefaultRuntimeConfig = T8;
});
var NS,
  be,
  zT = d(() => {
    ((NS = Se(sr())),
      (be = (t) =>
        t[NS.SMITHY_CONTEXT_KEY] || (t[NS.SMITHY_CONTEXT_KEY] = {})));
  });
function T(t, e) {
  return Object.prototype.hasOwnProperty.call(t, e);
}
var PS = d(() => {});
function C8(t) {
  return Object.keys(t).reduce((e, r) => {
    let n = t[r];
    return { ...e, [r]: Array.isArray(n) ? [...n] : n };
  }, {});
}
var q,
  qT = d(() => {
    q = class t {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(e) {
        ((this.method = e.method || "GET"),
          (this.hostname = e.hostname || "localhost"),
          (this.port = e.port),
          (this.query = e.query || {}),
          (this.headers = e.headers || {}),
          (this.body = e.body),
          (this.protocol = e.protocol
            ? e.protocol.slice(-1) !== ":"
              ? `${e.protocol}:`
              : e.protocol
            : "https:"),
          (this.path = e.path
            ? e.path.charAt(0) !== "/"
              ? `/${e.path}`
              : e.path
            : "/"),
          (this.username = e.username),
          (this.password = e.password),
          (this.fragment = e.fragment));
      }
      static clone(e) {
        let r = new t({ ...e, headers: { ...e.headers } });
        return (r.query && (r.query = C8(r.query)), r);
      }
      static isInstance(e) {
        if (!e) return !1;
        let r = e;
        return (
          "method" in r &&
          "protocol" in r &&
          "hostname" in r &&
          "path" in r &&
          typeof r.query == "object" &&
          typeof r.headers == "object"
        );
      }
      clone() {
        return t.clone(this);
      }
    };
  });
var ze,
  WT = d(() => {
    ze = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(e) {
        ((this.statusCode = e.statusCode),
          (this.reason = e.reason),
          (this.headers = e.headers || {}),
          (this.body = e.body));
      }
      static isInstance(e) {
        if (!e) return !1;
        let r = e;
        return typeof r.statusCode == "number" && typeof r.headers == "object";
      }
    };
  });
var R8,
  Tr,
  KT = d(() => {
    ((R8 = new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$")),
      (Tr = (t, e = !1) => {
        if (!e) return R8.test(t);
        let r = t.split(".");
        for (let n of r) if (!Tr(n)) return !1;
        return !0;
      }));
  });
function jc(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var XT = d(() => {});
var ue,
  JT = d(() => {
    ue = (t) => {
      if (typeof t == "function") return t;
      let e = Promise.resolve(t);
      return () => e;
    };
  });
function zc(t) {
  let e = {};
  if (((t = t.replace(/^\?/, "")), t))
    for (let r of t.split("&")) {
      let [n, s = null] = r.split("=");
      ((n = decodeURIComponent(n)),
        s && (s = decodeURIComponent(s)),
        n in e
          ? Array.isArray(e[n])
            ? e[n].push(s)
            : (e[n] = [e[n], s])
          : (e[n] = s));
    }
  return e;
}
var kS = d(() => {});
var tt,
  MS = d(() => {
    kS();
    tt = (t) => {
      if (typeof t == "string") return tt(new URL(t));
      let { hostname: e, pathname: r, port: n, protocol: s, search: o } = t,
        i;
      return (
        o && (i = zc(o)),
        {
          hostname: e,
          port: n ? parseInt(n) : void 0,
          protocol: s,
          path: r,
          query: i,
        }
      );
    };
  });
var jt,
  YT = d(() => {
    PS();
    MS();
    jt = (t) => {
      if (typeof t == "object") {
        if ("url" in t) {
          let e = tt(t.url);
          if (t.headers) {
            e.headers = {};
            for (let r in t.headers)
              T(t.headers, r) &&
                (e.headers[r.toLowerCase()] = t.headers[r].join(", "));
          }
          return e;
        }
        return t;
      }
      return tt(t);
    };
  });
var F = d(() => {
  zT();
  PS();
  qT();
  WT();
  KT();
  XT();
  JT();
  kS();
  MS();
  YT();
});
var QT,
  ZT = d(() => {
    QT = (t) => () => {
      throw new Error(t);
    };
  });
var eA,
  tA = d(() => {
    eA = (t) => () => Promise.reject(t);
  });
var Ki,
  $S = d(() => {
    Ki = () => {
      let t = new WeakSet();
      return (e, r) => {
        if (typeof r == "object" && r !== null) {
          if (t.has(r)) return "[Circular]";
          t.add(r);
        }
        return r;
      };
    };
  });
var rA,
  nA = d(() => {
    rA = (t) => new Promise((e) => setTimeout(e, t * 1e3));
  });
var Jp,
  zt,
  sA,
  Yp = d(() => {
    $S();
    Jp = { minDelay: 2, maxDelay: 120 };
    (function (t) {
      ((t.ABORTED = "ABORTED"),
        (t.FAILURE = "FAILURE"),
        (t.SUCCESS = "SUCCESS"),
        (t.RETRY = "RETRY"),
        (t.TIMEOUT = "TIMEOUT"));
    })(zt || (zt = {}));
    sA = (t) => {
      if (t.state === zt.ABORTED) {
        let e = new Error(
          `${JSON.stringify({ ...t, reason: "Request was aborted" }, Ki())}`,
        );
        throw ((e.name = "AbortError"), e);
      } else if (t.state === zt.TIMEOUT) {
        let e = new Error(
          `${JSON.stringify({ ...t, reason: "Waiter has timed out" }, Ki())}`,
        );
        throw ((e.name = "TimeoutError"), e);
      } else if (t.state !== zt.SUCCESS)
        throw new Error(`${JSON.stringify(t, Ki())}`);
      return t;
    };
  });
var oA,
  O8,
  D8,
  N8,
  P8,
  iA = d(() => {
    $S();
    nA();
    Yp();
    ((oA = async (
      {
        minDelay: t,
        maxDelay: e,
        maxWaitTime: r,
        abortController: n,
        client: s,
        abortSignal: o,
      },
      i,
      a,
    ) => {
      let c = {},
        [u, l] = [t * 1e3, e * 1e3],
        p = 0,
        h = Date.now() + r * 1e3,
        g = Date.now() + 6e4,
        y = !1;
      for (;;) {
        if (p > 0) {
          let b = N8(u, l, p, h);
          if (n?.signal?.aborted || o?.aborted) {
            let w = "AbortController signal aborted.";
            return (
              (c[w] |= 0),
              (c[w] += 1),
              { state: zt.ABORTED, observedResponses: c }
            );
          }
          if (Date.now() + b > h)
            return { state: zt.TIMEOUT, observedResponses: c };
          await rA(b / 1e3);
        }
        let { state: E, reason: S } = await a(s, i);
        if (S) {
          let b = D8(S);
          ((c[b] |= 0), (c[b] += 1));
        }
        if (E !== zt.RETRY)
          return { state: E, reason: S, final: S, observedResponses: c };
        ((p += 1), !y && Date.now() >= g && (O8(c, s), (y = !0)));
      }
    }),
      (O8 = (t = {}, e) => {
        let r = Object.keys(t),
          n = 0,
          s = 0;
        for (let a of r) {
          let c = t[a] | 0;
          ((n = Math.max(c, n)), a.startsWith("403:") && (s += c));
        }
        let o = e?.config?.logger,
          i =
            typeof o?.warn == "function" &&
            !o.constructor?.name?.includes?.("NoOpLogger")
              ? o
              : console;
        (s >= 3 || r[r.length - 1]?.startsWith("403:")) &&
          i.warn(
            "@smithy/util-waiter WARN - 403 status code encountered during waiter polling.",
          );
      }),
      (D8 = (t) => {
        let e = t?.$response?.statusCode ?? t?.$metadata?.httpStatusCode;
        return t?.$responseBodyText
          ? `${e ? e + ": " : ""}Deserialization error for body: ${t.$responseBodyText}`
          : e
            ? t?.$response || t?.message
              ? `${e ?? "Unknown"}: ${t?.message}`
              : `${e}: OK`
            : String(t?.message ?? JSON.stringify(t, Ki()) ?? "Unknown");
      }),
      (N8 = (t, e, r, n) => {
        let s = Math.log(e / t) / Math.log(2) + 1;
        if (r > s) return e;
        let o = t * 2 ** (r - 1),
          i = Math.min(o, e),
          a = P8(t, i);
        if (Date.now() + a > n) {
          let c = n - Date.now();
          return Math.max(0, c - 500);
        }
        return a;
      }),
      (P8 = (t, e) => t + Math.random() * (e - t)));
  });
var aA,
  cA = d(() => {
    aA = (t) => {
      if (t.maxWaitTime <= 0)
        throw new Error(
          "WaiterConfiguration.maxWaitTime must be greater than 0",
        );
      if (t.minDelay <= 0)
        throw new Error("WaiterConfiguration.minDelay must be greater than 0");
      if (t.maxDelay <= 0)
        throw new Error("WaiterConfiguration.maxDelay must be greater than 0");
      if (t.maxWaitTime <= t.minDelay)
        throw new Error(
          `WaiterConfiguration.maxWaitTime [${t.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${t.minDelay}] for this waiter`,
        );
      if (t.maxDelay < t.minDelay)
        throw new Error(
          `WaiterConfiguration.maxDelay [${t.maxDelay}] must be greater than WaiterConfiguration.minDelay [${t.minDelay}] for this waiter`,
        );
    };
  });
var uA,
  lA,
  pA = d(() => {
    iA();
    cA();
    Yp();
    ((uA = (t) => {
      let e,
        r = new Promise((n) => {
          ((e = () => n({ state: zt.ABORTED })),
            typeof t.addEventListener == "function"
              ? t.addEventListener("abort", e)
              : (t.onabort = e));
        });
      return {
        clearListener() {
          typeof t.removeEventListener == "function" &&
            t.removeEventListener("abort", e);
        },
        aborted: r,
      };
    }),
      (lA = async (t, e, r) => {
        let n = { ...Jp, ...t };
        aA(n);
        let s = [oA(n, e, r)],
          o = [];
        if (t.abortSignal) {
          let { aborted: i, clearListener: a } = uA(t.abortSignal);
          (o.push(a), s.push(i));
        }
        if (t.abortController?.signal) {
          let { aborted: i, clearListener: a } = uA(t.abortController.signal);
          (o.push(a), s.push(i));
        }
        return Promise.race(s).then((i) => {
          for (let a of o) a();
          return i;
        });
      }));
  });
var pt,
  fA = d(() => {
    Xp();
    pt = class {
      config;
      middlewareStack = Fs();
      initConfig;
      handlers;
      constructor(e) {
        this.config = e;
        let { protocol: r, protocolSettings: n } = e;
        n && typeof r == "function" && (e.protocol = new r(n));
      }
      send(e, r, n) {
        let s = typeof r != "function" ? r : void 0,
          o = typeof r == "function" ? r : n,
          i = s === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          let c = this.handlers;
          c.has(e.constructor)
            ? (a = c.get(e.constructor))
            : ((a = e.resolveMiddleware(this.middlewareStack, this.config, s)),
              c.set(e.constructor, a));
        } else
          (delete this.handlers,
            (a = e.resolveMiddleware(this.middlewareStack, this.config, s)));
        if (o)
          a(e)
            .then(
              (c) => o(null, c.output),
              (c) => o(c),
            )
            .catch(() => {});
        else return a(e).then((c) => c.output);
      }
      destroy() {
        (this.config?.requestHandler?.destroy?.(), delete this.handlers);
      }
    };
  });
var or,
  LS = d(() => {
    or = (t) => (typeof t == "function" ? t() : t);
  });
var Xi,
  Qp = d(() => {
    Xi = (t, e, r, n, s) => ({
      name: e,
      namespace: t,
      traits: r,
      input: n,
      output: s,
    });
  });
var dA,
  US,
  mA = d(() => {
    F();
    Qp();
    ((dA = (t) => (e, r) => async (n) => {
      let { response: s } = await e(n),
        { operationSchema: o } = be(r),
        [, i, a, c, u, l] = o ?? [];
      try {
        let p = await t.protocol.deserializeResponse(
          Xi(i, a, c, u, l),
          { ...t, ...r },
          s,
        );
        return { response: s, output: p };
      } catch (p) {
        if (
          (Object.defineProperty(p, "$response", {
            value: s,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !("$metadata" in p))
        ) {
          let h =
            "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
          try {
            p.message +=
              `
  ` + h;
          } catch {
            !r.logger || r.logger?.constructor?.name === "NoOpLogger"
              ? console.warn(h)
              : r.logger?.warn?.(h);
          }
          typeof p.$responseBodyText < "u" &&
            p.$response &&
            (p.$response.body = p.$responseBodyText);
          try {
            if (ze.isInstance(s)) {
              let { headers: g = {}, statusCode: y } = s,
                E = Object.entries(g);
              p.$metadata = {
                httpStatusCode: y,
                requestId: US(/^x-[\w-]+-request-?id$/, E),
                extendedRequestId: US(/^x-[\w-]+-id-2$/, E),
                cfId: US(/^x-[\w-]+-cf-id$/, E),
              };
            }
          } catch {}
        }
        throw p;
      }
    }),
      (US = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]));
  });
var hA,
  gA = d(() => {
    F();
    Qp();
    hA = (t) => (e, r) => async (n) => {
      let { operationSchema: s } = be(r),
        [, o, i, a, c, u] = s ?? [],
        l = r.endpointV2 ? async () => jt(r.endpointV2) : t.endpoint,
        p = await t.protocol.serializeRequest(Xi(o, i, a, c, u), n.input, {
          ...t,
          ...r,
          endpoint: l,
        });
      return e({ ...n, request: p });
    };
  });
function pn(t) {
  return {
    applyToStack: (e) => {
      (e.add(hA(t), FS), e.add(dA(t), BS), t.protocol.setSerdeContext(t));
    },
  };
}
var BS,
  FS,
  yA = d(() => {
    mA();
    gA();
    ((BS = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: ["DESERIALIZER"],
      override: !0,
    }),
      (FS = {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: !0,
      }));
  });
var Ce,
  Gs = d(() => {
    Ce = class {
      name;
      namespace;
      traits;
      static assign(e, r) {
        return Object.assign(e, r);
      }
      static [Symbol.hasInstance](e) {
        let r = this.prototype.isPrototypeOf(e);
        return !r && typeof e == "object" && e !== null
          ? e.symbol === this.symbol
          : r;
      }
      getName() {
        return this.namespace + "#" + this.name;
      }
    };
  });
var qc,
  SA,
  EA = d(() => {
    Gs();
    ((qc = class t extends Ce {
      static symbol = Symbol.for("@smithy/lis");
      valueSchema;
      symbol = t.symbol;
    }),
      (SA = (t, e, r, n) =>
        Ce.assign(new qc(), {
          name: e,
          namespace: t,
          traits: r,
          valueSchema: n,
        })));
  });
var Wc,
  bA,
  xA = d(() => {
    Gs();
    ((Wc = class t extends Ce {
      static symbol = Symbol.for("@smithy/map");
      keySchema;
      valueSchema;
      symbol = t.symbol;
    }),
      (bA = (t, e, r, n, s) =>
        Ce.assign(new Wc(), {
          name: e,
          namespace: t,
          traits: r,
          keySchema: n,
          valueSchema: s,
        })));
  });
var Kc,
  wA,
  vA = d(() => {
    Gs();
    ((Kc = class t extends Ce {
      static symbol = Symbol.for("@smithy/ope");
      input;
      output;
      symbol = t.symbol;
    }),
      (wA = (t, e, r, n, s) =>
        Ce.assign(new Kc(), {
          name: e,
          namespace: t,
          traits: r,
          input: n,
          output: s,
        })));
  });
var Wo,
  IA,
  GS = d(() => {
    Gs();
    ((Wo = class t extends Ce {
      static symbol = Symbol.for("@smithy/str");
      memberNames;
      memberList;
      symbol = t.symbol;
    }),
      (IA = (t, e, r, n, s) =>
        Ce.assign(new Wo(), {
          name: e,
          namespace: t,
          traits: r,
          memberNames: n,
          memberList: s,
        })));
  });
var Xc,
  _A,
  TA = d(() => {
    Gs();
    GS();
    ((Xc = class t extends Wo {
      static symbol = Symbol.for("@smithy/err");
      ctor;
      symbol = t.symbol;
    }),
      (_A = (t, e, r, n, s, o) =>
        Ce.assign(new Xc(), {
          name: e,
          namespace: t,
          traits: r,
          memberNames: n,
          memberList: s,
          ctor: null,
        })));
  });
function fs(t) {
  if (typeof t == "object") return t;
  if (((t = t | 0), Jc[t])) return Jc[t];
  let e = {},
    r = 0;
  for (let n of [
    "httpLabel",
    "idempotent",
    "idempotencyToken",
    "sensitive",
    "httpPayload",
    "httpResponseCode",
    "httpQueryParams",
  ])
    ((t >> r++) & 1) === 1 && (e[n] = 1);
  return (Jc[t] = e);
}
var Jc,
  HS = d(() => {
    Jc = [];
  });
function Qc(t, e) {
  if (t instanceof _)
    return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  let r = _;
  return new r(t, e);
}
var Yc,
  Zc,
  eu,
  _,
  VS,
  jS,
  AA = d(() => {
    LS();
    HS();
    ((Yc = {
      it: Symbol.for("@smithy/nor-struct-it"),
      ns: Symbol.for("@smithy/ns"),
    }),
      (Zc = []),
      (eu = {}),
      (_ = class t {
        ref;
        memberName;
        static symbol = Symbol.for("@smithy/nor");
        symbol = t.symbol;
        name;
        schema;
        _isMemberSchema;
        traits;
        memberTraits;
        normalizedTraits;
        constructor(e, r) {
          ((this.ref = e), (this.memberName = r));
          let n = [],
            s = e,
            o = e;
          for (this._isMemberSchema = !1; VS(s);)
            (n.push(s[1]),
              (s = s[0]),
              (o = or(s)),
              (this._isMemberSchema = !0));
          if (n.length > 0) {
            this.memberTraits = {};
            for (let i = n.length - 1; i >= 0; --i) {
              let a = n[i];
              Object.assign(this.memberTraits, fs(a));
            }
          } else this.memberTraits = 0;
          if (o instanceof t) {
            let i = this.memberTraits;
            (Object.assign(this, o),
              (this.memberTraits = Object.assign(
                {},
                i,
                o.getMemberTraits(),
                this.getMemberTraits(),
              )),
              (this.normalizedTraits = void 0),
              (this.memberName = r ?? o.memberName));
            return;
          }
          if (
            ((this.schema = or(o)),
            jS(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`),
                (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(o)), (this.traits = 0)),
            this._isMemberSchema && !r)
          )
            throw new Error(
              `@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`,
            );
        }
        static [Symbol.hasInstance](e) {
          let r = this.prototype.isPrototypeOf(e);
          return !r && typeof e == "object" && e !== null
            ? e.symbol === this.symbol
            : r;
        }
        static of(e) {
          let r =
            typeof e == "function" || (typeof e == "object" && e !== null);
          if (typeof e == "number") {
            if (Zc[e]) return Zc[e];
          } else if (typeof e == "string") {
            if (eu[e]) return eu[e];
          } else if (r && e[Yc.ns]) return e[Yc.ns];
          let n = or(e);
          if (n instanceof t) return n;
          if (VS(n)) {
            let [o, i] = n;
            if (o instanceof t)
              return (Object.assign(o.getMergedTraits(), fs(i)), o);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          let s = new t(n);
          return r
            ? (e[Yc.ns] = s)
            : typeof n == "string"
              ? (eu[n] = s)
              : typeof n == "number"
                ? (Zc[n] = s)
                : s;
        }
        getSchema() {
          let e = this.schema;
          return Array.isArray(e) && e[0] === 0 ? e[4] : e;
        }
        getName(e = !1) {
          let { name: r } = this;
          return !e && r && r.includes("#") ? r.split("#")[1] : r || void 0;
        }
        getMemberName() {
          return this.memberName;
        }
        isMemberSchema() {
          return this._isMemberSchema;
        }
        isListSchema() {
          let e = this.getSchema();
          return typeof e == "number" ? e >= 64 && e < 128 : e[0] === 1;
        }
        isMapSchema() {
          let e = this.getSchema();
          return typeof e == "number" ? e >= 128 && e <= 255 : e[0] === 2;
        }
        isStructSchema() {
          let e = this.getSchema();
          if (typeof e != "object") return !1;
          let r = e[0];
          return r === 3 || r === -3 || r === 4;
        }
        isUnionSchema() {
          let e = this.getSchema();
          return typeof e != "object" ? !1 : e[0] === 4;
        }
        isBlobSchema() {
          let e = this.getSchema();
          return e === 21 || e === 42;
        }
        isTimestampSchema() {
          let e = this.getSchema();
          return typeof e == "number" && e >= 4 && e <= 7;
        }
        isUnitSchema() {
          return this.getSchema() === "unit";
        }
        isDocumentSchema() {
          return this.getSchema() === 15;
        }
        isStringSchema() {
          return this.getSchema() === 0;
        }
        isBooleanSchema() {
          return this.getSchema() === 2;
        }
        isNumericSchema() {
          return this.getSchema() === 1;
        }
        isBigIntegerSchema() {
          return this.getSchema() === 17;
        }
        isBigDecimalSchema() {
          return this.getSchema() === 19;
        }
        isStreaming() {
          let { streaming: e } = this.getMergedTraits();
          return !!e || this.getSchema() === 42;
        }
        isIdempotencyToken() {
          return !!this.getMergedTraits().idempotencyToken;
        }
        getMergedTraits() {
          return (
            this.normalizedTraits ??
            (this.normalizedTraits = {
              ...this.getOwnTraits(),
              ...this.getMemberTraits(),
            })
          );
        }
        getMemberTraits() {
          return fs(this.memberTraits);
        }
        getOwnTraits() {
          return fs(this.traits);
        }
        getKeySchema() {
          let [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(
              `@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`,
            );
          let n = this.getSchema(),
            s = e ? 15 : (n[4] ?? 0);
          return Qc([s, 0], "key");
        }
        getValueSchema() {
          let e = this.getSchema(),
            [r, n, s] = [
              this.isDocumentSchema(),
              this.isMapSchema(),
              this.isListSchema(),
            ],
            o =
              typeof e == "number"
                ? 63 & e
                : e && typeof e == "object" && (n || s)
                  ? e[3 + e[0]]
                  : r
                    ? 15
                    : void 0;
          if (o != null) return Qc([o, 0], n ? "value" : "member");
          throw new Error(
            `@smithy/core/schema - ${this.getName(!0)} has no value member.`,
          );
        }
        getMemberSchema(e) {
          let r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            let n = r[4].indexOf(e),
              s = r[5][n];
            return Qc(VS(s) ? s : [s, 0], e);
          }
          if (this.isDocumentSchema()) return Qc([15, 0], e);
          throw new Error(
            `@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`,
          );
        }
        getMemberSchemas() {
          let e = {};
          try {
            for (let [r, n] of this.structIterator()) e[r] = n;
          } catch {}
          return e;
        }
        getEventStreamMember() {
          if (this.isStructSchema()) {
            for (let [e, r] of this.structIterator())
              if (r.isStreaming() && r.isStructSchema()) return e;
          }
          return "";
        }
        *structIterator() {
          if (this.isUnitSchema()) return;
          if (!this.isStructSchema())
            throw new Error(
              "@smithy/core/schema - cannot iterate non-struct schema.",
            );
          let e = this.getSchema(),
            r = e[4].length,
            n = e[Yc.it];
          if (n && r === n.length) {
            yield* n;
            return;
          }
          n = Array(r);
          for (let s = 0; s < r; ++s) {
            let o = e[4][s],
              i = Qc([e[5][s], 0], o);
            yield (n[s] = [o, i]);
          }
          e[Yc.it] = n;
        }
      }));
    ((VS = (t) => Array.isArray(t) && t.length === 2),
      (jS = (t) => Array.isArray(t) && t.length >= 5));
  });
var Ji,
  CA,
  RA,
  OA = d(() => {
    Gs();
    ((Ji = class t extends Ce {
      static symbol = Symbol.for("@smithy/sim");
      schemaRef;
      symbol = t.symbol;
    }),
      (CA = (t, e, r, n) =>
        Ce.assign(new Ji(), {
          name: e,
          namespace: t,
          traits: n,
          schemaRef: r,
        })),
      (RA = (t, e, r, n) =>
        Ce.assign(new Ji(), {
          name: e,
          namespace: t,
          traits: r,
          schemaRef: n,
        })));
  });
var DA,
  NA = d(() => {
    DA = {
      BLOB: 21,
      STREAMING_BLOB: 42,
      BOOLEAN: 2,
      STRING: 0,
      NUMERIC: 1,
      BIG_INTEGER: 17,
      BIG_DECIMAL: 19,
      DOCUMENT: 15,
      TIMESTAMP_DEFAULT: 4,
      TIMESTAMP_DATE_TIME: 5,
      TIMESTAMP_HTTP_DATE: 6,
      TIMESTAMP_EPOCH_SECONDS: 7,
      LIST_MODIFIER: 64,
      MAP_MODIFIER: 128,
    };
  });
var fe,
  PA = d(() => {
    fe = class t {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(e, r = new Map(), n = new Map()) {
        ((this.namespace = e),
          (this.schemas = r),
          (this.exceptions = n),
          t.registries.has(e) || t.registries.set(e, this));
      }
      static for(e) {
        return t.registries.get(e) ?? new t(e);
      }
      copyFrom(e) {
        let { schemas: r, exceptions: n } = this;
        for (let [s, o] of e.schemas) r.has(s) || r.set(s, o);
        for (let [s, o] of e.exceptions) n.has(s) || n.set(s, o);
      }
      register(e, r) {
        let n = this.normalizeShapeId(e);
        for (let s of [this, t.for(n.split("#")[0])])
          s.schemas.has(n) || s.schemas.set(n, r);
      }
      getSchema(e) {
        let r = this.normalizeShapeId(e);
        if (!this.schemas.has(r)) {
          if (!e.includes("#")) {
            let n = "#" + e,
              s = [];
            for (let [o, i] of this.schemas.entries())
              o.endsWith(n) && s.push(i);
            if (s.length === 1) return s[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(e, r) {
        let n = e,
          s = n[1],
          o = s + "#" + n[2];
        r.hasOwnProperty?.("shapeId") || (r.shapeId = o);
        for (let i of [this, t.for(s)])
          !i.schemas.has(o) &&
            !i.exceptions.has(n) &&
            (i.schemas.set(o, n), i.exceptions.set(n, r));
      }
      getErrorCtor(e) {
        let r = e;
        return this.exceptions.has(r)
          ? this.exceptions.get(r)
          : t.for(r[1]).exceptions.get(r);
      }
      getBaseException() {
        for (let e of this.exceptions.keys())
          if (Array.isArray(e)) {
            let [, r, n] = e,
              s = r + "#" + n;
            if (
              s.startsWith("smithy.ts.sdk.synthetic.") &&
              s.endsWith("ServiceException")
            )
              return e;
          }
      }
      find(e) {
        for (let r of this.schemas.values()) if (e(r)) return r;
      }
      clear() {
        (this.schemas.clear(), this.exceptions.clear());
      }
      normalizeShapeId(e) {
        return e.includes("#") ? e : this.namespace + "#" + e;
      }
    };
  });
var zS = {};
oe(zS, {
  ErrorSchema: () => Xc,
  ListSchema: () => qc,
  MapSchema: () => Wc,
  NormalizedSchema: () => _,
  OperationSchema: () => Kc,
  SCHEMA: () => DA,
  Schema: () => Ce,
  SimpleSchema: () => Ji,
  StructureSchema: () => Wo,
  TypeRegistry: () => fe,
  deref: () => or,
  deserializerMiddlewareOption: () => BS,
  error: () => _A,
  getSchemaSerdePlugin: () => pn,
  isStaticSchema: () => jS,
  list: () => SA,
  map: () => bA,
  op: () => wA,
  operation: () => Xi,
  serializerMiddlewareOption: () => FS,
  sim: () => CA,
  simAdapter: () => RA,
  simpleSchemaCacheN: () => Zc,
  simpleSchemaCacheS: () => eu,
  struct: () => IA,
  traitsCache: () => Jc,
  translateTraits: () => fs,
});
var K = d(() => {
  LS();
  yA();
  EA();
  xA();
  vA();
  Qp();
  TA();
  AA();
  Gs();
  OA();
  GS();
  NA();
  HS();
  PA();
});
function Hs(t, e) {
  if (e == null) return e;
  let r = _.of(t);
  if (r.getMergedTraits().sensitive) return qS;
  if (r.isListSchema()) {
    let n = r.getValueSchema();
    if (n.getMergedTraits().sensitive) return qS;
    if (Array.isArray(e)) return e.map((s) => Hs(n, s));
  } else if (r.isMapSchema()) {
    let n = r.getValueSchema();
    if (
      r.getKeySchema().getMergedTraits().sensitive ||
      n.getMergedTraits().sensitive
    )
      return qS;
    if (typeof e == "object")
      return Object.fromEntries(
        Object.entries(e).map(([s, o]) => [s, Hs(n, o)]),
      );
  } else if (r.isStructSchema() && typeof e == "object") {
    let n = e,
      s = {};
    for (let [o, i] of r.structIterator()) n[o] != null && (s[o] = Hs(i, n[o]));
    return s;
  }
  return e;
}
var qS,
  WS = d(() => {
    K();
    qS = "***SensitiveInformation***";
  });
var KS,
  kA,
  St,
  XS,
  JS = d(() => {
    KS = Se(sr());
    Xp();
    WS();
    K();
    ((kA = Symbol.for("@smithy/op-event-stream")),
      (St = class {
        middlewareStack = Fs();
        schema;
        static classBuilder() {
          return new XS();
        }
        resolveMiddlewareWithContext(
          e,
          r,
          n,
          {
            middlewareFn: s,
            clientName: o,
            commandName: i,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: u,
            additionalContext: l,
            CommandCtor: p,
          },
        ) {
          for (let A of s.bind(this)(p, e, r, n)) this.middlewareStack.use(A);
          let h = e.concat(this.middlewareStack),
            { logger: g } = r,
            y = l[KS.SMITHY_CONTEXT_KEY],
            E = {
              logger: g,
              clientName: o,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [KS.SMITHY_CONTEXT_KEY]: {
                ...y,
                commandInstance: this,
                ...u,
                ...(n?.metricsRecorder === void 0
                  ? {}
                  : { metricsRecorder: n.metricsRecorder }),
                ...(n?.abortSignal === void 0
                  ? {}
                  : { abortSignal: n.abortSignal }),
              },
            },
            { requestHandler: S } = r,
            b = n ?? {};
          b.metricsRecorder && ((b = { ...b }), delete b.metricsRecorder);
          let w,
            I = this.schema,
            v = I?.[kA];
          if (v !== void 0) w = v;
          else if (I && Array.isArray(I) && I[0] === 9) {
            let [, , , , A, V] = I;
            w = I[kA] = !!(
              _.of(A).getEventStreamMember() || _.of(V).getEventStreamMember()
            );
          }
          return (
            w && (b = { isEventStream: w, ...b }),
            h.resolve((A) => S.handle(A.request, b), E)
          );
        }
      }),
      (XS = class {
        _init = () => {};
        _ep = {};
        _middlewareFn = () => [];
        _commandName = "";
        _clientName = "";
        _additionalContext = {};
        _smithyContext = {};
        _inputFilterSensitiveLog = void 0;
        _outputFilterSensitiveLog = void 0;
        _serializer = null;
        _deserializer = null;
        _operationSchema;
        init(e) {
          this._init = e;
        }
        ep(e) {
          return ((this._ep = e), this);
        }
        m(e) {
          return ((this._middlewareFn = e), this);
        }
        s(e, r, n = {}) {
          return (
            (this._smithyContext = { service: e, operation: r, ...n }),
            this
          );
        }
        c(e = {}) {
          return ((this._additionalContext = e), this);
        }
        n(e, r) {
          return ((this._clientName = e), (this._commandName = r), this);
        }
        f(e = (n) => n, r = (n) => n) {
          return (
            (this._inputFilterSensitiveLog = e),
            (this._outputFilterSensitiveLog = r),
            this
          );
        }
        ser(e) {
          return ((this._serializer = e), this);
        }
        de(e) {
          return ((this._deserializer = e), this);
        }
        sc(e) {
          return (
            (this._operationSchema = e),
            (this._smithyContext.operationSchema = e),
            this
          );
        }
        build() {
          let e = this,
            r;
          return (r = class extends St {
            input;
            static getEndpointParameterInstructions() {
              return e._ep;
            }
            constructor(...[n]) {
              (super(),
                (this.input = n ?? {}),
                e._init(this),
                (this.schema = e._operationSchema));
            }
            resolveMiddleware(n, s, o) {
              let i = e._operationSchema,
                a = i?.[4] ?? i?.input,
                c = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(n, s, o, {
                CommandCtor: r,
                middlewareFn: e._middlewareFn,
                clientName: e._clientName,
                commandName: e._commandName,
                inputFilterSensitiveLog:
                  e._inputFilterSensitiveLog ??
                  (i ? Hs.bind(null, a) : (u) => u),
                outputFilterSensitiveLog:
                  e._outputFilterSensitiveLog ??
                  (i ? Hs.bind(null, c) : (u) => u),
                smithyContext: e._smithyContext,
                additionalContext: e._additionalContext,
              });
            }
            serialize = e._serializer;
            deserialize = e._deserializer;
          });
        }
      }));
  });
var MA,
  $A = d(() => {
    MA = "***SensitiveInformation***";
  });
var fn,
  LA = d(() => {
    fn = (t, e, r) => {
      for (let [o, i] of Object.entries(t)) {
        let a = async function (u, l, p) {
            let h = new i(u);
            if (typeof l == "function") this.send(h, l);
            else if (typeof p == "function") {
              if (typeof l != "object")
                throw new Error(`Expected http options but got ${typeof l}`);
              this.send(h, l || {}, p);
            } else return this.send(h, l);
          },
          c = (o[0].toLowerCase() + o.slice(1)).replace(/Command$/, "");
        e.prototype[c] = a;
      }
      let { paginators: n = {}, waiters: s = {} } = r ?? {};
      for (let [o, i] of Object.entries(n))
        e.prototype[o] === void 0 &&
          (e.prototype[o] = function (a = {}, c, ...u) {
            return i({ ...c, client: this }, a, ...u);
          });
      for (let [o, i] of Object.entries(s))
        e.prototype[o] === void 0 &&
          (e.prototype[o] = async function (a = {}, c, ...u) {
            let l = c;
            return (
              typeof c == "number" && (l = { maxWaitTime: c }),
              i({ ...l, client: this }, a, ...u)
            );
          });
    };
  });
var ir,
  Ko,
  YS = d(() => {
    ((ir = class t extends Error {
      static shapeId =
        "smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(e) {
        (super(e.message),
          Object.setPrototypeOf(
            this,
            Object.getPrototypeOf(this).constructor.prototype,
          ),
          (this.name = e.name),
          (this.$fault = e.$fault),
          (this.$metadata = e.$metadata));
      }
      static isInstance(e) {
        if (!e) return !1;
        let r = e;
        return (
          t.prototype.isPrototypeOf(r) ||
          (!!r.$fault &&
            !!r.$metadata &&
            (r.$fault === "client" || r.$fault === "server"))
        );
      }
      static [Symbol.hasInstance](e) {
        if (!e) return !1;
        let r = e;
        if (this === t) return t.isInstance(e);
        if (t.isInstance(e)) {
          if (this.prototype.isPrototypeOf(e)) return !0;
          let n = Object.prototype.hasOwnProperty.call(this, "shapeId")
              ? this.shapeId
              : void 0,
            s = !1;
          if (n) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype;) {
              let a = i.constructor,
                c =
                  a !== t && Object.prototype.hasOwnProperty.call(a, "shapeId")
                    ? a?.shapeId
                    : void 0;
              if (c && ((s = !0), c === n)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (n && s) return !1;
          let o = this.name;
          if (o && o.length >= 6) {
            if (r.name === o) return !0;
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype;) {
              let a = i.constructor?.name;
              if (a && a !== "Error" && a === o) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
        }
        return !1;
      }
    }),
      (Ko = (t, e = {}) => {
        Object.entries(e)
          .filter(([, n]) => n !== void 0)
          .forEach(([n, s]) => {
            (t[n] == null || t[n] === "") && (t[n] = s);
          });
        let r = t.message || t.Message || "UnknownError";
        return ((t.message = r), delete t.Message, t);
      }));
  });
var QS,
  UA,
  k8,
  BA = d(() => {
    YS();
    ((QS = ({ output: t, parsedBody: e, exceptionCtor: r, errorCode: n }) => {
      let s = k8(t),
        o = s.httpStatusCode ? s.httpStatusCode + "" : void 0,
        i = new r({
          name: e?.code || e?.Code || n || o || "UnknownError",
          $fault: "client",
          $metadata: s,
        });
      throw Ko(i, e);
    }),
      (UA =
        (t) =>
        ({ output: e, parsedBody: r, errorCode: n }) => {
          QS({ output: e, parsedBody: r, exceptionCtor: t, errorCode: n });
        }),
      (k8 = (t) => ({
        httpStatusCode: t.statusCode,
        requestId:
          t.headers["x-amzn-requestid"] ??
          t.headers["x-amzn-request-id"] ??
          t.headers["x-amz-request-id"],
        extendedRequestId: t.headers["x-amz-id-2"],
        cfId: t.headers["x-amz-cf-id"],
      })));
  });
var dn,
  FA = d(() => {
    dn = (t) => {
      switch (t) {
        case "standard":
          return { retryMode: "standard", connectionTimeout: 3100 };
        case "in-region":
          return { retryMode: "standard", connectionTimeout: 1100 };
        case "cross-region":
          return { retryMode: "standard", connectionTimeout: 3100 };
        case "mobile":
          return { retryMode: "standard", connectionTimeout: 3e4 };
        default:
          return {};
      }
    };
  });
var GA,
  mn,
  HA = d(() => {
    ((GA = !1),
      (mn = (t) => {
        t && !GA && parseInt(t.substring(1, t.indexOf("."))) < 16 && (GA = !0);
      }));
  });
var Xo,
  VA,
  Zp,
  ef,
  ZS = d(() => {
    F();
    ((Xo = Se(sr())),
      (VA = Object.values(Xo.AlgorithmId)),
      (Zp = (t) => {
        let e = [];
        for (let r in Xo.AlgorithmId) {
          if (!T(Xo.AlgorithmId, r)) continue;
          let n = Xo.AlgorithmId[r];
          t[n] !== void 0 &&
            e.push({ algorithmId: () => n, checksumConstructor: () => t[n] });
        }
        for (let [r, n] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => n });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            let n = r.algorithmId(),
              s = r.checksumConstructor();
            (VA.includes(n)
              ? (t.checksumAlgorithms[n.toUpperCase()] = s)
              : (t.checksumAlgorithms[n] = s),
              e.push(r));
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (ef = (t) => {
        let e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            let n = r.algorithmId();
            VA.includes(n) && (e[n] = r.checksumConstructor());
          }),
          e
        );
      }));
  });
var tf,
  rf,
  eE = d(() => {
    ((tf = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (rf = (t) => {
        let e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      }));
  });
var Ar,
  jA,
  hn,
  zA = d(() => {
    ZS();
    eE();
    ((Ar = (t) => Object.assign(Zp(t), tf(t))),
      (jA = Ar),
      (hn = (t) => Object.assign(ef(t), rf(t))));
  });
var qA,
  WA = d(() => {
    qA = (t) => (Array.isArray(t) ? t : [t]);
  });
var Jo,
  KA = d(() => {
    F();
    Jo = (t) => {
      let e = "#text";
      for (let r in t)
        T(t, r) &&
          (t[r][e] !== void 0
            ? (t[r] = t[r][e])
            : typeof t[r] == "object" && t[r] !== null && (t[r] = Jo(t[r])));
      return t;
    };
  });
var XA,
  JA = d(() => {
    XA = (t) => t != null;
  });
var Ct,
  YA = d(() => {
    Ct = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function tE(t, e, r) {
  let n, s, o;
  if (typeof e > "u" && typeof r > "u") ((n = {}), (o = t));
  else {
    if (((n = t), typeof e == "function"))
      return ((s = e), (o = r), M8(n, s, o));
    o = e;
  }
  for (let i in o)
    if (T(o, i)) {
      if (!Array.isArray(o[i])) {
        n[i] = o[i];
        continue;
      }
      eC(n, null, o, i);
    }
  return n;
}
var QA,
  ZA,
  M8,
  eC,
  $8,
  L8,
  tC = d(() => {
    F();
    ((QA = (t) => {
      let e = {};
      for (let [r, n] of Object.entries(t || {})) e[r] = [, n];
      return e;
    }),
      (ZA = (t, e) => {
        let r = {};
        for (let n in e) T(e, n) && eC(r, t, e, n);
        return r;
      }),
      (M8 = (t, e, r) =>
        tE(
          t,
          Object.entries(r).reduce(
            (n, [s, o]) => (
              Array.isArray(o)
                ? (n[s] = o)
                : typeof o == "function"
                  ? (n[s] = [e, o()])
                  : (n[s] = [e, o]),
              n
            ),
            {},
          ),
        )),
      (eC = (t, e, r, n) => {
        if (e !== null) {
          let i = r[n];
          typeof i == "function" && (i = [, i]);
          let [a = $8, c = L8, u = n] = i;
          ((typeof a == "function" && a(e[u])) ||
            (typeof a != "function" && a)) &&
            (t[n] = c(e[u]));
          return;
        }
        let [s, o] = r[n];
        if (typeof o == "function") {
          let i,
            a = s === void 0 && (i = o()) != null,
            c =
              (typeof s == "function" && !!s(void 0)) ||
              (typeof s != "function" && !!s);
          a ? (t[n] = i) : c && (t[n] = o());
        } else {
          let i = s === void 0 && o != null,
            a =
              (typeof s == "function" && !!s(o)) ||
              (typeof s != "function" && !!s);
          (i || a) && (t[n] = o);
        }
      }),
      ($8 = (t) => t != null),
      (L8 = (t) => t));
  });
var rC,
  nC,
  sC = d(() => {
    ((rC = (t) => {
      if (t !== t) return "NaN";
      switch (t) {
        case 1 / 0:
          return "Infinity";
        case -1 / 0:
          return "-Infinity";
        default:
          return t;
      }
    }),
      (nC = (t) => t.toISOString().replace(".000Z", "Z")));
  });
var nf,
  oC = d(() => {
    F();
    nf = (t) => {
      if (t == null) return {};
      if (Array.isArray(t)) return t.filter((e) => e != null).map(nf);
      if (typeof t == "object") {
        let e = {};
        for (let r in t) T(t, r) && t[r] != null && (e[r] = nf(t[r]));
        return e;
      }
      return t;
    };
  });
function gn(t, e, r, n) {
  return function (o, i, a, c, u = {}) {
    let l = Object.assign({}, t, o);
    return St.classBuilder()
      .ep(l)
      .m(function (p, h, g, y) {
        let E = i.call(this, p, h, g, y);
        return (E.unshift(n(g, p.getEndpointParameterInstructions())), E);
      })
      .s(e, a, u)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + "Command")
      .sc(c)
      .build();
  };
}
var iC = d(() => {
  JS();
});
var sf = {};
oe(sf, {
  AlgorithmId: () => Xo.AlgorithmId,
  Client: () => pt,
  Command: () => St,
  NoOpLogger: () => Ct,
  SENSITIVE_STRING: () => MA,
  ServiceException: () => ir,
  WaiterState: () => zt,
  _json: () => nf,
  checkExceptions: () => sA,
  constructStack: () => Fs,
  convertMap: () => QA,
  createAggregatedClient: () => fn,
  createWaiter: () => lA,
  decorateServiceException: () => Ko,
  emitWarningIfUnsupportedVersion: () => mn,
  getArrayIfSingleItem: () => qA,
  getChecksumConfiguration: () => Zp,
  getDefaultClientConfiguration: () => jA,
  getDefaultExtensionConfiguration: () => Ar,
  getRetryConfiguration: () => tf,
  getSmithyContext: () => be,
  getValueFromTextNode: () => Jo,
  invalidFunction: () => QT,
  invalidProvider: () => eA,
  isSerializableHeaderValue: () => XA,
  loadConfigsForDefaultMode: () => dn,
  makeBuilder: () => gn,
  map: () => tE,
  normalizeProvider: () => ue,
  resolveChecksumRuntimeConfig: () => ef,
  resolveDefaultRuntimeConfig: () => hn,
  resolveRetryRuntimeConfig: () => rf,
  schemaLogFilter: () => Hs,
  serializeDateTime: () => nC,
  serializeFloat: () => rC,
  take: () => ZA,
  throwDefaultError: () => QS,
  waiterServiceDefaults: () => Jp,
  withBaseException: () => UA,
});
var L = d(() => {
  Xp();
  F();
  F();
  ZT();
  tA();
  pA();
  Yp();
  fA();
  JS();
  $A();
  LA();
  BA();
  FA();
  HA();
  YS();
  zA();
  ZS();
  eE();
  WA();
  KA();
  JA();
  YA();
  tC();
  WS();
  sC();
  oC();
  iC();
});
function Yo(t) {
  return rE.includes(t);
}
var Yi,
  rE,
  of = d(() => {
    ((Yi = "preferred"), (rE = ["disabled", "preferred", "required"]));
  });
var aC,
  cC = d(() => {
    L();
    of();
    aC = (t) => {
      let { accountIdEndpointMode: e } = t,
        r = ue(e ?? Yi);
      return Object.assign(t, {
        accountIdEndpointMode: async () => {
          let n = await r();
          if (!Yo(n))
            throw new Error(
              `Invalid value for accountIdEndpointMode: ${n}. Valid values are: "required", "preferred", "disabled".`,
            );
          return n;
        },
      });
    };
  });
var uC,
  lC,
  nE,
  sE,
  pC,
  fC = d(() => {
    of();
    ((uC = "Invalid AccountIdEndpointMode value"),
      (lC = (t) => {
        throw new Error(t);
      }),
      (nE = "AWS_ACCOUNT_ID_ENDPOINT_MODE"),
      (sE = "account_id_endpoint_mode"),
      (pC = {
        environmentVariableSelector: (t) => {
          let e = t[nE];
          return (e && !Yo(e) && lC(uC), e);
        },
        configFileSelector: (t) => {
          let e = t[sE];
          return (e && !Yo(e) && lC(uC), e);
        },
        default: Yi,
      }));
  });
var dC = {};
oe(dC, {
  ACCOUNT_ID_ENDPOINT_MODE_VALUES: () => rE,
  CONFIG_ACCOUNT_ID_ENDPOINT_MODE: () => sE,
  DEFAULT_ACCOUNT_ID_ENDPOINT_MODE: () => Yi,
  ENV_ACCOUNT_ID_ENDPOINT_MODE: () => nE,
  NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: () => pC,
  resolveAccountIdEndpointModeConfig: () => aC,
  validateAccountIdEndpointMode: () => Yo,
});
var mC = d(() => {
  cC();
  of();
  fC();
});
var tu,
  yn,
  hC = d(() => {
    ((tu = { warningEmitted: !1 }),
      (yn = (t) => {
        if (t && !tu.warningEmitted) {
          if (
            process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ===
            "true"
          ) {
            tu.warningEmitted = !0;
            return;
          }
          let e = parseInt(t.substring(1, t.indexOf("."))),
            r = 22;
          e < r &&
            ((tu.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      }));
  });
var U8,
  B8,
  gC,
  yC = d(() => {
    ((U8 = () => (t, e) => async (r) => ((e.__retryLongPoll = !0), t(r))),
      (B8 = {
        name: "longPollMiddleware",
        tags: ["RETRY"],
        step: "initialize",
        override: !0,
      }),
      (gC = (t) => ({
        applyToStack: (e) => {
          e.add(U8(), B8);
        },
      })));
  });
function Vs(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var SC = d(() => {});
function ar(t, e, r) {
  (t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r));
}
var oE = d(() => {});
function EC(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var bC = d(() => {});
var F8,
  Sn,
  xC = d(() => {
    ((F8 = () =>
      typeof process == "object" &&
      process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true"),
      (Sn = (t, e) => {
        if (F8() && typeof t?.handle != "function") return e;
      }));
  });
var af,
  iE = d(() => {
    af = (t) =>
      (typeof ArrayBuffer == "function" && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === "[object ArrayBuffer]";
  });
var Cr,
  js,
  zs = d(() => {
    iE();
    ((Cr = (t, e = 0, r = t.byteLength - e) => {
      if (!af(t))
        throw new TypeError(
          `The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`,
        );
      return Buffer.from(t, e, r);
    }),
      (js = (t, e) => {
        if (typeof t != "string")
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      }));
  });
var G8,
  Re,
  wC = d(() => {
    zs();
    ((G8 = /^[A-Za-z0-9+/]*={0,2}$/),
      (Re = (t) => {
        if ((t.length * 3) % 4 !== 0)
          throw new TypeError("Incorrect padding on base64 string.");
        if (!G8.exec(t)) throw new TypeError("Invalid base64 string.");
        let e = js(t, "base64");
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      }));
  });
var Fe,
  cf = d(() => {
    zs();
    Fe = (t) => {
      let e = js(t, "utf8");
      return new Uint8Array(
        e.buffer,
        e.byteOffset,
        e.byteLength / Uint8Array.BYTES_PER_ELEMENT,
      );
    };
  });
var xe,
  aE = d(() => {
    zs();
    cf();
    xe = (t) => {
      let e;
      if (
        (typeof t == "string" ? (e = Fe(t)) : (e = t),
        typeof e != "object" ||
          typeof e.byteOffset != "number" ||
          typeof e.byteLength != "number")
      )
        throw new Error(
          "@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.",
        );
      return Cr(e.buffer, e.byteOffset, e.byteLength).toString("base64");
    };
  });
function vC(t, e, r, n) {
  return class uf extends Uint8Array {
    static fromString(o, i = "utf-8") {
      if (typeof o == "string")
        return i === "base64" ? uf.mutate(n(o)) : uf.mutate(e(o));
      throw new Error(
        `Unsupported conversion from ${typeof o} to Uint8ArrayBlobAdapter.`,
      );
    }
    static mutate(o) {
      return (Object.setPrototypeOf(o, uf.prototype), o);
    }
    transformToString(o = "utf-8") {
      return o === "base64" ? r(this) : t(this);
    }
  };
}
var IC = d(() => {});
var we,
  _C = d(() => {
    zs();
    we = (t) => {
      if (typeof t == "string") return t;
      if (
        typeof t != "object" ||
        typeof t.byteOffset != "number" ||
        typeof t.byteLength != "number"
      )
        throw new Error(
          "@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.",
        );
      return Cr(t.buffer, t.byteOffset, t.byteLength).toString("utf8");
    };
  });
function TC(t) {
  return typeof crypto < "u" && typeof crypto.randomUUID == "function"
    ? () => crypto.randomUUID()
    : () => {
        let e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          ft[e[0]] +
            ft[e[1]] +
            ft[e[2]] +
            ft[e[3]] +
            "-" +
            ft[e[4]] +
            ft[e[5]] +
            "-" +
            ft[e[6]] +
            ft[e[7]] +
            "-" +
            ft[e[8]] +
            ft[e[9]] +
            "-" +
            ft[e[10]] +
            ft[e[11]] +
            ft[e[12]] +
            ft[e[13]] +
            ft[e[14]] +
            ft[e[15]]
        );
      };
}
var ft,
  AC = d(() => {
    ft = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, "0"));
  });
var CC,
  RC = d(() => {
    CC = (t, e, r = (n) => n) => t;
  });
var OC,
  DC,
  Qi,
  H8,
  ru,
  Zi,
  NC,
  lf,
  pf,
  ff,
  cE,
  V8,
  PC,
  uE,
  kC,
  mf,
  nu,
  MC,
  hf,
  j8,
  ta,
  gf,
  $C,
  LC,
  UC,
  BC,
  lE,
  FC,
  GC,
  qs,
  yf,
  df,
  ea,
  pE = d(() => {
    F();
    ((OC = (t) => {
      switch (t) {
        case "true":
          return !0;
        case "false":
          return !1;
        default:
          throw new Error(`Unable to parse boolean value "${t}"`);
      }
    }),
      (DC = (t) => {
        if (t != null) {
          if (typeof t == "number") {
            if (
              ((t === 0 || t === 1) &&
                ea.warn(df(`Expected boolean, got ${typeof t}: ${t}`)),
              t === 0)
            )
              return !1;
            if (t === 1) return !0;
          }
          if (typeof t == "string") {
            let e = t.toLowerCase();
            if (
              ((e === "false" || e === "true") &&
                ea.warn(df(`Expected boolean, got ${typeof t}: ${t}`)),
              e === "false")
            )
              return !1;
            if (e === "true") return !0;
          }
          if (typeof t == "boolean") return t;
          throw new TypeError(`Expected boolean, got ${typeof t}: ${t}`);
        }
      }),
      (Qi = (t) => {
        if (t != null) {
          if (typeof t == "string") {
            let e = parseFloat(t);
            if (!Number.isNaN(e))
              return (
                String(e) !== String(t) &&
                  ea.warn(df(`Expected number but observed string: ${t}`)),
                e
              );
          }
          if (typeof t == "number") return t;
          throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
        }
      }),
      (H8 = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (ru = (t) => {
        let e = Qi(t);
        if (
          e !== void 0 &&
          !Number.isNaN(e) &&
          e !== 1 / 0 &&
          e !== -1 / 0 &&
          Math.abs(e) > H8
        )
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (Zi = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (NC = Zi),
      (lf = (t) => cE(t, 32)),
      (pf = (t) => cE(t, 16)),
      (ff = (t) => cE(t, 8)),
      (cE = (t, e) => {
        let r = Zi(t);
        if (r !== void 0 && V8(r, e) !== r)
          throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (V8 = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (PC = (t, e) => {
        if (t == null)
          throw e
            ? new TypeError(`Expected a non-null value for ${e}`)
            : new TypeError("Expected a non-null value");
        return t;
      }),
      (uE = (t) => {
        if (t == null) return;
        if (typeof t == "object" && !Array.isArray(t)) return t;
        let e = Array.isArray(t) ? "array" : typeof t;
        throw new TypeError(`Expected object, got ${e}: ${t}`);
      }),
      (kC = (t) => {
        if (t != null) {
          if (typeof t == "string") return t;
          if (["boolean", "number", "bigint"].includes(typeof t))
            return (
              ea.warn(df(`Expected string, got ${typeof t}: ${t}`)),
              String(t)
            );
          throw new TypeError(`Expected string, got ${typeof t}: ${t}`);
        }
      }),
      (mf = (t) => {
        if (t == null) return;
        let e = uE(t),
          r = [];
        for (let n in e) T(e, n) && e[n] != null && r.push(n);
        if (r.length === 0)
          throw new TypeError(
            "Unions must have exactly one non-null member. None were found.",
          );
        if (r.length > 1)
          throw new TypeError(
            `Unions must have exactly one non-null member. Keys ${r} were not null.`,
          );
        return e;
      }),
      (nu = (t) => Qi(typeof t == "string" ? ta(t) : t)),
      (MC = nu),
      (hf = (t) => ru(typeof t == "string" ? ta(t) : t)),
      (j8 =
        /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (ta = (t) => {
        let e = t.match(j8);
        if (e === null || e[0].length !== t.length)
          throw new TypeError("Expected real number, got implicit NaN");
        return parseFloat(t);
      }),
      (gf = (t) => (typeof t == "string" ? BC(t) : Qi(t))),
      ($C = gf),
      (LC = gf),
      (UC = (t) => (typeof t == "string" ? BC(t) : ru(t))),
      (BC = (t) => {
        switch (t) {
          case "NaN":
            return NaN;
          case "Infinity":
            return 1 / 0;
          case "-Infinity":
            return -1 / 0;
          default:
            throw new Error(`Unable to parse float value: ${t}`);
        }
      }),
      (lE = (t) => Zi(typeof t == "string" ? ta(t) : t)),
      (FC = lE),
      (GC = (t) => lf(typeof t == "string" ? ta(t) : t)),
      (qs = (t) => pf(typeof t == "string" ? ta(t) : t)),
      (yf = (t) => ff(typeof t == "string" ? ta(t) : t)),
      (df = (t) =>
        String(new TypeError(t).stack || t)
          .split(
            `
`,
          )
          .slice(0, 5)
          .filter((e) => !e.includes("stackTraceWarning")).join(`
`)),
      (ea = { warn: console.warn }));
  });
function qt(t) {
  let e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    n = t.getUTCDay(),
    s = t.getUTCDate(),
    o = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = s < 10 ? `0${s}` : `${s}`,
    u = o < 10 ? `0${o}` : `${o}`,
    l = i < 10 ? `0${i}` : `${i}`,
    p = a < 10 ? `0${a}` : `${a}`;
  return `${z8[n]}, ${c} ${dE[r]} ${e} ${u}:${l}:${p} GMT`;
}
var z8,
  dE,
  q8,
  HC,
  W8,
  na,
  K8,
  X8,
  J8,
  Ws,
  sa,
  su,
  Y8,
  Q8,
  Z8,
  fE,
  eK,
  tK,
  rK,
  En,
  nK,
  sK,
  ra,
  VC = d(() => {
    pE();
    ((z8 = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
      (dE = [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
      ]));
    ((q8 = new RegExp(
      /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/,
    )),
      (HC = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-3339 date-times must be expressed as strings",
          );
        let e = q8.exec(t);
        if (!e) throw new TypeError("Invalid RFC-3339 date-time value");
        let [r, n, s, o, i, a, c, u] = e,
          l = qs(ra(n)),
          p = En(s, "month", 1, 12),
          h = En(o, "day", 1, 31);
        return su(l, p, h, {
          hours: i,
          minutes: a,
          seconds: c,
          fractionalMilliseconds: u,
        });
      }),
      (W8 = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (na = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-3339 date-times must be expressed as strings",
          );
        let e = W8.exec(t);
        if (!e) throw new TypeError("Invalid RFC-3339 date-time value");
        let [r, n, s, o, i, a, c, u, l] = e,
          p = qs(ra(n)),
          h = En(s, "month", 1, 12),
          g = En(o, "day", 1, 31),
          y = su(p, h, g, {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        return (l.toUpperCase() != "Z" && y.setTime(y.getTime() - sK(l)), y);
      }),
      (K8 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (X8 = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (J8 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (Ws = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-7231 date-times must be expressed as strings",
          );
        let e = K8.exec(t);
        if (e) {
          let [r, n, s, o, i, a, c, u] = e;
          return su(qs(ra(o)), fE(s), En(n, "day", 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((e = X8.exec(t)), e)) {
          let [r, n, s, o, i, a, c, u] = e;
          return Z8(
            su(Y8(o), fE(s), En(n, "day", 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((e = J8.exec(t)), e)) {
          let [r, n, s, o, i, a, c, u] = e;
          return su(qs(ra(u)), fE(n), En(s.trimLeft(), "day", 1, 31), {
            hours: o,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError("Invalid RFC-7231 date-time value");
      }),
      (sa = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == "number") e = t;
        else if (typeof t == "string") e = nu(t);
        else if (typeof t == "object" && t.tag === 1) e = t.value;
        else
          throw new TypeError(
            "Epoch timestamps must be expressed as floating point numbers or their string representation",
          );
        if (Number.isNaN(e) || e === 1 / 0 || e === -1 / 0)
          throw new TypeError(
            "Epoch timestamps must be valid, non-Infinite, non-NaN numerics",
          );
        return new Date(Math.round(e * 1e3));
      }),
      (su = (t, e, r, n) => {
        let s = e - 1;
        return (
          tK(t, s, r),
          new Date(
            Date.UTC(
              t,
              s,
              r,
              En(n.hours, "hour", 0, 23),
              En(n.minutes, "minute", 0, 59),
              En(n.seconds, "seconds", 0, 60),
              nK(n.fractionalMilliseconds),
            ),
          )
        );
      }),
      (Y8 = (t) => {
        let e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + qs(ra(t));
        return r < e ? r + 100 : r;
      }),
      (Q8 = 50 * 365 * 24 * 60 * 60 * 1e3),
      (Z8 = (t) =>
        t.getTime() - new Date().getTime() > Q8
          ? new Date(
              Date.UTC(
                t.getUTCFullYear() - 100,
                t.getUTCMonth(),
                t.getUTCDate(),
                t.getUTCHours(),
                t.getUTCMinutes(),
                t.getUTCSeconds(),
                t.getUTCMilliseconds(),
              ),
            )
          : t),
      (fE = (t) => {
        let e = dE.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (eK = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (tK = (t, e, r) => {
        let n = eK[e];
        if ((e === 1 && rK(t) && (n = 29), r > n))
          throw new TypeError(`Invalid day for ${dE[e]} in ${t}: ${r}`);
      }),
      (rK = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (En = (t, e, r, n) => {
        let s = yf(ra(t));
        if (s < r || s > n)
          throw new TypeError(`${e} must be between ${r} and ${n}, inclusive`);
        return s;
      }),
      (nK = (t) => (t == null ? 0 : hf("0." + t) * 1e3)),
      (sK = (t) => {
        let e = t[0],
          r = 1;
        if (e == "+") r = 1;
        else if (e == "-") r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        let n = Number(t.substring(1, 3)),
          s = Number(t.substring(4, 6));
        return r * (n * 60 + s) * 60 * 1e3;
      }),
      (ra = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === "0";) e++;
        return e === 0 ? t : t.slice(e);
      }));
  });
var $e,
  jC = d(() => {
    $e = function (e) {
      return Object.assign(new String(e), {
        deserializeJSON() {
          return JSON.parse(String(e));
        },
        toString() {
          return String(e);
        },
        toJSON() {
          return String(e);
        },
      });
    };
    $e.from = (t) =>
      t && typeof t == "object" && (t instanceof $e || "deserializeJSON" in t)
        ? t
        : typeof t == "string" || Object.getPrototypeOf(t) === String.prototype
          ? $e(String(t))
          : $e(JSON.stringify(t));
    $e.fromObject = $e.from;
  });
function Sf(t) {
  return (
    (t.includes(",") || t.includes('"')) &&
      (t = `"${t.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`),
    t
  );
}
var zC = d(() => {});
function ds(t, e, r) {
  let n = Number(t);
  if (n < e || n > r) throw new Error(`Value ${n} out of range [${e}, ${r}]`);
}
var mE,
  hE,
  gE,
  qC,
  WC,
  oK,
  iK,
  aK,
  cK,
  uK,
  lK,
  Ks,
  Ef,
  bf,
  KC = d(() => {
    ((mE = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?"),
      (hE = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
      (gE = "(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"),
      (qC = "(\\d?\\d)"),
      (WC = "(\\d{4})"),
      (oK = new RegExp(
        /^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/,
      )),
      (iK =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (aK = new RegExp(`^${mE}, ${qC} ${hE} ${WC} ${gE} GMT$`)),
      (cK = new RegExp(`^${mE}, ${qC}-${hE}-(\\d\\d) ${gE} GMT$`)),
      (uK = new RegExp(`^${mE} ${hE} ( [1-9]|\\d\\d) ${gE} ${WC}$`)),
      (lK = [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
      ]),
      (Ks = (t) => {
        if (t == null) return;
        let e = NaN;
        if (typeof t == "number") e = t;
        else if (typeof t == "string") {
          if (!/^-?\d*\.?\d+$/.test(t))
            throw new TypeError(
              "parseEpochTimestamp - numeric string invalid.",
            );
          e = Number.parseFloat(t);
        } else typeof t == "object" && t.tag === 1 && (e = t.value);
        if (isNaN(e) || Math.abs(e) === 1 / 0)
          throw new TypeError("Epoch timestamps must be valid finite numbers.");
        return new Date(Math.round(e * 1e3));
      }),
      (Ef = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError("RFC3339 timestamps must be strings");
        let e = oK.exec(t);
        if (!e) throw new TypeError(`Invalid RFC3339 timestamp format ${t}`);
        let [, r, n, s, o, i, a, , c, u] = e;
        (ds(n, 1, 12), ds(s, 1, 31), ds(o, 0, 23), ds(i, 0, 59), ds(a, 0, 60));
        let l = new Date(
          Date.UTC(
            Number(r),
            Number(n) - 1,
            Number(s),
            Number(o),
            Number(i),
            Number(a),
            Number(c) ? Math.round(parseFloat(`0.${c}`) * 1e3) : 0,
          ),
        );
        if ((l.setUTCFullYear(Number(r)), u.toUpperCase() != "Z")) {
          let [, p, h, g] = /([+-])(\d\d):(\d\d)/.exec(u) || [
              void 0,
              "+",
              0,
              0,
            ],
            y = p === "-" ? 1 : -1;
          l.setTime(
            l.getTime() +
              y * (Number(h) * 60 * 60 * 1e3 + Number(g) * 60 * 1e3),
          );
        }
        return l;
      }),
      (bf = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError("RFC7231 timestamps must be strings.");
        if (iK.test(t)) return new Date(t);
        let e, r, n, s, o, i, a, c;
        if (
          ((c = aK.exec(t))
            ? ([, e, r, n, s, o, i, a] = c)
            : (c = cK.exec(t))
              ? (([, e, r, n, s, o, i, a] = c),
                (n = (Number(n) + 1900).toString()))
              : (c = uK.exec(t)) && ([, r, e, s, o, i, a, n] = c),
          n && i)
        ) {
          let u = Date.UTC(
            Number(n),
            lK.indexOf(r),
            Number(e),
            Number(s),
            Number(o),
            Number(i),
            a ? Math.round(parseFloat(`0.${a}`) * 1e3) : 0,
          );
          (ds(e, 1, 31), ds(s, 0, 23), ds(o, 0, 59), ds(i, 0, 60));
          let l = new Date(u);
          return (l.setUTCFullYear(Number(n)), l);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${t}.`);
      }));
  });
function xf(t, e, r) {
  if (r <= 0 || !Number.isInteger(r))
    throw new Error("Invalid number of delimiters (" + r + ") for splitEvery.");
  let n = t.split(e);
  if (r === 1) return n;
  let s = [],
    o = "";
  for (let i = 0; i < n.length; i++)
    (o === "" ? (o = n[i]) : (o += e + n[i]),
      (i + 1) % r === 0 && (s.push(o), (o = "")));
  return (o !== "" && s.push(o), s);
}
var XC = d(() => {});
var oa,
  JC = d(() => {
    oa = (t) => {
      let e = t.length,
        r = [],
        n = !1,
        s = !1,
        o = 0;
      for (let i = 0; i < e; ++i) {
        let a = t[i];
        switch (a) {
          case '"':
            s || (n = !n);
            break;
          case ",":
            n || (r.push(t.slice(o, i)), (o = i + 1));
            break;
          default:
        }
        s = a === "\\" && !s;
      }
      return (
        r.push(t.slice(o)),
        r.map((i) => {
          i = i.trim();
          let a = i.length;
          return a < 2
            ? i
            : i[0] === '"' && i[a - 1] === '"'
              ? ((i = i.slice(1, a - 1)), i.replace(/\\(["\\])/g, "$1"))
              : i.replace(/\\"/g, '"');
        })
      );
    };
  });
function wf(t) {
  return new W(String(t), "bigDecimal");
}
var YC,
  W,
  QC = d(() => {
    ((YC = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (W = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !YC.test(e)))
            throw new Error(
              `@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`,
            );
        }
        toString() {
          return this.string;
        }
        static [Symbol.hasInstance](e) {
          if (!e || typeof e != "object") return !1;
          let r = e;
          return (
            t.prototype.isPrototypeOf(e) ||
            (r.type === "bigDecimal" && YC.test(r.string))
          );
        }
      }));
  });
function vf(t) {
  if (t.length % 2 !== 0)
    throw new Error("Hex encoded strings must have an even number length");
  let e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    let n = t.slice(r, r + 2).toLowerCase();
    if (n in yE) e[r / 2] = yE[n];
    else
      throw new Error(
        `Cannot decode unrecognized sequence ${n} as hexadecimal`,
      );
  }
  return e;
}
function cr(t) {
  let e = "";
  for (let r = 0; r < t.byteLength; r++) e += ZC[t[r]];
  return e;
}
var ZC,
  yE,
  SE = d(() => {
    ((ZC = {}), (yE = {}));
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      (e.length === 1 && (e = `0${e}`), (ZC[t] = e), (yE[e] = t));
    }
  });
import { ReadStream as pK, fstatSync as fK, lstatSync as dK } from "node:fs";
var bn,
  eR = d(() => {
    bn = (t) => {
      if (!t) return 0;
      if (typeof t == "string") return Buffer.byteLength(t);
      if (typeof t.byteLength == "number") return t.byteLength;
      if (typeof t.size == "number") return t.size;
      if (typeof t.start == "number" && typeof t.end == "number")
        return t.end + 1 - t.start;
      if (t instanceof pK) {
        if (t.path != null) return dK(t.path).size;
        if (typeof t.fd == "number") return fK(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var Et,
  EE = d(() => {
    cf();
    Et = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == "string"
          ? Fe(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(
                t.buffer,
                t.byteOffset,
                t.byteLength / Uint8Array.BYTES_PER_ELEMENT,
              )
            : new Uint8Array(t);
  });
function xn(t, e) {
  if (e === void 0) {
    e = 0;
    for (let s of t) e += s.byteLength;
  }
  let r = new Uint8Array(e),
    n = 0;
  for (let s of t) (r.set(s, n), (n += s.byteLength));
  return r;
}
var ou = d(() => {});
var If,
  bE,
  xE = d(() => {
    F();
    ((If = (t, e) => (r, n) => async (s) => {
      let { response: o } = await r(s);
      try {
        let i = await e(o, t);
        return { response: o, output: i };
      } catch (i) {
        if (
          (Object.defineProperty(i, "$response", {
            value: o,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !("$metadata" in i))
        ) {
          let a =
            "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
          try {
            i.message +=
              `
  ` + a;
          } catch {
            !n.logger || n.logger?.constructor?.name === "NoOpLogger"
              ? console.warn(a)
              : n.logger?.warn?.(a);
          }
          typeof i.$responseBodyText < "u" &&
            i.$response &&
            (i.$response.body = i.$responseBodyText);
          try {
            if (ze.isInstance(o)) {
              let { headers: c = {} } = o,
                u = Object.entries(c);
              i.$metadata = {
                httpStatusCode: o.statusCode,
                requestId: bE(/^x-[\w-]+-request-?id$/, u),
                extendedRequestId: bE(/^x-[\w-]+-id-2$/, u),
                cfId: bE(/^x-[\w-]+-cf-id$/, u),
              };
            }
          } catch {}
        }
        throw i;
      }
    }),
      (bE = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]));
  });
var Wt,
  iu = d(() => {
    Wt = class t extends Error {
      name = "ProviderError";
      tryNextLink;
      constructor(e, r = !0) {
        let n,
          s = !0;
        (typeof r == "boolean"
          ? ((n = void 0), (s = r))
          : r != null &&
            typeof r == "object" &&
            ((n = r.logger), (s = r.tryNextLink ?? !0)),
          super(e),
          (this.tryNextLink = s),
          Object.setPrototypeOf(this, t.prototype),
          n?.debug?.(`@smithy/property-provider ${s ? "->" : "(!)"} ${e}`));
      }
      static from(e, r = !0) {
        return Object.assign(new this(e.message, r), e);
      }
    };
  });
var Xs,
  _f = d(() => {
    iu();
    Xs = class t extends Wt {
      name = "CredentialsProviderError";
      constructor(e, r = !0) {
        (super(e, r), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Tf,
  tR = d(() => {
    iu();
    Tf = class t extends Wt {
      name = "TokenProviderError";
      constructor(e, r = !0) {
        (super(e, r), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Af,
  wE = d(() => {
    iu();
    Af =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Wt("No providers in chain");
        let e;
        for (let r of t)
          try {
            return await r();
          } catch (n) {
            if (((e = n), n?.tryNextLink)) continue;
            throw n;
          }
        throw e;
      };
  });
var Cf,
  vE = d(() => {
    Cf = (t) => () => Promise.resolve(t);
  });
var ia,
  Rf = d(() => {
    ia = (t, e, r) => {
      let n,
        s,
        o,
        i = !1,
        a = async () => {
          s || (s = t());
          try {
            ((n = await s), (o = !0), (i = !1));
          } finally {
            s = void 0;
          }
          return n;
        };
      return e === void 0
        ? async (c) => ((!o || c?.forceRefresh) && (n = await a()), n)
        : async (c) => (
            (!o || c?.forceRefresh) && (n = await a()),
            i ? n : r && !r(n) ? ((i = !0), n) : (e(n) && (await a()), n)
          );
    };
  });
var qe,
  Of = d(() => {
    qe = (t, e, r) => {
      if (e in t) {
        if (t[e] === "true") return !0;
        if (t[e] === "false") return !1;
        throw new Error(
          `Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`,
        );
      }
    };
  });
var rR,
  nR = d(() => {
    rR = (t, e, r) => {
      if (!(e in t)) return;
      let n = parseInt(t[e], 10);
      if (Number.isNaN(n))
        throw new TypeError(
          `Cannot load ${r} '${e}'. Expected number, got '${t[e]}'.`,
        );
      return n;
    };
  });
var Le,
  Df = d(() => {
    (function (t) {
      ((t.ENV = "env"), (t.CONFIG = "shared config entry"));
    })(Le || (Le = {}));
  });
import { homedir as mK } from "node:os";
import { sep as hK } from "node:path";
var IE,
  gK,
  wn,
  aa = d(() => {
    ((IE = {}),
      (gK = () =>
        process && process.geteuid ? `${process.geteuid()}` : "DEFAULT"),
      (wn = () => {
        let {
          HOME: t,
          USERPROFILE: e,
          HOMEPATH: r,
          HOMEDRIVE: n = `C:${hK}`,
        } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${n}${r}`;
        let s = gK();
        return (IE[s] || (IE[s] = mK()), IE[s]);
      }));
  });
var _E,
  TE,
  Nf,
  AE = d(() => {
    ((_E = "AWS_PROFILE"),
      (TE = "default"),
      (Nf = (t) => t.profile || process.env[_E] || TE));
  });
import { createHash as yK } from "node:crypto";
import { join as SK } from "node:path";
var Pf,
  CE = d(() => {
    aa();
    Pf = (t) => {
      let r = yK("sha1").update(t).digest("hex");
      return SK(wn(), ".aws", "sso", "cache", `${r}.json`);
    };
  });
import { readFile as EK } from "node:fs/promises";
var au,
  sR,
  RE = d(() => {
    CE();
    ((au = {}),
      (sR = async (t) => {
        if (au[t]) return au[t];
        let e = Pf(t),
          r = await EK(e, "utf8");
        return JSON.parse(r);
      }));
  });
var vn,
  oR = d(() => {
    vn = ".";
  });
var OE,
  iR,
  aR = d(() => {
    ((OE = Se(sr())),
      (iR = (t) =>
        Object.entries(t)
          .filter(([e]) => {
            let r = e.indexOf(".");
            return r === -1
              ? !1
              : Object.values(OE.IniSectionType).includes(e.substring(0, r));
          })
          .reduce(
            (e, [r, n]) => {
              let s = r.indexOf("."),
                o =
                  r.substring(0, s) === OE.IniSectionType.PROFILE
                    ? r.substring(s + 1)
                    : r;
              return ((e[o] = n), e);
            },
            { ...(t.default && { default: t.default }) },
          )));
  });
import { join as bK } from "node:path";
var xK,
  kf,
  DE = d(() => {
    aa();
    ((xK = "AWS_CONFIG_FILE"),
      (kf = () => process.env[xK] || bK(wn(), ".aws", "config")));
  });
import { join as wK } from "node:path";
var vK,
  cR,
  uR = d(() => {
    aa();
    ((vK = "AWS_SHARED_CREDENTIALS_FILE"),
      (cR = () => process.env[vK] || wK(wn(), ".aws", "credentials")));
  });
var lR,
  IK,
  _K,
  cu,
  NE = d(() => {
    ((lR = Se(sr())),
      (IK = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (_K = ["__proto__", "profile __proto__"]),
      (cu = (t) => {
        let e = {},
          r,
          n;
        for (let s of t.split(/\r?\n/)) {
          let o = s.split(/(^|\s)[;#]/)[0].trim();
          if (o[0] === "[" && o[o.length - 1] === "]") {
            ((r = void 0), (n = void 0));
            let a = o.substring(1, o.length - 1),
              c = IK.exec(a);
            if (c) {
              let [, u, , l] = c;
              Object.values(lR.IniSectionType).includes(u) &&
                (r = [u, l].join("."));
            } else r = a;
            if (_K.includes(a))
              throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            let a = o.indexOf("=");
            if (![0, -1].includes(a)) {
              let [c, u] = [
                o.substring(0, a).trim(),
                o.substring(a + 1).trim(),
              ];
              if (u === "") n = c;
              else {
                (n && s.trimStart() === s && (n = void 0), (e[r] = e[r] || {}));
                let l = n ? [n, c].join(".") : c;
                e[r][l] = u;
              }
            }
          }
        }
        return e;
      }));
  });
import { readFile as TK } from "node:fs/promises";
var PE,
  uu,
  Qo,
  lu = d(() => {
    ((PE = {}),
      (uu = {}),
      (Qo = (t, e) =>
        uu[t] !== void 0
          ? uu[t]
          : ((!PE[t] || e?.ignoreCache) && (PE[t] = TK(t, "utf8")), PE[t])));
  });
import { join as pR } from "node:path";
var fR,
  ca,
  Mf = d(() => {
    aR();
    DE();
    uR();
    aa();
    NE();
    lu();
    ((fR = () => ({})),
      (ca = async (t = {}) => {
        let { filepath: e = cR(), configFilepath: r = kf() } = t,
          n = wn(),
          s = "~/",
          o = e;
        e.startsWith(s) && (o = pR(n, e.slice(2)));
        let i = r;
        r.startsWith(s) && (i = pR(n, r.slice(2)));
        let a = await Promise.all([
          Qo(i, { ignoreCache: t.ignoreCache }).then(cu).then(iR).catch(fR),
          Qo(o, { ignoreCache: t.ignoreCache }).then(cu).catch(fR),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      }));
  });
var dR,
  mR,
  hR = d(() => {
    ((dR = Se(sr())),
      (mR = (t) =>
        Object.entries(t)
          .filter(([e]) => e.startsWith(dR.IniSectionType.SSO_SESSION + "."))
          .reduce(
            (e, [r, n]) => ({ ...e, [r.substring(r.indexOf(".") + 1)]: n }),
            {},
          )));
  });
var AK,
  gR,
  yR = d(() => {
    DE();
    hR();
    NE();
    lu();
    ((AK = () => ({})),
      (gR = async (t = {}) =>
        Qo(t.configFilepath ?? kf())
          .then(cu)
          .then(mR)
          .catch(AK)));
  });
var SR,
  ER = d(() => {
    SR = (...t) => {
      let e = {};
      for (let r of t)
        for (let [n, s] of Object.entries(r))
          e[n] !== void 0 ? Object.assign(e[n], s) : (e[n] = s);
      return e;
    };
  });
var bR,
  xR = d(() => {
    Mf();
    ER();
    bR = async (t) => {
      let e = await ca(t);
      return SR(e.configFile, e.credentialsFile);
    };
  });
var wR,
  vR = d(() => {
    RE();
    lu();
    wR = {
      getFileRecord() {
        return uu;
      },
      interceptFile(t, e) {
        uu[t] = Promise.resolve(e);
      },
      getTokenRecord() {
        return au;
      },
      interceptToken(t, e) {
        au[t] = e;
      },
    };
  });
function $f(t) {
  try {
    let e = new Set(Array.from(t.match(/([A-Z_]){3,}/g) ?? []));
    return (
      e.delete("CONFIG"),
      e.delete("CONFIG_PREFIX_SEPARATOR"),
      e.delete("ENV"),
      [...e].join(", ")
    );
  } catch {
    return t;
  }
}
var kE = d(() => {});
var IR,
  _R = d(() => {
    _f();
    kE();
    IR = (t, e) => async () => {
      try {
        let r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new Xs(r.message || `Not found in ENV: ${$f(t.toString())}`, {
          logger: e?.logger,
        });
      }
    };
  });
var TR,
  AR = d(() => {
    _f();
    AE();
    Mf();
    kE();
    TR =
      (t, { preferredFile: e = "config", ...r } = {}) =>
      async () => {
        let n = Nf(r),
          { configFile: s, credentialsFile: o } = await ca(r),
          i = o[n] || {},
          a = s[n] || {},
          c = e === "config" ? { ...i, ...a } : { ...a, ...i };
        try {
          let l = t(c, e === "config" ? s : o);
          if (l === void 0) throw new Error();
          return l;
        } catch (u) {
          throw new Xs(
            u.message ||
              `Not found in config files w/ profile [${n}]: ${$f(t.toString())}`,
            { logger: r.logger },
          );
        }
      };
  });
var CK,
  Lf,
  ME = d(() => {
    vE();
    ((CK = (t) => typeof t == "function"),
      (Lf = (t) => (CK(t) ? async () => await t() : Cf(t))));
  });
var G,
  $E = d(() => {
    wE();
    Rf();
    _R();
    AR();
    ME();
    G = (
      { environmentVariableSelector: t, configFileSelector: e, default: r },
      n = {},
    ) => {
      let { signingName: s, logger: o } = n;
      return ia(Af(IR(t, { signingName: s, logger: o }), TR(e, n), Lf(r)));
    };
  });
var Uf,
  Bf,
  CR,
  In,
  RR,
  OR = d(() => {
    Of();
    Df();
    ((Uf = "AWS_USE_DUALSTACK_ENDPOINT"),
      (Bf = "use_dualstack_endpoint"),
      (CR = !1),
      (In = {
        environmentVariableSelector: (t) => qe(t, Uf, Le.ENV),
        configFileSelector: (t) => qe(t, Bf, Le.CONFIG),
        default: !1,
      }),
      (RR = {
        environmentVariableSelector: (t) => qe(t, Uf, Le.ENV),
        configFileSelector: (t) => qe(t, Bf, Le.CONFIG),
        default: void 0,
      }));
  });
var Ff,
  Gf,
  DR,
  _n,
  NR,
  PR = d(() => {
    Of();
    Df();
    ((Ff = "AWS_USE_FIPS_ENDPOINT"),
      (Gf = "use_fips_endpoint"),
      (DR = !1),
      (_n = {
        environmentVariableSelector: (t) => qe(t, Ff, Le.ENV),
        configFileSelector: (t) => qe(t, Gf, Le.CONFIG),
        default: !1,
      }),
      (NR = {
        environmentVariableSelector: (t) => qe(t, Ff, Le.ENV),
        configFileSelector: (t) => qe(t, Gf, Le.CONFIG),
        default: void 0,
      }));
  });
var kR,
  MR = d(() => {
    L();
    kR = (t) => {
      let { tls: e, endpoint: r, urlParser: n, useDualstackEndpoint: s } = t;
      return Object.assign(t, {
        tls: e ?? !0,
        endpoint: ue(typeof r == "string" ? n(r) : r),
        isCustomEndpoint: !0,
        useDualstackEndpoint: ue(s ?? !1),
      });
    };
  });
var $R,
  LR = d(() => {
    $R = async (t) => {
      let { tls: e = !0 } = t,
        r = await t.region();
      if (
        !new RegExp(
          /^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/,
        ).test(r)
      )
        throw new Error("Invalid region in client config");
      let s = await t.useDualstackEndpoint(),
        o = await t.useFipsEndpoint(),
        { hostname: i } =
          (await t.regionInfoProvider(r, {
            useDualstackEndpoint: s,
            useFipsEndpoint: o,
          })) ?? {};
      if (!i) throw new Error("Cannot resolve hostname from client config");
      return t.urlParser(`${e ? "https:" : "http:"}//${i}`);
    };
  });
var UR,
  BR = d(() => {
    L();
    LR();
    UR = (t) => {
      let e = ue(t.useDualstackEndpoint ?? !1),
        { endpoint: r, useFipsEndpoint: n, urlParser: s, tls: o } = t;
      return Object.assign(t, {
        tls: o ?? !0,
        endpoint: r
          ? ue(typeof r == "string" ? s(r) : r)
          : () => $R({ ...t, useDualstackEndpoint: e, useFipsEndpoint: n }),
        isCustomEndpoint: !!r,
        useDualstackEndpoint: e,
      });
    };
  });
var FR,
  LE,
  UE,
  GR,
  HR,
  VR,
  jR,
  zR,
  qR,
  BE = d(() => {
    ((FR = "AWS_EXECUTION_ENV"),
      (LE = "AWS_REGION"),
      (UE = "AWS_DEFAULT_REGION"),
      (GR = "AWS_EC2_METADATA_DISABLED"),
      (HR = ["in-region", "cross-region", "mobile", "standard", "legacy"]),
      (VR = "/latest/meta-data/placement/region"),
      (jR = "/latest/api/token"),
      (zR = "x-aws-ec2-metadata-token"),
      (qR = "x-aws-ec2-metadata-token-ttl-seconds"));
  });
var WR,
  RK,
  JR,
  Hf,
  KR,
  OK,
  XR,
  FE = d(() => {
    BE();
    ((WR = 1e3),
      (RK = 6e4),
      (JR = 0),
      (Hf = async () => {
        if (!process.env[GR] && !(Date.now() < JR))
          try {
            let t = OK(),
              e = (
                await XR({
                  ...t,
                  path: jR,
                  method: "PUT",
                  headers: { [qR]: "21600" },
                })
              ).toString();
            return (
              (
                await XR({
                  ...t,
                  path: VR,
                  method: "GET",
                  headers: { [zR]: e },
                })
              )
                .toString()
                .trim() || KR()
            );
          } catch {
            return KR();
          }
      }),
      (KR = () => {
        JR = Date.now() + RK;
      }),
      (OK = () => {
        let t = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (t) {
          let e = new URL(t);
          return {
            hostname: e.hostname.replace(/^\[(.+)]$/, "$1"),
            port: e.port ? Number(e.port) : void 0,
          };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6"
          ? { hostname: "fd00:ec2::254" }
          : { hostname: "169.254.169.254" };
      }),
      (XR = async (t) => {
        let { request: e } = await import("node:http");
        return new Promise((r, n) => {
          let s = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: WR,
            signal: AbortSignal.timeout(WR),
          });
          (s.on("error", (o) => {
            (n(o), s.destroy());
          }),
            s.on("timeout", () => {
              (n(new Error("TimeoutError from instance metadata service")),
                s.destroy());
            }),
            s.on("response", (o) => {
              let { statusCode: i = 400 } = o;
              if (i < 200 || i >= 300) {
                (n(
                  Object.assign(
                    new Error(
                      "Error response received from instance metadata service",
                    ),
                    { statusCode: i },
                  ),
                ),
                  s.destroy());
                return;
              }
              let a = [];
              (o.on("data", (c) => a.push(c)),
                o.on("end", () => {
                  (r(Buffer.concat(a)), s.destroy());
                }));
            }),
            s.end());
        });
      }));
  });
var ua,
  la,
  rt,
  bt,
  GE = d(() => {
    FE();
    ((ua = "AWS_REGION"),
      (la = "region"),
      (rt = {
        environmentVariableSelector: (t) => t[ua],
        configFileSelector: (t) => t[la],
        default: async () => {
          let t = await Hf();
          if (t) return t;
          throw new Error("Region is missing");
        },
      }),
      (bt = { preferredFile: "credentials" }));
  });
var YR,
  QR,
  ZR = d(() => {
    F();
    ((YR = new Set()),
      (QR = (t, e = Tr) => {
        if (!YR.has(t) && !e(t))
          if (t === "*")
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else
            throw new Error(
              `Region not accepted: region="${t}" is not a valid hostname component.`,
            );
        else YR.add(t);
      }));
  });
var Vf,
  HE = d(() => {
    Vf = (t) =>
      typeof t == "string" && (t.startsWith("fips-") || t.endsWith("-fips"));
  });
var eO,
  tO = d(() => {
    HE();
    eO = (t) =>
      Vf(t)
        ? ["fips-aws-global", "aws-fips"].includes(t)
          ? "us-east-1"
          : t.replace(/fips-(dkr-|prod-)?|-fips/, "")
        : t;
  });
var Kt,
  rO = d(() => {
    ZR();
    tO();
    HE();
    Kt = (t) => {
      let { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error("Region is missing");
      return Object.assign(t, {
        region: async () => {
          let n = typeof e == "function" ? await e() : e,
            s = eO(n);
          return (QR(s), s);
        },
        useFipsEndpoint: async () => {
          let n = typeof e == "string" ? e : await e();
          return Vf(n)
            ? !0
            : typeof r != "function"
              ? Promise.resolve(!!r)
              : r();
        },
      });
    };
  });
var VE,
  nO = d(() => {
    VE = (t = [], { useFipsEndpoint: e, useDualstackEndpoint: r }) =>
      t.find(
        ({ tags: n }) =>
          e === n.includes("fips") && r === n.includes("dualstack"),
      )?.hostname;
  });
var sO,
  oO = d(() => {
    sO = (t, { regionHostname: e, partitionHostname: r }) =>
      e || (r ? r.replace("{region}", t) : void 0);
  });
var iO,
  aO = d(() => {
    iO = (t, { partitionHash: e }) =>
      Object.keys(e || {}).find((r) => e[r].regions.includes(t)) ?? "aws";
  });
var cO,
  uO = d(() => {
    cO = (t, { signingRegion: e, regionRegex: r, useFipsEndpoint: n }) => {
      if (e) return e;
      if (n) {
        let s = r
            .replace("\\\\", "\\")
            .replace(/^\^/g, "\\.")
            .replace(/\$$/g, "\\."),
          o = t.match(s);
        if (o) return o[0].slice(1, -1);
      }
    };
  });
var lO,
  pO = d(() => {
    nO();
    oO();
    aO();
    uO();
    lO = (
      t,
      {
        useFipsEndpoint: e = !1,
        useDualstackEndpoint: r = !1,
        signingService: n,
        regionHash: s,
        partitionHash: o,
      },
    ) => {
      let i = iO(t, { partitionHash: o }),
        a = t in s ? t : (o[i]?.endpoint ?? t),
        c = { useFipsEndpoint: e, useDualstackEndpoint: r },
        u = VE(s[a]?.variants, c),
        l = VE(o[i]?.variants, c),
        p = sO(a, { regionHostname: u, partitionHostname: l });
      if (p === void 0)
        throw new Error(
          `Endpoint resolution failed for: ${{ resolvedRegion: a, useFipsEndpoint: e, useDualstackEndpoint: r }}`,
        );
      let h = cO(p, {
        signingRegion: s[a]?.signingRegion,
        regionRegex: o[i].regionRegex,
        useFipsEndpoint: e,
      });
      return {
        partition: i,
        signingService: n,
        hostname: p,
        ...(h && { signingRegion: h }),
        ...(s[a]?.signingService && { signingService: s[a].signingService }),
      };
    };
  });
var DK,
  NK,
  fO,
  dO = d(() => {
    ((DK = "AWS_DEFAULTS_MODE"),
      (NK = "defaults_mode"),
      (fO = {
        environmentVariableSelector: (t) => t[DK],
        configFileSelector: (t) => t[NK],
        default: "legacy",
      }));
  });
var Tn,
  PK,
  kK,
  mO = d(() => {
    GE();
    FE();
    $E();
    Rf();
    BE();
    dO();
    ((Tn = ({ region: t = G(rt), defaultsMode: e = G(fO) } = {}) =>
      ia(async () => {
        let r = typeof e == "function" ? await e() : e;
        switch (r?.toLowerCase()) {
          case "auto":
            return PK(t);
          case "in-region":
          case "cross-region":
          case "mobile":
          case "standard":
          case "legacy":
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve("legacy");
          default:
            throw new Error(
              `Invalid parameter for "defaultsMode", expect ${HR.join(", ")}, got ${r}`,
            );
        }
      })),
      (PK = async (t) => {
        if (t) {
          let e = typeof t == "function" ? await t() : t,
            r = await kK();
          return r ? (e === r ? "in-region" : "cross-region") : "standard";
        }
        return "standard";
      }),
      (kK = async () =>
        process.env[FR] && (process.env[LE] || process.env[UE])
          ? (process.env[LE] ?? process.env[UE])
          : Hf()));
  });
var ur = {};
oe(ur, {
  CONFIG_PREFIX_SEPARATOR: () => vn,
  CONFIG_USE_DUALSTACK_ENDPOINT: () => Bf,
  CONFIG_USE_FIPS_ENDPOINT: () => Gf,
  CredentialsProviderError: () => Xs,
  DEFAULT_PROFILE: () => TE,
  DEFAULT_USE_DUALSTACK_ENDPOINT: () => CR,
  DEFAULT_USE_FIPS_ENDPOINT: () => DR,
  ENV_PROFILE: () => _E,
  ENV_USE_DUALSTACK_ENDPOINT: () => Uf,
  ENV_USE_FIPS_ENDPOINT: () => Ff,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => bt,
  NODE_REGION_CONFIG_OPTIONS: () => rt,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: () => In,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: () => _n,
  ProviderError: () => Wt,
  REGION_ENV_NAME: () => ua,
  REGION_INI_NAME: () => la,
  SelectorType: () => Le,
  TokenProviderError: () => Tf,
  booleanSelector: () => qe,
  chain: () => Af,
  externalDataInterceptor: () => wR,
  fromStatic: () => Lf,
  fromValue: () => Cf,
  getHomeDir: () => wn,
  getProfileName: () => Nf,
  getRegionInfo: () => lO,
  getSSOTokenFilepath: () => Pf,
  getSSOTokenFromFile: () => sR,
  loadConfig: () => G,
  loadSharedConfigFiles: () => ca,
  loadSsoSessionData: () => gR,
  memoize: () => ia,
  nodeDualstackConfigSelectors: () => RR,
  nodeFipsConfigSelectors: () => NR,
  numberSelector: () => rR,
  parseKnownFiles: () => bR,
  readFile: () => Qo,
  resolveCustomEndpointsConfig: () => kR,
  resolveDefaultsModeConfig: () => Tn,
  resolveEndpointsConfig: () => UR,
  resolveRegionConfig: () => Kt,
});
var he = d(() => {
  iu();
  _f();
  tR();
  wE();
  vE();
  Rf();
  Of();
  nR();
  Df();
  aa();
  AE();
  CE();
  RE();
  oR();
  Mf();
  yR();
  xR();
  vR();
  lu();
  $E();
  ME();
  OR();
  PR();
  MR();
  BR();
  GE();
  rO();
  pO();
  mO();
});
var hO,
  gO,
  yO,
  SO = d(() => {
    ((hO = "AWS_ENDPOINT_URL"),
      (gO = "endpoint_url"),
      (yO = (t) => ({
        environmentVariableSelector: (e) => {
          let r = t.split(" ").map((o) => o.toUpperCase()),
            n = e[[hO, ...r].join("_")];
          if (n) return n;
          let s = e[hO];
          if (s) return s;
        },
        configFileSelector: (e, r) => {
          if (e.services) {
            let s = ["services", e.services].join(".");
            if (!r || !r[s])
              throw new Error(
                `The services section "${e.services}" specified in the profile is not present in the shared configuration file.`,
              );
            let o = r[s],
              i = t.split(" ").map((c) => c.toLowerCase()),
              a = o[[i.join("_"), gO].join(".")];
            if (a) return a;
          }
          let n = e[gO];
          if (n) return n;
        },
        default: void 0,
      })));
  });
var MK,
  $K,
  EO,
  bO = d(() => {
    he();
    ((MK = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
      ($K = "ignore_configured_endpoint_urls"),
      (EO = {
        environmentVariableSelector: (t) => qe(t, MK, Le.ENV),
        configFileSelector: (t) => qe(t, $K, Le.CONFIG),
        default: !1,
      }));
  });
var pu,
  xO = d(() => {
    he();
    SO();
    bO();
    pu = async (t) => {
      if (!(await G(EO)())) return G(yO(t ?? ""))();
    };
  });
var jE,
  LK,
  UK,
  BK,
  wO,
  vO,
  IO = d(() => {
    ((jE = async (t) => {
      let e = t?.Bucket || "";
      if (
        (typeof t.Bucket == "string" &&
          (t.Bucket = e
            .replace(/#/g, encodeURIComponent("#"))
            .replace(/\?/g, encodeURIComponent("?"))),
        vO(e))
      ) {
        if (t.ForcePathStyle === !0)
          throw new Error(
            "Path-style addressing cannot be used with ARN buckets",
          );
      } else
        (!wO(e) ||
          (e.indexOf(".") !== -1 && !String(t.Endpoint).startsWith("http:")) ||
          e.toLowerCase() !== e ||
          e.length < 3) &&
          (t.ForcePathStyle = !0);
      return (
        t.DisableMultiRegionAccessPoints &&
          ((t.disableMultiRegionAccessPoints = !0), (t.DisableMRAP = !0)),
        t
      );
    }),
      (LK = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (UK = /(\d+\.){3}\d+/),
      (BK = /\.\./),
      (wO = (t) => LK.test(t) && !UK.test(t) && !BK.test(t)),
      (vO = (t) => {
        let [e, r, n, , , s] = t.split(":"),
          o = e === "arn" && t.split(":").length >= 6,
          i = !!(o && r && n && s);
        if (o && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      }));
  });
var _O = d(() => {
  IO();
});
var TO,
  AO = d(() => {
    TO = (t, e, r, n = !1) => {
      let s = async () => {
        let o;
        return (
          n
            ? (o = r.clientContextParams?.[t] ?? r[t] ?? r[e])
            : (o = r[t] ?? r[e]),
          typeof o == "function" ? o() : o
        );
      };
      return t === "credentialScope" || e === "CredentialScope"
        ? async () => {
            let o =
              typeof r.credentials == "function"
                ? await r.credentials()
                : r.credentials;
            return o?.credentialScope ?? o?.CredentialScope;
          }
        : t === "accountId" || e === "AccountId"
          ? async () => {
              let o =
                typeof r.credentials == "function"
                  ? await r.credentials()
                  : r.credentials;
              return o?.accountId ?? o?.AccountId;
            }
          : t === "endpoint" || e === "endpoint"
            ? async () => {
                if (r.isCustomEndpoint === !1) return;
                let o = await s();
                if (o && typeof o == "object") {
                  if ("url" in o) return o.url.href;
                  if ("hostname" in o) {
                    let { protocol: i, hostname: a, port: c, path: u } = o;
                    return `${i}//${a}${c ? ":" + c : ""}${u}`;
                  }
                }
                return o;
              }
            : s;
    };
  });
var jf = d(() => {
  F();
});
function zf(t) {
  return async (e, r, n, s) => {
    if (!n.isCustomEndpoint && !n.ignoreConfiguredEndpointUrls) {
      let a;
      (n.serviceConfiguredEndpoint
        ? (a = await n.serviceConfiguredEndpoint())
        : (a = await t(n.serviceId)),
        a &&
          ((n.endpoint = () => Promise.resolve(jt(a))),
          (n.isCustomEndpoint = !0),
          s?.logger?.debug?.(
            `@smithy/core/endpoints - resolved endpoint from config: ${a}`,
          )));
    }
    let o = await fu(e, r, n);
    if (typeof n.endpointProvider != "function")
      throw new Error("config.endpointProvider is not set.");
    let i = n.endpointProvider(o, s);
    if (n.isCustomEndpoint && n.endpoint) {
      let a = await n.endpoint();
      if (a?.headers) {
        i.headers ??= {};
        for (let [c, u] of Object.entries(a.headers))
          i.headers[c] = Array.isArray(u) ? u : [u];
      }
    }
    return i;
  };
}
var fu,
  qf = d(() => {
    _O();
    AO();
    jf();
    fu = async (t, e, r) => {
      let n = {},
        s = e?.getEndpointParameterInstructions?.() || {};
      for (let [o, i] of Object.entries(s))
        switch (i.type) {
          case "staticContextParams":
            n[o] = i.value;
            break;
          case "contextParams":
            n[o] = t[i.name];
            break;
          case "clientContextParams":
          case "builtInParams":
            n[o] = await TO(i.name, o, r, i.type !== "builtInParams")();
            break;
          case "operationContextParams":
            n[o] = i.get(t);
            break;
          default:
            throw new Error(
              "Unrecognized endpoint parameter instruction: " +
                JSON.stringify(i),
            );
        }
      return (
        Object.keys(s).length === 0 && Object.assign(n, r),
        String(r.serviceId).toLowerCase() === "s3" && (await jE(n)),
        n
      );
    };
  });
function FK(t, e, r) {
  (t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r));
}
function Wf(t) {
  let e = zf(t);
  return ({ config: r, instructions: n }) =>
    (s, o) =>
    async (i) => {
      r.isCustomEndpoint && FK(o, "ENDPOINT_OVERRIDE", "N");
      let a = await e(
        i.input,
        {
          getEndpointParameterInstructions() {
            return n;
          },
        },
        { ...r },
        o,
      );
      ((o.endpointV2 = a), (o.authSchemes = a.properties?.authSchemes));
      let c = o.authSchemes?.[0];
      if (c) {
        ((o.signing_region = c.signingRegion),
          (o.signing_service = c.signingName));
        let l = be(o)?.selectedHttpAuthScheme?.httpAuthOption;
        l &&
          (l.signingProperties = Object.assign(
            l.signingProperties || {},
            {
              signing_region: c.signingRegion,
              signingRegion: c.signingRegion,
              signing_service: c.signingName,
              signingName: c.signingName,
              signingRegionSet: c.signingRegionSet,
            },
            c.properties,
          ));
      }
      return s({ ...i });
    };
}
var zE = d(() => {
  F();
  qf();
});
function CO(t) {
  let e = Wf(t);
  return (r, n) => ({
    applyToStack: (s) => {
      s.addRelativeTo(e({ config: r, instructions: n }), qE);
    },
  });
}
var GK,
  qE,
  WE = d(() => {
    zE();
    ((GK = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: ["SERIALIZER"],
      override: !0,
    }),
      (qE = {
        step: "serialize",
        tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
        name: "endpointV2Middleware",
        override: !0,
        relation: "before",
        toMiddleware: GK.name,
      }));
  });
function RO(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: n, useDualstackEndpoint: s, useFipsEndpoint: o } = e,
      i = n != null ? async () => jt(await ue(n)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!n,
        useDualstackEndpoint: ue(s ?? !1),
        useFipsEndpoint: ue(o ?? !1),
        ignoreConfiguredEndpointUrls: !!e.ignoreConfiguredEndpointUrls,
      }),
      u;
    return (
      (c.serviceConfiguredEndpoint = async () => (
        e.serviceId && !u && (u = t(e.serviceId)),
        u
      )),
      c
    );
  };
}
var OO = d(() => {
  F();
  jf();
});
var lr,
  DO = d(() => {
    lr = class t {
      nodes;
      root;
      conditions;
      results;
      constructor(e, r, n, s) {
        ((this.nodes = e),
          (this.root = r),
          (this.conditions = n),
          (this.results = s));
      }
      static from(e, r, n, s) {
        return new t(e, r, n, s);
      }
    };
  });
var pr,
  NO = d(() => {
    pr = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: e, params: r }) {
        ((this.capacity = e ?? 50), r && (this.parameters = r));
      }
      get(e, r) {
        let n = this.hash(e);
        if (n === !1) return r();
        if (!this.data.has(n)) {
          if (this.data.size > this.capacity + 10) {
            let s = this.data.keys(),
              o = 0;
            for (;;) {
              let { value: i, done: a } = s.next();
              if ((this.data.delete(i), a || ++o > 10)) break;
            }
          }
          this.data.set(n, r());
        }
        return this.data.get(n);
      }
      size() {
        return this.data.size;
      }
      hash(e) {
        let r = "",
          { parameters: n } = this;
        if (n.length === 0) return !1;
        for (let s of n) {
          let o = e[s],
            i = o == null ? "\0" : String(o);
          if (i.includes("|;")) return !1;
          r += i + "|;";
        }
        return r;
      }
    };
  });
var te,
  PO = d(() => {
    te = class extends Error {
      constructor(e) {
        (super(e), (this.name = "EndpointError"));
      }
    };
  });
var Xt = d(() => {
  PO();
});
var An,
  kO = d(() => {
    An = "endpoints";
  });
function Jt(t) {
  return typeof t != "object" || t == null
    ? t
    : "ref" in t
      ? `$${Jt(t.ref)}`
      : "fn" in t
        ? `${t.fn}(${(t.argv || []).map(Jt).join(", ")})`
        : JSON.stringify(t, null, 2);
}
var MO = d(() => {});
var du = d(() => {
  kO();
  MO();
});
var Rt,
  KE = d(() => {
    Rt = {};
  });
var XE,
  $O = d(() => {
    XE = (t, e) => t === e;
  });
function JE(...t) {
  for (let e of t) if (e != null) return e;
}
var LO = d(() => {});
var UO,
  BO = d(() => {
    Xt();
    UO = (t) => {
      let e = t.split("."),
        r = [];
      for (let n of e) {
        let s = n.indexOf("[");
        if (s !== -1) {
          if (n.indexOf("]") !== n.length - 1)
            throw new te(`Path: '${t}' does not end with ']'`);
          let o = n.slice(s + 1, -1);
          if (Number.isNaN(parseInt(o)))
            throw new te(`Invalid array index: '${o}' in path: '${t}'`);
          (s !== 0 && r.push(n.slice(0, s)), r.push(o));
        } else r.push(n);
      }
      return r;
    };
  });
var mu,
  FO = d(() => {
    Xt();
    BO();
    mu = (t, e) =>
      UO(e).reduce((r, n) => {
        if (typeof r != "object")
          throw new te(
            `Index '${n}' in '${e}' not found in '${JSON.stringify(t)}'`,
          );
        if (Array.isArray(r)) {
          let s = parseInt(n);
          return r[s < 0 ? r.length + s : s];
        }
        return r[n];
      }, t);
  });
var YE,
  GO = d(() => {
    YE = (t) => t != null;
  });
function QE(t, e, r) {
  return t ? e : r;
}
var HO = d(() => {});
var ZE,
  VO = d(() => {
    ZE = (t) => !t;
  });
var HK,
  ms,
  eb = d(() => {
    ((HK = new RegExp(
      "^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$",
    )),
      (ms = (t) => HK.test(t) || (t.startsWith("[") && t.endsWith("]"))));
  });
var Kf,
  tb,
  rb,
  jO = d(() => {
    Kf = Se(sr());
    eb();
    ((tb = {
      [Kf.EndpointURLScheme.HTTP]: 80,
      [Kf.EndpointURLScheme.HTTPS]: 443,
    }),
      (rb = (t) => {
        let e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == "object" && "hostname" in t) {
              let {
                  hostname: h,
                  port: g,
                  protocol: y = "",
                  path: E = "",
                  query: S = {},
                } = t,
                b = new URL(`${y}//${h}${g ? `:${g}` : ""}${E}`);
              return (
                (b.search = Object.entries(S)
                  .map(([w, I]) => `${w}=${I}`)
                  .join("&")),
                b
              );
            }
            return new URL(t);
          } catch {
            return null;
          }
        })();
        if (!e)
          return (
            console.error(
              `Unable to parse ${JSON.stringify(t)} as a whatwg URL.`,
            ),
            null
          );
        let r = e.href,
          { host: n, hostname: s, pathname: o, protocol: i, search: a } = e;
        if (a) return null;
        let c = i.slice(0, -1);
        if (!Object.values(Kf.EndpointURLScheme).includes(c)) return null;
        let u = ms(s),
          l =
            r.includes(`${n}:${tb[c]}`) ||
            (typeof t == "string" && t.includes(`${n}:${tb[c]}`)),
          p = `${n}${l ? `:${tb[c]}` : ""}`;
        return {
          scheme: c,
          authority: p,
          path: o,
          normalizedPath: o.endsWith("/") ? o : `${o}/`,
          isIp: u,
        };
      }));
  });
function nb(t, e, r) {
  if (r === 1) return [t];
  if (t === "") return [""];
  let n = t.split(e);
  return r === 0 ? n : n.slice(0, r - 1).concat(n.slice(1).join(e));
}
var zO = d(() => {});
var sb,
  qO = d(() => {
    sb = (t, e) => t === e;
  });
var ob,
  WO = d(() => {
    ob = (t, e, r, n) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : n
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var ib,
  KO = d(() => {
    ib = (t) =>
      encodeURIComponent(t).replace(
        /[!*'()]/g,
        (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`,
      );
  });
var ab = d(() => {
  $O();
  LO();
  FO();
  GO();
  F();
  HO();
  VO();
  jO();
  zO();
  qO();
  WO();
  KO();
});
var XO,
  JO = d(() => {
    ab();
    XO = {
      booleanEquals: XE,
      coalesce: JE,
      getAttr: mu,
      isSet: YE,
      isValidHostLabel: Tr,
      ite: QE,
      not: ZE,
      parseURL: rb,
      split: nb,
      stringEquals: sb,
      substring: ob,
      uriEncode: ib,
    };
  });
var Xf,
  cb = d(() => {
    ab();
    Xf = (t, e) => {
      let r = [],
        { referenceRecord: n, endpointParams: s } = e,
        o = 0;
      for (; o < t.length;) {
        let i = t.indexOf("{", o);
        if (i === -1) {
          r.push(t.slice(o));
          break;
        }
        r.push(t.slice(o, i));
        let a = t.indexOf("}", i);
        if (a === -1) {
          r.push(t.slice(i));
          break;
        }
        t[i + 1] === "{" &&
          t[a + 1] === "}" &&
          (r.push(t.slice(i + 1, a)), (o = a + 2));
        let c = t.substring(i + 1, a);
        if (c.includes("#")) {
          let [u, l] = c.split("#");
          r.push(mu(n[u] ?? s[u], l));
        } else r.push(n[c] ?? s[c]);
        o = a + 1;
      }
      return r.join("");
    };
  });
var YO,
  QO = d(() => {
    YO = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var hs,
  Jf,
  ZO,
  pa = d(() => {
    Xt();
    KE();
    JO();
    cb();
    QO();
    ((hs = (t, e, r) => {
      if (typeof t == "string") return Xf(t, r);
      if (t.fn) return ZO.callFunction(t, r);
      if (t.ref) return YO(t, r);
      throw new te(
        `'${e}': ${String(t)} is not a string, function or reference.`,
      );
    }),
      (Jf = ({ fn: t, argv: e }, r) => {
        let n = Array(e.length);
        for (let i = 0; i < n.length; ++i) {
          let a = e[i];
          typeof a == "boolean" || typeof a == "number"
            ? (n[i] = a)
            : (n[i] = ZO.evaluateExpression(a, "arg", r));
        }
        let s = t.indexOf(".");
        if (s !== -1) {
          let a = Rt[t.slice(0, s)]?.[t.slice(s + 1)];
          if (typeof a == "function") return a(...n);
        }
        let o = XO[t];
        if (typeof o == "function") return o(...n);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (ZO = { evaluateExpression: hs, callFunction: Jf }));
  });
var eD = d(() => {
  pa();
});
var Yf,
  ub = d(() => {
    du();
    Xt();
    eD();
    Yf = (t, e) => {
      let { assign: r } = t;
      if (r && r in e.referenceRecord)
        throw new te(`'${r}' is already defined in Reference Record.`);
      let n = Jf(t, e);
      e.logger?.debug?.(`${An} evaluateCondition: ${Jt(t)} = ${Jt(n)}`);
      let s = n === "" ? !0 : !!n;
      return r != null
        ? { result: s, toAssign: { name: r, value: n } }
        : { result: s };
    };
  });
var Qf,
  lb = d(() => {
    Xt();
    pa();
    Qf = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [n, s]) => (
          (r[n] = s.map((o) => {
            let i = hs(o, "Header value entry", e);
            if (typeof i != "string")
              throw new te(`Header '${n}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var hu,
  tD,
  rD,
  pb = d(() => {
    Xt();
    cb();
    ((hu = (t, e) =>
      Object.entries(t).reduce(
        (r, [n, s]) => ((r[n] = rD.getEndpointProperty(s, e)), r),
        {},
      )),
      (tD = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => tD(r, e));
        switch (typeof t) {
          case "string":
            return Xf(t, e);
          case "object":
            if (t === null) throw new te(`Unexpected endpoint property: ${t}`);
            return rD.getEndpointProperties(t, e);
          case "boolean":
            return t;
          default:
            throw new te(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (rD = { getEndpointProperty: tD, getEndpointProperties: hu }));
  });
var Zf,
  fb = d(() => {
    Xt();
    pa();
    Zf = (t, e) => {
      let r = hs(t, "Endpoint URL", e);
      if (typeof r == "string")
        try {
          return new URL(r);
        } catch (n) {
          throw (console.error(`Failed to construct URL with ${r}`, n), n);
        }
      throw new te(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var db,
  Cn,
  nD = d(() => {
    Xt();
    ub();
    pa();
    lb();
    pb();
    fb();
    ((db = 1e8),
      (Cn = (t, e) => {
        let { nodes: r, root: n, results: s, conditions: o } = t,
          i = n,
          a = {},
          c = {
            referenceRecord: a,
            endpointParams: e.endpointParams,
            logger: e.logger,
          };
        for (; i !== 1 && i !== -1 && i < db;) {
          let u = 3 * (Math.abs(i) - 1),
            [l, p, h] = [r[u], r[u + 1], r[u + 2]],
            [g, y, E] = o[l],
            S = Yf({ fn: g, assign: E, argv: y }, c);
          if (S.toAssign) {
            let { name: b, value: w } = S.toAssign;
            a[b] = w;
          }
          i = i >= 0 === S.result ? p : h;
        }
        if (i >= db) {
          let u = s[i - db];
          if (u[0] === -1) {
            let [, g] = u;
            throw new te(hs(g, "Error", c));
          }
          let [l, p, h] = u;
          return {
            url: Zf(l, c),
            properties: hu(p, c),
            headers: Qf(h ?? {}, c),
          };
        }
        throw new te("No matching endpoint.");
      }));
  });
var fa,
  ed = d(() => {
    du();
    ub();
    fa = (t = [], e) => {
      let r = {},
        n = { ...e, referenceRecord: { ...e.referenceRecord } },
        s = !1;
      for (let o of t) {
        let { result: i, toAssign: a } = Yf(o, n);
        if (!i) return { result: i };
        a &&
          ((s = !0),
          (r[a.name] = a.value),
          (n.referenceRecord[a.name] = a.value),
          e.logger?.debug?.(`${An} assign: ${a.name} := ${Jt(a.value)}`));
      }
      return s ? { result: !0, referenceRecord: r } : { result: !0 };
    };
  });
var sD,
  oD = d(() => {
    du();
    ed();
    lb();
    pb();
    fb();
    sD = (t, e) => {
      let { conditions: r, endpoint: n } = t,
        { result: s, referenceRecord: o } = fa(r, e);
      if (!s) return;
      let i = o ? { ...e, referenceRecord: { ...e.referenceRecord, ...o } } : e,
        { url: a, properties: c, headers: u } = n;
      e.logger?.debug?.(`${An} Resolving endpoint from template: ${Jt(n)}`);
      let l = { url: Zf(a, i) };
      return (
        u != null && (l.headers = Qf(u, i)),
        c != null && (l.properties = hu(c, i)),
        l
      );
    };
  });
var iD,
  aD = d(() => {
    Xt();
    ed();
    pa();
    iD = (t, e) => {
      let { conditions: r, error: n } = t,
        { result: s, referenceRecord: o } = fa(r, e);
      if (!s) return;
      let i = o ? { ...e, referenceRecord: { ...e.referenceRecord, ...o } } : e;
      throw new te(hs(n, "Error", i));
    };
  });
var td,
  cD,
  mb,
  uD = d(() => {
    Xt();
    ed();
    oD();
    aD();
    ((td = (t, e) => {
      for (let r of t)
        if (r.type === "endpoint") {
          let n = sD(r, e);
          if (n) return n;
        } else if (r.type === "error") iD(r, e);
        else if (r.type === "tree") {
          let n = mb.evaluateTreeRule(r, e);
          if (n) return n;
        } else throw new te(`Unknown endpoint rule: ${r}`);
      throw new te("Rules evaluation failed");
    }),
      (cD = (t, e) => {
        let { conditions: r, rules: n } = t,
          { result: s, referenceRecord: o } = fa(r, e);
        if (!s) return;
        let i = o
          ? { ...e, referenceRecord: { ...e.referenceRecord, ...o } }
          : e;
        return mb.evaluateRules(n, i);
      }),
      (mb = { evaluateRules: td, evaluateTreeRule: cD }));
  });
var lD = d(() => {
  uD();
});
var gu,
  pD = d(() => {
    F();
    du();
    Xt();
    lD();
    gu = (t, e) => {
      let { endpointParams: r, logger: n } = e,
        { parameters: s, rules: o } = t;
      e.logger?.debug?.(`${An} Initial EndpointParams: ${Jt(r)}`);
      for (let a in s) {
        if (!T(s, a)) continue;
        let c = s[a],
          u = r[a];
        if (u == null && c.default != null) {
          r[a] = c.default;
          continue;
        }
        if (c.required && u == null)
          throw new te(`Missing required parameter: '${a}'`);
      }
      let i = td(o, { endpointParams: r, logger: n, referenceRecord: {} });
      return (e.logger?.debug?.(`${An} Resolved endpoint: ${Jt(i)}`), i);
    };
  });
var fD,
  dD = d(() => {
    fD = (t) => {
      let { endpoint: e } = t;
      return (
        e === void 0 &&
          (t.endpoint = async () => {
            throw new Error(
              "@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.",
            );
          }),
        t
      );
    };
  });
var mD = {};
oe(mD, {
  BinaryDecisionDiagram: () => lr,
  EndpointCache: () => pr,
  EndpointError: () => te,
  customEndpointFunctions: () => Rt,
  decideEndpoint: () => Cn,
  endpointMiddleware: () => jK,
  endpointMiddlewareOptions: () => qE,
  getEndpointFromInstructions: () => VK,
  getEndpointPlugin: () => ys,
  isIpAddress: () => ms,
  isValidHostLabel: () => Tr,
  middlewareEndpointToEndpointV1: () => jt,
  resolveEndpoint: () => gu,
  resolveEndpointConfig: () => gs,
  resolveEndpointRequiredConfig: () => fD,
  resolveParams: () => fu,
  toEndpointV1: () => jt,
});
var VK,
  gs,
  jK,
  ys,
  Ie = d(() => {
    xO();
    qf();
    zE();
    WE();
    OO();
    F();
    DO();
    NO();
    nD();
    eb();
    F();
    KE();
    pD();
    Xt();
    qf();
    jf();
    WE();
    dD();
    ((VK = zf(pu)), (gs = RO(pu)), (jK = Wf(pu)), (ys = CO(pu)));
  });
var rd,
  hb = d(() => {
    Ie();
    rd = (t, e) => (r, n) => async (s) => {
      let o = t,
        i = n.endpointV2 ? async () => jt(n.endpointV2) : o.endpoint;
      if (!i) throw new Error("No valid endpoint provider available.");
      let a = await e(s.input, { ...t, endpoint: i });
      return r({ ...s, request: a });
    };
  });
function hD(t, e, r) {
  return {
    applyToStack: (n) => {
      (n.add(If(t, r), gb), n.add(rd(t, e), yb));
    },
  };
}
var gb,
  yb,
  gD = d(() => {
    xE();
    hb();
    ((gb = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: ["DESERIALIZER"],
      override: !0,
    }),
      (yb = {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: !0,
      }));
  });
import { createHash as zK, createHmac as qK } from "node:crypto";
function yD(t, e) {
  return Buffer.isBuffer(t)
    ? t
    : typeof t == "string"
      ? js(t, e)
      : ArrayBuffer.isView(t)
        ? Cr(t.buffer, t.byteOffset, t.byteLength)
        : Cr(t);
}
var nd,
  SD = d(() => {
    zs();
    EE();
    nd = class {
      algorithmIdentifier;
      secret;
      hash;
      constructor(e, r) {
        ((this.algorithmIdentifier = e), (this.secret = r), this.reset());
      }
      update(e, r) {
        this.hash.update(Et(yD(e, r)));
      }
      digest() {
        return Promise.resolve(this.hash.digest());
      }
      reset() {
        this.hash = this.secret
          ? qK(this.algorithmIdentifier, yD(this.secret))
          : zK(this.algorithmIdentifier);
      }
    };
  });
import { Readable as WK } from "node:stream";
var da,
  Sb = d(() => {
    aE();
    da = class extends WK {
      expectedChecksum;
      checksumSourceLocation;
      checksum;
      source;
      base64Encoder;
      constructor({
        expectedChecksum: e,
        checksum: r,
        source: n,
        checksumSourceLocation: s,
        base64Encoder: o,
      }) {
        if ((super(), typeof n.pipe != "function"))
          throw new Error(
            `@smithy/util-stream: unsupported source type ${n?.constructor?.name ?? n} in ChecksumStream.`,
          );
        ((this.source = n),
          (this.base64Encoder = o ?? xe),
          (this.expectedChecksum = e),
          (this.checksum = r),
          (this.checksumSourceLocation = s),
          this.source.on("data", this.onSourceData),
          this.source.on("end", this.onSourceEnd),
          this.source.on("error", this.onSourceError),
          this.source.on("close", this.onSourceClose),
          this.source.pause());
      }
      onSourceData = (e) => {
        if (!this.destroyed) {
          try {
            this.checksum.update(e);
          } catch (r) {
            this.destroy(r);
            return;
          }
          this.push(e) || this.source.pause();
        }
      };
      onSourceEnd = async () => {
        if (!this.destroyed) {
          try {
            let e = await this.checksum.digest(),
              r = this.base64Encoder(e);
            if (this.expectedChecksum !== r) {
              this.destroy(
                new Error(
                  `Checksum mismatch: expected "${this.expectedChecksum}" but received "${r}" in response header "${this.checksumSourceLocation}".`,
                ),
              );
              return;
            }
          } catch (e) {
            this.destroy(e);
            return;
          }
          this.push(null);
        }
      };
      onSourceError = (e) => {
        this.destroy(e);
      };
      onSourceClose = () => {
        !this.destroyed &&
          !this.source.readableEnded &&
          this.destroy(
            new Error(
              "Connection lost or stream closed before all data was received.",
            ),
          );
      };
      _read(e) {
        this.source.resume();
      }
      _destroy(e, r) {
        (this.source?.removeListener("data", this.onSourceData),
          this.source?.removeListener("end", this.onSourceEnd),
          this.source?.removeListener("error", this.onSourceError),
          this.source?.removeListener("close", this.onSourceClose),
          this.source?.destroy(),
          r(e));
      }
    };
  });
var Ge,
  Js,
  Rr = d(() => {
    ((Ge = (t) =>
      typeof ReadableStream == "function" &&
      (t?.constructor?.name === ReadableStream.name ||
        t instanceof ReadableStream)),
      (Js = (t) =>
        typeof Blob == "function" &&
        (t?.constructor?.name === Blob.name || t instanceof Blob)));
  });
var ED,
  bD = d(() => {
    ED = (t) => new TextEncoder().encode(t);
  });
var xD,
  pIe,
  wD,
  sd,
  Eb,
  vD,
  ID = d(() => {
    ((xD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
      (pIe = Object.entries(xD).reduce(
        (t, [e, r]) => ((t[r] = Number(e)), t),
        {},
      )),
      (wD = xD.split("")),
      (sd = 6),
      (Eb = 8),
      (vD = 63));
  });
function od(t) {
  let e;
  typeof t == "string" ? (e = ED(t)) : (e = t);
  let r = typeof e == "object" && typeof e.length == "number",
    n =
      typeof e == "object" &&
      typeof e.byteOffset == "number" &&
      typeof e.byteLength == "number";
  if (!r && !n)
    throw new Error(
      "@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.",
    );
  let s = "";
  for (let o = 0; o < e.length; o += 3) {
    let i = 0,
      a = 0;
    for (let u = o, l = Math.min(o + 3, e.length); u < l; u++)
      ((i |= e[u] << ((l - u - 1) * Eb)), (a += Eb));
    let c = Math.ceil(a / sd);
    i <<= c * sd - a;
    for (let u = 1; u <= c; u++) {
      let l = (c - u) * sd;
      s += wD[(i & (vD << l)) >> l];
    }
    s += "==".slice(0, 4 - c);
  }
  return s;
}
var bb = d(() => {
  bD();
  ID();
});
var KK,
  id,
  _D = d(() => {
    ((KK =
      typeof ReadableStream == "function" ? ReadableStream : function () {}),
      (id = class extends KK {}));
  });
var TD,
  AD = d(() => {
    bb();
    Rr();
    _D();
    TD = ({
      expectedChecksum: t,
      checksum: e,
      source: r,
      checksumSourceLocation: n,
      base64Encoder: s,
    }) => {
      if (!Ge(r))
        throw new Error(
          `@smithy/util-stream: unsupported source type ${r?.constructor?.name ?? r} in ChecksumStream.`,
        );
      let o = s ?? od;
      if (typeof TransformStream != "function")
        throw new Error(
          "@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.",
        );
      let i = new TransformStream({
        start() {},
        async transform(c, u) {
          (e.update(c), u.enqueue(c));
        },
        async flush(c) {
          let u = await e.digest(),
            l = o(u);
          if (t !== l) {
            let p = new Error(
              `Checksum mismatch: expected "${t}" but received "${l}" in response header "${n}".`,
            );
            c.error(p);
          } else c.terminate();
        },
      });
      r.pipeThrough(i);
      let a = i.readable;
      return (Object.setPrototypeOf(a, id.prototype), a);
    };
  });
function CD(t) {
  return typeof ReadableStream == "function" && Ge(t.source)
    ? TD(t)
    : new da(t);
}
var RD = d(() => {
  Rr();
  Sb();
  AD();
});
var Zo,
  xb = d(() => {
    Zo = class {
      allocByteArray;
      byteLength = 0;
      byteArrays = [];
      constructor(e) {
        this.allocByteArray = e;
      }
      push(e) {
        (this.byteArrays.push(e), (this.byteLength += e.byteLength));
      }
      flush() {
        if (this.byteArrays.length === 1) {
          let n = this.byteArrays[0];
          return (this.reset(), n);
        }
        let e = this.allocByteArray(this.byteLength),
          r = 0;
        for (let n = 0; n < this.byteArrays.length; ++n) {
          let s = this.byteArrays[n];
          (e.set(s, r), (r += s.byteLength));
        }
        return (this.reset(), e);
      }
      reset() {
        ((this.byteArrays = []), (this.byteLength = 0));
      }
    };
  });
function OD(t, e, r) {
  let n = t.getReader(),
    s = !1,
    o = 0,
    i = ["", new Zo((u) => new Uint8Array(u))],
    a = -1,
    c = async (u) => {
      let { value: l, done: p } = await n.read(),
        h = l;
      if (p) {
        if (a !== -1) {
          let g = ei(i, a);
          Ss(g) > 0 && u.enqueue(g);
        }
        u.close();
      } else {
        let g = vb(h, !1);
        if ((a !== g && (a >= 0 && u.enqueue(ei(i, a)), (a = g)), a === -1)) {
          u.enqueue(h);
          return;
        }
        let y = Ss(h);
        o += y;
        let E = Ss(i[a]);
        if (y >= e && E === 0) u.enqueue(h);
        else {
          let S = wb(i, a, h);
          (!s &&
            o > e * 2 &&
            ((s = !0),
            r?.warn(
              `@smithy/util-stream - stream chunk size ${y} is below threshold of ${e}, automatically buffering.`,
            )),
            S >= e ? u.enqueue(ei(i, a)) : await c(u));
        }
      }
    };
  return new ReadableStream({ pull: c });
}
function wb(t, e, r) {
  switch (e) {
    case 0:
      return ((t[0] += r), Ss(t[0]));
    case 1:
    case 2:
      return (t[e].push(r), Ss(t[e]));
  }
}
function ei(t, e) {
  switch (e) {
    case 0:
      let r = t[0];
      return ((t[0] = ""), r);
    case 1:
    case 2:
      return t[e].flush();
  }
  throw new Error(`@smithy/util-stream - invalid index ${e} given to flush()`);
}
function Ss(t) {
  return t?.byteLength ?? t?.length ?? 0;
}
function vb(t, e = !0) {
  return e && typeof Buffer < "u" && t instanceof Buffer
    ? 2
    : t instanceof Uint8Array
      ? 1
      : typeof t == "string"
        ? 0
        : -1;
}
var DD = d(() => {
  xb();
});
import { Readable as XK } from "node:stream";
function ND(t, e, r) {
  if (Ge(t)) return OD(t, e, r);
  let n = new XK({ read() {} }),
    s = !1,
    o = 0,
    i = [
      "",
      new Zo((c) => new Uint8Array(c)),
      new Zo((c) => Buffer.from(new Uint8Array(c))),
    ],
    a = -1;
  return (
    t.on("data", (c) => {
      let u = vb(c, !0);
      if ((a !== u && (a >= 0 && n.push(ei(i, a)), (a = u)), a === -1)) {
        n.push(c);
        return;
      }
      let l = Ss(c);
      o += l;
      let p = Ss(i[a]);
      if (l >= e && p === 0) n.push(c);
      else {
        let h = wb(i, a, c);
        (!s &&
          o > e * 2 &&
          ((s = !0),
          r?.warn(
            `@smithy/util-stream - stream chunk size ${l} is below threshold of ${e}, automatically buffering.`,
          )),
          h >= e && n.push(ei(i, a)));
      }
    }),
    t.on("end", () => {
      if (a !== -1) {
        let c = ei(i, a);
        Ss(c) > 0 && n.push(c);
      }
      n.push(null);
    }),
    n
  );
}
var PD = d(() => {
  xb();
  DD();
  Rr();
});
var kD,
  MD = d(() => {
    kD = (t, e) => {
      let {
          base64Encoder: r,
          bodyLengthChecker: n,
          checksumAlgorithmFn: s,
          checksumLocationName: o,
          streamHasher: i,
        } = e,
        a =
          r !== void 0 &&
          n !== void 0 &&
          s !== void 0 &&
          o !== void 0 &&
          i !== void 0,
        c = a ? i(s, t) : void 0;
      Promise.resolve(c).catch(() => {});
      let u = t.getReader();
      return new ReadableStream({
        async pull(l) {
          let { value: p, done: h } = await u.read();
          if (h) {
            if (
              (l.enqueue(`0\r
`),
              a)
            ) {
              let g = r(await c);
              (l.enqueue(`${o}:${g}\r
`),
                l.enqueue(`\r
`));
            }
            l.close();
          } else
            l.enqueue(`${(n(p) || 0).toString(16)}\r
${p}\r
`);
        },
      });
    };
  });
import { Readable as JK } from "node:stream";
function $D(t, e) {
  let r = t,
    n = t;
  if (Ge(n)) return kD(n, e);
  let {
      base64Encoder: s,
      bodyLengthChecker: o,
      checksumAlgorithmFn: i,
      checksumLocationName: a,
      streamHasher: c,
    } = e,
    u = s !== void 0 && i !== void 0 && a !== void 0 && c !== void 0,
    l = u ? c(i, r) : void 0;
  Promise.resolve(l).catch(() => {});
  let p = new JK({
    read() {
      r.resume();
    },
  });
  return (
    r.on("data", (h) => {
      let g = o(h) || 0;
      g !== 0 &&
        (p.push(`${g.toString(16)}\r
`),
        p.push(h),
        p.push(`\r
`) || r.pause());
    }),
    r.on("error", (h) => {
      p.destroy(h);
    }),
    r.pause(),
    r.on("end", async () => {
      try {
        if (
          (p.push(`0\r
`),
          u)
        ) {
          let h = s(await l);
          (p.push(`${a}:${h}\r
`),
            p.push(`\r
`));
        }
        p.push(null);
      } catch (h) {
        p.destroy(h);
      }
    }),
    p
  );
}
var LD = d(() => {
  MD();
  Rr();
});
async function UD(t, e) {
  let r = 0,
    n = [],
    s = t.getReader(),
    o = !1;
  for (; !o;) {
    let { done: c, value: u } = await s.read();
    if ((u && (n.push(u), (r += u?.byteLength ?? 0)), r >= e)) break;
    o = c;
  }
  s.releaseLock();
  let i = new Uint8Array(Math.min(e, r)),
    a = 0;
  for (let c of n) {
    if (c.byteLength > i.byteLength - a) {
      i.set(c.subarray(0, i.byteLength - a), a);
      break;
    } else i.set(c, a);
    a += c.length;
  }
  return i;
}
var BD = d(() => {});
import { Writable as YK } from "node:stream";
var FD,
  Ib,
  GD = d(() => {
    ou();
    BD();
    Rr();
    ((FD = (t, e) =>
      Ge(t)
        ? UD(t, e)
        : new Promise((r, n) => {
            let s = new Ib();
            ((s.limit = e),
              t.pipe(s),
              t.on("error", (o) => {
                (s.end(), n(o));
              }),
              s.on("error", n),
              s.on("finish", function () {
                let o = xn(this.buffers);
                r(o);
              }));
          })),
      (Ib = class extends YK {
        buffers = [];
        limit = 1 / 0;
        bytesBuffered = 0;
        _write(e, r, n) {
          if (
            (this.buffers.push(e),
            (this.bytesBuffered += e.byteLength ?? 0),
            this.bytesBuffered >= this.limit)
          ) {
            let s = this.bytesBuffered - this.limit,
              o = this.buffers[this.buffers.length - 1];
            ((this.buffers[this.buffers.length - 1] = o.subarray(
              0,
              o.byteLength - s,
            )),
              this.emit("finish"));
          }
          n();
        }
      }));
  });
var HD,
  VD = d(() => {
    HD = (t) => {
      if (typeof t == "string") return t;
      if (
        typeof t != "object" ||
        typeof t.byteOffset != "number" ||
        typeof t.byteLength != "number"
      )
        throw new Error(
          "@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.",
        );
      return new TextDecoder("utf-8").decode(t);
    };
  });
async function _b(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function Tb(t) {
  let e = [],
    r = t.getReader(),
    n = 0;
  for (;;) {
    let { done: s, value: o } = await r.read();
    if ((o && (e.push(o), (n += o.length)), s)) break;
  }
  return xn(e, n);
}
var jD,
  Ab = d(() => {
    ou();
    Rr();
    jD = async (t) => (Js(t) ? _b(t) : Tb(t));
  });
var zD,
  WD,
  qD,
  KD = d(() => {
    bb();
    SE();
    VD();
    Ab();
    Rr();
    ((zD = "The stream has already been transformed."),
      (WD = (t) => {
        if (!qD(t) && !Ge(t)) {
          let s = t?.__proto__?.constructor?.name || t;
          throw new Error(
            `Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`,
          );
        }
        let e = !1,
          r = async () => {
            if (e) throw new Error(zD);
            return ((e = !0), await jD(t));
          },
          n = (s) => {
            if (typeof s.stream != "function")
              throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);
            return s.stream();
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (s) => {
            let o = await r();
            if (s === "base64") return od(o);
            if (s === "hex") return cr(o);
            if (s === void 0 || s === "utf8" || s === "utf-8") return HD(o);
            if (typeof TextDecoder == "function")
              return new TextDecoder(s).decode(o);
            throw new Error(
              "TextDecoder is not available, please make sure polyfill is provided.",
            );
          },
          transformToWebStream: () => {
            if (e) throw new Error(zD);
            if (((e = !0), qD(t))) return n(t);
            if (Ge(t)) return t;
            throw new Error(`Cannot transform payload to web stream, got ${t}`);
          },
        });
      }),
      (qD = (t) => typeof Blob == "function" && t instanceof Blob));
  });
import { Writable as QK } from "node:stream";
var ad,
  Cb,
  Rb = d(() => {
    ou();
    Ab();
    Rr();
    ((ad = (t) =>
      Js(t)
        ? _b(t)
        : Ge(t)
          ? Tb(t)
          : new Promise((e, r) => {
              let n = new Cb(),
                s = t;
              (s.pipe(n),
                s.on("error", (o) => {
                  (n.end(), r(o));
                }),
                n.on("error", r),
                n.on("finish", function () {
                  let o = xn(this.bufferedBytes);
                  e(o);
                }));
            })),
      (Cb = class extends QK {
        bufferedBytes = [];
        _write(e, r, n) {
          (this.bufferedBytes.push(e), n());
        }
      }));
  });
import { Readable as Ob } from "node:stream";
var XD,
  cd,
  JD = d(() => {
    zs();
    KD();
    Rb();
    ((XD = "The stream has already been transformed."),
      (cd = (t) => {
        if (!(t instanceof Ob))
          try {
            return WD(t);
          } catch {
            let s = t?.__proto__?.constructor?.name || t;
            throw new Error(
              `Unexpected stream implementation, expect Stream.Readable instance, got ${s}`,
            );
          }
        let e = !1,
          r = async () => {
            if (e) throw new Error(XD);
            return ((e = !0), await ad(t));
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (n) => {
            let s = await r();
            return n === void 0 || Buffer.isEncoding(n)
              ? Cr(s.buffer, s.byteOffset, s.byteLength).toString(n)
              : new TextDecoder(n).decode(s);
          },
          transformToWebStream: () => {
            if (e) throw new Error(XD);
            if (t.readableFlowing !== null)
              throw new Error(
                "The stream has been consumed by other callbacks.",
              );
            if (typeof Ob.toWeb != "function")
              throw new Error(
                "Readable.toWeb() is not supported. Please ensure a polyfill is available.",
              );
            return ((e = !0), Ob.toWeb(t));
          },
        });
      }));
  });
async function YD(t) {
  return (typeof t.stream == "function" && (t = t.stream()), t.tee());
}
var QD = d(() => {});
import { PassThrough as ZD } from "node:stream";
async function eN(t) {
  if (Ge(t) || Js(t)) return YD(t);
  let e = new ZD(),
    r = new ZD();
  return (t.pipe(e), t.pipe(r), [e, r]);
}
var tN = d(() => {
  QD();
  Rr();
});
function xt(t) {
  Object.defineProperty(t, "__proto__", {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var rN = d(() => {});
var ri = {};
oe(ri, {
  ChecksumStream: () => da,
  Hash: () => nd,
  LazyJsonString: () => $e,
  NumericValue: () => W,
  Uint8ArrayBlobAdapter: () => ti,
  _parseEpochTimestamp: () => Ks,
  _parseRfc3339DateTimeWithOffset: () => Ef,
  _parseRfc7231DateTime: () => bf,
  calculateBodyLength: () => bn,
  concatBytes: () => xn,
  copyDocumentWithTransform: () => CC,
  createBufferedReadable: () => ND,
  createChecksumStream: () => CD,
  dateToUtcString: () => qt,
  deserializerMiddleware: () => If,
  deserializerMiddlewareOption: () => gb,
  expectBoolean: () => DC,
  expectByte: () => ff,
  expectFloat32: () => ru,
  expectInt: () => NC,
  expectInt32: () => lf,
  expectLong: () => Zi,
  expectNonNull: () => PC,
  expectNumber: () => Qi,
  expectObject: () => uE,
  expectShort: () => pf,
  expectString: () => kC,
  expectUnion: () => mf,
  fromArrayBuffer: () => Cr,
  fromBase64: () => Re,
  fromHex: () => vf,
  fromString: () => js,
  fromUtf8: () => Fe,
  generateIdempotencyToken: () => Yt,
  getAwsChunkedEncodingStream: () => $D,
  getSerdePlugin: () => hD,
  handleFloat: () => $C,
  hasOwn: () => T,
  headStream: () => FD,
  isArrayBuffer: () => af,
  isBlob: () => Js,
  isReadableStream: () => Ge,
  limitedParseDouble: () => gf,
  limitedParseFloat: () => LC,
  limitedParseFloat32: () => UC,
  logger: () => ea,
  nv: () => wf,
  parseBoolean: () => OC,
  parseEpochTimestamp: () => sa,
  parseRfc3339DateTime: () => HC,
  parseRfc3339DateTimeWithOffset: () => na,
  parseRfc7231DateTime: () => Ws,
  quoteHeader: () => Sf,
  sdkStreamMixin: () => cd,
  serializerMiddleware: () => rd,
  serializerMiddlewareOption: () => yb,
  splitEvery: () => xf,
  splitHeader: () => oa,
  splitStream: () => eN,
  streamCollector: () => ad,
  strictParseByte: () => yf,
  strictParseDouble: () => nu,
  strictParseFloat: () => MC,
  strictParseFloat32: () => hf,
  strictParseInt: () => FC,
  strictParseInt32: () => GC,
  strictParseLong: () => lE,
  strictParseShort: () => qs,
  toBase64: () => xe,
  toHex: () => cr,
  toUint8Array: () => Et,
  toUtf8: () => we,
  v4: () => ma,
  writeKey: () => xt,
});
import { getRandomValues as ZK } from "node:crypto";
var ti,
  e5,
  ma,
  Yt,
  P = d(() => {
    wC();
    aE();
    IC();
    cf();
    _C();
    AC();
    RC();
    VC();
    jC();
    pE();
    zC();
    KC();
    XC();
    JC();
    QC();
    SE();
    eR();
    EE();
    ou();
    zs();
    iE();
    xE();
    gD();
    hb();
    SD();
    Sb();
    RD();
    PD();
    LD();
    GD();
    JD();
    tN();
    Rr();
    Rb();
    F();
    rN();
    ((ti = class extends vC(we, Fe, xe, Re) {}),
      (e5 = ZK),
      (ma = TC(e5)),
      (Yt = ma));
  });
var He,
  ha = d(() => {
    P();
    He = async (t = new Uint8Array(), e) => {
      if (t instanceof Uint8Array) return ti.mutate(t);
      if (!t) return ti.mutate(new Uint8Array());
      let r = e.streamCollector(t);
      return ti.mutate(await r);
    };
  });
function Or(t) {
  return /^[\w.~-]+$/.test(t)
    ? t
    : encodeURIComponent(t).replace(/[!'()*]/g, function (e) {
        return "%" + e.charCodeAt(0).toString(16).toUpperCase();
      });
}
var ud = d(() => {});
var sN,
  nt,
  t5,
  r5,
  n5,
  s5,
  ld,
  nN,
  ni = d(() => {
    K();
    P();
    ((sN = Symbol.for("@smithy/schema-x")),
      (nt = class t extends _ {
        static identity = Symbol.for("@smithy/HttpBindingNormalizedSchema");
        identity = t.identity;
        bindings;
        constructor(e) {
          super(e);
        }
        static of(e) {
          let r = _.of(e);
          if (r.identity === t.identity) return r;
          let n = r.isMemberSchema() ? r : r.getSchema(),
            s = typeof n == "object" && n !== null ? n : r;
          return (s[sN] ??= new t(r));
        }
        getHttpBindingLocation(e) {
          return e.httpPayload
            ? 36
            : e.httpLabel
              ? 33
              : e.httpHeader
                ? 38
                : typeof e.httpPrefixHeaders == "string"
                  ? 39
                  : e.httpQuery
                    ? 34
                    : e.httpQueryParams
                      ? 35
                      : e.httpResponseCode
                        ? 37
                        : 32;
        }
        getHttpBindingValue(e, r, n = !1) {
          let s = this.getSchema(),
            o = typeof s == "number" ? s & 255 : this.isListSchema() ? 64 : 255,
            i = e & 7,
            a = r.mediaType
              ? r.mediaType === "application/json" ||
                r.mediaType.endsWith("+json")
                ? 2
                : 1
              : 0,
            c = r.streaming || o === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
            u = o >= 4 && o <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
            l =
              o |
              (a << 8) |
              ((r.idempotencyToken ? 1 : 0) << 10) |
              (c << 11) |
              ((r.sparse ? 1 : 0) << 13) |
              (u << 14) |
              ((r.hostLabel ? 1 : 0) << 17) |
              ((e === 36 && typeof s != "object" ? 1 : 0) << 18),
            p = o & 192,
            h =
              i & 2 && (p === 64 || (!n && i & 1))
                ? this.getHttpBindingCollectionValue(e, r)
                : void 0,
            g = (h?.[1] ?? 0) & 255;
          return (
            (l |= (i >= 6 && (g === 4 || g === 6) ? 1 : 0) << 16),
            [this, l, h]
          );
        }
        getHttpBindingCollectionValue(e, r = this.getMergedTraits()) {
          let n = t.of(this.getValueSchema());
          return n.getHttpBindingValue(e, { ...n.getMergedTraits(), ...r }, !0);
        }
        getHttpBindings() {
          let e = this.getSchema();
          return typeof e != "object" || e === null
            ? s5
            : (this.bindings ??= t5(this));
        }
      }),
      (t5 = (t) => {
        let e = [],
          r = [],
          n = [],
          s = [],
          o = [],
          i = {},
          a = {},
          c = [],
          u = { headers: a, prefixHeaders: c },
          l = {
            request: { memberBindings: o, byName: i },
            response: { bodyMemberNames: e, bindings: u },
          },
          { request: p, response: h } = l;
        for (let [g, y] of t.structIterator()) {
          let E = nt.of(y),
            S = E.getMergedTraits(),
            b = E.getHttpBindingLocation(S),
            w =
              S.httpHeader?.toLowerCase() ??
              S.httpPrefixHeaders?.toLowerCase() ??
              S.httpQuery,
            I = E.getHttpBindingValue(b, S),
            v = [g, I, b, w];
          (g === "__proto__" && xt(i),
            (i[g] = v),
            (I[1] >> 10) & 1 && (p.hasIdempotency = !0),
            o.push(v));
          let A = b & 7;
          if ((A === 0 && (n.push(g), s.push(y)), (A & 4) === 0))
            (e.push(g), r.push(y));
          else if ((A & 6) === 4)
            if (A & 1) u.statusCode = v;
            else {
              u.payload = v;
              let V = I[1] & 255;
              p.contentTypeInstruction =
                S.mediaType ??
                (V === 0
                  ? "text/plain"
                  : V === 21 || V === 42
                    ? "application/octet-stream"
                    : null);
            }
          else
            A & 1
              ? ((p.hasPrefixHeaders = !0), c.push(v))
              : (w === "__proto__" && xt(a), (a[w] = v));
        }
        return (
          p.contentTypeInstruction === void 0 &&
            n.length &&
            (p.contentTypeInstruction = null),
          (p.syntheticBodySchema = nN(t, n, s)),
          (h.syntheticBodySchema = nN(t, e, r)),
          l
        );
      }),
      (r5 = (t) => {
        let e = [],
          r = 0;
        for (let n of t.matchAll(/\{([^{}+]+)(\+)?\}/g))
          (n.index > r && e.push([t.slice(r, n.index), 0]),
            e.push([n[1], n[2] ? 2 : 1]),
            (r = n.index + n[0].length));
        return (
          e.length && r < t.length && e.push([t.slice(r), 0]),
          e.length ? e : void 0
        );
      }),
      (n5 = (t) => {
        let { http: e, endpoint: r } = fs(t.traits ?? {}),
          [n, s] = e?.[1].split("?") ?? [];
        return [
          e?.[0],
          n,
          s ? [...new URLSearchParams(s)] : [],
          n ? r5(n) : void 0,
          r?.[0],
        ];
      }),
      (s5 = {
        request: { memberBindings: [], byName: {} },
        response: {
          bodyMemberNames: [],
          bindings: { headers: {}, prefixHeaders: [] },
        },
      }),
      (ld = (t) => (t[sN] ??= n5(t))),
      (nN = (t, e, r) => {
        if (!e.length) return;
        let n = t.getSchema(),
          s = [3, n[1], n[2], t.getMergedTraits(), e, r],
          o = n[6],
          i = o && e.reduce((a, c) => a + (n[4].indexOf(c) < o ? 1 : 0), 0);
        return (i && (s[6] = i), s);
      }));
  });
var We,
  ga = d(() => {
    We = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
async function pd(t, e, r = 1024 * 1024) {
  let n = t.size,
    s = 0;
  for (; s < n;) {
    let o = t.slice(s, Math.min(n, s + r));
    (e(new Uint8Array(await o.arrayBuffer())), (s += o.size));
  }
}
var Db = d(() => {});
var oN,
  iN = d(() => {
    Db();
    oN = async function (e, r) {
      let n = new e();
      return (
        await pd(r, (s) => {
          n.update(s);
        }),
        n.digest()
      );
    };
  });
import { Writable as o5 } from "node:stream";
var ya,
  Nb = d(() => {
    P();
    ya = class extends o5 {
      hash;
      constructor(e, r) {
        (super(r), (this.hash = e));
      }
      _write(e, r, n) {
        try {
          this.hash.update(Et(e));
        } catch (s) {
          return n(s);
        }
        n();
      }
    };
  });
import { createReadStream as i5 } from "node:fs";
var aN,
  a5,
  cN = d(() => {
    Nb();
    ((aN = (t, e) =>
      new Promise((r, n) => {
        if (!a5(e)) {
          n(new Error("Unable to calculate hash for non-file streams."));
          return;
        }
        let s = i5(e.path, { start: e.start, end: e.end }),
          o = new t(),
          i = new ya(o);
        (s.pipe(i),
          s.on("error", (a) => {
            (i.end(), n(a));
          }),
          i.on("error", n),
          i.on("finish", function () {
            o.digest().then(r).catch(n);
          }));
      })),
      (a5 = (t) => typeof t.path == "string"));
  });
var uN,
  lN = d(() => {
    Nb();
    uN = (t, e) => {
      if (e.readableFlowing !== null)
        throw new Error("Unable to calculate hash for flowing readable stream");
      let r = new t(),
        n = new ya(r);
      return (
        e.pipe(n),
        new Promise((s, o) => {
          (e.on("error", (i) => {
            (n.end(), o(i));
          }),
            n.on("error", o),
            n.on("finish", () => {
              r.digest().then(s).catch(o);
            }));
        })
      );
    };
  });
function Pb(t, e) {
  let r = t[0],
    n = t[1],
    s = t[2],
    o = t[3];
  for (let i = 0; i < 64; ++i) {
    let a, c;
    i < 16
      ? ((a = (n & s) | (~n & o)), (c = i))
      : i < 32
        ? ((a = (o & n) | (s & ~o)), (c = (5 * i + 1) % 16))
        : i < 48
          ? ((a = n ^ s ^ o), (c = (3 * i + 5) % 16))
          : ((a = s ^ (n | ~o)), (c = (7 * i) % 16));
    let u = e.getUint32(c * 4, !0),
      l = o;
    ((o = s), (s = n));
    let p = c5[(i >> 4) * 4 + (i & 3)],
      h = (((r + a) & Ys) + ((u + u5[i]) & Ys)) & Ys;
    ((n = (n + (((h << p) | (h >>> (32 - p))) >>> 0)) & Ys), (r = l));
  }
  ((t[0] = (t[0] + r) & Ys),
    (t[1] = (t[1] + n) & Ys),
    (t[2] = (t[2] + s) & Ys),
    (t[3] = (t[3] + o) & Ys));
}
var Sa,
  pN,
  Ys,
  c5,
  u5,
  kb = d(() => {
    P();
    ((Sa = class {
      digestLength = 16;
      state = Uint32Array.from(pN);
      writeBuffer = new DataView(new ArrayBuffer(64));
      bufferLength = 0;
      bytesHashed = 0;
      update(e) {
        let r = Et(e),
          n = 0,
          s = r.byteLength;
        for (this.bytesHashed += s; s > 0;)
          (this.writeBuffer.setUint8(this.bufferLength++, r[n++]),
            --s,
            this.bufferLength === 64 &&
              (Pb(this.state, this.writeBuffer), (this.bufferLength = 0)));
      }
      async digest() {
        let e = Uint32Array.from(this.state),
          r = new DataView(this.writeBuffer.buffer.slice(0)),
          n = this.bufferLength,
          s = this.bytesHashed * 8;
        if ((r.setUint8(n++, 128), this.bufferLength % 64 >= 56)) {
          for (let a = n; a < 64; ++a) r.setUint8(a, 0);
          (Pb(e, r), (n = 0));
        }
        for (let a = n; a < 56; ++a) r.setUint8(a, 0);
        (r.setUint32(56, s >>> 0, !0),
          r.setUint32(60, Math.floor(s / 2 ** 32), !0),
          Pb(e, r));
        let o = new Uint8Array(16),
          i = new DataView(o.buffer);
        for (let a = 0; a < 4; ++a) i.setUint32(a * 4, e[a], !0);
        return o;
      }
      reset() {
        (this.state.set(pN),
          (this.writeBuffer = new DataView(new ArrayBuffer(64))),
          (this.bufferLength = 0),
          (this.bytesHashed = 0));
      }
    }),
      (pN = [1732584193, 4023233417, 2562383102, 271733878]),
      (Ys = 4294967295),
      (c5 = Uint8Array.of(
        7,
        12,
        17,
        22,
        5,
        9,
        14,
        20,
        4,
        11,
        16,
        23,
        6,
        10,
        15,
        21,
      )),
      (u5 = Array.from(
        { length: 64 },
        (t, e) => (Math.abs(Math.sin(e + 1)) * 2 ** 32) >>> 0,
      )));
  });
import { createHash as Mb } from "node:crypto";
function p5() {
  return class {
    digestLength = 16;
    hash = Mb("md5");
    update(e) {
      this.hash.update(Et(e));
    }
    async digest() {
      let e = this.hash.copy().digest();
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
    }
    reset() {
      this.hash = Mb("md5");
    }
  };
}
var l5,
  $b,
  fN = d(() => {
    P();
    kb();
    ((l5 = (() => {
      try {
        return (Mb("md5"), !0);
      } catch {
        return !1;
      }
    })()),
      ($b = l5 ? p5() : Sa));
  });
var dN,
  Lb,
  Ea,
  Ub = d(() => {
    dN = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      dN[t] = e >>> 0;
    }
    ((Lb = 4294967295),
      (Ea = class {
        digestLength = 4;
        checksum = Lb;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum =
              (this.checksum >>> 8) ^ dN[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ Lb) >>> 0;
        }
        async digest() {
          let e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = Lb;
        }
      }));
  });
import * as Bb from "node:zlib";
function f5(t) {
  return class {
    digestLength = 4;
    value = 0;
    update(r) {
      this.value = t(r, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      let r = new Uint8Array(4);
      return (new DataView(r.buffer).setUint32(0, this.digestSync(), !1), r);
    }
    reset() {
      this.value = 0;
    }
  };
}
var mN,
  si,
  hN = d(() => {
    Ub();
    ((mN = typeof Bb.crc32 == "function" ? Bb.crc32 : void 0),
      (si = mN ? f5(mN) : Ea));
  });
var st,
  gN,
  d5,
  Es,
  yN,
  m5,
  fd = d(() => {
    P();
    ((st = 64),
      (gN = 32),
      (d5 = 2 ** 53 - 1),
      (Es = class t {
        digestLength = gN;
        state = Int32Array.from(yN);
        w;
        buffer = new Uint8Array(64);
        bufferLength = 0;
        bytesHashed = 0;
        finished = !1;
        inner;
        outer;
        constructor(e) {
          if (e) {
            let r = t.normalizeKey(e);
            ((this.inner = new t()), (this.outer = new t()));
            let { inner: n, outer: s } = this,
              o = new Uint8Array(st * 2);
            for (let i = 0; i < st; ++i)
              ((o[i] = 54 ^ r[i]), (o[i + st] = 92 ^ r[i]));
            (n.update(o.subarray(0, st)), s.update(o.subarray(st)));
          }
        }
        update(e) {
          if (this.finished)
            throw new Error("Attempted to update an already finished HMAC.");
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = Et(e),
            n = 0,
            { byteLength: s } = r;
          if (((this.bytesHashed += s), this.bytesHashed * 8 > d5))
            throw new Error("Cannot hash more than 2^53 - 1 bits");
          for (; s > 0;)
            ((this.buffer[this.bufferLength++] = r[n++]),
              s--,
              this.bufferLength === st &&
                (this.hashBuffer(), (this.bufferLength = 0)));
        }
        async digest() {
          let { inner: e, outer: r } = this;
          if (e && r) {
            if (this.finished)
              throw new Error("Attempted to digest an already finished HMAC.");
            this.finished = !0;
            let n = e.digestSync();
            return (r.update(n), r.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          ((this.state = Int32Array.from(yN)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0));
        }
        digestSync() {
          let e = this.state.slice(),
            r = this.buffer.slice(),
            n = this.bufferLength,
            s = this.bytesHashed * 8,
            o = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((o.setUint8(n++, 128), (n - 1) % st >= st - 8)) {
            for (let a = n; a < st; ++a) o.setUint8(a, 0);
            (this.hashBufferWith(e, r), (n = 0));
          }
          for (let a = n; a < st - 8; ++a) o.setUint8(a, 0);
          (o.setUint32(st - 8, Math.floor(s / 4294967296), !1),
            o.setUint32(st - 4, s, !1),
            this.hashBufferWith(e, r));
          let i = new Uint8Array(gN);
          for (let a = 0; a < 8; ++a)
            ((i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255));
          return i;
        }
        static normalizeKey(e) {
          let r = Et(e);
          if (r.byteLength > st) {
            let n = new t();
            n.update(r);
            let s = n.digestSync(),
              o = new Uint8Array(st);
            return (o.set(s), o);
          }
          if (r.byteLength < st) {
            let n = new Uint8Array(st);
            return (n.set(r), n);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(e, r) {
          let n = (this.w ??= new Int32Array(64)),
            s = e[0],
            o = e[1],
            i = e[2],
            a = e[3],
            c = e[4],
            u = e[5],
            l = e[6],
            p = e[7];
          for (let h = 0; h < st; ++h) {
            if (h < 16)
              n[h] =
                ((r[h * 4] & 255) << 24) |
                ((r[h * 4 + 1] & 255) << 16) |
                ((r[h * 4 + 2] & 255) << 8) |
                (r[h * 4 + 3] & 255);
            else {
              let E = n[h - 2],
                S =
                  ((E >>> 17) | (E << 15)) ^
                  ((E >>> 19) | (E << 13)) ^
                  (E >>> 10);
              E = n[h - 15];
              let b =
                ((E >>> 7) | (E << 25)) ^ ((E >>> 18) | (E << 14)) ^ (E >>> 3);
              n[h] = ((S + n[h - 7]) | 0) + ((b + n[h - 16]) | 0);
            }
            let g =
                ((((((c >>> 6) | (c << 26)) ^
                  ((c >>> 11) | (c << 21)) ^
                  ((c >>> 25) | (c << 7))) +
                  ((c & u) ^ (~c & l))) |
                  0) +
                  ((p + ((m5[h] + n[h]) | 0)) | 0)) |
                0,
              y =
                ((((s >>> 2) | (s << 30)) ^
                  ((s >>> 13) | (s << 19)) ^
                  ((s >>> 22) | (s << 10))) +
                  ((s & o) ^ (s & i) ^ (o & i))) |
                0;
            ((p = l),
              (l = u),
              (u = c),
              (c = (a + g) | 0),
              (a = i),
              (i = o),
              (o = s),
              (s = (g + y) | 0));
          }
          ((e[0] += s),
            (e[1] += o),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += u),
            (e[6] += l),
            (e[7] += p));
        }
      }),
      (yN = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924,
        528734635, 1541459225,
      ])),
      (m5 = new Int32Array([
        1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993,
        2453635748, 2870763221, 3624381080, 310598401, 607225278, 1426881987,
        1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774,
        264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986,
        2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711,
        113926993, 338241895, 666307205, 773529912, 1294757372, 1396182291,
        1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411,
        3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
        430227734, 506948616, 659060556, 883997877, 958139571, 1322822218,
        1537002063, 1747873779, 1955562222, 2024104815, 2227730452, 2361852424,
        2428436474, 2756734187, 3204031479, 3329325298,
      ])));
  });
import { createHash as SN, createHmac as h5 } from "node:crypto";
function y5() {
  return class {
    digestLength = 32;
    secret;
    hash;
    isHmac;
    finished = !1;
    constructor(e) {
      ((this.secret = e), (this.isHmac = !!e), (this.hash = this.createHash()));
    }
    update(e) {
      if (this.finished)
        throw new Error("Attempted to update an already finished hash.");
      this.hash.update(e);
    }
    async digest() {
      let e;
      return (
        this.isHmac
          ? ((this.finished = !0), (e = this.hash.digest()))
          : (e = this.hash.copy().digest()),
        new Uint8Array(e.buffer, e.byteOffset, e.byteLength)
      );
    }
    reset() {
      ((this.hash = this.createHash()), (this.finished = !1));
    }
    createHash() {
      return this.secret ? h5("sha256", S5(this.secret)) : SN("sha256");
    }
  };
}
function S5(t) {
  return typeof t == "string"
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var g5,
  Dr,
  EN = d(() => {
    fd();
    ((g5 = (() => {
      try {
        return (SN("sha256"), !0);
      } catch {
        return !1;
      }
    })()),
      (Dr = g5 ? y5() : Es));
  });
var E5,
  b5,
  x5,
  dd,
  w5,
  md,
  bN = d(() => {
    P();
    fd();
    (({
      digest: E5,
      sign: b5,
      importKey: x5,
    } = globalThis?.crypto?.subtle ?? {}),
      (dd =
        typeof E5 == "function" &&
        typeof b5 == "function" &&
        typeof x5 == "function"
          ? globalThis.crypto.subtle
          : void 0),
      (w5 = 8 * 1024 * 1024),
      (md = class {
        digestLength = 32;
        secret;
        pending = [];
        pendingBytes = 0;
        fallback;
        finished = !1;
        constructor(e) {
          e && (this.secret = Et(e));
        }
        update(e) {
          if (this.finished)
            throw new Error("Attempted to update an already finished HMAC.");
          if (this.fallback) {
            this.fallback.update(e);
            return;
          }
          (this.pending.push(e.slice()),
            (this.pendingBytes += e.byteLength),
            this.pendingBytes >= w5 && this.switchToFallback());
        }
        async digest() {
          if (this.fallback) return this.fallback.digest();
          if (this.secret && this.finished)
            throw new Error("Attempted to digest an already finished HMAC.");
          let e = xn(this.pending);
          if (dd) {
            if (this.secret) {
              this.finished = !0;
              let s = await dd.importKey(
                  "raw",
                  this.secret,
                  { name: "HMAC", hash: "SHA-256" },
                  !1,
                  ["sign"],
                ),
                o = await dd.sign("HMAC", s, e);
              return new Uint8Array(o);
            }
            let n = await dd.digest("SHA-256", e);
            return new Uint8Array(n);
          }
          let r = new Es(this.secret);
          return (r.update(e), r.digest());
        }
        reset() {
          ((this.pending = []),
            (this.pendingBytes = 0),
            (this.fallback = void 0),
            (this.finished = !1));
        }
        switchToFallback() {
          let e = new Es(this.secret);
          for (let r of this.pending) e.update(r);
          ((this.fallback = e), (this.pending = []), (this.pendingBytes = 0));
        }
      }));
  });
var xN = {};
oe(xN, {
  Crc32: () => si,
  Crc32Js: () => Ea,
  Crc32Node: () => si,
  Md5: () => $b,
  Md5Js: () => Sa,
  Md5Node: () => $b,
  Sha256: () => Dr,
  Sha256Js: () => Es,
  Sha256Node: () => Dr,
  Sha256WebCrypto: () => md,
  blobHasher: () => oN,
  blobReader: () => pd,
  fileStreamHasher: () => aN,
  readableStreamHasher: () => uN,
});
var Qs = d(() => {
  iN();
  cN();
  lN();
  kb();
  fN();
  Ub();
  hN();
  fd();
  EN();
  bN();
  Db();
});
function wN(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var Zs,
  Fb = d(() => {
    P();
    Zs = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8))
          throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(
            `${e} is too large (or, if negative, too small) to represent as an Int64`,
          );
        let r = new Uint8Array(8);
        for (
          let n = 7, s = Math.abs(Math.round(e));
          n > -1 && s > 0;
          n--, s /= 256
        )
          r[n] = s;
        return (e < 0 && wN(r), new t(r));
      }
      valueOf() {
        let e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && wN(e), parseInt(cr(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var ba,
  vN,
  IN,
  v5,
  I5,
  _5,
  T5,
  A5,
  C5,
  R5,
  O5,
  D5,
  hd,
  Gb = d(() => {
    F();
    P();
    Fb();
    ba = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        ((this.toUtf8 = e), (this.fromUtf8 = r));
      }
      format(e) {
        let r = [];
        for (let o in e) {
          if (!T(e, o)) continue;
          let i = this.fromUtf8(o);
          if (i.byteLength > 255)
            throw new Error(
              `@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`,
            );
          r.push(
            Uint8Array.from([i.byteLength]),
            i,
            this.formatHeaderValue(e[o]),
          );
        }
        let n = new Uint8Array(r.reduce((o, i) => o + i.byteLength, 0)),
          s = 0;
        for (let o of r) (n.set(o, s), (s += o.byteLength));
        return n;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case "boolean":
            return Uint8Array.from([e.value ? 0 : 1]);
          case "byte":
            return Uint8Array.from([2, e.value]);
          case "short":
            let r = new DataView(new ArrayBuffer(3));
            return (
              r.setUint8(0, 3),
              r.setInt16(1, e.value, !1),
              new Uint8Array(r.buffer)
            );
          case "integer":
            let n = new DataView(new ArrayBuffer(5));
            return (
              n.setUint8(0, 4),
              n.setInt32(1, e.value, !1),
              new Uint8Array(n.buffer)
            );
          case "long":
            let s = new Uint8Array(9);
            return ((s[0] = 5), s.set(e.value.bytes, 1), s);
          case "binary":
            if (e.value.byteLength > hd)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${hd} bytes: ${e.value.byteLength}`,
              );
            let o = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            (o.setUint8(0, 6), o.setUint16(1, e.value.byteLength, !1));
            let i = new Uint8Array(o.buffer);
            return (i.set(e.value, 3), i);
          case "string":
            let a = this.fromUtf8(e.value);
            if (a.byteLength > hd)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${hd} bytes: ${a.byteLength}`,
              );
            let c = new DataView(new ArrayBuffer(3 + a.byteLength));
            (c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1));
            let u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          case "timestamp":
            let l = new Uint8Array(9);
            return (
              (l[0] = 8),
              l.set(Zs.fromNumber(e.value.valueOf()).bytes, 1),
              l
            );
          case "uuid":
            if (!D5.test(e.value))
              throw new Error(`Invalid UUID received: ${e.value}`);
            let p = new Uint8Array(17);
            return ((p[0] = 9), p.set(vf(e.value.replace(/-/g, "")), 1), p);
        }
      }
      parse(e) {
        let r = {},
          n = 0;
        for (; n < e.byteLength;) {
          let s = e.getUint8(n++),
            o = this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + n, s));
          switch (((n += s), e.getUint8(n++))) {
            case 0:
              r[o] = { type: IN, value: !0 };
              break;
            case 1:
              r[o] = { type: IN, value: !1 };
              break;
            case 2:
              r[o] = { type: v5, value: e.getInt8(n++) };
              break;
            case 3:
              ((r[o] = { type: I5, value: e.getInt16(n, !1) }), (n += 2));
              break;
            case 4:
              ((r[o] = { type: _5, value: e.getInt32(n, !1) }), (n += 4));
              break;
            case 5:
              ((r[o] = {
                type: T5,
                value: new Zs(new Uint8Array(e.buffer, e.byteOffset + n, 8)),
              }),
                (n += 8));
              break;
            case 6:
              let i = e.getUint16(n, !1);
              ((n += 2),
                (r[o] = {
                  type: A5,
                  value: new Uint8Array(e.buffer, e.byteOffset + n, i),
                }),
                (n += i));
              break;
            case 7:
              let a = e.getUint16(n, !1);
              ((n += 2),
                (r[o] = {
                  type: C5,
                  value: this.toUtf8(
                    new Uint8Array(e.buffer, e.byteOffset + n, a),
                  ),
                }),
                (n += a));
              break;
            case 8:
              ((r[o] = {
                type: R5,
                value: new Date(
                  new Zs(
                    new Uint8Array(e.buffer, e.byteOffset + n, 8),
                  ).valueOf(),
                ),
              }),
                (n += 8));
              break;
            case 9:
              let c = new Uint8Array(e.buffer, e.byteOffset + n, 16);
              ((n += 16),
                (r[o] = {
                  type: O5,
                  value: `${cr(c.subarray(0, 4))}-${cr(c.subarray(4, 6))}-${cr(c.subarray(6, 8))}-${cr(c.subarray(8, 10))}-${cr(c.subarray(10))}`,
                }));
              break;
            default:
              throw new Error("Unrecognized header type tag");
          }
        }
        return r;
      }
    };
    (function (t) {
      ((t[(t.boolTrue = 0)] = "boolTrue"),
        (t[(t.boolFalse = 1)] = "boolFalse"),
        (t[(t.byte = 2)] = "byte"),
        (t[(t.short = 3)] = "short"),
        (t[(t.integer = 4)] = "integer"),
        (t[(t.long = 5)] = "long"),
        (t[(t.byteArray = 6)] = "byteArray"),
        (t[(t.string = 7)] = "string"),
        (t[(t.timestamp = 8)] = "timestamp"),
        (t[(t.uuid = 9)] = "uuid"));
    })(vN || (vN = {}));
    ((IN = "boolean"),
      (v5 = "byte"),
      (I5 = "short"),
      (_5 = "integer"),
      (T5 = "long"),
      (A5 = "binary"),
      (C5 = "string"),
      (R5 = "timestamp"),
      (O5 = "uuid"),
      (D5 = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (hd = 32767));
  });
function TN({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < N5)
    throw new Error(
      "Provided message too short to accommodate event stream message overhead",
    );
  let n = new DataView(r, e, t),
    s = n.getUint32(0, !1);
  if (t !== s)
    throw new Error(
      "Reported message length does not match received message length",
    );
  let o = n.getUint32(_N, !1),
    i = n.getUint32(eo, !1),
    a = n.getUint32(t - oi, !1),
    c = new si();
  if ((c.update(new Uint8Array(r, e, eo)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if (
    (c.update(new Uint8Array(r, e + eo, t - (eo + oi))), a !== c.digestSync())
  )
    throw new Error(
      `The message checksum (${c.digestSync()}) did not match the expected value of ${a}`,
    );
  return {
    headers: new DataView(r, e + eo + oi, o),
    body: new Uint8Array(r, e + eo + oi + o, s - o - (eo + oi + oi)),
  };
}
var _N,
  eo,
  oi,
  N5,
  AN = d(() => {
    Qs();
    ((_N = 4), (eo = _N * 2), (oi = 4), (N5 = eo + oi * 2));
  });
var xa,
  Hb = d(() => {
    Qs();
    Gb();
    AN();
    xa = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        ((this.headerMarshaller = new ba(e, r)),
          (this.messageBuffer = []),
          (this.isEndOfStream = !1));
      }
      feed(e) {
        this.messageBuffer.push(this.decode(e));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        let e = this.messageBuffer.pop(),
          r = this.isEndOfStream;
        return {
          getMessage() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      getAvailableMessages() {
        let e = this.messageBuffer;
        this.messageBuffer = [];
        let r = this.isEndOfStream;
        return {
          getMessages() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      encode({ headers: e, body: r }) {
        let n = this.headerMarshaller.format(e),
          s = n.byteLength + r.byteLength + 16,
          o = new Uint8Array(s),
          i = new DataView(o.buffer, o.byteOffset, o.byteLength),
          a = new si();
        return (
          i.setUint32(0, s, !1),
          i.setUint32(4, n.byteLength, !1),
          a.update(o.subarray(0, 8)),
          i.setUint32(8, a.digestSync(), !1),
          o.set(n, 12),
          o.set(r, n.byteLength + 12),
          a.update(o.subarray(8, s - 4)),
          i.setUint32(s - 4, a.digestSync(), !1),
          o
        );
      }
      decode(e) {
        let { headers: r, body: n } = TN(e);
        return { headers: this.headerMarshaller.parse(r), body: n };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var wa,
  Vb = d(() => {
    wa = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let e of this.options.inputStream)
          yield this.options.decoder.decode(e);
      }
    };
  });
var va,
  jb = d(() => {
    va = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let e of this.options.messageStream)
          yield this.options.encoder.encode(e);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  });
var Ia,
  zb = d(() => {
    Ia = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let e of this.options.messageStream) {
          let r = await this.options.deserializer(e);
          r !== void 0 && (yield r);
        }
      }
    };
  });
var _a,
  qb = d(() => {
    _a = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (let e of this.options.inputStream)
          yield this.options.serializer(e);
      }
    };
  });
function gd(t) {
  let e = 0,
    r = 0,
    n = null,
    s = null,
    o = (a) => {
      if (typeof a != "number")
        throw new Error(
          "Attempted to allocate an event message where size was not a number: " +
            a,
        );
      ((e = a),
        (r = 4),
        (n = new Uint8Array(a)),
        new DataView(n.buffer).setUint32(0, a, !1));
    },
    i = async function* () {
      let a = t[Symbol.asyncIterator]();
      for (;;) {
        let { value: c, done: u } = await a.next();
        if (u) {
          if (e)
            if (e === r) yield n;
            else throw new Error("Truncated event message received.");
          else return;
          return;
        }
        let l = c.length,
          p = 0;
        for (; p < l;) {
          if (!n) {
            let g = l - p;
            s || (s = new Uint8Array(4));
            let y = Math.min(4 - r, g);
            if ((s.set(c.slice(p, p + y), r), (r += y), (p += y), r < 4)) break;
            (o(new DataView(s.buffer).getUint32(0, !1)), (s = null));
          }
          let h = Math.min(e - r, l - p);
          (n.set(c.slice(p, p + h), r),
            (r += h),
            (p += h),
            e && e === r && (yield n, (n = null), (e = 0), (r = 0)));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var Wb = d(() => {});
function CN(t, e) {
  let r = yu(e.deserializer, e.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (let n of t) {
        let s = e.eventStreamCodec.decode(n),
          o = await r(s);
        o !== void 0 && (yield o);
      }
    },
  };
}
function yu(t, e) {
  return async function (r) {
    let { value: n } = r.headers[":message-type"];
    if (n === "error") {
      let s = new Error(r.headers[":error-message"].value || "UnknownError");
      throw ((s.name = r.headers[":error-code"].value), s);
    } else if (n === "exception") {
      let s = r.headers[":exception-type"].value,
        o = { [s]: r },
        i = await t(o);
      if (i.$unknown) {
        let a = new Error(e(r.body));
        throw ((a.name = s), a);
      }
      throw i[s];
    } else if (n === "event") {
      let s = { [r.headers[":event-type"].value]: r },
        o = await t(s);
      return o.$unknown ? void 0 : o;
    } else
      throw Error(
        `Unrecognizable event type: ${r.headers[":event-type"].value}`,
      );
  };
}
var Kb = d(() => {});
var ii,
  RN,
  Xb = d(() => {
    Hb();
    Vb();
    jb();
    zb();
    qb();
    Wb();
    Kb();
    ((ii = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        ((this.eventStreamCodec = new xa(e, r)), (this.utfEncoder = e));
      }
      deserialize(e, r) {
        let n = gd(e);
        return new Ia({
          messageStream: new wa({
            inputStream: n,
            decoder: this.eventStreamCodec,
          }),
          deserializer: yu(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new va({
          messageStream: new _a({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (RN = (t) => new ii(t)));
  });
import { Readable as P5 } from "node:stream";
async function* k5(t) {
  let e = !1,
    r = !1,
    n = new Array();
  for (
    t.on("error", (s) => {
      if ((e || (e = !0), s)) throw s;
    }),
      t.on("data", (s) => {
        n.push(s);
      }),
      t.on("end", () => {
        e = !0;
      });
    !r;
  ) {
    let s = await new Promise((o) => setTimeout(() => o(n.shift()), 0));
    (s && (yield s), (r = e && n.length === 0));
  }
}
var Su,
  ON,
  DN = d(() => {
    Xb();
    ((Su = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new ii({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        let n = typeof e[Symbol.asyncIterator] == "function" ? e : k5(e);
        return this.universalMarshaller.deserialize(n, r);
      }
      serialize(e, r) {
        return P5.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (ON = (t) => new Su(t)));
  });
var NN,
  PN,
  kN = d(() => {
    ((NN = (t) => ({
      [Symbol.asyncIterator]: async function* () {
        let e = t.getReader();
        try {
          for (;;) {
            let { done: r, value: n } = await e.read();
            if (r) return;
            yield n;
          }
        } finally {
          e.releaseLock();
        }
      },
    })),
      (PN = (t) => {
        let e = t[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            let { done: n, value: s } = await e.next();
            if (n) return r.close();
            r.enqueue(s);
          },
        });
      }));
  });
var MN,
  $N = d(() => {
    MN = (t) =>
      Object.assign(t, {
        eventStreamMarshaller: t.eventStreamSerdeProvider(t),
      });
  });
var yd,
  LN = d(() => {
    F();
    K();
    P();
    yd = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: e,
        serializer: r,
        deserializer: n,
        serdeContext: s,
        defaultContentType: o,
        compositeErrorRegistry: i,
      }) {
        ((this.marshaller = e),
          (this.serializer = r),
          (this.deserializer = n),
          (this.serdeContext = s),
          (this.defaultContentType = o),
          (this.compositeErrorRegistry = i));
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: n,
        initialMessageType: s,
      }) {
        let o = this.marshaller,
          i = r.getEventStreamMember(),
          a = r.getMemberSchema(i),
          c = this.serializer,
          u = this.defaultContentType,
          l = Symbol("initialRequestMarker"),
          p = {
            async *[Symbol.asyncIterator]() {
              if (n) {
                let h = {
                  ":event-type": {
                    type: "string",
                    value: s ?? "initial-request",
                  },
                  ":message-type": { type: "string", value: "event" },
                  ":content-type": { type: "string", value: u },
                };
                c.write(r, n);
                let g = c.flush();
                yield { [l]: !0, headers: h, body: g };
              }
              for await (let h of e) yield h;
            },
          };
        return o.serialize(p, (h) => {
          if (h[l]) return { headers: h.headers, body: h.body };
          let g = "";
          for (let I in h)
            if (T(h, I) && I !== "__type") {
              g = I;
              break;
            }
          let {
            additionalHeaders: y,
            body: E,
            eventType: S,
            explicitPayloadContentType: b,
          } = this.writeEventBody(g, a, h);
          return {
            headers: {
              ":event-type": { type: "string", value: S },
              ":message-type": { type: "string", value: "event" },
              ":content-type": { type: "string", value: b ?? u },
              ...y,
            },
            body: E,
          };
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: n,
        initialMessageType: s,
      }) {
        let o = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i).getMemberSchemas(),
          u = Symbol("initialResponseMarker"),
          l = o.deserialize(e.body, async (g) => {
            let y = "";
            for (let S in g)
              if (T(g, S) && S !== "__type") {
                y = S;
                break;
              }
            let E = g[y].body;
            if (y === (s ?? "initial-response")) {
              let S = await this.deserializer.read(r, E);
              return (delete S[i], { [u]: !0, ...S });
            } else if (y in c) {
              let S = c[y];
              if (S.isStructSchema()) {
                let b = {},
                  w = !1;
                for (let [I, v] of S.structIterator()) {
                  let { eventHeader: A, eventPayload: V } = v.getMergedTraits();
                  if (((w = w || !!(A || V)), V))
                    v.isBlobSchema()
                      ? (b[I] = E)
                      : v.isStringSchema()
                        ? (b[I] = (this.serdeContext?.utf8Encoder ?? we)(E))
                        : v.isStructSchema() &&
                          (b[I] = await this.deserializer.read(v, E));
                  else if (A) {
                    let ne = g[y].headers[I]?.value;
                    ne != null &&
                      (v.isNumericSchema()
                        ? ne && typeof ne == "object" && "bytes" in ne
                          ? (b[I] = BigInt(ne.toString()))
                          : (b[I] = Number(ne))
                        : (b[I] = ne));
                  }
                }
                return { [y]: await this.readEventMember(S, E, w, b) };
              }
              return { [y]: await this.deserializer.read(S, E) };
            } else return { $unknown: g };
          }),
          p = l[Symbol.asyncIterator](),
          h = await p.next();
        if (h.done) return l;
        if (h.value?.[u]) {
          if (!r)
            throw new Error(
              "@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.",
            );
          for (let g in h.value) T(h.value, g) && (n[g] = h.value[g]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (h?.value?.[u] || (yield h.value); ;) {
              let { done: g, value: y } = await p.next();
              if (g) break;
              yield y;
            }
          },
        };
      }
      async readEventMember(e, r, n, s) {
        let o,
          i = e.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          let c = i[1],
            u = fe.for(c);
          (this.compositeErrorRegistry?.copyFrom(u),
            (o = (this.compositeErrorRegistry ?? u)?.getErrorCtor(i)));
        }
        let a = n
          ? s
          : r.byteLength === 0
            ? {}
            : await this.deserializer.read(e, r);
        if (o) {
          let c = a.message ?? a.Message ?? "Unknown",
            u = {},
            l = e.getMergedTraits().error;
          return (
            l && (u.$fault = l),
            Object.assign(new o({}), u, { message: c }, a)
          );
        }
        return a;
      }
      writeEventBody(e, r, n) {
        let s = this.serializer,
          o = e,
          i = null,
          a,
          c = r.getSchema()[4].includes(e),
          u = {};
        if (c) {
          let h = r.getMemberSchema(e);
          if (h.isStructSchema()) {
            for (let [g, y] of h.structIterator()) {
              let { eventHeader: E, eventPayload: S } = y.getMergedTraits();
              if (S) i = g;
              else if (E) {
                let b = n[e][g],
                  w = "binary";
                (y.isNumericSchema()
                  ? (-2) ** 31 <= b && b <= 2 ** 31 - 1
                    ? (w = "integer")
                    : (w = "long")
                  : y.isTimestampSchema()
                    ? (w = "timestamp")
                    : y.isStringSchema()
                      ? (w = "string")
                      : y.isBooleanSchema() && (w = "boolean"),
                  b != null &&
                    ((u[g] = { type: w, value: b }), delete n[e][g]));
              }
            }
            if (i !== null) {
              let g = h.getMemberSchema(i);
              (g.isBlobSchema()
                ? (a = "application/octet-stream")
                : g.isStringSchema() && (a = "text/plain"),
                s.write(g, n[e][i]));
            } else s.write(h, n[e]);
          } else if (h.isUnitSchema()) s.write(h, {});
          else
            throw new Error(
              "@smithy/core/event-streams - non-struct member not supported in event stream union.",
            );
        } else {
          let [h, g] = n[e];
          ((o = h), s.write(15, g));
        }
        let l = s.flush() ?? new Uint8Array();
        return {
          body:
            typeof l == "string"
              ? (this.serdeContext?.utf8Decoder ?? Fe)(l)
              : l,
          eventType: o,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var UN = {};
oe(UN, {
  EventStreamCodec: () => xa,
  EventStreamMarshaller: () => Su,
  EventStreamSerde: () => yd,
  HeaderMarshaller: () => ba,
  Int64: () => Zs,
  MessageDecoderStream: () => wa,
  MessageEncoderStream: () => va,
  SmithyMessageDecoderStream: () => Ia,
  SmithyMessageEncoderStream: () => _a,
  UniversalEventStreamMarshaller: () => ii,
  eventStreamSerdeProvider: () => ON,
  getChunkedStream: () => gd,
  getMessageUnmarshaller: () => yu,
  getUnmarshalledStream: () => CN,
  iterableToReadableStream: () => PN,
  readableStreamToIterable: () => NN,
  resolveEventStreamSerdeConfig: () => MN,
  universalEventStreamSerdeProvider: () => RN,
});
var BN = d(() => {
  Hb();
  Gb();
  Fb();
  Vb();
  jb();
  zb();
  qb();
  DN();
  kN();
  Xb();
  Wb();
  Kb();
  $N();
  LN();
});
var to,
  Sd = d(() => {
    F();
    K();
    ga();
    ni();
    to = class extends We {
      options;
      compositeErrorRegistry;
      constructor(e) {
        (super(),
          (this.options = e),
          (this.compositeErrorRegistry = new fe(e.defaultNamespace)));
        for (let r of e.errorTypeRegistries ?? [])
          this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return q;
      }
      getResponseType() {
        return ze;
      }
      setSerdeContext(e) {
        ((this.serdeContext = e),
          this.serializer.setSerdeContext(e),
          this.deserializer.setSerdeContext(e),
          this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(e));
      }
      updateServiceEndpoint(e, r) {
        if ("url" in r) {
          ((e.protocol = r.url.protocol),
            (e.hostname = r.url.hostname),
            (e.port = r.url.port ? Number(r.url.port) : void 0),
            (e.path = r.url.pathname),
            (e.fragment = r.url.hash || void 0),
            (e.username = r.url.username || void 0),
            (e.password = r.url.password || void 0),
            e.query || (e.query = {}));
          for (let [n, s] of r.url.searchParams.entries()) e.query[n] = s;
          if (r.headers)
            for (let n in r.headers)
              T(r.headers, n) && (e.headers[n] = r.headers[n].join(", "));
          return e;
        } else {
          if (
            ((e.protocol = r.protocol),
            (e.hostname = r.hostname),
            (e.port = r.port ? Number(r.port) : void 0),
            (e.path = r.path),
            (e.query = { ...r.query }),
            r.headers)
          )
            for (let n in r.headers)
              T(r.headers, n) && (e.headers[n] = r.headers[n]);
          return e;
        }
      }
      setHostPrefix(e, r, n, s = ld(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        let o = s[4];
        if (typeof o != "string") return;
        let i = o;
        for (let [a, [, c]] of nt.of(r.input).getHttpBindings().request
          .memberBindings) {
          if (!((c >> 17) & 1)) continue;
          let u = n[a];
          if (typeof u != "string")
            throw new Error(
              `@smithy/core/schema - ${a} in input must be a string as hostLabel.`,
            );
          i = i.replace(`{${a}}`, u);
        }
        if (((e.hostname = i + e.hostname), !jc(e.hostname)))
          throw new Error(`[${e.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(e) {
        return {
          httpStatusCode: e.statusCode,
          requestId:
            e.headers["x-amzn-requestid"] ??
            e.headers["x-amzn-request-id"] ??
            e.headers["x-amz-request-id"],
          extendedRequestId: e.headers["x-amz-id-2"],
          cfId: e.headers["x-amz-cf-id"],
        };
      }
      resolveError(e, r, n) {
        let s = [-3, "", "Error", 0, [], [], 0],
          o;
        for (let i of n)
          for (let a of r)
            try {
              a === "*" ? (o = i.getSchema(e)) : (o = i.getSchema(a + "#" + e));
              let c = i.getErrorCtor(o);
              if (c) return [o, c, "modeled"];
              {
                let u = i.getBaseException();
                if (u) {
                  let l = i.getErrorCtor(u);
                  if (l) return [o, l, "synthetic"];
                }
              }
            } catch {}
        for (let i of n) {
          let a = i.getBaseException();
          if (a) {
            let c = i.getErrorCtor(a);
            if (c) return [a, c, "synthetic"];
          }
        }
        return [s, Error, "native"];
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: n,
      }) {
        return (await this.loadEventStreamCapability()).serializeEventStream({
          eventStream: e,
          requestSchema: r,
          initialRequest: n,
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: n,
      }) {
        return (await this.loadEventStreamCapability()).deserializeEventStream({
          response: e,
          responseSchema: r,
          initialResponseContainer: n,
        });
      }
      async loadEventStreamCapability() {
        let { EventStreamSerde: e, eventStreamSerdeProvider: r } =
            await Promise.resolve().then(() => (BN(), UN)),
          n = this.resolveEventStreamMarshaller(r);
        return new e({
          marshaller: n,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry,
        });
      }
      getDefaultContentType() {
        throw new Error(
          `@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`,
        );
      }
      async deserializeHttpMessage(e, r, n, s, o) {
        return [];
      }
      getEventStreamMarshaller() {
        let e = this.serdeContext;
        if (!e.eventStreamMarshaller)
          throw new Error(
            "@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.",
          );
        return e.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(e) {
        let r = this.serdeContext;
        return r.eventStreamMarshaller
          ? r.eventStreamMarshaller
          : e(this.serdeContext);
      }
    };
  });
var ro,
  FN = d(() => {
    F();
    P();
    ni();
    Sd();
    ha();
    ud();
    ro = class extends to {
      async serializeRequest(e, r, n) {
        let s = r && typeof r == "object" ? r : {},
          o = {},
          i = {},
          a = await n.endpoint(),
          c = nt.of(e?.input),
          u = c.getHttpBindings().request,
          l = ld(e),
          p = new q({ query: o, headers: i });
        if (a) {
          (this.updateServiceEndpoint(p, a), this.setHostPrefix(p, e, s, l));
          let [g, y, E] = l;
          if (g) {
            ((p.method = g), (p.path = p.path === "/" ? y : p.path + y));
            for (let [S, b] of E) o[S] = b;
          }
        }
        p.query = o;
        let h = this.serializeHttpBindings(s, p, u, l);
        return (
          h &&
            (p.body = await this.serializeEventStream({
              eventStream: h,
              requestSchema: c,
            })),
          p
        );
      }
      serializeHttpBindings(e, r, n, s) {
        let o = this.serializer,
          i = typeof o.writeCodec == "function" ? o : void 0,
          a = r.query,
          c = r.headers,
          u = n.syntheticBodySchema,
          l = !1,
          p,
          h,
          g,
          y = Object.getOwnPropertyNames(e),
          E = Object.getPrototypeOf(e),
          S =
            (E === Object.prototype || E === null) &&
            !n.hasIdempotency &&
            !n.hasPrefixHeaders &&
            y.length * 2 < n.memberBindings.length,
          b = S ? y.length : n.memberBindings.length;
        for (let v = 0; v < b; ++v) {
          let A = S
            ? T(n.byName, y[v])
              ? n.byName[y[v]]
              : void 0
            : n.memberBindings[v];
          if (!A) continue;
          let V = A[1],
            ne = A[0],
            ye = V[0],
            et = V[1],
            X = V[2],
            ke = A[2],
            Me = A[3],
            je = e[ne];
          if (!(je == null && !((et >> 10) & 1)))
            if (ke === 36) {
              let J = (et >> 11) & 3;
              J
                ? J === 2
                  ? (h = je || void 0)
                  : (p = je)
                : (i ? i.writeCodec(ye, je) : o.write(ye, je), (p = o.flush()));
            } else if (ke === 33 || ke === 38) {
              let J = this.serializeHttpValue(V, je, ke, i);
              ke === 33 ? ((g ??= Object.create(null))[ne] = J) : (c[Me] = J);
            } else if (ke === 39)
              for (let J in je) {
                if (!T(je, J)) continue;
                let pe = Me + J;
                c[pe.toLowerCase()] = this.serializeHttpValue(
                  X,
                  je[J],
                  38,
                  i,
                  i ? X[0] : [X[0], { httpHeader: pe }],
                );
              }
            else
              (ke & 62) === 34
                ? this.serializeQuery(V, je, Me, a, i)
                : (l = !0);
        }
        let w = s[1],
          I = s[3];
        return (
          w &&
            I &&
            r.path.endsWith(w) &&
            (r.path = r.path.slice(0, -w.length) + this.serializePath(I, g, n)),
          l && u && (i ? i.writeCodec(u, e) : o.write(u, e), (p = o.flush())),
          (r.body = p),
          h
        );
      }
      serializeQuery(e, r, n, s, o) {
        let [i, a, c] = e,
          u = o ? void 0 : i.getMergedTraits();
        if (n === void 0) {
          for (let l in r)
            !T(r, l) ||
              l in s ||
              (o ||
                Object.assign(c[0].getMergedTraits(), {
                  ...u,
                  httpQuery: l,
                  httpQueryParams: void 0,
                }),
              this.serializeQuery(c, r[l], l, s, o));
          return;
        }
        if ((a & 192) === 64) {
          let l = [];
          for (let p of r) {
            let h = this.serializeHttpValue(c, p, 34, o, o ? c[0] : [c[0], u]);
            ((a >> 13) & 1 || h !== void 0) && l.push(h);
          }
          s[n] = l;
        } else s[n] = this.serializeHttpValue(e, r, 34, o, o ? i : [i, u]);
      }
      serializeHttpValue(e, r, n, s, o = e[0]) {
        let i = e[1],
          a = i & 255;
        return s && !(i & 1792) && (a <= 2 || a === 17 || a === 19)
          ? String(r)
          : (s ? s.writeHttpBinding(e, r, n) : this.serializer.write(o, r),
            this.serializer.flush());
      }
      serializePath(e, r, n) {
        let s = "";
        for (let [o, i] of e) {
          if (i === 0) {
            s += o;
            continue;
          }
          let a = r?.[o];
          if (a === void 0) {
            if (T(n.byName, o) && n.byName[o][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${o}.`);
            s += `{${o}${i === 2 ? "+" : ""}}`;
          } else s += i === 2 ? a.split("/").map(Or).join("/") : Or(a);
        }
        return s;
      }
      async deserializeResponse(e, r, n) {
        let s = this.deserializer,
          o = typeof s.readCodec == "function" ? s : void 0,
          i = nt.of(e.output),
          a = i.getHttpBindings().response,
          c = {};
        if (n.statusCode >= 300) {
          let l = await He(n.body, r);
          throw (
            l.byteLength > 0 && Object.assign(c, await s.read(15, l)),
            await this.handleError(e, r, n, c, this.deserializeMetadata(n)),
            new Error(
              "@smithy/core/protocols - HTTP Protocol error handler failed to throw.",
            )
          );
        }
        let u = await this.deserializeHttpMessage(i, r, n, c);
        if (u.length) {
          let l = await He(n.body, r);
          if (l.byteLength > 0) {
            let p = await (o
              ? o.readCodec(a.syntheticBodySchema, l)
              : s.read(a.syntheticBodySchema, l));
            for (let h of u) p[h] != null && (c[h] = p[h]);
          }
        } else a.bindings.payload || (await He(n.body, r));
        return ((c.$metadata = this.deserializeMetadata(n)), c);
      }
      async deserializeHttpMessage(e, r, n, s, o) {
        let i = s instanceof Set ? o : s,
          a = this.deserializer,
          c = typeof a.readCodec == "function" ? a : void 0,
          u = nt.of(e),
          {
            bodyMemberNames: l,
            bindings: {
              payload: p,
              statusCode: h,
              headers: g,
              prefixHeaders: y,
            },
          } = u.getHttpBindings().response,
          E = n.headers;
        if (p) {
          let [S, b] = p,
            [w, I] = b,
            v = (I >> 11) & 3;
          if (v)
            v === 2
              ? (i[S] = await this.deserializeEventStream({
                  response: n,
                  responseSchema: u,
                }))
              : (i[S] = cd(n.body));
          else if (n.body) {
            let A = await He(n.body, r);
            A.byteLength > 0 &&
              (i[S] = await (c ? c.readPayload(b, A) : a.read(w, A)));
          }
        }
        for (let S in E) {
          if (!T(E, S)) continue;
          let b = S.toLowerCase(),
            w = E[S];
          b !== S && (delete E[S], (E[b] = w));
          let I = T(g, b) ? g[b] : void 0;
          if (!I) continue;
          let [v, [A, V, ne], , ye] = I;
          if (ne) {
            let et = (V >> 16) & 1 ? xf(w, ",", 2) : oa(w),
              X = [];
            for (let ke of et)
              X.push(
                c
                  ? c.readHttpBinding(ne, ke.trim(), 38)
                  : await a.read([ne[0], { httpHeader: ye }], ke.trim()),
              );
            i[v] = X;
          } else i[v] = c ? c.readHttpBinding(I[1], w, 38) : await a.read(A, w);
        }
        for (let [S, [, , b], , w] of y) {
          i[S] = {};
          for (let I in E) {
            if (!T(E, I) || !I.startsWith(w)) continue;
            let v = E[I];
            i[S][I.slice(w.length)] = c
              ? c.readHttpBinding(b, v, 38)
              : await a.read([b[0], { httpHeader: I }], v);
          }
        }
        return (h && (i[h[0]] = n.statusCode), l);
      }
    };
  });
var Rn,
  Jb = d(() => {
    F();
    K();
    F();
    Sd();
    ha();
    Rn = class extends to {
      async serializeRequest(e, r, n) {
        let s = this.serializer,
          o = {},
          i = {},
          a = await n.endpoint(),
          c = _.of(e?.input),
          u = c.getSchema(),
          l,
          p = r && typeof r == "object" ? r : {},
          h = new q({
            protocol: "",
            hostname: "",
            port: void 0,
            path: "/",
            fragment: void 0,
            query: o,
            headers: i,
            body: void 0,
          });
        if (
          (a && (this.updateServiceEndpoint(h, a), this.setHostPrefix(h, e, p)),
          p)
        ) {
          let g = c.getEventStreamMember();
          if (g) {
            if (p[g]) {
              let y = {};
              for (let [E] of c.structIterator())
                E !== g && p[E] != null && (y[E] = p[E]);
              l = await this.serializeEventStream({
                eventStream: p[g],
                requestSchema: c,
                initialRequest: y,
              });
            }
          } else (s.write(u, p), (l = s.flush()));
        }
        return (
          (h.headers = Object.assign(h.headers, i)),
          (h.query = o),
          (h.body = l),
          (h.method = "POST"),
          h
        );
      }
      async deserializeResponse(e, r, n) {
        let s = this.deserializer,
          o = _.of(e.output),
          i = {};
        if (this.isErrorResponse(n.statusCode)) {
          let c = await He(n.body, r);
          throw (
            c.byteLength > 0 && Object.assign(i, await s.read(15, c)),
            await this.handleError(e, r, n, i, this.deserializeMetadata(n)),
            new Error(
              "@smithy/core/protocols - RPC Protocol error handler failed to throw.",
            )
          );
        }
        for (let c in n.headers) {
          if (!T(n.headers, c)) continue;
          let u = n.headers[c];
          (delete n.headers[c], (n.headers[c.toLowerCase()] = u));
        }
        let a = o.getEventStreamMember();
        if (a)
          i[a] = await this.deserializeEventStream({
            response: n,
            responseSchema: o,
            initialResponseContainer: i,
          });
        else {
          let c = await He(n.body, r);
          c.byteLength > 0 && Object.assign(i, await s.read(o, c));
        }
        return ((i.$metadata = this.deserializeMetadata(n)), i);
      }
      isErrorResponse(e) {
        return e >= 300;
      }
    };
  });
var no,
  Yb = d(() => {
    K();
    F();
    Jb();
    no = class extends Rn {
      constructor({ defaultNamespace: e, errorTypeRegistries: r }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n);
        (Object.assign(s.headers, {
          "content-type": this.getDefaultContentType(),
          "smithy-protocol": this.getSmithyProtocolHeaderValue(),
          accept: this.getDefaultContentType(),
        }),
          or(e.input) === "unit"
            ? (delete s.body, delete s.headers["content-type"])
            : this.applyEmptyBody(s));
        let { service: o, operation: i } = be(n),
          a = `/service/${o}/operation/${i}`;
        return (
          s.path.endsWith("/") ? (s.path += a.slice(1)) : (s.path += a),
          s
        );
      }
      isErrorResponse(e) {
        return e !== 200;
      }
    };
  });
var Ed,
  Qb = d(() => {
    ud();
    Ed = (t, e, r, n, s, o) => {
      if (e != null && e[r] !== void 0) {
        let i = n();
        if (i == null || i.length <= 0)
          throw new Error(
            "Empty value provided for input HTTP label: " + r + ".",
          );
        t = t.replace(
          s,
          o
            ? i
                .split("/")
                .map((a) => Or(a))
                .join("/")
            : Or(i),
        );
      } else
        throw new Error("No value provided for input HTTP label: " + r + ".");
      return t;
    };
  });
function bd(t, e) {
  return new Eu(t, e);
}
var Eu,
  GN = d(() => {
    F();
    Qb();
    Eu = class {
      input;
      context;
      query = {};
      method = "";
      headers = {};
      path = "";
      body = null;
      hostname = "";
      resolvePathStack = [];
      constructor(e, r) {
        ((this.input = e), (this.context = r));
      }
      async build() {
        let {
          hostname: e,
          protocol: r = "https",
          port: n,
          path: s,
        } = await this.context.endpoint();
        this.path = s;
        for (let o of this.resolvePathStack) o(this.path);
        return new q({
          protocol: r,
          hostname: this.hostname || e,
          port: n,
          method: this.method,
          path: this.path,
          query: this.query,
          body: this.body,
          headers: this.headers,
        });
      }
      hn(e) {
        return ((this.hostname = e), this);
      }
      bp(e) {
        return (
          this.resolvePathStack.push((r) => {
            this.path = `${r?.endsWith("/") ? r.slice(0, -1) : r || ""}` + e;
          }),
          this
        );
      }
      p(e, r, n, s) {
        return (
          this.resolvePathStack.push((o) => {
            this.path = Ed(o, this.input, e, r, n, s);
          }),
          this
        );
      }
      h(e) {
        return ((this.headers = e), this);
      }
      q(e) {
        return ((this.query = e), this);
      }
      b(e) {
        return ((this.body = e), this);
      }
      m(e) {
        return ((this.method = e), this);
      }
    };
  });
var so,
  Zb = d(() => {
    P();
    ni();
    ga();
    so = class extends We {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      read(e, r) {
        let n = nt.of(e),
          s = n.getMergedTraits(),
          o = n.getHttpBindingLocation(s);
        return this.readHttpBinding(n.getHttpBindingValue(o, s), r, o);
      }
      readHttpBinding([e, r, n], s, o) {
        let i = r & 255;
        if ((i & 192) === 64)
          return (
            (n ??= e.getHttpBindingCollectionValue(o)),
            oa(s).map((a) => this.readHttpBinding(n, a, o))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? Re)(s);
          case 4:
          case 5:
          case 6:
          case 7: {
            let a = this.settings.httpBindings ? (r >> 14) & 3 : 0;
            switch (
              this.settings.timestampFormat.useTrait && i > 4
                ? i
                : a
                  ? a + 4
                  : this.settings.timestampFormat.default
            ) {
              case 5:
                return Ef(s);
              case 6:
                return bf(s);
              case 7:
                return Ks(s);
              default:
                return (
                  console.warn(
                    "Missing timestamp format, parsing value with Date constructor:",
                    s,
                  ),
                  new Date(s)
                );
            }
          }
          case 0: {
            let a = (r >> 8) & 3;
            if (!a) return s;
            let c = s;
            return (
              (o & 6) === 6 &&
                (c = (this.serdeContext?.utf8Encoder ?? we)(
                  (this.serdeContext?.base64Decoder ?? Re)(c),
                )),
              a === 2 ? $e.from(c) : c
            );
          }
          case 1:
            return Number(s);
          case 2:
            return s.toLowerCase() === "true";
          case 17:
            return BigInt(s);
          case 19:
            return new W(s, "bigDecimal");
          default:
            return s;
        }
      }
    };
  });
var oo,
  HN = d(() => {
    P();
    ni();
    ga();
    Zb();
    oo = class extends We {
      codecDeserializer;
      stringDeserializer;
      constructor(e, r) {
        (super(),
          (this.codecDeserializer = e),
          (this.stringDeserializer = new so(r)));
      }
      setSerdeContext(e) {
        (this.stringDeserializer.setSerdeContext(e),
          this.codecDeserializer.setSerdeContext(e),
          (this.serdeContext = e));
      }
      read(e, r) {
        let n = nt.of(e),
          s = n.getMergedTraits();
        if (s.httpHeader || s.httpResponseCode) {
          let o = n.getHttpBindingValue(38, s);
          return this.readHttpBinding(o, r, 38);
        }
        return s.httpPayload
          ? this.readPayload(n.getHttpBindingValue(36, s), r)
          : this.readCodec(n, r);
      }
      readHttpBinding(e, r, n) {
        let s =
          typeof r == "string" ? r : (this.serdeContext?.utf8Encoder ?? we)(r);
        return this.stringDeserializer.readHttpBinding(e, s, n);
      }
      readPayload([e, r], n) {
        let s = r & 255;
        return s === 21 || s === 42
          ? typeof n == "string"
            ? (this.serdeContext?.utf8Decoder ?? Fe)(n)
            : n
          : s === 0
            ? typeof n == "string"
              ? n
              : (this.serdeContext?.utf8Encoder ?? we)(n)
            : this.readCodec(e, n);
      }
      readCodec(e, r) {
        return this.codecDeserializer.read(e, r);
      }
    };
  });
var Ta,
  ex = d(() => {
    P();
    ni();
    ga();
    Ta = class extends We {
      settings;
      stringBuffer = "";
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        let n = nt.of(e),
          s = n.getMergedTraits(),
          o = n.getHttpBindingLocation(s);
        this.writeHttpBinding(n.getHttpBindingValue(o, s), r, o);
      }
      writeHttpBinding([e, r, n], s, o) {
        let i = r & 255;
        switch (typeof s) {
          case "object":
            if (s === null) {
              this.stringBuffer = "null";
              return;
            }
            if (i >= 4 && i <= 7) {
              if (!(s instanceof Date))
                throw new Error(
                  `@smithy/core/protocols - received non-Date value ${s} when schema expected Date in ${e.getName(!0)}`,
                );
              let u = this.settings.httpBindings ? (r >> 14) & 3 : 0;
              switch (
                this.settings.timestampFormat.useTrait && i > 4
                  ? i
                  : u
                    ? u + 4
                    : this.settings.timestampFormat.default
              ) {
                case 5:
                  this.stringBuffer = s.toISOString().replace(".000Z", "Z");
                  break;
                case 6:
                  this.stringBuffer = qt(s);
                  break;
                case 7:
                  this.stringBuffer = String(s.getTime() / 1e3);
                  break;
                default:
                  (console.warn(
                    "Missing timestamp format, using epoch seconds",
                    s,
                  ),
                    (this.stringBuffer = String(s.getTime() / 1e3)));
              }
              return;
            }
            if ((i === 21 || i === 42) && "byteLength" in s) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? xe)(s);
              return;
            }
            if ((i & 192) === 64 && Array.isArray(s)) {
              n ??= e.getHttpBindingCollectionValue(o);
              let u = n[1] & 255,
                l = u >= 4 && u <= 7,
                p = "";
              for (let h of s) {
                this.writeHttpBinding(n, h, o);
                let g = this.flush();
                (p && (p += ", "), (p += l ? g : Sf(g)));
              }
              this.stringBuffer = p;
              return;
            }
            this.stringBuffer = JSON.stringify(s, null, 2);
            break;
          case "string":
            let a = (r >> 8) & 3,
              c = s;
            if ((a === 2 && (c = $e.from(c)), a && (o & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? xe)(
                c.toString(),
              );
              return;
            }
            this.stringBuffer = s;
            break;
          default:
            this.stringBuffer = (r >> 10) & 1 ? Yt() : String(s);
        }
      }
      flush() {
        let e = this.stringBuffer;
        return ((this.stringBuffer = ""), e);
      }
    };
  });
var io,
  VN = d(() => {
    ni();
    ex();
    io = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(e, r, n = new Ta(r)) {
        ((this.codecSerializer = e), (this.stringSerializer = n));
      }
      setSerdeContext(e) {
        (this.codecSerializer.setSerdeContext(e),
          this.stringSerializer.setSerdeContext(e));
      }
      write(e, r) {
        let n = nt.of(e),
          s = n.getMergedTraits();
        if (s.httpHeader || s.httpLabel || s.httpQuery) {
          let o = n.getHttpBindingLocation(s);
          this.writeHttpBinding(n.getHttpBindingValue(o, s), r, o);
          return;
        }
        this.writeCodec(n, r);
      }
      writeHttpBinding(e, r, n) {
        (this.stringSerializer.writeHttpBinding(e, r, n),
          (this.buffer = this.stringSerializer.flush()));
      }
      writeCodec(e, r) {
        this.codecSerializer.write(e, r);
      }
      flush() {
        if (this.buffer !== void 0) {
          let e = this.buffer;
          return ((this.buffer = void 0), e);
        }
        return this.codecSerializer.flush();
      }
    };
  });
function Ot(t, e) {
  if (e.timestampFormat.useTrait) {
    let a = t.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  let {
    httpLabel: r,
    httpPrefixHeaders: n,
    httpHeader: s,
    httpQuery: o,
  } = t.getMergedTraits();
  return (
    (e.httpBindings
      ? typeof n == "string" || s
        ? 6
        : o || r
          ? 5
          : void 0
      : void 0) ?? e.timestampFormat.default
  );
}
var Aa = d(() => {});
var jN,
  xd,
  zN = d(() => {
    ((jN = Se(sr())),
      (xd = class {
        name;
        kind;
        values;
        constructor({
          name: e,
          kind: r = jN.FieldPosition.HEADER,
          values: n = [],
        }) {
          ((this.name = e), (this.kind = r), (this.values = n));
        }
        add(e) {
          this.values.push(e);
        }
        set(e) {
          this.values = e;
        }
        remove(e) {
          this.values = this.values.filter((r) => r !== e);
        }
        toString() {
          return this.values
            .map((e) => (e.includes(",") || e.includes(" ") ? `"${e}"` : e))
            .join(", ");
        }
        get() {
          return this.values;
        }
      }));
  });
var wd,
  qN = d(() => {
    wd = class {
      entries = {};
      encoding;
      constructor({ fields: e = [], encoding: r = "utf-8" }) {
        (e.forEach(this.setField.bind(this)), (this.encoding = r));
      }
      setField(e) {
        this.entries[e.name.toLowerCase()] = e;
      }
      getField(e) {
        return this.entries[e.toLowerCase()];
      }
      removeField(e) {
        delete this.entries[e.toLowerCase()];
      }
      getByType(e) {
        return Object.values(this.entries).filter((r) => r.kind === e);
      }
    };
  });
var On,
  Dn,
  WN = d(() => {
    ((On = (t) => (
      t.logger &&
        t.logger.constructor?.name !== "NoOpLogger" &&
        t.requestHandler?.updateHttpClientConfig?.(
          Symbol.for("logger"),
          t.logger,
        ),
      t.defaultSocketTimeout &&
        t.requestHandler?.updateHttpClientConfig?.(
          Symbol.for("@smithy/defaultSocketTimeout"),
          t.defaultSocketTimeout,
        ),
      {
        setHttpHandler(e) {
          t.requestHandler = e;
        },
        httpHandler() {
          return t.requestHandler;
        },
        updateHttpClientConfig(e, r) {
          t.requestHandler?.updateHttpClientConfig(e, r);
        },
        httpHandlerConfigs() {
          return t.requestHandler.httpHandlerConfigs();
        },
      }
    )),
      (Dn = (t) => ({ requestHandler: t.httpHandler() })));
  });
function tx(t) {
  return (e) => async (r) => {
    let n = r.request;
    if (q.isInstance(n)) {
      let { body: s, headers: o } = n;
      if (
        s &&
        Object.keys(o)
          .map((i) => i.toLowerCase())
          .indexOf(KN) === -1
      )
        try {
          let i = t(s);
          i != null && (n.headers = { ...n.headers, [KN]: String(i) });
        } catch {}
    }
    return e({ ...r, request: n });
  };
}
var KN,
  rx,
  Nn,
  XN = d(() => {
    F();
    KN = "content-length";
    ((rx = {
      step: "build",
      tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
      name: "contentLengthMiddleware",
      override: !0,
    }),
      (Nn = (t) => ({
        applyToStack: (e) => {
          e.add(tx(t.bodyLengthChecker), rx);
        },
      })));
  });
var ao,
  M5,
  vd = d(() => {
    ((ao = (t) => encodeURIComponent(t).replace(/[!'()*]/g, M5)),
      (M5 = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`));
  });
var JN,
  YN = d(() => {
    vd();
    JN = (t) => t.split("/").map(ao).join("/");
  });
function QN(t) {
  let e = [];
  for (let r of Object.keys(t).sort()) {
    let n = t[r];
    if (((r = ao(r)), Array.isArray(n)))
      for (let s = 0, o = n.length; s < o; s++) e.push(`${r}=${ao(n[s])}`);
    else {
      let s = r;
      ((n || typeof n == "string") && (s += `=${ao(n)}`), e.push(s));
    }
  }
  return e.join("&");
}
var ZN = d(() => {
  vd();
});
var Dt,
  ai = d(() => {
    Dt = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Ca,
  nx = d(() => {
    Ca = class {
      from;
      to;
      keys;
      constructor(e, r) {
        ((this.from = e), (this.to = r));
        let n = Object.keys(this.from),
          s = new Set(n);
        (s.delete("__type"), (this.keys = s));
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          let e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function Id() {
  if (bu === void 0)
    try {
      if (typeof Buffer != "function") bu = !1;
      else {
        let t = JSON.parse(Buffer.from([123, 125]));
        bu = t !== null && typeof t == "object";
      }
    } catch {
      bu = !1;
    }
  return bu;
}
var bu,
  sx = d(() => {});
function Ra(t, e, r) {
  if (r?.source) {
    let n = r.source;
    if (typeof e == "number")
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? L5(n, e)
          ? e
          : new W(n, "bigDecimal")
        : $5(n)
          ? new W(n, "bigDecimal")
          : /[eE]/.test(n)
            ? U5(n)
            : BigInt(n);
  }
  return e;
}
function $5(t) {
  let e = t.indexOf(".");
  if (e === -1) return !1;
  let r = t.search(/[eE]/);
  if (r === -1) return !0;
  let n = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < n;
}
function L5(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return ox(t) === ox(String(e));
  let r = t.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""),
    n = String(e);
  return r === n ? !0 : /[eE]/.test(n) ? r === ox(n) : !1;
}
function ox(t) {
  let e = t.startsWith("-"),
    r = e ? t.slice(1) : t,
    n = r.search(/[eE]/),
    s;
  if (n === -1) s = r;
  else {
    let o = parseInt(r.slice(n + 1), 10),
      i = r.slice(0, n),
      a = i.indexOf("."),
      c,
      u;
    (a === -1
      ? ((c = i), (u = i.length))
      : ((c = i.slice(0, a) + i.slice(a + 1)), (u = a)),
      (c = c.replace(/0+$/, "") || "0"));
    let l = u + o;
    c === "0"
      ? (s = "0")
      : l <= 0
        ? (s = "0." + "0".repeat(-l) + c)
        : l >= c.length
          ? (s = c + "0".repeat(l - c.length))
          : (s = c.slice(0, l) + "." + c.slice(l));
  }
  return (
    s.includes(".") && (s = s.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")),
    (e ? "-" : "") + s
  );
}
function U5(t) {
  let e = t.search(/[eE]/),
    r = parseInt(t.slice(e + 1), 10),
    n = t.startsWith("-"),
    s = t.slice(n ? 1 : 0, e),
    o = s.indexOf("."),
    i,
    a;
  if (o === -1) ((i = s), (a = r));
  else {
    i = s.slice(0, o) + s.slice(o + 1);
    let u = s.length - o - 1;
    a = r - u;
  }
  i = i.replace(/0+$/, "") || "0";
  let c = BigInt(i) * 10n ** BigInt(a + (s.replace(".", "").length - i.length));
  return n ? -c : c;
}
var _d = d(() => {
  P();
});
function Oa(t) {
  let e = _.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (ix in r) return r[ix];
    let n = Td(e, new Set());
    return ((r[ix] = n), n);
  }
  return Td(e, new Set());
}
function Td(t, e) {
  let r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (let [, n] of t.structIterator()) if (Td(n, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (Td(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
var ix,
  Ad = d(() => {
    K();
    ix = Symbol.for("@aws-sdk/reviver");
  });
var eP,
  tP = d(() => {
    ha();
    P();
    eP = (t, e) => He(t, e).then((r) => (e?.utf8Encoder ?? we)(r));
  });
async function bs(t, e, r) {
  let n;
  if (Id() && typeof t?.[Symbol.asyncIterator] == "function") {
    let o = await He(t, e);
    typeof Buffer == "function" &&
      (Buffer.isBuffer(o)
        ? (n = o)
        : (n = Buffer.from(o.buffer, o.byteOffset, o.byteLength)));
  }
  if ((n || (n = await eP(t, e)), n.length === 0)) return {};
  let s = r && Oa(r) ? Ra : void 0;
  try {
    return JSON.parse(n, s);
  } catch (o) {
    throw (
      o?.name === "SyntaxError" &&
        Object.defineProperty(o, "$responseBodyText", {
          value: typeof n == "string" ? n : n.toString("utf8"),
        }),
      o
    );
  }
}
var Cd,
  rP,
  ax,
  Da,
  Na,
  Pa,
  nP,
  xu = d(() => {
    ha();
    tP();
    sx();
    _d();
    Ad();
    ((Cd = async (t, e) => {
      let r = await bs(t, e);
      return ((r.message = r.message ?? r.Message), r);
    }),
      (rP = (t, e) =>
        Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase())),
      (ax = (t) => {
        let e = t;
        return (
          typeof e == "number" && (e = e.toString()),
          e.indexOf(",") >= 0 && (e = e.split(",")[0]),
          e.indexOf(":") >= 0 && (e = e.split(":")[0]),
          e.indexOf("#") >= 0 && (e = e.split("#")[1]),
          e
        );
      }),
      (Da = (t, e) => nP(t, e, ["header", "code", "type"])),
      (Na = (t, e, r = !1) =>
        nP(t, e, r ? ["code", "header", "type"] : ["type", "code", "header"])),
      (Pa = (t, e) => {
        if (e?.__type !== void 0) {
          let r = e.__type;
          return (
            typeof r == "number" && (r = r.toString()),
            r.indexOf(",") >= 0 && (r = r.split(",")[0]),
            r.indexOf(":") >= 0 && (r = r.split(":")[0]),
            r
          );
        }
      }),
      (nP = ({ headers: t }, e, r) => {
        for (; r.length > 0;)
          switch (r.shift()) {
            case "header":
              let s = rP(t ?? {}, "x-amzn-errortype");
              if (s !== void 0) return ax(t[s]);
              break;
            case "code":
              let o = rP(e ?? {}, "code");
              if (o && e[o] !== void 0) return ax(e[o]);
              break;
            case "type":
              if (e?.__type !== void 0) return ax(e.__type);
              break;
          }
      }));
  });
var co,
  cx = d(() => {
    Aa();
    K();
    P();
    ai();
    nx();
    sx();
    _d();
    Ad();
    xu();
    F();
    co = class extends Dt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      async read(e, r) {
        let n = Oa(e) ? Ra : void 0,
          s;
        if (typeof r == "string") {
          if (r.length === 0) return {};
          s = JSON.parse(r, n);
        } else if (r instanceof Uint8Array && Id()) {
          if (r.byteLength === 0) return {};
          let o = Buffer.isBuffer(r)
            ? r
            : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          s = JSON.parse(o, n);
        } else s = await bs(r, this.serdeContext, e);
        return this._read(e, s);
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        let n = r !== null && typeof r == "object",
          s = _.of(e);
        if (n) {
          if (s.isStructSchema()) return this._readStruct(s, r);
          if (Array.isArray(r) && s.isListSchema()) {
            let i = s.getValueSchema();
            if (this.needsTransform(i))
              for (let a = 0; a < r.length; ++a) r[a] = this._read(i, r[a]);
            return r;
          }
          if (s.isMapSchema()) {
            let i = s.getValueSchema(),
              a = r;
            if (this.needsTransform(i))
              for (let c in a)
                T(a, c) &&
                  (c === "__proto__" && xt(a), (a[c] = this._read(i, a[c])));
            return a;
          }
        }
        if (s.isBlobSchema() && typeof r == "string") return Re(r);
        let o = s.getMergedTraits().mediaType;
        if (s.isStringSchema() && typeof r == "string" && o)
          return o === "application/json" || o.endsWith("+json")
            ? $e.from(r)
            : r;
        if (s.isTimestampSchema() && r != null)
          switch (Ot(s, this.settings)) {
            case 5:
              return na(r);
            case 6:
              return Ws(r);
            case 7:
              return sa(r);
            default:
              return (
                console.warn(
                  "Missing timestamp format, parsing value with Date constructor:",
                  r,
                ),
                new Date(r)
              );
          }
        if (
          s.isBigIntegerSchema() &&
          (typeof r == "number" || typeof r == "string")
        )
          return BigInt(r);
        if (s.isBigDecimalSchema() && r != null) {
          if (r instanceof W) return r;
          let i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new W(i.string, i.type)
            : new W(String(r), "bigDecimal");
        }
        if (s.isNumericSchema() && typeof r == "string") {
          switch (r) {
            case "Infinity":
              return 1 / 0;
            case "-Infinity":
              return -1 / 0;
            case "NaN":
              return NaN;
          }
          return r;
        }
        if (s.isDocumentSchema() && n)
          if (Array.isArray(r))
            for (let i = 0; i < r.length; ++i) {
              let a = r[i];
              a instanceof W || (r[i] = this._read(s, a));
            }
          else {
            let i = r;
            for (let a in i) {
              if (!T(i, a)) continue;
              a === "__proto__" && xt(i);
              let c = i[a];
              c instanceof W || (i[a] = this._read(s, c));
            }
          }
        return r;
      }
      _readStruct(e, r) {
        let n = e.isUnionSchema(),
          s = {},
          o,
          i = typeof r.__type == "string",
          { jsonName: a } = this.settings;
        a && i && (o = {});
        let c;
        n && (c = new Ca(r, s));
        for (let [u, l] of e.structIterator()) {
          let p = u;
          (a && ((p = l.getMergedTraits().jsonName ?? p), i && (o[p] = u)),
            n && c.mark(p),
            r[p] != null && (s[u] = this._read(l, r[p])));
        }
        if (n) c.writeUnknown();
        else if (i)
          for (let u in r) {
            if (!T(r, u)) continue;
            let l = r[u],
              p = a ? (o[u] ?? u) : u;
            p in s || (s[p] = l);
          }
        return s;
      }
      needsTransform(e) {
        return !!(
          e.isBlobSchema() ||
          e.isTimestampSchema() ||
          e.isBigIntegerSchema() ||
          e.isBigDecimalSchema() ||
          e.isNumericSchema() ||
          e.isDocumentSchema() ||
          e.isStructSchema() ||
          e.isListSchema() ||
          e.isMapSchema() ||
          (e.isStringSchema() && e.getMergedTraits().mediaType)
        );
      }
    };
  });
var Rd,
  sP,
  oP = d(() => {
    P();
    ((Rd = class t extends Uint8Array {
      string = null;
      static allocUnsafe(e) {
        if (typeof Buffer == "function") {
          let r = Buffer.allocUnsafe(e);
          return new t(r.buffer, r.byteOffset, r.byteLength);
        }
        return new t(e);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(e, r) {
        return typeof e == "string"
          ? this.s().includes(e, r)
          : Uint8Array.prototype.includes.call(this, e, r);
      }
      indexOf(e, r) {
        return typeof e == "string"
          ? this.s().indexOf(e, r)
          : Uint8Array.prototype.indexOf.call(this, e, r);
      }
      lastIndexOf(e, r) {
        if (typeof e == "string") return this.s().lastIndexOf(e, r);
        let n = Uint8Array.prototype.lastIndexOf;
        return r !== void 0 ? n.call(this, e, r) : n.call(this, e);
      }
      startsWith(e, r) {
        return this.s().startsWith(e, r);
      }
      endsWith(e, r) {
        return this.s().endsWith(e, r);
      }
      match(e) {
        return this.s().match(e);
      }
      replace(e, r) {
        return this.s().replace(e, r);
      }
      search(e) {
        return this.s().search(e);
      }
      split(e, r) {
        return this.s().split(e, r);
      }
      substring(e, r) {
        return this.s().substring(e, r);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(e) {
        return this.s().charAt(e);
      }
      charCodeAt(e) {
        return this.s().charCodeAt(e);
      }
      padStart(e, r) {
        return this.s().padStart(e, r);
      }
      padEnd(e, r) {
        return this.s().padEnd(e, r);
      }
      repeat(e) {
        return this.s().repeat(e);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          let e = Date.now();
          (e > sP + 6e4 &&
            (console.warn(
              "@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.",
            ),
            (sP = e)),
            (this.string = we(this)));
        }
        return this.string;
      }
    }),
      (sP = 0));
  });
function ux(t) {
  return Rd.allocUnsafe(t);
}
var Od,
  iP,
  aP,
  B5,
  F5,
  ka,
  Dd,
  Nd,
  cP,
  G5,
  H5,
  V5,
  Pn,
  uP,
  uo,
  lx = d(() => {
    Aa();
    K();
    P();
    ai();
    F();
    oP();
    ((Od = new TextEncoder()),
      (iP = 123),
      (aP = 125),
      (B5 = 91),
      (F5 = 93),
      (ka = 34),
      (Dd = 58),
      (Nd = 44),
      (cP = 92),
      (G5 = new Uint8Array([116, 114, 117, 101])),
      (H5 = new Uint8Array([102, 97, 108, 115, 101])),
      (V5 = new Uint8Array([110, 117, 108, 108])),
      (Pn = new Array(128).fill(null)));
    Pn[8] = "b";
    Pn[9] = "t";
    Pn[10] = "n";
    Pn[12] = "f";
    Pn[13] = "r";
    Pn[34] = '"';
    Pn[92] = "\\";
    for (let t = 0; t < 32; t++)
      Pn[t] === null && (Pn[t] = "u00" + t.toString(16).padStart(2, "0"));
    uP = 2048;
    uo = class t extends Dt {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(e) {
        (super(), (this.settings = e), (this.json = ux(uP)));
      }
      write(e, r) {
        ((this.i = 0),
          (this.rawValue = r),
          (this.rootSchema = _.of(e)),
          (this.passthrough =
            this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
          this.passthrough || this.writeValue(this.rootSchema, r, void 0));
      }
      writeDiscriminatedDocument(e, r) {
        ((this.i = 0), (this.rootSchema = _.of(e)));
        let n = this.rootSchema;
        if (n.isStructSchema() && r != null && typeof r == "object") {
          this.writeValue(n, r, void 0);
          let s = `"__type":"${n.getName(!0) ?? "Unknown"}",`,
            o = s.length;
          (this.ensure(o),
            this.json.copyWithin(1 + o, 1, this.i),
            Od.encodeInto(s, this.json.subarray(1)),
            (this.i += o));
        } else this.writeValue(n, r, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        let e = this.i;
        this.i = 0;
        let r = this.rawValue;
        if (((this.rawValue = void 0), e === 0)) return r;
        let n = this.json.subarray(0, e);
        return ((this.json = ux(uP)), n);
      }
      ensure(e) {
        let { i: r, json: n } = this;
        if (r + e > n.length) {
          let s = n.length * 2;
          for (; s < r + e;) s *= 2;
          let o = ux(s);
          (o.set(this.json), (this.json = o));
        }
      }
      writeAscii(e) {
        let r = e.length;
        this.ensure(r);
        let { i: n, json: s } = this;
        for (let o = 0; o < r; ++o) ((s[n] = e.charCodeAt(o)), (n += 1));
        this.i = n;
      }
      writeAsciiQuoted(e) {
        let r = e.length;
        this.ensure(r + 4);
        let { json: n, i: s } = this;
        n[s++] = ka;
        for (let o = 0; o < r; ++o) n[s++] = e.charCodeAt(o);
        ((n[s++] = ka), (this.i = s));
      }
      writeJsonString(e) {
        let r = e.length;
        (this.ensure(r * 3 + 2), (this.json[this.i++] = ka));
        for (let n = 0; n < r; ++n) {
          let s = e.charCodeAt(n);
          if (s > 34 && s < 92) this.json[this.i++] = s;
          else if (s < 128) {
            let o = Pn[s];
            if (o !== null) {
              (this.ensure(o.length + 1 + (r - n - 1) * 3 + 1),
                (this.json[this.i++] = cP));
              for (let i = 0; i < o.length; i++)
                this.json[this.i++] = o.charCodeAt(i);
            } else this.json[this.i++] = s;
          } else if (s >= 55296 && s <= 56319) {
            let o = n + 1 < r ? e.charCodeAt(n + 1) : 0;
            if (o >= 56320 && o <= 57343) {
              this.ensure(4);
              let { written: i } = Od.encodeInto(
                e.substring(n, n + 2),
                this.json.subarray(this.i),
              );
              ((this.i += i), ++n);
            } else
              (this.ensure(6 + (r - n - 1) * 3 + 1),
                this.writeUnicodeEscape(s));
          } else if (s >= 56320 && s <= 57343)
            (this.ensure(6 + (r - n - 1) * 3 + 1), this.writeUnicodeEscape(s));
          else {
            let { i: o, json: i } = this;
            (s < 2048
              ? ((i[o++] = 192 | (s >> 6)), (i[o++] = 128 | (s & 63)))
              : ((i[o++] = 224 | (s >> 12)),
                (i[o++] = 128 | ((s >> 6) & 63)),
                (i[o++] = 128 | (s & 63))),
              (this.i = o));
          }
        }
        this.json[this.i++] = ka;
      }
      writeUnicodeEscape(e) {
        let { json: r, i: n } = this;
        ((r[n++] = cP), (r[n++] = 117));
        let s = e.toString(16).padStart(4, "0");
        for (let o = 0; o < 4; ++o) r[n++] = s.charCodeAt(o);
        this.i = n;
      }
      static B64 = (() => {
        let e =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
          r = new Uint8Array(64);
        for (let n = 0; n < 64; ++n) r[n] = e.charCodeAt(n);
        return r;
      })();
      writeBase64(e) {
        let r = Math.ceil(e.length / 3) * 4;
        this.ensure(r + 2);
        let n = this.json,
          s = t.B64,
          o = this.i;
        n[o++] = ka;
        let i = e.length,
          a = i % 3,
          c = i - a;
        for (let u = 0; u < c; u += 3) {
          let l = e[u],
            p = e[u + 1],
            h = e[u + 2];
          ((n[o++] = s[l >> 2]),
            (n[o++] = s[((l & 3) << 4) | (p >> 4)]),
            (n[o++] = s[((p & 15) << 2) | (h >> 6)]),
            (n[o++] = s[h & 63]));
        }
        if (a === 2) {
          let u = e[c],
            l = e[c + 1];
          ((n[o++] = s[u >> 2]),
            (n[o++] = s[((u & 3) << 4) | (l >> 4)]),
            (n[o++] = s[(l & 15) << 2]),
            (n[o++] = 61));
        } else if (a === 1) {
          let u = e[c];
          ((n[o++] = s[u >> 2]),
            (n[o++] = s[(u & 3) << 4]),
            (n[o++] = 61),
            (n[o++] = 61));
        }
        ((n[o++] = ka), (this.i = o));
      }
      writeValue(e, r, n) {
        if (r == null) {
          if (n?.isStructSchema()) {
            if (r === void 0 && _.of(e).isIdempotencyToken()) {
              this.writeAsciiQuoted(Yt());
              return;
            }
            return;
          }
          (this.ensure(4), this.json.set(V5, this.i), (this.i += 4));
          return;
        }
        let s = _.of(e),
          o = typeof r == "object";
        if (s.isStringSchema()) {
          let i = s.getMergedTraits().mediaType;
          if (i && (i === "application/json" || i.endsWith("+json"))) {
            this.writeJsonString($e.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (s.isBigIntegerSchema() || s.isBigDecimalSchema())
        ) {
          let i = r instanceof W ? r.string : String(r);
          this.writeAsciiQuoted(i);
          return;
        }
        if (o) {
          if (s.isStructSchema()) {
            this.writeStruct(s, r);
            return;
          }
          if (Array.isArray(r) && (s.isListSchema() || s.isDocumentSchema())) {
            this.writeList(s, r, s.isDocumentSchema());
            return;
          }
          if (s.isMapSchema()) {
            this.writeMap(s, r, !1);
            return;
          }
          if (
            r instanceof Uint8Array &&
            (s.isBlobSchema() || s.isDocumentSchema())
          ) {
            this.writeBase64(r);
            return;
          }
          if (
            r instanceof Date &&
            (s.isTimestampSchema() || s.isDocumentSchema())
          ) {
            this.writeTimestamp(s, r);
            return;
          }
          if (r instanceof W) {
            this.writeAscii(r.string);
            return;
          }
          if (s.isDocumentSchema()) {
            Array.isArray(r)
              ? this.writeList(s, r, !0)
              : this.writeMap(s, r, !0);
            return;
          }
          let i = JSON.stringify(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == "string") {
          if (s.isBlobSchema()) {
            let i = (this.serdeContext?.base64Encoder ?? xe)(r);
            this.writeAsciiQuoted(i);
            return;
          }
          this.writeJsonString(r);
          return;
        }
        if (typeof r == "number") {
          if (Math.abs(r) === 1 / 0 || Number.isNaN(r)) {
            this.writeAsciiQuoted(String(r));
            return;
          }
          let i = String(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == "boolean") {
          this.ensure(5);
          let { i, json: a } = this;
          (r ? (a.set(G5, i), (i += 4)) : (a.set(H5, i), (i += 5)),
            (this.i = i));
          return;
        }
        if (typeof r == "bigint") {
          this.writeAscii(r.toString());
          return;
        }
        this.writeAscii(String(r));
      }
      writeStruct(e, r) {
        (this.ensure(2), (this.json[this.i++] = iP));
        let n = !1,
          s = typeof r.__type == "string",
          o;
        s && (o = new Set());
        for (let [i, a] of e.structIterator()) {
          let c = r[i];
          if (c == null && !a.isIdempotencyToken()) continue;
          (n && (this.ensure(1), (this.json[this.i++] = Nd)), (n = !0));
          let u = this.settings.jsonName
            ? (a.getMergedTraits().jsonName ?? i)
            : i;
          (o && (o.add(i), o.add(u)),
            this.writeAsciiQuoted(u),
            (this.json[this.i++] = Dd),
            this.writeValue(a, c, e));
        }
        if (!n && e.isUnionSchema()) {
          let { $unknown: i } = r;
          if (Array.isArray(i)) {
            let [a, c] = i;
            (this.writeAsciiQuoted(a),
              this.ensure(1),
              (this.json[this.i++] = Dd),
              this.writeValue(15, c, e));
          }
        } else if (s)
          for (let i in r) {
            if (o.has(i)) continue;
            o.add(i);
            let a = r[i];
            (n && (this.ensure(1), (this.json[this.i++] = Nd)),
              (n = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = Dd),
              this.writeValue(15, a, void 0));
          }
        (this.ensure(1), (this.json[this.i++] = aP));
      }
      writeList(e, r, n) {
        let s = !!e.getMergedTraits().sparse,
          o = e.getValueSchema();
        if (
          !n &&
          (o.isStringSchema() || o.isNumericSchema() || o.isBooleanSchema())
        ) {
          let a = !1;
          for (let u = 0; u < r.length; ++u) {
            let l = r[u];
            if (
              Number.isNaN(l) ||
              l === 1 / 0 ||
              l === -1 / 0 ||
              (l == null && !s)
            ) {
              a = !0;
              break;
            }
          }
          let c;
          if (!a) c = JSON.stringify(r);
          else {
            let u = [];
            for (let l = 0; l < r.length; ++l) {
              let p = r[l];
              (p == null && !s) ||
                (Number.isNaN(p) || p === 1 / 0 || p === -1 / 0
                  ? u.push(String(p))
                  : u.push(p));
            }
            c = JSON.stringify(u);
          }
          (this.ensure(c.length * 3),
            (this.i += Od.encodeInto(c, this.json.subarray(this.i)).written));
          return;
        }
        (this.ensure(2), (this.json[this.i++] = B5));
        let i = !1;
        for (let a = 0; a < r.length; ++a) {
          let c = r[a];
          (n ? c === void 0 : c == null && !s) ||
            (i && (this.ensure(1), (this.json[this.i++] = Nd)),
            this.writeValue(o, c, void 0),
            (i = !0));
        }
        (this.ensure(1), (this.json[this.i++] = F5));
      }
      writeMap(e, r, n) {
        let s = !!e.getMergedTraits().sparse,
          o = e.getValueSchema();
        if (
          !n &&
          (o.isStringSchema() || o.isNumericSchema() || o.isBooleanSchema())
        ) {
          let a;
          for (let u in r) {
            if (!T(r, u)) continue;
            let l = r[u];
            Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
              ? (((a ??= {})[u] = l), (r[u] = String(l)))
              : l === null && !s && (((a ??= {})[u] = null), (r[u] = void 0));
          }
          let c = JSON.stringify(r);
          (a && Object.assign(r, a),
            this.ensure(c.length * 3),
            (this.i += Od.encodeInto(c, this.json.subarray(this.i)).written));
          return;
        }
        (this.ensure(2), (this.json[this.i++] = iP));
        let i = !0;
        for (let a in r) {
          if (!T(r, a)) continue;
          let c = r[a];
          (n ? c === void 0 : c == null && !s) ||
            (i || (this.ensure(1), (this.json[this.i++] = Nd)),
            (i = !1),
            this.writeJsonString(a),
            this.ensure(1),
            (this.json[this.i++] = Dd),
            this.writeValue(o, c, void 0));
        }
        (this.ensure(1), (this.json[this.i++] = aP));
      }
      writeTimestamp(e, r) {
        switch (Ot(e, this.settings)) {
          case 5: {
            let s = r.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(s);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(qt(r));
            return;
          }
          case 7: {
            let s = String(r.getTime() / 1e3);
            this.writeAscii(s);
            return;
          }
          default: {
            let s = String(r.getTime() / 1e3);
            this.writeAscii(s);
            return;
          }
        }
      }
    };
  });
var fr,
  px = d(() => {
    ai();
    cx();
    lx();
    fr = class extends Dt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new uo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new co(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Ma,
  lP = d(() => {
    Yb();
    K();
    px();
    xu();
    Ma = class extends no {
      codec = new fr({
        timestampFormat: { useTrait: !1, default: 7 },
        jsonName: !1,
        bigNumberAsString: !0,
      });
      serializer = this.codec.createSerializer();
      deserializer = this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Json";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-json";
      }
      applyEmptyBody(e) {
        e.body || (e.body = "{}");
      }
      async handleError(e, r, n, s, o) {
        let i = Pa(n, s) ?? "Unknown",
          a = {
            $metadata: o,
            $fault: n.statusCode <= 500 ? "client" : "server",
          },
          c = this.options.defaultNamespace;
        i.includes("#") && ([c] = i.split("#"));
        let u = this.compositeErrorRegistry,
          l = fe.for(c);
        u.copyFrom(l);
        let p;
        try {
          p = u.getSchema(i);
        } catch {
          s.Message && (s.message = s.Message);
          let I = fe.for("smithy.ts.sdk.synthetic." + c);
          u.copyFrom(I);
          let v = u.getBaseException();
          if (v) {
            let A = u.getErrorCtor(v);
            throw Object.assign(new A({ name: i }), a, s);
          }
          throw Object.assign(new Error(i), a, s);
        }
        let h = _.of(p),
          g = u.getErrorCtor(p),
          y = s.message ?? s.Message ?? "Unknown",
          E = new g({}),
          S = {},
          b = this.codec.createDeserializer();
        for (let [w, I] of h.structIterator())
          s[w] != null && (S[w] = b.readObject(I, s[w]));
        throw Object.assign(
          E,
          a,
          { $fault: h.getMergedTraits().error, message: y },
          S,
        );
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  });
var lo,
  fx = d(() => {
    Aa();
    K();
    P();
    P();
    F();
    ai();
    nx();
    _d();
    Ad();
    xu();
    lo = class extends Dt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      async read(e, r) {
        let n = Oa(e) ? Ra : void 0;
        return this._read(
          e,
          typeof r == "string"
            ? JSON.parse(r, n)
            : await bs(r, this.serdeContext, e),
        );
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        let n = r !== null && typeof r == "object",
          s = _.of(e);
        if (n) {
          if (s.isStructSchema()) {
            let i = r,
              a = s.isUnionSchema(),
              c = {},
              u,
              { jsonName: l } = this.settings;
            l && (u = {});
            let p;
            a && (p = new Ca(i, c));
            for (let [h, g] of s.structIterator()) {
              let y = h;
              (l && ((y = g.getMergedTraits().jsonName ?? y), (u[y] = h)),
                a && p.mark(y),
                i[y] != null && (c[h] = this._read(g, i[y])));
            }
            if (a) p.writeUnknown();
            else if (typeof i.__type == "string")
              for (let h in i) {
                if (!T(i, h)) continue;
                let g = i[h],
                  y = l ? (u[h] ?? h) : h;
                y in c || (c[y] = g);
              }
            return c;
          }
          if (Array.isArray(r) && s.isListSchema()) {
            let i = s.getValueSchema(),
              a = [];
            for (let c of r) a.push(this._read(i, c));
            return a;
          }
          if (s.isMapSchema()) {
            let i = s.getValueSchema(),
              a = {};
            for (let c in r)
              T(r, c) &&
                (c === "__proto__" && xt(a), (a[c] = this._read(i, r[c])));
            return a;
          }
        }
        if (s.isBlobSchema() && typeof r == "string") return Re(r);
        let o = s.getMergedTraits().mediaType;
        if (s.isStringSchema() && typeof r == "string" && o)
          return o === "application/json" || o.endsWith("+json")
            ? $e.from(r)
            : r;
        if (s.isTimestampSchema() && r != null)
          switch (Ot(s, this.settings)) {
            case 5:
              return na(r);
            case 6:
              return Ws(r);
            case 7:
              return sa(r);
            default:
              return (
                console.warn(
                  "Missing timestamp format, parsing value with Date constructor:",
                  r,
                ),
                new Date(r)
              );
          }
        if (
          s.isBigIntegerSchema() &&
          (typeof r == "number" || typeof r == "string")
        )
          return BigInt(r);
        if (s.isBigDecimalSchema() && r != null) {
          if (r instanceof W) return r;
          let i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new W(i.string, i.type)
            : new W(String(r), "bigDecimal");
        }
        if (s.isNumericSchema() && typeof r == "string") {
          switch (r) {
            case "Infinity":
              return 1 / 0;
            case "-Infinity":
              return -1 / 0;
            case "NaN":
              return NaN;
          }
          return r;
        }
        if (s.isDocumentSchema())
          if (n) {
            let i = Array.isArray(r) ? [] : {};
            for (let a in r) {
              if (!T(r, a)) continue;
              a === "__proto__" && xt(i);
              let c = r[a];
              c instanceof W ? (i[a] = c) : (i[a] = this._read(s, c));
            }
            return i;
          } else return structuredClone(r);
        return r;
      }
    };
  });
var pP,
  Pd,
  fP = d(() => {
    P();
    ((pP = "\u039D"),
      (Pd = class {
        values = new Map();
        counter = 0;
        stage = 0;
        createReplacer() {
          if (this.stage === 1)
            throw new Error(
              "@aws-sdk/core/protocols - JsonReplacer already created.",
            );
          if (this.stage === 2)
            throw new Error(
              "@aws-sdk/core/protocols - JsonReplacer exhausted.",
            );
          return (
            (this.stage = 1),
            (e, r) => {
              if (r instanceof W) {
                let n = `${pP + "nv" + this.counter++}_` + r.string;
                return (this.values.set(`"${n}"`, r.string), n);
              }
              if (typeof r == "bigint") {
                let n = r.toString(),
                  s = `${pP + "b" + this.counter++}_` + n;
                return (this.values.set(`"${s}"`, n), s);
              }
              return r;
            }
          );
        }
        replaceInJson(e) {
          if (this.stage === 0)
            throw new Error(
              "@aws-sdk/core/protocols - JsonReplacer not created yet.",
            );
          if (this.stage === 2)
            throw new Error(
              "@aws-sdk/core/protocols - JsonReplacer exhausted.",
            );
          if (((this.stage = 2), this.counter === 0)) return e;
          for (let [r, n] of this.values) e = e.replace(r, n);
          return e;
        }
      }));
  });
var po,
  dx = d(() => {
    Aa();
    K();
    P();
    ai();
    fP();
    F();
    po = class extends Dt {
      settings;
      buffer;
      useReplacer = !1;
      rootSchema;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        ((this.rootSchema = _.of(e)),
          (this.buffer = this._write(this.rootSchema, r)));
      }
      flush() {
        let { rootSchema: e, useReplacer: r } = this;
        if (
          ((this.rootSchema = void 0),
          (this.useReplacer = !1),
          e?.isStructSchema() || e?.isDocumentSchema())
        ) {
          if (!r) return JSON.stringify(this.buffer);
          let n = new Pd();
          return n.replaceInJson(
            JSON.stringify(this.buffer, n.createReplacer(), 0),
          );
        }
        return this.buffer;
      }
      writeDiscriminatedDocument(e, r) {
        (this.write(e, r),
          typeof this.buffer == "object" &&
            (this.buffer.__type = _.of(e).getName(!0)));
      }
      _write(e, r, n) {
        let s = r !== null && typeof r == "object",
          o = _.of(e);
        if (s) {
          if (o.isStructSchema()) {
            let i = r,
              a = {},
              { jsonName: c } = this.settings,
              u;
            c && (u = {});
            let l = 0;
            for (let [p, h] of o.structIterator()) {
              let g = this._write(h, i[p], o);
              if (g !== void 0) {
                let y = p;
                (c && ((y = h.getMergedTraits().jsonName ?? p), (u[p] = y)),
                  (a[y] = g),
                  l++);
              }
            }
            if (o.isUnionSchema() && l === 0) {
              let { $unknown: p } = i;
              if (Array.isArray(p)) {
                let [h, g] = p;
                (h === "__proto__" && xt(a), (a[h] = this._write(15, g)));
              }
            } else if (typeof i.__type == "string")
              for (let p in i) {
                if (!T(i, p)) continue;
                let h = i[p],
                  g = c ? (u[p] ?? p) : p;
                g in a || (a[g] = this._write(15, h));
              }
            return a;
          }
          if (Array.isArray(r) && o.isListSchema()) {
            let i = o.getValueSchema(),
              a = [],
              c = !!o.getMergedTraits().sparse;
            for (let u of r) (c || u != null) && a.push(this._write(i, u));
            return a;
          }
          if (o.isMapSchema()) {
            let i = o.getValueSchema(),
              a = {},
              c = !!o.getMergedTraits().sparse;
            for (let u in r) {
              if (!T(r, u)) continue;
              let l = r[u];
              (c || l != null) &&
                (u === "__proto__" && xt(a), (a[u] = this._write(i, l)));
            }
            return a;
          }
          if (r instanceof Uint8Array && o.isBlobSchema())
            return o === this.rootSchema
              ? r
              : (this.serdeContext?.base64Encoder ?? xe)(r);
          if (
            r instanceof Date &&
            (o.isTimestampSchema() || o.isDocumentSchema())
          )
            switch (Ot(o, this.settings)) {
              case 5:
                return r.toISOString().replace(".000Z", "Z");
              case 6:
                return qt(r);
              case 7:
                return r.getTime() / 1e3;
              default:
                return (
                  console.warn(
                    "Missing timestamp format, using epoch seconds",
                    r,
                  ),
                  r.getTime() / 1e3
                );
            }
          r instanceof W && (this.useReplacer = !0);
        }
        if (!(r === null && n?.isStructSchema())) {
          if (o.isStringSchema()) {
            if (typeof r > "u" && o.isIdempotencyToken()) return Yt();
            let i = o.getMergedTraits().mediaType;
            return r != null &&
              i &&
              (i === "application/json" || i.endsWith("+json"))
              ? $e.from(r)
              : r;
          }
          if (typeof r == "number")
            return Math.abs(r) === 1 / 0 || isNaN(r) ? String(r) : r;
          if (typeof r == "string" && o.isBlobSchema())
            return o === this.rootSchema
              ? r
              : (this.serdeContext?.base64Encoder ?? xe)(r);
          if (
            (typeof r == "bigint" && (this.useReplacer = !0),
            o.isDocumentSchema())
          )
            if (s) {
              if (r instanceof Uint8Array)
                return (this.serdeContext?.base64Encoder ?? xe)(r);
              let i = Array.isArray(r) ? [] : {};
              for (let a in r) {
                if (!T(r, a)) continue;
                let c = r[a];
                (a === "__proto__" && xt(i),
                  c instanceof W
                    ? ((this.useReplacer = !0), (i[a] = c))
                    : (i[a] = this._write(o, c)));
              }
              return i;
            } else return structuredClone(r);
          return r;
        }
      }
    };
  });
var $a,
  dP = d(() => {
    ai();
    fx();
    dx();
    $a = class extends Dt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new po(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new lo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var fo = {};
oe(fo, {
  AbstractRpcV2Protocol: () => no,
  Field: () => xd,
  Fields: () => wd,
  FromStringShapeDeserializer: () => so,
  HttpBindingProtocol: () => ro,
  HttpInterceptingShapeDeserializer: () => oo,
  HttpInterceptingShapeSerializer: () => io,
  HttpProtocol: () => to,
  HttpRequest: () => q,
  HttpResponse: () => ze,
  JsonCodec: () => $a,
  JsonCodec2: () => fr,
  JsonShapeDeserializer: () => lo,
  JsonShapeDeserializer2: () => co,
  JsonShapeSerializer: () => po,
  JsonShapeSerializer2: () => uo,
  RequestBuilder: () => Eu,
  RpcProtocol: () => Rn,
  SerdeContext: () => We,
  SmithyRpcV2JsonProtocol: () => Ma,
  ToStringShapeSerializer: () => Ta,
  buildQueryString: () => QN,
  collectBody: () => He,
  contentLengthMiddleware: () => tx,
  contentLengthMiddlewareOptions: () => rx,
  determineTimestampFormat: () => Ot,
  escapeUri: () => ao,
  escapeUriPath: () => JN,
  extendedEncodeURIComponent: () => Or,
  getContentLengthPlugin: () => Nn,
  getHttpHandlerExtensionConfiguration: () => On,
  isValidHostname: () => jc,
  loadJsonRpcErrorCode: () => Na,
  loadRestJsonErrorCode: () => Da,
  loadSmithyRpcV2JsonErrorCode: () => Pa,
  parseJsonBody: () => bs,
  parseJsonErrorBody: () => Cd,
  parseQueryString: () => zc,
  parseUrl: () => tt,
  requestBuilder: () => bd,
  resolveHttpHandlerRuntimeConfig: () => Dn,
  resolvedPath: () => Ed,
});
var $ = d(() => {
  ha();
  ud();
  FN();
  Sd();
  Jb();
  Yb();
  GN();
  Qb();
  Zb();
  HN();
  VN();
  ex();
  Aa();
  ga();
  zN();
  qN();
  F();
  F();
  F();
  WN();
  XN();
  vd();
  YN();
  ZN();
  F();
  F();
  lP();
  xu();
  dP();
  dx();
  fx();
  px();
  lx();
  cx();
});
function La(t) {
  return t;
}
var mx,
  hx,
  kn,
  mP = d(() => {
    $();
    ((mx = (t) => (e) => async (r) => {
      if (!q.isInstance(r.request)) return e(r);
      let { request: n } = r,
        { handlerProtocol: s = "" } = t.requestHandler.metadata || {};
      if (s.indexOf("h2") >= 0 && !n.headers[":authority"])
        (delete n.headers.host,
          (n.headers[":authority"] =
            n.hostname + (n.port ? ":" + n.port : "")));
      else if (!n.headers.host) {
        let o = n.hostname;
        (n.port != null && (o += `:${n.port}`), (n.headers.host = o));
      }
      return e(r);
    }),
      (hx = {
        name: "hostHeaderMiddleware",
        step: "build",
        priority: "low",
        tags: ["HOST"],
        override: !0,
      }),
      (kn = (t) => ({
        applyToStack: (e) => {
          e.add(mx(t), hx);
        },
      })));
  });
var gx,
  yx,
  Mn,
  hP = d(() => {
    ((gx = () => (t, e) => async (r) => {
      try {
        let n = await t(r),
          {
            clientName: s,
            commandName: o,
            logger: i,
            dynamoDbDocumentClientOptions: a = {},
          } = e,
          {
            overrideInputFilterSensitiveLog: c,
            overrideOutputFilterSensitiveLog: u,
          } = a,
          l = c ?? e.inputFilterSensitiveLog,
          p = u ?? e.outputFilterSensitiveLog,
          { $metadata: h, ...g } = n.output;
        return (
          i?.info?.({
            clientName: s,
            commandName: o,
            input: l(r.input),
            output: p(g),
            metadata: h,
          }),
          n
        );
      } catch (n) {
        let {
            clientName: s,
            commandName: o,
            logger: i,
            dynamoDbDocumentClientOptions: a = {},
          } = e,
          { overrideInputFilterSensitiveLog: c } = a,
          u = c ?? e.inputFilterSensitiveLog;
        throw (
          i?.error?.({
            clientName: s,
            commandName: o,
            input: u(r.input),
            error: n,
            metadata: n.$metadata,
          }),
          n
        );
      }
    }),
      (yx = {
        name: "loggerMiddleware",
        tags: ["LOGGER"],
        step: "initialize",
        override: !0,
      }),
      (Mn = (t) => ({
        applyToStack: (e) => {
          e.add(gx(), yx);
        },
      })));
  });
var kd,
  Sx = d(() => {
    kd = {
      step: "build",
      tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
      name: "recursionDetectionMiddleware",
      override: !0,
      priority: "low",
    };
  });
var mo,
  Ex,
  Md,
  bx,
  xx,
  wu,
  gP = d(() => {
    ((mo = {
      REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE"),
    }),
      (Ex = ["true", "1"].includes(
        process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "",
      )));
    Ex || (globalThis.awslambda = globalThis.awslambda || {});
    ((Md = class {
      static PROTECTED_KEYS = mo;
      isProtectedKey(e) {
        return Object.values(mo).includes(e);
      }
      getRequestId() {
        return this.get(mo.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(mo.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(mo.TENANT_ID);
      }
      getTraceparent() {
        return this.get(mo.TRACEPARENT);
      }
      getTracestate() {
        return this.get(mo.TRACESTATE);
      }
      getBaggage() {
        return this.get(mo.BAGGAGE);
      }
    }),
      (bx = class extends Md {
        currentContext;
        getContext() {
          return this.currentContext;
        }
        hasContext() {
          return this.currentContext !== void 0;
        }
        get(e) {
          return this.currentContext?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(
              `Cannot modify protected Lambda context field: ${String(e)}`,
            );
          ((this.currentContext = this.currentContext || {}),
            (this.currentContext[e] = r));
        }
        run(e, r) {
          return ((this.currentContext = e), r());
        }
      }),
      (xx = class t extends Md {
        als;
        static async create() {
          let e = new t(),
            r = await import("node:async_hooks");
          return ((e.als = new r.AsyncLocalStorage()), e);
        }
        getContext() {
          return this.als.getStore();
        }
        hasContext() {
          return this.als.getStore() !== void 0;
        }
        get(e) {
          return this.als.getStore()?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(
              `Cannot modify protected Lambda context field: ${String(e)}`,
            );
          let n = this.als.getStore();
          if (!n) throw new Error("No context available");
          n[e] = r;
        }
        run(e, r) {
          return this.als.run(e, r);
        }
      }));
    (function (t) {
      let e = null;
      async function r(n) {
        return (
          e ||
            (e = (async () => {
              let o =
                n === !0 || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env
                  ? await xx.create()
                  : new bx();
              return !Ex && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!Ex &&
                    globalThis.awslambda &&
                    (globalThis.awslambda.InvokeStore = o),
                  o);
            })()),
          e
        );
      }
      ((t.getInstanceAsync = r),
        (t._testing =
          process.env.AWS_LAMBDA_BENCHMARK_MODE === "1"
            ? {
                reset: () => {
                  ((e = null),
                    globalThis.awslambda?.InvokeStore &&
                      delete globalThis.awslambda.InvokeStore,
                    (globalThis.awslambda = { InvokeStore: void 0 }));
                },
              }
            : void 0));
    })(wu || (wu = {}));
  });
function q5(t) {
  for (let e of Object.keys(t)) {
    let r = e.toLowerCase();
    e !== r &&
      (r === vx || r === yP || r === SP) &&
      ((t[r] = t[e]), delete t[e]);
  }
}
var j5,
  z5,
  wx,
  vx,
  yP,
  SP,
  $d,
  Ix = d(() => {
    gP();
    $();
    ((j5 = "AWS_LAMBDA_FUNCTION_NAME"),
      (z5 = "_X_AMZN_TRACE_ID"),
      (wx = "X-Amzn-Trace-Id"),
      (vx = "traceparent"),
      (yP = "tracestate"),
      (SP = "baggage"),
      ($d = () => (t) => async (e) => {
        let { request: r } = e;
        if (!q.isInstance(r)) return t(e);
        let n;
        {
          let s =
            Object.keys(r.headers ?? {}).find(
              (o) => o.toLowerCase() === wx.toLowerCase(),
            ) ?? wx;
          if (!r.headers.hasOwnProperty(s)) {
            let o = process.env[j5],
              i = process.env[z5];
            n ??= await wu.getInstanceAsync();
            let c = n?.getXRayTraceId() ?? i,
              u = (l) => typeof l == "string" && l.length > 0;
            u(o) && u(c) && (r.headers[wx] = c);
          }
        }
        if ((q5(r.headers), !r.headers[vx])) {
          let o = (n ??= await wu.getInstanceAsync())?.getTraceparent?.();
          if (o) {
            r.headers[vx] = o;
            let i = n?.getTracestate?.();
            i && (r.headers[yP] = i);
            let a = n?.getBaggage?.();
            a && (r.headers[SP] = a);
          }
        }
        return t(e);
      }));
  });
var $n,
  EP = d(() => {
    Sx();
    Ix();
    $n = (t) => ({
      applyToStack: (e) => {
        e.add($d(), kd);
      },
    });
  });
var bP,
  xP = d(() => {
    bP = (t, e) => {
      if (!e || e.length === 0) return t;
      let r = [];
      for (let n of e)
        for (let s of t) s.schemeId.split("#")[1] === n && r.push(s);
      for (let n of t)
        r.find(({ schemeId: s }) => s === n.schemeId) || r.push(n);
      return r;
    };
  });
function W5(t) {
  let e = new Map();
  for (let r of t) e.set(r.schemeId, r);
  return e;
}
var ci,
  Ld = d(() => {
    F();
    xP();
    ci = (t, e) => (r, n) => async (s) => {
      let o = t.httpAuthSchemeProvider(
          await e.httpAuthSchemeParametersProvider(t, n, s.input),
        ),
        i = t.authSchemePreference ? await t.authSchemePreference() : [],
        a = bP(o, i),
        c = W5(t.httpAuthSchemes),
        u = be(n),
        l = [];
      for (let p of a) {
        let h = c.get(p.schemeId);
        if (!h) {
          l.push(
            `HttpAuthScheme \`${p.schemeId}\` was not enabled for this service.`,
          );
          continue;
        }
        let g = h.identityProvider(await e.identityProviderConfigProvider(t));
        if (!g) {
          l.push(
            `HttpAuthScheme \`${p.schemeId}\` did not have an IdentityProvider configured.`,
          );
          continue;
        }
        let { identityProperties: y = {}, signingProperties: E = {} } =
          p.propertiesExtractor?.(t, n) || {};
        ((p.identityProperties = Object.assign(p.identityProperties || {}, y)),
          (p.signingProperties = Object.assign(p.signingProperties || {}, E)),
          (u.selectedHttpAuthScheme = {
            httpAuthOption: p,
            identity: await g(p.identityProperties),
            signer: h.signer,
          }));
        break;
      }
      if (!u.selectedHttpAuthScheme)
        throw new Error(
          l.join(`
`),
        );
      return r(s);
    };
  });
var Ud,
  Nr,
  wP = d(() => {
    Ld();
    ((Ud = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "endpointV2Middleware",
    }),
      (Nr = (
        t,
        {
          httpAuthSchemeParametersProvider: e,
          identityProviderConfigProvider: r,
        },
      ) => ({
        applyToStack: (n) => {
          n.addRelativeTo(
            ci(t, {
              httpAuthSchemeParametersProvider: e,
              identityProviderConfigProvider: r,
            }),
            Ud,
          );
        },
      })));
  });
var Bd,
  _x,
  vP = d(() => {
    Ld();
    ((Bd = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "serializerMiddleware",
    }),
      (_x = (
        t,
        {
          httpAuthSchemeParametersProvider: e,
          identityProviderConfigProvider: r,
        },
      ) => ({
        applyToStack: (n) => {
          n.addRelativeTo(
            ci(t, {
              httpAuthSchemeParametersProvider: e,
              identityProviderConfigProvider: r,
            }),
            Bd,
          );
        },
      })));
  });
var IP = d(() => {
  Ld();
  wP();
  vP();
});
var K5,
  X5,
  vu,
  Tx = d(() => {
    $();
    F();
    ((K5 = (t) => (e) => {
      throw e;
    }),
      (X5 = (t, e) => {}),
      (vu = (t) => (e, r) => async (n) => {
        if (!q.isInstance(n.request)) return e(n);
        let o = be(r).selectedHttpAuthScheme;
        if (!o)
          throw new Error(
            "No HttpAuthScheme was selected: unable to sign request",
          );
        let {
            httpAuthOption: { signingProperties: i = {} },
            identity: a,
            signer: c,
          } = o,
          u = await e({ ...n, request: await c.sign(n.request, a, i) }).catch(
            (c.errorHandler || K5)(i),
          );
        return ((c.successHandler || X5)(u.response, i), u);
      }));
  });
var Fd,
  Pr,
  _P = d(() => {
    Tx();
    ((Fd = {
      step: "finalizeRequest",
      tags: ["HTTP_SIGNING"],
      name: "httpSigningMiddleware",
      aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
      override: !0,
      relation: "after",
      toMiddleware: "retryMiddleware",
    }),
      (Pr = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(vu(t), Fd);
        },
      })));
  });
var TP = d(() => {
  Tx();
  _P();
});
var dr,
  AP = d(() => {
    dr = (t) => {
      if (typeof t == "function") return t;
      let e = Promise.resolve(t);
      return () => e;
    };
  });
function CP(t, e, r, n, s) {
  return async function* (i, a, ...c) {
    let u = a,
      l = i.startingToken ?? u[r],
      p = !0,
      h;
    for (; p;) {
      if (((u[r] = l), s && (u[s] = u[s] ?? i.pageSize), i.client instanceof t))
        h = await J5(e, i.client, a, i.withCommand, ...c);
      else throw new Error(`Invalid client, expected instance of ${t.name}`);
      yield h;
      let g = l;
      ((l = Y5(h, n)), (p = !!(l && (!i.stopOnSameToken || l !== g))));
    }
    return void 0;
  };
}
var J5,
  Y5,
  RP = d(() => {
    J5 = async (t, e, r, n = (o) => o, ...s) => {
      let o = new t(r);
      return ((o = n(o) ?? o), await e.send(o, ...s));
    };
    Y5 = (t, e) => {
      let r = t,
        n = e.split(".");
      for (let s of n) {
        if (!r || typeof r != "object") return;
        r = r[s];
      }
      return r;
    };
  });
function OP(t, e, r) {
  (t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r));
}
var DP = d(() => {});
var Qt,
  NP = d(() => {
    F();
    Qt = class {
      authSchemes = new Map();
      constructor(e) {
        for (let r in e) {
          if (!T(e, r)) continue;
          let n = e[r];
          n !== void 0 && this.authSchemes.set(r, n);
        }
      }
      getIdentityProvider(e) {
        return this.authSchemes.get(e);
      }
    };
  });
var Ax,
  Ua,
  PP = d(() => {
    $();
    ((Ax = Se(sr())),
      (Ua = class {
        async sign(e, r, n) {
          if (!n)
            throw new Error(
              "request could not be signed with `apiKey` since the `name` and `in` signer properties are missing",
            );
          if (!n.name)
            throw new Error(
              "request could not be signed with `apiKey` since the `name` signer property is missing",
            );
          if (!n.in)
            throw new Error(
              "request could not be signed with `apiKey` since the `in` signer property is missing",
            );
          if (!r.apiKey)
            throw new Error(
              "request could not be signed with `apiKey` since the `apiKey` is not defined",
            );
          let s = q.clone(e);
          if (n.in === Ax.HttpApiKeyAuthLocation.QUERY)
            s.query[n.name] = r.apiKey;
          else if (n.in === Ax.HttpApiKeyAuthLocation.HEADER)
            s.headers[n.name] = n.scheme ? `${n.scheme} ${r.apiKey}` : r.apiKey;
          else
            throw new Error(
              "request can only be signed with `apiKey` locations `query` or `header`, but found: `" +
                n.in +
                "`",
            );
          return s;
        }
      }));
  });
var Ba,
  kP = d(() => {
    $();
    Ba = class {
      async sign(e, r, n) {
        let s = q.clone(e);
        if (!r.token)
          throw new Error(
            "request could not be signed with `token` since the `token` is not defined",
          );
        return ((s.headers.Authorization = `Bearer ${r.token}`), s);
      }
    };
  });
var dt,
  MP = d(() => {
    dt = class {
      async sign(e, r, n) {
        return e;
      }
    };
  });
var $P = d(() => {
  PP();
  kP();
  MP();
});
var Gd,
  Cx,
  Iu,
  Fa,
  _u,
  LP = d(() => {
    ((Gd = (t) =>
      function (r) {
        return Fa(r) && r.expiration.getTime() - Date.now() < t;
      }),
      (Cx = 3e5),
      (Iu = Gd(3e5)),
      (Fa = (t) => t.expiration !== void 0),
      (_u = (t, e, r) => {
        if (t === void 0) return;
        let n = typeof t != "function" ? async () => Promise.resolve(t) : t,
          s,
          o,
          i,
          a = !1,
          c = async (u) => {
            o || (o = n(u));
            try {
              ((s = await o), (i = !0), (a = !1));
            } finally {
              o = void 0;
            }
            return s;
          };
        return e === void 0
          ? async (u) => ((!i || u?.forceRefresh) && (s = await c(u)), s)
          : async (u) => (
              (!i || u?.forceRefresh) && (s = await c(u)),
              a ? s : r(s) ? (e(s) && (await c(u)), s) : ((a = !0), s)
            );
      }));
  });
var UP = d(() => {
  NP();
  $P();
  LP();
});
var BP = {};
oe(BP, {
  DefaultIdentityProviderConfig: () => Qt,
  EXPIRATION_MS: () => Cx,
  HttpApiKeyAuthSigner: () => Ua,
  HttpBearerAuthSigner: () => Ba,
  NoAuthSigner: () => dt,
  createIsIdentityExpiredFunction: () => Gd,
  createPaginator: () => CP,
  doesIdentityRequireRefresh: () => Fa,
  getHttpAuthSchemeEndpointRuleSetPlugin: () => Nr,
  getHttpAuthSchemePlugin: () => _x,
  getHttpSigningPlugin: () => Pr,
  getSmithyContext: () => be,
  httpAuthSchemeEndpointRuleSetMiddlewareOptions: () => Ud,
  httpAuthSchemeMiddleware: () => ci,
  httpAuthSchemeMiddlewareOptions: () => Bd,
  httpSigningMiddleware: () => vu,
  httpSigningMiddlewareOptions: () => Fd,
  isIdentityExpired: () => Iu,
  memoizeIdentityProvider: () => _u,
  normalizeProvider: () => dr,
  requestBuilder: () => bd,
  setFeature: () => OP,
});
var Nt = d(() => {
  F();
  IP();
  TP();
  AP();
  RP();
  $();
  DP();
  UP();
});
function Q5(t) {
  return t === void 0 ? !0 : typeof t == "string" && t.length <= 50;
}
function Ln(t) {
  let e = dr(t.userAgentAppId ?? Tu),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == "string" ? [[r]] : r,
    userAgentAppId: async () => {
      let n = await e();
      if (!Q5(n)) {
        let s =
          t.logger?.constructor?.name === "NoOpLogger" || !t.logger
            ? console
            : t.logger;
        typeof n != "string"
          ? s?.warn("userAgentAppId must be a string or undefined.")
          : n.length > 50 &&
            s?.warn(
              "The provided userAgentAppId exceeds the maximum length of 50 characters.",
            );
      }
      return n;
    },
  });
}
var Tu,
  Rx = d(() => {
    Nt();
    Tu = void 0;
  });
var Ox,
  FP = d(() => {
    Ox = {
      partitions: [
        {
          id: "aws",
          outputs: {
            dnsSuffix: "amazonaws.com",
            dualStackDnsSuffix: "api.aws",
            implicitGlobalRegion: "us-east-1",
            name: "aws",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
          regions: {
            "af-south-1": { description: "Africa (Cape Town)" },
            "ap-east-1": { description: "Asia Pacific (Hong Kong)" },
            "ap-east-2": { description: "Asia Pacific (Taipei)" },
            "ap-northeast-1": { description: "Asia Pacific (Tokyo)" },
            "ap-northeast-2": { description: "Asia Pacific (Seoul)" },
            "ap-northeast-3": { description: "Asia Pacific (Osaka)" },
            "ap-south-1": { description: "Asia Pacific (Mumbai)" },
            "ap-south-2": { description: "Asia Pacific (Hyderabad)" },
            "ap-southeast-1": { description: "Asia Pacific (Singapore)" },
            "ap-southeast-2": { description: "Asia Pacific (Sydney)" },
            "ap-southeast-3": { description: "Asia Pacific (Jakarta)" },
            "ap-southeast-4": { description: "Asia Pacific (Melbourne)" },
            "ap-southeast-5": { description: "Asia Pacific (Malaysia)" },
            "ap-southeast-6": { description: "Asia Pacific (New Zealand)" },
            "ap-southeast-7": { description: "Asia Pacific (Thailand)" },
            "aws-global": { description: "aws global region" },
            "ca-central-1": { description: "Canada (Central)" },
            "ca-west-1": { description: "Canada West (Calgary)" },
            "eu-central-1": { description: "Europe (Frankfurt)" },
            "eu-central-2": { description: "Europe (Zurich)" },
            "eu-north-1": { description: "Europe (Stockholm)" },
            "eu-south-1": { description: "Europe (Milan)" },
            "eu-south-2": { description: "Europe (Spain)" },
            "eu-west-1": { description: "Europe (Ireland)" },
            "eu-west-2": { description: "Europe (London)" },
            "eu-west-3": { description: "Europe (Paris)" },
            "il-central-1": { description: "Israel (Tel Aviv)" },
            "me-central-1": { description: "Middle East (UAE)" },
            "me-south-1": { description: "Middle East (Bahrain)" },
            "me-west-1": { description: "Middle East (Saudi Arabia)" },
            "mx-central-1": { description: "Mexico (Central)" },
            "sa-east-1": { description: "South America (Sao Paulo)" },
            "sa-west-1": { description: "South America (Chile)" },
            "us-east-1": { description: "US East (N. Virginia)" },
            "us-east-2": { description: "US East (Ohio)" },
            "us-west-1": { description: "US West (N. California)" },
            "us-west-2": { description: "US West (Oregon)" },
          },
        },
        {
          id: "aws-cn",
          outputs: {
            dnsSuffix: "amazonaws.com.cn",
            dualStackDnsSuffix: "api.amazonwebservices.com.cn",
            implicitGlobalRegion: "cn-northwest-1",
            name: "aws-cn",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^cn\\-\\w+\\-\\d+$",
          regions: {
            "aws-cn-global": { description: "aws-cn global region" },
            "cn-north-1": { description: "China (Beijing)" },
            "cn-northwest-1": { description: "China (Ningxia)" },
          },
        },
        {
          id: "aws-eusc",
          outputs: {
            dnsSuffix: "amazonaws.eu",
            dualStackDnsSuffix: "api.amazonwebservices.eu",
            implicitGlobalRegion: "eusc-de-east-1",
            name: "aws-eusc",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
          regions: {
            "eusc-de-east-1": {
              description: "AWS European Sovereign Cloud (Germany)",
            },
          },
        },
        {
          id: "aws-iso",
          outputs: {
            dnsSuffix: "c2s.ic.gov",
            dualStackDnsSuffix: "api.aws.ic.gov",
            implicitGlobalRegion: "us-iso-east-1",
            name: "aws-iso",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-global": { description: "aws-iso global region" },
            "us-iso-east-1": { description: "US ISO East" },
            "us-iso-west-1": { description: "US ISO WEST" },
          },
        },
        {
          id: "aws-iso-b",
          outputs: {
            dnsSuffix: "sc2s.sgov.gov",
            dualStackDnsSuffix: "api.aws.scloud",
            implicitGlobalRegion: "us-isob-east-1",
            name: "aws-iso-b",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-b-global": { description: "aws-iso-b global region" },
            "us-isob-east-1": { description: "US ISOB East (Ohio)" },
            "us-isob-west-1": { description: "US ISOB West" },
          },
        },
        {
          id: "aws-iso-e",
          outputs: {
            dnsSuffix: "cloud.adc-e.uk",
            dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
            implicitGlobalRegion: "eu-isoe-west-1",
            name: "aws-iso-e",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-e-global": { description: "aws-iso-e global region" },
            "eu-isoe-west-1": { description: "EU ISOE West" },
          },
        },
        {
          id: "aws-iso-f",
          outputs: {
            dnsSuffix: "csp.hci.ic.gov",
            dualStackDnsSuffix: "api.aws.hci.ic.gov",
            implicitGlobalRegion: "us-isof-south-1",
            name: "aws-iso-f",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-f-global": { description: "aws-iso-f global region" },
            "us-isof-east-1": { description: "US ISOF EAST" },
            "us-isof-south-1": { description: "US ISOF SOUTH" },
          },
        },
        {
          id: "aws-us-gov",
          outputs: {
            dnsSuffix: "amazonaws.com",
            dualStackDnsSuffix: "api.aws",
            implicitGlobalRegion: "us-gov-west-1",
            name: "aws-us-gov",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
          regions: {
            "aws-us-gov-global": { description: "aws-us-gov global region" },
            "us-gov-east-1": { description: "AWS GovCloud (US-East)" },
            "us-gov-west-1": { description: "AWS GovCloud (US-West)" },
          },
        },
      ],
      version: "1.1",
    };
  });
var GP,
  HP,
  Hd,
  Dx,
  VP,
  Vd,
  jd = d(() => {
    FP();
    ((GP = Ox),
      (HP = ""),
      (Hd = (t) => {
        let { partitions: e } = GP;
        for (let n of e) {
          let { regions: s, outputs: o } = n;
          for (let [i, a] of Object.entries(s))
            if (i === t) return { ...o, ...a };
        }
        for (let n of e) {
          let { regionRegex: s, outputs: o } = n;
          if (new RegExp(s).test(t)) return { ...o };
        }
        let r = e.find((n) => n.id === "aws");
        if (!r)
          throw new Error(
            "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
          );
        return { ...r.outputs };
      }),
      (Dx = (t, e = "") => {
        ((GP = t), (HP = e));
      }),
      (VP = () => {
        Dx(Ox, "");
      }),
      (Vd = () => HP));
  });
import { Readable as Z5 } from "node:stream";
var Nx,
  jP = d(() => {
    Nx = (t) =>
      t?.body instanceof Z5 ||
      (typeof ReadableStream < "u" && t?.body instanceof ReadableStream);
  });
var zP,
  qP,
  WP,
  KP,
  XP,
  JP,
  YP = d(() => {
    ((zP = [
      "AccessDeniedException",
      "AuthFailure",
      "InvalidSignatureException",
      "RequestExpired",
      "RequestInTheFuture",
      "RequestTimeTooSkewed",
      "SignatureDoesNotMatch",
    ]),
      (qP = [
        "BandwidthLimitExceeded",
        "EC2ThrottledException",
        "LimitExceededException",
        "PriorRequestNotComplete",
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "RequestThrottled",
        "RequestThrottledException",
        "SlowDown",
        "ThrottledException",
        "Throttling",
        "ThrottlingException",
        "TooManyRequestsException",
        "TransactionInProgressException",
      ]),
      (WP = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]),
      (KP = [500, 502, 503, 504]),
      (XP = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]),
      (JP = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]));
  });
function Mx(t) {
  return (
    t.code === "ERR_HTTP2_STREAM_ERROR" &&
    t.message.includes("NGHTTP2_REFUSED_STREAM")
  );
}
var Au,
  zd,
  Px,
  kx,
  Un,
  ho,
  qd,
  Ga = d(() => {
    YP();
    ((Au = (t) => t?.$retryable !== void 0),
      (zd = (t) => zP.includes(t.name)),
      (Px = (t) => t.$metadata?.clockSkewCorrected),
      (kx = (t) => {
        let e = new Set([
          "Failed to fetch",
          "NetworkError when attempting to fetch resource",
          "The Internet connection appears to be offline",
          "Load failed",
          "Network request failed",
        ]);
        return t && t instanceof TypeError ? e.has(t.message) : !1;
      }),
      (Un = (t) =>
        t.$metadata?.httpStatusCode === 429 ||
        qP.includes(t.name) ||
        t.$retryable?.throttling == !0),
      (ho = (t, e = 0) =>
        t?.name !== "AbortError" &&
        (Au(t) ||
          Px(t) ||
          (t.name === "InvalidSignatureException" &&
            t.message?.includes("Signature expired")) ||
          WP.includes(t.name) ||
          XP.includes(t?.code || "") ||
          JP.includes(t?.code || "") ||
          KP.includes(t.$metadata?.httpStatusCode || 0) ||
          kx(t) ||
          Mx(t) ||
          (t.cause !== void 0 && e <= 10 && ho(t.cause, e + 1)))),
      (qd = (t) => {
        if (t.$metadata?.httpStatusCode !== void 0) {
          let e = t.$metadata.httpStatusCode;
          return 500 <= e && e <= 599 && !ho(t);
        }
        return !1;
      }));
  });
var Wd,
  e9,
  QP,
  ZP = d(() => {
    ((Wd = (t, e) => {
      if (!e) return t;
      let r = () => {},
        n = new Promise((s, o) => {
          let i = () => o(e9());
          e.aborted
            ? i()
            : typeof e.addEventListener == "function"
              ? (e.addEventListener("abort", i, { once: !0 }),
                (r = () => e.removeEventListener("abort", i)))
              : (e.onabort = i);
        });
      return Promise.race([t, n]).finally(r);
    }),
      (e9 = () =>
        Object.assign(new Error("Request aborted"), { name: "AbortError" })),
      (QP = (t) =>
        typeof t == "object" &&
        t !== null &&
        "name" in t &&
        t.name === "AbortError"));
  });
var Kd,
  Cu,
  Xd,
  Ha,
  $x,
  Lx,
  Jd,
  go,
  yo,
  Ru = d(() => {
    ((Kd = 100),
      (Cu = 2e4),
      (Xd = 500),
      (Ha = 500),
      ($x = 5),
      (Lx = 10),
      (Jd = 1),
      (go = "amz-sdk-invocation-id"),
      (yo = "amz-sdk-request"));
  });
function Ux(t, e) {
  if (ze.isInstance(t))
    for (let r in t.headers) {
      if (!T(t.headers, r)) continue;
      let n = r.toLowerCase();
      if (n === "retry-after") {
        let s = t.headers[r],
          o = NaN;
        if (s.endsWith("GMT"))
          try {
            o = (Ws(s).getTime() - Date.now()) / 1e3;
          } catch (i) {
            (e?.trace?.("Failed to parse retry-after header"), e?.trace?.(i));
          }
        else
          s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (o = Number(s.match(/ GMT, ([\d.]+)$/)?.[1]))
            : s.match(/^((\d+)|(\d+\.\d+))$/)
              ? (o = Number(s))
              : Date.parse(s) >= Date.now() &&
                (o = (Date.parse(s) - Date.now()) / 1e3);
        return isNaN(o) ? void 0 : new Date(Date.now() + o * 1e3);
      } else if (n === "x-amz-retry-after") {
        let s = t.headers[r],
          o = Number(s);
        if (isNaN(o)) {
          e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
          return;
        }
        return new Date(Date.now() + o);
      }
    }
}
function ek(t, e) {
  return Ux(t, e);
}
var Bx = d(() => {
  F();
  $();
  P();
});
var Yd,
  Fx = d(() => {
    Yd = (t) =>
      t instanceof Error
        ? t
        : t instanceof Object
          ? Object.assign(new Error(), t)
          : typeof t == "string"
            ? new Error(t)
            : new Error(`AWS SDK error wrapper for ${t}`);
  });
function Gx(t) {
  return (e) => (r, n) => async (s) => {
    let o = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = n[tk.SMITHY_CONTEXT_KEY]?.abortSignal;
    if (t9(o)) {
      o = o;
      let c = (n.partition_id ?? "") + (n.__retryLongPoll ? ":longpoll" : ""),
        u = await Wd(o.acquireInitialRetryToken(c), a),
        l = new Error(),
        p = 0,
        h = 0,
        { request: g } = s,
        y = q.isInstance(g);
      for (y && (g.headers[go] = ma()); ;)
        try {
          y && (g.headers[yo] = `attempt=${p + 1}; max=${i}`);
          let { response: E, output: S } = await r(s);
          return (
            o.recordSuccess(u),
            (S.$metadata.attempts = p + 1),
            (S.$metadata.totalRetryDelay = h),
            { response: E, output: S }
          );
        } catch (E) {
          let S = r9(E, e.logger);
          if (((l = Yd(E)), y && t(g)))
            throw (
              (n.logger instanceof Ct ? console : n.logger)?.warn(
                "An error was encountered in a non-retryable streaming request.",
              ),
              l
            );
          try {
            u = await Wd(o.refreshRetryTokenForRetry(u, S), a);
          } catch (w) {
            throw a?.aborted && QP(w)
              ? w
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = p + 1),
                (l.$metadata.totalRetryDelay = h),
                l);
          }
          p = u.getRetryCount();
          let b = u.getRetryDelay();
          ((h += (u?.$retryLog?.acquisitionDelay ?? 0) + b),
            b > 0 && (await Wd(new Promise((w) => setTimeout(w, b)), a)));
        }
    } else
      return (
        (o = o),
        o?.mode &&
          (n.userAgent = [...(n.userAgent || []), ["cfg/retry-mode", o.mode]]),
        o.retry(r, s)
      );
  };
}
function rk(t) {
  let e = Gx(t);
  return (r) => ({
    applyToStack: (n) => {
      n.add(e(r), Hx);
    },
  });
}
var tk,
  t9,
  r9,
  n9,
  Hx,
  Vx = d(() => {
    L();
    $();
    P();
    tk = Se(sr());
    Ga();
    ZP();
    Ru();
    Bx();
    Fx();
    ((t9 = (t) =>
      typeof t.acquireInitialRetryToken < "u" &&
      typeof t.refreshRetryTokenForRetry < "u" &&
      typeof t.recordSuccess < "u"),
      (r9 = (t, e) => {
        let r = { error: t, errorType: n9(t) },
          n = Ux(t.$response, e);
        return (n && (r.retryAfterHint = n), r);
      }),
      (n9 = (t) =>
        Un(t)
          ? "THROTTLING"
          : ho(t)
            ? "TRANSIENT"
            : qd(t)
              ? "SERVER_ERROR"
              : "CLIENT_ERROR"),
      (Hx = {
        name: "retryMiddleware",
        tags: ["RETRY"],
        step: "finalizeRequest",
        priority: "high",
        override: !0,
      }));
  });
var So,
  Qd = d(() => {
    Ga();
    So = class t {
      static setTimeoutFn = (e, r) => setTimeout(e, r);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled = !1;
      availableTokens = 0;
      lastMaxRate = 0;
      measuredTxRate = 0;
      requestCount = 0;
      fillRate;
      lastThrottleTime;
      lastTimestamp = 0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow = 0;
      constructor(e) {
        ((this.beta = e?.beta ?? 0.7),
          (this.minCapacity = e?.minCapacity ?? 1),
          (this.minFillRate = e?.minFillRate ?? 0.5),
          (this.scaleConstant = e?.scaleConstant ?? 0.4),
          (this.smooth = e?.smooth ?? 0.8),
          (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
          (this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds())),
          (this.fillRate = this.minFillRate),
          (this.maxCapacity = this.minCapacity));
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(e) {
        let r;
        this.updateMeasuredRate();
        let n = e;
        if (n?.errorType === "THROTTLING" || Un(n?.error ?? e)) {
          let i = this.enabled
            ? Math.min(this.measuredTxRate, this.fillRate)
            : this.measuredTxRate;
          ((this.lastMaxRate = i),
            this.calculateTimeWindow(),
            (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
            (r = this.cubicThrottle(i)),
            this.enableTokenBucket());
        } else
          (this.calculateTimeWindow(),
            (r = this.cubicSuccess(this.getCurrentTimeInSeconds())));
        let o = Math.min(r, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(o);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(e) {
        if (this.enabled) {
          for (this.refillTokenBucket(); e > this.availableTokens;) {
            let r = ((e - this.availableTokens) / this.fillRate) * 1e3;
            (await new Promise((n) => t.setTimeoutFn(n, r)),
              this.refillTokenBucket());
          }
          this.availableTokens = this.availableTokens - e;
        }
      }
      refillTokenBucket() {
        let e = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = e;
          return;
        }
        let r = (e - this.lastTimestamp) * this.fillRate;
        ((this.availableTokens = Math.min(
          this.maxCapacity,
          this.availableTokens + r,
        )),
          (this.lastTimestamp = e));
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(
          Math.pow(
            (this.lastMaxRate * (1 - this.beta)) / this.scaleConstant,
            1 / 3,
          ),
        );
      }
      cubicThrottle(e) {
        return this.getPrecise(e * this.beta);
      }
      cubicSuccess(e) {
        return this.getPrecise(
          this.scaleConstant *
            Math.pow(e - this.lastThrottleTime - this.timeWindow, 3) +
            this.lastMaxRate,
        );
      }
      enableTokenBucket() {
        this.enabled = !0;
      }
      updateTokenBucketRate(e) {
        (this.refillTokenBucket(),
          (this.fillRate = Math.max(e, this.minFillRate)),
          (this.maxCapacity = Math.max(e, this.minCapacity)),
          (this.availableTokens = Math.min(
            this.availableTokens,
            this.maxCapacity,
          )));
      }
      updateMeasuredRate() {
        let e = this.getCurrentTimeInSeconds(),
          r = Math.floor(e * 2) / 2;
        if ((this.requestCount++, r > this.lastTxRateBucket)) {
          let n = this.requestCount / (r - this.lastTxRateBucket);
          ((this.measuredTxRate = this.getPrecise(
            n * this.smooth + this.measuredTxRate * (1 - this.smooth),
          )),
            (this.requestCount = 0),
            (this.lastTxRateBucket = r));
        }
      }
      getPrecise(e) {
        return parseFloat(e.toFixed(8));
      }
    };
  });
var ot,
  Va = d(() => {
    ot = class {
      static v2026 = !0;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return "THROTTLING";
      }
    };
  });
var Zd,
  nk = d(() => {
    Va();
    Zd = class {
      x = ot.delay();
      computeNextBackoffDelay(e) {
        let s = Math.random() * Math.min(this.x * 2 ** e, 2e4);
        return Math.floor(s);
      }
      setDelayBase(e) {
        this.x = e;
      }
    };
  });
var Ou,
  sk = d(() => {
    Ou = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = { acquisitionDelay: 0 };
      constructor(e, r, n, s) {
        ((this.delay = e),
          (this.count = r),
          (this.cost = n),
          (this.longPoll = s));
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(2e4, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    };
  });
var Ke,
  kr,
  mr,
  ui = d(() => {
    (function (t) {
      ((t.STANDARD = "standard"), (t.ADAPTIVE = "adaptive"));
    })(Ke || (Ke = {}));
    ((kr = 3), (mr = Ke.STANDARD));
  });
var em,
  Mr,
  Du = d(() => {
    nk();
    sk();
    ui();
    Va();
    ((em = { incompatible: 1, attempts: 2, capacity: 3 }),
      (Mr = class {
        mode = Ke.STANDARD;
        retryBackoffStrategy;
        capacity = 500;
        maxAttemptsProvider;
        baseDelay;
        constructor(e) {
          (typeof e == "number"
            ? (this.maxAttemptsProvider = async () => e)
            : typeof e == "function"
              ? (this.maxAttemptsProvider = e)
              : e &&
                typeof e == "object" &&
                ((this.maxAttemptsProvider = async () => e.maxAttempts),
                (this.baseDelay = e.baseDelay),
                (this.retryBackoffStrategy = e.backoff)),
            (this.maxAttemptsProvider ??= async () => kr),
            (this.baseDelay ??= ot.delay()),
            (this.retryBackoffStrategy ??= new Zd()));
        }
        async acquireInitialRetryToken(e) {
          return new Ou(ot.delay(), 0, void 0, e.includes(":longpoll"));
        }
        async refreshRetryTokenForRetry(e, r) {
          let n = await this.getMaxAttempts(),
            s = this.retryCode(e, r, n),
            o = s === 0,
            i = e.isLongPoll?.();
          if (o || i) {
            let a = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              a === "THROTTLING" ? ot.throttlingDelay() : this.baseDelay,
            );
            let c = this.retryBackoffStrategy.computeNextBackoffDelay(
                e.getRetryCount(),
              ),
              u = c;
            if (
              (r.retryAfterHint instanceof Date &&
                (u = Math.max(
                  c,
                  Math.min(r.retryAfterHint.getTime() - Date.now(), c + 5e3),
                )),
              o)
            ) {
              let l = this.getCapacityCost(a);
              this.capacity -= l;
              let p = new Ou(
                0,
                e.getRetryCount() + 1,
                l,
                e.isLongPoll?.() ?? !1,
              );
              return (
                await new Promise((h) => setTimeout(h, u)),
                (p.$retryLog.acquisitionDelay = u),
                p
              );
            } else {
              let l = s === em.capacity && i ? u : 0;
              l > 0 && (await new Promise((p) => setTimeout(p, l)));
            }
          }
          throw new Error("No retry token available");
        }
        recordSuccess(e) {
          this.capacity = Math.min(
            500,
            this.capacity + (e.getRetryCost() ?? 1),
          );
        }
        getCapacity() {
          return this.capacity;
        }
        async maxAttempts() {
          return this.maxAttemptsProvider();
        }
        async getMaxAttempts() {
          try {
            return await this.maxAttemptsProvider();
          } catch {
            return (
              console.warn(
                `Max attempts provider could not resolve. Using default of ${kr}`,
              ),
              kr
            );
          }
        }
        retryCode(e, r, n) {
          let s = e.getRetryCount() + 1,
            o = this.isRetryableError(r.errorType) ? 0 : em.incompatible,
            i = s < n ? 0 : em.attempts,
            a =
              this.capacity >= this.getCapacityCost(r.errorType)
                ? 0
                : em.capacity;
          return o || i || a;
        }
        getCapacityCost(e) {
          return e === ot.modifiedCostType() ? ot.throttlingCost() : ot.cost();
        }
        isRetryableError(e) {
          return e === "THROTTLING" || e === "TRANSIENT";
        }
      }));
  });
var ja,
  jx = d(() => {
    Qd();
    Du();
    ui();
    ja = class {
      mode = Ke.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(e, r) {
        let { rateLimiter: n } = r ?? {};
        ((this.rateLimiter = n ?? new So()),
          (this.standardRetryStrategy = r
            ? new Mr({ maxAttempts: typeof e == "number" ? e : 3, ...r })
            : new Mr(e)));
      }
      async acquireInitialRetryToken(e) {
        let r = await this.standardRetryStrategy.acquireInitialRetryToken(e);
        return (await this.rateLimiter.getSendToken(), r);
      }
      async refreshRetryTokenForRetry(e, r) {
        this.rateLimiter.updateClientSendingRate(r);
        let n = await this.standardRetryStrategy.refreshRetryTokenForRetry(
          e,
          r,
        );
        return (await this.rateLimiter.getSendToken(), n);
      }
      recordSuccess(e) {
        (this.rateLimiter.updateClientSendingRate({}),
          this.standardRetryStrategy.recordSuccess(e));
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
  });
var tm,
  ok = d(() => {
    Du();
    Va();
    tm = class extends Mr {
      computeNextBackoffDelay;
      constructor(e, r = ot.delay()) {
        (super(typeof e == "function" ? e : async () => e),
          typeof r == "number"
            ? (this.computeNextBackoffDelay = () => r)
            : (this.computeNextBackoffDelay = r),
          (this.retryBackoffStrategy.computeNextBackoffDelay = (n) => {
            let s = n + 1;
            return this.computeNextBackoffDelay(s);
          }));
      }
    };
  });
var ik,
  ak = d(() => {
    ik = (t, e) => {
      let r = t,
        n = e?.noRetryIncrement ?? 1,
        s = e?.retryCost ?? 5,
        o = e?.timeoutRetryCost ?? 10,
        i = t,
        a = (p) => (p.name === "TimeoutError" ? o : s),
        c = (p) => a(p) <= i;
      return Object.freeze({
        hasRetryTokens: c,
        retrieveRetryTokens: (p) => {
          if (!c(p)) throw new Error("No retry token available");
          let h = a(p);
          return ((i -= h), h);
        },
        releaseRetryTokens: (p) => {
          ((i += p ?? n), (i = Math.min(i, r)));
        },
      });
    };
  });
var rm,
  zx = d(() => {
    rm = (t, e) => Math.floor(Math.min(2e4, Math.random() * 2 ** e * t));
  });
var nm,
  qx = d(() => {
    Ga();
    nm = (t) => (t ? Au(t) || zd(t) || Un(t) || ho(t) : !1);
  });
var za,
  s9,
  Wx = d(() => {
    $();
    P();
    Ga();
    ui();
    Ru();
    Fx();
    ak();
    zx();
    qx();
    ((za = class {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode = Ke.STANDARD;
      constructor(e, r) {
        ((this.maxAttemptsProvider = e),
          (this.retryDecider = r?.retryDecider ?? nm),
          (this.delayDecider = r?.delayDecider ?? rm),
          (this.retryQuota = r?.retryQuota ?? ik(500)));
      }
      shouldRetry(e, r, n) {
        return (
          r < n && this.retryDecider(e) && this.retryQuota.hasRetryTokens(e)
        );
      }
      async getMaxAttempts() {
        let e;
        try {
          e = await this.maxAttemptsProvider();
        } catch {
          e = kr;
        }
        return e;
      }
      async retry(e, r, n) {
        let s,
          o = 0,
          i = 0,
          a = await this.getMaxAttempts(),
          { request: c } = r;
        for (q.isInstance(c) && (c.headers[go] = ma()); ;)
          try {
            (q.isInstance(c) && (c.headers[yo] = `attempt=${o + 1}; max=${a}`),
              n?.beforeRequest && (await n.beforeRequest()));
            let { response: u, output: l } = await e(r);
            return (
              n?.afterRequest && n.afterRequest(u),
              this.retryQuota.releaseRetryTokens(s),
              (l.$metadata.attempts = o + 1),
              (l.$metadata.totalRetryDelay = i),
              { response: u, output: l }
            );
          } catch (u) {
            let l = Yd(u);
            if ((o++, this.shouldRetry(l, o, a))) {
              s = this.retryQuota.retrieveRetryTokens(l);
              let p = this.delayDecider(Un(l) ? 500 : 100, o),
                h = s9(l.$response),
                g = Math.max(h || 0, p);
              ((i += g), await new Promise((y) => setTimeout(y, g)));
              continue;
            }
            throw (
              l.$metadata || (l.$metadata = {}),
              (l.$metadata.attempts = o),
              (l.$metadata.totalRetryDelay = i),
              l
            );
          }
      }
    }),
      (s9 = (t) => {
        if (!ze.isInstance(t)) return;
        let e = Object.keys(t.headers).find(
          (o) => o.toLowerCase() === "retry-after",
        );
        if (!e) return;
        let r = t.headers[e],
          n = Number(r);
        if (!Number.isNaN(n)) return Math.min(n * 1e3, 2e4);
        let s = new Date(r);
        return Math.min(s.getTime() - Date.now(), 2e4);
      }));
  });
var sm,
  ck = d(() => {
    Qd();
    ui();
    Wx();
    sm = class extends za {
      rateLimiter;
      constructor(e, r) {
        let { rateLimiter: n, ...s } = r ?? {};
        (super(e, s),
          (this.rateLimiter = n ?? new So()),
          (this.mode = Ke.ADAPTIVE));
      }
      async retry(e, r) {
        return super.retry(e, r, {
          beforeRequest: async () => this.rateLimiter.getSendToken(),
          afterRequest: (n) => {
            this.rateLimiter.updateClientSendingRate(n);
          },
        });
      }
    };
  });
var om,
  im,
  Bn,
  Fn,
  Kx,
  Xx,
  Gn,
  uk = d(() => {
    L();
    jx();
    Du();
    ui();
    Va();
    ((om = "AWS_MAX_ATTEMPTS"),
      (im = "max_attempts"),
      (Bn = {
        environmentVariableSelector: (t) => {
          let e = t[om];
          if (!e) return;
          let r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(
              `Environment variable ${om} mast be a number, got "${e}"`,
            );
          return r;
        },
        configFileSelector: (t) => {
          let e = t[im];
          if (!e) return;
          let r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(
              `Shared config file entry ${im} mast be a number, got "${e}"`,
            );
          return r;
        },
        default: kr,
      }),
      (Fn = (t, e) => {
        let { retryStrategy: r, retryMode: n } = t,
          { defaultMaxAttempts: s = kr, defaultBaseDelay: o = ot.delay() } =
            e ?? {},
          i = ue(t.maxAttempts ?? s),
          a = r ? Promise.resolve(r) : void 0,
          c = async () => {
            let u = await i();
            return (await ue(n)()) === Ke.ADAPTIVE
              ? new ja(i, { maxAttempts: u, baseDelay: o })
              : new Mr({ maxAttempts: u, baseDelay: o });
          };
        return Object.assign(t, {
          maxAttempts: i,
          retryStrategy: () => (a ??= c()),
        });
      }),
      (Kx = "AWS_RETRY_MODE"),
      (Xx = "retry_mode"),
      (Gn = {
        environmentVariableSelector: (t) => t[Kx],
        configFileSelector: (t) => t[Xx],
        default: mr,
      }));
  });
var Jx,
  Yx,
  lk,
  pk = d(() => {
    $();
    Ru();
    ((Jx = () => (t) => async (e) => {
      let { request: r } = e;
      return (
        q.isInstance(r) && (delete r.headers[go], delete r.headers[yo]),
        t(e)
      );
    }),
      (Yx = {
        name: "omitRetryHeadersMiddleware",
        tags: ["RETRY", "HEADERS", "OMIT_RETRY_HEADERS"],
        relation: "before",
        toMiddleware: "awsAuthMiddleware",
        override: !0,
      }),
      (lk = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(Jx(), Yx);
        },
      })));
  });
var fk = {};
oe(fk, {
  AdaptiveRetryStrategy: () => ja,
  CONFIG_MAX_ATTEMPTS: () => im,
  CONFIG_RETRY_MODE: () => Xx,
  ConfiguredRetryStrategy: () => tm,
  DEFAULT_MAX_ATTEMPTS: () => kr,
  DEFAULT_RETRY_DELAY_BASE: () => Kd,
  DEFAULT_RETRY_MODE: () => mr,
  DefaultRateLimiter: () => So,
  DeprecatedAdaptiveRetryStrategy: () => sm,
  DeprecatedStandardRetryStrategy: () => za,
  ENV_MAX_ATTEMPTS: () => om,
  ENV_RETRY_MODE: () => Kx,
  INITIAL_RETRY_TOKENS: () => Ha,
  INVOCATION_ID_HEADER: () => go,
  MAXIMUM_RETRY_DELAY: () => Cu,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS: () => Bn,
  NODE_RETRY_MODE_CONFIG_OPTIONS: () => Gn,
  NO_RETRY_INCREMENT: () => Jd,
  REQUEST_HEADER: () => yo,
  RETRY_COST: () => $x,
  RETRY_MODES: () => Ke,
  Retry: () => ot,
  StandardRetryStrategy: () => Mr,
  THROTTLING_RETRY_DELAY_BASE: () => Xd,
  TIMEOUT_RETRY_COST: () => Lx,
  defaultDelayDecider: () => rm,
  defaultRetryDecider: () => nm,
  getOmitRetryHeadersPlugin: () => lk,
  getRetryAfterHint: () => ek,
  getRetryPlugin: () => xs,
  isBrowserNetworkError: () => kx,
  isClockSkewCorrectedError: () => Px,
  isClockSkewError: () => zd,
  isNodeJsHttp2TransientError: () => Mx,
  isRetryableByTrait: () => Au,
  isServerError: () => qd,
  isThrottlingError: () => Un,
  isTransientError: () => ho,
  omitRetryHeadersMiddleware: () => Jx,
  omitRetryHeadersMiddlewareOptions: () => Yx,
  resolveRetryConfig: () => Fn,
  retryMiddleware: () => o9,
  retryMiddlewareOptions: () => Hx,
});
var o9,
  xs,
  $r = d(() => {
    jP();
    Vx();
    Ga();
    jx();
    ok();
    Qd();
    Du();
    ui();
    Ru();
    Va();
    ck();
    Wx();
    zx();
    qx();
    uk();
    pk();
    Vx();
    Bx();
    ((o9 = Gx(Nx)), (xs = rk(Nx)));
  });
async function dk(t, e, r) {
  if (
    (r.request?.headers?.["smithy-protocol"] === "rpc-v2-cbor" &&
      ar(t, "PROTOCOL_RPC_V2_CBOR", "M"),
    typeof e.retryStrategy == "function")
  ) {
    let o = await e.retryStrategy();
    if (typeof o.mode == "string")
      switch (o.mode) {
        case Ke.ADAPTIVE:
          ar(t, "RETRY_MODE_ADAPTIVE", "F");
          break;
        case Ke.STANDARD:
          ar(t, "RETRY_MODE_STANDARD", "E");
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == "function") {
    let o = t.endpointV2;
    switch (
      (String(o?.url?.hostname).match(i9) && ar(t, "ACCOUNT_ID_ENDPOINT", "O"),
      await e.accountIdEndpointMode?.())
    ) {
      case "disabled":
        ar(t, "ACCOUNT_ID_MODE_DISABLED", "Q");
        break;
      case "preferred":
        ar(t, "ACCOUNT_ID_MODE_PREFERRED", "P");
        break;
      case "required":
        ar(t, "ACCOUNT_ID_MODE_REQUIRED", "R");
        break;
    }
  }
  let s = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (s?.$source) {
    let o = s;
    o.accountId && ar(t, "RESOLVED_ACCOUNT_ID", "T");
    for (let [i, a] of Object.entries(o.$source ?? {})) ar(t, i, a);
  }
}
var i9,
  mk = d(() => {
    $r();
    oE();
    i9 = /\d{12}\.ddb/;
  });
var Qx,
  am,
  hk,
  gk,
  yk = d(() => {
    ((Qx = "user-agent"),
      (am = "x-amz-user-agent"),
      (hk = /[^!$%&'*+\-.^_`|~\w]/g),
      (gk = /[^!$%&'*+\-.^_`|~\w#]/g));
  });
function Sk(t) {
  let e = "";
  for (let r in t) {
    let n = t[r];
    if (e.length + n.length + 1 <= 1024) {
      e.length ? (e += "," + n) : (e += n);
      continue;
    }
    break;
  }
  return e;
}
var Ek = d(() => {});
var ew,
  cm,
  tw,
  Hn,
  wk = d(() => {
    $();
    jd();
    mk();
    yk();
    Ek();
    ((ew = (t) => (e, r) => async (n) => {
      let { request: s } = n;
      if (!q.isInstance(s)) return e(n);
      let { headers: o } = s,
        i = r?.userAgent?.map(cm) || [],
        a = (await t.defaultUserAgentProvider()).map(cm);
      await dk(r, t, n);
      let c = r;
      a.push(
        `m/${Sk(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`,
      );
      let u = t?.customUserAgent?.map(cm) || [],
        l = await t.userAgentAppId();
      l && a.push(cm(["app", `${l}`]));
      let p = Vd(),
        h = (p ? [p] : []).concat([...a, ...i, ...u]).join(" "),
        g = [...a.filter((y) => y.startsWith("aws-sdk-")), ...u].join(" ");
      return (
        t.runtime !== "browser"
          ? (g && (o[am] = o[am] ? `${o[Qx]} ${g}` : g), (o[Qx] = h))
          : (o[am] = h),
        e({ ...n, request: s })
      );
    }),
      (cm = (t) => {
        let e = t[0]
            .split("/")
            .map((i) => i.replace(hk, "-"))
            .join("/"),
          r = t[1]?.replace(gk, "-"),
          n = e.indexOf("/"),
          s = e.substring(0, n),
          o = e.substring(n + 1);
        return (
          s === "api" && (o = o.toLowerCase()),
          [s, o, r]
            .filter((i) => i && i.length > 0)
            .reduce((i, a, c) => {
              switch (c) {
                case 0:
                  return a;
                case 1:
                  return `${i}/${a}`;
                default:
                  return `${i}#${a}`;
              }
            }, "")
        );
      }),
      (tw = {
        name: "getUserAgentMiddleware",
        step: "build",
        priority: "low",
        tags: ["SET_USER_AGENT", "USER_AGENT"],
        override: !0,
      }),
      (Hn = (t) => ({
        applyToStack: (e) => {
          e.add(ew(t), tw);
        },
      })));
  });
import { versions as rw } from "node:process";
var vk,
  Ik = d(() => {
    vk = () => {
      let t = ["deno", "bun", "llrt"];
      for (let e of t) if (rw[e]) return [`md/${e}`, rw[e]];
      return ["md/nodejs", rw.node];
    };
  });
var Nu,
  nw = d(() => {
    Nu = { isCrtAvailable: !1 };
  });
var _k,
  Tk = d(() => {
    nw();
    _k = () => (Nu.isCrtAvailable ? ["md/crt-avail"] : null);
  });
import { platform as a9, release as c9 } from "node:os";
import { env as Ak } from "node:process";
var Lr,
  Ck,
  Rk = d(() => {
    Ik();
    Tk();
    nw();
    ((Lr = ({ serviceId: t, clientVersion: e }) => {
      let r = vk();
      return async (n) => {
        let s = [
            ["aws-sdk-js", e],
            ["ua", "2.1"],
            [`os/${a9()}`, c9()],
            ["lang/js"],
            r,
          ],
          o = _k();
        (o && s.push(o),
          t && s.push([`api/${t}`, e]),
          Ak.AWS_EXECUTION_ENV && s.push([`exec-env/${Ak.AWS_EXECUTION_ENV}`]));
        let i = await n?.userAgentAppId?.();
        return i ? [...s, [`app/${i}`]] : [...s];
      };
    }),
      (Ck = Lr));
  });
var sw,
  ow,
  u9,
  Vn,
  Ok = d(() => {
    Rx();
    ((sw = "AWS_SDK_UA_APP_ID"),
      (ow = "sdk_ua_app_id"),
      (u9 = "sdk-ua-app-id"),
      (Vn = {
        environmentVariableSelector: (t) => t[sw],
        configFileSelector: (t) => t[ow] ?? t[u9],
        default: Tu,
      }));
  });
var Pk = {};
oe(Pk, {
  BROWSER_MAP: () => iw,
  ENGINE_MAP: () => jn,
  OS_MAP: () => it,
  PLATFORMS_MAP: () => M,
  default: () => aw,
  getParser: () => E9,
  parse: () => S9,
});
function Nk(t, e) {
  for (var r = 0; r < e.length; r++) {
    var n = e[r];
    ((n.enumerable = n.enumerable || !1),
      (n.configurable = !0),
      "value" in n && (n.writable = !0),
      Object.defineProperty(t, g9(n.key), n));
  }
}
function h9(t, e, r) {
  return (
    e && Nk(t.prototype, e),
    r && Nk(t, r),
    Object.defineProperty(t, "prototype", { writable: !1 }),
    t
  );
}
function g9(t) {
  var e = y9(t, "string");
  return typeof e == "symbol" ? e : e + "";
}
function y9(t, e) {
  if (typeof t != "object" || !t) return t;
  var r = t[Symbol.toPrimitive];
  if (r !== void 0) {
    var n = r.call(t, e || "default");
    if (typeof n != "object") return n;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (e === "string" ? String : Number)(t);
}
var l9,
  iw,
  M,
  it,
  jn,
  x,
  k,
  p9,
  f9,
  d9,
  m9,
  Dk,
  aw,
  S9,
  E9,
  kk = d(() => {
    ((l9 = {
      AmazonBot: "amazonbot",
      "Amazon Silk": "amazon_silk",
      "Android Browser": "android",
      BaiduSpider: "baiduspider",
      Bada: "bada",
      BingCrawler: "bingcrawler",
      Brave: "brave",
      BlackBerry: "blackberry",
      "ChatGPT-User": "chatgpt_user",
      Chrome: "chrome",
      ClaudeBot: "claudebot",
      Chromium: "chromium",
      Diffbot: "diffbot",
      DuckDuckBot: "duckduckbot",
      DuckDuckGo: "duckduckgo",
      Electron: "electron",
      Epiphany: "epiphany",
      FacebookExternalHit: "facebookexternalhit",
      Firefox: "firefox",
      Focus: "focus",
      Generic: "generic",
      "Google Search": "google_search",
      Googlebot: "googlebot",
      GPTBot: "gptbot",
      "HeyTap Browser": "heytap",
      "Internet Explorer": "ie",
      InternetArchiveCrawler: "internetarchivecrawler",
      "K-Meleon": "k_meleon",
      Ladybird: "ladybird",
      LibreWolf: "librewolf",
      Linespider: "linespider",
      Maxthon: "maxthon",
      "Meta-ExternalAds": "meta_externalads",
      "Meta-ExternalAgent": "meta_externalagent",
      "Meta-ExternalFetcher": "meta_externalfetcher",
      "Meta-WebIndexer": "meta_webindexer",
      "Microsoft Edge": "edge",
      "MZ Browser": "mz",
      "NAVER Whale Browser": "naver",
      "OAI-SearchBot": "oai_searchbot",
      Omgilibot: "omgilibot",
      Opera: "opera",
      "Opera Coast": "opera_coast",
      "Pale Moon": "pale_moon",
      PerplexityBot: "perplexitybot",
      "Perplexity-User": "perplexity_user",
      PhantomJS: "phantomjs",
      PingdomBot: "pingdombot",
      Puffin: "puffin",
      QQ: "qq",
      QQLite: "qqlite",
      QupZilla: "qupzilla",
      Roku: "roku",
      Safari: "safari",
      Sailfish: "sailfish",
      "Samsung Internet for Android": "samsung_internet",
      SlackBot: "slackbot",
      SeaMonkey: "seamonkey",
      Sleipnir: "sleipnir",
      "Sogou Browser": "sogou",
      Swing: "swing",
      Tizen: "tizen",
      "UC Browser": "uc",
      "Vivo Browser": "vivo",
      Vivaldi: "vivaldi",
      "WebOS Browser": "webos",
      WeChat: "wechat",
      YahooSlurp: "yahooslurp",
      "Yandex Browser": "yandex",
      YandexBot: "yandexbot",
      YouBot: "youbot",
    }),
      (iw = {
        amazonbot: "AmazonBot",
        amazon_silk: "Amazon Silk",
        android: "Android Browser",
        baiduspider: "BaiduSpider",
        bada: "Bada",
        bingcrawler: "BingCrawler",
        blackberry: "BlackBerry",
        brave: "Brave",
        chatgpt_user: "ChatGPT-User",
        chrome: "Chrome",
        claudebot: "ClaudeBot",
        chromium: "Chromium",
        diffbot: "Diffbot",
        duckduckbot: "DuckDuckBot",
        duckduckgo: "DuckDuckGo",
        edge: "Microsoft Edge",
        electron: "Electron",
        epiphany: "Epiphany",
        facebookexternalhit: "FacebookExternalHit",
        firefox: "Firefox",
        focus: "Focus",
        generic: "Generic",
        google_search: "Google Search",
        googlebot: "Googlebot",
        gptbot: "GPTBot",
        heytap: "HeyTap Browser",
        ie: "Internet Explorer",
        internetarchivecrawler: "InternetArchiveCrawler",
        k_meleon: "K-Meleon",
        ladybird: "Ladybird",
        librewolf: "LibreWolf",
        linespider: "Linespider",
        maxthon: "Maxthon",
        meta_externalads: "Meta-ExternalAds",
        meta_externalagent: "Meta-ExternalAgent",
        meta_externalfetcher: "Meta-ExternalFetcher",
        meta_webindexer: "Meta-WebIndexer",
        mz: "MZ Browser",
        naver: "NAVER Whale Browser",
        oai_searchbot: "OAI-SearchBot",
        omgilibot: "Omgilibot",
        opera: "Opera",
        opera_coast: "Opera Coast",
        pale_moon: "Pale Moon",
        perplexitybot: "PerplexityBot",
        perplexity_user: "Perplexity-User",
        phantomjs: "PhantomJS",
        pingdombot: "PingdomBot",
        puffin: "Puffin",
        qq: "QQ Browser",
        qqlite: "QQ Browser Lite",
        qupzilla: "QupZilla",
        roku: "Roku",
        safari: "Safari",
        sailfish: "Sailfish",
        samsung_internet: "Samsung Internet for Android",
        seamonkey: "SeaMonkey",
        slackbot: "SlackBot",
        sleipnir: "Sleipnir",
        sogou: "Sogou Browser",
        swing: "Swing",
        tizen: "Tizen",
        uc: "UC Browser",
        vivo: "Vivo Browser",
        vivaldi: "Vivaldi",
        webos: "WebOS Browser",
        wechat: "WeChat",
        yahooslurp: "YahooSlurp",
        yandex: "Yandex Browser",
        yandexbot: "YandexBot",
        youbot: "YouBot",
      }),
      (M = {
        bot: "bot",
        desktop: "desktop",
        mobile: "mobile",
        tablet: "tablet",
        tv: "tv",
      }),
      (it = {
        Android: "Android",
        Bada: "Bada",
        BlackBerry: "BlackBerry",
        ChromeOS: "Chrome OS",
        HarmonyOS: "HarmonyOS",
        iOS: "iOS",
        Linux: "Linux",
        MacOS: "macOS",
        PlayStation4: "PlayStation 4",
        Roku: "Roku",
        Tizen: "Tizen",
        WebOS: "WebOS",
        Windows: "Windows",
        WindowsPhone: "Windows Phone",
      }),
      (jn = {
        Blink: "Blink",
        EdgeHTML: "EdgeHTML",
        Gecko: "Gecko",
        LibWeb: "LibWeb",
        Presto: "Presto",
        Trident: "Trident",
        WebKit: "WebKit",
      }),
      (x = (function () {
        function t() {}
        return (
          (t.getFirstMatch = function (r, n) {
            var s = n.match(r);
            return (s && s.length > 0 && s[1]) || "";
          }),
          (t.getSecondMatch = function (r, n) {
            var s = n.match(r);
            return (s && s.length > 1 && s[2]) || "";
          }),
          (t.matchAndReturnConst = function (r, n, s) {
            if (r.test(n)) return s;
          }),
          (t.isFirefoxOnIpad = function (r) {
            var n = r.indexOf("Macintosh");
            if (n === -1) return !1;
            var s = r.indexOf(" FxiOS", n + 9);
            return s !== -1 && r.indexOf("/", s + 6) !== -1;
          }),
          (t.getWindowsVersionName = function (r) {
            switch (r) {
              case "NT":
                return "NT";
              case "XP":
                return "XP";
              case "NT 5.0":
                return "2000";
              case "NT 5.1":
                return "XP";
              case "NT 5.2":
                return "2003";
              case "NT 6.0":
                return "Vista";
              case "NT 6.1":
                return "7";
              case "NT 6.2":
                return "8";
              case "NT 6.3":
                return "8.1";
              case "NT 10.0":
                return "10";
              default:
                return;
            }
          }),
          (t.getMacOSVersionName = function (r) {
            var n = r
              .split(".")
              .splice(0, 2)
              .map(function (i) {
                return parseInt(i, 10) || 0;
              });
            n.push(0);
            var s = n[0],
              o = n[1];
            if (s === 10)
              switch (o) {
                case 5:
                  return "Leopard";
                case 6:
                  return "Snow Leopard";
                case 7:
                  return "Lion";
                case 8:
                  return "Mountain Lion";
                case 9:
                  return "Mavericks";
                case 10:
                  return "Yosemite";
                case 11:
                  return "El Capitan";
                case 12:
                  return "Sierra";
                case 13:
                  return "High Sierra";
                case 14:
                  return "Mojave";
                case 15:
                  return "Catalina";
                default:
                  return;
              }
            switch (s) {
              case 11:
                return "Big Sur";
              case 12:
                return "Monterey";
              case 13:
                return "Ventura";
              case 14:
                return "Sonoma";
              case 15:
                return "Sequoia";
              default:
                return;
            }
          }),
          (t.getAndroidVersionName = function (r) {
            var n = r
              .split(".")
              .splice(0, 2)
              .map(function (s) {
                return parseInt(s, 10) || 0;
              });
            if ((n.push(0), !(n[0] === 1 && n[1] < 5))) {
              if (n[0] === 1 && n[1] < 6) return "Cupcake";
              if (n[0] === 1 && n[1] >= 6) return "Donut";
              if (n[0] === 2 && n[1] < 2) return "Eclair";
              if (n[0] === 2 && n[1] === 2) return "Froyo";
              if (n[0] === 2 && n[1] > 2) return "Gingerbread";
              if (n[0] === 3) return "Honeycomb";
              if (n[0] === 4 && n[1] < 1) return "Ice Cream Sandwich";
              if (n[0] === 4 && n[1] < 4) return "Jelly Bean";
              if (n[0] === 4 && n[1] >= 4) return "KitKat";
              if (n[0] === 5) return "Lollipop";
              if (n[0] === 6) return "Marshmallow";
              if (n[0] === 7) return "Nougat";
              if (n[0] === 8) return "Oreo";
              if (n[0] === 9) return "Pie";
            }
          }),
          (t.getVersionPrecision = function (r) {
            return r.split(".").length;
          }),
          (t.compareVersions = function (r, n, s) {
            s === void 0 && (s = !1);
            var o = t.getVersionPrecision(r),
              i = t.getVersionPrecision(n),
              a = Math.max(o, i),
              c = 0,
              u = t.map([r, n], function (l) {
                var p = a - t.getVersionPrecision(l),
                  h = l + new Array(p + 1).join(".0");
                return t
                  .map(h.split("."), function (g) {
                    return new Array(20 - g.length).join("0") + g;
                  })
                  .reverse();
              });
            for (s && (c = a - Math.min(o, i)), a -= 1; a >= c;) {
              if (u[0][a] > u[1][a]) return 1;
              if (u[0][a] === u[1][a]) {
                if (a === c) return 0;
                a -= 1;
              } else if (u[0][a] < u[1][a]) return -1;
            }
          }),
          (t.map = function (r, n) {
            var s = [],
              o;
            if (Array.prototype.map) return Array.prototype.map.call(r, n);
            for (o = 0; o < r.length; o += 1) s.push(n(r[o]));
            return s;
          }),
          (t.find = function (r, n) {
            var s, o;
            if (Array.prototype.find) return Array.prototype.find.call(r, n);
            for (s = 0, o = r.length; s < o; s += 1) {
              var i = r[s];
              if (n(i, s)) return i;
            }
          }),
          (t.assign = function (r) {
            for (
              var n = r,
                s,
                o,
                i = arguments.length,
                a = new Array(i > 1 ? i - 1 : 0),
                c = 1;
              c < i;
              c++
            )
              a[c - 1] = arguments[c];
            if (Object.assign)
              return Object.assign.apply(Object, [r].concat(a));
            var u = function () {
              var p = a[s];
              typeof p == "object" &&
                p !== null &&
                Object.keys(p).forEach(function (h) {
                  n[h] = p[h];
                });
            };
            for (s = 0, o = a.length; s < o; s += 1) u();
            return r;
          }),
          (t.getBrowserAlias = function (r) {
            return l9[r];
          }),
          (t.getBrowserTypeByAlias = function (r) {
            return iw[r] || "";
          }),
          t
        );
      })()),
      (k = /version\/(\d+(\.?_?\d+)+)/i),
      (p9 = [
        {
          test: [/gptbot/i],
          describe: function (e) {
            var r = { name: "GPTBot" },
              n =
                x.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/chatgpt-user/i],
          describe: function (e) {
            var r = { name: "ChatGPT-User" },
              n =
                x.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/oai-searchbot/i],
          describe: function (e) {
            var r = { name: "OAI-SearchBot" },
              n =
                x.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [
            /claudebot/i,
            /claude-web/i,
            /claude-user/i,
            /claude-searchbot/i,
          ],
          describe: function (e) {
            var r = { name: "ClaudeBot" },
              n =
                x.getFirstMatch(
                  /(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i,
                  e,
                ) || x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/omgilibot/i, /webzio-extended/i],
          describe: function (e) {
            var r = { name: "Omgilibot" },
              n =
                x.getFirstMatch(
                  /(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i,
                  e,
                ) || x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/diffbot/i],
          describe: function (e) {
            var r = { name: "Diffbot" },
              n =
                x.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/perplexitybot/i],
          describe: function (e) {
            var r = { name: "PerplexityBot" },
              n =
                x.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/perplexity-user/i],
          describe: function (e) {
            var r = { name: "Perplexity-User" },
              n =
                x.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/youbot/i],
          describe: function (e) {
            var r = { name: "YouBot" },
              n =
                x.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-webindexer/i],
          describe: function (e) {
            var r = { name: "Meta-WebIndexer" },
              n =
                x.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-externalads/i],
          describe: function (e) {
            var r = { name: "Meta-ExternalAds" },
              n =
                x.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-externalagent/i],
          describe: function (e) {
            var r = { name: "Meta-ExternalAgent" },
              n =
                x.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-externalfetcher/i],
          describe: function (e) {
            var r = { name: "Meta-ExternalFetcher" },
              n =
                x.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/googlebot/i],
          describe: function (e) {
            var r = { name: "Googlebot" },
              n =
                x.getFirstMatch(/googlebot\/(\d+(\.\d+))/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/linespider/i],
          describe: function (e) {
            var r = { name: "Linespider" },
              n =
                x.getFirstMatch(
                  /(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,
                  e,
                ) || x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/amazonbot/i],
          describe: function (e) {
            var r = { name: "AmazonBot" },
              n =
                x.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/bingbot/i],
          describe: function (e) {
            var r = { name: "BingCrawler" },
              n =
                x.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/baiduspider/i],
          describe: function (e) {
            var r = { name: "BaiduSpider" },
              n =
                x.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/duckduckbot/i],
          describe: function (e) {
            var r = { name: "DuckDuckBot" },
              n =
                x.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/ia_archiver/i],
          describe: function (e) {
            var r = { name: "InternetArchiveCrawler" },
              n =
                x.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/facebookexternalhit/i, /facebookcatalog/i],
          describe: function () {
            return { name: "FacebookExternalHit" };
          },
        },
        {
          test: [/slackbot/i, /slack-imgProxy/i],
          describe: function (e) {
            var r = { name: "SlackBot" },
              n =
                x.getFirstMatch(
                  /(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,
                  e,
                ) || x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/yahoo!?[\s/]*slurp/i],
          describe: function () {
            return { name: "YahooSlurp" };
          },
        },
        {
          test: [/yandexbot/i, /yandexmobilebot/i],
          describe: function () {
            return { name: "YandexBot" };
          },
        },
        {
          test: [/pingdom/i],
          describe: function () {
            return { name: "PingdomBot" };
          },
        },
        {
          test: [/opera/i],
          describe: function (e) {
            var r = { name: "Opera" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/opr\/|opios/i],
          describe: function (e) {
            var r = { name: "Opera" },
              n =
                x.getFirstMatch(/(?:opr|opios)[\s/](\S+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/SamsungBrowser/i],
          describe: function (e) {
            var r = { name: "Samsung Internet for Android" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/Whale/i],
          describe: function (e) {
            var r = { name: "NAVER Whale Browser" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/PaleMoon/i],
          describe: function (e) {
            var r = { name: "Pale Moon" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/HeyTapBrowser/i],
          describe: function (e) {
            var r = { name: "HeyTap Browser" },
              n =
                x.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/VivoBrowser/i],
          describe: function (e) {
            var r = { name: "Vivo Browser" },
              n =
                x.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/MZBrowser/i],
          describe: function (e) {
            var r = { name: "MZ Browser" },
              n =
                x.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/focus/i],
          describe: function (e) {
            var r = { name: "Focus" },
              n =
                x.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/swing/i],
          describe: function (e) {
            var r = { name: "Swing" },
              n =
                x.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/coast/i],
          describe: function (e) {
            var r = { name: "Opera Coast" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/opt\/\d+(?:.?_?\d+)+/i],
          describe: function (e) {
            var r = { name: "Opera Touch" },
              n =
                x.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/yabrowser/i],
          describe: function (e) {
            var r = { name: "Yandex Browser" },
              n =
                x.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/ucbrowser/i],
          describe: function (e) {
            var r = { name: "UC Browser" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:ucbrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/Maxthon|mxios/i],
          describe: function (e) {
            var r = { name: "Maxthon" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/epiphany/i],
          describe: function (e) {
            var r = { name: "Epiphany" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/puffin/i],
          describe: function (e) {
            var r = { name: "Puffin" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/sleipnir/i],
          describe: function (e) {
            var r = { name: "Sleipnir" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/k-meleon/i],
          describe: function (e) {
            var r = { name: "K-Meleon" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/micromessenger/i],
          describe: function (e) {
            var r = { name: "WeChat" },
              n =
                x.getFirstMatch(
                  /(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i,
                  e,
                ) || x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/qqbrowser/i],
          describe: function (e) {
            var r = {
                name: /qqbrowserlite/i.test(e)
                  ? "QQ Browser Lite"
                  : "QQ Browser",
              },
              n =
                x.getFirstMatch(
                  /(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i,
                  e,
                ) || x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/msie|trident/i],
          describe: function (e) {
            var r = { name: "Internet Explorer" },
              n = x.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/\sedg\//i],
          describe: function (e) {
            var r = { name: "Microsoft Edge" },
              n = x.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/edg([ea]|ios)\//i],
          describe: function (e) {
            var r = { name: "Microsoft Edge" },
              n = x.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            return e.hasBrand("Vivaldi") ? !0 : e.test(/vivaldi/i);
          },
          describe: function (e, r) {
            var n = { name: "Vivaldi" };
            if (r) {
              var s = r.getBrandVersion("Vivaldi");
              if (s) return ((n.version = s), n);
            }
            var o = x.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i, e);
            return (o && (n.version = o), n);
          },
        },
        {
          test: [/seamonkey/i],
          describe: function (e) {
            var r = { name: "SeaMonkey" },
              n = x.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/sailfish/i],
          describe: function (e) {
            var r = { name: "Sailfish" },
              n = x.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/silk/i],
          describe: function (e) {
            var r = { name: "Amazon Silk" },
              n = x.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/phantom/i],
          describe: function (e) {
            var r = { name: "PhantomJS" },
              n = x.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/slimerjs/i],
          describe: function (e) {
            var r = { name: "SlimerJS" },
              n = x.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/blackberry|\bbb\d+/i, /rim\stablet/i],
          describe: function (e) {
            var r = { name: "BlackBerry" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: function (e) {
            var r = { name: "WebOS Browser" },
              n =
                x.getFirstMatch(k, e) ||
                x.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/bada/i],
          describe: function (e) {
            var r = { name: "Bada" },
              n = x.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/tizen/i],
          describe: function (e) {
            var r = { name: "Tizen" },
              n =
                x.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/qupzilla/i],
          describe: function (e) {
            var r = { name: "QupZilla" },
              n =
                x.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/librewolf/i],
          describe: function (e) {
            var r = { name: "LibreWolf" },
              n = x.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/firefox|iceweasel|fxios/i],
          describe: function (e) {
            var r = { name: "Firefox" },
              n = x.getFirstMatch(
                /(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i,
                e,
              );
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/electron/i],
          describe: function (e) {
            var r = { name: "Electron" },
              n = x.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/sogoumobilebrowser/i, /metasr/i, /se 2\.[x]/i],
          describe: function (e) {
            var r = { name: "Sogou Browser" },
              n = x.getFirstMatch(
                /(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i,
                e,
              ),
              s = x.getFirstMatch(
                /(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,
                e,
              ),
              o = x.getFirstMatch(/se ([\d.]+)x/i, e),
              i = n || s || o;
            return (i && (r.version = i), r);
          },
        },
        {
          test: [/MiuiBrowser/i],
          describe: function (e) {
            var r = { name: "Miui" },
              n = x.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            return e.hasBrand("DuckDuckGo") ? !0 : e.test(/\sDdg\/[\d.]+$/i);
          },
          describe: function (e, r) {
            var n = { name: "DuckDuckGo" };
            if (r) {
              var s = r.getBrandVersion("DuckDuckGo");
              if (s) return ((n.version = s), n);
            }
            var o = x.getFirstMatch(/\sDdg\/([\d.]+)$/i, e);
            return (o && (n.version = o), n);
          },
        },
        {
          test: function (e) {
            return e.hasBrand("Brave");
          },
          describe: function (e, r) {
            var n = { name: "Brave" };
            if (r) {
              var s = r.getBrandVersion("Brave");
              if (s) return ((n.version = s), n);
            }
            return n;
          },
        },
        {
          test: [/chromium/i],
          describe: function (e) {
            var r = { name: "Chromium" },
              n =
                x.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/ladybird/i],
          describe: function (e) {
            var r = { name: "Ladybird" },
              n = x.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/chrome|crios|crmo/i],
          describe: function (e) {
            var r = { name: "Chrome" },
              n = x.getFirstMatch(
                /(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,
                e,
              );
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/GSA/i],
          describe: function (e) {
            var r = { name: "Google Search" },
              n = x.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            var r = !e.test(/like android/i),
              n = e.test(/android/i);
            return r && n;
          },
          describe: function (e) {
            var r = { name: "Android Browser" },
              n = x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/playstation 4/i],
          describe: function (e) {
            var r = { name: "PlayStation 4" },
              n = x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/safari|applewebkit/i],
          describe: function (e) {
            var r = { name: "Safari" },
              n = x.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/.*/i],
          describe: function (e) {
            var r =
              e.search("\\(") !== -1
                ? /^(.*)\/([^/]*)[ \t]\((.*)/
                : /^(.*)\/([^/]*) /;
            return {
              name: x.getFirstMatch(r, e),
              version: x.getSecondMatch(r, e),
            };
          },
        },
      ]),
      (f9 = [
        {
          test: [/Roku\/DVP/],
          describe: function (e) {
            var r = x.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
            return { name: it.Roku, version: r };
          },
        },
        {
          test: [/windows phone/i],
          describe: function (e) {
            var r = x.getFirstMatch(
              /windows phone (?:os)?\s?(\d+(\.\d+)*)/i,
              e,
            );
            return { name: it.WindowsPhone, version: r };
          },
        },
        {
          test: [/windows /i],
          describe: function (e) {
            var r = x.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e),
              n = x.getWindowsVersionName(r);
            return { name: it.Windows, version: r, versionName: n };
          },
        },
        {
          test: function (e) {
            return x.isFirefoxOnIpad(e.getUA());
          },
          describe: function (e) {
            var r = { name: it.iOS },
              n = x.getSecondMatch(/(Version\/)(\d[\d.]+)/, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/macintosh/i],
          describe: function (e) {
            var r = x
                .getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i, e)
                .replace(/[_\s]/g, "."),
              n = x.getMacOSVersionName(r),
              s = { name: it.MacOS, version: r };
            return (n && (s.versionName = n), s);
          },
        },
        {
          test: [/(ipod|iphone|ipad)/i],
          describe: function (e) {
            var r = x
              .getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e)
              .replace(/[_\s]/g, ".");
            return { name: it.iOS, version: r };
          },
        },
        {
          test: [/OpenHarmony/i],
          describe: function (e) {
            var r = x.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
            return { name: it.HarmonyOS, version: r };
          },
        },
        {
          test: function (e) {
            var r = !e.test(/like android/i),
              n = e.test(/android/i);
            return r && n;
          },
          describe: function (e) {
            var r = x.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i, e),
              n = x.getAndroidVersionName(r),
              s = { name: it.Android, version: r };
            return (n && (s.versionName = n), s);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: function (e) {
            var r = x.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e),
              n = { name: it.WebOS };
            return (r && r.length && (n.version = r), n);
          },
        },
        {
          test: [/blackberry|\bbb\d+/i, /rim\stablet/i],
          describe: function (e) {
            var r =
              x.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i, e) ||
              x.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i, e) ||
              x.getFirstMatch(/\bbb(\d+)/i, e);
            return { name: it.BlackBerry, version: r };
          },
        },
        {
          test: [/bada/i],
          describe: function (e) {
            var r = x.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
            return { name: it.Bada, version: r };
          },
        },
        {
          test: [/tizen/i],
          describe: function (e) {
            var r = x.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
            return { name: it.Tizen, version: r };
          },
        },
        {
          test: [/linux/i],
          describe: function () {
            return { name: it.Linux };
          },
        },
        {
          test: [/CrOS/],
          describe: function () {
            return { name: it.ChromeOS };
          },
        },
        {
          test: [/PlayStation 4/],
          describe: function (e) {
            var r = x.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
            return { name: it.PlayStation4, version: r };
          },
        },
      ]),
      (d9 = [
        {
          test: [/googlebot/i],
          describe: function () {
            return { type: M.bot, vendor: "Google" };
          },
        },
        {
          test: [/linespider/i],
          describe: function () {
            return { type: M.bot, vendor: "Line" };
          },
        },
        {
          test: [/amazonbot/i],
          describe: function () {
            return { type: M.bot, vendor: "Amazon" };
          },
        },
        {
          test: [/gptbot/i],
          describe: function () {
            return { type: M.bot, vendor: "OpenAI" };
          },
        },
        {
          test: [/chatgpt-user/i],
          describe: function () {
            return { type: M.bot, vendor: "OpenAI" };
          },
        },
        {
          test: [/oai-searchbot/i],
          describe: function () {
            return { type: M.bot, vendor: "OpenAI" };
          },
        },
        {
          test: [/baiduspider/i],
          describe: function () {
            return { type: M.bot, vendor: "Baidu" };
          },
        },
        {
          test: [/bingbot/i],
          describe: function () {
            return { type: M.bot, vendor: "Bing" };
          },
        },
        {
          test: [/duckduckbot/i],
          describe: function () {
            return { type: M.bot, vendor: "DuckDuckGo" };
          },
        },
        {
          test: [
            /claudebot/i,
            /claude-web/i,
            /claude-user/i,
            /claude-searchbot/i,
          ],
          describe: function () {
            return { type: M.bot, vendor: "Anthropic" };
          },
        },
        {
          test: [/omgilibot/i, /webzio-extended/i],
          describe: function () {
            return { type: M.bot, vendor: "Webz.io" };
          },
        },
        {
          test: [/diffbot/i],
          describe: function () {
            return { type: M.bot, vendor: "Diffbot" };
          },
        },
        {
          test: [/perplexitybot/i],
          describe: function () {
            return { type: M.bot, vendor: "Perplexity AI" };
          },
        },
        {
          test: [/perplexity-user/i],
          describe: function () {
            return { type: M.bot, vendor: "Perplexity AI" };
          },
        },
        {
          test: [/youbot/i],
          describe: function () {
            return { type: M.bot, vendor: "You.com" };
          },
        },
        {
          test: [/ia_archiver/i],
          describe: function () {
            return { type: M.bot, vendor: "Internet Archive" };
          },
        },
        {
          test: [/meta-webindexer/i],
          describe: function () {
            return { type: M.bot, vendor: "Meta" };
          },
        },
        {
          test: [/meta-externalads/i],
          describe: function () {
            return { type: M.bot, vendor: "Meta" };
          },
        },
        {
          test: [/meta-externalagent/i],
          describe: function () {
            return { type: M.bot, vendor: "Meta" };
          },
        },
        {
          test: [/meta-externalfetcher/i],
          describe: function () {
            return { type: M.bot, vendor: "Meta" };
          },
        },
        {
          test: [/facebookexternalhit/i, /facebookcatalog/i],
          describe: function () {
            return { type: M.bot, vendor: "Meta" };
          },
        },
        {
          test: [/slackbot/i, /slack-imgProxy/i],
          describe: function () {
            return { type: M.bot, vendor: "Slack" };
          },
        },
        {
          test: [/yahoo/i],
          describe: function () {
            return { type: M.bot, vendor: "Yahoo" };
          },
        },
        {
          test: [/yandexbot/i, /yandexmobilebot/i],
          describe: function () {
            return { type: M.bot, vendor: "Yandex" };
          },
        },
        {
          test: [/pingdom/i],
          describe: function () {
            return { type: M.bot, vendor: "Pingdom" };
          },
        },
        {
          test: [/huawei/i],
          describe: function (e) {
            var r = x.getFirstMatch(/(can-l01)/i, e) && "Nova",
              n = { type: M.mobile, vendor: "Huawei" };
            return (r && (n.model = r), n);
          },
        },
        {
          test: [/nexus\s*(?:7|8|9|10).*/i],
          describe: function () {
            return { type: M.tablet, vendor: "Nexus" };
          },
        },
        {
          test: [/ipad/i],
          describe: function () {
            return { type: M.tablet, vendor: "Apple", model: "iPad" };
          },
        },
        {
          test: function (e) {
            return x.isFirefoxOnIpad(e.getUA());
          },
          describe: function () {
            return { type: M.tablet, vendor: "Apple", model: "iPad" };
          },
        },
        {
          test: [/kftt build/i],
          describe: function () {
            return {
              type: M.tablet,
              vendor: "Amazon",
              model: "Kindle Fire HD 7",
            };
          },
        },
        {
          test: [/silk/i],
          describe: function () {
            return { type: M.tablet, vendor: "Amazon" };
          },
        },
        {
          test: [/tablet(?! pc)/i],
          describe: function () {
            return { type: M.tablet };
          },
        },
        {
          test: function (e) {
            var r = e.test(/ipod|iphone/i),
              n = e.test(/like (ipod|iphone)/i);
            return r && !n;
          },
          describe: function (e) {
            var r = x.getFirstMatch(/(ipod|iphone)/i, e);
            return { type: M.mobile, vendor: "Apple", model: r };
          },
        },
        {
          test: [/nexus\s*[0-6].*/i, /galaxy nexus/i],
          describe: function () {
            return { type: M.mobile, vendor: "Nexus" };
          },
        },
        {
          test: [/Nokia/i],
          describe: function (e) {
            var r = x.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i, e),
              n = { type: M.mobile, vendor: "Nokia" };
            return (r && (n.model = r), n);
          },
        },
        {
          test: [/[^-]mobi/i],
          describe: function () {
            return { type: M.mobile };
          },
        },
        {
          test: function (e) {
            return e.getBrowserName(!0) === "blackberry";
          },
          describe: function () {
            return { type: M.mobile, vendor: "BlackBerry" };
          },
        },
        {
          test: function (e) {
            return e.getBrowserName(!0) === "bada";
          },
          describe: function () {
            return { type: M.mobile };
          },
        },
        {
          test: function (e) {
            return e.getBrowserName() === "windows phone";
          },
          describe: function () {
            return { type: M.mobile, vendor: "Microsoft" };
          },
        },
        {
          test: function (e) {
            var r = Number(String(e.getOSVersion()).split(".")[0]);
            return e.getOSName(!0) === "android" && r >= 3;
          },
          describe: function () {
            return { type: M.tablet };
          },
        },
        {
          test: function (e) {
            return e.getOSName(!0) === "android";
          },
          describe: function () {
            return { type: M.mobile };
          },
        },
        {
          test: [/smart-?tv|smarttv/i],
          describe: function () {
            return { type: M.tv };
          },
        },
        {
          test: [/netcast/i],
          describe: function () {
            return { type: M.tv };
          },
        },
        {
          test: function (e) {
            return e.getOSName(!0) === "macos";
          },
          describe: function () {
            return { type: M.desktop, vendor: "Apple" };
          },
        },
        {
          test: function (e) {
            return e.getOSName(!0) === "windows";
          },
          describe: function () {
            return { type: M.desktop };
          },
        },
        {
          test: function (e) {
            return e.getOSName(!0) === "linux";
          },
          describe: function () {
            return { type: M.desktop };
          },
        },
        {
          test: function (e) {
            return e.getOSName(!0) === "playstation 4";
          },
          describe: function () {
            return { type: M.tv };
          },
        },
        {
          test: function (e) {
            return e.getOSName(!0) === "roku";
          },
          describe: function () {
            return { type: M.tv };
          },
        },
      ]),
      (m9 = [
        {
          test: function (e) {
            return e.getBrowserName(!0) === "microsoft edge";
          },
          describe: function (e) {
            if (/\sedg\//i.test(e)) return { name: jn.Blink };
            var r = x.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
            return { name: jn.EdgeHTML, version: r };
          },
        },
        {
          test: function (e) {
            return e.getBrowserName(!0) === "ladybird";
          },
          describe: function () {
            return { name: jn.LibWeb };
          },
        },
        {
          test: [/trident/i],
          describe: function (e) {
            var r = { name: jn.Trident },
              n = x.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            return e.test(/presto/i);
          },
          describe: function (e) {
            var r = { name: jn.Presto },
              n = x.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            var r = e.test(/gecko/i),
              n = e.test(/like gecko/i);
            return r && !n;
          },
          describe: function (e) {
            var r = { name: jn.Gecko },
              n = x.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/(apple)?webkit\/537\.36/i],
          describe: function () {
            return { name: jn.Blink };
          },
        },
        {
          test: [/(apple)?webkit/i],
          describe: function (e) {
            var r = { name: jn.WebKit },
              n = x.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
      ]),
      (Dk = (function () {
        function t(r, n, s) {
          if (
            (n === void 0 && (n = !1),
            s === void 0 && (s = null),
            r == null || r === "")
          )
            throw new Error("UserAgent parameter can't be empty");
          this._ua = r;
          var o = !1;
          (typeof n == "boolean"
            ? ((o = n), (this._hints = s))
            : n != null && typeof n == "object"
              ? (this._hints = n)
              : (this._hints = null),
            (this.parsedResult = {}),
            o !== !0 && this.parse());
        }
        var e = t.prototype;
        return (
          (e.getHints = function () {
            return this._hints;
          }),
          (e.hasBrand = function (n) {
            if (!this._hints || !Array.isArray(this._hints.brands)) return !1;
            var s = n.toLowerCase();
            return this._hints.brands.some(function (o) {
              return o.brand && o.brand.toLowerCase() === s;
            });
          }),
          (e.getBrandVersion = function (n) {
            if (!(!this._hints || !Array.isArray(this._hints.brands))) {
              var s = n.toLowerCase(),
                o = x.find(this._hints.brands, function (i) {
                  return i.brand && i.brand.toLowerCase() === s;
                });
              return o ? o.version : void 0;
            }
          }),
          (e.getUA = function () {
            return this._ua;
          }),
          (e.test = function (n) {
            return n.test(this._ua);
          }),
          (e.parseBrowser = function () {
            var n = this;
            this.parsedResult.browser = {};
            var s = x.find(p9, function (o) {
              if (typeof o.test == "function") return o.test(n);
              if (Array.isArray(o.test))
                return o.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              s && (this.parsedResult.browser = s.describe(this.getUA(), this)),
              this.parsedResult.browser
            );
          }),
          (e.getBrowser = function () {
            return this.parsedResult.browser
              ? this.parsedResult.browser
              : this.parseBrowser();
          }),
          (e.getBrowserName = function (n) {
            return n
              ? String(this.getBrowser().name).toLowerCase() || ""
              : this.getBrowser().name || "";
          }),
          (e.getBrowserVersion = function () {
            return this.getBrowser().version;
          }),
          (e.getOS = function () {
            return this.parsedResult.os ? this.parsedResult.os : this.parseOS();
          }),
          (e.parseOS = function () {
            var n = this;
            this.parsedResult.os = {};
            var s = x.find(f9, function (o) {
              if (typeof o.test == "function") return o.test(n);
              if (Array.isArray(o.test))
                return o.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              s && (this.parsedResult.os = s.describe(this.getUA())),
              this.parsedResult.os
            );
          }),
          (e.getOSName = function (n) {
            var s = this.getOS().name;
            return n ? String(s).toLowerCase() || "" : s || "";
          }),
          (e.getOSVersion = function () {
            return this.getOS().version;
          }),
          (e.getPlatform = function () {
            return this.parsedResult.platform
              ? this.parsedResult.platform
              : this.parsePlatform();
          }),
          (e.getPlatformType = function (n) {
            n === void 0 && (n = !1);
            var s = this.getPlatform().type;
            return n ? String(s).toLowerCase() || "" : s || "";
          }),
          (e.parsePlatform = function () {
            var n = this;
            this.parsedResult.platform = {};
            var s = x.find(d9, function (o) {
              if (typeof o.test == "function") return o.test(n);
              if (Array.isArray(o.test))
                return o.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              s && (this.parsedResult.platform = s.describe(this.getUA())),
              this.parsedResult.platform
            );
          }),
          (e.getEngine = function () {
            return this.parsedResult.engine
              ? this.parsedResult.engine
              : this.parseEngine();
          }),
          (e.getEngineName = function (n) {
            return n
              ? String(this.getEngine().name).toLowerCase() || ""
              : this.getEngine().name || "";
          }),
          (e.parseEngine = function () {
            var n = this;
            this.parsedResult.engine = {};
            var s = x.find(m9, function (o) {
              if (typeof o.test == "function") return o.test(n);
              if (Array.isArray(o.test))
                return o.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              s && (this.parsedResult.engine = s.describe(this.getUA())),
              this.parsedResult.engine
            );
          }),
          (e.parse = function () {
            return (
              this.parseBrowser(),
              this.parseOS(),
              this.parsePlatform(),
              this.parseEngine(),
              this
            );
          }),
          (e.getResult = function () {
            return x.assign({}, this.parsedResult);
          }),
          (e.satisfies = function (n) {
            var s = this,
              o = {},
              i = 0,
              a = {},
              c = 0;
            if (
              (Object.keys(n).forEach(function (S) {
                var b = n[S];
                typeof b == "string" || Array.isArray(b)
                  ? ((a[S] = b), (c += 1))
                  : typeof b == "object" && ((o[S] = b), (i += 1));
              }),
              i > 0)
            ) {
              var u = Object.keys(o),
                l = x.find(u, function (S) {
                  return s.isOS(S);
                });
              if (l) {
                var p = this.satisfies(o[l]);
                if (p !== void 0) return p;
              }
              var h = x.find(u, function (S) {
                return s.isPlatform(S);
              });
              if (h) {
                var g = this.satisfies(o[h]);
                if (g !== void 0) return g;
              }
            }
            if (c > 0) {
              var y = Object.keys(a),
                E = x.find(y, function (S) {
                  return s.isBrowser(S, !0);
                });
              if (E !== void 0) return this.compareVersions(a[E]);
            }
          }),
          (e.isBrowser = function (n, s) {
            s === void 0 && (s = !1);
            var o = this.getBrowserName().toLowerCase(),
              i = n.toLowerCase(),
              a = x.getBrowserTypeByAlias(i);
            return (s && a && (i = a.toLowerCase()), i === o);
          }),
          (e.compareVersions = function (n) {
            var s = this;
            return typeof n == "string"
              ? this.compareVersion(n)
              : n.some(function (o) {
                  return s.compareVersion(o);
                });
          }),
          (e.compareVersion = function (n) {
            var s = [0],
              o = n,
              i = !1,
              a = this.getBrowserVersion();
            if (typeof a == "string")
              return (
                n[0] === ">" || n[0] === "<"
                  ? ((o = n.substr(1)),
                    n[1] === "=" ? ((i = !0), (o = n.substr(2))) : (s = []),
                    n[0] === ">" ? s.push(1) : s.push(-1))
                  : n[0] === "="
                    ? (o = n.substr(1))
                    : n[0] === "~" && ((i = !0), (o = n.substr(1))),
                s.indexOf(x.compareVersions(a, o, i)) > -1
              );
          }),
          (e.isOS = function (n) {
            return this.getOSName(!0) === String(n).toLowerCase();
          }),
          (e.isPlatform = function (n) {
            return this.getPlatformType(!0) === String(n).toLowerCase();
          }),
          (e.isEngine = function (n) {
            return this.getEngineName(!0) === String(n).toLowerCase();
          }),
          (e.is = function (n, s) {
            return (
              s === void 0 && (s = !1),
              this.isBrowser(n, s) || this.isOS(n) || this.isPlatform(n)
            );
          }),
          (e.some = function (n) {
            var s = this;
            return (
              n === void 0 && (n = []),
              n.some(function (o) {
                return s.is(o);
              })
            );
          }),
          t
        );
      })()));
    ((aw = (function () {
      function t() {}
      return (
        (t.getParser = function (r, n, s) {
          if (
            (n === void 0 && (n = !1),
            s === void 0 && (s = null),
            typeof r != "string")
          )
            throw new Error("UserAgent should be a string");
          return new Dk(r, n, s);
        }),
        (t.parse = function (r, n) {
          return (n === void 0 && (n = null), new Dk(r, n).getResult());
        }),
        h9(t, null, [
          {
            key: "BROWSER_MAP",
            get: function () {
              return iw;
            },
          },
          {
            key: "ENGINE_MAP",
            get: function () {
              return jn;
            },
          },
          {
            key: "OS_MAP",
            get: function () {
              return it;
            },
          },
          {
            key: "PLATFORMS_MAP",
            get: function () {
              return M;
            },
          },
        ])
      );
    })()),
      (S9 = aw.parse),
      (E9 = aw.getParser));
  });
var Mk,
  $k = d(() => {
    Mk =
      ({ serviceId: t, clientVersion: e }) =>
      async (r) => {
        let n = await Promise.resolve().then(() => (kk(), Pk)),
          s = n.parse ?? n.default.parse ?? (() => ""),
          o =
            typeof window < "u" && window?.navigator?.userAgent
              ? s(window.navigator.userAgent)
              : void 0,
          i = [
            ["aws-sdk-js", e],
            ["ua", "2.1"],
            [`os/${o?.os?.name || "other"}`, o?.os?.version],
            ["lang/js"],
            [
              "md/browser",
              `${o?.browser?.name ?? "unknown"}_${o?.browser?.version ?? "unknown"}`,
            ],
          ];
        t && i.push([`api/${t}`, e]);
        let a = await r?.userAgentAppId?.();
        return (a && i.push([`app/${a}`]), i);
      };
  });
var Lk,
  Uk = d(() => {
    Lk = {
      os(t) {
        if (/iPhone|iPad|iPod/.test(t)) return "iOS";
        if (/Macintosh|Mac OS X/.test(t)) return "macOS";
        if (/Windows NT/.test(t)) return "Windows";
        if (/Android/.test(t)) return "Android";
        if (/Linux/.test(t)) return "Linux";
      },
      browser(t) {
        if (/EdgiOS|EdgA|Edg\//.test(t)) return "Microsoft Edge";
        if (/Firefox\//.test(t)) return "Firefox";
        if (/Chrome\//.test(t)) return "Chrome";
        if (/Safari\//.test(t)) return "Safari";
      },
    };
  });
var cw = d(() => {
  Ie();
});
var Pu,
  uw = d(() => {
    Ie();
    cw();
    Pu = (t, e = !1) => {
      if (e) {
        for (let r of t.split(".")) if (!Pu(r)) return !1;
        return !0;
      }
      return !(
        !Tr(t) ||
        t.length < 3 ||
        t.length > 63 ||
        t !== t.toLowerCase() ||
        ms(t)
      );
    };
  });
var um,
  lw = d(() => {
    um = (t) => {
      let e = t.split(":");
      if (e.length < 6) return null;
      let [r, n, s, o, i, ...a] = e;
      if (r !== "arn" || n === "" || s === "" || a.join(":") === "")
        return null;
      let c = a.map((u) => u.split("/")).flat();
      return {
        partition: n,
        service: s,
        region: o,
        accountId: i,
        resourceId: c,
      };
    };
  });
var Ur,
  Bk = d(() => {
    Ie();
    uw();
    lw();
    jd();
    Ur = { isVirtualHostableS3Bucket: Pu, parseArn: um, partition: Hd };
    Rt.aws = Ur;
  });
var Fk = d(() => {
  Ie();
});
var Gk,
  pw,
  Hk = d(() => {
    $();
    ((Gk = (t) => {
      if (typeof t.endpointProvider != "function")
        throw new Error(
          "@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.",
        );
      let { endpoint: e } = t;
      return (
        e === void 0 &&
          (t.endpoint = async () =>
            pw(
              t.endpointProvider(
                {
                  Region:
                    typeof t.region == "function" ? await t.region() : t.region,
                  UseDualStack:
                    typeof t.useDualstackEndpoint == "function"
                      ? await t.useDualstackEndpoint()
                      : t.useDualstackEndpoint,
                  UseFIPS:
                    typeof t.useFipsEndpoint == "function"
                      ? await t.useFipsEndpoint()
                      : t.useFipsEndpoint,
                  Endpoint: void 0,
                },
                { logger: t.logger },
              ),
            )),
        t
      );
    }),
      (pw = (t) => tt(t.url)));
  });
var Vk = d(() => {
  Ie();
});
var jk = d(() => {
  he();
  he();
});
function lm(t = {}) {
  return G(
    {
      ...rt,
      async default() {
        return (
          fw.silence ||
            console.warn(
              "@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.",
            ),
          "us-east-1"
        );
      },
    },
    { ...bt, ...t },
  );
}
var fw,
  zk = d(() => {
    he();
    fw = { silence: !1 };
  });
var zn,
  qn,
  qk = d(() => {
    ((zn = (t) => ({
      setRegion(e) {
        t.region = e;
      },
      region() {
        return t.region;
      },
    })),
      (qn = (t) => ({ region: t.region() })));
  });
var Wn = {};
oe(Wn, {
  DEFAULT_UA_APP_ID: () => Tu,
  EndpointError: () => te,
  NODE_APP_ID_CONFIG_OPTIONS: () => Vn,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => bt,
  NODE_REGION_CONFIG_OPTIONS: () => rt,
  REGION_ENV_NAME: () => ua,
  REGION_INI_NAME: () => la,
  UA_APP_ID_ENV_NAME: () => sw,
  UA_APP_ID_INI_NAME: () => ow,
  awsEndpointFunctions: () => Ur,
  createDefaultUserAgentProvider: () => Lr,
  createUserAgentStringParsingProvider: () => Mk,
  crtAvailability: () => Nu,
  defaultUserAgent: () => Ck,
  emitWarningIfUnsupportedVersion: () => yn,
  fallback: () => Lk,
  getAwsRegionExtensionConfiguration: () => zn,
  getDefaultSocketTimeout: () => Sn,
  getHostHeaderPlugin: () => kn,
  getLoggerPlugin: () => Mn,
  getLongPollPlugin: () => gC,
  getRecursionDetectionPlugin: () => $n,
  getUserAgentMiddlewareOptions: () => tw,
  getUserAgentPlugin: () => Hn,
  getUserAgentPrefix: () => Vd,
  hostHeaderMiddleware: () => mx,
  hostHeaderMiddlewareOptions: () => hx,
  isIpAddress: () => ms,
  isVirtualHostableS3Bucket: () => Pu,
  loggerMiddleware: () => gx,
  loggerMiddlewareOptions: () => yx,
  parseArn: () => um,
  partition: () => Hd,
  recursionDetectionMiddleware: () => $d,
  recursionDetectionMiddlewareOptions: () => kd,
  resolveAwsRegionExtensionConfiguration: () => qn,
  resolveDefaultAwsRegionalEndpointsConfig: () => Gk,
  resolveEndpoint: () => gu,
  resolveHostHeaderConfig: () => La,
  resolveRegionConfig: () => Kt,
  resolveUserAgentConfig: () => Ln,
  setCredentialFeature: () => Vs,
  setFeature: () => ar,
  setPartitionInfo: () => Dx,
  setTokenFeature: () => EC,
  state: () => tu,
  stsRegionDefaultResolver: () => lm,
  stsRegionWarning: () => fw,
  toEndpointV1: () => pw,
  useDefaultPartitionInfo: () => VP,
  userAgentMiddleware: () => ew,
});
var ge = d(() => {
  hC();
  yC();
  SC();
  oE();
  bC();
  xC();
  mP();
  hP();
  Sx();
  EP();
  Ix();
  Rx();
  wk();
  Rk();
  Ok();
  Uk();
  $k();
  Bk();
  Fk();
  Hk();
  cw();
  uw();
  lw();
  jd();
  Vk();
  jk();
  zk();
  qk();
});
var Kk = Ee((Wke, Wk) => {
  function ws(t) {
    (Object.defineProperty(this, "_next", {
      writable: !1,
      enumerable: !1,
      value: t,
    }),
      (this.done = !1));
  }
  ws.prototype.next = function () {
    if (this.done) return { done: !0 };
    var t = this._next();
    return (t.done && (this.done = !0), t);
  };
  typeof Symbol < "u" &&
    (ws.prototype[Symbol.iterator] = function () {
      return this;
    });
  ws.of = function () {
    var t = arguments,
      e = t.length,
      r = 0;
    return new ws(function () {
      return r >= e ? { done: !0 } : { done: !1, value: t[r++] };
    });
  };
  ws.empty = function () {
    var t = new ws(null);
    return ((t.done = !0), t);
  };
  ws.is = function (t) {
    return t instanceof ws
      ? !0
      : typeof t == "object" && t !== null && typeof t.next == "function";
  };
  Wk.exports = ws;
});
var dw = Ee((Kke, Qk) => {
  var Xk = typeof ArrayBuffer < "u",
    Jk = typeof Symbol < "u";
  function Yk(t, e) {
    var r, n, s, o, i;
    if (!t) throw new Error("obliterator/forEach: invalid iterable.");
    if (typeof e != "function")
      throw new Error("obliterator/forEach: expecting a callback.");
    if (
      Array.isArray(t) ||
      (Xk && ArrayBuffer.isView(t)) ||
      typeof t == "string" ||
      t.toString() === "[object Arguments]"
    ) {
      for (s = 0, o = t.length; s < o; s++) e(t[s], s);
      return;
    }
    if (typeof t.forEach == "function") {
      t.forEach(e);
      return;
    }
    if (
      (Jk &&
        Symbol.iterator in t &&
        typeof t.next != "function" &&
        (t = t[Symbol.iterator]()),
      typeof t.next == "function")
    ) {
      for (r = t, s = 0; (i = r.next()), i.done !== !0;) (e(i.value, s), s++);
      return;
    }
    for (n in t) t.hasOwnProperty(n) && e(t[n], n);
  }
  Yk.forEachWithNullKeys = function (t, e) {
    var r, n, s, o, i;
    if (!t)
      throw new Error("obliterator/forEachWithNullKeys: invalid iterable.");
    if (typeof e != "function")
      throw new Error("obliterator/forEachWithNullKeys: expecting a callback.");
    if (
      Array.isArray(t) ||
      (Xk && ArrayBuffer.isView(t)) ||
      typeof t == "string" ||
      t.toString() === "[object Arguments]"
    ) {
      for (s = 0, o = t.length; s < o; s++) e(t[s], null);
      return;
    }
    if (t instanceof Set) {
      t.forEach(function (a) {
        e(a, null);
      });
      return;
    }
    if (typeof t.forEach == "function") {
      t.forEach(e);
      return;
    }
    if (
      (Jk &&
        Symbol.iterator in t &&
        typeof t.next != "function" &&
        (t = t[Symbol.iterator]()),
      typeof t.next == "function")
    ) {
      for (r = t, s = 0; (i = r.next()), i.done !== !0;)
        (e(i.value, null), s++);
      return;
    }
    for (n in t) t.hasOwnProperty(n) && e(t[n], n);
  };
  Qk.exports = Yk;
});
var mw = Ee((Kn) => {
  var b9 = Math.pow(2, 8) - 1,
    x9 = Math.pow(2, 16) - 1,
    w9 = Math.pow(2, 32) - 1,
    v9 = Math.pow(2, 7) - 1,
    I9 = Math.pow(2, 15) - 1,
    _9 = Math.pow(2, 31) - 1;
  Kn.getPointerArray = function (t) {
    var e = t - 1;
    return e <= b9
      ? Uint8Array
      : e <= x9
        ? Uint16Array
        : e <= w9
          ? Uint32Array
          : Float64Array;
  };
  Kn.getSignedPointerArray = function (t) {
    var e = t - 1;
    return e <= v9
      ? Int8Array
      : e <= I9
        ? Int16Array
        : e <= _9
          ? Int32Array
          : Float64Array;
  };
  Kn.getNumberType = function (t) {
    return t === (t | 0)
      ? Math.sign(t) === -1
        ? t <= 127 && t >= -128
          ? Int8Array
          : t <= 32767 && t >= -32768
            ? Int16Array
            : Int32Array
        : t <= 255
          ? Uint8Array
          : t <= 65535
            ? Uint16Array
            : Uint32Array
      : Float64Array;
  };
  var T9 = {
    Uint8Array: 1,
    Int8Array: 2,
    Uint16Array: 3,
    Int16Array: 4,
    Uint32Array: 5,
    Int32Array: 6,
    Float32Array: 7,
    Float64Array: 8,
  };
  Kn.getMinimalRepresentation = function (t, e) {
    var r = null,
      n = 0,
      s,
      o,
      i,
      a,
      c;
    for (a = 0, c = t.length; a < c; a++)
      ((i = e ? e(t[a]) : t[a]),
        (o = Kn.getNumberType(i)),
        (s = T9[o.name]),
        s > n && ((n = s), (r = o)));
    return r;
  };
  Kn.isTypedArray = function (t) {
    return typeof ArrayBuffer < "u" && ArrayBuffer.isView(t);
  };
  Kn.concat = function () {
    var t = 0,
      e,
      r,
      n;
    for (e = 0, n = arguments.length; e < n; e++) t += arguments[e].length;
    var s = new arguments[0].constructor(t);
    for (e = 0, r = 0; e < n; e++)
      (s.set(arguments[e], r), (r += arguments[e].length));
    return s;
  };
  Kn.indices = function (t) {
    for (var e = Kn.getPointerArray(t), r = new e(t), n = 0; n < t; n++)
      r[n] = n;
    return r;
  };
});
var t1 = Ee((ku) => {
  var Zk = dw(),
    e1 = mw();
  function A9(t) {
    return Array.isArray(t) || e1.isTypedArray(t);
  }
  function hw(t) {
    if (typeof t.length == "number") return t.length;
    if (typeof t.size == "number") return t.size;
  }
  function C9(t) {
    var e = hw(t),
      r = typeof e == "number" ? new Array(e) : [],
      n = 0;
    return (
      Zk(t, function (s) {
        r[n++] = s;
      }),
      r
    );
  }
  function R9(t) {
    var e = hw(t),
      r = typeof e == "number" ? e1.getPointerArray(e) : Array,
      n = typeof e == "number" ? new Array(e) : [],
      s = typeof e == "number" ? new r(e) : [],
      o = 0;
    return (
      Zk(t, function (i) {
        ((n[o] = i), (s[o] = o++));
      }),
      [n, s]
    );
  }
  ku.isArrayLike = A9;
  ku.guessLength = hw;
  ku.toArray = C9;
  ku.toArrayWithIndices = R9;
});
var n1 = Ee((Yke, r1) => {
  var gw = Kk(),
    O9 = dw(),
    D9 = mw(),
    N9 = t1();
  function Ue(t, e, r) {
    if (
      (arguments.length < 2 && ((r = t), (t = null), (e = null)),
      (this.capacity = r),
      typeof this.capacity != "number" || this.capacity <= 0)
    )
      throw new Error(
        "mnemonist/lru-cache: capacity should be positive number.",
      );
    var n = D9.getPointerArray(r);
    ((this.forward = new n(r)),
      (this.backward = new n(r)),
      (this.K = typeof t == "function" ? new t(r) : new Array(r)),
      (this.V = typeof e == "function" ? new e(r) : new Array(r)),
      (this.size = 0),
      (this.head = 0),
      (this.tail = 0),
      (this.items = {}));
  }
  Ue.prototype.clear = function () {
    ((this.size = 0), (this.head = 0), (this.tail = 0), (this.items = {}));
  };
  Ue.prototype.splayOnTop = function (t) {
    var e = this.head;
    if (this.head === t) return this;
    var r = this.backward[t],
      n = this.forward[t];
    return (
      this.tail === t ? (this.tail = r) : (this.backward[n] = r),
      (this.forward[r] = n),
      (this.backward[e] = t),
      (this.head = t),
      (this.forward[t] = e),
      this
    );
  };
  Ue.prototype.set = function (t, e) {
    var r = this.items[t];
    if (typeof r < "u") {
      (this.splayOnTop(r), (this.V[r] = e));
      return;
    }
    (this.size < this.capacity
      ? (r = this.size++)
      : ((r = this.tail),
        (this.tail = this.backward[r]),
        delete this.items[this.K[r]]),
      (this.items[t] = r),
      (this.K[r] = t),
      (this.V[r] = e),
      (this.forward[r] = this.head),
      (this.backward[this.head] = r),
      (this.head = r));
  };
  Ue.prototype.setpop = function (t, e) {
    var r = null,
      n = null,
      s = this.items[t];
    return typeof s < "u"
      ? (this.splayOnTop(s),
        (r = this.V[s]),
        (this.V[s] = e),
        { evicted: !1, key: t, value: r })
      : (this.size < this.capacity
          ? (s = this.size++)
          : ((s = this.tail),
            (this.tail = this.backward[s]),
            (r = this.V[s]),
            (n = this.K[s]),
            delete this.items[this.K[s]]),
        (this.items[t] = s),
        (this.K[s] = t),
        (this.V[s] = e),
        (this.forward[s] = this.head),
        (this.backward[this.head] = s),
        (this.head = s),
        n ? { evicted: !0, key: n, value: r } : null);
  };
  Ue.prototype.has = function (t) {
    return t in this.items;
  };
  Ue.prototype.get = function (t) {
    var e = this.items[t];
    if (!(typeof e > "u")) return (this.splayOnTop(e), this.V[e]);
  };
  Ue.prototype.peek = function (t) {
    var e = this.items[t];
    if (!(typeof e > "u")) return this.V[e];
  };
  Ue.prototype.forEach = function (t, e) {
    e = arguments.length > 1 ? e : this;
    for (
      var r = 0,
        n = this.size,
        s = this.head,
        o = this.K,
        i = this.V,
        a = this.forward;
      r < n;
    )
      (t.call(e, i[s], o[s], this), (s = a[s]), r++);
  };
  Ue.prototype.keys = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.K,
      s = this.forward;
    return new gw(function () {
      if (t >= e) return { done: !0 };
      var o = n[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: o });
    });
  };
  Ue.prototype.values = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.V,
      s = this.forward;
    return new gw(function () {
      if (t >= e) return { done: !0 };
      var o = n[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: o });
    });
  };
  Ue.prototype.entries = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.K,
      s = this.V,
      o = this.forward;
    return new gw(function () {
      if (t >= e) return { done: !0 };
      var i = n[r],
        a = s[r];
      return (t++, t < e && (r = o[r]), { done: !1, value: [i, a] });
    });
  };
  typeof Symbol < "u" && (Ue.prototype[Symbol.iterator] = Ue.prototype.entries);
  Ue.prototype.inspect = function () {
    for (var t = new Map(), e = this.entries(), r; (r = e.next()), !r.done;)
      t.set(r.value[0], r.value[1]);
    return (
      Object.defineProperty(t, "constructor", { value: Ue, enumerable: !1 }),
      t
    );
  };
  typeof Symbol < "u" &&
    (Ue.prototype[Symbol.for("nodejs.util.inspect.custom")] =
      Ue.prototype.inspect);
  Ue.from = function (t, e, r, n) {
    if (arguments.length < 2) {
      if (((n = N9.guessLength(t)), typeof n != "number"))
        throw new Error(
          "mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.",
        );
    } else arguments.length === 2 && ((n = e), (e = null), (r = null));
    var s = new Ue(e, r, n);
    return (
      O9(t, function (o, i) {
        s.set(i, o);
      }),
      s
    );
  };
  r1.exports = Ue;
});
var o1 = Ee((s1) => {
  var P9 = n1(),
    yw = class {
      cache;
      constructor(e) {
        this.cache = new P9(e);
      }
      getEndpoint(e) {
        let r = this.get(e);
        if (!r || r.length === 0) return;
        let n = r.map((s) => s.Address);
        return n[Math.floor(Math.random() * n.length)];
      }
      get(e) {
        if (!this.has(e)) return;
        let r = this.cache.get(e);
        if (!r) return;
        let n = Date.now(),
          s = r.filter((o) => n < o.Expires);
        if (s.length === 0) {
          this.delete(e);
          return;
        }
        return s;
      }
      set(e, r) {
        let n = Date.now();
        this.cache.set(
          e,
          r.map(({ Address: s, CachePeriodInMinutes: o }) => ({
            Address: s,
            Expires: n + o * 60 * 1e3,
          })),
        );
      }
      delete(e) {
        this.cache.set(e, []);
      }
      has(e) {
        if (!this.cache.has(e)) return !1;
        let r = this.cache.peek(e);
        return r ? r.length > 0 : !1;
      }
      clear() {
        this.cache.clear();
      }
    };
  s1.EndpointCache = yw;
});
var u1 = Ee((li) => {
  var { HttpRequest: k9 } = ($(), D(fo)),
    { EndpointCache: M9 } = o1(),
    i1 = ["AWS_ENABLE_ENDPOINT_DISCOVERY", "AWS_ENDPOINT_DISCOVERY_ENABLED"],
    Sw = "endpoint_discovery_enabled",
    a1 = (t) => ["false", "0"].indexOf(t) >= 0,
    $9 = {
      environmentVariableSelector: (t) => {
        for (let e = 0; e < i1.length; e++) {
          let r = i1[e];
          if (r in t) {
            let n = t[r];
            if (n === "")
              throw Error(
                `Environment variable ${r} can't be empty of undefined, got "${n}"`,
              );
            return !a1(n);
          }
        }
      },
      configFileSelector: (t) => {
        if (Sw in t) {
          let e = t[Sw];
          if (e === void 0)
            throw Error(
              `Shared config entry ${Sw} can't be undefined, got "${e}"`,
            );
          return !a1(e);
        }
      },
      default: void 0,
    },
    L9 = async (t, e, r) => {
      let { accessKeyId: n } = await e.credentials(),
        { identifiers: s } = r;
      return JSON.stringify({
        ...(n && { accessKeyId: n }),
        ...(s && {
          commandName: t,
          identifiers: Object.entries(s)
            .sort()
            .reduce((o, [i, a]) => ({ ...o, [i]: a }), {}),
        }),
      });
    },
    vs = {},
    c1 = async (t, e) =>
      new Promise((r, n) => {
        let { endpointCache: s } = t,
          { cacheKey: o, commandName: i, identifiers: a } = e,
          c = s.get(o);
        if (c && c.length === 1 && c[0].Address === "")
          e.isDiscoveredEndpointRequired
            ? (vs[o] || (vs[o] = []), vs[o].push({ resolve: r, reject: n }))
            : r();
        else if (c && c.length > 0) r();
        else {
          let u = [{ Address: "", CachePeriodInMinutes: 1 }];
          s.set(o, u);
          let l = new e.endpointDiscoveryCommandCtor({
            Operation: i.slice(0, -7),
            Identifiers: a,
          });
          l.resolveMiddleware(
            e.clientStack,
            t,
            e.options,
          )(l)
            .then((h) => {
              (s.set(o, h.output.Endpoints),
                vs[o] &&
                  (vs[o].forEach(({ resolve: g }) => {
                    g();
                  }),
                  delete vs[o]),
                r());
            })
            .catch((h) => {
              s.delete(o);
              let g = Object.assign(
                new Error(
                  "The operation to discover endpoint failed. Please retry, or provide a custom endpoint and disable endpoint discovery to proceed.",
                ),
                { reason: h },
              );
              (vs[o] &&
                (vs[o].forEach(({ reject: y }) => {
                  y(g);
                }),
                delete vs[o]),
                e.isDiscoveredEndpointRequired ? n(g) : (s.set(o, u), r()));
            });
        }
      }),
    Ew = (t, e) => (r, n) => async (s) => {
      if (t.isCustomEndpoint) {
        if (t.isClientEndpointDiscoveryEnabled)
          throw new Error(
            "Custom endpoint is supplied; endpointDiscoveryEnabled must not be true.",
          );
        return r(s);
      }
      let { endpointDiscoveryCommandCtor: o } = t,
        { isDiscoveredEndpointRequired: i, identifiers: a } = e,
        c = n.clientName,
        u = n.commandName,
        l = await t.endpointDiscoveryEnabled(),
        p = await L9(u, t, { identifiers: a });
      if (i) {
        if (l === !1)
          throw new Error(
            `Endpoint Discovery is disabled but ${u} on ${c} requires it. Please check your configurations.`,
          );
        await c1(t, {
          ...e,
          commandName: u,
          cacheKey: p,
          endpointDiscoveryCommandCtor: o,
        });
      } else
        l &&
          c1(t, {
            ...e,
            commandName: u,
            cacheKey: p,
            endpointDiscoveryCommandCtor: o,
          });
      let { request: h } = s;
      if (p && k9.isInstance(h)) {
        let g = t.endpointCache.getEndpoint(p);
        g && (h.hostname = g);
      }
      return r(s);
    },
    pm = {
      name: "endpointDiscoveryMiddleware",
      step: "build",
      tags: ["ENDPOINT_DISCOVERY"],
      override: !0,
    },
    U9 = (t, e) => ({
      applyToStack: (r) => {
        r.add(Ew(t, e), pm);
      },
    }),
    B9 = (t, e) => ({
      applyToStack: (r) => {
        r.add(Ew(t, { ...e, isDiscoveredEndpointRequired: !0 }), pm);
      },
    }),
    F9 = (t, e) => ({
      applyToStack: (r) => {
        r.add(Ew(t, { ...e, isDiscoveredEndpointRequired: !1 }), pm);
      },
    }),
    G9 = (t, { endpointDiscoveryCommandCtor: e }) => {
      let {
        endpointCacheSize: r,
        endpointDiscoveryEnabled: n,
        endpointDiscoveryEnabledProvider: s,
      } = t;
      return Object.assign(t, {
        endpointDiscoveryCommandCtor: e,
        endpointCache: new M9(r ?? 1e3),
        endpointDiscoveryEnabled: n !== void 0 ? () => Promise.resolve(n) : s,
        isClientEndpointDiscoveryEnabled: n !== void 0,
      });
    };
  li.NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = $9;
  li.endpointDiscoveryMiddlewareOptions = pm;
  li.getEndpointDiscoveryOptionalPlugin = F9;
  li.getEndpointDiscoveryPlugin = U9;
  li.getEndpointDiscoveryRequiredPlugin = B9;
  li.resolveEndpointDiscoveryConfig = G9;
});
var fm,
  dm,
  l1 = d(() => {
    $();
    ((fm = (t) =>
      ze.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0),
      (dm = (t) =>
        ze.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0));
  });
var Mu,
  p1 = d(() => {
    Mu = (t) => new Date(Date.now() + t);
  });
var mm,
  f1 = d(() => {
    mm = (t, e, r, n) => {
      if (n !== void 0) return e;
      let s = Date.parse(t);
      if (Number.isNaN(s)) return e;
      let o = Date.now();
      return r !== void 0 && o - r > 9e5 ? e : s - o;
    };
  });
var bw = d(() => {
  l1();
  p1();
  f1();
});
var d1,
  $u,
  H9,
  qa,
  Xe,
  xw,
  ww = d(() => {
    $();
    d1 = Se(sr());
    bw();
    (($u = (t, e) => {
      if (!e)
        throw new Error(
          `Property \`${t}\` is not resolved for AWS SDK SigV4Auth`,
        );
      return e;
    }),
      (H9 = (t) =>
        t.context?.[d1.SMITHY_CONTEXT_KEY]?.eventStream?.output === !0),
      (qa = async (t) => {
        let e = $u("context", t.context),
          r = $u("config", t.config),
          n = e.endpointV2?.properties?.authSchemes?.[0],
          o = await $u("signer", r.signer)(n),
          i = t?.signingRegion,
          a = t?.signingRegionSet,
          c = t?.signingName;
        return {
          config: r,
          signer: o,
          signingRegion: i,
          signingRegionSet: a,
          signingName: c,
        };
      }),
      (Xe = class {
        async sign(e, r, n) {
          if (!q.isInstance(e))
            throw new Error(
              "The request is not an instance of `HttpRequest` and cannot be signed",
            );
          let s = await qa(n),
            { config: o, signer: i } = s,
            { signingRegion: a, signingName: c } = s,
            u = n.context;
          if (u?.authSchemes?.length ?? !1) {
            let [g, y] = u.authSchemes;
            g?.name === "sigv4a" &&
              y?.name === "sigv4" &&
              ((a = y?.signingRegion ?? a), (c = y?.signingName ?? c));
          }
          let l = (await o.disableClockSkewCorrection?.()) === !0;
          n._disableClockSkewCorrection = l;
          let p = l || H9(n);
          return (
            (n._skipClockSkewSampling = p),
            p ||
              ((n._preRequestSystemClockOffset = o.systemClockOffset),
              (n._requestSentAt = Date.now())),
            await i.sign(e, {
              signingDate: l ? new Date() : Mu(o.systemClockOffset),
              signingRegion: a,
              signingService: c,
            })
          );
        }
        errorHandler(e) {
          return (r) => {
            let n = r;
            if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
              let s = n.ServerTime ?? fm(n.$response);
              if (s) {
                let o = $u("config", e.config),
                  i = e._preRequestSystemClockOffset,
                  a = e._requestSentAt,
                  c = dm(n.$response),
                  u = mm(s, o.systemClockOffset, a, c);
                ((o.systemClockOffset = u),
                  Math.abs(u) >= 24e4 &&
                    (u !== i || (i !== void 0 && i !== u)) &&
                    n.$metadata &&
                    (n.$metadata.clockSkewCorrected = !0));
              }
            }
            throw r;
          };
        }
        successHandler(e, r) {
          if (r._skipClockSkewSampling || r._disableClockSkewCorrection) return;
          let n = fm(e);
          if (n) {
            let s = $u("config", r.config),
              o = r._requestSentAt,
              i = dm(e);
            s.systemClockOffset = mm(n, s.systemClockOffset, o, i);
          }
        }
      }),
      (xw = Xe));
  });
var Is,
  m1 = d(() => {
    $();
    bw();
    ww();
    Is = class extends Xe {
      async sign(e, r, n) {
        if (!q.isInstance(e))
          throw new Error(
            "The request is not an instance of `HttpRequest` and cannot be signed",
          );
        let {
            config: s,
            signer: o,
            signingRegion: i,
            signingRegionSet: a,
            signingName: c,
          } = await qa(n),
          l = ((await s.sigv4aSigningRegionSet?.()) ?? a ?? [i]).join(","),
          p = (await s.disableClockSkewCorrection?.()) === !0;
        return (
          (n._disableClockSkewCorrection = p),
          p ||
            ((n._preRequestSystemClockOffset = s.systemClockOffset),
            (n._requestSentAt = Date.now())),
          await o.sign(e, {
            signingDate: p ? new Date() : Mu(s.systemClockOffset),
            signingRegion: l,
            signingService: c,
          })
        );
      }
    };
  });
var vw,
  h1 = d(() => {
    vw = (t) =>
      typeof t == "string" && t.length > 0
        ? t.split(",").map((e) => e.trim())
        : [];
  });
var hm,
  Iw = d(() => {
    hm = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, "_").toUpperCase()}`;
  });
var g1,
  y1,
  Br,
  S1 = d(() => {
    h1();
    Iw();
    ((g1 = "AWS_AUTH_SCHEME_PREFERENCE"),
      (y1 = "auth_scheme_preference"),
      (Br = {
        environmentVariableSelector: (t, e) => {
          if (e?.signingName && hm(e.signingName) in t)
            return ["httpBearerAuth"];
          if (g1 in t) return vw(t[g1]);
        },
        configFileSelector: (t) => {
          if (y1 in t) return vw(t[y1]);
        },
        default: [],
      }));
  });
var Lu,
  Uu,
  E1 = d(() => {
    Nt();
    he();
    ((Lu = (t) => (
      (t.sigv4aSigningRegionSet = dr(t.sigv4aSigningRegionSet)),
      t
    )),
      (Uu = {
        environmentVariableSelector(t) {
          if (t.AWS_SIGV4A_SIGNING_REGION_SET)
            return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map((e) =>
              e.trim(),
            );
          throw new Wt("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
            tryNextLink: !0,
          });
        },
        configFileSelector(t) {
          if (t.sigv4a_signing_region_set)
            return (t.sigv4a_signing_region_set ?? "")
              .split(",")
              .map((e) => e.trim());
          throw new Wt("sigv4a_signing_region_set not set in profile.", {
            tryNextLink: !0,
          });
        },
        default: void 0,
      }));
  });
var $w = Ee((j) => {
  var {
      hasOwn: fi,
      fromUtf8: b1,
      fromHex: V9,
      toHex: pi,
      toUint8Array: Bu,
      writeKey: j9,
      isArrayBuffer: z9,
    } = (P(), D(ri)),
    { normalizeProvider: x1 } = (L(), D(sf)),
    { escapeUri: gm, HttpRequest: _1 } = ($(), D(fo)),
    _w = class {
      format(e) {
        let r = [];
        for (let o in e) {
          if (!fi(e, o)) continue;
          let i = b1(o);
          r.push(
            Uint8Array.from([i.byteLength]),
            i,
            this.formatHeaderValue(e[o]),
          );
        }
        let n = new Uint8Array(r.reduce((o, i) => o + i.byteLength, 0)),
          s = 0;
        for (let o of r) (n.set(o, s), (s += o.byteLength));
        return n;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case "boolean":
            return Uint8Array.from([e.value ? 0 : 1]);
          case "byte":
            return Uint8Array.from([2, e.value]);
          case "short":
            let r = new DataView(new ArrayBuffer(3));
            return (
              r.setUint8(0, 3),
              r.setInt16(1, e.value, !1),
              new Uint8Array(r.buffer)
            );
          case "integer":
            let n = new DataView(new ArrayBuffer(5));
            return (
              n.setUint8(0, 4),
              n.setInt32(1, e.value, !1),
              new Uint8Array(n.buffer)
            );
          case "long":
            let s = new Uint8Array(9);
            return ((s[0] = 5), s.set(e.value.bytes, 1), s);
          case "binary":
            let o = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            (o.setUint8(0, 6), o.setUint16(1, e.value.byteLength, !1));
            let i = new Uint8Array(o.buffer);
            return (i.set(e.value, 3), i);
          case "string":
            let a = b1(e.value),
              c = new DataView(new ArrayBuffer(3 + a.byteLength));
            (c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1));
            let u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          case "timestamp":
            let l = new Uint8Array(9);
            return (
              (l[0] = 8),
              l.set(Tw.fromNumber(e.value.valueOf()).bytes, 1),
              l
            );
          case "uuid":
            if (!q9.test(e.value))
              throw new Error(`Invalid UUID received: ${e.value}`);
            let p = new Uint8Array(17);
            return ((p[0] = 9), p.set(V9(e.value.replace(/-/g, "")), 1), p);
        }
      }
    },
    w1;
  (function (t) {
    ((t[(t.boolTrue = 0)] = "boolTrue"),
      (t[(t.boolFalse = 1)] = "boolFalse"),
      (t[(t.byte = 2)] = "byte"),
      (t[(t.short = 3)] = "short"),
      (t[(t.integer = 4)] = "integer"),
      (t[(t.long = 5)] = "long"),
      (t[(t.byteArray = 6)] = "byteArray"),
      (t[(t.string = 7)] = "string"),
      (t[(t.timestamp = 8)] = "timestamp"),
      (t[(t.uuid = 9)] = "uuid"));
  })(w1 || (w1 = {}));
  var q9 = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
    Tw = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8))
          throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(
            `${e} is too large (or, if negative, too small) to represent as an Int64`,
          );
        let r = new Uint8Array(8);
        for (
          let n = 7, s = Math.abs(Math.round(e));
          n > -1 && s > 0;
          n--, s /= 256
        )
          r[n] = s;
        return (e < 0 && v1(r), new t(r));
      }
      valueOf() {
        let e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && v1(e), parseInt(pi(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  function v1(t) {
    for (let e = 0; e < 8; e++) t[e] ^= 255;
    for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
  }
  var T1 = "X-Amz-Algorithm",
    A1 = "X-Amz-Credential",
    Ow = "X-Amz-Date",
    C1 = "X-Amz-SignedHeaders",
    R1 = "X-Amz-Expires",
    Dw = "X-Amz-Signature",
    Nw = "X-Amz-Security-Token",
    W9 = "X-Amz-Region-Set",
    Pw = "authorization",
    kw = Ow.toLowerCase(),
    O1 = "date",
    D1 = [Pw, kw, O1],
    N1 = Dw.toLowerCase(),
    xm = "x-amz-content-sha256",
    P1 = Nw.toLowerCase(),
    K9 = "host",
    k1 = {
      authorization: !0,
      "cache-control": !0,
      connection: !0,
      expect: !0,
      from: !0,
      "keep-alive": !0,
      "max-forwards": !0,
      pragma: !0,
      referer: !0,
      te: !0,
      trailer: !0,
      "transfer-encoding": !0,
      upgrade: !0,
      "user-agent": !0,
      "x-amzn-trace-id": !0,
    },
    M1 = /^proxy-/,
    $1 = /^sec-/,
    X9 = [/^proxy-/i, /^sec-/i],
    ym = "AWS4-HMAC-SHA256",
    J9 = "AWS4-ECDSA-P256-SHA256",
    L1 = "AWS4-HMAC-SHA256-PAYLOAD",
    U1 = "UNSIGNED-PAYLOAD",
    B1 = 50,
    Mw = "aws4_request",
    F1 = 3600 * 24 * 7,
    G1 = ({ query: t = {} }) => {
      let e = [],
        r = {};
      for (let n in t) {
        if (!fi(t, n) || n.toLowerCase() === N1) continue;
        let s = gm(n);
        e.push(s);
        let o = t[n];
        typeof o == "string"
          ? (r[s] = `${s}=${gm(o)}`)
          : Array.isArray(o) &&
            (r[s] = o
              .slice(0)
              .reduce((i, a) => i.concat([`${s}=${gm(a)}`]), [])
              .sort()
              .join("&"));
      }
      return e
        .sort()
        .map((n) => r[n])
        .filter((n) => n)
        .join("&");
    },
    Y9 = (t) =>
      Q9(t)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
    Q9 = (t) =>
      typeof t == "number"
        ? new Date(t * 1e3)
        : typeof t == "string"
          ? Number(t)
            ? new Date(Number(t) * 1e3)
            : new Date(t)
          : t,
    wm = class {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({
        applyChecksum: e,
        credentials: r,
        region: n,
        service: s,
        sha256: o,
        uriEscapePath: i = !0,
      }) {
        ((this.service = s),
          (this.sha256 = o),
          (this.uriEscapePath = i),
          (this.applyChecksum = typeof e == "boolean" ? e : !0),
          (this.regionProvider = x1(n)),
          (this.credentialProvider = x1(r)));
      }
      createCanonicalRequest(e, r, n) {
        let s = Object.keys(r).sort();
        return `${e.method}
${this.getCanonicalPath(e)}
${G1(e)}
${s.map((o) => `${o}:${r[o]}`).join(`
`)}

${s.join(";")}
${n}`;
      }
      async createStringToSign(e, r, n, s) {
        let o = new this.sha256();
        o.update(Bu(n));
        let i = await o.digest();
        return `${s}
${e}
${r}
${pi(i)}`;
      }
      getCanonicalPath({ path: e }) {
        if (this.uriEscapePath) {
          let r = [];
          for (let o of e.split("/"))
            o?.length !== 0 && o !== "." && (o === ".." ? r.pop() : r.push(o));
          let n = `${e?.startsWith("/") ? "/" : ""}${r.join("/")}${r.length > 0 && e?.endsWith("/") ? "/" : ""}`;
          return gm(n).replace(/%2F/g, "/");
        }
        return e;
      }
      validateResolvedCredentials(e) {
        if (
          typeof e != "object" ||
          typeof e.accessKeyId != "string" ||
          typeof e.secretAccessKey != "string"
        )
          throw new Error("Resolved credential object is not valid");
      }
      formatDate(e) {
        let r = Y9(e).replace(/[-:]/g, "");
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(e) {
        return Object.keys(e).sort().join(";");
      }
    },
    Wa = {},
    Sm = [],
    Em = (t, e, r) => `${t}/${e}/${r}/${Mw}`,
    H1 = async (t, e, r, n, s) => {
      let o = await I1(t, e.secretAccessKey, e.accessKeyId),
        i = `${r}:${n}:${s}:${pi(o)}:${e.sessionToken}`;
      if (i in Wa) return Wa[i];
      for (Sm.push(i); Sm.length > B1;) delete Wa[Sm.shift()];
      let a = `AWS4${e.secretAccessKey}`;
      for (let c of [r, n, s, Mw]) a = await I1(t, a, c);
      return (Wa[i] = a);
    },
    Z9 = () => {
      ((Sm.length = 0),
        Object.keys(Wa).forEach((t) => {
          delete Wa[t];
        }));
    },
    I1 = (t, e, r) => {
      let n = new t(e);
      return (n.update(Bu(r)), n.digest());
    },
    Aw = ({ headers: t }, e, r) => {
      let n = {};
      for (let s of Object.keys(t).sort()) {
        if (t[s] == null) continue;
        let o = s.toLowerCase();
        ((fi(k1, o) || e?.has(o) || M1.test(o) || $1.test(o)) &&
          (!r || (r && !r.has(o)))) ||
          (o === "__proto__" && j9(n),
          (n[o] = t[s]
            .replace(/[\r\n]/g, " ")
            .replace(/[ \t]+/g, " ")
            .replace(/^ | $/g, "")));
      }
      return n;
    },
    bm = async ({ headers: t, body: e }, r) => {
      for (let n in t) if (fi(t, n) && n.toLowerCase() === xm) return t[n];
      if (e == null)
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      if (typeof e == "string" || ArrayBuffer.isView(e) || z9(e)) {
        let n = new r();
        return (n.update(Bu(e)), pi(await n.digest()));
      }
      return U1;
    },
    V1 = (t, e) => {
      t = t.toLowerCase();
      for (let r in e) if (fi(e, r) && t === r.toLowerCase()) return !0;
      return !1;
    },
    j1 = (t, e = {}) => {
      let { headers: r, query: n = {} } = _1.clone(t);
      for (let s in r) {
        if (!fi(r, s)) continue;
        let o = s.toLowerCase();
        ((o.slice(0, 6) === "x-amz-" && !e.unhoistableHeaders?.has(o)) ||
          e.hoistableHeaders?.has(o)) &&
          ((n[s] = r[s]), delete r[s]);
      }
      return { ...t, headers: r, query: n };
    },
    Cw = (t) => {
      t = _1.clone(t);
      for (let e in t.headers)
        fi(t.headers, e) &&
          D1.indexOf(e.toLowerCase()) > -1 &&
          delete t.headers[e];
      return t;
    },
    Rw = class extends wm {
      headerFormatter = new _w();
      constructor({
        applyChecksum: e,
        credentials: r,
        region: n,
        service: s,
        sha256: o,
        uriEscapePath: i = !0,
      }) {
        super({
          applyChecksum: e,
          credentials: r,
          region: n,
          service: s,
          sha256: o,
          uriEscapePath: i,
        });
      }
      async presign(e, r = {}) {
        let {
            signingDate: n = new Date(),
            expiresIn: s = 3600,
            unsignableHeaders: o,
            unhoistableHeaders: i,
            signableHeaders: a,
            hoistableHeaders: c,
            signingRegion: u,
            signingService: l,
          } = r,
          p = await this.credentialProvider();
        this.validateResolvedCredentials(p);
        let h = u ?? (await this.regionProvider()),
          { longDate: g, shortDate: y } = this.formatDate(n);
        if (s > F1)
          return Promise.reject(
            "Signature version 4 presigned URLs must have an expiration date less than one week in the future",
          );
        let E = Em(y, h, l ?? this.service),
          S = j1(Cw(e), { unhoistableHeaders: i, hoistableHeaders: c });
        (p.sessionToken && (S.query[Nw] = p.sessionToken),
          (S.query[T1] = ym),
          (S.query[A1] = `${p.accessKeyId}/${E}`),
          (S.query[Ow] = g),
          (S.query[R1] = s.toString(10)));
        let b = Aw(S, o, a);
        return (
          (S.query[C1] = this.getCanonicalHeaderList(b)),
          (S.query[Dw] = await this.getSignature(
            g,
            E,
            this.getSigningKey(p, h, y, l),
            this.createCanonicalRequest(S, b, await bm(e, this.sha256)),
          )),
          S
        );
      }
      async sign(e, r) {
        return typeof e == "string"
          ? this.signString(e, r)
          : e.headers && e.payload
            ? this.signEvent(e, r)
            : e.message
              ? this.signMessage(e, r)
              : this.signRequest(e, r);
      }
      async signEvent(
        { headers: e, payload: r },
        {
          signingDate: n = new Date(),
          priorSignature: s,
          signingRegion: o,
          signingService: i,
          eventStreamCredentials: a,
        },
      ) {
        let c = o ?? (await this.regionProvider()),
          { shortDate: u, longDate: l } = this.formatDate(n),
          p = Em(u, c, i ?? this.service),
          h = await bm({ headers: {}, body: r }, this.sha256),
          g = new this.sha256();
        g.update(e);
        let y = pi(await g.digest()),
          E = [L1, l, p, s, y, h].join(`
`);
        return this.signString(E, {
          signingDate: n,
          signingRegion: c,
          signingService: i,
          eventStreamCredentials: a,
        });
      }
      async signMessage(
        e,
        {
          signingDate: r = new Date(),
          signingRegion: n,
          signingService: s,
          eventStreamCredentials: o,
        },
      ) {
        return this.signEvent(
          {
            headers: this.headerFormatter.format(e.message.headers),
            payload: e.message.body,
          },
          {
            signingDate: r,
            signingRegion: n,
            signingService: s,
            priorSignature: e.priorSignature,
            eventStreamCredentials: o,
          },
        ).then((a) => ({ message: e.message, signature: a }));
      }
      async signString(
        e,
        {
          signingDate: r = new Date(),
          signingRegion: n,
          signingService: s,
          eventStreamCredentials: o,
        } = {},
      ) {
        let i = o ?? (await this.credentialProvider());
        this.validateResolvedCredentials(i);
        let a = n ?? (await this.regionProvider()),
          { shortDate: c } = this.formatDate(r),
          u = new this.sha256(await this.getSigningKey(i, a, c, s));
        return (u.update(Bu(e)), pi(await u.digest()));
      }
      async signRequest(
        e,
        {
          signingDate: r = new Date(),
          signableHeaders: n,
          unsignableHeaders: s,
          signingRegion: o,
          signingService: i,
        } = {},
      ) {
        let a = await this.credentialProvider();
        this.validateResolvedCredentials(a);
        let c = o ?? (await this.regionProvider()),
          u = Cw(e),
          { longDate: l, shortDate: p } = this.formatDate(r),
          h = Em(p, c, i ?? this.service);
        ((u.headers[kw] = l),
          a.sessionToken && (u.headers[P1] = a.sessionToken));
        let g = await bm(u, this.sha256);
        !V1(xm, u.headers) && this.applyChecksum && (u.headers[xm] = g);
        let y = Aw(u, s, n),
          E = await this.getSignature(
            l,
            h,
            this.getSigningKey(a, c, p, i),
            this.createCanonicalRequest(u, y, g),
          );
        return (
          (u.headers[Pw] =
            `${ym} Credential=${a.accessKeyId}/${h}, SignedHeaders=${this.getCanonicalHeaderList(y)}, Signature=${E}`),
          u
        );
      }
      async getSignature(e, r, n, s) {
        let o = await this.createStringToSign(e, r, s, ym),
          i = new this.sha256(await n);
        return (i.update(Bu(o)), pi(await i.digest()));
      }
      getSigningKey(e, r, n, s) {
        return H1(this.sha256, e, n, r, s || this.service);
      }
    },
    e7 = { SignatureV4a: null };
  j.ALGORITHM_IDENTIFIER = ym;
  j.ALGORITHM_IDENTIFIER_V4A = J9;
  j.ALGORITHM_QUERY_PARAM = T1;
  j.ALWAYS_UNSIGNABLE_HEADERS = k1;
  j.AMZ_DATE_HEADER = kw;
  j.AMZ_DATE_QUERY_PARAM = Ow;
  j.AUTH_HEADER = Pw;
  j.CREDENTIAL_QUERY_PARAM = A1;
  j.DATE_HEADER = O1;
  j.EVENT_ALGORITHM_IDENTIFIER = L1;
  j.EXPIRES_QUERY_PARAM = R1;
  j.GENERATED_HEADERS = D1;
  j.HOST_HEADER = K9;
  j.KEY_TYPE_IDENTIFIER = Mw;
  j.MAX_CACHE_SIZE = B1;
  j.MAX_PRESIGNED_TTL = F1;
  j.PROXY_HEADER_PATTERN = M1;
  j.REGION_SET_PARAM = W9;
  j.SEC_HEADER_PATTERN = $1;
  j.SHA256_HEADER = xm;
  j.SIGNATURE_HEADER = N1;
  j.SIGNATURE_QUERY_PARAM = Dw;
  j.SIGNED_HEADERS_QUERY_PARAM = C1;
  j.SignatureV4 = Rw;
  j.SignatureV4Base = wm;
  j.TOKEN_HEADER = P1;
  j.TOKEN_QUERY_PARAM = Nw;
  j.UNSIGNABLE_PATTERNS = X9;
  j.UNSIGNED_PAYLOAD = U1;
  j.clearCredentialCache = Z9;
  j.createScope = Em;
  j.getCanonicalHeaders = Aw;
  j.getCanonicalQuery = G1;
  j.getPayloadHash = bm;
  j.getSigningKey = H1;
  j.hasHeader = V1;
  j.moveHeadersToQuery = j1;
  j.prepareRequest = Cw;
  j.signatureV4aContainer = e7;
});
function t7(t, { credentials: e, credentialDefaultProvider: r }) {
  let n;
  return (
    e
      ? e?.memoized
        ? (n = e)
        : (n = _u(e, Iu, Fa))
      : r
        ? (n = dr(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (n = async () => {
            throw new Error(
              "@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.",
            );
          }),
    (n.memoized = !0),
    n
  );
}
function r7(t, e) {
  if (e.configBound) return e;
  let r = async (n) => e({ ...n, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
var Lw,
  Uw,
  z1 = d(() => {
    ge();
    Nt();
    ((Lw = Se($w())),
      (Uw = (t) => (e) => {
        let r = e.credentials,
          n = !!e.credentials,
          s;
        (Object.defineProperty(e, "credentials", {
          set(l) {
            (l && l !== r && l !== s && (n = !0), (r = l));
            let p = t7(e, {
                credentials: r,
                credentialDefaultProvider: e.credentialDefaultProvider,
              }),
              h = r7(e, p);
            if (n && !h.attributed) {
              let g = typeof r == "object" && r !== null;
              ((s = async (y) => {
                let S = await h(y);
                return g && (!S.$source || Object.keys(S.$source).length === 0)
                  ? Vs(S, "CREDENTIALS_CODE", "e")
                  : S;
              }),
                (s.memoized = h.memoized),
                (s.configBound = h.configBound),
                (s.attributed = !0));
            } else s = h;
          },
          get() {
            return s;
          },
          enumerable: !0,
          configurable: !0,
        }),
          (e.credentials = r));
        let {
            signingEscapePath: o = !0,
            systemClockOffset: i = e.systemClockOffset || 0,
            sha256: a,
          } = e,
          c;
        return (
          e.signer
            ? (c = dr(e.signer))
            : e.regionInfoProvider
              ? (c = () =>
                  dr(e.region)()
                    .then(async (l) => [
                      (await e.regionInfoProvider(l, {
                        useFipsEndpoint: await e.useFipsEndpoint(),
                        useDualstackEndpoint: await e.useDualstackEndpoint(),
                      })) || {},
                      l,
                    ])
                    .then(([l, p]) => {
                      let { signingRegion: h, signingService: g } = l;
                      ((e.signingRegion = e.signingRegion || h || p),
                        (e.signingName = e.signingName || g || e.serviceId));
                      let y = {
                          ...e,
                          credentials: e.credentials,
                          region: e.signingRegion,
                          service: e.signingName,
                          sha256: a,
                          uriEscapePath: o,
                        },
                        E = e.signerConstructor || Lw.SignatureV4;
                      return new E(y);
                    }))
              : (c = async (l) => {
                  l = Object.assign(
                    {},
                    {
                      name: "sigv4",
                      signingName: e.signingName || e.defaultSigningName,
                      signingRegion: await dr(e.region)(),
                      properties: {},
                    },
                    l,
                  );
                  let p = l.signingRegion,
                    h = l.signingName;
                  ((e.signingRegion = e.signingRegion || p),
                    (e.signingName = e.signingName || h || e.serviceId));
                  let g = {
                      ...e,
                      credentials: e.credentials,
                      region: e.signingRegion,
                      service: e.signingName,
                      sha256: a,
                      uriEscapePath: o,
                    },
                    y = e.signerConstructor || Lw.SignatureV4;
                  return new y(g);
                }),
          Object.assign(e, {
            systemClockOffset: i,
            signingEscapePath: o,
            signer: c,
            disableClockSkewCorrection: dr(e.disableClockSkewCorrection ?? t),
          })
        );
      }));
  });
var Bw = d(() => {
  ww();
  m1();
  S1();
  E1();
  z1();
});
var n7,
  s7,
  q1,
  W1 = d(() => {
    he();
    ((n7 = "AWS_DISABLE_CLOCK_SKEW_CORRECTION"),
      (s7 = "disable_clock_skew_correction"),
      (q1 = {
        environmentVariableSelector: (t) => qe(t, n7, Le.ENV),
        configFileSelector: (t) => qe(t, s7, Le.CONFIG),
        default: !1,
      }));
  });
var K1,
  X1 = d(() => {
    he();
    W1();
    K1 = G(q1);
  });
var Fw = {};
oe(Fw, {
  AWSSDKSigV4Signer: () => xw,
  AwsSdkSigV4ASigner: () => Is,
  AwsSdkSigV4Signer: () => Xe,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: () => Br,
  NODE_SIGV4A_CONFIG_OPTIONS: () => Uu,
  getBearerTokenEnvKey: () => hm,
  resolveAWSSDKSigV4Config: () => o7,
  resolveAwsSdkSigV4AConfig: () => Lu,
  resolveAwsSdkSigV4Config: () => Xn,
  validateSigningProperties: () => qa,
});
var Xn,
  o7,
  wt = d(() => {
    Bw();
    Iw();
    Bw();
    X1();
    ((Xn = Uw(K1)), (o7 = Xn));
  });
var Gw = Ee((Eo) => {
  var { setCredentialFeature: i7 } = (ge(), D(Wn)),
    { CredentialsProviderError: a7 } = (he(), D(ur)),
    J1 = "AWS_ACCESS_KEY_ID",
    Y1 = "AWS_SECRET_ACCESS_KEY",
    Q1 = "AWS_SESSION_TOKEN",
    Z1 = "AWS_CREDENTIAL_EXPIRATION",
    eM = "AWS_CREDENTIAL_SCOPE",
    tM = "AWS_ACCOUNT_ID",
    c7 = (t) => async () => {
      t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
      let e = process.env[J1],
        r = process.env[Y1],
        n = process.env[Q1],
        s = process.env[Z1],
        o = process.env[eM],
        i = process.env[tM];
      if (e && r) {
        let a = {
          accessKeyId: e,
          secretAccessKey: r,
          ...(n && { sessionToken: n }),
          ...(s && { expiration: new Date(s) }),
          ...(o && { credentialScope: o }),
          ...(i && { accountId: i }),
        };
        return (i7(a, "CREDENTIALS_ENV_VARS", "g"), a);
      }
      throw new a7("Unable to find environment variable credentials.", {
        logger: t?.logger,
      });
    };
  Eo.ENV_ACCOUNT_ID = tM;
  Eo.ENV_CREDENTIAL_SCOPE = eM;
  Eo.ENV_EXPIRATION = Z1;
  Eo.ENV_KEY = J1;
  Eo.ENV_SECRET = Y1;
  Eo.ENV_SESSION = Q1;
  Eo.fromEnv = c7;
});
var Im = Ee((hr) => {
  var {
      ProviderError: Hw,
      CredentialsProviderError: bo,
      loadConfig: Ww,
    } = (he(), D(ur)),
    u7 = At("node:http"),
    { parseUrl: l7 } = ($(), D(fo)),
    oM = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.AccessKeyId == "string" &&
      typeof t.SecretAccessKey == "string" &&
      typeof t.Token == "string" &&
      typeof t.Expiration == "string",
    iM = (t) => ({
      accessKeyId: t.AccessKeyId,
      secretAccessKey: t.SecretAccessKey,
      sessionToken: t.Token,
      expiration: new Date(t.Expiration),
      ...(t.AccountId && { accountId: t.AccountId }),
    }),
    aM = 1e3,
    cM = 0,
    Kw = ({ maxRetries: t = cM, timeout: e = aM }) => ({
      maxRetries: t,
      timeout: e,
    });
  function Hu(t) {
    return new Promise((e, r) => {
      let n = u7.request({
        method: "GET",
        ...t,
        hostname: t.hostname?.replace(/^\[(.+)\]$/, "$1"),
      });
      (n.on("error", (s) => {
        (r(
          Object.assign(
            new Hw("Unable to connect to instance metadata service"),
            s,
          ),
        ),
          n.destroy());
      }),
        n.on("timeout", () => {
          (r(new Hw("TimeoutError from instance metadata service")),
            n.destroy());
        }),
        n.on("response", (s) => {
          let { statusCode: o = 400 } = s;
          (o < 200 || 300 <= o) &&
            (r(
              Object.assign(
                new Hw(
                  "Error response received from instance metadata service",
                ),
                { statusCode: o },
              ),
            ),
            n.destroy());
          let i = [];
          (s.on("data", (a) => {
            i.push(a);
          }),
            s.on("end", () => {
              (e(Buffer.concat(i)), n.destroy());
            }));
        }),
        n.end());
    });
  }
  var jw = (t, e) => {
      let r = t();
      for (let n = 0; n < e; n++) r = r.catch(t);
      return r;
    },
    Fu = "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    vm = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    zw = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    p7 = (t = {}) => {
      let { timeout: e, maxRetries: r } = Kw(t);
      return () =>
        jw(async () => {
          let n = await g7({ logger: t.logger }),
            s = JSON.parse(await f7(e, n));
          if (!oM(s))
            throw new bo(
              "Invalid response received from instance metadata service.",
              { logger: t.logger },
            );
          return iM(s);
        }, r);
    },
    f7 = async (t, e) => (
      process.env[zw] &&
        (e.headers = { ...e.headers, Authorization: process.env[zw] }),
      (await Hu({ ...e, timeout: t })).toString()
    ),
    d7 = "169.254.170.2",
    m7 = new Set(["localhost", "127.0.0.1"]),
    h7 = new Set(["http:", "https:"]),
    g7 = async ({ logger: t }) => {
      if (process.env[vm]) return { hostname: d7, path: process.env[vm] };
      if (process.env[Fu]) {
        let e;
        try {
          e = new URL(process.env[Fu]);
        } catch {
          throw new bo(
            `${process.env[Fu]} is not a valid container metadata service URL`,
            { tryNextLink: !1, logger: t },
          );
        }
        if (!e.hostname || !m7.has(e.hostname))
          throw new bo(
            `${e.hostname} is not a valid container metadata service hostname`,
            { tryNextLink: !1, logger: t },
          );
        if (!e.protocol || !h7.has(e.protocol))
          throw new bo(
            `${e.protocol} is not a valid container metadata service protocol`,
            { tryNextLink: !1, logger: t },
          );
        return {
          protocol: e.protocol,
          hostname: e.hostname,
          path: e.pathname + e.search,
          port: e.port ? parseInt(e.port, 10) : void 0,
        };
      }
      throw new bo(
        `The container metadata credential provider cannot be used unless the ${vm} or ${Fu} environment variable is set`,
        { tryNextLink: !1, logger: t },
      );
    },
    qw = class t extends bo {
      tryNextLink;
      name = "InstanceMetadataV1FallbackError";
      constructor(e, r = !0) {
        (super(e, r),
          (this.tryNextLink = r),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Gu;
  (function (t) {
    ((t.IPv4 = "http://169.254.169.254"), (t.IPv6 = "http://[fd00:ec2::254]"));
  })(Gu || (Gu = {}));
  var y7 = "AWS_EC2_METADATA_SERVICE_ENDPOINT",
    S7 = "ec2_metadata_service_endpoint",
    E7 = {
      environmentVariableSelector: (t) => t[y7],
      configFileSelector: (t) => t[S7],
      default: void 0,
    },
    Ka;
  (function (t) {
    ((t.IPv4 = "IPv4"), (t.IPv6 = "IPv6"));
  })(Ka || (Ka = {}));
  var b7 = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
    x7 = "ec2_metadata_service_endpoint_mode",
    w7 = {
      environmentVariableSelector: (t) => t[b7],
      configFileSelector: (t) => t[x7],
      default: Ka.IPv4,
    },
    uM = async () => l7((await v7()) || (await I7())),
    v7 = async () => Ww(E7)(),
    I7 = async () => {
      let t = await Ww(w7)();
      switch (t) {
        case Ka.IPv4:
          return Gu.IPv4;
        case Ka.IPv6:
          return Gu.IPv6;
        default:
          throw new Error(
            `Unsupported endpoint mode: ${t}. Select from ${Object.values(Ka)}`,
          );
      }
    },
    _7 = 300,
    T7 = 300,
    A7 =
      "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",
    rM = (t, e) => {
      let r = _7 + Math.floor(Math.random() * T7),
        n = new Date(Date.now() + r * 1e3);
      e.warn(
        `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(n)}.
For more information, please visit: ` + A7,
      );
      let s = t.originalExpiration ?? t.expiration;
      return { ...t, ...(s ? { originalExpiration: s } : {}), expiration: n };
    },
    C7 = (t, e = {}) => {
      let r = e?.logger || console,
        n;
      return async () => {
        let s;
        try {
          ((s = await t()),
            s.expiration &&
              s.expiration.getTime() < Date.now() &&
              (s = rM(s, r)));
        } catch (o) {
          if (n) (r.warn("Credential renew failed: ", o), (s = rM(n, r)));
          else throw o;
        }
        return ((n = s), s);
      };
    },
    lM = "/latest/meta-data/iam/security-credentials/",
    R7 = "/latest/api/token",
    Vw = "AWS_EC2_METADATA_V1_DISABLED",
    nM = "ec2_metadata_v1_disabled",
    sM = "x-aws-ec2-metadata-token",
    O7 = (t = {}) => C7(D7(t), { logger: t.logger }),
    D7 = (t = {}) => {
      let e = !1,
        { logger: r, profile: n } = t,
        { timeout: s, maxRetries: o } = Kw(t),
        i = async (a, c) => {
          if (e || c.headers?.[sM] == null) {
            let p = !1,
              h = !1,
              g = await Ww(
                {
                  environmentVariableSelector: (y) => {
                    let E = y[Vw];
                    if (((h = !!E && E !== "false"), E === void 0))
                      throw new bo(
                        `${Vw} not set in env, checking config file next.`,
                        { logger: t.logger },
                      );
                    return h;
                  },
                  configFileSelector: (y) => {
                    let E = y[nM];
                    return ((p = !!E && E !== "false"), p);
                  },
                  default: !1,
                },
                { profile: n },
              )();
            if (t.ec2MetadataV1Disabled || g) {
              let y = [];
              throw (
                t.ec2MetadataV1Disabled &&
                  y.push(
                    "credential provider initialization (runtime option ec2MetadataV1Disabled)",
                  ),
                p && y.push(`config file profile (${nM})`),
                h && y.push(`process environment variable (${Vw})`),
                new qw(
                  `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${y.join(", ")}].`,
                )
              );
            }
          }
          let l = (
            await jw(async () => {
              let p;
              try {
                p = await P7(c);
              } catch (h) {
                throw (h.statusCode === 401 && (e = !1), h);
              }
              return p;
            }, a)
          ).trim();
          return jw(async () => {
            let p;
            try {
              p = await k7(l, c, t);
            } catch (h) {
              throw (h.statusCode === 401 && (e = !1), h);
            }
            return p;
          }, a);
        };
      return async () => {
        let a = await uM();
        if (e)
          return (
            r?.debug(
              "AWS SDK Instance Metadata",
              "using v1 fallback (no token fetch)",
            ),
            i(o, { ...a, timeout: s })
          );
        {
          let c;
          try {
            c = (await N7({ ...a, timeout: s })).toString();
          } catch (u) {
            if (u?.statusCode === 400)
              throw Object.assign(u, {
                message: "EC2 Metadata token request returned error",
              });
            return (
              (u.message === "TimeoutError" ||
                [403, 404, 405].includes(u.statusCode)) &&
                (e = !0),
              r?.debug(
                "AWS SDK Instance Metadata",
                "using v1 fallback (initial)",
              ),
              i(o, { ...a, timeout: s })
            );
          }
          return i(o, { ...a, headers: { [sM]: c }, timeout: s });
        }
      };
    },
    N7 = async (t) =>
      Hu({
        ...t,
        path: R7,
        method: "PUT",
        headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" },
      }),
    P7 = async (t) => (await Hu({ ...t, path: lM })).toString(),
    k7 = async (t, e, r) => {
      let n = JSON.parse((await Hu({ ...e, path: lM + t })).toString());
      if (!oM(n))
        throw new bo(
          "Invalid response received from instance metadata service.",
          { logger: r.logger },
        );
      return iM(n);
    };
  hr.DEFAULT_MAX_RETRIES = cM;
  hr.DEFAULT_TIMEOUT = aM;
  hr.ENV_CMDS_AUTH_TOKEN = zw;
  hr.ENV_CMDS_FULL_URI = Fu;
  hr.ENV_CMDS_RELATIVE_URI = vm;
  hr.Endpoint = Gu;
  hr.fromContainerMetadata = p7;
  hr.fromInstanceMetadata = O7;
  hr.getInstanceMetadataEndpoint = uM;
  hr.httpRequest = Hu;
  hr.providerConfigFromInit = Kw;
});
var di = Ee((zu) => {
  var { hasOwn: gM } = (P(), D(ri)),
    { streamCollector: M7 } = (P(), D(ri));
  zu.streamCollector = M7;
  var { buildQueryString: yM, HttpResponse: SM } = ($(), D(fo)),
    _m = At("node:https"),
    { Readable: $7 } = At("node:stream"),
    Xw = At("node:http2");
  function Am(t) {
    let e = t && typeof t == "object" && "reason" in t ? t.reason : void 0;
    if (e) {
      if (e instanceof Error) {
        let s = new Error("Request aborted");
        return ((s.name = "AbortError"), (s.cause = e), s);
      }
      let n = new Error(String(e));
      return ((n.name = "AbortError"), n);
    }
    let r = new Error("Request aborted");
    return ((r.name = "AbortError"), r);
  }
  var L7 = ["ECONNRESET", "EPIPE", "ETIMEDOUT"],
    EM = (t) => {
      let e = {};
      for (let r in t) {
        if (!gM(t, r)) continue;
        let n = t[r];
        e[r] = Array.isArray(n) ? n.join(",") : n;
      }
      return e;
    },
    at = {
      setTimeout: (t, e) => setTimeout(t, e),
      clearTimeout: (t) => clearTimeout(t),
    },
    pM = 1e3,
    U7 = (t, e, r = 0) => {
      if (!r) return -1;
      let n = (s) => {
        let o = at.setTimeout(() => {
            (t.destroy(),
              e(
                Object.assign(
                  new Error(
                    `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                  ),
                  { name: "TimeoutError" },
                ),
              ));
          }, r - s),
          i = (a) => {
            a?.connecting
              ? a.on("connect", () => {
                  at.clearTimeout(o);
                })
              : at.clearTimeout(o);
          };
        t.socket ? i(t.socket) : t.on("socket", i);
      };
      return r < 2e3 ? (n(0), 0) : at.setTimeout(n.bind(null, pM), pM);
    },
    B7 = (t, e, r = 0, n, s) =>
      r
        ? at.setTimeout(() => {
            let o = `@smithy/node-http-handler - [${n ? "ERROR" : "WARN"}] a request has exceeded the configured ${r} ms requestTimeout.`;
            if (n) {
              let i = Object.assign(new Error(o), {
                name: "TimeoutError",
                code: "ETIMEDOUT",
              });
              (t.destroy(i), e(i));
            } else
              ((o +=
                " Init client requestHandler with throwOnRequestTimeout=true to turn this into an error."),
                s?.warn?.(o));
          }, r)
        : -1,
    F7 = 3e3,
    G7 = (t, { keepAlive: e, keepAliveMsecs: r }, n = F7) => {
      if (e !== !0) return -1;
      let s = () => {
        t.socket
          ? t.socket.setKeepAlive(e, r || 0)
          : t.on("socket", (o) => {
              o.setKeepAlive(e, r || 0);
            });
      };
      return n === 0 ? (s(), 0) : at.setTimeout(s, n);
    },
    Vu = (t) => {
      let e = t?.defaultSocketTimeout;
      return typeof e == "number" && Number.isFinite(e) && e > 0 ? e : void 0;
    },
    H7 = 3e3,
    fM = (t, e, r = 0, n = !1) => {
      if (!Number.isFinite(r) || r <= 0) return;
      let s;
      t.once("response", (c) => (s = c));
      let o = () => {
          if (s?.complete) {
            t.socket?.destroy();
            return;
          }
          let c = Object.assign(
            new Error(
              `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${n ? "service default socket timeout" : "configured by client requestHandler"}).`,
            ),
            { name: "TimeoutError" },
          );
          (s?.destroy(c), t.destroy(), e(c));
        },
        i = () => {
          let { socket: c } = t;
          c
            ? c.connecting
              ? c.once("connect", i)
              : (c.setTimeout(r, o),
                t.on("close", () => c.removeListener("timeout", o)))
            : t.once("socket", i);
        };
      if (r < 6e3) {
        i();
        return;
      }
      let a = at.setTimeout(i, H7);
      t.once("close", () => at.clearTimeout(a));
    },
    dM = 6e3;
  async function bM(t, e, r = dM, n = !1) {
    let s = e.headers,
      o = s ? s.Expect || s.expect : void 0,
      i = -1,
      a = !0;
    (!n &&
      o === "100-continue" &&
      (a = await Promise.race([
        new Promise((c) => {
          i = Number(at.setTimeout(() => c(!0), Math.max(dM, r)));
        }),
        new Promise((c) => {
          (t.on("continue", () => {
            (at.clearTimeout(i), c(!0));
          }),
            t.on("response", () => {
              (at.clearTimeout(i), c(!1));
            }),
            t.on("error", () => {
              (at.clearTimeout(i), c(!1));
            }));
        }),
      ])),
      a && V7(t, e.body));
  }
  function V7(t, e) {
    if (e instanceof $7) {
      e.pipe(t);
      return;
    }
    if (e) {
      let r = Buffer.isBuffer(e);
      if (r || typeof e == "string") {
        r && e.byteLength === 0 ? t.end() : t.end(e);
        return;
      }
      let s = e;
      if (
        typeof s == "object" &&
        s.buffer &&
        typeof s.byteOffset == "number" &&
        typeof s.byteLength == "number"
      ) {
        t.end(Buffer.from(s.buffer, s.byteOffset, s.byteLength));
        return;
      }
      t.end(Buffer.from(e));
      return;
    }
    t.end();
  }
  var j7 = 0,
    Tm,
    mM,
    Jw = class t {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: "http/1.1" };
      static create(e) {
        return typeof e?.handle == "function" ? e : new t(e);
      }
      static checkSocketUsage(e, r, n = console) {
        let { sockets: s, requests: o, maxSockets: i } = e;
        if (typeof i != "number" || i === 1 / 0 || Date.now() - 15e3 < r)
          return r;
        if (s && o)
          for (let c in s) {
            if (!gM(s, c)) continue;
            let u = s[c]?.length ?? 0,
              l = o[c]?.length ?? 0;
            if (u >= i && l >= 2 * i)
              return (
                n?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${u} and ${l} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
                Date.now()
              );
          }
        return r;
      }
      constructor(e) {
        this.configProvider = new Promise((r, n) => {
          typeof e == "function"
            ? e()
                .then((s) => {
                  r(this.resolveDefaultConfig(s));
                })
                .catch(n)
            : r(this.resolveDefaultConfig(e));
        });
      }
      destroy() {
        (this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy());
      }
      async handle(e, { abortSignal: r, requestTimeout: n } = {}) {
        this.config || (this.config = await this.configProvider);
        let s = this.config,
          o = s.logger,
          i = e.protocol === "https:";
        return (
          !i &&
            !this.config.httpAgent &&
            (this.config.httpAgent = await this.config.httpAgentProvider()),
          new Promise((a, c) => {
            let u,
              l = -1,
              p = -1,
              h = -1,
              g = -1,
              y = () => {
                (at.clearTimeout(l),
                  at.clearTimeout(p),
                  at.clearTimeout(h),
                  at.clearTimeout(g));
              },
              E = async (J) => {
                (await u, y(), a(J));
              },
              S = async (J) => {
                (await u, y(), c(J));
              };
            if (r?.aborted) {
              let J = Am(r);
              S(J);
              return;
            }
            let b = e.headers,
              w = b ? (b.Expect ?? b.expect) === "100-continue" : !1,
              I = i ? s.httpsAgent : s.httpAgent;
            (w &&
              !this.externalAgent &&
              (I = new (i ? _m.Agent : Tm)({
                keepAlive: !1,
                maxSockets: 1 / 0,
              })),
              (l = at.setTimeout(
                () => {
                  this.socketWarningTimestamp = t.checkSocketUsage(
                    I,
                    this.socketWarningTimestamp,
                    o,
                  );
                },
                s.socketAcquisitionWarningTimeout ??
                  (s.requestTimeout ?? 2e3) + (s.connectionTimeout ?? 1e3),
              )));
            let v = e.query ? yM(e.query) : "",
              A;
            if (e.username != null || e.password != null) {
              let J = e.username ?? "",
                pe = e.password ?? "";
              A = `${J}:${pe}`;
            }
            let V = e.path;
            (v && (V += `?${v}`), e.fragment && (V += `#${e.fragment}`));
            let ne = e.hostname ?? "";
            ne[0] === "[" && ne.endsWith("]")
              ? (ne = e.hostname.slice(1, -1))
              : (ne = e.hostname);
            let ye = {
                headers: e.headers,
                host: ne,
                method: e.method,
                path: V,
                port: e.port,
                agent: I,
                auth: A,
              },
              X = (i ? _m.request : mM)(ye, (J) => {
                let pe = new SM({
                  statusCode: J.statusCode || -1,
                  reason: J.statusMessage,
                  headers: EM(J.headers),
                  body: J,
                });
                E({ response: pe });
              });
            if (
              (X.on("error", (J) => {
                L7.includes(J.code)
                  ? S(Object.assign(J, { name: "TimeoutError" }))
                  : S(J);
              }),
              r)
            ) {
              let J = () => {
                X.destroy();
                let pe = Am(r);
                S(pe);
              };
              if (typeof r.addEventListener == "function") {
                let pe = r;
                (pe.addEventListener("abort", J, { once: !0 }),
                  X.once("close", () => pe.removeEventListener("abort", J)));
              } else r.onabort = J;
            }
            let ke = n ?? s.requestTimeout;
            ((p = U7(X, S, s.connectionTimeout)),
              (h = B7(X, S, ke, s.throwOnRequestTimeout, o ?? console)));
            let Me = s.socketTimeout === void 0 ? Vu(s) : void 0;
            Me ? fM(X, S, Me, !0) : fM(X, S, s.socketTimeout);
            let je = ye.agent;
            (typeof je == "object" &&
              "keepAlive" in je &&
              (g = G7(X, {
                keepAlive: je.keepAlive,
                keepAliveMsecs: je.keepAliveMsecs,
              })),
              (u = bM(X, e, ke, this.externalAgent).catch((J) => (y(), c(J)))));
          })
        );
      }
      updateHttpClientConfig(e, r) {
        ((this.config = void 0),
          (this.configProvider = this.configProvider.then((n) => {
            switch (e) {
              case Symbol.for("logger"):
                ((e = "logger"), (r = n.logger ?? r));
                break;
              case Symbol.for("@smithy/defaultSocketTimeout"):
                ((e = "defaultSocketTimeout"), (r = Vu(n) ?? r));
                break;
            }
            return { ...n, [e]: r };
          })));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(e) {
        let {
            requestTimeout: r,
            connectionTimeout: n,
            socketTimeout: s,
            socketAcquisitionWarningTimeout: o,
            httpAgent: i,
            httpsAgent: a,
            throwOnRequestTimeout: c,
            logger: u,
          } = e || {},
          l = !0,
          p = 50,
          h;
        return {
          connectionTimeout: n,
          requestTimeout: r,
          socketTimeout: s,
          defaultSocketTimeout: Vu(e),
          socketAcquisitionWarningTimeout: o,
          throwOnRequestTimeout: c,
          httpAgentProvider: () =>
            (h ??= (async () => {
              let g = At("node:http"),
                { Agent: y, request: E } = g.default ?? g;
              return (
                (mM = E),
                (Tm = y),
                i instanceof Tm || typeof i?.destroy == "function"
                  ? ((this.externalAgent = !0), i)
                  : new Tm({ keepAlive: l, maxSockets: p, ...i })
              );
            })()),
          httpsAgent:
            a instanceof _m.Agent || typeof a?.destroy == "function"
              ? ((this.externalAgent = !0), a)
              : new _m.Agent({ keepAlive: l, maxSockets: p, ...a }),
          logger: u,
        };
      }
    },
    z7 = new Uint16Array(1),
    ju = class {
      id = z7[0]++;
      total = 0;
      max = 0;
      session;
      refs = 0;
      constructor(e) {
        (e.unref(), (this.session = e));
      }
      retain() {
        if (this.session.destroyed)
          throw new Error(
            "@smithy/node-http-handler - cannot acquire reference to destroyed session.",
          );
        ((this.refs += 1),
          (this.total += 1),
          (this.max = Math.max(this.refs, this.max)),
          this.session.ref());
      }
      free() {
        if (
          !this.session.destroyed &&
          ((this.refs -= 1),
          this.refs === 0 && this.session.unref(),
          this.refs < 0)
        )
          throw new Error(
            "@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.",
          );
      }
      deref() {
        return this.session;
      }
      close() {
        this.session.closed || this.session.close();
      }
      destroy() {
        ((this.refs = 0),
          this.session.destroyed ||
            (this.session.setTimeout(0), this.session.destroy()));
      }
      useCount() {
        return this.refs;
      }
    },
    Yw = class {
      sessions = [];
      maxConcurrency = 0;
      constructor(e) {
        this.sessions = (e ?? []).map((r) => new ju(r));
      }
      poll() {
        let e = !1;
        for (let r of this.sessions) {
          if (r.deref().destroyed) {
            e = !0;
            continue;
          }
          if (!this.maxConcurrency || r.useCount() < this.maxConcurrency)
            return r;
        }
        if (e)
          for (let r of this.sessions) r.deref().destroyed && this.remove(r);
      }
      offerLast(e) {
        this.sessions.push(e);
      }
      remove(e) {
        let r = this.sessions.indexOf(e);
        r > -1 && this.sessions.splice(r, 1);
      }
      [Symbol.iterator]() {
        return this.sessions[Symbol.iterator]();
      }
      setMaxConcurrency(e) {
        this.maxConcurrency = e;
      }
      destroy(e) {
        (this.remove(e), e.destroy());
      }
    },
    Qw = class {
      config;
      connectOptions;
      connectionPools = new Map();
      constructor(e) {
        if (
          ((this.config = e),
          this.config.maxConcurrency && this.config.maxConcurrency <= 0)
        )
          throw new RangeError("maxConcurrency must be greater than zero.");
      }
      lease(e, r) {
        let n = this.getUrlString(e),
          s = this.getPool(n);
        if (!this.config.disableConcurrency && !r.isEventStream) {
          let u = s.poll();
          if (u) return (u.retain(), u);
        }
        let o = new ju(this.connect(n)),
          i = o.deref();
        this.config.maxConcurrency &&
          i.settings(
            { maxConcurrentStreams: this.config.maxConcurrency },
            (u) => {
              if (u)
                throw new Error(
                  "Fail to set maxConcurrentStreams to " +
                    this.config.maxConcurrency +
                    "when creating new session for " +
                    e.destination.toString(),
                );
            },
          );
        let a = () => {
            this.removeFromPoolAndClose(n, o);
          },
          c = () => {
            this.removeFromPoolAndCheckedDestroy(n, o);
          };
        return (
          i.on("goaway", a),
          i.on("error", c),
          i.on("frameError", c),
          i.on("close", c),
          r.requestTimeout && i.setTimeout(r.requestTimeout, c),
          s.offerLast(o),
          o.retain(),
          o
        );
      }
      release(e, r) {
        r.free();
      }
      createIsolatedSession(e, r) {
        let n = this.getUrlString(e),
          s = new ju(this.connect(n)),
          o = s.deref();
        o.settings({ maxConcurrentStreams: 1 });
        let i = () => {
          s.destroy();
        };
        (o.on("error", i), o.on("frameError", i), o.on("close", i));
        let a = r.requestTimeout ?? 3e5;
        return (o.setTimeout(a, i), s.retain(), s);
      }
      destroy() {
        for (let [e, r] of this.connectionPools) {
          for (let n of [...r]) n.destroy();
          this.connectionPools.delete(e);
        }
      }
      setMaxConcurrentStreams(e) {
        if (e && e <= 0)
          throw new RangeError(
            "maxConcurrentStreams must be greater than zero.",
          );
        this.config.maxConcurrency = e;
        for (let r of this.connectionPools.values()) r.setMaxConcurrency(e);
      }
      setDisableConcurrentStreams(e) {
        this.config.disableConcurrency = e;
      }
      setNodeHttp2ConnectOptions(e) {
        this.connectOptions = e;
      }
      debug() {
        let e = {};
        for (let [r, n] of this.connectionPools) {
          let s = [];
          for (let o of n)
            s.push({
              id: o.id,
              active: o.useCount(),
              maxConcurrent: o.max,
              totalRequests: o.total,
            });
          e[r] = { sessions: s };
        }
        return e;
      }
      removeFromPoolAndClose(e, r) {
        (this.connectionPools.get(e)?.remove(r), r.close());
      }
      removeFromPoolAndCheckedDestroy(e, r) {
        (this.connectionPools.get(e)?.remove(r), r.destroy());
      }
      getPool(e) {
        if (!this.connectionPools.has(e)) {
          let r = new Yw();
          (this.config.maxConcurrency &&
            r.setMaxConcurrency(this.config.maxConcurrency),
            this.connectionPools.set(e, r));
        }
        return this.connectionPools.get(e);
      }
      getUrlString(e) {
        return e.destination.toString();
      }
      connect(e) {
        return this.connectOptions === void 0
          ? Xw.connect(e)
          : Xw.connect(e, this.connectOptions);
      }
    },
    { constants: hM } = Xw,
    Zw = class t {
      config;
      configProvider;
      metadata = { handlerProtocol: "h2" };
      connectionManager = new Qw({});
      static create(e) {
        return typeof e?.handle == "function" ? e : new t(e);
      }
      constructor(e) {
        this.configProvider = new Promise((r, n) => {
          typeof e == "function"
            ? e()
                .then((s) => {
                  r(s || {});
                })
                .catch(n)
            : r(e || {});
        });
      }
      destroy() {
        this.connectionManager.destroy();
      }
      async handle(
        e,
        { abortSignal: r, requestTimeout: n, isEventStream: s } = {},
      ) {
        if (!this.config) {
          let p = await this.configProvider;
          this.config = { ...p, defaultSocketTimeout: Vu(p) };
          let {
            disableConcurrentStreams: h,
            maxConcurrentStreams: g,
            nodeHttp2ConnectOptions: y,
          } = this.config;
          (this.connectionManager.setDisableConcurrentStreams(h ?? !1),
            g && this.connectionManager.setMaxConcurrentStreams(g),
            y && this.connectionManager.setNodeHttp2ConnectOptions(y));
        }
        let {
            requestTimeout: o,
            disableConcurrentStreams: i,
            sessionTimeout: a,
          } = this.config,
          c = i || s,
          u = n ?? o,
          l =
            u === void 0 && a === void 0
              ? this.config.defaultSocketTimeout
              : void 0;
        return new Promise((p, h) => {
          let g = !1,
            y,
            E = async (me) => {
              (await y, p(me));
            },
            S = async (me) => {
              (await y, h(me));
            };
          if (r?.aborted) {
            g = !0;
            let me = Am(r);
            S(me);
            return;
          }
          let { hostname: b, method: w, port: I, protocol: v, query: A } = e,
            V = "";
          if (e.username != null || e.password != null) {
            let me = e.username ?? "",
              on = e.password ?? "";
            V = `${me}:${on}@`;
          }
          let ne = `${v}//${V}${b}${I ? `:${I}` : ""}`,
            ye = { destination: new URL(ne) },
            et = {
              requestTimeout: this.config?.sessionTimeout,
              isEventStream: s,
            },
            X = c
              ? this.connectionManager.createIsolatedSession(ye, et)
              : this.connectionManager.lease(ye, et),
            ke = X.deref(),
            Me = (me) => {
              (c && X.destroy(), (g = !0), S(me));
            },
            je = A ? yM(A) : "",
            J = e.path;
          (je && (J += `?${je}`), e.fragment && (J += `#${e.fragment}`));
          let pe = ke.request({
            ...e.headers,
            [hM.HTTP2_HEADER_PATH]: J,
            [hM.HTTP2_HEADER_METHOD]: w,
          });
          if (
            (u
              ? pe.setTimeout(u, () => {
                  pe.close();
                  let me = new Error(
                    `Stream timed out because of no activity for ${u} ms`,
                  );
                  ((me.name = "TimeoutError"), Me(me));
                })
              : l &&
                (pe.setTimeout(l, () => {
                  let me = new Error(
                    `Stream timed out because of no activity for ${l} ms`,
                  );
                  ((me.name = "TimeoutError"),
                    (g = !0),
                    S(me),
                    pe.destroy(me),
                    c && X.destroy());
                }),
                pe.once("response", () => pe.setTimeout(l))),
            r)
          ) {
            let me = () => {
              pe.close();
              let on = Am(r);
              Me(on);
            };
            if (typeof r.addEventListener == "function") {
              let on = r;
              (on.addEventListener("abort", me, { once: !0 }),
                pe.once("close", () => on.removeEventListener("abort", me)));
            } else r.onabort = me;
          }
          (pe.on("frameError", (me, on, L6) => {
            Me(
              new Error(
                `Frame type id ${me} in stream id ${L6} has failed with code ${on}.`,
              ),
            );
          }),
            pe.on("error", Me),
            pe.on("aborted", () => {
              Me(
                new Error(
                  `HTTP/2 stream is abnormally aborted in mid-communication with result code ${pe.rstCode}.`,
                ),
              );
            }),
            pe.on("response", (me) => {
              let on = new SM({
                statusCode: me[":status"] ?? -1,
                headers: EM(me),
                body: pe,
              });
              ((g = !0),
                E({ response: on }),
                c &&
                  (ke.close(),
                  pe.on("end", () => {
                    X.destroy();
                  })));
            }),
            pe.on("close", () => {
              if (
                (c ? X.destroy() : this.connectionManager.release(ye, X), !g)
              ) {
                let me = new Error(
                  "Unexpected error: http2 request did not get a response",
                );
                (ke.destroyed && (me.name = "TimeoutError"), Me(me));
              }
            }),
            (y = bM(pe, e, u)));
        });
      }
      updateHttpClientConfig(e, r) {
        ((this.config = void 0),
          (this.configProvider = this.configProvider.then(
            (n) => (
              e === Symbol.for("@smithy/defaultSocketTimeout") &&
                ((e = "defaultSocketTimeout"), (r = Vu(n) ?? r)),
              { ...n, [e]: r }
            ),
          )));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
    };
  zu.DEFAULT_REQUEST_TIMEOUT = j7;
  zu.NodeHttp2Handler = Zw;
  zu.NodeHttpHandler = Jw;
});
var e0 = Ee((wM) => {
  var { setCredentialFeature: q7 } = (ge(), D(Wn)),
    { CredentialsProviderError: mi } = (he(), D(ur)),
    { NodeHttpHandler: W7 } = di(),
    K7 = At("node:fs/promises"),
    { HttpRequest: X7 } = ($(), D(fo)),
    { sdkStreamMixin: J7, parseRfc3339DateTime: Y7 } = (P(), D(ri)),
    Q7 = "169.254.170.2",
    Z7 = "169.254.170.23",
    eX = "[fd00:ec2::23]",
    tX = (t, e) => {
      if (
        t.protocol !== "https:" &&
        !(t.hostname === Q7 || t.hostname === Z7 || t.hostname === eX)
      ) {
        if (t.hostname.includes("[")) {
          if (
            t.hostname === "[::1]" ||
            t.hostname === "[0000:0000:0000:0000:0000:0000:0000:0001]"
          )
            return;
        } else {
          if (t.hostname === "localhost") return;
          let r = t.hostname.split("."),
            n = (s) => {
              let o = parseInt(s, 10);
              return 0 <= o && o <= 255;
            };
          if (r[0] === "127" && n(r[1]) && n(r[2]) && n(r[3]) && r.length === 4)
            return;
        }
        throw new mi(
          `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
          { logger: e },
        );
      }
    };
  function rX(t) {
    return new X7({
      protocol: t.protocol,
      hostname: t.hostname,
      port: Number(t.port),
      path: t.pathname,
      query: Array.from(t.searchParams.entries()).reduce(
        (e, [r, n]) => ((e[r] = n), e),
        {},
      ),
      fragment: t.hash,
    });
  }
  async function nX(t, e) {
    let n = await J7(t.body).transformToString();
    if (t.statusCode === 200) {
      let s = JSON.parse(n);
      if (
        typeof s.AccessKeyId != "string" ||
        typeof s.SecretAccessKey != "string" ||
        typeof s.Token != "string" ||
        typeof s.Expiration != "string"
      )
        throw new mi(
          "HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",
          { logger: e },
        );
      return {
        accessKeyId: s.AccessKeyId,
        secretAccessKey: s.SecretAccessKey,
        sessionToken: s.Token,
        expiration: Y7(s.Expiration),
      };
    }
    if (t.statusCode >= 400 && t.statusCode < 500) {
      let s = {};
      try {
        s = JSON.parse(n);
      } catch {}
      throw Object.assign(
        new mi(`Server responded with status: ${t.statusCode}`, { logger: e }),
        { Code: s.Code, Message: s.Message },
      );
    }
    throw new mi(`Server responded with status: ${t.statusCode}`, {
      logger: e,
    });
  }
  var sX = (t, e, r) => async () => {
      for (let n = 0; n < e; ++n)
        try {
          return await t();
        } catch {
          await new Promise((o) => setTimeout(o, r));
        }
      return await t();
    },
    oX = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    iX = "http://169.254.170.2",
    aX = "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    cX = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    uX = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    lX = (t = {}) => {
      t.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
      let e,
        r = t.awsContainerCredentialsRelativeUri ?? process.env[oX],
        n = t.awsContainerCredentialsFullUri ?? process.env[aX],
        s = t.awsContainerAuthorizationToken ?? process.env[uX],
        o = t.awsContainerAuthorizationTokenFile ?? process.env[cX],
        i =
          t.logger?.constructor?.name === "NoOpLogger" || !t.logger?.warn
            ? console.warn
            : t.logger.warn.bind(t.logger);
      if (
        (r &&
          n &&
          (i(
            "@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.",
          ),
          i("awsContainerCredentialsRelativeUri will take precedence.")),
        s &&
          o &&
          (i(
            "@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.",
          ),
          i("awsContainerAuthorizationTokenFile will take precedence.")),
        r)
      )
        e = `${iX}${r}`;
      else if (n) e = n;
      else
        throw new mi(
          `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
          { logger: t.logger },
        );
      let a = new URL(e);
      tX(a, t.logger);
      let c = W7.create({ connectionTimeout: t.timeout ?? 1e3 }),
        u = t.timeout ?? 1e3,
        l = sX(
          async () => {
            let p = rX(a);
            o
              ? (p.headers.Authorization = xM(
                  (await K7.readFile(o)).toString(),
                ))
              : s && (p.headers.Authorization = xM(s));
            try {
              let h = await c.handle(p, { requestTimeout: u });
              return nX(h.response).then((g) => q7(g, "CREDENTIALS_HTTP", "z"));
            } catch (h) {
              throw new mi(String(h), { logger: t.logger });
            }
          },
          t.maxRetries ?? 3,
          t.timeout ?? 1e3,
        );
      return async () => {
        try {
          return await l();
        } finally {
          c.destroy?.();
        }
      };
    },
    xM = (t) => {
      if (
        t.includes(`\r
`)
      )
        throw new mi("Authorization token contains invalid \\r\\n sequence.");
      return t;
    };
  wM.fromHttp = lX;
});
function pX(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sso-oauth", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function fX(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var vM,
  IM,
  _M,
  t0 = d(() => {
    wt();
    L();
    vM = async (t, e, r) => ({
      operation: be(e).operation,
      region:
        (await ue(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((IM = (t) => {
      let e = [];
      return (t.operation === "CreateToken" ? e.push(fX(t)) : e.push(pX(t)), e);
    }),
      (_M = (t) => {
        let e = Xn(t);
        return Object.assign(e, {
          authSchemePreference: ue(t.authSchemePreference ?? []),
        });
      }));
  });
var TM,
  AM,
  r0 = d(() => {
    ((TM = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "sso-oauth",
      })),
      (AM = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var xo,
  qu = d(() => {
    xo = {
      name: "@aws-sdk/nested-clients",
      version: "3.998.3",
      description: "Nested clients for AWS SDK packages.",
      homepage:
        "https://github.com/aws/aws-sdk-js-v3/tree/main/packages/nested-clients",
      license: "Apache-2.0",
      author: {
        name: "AWS SDK for JavaScript Team",
        url: "https://aws.amazon.com/sdk-for-javascript/",
      },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "packages/nested-clients",
      },
      files: [
        "./cognito-identity.d.ts",
        "./cognito-identity.js",
        "./signin.d.ts",
        "./signin.js",
        "./sso-oidc.d.ts",
        "./sso-oidc.js",
        "./sso.d.ts",
        "./sso.js",
        "./sts.d.ts",
        "./sts.js",
        "dist-*/**",
      ],
      sideEffects: !1,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: {
        "./dist-es/submodules/cognito-identity/runtimeConfig":
          "./dist-es/submodules/cognito-identity/runtimeConfig.browser",
        "./dist-es/submodules/signin/runtimeConfig":
          "./dist-es/submodules/signin/runtimeConfig.browser",
        "./dist-es/submodules/sso-oidc/runtimeConfig":
          "./dist-es/submodules/sso-oidc/runtimeConfig.browser",
        "./dist-es/submodules/sso/runtimeConfig":
          "./dist-es/submodules/sso/runtimeConfig.browser",
        "./dist-es/submodules/sts/runtimeConfig":
          "./dist-es/submodules/sts/runtimeConfig.browser",
      },
      types: "./dist-types/index.d.ts",
      typesVersions: {
        "<4.5": {
          "dist-types/*": ["dist-types/ts3.4/*"],
          "*": ["dist-types/ts3.4/submodules/*/index.d.ts"],
        },
      },
      "react-native": {},
      exports: {
        "./package.json": "./package.json",
        "./sso-oidc": {
          types: "./dist-types/submodules/sso-oidc/index.d.ts",
          module: "./dist-es/submodules/sso-oidc/index.js",
          node: "./dist-cjs/submodules/sso-oidc/index.js",
          import: "./dist-es/submodules/sso-oidc/index.js",
          require: "./dist-cjs/submodules/sso-oidc/index.js",
        },
        "./sts": {
          types: "./dist-types/submodules/sts/index.d.ts",
          module: "./dist-es/submodules/sts/index.js",
          node: "./dist-cjs/submodules/sts/index.js",
          import: "./dist-es/submodules/sts/index.js",
          require: "./dist-cjs/submodules/sts/index.js",
        },
        "./signin": {
          types: "./dist-types/submodules/signin/index.d.ts",
          module: "./dist-es/submodules/signin/index.js",
          node: "./dist-cjs/submodules/signin/index.js",
          import: "./dist-es/submodules/signin/index.js",
          require: "./dist-cjs/submodules/signin/index.js",
        },
        "./cognito-identity": {
          types: "./dist-types/submodules/cognito-identity/index.d.ts",
          module: "./dist-es/submodules/cognito-identity/index.js",
          node: "./dist-cjs/submodules/cognito-identity/index.js",
          import: "./dist-es/submodules/cognito-identity/index.js",
          require: "./dist-cjs/submodules/cognito-identity/index.js",
        },
        "./sso": {
          types: "./dist-types/submodules/sso/index.d.ts",
          module: "./dist-es/submodules/sso/index.js",
          node: "./dist-cjs/submodules/sso/index.js",
          import: "./dist-es/submodules/sso/index.js",
          require: "./dist-cjs/submodules/sso/index.js",
        },
      },
      scripts: {
        build:
          "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        lint: "node ../../scripts/validation/submodules-linter.js",
        prebuild: "yarn lint",
        test: "yarn g:vitest run",
        "test:watch": "yarn g:vitest watch",
      },
      dependencies: {
        "@aws-sdk/core": "^3.981.0",
        "@aws-sdk/signature-v4-multi-region": "^3.996.52",
        "@aws-sdk/types": "^3.975.1",
        "@smithy/core": "^3.40.0",
        "@smithy/fetch-http-handler": "^5.8.1",
        "@smithy/node-http-handler": "^4.14.2",
        "@smithy/types": "^4.20.0",
        tslib: "^2.6.2",
      },
      devDependencies: {
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2",
      },
      engines: { node: ">=20.0.0" },
    };
  });
var n0,
  CM = d(() => {
    n0 = Symbol("@smithy/core/cbor::tagSymbol");
  });
var Wu,
  s0 = d(() => {
    Wu = (t, e) => {
      let r = (n) => {
        let s = n;
        return (
          typeof s == "number" && (s = s.toString()),
          s.indexOf(",") >= 0 && (s = s.split(",")[0]),
          s.indexOf(":") >= 0 && (s = s.split(":")[0]),
          s
        );
      };
      if (e.__type !== void 0) return r(e.__type);
    };
  });
function Pm(t) {
  let e = t.getSchema(),
    r = e[RM];
  if (r) return r;
  let n = [],
    s = [];
  for (let [a, c] of t.structIterator()) (n.push(a), s.push(c));
  let o = new Array(n.length);
  for (let a = 0; a < n.length; ++a) o[a] = mX(n[a]);
  let i = { memberNames: n, memberSchemas: s, encodedKeys: o };
  return ((e[RM] = i), i);
}
function mX(t) {
  let e;
  km ? (e = Buffer.from(t, "utf-8")) : (e = new TextEncoder().encode(t));
  let r = e.length,
    n;
  r < 24 ? (n = 1) : r < 256 ? (n = 2) : (n = 3);
  let s = new Uint8Array(n + r);
  return (
    n === 1
      ? (s[0] = 96 | r)
      : n === 2
        ? ((s[0] = 120), (s[1] = r))
        : ((s[0] = 121), (s[1] = r >> 8), (s[2] = r & 255)),
    s.set(e, n),
    s
  );
}
function kM(t) {
  return km ? Buffer.allocUnsafe(t) : new Uint8Array(t);
}
function Qa(t, e, r, n) {
  if (e == null) {
    if (e === void 0 && t.isIdempotencyToken()) {
      Jn(Yt());
      return;
    }
    (de(1), (H[U++] = 246));
    return;
  }
  if (t.isUnitSchema()) {
    (de(1), Je(5, 0));
    return;
  }
  if (typeof e == "object") {
    if (t.isBlobSchema() && e instanceof Uint8Array) {
      Cm(e);
      return;
    }
    if (t.isTimestampSchema() && e instanceof Date) {
      c0(e);
      return;
    }
    if (t.isStructSchema()) {
      gX(t, e, n);
      return;
    }
    if (Array.isArray(e) && (t.isListSchema() || t.isDocumentSchema())) {
      NM(t, e, t.isDocumentSchema(), n);
      return;
    }
    if (t.isMapSchema()) {
      i0(t, e, !1, n);
      return;
    }
    if (e instanceof Date) {
      c0(e);
      return;
    }
    if (e instanceof Uint8Array) {
      Cm(e);
      return;
    }
    if (e instanceof W) {
      LM(e);
      return;
    }
    if (e[n0]) {
      let o = e;
      $M(o.tag, o.value);
      return;
    }
    if (t.isDocumentSchema()) {
      Array.isArray(e) ? NM(t, e, !0, n) : i0(t, e, !0, n);
      return;
    }
    if (t.isBigDecimalSchema()) {
      Za(e);
      return;
    }
    i0(t, e, !0, n);
    return;
  }
  if (typeof e == "string") {
    if (t.isBlobSchema()) {
      let o = (n?.base64Decoder ?? Re)(e);
      Cm(o);
      return;
    }
    Jn(e);
    return;
  }
  if (typeof e == "number") {
    (de(9),
      Number.isInteger(e) && e >= -9007199254740992 && e <= 9007199254740991
        ? Mm(e)
        : h0(e));
    return;
  }
  if (typeof e == "boolean") {
    (de(1), (H[U++] = 224 | (e ? 21 : 20)));
    return;
  }
  if (typeof e == "bigint") {
    Dm(e);
    return;
  }
  Jn(String(e));
}
function gX(t, e, r) {
  if (t.isUnionSchema()) {
    let p = !1;
    for (let [h, g] of t.structIterator()) {
      let y = e[h];
      if (y != null) {
        (de(9), Je(5, 1), Jn(h), Qa(g, y, t, r), (p = !0));
        break;
      }
    }
    if (!p) {
      let { $unknown: h } = e;
      Array.isArray(h)
        ? (de(9), Je(5, 1), Jn(h[0]), Za(h[1]))
        : (de(9), Je(5, 0));
    }
    return;
  }
  let n = Pm(t),
    { memberNames: s, memberSchemas: o, encodedKeys: i } = n,
    a = s.length,
    c;
  (a < 24 ? (c = 1) : a < 256 ? (c = 2) : (c = 3), de(c));
  let u = U;
  U += c;
  let l = 0;
  for (let p = 0; p < a; ++p) {
    let h = e[s[p]];
    if (h == null && !o[p].isIdempotencyToken()) continue;
    let g = i[p];
    (de(g.length), H.set(g, U), (U += g.length), Qa(o[p], h, t, r), ++l);
  }
  if (typeof e.__type == "string")
    for (let p in e) T(e, p) && (s.includes(p) || (Jn(p), Za(e[p]), ++l));
  c === 1
    ? (H[u] = 160 | l)
    : c === 2
      ? ((H[u] = 184), (H[u + 1] = l))
      : ((H[u] = 185), (H[u + 1] = l >> 8), (H[u + 2] = l & 255));
}
function NM(t, e, r, n) {
  let s = !!t.getMergedTraits().sparse,
    o = t.getValueSchema();
  if (r || s) {
    let i = [];
    for (let a = 0; a < e.length; ++a) {
      let c = e[a];
      r ? c !== void 0 && i.push(c) : (c != null || s) && i.push(c);
    }
    (de(9), Je(4, i.length));
    for (let a = 0; a < i.length; ++a) Qa(o, i[a], void 0, n);
  } else {
    let i = 0;
    for (let a = 0; a < e.length; ++a) e[a] != null && ++i;
    (de(9), Je(4, i));
    for (let a = 0; a < e.length; ++a) e[a] != null && Qa(o, e[a], void 0, n);
  }
}
function i0(t, e, r, n) {
  let s = !!t.getMergedTraits().sparse,
    o = t.getValueSchema(),
    i = [];
  for (let a in e) {
    if (!T(e, a)) continue;
    let c = e[a];
    (r ? c !== void 0 : c != null || s) && i.push(a);
  }
  (de(9), Je(5, i.length));
  for (let a = 0; a < i.length; ++a) {
    let c = i[a];
    (Jn(c), Qa(o, e[c], void 0, n));
  }
}
function Za(t) {
  if (t == null) {
    (de(1), (H[U++] = 246));
    return;
  }
  if (typeof t == "string") {
    Jn(t);
    return;
  }
  if (typeof t == "number") {
    (de(9),
      Number.isInteger(t) && t >= -9007199254740992 && t <= 9007199254740991
        ? Mm(t)
        : h0(t));
    return;
  }
  if (typeof t == "boolean") {
    (de(1), (H[U++] = 224 | (t ? 21 : 20)));
    return;
  }
  if (typeof t == "bigint") {
    Dm(t);
    return;
  }
  if (t instanceof Uint8Array) {
    Cm(t);
    return;
  }
  if (t instanceof Date) {
    c0(t);
    return;
  }
  if (t instanceof W) {
    LM(t);
    return;
  }
  if (t[n0]) {
    let e = t;
    $M(e.tag, e.value);
    return;
  }
  if (Array.isArray(t)) {
    (de(9), Je(4, t.length));
    for (let e = 0; e < t.length; ++e) Za(t[e]);
    return;
  }
  if (typeof t == "object") {
    let e = Object.keys(t);
    (de(9), Je(5, e.length));
    for (let r = 0; r < e.length; ++r) (Jn(e[r]), Za(t[e[r]]));
    return;
  }
  Jn(String(t));
}
function de(t) {
  if (U + t > H.length) {
    let e = H.length * 2;
    for (; e < U + t;) e *= 2;
    let r = kM(e);
    (r.set(H.subarray(0, U)),
      (H = r),
      (gi = new DataView(r.buffer, r.byteOffset, r.byteLength)));
  }
}
function Je(t, e) {
  if (e < 24) H[U++] = (t << 5) | e;
  else if (e < 256) ((H[U++] = (t << 5) | 24), (H[U++] = e));
  else if (e < 65536)
    ((H[U++] = (t << 5) | 25), (H[U++] = e >> 8), (H[U++] = e & 255));
  else if (e < 4294967296)
    ((H[U++] = (t << 5) | 26), gi.setUint32(U, e), (U += 4));
  else {
    H[U++] = (t << 5) | 27;
    let r = (e / 4294967296) | 0,
      n = (e - r * 4294967296) | 0;
    (gi.setUint32(U, r), gi.setUint32(U + 4, n), (U += 8));
  }
}
function MM(t, e) {
  let r = Number(e);
  if (r < 4294967296) {
    Je(t, r);
    return;
  }
  ((H[U++] = (t << 5) | 27), gi.setBigUint64(U, e), (U += 8));
}
function Jn(t) {
  let e = t.length;
  if (e <= 23) {
    let r = Xa.get(t);
    if (r) {
      (de(r.bytes.length),
        H.set(r.bytes, U),
        (U += r.bytes.length),
        (r.epoch = o0));
      return;
    }
    let n = U;
    PM(t, e);
    let s = U,
      o = Uint8Array.prototype.slice.call(H, n, s);
    if (Xa.size >= OM) {
      if (DM) return;
      let i = 0;
      for (let [a, c] of Xa) {
        if (i >= 1024) break;
        c.epoch !== o0 && (Xa.delete(a), ++i);
      }
      if (i === 0) {
        DM = !0;
        return;
      }
    }
    Xa.size < OM && Xa.set(t, { epoch: o0, bytes: o });
    return;
  }
  PM(t, e);
}
function PM(t, e) {
  if (km) {
    let r = e * 3;
    de(r + 9);
    let n = Buffer.byteLength(t);
    (Je(3, n), (U += H.write(t, U)));
  } else {
    let r = e * 3;
    de(r + 9);
    let n = U,
      o = hX.encodeInto(t, H.subarray(n + 9)).written,
      i;
    (o < 24
      ? (i = 1)
      : o < 256
        ? (i = 2)
        : o < 65536
          ? (i = 3)
          : o < 4294967296
            ? (i = 5)
            : (i = 9),
      i < 9 && H.copyWithin(n + i, n + 9, n + 9 + o),
      (U = n),
      Je(3, o),
      (U += o));
  }
}
function h0(t) {
  (de(9), (H[U++] = 251), gi.setFloat64(U, t), (U += 8));
}
function Mm(t) {
  de(9);
  let e = t >= 0,
    r = e ? 0 : 1,
    n = e ? t : -t - 1;
  Je(r, n);
}
function Dm(t) {
  let e = t >= 0,
    r = e ? 0 : 1,
    n = e ? t : -t - BigInt(1);
  if (n < BigInt("18446744073709551616")) (de(9), MM(r, n));
  else {
    let s = n.toString(2),
      o = Math.ceil(s.length / 8),
      i = new Uint8Array(o),
      a = n;
    for (let c = o - 1; c >= 0; --c)
      ((i[c] = Number(a & BigInt(255))), (a >>= BigInt(8)));
    (de(o + 16), (H[U++] = e ? 194 : 195), Je(2, o), H.set(i, U), (U += o));
  }
}
function Cm(t) {
  (de(t.length + 9), Je(2, t.length), H.set(t, U), (U += t.length));
}
function $M(t, e) {
  (de(9), typeof t == "bigint" ? MM(6, t) : Je(6, t), Za(e));
}
function LM(t) {
  let e = t.string,
    r = BigInt(0),
    n = e.search(/[eE]/);
  n !== -1 && ((r = BigInt(e.slice(n + 1))), (e = e.slice(0, n)));
  let s = e.indexOf("."),
    o = s === -1 ? 0 : e.length - s - 1,
    i = r - BigInt(o),
    a = BigInt(e.replace(".", ""));
  (de(9),
    (H[U++] = 196),
    Je(4, 2),
    de(9),
    i >= -0x20000000000000n && i <= 0x1fffffffffffffn ? Mm(Number(i)) : Dm(i),
    Dm(a));
}
function c0(t) {
  (de(18), Je(6, 1));
  let e = t.getTime() / 1e3;
  Number.isInteger(e) ? Mm(e) : h0(e);
}
var Om,
  RM,
  km,
  hX,
  a0,
  H,
  gi,
  U,
  OM,
  Xa,
  o0,
  DM,
  g0 = d(() => {
    F();
    $();
    K();
    P();
    CM();
    ((Om = class extends We {
      write(e, r) {
        U = 0;
        let n = _.of(e);
        Qa(n, r, void 0, this.serdeContext);
      }
      flush() {
        let e = H.subarray(0, U);
        return (
          (U = 0),
          (H = kM(a0)),
          (gi = new DataView(H.buffer, H.byteOffset, H.byteLength)),
          e
        );
      }
    }),
      (RM = Symbol.for("@smithy/cbor-struct-cache")));
    ((km = typeof Buffer < "u"),
      (hX = new TextEncoder()),
      (a0 = 2048),
      (H = km ? Buffer.allocUnsafe(a0) : new Uint8Array(a0)),
      (gi = new DataView(H.buffer, H.byteOffset, H.byteLength)),
      (U = 0),
      (OM = 2048),
      (Xa = new Map()),
      (o0 = 0),
      (DM = !1));
  });
function Zt(t) {
  if (O >= Ye) throw new Error("unexpected end of CBOR payload.");
  let e = (Oe[O] & 224) >> 5;
  if ((Oe[O] & 31) === 31 && e >= 2 && e <= 5) return xX(t, e);
  switch (e) {
    case 0:
      return TX();
    case 1:
      return AX();
    case 2:
      return Fm();
    case 3:
      return ec();
    case 4:
      return yX(t);
    case 5:
      return SX(t);
    case 6:
      return bX(t);
    case 7:
      return RX();
    default:
      throw new Error(`unexpected CBOR major type ${e}.`);
  }
}
function yX(t) {
  let e = Bm(),
    r = t.isListSchema() ? t.getValueSchema() : t,
    n = Array(e);
  for (let s = 0; s < e; ++s) n[s] = Zt(r);
  return n;
}
function SX(t) {
  let e = Bm();
  if (t.isStructSchema()) return EX(t, e, O);
  let r = t.isMapSchema() ? t.getValueSchema() : t,
    n = {};
  for (let s = 0; s < e; ++s) {
    let o = ec();
    n[o] = Zt(r);
  }
  return n;
}
function EX(t, e, r) {
  let n = t.isUnionSchema(),
    s = Pm(t),
    { memberSchemas: o, encodedKeys: i, memberNames: a } = s,
    c = i.length,
    u = {},
    l,
    p,
    h = 0,
    g = !1,
    y = 0;
  for (let E = 0; E < e; ++E) {
    let S = GM(i, c, y);
    if (S >= 0) {
      ((y = S + 1), y >= c && (y = 0));
      let b = Zt(o[S]);
      b != null && (u[a[S]] = b);
    } else {
      let b = ec(),
        w = Zt(_.of(15));
      b === "__type" && typeof w == "string"
        ? (g = !0)
        : ((l = b), (p = w), ++h);
    }
  }
  if (n) {
    let E = !0;
    for (let S in u)
      if (T(u, S)) {
        E = !1;
        break;
      }
    E && h === 1 && (u.$unknown = [l, p]);
  } else if (g) {
    O = r;
    let E = _.of(15);
    for (let S = 0; S < e; ++S) {
      let b = ec(),
        w = Zt(E);
      b in u || (u[b] = w);
    }
  }
  return u;
}
function bX(t) {
  let e = Um(),
    r = typeof e == "bigint" ? Number(e) : e;
  if (r === 1) {
    let o = _.of(15),
      i = Zt(o);
    return Ks(i);
  }
  if (r === 2 || r === 3) {
    let o = Fm(),
      i = BigInt(0);
    for (let a = 0; a < o.length; ++a) i = (i << BigInt(8)) | BigInt(o[a]);
    return r === 3 ? -i - BigInt(1) : i;
  }
  if (r === 4) {
    let o = _.of(15),
      i = Zt(o),
      [a, c] = i,
      u = c < 0 ? -1 : 1,
      l = BigInt(u) * BigInt(c),
      p = String(l),
      h = c < 0 ? "-" : "",
      g;
    if (typeof a == "number" && Math.abs(a) <= 2 ** 28) {
      let E = a,
        S = "0".repeat(Math.abs(E) + 1) + p;
      ((g = E === 0 ? S : S.slice(0, S.length + E) + "." + S.slice(E)),
        (g = g.replace(/^0+/g, "")),
        g === "" && (g = "0"),
        g[0] === "." && (g = "0" + g),
        (g = h + g));
    } else {
      let E = BigInt(a);
      if (p.length === 1) g = h + p + "e" + String(E);
      else {
        let S = E + BigInt(p.length - 1);
        g = h + p[0] + "." + p.slice(1) + "e" + String(S);
      }
    }
    return wf(g);
  }
  let n = _.of(15),
    s = Zt(n);
  return { tag: HM(e), value: s };
}
function xX(t, e) {
  switch (e) {
    case 3:
      return wX();
    case 2:
      return vX();
    case 4:
      return IX(t);
    case 5:
      return _X(t);
    default:
      throw new Error(`unexpected indefinite length for major ${e}.`);
  }
}
function wX() {
  O += 1;
  let t = [],
    e = 0;
  for (; O < Ye;) {
    if (Oe[O] === 255) {
      O += 1;
      let n = new Uint8Array(e),
        s = 0;
      for (let o = 0; o < t.length; ++o) (n.set(t[o], s), (s += t[o].length));
      return FM
        ? Buffer.from(n.buffer, n.byteOffset, n.byteLength).toString("utf-8")
        : S0.decode(n);
    }
    let r = Fm();
    (t.push(r), (e += r.length));
  }
  throw new Error("expected break marker.");
}
function vX() {
  O += 1;
  let t = [],
    e = 0;
  for (; O < Ye;) {
    if (Oe[O] === 255) {
      O += 1;
      let n = new Uint8Array(e),
        s = 0;
      for (let o = 0; o < t.length; ++o) (n.set(t[o], s), (s += t[o].length));
      return n;
    }
    let r = Fm();
    (t.push(r), (e += r.length));
  }
  throw new Error("expected break marker.");
}
function IX(t) {
  O += 1;
  let e = t.isListSchema() ? t.getValueSchema() : t,
    r = [];
  for (; O < Ye;) {
    if (Oe[O] === 255) return ((O += 1), r);
    r.push(Zt(e));
  }
  throw new Error("expected break marker.");
}
function _X(t) {
  if (((O += 1), t.isStructSchema())) {
    let n = Pm(t),
      { memberSchemas: s, encodedKeys: o, memberNames: i } = n,
      a = o.length,
      c = t.isUnionSchema(),
      u = {},
      l,
      p,
      h = 0,
      g = 0;
    for (; O < Ye;) {
      if (Oe[O] === 255) {
        if (((O += 1), c)) {
          let E = !0;
          for (let S in u)
            if (T(u, S)) {
              E = !1;
              break;
            }
          E && h === 1 && (u.$unknown = [l, p]);
        }
        return u;
      }
      let y = GM(o, a, g);
      if (y >= 0) {
        ((g = y + 1), g >= a && (g = 0));
        let E = Zt(s[y]);
        E != null && (u[i[y]] = E);
      } else {
        let E = ec(),
          S = Zt(_.of(15));
        E !== "__type" && ((l = E), (p = S), ++h);
      }
    }
    throw new Error("expected break marker.");
  }
  let e = t.isMapSchema() ? t.getValueSchema() : t,
    r = {};
  for (; O < Ye;) {
    if (Oe[O] === 255) return ((O += 1), r);
    let n = ec();
    r[n] = Zt(e);
  }
  throw new Error("expected break marker.");
}
function GM(t, e, r) {
  let n = t[r];
  if (O + n.length <= Ye && BM(O, n)) return ((O += n.length), r);
  for (let s = 0; s < e; ++s) {
    if (s === r) continue;
    let o = t[s];
    if (O + o.length <= Ye && BM(O, o)) return ((O += o.length), s);
  }
  return -1;
}
function BM(t, e) {
  let r = e.length;
  if (Oe[t] !== e[0]) return !1;
  for (let n = 1; n < r; ++n) if (Oe[t + n] !== e[n]) return !1;
  return !0;
}
function Um() {
  let t = Oe[O] & 31;
  if (t < 24) return ((O += 1), t);
  switch (t) {
    case 24:
      return (Ye - O < 2 && _s(1), (O += 2), Oe[O - 1]);
    case 25:
      return (Ye - O < 3 && _s(2), (O += 3), wo.getUint16(O - 2));
    case 26:
      return (Ye - O < 5 && _s(4), (O += 5), wo.getUint32(O - 4));
    case 27: {
      (Ye - O < 9 && _s(8), (O += 9));
      let e = wo.getUint32(O - 8);
      return e < 2097152
        ? e * 4294967296 + wo.getUint32(O - 4)
        : wo.getBigUint64(O - 8);
    }
    default:
      throw new Error(`unexpected minor value ${t}.`);
  }
}
function Bm() {
  let t = Um();
  return typeof t == "bigint" ? Number(t) : t;
}
function TX() {
  let t = Um();
  return HM(t);
}
function AX() {
  let t = Um();
  return typeof t == "bigint" ? BigInt(-1) - t : -1 - t;
}
function Fm() {
  let t = Bm();
  Ye - O < t && _s(t);
  let e = O;
  return ((O += t), Oe.subarray(e, e + t));
}
function ec() {
  let t = Bm();
  Ye - O < t && _s(t);
  let e = O;
  return (
    (O += t),
    t < 24
      ? CX(e, t)
      : E0
        ? Oe.toString("utf-8", e, e + t)
        : S0.decode(Oe.subarray(e, e + t))
  );
}
function CX(t, e) {
  let r = e;
  for (let i = 0; i < e; ++i) r = (r * 31 + Oe[t + i]) | 0;
  let n = (r >>> 0) & (b0 - 1),
    s = UM[n];
  if (s !== void 0 && s.length === e) {
    let i = !0;
    for (let a = 0; a < e; ++a)
      if (s.charCodeAt(a) !== Oe[t + a]) {
        i = !1;
        break;
      }
    if (i) return ((y0[n] = Ju), s);
  }
  let o = E0
    ? Oe.toString("utf-8", t, t + e)
    : S0.decode(Oe.subarray(t, t + e));
  return (y0[n] !== Ju && ((UM[n] = o), (y0[n] = Ju)), o);
}
function RX() {
  let t = O,
    e = Oe[t] & 31;
  switch (e) {
    case 21:
      return ((O = t + 1), !0);
    case 20:
      return ((O = t + 1), !1);
    case 22:
      return ((O = t + 1), null);
    case 23:
      return ((O = t + 1), null);
    case 25:
      return (Ye - t < 3 && _s(2), (O = t + 3), OX(Oe[t + 1], Oe[t + 2]));
    case 26:
      return (Ye - t < 5 && _s(4), (O = t + 5), wo.getFloat32(t + 1));
    case 27:
      return (Ye - t < 9 && _s(8), (O = t + 9), wo.getFloat64(t + 1));
    default:
      throw new Error(`unexpected minor value ${e} for major 7.`);
  }
}
function OX(t, e) {
  let r = t >> 7,
    n = (t & 124) >> 2,
    s = ((t & 3) << 8) | e,
    o = r === 0 ? 1 : -1;
  return n === 0
    ? s === 0
      ? 0
      : o * (Math.pow(2, -14) * (s / 1024))
    : n === 31
      ? s === 0
        ? o * (1 / 0)
        : NaN
      : o * (Math.pow(2, n - 15) * (1 + s / 1024));
}
function HM(t) {
  if (typeof t == "number") return t;
  let e = Number(t);
  return Number.MIN_SAFE_INTEGER <= e && e <= Number.MAX_SAFE_INTEGER ? e : t;
}
function _s(t) {
  throw new Error(`CBOR: length ${t} greater than remaining buffer length.`);
}
function $m(t, e) {
  if (t.isTimestampSchema()) {
    if (typeof e == "number") return Ks(e);
    if (typeof e == "object" && e !== null && e.tag === 1 && "value" in e)
      return Ks(e.value);
  }
  if (
    t.isBlobSchema() ||
    typeof e > "u" ||
    typeof e == "boolean" ||
    typeof e == "number" ||
    typeof e == "string" ||
    typeof e == "bigint" ||
    typeof e == "symbol" ||
    typeof e != "object" ||
    e === null ||
    "byteLength" in e ||
    e instanceof Date ||
    e instanceof W ||
    t.isDocumentSchema()
  )
    return e;
  if (t.isListSchema()) {
    let n = t.getValueSchema(),
      s = [];
    for (let o of e) s.push($m(n, o));
    return s;
  }
  let r = {};
  if (t.isMapSchema()) {
    let n = t.getValueSchema();
    for (let s in e) T(e, s) && (r[s] = $m(n, e[s]));
  } else if (t.isStructSchema()) {
    let n = t.isUnionSchema(),
      s;
    if (n) {
      s = new Set();
      for (let o in e) T(e, o) && o !== "__type" && s.add(o);
    }
    for (let [o, i] of t.structIterator())
      (n && s.delete(o), e[o] != null && (r[o] = $m(i, e[o])));
    if (n && s?.size === 1) {
      let o = !0;
      for (let i in r)
        if (T(r, i)) {
          o = !1;
          break;
        }
      if (o) {
        let i = s.values().next().value;
        r.$unknown = [i, e[i]];
      }
    } else if (typeof e.__type == "string")
      for (let o in e) T(e, o) && (o in r || (r[o] = e[o]));
  }
  return r;
}
var Lm,
  FM,
  S0,
  Oe,
  E0,
  wo,
  O,
  Ye,
  b0,
  UM,
  y0,
  Ju,
  VM = d(() => {
    F();
    $();
    K();
    P();
    g0();
    ((Lm = class extends We {
      read(e, r) {
        return (
          (Oe = r),
          (E0 = FM && r instanceof Buffer),
          (wo = new DataView(r.buffer, r.byteOffset, r.byteLength)),
          (O = 0),
          (Ye = r.length),
          (Ju = (Ju + 1) & 65535),
          Zt(_.of(e))
        );
      }
      readValue(e, r) {
        return $m(_.of(e), r);
      }
    }),
      (FM = typeof Buffer < "u"),
      (S0 = new TextDecoder()),
      (Oe = new Uint8Array(0)),
      (E0 = !1),
      (wo = new DataView(new ArrayBuffer(0))),
      (O = 0),
      (Ye = 0),
      (b0 = 2048),
      (UM = new Array(b0)),
      (y0 = new Uint16Array(b0)),
      (Ju = 0));
  });
var Gm,
  jM = d(() => {
    $();
    g0();
    VM();
    Gm = class extends We {
      createSerializer() {
        let e = new Om();
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Lm();
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Yu,
  zM = d(() => {
    $();
    K();
    jM();
    s0();
    Yu = class extends no {
      codec = new Gm();
      serializer = this.codec.createSerializer();
      deserializer = this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Cbor";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-cbor";
      }
      applyEmptyBody(e) {
        (e.body ||
          (this.serializer.write(15, {}), (e.body = this.serializer.flush())),
          e.body instanceof Uint8Array &&
            (e.headers["content-length"] = String(e.body.byteLength)));
      }
      async handleError(e, r, n, s, o) {
        let i = Wu(n, s) ?? "Unknown",
          a = ["*"],
          { defaultNamespace: c } = this.options;
        a.unshift(c);
        let [u, l] = i.includes("#") ? i.split("#") : [void 0, i];
        u && a.unshift(u);
        let p = {
            $metadata: o,
            $fault: n.statusCode < 500 ? "client" : "server",
          },
          h = [this.compositeErrorRegistry];
        (u && h.push(fe.for(u)), h.push(fe.for(c)));
        let [g, y, E] = this.resolveError(l, a, h);
        if (E === "native" || E === "synthetic") {
          s.Message && (s.message = s.Message);
          let v = E === "synthetic" ? new y({ name: l }) : new Error(l);
          throw Object.assign(v, p, s);
        }
        let S = _.of(g),
          b = s.message ?? s.Message ?? "Unknown",
          w = new y({}),
          I = {};
        for (let [v, A] of S.structIterator())
          I[v] = this.deserializer.readValue(A, s[v]);
        throw Object.assign(
          w,
          p,
          { $fault: S.getMergedTraits().error, message: b },
          I,
        );
      }
      getDefaultContentType() {
        return "application/cbor";
      }
    };
  });
var qM = d(() => {
  s0();
  zM();
});
var Pt,
  yi = d(() => {
    L();
    K();
    Pt = class {
      queryCompat;
      errorRegistry;
      constructor(e = !1) {
        this.queryCompat = e;
      }
      resolveRestContentType(e, r) {
        let n = r.getMemberSchemas(),
          s = Object.values(n).find((o) => !!o.getMergedTraits().httpPayload);
        if (s) {
          let o = s.getMergedTraits().mediaType;
          return (
            o ||
            (s.isStringSchema()
              ? "text/plain"
              : s.isBlobSchema()
                ? "application/octet-stream"
                : e)
          );
        } else if (
          !r.isUnitSchema() &&
          Object.values(n).find((i) => {
            let {
              httpQuery: a,
              httpQueryParams: c,
              httpHeader: u,
              httpLabel: l,
              httpPrefixHeaders: p,
            } = i.getMergedTraits();
            return !a && !c && !u && !l && p === void 0;
          })
        )
          return e;
      }
      async getErrorSchemaOrThrowBaseException(e, r, n, s, o, i) {
        let a = e;
        e.includes("#") && ([, a] = e.split("#"));
        let c = {
          $metadata: o,
          $fault: n.statusCode < 500 ? "client" : "server",
        };
        if (!this.errorRegistry)
          throw new Error(
            "@aws-sdk/core/protocols - error handler not initialized.",
          );
        try {
          return {
            errorSchema:
              i?.(this.errorRegistry, a) ?? this.errorRegistry.getSchema(e),
            errorMetadata: c,
          };
        } catch {
          s.message = s.message ?? s.Message ?? "UnknownError";
          let l = this.errorRegistry,
            p = l.getBaseException();
          if (p) {
            let y = l.getErrorCtor(p) ?? Error;
            throw this.decorateServiceException(
              Object.assign(new y({ name: a }), c),
              s,
            );
          }
          let h = s,
            g =
              h?.message ??
              h?.Message ??
              h?.Error?.Message ??
              h?.Error?.message;
          throw this.decorateServiceException(
            Object.assign(new Error(g), { name: a }, c),
            s,
          );
        }
      }
      compose(e, r, n) {
        let s = n;
        r.includes("#") && ([s] = r.split("#"));
        let o = fe.for(s),
          i = fe.for("smithy.ts.sdk.synthetic." + n);
        (e.copyFrom(o), e.copyFrom(i), (this.errorRegistry = e));
      }
      decorateServiceException(e, r = {}) {
        if (this.queryCompat) {
          let n = e.Message ?? r.Message,
            s = Ko(e, r);
          n && (s.message = n);
          let o = s.Error ?? {};
          ((o.Type = s.Error?.Type),
            (o.Code = s.Error?.Code),
            (o.Message = s.Error?.message ?? s.Error?.Message ?? n),
            (s.Error = o));
          let i = s.$metadata.requestId;
          return (i && (s.RequestId = i), s);
        }
        return Ko(e, r);
      }
      setQueryCompatError(e, r) {
        let n = r.headers?.["x-amzn-query-error"];
        if (e !== void 0 && n != null) {
          let [s, o] = n.split(";"),
            i = Object.keys(e),
            a = { Code: s, Type: o };
          ((e.Code = s), (e.Type = o));
          for (let c = 0; c < i.length; c++) {
            let u = i[c];
            a[u === "message" ? "Message" : u] = e[u];
          }
          (delete a.__type, (e.Error = a));
        }
      }
      queryCompatOutput(e, r) {
        (e.Error && (r.Error = e.Error),
          e.Type && (r.Type = e.Type),
          e.Code && (r.Code = e.Code));
      }
      findQueryCompatibleError(e, r) {
        try {
          return e.getSchema(r);
        } catch {
          return e.find(
            (s) => _.of(s).getMergedTraits().awsQueryError?.[0] === r,
          );
        }
      }
    };
  });
var Hm,
  WM = d(() => {
    qM();
    K();
    yi();
    Hm = class extends Yu {
      awsQueryCompatible;
      mixin;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        awsQueryCompatible: n,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new Pt(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n);
        return (
          this.awsQueryCompatible && (s.headers["x-amzn-query-mode"] = "true"),
          s
        );
      }
      async handleError(e, r, n, s, o) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(s, n);
        let i = (() => {
          let y = n.headers["x-amzn-query-error"];
          return y && this.awsQueryCompatible
            ? y.split(";")[0]
            : (Wu(n, s) ?? "Unknown");
        })();
        this.mixin.compose(
          this.compositeErrorRegistry,
          i,
          this.options.defaultNamespace,
        );
        let { errorSchema: a, errorMetadata: c } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              s,
              o,
              this.awsQueryCompatible
                ? this.mixin.findQueryCompatibleError
                : void 0,
            ),
          u = _.of(a),
          l = s.message ?? s.Message ?? "UnknownError",
          p = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new p({}),
          g = {};
        for (let [y, E] of u.structIterator())
          s[y] != null && (g[y] = this.deserializer.readValue(E, s[y]));
        throw (
          this.awsQueryCompatible && this.mixin.queryCompatOutput(s, g),
          this.mixin.decorateServiceException(
            Object.assign(
              h,
              c,
              { $fault: u.getMergedTraits().error, message: l },
              g,
            ),
            s,
          )
        );
      }
    };
  });
var vo,
  Vm = d(() => {
    $();
    K();
    yi();
    vo = class extends Rn {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: n,
        awsQueryCompatible: s,
        jsonCodec: o,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.serviceTarget = n),
          (this.codec =
            o ??
            new fr({
              timestampFormat: { useTrait: !0, default: 7 },
              jsonName: !1,
            })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!s),
          (this.mixin = new Pt(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n);
        return (
          s.path.endsWith("/") || (s.path += "/"),
          (s.headers["content-type"] =
            `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (s.headers["x-amz-target"] = `${this.serviceTarget}.${e.name}`),
          this.awsQueryCompatible && (s.headers["x-amzn-query-mode"] = "true"),
          (or(e.input) === "unit" || !s.body) && (s.body = "{}"),
          s
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(e, r, n, s, o) {
        let { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(s, n);
        let a = Na(n, s, i) ?? "Unknown";
        this.mixin.compose(
          this.compositeErrorRegistry,
          a,
          this.options.defaultNamespace,
        );
        let { errorSchema: c, errorMetadata: u } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              a,
              this.options.defaultNamespace,
              n,
              s,
              o,
              i ? this.mixin.findQueryCompatibleError : void 0,
            ),
          l = _.of(c),
          p = s.message ?? s.Message ?? "UnknownError",
          h = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
          g = new h({}),
          y = {},
          E = this.codec.createDeserializer();
        for (let [S, b] of l.structIterator())
          s[S] != null && (y[S] = E.readObject(b, s[S]));
        throw (
          i && this.mixin.queryCompatOutput(s, y),
          this.mixin.decorateServiceException(
            Object.assign(
              g,
              u,
              { $fault: l.getMergedTraits().error, message: p },
              y,
            ),
            s,
          )
        );
      }
    };
  });
var jm,
  KM = d(() => {
    Vm();
    jm = class extends vo {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: n,
        awsQueryCompatible: s,
        jsonCodec: o,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: n,
          awsQueryCompatible: s,
          jsonCodec: o,
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_0";
      }
      getJsonRpcVersion() {
        return "1.0";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.0";
      }
    };
  });
var zm,
  XM = d(() => {
    Vm();
    zm = class extends vo {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: n,
        awsQueryCompatible: s,
        jsonCodec: o,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: n,
          awsQueryCompatible: s,
          jsonCodec: o,
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_1";
      }
      getJsonRpcVersion() {
        return "1.1";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.1";
      }
    };
  });
var Yn,
  JM = d(() => {
    $();
    K();
    yi();
    Yn = class extends ro {
      serializer;
      deserializer;
      codec;
      mixin = new Pt();
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        jsonCodec: n,
      }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
        let s = {
          timestampFormat: { useTrait: !0, default: 7 },
          httpBindings: !0,
          jsonName: !0,
        };
        ((this.codec = n ?? new fr(s)),
          (this.serializer = new io(this.codec.createSerializer(), s)),
          (this.deserializer = new oo(this.codec.createDeserializer(), s)));
      }
      getShapeId() {
        return "aws.protocols#restJson1";
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(e) {
        (this.codec.setSerdeContext(e), super.setSerdeContext(e));
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n),
          o = _.of(e.input);
        if (!s.headers["content-type"]) {
          let i = this.mixin.resolveRestContentType(
            this.getDefaultContentType(),
            o,
          );
          i && (s.headers["content-type"] = i);
        }
        return (
          s.body == null &&
            s.headers["content-type"] === this.getDefaultContentType() &&
            (s.body = "{}"),
          s
        );
      }
      async deserializeResponse(e, r, n) {
        let s = await super.deserializeResponse(e, r, n),
          o = _.of(e.output);
        for (let [i, a] of o.structIterator())
          a.getMemberTraits().httpPayload && !(i in s) && (s[i] = null);
        return s;
      }
      async handleError(e, r, n, s, o) {
        let i = Da(n, s) ?? "Unknown";
        this.mixin.compose(
          this.compositeErrorRegistry,
          i,
          this.options.defaultNamespace,
        );
        let { errorSchema: a, errorMetadata: c } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              s,
              o,
            ),
          u = _.of(a),
          l = s.message ?? s.Message ?? "UnknownError",
          p = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new p({});
        await this.deserializeHttpMessage(a, r, n, s);
        let g = {},
          y = this.codec.createDeserializer();
        for (let [E, S] of u.structIterator()) {
          let b = S.getMergedTraits().jsonName ?? E;
          g[E] = y.readObject(S, s[b]);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(
            h,
            c,
            { $fault: u.getMergedTraits().error, message: l },
            g,
          ),
          s,
        );
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  });
var qm,
  YM = d(() => {
    $();
    K();
    yi();
    qm = class extends Ma {
      awsQueryCompatible;
      mixin;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        awsQueryCompatible: n,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new Pt(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n);
        return (
          this.awsQueryCompatible && (s.headers["x-amzn-query-mode"] = "true"),
          s
        );
      }
      async handleError(e, r, n, s, o) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(s, n);
        let i = (() => {
          let E = n.headers["x-amzn-query-error"];
          return E && this.awsQueryCompatible
            ? E.split(";")[0]
            : (Pa(n, s) ?? "Unknown");
        })();
        this.mixin.compose(
          this.compositeErrorRegistry,
          i,
          this.options.defaultNamespace,
        );
        let { errorSchema: a, errorMetadata: c } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              s,
              o,
              this.awsQueryCompatible
                ? this.mixin.findQueryCompatibleError
                : void 0,
            ),
          u = _.of(a),
          l = s.message ?? s.Message ?? "UnknownError",
          p = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new p({}),
          g = {},
          y = this.getPayloadCodec().createDeserializer();
        for (let [E, S] of u.structIterator())
          s[E] != null && (g[E] = y.readObject(S, s[E]));
        throw (
          this.awsQueryCompatible && this.mixin.queryCompatOutput(s, g),
          this.mixin.decorateServiceException(
            Object.assign(
              h,
              c,
              { $fault: u.getMergedTraits().error, message: l },
              g,
            ),
            s,
          )
        );
      }
    };
  });
var Xm = Ee((Km) => {
  var DX = /[&<>"]/g,
    NX = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  function PX(t) {
    return t.replace(DX, (e) => NX[e]);
  }
  var kX = /[&"'<>\r\n\u0085\u2028]/g,
    MX = {
      "&": "&amp;",
      '"': "&quot;",
      "'": "&apos;",
      "<": "&lt;",
      ">": "&gt;",
      "\r": "&#x0D;",
      "\n": "&#x0A;",
      "\x85": "&#x85;",
      "\u2028": "&#x2028;",
    };
  function $X(t) {
    return t.replace(kX, (e) => MX[e]);
  }
  var Wm = class {
      value;
      constructor(e) {
        this.value = e;
      }
      toString() {
        return $X("" + this.value);
      }
    },
    w0 = class t {
      name;
      children;
      attributes = {};
      static of(e, r, n) {
        let s = new t(e);
        return (
          r !== void 0 && s.addChildNode(new Wm(r)),
          n !== void 0 && s.withName(n),
          s
        );
      }
      constructor(e, r = []) {
        ((this.name = e), (this.children = r));
      }
      withName(e) {
        return ((this.name = e), this);
      }
      addAttribute(e, r) {
        return ((this.attributes[e] = r), this);
      }
      addChildNode(e) {
        return (this.children.push(e), this);
      }
      removeAttribute(e) {
        return (delete this.attributes[e], this);
      }
      n(e) {
        return ((this.name = e), this);
      }
      c(e) {
        return (this.children.push(e), this);
      }
      a(e, r) {
        return (r != null && (this.attributes[e] = r), this);
      }
      cc(e, r, n = r) {
        if (e[r] != null) {
          let s = t.of(r, e[r]).withName(n);
          this.c(s);
        }
      }
      l(e, r, n, s) {
        e[r] != null &&
          s().map((i) => {
            (i.withName(n), this.c(i));
          });
      }
      lc(e, r, n, s) {
        if (e[r] != null) {
          let o = s(),
            i = new t(n);
          (o.map((a) => {
            i.c(a);
          }),
            this.c(i));
        }
      }
      toString() {
        let e = !!this.children.length,
          r = `<${this.name}`,
          n = this.attributes;
        for (let s of Object.keys(n)) {
          let o = n[s];
          o != null && (r += ` ${s}="${PX("" + o)}"`);
        }
        return (r += e
          ? `>${this.children.map((s) => s.toString()).join("")}</${this.name}>`
          : "/>");
      }
    };
  function x0(t) {
    Object.defineProperty(t, "__proto__", {
      value: void 0,
      writable: !0,
      enumerable: !0,
      configurable: !0,
    });
  }
  function LX(t) {
    return new v0(t).parse();
  }
  var v0 = class t {
    x;
    i = 0;
    z;
    constructor(e) {
      ((this.x = e),
        (this.x = e.replace(
          /\r\n?/g,
          `
`,
        )),
        (this.z = this.x.length));
    }
    parse() {
      let e = this,
        { z: r } = e;
      for (; e.i < r && (e.trim(), !(e.i >= r));)
        if (e.isNext("<?")) (e.readTo("?>"), e.trim());
        else if (e.isNext("<!--")) (e.readTo("-->"), e.trim());
        else if (e.isNext("<!DOCTYPE", !1)) (e.skipDoctype(), e.trim());
        else if (e.x[e.i] === "<") {
          let n = e.parseTag();
          return { [n.tag]: n.value };
        } else throw new Error("@aws-sdk XML parse error: unexpected content.");
      throw new Error("@aws-sdk XML parse error: no root element.");
    }
    isNext(e, r = !0) {
      let n = this;
      return r
        ? n.x.startsWith(e, n.i)
        : n.x.toLowerCase().startsWith(e.toLowerCase(), n.i);
    }
    readTo(e) {
      let r = this,
        n = r.x.indexOf(e, r.i);
      if (n === -1)
        throw new Error(`@aws-sdk XML parse error: expected "${e}" not found.`);
      let s = r.x.slice(r.i, n);
      return ((r.i = n + e.length), s);
    }
    trim() {
      let e = this;
      for (
        ;
        e.i < e.z &&
        ` 	\r
`.includes(e.x[e.i]);
      )
        ++e.i;
    }
    readAttrValue() {
      let e = this,
        r = e.x[e.i];
      ++e.i;
      let n = "";
      for (; e.i < e.z && e.x[e.i] !== r;) n += e.x[e.i++];
      return (++e.i, e.decodeEntities(n));
    }
    parseTag() {
      let e = this;
      ++e.i;
      let r = "";
      for (
        ;
        e.i < e.z &&
        !` 	\r
>/`.includes(e.x[e.i]);
      )
        r += e.x[e.i++];
      let n = !1,
        s = {};
      for (; e.i < e.z && (e.trim(), !">/".includes(e.x[e.i]));) {
        let l = "";
        for (
          ;
          e.i < e.z &&
          !`= 	\r
>/?`.includes(e.x[e.i]);
        )
          l += e.x[e.i++];
        if ((e.trim(), e.x[e.i] !== "=")) break;
        (++e.i,
          e.trim(),
          l === "__proto__" && x0(s),
          (s[l] = e.readAttrValue()),
          (n = !0));
      }
      if (e.i >= e.z)
        throw new Error("@aws-sdk XML parse error: unexpected end of input.");
      if (e.x[e.i] === "/") {
        if ((++e.i, e.i >= e.z || e.x[e.i] !== ">"))
          throw new Error(
            "@aws-sdk XML parse error: expected > at the end of self-closing tag.",
          );
        return (++e.i, { tag: r, value: n ? s : "" });
      }
      if (e.x[e.i] !== ">")
        throw new Error(
          "@aws-sdk XML parse error: expected > at the end of opening tag.",
        );
      ++e.i;
      let o = [],
        i = [],
        a = !1;
      for (; e.i < e.z && !e.isNext("</");)
        if (e.x[e.i] === "<")
          e.isNext("<!--")
            ? e.readTo("-->")
            : e.isNext("<![CDATA[")
              ? ((e.i += 9), o.push(e.readTo("]]>")))
              : e.isNext("<?")
                ? e.readTo("?>")
                : ((a = !0), i.push(e.parseTag()));
        else {
          let l = "";
          for (; e.i < e.z && e.x[e.i] !== "<";) l += e.x[e.i++];
          o.push(e.decodeEntities(l));
        }
      if (!e.isNext("</"))
        throw new Error(
          `@aws-sdk XML parse error: missing closing tag </${r}>.`,
        );
      e.i += 2;
      let c = e.readTo(">").trim();
      if (c !== r)
        throw new Error(
          `@aws-sdk XML parse error: mismatched tags <${r}> and </${c}>.`,
        );
      if (!n && o.length === 0 && !a) return { tag: r, value: "" };
      if (!n && !a) {
        let l = o.length === 1 ? o[0] : o.join("");
        return l.trim() === "" &&
          l.includes(`
`)
          ? { tag: r, value: "" }
          : { tag: r, value: l };
      }
      let u = {};
      for (let l of o)
        (l.trim() === "" &&
          l.includes(`
`)) ||
          (u["#text"] = "#text" in u ? u["#text"] + l : l);
      for (let l of i)
        (l.tag === "__proto__" && x0(u),
          l.tag in u
            ? Array.isArray(u[l.tag])
              ? u[l.tag].push(l.value)
              : (u[l.tag] = [u[l.tag], l.value])
            : (u[l.tag] = l.value));
      for (let [l, p] of Object.entries(s))
        (l === "__proto__" && x0(u), (u[l] = p));
      return { tag: r, value: u };
    }
    static ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    skipDoctype() {
      let e = this;
      e.i += 9;
      let r = 0;
      for (; e.i < e.z;) {
        let n = e.x[e.i];
        if (n === "[") ++r;
        else if (n === "]") --r;
        else if (n === ">" && r === 0) {
          ++e.i;
          return;
        }
        ++e.i;
      }
      throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
    }
    decodeEntities(e) {
      return e.replace(
        /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,
        (r, n, s, o) =>
          n
            ? String.fromCharCode(parseInt(n, 16))
            : s
              ? String.fromCharCode(parseInt(s, 10))
              : (t.ENTITIES[o] ?? ""),
      );
    }
  };
  Km.XmlNode = w0;
  Km.XmlText = Wm;
  Km.parseXML = LX;
});
var Qn,
  Qu = d(() => {
    Qn = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Jm,
  QM = d(() => {
    Jm = class {
      from;
      to;
      keys;
      constructor(e, r) {
        ((this.from = e), (this.to = r));
        let n = Object.keys(this.from),
          s = new Set(n);
        (s.delete("__type"), (this.keys = s));
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          let e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function ZM(t) {
  Object.defineProperty(t, "__proto__", {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var e$ = d(() => {});
var t$,
  Io,
  Ym = d(() => {
    t$ = Se(Xm());
    L();
    $();
    K();
    P();
    Qu();
    QM();
    e$();
    Io = class extends Qn {
      settings;
      stringDeserializer;
      constructor(e) {
        (super(), (this.settings = e), (this.stringDeserializer = new so(e)));
      }
      setSerdeContext(e) {
        ((this.serdeContext = e), this.stringDeserializer.setSerdeContext(e));
      }
      read(e, r, n) {
        let s = _.of(e),
          o = s.getMemberSchemas();
        if (
          s.isStructSchema() &&
          s.isMemberSchema() &&
          !!Object.values(o).find((u) => !!u.getMemberTraits().eventPayload)
        ) {
          let u = {},
            l = Object.keys(o)[0];
          return (
            o[l].isBlobSchema() ? (u[l] = r) : (u[l] = this.read(o[l], r)),
            u
          );
        }
        let a = (this.serdeContext?.utf8Encoder ?? we)(r),
          c = this.parseXml(a);
        return this.readSchema(e, n ? c[n] : c);
      }
      readSchema(e, r) {
        let n = _.of(e);
        if (n.isUnitSchema()) return;
        let s = n.getMergedTraits();
        if (n.isListSchema() && !Array.isArray(r))
          return this.readSchema(n, [r]);
        if (r == null) return r;
        if (typeof r == "object") {
          let o = !!s.xmlFlattened;
          if (n.isListSchema()) {
            let a = n.getValueSchema(),
              c = [],
              u = a.getMergedTraits().xmlName ?? "member",
              l = o ? r : (r[0] ?? r)[u];
            if (l == null) return c;
            let p = Array.isArray(l) ? l : [l];
            for (let h of p) c.push(this.readSchema(a, h));
            return c;
          }
          let i = {};
          if (n.isMapSchema()) {
            let a = n.getKeySchema(),
              c = n.getValueSchema(),
              u;
            o
              ? (u = Array.isArray(r) ? r : [r])
              : (u = Array.isArray(r.entry) ? r.entry : [r.entry]);
            let l = a.getMergedTraits().xmlName ?? "key",
              p = c.getMergedTraits().xmlName ?? "value";
            for (let h of u) {
              let g = h[l],
                y = h[p];
              (g === "__proto__" && ZM(i), (i[g] = this.readSchema(c, y)));
            }
            return i;
          }
          if (n.isStructSchema()) {
            let a = n.isUnionSchema(),
              c;
            a && (c = new Jm(r, i));
            for (let [u, l] of n.structIterator()) {
              let p = l.getMergedTraits(),
                h = p.httpPayload
                  ? (p.xmlName ?? l.getName())
                  : (l.getMemberTraits().xmlName ?? u);
              (a && c.mark(h),
                r[h] != null && (i[u] = this.readSchema(l, r[h])));
            }
            return (a && c.writeUnknown(), i);
          }
          if (n.isDocumentSchema()) return r;
          throw new Error(
            `@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${n.getName(!0)}`,
          );
        }
        return n.isListSchema()
          ? []
          : n.isMapSchema() || n.isStructSchema()
            ? {}
            : this.stringDeserializer.read(n, r);
      }
      parseXml(e) {
        if (e.length) {
          let r;
          try {
            r = (0, t$.parseXML)(e);
          } catch (i) {
            throw (
              i &&
                typeof i == "object" &&
                Object.defineProperty(i, "$responseBodyText", { value: e }),
              i
            );
          }
          let n = "#text",
            s = Object.keys(r)[0],
            o = r[s];
          return (o[n] && ((o[s] = o[n]), delete o[n]), Jo(o));
        }
        return {};
      }
    };
  });
var tc,
  I0 = d(() => {
    $();
    K();
    P();
    P();
    Qu();
    tc = class extends Qn {
      settings;
      buffer;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r, n = "") {
        this.buffer === void 0 && (this.buffer = "");
        let s = _.of(e);
        if ((n && !n.endsWith(".") && (n += "."), s.isBlobSchema()))
          (typeof r == "string" || r instanceof Uint8Array) &&
            (this.writeKey(n),
            this.writeValue((this.serdeContext?.base64Encoder ?? xe)(r)));
        else if (
          s.isBooleanSchema() ||
          s.isNumericSchema() ||
          s.isStringSchema()
        )
          r != null
            ? (this.writeKey(n), this.writeValue(String(r)))
            : s.isIdempotencyToken() &&
              (this.writeKey(n), this.writeValue(Yt()));
        else if (s.isBigIntegerSchema())
          r != null && (this.writeKey(n), this.writeValue(String(r)));
        else if (s.isBigDecimalSchema())
          r != null &&
            (this.writeKey(n),
            this.writeValue(r instanceof W ? r.string : String(r)));
        else if (s.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(n), Ot(s, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace(".000Z", "Z"));
                break;
              case 6:
                this.writeValue(qt(r));
                break;
              case 7:
                this.writeValue(String(r.getTime() / 1e3));
                break;
            }
        } else if (s.isDocumentSchema())
          Array.isArray(r)
            ? this.write(79, r, n)
            : r instanceof Date
              ? this.write(4, r, n)
              : r instanceof Uint8Array
                ? this.write(21, r, n)
                : r && typeof r == "object"
                  ? this.write(143, r, n)
                  : (this.writeKey(n), this.writeValue(String(r)));
        else if (s.isListSchema()) {
          if (Array.isArray(r))
            if (r.length === 0)
              this.settings.serializeEmptyLists &&
                (this.writeKey(n), this.writeValue(""));
            else {
              let o = s.getValueSchema(),
                i =
                  this.settings.flattenLists ||
                  s.getMergedTraits().xmlFlattened,
                a = 1;
              for (let c of r) {
                if (c == null) continue;
                let u = o.getMergedTraits(),
                  l = this.getKey("member", u.xmlName, u.ec2QueryName),
                  p = i ? `${n}${a}` : `${n}${l}.${a}`;
                (this.write(o, c, p), ++a);
              }
            }
        } else if (s.isMapSchema()) {
          if (r && typeof r == "object") {
            let o = s.getKeySchema(),
              i = s.getValueSchema(),
              a = s.getMergedTraits().xmlFlattened,
              c = 1;
            for (let u in r) {
              let l = r[u];
              if (l == null) continue;
              let p = o.getMergedTraits(),
                h = this.getKey("key", p.xmlName, p.ec2QueryName),
                g = a ? `${n}${c}.${h}` : `${n}entry.${c}.${h}`,
                y = i.getMergedTraits(),
                E = this.getKey("value", y.xmlName, y.ec2QueryName),
                S = a ? `${n}${c}.${E}` : `${n}entry.${c}.${E}`;
              (this.write(o, u, g), this.write(i, l, S), ++c);
            }
          }
        } else if (s.isStructSchema()) {
          if (r && typeof r == "object") {
            let o = !1;
            for (let [i, a] of s.structIterator()) {
              if (r[i] == null && !a.isIdempotencyToken()) continue;
              let c = a.getMergedTraits(),
                u = this.getKey(i, c.xmlName, c.ec2QueryName, "struct"),
                l = `${n}${u}`;
              (this.write(a, r[i], l), (o = !0));
            }
            if (!o && s.isUnionSchema()) {
              let { $unknown: i } = r;
              if (Array.isArray(i)) {
                let [a, c] = i,
                  u = `${n}${a}`;
                this.write(15, c, u);
              }
            }
          }
        } else if (!s.isUnitSchema())
          throw new Error(
            `@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${s.getName(!0)}`,
          );
      }
      flush() {
        if (this.buffer === void 0)
          throw new Error(
            "@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.",
          );
        let e = this.buffer;
        return (delete this.buffer, e);
      }
      getKey(e, r, n, s) {
        let { ec2: o, capitalizeKeys: i } = this.settings;
        if (o && n) return n;
        let a = r ?? e;
        return i && s === "struct" ? a[0].toUpperCase() + a.slice(1) : a;
      }
      writeKey(e) {
        (e.endsWith(".") && (e = e.slice(0, e.length - 1)),
          (this.buffer += `&${Or(e)}=`));
      }
      writeValue(e) {
        this.buffer += Or(e);
      }
    };
  });
var _o,
  _0 = d(() => {
    $();
    K();
    yi();
    Ym();
    I0();
    _o = class extends Rn {
      options;
      serializer;
      deserializer;
      mixin = new Pt();
      constructor(e) {
        (super({
          defaultNamespace: e.defaultNamespace,
          errorTypeRegistries: e.errorTypeRegistries,
        }),
          (this.options = e));
        let r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !1,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
          serializeEmptyLists: !0,
        };
        ((this.serializer = new tc(r)), (this.deserializer = new Io(r)));
      }
      getShapeId() {
        return "aws.protocols#awsQuery";
      }
      setSerdeContext(e) {
        (this.serializer.setSerdeContext(e),
          this.deserializer.setSerdeContext(e));
      }
      getPayloadCodec() {
        throw new Error("AWSQuery protocol has no payload codec.");
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n);
        (s.path.endsWith("/") || (s.path += "/"),
          (s.headers["content-type"] = "application/x-www-form-urlencoded"),
          (or(e.input) === "unit" || !s.body) && (s.body = ""));
        let o = e.name.split("#")[1] ?? e.name;
        return (
          (s.body = `Action=${o}&Version=${this.options.version}` + s.body),
          s.body.endsWith("&") && (s.body = s.body.slice(-1)),
          s
        );
      }
      async deserializeResponse(e, r, n) {
        let s = this.deserializer,
          o = _.of(e.output),
          i = {};
        if (n.statusCode >= 300) {
          let l = await He(n.body, r);
          (l.byteLength > 0 && Object.assign(i, await s.read(15, l)),
            await this.handleError(e, r, n, i, this.deserializeMetadata(n)));
        }
        for (let l in n.headers) {
          let p = n.headers[l];
          (delete n.headers[l], (n.headers[l.toLowerCase()] = p));
        }
        let a = e.name.split("#")[1] ?? e.name,
          c =
            o.isStructSchema() && this.useNestedResult()
              ? a + "Result"
              : void 0,
          u = await He(n.body, r);
        return (
          u.byteLength > 0 && Object.assign(i, await s.read(o, u, c)),
          (i.$metadata = this.deserializeMetadata(n)),
          i
        );
      }
      useNestedResult() {
        return !0;
      }
      async handleError(e, r, n, s, o) {
        let i = this.loadQueryErrorCode(n, s) ?? "Unknown";
        this.mixin.compose(
          this.compositeErrorRegistry,
          i,
          this.options.defaultNamespace,
        );
        let a = this.loadQueryError(s) ?? {},
          c = this.loadQueryErrorMessage(s);
        ((a.message = c),
          (a.Error = { Type: a.Type, Code: a.Code, Message: c }));
        let { errorSchema: u, errorMetadata: l } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              a,
              o,
              this.mixin.findQueryCompatibleError,
            ),
          p = _.of(u),
          h = this.compositeErrorRegistry.getErrorCtor(u) ?? Error,
          g = new h({}),
          y = { Type: a.Error.Type, Code: a.Error.Code, Error: a.Error };
        for (let [E, S] of p.structIterator()) {
          let b = S.getMergedTraits().xmlName ?? E,
            w = a[b] ?? s[b];
          y[E] = this.deserializer.readSchema(S, w);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(
            g,
            l,
            { $fault: p.getMergedTraits().error, message: c },
            y,
          ),
          s,
        );
      }
      loadQueryErrorCode(e, r) {
        let n = (r.Errors?.[0]?.Error ?? r.Errors?.Error ?? r.Error)?.Code;
        if (n !== void 0) return n;
        if (e.statusCode == 404) return "NotFound";
      }
      loadQueryError(e) {
        return e.Errors?.[0]?.Error ?? e.Errors?.Error ?? e.Error;
      }
      loadQueryErrorMessage(e) {
        let r = this.loadQueryError(e);
        return r?.message ?? r?.Message ?? e.message ?? e.Message ?? "Unknown";
      }
      getDefaultContentType() {
        return "application/x-www-form-urlencoded";
      }
    };
  });
var Qm,
  r$ = d(() => {
    _0();
    Qm = class extends _o {
      options;
      constructor(e) {
        (super(e), (this.options = e));
        let r = {
          capitalizeKeys: !0,
          flattenLists: !0,
          serializeEmptyLists: !1,
          ec2: !0,
        };
        Object.assign(this.serializer.settings, r);
      }
      getShapeId() {
        return "aws.protocols#ec2Query";
      }
      useNestedResult() {
        return !1;
      }
    };
  });
var n$,
  s$ = d(() => {
    $();
    P();
    n$ = (t, e) => He(t, e).then((r) => (e?.utf8Encoder ?? we)(r));
  });
var o$,
  T0,
  i$,
  Zm,
  A0 = d(() => {
    o$ = Se(Xm());
    L();
    s$();
    ((T0 = (t, e) =>
      n$(t, e).then((r) => {
        if (r.length) {
          let n;
          try {
            n = (0, o$.parseXML)(r);
          } catch (a) {
            throw (
              a &&
                typeof a == "object" &&
                Object.defineProperty(a, "$responseBodyText", { value: r }),
              a
            );
          }
          let s = "#text",
            o = Object.keys(n)[0],
            i = n[o];
          return (i[s] && ((i[o] = i[s]), delete i[s]), Jo(i));
        }
        return {};
      })),
      (i$ = async (t, e) => {
        let r = await T0(t, e);
        return (
          r.Error && (r.Error.message = r.Error.message ?? r.Error.Message),
          r
        );
      }),
      (Zm = (t, e) => {
        if (e?.Error?.Code !== void 0) return e.Error.Code;
        if (e?.Code !== void 0) return e.Code;
        if (t.statusCode == 404) return "NotFound";
      }));
  });
var vt,
  rc,
  C0 = d(() => {
    vt = Se(Xm());
    $();
    K();
    P();
    P();
    Qu();
    rc = class extends Qn {
      settings;
      stringBuffer;
      byteBuffer;
      buffer;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        let n = _.of(e);
        if (n.isStringSchema() && typeof r == "string") this.stringBuffer = r;
        else if (n.isBlobSchema())
          this.byteBuffer =
            "byteLength" in r ? r : (this.serdeContext?.base64Decoder ?? Re)(r);
        else {
          this.buffer = this.writeStruct(n, r, void 0);
          let s = n.getMergedTraits();
          s.httpPayload && !s.xmlName && this.buffer.withName(n.getName());
        }
      }
      flush() {
        if (this.byteBuffer !== void 0) {
          let r = this.byteBuffer;
          return (delete this.byteBuffer, r);
        }
        if (this.stringBuffer !== void 0) {
          let r = this.stringBuffer;
          return (delete this.stringBuffer, r);
        }
        let e = this.buffer;
        return (
          this.settings.xmlNamespace &&
            (e?.attributes?.xmlns ||
              e.addAttribute("xmlns", this.settings.xmlNamespace)),
          delete this.buffer,
          e.toString()
        );
      }
      writeStruct(e, r, n) {
        let s = e.getMergedTraits(),
          o =
            e.isMemberSchema() && !s.httpPayload
              ? (e.getMemberTraits().xmlName ?? e.getMemberName())
              : (s.xmlName ?? e.getName());
        if (!o || !e.isStructSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${e.getName(!0)}.`,
          );
        let i = vt.XmlNode.of(o),
          [a, c] = this.getXmlnsAttribute(e, n);
        for (let [l, p] of e.structIterator()) {
          let h = r[l];
          if (h != null || p.isIdempotencyToken()) {
            if (p.getMergedTraits().xmlAttribute) {
              i.addAttribute(
                p.getMergedTraits().xmlName ?? l,
                this.writeSimple(p, h),
              );
              continue;
            }
            if (p.isListSchema()) this.writeList(p, h, i, c);
            else if (p.isMapSchema()) this.writeMap(p, h, i, c);
            else if (p.isStructSchema())
              i.addChildNode(this.writeStruct(p, h, c));
            else {
              let g = vt.XmlNode.of(
                p.getMergedTraits().xmlName ?? p.getMemberName(),
              );
              (this.writeSimpleInto(p, h, g, c), i.addChildNode(g));
            }
          }
        }
        let { $unknown: u } = r;
        if (
          u &&
          e.isUnionSchema() &&
          Array.isArray(u) &&
          Object.keys(r).length === 1
        ) {
          let [l, p] = u,
            h = vt.XmlNode.of(l);
          if (typeof p != "string")
            if (r instanceof vt.XmlNode || r instanceof vt.XmlText)
              i.addChildNode(r);
            else
              throw new Error(
                "@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.",
              );
          (this.writeSimpleInto(0, p, h, c), i.addChildNode(h));
        }
        return (c && i.addAttribute(a, c), i);
      }
      writeList(e, r, n, s) {
        if (!e.isMemberSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${e.getName(!0)}`,
          );
        let o = e.getMergedTraits(),
          i = e.getValueSchema(),
          a = i.getMergedTraits(),
          c = !!a.sparse,
          u = !!o.xmlFlattened,
          [l, p] = this.getXmlnsAttribute(e, s),
          h = (g, y) => {
            if (i.isListSchema())
              this.writeList(i, Array.isArray(y) ? y : [y], g, p);
            else if (i.isMapSchema()) this.writeMap(i, y, g, p);
            else if (i.isStructSchema()) {
              let E = this.writeStruct(i, y, p);
              g.addChildNode(
                E.withName(
                  u
                    ? (o.xmlName ?? e.getMemberName())
                    : (a.xmlName ?? "member"),
                ),
              );
            } else {
              let E = vt.XmlNode.of(
                u ? (o.xmlName ?? e.getMemberName()) : (a.xmlName ?? "member"),
              );
              (this.writeSimpleInto(i, y, E, p), g.addChildNode(E));
            }
          };
        if (u) for (let g of r) (c || g != null) && h(n, g);
        else {
          let g = vt.XmlNode.of(o.xmlName ?? e.getMemberName());
          p && g.addAttribute(l, p);
          for (let y of r) (c || y != null) && h(g, y);
          n.addChildNode(g);
        }
      }
      writeMap(e, r, n, s, o = !1) {
        if (!e.isMemberSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${e.getName(!0)}`,
          );
        let i = e.getMergedTraits(),
          a = e.getKeySchema(),
          u = a.getMergedTraits().xmlName ?? "key",
          l = e.getValueSchema(),
          p = l.getMergedTraits(),
          h = p.xmlName ?? "value",
          g = !!p.sparse,
          y = !!i.xmlFlattened,
          [E, S] = this.getXmlnsAttribute(e, s),
          b = (w, I, v) => {
            let A = vt.XmlNode.of(u, I),
              [V, ne] = this.getXmlnsAttribute(a, S);
            (ne && A.addAttribute(V, ne), w.addChildNode(A));
            let ye = vt.XmlNode.of(h);
            (l.isListSchema()
              ? this.writeList(l, v, ye, S)
              : l.isMapSchema()
                ? this.writeMap(l, v, ye, S, !0)
                : l.isStructSchema()
                  ? (ye = this.writeStruct(l, v, S))
                  : this.writeSimpleInto(l, v, ye, S),
              w.addChildNode(ye));
          };
        if (y)
          for (let w in r) {
            let I = r[w];
            if (g || I != null) {
              let v = vt.XmlNode.of(i.xmlName ?? e.getMemberName());
              (b(v, w, I), n.addChildNode(v));
            }
          }
        else {
          let w;
          o ||
            ((w = vt.XmlNode.of(i.xmlName ?? e.getMemberName())),
            S && w.addAttribute(E, S),
            n.addChildNode(w));
          for (let I in r) {
            let v = r[I];
            if (g || v != null) {
              let A = vt.XmlNode.of("entry");
              (b(A, I, v), (o ? n : w).addChildNode(A));
            }
          }
        }
      }
      writeSimple(e, r) {
        if (r === null)
          throw new Error(
            "@aws-sdk/core/protocols - (XML serializer) cannot write null value.",
          );
        let n = _.of(e),
          s = null;
        if (r && typeof r == "object")
          if (n.isBlobSchema()) s = (this.serdeContext?.base64Encoder ?? xe)(r);
          else if (n.isTimestampSchema() && r instanceof Date)
            switch (Ot(n, this.settings)) {
              case 5:
                s = r.toISOString().replace(".000Z", "Z");
                break;
              case 6:
                s = qt(r);
                break;
              case 7:
                s = String(r.getTime() / 1e3);
                break;
              default:
                (console.warn("Missing timestamp format, using http date", r),
                  (s = qt(r)));
                break;
            }
          else {
            if (n.isBigDecimalSchema() && r)
              return r instanceof W ? r.string : String(r);
            throw n.isMapSchema() || n.isListSchema()
              ? new Error(
                  "@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead.",
                )
              : new Error(
                  `@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${n.getName(!0)}`,
                );
          }
        if (
          ((n.isBooleanSchema() ||
            n.isNumericSchema() ||
            n.isBigIntegerSchema() ||
            n.isBigDecimalSchema()) &&
            (s = String(r)),
          n.isStringSchema() &&
            (r === void 0 && n.isIdempotencyToken()
              ? (s = Yt())
              : (s = String(r))),
          s === null)
        )
          throw new Error(`Unhandled schema-value pair ${n.getName(!0)}=${r}`);
        return s;
      }
      writeSimpleInto(e, r, n, s) {
        let o = this.writeSimple(e, r),
          i = _.of(e),
          a = new vt.XmlText(o),
          [c, u] = this.getXmlnsAttribute(i, s);
        (u && n.addAttribute(c, u), n.addChildNode(a));
      }
      getXmlnsAttribute(e, r) {
        let n = e.getMergedTraits(),
          [s, o] = n.xmlNamespace ?? [];
        return o && o !== r
          ? [s ? `xmlns:${s}` : "xmlns", o]
          : [void 0, void 0];
      }
    };
  });
var nc,
  R0 = d(() => {
    Qu();
    Ym();
    C0();
    nc = class extends Qn {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new rc(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Io(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var eh,
  a$ = d(() => {
    $();
    K();
    yi();
    A0();
    R0();
    eh = class extends ro {
      codec;
      serializer;
      deserializer;
      mixin = new Pt();
      constructor(e) {
        super(e);
        let r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !0,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
        };
        ((this.codec = new nc(r)),
          (this.serializer = new io(this.codec.createSerializer(), r)),
          (this.deserializer = new oo(this.codec.createDeserializer(), r)));
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return "aws.protocols#restXml";
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n),
          o = _.of(e.input);
        if (!s.headers["content-type"]) {
          let i = this.mixin.resolveRestContentType(
            this.getDefaultContentType(),
            o,
          );
          i && (s.headers["content-type"] = i);
        }
        return (
          typeof s.body == "string" &&
            s.headers["content-type"] === this.getDefaultContentType() &&
            !s.body.startsWith("<?xml ") &&
            !this.hasUnstructuredPayloadBinding(o) &&
            (s.body = '<?xml version="1.0" encoding="UTF-8"?>' + s.body),
          s
        );
      }
      async deserializeResponse(e, r, n) {
        return super.deserializeResponse(e, r, n);
      }
      async handleError(e, r, n, s, o) {
        let i = Zm(n, s) ?? "Unknown";
        if (
          (this.mixin.compose(
            this.compositeErrorRegistry,
            i,
            this.options.defaultNamespace,
          ),
          s.Error && typeof s.Error == "object")
        )
          for (let E of Object.keys(s.Error))
            ((s[E] = s.Error[E]),
              E.toLowerCase() === "message" && (s.message = s.Error[E]));
        s.RequestId && !o.requestId && (o.requestId = s.RequestId);
        let { errorSchema: a, errorMetadata: c } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              s,
              o,
            ),
          u = _.of(a),
          l =
            s.Error?.message ??
            s.Error?.Message ??
            s.message ??
            s.Message ??
            "UnknownError",
          p = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new p({});
        await this.deserializeHttpMessage(a, r, n, s);
        let g = {},
          y = this.codec.createDeserializer();
        for (let [E, S] of u.structIterator()) {
          let b = S.getMergedTraits().xmlName ?? E,
            w = s.Error?.[b] ?? s[b];
          g[E] = y.readSchema(S, w);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(
            h,
            c,
            { $fault: u.getMergedTraits().error, message: l },
            g,
          ),
          s,
        );
      }
      getDefaultContentType() {
        return "application/xml";
      }
      hasUnstructuredPayloadBinding(e) {
        for (let [, r] of e.structIterator())
          if (r.getMergedTraits().httpPayload)
            return !(r.isStructSchema() || r.isMapSchema() || r.isListSchema());
        return !1;
      }
    };
  });
var c$,
  u$ = d(() => {
    P();
    c$ = (t) => {
      if (t != null)
        return (
          typeof t == "object" && "__type" in t && delete t.__type,
          mf(t)
        );
    };
  });
var l$,
  p$,
  f$,
  d$ = d(() => {
    ((l$ = (t) => {
      if (t == null) return t;
      if (typeof t == "number" || typeof t == "bigint") {
        let e = new Error(`Received number ${t} where a string was expected.`);
        return ((e.name = "Warning"), console.warn(e), String(t));
      }
      if (typeof t == "boolean") {
        let e = new Error(`Received boolean ${t} where a string was expected.`);
        return ((e.name = "Warning"), console.warn(e), String(t));
      }
      return t;
    }),
      (p$ = (t) => {
        if (t == null) return t;
        if (typeof t == "string") {
          let e = t.toLowerCase();
          if (t !== "" && e !== "false" && e !== "true") {
            let r = new Error(
              `Received string "${t}" where a boolean was expected.`,
            );
            ((r.name = "Warning"), console.warn(r));
          }
          return t !== "" && e !== "false";
        }
        return t;
      }),
      (f$ = (t) => {
        if (t == null) return t;
        if (typeof t == "string") {
          let e = Number(t);
          if (e.toString() !== t) {
            let r = new Error(
              `Received string "${t}" where a number was expected.`,
            );
            return ((r.name = "Warning"), console.warn(r), t);
          }
          return e;
        }
        return t;
      }));
  });
var O0 = {};
oe(O0, {
  AwsEc2QueryProtocol: () => Qm,
  AwsJson1_0Protocol: () => jm,
  AwsJson1_1Protocol: () => zm,
  AwsJsonRpcProtocol: () => vo,
  AwsQueryProtocol: () => _o,
  AwsRestJsonProtocol: () => Yn,
  AwsRestXmlProtocol: () => eh,
  AwsSmithyRpcV2CborProtocol: () => Hm,
  AwsSmithyRpcV2JsonProtocol: () => qm,
  JsonCodec: () => $a,
  JsonCodec2: () => fr,
  JsonShapeDeserializer: () => lo,
  JsonShapeDeserializer2: () => co,
  JsonShapeSerializer: () => po,
  JsonShapeSerializer2: () => uo,
  QueryShapeSerializer: () => tc,
  XmlCodec: () => nc,
  XmlShapeDeserializer: () => Io,
  XmlShapeSerializer: () => rc,
  _toBool: () => p$,
  _toNum: () => f$,
  _toStr: () => l$,
  awsExpectUnion: () => c$,
  loadJsonRpcErrorCode: () => Na,
  loadRestJsonErrorCode: () => Da,
  loadRestXmlErrorCode: () => Zm,
  parseJsonBody: () => bs,
  parseJsonErrorBody: () => Cd,
  parseXmlBody: () => T0,
  parseXmlErrorBody: () => i$,
});
var Si = d(() => {
  WM();
  KM();
  XM();
  Vm();
  JM();
  YM();
  $();
  r$();
  _0();
  I0();
  a$();
  R0();
  Ym();
  C0();
  A0();
  u$();
  d$();
});
var Zu,
  Ei,
  th,
  m$,
  S$,
  rh,
  D0,
  h$,
  N0,
  sc,
  g$,
  y$,
  UX,
  kt,
  BX,
  E$,
  b$ = d(() => {
    Ie();
    ((Zu = "ref"),
      (Ei = -1),
      (th = !0),
      (m$ = "isSet"),
      (S$ = "PartitionResult"),
      (rh = "booleanEquals"),
      (D0 = "getAttr"),
      (h$ = { [Zu]: "Endpoint" }),
      (N0 = { [Zu]: S$ }),
      (sc = {}),
      (g$ = [{ [Zu]: "Region" }]),
      (y$ = {
        conditions: [
          [m$, [h$]],
          [m$, g$],
          ["aws.partition", g$, S$],
          [rh, [{ [Zu]: "UseFIPS" }, th]],
          [rh, [{ [Zu]: "UseDualStack" }, th]],
          [rh, [{ fn: D0, argv: [N0, "supportsDualStack"] }, th]],
          [rh, [{ fn: D0, argv: [N0, "supportsFIPS"] }, th]],
          ["stringEquals", [{ fn: D0, argv: [N0, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Ei],
          [
            Ei,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Ei,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [h$, sc],
          [
            "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            sc,
          ],
          [
            Ei,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://oidc.{Region}.amazonaws.com", sc],
          ["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", sc],
          [Ei, "FIPS is enabled but this partition does not support FIPS"],
          ["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", sc],
          [
            Ei,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://oidc.{Region}.{PartitionResult#dnsSuffix}", sc],
          [Ei, "Invalid Configuration: Missing Region"],
        ],
      }),
      (UX = 2),
      (kt = 1e8),
      (BX = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        kt + 12,
        2,
        5,
        kt + 12,
        3,
        8,
        6,
        4,
        7,
        kt + 11,
        5,
        kt + 9,
        kt + 10,
        4,
        11,
        9,
        6,
        10,
        kt + 8,
        7,
        kt + 6,
        kt + 7,
        5,
        12,
        kt + 5,
        6,
        kt + 4,
        kt + 5,
        3,
        kt + 1,
        14,
        4,
        kt + 2,
        kt + 3,
      ])),
      (E$ = lr.from(BX, UX, y$.conditions, y$.results)));
  });
var FX,
  x$,
  w$ = d(() => {
    ge();
    Ie();
    b$();
    ((FX = new pr({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (x$ = (t, e = {}) =>
        FX.get(t, () => Cn(E$, { endpointParams: t, logger: e.logger }))));
    Rt.aws = Ur;
  });
var Qe,
  nh = d(() => {
    L();
    Qe = class t extends ir {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var el,
  tl,
  rl,
  nl,
  sl,
  ol,
  il,
  al,
  cl,
  ul,
  ll,
  P0 = d(() => {
    nh();
    ((el = class t extends Qe {
      static shapeId = "com.amazonaws.ssooidc#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      error;
      reason;
      error_description;
      constructor(e) {
        (super({ name: "AccessDeniedException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error),
          (this.reason = e.reason),
          (this.error_description = e.error_description));
      }
    }),
      (tl = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#AuthorizationPendingException";
        name = "AuthorizationPendingException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({
            name: "AuthorizationPendingException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (rl = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#ExpiredTokenException";
        name = "ExpiredTokenException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({ name: "ExpiredTokenException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (nl = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#InternalServerException";
        name = "InternalServerException";
        $fault = "server";
        error;
        error_description;
        constructor(e) {
          (super({ name: "InternalServerException", $fault: "server", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (sl = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#InvalidClientException";
        name = "InvalidClientException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({ name: "InvalidClientException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (ol = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#InvalidGrantException";
        name = "InvalidGrantException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({ name: "InvalidGrantException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (il = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#InvalidRequestException";
        name = "InvalidRequestException";
        $fault = "client";
        error;
        reason;
        error_description;
        constructor(e) {
          (super({ name: "InvalidRequestException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.reason = e.reason),
            (this.error_description = e.error_description));
        }
      }),
      (al = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#InvalidScopeException";
        name = "InvalidScopeException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({ name: "InvalidScopeException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (cl = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#SlowDownException";
        name = "SlowDownException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({ name: "SlowDownException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (ul = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#UnauthorizedClientException";
        name = "UnauthorizedClientException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({
            name: "UnauthorizedClientException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }),
      (ll = class t extends Qe {
        static shapeId = "com.amazonaws.ssooidc#UnsupportedGrantTypeException";
        name = "UnsupportedGrantTypeException";
        $fault = "client";
        error;
        error_description;
        constructor(e) {
          (super({
            name: "UnsupportedGrantTypeException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description));
        }
      }));
  });
var GX,
  HX,
  VX,
  jX,
  zX,
  qX,
  WX,
  KX,
  XX,
  JX,
  YX,
  QX,
  ZX,
  eJ,
  tJ,
  rJ,
  nJ,
  sJ,
  oJ,
  iJ,
  Zn,
  aJ,
  cJ,
  uJ,
  lJ,
  pJ,
  De,
  fJ,
  Gr,
  dJ,
  mJ,
  Hr,
  hJ,
  v$,
  I$,
  gJ,
  _$,
  yJ,
  SJ,
  EJ,
  Be,
  T$,
  A$,
  gr,
  C$,
  R$,
  O$,
  D$,
  N$,
  P$,
  k$,
  M$,
  $$,
  L$,
  U$,
  k0,
  bJ,
  xJ,
  wJ,
  vJ,
  B$,
  F$,
  G$,
  M0,
  sh = d(() => {
    K();
    P0();
    nh();
    ((GX = "AccessDeniedException"),
      (HX = "AuthorizationPendingException"),
      (VX = "AccessToken"),
      (jX = "ClientSecret"),
      (zX = "CreateToken"),
      (qX = "CreateTokenRequest"),
      (WX = "CreateTokenResponse"),
      (KX = "CodeVerifier"),
      (XX = "ExpiredTokenException"),
      (JX = "InvalidClientException"),
      (YX = "InvalidGrantException"),
      (QX = "InvalidRequestException"),
      (ZX = "InternalServerException"),
      (eJ = "InvalidScopeException"),
      (tJ = "IdToken"),
      (rJ = "RefreshToken"),
      (nJ = "SlowDownException"),
      (sJ = "UnauthorizedClientException"),
      (oJ = "UnsupportedGrantTypeException"),
      (iJ = "accessToken"),
      (Zn = "client"),
      (aJ = "clientId"),
      (cJ = "clientSecret"),
      (uJ = "codeVerifier"),
      (lJ = "code"),
      (pJ = "deviceCode"),
      (De = "error"),
      (fJ = "expiresIn"),
      (Gr = "error_description"),
      (dJ = "grantType"),
      (mJ = "http"),
      (Hr = "httpError"),
      (hJ = "idToken"),
      (v$ = "reason"),
      (I$ = "refreshToken"),
      (gJ = "redirectUri"),
      (_$ = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc"),
      (yJ = "scope"),
      (SJ = "server"),
      (EJ = "tokenType"),
      (Be = "com.amazonaws.ssooidc"),
      (T$ = new fe(_$)),
      (A$ = [-3, _$, "SSOOIDCServiceException", 0, [], []]));
    T$.registerError(A$, Qe);
    ((gr = new fe(Be)),
      (C$ = [-3, Be, GX, { [De]: Zn, [Hr]: 400 }, [De, v$, Gr], [0, 0, 0]]));
    gr.registerError(C$, el);
    R$ = [-3, Be, HX, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError(R$, tl);
    O$ = [-3, Be, XX, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError(O$, rl);
    D$ = [-3, Be, ZX, { [De]: SJ, [Hr]: 500 }, [De, Gr], [0, 0]];
    gr.registerError(D$, nl);
    N$ = [-3, Be, JX, { [De]: Zn, [Hr]: 401 }, [De, Gr], [0, 0]];
    gr.registerError(N$, sl);
    P$ = [-3, Be, YX, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError(P$, ol);
    k$ = [-3, Be, QX, { [De]: Zn, [Hr]: 400 }, [De, v$, Gr], [0, 0, 0]];
    gr.registerError(k$, il);
    M$ = [-3, Be, eJ, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError(M$, al);
    $$ = [-3, Be, nJ, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError($$, cl);
    L$ = [-3, Be, sJ, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError(L$, ul);
    U$ = [-3, Be, oJ, { [De]: Zn, [Hr]: 400 }, [De, Gr], [0, 0]];
    gr.registerError(U$, ll);
    ((k0 = [T$, gr]),
      (bJ = [0, Be, VX, 8, 0]),
      (xJ = [0, Be, jX, 8, 0]),
      (wJ = [0, Be, KX, 8, 0]),
      (vJ = [0, Be, tJ, 8, 0]),
      (B$ = [0, Be, rJ, 8, 0]),
      (F$ = [
        3,
        Be,
        qX,
        0,
        [aJ, cJ, dJ, pJ, lJ, I$, yJ, gJ, uJ],
        [0, [() => xJ, 0], 0, 0, 0, [() => B$, 0], 64, 0, [() => wJ, 0]],
        3,
      ]),
      (G$ = [
        3,
        Be,
        WX,
        0,
        [iJ, EJ, fJ, I$, hJ],
        [[() => bJ, 0], 0, 1, [() => B$, 0], [() => vJ, 0]],
      ]),
      (M0 = [
        9,
        Be,
        zX,
        { [mJ]: ["POST", "/token", 200] },
        () => F$,
        () => G$,
      ]));
  });
var H$,
  V$ = d(() => {
    wt();
    Si();
    Nt();
    Qs();
    L();
    $();
    P();
    t0();
    w$();
    sh();
    H$ = (t) => ({
      apiVersion: "2019-06-10",
      base64Decoder: t?.base64Decoder ?? Re,
      base64Encoder: t?.base64Encoder ?? xe,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? x$,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? IM,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Xe(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new dt(),
        },
      ],
      logger: t?.logger ?? new Ct(),
      protocol: t?.protocol ?? Yn,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssooidc",
        errorTypeRegistries: k0,
        version: "2019-06-10",
        serviceTarget: "AWSSSOOIDCService",
      },
      serviceId: t?.serviceId ?? "SSO OIDC",
      sha256: t?.sha256 ?? Dr,
      urlParser: t?.urlParser ?? tt,
      utf8Decoder: t?.utf8Decoder ?? Fe,
      utf8Encoder: t?.utf8Encoder ?? we,
    });
  });
var oh,
  j$,
  z$ = d(() => {
    qu();
    ge();
    wt();
    L();
    he();
    $r();
    P();
    oh = Se(di());
    V$();
    j$ = (t) => {
      mn(process.version);
      let e = Tn(t),
        r = () => e().then(dn),
        n = H$(t);
      yn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Br, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? bn,
        defaultSocketTimeout: Sn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Lr({ serviceId: n.serviceId, clientVersion: xo.version }),
        maxAttempts: t?.maxAttempts ?? G(Bn, t),
        region: t?.region ?? G(rt, { ...bt, ...s }),
        requestHandler: oh.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...Gn, default: async () => (await r()).retryMode || mr }, t),
        streamCollector: t?.streamCollector ?? oh.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(In, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(_n, s),
        userAgentAppId: t?.userAgentAppId ?? G(Vn, s),
      };
    };
  });
var q$,
  W$,
  K$ = d(() => {
    ((q$ = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(s) {
          let o = e.findIndex((i) => i.schemeId === s.schemeId);
          o === -1 ? e.push(s) : e.splice(o, 1, s);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(s) {
          r = s;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(s) {
          n = s;
        },
        credentials() {
          return n;
        },
      };
    }),
      (W$ = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var X$,
  J$ = d(() => {
    ge();
    L();
    $();
    K$();
    X$ = (t, e) => {
      let r = Object.assign(zn(t), Ar(t), On(t), q$(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, qn(r), hn(r), Dn(r), W$(r))
      );
    };
  });
var pl,
  $0 = d(() => {
    ge();
    Nt();
    L();
    he();
    Ie();
    $();
    $r();
    K();
    t0();
    r0();
    z$();
    J$();
    pl = class extends pt {
      config;
      constructor(...[e]) {
        let r = j$(e || {});
        (super(r), (this.initConfig = r));
        let n = TM(r),
          s = Ln(n),
          o = Fn(s),
          i = Kt(o),
          a = i,
          c = gs(a),
          u = _M(c),
          l = X$(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(pn(this.config)),
          this.middlewareStack.use(Hn(this.config)),
          this.middlewareStack.use(xs(this.config)),
          this.middlewareStack.use(Nn(this.config)),
          this.middlewareStack.use(kn(this.config)),
          this.middlewareStack.use(Mn(this.config)),
          this.middlewareStack.use($n(this.config)),
          this.middlewareStack.use(
            Nr(this.config, {
              httpAuthSchemeParametersProvider: vM,
              identityProviderConfigProvider: async (p) =>
                new Qt({ "aws.auth#sigv4": p.credentials }),
            }),
          ),
          this.middlewareStack.use(Pr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Y$,
  Q$,
  Z$,
  eL = d(() => {
    L();
    Ie();
    r0();
    ((Y$ = gn(AM, "AWSSSOOIDCService", "SSOOIDCClient", ys)),
      (Q$ = {}),
      (Z$ = (t, e, r, n) => []));
  });
var fl,
  L0 = d(() => {
    eL();
    sh();
    fl = class extends Y$(Q$, Z$, "CreateToken", M0) {};
  });
var IJ,
  ih,
  tL = d(() => {
    L();
    L0();
    $0();
    ((IJ = { CreateTokenCommand: fl }), (ih = class extends pl {}));
    fn(IJ, ih);
  });
var rL = d(() => {
  L0();
});
var _J,
  TJ,
  nL = d(() => {
    ((_J = { KMS_ACCESS_DENIED: "KMS_AccessDeniedException" }),
      (TJ = {
        KMS_DISABLED_KEY: "KMS_DisabledException",
        KMS_INVALID_KEY_USAGE: "KMS_InvalidKeyUsageException",
        KMS_INVALID_STATE: "KMS_InvalidStateException",
        KMS_KEY_NOT_FOUND: "KMS_NotFoundException",
      }));
  });
var sL = d(() => {});
var U0 = {};
oe(U0, {
  $Command: () => St,
  AccessDeniedException: () => el,
  AccessDeniedException$: () => C$,
  AccessDeniedExceptionReason: () => _J,
  AuthorizationPendingException: () => tl,
  AuthorizationPendingException$: () => R$,
  CreateToken$: () => M0,
  CreateTokenCommand: () => fl,
  CreateTokenRequest$: () => F$,
  CreateTokenResponse$: () => G$,
  ExpiredTokenException: () => rl,
  ExpiredTokenException$: () => O$,
  InternalServerException: () => nl,
  InternalServerException$: () => D$,
  InvalidClientException: () => sl,
  InvalidClientException$: () => N$,
  InvalidGrantException: () => ol,
  InvalidGrantException$: () => P$,
  InvalidRequestException: () => il,
  InvalidRequestException$: () => k$,
  InvalidRequestExceptionReason: () => TJ,
  InvalidScopeException: () => al,
  InvalidScopeException$: () => M$,
  SSOOIDC: () => ih,
  SSOOIDCClient: () => pl,
  SSOOIDCServiceException: () => Qe,
  SSOOIDCServiceException$: () => A$,
  SlowDownException: () => cl,
  SlowDownException$: () => $$,
  UnauthorizedClientException: () => ul,
  UnauthorizedClientException$: () => L$,
  UnsupportedGrantTypeException: () => ll,
  UnsupportedGrantTypeException$: () => U$,
  __Client: () => pt,
  errorTypeRegistries: () => k0,
});
var B0 = d(() => {
  $0();
  tL();
  rL();
  L();
  sh();
  nL();
  P0();
  sL();
  nh();
});
var cL = Ee((dl) => {
  var { setTokenFeature: AJ } = (ge(), D(Wn)),
    { getBearerTokenEnvKey: CJ } = (wt(), D(Fw)),
    {
      TokenProviderError: Vr,
      getSSOTokenFilepath: RJ,
      parseKnownFiles: OJ,
      getProfileName: DJ,
      loadSsoSessionData: NJ,
      getSSOTokenFromFile: PJ,
      memoize: kJ,
      chain: MJ,
    } = (he(), D(ur)),
    { promises: $J } = At("node:fs"),
    LJ =
      ({ logger: t, signingName: e } = {}) =>
      async () => {
        if ((t?.debug?.("@aws-sdk/token-providers - fromEnvSigningName"), !e))
          throw new Vr(
            "Please pass 'signingName' to compute environment variable key",
            { logger: t },
          );
        let r = CJ(e);
        if (!(r in process.env))
          throw new Vr(`Token not present in '${r}' environment variable`, {
            logger: t,
          });
        let n = { token: process.env[r] };
        return (AJ(n, "BEARER_SERVICE_ENV_VARS", "3"), n);
      },
    UJ = 300 * 1e3,
    F0 =
      "To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    BJ = async (t, e = {}, r) => {
      let { SSOOIDCClient: n } = (B0(), D(U0)),
        s = (i) => e.clientConfig?.[i] ?? e.parentClientConfig?.[i] ?? r?.[i];
      return new n(
        Object.assign({}, e.clientConfig ?? {}, {
          region: t ?? e.clientConfig?.region,
          logger: s("logger"),
          userAgentAppId: s("userAgentAppId"),
        }),
      );
    },
    FJ = async (t, e, r = {}, n) => {
      let { CreateTokenCommand: s } = (B0(), D(U0));
      return (await BJ(e, r, n)).send(
        new s({
          clientId: t.clientId,
          clientSecret: t.clientSecret,
          refreshToken: t.refreshToken,
          grantType: "refresh_token",
        }),
      );
    },
    oL = (t) => {
      if (t.expiration && t.expiration.getTime() < Date.now())
        throw new Vr(`Token is expired. ${F0}`, !1);
    },
    bi = (t, e, r = !1) => {
      if (typeof e > "u")
        throw new Vr(
          `Value not present for '${t}' in SSO Token${r ? ". Cannot refresh" : ""}. ${F0}`,
          !1,
        );
    },
    { writeFile: GJ } = $J,
    HJ = (t, e) => {
      let r = RJ(t),
        n = JSON.stringify(e, null, 2);
      return GJ(r, n);
    },
    iL = new Map(),
    ah = new Map(),
    aL =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/token-providers - fromSso");
        let r = await OJ(t),
          n = DJ({ profile: t.profile ?? e?.profile }),
          s = r[n];
        if (s) {
          if (!s.sso_session)
            throw new Vr(
              `Profile '${n}' is missing required property 'sso_session'.`,
            );
        } else
          throw new Vr(
            `Profile '${n}' could not be found in shared credentials file.`,
            !1,
          );
        let o = s.sso_session,
          i = ah.get(o);
        if (i) return await i;
        let c = (await NJ(t))[o];
        if (!c)
          throw new Vr(
            `Sso session '${o}' could not be found in shared credentials file.`,
            !1,
          );
        for (let b of ["sso_start_url", "sso_region"])
          if (!c[b])
            throw new Vr(
              `Sso session '${o}' is missing required property '${b}'.`,
              !1,
            );
        c.sso_start_url;
        let u = c.sso_region,
          l;
        try {
          l = await PJ(o);
        } catch {
          throw new Vr(
            `The SSO session token associated with profile=${n} was not found or is invalid. ${F0}`,
            !1,
          );
        }
        (bi("accessToken", l.accessToken), bi("expiresAt", l.expiresAt));
        let { accessToken: p, expiresAt: h } = l,
          g = { token: p, expiration: new Date(h) };
        if (g.expiration.getTime() - Date.now() > UJ) return g;
        let y = ah.get(o);
        if (y) return await y;
        let E = iL.get(o) ?? 0;
        if (Date.now() - E < 30 * 1e3) return (oL(g), g);
        (bi("clientId", l.clientId, !0),
          bi("clientSecret", l.clientSecret, !0),
          bi("refreshToken", l.refreshToken, !0));
        let S = (async () => {
          try {
            iL.set(o, Date.now());
            let b = await FJ(l, u, t, e);
            (bi("accessToken", b.accessToken), bi("expiresIn", b.expiresIn));
            let w = new Date(Date.now() + b.expiresIn * 1e3);
            try {
              await HJ(o, {
                ...l,
                accessToken: b.accessToken,
                expiresAt: w.toISOString(),
                refreshToken: b.refreshToken,
              });
            } catch {}
            return { token: b.accessToken, expiration: w };
          } catch {
            return (oL(g), g);
          }
        })();
        ah.set(o, S);
        try {
          return await S;
        } finally {
          ah.delete(o);
        }
      },
    VJ =
      ({ token: t, logger: e }) =>
      async () => {
        if ((e?.debug("@aws-sdk/token-providers - fromStatic"), !t || !t.token))
          throw new Vr("Please pass a valid token to fromStatic", !1);
        return t;
      },
    jJ = (t = {}) =>
      kJ(
        MJ(aL(t), async () => {
          throw new Vr("Could not load token from any providers", !1);
        }),
        (e) =>
          e.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5,
        (e) => e.expiration !== void 0,
      );
  dl.fromEnvSigningName = LJ;
  dl.fromSso = aL;
  dl.fromStatic = VJ;
  dl.nodeProvider = jJ;
});
function zJ(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "awsssoportal", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function qJ(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var uL,
  lL,
  pL,
  G0 = d(() => {
    wt();
    L();
    uL = async (t, e, r) => ({
      operation: be(e).operation,
      region:
        (await ue(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((lL = (t) => {
      let e = [];
      return (
        t.operation === "GetRoleCredentials" ? e.push(qJ(t)) : e.push(zJ(t)),
        e
      );
    }),
      (pL = (t) => {
        let e = Xn(t);
        return Object.assign(e, {
          authSchemePreference: ue(t.authSchemePreference ?? []),
        });
      }));
  });
var fL,
  dL,
  H0 = d(() => {
    ((fL = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "awsssoportal",
      })),
      (dL = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var ml,
  xi,
  ch,
  mL,
  SL,
  uh,
  V0,
  hL,
  j0,
  oc,
  gL,
  yL,
  WJ,
  Mt,
  KJ,
  EL,
  bL = d(() => {
    Ie();
    ((ml = "ref"),
      (xi = -1),
      (ch = !0),
      (mL = "isSet"),
      (SL = "PartitionResult"),
      (uh = "booleanEquals"),
      (V0 = "getAttr"),
      (hL = { [ml]: "Endpoint" }),
      (j0 = { [ml]: SL }),
      (oc = {}),
      (gL = [{ [ml]: "Region" }]),
      (yL = {
        conditions: [
          [mL, [hL]],
          [mL, gL],
          ["aws.partition", gL, SL],
          [uh, [{ [ml]: "UseFIPS" }, ch]],
          [uh, [{ [ml]: "UseDualStack" }, ch]],
          [uh, [{ fn: V0, argv: [j0, "supportsDualStack"] }, ch]],
          [uh, [{ fn: V0, argv: [j0, "supportsFIPS"] }, ch]],
          ["stringEquals", [{ fn: V0, argv: [j0, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [xi],
          [
            xi,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            xi,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [hL, oc],
          [
            "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            oc,
          ],
          [
            xi,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://portal.sso.{Region}.amazonaws.com", oc],
          ["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", oc],
          [xi, "FIPS is enabled but this partition does not support FIPS"],
          [
            "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",
            oc,
          ],
          [
            xi,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", oc],
          [xi, "Invalid Configuration: Missing Region"],
        ],
      }),
      (WJ = 2),
      (Mt = 1e8),
      (KJ = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Mt + 12,
        2,
        5,
        Mt + 12,
        3,
        8,
        6,
        4,
        7,
        Mt + 11,
        5,
        Mt + 9,
        Mt + 10,
        4,
        11,
        9,
        6,
        10,
        Mt + 8,
        7,
        Mt + 6,
        Mt + 7,
        5,
        12,
        Mt + 5,
        6,
        Mt + 4,
        Mt + 5,
        3,
        Mt + 1,
        14,
        4,
        Mt + 2,
        Mt + 3,
      ])),
      (EL = lr.from(KJ, WJ, yL.conditions, yL.results)));
  });
var XJ,
  xL,
  wL = d(() => {
    ge();
    Ie();
    bL();
    ((XJ = new pr({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (xL = (t, e = {}) =>
        XJ.get(t, () => Cn(EL, { endpointParams: t, logger: e.logger }))));
    Rt.aws = Ur;
  });
var jr,
  lh = d(() => {
    L();
    jr = class t extends ir {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var hl,
  gl,
  yl,
  Sl,
  z0 = d(() => {
    lh();
    ((hl = class t extends jr {
      static shapeId = "com.amazonaws.sso#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidRequestException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    }),
      (gl = class t extends jr {
        static shapeId = "com.amazonaws.sso#ResourceNotFoundException";
        name = "ResourceNotFoundException";
        $fault = "client";
        constructor(e) {
          (super({ name: "ResourceNotFoundException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (yl = class t extends jr {
        static shapeId = "com.amazonaws.sso#TooManyRequestsException";
        name = "TooManyRequestsException";
        $fault = "client";
        constructor(e) {
          (super({ name: "TooManyRequestsException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Sl = class t extends jr {
        static shapeId = "com.amazonaws.sso#UnauthorizedException";
        name = "UnauthorizedException";
        $fault = "client";
        constructor(e) {
          (super({ name: "UnauthorizedException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }));
  });
var JJ,
  YJ,
  QJ,
  ZJ,
  eY,
  tY,
  rY,
  nY,
  sY,
  oY,
  iY,
  aY,
  cY,
  uY,
  lY,
  ph,
  fh,
  pY,
  fY,
  dh,
  dY,
  vL,
  mh,
  mY,
  hY,
  gY,
  IL,
  yY,
  SY,
  EY,
  yr,
  _L,
  TL,
  El,
  AL,
  CL,
  RL,
  OL,
  q0,
  bY,
  xY,
  wY,
  DL,
  NL,
  PL,
  W0,
  hh = d(() => {
    K();
    z0();
    lh();
    ((JJ = "AccessTokenType"),
      (YJ = "GetRoleCredentials"),
      (QJ = "GetRoleCredentialsRequest"),
      (ZJ = "GetRoleCredentialsResponse"),
      (eY = "InvalidRequestException"),
      (tY = "RoleCredentials"),
      (rY = "ResourceNotFoundException"),
      (nY = "SecretAccessKeyType"),
      (sY = "SessionTokenType"),
      (oY = "TooManyRequestsException"),
      (iY = "UnauthorizedException"),
      (aY = "accountId"),
      (cY = "accessKeyId"),
      (uY = "accessToken"),
      (lY = "account_id"),
      (ph = "client"),
      (fh = "error"),
      (pY = "expiration"),
      (fY = "http"),
      (dh = "httpError"),
      (dY = "httpHeader"),
      (vL = "httpQuery"),
      (mh = "message"),
      (mY = "roleCredentials"),
      (hY = "roleName"),
      (gY = "role_name"),
      (IL = "smithy.ts.sdk.synthetic.com.amazonaws.sso"),
      (yY = "secretAccessKey"),
      (SY = "sessionToken"),
      (EY = "x-amz-sso_bearer_token"),
      (yr = "com.amazonaws.sso"),
      (_L = new fe(IL)),
      (TL = [-3, IL, "SSOServiceException", 0, [], []]));
    _L.registerError(TL, jr);
    ((El = new fe(yr)),
      (AL = [-3, yr, eY, { [fh]: ph, [dh]: 400 }, [mh], [0]]));
    El.registerError(AL, hl);
    CL = [-3, yr, rY, { [fh]: ph, [dh]: 404 }, [mh], [0]];
    El.registerError(CL, gl);
    RL = [-3, yr, oY, { [fh]: ph, [dh]: 429 }, [mh], [0]];
    El.registerError(RL, yl);
    OL = [-3, yr, iY, { [fh]: ph, [dh]: 401 }, [mh], [0]];
    El.registerError(OL, Sl);
    ((q0 = [_L, El]),
      (bY = [0, yr, JJ, 8, 0]),
      (xY = [0, yr, nY, 8, 0]),
      (wY = [0, yr, sY, 8, 0]),
      (DL = [
        3,
        yr,
        QJ,
        0,
        [hY, aY, uY],
        [
          [0, { [vL]: gY }],
          [0, { [vL]: lY }],
          [() => bY, { [dY]: EY }],
        ],
        3,
      ]),
      (NL = [3, yr, ZJ, 0, [mY], [[() => PL, 0]]]),
      (PL = [
        3,
        yr,
        tY,
        0,
        [cY, yY, SY, pY],
        [0, [() => xY, 0], [() => wY, 0], 1],
      ]),
      (W0 = [
        9,
        yr,
        YJ,
        { [fY]: ["GET", "/federation/credentials", 200] },
        () => DL,
        () => NL,
      ]));
  });
var kL,
  ML = d(() => {
    wt();
    Si();
    Nt();
    Qs();
    L();
    $();
    P();
    G0();
    wL();
    hh();
    kL = (t) => ({
      apiVersion: "2019-06-10",
      base64Decoder: t?.base64Decoder ?? Re,
      base64Encoder: t?.base64Encoder ?? xe,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? xL,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? lL,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Xe(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new dt(),
        },
      ],
      logger: t?.logger ?? new Ct(),
      protocol: t?.protocol ?? Yn,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sso",
        errorTypeRegistries: q0,
        version: "2019-06-10",
        serviceTarget: "SWBPortalService",
      },
      serviceId: t?.serviceId ?? "SSO",
      sha256: t?.sha256 ?? Dr,
      urlParser: t?.urlParser ?? tt,
      utf8Decoder: t?.utf8Decoder ?? Fe,
      utf8Encoder: t?.utf8Encoder ?? we,
    });
  });
var gh,
  $L,
  LL = d(() => {
    qu();
    ge();
    wt();
    L();
    he();
    $r();
    P();
    gh = Se(di());
    ML();
    $L = (t) => {
      mn(process.version);
      let e = Tn(t),
        r = () => e().then(dn),
        n = kL(t);
      yn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Br, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? bn,
        defaultSocketTimeout: Sn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Lr({ serviceId: n.serviceId, clientVersion: xo.version }),
        maxAttempts: t?.maxAttempts ?? G(Bn, t),
        region: t?.region ?? G(rt, { ...bt, ...s }),
        requestHandler: gh.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...Gn, default: async () => (await r()).retryMode || mr }, t),
        streamCollector: t?.streamCollector ?? gh.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(In, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(_n, s),
        userAgentAppId: t?.userAgentAppId ?? G(Vn, s),
      };
    };
  });
var UL,
  BL,
  FL = d(() => {
    ((UL = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(s) {
          let o = e.findIndex((i) => i.schemeId === s.schemeId);
          o === -1 ? e.push(s) : e.splice(o, 1, s);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(s) {
          r = s;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(s) {
          n = s;
        },
        credentials() {
          return n;
        },
      };
    }),
      (BL = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var GL,
  HL = d(() => {
    ge();
    L();
    $();
    FL();
    GL = (t, e) => {
      let r = Object.assign(zn(t), Ar(t), On(t), UL(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, qn(r), hn(r), Dn(r), BL(r))
      );
    };
  });
var bl,
  K0 = d(() => {
    ge();
    Nt();
    L();
    he();
    Ie();
    $();
    $r();
    K();
    G0();
    H0();
    LL();
    HL();
    bl = class extends pt {
      config;
      constructor(...[e]) {
        let r = $L(e || {});
        (super(r), (this.initConfig = r));
        let n = fL(r),
          s = Ln(n),
          o = Fn(s),
          i = Kt(o),
          a = i,
          c = gs(a),
          u = pL(c),
          l = GL(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(pn(this.config)),
          this.middlewareStack.use(Hn(this.config)),
          this.middlewareStack.use(xs(this.config)),
          this.middlewareStack.use(Nn(this.config)),
          this.middlewareStack.use(kn(this.config)),
          this.middlewareStack.use(Mn(this.config)),
          this.middlewareStack.use($n(this.config)),
          this.middlewareStack.use(
            Nr(this.config, {
              httpAuthSchemeParametersProvider: uL,
              identityProviderConfigProvider: async (p) =>
                new Qt({ "aws.auth#sigv4": p.credentials }),
            }),
          ),
          this.middlewareStack.use(Pr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var VL,
  jL,
  zL,
  qL = d(() => {
    L();
    Ie();
    H0();
    ((VL = gn(dL, "SWBPortalService", "SSOClient", ys)),
      (jL = {}),
      (zL = (t, e, r, n) => []));
  });
var xl,
  X0 = d(() => {
    qL();
    hh();
    xl = class extends VL(jL, zL, "GetRoleCredentials", W0) {};
  });
var vY,
  yh,
  WL = d(() => {
    L();
    X0();
    K0();
    ((vY = { GetRoleCredentialsCommand: xl }), (yh = class extends bl {}));
    fn(vY, yh);
  });
var KL = d(() => {
  X0();
});
var XL = d(() => {});
var JL = {};
oe(JL, {
  $Command: () => St,
  GetRoleCredentials$: () => W0,
  GetRoleCredentialsCommand: () => xl,
  GetRoleCredentialsRequest$: () => DL,
  GetRoleCredentialsResponse$: () => NL,
  InvalidRequestException: () => hl,
  InvalidRequestException$: () => AL,
  ResourceNotFoundException: () => gl,
  ResourceNotFoundException$: () => CL,
  RoleCredentials$: () => PL,
  SSO: () => yh,
  SSOClient: () => bl,
  SSOServiceException: () => jr,
  SSOServiceException$: () => TL,
  TooManyRequestsException: () => yl,
  TooManyRequestsException$: () => RL,
  UnauthorizedException: () => Sl,
  UnauthorizedException$: () => OL,
  __Client: () => pt,
  errorTypeRegistries: () => q0,
});
var YL = d(() => {
  K0();
  WL();
  KL();
  L();
  hh();
  z0();
  XL();
  lh();
});
var QL = Ee((J0) => {
  var { GetRoleCredentialsCommand: IY, SSOClient: _Y } = (YL(), D(JL));
  J0.GetRoleCredentialsCommand = IY;
  J0.SSOClient = _Y;
});
var Y0 = Ee((Sh) => {
  var {
      CredentialsProviderError: zr,
      getSSOTokenFromFile: TY,
      getProfileName: AY,
      parseKnownFiles: CY,
      loadSsoSessionData: RY,
    } = (he(), D(ur)),
    { setCredentialFeature: ZL } = (ge(), D(Wn)),
    { fromSso: OY } = cL(),
    tU = (t) =>
      t &&
      (typeof t.sso_start_url == "string" ||
        typeof t.sso_account_id == "string" ||
        typeof t.sso_session == "string" ||
        typeof t.sso_region == "string" ||
        typeof t.sso_role_name == "string"),
    wl = !1,
    eU = async ({
      ssoStartUrl: t,
      ssoSession: e,
      ssoAccountId: r,
      ssoRegion: n,
      ssoRoleName: s,
      ssoClient: o,
      clientConfig: i,
      parentClientConfig: a,
      callerClientConfig: c,
      profile: u,
      filepath: l,
      configFilepath: p,
      ignoreCache: h,
      logger: g,
    }) => {
      let y,
        E =
          "To refresh this SSO session run aws sso login with the corresponding profile.";
      if (e)
        try {
          let Me = await OY({
            profile: u,
            filepath: l,
            configFilepath: p,
            ignoreCache: h,
            clientConfig: i,
            parentClientConfig: a,
            logger: g,
          })({ callerClientConfig: c });
          y = {
            accessToken: Me.token,
            expiresAt: new Date(Me.expiration).toISOString(),
          };
        } catch (Me) {
          throw new zr(Me.message, { tryNextLink: wl, logger: g });
        }
      else
        try {
          y = await TY(t);
        } catch {
          throw new zr(
            `The SSO session associated with this profile is invalid. ${E}`,
            { tryNextLink: wl, logger: g },
          );
        }
      if (new Date(y.expiresAt).getTime() - Date.now() <= 0)
        throw new zr(
          `The SSO session associated with this profile has expired. ${E}`,
          { tryNextLink: wl, logger: g },
        );
      let { accessToken: S } = y,
        { SSOClient: b, GetRoleCredentialsCommand: w } = QL(),
        I =
          o ||
          new b(
            Object.assign({}, i ?? {}, {
              logger: i?.logger ?? c?.logger ?? a?.logger,
              region: i?.region ?? n,
              userAgentAppId:
                i?.userAgentAppId ?? c?.userAgentAppId ?? a?.userAgentAppId,
            }),
          ),
        v;
      try {
        v = await I.send(new w({ accountId: r, roleName: s, accessToken: S }));
      } catch (Me) {
        throw new zr(Me, { tryNextLink: wl, logger: g });
      }
      let {
        roleCredentials: {
          accessKeyId: A,
          secretAccessKey: V,
          sessionToken: ne,
          expiration: ye,
          credentialScope: et,
          accountId: X,
        } = {},
      } = v;
      if (!A || !V || !ne || !ye)
        throw new zr("SSO returns an invalid temporary credential.", {
          tryNextLink: wl,
          logger: g,
        });
      let ke = {
        accessKeyId: A,
        secretAccessKey: V,
        sessionToken: ne,
        expiration: new Date(ye),
        ...(et && { credentialScope: et }),
        ...(X && { accountId: X }),
      };
      return (
        e
          ? ZL(ke, "CREDENTIALS_SSO", "s")
          : ZL(ke, "CREDENTIALS_SSO_LEGACY", "u"),
        ke
      );
    },
    rU = (t, e) => {
      let {
        sso_start_url: r,
        sso_account_id: n,
        sso_region: s,
        sso_role_name: o,
      } = t;
      if (!r || !n || !s || !o)
        throw new zr(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: e },
        );
      return t;
    },
    DY =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
        let {
            ssoStartUrl: r,
            ssoAccountId: n,
            ssoRegion: s,
            ssoRoleName: o,
            ssoSession: i,
          } = t,
          { ssoClient: a } = t,
          c = AY({ profile: t.profile ?? e?.profile });
        if (!r && !n && !s && !o && !i) {
          let l = (await CY(t))[c];
          if (!l)
            throw new zr(`Profile ${c} was not found.`, { logger: t.logger });
          if (!tU(l))
            throw new zr(
              `Profile ${c} is not configured with SSO credentials.`,
              { logger: t.logger },
            );
          if (l?.sso_session) {
            let b = (await RY(t))[l.sso_session],
              w = ` configurations in profile ${c} and sso-session ${l.sso_session}`;
            if (s && s !== b.sso_region)
              throw new zr("Conflicting SSO region" + w, {
                tryNextLink: !1,
                logger: t.logger,
              });
            if (r && r !== b.sso_start_url)
              throw new zr("Conflicting SSO start_url" + w, {
                tryNextLink: !1,
                logger: t.logger,
              });
            ((l.sso_region = b.sso_region),
              (l.sso_start_url = b.sso_start_url));
          }
          let {
            sso_start_url: p,
            sso_account_id: h,
            sso_region: g,
            sso_role_name: y,
            sso_session: E,
          } = rU(l, t.logger);
          return eU({
            ssoStartUrl: p,
            ssoSession: E,
            ssoAccountId: h,
            ssoRegion: g,
            ssoRoleName: y,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        } else {
          if (!r || !n || !s || !o)
            throw new zr(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: t.logger },
            );
          return eU({
            ssoStartUrl: r,
            ssoSession: i,
            ssoAccountId: n,
            ssoRegion: s,
            ssoRoleName: o,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        }
      };
  Sh.fromSSO = DY;
  Sh.isSsoProfile = tU;
  Sh.validateSsoProfile = rU;
});
var ev = Ee((bh) => {
  var { SignatureV4: NY, signatureV4aContainer: nU } = $w(),
    vl = { CrtSignerV4: null },
    Q0 = "X-Amz-S3session-Token",
    sU = Q0.toLowerCase(),
    Eh = class extends NY {
      async signWithCredentials(e, r, n) {
        let s = oU(r);
        e.headers[sU] = r.sessionToken;
        let o = this;
        return (iU(o, s), o.signRequest(e, n ?? {}));
      }
      async presignWithCredentials(e, r, n) {
        let s = oU(r);
        return (
          delete e.headers[sU],
          (e.headers[Q0] = r.sessionToken),
          (e.query = e.query ?? {}),
          (e.query[Q0] = r.sessionToken),
          iU(this, s),
          this.presign(e, n)
        );
      }
    };
  function oU(t) {
    return {
      accessKeyId: t.accessKeyId,
      secretAccessKey: t.secretAccessKey,
      expiration: t.expiration,
    };
  }
  function iU(t, e) {
    let r = t.credentialProvider;
    t.credentialProvider = () => (
      (t.credentialProvider = r),
      Promise.resolve(e)
    );
  }
  var Z0 = class {
    sigv4aSigner;
    sigv4Signer;
    signerOptions;
    static sigv4aDependency() {
      return typeof vl.CrtSignerV4 == "function"
        ? "crt"
        : typeof nU.SignatureV4a == "function"
          ? "js"
          : "none";
    }
    constructor(e) {
      ((this.sigv4Signer = new Eh(e)), (this.signerOptions = e));
    }
    async sign(e, r = {}) {
      return r.signingRegion === "*"
        ? this.getSigv4aSigner().sign(e, r)
        : this.sigv4Signer.sign(e, r);
    }
    async signWithCredentials(e, r, n = {}) {
      if (n.signingRegion === "*") {
        let s = this.getSigv4aSigner(),
          o = vl.CrtSignerV4;
        if (o && s instanceof o) return s.signWithCredentials(e, r, n);
        throw new Error(
          `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
        );
      }
      return this.sigv4Signer.signWithCredentials(e, r, n);
    }
    async presign(e, r = {}) {
      if (r.signingRegion === "*") {
        let n = this.getSigv4aSigner(),
          s = vl.CrtSignerV4;
        if (s && n instanceof s) return n.presign(e, r);
        throw new Error(
          `presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
        );
      }
      return this.sigv4Signer.presign(e, r);
    }
    async presignWithCredentials(e, r, n = {}) {
      if (n.signingRegion === "*")
        throw new Error(
          "Method presignWithCredentials is not supported for [signingRegion=*].",
        );
      return this.sigv4Signer.presignWithCredentials(e, r, n);
    }
    getSigv4aSigner() {
      if (!this.sigv4aSigner) {
        let e = vl.CrtSignerV4,
          r = nU.SignatureV4a;
        if (this.signerOptions.runtime === "node") {
          if (!e && !r)
            throw new Error(
              "Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
            );
          if (e && typeof e == "function")
            this.sigv4aSigner = new e({
              ...this.signerOptions,
              signingAlgorithm: 1,
            });
          else if (r && typeof r == "function")
            this.sigv4aSigner = new r({ ...this.signerOptions });
          else
            throw new Error(
              "Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
            );
        } else {
          if (!r || typeof r != "function")
            throw new Error(
              "JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a",
            );
          this.sigv4aSigner = new r({ ...this.signerOptions });
        }
      }
      return this.sigv4aSigner;
    }
  };
  bh.SignatureV4MultiRegion = Z0;
  bh.SignatureV4SignWithCredentials = Eh;
  bh.signatureV4CrtContainer = vl;
});
var ac,
  wi,
  Il,
  aU,
  hU,
  _l,
  ct,
  tv,
  cU,
  uU,
  lU,
  pU,
  fU,
  ut,
  rv,
  ic,
  dU,
  mU,
  PY,
  ae,
  kY,
  gU,
  yU = d(() => {
    Ie();
    ((ac = "ref"),
      (wi = -1),
      (Il = !0),
      (aU = "isSet"),
      (hU = "PartitionResult"),
      (_l = "booleanEquals"),
      (ct = "stringEquals"),
      (tv = "getAttr"),
      (cU = "us-east-1"),
      (uU = "sigv4"),
      (lU = "sts"),
      (pU = "https://sts.{Region}.{PartitionResult#dnsSuffix}"),
      (fU = { [ac]: "Endpoint" }),
      (ut = { [ac]: "Region" }),
      (rv = { [ac]: hU }),
      (ic = {}),
      (dU = [ut]),
      (mU = {
        conditions: [
          [aU, [fU]],
          [aU, dU],
          ["aws.partition", dU, hU],
          [_l, [{ [ac]: "UseFIPS" }, Il]],
          [_l, [{ [ac]: "UseDualStack" }, Il]],
          [ct, [ut, "aws-global"]],
          [_l, [{ [ac]: "UseGlobalEndpoint" }, Il]],
          [ct, [ut, "eu-central-1"]],
          [_l, [{ fn: tv, argv: [rv, "supportsDualStack"] }, Il]],
          [_l, [{ fn: tv, argv: [rv, "supportsFIPS"] }, Il]],
          [ct, [ut, "ap-south-1"]],
          [ct, [ut, "eu-north-1"]],
          [ct, [ut, "eu-west-1"]],
          [ct, [ut, "eu-west-2"]],
          [ct, [ut, "eu-west-3"]],
          [ct, [ut, "sa-east-1"]],
          [ct, [ut, cU]],
          [ct, [ut, "us-east-2"]],
          [ct, [ut, "us-west-2"]],
          [ct, [ut, "us-west-1"]],
          [ct, [ut, "ca-central-1"]],
          [ct, [ut, "ap-southeast-1"]],
          [ct, [ut, "ap-northeast-1"]],
          [ct, [ut, "ap-southeast-2"]],
          [ct, [{ fn: tv, argv: [rv, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [wi],
          [
            "https://sts.amazonaws.com",
            { authSchemes: [{ name: uU, signingName: lU, signingRegion: cU }] },
          ],
          [
            pU,
            {
              authSchemes: [
                { name: uU, signingName: lU, signingRegion: "{Region}" },
              ],
            },
          ],
          [
            wi,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            wi,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [fU, ic],
          [
            "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            ic,
          ],
          [
            wi,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://sts.{Region}.amazonaws.com", ic],
          ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", ic],
          [wi, "FIPS is enabled but this partition does not support FIPS"],
          ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", ic],
          [
            wi,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          [pU, ic],
          [wi, "Invalid Configuration: Missing Region"],
        ],
      }),
      (PY = 2),
      (ae = 1e8),
      (kY = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        ae + 14,
        2,
        5,
        ae + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        ae + 1,
        8,
        6,
        9,
        ae + 13,
        7,
        ae + 1,
        10,
        10,
        ae + 1,
        11,
        11,
        ae + 1,
        12,
        12,
        ae + 1,
        13,
        13,
        ae + 1,
        14,
        14,
        ae + 1,
        15,
        15,
        ae + 1,
        16,
        16,
        ae + 1,
        17,
        17,
        ae + 1,
        18,
        18,
        ae + 1,
        19,
        19,
        ae + 1,
        20,
        20,
        ae + 1,
        21,
        21,
        ae + 1,
        22,
        22,
        ae + 1,
        23,
        23,
        ae + 1,
        ae + 2,
        8,
        ae + 11,
        ae + 12,
        4,
        28,
        26,
        9,
        27,
        ae + 10,
        24,
        ae + 8,
        ae + 9,
        8,
        29,
        ae + 7,
        9,
        ae + 6,
        ae + 7,
        3,
        ae + 3,
        31,
        4,
        ae + 4,
        ae + 5,
      ])),
      (gU = lr.from(kY, PY, mU.conditions, mU.results)));
  });
var MY,
  xh,
  nv = d(() => {
    ge();
    Ie();
    yU();
    ((MY = new pr({
      size: 50,
      params: [
        "Endpoint",
        "Region",
        "UseDualStack",
        "UseFIPS",
        "UseGlobalEndpoint",
      ],
    })),
      (xh = (t, e = {}) =>
        MY.get(t, () => Cn(gU, { endpointParams: t, logger: e.logger }))));
    Rt.aws = Ur;
  });
function bU(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sts", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function sv(t) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: { name: "sts", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function xU(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var SU,
  $Y,
  LY,
  EU,
  UY,
  BY,
  wU,
  vU,
  ov = d(() => {
    wt();
    SU = Se(ev());
    L();
    Ie();
    nv();
    (($Y = (t) => async (e, r, n) => {
      if (!n)
        throw new Error(
          "Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`",
        );
      let s = await t(e, r, n),
        o =
          be(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!o)
        throw new Error(
          `getEndpointParameterInstructions() is not defined on '${r.commandName}'`,
        );
      let i = await fu(n, { getEndpointParameterInstructions: o }, e);
      return Object.assign(s, i);
    }),
      (LY = async (t, e, r) => ({
        operation: be(e).operation,
        region:
          (await ue(t.region)()) ||
          (() => {
            throw new Error(
              "expected `region` to be configured for `aws.auth#sigv4`",
            );
          })(),
      })),
      (EU = $Y(LY)));
    ((UY = (t, e, r) => (s) => {
      let i = t(s).properties?.authSchemes;
      if (!i) return e(s);
      let a = [];
      for (let c of i) {
        let { name: u, properties: l = {}, ...p } = c,
          h = u.toLowerCase();
        u !== h &&
          console.warn(
            `HttpAuthScheme has been normalized with lowercasing: '${u}' to '${h}'`,
          );
        let g;
        if (h === "sigv4a") {
          g = "aws.auth#sigv4a";
          let S = i.find((b) => {
            let w = b.name.toLowerCase();
            return w !== "sigv4a" && w.startsWith("sigv4");
          });
          if (SU.SignatureV4MultiRegion.sigv4aDependency() === "none" && S)
            continue;
        } else if (h.startsWith("sigv4")) g = "aws.auth#sigv4";
        else
          throw new Error(
            `Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${h}'`,
          );
        let y = r[g];
        if (!y)
          throw new Error(
            `Could not find HttpAuthOption create function for '${g}'`,
          );
        let E = y(s);
        ((E.schemeId = g),
          (E.signingProperties = {
            ...(E.signingProperties || {}),
            ...p,
            ...l,
          }),
          a.push(E));
      }
      return a;
    }),
      (BY = (t) => {
        let e = [];
        return (
          t.operation === "AssumeRoleWithWebIdentity"
            ? (e.push(xU(t)), e.push(sv(t)))
            : (e.push(bU(t)), e.push(sv(t))),
          e
        );
      }),
      (wU = UY(xh, BY, {
        "aws.auth#sigv4": bU,
        "aws.auth#sigv4a": sv,
        "smithy.api#noAuth": xU,
      })),
      (vU = (t) => {
        let e = Xn(t),
          r = Lu(e);
        return Object.assign(r, {
          authSchemePreference: ue(t.authSchemePreference ?? []),
        });
      }));
  });
var IU,
  _U,
  iv = d(() => {
    ((IU = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        useGlobalEndpoint: t.useGlobalEndpoint ?? !1,
        defaultSigningName: "sts",
      })),
      (_U = {
        UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var $t,
  wh = d(() => {
    L();
    $t = class t extends ir {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Tl,
  Al,
  Cl,
  Rl,
  Ol,
  Dl,
  Nl,
  av = d(() => {
    wh();
    ((Tl = class t extends $t {
      static shapeId = "com.amazonaws.sts#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExpiredTokenException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    }),
      (Al = class t extends $t {
        static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
        name = "MalformedPolicyDocumentException";
        $fault = "client";
        constructor(e) {
          (super({
            name: "MalformedPolicyDocumentException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Cl = class t extends $t {
        static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
        name = "PackedPolicyTooLargeException";
        $fault = "client";
        constructor(e) {
          (super({
            name: "PackedPolicyTooLargeException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Rl = class t extends $t {
        static shapeId = "com.amazonaws.sts#RegionDisabledException";
        name = "RegionDisabledException";
        $fault = "client";
        constructor(e) {
          (super({ name: "RegionDisabledException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Ol = class t extends $t {
        static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
        name = "IDPRejectedClaimException";
        $fault = "client";
        constructor(e) {
          (super({ name: "IDPRejectedClaimException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Dl = class t extends $t {
        static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
        name = "InvalidIdentityTokenException";
        $fault = "client";
        constructor(e) {
          (super({
            name: "InvalidIdentityTokenException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Nl = class t extends $t {
        static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
        name = "IDPCommunicationErrorException";
        $fault = "client";
        $retryable = {};
        constructor(e) {
          (super({
            name: "IDPCommunicationErrorException",
            $fault: "client",
            ...e,
          }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }));
  });
var FY,
  GY,
  HY,
  VY,
  jY,
  zY,
  cv,
  qY,
  WY,
  KY,
  XY,
  uv,
  JY,
  TU,
  YY,
  QY,
  ZY,
  eQ,
  tQ,
  rQ,
  nQ,
  sQ,
  AU,
  CU,
  RU,
  oQ,
  iQ,
  aQ,
  cQ,
  uQ,
  lQ,
  OU,
  pQ,
  fQ,
  DU,
  dQ,
  NU,
  mQ,
  hQ,
  lv,
  gQ,
  yQ,
  PU,
  kU,
  SQ,
  EQ,
  bQ,
  xQ,
  wQ,
  vQ,
  IQ,
  _Q,
  vi,
  Ii,
  TQ,
  _i,
  Ti,
  Ai,
  AQ,
  MU,
  CQ,
  _e,
  $U,
  LU,
  To,
  UU,
  BU,
  FU,
  GU,
  HU,
  VU,
  jU,
  pv,
  RQ,
  OQ,
  fv,
  zU,
  qU,
  WU,
  KU,
  dv,
  XU,
  JU,
  YU,
  QU,
  DQ,
  NQ,
  mv,
  hv,
  Pl = d(() => {
    K();
    av();
    wh();
    ((FY = "Arn"),
      (GY = "AccessKeyId"),
      (HY = "AssumeRole"),
      (VY = "AssumedRoleId"),
      (jY = "AssumeRoleRequest"),
      (zY = "AssumeRoleResponse"),
      (cv = "AssumedRoleUser"),
      (qY = "AssumeRoleWithWebIdentity"),
      (WY = "AssumeRoleWithWebIdentityRequest"),
      (KY = "AssumeRoleWithWebIdentityResponse"),
      (XY = "Audience"),
      (uv = "Credentials"),
      (JY = "ContextAssertion"),
      (TU = "DurationSeconds"),
      (YY = "Expiration"),
      (QY = "ExternalId"),
      (ZY = "ExpiredTokenException"),
      (eQ = "IDPCommunicationErrorException"),
      (tQ = "IDPRejectedClaimException"),
      (rQ = "InvalidIdentityTokenException"),
      (nQ = "Key"),
      (sQ = "MalformedPolicyDocumentException"),
      (AU = "MinimumSessionTokenSize"),
      (CU = "Policy"),
      (RU = "PolicyArns"),
      (oQ = "ProviderArn"),
      (iQ = "ProvidedContexts"),
      (aQ = "ProvidedContextsListType"),
      (cQ = "ProvidedContext"),
      (uQ = "PolicyDescriptorType"),
      (lQ = "ProviderId"),
      (OU = "PackedPolicySize"),
      (pQ = "PackedPolicyTooLargeException"),
      (fQ = "Provider"),
      (DU = "RoleArn"),
      (dQ = "RegionDisabledException"),
      (NU = "RoleSessionName"),
      (mQ = "SecretAccessKey"),
      (hQ = "SubjectFromWebIdentityToken"),
      (lv = "SourceIdentity"),
      (gQ = "SerialNumber"),
      (yQ = "SessionToken"),
      (PU = "SessionTokenSize"),
      (kU = "SessionTokenUtilization"),
      (SQ = "Tags"),
      (EQ = "TokenCode"),
      (bQ = "TransitiveTagKeys"),
      (xQ = "Tag"),
      (wQ = "Value"),
      (vQ = "WebIdentityToken"),
      (IQ = "arn"),
      (_Q = "accessKeySecretType"),
      (vi = "awsQueryError"),
      (Ii = "client"),
      (TQ = "clientTokenType"),
      (_i = "error"),
      (Ti = "httpError"),
      (Ai = "message"),
      (AQ = "policyDescriptorListType"),
      (MU = "smithy.ts.sdk.synthetic.com.amazonaws.sts"),
      (CQ = "tagListType"),
      (_e = "com.amazonaws.sts"),
      ($U = new fe(MU)),
      (LU = [-3, MU, "STSServiceException", 0, [], []]));
    $U.registerError(LU, $t);
    ((To = new fe(_e)),
      (UU = [
        -3,
        _e,
        ZY,
        { [vi]: ["ExpiredTokenException", 400], [_i]: Ii, [Ti]: 400 },
        [Ai],
        [0],
      ]));
    To.registerError(UU, Tl);
    BU = [
      -3,
      _e,
      eQ,
      { [vi]: ["IDPCommunicationError", 400], [_i]: Ii, [Ti]: 400 },
      [Ai],
      [0],
    ];
    To.registerError(BU, Nl);
    FU = [
      -3,
      _e,
      tQ,
      { [vi]: ["IDPRejectedClaim", 403], [_i]: Ii, [Ti]: 403 },
      [Ai],
      [0],
    ];
    To.registerError(FU, Ol);
    GU = [
      -3,
      _e,
      rQ,
      { [vi]: ["InvalidIdentityToken", 400], [_i]: Ii, [Ti]: 400 },
      [Ai],
      [0],
    ];
    To.registerError(GU, Dl);
    HU = [
      -3,
      _e,
      sQ,
      { [vi]: ["MalformedPolicyDocument", 400], [_i]: Ii, [Ti]: 400 },
      [Ai],
      [0],
    ];
    To.registerError(HU, Al);
    VU = [
      -3,
      _e,
      pQ,
      { [vi]: ["PackedPolicyTooLarge", 400], [_i]: Ii, [Ti]: 400 },
      [Ai],
      [0],
    ];
    To.registerError(VU, Cl);
    jU = [
      -3,
      _e,
      dQ,
      { [vi]: ["RegionDisabledException", 403], [_i]: Ii, [Ti]: 403 },
      [Ai],
      [0],
    ];
    To.registerError(jU, Rl);
    ((pv = [$U, To]),
      (RQ = [0, _e, _Q, 8, 0]),
      (OQ = [0, _e, TQ, 8, 0]),
      (fv = [3, _e, cv, 0, [VY, FY], [0, 0], 2]),
      (zU = [
        3,
        _e,
        jY,
        0,
        [DU, NU, RU, CU, TU, SQ, bQ, QY, gQ, EQ, lv, iQ, AU],
        [0, 0, () => QU, 0, 1, () => NQ, 64, 0, 0, 0, 0, () => DQ, 1],
        2,
      ]),
      (qU = [
        3,
        _e,
        zY,
        0,
        [uv, cv, OU, lv, kU, PU],
        [[() => dv, 0], () => fv, 1, 0, 1, 1],
      ]),
      (WU = [
        3,
        _e,
        WY,
        0,
        [DU, NU, vQ, lQ, RU, CU, TU, AU],
        [0, 0, [() => OQ, 0], 0, () => QU, 0, 1, 1],
        3,
      ]),
      (KU = [
        3,
        _e,
        KY,
        0,
        [uv, hQ, cv, OU, fQ, XY, lv, kU, PU],
        [[() => dv, 0], 0, () => fv, 1, 0, 0, 0, 1, 1],
      ]),
      (dv = [3, _e, uv, 0, [GY, mQ, yQ, YY], [0, [() => RQ, 0], 0, 4], 4]),
      (XU = [3, _e, uQ, 0, [IQ], [0]]),
      (JU = [3, _e, cQ, 0, [oQ, JY], [0, 0]]),
      (YU = [3, _e, xQ, 0, [nQ, wQ], [0, 0], 2]),
      (QU = [1, _e, AQ, 0, () => XU]),
      (DQ = [1, _e, aQ, 0, () => JU]),
      (NQ = [1, _e, CQ, 0, () => YU]),
      (mv = [9, _e, HY, 0, () => zU, () => qU]),
      (hv = [9, _e, qY, 0, () => WU, () => KU]));
  });
var ZU,
  eB,
  tB = d(() => {
    wt();
    Si();
    ZU = Se(ev());
    Nt();
    Qs();
    L();
    $();
    P();
    ov();
    nv();
    Pl();
    eB = (t) => ({
      apiVersion: "2011-06-15",
      base64Decoder: t?.base64Decoder ?? Re,
      base64Encoder: t?.base64Encoder ?? xe,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? xh,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? wU,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Xe(),
        },
        {
          schemeId: "aws.auth#sigv4a",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4a"),
          signer: new Is(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new dt(),
        },
      ],
      logger: t?.logger ?? new Ct(),
      protocol: t?.protocol ?? _o,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries: pv,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615",
      },
      serviceId: t?.serviceId ?? "STS",
      sha256: t?.sha256 ?? Dr,
      signerConstructor: t?.signerConstructor ?? ZU.SignatureV4MultiRegion,
      urlParser: t?.urlParser ?? tt,
      utf8Decoder: t?.utf8Decoder ?? Fe,
      utf8Encoder: t?.utf8Encoder ?? we,
    });
  });
var vh,
  rB,
  nB = d(() => {
    qu();
    ge();
    wt();
    Nt();
    L();
    he();
    $r();
    P();
    vh = Se(di());
    tB();
    rB = (t) => {
      mn(process.version);
      let e = Tn(t),
        r = () => e().then(dn),
        n = eB(t);
      yn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Br, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? bn,
        defaultSocketTimeout: Sn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Lr({ serviceId: n.serviceId, clientVersion: xo.version }),
        httpAuthSchemes: t?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (o) =>
              o.getIdentityProvider("aws.auth#sigv4") ||
              (async (i) =>
                await t.credentialDefaultProvider(i?.__config || {})()),
            signer: new Xe(),
          },
          {
            schemeId: "aws.auth#sigv4a",
            identityProvider: (o) => o.getIdentityProvider("aws.auth#sigv4a"),
            signer: new Is(),
          },
          {
            schemeId: "smithy.api#noAuth",
            identityProvider: (o) =>
              o.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
            signer: new dt(),
          },
        ],
        maxAttempts: t?.maxAttempts ?? G(Bn, t),
        region: t?.region ?? G(rt, { ...bt, ...s }),
        requestHandler: vh.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...Gn, default: async () => (await r()).retryMode || mr }, t),
        sigv4aSigningRegionSet: t?.sigv4aSigningRegionSet ?? G(Uu, s),
        streamCollector: t?.streamCollector ?? vh.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(In, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(_n, s),
        userAgentAppId: t?.userAgentAppId ?? G(Vn, s),
      };
    };
  });
var sB,
  oB,
  iB = d(() => {
    ((sB = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(s) {
          let o = e.findIndex((i) => i.schemeId === s.schemeId);
          o === -1 ? e.push(s) : e.splice(o, 1, s);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(s) {
          r = s;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(s) {
          n = s;
        },
        credentials() {
          return n;
        },
      };
    }),
      (oB = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var aB,
  cB = d(() => {
    ge();
    L();
    $();
    iB();
    aB = (t, e) => {
      let r = Object.assign(zn(t), Ar(t), On(t), sB(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, qn(r), hn(r), Dn(r), oB(r))
      );
    };
  });
var Ao,
  Ih = d(() => {
    ge();
    Nt();
    L();
    he();
    Ie();
    $();
    $r();
    K();
    ov();
    iv();
    nB();
    cB();
    Ao = class extends pt {
      config;
      constructor(...[e]) {
        let r = rB(e || {});
        (super(r), (this.initConfig = r));
        let n = IU(r),
          s = Ln(n),
          o = Fn(s),
          i = Kt(o),
          a = i,
          c = gs(a),
          u = vU(c),
          l = aB(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(pn(this.config)),
          this.middlewareStack.use(Hn(this.config)),
          this.middlewareStack.use(xs(this.config)),
          this.middlewareStack.use(Nn(this.config)),
          this.middlewareStack.use(kn(this.config)),
          this.middlewareStack.use(Mn(this.config)),
          this.middlewareStack.use($n(this.config)),
          this.middlewareStack.use(
            Nr(this.config, {
              httpAuthSchemeParametersProvider: EU,
              identityProviderConfigProvider: async (p) =>
                new Qt({
                  "aws.auth#sigv4": p.credentials,
                  "aws.auth#sigv4a": p.credentials,
                }),
            }),
          ),
          this.middlewareStack.use(Pr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var _h,
  Th,
  Ah,
  gv = d(() => {
    L();
    Ie();
    iv();
    ((_h = gn(_U, "AWSSecurityTokenServiceV20110615", "STSClient", ys)),
      (Th = {}),
      (Ah = (t, e, r, n) => []));
  });
var Ci,
  Ch = d(() => {
    gv();
    Pl();
    Ci = class extends _h(Th, Ah, "AssumeRole", mv) {};
  });
var Ri,
  Rh = d(() => {
    gv();
    Pl();
    Ri = class extends _h(Th, Ah, "AssumeRoleWithWebIdentity", hv) {};
  });
var PQ,
  Oh,
  uB = d(() => {
    L();
    Ch();
    Rh();
    Ih();
    ((PQ = { AssumeRoleCommand: Ci, AssumeRoleWithWebIdentityCommand: Ri }),
      (Oh = class extends Ao {}));
    fn(PQ, Oh);
  });
var lB = d(() => {
  Ch();
  Rh();
});
var pB = d(() => {});
var fB,
  dB,
  mB,
  hB,
  gB,
  yB = d(() => {
    ge();
    Ch();
    Rh();
    ((fB = (t) => {
      if (typeof t?.Arn == "string") {
        let e = t.Arn.split(":");
        if (e.length > 4 && e[4] !== "") return e[4];
      }
    }),
      (dB = async (t, e, r, n = {}) => {
        let s = typeof t == "function" ? await t() : t,
          o = typeof e == "function" ? await e() : e,
          i = "",
          a = s ?? o ?? (i = await lm(n)());
        return (
          r?.debug?.(
            "@aws-sdk/client-sts::resolveRegion",
            "accepting first of:",
            `${s} (credential provider clientConfig)`,
            `${o} (contextual client)`,
            `${i} (STS default: AWS_REGION, profile region, or us-east-1)`,
          ),
          a
        );
      }),
      (mB = (t, e) => {
        let r, n;
        return async (s, o) => {
          if (((n = s), !r)) {
            let {
                logger: l = t?.parentClientConfig?.logger,
                profile: p = t?.parentClientConfig?.profile,
                region: h,
                requestHandler: g = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: y,
                userAgentAppId: E = t?.parentClientConfig?.userAgentAppId,
              } = t,
              S = await dB(h, t?.parentClientConfig?.region, y, {
                logger: l,
                profile: p,
              }),
              b = !gB(g);
            r = new e({
              ...t,
              userAgentAppId: E,
              profile: p,
              credentialDefaultProvider: () => async () => n,
              region: S,
              requestHandler: b ? g : void 0,
              logger: l,
            });
          }
          let { Credentials: i, AssumedRoleUser: a } = await r.send(new Ci(o));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRole call with role ${o.RoleArn}`,
            );
          let c = fB(a),
            u = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(c && { accountId: c }),
            };
          return (Vs(u, "CREDENTIALS_STS_ASSUME_ROLE", "i"), u);
        };
      }),
      (hB = (t, e) => {
        let r;
        return async (n) => {
          if (!r) {
            let {
                logger: c = t?.parentClientConfig?.logger,
                profile: u = t?.parentClientConfig?.profile,
                region: l,
                requestHandler: p = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: h,
                userAgentAppId: g = t?.parentClientConfig?.userAgentAppId,
              } = t,
              y = await dB(l, t?.parentClientConfig?.region, h, {
                logger: c,
                profile: u,
              }),
              E = !gB(p);
            r = new e({
              ...t,
              userAgentAppId: g,
              profile: u,
              region: y,
              requestHandler: E ? p : void 0,
              logger: c,
            });
          }
          let { Credentials: s, AssumedRoleUser: o } = await r.send(new Ri(n));
          if (!s || !s.AccessKeyId || !s.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${n.RoleArn}`,
            );
          let i = fB(o),
            a = {
              accessKeyId: s.AccessKeyId,
              secretAccessKey: s.SecretAccessKey,
              sessionToken: s.SessionToken,
              expiration: s.Expiration,
              ...(s.CredentialScope && { credentialScope: s.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (
            i && Vs(a, "RESOLVED_ACCOUNT_ID", "T"),
            Vs(a, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"),
            a
          );
        };
      }),
      (gB = (t) => t?.metadata?.handlerProtocol === "h2"));
  });
var SB,
  EB,
  bB,
  kQ,
  xB = d(() => {
    yB();
    Ih();
    ((SB = (t, e) =>
      e
        ? class extends t {
            constructor(n) {
              super(n);
              for (let s of e) this.middlewareStack.use(s);
            }
          }
        : t),
      (EB = (t = {}, e) => mB(t, SB(Ao, e))),
      (bB = (t = {}, e) => hB(t, SB(Ao, e))),
      (kQ = (t) => (e) =>
        t({ roleAssumer: EB(e), roleAssumerWithWebIdentity: bB(e), ...e })));
  });
var yv = {};
oe(yv, {
  $Command: () => St,
  AssumeRole$: () => mv,
  AssumeRoleCommand: () => Ci,
  AssumeRoleRequest$: () => zU,
  AssumeRoleResponse$: () => qU,
  AssumeRoleWithWebIdentity$: () => hv,
  AssumeRoleWithWebIdentityCommand: () => Ri,
  AssumeRoleWithWebIdentityRequest$: () => WU,
  AssumeRoleWithWebIdentityResponse$: () => KU,
  AssumedRoleUser$: () => fv,
  Credentials$: () => dv,
  ExpiredTokenException: () => Tl,
  ExpiredTokenException$: () => UU,
  IDPCommunicationErrorException: () => Nl,
  IDPCommunicationErrorException$: () => BU,
  IDPRejectedClaimException: () => Ol,
  IDPRejectedClaimException$: () => FU,
  InvalidIdentityTokenException: () => Dl,
  InvalidIdentityTokenException$: () => GU,
  MalformedPolicyDocumentException: () => Al,
  MalformedPolicyDocumentException$: () => HU,
  PackedPolicyTooLargeException: () => Cl,
  PackedPolicyTooLargeException$: () => VU,
  PolicyDescriptorType$: () => XU,
  ProvidedContext$: () => JU,
  RegionDisabledException: () => Rl,
  RegionDisabledException$: () => jU,
  STS: () => Oh,
  STSClient: () => Ao,
  STSServiceException: () => $t,
  STSServiceException$: () => LU,
  Tag$: () => YU,
  __Client: () => pt,
  decorateDefaultCredentialProvider: () => kQ,
  errorTypeRegistries: () => pv,
  getDefaultRoleAssumer: () => EB,
  getDefaultRoleAssumerWithWebIdentity: () => bB,
});
var Sv = d(() => {
  Ih();
  uB();
  lB();
  L();
  Pl();
  av();
  pB();
  xB();
  wh();
});
function MQ(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "signin", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function $Q(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var wB,
  vB,
  IB,
  Ev = d(() => {
    wt();
    L();
    wB = async (t, e, r) => ({
      operation: be(e).operation,
      region:
        (await ue(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((vB = (t) => {
      let e = [];
      return (
        t.operation === "CreateOAuth2Token" ? e.push($Q(t)) : e.push(MQ(t)),
        e
      );
    }),
      (IB = (t) => {
        let e = Xn(t);
        return Object.assign(e, {
          authSchemePreference: ue(t.authSchemePreference ?? []),
        });
      }));
  });
var _B,
  TB,
  bv = d(() => {
    ((_B = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "signin",
      })),
      (TB = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var Oo,
  Co,
  AB,
  cc,
  CB,
  uc,
  RB,
  wv,
  Ts,
  xv,
  OB,
  DB,
  Ro,
  MB,
  NB,
  Dh,
  mt,
  PB,
  kB,
  LQ,
  Z,
  UQ,
  $B,
  LB = d(() => {
    Ie();
    ((Oo = "ref"),
      (Co = -1),
      (AB = !1),
      (cc = !0),
      (CB = "isSet"),
      (uc = "booleanEquals"),
      (RB = "coalesce"),
      (wv = "PartitionResult"),
      (Ts = "stringEquals"),
      (xv = "getAttr"),
      (OB = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}"),
      (DB = { [Oo]: "Endpoint" }),
      (Ro = { fn: xv, argv: [{ [Oo]: wv }, "name"] }),
      (MB = { [Oo]: "Region" }),
      (NB = { [Oo]: wv }),
      (Dh = {
        authSchemes: [
          { name: "sigv4", signingName: "signin", signingRegion: "{Region}" },
        ],
      }),
      (mt = {}),
      (PB = [MB]),
      (kB = {
        conditions: [
          [CB, PB],
          [uc, [{ fn: RB, argv: [{ [Oo]: "IsControlPlane" }, AB] }, cc]],
          [CB, [DB]],
          ["aws.partition", PB, wv],
          [uc, [{ [Oo]: "UseFIPS" }, cc]],
          [Ts, [Ro, "aws"]],
          [uc, [{ fn: RB, argv: [{ [Oo]: "IsOAuthEndpoint" }, AB] }, cc]],
          [uc, [{ [Oo]: "UseDualStack" }, cc]],
          [Ts, [Ro, "aws-cn"]],
          [Ts, [MB, "us-gov-west-1"]],
          [Ts, [Ro, "aws-us-gov"]],
          [uc, [{ fn: xv, argv: [NB, "supportsFIPS"] }, cc]],
          [Ts, [Ro, "aws-iso"]],
          [Ts, [Ro, "aws-iso-b"]],
          [Ts, [Ro, "aws-iso-f"]],
          [Ts, [Ro, "aws-iso-e"]],
          [Ts, [Ro, "aws-eusc"]],
          [uc, [{ fn: xv, argv: [NB, "supportsDualStack"] }, cc]],
        ],
        results: [
          [Co],
          ["https://signin.{Region}.api.aws", Dh],
          ["https://signin.{Region}.api.amazonwebservices.com.cn", Dh],
          [OB, Dh],
          [
            Co,
            "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.",
          ],
          ["https://{Region}.oauth.signin.aws", Dh],
          ["https://{Region}.signin.aws.amazon.com", mt],
          ["https://{Region}.signin.amazonaws.cn", mt],
          ["https://{Region}.signin.amazonaws-us-gov.com", mt],
          ["https://{Region}.signin.c2shome.ic.gov", mt],
          ["https://{Region}.signin.sc2shome.sgov.gov", mt],
          ["https://{Region}.signin.csphome.hci.ic.gov", mt],
          ["https://{Region}.signin.csphome.adc-e.uk", mt],
          ["https://{Region}.signin.amazonaws-eusc.eu", mt],
          ["https://signin-fips.amazonaws-us-gov.com", mt],
          ["https://{Region}.signin-fips.amazonaws-us-gov.com", mt],
          ["https://{Region}.signin.{PartitionResult#dnsSuffix}", mt],
          [
            Co,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Co,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [DB, mt],
          [
            "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            mt,
          ],
          [
            Co,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", mt],
          [Co, "FIPS is enabled but this partition does not support FIPS"],
          [OB, mt],
          [
            Co,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://signin.{Region}.{PartitionResult#dnsSuffix}", mt],
          [Co, "Invalid Configuration: Missing Region"],
        ],
      }),
      (LQ = 2),
      (Z = 1e8),
      (UQ = new Int32Array([
        -1,
        1,
        -1,
        0,
        6,
        3,
        2,
        36,
        4,
        4,
        5,
        Z + 27,
        6,
        Z + 4,
        Z + 27,
        1,
        29,
        7,
        2,
        36,
        8,
        3,
        9,
        31,
        4,
        22,
        10,
        5,
        19,
        11,
        7,
        21,
        12,
        8,
        Z + 7,
        13,
        10,
        Z + 8,
        14,
        12,
        Z + 9,
        15,
        13,
        Z + 10,
        16,
        14,
        Z + 11,
        17,
        15,
        Z + 12,
        18,
        16,
        Z + 13,
        Z + 16,
        6,
        Z + 5,
        20,
        7,
        21,
        Z + 6,
        17,
        Z + 24,
        Z + 25,
        6,
        Z + 4,
        23,
        7,
        27,
        24,
        9,
        Z + 14,
        25,
        10,
        Z + 15,
        26,
        11,
        Z + 22,
        Z + 23,
        11,
        28,
        Z + 21,
        17,
        Z + 20,
        Z + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        Z + 27,
        6,
        Z + 4,
        33,
        7,
        Z + 27,
        34,
        9,
        Z + 14,
        Z + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        Z + 18,
        Z + 19,
        6,
        Z + 4,
        Z + 17,
        5,
        Z + 1,
        40,
        8,
        Z + 2,
        Z + 3,
      ])),
      ($B = lr.from(UQ, LQ, kB.conditions, kB.results)));
  });
var BQ,
  UB,
  BB = d(() => {
    ge();
    Ie();
    LB();
    ((BQ = new pr({
      size: 50,
      params: [
        "Endpoint",
        "IsControlPlane",
        "IsOAuthEndpoint",
        "Region",
        "UseDualStack",
        "UseFIPS",
      ],
    })),
      (UB = (t, e = {}) =>
        BQ.get(t, () => Cn($B, { endpointParams: t, logger: e.logger }))));
    Rt.aws = Ur;
  });
var qr,
  Nh = d(() => {
    L();
    qr = class t extends ir {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var kl,
  Ml,
  $l,
  Ll,
  vv = d(() => {
    Nh();
    ((kl = class t extends qr {
      static shapeId = "com.amazonaws.signin#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      error;
      constructor(e) {
        (super({ name: "AccessDeniedException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error));
      }
    }),
      (Ml = class t extends qr {
        static shapeId = "com.amazonaws.signin#InternalServerException";
        name = "InternalServerException";
        $fault = "server";
        error;
        constructor(e) {
          (super({ name: "InternalServerException", $fault: "server", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error));
        }
      }),
      ($l = class t extends qr {
        static shapeId = "com.amazonaws.signin#TooManyRequestsError";
        name = "TooManyRequestsError";
        $fault = "client";
        error;
        constructor(e) {
          (super({ name: "TooManyRequestsError", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error));
        }
      }),
      (Ll = class t extends qr {
        static shapeId = "com.amazonaws.signin#ValidationException";
        name = "ValidationException";
        $fault = "client";
        error;
        constructor(e) {
          (super({ name: "ValidationException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error));
        }
      }));
  });
var FQ,
  GQ,
  HQ,
  VQ,
  jQ,
  zQ,
  qQ,
  WQ,
  KQ,
  XQ,
  JQ,
  YQ,
  QQ,
  ZQ,
  eZ,
  FB,
  Iv,
  tZ,
  Cv,
  GB,
  HB,
  rZ,
  Do,
  _v,
  nZ,
  Tv,
  sZ,
  WB,
  Rv,
  VB,
  lt,
  kh,
  oZ,
  Ph,
  jB,
  KB,
  zB,
  qB,
  iZ,
  aZ,
  cZ,
  Av,
  uZ,
  ht,
  XB,
  JB,
  Ul,
  YB,
  QB,
  ZB,
  eF,
  Ov,
  lZ,
  tF,
  rF,
  nF,
  sF,
  oF,
  iF,
  aF,
  cF,
  Dv,
  Nv,
  Bl = d(() => {
    K();
    vv();
    Nh();
    ((FQ = "AccessDeniedException"),
      (GQ = "AccessToken"),
      (HQ = "CreateOAuth2Token"),
      (VQ = "CreateOAuth2TokenRequest"),
      (jQ = "CreateOAuth2TokenRequestBody"),
      (zQ = "CreateOAuth2TokenResponseBody"),
      (qQ = "CreateOAuth2TokenResponse"),
      (WQ = "CreateOAuth2TokenWithIAM"),
      (KQ = "CreateOAuth2TokenWithIAMRequest"),
      (XQ = "CreateOAuth2TokenWithIAMResponse"),
      (JQ = "InternalServerException"),
      (YQ = "OAuthAccessToken"),
      (QQ = "RefreshToken"),
      (ZQ = "TooManyRequestsError"),
      (eZ = "ValidationException"),
      (FB = "accessKeyId"),
      (Iv = "accessToken"),
      (tZ = "access_token"),
      (Cv = "client"),
      (GB = "clientId"),
      (HB = "codeVerifier"),
      (rZ = "code"),
      (Do = "error"),
      (_v = "expiresIn"),
      (nZ = "expires_in"),
      (Tv = "grantType"),
      (sZ = "grant_type"),
      (WB = "http"),
      (Rv = "httpError"),
      (VB = "idToken"),
      (lt = "jsonName"),
      (kh = "message"),
      (oZ = "resource"),
      (Ph = "refreshToken"),
      (jB = "redirectUri"),
      (KB = "smithy.ts.sdk.synthetic.com.amazonaws.signin"),
      (zB = "secretAccessKey"),
      (qB = "sessionToken"),
      (iZ = "server"),
      (aZ = "tokenInput"),
      (cZ = "tokenOutput"),
      (Av = "tokenType"),
      (uZ = "token_type"),
      (ht = "com.amazonaws.signin"),
      (XB = new fe(KB)),
      (JB = [-3, KB, "SigninServiceException", 0, [], []]));
    XB.registerError(JB, qr);
    ((Ul = new fe(ht)), (YB = [-3, ht, FQ, { [Do]: Cv }, [Do, kh], [0, 0], 2]));
    Ul.registerError(YB, kl);
    QB = [-3, ht, JQ, { [Do]: iZ, [Rv]: 500 }, [Do, kh], [0, 0], 2];
    Ul.registerError(QB, Ml);
    ZB = [-3, ht, ZQ, { [Do]: Cv, [Rv]: 429 }, [Do, kh], [0, 0], 2];
    Ul.registerError(ZB, $l);
    eF = [-3, ht, eZ, { [Do]: Cv, [Rv]: 400 }, [Do, kh], [0, 0], 2];
    Ul.registerError(eF, Ll);
    ((Ov = [XB, Ul]),
      (lZ = [0, ht, YQ, 8, 0]),
      (tF = [0, ht, QQ, 8, 0]),
      (rF = [
        3,
        ht,
        GQ,
        8,
        [FB, zB, qB],
        [
          [0, { [lt]: FB }],
          [0, { [lt]: zB }],
          [0, { [lt]: qB }],
        ],
        3,
      ]),
      (nF = [3, ht, VQ, 0, [aZ], [[() => sF, 16]], 1]),
      (sF = [
        3,
        ht,
        jQ,
        0,
        [GB, Tv, rZ, jB, HB, Ph],
        [
          [0, { [lt]: GB }],
          [0, { [lt]: Tv }],
          0,
          [0, { [lt]: jB }],
          [0, { [lt]: HB }],
          [() => tF, { [lt]: Ph }],
        ],
        2,
      ]),
      (oF = [3, ht, qQ, 0, [cZ], [[() => iF, 16]], 1]),
      (iF = [
        3,
        ht,
        zQ,
        0,
        [Iv, Av, _v, Ph, VB],
        [
          [() => rF, { [lt]: Iv }],
          [0, { [lt]: Av }],
          [1, { [lt]: _v }],
          [() => tF, { [lt]: Ph }],
          [0, { [lt]: VB }],
        ],
        4,
      ]),
      (aF = [3, ht, KQ, 0, [Tv, oZ], [[0, { [lt]: sZ }], 0], 2]),
      (cF = [
        3,
        ht,
        XQ,
        0,
        [Iv, Av, _v],
        [
          [() => lZ, { [lt]: tZ }],
          [0, { [lt]: uZ }],
          [1, { [lt]: nZ }],
        ],
        3,
      ]),
      (Dv = [
        9,
        ht,
        HQ,
        { [WB]: ["POST", "/v1/token", 200] },
        () => nF,
        () => oF,
      ]),
      (Nv = [
        9,
        ht,
        WQ,
        { [WB]: ["POST", "/v1/token?x-amz-client-auth-method=iam", 200] },
        () => aF,
        () => cF,
      ]));
  });
var uF,
  lF = d(() => {
    wt();
    Si();
    Nt();
    Qs();
    L();
    $();
    P();
    Ev();
    BB();
    Bl();
    uF = (t) => ({
      apiVersion: "2023-01-01",
      base64Decoder: t?.base64Decoder ?? Re,
      base64Encoder: t?.base64Encoder ?? xe,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? UB,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? vB,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Xe(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new dt(),
        },
      ],
      logger: t?.logger ?? new Ct(),
      protocol: t?.protocol ?? Yn,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: Ov,
        version: "2023-01-01",
        serviceTarget: "Signin",
      },
      serviceId: t?.serviceId ?? "Signin",
      sha256: t?.sha256 ?? Dr,
      urlParser: t?.urlParser ?? tt,
      utf8Decoder: t?.utf8Decoder ?? Fe,
      utf8Encoder: t?.utf8Encoder ?? we,
    });
  });
var Mh,
  pF,
  fF = d(() => {
    qu();
    ge();
    wt();
    L();
    he();
    $r();
    P();
    Mh = Se(di());
    lF();
    pF = (t) => {
      mn(process.version);
      let e = Tn(t),
        r = () => e().then(dn),
        n = uF(t);
      yn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Br, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? bn,
        defaultSocketTimeout: Sn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Lr({ serviceId: n.serviceId, clientVersion: xo.version }),
        maxAttempts: t?.maxAttempts ?? G(Bn, t),
        region: t?.region ?? G(rt, { ...bt, ...s }),
        requestHandler: Mh.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...Gn, default: async () => (await r()).retryMode || mr }, t),
        streamCollector: t?.streamCollector ?? Mh.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(In, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(_n, s),
        userAgentAppId: t?.userAgentAppId ?? G(Vn, s),
      };
    };
  });
var dF,
  mF,
  hF = d(() => {
    ((dF = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(s) {
          let o = e.findIndex((i) => i.schemeId === s.schemeId);
          o === -1 ? e.push(s) : e.splice(o, 1, s);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(s) {
          r = s;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(s) {
          n = s;
        },
        credentials() {
          return n;
        },
      };
    }),
      (mF = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var gF,
  yF = d(() => {
    ge();
    L();
    $();
    hF();
    gF = (t, e) => {
      let r = Object.assign(zn(t), Ar(t), On(t), dF(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, qn(r), hn(r), Dn(r), mF(r))
      );
    };
  });
var Fl,
  Pv = d(() => {
    ge();
    Nt();
    L();
    he();
    Ie();
    $();
    $r();
    K();
    Ev();
    bv();
    fF();
    yF();
    Fl = class extends pt {
      config;
      constructor(...[e]) {
        let r = pF(e || {});
        (super(r), (this.initConfig = r));
        let n = _B(r),
          s = Ln(n),
          o = Fn(s),
          i = Kt(o),
          a = i,
          c = gs(a),
          u = IB(c),
          l = gF(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(pn(this.config)),
          this.middlewareStack.use(Hn(this.config)),
          this.middlewareStack.use(xs(this.config)),
          this.middlewareStack.use(Nn(this.config)),
          this.middlewareStack.use(kn(this.config)),
          this.middlewareStack.use(Mn(this.config)),
          this.middlewareStack.use($n(this.config)),
          this.middlewareStack.use(
            Nr(this.config, {
              httpAuthSchemeParametersProvider: wB,
              identityProviderConfigProvider: async (p) =>
                new Qt({ "aws.auth#sigv4": p.credentials }),
            }),
          ),
          this.middlewareStack.use(Pr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var $h,
  SF,
  EF,
  Lh,
  kv = d(() => {
    L();
    Ie();
    bv();
    (($h = gn(TB, "Signin", "SigninClient", ys)),
      (SF = { IsControlPlane: { type: "staticContextParams", value: !1 } }),
      (EF = { IsOAuthEndpoint: { type: "staticContextParams", value: !0 } }),
      (Lh = (t, e, r, n) => []));
  });
var Gl,
  Mv = d(() => {
    kv();
    Bl();
    Gl = class extends $h(SF, Lh, "CreateOAuth2Token", Dv) {};
  });
var Hl,
  $v = d(() => {
    kv();
    Bl();
    Hl = class extends $h(EF, Lh, "CreateOAuth2TokenWithIAM", Nv) {};
  });
var pZ,
  Uh,
  bF = d(() => {
    L();
    Mv();
    $v();
    Pv();
    ((pZ = {
      CreateOAuth2TokenCommand: Gl,
      CreateOAuth2TokenWithIAMCommand: Hl,
    }),
      (Uh = class extends Fl {}));
    fn(pZ, Uh);
  });
var xF = d(() => {
  Mv();
  $v();
});
var fZ,
  wF = d(() => {
    fZ = {
      AUTHCODE_EXPIRED: "AUTHCODE_EXPIRED",
      CONFLICT: "CONFLICT",
      INSUFFICIENT_PERMISSIONS: "INSUFFICIENT_PERMISSIONS",
      INVALID_REQUEST: "INVALID_REQUEST",
      OAUTH_INVALID_GRANT: "invalid_grant",
      OAUTH_INVALID_REQUEST: "invalid_request",
      OAUTH_INVALID_SCOPE: "invalid_scope",
      OAUTH_INVALID_TARGET: "invalid_target",
      OAUTH_RATE_EXCEEDED: "rate_exceeded",
      OAUTH_SERVICE_UNAVAILABLE: "service_unavailable",
      OAUTH_UNSUPPORTED_GRANT_TYPE: "unsupported_grant_type",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      SERVER_ERROR: "server_error",
      SERVICE_QUOTA_EXCEEDED: "SERVICE_QUOTA_EXCEEDED",
      TOKEN_EXPIRED: "TOKEN_EXPIRED",
      USER_CREDENTIALS_CHANGED: "USER_CREDENTIALS_CHANGED",
    };
  });
var vF = d(() => {});
var IF = {};
oe(IF, {
  $Command: () => St,
  AccessDeniedException: () => kl,
  AccessDeniedException$: () => YB,
  AccessToken$: () => rF,
  CreateOAuth2Token$: () => Dv,
  CreateOAuth2TokenCommand: () => Gl,
  CreateOAuth2TokenRequest$: () => nF,
  CreateOAuth2TokenRequestBody$: () => sF,
  CreateOAuth2TokenResponse$: () => oF,
  CreateOAuth2TokenResponseBody$: () => iF,
  CreateOAuth2TokenWithIAM$: () => Nv,
  CreateOAuth2TokenWithIAMCommand: () => Hl,
  CreateOAuth2TokenWithIAMRequest$: () => aF,
  CreateOAuth2TokenWithIAMResponse$: () => cF,
  InternalServerException: () => Ml,
  InternalServerException$: () => QB,
  OAuth2ErrorCode: () => fZ,
  Signin: () => Uh,
  SigninClient: () => Fl,
  SigninServiceException: () => qr,
  SigninServiceException$: () => JB,
  TooManyRequestsError: () => $l,
  TooManyRequestsError$: () => ZB,
  ValidationException: () => Ll,
  ValidationException$: () => eF,
  __Client: () => pt,
  errorTypeRegistries: () => Ov,
});
var _F = d(() => {
  Pv();
  bF();
  xF();
  L();
  Bl();
  wF();
  vv();
  vF();
  Nh();
});
var CF = Ee((AF) => {
  var { setCredentialFeature: dZ } = (ge(), D(Wn)),
    {
      CredentialsProviderError: No,
      parseKnownFiles: mZ,
      getProfileName: hZ,
    } = (he(), D(ur)),
    { HttpRequest: gZ } = ($(), D(fo)),
    {
      createHash: yZ,
      createPrivateKey: SZ,
      createPublicKey: EZ,
      sign: bZ,
    } = At("node:crypto"),
    { promises: Lv } = At("node:fs"),
    { homedir: xZ } = At("node:os"),
    { dirname: wZ, join: TF } = At("node:path"),
    Uv = class t {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD = 300 * 1e3;
      constructor(e, r, n) {
        ((this.profileData = e),
          (this.init = r),
          (this.callerClientConfig = n));
      }
      async loadCredentials() {
        let e = await this.loadToken();
        if (!e)
          throw new No(
            `Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,
            { tryNextLink: !1, logger: this.logger },
          );
        let r = e.accessToken,
          n = Date.now();
        return new Date(r.expiresAt).getTime() - n <= t.REFRESH_THRESHOLD
          ? this.refresh(e)
          : this.toCredentials(e.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(e) {
        return {
          accessKeyId: e.accessKeyId,
          secretAccessKey: e.secretAccessKey,
          sessionToken: e.sessionToken,
          accountId: e.accountId,
          expiration: new Date(e.expiresAt),
        };
      }
      async refresh(e) {
        let r = await this.loadToken().catch(() => e),
          n = Date.now(),
          s = new Date(r.accessToken.expiresAt).getTime(),
          o = new Date(e.accessToken.expiresAt).getTime(),
          i = s <= n && o > n ? e : r;
        if (
          new Date(i.accessToken.expiresAt).getTime() - Date.now() >
          t.REFRESH_THRESHOLD
        )
          return this.toCredentials(i.accessToken);
        let { SigninClient: c, CreateOAuth2TokenCommand: u } = (_F(), D(IF)),
          { logger: l, userAgentAppId: p } = this.callerClientConfig ?? {},
          g = ((w) => w?.metadata?.handlerProtocol === "h2")(
            this.callerClientConfig?.requestHandler,
          )
            ? void 0
            : this.callerClientConfig?.requestHandler,
          y =
            typeof i.signInRegion == "string" && i.signInRegion.length > 0
              ? i.signInRegion
              : void 0,
          E =
            y ??
            this.profileData.region ??
            (await this.callerClientConfig?.region?.()) ??
            process.env.AWS_REGION,
          S = new c({
            credentials: { accessKeyId: "", secretAccessKey: "" },
            region: E,
            requestHandler: g,
            logger: l,
            userAgentAppId: p,
            ...this.init?.clientConfig,
            ...(y && { region: y }),
          });
        this.createDPoPInterceptor(S.middlewareStack);
        let b = {
          tokenInput: {
            clientId: i.clientId,
            refreshToken: i.refreshToken,
            grantType: "refresh_token",
          },
        };
        try {
          let w = await S.send(new u(b)),
            {
              accessKeyId: I,
              secretAccessKey: v,
              sessionToken: A,
            } = w.tokenOutput?.accessToken ?? {},
            { refreshToken: V, expiresIn: ne } = w.tokenOutput ?? {};
          if (!I || !v || !A || !V)
            throw new No("Token refresh response missing required fields", {
              logger: this.logger,
              tryNextLink: !1,
            });
          let ye = (ne ?? 900) * 1e3,
            et = new Date(Date.now() + ye),
            X = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: I,
                secretAccessKey: v,
                sessionToken: A,
                expiresAt: et.toISOString(),
              },
              refreshToken: V,
            };
          return (await this.saveToken(X), this.toCredentials(X.accessToken));
        } catch (w) {
          if (w.name === "AccessDeniedException") {
            let v = w.error,
              A;
            switch (v) {
              case "TOKEN_EXPIRED":
                A = "Your session has expired. Please reauthenticate.";
                break;
              case "USER_CREDENTIALS_CHANGED":
                A =
                  "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.";
                break;
              case "INSUFFICIENT_PERMISSIONS":
                A =
                  "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                A = `Failed to refresh token: ${String(w)}. Please re-authenticate using \`aws login\``;
            }
            throw new No(A, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(w)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new No(
            `Failed to refresh token: ${String(w)}. Please re-authenticate using aws login`,
            { logger: this.logger },
          );
        }
      }
      async loadToken() {
        let e = this.getTokenFilePath();
        try {
          let r = await Lv.readFile(e, "utf8"),
            n = JSON.parse(r),
            s = ["accessToken", "clientId", "refreshToken", "dpopKey"].filter(
              (o) => !n[o],
            );
          if ((n.accessToken?.accountId || s.push("accountId"), s.length > 0))
            throw new No(
              `Token validation failed, missing fields: ${s.join(", ")}`,
              { logger: this.logger, tryNextLink: !1 },
            );
          return n;
        } catch (r) {
          throw new No(`Failed to load token from ${e}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(e) {
        let r = this.getTokenFilePath(),
          n = wZ(r);
        try {
          await Lv.mkdir(n, { recursive: !0 });
        } catch {}
        await Lv.writeFile(r, JSON.stringify(e, null, 2), "utf8");
      }
      getTokenFilePath() {
        let e =
            process.env.AWS_LOGIN_CACHE_DIRECTORY ??
            TF(xZ(), ".aws", "login", "cache"),
          r = Buffer.from(this.loginSession, "utf8"),
          n = yZ("sha256").update(r).digest("hex");
        return TF(e, `${n}.json`);
      }
      derToRawSignature(e) {
        let r = 2;
        if (e[r] !== 2) throw new Error("Invalid DER signature");
        r++;
        let n = e[r++],
          s = e.subarray(r, r + n);
        if (((r += n), e[r] !== 2)) throw new Error("Invalid DER signature");
        r++;
        let o = e[r++],
          i = e.subarray(r, r + o);
        ((s = s[0] === 0 ? s.subarray(1) : s),
          (i = i[0] === 0 ? i.subarray(1) : i));
        let a = Buffer.concat([Buffer.alloc(32 - s.length), s]),
          c = Buffer.concat([Buffer.alloc(32 - i.length), i]);
        return Buffer.concat([a, c]);
      }
      createDPoPInterceptor(e) {
        e.add(
          (r) => async (n) => {
            if (gZ.isInstance(n.request)) {
              let s = n.request,
                o = `${s.protocol}//${s.hostname}${s.port ? `:${s.port}` : ""}${s.path}`,
                i = await this.generateDpop(s.method, o);
              s.headers = { ...s.headers, DPoP: i };
            }
            return r(n);
          },
          { step: "finalizeRequest", name: "dpopInterceptor", override: !0 },
        );
      }
      async generateDpop(e = "POST", r) {
        let n = await this.loadToken();
        try {
          let s = SZ({ key: n.dpopKey, format: "pem", type: "sec1" }),
            i = EZ(s).export({ format: "der", type: "spki" }),
            a = -1;
          for (let w = 0; w < i.length; w++)
            if (i[w] === 4) {
              a = w;
              break;
            }
          let c = i.slice(a + 1, a + 33),
            u = i.slice(a + 33, a + 65),
            l = {
              alg: "ES256",
              typ: "dpop+jwt",
              jwk: {
                kty: "EC",
                crv: "P-256",
                x: c.toString("base64url"),
                y: u.toString("base64url"),
              },
            },
            p = {
              jti: crypto.randomUUID(),
              htm: e,
              htu: r,
              iat: Math.floor(Date.now() / 1e3),
            },
            h = Buffer.from(JSON.stringify(l)).toString("base64url"),
            g = Buffer.from(JSON.stringify(p)).toString("base64url"),
            y = `${h}.${g}`,
            E = bZ("sha256", Buffer.from(y), s),
            b = this.derToRawSignature(E).toString("base64url");
          return `${y}.${b}`;
        } catch (s) {
          throw new No(
            `Failed to generate Dpop proof: ${s instanceof Error ? s.message : String(s)}`,
            { logger: this.logger, tryNextLink: !1 },
          );
        }
      }
    },
    vZ =
      (t) =>
      async ({ callerClientConfig: e } = {}) => {
        t?.logger?.debug?.(
          "@aws-sdk/credential-providers - fromLoginCredentials",
        );
        let r = await mZ(t || {}),
          n = hZ({ profile: t?.profile ?? e?.profile }),
          s = r[n];
        if (!s?.login_session)
          throw new No(`Profile ${n} does not contain login_session.`, {
            tryNextLink: !0,
            logger: t?.logger,
          });
        let i = await new Uv(s, t, e).loadCredentials();
        return dZ(i, "CREDENTIALS_LOGIN", "AD");
      };
  AF.fromLoginCredentials = vZ;
});
var Fv = Ee((RF) => {
  var {
      externalDataInterceptor: IZ,
      CredentialsProviderError: Bv,
      parseKnownFiles: _Z,
      getProfileName: TZ,
    } = (he(), D(ur)),
    { exec: AZ } = At("node:child_process"),
    { promisify: CZ } = At("node:util"),
    { setCredentialFeature: RZ } = (ge(), D(Wn)),
    OZ = (t, e, r) => {
      if (e.Version !== 1)
        throw Error(
          `Profile ${t} credential_process did not return Version 1.`,
        );
      if (e.AccessKeyId === void 0 || e.SecretAccessKey === void 0)
        throw Error(
          `Profile ${t} credential_process returned invalid credentials.`,
        );
      if (e.Expiration) {
        let o = new Date();
        if (new Date(e.Expiration) < o)
          throw Error(
            `Profile ${t} credential_process returned expired credentials.`,
          );
      }
      let n = e.AccountId;
      !n && r?.[t]?.aws_account_id && (n = r[t].aws_account_id);
      let s = {
        accessKeyId: e.AccessKeyId,
        secretAccessKey: e.SecretAccessKey,
        ...(e.SessionToken && { sessionToken: e.SessionToken }),
        ...(e.Expiration && { expiration: new Date(e.Expiration) }),
        ...(e.CredentialScope && { credentialScope: e.CredentialScope }),
        ...(n && { accountId: n }),
      };
      return (RZ(s, "CREDENTIALS_PROCESS", "w"), s);
    },
    DZ = async (t, e, r) => {
      let n = e[t];
      if (e[t]) {
        let s = n.credential_process;
        if (s !== void 0) {
          let o = CZ(IZ?.getTokenRecord?.().exec ?? AZ);
          try {
            let { stdout: i } = await o(s),
              a;
            try {
              a = JSON.parse(i.trim());
            } catch {
              throw Error(
                `Profile ${t} credential_process returned invalid JSON.`,
              );
            }
            return OZ(t, a, e);
          } catch (i) {
            throw new Bv(i.message, { logger: r });
          }
        } else
          throw new Bv(`Profile ${t} did not contain credential_process.`, {
            logger: r,
          });
      } else
        throw new Bv(
          `Profile ${t} could not be found in shared credentials file.`,
          { logger: r },
        );
    },
    NZ =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
        let r = await _Z(t);
        return DZ(TZ({ profile: t.profile ?? e?.profile }), r, t.logger);
      };
  RF.fromProcess = NZ;
});
var Hv = Ee((Gv) => {
  var { setCredentialFeature: PZ } = (ge(), D(Wn)),
    { CredentialsProviderError: kZ, externalDataInterceptor: MZ } =
      (he(), D(ur)),
    { readFileSync: $Z } = At("node:fs"),
    DF = (t) => async (e) => {
      t.logger?.debug(
        "@aws-sdk/credential-provider-web-identity - fromWebToken",
      );
      let {
          roleArn: r,
          roleSessionName: n,
          webIdentityToken: s,
          providerId: o,
          policyArns: i,
          policy: a,
          durationSeconds: c,
        } = t,
        { roleAssumerWithWebIdentity: u } = t;
      if (!u) {
        let { getDefaultRoleAssumerWithWebIdentity: l } = (Sv(), D(yv));
        u = l(
          {
            ...t.clientConfig,
            credentialProviderLogger: t.logger,
            parentClientConfig: {
              ...e?.callerClientConfig,
              ...t.parentClientConfig,
            },
          },
          t.clientPlugins,
        );
      }
      return u({
        RoleArn: r,
        RoleSessionName: n ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: s,
        ProviderId: o,
        PolicyArns: i,
        Policy: a,
        DurationSeconds: c,
      });
    },
    OF = "AWS_WEB_IDENTITY_TOKEN_FILE",
    LZ = "AWS_ROLE_ARN",
    UZ = "AWS_ROLE_SESSION_NAME",
    BZ =
      (t = {}) =>
      async (e) => {
        t.logger?.debug(
          "@aws-sdk/credential-provider-web-identity - fromTokenFile",
        );
        let r = t?.webIdentityTokenFile ?? process.env[OF],
          n = t?.roleArn ?? process.env[LZ],
          s = t?.roleSessionName ?? process.env[UZ];
        if (!r || !n)
          throw new kZ("Web identity configuration not specified", {
            logger: t.logger,
          });
        let o = await DF({
          ...t,
          webIdentityToken:
            MZ?.getTokenRecord?.()[r] ?? $Z(r, { encoding: "ascii" }),
          roleArn: n,
          roleSessionName: s,
        })(e);
        return (
          r === process.env[OF] &&
            PZ(o, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"),
          o
        );
      };
  Gv.fromTokenFile = BZ;
  Gv.fromWebToken = DF;
});
var UF = Ee((LF) => {
  var {
      CredentialsProviderError: Bh,
      chain: FZ,
      getProfileName: MF,
      parseKnownFiles: GZ,
    } = (he(), D(ur)),
    { setCredentialFeature: As } = (ge(), D(Wn)),
    HZ = (t, e, r) => {
      let n = {
        EcsContainer: async (s) => {
          let { fromHttp: o } = e0(),
            { fromContainerMetadata: i } = Im();
          return (
            r?.debug(
              "@aws-sdk/credential-provider-ini - credential_source is EcsContainer",
            ),
            async () => FZ(o(s ?? {}), i(s))().then(Vv)
          );
        },
        Ec2InstanceMetadata: async (s) => {
          r?.debug(
            "@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata",
          );
          let { fromInstanceMetadata: o } = Im();
          return async () => o(s)().then(Vv);
        },
        Environment: async (s) => {
          r?.debug(
            "@aws-sdk/credential-provider-ini - credential_source is Environment",
          );
          let { fromEnv: o } = Gw();
          return async () => o(s)().then(Vv);
        },
      };
      if (t in n) return n[t];
      throw new Bh(
        `Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    },
    Vv = (t) => As(t, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p"),
    VZ = (t, { profile: e = "default", logger: r } = {}) =>
      !!t &&
      typeof t == "object" &&
      typeof t.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof t.role_session_name) > -1 &&
      ["undefined", "string"].indexOf(typeof t.external_id) > -1 &&
      ["undefined", "string"].indexOf(typeof t.mfa_serial) > -1 &&
      (jZ(t, { profile: e, logger: r }) || zZ(t, { profile: e, logger: r })),
    jZ = (t, { profile: e, logger: r }) => {
      let n =
        typeof t.source_profile == "string" && typeof t.credential_source > "u";
      return (
        n &&
          r?.debug?.(
            `    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`,
          ),
        n
      );
    },
    zZ = (t, { profile: e, logger: r }) => {
      let n =
        typeof t.credential_source == "string" && typeof t.source_profile > "u";
      return (
        n &&
          r?.debug?.(
            `    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`,
          ),
        n
      );
    },
    qZ = async (t, e, r, n, s = {}, o) => {
      r.logger?.debug(
        "@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)",
      );
      let i = e[t],
        { source_profile: a, region: c } = i;
      if (!r.roleAssumer) {
        let { getDefaultRoleAssumer: l } = (Sv(), D(yv));
        r.roleAssumer = l(
          {
            ...r.clientConfig,
            credentialProviderLogger: r.logger,
            parentClientConfig: {
              ...n,
              ...r?.parentClientConfig,
              region: c ?? r?.parentClientConfig?.region ?? n?.region,
            },
          },
          r.clientPlugins,
        );
      }
      if (a && a in s)
        throw new Bh(
          `Detected a cycle attempting to resolve credentials for profile ${MF(r)}. Profiles visited: ` +
            Object.keys(s).join(", "),
          { logger: r.logger },
        );
      r.logger?.debug(
        `@aws-sdk/credential-provider-ini - finding credential resolver using ${a ? `source_profile=[${a}]` : `profile=[${t}]`}`,
      );
      let u = a
        ? o(a, e, r, n, { ...s, [a]: !0 }, NF(e[a] ?? {}))
        : (await HZ(i.credential_source, t, r.logger)(r))();
      if (NF(i))
        return u.then((l) => As(l, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      {
        let l = {
            RoleArn: i.role_arn,
            RoleSessionName: i.role_session_name || `aws-sdk-js-${Date.now()}`,
            ExternalId: i.external_id,
            DurationSeconds: parseInt(i.duration_seconds || "3600", 10),
          },
          { mfa_serial: p } = i;
        if (p) {
          if (!r.mfaCodeProvider)
            throw new Bh(
              `Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
              { logger: r.logger, tryNextLink: !1 },
            );
          ((l.SerialNumber = p), (l.TokenCode = await r.mfaCodeProvider(p)));
        }
        let h = await u;
        return r
          .roleAssumer(h, l)
          .then((g) => As(g, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      }
    },
    NF = (t) => !t.role_arn && !!t.credential_source,
    WZ = (t) => !!(t && t.login_session),
    KZ = async (t, e, r) => {
      let { fromLoginCredentials: n } = CF(),
        s = await n({ ...e, profile: t })({ callerClientConfig: r });
      return As(s, "CREDENTIALS_PROFILE_LOGIN", "AC");
    },
    XZ = (t) =>
      !!t && typeof t == "object" && typeof t.credential_process == "string",
    JZ = async (t, e) => {
      let { fromProcess: r } = Fv(),
        n = await r({ ...t, profile: e })();
      return As(n, "CREDENTIALS_PROFILE_PROCESS", "v");
    },
    YZ = async (t, e, r = {}, n) => {
      let { fromSSO: s } = Y0();
      return s({
        profile: t,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: n }).then((o) =>
        e.sso_session
          ? As(o, "CREDENTIALS_PROFILE_SSO", "r")
          : As(o, "CREDENTIALS_PROFILE_SSO_LEGACY", "t"),
      );
    },
    QZ = (t) =>
      t &&
      (typeof t.sso_start_url == "string" ||
        typeof t.sso_account_id == "string" ||
        typeof t.sso_session == "string" ||
        typeof t.sso_region == "string" ||
        typeof t.sso_role_name == "string"),
    PF = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.aws_access_key_id == "string" &&
      typeof t.aws_secret_access_key == "string" &&
      ["undefined", "string"].indexOf(typeof t.aws_session_token) > -1 &&
      ["undefined", "string"].indexOf(typeof t.aws_account_id) > -1,
    kF = async (t, e) => {
      e?.logger?.debug(
        "@aws-sdk/credential-provider-ini - resolveStaticCredentials",
      );
      let r = {
        accessKeyId: t.aws_access_key_id,
        secretAccessKey: t.aws_secret_access_key,
        sessionToken: t.aws_session_token,
        ...(t.aws_credential_scope && {
          credentialScope: t.aws_credential_scope,
        }),
        ...(t.aws_account_id && { accountId: t.aws_account_id }),
      };
      return As(r, "CREDENTIALS_PROFILE", "n");
    },
    ZZ = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.web_identity_token_file == "string" &&
      typeof t.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof t.role_session_name) > -1,
    eee = async (t, e, r) => {
      let { fromTokenFile: n } = Hv(),
        s = await n({
          webIdentityTokenFile: t.web_identity_token_file,
          roleArn: t.role_arn,
          roleSessionName: t.role_session_name,
          roleAssumerWithWebIdentity: e.roleAssumerWithWebIdentity,
          logger: e.logger,
          parentClientConfig: e.parentClientConfig,
        })({ callerClientConfig: r });
      return As(s, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
    },
    $F = async (t, e, r, n, s = {}, o = !1) => {
      let i = e[t];
      if (Object.keys(s).length > 0 && PF(i)) return kF(i, r);
      if (o || VZ(i, { profile: t, logger: r.logger }))
        return qZ(t, e, r, n, s, $F);
      if (PF(i)) return kF(i, r);
      if (ZZ(i)) return eee(i, r, n);
      if (XZ(i)) return JZ(r, t);
      if (QZ(i)) return await YZ(t, i, r, n);
      if (WZ(i)) return KZ(t, r, n);
      throw new Bh(
        `Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    },
    tee =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
        let r = await GZ(t);
        return $F(MF({ profile: t.profile ?? e?.profile }), r, t, e);
      };
  LF.fromIni = tee;
});
var HF = Ee((Gh) => {
  var { ENV_KEY: ree, ENV_SECRET: nee, fromEnv: see } = Gw(),
    {
      chain: oee,
      CredentialsProviderError: Fh,
      ENV_PROFILE: iee,
    } = (he(), D(ur)),
    BF = "AWS_EC2_METADATA_DISABLED",
    aee = async (t) => {
      let {
        ENV_CMDS_FULL_URI: e,
        ENV_CMDS_RELATIVE_URI: r,
        fromContainerMetadata: n,
        fromInstanceMetadata: s,
      } = Im();
      if (process.env[r] || process.env[e]) {
        t.logger?.debug(
          "@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata",
        );
        let { fromHttp: o } = e0();
        return oee(o(t), n(t));
      }
      return process.env[BF] && process.env[BF] !== "false"
        ? async () => {
            throw new Fh("EC2 Instance Metadata Service access disabled", {
              logger: t.logger,
            });
          }
        : (t.logger?.debug(
            "@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata",
          ),
          s(t));
    };
  function cee(t, e) {
    let r = uee(t),
      n,
      s,
      o,
      i,
      a = async (c) => {
        if (c?.forceRefresh)
          return (
            i ||
              (i = r(c)
                .then((u) => {
                  o = u;
                })
                .finally(() => {
                  i = void 0;
                })),
            await i,
            o
          );
        if (
          (o?.expiration &&
            o?.expiration?.getTime() < Date.now() &&
            (o = void 0),
          n)
        )
          await n;
        else if (!o || e?.(o))
          if (o)
            s ||
              (s = r(c)
                .then((u) => {
                  o = u;
                })
                .catch(() => {})
                .finally(() => {
                  s = void 0;
                }));
          else
            return (
              (n = r(c)
                .then((u) => {
                  o = u;
                })
                .finally(() => {
                  n = void 0;
                })),
              a(c)
            );
        return o;
      };
    return a;
  }
  var uee = (t) => async (e) => {
      let r;
      for (let n of t)
        try {
          return await n(e);
        } catch (s) {
          if (((r = s), s?.tryNextLink)) continue;
          throw s;
        }
      throw r;
    },
    FF = !1,
    lee = (t = {}) =>
      cee(
        [
          async () => {
            if (t.profile ?? process.env[iee])
              throw (
                process.env[ree] &&
                  process.env[nee] &&
                  (FF ||
                    ((t.logger?.warn &&
                      t.logger?.constructor?.name !== "NoOpLogger"
                      ? t.logger.warn.bind(t.logger)
                      : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),
                    (FF = !0))),
                new Fh("AWS_PROFILE is set, skipping fromEnv provider.", {
                  logger: t.logger,
                  tryNextLink: !0,
                })
              );
            return (
              t.logger?.debug(
                "@aws-sdk/credential-provider-node - defaultProvider::fromEnv",
              ),
              see(t)()
            );
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromSSO",
            );
            let {
              ssoStartUrl: r,
              ssoAccountId: n,
              ssoRegion: s,
              ssoRoleName: o,
              ssoSession: i,
            } = t;
            if (!r && !n && !s && !o && !i)
              throw new Fh(
                "Skipping SSO provider in default chain (inputs do not include SSO fields).",
                { logger: t.logger },
              );
            let { fromSSO: a } = Y0();
            return a(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromIni",
            );
            let { fromIni: r } = UF();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromProcess",
            );
            let { fromProcess: r } = Fv();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile",
            );
            let { fromTokenFile: r } = Hv();
            return r(t)(e);
          },
          async () => (
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::remoteProvider",
            ),
            (await aee(t))()
          ),
          async () => {
            throw new Fh("Could not load credentials from any providers", {
              tryNextLink: !1,
              logger: t.logger,
            });
          },
        ],
        GF,
      ),
    pee = (t) => t?.expiration !== void 0,
    GF = (t) =>
      t?.expiration !== void 0 && t.expiration.getTime() - Date.now() < 3e5;
  Gh.credentialsTreatedAsExpired = GF;
  Gh.credentialsWillNeedRefresh = pee;
  Gh.defaultProvider = lee;
});
var WF = Ee((Jv) => {
  var {
      JsonCodec: fee,
      JsonShapeSerializer: dee,
      JsonShapeDeserializer: mee,
      JsonCodec2: hee,
      JsonShapeSerializer2: gee,
      JsonShapeDeserializer2: yee,
    } = (Si(), D(O0)),
    { NormalizedSchema: Hh } = (K(), D(zS)),
    { toBase64: VF, fromBase64: jF } = (P(), D(ri)),
    jv = class extends fee {
      constructor() {
        super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
      }
      createSerializer() {
        let e = new zv(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new qv(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    },
    zF = "com.amazonaws.dynamodb#AttributeValue",
    zv = class extends dee {
      _write(e, r, n) {
        let s = Hh.of(e);
        if (
          s.isStructSchema() &&
          s.getName(!0) === zF &&
          r &&
          typeof r == "object"
        ) {
          let o = r,
            i = this.copyRemoveNulls(o),
            a = this.serdeContext?.base64Encoder ?? VF;
          if (
            (o.B instanceof Uint8Array && (i.B = a(o.B)),
            Array.isArray(o.BS) && (i.BS = o.BS.map(a)),
            Array.isArray(o.L))
          ) {
            let c = [];
            for (let u of o.L) u != null && c.push(this._write(s, u, n));
            i.L = c;
          }
          if (o.M && typeof o.M == "object") {
            i.M = {};
            for (let [c, u] of Object.entries(o.M))
              u != null && (i.M[c] = this._write(s, u, n));
          }
          return i;
        }
        return super._write(s, r, n);
      }
      copyRemoveNulls(e) {
        if (typeof e != "object") return e;
        if (e === null) return {};
        if (Array.isArray(e)) {
          let n = [];
          for (let s of e) s != null && n.push(this.copyRemoveNulls(s));
          return n;
        }
        let r = {};
        for (let [n, s] of Object.entries(e))
          if (s != null) {
            if (["B", "BS", "L", "M"].includes(n)) continue;
            r[n] = this.copyRemoveNulls(s);
          }
        return r;
      }
    },
    qv = class extends mee {
      _read(e, r) {
        let n = Hh.of(e);
        if (
          n.isStructSchema() &&
          n.getName(!0) === zF &&
          r &&
          typeof r == "object"
        ) {
          let s = r,
            o = s,
            i = this.serdeContext?.base64Decoder ?? jF;
          if (
            (typeof s.B == "string" && (o.B = i(s.B)),
            Array.isArray(s.BS) && (o.BS = s.BS.map(i)),
            Array.isArray(s.L) && (o.L = s.L.map((a) => this._read(n, a))),
            s.M && typeof s.M == "object")
          )
            for (let [a, c] of Object.entries(s.M)) o.M[a] = this._read(n, c);
          return o;
        }
        return super._read(n, r);
      }
    },
    qF = "com.amazonaws.dynamodb#AttributeValue",
    Wv = class extends gee {
      writeValue(e, r, n) {
        if (r != null && typeof r == "object") {
          let s = Hh.of(e);
          if (s.isStructSchema() && s.getName(!0) === qF) {
            this.writeAttributeValue(r);
            return;
          }
        }
        super.writeValue(e, r, n);
      }
      writeAttributeValue(e) {
        let r = this.serdeContext?.base64Encoder ?? VF;
        this.writeAscii("{");
        let n = !0;
        for (let s in e) {
          let o = e[s];
          if (o != null)
            switch (
              (n || this.writeAscii(","),
              (n = !1),
              this.writeAsciiQuoted(s),
              this.writeAscii(":"),
              s)
            ) {
              case "B":
                o instanceof Uint8Array
                  ? this.writeBase64(o)
                  : this.writeJsonString(o);
                break;
              case "BS":
                this.writeAscii("[");
                {
                  let i = o;
                  for (let a = 0; a < i.length; a++) {
                    a > 0 && this.writeAscii(",");
                    let c = i[a];
                    c instanceof Uint8Array
                      ? this.writeBase64(c)
                      : this.writeJsonString(r(c));
                  }
                }
                this.writeAscii("]");
                break;
              case "L":
                this.writeAscii("[");
                {
                  let i = o;
                  for (let a = 0; a < i.length; a++)
                    (a > 0 && this.writeAscii(","),
                      i[a] != null
                        ? this.writeAttributeValue(i[a])
                        : this.writeAscii("null"));
                }
                this.writeAscii("]");
                break;
              case "M":
                this.writeAscii("{");
                {
                  let i = o,
                    a = !0;
                  for (let c in i)
                    i[c] != null &&
                      (a || this.writeAscii(","),
                      (a = !1),
                      this.writeJsonString(c),
                      this.writeAscii(":"),
                      this.writeAttributeValue(i[c]));
                }
                this.writeAscii("}");
                break;
              case "SS":
              case "NS":
                this.writeAscii("[");
                {
                  let i = o;
                  for (let a = 0; a < i.length; a++)
                    (a > 0 && this.writeAscii(","), this.writeJsonString(i[a]));
                }
                this.writeAscii("]");
                break;
              case "S":
              case "N":
                this.writeJsonString(o);
                break;
              case "BOOL":
                this.writeAscii(o ? "true" : "false");
                break;
              case "NULL":
                this.writeAscii(o ? "true" : "false");
                break;
              default:
                this.writeAscii(JSON.stringify(o));
                break;
            }
        }
        this.writeAscii("}");
      }
    },
    Kv = class extends yee {
      _read(e, r) {
        let n = Hh.of(e);
        return n.isStructSchema() &&
          n.getName(!0) === qF &&
          r &&
          typeof r == "object"
          ? this.readAttributeValue(r)
          : super._read(n, r);
      }
      readAttributeValue(e) {
        let r = this.serdeContext?.base64Decoder ?? jF,
          n = e;
        if (
          (typeof e.B == "string" && (n.B = r(e.B)),
          Array.isArray(e.BS) && (n.BS = e.BS.map(r)),
          Array.isArray(e.L) &&
            (n.L = e.L.map((s) => this.readAttributeValue(s))),
          e.M && typeof e.M == "object")
        ) {
          let s = e.M;
          for (let o in s) s[o] = this.readAttributeValue(s[o]);
        }
        return n;
      }
    },
    Xv = class extends hee {
      constructor() {
        super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
      }
      createSerializer() {
        let e = new Wv(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Kv(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  Jv.DynamoDBJsonCodec = jv;
  Jv.DynamoDBJsonCodec2 = Xv;
});
var Oc = Ee((f) => {
  var {
      NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: See,
      resolveAccountIdEndpointModeConfig: Eee,
    } = (mC(), D(dC)),
    {
      awsEndpointFunctions: bee,
      emitWarningIfUnsupportedVersion: xee,
      createDefaultUserAgentProvider: wee,
      getDefaultSocketTimeout: vee,
      NODE_APP_ID_CONFIG_OPTIONS: Iee,
      getAwsRegionExtensionConfiguration: _ee,
      resolveAwsRegionExtensionConfiguration: Tee,
      resolveUserAgentConfig: Aee,
      resolveHostHeaderConfig: Cee,
      getUserAgentPlugin: Ree,
      getHostHeaderPlugin: Oee,
      getLoggerPlugin: Dee,
      getRecursionDetectionPlugin: Nee,
    } = (ge(), D(Wn)),
    {
      NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS: Pee,
      resolveEndpointDiscoveryConfig: kee,
    } = u1(),
    {
      getHttpAuthSchemeEndpointRuleSetPlugin: Mee,
      DefaultIdentityProviderConfig: $ee,
      getHttpSigningPlugin: Lee,
      createPaginator: Oi,
    } = (Nt(), D(BP)),
    {
      normalizeProvider: y2,
      getSmithyContext: Uee,
      makeBuilder: Bee,
      ServiceException: Fee,
      NoOpLogger: Gee,
      emitWarningIfUnsupportedVersion: Hee,
      loadConfigsForDefaultMode: Vee,
      getDefaultExtensionConfiguration: jee,
      resolveDefaultRuntimeConfig: zee,
      Client: S2,
      createWaiter: Ut,
      checkExceptions: Di,
      WaiterState: Ae,
      createAggregatedClient: qee,
    } = (L(), D(sf)),
    { Command: Wee } = (L(), D(sf));
  f.$Command = Wee;
  f.__Client = S2;
  var {
      resolveDefaultsModeConfig: Kee,
      loadConfig: Cs,
      NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: Xee,
      NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: Jee,
      NODE_REGION_CONFIG_OPTIONS: Yee,
      NODE_REGION_CONFIG_FILE_OPTIONS: Qee,
      resolveRegionConfig: Zee,
    } = (he(), D(ur)),
    {
      getEndpointPlugin: ete,
      BinaryDecisionDiagram: tte,
      EndpointCache: rte,
      decideEndpoint: nte,
      customEndpointFunctions: ste,
      resolveEndpointConfig: ote,
    } = (Ie(), D(mD)),
    {
      parseUrl: ite,
      getHttpHandlerExtensionConfiguration: ate,
      resolveHttpHandlerRuntimeConfig: cte,
      getContentLengthPlugin: ute,
    } = ($(), D(fo)),
    {
      DEFAULT_RETRY_MODE: lte,
      NODE_RETRY_MODE_CONFIG_OPTIONS: pte,
      NODE_MAX_ATTEMPT_CONFIG_OPTIONS: KF,
      Retry: Zv,
      resolveRetryConfig: fte,
      getRetryPlugin: dte,
    } = ($r(), D(fk)),
    { TypeRegistry: E2, getSchemaSerdePlugin: mte } = (K(), D(zS)),
    {
      resolveAwsSdkSigV4Config: hte,
      AwsSdkSigV4Signer: gte,
      NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: yte,
    } = (wt(), D(Fw)),
    { defaultProvider: Ste } = HF(),
    {
      toUtf8: Ete,
      fromUtf8: bte,
      toBase64: xte,
      fromBase64: wte,
      calculateBodyLength: vte,
    } = (P(), D(ri)),
    { streamCollector: Ite, NodeHttpHandler: _te } = di(),
    { AwsJson1_0Protocol: Tte } = (Si(), D(O0)),
    { DynamoDBJsonCodec2: Ate } = WF(),
    { Sha256: Cte } = (Qs(), D(xN)),
    Rte = async (t, e, r) => ({
      operation: Uee(e).operation,
      region:
        (await y2(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
  function Ote(t) {
    return {
      schemeId: "aws.auth#sigv4",
      signingProperties: { name: "dynamodb", region: t.region },
      propertiesExtractor: (e, r) => ({
        signingProperties: { config: e, context: r },
      }),
    };
  }
  var Dte = (t) => {
      let e = [];
      switch (t.operation) {
        default:
          e.push(Ote(t));
      }
      return e;
    },
    Nte = (t) => {
      let e = hte(t);
      return Object.assign(e, {
        authSchemePreference: y2(t.authSchemePreference ?? []),
      });
    },
    Pte = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "dynamodb",
      }),
    kte = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      AccountId: { type: "builtInParams", name: "accountId" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      AccountIdEndpointMode: {
        type: "builtInParams",
        name: "accountIdEndpointMode",
      },
    },
    C = Bee(kte, "DynamoDB_20120810", "DynamoDBClient", ete),
    ko = {},
    b2 = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) => Object.keys(t?.RequestItems ?? {}),
      },
    },
    x2 = { ResourceArn: { type: "contextParams", name: "BulkOperationArn" } },
    ve = { ResourceArn: { type: "contextParams", name: "TableName" } },
    op = { ResourceArn: { type: "contextParams", name: "GlobalTableName" } },
    w2 = { ResourceArn: { type: "contextParams", name: "BackupArn" } },
    dc = { ResourceArn: { type: "contextParams", name: "ResourceArn" } },
    Mte = { ResourceArn: { type: "contextParams", name: "ExportArn" } },
    $te = { ResourceArn: { type: "contextParams", name: "ImportArn" } },
    rI = { ResourceArn: { type: "contextParams", name: "TableArn" } },
    Lte = {
      ResourceArn: {
        type: "operationContextParams",
        get: (t) => t?.TableCreationParameters?.TableName,
      },
    },
    v2 = { ResourceArn: { type: "contextParams", name: "TargetTableName" } },
    Ute = {
      IsSearchOperation: { type: "staticContextParams", value: !0 },
      ResourceArn: { type: "contextParams", name: "TableName" },
    },
    Bte = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) => t?.TransactItems?.map((e) => e?.Get?.TableName),
      },
    },
    Fte = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) =>
          t?.TransactItems?.map((e) =>
            [
              e?.ConditionCheck?.TableName,
              e?.Put?.TableName,
              e?.Delete?.TableName,
              e?.Update?.TableName,
            ].filter((r) => r),
          ).flat(),
      },
    },
    R = (t, e, r, n) => [],
    z = class t extends Fee {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    },
    Vh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#BackupInUseException";
      name = "BackupInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "BackupInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    jh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#BackupNotFoundException";
      name = "BackupNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "BackupNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    zh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InternalServerError";
      name = "InternalServerError";
      $fault = "server";
      constructor(e) {
        (super({ name: "InternalServerError", $fault: "server", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    qh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#RequestLimitExceeded";
      name = "RequestLimitExceeded";
      $fault = "client";
      ThrottlingReasons;
      constructor(e) {
        (super({ name: "RequestLimitExceeded", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.ThrottlingReasons = e.ThrottlingReasons));
      }
    },
    Wh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ThrottlingException";
      name = "ThrottlingException";
      $fault = "client";
      throttlingReasons;
      constructor(e) {
        (super({ name: "ThrottlingException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.throttlingReasons = e.throttlingReasons));
      }
    },
    Kh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InvalidEndpointException";
      name = "InvalidEndpointException";
      $fault = "client";
      Message;
      constructor(e) {
        (super({ name: "InvalidEndpointException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.Message = e.Message));
      }
    },
    Xh = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#ProvisionedThroughputExceededException";
      name = "ProvisionedThroughputExceededException";
      $fault = "client";
      ThrottlingReasons;
      constructor(e) {
        (super({
          name: "ProvisionedThroughputExceededException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype),
          (this.ThrottlingReasons = e.ThrottlingReasons));
      }
    },
    Jh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ResourceNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Yh = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#ItemCollectionSizeLimitExceededException";
      name = "ItemCollectionSizeLimitExceededException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "ItemCollectionSizeLimitExceededException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Qh = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#ReplicatedWriteConflictException";
      name = "ReplicatedWriteConflictException";
      $fault = "client";
      $retryable = {};
      constructor(e) {
        (super({
          name: "ReplicatedWriteConflictException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Zh = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#ContinuousBackupsUnavailableException";
      name = "ContinuousBackupsUnavailableException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "ContinuousBackupsUnavailableException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    eg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(e) {
        (super({ name: "LimitExceededException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    tg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TableInUseException";
      name = "TableInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    rg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TableNotFoundException";
      name = "TableNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ng = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#GlobalTableAlreadyExistsException";
      name = "GlobalTableAlreadyExistsException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "GlobalTableAlreadyExistsException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    sg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ResourceInUseException";
      name = "ResourceInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ResourceInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    og = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TransactionConflictException";
      name = "TransactionConflictException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "TransactionConflictException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ig = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#PolicyNotFoundException";
      name = "PolicyNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "PolicyNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ag = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ExportNotFoundException";
      name = "ExportNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExportNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    cg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#GlobalTableNotFoundException";
      name = "GlobalTableNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "GlobalTableNotFoundException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ug = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ImportNotFoundException";
      name = "ImportNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ImportNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    lg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#DuplicateItemException";
      name = "DuplicateItemException";
      $fault = "client";
      constructor(e) {
        (super({ name: "DuplicateItemException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    pg = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#IdempotentParameterMismatchException";
      name = "IdempotentParameterMismatchException";
      $fault = "client";
      Message;
      constructor(e) {
        (super({
          name: "IdempotentParameterMismatchException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype),
          (this.Message = e.Message));
      }
    },
    fg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TransactionInProgressException";
      name = "TransactionInProgressException";
      $fault = "client";
      Message;
      constructor(e) {
        (super({
          name: "TransactionInProgressException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype),
          (this.Message = e.Message));
      }
    },
    dg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ExportConflictException";
      name = "ExportConflictException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExportConflictException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    mg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InvalidExportTimeException";
      name = "InvalidExportTimeException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidExportTimeException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    hg = class t extends z {
      static shapeId =
        "com.amazonaws.dynamodb#PointInTimeRecoveryUnavailableException";
      name = "PointInTimeRecoveryUnavailableException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "PointInTimeRecoveryUnavailableException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    gg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ImportConflictException";
      name = "ImportConflictException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ImportConflictException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    yg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TableAlreadyExistsException";
      name = "TableAlreadyExistsException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableAlreadyExistsException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Sg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InvalidRestoreTimeException";
      name = "InvalidRestoreTimeException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidRestoreTimeException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Eg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ReplicaAlreadyExistsException";
      name = "ReplicaAlreadyExistsException";
      $fault = "client";
      constructor(e) {
        (super({
          name: "ReplicaAlreadyExistsException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    bg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ReplicaNotFoundException";
      name = "ReplicaNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ReplicaNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    xg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#IndexNotFoundException";
      name = "IndexNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "IndexNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    wg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ConditionalCheckFailedException";
      name = "ConditionalCheckFailedException";
      $fault = "client";
      Item;
      constructor(e) {
        (super({
          name: "ConditionalCheckFailedException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype),
          (this.Item = e.Item));
      }
    },
    vg = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TransactionCanceledException";
      name = "TransactionCanceledException";
      $fault = "client";
      Message;
      CancellationReasons;
      constructor(e) {
        (super({
          name: "TransactionCanceledException",
          $fault: "client",
          ...e,
        }),
          Object.setPrototypeOf(this, t.prototype),
          (this.Message = e.Message),
          (this.CancellationReasons = e.CancellationReasons));
      }
    },
    Gte = "Action",
    Hte = "ArchivalBackupArn",
    nI = "ApproximateCreationDateTimePrecision",
    Vte = "AttributeDefinition",
    jte = "ArchivalDateTime",
    ip = "AttributeDefinitions",
    zte = "AttributeMap",
    qte = "AccountMaxReadCapacityUnits",
    Wte = "AccountMaxWriteCapacityUnits",
    mc = "AttributeName",
    Kte = "ArchivalReason",
    I2 = "ArchivalSummary",
    _2 = "AutoScalingDisabled",
    Xte = "AutoScalingPolicyDescription",
    Jte = "AutoScalingPolicyDescriptionList",
    Yte = "AutoScalingPolicyUpdate",
    T2 = "AutoScalingRoleArn",
    Qte = "AutoScalingSettingsDescription",
    Zte = "AutoScalingSettingsUpdate",
    ere = "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
    tre = "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
    rre = "AttributeType",
    Ey = "AttributesToGet",
    A2 = "AttributeUpdates",
    nre = "AttributeValue",
    sI = "AttributeValueList",
    sre = "AttributeValueUpdate",
    ore = "Address",
    oI = "Attributes",
    C2 = "Backfilling",
    ap = "BackupArn",
    R2 = "BackupCreationDateTime",
    iI = "BackupDescription",
    aI = "BackupDetails",
    O2 = "BackupExpiryDateTime",
    ire = "BatchExecuteStatement",
    are = "BatchExecuteStatementInput",
    cre = "BatchExecuteStatementOutput",
    ure = "BatchGetItem",
    lre = "BatchGetItemInput",
    pre = "BatchGetItemOutput",
    fre = "BatchGetResponseMap",
    dre = "BatchGetRequestMap",
    mre = "BackupInUseException",
    cp = "BillingMode",
    D2 = "BillingModeOverride",
    N2 = "BillingModeSummary",
    cI = "BackupName",
    hre = "BackupNotFoundException",
    up = "BulkOperationArn",
    gre = "BulkOperationBytes",
    uI = "BulkOperationDescription",
    yre = "BOOL",
    lI = "BulkOperationStatus",
    P2 = "BulkOperationsSummaryList",
    Sre = "BulkOperationSummary",
    Ere = "BulkOperationTableDetail",
    bre = "BulkOperationTableDetails",
    k2 = "BulkOperationUsage",
    xre = "BulkOperationUsageMultiple",
    wre = "BulkOperationVectorBytes",
    M2 = "BulkPutBytes",
    vre = "BulkPutVectorBytes",
    $2 = "BackupStatus",
    L2 = "BackupSizeBytes",
    Ire = "BilledSizeBytes",
    _re = "BatchStatementError",
    Tre = "BatchStatementRequest",
    Are = "BatchStatementResponse",
    Cre = "BS",
    Rre = "BackupSummary",
    U2 = "BackupSummaries",
    pI = "BackupType",
    Ore = "BatchWriteItem",
    Dre = "BatchWriteItemInput",
    Nre = "BatchWriteItemOutput",
    Pre = "BatchWriteItemRequestMap",
    kre = "B",
    B2 = "Code",
    Mre = "CreateBackup",
    fI = "ContinuousBackupsDescription",
    $re = "CreateBackupInput",
    Lre = "CreateBackupOutput",
    Ure = "CancelBulkOperationInput",
    Bre = "CancelBulkOperationOutput",
    Fre = "CancelBulkOperation",
    Gre = "ContinuousBackupsStatus",
    Hre = "ContinuousBackupsUnavailableException",
    Tt = "ConsumedCapacity",
    Vre = "ConditionalCheckFailedException",
    jre = "ConsumedCapacityMultiple",
    F2 = "ConditionCheck",
    G2 = "CreationDateTime",
    Ni = "ConditionExpression",
    zre = "CreateGlobalSecondaryIndexAction",
    qre = "CreateGlobalTable",
    Wre = "CreateGlobalTableInput",
    Kre = "CreateGlobalTableOutput",
    Xre = "CreateGlobalTableWitnessGroupMemberAction",
    Jre = "ContributorInsightsAction",
    by = "ContributorInsightsMode",
    Yre = "ContributorInsightsRuleList",
    Qre = "ContributorInsightsSummary",
    dI = "ContributorInsightsStatus",
    H2 = "ContributorInsightsSummaries",
    V2 = "ComparisonOperator",
    lp = "ConditionalOperator",
    Zre = "CsvOptions",
    ene = "CachePeriodInMinutes",
    tne = "CancellationReasons",
    rne = "CreateReplicaAction",
    nne = "CreateReplicationGroupMemberAction",
    sne = "CancellationReasonList",
    one = "ConfirmRemoveSelfResourceAccess",
    j2 = "ClientRequestToken",
    ine = "CancellationReason",
    hc = "ConsistentRead",
    gc = "ClientToken",
    ane = "CreateTableInput",
    cne = "CreateTableOutput",
    une = "CreateTable",
    z2 = "CapacityUnits",
    lne = "CreateVectorIndexAction",
    q2 = "CloudWatchLogGroupArn",
    pne = "Capacity",
    fne = "Condition",
    W2 = "Count",
    pp = "Create",
    dne = "Csv",
    xy = "Dimensions",
    mne = "DeleteBackup",
    hne = "DeleteBackupInput",
    gne = "DescribeBackupInput",
    yne = "DeleteBackupOutput",
    Sne = "DescribeBulkOperationInput",
    Ene = "DescribeBulkOperationOutput",
    bne = "DescribeBackupOutput",
    xne = "DescribeBulkOperation",
    wne = "DescribeBackup",
    vne = "DescribeContinuousBackups",
    Ine = "DescribeContinuousBackupsInput",
    _ne = "DescribeContinuousBackupsOutput",
    Tne = "DescribeContributorInsights",
    Ane = "DescribeContributorInsightsInput",
    Cne = "DescribeContributorInsightsOutput",
    Rne = "DescribeEndpoints",
    One = "DescribeExportInput",
    Dne = "DescribeExportOutput",
    Nne = "DescribeEndpointsRequest",
    Pne = "DescribeEndpointsResponse",
    kne = "DescribeExport",
    wy = "DistanceFunction",
    Mne = "DeleteGlobalSecondaryIndexAction",
    $ne = "DescribeGlobalTable",
    Lne = "DescribeGlobalTableInput",
    Une = "DescribeGlobalTableOutput",
    Bne = "DescribeGlobalTableSettings",
    Fne = "DescribeGlobalTableSettingsInput",
    Gne = "DescribeGlobalTableSettingsOutput",
    Hne = "DeleteGlobalTableWitnessGroupMemberAction",
    Vne = "DeleteItem",
    jne = "DuplicateItemException",
    zne = "DeleteItemInput",
    qne = "DescribeImportInput",
    Wne = "DeleteItemOutput",
    Kne = "DescribeImportOutput",
    Xne = "DescribeImport",
    Jne = "DescribeKinesisStreamingDestination",
    Yne = "DescribeKinesisStreamingDestinationInput",
    Qne = "DescribeKinesisStreamingDestinationOutput",
    Zne = "DisableKinesisStreamingDestination",
    ese = "DescribeLimits",
    tse = "DescribeLimitsInput",
    rse = "DescribeLimitsOutput",
    nse = "DisassociationMode",
    mI = "DeletionProtectionEnabled",
    K2 = "DisassociationProtectionEnabled",
    X2 = "DeleteRequest",
    sse = "DeleteReplicaAction",
    ose = "DeleteReplicationGroupMemberAction",
    ise = "DisassociateReplicationGroupMemberAction",
    ase = "DeleteResourcePolicy",
    cse = "DeleteResourcePolicyInput",
    use = "DeleteResourcePolicyOutput",
    hI = "DestinationStatus",
    lse = "DestinationStatusDescription",
    J2 = "DisableScaleIn",
    pse = "DeleteTable",
    fse = "DeleteTableInput",
    dse = "DescribeTableInput",
    mse = "DeleteTableOutput",
    hse = "DescribeTableOutput",
    gse = "DescribeTableReplicaAutoScaling",
    yse = "DescribeTableReplicaAutoScalingInput",
    Sse = "DescribeTableReplicaAutoScalingOutput",
    Ese = "DescribeTimeToLive",
    bse = "DescribeTimeToLiveInput",
    xse = "DescribeTimeToLiveOutput",
    wse = "DescribeTable",
    vse = "DeleteVectorIndexAction",
    Ise = "Delimiter",
    Pi = "Delete",
    _se = "Disassociate",
    Tse = "Error",
    gI = "ExportArn",
    Ase = "ExpectedAttributeMap",
    Bt = "ExpressionAttributeNames",
    Jr = "ExpressionAttributeValues",
    Cse = "ExpressionAttributeValueMap",
    Rse = "ExpectedAttributeValue",
    Ose = "ErrorCount",
    Dse = "ExportConflictException",
    yI = "ExportDescription",
    Nse = "ExceptionDescription",
    Y2 = "ExportFormat",
    Pse = "ExportFromTime",
    SI = "EnableKinesisStreamingConfiguration",
    kse = "EnableKinesisStreamingDestination",
    Mse = "ExportManifest",
    $se = "ExceptionName",
    Lse = "ExportNotFoundException",
    Use = "EarliestRestorableDateTime",
    Q2 = "ExpectedRevisionId",
    Z2 = "ExportStatus",
    Bse = "ExclusiveStartBackupArn",
    Fse = "ExclusiveStartGlobalTableName",
    Gse = "ExecuteStatementInput",
    e3 = "ExclusiveStartKey",
    Hse = "ExecuteStatementOutput",
    Vse = "ExclusiveStartTableName",
    jse = "ExportSummary",
    zse = "ExecuteStatement",
    t3 = "ExportSummaries",
    fp = "EndTime",
    qse = "ExecuteTransactionInput",
    Wse = "ExecuteTransactionOutput",
    Kse = "ExportToTime",
    Xse = "ExportTableToPointInTime",
    Jse = "ExportTableToPointInTimeInput",
    Yse = "ExportTableToPointInTimeOutput",
    r3 = "ExportTime",
    Qse = "ExecuteTransaction",
    EI = "ExportType",
    Zse = "ExportViewType",
    n3 = "Endpoints",
    s3 = "Enabled",
    eoe = "Endpoint",
    bI = "Expected",
    toe = "Exists",
    xI = "FailureCode",
    roe = "FilterConditionMap",
    o3 = "FailureException",
    wI = "FilterExpression",
    noe = "FailedItemCount",
    vI = "FailureMessage",
    II = "FilterSpecification",
    i3 = "Get",
    soe = "GetItem",
    ooe = "GetItemInput",
    ioe = "GetItemOutput",
    aoe = "GetResourcePolicy",
    coe = "GetResourcePolicyInput",
    uoe = "GetResourcePolicyOutput",
    Yr = "GlobalSecondaryIndexes",
    loe = "GlobalSecondaryIndexAutoScalingUpdate",
    poe = "GlobalSecondaryIndexAutoScalingUpdateList",
    foe = "GlobalSecondaryIndexDescription",
    doe = "GlobalSecondaryIndexDescriptionList",
    moe = "GlobalSecondaryIndexInfo",
    hoe = "GlobalSecondaryIndexList",
    a3 = "GlobalSecondaryIndexOverride",
    goe = "GlobalSecondaryIndexUpdate",
    yoe = "GlobalSecondaryIndexUpdateList",
    c3 = "GlobalSecondaryIndexUpdates",
    Soe = "GlobalSecondaryIndexWarmThroughputDescription",
    Eoe = "GlobalSecondaryIndex",
    boe = "GlobalTable",
    xoe = "GlobalTableArn",
    woe = "GlobalTableAlreadyExistsException",
    voe = "GlobalTableBillingMode",
    vy = "GlobalTableDescription",
    u3 = "GlobalTableGlobalSecondaryIndexSettingsUpdate",
    Ioe = "GlobalTableGlobalSecondaryIndexSettingsUpdateList",
    _oe = "GlobalTableList",
    Ds = "GlobalTableName",
    Toe = "GlobalTableNotFoundException",
    Aoe = "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate",
    Coe = "GlobalTableProvisionedWriteCapacityUnits",
    Roe = "GlobalTableStatus",
    Ooe = "GlobalTableSourceArn",
    Iy = "GlobalTableSettingsReplicationMode",
    Doe = "GlobalTableVersion",
    Noe = "GlobalTableWitnesses",
    Poe = "GlobalTableWitnessDescription",
    koe = "GlobalTableWitnessDescriptionList",
    Moe = "GlobalTableWitnessGroupUpdate",
    $oe = "GlobalTableWitnessGroupUpdateList",
    Loe = "GlobalTableWitnessUpdates",
    Uoe = "GlobalTables",
    Boe = "HeaderList",
    es = "Item",
    _I = "ImportArn",
    TI = "IndexArn",
    yc = "ItemCount",
    Foe = "ImportConflictException",
    Goe = "ItemCollectionKey",
    Hoe = "ItemCollectionKeyAttributeMap",
    Sc = "ItemCollectionMetrics",
    Voe = "ItemCollectionMetricsMultiple",
    joe = "ItemCollectionMetricsPerTable",
    zoe = "ItemCollectionSizeLimitExceededException",
    AI = "InputCompressionType",
    qoe = "InaccessibleEncryptionDateTime",
    Woe = "InvalidEndpointException",
    CI = "IncrementalExportSpecification",
    Koe = "InvalidExportTimeException",
    _y = "InputFormat",
    RI = "InputFormatOptions",
    Xoe = "ImportedItemCount",
    Joe = "ItemList",
    le = "IndexName",
    Yoe = "ImportNotFoundException",
    Qoe = "IndexNotFoundException",
    Zoe = "IdempotentParameterMismatchException",
    eie = "ItemResponse",
    tie = "ItemResponseList",
    rie = "InvalidRestoreTimeException",
    Ty = "IndexStatus",
    OI = "IndexSizeBytes",
    DI = "InputS3Configuration",
    nie = "InternalServerError",
    l3 = "ImportSummaryList",
    sie = "ImportSummary",
    p3 = "ImportStatus",
    oie = "ImportTable",
    NI = "ImportTableDescription",
    iie = "ImportTableInput",
    aie = "ImportTableOutput",
    PI = "Items",
    ts = "Key",
    cie = "KeysAndAttributes",
    f3 = "KeyConditions",
    d3 = "KeyConditionExpression",
    m3 = "KinesisDataStreamDestinations",
    uie = "KinesisDataStreamDestination",
    lie = "KeyList",
    pie = "KMSMasterKeyArn",
    Ay = "KMSMasterKeyId",
    Er = "KeySchema",
    fie = "KinesisStreamingDestinationInput",
    die = "KinesisStreamingDestinationOutput",
    mie = "KeySchemaElement",
    hie = "KeyType",
    gie = "Keys",
    Ec = "Limit",
    yie = "ListAttributeValue",
    Sie = "ListBackups",
    Eie = "ListBackupsInput",
    bie = "ListBackupsOutput",
    xie = "ListBulkOperationsInput",
    wie = "ListBulkOperationsOutput",
    vie = "ListBulkOperations",
    Iie = "ListContributorInsights",
    _ie = "ListContributorInsightsInput",
    Tie = "ListContributorInsightsOutput",
    Aie = "LastDecreaseDateTime",
    Cie = "ListExports",
    Rie = "LastEvaluatedBackupArn",
    Oie = "LimitExceededException",
    Die = "LastEvaluatedGlobalTableName",
    Nie = "ListExportsInput",
    kI = "LastEvaluatedKey",
    Pie = "ListExportsOutput",
    kie = "LastEvaluatedTableName",
    Mie = "ListGlobalTables",
    $ie = "ListGlobalTablesInput",
    Lie = "ListGlobalTablesOutput",
    Uie = "ListImports",
    Bie = "LastIncreaseDateTime",
    Fie = "ListImportsInput",
    Gie = "ListImportsOutput",
    Hie = "LatestRestorableDateTime",
    Vie = "LatestStreamArn",
    bc = "LocalSecondaryIndexes",
    jie = "LocalSecondaryIndexDescription",
    zie = "LocalSecondaryIndexDescriptionList",
    qie = "LocalSecondaryIndexInfo",
    Wie = "LocalSecondaryIndexList",
    h3 = "LocalSecondaryIndexOverride",
    Kie = "LocalSecondaryIndex",
    Xie = "LatestStreamLabel",
    Jie = "ListTables",
    Yie = "ListTablesInput",
    Qie = "ListTablesOutput",
    Zie = "ListTagsOfResource",
    eae = "ListTagsOfResourceInput",
    tae = "ListTagsOfResourceOutput",
    g3 = "LastUpdateDateTime",
    rae = "LastUpdateToPayPerRequestDateTime",
    nae = "L",
    xc = "Message",
    sae = "MapAttributeValue",
    MI = "MaxResults",
    y3 = "MultiRegionConsistency",
    S3 = "MaxReadRequestUnits",
    E3 = "MinimumUnits",
    b3 = "MaximumUnits",
    $I = "MaxWriteRequestUnits",
    oae = "M",
    iae = "N",
    aae = "NonKeyAttributes",
    cae = "NumberOfDecreasesToday",
    uae = "NS",
    br = "NextToken",
    lae = "NULL",
    Qr = "OnDemandThroughput",
    Mo = "OnDemandThroughputOverride",
    LI = "OutputS3Configuration",
    pae = "OutputType",
    UI = "Parameters",
    ki = "ProjectionExpression",
    fae = "PutItem",
    dae = "ProcessedInputBytes",
    x3 = "ProcessedItemCount",
    mae = "PutItemInput",
    hae = "PutItemInputAttributeMap",
    gae = "PutItemOutput",
    w3 = "PointInTimeRecoveryDescription",
    yae = "PointInTimeRecoveryEnabled",
    Sae = "PointInTimeRecoveryStatus",
    v3 = "PointInTimeRecoverySpecification",
    Eae = "PointInTimeRecoveryUnavailableException",
    I3 = "PolicyName",
    bae = "PolicyNotFoundException",
    xae = "PartiQLBatchRequest",
    wae = "PartiQLBatchResponse",
    _3 = "PutRequest",
    T3 = "ProvisionedReadCapacityAutoScalingSettings",
    vae = "ProvisionedReadCapacityAutoScalingSettingsUpdate",
    Iae = "ProvisionedReadCapacityAutoScalingUpdate",
    A3 = "ProvisionedReadCapacityUnits",
    _ae = "PutResourcePolicy",
    Tae = "PutResourcePolicyInput",
    Aae = "PutResourcePolicyOutput",
    Cae = "PageSize",
    Rae = "ProcessedSizeBytes",
    Oae = "PreparedStatementParameters",
    Dae = "ParameterizedStatement",
    Nae = "ParameterizedStatements",
    C3 = "PerformanceTier",
    Pae = "ProvisionedThroughputDescription",
    kae = "ProvisionedThroughputExceededException",
    $o = "ProvisionedThroughputOverride",
    Zr = "ProvisionedThroughput",
    Mae = "ProjectionType",
    R3 = "ProvisionedWriteCapacityAutoScalingSettings",
    $ae = "ProvisionedWriteCapacityAutoScalingSettingsUpdate",
    O3 = "ProvisionedWriteCapacityAutoScalingUpdate",
    D3 = "ProvisionedWriteCapacityUnits",
    N3 = "Policy",
    xr = "Projection",
    P3 = "Put",
    Lae = "Query",
    Uae = "QueryFilter",
    Bae = "QueryInput",
    Fae = "QueryOutput",
    Cy = "Responses",
    wc = "ResourceArn",
    Gae = "ReplicaAlreadyExistsException",
    Hae = "ReplicaAutoScalingDescription",
    Vae = "ReplicaAutoScalingDescriptionList",
    jae = "ReplicaAutoScalingUpdate",
    zae = "ReplicaAutoScalingUpdateList",
    qae = "ReplicaArn",
    Wae = "ReplicaBillingModeSummary",
    Ft = "ReturnConsumedCapacity",
    dp = "ReadCapacityUnits",
    Kae = "ReplicaDescription",
    Xae = "ReplicaDescriptionList",
    k3 = "RestoreDateTime",
    BI = "ReplicationGroup",
    Jae = "ReplicaGlobalSecondaryIndex",
    Yae = "ReplicaGlobalSecondaryIndexAutoScalingDescription",
    Qae = "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList",
    Zae = "ReplicaGlobalSecondaryIndexAutoScalingUpdate",
    ece = "ReplicaGlobalSecondaryIndexAutoScalingUpdateList",
    tce = "ReplicaGlobalSecondaryIndexDescription",
    rce = "ReplicaGlobalSecondaryIndexDescriptionList",
    nce = "ReplicaGlobalSecondaryIndexList",
    sce = "ReplicaGlobalSecondaryIndexSettings",
    oce = "ReplicaGlobalSecondaryIndexSettingsDescription",
    ice = "ReplicaGlobalSecondaryIndexSettingsDescriptionList",
    M3 = "ReplicaGlobalSecondaryIndexSettingsUpdate",
    ace = "ReplicaGlobalSecondaryIndexSettingsUpdateList",
    cce = "ReplicaGlobalSecondaryIndexUpdates",
    uce = "ReplicationGroupUpdate",
    lce = "ReplicationGroupUpdateList",
    $3 = "RequestItems",
    mp = "ReturnItemCollectionMetrics",
    pce = "ReplicaInaccessibleDateTime",
    fce = "RestoreInProgress",
    dce = "ResourceInUseException",
    FI = "RevisionId",
    mce = "ReplicaList",
    hce = "RequestLimitExceeded",
    gt = "RegionName",
    gce = "ReplicaNotFoundException",
    yce = "ResourceNotFoundException",
    Sce = "ResourcePolicy",
    L3 = "RecoveryPeriodInDays",
    U3 = "ReplicaProvisionedReadCapacityAutoScalingSettings",
    Ece = "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate",
    bce = "ReplicaProvisionedReadCapacityAutoScalingUpdate",
    B3 = "ReplicaProvisionedReadCapacityUnits",
    F3 = "ReplicaProvisionedWriteCapacityAutoScalingSettings",
    xce = "ReplicaProvisionedWriteCapacityUnits",
    G3 = "ReplicaSettings",
    wce = "ReplicaStatusDescription",
    vce = "ReplicaSettingsDescriptionList",
    Ice = "ReplicaSettingsDescription",
    _ce = "ReplicaStatusPercentProgress",
    H3 = "ReplicaSettingsUpdate",
    Tce = "ReplicaSettingsUpdateList",
    GI = "ReplicaStatus",
    V3 = "RestoreSummary",
    Ace = "ReplicaTableClass",
    j3 = "ReplicaTableClassSummary",
    Cce = "RestoreTableFromBackup",
    Rce = "RestoreTableFromBackupInput",
    Oce = "RestoreTableFromBackupOutput",
    Dce = "RestoreTableToPointInTime",
    Nce = "RestoreTableToPointInTimeInput",
    Pce = "RestoreTableToPointInTimeOutput",
    kce = "ReplicaUpdate",
    Mce = "ReplicaUpdateList",
    HI = "ReadUnitsPerSecond",
    VI = "ReplicaUpdates",
    jI = "ReturnValues",
    rs = "ReturnValuesOnConditionCheckFailure",
    $ce = "ReplicatedWriteConflictException",
    Lce = "Replica",
    z3 = "Replicas",
    Uce = "Statements",
    hp = "StreamArn",
    gp = "S3Bucket",
    Bce = "SourceBackupArn",
    yp = "S3BucketOwner",
    Fce = "StartBulkPutItems",
    Gce = "StartBulkPutItemsInput",
    Hce = "StartBulkPutItemsOutput",
    Ry = "S3BucketSource",
    q3 = "ScannedCount",
    Vce = "SearchConditionExpression",
    jce = "StreamDescription",
    zce = "StreamEnabled",
    qce = "SizeEstimateRangeGB",
    Wce = "ScanFilter",
    Kce = "ScanInput",
    Xce = "SecondaryIndexesBulkBytesMap",
    W3 = "ScaleInCooldown",
    Jce = "SecondaryIndexesCapacityMap",
    Yce = "ScanIndexForward",
    zI = "S3KeyPrefix",
    Qce = "ScanOutput",
    K3 = "ScaleOutCooldown",
    Zce = "ScalingPolicies",
    eue = "ScalingPolicyUpdate",
    X3 = "S3Prefix",
    tue = "SearchResults",
    rue = "SearchResultItem",
    nue = "SearchResultList",
    Oy = "StreamSpecification",
    qI = "S3SseAlgorithm",
    sue = "SearchSchemaElement",
    WI = "SSEDescription",
    Dy = "SSESpecification",
    J3 = "SSESpecificationOverride",
    oue = "SearchSchemaElementType",
    Y3 = "SSEType",
    KI = "S3SseKmsKeyId",
    iue = "SS",
    Sp = "SearchSchema",
    Ep = "StartTime",
    Q3 = "SourceTableArn",
    Z3 = "SourceTableDetails",
    e4 = "SourceTableFeatureDetails",
    aue = "SourceTableName",
    cue = "SearchVector",
    uue = "SearchVectorsInput",
    lue = "SearchVectorList",
    pue = "SearchVectorsOutput",
    fue = "StreamViewType",
    due = "SearchVectors",
    mue = "S",
    hue = "Score",
    gue = "Scan",
    t4 = "Select",
    yue = "Segment",
    XI = "Statement",
    JI = "Status",
    YI = "Table",
    Ns = "TableArn",
    Sue = "TableAlreadyExistsException",
    QI = "TableAutoScalingDescription",
    ZI = "TableClass",
    Eue = "TableCreationDateTime",
    bue = "TransactionCanceledException",
    xue = "TransactionConflictException",
    r4 = "TableClassOverride",
    e_ = "TableCreationParameters",
    n4 = "TableClassSummary",
    wue = "TableDetails",
    vc = "TableDescription",
    vue = "ThrottlingException",
    Iue = "TransactGetItem",
    _ue = "TransactGetItemsInput",
    Tue = "TransactGetItemList",
    Aue = "TransactGetItemsOutput",
    Cue = "TransactGetItems",
    Ic = "TableId",
    Rue = "TotalInputBytes",
    Oue = "TransactionInProgressException",
    Due = "TableInUseException",
    s4 = "TransactItems",
    Nue = "TopK",
    Pue = "TagKeys",
    kue = "TagList",
    Mue = "TableMaxReadCapacityUnits",
    $ue = "TableMaxWriteCapacityUnits",
    B = "TableName",
    Lue = "TableNotFoundException",
    Uue = "TableNames",
    o4 = "ThrottlingReasons",
    Bue = "TagResourceInput",
    Fue = "ThrottlingReasonList",
    Gue = "TimeRangeLowerBound",
    Hue = "TimeRangeUpperBound",
    Vue = "TagResource",
    jue = "ThrottlingReason",
    zue = "TransactStatements",
    i4 = "TableSizeBytes",
    a4 = "TableStatus",
    que = "TotalSegments",
    t_ = "TimeToLiveDescription",
    Wue = "TimeToLiveStatus",
    r_ = "TimeToLiveSpecification",
    c4 = "TargetTableName",
    u4 = "TargetTrackingScalingPolicyConfiguration",
    l4 = "TargetValue",
    Kue = "TransactWriteItem",
    Xue = "TransactWriteItemsInput",
    Jue = "TransactWriteItemList",
    Yue = "TransactWriteItemsOutput",
    Que = "TransactWriteItems",
    Zue = "TableWarmThroughputDescription",
    n_ = "Tags",
    ele = "Tag",
    Ny = "Update",
    tle = "UpdateContinuousBackups",
    rle = "UpdateContinuousBackupsInput",
    nle = "UpdateContinuousBackupsOutput",
    sle = "UpdateContributorInsights",
    ole = "UpdateContributorInsightsInput",
    ile = "UpdateContributorInsightsOutput",
    p4 = "UpdateExpression",
    ale = "UpdateGlobalSecondaryIndexAction",
    cle = "UpdateGlobalTable",
    ule = "UpdateGlobalTableInput",
    lle = "UpdateGlobalTableOutput",
    ple = "UpdateGlobalTableSettings",
    fle = "UpdateGlobalTableSettingsInput",
    dle = "UpdateGlobalTableSettingsOutput",
    mle = "UnprocessedItems",
    hle = "UpdateItemInput",
    gle = "UpdateItemOutput",
    yle = "UpdateItem",
    Sle = "UnprocessedKeys",
    s_ = "UpdateKinesisStreamingConfiguration",
    Ele = "UpdateKinesisStreamingDestination",
    ble = "UpdateKinesisStreamingDestinationInput",
    xle = "UpdateKinesisStreamingDestinationOutput",
    wle = "UseLatestRestorableTime",
    vle = "UntagResource",
    Ile = "UpdateReplicationGroupMemberAction",
    _le = "UntagResourceInput",
    Tle = "UpdateTable",
    Ale = "UpdateTableInput",
    Cle = "UpdateTableOutput",
    Rle = "UpdateTableReplicaAutoScaling",
    Ole = "UpdateTableReplicaAutoScalingInput",
    Dle = "UpdateTableReplicaAutoScalingOutput",
    Nle = "UpdateTimeToLive",
    Ple = "UpdateTimeToLiveInput",
    kle = "UpdateTimeToLiveOutput",
    o_ = "Value",
    Py = "VectorAttribute",
    Mle = "VectorAttributeDefinition",
    $le = "VectorCapacity",
    Mi = "VectorIndexes",
    Lle = "VectorIndexesBulkVectorBytesMap",
    Ule = "VectorIndexesCapacityMap",
    Ble = "VectorIndexDescription",
    Fle = "VectorIndexDescriptionList",
    Gle = "VectorIndexInfo",
    Hle = "VectorIndexList",
    f4 = "VectorIndexOverride",
    Vle = "VectorIndexUpdates",
    jle = "VectorIndexUpdateList",
    zle = "VectorIndexUpdate",
    qle = "VectorIndex",
    Wle = "VectorSearchRequestBytes",
    Kle = "VectorWriteRequestBytes",
    ky = "WriteCapacityUnits",
    Xle = "WriteRequest",
    Jle = "WriteRequests",
    Yle = "WitnessStatus",
    ns = "WarmThroughput",
    i_ = "WriteUnitsPerSecond",
    Qle = "awsQueryError",
    re = "client",
    ee = "error",
    d4 = "httpError",
    Zle = "httpHeader",
    ce = "message",
    epe = "reason",
    tpe = "resource",
    m4 = "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb",
    rpe = "server",
    npe = "throttlingReasons",
    spe = "x-amz-confirm-remove-self-resource-access",
    m = "com.amazonaws.dynamodb",
    h4 = new E2(m4),
    g4 = [-3, m4, "DynamoDBServiceException", 0, [], []];
  h4.registerError(g4, z);
  var Y = new E2(m),
    y4 = [-3, m, mre, { [ee]: re }, [ce], [0]];
  Y.registerError(y4, Vh);
  var S4 = [-3, m, hre, { [ee]: re }, [ce], [0]];
  Y.registerError(S4, jh);
  var E4 = [-3, m, Vre, { [ee]: re }, [ce, es], [0, () => rn]];
  Y.registerError(E4, wg);
  var b4 = [-3, m, Hre, { [ee]: re }, [ce], [0]];
  Y.registerError(b4, Zh);
  var x4 = [-3, m, jne, { [ee]: re }, [ce], [0]];
  Y.registerError(x4, lg);
  var w4 = [-3, m, Dse, { [ee]: re }, [ce], [0]];
  Y.registerError(w4, dg);
  var v4 = [-3, m, Lse, { [ee]: re }, [ce], [0]];
  Y.registerError(v4, ag);
  var I4 = [-3, m, woe, { [ee]: re }, [ce], [0]];
  Y.registerError(I4, ng);
  var _4 = [-3, m, Toe, { [ee]: re }, [ce], [0]];
  Y.registerError(_4, cg);
  var T4 = [-3, m, Zoe, { [ee]: re }, [xc], [0]];
  Y.registerError(T4, pg);
  var A4 = [-3, m, Foe, { [ee]: re }, [ce], [0]];
  Y.registerError(A4, gg);
  var C4 = [-3, m, Yoe, { [ee]: re }, [ce], [0]];
  Y.registerError(C4, ug);
  var R4 = [-3, m, Qoe, { [ee]: re }, [ce], [0]];
  Y.registerError(R4, xg);
  var O4 = [-3, m, nie, { [ee]: rpe }, [ce], [0]];
  Y.registerError(O4, zh);
  var D4 = [-3, m, Woe, { [ee]: re, [d4]: 421 }, [xc], [0]];
  Y.registerError(D4, Kh);
  var N4 = [-3, m, Koe, { [ee]: re }, [ce], [0]];
  Y.registerError(N4, mg);
  var P4 = [-3, m, rie, { [ee]: re }, [ce], [0]];
  Y.registerError(P4, Sg);
  var k4 = [-3, m, zoe, { [ee]: re }, [ce], [0]];
  Y.registerError(k4, Yh);
  var M4 = [-3, m, Oie, { [ee]: re }, [ce], [0]];
  Y.registerError(M4, eg);
  var $4 = [-3, m, Eae, { [ee]: re }, [ce], [0]];
  Y.registerError($4, hg);
  var L4 = [-3, m, bae, { [ee]: re }, [ce], [0]];
  Y.registerError(L4, ig);
  var U4 = [-3, m, kae, { [ee]: re }, [ce, o4], [0, () => U_]];
  Y.registerError(U4, Xh);
  var B4 = [-3, m, Gae, { [ee]: re }, [ce], [0]];
  Y.registerError(B4, Eg);
  var F4 = [-3, m, gce, { [ee]: re }, [ce], [0]];
  Y.registerError(F4, bg);
  var G4 = [-3, m, $ce, { [ee]: re }, [ce], [0]];
  Y.registerError(G4, Qh);
  var H4 = [-3, m, hce, { [ee]: re }, [ce, o4], [0, () => U_]];
  Y.registerError(H4, qh);
  var V4 = [-3, m, dce, { [ee]: re }, [ce], [0]];
  Y.registerError(V4, sg);
  var j4 = [-3, m, yce, { [ee]: re }, [ce], [0]];
  Y.registerError(j4, Jh);
  var z4 = [-3, m, Sue, { [ee]: re }, [ce], [0]];
  Y.registerError(z4, yg);
  var q4 = [-3, m, Due, { [ee]: re }, [ce], [0]];
  Y.registerError(q4, tg);
  var W4 = [-3, m, Lue, { [ee]: re }, [ce], [0]];
  Y.registerError(W4, rg);
  var K4 = [
    -3,
    m,
    vue,
    { [Qle]: ["Throttling", 400], [ee]: re, [d4]: 400 },
    [ce, npe],
    [0, () => U_],
  ];
  Y.registerError(K4, Wh);
  var X4 = [-3, m, bue, { [ee]: re }, [xc, tne], [0, () => lpe]];
  Y.registerError(X4, vg);
  var J4 = [-3, m, xue, { [ee]: re }, [ce], [0]];
  Y.registerError(J4, og);
  var Y4 = [-3, m, Oue, { [ee]: re }, [xc], [0]];
  Y.registerError(Y4, fg);
  var Q4 = [h4, Y],
    Z4 = [3, m, I2, 0, [jte, Kte, Hte], [4, 0, 0]],
    eG = [3, m, Vte, 0, [mc, rre], [0, 0], 2],
    tG = [3, m, sre, 0, [o_, Gte], [() => tr, 0]],
    rG = [3, m, Xte, 0, [I3, u4], [0, () => sG]],
    nG = [3, m, Yte, 0, [u4, I3], [() => oG, 0], 1],
    Os = [3, m, Qte, 0, [E3, b3, _2, T2, Zce], [1, 1, 2, 0, () => ope]],
    Ps = [3, m, Zte, 0, [E3, b3, _2, T2, eue], [1, 1, 2, 0, () => nG]],
    sG = [3, m, ere, 0, [l4, J2, W3, K3], [1, 2, 1, 1], 1],
    oG = [3, m, tre, 0, [l4, J2, W3, K3], [1, 2, 1, 1], 1],
    a_ = [3, m, iI, 0, [aI, Z3, e4], [() => c_, () => oj, () => ij]],
    c_ = [3, m, aI, 0, [ap, cI, $2, pI, R2, L2, O2], [0, 0, 0, 0, 4, 1, 4], 5],
    iG = [
      3,
      m,
      Rre,
      0,
      [B, Ic, Ns, ap, cI, R2, O2, $2, pI, L2],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 1],
    ],
    aG = [3, m, are, 0, [Uce, Ft], [() => Ope, 0], 1],
    cG = [3, m, cre, 0, [Cy, Tt], [() => Dpe, () => Rc]],
    uG = [3, m, lre, 0, [$3, Ft], [() => Qj, 0], 1],
    lG = [3, m, pre, 0, [Cy, Sle, Tt], [() => Ype, () => Qj, () => Rc]],
    pG = [3, m, _re, 0, [B2, xc, es], [0, 0, () => rn]],
    fG = [3, m, Tre, 0, [XI, UI, hc, rs], [0, () => $_, 2, 0], 1],
    dG = [3, m, Are, 0, [Tse, B, es], [() => pG, 0, () => rn]],
    mG = [3, m, Dre, 0, [$3, Ft, mp], [() => Zj, 0, 0], 1],
    hG = [3, m, Nre, 0, [mle, Sc, Tt], [() => Zj, () => tz, () => Rc]],
    u_ = [3, m, N2, 0, [cp, rae], [0, 4]],
    l_ = [3, m, gre, 0, [M2], [1]],
    p_ = [
      3,
      m,
      uI,
      0,
      [up, lI, wue, gc, DI, LI, Ep, fp, x3, dae, Rue, k2, noe, xI, vI, $I, C3],
      [
        0,
        0,
        () => cpe,
        0,
        () => w_,
        () => __,
        4,
        4,
        1,
        1,
        1,
        () => upe,
        1,
        0,
        0,
        1,
        0,
      ],
    ],
    gG = [3, m, Sre, 0, [up, lI, Ep, fp], [0, 0, 4, 4], 3],
    yG = [3, m, Ere, 0, [B, Ic], [0, 0]],
    SG = [
      3,
      m,
      k2,
      0,
      [B, M2, YI, bc, Yr, Mi],
      [0, 1, () => l_, () => XF, () => XF, () => tfe],
    ],
    EG = [3, m, wre, 0, [vre], [1]],
    bG = [3, m, Ure, 0, [up], [0], 1],
    xG = [3, m, Bre, 0, [up, lI], [0, 0], 2],
    wG = [3, m, ine, 0, [es, B2, xc], [() => rn, 0, 0]],
    f_ = [3, m, pne, 0, [dp, ky, z2], [1, 1, 1]],
    d_ = [3, m, fne, 0, [V2, sI], [0, () => qj], 1],
    vG = [
      3,
      m,
      F2,
      0,
      [ts, B, Ni, Bt, Jr, rs],
      [() => Gt, 0, 0, 128, () => nn, 0],
      3,
    ],
    ks = [
      3,
      m,
      Tt,
      0,
      [B, z2, dp, ky, YI, bc, Yr, Mi],
      [0, 1, 1, 1, () => f_, () => JF, () => JF, () => rfe],
    ],
    m_ = [3, m, fI, 0, [Gre, w3], [0, () => IV], 1],
    IG = [3, m, Qre, 0, [B, le, dI, by], [0, 0, 0, 0]],
    _G = [3, m, $re, 0, [B, cI], [0, 0], 2],
    TG = [3, m, Lre, 0, [aI], [() => c_]],
    AG = [
      3,
      m,
      zre,
      0,
      [le, Er, xr, Zr, Qr, ns],
      [0, () => tn, () => wr, () => en, () => er, () => Cc],
      3,
    ],
    CG = [3, m, Wre, 0, [Ds, BI], [0, () => Jj], 2],
    RG = [3, m, Kre, 0, [vy], [() => My]],
    OG = [3, m, Xre, 0, [gt], [0], 1],
    DG = [3, m, rne, 0, [gt], [0], 1],
    NG = [
      3,
      m,
      nne,
      0,
      [gt, Ay, $o, Mo, Yr, r4],
      [0, 0, () => Tc, () => _c, () => Xj, 0],
      1,
    ],
    PG = [
      3,
      m,
      ane,
      0,
      [B, ip, Er, bc, Yr, cp, Zr, Oy, Dy, n_, ZI, mI, ns, Sce, Qr, Ooe, Iy, Mi],
      [
        0,
        () => Uy,
        () => tn,
        () => M_,
        () => By,
        0,
        () => en,
        () => xp,
        () => Ac,
        () => L_,
        0,
        2,
        () => Cc,
        0,
        () => er,
        0,
        0,
        () => Hy,
      ],
      1,
    ],
    kG = [3, m, cne, 0, [vc], [() => $i]],
    MG = [
      3,
      m,
      lne,
      0,
      [le, Py, xr, xy, wy, Sp],
      [0, () => wp, () => wr, 1, 0, () => Gy],
      5,
    ],
    $G = [3, m, Zre, 0, [Ise, Boe], [0, 64]],
    LG = [
      3,
      m,
      Pi,
      0,
      [ts, B, Ni, Bt, Jr, rs],
      [() => Gt, 0, 0, 128, () => nn, 0],
      2,
    ],
    UG = [3, m, hne, 0, [ap], [0], 1],
    BG = [3, m, yne, 0, [iI], [() => a_]],
    FG = [3, m, Mne, 0, [le], [0], 1],
    GG = [3, m, Hne, 0, [gt], [0], 1],
    HG = [
      3,
      m,
      zne,
      0,
      [B, ts, bI, lp, jI, Ft, mp, Ni, Bt, Jr, rs],
      [0, () => Gt, () => B_, 0, 0, 0, 0, 0, 128, () => nn, 0],
      2,
    ],
    VG = [3, m, Wne, 0, [oI, Tt, Sc], [() => rn, () => ks, () => bp]],
    jG = [3, m, sse, 0, [gt], [0], 1],
    zG = [3, m, ose, 0, [gt], [0], 1],
    qG = [3, m, X2, 0, [ts], [() => Gt], 1],
    WG = [3, m, cse, 0, [wc, Q2], [0, 0], 1],
    KG = [3, m, use, 0, [FI], [0]],
    XG = [3, m, fse, 0, [B], [0], 1],
    JG = [3, m, mse, 0, [vc], [() => $i]],
    YG = [3, m, vse, 0, [le], [0], 1],
    QG = [3, m, gne, 0, [ap], [0], 1],
    ZG = [3, m, bne, 0, [iI], [() => a_]],
    eH = [3, m, Sne, 0, [up], [0], 1],
    tH = [3, m, Ene, 0, [uI], [() => p_], 1],
    rH = [3, m, Ine, 0, [B], [0], 1],
    nH = [3, m, _ne, 0, [fI], [() => m_]],
    sH = [3, m, Ane, 0, [B, le], [0, 0], 1],
    oH = [
      3,
      m,
      Cne,
      0,
      [B, le, Yre, dI, g3, o3, by],
      [0, 0, 64, 0, 4, () => $H, 0],
    ],
    iH = [3, m, Nne, 0, [], []],
    aH = [3, m, Pne, 0, [n3], [() => fpe], 1],
    cH = [3, m, One, 0, [gI], [0], 1],
    uH = [3, m, Dne, 0, [yI], [() => g_]],
    lH = [3, m, Lne, 0, [Ds], [0], 1],
    pH = [3, m, Une, 0, [vy], [() => My]],
    fH = [3, m, Fne, 0, [Ds], [0], 1],
    dH = [3, m, Gne, 0, [Ds, G3], [0, () => Yj]],
    mH = [3, m, qne, 0, [_I], [0], 1],
    hH = [3, m, Kne, 0, [NI], [() => E_], 1],
    gH = [3, m, Yne, 0, [B], [0], 1],
    yH = [3, m, Qne, 0, [B, m3], [0, () => _pe]],
    SH = [3, m, tse, 0, [], []],
    EH = [3, m, rse, 0, [qte, Wte, Mue, $ue], [1, 1, 1, 1]],
    bH = [3, m, dse, 0, [B], [0], 1],
    xH = [3, m, hse, 0, [YI], [() => $i]],
    wH = [3, m, yse, 0, [B], [0], 1],
    vH = [3, m, Sse, 0, [QI], [() => C_]],
    IH = [3, m, bse, 0, [B], [0], 1],
    _H = [3, m, xse, 0, [t_], [() => D_]],
    TH = [3, m, ise, 0, [gt, nse], [0, 0], 2],
    h_ = [3, m, SI, 0, [nI], [0]],
    AH = [3, m, eoe, 0, [ore, ene], [0, 1], 2],
    CH = [
      3,
      m,
      Gse,
      0,
      [XI, UI, hc, br, Ft, Ec, rs],
      [0, () => $_, 2, 0, 0, 1, 0],
      1,
    ],
    RH = [3, m, Hse, 0, [PI, br, Tt, kI], [() => Fy, 0, () => ks, () => Gt]],
    OH = [3, m, qse, 0, [zue, j2, Ft], [() => Rpe, [0, 4], 0], 1],
    DH = [3, m, Wse, 0, [Cy, Tt], [() => Wj, () => Rc]],
    NH = [3, m, Rse, 0, [o_, toe, V2, sI], [() => tr, 2, 0, () => qj]],
    g_ = [
      3,
      m,
      yI,
      0,
      [
        gI,
        Z2,
        Ep,
        fp,
        Mse,
        Ns,
        Ic,
        r3,
        gc,
        gp,
        yp,
        X3,
        qI,
        KI,
        xI,
        vI,
        Y2,
        Ire,
        yc,
        EI,
        CI,
        II,
      ],
      [
        0,
        0,
        4,
        4,
        0,
        0,
        0,
        4,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        0,
        () => b_,
        () => y_,
      ],
    ],
    PH = [3, m, jse, 0, [gI, Z2, EI], [0, 0, 0]],
    kH = [
      3,
      m,
      Jse,
      0,
      [Ns, gp, r3, gc, yp, X3, qI, KI, Y2, EI, CI, II],
      [0, 0, 4, [0, 4], 0, 0, 0, 0, 0, 0, () => b_, () => y_],
      2,
    ],
    MH = [3, m, Yse, 0, [yI], [() => g_]],
    $H = [3, m, o3, 0, [$se, Nse], [0, 0]],
    y_ = [3, m, II, 0, [wI, ki, d3, Bt, Jr], [0, 0, 0, 128, () => nn]],
    LH = [3, m, i3, 0, [ts, B, ki, Bt], [() => Gt, 0, 0, 128], 2],
    UH = [
      3,
      m,
      ooe,
      0,
      [B, ts, Ey, hc, Ft, ki, Bt],
      [0, () => Gt, 64, 2, 0, 0, 128],
      2,
    ],
    BH = [3, m, ioe, 0, [es, Tt], [() => rn, () => ks]],
    FH = [3, m, coe, 0, [wc], [0], 1],
    GH = [3, m, uoe, 0, [N3, FI], [0, 0]],
    HH = [
      3,
      m,
      Eoe,
      0,
      [le, Er, xr, Zr, Qr, ns],
      [0, () => tn, () => wr, () => en, () => er, () => Cc],
      3,
    ],
    VH = [3, m, loe, 0, [le, O3], [0, () => Ps]],
    jH = [
      3,
      m,
      foe,
      0,
      [le, Er, xr, Ty, C2, Zr, OI, yc, TI, Qr, ns],
      [0, () => tn, () => wr, 0, 2, () => T_, 1, 1, 0, () => er, () => S_],
    ],
    zH = [
      3,
      m,
      moe,
      0,
      [le, Er, xr, Zr, Qr],
      [0, () => tn, () => wr, () => en, () => er],
    ],
    qH = [3, m, goe, 0, [Ny, pp, Pi], [() => Ij, () => AG, () => FG]],
    S_ = [3, m, Soe, 0, [HI, i_, JI], [1, 1, 0]],
    WH = [3, m, boe, 0, [Ds, BI], [0, () => Jj]],
    My = [3, m, vy, 0, [BI, xoe, G2, Roe, Ds], [() => Kj, 0, 4, 0, 0]],
    KH = [3, m, u3, 0, [le, D3, $ae], [0, 1, () => Ps], 1],
    XH = [3, m, Poe, 0, [gt, Yle], [0, 0]],
    JH = [3, m, Moe, 0, [pp, Pi], [() => OG, () => GG]],
    YH = [
      3,
      m,
      sie,
      0,
      [_I, p3, Ns, Ry, q2, _y, Ep, fp],
      [0, 0, 0, () => $y, 0, 0, 4, 4],
    ],
    E_ = [
      3,
      m,
      NI,
      0,
      [
        _I,
        p3,
        Ns,
        Ic,
        gc,
        Ry,
        Ose,
        q2,
        _y,
        RI,
        AI,
        e_,
        Ep,
        fp,
        Rae,
        x3,
        Xoe,
        xI,
        vI,
      ],
      [
        0,
        0,
        0,
        0,
        0,
        () => $y,
        1,
        0,
        0,
        () => x_,
        0,
        () => R_,
        4,
        4,
        1,
        1,
        1,
        0,
        0,
      ],
    ],
    QH = [
      3,
      m,
      iie,
      0,
      [Ry, _y, e_, gc, RI, AI],
      [() => $y, 0, () => R_, [0, 4], () => x_, 0],
      3,
    ],
    ZH = [3, m, aie, 0, [NI], [() => E_], 1],
    b_ = [3, m, CI, 0, [Pse, Kse, Zse], [4, 4, 0]],
    x_ = [3, m, RI, 0, [dne], [() => $G]],
    w_ = [3, m, DI, 0, [gp, _y, yp, zI, AI], [0, 0, 0, 0, 0], 2],
    bp = [3, m, Sc, 0, [Goe, qce], [() => Qpe, 65]],
    eV = [3, m, eie, 0, [es], [() => rn]],
    tV = [3, m, cie, 0, [gie, Ey, hc, ki, Bt], [() => Ipe, 64, 2, 0, 128], 1],
    rV = [3, m, mie, 0, [mc, hie], [0, 0], 2],
    nV = [3, m, uie, 0, [hp, hI, lse, nI], [0, 0, 0, 0]],
    v_ = [3, m, fie, 0, [B, hp, SI], [0, 0, () => h_], 2],
    I_ = [3, m, die, 0, [B, hp, hI, SI], [0, 0, 0, () => h_]],
    sV = [3, m, Eie, 0, [B, Ec, Gue, Hue, Bse, pI], [0, 1, 4, 4, 0, 0]],
    oV = [3, m, bie, 0, [U2, Rie], [() => ipe, 0]],
    iV = [3, m, xie, 0, [MI, br], [1, 0]],
    aV = [3, m, wie, 0, [P2, br], [() => ape, 0]],
    cV = [3, m, _ie, 0, [B, br, MI], [0, 0, 1]],
    uV = [3, m, Tie, 0, [H2, br], [() => ppe, 0]],
    lV = [3, m, Nie, 0, [Ns, MI, br], [0, 1, 0]],
    pV = [3, m, Pie, 0, [t3, br], [() => dpe, 0]],
    fV = [3, m, $ie, 0, [Fse, Ec, gt], [0, 1, 0]],
    dV = [3, m, Lie, 0, [Uoe, Die], [() => Epe, 0]],
    mV = [3, m, Fie, 0, [Ns, Cae, br], [0, 1, 0]],
    hV = [3, m, Gie, 0, [l3, br], [() => wpe, 0]],
    gV = [3, m, Yie, 0, [Vse, Ec], [0, 1]],
    yV = [3, m, Qie, 0, [Uue, kie], [64, 0]],
    SV = [3, m, eae, 0, [wc, br], [0, 0], 1],
    EV = [3, m, tae, 0, [n_, br], [() => L_, 0]],
    bV = [3, m, Kie, 0, [le, Er, xr], [0, () => tn, () => wr], 3],
    xV = [
      3,
      m,
      jie,
      0,
      [le, Er, xr, OI, yc, TI],
      [0, () => tn, () => wr, 1, 1, 0],
    ],
    wV = [3, m, qie, 0, [le, Er, xr], [0, () => tn, () => wr]],
    er = [3, m, Qr, 0, [S3, $I], [1, 1]],
    _c = [3, m, Mo, 0, [S3], [1]],
    __ = [3, m, LI, 0, [pae, yp, gp, zI, qI, KI], [64, 0, 0, 0, 0, 0], 1],
    vV = [3, m, Dae, 0, [XI, UI, rs], [0, () => $_, 0], 1],
    IV = [3, m, w3, 0, [Sae, L3, Use, Hie], [0, 1, 4, 4]],
    _V = [3, m, v3, 0, [yae, L3], [2, 1], 1],
    wr = [3, m, xr, 0, [Mae, aae], [0, 64]],
    en = [3, m, Zr, 0, [dp, ky], [1, 1], 2],
    T_ = [3, m, Pae, 0, [Bie, Aie, cae, dp, ky], [4, 4, 1, 1, 1]],
    Tc = [3, m, $o, 0, [dp], [1]],
    TV = [
      3,
      m,
      P3,
      0,
      [es, B, Ni, Bt, Jr, rs],
      [() => F_, 0, 0, 128, () => nn, 0],
      2,
    ],
    AV = [
      3,
      m,
      mae,
      0,
      [B, es, bI, jI, Ft, mp, lp, Ni, Bt, Jr, rs],
      [0, () => F_, () => B_, 0, 0, 0, 0, 0, 128, () => nn, 0],
      2,
    ],
    CV = [3, m, gae, 0, [oI, Tt, Sc], [() => rn, () => ks, () => bp]],
    RV = [3, m, _3, 0, [es], [() => F_], 1],
    OV = [3, m, Tae, 0, [wc, N3, Q2, one], [0, 0, 0, [2, { [Zle]: spe }]], 2],
    DV = [3, m, Aae, 0, [FI], [0]],
    NV = [
      3,
      m,
      Bae,
      0,
      [B, le, t4, Ey, Ec, hc, f3, Uae, lp, Yce, e3, Ft, ki, wI, d3, Bt, Jr],
      [
        0,
        0,
        0,
        64,
        1,
        2,
        () => Zpe,
        () => ez,
        0,
        2,
        () => Gt,
        0,
        0,
        0,
        0,
        128,
        () => nn,
      ],
      1,
    ],
    PV = [
      3,
      m,
      Fae,
      0,
      [PI, W2, q3, kI, Tt],
      [() => Fy, 1, 1, () => Gt, () => ks],
    ],
    kV = [3, m, Lce, 0, [gt], [0]],
    MV = [
      3,
      m,
      Hae,
      0,
      [gt, Yr, U3, F3, GI],
      [0, () => kpe, () => Os, () => Os, 0],
    ],
    $V = [3, m, jae, 0, [gt, cce, bce], [0, () => Mpe, () => Ps], 1],
    LV = [
      3,
      m,
      Kae,
      0,
      [gt, GI, qae, wce, _ce, Ay, $o, Mo, ns, Yr, pce, j3, Iy],
      [
        0,
        0,
        0,
        0,
        0,
        0,
        () => Tc,
        () => _c,
        () => O_,
        () => $pe,
        4,
        () => Ly,
        0,
      ],
    ],
    UV = [3, m, Jae, 0, [le, $o, Mo], [0, () => Tc, () => _c], 1],
    BV = [3, m, Yae, 0, [le, Ty, T3, R3], [0, 0, () => Os, () => Os]],
    FV = [3, m, Zae, 0, [le, Iae], [0, () => Ps]],
    GV = [3, m, tce, 0, [le, $o, Mo, ns], [0, () => Tc, () => _c, () => S_]],
    HV = [
      3,
      m,
      oce,
      0,
      [le, Ty, A3, T3, D3, R3],
      [0, 0, 1, () => Os, 1, () => Os],
      1,
    ],
    VV = [3, m, M3, 0, [le, A3, vae], [0, 1, () => Ps], 1],
    jV = [
      3,
      m,
      Ice,
      0,
      [gt, GI, Wae, B3, U3, xce, F3, sce, j3],
      [0, 0, () => u_, 1, () => Os, 1, () => Os, () => Lpe, () => Ly],
      1,
    ],
    zV = [
      3,
      m,
      H3,
      0,
      [gt, B3, Ece, M3, Ace],
      [0, 1, () => Ps, () => Upe, 0],
      1,
    ],
    qV = [
      3,
      m,
      uce,
      0,
      [pp, Ny, Pi, _se],
      [() => NG, () => Pj, () => zG, () => TH],
    ],
    WV = [3, m, kce, 0, [pp, Pi], [() => DG, () => jG]],
    KV = [3, m, V3, 0, [k3, fce, Bce, Q3], [4, 2, 0, 0], 2],
    XV = [
      3,
      m,
      Rce,
      0,
      [c4, ap, D2, a3, h3, $o, Mo, J3, f4],
      [0, 0, 0, () => By, () => M_, () => en, () => er, () => Ac, () => Hy],
      2,
    ],
    JV = [3, m, Oce, 0, [vc], [() => $i]],
    YV = [
      3,
      m,
      Nce,
      0,
      [c4, Q3, aue, wle, k3, D2, a3, h3, $o, Mo, J3, f4],
      [
        0,
        0,
        0,
        2,
        4,
        0,
        () => By,
        () => M_,
        () => en,
        () => er,
        () => Ac,
        () => Hy,
      ],
      1,
    ],
    QV = [3, m, Pce, 0, [vc], [() => $i]],
    $y = [3, m, Ry, 0, [gp, yp, zI], [0, 0, 0], 1],
    ZV = [
      3,
      m,
      Kce,
      0,
      [B, le, Ey, Ec, t4, Wce, lp, e3, Ft, que, yue, ki, wI, Bt, Jr, hc],
      [0, 0, 64, 1, 0, () => ez, 0, () => Gt, 0, 1, 1, 0, 0, 128, () => nn, 2],
      1,
    ],
    ej = [
      3,
      m,
      Qce,
      0,
      [PI, W2, q3, kI, Tt],
      [() => Fy, 1, 1, () => Gt, () => ks],
    ],
    tj = [3, m, rue, 0, [es, hue], [() => rn, 1]],
    rj = [3, m, sue, 0, [mc, oue], [0, 0], 2],
    nj = [
      3,
      m,
      uue,
      0,
      [B, le, cue, Nue, Ft, Bt, Jr, ki, Vce],
      [0, 0, () => Vpe, 1, 0, 128, () => nn, 0, 0],
      4,
    ],
    sj = [3, m, pue, 0, [Tt, tue], [() => k_, () => Hpe]],
    oj = [
      3,
      m,
      Z3,
      0,
      [B, Ic, Er, Eue, Zr, Ns, i4, Qr, yc, cp],
      [0, 0, () => tn, 4, () => en, 0, 1, () => er, 1, 0],
      5,
    ],
    ij = [
      3,
      m,
      e4,
      0,
      [bc, Yr, jce, t_, WI, Mi],
      [() => Cpe, () => gpe, () => xp, () => D_, () => A_, () => Wpe],
    ],
    A_ = [3, m, WI, 0, [JI, Y3, pie, qoe], [0, 0, 0, 4]],
    Ac = [3, m, Dy, 0, [s3, Y3, Ay], [2, 0, 0]],
    aj = [
      3,
      m,
      Gce,
      0,
      [DI, LI, B, gc, $I, C3],
      [() => w_, () => __, 0, [0, 4], 1, 0],
      3,
    ],
    cj = [3, m, Hce, 0, [uI], [() => p_], 1],
    xp = [3, m, Oy, 0, [zce, fue], [2, 0], 1],
    C_ = [3, m, QI, 0, [B, a4, z3], [0, 0, () => Npe]],
    Ly = [3, m, n4, 0, [ZI, g3], [0, 4]],
    R_ = [
      3,
      m,
      e_,
      0,
      [B, ip, Er, cp, Zr, Qr, Dy, Yr, Mi],
      [
        0,
        () => Uy,
        () => tn,
        0,
        () => en,
        () => er,
        () => Ac,
        () => By,
        () => Hy,
      ],
      3,
    ],
    $i = [
      3,
      m,
      vc,
      0,
      [
        ip,
        B,
        Er,
        a4,
        G2,
        Zr,
        i4,
        yc,
        Ns,
        Ic,
        N2,
        bc,
        Yr,
        Oy,
        Xie,
        Vie,
        Doe,
        z3,
        Noe,
        Iy,
        V3,
        WI,
        I2,
        n4,
        mI,
        K2,
        Qr,
        ns,
        y3,
        Mi,
      ],
      [
        () => Uy,
        0,
        () => tn,
        0,
        4,
        () => T_,
        1,
        1,
        0,
        0,
        () => u_,
        () => Ape,
        () => hpe,
        () => xp,
        0,
        0,
        0,
        () => Kj,
        () => bpe,
        0,
        () => KV,
        () => A_,
        () => Z4,
        () => Ly,
        2,
        2,
        () => er,
        () => O_,
        0,
        () => qpe,
      ],
    ],
    O_ = [3, m, Zue, 0, [HI, i_, JI], [1, 1, 0]],
    uj = [3, m, ele, 0, [ts, o_], [0, 0], 2],
    lj = [3, m, Bue, 0, [wc, n_], [0, () => L_], 2],
    pj = [3, m, jue, 0, [epe, tpe], [0, 0]],
    D_ = [3, m, t_, 0, [Wue, mc], [0, 0]],
    N_ = [3, m, r_, 0, [s3, mc], [2, 0], 2],
    fj = [3, m, Iue, 0, [i3], [() => LH], 1],
    dj = [3, m, _ue, 0, [s4, Ft], [() => jpe, 0], 1],
    mj = [3, m, Aue, 0, [Tt, Cy], [() => Rc, () => Wj]],
    hj = [
      3,
      m,
      Kue,
      0,
      [F2, P3, Pi, Ny],
      [() => vG, () => TV, () => LG, () => Ej],
    ],
    gj = [3, m, Xue, 0, [s4, Ft, mp, j2], [() => zpe, 0, 0, [0, 4]], 1],
    yj = [3, m, Yue, 0, [Tt, Sc], [() => Rc, () => tz]],
    Sj = [3, m, _le, 0, [wc, Pue], [0, 64], 2],
    Ej = [
      3,
      m,
      Ny,
      0,
      [ts, p4, B, Ni, Bt, Jr, rs],
      [() => Gt, 0, 0, 0, 128, () => nn, 0],
      3,
    ],
    bj = [3, m, rle, 0, [B, v3], [0, () => _V], 2],
    xj = [3, m, nle, 0, [fI], [() => m_]],
    wj = [3, m, ole, 0, [B, Jre, le, by], [0, 0, 0, 0], 2],
    vj = [3, m, ile, 0, [B, le, dI, by], [0, 0, 0, 0]],
    Ij = [3, m, ale, 0, [le, Zr, Qr, ns], [0, () => en, () => er, () => Cc], 1],
    _j = [3, m, ule, 0, [Ds, VI], [0, () => Gpe], 2],
    Tj = [3, m, lle, 0, [vy], [() => My]],
    Aj = [
      3,
      m,
      fle,
      0,
      [Ds, voe, Coe, Aoe, u3, H3],
      [0, 0, 1, () => Ps, () => Spe, () => Bpe],
      1,
    ],
    Cj = [3, m, dle, 0, [Ds, G3], [0, () => Yj]],
    Rj = [
      3,
      m,
      hle,
      0,
      [B, ts, A2, bI, lp, jI, Ft, mp, p4, Ni, Bt, Jr, rs],
      [0, () => Gt, () => Jpe, () => B_, 0, 0, 0, 0, 0, 0, 128, () => nn, 0],
      2,
    ],
    Oj = [3, m, gle, 0, [oI, Tt, Sc], [() => rn, () => ks, () => bp]],
    P_ = [3, m, s_, 0, [nI], [0]],
    Dj = [3, m, ble, 0, [B, hp, s_], [0, 0, () => P_], 2],
    Nj = [3, m, xle, 0, [B, hp, hI, s_], [0, 0, 0, () => P_]],
    Pj = [
      3,
      m,
      Ile,
      0,
      [gt, Ay, $o, Mo, Yr, r4],
      [0, 0, () => Tc, () => _c, () => Xj, 0],
      1,
    ],
    kj = [
      3,
      m,
      Ale,
      0,
      [B, ip, cp, Zr, c3, Oy, Dy, VI, ZI, mI, y3, Loe, Qr, ns, Iy, K2, Vle],
      [
        0,
        () => Uy,
        0,
        () => en,
        () => ype,
        () => xp,
        () => Ac,
        () => Fpe,
        0,
        2,
        0,
        () => xpe,
        () => er,
        () => Cc,
        0,
        2,
        () => Kpe,
      ],
      1,
    ],
    Mj = [3, m, Cle, 0, [vc], [() => $i]],
    $j = [
      3,
      m,
      Ole,
      0,
      [B, c3, O3, VI],
      [0, () => mpe, () => Ps, () => Ppe],
      1,
    ],
    Lj = [3, m, Dle, 0, [QI], [() => C_]],
    Uj = [3, m, Ple, 0, [B, r_], [0, () => N_], 2],
    Bj = [3, m, kle, 0, [r_], [() => N_]],
    wp = [3, m, Mle, 0, [mc], [0], 1],
    k_ = [3, m, $le, 0, [Wle, Kle], [1, 1]],
    Fj = [
      3,
      m,
      qle,
      0,
      [le, Py, xr, xy, wy, Sp],
      [0, () => wp, () => wr, 1, 0, () => Gy],
      5,
    ],
    Gj = [
      3,
      m,
      Ble,
      0,
      [le, Sp, xr, Py, xy, wy, Ty, C2, OI, yc, TI],
      [0, () => Gy, () => wr, () => wp, 1, 0, 0, 2, 1, 1, 0],
    ],
    Hj = [
      3,
      m,
      Gle,
      0,
      [le, Py, Sp, xr, xy, wy],
      [0, () => wp, () => Gy, () => wr, 1, 0],
    ],
    Vj = [3, m, zle, 0, [pp, Pi], [() => MG, () => YG]],
    Cc = [3, m, ns, 0, [HI, i_], [1, 1]],
    jj = [3, m, Xle, 0, [_3, X2], [() => RV, () => qG]],
    zj = "unit",
    Uy = [1, m, ip, 0, () => eG],
    qj = [1, m, sI, 0, () => tr],
    ope = [1, m, Jte, 0, () => rG],
    ipe = [1, m, U2, 0, () => iG],
    ape = [1, m, P2, 0, () => gG],
    cpe = [1, m, bre, 0, () => yG],
    upe = [1, m, xre, 0, () => SG],
    lpe = [1, m, sne, 0, () => wG],
    Rc = [1, m, jre, 0, () => ks],
    ppe = [1, m, H2, 0, () => IG],
    fpe = [1, m, n3, 0, () => AH],
    dpe = [1, m, t3, 0, () => PH],
    mpe = [1, m, poe, 0, () => VH],
    hpe = [1, m, doe, 0, () => jH],
    gpe = [1, m, Yr, 0, () => zH],
    By = [1, m, hoe, 0, () => HH],
    ype = [1, m, yoe, 0, () => qH],
    Spe = [1, m, Ioe, 0, () => KH],
    Epe = [1, m, _oe, 0, () => WH],
    bpe = [1, m, koe, 0, () => XH],
    xpe = [1, m, $oe, 0, () => JH],
    wpe = [1, m, l3, 0, () => YH],
    vpe = [1, m, Voe, 0, () => bp],
    Fy = [1, m, Joe, 0, () => rn],
    Wj = [1, m, tie, 0, () => eV],
    Ipe = [1, m, lie, 0, () => Gt],
    tn = [1, m, Er, 0, () => rV],
    _pe = [1, m, m3, 0, () => nV],
    Tpe = [1, m, yie, 0, () => tr],
    Ape = [1, m, zie, 0, () => xV],
    Cpe = [1, m, bc, 0, () => wV],
    M_ = [1, m, Wie, 0, () => bV],
    Rpe = [1, m, Nae, 0, () => vV],
    Ope = [1, m, xae, 0, () => fG],
    Dpe = [1, m, wae, 0, () => dG],
    $_ = [1, m, Oae, 0, () => tr],
    Npe = [1, m, Vae, 0, () => MV],
    Ppe = [1, m, zae, 0, () => $V],
    Kj = [1, m, Xae, 0, () => LV],
    kpe = [1, m, Qae, 0, () => BV],
    Mpe = [1, m, ece, 0, () => FV],
    $pe = [1, m, rce, 0, () => GV],
    Xj = [1, m, nce, 0, () => UV],
    Lpe = [1, m, ice, 0, () => HV],
    Upe = [1, m, ace, 0, () => VV],
    Jj = [1, m, mce, 0, () => kV],
    Yj = [1, m, vce, 0, () => jV],
    Bpe = [1, m, Tce, 0, () => zV],
    Fpe = [1, m, lce, 0, () => qV],
    Gpe = [1, m, Mce, 0, () => WV],
    Hpe = [1, m, nue, 0, () => tj],
    Gy = [1, m, Sp, 0, () => rj],
    Vpe = [1, m, lue, 0, () => tr],
    L_ = [1, m, kue, 0, () => uj],
    U_ = [1, m, Fue, 0, () => pj],
    jpe = [1, m, Tue, 0, () => fj],
    zpe = [1, m, Jue, 0, () => hj],
    qpe = [1, m, Fle, 0, () => Gj],
    Wpe = [1, m, Mi, 0, () => Hj],
    Hy = [1, m, Hle, 0, () => Fj],
    Kpe = [1, m, jle, 0, () => Vj],
    Xpe = [1, m, Jle, 0, () => jj],
    rn = [2, m, zte, 0, 0, () => tr],
    Jpe = [2, m, A2, 0, 0, () => tG],
    Qj = [2, m, dre, 0, 0, () => tV],
    Ype = [2, m, fre, 0, 0, () => Fy],
    Zj = [2, m, Pre, 0, 0, () => Xpe],
    B_ = [2, m, Ase, 0, 0, () => NH],
    nn = [2, m, Cse, 0, 0, () => tr],
    ez = [2, m, roe, 0, 0, () => d_],
    Qpe = [2, m, Hoe, 0, 0, () => tr],
    tz = [2, m, joe, 0, 0, () => vpe],
    Gt = [2, m, ts, 0, 0, () => tr],
    Zpe = [2, m, f3, 0, 0, () => d_],
    efe = [2, m, sae, 0, 0, () => tr],
    F_ = [2, m, hae, 0, 0, () => tr],
    XF = [2, m, Xce, 0, 0, () => l_],
    JF = [2, m, Jce, 0, 0, () => f_],
    tfe = [2, m, Lle, 0, 0, () => EG],
    rfe = [2, m, Ule, 0, 0, () => k_],
    tr = [
      4,
      m,
      nre,
      0,
      [mue, iae, kre, iue, uae, Cre, oae, nae, lae, yre],
      [0, 0, 21, 64, 64, 85, () => efe, () => Tpe, 2, 2],
    ],
    rz = [9, m, ire, 0, () => aG, () => cG],
    nz = [9, m, ure, 0, () => uG, () => lG],
    sz = [9, m, Ore, 0, () => mG, () => hG],
    oz = [9, m, Fre, 0, () => bG, () => xG],
    iz = [9, m, Mre, 0, () => _G, () => TG],
    az = [9, m, qre, 0, () => CG, () => RG],
    cz = [9, m, une, 0, () => PG, () => kG],
    uz = [9, m, mne, 0, () => UG, () => BG],
    lz = [9, m, Vne, 0, () => HG, () => VG],
    pz = [9, m, ase, 0, () => WG, () => KG],
    fz = [9, m, pse, 0, () => XG, () => JG],
    dz = [9, m, wne, 0, () => QG, () => ZG],
    mz = [9, m, xne, 0, () => eH, () => tH],
    hz = [9, m, vne, 0, () => rH, () => nH],
    gz = [9, m, Tne, 0, () => sH, () => oH],
    yz = [9, m, Rne, 0, () => iH, () => aH],
    Sz = [9, m, kne, 0, () => cH, () => uH],
    Ez = [9, m, $ne, 0, () => lH, () => pH],
    bz = [9, m, Bne, 0, () => fH, () => dH],
    xz = [9, m, Xne, 0, () => mH, () => hH],
    wz = [9, m, Jne, 0, () => gH, () => yH],
    vz = [9, m, ese, 0, () => SH, () => EH],
    Iz = [9, m, wse, 0, () => bH, () => xH],
    _z = [9, m, gse, 0, () => wH, () => vH],
    Tz = [9, m, Ese, 0, () => IH, () => _H],
    Az = [9, m, Zne, 0, () => v_, () => I_],
    Cz = [9, m, kse, 0, () => v_, () => I_],
    Rz = [9, m, zse, 0, () => CH, () => RH],
    Oz = [9, m, Qse, 0, () => OH, () => DH],
    Dz = [9, m, Xse, 0, () => kH, () => MH],
    Nz = [9, m, soe, 0, () => UH, () => BH],
    Pz = [9, m, aoe, 0, () => FH, () => GH],
    kz = [9, m, oie, 0, () => QH, () => ZH],
    Mz = [9, m, Sie, 0, () => sV, () => oV],
    $z = [9, m, vie, 0, () => iV, () => aV],
    Lz = [9, m, Iie, 0, () => cV, () => uV],
    Uz = [9, m, Cie, 0, () => lV, () => pV],
    Bz = [9, m, Mie, 0, () => fV, () => dV],
    Fz = [9, m, Uie, 0, () => mV, () => hV],
    Gz = [9, m, Jie, 0, () => gV, () => yV],
    Hz = [9, m, Zie, 0, () => SV, () => EV],
    Vz = [9, m, fae, 0, () => AV, () => CV],
    jz = [9, m, _ae, 0, () => OV, () => DV],
    zz = [9, m, Lae, 0, () => NV, () => PV],
    qz = [9, m, Cce, 0, () => XV, () => JV],
    Wz = [9, m, Dce, 0, () => YV, () => QV],
    Kz = [9, m, gue, 0, () => ZV, () => ej],
    Xz = [9, m, due, 0, () => nj, () => sj],
    Jz = [9, m, Fce, 0, () => aj, () => cj],
    Yz = [9, m, Vue, 0, () => lj, () => zj],
    Qz = [9, m, Cue, 0, () => dj, () => mj],
    Zz = [9, m, Que, 0, () => gj, () => yj],
    eq = [9, m, vle, 0, () => Sj, () => zj],
    tq = [9, m, tle, 0, () => bj, () => xj],
    rq = [9, m, sle, 0, () => wj, () => vj],
    nq = [9, m, cle, 0, () => _j, () => Tj],
    sq = [9, m, ple, 0, () => Aj, () => Cj],
    oq = [9, m, yle, 0, () => Rj, () => Oj],
    iq = [9, m, Ele, 0, () => Dj, () => Nj],
    aq = [9, m, Tle, 0, () => kj, () => Mj],
    cq = [9, m, Rle, 0, () => $j, () => Lj],
    uq = [9, m, Nle, 0, () => Uj, () => Bj],
    ql = class extends C(ko, R, "DescribeEndpoints", yz) {},
    nfe = "3.1161.0",
    sfe = { version: nfe },
    _t = "ref",
    Wr = "argv",
    Lt = -1,
    Vl = !0,
    lc = !1,
    pc = "isSet",
    jl = "booleanEquals",
    lq = "PartitionResult",
    It = "stringEquals",
    Kr = "getAttr",
    pq = "parsedEndpoint",
    YF = "aws.parseArn",
    QF = (t) => "ParsedArn_ssa_" + t,
    ZF = "service",
    Yv = "dynamodb",
    zl = "isValidHostLabel",
    e2 = "accountId",
    t2 = "FirstArn",
    r2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
    n2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
    s2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}",
    o2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}",
    Po = { [_t]: "Region" },
    eI = { [_t]: lq },
    i2 = { fn: Kr, [Wr]: [{ [_t]: pq }, "authority"] },
    Qv = { [_t]: "AccountIdEndpointMode" },
    a2 = { fn: Kr, [Wr]: [eI, "name"] },
    tI = { [_t]: "ParsedArn_ssa_2" },
    c2 = { fn: Kr, [Wr]: [tI, "region"] },
    u2 = { [_t]: "ResourceArnList" },
    l2 = { fn: Kr, [Wr]: [{ [_t]: "ParsedArn_ssa_1" }, "region"] },
    p2 = { [_t]: "ParsedArn_ssa_1" },
    f2 = { [_t]: "AccountId" },
    Rs = {},
    Sr = { metricValues: ["O"] },
    d2 = [Po],
    m2 = [{ [_t]: "Endpoint" }],
    h2 = [{ [_t]: "ResourceArn" }],
    g2 = {
      conditions: [
        [pc, d2],
        [pc, m2],
        [jl, [{ [_t]: "UseFIPS" }, Vl]],
        [jl, [{ [_t]: "UseDualStack" }, Vl]],
        ["aws.partition", d2, lq],
        [It, [Po, "local"]],
        [jl, [{ fn: Kr, [Wr]: [eI, "supportsFIPS"] }, Vl]],
        ["parseURL", m2, pq],
        [It, ["dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", i2]],
        [jl, [{ fn: Kr, [Wr]: [eI, "supportsDualStack"] }, Vl]],
        [
          It,
          ["search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", i2],
        ],
        [pc, [Qv]],
        [It, [Po, "us-gov-east-1"]],
        [It, [Po, "cn-north-1"]],
        [It, [Po, "cn-northwest-1"]],
        [It, [Po, "us-gov-west-1"]],
        [It, [a2, "aws"]],
        [It, [Qv, "disabled"]],
        [pc, h2],
        [YF, h2, QF(2)],
        [It, [{ fn: Kr, [Wr]: [tI, ZF] }, Yv]],
        [It, [c2, Po]],
        [zl, [{ fn: Kr, [Wr]: [tI, e2] }, lc]],
        [zl, [c2, lc]],
        [pc, [u2]],
        [Kr, [u2, "[0]"], t2],
        [YF, [{ [_t]: t2 }], QF(1)],
        [It, [l2, Po]],
        [It, [{ fn: Kr, [Wr]: [p2, ZF] }, Yv]],
        [zl, [{ fn: Kr, [Wr]: [p2, e2] }, lc]],
        [zl, [l2, lc]],
        [pc, [f2]],
        [It, [Qv, "required"]],
        [zl, [f2, lc]],
        [It, [a2, "aws-us-gov"]],
        [
          jl,
          [{ fn: "coalesce", [Wr]: [{ [_t]: "IsSearchOperation" }, lc] }, Vl],
        ],
      ],
      results: [
        [Lt],
        [
          Lt,
          "Invalid Configuration: FIPS and custom endpoint are not supported",
        ],
        [
          Lt,
          "Invalid Configuration: Dualstack and custom endpoint are not supported",
        ],
        [
          Lt,
          "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html",
        ],
        ["{Endpoint}", Rs],
        [
          Lt,
          "Invalid Configuration: FIPS and local endpoint are not supported",
        ],
        [
          Lt,
          "Invalid Configuration: Dualstack and local endpoint are not supported",
        ],
        [
          "http://localhost:8000",
          {
            authSchemes: [
              { name: "sigv4", signingName: Yv, signingRegion: "us-east-1" },
            ],
          },
        ],
        [
          Lt,
          "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported",
        ],
        [
          "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
          Rs,
        ],
        [
          "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
          Rs,
        ],
        [
          Lt,
          "FIPS and DualStack are enabled, but this partition does not support one or both",
        ],
        ["https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}", Rs],
        ["https://dynamodb.{Region}.{PartitionResult#dnsSuffix}", Rs],
        [
          "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}",
          Rs,
        ],
        ["https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}", Rs],
        [Lt, "FIPS is enabled but this partition does not support FIPS"],
        [
          Lt,
          "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region",
        ],
        [
          "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          Rs,
        ],
        ["https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", Rs],
        [r2(2), Sr],
        [n2(2), Sr],
        [r2(1), Sr],
        [n2(1), Sr],
        [
          "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          Sr,
        ],
        [
          "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          Sr,
        ],
        [Lt, "Credentials-sourced account ID parameter is invalid"],
        [
          Lt,
          "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded",
        ],
        [
          Lt,
          "DualStack is enabled but this partition does not support DualStack",
        ],
        [s2(2), Sr],
        [o2(2), Sr],
        [s2(1), Sr],
        [o2(1), Sr],
        [
          "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}",
          Sr,
        ],
        ["https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}", Sr],
        [Lt, "Invalid Configuration: Missing Region"],
      ],
    },
    ofe = 2,
    N = 1e8,
    ife = new Int32Array([
      -1,
      1,
      -1,
      0,
      6,
      3,
      1,
      4,
      N + 35,
      2,
      N + 1,
      5,
      3,
      N + 2,
      N + 4,
      1,
      85,
      7,
      2,
      69,
      8,
      3,
      38,
      9,
      4,
      10,
      N + 35,
      5,
      N + 7,
      11,
      11,
      12,
      77,
      12,
      18,
      13,
      13,
      18,
      14,
      14,
      18,
      15,
      15,
      18,
      16,
      16,
      18,
      17,
      32,
      N + 17,
      77,
      17,
      37,
      19,
      18,
      20,
      25,
      19,
      21,
      25,
      20,
      22,
      25,
      21,
      23,
      25,
      22,
      24,
      25,
      23,
      36,
      25,
      24,
      26,
      32,
      25,
      27,
      32,
      26,
      28,
      32,
      27,
      29,
      32,
      28,
      30,
      32,
      29,
      31,
      32,
      30,
      35,
      32,
      31,
      33,
      37,
      33,
      34,
      N + 26,
      35,
      N + 33,
      N + 34,
      35,
      N + 31,
      N + 32,
      35,
      N + 29,
      N + 30,
      32,
      N + 27,
      77,
      4,
      39,
      N + 35,
      5,
      N + 6,
      40,
      9,
      41,
      N + 28,
      11,
      42,
      68,
      12,
      48,
      43,
      13,
      48,
      44,
      14,
      48,
      45,
      15,
      48,
      46,
      16,
      48,
      47,
      32,
      N + 17,
      68,
      17,
      67,
      49,
      18,
      50,
      55,
      19,
      51,
      55,
      20,
      52,
      55,
      21,
      53,
      55,
      22,
      54,
      55,
      23,
      66,
      55,
      24,
      56,
      62,
      25,
      57,
      62,
      26,
      58,
      62,
      27,
      59,
      62,
      28,
      60,
      62,
      29,
      61,
      62,
      30,
      65,
      62,
      31,
      63,
      67,
      33,
      64,
      N + 26,
      35,
      N + 24,
      N + 25,
      35,
      N + 22,
      N + 23,
      35,
      N + 20,
      N + 21,
      32,
      N + 27,
      68,
      35,
      N + 18,
      N + 19,
      3,
      78,
      70,
      4,
      71,
      N + 35,
      5,
      N + 5,
      72,
      6,
      73,
      N + 16,
      11,
      74,
      75,
      32,
      N + 8,
      75,
      34,
      77,
      76,
      35,
      N + 14,
      N + 15,
      35,
      N + 12,
      N + 13,
      4,
      79,
      N + 35,
      5,
      N + 5,
      80,
      6,
      81,
      N + 11,
      9,
      82,
      N + 11,
      11,
      83,
      84,
      32,
      N + 8,
      84,
      35,
      N + 9,
      N + 10,
      2,
      N + 1,
      86,
      3,
      N + 2,
      87,
      4,
      88,
      N + 4,
      7,
      89,
      N + 4,
      8,
      N + 3,
      90,
      10,
      N + 3,
      N + 4,
    ]),
    afe = tte.from(ife, ofe, g2.conditions, g2.results),
    cfe = new rte({
      size: 50,
      params: [
        "AccountId",
        "AccountIdEndpointMode",
        "Endpoint",
        "IsSearchOperation",
        "Region",
        "ResourceArn",
        "ResourceArnList",
        "UseDualStack",
        "UseFIPS",
      ],
    }),
    ufe = (t, e = {}) =>
      cfe.get(t, () => nte(afe, { endpointParams: t, logger: e.logger }));
  ste.aws = bee;
  var lfe = (t) => ({
      apiVersion: "2012-08-10",
      base64Decoder: t?.base64Decoder ?? wte,
      base64Encoder: t?.base64Encoder ?? xte,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? ufe,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? Dte,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new gte(),
        },
      ],
      logger: t?.logger ?? new Gee(),
      protocol: t?.protocol ?? Tte,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.dynamodb",
        errorTypeRegistries: Q4,
        xmlNamespace: "http://dynamodb.amazonaws.com/doc/2012-08-10/",
        version: "2012-08-10",
        serviceTarget: "DynamoDB_20120810",
        jsonCodec: new Ate(),
      },
      serviceId: t?.serviceId ?? "DynamoDB",
      sha256: t?.sha256 ?? Cte,
      urlParser: t?.urlParser ?? ite,
      utf8Decoder: t?.utf8Decoder ?? bte,
      utf8Encoder: t?.utf8Encoder ?? Ete,
    }),
    pfe = (t) => {
      Hee(process.version);
      let e = Kee(t),
        r = () => e().then(Vee),
        n = lfe(t);
      xee(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        accountIdEndpointMode: t?.accountIdEndpointMode ?? Cs(See, s),
        authSchemePreference: t?.authSchemePreference ?? Cs(yte, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? vte,
        credentialDefaultProvider: t?.credentialDefaultProvider ?? Ste,
        defaultSocketTimeout: vee(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          wee({ serviceId: n.serviceId, clientVersion: sfe.version }),
        endpointDiscoveryEnabledProvider:
          t?.endpointDiscoveryEnabledProvider ?? Cs(Pee, s),
        maxAttempts:
          t?.maxAttempts ?? Cs(Zv.v2026 ? { ...KF, default: 4 } : KF, t),
        region: t?.region ?? Cs(Yee, { ...Qee, ...s }),
        requestHandler: _te.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          Cs({ ...pte, default: async () => (await r()).retryMode || lte }, t),
        streamCollector: t?.streamCollector ?? Ite,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? Cs(Jee, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? Cs(Xee, s),
        userAgentAppId: t?.userAgentAppId ?? Cs(Iee, s),
      };
    },
    ffe = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(s) {
          let o = e.findIndex((i) => i.schemeId === s.schemeId);
          o === -1 ? e.push(s) : e.splice(o, 1, s);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(s) {
          r = s;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(s) {
          n = s;
        },
        credentials() {
          return n;
        },
      };
    },
    dfe = (t) => ({
      httpAuthSchemes: t.httpAuthSchemes(),
      httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
      credentials: t.credentials(),
    }),
    mfe = (t, e) => {
      let r = Object.assign(_ee(t), jee(t), ate(t), ffe(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, Tee(r), zee(r), cte(r), dfe(r))
      );
    },
    Xr = class extends S2 {
      config;
      constructor(...[e]) {
        let r = pfe(e || {});
        (super(r), (this.initConfig = r));
        let n = Pte(r),
          s = Eee(n),
          o = Aee(s),
          i = fte(o, {
            defaultBaseDelay: Zv.v2026 ? 25 : void 0,
            defaultMaxAttempts: Zv.v2026 ? 4 : void 0,
          }),
          a = Zee(i),
          c = Cee(a),
          u = ote(c),
          l = Nte(u),
          p = kee(l, { endpointDiscoveryCommandCtor: ql }),
          h = mfe(p, e?.extensions || []);
        ((this.config = h),
          this.middlewareStack.use(mte(this.config)),
          this.middlewareStack.use(Ree(this.config)),
          this.middlewareStack.use(dte(this.config)),
          this.middlewareStack.use(ute(this.config)),
          this.middlewareStack.use(Oee(this.config)),
          this.middlewareStack.use(Dee(this.config)),
          this.middlewareStack.use(Nee(this.config)),
          this.middlewareStack.use(
            Mee(this.config, {
              httpAuthSchemeParametersProvider: Rte,
              identityProviderConfigProvider: async (g) =>
                new $ee({ "aws.auth#sigv4": g.credentials }),
            }),
          ),
          this.middlewareStack.use(Lee(this.config)));
      }
      destroy() {
        super.destroy();
      }
    },
    Ig = class extends C(ko, R, "BatchExecuteStatement", rz) {},
    _g = class extends C(b2, R, "BatchGetItem", nz) {},
    Tg = class extends C(b2, R, "BatchWriteItem", sz) {},
    Ag = class extends C(x2, R, "CancelBulkOperation", oz) {},
    Cg = class extends C(ve, R, "CreateBackup", iz) {},
    Rg = class extends C(op, R, "CreateGlobalTable", az) {},
    Og = class extends C(ve, R, "CreateTable", cz) {},
    Dg = class extends C(w2, R, "DeleteBackup", uz) {},
    Ng = class extends C(ve, R, "DeleteItem", lz) {},
    Pg = class extends C(dc, R, "DeleteResourcePolicy", pz) {},
    kg = class extends C(ve, R, "DeleteTable", fz) {},
    Mg = class extends C(w2, R, "DescribeBackup", dz) {},
    Wl = class extends C(x2, R, "DescribeBulkOperation", mz) {},
    $g = class extends C(ve, R, "DescribeContinuousBackups", hz) {},
    Kl = class extends C(ve, R, "DescribeContributorInsights", gz) {},
    Xl = class extends C(Mte, R, "DescribeExport", Sz) {},
    Lg = class extends C(op, R, "DescribeGlobalTable", Ez) {},
    Ug = class extends C(op, R, "DescribeGlobalTableSettings", bz) {},
    Jl = class extends C($te, R, "DescribeImport", xz) {},
    Yl = class extends C(ve, R, "DescribeKinesisStreamingDestination", wz) {},
    Bg = class extends C(ko, R, "DescribeLimits", vz) {},
    fc = class extends C(ve, R, "DescribeTable", Iz) {},
    Fg = class extends C(ve, R, "DescribeTableReplicaAutoScaling", _z) {},
    Gg = class extends C(ve, R, "DescribeTimeToLive", Tz) {},
    Hg = class extends C(ve, R, "DisableKinesisStreamingDestination", Az) {},
    Vg = class extends C(ve, R, "EnableKinesisStreamingDestination", Cz) {},
    jg = class extends C(ko, R, "ExecuteStatement", Rz) {},
    zg = class extends C(ko, R, "ExecuteTransaction", Oz) {},
    qg = class extends C(rI, R, "ExportTableToPointInTime", Dz) {},
    Wg = class extends C(ve, R, "GetItem", Nz) {},
    Kg = class extends C(dc, R, "GetResourcePolicy", Pz) {},
    Xg = class extends C(Lte, R, "ImportTable", kz) {},
    Jg = class extends C(ve, R, "ListBackups", Mz) {},
    Ql = class extends C(ko, R, "ListBulkOperations", $z) {},
    Zl = class extends C(ve, R, "ListContributorInsights", Lz) {},
    ep = class extends C(rI, R, "ListExports", Uz) {},
    Yg = class extends C(ko, R, "ListGlobalTables", Bz) {},
    tp = class extends C(rI, R, "ListImports", Fz) {},
    rp = class extends C(ko, R, "ListTables", Gz) {},
    Qg = class extends C(dc, R, "ListTagsOfResource", Hz) {},
    Zg = class extends C(ve, R, "PutItem", Vz) {},
    ey = class extends C(dc, R, "PutResourcePolicy", jz) {},
    np = class extends C(ve, R, "Query", zz) {},
    ty = class extends C(v2, R, "RestoreTableFromBackup", qz) {},
    ry = class extends C(v2, R, "RestoreTableToPointInTime", Wz) {},
    sp = class extends C(ve, R, "Scan", Kz) {},
    ny = class extends C(Ute, R, "SearchVectors", Xz) {},
    sy = class extends C(ve, R, "StartBulkPutItems", Jz) {},
    oy = class extends C(dc, R, "TagResource", Yz) {},
    iy = class extends C(Bte, R, "TransactGetItems", Qz) {},
    ay = class extends C(Fte, R, "TransactWriteItems", Zz) {},
    cy = class extends C(dc, R, "UntagResource", eq) {},
    uy = class extends C(ve, R, "UpdateContinuousBackups", tq) {},
    ly = class extends C(ve, R, "UpdateContributorInsights", rq) {},
    py = class extends C(op, R, "UpdateGlobalTable", nq) {},
    fy = class extends C(op, R, "UpdateGlobalTableSettings", sq) {},
    dy = class extends C(ve, R, "UpdateItem", oq) {},
    my = class extends C(ve, R, "UpdateKinesisStreamingDestination", iq) {},
    hy = class extends C(ve, R, "UpdateTable", aq) {},
    gy = class extends C(ve, R, "UpdateTableReplicaAutoScaling", cq) {},
    yy = class extends C(ve, R, "UpdateTimeToLive", uq) {},
    fq = Oi(Xr, Ql, "NextToken", "NextToken", "MaxResults"),
    dq = Oi(Xr, Zl, "NextToken", "NextToken", "MaxResults"),
    mq = Oi(Xr, ep, "NextToken", "NextToken", "MaxResults"),
    hq = Oi(Xr, tp, "NextToken", "NextToken", "PageSize"),
    gq = Oi(
      Xr,
      rp,
      "ExclusiveStartTableName",
      "LastEvaluatedTableName",
      "Limit",
    ),
    yq = Oi(Xr, np, "ExclusiveStartKey", "LastEvaluatedKey", "Limit"),
    Sq = Oi(Xr, sp, "ExclusiveStartKey", "LastEvaluatedKey", "Limit"),
    Eq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Wl(e));
        r = n;
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "COMPLETED")
            return { state: Ae.SUCCESS, reason: r };
        } catch {}
        try {
          if (
            n.BulkOperationDescription.BulkOperationStatus ===
            "COMPLETED_WITH_ERRORS"
          )
            return { state: Ae.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "CANCELLED")
            return { state: Ae.FAILURE, reason: r };
        } catch {}
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "FAILED")
            return { state: Ae.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Ae.RETRY, reason: r };
    },
    hfe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Eq),
    bq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Eq);
      return Di(n);
    },
    xq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Kl(e));
        r = n;
        try {
          if (n.ContributorInsightsStatus === "ENABLED")
            return { state: Ae.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ContributorInsightsStatus === "FAILED")
            return { state: Ae.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Ae.RETRY, reason: r };
    },
    gfe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, xq),
    wq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, xq);
      return Di(n);
    },
    vq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Xl(e));
        r = n;
        try {
          if (n.ExportDescription.ExportStatus === "COMPLETED")
            return { state: Ae.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ExportDescription.ExportStatus === "FAILED")
            return { state: Ae.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Ae.RETRY, reason: r };
    },
    yfe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, vq),
    Iq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, vq);
      return Di(n);
    },
    _q = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Jl(e));
        r = n;
        try {
          if (n.ImportTableDescription.ImportStatus === "COMPLETED")
            return { state: Ae.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ImportTableDescription.ImportStatus === "FAILED")
            return { state: Ae.FAILURE, reason: r };
        } catch {}
        try {
          if (n.ImportTableDescription.ImportStatus === "CANCELLED")
            return { state: Ae.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Ae.RETRY, reason: r };
    },
    Sfe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, _q),
    Tq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, _q);
      return Di(n);
    },
    Aq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Yl(e));
        r = n;
        try {
          let s = () =>
            []
              .concat(...n.KinesisDataStreamDestinations)
              .map((a) => a.DestinationStatus);
          for (let o of s())
            if (o == "ACTIVE") return { state: Ae.SUCCESS, reason: r };
        } catch {}
        try {
          if (
            (() => {
              let o = n.KinesisDataStreamDestinations.filter(
                (i) =>
                  (i.DestinationStatus == "DISABLED" ||
                    i.DestinationStatus == "ENABLE_FAILED") &&
                  (i.DestinationStatus == "ENABLE_FAILED" ||
                    i.DestinationStatus == "DISABLED"),
              );
              return (
                n.KinesisDataStreamDestinations.length > 0 &&
                o.length == n.KinesisDataStreamDestinations.length
              );
            })() == !0
          )
            return { state: Ae.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Ae.RETRY, reason: r };
    },
    Efe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Aq),
    Cq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Aq);
      return Di(n);
    },
    Rq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new fc(e));
        r = n;
        try {
          if (n.Table.TableStatus === "ACTIVE")
            return { state: Ae.SUCCESS, reason: r };
        } catch {}
      } catch (n) {
        if (((r = n), n.name === "ResourceNotFoundException"))
          return { state: Ae.RETRY, reason: r };
      }
      return { state: Ae.RETRY, reason: r };
    },
    bfe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Rq),
    Oq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Rq);
      return Di(n);
    },
    Dq = async (t, e) => {
      let r;
      try {
        r = await t.send(new fc(e));
      } catch (n) {
        if (((r = n), n.name === "ResourceNotFoundException"))
          return { state: Ae.SUCCESS, reason: r };
      }
      return { state: Ae.RETRY, reason: r };
    },
    xfe = async (t, e) =>
      Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Dq),
    Nq = async (t, e) => {
      let n = await Ut({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Dq);
      return Di(n);
    },
    wfe = {
      BatchExecuteStatementCommand: Ig,
      BatchGetItemCommand: _g,
      BatchWriteItemCommand: Tg,
      CancelBulkOperationCommand: Ag,
      CreateBackupCommand: Cg,
      CreateGlobalTableCommand: Rg,
      CreateTableCommand: Og,
      DeleteBackupCommand: Dg,
      DeleteItemCommand: Ng,
      DeleteResourcePolicyCommand: Pg,
      DeleteTableCommand: kg,
      DescribeBackupCommand: Mg,
      DescribeBulkOperationCommand: Wl,
      DescribeContinuousBackupsCommand: $g,
      DescribeContributorInsightsCommand: Kl,
      DescribeEndpointsCommand: ql,
      DescribeExportCommand: Xl,
      DescribeGlobalTableCommand: Lg,
      DescribeGlobalTableSettingsCommand: Ug,
      DescribeImportCommand: Jl,
      DescribeKinesisStreamingDestinationCommand: Yl,
      DescribeLimitsCommand: Bg,
      DescribeTableCommand: fc,
      DescribeTableReplicaAutoScalingCommand: Fg,
      DescribeTimeToLiveCommand: Gg,
      DisableKinesisStreamingDestinationCommand: Hg,
      EnableKinesisStreamingDestinationCommand: Vg,
      ExecuteStatementCommand: jg,
      ExecuteTransactionCommand: zg,
      ExportTableToPointInTimeCommand: qg,
      GetItemCommand: Wg,
      GetResourcePolicyCommand: Kg,
      ImportTableCommand: Xg,
      ListBackupsCommand: Jg,
      ListBulkOperationsCommand: Ql,
      ListContributorInsightsCommand: Zl,
      ListExportsCommand: ep,
      ListGlobalTablesCommand: Yg,
      ListImportsCommand: tp,
      ListTablesCommand: rp,
      ListTagsOfResourceCommand: Qg,
      PutItemCommand: Zg,
      PutResourcePolicyCommand: ey,
      QueryCommand: np,
      RestoreTableFromBackupCommand: ty,
      RestoreTableToPointInTimeCommand: ry,
      ScanCommand: sp,
      SearchVectorsCommand: ny,
      StartBulkPutItemsCommand: sy,
      TagResourceCommand: oy,
      TransactGetItemsCommand: iy,
      TransactWriteItemsCommand: ay,
      UntagResourceCommand: cy,
      UpdateContinuousBackupsCommand: uy,
      UpdateContributorInsightsCommand: ly,
      UpdateGlobalTableCommand: py,
      UpdateGlobalTableSettingsCommand: fy,
      UpdateItemCommand: dy,
      UpdateKinesisStreamingDestinationCommand: my,
      UpdateTableCommand: hy,
      UpdateTableReplicaAutoScalingCommand: gy,
      UpdateTimeToLiveCommand: yy,
    },
    vfe = {
      paginateListBulkOperations: fq,
      paginateListContributorInsights: dq,
      paginateListExports: mq,
      paginateListImports: hq,
      paginateListTables: gq,
      paginateQuery: yq,
      paginateScan: Sq,
    },
    Ife = {
      waitUntilBulkOperationCompleted: bq,
      waitUntilContributorInsightsEnabled: wq,
      waitUntilExportCompleted: Iq,
      waitUntilImportCompleted: Tq,
      waitUntilKinesisStreamingDestinationActive: Cq,
      waitUntilTableExists: Oq,
      waitUntilTableNotExists: Nq,
    },
    Sy = class extends Xr {};
  qee(wfe, Sy, { paginators: vfe, waiters: Ife });
  var _fe = { MICROSECOND: "MICROSECOND", MILLISECOND: "MILLISECOND" },
    Tfe = { ADD: "ADD", DELETE: "DELETE", PUT: "PUT" },
    Afe = { B: "B", N: "N", S: "S" },
    Cfe = { AVAILABLE: "AVAILABLE", CREATING: "CREATING", DELETED: "DELETED" },
    Rfe = { AWS_BACKUP: "AWS_BACKUP", SYSTEM: "SYSTEM", USER: "USER" },
    Ofe = { PAY_PER_REQUEST: "PAY_PER_REQUEST", PROVISIONED: "PROVISIONED" },
    Dfe = { HASH: "HASH", RANGE: "RANGE" },
    Nfe = { ALL: "ALL", INCLUDE: "INCLUDE", KEYS_ONLY: "KEYS_ONLY" },
    Pfe = { AES256: "AES256", KMS: "KMS" },
    kfe = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      UPDATING: "UPDATING",
    },
    Mfe = {
      KEYS_ONLY: "KEYS_ONLY",
      NEW_AND_OLD_IMAGES: "NEW_AND_OLD_IMAGES",
      NEW_IMAGE: "NEW_IMAGE",
      OLD_IMAGE: "OLD_IMAGE",
    },
    $fe = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
    },
    Lfe = {
      COSINE: "COSINE",
      DOT_PRODUCT: "DOT_PRODUCT",
      EUCLIDEAN: "EUCLIDEAN",
    },
    Ufe = { HASH: "HASH", INLINE_FILTER: "INLINE_FILTER" },
    Bfe = {
      ALL: "ALL",
      AWS_BACKUP: "AWS_BACKUP",
      SYSTEM: "SYSTEM",
      USER: "USER",
    },
    Ffe = { INDEXES: "INDEXES", NONE: "NONE", TOTAL: "TOTAL" },
    Gfe = { ALL_OLD: "ALL_OLD", NONE: "NONE" },
    Hfe = {
      AccessDenied: "AccessDenied",
      ConditionalCheckFailed: "ConditionalCheckFailed",
      DuplicateItem: "DuplicateItem",
      InternalServerError: "InternalServerError",
      ItemCollectionSizeLimitExceeded: "ItemCollectionSizeLimitExceeded",
      ProvisionedThroughputExceeded: "ProvisionedThroughputExceeded",
      RequestLimitExceeded: "RequestLimitExceeded",
      ResourceNotFound: "ResourceNotFound",
      ThrottlingError: "ThrottlingError",
      TransactionConflict: "TransactionConflict",
      ValidationError: "ValidationError",
    },
    Vfe = { NONE: "NONE", SIZE: "SIZE" },
    jfe = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      COMPLETED: "COMPLETED",
      COMPLETED_WITH_ERRORS: "COMPLETED_WITH_ERRORS",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    zfe = { GZIP: "GZIP", NONE: "NONE", ZSTD: "ZSTD" },
    qfe = { DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    Wfe = {
      CONDITION_CHECK_FAILURE: "CONDITION_CHECK_FAILURE",
      ERROR: "ERROR",
    },
    Kfe = { AES256: "AES256", KMS: "KMS" },
    Xfe = { ACCELERATED: "ACCELERATED", STANDARD: "STANDARD" },
    Jfe = {
      BEGINS_WITH: "BEGINS_WITH",
      BETWEEN: "BETWEEN",
      CONTAINS: "CONTAINS",
      EQ: "EQ",
      GE: "GE",
      GT: "GT",
      IN: "IN",
      LE: "LE",
      LT: "LT",
      NE: "NE",
      NOT_CONTAINS: "NOT_CONTAINS",
      NOT_NULL: "NOT_NULL",
      NULL: "NULL",
    },
    Yfe = { AND: "AND", OR: "OR" },
    Qfe = { DISABLED: "DISABLED", ENABLED: "ENABLED" },
    Zfe = { DISABLED: "DISABLED", ENABLED: "ENABLED" },
    ede = { DISABLE: "DISABLE", ENABLE: "ENABLE" },
    tde = {
      ACCESSED_AND_THROTTLED_KEYS: "ACCESSED_AND_THROTTLED_KEYS",
      THROTTLED_KEYS: "THROTTLED_KEYS",
    },
    rde = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      FAILED: "FAILED",
    },
    nde = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING",
    },
    sde = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING",
    },
    ode = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED",
      ENABLED_WITH_OVERRIDES: "ENABLED_WITH_OVERRIDES",
    },
    ide = {
      ACTIVE: "ACTIVE",
      ARCHIVED: "ARCHIVED",
      ARCHIVING: "ARCHIVING",
      CREATING: "CREATING",
      CREATION_FAILED: "CREATION_FAILED",
      DELETING: "DELETING",
      INACCESSIBLE_ENCRYPTION_CREDENTIALS:
        "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
      REGION_DISABLED: "REGION_DISABLED",
      REPLICATION_NOT_AUTHORIZED: "REPLICATION_NOT_AUTHORIZED",
      UPDATING: "UPDATING",
    },
    ade = {
      STANDARD: "STANDARD",
      STANDARD_INFREQUENT_ACCESS: "STANDARD_INFREQUENT_ACCESS",
    },
    cde = {
      ACTIVE: "ACTIVE",
      ARCHIVED: "ARCHIVED",
      ARCHIVING: "ARCHIVING",
      CREATING: "CREATING",
      DELETING: "DELETING",
      INACCESSIBLE_ENCRYPTION_CREDENTIALS:
        "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
      REPLICATION_NOT_AUTHORIZED: "REPLICATION_NOT_AUTHORIZED",
      UPDATING: "UPDATING",
    },
    ude = { ACTIVE: "ACTIVE", CREATING: "CREATING", DELETING: "DELETING" },
    lde = { EVENTUAL: "EVENTUAL", STRONG: "STRONG" },
    pde = {
      ALL_NEW: "ALL_NEW",
      ALL_OLD: "ALL_OLD",
      NONE: "NONE",
      UPDATED_NEW: "UPDATED_NEW",
      UPDATED_OLD: "UPDATED_OLD",
    },
    fde = { DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    dde = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    mde = {
      FULL_EXPORT: "FULL_EXPORT",
      INCREMENTAL_EXPORT: "INCREMENTAL_EXPORT",
    },
    hde = { NEW_AND_OLD_IMAGES: "NEW_AND_OLD_IMAGES", NEW_IMAGE: "NEW_IMAGE" },
    gde = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    yde = { CSV: "CSV", DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    Sde = {
      ACTIVE: "ACTIVE",
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLE_FAILED: "ENABLE_FAILED",
      ENABLING: "ENABLING",
      UPDATING: "UPDATING",
    },
    Ede = { WAIT_FOR_REPLICATION: "WAIT_FOR_REPLICATION" },
    bde = {
      ALL_ATTRIBUTES: "ALL_ATTRIBUTES",
      ALL_PROJECTED_ATTRIBUTES: "ALL_PROJECTED_ATTRIBUTES",
      COUNT: "COUNT",
      SPECIFIC_ATTRIBUTES: "SPECIFIC_ATTRIBUTES",
    };
  f.ApproximateCreationDateTimePrecision = _fe;
  f.ArchivalSummary$ = Z4;
  f.AttributeAction = Tfe;
  f.AttributeDefinition$ = eG;
  f.AttributeValue$ = tr;
  f.AttributeValueUpdate$ = tG;
  f.AutoScalingPolicyDescription$ = rG;
  f.AutoScalingPolicyUpdate$ = nG;
  f.AutoScalingSettingsDescription$ = Os;
  f.AutoScalingSettingsUpdate$ = Ps;
  f.AutoScalingTargetTrackingScalingPolicyConfigurationDescription$ = sG;
  f.AutoScalingTargetTrackingScalingPolicyConfigurationUpdate$ = oG;
  f.BackupDescription$ = a_;
  f.BackupDetails$ = c_;
  f.BackupInUseException = Vh;
  f.BackupInUseException$ = y4;
  f.BackupNotFoundException = jh;
  f.BackupNotFoundException$ = S4;
  f.BackupStatus = Cfe;
  f.BackupSummary$ = iG;
  f.BackupType = Rfe;
  f.BackupTypeFilter = Bfe;
  f.BatchExecuteStatement$ = rz;
  f.BatchExecuteStatementCommand = Ig;
  f.BatchExecuteStatementInput$ = aG;
  f.BatchExecuteStatementOutput$ = cG;
  f.BatchGetItem$ = nz;
  f.BatchGetItemCommand = _g;
  f.BatchGetItemInput$ = uG;
  f.BatchGetItemOutput$ = lG;
  f.BatchStatementError$ = pG;
  f.BatchStatementErrorCodeEnum = Hfe;
  f.BatchStatementRequest$ = fG;
  f.BatchStatementResponse$ = dG;
  f.BatchWriteItem$ = sz;
  f.BatchWriteItemCommand = Tg;
  f.BatchWriteItemInput$ = mG;
  f.BatchWriteItemOutput$ = hG;
  f.BillingMode = Ofe;
  f.BillingModeSummary$ = u_;
  f.BulkOperationBytes$ = l_;
  f.BulkOperationDescription$ = p_;
  f.BulkOperationInputFormat = qfe;
  f.BulkOperationPerformanceTier = Xfe;
  f.BulkOperationStatus = jfe;
  f.BulkOperationSummary$ = gG;
  f.BulkOperationTableDetail$ = yG;
  f.BulkOperationUsage$ = SG;
  f.BulkOperationVectorBytes$ = EG;
  f.CancelBulkOperation$ = oz;
  f.CancelBulkOperationCommand = Ag;
  f.CancelBulkOperationInput$ = bG;
  f.CancelBulkOperationOutput$ = xG;
  f.CancellationReason$ = wG;
  f.Capacity$ = f_;
  f.ComparisonOperator = Jfe;
  f.Condition$ = d_;
  f.ConditionCheck$ = vG;
  f.ConditionalCheckFailedException = wg;
  f.ConditionalCheckFailedException$ = E4;
  f.ConditionalOperator = Yfe;
  f.ConsumedCapacity$ = ks;
  f.ContinuousBackupsDescription$ = m_;
  f.ContinuousBackupsStatus = Qfe;
  f.ContinuousBackupsUnavailableException = Zh;
  f.ContinuousBackupsUnavailableException$ = b4;
  f.ContributorInsightsAction = ede;
  f.ContributorInsightsMode = tde;
  f.ContributorInsightsStatus = rde;
  f.ContributorInsightsSummary$ = IG;
  f.CreateBackup$ = iz;
  f.CreateBackupCommand = Cg;
  f.CreateBackupInput$ = _G;
  f.CreateBackupOutput$ = TG;
  f.CreateGlobalSecondaryIndexAction$ = AG;
  f.CreateGlobalTable$ = az;
  f.CreateGlobalTableCommand = Rg;
  f.CreateGlobalTableInput$ = CG;
  f.CreateGlobalTableOutput$ = RG;
  f.CreateGlobalTableWitnessGroupMemberAction$ = OG;
  f.CreateReplicaAction$ = DG;
  f.CreateReplicationGroupMemberAction$ = NG;
  f.CreateTable$ = cz;
  f.CreateTableCommand = Og;
  f.CreateTableInput$ = PG;
  f.CreateTableOutput$ = kG;
  f.CreateVectorIndexAction$ = MG;
  f.CsvOptions$ = $G;
  f.Delete$ = LG;
  f.DeleteBackup$ = uz;
  f.DeleteBackupCommand = Dg;
  f.DeleteBackupInput$ = UG;
  f.DeleteBackupOutput$ = BG;
  f.DeleteGlobalSecondaryIndexAction$ = FG;
  f.DeleteGlobalTableWitnessGroupMemberAction$ = GG;
  f.DeleteItem$ = lz;
  f.DeleteItemCommand = Ng;
  f.DeleteItemInput$ = HG;
  f.DeleteItemOutput$ = VG;
  f.DeleteReplicaAction$ = jG;
  f.DeleteReplicationGroupMemberAction$ = zG;
  f.DeleteRequest$ = qG;
  f.DeleteResourcePolicy$ = pz;
  f.DeleteResourcePolicyCommand = Pg;
  f.DeleteResourcePolicyInput$ = WG;
  f.DeleteResourcePolicyOutput$ = KG;
  f.DeleteTable$ = fz;
  f.DeleteTableCommand = kg;
  f.DeleteTableInput$ = XG;
  f.DeleteTableOutput$ = JG;
  f.DeleteVectorIndexAction$ = YG;
  f.DescribeBackup$ = dz;
  f.DescribeBackupCommand = Mg;
  f.DescribeBackupInput$ = QG;
  f.DescribeBackupOutput$ = ZG;
  f.DescribeBulkOperation$ = mz;
  f.DescribeBulkOperationCommand = Wl;
  f.DescribeBulkOperationInput$ = eH;
  f.DescribeBulkOperationOutput$ = tH;
  f.DescribeContinuousBackups$ = hz;
  f.DescribeContinuousBackupsCommand = $g;
  f.DescribeContinuousBackupsInput$ = rH;
  f.DescribeContinuousBackupsOutput$ = nH;
  f.DescribeContributorInsights$ = gz;
  f.DescribeContributorInsightsCommand = Kl;
  f.DescribeContributorInsightsInput$ = sH;
  f.DescribeContributorInsightsOutput$ = oH;
  f.DescribeEndpoints$ = yz;
  f.DescribeEndpointsCommand = ql;
  f.DescribeEndpointsRequest$ = iH;
  f.DescribeEndpointsResponse$ = aH;
  f.DescribeExport$ = Sz;
  f.DescribeExportCommand = Xl;
  f.DescribeExportInput$ = cH;
  f.DescribeExportOutput$ = uH;
  f.DescribeGlobalTable$ = Ez;
  f.DescribeGlobalTableCommand = Lg;
  f.DescribeGlobalTableInput$ = lH;
  f.DescribeGlobalTableOutput$ = pH;
  f.DescribeGlobalTableSettings$ = bz;
  f.DescribeGlobalTableSettingsCommand = Ug;
  f.DescribeGlobalTableSettingsInput$ = fH;
  f.DescribeGlobalTableSettingsOutput$ = dH;
  f.DescribeImport$ = xz;
  f.DescribeImportCommand = Jl;
  f.DescribeImportInput$ = mH;
  f.DescribeImportOutput$ = hH;
  f.DescribeKinesisStreamingDestination$ = wz;
  f.DescribeKinesisStreamingDestinationCommand = Yl;
  f.DescribeKinesisStreamingDestinationInput$ = gH;
  f.DescribeKinesisStreamingDestinationOutput$ = yH;
  f.DescribeLimits$ = vz;
  f.DescribeLimitsCommand = Bg;
  f.DescribeLimitsInput$ = SH;
  f.DescribeLimitsOutput$ = EH;
  f.DescribeTable$ = Iz;
  f.DescribeTableCommand = fc;
  f.DescribeTableInput$ = bH;
  f.DescribeTableOutput$ = xH;
  f.DescribeTableReplicaAutoScaling$ = _z;
  f.DescribeTableReplicaAutoScalingCommand = Fg;
  f.DescribeTableReplicaAutoScalingInput$ = wH;
  f.DescribeTableReplicaAutoScalingOutput$ = vH;
  f.DescribeTimeToLive$ = Tz;
  f.DescribeTimeToLiveCommand = Gg;
  f.DescribeTimeToLiveInput$ = IH;
  f.DescribeTimeToLiveOutput$ = _H;
  f.DestinationStatus = Sde;
  f.DisableKinesisStreamingDestination$ = Az;
  f.DisableKinesisStreamingDestinationCommand = Hg;
  f.DisassociateReplicationGroupMemberAction$ = TH;
  f.DisassociationMode = Ede;
  f.DuplicateItemException = lg;
  f.DuplicateItemException$ = x4;
  f.DynamoDB = Sy;
  f.DynamoDBClient = Xr;
  f.DynamoDBServiceException = z;
  f.DynamoDBServiceException$ = g4;
  f.EnableKinesisStreamingConfiguration$ = h_;
  f.EnableKinesisStreamingDestination$ = Cz;
  f.EnableKinesisStreamingDestinationCommand = Vg;
  f.Endpoint$ = AH;
  f.ExecuteStatement$ = Rz;
  f.ExecuteStatementCommand = jg;
  f.ExecuteStatementInput$ = CH;
  f.ExecuteStatementOutput$ = RH;
  f.ExecuteTransaction$ = Oz;
  f.ExecuteTransactionCommand = zg;
  f.ExecuteTransactionInput$ = OH;
  f.ExecuteTransactionOutput$ = DH;
  f.ExpectedAttributeValue$ = NH;
  f.ExportConflictException = dg;
  f.ExportConflictException$ = w4;
  f.ExportDescription$ = g_;
  f.ExportFormat = fde;
  f.ExportNotFoundException = ag;
  f.ExportNotFoundException$ = v4;
  f.ExportStatus = dde;
  f.ExportSummary$ = PH;
  f.ExportTableToPointInTime$ = Dz;
  f.ExportTableToPointInTimeCommand = qg;
  f.ExportTableToPointInTimeInput$ = kH;
  f.ExportTableToPointInTimeOutput$ = MH;
  f.ExportType = mde;
  f.ExportViewType = hde;
  f.FailureException$ = $H;
  f.FilterSpecification$ = y_;
  f.Get$ = LH;
  f.GetItem$ = Nz;
  f.GetItemCommand = Wg;
  f.GetItemInput$ = UH;
  f.GetItemOutput$ = BH;
  f.GetResourcePolicy$ = Pz;
  f.GetResourcePolicyCommand = Kg;
  f.GetResourcePolicyInput$ = FH;
  f.GetResourcePolicyOutput$ = GH;
  f.GlobalSecondaryIndex$ = HH;
  f.GlobalSecondaryIndexAutoScalingUpdate$ = VH;
  f.GlobalSecondaryIndexDescription$ = jH;
  f.GlobalSecondaryIndexInfo$ = zH;
  f.GlobalSecondaryIndexUpdate$ = qH;
  f.GlobalSecondaryIndexWarmThroughputDescription$ = S_;
  f.GlobalTable$ = WH;
  f.GlobalTableAlreadyExistsException = ng;
  f.GlobalTableAlreadyExistsException$ = I4;
  f.GlobalTableDescription$ = My;
  f.GlobalTableGlobalSecondaryIndexSettingsUpdate$ = KH;
  f.GlobalTableNotFoundException = cg;
  f.GlobalTableNotFoundException$ = _4;
  f.GlobalTableSettingsReplicationMode = ode;
  f.GlobalTableStatus = nde;
  f.GlobalTableWitnessDescription$ = XH;
  f.GlobalTableWitnessGroupUpdate$ = JH;
  f.IdempotentParameterMismatchException = pg;
  f.IdempotentParameterMismatchException$ = T4;
  f.ImportConflictException = gg;
  f.ImportConflictException$ = A4;
  f.ImportNotFoundException = ug;
  f.ImportNotFoundException$ = C4;
  f.ImportStatus = gde;
  f.ImportSummary$ = YH;
  f.ImportTable$ = kz;
  f.ImportTableCommand = Xg;
  f.ImportTableDescription$ = E_;
  f.ImportTableInput$ = QH;
  f.ImportTableOutput$ = ZH;
  f.IncrementalExportSpecification$ = b_;
  f.IndexNotFoundException = xg;
  f.IndexNotFoundException$ = R4;
  f.IndexStatus = sde;
  f.InputCompressionType = zfe;
  f.InputFormat = yde;
  f.InputFormatOptions$ = x_;
  f.InputS3Configuration$ = w_;
  f.InternalServerError = zh;
  f.InternalServerError$ = O4;
  f.InvalidEndpointException = Kh;
  f.InvalidEndpointException$ = D4;
  f.InvalidExportTimeException = mg;
  f.InvalidExportTimeException$ = N4;
  f.InvalidRestoreTimeException = Sg;
  f.InvalidRestoreTimeException$ = P4;
  f.ItemCollectionMetrics$ = bp;
  f.ItemCollectionSizeLimitExceededException = Yh;
  f.ItemCollectionSizeLimitExceededException$ = k4;
  f.ItemResponse$ = eV;
  f.KeySchemaElement$ = rV;
  f.KeyType = Dfe;
  f.KeysAndAttributes$ = tV;
  f.KinesisDataStreamDestination$ = nV;
  f.KinesisStreamingDestinationInput$ = v_;
  f.KinesisStreamingDestinationOutput$ = I_;
  f.LimitExceededException = eg;
  f.LimitExceededException$ = M4;
  f.ListBackups$ = Mz;
  f.ListBackupsCommand = Jg;
  f.ListBackupsInput$ = sV;
  f.ListBackupsOutput$ = oV;
  f.ListBulkOperations$ = $z;
  f.ListBulkOperationsCommand = Ql;
  f.ListBulkOperationsInput$ = iV;
  f.ListBulkOperationsOutput$ = aV;
  f.ListContributorInsights$ = Lz;
  f.ListContributorInsightsCommand = Zl;
  f.ListContributorInsightsInput$ = cV;
  f.ListContributorInsightsOutput$ = uV;
  f.ListExports$ = Uz;
  f.ListExportsCommand = ep;
  f.ListExportsInput$ = lV;
  f.ListExportsOutput$ = pV;
  f.ListGlobalTables$ = Bz;
  f.ListGlobalTablesCommand = Yg;
  f.ListGlobalTablesInput$ = fV;
  f.ListGlobalTablesOutput$ = dV;
  f.ListImports$ = Fz;
  f.ListImportsCommand = tp;
  f.ListImportsInput$ = mV;
  f.ListImportsOutput$ = hV;
  f.ListTables$ = Gz;
  f.ListTablesCommand = rp;
  f.ListTablesInput$ = gV;
  f.ListTablesOutput$ = yV;
  f.ListTagsOfResource$ = Hz;
  f.ListTagsOfResourceCommand = Qg;
  f.ListTagsOfResourceInput$ = SV;
  f.ListTagsOfResourceOutput$ = EV;
  f.LocalSecondaryIndex$ = bV;
  f.LocalSecondaryIndexDescription$ = xV;
  f.LocalSecondaryIndexInfo$ = wV;
  f.MultiRegionConsistency = lde;
  f.OnDemandThroughput$ = er;
  f.OnDemandThroughputOverride$ = _c;
  f.OutputS3Configuration$ = __;
  f.OutputTypeEnum = Wfe;
  f.ParameterizedStatement$ = vV;
  f.PointInTimeRecoveryDescription$ = IV;
  f.PointInTimeRecoverySpecification$ = _V;
  f.PointInTimeRecoveryStatus = Zfe;
  f.PointInTimeRecoveryUnavailableException = hg;
  f.PointInTimeRecoveryUnavailableException$ = $4;
  f.PolicyNotFoundException = ig;
  f.PolicyNotFoundException$ = L4;
  f.Projection$ = wr;
  f.ProjectionType = Nfe;
  f.ProvisionedThroughput$ = en;
  f.ProvisionedThroughputDescription$ = T_;
  f.ProvisionedThroughputExceededException = Xh;
  f.ProvisionedThroughputExceededException$ = U4;
  f.ProvisionedThroughputOverride$ = Tc;
  f.Put$ = TV;
  f.PutItem$ = Vz;
  f.PutItemCommand = Zg;
  f.PutItemInput$ = AV;
  f.PutItemOutput$ = CV;
  f.PutRequest$ = RV;
  f.PutResourcePolicy$ = jz;
  f.PutResourcePolicyCommand = ey;
  f.PutResourcePolicyInput$ = OV;
  f.PutResourcePolicyOutput$ = DV;
  f.Query$ = zz;
  f.QueryCommand = np;
  f.QueryInput$ = NV;
  f.QueryOutput$ = PV;
  f.Replica$ = kV;
  f.ReplicaAlreadyExistsException = Eg;
  f.ReplicaAlreadyExistsException$ = B4;
  f.ReplicaAutoScalingDescription$ = MV;
  f.ReplicaAutoScalingUpdate$ = $V;
  f.ReplicaDescription$ = LV;
  f.ReplicaGlobalSecondaryIndex$ = UV;
  f.ReplicaGlobalSecondaryIndexAutoScalingDescription$ = BV;
  f.ReplicaGlobalSecondaryIndexAutoScalingUpdate$ = FV;
  f.ReplicaGlobalSecondaryIndexDescription$ = GV;
  f.ReplicaGlobalSecondaryIndexSettingsDescription$ = HV;
  f.ReplicaGlobalSecondaryIndexSettingsUpdate$ = VV;
  f.ReplicaNotFoundException = bg;
  f.ReplicaNotFoundException$ = F4;
  f.ReplicaSettingsDescription$ = jV;
  f.ReplicaSettingsUpdate$ = zV;
  f.ReplicaStatus = ide;
  f.ReplicaUpdate$ = WV;
  f.ReplicatedWriteConflictException = Qh;
  f.ReplicatedWriteConflictException$ = G4;
  f.ReplicationGroupUpdate$ = qV;
  f.RequestLimitExceeded = qh;
  f.RequestLimitExceeded$ = H4;
  f.ResourceInUseException = sg;
  f.ResourceInUseException$ = V4;
  f.ResourceNotFoundException = Jh;
  f.ResourceNotFoundException$ = j4;
  f.RestoreSummary$ = KV;
  f.RestoreTableFromBackup$ = qz;
  f.RestoreTableFromBackupCommand = ty;
  f.RestoreTableFromBackupInput$ = XV;
  f.RestoreTableFromBackupOutput$ = JV;
  f.RestoreTableToPointInTime$ = Wz;
  f.RestoreTableToPointInTimeCommand = ry;
  f.RestoreTableToPointInTimeInput$ = YV;
  f.RestoreTableToPointInTimeOutput$ = QV;
  f.ReturnConsumedCapacity = Ffe;
  f.ReturnItemCollectionMetrics = Vfe;
  f.ReturnValue = pde;
  f.ReturnValuesOnConditionCheckFailure = Gfe;
  f.S3BucketSource$ = $y;
  f.S3SseAlgorithm = Kfe;
  f.SSEDescription$ = A_;
  f.SSESpecification$ = Ac;
  f.SSEStatus = kfe;
  f.SSEType = Pfe;
  f.ScalarAttributeType = Afe;
  f.Scan$ = Kz;
  f.ScanCommand = sp;
  f.ScanInput$ = ZV;
  f.ScanOutput$ = ej;
  f.SearchResultItem$ = tj;
  f.SearchSchemaElement$ = rj;
  f.SearchSchemaElementType = Ufe;
  f.SearchVectors$ = Xz;
  f.SearchVectorsCommand = ny;
  f.SearchVectorsInput$ = nj;
  f.SearchVectorsOutput$ = sj;
  f.Select = bde;
  f.SourceTableDetails$ = oj;
  f.SourceTableFeatureDetails$ = ij;
  f.StartBulkPutItems$ = Jz;
  f.StartBulkPutItemsCommand = sy;
  f.StartBulkPutItemsInput$ = aj;
  f.StartBulkPutItemsOutput$ = cj;
  f.StreamSpecification$ = xp;
  f.StreamViewType = Mfe;
  f.TableAlreadyExistsException = yg;
  f.TableAlreadyExistsException$ = z4;
  f.TableAutoScalingDescription$ = C_;
  f.TableClass = ade;
  f.TableClassSummary$ = Ly;
  f.TableCreationParameters$ = R_;
  f.TableDescription$ = $i;
  f.TableInUseException = tg;
  f.TableInUseException$ = q4;
  f.TableNotFoundException = rg;
  f.TableNotFoundException$ = W4;
  f.TableStatus = cde;
  f.TableWarmThroughputDescription$ = O_;
  f.Tag$ = uj;
  f.TagResource$ = Yz;
  f.TagResourceCommand = oy;
  f.TagResourceInput$ = lj;
  f.ThrottlingException = Wh;
  f.ThrottlingException$ = K4;
  f.ThrottlingReason$ = pj;
  f.TimeToLiveDescription$ = D_;
  f.TimeToLiveSpecification$ = N_;
  f.TimeToLiveStatus = $fe;
  f.TransactGetItem$ = fj;
  f.TransactGetItems$ = Qz;
  f.TransactGetItemsCommand = iy;
  f.TransactGetItemsInput$ = dj;
  f.TransactGetItemsOutput$ = mj;
  f.TransactWriteItem$ = hj;
  f.TransactWriteItems$ = Zz;
  f.TransactWriteItemsCommand = ay;
  f.TransactWriteItemsInput$ = gj;
  f.TransactWriteItemsOutput$ = yj;
  f.TransactionCanceledException = vg;
  f.TransactionCanceledException$ = X4;
  f.TransactionConflictException = og;
  f.TransactionConflictException$ = J4;
  f.TransactionInProgressException = fg;
  f.TransactionInProgressException$ = Y4;
  f.UntagResource$ = eq;
  f.UntagResourceCommand = cy;
  f.UntagResourceInput$ = Sj;
  f.Update$ = Ej;
  f.UpdateContinuousBackups$ = tq;
  f.UpdateContinuousBackupsCommand = uy;
  f.UpdateContinuousBackupsInput$ = bj;
  f.UpdateContinuousBackupsOutput$ = xj;
  f.UpdateContributorInsights$ = rq;
  f.UpdateContributorInsightsCommand = ly;
  f.UpdateContributorInsightsInput$ = wj;
  f.UpdateContributorInsightsOutput$ = vj;
  f.UpdateGlobalSecondaryIndexAction$ = Ij;
  f.UpdateGlobalTable$ = nq;
  f.UpdateGlobalTableCommand = py;
  f.UpdateGlobalTableInput$ = _j;
  f.UpdateGlobalTableOutput$ = Tj;
  f.UpdateGlobalTableSettings$ = sq;
  f.UpdateGlobalTableSettingsCommand = fy;
  f.UpdateGlobalTableSettingsInput$ = Aj;
  f.UpdateGlobalTableSettingsOutput$ = Cj;
  f.UpdateItem$ = oq;
  f.UpdateItemCommand = dy;
  f.UpdateItemInput$ = Rj;
  f.UpdateItemOutput$ = Oj;
  f.UpdateKinesisStreamingConfiguration$ = P_;
  f.UpdateKinesisStreamingDestination$ = iq;
  f.UpdateKinesisStreamingDestinationCommand = my;
  f.UpdateKinesisStreamingDestinationInput$ = Dj;
  f.UpdateKinesisStreamingDestinationOutput$ = Nj;
  f.UpdateReplicationGroupMemberAction$ = Pj;
  f.UpdateTable$ = aq;
  f.UpdateTableCommand = hy;
  f.UpdateTableInput$ = kj;
  f.UpdateTableOutput$ = Mj;
  f.UpdateTableReplicaAutoScaling$ = cq;
  f.UpdateTableReplicaAutoScalingCommand = gy;
  f.UpdateTableReplicaAutoScalingInput$ = $j;
  f.UpdateTableReplicaAutoScalingOutput$ = Lj;
  f.UpdateTimeToLive$ = uq;
  f.UpdateTimeToLiveCommand = yy;
  f.UpdateTimeToLiveInput$ = Uj;
  f.UpdateTimeToLiveOutput$ = Bj;
  f.VectorAttributeDefinition$ = wp;
  f.VectorCapacity$ = k_;
  f.VectorDistanceFunction = Lfe;
  f.VectorIndex$ = Fj;
  f.VectorIndexDescription$ = Gj;
  f.VectorIndexInfo$ = Hj;
  f.VectorIndexUpdate$ = Vj;
  f.WarmThroughput$ = Cc;
  f.WitnessStatus = ude;
  f.WriteRequest$ = jj;
  f.errorTypeRegistries = Q4;
  f.paginateListBulkOperations = fq;
  f.paginateListContributorInsights = dq;
  f.paginateListExports = mq;
  f.paginateListImports = hq;
  f.paginateListTables = gq;
  f.paginateQuery = yq;
  f.paginateScan = Sq;
  f.waitForBulkOperationCompleted = hfe;
  f.waitForContributorInsightsEnabled = gfe;
  f.waitForExportCompleted = yfe;
  f.waitForImportCompleted = Sfe;
  f.waitForKinesisStreamingDestinationActive = Efe;
  f.waitForTableExists = bfe;
  f.waitForTableNotExists = xfe;
  f.waitUntilBulkOperationCompleted = bq;
  f.waitUntilContributorInsightsEnabled = wq;
  f.waitUntilExportCompleted = Iq;
  f.waitUntilImportCompleted = Tq;
  f.waitUntilKinesisStreamingDestinationActive = Cq;
  f.waitUntilTableExists = Oq;
  f.waitUntilTableNotExists = Nq;
});
var Vq = Ee((Nc) => {
  var Dc = class t {
      value;
      constructor(e) {
        typeof e == "object" && "N" in e
          ? (this.value = String(e.N))
          : (this.value = String(e));
        let r = typeof e.valueOf() == "number" ? e.valueOf() : 0;
        if (
          r > Number.MAX_SAFE_INTEGER ||
          r < Number.MIN_SAFE_INTEGER ||
          Math.abs(r) === 1 / 0 ||
          Number.isNaN(r)
        )
          throw new Error(
            `NumberValue should not be initialized with an imprecise number=${r}. Use a string instead.`,
          );
      }
      static from(e) {
        return new t(e);
      }
      toAttributeValue() {
        return { N: this.toString() };
      }
      toBigInt() {
        let e = this.toString();
        return BigInt(e);
      }
      toString() {
        return String(this.value);
      }
      valueOf() {
        return this.toString();
      }
    },
    Ip = (t, e) => {
      if (t === void 0)
        throw new Error(
          "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
        );
      if (t === null && typeof t == "object") return Vy();
      if (Array.isArray(t)) return xde(t, e);
      if (t?.constructor?.name === "Set") return wde(t, e);
      if (t?.constructor?.name === "Map") return vde(t, e);
      if (
        t?.constructor?.name === "Object" ||
        (!t.constructor && typeof t == "object")
      )
        return Pq(t, e);
      if (Hq(t)) return t.length === 0 && e?.convertEmptyValues ? Vy() : Uq(t);
      if (typeof t == "boolean" || t?.constructor?.name === "Boolean")
        return { BOOL: t.valueOf() };
      if (typeof t == "number" || t?.constructor?.name === "Number")
        return Gq(t, e);
      if (t instanceof Dc) return t.toAttributeValue();
      if (typeof t == "bigint") return Fq(t);
      if (typeof t == "string" || t?.constructor?.name === "String")
        return t.length === 0 && e?.convertEmptyValues ? Vy() : Bq(t);
      if (e?.convertClassInstanceToMap && typeof t == "object") return Pq(t, e);
      throw new Error(
        `Unsupported type passed: ${t}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
      );
    },
    xde = (t, e) => ({
      L: t
        .filter(
          (r) =>
            typeof r != "function" &&
            (!e?.removeUndefinedValues ||
              (e?.removeUndefinedValues && r !== void 0)),
        )
        .map((r) => Ip(r, e)),
    }),
    wde = (t, e) => {
      let r = e?.removeUndefinedValues
        ? new Set([...t].filter((s) => s !== void 0))
        : t;
      if (!e?.removeUndefinedValues && r.has(void 0))
        throw new Error(
          "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
        );
      if (r.size === 0) {
        if (e?.convertEmptyValues) return Vy();
        throw new Error(
          "Pass a non-empty set, or options.convertEmptyValues=true.",
        );
      }
      let n = r.values().next().value;
      if (n instanceof Dc)
        return { NS: Array.from(r).map((s) => s.toString()) };
      if (typeof n == "number")
        return {
          NS: Array.from(r)
            .map((s) => Gq(s, e))
            .map((s) => s.N),
        };
      if (typeof n == "bigint")
        return {
          NS: Array.from(r)
            .map(Fq)
            .map((s) => s.N),
        };
      if (typeof n == "string")
        return {
          SS: Array.from(r)
            .map(Bq)
            .map((s) => s.S),
        };
      if (Hq(n))
        return {
          BS: Array.from(r)
            .map(Uq)
            .map((s) => s.B),
        };
      throw new Error(
        "Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.",
      );
    },
    vde = (t, e) => ({
      M: ((r) => {
        let n = {};
        for (let [s, o] of r)
          typeof o != "function" &&
            (o !== void 0 || !e?.removeUndefinedValues) &&
            (n[s] = Ip(o, e));
        return n;
      })(t),
    }),
    Pq = (t, e) => ({
      M: ((r) => {
        let n = {};
        for (let s in r) {
          let o = r[s];
          typeof o != "function" &&
            (o !== void 0 || !e?.removeUndefinedValues) &&
            (n[s] = Ip(o, e));
        }
        return n;
      })(t),
    }),
    Vy = () => ({ NULL: !0 }),
    Uq = (t) => ({ B: t }),
    Bq = (t) => ({ S: t.toString() }),
    Fq = (t) => ({ N: t.toString() }),
    kq = (t) => {
      throw new Error(`${t} Use NumberValue from @aws-sdk/lib-dynamodb.`);
    },
    Gq = (t, e) => {
      if (
        [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
          .map((r) => r.toString())
          .includes(t.toString())
      )
        throw new Error(`Special numeric value ${t.toString()} is not allowed`);
      return (
        e?.allowImpreciseNumbers ||
          (Number(t) > Number.MAX_SAFE_INTEGER
            ? kq(
                `Number ${t.toString()} is greater than Number.MAX_SAFE_INTEGER.`,
              )
            : Number(t) < Number.MIN_SAFE_INTEGER &&
              kq(
                `Number ${t.toString()} is lesser than Number.MIN_SAFE_INTEGER.`,
              )),
        { N: t.toString() }
      );
    },
    Hq = (t) => {
      let e = [
        "ArrayBuffer",
        "Blob",
        "Buffer",
        "DataView",
        "File",
        "Int8Array",
        "Uint8Array",
        "Uint8ClampedArray",
        "Int16Array",
        "Uint16Array",
        "Int32Array",
        "Uint32Array",
        "Float32Array",
        "Float64Array",
        "BigInt64Array",
        "BigUint64Array",
      ];
      return t?.constructor ? e.includes(t.constructor.name) : !1;
    },
    vp = (t, e) => {
      for (let [r, n] of Object.entries(t))
        if (n !== void 0)
          switch (r) {
            case "NULL":
              return null;
            case "BOOL":
              return !!n;
            case "N":
              return Mq(n, e);
            case "B":
              return Lq(n);
            case "S":
              return $q(n);
            case "L":
              return Ide(n, e);
            case "M":
              return _de(n, e);
            case "NS":
              return new Set(n.map((s) => Mq(s, e)));
            case "BS":
              return new Set(n.map(Lq));
            case "SS":
              return new Set(n.map($q));
            default:
              throw new Error(`Unsupported type passed: ${r}`);
          }
      throw new Error(`No value defined: ${JSON.stringify(t)}`);
    },
    Mq = (t, e) => {
      if (typeof e?.wrapNumbers == "function") return e?.wrapNumbers(t);
      if (e?.wrapNumbers) return Dc.from(t);
      let r = Number(t),
        n = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
      if (
        (r > Number.MAX_SAFE_INTEGER || r < Number.MIN_SAFE_INTEGER) &&
        !n.includes(r)
      )
        if (typeof BigInt == "function")
          try {
            return BigInt(t);
          } catch {
            throw new Error(
              `${t} can't be converted to BigInt. Set options.wrapNumbers to get string value.`,
            );
          }
        else
          throw new Error(
            `${t} is outside SAFE_INTEGER bounds. Set options.wrapNumbers to get string value.`,
          );
      return r;
    },
    $q = (t) => t,
    Lq = (t) => t,
    Ide = (t, e) => t.map((r) => vp(r, e)),
    _de = (t, e) =>
      Object.entries(t).reduce((r, [n, s]) => ((r[n] = vp(s, e)), r), {});
  function Tde(t, e) {
    let r = Ip(t, e),
      [n, s] = Object.entries(r)[0];
    switch (n) {
      case "M":
      case "L":
        return e?.convertTopLevelContainer ? r : s;
      default:
        return r;
    }
  }
  var Ade = (t, e) =>
    e?.convertWithoutMapWrapper ? vp(t, e) : vp({ M: t }, e);
  Nc.NumberValueImpl = Dc;
  Nc.convertToAttr = Ip;
  Nc.convertToNative = vp;
  Nc.marshall = Tde;
  Nc.unmarshall = Ade;
});
function xT(t) {
  return t && typeof t == "object" && typeof t.then == "function";
}
function she(t) {
  return (
    t &&
    typeof t == "object" &&
    typeof t[Symbol.iterator] == "function" &&
    "__quansync" in t
  );
}
function wT(t) {
  let e = function* (...n) {
    return (yield i6) ? yield t.async.apply(this, n) : t.sync.apply(this, n);
  };
  function r(...n) {
    let s = e.apply(this, n);
    return (
      (s.then = (...o) => t.async.apply(this, n).then(...o)),
      (s.__quansync = !0),
      s
    );
  }
  return ((r.sync = t.sync), (r.async = t.async), r);
}
function ohe(t) {
  return wT({
    async: () => Promise.resolve(t),
    sync: () => {
      if (xT(t)) throw new sS();
      return t;
    },
  });
}
function bT(t, e) {
  if (t === i6) return e;
  if (she(t)) return e ? u6(t) : c6(t);
  if (!e && xT(t)) throw new sS();
  return t;
}
function c6(t, e = a6) {
  let r = t.next();
  for (; !r.done;)
    try {
      r = t.next(bT(e(r.value, !1)));
    } catch (n) {
      r = t.throw(n);
    }
  return bT(r.value);
}
async function u6(t, e = a6) {
  let r = t.next();
  for (; !r.done;)
    try {
      r = t.next(await bT(e(r.value, !0), !0));
    } catch (n) {
      r = t.throw(n);
    }
  return r.value;
}
function ihe(t, e) {
  return wT({
    name: t.name,
    async(...r) {
      return u6(t.apply(this, r), e?.onYield);
    },
    sync(...r) {
      return c6(t.apply(this, r), e?.onYield);
    },
  });
}
function vT(t, e) {
  return xT(t) ? ohe(t) : typeof t == "function" ? ihe(t, e) : wT(t);
}
var i6,
  sS,
  a6,
  MVe,
  l6 = d(() => {
    ((i6 = Symbol.for("quansync.getIsAsync")),
      (sS = class extends Error {
        constructor(e = "Unexpected promise in sync context") {
          (super(e), (this.name = "QuansyncError"));
        }
      }));
    a6 = (t) => t;
    MVe = vT({ async: () => Promise.resolve(!0), sync: () => !1 });
  });
var p6 = {};
oe(p6, { default: () => ahe });
function ahe() {
  return (t, e) => t.toJsonSchema(e);
}
var f6 = d(() => {});
var d6 = {};
oe(d6, { default: () => che });
async function che() {
  try {
    let { JSONSchema: t } = await import("effect");
    return (e) => t.make(e);
  } catch {
    throw new sn("effect");
  }
}
var m6 = d(() => {
  Bc();
});
var h6 = {};
oe(h6, { default: () => uhe });
async function uhe() {
  try {
    let { toJSONSchema: t } = await import("sury");
    return t;
  } catch {
    throw new sn("sury");
  }
}
var g6 = d(() => {
  Bc();
});
var y6 = {};
oe(y6, { default: () => lhe });
function lhe() {
  return (t) => JSON.parse(JSON.stringify(t.Type()));
}
var S6 = d(() => {});
var E6 = {};
oe(E6, { default: () => phe });
async function phe() {
  try {
    let { toJsonSchema: t } = await import("@valibot/to-json-schema");
    return t;
  } catch {
    throw new sn("@valibot/to-json-schema");
  }
}
var b6 = d(() => {
  Bc();
});
var x6 = {};
oe(x6, { default: () => dhe });
async function dhe() {
  return async (t, e) => {
    let r;
    if ("_zod" in t)
      try {
        r = (await import("zod/v4/core")).toJSONSchema;
      } catch {
        throw fhe;
      }
    else
      try {
        r = (await import("zod-to-json-schema")).zodToJsonSchema;
      } catch {
        throw new sn("zod-to-json-schema");
      }
    return r(t, e);
  };
}
var fhe,
  w6 = d(() => {
    Bc();
    fhe = new sn("zod v4");
  });
var IT,
  oS,
  sn,
  mhe,
  Gi,
  Bc = d(() => {
    l6();
    ((IT = new Map()),
      (oS = class extends Error {
        constructor(e) {
          super(`standard-json: Unsupported schema vendor "${e}".`);
        }
      }),
      (sn = class extends Error {
        constructor(e) {
          super(`standard-json: Missing dependencies "${e}".`);
        }
      }),
      (mhe = async (t) => {
        let e = IT.get(t);
        if (e) return e;
        let r;
        switch (t) {
          case "arktype":
            r = (await Promise.resolve().then(() => (f6(), p6))).default();
            break;
          case "effect":
            r = (await Promise.resolve().then(() => (m6(), d6))).default();
            break;
          case "sury":
            r = (await Promise.resolve().then(() => (g6(), h6))).default();
            break;
          case "typebox":
            r = (await Promise.resolve().then(() => (S6(), y6))).default();
            break;
          case "valibot":
            r = (await Promise.resolve().then(() => (b6(), E6))).default();
            break;
          case "zod":
            r = (await Promise.resolve().then(() => (w6(), x6))).default();
            break;
          default:
            throw new oS(t);
        }
        let n = await r;
        return (IT.set(t, n), n);
      }),
      (Gi = vT({
        sync: (t, e) => {
          let r = t["~standard"].vendor,
            n = IT.get(r);
          if (!n) throw new oS(r);
          return n(t, e);
        },
        async: async (t, e) => (await mhe(t["~standard"].vendor))(t, e),
      })));
  });
var Lp = d(() => {
  Bc();
});
function Us(t, e) {
  let r = JSON.parse(JSON.stringify(t));
  if (
    ("nullable" in r &&
      r.nullable === !0 &&
      (r.type
        ? Array.isArray(r.type)
          ? r.type.includes("null") || r.type.push("null")
          : (r.type = [r.type, "null"])
        : (r.type = ["null"]),
      delete r.nullable),
    r.$schema && delete r.$schema,
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
      if (r[s] && (typeof r[s] == "object" || Array.isArray(r[s])))
        if (
          s === "properties" ||
          s === "definitions" ||
          s === "$defs" ||
          s === "patternProperties"
        )
          for (let o in r[s]) r[s][o] = Us(r[s][o], e);
        else
          s === "allOf" || s === "anyOf" || s === "oneOf"
            ? (r[s] = r[s].map((o) => Us(o, e)))
            : s === "items" && Array.isArray(r[s])
              ? (r[s] = r[s].map((o) => Us(o, e)))
              : (r[s] = Us(r[s], e));
    }),
    (r.$defs || r.definitions) &&
      ((e.components.schemas = {
        ...r.definitions,
        ...r.$defs,
        ...e.components.schemas,
      }),
      delete r.$defs,
      delete r.definitions),
    r.ref || r.$id)
  ) {
    let { ref: s, $id: o, ...i } = r,
      a = s || o;
    return (
      (e.components.schemas = { ...e.components.schemas, [a]: i }),
      { $ref: `#/components/schemas/${a}` }
    );
  } else if (r.$ref) {
    let { $ref: s, ...o } = r,
      i = s.toLowerCase();
    return i.startsWith("http://") ||
      i.startsWith("https://") ||
      s.startsWith("//")
      ? { ...o, $ref: s }
      : { $ref: `#/components/schemas/${s.split("/").pop()}` };
  }
  return r;
}
var iS = d(() => {});
var v6 = {};
oe(v6, { default: () => ghe });
function ghe() {
  return async (t, e) => {
    let r = await Gi(t, {
      errorMode: "ignore",
      overrideAction: ({ valibotAction: n, jsonSchema: s }) => {
        let o = Us(s, e);
        if (n.kind === "metadata" && n.type === "metadata" && !("$ref" in o)) {
          let i = n.metadata;
          if (
            (i.example !== void 0 && (o.example = i.example),
            i.examples && i.examples.length > 0 && (o.examples = i.examples),
            i.ref)
          )
            return (
              (e.components.schemas = { ...e.components.schemas, [i.ref]: o }),
              { $ref: `#/components/schemas/${i.ref}` }
            );
        }
        return o;
      },
      ...e.options,
    });
    return ("$schema" in r && delete r.$schema, r);
  };
}
var I6 = d(() => {
  Lp();
  iS();
});
var _6 = {};
oe(_6, { default: () => _T });
function _T() {
  return async (t, e) => Us(await Gi(t, e.options), e);
}
var TT = d(() => {
  Lp();
  iS();
});
var T6 = {};
oe(T6, { default: () => yhe });
function yhe() {
  return async (t, e) => {
    if ("_zod" in t)
      return _T()(t, {
        components: e.components,
        options: { io: "input", ...e.options },
      });
    try {
      let { createSchema: r } = await import("zod-openapi"),
        { schema: n, components: s } = r(t, {
          schemaType: "input",
          ...e.options,
        });
      return (
        s && (e.components.schemas = { ...e.components.schemas, ...s }),
        n
      );
    } catch {
      throw new Error(C6('Missing dependencies "zod-openapi v4".'));
    }
  };
}
var A6 = d(() => {
  TT();
  AT();
  Lp();
  iS();
});
var C6,
  R6,
  She,
  CT,
  AT = d(() => {
    ((C6 = (t) => `standard-openapi: ${t}`),
      (R6 = new Map()),
      (She = async (t) => {
        let e = R6.get(t);
        if (e) return e;
        let r;
        switch (t) {
          case "valibot":
            r = (await Promise.resolve().then(() => (I6(), v6))).default();
            break;
          case "zod":
            r = (await Promise.resolve().then(() => (A6(), T6))).default();
            break;
          default:
            r = (await Promise.resolve().then(() => (TT(), _6))).default();
        }
        return (R6.set(t, r), r);
      }),
      (CT = async (t, e = {}) => {
        let r = await She(t["~standard"].vendor),
          { components: n = {}, options: s } = e;
        return {
          schema: await r(t, { components: n, options: s }),
          components: Object.keys(n).length > 0 ? n : void 0,
        };
      }));
  });
var pS = (t) => {
    let e = "",
      r = new Uint8Array(t);
    for (let n = 0, s = r.length; n < s; n++) e += String.fromCharCode(r[n]);
    return btoa(e);
  },
  DT = (t) => {
    let e = atob(t),
      r = new Uint8Array(new ArrayBuffer(e.length)),
      n = e.length / 2;
    for (let s = 0, o = e.length - 1; s <= n; s++, o--)
      ((r[s] = e.charCodeAt(s)), (r[o] = e.charCodeAt(o)));
    return r;
  };
function Vi(t) {
  return /[^\x00-\x7F]/.test(t) ? encodeURIComponent(t) : t;
}
var V6 = (t) => t.requestContext;
var fS =
    (t, { isContentTypeBinary: e } = { isContentTypeBinary: void 0 }) =>
    async (r, n) => {
      let s = Q6(r),
        o,
        i;
      try {
        ((o = s.createRequest(r)), (i = V6(r)));
      } catch (c) {
        console.error("Error processing request:", c);
        let u =
          c instanceof TypeError
            ? new Response("Invalid request", { status: 400 })
            : new Response("Internal Server Error", { status: 500 });
        return s.createResult(r, u, { isContentTypeBinary: e });
      }
      let a = await t.fetch(o, {
        event: r,
        requestContext: i,
        lambdaContext: n,
      });
      return s.createResult(r, a, { isContentTypeBinary: e });
    },
  Fp = class {
    getHeaderValue(t, e) {
      return t ? (Array.isArray(t[e]) ? t[e][0] : t[e]) : void 0;
    }
    getDomainName(t) {
      if (t.requestContext && "domainName" in t.requestContext)
        return t.requestContext.domainName;
      let e = this.getHeaderValue(t.headers, "host");
      if (e) return e;
      let r = "multiValueHeaders" in t ? t.multiValueHeaders : {};
      return this.getHeaderValue(r, "host");
    }
    createRequest(t) {
      let e = this.getQueryString(t),
        r = `https://${this.getDomainName(t)}${this.getPath(t)}`,
        n = e ? `${r}?${e}` : r,
        s = this.getHeaders(t),
        o = { headers: s, method: this.getMethod(t) };
      if (t.body) {
        let i = t.isBase64Encoded
          ? DT(t.body)
          : new TextEncoder().encode(t.body);
        ((o.body = i), s.set("content-length", i.length.toString()));
      }
      return new Request(n, o);
    }
    async createResult(t, e, r) {
      let n = e.headers.get("content-type"),
        s = r.isContentTypeBinary ?? NT,
        o = !!(n && s(n));
      if (!o) {
        let a = e.headers.get("content-encoding");
        o = r8(a);
      }
      let i = {
        body: o ? pS(await e.arrayBuffer()) : await e.text(),
        statusCode: e.status,
        isBase64Encoded: o,
        ...("multiValueHeaders" in t && t.multiValueHeaders
          ? { multiValueHeaders: {} }
          : { headers: {} }),
      };
      return (
        this.setCookies(t, e, i),
        i.multiValueHeaders
          ? e.headers.forEach((a, c) => {
              i.multiValueHeaders[c] = [a];
            })
          : e.headers.forEach((a, c) => {
              i.headers[c] = a;
            }),
        i
      );
    }
    setCookies(t, e, r) {
      if (e.headers.has("set-cookie")) {
        let n = e.headers.getSetCookie
          ? e.headers.getSetCookie()
          : Array.from(e.headers.entries())
              .filter(([s]) => s === "set-cookie")
              .map(([, s]) => s);
        Array.isArray(n) &&
          (this.setCookiesToResult(r, n), e.headers.delete("set-cookie"));
      }
    }
  },
  j6 = class extends Fp {
    getPath(t) {
      return t.rawPath;
    }
    getMethod(t) {
      return t.requestContext.http.method;
    }
    getQueryString(t) {
      return t.rawQueryString;
    }
    getCookies(t, e) {
      Array.isArray(t.cookies) && e.set("Cookie", t.cookies.join("; "));
    }
    setCookiesToResult(t, e) {
      t.cookies = e;
    }
    getHeaders(t) {
      let e = new Headers();
      if ((this.getCookies(t, e), t.headers))
        for (let [r, n] of Object.entries(t.headers)) n && e.set(r, Vi(n));
      return e;
    }
  },
  z6 = new j6(),
  q6 = class extends Fp {
    getPath(t) {
      return t.path;
    }
    getMethod(t) {
      return t.httpMethod;
    }
    getQueryString(t) {
      return t.multiValueQueryStringParameters
        ? Object.entries(t.multiValueQueryStringParameters || {})
            .filter(([, e]) => e)
            .map(([e, r]) =>
              r
                .map((n) => `${encodeURIComponent(e)}=${encodeURIComponent(n)}`)
                .join("&"),
            )
            .join("&")
        : Object.entries(t.queryStringParameters || {})
            .filter(([, e]) => e !== void 0)
            .map(
              ([e, r]) =>
                `${encodeURIComponent(e)}=${encodeURIComponent(r || "")}`,
            )
            .join("&");
    }
    getCookies(t, e) {}
    getHeaders(t) {
      let e = new Headers();
      if ((this.getCookies(t, e), t.multiValueHeaders))
        for (let [r, n] of Object.entries(t.multiValueHeaders))
          n && n.forEach((s) => e.append(r, Vi(s)));
      if (t.headers)
        for (let [r, n] of Object.entries(t.headers))
          n && !e.has(r) && e.set(r, Vi(n));
      return e;
    }
    setCookiesToResult(t, e) {
      t.multiValueHeaders = { "set-cookie": e };
    }
  },
  W6 = new q6(),
  K6 = class extends Fp {
    getHeaders(t) {
      let e = new Headers();
      if (t.multiValueHeaders) {
        for (let [r, n] of Object.entries(t.multiValueHeaders))
          if (n && Array.isArray(n)) {
            let s = Vi(n.join("; "));
            e.set(r, s);
          }
      } else
        for (let [r, n] of Object.entries(t.headers ?? {}))
          n && e.set(r, Vi(n));
      return e;
    }
    getPath(t) {
      return t.path;
    }
    getMethod(t) {
      return t.httpMethod;
    }
    getQueryString(t) {
      return t.multiValueQueryStringParameters
        ? Object.entries(t.multiValueQueryStringParameters || {})
            .filter(([, e]) => e)
            .map(([e, r]) => `${e}=${r.join(`&${e}=`)}`)
            .join("&")
        : Object.entries(t.queryStringParameters || {})
            .filter(([, e]) => e !== void 0)
            .map(([e, r]) => `${e}=${r}`)
            .join("&");
    }
    getCookies(t, e) {
      let r;
      (t.multiValueHeaders
        ? (r = t.multiValueHeaders.cookie?.join("; "))
        : (r = t.headers ? t.headers.cookie : void 0),
        r && e.append("Cookie", r));
    }
    setCookiesToResult(t, e) {
      t.multiValueHeaders
        ? (t.multiValueHeaders["set-cookie"] = e)
        : (t.headers["set-cookie"] = e[0]);
    }
  },
  X6 = new K6(),
  J6 = class extends Fp {
    getPath(t) {
      return t.path;
    }
    getMethod(t) {
      return t.method;
    }
    getQueryString() {
      return "";
    }
    getHeaders(t) {
      let e = new Headers();
      if (t.headers)
        for (let [r, n] of Object.entries(t.headers))
          n && n.forEach((s) => e.append(r, Vi(s)));
      return e;
    }
    getCookies() {}
    setCookiesToResult(t, e) {
      t.headers = { ...t.headers, "set-cookie": e };
    }
  },
  Y6 = new J6(),
  Q6 = (t) => (Z6(t) ? X6 : e8(t) ? z6 : t8(t) ? Y6 : W6),
  Z6 = (t) => (t.requestContext ? Object.hasOwn(t.requestContext, "elb") : !1),
  e8 = (t) =>
    Object.hasOwn(t, "rawPath") &&
    Object.hasOwn(t.requestContext ?? {}, "http"),
  t8 = (t) =>
    t.requestContext ? Object.hasOwn(t.requestContext, "serviceArn") : !1,
  NT = (t) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      t,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          t,
        ),
  r8 = (t) => !!t && !/^identity$/i.test(t);
var Gp,
  n8 = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function s8(t) {
  return !t && !Gp
    ? n8
    : {
        lang: t?.lang ?? Gp?.lang,
        message: t?.message,
        abortEarly: t?.abortEarly ?? Gp?.abortEarly,
        abortPipeEarly: t?.abortPipeEarly ?? Gp?.abortPipeEarly,
      };
}
var o8;
function i8(t) {
  return o8?.get(t);
}
var a8;
function c8(t) {
  return a8?.get(t);
}
var u8;
function l8(t, e) {
  return u8?.get(t)?.get(e);
}
function dS(t) {
  let e = typeof t;
  return e === "string"
    ? `"${t}"`
    : e === "number" || e === "bigint" || e === "boolean"
      ? `${t}`
      : e === "object" || e === "function"
        ? ((t && Object.getPrototypeOf(t)?.constructor?.name) ?? "null")
        : e;
}
function yt(t, e, r, n, s) {
  let o = s && "input" in s ? s.input : r.value,
    i = s?.expected ?? t.expects ?? null,
    a = s?.received ?? dS(o),
    c = {
      kind: t.kind,
      type: t.type,
      input: o,
      expected: i,
      received: a,
      message: `Invalid ${e}: ${i ? `Expected ${i} but r` : "R"}eceived ${a}`,
      requirement: t.requirement,
      path: s?.path,
      issues: s?.issues,
      lang: n.lang,
      abortEarly: n.abortEarly,
      abortPipeEarly: n.abortPipeEarly,
    },
    u = t.kind === "schema",
    l =
      s?.message ??
      t.message ??
      l8(t.reference, c.lang) ??
      (u ? c8(c.lang) : null) ??
      n.message ??
      i8(c.lang);
  (l !== void 0 && (c.message = typeof l == "function" ? l(c) : l),
    u && (r.typed = !1),
    r.issues ? r.issues.push(c) : (r.issues = [c]));
}
function p8(t, e) {
  return t === e || (Number.isNaN(t) && Number.isNaN(e));
}
function kT(t, e) {
  let r = [...new Set(t)];
  return r.length > 1 ? `(${r.join(` ${e} `)})` : (r[0] ?? "never");
}
function an(t) {
  return (
    (t["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (e) => t["~run"]({ value: e }, s8()),
    }),
    t
  );
}
var f8 =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  zhe = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function cn(t, e) {
  return {
    kind: "validation",
    type: "check",
    reference: cn,
    async: !1,
    expects: null,
    requirement: t,
    message: e,
    "~run"(r, n) {
      return (
        r.typed && !this.requirement(r.value) && yt(this, "input", r, n),
        r
      );
    },
  };
}
function mS(t) {
  return {
    kind: "validation",
    type: "email",
    reference: mS,
    expects: null,
    async: !1,
    requirement: f8,
    message: t,
    "~run"(e, r) {
      return (
        e.typed && !this.requirement.test(e.value) && yt(this, "email", e, r),
        e
      );
    },
  };
}
function Ir(t, e) {
  return {
    kind: "validation",
    type: "max_length",
    reference: Ir,
    async: !1,
    expects: `<=${t}`,
    requirement: t,
    message: e,
    "~run"(r, n) {
      return (
        r.typed &&
          r.value.length > this.requirement &&
          yt(this, "length", r, n, { received: `${r.value.length}` }),
        r
      );
    },
  };
}
function ji(t) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: ji,
    async: !1,
    expects: "!0",
    message: t,
    "~run"(e, r) {
      return (
        e.typed &&
          e.value.length === 0 &&
          yt(this, "length", e, r, { received: "0" }),
        e
      );
    },
  };
}
function Hp(t, e) {
  return {
    kind: "validation",
    type: "regex",
    reference: Hp,
    async: !1,
    expects: `${t}`,
    requirement: t,
    message: e,
    "~run"(r, n) {
      return (
        r.typed && !this.requirement.test(r.value) && yt(this, "format", r, n),
        r
      );
    },
  };
}
function hS() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: hS,
    async: !1,
    "~run"(t) {
      return ((t.value = t.value.toLowerCase()), t);
    },
  };
}
function zi(t) {
  return {
    kind: "transformation",
    type: "transform",
    reference: zi,
    async: !1,
    operation: t,
    "~run"(e) {
      return ((e.value = this.operation(e.value)), e);
    },
  };
}
function ps() {
  return {
    kind: "transformation",
    type: "trim",
    reference: ps,
    async: !1,
    "~run"(t) {
      return ((t.value = t.value.trim()), t);
    },
  };
}
var d8 = { abortEarly: !0 };
function m8(t, e, r) {
  return typeof t.fallback == "function" ? t.fallback(e, r) : t.fallback;
}
function Vp(t, e) {
  return {
    ...t,
    "~run"(r, n) {
      let s = r.issues && [...r.issues];
      if (((r = t["~run"](r, n)), r.issues)) {
        for (let o of r.issues)
          if (!s?.includes(o)) {
            let i = r.value;
            for (let a of e) {
              let c = i[a],
                u = {
                  type: "unknown",
                  origin: "value",
                  input: i,
                  key: a,
                  value: c,
                };
              if ((o.path ? o.path.push(u) : (o.path = [u]), !c)) break;
              i = c;
            }
          }
      }
      return r;
    },
  };
}
function MT(t, e, r) {
  return typeof t.default == "function" ? t.default(e, r) : t.default;
}
function $T(t, e) {
  return !t["~run"]({ value: e }, d8).issues;
}
function gS(t, e) {
  return an({
    kind: "schema",
    type: "array",
    reference: gS,
    expects: "Array",
    async: !1,
    item: t,
    message: e,
    "~run"(r, n) {
      let s = r.value;
      if (Array.isArray(s)) {
        ((r.typed = !0), (r.value = []));
        for (let o = 0; o < s.length; o++) {
          let i = s[o],
            a = this.item["~run"]({ value: i }, n);
          if (a.issues) {
            let c = {
              type: "array",
              origin: "value",
              input: s,
              key: o,
              value: i,
            };
            for (let u of a.issues)
              (u.path ? u.path.unshift(c) : (u.path = [c]), r.issues?.push(u));
            if ((r.issues || (r.issues = a.issues), n.abortEarly)) {
              r.typed = !1;
              break;
            }
          }
          (a.typed || (r.typed = !1), r.value.push(a.value));
        }
      } else yt(this, "type", r, n);
      return r;
    },
  });
}
function yS(t) {
  return an({
    kind: "schema",
    type: "boolean",
    reference: yS,
    expects: "boolean",
    async: !1,
    message: t,
    "~run"(e, r) {
      return (
        typeof e.value == "boolean" ? (e.typed = !0) : yt(this, "type", e, r),
        e
      );
    },
  });
}
function un(t, e) {
  return an({
    kind: "schema",
    type: "literal",
    reference: un,
    expects: dS(t),
    async: !1,
    literal: t,
    message: e,
    "~run"(r, n) {
      return (
        p8(r.value, this.literal) ? (r.typed = !0) : yt(this, "type", r, n),
        r
      );
    },
  });
}
function SS(t) {
  return an({
    kind: "schema",
    type: "number",
    reference: SS,
    expects: "number",
    async: !1,
    message: t,
    "~run"(e, r) {
      return (
        typeof e.value == "number" && !isNaN(e.value)
          ? (e.typed = !0)
          : yt(this, "type", e, r),
        e
      );
    },
  });
}
function Te(t, e) {
  return an({
    kind: "schema",
    type: "object",
    reference: Te,
    expects: "Object",
    async: !1,
    entries: t,
    message: e,
    "~run"(r, n) {
      let s = r.value;
      if (s && typeof s == "object") {
        ((r.typed = !0), (r.value = {}));
        for (let o in this.entries) {
          let i = this.entries[o];
          if (
            o in s ||
            ((i.type === "exact_optional" ||
              i.type === "optional" ||
              i.type === "nullish") &&
              i.default !== void 0)
          ) {
            let a = o in s ? s[o] : MT(i),
              c = i["~run"]({ value: a }, n);
            if (c.issues) {
              let u = {
                type: "object",
                origin: "value",
                input: s,
                key: o,
                value: a,
              };
              for (let l of c.issues)
                (l.path ? l.path.unshift(u) : (l.path = [u]),
                  r.issues?.push(l));
              if ((r.issues || (r.issues = c.issues), n.abortEarly)) {
                r.typed = !1;
                break;
              }
            }
            (c.typed || (r.typed = !1), (r.value[o] = c.value));
          } else if (i.fallback !== void 0) r.value[o] = m8(i);
          else if (
            i.type !== "exact_optional" &&
            i.type !== "optional" &&
            i.type !== "nullish" &&
            (yt(this, "key", r, n, {
              input: void 0,
              expected: `"${o}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input: s,
                  key: o,
                  value: s[o],
                },
              ],
            }),
            n.abortEarly)
          )
            break;
        }
      } else yt(this, "type", r, n);
      return r;
    },
  });
}
function ln(t, e) {
  return an({
    kind: "schema",
    type: "optional",
    reference: ln,
    expects: `(${t.expects} | undefined)`,
    async: !1,
    wrapped: t,
    default: e,
    "~run"(r, n) {
      return r.value === void 0 &&
        (this.default !== void 0 && (r.value = MT(this, r, n)),
        r.value === void 0)
        ? ((r.typed = !0), r)
        : this.wrapped["~run"](r, n);
    },
  });
}
function qi(t, e) {
  return an({
    kind: "schema",
    type: "picklist",
    reference: qi,
    expects: kT(t.map(dS), "|"),
    async: !1,
    options: t,
    message: e,
    "~run"(r, n) {
      return (
        this.options.includes(r.value)
          ? (r.typed = !0)
          : yt(this, "type", r, n),
        r
      );
    },
  });
}
function Q(t) {
  return an({
    kind: "schema",
    type: "string",
    reference: Q,
    expects: "string",
    async: !1,
    message: t,
    "~run"(e, r) {
      return (
        typeof e.value == "string" ? (e.typed = !0) : yt(this, "type", e, r),
        e
      );
    },
  });
}
function PT(t) {
  let e;
  if (t)
    for (let r of t)
      if (e) for (let n of r.issues) e.push(n);
      else e = r.issues;
  return e;
}
function jp(t, e) {
  return an({
    kind: "schema",
    type: "union",
    reference: jp,
    expects: kT(
      t.map((r) => r.expects),
      "|",
    ),
    async: !1,
    options: t,
    message: e,
    "~run"(r, n) {
      let s, o, i;
      for (let a of this.options) {
        let c = a["~run"]({ value: r.value }, n);
        if (c.typed)
          if (c.issues) o ? o.push(c) : (o = [c]);
          else {
            s = c;
            break;
          }
        else i ? i.push(c) : (i = [c]);
      }
      if (s) return s;
      if (o) {
        if (o.length === 1) return o[0];
        (yt(this, "type", r, n, { issues: PT(o) }), (r.typed = !0));
      } else {
        if (i?.length === 1) return i[0];
        yt(this, "type", r, n, { issues: PT(i) });
      }
      return r;
    },
  });
}
function Vt(...t) {
  return an({
    ...t[0],
    pipe: t,
    "~run"(e, r) {
      for (let n of t)
        if (n.kind !== "metadata") {
          if (
            e.issues &&
            (n.kind === "schema" || n.kind === "transformation")
          ) {
            e.typed = !1;
            break;
          }
          (!e.issues || (!r.abortEarly && !r.abortPipeEarly)) &&
            (e = n["~run"](e, r));
        }
      return e;
    },
  });
}
var wS = (t) => {
    let e = t.split("/");
    return (e[0] === "" && e.shift(), e);
  },
  Fc = (t) => {
    let { groups: e, path: r } = h8(t),
      n = wS(r);
    return g8(n, e);
  },
  h8 = (t) => {
    let e = [];
    return (
      (t = t.replace(/\{[^}]+\}/g, (r, n) => {
        let s = `@${n}`;
        return (e.push([s, r]), s);
      })),
      { groups: e, path: t }
    );
  },
  g8 = (t, e) => {
    for (let r = e.length - 1; r >= 0; r--) {
      let [n] = e[r];
      for (let s = t.length - 1; s >= 0; s--)
        if (t[s].includes(n)) {
          t[s] = t[s].replace(n, e[r][1]);
          break;
        }
    }
    return t;
  },
  zp = {},
  Gc = (t, e) => {
    if (t === "*") return "*";
    let r = t.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (r) {
      let n = `${t}#${e}`;
      return (
        zp[n] ||
          (r[2]
            ? (zp[n] =
                e && e[0] !== ":" && e[0] !== "*"
                  ? [n, r[1], new RegExp(`^${r[2]}(?=/${e})`)]
                  : [t, r[1], new RegExp(`^${r[2]}$`)])
            : (zp[n] = [t, r[1], !0])),
        zp[n]
      );
    }
    return null;
  },
  qp = (t, e) => {
    try {
      return e(t);
    } catch {
      return t.replace(/(?:%[0-9A-Fa-f]{2})+/g, (r) => {
        try {
          return e(r);
        } catch {
          return r;
        }
      });
    }
  };
var bS = (t) => decodeURI(t.includes("%25") ? t.replace(/%25/g, "%2525") : t),
  vS = (t) => {
    let e = t.url,
      r = e.indexOf("/", e.indexOf(":") + 4),
      n = r;
    for (; n < e.length; n++) {
      let s = e.charCodeAt(n);
      if (s === 37) {
        let o = e.indexOf("?", n),
          i = e.indexOf("#", n),
          a =
            o === -1 ? (i === -1 ? void 0 : i) : i === -1 ? o : Math.min(o, i),
          c = e.slice(r, a),
          u = qp(c, bS);
        if (/%(?![0-9A-Fa-f]{2})/.test(c)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = u.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            qp(l.pathname, bS) !== u)
          )
            return qp(c.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), bS);
        }
        return u;
      } else if (s === 63 || s === 35) break;
    }
    return e.slice(r, n);
  };
var LT = (t) => {
    let e = vS(t);
    return e.length > 1 && e.at(-1) === "/" ? e.slice(0, -1) : e;
  },
  zo = (t, e, ...r) => (
    r.length && (e = zo(e, ...r)),
    `${t?.[0] === "/" ? "" : "/"}${t}${e === "/" ? "" : `${t?.at(-1) === "/" ? "" : "/"}${e?.[0] === "/" ? e.slice(1) : e}`}`
  ),
  Wp = (t) => {
    if (t.charCodeAt(t.length - 1) !== 63 || !t.includes(":")) return null;
    let e = t.split("/"),
      r = [],
      n = "";
    return (
      e.forEach((s) => {
        if (s !== "" && !/\:/.test(s)) n += "/" + s;
        else if (/\:/.test(s))
          if (s.charCodeAt(s.length - 1) === 63) {
            r.length === 0 && n === "" ? r.push("/") : r.push(n);
            let o = s.slice(0, -1);
            ((n += "/" + o), r.push(n));
          } else n += "/" + s;
      }),
      r.filter((s, o, i) => i.indexOf(s) === o)
    );
  },
  Wi = (t) => (t.indexOf("%") !== -1 ? qp(t, y8) : t),
  xS = (t) => (t.indexOf("+") !== -1 && (t = t.replace(/\+/g, " ")), Wi(t)),
  UT = (t, e, r) => {
    let n = t.indexOf("#", 8);
    n !== -1 && (t = t.slice(0, n));
    let s;
    if (!r && e && !/[%+&=]/.test(e)) {
      let a = t.indexOf("?", 8),
        c = a;
      if (c === -1) return;
      for (
        t.startsWith(e, c + 1) || (c = t.indexOf(`&${e}`, c + 1));
        c !== -1;
      ) {
        let u = t.charCodeAt(c + e.length + 1);
        if (u === 61 || u === 38 || isNaN(u)) {
          if (c > a && /(?:^|&)[^=&]*[%+]/.test(t.slice(a + 1, c))) break;
          if (u === 61) {
            let l = c + e.length + 2,
              p = t.indexOf("&", l);
            return xS(t.slice(l, p === -1 ? void 0 : p));
          }
          return "";
        }
        c = t.indexOf(`&${e}`, c + 1);
      }
      if (((s = /[%+]/.test(t)), !s)) return;
    }
    let o = Object.create(null);
    s ??= /[%+]/.test(t);
    let i = t.indexOf("?", 8);
    for (; i !== -1;) {
      let a = t.indexOf("&", i + 1),
        c = t.indexOf("=", i);
      c > a && a !== -1 && (c = -1);
      let u = t.slice(i + 1, c === -1 ? (a === -1 ? void 0 : a) : c);
      if ((s && (u = xS(u)), (i = a), u === "")) continue;
      let l;
      (c === -1
        ? (l = "")
        : ((l = t.slice(c + 1, a === -1 ? void 0 : a)), s && (l = xS(l))),
        r
          ? ((o[u] && Array.isArray(o[u])) || (o[u] = []), o[u].push(l))
          : (o[u] ??= l));
    }
    return e ? o[e] : o;
  },
  BT = UT,
  FT = (t, e) => UT(t, e, !0),
  y8 = decodeURIComponent;
var S8 = /^[\w!#$%&'*.^`|~+-]+$/,
  E8 = /^[!#-:<>-[\]-~]+$/,
  b8 = /^[ !#-:<-[\]-~]*$/,
  GT = (t) => {
    let e = 0,
      r = t.length;
    for (; e < r;) {
      let n = t.charCodeAt(e);
      if (n !== 32 && n !== 9) break;
      e++;
    }
    for (; r > e;) {
      let n = t.charCodeAt(r - 1);
      if (n !== 32 && n !== 9) break;
      r--;
    }
    return e === 0 && r === t.length ? t : t.slice(e, r);
  },
  IS = (t, e) => {
    if (e && t.indexOf(e) === -1) return {};
    let r = t.split(";"),
      n = Object.create(null);
    for (let s of r) {
      let o = s.indexOf("=");
      if (o === -1) continue;
      let i = GT(s.substring(0, o));
      if ((e && e !== i) || !E8.test(i) || i in n) continue;
      let a = GT(s.substring(o + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        b8.test(a) && ((n[i] = Wi(a)), e))
      )
        break;
    }
    return n;
  };
var x8 = (t, e, r = {}) => {
    if (!S8.test(t)) throw new Error("Invalid cookie name");
    let n = `${t}=${e}`;
    if (/^__secure-/i.test(t) && !r.secure)
      throw new Error("__Secure- Cookie must have Secure attributes");
    if (/^__host-/i.test(t)) {
      if (!r.secure)
        throw new Error("__Host- Cookie must have Secure attributes");
      if (r.path !== "/")
        throw new Error('__Host- Cookie must have Path attributes with "/"');
      if (r.domain)
        throw new Error("__Host- Cookie must not have Domain attributes");
    }
    for (let s of ["domain", "path", "sameSite", "priority"])
      if (r[s] && /[;\r\n]/.test(r[s]))
        throw new Error(`${s} must not contain ";", "\\r", or "\\n"`);
    if (r && typeof r.maxAge == "number" && r.maxAge >= 0) {
      if (r.maxAge > 3456e4)
        throw new Error(
          "Cookies Max-Age SHOULD NOT be greater than 400 days (34560000 seconds) in duration.",
        );
      n += `; Max-Age=${r.maxAge | 0}`;
    }
    if (
      (r.domain && r.prefix !== "host" && (n += `; Domain=${r.domain}`),
      r.path && (n += `; Path=${r.path}`),
      r.expires)
    ) {
      if (r.expires.getTime() - Date.now() > 3456e7)
        throw new Error(
          "Cookies Expires SHOULD NOT be greater than 400 days (34560000 seconds) in the future.",
        );
      n += `; Expires=${r.expires.toUTCString()}`;
    }
    if (
      (r.httpOnly && (n += "; HttpOnly"),
      r.secure && (n += "; Secure"),
      r.sameSite &&
        (n += `; SameSite=${r.sameSite.charAt(0).toUpperCase() + r.sameSite.slice(1)}`),
      r.priority &&
        (n += `; Priority=${r.priority.charAt(0).toUpperCase() + r.priority.slice(1)}`),
      r.partitioned)
    ) {
      if (!r.secure)
        throw new Error("Partitioned Cookie must have Secure attributes");
      n += "; Partitioned";
    }
    return n;
  },
  Kp = (t, e, r) => ((e = encodeURIComponent(e)), x8(t, e, r));
var Hc = (t, e, r) => {
  let n = t.req.raw.headers.get("Cookie");
  if (typeof e == "string") {
    if (!n) return;
    let s = e;
    return (
      r === "secure"
        ? (s = "__Secure-" + e)
        : r === "host" && (s = "__Host-" + e),
      IS(n, s)[s]
    );
  }
  return n ? IS(n) : {};
};
var w8 = (t, e, r) => {
    let n;
    return (
      r?.prefix === "secure"
        ? (n = Kp("__Secure-" + t, e, { path: "/", ...r, secure: !0 }))
        : r?.prefix === "host"
          ? (n = Kp("__Host-" + t, e, {
              ...r,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (n = Kp(t, e, { path: "/", ...r })),
      n
    );
  },
  _S = (t, e, r, n) => {
    let s = w8(e, r, n);
    t.header("Set-Cookie", s, { append: !0 });
  };
var HT = (t, e, r) => {
  let n = Hc(t, e, r?.prefix);
  return (_S(t, e, "", { ...r, maxAge: 0 }), n);
};
var Ht = {};
oe(Ht, {
  Auth: () => Ht,
  SESSION_DAYS: () => Yy,
  acceptInvite: () => Ame,
  confirmPasswordReset: () => Ime,
  invite: () => _me,
  inviteInfo: () => Tme,
  login: () => Sme,
  logout: () => xme,
  me: () => wme,
  requestPasswordReset: () => vme,
  session: () => bme,
  signup: () => gme,
  verifyEmail: () => yme,
});
var Jy = Se(Oc(), 1);
var ss = Se(Oc(), 1),
  jy = Se(Vq(), 1);
import { AsyncLocalStorage as Cde } from "node:async_hooks";
var jq = new Cde();
function zq() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function qq(t, e) {
  return jq.run(t, e);
}
function Wq() {
  return jq.getStore();
}
function Ne() {
  return process.env.TABLE_NAME ?? "golmok";
}
var Kq = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  Rde = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  _p;
function Ze() {
  if (_p) return _p;
  let t = process.env.DYNAMO_ENDPOINT;
  return (
    (_p = new ss.DynamoDBClient({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    _p.middlewareStack.add(
      (e, r) => async (n) => {
        let s = r.commandName ?? "",
          o = Kq.has(s) || Rde.has(s),
          i = n.input;
        o && !i.ReturnConsumedCapacity && (i.ReturnConsumedCapacity = "TOTAL");
        let a = await e(n),
          c = Wq();
        if (c && o) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((p, h) => p + (h.CapacityUnits ?? 0), 0);
          (c.dbCalls++, Kq.has(s) ? (c.readUnits += l) : (c.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    _p
  );
}
function G_(t) {
  return (
    t instanceof ss.ConditionalCheckFailedException ||
    t?.name === "ConditionalCheckFailedException"
  );
}
function Ode(t) {
  return !(t instanceof ss.TransactionCanceledException) &&
    t?.name !== "TransactionCanceledException"
    ? []
    : (t.CancellationReasons ?? []).flatMap((r, n) =>
        r.Code === "ConditionalCheckFailed" ? [n] : [],
      );
}
function ie(t) {
  return (0, jy.marshall)(t, {
    removeUndefinedValues: !0,
    convertClassInstanceToMap: !1,
  });
}
function Lo(t) {
  return t ? (0, jy.unmarshall)(t) : void 0;
}
async function Li(t, e = !1) {
  let r = await Ze().send(
    new ss.GetItemCommand({ TableName: Ne(), Key: ie(t), ConsistentRead: e }),
  );
  return Lo(r.Item);
}
function Uo(t, e, r) {
  return {
    Put: {
      TableName: Ne(),
      Item: ie(t),
      ...(e ? { ConditionExpression: e } : {}),
      ...(r ? { ExpressionAttributeValues: ie(r) } : {}),
    },
  };
}
async function Ui(t, e) {
  try {
    await Ze().send(new ss.TransactWriteItemsCommand({ TransactItems: t }));
  } catch (r) {
    let n = Ode(r);
    for (let s of n) {
      let o = e?.(s);
      if (o) throw o;
    }
    throw r;
  }
}
import { createHash as Nde } from "node:crypto";
import { AsyncLocalStorage as Dde } from "node:async_hooks";
var Xq = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  Pe = class extends Error {
    constructor(r, n, s, o = {}) {
      super(s);
      this.kind = r;
      this.code = n;
      this.extra = o;
      this.name = "VisibleError";
    }
    kind;
    code;
    extra;
  };
var Jq = new Dde();
function rr(t, e) {
  return Jq.run(t, e);
}
function Yq() {
  return Jq.getStore() ?? { type: "public" };
}
function Bo() {
  let t = Yq();
  if (t.type === "user" || (t.type === "system" && t.tenantId))
    return t.tenantId;
  throw new Pe(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function H_() {
  let t = Yq();
  if (t.type !== "user")
    throw new Pe(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return t;
}
var V_ = (t) => Nde("sha256").update(t).digest("base64url"),
  Tp = () => `T#${Bo()}`,
  se = {
    tenant: () => ({ pk: Tp(), sk: "TENANT" }),
    user: (t) => ({ pk: Tp(), sk: `USER#${t}` }),
    usersPrefix: () => ({ pk: Tp(), skPrefix: "USER#" }),
    usage: (t) => ({ pk: Tp(), sk: `USAGE#${t}` }),
    mail: (t) => ({ pk: Tp(), sk: `MAIL#${t}` }),
    email: (t) => ({ pk: `EMAIL#${t.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (t) => ({ pk: `BIZNO#${t}`, sk: "BIZNO" }),
    session: (t) => ({ pk: `SESSION#${V_(t)}`, sk: "SESSION" }),
    token: (t) => ({ pk: `TOKEN#${V_(t)}`, sk: "TOKEN" }),
    rateLimit: (t, e, r) => ({ pk: `RL#${t}#${V_(e)}`, sk: String(r) }),
    outboxShard: (t) => `OUTBOX#${t}`,
  };
import { randomBytes as Fde } from "node:crypto";
import zy from "node:crypto";
var Ap = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  Cp = 32;
var Pde = 16,
  j_ = 10,
  Qq = 0xffffffffffff;
var Ms;
(function (t) {
  ((t.Base32IncorrectEncoding = "B32_ENC_INVALID"),
    (t.DecodeTimeInvalidCharacter = "DEC_TIME_CHAR"),
    (t.DecodeTimeValueMalformed = "DEC_TIME_MALFORMED"),
    (t.EncodeTimeNegative = "ENC_TIME_NEG"),
    (t.EncodeTimeSizeExceeded = "ENC_TIME_SIZE_EXCEED"),
    (t.EncodeTimeValueMalformed = "ENC_TIME_MALFORMED"),
    (t.PRNGDetectFailure = "PRNG_DETECT"),
    (t.ULIDInvalid = "ULID_INVALID"),
    (t.Unexpected = "UNEXPECTED"),
    (t.UUIDInvalid = "UUID_INVALID"));
})(Ms || (Ms = {}));
var $s = class extends Error {
  constructor(e, r) {
    (super(`${r} (${e})`), (this.name = "ULIDError"), (this.code = e));
  }
};
function kde(t) {
  let e = Math.floor(t() * Cp) % Cp;
  return Ap.charAt(e);
}
function Zq(t, e, r) {
  return e > t.length - 1 ? t : t.substr(0, e) + r + t.substr(e + 1);
}
function Mde(t) {
  let e,
    r = t.length,
    n,
    s,
    o = t,
    i = Cp - 1;
  for (; !e && r-- >= 0;) {
    if (((n = o[r]), (s = Ap.indexOf(n)), s === -1))
      throw new $s(Ms.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === i) {
      o = Zq(o, r, Ap[0]);
      continue;
    }
    e = Zq(o, r, Ap[s + 1]);
  }
  if (typeof e == "string") return e;
  throw new $s(Ms.Base32IncorrectEncoding, "Failed incrementing string");
}
function $de(t) {
  let e = Lde(),
    r = (e && (e.crypto || e.msCrypto)) || (typeof zy < "u" ? zy : null);
  if (typeof r?.getRandomValues == "function")
    return () => {
      let n = new Uint8Array(1);
      return (r.getRandomValues(n), n[0] / 256);
    };
  if (typeof r?.randomBytes == "function")
    return () => r.randomBytes(1).readUInt8() / 256;
  if (zy?.randomBytes) return () => zy.randomBytes(1).readUInt8() / 256;
  throw new $s(Ms.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Lde() {
  return Bde()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Ude(t, e) {
  let r = "";
  for (; t > 0; t--) r = kde(e) + r;
  return r;
}
function eW(t, e = j_) {
  if (isNaN(t))
    throw new $s(Ms.EncodeTimeValueMalformed, `Time must be a number: ${t}`);
  if (t > Qq)
    throw new $s(
      Ms.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${Qq}: ${t}`,
    );
  if (t < 0) throw new $s(Ms.EncodeTimeNegative, `Time must be positive: ${t}`);
  if (Number.isInteger(t) === !1)
    throw new $s(Ms.EncodeTimeValueMalformed, `Time must be an integer: ${t}`);
  let r,
    n = "";
  for (let s = e; s > 0; s--)
    ((r = t % Cp), (n = Ap.charAt(r) + n), (t = (t - r) / Cp));
  return n;
}
function Bde() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function tW(t) {
  let e = t || $de(),
    r = 0,
    n;
  return function (o) {
    let i = !o || isNaN(o) ? Date.now() : o;
    if (i <= r) {
      let c = (n = Mde(n));
      return eW(r, j_) + c;
    }
    r = i;
    let a = (n = Ude(Pde, e));
    return eW(i, j_) + a;
  };
}
var Gde = tW();
function Fo(t) {
  return `${t}_${Gde().toLowerCase()}`;
}
function Pc() {
  return Fde(32).toString("base64url");
}
var cs = {};
oe(cs, {
  Mail: () => cs,
  deliver: () => mW,
  drain: () => ome,
  due: () => hW,
  enqueue: () => fW,
  events: () => pW,
  notify: () => dW,
  recordEvent: () => ime,
  resetSesClient: () => sme,
  send: () => rme,
});
var as = Se(Oc(), 1);
import { EventEmitter as Zde } from "node:events";
var is = {};
oe(is, {
  Metering: () => is,
  assertWithinQuota: () => Yde,
  billableUpdate: () => Xde,
  clearCache: () => Qde,
  current: () => aW,
  flush: () => qy,
  flushIfDue: () => qde,
  record: () => zde,
});
var Op = Se(Oc(), 1);
var Ls = {};
oe(Ls, {
  METRIC_LABEL: () => Hde,
  PLAN_TABLE: () => z_,
  Plan: () => Ls,
  exceeded: () => jde,
  get: () => Vde,
});
var Hde = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
  },
  z_ = [
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
function Vde(t, e) {
  return ([...z_].reverse().find((n) => n.from <= e) ?? z_[0]).plans[t];
}
function jde(t, e, r) {
  for (let n of Object.keys(t.quotas)) {
    let s = t.quotas[n];
    if (s !== null && (e[n] ?? 0) + (r[n] ?? 0) > s) return n;
  }
  return null;
}
function Ve() {
  return Date.now();
}
function Bi(t = Ve()) {
  return new Date(t + 324e5).toISOString().slice(0, 7);
}
function q_(t) {
  let [e, r] = t.split("-").map(Number);
  return new Date(Date.UTC(e, r, 1) - 324e5).toISOString();
}
var os = (t = Ve()) => Math.floor(t / 1e3);
function rW(t) {
  let e = new Date(Date.parse(t) + 324e5);
  return `${e.getUTCMonth() + 1}\uC6D4 ${e.getUTCDate()}\uC77C 0\uC2DC`;
}
var sW = Number(process.env.METER_FLUSH_EVERY ?? 200),
  oW = Number(process.env.METER_FLUSH_MS ?? 1e4),
  Go = new Map(),
  kc = 0,
  iW = 0,
  Mc,
  Rp;
function zde(t, e, r, n = Ve()) {
  let s = Bi(n),
    o = `${t}|${s}`,
    i = Go.get(o);
  (i ||
    ((i = {
      tenantId: t,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    Go.set(o, i)),
    i.requests++,
    (i.dbReadUnits += r.readUnits),
    (i.dbWriteUnits += r.writeUnits),
    (i.modules[e] = (i.modules[e] ?? 0) + 1),
    kc === 0 && (iW = n),
    kc++,
    kc >= sW
      ? qy()
      : Mc ||
        ((Mc = setTimeout(() => {
          qy();
        }, oW)),
        Mc.unref()));
}
async function qde(t = Ve()) {
  (kc >= sW || (kc > 0 && t - iW >= oW)) && (await qy());
}
async function qy() {
  (Rp && (await Rp), Mc && clearTimeout(Mc), (Mc = void 0));
  let t = [...Go.values()];
  if ((Go.clear(), (kc = 0), t.length !== 0)) {
    Rp = (async () => {
      let e = [];
      await Promise.all(
        t.map(async (r) => {
          try {
            await rr({ type: "system", tenantId: r.tenantId }, () => Wde(r));
          } catch (n) {
            (e.push(r),
              console.error(
                JSON.stringify({
                  level: "error",
                  msg: "usage flush failed",
                  error: String(n),
                }),
              ));
          }
        }),
      );
      for (let r of e) {
        let n = `${r.tenantId}|${r.month}`,
          s = Go.get(n);
        if (!s) Go.set(n, r);
        else {
          ((s.requests += r.requests),
            (s.dbReadUnits += r.dbReadUnits),
            (s.dbWriteUnits += r.dbWriteUnits));
          for (let [o, i] of Object.entries(r.modules))
            s.modules[o] = (s.modules[o] ?? 0) + i;
        }
      }
    })();
    try {
      await Rp;
    } finally {
      Rp = void 0;
    }
  }
}
async function Wde(t) {
  let e = { "#mod": "byModule" },
    r = { ":r": t.requests, ":ru": t.dbReadUnits, ":wu": t.dbWriteUnits },
    n = Object.entries(t.modules).map(
      ([s, o], i) => (
        (e[`#m${i}`] = s),
        (r[`:m${i}`] = o),
        `#mod.#m${i} :m${i}`
      ),
    );
  (await Kde(t.month),
    await Ze().send(
      new Op.UpdateItemCommand({
        TableName: Ne(),
        Key: ie(se.usage(t.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${n.length ? ", " + n.join(", ") : ""}`,
        ExpressionAttributeNames: e,
        ExpressionAttributeValues: ie(r),
      }),
    ));
}
var nW = new Set();
async function Kde(t) {
  let e = se.usage(t),
    r = `${e.pk}|${e.sk}`;
  nW.has(r) ||
    (await Ze()
      .send(
        new Op.UpdateItemCommand({
          TableName: Ne(),
          Key: ie(e),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: ie({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    nW.add(r));
}
function Xde(t, e = 1, r = Bi()) {
  return {
    Update: {
      TableName: Ne(),
      Key: ie(se.usage(r)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": t },
      ExpressionAttributeValues: ie({ ":n": e }),
    },
  };
}
async function aW(t = Bi()) {
  let e = await Ze().send(
      new Op.GetItemCommand({
        TableName: Ne(),
        Key: ie(se.usage(t)),
        ConsistentRead: !0,
      }),
    ),
    r = Lo(e.Item) ?? {},
    n = Go.get(`${Bo()}|${t}`);
  return {
    requests: (r.requests ?? 0) + (n?.requests ?? 0),
    dbReadUnits: (r.dbReadUnits ?? 0) + (n?.dbReadUnits ?? 0),
    dbWriteUnits: (r.dbWriteUnits ?? 0) + (n?.dbWriteUnits ?? 0),
    emails: r.emails ?? 0,
    byModule: r.byModule ?? {},
  };
}
var Jde = 3e4,
  W_ = new Map();
async function Yde(t, e) {
  let r = Bi(),
    s = `${Bo()}|${r}`,
    o = W_.get(s),
    i = Object.keys(e).some((p) => p === "emails");
  (!o || Ve() - o.at > Jde || i) &&
    ((o = { at: Ve(), usage: await aW(r) }), W_.set(s, o));
  let a = Go.get(s),
    c = {
      ...o.usage,
      requests: Math.max(o.usage.requests ?? 0, a?.requests ?? 0),
    },
    u = Ls.get(t, r),
    l = Ls.exceeded(u, c, e);
  if (l) {
    let { label: p } = Ls.METRIC_LABEL[l];
    throw new Pe(
      "quota_exceeded",
      "quota_exceeded",
      `${u.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${p} \uD55C\uB3C4(${u.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${rW(q_(r))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(q_(r)) - Ve()) / 1e3) },
    );
  }
}
function Qde() {
  W_.clear();
}
var lW = 4,
  cW = 6e4,
  eme = 10,
  tme = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  pW = new Zde();
function fW(t) {
  let e = Fo("mail"),
    r = Bo(),
    n = Ve(),
    s = e.charCodeAt(e.length - 1) % lW,
    o = {
      ...se.mail(e),
      ...t,
      id: e,
      tenantId: r,
      status: "pending",
      attempts: 0,
      createdAt: new Date(n).toISOString(),
      nextAttemptAt: n,
      gsi1pk: se.outboxShard(s),
      gsi1sk: `${String(n).padStart(15, "0")}#${e}`,
    };
  return {
    id: e,
    put: {
      Put: {
        TableName: Ne(),
        Item: ie(o),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function rme(t) {
  let { id: e, put: r } = fW(t);
  return (await Ze().send(new as.PutItemCommand(r.Put)), await dW(e), e);
}
var uW;
async function dW(t) {
  let e = Bo(),
    r = process.env.OUTBOX_QUEUE_URL;
  if (r) {
    let { SQSClient: n, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((uW ??= new n({})),
      await uW
        .send(
          new s({
            QueueUrl: r,
            MessageBody: JSON.stringify({ tenantId: e, id: t }),
          }),
        )
        .catch((o) =>
          console.error(
            JSON.stringify({
              level: "warn",
              msg: "outbox notify failed",
              id: t,
              error: String(o),
            }),
          ),
        ));
  } else pW.emit("queued", { tenantId: e, id: t });
}
var Wy;
async function nme() {
  let { SESv2Client: t } = await import("@aws-sdk/client-sesv2"),
    e = process.env.SES_ENDPOINT;
  return (
    (Wy ??= new t({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    Wy
  );
}
function sme() {
  (Wy?.destroy(), (Wy = void 0));
}
async function mW(t, e) {
  return rr({ type: "system", tenantId: t }, async () => {
    let r = Ve(),
      n;
    try {
      let s = await Ze().send(
        new as.UpdateItemCommand({
          TableName: Ne(),
          Key: ie(se.mail(e)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: ie({
            ":lease": r + cW,
            ":gsk": `${String(r + cW).padStart(15, "0")}#${e}`,
            ":one": 1,
            ":pending": "pending",
            ":now": r,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      n = Lo(s.Attributes);
    } catch (s) {
      if (G_(s)) return "skipped";
      throw s;
    }
    if (!n) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        o = await (
          await nme()
        ).send(
          new s({
            FromEmailAddress:
              process.env.MAIL_FROM ??
              "\uACE8\uBAA9 Golmok <no-reply@golmok.local>",
            Destination: { ToAddresses: n.to },
            ReplyToAddresses: n.replyTo ? [n.replyTo] : void 0,
            ConfigurationSetName: process.env.SES_CONFIGURATION_SET || void 0,
            EmailTags: [
              { Name: "outboxId", Value: e },
              { Name: "tenantId", Value: t },
              { Name: "kind", Value: n.kind },
            ],
            Content: {
              Simple: {
                Subject: { Data: n.subject, Charset: "UTF-8" },
                Body: {
                  Html: { Data: n.html, Charset: "UTF-8" },
                  Text: { Data: n.text, Charset: "UTF-8" },
                },
                Headers: [{ Name: "X-Golmok-Outbox-Id", Value: e }],
              },
            },
          }),
        );
      return (
        await Ze().send(
          new as.TransactWriteItemsCommand({
            TransactItems: [
              {
                Update: {
                  TableName: Ne(),
                  Key: ie(se.mail(e)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: ie({
                    ":sent": "sent",
                    ":at": new Date(Ve()).toISOString(),
                    ":mid": o.MessageId ?? "",
                  }),
                },
              },
              is.billableUpdate("emails", 1),
            ],
          }),
        ),
        "sent"
      );
    } catch (s) {
      let o = s.name,
        a =
          [
            "MessageRejected",
            "BadRequestException",
            "AccountSuspendedException",
          ].includes(o) || n.attempts >= eme,
        c = Ve() + Math.min(tme() * 2 ** (n.attempts - 1), 36e5);
      return (
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "mail send failed",
            id: e,
            attempts: n.attempts,
            error: o,
          }),
        ),
        await Ze().send(
          new as.UpdateItemCommand({
            TableName: Ne(),
            Key: ie(se.mail(e)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: ie(
              a
                ? { ":failed": "failed", ":e": o }
                : {
                    ":next": c,
                    ":gsk": `${String(c).padStart(15, "0")}#${e}`,
                    ":e": o,
                  },
            ),
          }),
        ),
        a ? "failed" : "retry"
      );
    }
  });
}
async function hW(t = 50, e = Ve()) {
  let r = [];
  for (let n = 0; n < lW; n++) {
    let s = await Ze().send(
      new as.QueryCommand({
        TableName: Ne(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: ie({
          ":pk": se.outboxShard(n),
          ":now": `${String(e).padStart(15, "0")}~`,
        }),
        Limit: t,
      }),
    );
    for (let o of s.Items ?? []) {
      let i = Lo(o);
      r.push({ tenantId: i.tenantId, id: i.id });
    }
  }
  return r;
}
async function ome() {
  let t = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: e, id: r } of await hW()) t[await mW(e, r)]++;
  return t;
}
async function ime(t, e, r, n, s = "") {
  await rr({ type: "system", tenantId: t }, () =>
    Ze()
      .send(
        new as.UpdateItemCommand({
          TableName: Ne(),
          Key: ie(se.mail(e)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${r}At` },
          ExpressionAttributeValues: ie({
            ":at": n,
            ":ev": r,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((o) => {
        if (!G_(o)) throw o;
      }),
  );
}
var Fi = (t) =>
  t.replace(
    /[&<>"']/g,
    (e) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        e
      ],
  );
function K_(t, e, r, n) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${Fi(t)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${Fi(t)}</h1>
${e.map(
  (i) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${Fi(i)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${Fi(r.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${Fi(r.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${Fi(r.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${Fi(n)}</p></td></tr></table></body></html>`,
    o = `${t}

${e.join(`

`)}

${r.label}: ${r.url}

${n}
`;
  return { html: s, text: o };
}
function gW(t, e, r) {
  return {
    to: [t],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...K_(
      "\uC774\uBA54\uC77C \uC8FC\uC18C \uC778\uC99D",
      [
        `${e}\uB2D8, \uACE8\uBAA9\uC5D0 \uAC00\uC785\uD574 \uC8FC\uC154\uC11C \uAC10\uC0AC\uD569\uB2C8\uB2E4.`,
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD558\uBA74 \uBC14\uB85C \uB85C\uADF8\uC778\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ],
      { label: "\uC774\uBA54\uC77C \uC778\uC99D\uD558\uAE30", url: r },
      "\uC774 \uB9C1\uD06C\uB294 24\uC2DC\uAC04 \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uAC00\uC785\uD55C \uC801\uC774 \uC5C6\uB2E4\uBA74 \uC774 \uBA54\uC77C\uC744 \uBB34\uC2DC\uD558\uC138\uC694.",
    ),
  };
}
function yW(t, e) {
  return {
    to: [t],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...K_(
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815",
      [
        "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815\uC744 \uC694\uCCAD\uD558\uC168\uC2B5\uB2C8\uB2E4.",
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC0C8 \uBE44\uBC00\uBC88\uD638\uB97C \uC815\uD574 \uC8FC\uC138\uC694.",
      ],
      { label: "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC815\uD558\uAE30", url: e },
      "\uC774 \uB9C1\uD06C\uB294 1\uC2DC\uAC04 \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4. \uC694\uCCAD\uD558\uC9C0 \uC54A\uC558\uB2E4\uBA74 \uC774 \uBA54\uC77C\uC744 \uBB34\uC2DC\uD558\uC138\uC694. \uBE44\uBC00\uBC88\uD638\uB294 \uBC14\uB00C\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  };
}
function SW(t, e, r, n) {
  return {
    to: [t],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${e}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...K_(
      `${e} \uCD08\uB300`,
      [
        `${e}\uC5D0\uC11C \uACE8\uBAA9\uC5D0 ${r}(\uC73C)\uB85C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4.`,
        "\uC544\uB798 \uBC84\uD2BC\uC744 \uB20C\uB7EC \uC774\uB984\uACFC \uBE44\uBC00\uBC88\uD638\uB97C \uC815\uD558\uBA74 \uCC38\uC5EC\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      ],
      { label: "\uCD08\uB300 \uC218\uB77D\uD558\uAE30", url: n },
      "\uC774 \uB9C1\uD06C\uB294 7\uC77C \uB3D9\uC548 \uD55C \uBC88\uB9CC \uC4F8 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    ),
  };
}
var EW = Se(Oc(), 1);
var $c = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function Lc(t, e) {
  let r = os(Ve()),
    n = r - (r % t.windowSeconds),
    s = await Ze().send(
      new EW.UpdateItemCommand({
        TableName: Ne(),
        Key: ie(se.rateLimit(t.bucket, e, n)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: ie({
          ":one": 1,
          ":exp": n + t.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((Lo(s.Attributes)?.hits ?? 0) > t.limit) {
    let i = n + t.windowSeconds - r,
      a = Math.max(1, Math.ceil(i / 60));
    throw new Pe(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: i },
    );
  }
}
import {
  randomBytes as xW,
  scrypt as cme,
  timingSafeEqual as ume,
} from "node:crypto";
import { promisify as lme } from "node:util";
var wW = lme(cme),
  pme = { N: 32768, r: 8, p: 1, keylen: 32 };
async function Dp(t) {
  let e = xW(16),
    { N: r, r: n, p: s, keylen: o } = pme,
    i = await wW(t.normalize("NFC"), e, o, {
      N: r,
      r: n,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${r}$${n}$${s}$${e.toString("base64url")}$${i.toString("base64url")}`;
}
async function vW(t, e) {
  let [r, n, s, o, i, a] = e.split("$");
  if (r !== "scrypt" || !i || !a) return !1;
  let c = Buffer.from(a, "base64url"),
    u = await wW(t.normalize("NFC"), Buffer.from(i, "base64url"), c.length, {
      N: Number(n),
      r: Number(s),
      p: Number(o),
      maxmem: 64 * 1024 * 1024,
    });
  return ume(u, c);
}
var bW;
function IW() {
  return ((bW ??= Dp(xW(16).toString("hex"))), bW);
}
var fme = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function Np(t) {
  let e = t.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(e) ? e : null;
}
function _W(t) {
  let e = Np(t);
  if (!e) return !1;
  let r = [...e].map(Number),
    n = 0;
  for (let s = 0; s < 9; s++) n += r[s] * fme[s];
  return ((n += Math.floor((r[8] * 5) / 10)), (10 - (n % 10)) % 10 === r[9]);
}
function X_(t) {
  let e = t.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(e) ? e : null;
}
function J_(t) {
  let e = t.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(e) ? e : null;
}
function Ky(t, e) {
  return t.length < 8
    ? "\uBE44\uBC00\uBC88\uD638\uB294 8\uC790 \uC774\uC0C1\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4."
    : t.length > 128
      ? "\uBE44\uBC00\uBC88\uD638\uB294 128\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4."
      : [/[a-zA-Z]/, /\d/, /[^a-zA-Z\d]/].filter((n) => n.test(t)).length < 2
        ? "\uBE44\uBC00\uBC88\uD638\uB294 \uC601\uBB38, \uC22B\uC790, \uD2B9\uC218\uBB38\uC790 \uC911 \uB450 \uC885\uB958 \uC774\uC0C1\uC744 \uC11E\uC5B4 \uC8FC\uC138\uC694."
        : /^(.)\1+$/.test(t)
          ? "\uAC19\uC740 \uBB38\uC790\uB9CC \uBC18\uBCF5\uD55C \uBE44\uBC00\uBC88\uD638\uB294 \uC4F8 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
          : e &&
              t.toLowerCase().includes(e.toLowerCase().split("@")[0]) &&
              e.split("@")[0].length >= 4
            ? "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."
            : null;
}
var us = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  TW = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var dme = ["general", "simplified", "exempt"];
var AW = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  Pp = (t, e) =>
    Vt(
      Q(`${t}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      ps(),
      ji(`${t}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      Ir(
        e,
        `${t}\uC740(\uB294) ${e}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  Y_ = (t, e) =>
    ln(
      Vt(
        Q(
          `${t}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        ps(),
        Ir(
          e,
          `${t}\uC740(\uB294) ${e}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  kp = Vt(
    Q("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    ps(),
    ji("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    Ir(
      us.email,
      `\uC774\uBA54\uC77C\uC740 ${us.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    mS(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    hS(),
  ),
  CW = Vt(
    Q(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    ps(),
    Ir(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    cn(
      (t) => Np(t) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    cn(
      _W,
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    zi((t) => Np(t)),
  ),
  mme = Vt(
    Q(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    ps(),
    Ir(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    cn(
      (t) => X_(t) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    zi((t) => X_(t)),
  ),
  hme = Vt(
    Q("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    ps(),
    Ir(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    cn(
      (t) => t === "" || J_(t) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    zi((t) => (t === "" ? "" : J_(t))),
  ),
  Z_ = Vt(
    Q("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    Ir(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    cn(
      (t) => Ky(t) === null,
      (t) =>
        Ky(String(t.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  RW = Vt(
    Te({
      businessName: Pp("\uC0C1\uD638", us.business),
      noBizNo: ln(
        yS(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: ln(
        Q(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      ownerName: Pp("\uB300\uD45C\uC790\uBA85", us.name),
      industry: qi(
        TW,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: kp,
      phone: mme,
      password: Z_,
      privacyConsent: un(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    Vp(
      cn(
        (t) => t.noBizNo || t.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    Vp(
      cn(
        (t) => t.noBizNo || $T(CW, t.bizNo),
        "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    Vp(
      cn(
        (t) => Ky(t.password, t.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    zi((t) => ({ ...t, bizNo: t.noBizNo ? "" : Np(t.bizNo) })),
  ),
  OW = Te({
    email: kp,
    password: Vt(
      Q(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      ji(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      Ir(
        128,
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4.",
      ),
    ),
  }),
  eT = Vt(
    Q("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    ji("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    Ir(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  tT = Te({ token: eT }),
  DW = Te({ email: kp }),
  NW = Te({ token: eT, password: Z_ }),
  DGe = Te({
    email: kp,
    role: qi(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  PW = Te({ token: eT, name: Pp("\uC774\uB984", us.name), password: Z_ }),
  NGe = Te({
    businessName: Pp("\uC0C1\uD638", us.business),
    ownerName: Pp("\uB300\uD45C\uC790", us.name),
    bizNo: jp(
      [un(""), CW],
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    branchNo: Vt(
      ln(
        Q(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      ps(),
      Hp(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: Y_("\uC8FC\uC18C", us.address),
    businessType: Y_("\uC5C5\uD0DC", us.text),
    businessItem: Y_("\uC885\uBAA9", us.text),
    taxType: qi(
      dme,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: jp(
      [un(""), kp],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: ln(hme, ""),
    industry: qi(
      TW,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  PGe = Te({
    month: ln(
      Vt(
        Q(),
        Hp(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var Yy = 14,
  Xy = 3600,
  rT = { verify: 24 * Xy, reset: 1 * Xy, invite: 168 * Xy },
  nT = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  Ho = () =>
    new Pe(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function sT(t, e) {
  return Uo({ ...se.token(t), ...e });
}
async function gme(t, e, r = {}) {
  await Lc($c.signupPerIp, e);
  let n = Fo("ten"),
    s = Fo("usr"),
    o = new Date(Ve()).toISOString(),
    i = Pc(),
    a = await Dp(t.password);
  return rr({ type: "system", tenantId: n }, async () => {
    let c = cs.enqueue(
        gW(t.email, t.businessName, `${nT()}/verify?token=${i}`),
      ),
      u = {
        ...se.tenant(),
        id: n,
        businessName: t.businessName,
        ownerName: t.ownerName,
        bizNo: t.bizNo,
        branchNo: "",
        address: "",
        businessType: "",
        businessItem: "",
        taxType: "general",
        contactEmail: t.email,
        contactPhone: t.phone,
        industry: t.industry,
        planId: "basic",
        status: "active",
        createdAt: o,
        updatedAt: o,
      },
      l = {
        ...se.user(s),
        id: s,
        tenantId: n,
        email: t.email,
        name: t.ownerName,
        role: "owner",
        status: "active",
        verified: r.preverified === !0,
        passwordHash: a,
        createdAt: o,
      },
      p = [
        Uo(
          { ...se.email(t.email), userId: s, tenantId: n },
          "attribute_not_exists(pk)",
        ),
        Uo(u, "attribute_not_exists(pk)"),
        Uo(l),
        ...(r.preverified
          ? []
          : [
              sT(i, {
                kind: "verify",
                tenantId: n,
                userId: s,
                email: t.email,
                expiresAt: os() + rT.verify,
              }),
              c.put,
            ]),
      ];
    return (
      t.bizNo &&
        p.push(
          Uo({ ...se.bizNo(t.bizNo), tenantId: n }, "attribute_not_exists(pk)"),
        ),
      await Ui(p, (h) => {
        if (h === 0)
          return new Pe(
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
        if (h === p.length - 1 && t.bizNo)
          return new Pe(
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
      r.preverified || (await cs.notify(c.id)),
      { tenantId: n, userId: s }
    );
  });
}
async function Qy(t, e) {
  let r = await Li(se.token(t), !0);
  if (!(!r || r.kind !== e || r.expiresAt <= os())) return r;
}
function oT(t, e) {
  return {
    Delete: {
      TableName: Ne(),
      Key: ie(se.token(t)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: ie({ ":k": e, ":now": os() }),
    },
  };
}
function iT(t, e, r) {
  return rr({ type: "system", tenantId: t }, () => {
    let n = {},
      s = {},
      o = Object.entries(r).map(
        ([i, a], c) => (
          (n[`#f${c}`] = i),
          (s[`:v${c}`] = a),
          `#f${c} = :v${c}`
        ),
      );
    return {
      Update: {
        TableName: Ne(),
        Key: ie(se.user(e)),
        UpdateExpression: `SET ${o.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: n,
        ExpressionAttributeValues: ie(s),
      },
    };
  });
}
async function yme(t) {
  let e = await Qy(t, "verify");
  if (!e) throw Ho();
  await Ui([oT(t, "verify"), iT(e.tenantId, e.userId, { verified: !0 })], () =>
    Ho(),
  );
}
async function Mp(t, e) {
  return rr({ type: "system", tenantId: t }, () => Li(se.user(e), !0));
}
async function Zy(t) {
  return rr({ type: "system", tenantId: t }, () => Li(se.tenant()));
}
var kW = () =>
  new Pe(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function Sme(t, e, r) {
  (await Lc($c.loginPerIp, r), await Lc($c.loginPerAccount, t));
  let n = await Li(se.email(t)),
    s = n ? await Mp(n.tenantId, n.userId) : void 0,
    o = await vW(e, s?.passwordHash ?? (await IW()));
  if (!s || !s.passwordHash || !o || s.status !== "active") throw kW();
  if (!s.verified)
    throw new Pe(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let i = await Zy(s.tenantId);
  if (!i) throw kW();
  return MW(s, i);
}
async function MW(t, e) {
  let r = Pc(),
    n = {
      userId: t.id,
      tenantId: t.tenantId,
      role: t.role,
      planId: e.planId,
      csrf: Pc(),
      expiresAt: os() + Yy * 24 * Xy,
    };
  return (
    await Ze().send(
      new Jy.PutItemCommand({
        TableName: Ne(),
        Item: ie({ ...se.session(r), ...n }),
      }),
    ),
    { token: r, me: $W(t, e, n.csrf) }
  );
}
function $W(t, e, r) {
  let n = Eme(e.planId);
  return {
    user: { id: t.id, email: t.email, name: t.name, role: t.role },
    tenant: {
      id: e.id,
      businessName: e.businessName,
      industry: e.industry,
      plan: n,
    },
    csrfToken: r,
  };
}
function Eme(t) {
  let e = Ls.get(t, Bi());
  return { id: e.id, name: e.name, priceKrw: e.priceKrw };
}
async function bme(t) {
  if (!t || t.length > 100) return;
  let e = await Li(se.session(t));
  if (!(!e || e.expiresAt <= os()))
    return {
      type: "user",
      userId: e.userId,
      tenantId: e.tenantId,
      role: e.role,
      sessionId: e.pk,
      csrf: e.csrf,
      planId: e.planId,
    };
}
async function xme(t) {
  await Ze().send(
    new Jy.DeleteItemCommand({ TableName: Ne(), Key: ie(se.session(t)) }),
  );
}
async function wme(t) {
  let e = H_(),
    [r, n] = await Promise.all([Mp(e.tenantId, e.userId), Zy(e.tenantId)]);
  if (!r || !n)
    throw new Pe(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return $W(r, n, t);
}
async function vme(t, e) {
  (await Lc($c.resetPerIp, e), await Lc($c.resetPerAccount, t));
  let r = await Li(se.email(t));
  if (!r) return;
  let n = await Mp(r.tenantId, r.userId);
  if (!n || n.status !== "active") return;
  let s = Pc();
  await rr({ type: "system", tenantId: r.tenantId }, async () => {
    let o = cs.enqueue(yW(t, `${nT()}/reset?token=${s}`));
    (await Ui([
      sT(s, {
        kind: "reset",
        tenantId: r.tenantId,
        userId: r.userId,
        email: t,
        expiresAt: os() + rT.reset,
      }),
      o.put,
    ]),
      await cs.notify(o.id));
  });
}
async function Ime(t, e) {
  let r = await Qy(t, "reset");
  if (!r) throw Ho();
  let n = await Dp(e);
  await Ui(
    [
      oT(t, "reset"),
      iT(r.tenantId, r.userId, { passwordHash: n, verified: !0 }),
    ],
    () => Ho(),
  );
}
async function _me(t, e, r) {
  let n = H_(),
    s = Fo("usr"),
    o = Pc(),
    i = cs.enqueue(SW(t, r, AW[e], `${nT()}/invite?token=${o}`)),
    a = {
      ...se.user(s),
      id: s,
      tenantId: n.tenantId,
      email: t,
      name: "",
      role: e,
      status: "invited",
      verified: !1,
      createdAt: new Date(Ve()).toISOString(),
    };
  (await Ui(
    [
      Uo(
        { ...se.email(t), userId: s, tenantId: n.tenantId },
        "attribute_not_exists(pk)",
      ),
      Uo(a),
      sT(o, {
        kind: "invite",
        tenantId: n.tenantId,
        userId: s,
        email: t,
        expiresAt: os() + rT.invite,
      }),
      i.put,
    ],
    (c) =>
      c === 0
        ? new Pe(
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
    await cs.notify(i.id));
}
async function Tme(t) {
  let e = await Qy(t, "invite"),
    r = e && (await Mp(e.tenantId, e.userId)),
    n = e && (await Zy(e.tenantId));
  if (!e || !r || !n) throw Ho();
  return { email: e.email, businessName: n.businessName, role: r.role };
}
async function Ame(t, e, r) {
  let n = await Qy(t, "invite");
  if (!n) throw Ho();
  let s = await Dp(r);
  await Ui(
    [
      oT(t, "invite"),
      iT(n.tenantId, n.userId, {
        name: e,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => Ho(),
  );
  let [o, i] = await Promise.all([Mp(n.tenantId, n.userId), Zy(n.tenantId)]);
  if (!o || !i) throw Ho();
  return MW(o, i);
}
var vr = class extends Error {
  res;
  status;
  constructor(t = 500, e) {
    (super(e?.message, { cause: e?.cause }),
      (this.res = e?.res),
      (this.status = t));
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
var Uc = Symbol();
var eS = (t, e) =>
  new Response(t, {
    headers: { "Content-Type": e.replace(/^[^;]+/, (r) => r.toLowerCase()) },
  }).formData();
var Cme = 1e4,
  tS = (t) => "headers" in t,
  BW = async (t, e = Object.create(null)) => {
    let { all: r = !1, dot: n = !1 } = e,
      s = (tS(t) ? t.headers : t.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Rme(t, { all: r, dot: n })
      : {};
  };
async function Rme(t, e) {
  if (!tS(t) && t.bodyCache.formData) return LW(await t.bodyCache.formData, e);
  let r = tS(t) ? t.headers : t.raw.headers,
    n = await t.arrayBuffer(),
    s = eS(n, r.get("Content-Type") || "");
  tS(t) || (t.bodyCache.formData = s);
  let o = await s;
  return o ? LW(o, e) : {};
}
function LW(t, e) {
  let r = Object.create(null),
    n = { count: 0 };
  return (
    t.forEach((s, o) => {
      e.all || o.endsWith("[]") ? Ome(r, o, s) : (r[o] = s);
    }),
    e.dot &&
      Object.entries(r).forEach(([s, o]) => {
        s.includes(".") && (Dme(r, s, o, n), delete r[s]);
      }),
    r
  );
}
var Ome = (t, e, r) => {
    t[e] !== void 0
      ? Array.isArray(t[e])
        ? t[e].push(r)
        : (t[e] = [t[e], r])
      : e.endsWith("[]")
        ? (t[e] = [r])
        : (t[e] = r);
  },
  Dme = (t, e, r, n) => {
    if (/(?:^|\.)__proto__\./.test(e)) return;
    let s = t,
      o = e.split(".", 34);
    (o.length > 33 && UW(),
      o.forEach((i, a) => {
        a === o.length - 1
          ? (s[i] = r)
          : ((!s[i] ||
              typeof s[i] != "object" ||
              Array.isArray(s[i]) ||
              s[i] instanceof File) &&
              (n.count++ >= Cme && UW(), (s[i] = Object.create(null))),
            (s = s[i]));
      }));
  },
  UW = () => {
    throw new Error("Nesting limit exceeded");
  };
var FW = class {
  raw;
  #t;
  #e;
  routeIndex = 0;
  path;
  bodyCache = {};
  constructor(t, e = "/", r = [[]]) {
    ((this.raw = t), (this.path = e), (this.#e = r));
  }
  param(t) {
    return t ? this.#r(t) : this.#o();
  }
  #r(t) {
    let e = this.#e[0][this.routeIndex]?.[1][t],
      r = this.#s(e);
    return r && Wi(r);
  }
  #o() {
    let t = {},
      e = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let r of e) {
      let n = this.#s(this.#e[0][this.routeIndex][1][r]);
      n !== void 0 && (t[r] = Wi(n));
    }
    return t;
  }
  #s(t) {
    return this.#e[1] ? this.#e[1][t] : t;
  }
  query(t) {
    return BT(this.url, t);
  }
  queries(t) {
    return FT(this.url, t);
  }
  header(t) {
    if (t) return this.raw.headers.get(t) ?? void 0;
    let e = Object.create(null);
    return (
      this.raw.headers.forEach((r, n) => {
        e[n] = r;
      }),
      e
    );
  }
  async parseBody(t) {
    return BW(this, t);
  }
  #n = (t) => {
    let { bodyCache: e, raw: r } = this,
      n = e[t];
    if (n) return n;
    for (let s in e)
      return e[s].then((o) => {
        s === "json" && (o = JSON.stringify(o));
        let i = s === "formData" ? void 0 : r.headers.get("content-type");
        return new Response(o, { headers: i ? { "Content-Type": i } : void 0 })[
          t
        ]();
      });
    return (e[t] = r[t]());
  };
  json() {
    return this.#n("text").then((t) => JSON.parse(t));
  }
  text() {
    return this.#n("text");
  }
  arrayBuffer() {
    return this.#n("arrayBuffer");
  }
  bytes() {
    return this.#n("arrayBuffer").then((t) => new Uint8Array(t));
  }
  blob() {
    return this.#n("blob");
  }
  formData() {
    return this.#n("formData");
  }
  addValidatedData(t, e) {
    (this.#t ??= {})[t] = e;
  }
  valid(t) {
    return this.#t?.[t];
  }
  get url() {
    return this.raw.url;
  }
  get method() {
    return this.raw.method;
  }
  get [Uc]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, t]]) => t);
  }
  get routePath() {
    return this.#e[0].map(([[, t]]) => t)[this.routeIndex].path;
  }
};
var GW = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  Nme = (t, e) => {
    let r = new String(t);
    return ((r.isEscaped = !0), (r.callbacks = e), r);
  };
var aT = async (t, e, r, n, s) => {
  typeof t == "object" &&
    !(t instanceof String) &&
    (t instanceof Promise || (t = t.toString()),
    t instanceof Promise && (t = await t));
  let o = t.callbacks;
  if (!o?.length) return Promise.resolve(t);
  s ? (s[0] += t) : (s = [t]);
  let i = Promise.all(
    o.map((a) => a({ phase: e, buffer: s, context: n })),
  ).then((a) =>
    Promise.all(a.filter(Boolean).map((c) => aT(c, e, !1, n, s))).then(
      () => s[0],
    ),
  );
  return r ? Nme(await i, o) : i;
};
var Pme = "text/plain; charset=UTF-8",
  cT = (t, e) => ({ "Content-Type": t, ...e }),
  $p = (t, e) => new Response(t, e),
  uT = class {
    #t;
    #e;
    env = {};
    #r;
    finalized = !1;
    error;
    #o;
    #s;
    #n;
    #l;
    #c;
    #u;
    #a;
    #p;
    #f;
    constructor(t, e) {
      ((this.#t = t),
        e &&
          ((this.#s = e.executionCtx),
          (this.env = e.env),
          (this.#u = e.notFoundHandler),
          (this.#f = e.path),
          (this.#p = e.matchResult)));
    }
    get req() {
      return ((this.#e ??= new FW(this.#t, this.#f, this.#p)), this.#e);
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
      return (this.#n ||= $p(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(t) {
      if (this.#n && t) {
        t = $p(t.body, t);
        for (let [e, r] of this.#n.headers.entries())
          if (e !== "content-type")
            if (e === "set-cookie") {
              let n = this.#n.headers.getSetCookie();
              t.headers.delete("set-cookie");
              for (let s of n) t.headers.append("set-cookie", s);
            } else t.headers.set(e, r);
      }
      ((this.#n = t), (this.finalized = !0));
    }
    render = (...t) => ((this.#c ??= (e) => this.html(e)), this.#c(...t));
    setLayout = (t) => (this.#l = t);
    getLayout = () => this.#l;
    setRenderer = (t) => {
      this.#c = t;
    };
    header = (t, e, r) => {
      this.finalized &&
        !this.#n.bodyUsed &&
        (this.#n = $p(this.#n.body, this.#n));
      let n = this.#n ? this.#n.headers : (this.#a ??= new Headers());
      e === void 0 ? n.delete(t) : r?.append ? n.append(t, e) : n.set(t, e);
    };
    status = (t) => {
      this.#o = t;
    };
    set = (t, e) => {
      ((this.#r ??= new Map()), this.#r.set(t, e));
    };
    get = (t) => (this.#r ? this.#r.get(t) : void 0);
    get var() {
      return this.#r ? Object.fromEntries(this.#r) : {};
    }
    #i(t, e, r) {
      let n = this.#n ? new Headers(this.#n.headers) : this.#a;
      if (typeof e == "object" && e.headers) {
        n ??= new Headers();
        for (let [o, i] of new Headers(e.headers))
          o === "set-cookie" ? n.append(o, i) : n.set(o, i);
      }
      if (r) {
        if (!n) {
          let o = 0;
          for (let i in r)
            if (++o > 1 || typeof r[i] != "string") {
              n = new Headers();
              break;
            }
        }
        if (n)
          for (let o in r) {
            let i = r[o];
            if (typeof i == "string") n.set(o, i);
            else {
              n.delete(o);
              for (let a of i) n.append(o, a);
            }
          }
      }
      let s = typeof e == "number" ? e : (e?.status ?? this.#o);
      return $p(t, { status: s, headers: n ?? r });
    }
    newResponse = (...t) => this.#i(...t);
    body = (t, e, r) => this.#i(t, e, r);
    text = (t, e, r) =>
      !this.#a && !this.#o && !e && !r && !this.finalized
        ? new Response(t)
        : this.#i(t, e, cT(Pme, r));
    json = (t, e, r) =>
      this.#i(JSON.stringify(t), e, cT("application/json", r));
    html = (t, e, r) => {
      let n = (s) => this.#i(s, e, cT("text/html; charset=UTF-8", r));
      return typeof t == "object" ? aT(t, GW.Stringify, !1, {}).then(n) : n(t);
    };
    redirect = (t, e) => {
      let r = String(t);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(r) ? encodeURI(r) : r),
        this.newResponse(null, e ?? 302)
      );
    };
    notFound = () => ((this.#u ??= () => $p()), this.#u(this));
  };
var lT = (t, e, r) => (n, s) => {
  let o = -1;
  return i(0);
  async function i(a) {
    if (a <= o) throw new Error("next() called multiple times");
    o = a;
    let c,
      u = !1,
      l;
    if (
      (t[a]
        ? ((l = t[a][0][0]), (n.req.routeIndex = a))
        : (l = (a === t.length && s) || void 0),
      l)
    )
      try {
        c = await l(n, () => i(a + 1));
      } catch (p) {
        if (p instanceof Error && e)
          ((n.error = p), (c = await e(p, n)), (u = !0));
        else throw p;
      }
    else n.finalized === !1 && r && (c = await r(n));
    return (c && (n.finalized === !1 || u) && (n.res = c), n);
  }
};
var kme = (t) => t.req[Uc][0].map(([[, e]]) => e),
  HW = (t, e) => kme(t).at(e ?? t.req.routeIndex)?.path ?? "";
var VW = ["get", "post", "put", "delete", "options", "patch", "query"],
  rS = "Can not add a route since the matcher is already built.",
  nS = class extends Error {};
var pT = "__COMPOSED_HANDLER";
var jW = (t) => {
    let e = t.length;
    for (; e > 0 && t.charCodeAt(e - 1) === 47;) e--;
    return t.length - e;
  },
  Mme = (t, e, r) => {
    if (!/[:*]/.test(e)) return e.length;
    let n = t.req.path,
      s = t.req[Uc],
      o = new Set(),
      i = 0;
    for (let a of Fc(e)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${r}".`,
        );
      let c = Gc(a);
      if (c && c !== "*") {
        let u = c[1];
        if (o.has(u))
          throw new Error(
            `mount(): Duplicate path parameter "${u}" in "${r}".`,
          );
        o.add(u);
      }
      if (c && c !== "*" && c[2] !== !0) {
        let u =
          s.length === 2
            ? s[1][s[0][t.req.routeIndex][1][c[1]]]
            : s[0][t.req.routeIndex][1][c[1]];
        i += u.length + 1;
      } else if (c || a.endsWith("*")) {
        let u = n.indexOf("/", i + 1);
        i = u === -1 ? n.length : u;
      } else i += a.length + 1;
    }
    return i;
  },
  zW = (t, e, r) => {
    if (/[^/]\*$/.test(r))
      throw new Error(`mount(): Wildcard must follow "/" in "${r}".`);
    let n = Mme(t, e, r),
      s = t.req.path.slice(n) || "/";
    if (
      n > t.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new vr(400, { message: "Invalid mounted path" });
    let o = t.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(o))
      throw new vr(400, { message: "Invalid mounted path" });
    let i = o.search(/[?#]/),
      a = jW(i === -1 ? o : o.slice(0, i));
    if (a > 1 && jW(t.req.path) === a - 1)
      throw new vr(400, { message: "Invalid mounted path" });
    let c = new URL(o);
    return (
      (c.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(c, t.req.raw)
    );
  };
var $me = (t) => t.text("404 Not Found", 404),
  qW = (t, e) => {
    if ("getResponse" in t) {
      let r = t.getResponse();
      return e.newResponse(r.body, r);
    }
    return (console.error(t), e.text("Internal Server Error", 500));
  },
  WW = class KW {
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
    constructor(e = {}) {
      ([...VW, "all"].forEach((s) => {
        this[s] = (o, ...i) => {
          let a = s.toUpperCase();
          return (
            typeof o == "string" ? (this.#t = o) : this.#o(a, this.#t, o),
            i.forEach((c) => {
              this.#o(a, this.#t, c);
            }),
            this
          );
        };
      }),
        (this.on = (s, o, ...i) => {
          for (let a of [o].flat()) {
            this.#t = a;
            for (let c of [s].flat()) {
              let u = c.toUpperCase();
              for (let l of i) this.#o(u, this.#t, l);
            }
          }
          return this;
        }),
        (this.use = (s, ...o) => (
          typeof s == "string"
            ? (this.#t = s)
            : ((this.#t = "*"), o.unshift(s)),
          o.forEach((i) => {
            this.#o("ALL", this.#t, i);
          }),
          this
        )));
      let { strict: r, ...n } = e;
      (Object.assign(this, n),
        (this.getPath = (r ?? !0) ? (e.getPath ?? vS) : LT));
    }
    #e() {
      let e = new KW({ router: this.router, getPath: this.getPath });
      return (
        (e.errorHandler = this.errorHandler),
        (e.#r = this.#r),
        (e.routes = this.routes),
        e
      );
    }
    #r = $me;
    errorHandler = qW;
    route(e, r) {
      let n = this.basePath(e);
      return (
        r.routes.map((s) => {
          let o;
          (r.errorHandler === qW
            ? (o = s.handler)
            : ((o = async (i, a) =>
                (await lT([], r.errorHandler)(i, () => s.handler(i, a))).res),
              (o[pT] = s.handler)),
            n.#o(s.method, s.path, o, s.basePath));
        }),
        this
      );
    }
    basePath(e) {
      let r = this.#e();
      return ((r._basePath = zo(this._basePath, e)), r);
    }
    onError = (e) => ((this.errorHandler = e), this);
    notFound = (e) => ((this.#r = e), this);
    mount(e, r, n) {
      let s, o;
      n &&
        (typeof n == "function"
          ? (o = n)
          : ((o = n.optionHandler),
            n.replaceRequest === !1 ? (s = (u) => u) : (s = n.replaceRequest)));
      let i = o
          ? (u) => {
              let l = o(u);
              return Array.isArray(l) ? l : [l];
            }
          : (u) => {
              let l;
              try {
                l = u.executionCtx;
              } catch {}
              return [u.env, l];
            },
        a = (u) => {
          let l = HW(u);
          return zW(u, l.replace(/\/?\*$/, ""), l);
        },
        c = async (u, l) => {
          let p = await r(s ? s(u.req.raw) : a(u), ...i(u));
          if (p) return p;
          await l();
        };
      return (this.#o("ALL", zo(e, "*"), c), this);
    }
    #o(e, r, n, s) {
      r = zo(this._basePath, r);
      let o = {
        basePath: s !== void 0 ? zo(this._basePath, s) : this._basePath,
        path: r,
        method: e,
        handler: n,
      };
      (this.router.add(e, r, [n, o]), this.routes.push(o));
    }
    #s(e, r) {
      if (e instanceof Error) return this.errorHandler(e, r);
      throw e;
    }
    #n(e, r, n, s) {
      if (s === "HEAD")
        return (async () =>
          new Response(null, await this.#n(e, r, n, "GET")))();
      let o = this.getPath(e, { env: n }),
        i = this.router.match(s, o),
        a = new uT(e, {
          path: o,
          matchResult: i,
          env: n,
          executionCtx: r,
          notFoundHandler: this.#r,
        });
      if (i[0].length === 1) {
        let u;
        try {
          u = i[0][0][0][0](a, async () => {
            a.res = await this.#r(a);
          });
        } catch (l) {
          return this.#s(l, a);
        }
        return u instanceof Promise
          ? u
              .then((l) => l || (a.finalized ? a.res : this.#r(a)))
              .catch((l) => this.#s(l, a))
          : (u ?? this.#r(a));
      }
      let c = lT(i[0], this.errorHandler, this.#r);
      return (async () => {
        try {
          let u = await c(a);
          if (!u.finalized)
            throw new Error(
              "Context is not finalized. Did you forget to return a Response object or `await next()`?",
            );
          return u.res;
        } catch (u) {
          return this.#s(u, a);
        }
      })();
    }
    fetch = (e, ...r) => this.#n(e, r[1], r[0], e.method);
    request = (e, r, n, s) =>
      e instanceof Request
        ? this.fetch(r ? new Request(e, r) : e, n, s)
        : ((e = e.toString()),
          this.fetch(
            new Request(
              /^https?:\/\//.test(e) ? e : `http://localhost${zo("/", e)}`,
              r,
            ),
            n,
            s,
          ));
    fire = () => {
      addEventListener("fetch", (e) => {
        e.respondWith(this.#n(e.request, e, void 0, e.request.method));
      });
    };
  };
var nr = () => Object.create(null);
var fT = [];
function XW(t, e) {
  let r = this.buildAllMatchers(),
    n = (s, o) => {
      let i = r[s] || r.ALL,
        a = i[2][o];
      if (a) return a;
      let c = o.match(i[0]);
      if (!c) return [[], fT];
      let u = c.indexOf("", 1);
      return [i[1][u], c];
    };
  return ((this.match = n), n(t, e));
}
var Lme = "[^/]+",
  Ume = "[^]*",
  Bme = "(?:|/[^]*)",
  Vo = Symbol(),
  JW = new Set(".\\+*[^]$()");
function Fme(t, e) {
  return t.length === 1
    ? e.length === 1
      ? t < e
        ? -1
        : 1
      : -1
    : e.length === 1
      ? 1
      : t === "[^]*" || t === "(?:|/[^]*)"
        ? e === "[^]*"
          ? -1
          : 1
        : e === "[^]*" || e === "(?:|/[^]*)"
          ? -1
          : t === "[^/]+"
            ? 1
            : e === "[^/]+"
              ? -1
              : t.length === e.length
                ? t < e
                  ? -1
                  : 1
                : e.length - t.length;
}
var YW = class dT {
  #t;
  #e;
  #r = nr();
  insert(e, r, n, s, o) {
    let i = this;
    for (let a = 0, c = e.length; a < c; a++) {
      let u = e[a],
        l =
          u.length === 1
            ? u === "*"
              ? a === c - 1
                ? ["", "", Ume]
                : ["", "", Lme]
              : null
            : u === "/*"
              ? ["", "", Bme]
              : u.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/),
        p;
      if (l) {
        let h = l[1],
          g = l[2] || "[^/]+";
        if (
          h &&
          l[2] &&
          (new RegExp(g).test("") ||
            ((g = g.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:")),
            /\((?!\?:)/.test(g)) ||
            (g.length === 1 && JW.has(g)))
        )
          throw Vo;
        if ((o.push(g), (p = i.#r[g]), !p)) {
          if (g !== "[^]*" && g !== "(?:|/[^]*)") {
            for (let y in i.#r)
              if (
                (g.length > 1 || y.length > 1) &&
                y !== "[^]*" &&
                y !== "(?:|/[^]*)"
              )
                throw Vo;
          }
          p = i.#r[g] = new dT();
        }
        h !== "" && ((p.#e ??= s.varIndex++), n.push([h, p.#e]));
      } else if ((o.push(u), (p = i.#r[u]), !p)) {
        for (let h in i.#r)
          if (h.length > 1 && h !== "[^]*" && h !== "(?:|/[^]*)") throw Vo;
        p = i.#r[u] = new dT();
      }
      i = p;
    }
    if (i.#t !== void 0) throw Vo;
    i.#t = r;
  }
  buildRegExpStr() {
    let e = Object.keys(this.#r)
      .sort(Fme)
      .map((r) => {
        let n = this.#r[r],
          s = n.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof n.#e == "number"
              ? `(${r})@${n.#e}`
              : JW.has(r)
                ? `\\${r}`
                : r) + s;
      })
      .filter(Boolean);
    return (
      typeof this.#t == "number" && this.#t !== -1 && e.unshift(`#${this.#t}`),
      e.length === 0 ? "" : e.length === 1 ? e[0] : "(?:" + e.join("|") + ")"
    );
  }
};
var mT = class {
  #t = { varIndex: 0 };
  #e = new YW();
  #r = 0;
  paths = nr();
  insert(t, e) {
    let r = [];
    if (e) {
      (this.#e.insert(t.split(""), -1, [], this.#t, r),
        (this.paths[t] = [-1, [], r]));
      return;
    }
    let n = [],
      s = [],
      o = t;
    for (let a = 0; ;) {
      let c = !1;
      if (
        ((o = o.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (u) => {
          let l = `@\\${a}`;
          return ((s[a] = [l, u]), a++, (c = !0), l);
        })),
        !c)
      )
        break;
    }
    let i = o.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let a = s.length - 1; a >= 0; a--) {
      let [c] = s[a];
      for (let u = i.length - 1; u >= 0; u--)
        if (i[u].indexOf(c) !== -1) {
          i[u] = i[u].replace(c, s[a][1]);
          break;
        }
    }
    (this.#e.insert(i, this.#r, n, this.#t, r),
      (this.paths[t] = [this.#r++, n, r]));
  }
  buildRegExp() {
    let t = this.#e.buildRegExpStr();
    if (t === "") return [/^$/, [], []];
    let e = 0,
      r = [],
      n = [];
    return (
      (t = t.replace(/#(\d+)|@(\d+)|\.\*\$/g, (s, o, i) =>
        o !== void 0
          ? ((r[++e] = Number(o)), "$()")
          : (i !== void 0 && (n[Number(i)] = ++e), ""),
      )),
      [new RegExp(`^${t}`), r, n]
    );
  }
};
function Gme(t) {
  let e = t[t.length - 1];
  return e === "[^]*" || e === "(?:|/[^]*)";
}
function Hme(t, e) {
  let r = t.length - 1;
  for (let n = 0; n < r; n++) if (t[n] !== e[n]) return !1;
  return t[r] === "[^]*" || e.length === r || e[r] === "/";
}
var QW = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new mT() }));
  }
  #r(t, e) {
    try {
      this.#e[t].insert(e, !/\*|\/:/.test(e));
    } catch (r) {
      throw r === Vo ? new nS(e) : r;
    }
  }
  add(t, e, r) {
    let n = this.#t;
    if (!n) throw new Error(rS);
    let s = this.#e;
    if (!n[t]) {
      ((s[t] = new mT()), (n[t] = [...n.ALL]));
      for (let a in s.ALL.paths) this.#r(t, a);
    }
    e === "/*" && (e = "*");
    let o = t === "ALL" ? Object.keys(n) : [t],
      i = Wp(e) || [e];
    for (let a of i)
      for (let c of o) (s[c].paths[a] || this.#r(c, a), n[c].push([r, a]));
  }
  match = XW;
  buildAllMatchers() {
    let t = nr();
    for (let e of Object.keys(this.#t)) t[e] = this.#o(e);
    return ((this.#t = this.#e = void 0), t);
  }
  #o(t) {
    let e = this.#t[t],
      r = this.#e[t],
      n = nr(),
      s = [],
      [o, i, a] = r.buildRegExp(),
      c = nr(),
      u = e.map(
        ([p, h], g) => (
          (c[h] ??= []).push(g),
          [
            p,
            r.paths[h][1].reduceRight((y, [E, S]) => ((y[E] = a[S]), y), nr()),
          ]
        ),
      ),
      l = Object.keys(c).filter((p) => Gme(r.paths[p][2]));
    for (let p in r.paths) {
      let [h, , g] = r.paths[p],
        y = [...c[p]];
      for (let S of l) S !== p && Hme(r.paths[S][2], g) && y.push(...c[S]);
      let E = y.sort((S, b) => S - b).map((S) => u[S]);
      if (h === -1) {
        let S = Math.max(-1, ...E.flatMap(([, b]) => Object.values(b)));
        n[p] = [E, S === -1 ? fT : p.match(o).slice(0, S + 1)];
      } else s[h] = E;
    }
    return [o, i.map((p) => s[p]), n];
  }
};
var ZW = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(t) {
    this.#t = t.routers;
  }
  add(t, e, r) {
    if (!this.#e) throw new Error(rS);
    this.#e.push([t, e, r]);
  }
  match(t, e) {
    if (!this.#e) throw new Error("Fatal error");
    let r = this.#t,
      n = this.#e,
      s = r.length,
      o = 0,
      i;
    for (; o < s; o++) {
      let a = r[o];
      try {
        for (let c = 0, u = n.length; c < u; c++) a.add(...n[c]);
        i = a.match(t, e);
      } catch (c) {
        if (c instanceof nS) continue;
        throw c;
      }
      ((this.match = a.match.bind(a)), (this.#t = [a]), (this.#e = void 0));
      break;
    }
    if (o === s) throw new Error("Fatal error");
    return ((this.name = `SmartRouter + ${this.activeRouter.name}`), i);
  }
  get activeRouter() {
    if (this.#e || this.#t.length !== 1)
      throw new Error("No active router has been determined yet.");
    return this.#t[0];
  }
};
var hT = nr(),
  Vme = 0,
  e6 = class t6 {
    #t = [];
    #e = nr();
    #r = [];
    #o;
    #s = hT;
    insert(e, r, n) {
      let s = this,
        o = Fc(r),
        i = new Set(),
        a = 0;
      for (let c of o) {
        let u = o[++a],
          l =
            Gc(c, u) ||
            (u === void 0 && c && c.indexOf("*") === c.length - 1 ? c : null),
          p = Array.isArray(l),
          h = p ? l[0] : l || c,
          g = (s.#e[h] ||= new t6());
        (l && !g.#o && ((g.#o = l), s.#r.push(g)), (s = g), p && i.add(l[1]));
      }
      s.#t.push({ [e]: { handler: n, possibleKeys: [...i], score: ++Vme } });
    }
    #n(e, r, n, s, o) {
      for (let i = 0, a = r.#t.length; i < a; i++) {
        let c = r.#t[i],
          u = c[n] || c.ALL;
        if (u) {
          ((u.params = nr()), e.push(u));
          for (let l = 0, p = u.possibleKeys.length; l < p; l++) {
            let h = u.possibleKeys[l];
            u.params[h] = o?.[h] && !l ? o[h] : (s[h] ?? o?.[h]);
          }
        }
      }
    }
    search(e, r) {
      let n = [];
      this.#s = hT;
      let s = [this],
        o = wS(r),
        i = [],
        a = o.length,
        c = null;
      for (let u = 0; u < a; u++) {
        let l = o[u],
          p = u === a - 1,
          h = [];
        for (let y = 0, E = s.length; y < E; y++) {
          let S = s[y],
            b = S.#e[l];
          b &&
            ((b.#s = S.#s),
            p
              ? (b.#e["*"] && this.#n(n, b.#e["*"], e, S.#s),
                this.#n(n, b, e, S.#s))
              : h.push(b));
          for (let w of S.#r) {
            let I = w.#o,
              v = S.#s === hT ? {} : { ...S.#s };
            if (typeof I == "string") {
              (I === "*" || l.startsWith(I.slice(0, -1))) &&
                (this.#n(n, w, e, S.#s), I === "*" && ((w.#s = v), h.push(w)));
              continue;
            }
            let [, A, V] = I;
            if (!(!l && V === !0)) {
              if (V !== !0) {
                if (!c) {
                  c = [];
                  let et = r[0] === "/" ? 1 : 0;
                  for (let X = 0; X < a; X++)
                    ((c[X] = et), (et += o[X].length + 1));
                }
                let ne = r.slice(c[u]),
                  ye = V.exec(ne);
                if (ye) {
                  (Object.hasOwn(v, A) || (v[A] = ye[0]),
                    this.#n(n, w, e, S.#s, v),
                    ye[0].length === ne.length &&
                      w.#e["*"] &&
                      this.#n(n, w.#e["*"], e, S.#s, v));
                  for (let et in w.#e) {
                    w.#s = v;
                    let X = ye[0].match(/\//g)?.length ?? 0;
                    (i[X] ||= []).push(w);
                    break;
                  }
                  continue;
                }
              }
              (V === !0 || V.test(l)) &&
                (Object.hasOwn(v, A) || (v[A] = l),
                p
                  ? (this.#n(n, w, e, v, S.#s),
                    w.#e["*"] && this.#n(n, w.#e["*"], e, v, S.#s))
                  : ((w.#s = v), h.push(w)));
            }
          }
        }
        let g = i.shift();
        s = g ? h.concat(g) : h;
      }
      return (
        n[1] && n.sort((u, l) => u.score - l.score),
        [n.map(({ handler: u, params: l }) => [u, l])]
      );
    }
  };
var gT = class {
  name = "TrieRouter";
  #t = new e6();
  add(t, e, r) {
    for (let n of Wp(e) || [e]) this.#t.insert(t, n, r);
  }
  match(t, e) {
    return this.#t.search(t, e);
  }
};
var yT = class extends WW {
  constructor(t = {}) {
    (super(t),
      (this.router = t.router ?? new ZW({ routers: [new QW(), new gT()] })));
  }
};
var jme = "Payload Too Large",
  r6 = (t) => {
    let e =
        t.onError ||
        (() => {
          let n = new Response(jme, { status: 413 });
          throw new vr(413, { res: n });
        }),
      r = t.maxSize;
    return async function (s, o) {
      if (!s.req.raw.body) return o();
      let i = s.req.raw.headers.has("transfer-encoding");
      if (s.req.raw.headers.has("content-length") && !i)
        return parseInt(s.req.raw.headers.get("content-length") || "0", 10) > r
          ? e(s)
          : o();
      let a = 0,
        c = new Uint8Array(0),
        u = s.req.raw.body.getReader();
      for (;;) {
        let { done: l, value: p } = await u.read();
        if (l) break;
        let h = a;
        if (((a += p.length), a > r)) return e(s);
        if (a > c.length) {
          let g = new Uint8Array(Math.min(r, Math.max(a, c.length * 2)));
          (g.set(c.subarray(0, h)), (c = g));
        }
        c.set(p, h);
      }
      return (
        (s.req.raw = new Request(s.req.raw, { body: c.subarray(0, a) })),
        o()
      );
    };
  };
var zme = {
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
  qme = {
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
var ST = (t) => {
  let e = { ...qme, ...t },
    r = Wme(e),
    n = [];
  if (e.contentSecurityPolicy) {
    let [s, o] = n6(e.contentSecurityPolicy, "Content-Security-Policy");
    (s && n.push(s), r.push(["Content-Security-Policy", o]));
  }
  if (e.contentSecurityPolicyReportOnly) {
    let [s, o] = n6(
      e.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && n.push(s), r.push(["Content-Security-Policy-Report-Only", o]));
  }
  return (
    e.permissionsPolicy &&
      Object.keys(e.permissionsPolicy).length > 0 &&
      r.push(["Permissions-Policy", Kme(e.permissionsPolicy)]),
    e.reportingEndpoints &&
      r.push(["Reporting-Endpoints", Jme(e.reportingEndpoints)]),
    e.reportTo && r.push(["Report-To", Yme(e.reportTo)]),
    async function (o, i) {
      let a = n.length === 0 ? r : n.reduce((c, u) => u(o, c), r);
      (await i(),
        Qme(o, a, e.overwrite !== !1),
        e?.removePoweredBy && o.res.headers.delete("X-Powered-By"));
    }
  );
};
function Wme(t) {
  return Object.entries(zme)
    .filter(([e]) => t[e])
    .map(([e, r]) => {
      let n = t[e];
      return typeof n == "string" ? [r[0], n] : r;
    });
}
function n6(t, e) {
  let r = [],
    n = [];
  for (let [s, o] of Object.entries(t)) {
    let i = Array.isArray(o) ? o : [o];
    (i.forEach((a, c) => {
      if (typeof a == "function") {
        let u = c * 2 + 2 + n.length;
        r.push((l, p) => {
          p[u] = a(l, s);
        });
      }
    }),
      n.push(
        s.replace(/[A-Z]+(?![a-z])|[A-Z]/g, (a, c) =>
          c ? "-" + a.toLowerCase() : a.toLowerCase(),
        ),
        ...i.flatMap((a) => [" ", a]),
        "; ",
      ));
  }
  return (
    n.pop(),
    r.length === 0
      ? [void 0, n.join("")]
      : [
          (s, o) =>
            o.map((i) => {
              if (i[0] === e) {
                let a = i[1].slice();
                return (
                  r.forEach((c) => {
                    c(s, a);
                  }),
                  [i[0], a.join("")]
                );
              } else return i;
            }),
          n,
        ]
  );
}
function Kme(t) {
  return Object.entries(t)
    .map(([e, r]) => {
      let n = Xme(e);
      return typeof r == "boolean"
        ? `${n}=${r ? "*" : "()"}`
        : Array.isArray(r)
          ? r.length === 0
            ? `${n}=()`
            : r.length === 1 && r[0] === "*"
              ? `${n}=*`
              : r.length === 1 && r[0] === "none"
                ? `${n}=()`
                : `${n}=(${r.map((s) => (["self", "src"].includes(s) ? s : `"${s}"`)).join(" ")})`
          : "";
    })
    .filter(Boolean)
    .join(", ");
}
function Xme(t) {
  return t.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function Jme(t = []) {
  return t.map((e) => `${e.name}="${e.url}"`).join(", ");
}
function Yme(t = []) {
  return t.map((e) => JSON.stringify(e)).join(", ");
}
function Qme(t, e, r) {
  e.forEach(([n, s]) => {
    (!r && t.res.headers.has(n)) || t.res.headers.set(n, s);
  });
}
var Zme = /^application\/([\w.-]+\+)?json$/i,
  ehe = (t) => t.split(";")[0].trim().toLowerCase(),
  ET = (t, e) => async (r, n) => {
    let s = {},
      o = r.req.header("Content-Type"),
      i = o ? ehe(o) : "";
    switch (t) {
      case "json":
        if (!Zme.test(i)) break;
        try {
          s = await r.req.json();
        } catch {
          throw new vr(400, { message: "Malformed JSON in request body" });
        }
        break;
      case "form": {
        if (
          i !== "multipart/form-data" &&
          i !== "application/x-www-form-urlencoded"
        )
          break;
        let c;
        if (r.req.bodyCache.formData) c = await r.req.bodyCache.formData;
        else
          try {
            let l = await r.req.arrayBuffer();
            ((c = await eS(l, o)), (r.req.bodyCache.formData = c));
          } catch (l) {
            let p = "Malformed FormData request.";
            throw (
              (p += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new vr(400, { message: p })
            );
          }
        let u = Object.create(null);
        (c.forEach((l, p) => {
          p.endsWith("[]")
            ? (u[p] ??= []).push(l)
            : Array.isArray(u[p])
              ? u[p].push(l)
              : Object.hasOwn(u, p)
                ? (u[p] = [u[p], l])
                : (u[p] = l);
        }),
          (s = u));
        break;
      }
      case "query":
        s = Object.fromEntries(
          Object.entries(r.req.queries()).map(([c, u]) =>
            u.length === 1 ? [c, u[0]] : [c, u],
          ),
        );
        break;
      case "param":
        s = r.req.param();
        break;
      case "header":
        s = r.req.header();
        break;
      case "cookie":
        s = Hc(r);
    }
    let a = await e(s, r);
    return a instanceof Response
      ? a
      : (r.req.addValidatedData(t, a), await n());
  };
var s6 = { header: ["cookie"] };
function the(t, e, r) {
  if (!(r in s6)) return t;
  let n = s6[r] || [];
  return e === "arktype" ? rhe(t, n) : e === "valibot" ? nhe(t, n) : t;
}
function rhe(t, e) {
  return t.map((r) => {
    if (
      r &&
      typeof r == "object" &&
      "data" in r &&
      typeof r.data == "object" &&
      r.data !== null &&
      !Array.isArray(r.data)
    ) {
      let n = { ...r.data };
      for (let o of e) delete n[o];
      let s = Object.create(Object.getPrototypeOf(r));
      return (Object.assign(s, r, { data: n }), s);
    }
    return r;
  });
}
function nhe(t, e) {
  return t.map((r) => {
    if (r && typeof r == "object" && "path" in r && Array.isArray(r.path)) {
      for (let n of r.path)
        if (
          typeof n == "object" &&
          "input" in n &&
          typeof n.input == "object" &&
          n.input !== null &&
          !Array.isArray(n.input)
        )
          for (let s of e) delete n.input[s];
    }
    return r;
  });
}
var o6 = (t, e, r) =>
  ET(t, async (n, s) => {
    let o = await e["~standard"].validate(n);
    if (r) {
      let i = await r(
        o.issues
          ? { data: n, error: o.issues, success: !1, target: t }
          : { data: n, success: !0, target: t },
        s,
      );
      if (i) {
        if (i instanceof Response) return i;
        if (typeof i == "object" && "response" in i) return i.response;
      }
    }
    if (o.issues) {
      let i = the(o.issues, e["~standard"].vendor, t);
      return s.json({ data: n, error: i, success: !1 }, 400);
    }
    return o.value;
  });
Lp();
AT();
var O6 = Symbol("openapi");
var bhe = (t) => t.base,
  xhe = (t) => {
    t.zodSchema._zod.def.type === "date" &&
      ((t.jsonSchema.type = "string"), (t.jsonSchema.format = "date-time"));
  };
function Hi(t, e) {
  let r = t["~standard"].vendor;
  return {
    vendor: r,
    validate: t["~standard"].validate,
    toJSONSchema: (n) => Gi(t, { ...e, ...n }),
    toOpenAPISchema: (n) =>
      CT(t, {
        ...e,
        ...n,
        ...(r === "arktype" ? whe(e, n) : void 0),
        ...(r === "zod" ? vhe(t, e, n) : void 0),
      }),
  };
}
function whe(t, e) {
  let r = t?.options,
    n = e?.options;
  if (!(t?.fallback || r?.fallback || e?.fallback || n?.fallback))
    return { options: { fallback: bhe, ...r, ...n } };
}
function vhe(t, e, r) {
  if (!("_zod" in t)) return;
  let n = e?.options,
    s = r?.options;
  if (!(e?.override || n?.override || r?.override || s?.override))
    return { options: { unrepresentable: "any", override: xhe, ...n, ...s } };
}
function D6(t, e, r, n) {
  let s = o6(t, e, r);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [O6]: { target: t, ...Hi(e, n), options: n } })
  );
}
function N6(t) {
  let e = async (r, n) => {
    await n();
  };
  return (
    Object.defineProperty(e, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(e, { [O6]: { spec: t } })
  );
}
var cS = "golmok_session",
  Ihe = 1024 * 1024,
  RT = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  aS = class extends Error {
    constructor(r) {
      super("invalid input");
      this.fields = r;
    }
    fields;
  };
function jo(t, e) {
  return D6(t, e, (r) => {
    if (!r.success) {
      let n = r.error;
      throw new aS(
        n.map((s) => ({
          field:
            (s.path ?? [])
              .map((o) => String(typeof o == "object" ? o.key : o))
              .join(".") || t,
          message: s.message,
        })),
      );
    }
  });
}
function uS(t) {
  let e = t.env;
  return (
    e?.event?.requestContext?.http?.sourceIp ??
    e?.incoming?.socket?.remoteAddress ??
    t.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var _he = new Set(["GET", "HEAD", "OPTIONS"]);
function P6(t) {
  let e = new yT();
  return (
    e.use("*", async (r, n) => {
      let s = performance.now(),
        o = Fo("req");
      r.set("requestId", o);
      let i = zq();
      await qq(i, n);
      let a = performance.now() - s;
      (r.header("x-request-id", o),
        r.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let c = r.get("actor"),
        u = c && c.type === "user" ? c.tenantId : void 0;
      (u && is.record(u, t, i),
        process.env.GOLMOK_LOG_REQUESTS !== "0" &&
          console.log(
            JSON.stringify({
              level: "info",
              msg: "request",
              requestId: o,
              module: t,
              method: r.req.method,
              path: r.req.path,
              status: r.res.status,
              ms: Math.round(a * 10) / 10,
              tenantId: u,
              rcu: i.readUnits,
              wcu: i.writeUnits,
            }),
          ));
    }),
    e.use(
      "*",
      ST({
        strictTransportSecurity: RT()
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
    e.use("*", async (r, n) => {
      (r.header("cache-control", "no-store"), await n());
    }),
    e.use(
      "*",
      r6({
        maxSize: Ihe,
        onError: () => {
          throw new Pe(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    e.use("*", async (r, n) => {
      let s = { type: "public" },
        o = Hc(r, cS);
      if (o) {
        let i = await Ht.session(o);
        if (i) {
          let { csrf: a, planId: c, ...u } = i;
          ((s = u),
            r.set("csrf", a),
            r.set("planId", c),
            r.set("sessionToken", o));
        }
      }
      if ((r.set("actor", s), !_he.has(r.req.method))) {
        let i = r.req.header("origin");
        if (i && new URL(r.req.url).host !== The(i))
          throw new Pe(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && r.req.header("x-csrf-token") !== r.get("csrf"))
          throw new Pe(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await rr(s, async () => {
        (s.type === "user" &&
          (await is.assertWithinQuota(r.get("planId") ?? "basic", {
            requests: 1,
          })),
          await n());
      });
    }),
    e.onError((r, n) => Ahe(r, n)),
    e.notFound((r) =>
      r.json(
        {
          code: "not_found",
          message:
            "\uC694\uCCAD\uD55C \uC8FC\uC18C\uB97C \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
          requestId: r.get("requestId"),
        },
        404,
      ),
    ),
    e
  );
}
function The(t) {
  try {
    return new URL(t).host;
  } catch {
    return;
  }
}
function Ahe(t, e) {
  let r = e.get("requestId");
  if (t instanceof aS)
    return e.json(
      {
        code: "invalid_input",
        message:
          t.fields[0]?.message ??
          "\uC785\uB825\uAC12\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
        fields: t.fields,
        requestId: r,
      },
      400,
    );
  if (t instanceof Pe) {
    t.extra.retryAfterSeconds !== void 0 &&
      e.header("retry-after", String(t.extra.retryAfterSeconds));
    let s = t.code === "body_too_large" ? 413 : Xq[t.kind];
    return e.json(
      {
        code: t.code,
        message: t.message,
        ...(t.extra.fields ? { fields: t.extra.fields } : {}),
        requestId: r,
      },
      s,
    );
  }
  if (t instanceof vr && t.status < 500) {
    let s = t.status === 400;
    return e.json(
      s
        ? {
            code: "malformed_json",
            message:
              "\uC694\uCCAD \uBCF8\uBB38\uC774 \uC62C\uBC14\uB978 JSON \uD615\uC2DD\uC774 \uC544\uB2D9\uB2C8\uB2E4.",
            requestId: r,
          }
        : {
            code: "bad_request",
            message: "\uC798\uBABB\uB41C \uC694\uCCAD\uC785\uB2C8\uB2E4.",
            requestId: r,
          },
      t.status,
    );
  }
  let n = t.name;
  return n === "ProvisionedThroughputExceededException" ||
    n === "ThrottlingException" ||
    n === "RequestLimitExceeded"
    ? (e.header("retry-after", "1"),
      e.json(
        {
          code: "unavailable",
          message:
            "\uC7A0\uC2DC \uC694\uCCAD\uC774 \uBAB0\uB838\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          requestId: r,
        },
        503,
      ))
    : (console.error(
        JSON.stringify({
          level: "error",
          msg: "unhandled",
          requestId: r,
          error: n,
          message: t.message,
          stack: t.stack,
        }),
      ),
      e.json(
        {
          code: "internal",
          message:
            "\uC77C\uC2DC\uC801\uC778 \uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uC7A0\uC2DC \uD6C4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          requestId: r,
        },
        500,
      ));
}
var lS = Te({
    code: Q(),
    message: Q(),
    fields: ln(gS(Te({ field: Q(), message: Q() }))),
    requestId: Q(),
  }),
  Up = Te({ ok: un(!0) }),
  Che = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: Hi(lS) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: Hi(lS) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: Hi(lS) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: Hi(lS) } },
    },
  };
function ls(t, e, r, n = 200) {
  return N6({
    tags: [t],
    summary: e,
    responses: {
      [n]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: Hi(r) } },
      },
      ...Che,
    },
  });
}
var k6 = Te({
  user: Te({ id: Q(), email: Q(), name: Q(), role: Q() }),
  tenant: Te({
    id: Q(),
    businessName: Q(),
    industry: Q(),
    plan: Te({ id: Q(), name: Q(), priceKrw: SS() }),
  }),
  csrfToken: Q(),
});
function M6(t, e) {
  _S(t, cS, e, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !RT(),
    path: "/",
    maxAge: Yy * 24 * 3600,
  });
}
var $6 = P6("auth")
  .get(
    "/api/health",
    ls("platform", "\uC0C1\uD0DC \uD655\uC778", Te({ ok: un(!0) })),
    (t) => t.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    ls(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      Te({ ok: un(!0), email: Q() }),
      201,
    ),
    jo("json", RW),
    async (t) => {
      let e = t.req.valid("json");
      return (
        await Ht.signup(e, uS(t)),
        t.json({ ok: !0, email: e.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    ls("auth", "\uC774\uBA54\uC77C \uC778\uC99D", Up),
    jo("json", tT),
    async (t) => (
      await Ht.verifyEmail(t.req.valid("json").token),
      t.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    ls(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      k6,
    ),
    jo("json", OW),
    async (t) => {
      let { email: e, password: r } = t.req.valid("json"),
        { token: n, me: s } = await Ht.login(e, r, uS(t));
      return (M6(t, n), t.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    ls("auth", "\uB85C\uADF8\uC544\uC6C3", Up),
    async (t) => {
      let e = t.get("sessionToken");
      return (
        e && (await Ht.logout(e)),
        HT(t, cS, { path: "/" }),
        t.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    ls(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      Up,
    ),
    jo("json", DW),
    async (t) => (
      await Ht.requestPasswordReset(t.req.valid("json").email, uS(t)),
      t.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    ls("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", Up),
    jo("json", NW),
    async (t) => {
      let { token: e, password: r } = t.req.valid("json");
      return (await Ht.confirmPasswordReset(e, r), t.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    ls(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      Te({ email: Q(), businessName: Q(), role: Q() }),
    ),
    jo("query", tT),
    async (t) => t.json(await Ht.inviteInfo(t.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    ls("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", k6),
    jo("json", PW),
    async (t) => {
      let { token: e, name: r, password: n } = t.req.valid("json"),
        s = await Ht.acceptInvite(e, r, n);
      return (M6(t, s.token), t.json(s.me));
    },
  );
var Rhe = fS($6),
  kje = async (t, e) => {
    let r = await Rhe(t, e);
    return (await is.flushIfDue(), r);
  };
export { kje as handler };
/*! Bundled license information:

bowser/bowser.mjs:
  (*!
   * Bowser - a browser detector
   * https://github.com/lancedikson/bowser
   * MIT License | (c) Dustin Diaz 2012-2015
   * MIT License | (c) Denis Demchenko 2015-2026
   *)
  (*!
  * Bowser - a browser detector
  * https://github.com/bowser-js/bowser
  * MIT License | (c) Dustin Diaz 2012-2015
  * MIT License | (c) Denis Demchenko 2015-2026
  *)
*/
