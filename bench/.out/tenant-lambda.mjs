import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var K6 = Object.create;
var jp = Object.defineProperty;
var X6 = Object.getOwnPropertyDescriptor;
var J6 = Object.getOwnPropertyNames;
var Y6 = Object.getPrototypeOf,
  Q6 = Object.prototype.hasOwnProperty;
var Rt = ((t) =>
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
var xe = (t, e) => () => {
    try {
      return (e || t((e = { exports: {} }).exports, e), e.exports);
    } catch (r) {
      throw ((e = 0), r);
    }
  },
  ie = (t, e) => {
    for (var r in e) jp(t, r, { get: e[r], enumerable: !0 });
  },
  B_ = (t, e, r, n) => {
    if ((e && typeof e == "object") || typeof e == "function")
      for (let s of J6(e))
        !Q6.call(t, s) &&
          s !== r &&
          jp(t, s, {
            get: () => e[s],
            enumerable: !(n = X6(e, s)) || n.enumerable,
          });
    return t;
  };
var ge = (t, e, r) => (
    (r = t != null ? K6(Y6(t)) : {}),
    B_(
      e || !t || !t.__esModule
        ? jp(r, "default", { value: t, enumerable: !0 })
        : r,
      t,
    )
  ),
  D = (t) => B_(jp({}, "__esModule", { value: !0 }), t);
var Qo,
  Ws,
  Ks,
  z_,
  q_,
  Yp = d(() => {
    ((Qo = (t, e) => {
      let r = [];
      if ((t && r.push(t), e)) for (let n of e) r.push(n);
      return r;
    }),
      (Ws = (t, e) =>
        `${t || "anonymous"}${e && e.length > 0 ? ` (a.k.a. ${e.join(",")})` : ""}`),
      (Ks = () => {
        let t = [],
          e = [],
          r = !1,
          n = new Set(),
          s = (p) =>
            p.sort(
              (h, g) =>
                z_[g.step] - z_[h.step] ||
                q_[g.priority || "normal"] - q_[h.priority || "normal"],
            ),
          o = (p) => {
            let h = !1,
              g = (y) => {
                let E = Qo(y.name, y.aliases);
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
                  for (let E of Qo(y.name, y.aliases)) n.delete(E);
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
                for (let w of Qo(b.name, b.aliases)) y[w] = b;
                h.push(b);
              }),
              e.forEach((S) => {
                let b = { ...S, before: [], after: [] };
                for (let w of Qo(b.name, b.aliases)) y[w] = b;
                g.push(b);
              }),
              g.forEach((S) => {
                if (S.toMiddleware) {
                  let b = y[S.toMiddleware];
                  if (b === void 0) {
                    if (p) return;
                    throw new Error(
                      `${S.toMiddleware} is not found when adding ${Ws(S.name, S.aliases)} middleware ${S.relation} ${S.toMiddleware}`,
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
                b = Qo(g, E);
              if (b.length > 0) {
                if (b.some((w) => n.has(w))) {
                  if (!y)
                    throw new Error(`Duplicate middleware name '${Ws(g, E)}'`);
                  for (let w of b) {
                    let I = t.findIndex(
                      (A) => A.name === w || A.aliases?.some((j) => j === w),
                    );
                    if (I === -1) continue;
                    let v = t[I];
                    if (v.step !== S.step || S.priority !== v.priority)
                      throw new Error(
                        `"${Ws(v.name, v.aliases)}" middleware with ${v.priority} priority in ${v.step} step cannot be overridden by "${Ws(g, E)}" middleware with ${S.priority} priority in ${S.step} step.`,
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
                b = Qo(g, E);
              if (b.length > 0) {
                if (b.some((w) => n.has(w))) {
                  if (!y)
                    throw new Error(`Duplicate middleware name '${Ws(g, E)}'`);
                  for (let w of b) {
                    let I = e.findIndex(
                      (A) => A.name === w || A.aliases?.some((j) => j === w),
                    );
                    if (I === -1) continue;
                    let v = e[I];
                    if (
                      v.toMiddleware !== S.toMiddleware ||
                      v.relation !== S.relation
                    )
                      throw new Error(
                        `"${Ws(v.name, v.aliases)}" middleware ${v.relation} "${v.toMiddleware}" middleware cannot be overridden by "${Ws(g, E)}" middleware ${S.relation} "${S.toMiddleware}" middleware.`,
                      );
                    e.splice(I, 1);
                  }
                }
                for (let w of b) n.add(w);
              }
              e.push(S);
            },
            clone: () => a(Ks()),
            use: (p) => {
              p.applyToStack(l);
            },
            remove: (p) => (typeof p == "string" ? o(p) : i(p)),
            removeByTag: (p) => {
              let h = !1,
                g = (y) => {
                  let { tags: E, name: S, aliases: b } = y;
                  if (E && E.includes(p)) {
                    let w = Qo(S, b);
                    for (let I of w) n.delete(I);
                    return ((h = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(g)), (e = e.filter(g)), h);
            },
            concat: (p) => {
              let h = a(Ks());
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
                return Ws(p.name, p.aliases) + " - " + h;
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
      (z_ = {
        initialize: 5,
        serialize: 4,
        build: 3,
        finalizeRequest: 2,
        deserialize: 1,
      }),
      (q_ = { high: 3, normal: 2, low: 1 }));
  });
var ar = xe((Dr) => {
  var CS;
  (function (t) {
    ((t.HEADER = "header"), (t.QUERY = "query"));
  })(CS || (CS = {}));
  var RS;
  (function (t) {
    ((t.HEADER = "header"), (t.QUERY = "query"));
  })(RS || (RS = {}));
  var OS;
  (function (t) {
    ((t.HTTP = "http"), (t.HTTPS = "https"));
  })(OS || (OS = {}));
  var jc;
  (function (t) {
    ((t.MD5 = "md5"),
      (t.CRC32 = "crc32"),
      (t.CRC32C = "crc32c"),
      (t.SHA1 = "sha1"),
      (t.SHA256 = "sha256"));
  })(jc || (jc = {}));
  var T8 = (t) => {
      let e = [];
      return (
        t.sha256 !== void 0 &&
          e.push({
            algorithmId: () => jc.SHA256,
            checksumConstructor: () => t.sha256,
          }),
        t.md5 != null &&
          e.push({
            algorithmId: () => jc.MD5,
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
    _8 = (t) => {
      let e = {};
      return (
        t.checksumAlgorithms().forEach((r) => {
          e[r.algorithmId()] = r.checksumConstructor();
        }),
        e
      );
    },
    A8 = (t) => T8(t),
    C8 = (t) => _8(t),
    DS;
  (function (t) {
    ((t[(t.HEADER = 0)] = "HEADER"), (t[(t.TRAILER = 1)] = "TRAILER"));
  })(DS || (DS = {}));
  var R8 = "__smithy_context",
    NS;
  (function (t) {
    ((t.PROFILE = "profile"),
      (t.SSO_SESSION = "sso-session"),
      (t.SERVICES = "services"));
  })(NS || (NS = {}));
  var PS;
  (function (t) {
    ((t.HTTP_0_9 = "http/0.9"),
      (t.HTTP_1_0 = "http/1.0"),
      (t.TDS_8_0 = "tds/8.0"));
  })(PS || (PS = {}));
  Dr.AlgorithmId = jc;
  Dr.EndpointURLScheme = OS;
  Dr.FieldPosition = DS;
  Dr.HttpApiKeyAuthLocation = RS;
  Dr.HttpAuthLocation = CS;
  Dr.IniSectionType = NS;
  Dr.RequestHandlerProtocol = PS;
  Dr.SMITHY_CONTEXT_KEY = R8;
  Dr.getDefaultClientConfiguration = A8;
  Dr.resolveDefaultRuntimeConfig = C8;
});
var kS,
  we,
  W_ = d(() => {
    ((kS = ge(ar())),
      (we = (t) =>
        t[kS.SMITHY_CONTEXT_KEY] || (t[kS.SMITHY_CONTEXT_KEY] = {})));
  });
function _(t, e) {
  return Object.prototype.hasOwnProperty.call(t, e);
}
var MS = d(() => {});
function O8(t) {
  return Object.keys(t).reduce((e, r) => {
    let n = t[r];
    return { ...e, [r]: Array.isArray(n) ? [...n] : n };
  }, {});
}
var K,
  K_ = d(() => {
    K = class t {
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
        return (r.query && (r.query = O8(r.query)), r);
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
var qe,
  X_ = d(() => {
    qe = class {
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
var D8,
  Nr,
  J_ = d(() => {
    ((D8 = new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$")),
      (Nr = (t, e = !1) => {
        if (!e) return D8.test(t);
        let r = t.split(".");
        for (let n of r) if (!Nr(n)) return !1;
        return !0;
      }));
  });
function zc(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var Y_ = d(() => {});
var le,
  Q_ = d(() => {
    le = (t) => {
      if (typeof t == "function") return t;
      let e = Promise.resolve(t);
      return () => e;
    };
  });
function qc(t) {
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
var $S = d(() => {});
var rt,
  LS = d(() => {
    $S();
    rt = (t) => {
      if (typeof t == "string") return rt(new URL(t));
      let { hostname: e, pathname: r, port: n, protocol: s, search: o } = t,
        i;
      return (
        o && (i = qc(o)),
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
var zt,
  Z_ = d(() => {
    MS();
    LS();
    zt = (t) => {
      if (typeof t == "object") {
        if ("url" in t) {
          let e = rt(t.url);
          if (t.headers) {
            e.headers = {};
            for (let r in t.headers)
              _(t.headers, r) &&
                (e.headers[r.toLowerCase()] = t.headers[r].join(", "));
          }
          return e;
        }
        return t;
      }
      return rt(t);
    };
  });
var G = d(() => {
  W_();
  MS();
  K_();
  X_();
  J_();
  Y_();
  Q_();
  $S();
  LS();
  Z_();
});
var eA,
  tA = d(() => {
    eA = (t) => () => {
      throw new Error(t);
    };
  });
var rA,
  nA = d(() => {
    rA = (t) => () => Promise.reject(t);
  });
var Zi,
  US = d(() => {
    Zi = () => {
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
var sA,
  oA = d(() => {
    sA = (t) => new Promise((e) => setTimeout(e, t * 1e3));
  });
var Qp,
  qt,
  iA,
  Zp = d(() => {
    US();
    Qp = { minDelay: 2, maxDelay: 120 };
    (function (t) {
      ((t.ABORTED = "ABORTED"),
        (t.FAILURE = "FAILURE"),
        (t.SUCCESS = "SUCCESS"),
        (t.RETRY = "RETRY"),
        (t.TIMEOUT = "TIMEOUT"));
    })(qt || (qt = {}));
    iA = (t) => {
      if (t.state === qt.ABORTED) {
        let e = new Error(
          `${JSON.stringify({ ...t, reason: "Request was aborted" }, Zi())}`,
        );
        throw ((e.name = "AbortError"), e);
      } else if (t.state === qt.TIMEOUT) {
        let e = new Error(
          `${JSON.stringify({ ...t, reason: "Waiter has timed out" }, Zi())}`,
        );
        throw ((e.name = "TimeoutError"), e);
      } else if (t.state !== qt.SUCCESS)
        throw new Error(`${JSON.stringify(t, Zi())}`);
      return t;
    };
  });
var aA,
  N8,
  P8,
  k8,
  M8,
  cA = d(() => {
    US();
    oA();
    Zp();
    ((aA = async (
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
          let b = k8(u, l, p, h);
          if (n?.signal?.aborted || o?.aborted) {
            let w = "AbortController signal aborted.";
            return (
              (c[w] |= 0),
              (c[w] += 1),
              { state: qt.ABORTED, observedResponses: c }
            );
          }
          if (Date.now() + b > h)
            return { state: qt.TIMEOUT, observedResponses: c };
          await sA(b / 1e3);
        }
        let { state: E, reason: S } = await a(s, i);
        if (S) {
          let b = P8(S);
          ((c[b] |= 0), (c[b] += 1));
        }
        if (E !== qt.RETRY)
          return { state: E, reason: S, final: S, observedResponses: c };
        ((p += 1), !y && Date.now() >= g && (N8(c, s), (y = !0)));
      }
    }),
      (N8 = (t = {}, e) => {
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
      (P8 = (t) => {
        let e = t?.$response?.statusCode ?? t?.$metadata?.httpStatusCode;
        return t?.$responseBodyText
          ? `${e ? e + ": " : ""}Deserialization error for body: ${t.$responseBodyText}`
          : e
            ? t?.$response || t?.message
              ? `${e ?? "Unknown"}: ${t?.message}`
              : `${e}: OK`
            : String(t?.message ?? JSON.stringify(t, Zi()) ?? "Unknown");
      }),
      (k8 = (t, e, r, n) => {
        let s = Math.log(e / t) / Math.log(2) + 1;
        if (r > s) return e;
        let o = t * 2 ** (r - 1),
          i = Math.min(o, e),
          a = M8(t, i);
        if (Date.now() + a > n) {
          let c = n - Date.now();
          return Math.max(0, c - 500);
        }
        return a;
      }),
      (M8 = (t, e) => t + Math.random() * (e - t)));
  });
var uA,
  lA = d(() => {
    uA = (t) => {
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
var pA,
  fA,
  dA = d(() => {
    cA();
    lA();
    Zp();
    ((pA = (t) => {
      let e,
        r = new Promise((n) => {
          ((e = () => n({ state: qt.ABORTED })),
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
      (fA = async (t, e, r) => {
        let n = { ...Qp, ...t };
        uA(n);
        let s = [aA(n, e, r)],
          o = [];
        if (t.abortSignal) {
          let { aborted: i, clearListener: a } = pA(t.abortSignal);
          (o.push(a), s.push(i));
        }
        if (t.abortController?.signal) {
          let { aborted: i, clearListener: a } = pA(t.abortController.signal);
          (o.push(a), s.push(i));
        }
        return Promise.race(s).then((i) => {
          for (let a of o) a();
          return i;
        });
      }));
  });
var dt,
  mA = d(() => {
    Yp();
    dt = class {
      config;
      middlewareStack = Ks();
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
var cr,
  BS = d(() => {
    cr = (t) => (typeof t == "function" ? t() : t);
  });
var ea,
  ef = d(() => {
    ea = (t, e, r, n, s) => ({
      name: e,
      namespace: t,
      traits: r,
      input: n,
      output: s,
    });
  });
var hA,
  FS,
  gA = d(() => {
    G();
    ef();
    ((hA = (t) => (e, r) => async (n) => {
      let { response: s } = await e(n),
        { operationSchema: o } = we(r),
        [, i, a, c, u, l] = o ?? [];
      try {
        let p = await t.protocol.deserializeResponse(
          ea(i, a, c, u, l),
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
            if (qe.isInstance(s)) {
              let { headers: g = {}, statusCode: y } = s,
                E = Object.entries(g);
              p.$metadata = {
                httpStatusCode: y,
                requestId: FS(/^x-[\w-]+-request-?id$/, E),
                extendedRequestId: FS(/^x-[\w-]+-id-2$/, E),
                cfId: FS(/^x-[\w-]+-cf-id$/, E),
              };
            }
          } catch {}
        }
        throw p;
      }
    }),
      (FS = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]));
  });
var yA,
  SA = d(() => {
    G();
    ef();
    yA = (t) => (e, r) => async (n) => {
      let { operationSchema: s } = we(r),
        [, o, i, a, c, u] = s ?? [],
        l = r.endpointV2 ? async () => zt(r.endpointV2) : t.endpoint,
        p = await t.protocol.serializeRequest(ea(o, i, a, c, u), n.input, {
          ...t,
          ...r,
          endpoint: l,
        });
      return e({ ...n, request: p });
    };
  });
function gn(t) {
  return {
    applyToStack: (e) => {
      (e.add(yA(t), HS), e.add(hA(t), GS), t.protocol.setSerdeContext(t));
    },
  };
}
var GS,
  HS,
  EA = d(() => {
    gA();
    SA();
    ((GS = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: ["DESERIALIZER"],
      override: !0,
    }),
      (HS = {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: !0,
      }));
  });
var Oe,
  Xs = d(() => {
    Oe = class {
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
var Wc,
  bA,
  xA = d(() => {
    Xs();
    ((Wc = class t extends Oe {
      static symbol = Symbol.for("@smithy/lis");
      valueSchema;
      symbol = t.symbol;
    }),
      (bA = (t, e, r, n) =>
        Oe.assign(new Wc(), {
          name: e,
          namespace: t,
          traits: r,
          valueSchema: n,
        })));
  });
var Kc,
  wA,
  vA = d(() => {
    Xs();
    ((Kc = class t extends Oe {
      static symbol = Symbol.for("@smithy/map");
      keySchema;
      valueSchema;
      symbol = t.symbol;
    }),
      (wA = (t, e, r, n, s) =>
        Oe.assign(new Kc(), {
          name: e,
          namespace: t,
          traits: r,
          keySchema: n,
          valueSchema: s,
        })));
  });
var Xc,
  IA,
  TA = d(() => {
    Xs();
    ((Xc = class t extends Oe {
      static symbol = Symbol.for("@smithy/ope");
      input;
      output;
      symbol = t.symbol;
    }),
      (IA = (t, e, r, n, s) =>
        Oe.assign(new Xc(), {
          name: e,
          namespace: t,
          traits: r,
          input: n,
          output: s,
        })));
  });
var Zo,
  _A,
  VS = d(() => {
    Xs();
    ((Zo = class t extends Oe {
      static symbol = Symbol.for("@smithy/str");
      memberNames;
      memberList;
      symbol = t.symbol;
    }),
      (_A = (t, e, r, n, s) =>
        Oe.assign(new Zo(), {
          name: e,
          namespace: t,
          traits: r,
          memberNames: n,
          memberList: s,
        })));
  });
var Jc,
  AA,
  CA = d(() => {
    Xs();
    VS();
    ((Jc = class t extends Zo {
      static symbol = Symbol.for("@smithy/err");
      ctor;
      symbol = t.symbol;
    }),
      (AA = (t, e, r, n, s, o) =>
        Oe.assign(new Jc(), {
          name: e,
          namespace: t,
          traits: r,
          memberNames: n,
          memberList: s,
          ctor: null,
        })));
  });
function ys(t) {
  if (typeof t == "object") return t;
  if (((t = t | 0), Yc[t])) return Yc[t];
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
  return (Yc[t] = e);
}
var Yc,
  jS = d(() => {
    Yc = [];
  });
function Zc(t, e) {
  if (t instanceof T)
    return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  let r = T;
  return new r(t, e);
}
var Qc,
  eu,
  tu,
  T,
  zS,
  qS,
  RA = d(() => {
    BS();
    jS();
    ((Qc = {
      it: Symbol.for("@smithy/nor-struct-it"),
      ns: Symbol.for("@smithy/ns"),
    }),
      (eu = []),
      (tu = {}),
      (T = class t {
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
          for (this._isMemberSchema = !1; zS(s);)
            (n.push(s[1]),
              (s = s[0]),
              (o = cr(s)),
              (this._isMemberSchema = !0));
          if (n.length > 0) {
            this.memberTraits = {};
            for (let i = n.length - 1; i >= 0; --i) {
              let a = n[i];
              Object.assign(this.memberTraits, ys(a));
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
            ((this.schema = cr(o)),
            qS(this.schema)
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
            if (eu[e]) return eu[e];
          } else if (typeof e == "string") {
            if (tu[e]) return tu[e];
          } else if (r && e[Qc.ns]) return e[Qc.ns];
          let n = cr(e);
          if (n instanceof t) return n;
          if (zS(n)) {
            let [o, i] = n;
            if (o instanceof t)
              return (Object.assign(o.getMergedTraits(), ys(i)), o);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          let s = new t(n);
          return r
            ? (e[Qc.ns] = s)
            : typeof n == "string"
              ? (tu[n] = s)
              : typeof n == "number"
                ? (eu[n] = s)
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
          return ys(this.memberTraits);
        }
        getOwnTraits() {
          return ys(this.traits);
        }
        getKeySchema() {
          let [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(
              `@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`,
            );
          let n = this.getSchema(),
            s = e ? 15 : (n[4] ?? 0);
          return Zc([s, 0], "key");
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
          if (o != null) return Zc([o, 0], n ? "value" : "member");
          throw new Error(
            `@smithy/core/schema - ${this.getName(!0)} has no value member.`,
          );
        }
        getMemberSchema(e) {
          let r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            let n = r[4].indexOf(e),
              s = r[5][n];
            return Zc(zS(s) ? s : [s, 0], e);
          }
          if (this.isDocumentSchema()) return Zc([15, 0], e);
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
            n = e[Qc.it];
          if (n && r === n.length) {
            yield* n;
            return;
          }
          n = Array(r);
          for (let s = 0; s < r; ++s) {
            let o = e[4][s],
              i = Zc([e[5][s], 0], o);
            yield (n[s] = [o, i]);
          }
          e[Qc.it] = n;
        }
      }));
    ((zS = (t) => Array.isArray(t) && t.length === 2),
      (qS = (t) => Array.isArray(t) && t.length >= 5));
  });
var ta,
  OA,
  DA,
  NA = d(() => {
    Xs();
    ((ta = class t extends Oe {
      static symbol = Symbol.for("@smithy/sim");
      schemaRef;
      symbol = t.symbol;
    }),
      (OA = (t, e, r, n) =>
        Oe.assign(new ta(), {
          name: e,
          namespace: t,
          traits: n,
          schemaRef: r,
        })),
      (DA = (t, e, r, n) =>
        Oe.assign(new ta(), {
          name: e,
          namespace: t,
          traits: r,
          schemaRef: n,
        })));
  });
var PA,
  kA = d(() => {
    PA = {
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
var de,
  MA = d(() => {
    de = class t {
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
var WS = {};
ie(WS, {
  ErrorSchema: () => Jc,
  ListSchema: () => Wc,
  MapSchema: () => Kc,
  NormalizedSchema: () => T,
  OperationSchema: () => Xc,
  SCHEMA: () => PA,
  Schema: () => Oe,
  SimpleSchema: () => ta,
  StructureSchema: () => Zo,
  TypeRegistry: () => de,
  deref: () => cr,
  deserializerMiddlewareOption: () => GS,
  error: () => AA,
  getSchemaSerdePlugin: () => gn,
  isStaticSchema: () => qS,
  list: () => bA,
  map: () => wA,
  op: () => IA,
  operation: () => ea,
  serializerMiddlewareOption: () => HS,
  sim: () => OA,
  simAdapter: () => DA,
  simpleSchemaCacheN: () => eu,
  simpleSchemaCacheS: () => tu,
  struct: () => _A,
  traitsCache: () => Yc,
  translateTraits: () => ys,
});
var Y = d(() => {
  BS();
  EA();
  xA();
  vA();
  TA();
  ef();
  CA();
  RA();
  Xs();
  NA();
  VS();
  kA();
  jS();
  MA();
});
function Js(t, e) {
  if (e == null) return e;
  let r = T.of(t);
  if (r.getMergedTraits().sensitive) return KS;
  if (r.isListSchema()) {
    let n = r.getValueSchema();
    if (n.getMergedTraits().sensitive) return KS;
    if (Array.isArray(e)) return e.map((s) => Js(n, s));
  } else if (r.isMapSchema()) {
    let n = r.getValueSchema();
    if (
      r.getKeySchema().getMergedTraits().sensitive ||
      n.getMergedTraits().sensitive
    )
      return KS;
    if (typeof e == "object")
      return Object.fromEntries(
        Object.entries(e).map(([s, o]) => [s, Js(n, o)]),
      );
  } else if (r.isStructSchema() && typeof e == "object") {
    let n = e,
      s = {};
    for (let [o, i] of r.structIterator()) n[o] != null && (s[o] = Js(i, n[o]));
    return s;
  }
  return e;
}
var KS,
  XS = d(() => {
    Y();
    KS = "***SensitiveInformation***";
  });
var JS,
  $A,
  bt,
  YS,
  QS = d(() => {
    JS = ge(ar());
    Yp();
    XS();
    Y();
    (($A = Symbol.for("@smithy/op-event-stream")),
      (bt = class {
        middlewareStack = Ks();
        schema;
        static classBuilder() {
          return new YS();
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
            y = l[JS.SMITHY_CONTEXT_KEY],
            E = {
              logger: g,
              clientName: o,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [JS.SMITHY_CONTEXT_KEY]: {
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
            v = I?.[$A];
          if (v !== void 0) w = v;
          else if (I && Array.isArray(I) && I[0] === 9) {
            let [, , , , A, j] = I;
            w = I[$A] = !!(
              T.of(A).getEventStreamMember() || T.of(j).getEventStreamMember()
            );
          }
          return (
            w && (b = { isEventStream: w, ...b }),
            h.resolve((A) => S.handle(A.request, b), E)
          );
        }
      }),
      (YS = class {
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
          return (r = class extends bt {
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
                  (i ? Js.bind(null, a) : (u) => u),
                outputFilterSensitiveLog:
                  e._outputFilterSensitiveLog ??
                  (i ? Js.bind(null, c) : (u) => u),
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
var LA,
  UA = d(() => {
    LA = "***SensitiveInformation***";
  });
var yn,
  BA = d(() => {
    yn = (t, e, r) => {
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
var ur,
  ei,
  ZS = d(() => {
    ((ur = class t extends Error {
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
      (ei = (t, e = {}) => {
        Object.entries(e)
          .filter(([, n]) => n !== void 0)
          .forEach(([n, s]) => {
            (t[n] == null || t[n] === "") && (t[n] = s);
          });
        let r = t.message || t.Message || "UnknownError";
        return ((t.message = r), delete t.Message, t);
      }));
  });
var eE,
  FA,
  $8,
  GA = d(() => {
    ZS();
    ((eE = ({ output: t, parsedBody: e, exceptionCtor: r, errorCode: n }) => {
      let s = $8(t),
        o = s.httpStatusCode ? s.httpStatusCode + "" : void 0,
        i = new r({
          name: e?.code || e?.Code || n || o || "UnknownError",
          $fault: "client",
          $metadata: s,
        });
      throw ei(i, e);
    }),
      (FA =
        (t) =>
        ({ output: e, parsedBody: r, errorCode: n }) => {
          eE({ output: e, parsedBody: r, exceptionCtor: t, errorCode: n });
        }),
      ($8 = (t) => ({
        httpStatusCode: t.statusCode,
        requestId:
          t.headers["x-amzn-requestid"] ??
          t.headers["x-amzn-request-id"] ??
          t.headers["x-amz-request-id"],
        extendedRequestId: t.headers["x-amz-id-2"],
        cfId: t.headers["x-amz-cf-id"],
      })));
  });
var Sn,
  HA = d(() => {
    Sn = (t) => {
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
var VA,
  En,
  jA = d(() => {
    ((VA = !1),
      (En = (t) => {
        t && !VA && parseInt(t.substring(1, t.indexOf("."))) < 16 && (VA = !0);
      }));
  });
var ti,
  zA,
  tf,
  rf,
  tE = d(() => {
    G();
    ((ti = ge(ar())),
      (zA = Object.values(ti.AlgorithmId)),
      (tf = (t) => {
        let e = [];
        for (let r in ti.AlgorithmId) {
          if (!_(ti.AlgorithmId, r)) continue;
          let n = ti.AlgorithmId[r];
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
            (zA.includes(n)
              ? (t.checksumAlgorithms[n.toUpperCase()] = s)
              : (t.checksumAlgorithms[n] = s),
              e.push(r));
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (rf = (t) => {
        let e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            let n = r.algorithmId();
            zA.includes(n) && (e[n] = r.checksumConstructor());
          }),
          e
        );
      }));
  });
var nf,
  sf,
  rE = d(() => {
    ((nf = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (sf = (t) => {
        let e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      }));
  });
var Pr,
  qA,
  bn,
  WA = d(() => {
    tE();
    rE();
    ((Pr = (t) => Object.assign(tf(t), nf(t))),
      (qA = Pr),
      (bn = (t) => Object.assign(rf(t), sf(t))));
  });
var KA,
  XA = d(() => {
    KA = (t) => (Array.isArray(t) ? t : [t]);
  });
var ri,
  JA = d(() => {
    G();
    ri = (t) => {
      let e = "#text";
      for (let r in t)
        _(t, r) &&
          (t[r][e] !== void 0
            ? (t[r] = t[r][e])
            : typeof t[r] == "object" && t[r] !== null && (t[r] = ri(t[r])));
      return t;
    };
  });
var YA,
  QA = d(() => {
    YA = (t) => t != null;
  });
var Ot,
  ZA = d(() => {
    Ot = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function nE(t, e, r) {
  let n, s, o;
  if (typeof e > "u" && typeof r > "u") ((n = {}), (o = t));
  else {
    if (((n = t), typeof e == "function"))
      return ((s = e), (o = r), L8(n, s, o));
    o = e;
  }
  for (let i in o)
    if (_(o, i)) {
      if (!Array.isArray(o[i])) {
        n[i] = o[i];
        continue;
      }
      rC(n, null, o, i);
    }
  return n;
}
var eC,
  tC,
  L8,
  rC,
  U8,
  B8,
  nC = d(() => {
    G();
    ((eC = (t) => {
      let e = {};
      for (let [r, n] of Object.entries(t || {})) e[r] = [, n];
      return e;
    }),
      (tC = (t, e) => {
        let r = {};
        for (let n in e) _(e, n) && rC(r, t, e, n);
        return r;
      }),
      (L8 = (t, e, r) =>
        nE(
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
      (rC = (t, e, r, n) => {
        if (e !== null) {
          let i = r[n];
          typeof i == "function" && (i = [, i]);
          let [a = U8, c = B8, u = n] = i;
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
      (U8 = (t) => t != null),
      (B8 = (t) => t));
  });
var sC,
  oC,
  iC = d(() => {
    ((sC = (t) => {
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
      (oC = (t) => t.toISOString().replace(".000Z", "Z")));
  });
var of,
  aC = d(() => {
    G();
    of = (t) => {
      if (t == null) return {};
      if (Array.isArray(t)) return t.filter((e) => e != null).map(of);
      if (typeof t == "object") {
        let e = {};
        for (let r in t) _(t, r) && t[r] != null && (e[r] = of(t[r]));
        return e;
      }
      return t;
    };
  });
function xn(t, e, r, n) {
  return function (o, i, a, c, u = {}) {
    let l = Object.assign({}, t, o);
    return bt
      .classBuilder()
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
var cC = d(() => {
  QS();
});
var af = {};
ie(af, {
  AlgorithmId: () => ti.AlgorithmId,
  Client: () => dt,
  Command: () => bt,
  NoOpLogger: () => Ot,
  SENSITIVE_STRING: () => LA,
  ServiceException: () => ur,
  WaiterState: () => qt,
  _json: () => of,
  checkExceptions: () => iA,
  constructStack: () => Ks,
  convertMap: () => eC,
  createAggregatedClient: () => yn,
  createWaiter: () => fA,
  decorateServiceException: () => ei,
  emitWarningIfUnsupportedVersion: () => En,
  getArrayIfSingleItem: () => KA,
  getChecksumConfiguration: () => tf,
  getDefaultClientConfiguration: () => qA,
  getDefaultExtensionConfiguration: () => Pr,
  getRetryConfiguration: () => nf,
  getSmithyContext: () => we,
  getValueFromTextNode: () => ri,
  invalidFunction: () => eA,
  invalidProvider: () => rA,
  isSerializableHeaderValue: () => YA,
  loadConfigsForDefaultMode: () => Sn,
  makeBuilder: () => xn,
  map: () => nE,
  normalizeProvider: () => le,
  resolveChecksumRuntimeConfig: () => rf,
  resolveDefaultRuntimeConfig: () => bn,
  resolveRetryRuntimeConfig: () => sf,
  schemaLogFilter: () => Js,
  serializeDateTime: () => oC,
  serializeFloat: () => sC,
  take: () => tC,
  throwDefaultError: () => eE,
  waiterServiceDefaults: () => Qp,
  withBaseException: () => FA,
});
var U = d(() => {
  Yp();
  G();
  G();
  tA();
  nA();
  dA();
  Zp();
  mA();
  QS();
  UA();
  BA();
  GA();
  HA();
  jA();
  ZS();
  WA();
  tE();
  rE();
  XA();
  JA();
  QA();
  ZA();
  nC();
  XS();
  iC();
  aC();
  cC();
});
function ni(t) {
  return sE.includes(t);
}
var ra,
  sE,
  cf = d(() => {
    ((ra = "preferred"), (sE = ["disabled", "preferred", "required"]));
  });
var uC,
  lC = d(() => {
    U();
    cf();
    uC = (t) => {
      let { accountIdEndpointMode: e } = t,
        r = le(e ?? ra);
      return Object.assign(t, {
        accountIdEndpointMode: async () => {
          let n = await r();
          if (!ni(n))
            throw new Error(
              `Invalid value for accountIdEndpointMode: ${n}. Valid values are: "required", "preferred", "disabled".`,
            );
          return n;
        },
      });
    };
  });
var pC,
  fC,
  oE,
  iE,
  dC,
  mC = d(() => {
    cf();
    ((pC = "Invalid AccountIdEndpointMode value"),
      (fC = (t) => {
        throw new Error(t);
      }),
      (oE = "AWS_ACCOUNT_ID_ENDPOINT_MODE"),
      (iE = "account_id_endpoint_mode"),
      (dC = {
        environmentVariableSelector: (t) => {
          let e = t[oE];
          return (e && !ni(e) && fC(pC), e);
        },
        configFileSelector: (t) => {
          let e = t[iE];
          return (e && !ni(e) && fC(pC), e);
        },
        default: ra,
      }));
  });
var hC = {};
ie(hC, {
  ACCOUNT_ID_ENDPOINT_MODE_VALUES: () => sE,
  CONFIG_ACCOUNT_ID_ENDPOINT_MODE: () => iE,
  DEFAULT_ACCOUNT_ID_ENDPOINT_MODE: () => ra,
  ENV_ACCOUNT_ID_ENDPOINT_MODE: () => oE,
  NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: () => dC,
  resolveAccountIdEndpointModeConfig: () => uC,
  validateAccountIdEndpointMode: () => ni,
});
var gC = d(() => {
  lC();
  cf();
  mC();
});
var ru,
  wn,
  yC = d(() => {
    ((ru = { warningEmitted: !1 }),
      (wn = (t) => {
        if (t && !ru.warningEmitted) {
          if (
            process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ===
            "true"
          ) {
            ru.warningEmitted = !0;
            return;
          }
          let e = parseInt(t.substring(1, t.indexOf("."))),
            r = 22;
          e < r &&
            ((ru.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      }));
  });
var F8,
  G8,
  SC,
  EC = d(() => {
    ((F8 = () => (t, e) => async (r) => ((e.__retryLongPoll = !0), t(r))),
      (G8 = {
        name: "longPollMiddleware",
        tags: ["RETRY"],
        step: "initialize",
        override: !0,
      }),
      (SC = (t) => ({
        applyToStack: (e) => {
          e.add(F8(), G8);
        },
      })));
  });
function Ys(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var bC = d(() => {});
function lr(t, e, r) {
  (t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r));
}
var aE = d(() => {});
function xC(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var wC = d(() => {});
var H8,
  vn,
  vC = d(() => {
    ((H8 = () =>
      typeof process == "object" &&
      process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true"),
      (vn = (t, e) => {
        if (H8() && typeof t?.handle != "function") return e;
      }));
  });
var uf,
  cE = d(() => {
    uf = (t) =>
      (typeof ArrayBuffer == "function" && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === "[object ArrayBuffer]";
  });
var kr,
  Qs,
  Zs = d(() => {
    cE();
    ((kr = (t, e = 0, r = t.byteLength - e) => {
      if (!uf(t))
        throw new TypeError(
          `The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`,
        );
      return Buffer.from(t, e, r);
    }),
      (Qs = (t, e) => {
        if (typeof t != "string")
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      }));
  });
var V8,
  De,
  IC = d(() => {
    Zs();
    ((V8 = /^[A-Za-z0-9+/]*={0,2}$/),
      (De = (t) => {
        if ((t.length * 3) % 4 !== 0)
          throw new TypeError("Incorrect padding on base64 string.");
        if (!V8.exec(t)) throw new TypeError("Invalid base64 string.");
        let e = Qs(t, "base64");
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      }));
  });
var He,
  lf = d(() => {
    Zs();
    He = (t) => {
      let e = Qs(t, "utf8");
      return new Uint8Array(
        e.buffer,
        e.byteOffset,
        e.byteLength / Uint8Array.BYTES_PER_ELEMENT,
      );
    };
  });
var ve,
  uE = d(() => {
    Zs();
    lf();
    ve = (t) => {
      let e;
      if (
        (typeof t == "string" ? (e = He(t)) : (e = t),
        typeof e != "object" ||
          typeof e.byteOffset != "number" ||
          typeof e.byteLength != "number")
      )
        throw new Error(
          "@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.",
        );
      return kr(e.buffer, e.byteOffset, e.byteLength).toString("base64");
    };
  });
function TC(t, e, r, n) {
  return class pf extends Uint8Array {
    static fromString(o, i = "utf-8") {
      if (typeof o == "string")
        return i === "base64" ? pf.mutate(n(o)) : pf.mutate(e(o));
      throw new Error(
        `Unsupported conversion from ${typeof o} to Uint8ArrayBlobAdapter.`,
      );
    }
    static mutate(o) {
      return (Object.setPrototypeOf(o, pf.prototype), o);
    }
    transformToString(o = "utf-8") {
      return o === "base64" ? r(this) : t(this);
    }
  };
}
var _C = d(() => {});
var Ie,
  AC = d(() => {
    Zs();
    Ie = (t) => {
      if (typeof t == "string") return t;
      if (
        typeof t != "object" ||
        typeof t.byteOffset != "number" ||
        typeof t.byteLength != "number"
      )
        throw new Error(
          "@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.",
        );
      return kr(t.buffer, t.byteOffset, t.byteLength).toString("utf8");
    };
  });
function CC(t) {
  return typeof crypto < "u" && typeof crypto.randomUUID == "function"
    ? () => crypto.randomUUID()
    : () => {
        let e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          mt[e[0]] +
            mt[e[1]] +
            mt[e[2]] +
            mt[e[3]] +
            "-" +
            mt[e[4]] +
            mt[e[5]] +
            "-" +
            mt[e[6]] +
            mt[e[7]] +
            "-" +
            mt[e[8]] +
            mt[e[9]] +
            "-" +
            mt[e[10]] +
            mt[e[11]] +
            mt[e[12]] +
            mt[e[13]] +
            mt[e[14]] +
            mt[e[15]]
        );
      };
}
var mt,
  RC = d(() => {
    mt = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, "0"));
  });
var OC,
  DC = d(() => {
    OC = (t, e, r = (n) => n) => t;
  });
var NC,
  PC,
  na,
  j8,
  nu,
  sa,
  kC,
  ff,
  df,
  mf,
  lE,
  z8,
  MC,
  pE,
  $C,
  gf,
  su,
  LC,
  yf,
  q8,
  ia,
  Sf,
  UC,
  BC,
  FC,
  GC,
  fE,
  HC,
  VC,
  eo,
  Ef,
  hf,
  oa,
  dE = d(() => {
    G();
    ((NC = (t) => {
      switch (t) {
        case "true":
          return !0;
        case "false":
          return !1;
        default:
          throw new Error(`Unable to parse boolean value "${t}"`);
      }
    }),
      (PC = (t) => {
        if (t != null) {
          if (typeof t == "number") {
            if (
              ((t === 0 || t === 1) &&
                oa.warn(hf(`Expected boolean, got ${typeof t}: ${t}`)),
              t === 0)
            )
              return !1;
            if (t === 1) return !0;
          }
          if (typeof t == "string") {
            let e = t.toLowerCase();
            if (
              ((e === "false" || e === "true") &&
                oa.warn(hf(`Expected boolean, got ${typeof t}: ${t}`)),
              e === "false")
            )
              return !1;
            if (e === "true") return !0;
          }
          if (typeof t == "boolean") return t;
          throw new TypeError(`Expected boolean, got ${typeof t}: ${t}`);
        }
      }),
      (na = (t) => {
        if (t != null) {
          if (typeof t == "string") {
            let e = parseFloat(t);
            if (!Number.isNaN(e))
              return (
                String(e) !== String(t) &&
                  oa.warn(hf(`Expected number but observed string: ${t}`)),
                e
              );
          }
          if (typeof t == "number") return t;
          throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
        }
      }),
      (j8 = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (nu = (t) => {
        let e = na(t);
        if (
          e !== void 0 &&
          !Number.isNaN(e) &&
          e !== 1 / 0 &&
          e !== -1 / 0 &&
          Math.abs(e) > j8
        )
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (sa = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (kC = sa),
      (ff = (t) => lE(t, 32)),
      (df = (t) => lE(t, 16)),
      (mf = (t) => lE(t, 8)),
      (lE = (t, e) => {
        let r = sa(t);
        if (r !== void 0 && z8(r, e) !== r)
          throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (z8 = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (MC = (t, e) => {
        if (t == null)
          throw e
            ? new TypeError(`Expected a non-null value for ${e}`)
            : new TypeError("Expected a non-null value");
        return t;
      }),
      (pE = (t) => {
        if (t == null) return;
        if (typeof t == "object" && !Array.isArray(t)) return t;
        let e = Array.isArray(t) ? "array" : typeof t;
        throw new TypeError(`Expected object, got ${e}: ${t}`);
      }),
      ($C = (t) => {
        if (t != null) {
          if (typeof t == "string") return t;
          if (["boolean", "number", "bigint"].includes(typeof t))
            return (
              oa.warn(hf(`Expected string, got ${typeof t}: ${t}`)),
              String(t)
            );
          throw new TypeError(`Expected string, got ${typeof t}: ${t}`);
        }
      }),
      (gf = (t) => {
        if (t == null) return;
        let e = pE(t),
          r = [];
        for (let n in e) _(e, n) && e[n] != null && r.push(n);
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
      (su = (t) => na(typeof t == "string" ? ia(t) : t)),
      (LC = su),
      (yf = (t) => nu(typeof t == "string" ? ia(t) : t)),
      (q8 =
        /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (ia = (t) => {
        let e = t.match(q8);
        if (e === null || e[0].length !== t.length)
          throw new TypeError("Expected real number, got implicit NaN");
        return parseFloat(t);
      }),
      (Sf = (t) => (typeof t == "string" ? GC(t) : na(t))),
      (UC = Sf),
      (BC = Sf),
      (FC = (t) => (typeof t == "string" ? GC(t) : nu(t))),
      (GC = (t) => {
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
      (fE = (t) => sa(typeof t == "string" ? ia(t) : t)),
      (HC = fE),
      (VC = (t) => ff(typeof t == "string" ? ia(t) : t)),
      (eo = (t) => df(typeof t == "string" ? ia(t) : t)),
      (Ef = (t) => mf(typeof t == "string" ? ia(t) : t)),
      (hf = (t) =>
        String(new TypeError(t).stack || t)
          .split(
            `
`,
          )
          .slice(0, 5)
          .filter((e) => !e.includes("stackTraceWarning")).join(`
`)),
      (oa = { warn: console.warn }));
  });
function Wt(t) {
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
  return `${W8[n]}, ${c} ${hE[r]} ${e} ${u}:${l}:${p} GMT`;
}
var W8,
  hE,
  K8,
  jC,
  X8,
  ca,
  J8,
  Y8,
  Q8,
  to,
  ua,
  ou,
  Z8,
  eK,
  tK,
  mE,
  rK,
  nK,
  sK,
  In,
  oK,
  iK,
  aa,
  zC = d(() => {
    dE();
    ((W8 = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
      (hE = [
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
    ((K8 = new RegExp(
      /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/,
    )),
      (jC = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-3339 date-times must be expressed as strings",
          );
        let e = K8.exec(t);
        if (!e) throw new TypeError("Invalid RFC-3339 date-time value");
        let [r, n, s, o, i, a, c, u] = e,
          l = eo(aa(n)),
          p = In(s, "month", 1, 12),
          h = In(o, "day", 1, 31);
        return ou(l, p, h, {
          hours: i,
          minutes: a,
          seconds: c,
          fractionalMilliseconds: u,
        });
      }),
      (X8 = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (ca = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-3339 date-times must be expressed as strings",
          );
        let e = X8.exec(t);
        if (!e) throw new TypeError("Invalid RFC-3339 date-time value");
        let [r, n, s, o, i, a, c, u, l] = e,
          p = eo(aa(n)),
          h = In(s, "month", 1, 12),
          g = In(o, "day", 1, 31),
          y = ou(p, h, g, {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        return (l.toUpperCase() != "Z" && y.setTime(y.getTime() - iK(l)), y);
      }),
      (J8 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (Y8 = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (Q8 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (to = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-7231 date-times must be expressed as strings",
          );
        let e = J8.exec(t);
        if (e) {
          let [r, n, s, o, i, a, c, u] = e;
          return ou(eo(aa(o)), mE(s), In(n, "day", 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((e = Y8.exec(t)), e)) {
          let [r, n, s, o, i, a, c, u] = e;
          return tK(
            ou(Z8(o), mE(s), In(n, "day", 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((e = Q8.exec(t)), e)) {
          let [r, n, s, o, i, a, c, u] = e;
          return ou(eo(aa(u)), mE(n), In(s.trimLeft(), "day", 1, 31), {
            hours: o,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError("Invalid RFC-7231 date-time value");
      }),
      (ua = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == "number") e = t;
        else if (typeof t == "string") e = su(t);
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
      (ou = (t, e, r, n) => {
        let s = e - 1;
        return (
          nK(t, s, r),
          new Date(
            Date.UTC(
              t,
              s,
              r,
              In(n.hours, "hour", 0, 23),
              In(n.minutes, "minute", 0, 59),
              In(n.seconds, "seconds", 0, 60),
              oK(n.fractionalMilliseconds),
            ),
          )
        );
      }),
      (Z8 = (t) => {
        let e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + eo(aa(t));
        return r < e ? r + 100 : r;
      }),
      (eK = 50 * 365 * 24 * 60 * 60 * 1e3),
      (tK = (t) =>
        t.getTime() - new Date().getTime() > eK
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
      (mE = (t) => {
        let e = hE.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (rK = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (nK = (t, e, r) => {
        let n = rK[e];
        if ((e === 1 && sK(t) && (n = 29), r > n))
          throw new TypeError(`Invalid day for ${hE[e]} in ${t}: ${r}`);
      }),
      (sK = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (In = (t, e, r, n) => {
        let s = Ef(aa(t));
        if (s < r || s > n)
          throw new TypeError(`${e} must be between ${r} and ${n}, inclusive`);
        return s;
      }),
      (oK = (t) => (t == null ? 0 : yf("0." + t) * 1e3)),
      (iK = (t) => {
        let e = t[0],
          r = 1;
        if (e == "+") r = 1;
        else if (e == "-") r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        let n = Number(t.substring(1, 3)),
          s = Number(t.substring(4, 6));
        return r * (n * 60 + s) * 60 * 1e3;
      }),
      (aa = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === "0";) e++;
        return e === 0 ? t : t.slice(e);
      }));
  });
var Le,
  qC = d(() => {
    Le = function (e) {
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
    Le.from = (t) =>
      t && typeof t == "object" && (t instanceof Le || "deserializeJSON" in t)
        ? t
        : typeof t == "string" || Object.getPrototypeOf(t) === String.prototype
          ? Le(String(t))
          : Le(JSON.stringify(t));
    Le.fromObject = Le.from;
  });
function bf(t) {
  return (
    (t.includes(",") || t.includes('"')) &&
      (t = `"${t.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`),
    t
  );
}
var WC = d(() => {});
function Ss(t, e, r) {
  let n = Number(t);
  if (n < e || n > r) throw new Error(`Value ${n} out of range [${e}, ${r}]`);
}
var gE,
  yE,
  SE,
  KC,
  XC,
  aK,
  cK,
  uK,
  lK,
  pK,
  fK,
  ro,
  xf,
  wf,
  JC = d(() => {
    ((gE = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?"),
      (yE = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
      (SE = "(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"),
      (KC = "(\\d?\\d)"),
      (XC = "(\\d{4})"),
      (aK = new RegExp(
        /^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/,
      )),
      (cK =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (uK = new RegExp(`^${gE}, ${KC} ${yE} ${XC} ${SE} GMT$`)),
      (lK = new RegExp(`^${gE}, ${KC}-${yE}-(\\d\\d) ${SE} GMT$`)),
      (pK = new RegExp(`^${gE} ${yE} ( [1-9]|\\d\\d) ${SE} ${XC}$`)),
      (fK = [
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
      (ro = (t) => {
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
      (xf = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError("RFC3339 timestamps must be strings");
        let e = aK.exec(t);
        if (!e) throw new TypeError(`Invalid RFC3339 timestamp format ${t}`);
        let [, r, n, s, o, i, a, , c, u] = e;
        (Ss(n, 1, 12), Ss(s, 1, 31), Ss(o, 0, 23), Ss(i, 0, 59), Ss(a, 0, 60));
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
      (wf = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError("RFC7231 timestamps must be strings.");
        if (cK.test(t)) return new Date(t);
        let e, r, n, s, o, i, a, c;
        if (
          ((c = uK.exec(t))
            ? ([, e, r, n, s, o, i, a] = c)
            : (c = lK.exec(t))
              ? (([, e, r, n, s, o, i, a] = c),
                (n = (Number(n) + 1900).toString()))
              : (c = pK.exec(t)) && ([, r, e, s, o, i, a, n] = c),
          n && i)
        ) {
          let u = Date.UTC(
            Number(n),
            fK.indexOf(r),
            Number(e),
            Number(s),
            Number(o),
            Number(i),
            a ? Math.round(parseFloat(`0.${a}`) * 1e3) : 0,
          );
          (Ss(e, 1, 31), Ss(s, 0, 23), Ss(o, 0, 59), Ss(i, 0, 60));
          let l = new Date(u);
          return (l.setUTCFullYear(Number(n)), l);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${t}.`);
      }));
  });
function vf(t, e, r) {
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
var YC = d(() => {});
var la,
  QC = d(() => {
    la = (t) => {
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
function If(t) {
  return new X(String(t), "bigDecimal");
}
var ZC,
  X,
  eR = d(() => {
    ((ZC = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (X = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !ZC.test(e)))
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
            (r.type === "bigDecimal" && ZC.test(r.string))
          );
        }
      }));
  });
function Tf(t) {
  if (t.length % 2 !== 0)
    throw new Error("Hex encoded strings must have an even number length");
  let e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    let n = t.slice(r, r + 2).toLowerCase();
    if (n in EE) e[r / 2] = EE[n];
    else
      throw new Error(
        `Cannot decode unrecognized sequence ${n} as hexadecimal`,
      );
  }
  return e;
}
function pr(t) {
  let e = "";
  for (let r = 0; r < t.byteLength; r++) e += tR[t[r]];
  return e;
}
var tR,
  EE,
  bE = d(() => {
    ((tR = {}), (EE = {}));
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      (e.length === 1 && (e = `0${e}`), (tR[t] = e), (EE[e] = t));
    }
  });
import { ReadStream as dK, fstatSync as mK, lstatSync as hK } from "node:fs";
var Tn,
  rR = d(() => {
    Tn = (t) => {
      if (!t) return 0;
      if (typeof t == "string") return Buffer.byteLength(t);
      if (typeof t.byteLength == "number") return t.byteLength;
      if (typeof t.size == "number") return t.size;
      if (typeof t.start == "number" && typeof t.end == "number")
        return t.end + 1 - t.start;
      if (t instanceof dK) {
        if (t.path != null) return hK(t.path).size;
        if (typeof t.fd == "number") return mK(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var xt,
  xE = d(() => {
    lf();
    xt = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == "string"
          ? He(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(
                t.buffer,
                t.byteOffset,
                t.byteLength / Uint8Array.BYTES_PER_ELEMENT,
              )
            : new Uint8Array(t);
  });
function _n(t, e) {
  if (e === void 0) {
    e = 0;
    for (let s of t) e += s.byteLength;
  }
  let r = new Uint8Array(e),
    n = 0;
  for (let s of t) (r.set(s, n), (n += s.byteLength));
  return r;
}
var iu = d(() => {});
var _f,
  wE,
  vE = d(() => {
    G();
    ((_f = (t, e) => (r, n) => async (s) => {
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
            if (qe.isInstance(o)) {
              let { headers: c = {} } = o,
                u = Object.entries(c);
              i.$metadata = {
                httpStatusCode: o.statusCode,
                requestId: wE(/^x-[\w-]+-request-?id$/, u),
                extendedRequestId: wE(/^x-[\w-]+-id-2$/, u),
                cfId: wE(/^x-[\w-]+-cf-id$/, u),
              };
            }
          } catch {}
        }
        throw i;
      }
    }),
      (wE = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]));
  });
var Kt,
  au = d(() => {
    Kt = class t extends Error {
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
var no,
  Af = d(() => {
    au();
    no = class t extends Kt {
      name = "CredentialsProviderError";
      constructor(e, r = !0) {
        (super(e, r), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Cf,
  nR = d(() => {
    au();
    Cf = class t extends Kt {
      name = "TokenProviderError";
      constructor(e, r = !0) {
        (super(e, r), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Rf,
  IE = d(() => {
    au();
    Rf =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Kt("No providers in chain");
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
var Of,
  TE = d(() => {
    Of = (t) => () => Promise.resolve(t);
  });
var pa,
  Df = d(() => {
    pa = (t, e, r) => {
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
var We,
  Nf = d(() => {
    We = (t, e, r) => {
      if (e in t) {
        if (t[e] === "true") return !0;
        if (t[e] === "false") return !1;
        throw new Error(
          `Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`,
        );
      }
    };
  });
var sR,
  oR = d(() => {
    sR = (t, e, r) => {
      if (!(e in t)) return;
      let n = parseInt(t[e], 10);
      if (Number.isNaN(n))
        throw new TypeError(
          `Cannot load ${r} '${e}'. Expected number, got '${t[e]}'.`,
        );
      return n;
    };
  });
var Ue,
  Pf = d(() => {
    (function (t) {
      ((t.ENV = "env"), (t.CONFIG = "shared config entry"));
    })(Ue || (Ue = {}));
  });
import { homedir as gK } from "node:os";
import { sep as yK } from "node:path";
var _E,
  SK,
  An,
  fa = d(() => {
    ((_E = {}),
      (SK = () =>
        process && process.geteuid ? `${process.geteuid()}` : "DEFAULT"),
      (An = () => {
        let {
          HOME: t,
          USERPROFILE: e,
          HOMEPATH: r,
          HOMEDRIVE: n = `C:${yK}`,
        } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${n}${r}`;
        let s = SK();
        return (_E[s] || (_E[s] = gK()), _E[s]);
      }));
  });
var AE,
  CE,
  kf,
  RE = d(() => {
    ((AE = "AWS_PROFILE"),
      (CE = "default"),
      (kf = (t) => t.profile || process.env[AE] || CE));
  });
import { createHash as EK } from "node:crypto";
import { join as bK } from "node:path";
var Mf,
  OE = d(() => {
    fa();
    Mf = (t) => {
      let r = EK("sha1").update(t).digest("hex");
      return bK(An(), ".aws", "sso", "cache", `${r}.json`);
    };
  });
import { readFile as xK } from "node:fs/promises";
var cu,
  iR,
  DE = d(() => {
    OE();
    ((cu = {}),
      (iR = async (t) => {
        if (cu[t]) return cu[t];
        let e = Mf(t),
          r = await xK(e, "utf8");
        return JSON.parse(r);
      }));
  });
var Cn,
  aR = d(() => {
    Cn = ".";
  });
var NE,
  cR,
  uR = d(() => {
    ((NE = ge(ar())),
      (cR = (t) =>
        Object.entries(t)
          .filter(([e]) => {
            let r = e.indexOf(".");
            return r === -1
              ? !1
              : Object.values(NE.IniSectionType).includes(e.substring(0, r));
          })
          .reduce(
            (e, [r, n]) => {
              let s = r.indexOf("."),
                o =
                  r.substring(0, s) === NE.IniSectionType.PROFILE
                    ? r.substring(s + 1)
                    : r;
              return ((e[o] = n), e);
            },
            { ...(t.default && { default: t.default }) },
          )));
  });
import { join as wK } from "node:path";
var vK,
  $f,
  PE = d(() => {
    fa();
    ((vK = "AWS_CONFIG_FILE"),
      ($f = () => process.env[vK] || wK(An(), ".aws", "config")));
  });
import { join as IK } from "node:path";
var TK,
  lR,
  pR = d(() => {
    fa();
    ((TK = "AWS_SHARED_CREDENTIALS_FILE"),
      (lR = () => process.env[TK] || IK(An(), ".aws", "credentials")));
  });
var fR,
  _K,
  AK,
  uu,
  kE = d(() => {
    ((fR = ge(ar())),
      (_K = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (AK = ["__proto__", "profile __proto__"]),
      (uu = (t) => {
        let e = {},
          r,
          n;
        for (let s of t.split(/\r?\n/)) {
          let o = s.split(/(^|\s)[;#]/)[0].trim();
          if (o[0] === "[" && o[o.length - 1] === "]") {
            ((r = void 0), (n = void 0));
            let a = o.substring(1, o.length - 1),
              c = _K.exec(a);
            if (c) {
              let [, u, , l] = c;
              Object.values(fR.IniSectionType).includes(u) &&
                (r = [u, l].join("."));
            } else r = a;
            if (AK.includes(a))
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
import { readFile as CK } from "node:fs/promises";
var ME,
  lu,
  si,
  pu = d(() => {
    ((ME = {}),
      (lu = {}),
      (si = (t, e) =>
        lu[t] !== void 0
          ? lu[t]
          : ((!ME[t] || e?.ignoreCache) && (ME[t] = CK(t, "utf8")), ME[t])));
  });
import { join as dR } from "node:path";
var mR,
  da,
  Lf = d(() => {
    uR();
    PE();
    pR();
    fa();
    kE();
    pu();
    ((mR = () => ({})),
      (da = async (t = {}) => {
        let { filepath: e = lR(), configFilepath: r = $f() } = t,
          n = An(),
          s = "~/",
          o = e;
        e.startsWith(s) && (o = dR(n, e.slice(2)));
        let i = r;
        r.startsWith(s) && (i = dR(n, r.slice(2)));
        let a = await Promise.all([
          si(i, { ignoreCache: t.ignoreCache }).then(uu).then(cR).catch(mR),
          si(o, { ignoreCache: t.ignoreCache }).then(uu).catch(mR),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      }));
  });
var hR,
  gR,
  yR = d(() => {
    ((hR = ge(ar())),
      (gR = (t) =>
        Object.entries(t)
          .filter(([e]) => e.startsWith(hR.IniSectionType.SSO_SESSION + "."))
          .reduce(
            (e, [r, n]) => ({ ...e, [r.substring(r.indexOf(".") + 1)]: n }),
            {},
          )));
  });
var RK,
  SR,
  ER = d(() => {
    PE();
    yR();
    kE();
    pu();
    ((RK = () => ({})),
      (SR = async (t = {}) =>
        si(t.configFilepath ?? $f())
          .then(uu)
          .then(gR)
          .catch(RK)));
  });
var bR,
  xR = d(() => {
    bR = (...t) => {
      let e = {};
      for (let r of t)
        for (let [n, s] of Object.entries(r))
          e[n] !== void 0 ? Object.assign(e[n], s) : (e[n] = s);
      return e;
    };
  });
var wR,
  vR = d(() => {
    Lf();
    xR();
    wR = async (t) => {
      let e = await da(t);
      return bR(e.configFile, e.credentialsFile);
    };
  });
var IR,
  TR = d(() => {
    DE();
    pu();
    IR = {
      getFileRecord() {
        return lu;
      },
      interceptFile(t, e) {
        lu[t] = Promise.resolve(e);
      },
      getTokenRecord() {
        return cu;
      },
      interceptToken(t, e) {
        cu[t] = e;
      },
    };
  });
function Uf(t) {
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
var $E = d(() => {});
var _R,
  AR = d(() => {
    Af();
    $E();
    _R = (t, e) => async () => {
      try {
        let r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new no(r.message || `Not found in ENV: ${Uf(t.toString())}`, {
          logger: e?.logger,
        });
      }
    };
  });
var CR,
  RR = d(() => {
    Af();
    RE();
    Lf();
    $E();
    CR =
      (t, { preferredFile: e = "config", ...r } = {}) =>
      async () => {
        let n = kf(r),
          { configFile: s, credentialsFile: o } = await da(r),
          i = o[n] || {},
          a = s[n] || {},
          c = e === "config" ? { ...i, ...a } : { ...a, ...i };
        try {
          let l = t(c, e === "config" ? s : o);
          if (l === void 0) throw new Error();
          return l;
        } catch (u) {
          throw new no(
            u.message ||
              `Not found in config files w/ profile [${n}]: ${Uf(t.toString())}`,
            { logger: r.logger },
          );
        }
      };
  });
var OK,
  Bf,
  LE = d(() => {
    TE();
    ((OK = (t) => typeof t == "function"),
      (Bf = (t) => (OK(t) ? async () => await t() : Of(t))));
  });
var H,
  UE = d(() => {
    IE();
    Df();
    AR();
    RR();
    LE();
    H = (
      { environmentVariableSelector: t, configFileSelector: e, default: r },
      n = {},
    ) => {
      let { signingName: s, logger: o } = n;
      return pa(Rf(_R(t, { signingName: s, logger: o }), CR(e, n), Bf(r)));
    };
  });
var Ff,
  Gf,
  OR,
  Rn,
  DR,
  NR = d(() => {
    Nf();
    Pf();
    ((Ff = "AWS_USE_DUALSTACK_ENDPOINT"),
      (Gf = "use_dualstack_endpoint"),
      (OR = !1),
      (Rn = {
        environmentVariableSelector: (t) => We(t, Ff, Ue.ENV),
        configFileSelector: (t) => We(t, Gf, Ue.CONFIG),
        default: !1,
      }),
      (DR = {
        environmentVariableSelector: (t) => We(t, Ff, Ue.ENV),
        configFileSelector: (t) => We(t, Gf, Ue.CONFIG),
        default: void 0,
      }));
  });
var Hf,
  Vf,
  PR,
  On,
  kR,
  MR = d(() => {
    Nf();
    Pf();
    ((Hf = "AWS_USE_FIPS_ENDPOINT"),
      (Vf = "use_fips_endpoint"),
      (PR = !1),
      (On = {
        environmentVariableSelector: (t) => We(t, Hf, Ue.ENV),
        configFileSelector: (t) => We(t, Vf, Ue.CONFIG),
        default: !1,
      }),
      (kR = {
        environmentVariableSelector: (t) => We(t, Hf, Ue.ENV),
        configFileSelector: (t) => We(t, Vf, Ue.CONFIG),
        default: void 0,
      }));
  });
var $R,
  LR = d(() => {
    U();
    $R = (t) => {
      let { tls: e, endpoint: r, urlParser: n, useDualstackEndpoint: s } = t;
      return Object.assign(t, {
        tls: e ?? !0,
        endpoint: le(typeof r == "string" ? n(r) : r),
        isCustomEndpoint: !0,
        useDualstackEndpoint: le(s ?? !1),
      });
    };
  });
var UR,
  BR = d(() => {
    UR = async (t) => {
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
var FR,
  GR = d(() => {
    U();
    BR();
    FR = (t) => {
      let e = le(t.useDualstackEndpoint ?? !1),
        { endpoint: r, useFipsEndpoint: n, urlParser: s, tls: o } = t;
      return Object.assign(t, {
        tls: o ?? !0,
        endpoint: r
          ? le(typeof r == "string" ? s(r) : r)
          : () => UR({ ...t, useDualstackEndpoint: e, useFipsEndpoint: n }),
        isCustomEndpoint: !!r,
        useDualstackEndpoint: e,
      });
    };
  });
var HR,
  BE,
  FE,
  VR,
  jR,
  zR,
  qR,
  WR,
  KR,
  GE = d(() => {
    ((HR = "AWS_EXECUTION_ENV"),
      (BE = "AWS_REGION"),
      (FE = "AWS_DEFAULT_REGION"),
      (VR = "AWS_EC2_METADATA_DISABLED"),
      (jR = ["in-region", "cross-region", "mobile", "standard", "legacy"]),
      (zR = "/latest/meta-data/placement/region"),
      (qR = "/latest/api/token"),
      (WR = "x-aws-ec2-metadata-token"),
      (KR = "x-aws-ec2-metadata-token-ttl-seconds"));
  });
var XR,
  DK,
  QR,
  jf,
  JR,
  NK,
  YR,
  HE = d(() => {
    GE();
    ((XR = 1e3),
      (DK = 6e4),
      (QR = 0),
      (jf = async () => {
        if (!process.env[VR] && !(Date.now() < QR))
          try {
            let t = NK(),
              e = (
                await YR({
                  ...t,
                  path: qR,
                  method: "PUT",
                  headers: { [KR]: "21600" },
                })
              ).toString();
            return (
              (
                await YR({
                  ...t,
                  path: zR,
                  method: "GET",
                  headers: { [WR]: e },
                })
              )
                .toString()
                .trim() || JR()
            );
          } catch {
            return JR();
          }
      }),
      (JR = () => {
        QR = Date.now() + DK;
      }),
      (NK = () => {
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
      (YR = async (t) => {
        let { request: e } = await import("node:http");
        return new Promise((r, n) => {
          let s = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: XR,
            signal: AbortSignal.timeout(XR),
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
var ma,
  ha,
  nt,
  wt,
  VE = d(() => {
    HE();
    ((ma = "AWS_REGION"),
      (ha = "region"),
      (nt = {
        environmentVariableSelector: (t) => t[ma],
        configFileSelector: (t) => t[ha],
        default: async () => {
          let t = await jf();
          if (t) return t;
          throw new Error("Region is missing");
        },
      }),
      (wt = { preferredFile: "credentials" }));
  });
var ZR,
  eO,
  tO = d(() => {
    G();
    ((ZR = new Set()),
      (eO = (t, e = Nr) => {
        if (!ZR.has(t) && !e(t))
          if (t === "*")
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else
            throw new Error(
              `Region not accepted: region="${t}" is not a valid hostname component.`,
            );
        else ZR.add(t);
      }));
  });
var zf,
  jE = d(() => {
    zf = (t) =>
      typeof t == "string" && (t.startsWith("fips-") || t.endsWith("-fips"));
  });
var rO,
  nO = d(() => {
    jE();
    rO = (t) =>
      zf(t)
        ? ["fips-aws-global", "aws-fips"].includes(t)
          ? "us-east-1"
          : t.replace(/fips-(dkr-|prod-)?|-fips/, "")
        : t;
  });
var Xt,
  sO = d(() => {
    tO();
    nO();
    jE();
    Xt = (t) => {
      let { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error("Region is missing");
      return Object.assign(t, {
        region: async () => {
          let n = typeof e == "function" ? await e() : e,
            s = rO(n);
          return (eO(s), s);
        },
        useFipsEndpoint: async () => {
          let n = typeof e == "string" ? e : await e();
          return zf(n)
            ? !0
            : typeof r != "function"
              ? Promise.resolve(!!r)
              : r();
        },
      });
    };
  });
var zE,
  oO = d(() => {
    zE = (t = [], { useFipsEndpoint: e, useDualstackEndpoint: r }) =>
      t.find(
        ({ tags: n }) =>
          e === n.includes("fips") && r === n.includes("dualstack"),
      )?.hostname;
  });
var iO,
  aO = d(() => {
    iO = (t, { regionHostname: e, partitionHostname: r }) =>
      e || (r ? r.replace("{region}", t) : void 0);
  });
var cO,
  uO = d(() => {
    cO = (t, { partitionHash: e }) =>
      Object.keys(e || {}).find((r) => e[r].regions.includes(t)) ?? "aws";
  });
var lO,
  pO = d(() => {
    lO = (t, { signingRegion: e, regionRegex: r, useFipsEndpoint: n }) => {
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
var fO,
  dO = d(() => {
    oO();
    aO();
    uO();
    pO();
    fO = (
      t,
      {
        useFipsEndpoint: e = !1,
        useDualstackEndpoint: r = !1,
        signingService: n,
        regionHash: s,
        partitionHash: o,
      },
    ) => {
      let i = cO(t, { partitionHash: o }),
        a = t in s ? t : (o[i]?.endpoint ?? t),
        c = { useFipsEndpoint: e, useDualstackEndpoint: r },
        u = zE(s[a]?.variants, c),
        l = zE(o[i]?.variants, c),
        p = iO(a, { regionHostname: u, partitionHostname: l });
      if (p === void 0)
        throw new Error(
          `Endpoint resolution failed for: ${{ resolvedRegion: a, useFipsEndpoint: e, useDualstackEndpoint: r }}`,
        );
      let h = lO(p, {
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
var PK,
  kK,
  mO,
  hO = d(() => {
    ((PK = "AWS_DEFAULTS_MODE"),
      (kK = "defaults_mode"),
      (mO = {
        environmentVariableSelector: (t) => t[PK],
        configFileSelector: (t) => t[kK],
        default: "legacy",
      }));
  });
var Dn,
  MK,
  $K,
  gO = d(() => {
    VE();
    HE();
    UE();
    Df();
    GE();
    hO();
    ((Dn = ({ region: t = H(nt), defaultsMode: e = H(mO) } = {}) =>
      pa(async () => {
        let r = typeof e == "function" ? await e() : e;
        switch (r?.toLowerCase()) {
          case "auto":
            return MK(t);
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
              `Invalid parameter for "defaultsMode", expect ${jR.join(", ")}, got ${r}`,
            );
        }
      })),
      (MK = async (t) => {
        if (t) {
          let e = typeof t == "function" ? await t() : t,
            r = await $K();
          return r ? (e === r ? "in-region" : "cross-region") : "standard";
        }
        return "standard";
      }),
      ($K = async () =>
        process.env[HR] && (process.env[BE] || process.env[FE])
          ? (process.env[BE] ?? process.env[FE])
          : jf()));
  });
var fr = {};
ie(fr, {
  CONFIG_PREFIX_SEPARATOR: () => Cn,
  CONFIG_USE_DUALSTACK_ENDPOINT: () => Gf,
  CONFIG_USE_FIPS_ENDPOINT: () => Vf,
  CredentialsProviderError: () => no,
  DEFAULT_PROFILE: () => CE,
  DEFAULT_USE_DUALSTACK_ENDPOINT: () => OR,
  DEFAULT_USE_FIPS_ENDPOINT: () => PR,
  ENV_PROFILE: () => AE,
  ENV_USE_DUALSTACK_ENDPOINT: () => Ff,
  ENV_USE_FIPS_ENDPOINT: () => Hf,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => wt,
  NODE_REGION_CONFIG_OPTIONS: () => nt,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: () => Rn,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: () => On,
  ProviderError: () => Kt,
  REGION_ENV_NAME: () => ma,
  REGION_INI_NAME: () => ha,
  SelectorType: () => Ue,
  TokenProviderError: () => Cf,
  booleanSelector: () => We,
  chain: () => Rf,
  externalDataInterceptor: () => IR,
  fromStatic: () => Bf,
  fromValue: () => Of,
  getHomeDir: () => An,
  getProfileName: () => kf,
  getRegionInfo: () => fO,
  getSSOTokenFilepath: () => Mf,
  getSSOTokenFromFile: () => iR,
  loadConfig: () => H,
  loadSharedConfigFiles: () => da,
  loadSsoSessionData: () => SR,
  memoize: () => pa,
  nodeDualstackConfigSelectors: () => DR,
  nodeFipsConfigSelectors: () => kR,
  numberSelector: () => sR,
  parseKnownFiles: () => wR,
  readFile: () => si,
  resolveCustomEndpointsConfig: () => $R,
  resolveDefaultsModeConfig: () => Dn,
  resolveEndpointsConfig: () => FR,
  resolveRegionConfig: () => Xt,
});
var ye = d(() => {
  au();
  Af();
  nR();
  IE();
  TE();
  Df();
  Nf();
  oR();
  Pf();
  fa();
  RE();
  OE();
  DE();
  aR();
  Lf();
  ER();
  vR();
  TR();
  pu();
  UE();
  LE();
  NR();
  MR();
  LR();
  GR();
  VE();
  sO();
  dO();
  gO();
});
var yO,
  SO,
  EO,
  bO = d(() => {
    ((yO = "AWS_ENDPOINT_URL"),
      (SO = "endpoint_url"),
      (EO = (t) => ({
        environmentVariableSelector: (e) => {
          let r = t.split(" ").map((o) => o.toUpperCase()),
            n = e[[yO, ...r].join("_")];
          if (n) return n;
          let s = e[yO];
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
              a = o[[i.join("_"), SO].join(".")];
            if (a) return a;
          }
          let n = e[SO];
          if (n) return n;
        },
        default: void 0,
      })));
  });
var LK,
  UK,
  xO,
  wO = d(() => {
    ye();
    ((LK = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
      (UK = "ignore_configured_endpoint_urls"),
      (xO = {
        environmentVariableSelector: (t) => We(t, LK, Ue.ENV),
        configFileSelector: (t) => We(t, UK, Ue.CONFIG),
        default: !1,
      }));
  });
var fu,
  vO = d(() => {
    ye();
    bO();
    wO();
    fu = async (t) => {
      if (!(await H(xO)())) return H(EO(t ?? ""))();
    };
  });
var qE,
  BK,
  FK,
  GK,
  IO,
  TO,
  _O = d(() => {
    ((qE = async (t) => {
      let e = t?.Bucket || "";
      if (
        (typeof t.Bucket == "string" &&
          (t.Bucket = e
            .replace(/#/g, encodeURIComponent("#"))
            .replace(/\?/g, encodeURIComponent("?"))),
        TO(e))
      ) {
        if (t.ForcePathStyle === !0)
          throw new Error(
            "Path-style addressing cannot be used with ARN buckets",
          );
      } else
        (!IO(e) ||
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
      (BK = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (FK = /(\d+\.){3}\d+/),
      (GK = /\.\./),
      (IO = (t) => BK.test(t) && !FK.test(t) && !GK.test(t)),
      (TO = (t) => {
        let [e, r, n, , , s] = t.split(":"),
          o = e === "arn" && t.split(":").length >= 6,
          i = !!(o && r && n && s);
        if (o && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      }));
  });
var AO = d(() => {
  _O();
});
var CO,
  RO = d(() => {
    CO = (t, e, r, n = !1) => {
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
var qf = d(() => {
  G();
});
function Wf(t) {
  return async (e, r, n, s) => {
    if (!n.isCustomEndpoint && !n.ignoreConfiguredEndpointUrls) {
      let a;
      (n.serviceConfiguredEndpoint
        ? (a = await n.serviceConfiguredEndpoint())
        : (a = await t(n.serviceId)),
        a &&
          ((n.endpoint = () => Promise.resolve(zt(a))),
          (n.isCustomEndpoint = !0),
          s?.logger?.debug?.(
            `@smithy/core/endpoints - resolved endpoint from config: ${a}`,
          )));
    }
    let o = await du(e, r, n);
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
var du,
  Kf = d(() => {
    AO();
    RO();
    qf();
    du = async (t, e, r) => {
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
            n[o] = await CO(i.name, o, r, i.type !== "builtInParams")();
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
        String(r.serviceId).toLowerCase() === "s3" && (await qE(n)),
        n
      );
    };
  });
function HK(t, e, r) {
  (t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r));
}
function Xf(t) {
  let e = Wf(t);
  return ({ config: r, instructions: n }) =>
    (s, o) =>
    async (i) => {
      r.isCustomEndpoint && HK(o, "ENDPOINT_OVERRIDE", "N");
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
        let l = we(o)?.selectedHttpAuthScheme?.httpAuthOption;
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
var WE = d(() => {
  G();
  Kf();
});
function OO(t) {
  let e = Xf(t);
  return (r, n) => ({
    applyToStack: (s) => {
      s.addRelativeTo(e({ config: r, instructions: n }), KE);
    },
  });
}
var VK,
  KE,
  XE = d(() => {
    WE();
    ((VK = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: ["SERIALIZER"],
      override: !0,
    }),
      (KE = {
        step: "serialize",
        tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
        name: "endpointV2Middleware",
        override: !0,
        relation: "before",
        toMiddleware: VK.name,
      }));
  });
function DO(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: n, useDualstackEndpoint: s, useFipsEndpoint: o } = e,
      i = n != null ? async () => zt(await le(n)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!n,
        useDualstackEndpoint: le(s ?? !1),
        useFipsEndpoint: le(o ?? !1),
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
var NO = d(() => {
  G();
  qf();
});
var dr,
  PO = d(() => {
    dr = class t {
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
var mr,
  kO = d(() => {
    mr = class {
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
var ne,
  MO = d(() => {
    ne = class extends Error {
      constructor(e) {
        (super(e), (this.name = "EndpointError"));
      }
    };
  });
var Jt = d(() => {
  MO();
});
var Nn,
  $O = d(() => {
    Nn = "endpoints";
  });
function Yt(t) {
  return typeof t != "object" || t == null
    ? t
    : "ref" in t
      ? `$${Yt(t.ref)}`
      : "fn" in t
        ? `${t.fn}(${(t.argv || []).map(Yt).join(", ")})`
        : JSON.stringify(t, null, 2);
}
var LO = d(() => {});
var mu = d(() => {
  $O();
  LO();
});
var Dt,
  JE = d(() => {
    Dt = {};
  });
var YE,
  UO = d(() => {
    YE = (t, e) => t === e;
  });
function QE(...t) {
  for (let e of t) if (e != null) return e;
}
var BO = d(() => {});
var FO,
  GO = d(() => {
    Jt();
    FO = (t) => {
      let e = t.split("."),
        r = [];
      for (let n of e) {
        let s = n.indexOf("[");
        if (s !== -1) {
          if (n.indexOf("]") !== n.length - 1)
            throw new ne(`Path: '${t}' does not end with ']'`);
          let o = n.slice(s + 1, -1);
          if (Number.isNaN(parseInt(o)))
            throw new ne(`Invalid array index: '${o}' in path: '${t}'`);
          (s !== 0 && r.push(n.slice(0, s)), r.push(o));
        } else r.push(n);
      }
      return r;
    };
  });
var hu,
  HO = d(() => {
    Jt();
    GO();
    hu = (t, e) =>
      FO(e).reduce((r, n) => {
        if (typeof r != "object")
          throw new ne(
            `Index '${n}' in '${e}' not found in '${JSON.stringify(t)}'`,
          );
        if (Array.isArray(r)) {
          let s = parseInt(n);
          return r[s < 0 ? r.length + s : s];
        }
        return r[n];
      }, t);
  });
var ZE,
  VO = d(() => {
    ZE = (t) => t != null;
  });
function eb(t, e, r) {
  return t ? e : r;
}
var jO = d(() => {});
var tb,
  zO = d(() => {
    tb = (t) => !t;
  });
var jK,
  Es,
  rb = d(() => {
    ((jK = new RegExp(
      "^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$",
    )),
      (Es = (t) => jK.test(t) || (t.startsWith("[") && t.endsWith("]"))));
  });
var Jf,
  nb,
  sb,
  qO = d(() => {
    Jf = ge(ar());
    rb();
    ((nb = {
      [Jf.EndpointURLScheme.HTTP]: 80,
      [Jf.EndpointURLScheme.HTTPS]: 443,
    }),
      (sb = (t) => {
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
        if (!Object.values(Jf.EndpointURLScheme).includes(c)) return null;
        let u = Es(s),
          l =
            r.includes(`${n}:${nb[c]}`) ||
            (typeof t == "string" && t.includes(`${n}:${nb[c]}`)),
          p = `${n}${l ? `:${nb[c]}` : ""}`;
        return {
          scheme: c,
          authority: p,
          path: o,
          normalizedPath: o.endsWith("/") ? o : `${o}/`,
          isIp: u,
        };
      }));
  });
function ob(t, e, r) {
  if (r === 1) return [t];
  if (t === "") return [""];
  let n = t.split(e);
  return r === 0 ? n : n.slice(0, r - 1).concat(n.slice(1).join(e));
}
var WO = d(() => {});
var ib,
  KO = d(() => {
    ib = (t, e) => t === e;
  });
var ab,
  XO = d(() => {
    ab = (t, e, r, n) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : n
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var cb,
  JO = d(() => {
    cb = (t) =>
      encodeURIComponent(t).replace(
        /[!*'()]/g,
        (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`,
      );
  });
var ub = d(() => {
  UO();
  BO();
  HO();
  VO();
  G();
  jO();
  zO();
  qO();
  WO();
  KO();
  XO();
  JO();
});
var YO,
  QO = d(() => {
    ub();
    YO = {
      booleanEquals: YE,
      coalesce: QE,
      getAttr: hu,
      isSet: ZE,
      isValidHostLabel: Nr,
      ite: eb,
      not: tb,
      parseURL: sb,
      split: ob,
      stringEquals: ib,
      substring: ab,
      uriEncode: cb,
    };
  });
var Yf,
  lb = d(() => {
    ub();
    Yf = (t, e) => {
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
          r.push(hu(n[u] ?? s[u], l));
        } else r.push(n[c] ?? s[c]);
        o = a + 1;
      }
      return r.join("");
    };
  });
var ZO,
  eD = d(() => {
    ZO = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var bs,
  Qf,
  tD,
  ga = d(() => {
    Jt();
    JE();
    QO();
    lb();
    eD();
    ((bs = (t, e, r) => {
      if (typeof t == "string") return Yf(t, r);
      if (t.fn) return tD.callFunction(t, r);
      if (t.ref) return ZO(t, r);
      throw new ne(
        `'${e}': ${String(t)} is not a string, function or reference.`,
      );
    }),
      (Qf = ({ fn: t, argv: e }, r) => {
        let n = Array(e.length);
        for (let i = 0; i < n.length; ++i) {
          let a = e[i];
          typeof a == "boolean" || typeof a == "number"
            ? (n[i] = a)
            : (n[i] = tD.evaluateExpression(a, "arg", r));
        }
        let s = t.indexOf(".");
        if (s !== -1) {
          let a = Dt[t.slice(0, s)]?.[t.slice(s + 1)];
          if (typeof a == "function") return a(...n);
        }
        let o = YO[t];
        if (typeof o == "function") return o(...n);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (tD = { evaluateExpression: bs, callFunction: Qf }));
  });
var rD = d(() => {
  ga();
});
var Zf,
  pb = d(() => {
    mu();
    Jt();
    rD();
    Zf = (t, e) => {
      let { assign: r } = t;
      if (r && r in e.referenceRecord)
        throw new ne(`'${r}' is already defined in Reference Record.`);
      let n = Qf(t, e);
      e.logger?.debug?.(`${Nn} evaluateCondition: ${Yt(t)} = ${Yt(n)}`);
      let s = n === "" ? !0 : !!n;
      return r != null
        ? { result: s, toAssign: { name: r, value: n } }
        : { result: s };
    };
  });
var ed,
  fb = d(() => {
    Jt();
    ga();
    ed = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [n, s]) => (
          (r[n] = s.map((o) => {
            let i = bs(o, "Header value entry", e);
            if (typeof i != "string")
              throw new ne(`Header '${n}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var gu,
  nD,
  sD,
  db = d(() => {
    Jt();
    lb();
    ((gu = (t, e) =>
      Object.entries(t).reduce(
        (r, [n, s]) => ((r[n] = sD.getEndpointProperty(s, e)), r),
        {},
      )),
      (nD = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => nD(r, e));
        switch (typeof t) {
          case "string":
            return Yf(t, e);
          case "object":
            if (t === null) throw new ne(`Unexpected endpoint property: ${t}`);
            return sD.getEndpointProperties(t, e);
          case "boolean":
            return t;
          default:
            throw new ne(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (sD = { getEndpointProperty: nD, getEndpointProperties: gu }));
  });
var td,
  mb = d(() => {
    Jt();
    ga();
    td = (t, e) => {
      let r = bs(t, "Endpoint URL", e);
      if (typeof r == "string")
        try {
          return new URL(r);
        } catch (n) {
          throw (console.error(`Failed to construct URL with ${r}`, n), n);
        }
      throw new ne(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var hb,
  Pn,
  oD = d(() => {
    Jt();
    pb();
    ga();
    fb();
    db();
    mb();
    ((hb = 1e8),
      (Pn = (t, e) => {
        let { nodes: r, root: n, results: s, conditions: o } = t,
          i = n,
          a = {},
          c = {
            referenceRecord: a,
            endpointParams: e.endpointParams,
            logger: e.logger,
          };
        for (; i !== 1 && i !== -1 && i < hb;) {
          let u = 3 * (Math.abs(i) - 1),
            [l, p, h] = [r[u], r[u + 1], r[u + 2]],
            [g, y, E] = o[l],
            S = Zf({ fn: g, assign: E, argv: y }, c);
          if (S.toAssign) {
            let { name: b, value: w } = S.toAssign;
            a[b] = w;
          }
          i = i >= 0 === S.result ? p : h;
        }
        if (i >= hb) {
          let u = s[i - hb];
          if (u[0] === -1) {
            let [, g] = u;
            throw new ne(bs(g, "Error", c));
          }
          let [l, p, h] = u;
          return {
            url: td(l, c),
            properties: gu(p, c),
            headers: ed(h ?? {}, c),
          };
        }
        throw new ne("No matching endpoint.");
      }));
  });
var ya,
  rd = d(() => {
    mu();
    pb();
    ya = (t = [], e) => {
      let r = {},
        n = { ...e, referenceRecord: { ...e.referenceRecord } },
        s = !1;
      for (let o of t) {
        let { result: i, toAssign: a } = Zf(o, n);
        if (!i) return { result: i };
        a &&
          ((s = !0),
          (r[a.name] = a.value),
          (n.referenceRecord[a.name] = a.value),
          e.logger?.debug?.(`${Nn} assign: ${a.name} := ${Yt(a.value)}`));
      }
      return s ? { result: !0, referenceRecord: r } : { result: !0 };
    };
  });
var iD,
  aD = d(() => {
    mu();
    rd();
    fb();
    db();
    mb();
    iD = (t, e) => {
      let { conditions: r, endpoint: n } = t,
        { result: s, referenceRecord: o } = ya(r, e);
      if (!s) return;
      let i = o ? { ...e, referenceRecord: { ...e.referenceRecord, ...o } } : e,
        { url: a, properties: c, headers: u } = n;
      e.logger?.debug?.(`${Nn} Resolving endpoint from template: ${Yt(n)}`);
      let l = { url: td(a, i) };
      return (
        u != null && (l.headers = ed(u, i)),
        c != null && (l.properties = gu(c, i)),
        l
      );
    };
  });
var cD,
  uD = d(() => {
    Jt();
    rd();
    ga();
    cD = (t, e) => {
      let { conditions: r, error: n } = t,
        { result: s, referenceRecord: o } = ya(r, e);
      if (!s) return;
      let i = o ? { ...e, referenceRecord: { ...e.referenceRecord, ...o } } : e;
      throw new ne(bs(n, "Error", i));
    };
  });
var nd,
  lD,
  gb,
  pD = d(() => {
    Jt();
    rd();
    aD();
    uD();
    ((nd = (t, e) => {
      for (let r of t)
        if (r.type === "endpoint") {
          let n = iD(r, e);
          if (n) return n;
        } else if (r.type === "error") cD(r, e);
        else if (r.type === "tree") {
          let n = gb.evaluateTreeRule(r, e);
          if (n) return n;
        } else throw new ne(`Unknown endpoint rule: ${r}`);
      throw new ne("Rules evaluation failed");
    }),
      (lD = (t, e) => {
        let { conditions: r, rules: n } = t,
          { result: s, referenceRecord: o } = ya(r, e);
        if (!s) return;
        let i = o
          ? { ...e, referenceRecord: { ...e.referenceRecord, ...o } }
          : e;
        return gb.evaluateRules(n, i);
      }),
      (gb = { evaluateRules: nd, evaluateTreeRule: lD }));
  });
var fD = d(() => {
  pD();
});
var yu,
  dD = d(() => {
    G();
    mu();
    Jt();
    fD();
    yu = (t, e) => {
      let { endpointParams: r, logger: n } = e,
        { parameters: s, rules: o } = t;
      e.logger?.debug?.(`${Nn} Initial EndpointParams: ${Yt(r)}`);
      for (let a in s) {
        if (!_(s, a)) continue;
        let c = s[a],
          u = r[a];
        if (u == null && c.default != null) {
          r[a] = c.default;
          continue;
        }
        if (c.required && u == null)
          throw new ne(`Missing required parameter: '${a}'`);
      }
      let i = nd(o, { endpointParams: r, logger: n, referenceRecord: {} });
      return (e.logger?.debug?.(`${Nn} Resolved endpoint: ${Yt(i)}`), i);
    };
  });
var mD,
  hD = d(() => {
    mD = (t) => {
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
var gD = {};
ie(gD, {
  BinaryDecisionDiagram: () => dr,
  EndpointCache: () => mr,
  EndpointError: () => ne,
  customEndpointFunctions: () => Dt,
  decideEndpoint: () => Pn,
  endpointMiddleware: () => qK,
  endpointMiddlewareOptions: () => KE,
  getEndpointFromInstructions: () => zK,
  getEndpointPlugin: () => ws,
  isIpAddress: () => Es,
  isValidHostLabel: () => Nr,
  middlewareEndpointToEndpointV1: () => zt,
  resolveEndpoint: () => yu,
  resolveEndpointConfig: () => xs,
  resolveEndpointRequiredConfig: () => mD,
  resolveParams: () => du,
  toEndpointV1: () => zt,
});
var zK,
  xs,
  qK,
  ws,
  Ae = d(() => {
    vO();
    Kf();
    WE();
    XE();
    NO();
    G();
    PO();
    kO();
    oD();
    rb();
    G();
    JE();
    dD();
    Jt();
    Kf();
    qf();
    XE();
    hD();
    ((zK = Wf(fu)), (xs = DO(fu)), (qK = Xf(fu)), (ws = OO(fu)));
  });
var sd,
  yb = d(() => {
    Ae();
    sd = (t, e) => (r, n) => async (s) => {
      let o = t,
        i = n.endpointV2 ? async () => zt(n.endpointV2) : o.endpoint;
      if (!i) throw new Error("No valid endpoint provider available.");
      let a = await e(s.input, { ...t, endpoint: i });
      return r({ ...s, request: a });
    };
  });
function yD(t, e, r) {
  return {
    applyToStack: (n) => {
      (n.add(_f(t, r), Sb), n.add(sd(t, e), Eb));
    },
  };
}
var Sb,
  Eb,
  SD = d(() => {
    vE();
    yb();
    ((Sb = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: ["DESERIALIZER"],
      override: !0,
    }),
      (Eb = {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: !0,
      }));
  });
import { createHash as WK, createHmac as KK } from "node:crypto";
function ED(t, e) {
  return Buffer.isBuffer(t)
    ? t
    : typeof t == "string"
      ? Qs(t, e)
      : ArrayBuffer.isView(t)
        ? kr(t.buffer, t.byteOffset, t.byteLength)
        : kr(t);
}
var od,
  bD = d(() => {
    Zs();
    xE();
    od = class {
      algorithmIdentifier;
      secret;
      hash;
      constructor(e, r) {
        ((this.algorithmIdentifier = e), (this.secret = r), this.reset());
      }
      update(e, r) {
        this.hash.update(xt(ED(e, r)));
      }
      digest() {
        return Promise.resolve(this.hash.digest());
      }
      reset() {
        this.hash = this.secret
          ? KK(this.algorithmIdentifier, ED(this.secret))
          : WK(this.algorithmIdentifier);
      }
    };
  });
import { Readable as XK } from "node:stream";
var Sa,
  bb = d(() => {
    uE();
    Sa = class extends XK {
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
          (this.base64Encoder = o ?? ve),
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
var Ve,
  so,
  Mr = d(() => {
    ((Ve = (t) =>
      typeof ReadableStream == "function" &&
      (t?.constructor?.name === ReadableStream.name ||
        t instanceof ReadableStream)),
      (so = (t) =>
        typeof Blob == "function" &&
        (t?.constructor?.name === Blob.name || t instanceof Blob)));
  });
var xD,
  wD = d(() => {
    xD = (t) => new TextEncoder().encode(t);
  });
var vD,
  IIe,
  ID,
  id,
  xb,
  TD,
  _D = d(() => {
    ((vD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
      (IIe = Object.entries(vD).reduce(
        (t, [e, r]) => ((t[r] = Number(e)), t),
        {},
      )),
      (ID = vD.split("")),
      (id = 6),
      (xb = 8),
      (TD = 63));
  });
function ad(t) {
  let e;
  typeof t == "string" ? (e = xD(t)) : (e = t);
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
      ((i |= e[u] << ((l - u - 1) * xb)), (a += xb));
    let c = Math.ceil(a / id);
    i <<= c * id - a;
    for (let u = 1; u <= c; u++) {
      let l = (c - u) * id;
      s += ID[(i & (TD << l)) >> l];
    }
    s += "==".slice(0, 4 - c);
  }
  return s;
}
var wb = d(() => {
  wD();
  _D();
});
var JK,
  cd,
  AD = d(() => {
    ((JK =
      typeof ReadableStream == "function" ? ReadableStream : function () {}),
      (cd = class extends JK {}));
  });
var CD,
  RD = d(() => {
    wb();
    Mr();
    AD();
    CD = ({
      expectedChecksum: t,
      checksum: e,
      source: r,
      checksumSourceLocation: n,
      base64Encoder: s,
    }) => {
      if (!Ve(r))
        throw new Error(
          `@smithy/util-stream: unsupported source type ${r?.constructor?.name ?? r} in ChecksumStream.`,
        );
      let o = s ?? ad;
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
      return (Object.setPrototypeOf(a, cd.prototype), a);
    };
  });
function OD(t) {
  return typeof ReadableStream == "function" && Ve(t.source)
    ? CD(t)
    : new Sa(t);
}
var DD = d(() => {
  Mr();
  bb();
  RD();
});
var oi,
  vb = d(() => {
    oi = class {
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
function ND(t, e, r) {
  let n = t.getReader(),
    s = !1,
    o = 0,
    i = ["", new oi((u) => new Uint8Array(u))],
    a = -1,
    c = async (u) => {
      let { value: l, done: p } = await n.read(),
        h = l;
      if (p) {
        if (a !== -1) {
          let g = ii(i, a);
          vs(g) > 0 && u.enqueue(g);
        }
        u.close();
      } else {
        let g = Tb(h, !1);
        if ((a !== g && (a >= 0 && u.enqueue(ii(i, a)), (a = g)), a === -1)) {
          u.enqueue(h);
          return;
        }
        let y = vs(h);
        o += y;
        let E = vs(i[a]);
        if (y >= e && E === 0) u.enqueue(h);
        else {
          let S = Ib(i, a, h);
          (!s &&
            o > e * 2 &&
            ((s = !0),
            r?.warn(
              `@smithy/util-stream - stream chunk size ${y} is below threshold of ${e}, automatically buffering.`,
            )),
            S >= e ? u.enqueue(ii(i, a)) : await c(u));
        }
      }
    };
  return new ReadableStream({ pull: c });
}
function Ib(t, e, r) {
  switch (e) {
    case 0:
      return ((t[0] += r), vs(t[0]));
    case 1:
    case 2:
      return (t[e].push(r), vs(t[e]));
  }
}
function ii(t, e) {
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
function vs(t) {
  return t?.byteLength ?? t?.length ?? 0;
}
function Tb(t, e = !0) {
  return e && typeof Buffer < "u" && t instanceof Buffer
    ? 2
    : t instanceof Uint8Array
      ? 1
      : typeof t == "string"
        ? 0
        : -1;
}
var PD = d(() => {
  vb();
});
import { Readable as YK } from "node:stream";
function kD(t, e, r) {
  if (Ve(t)) return ND(t, e, r);
  let n = new YK({ read() {} }),
    s = !1,
    o = 0,
    i = [
      "",
      new oi((c) => new Uint8Array(c)),
      new oi((c) => Buffer.from(new Uint8Array(c))),
    ],
    a = -1;
  return (
    t.on("data", (c) => {
      let u = Tb(c, !0);
      if ((a !== u && (a >= 0 && n.push(ii(i, a)), (a = u)), a === -1)) {
        n.push(c);
        return;
      }
      let l = vs(c);
      o += l;
      let p = vs(i[a]);
      if (l >= e && p === 0) n.push(c);
      else {
        let h = Ib(i, a, c);
        (!s &&
          o > e * 2 &&
          ((s = !0),
          r?.warn(
            `@smithy/util-stream - stream chunk size ${l} is below threshold of ${e}, automatically buffering.`,
          )),
          h >= e && n.push(ii(i, a)));
      }
    }),
    t.on("end", () => {
      if (a !== -1) {
        let c = ii(i, a);
        vs(c) > 0 && n.push(c);
      }
      n.push(null);
    }),
    n
  );
}
var MD = d(() => {
  vb();
  PD();
  Mr();
});
var $D,
  LD = d(() => {
    $D = (t, e) => {
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
import { Readable as QK } from "node:stream";
function UD(t, e) {
  let r = t,
    n = t;
  if (Ve(n)) return $D(n, e);
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
  let p = new QK({
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
var BD = d(() => {
  LD();
  Mr();
});
async function FD(t, e) {
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
var GD = d(() => {});
import { Writable as ZK } from "node:stream";
var HD,
  _b,
  VD = d(() => {
    iu();
    GD();
    Mr();
    ((HD = (t, e) =>
      Ve(t)
        ? FD(t, e)
        : new Promise((r, n) => {
            let s = new _b();
            ((s.limit = e),
              t.pipe(s),
              t.on("error", (o) => {
                (s.end(), n(o));
              }),
              s.on("error", n),
              s.on("finish", function () {
                let o = _n(this.buffers);
                r(o);
              }));
          })),
      (_b = class extends ZK {
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
var jD,
  zD = d(() => {
    jD = (t) => {
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
async function Ab(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function Cb(t) {
  let e = [],
    r = t.getReader(),
    n = 0;
  for (;;) {
    let { done: s, value: o } = await r.read();
    if ((o && (e.push(o), (n += o.length)), s)) break;
  }
  return _n(e, n);
}
var qD,
  Rb = d(() => {
    iu();
    Mr();
    qD = async (t) => (so(t) ? Ab(t) : Cb(t));
  });
var WD,
  XD,
  KD,
  JD = d(() => {
    wb();
    bE();
    zD();
    Rb();
    Mr();
    ((WD = "The stream has already been transformed."),
      (XD = (t) => {
        if (!KD(t) && !Ve(t)) {
          let s = t?.__proto__?.constructor?.name || t;
          throw new Error(
            `Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`,
          );
        }
        let e = !1,
          r = async () => {
            if (e) throw new Error(WD);
            return ((e = !0), await qD(t));
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
            if (s === "base64") return ad(o);
            if (s === "hex") return pr(o);
            if (s === void 0 || s === "utf8" || s === "utf-8") return jD(o);
            if (typeof TextDecoder == "function")
              return new TextDecoder(s).decode(o);
            throw new Error(
              "TextDecoder is not available, please make sure polyfill is provided.",
            );
          },
          transformToWebStream: () => {
            if (e) throw new Error(WD);
            if (((e = !0), KD(t))) return n(t);
            if (Ve(t)) return t;
            throw new Error(`Cannot transform payload to web stream, got ${t}`);
          },
        });
      }),
      (KD = (t) => typeof Blob == "function" && t instanceof Blob));
  });
import { Writable as e5 } from "node:stream";
var ud,
  Ob,
  Db = d(() => {
    iu();
    Rb();
    Mr();
    ((ud = (t) =>
      so(t)
        ? Ab(t)
        : Ve(t)
          ? Cb(t)
          : new Promise((e, r) => {
              let n = new Ob(),
                s = t;
              (s.pipe(n),
                s.on("error", (o) => {
                  (n.end(), r(o));
                }),
                n.on("error", r),
                n.on("finish", function () {
                  let o = _n(this.bufferedBytes);
                  e(o);
                }));
            })),
      (Ob = class extends e5 {
        bufferedBytes = [];
        _write(e, r, n) {
          (this.bufferedBytes.push(e), n());
        }
      }));
  });
import { Readable as Nb } from "node:stream";
var YD,
  ld,
  QD = d(() => {
    Zs();
    JD();
    Db();
    ((YD = "The stream has already been transformed."),
      (ld = (t) => {
        if (!(t instanceof Nb))
          try {
            return XD(t);
          } catch {
            let s = t?.__proto__?.constructor?.name || t;
            throw new Error(
              `Unexpected stream implementation, expect Stream.Readable instance, got ${s}`,
            );
          }
        let e = !1,
          r = async () => {
            if (e) throw new Error(YD);
            return ((e = !0), await ud(t));
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (n) => {
            let s = await r();
            return n === void 0 || Buffer.isEncoding(n)
              ? kr(s.buffer, s.byteOffset, s.byteLength).toString(n)
              : new TextDecoder(n).decode(s);
          },
          transformToWebStream: () => {
            if (e) throw new Error(YD);
            if (t.readableFlowing !== null)
              throw new Error(
                "The stream has been consumed by other callbacks.",
              );
            if (typeof Nb.toWeb != "function")
              throw new Error(
                "Readable.toWeb() is not supported. Please ensure a polyfill is available.",
              );
            return ((e = !0), Nb.toWeb(t));
          },
        });
      }));
  });
async function ZD(t) {
  return (typeof t.stream == "function" && (t = t.stream()), t.tee());
}
var eN = d(() => {});
import { PassThrough as tN } from "node:stream";
async function rN(t) {
  if (Ve(t) || so(t)) return ZD(t);
  let e = new tN(),
    r = new tN();
  return (t.pipe(e), t.pipe(r), [e, r]);
}
var nN = d(() => {
  eN();
  Mr();
});
function vt(t) {
  Object.defineProperty(t, "__proto__", {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var sN = d(() => {});
var ci = {};
ie(ci, {
  ChecksumStream: () => Sa,
  Hash: () => od,
  LazyJsonString: () => Le,
  NumericValue: () => X,
  Uint8ArrayBlobAdapter: () => ai,
  _parseEpochTimestamp: () => ro,
  _parseRfc3339DateTimeWithOffset: () => xf,
  _parseRfc7231DateTime: () => wf,
  calculateBodyLength: () => Tn,
  concatBytes: () => _n,
  copyDocumentWithTransform: () => OC,
  createBufferedReadable: () => kD,
  createChecksumStream: () => OD,
  dateToUtcString: () => Wt,
  deserializerMiddleware: () => _f,
  deserializerMiddlewareOption: () => Sb,
  expectBoolean: () => PC,
  expectByte: () => mf,
  expectFloat32: () => nu,
  expectInt: () => kC,
  expectInt32: () => ff,
  expectLong: () => sa,
  expectNonNull: () => MC,
  expectNumber: () => na,
  expectObject: () => pE,
  expectShort: () => df,
  expectString: () => $C,
  expectUnion: () => gf,
  fromArrayBuffer: () => kr,
  fromBase64: () => De,
  fromHex: () => Tf,
  fromString: () => Qs,
  fromUtf8: () => He,
  generateIdempotencyToken: () => Qt,
  getAwsChunkedEncodingStream: () => UD,
  getSerdePlugin: () => yD,
  handleFloat: () => UC,
  hasOwn: () => _,
  headStream: () => HD,
  isArrayBuffer: () => uf,
  isBlob: () => so,
  isReadableStream: () => Ve,
  limitedParseDouble: () => Sf,
  limitedParseFloat: () => BC,
  limitedParseFloat32: () => FC,
  logger: () => oa,
  nv: () => If,
  parseBoolean: () => NC,
  parseEpochTimestamp: () => ua,
  parseRfc3339DateTime: () => jC,
  parseRfc3339DateTimeWithOffset: () => ca,
  parseRfc7231DateTime: () => to,
  quoteHeader: () => bf,
  sdkStreamMixin: () => ld,
  serializerMiddleware: () => sd,
  serializerMiddlewareOption: () => Eb,
  splitEvery: () => vf,
  splitHeader: () => la,
  splitStream: () => rN,
  streamCollector: () => ud,
  strictParseByte: () => Ef,
  strictParseDouble: () => su,
  strictParseFloat: () => LC,
  strictParseFloat32: () => yf,
  strictParseInt: () => HC,
  strictParseInt32: () => VC,
  strictParseLong: () => fE,
  strictParseShort: () => eo,
  toBase64: () => ve,
  toHex: () => pr,
  toUint8Array: () => xt,
  toUtf8: () => Ie,
  v4: () => Ea,
  writeKey: () => vt,
});
import { getRandomValues as t5 } from "node:crypto";
var ai,
  r5,
  Ea,
  Qt,
  P = d(() => {
    IC();
    uE();
    _C();
    lf();
    AC();
    RC();
    DC();
    zC();
    qC();
    dE();
    WC();
    JC();
    YC();
    QC();
    eR();
    bE();
    rR();
    xE();
    iu();
    Zs();
    cE();
    vE();
    SD();
    yb();
    bD();
    bb();
    DD();
    MD();
    BD();
    VD();
    QD();
    nN();
    Mr();
    Db();
    G();
    sN();
    ((ai = class extends TC(Ie, He, ve, De) {}),
      (r5 = t5),
      (Ea = CC(r5)),
      (Qt = Ea));
  });
var je,
  ba = d(() => {
    P();
    je = async (t = new Uint8Array(), e) => {
      if (t instanceof Uint8Array) return ai.mutate(t);
      if (!t) return ai.mutate(new Uint8Array());
      let r = e.streamCollector(t);
      return ai.mutate(await r);
    };
  });
function $r(t) {
  return /^[\w.~-]+$/.test(t)
    ? t
    : encodeURIComponent(t).replace(/[!'()*]/g, function (e) {
        return "%" + e.charCodeAt(0).toString(16).toUpperCase();
      });
}
var pd = d(() => {});
var iN,
  st,
  n5,
  s5,
  o5,
  i5,
  fd,
  oN,
  ui = d(() => {
    Y();
    P();
    ((iN = Symbol.for("@smithy/schema-x")),
      (st = class t extends T {
        static identity = Symbol.for("@smithy/HttpBindingNormalizedSchema");
        identity = t.identity;
        bindings;
        constructor(e) {
          super(e);
        }
        static of(e) {
          let r = T.of(e);
          if (r.identity === t.identity) return r;
          let n = r.isMemberSchema() ? r : r.getSchema(),
            s = typeof n == "object" && n !== null ? n : r;
          return (s[iN] ??= new t(r));
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
            ? i5
            : (this.bindings ??= n5(this));
        }
      }),
      (n5 = (t) => {
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
          let E = st.of(y),
            S = E.getMergedTraits(),
            b = E.getHttpBindingLocation(S),
            w =
              S.httpHeader?.toLowerCase() ??
              S.httpPrefixHeaders?.toLowerCase() ??
              S.httpQuery,
            I = E.getHttpBindingValue(b, S),
            v = [g, I, b, w];
          (g === "__proto__" && vt(i),
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
              let j = I[1] & 255;
              p.contentTypeInstruction =
                S.mediaType ??
                (j === 0
                  ? "text/plain"
                  : j === 21 || j === 42
                    ? "application/octet-stream"
                    : null);
            }
          else
            A & 1
              ? ((p.hasPrefixHeaders = !0), c.push(v))
              : (w === "__proto__" && vt(a), (a[w] = v));
        }
        return (
          p.contentTypeInstruction === void 0 &&
            n.length &&
            (p.contentTypeInstruction = null),
          (p.syntheticBodySchema = oN(t, n, s)),
          (h.syntheticBodySchema = oN(t, e, r)),
          l
        );
      }),
      (s5 = (t) => {
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
      (o5 = (t) => {
        let { http: e, endpoint: r } = ys(t.traits ?? {}),
          [n, s] = e?.[1].split("?") ?? [];
        return [
          e?.[0],
          n,
          s ? [...new URLSearchParams(s)] : [],
          n ? s5(n) : void 0,
          r?.[0],
        ];
      }),
      (i5 = {
        request: { memberBindings: [], byName: {} },
        response: {
          bodyMemberNames: [],
          bindings: { headers: {}, prefixHeaders: [] },
        },
      }),
      (fd = (t) => (t[iN] ??= o5(t))),
      (oN = (t, e, r) => {
        if (!e.length) return;
        let n = t.getSchema(),
          s = [3, n[1], n[2], t.getMergedTraits(), e, r],
          o = n[6],
          i = o && e.reduce((a, c) => a + (n[4].indexOf(c) < o ? 1 : 0), 0);
        return (i && (s[6] = i), s);
      }));
  });
var Ke,
  xa = d(() => {
    Ke = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
async function dd(t, e, r = 1024 * 1024) {
  let n = t.size,
    s = 0;
  for (; s < n;) {
    let o = t.slice(s, Math.min(n, s + r));
    (e(new Uint8Array(await o.arrayBuffer())), (s += o.size));
  }
}
var Pb = d(() => {});
var aN,
  cN = d(() => {
    Pb();
    aN = async function (e, r) {
      let n = new e();
      return (
        await dd(r, (s) => {
          n.update(s);
        }),
        n.digest()
      );
    };
  });
import { Writable as a5 } from "node:stream";
var wa,
  kb = d(() => {
    P();
    wa = class extends a5 {
      hash;
      constructor(e, r) {
        (super(r), (this.hash = e));
      }
      _write(e, r, n) {
        try {
          this.hash.update(xt(e));
        } catch (s) {
          return n(s);
        }
        n();
      }
    };
  });
import { createReadStream as c5 } from "node:fs";
var uN,
  u5,
  lN = d(() => {
    kb();
    ((uN = (t, e) =>
      new Promise((r, n) => {
        if (!u5(e)) {
          n(new Error("Unable to calculate hash for non-file streams."));
          return;
        }
        let s = c5(e.path, { start: e.start, end: e.end }),
          o = new t(),
          i = new wa(o);
        (s.pipe(i),
          s.on("error", (a) => {
            (i.end(), n(a));
          }),
          i.on("error", n),
          i.on("finish", function () {
            o.digest().then(r).catch(n);
          }));
      })),
      (u5 = (t) => typeof t.path == "string"));
  });
var pN,
  fN = d(() => {
    kb();
    pN = (t, e) => {
      if (e.readableFlowing !== null)
        throw new Error("Unable to calculate hash for flowing readable stream");
      let r = new t(),
        n = new wa(r);
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
function Mb(t, e) {
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
    let p = l5[(i >> 4) * 4 + (i & 3)],
      h = (((r + a) & oo) + ((u + p5[i]) & oo)) & oo;
    ((n = (n + (((h << p) | (h >>> (32 - p))) >>> 0)) & oo), (r = l));
  }
  ((t[0] = (t[0] + r) & oo),
    (t[1] = (t[1] + n) & oo),
    (t[2] = (t[2] + s) & oo),
    (t[3] = (t[3] + o) & oo));
}
var va,
  dN,
  oo,
  l5,
  p5,
  $b = d(() => {
    P();
    ((va = class {
      digestLength = 16;
      state = Uint32Array.from(dN);
      writeBuffer = new DataView(new ArrayBuffer(64));
      bufferLength = 0;
      bytesHashed = 0;
      update(e) {
        let r = xt(e),
          n = 0,
          s = r.byteLength;
        for (this.bytesHashed += s; s > 0;)
          (this.writeBuffer.setUint8(this.bufferLength++, r[n++]),
            --s,
            this.bufferLength === 64 &&
              (Mb(this.state, this.writeBuffer), (this.bufferLength = 0)));
      }
      async digest() {
        let e = Uint32Array.from(this.state),
          r = new DataView(this.writeBuffer.buffer.slice(0)),
          n = this.bufferLength,
          s = this.bytesHashed * 8;
        if ((r.setUint8(n++, 128), this.bufferLength % 64 >= 56)) {
          for (let a = n; a < 64; ++a) r.setUint8(a, 0);
          (Mb(e, r), (n = 0));
        }
        for (let a = n; a < 56; ++a) r.setUint8(a, 0);
        (r.setUint32(56, s >>> 0, !0),
          r.setUint32(60, Math.floor(s / 2 ** 32), !0),
          Mb(e, r));
        let o = new Uint8Array(16),
          i = new DataView(o.buffer);
        for (let a = 0; a < 4; ++a) i.setUint32(a * 4, e[a], !0);
        return o;
      }
      reset() {
        (this.state.set(dN),
          (this.writeBuffer = new DataView(new ArrayBuffer(64))),
          (this.bufferLength = 0),
          (this.bytesHashed = 0));
      }
    }),
      (dN = [1732584193, 4023233417, 2562383102, 271733878]),
      (oo = 4294967295),
      (l5 = Uint8Array.of(
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
      (p5 = Array.from(
        { length: 64 },
        (t, e) => (Math.abs(Math.sin(e + 1)) * 2 ** 32) >>> 0,
      )));
  });
import { createHash as Lb } from "node:crypto";
function d5() {
  return class {
    digestLength = 16;
    hash = Lb("md5");
    update(e) {
      this.hash.update(xt(e));
    }
    async digest() {
      let e = this.hash.copy().digest();
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
    }
    reset() {
      this.hash = Lb("md5");
    }
  };
}
var f5,
  Ub,
  mN = d(() => {
    P();
    $b();
    ((f5 = (() => {
      try {
        return (Lb("md5"), !0);
      } catch {
        return !1;
      }
    })()),
      (Ub = f5 ? d5() : va));
  });
var hN,
  Bb,
  Ia,
  Fb = d(() => {
    hN = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      hN[t] = e >>> 0;
    }
    ((Bb = 4294967295),
      (Ia = class {
        digestLength = 4;
        checksum = Bb;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum =
              (this.checksum >>> 8) ^ hN[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ Bb) >>> 0;
        }
        async digest() {
          let e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = Bb;
        }
      }));
  });
import * as Gb from "node:zlib";
function m5(t) {
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
var gN,
  li,
  yN = d(() => {
    Fb();
    ((gN = typeof Gb.crc32 == "function" ? Gb.crc32 : void 0),
      (li = gN ? m5(gN) : Ia));
  });
var ot,
  SN,
  h5,
  Is,
  EN,
  g5,
  md = d(() => {
    P();
    ((ot = 64),
      (SN = 32),
      (h5 = 2 ** 53 - 1),
      (Is = class t {
        digestLength = SN;
        state = Int32Array.from(EN);
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
              o = new Uint8Array(ot * 2);
            for (let i = 0; i < ot; ++i)
              ((o[i] = 54 ^ r[i]), (o[i + ot] = 92 ^ r[i]));
            (n.update(o.subarray(0, ot)), s.update(o.subarray(ot)));
          }
        }
        update(e) {
          if (this.finished)
            throw new Error("Attempted to update an already finished HMAC.");
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = xt(e),
            n = 0,
            { byteLength: s } = r;
          if (((this.bytesHashed += s), this.bytesHashed * 8 > h5))
            throw new Error("Cannot hash more than 2^53 - 1 bits");
          for (; s > 0;)
            ((this.buffer[this.bufferLength++] = r[n++]),
              s--,
              this.bufferLength === ot &&
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
          ((this.state = Int32Array.from(EN)),
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
          if ((o.setUint8(n++, 128), (n - 1) % ot >= ot - 8)) {
            for (let a = n; a < ot; ++a) o.setUint8(a, 0);
            (this.hashBufferWith(e, r), (n = 0));
          }
          for (let a = n; a < ot - 8; ++a) o.setUint8(a, 0);
          (o.setUint32(ot - 8, Math.floor(s / 4294967296), !1),
            o.setUint32(ot - 4, s, !1),
            this.hashBufferWith(e, r));
          let i = new Uint8Array(SN);
          for (let a = 0; a < 8; ++a)
            ((i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255));
          return i;
        }
        static normalizeKey(e) {
          let r = xt(e);
          if (r.byteLength > ot) {
            let n = new t();
            n.update(r);
            let s = n.digestSync(),
              o = new Uint8Array(ot);
            return (o.set(s), o);
          }
          if (r.byteLength < ot) {
            let n = new Uint8Array(ot);
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
          for (let h = 0; h < ot; ++h) {
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
                  ((p + ((g5[h] + n[h]) | 0)) | 0)) |
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
      (EN = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924,
        528734635, 1541459225,
      ])),
      (g5 = new Int32Array([
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
import { createHash as bN, createHmac as y5 } from "node:crypto";
function E5() {
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
      return this.secret ? y5("sha256", b5(this.secret)) : bN("sha256");
    }
  };
}
function b5(t) {
  return typeof t == "string"
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var S5,
  Lr,
  xN = d(() => {
    md();
    ((S5 = (() => {
      try {
        return (bN("sha256"), !0);
      } catch {
        return !1;
      }
    })()),
      (Lr = S5 ? E5() : Is));
  });
var x5,
  w5,
  v5,
  hd,
  I5,
  gd,
  wN = d(() => {
    P();
    md();
    (({
      digest: x5,
      sign: w5,
      importKey: v5,
    } = globalThis?.crypto?.subtle ?? {}),
      (hd =
        typeof x5 == "function" &&
        typeof w5 == "function" &&
        typeof v5 == "function"
          ? globalThis.crypto.subtle
          : void 0),
      (I5 = 8 * 1024 * 1024),
      (gd = class {
        digestLength = 32;
        secret;
        pending = [];
        pendingBytes = 0;
        fallback;
        finished = !1;
        constructor(e) {
          e && (this.secret = xt(e));
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
            this.pendingBytes >= I5 && this.switchToFallback());
        }
        async digest() {
          if (this.fallback) return this.fallback.digest();
          if (this.secret && this.finished)
            throw new Error("Attempted to digest an already finished HMAC.");
          let e = _n(this.pending);
          if (hd) {
            if (this.secret) {
              this.finished = !0;
              let s = await hd.importKey(
                  "raw",
                  this.secret,
                  { name: "HMAC", hash: "SHA-256" },
                  !1,
                  ["sign"],
                ),
                o = await hd.sign("HMAC", s, e);
              return new Uint8Array(o);
            }
            let n = await hd.digest("SHA-256", e);
            return new Uint8Array(n);
          }
          let r = new Is(this.secret);
          return (r.update(e), r.digest());
        }
        reset() {
          ((this.pending = []),
            (this.pendingBytes = 0),
            (this.fallback = void 0),
            (this.finished = !1));
        }
        switchToFallback() {
          let e = new Is(this.secret);
          for (let r of this.pending) e.update(r);
          ((this.fallback = e), (this.pending = []), (this.pendingBytes = 0));
        }
      }));
  });
var vN = {};
ie(vN, {
  Crc32: () => li,
  Crc32Js: () => Ia,
  Crc32Node: () => li,
  Md5: () => Ub,
  Md5Js: () => va,
  Md5Node: () => Ub,
  Sha256: () => Lr,
  Sha256Js: () => Is,
  Sha256Node: () => Lr,
  Sha256WebCrypto: () => gd,
  blobHasher: () => aN,
  blobReader: () => dd,
  fileStreamHasher: () => uN,
  readableStreamHasher: () => pN,
});
var io = d(() => {
  cN();
  lN();
  fN();
  $b();
  mN();
  Fb();
  yN();
  md();
  xN();
  wN();
  Pb();
});
function IN(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var ao,
  Hb = d(() => {
    P();
    ao = class t {
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
        return (e < 0 && IN(r), new t(r));
      }
      valueOf() {
        let e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && IN(e), parseInt(pr(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var Ta,
  TN,
  _N,
  T5,
  _5,
  A5,
  C5,
  R5,
  O5,
  D5,
  N5,
  P5,
  yd,
  Vb = d(() => {
    G();
    P();
    Hb();
    Ta = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        ((this.toUtf8 = e), (this.fromUtf8 = r));
      }
      format(e) {
        let r = [];
        for (let o in e) {
          if (!_(e, o)) continue;
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
            if (e.value.byteLength > yd)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${yd} bytes: ${e.value.byteLength}`,
              );
            let o = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            (o.setUint8(0, 6), o.setUint16(1, e.value.byteLength, !1));
            let i = new Uint8Array(o.buffer);
            return (i.set(e.value, 3), i);
          case "string":
            let a = this.fromUtf8(e.value);
            if (a.byteLength > yd)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${yd} bytes: ${a.byteLength}`,
              );
            let c = new DataView(new ArrayBuffer(3 + a.byteLength));
            (c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1));
            let u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          case "timestamp":
            let l = new Uint8Array(9);
            return (
              (l[0] = 8),
              l.set(ao.fromNumber(e.value.valueOf()).bytes, 1),
              l
            );
          case "uuid":
            if (!P5.test(e.value))
              throw new Error(`Invalid UUID received: ${e.value}`);
            let p = new Uint8Array(17);
            return ((p[0] = 9), p.set(Tf(e.value.replace(/-/g, "")), 1), p);
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
              r[o] = { type: _N, value: !0 };
              break;
            case 1:
              r[o] = { type: _N, value: !1 };
              break;
            case 2:
              r[o] = { type: T5, value: e.getInt8(n++) };
              break;
            case 3:
              ((r[o] = { type: _5, value: e.getInt16(n, !1) }), (n += 2));
              break;
            case 4:
              ((r[o] = { type: A5, value: e.getInt32(n, !1) }), (n += 4));
              break;
            case 5:
              ((r[o] = {
                type: C5,
                value: new ao(new Uint8Array(e.buffer, e.byteOffset + n, 8)),
              }),
                (n += 8));
              break;
            case 6:
              let i = e.getUint16(n, !1);
              ((n += 2),
                (r[o] = {
                  type: R5,
                  value: new Uint8Array(e.buffer, e.byteOffset + n, i),
                }),
                (n += i));
              break;
            case 7:
              let a = e.getUint16(n, !1);
              ((n += 2),
                (r[o] = {
                  type: O5,
                  value: this.toUtf8(
                    new Uint8Array(e.buffer, e.byteOffset + n, a),
                  ),
                }),
                (n += a));
              break;
            case 8:
              ((r[o] = {
                type: D5,
                value: new Date(
                  new ao(
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
                  type: N5,
                  value: `${pr(c.subarray(0, 4))}-${pr(c.subarray(4, 6))}-${pr(c.subarray(6, 8))}-${pr(c.subarray(8, 10))}-${pr(c.subarray(10))}`,
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
    })(TN || (TN = {}));
    ((_N = "boolean"),
      (T5 = "byte"),
      (_5 = "short"),
      (A5 = "integer"),
      (C5 = "long"),
      (R5 = "binary"),
      (O5 = "string"),
      (D5 = "timestamp"),
      (N5 = "uuid"),
      (P5 = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (yd = 32767));
  });
function CN({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < k5)
    throw new Error(
      "Provided message too short to accommodate event stream message overhead",
    );
  let n = new DataView(r, e, t),
    s = n.getUint32(0, !1);
  if (t !== s)
    throw new Error(
      "Reported message length does not match received message length",
    );
  let o = n.getUint32(AN, !1),
    i = n.getUint32(co, !1),
    a = n.getUint32(t - pi, !1),
    c = new li();
  if ((c.update(new Uint8Array(r, e, co)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if (
    (c.update(new Uint8Array(r, e + co, t - (co + pi))), a !== c.digestSync())
  )
    throw new Error(
      `The message checksum (${c.digestSync()}) did not match the expected value of ${a}`,
    );
  return {
    headers: new DataView(r, e + co + pi, o),
    body: new Uint8Array(r, e + co + pi + o, s - o - (co + pi + pi)),
  };
}
var AN,
  co,
  pi,
  k5,
  RN = d(() => {
    io();
    ((AN = 4), (co = AN * 2), (pi = 4), (k5 = co + pi * 2));
  });
var _a,
  jb = d(() => {
    io();
    Vb();
    RN();
    _a = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        ((this.headerMarshaller = new Ta(e, r)),
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
          a = new li();
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
        let { headers: r, body: n } = CN(e);
        return { headers: this.headerMarshaller.parse(r), body: n };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var Aa,
  zb = d(() => {
    Aa = class {
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
var Ca,
  qb = d(() => {
    Ca = class {
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
var Ra,
  Wb = d(() => {
    Ra = class {
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
var Oa,
  Kb = d(() => {
    Oa = class {
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
function Sd(t) {
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
var Xb = d(() => {});
function ON(t, e) {
  let r = Su(e.deserializer, e.toUtf8);
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
function Su(t, e) {
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
var Jb = d(() => {});
var fi,
  DN,
  Yb = d(() => {
    jb();
    zb();
    qb();
    Wb();
    Kb();
    Xb();
    Jb();
    ((fi = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        ((this.eventStreamCodec = new _a(e, r)), (this.utfEncoder = e));
      }
      deserialize(e, r) {
        let n = Sd(e);
        return new Ra({
          messageStream: new Aa({
            inputStream: n,
            decoder: this.eventStreamCodec,
          }),
          deserializer: Su(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new Ca({
          messageStream: new Oa({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (DN = (t) => new fi(t)));
  });
import { Readable as M5 } from "node:stream";
async function* $5(t) {
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
var Eu,
  NN,
  PN = d(() => {
    Yb();
    ((Eu = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new fi({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        let n = typeof e[Symbol.asyncIterator] == "function" ? e : $5(e);
        return this.universalMarshaller.deserialize(n, r);
      }
      serialize(e, r) {
        return M5.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (NN = (t) => new Eu(t)));
  });
var kN,
  MN,
  $N = d(() => {
    ((kN = (t) => ({
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
      (MN = (t) => {
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
var LN,
  UN = d(() => {
    LN = (t) =>
      Object.assign(t, {
        eventStreamMarshaller: t.eventStreamSerdeProvider(t),
      });
  });
var Ed,
  BN = d(() => {
    G();
    Y();
    P();
    Ed = class {
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
            if (_(h, I) && I !== "__type") {
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
              if (_(g, S) && S !== "__type") {
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
                  let { eventHeader: A, eventPayload: j } = v.getMergedTraits();
                  if (((w = w || !!(A || j)), j))
                    v.isBlobSchema()
                      ? (b[I] = E)
                      : v.isStringSchema()
                        ? (b[I] = (this.serdeContext?.utf8Encoder ?? Ie)(E))
                        : v.isStructSchema() &&
                          (b[I] = await this.deserializer.read(v, E));
                  else if (A) {
                    let oe = g[y].headers[I]?.value;
                    oe != null &&
                      (v.isNumericSchema()
                        ? oe && typeof oe == "object" && "bytes" in oe
                          ? (b[I] = BigInt(oe.toString()))
                          : (b[I] = Number(oe))
                        : (b[I] = oe));
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
          for (let g in h.value) _(h.value, g) && (n[g] = h.value[g]);
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
            u = de.for(c);
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
              ? (this.serdeContext?.utf8Decoder ?? He)(l)
              : l,
          eventType: o,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var FN = {};
ie(FN, {
  EventStreamCodec: () => _a,
  EventStreamMarshaller: () => Eu,
  EventStreamSerde: () => Ed,
  HeaderMarshaller: () => Ta,
  Int64: () => ao,
  MessageDecoderStream: () => Aa,
  MessageEncoderStream: () => Ca,
  SmithyMessageDecoderStream: () => Ra,
  SmithyMessageEncoderStream: () => Oa,
  UniversalEventStreamMarshaller: () => fi,
  eventStreamSerdeProvider: () => NN,
  getChunkedStream: () => Sd,
  getMessageUnmarshaller: () => Su,
  getUnmarshalledStream: () => ON,
  iterableToReadableStream: () => MN,
  readableStreamToIterable: () => kN,
  resolveEventStreamSerdeConfig: () => LN,
  universalEventStreamSerdeProvider: () => DN,
});
var GN = d(() => {
  jb();
  Vb();
  Hb();
  zb();
  qb();
  Wb();
  Kb();
  PN();
  $N();
  Yb();
  Xb();
  Jb();
  UN();
  BN();
});
var uo,
  bd = d(() => {
    G();
    Y();
    xa();
    ui();
    uo = class extends Ke {
      options;
      compositeErrorRegistry;
      constructor(e) {
        (super(),
          (this.options = e),
          (this.compositeErrorRegistry = new de(e.defaultNamespace)));
        for (let r of e.errorTypeRegistries ?? [])
          this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return K;
      }
      getResponseType() {
        return qe;
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
              _(r.headers, n) && (e.headers[n] = r.headers[n].join(", "));
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
              _(r.headers, n) && (e.headers[n] = r.headers[n]);
          return e;
        }
      }
      setHostPrefix(e, r, n, s = fd(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        let o = s[4];
        if (typeof o != "string") return;
        let i = o;
        for (let [a, [, c]] of st.of(r.input).getHttpBindings().request
          .memberBindings) {
          if (!((c >> 17) & 1)) continue;
          let u = n[a];
          if (typeof u != "string")
            throw new Error(
              `@smithy/core/schema - ${a} in input must be a string as hostLabel.`,
            );
          i = i.replace(`{${a}}`, u);
        }
        if (((e.hostname = i + e.hostname), !zc(e.hostname)))
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
            await Promise.resolve().then(() => (GN(), FN)),
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
var lo,
  HN = d(() => {
    G();
    P();
    ui();
    bd();
    ba();
    pd();
    lo = class extends uo {
      async serializeRequest(e, r, n) {
        let s = r && typeof r == "object" ? r : {},
          o = {},
          i = {},
          a = await n.endpoint(),
          c = st.of(e?.input),
          u = c.getHttpBindings().request,
          l = fd(e),
          p = new K({ query: o, headers: i });
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
            ? _(n.byName, y[v])
              ? n.byName[y[v]]
              : void 0
            : n.memberBindings[v];
          if (!A) continue;
          let j = A[1],
            oe = A[0],
            be = j[0],
            tt = j[1],
            Q = j[2],
            ke = A[2],
            Me = A[3],
            ze = e[oe];
          if (!(ze == null && !((tt >> 10) & 1)))
            if (ke === 36) {
              let Z = (tt >> 11) & 3;
              Z
                ? Z === 2
                  ? (h = ze || void 0)
                  : (p = ze)
                : (i ? i.writeCodec(be, ze) : o.write(be, ze), (p = o.flush()));
            } else if (ke === 33 || ke === 38) {
              let Z = this.serializeHttpValue(j, ze, ke, i);
              ke === 33 ? ((g ??= Object.create(null))[oe] = Z) : (c[Me] = Z);
            } else if (ke === 39)
              for (let Z in ze) {
                if (!_(ze, Z)) continue;
                let fe = Me + Z;
                c[fe.toLowerCase()] = this.serializeHttpValue(
                  Q,
                  ze[Z],
                  38,
                  i,
                  i ? Q[0] : [Q[0], { httpHeader: fe }],
                );
              }
            else
              (ke & 62) === 34
                ? this.serializeQuery(j, ze, Me, a, i)
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
            !_(r, l) ||
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
            if (_(n.byName, o) && n.byName[o][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${o}.`);
            s += `{${o}${i === 2 ? "+" : ""}}`;
          } else s += i === 2 ? a.split("/").map($r).join("/") : $r(a);
        }
        return s;
      }
      async deserializeResponse(e, r, n) {
        let s = this.deserializer,
          o = typeof s.readCodec == "function" ? s : void 0,
          i = st.of(e.output),
          a = i.getHttpBindings().response,
          c = {};
        if (n.statusCode >= 300) {
          let l = await je(n.body, r);
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
          let l = await je(n.body, r);
          if (l.byteLength > 0) {
            let p = await (o
              ? o.readCodec(a.syntheticBodySchema, l)
              : s.read(a.syntheticBodySchema, l));
            for (let h of u) p[h] != null && (c[h] = p[h]);
          }
        } else a.bindings.payload || (await je(n.body, r));
        return ((c.$metadata = this.deserializeMetadata(n)), c);
      }
      async deserializeHttpMessage(e, r, n, s, o) {
        let i = s instanceof Set ? o : s,
          a = this.deserializer,
          c = typeof a.readCodec == "function" ? a : void 0,
          u = st.of(e),
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
              : (i[S] = ld(n.body));
          else if (n.body) {
            let A = await je(n.body, r);
            A.byteLength > 0 &&
              (i[S] = await (c ? c.readPayload(b, A) : a.read(w, A)));
          }
        }
        for (let S in E) {
          if (!_(E, S)) continue;
          let b = S.toLowerCase(),
            w = E[S];
          b !== S && (delete E[S], (E[b] = w));
          let I = _(g, b) ? g[b] : void 0;
          if (!I) continue;
          let [v, [A, j, oe], , be] = I;
          if (oe) {
            let tt = (j >> 16) & 1 ? vf(w, ",", 2) : la(w),
              Q = [];
            for (let ke of tt)
              Q.push(
                c
                  ? c.readHttpBinding(oe, ke.trim(), 38)
                  : await a.read([oe[0], { httpHeader: be }], ke.trim()),
              );
            i[v] = Q;
          } else i[v] = c ? c.readHttpBinding(I[1], w, 38) : await a.read(A, w);
        }
        for (let [S, [, , b], , w] of y) {
          i[S] = {};
          for (let I in E) {
            if (!_(E, I) || !I.startsWith(w)) continue;
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
var kn,
  Qb = d(() => {
    G();
    Y();
    G();
    bd();
    ba();
    kn = class extends uo {
      async serializeRequest(e, r, n) {
        let s = this.serializer,
          o = {},
          i = {},
          a = await n.endpoint(),
          c = T.of(e?.input),
          u = c.getSchema(),
          l,
          p = r && typeof r == "object" ? r : {},
          h = new K({
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
          o = T.of(e.output),
          i = {};
        if (this.isErrorResponse(n.statusCode)) {
          let c = await je(n.body, r);
          throw (
            c.byteLength > 0 && Object.assign(i, await s.read(15, c)),
            await this.handleError(e, r, n, i, this.deserializeMetadata(n)),
            new Error(
              "@smithy/core/protocols - RPC Protocol error handler failed to throw.",
            )
          );
        }
        for (let c in n.headers) {
          if (!_(n.headers, c)) continue;
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
          let c = await je(n.body, r);
          c.byteLength > 0 && Object.assign(i, await s.read(o, c));
        }
        return ((i.$metadata = this.deserializeMetadata(n)), i);
      }
      isErrorResponse(e) {
        return e >= 300;
      }
    };
  });
var po,
  Zb = d(() => {
    Y();
    G();
    Qb();
    po = class extends kn {
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
          cr(e.input) === "unit"
            ? (delete s.body, delete s.headers["content-type"])
            : this.applyEmptyBody(s));
        let { service: o, operation: i } = we(n),
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
var xd,
  ex = d(() => {
    pd();
    xd = (t, e, r, n, s, o) => {
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
                .map((a) => $r(a))
                .join("/")
            : $r(i),
        );
      } else
        throw new Error("No value provided for input HTTP label: " + r + ".");
      return t;
    };
  });
function wd(t, e) {
  return new bu(t, e);
}
var bu,
  VN = d(() => {
    G();
    ex();
    bu = class {
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
        return new K({
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
            this.path = xd(o, this.input, e, r, n, s);
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
var fo,
  tx = d(() => {
    P();
    ui();
    xa();
    fo = class extends Ke {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      read(e, r) {
        let n = st.of(e),
          s = n.getMergedTraits(),
          o = n.getHttpBindingLocation(s);
        return this.readHttpBinding(n.getHttpBindingValue(o, s), r, o);
      }
      readHttpBinding([e, r, n], s, o) {
        let i = r & 255;
        if ((i & 192) === 64)
          return (
            (n ??= e.getHttpBindingCollectionValue(o)),
            la(s).map((a) => this.readHttpBinding(n, a, o))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? De)(s);
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
                return xf(s);
              case 6:
                return wf(s);
              case 7:
                return ro(s);
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
                (c = (this.serdeContext?.utf8Encoder ?? Ie)(
                  (this.serdeContext?.base64Decoder ?? De)(c),
                )),
              a === 2 ? Le.from(c) : c
            );
          }
          case 1:
            return Number(s);
          case 2:
            return s.toLowerCase() === "true";
          case 17:
            return BigInt(s);
          case 19:
            return new X(s, "bigDecimal");
          default:
            return s;
        }
      }
    };
  });
var mo,
  jN = d(() => {
    P();
    ui();
    xa();
    tx();
    mo = class extends Ke {
      codecDeserializer;
      stringDeserializer;
      constructor(e, r) {
        (super(),
          (this.codecDeserializer = e),
          (this.stringDeserializer = new fo(r)));
      }
      setSerdeContext(e) {
        (this.stringDeserializer.setSerdeContext(e),
          this.codecDeserializer.setSerdeContext(e),
          (this.serdeContext = e));
      }
      read(e, r) {
        let n = st.of(e),
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
          typeof r == "string" ? r : (this.serdeContext?.utf8Encoder ?? Ie)(r);
        return this.stringDeserializer.readHttpBinding(e, s, n);
      }
      readPayload([e, r], n) {
        let s = r & 255;
        return s === 21 || s === 42
          ? typeof n == "string"
            ? (this.serdeContext?.utf8Decoder ?? He)(n)
            : n
          : s === 0
            ? typeof n == "string"
              ? n
              : (this.serdeContext?.utf8Encoder ?? Ie)(n)
            : this.readCodec(e, n);
      }
      readCodec(e, r) {
        return this.codecDeserializer.read(e, r);
      }
    };
  });
var Da,
  rx = d(() => {
    P();
    ui();
    xa();
    Da = class extends Ke {
      settings;
      stringBuffer = "";
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        let n = st.of(e),
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
                  this.stringBuffer = Wt(s);
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
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ve)(s);
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
                (p && (p += ", "), (p += l ? g : bf(g)));
              }
              this.stringBuffer = p;
              return;
            }
            this.stringBuffer = JSON.stringify(s, null, 2);
            break;
          case "string":
            let a = (r >> 8) & 3,
              c = s;
            if ((a === 2 && (c = Le.from(c)), a && (o & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ve)(
                c.toString(),
              );
              return;
            }
            this.stringBuffer = s;
            break;
          default:
            this.stringBuffer = (r >> 10) & 1 ? Qt() : String(s);
        }
      }
      flush() {
        let e = this.stringBuffer;
        return ((this.stringBuffer = ""), e);
      }
    };
  });
var ho,
  zN = d(() => {
    ui();
    rx();
    ho = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(e, r, n = new Da(r)) {
        ((this.codecSerializer = e), (this.stringSerializer = n));
      }
      setSerdeContext(e) {
        (this.codecSerializer.setSerdeContext(e),
          this.stringSerializer.setSerdeContext(e));
      }
      write(e, r) {
        let n = st.of(e),
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
function Nt(t, e) {
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
var Na = d(() => {});
var qN,
  vd,
  WN = d(() => {
    ((qN = ge(ar())),
      (vd = class {
        name;
        kind;
        values;
        constructor({
          name: e,
          kind: r = qN.FieldPosition.HEADER,
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
var Id,
  KN = d(() => {
    Id = class {
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
var Mn,
  $n,
  XN = d(() => {
    ((Mn = (t) => (
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
      ($n = (t) => ({ requestHandler: t.httpHandler() })));
  });
function nx(t) {
  return (e) => async (r) => {
    let n = r.request;
    if (K.isInstance(n)) {
      let { body: s, headers: o } = n;
      if (
        s &&
        Object.keys(o)
          .map((i) => i.toLowerCase())
          .indexOf(JN) === -1
      )
        try {
          let i = t(s);
          i != null && (n.headers = { ...n.headers, [JN]: String(i) });
        } catch {}
    }
    return e({ ...r, request: n });
  };
}
var JN,
  sx,
  Ln,
  YN = d(() => {
    G();
    JN = "content-length";
    ((sx = {
      step: "build",
      tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
      name: "contentLengthMiddleware",
      override: !0,
    }),
      (Ln = (t) => ({
        applyToStack: (e) => {
          e.add(nx(t.bodyLengthChecker), sx);
        },
      })));
  });
var go,
  L5,
  Td = d(() => {
    ((go = (t) => encodeURIComponent(t).replace(/[!'()*]/g, L5)),
      (L5 = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`));
  });
var QN,
  ZN = d(() => {
    Td();
    QN = (t) => t.split("/").map(go).join("/");
  });
function eP(t) {
  let e = [];
  for (let r of Object.keys(t).sort()) {
    let n = t[r];
    if (((r = go(r)), Array.isArray(n)))
      for (let s = 0, o = n.length; s < o; s++) e.push(`${r}=${go(n[s])}`);
    else {
      let s = r;
      ((n || typeof n == "string") && (s += `=${go(n)}`), e.push(s));
    }
  }
  return e.join("&");
}
var tP = d(() => {
  Td();
});
var Pt,
  di = d(() => {
    Pt = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Pa,
  ox = d(() => {
    Pa = class {
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
function _d() {
  if (xu === void 0)
    try {
      if (typeof Buffer != "function") xu = !1;
      else {
        let t = JSON.parse(Buffer.from([123, 125]));
        xu = t !== null && typeof t == "object";
      }
    } catch {
      xu = !1;
    }
  return xu;
}
var xu,
  ix = d(() => {});
function ka(t, e, r) {
  if (r?.source) {
    let n = r.source;
    if (typeof e == "number")
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? B5(n, e)
          ? e
          : new X(n, "bigDecimal")
        : U5(n)
          ? new X(n, "bigDecimal")
          : /[eE]/.test(n)
            ? F5(n)
            : BigInt(n);
  }
  return e;
}
function U5(t) {
  let e = t.indexOf(".");
  if (e === -1) return !1;
  let r = t.search(/[eE]/);
  if (r === -1) return !0;
  let n = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < n;
}
function B5(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return ax(t) === ax(String(e));
  let r = t.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""),
    n = String(e);
  return r === n ? !0 : /[eE]/.test(n) ? r === ax(n) : !1;
}
function ax(t) {
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
function F5(t) {
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
var Ad = d(() => {
  P();
});
function Ma(t) {
  let e = T.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (cx in r) return r[cx];
    let n = Cd(e, new Set());
    return ((r[cx] = n), n);
  }
  return Cd(e, new Set());
}
function Cd(t, e) {
  let r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (let [, n] of t.structIterator()) if (Cd(n, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (Cd(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
var cx,
  Rd = d(() => {
    Y();
    cx = Symbol.for("@aws-sdk/reviver");
  });
var rP,
  nP = d(() => {
    ba();
    P();
    rP = (t, e) => je(t, e).then((r) => (e?.utf8Encoder ?? Ie)(r));
  });
async function Ts(t, e, r) {
  let n;
  if (_d() && typeof t?.[Symbol.asyncIterator] == "function") {
    let o = await je(t, e);
    typeof Buffer == "function" &&
      (Buffer.isBuffer(o)
        ? (n = o)
        : (n = Buffer.from(o.buffer, o.byteOffset, o.byteLength)));
  }
  if ((n || (n = await rP(t, e)), n.length === 0)) return {};
  let s = r && Ma(r) ? ka : void 0;
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
var Od,
  sP,
  ux,
  $a,
  La,
  Ua,
  oP,
  wu = d(() => {
    ba();
    nP();
    ix();
    Ad();
    Rd();
    ((Od = async (t, e) => {
      let r = await Ts(t, e);
      return ((r.message = r.message ?? r.Message), r);
    }),
      (sP = (t, e) =>
        Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase())),
      (ux = (t) => {
        let e = t;
        return (
          typeof e == "number" && (e = e.toString()),
          e.indexOf(",") >= 0 && (e = e.split(",")[0]),
          e.indexOf(":") >= 0 && (e = e.split(":")[0]),
          e.indexOf("#") >= 0 && (e = e.split("#")[1]),
          e
        );
      }),
      ($a = (t, e) => oP(t, e, ["header", "code", "type"])),
      (La = (t, e, r = !1) =>
        oP(t, e, r ? ["code", "header", "type"] : ["type", "code", "header"])),
      (Ua = (t, e) => {
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
      (oP = ({ headers: t }, e, r) => {
        for (; r.length > 0;)
          switch (r.shift()) {
            case "header":
              let s = sP(t ?? {}, "x-amzn-errortype");
              if (s !== void 0) return ux(t[s]);
              break;
            case "code":
              let o = sP(e ?? {}, "code");
              if (o && e[o] !== void 0) return ux(e[o]);
              break;
            case "type":
              if (e?.__type !== void 0) return ux(e.__type);
              break;
          }
      }));
  });
var yo,
  lx = d(() => {
    Na();
    Y();
    P();
    di();
    ox();
    ix();
    Ad();
    Rd();
    wu();
    G();
    yo = class extends Pt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      async read(e, r) {
        let n = Ma(e) ? ka : void 0,
          s;
        if (typeof r == "string") {
          if (r.length === 0) return {};
          s = JSON.parse(r, n);
        } else if (r instanceof Uint8Array && _d()) {
          if (r.byteLength === 0) return {};
          let o = Buffer.isBuffer(r)
            ? r
            : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          s = JSON.parse(o, n);
        } else s = await Ts(r, this.serdeContext, e);
        return this._read(e, s);
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        let n = r !== null && typeof r == "object",
          s = T.of(e);
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
                _(a, c) &&
                  (c === "__proto__" && vt(a), (a[c] = this._read(i, a[c])));
            return a;
          }
        }
        if (s.isBlobSchema() && typeof r == "string") return De(r);
        let o = s.getMergedTraits().mediaType;
        if (s.isStringSchema() && typeof r == "string" && o)
          return o === "application/json" || o.endsWith("+json")
            ? Le.from(r)
            : r;
        if (s.isTimestampSchema() && r != null)
          switch (Nt(s, this.settings)) {
            case 5:
              return ca(r);
            case 6:
              return to(r);
            case 7:
              return ua(r);
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
          if (r instanceof X) return r;
          let i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new X(i.string, i.type)
            : new X(String(r), "bigDecimal");
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
              a instanceof X || (r[i] = this._read(s, a));
            }
          else {
            let i = r;
            for (let a in i) {
              if (!_(i, a)) continue;
              a === "__proto__" && vt(i);
              let c = i[a];
              c instanceof X || (i[a] = this._read(s, c));
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
        n && (c = new Pa(r, s));
        for (let [u, l] of e.structIterator()) {
          let p = u;
          (a && ((p = l.getMergedTraits().jsonName ?? p), i && (o[p] = u)),
            n && c.mark(p),
            r[p] != null && (s[u] = this._read(l, r[p])));
        }
        if (n) c.writeUnknown();
        else if (i)
          for (let u in r) {
            if (!_(r, u)) continue;
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
var Dd,
  iP,
  aP = d(() => {
    P();
    ((Dd = class t extends Uint8Array {
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
          (e > iP + 6e4 &&
            (console.warn(
              "@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.",
            ),
            (iP = e)),
            (this.string = Ie(this)));
        }
        return this.string;
      }
    }),
      (iP = 0));
  });
function px(t) {
  return Dd.allocUnsafe(t);
}
var Nd,
  cP,
  uP,
  G5,
  H5,
  Ba,
  Pd,
  kd,
  lP,
  V5,
  j5,
  z5,
  Un,
  pP,
  So,
  fx = d(() => {
    Na();
    Y();
    P();
    di();
    G();
    aP();
    ((Nd = new TextEncoder()),
      (cP = 123),
      (uP = 125),
      (G5 = 91),
      (H5 = 93),
      (Ba = 34),
      (Pd = 58),
      (kd = 44),
      (lP = 92),
      (V5 = new Uint8Array([116, 114, 117, 101])),
      (j5 = new Uint8Array([102, 97, 108, 115, 101])),
      (z5 = new Uint8Array([110, 117, 108, 108])),
      (Un = new Array(128).fill(null)));
    Un[8] = "b";
    Un[9] = "t";
    Un[10] = "n";
    Un[12] = "f";
    Un[13] = "r";
    Un[34] = '"';
    Un[92] = "\\";
    for (let t = 0; t < 32; t++)
      Un[t] === null && (Un[t] = "u00" + t.toString(16).padStart(2, "0"));
    pP = 2048;
    So = class t extends Pt {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(e) {
        (super(), (this.settings = e), (this.json = px(pP)));
      }
      write(e, r) {
        ((this.i = 0),
          (this.rawValue = r),
          (this.rootSchema = T.of(e)),
          (this.passthrough =
            this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
          this.passthrough || this.writeValue(this.rootSchema, r, void 0));
      }
      writeDiscriminatedDocument(e, r) {
        ((this.i = 0), (this.rootSchema = T.of(e)));
        let n = this.rootSchema;
        if (n.isStructSchema() && r != null && typeof r == "object") {
          this.writeValue(n, r, void 0);
          let s = `"__type":"${n.getName(!0) ?? "Unknown"}",`,
            o = s.length;
          (this.ensure(o),
            this.json.copyWithin(1 + o, 1, this.i),
            Nd.encodeInto(s, this.json.subarray(1)),
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
        return ((this.json = px(pP)), n);
      }
      ensure(e) {
        let { i: r, json: n } = this;
        if (r + e > n.length) {
          let s = n.length * 2;
          for (; s < r + e;) s *= 2;
          let o = px(s);
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
        n[s++] = Ba;
        for (let o = 0; o < r; ++o) n[s++] = e.charCodeAt(o);
        ((n[s++] = Ba), (this.i = s));
      }
      writeJsonString(e) {
        let r = e.length;
        (this.ensure(r * 3 + 2), (this.json[this.i++] = Ba));
        for (let n = 0; n < r; ++n) {
          let s = e.charCodeAt(n);
          if (s > 34 && s < 92) this.json[this.i++] = s;
          else if (s < 128) {
            let o = Un[s];
            if (o !== null) {
              (this.ensure(o.length + 1 + (r - n - 1) * 3 + 1),
                (this.json[this.i++] = lP));
              for (let i = 0; i < o.length; i++)
                this.json[this.i++] = o.charCodeAt(i);
            } else this.json[this.i++] = s;
          } else if (s >= 55296 && s <= 56319) {
            let o = n + 1 < r ? e.charCodeAt(n + 1) : 0;
            if (o >= 56320 && o <= 57343) {
              this.ensure(4);
              let { written: i } = Nd.encodeInto(
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
        this.json[this.i++] = Ba;
      }
      writeUnicodeEscape(e) {
        let { json: r, i: n } = this;
        ((r[n++] = lP), (r[n++] = 117));
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
        n[o++] = Ba;
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
        ((n[o++] = Ba), (this.i = o));
      }
      writeValue(e, r, n) {
        if (r == null) {
          if (n?.isStructSchema()) {
            if (r === void 0 && T.of(e).isIdempotencyToken()) {
              this.writeAsciiQuoted(Qt());
              return;
            }
            return;
          }
          (this.ensure(4), this.json.set(z5, this.i), (this.i += 4));
          return;
        }
        let s = T.of(e),
          o = typeof r == "object";
        if (s.isStringSchema()) {
          let i = s.getMergedTraits().mediaType;
          if (i && (i === "application/json" || i.endsWith("+json"))) {
            this.writeJsonString(Le.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (s.isBigIntegerSchema() || s.isBigDecimalSchema())
        ) {
          let i = r instanceof X ? r.string : String(r);
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
          if (r instanceof X) {
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
            let i = (this.serdeContext?.base64Encoder ?? ve)(r);
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
          (r ? (a.set(V5, i), (i += 4)) : (a.set(j5, i), (i += 5)),
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
        (this.ensure(2), (this.json[this.i++] = cP));
        let n = !1,
          s = typeof r.__type == "string",
          o;
        s && (o = new Set());
        for (let [i, a] of e.structIterator()) {
          let c = r[i];
          if (c == null && !a.isIdempotencyToken()) continue;
          (n && (this.ensure(1), (this.json[this.i++] = kd)), (n = !0));
          let u = this.settings.jsonName
            ? (a.getMergedTraits().jsonName ?? i)
            : i;
          (o && (o.add(i), o.add(u)),
            this.writeAsciiQuoted(u),
            (this.json[this.i++] = Pd),
            this.writeValue(a, c, e));
        }
        if (!n && e.isUnionSchema()) {
          let { $unknown: i } = r;
          if (Array.isArray(i)) {
            let [a, c] = i;
            (this.writeAsciiQuoted(a),
              this.ensure(1),
              (this.json[this.i++] = Pd),
              this.writeValue(15, c, e));
          }
        } else if (s)
          for (let i in r) {
            if (o.has(i)) continue;
            o.add(i);
            let a = r[i];
            (n && (this.ensure(1), (this.json[this.i++] = kd)),
              (n = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = Pd),
              this.writeValue(15, a, void 0));
          }
        (this.ensure(1), (this.json[this.i++] = uP));
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
            (this.i += Nd.encodeInto(c, this.json.subarray(this.i)).written));
          return;
        }
        (this.ensure(2), (this.json[this.i++] = G5));
        let i = !1;
        for (let a = 0; a < r.length; ++a) {
          let c = r[a];
          (n ? c === void 0 : c == null && !s) ||
            (i && (this.ensure(1), (this.json[this.i++] = kd)),
            this.writeValue(o, c, void 0),
            (i = !0));
        }
        (this.ensure(1), (this.json[this.i++] = H5));
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
            if (!_(r, u)) continue;
            let l = r[u];
            Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
              ? (((a ??= {})[u] = l), (r[u] = String(l)))
              : l === null && !s && (((a ??= {})[u] = null), (r[u] = void 0));
          }
          let c = JSON.stringify(r);
          (a && Object.assign(r, a),
            this.ensure(c.length * 3),
            (this.i += Nd.encodeInto(c, this.json.subarray(this.i)).written));
          return;
        }
        (this.ensure(2), (this.json[this.i++] = cP));
        let i = !0;
        for (let a in r) {
          if (!_(r, a)) continue;
          let c = r[a];
          (n ? c === void 0 : c == null && !s) ||
            (i || (this.ensure(1), (this.json[this.i++] = kd)),
            (i = !1),
            this.writeJsonString(a),
            this.ensure(1),
            (this.json[this.i++] = Pd),
            this.writeValue(o, c, void 0));
        }
        (this.ensure(1), (this.json[this.i++] = uP));
      }
      writeTimestamp(e, r) {
        switch (Nt(e, this.settings)) {
          case 5: {
            let s = r.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(s);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(Wt(r));
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
var hr,
  dx = d(() => {
    di();
    lx();
    fx();
    hr = class extends Pt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new So(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new yo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Fa,
  fP = d(() => {
    Zb();
    Y();
    dx();
    wu();
    Fa = class extends po {
      codec = new hr({
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
        let i = Ua(n, s) ?? "Unknown",
          a = {
            $metadata: o,
            $fault: n.statusCode <= 500 ? "client" : "server",
          },
          c = this.options.defaultNamespace;
        i.includes("#") && ([c] = i.split("#"));
        let u = this.compositeErrorRegistry,
          l = de.for(c);
        u.copyFrom(l);
        let p;
        try {
          p = u.getSchema(i);
        } catch {
          s.Message && (s.message = s.Message);
          let I = de.for("smithy.ts.sdk.synthetic." + c);
          u.copyFrom(I);
          let v = u.getBaseException();
          if (v) {
            let A = u.getErrorCtor(v);
            throw Object.assign(new A({ name: i }), a, s);
          }
          throw Object.assign(new Error(i), a, s);
        }
        let h = T.of(p),
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
var Eo,
  mx = d(() => {
    Na();
    Y();
    P();
    P();
    G();
    di();
    ox();
    Ad();
    Rd();
    wu();
    Eo = class extends Pt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      async read(e, r) {
        let n = Ma(e) ? ka : void 0;
        return this._read(
          e,
          typeof r == "string"
            ? JSON.parse(r, n)
            : await Ts(r, this.serdeContext, e),
        );
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        let n = r !== null && typeof r == "object",
          s = T.of(e);
        if (n) {
          if (s.isStructSchema()) {
            let i = r,
              a = s.isUnionSchema(),
              c = {},
              u,
              { jsonName: l } = this.settings;
            l && (u = {});
            let p;
            a && (p = new Pa(i, c));
            for (let [h, g] of s.structIterator()) {
              let y = h;
              (l && ((y = g.getMergedTraits().jsonName ?? y), (u[y] = h)),
                a && p.mark(y),
                i[y] != null && (c[h] = this._read(g, i[y])));
            }
            if (a) p.writeUnknown();
            else if (typeof i.__type == "string")
              for (let h in i) {
                if (!_(i, h)) continue;
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
              _(r, c) &&
                (c === "__proto__" && vt(a), (a[c] = this._read(i, r[c])));
            return a;
          }
        }
        if (s.isBlobSchema() && typeof r == "string") return De(r);
        let o = s.getMergedTraits().mediaType;
        if (s.isStringSchema() && typeof r == "string" && o)
          return o === "application/json" || o.endsWith("+json")
            ? Le.from(r)
            : r;
        if (s.isTimestampSchema() && r != null)
          switch (Nt(s, this.settings)) {
            case 5:
              return ca(r);
            case 6:
              return to(r);
            case 7:
              return ua(r);
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
          if (r instanceof X) return r;
          let i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new X(i.string, i.type)
            : new X(String(r), "bigDecimal");
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
              if (!_(r, a)) continue;
              a === "__proto__" && vt(i);
              let c = r[a];
              c instanceof X ? (i[a] = c) : (i[a] = this._read(s, c));
            }
            return i;
          } else return structuredClone(r);
        return r;
      }
    };
  });
var dP,
  Md,
  mP = d(() => {
    P();
    ((dP = "\u039D"),
      (Md = class {
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
              if (r instanceof X) {
                let n = `${dP + "nv" + this.counter++}_` + r.string;
                return (this.values.set(`"${n}"`, r.string), n);
              }
              if (typeof r == "bigint") {
                let n = r.toString(),
                  s = `${dP + "b" + this.counter++}_` + n;
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
var bo,
  hx = d(() => {
    Na();
    Y();
    P();
    di();
    mP();
    G();
    bo = class extends Pt {
      settings;
      buffer;
      useReplacer = !1;
      rootSchema;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        ((this.rootSchema = T.of(e)),
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
          let n = new Md();
          return n.replaceInJson(
            JSON.stringify(this.buffer, n.createReplacer(), 0),
          );
        }
        return this.buffer;
      }
      writeDiscriminatedDocument(e, r) {
        (this.write(e, r),
          typeof this.buffer == "object" &&
            (this.buffer.__type = T.of(e).getName(!0)));
      }
      _write(e, r, n) {
        let s = r !== null && typeof r == "object",
          o = T.of(e);
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
                (h === "__proto__" && vt(a), (a[h] = this._write(15, g)));
              }
            } else if (typeof i.__type == "string")
              for (let p in i) {
                if (!_(i, p)) continue;
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
              if (!_(r, u)) continue;
              let l = r[u];
              (c || l != null) &&
                (u === "__proto__" && vt(a), (a[u] = this._write(i, l)));
            }
            return a;
          }
          if (r instanceof Uint8Array && o.isBlobSchema())
            return o === this.rootSchema
              ? r
              : (this.serdeContext?.base64Encoder ?? ve)(r);
          if (
            r instanceof Date &&
            (o.isTimestampSchema() || o.isDocumentSchema())
          )
            switch (Nt(o, this.settings)) {
              case 5:
                return r.toISOString().replace(".000Z", "Z");
              case 6:
                return Wt(r);
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
          r instanceof X && (this.useReplacer = !0);
        }
        if (!(r === null && n?.isStructSchema())) {
          if (o.isStringSchema()) {
            if (typeof r > "u" && o.isIdempotencyToken()) return Qt();
            let i = o.getMergedTraits().mediaType;
            return r != null &&
              i &&
              (i === "application/json" || i.endsWith("+json"))
              ? Le.from(r)
              : r;
          }
          if (typeof r == "number")
            return Math.abs(r) === 1 / 0 || isNaN(r) ? String(r) : r;
          if (typeof r == "string" && o.isBlobSchema())
            return o === this.rootSchema
              ? r
              : (this.serdeContext?.base64Encoder ?? ve)(r);
          if (
            (typeof r == "bigint" && (this.useReplacer = !0),
            o.isDocumentSchema())
          )
            if (s) {
              if (r instanceof Uint8Array)
                return (this.serdeContext?.base64Encoder ?? ve)(r);
              let i = Array.isArray(r) ? [] : {};
              for (let a in r) {
                if (!_(r, a)) continue;
                let c = r[a];
                (a === "__proto__" && vt(i),
                  c instanceof X
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
var Ga,
  hP = d(() => {
    di();
    mx();
    hx();
    Ga = class extends Pt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new bo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Eo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var xo = {};
ie(xo, {
  AbstractRpcV2Protocol: () => po,
  Field: () => vd,
  Fields: () => Id,
  FromStringShapeDeserializer: () => fo,
  HttpBindingProtocol: () => lo,
  HttpInterceptingShapeDeserializer: () => mo,
  HttpInterceptingShapeSerializer: () => ho,
  HttpProtocol: () => uo,
  HttpRequest: () => K,
  HttpResponse: () => qe,
  JsonCodec: () => Ga,
  JsonCodec2: () => hr,
  JsonShapeDeserializer: () => Eo,
  JsonShapeDeserializer2: () => yo,
  JsonShapeSerializer: () => bo,
  JsonShapeSerializer2: () => So,
  RequestBuilder: () => bu,
  RpcProtocol: () => kn,
  SerdeContext: () => Ke,
  SmithyRpcV2JsonProtocol: () => Fa,
  ToStringShapeSerializer: () => Da,
  buildQueryString: () => eP,
  collectBody: () => je,
  contentLengthMiddleware: () => nx,
  contentLengthMiddlewareOptions: () => sx,
  determineTimestampFormat: () => Nt,
  escapeUri: () => go,
  escapeUriPath: () => QN,
  extendedEncodeURIComponent: () => $r,
  getContentLengthPlugin: () => Ln,
  getHttpHandlerExtensionConfiguration: () => Mn,
  isValidHostname: () => zc,
  loadJsonRpcErrorCode: () => La,
  loadRestJsonErrorCode: () => $a,
  loadSmithyRpcV2JsonErrorCode: () => Ua,
  parseJsonBody: () => Ts,
  parseJsonErrorBody: () => Od,
  parseQueryString: () => qc,
  parseUrl: () => rt,
  requestBuilder: () => wd,
  resolveHttpHandlerRuntimeConfig: () => $n,
  resolvedPath: () => xd,
});
var L = d(() => {
  ba();
  pd();
  HN();
  bd();
  Qb();
  Zb();
  VN();
  ex();
  tx();
  jN();
  zN();
  rx();
  Na();
  xa();
  WN();
  KN();
  G();
  G();
  G();
  XN();
  YN();
  Td();
  ZN();
  tP();
  G();
  G();
  fP();
  wu();
  hP();
  hx();
  mx();
  dx();
  fx();
  lx();
});
function Ha(t) {
  return t;
}
var gx,
  yx,
  Bn,
  gP = d(() => {
    L();
    ((gx = (t) => (e) => async (r) => {
      if (!K.isInstance(r.request)) return e(r);
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
      (yx = {
        name: "hostHeaderMiddleware",
        step: "build",
        priority: "low",
        tags: ["HOST"],
        override: !0,
      }),
      (Bn = (t) => ({
        applyToStack: (e) => {
          e.add(gx(t), yx);
        },
      })));
  });
var Sx,
  Ex,
  Fn,
  yP = d(() => {
    ((Sx = () => (t, e) => async (r) => {
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
      (Ex = {
        name: "loggerMiddleware",
        tags: ["LOGGER"],
        step: "initialize",
        override: !0,
      }),
      (Fn = (t) => ({
        applyToStack: (e) => {
          e.add(Sx(), Ex);
        },
      })));
  });
var $d,
  bx = d(() => {
    $d = {
      step: "build",
      tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
      name: "recursionDetectionMiddleware",
      override: !0,
      priority: "low",
    };
  });
var wo,
  xx,
  Ld,
  wx,
  vx,
  vu,
  SP = d(() => {
    ((wo = {
      REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE"),
    }),
      (xx = ["true", "1"].includes(
        process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "",
      )));
    xx || (globalThis.awslambda = globalThis.awslambda || {});
    ((Ld = class {
      static PROTECTED_KEYS = wo;
      isProtectedKey(e) {
        return Object.values(wo).includes(e);
      }
      getRequestId() {
        return this.get(wo.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(wo.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(wo.TENANT_ID);
      }
      getTraceparent() {
        return this.get(wo.TRACEPARENT);
      }
      getTracestate() {
        return this.get(wo.TRACESTATE);
      }
      getBaggage() {
        return this.get(wo.BAGGAGE);
      }
    }),
      (wx = class extends Ld {
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
      (vx = class t extends Ld {
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
                  ? await vx.create()
                  : new wx();
              return !xx && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!xx &&
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
    })(vu || (vu = {}));
  });
function K5(t) {
  for (let e of Object.keys(t)) {
    let r = e.toLowerCase();
    e !== r &&
      (r === Tx || r === EP || r === bP) &&
      ((t[r] = t[e]), delete t[e]);
  }
}
var q5,
  W5,
  Ix,
  Tx,
  EP,
  bP,
  Ud,
  _x = d(() => {
    SP();
    L();
    ((q5 = "AWS_LAMBDA_FUNCTION_NAME"),
      (W5 = "_X_AMZN_TRACE_ID"),
      (Ix = "X-Amzn-Trace-Id"),
      (Tx = "traceparent"),
      (EP = "tracestate"),
      (bP = "baggage"),
      (Ud = () => (t) => async (e) => {
        let { request: r } = e;
        if (!K.isInstance(r)) return t(e);
        let n;
        {
          let s =
            Object.keys(r.headers ?? {}).find(
              (o) => o.toLowerCase() === Ix.toLowerCase(),
            ) ?? Ix;
          if (!r.headers.hasOwnProperty(s)) {
            let o = process.env[q5],
              i = process.env[W5];
            n ??= await vu.getInstanceAsync();
            let c = n?.getXRayTraceId() ?? i,
              u = (l) => typeof l == "string" && l.length > 0;
            u(o) && u(c) && (r.headers[Ix] = c);
          }
        }
        if ((K5(r.headers), !r.headers[Tx])) {
          let o = (n ??= await vu.getInstanceAsync())?.getTraceparent?.();
          if (o) {
            r.headers[Tx] = o;
            let i = n?.getTracestate?.();
            i && (r.headers[EP] = i);
            let a = n?.getBaggage?.();
            a && (r.headers[bP] = a);
          }
        }
        return t(e);
      }));
  });
var Gn,
  xP = d(() => {
    bx();
    _x();
    Gn = (t) => ({
      applyToStack: (e) => {
        e.add(Ud(), $d);
      },
    });
  });
var wP,
  vP = d(() => {
    wP = (t, e) => {
      if (!e || e.length === 0) return t;
      let r = [];
      for (let n of e)
        for (let s of t) s.schemeId.split("#")[1] === n && r.push(s);
      for (let n of t)
        r.find(({ schemeId: s }) => s === n.schemeId) || r.push(n);
      return r;
    };
  });
function X5(t) {
  let e = new Map();
  for (let r of t) e.set(r.schemeId, r);
  return e;
}
var mi,
  Bd = d(() => {
    G();
    vP();
    mi = (t, e) => (r, n) => async (s) => {
      let o = t.httpAuthSchemeProvider(
          await e.httpAuthSchemeParametersProvider(t, n, s.input),
        ),
        i = t.authSchemePreference ? await t.authSchemePreference() : [],
        a = wP(o, i),
        c = X5(t.httpAuthSchemes),
        u = we(n),
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
var Fd,
  Ur,
  IP = d(() => {
    Bd();
    ((Fd = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "endpointV2Middleware",
    }),
      (Ur = (
        t,
        {
          httpAuthSchemeParametersProvider: e,
          identityProviderConfigProvider: r,
        },
      ) => ({
        applyToStack: (n) => {
          n.addRelativeTo(
            mi(t, {
              httpAuthSchemeParametersProvider: e,
              identityProviderConfigProvider: r,
            }),
            Fd,
          );
        },
      })));
  });
var Gd,
  Ax,
  TP = d(() => {
    Bd();
    ((Gd = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "serializerMiddleware",
    }),
      (Ax = (
        t,
        {
          httpAuthSchemeParametersProvider: e,
          identityProviderConfigProvider: r,
        },
      ) => ({
        applyToStack: (n) => {
          n.addRelativeTo(
            mi(t, {
              httpAuthSchemeParametersProvider: e,
              identityProviderConfigProvider: r,
            }),
            Gd,
          );
        },
      })));
  });
var _P = d(() => {
  Bd();
  IP();
  TP();
});
var J5,
  Y5,
  Iu,
  Cx = d(() => {
    L();
    G();
    ((J5 = (t) => (e) => {
      throw e;
    }),
      (Y5 = (t, e) => {}),
      (Iu = (t) => (e, r) => async (n) => {
        if (!K.isInstance(n.request)) return e(n);
        let o = we(r).selectedHttpAuthScheme;
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
            (c.errorHandler || J5)(i),
          );
        return ((c.successHandler || Y5)(u.response, i), u);
      }));
  });
var Hd,
  Br,
  AP = d(() => {
    Cx();
    ((Hd = {
      step: "finalizeRequest",
      tags: ["HTTP_SIGNING"],
      name: "httpSigningMiddleware",
      aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
      override: !0,
      relation: "after",
      toMiddleware: "retryMiddleware",
    }),
      (Br = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(Iu(t), Hd);
        },
      })));
  });
var CP = d(() => {
  Cx();
  AP();
});
var gr,
  RP = d(() => {
    gr = (t) => {
      if (typeof t == "function") return t;
      let e = Promise.resolve(t);
      return () => e;
    };
  });
function OP(t, e, r, n, s) {
  return async function* (i, a, ...c) {
    let u = a,
      l = i.startingToken ?? u[r],
      p = !0,
      h;
    for (; p;) {
      if (((u[r] = l), s && (u[s] = u[s] ?? i.pageSize), i.client instanceof t))
        h = await Q5(e, i.client, a, i.withCommand, ...c);
      else throw new Error(`Invalid client, expected instance of ${t.name}`);
      yield h;
      let g = l;
      ((l = Z5(h, n)), (p = !!(l && (!i.stopOnSameToken || l !== g))));
    }
    return void 0;
  };
}
var Q5,
  Z5,
  DP = d(() => {
    Q5 = async (t, e, r, n = (o) => o, ...s) => {
      let o = new t(r);
      return ((o = n(o) ?? o), await e.send(o, ...s));
    };
    Z5 = (t, e) => {
      let r = t,
        n = e.split(".");
      for (let s of n) {
        if (!r || typeof r != "object") return;
        r = r[s];
      }
      return r;
    };
  });
function NP(t, e, r) {
  (t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r));
}
var PP = d(() => {});
var Zt,
  kP = d(() => {
    G();
    Zt = class {
      authSchemes = new Map();
      constructor(e) {
        for (let r in e) {
          if (!_(e, r)) continue;
          let n = e[r];
          n !== void 0 && this.authSchemes.set(r, n);
        }
      }
      getIdentityProvider(e) {
        return this.authSchemes.get(e);
      }
    };
  });
var Rx,
  Va,
  MP = d(() => {
    L();
    ((Rx = ge(ar())),
      (Va = class {
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
          let s = K.clone(e);
          if (n.in === Rx.HttpApiKeyAuthLocation.QUERY)
            s.query[n.name] = r.apiKey;
          else if (n.in === Rx.HttpApiKeyAuthLocation.HEADER)
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
var ja,
  $P = d(() => {
    L();
    ja = class {
      async sign(e, r, n) {
        let s = K.clone(e);
        if (!r.token)
          throw new Error(
            "request could not be signed with `token` since the `token` is not defined",
          );
        return ((s.headers.Authorization = `Bearer ${r.token}`), s);
      }
    };
  });
var ht,
  LP = d(() => {
    ht = class {
      async sign(e, r, n) {
        return e;
      }
    };
  });
var UP = d(() => {
  MP();
  $P();
  LP();
});
var Vd,
  Ox,
  Tu,
  za,
  _u,
  BP = d(() => {
    ((Vd = (t) =>
      function (r) {
        return za(r) && r.expiration.getTime() - Date.now() < t;
      }),
      (Ox = 3e5),
      (Tu = Vd(3e5)),
      (za = (t) => t.expiration !== void 0),
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
var FP = d(() => {
  kP();
  UP();
  BP();
});
var GP = {};
ie(GP, {
  DefaultIdentityProviderConfig: () => Zt,
  EXPIRATION_MS: () => Ox,
  HttpApiKeyAuthSigner: () => Va,
  HttpBearerAuthSigner: () => ja,
  NoAuthSigner: () => ht,
  createIsIdentityExpiredFunction: () => Vd,
  createPaginator: () => OP,
  doesIdentityRequireRefresh: () => za,
  getHttpAuthSchemeEndpointRuleSetPlugin: () => Ur,
  getHttpAuthSchemePlugin: () => Ax,
  getHttpSigningPlugin: () => Br,
  getSmithyContext: () => we,
  httpAuthSchemeEndpointRuleSetMiddlewareOptions: () => Fd,
  httpAuthSchemeMiddleware: () => mi,
  httpAuthSchemeMiddlewareOptions: () => Gd,
  httpSigningMiddleware: () => Iu,
  httpSigningMiddlewareOptions: () => Hd,
  isIdentityExpired: () => Tu,
  memoizeIdentityProvider: () => _u,
  normalizeProvider: () => gr,
  requestBuilder: () => wd,
  setFeature: () => NP,
});
var kt = d(() => {
  G();
  _P();
  CP();
  RP();
  DP();
  L();
  PP();
  FP();
});
function e9(t) {
  return t === void 0 ? !0 : typeof t == "string" && t.length <= 50;
}
function Hn(t) {
  let e = gr(t.userAgentAppId ?? Au),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == "string" ? [[r]] : r,
    userAgentAppId: async () => {
      let n = await e();
      if (!e9(n)) {
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
var Au,
  Dx = d(() => {
    kt();
    Au = void 0;
  });
var Nx,
  HP = d(() => {
    Nx = {
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
var VP,
  jP,
  jd,
  Px,
  zP,
  zd,
  qd = d(() => {
    HP();
    ((VP = Nx),
      (jP = ""),
      (jd = (t) => {
        let { partitions: e } = VP;
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
      (Px = (t, e = "") => {
        ((VP = t), (jP = e));
      }),
      (zP = () => {
        Px(Nx, "");
      }),
      (zd = () => jP));
  });
import { Readable as t9 } from "node:stream";
var kx,
  qP = d(() => {
    kx = (t) =>
      t?.body instanceof t9 ||
      (typeof ReadableStream < "u" && t?.body instanceof ReadableStream);
  });
var WP,
  KP,
  XP,
  JP,
  YP,
  QP,
  ZP = d(() => {
    ((WP = [
      "AccessDeniedException",
      "AuthFailure",
      "InvalidSignatureException",
      "RequestExpired",
      "RequestInTheFuture",
      "RequestTimeTooSkewed",
      "SignatureDoesNotMatch",
    ]),
      (KP = [
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
      (XP = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]),
      (JP = [500, 502, 503, 504]),
      (YP = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]),
      (QP = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]));
  });
function Lx(t) {
  return (
    t.code === "ERR_HTTP2_STREAM_ERROR" &&
    t.message.includes("NGHTTP2_REFUSED_STREAM")
  );
}
var Cu,
  Wd,
  Mx,
  $x,
  Vn,
  vo,
  Kd,
  qa = d(() => {
    ZP();
    ((Cu = (t) => t?.$retryable !== void 0),
      (Wd = (t) => WP.includes(t.name)),
      (Mx = (t) => t.$metadata?.clockSkewCorrected),
      ($x = (t) => {
        let e = new Set([
          "Failed to fetch",
          "NetworkError when attempting to fetch resource",
          "The Internet connection appears to be offline",
          "Load failed",
          "Network request failed",
        ]);
        return t && t instanceof TypeError ? e.has(t.message) : !1;
      }),
      (Vn = (t) =>
        t.$metadata?.httpStatusCode === 429 ||
        KP.includes(t.name) ||
        t.$retryable?.throttling == !0),
      (vo = (t, e = 0) =>
        t?.name !== "AbortError" &&
        (Cu(t) ||
          Mx(t) ||
          (t.name === "InvalidSignatureException" &&
            t.message?.includes("Signature expired")) ||
          XP.includes(t.name) ||
          YP.includes(t?.code || "") ||
          QP.includes(t?.code || "") ||
          JP.includes(t.$metadata?.httpStatusCode || 0) ||
          $x(t) ||
          Lx(t) ||
          (t.cause !== void 0 && e <= 10 && vo(t.cause, e + 1)))),
      (Kd = (t) => {
        if (t.$metadata?.httpStatusCode !== void 0) {
          let e = t.$metadata.httpStatusCode;
          return 500 <= e && e <= 599 && !vo(t);
        }
        return !1;
      }));
  });
var Xd,
  r9,
  ek,
  tk = d(() => {
    ((Xd = (t, e) => {
      if (!e) return t;
      let r = () => {},
        n = new Promise((s, o) => {
          let i = () => o(r9());
          e.aborted
            ? i()
            : typeof e.addEventListener == "function"
              ? (e.addEventListener("abort", i, { once: !0 }),
                (r = () => e.removeEventListener("abort", i)))
              : (e.onabort = i);
        });
      return Promise.race([t, n]).finally(r);
    }),
      (r9 = () =>
        Object.assign(new Error("Request aborted"), { name: "AbortError" })),
      (ek = (t) =>
        typeof t == "object" &&
        t !== null &&
        "name" in t &&
        t.name === "AbortError"));
  });
var Jd,
  Ru,
  Yd,
  Wa,
  Ux,
  Bx,
  Qd,
  Io,
  To,
  Ou = d(() => {
    ((Jd = 100),
      (Ru = 2e4),
      (Yd = 500),
      (Wa = 500),
      (Ux = 5),
      (Bx = 10),
      (Qd = 1),
      (Io = "amz-sdk-invocation-id"),
      (To = "amz-sdk-request"));
  });
function Fx(t, e) {
  if (qe.isInstance(t))
    for (let r in t.headers) {
      if (!_(t.headers, r)) continue;
      let n = r.toLowerCase();
      if (n === "retry-after") {
        let s = t.headers[r],
          o = NaN;
        if (s.endsWith("GMT"))
          try {
            o = (to(s).getTime() - Date.now()) / 1e3;
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
function rk(t, e) {
  return Fx(t, e);
}
var Gx = d(() => {
  G();
  L();
  P();
});
var Zd,
  Hx = d(() => {
    Zd = (t) =>
      t instanceof Error
        ? t
        : t instanceof Object
          ? Object.assign(new Error(), t)
          : typeof t == "string"
            ? new Error(t)
            : new Error(`AWS SDK error wrapper for ${t}`);
  });
function Vx(t) {
  return (e) => (r, n) => async (s) => {
    let o = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = n[nk.SMITHY_CONTEXT_KEY]?.abortSignal;
    if (n9(o)) {
      o = o;
      let c = (n.partition_id ?? "") + (n.__retryLongPoll ? ":longpoll" : ""),
        u = await Xd(o.acquireInitialRetryToken(c), a),
        l = new Error(),
        p = 0,
        h = 0,
        { request: g } = s,
        y = K.isInstance(g);
      for (y && (g.headers[Io] = Ea()); ;)
        try {
          y && (g.headers[To] = `attempt=${p + 1}; max=${i}`);
          let { response: E, output: S } = await r(s);
          return (
            o.recordSuccess(u),
            (S.$metadata.attempts = p + 1),
            (S.$metadata.totalRetryDelay = h),
            { response: E, output: S }
          );
        } catch (E) {
          let S = s9(E, e.logger);
          if (((l = Zd(E)), y && t(g)))
            throw (
              (n.logger instanceof Ot ? console : n.logger)?.warn(
                "An error was encountered in a non-retryable streaming request.",
              ),
              l
            );
          try {
            u = await Xd(o.refreshRetryTokenForRetry(u, S), a);
          } catch (w) {
            throw a?.aborted && ek(w)
              ? w
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = p + 1),
                (l.$metadata.totalRetryDelay = h),
                l);
          }
          p = u.getRetryCount();
          let b = u.getRetryDelay();
          ((h += (u?.$retryLog?.acquisitionDelay ?? 0) + b),
            b > 0 && (await Xd(new Promise((w) => setTimeout(w, b)), a)));
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
function sk(t) {
  let e = Vx(t);
  return (r) => ({
    applyToStack: (n) => {
      n.add(e(r), jx);
    },
  });
}
var nk,
  n9,
  s9,
  o9,
  jx,
  zx = d(() => {
    U();
    L();
    P();
    nk = ge(ar());
    qa();
    tk();
    Ou();
    Gx();
    Hx();
    ((n9 = (t) =>
      typeof t.acquireInitialRetryToken < "u" &&
      typeof t.refreshRetryTokenForRetry < "u" &&
      typeof t.recordSuccess < "u"),
      (s9 = (t, e) => {
        let r = { error: t, errorType: o9(t) },
          n = Fx(t.$response, e);
        return (n && (r.retryAfterHint = n), r);
      }),
      (o9 = (t) =>
        Vn(t)
          ? "THROTTLING"
          : vo(t)
            ? "TRANSIENT"
            : Kd(t)
              ? "SERVER_ERROR"
              : "CLIENT_ERROR"),
      (jx = {
        name: "retryMiddleware",
        tags: ["RETRY"],
        step: "finalizeRequest",
        priority: "high",
        override: !0,
      }));
  });
var _o,
  em = d(() => {
    qa();
    _o = class t {
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
        if (n?.errorType === "THROTTLING" || Vn(n?.error ?? e)) {
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
var it,
  Ka = d(() => {
    it = class {
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
var tm,
  ok = d(() => {
    Ka();
    tm = class {
      x = it.delay();
      computeNextBackoffDelay(e) {
        let s = Math.random() * Math.min(this.x * 2 ** e, 2e4);
        return Math.floor(s);
      }
      setDelayBase(e) {
        this.x = e;
      }
    };
  });
var Du,
  ik = d(() => {
    Du = class {
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
var Xe,
  Fr,
  yr,
  hi = d(() => {
    (function (t) {
      ((t.STANDARD = "standard"), (t.ADAPTIVE = "adaptive"));
    })(Xe || (Xe = {}));
    ((Fr = 3), (yr = Xe.STANDARD));
  });
var rm,
  Gr,
  Nu = d(() => {
    ok();
    ik();
    hi();
    Ka();
    ((rm = { incompatible: 1, attempts: 2, capacity: 3 }),
      (Gr = class {
        mode = Xe.STANDARD;
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
            (this.maxAttemptsProvider ??= async () => Fr),
            (this.baseDelay ??= it.delay()),
            (this.retryBackoffStrategy ??= new tm()));
        }
        async acquireInitialRetryToken(e) {
          return new Du(it.delay(), 0, void 0, e.includes(":longpoll"));
        }
        async refreshRetryTokenForRetry(e, r) {
          let n = await this.getMaxAttempts(),
            s = this.retryCode(e, r, n),
            o = s === 0,
            i = e.isLongPoll?.();
          if (o || i) {
            let a = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              a === "THROTTLING" ? it.throttlingDelay() : this.baseDelay,
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
              let p = new Du(
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
              let l = s === rm.capacity && i ? u : 0;
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
                `Max attempts provider could not resolve. Using default of ${Fr}`,
              ),
              Fr
            );
          }
        }
        retryCode(e, r, n) {
          let s = e.getRetryCount() + 1,
            o = this.isRetryableError(r.errorType) ? 0 : rm.incompatible,
            i = s < n ? 0 : rm.attempts,
            a =
              this.capacity >= this.getCapacityCost(r.errorType)
                ? 0
                : rm.capacity;
          return o || i || a;
        }
        getCapacityCost(e) {
          return e === it.modifiedCostType() ? it.throttlingCost() : it.cost();
        }
        isRetryableError(e) {
          return e === "THROTTLING" || e === "TRANSIENT";
        }
      }));
  });
var Xa,
  qx = d(() => {
    em();
    Nu();
    hi();
    Xa = class {
      mode = Xe.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(e, r) {
        let { rateLimiter: n } = r ?? {};
        ((this.rateLimiter = n ?? new _o()),
          (this.standardRetryStrategy = r
            ? new Gr({ maxAttempts: typeof e == "number" ? e : 3, ...r })
            : new Gr(e)));
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
var nm,
  ak = d(() => {
    Nu();
    Ka();
    nm = class extends Gr {
      computeNextBackoffDelay;
      constructor(e, r = it.delay()) {
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
var ck,
  uk = d(() => {
    ck = (t, e) => {
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
var sm,
  Wx = d(() => {
    sm = (t, e) => Math.floor(Math.min(2e4, Math.random() * 2 ** e * t));
  });
var om,
  Kx = d(() => {
    qa();
    om = (t) => (t ? Cu(t) || Wd(t) || Vn(t) || vo(t) : !1);
  });
var Ja,
  i9,
  Xx = d(() => {
    L();
    P();
    qa();
    hi();
    Ou();
    Hx();
    uk();
    Wx();
    Kx();
    ((Ja = class {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode = Xe.STANDARD;
      constructor(e, r) {
        ((this.maxAttemptsProvider = e),
          (this.retryDecider = r?.retryDecider ?? om),
          (this.delayDecider = r?.delayDecider ?? sm),
          (this.retryQuota = r?.retryQuota ?? ck(500)));
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
          e = Fr;
        }
        return e;
      }
      async retry(e, r, n) {
        let s,
          o = 0,
          i = 0,
          a = await this.getMaxAttempts(),
          { request: c } = r;
        for (K.isInstance(c) && (c.headers[Io] = Ea()); ;)
          try {
            (K.isInstance(c) && (c.headers[To] = `attempt=${o + 1}; max=${a}`),
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
            let l = Zd(u);
            if ((o++, this.shouldRetry(l, o, a))) {
              s = this.retryQuota.retrieveRetryTokens(l);
              let p = this.delayDecider(Vn(l) ? 500 : 100, o),
                h = i9(l.$response),
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
      (i9 = (t) => {
        if (!qe.isInstance(t)) return;
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
var im,
  lk = d(() => {
    em();
    hi();
    Xx();
    im = class extends Ja {
      rateLimiter;
      constructor(e, r) {
        let { rateLimiter: n, ...s } = r ?? {};
        (super(e, s),
          (this.rateLimiter = n ?? new _o()),
          (this.mode = Xe.ADAPTIVE));
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
var am,
  cm,
  jn,
  zn,
  Jx,
  Yx,
  qn,
  pk = d(() => {
    U();
    qx();
    Nu();
    hi();
    Ka();
    ((am = "AWS_MAX_ATTEMPTS"),
      (cm = "max_attempts"),
      (jn = {
        environmentVariableSelector: (t) => {
          let e = t[am];
          if (!e) return;
          let r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(
              `Environment variable ${am} mast be a number, got "${e}"`,
            );
          return r;
        },
        configFileSelector: (t) => {
          let e = t[cm];
          if (!e) return;
          let r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(
              `Shared config file entry ${cm} mast be a number, got "${e}"`,
            );
          return r;
        },
        default: Fr,
      }),
      (zn = (t, e) => {
        let { retryStrategy: r, retryMode: n } = t,
          { defaultMaxAttempts: s = Fr, defaultBaseDelay: o = it.delay() } =
            e ?? {},
          i = le(t.maxAttempts ?? s),
          a = r ? Promise.resolve(r) : void 0,
          c = async () => {
            let u = await i();
            return (await le(n)()) === Xe.ADAPTIVE
              ? new Xa(i, { maxAttempts: u, baseDelay: o })
              : new Gr({ maxAttempts: u, baseDelay: o });
          };
        return Object.assign(t, {
          maxAttempts: i,
          retryStrategy: () => (a ??= c()),
        });
      }),
      (Jx = "AWS_RETRY_MODE"),
      (Yx = "retry_mode"),
      (qn = {
        environmentVariableSelector: (t) => t[Jx],
        configFileSelector: (t) => t[Yx],
        default: yr,
      }));
  });
var Qx,
  Zx,
  fk,
  dk = d(() => {
    L();
    Ou();
    ((Qx = () => (t) => async (e) => {
      let { request: r } = e;
      return (
        K.isInstance(r) && (delete r.headers[Io], delete r.headers[To]),
        t(e)
      );
    }),
      (Zx = {
        name: "omitRetryHeadersMiddleware",
        tags: ["RETRY", "HEADERS", "OMIT_RETRY_HEADERS"],
        relation: "before",
        toMiddleware: "awsAuthMiddleware",
        override: !0,
      }),
      (fk = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(Qx(), Zx);
        },
      })));
  });
var mk = {};
ie(mk, {
  AdaptiveRetryStrategy: () => Xa,
  CONFIG_MAX_ATTEMPTS: () => cm,
  CONFIG_RETRY_MODE: () => Yx,
  ConfiguredRetryStrategy: () => nm,
  DEFAULT_MAX_ATTEMPTS: () => Fr,
  DEFAULT_RETRY_DELAY_BASE: () => Jd,
  DEFAULT_RETRY_MODE: () => yr,
  DefaultRateLimiter: () => _o,
  DeprecatedAdaptiveRetryStrategy: () => im,
  DeprecatedStandardRetryStrategy: () => Ja,
  ENV_MAX_ATTEMPTS: () => am,
  ENV_RETRY_MODE: () => Jx,
  INITIAL_RETRY_TOKENS: () => Wa,
  INVOCATION_ID_HEADER: () => Io,
  MAXIMUM_RETRY_DELAY: () => Ru,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS: () => jn,
  NODE_RETRY_MODE_CONFIG_OPTIONS: () => qn,
  NO_RETRY_INCREMENT: () => Qd,
  REQUEST_HEADER: () => To,
  RETRY_COST: () => Ux,
  RETRY_MODES: () => Xe,
  Retry: () => it,
  StandardRetryStrategy: () => Gr,
  THROTTLING_RETRY_DELAY_BASE: () => Yd,
  TIMEOUT_RETRY_COST: () => Bx,
  defaultDelayDecider: () => sm,
  defaultRetryDecider: () => om,
  getOmitRetryHeadersPlugin: () => fk,
  getRetryAfterHint: () => rk,
  getRetryPlugin: () => _s,
  isBrowserNetworkError: () => $x,
  isClockSkewCorrectedError: () => Mx,
  isClockSkewError: () => Wd,
  isNodeJsHttp2TransientError: () => Lx,
  isRetryableByTrait: () => Cu,
  isServerError: () => Kd,
  isThrottlingError: () => Vn,
  isTransientError: () => vo,
  omitRetryHeadersMiddleware: () => Qx,
  omitRetryHeadersMiddlewareOptions: () => Zx,
  resolveRetryConfig: () => zn,
  retryMiddleware: () => a9,
  retryMiddlewareOptions: () => jx,
});
var a9,
  _s,
  Hr = d(() => {
    qP();
    zx();
    qa();
    qx();
    ak();
    em();
    Nu();
    hi();
    Ou();
    Ka();
    lk();
    Xx();
    Wx();
    Kx();
    pk();
    dk();
    zx();
    Gx();
    ((a9 = Vx(kx)), (_s = sk(kx)));
  });
async function hk(t, e, r) {
  if (
    (r.request?.headers?.["smithy-protocol"] === "rpc-v2-cbor" &&
      lr(t, "PROTOCOL_RPC_V2_CBOR", "M"),
    typeof e.retryStrategy == "function")
  ) {
    let o = await e.retryStrategy();
    if (typeof o.mode == "string")
      switch (o.mode) {
        case Xe.ADAPTIVE:
          lr(t, "RETRY_MODE_ADAPTIVE", "F");
          break;
        case Xe.STANDARD:
          lr(t, "RETRY_MODE_STANDARD", "E");
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == "function") {
    let o = t.endpointV2;
    switch (
      (String(o?.url?.hostname).match(c9) && lr(t, "ACCOUNT_ID_ENDPOINT", "O"),
      await e.accountIdEndpointMode?.())
    ) {
      case "disabled":
        lr(t, "ACCOUNT_ID_MODE_DISABLED", "Q");
        break;
      case "preferred":
        lr(t, "ACCOUNT_ID_MODE_PREFERRED", "P");
        break;
      case "required":
        lr(t, "ACCOUNT_ID_MODE_REQUIRED", "R");
        break;
    }
  }
  let s = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (s?.$source) {
    let o = s;
    o.accountId && lr(t, "RESOLVED_ACCOUNT_ID", "T");
    for (let [i, a] of Object.entries(o.$source ?? {})) lr(t, i, a);
  }
}
var c9,
  gk = d(() => {
    Hr();
    aE();
    c9 = /\d{12}\.ddb/;
  });
var ew,
  um,
  yk,
  Sk,
  Ek = d(() => {
    ((ew = "user-agent"),
      (um = "x-amz-user-agent"),
      (yk = /[^!$%&'*+\-.^_`|~\w]/g),
      (Sk = /[^!$%&'*+\-.^_`|~\w#]/g));
  });
function bk(t) {
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
var xk = d(() => {});
var rw,
  lm,
  nw,
  Wn,
  Ik = d(() => {
    L();
    qd();
    gk();
    Ek();
    xk();
    ((rw = (t) => (e, r) => async (n) => {
      let { request: s } = n;
      if (!K.isInstance(s)) return e(n);
      let { headers: o } = s,
        i = r?.userAgent?.map(lm) || [],
        a = (await t.defaultUserAgentProvider()).map(lm);
      await hk(r, t, n);
      let c = r;
      a.push(
        `m/${bk(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`,
      );
      let u = t?.customUserAgent?.map(lm) || [],
        l = await t.userAgentAppId();
      l && a.push(lm(["app", `${l}`]));
      let p = zd(),
        h = (p ? [p] : []).concat([...a, ...i, ...u]).join(" "),
        g = [...a.filter((y) => y.startsWith("aws-sdk-")), ...u].join(" ");
      return (
        t.runtime !== "browser"
          ? (g && (o[um] = o[um] ? `${o[ew]} ${g}` : g), (o[ew] = h))
          : (o[um] = h),
        e({ ...n, request: s })
      );
    }),
      (lm = (t) => {
        let e = t[0]
            .split("/")
            .map((i) => i.replace(yk, "-"))
            .join("/"),
          r = t[1]?.replace(Sk, "-"),
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
      (nw = {
        name: "getUserAgentMiddleware",
        step: "build",
        priority: "low",
        tags: ["SET_USER_AGENT", "USER_AGENT"],
        override: !0,
      }),
      (Wn = (t) => ({
        applyToStack: (e) => {
          e.add(rw(t), nw);
        },
      })));
  });
import { versions as sw } from "node:process";
var Tk,
  _k = d(() => {
    Tk = () => {
      let t = ["deno", "bun", "llrt"];
      for (let e of t) if (sw[e]) return [`md/${e}`, sw[e]];
      return ["md/nodejs", sw.node];
    };
  });
var Pu,
  ow = d(() => {
    Pu = { isCrtAvailable: !1 };
  });
var Ak,
  Ck = d(() => {
    ow();
    Ak = () => (Pu.isCrtAvailable ? ["md/crt-avail"] : null);
  });
import { platform as u9, release as l9 } from "node:os";
import { env as Rk } from "node:process";
var Vr,
  Ok,
  Dk = d(() => {
    _k();
    Ck();
    ow();
    ((Vr = ({ serviceId: t, clientVersion: e }) => {
      let r = Tk();
      return async (n) => {
        let s = [
            ["aws-sdk-js", e],
            ["ua", "2.1"],
            [`os/${u9()}`, l9()],
            ["lang/js"],
            r,
          ],
          o = Ak();
        (o && s.push(o),
          t && s.push([`api/${t}`, e]),
          Rk.AWS_EXECUTION_ENV && s.push([`exec-env/${Rk.AWS_EXECUTION_ENV}`]));
        let i = await n?.userAgentAppId?.();
        return i ? [...s, [`app/${i}`]] : [...s];
      };
    }),
      (Ok = Vr));
  });
var iw,
  aw,
  p9,
  Kn,
  Nk = d(() => {
    Dx();
    ((iw = "AWS_SDK_UA_APP_ID"),
      (aw = "sdk_ua_app_id"),
      (p9 = "sdk-ua-app-id"),
      (Kn = {
        environmentVariableSelector: (t) => t[iw],
        configFileSelector: (t) => t[aw] ?? t[p9],
        default: Au,
      }));
  });
var Mk = {};
ie(Mk, {
  BROWSER_MAP: () => cw,
  ENGINE_MAP: () => Xn,
  OS_MAP: () => at,
  PLATFORMS_MAP: () => M,
  default: () => uw,
  getParser: () => x9,
  parse: () => b9,
});
function kk(t, e) {
  for (var r = 0; r < e.length; r++) {
    var n = e[r];
    ((n.enumerable = n.enumerable || !1),
      (n.configurable = !0),
      "value" in n && (n.writable = !0),
      Object.defineProperty(t, S9(n.key), n));
  }
}
function y9(t, e, r) {
  return (
    e && kk(t.prototype, e),
    r && kk(t, r),
    Object.defineProperty(t, "prototype", { writable: !1 }),
    t
  );
}
function S9(t) {
  var e = E9(t, "string");
  return typeof e == "symbol" ? e : e + "";
}
function E9(t, e) {
  if (typeof t != "object" || !t) return t;
  var r = t[Symbol.toPrimitive];
  if (r !== void 0) {
    var n = r.call(t, e || "default");
    if (typeof n != "object") return n;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (e === "string" ? String : Number)(t);
}
var f9,
  cw,
  M,
  at,
  Xn,
  x,
  k,
  d9,
  m9,
  h9,
  g9,
  Pk,
  uw,
  b9,
  x9,
  $k = d(() => {
    ((f9 = {
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
      (cw = {
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
      (at = {
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
      (Xn = {
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
            return f9[r];
          }),
          (t.getBrowserTypeByAlias = function (r) {
            return cw[r] || "";
          }),
          t
        );
      })()),
      (k = /version\/(\d+(\.?_?\d+)+)/i),
      (d9 = [
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
      (m9 = [
        {
          test: [/Roku\/DVP/],
          describe: function (e) {
            var r = x.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
            return { name: at.Roku, version: r };
          },
        },
        {
          test: [/windows phone/i],
          describe: function (e) {
            var r = x.getFirstMatch(
              /windows phone (?:os)?\s?(\d+(\.\d+)*)/i,
              e,
            );
            return { name: at.WindowsPhone, version: r };
          },
        },
        {
          test: [/windows /i],
          describe: function (e) {
            var r = x.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e),
              n = x.getWindowsVersionName(r);
            return { name: at.Windows, version: r, versionName: n };
          },
        },
        {
          test: function (e) {
            return x.isFirefoxOnIpad(e.getUA());
          },
          describe: function (e) {
            var r = { name: at.iOS },
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
              s = { name: at.MacOS, version: r };
            return (n && (s.versionName = n), s);
          },
        },
        {
          test: [/(ipod|iphone|ipad)/i],
          describe: function (e) {
            var r = x
              .getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e)
              .replace(/[_\s]/g, ".");
            return { name: at.iOS, version: r };
          },
        },
        {
          test: [/OpenHarmony/i],
          describe: function (e) {
            var r = x.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
            return { name: at.HarmonyOS, version: r };
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
              s = { name: at.Android, version: r };
            return (n && (s.versionName = n), s);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: function (e) {
            var r = x.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e),
              n = { name: at.WebOS };
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
            return { name: at.BlackBerry, version: r };
          },
        },
        {
          test: [/bada/i],
          describe: function (e) {
            var r = x.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
            return { name: at.Bada, version: r };
          },
        },
        {
          test: [/tizen/i],
          describe: function (e) {
            var r = x.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
            return { name: at.Tizen, version: r };
          },
        },
        {
          test: [/linux/i],
          describe: function () {
            return { name: at.Linux };
          },
        },
        {
          test: [/CrOS/],
          describe: function () {
            return { name: at.ChromeOS };
          },
        },
        {
          test: [/PlayStation 4/],
          describe: function (e) {
            var r = x.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
            return { name: at.PlayStation4, version: r };
          },
        },
      ]),
      (h9 = [
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
      (g9 = [
        {
          test: function (e) {
            return e.getBrowserName(!0) === "microsoft edge";
          },
          describe: function (e) {
            if (/\sedg\//i.test(e)) return { name: Xn.Blink };
            var r = x.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
            return { name: Xn.EdgeHTML, version: r };
          },
        },
        {
          test: function (e) {
            return e.getBrowserName(!0) === "ladybird";
          },
          describe: function () {
            return { name: Xn.LibWeb };
          },
        },
        {
          test: [/trident/i],
          describe: function (e) {
            var r = { name: Xn.Trident },
              n = x.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            return e.test(/presto/i);
          },
          describe: function (e) {
            var r = { name: Xn.Presto },
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
            var r = { name: Xn.Gecko },
              n = x.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/(apple)?webkit\/537\.36/i],
          describe: function () {
            return { name: Xn.Blink };
          },
        },
        {
          test: [/(apple)?webkit/i],
          describe: function (e) {
            var r = { name: Xn.WebKit },
              n = x.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
      ]),
      (Pk = (function () {
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
            var s = x.find(d9, function (o) {
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
            var s = x.find(m9, function (o) {
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
            var s = x.find(h9, function (o) {
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
            var s = x.find(g9, function (o) {
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
    ((uw = (function () {
      function t() {}
      return (
        (t.getParser = function (r, n, s) {
          if (
            (n === void 0 && (n = !1),
            s === void 0 && (s = null),
            typeof r != "string")
          )
            throw new Error("UserAgent should be a string");
          return new Pk(r, n, s);
        }),
        (t.parse = function (r, n) {
          return (n === void 0 && (n = null), new Pk(r, n).getResult());
        }),
        y9(t, null, [
          {
            key: "BROWSER_MAP",
            get: function () {
              return cw;
            },
          },
          {
            key: "ENGINE_MAP",
            get: function () {
              return Xn;
            },
          },
          {
            key: "OS_MAP",
            get: function () {
              return at;
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
      (b9 = uw.parse),
      (x9 = uw.getParser));
  });
var Lk,
  Uk = d(() => {
    Lk =
      ({ serviceId: t, clientVersion: e }) =>
      async (r) => {
        let n = await Promise.resolve().then(() => ($k(), Mk)),
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
var Bk,
  Fk = d(() => {
    Bk = {
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
var lw = d(() => {
  Ae();
});
var ku,
  pw = d(() => {
    Ae();
    lw();
    ku = (t, e = !1) => {
      if (e) {
        for (let r of t.split(".")) if (!ku(r)) return !1;
        return !0;
      }
      return !(
        !Nr(t) ||
        t.length < 3 ||
        t.length > 63 ||
        t !== t.toLowerCase() ||
        Es(t)
      );
    };
  });
var pm,
  fw = d(() => {
    pm = (t) => {
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
var jr,
  Gk = d(() => {
    Ae();
    pw();
    fw();
    qd();
    jr = { isVirtualHostableS3Bucket: ku, parseArn: pm, partition: jd };
    Dt.aws = jr;
  });
var Hk = d(() => {
  Ae();
});
var Vk,
  dw,
  jk = d(() => {
    L();
    ((Vk = (t) => {
      if (typeof t.endpointProvider != "function")
        throw new Error(
          "@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.",
        );
      let { endpoint: e } = t;
      return (
        e === void 0 &&
          (t.endpoint = async () =>
            dw(
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
      (dw = (t) => rt(t.url)));
  });
var zk = d(() => {
  Ae();
});
var qk = d(() => {
  ye();
  ye();
});
function fm(t = {}) {
  return H(
    {
      ...nt,
      async default() {
        return (
          mw.silence ||
            console.warn(
              "@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.",
            ),
          "us-east-1"
        );
      },
    },
    { ...wt, ...t },
  );
}
var mw,
  Wk = d(() => {
    ye();
    mw = { silence: !1 };
  });
var Jn,
  Yn,
  Kk = d(() => {
    ((Jn = (t) => ({
      setRegion(e) {
        t.region = e;
      },
      region() {
        return t.region;
      },
    })),
      (Yn = (t) => ({ region: t.region() })));
  });
var Qn = {};
ie(Qn, {
  DEFAULT_UA_APP_ID: () => Au,
  EndpointError: () => ne,
  NODE_APP_ID_CONFIG_OPTIONS: () => Kn,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => wt,
  NODE_REGION_CONFIG_OPTIONS: () => nt,
  REGION_ENV_NAME: () => ma,
  REGION_INI_NAME: () => ha,
  UA_APP_ID_ENV_NAME: () => iw,
  UA_APP_ID_INI_NAME: () => aw,
  awsEndpointFunctions: () => jr,
  createDefaultUserAgentProvider: () => Vr,
  createUserAgentStringParsingProvider: () => Lk,
  crtAvailability: () => Pu,
  defaultUserAgent: () => Ok,
  emitWarningIfUnsupportedVersion: () => wn,
  fallback: () => Bk,
  getAwsRegionExtensionConfiguration: () => Jn,
  getDefaultSocketTimeout: () => vn,
  getHostHeaderPlugin: () => Bn,
  getLoggerPlugin: () => Fn,
  getLongPollPlugin: () => SC,
  getRecursionDetectionPlugin: () => Gn,
  getUserAgentMiddlewareOptions: () => nw,
  getUserAgentPlugin: () => Wn,
  getUserAgentPrefix: () => zd,
  hostHeaderMiddleware: () => gx,
  hostHeaderMiddlewareOptions: () => yx,
  isIpAddress: () => Es,
  isVirtualHostableS3Bucket: () => ku,
  loggerMiddleware: () => Sx,
  loggerMiddlewareOptions: () => Ex,
  parseArn: () => pm,
  partition: () => jd,
  recursionDetectionMiddleware: () => Ud,
  recursionDetectionMiddlewareOptions: () => $d,
  resolveAwsRegionExtensionConfiguration: () => Yn,
  resolveDefaultAwsRegionalEndpointsConfig: () => Vk,
  resolveEndpoint: () => yu,
  resolveHostHeaderConfig: () => Ha,
  resolveRegionConfig: () => Xt,
  resolveUserAgentConfig: () => Hn,
  setCredentialFeature: () => Ys,
  setFeature: () => lr,
  setPartitionInfo: () => Px,
  setTokenFeature: () => xC,
  state: () => ru,
  stsRegionDefaultResolver: () => fm,
  stsRegionWarning: () => mw,
  toEndpointV1: () => dw,
  useDefaultPartitionInfo: () => zP,
  userAgentMiddleware: () => rw,
});
var Se = d(() => {
  yC();
  EC();
  bC();
  aE();
  wC();
  vC();
  gP();
  yP();
  bx();
  xP();
  _x();
  Dx();
  Ik();
  Dk();
  Nk();
  Fk();
  Uk();
  Gk();
  Hk();
  jk();
  lw();
  pw();
  fw();
  qd();
  zk();
  qk();
  Wk();
  Kk();
});
var Jk = xe((i1e, Xk) => {
  function As(t) {
    (Object.defineProperty(this, "_next", {
      writable: !1,
      enumerable: !1,
      value: t,
    }),
      (this.done = !1));
  }
  As.prototype.next = function () {
    if (this.done) return { done: !0 };
    var t = this._next();
    return (t.done && (this.done = !0), t);
  };
  typeof Symbol < "u" &&
    (As.prototype[Symbol.iterator] = function () {
      return this;
    });
  As.of = function () {
    var t = arguments,
      e = t.length,
      r = 0;
    return new As(function () {
      return r >= e ? { done: !0 } : { done: !1, value: t[r++] };
    });
  };
  As.empty = function () {
    var t = new As(null);
    return ((t.done = !0), t);
  };
  As.is = function (t) {
    return t instanceof As
      ? !0
      : typeof t == "object" && t !== null && typeof t.next == "function";
  };
  Xk.exports = As;
});
var hw = xe((a1e, e1) => {
  var Yk = typeof ArrayBuffer < "u",
    Qk = typeof Symbol < "u";
  function Zk(t, e) {
    var r, n, s, o, i;
    if (!t) throw new Error("obliterator/forEach: invalid iterable.");
    if (typeof e != "function")
      throw new Error("obliterator/forEach: expecting a callback.");
    if (
      Array.isArray(t) ||
      (Yk && ArrayBuffer.isView(t)) ||
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
      (Qk &&
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
  Zk.forEachWithNullKeys = function (t, e) {
    var r, n, s, o, i;
    if (!t)
      throw new Error("obliterator/forEachWithNullKeys: invalid iterable.");
    if (typeof e != "function")
      throw new Error("obliterator/forEachWithNullKeys: expecting a callback.");
    if (
      Array.isArray(t) ||
      (Yk && ArrayBuffer.isView(t)) ||
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
      (Qk &&
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
  e1.exports = Zk;
});
var gw = xe((Zn) => {
  var w9 = Math.pow(2, 8) - 1,
    v9 = Math.pow(2, 16) - 1,
    I9 = Math.pow(2, 32) - 1,
    T9 = Math.pow(2, 7) - 1,
    _9 = Math.pow(2, 15) - 1,
    A9 = Math.pow(2, 31) - 1;
  Zn.getPointerArray = function (t) {
    var e = t - 1;
    return e <= w9
      ? Uint8Array
      : e <= v9
        ? Uint16Array
        : e <= I9
          ? Uint32Array
          : Float64Array;
  };
  Zn.getSignedPointerArray = function (t) {
    var e = t - 1;
    return e <= T9
      ? Int8Array
      : e <= _9
        ? Int16Array
        : e <= A9
          ? Int32Array
          : Float64Array;
  };
  Zn.getNumberType = function (t) {
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
  var C9 = {
    Uint8Array: 1,
    Int8Array: 2,
    Uint16Array: 3,
    Int16Array: 4,
    Uint32Array: 5,
    Int32Array: 6,
    Float32Array: 7,
    Float64Array: 8,
  };
  Zn.getMinimalRepresentation = function (t, e) {
    var r = null,
      n = 0,
      s,
      o,
      i,
      a,
      c;
    for (a = 0, c = t.length; a < c; a++)
      ((i = e ? e(t[a]) : t[a]),
        (o = Zn.getNumberType(i)),
        (s = C9[o.name]),
        s > n && ((n = s), (r = o)));
    return r;
  };
  Zn.isTypedArray = function (t) {
    return typeof ArrayBuffer < "u" && ArrayBuffer.isView(t);
  };
  Zn.concat = function () {
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
  Zn.indices = function (t) {
    for (var e = Zn.getPointerArray(t), r = new e(t), n = 0; n < t; n++)
      r[n] = n;
    return r;
  };
});
var n1 = xe((Mu) => {
  var t1 = hw(),
    r1 = gw();
  function R9(t) {
    return Array.isArray(t) || r1.isTypedArray(t);
  }
  function yw(t) {
    if (typeof t.length == "number") return t.length;
    if (typeof t.size == "number") return t.size;
  }
  function O9(t) {
    var e = yw(t),
      r = typeof e == "number" ? new Array(e) : [],
      n = 0;
    return (
      t1(t, function (s) {
        r[n++] = s;
      }),
      r
    );
  }
  function D9(t) {
    var e = yw(t),
      r = typeof e == "number" ? r1.getPointerArray(e) : Array,
      n = typeof e == "number" ? new Array(e) : [],
      s = typeof e == "number" ? new r(e) : [],
      o = 0;
    return (
      t1(t, function (i) {
        ((n[o] = i), (s[o] = o++));
      }),
      [n, s]
    );
  }
  Mu.isArrayLike = R9;
  Mu.guessLength = yw;
  Mu.toArray = O9;
  Mu.toArrayWithIndices = D9;
});
var o1 = xe((l1e, s1) => {
  var Sw = Jk(),
    N9 = hw(),
    P9 = gw(),
    k9 = n1();
  function Be(t, e, r) {
    if (
      (arguments.length < 2 && ((r = t), (t = null), (e = null)),
      (this.capacity = r),
      typeof this.capacity != "number" || this.capacity <= 0)
    )
      throw new Error(
        "mnemonist/lru-cache: capacity should be positive number.",
      );
    var n = P9.getPointerArray(r);
    ((this.forward = new n(r)),
      (this.backward = new n(r)),
      (this.K = typeof t == "function" ? new t(r) : new Array(r)),
      (this.V = typeof e == "function" ? new e(r) : new Array(r)),
      (this.size = 0),
      (this.head = 0),
      (this.tail = 0),
      (this.items = {}));
  }
  Be.prototype.clear = function () {
    ((this.size = 0), (this.head = 0), (this.tail = 0), (this.items = {}));
  };
  Be.prototype.splayOnTop = function (t) {
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
  Be.prototype.set = function (t, e) {
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
  Be.prototype.setpop = function (t, e) {
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
  Be.prototype.has = function (t) {
    return t in this.items;
  };
  Be.prototype.get = function (t) {
    var e = this.items[t];
    if (!(typeof e > "u")) return (this.splayOnTop(e), this.V[e]);
  };
  Be.prototype.peek = function (t) {
    var e = this.items[t];
    if (!(typeof e > "u")) return this.V[e];
  };
  Be.prototype.forEach = function (t, e) {
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
  Be.prototype.keys = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.K,
      s = this.forward;
    return new Sw(function () {
      if (t >= e) return { done: !0 };
      var o = n[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: o });
    });
  };
  Be.prototype.values = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.V,
      s = this.forward;
    return new Sw(function () {
      if (t >= e) return { done: !0 };
      var o = n[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: o });
    });
  };
  Be.prototype.entries = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.K,
      s = this.V,
      o = this.forward;
    return new Sw(function () {
      if (t >= e) return { done: !0 };
      var i = n[r],
        a = s[r];
      return (t++, t < e && (r = o[r]), { done: !1, value: [i, a] });
    });
  };
  typeof Symbol < "u" && (Be.prototype[Symbol.iterator] = Be.prototype.entries);
  Be.prototype.inspect = function () {
    for (var t = new Map(), e = this.entries(), r; (r = e.next()), !r.done;)
      t.set(r.value[0], r.value[1]);
    return (
      Object.defineProperty(t, "constructor", { value: Be, enumerable: !1 }),
      t
    );
  };
  typeof Symbol < "u" &&
    (Be.prototype[Symbol.for("nodejs.util.inspect.custom")] =
      Be.prototype.inspect);
  Be.from = function (t, e, r, n) {
    if (arguments.length < 2) {
      if (((n = k9.guessLength(t)), typeof n != "number"))
        throw new Error(
          "mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.",
        );
    } else arguments.length === 2 && ((n = e), (e = null), (r = null));
    var s = new Be(e, r, n);
    return (
      N9(t, function (o, i) {
        s.set(i, o);
      }),
      s
    );
  };
  s1.exports = Be;
});
var a1 = xe((i1) => {
  var M9 = o1(),
    Ew = class {
      cache;
      constructor(e) {
        this.cache = new M9(e);
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
  i1.EndpointCache = Ew;
});
var p1 = xe((gi) => {
  var { HttpRequest: $9 } = (L(), D(xo)),
    { EndpointCache: L9 } = a1(),
    c1 = ["AWS_ENABLE_ENDPOINT_DISCOVERY", "AWS_ENDPOINT_DISCOVERY_ENABLED"],
    bw = "endpoint_discovery_enabled",
    u1 = (t) => ["false", "0"].indexOf(t) >= 0,
    U9 = {
      environmentVariableSelector: (t) => {
        for (let e = 0; e < c1.length; e++) {
          let r = c1[e];
          if (r in t) {
            let n = t[r];
            if (n === "")
              throw Error(
                `Environment variable ${r} can't be empty of undefined, got "${n}"`,
              );
            return !u1(n);
          }
        }
      },
      configFileSelector: (t) => {
        if (bw in t) {
          let e = t[bw];
          if (e === void 0)
            throw Error(
              `Shared config entry ${bw} can't be undefined, got "${e}"`,
            );
          return !u1(e);
        }
      },
      default: void 0,
    },
    B9 = async (t, e, r) => {
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
    Cs = {},
    l1 = async (t, e) =>
      new Promise((r, n) => {
        let { endpointCache: s } = t,
          { cacheKey: o, commandName: i, identifiers: a } = e,
          c = s.get(o);
        if (c && c.length === 1 && c[0].Address === "")
          e.isDiscoveredEndpointRequired
            ? (Cs[o] || (Cs[o] = []), Cs[o].push({ resolve: r, reject: n }))
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
                Cs[o] &&
                  (Cs[o].forEach(({ resolve: g }) => {
                    g();
                  }),
                  delete Cs[o]),
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
              (Cs[o] &&
                (Cs[o].forEach(({ reject: y }) => {
                  y(g);
                }),
                delete Cs[o]),
                e.isDiscoveredEndpointRequired ? n(g) : (s.set(o, u), r()));
            });
        }
      }),
    xw = (t, e) => (r, n) => async (s) => {
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
        p = await B9(u, t, { identifiers: a });
      if (i) {
        if (l === !1)
          throw new Error(
            `Endpoint Discovery is disabled but ${u} on ${c} requires it. Please check your configurations.`,
          );
        await l1(t, {
          ...e,
          commandName: u,
          cacheKey: p,
          endpointDiscoveryCommandCtor: o,
        });
      } else
        l &&
          l1(t, {
            ...e,
            commandName: u,
            cacheKey: p,
            endpointDiscoveryCommandCtor: o,
          });
      let { request: h } = s;
      if (p && $9.isInstance(h)) {
        let g = t.endpointCache.getEndpoint(p);
        g && (h.hostname = g);
      }
      return r(s);
    },
    dm = {
      name: "endpointDiscoveryMiddleware",
      step: "build",
      tags: ["ENDPOINT_DISCOVERY"],
      override: !0,
    },
    F9 = (t, e) => ({
      applyToStack: (r) => {
        r.add(xw(t, e), dm);
      },
    }),
    G9 = (t, e) => ({
      applyToStack: (r) => {
        r.add(xw(t, { ...e, isDiscoveredEndpointRequired: !0 }), dm);
      },
    }),
    H9 = (t, e) => ({
      applyToStack: (r) => {
        r.add(xw(t, { ...e, isDiscoveredEndpointRequired: !1 }), dm);
      },
    }),
    V9 = (t, { endpointDiscoveryCommandCtor: e }) => {
      let {
        endpointCacheSize: r,
        endpointDiscoveryEnabled: n,
        endpointDiscoveryEnabledProvider: s,
      } = t;
      return Object.assign(t, {
        endpointDiscoveryCommandCtor: e,
        endpointCache: new L9(r ?? 1e3),
        endpointDiscoveryEnabled: n !== void 0 ? () => Promise.resolve(n) : s,
        isClientEndpointDiscoveryEnabled: n !== void 0,
      });
    };
  gi.NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = U9;
  gi.endpointDiscoveryMiddlewareOptions = dm;
  gi.getEndpointDiscoveryOptionalPlugin = H9;
  gi.getEndpointDiscoveryPlugin = F9;
  gi.getEndpointDiscoveryRequiredPlugin = G9;
  gi.resolveEndpointDiscoveryConfig = V9;
});
var mm,
  hm,
  f1 = d(() => {
    L();
    ((mm = (t) =>
      qe.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0),
      (hm = (t) =>
        qe.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0));
  });
var $u,
  d1 = d(() => {
    $u = (t) => new Date(Date.now() + t);
  });
var gm,
  m1 = d(() => {
    gm = (t, e, r, n) => {
      if (n !== void 0) return e;
      let s = Date.parse(t);
      if (Number.isNaN(s)) return e;
      let o = Date.now();
      return r !== void 0 && o - r > 9e5 ? e : s - o;
    };
  });
var ww = d(() => {
  f1();
  d1();
  m1();
});
var h1,
  Lu,
  j9,
  Ya,
  Je,
  vw,
  Iw = d(() => {
    L();
    h1 = ge(ar());
    ww();
    ((Lu = (t, e) => {
      if (!e)
        throw new Error(
          `Property \`${t}\` is not resolved for AWS SDK SigV4Auth`,
        );
      return e;
    }),
      (j9 = (t) =>
        t.context?.[h1.SMITHY_CONTEXT_KEY]?.eventStream?.output === !0),
      (Ya = async (t) => {
        let e = Lu("context", t.context),
          r = Lu("config", t.config),
          n = e.endpointV2?.properties?.authSchemes?.[0],
          o = await Lu("signer", r.signer)(n),
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
      (Je = class {
        async sign(e, r, n) {
          if (!K.isInstance(e))
            throw new Error(
              "The request is not an instance of `HttpRequest` and cannot be signed",
            );
          let s = await Ya(n),
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
          let p = l || j9(n);
          return (
            (n._skipClockSkewSampling = p),
            p ||
              ((n._preRequestSystemClockOffset = o.systemClockOffset),
              (n._requestSentAt = Date.now())),
            await i.sign(e, {
              signingDate: l ? new Date() : $u(o.systemClockOffset),
              signingRegion: a,
              signingService: c,
            })
          );
        }
        errorHandler(e) {
          return (r) => {
            let n = r;
            if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
              let s = n.ServerTime ?? mm(n.$response);
              if (s) {
                let o = Lu("config", e.config),
                  i = e._preRequestSystemClockOffset,
                  a = e._requestSentAt,
                  c = hm(n.$response),
                  u = gm(s, o.systemClockOffset, a, c);
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
          let n = mm(e);
          if (n) {
            let s = Lu("config", r.config),
              o = r._requestSentAt,
              i = hm(e);
            s.systemClockOffset = gm(n, s.systemClockOffset, o, i);
          }
        }
      }),
      (vw = Je));
  });
var Rs,
  g1 = d(() => {
    L();
    ww();
    Iw();
    Rs = class extends Je {
      async sign(e, r, n) {
        if (!K.isInstance(e))
          throw new Error(
            "The request is not an instance of `HttpRequest` and cannot be signed",
          );
        let {
            config: s,
            signer: o,
            signingRegion: i,
            signingRegionSet: a,
            signingName: c,
          } = await Ya(n),
          l = ((await s.sigv4aSigningRegionSet?.()) ?? a ?? [i]).join(","),
          p = (await s.disableClockSkewCorrection?.()) === !0;
        return (
          (n._disableClockSkewCorrection = p),
          p ||
            ((n._preRequestSystemClockOffset = s.systemClockOffset),
            (n._requestSentAt = Date.now())),
          await o.sign(e, {
            signingDate: p ? new Date() : $u(s.systemClockOffset),
            signingRegion: l,
            signingService: c,
          })
        );
      }
    };
  });
var Tw,
  y1 = d(() => {
    Tw = (t) =>
      typeof t == "string" && t.length > 0
        ? t.split(",").map((e) => e.trim())
        : [];
  });
var ym,
  _w = d(() => {
    ym = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, "_").toUpperCase()}`;
  });
var S1,
  E1,
  zr,
  b1 = d(() => {
    y1();
    _w();
    ((S1 = "AWS_AUTH_SCHEME_PREFERENCE"),
      (E1 = "auth_scheme_preference"),
      (zr = {
        environmentVariableSelector: (t, e) => {
          if (e?.signingName && ym(e.signingName) in t)
            return ["httpBearerAuth"];
          if (S1 in t) return Tw(t[S1]);
        },
        configFileSelector: (t) => {
          if (E1 in t) return Tw(t[E1]);
        },
        default: [],
      }));
  });
var Uu,
  Bu,
  x1 = d(() => {
    kt();
    ye();
    ((Uu = (t) => (
      (t.sigv4aSigningRegionSet = gr(t.sigv4aSigningRegionSet)),
      t
    )),
      (Bu = {
        environmentVariableSelector(t) {
          if (t.AWS_SIGV4A_SIGNING_REGION_SET)
            return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map((e) =>
              e.trim(),
            );
          throw new Kt("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
            tryNextLink: !0,
          });
        },
        configFileSelector(t) {
          if (t.sigv4a_signing_region_set)
            return (t.sigv4a_signing_region_set ?? "")
              .split(",")
              .map((e) => e.trim());
          throw new Kt("sigv4a_signing_region_set not set in profile.", {
            tryNextLink: !0,
          });
        },
        default: void 0,
      }));
  });
var Uw = xe((z) => {
  var {
      hasOwn: Si,
      fromUtf8: w1,
      fromHex: z9,
      toHex: yi,
      toUint8Array: Fu,
      writeKey: q9,
      isArrayBuffer: W9,
    } = (P(), D(ci)),
    { normalizeProvider: v1 } = (U(), D(af)),
    { escapeUri: Sm, HttpRequest: A1 } = (L(), D(xo)),
    Aw = class {
      format(e) {
        let r = [];
        for (let o in e) {
          if (!Si(e, o)) continue;
          let i = w1(o);
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
            let a = w1(e.value),
              c = new DataView(new ArrayBuffer(3 + a.byteLength));
            (c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1));
            let u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          case "timestamp":
            let l = new Uint8Array(9);
            return (
              (l[0] = 8),
              l.set(Cw.fromNumber(e.value.valueOf()).bytes, 1),
              l
            );
          case "uuid":
            if (!K9.test(e.value))
              throw new Error(`Invalid UUID received: ${e.value}`);
            let p = new Uint8Array(17);
            return ((p[0] = 9), p.set(z9(e.value.replace(/-/g, "")), 1), p);
        }
      }
    },
    I1;
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
  })(I1 || (I1 = {}));
  var K9 = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
    Cw = class t {
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
        return (e < 0 && T1(r), new t(r));
      }
      valueOf() {
        let e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && T1(e), parseInt(yi(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  function T1(t) {
    for (let e = 0; e < 8; e++) t[e] ^= 255;
    for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
  }
  var C1 = "X-Amz-Algorithm",
    R1 = "X-Amz-Credential",
    Nw = "X-Amz-Date",
    O1 = "X-Amz-SignedHeaders",
    D1 = "X-Amz-Expires",
    Pw = "X-Amz-Signature",
    kw = "X-Amz-Security-Token",
    X9 = "X-Amz-Region-Set",
    Mw = "authorization",
    $w = Nw.toLowerCase(),
    N1 = "date",
    P1 = [Mw, $w, N1],
    k1 = Pw.toLowerCase(),
    vm = "x-amz-content-sha256",
    M1 = kw.toLowerCase(),
    J9 = "host",
    $1 = {
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
    L1 = /^proxy-/,
    U1 = /^sec-/,
    Y9 = [/^proxy-/i, /^sec-/i],
    Em = "AWS4-HMAC-SHA256",
    Q9 = "AWS4-ECDSA-P256-SHA256",
    B1 = "AWS4-HMAC-SHA256-PAYLOAD",
    F1 = "UNSIGNED-PAYLOAD",
    G1 = 50,
    Lw = "aws4_request",
    H1 = 3600 * 24 * 7,
    V1 = ({ query: t = {} }) => {
      let e = [],
        r = {};
      for (let n in t) {
        if (!Si(t, n) || n.toLowerCase() === k1) continue;
        let s = Sm(n);
        e.push(s);
        let o = t[n];
        typeof o == "string"
          ? (r[s] = `${s}=${Sm(o)}`)
          : Array.isArray(o) &&
            (r[s] = o
              .slice(0)
              .reduce((i, a) => i.concat([`${s}=${Sm(a)}`]), [])
              .sort()
              .join("&"));
      }
      return e
        .sort()
        .map((n) => r[n])
        .filter((n) => n)
        .join("&");
    },
    Z9 = (t) =>
      e7(t)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
    e7 = (t) =>
      typeof t == "number"
        ? new Date(t * 1e3)
        : typeof t == "string"
          ? Number(t)
            ? new Date(Number(t) * 1e3)
            : new Date(t)
          : t,
    Im = class {
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
          (this.regionProvider = v1(n)),
          (this.credentialProvider = v1(r)));
      }
      createCanonicalRequest(e, r, n) {
        let s = Object.keys(r).sort();
        return `${e.method}
${this.getCanonicalPath(e)}
${V1(e)}
${s.map((o) => `${o}:${r[o]}`).join(`
`)}

${s.join(";")}
${n}`;
      }
      async createStringToSign(e, r, n, s) {
        let o = new this.sha256();
        o.update(Fu(n));
        let i = await o.digest();
        return `${s}
${e}
${r}
${yi(i)}`;
      }
      getCanonicalPath({ path: e }) {
        if (this.uriEscapePath) {
          let r = [];
          for (let o of e.split("/"))
            o?.length !== 0 && o !== "." && (o === ".." ? r.pop() : r.push(o));
          let n = `${e?.startsWith("/") ? "/" : ""}${r.join("/")}${r.length > 0 && e?.endsWith("/") ? "/" : ""}`;
          return Sm(n).replace(/%2F/g, "/");
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
        let r = Z9(e).replace(/[-:]/g, "");
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(e) {
        return Object.keys(e).sort().join(";");
      }
    },
    Qa = {},
    bm = [],
    xm = (t, e, r) => `${t}/${e}/${r}/${Lw}`,
    j1 = async (t, e, r, n, s) => {
      let o = await _1(t, e.secretAccessKey, e.accessKeyId),
        i = `${r}:${n}:${s}:${yi(o)}:${e.sessionToken}`;
      if (i in Qa) return Qa[i];
      for (bm.push(i); bm.length > G1;) delete Qa[bm.shift()];
      let a = `AWS4${e.secretAccessKey}`;
      for (let c of [r, n, s, Lw]) a = await _1(t, a, c);
      return (Qa[i] = a);
    },
    t7 = () => {
      ((bm.length = 0),
        Object.keys(Qa).forEach((t) => {
          delete Qa[t];
        }));
    },
    _1 = (t, e, r) => {
      let n = new t(e);
      return (n.update(Fu(r)), n.digest());
    },
    Rw = ({ headers: t }, e, r) => {
      let n = {};
      for (let s of Object.keys(t).sort()) {
        if (t[s] == null) continue;
        let o = s.toLowerCase();
        ((Si($1, o) || e?.has(o) || L1.test(o) || U1.test(o)) &&
          (!r || (r && !r.has(o)))) ||
          (o === "__proto__" && q9(n),
          (n[o] = t[s]
            .replace(/[\r\n]/g, " ")
            .replace(/[ \t]+/g, " ")
            .replace(/^ | $/g, "")));
      }
      return n;
    },
    wm = async ({ headers: t, body: e }, r) => {
      for (let n in t) if (Si(t, n) && n.toLowerCase() === vm) return t[n];
      if (e == null)
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      if (typeof e == "string" || ArrayBuffer.isView(e) || W9(e)) {
        let n = new r();
        return (n.update(Fu(e)), yi(await n.digest()));
      }
      return F1;
    },
    z1 = (t, e) => {
      t = t.toLowerCase();
      for (let r in e) if (Si(e, r) && t === r.toLowerCase()) return !0;
      return !1;
    },
    q1 = (t, e = {}) => {
      let { headers: r, query: n = {} } = A1.clone(t);
      for (let s in r) {
        if (!Si(r, s)) continue;
        let o = s.toLowerCase();
        ((o.slice(0, 6) === "x-amz-" && !e.unhoistableHeaders?.has(o)) ||
          e.hoistableHeaders?.has(o)) &&
          ((n[s] = r[s]), delete r[s]);
      }
      return { ...t, headers: r, query: n };
    },
    Ow = (t) => {
      t = A1.clone(t);
      for (let e in t.headers)
        Si(t.headers, e) &&
          P1.indexOf(e.toLowerCase()) > -1 &&
          delete t.headers[e];
      return t;
    },
    Dw = class extends Im {
      headerFormatter = new Aw();
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
        if (s > H1)
          return Promise.reject(
            "Signature version 4 presigned URLs must have an expiration date less than one week in the future",
          );
        let E = xm(y, h, l ?? this.service),
          S = q1(Ow(e), { unhoistableHeaders: i, hoistableHeaders: c });
        (p.sessionToken && (S.query[kw] = p.sessionToken),
          (S.query[C1] = Em),
          (S.query[R1] = `${p.accessKeyId}/${E}`),
          (S.query[Nw] = g),
          (S.query[D1] = s.toString(10)));
        let b = Rw(S, o, a);
        return (
          (S.query[O1] = this.getCanonicalHeaderList(b)),
          (S.query[Pw] = await this.getSignature(
            g,
            E,
            this.getSigningKey(p, h, y, l),
            this.createCanonicalRequest(S, b, await wm(e, this.sha256)),
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
          p = xm(u, c, i ?? this.service),
          h = await wm({ headers: {}, body: r }, this.sha256),
          g = new this.sha256();
        g.update(e);
        let y = yi(await g.digest()),
          E = [B1, l, p, s, y, h].join(`
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
        return (u.update(Fu(e)), yi(await u.digest()));
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
          u = Ow(e),
          { longDate: l, shortDate: p } = this.formatDate(r),
          h = xm(p, c, i ?? this.service);
        ((u.headers[$w] = l),
          a.sessionToken && (u.headers[M1] = a.sessionToken));
        let g = await wm(u, this.sha256);
        !z1(vm, u.headers) && this.applyChecksum && (u.headers[vm] = g);
        let y = Rw(u, s, n),
          E = await this.getSignature(
            l,
            h,
            this.getSigningKey(a, c, p, i),
            this.createCanonicalRequest(u, y, g),
          );
        return (
          (u.headers[Mw] =
            `${Em} Credential=${a.accessKeyId}/${h}, SignedHeaders=${this.getCanonicalHeaderList(y)}, Signature=${E}`),
          u
        );
      }
      async getSignature(e, r, n, s) {
        let o = await this.createStringToSign(e, r, s, Em),
          i = new this.sha256(await n);
        return (i.update(Fu(o)), yi(await i.digest()));
      }
      getSigningKey(e, r, n, s) {
        return j1(this.sha256, e, n, r, s || this.service);
      }
    },
    r7 = { SignatureV4a: null };
  z.ALGORITHM_IDENTIFIER = Em;
  z.ALGORITHM_IDENTIFIER_V4A = Q9;
  z.ALGORITHM_QUERY_PARAM = C1;
  z.ALWAYS_UNSIGNABLE_HEADERS = $1;
  z.AMZ_DATE_HEADER = $w;
  z.AMZ_DATE_QUERY_PARAM = Nw;
  z.AUTH_HEADER = Mw;
  z.CREDENTIAL_QUERY_PARAM = R1;
  z.DATE_HEADER = N1;
  z.EVENT_ALGORITHM_IDENTIFIER = B1;
  z.EXPIRES_QUERY_PARAM = D1;
  z.GENERATED_HEADERS = P1;
  z.HOST_HEADER = J9;
  z.KEY_TYPE_IDENTIFIER = Lw;
  z.MAX_CACHE_SIZE = G1;
  z.MAX_PRESIGNED_TTL = H1;
  z.PROXY_HEADER_PATTERN = L1;
  z.REGION_SET_PARAM = X9;
  z.SEC_HEADER_PATTERN = U1;
  z.SHA256_HEADER = vm;
  z.SIGNATURE_HEADER = k1;
  z.SIGNATURE_QUERY_PARAM = Pw;
  z.SIGNED_HEADERS_QUERY_PARAM = O1;
  z.SignatureV4 = Dw;
  z.SignatureV4Base = Im;
  z.TOKEN_HEADER = M1;
  z.TOKEN_QUERY_PARAM = kw;
  z.UNSIGNABLE_PATTERNS = Y9;
  z.UNSIGNED_PAYLOAD = F1;
  z.clearCredentialCache = t7;
  z.createScope = xm;
  z.getCanonicalHeaders = Rw;
  z.getCanonicalQuery = V1;
  z.getPayloadHash = wm;
  z.getSigningKey = j1;
  z.hasHeader = z1;
  z.moveHeadersToQuery = q1;
  z.prepareRequest = Ow;
  z.signatureV4aContainer = r7;
});
function n7(t, { credentials: e, credentialDefaultProvider: r }) {
  let n;
  return (
    e
      ? e?.memoized
        ? (n = e)
        : (n = _u(e, Tu, za))
      : r
        ? (n = gr(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (n = async () => {
            throw new Error(
              "@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.",
            );
          }),
    (n.memoized = !0),
    n
  );
}
function s7(t, e) {
  if (e.configBound) return e;
  let r = async (n) => e({ ...n, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
var Bw,
  Fw,
  W1 = d(() => {
    Se();
    kt();
    ((Bw = ge(Uw())),
      (Fw = (t) => (e) => {
        let r = e.credentials,
          n = !!e.credentials,
          s;
        (Object.defineProperty(e, "credentials", {
          set(l) {
            (l && l !== r && l !== s && (n = !0), (r = l));
            let p = n7(e, {
                credentials: r,
                credentialDefaultProvider: e.credentialDefaultProvider,
              }),
              h = s7(e, p);
            if (n && !h.attributed) {
              let g = typeof r == "object" && r !== null;
              ((s = async (y) => {
                let S = await h(y);
                return g && (!S.$source || Object.keys(S.$source).length === 0)
                  ? Ys(S, "CREDENTIALS_CODE", "e")
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
            ? (c = gr(e.signer))
            : e.regionInfoProvider
              ? (c = () =>
                  gr(e.region)()
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
                        E = e.signerConstructor || Bw.SignatureV4;
                      return new E(y);
                    }))
              : (c = async (l) => {
                  l = Object.assign(
                    {},
                    {
                      name: "sigv4",
                      signingName: e.signingName || e.defaultSigningName,
                      signingRegion: await gr(e.region)(),
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
                    y = e.signerConstructor || Bw.SignatureV4;
                  return new y(g);
                }),
          Object.assign(e, {
            systemClockOffset: i,
            signingEscapePath: o,
            signer: c,
            disableClockSkewCorrection: gr(e.disableClockSkewCorrection ?? t),
          })
        );
      }));
  });
var Gw = d(() => {
  Iw();
  g1();
  b1();
  x1();
  W1();
});
var o7,
  i7,
  K1,
  X1 = d(() => {
    ye();
    ((o7 = "AWS_DISABLE_CLOCK_SKEW_CORRECTION"),
      (i7 = "disable_clock_skew_correction"),
      (K1 = {
        environmentVariableSelector: (t) => We(t, o7, Ue.ENV),
        configFileSelector: (t) => We(t, i7, Ue.CONFIG),
        default: !1,
      }));
  });
var J1,
  Y1 = d(() => {
    ye();
    X1();
    J1 = H(K1);
  });
var Hw = {};
ie(Hw, {
  AWSSDKSigV4Signer: () => vw,
  AwsSdkSigV4ASigner: () => Rs,
  AwsSdkSigV4Signer: () => Je,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: () => zr,
  NODE_SIGV4A_CONFIG_OPTIONS: () => Bu,
  getBearerTokenEnvKey: () => ym,
  resolveAWSSDKSigV4Config: () => a7,
  resolveAwsSdkSigV4AConfig: () => Uu,
  resolveAwsSdkSigV4Config: () => es,
  validateSigningProperties: () => Ya,
});
var es,
  a7,
  It = d(() => {
    Gw();
    _w();
    Gw();
    Y1();
    ((es = Fw(J1)), (a7 = es));
  });
var Vw = xe((Ao) => {
  var { setCredentialFeature: c7 } = (Se(), D(Qn)),
    { CredentialsProviderError: u7 } = (ye(), D(fr)),
    Q1 = "AWS_ACCESS_KEY_ID",
    Z1 = "AWS_SECRET_ACCESS_KEY",
    eM = "AWS_SESSION_TOKEN",
    tM = "AWS_CREDENTIAL_EXPIRATION",
    rM = "AWS_CREDENTIAL_SCOPE",
    nM = "AWS_ACCOUNT_ID",
    l7 = (t) => async () => {
      t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
      let e = process.env[Q1],
        r = process.env[Z1],
        n = process.env[eM],
        s = process.env[tM],
        o = process.env[rM],
        i = process.env[nM];
      if (e && r) {
        let a = {
          accessKeyId: e,
          secretAccessKey: r,
          ...(n && { sessionToken: n }),
          ...(s && { expiration: new Date(s) }),
          ...(o && { credentialScope: o }),
          ...(i && { accountId: i }),
        };
        return (c7(a, "CREDENTIALS_ENV_VARS", "g"), a);
      }
      throw new u7("Unable to find environment variable credentials.", {
        logger: t?.logger,
      });
    };
  Ao.ENV_ACCOUNT_ID = nM;
  Ao.ENV_CREDENTIAL_SCOPE = rM;
  Ao.ENV_EXPIRATION = tM;
  Ao.ENV_KEY = Q1;
  Ao.ENV_SECRET = Z1;
  Ao.ENV_SESSION = eM;
  Ao.fromEnv = l7;
});
var _m = xe((Sr) => {
  var {
      ProviderError: jw,
      CredentialsProviderError: Co,
      loadConfig: Xw,
    } = (ye(), D(fr)),
    p7 = Rt("node:http"),
    { parseUrl: f7 } = (L(), D(xo)),
    aM = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.AccessKeyId == "string" &&
      typeof t.SecretAccessKey == "string" &&
      typeof t.Token == "string" &&
      typeof t.Expiration == "string",
    cM = (t) => ({
      accessKeyId: t.AccessKeyId,
      secretAccessKey: t.SecretAccessKey,
      sessionToken: t.Token,
      expiration: new Date(t.Expiration),
      ...(t.AccountId && { accountId: t.AccountId }),
    }),
    uM = 1e3,
    lM = 0,
    Jw = ({ maxRetries: t = lM, timeout: e = uM }) => ({
      maxRetries: t,
      timeout: e,
    });
  function Vu(t) {
    return new Promise((e, r) => {
      let n = p7.request({
        method: "GET",
        ...t,
        hostname: t.hostname?.replace(/^\[(.+)\]$/, "$1"),
      });
      (n.on("error", (s) => {
        (r(
          Object.assign(
            new jw("Unable to connect to instance metadata service"),
            s,
          ),
        ),
          n.destroy());
      }),
        n.on("timeout", () => {
          (r(new jw("TimeoutError from instance metadata service")),
            n.destroy());
        }),
        n.on("response", (s) => {
          let { statusCode: o = 400 } = s;
          (o < 200 || 300 <= o) &&
            (r(
              Object.assign(
                new jw(
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
  var qw = (t, e) => {
      let r = t();
      for (let n = 0; n < e; n++) r = r.catch(t);
      return r;
    },
    Gu = "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    Tm = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    Ww = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    d7 = (t = {}) => {
      let { timeout: e, maxRetries: r } = Jw(t);
      return () =>
        qw(async () => {
          let n = await S7({ logger: t.logger }),
            s = JSON.parse(await m7(e, n));
          if (!aM(s))
            throw new Co(
              "Invalid response received from instance metadata service.",
              { logger: t.logger },
            );
          return cM(s);
        }, r);
    },
    m7 = async (t, e) => (
      process.env[Ww] &&
        (e.headers = { ...e.headers, Authorization: process.env[Ww] }),
      (await Vu({ ...e, timeout: t })).toString()
    ),
    h7 = "169.254.170.2",
    g7 = new Set(["localhost", "127.0.0.1"]),
    y7 = new Set(["http:", "https:"]),
    S7 = async ({ logger: t }) => {
      if (process.env[Tm]) return { hostname: h7, path: process.env[Tm] };
      if (process.env[Gu]) {
        let e;
        try {
          e = new URL(process.env[Gu]);
        } catch {
          throw new Co(
            `${process.env[Gu]} is not a valid container metadata service URL`,
            { tryNextLink: !1, logger: t },
          );
        }
        if (!e.hostname || !g7.has(e.hostname))
          throw new Co(
            `${e.hostname} is not a valid container metadata service hostname`,
            { tryNextLink: !1, logger: t },
          );
        if (!e.protocol || !y7.has(e.protocol))
          throw new Co(
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
      throw new Co(
        `The container metadata credential provider cannot be used unless the ${Tm} or ${Gu} environment variable is set`,
        { tryNextLink: !1, logger: t },
      );
    },
    Kw = class t extends Co {
      tryNextLink;
      name = "InstanceMetadataV1FallbackError";
      constructor(e, r = !0) {
        (super(e, r),
          (this.tryNextLink = r),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Hu;
  (function (t) {
    ((t.IPv4 = "http://169.254.169.254"), (t.IPv6 = "http://[fd00:ec2::254]"));
  })(Hu || (Hu = {}));
  var E7 = "AWS_EC2_METADATA_SERVICE_ENDPOINT",
    b7 = "ec2_metadata_service_endpoint",
    x7 = {
      environmentVariableSelector: (t) => t[E7],
      configFileSelector: (t) => t[b7],
      default: void 0,
    },
    Za;
  (function (t) {
    ((t.IPv4 = "IPv4"), (t.IPv6 = "IPv6"));
  })(Za || (Za = {}));
  var w7 = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
    v7 = "ec2_metadata_service_endpoint_mode",
    I7 = {
      environmentVariableSelector: (t) => t[w7],
      configFileSelector: (t) => t[v7],
      default: Za.IPv4,
    },
    pM = async () => f7((await T7()) || (await _7())),
    T7 = async () => Xw(x7)(),
    _7 = async () => {
      let t = await Xw(I7)();
      switch (t) {
        case Za.IPv4:
          return Hu.IPv4;
        case Za.IPv6:
          return Hu.IPv6;
        default:
          throw new Error(
            `Unsupported endpoint mode: ${t}. Select from ${Object.values(Za)}`,
          );
      }
    },
    A7 = 300,
    C7 = 300,
    R7 =
      "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",
    sM = (t, e) => {
      let r = A7 + Math.floor(Math.random() * C7),
        n = new Date(Date.now() + r * 1e3);
      e.warn(
        `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(n)}.
For more information, please visit: ` + R7,
      );
      let s = t.originalExpiration ?? t.expiration;
      return { ...t, ...(s ? { originalExpiration: s } : {}), expiration: n };
    },
    O7 = (t, e = {}) => {
      let r = e?.logger || console,
        n;
      return async () => {
        let s;
        try {
          ((s = await t()),
            s.expiration &&
              s.expiration.getTime() < Date.now() &&
              (s = sM(s, r)));
        } catch (o) {
          if (n) (r.warn("Credential renew failed: ", o), (s = sM(n, r)));
          else throw o;
        }
        return ((n = s), s);
      };
    },
    fM = "/latest/meta-data/iam/security-credentials/",
    D7 = "/latest/api/token",
    zw = "AWS_EC2_METADATA_V1_DISABLED",
    oM = "ec2_metadata_v1_disabled",
    iM = "x-aws-ec2-metadata-token",
    N7 = (t = {}) => O7(P7(t), { logger: t.logger }),
    P7 = (t = {}) => {
      let e = !1,
        { logger: r, profile: n } = t,
        { timeout: s, maxRetries: o } = Jw(t),
        i = async (a, c) => {
          if (e || c.headers?.[iM] == null) {
            let p = !1,
              h = !1,
              g = await Xw(
                {
                  environmentVariableSelector: (y) => {
                    let E = y[zw];
                    if (((h = !!E && E !== "false"), E === void 0))
                      throw new Co(
                        `${zw} not set in env, checking config file next.`,
                        { logger: t.logger },
                      );
                    return h;
                  },
                  configFileSelector: (y) => {
                    let E = y[oM];
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
                p && y.push(`config file profile (${oM})`),
                h && y.push(`process environment variable (${zw})`),
                new Kw(
                  `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${y.join(", ")}].`,
                )
              );
            }
          }
          let l = (
            await qw(async () => {
              let p;
              try {
                p = await M7(c);
              } catch (h) {
                throw (h.statusCode === 401 && (e = !1), h);
              }
              return p;
            }, a)
          ).trim();
          return qw(async () => {
            let p;
            try {
              p = await $7(l, c, t);
            } catch (h) {
              throw (h.statusCode === 401 && (e = !1), h);
            }
            return p;
          }, a);
        };
      return async () => {
        let a = await pM();
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
            c = (await k7({ ...a, timeout: s })).toString();
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
          return i(o, { ...a, headers: { [iM]: c }, timeout: s });
        }
      };
    },
    k7 = async (t) =>
      Vu({
        ...t,
        path: D7,
        method: "PUT",
        headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" },
      }),
    M7 = async (t) => (await Vu({ ...t, path: fM })).toString(),
    $7 = async (t, e, r) => {
      let n = JSON.parse((await Vu({ ...e, path: fM + t })).toString());
      if (!aM(n))
        throw new Co(
          "Invalid response received from instance metadata service.",
          { logger: r.logger },
        );
      return cM(n);
    };
  Sr.DEFAULT_MAX_RETRIES = lM;
  Sr.DEFAULT_TIMEOUT = uM;
  Sr.ENV_CMDS_AUTH_TOKEN = Ww;
  Sr.ENV_CMDS_FULL_URI = Gu;
  Sr.ENV_CMDS_RELATIVE_URI = Tm;
  Sr.Endpoint = Hu;
  Sr.fromContainerMetadata = d7;
  Sr.fromInstanceMetadata = N7;
  Sr.getInstanceMetadataEndpoint = pM;
  Sr.httpRequest = Vu;
  Sr.providerConfigFromInit = Jw;
});
var Ei = xe((qu) => {
  var { hasOwn: SM } = (P(), D(ci)),
    { streamCollector: L7 } = (P(), D(ci));
  qu.streamCollector = L7;
  var { buildQueryString: EM, HttpResponse: bM } = (L(), D(xo)),
    Am = Rt("node:https"),
    { Readable: U7 } = Rt("node:stream"),
    Yw = Rt("node:http2");
  function Rm(t) {
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
  var B7 = ["ECONNRESET", "EPIPE", "ETIMEDOUT"],
    xM = (t) => {
      let e = {};
      for (let r in t) {
        if (!SM(t, r)) continue;
        let n = t[r];
        e[r] = Array.isArray(n) ? n.join(",") : n;
      }
      return e;
    },
    ct = {
      setTimeout: (t, e) => setTimeout(t, e),
      clearTimeout: (t) => clearTimeout(t),
    },
    dM = 1e3,
    F7 = (t, e, r = 0) => {
      if (!r) return -1;
      let n = (s) => {
        let o = ct.setTimeout(() => {
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
                  ct.clearTimeout(o);
                })
              : ct.clearTimeout(o);
          };
        t.socket ? i(t.socket) : t.on("socket", i);
      };
      return r < 2e3 ? (n(0), 0) : ct.setTimeout(n.bind(null, dM), dM);
    },
    G7 = (t, e, r = 0, n, s) =>
      r
        ? ct.setTimeout(() => {
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
    H7 = 3e3,
    V7 = (t, { keepAlive: e, keepAliveMsecs: r }, n = H7) => {
      if (e !== !0) return -1;
      let s = () => {
        t.socket
          ? t.socket.setKeepAlive(e, r || 0)
          : t.on("socket", (o) => {
              o.setKeepAlive(e, r || 0);
            });
      };
      return n === 0 ? (s(), 0) : ct.setTimeout(s, n);
    },
    ju = (t) => {
      let e = t?.defaultSocketTimeout;
      return typeof e == "number" && Number.isFinite(e) && e > 0 ? e : void 0;
    },
    j7 = 3e3,
    mM = (t, e, r = 0, n = !1) => {
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
      let a = ct.setTimeout(i, j7);
      t.once("close", () => ct.clearTimeout(a));
    },
    hM = 6e3;
  async function wM(t, e, r = hM, n = !1) {
    let s = e.headers,
      o = s ? s.Expect || s.expect : void 0,
      i = -1,
      a = !0;
    (!n &&
      o === "100-continue" &&
      (a = await Promise.race([
        new Promise((c) => {
          i = Number(ct.setTimeout(() => c(!0), Math.max(hM, r)));
        }),
        new Promise((c) => {
          (t.on("continue", () => {
            (ct.clearTimeout(i), c(!0));
          }),
            t.on("response", () => {
              (ct.clearTimeout(i), c(!1));
            }),
            t.on("error", () => {
              (ct.clearTimeout(i), c(!1));
            }));
        }),
      ])),
      a && z7(t, e.body));
  }
  function z7(t, e) {
    if (e instanceof U7) {
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
  var q7 = 0,
    Cm,
    gM,
    Qw = class t {
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
            if (!SM(s, c)) continue;
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
                (ct.clearTimeout(l),
                  ct.clearTimeout(p),
                  ct.clearTimeout(h),
                  ct.clearTimeout(g));
              },
              E = async (Z) => {
                (await u, y(), a(Z));
              },
              S = async (Z) => {
                (await u, y(), c(Z));
              };
            if (r?.aborted) {
              let Z = Rm(r);
              S(Z);
              return;
            }
            let b = e.headers,
              w = b ? (b.Expect ?? b.expect) === "100-continue" : !1,
              I = i ? s.httpsAgent : s.httpAgent;
            (w &&
              !this.externalAgent &&
              (I = new (i ? Am.Agent : Cm)({
                keepAlive: !1,
                maxSockets: 1 / 0,
              })),
              (l = ct.setTimeout(
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
            let v = e.query ? EM(e.query) : "",
              A;
            if (e.username != null || e.password != null) {
              let Z = e.username ?? "",
                fe = e.password ?? "";
              A = `${Z}:${fe}`;
            }
            let j = e.path;
            (v && (j += `?${v}`), e.fragment && (j += `#${e.fragment}`));
            let oe = e.hostname ?? "";
            oe[0] === "[" && oe.endsWith("]")
              ? (oe = e.hostname.slice(1, -1))
              : (oe = e.hostname);
            let be = {
                headers: e.headers,
                host: oe,
                method: e.method,
                path: j,
                port: e.port,
                agent: I,
                auth: A,
              },
              Q = (i ? Am.request : gM)(be, (Z) => {
                let fe = new bM({
                  statusCode: Z.statusCode || -1,
                  reason: Z.statusMessage,
                  headers: xM(Z.headers),
                  body: Z,
                });
                E({ response: fe });
              });
            if (
              (Q.on("error", (Z) => {
                B7.includes(Z.code)
                  ? S(Object.assign(Z, { name: "TimeoutError" }))
                  : S(Z);
              }),
              r)
            ) {
              let Z = () => {
                Q.destroy();
                let fe = Rm(r);
                S(fe);
              };
              if (typeof r.addEventListener == "function") {
                let fe = r;
                (fe.addEventListener("abort", Z, { once: !0 }),
                  Q.once("close", () => fe.removeEventListener("abort", Z)));
              } else r.onabort = Z;
            }
            let ke = n ?? s.requestTimeout;
            ((p = F7(Q, S, s.connectionTimeout)),
              (h = G7(Q, S, ke, s.throwOnRequestTimeout, o ?? console)));
            let Me = s.socketTimeout === void 0 ? ju(s) : void 0;
            Me ? mM(Q, S, Me, !0) : mM(Q, S, s.socketTimeout);
            let ze = be.agent;
            (typeof ze == "object" &&
              "keepAlive" in ze &&
              (g = V7(Q, {
                keepAlive: ze.keepAlive,
                keepAliveMsecs: ze.keepAliveMsecs,
              })),
              (u = wM(Q, e, ke, this.externalAgent).catch((Z) => (y(), c(Z)))));
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
                ((e = "defaultSocketTimeout"), (r = ju(n) ?? r));
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
          defaultSocketTimeout: ju(e),
          socketAcquisitionWarningTimeout: o,
          throwOnRequestTimeout: c,
          httpAgentProvider: () =>
            (h ??= (async () => {
              let g = Rt("node:http"),
                { Agent: y, request: E } = g.default ?? g;
              return (
                (gM = E),
                (Cm = y),
                i instanceof Cm || typeof i?.destroy == "function"
                  ? ((this.externalAgent = !0), i)
                  : new Cm({ keepAlive: l, maxSockets: p, ...i })
              );
            })()),
          httpsAgent:
            a instanceof Am.Agent || typeof a?.destroy == "function"
              ? ((this.externalAgent = !0), a)
              : new Am.Agent({ keepAlive: l, maxSockets: p, ...a }),
          logger: u,
        };
      }
    },
    W7 = new Uint16Array(1),
    zu = class {
      id = W7[0]++;
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
    Zw = class {
      sessions = [];
      maxConcurrency = 0;
      constructor(e) {
        this.sessions = (e ?? []).map((r) => new zu(r));
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
    e0 = class {
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
        let o = new zu(this.connect(n)),
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
          s = new zu(this.connect(n)),
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
          let r = new Zw();
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
          ? Yw.connect(e)
          : Yw.connect(e, this.connectOptions);
      }
    },
    { constants: yM } = Yw,
    t0 = class t {
      config;
      configProvider;
      metadata = { handlerProtocol: "h2" };
      connectionManager = new e0({});
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
          this.config = { ...p, defaultSocketTimeout: ju(p) };
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
            E = async (he) => {
              (await y, p(he));
            },
            S = async (he) => {
              (await y, h(he));
            };
          if (r?.aborted) {
            g = !0;
            let he = Rm(r);
            S(he);
            return;
          }
          let { hostname: b, method: w, port: I, protocol: v, query: A } = e,
            j = "";
          if (e.username != null || e.password != null) {
            let he = e.username ?? "",
              dn = e.password ?? "";
            j = `${he}:${dn}@`;
          }
          let oe = `${v}//${j}${b}${I ? `:${I}` : ""}`,
            be = { destination: new URL(oe) },
            tt = {
              requestTimeout: this.config?.sessionTimeout,
              isEventStream: s,
            },
            Q = c
              ? this.connectionManager.createIsolatedSession(be, tt)
              : this.connectionManager.lease(be, tt),
            ke = Q.deref(),
            Me = (he) => {
              (c && Q.destroy(), (g = !0), S(he));
            },
            ze = A ? EM(A) : "",
            Z = e.path;
          (ze && (Z += `?${ze}`), e.fragment && (Z += `#${e.fragment}`));
          let fe = ke.request({
            ...e.headers,
            [yM.HTTP2_HEADER_PATH]: Z,
            [yM.HTTP2_HEADER_METHOD]: w,
          });
          if (
            (u
              ? fe.setTimeout(u, () => {
                  fe.close();
                  let he = new Error(
                    `Stream timed out because of no activity for ${u} ms`,
                  );
                  ((he.name = "TimeoutError"), Me(he));
                })
              : l &&
                (fe.setTimeout(l, () => {
                  let he = new Error(
                    `Stream timed out because of no activity for ${l} ms`,
                  );
                  ((he.name = "TimeoutError"),
                    (g = !0),
                    S(he),
                    fe.destroy(he),
                    c && Q.destroy());
                }),
                fe.once("response", () => fe.setTimeout(l))),
            r)
          ) {
            let he = () => {
              fe.close();
              let dn = Rm(r);
              Me(dn);
            };
            if (typeof r.addEventListener == "function") {
              let dn = r;
              (dn.addEventListener("abort", he, { once: !0 }),
                fe.once("close", () => dn.removeEventListener("abort", he)));
            } else r.onabort = he;
          }
          (fe.on("frameError", (he, dn, W6) => {
            Me(
              new Error(
                `Frame type id ${he} in stream id ${W6} has failed with code ${dn}.`,
              ),
            );
          }),
            fe.on("error", Me),
            fe.on("aborted", () => {
              Me(
                new Error(
                  `HTTP/2 stream is abnormally aborted in mid-communication with result code ${fe.rstCode}.`,
                ),
              );
            }),
            fe.on("response", (he) => {
              let dn = new bM({
                statusCode: he[":status"] ?? -1,
                headers: xM(he),
                body: fe,
              });
              ((g = !0),
                E({ response: dn }),
                c &&
                  (ke.close(),
                  fe.on("end", () => {
                    Q.destroy();
                  })));
            }),
            fe.on("close", () => {
              if (
                (c ? Q.destroy() : this.connectionManager.release(be, Q), !g)
              ) {
                let he = new Error(
                  "Unexpected error: http2 request did not get a response",
                );
                (ke.destroyed && (he.name = "TimeoutError"), Me(he));
              }
            }),
            (y = wM(fe, e, u)));
        });
      }
      updateHttpClientConfig(e, r) {
        ((this.config = void 0),
          (this.configProvider = this.configProvider.then(
            (n) => (
              e === Symbol.for("@smithy/defaultSocketTimeout") &&
                ((e = "defaultSocketTimeout"), (r = ju(n) ?? r)),
              { ...n, [e]: r }
            ),
          )));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
    };
  qu.DEFAULT_REQUEST_TIMEOUT = q7;
  qu.NodeHttp2Handler = t0;
  qu.NodeHttpHandler = Qw;
});
var r0 = xe((IM) => {
  var { setCredentialFeature: K7 } = (Se(), D(Qn)),
    { CredentialsProviderError: bi } = (ye(), D(fr)),
    { NodeHttpHandler: X7 } = Ei(),
    J7 = Rt("node:fs/promises"),
    { HttpRequest: Y7 } = (L(), D(xo)),
    { sdkStreamMixin: Q7, parseRfc3339DateTime: Z7 } = (P(), D(ci)),
    eX = "169.254.170.2",
    tX = "169.254.170.23",
    rX = "[fd00:ec2::23]",
    nX = (t, e) => {
      if (
        t.protocol !== "https:" &&
        !(t.hostname === eX || t.hostname === tX || t.hostname === rX)
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
        throw new bi(
          `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
          { logger: e },
        );
      }
    };
  function sX(t) {
    return new Y7({
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
  async function oX(t, e) {
    let n = await Q7(t.body).transformToString();
    if (t.statusCode === 200) {
      let s = JSON.parse(n);
      if (
        typeof s.AccessKeyId != "string" ||
        typeof s.SecretAccessKey != "string" ||
        typeof s.Token != "string" ||
        typeof s.Expiration != "string"
      )
        throw new bi(
          "HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",
          { logger: e },
        );
      return {
        accessKeyId: s.AccessKeyId,
        secretAccessKey: s.SecretAccessKey,
        sessionToken: s.Token,
        expiration: Z7(s.Expiration),
      };
    }
    if (t.statusCode >= 400 && t.statusCode < 500) {
      let s = {};
      try {
        s = JSON.parse(n);
      } catch {}
      throw Object.assign(
        new bi(`Server responded with status: ${t.statusCode}`, { logger: e }),
        { Code: s.Code, Message: s.Message },
      );
    }
    throw new bi(`Server responded with status: ${t.statusCode}`, {
      logger: e,
    });
  }
  var iX = (t, e, r) => async () => {
      for (let n = 0; n < e; ++n)
        try {
          return await t();
        } catch {
          await new Promise((o) => setTimeout(o, r));
        }
      return await t();
    },
    aX = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    cX = "http://169.254.170.2",
    uX = "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    lX = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    pX = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    fX = (t = {}) => {
      t.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
      let e,
        r = t.awsContainerCredentialsRelativeUri ?? process.env[aX],
        n = t.awsContainerCredentialsFullUri ?? process.env[uX],
        s = t.awsContainerAuthorizationToken ?? process.env[pX],
        o = t.awsContainerAuthorizationTokenFile ?? process.env[lX],
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
        e = `${cX}${r}`;
      else if (n) e = n;
      else
        throw new bi(
          `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
          { logger: t.logger },
        );
      let a = new URL(e);
      nX(a, t.logger);
      let c = X7.create({ connectionTimeout: t.timeout ?? 1e3 }),
        u = t.timeout ?? 1e3,
        l = iX(
          async () => {
            let p = sX(a);
            o
              ? (p.headers.Authorization = vM(
                  (await J7.readFile(o)).toString(),
                ))
              : s && (p.headers.Authorization = vM(s));
            try {
              let h = await c.handle(p, { requestTimeout: u });
              return oX(h.response).then((g) => K7(g, "CREDENTIALS_HTTP", "z"));
            } catch (h) {
              throw new bi(String(h), { logger: t.logger });
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
    vM = (t) => {
      if (
        t.includes(`\r
`)
      )
        throw new bi("Authorization token contains invalid \\r\\n sequence.");
      return t;
    };
  IM.fromHttp = fX;
});
function dX(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sso-oauth", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function mX(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var TM,
  _M,
  AM,
  n0 = d(() => {
    It();
    U();
    TM = async (t, e, r) => ({
      operation: we(e).operation,
      region:
        (await le(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((_M = (t) => {
      let e = [];
      return (t.operation === "CreateToken" ? e.push(mX(t)) : e.push(dX(t)), e);
    }),
      (AM = (t) => {
        let e = es(t);
        return Object.assign(e, {
          authSchemePreference: le(t.authSchemePreference ?? []),
        });
      }));
  });
var CM,
  RM,
  s0 = d(() => {
    ((CM = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "sso-oauth",
      })),
      (RM = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var Ro,
  Wu = d(() => {
    Ro = {
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
var o0,
  OM = d(() => {
    o0 = Symbol("@smithy/core/cbor::tagSymbol");
  });
var Ku,
  i0 = d(() => {
    Ku = (t, e) => {
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
function Mm(t) {
  let e = t.getSchema(),
    r = e[DM];
  if (r) return r;
  let n = [],
    s = [];
  for (let [a, c] of t.structIterator()) (n.push(a), s.push(c));
  let o = new Array(n.length);
  for (let a = 0; a < n.length; ++a) o[a] = gX(n[a]);
  let i = { memberNames: n, memberSchemas: s, encodedKeys: o };
  return ((e[DM] = i), i);
}
function gX(t) {
  let e;
  $m ? (e = Buffer.from(t, "utf-8")) : (e = new TextEncoder().encode(t));
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
function $M(t) {
  return $m ? Buffer.allocUnsafe(t) : new Uint8Array(t);
}
function nc(t, e, r, n) {
  if (e == null) {
    if (e === void 0 && t.isIdempotencyToken()) {
      ts(Qt());
      return;
    }
    (me(1), (V[B++] = 246));
    return;
  }
  if (t.isUnitSchema()) {
    (me(1), Ye(5, 0));
    return;
  }
  if (typeof e == "object") {
    if (t.isBlobSchema() && e instanceof Uint8Array) {
      Om(e);
      return;
    }
    if (t.isTimestampSchema() && e instanceof Date) {
      l0(e);
      return;
    }
    if (t.isStructSchema()) {
      SX(t, e, n);
      return;
    }
    if (Array.isArray(e) && (t.isListSchema() || t.isDocumentSchema())) {
      kM(t, e, t.isDocumentSchema(), n);
      return;
    }
    if (t.isMapSchema()) {
      c0(t, e, !1, n);
      return;
    }
    if (e instanceof Date) {
      l0(e);
      return;
    }
    if (e instanceof Uint8Array) {
      Om(e);
      return;
    }
    if (e instanceof X) {
      BM(e);
      return;
    }
    if (e[o0]) {
      let o = e;
      UM(o.tag, o.value);
      return;
    }
    if (t.isDocumentSchema()) {
      Array.isArray(e) ? kM(t, e, !0, n) : c0(t, e, !0, n);
      return;
    }
    if (t.isBigDecimalSchema()) {
      sc(e);
      return;
    }
    c0(t, e, !0, n);
    return;
  }
  if (typeof e == "string") {
    if (t.isBlobSchema()) {
      let o = (n?.base64Decoder ?? De)(e);
      Om(o);
      return;
    }
    ts(e);
    return;
  }
  if (typeof e == "number") {
    (me(9),
      Number.isInteger(e) && e >= -9007199254740992 && e <= 9007199254740991
        ? Lm(e)
        : y0(e));
    return;
  }
  if (typeof e == "boolean") {
    (me(1), (V[B++] = 224 | (e ? 21 : 20)));
    return;
  }
  if (typeof e == "bigint") {
    Pm(e);
    return;
  }
  ts(String(e));
}
function SX(t, e, r) {
  if (t.isUnionSchema()) {
    let p = !1;
    for (let [h, g] of t.structIterator()) {
      let y = e[h];
      if (y != null) {
        (me(9), Ye(5, 1), ts(h), nc(g, y, t, r), (p = !0));
        break;
      }
    }
    if (!p) {
      let { $unknown: h } = e;
      Array.isArray(h)
        ? (me(9), Ye(5, 1), ts(h[0]), sc(h[1]))
        : (me(9), Ye(5, 0));
    }
    return;
  }
  let n = Mm(t),
    { memberNames: s, memberSchemas: o, encodedKeys: i } = n,
    a = s.length,
    c;
  (a < 24 ? (c = 1) : a < 256 ? (c = 2) : (c = 3), me(c));
  let u = B;
  B += c;
  let l = 0;
  for (let p = 0; p < a; ++p) {
    let h = e[s[p]];
    if (h == null && !o[p].isIdempotencyToken()) continue;
    let g = i[p];
    (me(g.length), V.set(g, B), (B += g.length), nc(o[p], h, t, r), ++l);
  }
  if (typeof e.__type == "string")
    for (let p in e) _(e, p) && (s.includes(p) || (ts(p), sc(e[p]), ++l));
  c === 1
    ? (V[u] = 160 | l)
    : c === 2
      ? ((V[u] = 184), (V[u + 1] = l))
      : ((V[u] = 185), (V[u + 1] = l >> 8), (V[u + 2] = l & 255));
}
function kM(t, e, r, n) {
  let s = !!t.getMergedTraits().sparse,
    o = t.getValueSchema();
  if (r || s) {
    let i = [];
    for (let a = 0; a < e.length; ++a) {
      let c = e[a];
      r ? c !== void 0 && i.push(c) : (c != null || s) && i.push(c);
    }
    (me(9), Ye(4, i.length));
    for (let a = 0; a < i.length; ++a) nc(o, i[a], void 0, n);
  } else {
    let i = 0;
    for (let a = 0; a < e.length; ++a) e[a] != null && ++i;
    (me(9), Ye(4, i));
    for (let a = 0; a < e.length; ++a) e[a] != null && nc(o, e[a], void 0, n);
  }
}
function c0(t, e, r, n) {
  let s = !!t.getMergedTraits().sparse,
    o = t.getValueSchema(),
    i = [];
  for (let a in e) {
    if (!_(e, a)) continue;
    let c = e[a];
    (r ? c !== void 0 : c != null || s) && i.push(a);
  }
  (me(9), Ye(5, i.length));
  for (let a = 0; a < i.length; ++a) {
    let c = i[a];
    (ts(c), nc(o, e[c], void 0, n));
  }
}
function sc(t) {
  if (t == null) {
    (me(1), (V[B++] = 246));
    return;
  }
  if (typeof t == "string") {
    ts(t);
    return;
  }
  if (typeof t == "number") {
    (me(9),
      Number.isInteger(t) && t >= -9007199254740992 && t <= 9007199254740991
        ? Lm(t)
        : y0(t));
    return;
  }
  if (typeof t == "boolean") {
    (me(1), (V[B++] = 224 | (t ? 21 : 20)));
    return;
  }
  if (typeof t == "bigint") {
    Pm(t);
    return;
  }
  if (t instanceof Uint8Array) {
    Om(t);
    return;
  }
  if (t instanceof Date) {
    l0(t);
    return;
  }
  if (t instanceof X) {
    BM(t);
    return;
  }
  if (t[o0]) {
    let e = t;
    UM(e.tag, e.value);
    return;
  }
  if (Array.isArray(t)) {
    (me(9), Ye(4, t.length));
    for (let e = 0; e < t.length; ++e) sc(t[e]);
    return;
  }
  if (typeof t == "object") {
    let e = Object.keys(t);
    (me(9), Ye(5, e.length));
    for (let r = 0; r < e.length; ++r) (ts(e[r]), sc(t[e[r]]));
    return;
  }
  ts(String(t));
}
function me(t) {
  if (B + t > V.length) {
    let e = V.length * 2;
    for (; e < B + t;) e *= 2;
    let r = $M(e);
    (r.set(V.subarray(0, B)),
      (V = r),
      (wi = new DataView(r.buffer, r.byteOffset, r.byteLength)));
  }
}
function Ye(t, e) {
  if (e < 24) V[B++] = (t << 5) | e;
  else if (e < 256) ((V[B++] = (t << 5) | 24), (V[B++] = e));
  else if (e < 65536)
    ((V[B++] = (t << 5) | 25), (V[B++] = e >> 8), (V[B++] = e & 255));
  else if (e < 4294967296)
    ((V[B++] = (t << 5) | 26), wi.setUint32(B, e), (B += 4));
  else {
    V[B++] = (t << 5) | 27;
    let r = (e / 4294967296) | 0,
      n = (e - r * 4294967296) | 0;
    (wi.setUint32(B, r), wi.setUint32(B + 4, n), (B += 8));
  }
}
function LM(t, e) {
  let r = Number(e);
  if (r < 4294967296) {
    Ye(t, r);
    return;
  }
  ((V[B++] = (t << 5) | 27), wi.setBigUint64(B, e), (B += 8));
}
function ts(t) {
  let e = t.length;
  if (e <= 23) {
    let r = ec.get(t);
    if (r) {
      (me(r.bytes.length),
        V.set(r.bytes, B),
        (B += r.bytes.length),
        (r.epoch = a0));
      return;
    }
    let n = B;
    MM(t, e);
    let s = B,
      o = Uint8Array.prototype.slice.call(V, n, s);
    if (ec.size >= NM) {
      if (PM) return;
      let i = 0;
      for (let [a, c] of ec) {
        if (i >= 1024) break;
        c.epoch !== a0 && (ec.delete(a), ++i);
      }
      if (i === 0) {
        PM = !0;
        return;
      }
    }
    ec.size < NM && ec.set(t, { epoch: a0, bytes: o });
    return;
  }
  MM(t, e);
}
function MM(t, e) {
  if ($m) {
    let r = e * 3;
    me(r + 9);
    let n = Buffer.byteLength(t);
    (Ye(3, n), (B += V.write(t, B)));
  } else {
    let r = e * 3;
    me(r + 9);
    let n = B,
      o = yX.encodeInto(t, V.subarray(n + 9)).written,
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
      i < 9 && V.copyWithin(n + i, n + 9, n + 9 + o),
      (B = n),
      Ye(3, o),
      (B += o));
  }
}
function y0(t) {
  (me(9), (V[B++] = 251), wi.setFloat64(B, t), (B += 8));
}
function Lm(t) {
  me(9);
  let e = t >= 0,
    r = e ? 0 : 1,
    n = e ? t : -t - 1;
  Ye(r, n);
}
function Pm(t) {
  let e = t >= 0,
    r = e ? 0 : 1,
    n = e ? t : -t - BigInt(1);
  if (n < BigInt("18446744073709551616")) (me(9), LM(r, n));
  else {
    let s = n.toString(2),
      o = Math.ceil(s.length / 8),
      i = new Uint8Array(o),
      a = n;
    for (let c = o - 1; c >= 0; --c)
      ((i[c] = Number(a & BigInt(255))), (a >>= BigInt(8)));
    (me(o + 16), (V[B++] = e ? 194 : 195), Ye(2, o), V.set(i, B), (B += o));
  }
}
function Om(t) {
  (me(t.length + 9), Ye(2, t.length), V.set(t, B), (B += t.length));
}
function UM(t, e) {
  (me(9), typeof t == "bigint" ? LM(6, t) : Ye(6, t), sc(e));
}
function BM(t) {
  let e = t.string,
    r = BigInt(0),
    n = e.search(/[eE]/);
  n !== -1 && ((r = BigInt(e.slice(n + 1))), (e = e.slice(0, n)));
  let s = e.indexOf("."),
    o = s === -1 ? 0 : e.length - s - 1,
    i = r - BigInt(o),
    a = BigInt(e.replace(".", ""));
  (me(9),
    (V[B++] = 196),
    Ye(4, 2),
    me(9),
    i >= -0x20000000000000n && i <= 0x1fffffffffffffn ? Lm(Number(i)) : Pm(i),
    Pm(a));
}
function l0(t) {
  (me(18), Ye(6, 1));
  let e = t.getTime() / 1e3;
  Number.isInteger(e) ? Lm(e) : y0(e);
}
var Nm,
  DM,
  $m,
  yX,
  u0,
  V,
  wi,
  B,
  NM,
  ec,
  a0,
  PM,
  S0 = d(() => {
    G();
    L();
    Y();
    P();
    OM();
    ((Nm = class extends Ke {
      write(e, r) {
        B = 0;
        let n = T.of(e);
        nc(n, r, void 0, this.serdeContext);
      }
      flush() {
        let e = V.subarray(0, B);
        return (
          (B = 0),
          (V = $M(u0)),
          (wi = new DataView(V.buffer, V.byteOffset, V.byteLength)),
          e
        );
      }
    }),
      (DM = Symbol.for("@smithy/cbor-struct-cache")));
    (($m = typeof Buffer < "u"),
      (yX = new TextEncoder()),
      (u0 = 2048),
      (V = $m ? Buffer.allocUnsafe(u0) : new Uint8Array(u0)),
      (wi = new DataView(V.buffer, V.byteOffset, V.byteLength)),
      (B = 0),
      (NM = 2048),
      (ec = new Map()),
      (a0 = 0),
      (PM = !1));
  });
function er(t) {
  if (O >= Qe) throw new Error("unexpected end of CBOR payload.");
  let e = (Ne[O] & 224) >> 5;
  if ((Ne[O] & 31) === 31 && e >= 2 && e <= 5) return vX(t, e);
  switch (e) {
    case 0:
      return CX();
    case 1:
      return RX();
    case 2:
      return Hm();
    case 3:
      return oc();
    case 4:
      return EX(t);
    case 5:
      return bX(t);
    case 6:
      return wX(t);
    case 7:
      return DX();
    default:
      throw new Error(`unexpected CBOR major type ${e}.`);
  }
}
function EX(t) {
  let e = Gm(),
    r = t.isListSchema() ? t.getValueSchema() : t,
    n = Array(e);
  for (let s = 0; s < e; ++s) n[s] = er(r);
  return n;
}
function bX(t) {
  let e = Gm();
  if (t.isStructSchema()) return xX(t, e, O);
  let r = t.isMapSchema() ? t.getValueSchema() : t,
    n = {};
  for (let s = 0; s < e; ++s) {
    let o = oc();
    n[o] = er(r);
  }
  return n;
}
function xX(t, e, r) {
  let n = t.isUnionSchema(),
    s = Mm(t),
    { memberSchemas: o, encodedKeys: i, memberNames: a } = s,
    c = i.length,
    u = {},
    l,
    p,
    h = 0,
    g = !1,
    y = 0;
  for (let E = 0; E < e; ++E) {
    let S = VM(i, c, y);
    if (S >= 0) {
      ((y = S + 1), y >= c && (y = 0));
      let b = er(o[S]);
      b != null && (u[a[S]] = b);
    } else {
      let b = oc(),
        w = er(T.of(15));
      b === "__type" && typeof w == "string"
        ? (g = !0)
        : ((l = b), (p = w), ++h);
    }
  }
  if (n) {
    let E = !0;
    for (let S in u)
      if (_(u, S)) {
        E = !1;
        break;
      }
    E && h === 1 && (u.$unknown = [l, p]);
  } else if (g) {
    O = r;
    let E = T.of(15);
    for (let S = 0; S < e; ++S) {
      let b = oc(),
        w = er(E);
      b in u || (u[b] = w);
    }
  }
  return u;
}
function wX(t) {
  let e = Fm(),
    r = typeof e == "bigint" ? Number(e) : e;
  if (r === 1) {
    let o = T.of(15),
      i = er(o);
    return ro(i);
  }
  if (r === 2 || r === 3) {
    let o = Hm(),
      i = BigInt(0);
    for (let a = 0; a < o.length; ++a) i = (i << BigInt(8)) | BigInt(o[a]);
    return r === 3 ? -i - BigInt(1) : i;
  }
  if (r === 4) {
    let o = T.of(15),
      i = er(o),
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
    return If(g);
  }
  let n = T.of(15),
    s = er(n);
  return { tag: jM(e), value: s };
}
function vX(t, e) {
  switch (e) {
    case 3:
      return IX();
    case 2:
      return TX();
    case 4:
      return _X(t);
    case 5:
      return AX(t);
    default:
      throw new Error(`unexpected indefinite length for major ${e}.`);
  }
}
function IX() {
  O += 1;
  let t = [],
    e = 0;
  for (; O < Qe;) {
    if (Ne[O] === 255) {
      O += 1;
      let n = new Uint8Array(e),
        s = 0;
      for (let o = 0; o < t.length; ++o) (n.set(t[o], s), (s += t[o].length));
      return HM
        ? Buffer.from(n.buffer, n.byteOffset, n.byteLength).toString("utf-8")
        : b0.decode(n);
    }
    let r = Hm();
    (t.push(r), (e += r.length));
  }
  throw new Error("expected break marker.");
}
function TX() {
  O += 1;
  let t = [],
    e = 0;
  for (; O < Qe;) {
    if (Ne[O] === 255) {
      O += 1;
      let n = new Uint8Array(e),
        s = 0;
      for (let o = 0; o < t.length; ++o) (n.set(t[o], s), (s += t[o].length));
      return n;
    }
    let r = Hm();
    (t.push(r), (e += r.length));
  }
  throw new Error("expected break marker.");
}
function _X(t) {
  O += 1;
  let e = t.isListSchema() ? t.getValueSchema() : t,
    r = [];
  for (; O < Qe;) {
    if (Ne[O] === 255) return ((O += 1), r);
    r.push(er(e));
  }
  throw new Error("expected break marker.");
}
function AX(t) {
  if (((O += 1), t.isStructSchema())) {
    let n = Mm(t),
      { memberSchemas: s, encodedKeys: o, memberNames: i } = n,
      a = o.length,
      c = t.isUnionSchema(),
      u = {},
      l,
      p,
      h = 0,
      g = 0;
    for (; O < Qe;) {
      if (Ne[O] === 255) {
        if (((O += 1), c)) {
          let E = !0;
          for (let S in u)
            if (_(u, S)) {
              E = !1;
              break;
            }
          E && h === 1 && (u.$unknown = [l, p]);
        }
        return u;
      }
      let y = VM(o, a, g);
      if (y >= 0) {
        ((g = y + 1), g >= a && (g = 0));
        let E = er(s[y]);
        E != null && (u[i[y]] = E);
      } else {
        let E = oc(),
          S = er(T.of(15));
        E !== "__type" && ((l = E), (p = S), ++h);
      }
    }
    throw new Error("expected break marker.");
  }
  let e = t.isMapSchema() ? t.getValueSchema() : t,
    r = {};
  for (; O < Qe;) {
    if (Ne[O] === 255) return ((O += 1), r);
    let n = oc();
    r[n] = er(e);
  }
  throw new Error("expected break marker.");
}
function VM(t, e, r) {
  let n = t[r];
  if (O + n.length <= Qe && GM(O, n)) return ((O += n.length), r);
  for (let s = 0; s < e; ++s) {
    if (s === r) continue;
    let o = t[s];
    if (O + o.length <= Qe && GM(O, o)) return ((O += o.length), s);
  }
  return -1;
}
function GM(t, e) {
  let r = e.length;
  if (Ne[t] !== e[0]) return !1;
  for (let n = 1; n < r; ++n) if (Ne[t + n] !== e[n]) return !1;
  return !0;
}
function Fm() {
  let t = Ne[O] & 31;
  if (t < 24) return ((O += 1), t);
  switch (t) {
    case 24:
      return (Qe - O < 2 && Os(1), (O += 2), Ne[O - 1]);
    case 25:
      return (Qe - O < 3 && Os(2), (O += 3), Oo.getUint16(O - 2));
    case 26:
      return (Qe - O < 5 && Os(4), (O += 5), Oo.getUint32(O - 4));
    case 27: {
      (Qe - O < 9 && Os(8), (O += 9));
      let e = Oo.getUint32(O - 8);
      return e < 2097152
        ? e * 4294967296 + Oo.getUint32(O - 4)
        : Oo.getBigUint64(O - 8);
    }
    default:
      throw new Error(`unexpected minor value ${t}.`);
  }
}
function Gm() {
  let t = Fm();
  return typeof t == "bigint" ? Number(t) : t;
}
function CX() {
  let t = Fm();
  return jM(t);
}
function RX() {
  let t = Fm();
  return typeof t == "bigint" ? BigInt(-1) - t : -1 - t;
}
function Hm() {
  let t = Gm();
  Qe - O < t && Os(t);
  let e = O;
  return ((O += t), Ne.subarray(e, e + t));
}
function oc() {
  let t = Gm();
  Qe - O < t && Os(t);
  let e = O;
  return (
    (O += t),
    t < 24
      ? OX(e, t)
      : x0
        ? Ne.toString("utf-8", e, e + t)
        : b0.decode(Ne.subarray(e, e + t))
  );
}
function OX(t, e) {
  let r = e;
  for (let i = 0; i < e; ++i) r = (r * 31 + Ne[t + i]) | 0;
  let n = (r >>> 0) & (w0 - 1),
    s = FM[n];
  if (s !== void 0 && s.length === e) {
    let i = !0;
    for (let a = 0; a < e; ++a)
      if (s.charCodeAt(a) !== Ne[t + a]) {
        i = !1;
        break;
      }
    if (i) return ((E0[n] = Yu), s);
  }
  let o = x0
    ? Ne.toString("utf-8", t, t + e)
    : b0.decode(Ne.subarray(t, t + e));
  return (E0[n] !== Yu && ((FM[n] = o), (E0[n] = Yu)), o);
}
function DX() {
  let t = O,
    e = Ne[t] & 31;
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
      return (Qe - t < 3 && Os(2), (O = t + 3), NX(Ne[t + 1], Ne[t + 2]));
    case 26:
      return (Qe - t < 5 && Os(4), (O = t + 5), Oo.getFloat32(t + 1));
    case 27:
      return (Qe - t < 9 && Os(8), (O = t + 9), Oo.getFloat64(t + 1));
    default:
      throw new Error(`unexpected minor value ${e} for major 7.`);
  }
}
function NX(t, e) {
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
function jM(t) {
  if (typeof t == "number") return t;
  let e = Number(t);
  return Number.MIN_SAFE_INTEGER <= e && e <= Number.MAX_SAFE_INTEGER ? e : t;
}
function Os(t) {
  throw new Error(`CBOR: length ${t} greater than remaining buffer length.`);
}
function Um(t, e) {
  if (t.isTimestampSchema()) {
    if (typeof e == "number") return ro(e);
    if (typeof e == "object" && e !== null && e.tag === 1 && "value" in e)
      return ro(e.value);
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
    e instanceof X ||
    t.isDocumentSchema()
  )
    return e;
  if (t.isListSchema()) {
    let n = t.getValueSchema(),
      s = [];
    for (let o of e) s.push(Um(n, o));
    return s;
  }
  let r = {};
  if (t.isMapSchema()) {
    let n = t.getValueSchema();
    for (let s in e) _(e, s) && (r[s] = Um(n, e[s]));
  } else if (t.isStructSchema()) {
    let n = t.isUnionSchema(),
      s;
    if (n) {
      s = new Set();
      for (let o in e) _(e, o) && o !== "__type" && s.add(o);
    }
    for (let [o, i] of t.structIterator())
      (n && s.delete(o), e[o] != null && (r[o] = Um(i, e[o])));
    if (n && s?.size === 1) {
      let o = !0;
      for (let i in r)
        if (_(r, i)) {
          o = !1;
          break;
        }
      if (o) {
        let i = s.values().next().value;
        r.$unknown = [i, e[i]];
      }
    } else if (typeof e.__type == "string")
      for (let o in e) _(e, o) && (o in r || (r[o] = e[o]));
  }
  return r;
}
var Bm,
  HM,
  b0,
  Ne,
  x0,
  Oo,
  O,
  Qe,
  w0,
  FM,
  E0,
  Yu,
  zM = d(() => {
    G();
    L();
    Y();
    P();
    S0();
    ((Bm = class extends Ke {
      read(e, r) {
        return (
          (Ne = r),
          (x0 = HM && r instanceof Buffer),
          (Oo = new DataView(r.buffer, r.byteOffset, r.byteLength)),
          (O = 0),
          (Qe = r.length),
          (Yu = (Yu + 1) & 65535),
          er(T.of(e))
        );
      }
      readValue(e, r) {
        return Um(T.of(e), r);
      }
    }),
      (HM = typeof Buffer < "u"),
      (b0 = new TextDecoder()),
      (Ne = new Uint8Array(0)),
      (x0 = !1),
      (Oo = new DataView(new ArrayBuffer(0))),
      (O = 0),
      (Qe = 0),
      (w0 = 2048),
      (FM = new Array(w0)),
      (E0 = new Uint16Array(w0)),
      (Yu = 0));
  });
var Vm,
  qM = d(() => {
    L();
    S0();
    zM();
    Vm = class extends Ke {
      createSerializer() {
        let e = new Nm();
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Bm();
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Qu,
  WM = d(() => {
    L();
    Y();
    qM();
    i0();
    Qu = class extends po {
      codec = new Vm();
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
        let i = Ku(n, s) ?? "Unknown",
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
        (u && h.push(de.for(u)), h.push(de.for(c)));
        let [g, y, E] = this.resolveError(l, a, h);
        if (E === "native" || E === "synthetic") {
          s.Message && (s.message = s.Message);
          let v = E === "synthetic" ? new y({ name: l }) : new Error(l);
          throw Object.assign(v, p, s);
        }
        let S = T.of(g),
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
var KM = d(() => {
  i0();
  WM();
});
var Mt,
  vi = d(() => {
    U();
    Y();
    Mt = class {
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
        let o = de.for(s),
          i = de.for("smithy.ts.sdk.synthetic." + n);
        (e.copyFrom(o), e.copyFrom(i), (this.errorRegistry = e));
      }
      decorateServiceException(e, r = {}) {
        if (this.queryCompat) {
          let n = e.Message ?? r.Message,
            s = ei(e, r);
          n && (s.message = n);
          let o = s.Error ?? {};
          ((o.Type = s.Error?.Type),
            (o.Code = s.Error?.Code),
            (o.Message = s.Error?.message ?? s.Error?.Message ?? n),
            (s.Error = o));
          let i = s.$metadata.requestId;
          return (i && (s.RequestId = i), s);
        }
        return ei(e, r);
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
            (s) => T.of(s).getMergedTraits().awsQueryError?.[0] === r,
          );
        }
      }
    };
  });
var jm,
  XM = d(() => {
    KM();
    Y();
    vi();
    jm = class extends Qu {
      awsQueryCompatible;
      mixin;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        awsQueryCompatible: n,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new Mt(this.awsQueryCompatible)));
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
            : (Ku(n, s) ?? "Unknown");
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
          u = T.of(a),
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
var Do,
  zm = d(() => {
    L();
    Y();
    vi();
    Do = class extends kn {
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
            new hr({
              timestampFormat: { useTrait: !0, default: 7 },
              jsonName: !1,
            })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!s),
          (this.mixin = new Mt(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n);
        return (
          s.path.endsWith("/") || (s.path += "/"),
          (s.headers["content-type"] =
            `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (s.headers["x-amz-target"] = `${this.serviceTarget}.${e.name}`),
          this.awsQueryCompatible && (s.headers["x-amzn-query-mode"] = "true"),
          (cr(e.input) === "unit" || !s.body) && (s.body = "{}"),
          s
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(e, r, n, s, o) {
        let { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(s, n);
        let a = La(n, s, i) ?? "Unknown";
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
          l = T.of(c),
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
var qm,
  JM = d(() => {
    zm();
    qm = class extends Do {
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
var Wm,
  YM = d(() => {
    zm();
    Wm = class extends Do {
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
var rs,
  QM = d(() => {
    L();
    Y();
    vi();
    rs = class extends lo {
      serializer;
      deserializer;
      codec;
      mixin = new Mt();
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
        ((this.codec = n ?? new hr(s)),
          (this.serializer = new ho(this.codec.createSerializer(), s)),
          (this.deserializer = new mo(this.codec.createDeserializer(), s)));
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
          o = T.of(e.input);
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
          o = T.of(e.output);
        for (let [i, a] of o.structIterator())
          a.getMemberTraits().httpPayload && !(i in s) && (s[i] = null);
        return s;
      }
      async handleError(e, r, n, s, o) {
        let i = $a(n, s) ?? "Unknown";
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
          u = T.of(a),
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
var Km,
  ZM = d(() => {
    L();
    Y();
    vi();
    Km = class extends Fa {
      awsQueryCompatible;
      mixin;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        awsQueryCompatible: n,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new Mt(this.awsQueryCompatible)));
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
            : (Ua(n, s) ?? "Unknown");
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
          u = T.of(a),
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
var Ym = xe((Jm) => {
  var PX = /[&<>"]/g,
    kX = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  function MX(t) {
    return t.replace(PX, (e) => kX[e]);
  }
  var $X = /[&"'<>\r\n\u0085\u2028]/g,
    LX = {
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
  function UX(t) {
    return t.replace($X, (e) => LX[e]);
  }
  var Xm = class {
      value;
      constructor(e) {
        this.value = e;
      }
      toString() {
        return UX("" + this.value);
      }
    },
    I0 = class t {
      name;
      children;
      attributes = {};
      static of(e, r, n) {
        let s = new t(e);
        return (
          r !== void 0 && s.addChildNode(new Xm(r)),
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
          o != null && (r += ` ${s}="${MX("" + o)}"`);
        }
        return (r += e
          ? `>${this.children.map((s) => s.toString()).join("")}</${this.name}>`
          : "/>");
      }
    };
  function v0(t) {
    Object.defineProperty(t, "__proto__", {
      value: void 0,
      writable: !0,
      enumerable: !0,
      configurable: !0,
    });
  }
  function BX(t) {
    return new T0(t).parse();
  }
  var T0 = class t {
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
          l === "__proto__" && v0(s),
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
        (l.tag === "__proto__" && v0(u),
          l.tag in u
            ? Array.isArray(u[l.tag])
              ? u[l.tag].push(l.value)
              : (u[l.tag] = [u[l.tag], l.value])
            : (u[l.tag] = l.value));
      for (let [l, p] of Object.entries(s))
        (l === "__proto__" && v0(u), (u[l] = p));
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
  Jm.XmlNode = I0;
  Jm.XmlText = Xm;
  Jm.parseXML = BX;
});
var ns,
  Zu = d(() => {
    ns = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Qm,
  e$ = d(() => {
    Qm = class {
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
function t$(t) {
  Object.defineProperty(t, "__proto__", {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var r$ = d(() => {});
var n$,
  No,
  Zm = d(() => {
    n$ = ge(Ym());
    U();
    L();
    Y();
    P();
    Zu();
    e$();
    r$();
    No = class extends ns {
      settings;
      stringDeserializer;
      constructor(e) {
        (super(), (this.settings = e), (this.stringDeserializer = new fo(e)));
      }
      setSerdeContext(e) {
        ((this.serdeContext = e), this.stringDeserializer.setSerdeContext(e));
      }
      read(e, r, n) {
        let s = T.of(e),
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
        let a = (this.serdeContext?.utf8Encoder ?? Ie)(r),
          c = this.parseXml(a);
        return this.readSchema(e, n ? c[n] : c);
      }
      readSchema(e, r) {
        let n = T.of(e);
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
              (g === "__proto__" && t$(i), (i[g] = this.readSchema(c, y)));
            }
            return i;
          }
          if (n.isStructSchema()) {
            let a = n.isUnionSchema(),
              c;
            a && (c = new Qm(r, i));
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
            r = (0, n$.parseXML)(e);
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
          return (o[n] && ((o[s] = o[n]), delete o[n]), ri(o));
        }
        return {};
      }
    };
  });
var ic,
  _0 = d(() => {
    L();
    Y();
    P();
    P();
    Zu();
    ic = class extends ns {
      settings;
      buffer;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r, n = "") {
        this.buffer === void 0 && (this.buffer = "");
        let s = T.of(e);
        if ((n && !n.endsWith(".") && (n += "."), s.isBlobSchema()))
          (typeof r == "string" || r instanceof Uint8Array) &&
            (this.writeKey(n),
            this.writeValue((this.serdeContext?.base64Encoder ?? ve)(r)));
        else if (
          s.isBooleanSchema() ||
          s.isNumericSchema() ||
          s.isStringSchema()
        )
          r != null
            ? (this.writeKey(n), this.writeValue(String(r)))
            : s.isIdempotencyToken() &&
              (this.writeKey(n), this.writeValue(Qt()));
        else if (s.isBigIntegerSchema())
          r != null && (this.writeKey(n), this.writeValue(String(r)));
        else if (s.isBigDecimalSchema())
          r != null &&
            (this.writeKey(n),
            this.writeValue(r instanceof X ? r.string : String(r)));
        else if (s.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(n), Nt(s, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace(".000Z", "Z"));
                break;
              case 6:
                this.writeValue(Wt(r));
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
          (this.buffer += `&${$r(e)}=`));
      }
      writeValue(e) {
        this.buffer += $r(e);
      }
    };
  });
var Po,
  A0 = d(() => {
    L();
    Y();
    vi();
    Zm();
    _0();
    Po = class extends kn {
      options;
      serializer;
      deserializer;
      mixin = new Mt();
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
        ((this.serializer = new ic(r)), (this.deserializer = new No(r)));
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
          (cr(e.input) === "unit" || !s.body) && (s.body = ""));
        let o = e.name.split("#")[1] ?? e.name;
        return (
          (s.body = `Action=${o}&Version=${this.options.version}` + s.body),
          s.body.endsWith("&") && (s.body = s.body.slice(-1)),
          s
        );
      }
      async deserializeResponse(e, r, n) {
        let s = this.deserializer,
          o = T.of(e.output),
          i = {};
        if (n.statusCode >= 300) {
          let l = await je(n.body, r);
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
          u = await je(n.body, r);
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
          p = T.of(u),
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
var eh,
  s$ = d(() => {
    A0();
    eh = class extends Po {
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
var o$,
  i$ = d(() => {
    L();
    P();
    o$ = (t, e) => je(t, e).then((r) => (e?.utf8Encoder ?? Ie)(r));
  });
var a$,
  C0,
  c$,
  th,
  R0 = d(() => {
    a$ = ge(Ym());
    U();
    i$();
    ((C0 = (t, e) =>
      o$(t, e).then((r) => {
        if (r.length) {
          let n;
          try {
            n = (0, a$.parseXML)(r);
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
          return (i[s] && ((i[o] = i[s]), delete i[s]), ri(i));
        }
        return {};
      })),
      (c$ = async (t, e) => {
        let r = await C0(t, e);
        return (
          r.Error && (r.Error.message = r.Error.message ?? r.Error.Message),
          r
        );
      }),
      (th = (t, e) => {
        if (e?.Error?.Code !== void 0) return e.Error.Code;
        if (e?.Code !== void 0) return e.Code;
        if (t.statusCode == 404) return "NotFound";
      }));
  });
var Tt,
  ac,
  O0 = d(() => {
    Tt = ge(Ym());
    L();
    Y();
    P();
    P();
    Zu();
    ac = class extends ns {
      settings;
      stringBuffer;
      byteBuffer;
      buffer;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        let n = T.of(e);
        if (n.isStringSchema() && typeof r == "string") this.stringBuffer = r;
        else if (n.isBlobSchema())
          this.byteBuffer =
            "byteLength" in r ? r : (this.serdeContext?.base64Decoder ?? De)(r);
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
        let i = Tt.XmlNode.of(o),
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
              let g = Tt.XmlNode.of(
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
            h = Tt.XmlNode.of(l);
          if (typeof p != "string")
            if (r instanceof Tt.XmlNode || r instanceof Tt.XmlText)
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
              let E = Tt.XmlNode.of(
                u ? (o.xmlName ?? e.getMemberName()) : (a.xmlName ?? "member"),
              );
              (this.writeSimpleInto(i, y, E, p), g.addChildNode(E));
            }
          };
        if (u) for (let g of r) (c || g != null) && h(n, g);
        else {
          let g = Tt.XmlNode.of(o.xmlName ?? e.getMemberName());
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
            let A = Tt.XmlNode.of(u, I),
              [j, oe] = this.getXmlnsAttribute(a, S);
            (oe && A.addAttribute(j, oe), w.addChildNode(A));
            let be = Tt.XmlNode.of(h);
            (l.isListSchema()
              ? this.writeList(l, v, be, S)
              : l.isMapSchema()
                ? this.writeMap(l, v, be, S, !0)
                : l.isStructSchema()
                  ? (be = this.writeStruct(l, v, S))
                  : this.writeSimpleInto(l, v, be, S),
              w.addChildNode(be));
          };
        if (y)
          for (let w in r) {
            let I = r[w];
            if (g || I != null) {
              let v = Tt.XmlNode.of(i.xmlName ?? e.getMemberName());
              (b(v, w, I), n.addChildNode(v));
            }
          }
        else {
          let w;
          o ||
            ((w = Tt.XmlNode.of(i.xmlName ?? e.getMemberName())),
            S && w.addAttribute(E, S),
            n.addChildNode(w));
          for (let I in r) {
            let v = r[I];
            if (g || v != null) {
              let A = Tt.XmlNode.of("entry");
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
        let n = T.of(e),
          s = null;
        if (r && typeof r == "object")
          if (n.isBlobSchema()) s = (this.serdeContext?.base64Encoder ?? ve)(r);
          else if (n.isTimestampSchema() && r instanceof Date)
            switch (Nt(n, this.settings)) {
              case 5:
                s = r.toISOString().replace(".000Z", "Z");
                break;
              case 6:
                s = Wt(r);
                break;
              case 7:
                s = String(r.getTime() / 1e3);
                break;
              default:
                (console.warn("Missing timestamp format, using http date", r),
                  (s = Wt(r)));
                break;
            }
          else {
            if (n.isBigDecimalSchema() && r)
              return r instanceof X ? r.string : String(r);
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
              ? (s = Qt())
              : (s = String(r))),
          s === null)
        )
          throw new Error(`Unhandled schema-value pair ${n.getName(!0)}=${r}`);
        return s;
      }
      writeSimpleInto(e, r, n, s) {
        let o = this.writeSimple(e, r),
          i = T.of(e),
          a = new Tt.XmlText(o),
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
var cc,
  D0 = d(() => {
    Zu();
    Zm();
    O0();
    cc = class extends ns {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new ac(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new No(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var rh,
  u$ = d(() => {
    L();
    Y();
    vi();
    R0();
    D0();
    rh = class extends lo {
      codec;
      serializer;
      deserializer;
      mixin = new Mt();
      constructor(e) {
        super(e);
        let r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !0,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
        };
        ((this.codec = new cc(r)),
          (this.serializer = new ho(this.codec.createSerializer(), r)),
          (this.deserializer = new mo(this.codec.createDeserializer(), r)));
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return "aws.protocols#restXml";
      }
      async serializeRequest(e, r, n) {
        let s = await super.serializeRequest(e, r, n),
          o = T.of(e.input);
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
        let i = th(n, s) ?? "Unknown";
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
          u = T.of(a),
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
var l$,
  p$ = d(() => {
    P();
    l$ = (t) => {
      if (t != null)
        return (
          typeof t == "object" && "__type" in t && delete t.__type,
          gf(t)
        );
    };
  });
var f$,
  d$,
  m$,
  h$ = d(() => {
    ((f$ = (t) => {
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
      (d$ = (t) => {
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
      (m$ = (t) => {
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
var N0 = {};
ie(N0, {
  AwsEc2QueryProtocol: () => eh,
  AwsJson1_0Protocol: () => qm,
  AwsJson1_1Protocol: () => Wm,
  AwsJsonRpcProtocol: () => Do,
  AwsQueryProtocol: () => Po,
  AwsRestJsonProtocol: () => rs,
  AwsRestXmlProtocol: () => rh,
  AwsSmithyRpcV2CborProtocol: () => jm,
  AwsSmithyRpcV2JsonProtocol: () => Km,
  JsonCodec: () => Ga,
  JsonCodec2: () => hr,
  JsonShapeDeserializer: () => Eo,
  JsonShapeDeserializer2: () => yo,
  JsonShapeSerializer: () => bo,
  JsonShapeSerializer2: () => So,
  QueryShapeSerializer: () => ic,
  XmlCodec: () => cc,
  XmlShapeDeserializer: () => No,
  XmlShapeSerializer: () => ac,
  _toBool: () => d$,
  _toNum: () => m$,
  _toStr: () => f$,
  awsExpectUnion: () => l$,
  loadJsonRpcErrorCode: () => La,
  loadRestJsonErrorCode: () => $a,
  loadRestXmlErrorCode: () => th,
  parseJsonBody: () => Ts,
  parseJsonErrorBody: () => Od,
  parseXmlBody: () => C0,
  parseXmlErrorBody: () => c$,
});
var Ii = d(() => {
  XM();
  JM();
  YM();
  zm();
  QM();
  ZM();
  L();
  s$();
  A0();
  _0();
  u$();
  D0();
  Zm();
  O0();
  R0();
  p$();
  h$();
});
var el,
  Ti,
  nh,
  g$,
  b$,
  sh,
  P0,
  y$,
  k0,
  uc,
  S$,
  E$,
  FX,
  $t,
  GX,
  x$,
  w$ = d(() => {
    Ae();
    ((el = "ref"),
      (Ti = -1),
      (nh = !0),
      (g$ = "isSet"),
      (b$ = "PartitionResult"),
      (sh = "booleanEquals"),
      (P0 = "getAttr"),
      (y$ = { [el]: "Endpoint" }),
      (k0 = { [el]: b$ }),
      (uc = {}),
      (S$ = [{ [el]: "Region" }]),
      (E$ = {
        conditions: [
          [g$, [y$]],
          [g$, S$],
          ["aws.partition", S$, b$],
          [sh, [{ [el]: "UseFIPS" }, nh]],
          [sh, [{ [el]: "UseDualStack" }, nh]],
          [sh, [{ fn: P0, argv: [k0, "supportsDualStack"] }, nh]],
          [sh, [{ fn: P0, argv: [k0, "supportsFIPS"] }, nh]],
          ["stringEquals", [{ fn: P0, argv: [k0, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Ti],
          [
            Ti,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Ti,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [y$, uc],
          [
            "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            uc,
          ],
          [
            Ti,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://oidc.{Region}.amazonaws.com", uc],
          ["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", uc],
          [Ti, "FIPS is enabled but this partition does not support FIPS"],
          ["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", uc],
          [
            Ti,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://oidc.{Region}.{PartitionResult#dnsSuffix}", uc],
          [Ti, "Invalid Configuration: Missing Region"],
        ],
      }),
      (FX = 2),
      ($t = 1e8),
      (GX = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        $t + 12,
        2,
        5,
        $t + 12,
        3,
        8,
        6,
        4,
        7,
        $t + 11,
        5,
        $t + 9,
        $t + 10,
        4,
        11,
        9,
        6,
        10,
        $t + 8,
        7,
        $t + 6,
        $t + 7,
        5,
        12,
        $t + 5,
        6,
        $t + 4,
        $t + 5,
        3,
        $t + 1,
        14,
        4,
        $t + 2,
        $t + 3,
      ])),
      (x$ = dr.from(GX, FX, E$.conditions, E$.results)));
  });
var HX,
  v$,
  I$ = d(() => {
    Se();
    Ae();
    w$();
    ((HX = new mr({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (v$ = (t, e = {}) =>
        HX.get(t, () => Pn(x$, { endpointParams: t, logger: e.logger }))));
    Dt.aws = jr;
  });
var Ze,
  oh = d(() => {
    U();
    Ze = class t extends ur {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var tl,
  rl,
  nl,
  sl,
  ol,
  il,
  al,
  cl,
  ul,
  ll,
  pl,
  M0 = d(() => {
    oh();
    ((tl = class t extends Ze {
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
      (rl = class t extends Ze {
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
      (nl = class t extends Ze {
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
      (sl = class t extends Ze {
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
      (ol = class t extends Ze {
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
      (il = class t extends Ze {
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
      (al = class t extends Ze {
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
      (cl = class t extends Ze {
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
      (ul = class t extends Ze {
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
      (ll = class t extends Ze {
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
      (pl = class t extends Ze {
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
var VX,
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
  aJ,
  cJ,
  ss,
  uJ,
  lJ,
  pJ,
  fJ,
  dJ,
  Pe,
  mJ,
  Wr,
  hJ,
  gJ,
  Kr,
  yJ,
  T$,
  _$,
  SJ,
  A$,
  EJ,
  bJ,
  xJ,
  Fe,
  C$,
  R$,
  Er,
  O$,
  D$,
  N$,
  P$,
  k$,
  M$,
  $$,
  L$,
  U$,
  B$,
  F$,
  $0,
  wJ,
  vJ,
  IJ,
  TJ,
  G$,
  H$,
  V$,
  L0,
  ih = d(() => {
    Y();
    M0();
    oh();
    ((VX = "AccessDeniedException"),
      (jX = "AuthorizationPendingException"),
      (zX = "AccessToken"),
      (qX = "ClientSecret"),
      (WX = "CreateToken"),
      (KX = "CreateTokenRequest"),
      (XX = "CreateTokenResponse"),
      (JX = "CodeVerifier"),
      (YX = "ExpiredTokenException"),
      (QX = "InvalidClientException"),
      (ZX = "InvalidGrantException"),
      (eJ = "InvalidRequestException"),
      (tJ = "InternalServerException"),
      (rJ = "InvalidScopeException"),
      (nJ = "IdToken"),
      (sJ = "RefreshToken"),
      (oJ = "SlowDownException"),
      (iJ = "UnauthorizedClientException"),
      (aJ = "UnsupportedGrantTypeException"),
      (cJ = "accessToken"),
      (ss = "client"),
      (uJ = "clientId"),
      (lJ = "clientSecret"),
      (pJ = "codeVerifier"),
      (fJ = "code"),
      (dJ = "deviceCode"),
      (Pe = "error"),
      (mJ = "expiresIn"),
      (Wr = "error_description"),
      (hJ = "grantType"),
      (gJ = "http"),
      (Kr = "httpError"),
      (yJ = "idToken"),
      (T$ = "reason"),
      (_$ = "refreshToken"),
      (SJ = "redirectUri"),
      (A$ = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc"),
      (EJ = "scope"),
      (bJ = "server"),
      (xJ = "tokenType"),
      (Fe = "com.amazonaws.ssooidc"),
      (C$ = new de(A$)),
      (R$ = [-3, A$, "SSOOIDCServiceException", 0, [], []]));
    C$.registerError(R$, Ze);
    ((Er = new de(Fe)),
      (O$ = [-3, Fe, VX, { [Pe]: ss, [Kr]: 400 }, [Pe, T$, Wr], [0, 0, 0]]));
    Er.registerError(O$, tl);
    D$ = [-3, Fe, jX, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(D$, rl);
    N$ = [-3, Fe, YX, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(N$, nl);
    P$ = [-3, Fe, tJ, { [Pe]: bJ, [Kr]: 500 }, [Pe, Wr], [0, 0]];
    Er.registerError(P$, sl);
    k$ = [-3, Fe, QX, { [Pe]: ss, [Kr]: 401 }, [Pe, Wr], [0, 0]];
    Er.registerError(k$, ol);
    M$ = [-3, Fe, ZX, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(M$, il);
    $$ = [-3, Fe, eJ, { [Pe]: ss, [Kr]: 400 }, [Pe, T$, Wr], [0, 0, 0]];
    Er.registerError($$, al);
    L$ = [-3, Fe, rJ, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(L$, cl);
    U$ = [-3, Fe, oJ, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(U$, ul);
    B$ = [-3, Fe, iJ, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(B$, ll);
    F$ = [-3, Fe, aJ, { [Pe]: ss, [Kr]: 400 }, [Pe, Wr], [0, 0]];
    Er.registerError(F$, pl);
    (($0 = [C$, Er]),
      (wJ = [0, Fe, zX, 8, 0]),
      (vJ = [0, Fe, qX, 8, 0]),
      (IJ = [0, Fe, JX, 8, 0]),
      (TJ = [0, Fe, nJ, 8, 0]),
      (G$ = [0, Fe, sJ, 8, 0]),
      (H$ = [
        3,
        Fe,
        KX,
        0,
        [uJ, lJ, hJ, dJ, fJ, _$, EJ, SJ, pJ],
        [0, [() => vJ, 0], 0, 0, 0, [() => G$, 0], 64, 0, [() => IJ, 0]],
        3,
      ]),
      (V$ = [
        3,
        Fe,
        XX,
        0,
        [cJ, xJ, mJ, _$, yJ],
        [[() => wJ, 0], 0, 1, [() => G$, 0], [() => TJ, 0]],
      ]),
      (L0 = [
        9,
        Fe,
        WX,
        { [gJ]: ["POST", "/token", 200] },
        () => H$,
        () => V$,
      ]));
  });
var j$,
  z$ = d(() => {
    It();
    Ii();
    kt();
    io();
    U();
    L();
    P();
    n0();
    I$();
    ih();
    j$ = (t) => ({
      apiVersion: "2019-06-10",
      base64Decoder: t?.base64Decoder ?? De,
      base64Encoder: t?.base64Encoder ?? ve,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? v$,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? _M,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new ht(),
        },
      ],
      logger: t?.logger ?? new Ot(),
      protocol: t?.protocol ?? rs,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssooidc",
        errorTypeRegistries: $0,
        version: "2019-06-10",
        serviceTarget: "AWSSSOOIDCService",
      },
      serviceId: t?.serviceId ?? "SSO OIDC",
      sha256: t?.sha256 ?? Lr,
      urlParser: t?.urlParser ?? rt,
      utf8Decoder: t?.utf8Decoder ?? He,
      utf8Encoder: t?.utf8Encoder ?? Ie,
    });
  });
var ah,
  q$,
  W$ = d(() => {
    Wu();
    Se();
    It();
    U();
    ye();
    Hr();
    P();
    ah = ge(Ei());
    z$();
    q$ = (t) => {
      En(process.version);
      let e = Dn(t),
        r = () => e().then(Sn),
        n = j$(t);
      wn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? H(zr, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? Tn,
        defaultSocketTimeout: vn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Vr({ serviceId: n.serviceId, clientVersion: Ro.version }),
        maxAttempts: t?.maxAttempts ?? H(jn, t),
        region: t?.region ?? H(nt, { ...wt, ...s }),
        requestHandler: ah.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          H({ ...qn, default: async () => (await r()).retryMode || yr }, t),
        streamCollector: t?.streamCollector ?? ah.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? H(Rn, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? H(On, s),
        userAgentAppId: t?.userAgentAppId ?? H(Kn, s),
      };
    };
  });
var K$,
  X$,
  J$ = d(() => {
    ((K$ = (t) => {
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
      (X$ = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var Y$,
  Q$ = d(() => {
    Se();
    U();
    L();
    J$();
    Y$ = (t, e) => {
      let r = Object.assign(Jn(t), Pr(t), Mn(t), K$(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, Yn(r), bn(r), $n(r), X$(r))
      );
    };
  });
var fl,
  U0 = d(() => {
    Se();
    kt();
    U();
    ye();
    Ae();
    L();
    Hr();
    Y();
    n0();
    s0();
    W$();
    Q$();
    fl = class extends dt {
      config;
      constructor(...[e]) {
        let r = q$(e || {});
        (super(r), (this.initConfig = r));
        let n = CM(r),
          s = Hn(n),
          o = zn(s),
          i = Xt(o),
          a = i,
          c = xs(a),
          u = AM(c),
          l = Y$(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(gn(this.config)),
          this.middlewareStack.use(Wn(this.config)),
          this.middlewareStack.use(_s(this.config)),
          this.middlewareStack.use(Ln(this.config)),
          this.middlewareStack.use(Bn(this.config)),
          this.middlewareStack.use(Fn(this.config)),
          this.middlewareStack.use(Gn(this.config)),
          this.middlewareStack.use(
            Ur(this.config, {
              httpAuthSchemeParametersProvider: TM,
              identityProviderConfigProvider: async (p) =>
                new Zt({ "aws.auth#sigv4": p.credentials }),
            }),
          ),
          this.middlewareStack.use(Br(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Z$,
  eL,
  tL,
  rL = d(() => {
    U();
    Ae();
    s0();
    ((Z$ = xn(RM, "AWSSSOOIDCService", "SSOOIDCClient", ws)),
      (eL = {}),
      (tL = (t, e, r, n) => []));
  });
var dl,
  B0 = d(() => {
    rL();
    ih();
    dl = class extends Z$(eL, tL, "CreateToken", L0) {};
  });
var _J,
  ch,
  nL = d(() => {
    U();
    B0();
    U0();
    ((_J = { CreateTokenCommand: dl }), (ch = class extends fl {}));
    yn(_J, ch);
  });
var sL = d(() => {
  B0();
});
var AJ,
  CJ,
  oL = d(() => {
    ((AJ = { KMS_ACCESS_DENIED: "KMS_AccessDeniedException" }),
      (CJ = {
        KMS_DISABLED_KEY: "KMS_DisabledException",
        KMS_INVALID_KEY_USAGE: "KMS_InvalidKeyUsageException",
        KMS_INVALID_STATE: "KMS_InvalidStateException",
        KMS_KEY_NOT_FOUND: "KMS_NotFoundException",
      }));
  });
var iL = d(() => {});
var F0 = {};
ie(F0, {
  $Command: () => bt,
  AccessDeniedException: () => tl,
  AccessDeniedException$: () => O$,
  AccessDeniedExceptionReason: () => AJ,
  AuthorizationPendingException: () => rl,
  AuthorizationPendingException$: () => D$,
  CreateToken$: () => L0,
  CreateTokenCommand: () => dl,
  CreateTokenRequest$: () => H$,
  CreateTokenResponse$: () => V$,
  ExpiredTokenException: () => nl,
  ExpiredTokenException$: () => N$,
  InternalServerException: () => sl,
  InternalServerException$: () => P$,
  InvalidClientException: () => ol,
  InvalidClientException$: () => k$,
  InvalidGrantException: () => il,
  InvalidGrantException$: () => M$,
  InvalidRequestException: () => al,
  InvalidRequestException$: () => $$,
  InvalidRequestExceptionReason: () => CJ,
  InvalidScopeException: () => cl,
  InvalidScopeException$: () => L$,
  SSOOIDC: () => ch,
  SSOOIDCClient: () => fl,
  SSOOIDCServiceException: () => Ze,
  SSOOIDCServiceException$: () => R$,
  SlowDownException: () => ul,
  SlowDownException$: () => U$,
  UnauthorizedClientException: () => ll,
  UnauthorizedClientException$: () => B$,
  UnsupportedGrantTypeException: () => pl,
  UnsupportedGrantTypeException$: () => F$,
  __Client: () => dt,
  errorTypeRegistries: () => $0,
});
var G0 = d(() => {
  U0();
  nL();
  sL();
  U();
  ih();
  oL();
  M0();
  iL();
  oh();
});
var lL = xe((ml) => {
  var { setTokenFeature: RJ } = (Se(), D(Qn)),
    { getBearerTokenEnvKey: OJ } = (It(), D(Hw)),
    {
      TokenProviderError: Xr,
      getSSOTokenFilepath: DJ,
      parseKnownFiles: NJ,
      getProfileName: PJ,
      loadSsoSessionData: kJ,
      getSSOTokenFromFile: MJ,
      memoize: $J,
      chain: LJ,
    } = (ye(), D(fr)),
    { promises: UJ } = Rt("node:fs"),
    BJ =
      ({ logger: t, signingName: e } = {}) =>
      async () => {
        if ((t?.debug?.("@aws-sdk/token-providers - fromEnvSigningName"), !e))
          throw new Xr(
            "Please pass 'signingName' to compute environment variable key",
            { logger: t },
          );
        let r = OJ(e);
        if (!(r in process.env))
          throw new Xr(`Token not present in '${r}' environment variable`, {
            logger: t,
          });
        let n = { token: process.env[r] };
        return (RJ(n, "BEARER_SERVICE_ENV_VARS", "3"), n);
      },
    FJ = 300 * 1e3,
    H0 =
      "To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    GJ = async (t, e = {}, r) => {
      let { SSOOIDCClient: n } = (G0(), D(F0)),
        s = (i) => e.clientConfig?.[i] ?? e.parentClientConfig?.[i] ?? r?.[i];
      return new n(
        Object.assign({}, e.clientConfig ?? {}, {
          region: t ?? e.clientConfig?.region,
          logger: s("logger"),
          userAgentAppId: s("userAgentAppId"),
        }),
      );
    },
    HJ = async (t, e, r = {}, n) => {
      let { CreateTokenCommand: s } = (G0(), D(F0));
      return (await GJ(e, r, n)).send(
        new s({
          clientId: t.clientId,
          clientSecret: t.clientSecret,
          refreshToken: t.refreshToken,
          grantType: "refresh_token",
        }),
      );
    },
    aL = (t) => {
      if (t.expiration && t.expiration.getTime() < Date.now())
        throw new Xr(`Token is expired. ${H0}`, !1);
    },
    _i = (t, e, r = !1) => {
      if (typeof e > "u")
        throw new Xr(
          `Value not present for '${t}' in SSO Token${r ? ". Cannot refresh" : ""}. ${H0}`,
          !1,
        );
    },
    { writeFile: VJ } = UJ,
    jJ = (t, e) => {
      let r = DJ(t),
        n = JSON.stringify(e, null, 2);
      return VJ(r, n);
    },
    cL = new Map(),
    uh = new Map(),
    uL =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/token-providers - fromSso");
        let r = await NJ(t),
          n = PJ({ profile: t.profile ?? e?.profile }),
          s = r[n];
        if (s) {
          if (!s.sso_session)
            throw new Xr(
              `Profile '${n}' is missing required property 'sso_session'.`,
            );
        } else
          throw new Xr(
            `Profile '${n}' could not be found in shared credentials file.`,
            !1,
          );
        let o = s.sso_session,
          i = uh.get(o);
        if (i) return await i;
        let c = (await kJ(t))[o];
        if (!c)
          throw new Xr(
            `Sso session '${o}' could not be found in shared credentials file.`,
            !1,
          );
        for (let b of ["sso_start_url", "sso_region"])
          if (!c[b])
            throw new Xr(
              `Sso session '${o}' is missing required property '${b}'.`,
              !1,
            );
        c.sso_start_url;
        let u = c.sso_region,
          l;
        try {
          l = await MJ(o);
        } catch {
          throw new Xr(
            `The SSO session token associated with profile=${n} was not found or is invalid. ${H0}`,
            !1,
          );
        }
        (_i("accessToken", l.accessToken), _i("expiresAt", l.expiresAt));
        let { accessToken: p, expiresAt: h } = l,
          g = { token: p, expiration: new Date(h) };
        if (g.expiration.getTime() - Date.now() > FJ) return g;
        let y = uh.get(o);
        if (y) return await y;
        let E = cL.get(o) ?? 0;
        if (Date.now() - E < 30 * 1e3) return (aL(g), g);
        (_i("clientId", l.clientId, !0),
          _i("clientSecret", l.clientSecret, !0),
          _i("refreshToken", l.refreshToken, !0));
        let S = (async () => {
          try {
            cL.set(o, Date.now());
            let b = await HJ(l, u, t, e);
            (_i("accessToken", b.accessToken), _i("expiresIn", b.expiresIn));
            let w = new Date(Date.now() + b.expiresIn * 1e3);
            try {
              await jJ(o, {
                ...l,
                accessToken: b.accessToken,
                expiresAt: w.toISOString(),
                refreshToken: b.refreshToken,
              });
            } catch {}
            return { token: b.accessToken, expiration: w };
          } catch {
            return (aL(g), g);
          }
        })();
        uh.set(o, S);
        try {
          return await S;
        } finally {
          uh.delete(o);
        }
      },
    zJ =
      ({ token: t, logger: e }) =>
      async () => {
        if ((e?.debug("@aws-sdk/token-providers - fromStatic"), !t || !t.token))
          throw new Xr("Please pass a valid token to fromStatic", !1);
        return t;
      },
    qJ = (t = {}) =>
      $J(
        LJ(uL(t), async () => {
          throw new Xr("Could not load token from any providers", !1);
        }),
        (e) =>
          e.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5,
        (e) => e.expiration !== void 0,
      );
  ml.fromEnvSigningName = BJ;
  ml.fromSso = uL;
  ml.fromStatic = zJ;
  ml.nodeProvider = qJ;
});
function WJ(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "awsssoportal", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function KJ(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var pL,
  fL,
  dL,
  V0 = d(() => {
    It();
    U();
    pL = async (t, e, r) => ({
      operation: we(e).operation,
      region:
        (await le(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((fL = (t) => {
      let e = [];
      return (
        t.operation === "GetRoleCredentials" ? e.push(KJ(t)) : e.push(WJ(t)),
        e
      );
    }),
      (dL = (t) => {
        let e = es(t);
        return Object.assign(e, {
          authSchemePreference: le(t.authSchemePreference ?? []),
        });
      }));
  });
var mL,
  hL,
  j0 = d(() => {
    ((mL = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "awsssoportal",
      })),
      (hL = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var hl,
  Ai,
  lh,
  gL,
  bL,
  ph,
  z0,
  yL,
  q0,
  lc,
  SL,
  EL,
  XJ,
  Lt,
  JJ,
  xL,
  wL = d(() => {
    Ae();
    ((hl = "ref"),
      (Ai = -1),
      (lh = !0),
      (gL = "isSet"),
      (bL = "PartitionResult"),
      (ph = "booleanEquals"),
      (z0 = "getAttr"),
      (yL = { [hl]: "Endpoint" }),
      (q0 = { [hl]: bL }),
      (lc = {}),
      (SL = [{ [hl]: "Region" }]),
      (EL = {
        conditions: [
          [gL, [yL]],
          [gL, SL],
          ["aws.partition", SL, bL],
          [ph, [{ [hl]: "UseFIPS" }, lh]],
          [ph, [{ [hl]: "UseDualStack" }, lh]],
          [ph, [{ fn: z0, argv: [q0, "supportsDualStack"] }, lh]],
          [ph, [{ fn: z0, argv: [q0, "supportsFIPS"] }, lh]],
          ["stringEquals", [{ fn: z0, argv: [q0, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Ai],
          [
            Ai,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Ai,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [yL, lc],
          [
            "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            lc,
          ],
          [
            Ai,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://portal.sso.{Region}.amazonaws.com", lc],
          ["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", lc],
          [Ai, "FIPS is enabled but this partition does not support FIPS"],
          [
            "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",
            lc,
          ],
          [
            Ai,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", lc],
          [Ai, "Invalid Configuration: Missing Region"],
        ],
      }),
      (XJ = 2),
      (Lt = 1e8),
      (JJ = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Lt + 12,
        2,
        5,
        Lt + 12,
        3,
        8,
        6,
        4,
        7,
        Lt + 11,
        5,
        Lt + 9,
        Lt + 10,
        4,
        11,
        9,
        6,
        10,
        Lt + 8,
        7,
        Lt + 6,
        Lt + 7,
        5,
        12,
        Lt + 5,
        6,
        Lt + 4,
        Lt + 5,
        3,
        Lt + 1,
        14,
        4,
        Lt + 2,
        Lt + 3,
      ])),
      (xL = dr.from(JJ, XJ, EL.conditions, EL.results)));
  });
var YJ,
  vL,
  IL = d(() => {
    Se();
    Ae();
    wL();
    ((YJ = new mr({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (vL = (t, e = {}) =>
        YJ.get(t, () => Pn(xL, { endpointParams: t, logger: e.logger }))));
    Dt.aws = jr;
  });
var Jr,
  fh = d(() => {
    U();
    Jr = class t extends ur {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var gl,
  yl,
  Sl,
  El,
  W0 = d(() => {
    fh();
    ((gl = class t extends Jr {
      static shapeId = "com.amazonaws.sso#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidRequestException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    }),
      (yl = class t extends Jr {
        static shapeId = "com.amazonaws.sso#ResourceNotFoundException";
        name = "ResourceNotFoundException";
        $fault = "client";
        constructor(e) {
          (super({ name: "ResourceNotFoundException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Sl = class t extends Jr {
        static shapeId = "com.amazonaws.sso#TooManyRequestsException";
        name = "TooManyRequestsException";
        $fault = "client";
        constructor(e) {
          (super({ name: "TooManyRequestsException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (El = class t extends Jr {
        static shapeId = "com.amazonaws.sso#UnauthorizedException";
        name = "UnauthorizedException";
        $fault = "client";
        constructor(e) {
          (super({ name: "UnauthorizedException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }));
  });
var QJ,
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
  pY,
  fY,
  dh,
  mh,
  dY,
  mY,
  hh,
  hY,
  TL,
  gh,
  gY,
  yY,
  SY,
  _L,
  EY,
  bY,
  xY,
  br,
  AL,
  CL,
  bl,
  RL,
  OL,
  DL,
  NL,
  K0,
  wY,
  vY,
  IY,
  PL,
  kL,
  ML,
  X0,
  yh = d(() => {
    Y();
    W0();
    fh();
    ((QJ = "AccessTokenType"),
      (ZJ = "GetRoleCredentials"),
      (eY = "GetRoleCredentialsRequest"),
      (tY = "GetRoleCredentialsResponse"),
      (rY = "InvalidRequestException"),
      (nY = "RoleCredentials"),
      (sY = "ResourceNotFoundException"),
      (oY = "SecretAccessKeyType"),
      (iY = "SessionTokenType"),
      (aY = "TooManyRequestsException"),
      (cY = "UnauthorizedException"),
      (uY = "accountId"),
      (lY = "accessKeyId"),
      (pY = "accessToken"),
      (fY = "account_id"),
      (dh = "client"),
      (mh = "error"),
      (dY = "expiration"),
      (mY = "http"),
      (hh = "httpError"),
      (hY = "httpHeader"),
      (TL = "httpQuery"),
      (gh = "message"),
      (gY = "roleCredentials"),
      (yY = "roleName"),
      (SY = "role_name"),
      (_L = "smithy.ts.sdk.synthetic.com.amazonaws.sso"),
      (EY = "secretAccessKey"),
      (bY = "sessionToken"),
      (xY = "x-amz-sso_bearer_token"),
      (br = "com.amazonaws.sso"),
      (AL = new de(_L)),
      (CL = [-3, _L, "SSOServiceException", 0, [], []]));
    AL.registerError(CL, Jr);
    ((bl = new de(br)),
      (RL = [-3, br, rY, { [mh]: dh, [hh]: 400 }, [gh], [0]]));
    bl.registerError(RL, gl);
    OL = [-3, br, sY, { [mh]: dh, [hh]: 404 }, [gh], [0]];
    bl.registerError(OL, yl);
    DL = [-3, br, aY, { [mh]: dh, [hh]: 429 }, [gh], [0]];
    bl.registerError(DL, Sl);
    NL = [-3, br, cY, { [mh]: dh, [hh]: 401 }, [gh], [0]];
    bl.registerError(NL, El);
    ((K0 = [AL, bl]),
      (wY = [0, br, QJ, 8, 0]),
      (vY = [0, br, oY, 8, 0]),
      (IY = [0, br, iY, 8, 0]),
      (PL = [
        3,
        br,
        eY,
        0,
        [yY, uY, pY],
        [
          [0, { [TL]: SY }],
          [0, { [TL]: fY }],
          [() => wY, { [hY]: xY }],
        ],
        3,
      ]),
      (kL = [3, br, tY, 0, [gY], [[() => ML, 0]]]),
      (ML = [
        3,
        br,
        nY,
        0,
        [lY, EY, bY, dY],
        [0, [() => vY, 0], [() => IY, 0], 1],
      ]),
      (X0 = [
        9,
        br,
        ZJ,
        { [mY]: ["GET", "/federation/credentials", 200] },
        () => PL,
        () => kL,
      ]));
  });
var $L,
  LL = d(() => {
    It();
    Ii();
    kt();
    io();
    U();
    L();
    P();
    V0();
    IL();
    yh();
    $L = (t) => ({
      apiVersion: "2019-06-10",
      base64Decoder: t?.base64Decoder ?? De,
      base64Encoder: t?.base64Encoder ?? ve,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? vL,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? fL,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new ht(),
        },
      ],
      logger: t?.logger ?? new Ot(),
      protocol: t?.protocol ?? rs,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sso",
        errorTypeRegistries: K0,
        version: "2019-06-10",
        serviceTarget: "SWBPortalService",
      },
      serviceId: t?.serviceId ?? "SSO",
      sha256: t?.sha256 ?? Lr,
      urlParser: t?.urlParser ?? rt,
      utf8Decoder: t?.utf8Decoder ?? He,
      utf8Encoder: t?.utf8Encoder ?? Ie,
    });
  });
var Sh,
  UL,
  BL = d(() => {
    Wu();
    Se();
    It();
    U();
    ye();
    Hr();
    P();
    Sh = ge(Ei());
    LL();
    UL = (t) => {
      En(process.version);
      let e = Dn(t),
        r = () => e().then(Sn),
        n = $L(t);
      wn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? H(zr, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? Tn,
        defaultSocketTimeout: vn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Vr({ serviceId: n.serviceId, clientVersion: Ro.version }),
        maxAttempts: t?.maxAttempts ?? H(jn, t),
        region: t?.region ?? H(nt, { ...wt, ...s }),
        requestHandler: Sh.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          H({ ...qn, default: async () => (await r()).retryMode || yr }, t),
        streamCollector: t?.streamCollector ?? Sh.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? H(Rn, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? H(On, s),
        userAgentAppId: t?.userAgentAppId ?? H(Kn, s),
      };
    };
  });
var FL,
  GL,
  HL = d(() => {
    ((FL = (t) => {
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
      (GL = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var VL,
  jL = d(() => {
    Se();
    U();
    L();
    HL();
    VL = (t, e) => {
      let r = Object.assign(Jn(t), Pr(t), Mn(t), FL(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, Yn(r), bn(r), $n(r), GL(r))
      );
    };
  });
var xl,
  J0 = d(() => {
    Se();
    kt();
    U();
    ye();
    Ae();
    L();
    Hr();
    Y();
    V0();
    j0();
    BL();
    jL();
    xl = class extends dt {
      config;
      constructor(...[e]) {
        let r = UL(e || {});
        (super(r), (this.initConfig = r));
        let n = mL(r),
          s = Hn(n),
          o = zn(s),
          i = Xt(o),
          a = i,
          c = xs(a),
          u = dL(c),
          l = VL(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(gn(this.config)),
          this.middlewareStack.use(Wn(this.config)),
          this.middlewareStack.use(_s(this.config)),
          this.middlewareStack.use(Ln(this.config)),
          this.middlewareStack.use(Bn(this.config)),
          this.middlewareStack.use(Fn(this.config)),
          this.middlewareStack.use(Gn(this.config)),
          this.middlewareStack.use(
            Ur(this.config, {
              httpAuthSchemeParametersProvider: pL,
              identityProviderConfigProvider: async (p) =>
                new Zt({ "aws.auth#sigv4": p.credentials }),
            }),
          ),
          this.middlewareStack.use(Br(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var zL,
  qL,
  WL,
  KL = d(() => {
    U();
    Ae();
    j0();
    ((zL = xn(hL, "SWBPortalService", "SSOClient", ws)),
      (qL = {}),
      (WL = (t, e, r, n) => []));
  });
var wl,
  Y0 = d(() => {
    KL();
    yh();
    wl = class extends zL(qL, WL, "GetRoleCredentials", X0) {};
  });
var TY,
  Eh,
  XL = d(() => {
    U();
    Y0();
    J0();
    ((TY = { GetRoleCredentialsCommand: wl }), (Eh = class extends xl {}));
    yn(TY, Eh);
  });
var JL = d(() => {
  Y0();
});
var YL = d(() => {});
var QL = {};
ie(QL, {
  $Command: () => bt,
  GetRoleCredentials$: () => X0,
  GetRoleCredentialsCommand: () => wl,
  GetRoleCredentialsRequest$: () => PL,
  GetRoleCredentialsResponse$: () => kL,
  InvalidRequestException: () => gl,
  InvalidRequestException$: () => RL,
  ResourceNotFoundException: () => yl,
  ResourceNotFoundException$: () => OL,
  RoleCredentials$: () => ML,
  SSO: () => Eh,
  SSOClient: () => xl,
  SSOServiceException: () => Jr,
  SSOServiceException$: () => CL,
  TooManyRequestsException: () => Sl,
  TooManyRequestsException$: () => DL,
  UnauthorizedException: () => El,
  UnauthorizedException$: () => NL,
  __Client: () => dt,
  errorTypeRegistries: () => K0,
});
var ZL = d(() => {
  J0();
  XL();
  JL();
  U();
  yh();
  W0();
  YL();
  fh();
});
var eU = xe((Q0) => {
  var { GetRoleCredentialsCommand: _Y, SSOClient: AY } = (ZL(), D(QL));
  Q0.GetRoleCredentialsCommand = _Y;
  Q0.SSOClient = AY;
});
var Z0 = xe((bh) => {
  var {
      CredentialsProviderError: Yr,
      getSSOTokenFromFile: CY,
      getProfileName: RY,
      parseKnownFiles: OY,
      loadSsoSessionData: DY,
    } = (ye(), D(fr)),
    { setCredentialFeature: tU } = (Se(), D(Qn)),
    { fromSso: NY } = lL(),
    nU = (t) =>
      t &&
      (typeof t.sso_start_url == "string" ||
        typeof t.sso_account_id == "string" ||
        typeof t.sso_session == "string" ||
        typeof t.sso_region == "string" ||
        typeof t.sso_role_name == "string"),
    vl = !1,
    rU = async ({
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
          let Me = await NY({
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
          throw new Yr(Me.message, { tryNextLink: vl, logger: g });
        }
      else
        try {
          y = await CY(t);
        } catch {
          throw new Yr(
            `The SSO session associated with this profile is invalid. ${E}`,
            { tryNextLink: vl, logger: g },
          );
        }
      if (new Date(y.expiresAt).getTime() - Date.now() <= 0)
        throw new Yr(
          `The SSO session associated with this profile has expired. ${E}`,
          { tryNextLink: vl, logger: g },
        );
      let { accessToken: S } = y,
        { SSOClient: b, GetRoleCredentialsCommand: w } = eU(),
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
        throw new Yr(Me, { tryNextLink: vl, logger: g });
      }
      let {
        roleCredentials: {
          accessKeyId: A,
          secretAccessKey: j,
          sessionToken: oe,
          expiration: be,
          credentialScope: tt,
          accountId: Q,
        } = {},
      } = v;
      if (!A || !j || !oe || !be)
        throw new Yr("SSO returns an invalid temporary credential.", {
          tryNextLink: vl,
          logger: g,
        });
      let ke = {
        accessKeyId: A,
        secretAccessKey: j,
        sessionToken: oe,
        expiration: new Date(be),
        ...(tt && { credentialScope: tt }),
        ...(Q && { accountId: Q }),
      };
      return (
        e
          ? tU(ke, "CREDENTIALS_SSO", "s")
          : tU(ke, "CREDENTIALS_SSO_LEGACY", "u"),
        ke
      );
    },
    sU = (t, e) => {
      let {
        sso_start_url: r,
        sso_account_id: n,
        sso_region: s,
        sso_role_name: o,
      } = t;
      if (!r || !n || !s || !o)
        throw new Yr(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: e },
        );
      return t;
    },
    PY =
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
          c = RY({ profile: t.profile ?? e?.profile });
        if (!r && !n && !s && !o && !i) {
          let l = (await OY(t))[c];
          if (!l)
            throw new Yr(`Profile ${c} was not found.`, { logger: t.logger });
          if (!nU(l))
            throw new Yr(
              `Profile ${c} is not configured with SSO credentials.`,
              { logger: t.logger },
            );
          if (l?.sso_session) {
            let b = (await DY(t))[l.sso_session],
              w = ` configurations in profile ${c} and sso-session ${l.sso_session}`;
            if (s && s !== b.sso_region)
              throw new Yr("Conflicting SSO region" + w, {
                tryNextLink: !1,
                logger: t.logger,
              });
            if (r && r !== b.sso_start_url)
              throw new Yr("Conflicting SSO start_url" + w, {
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
          } = sU(l, t.logger);
          return rU({
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
            throw new Yr(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: t.logger },
            );
          return rU({
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
  bh.fromSSO = PY;
  bh.isSsoProfile = nU;
  bh.validateSsoProfile = sU;
});
var rv = xe((wh) => {
  var { SignatureV4: kY, signatureV4aContainer: oU } = Uw(),
    Il = { CrtSignerV4: null },
    ev = "X-Amz-S3session-Token",
    iU = ev.toLowerCase(),
    xh = class extends kY {
      async signWithCredentials(e, r, n) {
        let s = aU(r);
        e.headers[iU] = r.sessionToken;
        let o = this;
        return (cU(o, s), o.signRequest(e, n ?? {}));
      }
      async presignWithCredentials(e, r, n) {
        let s = aU(r);
        return (
          delete e.headers[iU],
          (e.headers[ev] = r.sessionToken),
          (e.query = e.query ?? {}),
          (e.query[ev] = r.sessionToken),
          cU(this, s),
          this.presign(e, n)
        );
      }
    };
  function aU(t) {
    return {
      accessKeyId: t.accessKeyId,
      secretAccessKey: t.secretAccessKey,
      expiration: t.expiration,
    };
  }
  function cU(t, e) {
    let r = t.credentialProvider;
    t.credentialProvider = () => (
      (t.credentialProvider = r),
      Promise.resolve(e)
    );
  }
  var tv = class {
    sigv4aSigner;
    sigv4Signer;
    signerOptions;
    static sigv4aDependency() {
      return typeof Il.CrtSignerV4 == "function"
        ? "crt"
        : typeof oU.SignatureV4a == "function"
          ? "js"
          : "none";
    }
    constructor(e) {
      ((this.sigv4Signer = new xh(e)), (this.signerOptions = e));
    }
    async sign(e, r = {}) {
      return r.signingRegion === "*"
        ? this.getSigv4aSigner().sign(e, r)
        : this.sigv4Signer.sign(e, r);
    }
    async signWithCredentials(e, r, n = {}) {
      if (n.signingRegion === "*") {
        let s = this.getSigv4aSigner(),
          o = Il.CrtSignerV4;
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
          s = Il.CrtSignerV4;
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
        let e = Il.CrtSignerV4,
          r = oU.SignatureV4a;
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
  wh.SignatureV4MultiRegion = tv;
  wh.SignatureV4SignWithCredentials = xh;
  wh.signatureV4CrtContainer = Il;
});
var fc,
  Ci,
  Tl,
  uU,
  yU,
  _l,
  ut,
  nv,
  lU,
  pU,
  fU,
  dU,
  mU,
  lt,
  sv,
  pc,
  hU,
  gU,
  MY,
  ce,
  $Y,
  SU,
  EU = d(() => {
    Ae();
    ((fc = "ref"),
      (Ci = -1),
      (Tl = !0),
      (uU = "isSet"),
      (yU = "PartitionResult"),
      (_l = "booleanEquals"),
      (ut = "stringEquals"),
      (nv = "getAttr"),
      (lU = "us-east-1"),
      (pU = "sigv4"),
      (fU = "sts"),
      (dU = "https://sts.{Region}.{PartitionResult#dnsSuffix}"),
      (mU = { [fc]: "Endpoint" }),
      (lt = { [fc]: "Region" }),
      (sv = { [fc]: yU }),
      (pc = {}),
      (hU = [lt]),
      (gU = {
        conditions: [
          [uU, [mU]],
          [uU, hU],
          ["aws.partition", hU, yU],
          [_l, [{ [fc]: "UseFIPS" }, Tl]],
          [_l, [{ [fc]: "UseDualStack" }, Tl]],
          [ut, [lt, "aws-global"]],
          [_l, [{ [fc]: "UseGlobalEndpoint" }, Tl]],
          [ut, [lt, "eu-central-1"]],
          [_l, [{ fn: nv, argv: [sv, "supportsDualStack"] }, Tl]],
          [_l, [{ fn: nv, argv: [sv, "supportsFIPS"] }, Tl]],
          [ut, [lt, "ap-south-1"]],
          [ut, [lt, "eu-north-1"]],
          [ut, [lt, "eu-west-1"]],
          [ut, [lt, "eu-west-2"]],
          [ut, [lt, "eu-west-3"]],
          [ut, [lt, "sa-east-1"]],
          [ut, [lt, lU]],
          [ut, [lt, "us-east-2"]],
          [ut, [lt, "us-west-2"]],
          [ut, [lt, "us-west-1"]],
          [ut, [lt, "ca-central-1"]],
          [ut, [lt, "ap-southeast-1"]],
          [ut, [lt, "ap-northeast-1"]],
          [ut, [lt, "ap-southeast-2"]],
          [ut, [{ fn: nv, argv: [sv, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Ci],
          [
            "https://sts.amazonaws.com",
            { authSchemes: [{ name: pU, signingName: fU, signingRegion: lU }] },
          ],
          [
            dU,
            {
              authSchemes: [
                { name: pU, signingName: fU, signingRegion: "{Region}" },
              ],
            },
          ],
          [
            Ci,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Ci,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [mU, pc],
          [
            "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            pc,
          ],
          [
            Ci,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://sts.{Region}.amazonaws.com", pc],
          ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", pc],
          [Ci, "FIPS is enabled but this partition does not support FIPS"],
          ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", pc],
          [
            Ci,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          [dU, pc],
          [Ci, "Invalid Configuration: Missing Region"],
        ],
      }),
      (MY = 2),
      (ce = 1e8),
      ($Y = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        ce + 14,
        2,
        5,
        ce + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        ce + 1,
        8,
        6,
        9,
        ce + 13,
        7,
        ce + 1,
        10,
        10,
        ce + 1,
        11,
        11,
        ce + 1,
        12,
        12,
        ce + 1,
        13,
        13,
        ce + 1,
        14,
        14,
        ce + 1,
        15,
        15,
        ce + 1,
        16,
        16,
        ce + 1,
        17,
        17,
        ce + 1,
        18,
        18,
        ce + 1,
        19,
        19,
        ce + 1,
        20,
        20,
        ce + 1,
        21,
        21,
        ce + 1,
        22,
        22,
        ce + 1,
        23,
        23,
        ce + 1,
        ce + 2,
        8,
        ce + 11,
        ce + 12,
        4,
        28,
        26,
        9,
        27,
        ce + 10,
        24,
        ce + 8,
        ce + 9,
        8,
        29,
        ce + 7,
        9,
        ce + 6,
        ce + 7,
        3,
        ce + 3,
        31,
        4,
        ce + 4,
        ce + 5,
      ])),
      (SU = dr.from($Y, MY, gU.conditions, gU.results)));
  });
var LY,
  vh,
  ov = d(() => {
    Se();
    Ae();
    EU();
    ((LY = new mr({
      size: 50,
      params: [
        "Endpoint",
        "Region",
        "UseDualStack",
        "UseFIPS",
        "UseGlobalEndpoint",
      ],
    })),
      (vh = (t, e = {}) =>
        LY.get(t, () => Pn(SU, { endpointParams: t, logger: e.logger }))));
    Dt.aws = jr;
  });
function wU(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sts", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function iv(t) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: { name: "sts", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function vU(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var bU,
  UY,
  BY,
  xU,
  FY,
  GY,
  IU,
  TU,
  av = d(() => {
    It();
    bU = ge(rv());
    U();
    Ae();
    ov();
    ((UY = (t) => async (e, r, n) => {
      if (!n)
        throw new Error(
          "Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`",
        );
      let s = await t(e, r, n),
        o =
          we(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!o)
        throw new Error(
          `getEndpointParameterInstructions() is not defined on '${r.commandName}'`,
        );
      let i = await du(n, { getEndpointParameterInstructions: o }, e);
      return Object.assign(s, i);
    }),
      (BY = async (t, e, r) => ({
        operation: we(e).operation,
        region:
          (await le(t.region)()) ||
          (() => {
            throw new Error(
              "expected `region` to be configured for `aws.auth#sigv4`",
            );
          })(),
      })),
      (xU = UY(BY)));
    ((FY = (t, e, r) => (s) => {
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
          if (bU.SignatureV4MultiRegion.sigv4aDependency() === "none" && S)
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
      (GY = (t) => {
        let e = [];
        return (
          t.operation === "AssumeRoleWithWebIdentity"
            ? (e.push(vU(t)), e.push(iv(t)))
            : (e.push(wU(t)), e.push(iv(t))),
          e
        );
      }),
      (IU = FY(vh, GY, {
        "aws.auth#sigv4": wU,
        "aws.auth#sigv4a": iv,
        "smithy.api#noAuth": vU,
      })),
      (TU = (t) => {
        let e = es(t),
          r = Uu(e);
        return Object.assign(r, {
          authSchemePreference: le(t.authSchemePreference ?? []),
        });
      }));
  });
var _U,
  AU,
  cv = d(() => {
    ((_U = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        useGlobalEndpoint: t.useGlobalEndpoint ?? !1,
        defaultSigningName: "sts",
      })),
      (AU = {
        UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var Ut,
  Ih = d(() => {
    U();
    Ut = class t extends ur {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Al,
  Cl,
  Rl,
  Ol,
  Dl,
  Nl,
  Pl,
  uv = d(() => {
    Ih();
    ((Al = class t extends Ut {
      static shapeId = "com.amazonaws.sts#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExpiredTokenException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    }),
      (Cl = class t extends Ut {
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
      (Rl = class t extends Ut {
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
      (Ol = class t extends Ut {
        static shapeId = "com.amazonaws.sts#RegionDisabledException";
        name = "RegionDisabledException";
        $fault = "client";
        constructor(e) {
          (super({ name: "RegionDisabledException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Dl = class t extends Ut {
        static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
        name = "IDPRejectedClaimException";
        $fault = "client";
        constructor(e) {
          (super({ name: "IDPRejectedClaimException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Nl = class t extends Ut {
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
      (Pl = class t extends Ut {
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
var HY,
  VY,
  jY,
  zY,
  qY,
  WY,
  lv,
  KY,
  XY,
  JY,
  YY,
  pv,
  QY,
  CU,
  ZY,
  eQ,
  tQ,
  rQ,
  nQ,
  sQ,
  oQ,
  iQ,
  RU,
  OU,
  DU,
  aQ,
  cQ,
  uQ,
  lQ,
  pQ,
  fQ,
  NU,
  dQ,
  mQ,
  PU,
  hQ,
  kU,
  gQ,
  yQ,
  fv,
  SQ,
  EQ,
  MU,
  $U,
  bQ,
  xQ,
  wQ,
  vQ,
  IQ,
  TQ,
  _Q,
  AQ,
  Ri,
  Oi,
  CQ,
  Di,
  Ni,
  Pi,
  RQ,
  LU,
  OQ,
  Ce,
  UU,
  BU,
  ko,
  FU,
  GU,
  HU,
  VU,
  jU,
  zU,
  qU,
  dv,
  DQ,
  NQ,
  mv,
  WU,
  KU,
  XU,
  JU,
  hv,
  YU,
  QU,
  ZU,
  eB,
  PQ,
  kQ,
  gv,
  yv,
  kl = d(() => {
    Y();
    uv();
    Ih();
    ((HY = "Arn"),
      (VY = "AccessKeyId"),
      (jY = "AssumeRole"),
      (zY = "AssumedRoleId"),
      (qY = "AssumeRoleRequest"),
      (WY = "AssumeRoleResponse"),
      (lv = "AssumedRoleUser"),
      (KY = "AssumeRoleWithWebIdentity"),
      (XY = "AssumeRoleWithWebIdentityRequest"),
      (JY = "AssumeRoleWithWebIdentityResponse"),
      (YY = "Audience"),
      (pv = "Credentials"),
      (QY = "ContextAssertion"),
      (CU = "DurationSeconds"),
      (ZY = "Expiration"),
      (eQ = "ExternalId"),
      (tQ = "ExpiredTokenException"),
      (rQ = "IDPCommunicationErrorException"),
      (nQ = "IDPRejectedClaimException"),
      (sQ = "InvalidIdentityTokenException"),
      (oQ = "Key"),
      (iQ = "MalformedPolicyDocumentException"),
      (RU = "MinimumSessionTokenSize"),
      (OU = "Policy"),
      (DU = "PolicyArns"),
      (aQ = "ProviderArn"),
      (cQ = "ProvidedContexts"),
      (uQ = "ProvidedContextsListType"),
      (lQ = "ProvidedContext"),
      (pQ = "PolicyDescriptorType"),
      (fQ = "ProviderId"),
      (NU = "PackedPolicySize"),
      (dQ = "PackedPolicyTooLargeException"),
      (mQ = "Provider"),
      (PU = "RoleArn"),
      (hQ = "RegionDisabledException"),
      (kU = "RoleSessionName"),
      (gQ = "SecretAccessKey"),
      (yQ = "SubjectFromWebIdentityToken"),
      (fv = "SourceIdentity"),
      (SQ = "SerialNumber"),
      (EQ = "SessionToken"),
      (MU = "SessionTokenSize"),
      ($U = "SessionTokenUtilization"),
      (bQ = "Tags"),
      (xQ = "TokenCode"),
      (wQ = "TransitiveTagKeys"),
      (vQ = "Tag"),
      (IQ = "Value"),
      (TQ = "WebIdentityToken"),
      (_Q = "arn"),
      (AQ = "accessKeySecretType"),
      (Ri = "awsQueryError"),
      (Oi = "client"),
      (CQ = "clientTokenType"),
      (Di = "error"),
      (Ni = "httpError"),
      (Pi = "message"),
      (RQ = "policyDescriptorListType"),
      (LU = "smithy.ts.sdk.synthetic.com.amazonaws.sts"),
      (OQ = "tagListType"),
      (Ce = "com.amazonaws.sts"),
      (UU = new de(LU)),
      (BU = [-3, LU, "STSServiceException", 0, [], []]));
    UU.registerError(BU, Ut);
    ((ko = new de(Ce)),
      (FU = [
        -3,
        Ce,
        tQ,
        { [Ri]: ["ExpiredTokenException", 400], [Di]: Oi, [Ni]: 400 },
        [Pi],
        [0],
      ]));
    ko.registerError(FU, Al);
    GU = [
      -3,
      Ce,
      rQ,
      { [Ri]: ["IDPCommunicationError", 400], [Di]: Oi, [Ni]: 400 },
      [Pi],
      [0],
    ];
    ko.registerError(GU, Pl);
    HU = [
      -3,
      Ce,
      nQ,
      { [Ri]: ["IDPRejectedClaim", 403], [Di]: Oi, [Ni]: 403 },
      [Pi],
      [0],
    ];
    ko.registerError(HU, Dl);
    VU = [
      -3,
      Ce,
      sQ,
      { [Ri]: ["InvalidIdentityToken", 400], [Di]: Oi, [Ni]: 400 },
      [Pi],
      [0],
    ];
    ko.registerError(VU, Nl);
    jU = [
      -3,
      Ce,
      iQ,
      { [Ri]: ["MalformedPolicyDocument", 400], [Di]: Oi, [Ni]: 400 },
      [Pi],
      [0],
    ];
    ko.registerError(jU, Cl);
    zU = [
      -3,
      Ce,
      dQ,
      { [Ri]: ["PackedPolicyTooLarge", 400], [Di]: Oi, [Ni]: 400 },
      [Pi],
      [0],
    ];
    ko.registerError(zU, Rl);
    qU = [
      -3,
      Ce,
      hQ,
      { [Ri]: ["RegionDisabledException", 403], [Di]: Oi, [Ni]: 403 },
      [Pi],
      [0],
    ];
    ko.registerError(qU, Ol);
    ((dv = [UU, ko]),
      (DQ = [0, Ce, AQ, 8, 0]),
      (NQ = [0, Ce, CQ, 8, 0]),
      (mv = [3, Ce, lv, 0, [zY, HY], [0, 0], 2]),
      (WU = [
        3,
        Ce,
        qY,
        0,
        [PU, kU, DU, OU, CU, bQ, wQ, eQ, SQ, xQ, fv, cQ, RU],
        [0, 0, () => eB, 0, 1, () => kQ, 64, 0, 0, 0, 0, () => PQ, 1],
        2,
      ]),
      (KU = [
        3,
        Ce,
        WY,
        0,
        [pv, lv, NU, fv, $U, MU],
        [[() => hv, 0], () => mv, 1, 0, 1, 1],
      ]),
      (XU = [
        3,
        Ce,
        XY,
        0,
        [PU, kU, TQ, fQ, DU, OU, CU, RU],
        [0, 0, [() => NQ, 0], 0, () => eB, 0, 1, 1],
        3,
      ]),
      (JU = [
        3,
        Ce,
        JY,
        0,
        [pv, yQ, lv, NU, mQ, YY, fv, $U, MU],
        [[() => hv, 0], 0, () => mv, 1, 0, 0, 0, 1, 1],
      ]),
      (hv = [3, Ce, pv, 0, [VY, gQ, EQ, ZY], [0, [() => DQ, 0], 0, 4], 4]),
      (YU = [3, Ce, pQ, 0, [_Q], [0]]),
      (QU = [3, Ce, lQ, 0, [aQ, QY], [0, 0]]),
      (ZU = [3, Ce, vQ, 0, [oQ, IQ], [0, 0], 2]),
      (eB = [1, Ce, RQ, 0, () => YU]),
      (PQ = [1, Ce, uQ, 0, () => QU]),
      (kQ = [1, Ce, OQ, 0, () => ZU]),
      (gv = [9, Ce, jY, 0, () => WU, () => KU]),
      (yv = [9, Ce, KY, 0, () => XU, () => JU]));
  });
var tB,
  rB,
  nB = d(() => {
    It();
    Ii();
    tB = ge(rv());
    kt();
    io();
    U();
    L();
    P();
    av();
    ov();
    kl();
    rB = (t) => ({
      apiVersion: "2011-06-15",
      base64Decoder: t?.base64Decoder ?? De,
      base64Encoder: t?.base64Encoder ?? ve,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? vh,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? IU,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "aws.auth#sigv4a",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4a"),
          signer: new Rs(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new ht(),
        },
      ],
      logger: t?.logger ?? new Ot(),
      protocol: t?.protocol ?? Po,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries: dv,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615",
      },
      serviceId: t?.serviceId ?? "STS",
      sha256: t?.sha256 ?? Lr,
      signerConstructor: t?.signerConstructor ?? tB.SignatureV4MultiRegion,
      urlParser: t?.urlParser ?? rt,
      utf8Decoder: t?.utf8Decoder ?? He,
      utf8Encoder: t?.utf8Encoder ?? Ie,
    });
  });
var Th,
  sB,
  oB = d(() => {
    Wu();
    Se();
    It();
    kt();
    U();
    ye();
    Hr();
    P();
    Th = ge(Ei());
    nB();
    sB = (t) => {
      En(process.version);
      let e = Dn(t),
        r = () => e().then(Sn),
        n = rB(t);
      wn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? H(zr, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? Tn,
        defaultSocketTimeout: vn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Vr({ serviceId: n.serviceId, clientVersion: Ro.version }),
        httpAuthSchemes: t?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (o) =>
              o.getIdentityProvider("aws.auth#sigv4") ||
              (async (i) =>
                await t.credentialDefaultProvider(i?.__config || {})()),
            signer: new Je(),
          },
          {
            schemeId: "aws.auth#sigv4a",
            identityProvider: (o) => o.getIdentityProvider("aws.auth#sigv4a"),
            signer: new Rs(),
          },
          {
            schemeId: "smithy.api#noAuth",
            identityProvider: (o) =>
              o.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
            signer: new ht(),
          },
        ],
        maxAttempts: t?.maxAttempts ?? H(jn, t),
        region: t?.region ?? H(nt, { ...wt, ...s }),
        requestHandler: Th.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          H({ ...qn, default: async () => (await r()).retryMode || yr }, t),
        sigv4aSigningRegionSet: t?.sigv4aSigningRegionSet ?? H(Bu, s),
        streamCollector: t?.streamCollector ?? Th.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? H(Rn, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? H(On, s),
        userAgentAppId: t?.userAgentAppId ?? H(Kn, s),
      };
    };
  });
var iB,
  aB,
  cB = d(() => {
    ((iB = (t) => {
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
      (aB = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var uB,
  lB = d(() => {
    Se();
    U();
    L();
    cB();
    uB = (t, e) => {
      let r = Object.assign(Jn(t), Pr(t), Mn(t), iB(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, Yn(r), bn(r), $n(r), aB(r))
      );
    };
  });
var Mo,
  _h = d(() => {
    Se();
    kt();
    U();
    ye();
    Ae();
    L();
    Hr();
    Y();
    av();
    cv();
    oB();
    lB();
    Mo = class extends dt {
      config;
      constructor(...[e]) {
        let r = sB(e || {});
        (super(r), (this.initConfig = r));
        let n = _U(r),
          s = Hn(n),
          o = zn(s),
          i = Xt(o),
          a = i,
          c = xs(a),
          u = TU(c),
          l = uB(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(gn(this.config)),
          this.middlewareStack.use(Wn(this.config)),
          this.middlewareStack.use(_s(this.config)),
          this.middlewareStack.use(Ln(this.config)),
          this.middlewareStack.use(Bn(this.config)),
          this.middlewareStack.use(Fn(this.config)),
          this.middlewareStack.use(Gn(this.config)),
          this.middlewareStack.use(
            Ur(this.config, {
              httpAuthSchemeParametersProvider: xU,
              identityProviderConfigProvider: async (p) =>
                new Zt({
                  "aws.auth#sigv4": p.credentials,
                  "aws.auth#sigv4a": p.credentials,
                }),
            }),
          ),
          this.middlewareStack.use(Br(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Ah,
  Ch,
  Rh,
  Sv = d(() => {
    U();
    Ae();
    cv();
    ((Ah = xn(AU, "AWSSecurityTokenServiceV20110615", "STSClient", ws)),
      (Ch = {}),
      (Rh = (t, e, r, n) => []));
  });
var ki,
  Oh = d(() => {
    Sv();
    kl();
    ki = class extends Ah(Ch, Rh, "AssumeRole", gv) {};
  });
var Mi,
  Dh = d(() => {
    Sv();
    kl();
    Mi = class extends Ah(Ch, Rh, "AssumeRoleWithWebIdentity", yv) {};
  });
var MQ,
  Nh,
  pB = d(() => {
    U();
    Oh();
    Dh();
    _h();
    ((MQ = { AssumeRoleCommand: ki, AssumeRoleWithWebIdentityCommand: Mi }),
      (Nh = class extends Mo {}));
    yn(MQ, Nh);
  });
var fB = d(() => {
  Oh();
  Dh();
});
var dB = d(() => {});
var mB,
  hB,
  gB,
  yB,
  SB,
  EB = d(() => {
    Se();
    Oh();
    Dh();
    ((mB = (t) => {
      if (typeof t?.Arn == "string") {
        let e = t.Arn.split(":");
        if (e.length > 4 && e[4] !== "") return e[4];
      }
    }),
      (hB = async (t, e, r, n = {}) => {
        let s = typeof t == "function" ? await t() : t,
          o = typeof e == "function" ? await e() : e,
          i = "",
          a = s ?? o ?? (i = await fm(n)());
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
      (gB = (t, e) => {
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
              S = await hB(h, t?.parentClientConfig?.region, y, {
                logger: l,
                profile: p,
              }),
              b = !SB(g);
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
          let { Credentials: i, AssumedRoleUser: a } = await r.send(new ki(o));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRole call with role ${o.RoleArn}`,
            );
          let c = mB(a),
            u = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(c && { accountId: c }),
            };
          return (Ys(u, "CREDENTIALS_STS_ASSUME_ROLE", "i"), u);
        };
      }),
      (yB = (t, e) => {
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
              y = await hB(l, t?.parentClientConfig?.region, h, {
                logger: c,
                profile: u,
              }),
              E = !SB(p);
            r = new e({
              ...t,
              userAgentAppId: g,
              profile: u,
              region: y,
              requestHandler: E ? p : void 0,
              logger: c,
            });
          }
          let { Credentials: s, AssumedRoleUser: o } = await r.send(new Mi(n));
          if (!s || !s.AccessKeyId || !s.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${n.RoleArn}`,
            );
          let i = mB(o),
            a = {
              accessKeyId: s.AccessKeyId,
              secretAccessKey: s.SecretAccessKey,
              sessionToken: s.SessionToken,
              expiration: s.Expiration,
              ...(s.CredentialScope && { credentialScope: s.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (
            i && Ys(a, "RESOLVED_ACCOUNT_ID", "T"),
            Ys(a, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"),
            a
          );
        };
      }),
      (SB = (t) => t?.metadata?.handlerProtocol === "h2"));
  });
var bB,
  xB,
  wB,
  $Q,
  vB = d(() => {
    EB();
    _h();
    ((bB = (t, e) =>
      e
        ? class extends t {
            constructor(n) {
              super(n);
              for (let s of e) this.middlewareStack.use(s);
            }
          }
        : t),
      (xB = (t = {}, e) => gB(t, bB(Mo, e))),
      (wB = (t = {}, e) => yB(t, bB(Mo, e))),
      ($Q = (t) => (e) =>
        t({ roleAssumer: xB(e), roleAssumerWithWebIdentity: wB(e), ...e })));
  });
var Ev = {};
ie(Ev, {
  $Command: () => bt,
  AssumeRole$: () => gv,
  AssumeRoleCommand: () => ki,
  AssumeRoleRequest$: () => WU,
  AssumeRoleResponse$: () => KU,
  AssumeRoleWithWebIdentity$: () => yv,
  AssumeRoleWithWebIdentityCommand: () => Mi,
  AssumeRoleWithWebIdentityRequest$: () => XU,
  AssumeRoleWithWebIdentityResponse$: () => JU,
  AssumedRoleUser$: () => mv,
  Credentials$: () => hv,
  ExpiredTokenException: () => Al,
  ExpiredTokenException$: () => FU,
  IDPCommunicationErrorException: () => Pl,
  IDPCommunicationErrorException$: () => GU,
  IDPRejectedClaimException: () => Dl,
  IDPRejectedClaimException$: () => HU,
  InvalidIdentityTokenException: () => Nl,
  InvalidIdentityTokenException$: () => VU,
  MalformedPolicyDocumentException: () => Cl,
  MalformedPolicyDocumentException$: () => jU,
  PackedPolicyTooLargeException: () => Rl,
  PackedPolicyTooLargeException$: () => zU,
  PolicyDescriptorType$: () => YU,
  ProvidedContext$: () => QU,
  RegionDisabledException: () => Ol,
  RegionDisabledException$: () => qU,
  STS: () => Nh,
  STSClient: () => Mo,
  STSServiceException: () => Ut,
  STSServiceException$: () => BU,
  Tag$: () => ZU,
  __Client: () => dt,
  decorateDefaultCredentialProvider: () => $Q,
  errorTypeRegistries: () => dv,
  getDefaultRoleAssumer: () => xB,
  getDefaultRoleAssumerWithWebIdentity: () => wB,
});
var bv = d(() => {
  _h();
  pB();
  fB();
  U();
  kl();
  uv();
  dB();
  vB();
  Ih();
});
function LQ(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "signin", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function UQ(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var IB,
  TB,
  _B,
  xv = d(() => {
    It();
    U();
    IB = async (t, e, r) => ({
      operation: we(e).operation,
      region:
        (await le(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((TB = (t) => {
      let e = [];
      return (
        t.operation === "CreateOAuth2Token" ? e.push(UQ(t)) : e.push(LQ(t)),
        e
      );
    }),
      (_B = (t) => {
        let e = es(t);
        return Object.assign(e, {
          authSchemePreference: le(t.authSchemePreference ?? []),
        });
      }));
  });
var AB,
  CB,
  wv = d(() => {
    ((AB = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "signin",
      })),
      (CB = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var Uo,
  $o,
  RB,
  dc,
  OB,
  mc,
  DB,
  Iv,
  Ds,
  vv,
  NB,
  PB,
  Lo,
  LB,
  kB,
  Ph,
  gt,
  MB,
  $B,
  BQ,
  te,
  FQ,
  UB,
  BB = d(() => {
    Ae();
    ((Uo = "ref"),
      ($o = -1),
      (RB = !1),
      (dc = !0),
      (OB = "isSet"),
      (mc = "booleanEquals"),
      (DB = "coalesce"),
      (Iv = "PartitionResult"),
      (Ds = "stringEquals"),
      (vv = "getAttr"),
      (NB = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}"),
      (PB = { [Uo]: "Endpoint" }),
      (Lo = { fn: vv, argv: [{ [Uo]: Iv }, "name"] }),
      (LB = { [Uo]: "Region" }),
      (kB = { [Uo]: Iv }),
      (Ph = {
        authSchemes: [
          { name: "sigv4", signingName: "signin", signingRegion: "{Region}" },
        ],
      }),
      (gt = {}),
      (MB = [LB]),
      ($B = {
        conditions: [
          [OB, MB],
          [mc, [{ fn: DB, argv: [{ [Uo]: "IsControlPlane" }, RB] }, dc]],
          [OB, [PB]],
          ["aws.partition", MB, Iv],
          [mc, [{ [Uo]: "UseFIPS" }, dc]],
          [Ds, [Lo, "aws"]],
          [mc, [{ fn: DB, argv: [{ [Uo]: "IsOAuthEndpoint" }, RB] }, dc]],
          [mc, [{ [Uo]: "UseDualStack" }, dc]],
          [Ds, [Lo, "aws-cn"]],
          [Ds, [LB, "us-gov-west-1"]],
          [Ds, [Lo, "aws-us-gov"]],
          [mc, [{ fn: vv, argv: [kB, "supportsFIPS"] }, dc]],
          [Ds, [Lo, "aws-iso"]],
          [Ds, [Lo, "aws-iso-b"]],
          [Ds, [Lo, "aws-iso-f"]],
          [Ds, [Lo, "aws-iso-e"]],
          [Ds, [Lo, "aws-eusc"]],
          [mc, [{ fn: vv, argv: [kB, "supportsDualStack"] }, dc]],
        ],
        results: [
          [$o],
          ["https://signin.{Region}.api.aws", Ph],
          ["https://signin.{Region}.api.amazonwebservices.com.cn", Ph],
          [NB, Ph],
          [
            $o,
            "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.",
          ],
          ["https://{Region}.oauth.signin.aws", Ph],
          ["https://{Region}.signin.aws.amazon.com", gt],
          ["https://{Region}.signin.amazonaws.cn", gt],
          ["https://{Region}.signin.amazonaws-us-gov.com", gt],
          ["https://{Region}.signin.c2shome.ic.gov", gt],
          ["https://{Region}.signin.sc2shome.sgov.gov", gt],
          ["https://{Region}.signin.csphome.hci.ic.gov", gt],
          ["https://{Region}.signin.csphome.adc-e.uk", gt],
          ["https://{Region}.signin.amazonaws-eusc.eu", gt],
          ["https://signin-fips.amazonaws-us-gov.com", gt],
          ["https://{Region}.signin-fips.amazonaws-us-gov.com", gt],
          ["https://{Region}.signin.{PartitionResult#dnsSuffix}", gt],
          [
            $o,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            $o,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [PB, gt],
          [
            "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            gt,
          ],
          [
            $o,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", gt],
          [$o, "FIPS is enabled but this partition does not support FIPS"],
          [NB, gt],
          [
            $o,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://signin.{Region}.{PartitionResult#dnsSuffix}", gt],
          [$o, "Invalid Configuration: Missing Region"],
        ],
      }),
      (BQ = 2),
      (te = 1e8),
      (FQ = new Int32Array([
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
        te + 27,
        6,
        te + 4,
        te + 27,
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
        te + 7,
        13,
        10,
        te + 8,
        14,
        12,
        te + 9,
        15,
        13,
        te + 10,
        16,
        14,
        te + 11,
        17,
        15,
        te + 12,
        18,
        16,
        te + 13,
        te + 16,
        6,
        te + 5,
        20,
        7,
        21,
        te + 6,
        17,
        te + 24,
        te + 25,
        6,
        te + 4,
        23,
        7,
        27,
        24,
        9,
        te + 14,
        25,
        10,
        te + 15,
        26,
        11,
        te + 22,
        te + 23,
        11,
        28,
        te + 21,
        17,
        te + 20,
        te + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        te + 27,
        6,
        te + 4,
        33,
        7,
        te + 27,
        34,
        9,
        te + 14,
        te + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        te + 18,
        te + 19,
        6,
        te + 4,
        te + 17,
        5,
        te + 1,
        40,
        8,
        te + 2,
        te + 3,
      ])),
      (UB = dr.from(FQ, BQ, $B.conditions, $B.results)));
  });
var GQ,
  FB,
  GB = d(() => {
    Se();
    Ae();
    BB();
    ((GQ = new mr({
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
      (FB = (t, e = {}) =>
        GQ.get(t, () => Pn(UB, { endpointParams: t, logger: e.logger }))));
    Dt.aws = jr;
  });
var Qr,
  kh = d(() => {
    U();
    Qr = class t extends ur {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Ml,
  $l,
  Ll,
  Ul,
  Tv = d(() => {
    kh();
    ((Ml = class t extends Qr {
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
      ($l = class t extends Qr {
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
      (Ll = class t extends Qr {
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
      (Ul = class t extends Qr {
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
var HQ,
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
  tZ,
  rZ,
  HB,
  _v,
  nZ,
  Ov,
  VB,
  jB,
  sZ,
  Bo,
  Av,
  oZ,
  Cv,
  iZ,
  XB,
  Dv,
  zB,
  pt,
  $h,
  aZ,
  Mh,
  qB,
  JB,
  WB,
  KB,
  cZ,
  uZ,
  lZ,
  Rv,
  pZ,
  yt,
  YB,
  QB,
  Bl,
  ZB,
  eF,
  tF,
  rF,
  Nv,
  fZ,
  nF,
  sF,
  oF,
  iF,
  aF,
  cF,
  uF,
  lF,
  Pv,
  kv,
  Fl = d(() => {
    Y();
    Tv();
    kh();
    ((HQ = "AccessDeniedException"),
      (VQ = "AccessToken"),
      (jQ = "CreateOAuth2Token"),
      (zQ = "CreateOAuth2TokenRequest"),
      (qQ = "CreateOAuth2TokenRequestBody"),
      (WQ = "CreateOAuth2TokenResponseBody"),
      (KQ = "CreateOAuth2TokenResponse"),
      (XQ = "CreateOAuth2TokenWithIAM"),
      (JQ = "CreateOAuth2TokenWithIAMRequest"),
      (YQ = "CreateOAuth2TokenWithIAMResponse"),
      (QQ = "InternalServerException"),
      (ZQ = "OAuthAccessToken"),
      (eZ = "RefreshToken"),
      (tZ = "TooManyRequestsError"),
      (rZ = "ValidationException"),
      (HB = "accessKeyId"),
      (_v = "accessToken"),
      (nZ = "access_token"),
      (Ov = "client"),
      (VB = "clientId"),
      (jB = "codeVerifier"),
      (sZ = "code"),
      (Bo = "error"),
      (Av = "expiresIn"),
      (oZ = "expires_in"),
      (Cv = "grantType"),
      (iZ = "grant_type"),
      (XB = "http"),
      (Dv = "httpError"),
      (zB = "idToken"),
      (pt = "jsonName"),
      ($h = "message"),
      (aZ = "resource"),
      (Mh = "refreshToken"),
      (qB = "redirectUri"),
      (JB = "smithy.ts.sdk.synthetic.com.amazonaws.signin"),
      (WB = "secretAccessKey"),
      (KB = "sessionToken"),
      (cZ = "server"),
      (uZ = "tokenInput"),
      (lZ = "tokenOutput"),
      (Rv = "tokenType"),
      (pZ = "token_type"),
      (yt = "com.amazonaws.signin"),
      (YB = new de(JB)),
      (QB = [-3, JB, "SigninServiceException", 0, [], []]));
    YB.registerError(QB, Qr);
    ((Bl = new de(yt)), (ZB = [-3, yt, HQ, { [Bo]: Ov }, [Bo, $h], [0, 0], 2]));
    Bl.registerError(ZB, Ml);
    eF = [-3, yt, QQ, { [Bo]: cZ, [Dv]: 500 }, [Bo, $h], [0, 0], 2];
    Bl.registerError(eF, $l);
    tF = [-3, yt, tZ, { [Bo]: Ov, [Dv]: 429 }, [Bo, $h], [0, 0], 2];
    Bl.registerError(tF, Ll);
    rF = [-3, yt, rZ, { [Bo]: Ov, [Dv]: 400 }, [Bo, $h], [0, 0], 2];
    Bl.registerError(rF, Ul);
    ((Nv = [YB, Bl]),
      (fZ = [0, yt, ZQ, 8, 0]),
      (nF = [0, yt, eZ, 8, 0]),
      (sF = [
        3,
        yt,
        VQ,
        8,
        [HB, WB, KB],
        [
          [0, { [pt]: HB }],
          [0, { [pt]: WB }],
          [0, { [pt]: KB }],
        ],
        3,
      ]),
      (oF = [3, yt, zQ, 0, [uZ], [[() => iF, 16]], 1]),
      (iF = [
        3,
        yt,
        qQ,
        0,
        [VB, Cv, sZ, qB, jB, Mh],
        [
          [0, { [pt]: VB }],
          [0, { [pt]: Cv }],
          0,
          [0, { [pt]: qB }],
          [0, { [pt]: jB }],
          [() => nF, { [pt]: Mh }],
        ],
        2,
      ]),
      (aF = [3, yt, KQ, 0, [lZ], [[() => cF, 16]], 1]),
      (cF = [
        3,
        yt,
        WQ,
        0,
        [_v, Rv, Av, Mh, zB],
        [
          [() => sF, { [pt]: _v }],
          [0, { [pt]: Rv }],
          [1, { [pt]: Av }],
          [() => nF, { [pt]: Mh }],
          [0, { [pt]: zB }],
        ],
        4,
      ]),
      (uF = [3, yt, JQ, 0, [Cv, aZ], [[0, { [pt]: iZ }], 0], 2]),
      (lF = [
        3,
        yt,
        YQ,
        0,
        [_v, Rv, Av],
        [
          [() => fZ, { [pt]: nZ }],
          [0, { [pt]: pZ }],
          [1, { [pt]: oZ }],
        ],
        3,
      ]),
      (Pv = [
        9,
        yt,
        jQ,
        { [XB]: ["POST", "/v1/token", 200] },
        () => oF,
        () => aF,
      ]),
      (kv = [
        9,
        yt,
        XQ,
        { [XB]: ["POST", "/v1/token?x-amz-client-auth-method=iam", 200] },
        () => uF,
        () => lF,
      ]));
  });
var pF,
  fF = d(() => {
    It();
    Ii();
    kt();
    io();
    U();
    L();
    P();
    xv();
    GB();
    Fl();
    pF = (t) => ({
      apiVersion: "2023-01-01",
      base64Decoder: t?.base64Decoder ?? De,
      base64Encoder: t?.base64Encoder ?? ve,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? FB,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? TB,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new ht(),
        },
      ],
      logger: t?.logger ?? new Ot(),
      protocol: t?.protocol ?? rs,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: Nv,
        version: "2023-01-01",
        serviceTarget: "Signin",
      },
      serviceId: t?.serviceId ?? "Signin",
      sha256: t?.sha256 ?? Lr,
      urlParser: t?.urlParser ?? rt,
      utf8Decoder: t?.utf8Decoder ?? He,
      utf8Encoder: t?.utf8Encoder ?? Ie,
    });
  });
var Lh,
  dF,
  mF = d(() => {
    Wu();
    Se();
    It();
    U();
    ye();
    Hr();
    P();
    Lh = ge(Ei());
    fF();
    dF = (t) => {
      En(process.version);
      let e = Dn(t),
        r = () => e().then(Sn),
        n = pF(t);
      wn(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? H(zr, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? Tn,
        defaultSocketTimeout: vn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Vr({ serviceId: n.serviceId, clientVersion: Ro.version }),
        maxAttempts: t?.maxAttempts ?? H(jn, t),
        region: t?.region ?? H(nt, { ...wt, ...s }),
        requestHandler: Lh.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          H({ ...qn, default: async () => (await r()).retryMode || yr }, t),
        streamCollector: t?.streamCollector ?? Lh.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? H(Rn, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? H(On, s),
        userAgentAppId: t?.userAgentAppId ?? H(Kn, s),
      };
    };
  });
var hF,
  gF,
  yF = d(() => {
    ((hF = (t) => {
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
      (gF = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var SF,
  EF = d(() => {
    Se();
    U();
    L();
    yF();
    SF = (t, e) => {
      let r = Object.assign(Jn(t), Pr(t), Mn(t), hF(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, Yn(r), bn(r), $n(r), gF(r))
      );
    };
  });
var Gl,
  Mv = d(() => {
    Se();
    kt();
    U();
    ye();
    Ae();
    L();
    Hr();
    Y();
    xv();
    wv();
    mF();
    EF();
    Gl = class extends dt {
      config;
      constructor(...[e]) {
        let r = dF(e || {});
        (super(r), (this.initConfig = r));
        let n = AB(r),
          s = Hn(n),
          o = zn(s),
          i = Xt(o),
          a = i,
          c = xs(a),
          u = _B(c),
          l = SF(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(gn(this.config)),
          this.middlewareStack.use(Wn(this.config)),
          this.middlewareStack.use(_s(this.config)),
          this.middlewareStack.use(Ln(this.config)),
          this.middlewareStack.use(Bn(this.config)),
          this.middlewareStack.use(Fn(this.config)),
          this.middlewareStack.use(Gn(this.config)),
          this.middlewareStack.use(
            Ur(this.config, {
              httpAuthSchemeParametersProvider: IB,
              identityProviderConfigProvider: async (p) =>
                new Zt({ "aws.auth#sigv4": p.credentials }),
            }),
          ),
          this.middlewareStack.use(Br(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Uh,
  bF,
  xF,
  Bh,
  $v = d(() => {
    U();
    Ae();
    wv();
    ((Uh = xn(CB, "Signin", "SigninClient", ws)),
      (bF = { IsControlPlane: { type: "staticContextParams", value: !1 } }),
      (xF = { IsOAuthEndpoint: { type: "staticContextParams", value: !0 } }),
      (Bh = (t, e, r, n) => []));
  });
var Hl,
  Lv = d(() => {
    $v();
    Fl();
    Hl = class extends Uh(bF, Bh, "CreateOAuth2Token", Pv) {};
  });
var Vl,
  Uv = d(() => {
    $v();
    Fl();
    Vl = class extends Uh(xF, Bh, "CreateOAuth2TokenWithIAM", kv) {};
  });
var dZ,
  Fh,
  wF = d(() => {
    U();
    Lv();
    Uv();
    Mv();
    ((dZ = {
      CreateOAuth2TokenCommand: Hl,
      CreateOAuth2TokenWithIAMCommand: Vl,
    }),
      (Fh = class extends Gl {}));
    yn(dZ, Fh);
  });
var vF = d(() => {
  Lv();
  Uv();
});
var mZ,
  IF = d(() => {
    mZ = {
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
var TF = d(() => {});
var _F = {};
ie(_F, {
  $Command: () => bt,
  AccessDeniedException: () => Ml,
  AccessDeniedException$: () => ZB,
  AccessToken$: () => sF,
  CreateOAuth2Token$: () => Pv,
  CreateOAuth2TokenCommand: () => Hl,
  CreateOAuth2TokenRequest$: () => oF,
  CreateOAuth2TokenRequestBody$: () => iF,
  CreateOAuth2TokenResponse$: () => aF,
  CreateOAuth2TokenResponseBody$: () => cF,
  CreateOAuth2TokenWithIAM$: () => kv,
  CreateOAuth2TokenWithIAMCommand: () => Vl,
  CreateOAuth2TokenWithIAMRequest$: () => uF,
  CreateOAuth2TokenWithIAMResponse$: () => lF,
  InternalServerException: () => $l,
  InternalServerException$: () => eF,
  OAuth2ErrorCode: () => mZ,
  Signin: () => Fh,
  SigninClient: () => Gl,
  SigninServiceException: () => Qr,
  SigninServiceException$: () => QB,
  TooManyRequestsError: () => Ll,
  TooManyRequestsError$: () => tF,
  ValidationException: () => Ul,
  ValidationException$: () => rF,
  __Client: () => dt,
  errorTypeRegistries: () => Nv,
});
var AF = d(() => {
  Mv();
  wF();
  vF();
  U();
  Fl();
  IF();
  Tv();
  TF();
  kh();
});
var OF = xe((RF) => {
  var { setCredentialFeature: hZ } = (Se(), D(Qn)),
    {
      CredentialsProviderError: Fo,
      parseKnownFiles: gZ,
      getProfileName: yZ,
    } = (ye(), D(fr)),
    { HttpRequest: SZ } = (L(), D(xo)),
    {
      createHash: EZ,
      createPrivateKey: bZ,
      createPublicKey: xZ,
      sign: wZ,
    } = Rt("node:crypto"),
    { promises: Bv } = Rt("node:fs"),
    { homedir: vZ } = Rt("node:os"),
    { dirname: IZ, join: CF } = Rt("node:path"),
    Fv = class t {
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
          throw new Fo(
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
        let { SigninClient: c, CreateOAuth2TokenCommand: u } = (AF(), D(_F)),
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
            { refreshToken: j, expiresIn: oe } = w.tokenOutput ?? {};
          if (!I || !v || !A || !j)
            throw new Fo("Token refresh response missing required fields", {
              logger: this.logger,
              tryNextLink: !1,
            });
          let be = (oe ?? 900) * 1e3,
            tt = new Date(Date.now() + be),
            Q = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: I,
                secretAccessKey: v,
                sessionToken: A,
                expiresAt: tt.toISOString(),
              },
              refreshToken: j,
            };
          return (await this.saveToken(Q), this.toCredentials(Q.accessToken));
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
            throw new Fo(A, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(w)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new Fo(
            `Failed to refresh token: ${String(w)}. Please re-authenticate using aws login`,
            { logger: this.logger },
          );
        }
      }
      async loadToken() {
        let e = this.getTokenFilePath();
        try {
          let r = await Bv.readFile(e, "utf8"),
            n = JSON.parse(r),
            s = ["accessToken", "clientId", "refreshToken", "dpopKey"].filter(
              (o) => !n[o],
            );
          if ((n.accessToken?.accountId || s.push("accountId"), s.length > 0))
            throw new Fo(
              `Token validation failed, missing fields: ${s.join(", ")}`,
              { logger: this.logger, tryNextLink: !1 },
            );
          return n;
        } catch (r) {
          throw new Fo(`Failed to load token from ${e}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(e) {
        let r = this.getTokenFilePath(),
          n = IZ(r);
        try {
          await Bv.mkdir(n, { recursive: !0 });
        } catch {}
        await Bv.writeFile(r, JSON.stringify(e, null, 2), "utf8");
      }
      getTokenFilePath() {
        let e =
            process.env.AWS_LOGIN_CACHE_DIRECTORY ??
            CF(vZ(), ".aws", "login", "cache"),
          r = Buffer.from(this.loginSession, "utf8"),
          n = EZ("sha256").update(r).digest("hex");
        return CF(e, `${n}.json`);
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
            if (SZ.isInstance(n.request)) {
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
          let s = bZ({ key: n.dpopKey, format: "pem", type: "sec1" }),
            i = xZ(s).export({ format: "der", type: "spki" }),
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
            E = wZ("sha256", Buffer.from(y), s),
            b = this.derToRawSignature(E).toString("base64url");
          return `${y}.${b}`;
        } catch (s) {
          throw new Fo(
            `Failed to generate Dpop proof: ${s instanceof Error ? s.message : String(s)}`,
            { logger: this.logger, tryNextLink: !1 },
          );
        }
      }
    },
    TZ =
      (t) =>
      async ({ callerClientConfig: e } = {}) => {
        t?.logger?.debug?.(
          "@aws-sdk/credential-providers - fromLoginCredentials",
        );
        let r = await gZ(t || {}),
          n = yZ({ profile: t?.profile ?? e?.profile }),
          s = r[n];
        if (!s?.login_session)
          throw new Fo(`Profile ${n} does not contain login_session.`, {
            tryNextLink: !0,
            logger: t?.logger,
          });
        let i = await new Fv(s, t, e).loadCredentials();
        return hZ(i, "CREDENTIALS_LOGIN", "AD");
      };
  RF.fromLoginCredentials = TZ;
});
var Hv = xe((DF) => {
  var {
      externalDataInterceptor: _Z,
      CredentialsProviderError: Gv,
      parseKnownFiles: AZ,
      getProfileName: CZ,
    } = (ye(), D(fr)),
    { exec: RZ } = Rt("node:child_process"),
    { promisify: OZ } = Rt("node:util"),
    { setCredentialFeature: DZ } = (Se(), D(Qn)),
    NZ = (t, e, r) => {
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
      return (DZ(s, "CREDENTIALS_PROCESS", "w"), s);
    },
    PZ = async (t, e, r) => {
      let n = e[t];
      if (e[t]) {
        let s = n.credential_process;
        if (s !== void 0) {
          let o = OZ(_Z?.getTokenRecord?.().exec ?? RZ);
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
            return NZ(t, a, e);
          } catch (i) {
            throw new Gv(i.message, { logger: r });
          }
        } else
          throw new Gv(`Profile ${t} did not contain credential_process.`, {
            logger: r,
          });
      } else
        throw new Gv(
          `Profile ${t} could not be found in shared credentials file.`,
          { logger: r },
        );
    },
    kZ =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
        let r = await AZ(t);
        return PZ(CZ({ profile: t.profile ?? e?.profile }), r, t.logger);
      };
  DF.fromProcess = kZ;
});
var jv = xe((Vv) => {
  var { setCredentialFeature: MZ } = (Se(), D(Qn)),
    { CredentialsProviderError: $Z, externalDataInterceptor: LZ } =
      (ye(), D(fr)),
    { readFileSync: UZ } = Rt("node:fs"),
    PF = (t) => async (e) => {
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
        let { getDefaultRoleAssumerWithWebIdentity: l } = (bv(), D(Ev));
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
    NF = "AWS_WEB_IDENTITY_TOKEN_FILE",
    BZ = "AWS_ROLE_ARN",
    FZ = "AWS_ROLE_SESSION_NAME",
    GZ =
      (t = {}) =>
      async (e) => {
        t.logger?.debug(
          "@aws-sdk/credential-provider-web-identity - fromTokenFile",
        );
        let r = t?.webIdentityTokenFile ?? process.env[NF],
          n = t?.roleArn ?? process.env[BZ],
          s = t?.roleSessionName ?? process.env[FZ];
        if (!r || !n)
          throw new $Z("Web identity configuration not specified", {
            logger: t.logger,
          });
        let o = await PF({
          ...t,
          webIdentityToken:
            LZ?.getTokenRecord?.()[r] ?? UZ(r, { encoding: "ascii" }),
          roleArn: n,
          roleSessionName: s,
        })(e);
        return (
          r === process.env[NF] &&
            MZ(o, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"),
          o
        );
      };
  Vv.fromTokenFile = GZ;
  Vv.fromWebToken = PF;
});
var FF = xe((BF) => {
  var {
      CredentialsProviderError: Gh,
      chain: HZ,
      getProfileName: LF,
      parseKnownFiles: VZ,
    } = (ye(), D(fr)),
    { setCredentialFeature: Ns } = (Se(), D(Qn)),
    jZ = (t, e, r) => {
      let n = {
        EcsContainer: async (s) => {
          let { fromHttp: o } = r0(),
            { fromContainerMetadata: i } = _m();
          return (
            r?.debug(
              "@aws-sdk/credential-provider-ini - credential_source is EcsContainer",
            ),
            async () => HZ(o(s ?? {}), i(s))().then(zv)
          );
        },
        Ec2InstanceMetadata: async (s) => {
          r?.debug(
            "@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata",
          );
          let { fromInstanceMetadata: o } = _m();
          return async () => o(s)().then(zv);
        },
        Environment: async (s) => {
          r?.debug(
            "@aws-sdk/credential-provider-ini - credential_source is Environment",
          );
          let { fromEnv: o } = Vw();
          return async () => o(s)().then(zv);
        },
      };
      if (t in n) return n[t];
      throw new Gh(
        `Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    },
    zv = (t) => Ns(t, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p"),
    zZ = (t, { profile: e = "default", logger: r } = {}) =>
      !!t &&
      typeof t == "object" &&
      typeof t.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof t.role_session_name) > -1 &&
      ["undefined", "string"].indexOf(typeof t.external_id) > -1 &&
      ["undefined", "string"].indexOf(typeof t.mfa_serial) > -1 &&
      (qZ(t, { profile: e, logger: r }) || WZ(t, { profile: e, logger: r })),
    qZ = (t, { profile: e, logger: r }) => {
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
    WZ = (t, { profile: e, logger: r }) => {
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
    KZ = async (t, e, r, n, s = {}, o) => {
      r.logger?.debug(
        "@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)",
      );
      let i = e[t],
        { source_profile: a, region: c } = i;
      if (!r.roleAssumer) {
        let { getDefaultRoleAssumer: l } = (bv(), D(Ev));
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
        throw new Gh(
          `Detected a cycle attempting to resolve credentials for profile ${LF(r)}. Profiles visited: ` +
            Object.keys(s).join(", "),
          { logger: r.logger },
        );
      r.logger?.debug(
        `@aws-sdk/credential-provider-ini - finding credential resolver using ${a ? `source_profile=[${a}]` : `profile=[${t}]`}`,
      );
      let u = a
        ? o(a, e, r, n, { ...s, [a]: !0 }, kF(e[a] ?? {}))
        : (await jZ(i.credential_source, t, r.logger)(r))();
      if (kF(i))
        return u.then((l) => Ns(l, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
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
            throw new Gh(
              `Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
              { logger: r.logger, tryNextLink: !1 },
            );
          ((l.SerialNumber = p), (l.TokenCode = await r.mfaCodeProvider(p)));
        }
        let h = await u;
        return r
          .roleAssumer(h, l)
          .then((g) => Ns(g, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      }
    },
    kF = (t) => !t.role_arn && !!t.credential_source,
    XZ = (t) => !!(t && t.login_session),
    JZ = async (t, e, r) => {
      let { fromLoginCredentials: n } = OF(),
        s = await n({ ...e, profile: t })({ callerClientConfig: r });
      return Ns(s, "CREDENTIALS_PROFILE_LOGIN", "AC");
    },
    YZ = (t) =>
      !!t && typeof t == "object" && typeof t.credential_process == "string",
    QZ = async (t, e) => {
      let { fromProcess: r } = Hv(),
        n = await r({ ...t, profile: e })();
      return Ns(n, "CREDENTIALS_PROFILE_PROCESS", "v");
    },
    ZZ = async (t, e, r = {}, n) => {
      let { fromSSO: s } = Z0();
      return s({
        profile: t,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: n }).then((o) =>
        e.sso_session
          ? Ns(o, "CREDENTIALS_PROFILE_SSO", "r")
          : Ns(o, "CREDENTIALS_PROFILE_SSO_LEGACY", "t"),
      );
    },
    eee = (t) =>
      t &&
      (typeof t.sso_start_url == "string" ||
        typeof t.sso_account_id == "string" ||
        typeof t.sso_session == "string" ||
        typeof t.sso_region == "string" ||
        typeof t.sso_role_name == "string"),
    MF = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.aws_access_key_id == "string" &&
      typeof t.aws_secret_access_key == "string" &&
      ["undefined", "string"].indexOf(typeof t.aws_session_token) > -1 &&
      ["undefined", "string"].indexOf(typeof t.aws_account_id) > -1,
    $F = async (t, e) => {
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
      return Ns(r, "CREDENTIALS_PROFILE", "n");
    },
    tee = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.web_identity_token_file == "string" &&
      typeof t.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof t.role_session_name) > -1,
    ree = async (t, e, r) => {
      let { fromTokenFile: n } = jv(),
        s = await n({
          webIdentityTokenFile: t.web_identity_token_file,
          roleArn: t.role_arn,
          roleSessionName: t.role_session_name,
          roleAssumerWithWebIdentity: e.roleAssumerWithWebIdentity,
          logger: e.logger,
          parentClientConfig: e.parentClientConfig,
        })({ callerClientConfig: r });
      return Ns(s, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
    },
    UF = async (t, e, r, n, s = {}, o = !1) => {
      let i = e[t];
      if (Object.keys(s).length > 0 && MF(i)) return $F(i, r);
      if (o || zZ(i, { profile: t, logger: r.logger }))
        return KZ(t, e, r, n, s, UF);
      if (MF(i)) return $F(i, r);
      if (tee(i)) return ree(i, r, n);
      if (YZ(i)) return QZ(r, t);
      if (eee(i)) return await ZZ(t, i, r, n);
      if (XZ(i)) return JZ(t, r, n);
      throw new Gh(
        `Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    },
    nee =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
        let r = await VZ(t);
        return UF(LF({ profile: t.profile ?? e?.profile }), r, t, e);
      };
  BF.fromIni = nee;
});
var jF = xe((Vh) => {
  var { ENV_KEY: see, ENV_SECRET: oee, fromEnv: iee } = Vw(),
    {
      chain: aee,
      CredentialsProviderError: Hh,
      ENV_PROFILE: cee,
    } = (ye(), D(fr)),
    GF = "AWS_EC2_METADATA_DISABLED",
    uee = async (t) => {
      let {
        ENV_CMDS_FULL_URI: e,
        ENV_CMDS_RELATIVE_URI: r,
        fromContainerMetadata: n,
        fromInstanceMetadata: s,
      } = _m();
      if (process.env[r] || process.env[e]) {
        t.logger?.debug(
          "@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata",
        );
        let { fromHttp: o } = r0();
        return aee(o(t), n(t));
      }
      return process.env[GF] && process.env[GF] !== "false"
        ? async () => {
            throw new Hh("EC2 Instance Metadata Service access disabled", {
              logger: t.logger,
            });
          }
        : (t.logger?.debug(
            "@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata",
          ),
          s(t));
    };
  function lee(t, e) {
    let r = pee(t),
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
  var pee = (t) => async (e) => {
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
    HF = !1,
    fee = (t = {}) =>
      lee(
        [
          async () => {
            if (t.profile ?? process.env[cee])
              throw (
                process.env[see] &&
                  process.env[oee] &&
                  (HF ||
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
                    (HF = !0))),
                new Hh("AWS_PROFILE is set, skipping fromEnv provider.", {
                  logger: t.logger,
                  tryNextLink: !0,
                })
              );
            return (
              t.logger?.debug(
                "@aws-sdk/credential-provider-node - defaultProvider::fromEnv",
              ),
              iee(t)()
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
              throw new Hh(
                "Skipping SSO provider in default chain (inputs do not include SSO fields).",
                { logger: t.logger },
              );
            let { fromSSO: a } = Z0();
            return a(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromIni",
            );
            let { fromIni: r } = FF();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromProcess",
            );
            let { fromProcess: r } = Hv();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile",
            );
            let { fromTokenFile: r } = jv();
            return r(t)(e);
          },
          async () => (
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::remoteProvider",
            ),
            (await uee(t))()
          ),
          async () => {
            throw new Hh("Could not load credentials from any providers", {
              tryNextLink: !1,
              logger: t.logger,
            });
          },
        ],
        VF,
      ),
    dee = (t) => t?.expiration !== void 0,
    VF = (t) =>
      t?.expiration !== void 0 && t.expiration.getTime() - Date.now() < 3e5;
  Vh.credentialsTreatedAsExpired = VF;
  Vh.credentialsWillNeedRefresh = dee;
  Vh.defaultProvider = fee;
});
var XF = xe((Qv) => {
  var {
      JsonCodec: mee,
      JsonShapeSerializer: hee,
      JsonShapeDeserializer: gee,
      JsonCodec2: yee,
      JsonShapeSerializer2: See,
      JsonShapeDeserializer2: Eee,
    } = (Ii(), D(N0)),
    { NormalizedSchema: jh } = (Y(), D(WS)),
    { toBase64: zF, fromBase64: qF } = (P(), D(ci)),
    qv = class extends mee {
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
    },
    WF = "com.amazonaws.dynamodb#AttributeValue",
    Wv = class extends hee {
      _write(e, r, n) {
        let s = jh.of(e);
        if (
          s.isStructSchema() &&
          s.getName(!0) === WF &&
          r &&
          typeof r == "object"
        ) {
          let o = r,
            i = this.copyRemoveNulls(o),
            a = this.serdeContext?.base64Encoder ?? zF;
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
    Kv = class extends gee {
      _read(e, r) {
        let n = jh.of(e);
        if (
          n.isStructSchema() &&
          n.getName(!0) === WF &&
          r &&
          typeof r == "object"
        ) {
          let s = r,
            o = s,
            i = this.serdeContext?.base64Decoder ?? qF;
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
    KF = "com.amazonaws.dynamodb#AttributeValue",
    Xv = class extends See {
      writeValue(e, r, n) {
        if (r != null && typeof r == "object") {
          let s = jh.of(e);
          if (s.isStructSchema() && s.getName(!0) === KF) {
            this.writeAttributeValue(r);
            return;
          }
        }
        super.writeValue(e, r, n);
      }
      writeAttributeValue(e) {
        let r = this.serdeContext?.base64Encoder ?? zF;
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
    Jv = class extends Eee {
      _read(e, r) {
        let n = jh.of(e);
        return n.isStructSchema() &&
          n.getName(!0) === KF &&
          r &&
          typeof r == "object"
          ? this.readAttributeValue(r)
          : super._read(n, r);
      }
      readAttributeValue(e) {
        let r = this.serdeContext?.base64Decoder ?? qF,
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
    Yv = class extends yee {
      constructor() {
        super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
      }
      createSerializer() {
        let e = new Xv(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Jv(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  Qv.DynamoDBJsonCodec = qv;
  Qv.DynamoDBJsonCodec2 = Yv;
});
var Vi = xe((f) => {
  var {
      NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: bee,
      resolveAccountIdEndpointModeConfig: xee,
    } = (gC(), D(hC)),
    {
      awsEndpointFunctions: wee,
      emitWarningIfUnsupportedVersion: vee,
      createDefaultUserAgentProvider: Iee,
      getDefaultSocketTimeout: Tee,
      NODE_APP_ID_CONFIG_OPTIONS: _ee,
      getAwsRegionExtensionConfiguration: Aee,
      resolveAwsRegionExtensionConfiguration: Cee,
      resolveUserAgentConfig: Ree,
      resolveHostHeaderConfig: Oee,
      getUserAgentPlugin: Dee,
      getHostHeaderPlugin: Nee,
      getLoggerPlugin: Pee,
      getRecursionDetectionPlugin: kee,
    } = (Se(), D(Qn)),
    {
      NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS: Mee,
      resolveEndpointDiscoveryConfig: $ee,
    } = p1(),
    {
      getHttpAuthSchemeEndpointRuleSetPlugin: Lee,
      DefaultIdentityProviderConfig: Uee,
      getHttpSigningPlugin: Bee,
      createPaginator: $i,
    } = (kt(), D(GP)),
    {
      normalizeProvider: E2,
      getSmithyContext: Fee,
      makeBuilder: Gee,
      ServiceException: Hee,
      NoOpLogger: Vee,
      emitWarningIfUnsupportedVersion: jee,
      loadConfigsForDefaultMode: zee,
      getDefaultExtensionConfiguration: qee,
      resolveDefaultRuntimeConfig: Wee,
      Client: b2,
      createWaiter: Ft,
      checkExceptions: Li,
      WaiterState: Re,
      createAggregatedClient: Kee,
    } = (U(), D(af)),
    { Command: Xee } = (U(), D(af));
  f.$Command = Xee;
  f.__Client = b2;
  var {
      resolveDefaultsModeConfig: Jee,
      loadConfig: Ps,
      NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: Yee,
      NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: Qee,
      NODE_REGION_CONFIG_OPTIONS: Zee,
      NODE_REGION_CONFIG_FILE_OPTIONS: ete,
      resolveRegionConfig: tte,
    } = (ye(), D(fr)),
    {
      getEndpointPlugin: rte,
      BinaryDecisionDiagram: nte,
      EndpointCache: ste,
      decideEndpoint: ote,
      customEndpointFunctions: ite,
      resolveEndpointConfig: ate,
    } = (Ae(), D(gD)),
    {
      parseUrl: cte,
      getHttpHandlerExtensionConfiguration: ute,
      resolveHttpHandlerRuntimeConfig: lte,
      getContentLengthPlugin: pte,
    } = (L(), D(xo)),
    {
      DEFAULT_RETRY_MODE: fte,
      NODE_RETRY_MODE_CONFIG_OPTIONS: dte,
      NODE_MAX_ATTEMPT_CONFIG_OPTIONS: JF,
      Retry: tI,
      resolveRetryConfig: mte,
      getRetryPlugin: hte,
    } = (Hr(), D(mk)),
    { TypeRegistry: x2, getSchemaSerdePlugin: gte } = (Y(), D(WS)),
    {
      resolveAwsSdkSigV4Config: yte,
      AwsSdkSigV4Signer: Ste,
      NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: Ete,
    } = (It(), D(Hw)),
    { defaultProvider: bte } = jF(),
    {
      toUtf8: xte,
      fromUtf8: wte,
      toBase64: vte,
      fromBase64: Ite,
      calculateBodyLength: Tte,
    } = (P(), D(ci)),
    { streamCollector: _te, NodeHttpHandler: Ate } = Ei(),
    { AwsJson1_0Protocol: Cte } = (Ii(), D(N0)),
    { DynamoDBJsonCodec2: Rte } = XF(),
    { Sha256: Ote } = (io(), D(vN)),
    Dte = async (t, e, r) => ({
      operation: Fee(e).operation,
      region:
        (await E2(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
  function Nte(t) {
    return {
      schemeId: "aws.auth#sigv4",
      signingProperties: { name: "dynamodb", region: t.region },
      propertiesExtractor: (e, r) => ({
        signingProperties: { config: e, context: r },
      }),
    };
  }
  var Pte = (t) => {
      let e = [];
      switch (t.operation) {
        default:
          e.push(Nte(t));
      }
      return e;
    },
    kte = (t) => {
      let e = yte(t);
      return Object.assign(e, {
        authSchemePreference: E2(t.authSchemePreference ?? []),
      });
    },
    Mte = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "dynamodb",
      }),
    $te = {
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
    C = Gee($te, "DynamoDB_20120810", "DynamoDBClient", rte),
    Ho = {},
    w2 = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) => Object.keys(t?.RequestItems ?? {}),
      },
    },
    v2 = { ResourceArn: { type: "contextParams", name: "BulkOperationArn" } },
    Te = { ResourceArn: { type: "contextParams", name: "TableName" } },
    ip = { ResourceArn: { type: "contextParams", name: "GlobalTableName" } },
    I2 = { ResourceArn: { type: "contextParams", name: "BackupArn" } },
    Sc = { ResourceArn: { type: "contextParams", name: "ResourceArn" } },
    Lte = { ResourceArn: { type: "contextParams", name: "ExportArn" } },
    Ute = { ResourceArn: { type: "contextParams", name: "ImportArn" } },
    sI = { ResourceArn: { type: "contextParams", name: "TableArn" } },
    Bte = {
      ResourceArn: {
        type: "operationContextParams",
        get: (t) => t?.TableCreationParameters?.TableName,
      },
    },
    T2 = { ResourceArn: { type: "contextParams", name: "TargetTableName" } },
    Fte = {
      IsSearchOperation: { type: "staticContextParams", value: !0 },
      ResourceArn: { type: "contextParams", name: "TableName" },
    },
    Gte = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) => t?.TransactItems?.map((e) => e?.Get?.TableName),
      },
    },
    Hte = {
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
    q = class t extends Hee {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    },
    zh = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#BackupInUseException";
      name = "BackupInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "BackupInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    qh = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#BackupNotFoundException";
      name = "BackupNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "BackupNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Wh = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#InternalServerError";
      name = "InternalServerError";
      $fault = "server";
      constructor(e) {
        (super({ name: "InternalServerError", $fault: "server", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Kh = class t extends q {
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
    Xh = class t extends q {
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
    Jh = class t extends q {
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
    Yh = class t extends q {
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
    Qh = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ResourceNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Zh = class t extends q {
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
    eg = class t extends q {
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
    tg = class t extends q {
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
    rg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(e) {
        (super({ name: "LimitExceededException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ng = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#TableInUseException";
      name = "TableInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    sg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#TableNotFoundException";
      name = "TableNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    og = class t extends q {
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
    ig = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ResourceInUseException";
      name = "ResourceInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ResourceInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ag = class t extends q {
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
    cg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#PolicyNotFoundException";
      name = "PolicyNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "PolicyNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ug = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ExportNotFoundException";
      name = "ExportNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExportNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    lg = class t extends q {
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
    pg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ImportNotFoundException";
      name = "ImportNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ImportNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    fg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#DuplicateItemException";
      name = "DuplicateItemException";
      $fault = "client";
      constructor(e) {
        (super({ name: "DuplicateItemException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    dg = class t extends q {
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
    mg = class t extends q {
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
    hg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ExportConflictException";
      name = "ExportConflictException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExportConflictException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    gg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#InvalidExportTimeException";
      name = "InvalidExportTimeException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidExportTimeException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    yg = class t extends q {
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
    Sg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ImportConflictException";
      name = "ImportConflictException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ImportConflictException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Eg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#TableAlreadyExistsException";
      name = "TableAlreadyExistsException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableAlreadyExistsException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    bg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#InvalidRestoreTimeException";
      name = "InvalidRestoreTimeException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidRestoreTimeException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    xg = class t extends q {
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
    wg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#ReplicaNotFoundException";
      name = "ReplicaNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ReplicaNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    vg = class t extends q {
      static shapeId = "com.amazonaws.dynamodb#IndexNotFoundException";
      name = "IndexNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "IndexNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Ig = class t extends q {
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
    Tg = class t extends q {
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
    Vte = "Action",
    jte = "ArchivalBackupArn",
    oI = "ApproximateCreationDateTimePrecision",
    zte = "AttributeDefinition",
    qte = "ArchivalDateTime",
    ap = "AttributeDefinitions",
    Wte = "AttributeMap",
    Kte = "AccountMaxReadCapacityUnits",
    Xte = "AccountMaxWriteCapacityUnits",
    Ec = "AttributeName",
    Jte = "ArchivalReason",
    _2 = "ArchivalSummary",
    A2 = "AutoScalingDisabled",
    Yte = "AutoScalingPolicyDescription",
    Qte = "AutoScalingPolicyDescriptionList",
    Zte = "AutoScalingPolicyUpdate",
    C2 = "AutoScalingRoleArn",
    ere = "AutoScalingSettingsDescription",
    tre = "AutoScalingSettingsUpdate",
    rre = "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
    nre = "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
    sre = "AttributeType",
    xy = "AttributesToGet",
    R2 = "AttributeUpdates",
    ore = "AttributeValue",
    iI = "AttributeValueList",
    ire = "AttributeValueUpdate",
    are = "Address",
    aI = "Attributes",
    O2 = "Backfilling",
    cp = "BackupArn",
    D2 = "BackupCreationDateTime",
    cI = "BackupDescription",
    uI = "BackupDetails",
    N2 = "BackupExpiryDateTime",
    cre = "BatchExecuteStatement",
    ure = "BatchExecuteStatementInput",
    lre = "BatchExecuteStatementOutput",
    pre = "BatchGetItem",
    fre = "BatchGetItemInput",
    dre = "BatchGetItemOutput",
    mre = "BatchGetResponseMap",
    hre = "BatchGetRequestMap",
    gre = "BackupInUseException",
    up = "BillingMode",
    P2 = "BillingModeOverride",
    k2 = "BillingModeSummary",
    lI = "BackupName",
    yre = "BackupNotFoundException",
    lp = "BulkOperationArn",
    Sre = "BulkOperationBytes",
    pI = "BulkOperationDescription",
    Ere = "BOOL",
    fI = "BulkOperationStatus",
    M2 = "BulkOperationsSummaryList",
    bre = "BulkOperationSummary",
    xre = "BulkOperationTableDetail",
    wre = "BulkOperationTableDetails",
    $2 = "BulkOperationUsage",
    vre = "BulkOperationUsageMultiple",
    Ire = "BulkOperationVectorBytes",
    L2 = "BulkPutBytes",
    Tre = "BulkPutVectorBytes",
    U2 = "BackupStatus",
    B2 = "BackupSizeBytes",
    _re = "BilledSizeBytes",
    Are = "BatchStatementError",
    Cre = "BatchStatementRequest",
    Rre = "BatchStatementResponse",
    Ore = "BS",
    Dre = "BackupSummary",
    F2 = "BackupSummaries",
    dI = "BackupType",
    Nre = "BatchWriteItem",
    Pre = "BatchWriteItemInput",
    kre = "BatchWriteItemOutput",
    Mre = "BatchWriteItemRequestMap",
    $re = "B",
    G2 = "Code",
    Lre = "CreateBackup",
    mI = "ContinuousBackupsDescription",
    Ure = "CreateBackupInput",
    Bre = "CreateBackupOutput",
    Fre = "CancelBulkOperationInput",
    Gre = "CancelBulkOperationOutput",
    Hre = "CancelBulkOperation",
    Vre = "ContinuousBackupsStatus",
    jre = "ContinuousBackupsUnavailableException",
    Ct = "ConsumedCapacity",
    zre = "ConditionalCheckFailedException",
    qre = "ConsumedCapacityMultiple",
    H2 = "ConditionCheck",
    V2 = "CreationDateTime",
    Ui = "ConditionExpression",
    Wre = "CreateGlobalSecondaryIndexAction",
    Kre = "CreateGlobalTable",
    Xre = "CreateGlobalTableInput",
    Jre = "CreateGlobalTableOutput",
    Yre = "CreateGlobalTableWitnessGroupMemberAction",
    Qre = "ContributorInsightsAction",
    wy = "ContributorInsightsMode",
    Zre = "ContributorInsightsRuleList",
    ene = "ContributorInsightsSummary",
    hI = "ContributorInsightsStatus",
    j2 = "ContributorInsightsSummaries",
    z2 = "ComparisonOperator",
    pp = "ConditionalOperator",
    tne = "CsvOptions",
    rne = "CachePeriodInMinutes",
    nne = "CancellationReasons",
    sne = "CreateReplicaAction",
    one = "CreateReplicationGroupMemberAction",
    ine = "CancellationReasonList",
    ane = "ConfirmRemoveSelfResourceAccess",
    q2 = "ClientRequestToken",
    cne = "CancellationReason",
    bc = "ConsistentRead",
    xc = "ClientToken",
    une = "CreateTableInput",
    lne = "CreateTableOutput",
    pne = "CreateTable",
    W2 = "CapacityUnits",
    fne = "CreateVectorIndexAction",
    K2 = "CloudWatchLogGroupArn",
    dne = "Capacity",
    mne = "Condition",
    X2 = "Count",
    fp = "Create",
    hne = "Csv",
    vy = "Dimensions",
    gne = "DeleteBackup",
    yne = "DeleteBackupInput",
    Sne = "DescribeBackupInput",
    Ene = "DeleteBackupOutput",
    bne = "DescribeBulkOperationInput",
    xne = "DescribeBulkOperationOutput",
    wne = "DescribeBackupOutput",
    vne = "DescribeBulkOperation",
    Ine = "DescribeBackup",
    Tne = "DescribeContinuousBackups",
    _ne = "DescribeContinuousBackupsInput",
    Ane = "DescribeContinuousBackupsOutput",
    Cne = "DescribeContributorInsights",
    Rne = "DescribeContributorInsightsInput",
    One = "DescribeContributorInsightsOutput",
    Dne = "DescribeEndpoints",
    Nne = "DescribeExportInput",
    Pne = "DescribeExportOutput",
    kne = "DescribeEndpointsRequest",
    Mne = "DescribeEndpointsResponse",
    $ne = "DescribeExport",
    Iy = "DistanceFunction",
    Lne = "DeleteGlobalSecondaryIndexAction",
    Une = "DescribeGlobalTable",
    Bne = "DescribeGlobalTableInput",
    Fne = "DescribeGlobalTableOutput",
    Gne = "DescribeGlobalTableSettings",
    Hne = "DescribeGlobalTableSettingsInput",
    Vne = "DescribeGlobalTableSettingsOutput",
    jne = "DeleteGlobalTableWitnessGroupMemberAction",
    zne = "DeleteItem",
    qne = "DuplicateItemException",
    Wne = "DeleteItemInput",
    Kne = "DescribeImportInput",
    Xne = "DeleteItemOutput",
    Jne = "DescribeImportOutput",
    Yne = "DescribeImport",
    Qne = "DescribeKinesisStreamingDestination",
    Zne = "DescribeKinesisStreamingDestinationInput",
    ese = "DescribeKinesisStreamingDestinationOutput",
    tse = "DisableKinesisStreamingDestination",
    rse = "DescribeLimits",
    nse = "DescribeLimitsInput",
    sse = "DescribeLimitsOutput",
    ose = "DisassociationMode",
    gI = "DeletionProtectionEnabled",
    J2 = "DisassociationProtectionEnabled",
    Y2 = "DeleteRequest",
    ise = "DeleteReplicaAction",
    ase = "DeleteReplicationGroupMemberAction",
    cse = "DisassociateReplicationGroupMemberAction",
    use = "DeleteResourcePolicy",
    lse = "DeleteResourcePolicyInput",
    pse = "DeleteResourcePolicyOutput",
    yI = "DestinationStatus",
    fse = "DestinationStatusDescription",
    Q2 = "DisableScaleIn",
    dse = "DeleteTable",
    mse = "DeleteTableInput",
    hse = "DescribeTableInput",
    gse = "DeleteTableOutput",
    yse = "DescribeTableOutput",
    Sse = "DescribeTableReplicaAutoScaling",
    Ese = "DescribeTableReplicaAutoScalingInput",
    bse = "DescribeTableReplicaAutoScalingOutput",
    xse = "DescribeTimeToLive",
    wse = "DescribeTimeToLiveInput",
    vse = "DescribeTimeToLiveOutput",
    Ise = "DescribeTable",
    Tse = "DeleteVectorIndexAction",
    _se = "Delimiter",
    Bi = "Delete",
    Ase = "Disassociate",
    Cse = "Error",
    SI = "ExportArn",
    Rse = "ExpectedAttributeMap",
    Gt = "ExpressionAttributeNames",
    rn = "ExpressionAttributeValues",
    Ose = "ExpressionAttributeValueMap",
    Dse = "ExpectedAttributeValue",
    Nse = "ErrorCount",
    Pse = "ExportConflictException",
    EI = "ExportDescription",
    kse = "ExceptionDescription",
    Z2 = "ExportFormat",
    Mse = "ExportFromTime",
    bI = "EnableKinesisStreamingConfiguration",
    $se = "EnableKinesisStreamingDestination",
    Lse = "ExportManifest",
    Use = "ExceptionName",
    Bse = "ExportNotFoundException",
    Fse = "EarliestRestorableDateTime",
    e3 = "ExpectedRevisionId",
    t3 = "ExportStatus",
    Gse = "ExclusiveStartBackupArn",
    Hse = "ExclusiveStartGlobalTableName",
    Vse = "ExecuteStatementInput",
    r3 = "ExclusiveStartKey",
    jse = "ExecuteStatementOutput",
    zse = "ExclusiveStartTableName",
    qse = "ExportSummary",
    Wse = "ExecuteStatement",
    n3 = "ExportSummaries",
    dp = "EndTime",
    Kse = "ExecuteTransactionInput",
    Xse = "ExecuteTransactionOutput",
    Jse = "ExportToTime",
    Yse = "ExportTableToPointInTime",
    Qse = "ExportTableToPointInTimeInput",
    Zse = "ExportTableToPointInTimeOutput",
    s3 = "ExportTime",
    eoe = "ExecuteTransaction",
    xI = "ExportType",
    toe = "ExportViewType",
    o3 = "Endpoints",
    i3 = "Enabled",
    roe = "Endpoint",
    wI = "Expected",
    noe = "Exists",
    vI = "FailureCode",
    soe = "FilterConditionMap",
    a3 = "FailureException",
    II = "FilterExpression",
    ooe = "FailedItemCount",
    TI = "FailureMessage",
    _I = "FilterSpecification",
    c3 = "Get",
    ioe = "GetItem",
    aoe = "GetItemInput",
    coe = "GetItemOutput",
    uoe = "GetResourcePolicy",
    loe = "GetResourcePolicyInput",
    poe = "GetResourcePolicyOutput",
    nn = "GlobalSecondaryIndexes",
    foe = "GlobalSecondaryIndexAutoScalingUpdate",
    doe = "GlobalSecondaryIndexAutoScalingUpdateList",
    moe = "GlobalSecondaryIndexDescription",
    hoe = "GlobalSecondaryIndexDescriptionList",
    goe = "GlobalSecondaryIndexInfo",
    yoe = "GlobalSecondaryIndexList",
    u3 = "GlobalSecondaryIndexOverride",
    Soe = "GlobalSecondaryIndexUpdate",
    Eoe = "GlobalSecondaryIndexUpdateList",
    l3 = "GlobalSecondaryIndexUpdates",
    boe = "GlobalSecondaryIndexWarmThroughputDescription",
    xoe = "GlobalSecondaryIndex",
    woe = "GlobalTable",
    voe = "GlobalTableArn",
    Ioe = "GlobalTableAlreadyExistsException",
    Toe = "GlobalTableBillingMode",
    Ty = "GlobalTableDescription",
    p3 = "GlobalTableGlobalSecondaryIndexSettingsUpdate",
    _oe = "GlobalTableGlobalSecondaryIndexSettingsUpdateList",
    Aoe = "GlobalTableList",
    $s = "GlobalTableName",
    Coe = "GlobalTableNotFoundException",
    Roe = "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate",
    Ooe = "GlobalTableProvisionedWriteCapacityUnits",
    Doe = "GlobalTableStatus",
    Noe = "GlobalTableSourceArn",
    _y = "GlobalTableSettingsReplicationMode",
    Poe = "GlobalTableVersion",
    koe = "GlobalTableWitnesses",
    Moe = "GlobalTableWitnessDescription",
    $oe = "GlobalTableWitnessDescriptionList",
    Loe = "GlobalTableWitnessGroupUpdate",
    Uoe = "GlobalTableWitnessGroupUpdateList",
    Boe = "GlobalTableWitnessUpdates",
    Foe = "GlobalTables",
    Goe = "HeaderList",
    os = "Item",
    AI = "ImportArn",
    CI = "IndexArn",
    wc = "ItemCount",
    Hoe = "ImportConflictException",
    Voe = "ItemCollectionKey",
    joe = "ItemCollectionKeyAttributeMap",
    vc = "ItemCollectionMetrics",
    zoe = "ItemCollectionMetricsMultiple",
    qoe = "ItemCollectionMetricsPerTable",
    Woe = "ItemCollectionSizeLimitExceededException",
    RI = "InputCompressionType",
    Koe = "InaccessibleEncryptionDateTime",
    Xoe = "InvalidEndpointException",
    OI = "IncrementalExportSpecification",
    Joe = "InvalidExportTimeException",
    Ay = "InputFormat",
    DI = "InputFormatOptions",
    Yoe = "ImportedItemCount",
    Qoe = "ItemList",
    pe = "IndexName",
    Zoe = "ImportNotFoundException",
    eie = "IndexNotFoundException",
    tie = "IdempotentParameterMismatchException",
    rie = "ItemResponse",
    nie = "ItemResponseList",
    sie = "InvalidRestoreTimeException",
    Cy = "IndexStatus",
    NI = "IndexSizeBytes",
    PI = "InputS3Configuration",
    oie = "InternalServerError",
    f3 = "ImportSummaryList",
    iie = "ImportSummary",
    d3 = "ImportStatus",
    aie = "ImportTable",
    kI = "ImportTableDescription",
    cie = "ImportTableInput",
    uie = "ImportTableOutput",
    MI = "Items",
    is = "Key",
    lie = "KeysAndAttributes",
    m3 = "KeyConditions",
    h3 = "KeyConditionExpression",
    g3 = "KinesisDataStreamDestinations",
    pie = "KinesisDataStreamDestination",
    fie = "KeyList",
    die = "KMSMasterKeyArn",
    Ry = "KMSMasterKeyId",
    wr = "KeySchema",
    mie = "KinesisStreamingDestinationInput",
    hie = "KinesisStreamingDestinationOutput",
    gie = "KeySchemaElement",
    yie = "KeyType",
    Sie = "Keys",
    Ic = "Limit",
    Eie = "ListAttributeValue",
    bie = "ListBackups",
    xie = "ListBackupsInput",
    wie = "ListBackupsOutput",
    vie = "ListBulkOperationsInput",
    Iie = "ListBulkOperationsOutput",
    Tie = "ListBulkOperations",
    _ie = "ListContributorInsights",
    Aie = "ListContributorInsightsInput",
    Cie = "ListContributorInsightsOutput",
    Rie = "LastDecreaseDateTime",
    Oie = "ListExports",
    Die = "LastEvaluatedBackupArn",
    Nie = "LimitExceededException",
    Pie = "LastEvaluatedGlobalTableName",
    kie = "ListExportsInput",
    $I = "LastEvaluatedKey",
    Mie = "ListExportsOutput",
    $ie = "LastEvaluatedTableName",
    Lie = "ListGlobalTables",
    Uie = "ListGlobalTablesInput",
    Bie = "ListGlobalTablesOutput",
    Fie = "ListImports",
    Gie = "LastIncreaseDateTime",
    Hie = "ListImportsInput",
    Vie = "ListImportsOutput",
    jie = "LatestRestorableDateTime",
    zie = "LatestStreamArn",
    Tc = "LocalSecondaryIndexes",
    qie = "LocalSecondaryIndexDescription",
    Wie = "LocalSecondaryIndexDescriptionList",
    Kie = "LocalSecondaryIndexInfo",
    Xie = "LocalSecondaryIndexList",
    y3 = "LocalSecondaryIndexOverride",
    Jie = "LocalSecondaryIndex",
    Yie = "LatestStreamLabel",
    Qie = "ListTables",
    Zie = "ListTablesInput",
    eae = "ListTablesOutput",
    tae = "ListTagsOfResource",
    rae = "ListTagsOfResourceInput",
    nae = "ListTagsOfResourceOutput",
    S3 = "LastUpdateDateTime",
    sae = "LastUpdateToPayPerRequestDateTime",
    oae = "L",
    _c = "Message",
    iae = "MapAttributeValue",
    LI = "MaxResults",
    E3 = "MultiRegionConsistency",
    b3 = "MaxReadRequestUnits",
    x3 = "MinimumUnits",
    w3 = "MaximumUnits",
    UI = "MaxWriteRequestUnits",
    aae = "M",
    cae = "N",
    uae = "NonKeyAttributes",
    lae = "NumberOfDecreasesToday",
    pae = "NS",
    vr = "NextToken",
    fae = "NULL",
    sn = "OnDemandThroughput",
    Vo = "OnDemandThroughputOverride",
    BI = "OutputS3Configuration",
    dae = "OutputType",
    FI = "Parameters",
    Fi = "ProjectionExpression",
    mae = "PutItem",
    hae = "ProcessedInputBytes",
    v3 = "ProcessedItemCount",
    gae = "PutItemInput",
    yae = "PutItemInputAttributeMap",
    Sae = "PutItemOutput",
    I3 = "PointInTimeRecoveryDescription",
    Eae = "PointInTimeRecoveryEnabled",
    bae = "PointInTimeRecoveryStatus",
    T3 = "PointInTimeRecoverySpecification",
    xae = "PointInTimeRecoveryUnavailableException",
    _3 = "PolicyName",
    wae = "PolicyNotFoundException",
    vae = "PartiQLBatchRequest",
    Iae = "PartiQLBatchResponse",
    A3 = "PutRequest",
    C3 = "ProvisionedReadCapacityAutoScalingSettings",
    Tae = "ProvisionedReadCapacityAutoScalingSettingsUpdate",
    _ae = "ProvisionedReadCapacityAutoScalingUpdate",
    R3 = "ProvisionedReadCapacityUnits",
    Aae = "PutResourcePolicy",
    Cae = "PutResourcePolicyInput",
    Rae = "PutResourcePolicyOutput",
    Oae = "PageSize",
    Dae = "ProcessedSizeBytes",
    Nae = "PreparedStatementParameters",
    Pae = "ParameterizedStatement",
    kae = "ParameterizedStatements",
    O3 = "PerformanceTier",
    Mae = "ProvisionedThroughputDescription",
    $ae = "ProvisionedThroughputExceededException",
    jo = "ProvisionedThroughputOverride",
    on = "ProvisionedThroughput",
    Lae = "ProjectionType",
    D3 = "ProvisionedWriteCapacityAutoScalingSettings",
    Uae = "ProvisionedWriteCapacityAutoScalingSettingsUpdate",
    N3 = "ProvisionedWriteCapacityAutoScalingUpdate",
    P3 = "ProvisionedWriteCapacityUnits",
    k3 = "Policy",
    Ir = "Projection",
    M3 = "Put",
    Bae = "Query",
    Fae = "QueryFilter",
    Gae = "QueryInput",
    Hae = "QueryOutput",
    Oy = "Responses",
    Ac = "ResourceArn",
    Vae = "ReplicaAlreadyExistsException",
    jae = "ReplicaAutoScalingDescription",
    zae = "ReplicaAutoScalingDescriptionList",
    qae = "ReplicaAutoScalingUpdate",
    Wae = "ReplicaAutoScalingUpdateList",
    Kae = "ReplicaArn",
    Xae = "ReplicaBillingModeSummary",
    Ht = "ReturnConsumedCapacity",
    mp = "ReadCapacityUnits",
    Jae = "ReplicaDescription",
    Yae = "ReplicaDescriptionList",
    $3 = "RestoreDateTime",
    GI = "ReplicationGroup",
    Qae = "ReplicaGlobalSecondaryIndex",
    Zae = "ReplicaGlobalSecondaryIndexAutoScalingDescription",
    ece = "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList",
    tce = "ReplicaGlobalSecondaryIndexAutoScalingUpdate",
    rce = "ReplicaGlobalSecondaryIndexAutoScalingUpdateList",
    nce = "ReplicaGlobalSecondaryIndexDescription",
    sce = "ReplicaGlobalSecondaryIndexDescriptionList",
    oce = "ReplicaGlobalSecondaryIndexList",
    ice = "ReplicaGlobalSecondaryIndexSettings",
    ace = "ReplicaGlobalSecondaryIndexSettingsDescription",
    cce = "ReplicaGlobalSecondaryIndexSettingsDescriptionList",
    L3 = "ReplicaGlobalSecondaryIndexSettingsUpdate",
    uce = "ReplicaGlobalSecondaryIndexSettingsUpdateList",
    lce = "ReplicaGlobalSecondaryIndexUpdates",
    pce = "ReplicationGroupUpdate",
    fce = "ReplicationGroupUpdateList",
    U3 = "RequestItems",
    hp = "ReturnItemCollectionMetrics",
    dce = "ReplicaInaccessibleDateTime",
    mce = "RestoreInProgress",
    hce = "ResourceInUseException",
    HI = "RevisionId",
    gce = "ReplicaList",
    yce = "RequestLimitExceeded",
    St = "RegionName",
    Sce = "ReplicaNotFoundException",
    Ece = "ResourceNotFoundException",
    bce = "ResourcePolicy",
    B3 = "RecoveryPeriodInDays",
    F3 = "ReplicaProvisionedReadCapacityAutoScalingSettings",
    xce = "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate",
    wce = "ReplicaProvisionedReadCapacityAutoScalingUpdate",
    G3 = "ReplicaProvisionedReadCapacityUnits",
    H3 = "ReplicaProvisionedWriteCapacityAutoScalingSettings",
    vce = "ReplicaProvisionedWriteCapacityUnits",
    V3 = "ReplicaSettings",
    Ice = "ReplicaStatusDescription",
    Tce = "ReplicaSettingsDescriptionList",
    _ce = "ReplicaSettingsDescription",
    Ace = "ReplicaStatusPercentProgress",
    j3 = "ReplicaSettingsUpdate",
    Cce = "ReplicaSettingsUpdateList",
    VI = "ReplicaStatus",
    z3 = "RestoreSummary",
    Rce = "ReplicaTableClass",
    q3 = "ReplicaTableClassSummary",
    Oce = "RestoreTableFromBackup",
    Dce = "RestoreTableFromBackupInput",
    Nce = "RestoreTableFromBackupOutput",
    Pce = "RestoreTableToPointInTime",
    kce = "RestoreTableToPointInTimeInput",
    Mce = "RestoreTableToPointInTimeOutput",
    $ce = "ReplicaUpdate",
    Lce = "ReplicaUpdateList",
    jI = "ReadUnitsPerSecond",
    zI = "ReplicaUpdates",
    qI = "ReturnValues",
    as = "ReturnValuesOnConditionCheckFailure",
    Uce = "ReplicatedWriteConflictException",
    Bce = "Replica",
    W3 = "Replicas",
    Fce = "Statements",
    gp = "StreamArn",
    yp = "S3Bucket",
    Gce = "SourceBackupArn",
    Sp = "S3BucketOwner",
    Hce = "StartBulkPutItems",
    Vce = "StartBulkPutItemsInput",
    jce = "StartBulkPutItemsOutput",
    Dy = "S3BucketSource",
    K3 = "ScannedCount",
    zce = "SearchConditionExpression",
    qce = "StreamDescription",
    Wce = "StreamEnabled",
    Kce = "SizeEstimateRangeGB",
    Xce = "ScanFilter",
    Jce = "ScanInput",
    Yce = "SecondaryIndexesBulkBytesMap",
    X3 = "ScaleInCooldown",
    Qce = "SecondaryIndexesCapacityMap",
    Zce = "ScanIndexForward",
    WI = "S3KeyPrefix",
    eue = "ScanOutput",
    J3 = "ScaleOutCooldown",
    tue = "ScalingPolicies",
    rue = "ScalingPolicyUpdate",
    Y3 = "S3Prefix",
    nue = "SearchResults",
    sue = "SearchResultItem",
    oue = "SearchResultList",
    Ny = "StreamSpecification",
    KI = "S3SseAlgorithm",
    iue = "SearchSchemaElement",
    XI = "SSEDescription",
    Py = "SSESpecification",
    Q3 = "SSESpecificationOverride",
    aue = "SearchSchemaElementType",
    Z3 = "SSEType",
    JI = "S3SseKmsKeyId",
    cue = "SS",
    Ep = "SearchSchema",
    bp = "StartTime",
    e4 = "SourceTableArn",
    t4 = "SourceTableDetails",
    r4 = "SourceTableFeatureDetails",
    uue = "SourceTableName",
    lue = "SearchVector",
    pue = "SearchVectorsInput",
    fue = "SearchVectorList",
    due = "SearchVectorsOutput",
    mue = "StreamViewType",
    hue = "SearchVectors",
    gue = "S",
    yue = "Score",
    Sue = "Scan",
    n4 = "Select",
    Eue = "Segment",
    YI = "Statement",
    QI = "Status",
    ZI = "Table",
    Ls = "TableArn",
    bue = "TableAlreadyExistsException",
    eT = "TableAutoScalingDescription",
    tT = "TableClass",
    xue = "TableCreationDateTime",
    wue = "TransactionCanceledException",
    vue = "TransactionConflictException",
    s4 = "TableClassOverride",
    rT = "TableCreationParameters",
    o4 = "TableClassSummary",
    Iue = "TableDetails",
    Cc = "TableDescription",
    Tue = "ThrottlingException",
    _ue = "TransactGetItem",
    Aue = "TransactGetItemsInput",
    Cue = "TransactGetItemList",
    Rue = "TransactGetItemsOutput",
    Oue = "TransactGetItems",
    Rc = "TableId",
    Due = "TotalInputBytes",
    Nue = "TransactionInProgressException",
    Pue = "TableInUseException",
    i4 = "TransactItems",
    kue = "TopK",
    Mue = "TagKeys",
    $ue = "TagList",
    Lue = "TableMaxReadCapacityUnits",
    Uue = "TableMaxWriteCapacityUnits",
    F = "TableName",
    Bue = "TableNotFoundException",
    Fue = "TableNames",
    a4 = "ThrottlingReasons",
    Gue = "TagResourceInput",
    Hue = "ThrottlingReasonList",
    Vue = "TimeRangeLowerBound",
    jue = "TimeRangeUpperBound",
    zue = "TagResource",
    que = "ThrottlingReason",
    Wue = "TransactStatements",
    c4 = "TableSizeBytes",
    u4 = "TableStatus",
    Kue = "TotalSegments",
    nT = "TimeToLiveDescription",
    Xue = "TimeToLiveStatus",
    sT = "TimeToLiveSpecification",
    l4 = "TargetTableName",
    p4 = "TargetTrackingScalingPolicyConfiguration",
    f4 = "TargetValue",
    Jue = "TransactWriteItem",
    Yue = "TransactWriteItemsInput",
    Que = "TransactWriteItemList",
    Zue = "TransactWriteItemsOutput",
    ele = "TransactWriteItems",
    tle = "TableWarmThroughputDescription",
    oT = "Tags",
    rle = "Tag",
    ky = "Update",
    nle = "UpdateContinuousBackups",
    sle = "UpdateContinuousBackupsInput",
    ole = "UpdateContinuousBackupsOutput",
    ile = "UpdateContributorInsights",
    ale = "UpdateContributorInsightsInput",
    cle = "UpdateContributorInsightsOutput",
    d4 = "UpdateExpression",
    ule = "UpdateGlobalSecondaryIndexAction",
    lle = "UpdateGlobalTable",
    ple = "UpdateGlobalTableInput",
    fle = "UpdateGlobalTableOutput",
    dle = "UpdateGlobalTableSettings",
    mle = "UpdateGlobalTableSettingsInput",
    hle = "UpdateGlobalTableSettingsOutput",
    gle = "UnprocessedItems",
    yle = "UpdateItemInput",
    Sle = "UpdateItemOutput",
    Ele = "UpdateItem",
    ble = "UnprocessedKeys",
    iT = "UpdateKinesisStreamingConfiguration",
    xle = "UpdateKinesisStreamingDestination",
    wle = "UpdateKinesisStreamingDestinationInput",
    vle = "UpdateKinesisStreamingDestinationOutput",
    Ile = "UseLatestRestorableTime",
    Tle = "UntagResource",
    _le = "UpdateReplicationGroupMemberAction",
    Ale = "UntagResourceInput",
    Cle = "UpdateTable",
    Rle = "UpdateTableInput",
    Ole = "UpdateTableOutput",
    Dle = "UpdateTableReplicaAutoScaling",
    Nle = "UpdateTableReplicaAutoScalingInput",
    Ple = "UpdateTableReplicaAutoScalingOutput",
    kle = "UpdateTimeToLive",
    Mle = "UpdateTimeToLiveInput",
    $le = "UpdateTimeToLiveOutput",
    aT = "Value",
    My = "VectorAttribute",
    Lle = "VectorAttributeDefinition",
    Ule = "VectorCapacity",
    Gi = "VectorIndexes",
    Ble = "VectorIndexesBulkVectorBytesMap",
    Fle = "VectorIndexesCapacityMap",
    Gle = "VectorIndexDescription",
    Hle = "VectorIndexDescriptionList",
    Vle = "VectorIndexInfo",
    jle = "VectorIndexList",
    m4 = "VectorIndexOverride",
    zle = "VectorIndexUpdates",
    qle = "VectorIndexUpdateList",
    Wle = "VectorIndexUpdate",
    Kle = "VectorIndex",
    Xle = "VectorSearchRequestBytes",
    Jle = "VectorWriteRequestBytes",
    $y = "WriteCapacityUnits",
    Yle = "WriteRequest",
    Qle = "WriteRequests",
    Zle = "WitnessStatus",
    cs = "WarmThroughput",
    cT = "WriteUnitsPerSecond",
    epe = "awsQueryError",
    se = "client",
    re = "error",
    h4 = "httpError",
    tpe = "httpHeader",
    ue = "message",
    rpe = "reason",
    npe = "resource",
    g4 = "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb",
    spe = "server",
    ope = "throttlingReasons",
    ipe = "x-amz-confirm-remove-self-resource-access",
    m = "com.amazonaws.dynamodb",
    y4 = new x2(g4),
    S4 = [-3, g4, "DynamoDBServiceException", 0, [], []];
  y4.registerError(S4, q);
  var ee = new x2(m),
    E4 = [-3, m, gre, { [re]: se }, [ue], [0]];
  ee.registerError(E4, zh);
  var b4 = [-3, m, yre, { [re]: se }, [ue], [0]];
  ee.registerError(b4, qh);
  var x4 = [-3, m, zre, { [re]: se }, [ue, os], [0, () => un]];
  ee.registerError(x4, Ig);
  var w4 = [-3, m, jre, { [re]: se }, [ue], [0]];
  ee.registerError(w4, tg);
  var v4 = [-3, m, qne, { [re]: se }, [ue], [0]];
  ee.registerError(v4, fg);
  var I4 = [-3, m, Pse, { [re]: se }, [ue], [0]];
  ee.registerError(I4, hg);
  var T4 = [-3, m, Bse, { [re]: se }, [ue], [0]];
  ee.registerError(T4, ug);
  var _4 = [-3, m, Ioe, { [re]: se }, [ue], [0]];
  ee.registerError(_4, og);
  var A4 = [-3, m, Coe, { [re]: se }, [ue], [0]];
  ee.registerError(A4, lg);
  var C4 = [-3, m, tie, { [re]: se }, [_c], [0]];
  ee.registerError(C4, dg);
  var R4 = [-3, m, Hoe, { [re]: se }, [ue], [0]];
  ee.registerError(R4, Sg);
  var O4 = [-3, m, Zoe, { [re]: se }, [ue], [0]];
  ee.registerError(O4, pg);
  var D4 = [-3, m, eie, { [re]: se }, [ue], [0]];
  ee.registerError(D4, vg);
  var N4 = [-3, m, oie, { [re]: spe }, [ue], [0]];
  ee.registerError(N4, Wh);
  var P4 = [-3, m, Xoe, { [re]: se, [h4]: 421 }, [_c], [0]];
  ee.registerError(P4, Jh);
  var k4 = [-3, m, Joe, { [re]: se }, [ue], [0]];
  ee.registerError(k4, gg);
  var M4 = [-3, m, sie, { [re]: se }, [ue], [0]];
  ee.registerError(M4, bg);
  var $4 = [-3, m, Woe, { [re]: se }, [ue], [0]];
  ee.registerError($4, Zh);
  var L4 = [-3, m, Nie, { [re]: se }, [ue], [0]];
  ee.registerError(L4, rg);
  var U4 = [-3, m, xae, { [re]: se }, [ue], [0]];
  ee.registerError(U4, yg);
  var B4 = [-3, m, wae, { [re]: se }, [ue], [0]];
  ee.registerError(B4, cg);
  var F4 = [-3, m, $ae, { [re]: se }, [ue, a4], [0, () => FT]];
  ee.registerError(F4, Yh);
  var G4 = [-3, m, Vae, { [re]: se }, [ue], [0]];
  ee.registerError(G4, xg);
  var H4 = [-3, m, Sce, { [re]: se }, [ue], [0]];
  ee.registerError(H4, wg);
  var V4 = [-3, m, Uce, { [re]: se }, [ue], [0]];
  ee.registerError(V4, eg);
  var j4 = [-3, m, yce, { [re]: se }, [ue, a4], [0, () => FT]];
  ee.registerError(j4, Kh);
  var z4 = [-3, m, hce, { [re]: se }, [ue], [0]];
  ee.registerError(z4, ig);
  var q4 = [-3, m, Ece, { [re]: se }, [ue], [0]];
  ee.registerError(q4, Qh);
  var W4 = [-3, m, bue, { [re]: se }, [ue], [0]];
  ee.registerError(W4, Eg);
  var K4 = [-3, m, Pue, { [re]: se }, [ue], [0]];
  ee.registerError(K4, ng);
  var X4 = [-3, m, Bue, { [re]: se }, [ue], [0]];
  ee.registerError(X4, sg);
  var J4 = [
    -3,
    m,
    Tue,
    { [epe]: ["Throttling", 400], [re]: se, [h4]: 400 },
    [ue, ope],
    [0, () => FT],
  ];
  ee.registerError(J4, Xh);
  var Y4 = [-3, m, wue, { [re]: se }, [_c, nne], [0, () => fpe]];
  ee.registerError(Y4, Tg);
  var Q4 = [-3, m, vue, { [re]: se }, [ue], [0]];
  ee.registerError(Q4, ag);
  var Z4 = [-3, m, Nue, { [re]: se }, [_c], [0]];
  ee.registerError(Z4, mg);
  var eG = [y4, ee],
    tG = [3, m, _2, 0, [qte, Jte, jte], [4, 0, 0]],
    rG = [3, m, zte, 0, [Ec, sre], [0, 0], 2],
    nG = [3, m, ire, 0, [aT, Vte], [() => rr, 0]],
    sG = [3, m, Yte, 0, [_3, p4], [0, () => iG]],
    oG = [3, m, Zte, 0, [p4, _3], [() => aG, 0], 1],
    Ms = [3, m, ere, 0, [x3, w3, A2, C2, tue], [1, 1, 2, 0, () => ape]],
    Us = [3, m, tre, 0, [x3, w3, A2, C2, rue], [1, 1, 2, 0, () => oG]],
    iG = [3, m, rre, 0, [f4, Q2, X3, J3], [1, 2, 1, 1], 1],
    aG = [3, m, nre, 0, [f4, Q2, X3, J3], [1, 2, 1, 1], 1],
    uT = [3, m, cI, 0, [uI, t4, r4], [() => lT, () => aj, () => cj]],
    lT = [3, m, uI, 0, [cp, lI, U2, dI, D2, B2, N2], [0, 0, 0, 0, 4, 1, 4], 5],
    cG = [
      3,
      m,
      Dre,
      0,
      [F, Rc, Ls, cp, lI, D2, N2, U2, dI, B2],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 1],
    ],
    uG = [3, m, ure, 0, [Fce, Ht], [() => Npe, 0], 1],
    lG = [3, m, lre, 0, [Oy, Ct], [() => Ppe, () => kc]],
    pG = [3, m, fre, 0, [U3, Ht], [() => ez, 0], 1],
    fG = [3, m, dre, 0, [Oy, ble, Ct], [() => Zpe, () => ez, () => kc]],
    dG = [3, m, Are, 0, [G2, _c, os], [0, 0, () => un]],
    mG = [3, m, Cre, 0, [YI, FI, bc, as], [0, () => UT, 2, 0], 1],
    hG = [3, m, Rre, 0, [Cse, F, os], [() => dG, 0, () => un]],
    gG = [3, m, Pre, 0, [U3, Ht, hp], [() => tz, 0, 0], 1],
    yG = [3, m, kre, 0, [gle, vc, Ct], [() => tz, () => nz, () => kc]],
    pT = [3, m, k2, 0, [up, sae], [0, 4]],
    fT = [3, m, Sre, 0, [L2], [1]],
    dT = [
      3,
      m,
      pI,
      0,
      [lp, fI, Iue, xc, PI, BI, bp, dp, v3, hae, Due, $2, ooe, vI, TI, UI, O3],
      [
        0,
        0,
        () => lpe,
        0,
        () => IT,
        () => AT,
        4,
        4,
        1,
        1,
        1,
        () => ppe,
        1,
        0,
        0,
        1,
        0,
      ],
    ],
    SG = [3, m, bre, 0, [lp, fI, bp, dp], [0, 0, 4, 4], 3],
    EG = [3, m, xre, 0, [F, Rc], [0, 0]],
    bG = [
      3,
      m,
      $2,
      0,
      [F, L2, ZI, Tc, nn, Gi],
      [0, 1, () => fT, () => YF, () => YF, () => nfe],
    ],
    xG = [3, m, Ire, 0, [Tre], [1]],
    wG = [3, m, Fre, 0, [lp], [0], 1],
    vG = [3, m, Gre, 0, [lp, fI], [0, 0], 2],
    IG = [3, m, cne, 0, [os, G2, _c], [() => un, 0, 0]],
    mT = [3, m, dne, 0, [mp, $y, W2], [1, 1, 1]],
    hT = [3, m, mne, 0, [z2, iI], [0, () => Kj], 1],
    TG = [
      3,
      m,
      H2,
      0,
      [is, F, Ui, Gt, rn, as],
      [() => Vt, 0, 0, 128, () => ln, 0],
      3,
    ],
    Bs = [
      3,
      m,
      Ct,
      0,
      [F, W2, mp, $y, ZI, Tc, nn, Gi],
      [0, 1, 1, 1, () => mT, () => QF, () => QF, () => sfe],
    ],
    gT = [3, m, mI, 0, [Vre, I3], [0, () => _V], 1],
    _G = [3, m, ene, 0, [F, pe, hI, wy], [0, 0, 0, 0]],
    AG = [3, m, Ure, 0, [F, lI], [0, 0], 2],
    CG = [3, m, Bre, 0, [uI], [() => lT]],
    RG = [
      3,
      m,
      Wre,
      0,
      [pe, wr, Ir, on, sn, cs],
      [0, () => cn, () => Tr, () => an, () => tr, () => Pc],
      3,
    ],
    OG = [3, m, Xre, 0, [$s, GI], [0, () => Qj], 2],
    DG = [3, m, Jre, 0, [Ty], [() => Ly]],
    NG = [3, m, Yre, 0, [St], [0], 1],
    PG = [3, m, sne, 0, [St], [0], 1],
    kG = [
      3,
      m,
      one,
      0,
      [St, Ry, jo, Vo, nn, s4],
      [0, 0, () => Dc, () => Oc, () => Yj, 0],
      1,
    ],
    MG = [
      3,
      m,
      une,
      0,
      [F, ap, wr, Tc, nn, up, on, Ny, Py, oT, tT, gI, cs, bce, sn, Noe, _y, Gi],
      [
        0,
        () => Fy,
        () => cn,
        () => LT,
        () => Gy,
        0,
        () => an,
        () => wp,
        () => Nc,
        () => BT,
        0,
        2,
        () => Pc,
        0,
        () => tr,
        0,
        0,
        () => jy,
      ],
      1,
    ],
    $G = [3, m, lne, 0, [Cc], [() => Hi]],
    LG = [
      3,
      m,
      fne,
      0,
      [pe, My, Ir, vy, Iy, Ep],
      [0, () => vp, () => Tr, 1, 0, () => Vy],
      5,
    ],
    UG = [3, m, tne, 0, [_se, Goe], [0, 64]],
    BG = [
      3,
      m,
      Bi,
      0,
      [is, F, Ui, Gt, rn, as],
      [() => Vt, 0, 0, 128, () => ln, 0],
      2,
    ],
    FG = [3, m, yne, 0, [cp], [0], 1],
    GG = [3, m, Ene, 0, [cI], [() => uT]],
    HG = [3, m, Lne, 0, [pe], [0], 1],
    VG = [3, m, jne, 0, [St], [0], 1],
    jG = [
      3,
      m,
      Wne,
      0,
      [F, is, wI, pp, qI, Ht, hp, Ui, Gt, rn, as],
      [0, () => Vt, () => GT, 0, 0, 0, 0, 0, 128, () => ln, 0],
      2,
    ],
    zG = [3, m, Xne, 0, [aI, Ct, vc], [() => un, () => Bs, () => xp]],
    qG = [3, m, ise, 0, [St], [0], 1],
    WG = [3, m, ase, 0, [St], [0], 1],
    KG = [3, m, Y2, 0, [is], [() => Vt], 1],
    XG = [3, m, lse, 0, [Ac, e3], [0, 0], 1],
    JG = [3, m, pse, 0, [HI], [0]],
    YG = [3, m, mse, 0, [F], [0], 1],
    QG = [3, m, gse, 0, [Cc], [() => Hi]],
    ZG = [3, m, Tse, 0, [pe], [0], 1],
    eH = [3, m, Sne, 0, [cp], [0], 1],
    tH = [3, m, wne, 0, [cI], [() => uT]],
    rH = [3, m, bne, 0, [lp], [0], 1],
    nH = [3, m, xne, 0, [pI], [() => dT], 1],
    sH = [3, m, _ne, 0, [F], [0], 1],
    oH = [3, m, Ane, 0, [mI], [() => gT]],
    iH = [3, m, Rne, 0, [F, pe], [0, 0], 1],
    aH = [
      3,
      m,
      One,
      0,
      [F, pe, Zre, hI, S3, a3, wy],
      [0, 0, 64, 0, 4, () => UH, 0],
    ],
    cH = [3, m, kne, 0, [], []],
    uH = [3, m, Mne, 0, [o3], [() => mpe], 1],
    lH = [3, m, Nne, 0, [SI], [0], 1],
    pH = [3, m, Pne, 0, [EI], [() => ST]],
    fH = [3, m, Bne, 0, [$s], [0], 1],
    dH = [3, m, Fne, 0, [Ty], [() => Ly]],
    mH = [3, m, Hne, 0, [$s], [0], 1],
    hH = [3, m, Vne, 0, [$s, V3], [0, () => Zj]],
    gH = [3, m, Kne, 0, [AI], [0], 1],
    yH = [3, m, Jne, 0, [kI], [() => xT], 1],
    SH = [3, m, Zne, 0, [F], [0], 1],
    EH = [3, m, ese, 0, [F, g3], [0, () => Ape]],
    bH = [3, m, nse, 0, [], []],
    xH = [3, m, sse, 0, [Kte, Xte, Lue, Uue], [1, 1, 1, 1]],
    wH = [3, m, hse, 0, [F], [0], 1],
    vH = [3, m, yse, 0, [ZI], [() => Hi]],
    IH = [3, m, Ese, 0, [F], [0], 1],
    TH = [3, m, bse, 0, [eT], [() => OT]],
    _H = [3, m, wse, 0, [F], [0], 1],
    AH = [3, m, vse, 0, [nT], [() => PT]],
    CH = [3, m, cse, 0, [St, ose], [0, 0], 2],
    yT = [3, m, bI, 0, [oI], [0]],
    RH = [3, m, roe, 0, [are, rne], [0, 1], 2],
    OH = [
      3,
      m,
      Vse,
      0,
      [YI, FI, bc, vr, Ht, Ic, as],
      [0, () => UT, 2, 0, 0, 1, 0],
      1,
    ],
    DH = [3, m, jse, 0, [MI, vr, Ct, $I], [() => Hy, 0, () => Bs, () => Vt]],
    NH = [3, m, Kse, 0, [Wue, q2, Ht], [() => Dpe, [0, 4], 0], 1],
    PH = [3, m, Xse, 0, [Oy, Ct], [() => Xj, () => kc]],
    kH = [3, m, Dse, 0, [aT, noe, z2, iI], [() => rr, 2, 0, () => Kj]],
    ST = [
      3,
      m,
      EI,
      0,
      [
        SI,
        t3,
        bp,
        dp,
        Lse,
        Ls,
        Rc,
        s3,
        xc,
        yp,
        Sp,
        Y3,
        KI,
        JI,
        vI,
        TI,
        Z2,
        _re,
        wc,
        xI,
        OI,
        _I,
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
        () => wT,
        () => ET,
      ],
    ],
    MH = [3, m, qse, 0, [SI, t3, xI], [0, 0, 0]],
    $H = [
      3,
      m,
      Qse,
      0,
      [Ls, yp, s3, xc, Sp, Y3, KI, JI, Z2, xI, OI, _I],
      [0, 0, 4, [0, 4], 0, 0, 0, 0, 0, 0, () => wT, () => ET],
      2,
    ],
    LH = [3, m, Zse, 0, [EI], [() => ST]],
    UH = [3, m, a3, 0, [Use, kse], [0, 0]],
    ET = [3, m, _I, 0, [II, Fi, h3, Gt, rn], [0, 0, 0, 128, () => ln]],
    BH = [3, m, c3, 0, [is, F, Fi, Gt], [() => Vt, 0, 0, 128], 2],
    FH = [
      3,
      m,
      aoe,
      0,
      [F, is, xy, bc, Ht, Fi, Gt],
      [0, () => Vt, 64, 2, 0, 0, 128],
      2,
    ],
    GH = [3, m, coe, 0, [os, Ct], [() => un, () => Bs]],
    HH = [3, m, loe, 0, [Ac], [0], 1],
    VH = [3, m, poe, 0, [k3, HI], [0, 0]],
    jH = [
      3,
      m,
      xoe,
      0,
      [pe, wr, Ir, on, sn, cs],
      [0, () => cn, () => Tr, () => an, () => tr, () => Pc],
      3,
    ],
    zH = [3, m, foe, 0, [pe, N3], [0, () => Us]],
    qH = [
      3,
      m,
      moe,
      0,
      [pe, wr, Ir, Cy, O2, on, NI, wc, CI, sn, cs],
      [0, () => cn, () => Tr, 0, 2, () => CT, 1, 1, 0, () => tr, () => bT],
    ],
    WH = [
      3,
      m,
      goe,
      0,
      [pe, wr, Ir, on, sn],
      [0, () => cn, () => Tr, () => an, () => tr],
    ],
    KH = [3, m, Soe, 0, [ky, fp, Bi], [() => _j, () => RG, () => HG]],
    bT = [3, m, boe, 0, [jI, cT, QI], [1, 1, 0]],
    XH = [3, m, woe, 0, [$s, GI], [0, () => Qj]],
    Ly = [3, m, Ty, 0, [GI, voe, V2, Doe, $s], [() => Jj, 0, 4, 0, 0]],
    JH = [3, m, p3, 0, [pe, P3, Uae], [0, 1, () => Us], 1],
    YH = [3, m, Moe, 0, [St, Zle], [0, 0]],
    QH = [3, m, Loe, 0, [fp, Bi], [() => NG, () => VG]],
    ZH = [
      3,
      m,
      iie,
      0,
      [AI, d3, Ls, Dy, K2, Ay, bp, dp],
      [0, 0, 0, () => Uy, 0, 0, 4, 4],
    ],
    xT = [
      3,
      m,
      kI,
      0,
      [
        AI,
        d3,
        Ls,
        Rc,
        xc,
        Dy,
        Nse,
        K2,
        Ay,
        DI,
        RI,
        rT,
        bp,
        dp,
        Dae,
        v3,
        Yoe,
        vI,
        TI,
      ],
      [
        0,
        0,
        0,
        0,
        0,
        () => Uy,
        1,
        0,
        0,
        () => vT,
        0,
        () => DT,
        4,
        4,
        1,
        1,
        1,
        0,
        0,
      ],
    ],
    eV = [
      3,
      m,
      cie,
      0,
      [Dy, Ay, rT, xc, DI, RI],
      [() => Uy, 0, () => DT, [0, 4], () => vT, 0],
      3,
    ],
    tV = [3, m, uie, 0, [kI], [() => xT], 1],
    wT = [3, m, OI, 0, [Mse, Jse, toe], [4, 4, 0]],
    vT = [3, m, DI, 0, [hne], [() => UG]],
    IT = [3, m, PI, 0, [yp, Ay, Sp, WI, RI], [0, 0, 0, 0, 0], 2],
    xp = [3, m, vc, 0, [Voe, Kce], [() => efe, 65]],
    rV = [3, m, rie, 0, [os], [() => un]],
    nV = [3, m, lie, 0, [Sie, xy, bc, Fi, Gt], [() => _pe, 64, 2, 0, 128], 1],
    sV = [3, m, gie, 0, [Ec, yie], [0, 0], 2],
    oV = [3, m, pie, 0, [gp, yI, fse, oI], [0, 0, 0, 0]],
    TT = [3, m, mie, 0, [F, gp, bI], [0, 0, () => yT], 2],
    _T = [3, m, hie, 0, [F, gp, yI, bI], [0, 0, 0, () => yT]],
    iV = [3, m, xie, 0, [F, Ic, Vue, jue, Gse, dI], [0, 1, 4, 4, 0, 0]],
    aV = [3, m, wie, 0, [F2, Die], [() => cpe, 0]],
    cV = [3, m, vie, 0, [LI, vr], [1, 0]],
    uV = [3, m, Iie, 0, [M2, vr], [() => upe, 0]],
    lV = [3, m, Aie, 0, [F, vr, LI], [0, 0, 1]],
    pV = [3, m, Cie, 0, [j2, vr], [() => dpe, 0]],
    fV = [3, m, kie, 0, [Ls, LI, vr], [0, 1, 0]],
    dV = [3, m, Mie, 0, [n3, vr], [() => hpe, 0]],
    mV = [3, m, Uie, 0, [Hse, Ic, St], [0, 1, 0]],
    hV = [3, m, Bie, 0, [Foe, Pie], [() => xpe, 0]],
    gV = [3, m, Hie, 0, [Ls, Oae, vr], [0, 1, 0]],
    yV = [3, m, Vie, 0, [f3, vr], [() => Ipe, 0]],
    SV = [3, m, Zie, 0, [zse, Ic], [0, 1]],
    EV = [3, m, eae, 0, [Fue, $ie], [64, 0]],
    bV = [3, m, rae, 0, [Ac, vr], [0, 0], 1],
    xV = [3, m, nae, 0, [oT, vr], [() => BT, 0]],
    wV = [3, m, Jie, 0, [pe, wr, Ir], [0, () => cn, () => Tr], 3],
    vV = [
      3,
      m,
      qie,
      0,
      [pe, wr, Ir, NI, wc, CI],
      [0, () => cn, () => Tr, 1, 1, 0],
    ],
    IV = [3, m, Kie, 0, [pe, wr, Ir], [0, () => cn, () => Tr]],
    tr = [3, m, sn, 0, [b3, UI], [1, 1]],
    Oc = [3, m, Vo, 0, [b3], [1]],
    AT = [3, m, BI, 0, [dae, Sp, yp, WI, KI, JI], [64, 0, 0, 0, 0, 0], 1],
    TV = [3, m, Pae, 0, [YI, FI, as], [0, () => UT, 0], 1],
    _V = [3, m, I3, 0, [bae, B3, Fse, jie], [0, 1, 4, 4]],
    AV = [3, m, T3, 0, [Eae, B3], [2, 1], 1],
    Tr = [3, m, Ir, 0, [Lae, uae], [0, 64]],
    an = [3, m, on, 0, [mp, $y], [1, 1], 2],
    CT = [3, m, Mae, 0, [Gie, Rie, lae, mp, $y], [4, 4, 1, 1, 1]],
    Dc = [3, m, jo, 0, [mp], [1]],
    CV = [
      3,
      m,
      M3,
      0,
      [os, F, Ui, Gt, rn, as],
      [() => HT, 0, 0, 128, () => ln, 0],
      2,
    ],
    RV = [
      3,
      m,
      gae,
      0,
      [F, os, wI, qI, Ht, hp, pp, Ui, Gt, rn, as],
      [0, () => HT, () => GT, 0, 0, 0, 0, 0, 128, () => ln, 0],
      2,
    ],
    OV = [3, m, Sae, 0, [aI, Ct, vc], [() => un, () => Bs, () => xp]],
    DV = [3, m, A3, 0, [os], [() => HT], 1],
    NV = [3, m, Cae, 0, [Ac, k3, e3, ane], [0, 0, 0, [2, { [tpe]: ipe }]], 2],
    PV = [3, m, Rae, 0, [HI], [0]],
    kV = [
      3,
      m,
      Gae,
      0,
      [F, pe, n4, xy, Ic, bc, m3, Fae, pp, Zce, r3, Ht, Fi, II, h3, Gt, rn],
      [
        0,
        0,
        0,
        64,
        1,
        2,
        () => tfe,
        () => rz,
        0,
        2,
        () => Vt,
        0,
        0,
        0,
        0,
        128,
        () => ln,
      ],
      1,
    ],
    MV = [
      3,
      m,
      Hae,
      0,
      [MI, X2, K3, $I, Ct],
      [() => Hy, 1, 1, () => Vt, () => Bs],
    ],
    $V = [3, m, Bce, 0, [St], [0]],
    LV = [
      3,
      m,
      jae,
      0,
      [St, nn, F3, H3, VI],
      [0, () => $pe, () => Ms, () => Ms, 0],
    ],
    UV = [3, m, qae, 0, [St, lce, wce], [0, () => Lpe, () => Us], 1],
    BV = [
      3,
      m,
      Jae,
      0,
      [St, VI, Kae, Ice, Ace, Ry, jo, Vo, cs, nn, dce, q3, _y],
      [
        0,
        0,
        0,
        0,
        0,
        0,
        () => Dc,
        () => Oc,
        () => NT,
        () => Upe,
        4,
        () => By,
        0,
      ],
    ],
    FV = [3, m, Qae, 0, [pe, jo, Vo], [0, () => Dc, () => Oc], 1],
    GV = [3, m, Zae, 0, [pe, Cy, C3, D3], [0, 0, () => Ms, () => Ms]],
    HV = [3, m, tce, 0, [pe, _ae], [0, () => Us]],
    VV = [3, m, nce, 0, [pe, jo, Vo, cs], [0, () => Dc, () => Oc, () => bT]],
    jV = [
      3,
      m,
      ace,
      0,
      [pe, Cy, R3, C3, P3, D3],
      [0, 0, 1, () => Ms, 1, () => Ms],
      1,
    ],
    zV = [3, m, L3, 0, [pe, R3, Tae], [0, 1, () => Us], 1],
    qV = [
      3,
      m,
      _ce,
      0,
      [St, VI, Xae, G3, F3, vce, H3, ice, q3],
      [0, 0, () => pT, 1, () => Ms, 1, () => Ms, () => Bpe, () => By],
      1,
    ],
    WV = [
      3,
      m,
      j3,
      0,
      [St, G3, xce, L3, Rce],
      [0, 1, () => Us, () => Fpe, 0],
      1,
    ],
    KV = [
      3,
      m,
      pce,
      0,
      [fp, ky, Bi, Ase],
      [() => kG, () => Mj, () => WG, () => CH],
    ],
    XV = [3, m, $ce, 0, [fp, Bi], [() => PG, () => qG]],
    JV = [3, m, z3, 0, [$3, mce, Gce, e4], [4, 2, 0, 0], 2],
    YV = [
      3,
      m,
      Dce,
      0,
      [l4, cp, P2, u3, y3, jo, Vo, Q3, m4],
      [0, 0, 0, () => Gy, () => LT, () => an, () => tr, () => Nc, () => jy],
      2,
    ],
    QV = [3, m, Nce, 0, [Cc], [() => Hi]],
    ZV = [
      3,
      m,
      kce,
      0,
      [l4, e4, uue, Ile, $3, P2, u3, y3, jo, Vo, Q3, m4],
      [
        0,
        0,
        0,
        2,
        4,
        0,
        () => Gy,
        () => LT,
        () => an,
        () => tr,
        () => Nc,
        () => jy,
      ],
      1,
    ],
    ej = [3, m, Mce, 0, [Cc], [() => Hi]],
    Uy = [3, m, Dy, 0, [yp, Sp, WI], [0, 0, 0], 1],
    tj = [
      3,
      m,
      Jce,
      0,
      [F, pe, xy, Ic, n4, Xce, pp, r3, Ht, Kue, Eue, Fi, II, Gt, rn, bc],
      [0, 0, 64, 1, 0, () => rz, 0, () => Vt, 0, 1, 1, 0, 0, 128, () => ln, 2],
      1,
    ],
    rj = [
      3,
      m,
      eue,
      0,
      [MI, X2, K3, $I, Ct],
      [() => Hy, 1, 1, () => Vt, () => Bs],
    ],
    nj = [3, m, sue, 0, [os, yue], [() => un, 1]],
    sj = [3, m, iue, 0, [Ec, aue], [0, 0], 2],
    oj = [
      3,
      m,
      pue,
      0,
      [F, pe, lue, kue, Ht, Gt, rn, Fi, zce],
      [0, 0, () => zpe, 1, 0, 128, () => ln, 0, 0],
      4,
    ],
    ij = [3, m, due, 0, [Ct, nue], [() => $T, () => jpe]],
    aj = [
      3,
      m,
      t4,
      0,
      [F, Rc, wr, xue, on, Ls, c4, sn, wc, up],
      [0, 0, () => cn, 4, () => an, 0, 1, () => tr, 1, 0],
      5,
    ],
    cj = [
      3,
      m,
      r4,
      0,
      [Tc, nn, qce, nT, XI, Gi],
      [() => Ope, () => Spe, () => wp, () => PT, () => RT, () => Xpe],
    ],
    RT = [3, m, XI, 0, [QI, Z3, die, Koe], [0, 0, 0, 4]],
    Nc = [3, m, Py, 0, [i3, Z3, Ry], [2, 0, 0]],
    uj = [
      3,
      m,
      Vce,
      0,
      [PI, BI, F, xc, UI, O3],
      [() => IT, () => AT, 0, [0, 4], 1, 0],
      3,
    ],
    lj = [3, m, jce, 0, [pI], [() => dT], 1],
    wp = [3, m, Ny, 0, [Wce, mue], [2, 0], 1],
    OT = [3, m, eT, 0, [F, u4, W3], [0, 0, () => kpe]],
    By = [3, m, o4, 0, [tT, S3], [0, 4]],
    DT = [
      3,
      m,
      rT,
      0,
      [F, ap, wr, up, on, sn, Py, nn, Gi],
      [
        0,
        () => Fy,
        () => cn,
        0,
        () => an,
        () => tr,
        () => Nc,
        () => Gy,
        () => jy,
      ],
      3,
    ],
    Hi = [
      3,
      m,
      Cc,
      0,
      [
        ap,
        F,
        wr,
        u4,
        V2,
        on,
        c4,
        wc,
        Ls,
        Rc,
        k2,
        Tc,
        nn,
        Ny,
        Yie,
        zie,
        Poe,
        W3,
        koe,
        _y,
        z3,
        XI,
        _2,
        o4,
        gI,
        J2,
        sn,
        cs,
        E3,
        Gi,
      ],
      [
        () => Fy,
        0,
        () => cn,
        0,
        4,
        () => CT,
        1,
        1,
        0,
        0,
        () => pT,
        () => Rpe,
        () => ype,
        () => wp,
        0,
        0,
        0,
        () => Jj,
        () => wpe,
        0,
        () => JV,
        () => RT,
        () => tG,
        () => By,
        2,
        2,
        () => tr,
        () => NT,
        0,
        () => Kpe,
      ],
    ],
    NT = [3, m, tle, 0, [jI, cT, QI], [1, 1, 0]],
    pj = [3, m, rle, 0, [is, aT], [0, 0], 2],
    fj = [3, m, Gue, 0, [Ac, oT], [0, () => BT], 2],
    dj = [3, m, que, 0, [rpe, npe], [0, 0]],
    PT = [3, m, nT, 0, [Xue, Ec], [0, 0]],
    kT = [3, m, sT, 0, [i3, Ec], [2, 0], 2],
    mj = [3, m, _ue, 0, [c3], [() => BH], 1],
    hj = [3, m, Aue, 0, [i4, Ht], [() => qpe, 0], 1],
    gj = [3, m, Rue, 0, [Ct, Oy], [() => kc, () => Xj]],
    yj = [
      3,
      m,
      Jue,
      0,
      [H2, M3, Bi, ky],
      [() => TG, () => CV, () => BG, () => xj],
    ],
    Sj = [3, m, Yue, 0, [i4, Ht, hp, q2], [() => Wpe, 0, 0, [0, 4]], 1],
    Ej = [3, m, Zue, 0, [Ct, vc], [() => kc, () => nz]],
    bj = [3, m, Ale, 0, [Ac, Mue], [0, 64], 2],
    xj = [
      3,
      m,
      ky,
      0,
      [is, d4, F, Ui, Gt, rn, as],
      [() => Vt, 0, 0, 0, 128, () => ln, 0],
      3,
    ],
    wj = [3, m, sle, 0, [F, T3], [0, () => AV], 2],
    vj = [3, m, ole, 0, [mI], [() => gT]],
    Ij = [3, m, ale, 0, [F, Qre, pe, wy], [0, 0, 0, 0], 2],
    Tj = [3, m, cle, 0, [F, pe, hI, wy], [0, 0, 0, 0]],
    _j = [3, m, ule, 0, [pe, on, sn, cs], [0, () => an, () => tr, () => Pc], 1],
    Aj = [3, m, ple, 0, [$s, zI], [0, () => Vpe], 2],
    Cj = [3, m, fle, 0, [Ty], [() => Ly]],
    Rj = [
      3,
      m,
      mle,
      0,
      [$s, Toe, Ooe, Roe, p3, j3],
      [0, 0, 1, () => Us, () => bpe, () => Gpe],
      1,
    ],
    Oj = [3, m, hle, 0, [$s, V3], [0, () => Zj]],
    Dj = [
      3,
      m,
      yle,
      0,
      [F, is, R2, wI, pp, qI, Ht, hp, d4, Ui, Gt, rn, as],
      [0, () => Vt, () => Qpe, () => GT, 0, 0, 0, 0, 0, 0, 128, () => ln, 0],
      2,
    ],
    Nj = [3, m, Sle, 0, [aI, Ct, vc], [() => un, () => Bs, () => xp]],
    MT = [3, m, iT, 0, [oI], [0]],
    Pj = [3, m, wle, 0, [F, gp, iT], [0, 0, () => MT], 2],
    kj = [3, m, vle, 0, [F, gp, yI, iT], [0, 0, 0, () => MT]],
    Mj = [
      3,
      m,
      _le,
      0,
      [St, Ry, jo, Vo, nn, s4],
      [0, 0, () => Dc, () => Oc, () => Yj, 0],
      1,
    ],
    $j = [
      3,
      m,
      Rle,
      0,
      [F, ap, up, on, l3, Ny, Py, zI, tT, gI, E3, Boe, sn, cs, _y, J2, zle],
      [
        0,
        () => Fy,
        0,
        () => an,
        () => Epe,
        () => wp,
        () => Nc,
        () => Hpe,
        0,
        2,
        0,
        () => vpe,
        () => tr,
        () => Pc,
        0,
        2,
        () => Jpe,
      ],
      1,
    ],
    Lj = [3, m, Ole, 0, [Cc], [() => Hi]],
    Uj = [
      3,
      m,
      Nle,
      0,
      [F, l3, N3, zI],
      [0, () => gpe, () => Us, () => Mpe],
      1,
    ],
    Bj = [3, m, Ple, 0, [eT], [() => OT]],
    Fj = [3, m, Mle, 0, [F, sT], [0, () => kT], 2],
    Gj = [3, m, $le, 0, [sT], [() => kT]],
    vp = [3, m, Lle, 0, [Ec], [0], 1],
    $T = [3, m, Ule, 0, [Xle, Jle], [1, 1]],
    Hj = [
      3,
      m,
      Kle,
      0,
      [pe, My, Ir, vy, Iy, Ep],
      [0, () => vp, () => Tr, 1, 0, () => Vy],
      5,
    ],
    Vj = [
      3,
      m,
      Gle,
      0,
      [pe, Ep, Ir, My, vy, Iy, Cy, O2, NI, wc, CI],
      [0, () => Vy, () => Tr, () => vp, 1, 0, 0, 2, 1, 1, 0],
    ],
    jj = [
      3,
      m,
      Vle,
      0,
      [pe, My, Ep, Ir, vy, Iy],
      [0, () => vp, () => Vy, () => Tr, 1, 0],
    ],
    zj = [3, m, Wle, 0, [fp, Bi], [() => LG, () => ZG]],
    Pc = [3, m, cs, 0, [jI, cT], [1, 1]],
    qj = [3, m, Yle, 0, [A3, Y2], [() => DV, () => KG]],
    Wj = "unit",
    Fy = [1, m, ap, 0, () => rG],
    Kj = [1, m, iI, 0, () => rr],
    ape = [1, m, Qte, 0, () => sG],
    cpe = [1, m, F2, 0, () => cG],
    upe = [1, m, M2, 0, () => SG],
    lpe = [1, m, wre, 0, () => EG],
    ppe = [1, m, vre, 0, () => bG],
    fpe = [1, m, ine, 0, () => IG],
    kc = [1, m, qre, 0, () => Bs],
    dpe = [1, m, j2, 0, () => _G],
    mpe = [1, m, o3, 0, () => RH],
    hpe = [1, m, n3, 0, () => MH],
    gpe = [1, m, doe, 0, () => zH],
    ype = [1, m, hoe, 0, () => qH],
    Spe = [1, m, nn, 0, () => WH],
    Gy = [1, m, yoe, 0, () => jH],
    Epe = [1, m, Eoe, 0, () => KH],
    bpe = [1, m, _oe, 0, () => JH],
    xpe = [1, m, Aoe, 0, () => XH],
    wpe = [1, m, $oe, 0, () => YH],
    vpe = [1, m, Uoe, 0, () => QH],
    Ipe = [1, m, f3, 0, () => ZH],
    Tpe = [1, m, zoe, 0, () => xp],
    Hy = [1, m, Qoe, 0, () => un],
    Xj = [1, m, nie, 0, () => rV],
    _pe = [1, m, fie, 0, () => Vt],
    cn = [1, m, wr, 0, () => sV],
    Ape = [1, m, g3, 0, () => oV],
    Cpe = [1, m, Eie, 0, () => rr],
    Rpe = [1, m, Wie, 0, () => vV],
    Ope = [1, m, Tc, 0, () => IV],
    LT = [1, m, Xie, 0, () => wV],
    Dpe = [1, m, kae, 0, () => TV],
    Npe = [1, m, vae, 0, () => mG],
    Ppe = [1, m, Iae, 0, () => hG],
    UT = [1, m, Nae, 0, () => rr],
    kpe = [1, m, zae, 0, () => LV],
    Mpe = [1, m, Wae, 0, () => UV],
    Jj = [1, m, Yae, 0, () => BV],
    $pe = [1, m, ece, 0, () => GV],
    Lpe = [1, m, rce, 0, () => HV],
    Upe = [1, m, sce, 0, () => VV],
    Yj = [1, m, oce, 0, () => FV],
    Bpe = [1, m, cce, 0, () => jV],
    Fpe = [1, m, uce, 0, () => zV],
    Qj = [1, m, gce, 0, () => $V],
    Zj = [1, m, Tce, 0, () => qV],
    Gpe = [1, m, Cce, 0, () => WV],
    Hpe = [1, m, fce, 0, () => KV],
    Vpe = [1, m, Lce, 0, () => XV],
    jpe = [1, m, oue, 0, () => nj],
    Vy = [1, m, Ep, 0, () => sj],
    zpe = [1, m, fue, 0, () => rr],
    BT = [1, m, $ue, 0, () => pj],
    FT = [1, m, Hue, 0, () => dj],
    qpe = [1, m, Cue, 0, () => mj],
    Wpe = [1, m, Que, 0, () => yj],
    Kpe = [1, m, Hle, 0, () => Vj],
    Xpe = [1, m, Gi, 0, () => jj],
    jy = [1, m, jle, 0, () => Hj],
    Jpe = [1, m, qle, 0, () => zj],
    Ype = [1, m, Qle, 0, () => qj],
    un = [2, m, Wte, 0, 0, () => rr],
    Qpe = [2, m, R2, 0, 0, () => nG],
    ez = [2, m, hre, 0, 0, () => nV],
    Zpe = [2, m, mre, 0, 0, () => Hy],
    tz = [2, m, Mre, 0, 0, () => Ype],
    GT = [2, m, Rse, 0, 0, () => kH],
    ln = [2, m, Ose, 0, 0, () => rr],
    rz = [2, m, soe, 0, 0, () => hT],
    efe = [2, m, joe, 0, 0, () => rr],
    nz = [2, m, qoe, 0, 0, () => Tpe],
    Vt = [2, m, is, 0, 0, () => rr],
    tfe = [2, m, m3, 0, 0, () => hT],
    rfe = [2, m, iae, 0, 0, () => rr],
    HT = [2, m, yae, 0, 0, () => rr],
    YF = [2, m, Yce, 0, 0, () => fT],
    QF = [2, m, Qce, 0, 0, () => mT],
    nfe = [2, m, Ble, 0, 0, () => xG],
    sfe = [2, m, Fle, 0, 0, () => $T],
    rr = [
      4,
      m,
      ore,
      0,
      [gue, cae, $re, cue, pae, Ore, aae, oae, fae, Ere],
      [0, 0, 21, 64, 64, 85, () => rfe, () => Cpe, 2, 2],
    ],
    sz = [9, m, cre, 0, () => uG, () => lG],
    oz = [9, m, pre, 0, () => pG, () => fG],
    iz = [9, m, Nre, 0, () => gG, () => yG],
    az = [9, m, Hre, 0, () => wG, () => vG],
    cz = [9, m, Lre, 0, () => AG, () => CG],
    uz = [9, m, Kre, 0, () => OG, () => DG],
    lz = [9, m, pne, 0, () => MG, () => $G],
    pz = [9, m, gne, 0, () => FG, () => GG],
    fz = [9, m, zne, 0, () => jG, () => zG],
    dz = [9, m, use, 0, () => XG, () => JG],
    mz = [9, m, dse, 0, () => YG, () => QG],
    hz = [9, m, Ine, 0, () => eH, () => tH],
    gz = [9, m, vne, 0, () => rH, () => nH],
    yz = [9, m, Tne, 0, () => sH, () => oH],
    Sz = [9, m, Cne, 0, () => iH, () => aH],
    Ez = [9, m, Dne, 0, () => cH, () => uH],
    bz = [9, m, $ne, 0, () => lH, () => pH],
    xz = [9, m, Une, 0, () => fH, () => dH],
    wz = [9, m, Gne, 0, () => mH, () => hH],
    vz = [9, m, Yne, 0, () => gH, () => yH],
    Iz = [9, m, Qne, 0, () => SH, () => EH],
    Tz = [9, m, rse, 0, () => bH, () => xH],
    _z = [9, m, Ise, 0, () => wH, () => vH],
    Az = [9, m, Sse, 0, () => IH, () => TH],
    Cz = [9, m, xse, 0, () => _H, () => AH],
    Rz = [9, m, tse, 0, () => TT, () => _T],
    Oz = [9, m, $se, 0, () => TT, () => _T],
    Dz = [9, m, Wse, 0, () => OH, () => DH],
    Nz = [9, m, eoe, 0, () => NH, () => PH],
    Pz = [9, m, Yse, 0, () => $H, () => LH],
    kz = [9, m, ioe, 0, () => FH, () => GH],
    Mz = [9, m, uoe, 0, () => HH, () => VH],
    $z = [9, m, aie, 0, () => eV, () => tV],
    Lz = [9, m, bie, 0, () => iV, () => aV],
    Uz = [9, m, Tie, 0, () => cV, () => uV],
    Bz = [9, m, _ie, 0, () => lV, () => pV],
    Fz = [9, m, Oie, 0, () => fV, () => dV],
    Gz = [9, m, Lie, 0, () => mV, () => hV],
    Hz = [9, m, Fie, 0, () => gV, () => yV],
    Vz = [9, m, Qie, 0, () => SV, () => EV],
    jz = [9, m, tae, 0, () => bV, () => xV],
    zz = [9, m, mae, 0, () => RV, () => OV],
    qz = [9, m, Aae, 0, () => NV, () => PV],
    Wz = [9, m, Bae, 0, () => kV, () => MV],
    Kz = [9, m, Oce, 0, () => YV, () => QV],
    Xz = [9, m, Pce, 0, () => ZV, () => ej],
    Jz = [9, m, Sue, 0, () => tj, () => rj],
    Yz = [9, m, hue, 0, () => oj, () => ij],
    Qz = [9, m, Hce, 0, () => uj, () => lj],
    Zz = [9, m, zue, 0, () => fj, () => Wj],
    eq = [9, m, Oue, 0, () => hj, () => gj],
    tq = [9, m, ele, 0, () => Sj, () => Ej],
    rq = [9, m, Tle, 0, () => bj, () => Wj],
    nq = [9, m, nle, 0, () => wj, () => vj],
    sq = [9, m, ile, 0, () => Ij, () => Tj],
    oq = [9, m, lle, 0, () => Aj, () => Cj],
    iq = [9, m, dle, 0, () => Rj, () => Oj],
    aq = [9, m, Ele, 0, () => Dj, () => Nj],
    cq = [9, m, xle, 0, () => Pj, () => kj],
    uq = [9, m, Cle, 0, () => $j, () => Lj],
    lq = [9, m, Dle, 0, () => Uj, () => Bj],
    pq = [9, m, kle, 0, () => Fj, () => Gj],
    Wl = class extends C(Ho, R, "DescribeEndpoints", Ez) {},
    ofe = "3.1161.0",
    ife = { version: ofe },
    At = "ref",
    Zr = "argv",
    Bt = -1,
    jl = !0,
    hc = !1,
    gc = "isSet",
    zl = "booleanEquals",
    fq = "PartitionResult",
    _t = "stringEquals",
    en = "getAttr",
    dq = "parsedEndpoint",
    ZF = "aws.parseArn",
    e2 = (t) => "ParsedArn_ssa_" + t,
    t2 = "service",
    Zv = "dynamodb",
    ql = "isValidHostLabel",
    r2 = "accountId",
    n2 = "FirstArn",
    s2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
    o2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
    i2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}",
    a2 = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}",
    Go = { [At]: "Region" },
    rI = { [At]: fq },
    c2 = { fn: en, [Zr]: [{ [At]: dq }, "authority"] },
    eI = { [At]: "AccountIdEndpointMode" },
    u2 = { fn: en, [Zr]: [rI, "name"] },
    nI = { [At]: "ParsedArn_ssa_2" },
    l2 = { fn: en, [Zr]: [nI, "region"] },
    p2 = { [At]: "ResourceArnList" },
    f2 = { fn: en, [Zr]: [{ [At]: "ParsedArn_ssa_1" }, "region"] },
    d2 = { [At]: "ParsedArn_ssa_1" },
    m2 = { [At]: "AccountId" },
    ks = {},
    xr = { metricValues: ["O"] },
    h2 = [Go],
    g2 = [{ [At]: "Endpoint" }],
    y2 = [{ [At]: "ResourceArn" }],
    S2 = {
      conditions: [
        [gc, h2],
        [gc, g2],
        [zl, [{ [At]: "UseFIPS" }, jl]],
        [zl, [{ [At]: "UseDualStack" }, jl]],
        ["aws.partition", h2, fq],
        [_t, [Go, "local"]],
        [zl, [{ fn: en, [Zr]: [rI, "supportsFIPS"] }, jl]],
        ["parseURL", g2, dq],
        [_t, ["dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", c2]],
        [zl, [{ fn: en, [Zr]: [rI, "supportsDualStack"] }, jl]],
        [
          _t,
          ["search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", c2],
        ],
        [gc, [eI]],
        [_t, [Go, "us-gov-east-1"]],
        [_t, [Go, "cn-north-1"]],
        [_t, [Go, "cn-northwest-1"]],
        [_t, [Go, "us-gov-west-1"]],
        [_t, [u2, "aws"]],
        [_t, [eI, "disabled"]],
        [gc, y2],
        [ZF, y2, e2(2)],
        [_t, [{ fn: en, [Zr]: [nI, t2] }, Zv]],
        [_t, [l2, Go]],
        [ql, [{ fn: en, [Zr]: [nI, r2] }, hc]],
        [ql, [l2, hc]],
        [gc, [p2]],
        [en, [p2, "[0]"], n2],
        [ZF, [{ [At]: n2 }], e2(1)],
        [_t, [f2, Go]],
        [_t, [{ fn: en, [Zr]: [d2, t2] }, Zv]],
        [ql, [{ fn: en, [Zr]: [d2, r2] }, hc]],
        [ql, [f2, hc]],
        [gc, [m2]],
        [_t, [eI, "required"]],
        [ql, [m2, hc]],
        [_t, [u2, "aws-us-gov"]],
        [
          zl,
          [{ fn: "coalesce", [Zr]: [{ [At]: "IsSearchOperation" }, hc] }, jl],
        ],
      ],
      results: [
        [Bt],
        [
          Bt,
          "Invalid Configuration: FIPS and custom endpoint are not supported",
        ],
        [
          Bt,
          "Invalid Configuration: Dualstack and custom endpoint are not supported",
        ],
        [
          Bt,
          "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html",
        ],
        ["{Endpoint}", ks],
        [
          Bt,
          "Invalid Configuration: FIPS and local endpoint are not supported",
        ],
        [
          Bt,
          "Invalid Configuration: Dualstack and local endpoint are not supported",
        ],
        [
          "http://localhost:8000",
          {
            authSchemes: [
              { name: "sigv4", signingName: Zv, signingRegion: "us-east-1" },
            ],
          },
        ],
        [
          Bt,
          "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported",
        ],
        [
          "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ks,
        ],
        [
          "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ks,
        ],
        [
          Bt,
          "FIPS and DualStack are enabled, but this partition does not support one or both",
        ],
        ["https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}", ks],
        ["https://dynamodb.{Region}.{PartitionResult#dnsSuffix}", ks],
        [
          "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}",
          ks,
        ],
        ["https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}", ks],
        [Bt, "FIPS is enabled but this partition does not support FIPS"],
        [
          Bt,
          "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region",
        ],
        [
          "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ks,
        ],
        ["https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", ks],
        [s2(2), xr],
        [o2(2), xr],
        [s2(1), xr],
        [o2(1), xr],
        [
          "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          xr,
        ],
        [
          "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          xr,
        ],
        [Bt, "Credentials-sourced account ID parameter is invalid"],
        [
          Bt,
          "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded",
        ],
        [
          Bt,
          "DualStack is enabled but this partition does not support DualStack",
        ],
        [i2(2), xr],
        [a2(2), xr],
        [i2(1), xr],
        [a2(1), xr],
        [
          "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}",
          xr,
        ],
        ["https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}", xr],
        [Bt, "Invalid Configuration: Missing Region"],
      ],
    },
    afe = 2,
    N = 1e8,
    cfe = new Int32Array([
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
    ufe = nte.from(cfe, afe, S2.conditions, S2.results),
    lfe = new ste({
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
    pfe = (t, e = {}) =>
      lfe.get(t, () => ote(ufe, { endpointParams: t, logger: e.logger }));
  ite.aws = wee;
  var ffe = (t) => ({
      apiVersion: "2012-08-10",
      base64Decoder: t?.base64Decoder ?? Ite,
      base64Encoder: t?.base64Encoder ?? vte,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? pfe,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? Pte,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new Ste(),
        },
      ],
      logger: t?.logger ?? new Vee(),
      protocol: t?.protocol ?? Cte,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.dynamodb",
        errorTypeRegistries: eG,
        xmlNamespace: "http://dynamodb.amazonaws.com/doc/2012-08-10/",
        version: "2012-08-10",
        serviceTarget: "DynamoDB_20120810",
        jsonCodec: new Rte(),
      },
      serviceId: t?.serviceId ?? "DynamoDB",
      sha256: t?.sha256 ?? Ote,
      urlParser: t?.urlParser ?? cte,
      utf8Decoder: t?.utf8Decoder ?? wte,
      utf8Encoder: t?.utf8Encoder ?? xte,
    }),
    dfe = (t) => {
      jee(process.version);
      let e = Jee(t),
        r = () => e().then(zee),
        n = ffe(t);
      vee(process.version);
      let s = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        accountIdEndpointMode: t?.accountIdEndpointMode ?? Ps(bee, s),
        authSchemePreference: t?.authSchemePreference ?? Ps(Ete, s),
        bodyLengthChecker: t?.bodyLengthChecker ?? Tte,
        credentialDefaultProvider: t?.credentialDefaultProvider ?? bte,
        defaultSocketTimeout: Tee(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Iee({ serviceId: n.serviceId, clientVersion: ife.version }),
        endpointDiscoveryEnabledProvider:
          t?.endpointDiscoveryEnabledProvider ?? Ps(Mee, s),
        maxAttempts:
          t?.maxAttempts ?? Ps(tI.v2026 ? { ...JF, default: 4 } : JF, t),
        region: t?.region ?? Ps(Zee, { ...ete, ...s }),
        requestHandler: Ate.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          Ps({ ...dte, default: async () => (await r()).retryMode || fte }, t),
        streamCollector: t?.streamCollector ?? _te,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? Ps(Qee, s),
        useFipsEndpoint: t?.useFipsEndpoint ?? Ps(Yee, s),
        userAgentAppId: t?.userAgentAppId ?? Ps(_ee, s),
      };
    },
    mfe = (t) => {
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
    hfe = (t) => ({
      httpAuthSchemes: t.httpAuthSchemes(),
      httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
      credentials: t.credentials(),
    }),
    gfe = (t, e) => {
      let r = Object.assign(Aee(t), qee(t), ute(t), mfe(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, Cee(r), Wee(r), lte(r), hfe(r))
      );
    },
    tn = class extends b2 {
      config;
      constructor(...[e]) {
        let r = dfe(e || {});
        (super(r), (this.initConfig = r));
        let n = Mte(r),
          s = xee(n),
          o = Ree(s),
          i = mte(o, {
            defaultBaseDelay: tI.v2026 ? 25 : void 0,
            defaultMaxAttempts: tI.v2026 ? 4 : void 0,
          }),
          a = tte(i),
          c = Oee(a),
          u = ate(c),
          l = kte(u),
          p = $ee(l, { endpointDiscoveryCommandCtor: Wl }),
          h = gfe(p, e?.extensions || []);
        ((this.config = h),
          this.middlewareStack.use(gte(this.config)),
          this.middlewareStack.use(Dee(this.config)),
          this.middlewareStack.use(hte(this.config)),
          this.middlewareStack.use(pte(this.config)),
          this.middlewareStack.use(Nee(this.config)),
          this.middlewareStack.use(Pee(this.config)),
          this.middlewareStack.use(kee(this.config)),
          this.middlewareStack.use(
            Lee(this.config, {
              httpAuthSchemeParametersProvider: Dte,
              identityProviderConfigProvider: async (g) =>
                new Uee({ "aws.auth#sigv4": g.credentials }),
            }),
          ),
          this.middlewareStack.use(Bee(this.config)));
      }
      destroy() {
        super.destroy();
      }
    },
    _g = class extends C(Ho, R, "BatchExecuteStatement", sz) {},
    Ag = class extends C(w2, R, "BatchGetItem", oz) {},
    Cg = class extends C(w2, R, "BatchWriteItem", iz) {},
    Rg = class extends C(v2, R, "CancelBulkOperation", az) {},
    Og = class extends C(Te, R, "CreateBackup", cz) {},
    Dg = class extends C(ip, R, "CreateGlobalTable", uz) {},
    Ng = class extends C(Te, R, "CreateTable", lz) {},
    Pg = class extends C(I2, R, "DeleteBackup", pz) {},
    kg = class extends C(Te, R, "DeleteItem", fz) {},
    Mg = class extends C(Sc, R, "DeleteResourcePolicy", dz) {},
    $g = class extends C(Te, R, "DeleteTable", mz) {},
    Lg = class extends C(I2, R, "DescribeBackup", hz) {},
    Kl = class extends C(v2, R, "DescribeBulkOperation", gz) {},
    Ug = class extends C(Te, R, "DescribeContinuousBackups", yz) {},
    Xl = class extends C(Te, R, "DescribeContributorInsights", Sz) {},
    Jl = class extends C(Lte, R, "DescribeExport", bz) {},
    Bg = class extends C(ip, R, "DescribeGlobalTable", xz) {},
    Fg = class extends C(ip, R, "DescribeGlobalTableSettings", wz) {},
    Yl = class extends C(Ute, R, "DescribeImport", vz) {},
    Ql = class extends C(Te, R, "DescribeKinesisStreamingDestination", Iz) {},
    Gg = class extends C(Ho, R, "DescribeLimits", Tz) {},
    yc = class extends C(Te, R, "DescribeTable", _z) {},
    Hg = class extends C(Te, R, "DescribeTableReplicaAutoScaling", Az) {},
    Vg = class extends C(Te, R, "DescribeTimeToLive", Cz) {},
    jg = class extends C(Te, R, "DisableKinesisStreamingDestination", Rz) {},
    zg = class extends C(Te, R, "EnableKinesisStreamingDestination", Oz) {},
    qg = class extends C(Ho, R, "ExecuteStatement", Dz) {},
    Wg = class extends C(Ho, R, "ExecuteTransaction", Nz) {},
    Kg = class extends C(sI, R, "ExportTableToPointInTime", Pz) {},
    Xg = class extends C(Te, R, "GetItem", kz) {},
    Jg = class extends C(Sc, R, "GetResourcePolicy", Mz) {},
    Yg = class extends C(Bte, R, "ImportTable", $z) {},
    Qg = class extends C(Te, R, "ListBackups", Lz) {},
    Zl = class extends C(Ho, R, "ListBulkOperations", Uz) {},
    ep = class extends C(Te, R, "ListContributorInsights", Bz) {},
    tp = class extends C(sI, R, "ListExports", Fz) {},
    Zg = class extends C(Ho, R, "ListGlobalTables", Gz) {},
    rp = class extends C(sI, R, "ListImports", Hz) {},
    np = class extends C(Ho, R, "ListTables", Vz) {},
    ey = class extends C(Sc, R, "ListTagsOfResource", jz) {},
    ty = class extends C(Te, R, "PutItem", zz) {},
    ry = class extends C(Sc, R, "PutResourcePolicy", qz) {},
    sp = class extends C(Te, R, "Query", Wz) {},
    ny = class extends C(T2, R, "RestoreTableFromBackup", Kz) {},
    sy = class extends C(T2, R, "RestoreTableToPointInTime", Xz) {},
    op = class extends C(Te, R, "Scan", Jz) {},
    oy = class extends C(Fte, R, "SearchVectors", Yz) {},
    iy = class extends C(Te, R, "StartBulkPutItems", Qz) {},
    ay = class extends C(Sc, R, "TagResource", Zz) {},
    cy = class extends C(Gte, R, "TransactGetItems", eq) {},
    uy = class extends C(Hte, R, "TransactWriteItems", tq) {},
    ly = class extends C(Sc, R, "UntagResource", rq) {},
    py = class extends C(Te, R, "UpdateContinuousBackups", nq) {},
    fy = class extends C(Te, R, "UpdateContributorInsights", sq) {},
    dy = class extends C(ip, R, "UpdateGlobalTable", oq) {},
    my = class extends C(ip, R, "UpdateGlobalTableSettings", iq) {},
    hy = class extends C(Te, R, "UpdateItem", aq) {},
    gy = class extends C(Te, R, "UpdateKinesisStreamingDestination", cq) {},
    yy = class extends C(Te, R, "UpdateTable", uq) {},
    Sy = class extends C(Te, R, "UpdateTableReplicaAutoScaling", lq) {},
    Ey = class extends C(Te, R, "UpdateTimeToLive", pq) {},
    mq = $i(tn, Zl, "NextToken", "NextToken", "MaxResults"),
    hq = $i(tn, ep, "NextToken", "NextToken", "MaxResults"),
    gq = $i(tn, tp, "NextToken", "NextToken", "MaxResults"),
    yq = $i(tn, rp, "NextToken", "NextToken", "PageSize"),
    Sq = $i(
      tn,
      np,
      "ExclusiveStartTableName",
      "LastEvaluatedTableName",
      "Limit",
    ),
    Eq = $i(tn, sp, "ExclusiveStartKey", "LastEvaluatedKey", "Limit"),
    bq = $i(tn, op, "ExclusiveStartKey", "LastEvaluatedKey", "Limit"),
    xq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Kl(e));
        r = n;
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "COMPLETED")
            return { state: Re.SUCCESS, reason: r };
        } catch {}
        try {
          if (
            n.BulkOperationDescription.BulkOperationStatus ===
            "COMPLETED_WITH_ERRORS"
          )
            return { state: Re.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "CANCELLED")
            return { state: Re.FAILURE, reason: r };
        } catch {}
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "FAILED")
            return { state: Re.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Re.RETRY, reason: r };
    },
    yfe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, xq),
    wq = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, xq);
      return Li(n);
    },
    vq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Xl(e));
        r = n;
        try {
          if (n.ContributorInsightsStatus === "ENABLED")
            return { state: Re.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ContributorInsightsStatus === "FAILED")
            return { state: Re.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Re.RETRY, reason: r };
    },
    Sfe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, vq),
    Iq = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, vq);
      return Li(n);
    },
    Tq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Jl(e));
        r = n;
        try {
          if (n.ExportDescription.ExportStatus === "COMPLETED")
            return { state: Re.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ExportDescription.ExportStatus === "FAILED")
            return { state: Re.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Re.RETRY, reason: r };
    },
    Efe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Tq),
    _q = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Tq);
      return Li(n);
    },
    Aq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Yl(e));
        r = n;
        try {
          if (n.ImportTableDescription.ImportStatus === "COMPLETED")
            return { state: Re.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ImportTableDescription.ImportStatus === "FAILED")
            return { state: Re.FAILURE, reason: r };
        } catch {}
        try {
          if (n.ImportTableDescription.ImportStatus === "CANCELLED")
            return { state: Re.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Re.RETRY, reason: r };
    },
    bfe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Aq),
    Cq = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Aq);
      return Li(n);
    },
    Rq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Ql(e));
        r = n;
        try {
          let s = () =>
            []
              .concat(...n.KinesisDataStreamDestinations)
              .map((a) => a.DestinationStatus);
          for (let o of s())
            if (o == "ACTIVE") return { state: Re.SUCCESS, reason: r };
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
            return { state: Re.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: Re.RETRY, reason: r };
    },
    xfe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Rq),
    Oq = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Rq);
      return Li(n);
    },
    Dq = async (t, e) => {
      let r;
      try {
        let n = await t.send(new yc(e));
        r = n;
        try {
          if (n.Table.TableStatus === "ACTIVE")
            return { state: Re.SUCCESS, reason: r };
        } catch {}
      } catch (n) {
        if (((r = n), n.name === "ResourceNotFoundException"))
          return { state: Re.RETRY, reason: r };
      }
      return { state: Re.RETRY, reason: r };
    },
    wfe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Dq),
    Nq = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Dq);
      return Li(n);
    },
    Pq = async (t, e) => {
      let r;
      try {
        r = await t.send(new yc(e));
      } catch (n) {
        if (((r = n), n.name === "ResourceNotFoundException"))
          return { state: Re.SUCCESS, reason: r };
      }
      return { state: Re.RETRY, reason: r };
    },
    vfe = async (t, e) =>
      Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Pq),
    kq = async (t, e) => {
      let n = await Ft({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Pq);
      return Li(n);
    },
    Ife = {
      BatchExecuteStatementCommand: _g,
      BatchGetItemCommand: Ag,
      BatchWriteItemCommand: Cg,
      CancelBulkOperationCommand: Rg,
      CreateBackupCommand: Og,
      CreateGlobalTableCommand: Dg,
      CreateTableCommand: Ng,
      DeleteBackupCommand: Pg,
      DeleteItemCommand: kg,
      DeleteResourcePolicyCommand: Mg,
      DeleteTableCommand: $g,
      DescribeBackupCommand: Lg,
      DescribeBulkOperationCommand: Kl,
      DescribeContinuousBackupsCommand: Ug,
      DescribeContributorInsightsCommand: Xl,
      DescribeEndpointsCommand: Wl,
      DescribeExportCommand: Jl,
      DescribeGlobalTableCommand: Bg,
      DescribeGlobalTableSettingsCommand: Fg,
      DescribeImportCommand: Yl,
      DescribeKinesisStreamingDestinationCommand: Ql,
      DescribeLimitsCommand: Gg,
      DescribeTableCommand: yc,
      DescribeTableReplicaAutoScalingCommand: Hg,
      DescribeTimeToLiveCommand: Vg,
      DisableKinesisStreamingDestinationCommand: jg,
      EnableKinesisStreamingDestinationCommand: zg,
      ExecuteStatementCommand: qg,
      ExecuteTransactionCommand: Wg,
      ExportTableToPointInTimeCommand: Kg,
      GetItemCommand: Xg,
      GetResourcePolicyCommand: Jg,
      ImportTableCommand: Yg,
      ListBackupsCommand: Qg,
      ListBulkOperationsCommand: Zl,
      ListContributorInsightsCommand: ep,
      ListExportsCommand: tp,
      ListGlobalTablesCommand: Zg,
      ListImportsCommand: rp,
      ListTablesCommand: np,
      ListTagsOfResourceCommand: ey,
      PutItemCommand: ty,
      PutResourcePolicyCommand: ry,
      QueryCommand: sp,
      RestoreTableFromBackupCommand: ny,
      RestoreTableToPointInTimeCommand: sy,
      ScanCommand: op,
      SearchVectorsCommand: oy,
      StartBulkPutItemsCommand: iy,
      TagResourceCommand: ay,
      TransactGetItemsCommand: cy,
      TransactWriteItemsCommand: uy,
      UntagResourceCommand: ly,
      UpdateContinuousBackupsCommand: py,
      UpdateContributorInsightsCommand: fy,
      UpdateGlobalTableCommand: dy,
      UpdateGlobalTableSettingsCommand: my,
      UpdateItemCommand: hy,
      UpdateKinesisStreamingDestinationCommand: gy,
      UpdateTableCommand: yy,
      UpdateTableReplicaAutoScalingCommand: Sy,
      UpdateTimeToLiveCommand: Ey,
    },
    Tfe = {
      paginateListBulkOperations: mq,
      paginateListContributorInsights: hq,
      paginateListExports: gq,
      paginateListImports: yq,
      paginateListTables: Sq,
      paginateQuery: Eq,
      paginateScan: bq,
    },
    _fe = {
      waitUntilBulkOperationCompleted: wq,
      waitUntilContributorInsightsEnabled: Iq,
      waitUntilExportCompleted: _q,
      waitUntilImportCompleted: Cq,
      waitUntilKinesisStreamingDestinationActive: Oq,
      waitUntilTableExists: Nq,
      waitUntilTableNotExists: kq,
    },
    by = class extends tn {};
  Kee(Ife, by, { paginators: Tfe, waiters: _fe });
  var Afe = { MICROSECOND: "MICROSECOND", MILLISECOND: "MILLISECOND" },
    Cfe = { ADD: "ADD", DELETE: "DELETE", PUT: "PUT" },
    Rfe = { B: "B", N: "N", S: "S" },
    Ofe = { AVAILABLE: "AVAILABLE", CREATING: "CREATING", DELETED: "DELETED" },
    Dfe = { AWS_BACKUP: "AWS_BACKUP", SYSTEM: "SYSTEM", USER: "USER" },
    Nfe = { PAY_PER_REQUEST: "PAY_PER_REQUEST", PROVISIONED: "PROVISIONED" },
    Pfe = { HASH: "HASH", RANGE: "RANGE" },
    kfe = { ALL: "ALL", INCLUDE: "INCLUDE", KEYS_ONLY: "KEYS_ONLY" },
    Mfe = { AES256: "AES256", KMS: "KMS" },
    $fe = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      UPDATING: "UPDATING",
    },
    Lfe = {
      KEYS_ONLY: "KEYS_ONLY",
      NEW_AND_OLD_IMAGES: "NEW_AND_OLD_IMAGES",
      NEW_IMAGE: "NEW_IMAGE",
      OLD_IMAGE: "OLD_IMAGE",
    },
    Ufe = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
    },
    Bfe = {
      COSINE: "COSINE",
      DOT_PRODUCT: "DOT_PRODUCT",
      EUCLIDEAN: "EUCLIDEAN",
    },
    Ffe = { HASH: "HASH", INLINE_FILTER: "INLINE_FILTER" },
    Gfe = {
      ALL: "ALL",
      AWS_BACKUP: "AWS_BACKUP",
      SYSTEM: "SYSTEM",
      USER: "USER",
    },
    Hfe = { INDEXES: "INDEXES", NONE: "NONE", TOTAL: "TOTAL" },
    Vfe = { ALL_OLD: "ALL_OLD", NONE: "NONE" },
    jfe = {
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
    zfe = { NONE: "NONE", SIZE: "SIZE" },
    qfe = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      COMPLETED: "COMPLETED",
      COMPLETED_WITH_ERRORS: "COMPLETED_WITH_ERRORS",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    Wfe = { GZIP: "GZIP", NONE: "NONE", ZSTD: "ZSTD" },
    Kfe = { DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    Xfe = {
      CONDITION_CHECK_FAILURE: "CONDITION_CHECK_FAILURE",
      ERROR: "ERROR",
    },
    Jfe = { AES256: "AES256", KMS: "KMS" },
    Yfe = { ACCELERATED: "ACCELERATED", STANDARD: "STANDARD" },
    Qfe = {
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
    Zfe = { AND: "AND", OR: "OR" },
    ede = { DISABLED: "DISABLED", ENABLED: "ENABLED" },
    tde = { DISABLED: "DISABLED", ENABLED: "ENABLED" },
    rde = { DISABLE: "DISABLE", ENABLE: "ENABLE" },
    nde = {
      ACCESSED_AND_THROTTLED_KEYS: "ACCESSED_AND_THROTTLED_KEYS",
      THROTTLED_KEYS: "THROTTLED_KEYS",
    },
    sde = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      FAILED: "FAILED",
    },
    ode = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING",
    },
    ide = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING",
    },
    ade = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED",
      ENABLED_WITH_OVERRIDES: "ENABLED_WITH_OVERRIDES",
    },
    cde = {
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
    ude = {
      STANDARD: "STANDARD",
      STANDARD_INFREQUENT_ACCESS: "STANDARD_INFREQUENT_ACCESS",
    },
    lde = {
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
    pde = { ACTIVE: "ACTIVE", CREATING: "CREATING", DELETING: "DELETING" },
    fde = { EVENTUAL: "EVENTUAL", STRONG: "STRONG" },
    dde = {
      ALL_NEW: "ALL_NEW",
      ALL_OLD: "ALL_OLD",
      NONE: "NONE",
      UPDATED_NEW: "UPDATED_NEW",
      UPDATED_OLD: "UPDATED_OLD",
    },
    mde = { DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    hde = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    gde = {
      FULL_EXPORT: "FULL_EXPORT",
      INCREMENTAL_EXPORT: "INCREMENTAL_EXPORT",
    },
    yde = { NEW_AND_OLD_IMAGES: "NEW_AND_OLD_IMAGES", NEW_IMAGE: "NEW_IMAGE" },
    Sde = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    Ede = { CSV: "CSV", DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    bde = {
      ACTIVE: "ACTIVE",
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLE_FAILED: "ENABLE_FAILED",
      ENABLING: "ENABLING",
      UPDATING: "UPDATING",
    },
    xde = { WAIT_FOR_REPLICATION: "WAIT_FOR_REPLICATION" },
    wde = {
      ALL_ATTRIBUTES: "ALL_ATTRIBUTES",
      ALL_PROJECTED_ATTRIBUTES: "ALL_PROJECTED_ATTRIBUTES",
      COUNT: "COUNT",
      SPECIFIC_ATTRIBUTES: "SPECIFIC_ATTRIBUTES",
    };
  f.ApproximateCreationDateTimePrecision = Afe;
  f.ArchivalSummary$ = tG;
  f.AttributeAction = Cfe;
  f.AttributeDefinition$ = rG;
  f.AttributeValue$ = rr;
  f.AttributeValueUpdate$ = nG;
  f.AutoScalingPolicyDescription$ = sG;
  f.AutoScalingPolicyUpdate$ = oG;
  f.AutoScalingSettingsDescription$ = Ms;
  f.AutoScalingSettingsUpdate$ = Us;
  f.AutoScalingTargetTrackingScalingPolicyConfigurationDescription$ = iG;
  f.AutoScalingTargetTrackingScalingPolicyConfigurationUpdate$ = aG;
  f.BackupDescription$ = uT;
  f.BackupDetails$ = lT;
  f.BackupInUseException = zh;
  f.BackupInUseException$ = E4;
  f.BackupNotFoundException = qh;
  f.BackupNotFoundException$ = b4;
  f.BackupStatus = Ofe;
  f.BackupSummary$ = cG;
  f.BackupType = Dfe;
  f.BackupTypeFilter = Gfe;
  f.BatchExecuteStatement$ = sz;
  f.BatchExecuteStatementCommand = _g;
  f.BatchExecuteStatementInput$ = uG;
  f.BatchExecuteStatementOutput$ = lG;
  f.BatchGetItem$ = oz;
  f.BatchGetItemCommand = Ag;
  f.BatchGetItemInput$ = pG;
  f.BatchGetItemOutput$ = fG;
  f.BatchStatementError$ = dG;
  f.BatchStatementErrorCodeEnum = jfe;
  f.BatchStatementRequest$ = mG;
  f.BatchStatementResponse$ = hG;
  f.BatchWriteItem$ = iz;
  f.BatchWriteItemCommand = Cg;
  f.BatchWriteItemInput$ = gG;
  f.BatchWriteItemOutput$ = yG;
  f.BillingMode = Nfe;
  f.BillingModeSummary$ = pT;
  f.BulkOperationBytes$ = fT;
  f.BulkOperationDescription$ = dT;
  f.BulkOperationInputFormat = Kfe;
  f.BulkOperationPerformanceTier = Yfe;
  f.BulkOperationStatus = qfe;
  f.BulkOperationSummary$ = SG;
  f.BulkOperationTableDetail$ = EG;
  f.BulkOperationUsage$ = bG;
  f.BulkOperationVectorBytes$ = xG;
  f.CancelBulkOperation$ = az;
  f.CancelBulkOperationCommand = Rg;
  f.CancelBulkOperationInput$ = wG;
  f.CancelBulkOperationOutput$ = vG;
  f.CancellationReason$ = IG;
  f.Capacity$ = mT;
  f.ComparisonOperator = Qfe;
  f.Condition$ = hT;
  f.ConditionCheck$ = TG;
  f.ConditionalCheckFailedException = Ig;
  f.ConditionalCheckFailedException$ = x4;
  f.ConditionalOperator = Zfe;
  f.ConsumedCapacity$ = Bs;
  f.ContinuousBackupsDescription$ = gT;
  f.ContinuousBackupsStatus = ede;
  f.ContinuousBackupsUnavailableException = tg;
  f.ContinuousBackupsUnavailableException$ = w4;
  f.ContributorInsightsAction = rde;
  f.ContributorInsightsMode = nde;
  f.ContributorInsightsStatus = sde;
  f.ContributorInsightsSummary$ = _G;
  f.CreateBackup$ = cz;
  f.CreateBackupCommand = Og;
  f.CreateBackupInput$ = AG;
  f.CreateBackupOutput$ = CG;
  f.CreateGlobalSecondaryIndexAction$ = RG;
  f.CreateGlobalTable$ = uz;
  f.CreateGlobalTableCommand = Dg;
  f.CreateGlobalTableInput$ = OG;
  f.CreateGlobalTableOutput$ = DG;
  f.CreateGlobalTableWitnessGroupMemberAction$ = NG;
  f.CreateReplicaAction$ = PG;
  f.CreateReplicationGroupMemberAction$ = kG;
  f.CreateTable$ = lz;
  f.CreateTableCommand = Ng;
  f.CreateTableInput$ = MG;
  f.CreateTableOutput$ = $G;
  f.CreateVectorIndexAction$ = LG;
  f.CsvOptions$ = UG;
  f.Delete$ = BG;
  f.DeleteBackup$ = pz;
  f.DeleteBackupCommand = Pg;
  f.DeleteBackupInput$ = FG;
  f.DeleteBackupOutput$ = GG;
  f.DeleteGlobalSecondaryIndexAction$ = HG;
  f.DeleteGlobalTableWitnessGroupMemberAction$ = VG;
  f.DeleteItem$ = fz;
  f.DeleteItemCommand = kg;
  f.DeleteItemInput$ = jG;
  f.DeleteItemOutput$ = zG;
  f.DeleteReplicaAction$ = qG;
  f.DeleteReplicationGroupMemberAction$ = WG;
  f.DeleteRequest$ = KG;
  f.DeleteResourcePolicy$ = dz;
  f.DeleteResourcePolicyCommand = Mg;
  f.DeleteResourcePolicyInput$ = XG;
  f.DeleteResourcePolicyOutput$ = JG;
  f.DeleteTable$ = mz;
  f.DeleteTableCommand = $g;
  f.DeleteTableInput$ = YG;
  f.DeleteTableOutput$ = QG;
  f.DeleteVectorIndexAction$ = ZG;
  f.DescribeBackup$ = hz;
  f.DescribeBackupCommand = Lg;
  f.DescribeBackupInput$ = eH;
  f.DescribeBackupOutput$ = tH;
  f.DescribeBulkOperation$ = gz;
  f.DescribeBulkOperationCommand = Kl;
  f.DescribeBulkOperationInput$ = rH;
  f.DescribeBulkOperationOutput$ = nH;
  f.DescribeContinuousBackups$ = yz;
  f.DescribeContinuousBackupsCommand = Ug;
  f.DescribeContinuousBackupsInput$ = sH;
  f.DescribeContinuousBackupsOutput$ = oH;
  f.DescribeContributorInsights$ = Sz;
  f.DescribeContributorInsightsCommand = Xl;
  f.DescribeContributorInsightsInput$ = iH;
  f.DescribeContributorInsightsOutput$ = aH;
  f.DescribeEndpoints$ = Ez;
  f.DescribeEndpointsCommand = Wl;
  f.DescribeEndpointsRequest$ = cH;
  f.DescribeEndpointsResponse$ = uH;
  f.DescribeExport$ = bz;
  f.DescribeExportCommand = Jl;
  f.DescribeExportInput$ = lH;
  f.DescribeExportOutput$ = pH;
  f.DescribeGlobalTable$ = xz;
  f.DescribeGlobalTableCommand = Bg;
  f.DescribeGlobalTableInput$ = fH;
  f.DescribeGlobalTableOutput$ = dH;
  f.DescribeGlobalTableSettings$ = wz;
  f.DescribeGlobalTableSettingsCommand = Fg;
  f.DescribeGlobalTableSettingsInput$ = mH;
  f.DescribeGlobalTableSettingsOutput$ = hH;
  f.DescribeImport$ = vz;
  f.DescribeImportCommand = Yl;
  f.DescribeImportInput$ = gH;
  f.DescribeImportOutput$ = yH;
  f.DescribeKinesisStreamingDestination$ = Iz;
  f.DescribeKinesisStreamingDestinationCommand = Ql;
  f.DescribeKinesisStreamingDestinationInput$ = SH;
  f.DescribeKinesisStreamingDestinationOutput$ = EH;
  f.DescribeLimits$ = Tz;
  f.DescribeLimitsCommand = Gg;
  f.DescribeLimitsInput$ = bH;
  f.DescribeLimitsOutput$ = xH;
  f.DescribeTable$ = _z;
  f.DescribeTableCommand = yc;
  f.DescribeTableInput$ = wH;
  f.DescribeTableOutput$ = vH;
  f.DescribeTableReplicaAutoScaling$ = Az;
  f.DescribeTableReplicaAutoScalingCommand = Hg;
  f.DescribeTableReplicaAutoScalingInput$ = IH;
  f.DescribeTableReplicaAutoScalingOutput$ = TH;
  f.DescribeTimeToLive$ = Cz;
  f.DescribeTimeToLiveCommand = Vg;
  f.DescribeTimeToLiveInput$ = _H;
  f.DescribeTimeToLiveOutput$ = AH;
  f.DestinationStatus = bde;
  f.DisableKinesisStreamingDestination$ = Rz;
  f.DisableKinesisStreamingDestinationCommand = jg;
  f.DisassociateReplicationGroupMemberAction$ = CH;
  f.DisassociationMode = xde;
  f.DuplicateItemException = fg;
  f.DuplicateItemException$ = v4;
  f.DynamoDB = by;
  f.DynamoDBClient = tn;
  f.DynamoDBServiceException = q;
  f.DynamoDBServiceException$ = S4;
  f.EnableKinesisStreamingConfiguration$ = yT;
  f.EnableKinesisStreamingDestination$ = Oz;
  f.EnableKinesisStreamingDestinationCommand = zg;
  f.Endpoint$ = RH;
  f.ExecuteStatement$ = Dz;
  f.ExecuteStatementCommand = qg;
  f.ExecuteStatementInput$ = OH;
  f.ExecuteStatementOutput$ = DH;
  f.ExecuteTransaction$ = Nz;
  f.ExecuteTransactionCommand = Wg;
  f.ExecuteTransactionInput$ = NH;
  f.ExecuteTransactionOutput$ = PH;
  f.ExpectedAttributeValue$ = kH;
  f.ExportConflictException = hg;
  f.ExportConflictException$ = I4;
  f.ExportDescription$ = ST;
  f.ExportFormat = mde;
  f.ExportNotFoundException = ug;
  f.ExportNotFoundException$ = T4;
  f.ExportStatus = hde;
  f.ExportSummary$ = MH;
  f.ExportTableToPointInTime$ = Pz;
  f.ExportTableToPointInTimeCommand = Kg;
  f.ExportTableToPointInTimeInput$ = $H;
  f.ExportTableToPointInTimeOutput$ = LH;
  f.ExportType = gde;
  f.ExportViewType = yde;
  f.FailureException$ = UH;
  f.FilterSpecification$ = ET;
  f.Get$ = BH;
  f.GetItem$ = kz;
  f.GetItemCommand = Xg;
  f.GetItemInput$ = FH;
  f.GetItemOutput$ = GH;
  f.GetResourcePolicy$ = Mz;
  f.GetResourcePolicyCommand = Jg;
  f.GetResourcePolicyInput$ = HH;
  f.GetResourcePolicyOutput$ = VH;
  f.GlobalSecondaryIndex$ = jH;
  f.GlobalSecondaryIndexAutoScalingUpdate$ = zH;
  f.GlobalSecondaryIndexDescription$ = qH;
  f.GlobalSecondaryIndexInfo$ = WH;
  f.GlobalSecondaryIndexUpdate$ = KH;
  f.GlobalSecondaryIndexWarmThroughputDescription$ = bT;
  f.GlobalTable$ = XH;
  f.GlobalTableAlreadyExistsException = og;
  f.GlobalTableAlreadyExistsException$ = _4;
  f.GlobalTableDescription$ = Ly;
  f.GlobalTableGlobalSecondaryIndexSettingsUpdate$ = JH;
  f.GlobalTableNotFoundException = lg;
  f.GlobalTableNotFoundException$ = A4;
  f.GlobalTableSettingsReplicationMode = ade;
  f.GlobalTableStatus = ode;
  f.GlobalTableWitnessDescription$ = YH;
  f.GlobalTableWitnessGroupUpdate$ = QH;
  f.IdempotentParameterMismatchException = dg;
  f.IdempotentParameterMismatchException$ = C4;
  f.ImportConflictException = Sg;
  f.ImportConflictException$ = R4;
  f.ImportNotFoundException = pg;
  f.ImportNotFoundException$ = O4;
  f.ImportStatus = Sde;
  f.ImportSummary$ = ZH;
  f.ImportTable$ = $z;
  f.ImportTableCommand = Yg;
  f.ImportTableDescription$ = xT;
  f.ImportTableInput$ = eV;
  f.ImportTableOutput$ = tV;
  f.IncrementalExportSpecification$ = wT;
  f.IndexNotFoundException = vg;
  f.IndexNotFoundException$ = D4;
  f.IndexStatus = ide;
  f.InputCompressionType = Wfe;
  f.InputFormat = Ede;
  f.InputFormatOptions$ = vT;
  f.InputS3Configuration$ = IT;
  f.InternalServerError = Wh;
  f.InternalServerError$ = N4;
  f.InvalidEndpointException = Jh;
  f.InvalidEndpointException$ = P4;
  f.InvalidExportTimeException = gg;
  f.InvalidExportTimeException$ = k4;
  f.InvalidRestoreTimeException = bg;
  f.InvalidRestoreTimeException$ = M4;
  f.ItemCollectionMetrics$ = xp;
  f.ItemCollectionSizeLimitExceededException = Zh;
  f.ItemCollectionSizeLimitExceededException$ = $4;
  f.ItemResponse$ = rV;
  f.KeySchemaElement$ = sV;
  f.KeyType = Pfe;
  f.KeysAndAttributes$ = nV;
  f.KinesisDataStreamDestination$ = oV;
  f.KinesisStreamingDestinationInput$ = TT;
  f.KinesisStreamingDestinationOutput$ = _T;
  f.LimitExceededException = rg;
  f.LimitExceededException$ = L4;
  f.ListBackups$ = Lz;
  f.ListBackupsCommand = Qg;
  f.ListBackupsInput$ = iV;
  f.ListBackupsOutput$ = aV;
  f.ListBulkOperations$ = Uz;
  f.ListBulkOperationsCommand = Zl;
  f.ListBulkOperationsInput$ = cV;
  f.ListBulkOperationsOutput$ = uV;
  f.ListContributorInsights$ = Bz;
  f.ListContributorInsightsCommand = ep;
  f.ListContributorInsightsInput$ = lV;
  f.ListContributorInsightsOutput$ = pV;
  f.ListExports$ = Fz;
  f.ListExportsCommand = tp;
  f.ListExportsInput$ = fV;
  f.ListExportsOutput$ = dV;
  f.ListGlobalTables$ = Gz;
  f.ListGlobalTablesCommand = Zg;
  f.ListGlobalTablesInput$ = mV;
  f.ListGlobalTablesOutput$ = hV;
  f.ListImports$ = Hz;
  f.ListImportsCommand = rp;
  f.ListImportsInput$ = gV;
  f.ListImportsOutput$ = yV;
  f.ListTables$ = Vz;
  f.ListTablesCommand = np;
  f.ListTablesInput$ = SV;
  f.ListTablesOutput$ = EV;
  f.ListTagsOfResource$ = jz;
  f.ListTagsOfResourceCommand = ey;
  f.ListTagsOfResourceInput$ = bV;
  f.ListTagsOfResourceOutput$ = xV;
  f.LocalSecondaryIndex$ = wV;
  f.LocalSecondaryIndexDescription$ = vV;
  f.LocalSecondaryIndexInfo$ = IV;
  f.MultiRegionConsistency = fde;
  f.OnDemandThroughput$ = tr;
  f.OnDemandThroughputOverride$ = Oc;
  f.OutputS3Configuration$ = AT;
  f.OutputTypeEnum = Xfe;
  f.ParameterizedStatement$ = TV;
  f.PointInTimeRecoveryDescription$ = _V;
  f.PointInTimeRecoverySpecification$ = AV;
  f.PointInTimeRecoveryStatus = tde;
  f.PointInTimeRecoveryUnavailableException = yg;
  f.PointInTimeRecoveryUnavailableException$ = U4;
  f.PolicyNotFoundException = cg;
  f.PolicyNotFoundException$ = B4;
  f.Projection$ = Tr;
  f.ProjectionType = kfe;
  f.ProvisionedThroughput$ = an;
  f.ProvisionedThroughputDescription$ = CT;
  f.ProvisionedThroughputExceededException = Yh;
  f.ProvisionedThroughputExceededException$ = F4;
  f.ProvisionedThroughputOverride$ = Dc;
  f.Put$ = CV;
  f.PutItem$ = zz;
  f.PutItemCommand = ty;
  f.PutItemInput$ = RV;
  f.PutItemOutput$ = OV;
  f.PutRequest$ = DV;
  f.PutResourcePolicy$ = qz;
  f.PutResourcePolicyCommand = ry;
  f.PutResourcePolicyInput$ = NV;
  f.PutResourcePolicyOutput$ = PV;
  f.Query$ = Wz;
  f.QueryCommand = sp;
  f.QueryInput$ = kV;
  f.QueryOutput$ = MV;
  f.Replica$ = $V;
  f.ReplicaAlreadyExistsException = xg;
  f.ReplicaAlreadyExistsException$ = G4;
  f.ReplicaAutoScalingDescription$ = LV;
  f.ReplicaAutoScalingUpdate$ = UV;
  f.ReplicaDescription$ = BV;
  f.ReplicaGlobalSecondaryIndex$ = FV;
  f.ReplicaGlobalSecondaryIndexAutoScalingDescription$ = GV;
  f.ReplicaGlobalSecondaryIndexAutoScalingUpdate$ = HV;
  f.ReplicaGlobalSecondaryIndexDescription$ = VV;
  f.ReplicaGlobalSecondaryIndexSettingsDescription$ = jV;
  f.ReplicaGlobalSecondaryIndexSettingsUpdate$ = zV;
  f.ReplicaNotFoundException = wg;
  f.ReplicaNotFoundException$ = H4;
  f.ReplicaSettingsDescription$ = qV;
  f.ReplicaSettingsUpdate$ = WV;
  f.ReplicaStatus = cde;
  f.ReplicaUpdate$ = XV;
  f.ReplicatedWriteConflictException = eg;
  f.ReplicatedWriteConflictException$ = V4;
  f.ReplicationGroupUpdate$ = KV;
  f.RequestLimitExceeded = Kh;
  f.RequestLimitExceeded$ = j4;
  f.ResourceInUseException = ig;
  f.ResourceInUseException$ = z4;
  f.ResourceNotFoundException = Qh;
  f.ResourceNotFoundException$ = q4;
  f.RestoreSummary$ = JV;
  f.RestoreTableFromBackup$ = Kz;
  f.RestoreTableFromBackupCommand = ny;
  f.RestoreTableFromBackupInput$ = YV;
  f.RestoreTableFromBackupOutput$ = QV;
  f.RestoreTableToPointInTime$ = Xz;
  f.RestoreTableToPointInTimeCommand = sy;
  f.RestoreTableToPointInTimeInput$ = ZV;
  f.RestoreTableToPointInTimeOutput$ = ej;
  f.ReturnConsumedCapacity = Hfe;
  f.ReturnItemCollectionMetrics = zfe;
  f.ReturnValue = dde;
  f.ReturnValuesOnConditionCheckFailure = Vfe;
  f.S3BucketSource$ = Uy;
  f.S3SseAlgorithm = Jfe;
  f.SSEDescription$ = RT;
  f.SSESpecification$ = Nc;
  f.SSEStatus = $fe;
  f.SSEType = Mfe;
  f.ScalarAttributeType = Rfe;
  f.Scan$ = Jz;
  f.ScanCommand = op;
  f.ScanInput$ = tj;
  f.ScanOutput$ = rj;
  f.SearchResultItem$ = nj;
  f.SearchSchemaElement$ = sj;
  f.SearchSchemaElementType = Ffe;
  f.SearchVectors$ = Yz;
  f.SearchVectorsCommand = oy;
  f.SearchVectorsInput$ = oj;
  f.SearchVectorsOutput$ = ij;
  f.Select = wde;
  f.SourceTableDetails$ = aj;
  f.SourceTableFeatureDetails$ = cj;
  f.StartBulkPutItems$ = Qz;
  f.StartBulkPutItemsCommand = iy;
  f.StartBulkPutItemsInput$ = uj;
  f.StartBulkPutItemsOutput$ = lj;
  f.StreamSpecification$ = wp;
  f.StreamViewType = Lfe;
  f.TableAlreadyExistsException = Eg;
  f.TableAlreadyExistsException$ = W4;
  f.TableAutoScalingDescription$ = OT;
  f.TableClass = ude;
  f.TableClassSummary$ = By;
  f.TableCreationParameters$ = DT;
  f.TableDescription$ = Hi;
  f.TableInUseException = ng;
  f.TableInUseException$ = K4;
  f.TableNotFoundException = sg;
  f.TableNotFoundException$ = X4;
  f.TableStatus = lde;
  f.TableWarmThroughputDescription$ = NT;
  f.Tag$ = pj;
  f.TagResource$ = Zz;
  f.TagResourceCommand = ay;
  f.TagResourceInput$ = fj;
  f.ThrottlingException = Xh;
  f.ThrottlingException$ = J4;
  f.ThrottlingReason$ = dj;
  f.TimeToLiveDescription$ = PT;
  f.TimeToLiveSpecification$ = kT;
  f.TimeToLiveStatus = Ufe;
  f.TransactGetItem$ = mj;
  f.TransactGetItems$ = eq;
  f.TransactGetItemsCommand = cy;
  f.TransactGetItemsInput$ = hj;
  f.TransactGetItemsOutput$ = gj;
  f.TransactWriteItem$ = yj;
  f.TransactWriteItems$ = tq;
  f.TransactWriteItemsCommand = uy;
  f.TransactWriteItemsInput$ = Sj;
  f.TransactWriteItemsOutput$ = Ej;
  f.TransactionCanceledException = Tg;
  f.TransactionCanceledException$ = Y4;
  f.TransactionConflictException = ag;
  f.TransactionConflictException$ = Q4;
  f.TransactionInProgressException = mg;
  f.TransactionInProgressException$ = Z4;
  f.UntagResource$ = rq;
  f.UntagResourceCommand = ly;
  f.UntagResourceInput$ = bj;
  f.Update$ = xj;
  f.UpdateContinuousBackups$ = nq;
  f.UpdateContinuousBackupsCommand = py;
  f.UpdateContinuousBackupsInput$ = wj;
  f.UpdateContinuousBackupsOutput$ = vj;
  f.UpdateContributorInsights$ = sq;
  f.UpdateContributorInsightsCommand = fy;
  f.UpdateContributorInsightsInput$ = Ij;
  f.UpdateContributorInsightsOutput$ = Tj;
  f.UpdateGlobalSecondaryIndexAction$ = _j;
  f.UpdateGlobalTable$ = oq;
  f.UpdateGlobalTableCommand = dy;
  f.UpdateGlobalTableInput$ = Aj;
  f.UpdateGlobalTableOutput$ = Cj;
  f.UpdateGlobalTableSettings$ = iq;
  f.UpdateGlobalTableSettingsCommand = my;
  f.UpdateGlobalTableSettingsInput$ = Rj;
  f.UpdateGlobalTableSettingsOutput$ = Oj;
  f.UpdateItem$ = aq;
  f.UpdateItemCommand = hy;
  f.UpdateItemInput$ = Dj;
  f.UpdateItemOutput$ = Nj;
  f.UpdateKinesisStreamingConfiguration$ = MT;
  f.UpdateKinesisStreamingDestination$ = cq;
  f.UpdateKinesisStreamingDestinationCommand = gy;
  f.UpdateKinesisStreamingDestinationInput$ = Pj;
  f.UpdateKinesisStreamingDestinationOutput$ = kj;
  f.UpdateReplicationGroupMemberAction$ = Mj;
  f.UpdateTable$ = uq;
  f.UpdateTableCommand = yy;
  f.UpdateTableInput$ = $j;
  f.UpdateTableOutput$ = Lj;
  f.UpdateTableReplicaAutoScaling$ = lq;
  f.UpdateTableReplicaAutoScalingCommand = Sy;
  f.UpdateTableReplicaAutoScalingInput$ = Uj;
  f.UpdateTableReplicaAutoScalingOutput$ = Bj;
  f.UpdateTimeToLive$ = pq;
  f.UpdateTimeToLiveCommand = Ey;
  f.UpdateTimeToLiveInput$ = Fj;
  f.UpdateTimeToLiveOutput$ = Gj;
  f.VectorAttributeDefinition$ = vp;
  f.VectorCapacity$ = $T;
  f.VectorDistanceFunction = Bfe;
  f.VectorIndex$ = Hj;
  f.VectorIndexDescription$ = Vj;
  f.VectorIndexInfo$ = jj;
  f.VectorIndexUpdate$ = zj;
  f.WarmThroughput$ = Pc;
  f.WitnessStatus = pde;
  f.WriteRequest$ = qj;
  f.errorTypeRegistries = eG;
  f.paginateListBulkOperations = mq;
  f.paginateListContributorInsights = hq;
  f.paginateListExports = gq;
  f.paginateListImports = yq;
  f.paginateListTables = Sq;
  f.paginateQuery = Eq;
  f.paginateScan = bq;
  f.waitForBulkOperationCompleted = yfe;
  f.waitForContributorInsightsEnabled = Sfe;
  f.waitForExportCompleted = Efe;
  f.waitForImportCompleted = bfe;
  f.waitForKinesisStreamingDestinationActive = xfe;
  f.waitForTableExists = wfe;
  f.waitForTableNotExists = vfe;
  f.waitUntilBulkOperationCompleted = wq;
  f.waitUntilContributorInsightsEnabled = Iq;
  f.waitUntilExportCompleted = _q;
  f.waitUntilImportCompleted = Cq;
  f.waitUntilKinesisStreamingDestinationActive = Oq;
  f.waitUntilTableExists = Nq;
  f.waitUntilTableNotExists = kq;
});
var zq = xe(($c) => {
  var Mc = class t {
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
    Tp = (t, e) => {
      if (t === void 0)
        throw new Error(
          "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
        );
      if (t === null && typeof t == "object") return zy();
      if (Array.isArray(t)) return vde(t, e);
      if (t?.constructor?.name === "Set") return Ide(t, e);
      if (t?.constructor?.name === "Map") return Tde(t, e);
      if (
        t?.constructor?.name === "Object" ||
        (!t.constructor && typeof t == "object")
      )
        return Mq(t, e);
      if (jq(t)) return t.length === 0 && e?.convertEmptyValues ? zy() : Fq(t);
      if (typeof t == "boolean" || t?.constructor?.name === "Boolean")
        return { BOOL: t.valueOf() };
      if (typeof t == "number" || t?.constructor?.name === "Number")
        return Vq(t, e);
      if (t instanceof Mc) return t.toAttributeValue();
      if (typeof t == "bigint") return Hq(t);
      if (typeof t == "string" || t?.constructor?.name === "String")
        return t.length === 0 && e?.convertEmptyValues ? zy() : Gq(t);
      if (e?.convertClassInstanceToMap && typeof t == "object") return Mq(t, e);
      throw new Error(
        `Unsupported type passed: ${t}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
      );
    },
    vde = (t, e) => ({
      L: t
        .filter(
          (r) =>
            typeof r != "function" &&
            (!e?.removeUndefinedValues ||
              (e?.removeUndefinedValues && r !== void 0)),
        )
        .map((r) => Tp(r, e)),
    }),
    Ide = (t, e) => {
      let r = e?.removeUndefinedValues
        ? new Set([...t].filter((s) => s !== void 0))
        : t;
      if (!e?.removeUndefinedValues && r.has(void 0))
        throw new Error(
          "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
        );
      if (r.size === 0) {
        if (e?.convertEmptyValues) return zy();
        throw new Error(
          "Pass a non-empty set, or options.convertEmptyValues=true.",
        );
      }
      let n = r.values().next().value;
      if (n instanceof Mc)
        return { NS: Array.from(r).map((s) => s.toString()) };
      if (typeof n == "number")
        return {
          NS: Array.from(r)
            .map((s) => Vq(s, e))
            .map((s) => s.N),
        };
      if (typeof n == "bigint")
        return {
          NS: Array.from(r)
            .map(Hq)
            .map((s) => s.N),
        };
      if (typeof n == "string")
        return {
          SS: Array.from(r)
            .map(Gq)
            .map((s) => s.S),
        };
      if (jq(n))
        return {
          BS: Array.from(r)
            .map(Fq)
            .map((s) => s.B),
        };
      throw new Error(
        "Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.",
      );
    },
    Tde = (t, e) => ({
      M: ((r) => {
        let n = {};
        for (let [s, o] of r)
          typeof o != "function" &&
            (o !== void 0 || !e?.removeUndefinedValues) &&
            (n[s] = Tp(o, e));
        return n;
      })(t),
    }),
    Mq = (t, e) => ({
      M: ((r) => {
        let n = {};
        for (let s in r) {
          let o = r[s];
          typeof o != "function" &&
            (o !== void 0 || !e?.removeUndefinedValues) &&
            (n[s] = Tp(o, e));
        }
        return n;
      })(t),
    }),
    zy = () => ({ NULL: !0 }),
    Fq = (t) => ({ B: t }),
    Gq = (t) => ({ S: t.toString() }),
    Hq = (t) => ({ N: t.toString() }),
    $q = (t) => {
      throw new Error(`${t} Use NumberValue from @aws-sdk/lib-dynamodb.`);
    },
    Vq = (t, e) => {
      if (
        [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
          .map((r) => r.toString())
          .includes(t.toString())
      )
        throw new Error(`Special numeric value ${t.toString()} is not allowed`);
      return (
        e?.allowImpreciseNumbers ||
          (Number(t) > Number.MAX_SAFE_INTEGER
            ? $q(
                `Number ${t.toString()} is greater than Number.MAX_SAFE_INTEGER.`,
              )
            : Number(t) < Number.MIN_SAFE_INTEGER &&
              $q(
                `Number ${t.toString()} is lesser than Number.MIN_SAFE_INTEGER.`,
              )),
        { N: t.toString() }
      );
    },
    jq = (t) => {
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
    Ip = (t, e) => {
      for (let [r, n] of Object.entries(t))
        if (n !== void 0)
          switch (r) {
            case "NULL":
              return null;
            case "BOOL":
              return !!n;
            case "N":
              return Lq(n, e);
            case "B":
              return Bq(n);
            case "S":
              return Uq(n);
            case "L":
              return _de(n, e);
            case "M":
              return Ade(n, e);
            case "NS":
              return new Set(n.map((s) => Lq(s, e)));
            case "BS":
              return new Set(n.map(Bq));
            case "SS":
              return new Set(n.map(Uq));
            default:
              throw new Error(`Unsupported type passed: ${r}`);
          }
      throw new Error(`No value defined: ${JSON.stringify(t)}`);
    },
    Lq = (t, e) => {
      if (typeof e?.wrapNumbers == "function") return e?.wrapNumbers(t);
      if (e?.wrapNumbers) return Mc.from(t);
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
    Uq = (t) => t,
    Bq = (t) => t,
    _de = (t, e) => t.map((r) => Ip(r, e)),
    Ade = (t, e) =>
      Object.entries(t).reduce((r, [n, s]) => ((r[n] = Ip(s, e)), r), {});
  function Cde(t, e) {
    let r = Tp(t, e),
      [n, s] = Object.entries(r)[0];
    switch (n) {
      case "M":
      case "L":
        return e?.convertTopLevelContainer ? r : s;
      default:
        return r;
    }
  }
  var Rde = (t, e) =>
    e?.convertWithoutMapWrapper ? Ip(t, e) : Ip({ M: t }, e);
  $c.NumberValueImpl = Mc;
  $c.convertToAttr = Tp;
  $c.convertToNative = Ip;
  $c.marshall = Cde;
  $c.unmarshall = Rde;
});
function O_(t) {
  return t && typeof t == "object" && typeof t.then == "function";
}
function whe(t) {
  return (
    t &&
    typeof t == "object" &&
    typeof t[Symbol.iterator] == "function" &&
    "__quansync" in t
  );
}
function D_(t) {
  let e = function* (...n) {
    return (yield y6) ? yield t.async.apply(this, n) : t.sync.apply(this, n);
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
function vhe(t) {
  return D_({
    async: () => Promise.resolve(t),
    sync: () => {
      if (O_(t)) throw new pS();
      return t;
    },
  });
}
function R_(t, e) {
  if (t === y6) return e;
  if (whe(t)) return e ? b6(t) : E6(t);
  if (!e && O_(t)) throw new pS();
  return t;
}
function E6(t, e = S6) {
  let r = t.next();
  for (; !r.done;)
    try {
      r = t.next(R_(e(r.value, !1)));
    } catch (n) {
      r = t.throw(n);
    }
  return R_(r.value);
}
async function b6(t, e = S6) {
  let r = t.next();
  for (; !r.done;)
    try {
      r = t.next(await R_(e(r.value, !0), !0));
    } catch (n) {
      r = t.throw(n);
    }
  return r.value;
}
function Ihe(t, e) {
  return D_({
    name: t.name,
    async(...r) {
      return b6(t.apply(this, r), e?.onYield);
    },
    sync(...r) {
      return E6(t.apply(this, r), e?.onYield);
    },
  });
}
function N_(t, e) {
  return O_(t) ? vhe(t) : typeof t == "function" ? Ihe(t, e) : D_(t);
}
var y6,
  pS,
  S6,
  cje,
  x6 = d(() => {
    ((y6 = Symbol.for("quansync.getIsAsync")),
      (pS = class extends Error {
        constructor(e = "Unexpected promise in sync context") {
          (super(e), (this.name = "QuansyncError"));
        }
      }));
    S6 = (t) => t;
    cje = N_({ async: () => Promise.resolve(!0), sync: () => !1 });
  });
var w6 = {};
ie(w6, { default: () => The });
function The() {
  return (t, e) => t.toJsonSchema(e);
}
var v6 = d(() => {});
var I6 = {};
ie(I6, { default: () => _he });
async function _he() {
  try {
    let { JSONSchema: t } = await import("effect");
    return (e) => t.make(e);
  } catch {
    throw new fn("effect");
  }
}
var T6 = d(() => {
  Vc();
});
var _6 = {};
ie(_6, { default: () => Ahe });
async function Ahe() {
  try {
    let { toJSONSchema: t } = await import("sury");
    return t;
  } catch {
    throw new fn("sury");
  }
}
var A6 = d(() => {
  Vc();
});
var C6 = {};
ie(C6, { default: () => Che });
function Che() {
  return (t) => JSON.parse(JSON.stringify(t.Type()));
}
var R6 = d(() => {});
var O6 = {};
ie(O6, { default: () => Rhe });
async function Rhe() {
  try {
    let { toJsonSchema: t } = await import("@valibot/to-json-schema");
    return t;
  } catch {
    throw new fn("@valibot/to-json-schema");
  }
}
var D6 = d(() => {
  Vc();
});
var N6 = {};
ie(N6, { default: () => Dhe });
async function Dhe() {
  return async (t, e) => {
    let r;
    if ("_zod" in t)
      try {
        r = (await import("zod/v4/core")).toJSONSchema;
      } catch {
        throw Ohe;
      }
    else
      try {
        r = (await import("zod-to-json-schema")).zodToJsonSchema;
      } catch {
        throw new fn("zod-to-json-schema");
      }
    return r(t, e);
  };
}
var Ohe,
  P6 = d(() => {
    Vc();
    Ohe = new fn("zod v4");
  });
var P_,
  fS,
  fn,
  Nhe,
  qi,
  Vc = d(() => {
    x6();
    ((P_ = new Map()),
      (fS = class extends Error {
        constructor(e) {
          super(`standard-json: Unsupported schema vendor "${e}".`);
        }
      }),
      (fn = class extends Error {
        constructor(e) {
          super(`standard-json: Missing dependencies "${e}".`);
        }
      }),
      (Nhe = async (t) => {
        let e = P_.get(t);
        if (e) return e;
        let r;
        switch (t) {
          case "arktype":
            r = (await Promise.resolve().then(() => (v6(), w6))).default();
            break;
          case "effect":
            r = (await Promise.resolve().then(() => (T6(), I6))).default();
            break;
          case "sury":
            r = (await Promise.resolve().then(() => (A6(), _6))).default();
            break;
          case "typebox":
            r = (await Promise.resolve().then(() => (R6(), C6))).default();
            break;
          case "valibot":
            r = (await Promise.resolve().then(() => (D6(), O6))).default();
            break;
          case "zod":
            r = (await Promise.resolve().then(() => (P6(), N6))).default();
            break;
          default:
            throw new fS(t);
        }
        let n = await r;
        return (P_.set(t, n), n);
      }),
      (qi = N_({
        sync: (t, e) => {
          let r = t["~standard"].vendor,
            n = P_.get(r);
          if (!n) throw new fS(r);
          return n(t, e);
        },
        async: async (t, e) => (await Nhe(t["~standard"].vendor))(t, e),
      })));
  });
var Hp = d(() => {
  Vc();
});
function qs(t, e) {
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
          for (let o in r[s]) r[s][o] = qs(r[s][o], e);
        else
          s === "allOf" || s === "anyOf" || s === "oneOf"
            ? (r[s] = r[s].map((o) => qs(o, e)))
            : s === "items" && Array.isArray(r[s])
              ? (r[s] = r[s].map((o) => qs(o, e)))
              : (r[s] = qs(r[s], e));
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
var dS = d(() => {});
var k6 = {};
ie(k6, { default: () => khe });
function khe() {
  return async (t, e) => {
    let r = await qi(t, {
      errorMode: "ignore",
      overrideAction: ({ valibotAction: n, jsonSchema: s }) => {
        let o = qs(s, e);
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
var M6 = d(() => {
  Hp();
  dS();
});
var $6 = {};
ie($6, { default: () => k_ });
function k_() {
  return async (t, e) => qs(await qi(t, e.options), e);
}
var M_ = d(() => {
  Hp();
  dS();
});
var L6 = {};
ie(L6, { default: () => Mhe });
function Mhe() {
  return async (t, e) => {
    if ("_zod" in t)
      return k_()(t, {
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
      throw new Error(B6('Missing dependencies "zod-openapi v4".'));
    }
  };
}
var U6 = d(() => {
  M_();
  $_();
  Hp();
  dS();
});
var B6,
  F6,
  $he,
  L_,
  $_ = d(() => {
    ((B6 = (t) => `standard-openapi: ${t}`),
      (F6 = new Map()),
      ($he = async (t) => {
        let e = F6.get(t);
        if (e) return e;
        let r;
        switch (t) {
          case "valibot":
            r = (await Promise.resolve().then(() => (M6(), k6))).default();
            break;
          case "zod":
            r = (await Promise.resolve().then(() => (U6(), L6))).default();
            break;
          default:
            r = (await Promise.resolve().then(() => (M_(), $6))).default();
        }
        return (F6.set(t, r), r);
      }),
      (L_ = async (t, e = {}) => {
        let r = await $he(t["~standard"].vendor),
          { components: n = {}, options: s } = e;
        return {
          schema: await r(t, { components: n, options: s }),
          components: Object.keys(n).length > 0 ? n : void 0,
        };
      }));
  });
var bS = (t) => {
    let e = "",
      r = new Uint8Array(t);
    for (let n = 0, s = r.length; n < s; n++) e += String.fromCharCode(r[n]);
    return btoa(e);
  },
  F_ = (t) => {
    let e = atob(t),
      r = new Uint8Array(new ArrayBuffer(e.length)),
      n = e.length / 2;
    for (let s = 0, o = e.length - 1; s <= n; s++, o--)
      ((r[s] = e.charCodeAt(s)), (r[o] = e.charCodeAt(o)));
    return r;
  };
function Ki(t) {
  return /[^\x00-\x7F]/.test(t) ? encodeURIComponent(t) : t;
}
var Z6 = (t) => t.requestContext;
var xS =
    (t, { isContentTypeBinary: e } = { isContentTypeBinary: void 0 }) =>
    async (r, n) => {
      let s = c8(r),
        o,
        i;
      try {
        ((o = s.createRequest(r)), (i = Z6(r)));
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
  zp = class {
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
          ? F_(t.body)
          : new TextEncoder().encode(t.body);
        ((o.body = i), s.set("content-length", i.length.toString()));
      }
      return new Request(n, o);
    }
    async createResult(t, e, r) {
      let n = e.headers.get("content-type"),
        s = r.isContentTypeBinary ?? G_,
        o = !!(n && s(n));
      if (!o) {
        let a = e.headers.get("content-encoding");
        o = f8(a);
      }
      let i = {
        body: o ? bS(await e.arrayBuffer()) : await e.text(),
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
  e8 = class extends zp {
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
        for (let [r, n] of Object.entries(t.headers)) n && e.set(r, Ki(n));
      return e;
    }
  },
  t8 = new e8(),
  r8 = class extends zp {
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
          n && n.forEach((s) => e.append(r, Ki(s)));
      if (t.headers)
        for (let [r, n] of Object.entries(t.headers))
          n && !e.has(r) && e.set(r, Ki(n));
      return e;
    }
    setCookiesToResult(t, e) {
      t.multiValueHeaders = { "set-cookie": e };
    }
  },
  n8 = new r8(),
  s8 = class extends zp {
    getHeaders(t) {
      let e = new Headers();
      if (t.multiValueHeaders) {
        for (let [r, n] of Object.entries(t.multiValueHeaders))
          if (n && Array.isArray(n)) {
            let s = Ki(n.join("; "));
            e.set(r, s);
          }
      } else
        for (let [r, n] of Object.entries(t.headers ?? {}))
          n && e.set(r, Ki(n));
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
  o8 = new s8(),
  i8 = class extends zp {
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
          n && n.forEach((s) => e.append(r, Ki(s)));
      return e;
    }
    getCookies() {}
    setCookiesToResult(t, e) {
      t.headers = { ...t.headers, "set-cookie": e };
    }
  },
  a8 = new i8(),
  c8 = (t) => (u8(t) ? o8 : l8(t) ? t8 : p8(t) ? a8 : n8),
  u8 = (t) => (t.requestContext ? Object.hasOwn(t.requestContext, "elb") : !1),
  l8 = (t) =>
    Object.hasOwn(t, "rawPath") &&
    Object.hasOwn(t.requestContext ?? {}, "http"),
  p8 = (t) =>
    t.requestContext ? Object.hasOwn(t.requestContext, "serviceArn") : !1,
  G_ = (t) =>
    /^application\/vnd\.(?:apple\.installer|mozilla\.xul)\+xml\s*(?:;|$)/i.test(
      t,
    )
      ? !0
      : !/^text\/(?:plain|html|css|javascript|csv)|(?:\/|\+)(?:json|xml)\s*(?:;|$)/i.test(
          t,
        ),
  f8 = (t) => !!t && !/^identity$/i.test(t);
var qp,
  d8 = {
    lang: void 0,
    message: void 0,
    abortEarly: void 0,
    abortPipeEarly: void 0,
  };
function m8(t) {
  return !t && !qp
    ? d8
    : {
        lang: t?.lang ?? qp?.lang,
        message: t?.message,
        abortEarly: t?.abortEarly ?? qp?.abortEarly,
        abortPipeEarly: t?.abortPipeEarly ?? qp?.abortPipeEarly,
      };
}
var h8;
function g8(t) {
  return h8?.get(t);
}
var y8;
function S8(t) {
  return y8?.get(t);
}
var E8;
function b8(t, e) {
  return E8?.get(t)?.get(e);
}
function wS(t) {
  let e = typeof t;
  return e === "string"
    ? `"${t}"`
    : e === "number" || e === "bigint" || e === "boolean"
      ? `${t}`
      : e === "object" || e === "function"
        ? ((t && Object.getPrototypeOf(t)?.constructor?.name) ?? "null")
        : e;
}
function Et(t, e, r, n, s) {
  let o = s && "input" in s ? s.input : r.value,
    i = s?.expected ?? t.expects ?? null,
    a = s?.received ?? wS(o),
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
      b8(t.reference, c.lang) ??
      (u ? S8(c.lang) : null) ??
      n.message ??
      g8(c.lang);
  (l !== void 0 && (c.message = typeof l == "function" ? l(c) : l),
    u && (r.typed = !1),
    r.issues ? r.issues.push(c) : (r.issues = [c]));
}
function x8(t, e) {
  return t === e || (Number.isNaN(t) && Number.isNaN(e));
}
function V_(t, e) {
  let r = [...new Set(t)];
  return r.length > 1 ? `(${r.join(` ${e} `)})` : (r[0] ?? "never");
}
function Rr(t) {
  return (
    (t["~standard"] = {
      version: 1,
      vendor: "valibot",
      validate: (e) => t["~run"]({ value: e }, m8()),
    }),
    t
  );
}
var w8 =
    /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u,
  pge = new RegExp(
    "^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$",
    "u",
  );
function mn(t, e) {
  return {
    kind: "validation",
    type: "check",
    reference: mn,
    async: !1,
    expects: null,
    requirement: t,
    message: e,
    "~run"(r, n) {
      return (
        r.typed && !this.requirement(r.value) && Et(this, "input", r, n),
        r
      );
    },
  };
}
function vS(t) {
  return {
    kind: "validation",
    type: "email",
    reference: vS,
    expects: null,
    async: !1,
    requirement: w8,
    message: t,
    "~run"(e, r) {
      return (
        e.typed && !this.requirement.test(e.value) && Et(this, "email", e, r),
        e
      );
    },
  };
}
function Or(t, e) {
  return {
    kind: "validation",
    type: "max_length",
    reference: Or,
    async: !1,
    expects: `<=${t}`,
    requirement: t,
    message: e,
    "~run"(r, n) {
      return (
        r.typed &&
          r.value.length > this.requirement &&
          Et(this, "length", r, n, { received: `${r.value.length}` }),
        r
      );
    },
  };
}
function Xi(t) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: Xi,
    async: !1,
    expects: "!0",
    message: t,
    "~run"(e, r) {
      return (
        e.typed &&
          e.value.length === 0 &&
          Et(this, "length", e, r, { received: "0" }),
        e
      );
    },
  };
}
function Wp(t, e) {
  return {
    kind: "validation",
    type: "regex",
    reference: Wp,
    async: !1,
    expects: `${t}`,
    requirement: t,
    message: e,
    "~run"(r, n) {
      return (
        r.typed && !this.requirement.test(r.value) && Et(this, "format", r, n),
        r
      );
    },
  };
}
function IS() {
  return {
    kind: "transformation",
    type: "to_lower_case",
    reference: IS,
    async: !1,
    "~run"(t) {
      return ((t.value = t.value.toLowerCase()), t);
    },
  };
}
function Ji(t) {
  return {
    kind: "transformation",
    type: "transform",
    reference: Ji,
    async: !1,
    operation: t,
    "~run"(e) {
      return ((e.value = this.operation(e.value)), e);
    },
  };
}
function gs() {
  return {
    kind: "transformation",
    type: "trim",
    reference: gs,
    async: !1,
    "~run"(t) {
      return ((t.value = t.value.trim()), t);
    },
  };
}
var v8 = { abortEarly: !0 };
function I8(t, e, r) {
  return typeof t.fallback == "function" ? t.fallback(e, r) : t.fallback;
}
function Kp(t, e) {
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
function TS(t, e, r) {
  return typeof t.default == "function" ? t.default(e, r) : t.default;
}
function j_(t, e) {
  return !t["~run"]({ value: e }, v8).issues;
}
function Yi(t, e) {
  return Rr({
    kind: "schema",
    type: "array",
    reference: Yi,
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
      } else Et(this, "type", r, n);
      return r;
    },
  });
}
function _S(t) {
  return Rr({
    kind: "schema",
    type: "boolean",
    reference: _S,
    expects: "boolean",
    async: !1,
    message: t,
    "~run"(e, r) {
      return (
        typeof e.value == "boolean" ? (e.typed = !0) : Et(this, "type", e, r),
        e
      );
    },
  });
}
function ir(t, e) {
  return Rr({
    kind: "schema",
    type: "literal",
    reference: ir,
    expects: wS(t),
    async: !1,
    literal: t,
    message: e,
    "~run"(r, n) {
      return (
        x8(r.value, this.literal) ? (r.typed = !0) : Et(this, "type", r, n),
        r
      );
    },
  });
}
function AS(t, e) {
  return Rr({
    kind: "schema",
    type: "nullable",
    reference: AS,
    expects: `(${t.expects} | null)`,
    async: !1,
    wrapped: t,
    default: e,
    "~run"(r, n) {
      return r.value === null &&
        (this.default !== void 0 && (r.value = TS(this, r, n)),
        r.value === null)
        ? ((r.typed = !0), r)
        : this.wrapped["~run"](r, n);
    },
  });
}
function Yo(t) {
  return Rr({
    kind: "schema",
    type: "number",
    reference: Yo,
    expects: "number",
    async: !1,
    message: t,
    "~run"(e, r) {
      return (
        typeof e.value == "number" && !isNaN(e.value)
          ? (e.typed = !0)
          : Et(this, "type", e, r),
        e
      );
    },
  });
}
function ae(t, e) {
  return Rr({
    kind: "schema",
    type: "object",
    reference: ae,
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
            let a = o in s ? s[o] : TS(i),
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
          } else if (i.fallback !== void 0) r.value[o] = I8(i);
          else if (
            i.type !== "exact_optional" &&
            i.type !== "optional" &&
            i.type !== "nullish" &&
            (Et(this, "key", r, n, {
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
      } else Et(this, "type", r, n);
      return r;
    },
  });
}
function hn(t, e) {
  return Rr({
    kind: "schema",
    type: "optional",
    reference: hn,
    expects: `(${t.expects} | undefined)`,
    async: !1,
    wrapped: t,
    default: e,
    "~run"(r, n) {
      return r.value === void 0 &&
        (this.default !== void 0 && (r.value = TS(this, r, n)),
        r.value === void 0)
        ? ((r.typed = !0), r)
        : this.wrapped["~run"](r, n);
    },
  });
}
function Qi(t, e) {
  return Rr({
    kind: "schema",
    type: "picklist",
    reference: Qi,
    expects: V_(t.map(wS), "|"),
    async: !1,
    options: t,
    message: e,
    "~run"(r, n) {
      return (
        this.options.includes(r.value)
          ? (r.typed = !0)
          : Et(this, "type", r, n),
        r
      );
    },
  });
}
function $(t) {
  return Rr({
    kind: "schema",
    type: "string",
    reference: $,
    expects: "string",
    async: !1,
    message: t,
    "~run"(e, r) {
      return (
        typeof e.value == "string" ? (e.typed = !0) : Et(this, "type", e, r),
        e
      );
    },
  });
}
function H_(t) {
  let e;
  if (t)
    for (let r of t)
      if (e) for (let n of r.issues) e.push(n);
      else e = r.issues;
  return e;
}
function Xp(t, e) {
  return Rr({
    kind: "schema",
    type: "union",
    reference: Xp,
    expects: V_(
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
        (Et(this, "type", r, n, { issues: H_(o) }), (r.typed = !0));
      } else {
        if (i?.length === 1) return i[0];
        Et(this, "type", r, n, { issues: H_(i) });
      }
      return r;
    },
  });
}
function jt(...t) {
  return Rr({
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
var et = {};
ie(et, {
  Auth: () => et,
  SESSION_DAYS: () => Zy,
  acceptInvite: () => Dme,
  confirmPasswordReset: () => Cme,
  invite: () => Rme,
  inviteInfo: () => Ome,
  login: () => wme,
  logout: () => Tme,
  me: () => _me,
  requestPasswordReset: () => Ame,
  session: () => Ime,
  signup: () => bme,
  verifyEmail: () => xme,
});
var Qy = ge(Vi(), 1);
var us = ge(Vi(), 1),
  qy = ge(zq(), 1);
import { AsyncLocalStorage as Ode } from "node:async_hooks";
var qq = new Ode();
function Wq() {
  return { readUnits: 0, writeUnits: 0, dbCalls: 0 };
}
function Kq(t, e) {
  return qq.run(t, e);
}
function Xq() {
  return qq.getStore();
}
function _e() {
  return process.env.TABLE_NAME ?? "golmok";
}
var Jq = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  Dde = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  _p;
function Ge() {
  if (_p) return _p;
  let t = process.env.DYNAMO_ENDPOINT;
  return (
    (_p = new us.DynamoDBClient({
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
          o = Jq.has(s) || Dde.has(s),
          i = n.input;
        o && !i.ReturnConsumedCapacity && (i.ReturnConsumedCapacity = "TOTAL");
        let a = await e(n),
          c = Xq();
        if (c && o) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((p, h) => p + (h.CapacityUnits ?? 0), 0);
          (c.dbCalls++, Jq.has(s) ? (c.readUnits += l) : (c.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    _p
  );
}
function VT(t) {
  return (
    t instanceof us.ConditionalCheckFailedException ||
    t?.name === "ConditionalCheckFailedException"
  );
}
function Nde(t) {
  return !(t instanceof us.TransactionCanceledException) &&
    t?.name !== "TransactionCanceledException"
    ? []
    : (t.CancellationReasons ?? []).flatMap((r, n) =>
        r.Code === "ConditionalCheckFailed" ? [n] : [],
      );
}
function J(t) {
  return (0, qy.marshall)(t, {
    removeUndefinedValues: !0,
    convertClassInstanceToMap: !1,
  });
}
function ls(t) {
  return t ? (0, qy.unmarshall)(t) : void 0;
}
async function Fs(t, e = !1) {
  let r = await Ge().send(
    new us.GetItemCommand({ TableName: _e(), Key: J(t), ConsistentRead: e }),
  );
  return ls(r.Item);
}
function ps(t, e, r) {
  return {
    Put: {
      TableName: _e(),
      Item: J(t),
      ...(e ? { ConditionExpression: e } : {}),
      ...(r ? { ExpressionAttributeValues: J(r) } : {}),
    },
  };
}
async function Gs(t, e) {
  try {
    await Ge().send(new us.TransactWriteItemsCommand({ TransactItems: t }));
  } catch (r) {
    let n = Nde(r);
    for (let s of n) {
      let o = e?.(s);
      if (o) throw o;
    }
    throw r;
  }
}
import { createHash as $de } from "node:crypto";
import { AsyncLocalStorage as Pde } from "node:async_hooks";
var Yq = {
    validation: 400,
    unauthorized: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    rate_limited: 429,
    quota_exceeded: 429,
    unavailable: 503,
  },
  Ee = class extends Error {
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
var Qq = new Pde();
function nr(t, e) {
  return Qq.run(t, e);
}
function jT() {
  return Qq.getStore() ?? { type: "public" };
}
function pn() {
  let t = jT();
  if (t.type === "user" || (t.type === "system" && t.tenantId))
    return t.tenantId;
  throw new Ee(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
function zT() {
  let t = jT();
  if (t.type !== "user")
    throw new Ee(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return t;
}
var kde = {
  owner: [
    "profile.read",
    "profile.write",
    "members.read",
    "members.invite",
    "usage.read",
    "data.read",
    "data.write",
  ],
  staff: ["profile.read", "members.read", "data.read", "data.write"],
  accountant: ["profile.read", "usage.read", "data.read"],
};
function Mde(t, e) {
  return kde[t].includes(e);
}
function Lc(t) {
  let e = jT();
  if (e.type !== "system") {
    if (e.type !== "user")
      throw new Ee(
        "unauthorized",
        "unauthenticated",
        "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
      );
    if (!Mde(e.role, t))
      throw new Ee(
        "forbidden",
        "forbidden",
        "\uC774 \uC791\uC5C5\uC744 \uD560 \uAD8C\uD55C\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uB300\uD45C\uC5D0\uAC8C \uBB38\uC758\uD574 \uC8FC\uC138\uC694.",
      );
  }
}
var qT = (t) => $de("sha256").update(t).digest("base64url"),
  Ap = () => `T#${pn()}`,
  W = {
    tenant: () => ({ pk: Ap(), sk: "TENANT" }),
    user: (t) => ({ pk: Ap(), sk: `USER#${t}` }),
    usersPrefix: () => ({ pk: Ap(), skPrefix: "USER#" }),
    usage: (t) => ({ pk: Ap(), sk: `USAGE#${t}` }),
    mail: (t) => ({ pk: Ap(), sk: `MAIL#${t}` }),
    email: (t) => ({ pk: `EMAIL#${t.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (t) => ({ pk: `BIZNO#${t}`, sk: "BIZNO" }),
    session: (t) => ({ pk: `SESSION#${qT(t)}`, sk: "SESSION" }),
    token: (t) => ({ pk: `TOKEN#${qT(t)}`, sk: "TOKEN" }),
    rateLimit: (t, e, r) => ({ pk: `RL#${t}#${qT(e)}`, sk: String(r) }),
    outboxShard: (t) => `OUTBOX#${t}`,
  };
import { randomBytes as jde } from "node:crypto";
import Wy from "node:crypto";
var Cp = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  Rp = 32;
var Lde = 16,
  WT = 10,
  Zq = 0xffffffffffff;
var Hs;
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
})(Hs || (Hs = {}));
var Vs = class extends Error {
  constructor(e, r) {
    (super(`${r} (${e})`), (this.name = "ULIDError"), (this.code = e));
  }
};
function Ude(t) {
  let e = Math.floor(t() * Rp) % Rp;
  return Cp.charAt(e);
}
function eW(t, e, r) {
  return e > t.length - 1 ? t : t.substr(0, e) + r + t.substr(e + 1);
}
function Bde(t) {
  let e,
    r = t.length,
    n,
    s,
    o = t,
    i = Rp - 1;
  for (; !e && r-- >= 0;) {
    if (((n = o[r]), (s = Cp.indexOf(n)), s === -1))
      throw new Vs(Hs.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === i) {
      o = eW(o, r, Cp[0]);
      continue;
    }
    e = eW(o, r, Cp[s + 1]);
  }
  if (typeof e == "string") return e;
  throw new Vs(Hs.Base32IncorrectEncoding, "Failed incrementing string");
}
function Fde(t) {
  let e = Gde(),
    r = (e && (e.crypto || e.msCrypto)) || (typeof Wy < "u" ? Wy : null);
  if (typeof r?.getRandomValues == "function")
    return () => {
      let n = new Uint8Array(1);
      return (r.getRandomValues(n), n[0] / 256);
    };
  if (typeof r?.randomBytes == "function")
    return () => r.randomBytes(1).readUInt8() / 256;
  if (Wy?.randomBytes) return () => Wy.randomBytes(1).readUInt8() / 256;
  throw new Vs(Hs.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Gde() {
  return Vde()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function Hde(t, e) {
  let r = "";
  for (; t > 0; t--) r = Ude(e) + r;
  return r;
}
function tW(t, e = WT) {
  if (isNaN(t))
    throw new Vs(Hs.EncodeTimeValueMalformed, `Time must be a number: ${t}`);
  if (t > Zq)
    throw new Vs(
      Hs.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${Zq}: ${t}`,
    );
  if (t < 0) throw new Vs(Hs.EncodeTimeNegative, `Time must be positive: ${t}`);
  if (Number.isInteger(t) === !1)
    throw new Vs(Hs.EncodeTimeValueMalformed, `Time must be an integer: ${t}`);
  let r,
    n = "";
  for (let s = e; s > 0; s--)
    ((r = t % Rp), (n = Cp.charAt(r) + n), (t = (t - r) / Rp));
  return n;
}
function Vde() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function rW(t) {
  let e = t || Fde(),
    r = 0,
    n;
  return function (o) {
    let i = !o || isNaN(o) ? Date.now() : o;
    if (i <= r) {
      let c = (n = Bde(n));
      return tW(r, WT) + c;
    }
    r = i;
    let a = (n = Hde(Lde, e));
    return tW(i, WT) + a;
  };
}
var zde = rW();
function zo(t) {
  return `${t}_${zde().toLowerCase()}`;
}
function Uc() {
  return jde(32).toString("base64url");
}
var ms = {};
ie(ms, {
  Mail: () => ms,
  deliver: () => hW,
  drain: () => ume,
  due: () => gW,
  enqueue: () => dW,
  events: () => fW,
  notify: () => mW,
  recordEvent: () => lme,
  resetSesClient: () => cme,
  send: () => ime,
});
var ds = ge(Vi(), 1);
import { EventEmitter as nme } from "node:events";
var _r = {};
ie(_r, {
  Metering: () => _r,
  assertWithinQuota: () => tme,
  billableUpdate: () => Zde,
  clearCache: () => rme,
  current: () => cW,
  flush: () => Ky,
  flushIfDue: () => Jde,
  record: () => Xde,
});
var Np = ge(Vi(), 1);
var sr = {};
ie(sr, {
  METRIC_LABEL: () => qde,
  PLAN_TABLE: () => KT,
  Plan: () => sr,
  exceeded: () => Kde,
  get: () => Wde,
});
var qde = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
  },
  KT = [
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
function Wde(t, e) {
  return ([...KT].reverse().find((n) => n.from <= e) ?? KT[0]).plans[t];
}
function Kde(t, e, r) {
  for (let n of Object.keys(t.quotas)) {
    let s = t.quotas[n];
    if (s !== null && (e[n] ?? 0) + (r[n] ?? 0) > s) return n;
  }
  return null;
}
function $e() {
  return Date.now();
}
function js(t = $e()) {
  return new Date(t + 324e5).toISOString().slice(0, 7);
}
function Op(t) {
  let [e, r] = t.split("-").map(Number);
  return new Date(Date.UTC(e, r, 1) - 324e5).toISOString();
}
var fs = (t = $e()) => Math.floor(t / 1e3);
function nW(t) {
  let e = new Date(Date.parse(t) + 324e5);
  return `${e.getUTCMonth() + 1}\uC6D4 ${e.getUTCDate()}\uC77C 0\uC2DC`;
}
var oW = Number(process.env.METER_FLUSH_EVERY ?? 200),
  iW = Number(process.env.METER_FLUSH_MS ?? 1e4),
  qo = new Map(),
  Bc = 0,
  aW = 0,
  Fc,
  Dp;
function Xde(t, e, r, n = $e()) {
  let s = js(n),
    o = `${t}|${s}`,
    i = qo.get(o);
  (i ||
    ((i = {
      tenantId: t,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    qo.set(o, i)),
    i.requests++,
    (i.dbReadUnits += r.readUnits),
    (i.dbWriteUnits += r.writeUnits),
    (i.modules[e] = (i.modules[e] ?? 0) + 1),
    Bc === 0 && (aW = n),
    Bc++,
    Bc >= oW
      ? Ky()
      : Fc ||
        ((Fc = setTimeout(() => {
          Ky();
        }, iW)),
        Fc.unref()));
}
async function Jde(t = $e()) {
  (Bc >= oW || (Bc > 0 && t - aW >= iW)) && (await Ky());
}
async function Ky() {
  (Dp && (await Dp), Fc && clearTimeout(Fc), (Fc = void 0));
  let t = [...qo.values()];
  if ((qo.clear(), (Bc = 0), t.length !== 0)) {
    Dp = (async () => {
      let e = [];
      await Promise.all(
        t.map(async (r) => {
          try {
            await nr({ type: "system", tenantId: r.tenantId }, () => Yde(r));
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
          s = qo.get(n);
        if (!s) qo.set(n, r);
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
      await Dp;
    } finally {
      Dp = void 0;
    }
  }
}
async function Yde(t) {
  let e = { "#mod": "byModule" },
    r = { ":r": t.requests, ":ru": t.dbReadUnits, ":wu": t.dbWriteUnits },
    n = Object.entries(t.modules).map(
      ([s, o], i) => (
        (e[`#m${i}`] = s),
        (r[`:m${i}`] = o),
        `#mod.#m${i} :m${i}`
      ),
    );
  (await Qde(t.month),
    await Ge().send(
      new Np.UpdateItemCommand({
        TableName: _e(),
        Key: J(W.usage(t.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${n.length ? ", " + n.join(", ") : ""}`,
        ExpressionAttributeNames: e,
        ExpressionAttributeValues: J(r),
      }),
    ));
}
var sW = new Set();
async function Qde(t) {
  let e = W.usage(t),
    r = `${e.pk}|${e.sk}`;
  sW.has(r) ||
    (await Ge()
      .send(
        new Np.UpdateItemCommand({
          TableName: _e(),
          Key: J(e),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: J({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    sW.add(r));
}
function Zde(t, e = 1, r = js()) {
  return {
    Update: {
      TableName: _e(),
      Key: J(W.usage(r)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": t },
      ExpressionAttributeValues: J({ ":n": e }),
    },
  };
}
async function cW(t = js()) {
  let e = await Ge().send(
      new Np.GetItemCommand({
        TableName: _e(),
        Key: J(W.usage(t)),
        ConsistentRead: !0,
      }),
    ),
    r = ls(e.Item) ?? {},
    n = qo.get(`${pn()}|${t}`);
  return {
    requests: (r.requests ?? 0) + (n?.requests ?? 0),
    dbReadUnits: (r.dbReadUnits ?? 0) + (n?.dbReadUnits ?? 0),
    dbWriteUnits: (r.dbWriteUnits ?? 0) + (n?.dbWriteUnits ?? 0),
    emails: r.emails ?? 0,
    byModule: r.byModule ?? {},
  };
}
var eme = 3e4,
  XT = new Map();
async function tme(t, e) {
  let r = js(),
    s = `${pn()}|${r}`,
    o = XT.get(s),
    i = Object.keys(e).some((p) => p === "emails");
  (!o || $e() - o.at > eme || i) &&
    ((o = { at: $e(), usage: await cW(r) }), XT.set(s, o));
  let a = qo.get(s),
    c = {
      ...o.usage,
      requests: Math.max(o.usage.requests ?? 0, a?.requests ?? 0),
    },
    u = sr.get(t, r),
    l = sr.exceeded(u, c, e);
  if (l) {
    let { label: p } = sr.METRIC_LABEL[l];
    throw new Ee(
      "quota_exceeded",
      "quota_exceeded",
      `${u.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${p} \uD55C\uB3C4(${u.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${nW(Op(r))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(Op(r)) - $e()) / 1e3) },
    );
  }
}
function rme() {
  XT.clear();
}
var pW = 4,
  uW = 6e4,
  sme = 10,
  ome = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  fW = new nme();
function dW(t) {
  let e = zo("mail"),
    r = pn(),
    n = $e(),
    s = e.charCodeAt(e.length - 1) % pW,
    o = {
      ...W.mail(e),
      ...t,
      id: e,
      tenantId: r,
      status: "pending",
      attempts: 0,
      createdAt: new Date(n).toISOString(),
      nextAttemptAt: n,
      gsi1pk: W.outboxShard(s),
      gsi1sk: `${String(n).padStart(15, "0")}#${e}`,
    };
  return {
    id: e,
    put: {
      Put: {
        TableName: _e(),
        Item: J(o),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function ime(t) {
  let { id: e, put: r } = dW(t);
  return (await Ge().send(new ds.PutItemCommand(r.Put)), await mW(e), e);
}
var lW;
async function mW(t) {
  let e = pn(),
    r = process.env.OUTBOX_QUEUE_URL;
  if (r) {
    let { SQSClient: n, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((lW ??= new n({})),
      await lW
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
  } else fW.emit("queued", { tenantId: e, id: t });
}
var Xy;
async function ame() {
  let { SESv2Client: t } = await import("@aws-sdk/client-sesv2"),
    e = process.env.SES_ENDPOINT;
  return (
    (Xy ??= new t({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    Xy
  );
}
function cme() {
  (Xy?.destroy(), (Xy = void 0));
}
async function hW(t, e) {
  return nr({ type: "system", tenantId: t }, async () => {
    let r = $e(),
      n;
    try {
      let s = await Ge().send(
        new ds.UpdateItemCommand({
          TableName: _e(),
          Key: J(W.mail(e)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: J({
            ":lease": r + uW,
            ":gsk": `${String(r + uW).padStart(15, "0")}#${e}`,
            ":one": 1,
            ":pending": "pending",
            ":now": r,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      n = ls(s.Attributes);
    } catch (s) {
      if (VT(s)) return "skipped";
      throw s;
    }
    if (!n) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        o = await (
          await ame()
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
        await Ge().send(
          new ds.TransactWriteItemsCommand({
            TransactItems: [
              {
                Update: {
                  TableName: _e(),
                  Key: J(W.mail(e)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: J({
                    ":sent": "sent",
                    ":at": new Date($e()).toISOString(),
                    ":mid": o.MessageId ?? "",
                  }),
                },
              },
              _r.billableUpdate("emails", 1),
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
          ].includes(o) || n.attempts >= sme,
        c = $e() + Math.min(ome() * 2 ** (n.attempts - 1), 36e5);
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
        await Ge().send(
          new ds.UpdateItemCommand({
            TableName: _e(),
            Key: J(W.mail(e)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: J(
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
async function gW(t = 50, e = $e()) {
  let r = [];
  for (let n = 0; n < pW; n++) {
    let s = await Ge().send(
      new ds.QueryCommand({
        TableName: _e(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: J({
          ":pk": W.outboxShard(n),
          ":now": `${String(e).padStart(15, "0")}~`,
        }),
        Limit: t,
      }),
    );
    for (let o of s.Items ?? []) {
      let i = ls(o);
      r.push({ tenantId: i.tenantId, id: i.id });
    }
  }
  return r;
}
async function ume() {
  let t = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: e, id: r } of await gW()) t[await hW(e, r)]++;
  return t;
}
async function lme(t, e, r, n, s = "") {
  await nr({ type: "system", tenantId: t }, () =>
    Ge()
      .send(
        new ds.UpdateItemCommand({
          TableName: _e(),
          Key: J(W.mail(e)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${r}At` },
          ExpressionAttributeValues: J({
            ":at": n,
            ":ev": r,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((o) => {
        if (!VT(o)) throw o;
      }),
  );
}
var ji = (t) =>
  t.replace(
    /[&<>"']/g,
    (e) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        e
      ],
  );
function JT(t, e, r, n) {
  let s = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${ji(t)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;color:#1c1917">
<table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:24px">
<tr><td><p style="font-size:14px;color:#78716c;margin:0 0 8px">\uACE8\uBAA9 Golmok</p>
<h1 style="font-size:20px;margin:0 0 16px">${ji(t)}</h1>
${e.map(
  (i) =>
    `<p style="font-size:15px;line-height:1.6;margin:0 0 12px">${ji(i)}</p>`,
).join(`
`)}
<p style="margin:24px 0"><a href="${ji(r.url)}" style="display:inline-block;background:#0f766e;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:bold">${ji(r.label)}</a></p>
<p style="font-size:13px;color:#78716c;line-height:1.5;margin:0">\uBC84\uD2BC\uC774 \uC5F4\uB9AC\uC9C0 \uC54A\uC73C\uBA74 \uC774 \uC8FC\uC18C\uB97C \uBE0C\uB77C\uC6B0\uC800\uC5D0 \uBD99\uC5EC \uB123\uC73C\uC138\uC694:<br>${ji(r.url)}</p>
<p style="font-size:12px;color:#a8a29e;margin:16px 0 0">${ji(n)}</p></td></tr></table></body></html>`,
    o = `${t}

${e.join(`

`)}

${r.label}: ${r.url}

${n}
`;
  return { html: s, text: o };
}
function yW(t, e, r) {
  return {
    to: [t],
    kind: "verify",
    subject:
      "[\uACE8\uBAA9] \uC774\uBA54\uC77C \uC8FC\uC18C\uB97C \uC778\uC99D\uD574 \uC8FC\uC138\uC694",
    ...JT(
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
function SW(t, e) {
  return {
    to: [t],
    kind: "reset",
    subject:
      "[\uACE8\uBAA9] \uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uC548\uB0B4",
    ...JT(
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
function EW(t, e, r, n) {
  return {
    to: [t],
    kind: "invite",
    subject: `[\uACE8\uBAA9] ${e}\uC5D0\uC11C \uCD08\uB300\uD588\uC2B5\uB2C8\uB2E4`,
    ...JT(
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
var bW = ge(Vi(), 1);
var Wo = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
};
async function Ko(t, e) {
  let r = fs($e()),
    n = r - (r % t.windowSeconds),
    s = await Ge().send(
      new bW.UpdateItemCommand({
        TableName: _e(),
        Key: J(W.rateLimit(t.bucket, e, n)),
        UpdateExpression:
          "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
        ExpressionAttributeValues: J({
          ":one": 1,
          ":exp": n + t.windowSeconds + 60,
        }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
  if ((ls(s.Attributes)?.hits ?? 0) > t.limit) {
    let i = n + t.windowSeconds - r,
      a = Math.max(1, Math.ceil(i / 60));
    throw new Ee(
      "rate_limited",
      "rate_limited",
      `\uC694\uCCAD\uC774 \uB108\uBB34 \uB9CE\uC2B5\uB2C8\uB2E4. ${a}\uBD84 \uD6C4\uC5D0 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.`,
      { retryAfterSeconds: i },
    );
  }
}
import {
  randomBytes as wW,
  scrypt as fme,
  timingSafeEqual as dme,
} from "node:crypto";
import { promisify as mme } from "node:util";
var vW = mme(fme),
  hme = { N: 32768, r: 8, p: 1, keylen: 32 };
async function Pp(t) {
  let e = wW(16),
    { N: r, r: n, p: s, keylen: o } = hme,
    i = await vW(t.normalize("NFC"), e, o, {
      N: r,
      r: n,
      p: s,
      maxmem: 64 * 1024 * 1024,
    });
  return `scrypt$${r}$${n}$${s}$${e.toString("base64url")}$${i.toString("base64url")}`;
}
async function IW(t, e) {
  let [r, n, s, o, i, a] = e.split("$");
  if (r !== "scrypt" || !i || !a) return !1;
  let c = Buffer.from(a, "base64url"),
    u = await vW(t.normalize("NFC"), Buffer.from(i, "base64url"), c.length, {
      N: Number(n),
      r: Number(s),
      p: Number(o),
      maxmem: 64 * 1024 * 1024,
    });
  return dme(u, c);
}
var xW;
function TW() {
  return ((xW ??= Pp(wW(16).toString("hex"))), xW);
}
var gme = [1, 3, 7, 1, 3, 7, 1, 3, 5];
function kp(t) {
  let e = t.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(e) ? e : null;
}
function _W(t) {
  let e = kp(t);
  if (!e) return !1;
  let r = [...e].map(Number),
    n = 0;
  for (let s = 0; s < 9; s++) n += r[s] * gme[s];
  return ((n += Math.floor((r[8] * 5) / 10)), (10 - (n % 10)) % 10 === r[9]);
}
function YT(t) {
  let e = t.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(e) ? e : null;
}
function QT(t) {
  let e = t.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(e) ? e : null;
}
function Jy(t, e) {
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
var hs = { name: 50, email: 254, address: 200, business: 50, text: 100 },
  AW = ["salon", "optician", "carRepair", "restaurant", "retail", "other"];
var yme = ["general", "simplified", "exempt"];
var CW = {
    owner: "\uB300\uD45C",
    staff: "\uC9C1\uC6D0",
    accountant: "\uC138\uBB34\uC0AC(\uC77D\uAE30 \uC804\uC6A9)",
  },
  Mp = (t, e) =>
    jt(
      $(`${t}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      gs(),
      Xi(`${t}\uC744(\uB97C) \uC785\uB825\uD574 \uC8FC\uC138\uC694.`),
      Or(
        e,
        `${t}\uC740(\uB294) ${e}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
      ),
    ),
  ZT = (t, e) =>
    hn(
      jt(
        $(
          `${t}\uC740(\uB294) \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.`,
        ),
        gs(),
        Or(
          e,
          `${t}\uC740(\uB294) ${e}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
        ),
      ),
      "",
    ),
  $p = jt(
    $("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    gs(),
    Xi("\uC774\uBA54\uC77C\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    Or(
      hs.email,
      `\uC774\uBA54\uC77C\uC740 ${hs.email}\uC790 \uC774\uD558\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694.`,
    ),
    vS(
      "\uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    IS(),
  ),
  RW = jt(
    $(
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    gs(),
    Or(
      12,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    mn(
      (t) => kp(t) !== null,
      "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 10\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
    ),
    mn(
      _W,
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    Ji((t) => kp(t)),
  ),
  Sme = jt(
    $(
      "\uD734\uB300\uC804\uD654 \uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
    ),
    gs(),
    Or(
      13,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    mn(
      (t) => YT(t) !== null,
      "\uD734\uB300\uC804\uD654 \uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 010-1234-5678)",
    ),
    Ji((t) => YT(t)),
  ),
  Eme = jt(
    $("\uC804\uD654\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    gs(),
    Or(
      13,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    mn(
      (t) => t === "" || QT(t) !== null,
      "\uC804\uD654\uBC88\uD638 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. (\uC608: 02-123-4567)",
    ),
    Ji((t) => (t === "" ? "" : QT(t))),
  ),
  t_ = jt(
    $("\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694."),
    Or(
      128,
      `\uBE44\uBC00\uBC88\uD638\uB294 ${128}\uC790 \uC774\uD558\uC5EC\uC57C \uD569\uB2C8\uB2E4.`,
    ),
    mn(
      (t) => Jy(t) === null,
      (t) =>
        Jy(String(t.input)) ??
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  OW = jt(
    ae({
      businessName: Mp("\uC0C1\uD638", hs.business),
      noBizNo: hn(
        _S(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804 \uC5EC\uBD80\uB294 \uCC38/\uAC70\uC9D3\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        !1,
      ),
      bizNo: hn(
        $(
          "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      ownerName: Mp("\uB300\uD45C\uC790\uBA85", hs.name),
      industry: Qi(
        AW,
        "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      email: $p,
      phone: Sme,
      password: t_,
      privacyConsent: ir(
        !0,
        "\uAC1C\uC778\uC815\uBCF4 \uC218\uC9D1\xB7\uC774\uC6A9\uC5D0 \uB3D9\uC758\uD574 \uC8FC\uC138\uC694.",
      ),
    }),
    Kp(
      mn(
        (t) => t.noBizNo || t.bizNo.trim() !== "",
        "\uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uB97C \uC785\uB825\uD558\uAC70\uB098 '\uC544\uC9C1 \uC0AC\uC5C5\uC790\uB4F1\uB85D \uC804'\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    Kp(
      mn(
        (t) => t.noBizNo || j_(RW, t.bizNo),
        "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
      ),
      ["bizNo"],
    ),
    Kp(
      mn(
        (t) => Jy(t.password, t.email) === null,
        "\uBE44\uBC00\uBC88\uD638\uC5D0 \uC774\uBA54\uC77C \uC544\uC774\uB514\uB97C \uB123\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
      ),
      ["password"],
    ),
    Ji((t) => ({ ...t, bizNo: t.noBizNo ? "" : kp(t.bizNo) })),
  ),
  DW = ae({
    email: $p,
    password: jt(
      $(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      Xi(
        "\uBE44\uBC00\uBC88\uD638\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694.",
      ),
      Or(
        128,
        "\uBE44\uBC00\uBC88\uD638\uAC00 \uB108\uBB34 \uAE41\uB2C8\uB2E4.",
      ),
    ),
  }),
  r_ = jt(
    $("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    Xi("\uD1A0\uD070\uC774 \uC5C6\uC2B5\uB2C8\uB2E4."),
    Or(
      200,
      "\uD1A0\uD070 \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
  ),
  n_ = ae({ token: r_ }),
  NW = ae({ email: $p }),
  PW = ae({ token: r_, password: t_ }),
  kW = ae({
    email: $p,
    role: Qi(
      ["staff", "accountant"],
      "\uC5ED\uD560\uC740 \uC9C1\uC6D0 \uB610\uB294 \uC138\uBB34\uC0AC \uC911\uC5D0\uC11C \uACE8\uB77C \uC8FC\uC138\uC694.",
    ),
  }),
  MW = ae({ token: r_, name: Mp("\uC774\uB984", hs.name), password: t_ }),
  s_ = ae({
    businessName: Mp("\uC0C1\uD638", hs.business),
    ownerName: Mp("\uB300\uD45C\uC790", hs.name),
    bizNo: Xp(
      [ir(""), RW],
      "\uC720\uD6A8\uD558\uC9C0 \uC54A\uC740 \uC0AC\uC5C5\uC790\uB4F1\uB85D\uBC88\uD638\uC785\uB2C8\uB2E4. \uC22B\uC790\uB97C \uB2E4\uC2DC \uD655\uC778\uD574 \uC8FC\uC138\uC694.",
    ),
    branchNo: jt(
      hn(
        $(
          "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 \uBB38\uC790\uC5F4\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
        "",
      ),
      gs(),
      Wp(
        /^(\d{4})?$/,
        "\uC885\uC0AC\uC5C5\uC7A5\uBC88\uD638\uB294 4\uC790\uB9AC \uC22B\uC790\uC785\uB2C8\uB2E4.",
      ),
    ),
    address: ZT("\uC8FC\uC18C", hs.address),
    businessType: ZT("\uC5C5\uD0DC", hs.text),
    businessItem: ZT("\uC885\uBAA9", hs.text),
    taxType: Qi(
      yme,
      "\uACFC\uC138\uC720\uD615\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
    contactEmail: Xp(
      [ir(""), $p],
      "\uB2F4\uB2F9\uC790 \uC774\uBA54\uC77C \uD615\uC2DD\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
    ),
    contactPhone: hn(Eme, ""),
    industry: Qi(
      AW,
      "\uC5C5\uC885\uC744 \uC120\uD0DD\uD574 \uC8FC\uC138\uC694.",
    ),
  }),
  $W = ae({
    month: hn(
      jt(
        $(),
        Wp(
          /^\d{4}-(0[1-9]|1[0-2])$/,
          "\uC6D4\uC740 YYYY-MM \uD615\uC2DD\uC774\uC5B4\uC57C \uD569\uB2C8\uB2E4.",
        ),
      ),
    ),
  });
var Zy = 14,
  Yy = 3600,
  o_ = { verify: 24 * Yy, reset: 1 * Yy, invite: 168 * Yy },
  i_ = () =>
    (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  Xo = () =>
    new Ee(
      "validation",
      "token_invalid",
      "\uB9C1\uD06C\uAC00 \uB9CC\uB8CC\uB418\uC5C8\uAC70\uB098 \uC774\uBBF8 \uC0AC\uC6A9\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC694\uCCAD\uD574 \uC8FC\uC138\uC694.",
    );
function a_(t, e) {
  return ps({ ...W.token(t), ...e });
}
async function bme(t, e, r = {}) {
  await Ko(Wo.signupPerIp, e);
  let n = zo("ten"),
    s = zo("usr"),
    o = new Date($e()).toISOString(),
    i = Uc(),
    a = await Pp(t.password);
  return nr({ type: "system", tenantId: n }, async () => {
    let c = ms.enqueue(
        yW(t.email, t.businessName, `${i_()}/verify?token=${i}`),
      ),
      u = {
        ...W.tenant(),
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
        ...W.user(s),
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
        ps(
          { ...W.email(t.email), userId: s, tenantId: n },
          "attribute_not_exists(pk)",
        ),
        ps(u, "attribute_not_exists(pk)"),
        ps(l),
        ...(r.preverified
          ? []
          : [
              a_(i, {
                kind: "verify",
                tenantId: n,
                userId: s,
                email: t.email,
                expiresAt: fs() + o_.verify,
              }),
              c.put,
            ]),
      ];
    return (
      t.bizNo &&
        p.push(
          ps({ ...W.bizNo(t.bizNo), tenantId: n }, "attribute_not_exists(pk)"),
        ),
      await Gs(p, (h) => {
        if (h === 0)
          return new Ee(
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
          return new Ee(
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
      r.preverified || (await ms.notify(c.id)),
      { tenantId: n, userId: s }
    );
  });
}
async function eS(t, e) {
  let r = await Fs(W.token(t), !0);
  if (!(!r || r.kind !== e || r.expiresAt <= fs())) return r;
}
function c_(t, e) {
  return {
    Delete: {
      TableName: _e(),
      Key: J(W.token(t)),
      ConditionExpression:
        "attribute_exists(pk) AND kind = :k AND expiresAt > :now",
      ExpressionAttributeValues: J({ ":k": e, ":now": fs() }),
    },
  };
}
function u_(t, e, r) {
  return nr({ type: "system", tenantId: t }, () => {
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
        TableName: _e(),
        Key: J(W.user(e)),
        UpdateExpression: `SET ${o.join(", ")}`,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: n,
        ExpressionAttributeValues: J(s),
      },
    };
  });
}
async function xme(t) {
  let e = await eS(t, "verify");
  if (!e) throw Xo();
  await Gs([c_(t, "verify"), u_(e.tenantId, e.userId, { verified: !0 })], () =>
    Xo(),
  );
}
async function Lp(t, e) {
  return nr({ type: "system", tenantId: t }, () => Fs(W.user(e), !0));
}
async function tS(t) {
  return nr({ type: "system", tenantId: t }, () => Fs(W.tenant()));
}
var LW = () =>
  new Ee(
    "unauthorized",
    "invalid_credentials",
    "\uC774\uBA54\uC77C \uB610\uB294 \uBE44\uBC00\uBC88\uD638\uAC00 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",
  );
async function wme(t, e, r) {
  (await Ko(Wo.loginPerIp, r), await Ko(Wo.loginPerAccount, t));
  let n = await Fs(W.email(t)),
    s = n ? await Lp(n.tenantId, n.userId) : void 0,
    o = await IW(e, s?.passwordHash ?? (await TW()));
  if (!s || !s.passwordHash || !o || s.status !== "active") throw LW();
  if (!s.verified)
    throw new Ee(
      "forbidden",
      "email_not_verified",
      "\uC774\uBA54\uC77C \uC778\uC99D\uC774 \uD544\uC694\uD569\uB2C8\uB2E4. \uBC1B\uC740 \uBA54\uC77C\uC758 \uC778\uC99D \uB9C1\uD06C\uB97C \uB20C\uB7EC \uC8FC\uC138\uC694.",
    );
  let i = await tS(s.tenantId);
  if (!i) throw LW();
  return UW(s, i);
}
async function UW(t, e) {
  let r = Uc(),
    n = {
      userId: t.id,
      tenantId: t.tenantId,
      role: t.role,
      planId: e.planId,
      csrf: Uc(),
      expiresAt: fs() + Zy * 24 * Yy,
    };
  return (
    await Ge().send(
      new Qy.PutItemCommand({
        TableName: _e(),
        Item: J({ ...W.session(r), ...n }),
      }),
    ),
    { token: r, me: BW(t, e, n.csrf) }
  );
}
function BW(t, e, r) {
  let n = vme(e.planId);
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
function vme(t) {
  let e = sr.get(t, js());
  return { id: e.id, name: e.name, priceKrw: e.priceKrw };
}
async function Ime(t) {
  if (!t || t.length > 100) return;
  let e = await Fs(W.session(t));
  if (!(!e || e.expiresAt <= fs()))
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
async function Tme(t) {
  await Ge().send(
    new Qy.DeleteItemCommand({ TableName: _e(), Key: J(W.session(t)) }),
  );
}
async function _me(t) {
  let e = zT(),
    [r, n] = await Promise.all([Lp(e.tenantId, e.userId), tS(e.tenantId)]);
  if (!r || !n)
    throw new Ee(
      "unauthorized",
      "unauthenticated",
      "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
    );
  return BW(r, n, t);
}
async function Ame(t, e) {
  (await Ko(Wo.resetPerIp, e), await Ko(Wo.resetPerAccount, t));
  let r = await Fs(W.email(t));
  if (!r) return;
  let n = await Lp(r.tenantId, r.userId);
  if (!n || n.status !== "active") return;
  let s = Uc();
  await nr({ type: "system", tenantId: r.tenantId }, async () => {
    let o = ms.enqueue(SW(t, `${i_()}/reset?token=${s}`));
    (await Gs([
      a_(s, {
        kind: "reset",
        tenantId: r.tenantId,
        userId: r.userId,
        email: t,
        expiresAt: fs() + o_.reset,
      }),
      o.put,
    ]),
      await ms.notify(o.id));
  });
}
async function Cme(t, e) {
  let r = await eS(t, "reset");
  if (!r) throw Xo();
  let n = await Pp(e);
  await Gs(
    [
      c_(t, "reset"),
      u_(r.tenantId, r.userId, { passwordHash: n, verified: !0 }),
    ],
    () => Xo(),
  );
}
async function Rme(t, e, r) {
  let n = zT(),
    s = zo("usr"),
    o = Uc(),
    i = ms.enqueue(EW(t, r, CW[e], `${i_()}/invite?token=${o}`)),
    a = {
      ...W.user(s),
      id: s,
      tenantId: n.tenantId,
      email: t,
      name: "",
      role: e,
      status: "invited",
      verified: !1,
      createdAt: new Date($e()).toISOString(),
    };
  (await Gs(
    [
      ps(
        { ...W.email(t), userId: s, tenantId: n.tenantId },
        "attribute_not_exists(pk)",
      ),
      ps(a),
      a_(o, {
        kind: "invite",
        tenantId: n.tenantId,
        userId: s,
        email: t,
        expiresAt: fs() + o_.invite,
      }),
      i.put,
    ],
    (c) =>
      c === 0
        ? new Ee(
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
    await ms.notify(i.id));
}
async function Ome(t) {
  let e = await eS(t, "invite"),
    r = e && (await Lp(e.tenantId, e.userId)),
    n = e && (await tS(e.tenantId));
  if (!e || !r || !n) throw Xo();
  return { email: e.email, businessName: n.businessName, role: r.role };
}
async function Dme(t, e, r) {
  let n = await eS(t, "invite");
  if (!n) throw Xo();
  let s = await Pp(r);
  await Gs(
    [
      c_(t, "invite"),
      u_(n.tenantId, n.userId, {
        name: e,
        passwordHash: s,
        status: "active",
        verified: !0,
      }),
    ],
    () => Xo(),
  );
  let [o, i] = await Promise.all([Lp(n.tenantId, n.userId), tS(n.tenantId)]);
  if (!o || !i) throw Xo();
  return UW(o, i);
}
var zs = {};
ie(zs, {
  Tenant: () => zs,
  getProfile: () => Pme,
  invite: () => $me,
  listMembers: () => Mme,
  updateProfile: () => kme,
  usage: () => Lme,
});
var FW = ge(Vi(), 1);
var Nme = () =>
  new Ee(
    "not_found",
    "not_found",
    "\uC0AC\uC5C5\uC7A5\uC744 \uCC3E\uC744 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
  );
async function rS() {
  let t = await Fs(W.tenant(), !0);
  if (!t) throw Nme();
  return t;
}
function GW(t) {
  return {
    businessName: t.businessName,
    ownerName: t.ownerName,
    bizNo: t.bizNo,
    branchNo: t.branchNo,
    address: t.address,
    businessType: t.businessType,
    businessItem: t.businessItem,
    taxType: t.taxType,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    industry: t.industry,
    updatedAt: t.updatedAt,
  };
}
async function Pme() {
  return (Lc("profile.read"), GW(await rS()));
}
async function kme(t) {
  Lc("profile.write");
  let e = await rS(),
    r = pn(),
    n = new Date($e()).toISOString(),
    s = { ...t, updatedAt: n },
    o = {},
    i = { ":prev": e.updatedAt },
    a = Object.entries(s).map(
      ([l, p], h) => ((o[`#f${h}`] = l), (i[`:v${h}`] = p), `#f${h} = :v${h}`),
    ),
    c = [
      {
        Update: {
          TableName: _e(),
          Key: J(W.tenant()),
          UpdateExpression: `SET ${a.join(", ")}`,
          ConditionExpression: "updatedAt = :prev",
          ExpressionAttributeNames: o,
          ExpressionAttributeValues: J(i),
        },
      },
    ],
    u = t.bizNo !== e.bizNo;
  return (
    u &&
      t.bizNo &&
      c.push(
        ps({ ...W.bizNo(t.bizNo), tenantId: r }, "attribute_not_exists(pk)"),
      ),
    u &&
      e.bizNo &&
      c.push({
        Delete: {
          TableName: _e(),
          Key: J(W.bizNo(e.bizNo)),
          ConditionExpression: "tenantId = :t",
          ExpressionAttributeValues: J({ ":t": r }),
        },
      }),
    await Gs(c, (l) => {
      if (l === 0)
        return new Ee(
          "conflict",
          "stale_write",
          "\uB2E4\uB978 \uACF3\uC5D0\uC11C \uBA3C\uC800 \uC800\uC7A5\uD588\uC2B5\uB2C8\uB2E4. \uC0C8\uB85C\uACE0\uCE68 \uD6C4 \uB2E4\uC2DC \uC800\uC7A5\uD574 \uC8FC\uC138\uC694.",
        );
      if (l === 1 && t.bizNo)
        return new Ee(
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
    GW({ ...e, ...s })
  );
}
async function Mme() {
  Lc("members.read");
  let { pk: t, skPrefix: e } = W.usersPrefix();
  return (
    (
      await Ge().send(
        new FW.QueryCommand({
          TableName: _e(),
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
          ExpressionAttributeValues: J({ ":pk": t, ":p": e }),
        }),
      )
    ).Items ?? []
  ).map((n) => {
    let s = ls(n);
    return {
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      status: s.status,
    };
  });
}
async function $me(t, e) {
  (Lc("members.invite"), await Ko(Wo.invitePerTenant, pn()));
  let r = await rS();
  await et.invite(t, e, r.businessName);
}
async function Lme(t = js()) {
  Lc("usage.read");
  let [e, r] = await Promise.all([rS(), _r.current(t)]),
    n = sr.get(e.planId, t);
  return {
    month: t,
    plan: { id: n.id, name: n.name, priceKrw: n.priceKrw },
    resetsAt: Op(t),
    metrics: Object.keys(n.quotas).map((s) => ({
      id: s,
      label: sr.METRIC_LABEL[s].label,
      unit: sr.METRIC_LABEL[s].unit,
      used: Math.round((r[s] ?? 0) * 10) / 10,
      quota: n.quotas[s],
    })),
  };
}
var Ar = class extends Error {
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
var Gc = Symbol();
var nS = (t, e) =>
  new Response(t, {
    headers: { "Content-Type": e.replace(/^[^;]+/, (r) => r.toLowerCase()) },
  }).formData();
var Ume = 1e4,
  sS = (t) => "headers" in t,
  jW = async (t, e = Object.create(null)) => {
    let { all: r = !1, dot: n = !1 } = e,
      s = (sS(t) ? t.headers : t.raw.headers)
        .get("Content-Type")
        ?.split(";")[0]
        .trim()
        .toLowerCase();
    return s === "multipart/form-data" ||
      s === "application/x-www-form-urlencoded"
      ? Bme(t, { all: r, dot: n })
      : {};
  };
async function Bme(t, e) {
  if (!sS(t) && t.bodyCache.formData) return HW(await t.bodyCache.formData, e);
  let r = sS(t) ? t.headers : t.raw.headers,
    n = await t.arrayBuffer(),
    s = nS(n, r.get("Content-Type") || "");
  sS(t) || (t.bodyCache.formData = s);
  let o = await s;
  return o ? HW(o, e) : {};
}
function HW(t, e) {
  let r = Object.create(null),
    n = { count: 0 };
  return (
    t.forEach((s, o) => {
      e.all || o.endsWith("[]") ? Fme(r, o, s) : (r[o] = s);
    }),
    e.dot &&
      Object.entries(r).forEach(([s, o]) => {
        s.includes(".") && (Gme(r, s, o, n), delete r[s]);
      }),
    r
  );
}
var Fme = (t, e, r) => {
    t[e] !== void 0
      ? Array.isArray(t[e])
        ? t[e].push(r)
        : (t[e] = [t[e], r])
      : e.endsWith("[]")
        ? (t[e] = [r])
        : (t[e] = r);
  },
  Gme = (t, e, r, n) => {
    if (/(?:^|\.)__proto__\./.test(e)) return;
    let s = t,
      o = e.split(".", 34);
    (o.length > 33 && VW(),
      o.forEach((i, a) => {
        a === o.length - 1
          ? (s[i] = r)
          : ((!s[i] ||
              typeof s[i] != "object" ||
              Array.isArray(s[i]) ||
              s[i] instanceof File) &&
              (n.count++ >= Ume && VW(), (s[i] = Object.create(null))),
            (s = s[i]));
      }));
  },
  VW = () => {
    throw new Error("Nesting limit exceeded");
  };
var f_ = (t) => {
    let e = t.split("/");
    return (e[0] === "" && e.shift(), e);
  },
  Up = (t) => {
    let { groups: e, path: r } = Hme(t),
      n = f_(r);
    return Vme(n, e);
  },
  Hme = (t) => {
    let e = [];
    return (
      (t = t.replace(/\{[^}]+\}/g, (r, n) => {
        let s = `@${n}`;
        return (e.push([s, r]), s);
      })),
      { groups: e, path: t }
    );
  },
  Vme = (t, e) => {
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
  oS = {},
  Bp = (t, e) => {
    if (t === "*") return "*";
    let r = t.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
    if (r) {
      let n = `${t}#${e}`;
      return (
        oS[n] ||
          (r[2]
            ? (oS[n] =
                e && e[0] !== ":" && e[0] !== "*"
                  ? [n, r[1], new RegExp(`^${r[2]}(?=/${e})`)]
                  : [t, r[1], new RegExp(`^${r[2]}$`)])
            : (oS[n] = [t, r[1], !0])),
        oS[n]
      );
    }
    return null;
  },
  iS = (t, e) => {
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
var l_ = (t) => decodeURI(t.includes("%25") ? t.replace(/%25/g, "%2525") : t),
  d_ = (t) => {
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
          u = iS(c, l_);
        if (/%(?![0-9A-Fa-f]{2})/.test(c)) {
          let l = new URL("http://localhost");
          if (
            ((l.pathname = u.replace(/[\\\t\n\r]/g, encodeURIComponent)),
            iS(l.pathname, l_) !== u)
          )
            return iS(c.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"), l_);
        }
        return u;
      } else if (s === 63 || s === 35) break;
    }
    return e.slice(r, n);
  };
var zW = (t) => {
    let e = d_(t);
    return e.length > 1 && e.at(-1) === "/" ? e.slice(0, -1) : e;
  },
  zi = (t, e, ...r) => (
    r.length && (e = zi(e, ...r)),
    `${t?.[0] === "/" ? "" : "/"}${t}${e === "/" ? "" : `${t?.at(-1) === "/" ? "" : "/"}${e?.[0] === "/" ? e.slice(1) : e}`}`
  ),
  aS = (t) => {
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
  Hc = (t) => (t.indexOf("%") !== -1 ? iS(t, jme) : t),
  p_ = (t) => (t.indexOf("+") !== -1 && (t = t.replace(/\+/g, " ")), Hc(t)),
  qW = (t, e, r) => {
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
            return p_(t.slice(l, p === -1 ? void 0 : p));
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
      if ((s && (u = p_(u)), (i = a), u === "")) continue;
      let l;
      (c === -1
        ? (l = "")
        : ((l = t.slice(c + 1, a === -1 ? void 0 : a)), s && (l = p_(l))),
        r
          ? ((o[u] && Array.isArray(o[u])) || (o[u] = []), o[u].push(l))
          : (o[u] ??= l));
    }
    return e ? o[e] : o;
  },
  WW = qW,
  KW = (t, e) => qW(t, e, !0),
  jme = decodeURIComponent;
var XW = class {
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
    return r && Hc(r);
  }
  #o() {
    let t = {},
      e = Object.keys(this.#e[0][this.routeIndex]?.[1] ?? {});
    for (let r of e) {
      let n = this.#s(this.#e[0][this.routeIndex][1][r]);
      n !== void 0 && (t[r] = Hc(n));
    }
    return t;
  }
  #s(t) {
    return this.#e[1] ? this.#e[1][t] : t;
  }
  query(t) {
    return WW(this.url, t);
  }
  queries(t) {
    return KW(this.url, t);
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
    return jW(this, t);
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
  get [Gc]() {
    return this.#e;
  }
  get matchedRoutes() {
    return this.#e[0].map(([[, t]]) => t);
  }
  get routePath() {
    return this.#e[0].map(([[, t]]) => t)[this.routeIndex].path;
  }
};
var JW = { Stringify: 1, BeforeStream: 2, Stream: 3 },
  zme = (t, e) => {
    let r = new String(t);
    return ((r.isEscaped = !0), (r.callbacks = e), r);
  };
var m_ = async (t, e, r, n, s) => {
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
    Promise.all(a.filter(Boolean).map((c) => m_(c, e, !1, n, s))).then(
      () => s[0],
    ),
  );
  return r ? zme(await i, o) : i;
};
var qme = "text/plain; charset=UTF-8",
  h_ = (t, e) => ({ "Content-Type": t, ...e }),
  Fp = (t, e) => new Response(t, e),
  g_ = class {
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
      return ((this.#e ??= new XW(this.#t, this.#f, this.#p)), this.#e);
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
      return (this.#n ||= Fp(null, { headers: (this.#a ??= new Headers()) }));
    }
    set res(t) {
      if (this.#n && t) {
        t = Fp(t.body, t);
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
        (this.#n = Fp(this.#n.body, this.#n));
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
      return Fp(t, { status: s, headers: n ?? r });
    }
    newResponse = (...t) => this.#i(...t);
    body = (t, e, r) => this.#i(t, e, r);
    text = (t, e, r) =>
      !this.#a && !this.#o && !e && !r && !this.finalized
        ? new Response(t)
        : this.#i(t, e, h_(qme, r));
    json = (t, e, r) =>
      this.#i(JSON.stringify(t), e, h_("application/json", r));
    html = (t, e, r) => {
      let n = (s) => this.#i(s, e, h_("text/html; charset=UTF-8", r));
      return typeof t == "object" ? m_(t, JW.Stringify, !1, {}).then(n) : n(t);
    };
    redirect = (t, e) => {
      let r = String(t);
      return (
        this.header("Location", /[^\x00-\xFF]/.test(r) ? encodeURI(r) : r),
        this.newResponse(null, e ?? 302)
      );
    };
    notFound = () => ((this.#u ??= () => Fp()), this.#u(this));
  };
var y_ = (t, e, r) => (n, s) => {
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
var Wme = (t) => t.req[Gc][0].map(([[, e]]) => e),
  YW = (t, e) => Wme(t).at(e ?? t.req.routeIndex)?.path ?? "";
var QW = ["get", "post", "put", "delete", "options", "patch", "query"],
  cS = "Can not add a route since the matcher is already built.",
  uS = class extends Error {};
var S_ = "__COMPOSED_HANDLER";
var ZW = (t) => {
    let e = t.length;
    for (; e > 0 && t.charCodeAt(e - 1) === 47;) e--;
    return t.length - e;
  },
  Kme = (t, e, r) => {
    if (!/[:*]/.test(e)) return e.length;
    let n = t.req.path,
      s = t.req[Gc],
      o = new Set(),
      i = 0;
    for (let a of Up(e)) {
      if (a[0] === ":" && a.endsWith("}?"))
        throw new Error(
          `mount(): Optional regular expression parameters are not supported in "${r}".`,
        );
      let c = Bp(a);
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
  e6 = (t, e, r) => {
    if (/[^/]\*$/.test(r))
      throw new Error(`mount(): Wildcard must follow "/" in "${r}".`);
    let n = Kme(t, e, r),
      s = t.req.path.slice(n) || "/";
    if (
      n > t.req.path.length ||
      s[0] !== "/" ||
      /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(s)
    )
      throw new Ar(400, { message: "Invalid mounted path" });
    let o = t.req.raw.url;
    if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(o))
      throw new Ar(400, { message: "Invalid mounted path" });
    let i = o.search(/[?#]/),
      a = ZW(i === -1 ? o : o.slice(0, i));
    if (a > 1 && ZW(t.req.path) === a - 1)
      throw new Ar(400, { message: "Invalid mounted path" });
    let c = new URL(o);
    return (
      (c.pathname = s.replace(/[\\\t\n\r]/g, encodeURIComponent)),
      s.includes("%"),
      new Request(c, t.req.raw)
    );
  };
var Xme = (t) => t.text("404 Not Found", 404),
  t6 = (t, e) => {
    if ("getResponse" in t) {
      let r = t.getResponse();
      return e.newResponse(r.body, r);
    }
    return (console.error(t), e.text("Internal Server Error", 500));
  },
  r6 = class n6 {
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
      ([...QW, "all"].forEach((s) => {
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
        (this.getPath = (r ?? !0) ? (e.getPath ?? d_) : zW));
    }
    #e() {
      let e = new n6({ router: this.router, getPath: this.getPath });
      return (
        (e.errorHandler = this.errorHandler),
        (e.#r = this.#r),
        (e.routes = this.routes),
        e
      );
    }
    #r = Xme;
    errorHandler = t6;
    route(e, r) {
      let n = this.basePath(e);
      return (
        r.routes.map((s) => {
          let o;
          (r.errorHandler === t6
            ? (o = s.handler)
            : ((o = async (i, a) =>
                (await y_([], r.errorHandler)(i, () => s.handler(i, a))).res),
              (o[S_] = s.handler)),
            n.#o(s.method, s.path, o, s.basePath));
        }),
        this
      );
    }
    basePath(e) {
      let r = this.#e();
      return ((r._basePath = zi(this._basePath, e)), r);
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
          let l = YW(u);
          return e6(u, l.replace(/\/?\*$/, ""), l);
        },
        c = async (u, l) => {
          let p = await r(s ? s(u.req.raw) : a(u), ...i(u));
          if (p) return p;
          await l();
        };
      return (this.#o("ALL", zi(e, "*"), c), this);
    }
    #o(e, r, n, s) {
      r = zi(this._basePath, r);
      let o = {
        basePath: s !== void 0 ? zi(this._basePath, s) : this._basePath,
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
        a = new g_(e, {
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
      let c = y_(i[0], this.errorHandler, this.#r);
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
              /^https?:\/\//.test(e) ? e : `http://localhost${zi("/", e)}`,
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
var or = () => Object.create(null);
var E_ = [];
function s6(t, e) {
  let r = this.buildAllMatchers(),
    n = (s, o) => {
      let i = r[s] || r.ALL,
        a = i[2][o];
      if (a) return a;
      let c = o.match(i[0]);
      if (!c) return [[], E_];
      let u = c.indexOf("", 1);
      return [i[1][u], c];
    };
  return ((this.match = n), n(t, e));
}
var Jme = "[^/]+",
  Yme = "[^]*",
  Qme = "(?:|/[^]*)",
  Jo = Symbol(),
  o6 = new Set(".\\+*[^]$()");
function Zme(t, e) {
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
var i6 = class b_ {
  #t;
  #e;
  #r = or();
  insert(e, r, n, s, o) {
    let i = this;
    for (let a = 0, c = e.length; a < c; a++) {
      let u = e[a],
        l =
          u.length === 1
            ? u === "*"
              ? a === c - 1
                ? ["", "", Yme]
                : ["", "", Jme]
              : null
            : u === "/*"
              ? ["", "", Qme]
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
            (g.length === 1 && o6.has(g)))
        )
          throw Jo;
        if ((o.push(g), (p = i.#r[g]), !p)) {
          if (g !== "[^]*" && g !== "(?:|/[^]*)") {
            for (let y in i.#r)
              if (
                (g.length > 1 || y.length > 1) &&
                y !== "[^]*" &&
                y !== "(?:|/[^]*)"
              )
                throw Jo;
          }
          p = i.#r[g] = new b_();
        }
        h !== "" && ((p.#e ??= s.varIndex++), n.push([h, p.#e]));
      } else if ((o.push(u), (p = i.#r[u]), !p)) {
        for (let h in i.#r)
          if (h.length > 1 && h !== "[^]*" && h !== "(?:|/[^]*)") throw Jo;
        p = i.#r[u] = new b_();
      }
      i = p;
    }
    if (i.#t !== void 0) throw Jo;
    i.#t = r;
  }
  buildRegExpStr() {
    let e = Object.keys(this.#r)
      .sort(Zme)
      .map((r) => {
        let n = this.#r[r],
          s = n.buildRegExpStr();
        return s === ""
          ? ""
          : (typeof n.#e == "number"
              ? `(${r})@${n.#e}`
              : o6.has(r)
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
var x_ = class {
  #t = { varIndex: 0 };
  #e = new i6();
  #r = 0;
  paths = or();
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
function ehe(t) {
  let e = t[t.length - 1];
  return e === "[^]*" || e === "(?:|/[^]*)";
}
function the(t, e) {
  let r = t.length - 1;
  for (let n = 0; n < r; n++) if (t[n] !== e[n]) return !1;
  return t[r] === "[^]*" || e.length === r || e[r] === "/";
}
var a6 = class {
  name = "RegExpRouter";
  #t;
  #e;
  constructor() {
    ((this.#t = { ALL: [] }), (this.#e = { ALL: new x_() }));
  }
  #r(t, e) {
    try {
      this.#e[t].insert(e, !/\*|\/:/.test(e));
    } catch (r) {
      throw r === Jo ? new uS(e) : r;
    }
  }
  add(t, e, r) {
    let n = this.#t;
    if (!n) throw new Error(cS);
    let s = this.#e;
    if (!n[t]) {
      ((s[t] = new x_()), (n[t] = [...n.ALL]));
      for (let a in s.ALL.paths) this.#r(t, a);
    }
    e === "/*" && (e = "*");
    let o = t === "ALL" ? Object.keys(n) : [t],
      i = aS(e) || [e];
    for (let a of i)
      for (let c of o) (s[c].paths[a] || this.#r(c, a), n[c].push([r, a]));
  }
  match = s6;
  buildAllMatchers() {
    let t = or();
    for (let e of Object.keys(this.#t)) t[e] = this.#o(e);
    return ((this.#t = this.#e = void 0), t);
  }
  #o(t) {
    let e = this.#t[t],
      r = this.#e[t],
      n = or(),
      s = [],
      [o, i, a] = r.buildRegExp(),
      c = or(),
      u = e.map(
        ([p, h], g) => (
          (c[h] ??= []).push(g),
          [
            p,
            r.paths[h][1].reduceRight((y, [E, S]) => ((y[E] = a[S]), y), or()),
          ]
        ),
      ),
      l = Object.keys(c).filter((p) => ehe(r.paths[p][2]));
    for (let p in r.paths) {
      let [h, , g] = r.paths[p],
        y = [...c[p]];
      for (let S of l) S !== p && the(r.paths[S][2], g) && y.push(...c[S]);
      let E = y.sort((S, b) => S - b).map((S) => u[S]);
      if (h === -1) {
        let S = Math.max(-1, ...E.flatMap(([, b]) => Object.values(b)));
        n[p] = [E, S === -1 ? E_ : p.match(o).slice(0, S + 1)];
      } else s[h] = E;
    }
    return [o, i.map((p) => s[p]), n];
  }
};
var c6 = class {
  name = "SmartRouter";
  #t = [];
  #e = [];
  constructor(t) {
    this.#t = t.routers;
  }
  add(t, e, r) {
    if (!this.#e) throw new Error(cS);
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
        if (c instanceof uS) continue;
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
var w_ = or(),
  rhe = 0,
  u6 = class l6 {
    #t = [];
    #e = or();
    #r = [];
    #o;
    #s = w_;
    insert(e, r, n) {
      let s = this,
        o = Up(r),
        i = new Set(),
        a = 0;
      for (let c of o) {
        let u = o[++a],
          l =
            Bp(c, u) ||
            (u === void 0 && c && c.indexOf("*") === c.length - 1 ? c : null),
          p = Array.isArray(l),
          h = p ? l[0] : l || c,
          g = (s.#e[h] ||= new l6());
        (l && !g.#o && ((g.#o = l), s.#r.push(g)), (s = g), p && i.add(l[1]));
      }
      s.#t.push({ [e]: { handler: n, possibleKeys: [...i], score: ++rhe } });
    }
    #n(e, r, n, s, o) {
      for (let i = 0, a = r.#t.length; i < a; i++) {
        let c = r.#t[i],
          u = c[n] || c.ALL;
        if (u) {
          ((u.params = or()), e.push(u));
          for (let l = 0, p = u.possibleKeys.length; l < p; l++) {
            let h = u.possibleKeys[l];
            u.params[h] = o?.[h] && !l ? o[h] : (s[h] ?? o?.[h]);
          }
        }
      }
    }
    search(e, r) {
      let n = [];
      this.#s = w_;
      let s = [this],
        o = f_(r),
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
              v = S.#s === w_ ? {} : { ...S.#s };
            if (typeof I == "string") {
              (I === "*" || l.startsWith(I.slice(0, -1))) &&
                (this.#n(n, w, e, S.#s), I === "*" && ((w.#s = v), h.push(w)));
              continue;
            }
            let [, A, j] = I;
            if (!(!l && j === !0)) {
              if (j !== !0) {
                if (!c) {
                  c = [];
                  let tt = r[0] === "/" ? 1 : 0;
                  for (let Q = 0; Q < a; Q++)
                    ((c[Q] = tt), (tt += o[Q].length + 1));
                }
                let oe = r.slice(c[u]),
                  be = j.exec(oe);
                if (be) {
                  (Object.hasOwn(v, A) || (v[A] = be[0]),
                    this.#n(n, w, e, S.#s, v),
                    be[0].length === oe.length &&
                      w.#e["*"] &&
                      this.#n(n, w.#e["*"], e, S.#s, v));
                  for (let tt in w.#e) {
                    w.#s = v;
                    let Q = be[0].match(/\//g)?.length ?? 0;
                    (i[Q] ||= []).push(w);
                    break;
                  }
                  continue;
                }
              }
              (j === !0 || j.test(l)) &&
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
var v_ = class {
  name = "TrieRouter";
  #t = new u6();
  add(t, e, r) {
    for (let n of aS(e) || [e]) this.#t.insert(t, n, r);
  }
  match(t, e) {
    return this.#t.search(t, e);
  }
};
var I_ = class extends r6 {
  constructor(t = {}) {
    (super(t),
      (this.router = t.router ?? new c6({ routers: [new a6(), new v_()] })));
  }
};
var nhe = "Payload Too Large",
  p6 = (t) => {
    let e =
        t.onError ||
        (() => {
          let n = new Response(nhe, { status: 413 });
          throw new Ar(413, { res: n });
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
var she = {
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
  ohe = {
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
var T_ = (t) => {
  let e = { ...ohe, ...t },
    r = ihe(e),
    n = [];
  if (e.contentSecurityPolicy) {
    let [s, o] = f6(e.contentSecurityPolicy, "Content-Security-Policy");
    (s && n.push(s), r.push(["Content-Security-Policy", o]));
  }
  if (e.contentSecurityPolicyReportOnly) {
    let [s, o] = f6(
      e.contentSecurityPolicyReportOnly,
      "Content-Security-Policy-Report-Only",
    );
    (s && n.push(s), r.push(["Content-Security-Policy-Report-Only", o]));
  }
  return (
    e.permissionsPolicy &&
      Object.keys(e.permissionsPolicy).length > 0 &&
      r.push(["Permissions-Policy", ahe(e.permissionsPolicy)]),
    e.reportingEndpoints &&
      r.push(["Reporting-Endpoints", uhe(e.reportingEndpoints)]),
    e.reportTo && r.push(["Report-To", lhe(e.reportTo)]),
    async function (o, i) {
      let a = n.length === 0 ? r : n.reduce((c, u) => u(o, c), r);
      (await i(),
        phe(o, a, e.overwrite !== !1),
        e?.removePoweredBy && o.res.headers.delete("X-Powered-By"));
    }
  );
};
function ihe(t) {
  return Object.entries(she)
    .filter(([e]) => t[e])
    .map(([e, r]) => {
      let n = t[e];
      return typeof n == "string" ? [r[0], n] : r;
    });
}
function f6(t, e) {
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
function ahe(t) {
  return Object.entries(t)
    .map(([e, r]) => {
      let n = che(e);
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
function che(t) {
  return t.replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
}
function uhe(t = []) {
  return t.map((e) => `${e.name}="${e.url}"`).join(", ");
}
function lhe(t = []) {
  return t.map((e) => JSON.stringify(e)).join(", ");
}
function phe(t, e, r) {
  e.forEach(([n, s]) => {
    (!r && t.res.headers.has(n)) || t.res.headers.set(n, s);
  });
}
var fhe = /^[\w!#$%&'*.^`|~+-]+$/,
  dhe = /^[!#-:<>-[\]-~]+$/,
  mhe = /^[ !#-:<-[\]-~]*$/,
  d6 = (t) => {
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
  __ = (t, e) => {
    if (e && t.indexOf(e) === -1) return {};
    let r = t.split(";"),
      n = Object.create(null);
    for (let s of r) {
      let o = s.indexOf("=");
      if (o === -1) continue;
      let i = d6(s.substring(0, o));
      if ((e && e !== i) || !dhe.test(i) || i in n) continue;
      let a = d6(s.substring(o + 1));
      if (
        (a.startsWith('"') && a.endsWith('"') && (a = a.slice(1, -1)),
        mhe.test(a) && ((n[i] = Hc(a)), e))
      )
        break;
    }
    return n;
  };
var hhe = (t, e, r = {}) => {
    if (!fhe.test(t)) throw new Error("Invalid cookie name");
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
  lS = (t, e, r) => ((e = encodeURIComponent(e)), hhe(t, e, r));
var Gp = (t, e, r) => {
  let n = t.req.raw.headers.get("Cookie");
  if (typeof e == "string") {
    if (!n) return;
    let s = e;
    return (
      r === "secure"
        ? (s = "__Secure-" + e)
        : r === "host" && (s = "__Host-" + e),
      __(n, s)[s]
    );
  }
  return n ? __(n) : {};
};
var ghe = (t, e, r) => {
    let n;
    return (
      r?.prefix === "secure"
        ? (n = lS("__Secure-" + t, e, { path: "/", ...r, secure: !0 }))
        : r?.prefix === "host"
          ? (n = lS("__Host-" + t, e, {
              ...r,
              path: "/",
              secure: !0,
              domain: void 0,
            }))
          : (n = lS(t, e, { path: "/", ...r })),
      n
    );
  },
  A_ = (t, e, r, n) => {
    let s = ghe(e, r, n);
    t.header("Set-Cookie", s, { append: !0 });
  };
var m6 = (t, e, r) => {
  let n = Gp(t, e, r?.prefix);
  return (A_(t, e, "", { ...r, maxAge: 0 }), n);
};
var yhe = /^application\/([\w.-]+\+)?json$/i,
  She = (t) => t.split(";")[0].trim().toLowerCase(),
  C_ = (t, e) => async (r, n) => {
    let s = {},
      o = r.req.header("Content-Type"),
      i = o ? She(o) : "";
    switch (t) {
      case "json":
        if (!yhe.test(i)) break;
        try {
          s = await r.req.json();
        } catch {
          throw new Ar(400, { message: "Malformed JSON in request body" });
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
            ((c = await nS(l, o)), (r.req.bodyCache.formData = c));
          } catch (l) {
            let p = "Malformed FormData request.";
            throw (
              (p += l instanceof Error ? ` ${l.message}` : ` ${String(l)}`),
              new Ar(400, { message: p })
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
        s = Gp(r);
    }
    let a = await e(s, r);
    return a instanceof Response
      ? a
      : (r.req.addValidatedData(t, a), await n());
  };
var h6 = { header: ["cookie"] };
function Ehe(t, e, r) {
  if (!(r in h6)) return t;
  let n = h6[r] || [];
  return e === "arktype" ? bhe(t, n) : e === "valibot" ? xhe(t, n) : t;
}
function bhe(t, e) {
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
function xhe(t, e) {
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
var g6 = (t, e, r) =>
  C_(t, async (n, s) => {
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
      let i = Ehe(o.issues, e["~standard"].vendor, t);
      return s.json({ data: n, error: i, success: !1 }, 400);
    }
    return o.value;
  });
Hp();
$_();
var G6 = Symbol("openapi");
var Uhe = (t) => t.base,
  Bhe = (t) => {
    t.zodSchema._zod.def.type === "date" &&
      ((t.jsonSchema.type = "string"), (t.jsonSchema.format = "date-time"));
  };
function Wi(t, e) {
  let r = t["~standard"].vendor;
  return {
    vendor: r,
    validate: t["~standard"].validate,
    toJSONSchema: (n) => qi(t, { ...e, ...n }),
    toOpenAPISchema: (n) =>
      L_(t, {
        ...e,
        ...n,
        ...(r === "arktype" ? Fhe(e, n) : void 0),
        ...(r === "zod" ? Ghe(t, e, n) : void 0),
      }),
  };
}
function Fhe(t, e) {
  let r = t?.options,
    n = e?.options;
  if (!(t?.fallback || r?.fallback || e?.fallback || n?.fallback))
    return { options: { fallback: Uhe, ...r, ...n } };
}
function Ghe(t, e, r) {
  if (!("_zod" in t)) return;
  let n = e?.options,
    s = r?.options;
  if (!(e?.override || n?.override || r?.override || s?.override))
    return { options: { unrepresentable: "any", override: Bhe, ...n, ...s } };
}
function H6(t, e, r, n) {
  let s = g6(t, e, r);
  return (
    Object.defineProperty(s, "name", { value: "validator", configurable: !0 }),
    Object.assign(s, { [G6]: { target: t, ...Wi(e, n), options: n } })
  );
}
function V6(t) {
  let e = async (r, n) => {
    await n();
  };
  return (
    Object.defineProperty(e, "name", {
      value: "describeRoute",
      configurable: !0,
    }),
    Object.assign(e, { [G6]: { spec: t } })
  );
}
var hS = "golmok_session",
  Hhe = 1024 * 1024,
  U_ = () => process.env.GOLMOK_LOCAL === "1" || process.env.STAGE === "local",
  mS = class extends Error {
    constructor(r) {
      super("invalid input");
      this.fields = r;
    }
    fields;
  };
function Cr(t, e) {
  return H6(t, e, (r) => {
    if (!r.success) {
      let n = r.error;
      throw new mS(
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
function gS(t) {
  let e = t.env;
  return (
    e?.event?.requestContext?.http?.sourceIp ??
    e?.incoming?.socket?.remoteAddress ??
    t.req.header("x-forwarded-for")?.split(",")[0]?.trim() ??
    "unknown"
  );
}
var Vhe = new Set(["GET", "HEAD", "OPTIONS"]);
function yS(t) {
  let e = new I_();
  return (
    e.use("*", async (r, n) => {
      let s = performance.now(),
        o = zo("req");
      r.set("requestId", o);
      let i = Wq();
      await Kq(i, n);
      let a = performance.now() - s;
      (r.header("x-request-id", o),
        r.header("server-timing", `app;dur=${a.toFixed(1)}`));
      let c = r.get("actor"),
        u = c && c.type === "user" ? c.tenantId : void 0;
      (u && _r.record(u, t, i),
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
      T_({
        strictTransportSecurity: U_()
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
      p6({
        maxSize: Hhe,
        onError: () => {
          throw new Ee(
            "validation",
            "body_too_large",
            "\uC694\uCCAD \uBCF8\uBB38\uC774 \uB108\uBB34 \uD07D\uB2C8\uB2E4. (\uCD5C\uB300 1MB)",
          );
        },
      }),
    ),
    e.use("*", async (r, n) => {
      let s = { type: "public" },
        o = Gp(r, hS);
      if (o) {
        let i = await et.session(o);
        if (i) {
          let { csrf: a, planId: c, ...u } = i;
          ((s = u),
            r.set("csrf", a),
            r.set("planId", c),
            r.set("sessionToken", o));
        }
      }
      if ((r.set("actor", s), !Vhe.has(r.req.method))) {
        let i = r.req.header("origin");
        if (i && new URL(r.req.url).host !== jhe(i))
          throw new Ee(
            "forbidden",
            "csrf",
            "\uD5C8\uC6A9\uB418\uC9C0 \uC54A\uC740 \uCD9C\uCC98\uC758 \uC694\uCCAD\uC785\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD574 \uC8FC\uC138\uC694.",
          );
        if (s.type === "user" && r.req.header("x-csrf-token") !== r.get("csrf"))
          throw new Ee(
            "forbidden",
            "csrf",
            "\uBCF4\uC548 \uD1A0\uD070\uC774 \uB9DE\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD398\uC774\uC9C0\uB97C \uC0C8\uB85C\uACE0\uCE68\uD55C \uB4A4 \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694.",
          );
      }
      await nr(s, async () => {
        (s.type === "user" &&
          (await _r.assertWithinQuota(r.get("planId") ?? "basic", {
            requests: 1,
          })),
          await n());
      });
    }),
    e.onError((r, n) => zhe(r, n)),
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
function jhe(t) {
  try {
    return new URL(t).host;
  } catch {
    return;
  }
}
function zhe(t, e) {
  let r = e.get("requestId");
  if (t instanceof mS)
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
  if (t instanceof Ee) {
    t.extra.retryAfterSeconds !== void 0 &&
      e.header("retry-after", String(t.extra.retryAfterSeconds));
    let s = t.code === "body_too_large" ? 413 : Yq[t.kind];
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
  if (t instanceof Ar && t.status < 500) {
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
var SS = ae({
    code: $(),
    message: $(),
    fields: hn(Yi(ae({ field: $(), message: $() }))),
    requestId: $(),
  }),
  Vp = ae({ ok: ir(!0) }),
  qhe = {
    400: {
      description:
        "\uC785\uB825 \uC624\uB958 (code, \uD544\uB4DC\uBCC4 \uBA54\uC2DC\uC9C0)",
      content: { "application/json": { schema: Wi(SS) } },
    },
    401: {
      description: "\uB85C\uADF8\uC778 \uD544\uC694",
      content: { "application/json": { schema: Wi(SS) } },
    },
    403: {
      description: "\uAD8C\uD55C \uC5C6\uC74C / CSRF",
      content: { "application/json": { schema: Wi(SS) } },
    },
    429: {
      description:
        "\uC694\uCCAD \uC81C\uD55C \uB610\uB294 \uC694\uAE08\uC81C \uD55C\uB3C4 \uCD08\uACFC",
      content: { "application/json": { schema: Wi(SS) } },
    },
  };
function ft(t, e, r, n = 200) {
  return V6({
    tags: [t],
    summary: e,
    responses: {
      [n]: {
        description: "\uC131\uACF5",
        content: { "application/json": { schema: Wi(r) } },
      },
      ...qhe,
    },
  });
}
var ES = ae({
  user: ae({ id: $(), email: $(), name: $(), role: $() }),
  tenant: ae({
    id: $(),
    businessName: $(),
    industry: $(),
    plan: ae({ id: $(), name: $(), priceKrw: Yo() }),
  }),
  csrfToken: $(),
});
function j6(t, e) {
  A_(t, hS, e, {
    httpOnly: !0,
    sameSite: "Lax",
    secure: !U_(),
    path: "/",
    maxAge: Zy * 24 * 3600,
  });
}
var nze = yS("auth")
  .get(
    "/api/health",
    ft("platform", "\uC0C1\uD0DC \uD655\uC778", ae({ ok: ir(!0) })),
    (t) => t.json({ ok: !0 }),
  )
  .post(
    "/api/auth/signup",
    ft(
      "auth",
      "\uD68C\uC6D0\uAC00\uC785 (\uC778\uC99D \uBA54\uC77C \uBC1C\uC1A1)",
      ae({ ok: ir(!0), email: $() }),
      201,
    ),
    Cr("json", OW),
    async (t) => {
      let e = t.req.valid("json");
      return (
        await et.signup(e, gS(t)),
        t.json({ ok: !0, email: e.email }, 201)
      );
    },
  )
  .post(
    "/api/auth/verify",
    ft("auth", "\uC774\uBA54\uC77C \uC778\uC99D", Vp),
    Cr("json", n_),
    async (t) => (
      await et.verifyEmail(t.req.valid("json").token),
      t.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/login",
    ft(
      "auth",
      "\uB85C\uADF8\uC778 (\uC138\uC158 \uCFE0\uD0A4 \uBC1C\uAE09)",
      ES,
    ),
    Cr("json", DW),
    async (t) => {
      let { email: e, password: r } = t.req.valid("json"),
        { token: n, me: s } = await et.login(e, r, gS(t));
      return (j6(t, n), t.json(s));
    },
  )
  .post(
    "/api/auth/logout",
    ft("auth", "\uB85C\uADF8\uC544\uC6C3", Vp),
    async (t) => {
      let e = t.get("sessionToken");
      return (
        e && (await et.logout(e)),
        m6(t, hS, { path: "/" }),
        t.json({ ok: !0 })
      );
    },
  )
  .post(
    "/api/auth/password-reset",
    ft(
      "auth",
      "\uBE44\uBC00\uBC88\uD638 \uC7AC\uC124\uC815 \uBA54\uC77C \uC694\uCCAD (\uAC00\uC785 \uC5EC\uBD80\uC640 \uAD00\uACC4\uC5C6\uC774 \uAC19\uC740 \uC751\uB2F5)",
      Vp,
    ),
    Cr("json", NW),
    async (t) => (
      await et.requestPasswordReset(t.req.valid("json").email, gS(t)),
      t.json({ ok: !0 })
    ),
  )
  .post(
    "/api/auth/password-reset/confirm",
    ft("auth", "\uC0C8 \uBE44\uBC00\uBC88\uD638 \uC124\uC815", Vp),
    Cr("json", PW),
    async (t) => {
      let { token: e, password: r } = t.req.valid("json");
      return (await et.confirmPasswordReset(e, r), t.json({ ok: !0 }));
    },
  )
  .get(
    "/api/auth/invite",
    ft(
      "auth",
      "\uCD08\uB300 \uC815\uBCF4",
      ae({ email: $(), businessName: $(), role: $() }),
    ),
    Cr("query", n_),
    async (t) => t.json(await et.inviteInfo(t.req.valid("query").token)),
  )
  .post(
    "/api/auth/invite/accept",
    ft("auth", "\uCD08\uB300 \uC218\uB77D (\uB85C\uADF8\uC778\uB428)", ES),
    Cr("json", MW),
    async (t) => {
      let { token: e, name: r, password: n } = t.req.valid("json"),
        s = await et.acceptInvite(e, r, n);
      return (j6(t, s.token), t.json(s.me));
    },
  );
var z6 = ae({ ...s_.entries, updatedAt: $() }),
  Whe = ae({
    members: Yi(ae({ id: $(), email: $(), name: $(), role: $(), status: $() })),
  }),
  Khe = ae({
    month: $(),
    plan: ae({ id: $(), name: $(), priceKrw: Yo() }),
    resetsAt: $(),
    metrics: Yi(
      ae({ id: $(), label: $(), used: Yo(), quota: AS(Yo()), unit: $() }),
    ),
  }),
  q6 = yS("tenant")
    .get(
      "/api/me",
      ft(
        "tenant",
        "\uB85C\uADF8\uC778\uD55C \uC0AC\uC6A9\uC790\uC640 \uC0AC\uC5C5\uC7A5",
        ES,
      ),
      async (t) => t.json(await et.me(t.get("csrf") ?? "")),
    )
    .get(
      "/api/tenant/profile",
      ft("tenant", "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4", z6),
      async (t) => t.json(await zs.getProfile()),
    )
    .put(
      "/api/tenant/profile",
      ft(
        "tenant",
        "\uC0AC\uC5C5\uC7A5 \uC815\uBCF4 \uC218\uC815 (\uB300\uD45C\uB9CC)",
        z6,
      ),
      Cr("json", s_),
      async (t) => t.json(await zs.updateProfile(t.req.valid("json"))),
    )
    .get(
      "/api/tenant/members",
      ft("tenant", "\uAD6C\uC131\uC6D0 \uBAA9\uB85D", Whe),
      async (t) => t.json({ members: await zs.listMembers() }),
    )
    .post(
      "/api/tenant/invites",
      ft(
        "tenant",
        "\uC9C1\uC6D0\xB7\uC138\uBB34\uC0AC \uCD08\uB300 (\uB300\uD45C\uB9CC)",
        ae({ ok: ir(!0) }),
        201,
      ),
      Cr("json", kW),
      async (t) => {
        let { email: e, role: r } = t.req.valid("json");
        return (await zs.invite(e, r), t.json({ ok: !0 }, 201));
      },
    )
    .get(
      "/api/usage",
      ft(
        "tenant",
        "\uC774\uBC88 \uB2EC(\uB610\uB294 \uC9C0\uC815\uD55C \uB2EC) \uC0AC\uC6A9\uB7C9\uACFC \uC694\uAE08\uC81C",
        Khe,
      ),
      Cr("query", $W),
      async (t) => t.json(await zs.usage(t.req.valid("query").month)),
    );
var Xhe = xS(q6),
  hze = async (t, e) => {
    let r = await Xhe(t, e);
    return (await _r.flushIfDue(), r);
  };
export { hze as handler };
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
