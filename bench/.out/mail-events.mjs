import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var Mz = Object.create;
var Vd = Object.defineProperty;
var $z = Object.getOwnPropertyDescriptor;
var Lz = Object.getOwnPropertyNames;
var Uz = Object.getPrototypeOf,
  Bz = Object.prototype.hasOwnProperty;
var yt = ((t) =>
  typeof require < "u"
    ? require
    : typeof Proxy < "u"
      ? new Proxy(t, { get: (e, r) => (typeof require < "u" ? require : e)[r] })
      : t)(function (t) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + t + '" is not supported');
});
var p = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (n) {
    throw ((r = [n]), n);
  }
};
var fe = (t, e) => () => {
    try {
      return (e || t((e = { exports: {} }).exports, e), e.exports);
    } catch (r) {
      throw ((e = 0), r);
    }
  },
  Te = (t, e) => {
    for (var r in e) Vd(t, r, { get: e[r], enumerable: !0 });
  },
  d_ = (t, e, r, n) => {
    if ((e && typeof e == "object") || typeof e == "function")
      for (let o of Lz(e))
        !Bz.call(t, o) &&
          o !== r &&
          Vd(t, o, {
            get: () => e[o],
            enumerable: !(n = $z(e, o)) || n.enumerable,
          });
    return t;
  };
var ye = (t, e, r) => (
    (r = t != null ? Mz(Uz(t)) : {}),
    d_(
      e || !t || !t.__esModule
        ? Vd(r, "default", { value: t, enumerable: !0 })
        : r,
      t,
    )
  ),
  O = (t) => d_(Vd({}, "__esModule", { value: !0 }), t);
var hs,
  go,
  So,
  l_,
  p_,
  Hd = p(() => {
    ((hs = (t, e) => {
      let r = [];
      if ((t && r.push(t), e)) for (let n of e) r.push(n);
      return r;
    }),
      (go = (t, e) =>
        `${t || "anonymous"}${e && e.length > 0 ? ` (a.k.a. ${e.join(",")})` : ""}`),
      (So = () => {
        let t = [],
          e = [],
          r = !1,
          n = new Set(),
          o = (f) =>
            f.sort(
              (h, g) =>
                l_[g.step] - l_[h.step] ||
                p_[g.priority || "normal"] - p_[h.priority || "normal"],
            ),
          s = (f) => {
            let h = !1,
              g = (S) => {
                let E = hs(S.name, S.aliases);
                if (E.includes(f)) {
                  h = !0;
                  for (let y of E) n.delete(y);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(g)), (e = e.filter(g)), h);
          },
          i = (f) => {
            let h = !1,
              g = (S) => {
                if (S.middleware === f) {
                  h = !0;
                  for (let E of hs(S.name, S.aliases)) n.delete(E);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(g)), (e = e.filter(g)), h);
          },
          a = (f) => (
            t.forEach((h) => {
              f.add(h.middleware, { ...h });
            }),
            e.forEach((h) => {
              f.addRelativeTo(h.middleware, { ...h });
            }),
            f.identifyOnResolve?.(l.identifyOnResolve()),
            f
          ),
          c = (f) => {
            let h = [];
            return (
              f.before.forEach((g) => {
                g.before.length === 0 && g.after.length === 0
                  ? h.push(g)
                  : h.push(...c(g));
              }),
              h.push(f),
              f.after.reverse().forEach((g) => {
                g.before.length === 0 && g.after.length === 0
                  ? h.push(g)
                  : h.push(...c(g));
              }),
              h
            );
          },
          u = (f = !1) => {
            let h = [],
              g = [],
              S = {};
            return (
              t.forEach((y) => {
                let x = { ...y, before: [], after: [] };
                for (let w of hs(x.name, x.aliases)) S[w] = x;
                h.push(x);
              }),
              e.forEach((y) => {
                let x = { ...y, before: [], after: [] };
                for (let w of hs(x.name, x.aliases)) S[w] = x;
                g.push(x);
              }),
              g.forEach((y) => {
                if (y.toMiddleware) {
                  let x = S[y.toMiddleware];
                  if (x === void 0) {
                    if (f) return;
                    throw new Error(
                      `${y.toMiddleware} is not found when adding ${go(y.name, y.aliases)} middleware ${y.relation} ${y.toMiddleware}`,
                    );
                  }
                  (y.relation === "after" && x.after.push(y),
                    y.relation === "before" && x.before.push(y));
                }
              }),
              o(h)
                .map(c)
                .reduce((y, x) => (y.push(...x), y), [])
            );
          },
          l = {
            add: (f, h = {}) => {
              let { name: g, override: S, aliases: E } = h,
                y = {
                  step: "initialize",
                  priority: "normal",
                  middleware: f,
                  ...h,
                },
                x = hs(g, E);
              if (x.length > 0) {
                if (x.some((w) => n.has(w))) {
                  if (!S)
                    throw new Error(`Duplicate middleware name '${go(g, E)}'`);
                  for (let w of x) {
                    let T = t.findIndex(
                      (D) => D.name === w || D.aliases?.some((Q) => Q === w),
                    );
                    if (T === -1) continue;
                    let I = t[T];
                    if (I.step !== y.step || y.priority !== I.priority)
                      throw new Error(
                        `"${go(I.name, I.aliases)}" middleware with ${I.priority} priority in ${I.step} step cannot be overridden by "${go(g, E)}" middleware with ${y.priority} priority in ${y.step} step.`,
                      );
                    t.splice(T, 1);
                  }
                }
                for (let w of x) n.add(w);
              }
              t.push(y);
            },
            addRelativeTo: (f, h) => {
              let { name: g, override: S, aliases: E } = h,
                y = { middleware: f, ...h },
                x = hs(g, E);
              if (x.length > 0) {
                if (x.some((w) => n.has(w))) {
                  if (!S)
                    throw new Error(`Duplicate middleware name '${go(g, E)}'`);
                  for (let w of x) {
                    let T = e.findIndex(
                      (D) => D.name === w || D.aliases?.some((Q) => Q === w),
                    );
                    if (T === -1) continue;
                    let I = e[T];
                    if (
                      I.toMiddleware !== y.toMiddleware ||
                      I.relation !== y.relation
                    )
                      throw new Error(
                        `"${go(I.name, I.aliases)}" middleware ${I.relation} "${I.toMiddleware}" middleware cannot be overridden by "${go(g, E)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`,
                      );
                    e.splice(T, 1);
                  }
                }
                for (let w of x) n.add(w);
              }
              e.push(y);
            },
            clone: () => a(So()),
            use: (f) => {
              f.applyToStack(l);
            },
            remove: (f) => (typeof f == "string" ? s(f) : i(f)),
            removeByTag: (f) => {
              let h = !1,
                g = (S) => {
                  let { tags: E, name: y, aliases: x } = S;
                  if (E && E.includes(f)) {
                    let w = hs(y, x);
                    for (let T of w) n.delete(T);
                    return ((h = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(g)), (e = e.filter(g)), h);
            },
            concat: (f) => {
              let h = a(So());
              return (
                h.use(f),
                h.identifyOnResolve(
                  r || h.identifyOnResolve() || (f.identifyOnResolve?.() ?? !1),
                ),
                h
              );
            },
            applyToStack: a,
            identify: () =>
              u(!0).map((f) => {
                let h = f.step ?? f.relation + " " + f.toMiddleware;
                return go(f.name, f.aliases) + " - " + h;
              }),
            identifyOnResolve(f) {
              return (typeof f == "boolean" && (r = f), r);
            },
            resolve: (f, h) => {
              for (let g of u()
                .map((S) => S.middleware)
                .reverse())
                f = g(f, h);
              return (r && console.log(l.identify()), f);
            },
          };
        return l;
      }),
      (l_ = {
        initialize: 5,
        serialize: 4,
        build: 3,
        finalizeRequest: 2,
        deserialize: 1,
      }),
      (p_ = { high: 3, normal: 2, low: 1 }));
  });
var Yt = fe((mr) => {
  var Hg;
  (function (t) {
    ((t.HEADER = "header"), (t.QUERY = "query"));
  })(Hg || (Hg = {}));
  var zg;
  (function (t) {
    ((t.HEADER = "header"), (t.QUERY = "query"));
  })(zg || (zg = {}));
  var Wg;
  (function (t) {
    ((t.HTTP = "http"), (t.HTTPS = "https"));
  })(Wg || (Wg = {}));
  var Ya;
  (function (t) {
    ((t.MD5 = "md5"),
      (t.CRC32 = "crc32"),
      (t.CRC32C = "crc32c"),
      (t.SHA1 = "sha1"),
      (t.SHA256 = "sha256"));
  })(Ya || (Ya = {}));
  var Fz = (t) => {
      let e = [];
      return (
        t.sha256 !== void 0 &&
          e.push({
            algorithmId: () => Ya.SHA256,
            checksumConstructor: () => t.sha256,
          }),
        t.md5 != null &&
          e.push({
            algorithmId: () => Ya.MD5,
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
    Gz = (t) => {
      let e = {};
      return (
        t.checksumAlgorithms().forEach((r) => {
          e[r.algorithmId()] = r.checksumConstructor();
        }),
        e
      );
    },
    Vz = (t) => Fz(t),
    Hz = (t) => Gz(t),
    qg;
  (function (t) {
    ((t[(t.HEADER = 0)] = "HEADER"), (t[(t.TRAILER = 1)] = "TRAILER"));
  })(qg || (qg = {}));
  var zz = "__smithy_context",
    jg;
  (function (t) {
    ((t.PROFILE = "profile"),
      (t.SSO_SESSION = "sso-session"),
      (t.SERVICES = "services"));
  })(jg || (jg = {}));
  var Kg;
  (function (t) {
    ((t.HTTP_0_9 = "http/0.9"),
      (t.HTTP_1_0 = "http/1.0"),
      (t.TDS_8_0 = "tds/8.0"));
  })(Kg || (Kg = {}));
  mr.AlgorithmId = Ya;
  mr.EndpointURLScheme = Wg;
  mr.FieldPosition = qg;
  mr.HttpApiKeyAuthLocation = zg;
  mr.HttpAuthLocation = Hg;
  mr.IniSectionType = jg;
  mr.RequestHandlerProtocol = Kg;
  mr.SMITHY_CONTEXT_KEY = zz;
  mr.getDefaultClientConfiguration = Vz;
  mr.resolveDefaultRuntimeConfig = Hz;
});
var Yg,
  me,
  f_ = p(() => {
    ((Yg = ye(Yt())),
      (me = (t) =>
        t[Yg.SMITHY_CONTEXT_KEY] || (t[Yg.SMITHY_CONTEXT_KEY] = {})));
  });
function A(t, e) {
  return Object.prototype.hasOwnProperty.call(t, e);
}
var Qg = p(() => {});
function Wz(t) {
  return Object.keys(t).reduce((e, r) => {
    let n = t[r];
    return { ...e, [r]: Array.isArray(n) ? [...n] : n };
  }, {});
}
var W,
  m_ = p(() => {
    W = class t {
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
        return (r.query && (r.query = Wz(r.query)), r);
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
var Be,
  h_ = p(() => {
    Be = class {
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
var qz,
  hr,
  g_ = p(() => {
    ((qz = new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$")),
      (hr = (t, e = !1) => {
        if (!e) return qz.test(t);
        let r = t.split(".");
        for (let n of r) if (!hr(n)) return !1;
        return !0;
      }));
  });
function Qa(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var S_ = p(() => {});
var oe,
  y_ = p(() => {
    oe = (t) => {
      if (typeof t == "function") return t;
      let e = Promise.resolve(t);
      return () => e;
    };
  });
function Ja(t) {
  let e = {};
  if (((t = t.replace(/^\?/, "")), t))
    for (let r of t.split("&")) {
      let [n, o = null] = r.split("=");
      ((n = decodeURIComponent(n)),
        o && (o = decodeURIComponent(o)),
        n in e
          ? Array.isArray(e[n])
            ? e[n].push(o)
            : (e[n] = [e[n], o])
          : (e[n] = o));
    }
  return e;
}
var Jg = p(() => {});
var je,
  Xg = p(() => {
    Jg();
    je = (t) => {
      if (typeof t == "string") return je(new URL(t));
      let { hostname: e, pathname: r, port: n, protocol: o, search: s } = t,
        i;
      return (
        s && (i = Ja(s)),
        {
          hostname: e,
          port: n ? parseInt(n) : void 0,
          protocol: o,
          path: r,
          query: i,
        }
      );
    };
  });
var kt,
  E_ = p(() => {
    Qg();
    Xg();
    kt = (t) => {
      if (typeof t == "object") {
        if ("url" in t) {
          let e = je(t.url);
          if (t.headers) {
            e.headers = {};
            for (let r in t.headers)
              A(t.headers, r) &&
                (e.headers[r.toLowerCase()] = t.headers[r].join(", "));
          }
          return e;
        }
        return t;
      }
      return je(t);
    };
  });
var F = p(() => {
  f_();
  Qg();
  m_();
  h_();
  g_();
  S_();
  y_();
  Jg();
  Xg();
  E_();
});
var b_,
  x_ = p(() => {
    b_ = (t) => () => {
      throw new Error(t);
    };
  });
var w_,
  T_ = p(() => {
    w_ = (t) => () => Promise.reject(t);
  });
var ci,
  Zg = p(() => {
    ci = () => {
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
var I_,
  __ = p(() => {
    I_ = (t) => new Promise((e) => setTimeout(e, t * 1e3));
  });
var zd,
  Mt,
  A_,
  Wd = p(() => {
    Zg();
    zd = { minDelay: 2, maxDelay: 120 };
    (function (t) {
      ((t.ABORTED = "ABORTED"),
        (t.FAILURE = "FAILURE"),
        (t.SUCCESS = "SUCCESS"),
        (t.RETRY = "RETRY"),
        (t.TIMEOUT = "TIMEOUT"));
    })(Mt || (Mt = {}));
    A_ = (t) => {
      if (t.state === Mt.ABORTED) {
        let e = new Error(
          `${JSON.stringify({ ...t, reason: "Request was aborted" }, ci())}`,
        );
        throw ((e.name = "AbortError"), e);
      } else if (t.state === Mt.TIMEOUT) {
        let e = new Error(
          `${JSON.stringify({ ...t, reason: "Waiter has timed out" }, ci())}`,
        );
        throw ((e.name = "TimeoutError"), e);
      } else if (t.state !== Mt.SUCCESS)
        throw new Error(`${JSON.stringify(t, ci())}`);
      return t;
    };
  });
var C_,
  jz,
  Kz,
  Yz,
  Qz,
  R_ = p(() => {
    Zg();
    __();
    Wd();
    ((C_ = async (
      {
        minDelay: t,
        maxDelay: e,
        maxWaitTime: r,
        abortController: n,
        client: o,
        abortSignal: s,
      },
      i,
      a,
    ) => {
      let c = {},
        [u, l] = [t * 1e3, e * 1e3],
        f = 0,
        h = Date.now() + r * 1e3,
        g = Date.now() + 6e4,
        S = !1;
      for (;;) {
        if (f > 0) {
          let x = Yz(u, l, f, h);
          if (n?.signal?.aborted || s?.aborted) {
            let w = "AbortController signal aborted.";
            return (
              (c[w] |= 0),
              (c[w] += 1),
              { state: Mt.ABORTED, observedResponses: c }
            );
          }
          if (Date.now() + x > h)
            return { state: Mt.TIMEOUT, observedResponses: c };
          await I_(x / 1e3);
        }
        let { state: E, reason: y } = await a(o, i);
        if (y) {
          let x = Kz(y);
          ((c[x] |= 0), (c[x] += 1));
        }
        if (E !== Mt.RETRY)
          return { state: E, reason: y, final: y, observedResponses: c };
        ((f += 1), !S && Date.now() >= g && (jz(c, o), (S = !0)));
      }
    }),
      (jz = (t = {}, e) => {
        let r = Object.keys(t),
          n = 0,
          o = 0;
        for (let a of r) {
          let c = t[a] | 0;
          ((n = Math.max(c, n)), a.startsWith("403:") && (o += c));
        }
        let s = e?.config?.logger,
          i =
            typeof s?.warn == "function" &&
            !s.constructor?.name?.includes?.("NoOpLogger")
              ? s
              : console;
        (o >= 3 || r[r.length - 1]?.startsWith("403:")) &&
          i.warn(
            "@smithy/util-waiter WARN - 403 status code encountered during waiter polling.",
          );
      }),
      (Kz = (t) => {
        let e = t?.$response?.statusCode ?? t?.$metadata?.httpStatusCode;
        return t?.$responseBodyText
          ? `${e ? e + ": " : ""}Deserialization error for body: ${t.$responseBodyText}`
          : e
            ? t?.$response || t?.message
              ? `${e ?? "Unknown"}: ${t?.message}`
              : `${e}: OK`
            : String(t?.message ?? JSON.stringify(t, ci()) ?? "Unknown");
      }),
      (Yz = (t, e, r, n) => {
        let o = Math.log(e / t) / Math.log(2) + 1;
        if (r > o) return e;
        let s = t * 2 ** (r - 1),
          i = Math.min(s, e),
          a = Qz(t, i);
        if (Date.now() + a > n) {
          let c = n - Date.now();
          return Math.max(0, c - 500);
        }
        return a;
      }),
      (Qz = (t, e) => t + Math.random() * (e - t)));
  });
var v_,
  D_ = p(() => {
    v_ = (t) => {
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
var O_,
  N_,
  P_ = p(() => {
    R_();
    D_();
    Wd();
    ((O_ = (t) => {
      let e,
        r = new Promise((n) => {
          ((e = () => n({ state: Mt.ABORTED })),
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
      (N_ = async (t, e, r) => {
        let n = { ...zd, ...t };
        v_(n);
        let o = [C_(n, e, r)],
          s = [];
        if (t.abortSignal) {
          let { aborted: i, clearListener: a } = O_(t.abortSignal);
          (s.push(a), o.push(i));
        }
        if (t.abortController?.signal) {
          let { aborted: i, clearListener: a } = O_(t.abortController.signal);
          (s.push(a), o.push(i));
        }
        return Promise.race(o).then((i) => {
          for (let a of s) a();
          return i;
        });
      }));
  });
var nt,
  k_ = p(() => {
    Hd();
    nt = class {
      config;
      middlewareStack = So();
      initConfig;
      handlers;
      constructor(e) {
        this.config = e;
        let { protocol: r, protocolSettings: n } = e;
        n && typeof r == "function" && (e.protocol = new r(n));
      }
      send(e, r, n) {
        let o = typeof r != "function" ? r : void 0,
          s = typeof r == "function" ? r : n,
          i = o === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          let c = this.handlers;
          c.has(e.constructor)
            ? (a = c.get(e.constructor))
            : ((a = e.resolveMiddleware(this.middlewareStack, this.config, o)),
              c.set(e.constructor, a));
        } else
          (delete this.handlers,
            (a = e.resolveMiddleware(this.middlewareStack, this.config, o)));
        if (s)
          a(e)
            .then(
              (c) => s(null, c.output),
              (c) => s(c),
            )
            .catch(() => {});
        else return a(e).then((c) => c.output);
      }
      destroy() {
        (this.config?.requestHandler?.destroy?.(), delete this.handlers);
      }
    };
  });
var Qt,
  eS = p(() => {
    Qt = (t) => (typeof t == "function" ? t() : t);
  });
var ui,
  qd = p(() => {
    ui = (t, e, r, n, o) => ({
      name: e,
      namespace: t,
      traits: r,
      input: n,
      output: o,
    });
  });
var M_,
  tS,
  $_ = p(() => {
    F();
    qd();
    ((M_ = (t) => (e, r) => async (n) => {
      let { response: o } = await e(n),
        { operationSchema: s } = me(r),
        [, i, a, c, u, l] = s ?? [];
      try {
        let f = await t.protocol.deserializeResponse(
          ui(i, a, c, u, l),
          { ...t, ...r },
          o,
        );
        return { response: o, output: f };
      } catch (f) {
        if (
          (Object.defineProperty(f, "$response", {
            value: o,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !("$metadata" in f))
        ) {
          let h =
            "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
          try {
            f.message +=
              `
  ` + h;
          } catch {
            !r.logger || r.logger?.constructor?.name === "NoOpLogger"
              ? console.warn(h)
              : r.logger?.warn?.(h);
          }
          typeof f.$responseBodyText < "u" &&
            f.$response &&
            (f.$response.body = f.$responseBodyText);
          try {
            if (Be.isInstance(o)) {
              let { headers: g = {}, statusCode: S } = o,
                E = Object.entries(g);
              f.$metadata = {
                httpStatusCode: S,
                requestId: tS(/^x-[\w-]+-request-?id$/, E),
                extendedRequestId: tS(/^x-[\w-]+-id-2$/, E),
                cfId: tS(/^x-[\w-]+-cf-id$/, E),
              };
            }
          } catch {}
        }
        throw f;
      }
    }),
      (tS = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]));
  });
var L_,
  U_ = p(() => {
    F();
    qd();
    L_ = (t) => (e, r) => async (n) => {
      let { operationSchema: o } = me(r),
        [, s, i, a, c, u] = o ?? [],
        l = r.endpointV2 ? async () => kt(r.endpointV2) : t.endpoint,
        f = await t.protocol.serializeRequest(ui(s, i, a, c, u), n.input, {
          ...t,
          ...r,
          endpoint: l,
        });
      return e({ ...n, request: f });
    };
  });
function Yr(t) {
  return {
    applyToStack: (e) => {
      (e.add(L_(t), nS), e.add(M_(t), rS), t.protocol.setSerdeContext(t));
    },
  };
}
var rS,
  nS,
  B_ = p(() => {
    $_();
    U_();
    ((rS = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: ["DESERIALIZER"],
      override: !0,
    }),
      (nS = {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: !0,
      }));
  });
var Ie,
  yo = p(() => {
    Ie = class {
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
var Xa,
  F_,
  G_ = p(() => {
    yo();
    ((Xa = class t extends Ie {
      static symbol = Symbol.for("@smithy/lis");
      valueSchema;
      symbol = t.symbol;
    }),
      (F_ = (t, e, r, n) =>
        Ie.assign(new Xa(), {
          name: e,
          namespace: t,
          traits: r,
          valueSchema: n,
        })));
  });
var Za,
  V_,
  H_ = p(() => {
    yo();
    ((Za = class t extends Ie {
      static symbol = Symbol.for("@smithy/map");
      keySchema;
      valueSchema;
      symbol = t.symbol;
    }),
      (V_ = (t, e, r, n, o) =>
        Ie.assign(new Za(), {
          name: e,
          namespace: t,
          traits: r,
          keySchema: n,
          valueSchema: o,
        })));
  });
var ec,
  z_,
  W_ = p(() => {
    yo();
    ((ec = class t extends Ie {
      static symbol = Symbol.for("@smithy/ope");
      input;
      output;
      symbol = t.symbol;
    }),
      (z_ = (t, e, r, n, o) =>
        Ie.assign(new ec(), {
          name: e,
          namespace: t,
          traits: r,
          input: n,
          output: o,
        })));
  });
var gs,
  q_,
  oS = p(() => {
    yo();
    ((gs = class t extends Ie {
      static symbol = Symbol.for("@smithy/str");
      memberNames;
      memberList;
      symbol = t.symbol;
    }),
      (q_ = (t, e, r, n, o) =>
        Ie.assign(new gs(), {
          name: e,
          namespace: t,
          traits: r,
          memberNames: n,
          memberList: o,
        })));
  });
var tc,
  j_,
  K_ = p(() => {
    yo();
    oS();
    ((tc = class t extends gs {
      static symbol = Symbol.for("@smithy/err");
      ctor;
      symbol = t.symbol;
    }),
      (j_ = (t, e, r, n, o, s) =>
        Ie.assign(new tc(), {
          name: e,
          namespace: t,
          traits: r,
          memberNames: n,
          memberList: o,
          ctor: null,
        })));
  });
function zn(t) {
  if (typeof t == "object") return t;
  if (((t = t | 0), rc[t])) return rc[t];
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
  return (rc[t] = e);
}
var rc,
  sS = p(() => {
    rc = [];
  });
function oc(t, e) {
  if (t instanceof _)
    return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  let r = _;
  return new r(t, e);
}
var nc,
  sc,
  ic,
  _,
  iS,
  aS,
  Y_ = p(() => {
    eS();
    sS();
    ((nc = {
      it: Symbol.for("@smithy/nor-struct-it"),
      ns: Symbol.for("@smithy/ns"),
    }),
      (sc = []),
      (ic = {}),
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
            o = e,
            s = e;
          for (this._isMemberSchema = !1; iS(o);)
            (n.push(o[1]),
              (o = o[0]),
              (s = Qt(o)),
              (this._isMemberSchema = !0));
          if (n.length > 0) {
            this.memberTraits = {};
            for (let i = n.length - 1; i >= 0; --i) {
              let a = n[i];
              Object.assign(this.memberTraits, zn(a));
            }
          } else this.memberTraits = 0;
          if (s instanceof t) {
            let i = this.memberTraits;
            (Object.assign(this, s),
              (this.memberTraits = Object.assign(
                {},
                i,
                s.getMemberTraits(),
                this.getMemberTraits(),
              )),
              (this.normalizedTraits = void 0),
              (this.memberName = r ?? s.memberName));
            return;
          }
          if (
            ((this.schema = Qt(s)),
            aS(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`),
                (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(s)), (this.traits = 0)),
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
            if (sc[e]) return sc[e];
          } else if (typeof e == "string") {
            if (ic[e]) return ic[e];
          } else if (r && e[nc.ns]) return e[nc.ns];
          let n = Qt(e);
          if (n instanceof t) return n;
          if (iS(n)) {
            let [s, i] = n;
            if (s instanceof t)
              return (Object.assign(s.getMergedTraits(), zn(i)), s);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          let o = new t(n);
          return r
            ? (e[nc.ns] = o)
            : typeof n == "string"
              ? (ic[n] = o)
              : typeof n == "number"
                ? (sc[n] = o)
                : o;
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
          return zn(this.memberTraits);
        }
        getOwnTraits() {
          return zn(this.traits);
        }
        getKeySchema() {
          let [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(
              `@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`,
            );
          let n = this.getSchema(),
            o = e ? 15 : (n[4] ?? 0);
          return oc([o, 0], "key");
        }
        getValueSchema() {
          let e = this.getSchema(),
            [r, n, o] = [
              this.isDocumentSchema(),
              this.isMapSchema(),
              this.isListSchema(),
            ],
            s =
              typeof e == "number"
                ? 63 & e
                : e && typeof e == "object" && (n || o)
                  ? e[3 + e[0]]
                  : r
                    ? 15
                    : void 0;
          if (s != null) return oc([s, 0], n ? "value" : "member");
          throw new Error(
            `@smithy/core/schema - ${this.getName(!0)} has no value member.`,
          );
        }
        getMemberSchema(e) {
          let r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            let n = r[4].indexOf(e),
              o = r[5][n];
            return oc(iS(o) ? o : [o, 0], e);
          }
          if (this.isDocumentSchema()) return oc([15, 0], e);
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
            n = e[nc.it];
          if (n && r === n.length) {
            yield* n;
            return;
          }
          n = Array(r);
          for (let o = 0; o < r; ++o) {
            let s = e[4][o],
              i = oc([e[5][o], 0], s);
            yield (n[o] = [s, i]);
          }
          e[nc.it] = n;
        }
      }));
    ((iS = (t) => Array.isArray(t) && t.length === 2),
      (aS = (t) => Array.isArray(t) && t.length >= 5));
  });
var di,
  Q_,
  J_,
  X_ = p(() => {
    yo();
    ((di = class t extends Ie {
      static symbol = Symbol.for("@smithy/sim");
      schemaRef;
      symbol = t.symbol;
    }),
      (Q_ = (t, e, r, n) =>
        Ie.assign(new di(), {
          name: e,
          namespace: t,
          traits: n,
          schemaRef: r,
        })),
      (J_ = (t, e, r, n) =>
        Ie.assign(new di(), {
          name: e,
          namespace: t,
          traits: r,
          schemaRef: n,
        })));
  });
var Z_,
  e0 = p(() => {
    Z_ = {
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
var ce,
  t0 = p(() => {
    ce = class t {
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
        for (let [o, s] of e.schemas) r.has(o) || r.set(o, s);
        for (let [o, s] of e.exceptions) n.has(o) || n.set(o, s);
      }
      register(e, r) {
        let n = this.normalizeShapeId(e);
        for (let o of [this, t.for(n.split("#")[0])])
          o.schemas.has(n) || o.schemas.set(n, r);
      }
      getSchema(e) {
        let r = this.normalizeShapeId(e);
        if (!this.schemas.has(r)) {
          if (!e.includes("#")) {
            let n = "#" + e,
              o = [];
            for (let [s, i] of this.schemas.entries())
              s.endsWith(n) && o.push(i);
            if (o.length === 1) return o[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(e, r) {
        let n = e,
          o = n[1],
          s = o + "#" + n[2];
        r.hasOwnProperty?.("shapeId") || (r.shapeId = s);
        for (let i of [this, t.for(o)])
          !i.schemas.has(s) &&
            !i.exceptions.has(n) &&
            (i.schemas.set(s, n), i.exceptions.set(n, r));
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
              o = r + "#" + n;
            if (
              o.startsWith("smithy.ts.sdk.synthetic.") &&
              o.endsWith("ServiceException")
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
var cS = {};
Te(cS, {
  ErrorSchema: () => tc,
  ListSchema: () => Xa,
  MapSchema: () => Za,
  NormalizedSchema: () => _,
  OperationSchema: () => ec,
  SCHEMA: () => Z_,
  Schema: () => Ie,
  SimpleSchema: () => di,
  StructureSchema: () => gs,
  TypeRegistry: () => ce,
  deref: () => Qt,
  deserializerMiddlewareOption: () => rS,
  error: () => j_,
  getSchemaSerdePlugin: () => Yr,
  isStaticSchema: () => aS,
  list: () => F_,
  map: () => V_,
  op: () => z_,
  operation: () => ui,
  serializerMiddlewareOption: () => nS,
  sim: () => Q_,
  simAdapter: () => J_,
  simpleSchemaCacheN: () => sc,
  simpleSchemaCacheS: () => ic,
  struct: () => q_,
  traitsCache: () => rc,
  translateTraits: () => zn,
});
var j = p(() => {
  eS();
  B_();
  G_();
  H_();
  W_();
  qd();
  K_();
  Y_();
  yo();
  X_();
  oS();
  e0();
  sS();
  t0();
});
function Eo(t, e) {
  if (e == null) return e;
  let r = _.of(t);
  if (r.getMergedTraits().sensitive) return uS;
  if (r.isListSchema()) {
    let n = r.getValueSchema();
    if (n.getMergedTraits().sensitive) return uS;
    if (Array.isArray(e)) return e.map((o) => Eo(n, o));
  } else if (r.isMapSchema()) {
    let n = r.getValueSchema();
    if (
      r.getKeySchema().getMergedTraits().sensitive ||
      n.getMergedTraits().sensitive
    )
      return uS;
    if (typeof e == "object")
      return Object.fromEntries(
        Object.entries(e).map(([o, s]) => [o, Eo(n, s)]),
      );
  } else if (r.isStructSchema() && typeof e == "object") {
    let n = e,
      o = {};
    for (let [s, i] of r.structIterator()) n[s] != null && (o[s] = Eo(i, n[s]));
    return o;
  }
  return e;
}
var uS,
  dS = p(() => {
    j();
    uS = "***SensitiveInformation***";
  });
var lS,
  r0,
  ut,
  pS,
  fS = p(() => {
    lS = ye(Yt());
    Hd();
    dS();
    j();
    ((r0 = Symbol.for("@smithy/op-event-stream")),
      (ut = class {
        middlewareStack = So();
        schema;
        static classBuilder() {
          return new pS();
        }
        resolveMiddlewareWithContext(
          e,
          r,
          n,
          {
            middlewareFn: o,
            clientName: s,
            commandName: i,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: u,
            additionalContext: l,
            CommandCtor: f,
          },
        ) {
          for (let D of o.bind(this)(f, e, r, n)) this.middlewareStack.use(D);
          let h = e.concat(this.middlewareStack),
            { logger: g } = r,
            S = l[lS.SMITHY_CONTEXT_KEY],
            E = {
              logger: g,
              clientName: s,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [lS.SMITHY_CONTEXT_KEY]: {
                ...S,
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
            { requestHandler: y } = r,
            x = n ?? {};
          x.metricsRecorder && ((x = { ...x }), delete x.metricsRecorder);
          let w,
            T = this.schema,
            I = T?.[r0];
          if (I !== void 0) w = I;
          else if (T && Array.isArray(T) && T[0] === 9) {
            let [, , , , D, Q] = T;
            w = T[r0] = !!(
              _.of(D).getEventStreamMember() || _.of(Q).getEventStreamMember()
            );
          }
          return (
            w && (x = { isEventStream: w, ...x }),
            h.resolve((D) => y.handle(D.request, x), E)
          );
        }
      }),
      (pS = class {
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
          return (r = class extends ut {
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
            resolveMiddleware(n, o, s) {
              let i = e._operationSchema,
                a = i?.[4] ?? i?.input,
                c = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(n, o, s, {
                CommandCtor: r,
                middlewareFn: e._middlewareFn,
                clientName: e._clientName,
                commandName: e._commandName,
                inputFilterSensitiveLog:
                  e._inputFilterSensitiveLog ??
                  (i ? Eo.bind(null, a) : (u) => u),
                outputFilterSensitiveLog:
                  e._outputFilterSensitiveLog ??
                  (i ? Eo.bind(null, c) : (u) => u),
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
var n0,
  o0 = p(() => {
    n0 = "***SensitiveInformation***";
  });
var Qr,
  s0 = p(() => {
    Qr = (t, e, r) => {
      for (let [s, i] of Object.entries(t)) {
        let a = async function (u, l, f) {
            let h = new i(u);
            if (typeof l == "function") this.send(h, l);
            else if (typeof f == "function") {
              if (typeof l != "object")
                throw new Error(`Expected http options but got ${typeof l}`);
              this.send(h, l || {}, f);
            } else return this.send(h, l);
          },
          c = (s[0].toLowerCase() + s.slice(1)).replace(/Command$/, "");
        e.prototype[c] = a;
      }
      let { paginators: n = {}, waiters: o = {} } = r ?? {};
      for (let [s, i] of Object.entries(n))
        e.prototype[s] === void 0 &&
          (e.prototype[s] = function (a = {}, c, ...u) {
            return i({ ...c, client: this }, a, ...u);
          });
      for (let [s, i] of Object.entries(o))
        e.prototype[s] === void 0 &&
          (e.prototype[s] = async function (a = {}, c, ...u) {
            let l = c;
            return (
              typeof c == "number" && (l = { maxWaitTime: c }),
              i({ ...l, client: this }, a, ...u)
            );
          });
    };
  });
var Jt,
  Ss,
  mS = p(() => {
    ((Jt = class t extends Error {
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
            o = !1;
          if (n) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype;) {
              let a = i.constructor,
                c =
                  a !== t && Object.prototype.hasOwnProperty.call(a, "shapeId")
                    ? a?.shapeId
                    : void 0;
              if (c && ((o = !0), c === n)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (n && o) return !1;
          let s = this.name;
          if (s && s.length >= 6) {
            if (r.name === s) return !0;
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype;) {
              let a = i.constructor?.name;
              if (a && a !== "Error" && a === s) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
        }
        return !1;
      }
    }),
      (Ss = (t, e = {}) => {
        Object.entries(e)
          .filter(([, n]) => n !== void 0)
          .forEach(([n, o]) => {
            (t[n] == null || t[n] === "") && (t[n] = o);
          });
        let r = t.message || t.Message || "UnknownError";
        return ((t.message = r), delete t.Message, t);
      }));
  });
var hS,
  i0,
  Jz,
  a0 = p(() => {
    mS();
    ((hS = ({ output: t, parsedBody: e, exceptionCtor: r, errorCode: n }) => {
      let o = Jz(t),
        s = o.httpStatusCode ? o.httpStatusCode + "" : void 0,
        i = new r({
          name: e?.code || e?.Code || n || s || "UnknownError",
          $fault: "client",
          $metadata: o,
        });
      throw Ss(i, e);
    }),
      (i0 =
        (t) =>
        ({ output: e, parsedBody: r, errorCode: n }) => {
          hS({ output: e, parsedBody: r, exceptionCtor: t, errorCode: n });
        }),
      (Jz = (t) => ({
        httpStatusCode: t.statusCode,
        requestId:
          t.headers["x-amzn-requestid"] ??
          t.headers["x-amzn-request-id"] ??
          t.headers["x-amz-request-id"],
        extendedRequestId: t.headers["x-amz-id-2"],
        cfId: t.headers["x-amz-cf-id"],
      })));
  });
var Jr,
  c0 = p(() => {
    Jr = (t) => {
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
var u0,
  Xr,
  d0 = p(() => {
    ((u0 = !1),
      (Xr = (t) => {
        t && !u0 && parseInt(t.substring(1, t.indexOf("."))) < 16 && (u0 = !0);
      }));
  });
var ys,
  l0,
  jd,
  Kd,
  gS = p(() => {
    F();
    ((ys = ye(Yt())),
      (l0 = Object.values(ys.AlgorithmId)),
      (jd = (t) => {
        let e = [];
        for (let r in ys.AlgorithmId) {
          if (!A(ys.AlgorithmId, r)) continue;
          let n = ys.AlgorithmId[r];
          t[n] !== void 0 &&
            e.push({ algorithmId: () => n, checksumConstructor: () => t[n] });
        }
        for (let [r, n] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => n });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            let n = r.algorithmId(),
              o = r.checksumConstructor();
            (l0.includes(n)
              ? (t.checksumAlgorithms[n.toUpperCase()] = o)
              : (t.checksumAlgorithms[n] = o),
              e.push(r));
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (Kd = (t) => {
        let e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            let n = r.algorithmId();
            l0.includes(n) && (e[n] = r.checksumConstructor());
          }),
          e
        );
      }));
  });
var Yd,
  Qd,
  SS = p(() => {
    ((Yd = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (Qd = (t) => {
        let e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      }));
  });
var gr,
  p0,
  Zr,
  f0 = p(() => {
    gS();
    SS();
    ((gr = (t) => Object.assign(jd(t), Yd(t))),
      (p0 = gr),
      (Zr = (t) => Object.assign(Kd(t), Qd(t))));
  });
var m0,
  h0 = p(() => {
    m0 = (t) => (Array.isArray(t) ? t : [t]);
  });
var Es,
  g0 = p(() => {
    F();
    Es = (t) => {
      let e = "#text";
      for (let r in t)
        A(t, r) &&
          (t[r][e] !== void 0
            ? (t[r] = t[r][e])
            : typeof t[r] == "object" && t[r] !== null && (t[r] = Es(t[r])));
      return t;
    };
  });
var S0,
  y0 = p(() => {
    S0 = (t) => t != null;
  });
var Et,
  E0 = p(() => {
    Et = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function yS(t, e, r) {
  let n, o, s;
  if (typeof e > "u" && typeof r > "u") ((n = {}), (s = t));
  else {
    if (((n = t), typeof e == "function"))
      return ((o = e), (s = r), Xz(n, o, s));
    s = e;
  }
  for (let i in s)
    if (A(s, i)) {
      if (!Array.isArray(s[i])) {
        n[i] = s[i];
        continue;
      }
      w0(n, null, s, i);
    }
  return n;
}
var b0,
  x0,
  Xz,
  w0,
  Zz,
  eW,
  T0 = p(() => {
    F();
    ((b0 = (t) => {
      let e = {};
      for (let [r, n] of Object.entries(t || {})) e[r] = [, n];
      return e;
    }),
      (x0 = (t, e) => {
        let r = {};
        for (let n in e) A(e, n) && w0(r, t, e, n);
        return r;
      }),
      (Xz = (t, e, r) =>
        yS(
          t,
          Object.entries(r).reduce(
            (n, [o, s]) => (
              Array.isArray(s)
                ? (n[o] = s)
                : typeof s == "function"
                  ? (n[o] = [e, s()])
                  : (n[o] = [e, s]),
              n
            ),
            {},
          ),
        )),
      (w0 = (t, e, r, n) => {
        if (e !== null) {
          let i = r[n];
          typeof i == "function" && (i = [, i]);
          let [a = Zz, c = eW, u = n] = i;
          ((typeof a == "function" && a(e[u])) ||
            (typeof a != "function" && a)) &&
            (t[n] = c(e[u]));
          return;
        }
        let [o, s] = r[n];
        if (typeof s == "function") {
          let i,
            a = o === void 0 && (i = s()) != null,
            c =
              (typeof o == "function" && !!o(void 0)) ||
              (typeof o != "function" && !!o);
          a ? (t[n] = i) : c && (t[n] = s());
        } else {
          let i = o === void 0 && s != null,
            a =
              (typeof o == "function" && !!o(s)) ||
              (typeof o != "function" && !!o);
          (i || a) && (t[n] = s);
        }
      }),
      (Zz = (t) => t != null),
      (eW = (t) => t));
  });
var I0,
  _0,
  A0 = p(() => {
    ((I0 = (t) => {
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
      (_0 = (t) => t.toISOString().replace(".000Z", "Z")));
  });
var Jd,
  C0 = p(() => {
    F();
    Jd = (t) => {
      if (t == null) return {};
      if (Array.isArray(t)) return t.filter((e) => e != null).map(Jd);
      if (typeof t == "object") {
        let e = {};
        for (let r in t) A(t, r) && t[r] != null && (e[r] = Jd(t[r]));
        return e;
      }
      return t;
    };
  });
function en(t, e, r, n) {
  return function (s, i, a, c, u = {}) {
    let l = Object.assign({}, t, s);
    return ut
      .classBuilder()
      .ep(l)
      .m(function (f, h, g, S) {
        let E = i.call(this, f, h, g, S);
        return (E.unshift(n(g, f.getEndpointParameterInstructions())), E);
      })
      .s(e, a, u)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + "Command")
      .sc(c)
      .build();
  };
}
var R0 = p(() => {
  fS();
});
var Xd = {};
Te(Xd, {
  AlgorithmId: () => ys.AlgorithmId,
  Client: () => nt,
  Command: () => ut,
  NoOpLogger: () => Et,
  SENSITIVE_STRING: () => n0,
  ServiceException: () => Jt,
  WaiterState: () => Mt,
  _json: () => Jd,
  checkExceptions: () => A_,
  constructStack: () => So,
  convertMap: () => b0,
  createAggregatedClient: () => Qr,
  createWaiter: () => N_,
  decorateServiceException: () => Ss,
  emitWarningIfUnsupportedVersion: () => Xr,
  getArrayIfSingleItem: () => m0,
  getChecksumConfiguration: () => jd,
  getDefaultClientConfiguration: () => p0,
  getDefaultExtensionConfiguration: () => gr,
  getRetryConfiguration: () => Yd,
  getSmithyContext: () => me,
  getValueFromTextNode: () => Es,
  invalidFunction: () => b_,
  invalidProvider: () => w_,
  isSerializableHeaderValue: () => S0,
  loadConfigsForDefaultMode: () => Jr,
  makeBuilder: () => en,
  map: () => yS,
  normalizeProvider: () => oe,
  resolveChecksumRuntimeConfig: () => Kd,
  resolveDefaultRuntimeConfig: () => Zr,
  resolveRetryRuntimeConfig: () => Qd,
  schemaLogFilter: () => Eo,
  serializeDateTime: () => _0,
  serializeFloat: () => I0,
  take: () => x0,
  throwDefaultError: () => hS,
  waiterServiceDefaults: () => zd,
  withBaseException: () => i0,
});
var L = p(() => {
  Hd();
  F();
  F();
  x_();
  T_();
  P_();
  Wd();
  k_();
  fS();
  o0();
  s0();
  a0();
  c0();
  d0();
  mS();
  f0();
  gS();
  SS();
  h0();
  g0();
  y0();
  E0();
  T0();
  dS();
  A0();
  C0();
  R0();
});
function bs(t) {
  return ES.includes(t);
}
var li,
  ES,
  Zd = p(() => {
    ((li = "preferred"), (ES = ["disabled", "preferred", "required"]));
  });
var v0,
  D0 = p(() => {
    L();
    Zd();
    v0 = (t) => {
      let { accountIdEndpointMode: e } = t,
        r = oe(e ?? li);
      return Object.assign(t, {
        accountIdEndpointMode: async () => {
          let n = await r();
          if (!bs(n))
            throw new Error(
              `Invalid value for accountIdEndpointMode: ${n}. Valid values are: "required", "preferred", "disabled".`,
            );
          return n;
        },
      });
    };
  });
var O0,
  N0,
  bS,
  xS,
  P0,
  k0 = p(() => {
    Zd();
    ((O0 = "Invalid AccountIdEndpointMode value"),
      (N0 = (t) => {
        throw new Error(t);
      }),
      (bS = "AWS_ACCOUNT_ID_ENDPOINT_MODE"),
      (xS = "account_id_endpoint_mode"),
      (P0 = {
        environmentVariableSelector: (t) => {
          let e = t[bS];
          return (e && !bs(e) && N0(O0), e);
        },
        configFileSelector: (t) => {
          let e = t[xS];
          return (e && !bs(e) && N0(O0), e);
        },
        default: li,
      }));
  });
var M0 = {};
Te(M0, {
  ACCOUNT_ID_ENDPOINT_MODE_VALUES: () => ES,
  CONFIG_ACCOUNT_ID_ENDPOINT_MODE: () => xS,
  DEFAULT_ACCOUNT_ID_ENDPOINT_MODE: () => li,
  ENV_ACCOUNT_ID_ENDPOINT_MODE: () => bS,
  NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: () => P0,
  resolveAccountIdEndpointModeConfig: () => v0,
  validateAccountIdEndpointMode: () => bs,
});
var $0 = p(() => {
  D0();
  Zd();
  k0();
});
var ac,
  tn,
  L0 = p(() => {
    ((ac = { warningEmitted: !1 }),
      (tn = (t) => {
        if (t && !ac.warningEmitted) {
          if (
            process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ===
            "true"
          ) {
            ac.warningEmitted = !0;
            return;
          }
          let e = parseInt(t.substring(1, t.indexOf("."))),
            r = 22;
          e < r &&
            ((ac.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      }));
  });
var tW,
  rW,
  U0,
  B0 = p(() => {
    ((tW = () => (t, e) => async (r) => ((e.__retryLongPoll = !0), t(r))),
      (rW = {
        name: "longPollMiddleware",
        tags: ["RETRY"],
        step: "initialize",
        override: !0,
      }),
      (U0 = (t) => ({
        applyToStack: (e) => {
          e.add(tW(), rW);
        },
      })));
  });
function bo(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var F0 = p(() => {});
function Xt(t, e, r) {
  (t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r));
}
var wS = p(() => {});
function G0(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var V0 = p(() => {});
var nW,
  rn,
  H0 = p(() => {
    ((nW = () =>
      typeof process == "object" &&
      process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true"),
      (rn = (t, e) => {
        if (nW() && typeof t?.handle != "function") return e;
      }));
  });
var el,
  TS = p(() => {
    el = (t) =>
      (typeof ArrayBuffer == "function" && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === "[object ArrayBuffer]";
  });
var Sr,
  xo,
  wo = p(() => {
    TS();
    ((Sr = (t, e = 0, r = t.byteLength - e) => {
      if (!el(t))
        throw new TypeError(
          `The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`,
        );
      return Buffer.from(t, e, r);
    }),
      (xo = (t, e) => {
        if (typeof t != "string")
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      }));
  });
var oW,
  _e,
  z0 = p(() => {
    wo();
    ((oW = /^[A-Za-z0-9+/]*={0,2}$/),
      (_e = (t) => {
        if ((t.length * 3) % 4 !== 0)
          throw new TypeError("Incorrect padding on base64 string.");
        if (!oW.exec(t)) throw new TypeError("Invalid base64 string.");
        let e = xo(t, "base64");
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      }));
  });
var ke,
  tl = p(() => {
    wo();
    ke = (t) => {
      let e = xo(t, "utf8");
      return new Uint8Array(
        e.buffer,
        e.byteOffset,
        e.byteLength / Uint8Array.BYTES_PER_ELEMENT,
      );
    };
  });
var he,
  IS = p(() => {
    wo();
    tl();
    he = (t) => {
      let e;
      if (
        (typeof t == "string" ? (e = ke(t)) : (e = t),
        typeof e != "object" ||
          typeof e.byteOffset != "number" ||
          typeof e.byteLength != "number")
      )
        throw new Error(
          "@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.",
        );
      return Sr(e.buffer, e.byteOffset, e.byteLength).toString("base64");
    };
  });
function W0(t, e, r, n) {
  return class rl extends Uint8Array {
    static fromString(s, i = "utf-8") {
      if (typeof s == "string")
        return i === "base64" ? rl.mutate(n(s)) : rl.mutate(e(s));
      throw new Error(
        `Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`,
      );
    }
    static mutate(s) {
      return (Object.setPrototypeOf(s, rl.prototype), s);
    }
    transformToString(s = "utf-8") {
      return s === "base64" ? r(this) : t(this);
    }
  };
}
var q0 = p(() => {});
var ge,
  j0 = p(() => {
    wo();
    ge = (t) => {
      if (typeof t == "string") return t;
      if (
        typeof t != "object" ||
        typeof t.byteOffset != "number" ||
        typeof t.byteLength != "number"
      )
        throw new Error(
          "@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.",
        );
      return Sr(t.buffer, t.byteOffset, t.byteLength).toString("utf8");
    };
  });
function K0(t) {
  return typeof crypto < "u" && typeof crypto.randomUUID == "function"
    ? () => crypto.randomUUID()
    : () => {
        let e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          ot[e[0]] +
            ot[e[1]] +
            ot[e[2]] +
            ot[e[3]] +
            "-" +
            ot[e[4]] +
            ot[e[5]] +
            "-" +
            ot[e[6]] +
            ot[e[7]] +
            "-" +
            ot[e[8]] +
            ot[e[9]] +
            "-" +
            ot[e[10]] +
            ot[e[11]] +
            ot[e[12]] +
            ot[e[13]] +
            ot[e[14]] +
            ot[e[15]]
        );
      };
}
var ot,
  Y0 = p(() => {
    ot = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, "0"));
  });
var Q0,
  J0 = p(() => {
    Q0 = (t, e, r = (n) => n) => t;
  });
var X0,
  Z0,
  pi,
  sW,
  cc,
  fi,
  eA,
  nl,
  ol,
  sl,
  _S,
  iW,
  tA,
  AS,
  rA,
  al,
  uc,
  nA,
  cl,
  aW,
  hi,
  ul,
  oA,
  sA,
  iA,
  aA,
  CS,
  cA,
  uA,
  To,
  dl,
  il,
  mi,
  RS = p(() => {
    F();
    ((X0 = (t) => {
      switch (t) {
        case "true":
          return !0;
        case "false":
          return !1;
        default:
          throw new Error(`Unable to parse boolean value "${t}"`);
      }
    }),
      (Z0 = (t) => {
        if (t != null) {
          if (typeof t == "number") {
            if (
              ((t === 0 || t === 1) &&
                mi.warn(il(`Expected boolean, got ${typeof t}: ${t}`)),
              t === 0)
            )
              return !1;
            if (t === 1) return !0;
          }
          if (typeof t == "string") {
            let e = t.toLowerCase();
            if (
              ((e === "false" || e === "true") &&
                mi.warn(il(`Expected boolean, got ${typeof t}: ${t}`)),
              e === "false")
            )
              return !1;
            if (e === "true") return !0;
          }
          if (typeof t == "boolean") return t;
          throw new TypeError(`Expected boolean, got ${typeof t}: ${t}`);
        }
      }),
      (pi = (t) => {
        if (t != null) {
          if (typeof t == "string") {
            let e = parseFloat(t);
            if (!Number.isNaN(e))
              return (
                String(e) !== String(t) &&
                  mi.warn(il(`Expected number but observed string: ${t}`)),
                e
              );
          }
          if (typeof t == "number") return t;
          throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
        }
      }),
      (sW = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (cc = (t) => {
        let e = pi(t);
        if (
          e !== void 0 &&
          !Number.isNaN(e) &&
          e !== 1 / 0 &&
          e !== -1 / 0 &&
          Math.abs(e) > sW
        )
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (fi = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (eA = fi),
      (nl = (t) => _S(t, 32)),
      (ol = (t) => _S(t, 16)),
      (sl = (t) => _S(t, 8)),
      (_S = (t, e) => {
        let r = fi(t);
        if (r !== void 0 && iW(r, e) !== r)
          throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (iW = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (tA = (t, e) => {
        if (t == null)
          throw e
            ? new TypeError(`Expected a non-null value for ${e}`)
            : new TypeError("Expected a non-null value");
        return t;
      }),
      (AS = (t) => {
        if (t == null) return;
        if (typeof t == "object" && !Array.isArray(t)) return t;
        let e = Array.isArray(t) ? "array" : typeof t;
        throw new TypeError(`Expected object, got ${e}: ${t}`);
      }),
      (rA = (t) => {
        if (t != null) {
          if (typeof t == "string") return t;
          if (["boolean", "number", "bigint"].includes(typeof t))
            return (
              mi.warn(il(`Expected string, got ${typeof t}: ${t}`)),
              String(t)
            );
          throw new TypeError(`Expected string, got ${typeof t}: ${t}`);
        }
      }),
      (al = (t) => {
        if (t == null) return;
        let e = AS(t),
          r = [];
        for (let n in e) A(e, n) && e[n] != null && r.push(n);
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
      (uc = (t) => pi(typeof t == "string" ? hi(t) : t)),
      (nA = uc),
      (cl = (t) => cc(typeof t == "string" ? hi(t) : t)),
      (aW =
        /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (hi = (t) => {
        let e = t.match(aW);
        if (e === null || e[0].length !== t.length)
          throw new TypeError("Expected real number, got implicit NaN");
        return parseFloat(t);
      }),
      (ul = (t) => (typeof t == "string" ? aA(t) : pi(t))),
      (oA = ul),
      (sA = ul),
      (iA = (t) => (typeof t == "string" ? aA(t) : cc(t))),
      (aA = (t) => {
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
      (CS = (t) => fi(typeof t == "string" ? hi(t) : t)),
      (cA = CS),
      (uA = (t) => nl(typeof t == "string" ? hi(t) : t)),
      (To = (t) => ol(typeof t == "string" ? hi(t) : t)),
      (dl = (t) => sl(typeof t == "string" ? hi(t) : t)),
      (il = (t) =>
        String(new TypeError(t).stack || t)
          .split(
            `
`,
          )
          .slice(0, 5)
          .filter((e) => !e.includes("stackTraceWarning")).join(`
`)),
      (mi = { warn: console.warn }));
  });
function $t(t) {
  let e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    n = t.getUTCDay(),
    o = t.getUTCDate(),
    s = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = o < 10 ? `0${o}` : `${o}`,
    u = s < 10 ? `0${s}` : `${s}`,
    l = i < 10 ? `0${i}` : `${i}`,
    f = a < 10 ? `0${a}` : `${a}`;
  return `${cW[n]}, ${c} ${DS[r]} ${e} ${u}:${l}:${f} GMT`;
}
var cW,
  DS,
  uW,
  dA,
  dW,
  Si,
  lW,
  pW,
  fW,
  Io,
  yi,
  dc,
  mW,
  hW,
  gW,
  vS,
  SW,
  yW,
  EW,
  nn,
  bW,
  xW,
  gi,
  lA = p(() => {
    RS();
    ((cW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
      (DS = [
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
    ((uW = new RegExp(
      /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/,
    )),
      (dA = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-3339 date-times must be expressed as strings",
          );
        let e = uW.exec(t);
        if (!e) throw new TypeError("Invalid RFC-3339 date-time value");
        let [r, n, o, s, i, a, c, u] = e,
          l = To(gi(n)),
          f = nn(o, "month", 1, 12),
          h = nn(s, "day", 1, 31);
        return dc(l, f, h, {
          hours: i,
          minutes: a,
          seconds: c,
          fractionalMilliseconds: u,
        });
      }),
      (dW = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (Si = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-3339 date-times must be expressed as strings",
          );
        let e = dW.exec(t);
        if (!e) throw new TypeError("Invalid RFC-3339 date-time value");
        let [r, n, o, s, i, a, c, u, l] = e,
          f = To(gi(n)),
          h = nn(o, "month", 1, 12),
          g = nn(s, "day", 1, 31),
          S = dc(f, h, g, {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        return (l.toUpperCase() != "Z" && S.setTime(S.getTime() - xW(l)), S);
      }),
      (lW = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (pW = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (fW = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (Io = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError(
            "RFC-7231 date-times must be expressed as strings",
          );
        let e = lW.exec(t);
        if (e) {
          let [r, n, o, s, i, a, c, u] = e;
          return dc(To(gi(s)), vS(o), nn(n, "day", 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((e = pW.exec(t)), e)) {
          let [r, n, o, s, i, a, c, u] = e;
          return gW(
            dc(mW(s), vS(o), nn(n, "day", 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((e = fW.exec(t)), e)) {
          let [r, n, o, s, i, a, c, u] = e;
          return dc(To(gi(u)), vS(n), nn(o.trimLeft(), "day", 1, 31), {
            hours: s,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError("Invalid RFC-7231 date-time value");
      }),
      (yi = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == "number") e = t;
        else if (typeof t == "string") e = uc(t);
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
      (dc = (t, e, r, n) => {
        let o = e - 1;
        return (
          yW(t, o, r),
          new Date(
            Date.UTC(
              t,
              o,
              r,
              nn(n.hours, "hour", 0, 23),
              nn(n.minutes, "minute", 0, 59),
              nn(n.seconds, "seconds", 0, 60),
              bW(n.fractionalMilliseconds),
            ),
          )
        );
      }),
      (mW = (t) => {
        let e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + To(gi(t));
        return r < e ? r + 100 : r;
      }),
      (hW = 50 * 365 * 24 * 60 * 60 * 1e3),
      (gW = (t) =>
        t.getTime() - new Date().getTime() > hW
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
      (vS = (t) => {
        let e = DS.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (SW = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (yW = (t, e, r) => {
        let n = SW[e];
        if ((e === 1 && EW(t) && (n = 29), r > n))
          throw new TypeError(`Invalid day for ${DS[e]} in ${t}: ${r}`);
      }),
      (EW = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (nn = (t, e, r, n) => {
        let o = dl(gi(t));
        if (o < r || o > n)
          throw new TypeError(`${e} must be between ${r} and ${n}, inclusive`);
        return o;
      }),
      (bW = (t) => (t == null ? 0 : cl("0." + t) * 1e3)),
      (xW = (t) => {
        let e = t[0],
          r = 1;
        if (e == "+") r = 1;
        else if (e == "-") r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        let n = Number(t.substring(1, 3)),
          o = Number(t.substring(4, 6));
        return r * (n * 60 + o) * 60 * 1e3;
      }),
      (gi = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === "0";) e++;
        return e === 0 ? t : t.slice(e);
      }));
  });
var De,
  pA = p(() => {
    De = function (e) {
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
    De.from = (t) =>
      t && typeof t == "object" && (t instanceof De || "deserializeJSON" in t)
        ? t
        : typeof t == "string" || Object.getPrototypeOf(t) === String.prototype
          ? De(String(t))
          : De(JSON.stringify(t));
    De.fromObject = De.from;
  });
function ll(t) {
  return (
    (t.includes(",") || t.includes('"')) &&
      (t = `"${t.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`),
    t
  );
}
var fA = p(() => {});
function Wn(t, e, r) {
  let n = Number(t);
  if (n < e || n > r) throw new Error(`Value ${n} out of range [${e}, ${r}]`);
}
var OS,
  NS,
  PS,
  mA,
  hA,
  wW,
  TW,
  IW,
  _W,
  AW,
  CW,
  _o,
  pl,
  fl,
  gA = p(() => {
    ((OS = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?"),
      (NS = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
      (PS = "(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"),
      (mA = "(\\d?\\d)"),
      (hA = "(\\d{4})"),
      (wW = new RegExp(
        /^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/,
      )),
      (TW =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (IW = new RegExp(`^${OS}, ${mA} ${NS} ${hA} ${PS} GMT$`)),
      (_W = new RegExp(`^${OS}, ${mA}-${NS}-(\\d\\d) ${PS} GMT$`)),
      (AW = new RegExp(`^${OS} ${NS} ( [1-9]|\\d\\d) ${PS} ${hA}$`)),
      (CW = [
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
      (_o = (t) => {
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
      (pl = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError("RFC3339 timestamps must be strings");
        let e = wW.exec(t);
        if (!e) throw new TypeError(`Invalid RFC3339 timestamp format ${t}`);
        let [, r, n, o, s, i, a, , c, u] = e;
        (Wn(n, 1, 12), Wn(o, 1, 31), Wn(s, 0, 23), Wn(i, 0, 59), Wn(a, 0, 60));
        let l = new Date(
          Date.UTC(
            Number(r),
            Number(n) - 1,
            Number(o),
            Number(s),
            Number(i),
            Number(a),
            Number(c) ? Math.round(parseFloat(`0.${c}`) * 1e3) : 0,
          ),
        );
        if ((l.setUTCFullYear(Number(r)), u.toUpperCase() != "Z")) {
          let [, f, h, g] = /([+-])(\d\d):(\d\d)/.exec(u) || [
              void 0,
              "+",
              0,
              0,
            ],
            S = f === "-" ? 1 : -1;
          l.setTime(
            l.getTime() +
              S * (Number(h) * 60 * 60 * 1e3 + Number(g) * 60 * 1e3),
          );
        }
        return l;
      }),
      (fl = (t) => {
        if (t == null) return;
        if (typeof t != "string")
          throw new TypeError("RFC7231 timestamps must be strings.");
        if (TW.test(t)) return new Date(t);
        let e, r, n, o, s, i, a, c;
        if (
          ((c = IW.exec(t))
            ? ([, e, r, n, o, s, i, a] = c)
            : (c = _W.exec(t))
              ? (([, e, r, n, o, s, i, a] = c),
                (n = (Number(n) + 1900).toString()))
              : (c = AW.exec(t)) && ([, r, e, o, s, i, a, n] = c),
          n && i)
        ) {
          let u = Date.UTC(
            Number(n),
            CW.indexOf(r),
            Number(e),
            Number(o),
            Number(s),
            Number(i),
            a ? Math.round(parseFloat(`0.${a}`) * 1e3) : 0,
          );
          (Wn(e, 1, 31), Wn(o, 0, 23), Wn(s, 0, 59), Wn(i, 0, 60));
          let l = new Date(u);
          return (l.setUTCFullYear(Number(n)), l);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${t}.`);
      }));
  });
function ml(t, e, r) {
  if (r <= 0 || !Number.isInteger(r))
    throw new Error("Invalid number of delimiters (" + r + ") for splitEvery.");
  let n = t.split(e);
  if (r === 1) return n;
  let o = [],
    s = "";
  for (let i = 0; i < n.length; i++)
    (s === "" ? (s = n[i]) : (s += e + n[i]),
      (i + 1) % r === 0 && (o.push(s), (s = "")));
  return (s !== "" && o.push(s), o);
}
var SA = p(() => {});
var Ei,
  yA = p(() => {
    Ei = (t) => {
      let e = t.length,
        r = [],
        n = !1,
        o = !1,
        s = 0;
      for (let i = 0; i < e; ++i) {
        let a = t[i];
        switch (a) {
          case '"':
            o || (n = !n);
            break;
          case ",":
            n || (r.push(t.slice(s, i)), (s = i + 1));
            break;
          default:
        }
        o = a === "\\" && !o;
      }
      return (
        r.push(t.slice(s)),
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
function hl(t) {
  return new q(String(t), "bigDecimal");
}
var EA,
  q,
  bA = p(() => {
    ((EA = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (q = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !EA.test(e)))
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
            (r.type === "bigDecimal" && EA.test(r.string))
          );
        }
      }));
  });
function gl(t) {
  if (t.length % 2 !== 0)
    throw new Error("Hex encoded strings must have an even number length");
  let e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    let n = t.slice(r, r + 2).toLowerCase();
    if (n in kS) e[r / 2] = kS[n];
    else
      throw new Error(
        `Cannot decode unrecognized sequence ${n} as hexadecimal`,
      );
  }
  return e;
}
function Zt(t) {
  let e = "";
  for (let r = 0; r < t.byteLength; r++) e += xA[t[r]];
  return e;
}
var xA,
  kS,
  MS = p(() => {
    ((xA = {}), (kS = {}));
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      (e.length === 1 && (e = `0${e}`), (xA[t] = e), (kS[e] = t));
    }
  });
import { ReadStream as RW, fstatSync as vW, lstatSync as DW } from "node:fs";
var on,
  wA = p(() => {
    on = (t) => {
      if (!t) return 0;
      if (typeof t == "string") return Buffer.byteLength(t);
      if (typeof t.byteLength == "number") return t.byteLength;
      if (typeof t.size == "number") return t.size;
      if (typeof t.start == "number" && typeof t.end == "number")
        return t.end + 1 - t.start;
      if (t instanceof RW) {
        if (t.path != null) return DW(t.path).size;
        if (typeof t.fd == "number") return vW(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var dt,
  $S = p(() => {
    tl();
    dt = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == "string"
          ? ke(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(
                t.buffer,
                t.byteOffset,
                t.byteLength / Uint8Array.BYTES_PER_ELEMENT,
              )
            : new Uint8Array(t);
  });
function sn(t, e) {
  if (e === void 0) {
    e = 0;
    for (let o of t) e += o.byteLength;
  }
  let r = new Uint8Array(e),
    n = 0;
  for (let o of t) (r.set(o, n), (n += o.byteLength));
  return r;
}
var lc = p(() => {});
var Sl,
  LS,
  US = p(() => {
    F();
    ((Sl = (t, e) => (r, n) => async (o) => {
      let { response: s } = await r(o);
      try {
        let i = await e(s, t);
        return { response: s, output: i };
      } catch (i) {
        if (
          (Object.defineProperty(i, "$response", {
            value: s,
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
            if (Be.isInstance(s)) {
              let { headers: c = {} } = s,
                u = Object.entries(c);
              i.$metadata = {
                httpStatusCode: s.statusCode,
                requestId: LS(/^x-[\w-]+-request-?id$/, u),
                extendedRequestId: LS(/^x-[\w-]+-id-2$/, u),
                cfId: LS(/^x-[\w-]+-cf-id$/, u),
              };
            }
          } catch {}
        }
        throw i;
      }
    }),
      (LS = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]));
  });
var Lt,
  pc = p(() => {
    Lt = class t extends Error {
      name = "ProviderError";
      tryNextLink;
      constructor(e, r = !0) {
        let n,
          o = !0;
        (typeof r == "boolean"
          ? ((n = void 0), (o = r))
          : r != null &&
            typeof r == "object" &&
            ((n = r.logger), (o = r.tryNextLink ?? !0)),
          super(e),
          (this.tryNextLink = o),
          Object.setPrototypeOf(this, t.prototype),
          n?.debug?.(`@smithy/property-provider ${o ? "->" : "(!)"} ${e}`));
      }
      static from(e, r = !0) {
        return Object.assign(new this(e.message, r), e);
      }
    };
  });
var Ao,
  yl = p(() => {
    pc();
    Ao = class t extends Lt {
      name = "CredentialsProviderError";
      constructor(e, r = !0) {
        (super(e, r), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var El,
  TA = p(() => {
    pc();
    El = class t extends Lt {
      name = "TokenProviderError";
      constructor(e, r = !0) {
        (super(e, r), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var bl,
  BS = p(() => {
    pc();
    bl =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Lt("No providers in chain");
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
var xl,
  FS = p(() => {
    xl = (t) => () => Promise.resolve(t);
  });
var bi,
  wl = p(() => {
    bi = (t, e, r) => {
      let n,
        o,
        s,
        i = !1,
        a = async () => {
          o || (o = t());
          try {
            ((n = await o), (s = !0), (i = !1));
          } finally {
            o = void 0;
          }
          return n;
        };
      return e === void 0
        ? async (c) => ((!s || c?.forceRefresh) && (n = await a()), n)
        : async (c) => (
            (!s || c?.forceRefresh) && (n = await a()),
            i ? n : r && !r(n) ? ((i = !0), n) : (e(n) && (await a()), n)
          );
    };
  });
var Fe,
  Tl = p(() => {
    Fe = (t, e, r) => {
      if (e in t) {
        if (t[e] === "true") return !0;
        if (t[e] === "false") return !1;
        throw new Error(
          `Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`,
        );
      }
    };
  });
var IA,
  _A = p(() => {
    IA = (t, e, r) => {
      if (!(e in t)) return;
      let n = parseInt(t[e], 10);
      if (Number.isNaN(n))
        throw new TypeError(
          `Cannot load ${r} '${e}'. Expected number, got '${t[e]}'.`,
        );
      return n;
    };
  });
var Oe,
  Il = p(() => {
    (function (t) {
      ((t.ENV = "env"), (t.CONFIG = "shared config entry"));
    })(Oe || (Oe = {}));
  });
import { homedir as OW } from "node:os";
import { sep as NW } from "node:path";
var GS,
  PW,
  an,
  xi = p(() => {
    ((GS = {}),
      (PW = () =>
        process && process.geteuid ? `${process.geteuid()}` : "DEFAULT"),
      (an = () => {
        let {
          HOME: t,
          USERPROFILE: e,
          HOMEPATH: r,
          HOMEDRIVE: n = `C:${NW}`,
        } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${n}${r}`;
        let o = PW();
        return (GS[o] || (GS[o] = OW()), GS[o]);
      }));
  });
var VS,
  HS,
  _l,
  zS = p(() => {
    ((VS = "AWS_PROFILE"),
      (HS = "default"),
      (_l = (t) => t.profile || process.env[VS] || HS));
  });
import { createHash as kW } from "node:crypto";
import { join as MW } from "node:path";
var Al,
  WS = p(() => {
    xi();
    Al = (t) => {
      let r = kW("sha1").update(t).digest("hex");
      return MW(an(), ".aws", "sso", "cache", `${r}.json`);
    };
  });
import { readFile as $W } from "node:fs/promises";
var fc,
  AA,
  qS = p(() => {
    WS();
    ((fc = {}),
      (AA = async (t) => {
        if (fc[t]) return fc[t];
        let e = Al(t),
          r = await $W(e, "utf8");
        return JSON.parse(r);
      }));
  });
var cn,
  CA = p(() => {
    cn = ".";
  });
var jS,
  RA,
  vA = p(() => {
    ((jS = ye(Yt())),
      (RA = (t) =>
        Object.entries(t)
          .filter(([e]) => {
            let r = e.indexOf(".");
            return r === -1
              ? !1
              : Object.values(jS.IniSectionType).includes(e.substring(0, r));
          })
          .reduce(
            (e, [r, n]) => {
              let o = r.indexOf("."),
                s =
                  r.substring(0, o) === jS.IniSectionType.PROFILE
                    ? r.substring(o + 1)
                    : r;
              return ((e[s] = n), e);
            },
            { ...(t.default && { default: t.default }) },
          )));
  });
import { join as LW } from "node:path";
var UW,
  Cl,
  KS = p(() => {
    xi();
    ((UW = "AWS_CONFIG_FILE"),
      (Cl = () => process.env[UW] || LW(an(), ".aws", "config")));
  });
import { join as BW } from "node:path";
var FW,
  DA,
  OA = p(() => {
    xi();
    ((FW = "AWS_SHARED_CREDENTIALS_FILE"),
      (DA = () => process.env[FW] || BW(an(), ".aws", "credentials")));
  });
var NA,
  GW,
  VW,
  mc,
  YS = p(() => {
    ((NA = ye(Yt())),
      (GW = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (VW = ["__proto__", "profile __proto__"]),
      (mc = (t) => {
        let e = {},
          r,
          n;
        for (let o of t.split(/\r?\n/)) {
          let s = o.split(/(^|\s)[;#]/)[0].trim();
          if (s[0] === "[" && s[s.length - 1] === "]") {
            ((r = void 0), (n = void 0));
            let a = s.substring(1, s.length - 1),
              c = GW.exec(a);
            if (c) {
              let [, u, , l] = c;
              Object.values(NA.IniSectionType).includes(u) &&
                (r = [u, l].join("."));
            } else r = a;
            if (VW.includes(a))
              throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            let a = s.indexOf("=");
            if (![0, -1].includes(a)) {
              let [c, u] = [
                s.substring(0, a).trim(),
                s.substring(a + 1).trim(),
              ];
              if (u === "") n = c;
              else {
                (n && o.trimStart() === o && (n = void 0), (e[r] = e[r] || {}));
                let l = n ? [n, c].join(".") : c;
                e[r][l] = u;
              }
            }
          }
        }
        return e;
      }));
  });
import { readFile as HW } from "node:fs/promises";
var QS,
  hc,
  xs,
  gc = p(() => {
    ((QS = {}),
      (hc = {}),
      (xs = (t, e) =>
        hc[t] !== void 0
          ? hc[t]
          : ((!QS[t] || e?.ignoreCache) && (QS[t] = HW(t, "utf8")), QS[t])));
  });
import { join as PA } from "node:path";
var kA,
  wi,
  Rl = p(() => {
    vA();
    KS();
    OA();
    xi();
    YS();
    gc();
    ((kA = () => ({})),
      (wi = async (t = {}) => {
        let { filepath: e = DA(), configFilepath: r = Cl() } = t,
          n = an(),
          o = "~/",
          s = e;
        e.startsWith(o) && (s = PA(n, e.slice(2)));
        let i = r;
        r.startsWith(o) && (i = PA(n, r.slice(2)));
        let a = await Promise.all([
          xs(i, { ignoreCache: t.ignoreCache }).then(mc).then(RA).catch(kA),
          xs(s, { ignoreCache: t.ignoreCache }).then(mc).catch(kA),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      }));
  });
var MA,
  $A,
  LA = p(() => {
    ((MA = ye(Yt())),
      ($A = (t) =>
        Object.entries(t)
          .filter(([e]) => e.startsWith(MA.IniSectionType.SSO_SESSION + "."))
          .reduce(
            (e, [r, n]) => ({ ...e, [r.substring(r.indexOf(".") + 1)]: n }),
            {},
          )));
  });
var zW,
  UA,
  BA = p(() => {
    KS();
    LA();
    YS();
    gc();
    ((zW = () => ({})),
      (UA = async (t = {}) =>
        xs(t.configFilepath ?? Cl())
          .then(mc)
          .then($A)
          .catch(zW)));
  });
var FA,
  GA = p(() => {
    FA = (...t) => {
      let e = {};
      for (let r of t)
        for (let [n, o] of Object.entries(r))
          e[n] !== void 0 ? Object.assign(e[n], o) : (e[n] = o);
      return e;
    };
  });
var VA,
  HA = p(() => {
    Rl();
    GA();
    VA = async (t) => {
      let e = await wi(t);
      return FA(e.configFile, e.credentialsFile);
    };
  });
var zA,
  WA = p(() => {
    qS();
    gc();
    zA = {
      getFileRecord() {
        return hc;
      },
      interceptFile(t, e) {
        hc[t] = Promise.resolve(e);
      },
      getTokenRecord() {
        return fc;
      },
      interceptToken(t, e) {
        fc[t] = e;
      },
    };
  });
function vl(t) {
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
var JS = p(() => {});
var qA,
  jA = p(() => {
    yl();
    JS();
    qA = (t, e) => async () => {
      try {
        let r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new Ao(r.message || `Not found in ENV: ${vl(t.toString())}`, {
          logger: e?.logger,
        });
      }
    };
  });
var KA,
  YA = p(() => {
    yl();
    zS();
    Rl();
    JS();
    KA =
      (t, { preferredFile: e = "config", ...r } = {}) =>
      async () => {
        let n = _l(r),
          { configFile: o, credentialsFile: s } = await wi(r),
          i = s[n] || {},
          a = o[n] || {},
          c = e === "config" ? { ...i, ...a } : { ...a, ...i };
        try {
          let l = t(c, e === "config" ? o : s);
          if (l === void 0) throw new Error();
          return l;
        } catch (u) {
          throw new Ao(
            u.message ||
              `Not found in config files w/ profile [${n}]: ${vl(t.toString())}`,
            { logger: r.logger },
          );
        }
      };
  });
var WW,
  Dl,
  XS = p(() => {
    FS();
    ((WW = (t) => typeof t == "function"),
      (Dl = (t) => (WW(t) ? async () => await t() : xl(t))));
  });
var G,
  ZS = p(() => {
    BS();
    wl();
    jA();
    YA();
    XS();
    G = (
      { environmentVariableSelector: t, configFileSelector: e, default: r },
      n = {},
    ) => {
      let { signingName: o, logger: s } = n;
      return bi(bl(qA(t, { signingName: o, logger: s }), KA(e, n), Dl(r)));
    };
  });
var Ol,
  Nl,
  QA,
  un,
  JA,
  XA = p(() => {
    Tl();
    Il();
    ((Ol = "AWS_USE_DUALSTACK_ENDPOINT"),
      (Nl = "use_dualstack_endpoint"),
      (QA = !1),
      (un = {
        environmentVariableSelector: (t) => Fe(t, Ol, Oe.ENV),
        configFileSelector: (t) => Fe(t, Nl, Oe.CONFIG),
        default: !1,
      }),
      (JA = {
        environmentVariableSelector: (t) => Fe(t, Ol, Oe.ENV),
        configFileSelector: (t) => Fe(t, Nl, Oe.CONFIG),
        default: void 0,
      }));
  });
var Pl,
  kl,
  ZA,
  dn,
  eC,
  tC = p(() => {
    Tl();
    Il();
    ((Pl = "AWS_USE_FIPS_ENDPOINT"),
      (kl = "use_fips_endpoint"),
      (ZA = !1),
      (dn = {
        environmentVariableSelector: (t) => Fe(t, Pl, Oe.ENV),
        configFileSelector: (t) => Fe(t, kl, Oe.CONFIG),
        default: !1,
      }),
      (eC = {
        environmentVariableSelector: (t) => Fe(t, Pl, Oe.ENV),
        configFileSelector: (t) => Fe(t, kl, Oe.CONFIG),
        default: void 0,
      }));
  });
var rC,
  nC = p(() => {
    L();
    rC = (t) => {
      let { tls: e, endpoint: r, urlParser: n, useDualstackEndpoint: o } = t;
      return Object.assign(t, {
        tls: e ?? !0,
        endpoint: oe(typeof r == "string" ? n(r) : r),
        isCustomEndpoint: !0,
        useDualstackEndpoint: oe(o ?? !1),
      });
    };
  });
var oC,
  sC = p(() => {
    oC = async (t) => {
      let { tls: e = !0 } = t,
        r = await t.region();
      if (
        !new RegExp(
          /^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/,
        ).test(r)
      )
        throw new Error("Invalid region in client config");
      let o = await t.useDualstackEndpoint(),
        s = await t.useFipsEndpoint(),
        { hostname: i } =
          (await t.regionInfoProvider(r, {
            useDualstackEndpoint: o,
            useFipsEndpoint: s,
          })) ?? {};
      if (!i) throw new Error("Cannot resolve hostname from client config");
      return t.urlParser(`${e ? "https:" : "http:"}//${i}`);
    };
  });
var iC,
  aC = p(() => {
    L();
    sC();
    iC = (t) => {
      let e = oe(t.useDualstackEndpoint ?? !1),
        { endpoint: r, useFipsEndpoint: n, urlParser: o, tls: s } = t;
      return Object.assign(t, {
        tls: s ?? !0,
        endpoint: r
          ? oe(typeof r == "string" ? o(r) : r)
          : () => oC({ ...t, useDualstackEndpoint: e, useFipsEndpoint: n }),
        isCustomEndpoint: !!r,
        useDualstackEndpoint: e,
      });
    };
  });
var cC,
  ey,
  ty,
  uC,
  dC,
  lC,
  pC,
  fC,
  mC,
  ry = p(() => {
    ((cC = "AWS_EXECUTION_ENV"),
      (ey = "AWS_REGION"),
      (ty = "AWS_DEFAULT_REGION"),
      (uC = "AWS_EC2_METADATA_DISABLED"),
      (dC = ["in-region", "cross-region", "mobile", "standard", "legacy"]),
      (lC = "/latest/meta-data/placement/region"),
      (pC = "/latest/api/token"),
      (fC = "x-aws-ec2-metadata-token"),
      (mC = "x-aws-ec2-metadata-token-ttl-seconds"));
  });
var hC,
  qW,
  yC,
  Ml,
  gC,
  jW,
  SC,
  ny = p(() => {
    ry();
    ((hC = 1e3),
      (qW = 6e4),
      (yC = 0),
      (Ml = async () => {
        if (!process.env[uC] && !(Date.now() < yC))
          try {
            let t = jW(),
              e = (
                await SC({
                  ...t,
                  path: pC,
                  method: "PUT",
                  headers: { [mC]: "21600" },
                })
              ).toString();
            return (
              (
                await SC({
                  ...t,
                  path: lC,
                  method: "GET",
                  headers: { [fC]: e },
                })
              )
                .toString()
                .trim() || gC()
            );
          } catch {
            return gC();
          }
      }),
      (gC = () => {
        yC = Date.now() + qW;
      }),
      (jW = () => {
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
      (SC = async (t) => {
        let { request: e } = await import("node:http");
        return new Promise((r, n) => {
          let o = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: hC,
            signal: AbortSignal.timeout(hC),
          });
          (o.on("error", (s) => {
            (n(s), o.destroy());
          }),
            o.on("timeout", () => {
              (n(new Error("TimeoutError from instance metadata service")),
                o.destroy());
            }),
            o.on("response", (s) => {
              let { statusCode: i = 400 } = s;
              if (i < 200 || i >= 300) {
                (n(
                  Object.assign(
                    new Error(
                      "Error response received from instance metadata service",
                    ),
                    { statusCode: i },
                  ),
                ),
                  o.destroy());
                return;
              }
              let a = [];
              (s.on("data", (c) => a.push(c)),
                s.on("end", () => {
                  (r(Buffer.concat(a)), o.destroy());
                }));
            }),
            o.end());
        });
      }));
  });
var Ti,
  Ii,
  Ke,
  lt,
  oy = p(() => {
    ny();
    ((Ti = "AWS_REGION"),
      (Ii = "region"),
      (Ke = {
        environmentVariableSelector: (t) => t[Ti],
        configFileSelector: (t) => t[Ii],
        default: async () => {
          let t = await Ml();
          if (t) return t;
          throw new Error("Region is missing");
        },
      }),
      (lt = { preferredFile: "credentials" }));
  });
var EC,
  bC,
  xC = p(() => {
    F();
    ((EC = new Set()),
      (bC = (t, e = hr) => {
        if (!EC.has(t) && !e(t))
          if (t === "*")
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else
            throw new Error(
              `Region not accepted: region="${t}" is not a valid hostname component.`,
            );
        else EC.add(t);
      }));
  });
var $l,
  sy = p(() => {
    $l = (t) =>
      typeof t == "string" && (t.startsWith("fips-") || t.endsWith("-fips"));
  });
var wC,
  TC = p(() => {
    sy();
    wC = (t) =>
      $l(t)
        ? ["fips-aws-global", "aws-fips"].includes(t)
          ? "us-east-1"
          : t.replace(/fips-(dkr-|prod-)?|-fips/, "")
        : t;
  });
var Ut,
  IC = p(() => {
    xC();
    TC();
    sy();
    Ut = (t) => {
      let { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error("Region is missing");
      return Object.assign(t, {
        region: async () => {
          let n = typeof e == "function" ? await e() : e,
            o = wC(n);
          return (bC(o), o);
        },
        useFipsEndpoint: async () => {
          let n = typeof e == "string" ? e : await e();
          return $l(n)
            ? !0
            : typeof r != "function"
              ? Promise.resolve(!!r)
              : r();
        },
      });
    };
  });
var iy,
  _C = p(() => {
    iy = (t = [], { useFipsEndpoint: e, useDualstackEndpoint: r }) =>
      t.find(
        ({ tags: n }) =>
          e === n.includes("fips") && r === n.includes("dualstack"),
      )?.hostname;
  });
var AC,
  CC = p(() => {
    AC = (t, { regionHostname: e, partitionHostname: r }) =>
      e || (r ? r.replace("{region}", t) : void 0);
  });
var RC,
  vC = p(() => {
    RC = (t, { partitionHash: e }) =>
      Object.keys(e || {}).find((r) => e[r].regions.includes(t)) ?? "aws";
  });
var DC,
  OC = p(() => {
    DC = (t, { signingRegion: e, regionRegex: r, useFipsEndpoint: n }) => {
      if (e) return e;
      if (n) {
        let o = r
            .replace("\\\\", "\\")
            .replace(/^\^/g, "\\.")
            .replace(/\$$/g, "\\."),
          s = t.match(o);
        if (s) return s[0].slice(1, -1);
      }
    };
  });
var NC,
  PC = p(() => {
    _C();
    CC();
    vC();
    OC();
    NC = (
      t,
      {
        useFipsEndpoint: e = !1,
        useDualstackEndpoint: r = !1,
        signingService: n,
        regionHash: o,
        partitionHash: s,
      },
    ) => {
      let i = RC(t, { partitionHash: s }),
        a = t in o ? t : (s[i]?.endpoint ?? t),
        c = { useFipsEndpoint: e, useDualstackEndpoint: r },
        u = iy(o[a]?.variants, c),
        l = iy(s[i]?.variants, c),
        f = AC(a, { regionHostname: u, partitionHostname: l });
      if (f === void 0)
        throw new Error(
          `Endpoint resolution failed for: ${{ resolvedRegion: a, useFipsEndpoint: e, useDualstackEndpoint: r }}`,
        );
      let h = DC(f, {
        signingRegion: o[a]?.signingRegion,
        regionRegex: s[i].regionRegex,
        useFipsEndpoint: e,
      });
      return {
        partition: i,
        signingService: n,
        hostname: f,
        ...(h && { signingRegion: h }),
        ...(o[a]?.signingService && { signingService: o[a].signingService }),
      };
    };
  });
var KW,
  YW,
  kC,
  MC = p(() => {
    ((KW = "AWS_DEFAULTS_MODE"),
      (YW = "defaults_mode"),
      (kC = {
        environmentVariableSelector: (t) => t[KW],
        configFileSelector: (t) => t[YW],
        default: "legacy",
      }));
  });
var ln,
  QW,
  JW,
  $C = p(() => {
    oy();
    ny();
    ZS();
    wl();
    ry();
    MC();
    ((ln = ({ region: t = G(Ke), defaultsMode: e = G(kC) } = {}) =>
      bi(async () => {
        let r = typeof e == "function" ? await e() : e;
        switch (r?.toLowerCase()) {
          case "auto":
            return QW(t);
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
              `Invalid parameter for "defaultsMode", expect ${dC.join(", ")}, got ${r}`,
            );
        }
      })),
      (QW = async (t) => {
        if (t) {
          let e = typeof t == "function" ? await t() : t,
            r = await JW();
          return r ? (e === r ? "in-region" : "cross-region") : "standard";
        }
        return "standard";
      }),
      (JW = async () =>
        process.env[cC] && (process.env[ey] || process.env[ty])
          ? (process.env[ey] ?? process.env[ty])
          : Ml()));
  });
var er = {};
Te(er, {
  CONFIG_PREFIX_SEPARATOR: () => cn,
  CONFIG_USE_DUALSTACK_ENDPOINT: () => Nl,
  CONFIG_USE_FIPS_ENDPOINT: () => kl,
  CredentialsProviderError: () => Ao,
  DEFAULT_PROFILE: () => HS,
  DEFAULT_USE_DUALSTACK_ENDPOINT: () => QA,
  DEFAULT_USE_FIPS_ENDPOINT: () => ZA,
  ENV_PROFILE: () => VS,
  ENV_USE_DUALSTACK_ENDPOINT: () => Ol,
  ENV_USE_FIPS_ENDPOINT: () => Pl,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => lt,
  NODE_REGION_CONFIG_OPTIONS: () => Ke,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: () => un,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: () => dn,
  ProviderError: () => Lt,
  REGION_ENV_NAME: () => Ti,
  REGION_INI_NAME: () => Ii,
  SelectorType: () => Oe,
  TokenProviderError: () => El,
  booleanSelector: () => Fe,
  chain: () => bl,
  externalDataInterceptor: () => zA,
  fromStatic: () => Dl,
  fromValue: () => xl,
  getHomeDir: () => an,
  getProfileName: () => _l,
  getRegionInfo: () => NC,
  getSSOTokenFilepath: () => Al,
  getSSOTokenFromFile: () => AA,
  loadConfig: () => G,
  loadSharedConfigFiles: () => wi,
  loadSsoSessionData: () => UA,
  memoize: () => bi,
  nodeDualstackConfigSelectors: () => JA,
  nodeFipsConfigSelectors: () => eC,
  numberSelector: () => IA,
  parseKnownFiles: () => VA,
  readFile: () => xs,
  resolveCustomEndpointsConfig: () => rC,
  resolveDefaultsModeConfig: () => ln,
  resolveEndpointsConfig: () => iC,
  resolveRegionConfig: () => Ut,
});
var le = p(() => {
  pc();
  yl();
  TA();
  BS();
  FS();
  wl();
  Tl();
  _A();
  Il();
  xi();
  zS();
  WS();
  qS();
  CA();
  Rl();
  BA();
  HA();
  WA();
  gc();
  ZS();
  XS();
  XA();
  tC();
  nC();
  aC();
  oy();
  IC();
  PC();
  $C();
});
var LC,
  UC,
  BC,
  FC = p(() => {
    ((LC = "AWS_ENDPOINT_URL"),
      (UC = "endpoint_url"),
      (BC = (t) => ({
        environmentVariableSelector: (e) => {
          let r = t.split(" ").map((s) => s.toUpperCase()),
            n = e[[LC, ...r].join("_")];
          if (n) return n;
          let o = e[LC];
          if (o) return o;
        },
        configFileSelector: (e, r) => {
          if (e.services) {
            let o = ["services", e.services].join(".");
            if (!r || !r[o])
              throw new Error(
                `The services section "${e.services}" specified in the profile is not present in the shared configuration file.`,
              );
            let s = r[o],
              i = t.split(" ").map((c) => c.toLowerCase()),
              a = s[[i.join("_"), UC].join(".")];
            if (a) return a;
          }
          let n = e[UC];
          if (n) return n;
        },
        default: void 0,
      })));
  });
var XW,
  ZW,
  GC,
  VC = p(() => {
    le();
    ((XW = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
      (ZW = "ignore_configured_endpoint_urls"),
      (GC = {
        environmentVariableSelector: (t) => Fe(t, XW, Oe.ENV),
        configFileSelector: (t) => Fe(t, ZW, Oe.CONFIG),
        default: !1,
      }));
  });
var Sc,
  HC = p(() => {
    le();
    FC();
    VC();
    Sc = async (t) => {
      if (!(await G(GC)())) return G(BC(t ?? ""))();
    };
  });
var ay,
  e6,
  t6,
  r6,
  zC,
  WC,
  qC = p(() => {
    ((ay = async (t) => {
      let e = t?.Bucket || "";
      if (
        (typeof t.Bucket == "string" &&
          (t.Bucket = e
            .replace(/#/g, encodeURIComponent("#"))
            .replace(/\?/g, encodeURIComponent("?"))),
        WC(e))
      ) {
        if (t.ForcePathStyle === !0)
          throw new Error(
            "Path-style addressing cannot be used with ARN buckets",
          );
      } else
        (!zC(e) ||
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
      (e6 = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (t6 = /(\d+\.){3}\d+/),
      (r6 = /\.\./),
      (zC = (t) => e6.test(t) && !t6.test(t) && !r6.test(t)),
      (WC = (t) => {
        let [e, r, n, , , o] = t.split(":"),
          s = e === "arn" && t.split(":").length >= 6,
          i = !!(s && r && n && o);
        if (s && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      }));
  });
var jC = p(() => {
  qC();
});
var KC,
  YC = p(() => {
    KC = (t, e, r, n = !1) => {
      let o = async () => {
        let s;
        return (
          n
            ? (s = r.clientContextParams?.[t] ?? r[t] ?? r[e])
            : (s = r[t] ?? r[e]),
          typeof s == "function" ? s() : s
        );
      };
      return t === "credentialScope" || e === "CredentialScope"
        ? async () => {
            let s =
              typeof r.credentials == "function"
                ? await r.credentials()
                : r.credentials;
            return s?.credentialScope ?? s?.CredentialScope;
          }
        : t === "accountId" || e === "AccountId"
          ? async () => {
              let s =
                typeof r.credentials == "function"
                  ? await r.credentials()
                  : r.credentials;
              return s?.accountId ?? s?.AccountId;
            }
          : t === "endpoint" || e === "endpoint"
            ? async () => {
                if (r.isCustomEndpoint === !1) return;
                let s = await o();
                if (s && typeof s == "object") {
                  if ("url" in s) return s.url.href;
                  if ("hostname" in s) {
                    let { protocol: i, hostname: a, port: c, path: u } = s;
                    return `${i}//${a}${c ? ":" + c : ""}${u}`;
                  }
                }
                return s;
              }
            : o;
    };
  });
var Ll = p(() => {
  F();
});
function Ul(t) {
  return async (e, r, n, o) => {
    if (!n.isCustomEndpoint && !n.ignoreConfiguredEndpointUrls) {
      let a;
      (n.serviceConfiguredEndpoint
        ? (a = await n.serviceConfiguredEndpoint())
        : (a = await t(n.serviceId)),
        a &&
          ((n.endpoint = () => Promise.resolve(kt(a))),
          (n.isCustomEndpoint = !0),
          o?.logger?.debug?.(
            `@smithy/core/endpoints - resolved endpoint from config: ${a}`,
          )));
    }
    let s = await yc(e, r, n);
    if (typeof n.endpointProvider != "function")
      throw new Error("config.endpointProvider is not set.");
    let i = n.endpointProvider(s, o);
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
var yc,
  Bl = p(() => {
    jC();
    YC();
    Ll();
    yc = async (t, e, r) => {
      let n = {},
        o = e?.getEndpointParameterInstructions?.() || {};
      for (let [s, i] of Object.entries(o))
        switch (i.type) {
          case "staticContextParams":
            n[s] = i.value;
            break;
          case "contextParams":
            n[s] = t[i.name];
            break;
          case "clientContextParams":
          case "builtInParams":
            n[s] = await KC(i.name, s, r, i.type !== "builtInParams")();
            break;
          case "operationContextParams":
            n[s] = i.get(t);
            break;
          default:
            throw new Error(
              "Unrecognized endpoint parameter instruction: " +
                JSON.stringify(i),
            );
        }
      return (
        Object.keys(o).length === 0 && Object.assign(n, r),
        String(r.serviceId).toLowerCase() === "s3" && (await ay(n)),
        n
      );
    };
  });
function n6(t, e, r) {
  (t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r));
}
function Fl(t) {
  let e = Ul(t);
  return ({ config: r, instructions: n }) =>
    (o, s) =>
    async (i) => {
      r.isCustomEndpoint && n6(s, "ENDPOINT_OVERRIDE", "N");
      let a = await e(
        i.input,
        {
          getEndpointParameterInstructions() {
            return n;
          },
        },
        { ...r },
        s,
      );
      ((s.endpointV2 = a), (s.authSchemes = a.properties?.authSchemes));
      let c = s.authSchemes?.[0];
      if (c) {
        ((s.signing_region = c.signingRegion),
          (s.signing_service = c.signingName));
        let l = me(s)?.selectedHttpAuthScheme?.httpAuthOption;
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
      return o({ ...i });
    };
}
var cy = p(() => {
  F();
  Bl();
});
function QC(t) {
  let e = Fl(t);
  return (r, n) => ({
    applyToStack: (o) => {
      o.addRelativeTo(e({ config: r, instructions: n }), uy);
    },
  });
}
var o6,
  uy,
  dy = p(() => {
    cy();
    ((o6 = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: ["SERIALIZER"],
      override: !0,
    }),
      (uy = {
        step: "serialize",
        tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
        name: "endpointV2Middleware",
        override: !0,
        relation: "before",
        toMiddleware: o6.name,
      }));
  });
function JC(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: n, useDualstackEndpoint: o, useFipsEndpoint: s } = e,
      i = n != null ? async () => kt(await oe(n)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!n,
        useDualstackEndpoint: oe(o ?? !1),
        useFipsEndpoint: oe(s ?? !1),
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
var XC = p(() => {
  F();
  Ll();
});
var tr,
  ZC = p(() => {
    tr = class t {
      nodes;
      root;
      conditions;
      results;
      constructor(e, r, n, o) {
        ((this.nodes = e),
          (this.root = r),
          (this.conditions = n),
          (this.results = o));
      }
      static from(e, r, n, o) {
        return new t(e, r, n, o);
      }
    };
  });
var rr,
  eR = p(() => {
    rr = class {
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
            let o = this.data.keys(),
              s = 0;
            for (;;) {
              let { value: i, done: a } = o.next();
              if ((this.data.delete(i), a || ++s > 10)) break;
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
        for (let o of n) {
          let s = e[o],
            i = s == null ? "\0" : String(s);
          if (i.includes("|;")) return !1;
          r += i + "|;";
        }
        return r;
      }
    };
  });
var Z,
  tR = p(() => {
    Z = class extends Error {
      constructor(e) {
        (super(e), (this.name = "EndpointError"));
      }
    };
  });
var Bt = p(() => {
  tR();
});
var pn,
  rR = p(() => {
    pn = "endpoints";
  });
function Ft(t) {
  return typeof t != "object" || t == null
    ? t
    : "ref" in t
      ? `$${Ft(t.ref)}`
      : "fn" in t
        ? `${t.fn}(${(t.argv || []).map(Ft).join(", ")})`
        : JSON.stringify(t, null, 2);
}
var nR = p(() => {});
var Ec = p(() => {
  rR();
  nR();
});
var bt,
  ly = p(() => {
    bt = {};
  });
var py,
  oR = p(() => {
    py = (t, e) => t === e;
  });
function fy(...t) {
  for (let e of t) if (e != null) return e;
}
var sR = p(() => {});
var iR,
  aR = p(() => {
    Bt();
    iR = (t) => {
      let e = t.split("."),
        r = [];
      for (let n of e) {
        let o = n.indexOf("[");
        if (o !== -1) {
          if (n.indexOf("]") !== n.length - 1)
            throw new Z(`Path: '${t}' does not end with ']'`);
          let s = n.slice(o + 1, -1);
          if (Number.isNaN(parseInt(s)))
            throw new Z(`Invalid array index: '${s}' in path: '${t}'`);
          (o !== 0 && r.push(n.slice(0, o)), r.push(s));
        } else r.push(n);
      }
      return r;
    };
  });
var bc,
  cR = p(() => {
    Bt();
    aR();
    bc = (t, e) =>
      iR(e).reduce((r, n) => {
        if (typeof r != "object")
          throw new Z(
            `Index '${n}' in '${e}' not found in '${JSON.stringify(t)}'`,
          );
        if (Array.isArray(r)) {
          let o = parseInt(n);
          return r[o < 0 ? r.length + o : o];
        }
        return r[n];
      }, t);
  });
var my,
  uR = p(() => {
    my = (t) => t != null;
  });
function hy(t, e, r) {
  return t ? e : r;
}
var dR = p(() => {});
var gy,
  lR = p(() => {
    gy = (t) => !t;
  });
var s6,
  qn,
  Sy = p(() => {
    ((s6 = new RegExp(
      "^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$",
    )),
      (qn = (t) => s6.test(t) || (t.startsWith("[") && t.endsWith("]"))));
  });
var Gl,
  yy,
  Ey,
  pR = p(() => {
    Gl = ye(Yt());
    Sy();
    ((yy = {
      [Gl.EndpointURLScheme.HTTP]: 80,
      [Gl.EndpointURLScheme.HTTPS]: 443,
    }),
      (Ey = (t) => {
        let e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == "object" && "hostname" in t) {
              let {
                  hostname: h,
                  port: g,
                  protocol: S = "",
                  path: E = "",
                  query: y = {},
                } = t,
                x = new URL(`${S}//${h}${g ? `:${g}` : ""}${E}`);
              return (
                (x.search = Object.entries(y)
                  .map(([w, T]) => `${w}=${T}`)
                  .join("&")),
                x
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
          { host: n, hostname: o, pathname: s, protocol: i, search: a } = e;
        if (a) return null;
        let c = i.slice(0, -1);
        if (!Object.values(Gl.EndpointURLScheme).includes(c)) return null;
        let u = qn(o),
          l =
            r.includes(`${n}:${yy[c]}`) ||
            (typeof t == "string" && t.includes(`${n}:${yy[c]}`)),
          f = `${n}${l ? `:${yy[c]}` : ""}`;
        return {
          scheme: c,
          authority: f,
          path: s,
          normalizedPath: s.endsWith("/") ? s : `${s}/`,
          isIp: u,
        };
      }));
  });
function by(t, e, r) {
  if (r === 1) return [t];
  if (t === "") return [""];
  let n = t.split(e);
  return r === 0 ? n : n.slice(0, r - 1).concat(n.slice(1).join(e));
}
var fR = p(() => {});
var xy,
  mR = p(() => {
    xy = (t, e) => t === e;
  });
var wy,
  hR = p(() => {
    wy = (t, e, r, n) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : n
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var Ty,
  gR = p(() => {
    Ty = (t) =>
      encodeURIComponent(t).replace(
        /[!*'()]/g,
        (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`,
      );
  });
var Iy = p(() => {
  oR();
  sR();
  cR();
  uR();
  F();
  dR();
  lR();
  pR();
  fR();
  mR();
  hR();
  gR();
});
var SR,
  yR = p(() => {
    Iy();
    SR = {
      booleanEquals: py,
      coalesce: fy,
      getAttr: bc,
      isSet: my,
      isValidHostLabel: hr,
      ite: hy,
      not: gy,
      parseURL: Ey,
      split: by,
      stringEquals: xy,
      substring: wy,
      uriEncode: Ty,
    };
  });
var Vl,
  _y = p(() => {
    Iy();
    Vl = (t, e) => {
      let r = [],
        { referenceRecord: n, endpointParams: o } = e,
        s = 0;
      for (; s < t.length;) {
        let i = t.indexOf("{", s);
        if (i === -1) {
          r.push(t.slice(s));
          break;
        }
        r.push(t.slice(s, i));
        let a = t.indexOf("}", i);
        if (a === -1) {
          r.push(t.slice(i));
          break;
        }
        t[i + 1] === "{" &&
          t[a + 1] === "}" &&
          (r.push(t.slice(i + 1, a)), (s = a + 2));
        let c = t.substring(i + 1, a);
        if (c.includes("#")) {
          let [u, l] = c.split("#");
          r.push(bc(n[u] ?? o[u], l));
        } else r.push(n[c] ?? o[c]);
        s = a + 1;
      }
      return r.join("");
    };
  });
var ER,
  bR = p(() => {
    ER = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var jn,
  Hl,
  xR,
  _i = p(() => {
    Bt();
    ly();
    yR();
    _y();
    bR();
    ((jn = (t, e, r) => {
      if (typeof t == "string") return Vl(t, r);
      if (t.fn) return xR.callFunction(t, r);
      if (t.ref) return ER(t, r);
      throw new Z(
        `'${e}': ${String(t)} is not a string, function or reference.`,
      );
    }),
      (Hl = ({ fn: t, argv: e }, r) => {
        let n = Array(e.length);
        for (let i = 0; i < n.length; ++i) {
          let a = e[i];
          typeof a == "boolean" || typeof a == "number"
            ? (n[i] = a)
            : (n[i] = xR.evaluateExpression(a, "arg", r));
        }
        let o = t.indexOf(".");
        if (o !== -1) {
          let a = bt[t.slice(0, o)]?.[t.slice(o + 1)];
          if (typeof a == "function") return a(...n);
        }
        let s = SR[t];
        if (typeof s == "function") return s(...n);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (xR = { evaluateExpression: jn, callFunction: Hl }));
  });
var wR = p(() => {
  _i();
});
var zl,
  Ay = p(() => {
    Ec();
    Bt();
    wR();
    zl = (t, e) => {
      let { assign: r } = t;
      if (r && r in e.referenceRecord)
        throw new Z(`'${r}' is already defined in Reference Record.`);
      let n = Hl(t, e);
      e.logger?.debug?.(`${pn} evaluateCondition: ${Ft(t)} = ${Ft(n)}`);
      let o = n === "" ? !0 : !!n;
      return r != null
        ? { result: o, toAssign: { name: r, value: n } }
        : { result: o };
    };
  });
var Wl,
  Cy = p(() => {
    Bt();
    _i();
    Wl = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [n, o]) => (
          (r[n] = o.map((s) => {
            let i = jn(s, "Header value entry", e);
            if (typeof i != "string")
              throw new Z(`Header '${n}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var xc,
  TR,
  IR,
  Ry = p(() => {
    Bt();
    _y();
    ((xc = (t, e) =>
      Object.entries(t).reduce(
        (r, [n, o]) => ((r[n] = IR.getEndpointProperty(o, e)), r),
        {},
      )),
      (TR = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => TR(r, e));
        switch (typeof t) {
          case "string":
            return Vl(t, e);
          case "object":
            if (t === null) throw new Z(`Unexpected endpoint property: ${t}`);
            return IR.getEndpointProperties(t, e);
          case "boolean":
            return t;
          default:
            throw new Z(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (IR = { getEndpointProperty: TR, getEndpointProperties: xc }));
  });
var ql,
  vy = p(() => {
    Bt();
    _i();
    ql = (t, e) => {
      let r = jn(t, "Endpoint URL", e);
      if (typeof r == "string")
        try {
          return new URL(r);
        } catch (n) {
          throw (console.error(`Failed to construct URL with ${r}`, n), n);
        }
      throw new Z(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var Dy,
  fn,
  _R = p(() => {
    Bt();
    Ay();
    _i();
    Cy();
    Ry();
    vy();
    ((Dy = 1e8),
      (fn = (t, e) => {
        let { nodes: r, root: n, results: o, conditions: s } = t,
          i = n,
          a = {},
          c = {
            referenceRecord: a,
            endpointParams: e.endpointParams,
            logger: e.logger,
          };
        for (; i !== 1 && i !== -1 && i < Dy;) {
          let u = 3 * (Math.abs(i) - 1),
            [l, f, h] = [r[u], r[u + 1], r[u + 2]],
            [g, S, E] = s[l],
            y = zl({ fn: g, assign: E, argv: S }, c);
          if (y.toAssign) {
            let { name: x, value: w } = y.toAssign;
            a[x] = w;
          }
          i = i >= 0 === y.result ? f : h;
        }
        if (i >= Dy) {
          let u = o[i - Dy];
          if (u[0] === -1) {
            let [, g] = u;
            throw new Z(jn(g, "Error", c));
          }
          let [l, f, h] = u;
          return {
            url: ql(l, c),
            properties: xc(f, c),
            headers: Wl(h ?? {}, c),
          };
        }
        throw new Z("No matching endpoint.");
      }));
  });
var Ai,
  jl = p(() => {
    Ec();
    Ay();
    Ai = (t = [], e) => {
      let r = {},
        n = { ...e, referenceRecord: { ...e.referenceRecord } },
        o = !1;
      for (let s of t) {
        let { result: i, toAssign: a } = zl(s, n);
        if (!i) return { result: i };
        a &&
          ((o = !0),
          (r[a.name] = a.value),
          (n.referenceRecord[a.name] = a.value),
          e.logger?.debug?.(`${pn} assign: ${a.name} := ${Ft(a.value)}`));
      }
      return o ? { result: !0, referenceRecord: r } : { result: !0 };
    };
  });
var AR,
  CR = p(() => {
    Ec();
    jl();
    Cy();
    Ry();
    vy();
    AR = (t, e) => {
      let { conditions: r, endpoint: n } = t,
        { result: o, referenceRecord: s } = Ai(r, e);
      if (!o) return;
      let i = s ? { ...e, referenceRecord: { ...e.referenceRecord, ...s } } : e,
        { url: a, properties: c, headers: u } = n;
      e.logger?.debug?.(`${pn} Resolving endpoint from template: ${Ft(n)}`);
      let l = { url: ql(a, i) };
      return (
        u != null && (l.headers = Wl(u, i)),
        c != null && (l.properties = xc(c, i)),
        l
      );
    };
  });
var RR,
  vR = p(() => {
    Bt();
    jl();
    _i();
    RR = (t, e) => {
      let { conditions: r, error: n } = t,
        { result: o, referenceRecord: s } = Ai(r, e);
      if (!o) return;
      let i = s ? { ...e, referenceRecord: { ...e.referenceRecord, ...s } } : e;
      throw new Z(jn(n, "Error", i));
    };
  });
var Kl,
  DR,
  Oy,
  OR = p(() => {
    Bt();
    jl();
    CR();
    vR();
    ((Kl = (t, e) => {
      for (let r of t)
        if (r.type === "endpoint") {
          let n = AR(r, e);
          if (n) return n;
        } else if (r.type === "error") RR(r, e);
        else if (r.type === "tree") {
          let n = Oy.evaluateTreeRule(r, e);
          if (n) return n;
        } else throw new Z(`Unknown endpoint rule: ${r}`);
      throw new Z("Rules evaluation failed");
    }),
      (DR = (t, e) => {
        let { conditions: r, rules: n } = t,
          { result: o, referenceRecord: s } = Ai(r, e);
        if (!o) return;
        let i = s
          ? { ...e, referenceRecord: { ...e.referenceRecord, ...s } }
          : e;
        return Oy.evaluateRules(n, i);
      }),
      (Oy = { evaluateRules: Kl, evaluateTreeRule: DR }));
  });
var NR = p(() => {
  OR();
});
var wc,
  PR = p(() => {
    F();
    Ec();
    Bt();
    NR();
    wc = (t, e) => {
      let { endpointParams: r, logger: n } = e,
        { parameters: o, rules: s } = t;
      e.logger?.debug?.(`${pn} Initial EndpointParams: ${Ft(r)}`);
      for (let a in o) {
        if (!A(o, a)) continue;
        let c = o[a],
          u = r[a];
        if (u == null && c.default != null) {
          r[a] = c.default;
          continue;
        }
        if (c.required && u == null)
          throw new Z(`Missing required parameter: '${a}'`);
      }
      let i = Kl(s, { endpointParams: r, logger: n, referenceRecord: {} });
      return (e.logger?.debug?.(`${pn} Resolved endpoint: ${Ft(i)}`), i);
    };
  });
var kR,
  MR = p(() => {
    kR = (t) => {
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
var $R = {};
Te($R, {
  BinaryDecisionDiagram: () => tr,
  EndpointCache: () => rr,
  EndpointError: () => Z,
  customEndpointFunctions: () => bt,
  decideEndpoint: () => fn,
  endpointMiddleware: () => a6,
  endpointMiddlewareOptions: () => uy,
  getEndpointFromInstructions: () => i6,
  getEndpointPlugin: () => Yn,
  isIpAddress: () => qn,
  isValidHostLabel: () => hr,
  middlewareEndpointToEndpointV1: () => kt,
  resolveEndpoint: () => wc,
  resolveEndpointConfig: () => Kn,
  resolveEndpointRequiredConfig: () => kR,
  resolveParams: () => yc,
  toEndpointV1: () => kt,
});
var i6,
  Kn,
  a6,
  Yn,
  Ee = p(() => {
    HC();
    Bl();
    cy();
    dy();
    XC();
    F();
    ZC();
    eR();
    _R();
    Sy();
    F();
    ly();
    PR();
    Bt();
    Bl();
    Ll();
    dy();
    MR();
    ((i6 = Ul(Sc)), (Kn = JC(Sc)), (a6 = Fl(Sc)), (Yn = QC(Sc)));
  });
var Yl,
  Ny = p(() => {
    Ee();
    Yl = (t, e) => (r, n) => async (o) => {
      let s = t,
        i = n.endpointV2 ? async () => kt(n.endpointV2) : s.endpoint;
      if (!i) throw new Error("No valid endpoint provider available.");
      let a = await e(o.input, { ...t, endpoint: i });
      return r({ ...o, request: a });
    };
  });
function LR(t, e, r) {
  return {
    applyToStack: (n) => {
      (n.add(Sl(t, r), Py), n.add(Yl(t, e), ky));
    },
  };
}
var Py,
  ky,
  UR = p(() => {
    US();
    Ny();
    ((Py = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: ["DESERIALIZER"],
      override: !0,
    }),
      (ky = {
        name: "serializerMiddleware",
        step: "serialize",
        tags: ["SERIALIZER"],
        override: !0,
      }));
  });
import { createHash as c6, createHmac as u6 } from "node:crypto";
function BR(t, e) {
  return Buffer.isBuffer(t)
    ? t
    : typeof t == "string"
      ? xo(t, e)
      : ArrayBuffer.isView(t)
        ? Sr(t.buffer, t.byteOffset, t.byteLength)
        : Sr(t);
}
var Ql,
  FR = p(() => {
    wo();
    $S();
    Ql = class {
      algorithmIdentifier;
      secret;
      hash;
      constructor(e, r) {
        ((this.algorithmIdentifier = e), (this.secret = r), this.reset());
      }
      update(e, r) {
        this.hash.update(dt(BR(e, r)));
      }
      digest() {
        return Promise.resolve(this.hash.digest());
      }
      reset() {
        this.hash = this.secret
          ? u6(this.algorithmIdentifier, BR(this.secret))
          : c6(this.algorithmIdentifier);
      }
    };
  });
import { Readable as d6 } from "node:stream";
var Ci,
  My = p(() => {
    IS();
    Ci = class extends d6 {
      expectedChecksum;
      checksumSourceLocation;
      checksum;
      source;
      base64Encoder;
      constructor({
        expectedChecksum: e,
        checksum: r,
        source: n,
        checksumSourceLocation: o,
        base64Encoder: s,
      }) {
        if ((super(), typeof n.pipe != "function"))
          throw new Error(
            `@smithy/util-stream: unsupported source type ${n?.constructor?.name ?? n} in ChecksumStream.`,
          );
        ((this.source = n),
          (this.base64Encoder = s ?? he),
          (this.expectedChecksum = e),
          (this.checksum = r),
          (this.checksumSourceLocation = o),
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
var Me,
  Co,
  yr = p(() => {
    ((Me = (t) =>
      typeof ReadableStream == "function" &&
      (t?.constructor?.name === ReadableStream.name ||
        t instanceof ReadableStream)),
      (Co = (t) =>
        typeof Blob == "function" &&
        (t?.constructor?.name === Blob.name || t instanceof Blob)));
  });
var GR,
  VR = p(() => {
    GR = (t) => new TextEncoder().encode(t);
  });
var HR,
  Uye,
  zR,
  Jl,
  $y,
  WR,
  qR = p(() => {
    ((HR = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
      (Uye = Object.entries(HR).reduce(
        (t, [e, r]) => ((t[r] = Number(e)), t),
        {},
      )),
      (zR = HR.split("")),
      (Jl = 6),
      ($y = 8),
      (WR = 63));
  });
function Xl(t) {
  let e;
  typeof t == "string" ? (e = GR(t)) : (e = t);
  let r = typeof e == "object" && typeof e.length == "number",
    n =
      typeof e == "object" &&
      typeof e.byteOffset == "number" &&
      typeof e.byteLength == "number";
  if (!r && !n)
    throw new Error(
      "@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.",
    );
  let o = "";
  for (let s = 0; s < e.length; s += 3) {
    let i = 0,
      a = 0;
    for (let u = s, l = Math.min(s + 3, e.length); u < l; u++)
      ((i |= e[u] << ((l - u - 1) * $y)), (a += $y));
    let c = Math.ceil(a / Jl);
    i <<= c * Jl - a;
    for (let u = 1; u <= c; u++) {
      let l = (c - u) * Jl;
      o += zR[(i & (WR << l)) >> l];
    }
    o += "==".slice(0, 4 - c);
  }
  return o;
}
var Ly = p(() => {
  VR();
  qR();
});
var l6,
  Zl,
  jR = p(() => {
    ((l6 =
      typeof ReadableStream == "function" ? ReadableStream : function () {}),
      (Zl = class extends l6 {}));
  });
var KR,
  YR = p(() => {
    Ly();
    yr();
    jR();
    KR = ({
      expectedChecksum: t,
      checksum: e,
      source: r,
      checksumSourceLocation: n,
      base64Encoder: o,
    }) => {
      if (!Me(r))
        throw new Error(
          `@smithy/util-stream: unsupported source type ${r?.constructor?.name ?? r} in ChecksumStream.`,
        );
      let s = o ?? Xl;
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
            l = s(u);
          if (t !== l) {
            let f = new Error(
              `Checksum mismatch: expected "${t}" but received "${l}" in response header "${n}".`,
            );
            c.error(f);
          } else c.terminate();
        },
      });
      r.pipeThrough(i);
      let a = i.readable;
      return (Object.setPrototypeOf(a, Zl.prototype), a);
    };
  });
function QR(t) {
  return typeof ReadableStream == "function" && Me(t.source)
    ? KR(t)
    : new Ci(t);
}
var JR = p(() => {
  yr();
  My();
  YR();
});
var ws,
  Uy = p(() => {
    ws = class {
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
          let o = this.byteArrays[n];
          (e.set(o, r), (r += o.byteLength));
        }
        return (this.reset(), e);
      }
      reset() {
        ((this.byteArrays = []), (this.byteLength = 0));
      }
    };
  });
function XR(t, e, r) {
  let n = t.getReader(),
    o = !1,
    s = 0,
    i = ["", new ws((u) => new Uint8Array(u))],
    a = -1,
    c = async (u) => {
      let { value: l, done: f } = await n.read(),
        h = l;
      if (f) {
        if (a !== -1) {
          let g = Ts(i, a);
          Qn(g) > 0 && u.enqueue(g);
        }
        u.close();
      } else {
        let g = Fy(h, !1);
        if ((a !== g && (a >= 0 && u.enqueue(Ts(i, a)), (a = g)), a === -1)) {
          u.enqueue(h);
          return;
        }
        let S = Qn(h);
        s += S;
        let E = Qn(i[a]);
        if (S >= e && E === 0) u.enqueue(h);
        else {
          let y = By(i, a, h);
          (!o &&
            s > e * 2 &&
            ((o = !0),
            r?.warn(
              `@smithy/util-stream - stream chunk size ${S} is below threshold of ${e}, automatically buffering.`,
            )),
            y >= e ? u.enqueue(Ts(i, a)) : await c(u));
        }
      }
    };
  return new ReadableStream({ pull: c });
}
function By(t, e, r) {
  switch (e) {
    case 0:
      return ((t[0] += r), Qn(t[0]));
    case 1:
    case 2:
      return (t[e].push(r), Qn(t[e]));
  }
}
function Ts(t, e) {
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
function Qn(t) {
  return t?.byteLength ?? t?.length ?? 0;
}
function Fy(t, e = !0) {
  return e && typeof Buffer < "u" && t instanceof Buffer
    ? 2
    : t instanceof Uint8Array
      ? 1
      : typeof t == "string"
        ? 0
        : -1;
}
var ZR = p(() => {
  Uy();
});
import { Readable as p6 } from "node:stream";
function ev(t, e, r) {
  if (Me(t)) return XR(t, e, r);
  let n = new p6({ read() {} }),
    o = !1,
    s = 0,
    i = [
      "",
      new ws((c) => new Uint8Array(c)),
      new ws((c) => Buffer.from(new Uint8Array(c))),
    ],
    a = -1;
  return (
    t.on("data", (c) => {
      let u = Fy(c, !0);
      if ((a !== u && (a >= 0 && n.push(Ts(i, a)), (a = u)), a === -1)) {
        n.push(c);
        return;
      }
      let l = Qn(c);
      s += l;
      let f = Qn(i[a]);
      if (l >= e && f === 0) n.push(c);
      else {
        let h = By(i, a, c);
        (!o &&
          s > e * 2 &&
          ((o = !0),
          r?.warn(
            `@smithy/util-stream - stream chunk size ${l} is below threshold of ${e}, automatically buffering.`,
          )),
          h >= e && n.push(Ts(i, a)));
      }
    }),
    t.on("end", () => {
      if (a !== -1) {
        let c = Ts(i, a);
        Qn(c) > 0 && n.push(c);
      }
      n.push(null);
    }),
    n
  );
}
var tv = p(() => {
  Uy();
  ZR();
  yr();
});
var rv,
  nv = p(() => {
    rv = (t, e) => {
      let {
          base64Encoder: r,
          bodyLengthChecker: n,
          checksumAlgorithmFn: o,
          checksumLocationName: s,
          streamHasher: i,
        } = e,
        a =
          r !== void 0 &&
          n !== void 0 &&
          o !== void 0 &&
          s !== void 0 &&
          i !== void 0,
        c = a ? i(o, t) : void 0;
      Promise.resolve(c).catch(() => {});
      let u = t.getReader();
      return new ReadableStream({
        async pull(l) {
          let { value: f, done: h } = await u.read();
          if (h) {
            if (
              (l.enqueue(`0\r
`),
              a)
            ) {
              let g = r(await c);
              (l.enqueue(`${s}:${g}\r
`),
                l.enqueue(`\r
`));
            }
            l.close();
          } else
            l.enqueue(`${(n(f) || 0).toString(16)}\r
${f}\r
`);
        },
      });
    };
  });
import { Readable as f6 } from "node:stream";
function ov(t, e) {
  let r = t,
    n = t;
  if (Me(n)) return rv(n, e);
  let {
      base64Encoder: o,
      bodyLengthChecker: s,
      checksumAlgorithmFn: i,
      checksumLocationName: a,
      streamHasher: c,
    } = e,
    u = o !== void 0 && i !== void 0 && a !== void 0 && c !== void 0,
    l = u ? c(i, r) : void 0;
  Promise.resolve(l).catch(() => {});
  let f = new f6({
    read() {
      r.resume();
    },
  });
  return (
    r.on("data", (h) => {
      let g = s(h) || 0;
      g !== 0 &&
        (f.push(`${g.toString(16)}\r
`),
        f.push(h),
        f.push(`\r
`) || r.pause());
    }),
    r.on("error", (h) => {
      f.destroy(h);
    }),
    r.pause(),
    r.on("end", async () => {
      try {
        if (
          (f.push(`0\r
`),
          u)
        ) {
          let h = o(await l);
          (f.push(`${a}:${h}\r
`),
            f.push(`\r
`));
        }
        f.push(null);
      } catch (h) {
        f.destroy(h);
      }
    }),
    f
  );
}
var sv = p(() => {
  nv();
  yr();
});
async function iv(t, e) {
  let r = 0,
    n = [],
    o = t.getReader(),
    s = !1;
  for (; !s;) {
    let { done: c, value: u } = await o.read();
    if ((u && (n.push(u), (r += u?.byteLength ?? 0)), r >= e)) break;
    s = c;
  }
  o.releaseLock();
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
var av = p(() => {});
import { Writable as m6 } from "node:stream";
var cv,
  Gy,
  uv = p(() => {
    lc();
    av();
    yr();
    ((cv = (t, e) =>
      Me(t)
        ? iv(t, e)
        : new Promise((r, n) => {
            let o = new Gy();
            ((o.limit = e),
              t.pipe(o),
              t.on("error", (s) => {
                (o.end(), n(s));
              }),
              o.on("error", n),
              o.on("finish", function () {
                let s = sn(this.buffers);
                r(s);
              }));
          })),
      (Gy = class extends m6 {
        buffers = [];
        limit = 1 / 0;
        bytesBuffered = 0;
        _write(e, r, n) {
          if (
            (this.buffers.push(e),
            (this.bytesBuffered += e.byteLength ?? 0),
            this.bytesBuffered >= this.limit)
          ) {
            let o = this.bytesBuffered - this.limit,
              s = this.buffers[this.buffers.length - 1];
            ((this.buffers[this.buffers.length - 1] = s.subarray(
              0,
              s.byteLength - o,
            )),
              this.emit("finish"));
          }
          n();
        }
      }));
  });
var dv,
  lv = p(() => {
    dv = (t) => {
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
async function Vy(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function Hy(t) {
  let e = [],
    r = t.getReader(),
    n = 0;
  for (;;) {
    let { done: o, value: s } = await r.read();
    if ((s && (e.push(s), (n += s.length)), o)) break;
  }
  return sn(e, n);
}
var pv,
  zy = p(() => {
    lc();
    yr();
    pv = async (t) => (Co(t) ? Vy(t) : Hy(t));
  });
var fv,
  hv,
  mv,
  gv = p(() => {
    Ly();
    MS();
    lv();
    zy();
    yr();
    ((fv = "The stream has already been transformed."),
      (hv = (t) => {
        if (!mv(t) && !Me(t)) {
          let o = t?.__proto__?.constructor?.name || t;
          throw new Error(
            `Unexpected stream implementation, expect Blob or ReadableStream, got ${o}`,
          );
        }
        let e = !1,
          r = async () => {
            if (e) throw new Error(fv);
            return ((e = !0), await pv(t));
          },
          n = (o) => {
            if (typeof o.stream != "function")
              throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);
            return o.stream();
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (o) => {
            let s = await r();
            if (o === "base64") return Xl(s);
            if (o === "hex") return Zt(s);
            if (o === void 0 || o === "utf8" || o === "utf-8") return dv(s);
            if (typeof TextDecoder == "function")
              return new TextDecoder(o).decode(s);
            throw new Error(
              "TextDecoder is not available, please make sure polyfill is provided.",
            );
          },
          transformToWebStream: () => {
            if (e) throw new Error(fv);
            if (((e = !0), mv(t))) return n(t);
            if (Me(t)) return t;
            throw new Error(`Cannot transform payload to web stream, got ${t}`);
          },
        });
      }),
      (mv = (t) => typeof Blob == "function" && t instanceof Blob));
  });
import { Writable as h6 } from "node:stream";
var ep,
  Wy,
  qy = p(() => {
    lc();
    zy();
    yr();
    ((ep = (t) =>
      Co(t)
        ? Vy(t)
        : Me(t)
          ? Hy(t)
          : new Promise((e, r) => {
              let n = new Wy(),
                o = t;
              (o.pipe(n),
                o.on("error", (s) => {
                  (n.end(), r(s));
                }),
                n.on("error", r),
                n.on("finish", function () {
                  let s = sn(this.bufferedBytes);
                  e(s);
                }));
            })),
      (Wy = class extends h6 {
        bufferedBytes = [];
        _write(e, r, n) {
          (this.bufferedBytes.push(e), n());
        }
      }));
  });
import { Readable as jy } from "node:stream";
var Sv,
  tp,
  yv = p(() => {
    wo();
    gv();
    qy();
    ((Sv = "The stream has already been transformed."),
      (tp = (t) => {
        if (!(t instanceof jy))
          try {
            return hv(t);
          } catch {
            let o = t?.__proto__?.constructor?.name || t;
            throw new Error(
              `Unexpected stream implementation, expect Stream.Readable instance, got ${o}`,
            );
          }
        let e = !1,
          r = async () => {
            if (e) throw new Error(Sv);
            return ((e = !0), await ep(t));
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (n) => {
            let o = await r();
            return n === void 0 || Buffer.isEncoding(n)
              ? Sr(o.buffer, o.byteOffset, o.byteLength).toString(n)
              : new TextDecoder(n).decode(o);
          },
          transformToWebStream: () => {
            if (e) throw new Error(Sv);
            if (t.readableFlowing !== null)
              throw new Error(
                "The stream has been consumed by other callbacks.",
              );
            if (typeof jy.toWeb != "function")
              throw new Error(
                "Readable.toWeb() is not supported. Please ensure a polyfill is available.",
              );
            return ((e = !0), jy.toWeb(t));
          },
        });
      }));
  });
async function Ev(t) {
  return (typeof t.stream == "function" && (t = t.stream()), t.tee());
}
var bv = p(() => {});
import { PassThrough as xv } from "node:stream";
async function wv(t) {
  if (Me(t) || Co(t)) return Ev(t);
  let e = new xv(),
    r = new xv();
  return (t.pipe(e), t.pipe(r), [e, r]);
}
var Tv = p(() => {
  bv();
  yr();
});
function pt(t) {
  Object.defineProperty(t, "__proto__", {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var Iv = p(() => {});
var _s = {};
Te(_s, {
  ChecksumStream: () => Ci,
  Hash: () => Ql,
  LazyJsonString: () => De,
  NumericValue: () => q,
  Uint8ArrayBlobAdapter: () => Is,
  _parseEpochTimestamp: () => _o,
  _parseRfc3339DateTimeWithOffset: () => pl,
  _parseRfc7231DateTime: () => fl,
  calculateBodyLength: () => on,
  concatBytes: () => sn,
  copyDocumentWithTransform: () => Q0,
  createBufferedReadable: () => ev,
  createChecksumStream: () => QR,
  dateToUtcString: () => $t,
  deserializerMiddleware: () => Sl,
  deserializerMiddlewareOption: () => Py,
  expectBoolean: () => Z0,
  expectByte: () => sl,
  expectFloat32: () => cc,
  expectInt: () => eA,
  expectInt32: () => nl,
  expectLong: () => fi,
  expectNonNull: () => tA,
  expectNumber: () => pi,
  expectObject: () => AS,
  expectShort: () => ol,
  expectString: () => rA,
  expectUnion: () => al,
  fromArrayBuffer: () => Sr,
  fromBase64: () => _e,
  fromHex: () => gl,
  fromString: () => xo,
  fromUtf8: () => ke,
  generateIdempotencyToken: () => Gt,
  getAwsChunkedEncodingStream: () => ov,
  getSerdePlugin: () => LR,
  handleFloat: () => oA,
  hasOwn: () => A,
  headStream: () => cv,
  isArrayBuffer: () => el,
  isBlob: () => Co,
  isReadableStream: () => Me,
  limitedParseDouble: () => ul,
  limitedParseFloat: () => sA,
  limitedParseFloat32: () => iA,
  logger: () => mi,
  nv: () => hl,
  parseBoolean: () => X0,
  parseEpochTimestamp: () => yi,
  parseRfc3339DateTime: () => dA,
  parseRfc3339DateTimeWithOffset: () => Si,
  parseRfc7231DateTime: () => Io,
  quoteHeader: () => ll,
  sdkStreamMixin: () => tp,
  serializerMiddleware: () => Yl,
  serializerMiddlewareOption: () => ky,
  splitEvery: () => ml,
  splitHeader: () => Ei,
  splitStream: () => wv,
  streamCollector: () => ep,
  strictParseByte: () => dl,
  strictParseDouble: () => uc,
  strictParseFloat: () => nA,
  strictParseFloat32: () => cl,
  strictParseInt: () => cA,
  strictParseInt32: () => uA,
  strictParseLong: () => CS,
  strictParseShort: () => To,
  toBase64: () => he,
  toHex: () => Zt,
  toUint8Array: () => dt,
  toUtf8: () => ge,
  v4: () => Ri,
  writeKey: () => pt,
});
import { getRandomValues as g6 } from "node:crypto";
var Is,
  S6,
  Ri,
  Gt,
  P = p(() => {
    z0();
    IS();
    q0();
    tl();
    j0();
    Y0();
    J0();
    lA();
    pA();
    RS();
    fA();
    gA();
    SA();
    yA();
    bA();
    MS();
    wA();
    $S();
    lc();
    wo();
    TS();
    US();
    UR();
    Ny();
    FR();
    My();
    JR();
    tv();
    sv();
    uv();
    yv();
    Tv();
    yr();
    qy();
    F();
    Iv();
    ((Is = class extends W0(ge, ke, he, _e) {}),
      (S6 = g6),
      (Ri = K0(S6)),
      (Gt = Ri));
  });
var $e,
  vi = p(() => {
    P();
    $e = async (t = new Uint8Array(), e) => {
      if (t instanceof Uint8Array) return Is.mutate(t);
      if (!t) return Is.mutate(new Uint8Array());
      let r = e.streamCollector(t);
      return Is.mutate(await r);
    };
  });
function Er(t) {
  return /^[\w.~-]+$/.test(t)
    ? t
    : encodeURIComponent(t).replace(/[!'()*]/g, function (e) {
        return "%" + e.charCodeAt(0).toString(16).toUpperCase();
      });
}
var rp = p(() => {});
var Av,
  Ye,
  y6,
  E6,
  b6,
  x6,
  np,
  _v,
  As = p(() => {
    j();
    P();
    ((Av = Symbol.for("@smithy/schema-x")),
      (Ye = class t extends _ {
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
            o = typeof n == "object" && n !== null ? n : r;
          return (o[Av] ??= new t(r));
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
          let o = this.getSchema(),
            s = typeof o == "number" ? o & 255 : this.isListSchema() ? 64 : 255,
            i = e & 7,
            a = r.mediaType
              ? r.mediaType === "application/json" ||
                r.mediaType.endsWith("+json")
                ? 2
                : 1
              : 0,
            c = r.streaming || s === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
            u = s >= 4 && s <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
            l =
              s |
              (a << 8) |
              ((r.idempotencyToken ? 1 : 0) << 10) |
              (c << 11) |
              ((r.sparse ? 1 : 0) << 13) |
              (u << 14) |
              ((r.hostLabel ? 1 : 0) << 17) |
              ((e === 36 && typeof o != "object" ? 1 : 0) << 18),
            f = s & 192,
            h =
              i & 2 && (f === 64 || (!n && i & 1))
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
            ? x6
            : (this.bindings ??= y6(this));
        }
      }),
      (y6 = (t) => {
        let e = [],
          r = [],
          n = [],
          o = [],
          s = [],
          i = {},
          a = {},
          c = [],
          u = { headers: a, prefixHeaders: c },
          l = {
            request: { memberBindings: s, byName: i },
            response: { bodyMemberNames: e, bindings: u },
          },
          { request: f, response: h } = l;
        for (let [g, S] of t.structIterator()) {
          let E = Ye.of(S),
            y = E.getMergedTraits(),
            x = E.getHttpBindingLocation(y),
            w =
              y.httpHeader?.toLowerCase() ??
              y.httpPrefixHeaders?.toLowerCase() ??
              y.httpQuery,
            T = E.getHttpBindingValue(x, y),
            I = [g, T, x, w];
          (g === "__proto__" && pt(i),
            (i[g] = I),
            (T[1] >> 10) & 1 && (f.hasIdempotency = !0),
            s.push(I));
          let D = x & 7;
          if ((D === 0 && (n.push(g), o.push(S)), (D & 4) === 0))
            (e.push(g), r.push(S));
          else if ((D & 6) === 4)
            if (D & 1) u.statusCode = I;
            else {
              u.payload = I;
              let Q = T[1] & 255;
              f.contentTypeInstruction =
                y.mediaType ??
                (Q === 0
                  ? "text/plain"
                  : Q === 21 || Q === 42
                    ? "application/octet-stream"
                    : null);
            }
          else
            D & 1
              ? ((f.hasPrefixHeaders = !0), c.push(I))
              : (w === "__proto__" && pt(a), (a[w] = I));
        }
        return (
          f.contentTypeInstruction === void 0 &&
            n.length &&
            (f.contentTypeInstruction = null),
          (f.syntheticBodySchema = _v(t, n, o)),
          (h.syntheticBodySchema = _v(t, e, r)),
          l
        );
      }),
      (E6 = (t) => {
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
      (b6 = (t) => {
        let { http: e, endpoint: r } = zn(t.traits ?? {}),
          [n, o] = e?.[1].split("?") ?? [];
        return [
          e?.[0],
          n,
          o ? [...new URLSearchParams(o)] : [],
          n ? E6(n) : void 0,
          r?.[0],
        ];
      }),
      (x6 = {
        request: { memberBindings: [], byName: {} },
        response: {
          bodyMemberNames: [],
          bindings: { headers: {}, prefixHeaders: [] },
        },
      }),
      (np = (t) => (t[Av] ??= b6(t))),
      (_v = (t, e, r) => {
        if (!e.length) return;
        let n = t.getSchema(),
          o = [3, n[1], n[2], t.getMergedTraits(), e, r],
          s = n[6],
          i = s && e.reduce((a, c) => a + (n[4].indexOf(c) < s ? 1 : 0), 0);
        return (i && (o[6] = i), o);
      }));
  });
var Ge,
  Di = p(() => {
    Ge = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
async function op(t, e, r = 1024 * 1024) {
  let n = t.size,
    o = 0;
  for (; o < n;) {
    let s = t.slice(o, Math.min(n, o + r));
    (e(new Uint8Array(await s.arrayBuffer())), (o += s.size));
  }
}
var Ky = p(() => {});
var Cv,
  Rv = p(() => {
    Ky();
    Cv = async function (e, r) {
      let n = new e();
      return (
        await op(r, (o) => {
          n.update(o);
        }),
        n.digest()
      );
    };
  });
import { Writable as w6 } from "node:stream";
var Oi,
  Yy = p(() => {
    P();
    Oi = class extends w6 {
      hash;
      constructor(e, r) {
        (super(r), (this.hash = e));
      }
      _write(e, r, n) {
        try {
          this.hash.update(dt(e));
        } catch (o) {
          return n(o);
        }
        n();
      }
    };
  });
import { createReadStream as T6 } from "node:fs";
var vv,
  I6,
  Dv = p(() => {
    Yy();
    ((vv = (t, e) =>
      new Promise((r, n) => {
        if (!I6(e)) {
          n(new Error("Unable to calculate hash for non-file streams."));
          return;
        }
        let o = T6(e.path, { start: e.start, end: e.end }),
          s = new t(),
          i = new Oi(s);
        (o.pipe(i),
          o.on("error", (a) => {
            (i.end(), n(a));
          }),
          i.on("error", n),
          i.on("finish", function () {
            s.digest().then(r).catch(n);
          }));
      })),
      (I6 = (t) => typeof t.path == "string"));
  });
var Ov,
  Nv = p(() => {
    Yy();
    Ov = (t, e) => {
      if (e.readableFlowing !== null)
        throw new Error("Unable to calculate hash for flowing readable stream");
      let r = new t(),
        n = new Oi(r);
      return (
        e.pipe(n),
        new Promise((o, s) => {
          (e.on("error", (i) => {
            (n.end(), s(i));
          }),
            n.on("error", s),
            n.on("finish", () => {
              r.digest().then(o).catch(s);
            }));
        })
      );
    };
  });
function Qy(t, e) {
  let r = t[0],
    n = t[1],
    o = t[2],
    s = t[3];
  for (let i = 0; i < 64; ++i) {
    let a, c;
    i < 16
      ? ((a = (n & o) | (~n & s)), (c = i))
      : i < 32
        ? ((a = (s & n) | (o & ~s)), (c = (5 * i + 1) % 16))
        : i < 48
          ? ((a = n ^ o ^ s), (c = (3 * i + 5) % 16))
          : ((a = o ^ (n | ~s)), (c = (7 * i) % 16));
    let u = e.getUint32(c * 4, !0),
      l = s;
    ((s = o), (o = n));
    let f = _6[(i >> 4) * 4 + (i & 3)],
      h = (((r + a) & Ro) + ((u + A6[i]) & Ro)) & Ro;
    ((n = (n + (((h << f) | (h >>> (32 - f))) >>> 0)) & Ro), (r = l));
  }
  ((t[0] = (t[0] + r) & Ro),
    (t[1] = (t[1] + n) & Ro),
    (t[2] = (t[2] + o) & Ro),
    (t[3] = (t[3] + s) & Ro));
}
var Ni,
  Pv,
  Ro,
  _6,
  A6,
  Jy = p(() => {
    P();
    ((Ni = class {
      digestLength = 16;
      state = Uint32Array.from(Pv);
      writeBuffer = new DataView(new ArrayBuffer(64));
      bufferLength = 0;
      bytesHashed = 0;
      update(e) {
        let r = dt(e),
          n = 0,
          o = r.byteLength;
        for (this.bytesHashed += o; o > 0;)
          (this.writeBuffer.setUint8(this.bufferLength++, r[n++]),
            --o,
            this.bufferLength === 64 &&
              (Qy(this.state, this.writeBuffer), (this.bufferLength = 0)));
      }
      async digest() {
        let e = Uint32Array.from(this.state),
          r = new DataView(this.writeBuffer.buffer.slice(0)),
          n = this.bufferLength,
          o = this.bytesHashed * 8;
        if ((r.setUint8(n++, 128), this.bufferLength % 64 >= 56)) {
          for (let a = n; a < 64; ++a) r.setUint8(a, 0);
          (Qy(e, r), (n = 0));
        }
        for (let a = n; a < 56; ++a) r.setUint8(a, 0);
        (r.setUint32(56, o >>> 0, !0),
          r.setUint32(60, Math.floor(o / 2 ** 32), !0),
          Qy(e, r));
        let s = new Uint8Array(16),
          i = new DataView(s.buffer);
        for (let a = 0; a < 4; ++a) i.setUint32(a * 4, e[a], !0);
        return s;
      }
      reset() {
        (this.state.set(Pv),
          (this.writeBuffer = new DataView(new ArrayBuffer(64))),
          (this.bufferLength = 0),
          (this.bytesHashed = 0));
      }
    }),
      (Pv = [1732584193, 4023233417, 2562383102, 271733878]),
      (Ro = 4294967295),
      (_6 = Uint8Array.of(
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
      (A6 = Array.from(
        { length: 64 },
        (t, e) => (Math.abs(Math.sin(e + 1)) * 2 ** 32) >>> 0,
      )));
  });
import { createHash as Xy } from "node:crypto";
function R6() {
  return class {
    digestLength = 16;
    hash = Xy("md5");
    update(e) {
      this.hash.update(dt(e));
    }
    async digest() {
      let e = this.hash.copy().digest();
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
    }
    reset() {
      this.hash = Xy("md5");
    }
  };
}
var C6,
  Zy,
  kv = p(() => {
    P();
    Jy();
    ((C6 = (() => {
      try {
        return (Xy("md5"), !0);
      } catch {
        return !1;
      }
    })()),
      (Zy = C6 ? R6() : Ni));
  });
var Mv,
  eE,
  Pi,
  tE = p(() => {
    Mv = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      Mv[t] = e >>> 0;
    }
    ((eE = 4294967295),
      (Pi = class {
        digestLength = 4;
        checksum = eE;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum =
              (this.checksum >>> 8) ^ Mv[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ eE) >>> 0;
        }
        async digest() {
          let e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = eE;
        }
      }));
  });
import * as rE from "node:zlib";
function v6(t) {
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
var $v,
  Cs,
  Lv = p(() => {
    tE();
    (($v = typeof rE.crc32 == "function" ? rE.crc32 : void 0),
      (Cs = $v ? v6($v) : Pi));
  });
var Qe,
  Uv,
  D6,
  Jn,
  Bv,
  O6,
  sp = p(() => {
    P();
    ((Qe = 64),
      (Uv = 32),
      (D6 = 2 ** 53 - 1),
      (Jn = class t {
        digestLength = Uv;
        state = Int32Array.from(Bv);
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
            let { inner: n, outer: o } = this,
              s = new Uint8Array(Qe * 2);
            for (let i = 0; i < Qe; ++i)
              ((s[i] = 54 ^ r[i]), (s[i + Qe] = 92 ^ r[i]));
            (n.update(s.subarray(0, Qe)), o.update(s.subarray(Qe)));
          }
        }
        update(e) {
          if (this.finished)
            throw new Error("Attempted to update an already finished HMAC.");
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = dt(e),
            n = 0,
            { byteLength: o } = r;
          if (((this.bytesHashed += o), this.bytesHashed * 8 > D6))
            throw new Error("Cannot hash more than 2^53 - 1 bits");
          for (; o > 0;)
            ((this.buffer[this.bufferLength++] = r[n++]),
              o--,
              this.bufferLength === Qe &&
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
          ((this.state = Int32Array.from(Bv)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0));
        }
        digestSync() {
          let e = this.state.slice(),
            r = this.buffer.slice(),
            n = this.bufferLength,
            o = this.bytesHashed * 8,
            s = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((s.setUint8(n++, 128), (n - 1) % Qe >= Qe - 8)) {
            for (let a = n; a < Qe; ++a) s.setUint8(a, 0);
            (this.hashBufferWith(e, r), (n = 0));
          }
          for (let a = n; a < Qe - 8; ++a) s.setUint8(a, 0);
          (s.setUint32(Qe - 8, Math.floor(o / 4294967296), !1),
            s.setUint32(Qe - 4, o, !1),
            this.hashBufferWith(e, r));
          let i = new Uint8Array(Uv);
          for (let a = 0; a < 8; ++a)
            ((i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255));
          return i;
        }
        static normalizeKey(e) {
          let r = dt(e);
          if (r.byteLength > Qe) {
            let n = new t();
            n.update(r);
            let o = n.digestSync(),
              s = new Uint8Array(Qe);
            return (s.set(o), s);
          }
          if (r.byteLength < Qe) {
            let n = new Uint8Array(Qe);
            return (n.set(r), n);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(e, r) {
          let n = (this.w ??= new Int32Array(64)),
            o = e[0],
            s = e[1],
            i = e[2],
            a = e[3],
            c = e[4],
            u = e[5],
            l = e[6],
            f = e[7];
          for (let h = 0; h < Qe; ++h) {
            if (h < 16)
              n[h] =
                ((r[h * 4] & 255) << 24) |
                ((r[h * 4 + 1] & 255) << 16) |
                ((r[h * 4 + 2] & 255) << 8) |
                (r[h * 4 + 3] & 255);
            else {
              let E = n[h - 2],
                y =
                  ((E >>> 17) | (E << 15)) ^
                  ((E >>> 19) | (E << 13)) ^
                  (E >>> 10);
              E = n[h - 15];
              let x =
                ((E >>> 7) | (E << 25)) ^ ((E >>> 18) | (E << 14)) ^ (E >>> 3);
              n[h] = ((y + n[h - 7]) | 0) + ((x + n[h - 16]) | 0);
            }
            let g =
                ((((((c >>> 6) | (c << 26)) ^
                  ((c >>> 11) | (c << 21)) ^
                  ((c >>> 25) | (c << 7))) +
                  ((c & u) ^ (~c & l))) |
                  0) +
                  ((f + ((O6[h] + n[h]) | 0)) | 0)) |
                0,
              S =
                ((((o >>> 2) | (o << 30)) ^
                  ((o >>> 13) | (o << 19)) ^
                  ((o >>> 22) | (o << 10))) +
                  ((o & s) ^ (o & i) ^ (s & i))) |
                0;
            ((f = l),
              (l = u),
              (u = c),
              (c = (a + g) | 0),
              (a = i),
              (i = s),
              (s = o),
              (o = (g + S) | 0));
          }
          ((e[0] += o),
            (e[1] += s),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += u),
            (e[6] += l),
            (e[7] += f));
        }
      }),
      (Bv = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924,
        528734635, 1541459225,
      ])),
      (O6 = new Int32Array([
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
import { createHash as Fv, createHmac as N6 } from "node:crypto";
function k6() {
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
      return this.secret ? N6("sha256", M6(this.secret)) : Fv("sha256");
    }
  };
}
function M6(t) {
  return typeof t == "string"
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var P6,
  br,
  Gv = p(() => {
    sp();
    ((P6 = (() => {
      try {
        return (Fv("sha256"), !0);
      } catch {
        return !1;
      }
    })()),
      (br = P6 ? k6() : Jn));
  });
var $6,
  L6,
  U6,
  ip,
  B6,
  ap,
  Vv = p(() => {
    P();
    sp();
    (({
      digest: $6,
      sign: L6,
      importKey: U6,
    } = globalThis?.crypto?.subtle ?? {}),
      (ip =
        typeof $6 == "function" &&
        typeof L6 == "function" &&
        typeof U6 == "function"
          ? globalThis.crypto.subtle
          : void 0),
      (B6 = 8 * 1024 * 1024),
      (ap = class {
        digestLength = 32;
        secret;
        pending = [];
        pendingBytes = 0;
        fallback;
        finished = !1;
        constructor(e) {
          e && (this.secret = dt(e));
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
            this.pendingBytes >= B6 && this.switchToFallback());
        }
        async digest() {
          if (this.fallback) return this.fallback.digest();
          if (this.secret && this.finished)
            throw new Error("Attempted to digest an already finished HMAC.");
          let e = sn(this.pending);
          if (ip) {
            if (this.secret) {
              this.finished = !0;
              let o = await ip.importKey(
                  "raw",
                  this.secret,
                  { name: "HMAC", hash: "SHA-256" },
                  !1,
                  ["sign"],
                ),
                s = await ip.sign("HMAC", o, e);
              return new Uint8Array(s);
            }
            let n = await ip.digest("SHA-256", e);
            return new Uint8Array(n);
          }
          let r = new Jn(this.secret);
          return (r.update(e), r.digest());
        }
        reset() {
          ((this.pending = []),
            (this.pendingBytes = 0),
            (this.fallback = void 0),
            (this.finished = !1));
        }
        switchToFallback() {
          let e = new Jn(this.secret);
          for (let r of this.pending) e.update(r);
          ((this.fallback = e), (this.pending = []), (this.pendingBytes = 0));
        }
      }));
  });
var Hv = {};
Te(Hv, {
  Crc32: () => Cs,
  Crc32Js: () => Pi,
  Crc32Node: () => Cs,
  Md5: () => Zy,
  Md5Js: () => Ni,
  Md5Node: () => Zy,
  Sha256: () => br,
  Sha256Js: () => Jn,
  Sha256Node: () => br,
  Sha256WebCrypto: () => ap,
  blobHasher: () => Cv,
  blobReader: () => op,
  fileStreamHasher: () => vv,
  readableStreamHasher: () => Ov,
});
var vo = p(() => {
  Rv();
  Dv();
  Nv();
  Jy();
  kv();
  tE();
  Lv();
  sp();
  Gv();
  Vv();
  Ky();
});
function zv(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var Do,
  nE = p(() => {
    P();
    Do = class t {
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
          let n = 7, o = Math.abs(Math.round(e));
          n > -1 && o > 0;
          n--, o /= 256
        )
          r[n] = o;
        return (e < 0 && zv(r), new t(r));
      }
      valueOf() {
        let e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && zv(e), parseInt(Zt(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var ki,
  Wv,
  qv,
  F6,
  G6,
  V6,
  H6,
  z6,
  W6,
  q6,
  j6,
  K6,
  cp,
  oE = p(() => {
    F();
    P();
    nE();
    ki = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        ((this.toUtf8 = e), (this.fromUtf8 = r));
      }
      format(e) {
        let r = [];
        for (let s in e) {
          if (!A(e, s)) continue;
          let i = this.fromUtf8(s);
          if (i.byteLength > 255)
            throw new Error(
              `@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`,
            );
          r.push(
            Uint8Array.from([i.byteLength]),
            i,
            this.formatHeaderValue(e[s]),
          );
        }
        let n = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          o = 0;
        for (let s of r) (n.set(s, o), (o += s.byteLength));
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
            let o = new Uint8Array(9);
            return ((o[0] = 5), o.set(e.value.bytes, 1), o);
          case "binary":
            if (e.value.byteLength > cp)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${cp} bytes: ${e.value.byteLength}`,
              );
            let s = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            (s.setUint8(0, 6), s.setUint16(1, e.value.byteLength, !1));
            let i = new Uint8Array(s.buffer);
            return (i.set(e.value, 3), i);
          case "string":
            let a = this.fromUtf8(e.value);
            if (a.byteLength > cp)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${cp} bytes: ${a.byteLength}`,
              );
            let c = new DataView(new ArrayBuffer(3 + a.byteLength));
            (c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1));
            let u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          case "timestamp":
            let l = new Uint8Array(9);
            return (
              (l[0] = 8),
              l.set(Do.fromNumber(e.value.valueOf()).bytes, 1),
              l
            );
          case "uuid":
            if (!K6.test(e.value))
              throw new Error(`Invalid UUID received: ${e.value}`);
            let f = new Uint8Array(17);
            return ((f[0] = 9), f.set(gl(e.value.replace(/-/g, "")), 1), f);
        }
      }
      parse(e) {
        let r = {},
          n = 0;
        for (; n < e.byteLength;) {
          let o = e.getUint8(n++),
            s = this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + n, o));
          switch (((n += o), e.getUint8(n++))) {
            case 0:
              r[s] = { type: qv, value: !0 };
              break;
            case 1:
              r[s] = { type: qv, value: !1 };
              break;
            case 2:
              r[s] = { type: F6, value: e.getInt8(n++) };
              break;
            case 3:
              ((r[s] = { type: G6, value: e.getInt16(n, !1) }), (n += 2));
              break;
            case 4:
              ((r[s] = { type: V6, value: e.getInt32(n, !1) }), (n += 4));
              break;
            case 5:
              ((r[s] = {
                type: H6,
                value: new Do(new Uint8Array(e.buffer, e.byteOffset + n, 8)),
              }),
                (n += 8));
              break;
            case 6:
              let i = e.getUint16(n, !1);
              ((n += 2),
                (r[s] = {
                  type: z6,
                  value: new Uint8Array(e.buffer, e.byteOffset + n, i),
                }),
                (n += i));
              break;
            case 7:
              let a = e.getUint16(n, !1);
              ((n += 2),
                (r[s] = {
                  type: W6,
                  value: this.toUtf8(
                    new Uint8Array(e.buffer, e.byteOffset + n, a),
                  ),
                }),
                (n += a));
              break;
            case 8:
              ((r[s] = {
                type: q6,
                value: new Date(
                  new Do(
                    new Uint8Array(e.buffer, e.byteOffset + n, 8),
                  ).valueOf(),
                ),
              }),
                (n += 8));
              break;
            case 9:
              let c = new Uint8Array(e.buffer, e.byteOffset + n, 16);
              ((n += 16),
                (r[s] = {
                  type: j6,
                  value: `${Zt(c.subarray(0, 4))}-${Zt(c.subarray(4, 6))}-${Zt(c.subarray(6, 8))}-${Zt(c.subarray(8, 10))}-${Zt(c.subarray(10))}`,
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
    })(Wv || (Wv = {}));
    ((qv = "boolean"),
      (F6 = "byte"),
      (G6 = "short"),
      (V6 = "integer"),
      (H6 = "long"),
      (z6 = "binary"),
      (W6 = "string"),
      (q6 = "timestamp"),
      (j6 = "uuid"),
      (K6 = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (cp = 32767));
  });
function Kv({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < Y6)
    throw new Error(
      "Provided message too short to accommodate event stream message overhead",
    );
  let n = new DataView(r, e, t),
    o = n.getUint32(0, !1);
  if (t !== o)
    throw new Error(
      "Reported message length does not match received message length",
    );
  let s = n.getUint32(jv, !1),
    i = n.getUint32(Oo, !1),
    a = n.getUint32(t - Rs, !1),
    c = new Cs();
  if ((c.update(new Uint8Array(r, e, Oo)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if (
    (c.update(new Uint8Array(r, e + Oo, t - (Oo + Rs))), a !== c.digestSync())
  )
    throw new Error(
      `The message checksum (${c.digestSync()}) did not match the expected value of ${a}`,
    );
  return {
    headers: new DataView(r, e + Oo + Rs, s),
    body: new Uint8Array(r, e + Oo + Rs + s, o - s - (Oo + Rs + Rs)),
  };
}
var jv,
  Oo,
  Rs,
  Y6,
  Yv = p(() => {
    vo();
    ((jv = 4), (Oo = jv * 2), (Rs = 4), (Y6 = Oo + Rs * 2));
  });
var Mi,
  sE = p(() => {
    vo();
    oE();
    Yv();
    Mi = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        ((this.headerMarshaller = new ki(e, r)),
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
          o = n.byteLength + r.byteLength + 16,
          s = new Uint8Array(o),
          i = new DataView(s.buffer, s.byteOffset, s.byteLength),
          a = new Cs();
        return (
          i.setUint32(0, o, !1),
          i.setUint32(4, n.byteLength, !1),
          a.update(s.subarray(0, 8)),
          i.setUint32(8, a.digestSync(), !1),
          s.set(n, 12),
          s.set(r, n.byteLength + 12),
          a.update(s.subarray(8, o - 4)),
          i.setUint32(o - 4, a.digestSync(), !1),
          s
        );
      }
      decode(e) {
        let { headers: r, body: n } = Kv(e);
        return { headers: this.headerMarshaller.parse(r), body: n };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var $i,
  iE = p(() => {
    $i = class {
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
var Li,
  aE = p(() => {
    Li = class {
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
var Ui,
  cE = p(() => {
    Ui = class {
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
var Bi,
  uE = p(() => {
    Bi = class {
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
function up(t) {
  let e = 0,
    r = 0,
    n = null,
    o = null,
    s = (a) => {
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
          f = 0;
        for (; f < l;) {
          if (!n) {
            let g = l - f;
            o || (o = new Uint8Array(4));
            let S = Math.min(4 - r, g);
            if ((o.set(c.slice(f, f + S), r), (r += S), (f += S), r < 4)) break;
            (s(new DataView(o.buffer).getUint32(0, !1)), (o = null));
          }
          let h = Math.min(e - r, l - f);
          (n.set(c.slice(f, f + h), r),
            (r += h),
            (f += h),
            e && e === r && (yield n, (n = null), (e = 0), (r = 0)));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var dE = p(() => {});
function Qv(t, e) {
  let r = Tc(e.deserializer, e.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (let n of t) {
        let o = e.eventStreamCodec.decode(n),
          s = await r(o);
        s !== void 0 && (yield s);
      }
    },
  };
}
function Tc(t, e) {
  return async function (r) {
    let { value: n } = r.headers[":message-type"];
    if (n === "error") {
      let o = new Error(r.headers[":error-message"].value || "UnknownError");
      throw ((o.name = r.headers[":error-code"].value), o);
    } else if (n === "exception") {
      let o = r.headers[":exception-type"].value,
        s = { [o]: r },
        i = await t(s);
      if (i.$unknown) {
        let a = new Error(e(r.body));
        throw ((a.name = o), a);
      }
      throw i[o];
    } else if (n === "event") {
      let o = { [r.headers[":event-type"].value]: r },
        s = await t(o);
      return s.$unknown ? void 0 : s;
    } else
      throw Error(
        `Unrecognizable event type: ${r.headers[":event-type"].value}`,
      );
  };
}
var lE = p(() => {});
var vs,
  Jv,
  pE = p(() => {
    sE();
    iE();
    aE();
    cE();
    uE();
    dE();
    lE();
    ((vs = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        ((this.eventStreamCodec = new Mi(e, r)), (this.utfEncoder = e));
      }
      deserialize(e, r) {
        let n = up(e);
        return new Ui({
          messageStream: new $i({
            inputStream: n,
            decoder: this.eventStreamCodec,
          }),
          deserializer: Tc(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new Li({
          messageStream: new Bi({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (Jv = (t) => new vs(t)));
  });
import { Readable as Q6 } from "node:stream";
async function* J6(t) {
  let e = !1,
    r = !1,
    n = new Array();
  for (
    t.on("error", (o) => {
      if ((e || (e = !0), o)) throw o;
    }),
      t.on("data", (o) => {
        n.push(o);
      }),
      t.on("end", () => {
        e = !0;
      });
    !r;
  ) {
    let o = await new Promise((s) => setTimeout(() => s(n.shift()), 0));
    (o && (yield o), (r = e && n.length === 0));
  }
}
var Ic,
  Xv,
  Zv = p(() => {
    pE();
    ((Ic = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new vs({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        let n = typeof e[Symbol.asyncIterator] == "function" ? e : J6(e);
        return this.universalMarshaller.deserialize(n, r);
      }
      serialize(e, r) {
        return Q6.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (Xv = (t) => new Ic(t)));
  });
var eD,
  tD,
  rD = p(() => {
    ((eD = (t) => ({
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
      (tD = (t) => {
        let e = t[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            let { done: n, value: o } = await e.next();
            if (n) return r.close();
            r.enqueue(o);
          },
        });
      }));
  });
var nD,
  oD = p(() => {
    nD = (t) =>
      Object.assign(t, {
        eventStreamMarshaller: t.eventStreamSerdeProvider(t),
      });
  });
var dp,
  sD = p(() => {
    F();
    j();
    P();
    dp = class {
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
        serdeContext: o,
        defaultContentType: s,
        compositeErrorRegistry: i,
      }) {
        ((this.marshaller = e),
          (this.serializer = r),
          (this.deserializer = n),
          (this.serdeContext = o),
          (this.defaultContentType = s),
          (this.compositeErrorRegistry = i));
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: n,
        initialMessageType: o,
      }) {
        let s = this.marshaller,
          i = r.getEventStreamMember(),
          a = r.getMemberSchema(i),
          c = this.serializer,
          u = this.defaultContentType,
          l = Symbol("initialRequestMarker"),
          f = {
            async *[Symbol.asyncIterator]() {
              if (n) {
                let h = {
                  ":event-type": {
                    type: "string",
                    value: o ?? "initial-request",
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
        return s.serialize(f, (h) => {
          if (h[l]) return { headers: h.headers, body: h.body };
          let g = "";
          for (let T in h)
            if (A(h, T) && T !== "__type") {
              g = T;
              break;
            }
          let {
            additionalHeaders: S,
            body: E,
            eventType: y,
            explicitPayloadContentType: x,
          } = this.writeEventBody(g, a, h);
          return {
            headers: {
              ":event-type": { type: "string", value: y },
              ":message-type": { type: "string", value: "event" },
              ":content-type": { type: "string", value: x ?? u },
              ...S,
            },
            body: E,
          };
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: n,
        initialMessageType: o,
      }) {
        let s = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i).getMemberSchemas(),
          u = Symbol("initialResponseMarker"),
          l = s.deserialize(e.body, async (g) => {
            let S = "";
            for (let y in g)
              if (A(g, y) && y !== "__type") {
                S = y;
                break;
              }
            let E = g[S].body;
            if (S === (o ?? "initial-response")) {
              let y = await this.deserializer.read(r, E);
              return (delete y[i], { [u]: !0, ...y });
            } else if (S in c) {
              let y = c[S];
              if (y.isStructSchema()) {
                let x = {},
                  w = !1;
                for (let [T, I] of y.structIterator()) {
                  let { eventHeader: D, eventPayload: Q } = I.getMergedTraits();
                  if (((w = w || !!(D || Q)), Q))
                    I.isBlobSchema()
                      ? (x[T] = E)
                      : I.isStringSchema()
                        ? (x[T] = (this.serdeContext?.utf8Encoder ?? ge)(E))
                        : I.isStructSchema() &&
                          (x[T] = await this.deserializer.read(I, E));
                  else if (D) {
                    let ne = g[S].headers[T]?.value;
                    ne != null &&
                      (I.isNumericSchema()
                        ? ne && typeof ne == "object" && "bytes" in ne
                          ? (x[T] = BigInt(ne.toString()))
                          : (x[T] = Number(ne))
                        : (x[T] = ne));
                  }
                }
                return { [S]: await this.readEventMember(y, E, w, x) };
              }
              return { [S]: await this.deserializer.read(y, E) };
            } else return { $unknown: g };
          }),
          f = l[Symbol.asyncIterator](),
          h = await f.next();
        if (h.done) return l;
        if (h.value?.[u]) {
          if (!r)
            throw new Error(
              "@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.",
            );
          for (let g in h.value) A(h.value, g) && (n[g] = h.value[g]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (h?.value?.[u] || (yield h.value); ;) {
              let { done: g, value: S } = await f.next();
              if (g) break;
              yield S;
            }
          },
        };
      }
      async readEventMember(e, r, n, o) {
        let s,
          i = e.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          let c = i[1],
            u = ce.for(c);
          (this.compositeErrorRegistry?.copyFrom(u),
            (s = (this.compositeErrorRegistry ?? u)?.getErrorCtor(i)));
        }
        let a = n
          ? o
          : r.byteLength === 0
            ? {}
            : await this.deserializer.read(e, r);
        if (s) {
          let c = a.message ?? a.Message ?? "Unknown",
            u = {},
            l = e.getMergedTraits().error;
          return (
            l && (u.$fault = l),
            Object.assign(new s({}), u, { message: c }, a)
          );
        }
        return a;
      }
      writeEventBody(e, r, n) {
        let o = this.serializer,
          s = e,
          i = null,
          a,
          c = r.getSchema()[4].includes(e),
          u = {};
        if (c) {
          let h = r.getMemberSchema(e);
          if (h.isStructSchema()) {
            for (let [g, S] of h.structIterator()) {
              let { eventHeader: E, eventPayload: y } = S.getMergedTraits();
              if (y) i = g;
              else if (E) {
                let x = n[e][g],
                  w = "binary";
                (S.isNumericSchema()
                  ? (-2) ** 31 <= x && x <= 2 ** 31 - 1
                    ? (w = "integer")
                    : (w = "long")
                  : S.isTimestampSchema()
                    ? (w = "timestamp")
                    : S.isStringSchema()
                      ? (w = "string")
                      : S.isBooleanSchema() && (w = "boolean"),
                  x != null &&
                    ((u[g] = { type: w, value: x }), delete n[e][g]));
              }
            }
            if (i !== null) {
              let g = h.getMemberSchema(i);
              (g.isBlobSchema()
                ? (a = "application/octet-stream")
                : g.isStringSchema() && (a = "text/plain"),
                o.write(g, n[e][i]));
            } else o.write(h, n[e]);
          } else if (h.isUnitSchema()) o.write(h, {});
          else
            throw new Error(
              "@smithy/core/event-streams - non-struct member not supported in event stream union.",
            );
        } else {
          let [h, g] = n[e];
          ((s = h), o.write(15, g));
        }
        let l = o.flush() ?? new Uint8Array();
        return {
          body:
            typeof l == "string"
              ? (this.serdeContext?.utf8Decoder ?? ke)(l)
              : l,
          eventType: s,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var iD = {};
Te(iD, {
  EventStreamCodec: () => Mi,
  EventStreamMarshaller: () => Ic,
  EventStreamSerde: () => dp,
  HeaderMarshaller: () => ki,
  Int64: () => Do,
  MessageDecoderStream: () => $i,
  MessageEncoderStream: () => Li,
  SmithyMessageDecoderStream: () => Ui,
  SmithyMessageEncoderStream: () => Bi,
  UniversalEventStreamMarshaller: () => vs,
  eventStreamSerdeProvider: () => Xv,
  getChunkedStream: () => up,
  getMessageUnmarshaller: () => Tc,
  getUnmarshalledStream: () => Qv,
  iterableToReadableStream: () => tD,
  readableStreamToIterable: () => eD,
  resolveEventStreamSerdeConfig: () => nD,
  universalEventStreamSerdeProvider: () => Jv,
});
var aD = p(() => {
  sE();
  oE();
  nE();
  iE();
  aE();
  cE();
  uE();
  Zv();
  rD();
  pE();
  dE();
  lE();
  oD();
  sD();
});
var No,
  lp = p(() => {
    F();
    j();
    Di();
    As();
    No = class extends Ge {
      options;
      compositeErrorRegistry;
      constructor(e) {
        (super(),
          (this.options = e),
          (this.compositeErrorRegistry = new ce(e.defaultNamespace)));
        for (let r of e.errorTypeRegistries ?? [])
          this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return W;
      }
      getResponseType() {
        return Be;
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
          for (let [n, o] of r.url.searchParams.entries()) e.query[n] = o;
          if (r.headers)
            for (let n in r.headers)
              A(r.headers, n) && (e.headers[n] = r.headers[n].join(", "));
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
              A(r.headers, n) && (e.headers[n] = r.headers[n]);
          return e;
        }
      }
      setHostPrefix(e, r, n, o = np(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        let s = o[4];
        if (typeof s != "string") return;
        let i = s;
        for (let [a, [, c]] of Ye.of(r.input).getHttpBindings().request
          .memberBindings) {
          if (!((c >> 17) & 1)) continue;
          let u = n[a];
          if (typeof u != "string")
            throw new Error(
              `@smithy/core/schema - ${a} in input must be a string as hostLabel.`,
            );
          i = i.replace(`{${a}}`, u);
        }
        if (((e.hostname = i + e.hostname), !Qa(e.hostname)))
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
        let o = [-3, "", "Error", 0, [], [], 0],
          s;
        for (let i of n)
          for (let a of r)
            try {
              a === "*" ? (s = i.getSchema(e)) : (s = i.getSchema(a + "#" + e));
              let c = i.getErrorCtor(s);
              if (c) return [s, c, "modeled"];
              {
                let u = i.getBaseException();
                if (u) {
                  let l = i.getErrorCtor(u);
                  if (l) return [s, l, "synthetic"];
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
        return [o, Error, "native"];
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
            await Promise.resolve().then(() => (aD(), iD)),
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
      async deserializeHttpMessage(e, r, n, o, s) {
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
var Po,
  cD = p(() => {
    F();
    P();
    As();
    lp();
    vi();
    rp();
    Po = class extends No {
      async serializeRequest(e, r, n) {
        let o = r && typeof r == "object" ? r : {},
          s = {},
          i = {},
          a = await n.endpoint(),
          c = Ye.of(e?.input),
          u = c.getHttpBindings().request,
          l = np(e),
          f = new W({ query: s, headers: i });
        if (a) {
          (this.updateServiceEndpoint(f, a), this.setHostPrefix(f, e, o, l));
          let [g, S, E] = l;
          if (g) {
            ((f.method = g), (f.path = f.path === "/" ? S : f.path + S));
            for (let [y, x] of E) s[y] = x;
          }
        }
        f.query = s;
        let h = this.serializeHttpBindings(o, f, u, l);
        return (
          h &&
            (f.body = await this.serializeEventStream({
              eventStream: h,
              requestSchema: c,
            })),
          f
        );
      }
      serializeHttpBindings(e, r, n, o) {
        let s = this.serializer,
          i = typeof s.writeCodec == "function" ? s : void 0,
          a = r.query,
          c = r.headers,
          u = n.syntheticBodySchema,
          l = !1,
          f,
          h,
          g,
          S = Object.getOwnPropertyNames(e),
          E = Object.getPrototypeOf(e),
          y =
            (E === Object.prototype || E === null) &&
            !n.hasIdempotency &&
            !n.hasPrefixHeaders &&
            S.length * 2 < n.memberBindings.length,
          x = y ? S.length : n.memberBindings.length;
        for (let I = 0; I < x; ++I) {
          let D = y
            ? A(n.byName, S[I])
              ? n.byName[S[I]]
              : void 0
            : n.memberBindings[I];
          if (!D) continue;
          let Q = D[1],
            ne = D[0],
            we = Q[0],
            Pt = Q[1],
            ie = Q[2],
            Re = D[2],
            ve = D[3],
            Ue = e[ne];
          if (!(Ue == null && !((Pt >> 10) & 1)))
            if (Re === 36) {
              let K = (Pt >> 11) & 3;
              K
                ? K === 2
                  ? (h = Ue || void 0)
                  : (f = Ue)
                : (i ? i.writeCodec(we, Ue) : s.write(we, Ue), (f = s.flush()));
            } else if (Re === 33 || Re === 38) {
              let K = this.serializeHttpValue(Q, Ue, Re, i);
              Re === 33 ? ((g ??= Object.create(null))[ne] = K) : (c[ve] = K);
            } else if (Re === 39)
              for (let K in Ue) {
                if (!A(Ue, K)) continue;
                let ae = ve + K;
                c[ae.toLowerCase()] = this.serializeHttpValue(
                  ie,
                  Ue[K],
                  38,
                  i,
                  i ? ie[0] : [ie[0], { httpHeader: ae }],
                );
              }
            else
              (Re & 62) === 34
                ? this.serializeQuery(Q, Ue, ve, a, i)
                : (l = !0);
        }
        let w = o[1],
          T = o[3];
        return (
          w &&
            T &&
            r.path.endsWith(w) &&
            (r.path = r.path.slice(0, -w.length) + this.serializePath(T, g, n)),
          l && u && (i ? i.writeCodec(u, e) : s.write(u, e), (f = s.flush())),
          (r.body = f),
          h
        );
      }
      serializeQuery(e, r, n, o, s) {
        let [i, a, c] = e,
          u = s ? void 0 : i.getMergedTraits();
        if (n === void 0) {
          for (let l in r)
            !A(r, l) ||
              l in o ||
              (s ||
                Object.assign(c[0].getMergedTraits(), {
                  ...u,
                  httpQuery: l,
                  httpQueryParams: void 0,
                }),
              this.serializeQuery(c, r[l], l, o, s));
          return;
        }
        if ((a & 192) === 64) {
          let l = [];
          for (let f of r) {
            let h = this.serializeHttpValue(c, f, 34, s, s ? c[0] : [c[0], u]);
            ((a >> 13) & 1 || h !== void 0) && l.push(h);
          }
          o[n] = l;
        } else o[n] = this.serializeHttpValue(e, r, 34, s, s ? i : [i, u]);
      }
      serializeHttpValue(e, r, n, o, s = e[0]) {
        let i = e[1],
          a = i & 255;
        return o && !(i & 1792) && (a <= 2 || a === 17 || a === 19)
          ? String(r)
          : (o ? o.writeHttpBinding(e, r, n) : this.serializer.write(s, r),
            this.serializer.flush());
      }
      serializePath(e, r, n) {
        let o = "";
        for (let [s, i] of e) {
          if (i === 0) {
            o += s;
            continue;
          }
          let a = r?.[s];
          if (a === void 0) {
            if (A(n.byName, s) && n.byName[s][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${s}.`);
            o += `{${s}${i === 2 ? "+" : ""}}`;
          } else o += i === 2 ? a.split("/").map(Er).join("/") : Er(a);
        }
        return o;
      }
      async deserializeResponse(e, r, n) {
        let o = this.deserializer,
          s = typeof o.readCodec == "function" ? o : void 0,
          i = Ye.of(e.output),
          a = i.getHttpBindings().response,
          c = {};
        if (n.statusCode >= 300) {
          let l = await $e(n.body, r);
          throw (
            l.byteLength > 0 && Object.assign(c, await o.read(15, l)),
            await this.handleError(e, r, n, c, this.deserializeMetadata(n)),
            new Error(
              "@smithy/core/protocols - HTTP Protocol error handler failed to throw.",
            )
          );
        }
        let u = await this.deserializeHttpMessage(i, r, n, c);
        if (u.length) {
          let l = await $e(n.body, r);
          if (l.byteLength > 0) {
            let f = await (s
              ? s.readCodec(a.syntheticBodySchema, l)
              : o.read(a.syntheticBodySchema, l));
            for (let h of u) f[h] != null && (c[h] = f[h]);
          }
        } else a.bindings.payload || (await $e(n.body, r));
        return ((c.$metadata = this.deserializeMetadata(n)), c);
      }
      async deserializeHttpMessage(e, r, n, o, s) {
        let i = o instanceof Set ? s : o,
          a = this.deserializer,
          c = typeof a.readCodec == "function" ? a : void 0,
          u = Ye.of(e),
          {
            bodyMemberNames: l,
            bindings: {
              payload: f,
              statusCode: h,
              headers: g,
              prefixHeaders: S,
            },
          } = u.getHttpBindings().response,
          E = n.headers;
        if (f) {
          let [y, x] = f,
            [w, T] = x,
            I = (T >> 11) & 3;
          if (I)
            I === 2
              ? (i[y] = await this.deserializeEventStream({
                  response: n,
                  responseSchema: u,
                }))
              : (i[y] = tp(n.body));
          else if (n.body) {
            let D = await $e(n.body, r);
            D.byteLength > 0 &&
              (i[y] = await (c ? c.readPayload(x, D) : a.read(w, D)));
          }
        }
        for (let y in E) {
          if (!A(E, y)) continue;
          let x = y.toLowerCase(),
            w = E[y];
          x !== y && (delete E[y], (E[x] = w));
          let T = A(g, x) ? g[x] : void 0;
          if (!T) continue;
          let [I, [D, Q, ne], , we] = T;
          if (ne) {
            let Pt = (Q >> 16) & 1 ? ml(w, ",", 2) : Ei(w),
              ie = [];
            for (let Re of Pt)
              ie.push(
                c
                  ? c.readHttpBinding(ne, Re.trim(), 38)
                  : await a.read([ne[0], { httpHeader: we }], Re.trim()),
              );
            i[I] = ie;
          } else i[I] = c ? c.readHttpBinding(T[1], w, 38) : await a.read(D, w);
        }
        for (let [y, [, , x], , w] of S) {
          i[y] = {};
          for (let T in E) {
            if (!A(E, T) || !T.startsWith(w)) continue;
            let I = E[T];
            i[y][T.slice(w.length)] = c
              ? c.readHttpBinding(x, I, 38)
              : await a.read([x[0], { httpHeader: T }], I);
          }
        }
        return (h && (i[h[0]] = n.statusCode), l);
      }
    };
  });
var mn,
  fE = p(() => {
    F();
    j();
    F();
    lp();
    vi();
    mn = class extends No {
      async serializeRequest(e, r, n) {
        let o = this.serializer,
          s = {},
          i = {},
          a = await n.endpoint(),
          c = _.of(e?.input),
          u = c.getSchema(),
          l,
          f = r && typeof r == "object" ? r : {},
          h = new W({
            protocol: "",
            hostname: "",
            port: void 0,
            path: "/",
            fragment: void 0,
            query: s,
            headers: i,
            body: void 0,
          });
        if (
          (a && (this.updateServiceEndpoint(h, a), this.setHostPrefix(h, e, f)),
          f)
        ) {
          let g = c.getEventStreamMember();
          if (g) {
            if (f[g]) {
              let S = {};
              for (let [E] of c.structIterator())
                E !== g && f[E] != null && (S[E] = f[E]);
              l = await this.serializeEventStream({
                eventStream: f[g],
                requestSchema: c,
                initialRequest: S,
              });
            }
          } else (o.write(u, f), (l = o.flush()));
        }
        return (
          (h.headers = Object.assign(h.headers, i)),
          (h.query = s),
          (h.body = l),
          (h.method = "POST"),
          h
        );
      }
      async deserializeResponse(e, r, n) {
        let o = this.deserializer,
          s = _.of(e.output),
          i = {};
        if (this.isErrorResponse(n.statusCode)) {
          let c = await $e(n.body, r);
          throw (
            c.byteLength > 0 && Object.assign(i, await o.read(15, c)),
            await this.handleError(e, r, n, i, this.deserializeMetadata(n)),
            new Error(
              "@smithy/core/protocols - RPC Protocol error handler failed to throw.",
            )
          );
        }
        for (let c in n.headers) {
          if (!A(n.headers, c)) continue;
          let u = n.headers[c];
          (delete n.headers[c], (n.headers[c.toLowerCase()] = u));
        }
        let a = s.getEventStreamMember();
        if (a)
          i[a] = await this.deserializeEventStream({
            response: n,
            responseSchema: s,
            initialResponseContainer: i,
          });
        else {
          let c = await $e(n.body, r);
          c.byteLength > 0 && Object.assign(i, await o.read(s, c));
        }
        return ((i.$metadata = this.deserializeMetadata(n)), i);
      }
      isErrorResponse(e) {
        return e >= 300;
      }
    };
  });
var ko,
  mE = p(() => {
    j();
    F();
    fE();
    ko = class extends mn {
      constructor({ defaultNamespace: e, errorTypeRegistries: r }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
      }
      async serializeRequest(e, r, n) {
        let o = await super.serializeRequest(e, r, n);
        (Object.assign(o.headers, {
          "content-type": this.getDefaultContentType(),
          "smithy-protocol": this.getSmithyProtocolHeaderValue(),
          accept: this.getDefaultContentType(),
        }),
          Qt(e.input) === "unit"
            ? (delete o.body, delete o.headers["content-type"])
            : this.applyEmptyBody(o));
        let { service: s, operation: i } = me(n),
          a = `/service/${s}/operation/${i}`;
        return (
          o.path.endsWith("/") ? (o.path += a.slice(1)) : (o.path += a),
          o
        );
      }
      isErrorResponse(e) {
        return e !== 200;
      }
    };
  });
var pp,
  hE = p(() => {
    rp();
    pp = (t, e, r, n, o, s) => {
      if (e != null && e[r] !== void 0) {
        let i = n();
        if (i == null || i.length <= 0)
          throw new Error(
            "Empty value provided for input HTTP label: " + r + ".",
          );
        t = t.replace(
          o,
          s
            ? i
                .split("/")
                .map((a) => Er(a))
                .join("/")
            : Er(i),
        );
      } else
        throw new Error("No value provided for input HTTP label: " + r + ".");
      return t;
    };
  });
function fp(t, e) {
  return new _c(t, e);
}
var _c,
  uD = p(() => {
    F();
    hE();
    _c = class {
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
          path: o,
        } = await this.context.endpoint();
        this.path = o;
        for (let s of this.resolvePathStack) s(this.path);
        return new W({
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
      p(e, r, n, o) {
        return (
          this.resolvePathStack.push((s) => {
            this.path = pp(s, this.input, e, r, n, o);
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
var Mo,
  gE = p(() => {
    P();
    As();
    Di();
    Mo = class extends Ge {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      read(e, r) {
        let n = Ye.of(e),
          o = n.getMergedTraits(),
          s = n.getHttpBindingLocation(o);
        return this.readHttpBinding(n.getHttpBindingValue(s, o), r, s);
      }
      readHttpBinding([e, r, n], o, s) {
        let i = r & 255;
        if ((i & 192) === 64)
          return (
            (n ??= e.getHttpBindingCollectionValue(s)),
            Ei(o).map((a) => this.readHttpBinding(n, a, s))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? _e)(o);
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
                return pl(o);
              case 6:
                return fl(o);
              case 7:
                return _o(o);
              default:
                return (
                  console.warn(
                    "Missing timestamp format, parsing value with Date constructor:",
                    o,
                  ),
                  new Date(o)
                );
            }
          }
          case 0: {
            let a = (r >> 8) & 3;
            if (!a) return o;
            let c = o;
            return (
              (s & 6) === 6 &&
                (c = (this.serdeContext?.utf8Encoder ?? ge)(
                  (this.serdeContext?.base64Decoder ?? _e)(c),
                )),
              a === 2 ? De.from(c) : c
            );
          }
          case 1:
            return Number(o);
          case 2:
            return o.toLowerCase() === "true";
          case 17:
            return BigInt(o);
          case 19:
            return new q(o, "bigDecimal");
          default:
            return o;
        }
      }
    };
  });
var $o,
  dD = p(() => {
    P();
    As();
    Di();
    gE();
    $o = class extends Ge {
      codecDeserializer;
      stringDeserializer;
      constructor(e, r) {
        (super(),
          (this.codecDeserializer = e),
          (this.stringDeserializer = new Mo(r)));
      }
      setSerdeContext(e) {
        (this.stringDeserializer.setSerdeContext(e),
          this.codecDeserializer.setSerdeContext(e),
          (this.serdeContext = e));
      }
      read(e, r) {
        let n = Ye.of(e),
          o = n.getMergedTraits();
        if (o.httpHeader || o.httpResponseCode) {
          let s = n.getHttpBindingValue(38, o);
          return this.readHttpBinding(s, r, 38);
        }
        return o.httpPayload
          ? this.readPayload(n.getHttpBindingValue(36, o), r)
          : this.readCodec(n, r);
      }
      readHttpBinding(e, r, n) {
        let o =
          typeof r == "string" ? r : (this.serdeContext?.utf8Encoder ?? ge)(r);
        return this.stringDeserializer.readHttpBinding(e, o, n);
      }
      readPayload([e, r], n) {
        let o = r & 255;
        return o === 21 || o === 42
          ? typeof n == "string"
            ? (this.serdeContext?.utf8Decoder ?? ke)(n)
            : n
          : o === 0
            ? typeof n == "string"
              ? n
              : (this.serdeContext?.utf8Encoder ?? ge)(n)
            : this.readCodec(e, n);
      }
      readCodec(e, r) {
        return this.codecDeserializer.read(e, r);
      }
    };
  });
var Fi,
  SE = p(() => {
    P();
    As();
    Di();
    Fi = class extends Ge {
      settings;
      stringBuffer = "";
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r) {
        let n = Ye.of(e),
          o = n.getMergedTraits(),
          s = n.getHttpBindingLocation(o);
        this.writeHttpBinding(n.getHttpBindingValue(s, o), r, s);
      }
      writeHttpBinding([e, r, n], o, s) {
        let i = r & 255;
        switch (typeof o) {
          case "object":
            if (o === null) {
              this.stringBuffer = "null";
              return;
            }
            if (i >= 4 && i <= 7) {
              if (!(o instanceof Date))
                throw new Error(
                  `@smithy/core/protocols - received non-Date value ${o} when schema expected Date in ${e.getName(!0)}`,
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
                  this.stringBuffer = o.toISOString().replace(".000Z", "Z");
                  break;
                case 6:
                  this.stringBuffer = $t(o);
                  break;
                case 7:
                  this.stringBuffer = String(o.getTime() / 1e3);
                  break;
                default:
                  (console.warn(
                    "Missing timestamp format, using epoch seconds",
                    o,
                  ),
                    (this.stringBuffer = String(o.getTime() / 1e3)));
              }
              return;
            }
            if ((i === 21 || i === 42) && "byteLength" in o) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? he)(o);
              return;
            }
            if ((i & 192) === 64 && Array.isArray(o)) {
              n ??= e.getHttpBindingCollectionValue(s);
              let u = n[1] & 255,
                l = u >= 4 && u <= 7,
                f = "";
              for (let h of o) {
                this.writeHttpBinding(n, h, s);
                let g = this.flush();
                (f && (f += ", "), (f += l ? g : ll(g)));
              }
              this.stringBuffer = f;
              return;
            }
            this.stringBuffer = JSON.stringify(o, null, 2);
            break;
          case "string":
            let a = (r >> 8) & 3,
              c = o;
            if ((a === 2 && (c = De.from(c)), a && (s & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? he)(
                c.toString(),
              );
              return;
            }
            this.stringBuffer = o;
            break;
          default:
            this.stringBuffer = (r >> 10) & 1 ? Gt() : String(o);
        }
      }
      flush() {
        let e = this.stringBuffer;
        return ((this.stringBuffer = ""), e);
      }
    };
  });
var Lo,
  lD = p(() => {
    As();
    SE();
    Lo = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(e, r, n = new Fi(r)) {
        ((this.codecSerializer = e), (this.stringSerializer = n));
      }
      setSerdeContext(e) {
        (this.codecSerializer.setSerdeContext(e),
          this.stringSerializer.setSerdeContext(e));
      }
      write(e, r) {
        let n = Ye.of(e),
          o = n.getMergedTraits();
        if (o.httpHeader || o.httpLabel || o.httpQuery) {
          let s = n.getHttpBindingLocation(o);
          this.writeHttpBinding(n.getHttpBindingValue(s, o), r, s);
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
function xt(t, e) {
  if (e.timestampFormat.useTrait) {
    let a = t.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  let {
    httpLabel: r,
    httpPrefixHeaders: n,
    httpHeader: o,
    httpQuery: s,
  } = t.getMergedTraits();
  return (
    (e.httpBindings
      ? typeof n == "string" || o
        ? 6
        : s || r
          ? 5
          : void 0
      : void 0) ?? e.timestampFormat.default
  );
}
var Gi = p(() => {});
var pD,
  mp,
  fD = p(() => {
    ((pD = ye(Yt())),
      (mp = class {
        name;
        kind;
        values;
        constructor({
          name: e,
          kind: r = pD.FieldPosition.HEADER,
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
var hp,
  mD = p(() => {
    hp = class {
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
var hn,
  gn,
  hD = p(() => {
    ((hn = (t) => (
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
      (gn = (t) => ({ requestHandler: t.httpHandler() })));
  });
function yE(t) {
  return (e) => async (r) => {
    let n = r.request;
    if (W.isInstance(n)) {
      let { body: o, headers: s } = n;
      if (
        o &&
        Object.keys(s)
          .map((i) => i.toLowerCase())
          .indexOf(gD) === -1
      )
        try {
          let i = t(o);
          i != null && (n.headers = { ...n.headers, [gD]: String(i) });
        } catch {}
    }
    return e({ ...r, request: n });
  };
}
var gD,
  EE,
  Sn,
  SD = p(() => {
    F();
    gD = "content-length";
    ((EE = {
      step: "build",
      tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
      name: "contentLengthMiddleware",
      override: !0,
    }),
      (Sn = (t) => ({
        applyToStack: (e) => {
          e.add(yE(t.bodyLengthChecker), EE);
        },
      })));
  });
var Uo,
  X6,
  gp = p(() => {
    ((Uo = (t) => encodeURIComponent(t).replace(/[!'()*]/g, X6)),
      (X6 = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`));
  });
var yD,
  ED = p(() => {
    gp();
    yD = (t) => t.split("/").map(Uo).join("/");
  });
function bD(t) {
  let e = [];
  for (let r of Object.keys(t).sort()) {
    let n = t[r];
    if (((r = Uo(r)), Array.isArray(n)))
      for (let o = 0, s = n.length; o < s; o++) e.push(`${r}=${Uo(n[o])}`);
    else {
      let o = r;
      ((n || typeof n == "string") && (o += `=${Uo(n)}`), e.push(o));
    }
  }
  return e.join("&");
}
var xD = p(() => {
  gp();
});
var wt,
  Ds = p(() => {
    wt = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var Vi,
  bE = p(() => {
    Vi = class {
      from;
      to;
      keys;
      constructor(e, r) {
        ((this.from = e), (this.to = r));
        let n = Object.keys(this.from),
          o = new Set(n);
        (o.delete("__type"), (this.keys = o));
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
function Sp() {
  if (Ac === void 0)
    try {
      if (typeof Buffer != "function") Ac = !1;
      else {
        let t = JSON.parse(Buffer.from([123, 125]));
        Ac = t !== null && typeof t == "object";
      }
    } catch {
      Ac = !1;
    }
  return Ac;
}
var Ac,
  xE = p(() => {});
function Hi(t, e, r) {
  if (r?.source) {
    let n = r.source;
    if (typeof e == "number")
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? eq(n, e)
          ? e
          : new q(n, "bigDecimal")
        : Z6(n)
          ? new q(n, "bigDecimal")
          : /[eE]/.test(n)
            ? tq(n)
            : BigInt(n);
  }
  return e;
}
function Z6(t) {
  let e = t.indexOf(".");
  if (e === -1) return !1;
  let r = t.search(/[eE]/);
  if (r === -1) return !0;
  let n = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < n;
}
function eq(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return wE(t) === wE(String(e));
  let r = t.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""),
    n = String(e);
  return r === n ? !0 : /[eE]/.test(n) ? r === wE(n) : !1;
}
function wE(t) {
  let e = t.startsWith("-"),
    r = e ? t.slice(1) : t,
    n = r.search(/[eE]/),
    o;
  if (n === -1) o = r;
  else {
    let s = parseInt(r.slice(n + 1), 10),
      i = r.slice(0, n),
      a = i.indexOf("."),
      c,
      u;
    (a === -1
      ? ((c = i), (u = i.length))
      : ((c = i.slice(0, a) + i.slice(a + 1)), (u = a)),
      (c = c.replace(/0+$/, "") || "0"));
    let l = u + s;
    c === "0"
      ? (o = "0")
      : l <= 0
        ? (o = "0." + "0".repeat(-l) + c)
        : l >= c.length
          ? (o = c + "0".repeat(l - c.length))
          : (o = c.slice(0, l) + "." + c.slice(l));
  }
  return (
    o.includes(".") && (o = o.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")),
    (e ? "-" : "") + o
  );
}
function tq(t) {
  let e = t.search(/[eE]/),
    r = parseInt(t.slice(e + 1), 10),
    n = t.startsWith("-"),
    o = t.slice(n ? 1 : 0, e),
    s = o.indexOf("."),
    i,
    a;
  if (s === -1) ((i = o), (a = r));
  else {
    i = o.slice(0, s) + o.slice(s + 1);
    let u = o.length - s - 1;
    a = r - u;
  }
  i = i.replace(/0+$/, "") || "0";
  let c = BigInt(i) * 10n ** BigInt(a + (o.replace(".", "").length - i.length));
  return n ? -c : c;
}
var yp = p(() => {
  P();
});
function zi(t) {
  let e = _.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (TE in r) return r[TE];
    let n = Ep(e, new Set());
    return ((r[TE] = n), n);
  }
  return Ep(e, new Set());
}
function Ep(t, e) {
  let r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (let [, n] of t.structIterator()) if (Ep(n, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (Ep(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
var TE,
  bp = p(() => {
    j();
    TE = Symbol.for("@aws-sdk/reviver");
  });
var wD,
  TD = p(() => {
    vi();
    P();
    wD = (t, e) => $e(t, e).then((r) => (e?.utf8Encoder ?? ge)(r));
  });
async function Xn(t, e, r) {
  let n;
  if (Sp() && typeof t?.[Symbol.asyncIterator] == "function") {
    let s = await $e(t, e);
    typeof Buffer == "function" &&
      (Buffer.isBuffer(s)
        ? (n = s)
        : (n = Buffer.from(s.buffer, s.byteOffset, s.byteLength)));
  }
  if ((n || (n = await wD(t, e)), n.length === 0)) return {};
  let o = r && zi(r) ? Hi : void 0;
  try {
    return JSON.parse(n, o);
  } catch (s) {
    throw (
      s?.name === "SyntaxError" &&
        Object.defineProperty(s, "$responseBodyText", {
          value: typeof n == "string" ? n : n.toString("utf8"),
        }),
      s
    );
  }
}
var xp,
  ID,
  IE,
  Wi,
  qi,
  ji,
  _D,
  Cc = p(() => {
    vi();
    TD();
    xE();
    yp();
    bp();
    ((xp = async (t, e) => {
      let r = await Xn(t, e);
      return ((r.message = r.message ?? r.Message), r);
    }),
      (ID = (t, e) =>
        Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase())),
      (IE = (t) => {
        let e = t;
        return (
          typeof e == "number" && (e = e.toString()),
          e.indexOf(",") >= 0 && (e = e.split(",")[0]),
          e.indexOf(":") >= 0 && (e = e.split(":")[0]),
          e.indexOf("#") >= 0 && (e = e.split("#")[1]),
          e
        );
      }),
      (Wi = (t, e) => _D(t, e, ["header", "code", "type"])),
      (qi = (t, e, r = !1) =>
        _D(t, e, r ? ["code", "header", "type"] : ["type", "code", "header"])),
      (ji = (t, e) => {
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
      (_D = ({ headers: t }, e, r) => {
        for (; r.length > 0;)
          switch (r.shift()) {
            case "header":
              let o = ID(t ?? {}, "x-amzn-errortype");
              if (o !== void 0) return IE(t[o]);
              break;
            case "code":
              let s = ID(e ?? {}, "code");
              if (s && e[s] !== void 0) return IE(e[s]);
              break;
            case "type":
              if (e?.__type !== void 0) return IE(e.__type);
              break;
          }
      }));
  });
var Bo,
  _E = p(() => {
    Gi();
    j();
    P();
    Ds();
    bE();
    xE();
    yp();
    bp();
    Cc();
    F();
    Bo = class extends wt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      async read(e, r) {
        let n = zi(e) ? Hi : void 0,
          o;
        if (typeof r == "string") {
          if (r.length === 0) return {};
          o = JSON.parse(r, n);
        } else if (r instanceof Uint8Array && Sp()) {
          if (r.byteLength === 0) return {};
          let s = Buffer.isBuffer(r)
            ? r
            : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          o = JSON.parse(s, n);
        } else o = await Xn(r, this.serdeContext, e);
        return this._read(e, o);
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        let n = r !== null && typeof r == "object",
          o = _.of(e);
        if (n) {
          if (o.isStructSchema()) return this._readStruct(o, r);
          if (Array.isArray(r) && o.isListSchema()) {
            let i = o.getValueSchema();
            if (this.needsTransform(i))
              for (let a = 0; a < r.length; ++a) r[a] = this._read(i, r[a]);
            return r;
          }
          if (o.isMapSchema()) {
            let i = o.getValueSchema(),
              a = r;
            if (this.needsTransform(i))
              for (let c in a)
                A(a, c) &&
                  (c === "__proto__" && pt(a), (a[c] = this._read(i, a[c])));
            return a;
          }
        }
        if (o.isBlobSchema() && typeof r == "string") return _e(r);
        let s = o.getMergedTraits().mediaType;
        if (o.isStringSchema() && typeof r == "string" && s)
          return s === "application/json" || s.endsWith("+json")
            ? De.from(r)
            : r;
        if (o.isTimestampSchema() && r != null)
          switch (xt(o, this.settings)) {
            case 5:
              return Si(r);
            case 6:
              return Io(r);
            case 7:
              return yi(r);
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
          o.isBigIntegerSchema() &&
          (typeof r == "number" || typeof r == "string")
        )
          return BigInt(r);
        if (o.isBigDecimalSchema() && r != null) {
          if (r instanceof q) return r;
          let i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new q(i.string, i.type)
            : new q(String(r), "bigDecimal");
        }
        if (o.isNumericSchema() && typeof r == "string") {
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
        if (o.isDocumentSchema() && n)
          if (Array.isArray(r))
            for (let i = 0; i < r.length; ++i) {
              let a = r[i];
              a instanceof q || (r[i] = this._read(o, a));
            }
          else {
            let i = r;
            for (let a in i) {
              if (!A(i, a)) continue;
              a === "__proto__" && pt(i);
              let c = i[a];
              c instanceof q || (i[a] = this._read(o, c));
            }
          }
        return r;
      }
      _readStruct(e, r) {
        let n = e.isUnionSchema(),
          o = {},
          s,
          i = typeof r.__type == "string",
          { jsonName: a } = this.settings;
        a && i && (s = {});
        let c;
        n && (c = new Vi(r, o));
        for (let [u, l] of e.structIterator()) {
          let f = u;
          (a && ((f = l.getMergedTraits().jsonName ?? f), i && (s[f] = u)),
            n && c.mark(f),
            r[f] != null && (o[u] = this._read(l, r[f])));
        }
        if (n) c.writeUnknown();
        else if (i)
          for (let u in r) {
            if (!A(r, u)) continue;
            let l = r[u],
              f = a ? (s[u] ?? u) : u;
            f in o || (o[f] = l);
          }
        return o;
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
var wp,
  AD,
  CD = p(() => {
    P();
    ((wp = class t extends Uint8Array {
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
          (e > AD + 6e4 &&
            (console.warn(
              "@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.",
            ),
            (AD = e)),
            (this.string = ge(this)));
        }
        return this.string;
      }
    }),
      (AD = 0));
  });
function AE(t) {
  return wp.allocUnsafe(t);
}
var Tp,
  RD,
  vD,
  rq,
  nq,
  Ki,
  Ip,
  _p,
  DD,
  oq,
  sq,
  iq,
  yn,
  OD,
  Fo,
  CE = p(() => {
    Gi();
    j();
    P();
    Ds();
    F();
    CD();
    ((Tp = new TextEncoder()),
      (RD = 123),
      (vD = 125),
      (rq = 91),
      (nq = 93),
      (Ki = 34),
      (Ip = 58),
      (_p = 44),
      (DD = 92),
      (oq = new Uint8Array([116, 114, 117, 101])),
      (sq = new Uint8Array([102, 97, 108, 115, 101])),
      (iq = new Uint8Array([110, 117, 108, 108])),
      (yn = new Array(128).fill(null)));
    yn[8] = "b";
    yn[9] = "t";
    yn[10] = "n";
    yn[12] = "f";
    yn[13] = "r";
    yn[34] = '"';
    yn[92] = "\\";
    for (let t = 0; t < 32; t++)
      yn[t] === null && (yn[t] = "u00" + t.toString(16).padStart(2, "0"));
    OD = 2048;
    Fo = class t extends wt {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(e) {
        (super(), (this.settings = e), (this.json = AE(OD)));
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
          let o = `"__type":"${n.getName(!0) ?? "Unknown"}",`,
            s = o.length;
          (this.ensure(s),
            this.json.copyWithin(1 + s, 1, this.i),
            Tp.encodeInto(o, this.json.subarray(1)),
            (this.i += s));
        } else this.writeValue(n, r, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        let e = this.i;
        this.i = 0;
        let r = this.rawValue;
        if (((this.rawValue = void 0), e === 0)) return r;
        let n = this.json.subarray(0, e);
        return ((this.json = AE(OD)), n);
      }
      ensure(e) {
        let { i: r, json: n } = this;
        if (r + e > n.length) {
          let o = n.length * 2;
          for (; o < r + e;) o *= 2;
          let s = AE(o);
          (s.set(this.json), (this.json = s));
        }
      }
      writeAscii(e) {
        let r = e.length;
        this.ensure(r);
        let { i: n, json: o } = this;
        for (let s = 0; s < r; ++s) ((o[n] = e.charCodeAt(s)), (n += 1));
        this.i = n;
      }
      writeAsciiQuoted(e) {
        let r = e.length;
        this.ensure(r + 4);
        let { json: n, i: o } = this;
        n[o++] = Ki;
        for (let s = 0; s < r; ++s) n[o++] = e.charCodeAt(s);
        ((n[o++] = Ki), (this.i = o));
      }
      writeJsonString(e) {
        let r = e.length;
        (this.ensure(r * 3 + 2), (this.json[this.i++] = Ki));
        for (let n = 0; n < r; ++n) {
          let o = e.charCodeAt(n);
          if (o > 34 && o < 92) this.json[this.i++] = o;
          else if (o < 128) {
            let s = yn[o];
            if (s !== null) {
              (this.ensure(s.length + 1 + (r - n - 1) * 3 + 1),
                (this.json[this.i++] = DD));
              for (let i = 0; i < s.length; i++)
                this.json[this.i++] = s.charCodeAt(i);
            } else this.json[this.i++] = o;
          } else if (o >= 55296 && o <= 56319) {
            let s = n + 1 < r ? e.charCodeAt(n + 1) : 0;
            if (s >= 56320 && s <= 57343) {
              this.ensure(4);
              let { written: i } = Tp.encodeInto(
                e.substring(n, n + 2),
                this.json.subarray(this.i),
              );
              ((this.i += i), ++n);
            } else
              (this.ensure(6 + (r - n - 1) * 3 + 1),
                this.writeUnicodeEscape(o));
          } else if (o >= 56320 && o <= 57343)
            (this.ensure(6 + (r - n - 1) * 3 + 1), this.writeUnicodeEscape(o));
          else {
            let { i: s, json: i } = this;
            (o < 2048
              ? ((i[s++] = 192 | (o >> 6)), (i[s++] = 128 | (o & 63)))
              : ((i[s++] = 224 | (o >> 12)),
                (i[s++] = 128 | ((o >> 6) & 63)),
                (i[s++] = 128 | (o & 63))),
              (this.i = s));
          }
        }
        this.json[this.i++] = Ki;
      }
      writeUnicodeEscape(e) {
        let { json: r, i: n } = this;
        ((r[n++] = DD), (r[n++] = 117));
        let o = e.toString(16).padStart(4, "0");
        for (let s = 0; s < 4; ++s) r[n++] = o.charCodeAt(s);
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
          o = t.B64,
          s = this.i;
        n[s++] = Ki;
        let i = e.length,
          a = i % 3,
          c = i - a;
        for (let u = 0; u < c; u += 3) {
          let l = e[u],
            f = e[u + 1],
            h = e[u + 2];
          ((n[s++] = o[l >> 2]),
            (n[s++] = o[((l & 3) << 4) | (f >> 4)]),
            (n[s++] = o[((f & 15) << 2) | (h >> 6)]),
            (n[s++] = o[h & 63]));
        }
        if (a === 2) {
          let u = e[c],
            l = e[c + 1];
          ((n[s++] = o[u >> 2]),
            (n[s++] = o[((u & 3) << 4) | (l >> 4)]),
            (n[s++] = o[(l & 15) << 2]),
            (n[s++] = 61));
        } else if (a === 1) {
          let u = e[c];
          ((n[s++] = o[u >> 2]),
            (n[s++] = o[(u & 3) << 4]),
            (n[s++] = 61),
            (n[s++] = 61));
        }
        ((n[s++] = Ki), (this.i = s));
      }
      writeValue(e, r, n) {
        if (r == null) {
          if (n?.isStructSchema()) {
            if (r === void 0 && _.of(e).isIdempotencyToken()) {
              this.writeAsciiQuoted(Gt());
              return;
            }
            return;
          }
          (this.ensure(4), this.json.set(iq, this.i), (this.i += 4));
          return;
        }
        let o = _.of(e),
          s = typeof r == "object";
        if (o.isStringSchema()) {
          let i = o.getMergedTraits().mediaType;
          if (i && (i === "application/json" || i.endsWith("+json"))) {
            this.writeJsonString(De.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (o.isBigIntegerSchema() || o.isBigDecimalSchema())
        ) {
          let i = r instanceof q ? r.string : String(r);
          this.writeAsciiQuoted(i);
          return;
        }
        if (s) {
          if (o.isStructSchema()) {
            this.writeStruct(o, r);
            return;
          }
          if (Array.isArray(r) && (o.isListSchema() || o.isDocumentSchema())) {
            this.writeList(o, r, o.isDocumentSchema());
            return;
          }
          if (o.isMapSchema()) {
            this.writeMap(o, r, !1);
            return;
          }
          if (
            r instanceof Uint8Array &&
            (o.isBlobSchema() || o.isDocumentSchema())
          ) {
            this.writeBase64(r);
            return;
          }
          if (
            r instanceof Date &&
            (o.isTimestampSchema() || o.isDocumentSchema())
          ) {
            this.writeTimestamp(o, r);
            return;
          }
          if (r instanceof q) {
            this.writeAscii(r.string);
            return;
          }
          if (o.isDocumentSchema()) {
            Array.isArray(r)
              ? this.writeList(o, r, !0)
              : this.writeMap(o, r, !0);
            return;
          }
          let i = JSON.stringify(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == "string") {
          if (o.isBlobSchema()) {
            let i = (this.serdeContext?.base64Encoder ?? he)(r);
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
          (r ? (a.set(oq, i), (i += 4)) : (a.set(sq, i), (i += 5)),
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
        (this.ensure(2), (this.json[this.i++] = RD));
        let n = !1,
          o = typeof r.__type == "string",
          s;
        o && (s = new Set());
        for (let [i, a] of e.structIterator()) {
          let c = r[i];
          if (c == null && !a.isIdempotencyToken()) continue;
          (n && (this.ensure(1), (this.json[this.i++] = _p)), (n = !0));
          let u = this.settings.jsonName
            ? (a.getMergedTraits().jsonName ?? i)
            : i;
          (s && (s.add(i), s.add(u)),
            this.writeAsciiQuoted(u),
            (this.json[this.i++] = Ip),
            this.writeValue(a, c, e));
        }
        if (!n && e.isUnionSchema()) {
          let { $unknown: i } = r;
          if (Array.isArray(i)) {
            let [a, c] = i;
            (this.writeAsciiQuoted(a),
              this.ensure(1),
              (this.json[this.i++] = Ip),
              this.writeValue(15, c, e));
          }
        } else if (o)
          for (let i in r) {
            if (s.has(i)) continue;
            s.add(i);
            let a = r[i];
            (n && (this.ensure(1), (this.json[this.i++] = _p)),
              (n = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = Ip),
              this.writeValue(15, a, void 0));
          }
        (this.ensure(1), (this.json[this.i++] = vD));
      }
      writeList(e, r, n) {
        let o = !!e.getMergedTraits().sparse,
          s = e.getValueSchema();
        if (
          !n &&
          (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())
        ) {
          let a = !1;
          for (let u = 0; u < r.length; ++u) {
            let l = r[u];
            if (
              Number.isNaN(l) ||
              l === 1 / 0 ||
              l === -1 / 0 ||
              (l == null && !o)
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
              let f = r[l];
              (f == null && !o) ||
                (Number.isNaN(f) || f === 1 / 0 || f === -1 / 0
                  ? u.push(String(f))
                  : u.push(f));
            }
            c = JSON.stringify(u);
          }
          (this.ensure(c.length * 3),
            (this.i += Tp.encodeInto(c, this.json.subarray(this.i)).written));
          return;
        }
        (this.ensure(2), (this.json[this.i++] = rq));
        let i = !1;
        for (let a = 0; a < r.length; ++a) {
          let c = r[a];
          (n ? c === void 0 : c == null && !o) ||
            (i && (this.ensure(1), (this.json[this.i++] = _p)),
            this.writeValue(s, c, void 0),
            (i = !0));
        }
        (this.ensure(1), (this.json[this.i++] = nq));
      }
      writeMap(e, r, n) {
        let o = !!e.getMergedTraits().sparse,
          s = e.getValueSchema();
        if (
          !n &&
          (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())
        ) {
          let a;
          for (let u in r) {
            if (!A(r, u)) continue;
            let l = r[u];
            Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
              ? (((a ??= {})[u] = l), (r[u] = String(l)))
              : l === null && !o && (((a ??= {})[u] = null), (r[u] = void 0));
          }
          let c = JSON.stringify(r);
          (a && Object.assign(r, a),
            this.ensure(c.length * 3),
            (this.i += Tp.encodeInto(c, this.json.subarray(this.i)).written));
          return;
        }
        (this.ensure(2), (this.json[this.i++] = RD));
        let i = !0;
        for (let a in r) {
          if (!A(r, a)) continue;
          let c = r[a];
          (n ? c === void 0 : c == null && !o) ||
            (i || (this.ensure(1), (this.json[this.i++] = _p)),
            (i = !1),
            this.writeJsonString(a),
            this.ensure(1),
            (this.json[this.i++] = Ip),
            this.writeValue(s, c, void 0));
        }
        (this.ensure(1), (this.json[this.i++] = vD));
      }
      writeTimestamp(e, r) {
        switch (xt(e, this.settings)) {
          case 5: {
            let o = r.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(o);
            return;
          }
          case 6: {
            this.writeAsciiQuoted($t(r));
            return;
          }
          case 7: {
            let o = String(r.getTime() / 1e3);
            this.writeAscii(o);
            return;
          }
          default: {
            let o = String(r.getTime() / 1e3);
            this.writeAscii(o);
            return;
          }
        }
      }
    };
  });
var nr,
  RE = p(() => {
    Ds();
    _E();
    CE();
    nr = class extends wt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new Fo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Bo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Yi,
  ND = p(() => {
    mE();
    j();
    RE();
    Cc();
    Yi = class extends ko {
      codec = new nr({
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
      async handleError(e, r, n, o, s) {
        let i = ji(n, o) ?? "Unknown",
          a = {
            $metadata: s,
            $fault: n.statusCode <= 500 ? "client" : "server",
          },
          c = this.options.defaultNamespace;
        i.includes("#") && ([c] = i.split("#"));
        let u = this.compositeErrorRegistry,
          l = ce.for(c);
        u.copyFrom(l);
        let f;
        try {
          f = u.getSchema(i);
        } catch {
          o.Message && (o.message = o.Message);
          let T = ce.for("smithy.ts.sdk.synthetic." + c);
          u.copyFrom(T);
          let I = u.getBaseException();
          if (I) {
            let D = u.getErrorCtor(I);
            throw Object.assign(new D({ name: i }), a, o);
          }
          throw Object.assign(new Error(i), a, o);
        }
        let h = _.of(f),
          g = u.getErrorCtor(f),
          S = o.message ?? o.Message ?? "Unknown",
          E = new g({}),
          y = {},
          x = this.codec.createDeserializer();
        for (let [w, T] of h.structIterator())
          o[w] != null && (y[w] = x.readObject(T, o[w]));
        throw Object.assign(
          E,
          a,
          { $fault: h.getMergedTraits().error, message: S },
          y,
        );
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  });
var Go,
  vE = p(() => {
    Gi();
    j();
    P();
    P();
    F();
    Ds();
    bE();
    yp();
    bp();
    Cc();
    Go = class extends wt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      async read(e, r) {
        let n = zi(e) ? Hi : void 0;
        return this._read(
          e,
          typeof r == "string"
            ? JSON.parse(r, n)
            : await Xn(r, this.serdeContext, e),
        );
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        let n = r !== null && typeof r == "object",
          o = _.of(e);
        if (n) {
          if (o.isStructSchema()) {
            let i = r,
              a = o.isUnionSchema(),
              c = {},
              u,
              { jsonName: l } = this.settings;
            l && (u = {});
            let f;
            a && (f = new Vi(i, c));
            for (let [h, g] of o.structIterator()) {
              let S = h;
              (l && ((S = g.getMergedTraits().jsonName ?? S), (u[S] = h)),
                a && f.mark(S),
                i[S] != null && (c[h] = this._read(g, i[S])));
            }
            if (a) f.writeUnknown();
            else if (typeof i.__type == "string")
              for (let h in i) {
                if (!A(i, h)) continue;
                let g = i[h],
                  S = l ? (u[h] ?? h) : h;
                S in c || (c[S] = g);
              }
            return c;
          }
          if (Array.isArray(r) && o.isListSchema()) {
            let i = o.getValueSchema(),
              a = [];
            for (let c of r) a.push(this._read(i, c));
            return a;
          }
          if (o.isMapSchema()) {
            let i = o.getValueSchema(),
              a = {};
            for (let c in r)
              A(r, c) &&
                (c === "__proto__" && pt(a), (a[c] = this._read(i, r[c])));
            return a;
          }
        }
        if (o.isBlobSchema() && typeof r == "string") return _e(r);
        let s = o.getMergedTraits().mediaType;
        if (o.isStringSchema() && typeof r == "string" && s)
          return s === "application/json" || s.endsWith("+json")
            ? De.from(r)
            : r;
        if (o.isTimestampSchema() && r != null)
          switch (xt(o, this.settings)) {
            case 5:
              return Si(r);
            case 6:
              return Io(r);
            case 7:
              return yi(r);
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
          o.isBigIntegerSchema() &&
          (typeof r == "number" || typeof r == "string")
        )
          return BigInt(r);
        if (o.isBigDecimalSchema() && r != null) {
          if (r instanceof q) return r;
          let i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new q(i.string, i.type)
            : new q(String(r), "bigDecimal");
        }
        if (o.isNumericSchema() && typeof r == "string") {
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
        if (o.isDocumentSchema())
          if (n) {
            let i = Array.isArray(r) ? [] : {};
            for (let a in r) {
              if (!A(r, a)) continue;
              a === "__proto__" && pt(i);
              let c = r[a];
              c instanceof q ? (i[a] = c) : (i[a] = this._read(o, c));
            }
            return i;
          } else return structuredClone(r);
        return r;
      }
    };
  });
var PD,
  Ap,
  kD = p(() => {
    P();
    ((PD = "\u039D"),
      (Ap = class {
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
              if (r instanceof q) {
                let n = `${PD + "nv" + this.counter++}_` + r.string;
                return (this.values.set(`"${n}"`, r.string), n);
              }
              if (typeof r == "bigint") {
                let n = r.toString(),
                  o = `${PD + "b" + this.counter++}_` + n;
                return (this.values.set(`"${o}"`, n), o);
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
var Vo,
  DE = p(() => {
    Gi();
    j();
    P();
    Ds();
    kD();
    F();
    Vo = class extends wt {
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
          let n = new Ap();
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
        let o = r !== null && typeof r == "object",
          s = _.of(e);
        if (o) {
          if (s.isStructSchema()) {
            let i = r,
              a = {},
              { jsonName: c } = this.settings,
              u;
            c && (u = {});
            let l = 0;
            for (let [f, h] of s.structIterator()) {
              let g = this._write(h, i[f], s);
              if (g !== void 0) {
                let S = f;
                (c && ((S = h.getMergedTraits().jsonName ?? f), (u[f] = S)),
                  (a[S] = g),
                  l++);
              }
            }
            if (s.isUnionSchema() && l === 0) {
              let { $unknown: f } = i;
              if (Array.isArray(f)) {
                let [h, g] = f;
                (h === "__proto__" && pt(a), (a[h] = this._write(15, g)));
              }
            } else if (typeof i.__type == "string")
              for (let f in i) {
                if (!A(i, f)) continue;
                let h = i[f],
                  g = c ? (u[f] ?? f) : f;
                g in a || (a[g] = this._write(15, h));
              }
            return a;
          }
          if (Array.isArray(r) && s.isListSchema()) {
            let i = s.getValueSchema(),
              a = [],
              c = !!s.getMergedTraits().sparse;
            for (let u of r) (c || u != null) && a.push(this._write(i, u));
            return a;
          }
          if (s.isMapSchema()) {
            let i = s.getValueSchema(),
              a = {},
              c = !!s.getMergedTraits().sparse;
            for (let u in r) {
              if (!A(r, u)) continue;
              let l = r[u];
              (c || l != null) &&
                (u === "__proto__" && pt(a), (a[u] = this._write(i, l)));
            }
            return a;
          }
          if (r instanceof Uint8Array && s.isBlobSchema())
            return s === this.rootSchema
              ? r
              : (this.serdeContext?.base64Encoder ?? he)(r);
          if (
            r instanceof Date &&
            (s.isTimestampSchema() || s.isDocumentSchema())
          )
            switch (xt(s, this.settings)) {
              case 5:
                return r.toISOString().replace(".000Z", "Z");
              case 6:
                return $t(r);
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
          r instanceof q && (this.useReplacer = !0);
        }
        if (!(r === null && n?.isStructSchema())) {
          if (s.isStringSchema()) {
            if (typeof r > "u" && s.isIdempotencyToken()) return Gt();
            let i = s.getMergedTraits().mediaType;
            return r != null &&
              i &&
              (i === "application/json" || i.endsWith("+json"))
              ? De.from(r)
              : r;
          }
          if (typeof r == "number")
            return Math.abs(r) === 1 / 0 || isNaN(r) ? String(r) : r;
          if (typeof r == "string" && s.isBlobSchema())
            return s === this.rootSchema
              ? r
              : (this.serdeContext?.base64Encoder ?? he)(r);
          if (
            (typeof r == "bigint" && (this.useReplacer = !0),
            s.isDocumentSchema())
          )
            if (o) {
              if (r instanceof Uint8Array)
                return (this.serdeContext?.base64Encoder ?? he)(r);
              let i = Array.isArray(r) ? [] : {};
              for (let a in r) {
                if (!A(r, a)) continue;
                let c = r[a];
                (a === "__proto__" && pt(i),
                  c instanceof q
                    ? ((this.useReplacer = !0), (i[a] = c))
                    : (i[a] = this._write(s, c)));
              }
              return i;
            } else return structuredClone(r);
          return r;
        }
      }
    };
  });
var Qi,
  MD = p(() => {
    Ds();
    vE();
    DE();
    Qi = class extends wt {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new Vo(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Go(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Ho = {};
Te(Ho, {
  AbstractRpcV2Protocol: () => ko,
  Field: () => mp,
  Fields: () => hp,
  FromStringShapeDeserializer: () => Mo,
  HttpBindingProtocol: () => Po,
  HttpInterceptingShapeDeserializer: () => $o,
  HttpInterceptingShapeSerializer: () => Lo,
  HttpProtocol: () => No,
  HttpRequest: () => W,
  HttpResponse: () => Be,
  JsonCodec: () => Qi,
  JsonCodec2: () => nr,
  JsonShapeDeserializer: () => Go,
  JsonShapeDeserializer2: () => Bo,
  JsonShapeSerializer: () => Vo,
  JsonShapeSerializer2: () => Fo,
  RequestBuilder: () => _c,
  RpcProtocol: () => mn,
  SerdeContext: () => Ge,
  SmithyRpcV2JsonProtocol: () => Yi,
  ToStringShapeSerializer: () => Fi,
  buildQueryString: () => bD,
  collectBody: () => $e,
  contentLengthMiddleware: () => yE,
  contentLengthMiddlewareOptions: () => EE,
  determineTimestampFormat: () => xt,
  escapeUri: () => Uo,
  escapeUriPath: () => yD,
  extendedEncodeURIComponent: () => Er,
  getContentLengthPlugin: () => Sn,
  getHttpHandlerExtensionConfiguration: () => hn,
  isValidHostname: () => Qa,
  loadJsonRpcErrorCode: () => qi,
  loadRestJsonErrorCode: () => Wi,
  loadSmithyRpcV2JsonErrorCode: () => ji,
  parseJsonBody: () => Xn,
  parseJsonErrorBody: () => xp,
  parseQueryString: () => Ja,
  parseUrl: () => je,
  requestBuilder: () => fp,
  resolveHttpHandlerRuntimeConfig: () => gn,
  resolvedPath: () => pp,
});
var $ = p(() => {
  vi();
  rp();
  cD();
  lp();
  fE();
  mE();
  uD();
  hE();
  gE();
  dD();
  lD();
  SE();
  Gi();
  Di();
  fD();
  mD();
  F();
  F();
  F();
  hD();
  SD();
  gp();
  ED();
  xD();
  F();
  F();
  ND();
  Cc();
  MD();
  DE();
  vE();
  RE();
  CE();
  _E();
});
function Ji(t) {
  return t;
}
var OE,
  NE,
  En,
  $D = p(() => {
    $();
    ((OE = (t) => (e) => async (r) => {
      if (!W.isInstance(r.request)) return e(r);
      let { request: n } = r,
        { handlerProtocol: o = "" } = t.requestHandler.metadata || {};
      if (o.indexOf("h2") >= 0 && !n.headers[":authority"])
        (delete n.headers.host,
          (n.headers[":authority"] =
            n.hostname + (n.port ? ":" + n.port : "")));
      else if (!n.headers.host) {
        let s = n.hostname;
        (n.port != null && (s += `:${n.port}`), (n.headers.host = s));
      }
      return e(r);
    }),
      (NE = {
        name: "hostHeaderMiddleware",
        step: "build",
        priority: "low",
        tags: ["HOST"],
        override: !0,
      }),
      (En = (t) => ({
        applyToStack: (e) => {
          e.add(OE(t), NE);
        },
      })));
  });
var PE,
  kE,
  bn,
  LD = p(() => {
    ((PE = () => (t, e) => async (r) => {
      try {
        let n = await t(r),
          {
            clientName: o,
            commandName: s,
            logger: i,
            dynamoDbDocumentClientOptions: a = {},
          } = e,
          {
            overrideInputFilterSensitiveLog: c,
            overrideOutputFilterSensitiveLog: u,
          } = a,
          l = c ?? e.inputFilterSensitiveLog,
          f = u ?? e.outputFilterSensitiveLog,
          { $metadata: h, ...g } = n.output;
        return (
          i?.info?.({
            clientName: o,
            commandName: s,
            input: l(r.input),
            output: f(g),
            metadata: h,
          }),
          n
        );
      } catch (n) {
        let {
            clientName: o,
            commandName: s,
            logger: i,
            dynamoDbDocumentClientOptions: a = {},
          } = e,
          { overrideInputFilterSensitiveLog: c } = a,
          u = c ?? e.inputFilterSensitiveLog;
        throw (
          i?.error?.({
            clientName: o,
            commandName: s,
            input: u(r.input),
            error: n,
            metadata: n.$metadata,
          }),
          n
        );
      }
    }),
      (kE = {
        name: "loggerMiddleware",
        tags: ["LOGGER"],
        step: "initialize",
        override: !0,
      }),
      (bn = (t) => ({
        applyToStack: (e) => {
          e.add(PE(), kE);
        },
      })));
  });
var Cp,
  ME = p(() => {
    Cp = {
      step: "build",
      tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
      name: "recursionDetectionMiddleware",
      override: !0,
      priority: "low",
    };
  });
var zo,
  $E,
  Rp,
  LE,
  UE,
  Rc,
  UD = p(() => {
    ((zo = {
      REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE"),
    }),
      ($E = ["true", "1"].includes(
        process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "",
      )));
    $E || (globalThis.awslambda = globalThis.awslambda || {});
    ((Rp = class {
      static PROTECTED_KEYS = zo;
      isProtectedKey(e) {
        return Object.values(zo).includes(e);
      }
      getRequestId() {
        return this.get(zo.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(zo.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(zo.TENANT_ID);
      }
      getTraceparent() {
        return this.get(zo.TRACEPARENT);
      }
      getTracestate() {
        return this.get(zo.TRACESTATE);
      }
      getBaggage() {
        return this.get(zo.BAGGAGE);
      }
    }),
      (LE = class extends Rp {
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
      (UE = class t extends Rp {
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
              let s =
                n === !0 || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env
                  ? await UE.create()
                  : new LE();
              return !$E && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!$E &&
                    globalThis.awslambda &&
                    (globalThis.awslambda.InvokeStore = s),
                  s);
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
    })(Rc || (Rc = {}));
  });
function uq(t) {
  for (let e of Object.keys(t)) {
    let r = e.toLowerCase();
    e !== r &&
      (r === FE || r === BD || r === FD) &&
      ((t[r] = t[e]), delete t[e]);
  }
}
var aq,
  cq,
  BE,
  FE,
  BD,
  FD,
  vp,
  GE = p(() => {
    UD();
    $();
    ((aq = "AWS_LAMBDA_FUNCTION_NAME"),
      (cq = "_X_AMZN_TRACE_ID"),
      (BE = "X-Amzn-Trace-Id"),
      (FE = "traceparent"),
      (BD = "tracestate"),
      (FD = "baggage"),
      (vp = () => (t) => async (e) => {
        let { request: r } = e;
        if (!W.isInstance(r)) return t(e);
        let n;
        {
          let o =
            Object.keys(r.headers ?? {}).find(
              (s) => s.toLowerCase() === BE.toLowerCase(),
            ) ?? BE;
          if (!r.headers.hasOwnProperty(o)) {
            let s = process.env[aq],
              i = process.env[cq];
            n ??= await Rc.getInstanceAsync();
            let c = n?.getXRayTraceId() ?? i,
              u = (l) => typeof l == "string" && l.length > 0;
            u(s) && u(c) && (r.headers[BE] = c);
          }
        }
        if ((uq(r.headers), !r.headers[FE])) {
          let s = (n ??= await Rc.getInstanceAsync())?.getTraceparent?.();
          if (s) {
            r.headers[FE] = s;
            let i = n?.getTracestate?.();
            i && (r.headers[BD] = i);
            let a = n?.getBaggage?.();
            a && (r.headers[FD] = a);
          }
        }
        return t(e);
      }));
  });
var xn,
  GD = p(() => {
    ME();
    GE();
    xn = (t) => ({
      applyToStack: (e) => {
        e.add(vp(), Cp);
      },
    });
  });
var VD,
  HD = p(() => {
    VD = (t, e) => {
      if (!e || e.length === 0) return t;
      let r = [];
      for (let n of e)
        for (let o of t) o.schemeId.split("#")[1] === n && r.push(o);
      for (let n of t)
        r.find(({ schemeId: o }) => o === n.schemeId) || r.push(n);
      return r;
    };
  });
function dq(t) {
  let e = new Map();
  for (let r of t) e.set(r.schemeId, r);
  return e;
}
var Os,
  Dp = p(() => {
    F();
    HD();
    Os = (t, e) => (r, n) => async (o) => {
      let s = t.httpAuthSchemeProvider(
          await e.httpAuthSchemeParametersProvider(t, n, o.input),
        ),
        i = t.authSchemePreference ? await t.authSchemePreference() : [],
        a = VD(s, i),
        c = dq(t.httpAuthSchemes),
        u = me(n),
        l = [];
      for (let f of a) {
        let h = c.get(f.schemeId);
        if (!h) {
          l.push(
            `HttpAuthScheme \`${f.schemeId}\` was not enabled for this service.`,
          );
          continue;
        }
        let g = h.identityProvider(await e.identityProviderConfigProvider(t));
        if (!g) {
          l.push(
            `HttpAuthScheme \`${f.schemeId}\` did not have an IdentityProvider configured.`,
          );
          continue;
        }
        let { identityProperties: S = {}, signingProperties: E = {} } =
          f.propertiesExtractor?.(t, n) || {};
        ((f.identityProperties = Object.assign(f.identityProperties || {}, S)),
          (f.signingProperties = Object.assign(f.signingProperties || {}, E)),
          (u.selectedHttpAuthScheme = {
            httpAuthOption: f,
            identity: await g(f.identityProperties),
            signer: h.signer,
          }));
        break;
      }
      if (!u.selectedHttpAuthScheme)
        throw new Error(
          l.join(`
`),
        );
      return r(o);
    };
  });
var Op,
  xr,
  zD = p(() => {
    Dp();
    ((Op = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "endpointV2Middleware",
    }),
      (xr = (
        t,
        {
          httpAuthSchemeParametersProvider: e,
          identityProviderConfigProvider: r,
        },
      ) => ({
        applyToStack: (n) => {
          n.addRelativeTo(
            Os(t, {
              httpAuthSchemeParametersProvider: e,
              identityProviderConfigProvider: r,
            }),
            Op,
          );
        },
      })));
  });
var Np,
  VE,
  WD = p(() => {
    Dp();
    ((Np = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "serializerMiddleware",
    }),
      (VE = (
        t,
        {
          httpAuthSchemeParametersProvider: e,
          identityProviderConfigProvider: r,
        },
      ) => ({
        applyToStack: (n) => {
          n.addRelativeTo(
            Os(t, {
              httpAuthSchemeParametersProvider: e,
              identityProviderConfigProvider: r,
            }),
            Np,
          );
        },
      })));
  });
var qD = p(() => {
  Dp();
  zD();
  WD();
});
var lq,
  pq,
  vc,
  HE = p(() => {
    $();
    F();
    ((lq = (t) => (e) => {
      throw e;
    }),
      (pq = (t, e) => {}),
      (vc = (t) => (e, r) => async (n) => {
        if (!W.isInstance(n.request)) return e(n);
        let s = me(r).selectedHttpAuthScheme;
        if (!s)
          throw new Error(
            "No HttpAuthScheme was selected: unable to sign request",
          );
        let {
            httpAuthOption: { signingProperties: i = {} },
            identity: a,
            signer: c,
          } = s,
          u = await e({ ...n, request: await c.sign(n.request, a, i) }).catch(
            (c.errorHandler || lq)(i),
          );
        return ((c.successHandler || pq)(u.response, i), u);
      }));
  });
var Pp,
  wr,
  jD = p(() => {
    HE();
    ((Pp = {
      step: "finalizeRequest",
      tags: ["HTTP_SIGNING"],
      name: "httpSigningMiddleware",
      aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
      override: !0,
      relation: "after",
      toMiddleware: "retryMiddleware",
    }),
      (wr = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(vc(t), Pp);
        },
      })));
  });
var KD = p(() => {
  HE();
  jD();
});
var or,
  YD = p(() => {
    or = (t) => {
      if (typeof t == "function") return t;
      let e = Promise.resolve(t);
      return () => e;
    };
  });
function QD(t, e, r, n, o) {
  return async function* (i, a, ...c) {
    let u = a,
      l = i.startingToken ?? u[r],
      f = !0,
      h;
    for (; f;) {
      if (((u[r] = l), o && (u[o] = u[o] ?? i.pageSize), i.client instanceof t))
        h = await fq(e, i.client, a, i.withCommand, ...c);
      else throw new Error(`Invalid client, expected instance of ${t.name}`);
      yield h;
      let g = l;
      ((l = mq(h, n)), (f = !!(l && (!i.stopOnSameToken || l !== g))));
    }
    return void 0;
  };
}
var fq,
  mq,
  JD = p(() => {
    fq = async (t, e, r, n = (s) => s, ...o) => {
      let s = new t(r);
      return ((s = n(s) ?? s), await e.send(s, ...o));
    };
    mq = (t, e) => {
      let r = t,
        n = e.split(".");
      for (let o of n) {
        if (!r || typeof r != "object") return;
        r = r[o];
      }
      return r;
    };
  });
function XD(t, e, r) {
  (t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r));
}
var ZD = p(() => {});
var Vt,
  eO = p(() => {
    F();
    Vt = class {
      authSchemes = new Map();
      constructor(e) {
        for (let r in e) {
          if (!A(e, r)) continue;
          let n = e[r];
          n !== void 0 && this.authSchemes.set(r, n);
        }
      }
      getIdentityProvider(e) {
        return this.authSchemes.get(e);
      }
    };
  });
var zE,
  Xi,
  tO = p(() => {
    $();
    ((zE = ye(Yt())),
      (Xi = class {
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
          let o = W.clone(e);
          if (n.in === zE.HttpApiKeyAuthLocation.QUERY)
            o.query[n.name] = r.apiKey;
          else if (n.in === zE.HttpApiKeyAuthLocation.HEADER)
            o.headers[n.name] = n.scheme ? `${n.scheme} ${r.apiKey}` : r.apiKey;
          else
            throw new Error(
              "request can only be signed with `apiKey` locations `query` or `header`, but found: `" +
                n.in +
                "`",
            );
          return o;
        }
      }));
  });
var Zi,
  rO = p(() => {
    $();
    Zi = class {
      async sign(e, r, n) {
        let o = W.clone(e);
        if (!r.token)
          throw new Error(
            "request could not be signed with `token` since the `token` is not defined",
          );
        return ((o.headers.Authorization = `Bearer ${r.token}`), o);
      }
    };
  });
var st,
  nO = p(() => {
    st = class {
      async sign(e, r, n) {
        return e;
      }
    };
  });
var oO = p(() => {
  tO();
  rO();
  nO();
});
var kp,
  WE,
  Dc,
  ea,
  Oc,
  sO = p(() => {
    ((kp = (t) =>
      function (r) {
        return ea(r) && r.expiration.getTime() - Date.now() < t;
      }),
      (WE = 3e5),
      (Dc = kp(3e5)),
      (ea = (t) => t.expiration !== void 0),
      (Oc = (t, e, r) => {
        if (t === void 0) return;
        let n = typeof t != "function" ? async () => Promise.resolve(t) : t,
          o,
          s,
          i,
          a = !1,
          c = async (u) => {
            s || (s = n(u));
            try {
              ((o = await s), (i = !0), (a = !1));
            } finally {
              s = void 0;
            }
            return o;
          };
        return e === void 0
          ? async (u) => ((!i || u?.forceRefresh) && (o = await c(u)), o)
          : async (u) => (
              (!i || u?.forceRefresh) && (o = await c(u)),
              a ? o : r(o) ? (e(o) && (await c(u)), o) : ((a = !0), o)
            );
      }));
  });
var iO = p(() => {
  eO();
  oO();
  sO();
});
var aO = {};
Te(aO, {
  DefaultIdentityProviderConfig: () => Vt,
  EXPIRATION_MS: () => WE,
  HttpApiKeyAuthSigner: () => Xi,
  HttpBearerAuthSigner: () => Zi,
  NoAuthSigner: () => st,
  createIsIdentityExpiredFunction: () => kp,
  createPaginator: () => QD,
  doesIdentityRequireRefresh: () => ea,
  getHttpAuthSchemeEndpointRuleSetPlugin: () => xr,
  getHttpAuthSchemePlugin: () => VE,
  getHttpSigningPlugin: () => wr,
  getSmithyContext: () => me,
  httpAuthSchemeEndpointRuleSetMiddlewareOptions: () => Op,
  httpAuthSchemeMiddleware: () => Os,
  httpAuthSchemeMiddlewareOptions: () => Np,
  httpSigningMiddleware: () => vc,
  httpSigningMiddlewareOptions: () => Pp,
  isIdentityExpired: () => Dc,
  memoizeIdentityProvider: () => Oc,
  normalizeProvider: () => or,
  requestBuilder: () => fp,
  setFeature: () => XD,
});
var Tt = p(() => {
  F();
  qD();
  KD();
  YD();
  JD();
  $();
  ZD();
  iO();
});
function hq(t) {
  return t === void 0 ? !0 : typeof t == "string" && t.length <= 50;
}
function wn(t) {
  let e = or(t.userAgentAppId ?? Nc),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == "string" ? [[r]] : r,
    userAgentAppId: async () => {
      let n = await e();
      if (!hq(n)) {
        let o =
          t.logger?.constructor?.name === "NoOpLogger" || !t.logger
            ? console
            : t.logger;
        typeof n != "string"
          ? o?.warn("userAgentAppId must be a string or undefined.")
          : n.length > 50 &&
            o?.warn(
              "The provided userAgentAppId exceeds the maximum length of 50 characters.",
            );
      }
      return n;
    },
  });
}
var Nc,
  qE = p(() => {
    Tt();
    Nc = void 0;
  });
var jE,
  cO = p(() => {
    jE = {
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
var uO,
  dO,
  Mp,
  KE,
  lO,
  $p,
  Lp = p(() => {
    cO();
    ((uO = jE),
      (dO = ""),
      (Mp = (t) => {
        let { partitions: e } = uO;
        for (let n of e) {
          let { regions: o, outputs: s } = n;
          for (let [i, a] of Object.entries(o))
            if (i === t) return { ...s, ...a };
        }
        for (let n of e) {
          let { regionRegex: o, outputs: s } = n;
          if (new RegExp(o).test(t)) return { ...s };
        }
        let r = e.find((n) => n.id === "aws");
        if (!r)
          throw new Error(
            "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
          );
        return { ...r.outputs };
      }),
      (KE = (t, e = "") => {
        ((uO = t), (dO = e));
      }),
      (lO = () => {
        KE(jE, "");
      }),
      ($p = () => dO));
  });
import { Readable as gq } from "node:stream";
var YE,
  pO = p(() => {
    YE = (t) =>
      t?.body instanceof gq ||
      (typeof ReadableStream < "u" && t?.body instanceof ReadableStream);
  });
var fO,
  mO,
  hO,
  gO,
  SO,
  yO,
  EO = p(() => {
    ((fO = [
      "AccessDeniedException",
      "AuthFailure",
      "InvalidSignatureException",
      "RequestExpired",
      "RequestInTheFuture",
      "RequestTimeTooSkewed",
      "SignatureDoesNotMatch",
    ]),
      (mO = [
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
      (hO = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]),
      (gO = [500, 502, 503, 504]),
      (SO = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]),
      (yO = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]));
  });
function XE(t) {
  return (
    t.code === "ERR_HTTP2_STREAM_ERROR" &&
    t.message.includes("NGHTTP2_REFUSED_STREAM")
  );
}
var Pc,
  Up,
  QE,
  JE,
  Tn,
  Wo,
  Bp,
  ta = p(() => {
    EO();
    ((Pc = (t) => t?.$retryable !== void 0),
      (Up = (t) => fO.includes(t.name)),
      (QE = (t) => t.$metadata?.clockSkewCorrected),
      (JE = (t) => {
        let e = new Set([
          "Failed to fetch",
          "NetworkError when attempting to fetch resource",
          "The Internet connection appears to be offline",
          "Load failed",
          "Network request failed",
        ]);
        return t && t instanceof TypeError ? e.has(t.message) : !1;
      }),
      (Tn = (t) =>
        t.$metadata?.httpStatusCode === 429 ||
        mO.includes(t.name) ||
        t.$retryable?.throttling == !0),
      (Wo = (t, e = 0) =>
        t?.name !== "AbortError" &&
        (Pc(t) ||
          QE(t) ||
          (t.name === "InvalidSignatureException" &&
            t.message?.includes("Signature expired")) ||
          hO.includes(t.name) ||
          SO.includes(t?.code || "") ||
          yO.includes(t?.code || "") ||
          gO.includes(t.$metadata?.httpStatusCode || 0) ||
          JE(t) ||
          XE(t) ||
          (t.cause !== void 0 && e <= 10 && Wo(t.cause, e + 1)))),
      (Bp = (t) => {
        if (t.$metadata?.httpStatusCode !== void 0) {
          let e = t.$metadata.httpStatusCode;
          return 500 <= e && e <= 599 && !Wo(t);
        }
        return !1;
      }));
  });
var Fp,
  Sq,
  bO,
  xO = p(() => {
    ((Fp = (t, e) => {
      if (!e) return t;
      let r = () => {},
        n = new Promise((o, s) => {
          let i = () => s(Sq());
          e.aborted
            ? i()
            : typeof e.addEventListener == "function"
              ? (e.addEventListener("abort", i, { once: !0 }),
                (r = () => e.removeEventListener("abort", i)))
              : (e.onabort = i);
        });
      return Promise.race([t, n]).finally(r);
    }),
      (Sq = () =>
        Object.assign(new Error("Request aborted"), { name: "AbortError" })),
      (bO = (t) =>
        typeof t == "object" &&
        t !== null &&
        "name" in t &&
        t.name === "AbortError"));
  });
var Gp,
  kc,
  Vp,
  ra,
  ZE,
  eb,
  Hp,
  qo,
  jo,
  Mc = p(() => {
    ((Gp = 100),
      (kc = 2e4),
      (Vp = 500),
      (ra = 500),
      (ZE = 5),
      (eb = 10),
      (Hp = 1),
      (qo = "amz-sdk-invocation-id"),
      (jo = "amz-sdk-request"));
  });
function tb(t, e) {
  if (Be.isInstance(t))
    for (let r in t.headers) {
      if (!A(t.headers, r)) continue;
      let n = r.toLowerCase();
      if (n === "retry-after") {
        let o = t.headers[r],
          s = NaN;
        if (o.endsWith("GMT"))
          try {
            s = (Io(o).getTime() - Date.now()) / 1e3;
          } catch (i) {
            (e?.trace?.("Failed to parse retry-after header"), e?.trace?.(i));
          }
        else
          o.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (s = Number(o.match(/ GMT, ([\d.]+)$/)?.[1]))
            : o.match(/^((\d+)|(\d+\.\d+))$/)
              ? (s = Number(o))
              : Date.parse(o) >= Date.now() &&
                (s = (Date.parse(o) - Date.now()) / 1e3);
        return isNaN(s) ? void 0 : new Date(Date.now() + s * 1e3);
      } else if (n === "x-amz-retry-after") {
        let o = t.headers[r],
          s = Number(o);
        if (isNaN(s)) {
          e?.trace?.(`Failed to parse x-amz-retry-after=${o}`);
          return;
        }
        return new Date(Date.now() + s);
      }
    }
}
function wO(t, e) {
  return tb(t, e);
}
var rb = p(() => {
  F();
  $();
  P();
});
var zp,
  nb = p(() => {
    zp = (t) =>
      t instanceof Error
        ? t
        : t instanceof Object
          ? Object.assign(new Error(), t)
          : typeof t == "string"
            ? new Error(t)
            : new Error(`AWS SDK error wrapper for ${t}`);
  });
function ob(t) {
  return (e) => (r, n) => async (o) => {
    let s = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = n[TO.SMITHY_CONTEXT_KEY]?.abortSignal;
    if (yq(s)) {
      s = s;
      let c = (n.partition_id ?? "") + (n.__retryLongPoll ? ":longpoll" : ""),
        u = await Fp(s.acquireInitialRetryToken(c), a),
        l = new Error(),
        f = 0,
        h = 0,
        { request: g } = o,
        S = W.isInstance(g);
      for (S && (g.headers[qo] = Ri()); ;)
        try {
          S && (g.headers[jo] = `attempt=${f + 1}; max=${i}`);
          let { response: E, output: y } = await r(o);
          return (
            s.recordSuccess(u),
            (y.$metadata.attempts = f + 1),
            (y.$metadata.totalRetryDelay = h),
            { response: E, output: y }
          );
        } catch (E) {
          let y = Eq(E, e.logger);
          if (((l = zp(E)), S && t(g)))
            throw (
              (n.logger instanceof Et ? console : n.logger)?.warn(
                "An error was encountered in a non-retryable streaming request.",
              ),
              l
            );
          try {
            u = await Fp(s.refreshRetryTokenForRetry(u, y), a);
          } catch (w) {
            throw a?.aborted && bO(w)
              ? w
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = f + 1),
                (l.$metadata.totalRetryDelay = h),
                l);
          }
          f = u.getRetryCount();
          let x = u.getRetryDelay();
          ((h += (u?.$retryLog?.acquisitionDelay ?? 0) + x),
            x > 0 && (await Fp(new Promise((w) => setTimeout(w, x)), a)));
        }
    } else
      return (
        (s = s),
        s?.mode &&
          (n.userAgent = [...(n.userAgent || []), ["cfg/retry-mode", s.mode]]),
        s.retry(r, o)
      );
  };
}
function IO(t) {
  let e = ob(t);
  return (r) => ({
    applyToStack: (n) => {
      n.add(e(r), sb);
    },
  });
}
var TO,
  yq,
  Eq,
  bq,
  sb,
  ib = p(() => {
    L();
    $();
    P();
    TO = ye(Yt());
    ta();
    xO();
    Mc();
    rb();
    nb();
    ((yq = (t) =>
      typeof t.acquireInitialRetryToken < "u" &&
      typeof t.refreshRetryTokenForRetry < "u" &&
      typeof t.recordSuccess < "u"),
      (Eq = (t, e) => {
        let r = { error: t, errorType: bq(t) },
          n = tb(t.$response, e);
        return (n && (r.retryAfterHint = n), r);
      }),
      (bq = (t) =>
        Tn(t)
          ? "THROTTLING"
          : Wo(t)
            ? "TRANSIENT"
            : Bp(t)
              ? "SERVER_ERROR"
              : "CLIENT_ERROR"),
      (sb = {
        name: "retryMiddleware",
        tags: ["RETRY"],
        step: "finalizeRequest",
        priority: "high",
        override: !0,
      }));
  });
var Ko,
  Wp = p(() => {
    ta();
    Ko = class t {
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
        if (n?.errorType === "THROTTLING" || Tn(n?.error ?? e)) {
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
        let s = Math.min(r, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(s);
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
var Je,
  na = p(() => {
    Je = class {
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
var qp,
  _O = p(() => {
    na();
    qp = class {
      x = Je.delay();
      computeNextBackoffDelay(e) {
        let o = Math.random() * Math.min(this.x * 2 ** e, 2e4);
        return Math.floor(o);
      }
      setDelayBase(e) {
        this.x = e;
      }
    };
  });
var $c,
  AO = p(() => {
    $c = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = { acquisitionDelay: 0 };
      constructor(e, r, n, o) {
        ((this.delay = e),
          (this.count = r),
          (this.cost = n),
          (this.longPoll = o));
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
var Ve,
  Tr,
  sr,
  Ns = p(() => {
    (function (t) {
      ((t.STANDARD = "standard"), (t.ADAPTIVE = "adaptive"));
    })(Ve || (Ve = {}));
    ((Tr = 3), (sr = Ve.STANDARD));
  });
var jp,
  Ir,
  Lc = p(() => {
    _O();
    AO();
    Ns();
    na();
    ((jp = { incompatible: 1, attempts: 2, capacity: 3 }),
      (Ir = class {
        mode = Ve.STANDARD;
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
            (this.maxAttemptsProvider ??= async () => Tr),
            (this.baseDelay ??= Je.delay()),
            (this.retryBackoffStrategy ??= new qp()));
        }
        async acquireInitialRetryToken(e) {
          return new $c(Je.delay(), 0, void 0, e.includes(":longpoll"));
        }
        async refreshRetryTokenForRetry(e, r) {
          let n = await this.getMaxAttempts(),
            o = this.retryCode(e, r, n),
            s = o === 0,
            i = e.isLongPoll?.();
          if (s || i) {
            let a = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              a === "THROTTLING" ? Je.throttlingDelay() : this.baseDelay,
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
              s)
            ) {
              let l = this.getCapacityCost(a);
              this.capacity -= l;
              let f = new $c(
                0,
                e.getRetryCount() + 1,
                l,
                e.isLongPoll?.() ?? !1,
              );
              return (
                await new Promise((h) => setTimeout(h, u)),
                (f.$retryLog.acquisitionDelay = u),
                f
              );
            } else {
              let l = o === jp.capacity && i ? u : 0;
              l > 0 && (await new Promise((f) => setTimeout(f, l)));
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
                `Max attempts provider could not resolve. Using default of ${Tr}`,
              ),
              Tr
            );
          }
        }
        retryCode(e, r, n) {
          let o = e.getRetryCount() + 1,
            s = this.isRetryableError(r.errorType) ? 0 : jp.incompatible,
            i = o < n ? 0 : jp.attempts,
            a =
              this.capacity >= this.getCapacityCost(r.errorType)
                ? 0
                : jp.capacity;
          return s || i || a;
        }
        getCapacityCost(e) {
          return e === Je.modifiedCostType() ? Je.throttlingCost() : Je.cost();
        }
        isRetryableError(e) {
          return e === "THROTTLING" || e === "TRANSIENT";
        }
      }));
  });
var oa,
  ab = p(() => {
    Wp();
    Lc();
    Ns();
    oa = class {
      mode = Ve.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(e, r) {
        let { rateLimiter: n } = r ?? {};
        ((this.rateLimiter = n ?? new Ko()),
          (this.standardRetryStrategy = r
            ? new Ir({ maxAttempts: typeof e == "number" ? e : 3, ...r })
            : new Ir(e)));
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
var Kp,
  CO = p(() => {
    Lc();
    na();
    Kp = class extends Ir {
      computeNextBackoffDelay;
      constructor(e, r = Je.delay()) {
        (super(typeof e == "function" ? e : async () => e),
          typeof r == "number"
            ? (this.computeNextBackoffDelay = () => r)
            : (this.computeNextBackoffDelay = r),
          (this.retryBackoffStrategy.computeNextBackoffDelay = (n) => {
            let o = n + 1;
            return this.computeNextBackoffDelay(o);
          }));
      }
    };
  });
var RO,
  vO = p(() => {
    RO = (t, e) => {
      let r = t,
        n = e?.noRetryIncrement ?? 1,
        o = e?.retryCost ?? 5,
        s = e?.timeoutRetryCost ?? 10,
        i = t,
        a = (f) => (f.name === "TimeoutError" ? s : o),
        c = (f) => a(f) <= i;
      return Object.freeze({
        hasRetryTokens: c,
        retrieveRetryTokens: (f) => {
          if (!c(f)) throw new Error("No retry token available");
          let h = a(f);
          return ((i -= h), h);
        },
        releaseRetryTokens: (f) => {
          ((i += f ?? n), (i = Math.min(i, r)));
        },
      });
    };
  });
var Yp,
  cb = p(() => {
    Yp = (t, e) => Math.floor(Math.min(2e4, Math.random() * 2 ** e * t));
  });
var Qp,
  ub = p(() => {
    ta();
    Qp = (t) => (t ? Pc(t) || Up(t) || Tn(t) || Wo(t) : !1);
  });
var sa,
  xq,
  db = p(() => {
    $();
    P();
    ta();
    Ns();
    Mc();
    nb();
    vO();
    cb();
    ub();
    ((sa = class {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode = Ve.STANDARD;
      constructor(e, r) {
        ((this.maxAttemptsProvider = e),
          (this.retryDecider = r?.retryDecider ?? Qp),
          (this.delayDecider = r?.delayDecider ?? Yp),
          (this.retryQuota = r?.retryQuota ?? RO(500)));
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
          e = Tr;
        }
        return e;
      }
      async retry(e, r, n) {
        let o,
          s = 0,
          i = 0,
          a = await this.getMaxAttempts(),
          { request: c } = r;
        for (W.isInstance(c) && (c.headers[qo] = Ri()); ;)
          try {
            (W.isInstance(c) && (c.headers[jo] = `attempt=${s + 1}; max=${a}`),
              n?.beforeRequest && (await n.beforeRequest()));
            let { response: u, output: l } = await e(r);
            return (
              n?.afterRequest && n.afterRequest(u),
              this.retryQuota.releaseRetryTokens(o),
              (l.$metadata.attempts = s + 1),
              (l.$metadata.totalRetryDelay = i),
              { response: u, output: l }
            );
          } catch (u) {
            let l = zp(u);
            if ((s++, this.shouldRetry(l, s, a))) {
              o = this.retryQuota.retrieveRetryTokens(l);
              let f = this.delayDecider(Tn(l) ? 500 : 100, s),
                h = xq(l.$response),
                g = Math.max(h || 0, f);
              ((i += g), await new Promise((S) => setTimeout(S, g)));
              continue;
            }
            throw (
              l.$metadata || (l.$metadata = {}),
              (l.$metadata.attempts = s),
              (l.$metadata.totalRetryDelay = i),
              l
            );
          }
      }
    }),
      (xq = (t) => {
        if (!Be.isInstance(t)) return;
        let e = Object.keys(t.headers).find(
          (s) => s.toLowerCase() === "retry-after",
        );
        if (!e) return;
        let r = t.headers[e],
          n = Number(r);
        if (!Number.isNaN(n)) return Math.min(n * 1e3, 2e4);
        let o = new Date(r);
        return Math.min(o.getTime() - Date.now(), 2e4);
      }));
  });
var Jp,
  DO = p(() => {
    Wp();
    Ns();
    db();
    Jp = class extends sa {
      rateLimiter;
      constructor(e, r) {
        let { rateLimiter: n, ...o } = r ?? {};
        (super(e, o),
          (this.rateLimiter = n ?? new Ko()),
          (this.mode = Ve.ADAPTIVE));
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
var Xp,
  Zp,
  In,
  _n,
  lb,
  pb,
  An,
  OO = p(() => {
    L();
    ab();
    Lc();
    Ns();
    na();
    ((Xp = "AWS_MAX_ATTEMPTS"),
      (Zp = "max_attempts"),
      (In = {
        environmentVariableSelector: (t) => {
          let e = t[Xp];
          if (!e) return;
          let r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(
              `Environment variable ${Xp} mast be a number, got "${e}"`,
            );
          return r;
        },
        configFileSelector: (t) => {
          let e = t[Zp];
          if (!e) return;
          let r = parseInt(e);
          if (Number.isNaN(r))
            throw new Error(
              `Shared config file entry ${Zp} mast be a number, got "${e}"`,
            );
          return r;
        },
        default: Tr,
      }),
      (_n = (t, e) => {
        let { retryStrategy: r, retryMode: n } = t,
          { defaultMaxAttempts: o = Tr, defaultBaseDelay: s = Je.delay() } =
            e ?? {},
          i = oe(t.maxAttempts ?? o),
          a = r ? Promise.resolve(r) : void 0,
          c = async () => {
            let u = await i();
            return (await oe(n)()) === Ve.ADAPTIVE
              ? new oa(i, { maxAttempts: u, baseDelay: s })
              : new Ir({ maxAttempts: u, baseDelay: s });
          };
        return Object.assign(t, {
          maxAttempts: i,
          retryStrategy: () => (a ??= c()),
        });
      }),
      (lb = "AWS_RETRY_MODE"),
      (pb = "retry_mode"),
      (An = {
        environmentVariableSelector: (t) => t[lb],
        configFileSelector: (t) => t[pb],
        default: sr,
      }));
  });
var fb,
  mb,
  NO,
  PO = p(() => {
    $();
    Mc();
    ((fb = () => (t) => async (e) => {
      let { request: r } = e;
      return (
        W.isInstance(r) && (delete r.headers[qo], delete r.headers[jo]),
        t(e)
      );
    }),
      (mb = {
        name: "omitRetryHeadersMiddleware",
        tags: ["RETRY", "HEADERS", "OMIT_RETRY_HEADERS"],
        relation: "before",
        toMiddleware: "awsAuthMiddleware",
        override: !0,
      }),
      (NO = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(fb(), mb);
        },
      })));
  });
var kO = {};
Te(kO, {
  AdaptiveRetryStrategy: () => oa,
  CONFIG_MAX_ATTEMPTS: () => Zp,
  CONFIG_RETRY_MODE: () => pb,
  ConfiguredRetryStrategy: () => Kp,
  DEFAULT_MAX_ATTEMPTS: () => Tr,
  DEFAULT_RETRY_DELAY_BASE: () => Gp,
  DEFAULT_RETRY_MODE: () => sr,
  DefaultRateLimiter: () => Ko,
  DeprecatedAdaptiveRetryStrategy: () => Jp,
  DeprecatedStandardRetryStrategy: () => sa,
  ENV_MAX_ATTEMPTS: () => Xp,
  ENV_RETRY_MODE: () => lb,
  INITIAL_RETRY_TOKENS: () => ra,
  INVOCATION_ID_HEADER: () => qo,
  MAXIMUM_RETRY_DELAY: () => kc,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS: () => In,
  NODE_RETRY_MODE_CONFIG_OPTIONS: () => An,
  NO_RETRY_INCREMENT: () => Hp,
  REQUEST_HEADER: () => jo,
  RETRY_COST: () => ZE,
  RETRY_MODES: () => Ve,
  Retry: () => Je,
  StandardRetryStrategy: () => Ir,
  THROTTLING_RETRY_DELAY_BASE: () => Vp,
  TIMEOUT_RETRY_COST: () => eb,
  defaultDelayDecider: () => Yp,
  defaultRetryDecider: () => Qp,
  getOmitRetryHeadersPlugin: () => NO,
  getRetryAfterHint: () => wO,
  getRetryPlugin: () => Zn,
  isBrowserNetworkError: () => JE,
  isClockSkewCorrectedError: () => QE,
  isClockSkewError: () => Up,
  isNodeJsHttp2TransientError: () => XE,
  isRetryableByTrait: () => Pc,
  isServerError: () => Bp,
  isThrottlingError: () => Tn,
  isTransientError: () => Wo,
  omitRetryHeadersMiddleware: () => fb,
  omitRetryHeadersMiddlewareOptions: () => mb,
  resolveRetryConfig: () => _n,
  retryMiddleware: () => wq,
  retryMiddlewareOptions: () => sb,
});
var wq,
  Zn,
  _r = p(() => {
    pO();
    ib();
    ta();
    ab();
    CO();
    Wp();
    Lc();
    Ns();
    Mc();
    na();
    DO();
    db();
    cb();
    ub();
    OO();
    PO();
    ib();
    rb();
    ((wq = ob(YE)), (Zn = IO(YE)));
  });
async function MO(t, e, r) {
  if (
    (r.request?.headers?.["smithy-protocol"] === "rpc-v2-cbor" &&
      Xt(t, "PROTOCOL_RPC_V2_CBOR", "M"),
    typeof e.retryStrategy == "function")
  ) {
    let s = await e.retryStrategy();
    if (typeof s.mode == "string")
      switch (s.mode) {
        case Ve.ADAPTIVE:
          Xt(t, "RETRY_MODE_ADAPTIVE", "F");
          break;
        case Ve.STANDARD:
          Xt(t, "RETRY_MODE_STANDARD", "E");
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == "function") {
    let s = t.endpointV2;
    switch (
      (String(s?.url?.hostname).match(Tq) && Xt(t, "ACCOUNT_ID_ENDPOINT", "O"),
      await e.accountIdEndpointMode?.())
    ) {
      case "disabled":
        Xt(t, "ACCOUNT_ID_MODE_DISABLED", "Q");
        break;
      case "preferred":
        Xt(t, "ACCOUNT_ID_MODE_PREFERRED", "P");
        break;
      case "required":
        Xt(t, "ACCOUNT_ID_MODE_REQUIRED", "R");
        break;
    }
  }
  let o = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (o?.$source) {
    let s = o;
    s.accountId && Xt(t, "RESOLVED_ACCOUNT_ID", "T");
    for (let [i, a] of Object.entries(s.$source ?? {})) Xt(t, i, a);
  }
}
var Tq,
  $O = p(() => {
    _r();
    wS();
    Tq = /\d{12}\.ddb/;
  });
var hb,
  ef,
  LO,
  UO,
  BO = p(() => {
    ((hb = "user-agent"),
      (ef = "x-amz-user-agent"),
      (LO = /[^!$%&'*+\-.^_`|~\w]/g),
      (UO = /[^!$%&'*+\-.^_`|~\w#]/g));
  });
function FO(t) {
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
var GO = p(() => {});
var Sb,
  tf,
  yb,
  Cn,
  zO = p(() => {
    $();
    Lp();
    $O();
    BO();
    GO();
    ((Sb = (t) => (e, r) => async (n) => {
      let { request: o } = n;
      if (!W.isInstance(o)) return e(n);
      let { headers: s } = o,
        i = r?.userAgent?.map(tf) || [],
        a = (await t.defaultUserAgentProvider()).map(tf);
      await MO(r, t, n);
      let c = r;
      a.push(
        `m/${FO(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`,
      );
      let u = t?.customUserAgent?.map(tf) || [],
        l = await t.userAgentAppId();
      l && a.push(tf(["app", `${l}`]));
      let f = $p(),
        h = (f ? [f] : []).concat([...a, ...i, ...u]).join(" "),
        g = [...a.filter((S) => S.startsWith("aws-sdk-")), ...u].join(" ");
      return (
        t.runtime !== "browser"
          ? (g && (s[ef] = s[ef] ? `${s[hb]} ${g}` : g), (s[hb] = h))
          : (s[ef] = h),
        e({ ...n, request: o })
      );
    }),
      (tf = (t) => {
        let e = t[0]
            .split("/")
            .map((i) => i.replace(LO, "-"))
            .join("/"),
          r = t[1]?.replace(UO, "-"),
          n = e.indexOf("/"),
          o = e.substring(0, n),
          s = e.substring(n + 1);
        return (
          o === "api" && (s = s.toLowerCase()),
          [o, s, r]
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
      (yb = {
        name: "getUserAgentMiddleware",
        step: "build",
        priority: "low",
        tags: ["SET_USER_AGENT", "USER_AGENT"],
        override: !0,
      }),
      (Cn = (t) => ({
        applyToStack: (e) => {
          e.add(Sb(t), yb);
        },
      })));
  });
import { versions as Eb } from "node:process";
var WO,
  qO = p(() => {
    WO = () => {
      let t = ["deno", "bun", "llrt"];
      for (let e of t) if (Eb[e]) return [`md/${e}`, Eb[e]];
      return ["md/nodejs", Eb.node];
    };
  });
var Uc,
  bb = p(() => {
    Uc = { isCrtAvailable: !1 };
  });
var jO,
  KO = p(() => {
    bb();
    jO = () => (Uc.isCrtAvailable ? ["md/crt-avail"] : null);
  });
import { platform as Iq, release as _q } from "node:os";
import { env as YO } from "node:process";
var Ar,
  QO,
  JO = p(() => {
    qO();
    KO();
    bb();
    ((Ar = ({ serviceId: t, clientVersion: e }) => {
      let r = WO();
      return async (n) => {
        let o = [
            ["aws-sdk-js", e],
            ["ua", "2.1"],
            [`os/${Iq()}`, _q()],
            ["lang/js"],
            r,
          ],
          s = jO();
        (s && o.push(s),
          t && o.push([`api/${t}`, e]),
          YO.AWS_EXECUTION_ENV && o.push([`exec-env/${YO.AWS_EXECUTION_ENV}`]));
        let i = await n?.userAgentAppId?.();
        return i ? [...o, [`app/${i}`]] : [...o];
      };
    }),
      (QO = Ar));
  });
var xb,
  wb,
  Aq,
  Rn,
  XO = p(() => {
    qE();
    ((xb = "AWS_SDK_UA_APP_ID"),
      (wb = "sdk_ua_app_id"),
      (Aq = "sdk-ua-app-id"),
      (Rn = {
        environmentVariableSelector: (t) => t[xb],
        configFileSelector: (t) => t[wb] ?? t[Aq],
        default: Nc,
      }));
  });
var tN = {};
Te(tN, {
  BROWSER_MAP: () => Tb,
  ENGINE_MAP: () => vn,
  OS_MAP: () => Xe,
  PLATFORMS_MAP: () => M,
  default: () => Ib,
  getParser: () => $q,
  parse: () => Mq,
});
function eN(t, e) {
  for (var r = 0; r < e.length; r++) {
    var n = e[r];
    ((n.enumerable = n.enumerable || !1),
      (n.configurable = !0),
      "value" in n && (n.writable = !0),
      Object.defineProperty(t, Pq(n.key), n));
  }
}
function Nq(t, e, r) {
  return (
    e && eN(t.prototype, e),
    r && eN(t, r),
    Object.defineProperty(t, "prototype", { writable: !1 }),
    t
  );
}
function Pq(t) {
  var e = kq(t, "string");
  return typeof e == "symbol" ? e : e + "";
}
function kq(t, e) {
  if (typeof t != "object" || !t) return t;
  var r = t[Symbol.toPrimitive];
  if (r !== void 0) {
    var n = r.call(t, e || "default");
    if (typeof n != "object") return n;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return (e === "string" ? String : Number)(t);
}
var Cq,
  Tb,
  M,
  Xe,
  vn,
  b,
  k,
  Rq,
  vq,
  Dq,
  Oq,
  ZO,
  Ib,
  Mq,
  $q,
  rN = p(() => {
    ((Cq = {
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
      (Tb = {
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
      (Xe = {
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
      (vn = {
        Blink: "Blink",
        EdgeHTML: "EdgeHTML",
        Gecko: "Gecko",
        LibWeb: "LibWeb",
        Presto: "Presto",
        Trident: "Trident",
        WebKit: "WebKit",
      }),
      (b = (function () {
        function t() {}
        return (
          (t.getFirstMatch = function (r, n) {
            var o = n.match(r);
            return (o && o.length > 0 && o[1]) || "";
          }),
          (t.getSecondMatch = function (r, n) {
            var o = n.match(r);
            return (o && o.length > 1 && o[2]) || "";
          }),
          (t.matchAndReturnConst = function (r, n, o) {
            if (r.test(n)) return o;
          }),
          (t.isFirefoxOnIpad = function (r) {
            var n = r.indexOf("Macintosh");
            if (n === -1) return !1;
            var o = r.indexOf(" FxiOS", n + 9);
            return o !== -1 && r.indexOf("/", o + 6) !== -1;
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
            var o = n[0],
              s = n[1];
            if (o === 10)
              switch (s) {
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
            switch (o) {
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
              .map(function (o) {
                return parseInt(o, 10) || 0;
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
          (t.compareVersions = function (r, n, o) {
            o === void 0 && (o = !1);
            var s = t.getVersionPrecision(r),
              i = t.getVersionPrecision(n),
              a = Math.max(s, i),
              c = 0,
              u = t.map([r, n], function (l) {
                var f = a - t.getVersionPrecision(l),
                  h = l + new Array(f + 1).join(".0");
                return t
                  .map(h.split("."), function (g) {
                    return new Array(20 - g.length).join("0") + g;
                  })
                  .reverse();
              });
            for (o && (c = a - Math.min(s, i)), a -= 1; a >= c;) {
              if (u[0][a] > u[1][a]) return 1;
              if (u[0][a] === u[1][a]) {
                if (a === c) return 0;
                a -= 1;
              } else if (u[0][a] < u[1][a]) return -1;
            }
          }),
          (t.map = function (r, n) {
            var o = [],
              s;
            if (Array.prototype.map) return Array.prototype.map.call(r, n);
            for (s = 0; s < r.length; s += 1) o.push(n(r[s]));
            return o;
          }),
          (t.find = function (r, n) {
            var o, s;
            if (Array.prototype.find) return Array.prototype.find.call(r, n);
            for (o = 0, s = r.length; o < s; o += 1) {
              var i = r[o];
              if (n(i, o)) return i;
            }
          }),
          (t.assign = function (r) {
            for (
              var n = r,
                o,
                s,
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
              var f = a[o];
              typeof f == "object" &&
                f !== null &&
                Object.keys(f).forEach(function (h) {
                  n[h] = f[h];
                });
            };
            for (o = 0, s = a.length; o < s; o += 1) u();
            return r;
          }),
          (t.getBrowserAlias = function (r) {
            return Cq[r];
          }),
          (t.getBrowserTypeByAlias = function (r) {
            return Tb[r] || "";
          }),
          t
        );
      })()),
      (k = /version\/(\d+(\.?_?\d+)+)/i),
      (Rq = [
        {
          test: [/gptbot/i],
          describe: function (e) {
            var r = { name: "GPTBot" },
              n =
                b.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/chatgpt-user/i],
          describe: function (e) {
            var r = { name: "ChatGPT-User" },
              n =
                b.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/oai-searchbot/i],
          describe: function (e) {
            var r = { name: "OAI-SearchBot" },
              n =
                b.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
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
                b.getFirstMatch(
                  /(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i,
                  e,
                ) || b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/omgilibot/i, /webzio-extended/i],
          describe: function (e) {
            var r = { name: "Omgilibot" },
              n =
                b.getFirstMatch(
                  /(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i,
                  e,
                ) || b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/diffbot/i],
          describe: function (e) {
            var r = { name: "Diffbot" },
              n =
                b.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/perplexitybot/i],
          describe: function (e) {
            var r = { name: "PerplexityBot" },
              n =
                b.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/perplexity-user/i],
          describe: function (e) {
            var r = { name: "Perplexity-User" },
              n =
                b.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/youbot/i],
          describe: function (e) {
            var r = { name: "YouBot" },
              n =
                b.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-webindexer/i],
          describe: function (e) {
            var r = { name: "Meta-WebIndexer" },
              n =
                b.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-externalads/i],
          describe: function (e) {
            var r = { name: "Meta-ExternalAds" },
              n =
                b.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-externalagent/i],
          describe: function (e) {
            var r = { name: "Meta-ExternalAgent" },
              n =
                b.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/meta-externalfetcher/i],
          describe: function (e) {
            var r = { name: "Meta-ExternalFetcher" },
              n =
                b.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/googlebot/i],
          describe: function (e) {
            var r = { name: "Googlebot" },
              n =
                b.getFirstMatch(/googlebot\/(\d+(\.\d+))/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/linespider/i],
          describe: function (e) {
            var r = { name: "Linespider" },
              n =
                b.getFirstMatch(
                  /(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,
                  e,
                ) || b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/amazonbot/i],
          describe: function (e) {
            var r = { name: "AmazonBot" },
              n =
                b.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/bingbot/i],
          describe: function (e) {
            var r = { name: "BingCrawler" },
              n =
                b.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/baiduspider/i],
          describe: function (e) {
            var r = { name: "BaiduSpider" },
              n =
                b.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/duckduckbot/i],
          describe: function (e) {
            var r = { name: "DuckDuckBot" },
              n =
                b.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/ia_archiver/i],
          describe: function (e) {
            var r = { name: "InternetArchiveCrawler" },
              n =
                b.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
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
                b.getFirstMatch(
                  /(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i,
                  e,
                ) || b.getFirstMatch(k, e);
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
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/opr\/|opios/i],
          describe: function (e) {
            var r = { name: "Opera" },
              n =
                b.getFirstMatch(/(?:opr|opios)[\s/](\S+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/SamsungBrowser/i],
          describe: function (e) {
            var r = { name: "Samsung Internet for Android" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/Whale/i],
          describe: function (e) {
            var r = { name: "NAVER Whale Browser" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/PaleMoon/i],
          describe: function (e) {
            var r = { name: "Pale Moon" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/HeyTapBrowser/i],
          describe: function (e) {
            var r = { name: "HeyTap Browser" },
              n =
                b.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/VivoBrowser/i],
          describe: function (e) {
            var r = { name: "Vivo Browser" },
              n =
                b.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/MZBrowser/i],
          describe: function (e) {
            var r = { name: "MZ Browser" },
              n =
                b.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/focus/i],
          describe: function (e) {
            var r = { name: "Focus" },
              n =
                b.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/swing/i],
          describe: function (e) {
            var r = { name: "Swing" },
              n =
                b.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/coast/i],
          describe: function (e) {
            var r = { name: "Opera Coast" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/opt\/\d+(?:.?_?\d+)+/i],
          describe: function (e) {
            var r = { name: "Opera Touch" },
              n =
                b.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/yabrowser/i],
          describe: function (e) {
            var r = { name: "Yandex Browser" },
              n =
                b.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/ucbrowser/i],
          describe: function (e) {
            var r = { name: "UC Browser" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:ucbrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/Maxthon|mxios/i],
          describe: function (e) {
            var r = { name: "Maxthon" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/epiphany/i],
          describe: function (e) {
            var r = { name: "Epiphany" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/puffin/i],
          describe: function (e) {
            var r = { name: "Puffin" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/sleipnir/i],
          describe: function (e) {
            var r = { name: "Sleipnir" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/k-meleon/i],
          describe: function (e) {
            var r = { name: "K-Meleon" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/micromessenger/i],
          describe: function (e) {
            var r = { name: "WeChat" },
              n =
                b.getFirstMatch(
                  /(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i,
                  e,
                ) || b.getFirstMatch(k, e);
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
                b.getFirstMatch(
                  /(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i,
                  e,
                ) || b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/msie|trident/i],
          describe: function (e) {
            var r = { name: "Internet Explorer" },
              n = b.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/\sedg\//i],
          describe: function (e) {
            var r = { name: "Microsoft Edge" },
              n = b.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/edg([ea]|ios)\//i],
          describe: function (e) {
            var r = { name: "Microsoft Edge" },
              n = b.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i, e);
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
              var o = r.getBrandVersion("Vivaldi");
              if (o) return ((n.version = o), n);
            }
            var s = b.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (n.version = s), n);
          },
        },
        {
          test: [/seamonkey/i],
          describe: function (e) {
            var r = { name: "SeaMonkey" },
              n = b.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/sailfish/i],
          describe: function (e) {
            var r = { name: "Sailfish" },
              n = b.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/silk/i],
          describe: function (e) {
            var r = { name: "Amazon Silk" },
              n = b.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/phantom/i],
          describe: function (e) {
            var r = { name: "PhantomJS" },
              n = b.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/slimerjs/i],
          describe: function (e) {
            var r = { name: "SlimerJS" },
              n = b.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/blackberry|\bbb\d+/i, /rim\stablet/i],
          describe: function (e) {
            var r = { name: "BlackBerry" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: function (e) {
            var r = { name: "WebOS Browser" },
              n =
                b.getFirstMatch(k, e) ||
                b.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/bada/i],
          describe: function (e) {
            var r = { name: "Bada" },
              n = b.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/tizen/i],
          describe: function (e) {
            var r = { name: "Tizen" },
              n =
                b.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/qupzilla/i],
          describe: function (e) {
            var r = { name: "QupZilla" },
              n =
                b.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/librewolf/i],
          describe: function (e) {
            var r = { name: "LibreWolf" },
              n = b.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/firefox|iceweasel|fxios/i],
          describe: function (e) {
            var r = { name: "Firefox" },
              n = b.getFirstMatch(
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
              n = b.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/sogoumobilebrowser/i, /metasr/i, /se 2\.[x]/i],
          describe: function (e) {
            var r = { name: "Sogou Browser" },
              n = b.getFirstMatch(
                /(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i,
                e,
              ),
              o = b.getFirstMatch(
                /(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i,
                e,
              ),
              s = b.getFirstMatch(/se ([\d.]+)x/i, e),
              i = n || o || s;
            return (i && (r.version = i), r);
          },
        },
        {
          test: [/MiuiBrowser/i],
          describe: function (e) {
            var r = { name: "Miui" },
              n = b.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
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
              var o = r.getBrandVersion("DuckDuckGo");
              if (o) return ((n.version = o), n);
            }
            var s = b.getFirstMatch(/\sDdg\/([\d.]+)$/i, e);
            return (s && (n.version = s), n);
          },
        },
        {
          test: function (e) {
            return e.hasBrand("Brave");
          },
          describe: function (e, r) {
            var n = { name: "Brave" };
            if (r) {
              var o = r.getBrandVersion("Brave");
              if (o) return ((n.version = o), n);
            }
            return n;
          },
        },
        {
          test: [/chromium/i],
          describe: function (e) {
            var r = { name: "Chromium" },
              n =
                b.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/ladybird/i],
          describe: function (e) {
            var r = { name: "Ladybird" },
              n = b.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/chrome|crios|crmo/i],
          describe: function (e) {
            var r = { name: "Chrome" },
              n = b.getFirstMatch(
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
              n = b.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i, e);
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
              n = b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/playstation 4/i],
          describe: function (e) {
            var r = { name: "PlayStation 4" },
              n = b.getFirstMatch(k, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/safari|applewebkit/i],
          describe: function (e) {
            var r = { name: "Safari" },
              n = b.getFirstMatch(k, e);
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
              name: b.getFirstMatch(r, e),
              version: b.getSecondMatch(r, e),
            };
          },
        },
      ]),
      (vq = [
        {
          test: [/Roku\/DVP/],
          describe: function (e) {
            var r = b.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
            return { name: Xe.Roku, version: r };
          },
        },
        {
          test: [/windows phone/i],
          describe: function (e) {
            var r = b.getFirstMatch(
              /windows phone (?:os)?\s?(\d+(\.\d+)*)/i,
              e,
            );
            return { name: Xe.WindowsPhone, version: r };
          },
        },
        {
          test: [/windows /i],
          describe: function (e) {
            var r = b.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e),
              n = b.getWindowsVersionName(r);
            return { name: Xe.Windows, version: r, versionName: n };
          },
        },
        {
          test: function (e) {
            return b.isFirefoxOnIpad(e.getUA());
          },
          describe: function (e) {
            var r = { name: Xe.iOS },
              n = b.getSecondMatch(/(Version\/)(\d[\d.]+)/, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/macintosh/i],
          describe: function (e) {
            var r = b
                .getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i, e)
                .replace(/[_\s]/g, "."),
              n = b.getMacOSVersionName(r),
              o = { name: Xe.MacOS, version: r };
            return (n && (o.versionName = n), o);
          },
        },
        {
          test: [/(ipod|iphone|ipad)/i],
          describe: function (e) {
            var r = b
              .getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e)
              .replace(/[_\s]/g, ".");
            return { name: Xe.iOS, version: r };
          },
        },
        {
          test: [/OpenHarmony/i],
          describe: function (e) {
            var r = b.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
            return { name: Xe.HarmonyOS, version: r };
          },
        },
        {
          test: function (e) {
            var r = !e.test(/like android/i),
              n = e.test(/android/i);
            return r && n;
          },
          describe: function (e) {
            var r = b.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i, e),
              n = b.getAndroidVersionName(r),
              o = { name: Xe.Android, version: r };
            return (n && (o.versionName = n), o);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: function (e) {
            var r = b.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e),
              n = { name: Xe.WebOS };
            return (r && r.length && (n.version = r), n);
          },
        },
        {
          test: [/blackberry|\bbb\d+/i, /rim\stablet/i],
          describe: function (e) {
            var r =
              b.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i, e) ||
              b.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i, e) ||
              b.getFirstMatch(/\bbb(\d+)/i, e);
            return { name: Xe.BlackBerry, version: r };
          },
        },
        {
          test: [/bada/i],
          describe: function (e) {
            var r = b.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
            return { name: Xe.Bada, version: r };
          },
        },
        {
          test: [/tizen/i],
          describe: function (e) {
            var r = b.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
            return { name: Xe.Tizen, version: r };
          },
        },
        {
          test: [/linux/i],
          describe: function () {
            return { name: Xe.Linux };
          },
        },
        {
          test: [/CrOS/],
          describe: function () {
            return { name: Xe.ChromeOS };
          },
        },
        {
          test: [/PlayStation 4/],
          describe: function (e) {
            var r = b.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
            return { name: Xe.PlayStation4, version: r };
          },
        },
      ]),
      (Dq = [
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
            var r = b.getFirstMatch(/(can-l01)/i, e) && "Nova",
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
            return b.isFirefoxOnIpad(e.getUA());
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
            var r = b.getFirstMatch(/(ipod|iphone)/i, e);
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
            var r = b.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i, e),
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
      (Oq = [
        {
          test: function (e) {
            return e.getBrowserName(!0) === "microsoft edge";
          },
          describe: function (e) {
            if (/\sedg\//i.test(e)) return { name: vn.Blink };
            var r = b.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
            return { name: vn.EdgeHTML, version: r };
          },
        },
        {
          test: function (e) {
            return e.getBrowserName(!0) === "ladybird";
          },
          describe: function () {
            return { name: vn.LibWeb };
          },
        },
        {
          test: [/trident/i],
          describe: function (e) {
            var r = { name: vn.Trident },
              n = b.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: function (e) {
            return e.test(/presto/i);
          },
          describe: function (e) {
            var r = { name: vn.Presto },
              n = b.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i, e);
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
            var r = { name: vn.Gecko },
              n = b.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
        {
          test: [/(apple)?webkit\/537\.36/i],
          describe: function () {
            return { name: vn.Blink };
          },
        },
        {
          test: [/(apple)?webkit/i],
          describe: function (e) {
            var r = { name: vn.WebKit },
              n = b.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (r.version = n), r);
          },
        },
      ]),
      (ZO = (function () {
        function t(r, n, o) {
          if (
            (n === void 0 && (n = !1),
            o === void 0 && (o = null),
            r == null || r === "")
          )
            throw new Error("UserAgent parameter can't be empty");
          this._ua = r;
          var s = !1;
          (typeof n == "boolean"
            ? ((s = n), (this._hints = o))
            : n != null && typeof n == "object"
              ? (this._hints = n)
              : (this._hints = null),
            (this.parsedResult = {}),
            s !== !0 && this.parse());
        }
        var e = t.prototype;
        return (
          (e.getHints = function () {
            return this._hints;
          }),
          (e.hasBrand = function (n) {
            if (!this._hints || !Array.isArray(this._hints.brands)) return !1;
            var o = n.toLowerCase();
            return this._hints.brands.some(function (s) {
              return s.brand && s.brand.toLowerCase() === o;
            });
          }),
          (e.getBrandVersion = function (n) {
            if (!(!this._hints || !Array.isArray(this._hints.brands))) {
              var o = n.toLowerCase(),
                s = b.find(this._hints.brands, function (i) {
                  return i.brand && i.brand.toLowerCase() === o;
                });
              return s ? s.version : void 0;
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
            var o = b.find(Rq, function (s) {
              if (typeof s.test == "function") return s.test(n);
              if (Array.isArray(s.test))
                return s.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              o && (this.parsedResult.browser = o.describe(this.getUA(), this)),
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
            var o = b.find(vq, function (s) {
              if (typeof s.test == "function") return s.test(n);
              if (Array.isArray(s.test))
                return s.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              o && (this.parsedResult.os = o.describe(this.getUA())),
              this.parsedResult.os
            );
          }),
          (e.getOSName = function (n) {
            var o = this.getOS().name;
            return n ? String(o).toLowerCase() || "" : o || "";
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
            var o = this.getPlatform().type;
            return n ? String(o).toLowerCase() || "" : o || "";
          }),
          (e.parsePlatform = function () {
            var n = this;
            this.parsedResult.platform = {};
            var o = b.find(Dq, function (s) {
              if (typeof s.test == "function") return s.test(n);
              if (Array.isArray(s.test))
                return s.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              o && (this.parsedResult.platform = o.describe(this.getUA())),
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
            var o = b.find(Oq, function (s) {
              if (typeof s.test == "function") return s.test(n);
              if (Array.isArray(s.test))
                return s.test.some(function (i) {
                  return n.test(i);
                });
              throw new Error("Browser's test function is not valid");
            });
            return (
              o && (this.parsedResult.engine = o.describe(this.getUA())),
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
            return b.assign({}, this.parsedResult);
          }),
          (e.satisfies = function (n) {
            var o = this,
              s = {},
              i = 0,
              a = {},
              c = 0;
            if (
              (Object.keys(n).forEach(function (y) {
                var x = n[y];
                typeof x == "string" || Array.isArray(x)
                  ? ((a[y] = x), (c += 1))
                  : typeof x == "object" && ((s[y] = x), (i += 1));
              }),
              i > 0)
            ) {
              var u = Object.keys(s),
                l = b.find(u, function (y) {
                  return o.isOS(y);
                });
              if (l) {
                var f = this.satisfies(s[l]);
                if (f !== void 0) return f;
              }
              var h = b.find(u, function (y) {
                return o.isPlatform(y);
              });
              if (h) {
                var g = this.satisfies(s[h]);
                if (g !== void 0) return g;
              }
            }
            if (c > 0) {
              var S = Object.keys(a),
                E = b.find(S, function (y) {
                  return o.isBrowser(y, !0);
                });
              if (E !== void 0) return this.compareVersions(a[E]);
            }
          }),
          (e.isBrowser = function (n, o) {
            o === void 0 && (o = !1);
            var s = this.getBrowserName().toLowerCase(),
              i = n.toLowerCase(),
              a = b.getBrowserTypeByAlias(i);
            return (o && a && (i = a.toLowerCase()), i === s);
          }),
          (e.compareVersions = function (n) {
            var o = this;
            return typeof n == "string"
              ? this.compareVersion(n)
              : n.some(function (s) {
                  return o.compareVersion(s);
                });
          }),
          (e.compareVersion = function (n) {
            var o = [0],
              s = n,
              i = !1,
              a = this.getBrowserVersion();
            if (typeof a == "string")
              return (
                n[0] === ">" || n[0] === "<"
                  ? ((s = n.substr(1)),
                    n[1] === "=" ? ((i = !0), (s = n.substr(2))) : (o = []),
                    n[0] === ">" ? o.push(1) : o.push(-1))
                  : n[0] === "="
                    ? (s = n.substr(1))
                    : n[0] === "~" && ((i = !0), (s = n.substr(1))),
                o.indexOf(b.compareVersions(a, s, i)) > -1
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
          (e.is = function (n, o) {
            return (
              o === void 0 && (o = !1),
              this.isBrowser(n, o) || this.isOS(n) || this.isPlatform(n)
            );
          }),
          (e.some = function (n) {
            var o = this;
            return (
              n === void 0 && (n = []),
              n.some(function (s) {
                return o.is(s);
              })
            );
          }),
          t
        );
      })()));
    ((Ib = (function () {
      function t() {}
      return (
        (t.getParser = function (r, n, o) {
          if (
            (n === void 0 && (n = !1),
            o === void 0 && (o = null),
            typeof r != "string")
          )
            throw new Error("UserAgent should be a string");
          return new ZO(r, n, o);
        }),
        (t.parse = function (r, n) {
          return (n === void 0 && (n = null), new ZO(r, n).getResult());
        }),
        Nq(t, null, [
          {
            key: "BROWSER_MAP",
            get: function () {
              return Tb;
            },
          },
          {
            key: "ENGINE_MAP",
            get: function () {
              return vn;
            },
          },
          {
            key: "OS_MAP",
            get: function () {
              return Xe;
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
      (Mq = Ib.parse),
      ($q = Ib.getParser));
  });
var nN,
  oN = p(() => {
    nN =
      ({ serviceId: t, clientVersion: e }) =>
      async (r) => {
        let n = await Promise.resolve().then(() => (rN(), tN)),
          o = n.parse ?? n.default.parse ?? (() => ""),
          s =
            typeof window < "u" && window?.navigator?.userAgent
              ? o(window.navigator.userAgent)
              : void 0,
          i = [
            ["aws-sdk-js", e],
            ["ua", "2.1"],
            [`os/${s?.os?.name || "other"}`, s?.os?.version],
            ["lang/js"],
            [
              "md/browser",
              `${s?.browser?.name ?? "unknown"}_${s?.browser?.version ?? "unknown"}`,
            ],
          ];
        t && i.push([`api/${t}`, e]);
        let a = await r?.userAgentAppId?.();
        return (a && i.push([`app/${a}`]), i);
      };
  });
var sN,
  iN = p(() => {
    sN = {
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
var _b = p(() => {
  Ee();
});
var Bc,
  Ab = p(() => {
    Ee();
    _b();
    Bc = (t, e = !1) => {
      if (e) {
        for (let r of t.split(".")) if (!Bc(r)) return !1;
        return !0;
      }
      return !(
        !hr(t) ||
        t.length < 3 ||
        t.length > 63 ||
        t !== t.toLowerCase() ||
        qn(t)
      );
    };
  });
var rf,
  Cb = p(() => {
    rf = (t) => {
      let e = t.split(":");
      if (e.length < 6) return null;
      let [r, n, o, s, i, ...a] = e;
      if (r !== "arn" || n === "" || o === "" || a.join(":") === "")
        return null;
      let c = a.map((u) => u.split("/")).flat();
      return {
        partition: n,
        service: o,
        region: s,
        accountId: i,
        resourceId: c,
      };
    };
  });
var Cr,
  aN = p(() => {
    Ee();
    Ab();
    Cb();
    Lp();
    Cr = { isVirtualHostableS3Bucket: Bc, parseArn: rf, partition: Mp };
    bt.aws = Cr;
  });
var cN = p(() => {
  Ee();
});
var uN,
  Rb,
  dN = p(() => {
    $();
    ((uN = (t) => {
      if (typeof t.endpointProvider != "function")
        throw new Error(
          "@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.",
        );
      let { endpoint: e } = t;
      return (
        e === void 0 &&
          (t.endpoint = async () =>
            Rb(
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
      (Rb = (t) => je(t.url)));
  });
var lN = p(() => {
  Ee();
});
var pN = p(() => {
  le();
  le();
});
function nf(t = {}) {
  return G(
    {
      ...Ke,
      async default() {
        return (
          vb.silence ||
            console.warn(
              "@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.",
            ),
          "us-east-1"
        );
      },
    },
    { ...lt, ...t },
  );
}
var vb,
  fN = p(() => {
    le();
    vb = { silence: !1 };
  });
var Dn,
  On,
  mN = p(() => {
    ((Dn = (t) => ({
      setRegion(e) {
        t.region = e;
      },
      region() {
        return t.region;
      },
    })),
      (On = (t) => ({ region: t.region() })));
  });
var Nn = {};
Te(Nn, {
  DEFAULT_UA_APP_ID: () => Nc,
  EndpointError: () => Z,
  NODE_APP_ID_CONFIG_OPTIONS: () => Rn,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => lt,
  NODE_REGION_CONFIG_OPTIONS: () => Ke,
  REGION_ENV_NAME: () => Ti,
  REGION_INI_NAME: () => Ii,
  UA_APP_ID_ENV_NAME: () => xb,
  UA_APP_ID_INI_NAME: () => wb,
  awsEndpointFunctions: () => Cr,
  createDefaultUserAgentProvider: () => Ar,
  createUserAgentStringParsingProvider: () => nN,
  crtAvailability: () => Uc,
  defaultUserAgent: () => QO,
  emitWarningIfUnsupportedVersion: () => tn,
  fallback: () => sN,
  getAwsRegionExtensionConfiguration: () => Dn,
  getDefaultSocketTimeout: () => rn,
  getHostHeaderPlugin: () => En,
  getLoggerPlugin: () => bn,
  getLongPollPlugin: () => U0,
  getRecursionDetectionPlugin: () => xn,
  getUserAgentMiddlewareOptions: () => yb,
  getUserAgentPlugin: () => Cn,
  getUserAgentPrefix: () => $p,
  hostHeaderMiddleware: () => OE,
  hostHeaderMiddlewareOptions: () => NE,
  isIpAddress: () => qn,
  isVirtualHostableS3Bucket: () => Bc,
  loggerMiddleware: () => PE,
  loggerMiddlewareOptions: () => kE,
  parseArn: () => rf,
  partition: () => Mp,
  recursionDetectionMiddleware: () => vp,
  recursionDetectionMiddlewareOptions: () => Cp,
  resolveAwsRegionExtensionConfiguration: () => On,
  resolveDefaultAwsRegionalEndpointsConfig: () => uN,
  resolveEndpoint: () => wc,
  resolveHostHeaderConfig: () => Ji,
  resolveRegionConfig: () => Ut,
  resolveUserAgentConfig: () => wn,
  setCredentialFeature: () => bo,
  setFeature: () => Xt,
  setPartitionInfo: () => KE,
  setTokenFeature: () => G0,
  state: () => ac,
  stsRegionDefaultResolver: () => nf,
  stsRegionWarning: () => vb,
  toEndpointV1: () => Rb,
  useDefaultPartitionInfo: () => lO,
  userAgentMiddleware: () => Sb,
});
var pe = p(() => {
  L0();
  B0();
  F0();
  wS();
  V0();
  H0();
  $D();
  LD();
  ME();
  GD();
  GE();
  qE();
  zO();
  JO();
  XO();
  iN();
  oN();
  aN();
  cN();
  dN();
  _b();
  Ab();
  Cb();
  Lp();
  lN();
  pN();
  fN();
  mN();
});
var gN = fe((bRe, hN) => {
  function eo(t) {
    (Object.defineProperty(this, "_next", {
      writable: !1,
      enumerable: !1,
      value: t,
    }),
      (this.done = !1));
  }
  eo.prototype.next = function () {
    if (this.done) return { done: !0 };
    var t = this._next();
    return (t.done && (this.done = !0), t);
  };
  typeof Symbol < "u" &&
    (eo.prototype[Symbol.iterator] = function () {
      return this;
    });
  eo.of = function () {
    var t = arguments,
      e = t.length,
      r = 0;
    return new eo(function () {
      return r >= e ? { done: !0 } : { done: !1, value: t[r++] };
    });
  };
  eo.empty = function () {
    var t = new eo(null);
    return ((t.done = !0), t);
  };
  eo.is = function (t) {
    return t instanceof eo
      ? !0
      : typeof t == "object" && t !== null && typeof t.next == "function";
  };
  hN.exports = eo;
});
var Db = fe((xRe, bN) => {
  var SN = typeof ArrayBuffer < "u",
    yN = typeof Symbol < "u";
  function EN(t, e) {
    var r, n, o, s, i;
    if (!t) throw new Error("obliterator/forEach: invalid iterable.");
    if (typeof e != "function")
      throw new Error("obliterator/forEach: expecting a callback.");
    if (
      Array.isArray(t) ||
      (SN && ArrayBuffer.isView(t)) ||
      typeof t == "string" ||
      t.toString() === "[object Arguments]"
    ) {
      for (o = 0, s = t.length; o < s; o++) e(t[o], o);
      return;
    }
    if (typeof t.forEach == "function") {
      t.forEach(e);
      return;
    }
    if (
      (yN &&
        Symbol.iterator in t &&
        typeof t.next != "function" &&
        (t = t[Symbol.iterator]()),
      typeof t.next == "function")
    ) {
      for (r = t, o = 0; (i = r.next()), i.done !== !0;) (e(i.value, o), o++);
      return;
    }
    for (n in t) t.hasOwnProperty(n) && e(t[n], n);
  }
  EN.forEachWithNullKeys = function (t, e) {
    var r, n, o, s, i;
    if (!t)
      throw new Error("obliterator/forEachWithNullKeys: invalid iterable.");
    if (typeof e != "function")
      throw new Error("obliterator/forEachWithNullKeys: expecting a callback.");
    if (
      Array.isArray(t) ||
      (SN && ArrayBuffer.isView(t)) ||
      typeof t == "string" ||
      t.toString() === "[object Arguments]"
    ) {
      for (o = 0, s = t.length; o < s; o++) e(t[o], null);
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
      (yN &&
        Symbol.iterator in t &&
        typeof t.next != "function" &&
        (t = t[Symbol.iterator]()),
      typeof t.next == "function")
    ) {
      for (r = t, o = 0; (i = r.next()), i.done !== !0;)
        (e(i.value, null), o++);
      return;
    }
    for (n in t) t.hasOwnProperty(n) && e(t[n], n);
  };
  bN.exports = EN;
});
var Ob = fe((Pn) => {
  var Lq = Math.pow(2, 8) - 1,
    Uq = Math.pow(2, 16) - 1,
    Bq = Math.pow(2, 32) - 1,
    Fq = Math.pow(2, 7) - 1,
    Gq = Math.pow(2, 15) - 1,
    Vq = Math.pow(2, 31) - 1;
  Pn.getPointerArray = function (t) {
    var e = t - 1;
    return e <= Lq
      ? Uint8Array
      : e <= Uq
        ? Uint16Array
        : e <= Bq
          ? Uint32Array
          : Float64Array;
  };
  Pn.getSignedPointerArray = function (t) {
    var e = t - 1;
    return e <= Fq
      ? Int8Array
      : e <= Gq
        ? Int16Array
        : e <= Vq
          ? Int32Array
          : Float64Array;
  };
  Pn.getNumberType = function (t) {
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
  var Hq = {
    Uint8Array: 1,
    Int8Array: 2,
    Uint16Array: 3,
    Int16Array: 4,
    Uint32Array: 5,
    Int32Array: 6,
    Float32Array: 7,
    Float64Array: 8,
  };
  Pn.getMinimalRepresentation = function (t, e) {
    var r = null,
      n = 0,
      o,
      s,
      i,
      a,
      c;
    for (a = 0, c = t.length; a < c; a++)
      ((i = e ? e(t[a]) : t[a]),
        (s = Pn.getNumberType(i)),
        (o = Hq[s.name]),
        o > n && ((n = o), (r = s)));
    return r;
  };
  Pn.isTypedArray = function (t) {
    return typeof ArrayBuffer < "u" && ArrayBuffer.isView(t);
  };
  Pn.concat = function () {
    var t = 0,
      e,
      r,
      n;
    for (e = 0, n = arguments.length; e < n; e++) t += arguments[e].length;
    var o = new arguments[0].constructor(t);
    for (e = 0, r = 0; e < n; e++)
      (o.set(arguments[e], r), (r += arguments[e].length));
    return o;
  };
  Pn.indices = function (t) {
    for (var e = Pn.getPointerArray(t), r = new e(t), n = 0; n < t; n++)
      r[n] = n;
    return r;
  };
});
var TN = fe((Fc) => {
  var xN = Db(),
    wN = Ob();
  function zq(t) {
    return Array.isArray(t) || wN.isTypedArray(t);
  }
  function Nb(t) {
    if (typeof t.length == "number") return t.length;
    if (typeof t.size == "number") return t.size;
  }
  function Wq(t) {
    var e = Nb(t),
      r = typeof e == "number" ? new Array(e) : [],
      n = 0;
    return (
      xN(t, function (o) {
        r[n++] = o;
      }),
      r
    );
  }
  function qq(t) {
    var e = Nb(t),
      r = typeof e == "number" ? wN.getPointerArray(e) : Array,
      n = typeof e == "number" ? new Array(e) : [],
      o = typeof e == "number" ? new r(e) : [],
      s = 0;
    return (
      xN(t, function (i) {
        ((n[s] = i), (o[s] = s++));
      }),
      [n, o]
    );
  }
  Fc.isArrayLike = zq;
  Fc.guessLength = Nb;
  Fc.toArray = Wq;
  Fc.toArrayWithIndices = qq;
});
var _N = fe((IRe, IN) => {
  var Pb = gN(),
    jq = Db(),
    Kq = Ob(),
    Yq = TN();
  function Ne(t, e, r) {
    if (
      (arguments.length < 2 && ((r = t), (t = null), (e = null)),
      (this.capacity = r),
      typeof this.capacity != "number" || this.capacity <= 0)
    )
      throw new Error(
        "mnemonist/lru-cache: capacity should be positive number.",
      );
    var n = Kq.getPointerArray(r);
    ((this.forward = new n(r)),
      (this.backward = new n(r)),
      (this.K = typeof t == "function" ? new t(r) : new Array(r)),
      (this.V = typeof e == "function" ? new e(r) : new Array(r)),
      (this.size = 0),
      (this.head = 0),
      (this.tail = 0),
      (this.items = {}));
  }
  Ne.prototype.clear = function () {
    ((this.size = 0), (this.head = 0), (this.tail = 0), (this.items = {}));
  };
  Ne.prototype.splayOnTop = function (t) {
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
  Ne.prototype.set = function (t, e) {
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
  Ne.prototype.setpop = function (t, e) {
    var r = null,
      n = null,
      o = this.items[t];
    return typeof o < "u"
      ? (this.splayOnTop(o),
        (r = this.V[o]),
        (this.V[o] = e),
        { evicted: !1, key: t, value: r })
      : (this.size < this.capacity
          ? (o = this.size++)
          : ((o = this.tail),
            (this.tail = this.backward[o]),
            (r = this.V[o]),
            (n = this.K[o]),
            delete this.items[this.K[o]]),
        (this.items[t] = o),
        (this.K[o] = t),
        (this.V[o] = e),
        (this.forward[o] = this.head),
        (this.backward[this.head] = o),
        (this.head = o),
        n ? { evicted: !0, key: n, value: r } : null);
  };
  Ne.prototype.has = function (t) {
    return t in this.items;
  };
  Ne.prototype.get = function (t) {
    var e = this.items[t];
    if (!(typeof e > "u")) return (this.splayOnTop(e), this.V[e]);
  };
  Ne.prototype.peek = function (t) {
    var e = this.items[t];
    if (!(typeof e > "u")) return this.V[e];
  };
  Ne.prototype.forEach = function (t, e) {
    e = arguments.length > 1 ? e : this;
    for (
      var r = 0,
        n = this.size,
        o = this.head,
        s = this.K,
        i = this.V,
        a = this.forward;
      r < n;
    )
      (t.call(e, i[o], s[o], this), (o = a[o]), r++);
  };
  Ne.prototype.keys = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.K,
      o = this.forward;
    return new Pb(function () {
      if (t >= e) return { done: !0 };
      var s = n[r];
      return (t++, t < e && (r = o[r]), { done: !1, value: s });
    });
  };
  Ne.prototype.values = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.V,
      o = this.forward;
    return new Pb(function () {
      if (t >= e) return { done: !0 };
      var s = n[r];
      return (t++, t < e && (r = o[r]), { done: !1, value: s });
    });
  };
  Ne.prototype.entries = function () {
    var t = 0,
      e = this.size,
      r = this.head,
      n = this.K,
      o = this.V,
      s = this.forward;
    return new Pb(function () {
      if (t >= e) return { done: !0 };
      var i = n[r],
        a = o[r];
      return (t++, t < e && (r = s[r]), { done: !1, value: [i, a] });
    });
  };
  typeof Symbol < "u" && (Ne.prototype[Symbol.iterator] = Ne.prototype.entries);
  Ne.prototype.inspect = function () {
    for (var t = new Map(), e = this.entries(), r; (r = e.next()), !r.done;)
      t.set(r.value[0], r.value[1]);
    return (
      Object.defineProperty(t, "constructor", { value: Ne, enumerable: !1 }),
      t
    );
  };
  typeof Symbol < "u" &&
    (Ne.prototype[Symbol.for("nodejs.util.inspect.custom")] =
      Ne.prototype.inspect);
  Ne.from = function (t, e, r, n) {
    if (arguments.length < 2) {
      if (((n = Yq.guessLength(t)), typeof n != "number"))
        throw new Error(
          "mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.",
        );
    } else arguments.length === 2 && ((n = e), (e = null), (r = null));
    var o = new Ne(e, r, n);
    return (
      jq(t, function (s, i) {
        o.set(i, s);
      }),
      o
    );
  };
  IN.exports = Ne;
});
var CN = fe((AN) => {
  var Qq = _N(),
    kb = class {
      cache;
      constructor(e) {
        this.cache = new Qq(e);
      }
      getEndpoint(e) {
        let r = this.get(e);
        if (!r || r.length === 0) return;
        let n = r.map((o) => o.Address);
        return n[Math.floor(Math.random() * n.length)];
      }
      get(e) {
        if (!this.has(e)) return;
        let r = this.cache.get(e);
        if (!r) return;
        let n = Date.now(),
          o = r.filter((s) => n < s.Expires);
        if (o.length === 0) {
          this.delete(e);
          return;
        }
        return o;
      }
      set(e, r) {
        let n = Date.now();
        this.cache.set(
          e,
          r.map(({ Address: o, CachePeriodInMinutes: s }) => ({
            Address: o,
            Expires: n + s * 60 * 1e3,
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
  AN.EndpointCache = kb;
});
var ON = fe((Ps) => {
  var { HttpRequest: Jq } = ($(), O(Ho)),
    { EndpointCache: Xq } = CN(),
    RN = ["AWS_ENABLE_ENDPOINT_DISCOVERY", "AWS_ENDPOINT_DISCOVERY_ENABLED"],
    Mb = "endpoint_discovery_enabled",
    vN = (t) => ["false", "0"].indexOf(t) >= 0,
    Zq = {
      environmentVariableSelector: (t) => {
        for (let e = 0; e < RN.length; e++) {
          let r = RN[e];
          if (r in t) {
            let n = t[r];
            if (n === "")
              throw Error(
                `Environment variable ${r} can't be empty of undefined, got "${n}"`,
              );
            return !vN(n);
          }
        }
      },
      configFileSelector: (t) => {
        if (Mb in t) {
          let e = t[Mb];
          if (e === void 0)
            throw Error(
              `Shared config entry ${Mb} can't be undefined, got "${e}"`,
            );
          return !vN(e);
        }
      },
      default: void 0,
    },
    ej = async (t, e, r) => {
      let { accessKeyId: n } = await e.credentials(),
        { identifiers: o } = r;
      return JSON.stringify({
        ...(n && { accessKeyId: n }),
        ...(o && {
          commandName: t,
          identifiers: Object.entries(o)
            .sort()
            .reduce((s, [i, a]) => ({ ...s, [i]: a }), {}),
        }),
      });
    },
    to = {},
    DN = async (t, e) =>
      new Promise((r, n) => {
        let { endpointCache: o } = t,
          { cacheKey: s, commandName: i, identifiers: a } = e,
          c = o.get(s);
        if (c && c.length === 1 && c[0].Address === "")
          e.isDiscoveredEndpointRequired
            ? (to[s] || (to[s] = []), to[s].push({ resolve: r, reject: n }))
            : r();
        else if (c && c.length > 0) r();
        else {
          let u = [{ Address: "", CachePeriodInMinutes: 1 }];
          o.set(s, u);
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
              (o.set(s, h.output.Endpoints),
                to[s] &&
                  (to[s].forEach(({ resolve: g }) => {
                    g();
                  }),
                  delete to[s]),
                r());
            })
            .catch((h) => {
              o.delete(s);
              let g = Object.assign(
                new Error(
                  "The operation to discover endpoint failed. Please retry, or provide a custom endpoint and disable endpoint discovery to proceed.",
                ),
                { reason: h },
              );
              (to[s] &&
                (to[s].forEach(({ reject: S }) => {
                  S(g);
                }),
                delete to[s]),
                e.isDiscoveredEndpointRequired ? n(g) : (o.set(s, u), r()));
            });
        }
      }),
    $b = (t, e) => (r, n) => async (o) => {
      if (t.isCustomEndpoint) {
        if (t.isClientEndpointDiscoveryEnabled)
          throw new Error(
            "Custom endpoint is supplied; endpointDiscoveryEnabled must not be true.",
          );
        return r(o);
      }
      let { endpointDiscoveryCommandCtor: s } = t,
        { isDiscoveredEndpointRequired: i, identifiers: a } = e,
        c = n.clientName,
        u = n.commandName,
        l = await t.endpointDiscoveryEnabled(),
        f = await ej(u, t, { identifiers: a });
      if (i) {
        if (l === !1)
          throw new Error(
            `Endpoint Discovery is disabled but ${u} on ${c} requires it. Please check your configurations.`,
          );
        await DN(t, {
          ...e,
          commandName: u,
          cacheKey: f,
          endpointDiscoveryCommandCtor: s,
        });
      } else
        l &&
          DN(t, {
            ...e,
            commandName: u,
            cacheKey: f,
            endpointDiscoveryCommandCtor: s,
          });
      let { request: h } = o;
      if (f && Jq.isInstance(h)) {
        let g = t.endpointCache.getEndpoint(f);
        g && (h.hostname = g);
      }
      return r(o);
    },
    of = {
      name: "endpointDiscoveryMiddleware",
      step: "build",
      tags: ["ENDPOINT_DISCOVERY"],
      override: !0,
    },
    tj = (t, e) => ({
      applyToStack: (r) => {
        r.add($b(t, e), of);
      },
    }),
    rj = (t, e) => ({
      applyToStack: (r) => {
        r.add($b(t, { ...e, isDiscoveredEndpointRequired: !0 }), of);
      },
    }),
    nj = (t, e) => ({
      applyToStack: (r) => {
        r.add($b(t, { ...e, isDiscoveredEndpointRequired: !1 }), of);
      },
    }),
    oj = (t, { endpointDiscoveryCommandCtor: e }) => {
      let {
        endpointCacheSize: r,
        endpointDiscoveryEnabled: n,
        endpointDiscoveryEnabledProvider: o,
      } = t;
      return Object.assign(t, {
        endpointDiscoveryCommandCtor: e,
        endpointCache: new Xq(r ?? 1e3),
        endpointDiscoveryEnabled: n !== void 0 ? () => Promise.resolve(n) : o,
        isClientEndpointDiscoveryEnabled: n !== void 0,
      });
    };
  Ps.NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = Zq;
  Ps.endpointDiscoveryMiddlewareOptions = of;
  Ps.getEndpointDiscoveryOptionalPlugin = nj;
  Ps.getEndpointDiscoveryPlugin = tj;
  Ps.getEndpointDiscoveryRequiredPlugin = rj;
  Ps.resolveEndpointDiscoveryConfig = oj;
});
var sf,
  af,
  NN = p(() => {
    $();
    ((sf = (t) =>
      Be.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0),
      (af = (t) =>
        Be.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0));
  });
var Gc,
  PN = p(() => {
    Gc = (t) => new Date(Date.now() + t);
  });
var cf,
  kN = p(() => {
    cf = (t, e, r, n) => {
      if (n !== void 0) return e;
      let o = Date.parse(t);
      if (Number.isNaN(o)) return e;
      let s = Date.now();
      return r !== void 0 && s - r > 9e5 ? e : o - s;
    };
  });
var Lb = p(() => {
  NN();
  PN();
  kN();
});
var MN,
  Vc,
  sj,
  ia,
  He,
  Ub,
  Bb = p(() => {
    $();
    MN = ye(Yt());
    Lb();
    ((Vc = (t, e) => {
      if (!e)
        throw new Error(
          `Property \`${t}\` is not resolved for AWS SDK SigV4Auth`,
        );
      return e;
    }),
      (sj = (t) =>
        t.context?.[MN.SMITHY_CONTEXT_KEY]?.eventStream?.output === !0),
      (ia = async (t) => {
        let e = Vc("context", t.context),
          r = Vc("config", t.config),
          n = e.endpointV2?.properties?.authSchemes?.[0],
          s = await Vc("signer", r.signer)(n),
          i = t?.signingRegion,
          a = t?.signingRegionSet,
          c = t?.signingName;
        return {
          config: r,
          signer: s,
          signingRegion: i,
          signingRegionSet: a,
          signingName: c,
        };
      }),
      (He = class {
        async sign(e, r, n) {
          if (!W.isInstance(e))
            throw new Error(
              "The request is not an instance of `HttpRequest` and cannot be signed",
            );
          let o = await ia(n),
            { config: s, signer: i } = o,
            { signingRegion: a, signingName: c } = o,
            u = n.context;
          if (u?.authSchemes?.length ?? !1) {
            let [g, S] = u.authSchemes;
            g?.name === "sigv4a" &&
              S?.name === "sigv4" &&
              ((a = S?.signingRegion ?? a), (c = S?.signingName ?? c));
          }
          let l = (await s.disableClockSkewCorrection?.()) === !0;
          n._disableClockSkewCorrection = l;
          let f = l || sj(n);
          return (
            (n._skipClockSkewSampling = f),
            f ||
              ((n._preRequestSystemClockOffset = s.systemClockOffset),
              (n._requestSentAt = Date.now())),
            await i.sign(e, {
              signingDate: l ? new Date() : Gc(s.systemClockOffset),
              signingRegion: a,
              signingService: c,
            })
          );
        }
        errorHandler(e) {
          return (r) => {
            let n = r;
            if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
              let o = n.ServerTime ?? sf(n.$response);
              if (o) {
                let s = Vc("config", e.config),
                  i = e._preRequestSystemClockOffset,
                  a = e._requestSentAt,
                  c = af(n.$response),
                  u = cf(o, s.systemClockOffset, a, c);
                ((s.systemClockOffset = u),
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
          let n = sf(e);
          if (n) {
            let o = Vc("config", r.config),
              s = r._requestSentAt,
              i = af(e);
            o.systemClockOffset = cf(n, o.systemClockOffset, s, i);
          }
        }
      }),
      (Ub = He));
  });
var ro,
  $N = p(() => {
    $();
    Lb();
    Bb();
    ro = class extends He {
      async sign(e, r, n) {
        if (!W.isInstance(e))
          throw new Error(
            "The request is not an instance of `HttpRequest` and cannot be signed",
          );
        let {
            config: o,
            signer: s,
            signingRegion: i,
            signingRegionSet: a,
            signingName: c,
          } = await ia(n),
          l = ((await o.sigv4aSigningRegionSet?.()) ?? a ?? [i]).join(","),
          f = (await o.disableClockSkewCorrection?.()) === !0;
        return (
          (n._disableClockSkewCorrection = f),
          f ||
            ((n._preRequestSystemClockOffset = o.systemClockOffset),
            (n._requestSentAt = Date.now())),
          await s.sign(e, {
            signingDate: f ? new Date() : Gc(o.systemClockOffset),
            signingRegion: l,
            signingService: c,
          })
        );
      }
    };
  });
var Fb,
  LN = p(() => {
    Fb = (t) =>
      typeof t == "string" && t.length > 0
        ? t.split(",").map((e) => e.trim())
        : [];
  });
var uf,
  Gb = p(() => {
    uf = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, "_").toUpperCase()}`;
  });
var UN,
  BN,
  Rr,
  FN = p(() => {
    LN();
    Gb();
    ((UN = "AWS_AUTH_SCHEME_PREFERENCE"),
      (BN = "auth_scheme_preference"),
      (Rr = {
        environmentVariableSelector: (t, e) => {
          if (e?.signingName && uf(e.signingName) in t)
            return ["httpBearerAuth"];
          if (UN in t) return Fb(t[UN]);
        },
        configFileSelector: (t) => {
          if (BN in t) return Fb(t[BN]);
        },
        default: [],
      }));
  });
var Hc,
  zc,
  GN = p(() => {
    Tt();
    le();
    ((Hc = (t) => (
      (t.sigv4aSigningRegionSet = or(t.sigv4aSigningRegionSet)),
      t
    )),
      (zc = {
        environmentVariableSelector(t) {
          if (t.AWS_SIGV4A_SIGNING_REGION_SET)
            return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map((e) =>
              e.trim(),
            );
          throw new Lt("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
            tryNextLink: !0,
          });
        },
        configFileSelector(t) {
          if (t.sigv4a_signing_region_set)
            return (t.sigv4a_signing_region_set ?? "")
              .split(",")
              .map((e) => e.trim());
          throw new Lt("sigv4a_signing_region_set not set in profile.", {
            tryNextLink: !0,
          });
        },
        default: void 0,
      }));
  });
var Zb = fe((H) => {
  var {
      hasOwn: Ms,
      fromUtf8: VN,
      fromHex: ij,
      toHex: ks,
      toUint8Array: Wc,
      writeKey: aj,
      isArrayBuffer: cj,
    } = (P(), O(_s)),
    { normalizeProvider: HN } = (L(), O(Xd)),
    { escapeUri: df, HttpRequest: jN } = ($(), O(Ho)),
    Vb = class {
      format(e) {
        let r = [];
        for (let s in e) {
          if (!Ms(e, s)) continue;
          let i = VN(s);
          r.push(
            Uint8Array.from([i.byteLength]),
            i,
            this.formatHeaderValue(e[s]),
          );
        }
        let n = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          o = 0;
        for (let s of r) (n.set(s, o), (o += s.byteLength));
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
            let o = new Uint8Array(9);
            return ((o[0] = 5), o.set(e.value.bytes, 1), o);
          case "binary":
            let s = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            (s.setUint8(0, 6), s.setUint16(1, e.value.byteLength, !1));
            let i = new Uint8Array(s.buffer);
            return (i.set(e.value, 3), i);
          case "string":
            let a = VN(e.value),
              c = new DataView(new ArrayBuffer(3 + a.byteLength));
            (c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1));
            let u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          case "timestamp":
            let l = new Uint8Array(9);
            return (
              (l[0] = 8),
              l.set(Hb.fromNumber(e.value.valueOf()).bytes, 1),
              l
            );
          case "uuid":
            if (!uj.test(e.value))
              throw new Error(`Invalid UUID received: ${e.value}`);
            let f = new Uint8Array(17);
            return ((f[0] = 9), f.set(ij(e.value.replace(/-/g, "")), 1), f);
        }
      }
    },
    zN;
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
  })(zN || (zN = {}));
  var uj = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
    Hb = class t {
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
          let n = 7, o = Math.abs(Math.round(e));
          n > -1 && o > 0;
          n--, o /= 256
        )
          r[n] = o;
        return (e < 0 && WN(r), new t(r));
      }
      valueOf() {
        let e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && WN(e), parseInt(ks(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  function WN(t) {
    for (let e = 0; e < 8; e++) t[e] ^= 255;
    for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
  }
  var KN = "X-Amz-Algorithm",
    YN = "X-Amz-Credential",
    jb = "X-Amz-Date",
    QN = "X-Amz-SignedHeaders",
    JN = "X-Amz-Expires",
    Kb = "X-Amz-Signature",
    Yb = "X-Amz-Security-Token",
    dj = "X-Amz-Region-Set",
    Qb = "authorization",
    Jb = jb.toLowerCase(),
    XN = "date",
    ZN = [Qb, Jb, XN],
    eP = Kb.toLowerCase(),
    hf = "x-amz-content-sha256",
    tP = Yb.toLowerCase(),
    lj = "host",
    rP = {
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
    nP = /^proxy-/,
    oP = /^sec-/,
    pj = [/^proxy-/i, /^sec-/i],
    lf = "AWS4-HMAC-SHA256",
    fj = "AWS4-ECDSA-P256-SHA256",
    sP = "AWS4-HMAC-SHA256-PAYLOAD",
    iP = "UNSIGNED-PAYLOAD",
    aP = 50,
    Xb = "aws4_request",
    cP = 3600 * 24 * 7,
    uP = ({ query: t = {} }) => {
      let e = [],
        r = {};
      for (let n in t) {
        if (!Ms(t, n) || n.toLowerCase() === eP) continue;
        let o = df(n);
        e.push(o);
        let s = t[n];
        typeof s == "string"
          ? (r[o] = `${o}=${df(s)}`)
          : Array.isArray(s) &&
            (r[o] = s
              .slice(0)
              .reduce((i, a) => i.concat([`${o}=${df(a)}`]), [])
              .sort()
              .join("&"));
      }
      return e
        .sort()
        .map((n) => r[n])
        .filter((n) => n)
        .join("&");
    },
    mj = (t) =>
      hj(t)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
    hj = (t) =>
      typeof t == "number"
        ? new Date(t * 1e3)
        : typeof t == "string"
          ? Number(t)
            ? new Date(Number(t) * 1e3)
            : new Date(t)
          : t,
    gf = class {
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
        service: o,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        ((this.service = o),
          (this.sha256 = s),
          (this.uriEscapePath = i),
          (this.applyChecksum = typeof e == "boolean" ? e : !0),
          (this.regionProvider = HN(n)),
          (this.credentialProvider = HN(r)));
      }
      createCanonicalRequest(e, r, n) {
        let o = Object.keys(r).sort();
        return `${e.method}
${this.getCanonicalPath(e)}
${uP(e)}
${o.map((s) => `${s}:${r[s]}`).join(`
`)}

${o.join(";")}
${n}`;
      }
      async createStringToSign(e, r, n, o) {
        let s = new this.sha256();
        s.update(Wc(n));
        let i = await s.digest();
        return `${o}
${e}
${r}
${ks(i)}`;
      }
      getCanonicalPath({ path: e }) {
        if (this.uriEscapePath) {
          let r = [];
          for (let s of e.split("/"))
            s?.length !== 0 && s !== "." && (s === ".." ? r.pop() : r.push(s));
          let n = `${e?.startsWith("/") ? "/" : ""}${r.join("/")}${r.length > 0 && e?.endsWith("/") ? "/" : ""}`;
          return df(n).replace(/%2F/g, "/");
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
        let r = mj(e).replace(/[-:]/g, "");
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(e) {
        return Object.keys(e).sort().join(";");
      }
    },
    aa = {},
    pf = [],
    ff = (t, e, r) => `${t}/${e}/${r}/${Xb}`,
    dP = async (t, e, r, n, o) => {
      let s = await qN(t, e.secretAccessKey, e.accessKeyId),
        i = `${r}:${n}:${o}:${ks(s)}:${e.sessionToken}`;
      if (i in aa) return aa[i];
      for (pf.push(i); pf.length > aP;) delete aa[pf.shift()];
      let a = `AWS4${e.secretAccessKey}`;
      for (let c of [r, n, o, Xb]) a = await qN(t, a, c);
      return (aa[i] = a);
    },
    gj = () => {
      ((pf.length = 0),
        Object.keys(aa).forEach((t) => {
          delete aa[t];
        }));
    },
    qN = (t, e, r) => {
      let n = new t(e);
      return (n.update(Wc(r)), n.digest());
    },
    zb = ({ headers: t }, e, r) => {
      let n = {};
      for (let o of Object.keys(t).sort()) {
        if (t[o] == null) continue;
        let s = o.toLowerCase();
        ((Ms(rP, s) || e?.has(s) || nP.test(s) || oP.test(s)) &&
          (!r || (r && !r.has(s)))) ||
          (s === "__proto__" && aj(n),
          (n[s] = t[o]
            .replace(/[\r\n]/g, " ")
            .replace(/[ \t]+/g, " ")
            .replace(/^ | $/g, "")));
      }
      return n;
    },
    mf = async ({ headers: t, body: e }, r) => {
      for (let n in t) if (Ms(t, n) && n.toLowerCase() === hf) return t[n];
      if (e == null)
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      if (typeof e == "string" || ArrayBuffer.isView(e) || cj(e)) {
        let n = new r();
        return (n.update(Wc(e)), ks(await n.digest()));
      }
      return iP;
    },
    lP = (t, e) => {
      t = t.toLowerCase();
      for (let r in e) if (Ms(e, r) && t === r.toLowerCase()) return !0;
      return !1;
    },
    pP = (t, e = {}) => {
      let { headers: r, query: n = {} } = jN.clone(t);
      for (let o in r) {
        if (!Ms(r, o)) continue;
        let s = o.toLowerCase();
        ((s.slice(0, 6) === "x-amz-" && !e.unhoistableHeaders?.has(s)) ||
          e.hoistableHeaders?.has(s)) &&
          ((n[o] = r[o]), delete r[o]);
      }
      return { ...t, headers: r, query: n };
    },
    Wb = (t) => {
      t = jN.clone(t);
      for (let e in t.headers)
        Ms(t.headers, e) &&
          ZN.indexOf(e.toLowerCase()) > -1 &&
          delete t.headers[e];
      return t;
    },
    qb = class extends gf {
      headerFormatter = new Vb();
      constructor({
        applyChecksum: e,
        credentials: r,
        region: n,
        service: o,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        super({
          applyChecksum: e,
          credentials: r,
          region: n,
          service: o,
          sha256: s,
          uriEscapePath: i,
        });
      }
      async presign(e, r = {}) {
        let {
            signingDate: n = new Date(),
            expiresIn: o = 3600,
            unsignableHeaders: s,
            unhoistableHeaders: i,
            signableHeaders: a,
            hoistableHeaders: c,
            signingRegion: u,
            signingService: l,
          } = r,
          f = await this.credentialProvider();
        this.validateResolvedCredentials(f);
        let h = u ?? (await this.regionProvider()),
          { longDate: g, shortDate: S } = this.formatDate(n);
        if (o > cP)
          return Promise.reject(
            "Signature version 4 presigned URLs must have an expiration date less than one week in the future",
          );
        let E = ff(S, h, l ?? this.service),
          y = pP(Wb(e), { unhoistableHeaders: i, hoistableHeaders: c });
        (f.sessionToken && (y.query[Yb] = f.sessionToken),
          (y.query[KN] = lf),
          (y.query[YN] = `${f.accessKeyId}/${E}`),
          (y.query[jb] = g),
          (y.query[JN] = o.toString(10)));
        let x = zb(y, s, a);
        return (
          (y.query[QN] = this.getCanonicalHeaderList(x)),
          (y.query[Kb] = await this.getSignature(
            g,
            E,
            this.getSigningKey(f, h, S, l),
            this.createCanonicalRequest(y, x, await mf(e, this.sha256)),
          )),
          y
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
          priorSignature: o,
          signingRegion: s,
          signingService: i,
          eventStreamCredentials: a,
        },
      ) {
        let c = s ?? (await this.regionProvider()),
          { shortDate: u, longDate: l } = this.formatDate(n),
          f = ff(u, c, i ?? this.service),
          h = await mf({ headers: {}, body: r }, this.sha256),
          g = new this.sha256();
        g.update(e);
        let S = ks(await g.digest()),
          E = [sP, l, f, o, S, h].join(`
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
          signingService: o,
          eventStreamCredentials: s,
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
            signingService: o,
            priorSignature: e.priorSignature,
            eventStreamCredentials: s,
          },
        ).then((a) => ({ message: e.message, signature: a }));
      }
      async signString(
        e,
        {
          signingDate: r = new Date(),
          signingRegion: n,
          signingService: o,
          eventStreamCredentials: s,
        } = {},
      ) {
        let i = s ?? (await this.credentialProvider());
        this.validateResolvedCredentials(i);
        let a = n ?? (await this.regionProvider()),
          { shortDate: c } = this.formatDate(r),
          u = new this.sha256(await this.getSigningKey(i, a, c, o));
        return (u.update(Wc(e)), ks(await u.digest()));
      }
      async signRequest(
        e,
        {
          signingDate: r = new Date(),
          signableHeaders: n,
          unsignableHeaders: o,
          signingRegion: s,
          signingService: i,
        } = {},
      ) {
        let a = await this.credentialProvider();
        this.validateResolvedCredentials(a);
        let c = s ?? (await this.regionProvider()),
          u = Wb(e),
          { longDate: l, shortDate: f } = this.formatDate(r),
          h = ff(f, c, i ?? this.service);
        ((u.headers[Jb] = l),
          a.sessionToken && (u.headers[tP] = a.sessionToken));
        let g = await mf(u, this.sha256);
        !lP(hf, u.headers) && this.applyChecksum && (u.headers[hf] = g);
        let S = zb(u, o, n),
          E = await this.getSignature(
            l,
            h,
            this.getSigningKey(a, c, f, i),
            this.createCanonicalRequest(u, S, g),
          );
        return (
          (u.headers[Qb] =
            `${lf} Credential=${a.accessKeyId}/${h}, SignedHeaders=${this.getCanonicalHeaderList(S)}, Signature=${E}`),
          u
        );
      }
      async getSignature(e, r, n, o) {
        let s = await this.createStringToSign(e, r, o, lf),
          i = new this.sha256(await n);
        return (i.update(Wc(s)), ks(await i.digest()));
      }
      getSigningKey(e, r, n, o) {
        return dP(this.sha256, e, n, r, o || this.service);
      }
    },
    Sj = { SignatureV4a: null };
  H.ALGORITHM_IDENTIFIER = lf;
  H.ALGORITHM_IDENTIFIER_V4A = fj;
  H.ALGORITHM_QUERY_PARAM = KN;
  H.ALWAYS_UNSIGNABLE_HEADERS = rP;
  H.AMZ_DATE_HEADER = Jb;
  H.AMZ_DATE_QUERY_PARAM = jb;
  H.AUTH_HEADER = Qb;
  H.CREDENTIAL_QUERY_PARAM = YN;
  H.DATE_HEADER = XN;
  H.EVENT_ALGORITHM_IDENTIFIER = sP;
  H.EXPIRES_QUERY_PARAM = JN;
  H.GENERATED_HEADERS = ZN;
  H.HOST_HEADER = lj;
  H.KEY_TYPE_IDENTIFIER = Xb;
  H.MAX_CACHE_SIZE = aP;
  H.MAX_PRESIGNED_TTL = cP;
  H.PROXY_HEADER_PATTERN = nP;
  H.REGION_SET_PARAM = dj;
  H.SEC_HEADER_PATTERN = oP;
  H.SHA256_HEADER = hf;
  H.SIGNATURE_HEADER = eP;
  H.SIGNATURE_QUERY_PARAM = Kb;
  H.SIGNED_HEADERS_QUERY_PARAM = QN;
  H.SignatureV4 = qb;
  H.SignatureV4Base = gf;
  H.TOKEN_HEADER = tP;
  H.TOKEN_QUERY_PARAM = Yb;
  H.UNSIGNABLE_PATTERNS = pj;
  H.UNSIGNED_PAYLOAD = iP;
  H.clearCredentialCache = gj;
  H.createScope = ff;
  H.getCanonicalHeaders = zb;
  H.getCanonicalQuery = uP;
  H.getPayloadHash = mf;
  H.getSigningKey = dP;
  H.hasHeader = lP;
  H.moveHeadersToQuery = pP;
  H.prepareRequest = Wb;
  H.signatureV4aContainer = Sj;
});
function yj(t, { credentials: e, credentialDefaultProvider: r }) {
  let n;
  return (
    e
      ? e?.memoized
        ? (n = e)
        : (n = Oc(e, Dc, ea))
      : r
        ? (n = or(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (n = async () => {
            throw new Error(
              "@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.",
            );
          }),
    (n.memoized = !0),
    n
  );
}
function Ej(t, e) {
  if (e.configBound) return e;
  let r = async (n) => e({ ...n, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
var ex,
  tx,
  fP = p(() => {
    pe();
    Tt();
    ((ex = ye(Zb())),
      (tx = (t) => (e) => {
        let r = e.credentials,
          n = !!e.credentials,
          o;
        (Object.defineProperty(e, "credentials", {
          set(l) {
            (l && l !== r && l !== o && (n = !0), (r = l));
            let f = yj(e, {
                credentials: r,
                credentialDefaultProvider: e.credentialDefaultProvider,
              }),
              h = Ej(e, f);
            if (n && !h.attributed) {
              let g = typeof r == "object" && r !== null;
              ((o = async (S) => {
                let y = await h(S);
                return g && (!y.$source || Object.keys(y.$source).length === 0)
                  ? bo(y, "CREDENTIALS_CODE", "e")
                  : y;
              }),
                (o.memoized = h.memoized),
                (o.configBound = h.configBound),
                (o.attributed = !0));
            } else o = h;
          },
          get() {
            return o;
          },
          enumerable: !0,
          configurable: !0,
        }),
          (e.credentials = r));
        let {
            signingEscapePath: s = !0,
            systemClockOffset: i = e.systemClockOffset || 0,
            sha256: a,
          } = e,
          c;
        return (
          e.signer
            ? (c = or(e.signer))
            : e.regionInfoProvider
              ? (c = () =>
                  or(e.region)()
                    .then(async (l) => [
                      (await e.regionInfoProvider(l, {
                        useFipsEndpoint: await e.useFipsEndpoint(),
                        useDualstackEndpoint: await e.useDualstackEndpoint(),
                      })) || {},
                      l,
                    ])
                    .then(([l, f]) => {
                      let { signingRegion: h, signingService: g } = l;
                      ((e.signingRegion = e.signingRegion || h || f),
                        (e.signingName = e.signingName || g || e.serviceId));
                      let S = {
                          ...e,
                          credentials: e.credentials,
                          region: e.signingRegion,
                          service: e.signingName,
                          sha256: a,
                          uriEscapePath: s,
                        },
                        E = e.signerConstructor || ex.SignatureV4;
                      return new E(S);
                    }))
              : (c = async (l) => {
                  l = Object.assign(
                    {},
                    {
                      name: "sigv4",
                      signingName: e.signingName || e.defaultSigningName,
                      signingRegion: await or(e.region)(),
                      properties: {},
                    },
                    l,
                  );
                  let f = l.signingRegion,
                    h = l.signingName;
                  ((e.signingRegion = e.signingRegion || f),
                    (e.signingName = e.signingName || h || e.serviceId));
                  let g = {
                      ...e,
                      credentials: e.credentials,
                      region: e.signingRegion,
                      service: e.signingName,
                      sha256: a,
                      uriEscapePath: s,
                    },
                    S = e.signerConstructor || ex.SignatureV4;
                  return new S(g);
                }),
          Object.assign(e, {
            systemClockOffset: i,
            signingEscapePath: s,
            signer: c,
            disableClockSkewCorrection: or(e.disableClockSkewCorrection ?? t),
          })
        );
      }));
  });
var rx = p(() => {
  Bb();
  $N();
  FN();
  GN();
  fP();
});
var bj,
  xj,
  mP,
  hP = p(() => {
    le();
    ((bj = "AWS_DISABLE_CLOCK_SKEW_CORRECTION"),
      (xj = "disable_clock_skew_correction"),
      (mP = {
        environmentVariableSelector: (t) => Fe(t, bj, Oe.ENV),
        configFileSelector: (t) => Fe(t, xj, Oe.CONFIG),
        default: !1,
      }));
  });
var gP,
  SP = p(() => {
    le();
    hP();
    gP = G(mP);
  });
var nx = {};
Te(nx, {
  AWSSDKSigV4Signer: () => Ub,
  AwsSdkSigV4ASigner: () => ro,
  AwsSdkSigV4Signer: () => He,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: () => Rr,
  NODE_SIGV4A_CONFIG_OPTIONS: () => zc,
  getBearerTokenEnvKey: () => uf,
  resolveAWSSDKSigV4Config: () => wj,
  resolveAwsSdkSigV4AConfig: () => Hc,
  resolveAwsSdkSigV4Config: () => kn,
  validateSigningProperties: () => ia,
});
var kn,
  wj,
  ft = p(() => {
    rx();
    Gb();
    rx();
    SP();
    ((kn = tx(gP)), (wj = kn));
  });
var ox = fe((Yo) => {
  var { setCredentialFeature: Tj } = (pe(), O(Nn)),
    { CredentialsProviderError: Ij } = (le(), O(er)),
    yP = "AWS_ACCESS_KEY_ID",
    EP = "AWS_SECRET_ACCESS_KEY",
    bP = "AWS_SESSION_TOKEN",
    xP = "AWS_CREDENTIAL_EXPIRATION",
    wP = "AWS_CREDENTIAL_SCOPE",
    TP = "AWS_ACCOUNT_ID",
    _j = (t) => async () => {
      t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
      let e = process.env[yP],
        r = process.env[EP],
        n = process.env[bP],
        o = process.env[xP],
        s = process.env[wP],
        i = process.env[TP];
      if (e && r) {
        let a = {
          accessKeyId: e,
          secretAccessKey: r,
          ...(n && { sessionToken: n }),
          ...(o && { expiration: new Date(o) }),
          ...(s && { credentialScope: s }),
          ...(i && { accountId: i }),
        };
        return (Tj(a, "CREDENTIALS_ENV_VARS", "g"), a);
      }
      throw new Ij("Unable to find environment variable credentials.", {
        logger: t?.logger,
      });
    };
  Yo.ENV_ACCOUNT_ID = TP;
  Yo.ENV_CREDENTIAL_SCOPE = wP;
  Yo.ENV_EXPIRATION = xP;
  Yo.ENV_KEY = yP;
  Yo.ENV_SECRET = EP;
  Yo.ENV_SESSION = bP;
  Yo.fromEnv = _j;
});
var yf = fe((ir) => {
  var {
      ProviderError: sx,
      CredentialsProviderError: Qo,
      loadConfig: dx,
    } = (le(), O(er)),
    Aj = yt("node:http"),
    { parseUrl: Cj } = ($(), O(Ho)),
    CP = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.AccessKeyId == "string" &&
      typeof t.SecretAccessKey == "string" &&
      typeof t.Token == "string" &&
      typeof t.Expiration == "string",
    RP = (t) => ({
      accessKeyId: t.AccessKeyId,
      secretAccessKey: t.SecretAccessKey,
      sessionToken: t.Token,
      expiration: new Date(t.Expiration),
      ...(t.AccountId && { accountId: t.AccountId }),
    }),
    vP = 1e3,
    DP = 0,
    lx = ({ maxRetries: t = DP, timeout: e = vP }) => ({
      maxRetries: t,
      timeout: e,
    });
  function Kc(t) {
    return new Promise((e, r) => {
      let n = Aj.request({
        method: "GET",
        ...t,
        hostname: t.hostname?.replace(/^\[(.+)\]$/, "$1"),
      });
      (n.on("error", (o) => {
        (r(
          Object.assign(
            new sx("Unable to connect to instance metadata service"),
            o,
          ),
        ),
          n.destroy());
      }),
        n.on("timeout", () => {
          (r(new sx("TimeoutError from instance metadata service")),
            n.destroy());
        }),
        n.on("response", (o) => {
          let { statusCode: s = 400 } = o;
          (s < 200 || 300 <= s) &&
            (r(
              Object.assign(
                new sx(
                  "Error response received from instance metadata service",
                ),
                { statusCode: s },
              ),
            ),
            n.destroy());
          let i = [];
          (o.on("data", (a) => {
            i.push(a);
          }),
            o.on("end", () => {
              (e(Buffer.concat(i)), n.destroy());
            }));
        }),
        n.end());
    });
  }
  var ax = (t, e) => {
      let r = t();
      for (let n = 0; n < e; n++) r = r.catch(t);
      return r;
    },
    qc = "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    Sf = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    cx = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    Rj = (t = {}) => {
      let { timeout: e, maxRetries: r } = lx(t);
      return () =>
        ax(async () => {
          let n = await Pj({ logger: t.logger }),
            o = JSON.parse(await vj(e, n));
          if (!CP(o))
            throw new Qo(
              "Invalid response received from instance metadata service.",
              { logger: t.logger },
            );
          return RP(o);
        }, r);
    },
    vj = async (t, e) => (
      process.env[cx] &&
        (e.headers = { ...e.headers, Authorization: process.env[cx] }),
      (await Kc({ ...e, timeout: t })).toString()
    ),
    Dj = "169.254.170.2",
    Oj = new Set(["localhost", "127.0.0.1"]),
    Nj = new Set(["http:", "https:"]),
    Pj = async ({ logger: t }) => {
      if (process.env[Sf]) return { hostname: Dj, path: process.env[Sf] };
      if (process.env[qc]) {
        let e;
        try {
          e = new URL(process.env[qc]);
        } catch {
          throw new Qo(
            `${process.env[qc]} is not a valid container metadata service URL`,
            { tryNextLink: !1, logger: t },
          );
        }
        if (!e.hostname || !Oj.has(e.hostname))
          throw new Qo(
            `${e.hostname} is not a valid container metadata service hostname`,
            { tryNextLink: !1, logger: t },
          );
        if (!e.protocol || !Nj.has(e.protocol))
          throw new Qo(
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
      throw new Qo(
        `The container metadata credential provider cannot be used unless the ${Sf} or ${qc} environment variable is set`,
        { tryNextLink: !1, logger: t },
      );
    },
    ux = class t extends Qo {
      tryNextLink;
      name = "InstanceMetadataV1FallbackError";
      constructor(e, r = !0) {
        (super(e, r),
          (this.tryNextLink = r),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    jc;
  (function (t) {
    ((t.IPv4 = "http://169.254.169.254"), (t.IPv6 = "http://[fd00:ec2::254]"));
  })(jc || (jc = {}));
  var kj = "AWS_EC2_METADATA_SERVICE_ENDPOINT",
    Mj = "ec2_metadata_service_endpoint",
    $j = {
      environmentVariableSelector: (t) => t[kj],
      configFileSelector: (t) => t[Mj],
      default: void 0,
    },
    ca;
  (function (t) {
    ((t.IPv4 = "IPv4"), (t.IPv6 = "IPv6"));
  })(ca || (ca = {}));
  var Lj = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
    Uj = "ec2_metadata_service_endpoint_mode",
    Bj = {
      environmentVariableSelector: (t) => t[Lj],
      configFileSelector: (t) => t[Uj],
      default: ca.IPv4,
    },
    OP = async () => Cj((await Fj()) || (await Gj())),
    Fj = async () => dx($j)(),
    Gj = async () => {
      let t = await dx(Bj)();
      switch (t) {
        case ca.IPv4:
          return jc.IPv4;
        case ca.IPv6:
          return jc.IPv6;
        default:
          throw new Error(
            `Unsupported endpoint mode: ${t}. Select from ${Object.values(ca)}`,
          );
      }
    },
    Vj = 300,
    Hj = 300,
    zj =
      "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",
    IP = (t, e) => {
      let r = Vj + Math.floor(Math.random() * Hj),
        n = new Date(Date.now() + r * 1e3);
      e.warn(
        `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(n)}.
For more information, please visit: ` + zj,
      );
      let o = t.originalExpiration ?? t.expiration;
      return { ...t, ...(o ? { originalExpiration: o } : {}), expiration: n };
    },
    Wj = (t, e = {}) => {
      let r = e?.logger || console,
        n;
      return async () => {
        let o;
        try {
          ((o = await t()),
            o.expiration &&
              o.expiration.getTime() < Date.now() &&
              (o = IP(o, r)));
        } catch (s) {
          if (n) (r.warn("Credential renew failed: ", s), (o = IP(n, r)));
          else throw s;
        }
        return ((n = o), o);
      };
    },
    NP = "/latest/meta-data/iam/security-credentials/",
    qj = "/latest/api/token",
    ix = "AWS_EC2_METADATA_V1_DISABLED",
    _P = "ec2_metadata_v1_disabled",
    AP = "x-aws-ec2-metadata-token",
    jj = (t = {}) => Wj(Kj(t), { logger: t.logger }),
    Kj = (t = {}) => {
      let e = !1,
        { logger: r, profile: n } = t,
        { timeout: o, maxRetries: s } = lx(t),
        i = async (a, c) => {
          if (e || c.headers?.[AP] == null) {
            let f = !1,
              h = !1,
              g = await dx(
                {
                  environmentVariableSelector: (S) => {
                    let E = S[ix];
                    if (((h = !!E && E !== "false"), E === void 0))
                      throw new Qo(
                        `${ix} not set in env, checking config file next.`,
                        { logger: t.logger },
                      );
                    return h;
                  },
                  configFileSelector: (S) => {
                    let E = S[_P];
                    return ((f = !!E && E !== "false"), f);
                  },
                  default: !1,
                },
                { profile: n },
              )();
            if (t.ec2MetadataV1Disabled || g) {
              let S = [];
              throw (
                t.ec2MetadataV1Disabled &&
                  S.push(
                    "credential provider initialization (runtime option ec2MetadataV1Disabled)",
                  ),
                f && S.push(`config file profile (${_P})`),
                h && S.push(`process environment variable (${ix})`),
                new ux(
                  `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${S.join(", ")}].`,
                )
              );
            }
          }
          let l = (
            await ax(async () => {
              let f;
              try {
                f = await Qj(c);
              } catch (h) {
                throw (h.statusCode === 401 && (e = !1), h);
              }
              return f;
            }, a)
          ).trim();
          return ax(async () => {
            let f;
            try {
              f = await Jj(l, c, t);
            } catch (h) {
              throw (h.statusCode === 401 && (e = !1), h);
            }
            return f;
          }, a);
        };
      return async () => {
        let a = await OP();
        if (e)
          return (
            r?.debug(
              "AWS SDK Instance Metadata",
              "using v1 fallback (no token fetch)",
            ),
            i(s, { ...a, timeout: o })
          );
        {
          let c;
          try {
            c = (await Yj({ ...a, timeout: o })).toString();
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
              i(s, { ...a, timeout: o })
            );
          }
          return i(s, { ...a, headers: { [AP]: c }, timeout: o });
        }
      };
    },
    Yj = async (t) =>
      Kc({
        ...t,
        path: qj,
        method: "PUT",
        headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" },
      }),
    Qj = async (t) => (await Kc({ ...t, path: NP })).toString(),
    Jj = async (t, e, r) => {
      let n = JSON.parse((await Kc({ ...e, path: NP + t })).toString());
      if (!CP(n))
        throw new Qo(
          "Invalid response received from instance metadata service.",
          { logger: r.logger },
        );
      return RP(n);
    };
  ir.DEFAULT_MAX_RETRIES = DP;
  ir.DEFAULT_TIMEOUT = vP;
  ir.ENV_CMDS_AUTH_TOKEN = cx;
  ir.ENV_CMDS_FULL_URI = qc;
  ir.ENV_CMDS_RELATIVE_URI = Sf;
  ir.Endpoint = jc;
  ir.fromContainerMetadata = Rj;
  ir.fromInstanceMetadata = jj;
  ir.getInstanceMetadataEndpoint = OP;
  ir.httpRequest = Kc;
  ir.providerConfigFromInit = lx;
});
var $s = fe((Jc) => {
  var { hasOwn: UP } = (P(), O(_s)),
    { streamCollector: Xj } = (P(), O(_s));
  Jc.streamCollector = Xj;
  var { buildQueryString: BP, HttpResponse: FP } = ($(), O(Ho)),
    Ef = yt("node:https"),
    { Readable: Zj } = yt("node:stream"),
    px = yt("node:http2");
  function xf(t) {
    let e = t && typeof t == "object" && "reason" in t ? t.reason : void 0;
    if (e) {
      if (e instanceof Error) {
        let o = new Error("Request aborted");
        return ((o.name = "AbortError"), (o.cause = e), o);
      }
      let n = new Error(String(e));
      return ((n.name = "AbortError"), n);
    }
    let r = new Error("Request aborted");
    return ((r.name = "AbortError"), r);
  }
  var e8 = ["ECONNRESET", "EPIPE", "ETIMEDOUT"],
    GP = (t) => {
      let e = {};
      for (let r in t) {
        if (!UP(t, r)) continue;
        let n = t[r];
        e[r] = Array.isArray(n) ? n.join(",") : n;
      }
      return e;
    },
    Ze = {
      setTimeout: (t, e) => setTimeout(t, e),
      clearTimeout: (t) => clearTimeout(t),
    },
    PP = 1e3,
    t8 = (t, e, r = 0) => {
      if (!r) return -1;
      let n = (o) => {
        let s = Ze.setTimeout(() => {
            (t.destroy(),
              e(
                Object.assign(
                  new Error(
                    `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                  ),
                  { name: "TimeoutError" },
                ),
              ));
          }, r - o),
          i = (a) => {
            a?.connecting
              ? a.on("connect", () => {
                  Ze.clearTimeout(s);
                })
              : Ze.clearTimeout(s);
          };
        t.socket ? i(t.socket) : t.on("socket", i);
      };
      return r < 2e3 ? (n(0), 0) : Ze.setTimeout(n.bind(null, PP), PP);
    },
    r8 = (t, e, r = 0, n, o) =>
      r
        ? Ze.setTimeout(() => {
            let s = `@smithy/node-http-handler - [${n ? "ERROR" : "WARN"}] a request has exceeded the configured ${r} ms requestTimeout.`;
            if (n) {
              let i = Object.assign(new Error(s), {
                name: "TimeoutError",
                code: "ETIMEDOUT",
              });
              (t.destroy(i), e(i));
            } else
              ((s +=
                " Init client requestHandler with throwOnRequestTimeout=true to turn this into an error."),
                o?.warn?.(s));
          }, r)
        : -1,
    n8 = 3e3,
    o8 = (t, { keepAlive: e, keepAliveMsecs: r }, n = n8) => {
      if (e !== !0) return -1;
      let o = () => {
        t.socket
          ? t.socket.setKeepAlive(e, r || 0)
          : t.on("socket", (s) => {
              s.setKeepAlive(e, r || 0);
            });
      };
      return n === 0 ? (o(), 0) : Ze.setTimeout(o, n);
    },
    Yc = (t) => {
      let e = t?.defaultSocketTimeout;
      return typeof e == "number" && Number.isFinite(e) && e > 0 ? e : void 0;
    },
    s8 = 3e3,
    kP = (t, e, r = 0, n = !1) => {
      if (!Number.isFinite(r) || r <= 0) return;
      let o;
      t.once("response", (c) => (o = c));
      let s = () => {
          if (o?.complete) {
            t.socket?.destroy();
            return;
          }
          let c = Object.assign(
            new Error(
              `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${n ? "service default socket timeout" : "configured by client requestHandler"}).`,
            ),
            { name: "TimeoutError" },
          );
          (o?.destroy(c), t.destroy(), e(c));
        },
        i = () => {
          let { socket: c } = t;
          c
            ? c.connecting
              ? c.once("connect", i)
              : (c.setTimeout(r, s),
                t.on("close", () => c.removeListener("timeout", s)))
            : t.once("socket", i);
        };
      if (r < 6e3) {
        i();
        return;
      }
      let a = Ze.setTimeout(i, s8);
      t.once("close", () => Ze.clearTimeout(a));
    },
    MP = 6e3;
  async function VP(t, e, r = MP, n = !1) {
    let o = e.headers,
      s = o ? o.Expect || o.expect : void 0,
      i = -1,
      a = !0;
    (!n &&
      s === "100-continue" &&
      (a = await Promise.race([
        new Promise((c) => {
          i = Number(Ze.setTimeout(() => c(!0), Math.max(MP, r)));
        }),
        new Promise((c) => {
          (t.on("continue", () => {
            (Ze.clearTimeout(i), c(!0));
          }),
            t.on("response", () => {
              (Ze.clearTimeout(i), c(!1));
            }),
            t.on("error", () => {
              (Ze.clearTimeout(i), c(!1));
            }));
        }),
      ])),
      a && i8(t, e.body));
  }
  function i8(t, e) {
    if (e instanceof Zj) {
      e.pipe(t);
      return;
    }
    if (e) {
      let r = Buffer.isBuffer(e);
      if (r || typeof e == "string") {
        r && e.byteLength === 0 ? t.end() : t.end(e);
        return;
      }
      let o = e;
      if (
        typeof o == "object" &&
        o.buffer &&
        typeof o.byteOffset == "number" &&
        typeof o.byteLength == "number"
      ) {
        t.end(Buffer.from(o.buffer, o.byteOffset, o.byteLength));
        return;
      }
      t.end(Buffer.from(e));
      return;
    }
    t.end();
  }
  var a8 = 0,
    bf,
    $P,
    fx = class t {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: "http/1.1" };
      static create(e) {
        return typeof e?.handle == "function" ? e : new t(e);
      }
      static checkSocketUsage(e, r, n = console) {
        let { sockets: o, requests: s, maxSockets: i } = e;
        if (typeof i != "number" || i === 1 / 0 || Date.now() - 15e3 < r)
          return r;
        if (o && s)
          for (let c in o) {
            if (!UP(o, c)) continue;
            let u = o[c]?.length ?? 0,
              l = s[c]?.length ?? 0;
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
                .then((o) => {
                  r(this.resolveDefaultConfig(o));
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
        let o = this.config,
          s = o.logger,
          i = e.protocol === "https:";
        return (
          !i &&
            !this.config.httpAgent &&
            (this.config.httpAgent = await this.config.httpAgentProvider()),
          new Promise((a, c) => {
            let u,
              l = -1,
              f = -1,
              h = -1,
              g = -1,
              S = () => {
                (Ze.clearTimeout(l),
                  Ze.clearTimeout(f),
                  Ze.clearTimeout(h),
                  Ze.clearTimeout(g));
              },
              E = async (K) => {
                (await u, S(), a(K));
              },
              y = async (K) => {
                (await u, S(), c(K));
              };
            if (r?.aborted) {
              let K = xf(r);
              y(K);
              return;
            }
            let x = e.headers,
              w = x ? (x.Expect ?? x.expect) === "100-continue" : !1,
              T = i ? o.httpsAgent : o.httpAgent;
            (w &&
              !this.externalAgent &&
              (T = new (i ? Ef.Agent : bf)({
                keepAlive: !1,
                maxSockets: 1 / 0,
              })),
              (l = Ze.setTimeout(
                () => {
                  this.socketWarningTimestamp = t.checkSocketUsage(
                    T,
                    this.socketWarningTimestamp,
                    s,
                  );
                },
                o.socketAcquisitionWarningTimeout ??
                  (o.requestTimeout ?? 2e3) + (o.connectionTimeout ?? 1e3),
              )));
            let I = e.query ? BP(e.query) : "",
              D;
            if (e.username != null || e.password != null) {
              let K = e.username ?? "",
                ae = e.password ?? "";
              D = `${K}:${ae}`;
            }
            let Q = e.path;
            (I && (Q += `?${I}`), e.fragment && (Q += `#${e.fragment}`));
            let ne = e.hostname ?? "";
            ne[0] === "[" && ne.endsWith("]")
              ? (ne = e.hostname.slice(1, -1))
              : (ne = e.hostname);
            let we = {
                headers: e.headers,
                host: ne,
                method: e.method,
                path: Q,
                port: e.port,
                agent: T,
                auth: D,
              },
              ie = (i ? Ef.request : $P)(we, (K) => {
                let ae = new FP({
                  statusCode: K.statusCode || -1,
                  reason: K.statusMessage,
                  headers: GP(K.headers),
                  body: K,
                });
                E({ response: ae });
              });
            if (
              (ie.on("error", (K) => {
                e8.includes(K.code)
                  ? y(Object.assign(K, { name: "TimeoutError" }))
                  : y(K);
              }),
              r)
            ) {
              let K = () => {
                ie.destroy();
                let ae = xf(r);
                y(ae);
              };
              if (typeof r.addEventListener == "function") {
                let ae = r;
                (ae.addEventListener("abort", K, { once: !0 }),
                  ie.once("close", () => ae.removeEventListener("abort", K)));
              } else r.onabort = K;
            }
            let Re = n ?? o.requestTimeout;
            ((f = t8(ie, y, o.connectionTimeout)),
              (h = r8(ie, y, Re, o.throwOnRequestTimeout, s ?? console)));
            let ve = o.socketTimeout === void 0 ? Yc(o) : void 0;
            ve ? kP(ie, y, ve, !0) : kP(ie, y, o.socketTimeout);
            let Ue = we.agent;
            (typeof Ue == "object" &&
              "keepAlive" in Ue &&
              (g = o8(ie, {
                keepAlive: Ue.keepAlive,
                keepAliveMsecs: Ue.keepAliveMsecs,
              })),
              (u = VP(ie, e, Re, this.externalAgent).catch(
                (K) => (S(), c(K)),
              )));
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
                ((e = "defaultSocketTimeout"), (r = Yc(n) ?? r));
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
            socketTimeout: o,
            socketAcquisitionWarningTimeout: s,
            httpAgent: i,
            httpsAgent: a,
            throwOnRequestTimeout: c,
            logger: u,
          } = e || {},
          l = !0,
          f = 50,
          h;
        return {
          connectionTimeout: n,
          requestTimeout: r,
          socketTimeout: o,
          defaultSocketTimeout: Yc(e),
          socketAcquisitionWarningTimeout: s,
          throwOnRequestTimeout: c,
          httpAgentProvider: () =>
            (h ??= (async () => {
              let g = yt("node:http"),
                { Agent: S, request: E } = g.default ?? g;
              return (
                ($P = E),
                (bf = S),
                i instanceof bf || typeof i?.destroy == "function"
                  ? ((this.externalAgent = !0), i)
                  : new bf({ keepAlive: l, maxSockets: f, ...i })
              );
            })()),
          httpsAgent:
            a instanceof Ef.Agent || typeof a?.destroy == "function"
              ? ((this.externalAgent = !0), a)
              : new Ef.Agent({ keepAlive: l, maxSockets: f, ...a }),
          logger: u,
        };
      }
    },
    c8 = new Uint16Array(1),
    Qc = class {
      id = c8[0]++;
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
    mx = class {
      sessions = [];
      maxConcurrency = 0;
      constructor(e) {
        this.sessions = (e ?? []).map((r) => new Qc(r));
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
    hx = class {
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
          o = this.getPool(n);
        if (!this.config.disableConcurrency && !r.isEventStream) {
          let u = o.poll();
          if (u) return (u.retain(), u);
        }
        let s = new Qc(this.connect(n)),
          i = s.deref();
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
            this.removeFromPoolAndClose(n, s);
          },
          c = () => {
            this.removeFromPoolAndCheckedDestroy(n, s);
          };
        return (
          i.on("goaway", a),
          i.on("error", c),
          i.on("frameError", c),
          i.on("close", c),
          r.requestTimeout && i.setTimeout(r.requestTimeout, c),
          o.offerLast(s),
          s.retain(),
          s
        );
      }
      release(e, r) {
        r.free();
      }
      createIsolatedSession(e, r) {
        let n = this.getUrlString(e),
          o = new Qc(this.connect(n)),
          s = o.deref();
        s.settings({ maxConcurrentStreams: 1 });
        let i = () => {
          o.destroy();
        };
        (s.on("error", i), s.on("frameError", i), s.on("close", i));
        let a = r.requestTimeout ?? 3e5;
        return (s.setTimeout(a, i), o.retain(), o);
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
          let o = [];
          for (let s of n)
            o.push({
              id: s.id,
              active: s.useCount(),
              maxConcurrent: s.max,
              totalRequests: s.total,
            });
          e[r] = { sessions: o };
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
          let r = new mx();
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
          ? px.connect(e)
          : px.connect(e, this.connectOptions);
      }
    },
    { constants: LP } = px,
    gx = class t {
      config;
      configProvider;
      metadata = { handlerProtocol: "h2" };
      connectionManager = new hx({});
      static create(e) {
        return typeof e?.handle == "function" ? e : new t(e);
      }
      constructor(e) {
        this.configProvider = new Promise((r, n) => {
          typeof e == "function"
            ? e()
                .then((o) => {
                  r(o || {});
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
        { abortSignal: r, requestTimeout: n, isEventStream: o } = {},
      ) {
        if (!this.config) {
          let f = await this.configProvider;
          this.config = { ...f, defaultSocketTimeout: Yc(f) };
          let {
            disableConcurrentStreams: h,
            maxConcurrentStreams: g,
            nodeHttp2ConnectOptions: S,
          } = this.config;
          (this.connectionManager.setDisableConcurrentStreams(h ?? !1),
            g && this.connectionManager.setMaxConcurrentStreams(g),
            S && this.connectionManager.setNodeHttp2ConnectOptions(S));
        }
        let {
            requestTimeout: s,
            disableConcurrentStreams: i,
            sessionTimeout: a,
          } = this.config,
          c = i || o,
          u = n ?? s,
          l =
            u === void 0 && a === void 0
              ? this.config.defaultSocketTimeout
              : void 0;
        return new Promise((f, h) => {
          let g = !1,
            S,
            E = async (de) => {
              (await S, f(de));
            },
            y = async (de) => {
              (await S, h(de));
            };
          if (r?.aborted) {
            g = !0;
            let de = xf(r);
            y(de);
            return;
          }
          let { hostname: x, method: w, port: T, protocol: I, query: D } = e,
            Q = "";
          if (e.username != null || e.password != null) {
            let de = e.username ?? "",
              Kr = e.password ?? "";
            Q = `${de}:${Kr}@`;
          }
          let ne = `${I}//${Q}${x}${T ? `:${T}` : ""}`,
            we = { destination: new URL(ne) },
            Pt = {
              requestTimeout: this.config?.sessionTimeout,
              isEventStream: o,
            },
            ie = c
              ? this.connectionManager.createIsolatedSession(we, Pt)
              : this.connectionManager.lease(we, Pt),
            Re = ie.deref(),
            ve = (de) => {
              (c && ie.destroy(), (g = !0), y(de));
            },
            Ue = D ? BP(D) : "",
            K = e.path;
          (Ue && (K += `?${Ue}`), e.fragment && (K += `#${e.fragment}`));
          let ae = Re.request({
            ...e.headers,
            [LP.HTTP2_HEADER_PATH]: K,
            [LP.HTTP2_HEADER_METHOD]: w,
          });
          if (
            (u
              ? ae.setTimeout(u, () => {
                  ae.close();
                  let de = new Error(
                    `Stream timed out because of no activity for ${u} ms`,
                  );
                  ((de.name = "TimeoutError"), ve(de));
                })
              : l &&
                (ae.setTimeout(l, () => {
                  let de = new Error(
                    `Stream timed out because of no activity for ${l} ms`,
                  );
                  ((de.name = "TimeoutError"),
                    (g = !0),
                    y(de),
                    ae.destroy(de),
                    c && ie.destroy());
                }),
                ae.once("response", () => ae.setTimeout(l))),
            r)
          ) {
            let de = () => {
              ae.close();
              let Kr = xf(r);
              ve(Kr);
            };
            if (typeof r.addEventListener == "function") {
              let Kr = r;
              (Kr.addEventListener("abort", de, { once: !0 }),
                ae.once("close", () => Kr.removeEventListener("abort", de)));
            } else r.onabort = de;
          }
          (ae.on("frameError", (de, Kr, kz) => {
            ve(
              new Error(
                `Frame type id ${de} in stream id ${kz} has failed with code ${Kr}.`,
              ),
            );
          }),
            ae.on("error", ve),
            ae.on("aborted", () => {
              ve(
                new Error(
                  `HTTP/2 stream is abnormally aborted in mid-communication with result code ${ae.rstCode}.`,
                ),
              );
            }),
            ae.on("response", (de) => {
              let Kr = new FP({
                statusCode: de[":status"] ?? -1,
                headers: GP(de),
                body: ae,
              });
              ((g = !0),
                E({ response: Kr }),
                c &&
                  (Re.close(),
                  ae.on("end", () => {
                    ie.destroy();
                  })));
            }),
            ae.on("close", () => {
              if (
                (c ? ie.destroy() : this.connectionManager.release(we, ie), !g)
              ) {
                let de = new Error(
                  "Unexpected error: http2 request did not get a response",
                );
                (Re.destroyed && (de.name = "TimeoutError"), ve(de));
              }
            }),
            (S = VP(ae, e, u)));
        });
      }
      updateHttpClientConfig(e, r) {
        ((this.config = void 0),
          (this.configProvider = this.configProvider.then(
            (n) => (
              e === Symbol.for("@smithy/defaultSocketTimeout") &&
                ((e = "defaultSocketTimeout"), (r = Yc(n) ?? r)),
              { ...n, [e]: r }
            ),
          )));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
    };
  Jc.DEFAULT_REQUEST_TIMEOUT = a8;
  Jc.NodeHttp2Handler = gx;
  Jc.NodeHttpHandler = fx;
});
var Sx = fe((zP) => {
  var { setCredentialFeature: u8 } = (pe(), O(Nn)),
    { CredentialsProviderError: Ls } = (le(), O(er)),
    { NodeHttpHandler: d8 } = $s(),
    l8 = yt("node:fs/promises"),
    { HttpRequest: p8 } = ($(), O(Ho)),
    { sdkStreamMixin: f8, parseRfc3339DateTime: m8 } = (P(), O(_s)),
    h8 = "169.254.170.2",
    g8 = "169.254.170.23",
    S8 = "[fd00:ec2::23]",
    y8 = (t, e) => {
      if (
        t.protocol !== "https:" &&
        !(t.hostname === h8 || t.hostname === g8 || t.hostname === S8)
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
            n = (o) => {
              let s = parseInt(o, 10);
              return 0 <= s && s <= 255;
            };
          if (r[0] === "127" && n(r[1]) && n(r[2]) && n(r[3]) && r.length === 4)
            return;
        }
        throw new Ls(
          `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
          { logger: e },
        );
      }
    };
  function E8(t) {
    return new p8({
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
  async function b8(t, e) {
    let n = await f8(t.body).transformToString();
    if (t.statusCode === 200) {
      let o = JSON.parse(n);
      if (
        typeof o.AccessKeyId != "string" ||
        typeof o.SecretAccessKey != "string" ||
        typeof o.Token != "string" ||
        typeof o.Expiration != "string"
      )
        throw new Ls(
          "HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",
          { logger: e },
        );
      return {
        accessKeyId: o.AccessKeyId,
        secretAccessKey: o.SecretAccessKey,
        sessionToken: o.Token,
        expiration: m8(o.Expiration),
      };
    }
    if (t.statusCode >= 400 && t.statusCode < 500) {
      let o = {};
      try {
        o = JSON.parse(n);
      } catch {}
      throw Object.assign(
        new Ls(`Server responded with status: ${t.statusCode}`, { logger: e }),
        { Code: o.Code, Message: o.Message },
      );
    }
    throw new Ls(`Server responded with status: ${t.statusCode}`, {
      logger: e,
    });
  }
  var x8 = (t, e, r) => async () => {
      for (let n = 0; n < e; ++n)
        try {
          return await t();
        } catch {
          await new Promise((s) => setTimeout(s, r));
        }
      return await t();
    },
    w8 = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    T8 = "http://169.254.170.2",
    I8 = "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    _8 = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    A8 = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    C8 = (t = {}) => {
      t.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
      let e,
        r = t.awsContainerCredentialsRelativeUri ?? process.env[w8],
        n = t.awsContainerCredentialsFullUri ?? process.env[I8],
        o = t.awsContainerAuthorizationToken ?? process.env[A8],
        s = t.awsContainerAuthorizationTokenFile ?? process.env[_8],
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
        o &&
          s &&
          (i(
            "@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.",
          ),
          i("awsContainerAuthorizationTokenFile will take precedence.")),
        r)
      )
        e = `${T8}${r}`;
      else if (n) e = n;
      else
        throw new Ls(
          `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
          { logger: t.logger },
        );
      let a = new URL(e);
      y8(a, t.logger);
      let c = d8.create({ connectionTimeout: t.timeout ?? 1e3 }),
        u = t.timeout ?? 1e3,
        l = x8(
          async () => {
            let f = E8(a);
            s
              ? (f.headers.Authorization = HP(
                  (await l8.readFile(s)).toString(),
                ))
              : o && (f.headers.Authorization = HP(o));
            try {
              let h = await c.handle(f, { requestTimeout: u });
              return b8(h.response).then((g) => u8(g, "CREDENTIALS_HTTP", "z"));
            } catch (h) {
              throw new Ls(String(h), { logger: t.logger });
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
    HP = (t) => {
      if (
        t.includes(`\r
`)
      )
        throw new Ls("Authorization token contains invalid \\r\\n sequence.");
      return t;
    };
  zP.fromHttp = C8;
});
function R8(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sso-oauth", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function v8(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var WP,
  qP,
  jP,
  yx = p(() => {
    ft();
    L();
    WP = async (t, e, r) => ({
      operation: me(e).operation,
      region:
        (await oe(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((qP = (t) => {
      let e = [];
      return (t.operation === "CreateToken" ? e.push(v8(t)) : e.push(R8(t)), e);
    }),
      (jP = (t) => {
        let e = kn(t);
        return Object.assign(e, {
          authSchemePreference: oe(t.authSchemePreference ?? []),
        });
      }));
  });
var KP,
  YP,
  Ex = p(() => {
    ((KP = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "sso-oauth",
      })),
      (YP = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var Jo,
  Xc = p(() => {
    Jo = {
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
var bx,
  QP = p(() => {
    bx = Symbol("@smithy/core/cbor::tagSymbol");
  });
var Zc,
  xx = p(() => {
    Zc = (t, e) => {
      let r = (n) => {
        let o = n;
        return (
          typeof o == "number" && (o = o.toString()),
          o.indexOf(",") >= 0 && (o = o.split(",")[0]),
          o.indexOf(":") >= 0 && (o = o.split(":")[0]),
          o
        );
      };
      if (e.__type !== void 0) return r(e.__type);
    };
  });
function Cf(t) {
  let e = t.getSchema(),
    r = e[JP];
  if (r) return r;
  let n = [],
    o = [];
  for (let [a, c] of t.structIterator()) (n.push(a), o.push(c));
  let s = new Array(n.length);
  for (let a = 0; a < n.length; ++a) s[a] = O8(n[a]);
  let i = { memberNames: n, memberSchemas: o, encodedKeys: s };
  return ((e[JP] = i), i);
}
function O8(t) {
  let e;
  Rf ? (e = Buffer.from(t, "utf-8")) : (e = new TextEncoder().encode(t));
  let r = e.length,
    n;
  r < 24 ? (n = 1) : r < 256 ? (n = 2) : (n = 3);
  let o = new Uint8Array(n + r);
  return (
    n === 1
      ? (o[0] = 96 | r)
      : n === 2
        ? ((o[0] = 120), (o[1] = r))
        : ((o[0] = 121), (o[1] = r >> 8), (o[2] = r & 255)),
    o.set(e, n),
    o
  );
}
function rk(t) {
  return Rf ? Buffer.allocUnsafe(t) : new Uint8Array(t);
}
function pa(t, e, r, n) {
  if (e == null) {
    if (e === void 0 && t.isIdempotencyToken()) {
      Mn(Gt());
      return;
    }
    (ue(1), (V[U++] = 246));
    return;
  }
  if (t.isUnitSchema()) {
    (ue(1), ze(5, 0));
    return;
  }
  if (typeof e == "object") {
    if (t.isBlobSchema() && e instanceof Uint8Array) {
      wf(e);
      return;
    }
    if (t.isTimestampSchema() && e instanceof Date) {
      _x(e);
      return;
    }
    if (t.isStructSchema()) {
      P8(t, e, n);
      return;
    }
    if (Array.isArray(e) && (t.isListSchema() || t.isDocumentSchema())) {
      ek(t, e, t.isDocumentSchema(), n);
      return;
    }
    if (t.isMapSchema()) {
      Tx(t, e, !1, n);
      return;
    }
    if (e instanceof Date) {
      _x(e);
      return;
    }
    if (e instanceof Uint8Array) {
      wf(e);
      return;
    }
    if (e instanceof q) {
      sk(e);
      return;
    }
    if (e[bx]) {
      let s = e;
      ok(s.tag, s.value);
      return;
    }
    if (t.isDocumentSchema()) {
      Array.isArray(e) ? ek(t, e, !0, n) : Tx(t, e, !0, n);
      return;
    }
    if (t.isBigDecimalSchema()) {
      fa(e);
      return;
    }
    Tx(t, e, !0, n);
    return;
  }
  if (typeof e == "string") {
    if (t.isBlobSchema()) {
      let s = (n?.base64Decoder ?? _e)(e);
      wf(s);
      return;
    }
    Mn(e);
    return;
  }
  if (typeof e == "number") {
    (ue(9),
      Number.isInteger(e) && e >= -9007199254740992 && e <= 9007199254740991
        ? vf(e)
        : Nx(e));
    return;
  }
  if (typeof e == "boolean") {
    (ue(1), (V[U++] = 224 | (e ? 21 : 20)));
    return;
  }
  if (typeof e == "bigint") {
    _f(e);
    return;
  }
  Mn(String(e));
}
function P8(t, e, r) {
  if (t.isUnionSchema()) {
    let f = !1;
    for (let [h, g] of t.structIterator()) {
      let S = e[h];
      if (S != null) {
        (ue(9), ze(5, 1), Mn(h), pa(g, S, t, r), (f = !0));
        break;
      }
    }
    if (!f) {
      let { $unknown: h } = e;
      Array.isArray(h)
        ? (ue(9), ze(5, 1), Mn(h[0]), fa(h[1]))
        : (ue(9), ze(5, 0));
    }
    return;
  }
  let n = Cf(t),
    { memberNames: o, memberSchemas: s, encodedKeys: i } = n,
    a = o.length,
    c;
  (a < 24 ? (c = 1) : a < 256 ? (c = 2) : (c = 3), ue(c));
  let u = U;
  U += c;
  let l = 0;
  for (let f = 0; f < a; ++f) {
    let h = e[o[f]];
    if (h == null && !s[f].isIdempotencyToken()) continue;
    let g = i[f];
    (ue(g.length), V.set(g, U), (U += g.length), pa(s[f], h, t, r), ++l);
  }
  if (typeof e.__type == "string")
    for (let f in e) A(e, f) && (o.includes(f) || (Mn(f), fa(e[f]), ++l));
  c === 1
    ? (V[u] = 160 | l)
    : c === 2
      ? ((V[u] = 184), (V[u + 1] = l))
      : ((V[u] = 185), (V[u + 1] = l >> 8), (V[u + 2] = l & 255));
}
function ek(t, e, r, n) {
  let o = !!t.getMergedTraits().sparse,
    s = t.getValueSchema();
  if (r || o) {
    let i = [];
    for (let a = 0; a < e.length; ++a) {
      let c = e[a];
      r ? c !== void 0 && i.push(c) : (c != null || o) && i.push(c);
    }
    (ue(9), ze(4, i.length));
    for (let a = 0; a < i.length; ++a) pa(s, i[a], void 0, n);
  } else {
    let i = 0;
    for (let a = 0; a < e.length; ++a) e[a] != null && ++i;
    (ue(9), ze(4, i));
    for (let a = 0; a < e.length; ++a) e[a] != null && pa(s, e[a], void 0, n);
  }
}
function Tx(t, e, r, n) {
  let o = !!t.getMergedTraits().sparse,
    s = t.getValueSchema(),
    i = [];
  for (let a in e) {
    if (!A(e, a)) continue;
    let c = e[a];
    (r ? c !== void 0 : c != null || o) && i.push(a);
  }
  (ue(9), ze(5, i.length));
  for (let a = 0; a < i.length; ++a) {
    let c = i[a];
    (Mn(c), pa(s, e[c], void 0, n));
  }
}
function fa(t) {
  if (t == null) {
    (ue(1), (V[U++] = 246));
    return;
  }
  if (typeof t == "string") {
    Mn(t);
    return;
  }
  if (typeof t == "number") {
    (ue(9),
      Number.isInteger(t) && t >= -9007199254740992 && t <= 9007199254740991
        ? vf(t)
        : Nx(t));
    return;
  }
  if (typeof t == "boolean") {
    (ue(1), (V[U++] = 224 | (t ? 21 : 20)));
    return;
  }
  if (typeof t == "bigint") {
    _f(t);
    return;
  }
  if (t instanceof Uint8Array) {
    wf(t);
    return;
  }
  if (t instanceof Date) {
    _x(t);
    return;
  }
  if (t instanceof q) {
    sk(t);
    return;
  }
  if (t[bx]) {
    let e = t;
    ok(e.tag, e.value);
    return;
  }
  if (Array.isArray(t)) {
    (ue(9), ze(4, t.length));
    for (let e = 0; e < t.length; ++e) fa(t[e]);
    return;
  }
  if (typeof t == "object") {
    let e = Object.keys(t);
    (ue(9), ze(5, e.length));
    for (let r = 0; r < e.length; ++r) (Mn(e[r]), fa(t[e[r]]));
    return;
  }
  Mn(String(t));
}
function ue(t) {
  if (U + t > V.length) {
    let e = V.length * 2;
    for (; e < U + t;) e *= 2;
    let r = rk(e);
    (r.set(V.subarray(0, U)),
      (V = r),
      (Bs = new DataView(r.buffer, r.byteOffset, r.byteLength)));
  }
}
function ze(t, e) {
  if (e < 24) V[U++] = (t << 5) | e;
  else if (e < 256) ((V[U++] = (t << 5) | 24), (V[U++] = e));
  else if (e < 65536)
    ((V[U++] = (t << 5) | 25), (V[U++] = e >> 8), (V[U++] = e & 255));
  else if (e < 4294967296)
    ((V[U++] = (t << 5) | 26), Bs.setUint32(U, e), (U += 4));
  else {
    V[U++] = (t << 5) | 27;
    let r = (e / 4294967296) | 0,
      n = (e - r * 4294967296) | 0;
    (Bs.setUint32(U, r), Bs.setUint32(U + 4, n), (U += 8));
  }
}
function nk(t, e) {
  let r = Number(e);
  if (r < 4294967296) {
    ze(t, r);
    return;
  }
  ((V[U++] = (t << 5) | 27), Bs.setBigUint64(U, e), (U += 8));
}
function Mn(t) {
  let e = t.length;
  if (e <= 23) {
    let r = ua.get(t);
    if (r) {
      (ue(r.bytes.length),
        V.set(r.bytes, U),
        (U += r.bytes.length),
        (r.epoch = wx));
      return;
    }
    let n = U;
    tk(t, e);
    let o = U,
      s = Uint8Array.prototype.slice.call(V, n, o);
    if (ua.size >= XP) {
      if (ZP) return;
      let i = 0;
      for (let [a, c] of ua) {
        if (i >= 1024) break;
        c.epoch !== wx && (ua.delete(a), ++i);
      }
      if (i === 0) {
        ZP = !0;
        return;
      }
    }
    ua.size < XP && ua.set(t, { epoch: wx, bytes: s });
    return;
  }
  tk(t, e);
}
function tk(t, e) {
  if (Rf) {
    let r = e * 3;
    ue(r + 9);
    let n = Buffer.byteLength(t);
    (ze(3, n), (U += V.write(t, U)));
  } else {
    let r = e * 3;
    ue(r + 9);
    let n = U,
      s = N8.encodeInto(t, V.subarray(n + 9)).written,
      i;
    (s < 24
      ? (i = 1)
      : s < 256
        ? (i = 2)
        : s < 65536
          ? (i = 3)
          : s < 4294967296
            ? (i = 5)
            : (i = 9),
      i < 9 && V.copyWithin(n + i, n + 9, n + 9 + s),
      (U = n),
      ze(3, s),
      (U += s));
  }
}
function Nx(t) {
  (ue(9), (V[U++] = 251), Bs.setFloat64(U, t), (U += 8));
}
function vf(t) {
  ue(9);
  let e = t >= 0,
    r = e ? 0 : 1,
    n = e ? t : -t - 1;
  ze(r, n);
}
function _f(t) {
  let e = t >= 0,
    r = e ? 0 : 1,
    n = e ? t : -t - BigInt(1);
  if (n < BigInt("18446744073709551616")) (ue(9), nk(r, n));
  else {
    let o = n.toString(2),
      s = Math.ceil(o.length / 8),
      i = new Uint8Array(s),
      a = n;
    for (let c = s - 1; c >= 0; --c)
      ((i[c] = Number(a & BigInt(255))), (a >>= BigInt(8)));
    (ue(s + 16), (V[U++] = e ? 194 : 195), ze(2, s), V.set(i, U), (U += s));
  }
}
function wf(t) {
  (ue(t.length + 9), ze(2, t.length), V.set(t, U), (U += t.length));
}
function ok(t, e) {
  (ue(9), typeof t == "bigint" ? nk(6, t) : ze(6, t), fa(e));
}
function sk(t) {
  let e = t.string,
    r = BigInt(0),
    n = e.search(/[eE]/);
  n !== -1 && ((r = BigInt(e.slice(n + 1))), (e = e.slice(0, n)));
  let o = e.indexOf("."),
    s = o === -1 ? 0 : e.length - o - 1,
    i = r - BigInt(s),
    a = BigInt(e.replace(".", ""));
  (ue(9),
    (V[U++] = 196),
    ze(4, 2),
    ue(9),
    i >= -0x20000000000000n && i <= 0x1fffffffffffffn ? vf(Number(i)) : _f(i),
    _f(a));
}
function _x(t) {
  (ue(18), ze(6, 1));
  let e = t.getTime() / 1e3;
  Number.isInteger(e) ? vf(e) : Nx(e);
}
var If,
  JP,
  Rf,
  N8,
  Ix,
  V,
  Bs,
  U,
  XP,
  ua,
  wx,
  ZP,
  Px = p(() => {
    F();
    $();
    j();
    P();
    QP();
    ((If = class extends Ge {
      write(e, r) {
        U = 0;
        let n = _.of(e);
        pa(n, r, void 0, this.serdeContext);
      }
      flush() {
        let e = V.subarray(0, U);
        return (
          (U = 0),
          (V = rk(Ix)),
          (Bs = new DataView(V.buffer, V.byteOffset, V.byteLength)),
          e
        );
      }
    }),
      (JP = Symbol.for("@smithy/cbor-struct-cache")));
    ((Rf = typeof Buffer < "u"),
      (N8 = new TextEncoder()),
      (Ix = 2048),
      (V = Rf ? Buffer.allocUnsafe(Ix) : new Uint8Array(Ix)),
      (Bs = new DataView(V.buffer, V.byteOffset, V.byteLength)),
      (U = 0),
      (XP = 2048),
      (ua = new Map()),
      (wx = 0),
      (ZP = !1));
  });
function Ht(t) {
  if (v >= We) throw new Error("unexpected end of CBOR payload.");
  let e = (Ae[v] & 224) >> 5;
  if ((Ae[v] & 31) === 31 && e >= 2 && e <= 5) return U8(t, e);
  switch (e) {
    case 0:
      return H8();
    case 1:
      return z8();
    case 2:
      return kf();
    case 3:
      return ma();
    case 4:
      return k8(t);
    case 5:
      return M8(t);
    case 6:
      return L8(t);
    case 7:
      return q8();
    default:
      throw new Error(`unexpected CBOR major type ${e}.`);
  }
}
function k8(t) {
  let e = Pf(),
    r = t.isListSchema() ? t.getValueSchema() : t,
    n = Array(e);
  for (let o = 0; o < e; ++o) n[o] = Ht(r);
  return n;
}
function M8(t) {
  let e = Pf();
  if (t.isStructSchema()) return $8(t, e, v);
  let r = t.isMapSchema() ? t.getValueSchema() : t,
    n = {};
  for (let o = 0; o < e; ++o) {
    let s = ma();
    n[s] = Ht(r);
  }
  return n;
}
function $8(t, e, r) {
  let n = t.isUnionSchema(),
    o = Cf(t),
    { memberSchemas: s, encodedKeys: i, memberNames: a } = o,
    c = i.length,
    u = {},
    l,
    f,
    h = 0,
    g = !1,
    S = 0;
  for (let E = 0; E < e; ++E) {
    let y = uk(i, c, S);
    if (y >= 0) {
      ((S = y + 1), S >= c && (S = 0));
      let x = Ht(s[y]);
      x != null && (u[a[y]] = x);
    } else {
      let x = ma(),
        w = Ht(_.of(15));
      x === "__type" && typeof w == "string"
        ? (g = !0)
        : ((l = x), (f = w), ++h);
    }
  }
  if (n) {
    let E = !0;
    for (let y in u)
      if (A(u, y)) {
        E = !1;
        break;
      }
    E && h === 1 && (u.$unknown = [l, f]);
  } else if (g) {
    v = r;
    let E = _.of(15);
    for (let y = 0; y < e; ++y) {
      let x = ma(),
        w = Ht(E);
      x in u || (u[x] = w);
    }
  }
  return u;
}
function L8(t) {
  let e = Nf(),
    r = typeof e == "bigint" ? Number(e) : e;
  if (r === 1) {
    let s = _.of(15),
      i = Ht(s);
    return _o(i);
  }
  if (r === 2 || r === 3) {
    let s = kf(),
      i = BigInt(0);
    for (let a = 0; a < s.length; ++a) i = (i << BigInt(8)) | BigInt(s[a]);
    return r === 3 ? -i - BigInt(1) : i;
  }
  if (r === 4) {
    let s = _.of(15),
      i = Ht(s),
      [a, c] = i,
      u = c < 0 ? -1 : 1,
      l = BigInt(u) * BigInt(c),
      f = String(l),
      h = c < 0 ? "-" : "",
      g;
    if (typeof a == "number" && Math.abs(a) <= 2 ** 28) {
      let E = a,
        y = "0".repeat(Math.abs(E) + 1) + f;
      ((g = E === 0 ? y : y.slice(0, y.length + E) + "." + y.slice(E)),
        (g = g.replace(/^0+/g, "")),
        g === "" && (g = "0"),
        g[0] === "." && (g = "0" + g),
        (g = h + g));
    } else {
      let E = BigInt(a);
      if (f.length === 1) g = h + f + "e" + String(E);
      else {
        let y = E + BigInt(f.length - 1);
        g = h + f[0] + "." + f.slice(1) + "e" + String(y);
      }
    }
    return hl(g);
  }
  let n = _.of(15),
    o = Ht(n);
  return { tag: dk(e), value: o };
}
function U8(t, e) {
  switch (e) {
    case 3:
      return B8();
    case 2:
      return F8();
    case 4:
      return G8(t);
    case 5:
      return V8(t);
    default:
      throw new Error(`unexpected indefinite length for major ${e}.`);
  }
}
function B8() {
  v += 1;
  let t = [],
    e = 0;
  for (; v < We;) {
    if (Ae[v] === 255) {
      v += 1;
      let n = new Uint8Array(e),
        o = 0;
      for (let s = 0; s < t.length; ++s) (n.set(t[s], o), (o += t[s].length));
      return ck
        ? Buffer.from(n.buffer, n.byteOffset, n.byteLength).toString("utf-8")
        : Mx.decode(n);
    }
    let r = kf();
    (t.push(r), (e += r.length));
  }
  throw new Error("expected break marker.");
}
function F8() {
  v += 1;
  let t = [],
    e = 0;
  for (; v < We;) {
    if (Ae[v] === 255) {
      v += 1;
      let n = new Uint8Array(e),
        o = 0;
      for (let s = 0; s < t.length; ++s) (n.set(t[s], o), (o += t[s].length));
      return n;
    }
    let r = kf();
    (t.push(r), (e += r.length));
  }
  throw new Error("expected break marker.");
}
function G8(t) {
  v += 1;
  let e = t.isListSchema() ? t.getValueSchema() : t,
    r = [];
  for (; v < We;) {
    if (Ae[v] === 255) return ((v += 1), r);
    r.push(Ht(e));
  }
  throw new Error("expected break marker.");
}
function V8(t) {
  if (((v += 1), t.isStructSchema())) {
    let n = Cf(t),
      { memberSchemas: o, encodedKeys: s, memberNames: i } = n,
      a = s.length,
      c = t.isUnionSchema(),
      u = {},
      l,
      f,
      h = 0,
      g = 0;
    for (; v < We;) {
      if (Ae[v] === 255) {
        if (((v += 1), c)) {
          let E = !0;
          for (let y in u)
            if (A(u, y)) {
              E = !1;
              break;
            }
          E && h === 1 && (u.$unknown = [l, f]);
        }
        return u;
      }
      let S = uk(s, a, g);
      if (S >= 0) {
        ((g = S + 1), g >= a && (g = 0));
        let E = Ht(o[S]);
        E != null && (u[i[S]] = E);
      } else {
        let E = ma(),
          y = Ht(_.of(15));
        E !== "__type" && ((l = E), (f = y), ++h);
      }
    }
    throw new Error("expected break marker.");
  }
  let e = t.isMapSchema() ? t.getValueSchema() : t,
    r = {};
  for (; v < We;) {
    if (Ae[v] === 255) return ((v += 1), r);
    let n = ma();
    r[n] = Ht(e);
  }
  throw new Error("expected break marker.");
}
function uk(t, e, r) {
  let n = t[r];
  if (v + n.length <= We && ak(v, n)) return ((v += n.length), r);
  for (let o = 0; o < e; ++o) {
    if (o === r) continue;
    let s = t[o];
    if (v + s.length <= We && ak(v, s)) return ((v += s.length), o);
  }
  return -1;
}
function ak(t, e) {
  let r = e.length;
  if (Ae[t] !== e[0]) return !1;
  for (let n = 1; n < r; ++n) if (Ae[t + n] !== e[n]) return !1;
  return !0;
}
function Nf() {
  let t = Ae[v] & 31;
  if (t < 24) return ((v += 1), t);
  switch (t) {
    case 24:
      return (We - v < 2 && no(1), (v += 2), Ae[v - 1]);
    case 25:
      return (We - v < 3 && no(2), (v += 3), Xo.getUint16(v - 2));
    case 26:
      return (We - v < 5 && no(4), (v += 5), Xo.getUint32(v - 4));
    case 27: {
      (We - v < 9 && no(8), (v += 9));
      let e = Xo.getUint32(v - 8);
      return e < 2097152
        ? e * 4294967296 + Xo.getUint32(v - 4)
        : Xo.getBigUint64(v - 8);
    }
    default:
      throw new Error(`unexpected minor value ${t}.`);
  }
}
function Pf() {
  let t = Nf();
  return typeof t == "bigint" ? Number(t) : t;
}
function H8() {
  let t = Nf();
  return dk(t);
}
function z8() {
  let t = Nf();
  return typeof t == "bigint" ? BigInt(-1) - t : -1 - t;
}
function kf() {
  let t = Pf();
  We - v < t && no(t);
  let e = v;
  return ((v += t), Ae.subarray(e, e + t));
}
function ma() {
  let t = Pf();
  We - v < t && no(t);
  let e = v;
  return (
    (v += t),
    t < 24
      ? W8(e, t)
      : $x
        ? Ae.toString("utf-8", e, e + t)
        : Mx.decode(Ae.subarray(e, e + t))
  );
}
function W8(t, e) {
  let r = e;
  for (let i = 0; i < e; ++i) r = (r * 31 + Ae[t + i]) | 0;
  let n = (r >>> 0) & (Lx - 1),
    o = ik[n];
  if (o !== void 0 && o.length === e) {
    let i = !0;
    for (let a = 0; a < e; ++a)
      if (o.charCodeAt(a) !== Ae[t + a]) {
        i = !1;
        break;
      }
    if (i) return ((kx[n] = ru), o);
  }
  let s = $x
    ? Ae.toString("utf-8", t, t + e)
    : Mx.decode(Ae.subarray(t, t + e));
  return (kx[n] !== ru && ((ik[n] = s), (kx[n] = ru)), s);
}
function q8() {
  let t = v,
    e = Ae[t] & 31;
  switch (e) {
    case 21:
      return ((v = t + 1), !0);
    case 20:
      return ((v = t + 1), !1);
    case 22:
      return ((v = t + 1), null);
    case 23:
      return ((v = t + 1), null);
    case 25:
      return (We - t < 3 && no(2), (v = t + 3), j8(Ae[t + 1], Ae[t + 2]));
    case 26:
      return (We - t < 5 && no(4), (v = t + 5), Xo.getFloat32(t + 1));
    case 27:
      return (We - t < 9 && no(8), (v = t + 9), Xo.getFloat64(t + 1));
    default:
      throw new Error(`unexpected minor value ${e} for major 7.`);
  }
}
function j8(t, e) {
  let r = t >> 7,
    n = (t & 124) >> 2,
    o = ((t & 3) << 8) | e,
    s = r === 0 ? 1 : -1;
  return n === 0
    ? o === 0
      ? 0
      : s * (Math.pow(2, -14) * (o / 1024))
    : n === 31
      ? o === 0
        ? s * (1 / 0)
        : NaN
      : s * (Math.pow(2, n - 15) * (1 + o / 1024));
}
function dk(t) {
  if (typeof t == "number") return t;
  let e = Number(t);
  return Number.MIN_SAFE_INTEGER <= e && e <= Number.MAX_SAFE_INTEGER ? e : t;
}
function no(t) {
  throw new Error(`CBOR: length ${t} greater than remaining buffer length.`);
}
function Df(t, e) {
  if (t.isTimestampSchema()) {
    if (typeof e == "number") return _o(e);
    if (typeof e == "object" && e !== null && e.tag === 1 && "value" in e)
      return _o(e.value);
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
    e instanceof q ||
    t.isDocumentSchema()
  )
    return e;
  if (t.isListSchema()) {
    let n = t.getValueSchema(),
      o = [];
    for (let s of e) o.push(Df(n, s));
    return o;
  }
  let r = {};
  if (t.isMapSchema()) {
    let n = t.getValueSchema();
    for (let o in e) A(e, o) && (r[o] = Df(n, e[o]));
  } else if (t.isStructSchema()) {
    let n = t.isUnionSchema(),
      o;
    if (n) {
      o = new Set();
      for (let s in e) A(e, s) && s !== "__type" && o.add(s);
    }
    for (let [s, i] of t.structIterator())
      (n && o.delete(s), e[s] != null && (r[s] = Df(i, e[s])));
    if (n && o?.size === 1) {
      let s = !0;
      for (let i in r)
        if (A(r, i)) {
          s = !1;
          break;
        }
      if (s) {
        let i = o.values().next().value;
        r.$unknown = [i, e[i]];
      }
    } else if (typeof e.__type == "string")
      for (let s in e) A(e, s) && (s in r || (r[s] = e[s]));
  }
  return r;
}
var Of,
  ck,
  Mx,
  Ae,
  $x,
  Xo,
  v,
  We,
  Lx,
  ik,
  kx,
  ru,
  lk = p(() => {
    F();
    $();
    j();
    P();
    Px();
    ((Of = class extends Ge {
      read(e, r) {
        return (
          (Ae = r),
          ($x = ck && r instanceof Buffer),
          (Xo = new DataView(r.buffer, r.byteOffset, r.byteLength)),
          (v = 0),
          (We = r.length),
          (ru = (ru + 1) & 65535),
          Ht(_.of(e))
        );
      }
      readValue(e, r) {
        return Df(_.of(e), r);
      }
    }),
      (ck = typeof Buffer < "u"),
      (Mx = new TextDecoder()),
      (Ae = new Uint8Array(0)),
      ($x = !1),
      (Xo = new DataView(new ArrayBuffer(0))),
      (v = 0),
      (We = 0),
      (Lx = 2048),
      (ik = new Array(Lx)),
      (kx = new Uint16Array(Lx)),
      (ru = 0));
  });
var Mf,
  pk = p(() => {
    $();
    Px();
    lk();
    Mf = class extends Ge {
      createSerializer() {
        let e = new If();
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new Of();
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var nu,
  fk = p(() => {
    $();
    j();
    pk();
    xx();
    nu = class extends ko {
      codec = new Mf();
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
      async handleError(e, r, n, o, s) {
        let i = Zc(n, o) ?? "Unknown",
          a = ["*"],
          { defaultNamespace: c } = this.options;
        a.unshift(c);
        let [u, l] = i.includes("#") ? i.split("#") : [void 0, i];
        u && a.unshift(u);
        let f = {
            $metadata: s,
            $fault: n.statusCode < 500 ? "client" : "server",
          },
          h = [this.compositeErrorRegistry];
        (u && h.push(ce.for(u)), h.push(ce.for(c)));
        let [g, S, E] = this.resolveError(l, a, h);
        if (E === "native" || E === "synthetic") {
          o.Message && (o.message = o.Message);
          let I = E === "synthetic" ? new S({ name: l }) : new Error(l);
          throw Object.assign(I, f, o);
        }
        let y = _.of(g),
          x = o.message ?? o.Message ?? "Unknown",
          w = new S({}),
          T = {};
        for (let [I, D] of y.structIterator())
          T[I] = this.deserializer.readValue(D, o[I]);
        throw Object.assign(
          w,
          f,
          { $fault: y.getMergedTraits().error, message: x },
          T,
        );
      }
      getDefaultContentType() {
        return "application/cbor";
      }
    };
  });
var mk = p(() => {
  xx();
  fk();
});
var It,
  Fs = p(() => {
    L();
    j();
    It = class {
      queryCompat;
      errorRegistry;
      constructor(e = !1) {
        this.queryCompat = e;
      }
      resolveRestContentType(e, r) {
        let n = r.getMemberSchemas(),
          o = Object.values(n).find((s) => !!s.getMergedTraits().httpPayload);
        if (o) {
          let s = o.getMergedTraits().mediaType;
          return (
            s ||
            (o.isStringSchema()
              ? "text/plain"
              : o.isBlobSchema()
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
              httpPrefixHeaders: f,
            } = i.getMergedTraits();
            return !a && !c && !u && !l && f === void 0;
          })
        )
          return e;
      }
      async getErrorSchemaOrThrowBaseException(e, r, n, o, s, i) {
        let a = e;
        e.includes("#") && ([, a] = e.split("#"));
        let c = {
          $metadata: s,
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
          o.message = o.message ?? o.Message ?? "UnknownError";
          let l = this.errorRegistry,
            f = l.getBaseException();
          if (f) {
            let S = l.getErrorCtor(f) ?? Error;
            throw this.decorateServiceException(
              Object.assign(new S({ name: a }), c),
              o,
            );
          }
          let h = o,
            g =
              h?.message ??
              h?.Message ??
              h?.Error?.Message ??
              h?.Error?.message;
          throw this.decorateServiceException(
            Object.assign(new Error(g), { name: a }, c),
            o,
          );
        }
      }
      compose(e, r, n) {
        let o = n;
        r.includes("#") && ([o] = r.split("#"));
        let s = ce.for(o),
          i = ce.for("smithy.ts.sdk.synthetic." + n);
        (e.copyFrom(s), e.copyFrom(i), (this.errorRegistry = e));
      }
      decorateServiceException(e, r = {}) {
        if (this.queryCompat) {
          let n = e.Message ?? r.Message,
            o = Ss(e, r);
          n && (o.message = n);
          let s = o.Error ?? {};
          ((s.Type = o.Error?.Type),
            (s.Code = o.Error?.Code),
            (s.Message = o.Error?.message ?? o.Error?.Message ?? n),
            (o.Error = s));
          let i = o.$metadata.requestId;
          return (i && (o.RequestId = i), o);
        }
        return Ss(e, r);
      }
      setQueryCompatError(e, r) {
        let n = r.headers?.["x-amzn-query-error"];
        if (e !== void 0 && n != null) {
          let [o, s] = n.split(";"),
            i = Object.keys(e),
            a = { Code: o, Type: s };
          ((e.Code = o), (e.Type = s));
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
            (o) => _.of(o).getMergedTraits().awsQueryError?.[0] === r,
          );
        }
      }
    };
  });
var $f,
  hk = p(() => {
    mk();
    j();
    Fs();
    $f = class extends nu {
      awsQueryCompatible;
      mixin;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        awsQueryCompatible: n,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new It(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let o = await super.serializeRequest(e, r, n);
        return (
          this.awsQueryCompatible && (o.headers["x-amzn-query-mode"] = "true"),
          o
        );
      }
      async handleError(e, r, n, o, s) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(o, n);
        let i = (() => {
          let S = n.headers["x-amzn-query-error"];
          return S && this.awsQueryCompatible
            ? S.split(";")[0]
            : (Zc(n, o) ?? "Unknown");
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
              o,
              s,
              this.awsQueryCompatible
                ? this.mixin.findQueryCompatibleError
                : void 0,
            ),
          u = _.of(a),
          l = o.message ?? o.Message ?? "UnknownError",
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new f({}),
          g = {};
        for (let [S, E] of u.structIterator())
          o[S] != null && (g[S] = this.deserializer.readValue(E, o[S]));
        throw (
          this.awsQueryCompatible && this.mixin.queryCompatOutput(o, g),
          this.mixin.decorateServiceException(
            Object.assign(
              h,
              c,
              { $fault: u.getMergedTraits().error, message: l },
              g,
            ),
            o,
          )
        );
      }
    };
  });
var Zo,
  Lf = p(() => {
    $();
    j();
    Fs();
    Zo = class extends mn {
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
        awsQueryCompatible: o,
        jsonCodec: s,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.serviceTarget = n),
          (this.codec =
            s ??
            new nr({
              timestampFormat: { useTrait: !0, default: 7 },
              jsonName: !1,
            })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!o),
          (this.mixin = new It(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let o = await super.serializeRequest(e, r, n);
        return (
          o.path.endsWith("/") || (o.path += "/"),
          (o.headers["content-type"] =
            `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (o.headers["x-amz-target"] = `${this.serviceTarget}.${e.name}`),
          this.awsQueryCompatible && (o.headers["x-amzn-query-mode"] = "true"),
          (Qt(e.input) === "unit" || !o.body) && (o.body = "{}"),
          o
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(e, r, n, o, s) {
        let { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(o, n);
        let a = qi(n, o, i) ?? "Unknown";
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
              o,
              s,
              i ? this.mixin.findQueryCompatibleError : void 0,
            ),
          l = _.of(c),
          f = o.message ?? o.Message ?? "UnknownError",
          h = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
          g = new h({}),
          S = {},
          E = this.codec.createDeserializer();
        for (let [y, x] of l.structIterator())
          o[y] != null && (S[y] = E.readObject(x, o[y]));
        throw (
          i && this.mixin.queryCompatOutput(o, S),
          this.mixin.decorateServiceException(
            Object.assign(
              g,
              u,
              { $fault: l.getMergedTraits().error, message: f },
              S,
            ),
            o,
          )
        );
      }
    };
  });
var Uf,
  gk = p(() => {
    Lf();
    Uf = class extends Zo {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: n,
        awsQueryCompatible: o,
        jsonCodec: s,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: n,
          awsQueryCompatible: o,
          jsonCodec: s,
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
var Bf,
  Sk = p(() => {
    Lf();
    Bf = class extends Zo {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: n,
        awsQueryCompatible: o,
        jsonCodec: s,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: n,
          awsQueryCompatible: o,
          jsonCodec: s,
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
var $n,
  yk = p(() => {
    $();
    j();
    Fs();
    $n = class extends Po {
      serializer;
      deserializer;
      codec;
      mixin = new It();
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        jsonCodec: n,
      }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
        let o = {
          timestampFormat: { useTrait: !0, default: 7 },
          httpBindings: !0,
          jsonName: !0,
        };
        ((this.codec = n ?? new nr(o)),
          (this.serializer = new Lo(this.codec.createSerializer(), o)),
          (this.deserializer = new $o(this.codec.createDeserializer(), o)));
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
        let o = await super.serializeRequest(e, r, n),
          s = _.of(e.input);
        if (!o.headers["content-type"]) {
          let i = this.mixin.resolveRestContentType(
            this.getDefaultContentType(),
            s,
          );
          i && (o.headers["content-type"] = i);
        }
        return (
          o.body == null &&
            o.headers["content-type"] === this.getDefaultContentType() &&
            (o.body = "{}"),
          o
        );
      }
      async deserializeResponse(e, r, n) {
        let o = await super.deserializeResponse(e, r, n),
          s = _.of(e.output);
        for (let [i, a] of s.structIterator())
          a.getMemberTraits().httpPayload && !(i in o) && (o[i] = null);
        return o;
      }
      async handleError(e, r, n, o, s) {
        let i = Wi(n, o) ?? "Unknown";
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
              o,
              s,
            ),
          u = _.of(a),
          l = o.message ?? o.Message ?? "UnknownError",
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new f({});
        await this.deserializeHttpMessage(a, r, n, o);
        let g = {},
          S = this.codec.createDeserializer();
        for (let [E, y] of u.structIterator()) {
          let x = y.getMergedTraits().jsonName ?? E;
          g[E] = S.readObject(y, o[x]);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(
            h,
            c,
            { $fault: u.getMergedTraits().error, message: l },
            g,
          ),
          o,
        );
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  });
var Ff,
  Ek = p(() => {
    $();
    j();
    Fs();
    Ff = class extends Yi {
      awsQueryCompatible;
      mixin;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        awsQueryCompatible: n,
      }) {
        (super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new It(this.awsQueryCompatible)));
      }
      async serializeRequest(e, r, n) {
        let o = await super.serializeRequest(e, r, n);
        return (
          this.awsQueryCompatible && (o.headers["x-amzn-query-mode"] = "true"),
          o
        );
      }
      async handleError(e, r, n, o, s) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(o, n);
        let i = (() => {
          let E = n.headers["x-amzn-query-error"];
          return E && this.awsQueryCompatible
            ? E.split(";")[0]
            : (ji(n, o) ?? "Unknown");
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
              o,
              s,
              this.awsQueryCompatible
                ? this.mixin.findQueryCompatibleError
                : void 0,
            ),
          u = _.of(a),
          l = o.message ?? o.Message ?? "UnknownError",
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new f({}),
          g = {},
          S = this.getPayloadCodec().createDeserializer();
        for (let [E, y] of u.structIterator())
          o[E] != null && (g[E] = S.readObject(y, o[E]));
        throw (
          this.awsQueryCompatible && this.mixin.queryCompatOutput(o, g),
          this.mixin.decorateServiceException(
            Object.assign(
              h,
              c,
              { $fault: u.getMergedTraits().error, message: l },
              g,
            ),
            o,
          )
        );
      }
    };
  });
var Hf = fe((Vf) => {
  var K8 = /[&<>"]/g,
    Y8 = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  function Q8(t) {
    return t.replace(K8, (e) => Y8[e]);
  }
  var J8 = /[&"'<>\r\n\u0085\u2028]/g,
    X8 = {
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
  function Z8(t) {
    return t.replace(J8, (e) => X8[e]);
  }
  var Gf = class {
      value;
      constructor(e) {
        this.value = e;
      }
      toString() {
        return Z8("" + this.value);
      }
    },
    Bx = class t {
      name;
      children;
      attributes = {};
      static of(e, r, n) {
        let o = new t(e);
        return (
          r !== void 0 && o.addChildNode(new Gf(r)),
          n !== void 0 && o.withName(n),
          o
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
          let o = t.of(r, e[r]).withName(n);
          this.c(o);
        }
      }
      l(e, r, n, o) {
        e[r] != null &&
          o().map((i) => {
            (i.withName(n), this.c(i));
          });
      }
      lc(e, r, n, o) {
        if (e[r] != null) {
          let s = o(),
            i = new t(n);
          (s.map((a) => {
            i.c(a);
          }),
            this.c(i));
        }
      }
      toString() {
        let e = !!this.children.length,
          r = `<${this.name}`,
          n = this.attributes;
        for (let o of Object.keys(n)) {
          let s = n[o];
          s != null && (r += ` ${o}="${Q8("" + s)}"`);
        }
        return (r += e
          ? `>${this.children.map((o) => o.toString()).join("")}</${this.name}>`
          : "/>");
      }
    };
  function Ux(t) {
    Object.defineProperty(t, "__proto__", {
      value: void 0,
      writable: !0,
      enumerable: !0,
      configurable: !0,
    });
  }
  function eK(t) {
    return new Fx(t).parse();
  }
  var Fx = class t {
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
      let o = r.x.slice(r.i, n);
      return ((r.i = n + e.length), o);
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
        o = {};
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
          l === "__proto__" && Ux(o),
          (o[l] = e.readAttrValue()),
          (n = !0));
      }
      if (e.i >= e.z)
        throw new Error("@aws-sdk XML parse error: unexpected end of input.");
      if (e.x[e.i] === "/") {
        if ((++e.i, e.i >= e.z || e.x[e.i] !== ">"))
          throw new Error(
            "@aws-sdk XML parse error: expected > at the end of self-closing tag.",
          );
        return (++e.i, { tag: r, value: n ? o : "" });
      }
      if (e.x[e.i] !== ">")
        throw new Error(
          "@aws-sdk XML parse error: expected > at the end of opening tag.",
        );
      ++e.i;
      let s = [],
        i = [],
        a = !1;
      for (; e.i < e.z && !e.isNext("</");)
        if (e.x[e.i] === "<")
          e.isNext("<!--")
            ? e.readTo("-->")
            : e.isNext("<![CDATA[")
              ? ((e.i += 9), s.push(e.readTo("]]>")))
              : e.isNext("<?")
                ? e.readTo("?>")
                : ((a = !0), i.push(e.parseTag()));
        else {
          let l = "";
          for (; e.i < e.z && e.x[e.i] !== "<";) l += e.x[e.i++];
          s.push(e.decodeEntities(l));
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
      if (!n && s.length === 0 && !a) return { tag: r, value: "" };
      if (!n && !a) {
        let l = s.length === 1 ? s[0] : s.join("");
        return l.trim() === "" &&
          l.includes(`
`)
          ? { tag: r, value: "" }
          : { tag: r, value: l };
      }
      let u = {};
      for (let l of s)
        (l.trim() === "" &&
          l.includes(`
`)) ||
          (u["#text"] = "#text" in u ? u["#text"] + l : l);
      for (let l of i)
        (l.tag === "__proto__" && Ux(u),
          l.tag in u
            ? Array.isArray(u[l.tag])
              ? u[l.tag].push(l.value)
              : (u[l.tag] = [u[l.tag], l.value])
            : (u[l.tag] = l.value));
      for (let [l, f] of Object.entries(o))
        (l === "__proto__" && Ux(u), (u[l] = f));
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
        (r, n, o, s) =>
          n
            ? String.fromCharCode(parseInt(n, 16))
            : o
              ? String.fromCharCode(parseInt(o, 10))
              : (t.ENTITIES[s] ?? ""),
      );
    }
  };
  Vf.XmlNode = Bx;
  Vf.XmlText = Gf;
  Vf.parseXML = eK;
});
var Ln,
  ou = p(() => {
    Ln = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var zf,
  bk = p(() => {
    zf = class {
      from;
      to;
      keys;
      constructor(e, r) {
        ((this.from = e), (this.to = r));
        let n = Object.keys(this.from),
          o = new Set(n);
        (o.delete("__type"), (this.keys = o));
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
function xk(t) {
  Object.defineProperty(t, "__proto__", {
    value: void 0,
    writable: !0,
    enumerable: !0,
    configurable: !0,
  });
}
var wk = p(() => {});
var Tk,
  es,
  Wf = p(() => {
    Tk = ye(Hf());
    L();
    $();
    j();
    P();
    ou();
    bk();
    wk();
    es = class extends Ln {
      settings;
      stringDeserializer;
      constructor(e) {
        (super(), (this.settings = e), (this.stringDeserializer = new Mo(e)));
      }
      setSerdeContext(e) {
        ((this.serdeContext = e), this.stringDeserializer.setSerdeContext(e));
      }
      read(e, r, n) {
        let o = _.of(e),
          s = o.getMemberSchemas();
        if (
          o.isStructSchema() &&
          o.isMemberSchema() &&
          !!Object.values(s).find((u) => !!u.getMemberTraits().eventPayload)
        ) {
          let u = {},
            l = Object.keys(s)[0];
          return (
            s[l].isBlobSchema() ? (u[l] = r) : (u[l] = this.read(s[l], r)),
            u
          );
        }
        let a = (this.serdeContext?.utf8Encoder ?? ge)(r),
          c = this.parseXml(a);
        return this.readSchema(e, n ? c[n] : c);
      }
      readSchema(e, r) {
        let n = _.of(e);
        if (n.isUnitSchema()) return;
        let o = n.getMergedTraits();
        if (n.isListSchema() && !Array.isArray(r))
          return this.readSchema(n, [r]);
        if (r == null) return r;
        if (typeof r == "object") {
          let s = !!o.xmlFlattened;
          if (n.isListSchema()) {
            let a = n.getValueSchema(),
              c = [],
              u = a.getMergedTraits().xmlName ?? "member",
              l = s ? r : (r[0] ?? r)[u];
            if (l == null) return c;
            let f = Array.isArray(l) ? l : [l];
            for (let h of f) c.push(this.readSchema(a, h));
            return c;
          }
          let i = {};
          if (n.isMapSchema()) {
            let a = n.getKeySchema(),
              c = n.getValueSchema(),
              u;
            s
              ? (u = Array.isArray(r) ? r : [r])
              : (u = Array.isArray(r.entry) ? r.entry : [r.entry]);
            let l = a.getMergedTraits().xmlName ?? "key",
              f = c.getMergedTraits().xmlName ?? "value";
            for (let h of u) {
              let g = h[l],
                S = h[f];
              (g === "__proto__" && xk(i), (i[g] = this.readSchema(c, S)));
            }
            return i;
          }
          if (n.isStructSchema()) {
            let a = n.isUnionSchema(),
              c;
            a && (c = new zf(r, i));
            for (let [u, l] of n.structIterator()) {
              let f = l.getMergedTraits(),
                h = f.httpPayload
                  ? (f.xmlName ?? l.getName())
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
            r = (0, Tk.parseXML)(e);
          } catch (i) {
            throw (
              i &&
                typeof i == "object" &&
                Object.defineProperty(i, "$responseBodyText", { value: e }),
              i
            );
          }
          let n = "#text",
            o = Object.keys(r)[0],
            s = r[o];
          return (s[n] && ((s[o] = s[n]), delete s[n]), Es(s));
        }
        return {};
      }
    };
  });
var ha,
  Gx = p(() => {
    $();
    j();
    P();
    P();
    ou();
    ha = class extends Ln {
      settings;
      buffer;
      constructor(e) {
        (super(), (this.settings = e));
      }
      write(e, r, n = "") {
        this.buffer === void 0 && (this.buffer = "");
        let o = _.of(e);
        if ((n && !n.endsWith(".") && (n += "."), o.isBlobSchema()))
          (typeof r == "string" || r instanceof Uint8Array) &&
            (this.writeKey(n),
            this.writeValue((this.serdeContext?.base64Encoder ?? he)(r)));
        else if (
          o.isBooleanSchema() ||
          o.isNumericSchema() ||
          o.isStringSchema()
        )
          r != null
            ? (this.writeKey(n), this.writeValue(String(r)))
            : o.isIdempotencyToken() &&
              (this.writeKey(n), this.writeValue(Gt()));
        else if (o.isBigIntegerSchema())
          r != null && (this.writeKey(n), this.writeValue(String(r)));
        else if (o.isBigDecimalSchema())
          r != null &&
            (this.writeKey(n),
            this.writeValue(r instanceof q ? r.string : String(r)));
        else if (o.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(n), xt(o, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace(".000Z", "Z"));
                break;
              case 6:
                this.writeValue($t(r));
                break;
              case 7:
                this.writeValue(String(r.getTime() / 1e3));
                break;
            }
        } else if (o.isDocumentSchema())
          Array.isArray(r)
            ? this.write(79, r, n)
            : r instanceof Date
              ? this.write(4, r, n)
              : r instanceof Uint8Array
                ? this.write(21, r, n)
                : r && typeof r == "object"
                  ? this.write(143, r, n)
                  : (this.writeKey(n), this.writeValue(String(r)));
        else if (o.isListSchema()) {
          if (Array.isArray(r))
            if (r.length === 0)
              this.settings.serializeEmptyLists &&
                (this.writeKey(n), this.writeValue(""));
            else {
              let s = o.getValueSchema(),
                i =
                  this.settings.flattenLists ||
                  o.getMergedTraits().xmlFlattened,
                a = 1;
              for (let c of r) {
                if (c == null) continue;
                let u = s.getMergedTraits(),
                  l = this.getKey("member", u.xmlName, u.ec2QueryName),
                  f = i ? `${n}${a}` : `${n}${l}.${a}`;
                (this.write(s, c, f), ++a);
              }
            }
        } else if (o.isMapSchema()) {
          if (r && typeof r == "object") {
            let s = o.getKeySchema(),
              i = o.getValueSchema(),
              a = o.getMergedTraits().xmlFlattened,
              c = 1;
            for (let u in r) {
              let l = r[u];
              if (l == null) continue;
              let f = s.getMergedTraits(),
                h = this.getKey("key", f.xmlName, f.ec2QueryName),
                g = a ? `${n}${c}.${h}` : `${n}entry.${c}.${h}`,
                S = i.getMergedTraits(),
                E = this.getKey("value", S.xmlName, S.ec2QueryName),
                y = a ? `${n}${c}.${E}` : `${n}entry.${c}.${E}`;
              (this.write(s, u, g), this.write(i, l, y), ++c);
            }
          }
        } else if (o.isStructSchema()) {
          if (r && typeof r == "object") {
            let s = !1;
            for (let [i, a] of o.structIterator()) {
              if (r[i] == null && !a.isIdempotencyToken()) continue;
              let c = a.getMergedTraits(),
                u = this.getKey(i, c.xmlName, c.ec2QueryName, "struct"),
                l = `${n}${u}`;
              (this.write(a, r[i], l), (s = !0));
            }
            if (!s && o.isUnionSchema()) {
              let { $unknown: i } = r;
              if (Array.isArray(i)) {
                let [a, c] = i,
                  u = `${n}${a}`;
                this.write(15, c, u);
              }
            }
          }
        } else if (!o.isUnitSchema())
          throw new Error(
            `@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${o.getName(!0)}`,
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
      getKey(e, r, n, o) {
        let { ec2: s, capitalizeKeys: i } = this.settings;
        if (s && n) return n;
        let a = r ?? e;
        return i && o === "struct" ? a[0].toUpperCase() + a.slice(1) : a;
      }
      writeKey(e) {
        (e.endsWith(".") && (e = e.slice(0, e.length - 1)),
          (this.buffer += `&${Er(e)}=`));
      }
      writeValue(e) {
        this.buffer += Er(e);
      }
    };
  });
var ts,
  Vx = p(() => {
    $();
    j();
    Fs();
    Wf();
    Gx();
    ts = class extends mn {
      options;
      serializer;
      deserializer;
      mixin = new It();
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
        ((this.serializer = new ha(r)), (this.deserializer = new es(r)));
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
        let o = await super.serializeRequest(e, r, n);
        (o.path.endsWith("/") || (o.path += "/"),
          (o.headers["content-type"] = "application/x-www-form-urlencoded"),
          (Qt(e.input) === "unit" || !o.body) && (o.body = ""));
        let s = e.name.split("#")[1] ?? e.name;
        return (
          (o.body = `Action=${s}&Version=${this.options.version}` + o.body),
          o.body.endsWith("&") && (o.body = o.body.slice(-1)),
          o
        );
      }
      async deserializeResponse(e, r, n) {
        let o = this.deserializer,
          s = _.of(e.output),
          i = {};
        if (n.statusCode >= 300) {
          let l = await $e(n.body, r);
          (l.byteLength > 0 && Object.assign(i, await o.read(15, l)),
            await this.handleError(e, r, n, i, this.deserializeMetadata(n)));
        }
        for (let l in n.headers) {
          let f = n.headers[l];
          (delete n.headers[l], (n.headers[l.toLowerCase()] = f));
        }
        let a = e.name.split("#")[1] ?? e.name,
          c =
            s.isStructSchema() && this.useNestedResult()
              ? a + "Result"
              : void 0,
          u = await $e(n.body, r);
        return (
          u.byteLength > 0 && Object.assign(i, await o.read(s, u, c)),
          (i.$metadata = this.deserializeMetadata(n)),
          i
        );
      }
      useNestedResult() {
        return !0;
      }
      async handleError(e, r, n, o, s) {
        let i = this.loadQueryErrorCode(n, o) ?? "Unknown";
        this.mixin.compose(
          this.compositeErrorRegistry,
          i,
          this.options.defaultNamespace,
        );
        let a = this.loadQueryError(o) ?? {},
          c = this.loadQueryErrorMessage(o);
        ((a.message = c),
          (a.Error = { Type: a.Type, Code: a.Code, Message: c }));
        let { errorSchema: u, errorMetadata: l } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              a,
              s,
              this.mixin.findQueryCompatibleError,
            ),
          f = _.of(u),
          h = this.compositeErrorRegistry.getErrorCtor(u) ?? Error,
          g = new h({}),
          S = { Type: a.Error.Type, Code: a.Error.Code, Error: a.Error };
        for (let [E, y] of f.structIterator()) {
          let x = y.getMergedTraits().xmlName ?? E,
            w = a[x] ?? o[x];
          S[E] = this.deserializer.readSchema(y, w);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(
            g,
            l,
            { $fault: f.getMergedTraits().error, message: c },
            S,
          ),
          o,
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
var qf,
  Ik = p(() => {
    Vx();
    qf = class extends ts {
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
var _k,
  Ak = p(() => {
    $();
    P();
    _k = (t, e) => $e(t, e).then((r) => (e?.utf8Encoder ?? ge)(r));
  });
var Ck,
  Hx,
  Rk,
  jf,
  zx = p(() => {
    Ck = ye(Hf());
    L();
    Ak();
    ((Hx = (t, e) =>
      _k(t, e).then((r) => {
        if (r.length) {
          let n;
          try {
            n = (0, Ck.parseXML)(r);
          } catch (a) {
            throw (
              a &&
                typeof a == "object" &&
                Object.defineProperty(a, "$responseBodyText", { value: r }),
              a
            );
          }
          let o = "#text",
            s = Object.keys(n)[0],
            i = n[s];
          return (i[o] && ((i[s] = i[o]), delete i[o]), Es(i));
        }
        return {};
      })),
      (Rk = async (t, e) => {
        let r = await Hx(t, e);
        return (
          r.Error && (r.Error.message = r.Error.message ?? r.Error.Message),
          r
        );
      }),
      (jf = (t, e) => {
        if (e?.Error?.Code !== void 0) return e.Error.Code;
        if (e?.Code !== void 0) return e.Code;
        if (t.statusCode == 404) return "NotFound";
      }));
  });
var mt,
  ga,
  Wx = p(() => {
    mt = ye(Hf());
    $();
    j();
    P();
    P();
    ou();
    ga = class extends Ln {
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
            "byteLength" in r ? r : (this.serdeContext?.base64Decoder ?? _e)(r);
        else {
          this.buffer = this.writeStruct(n, r, void 0);
          let o = n.getMergedTraits();
          o.httpPayload && !o.xmlName && this.buffer.withName(n.getName());
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
        let o = e.getMergedTraits(),
          s =
            e.isMemberSchema() && !o.httpPayload
              ? (e.getMemberTraits().xmlName ?? e.getMemberName())
              : (o.xmlName ?? e.getName());
        if (!s || !e.isStructSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${e.getName(!0)}.`,
          );
        let i = mt.XmlNode.of(s),
          [a, c] = this.getXmlnsAttribute(e, n);
        for (let [l, f] of e.structIterator()) {
          let h = r[l];
          if (h != null || f.isIdempotencyToken()) {
            if (f.getMergedTraits().xmlAttribute) {
              i.addAttribute(
                f.getMergedTraits().xmlName ?? l,
                this.writeSimple(f, h),
              );
              continue;
            }
            if (f.isListSchema()) this.writeList(f, h, i, c);
            else if (f.isMapSchema()) this.writeMap(f, h, i, c);
            else if (f.isStructSchema())
              i.addChildNode(this.writeStruct(f, h, c));
            else {
              let g = mt.XmlNode.of(
                f.getMergedTraits().xmlName ?? f.getMemberName(),
              );
              (this.writeSimpleInto(f, h, g, c), i.addChildNode(g));
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
          let [l, f] = u,
            h = mt.XmlNode.of(l);
          if (typeof f != "string")
            if (r instanceof mt.XmlNode || r instanceof mt.XmlText)
              i.addChildNode(r);
            else
              throw new Error(
                "@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.",
              );
          (this.writeSimpleInto(0, f, h, c), i.addChildNode(h));
        }
        return (c && i.addAttribute(a, c), i);
      }
      writeList(e, r, n, o) {
        if (!e.isMemberSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${e.getName(!0)}`,
          );
        let s = e.getMergedTraits(),
          i = e.getValueSchema(),
          a = i.getMergedTraits(),
          c = !!a.sparse,
          u = !!s.xmlFlattened,
          [l, f] = this.getXmlnsAttribute(e, o),
          h = (g, S) => {
            if (i.isListSchema())
              this.writeList(i, Array.isArray(S) ? S : [S], g, f);
            else if (i.isMapSchema()) this.writeMap(i, S, g, f);
            else if (i.isStructSchema()) {
              let E = this.writeStruct(i, S, f);
              g.addChildNode(
                E.withName(
                  u
                    ? (s.xmlName ?? e.getMemberName())
                    : (a.xmlName ?? "member"),
                ),
              );
            } else {
              let E = mt.XmlNode.of(
                u ? (s.xmlName ?? e.getMemberName()) : (a.xmlName ?? "member"),
              );
              (this.writeSimpleInto(i, S, E, f), g.addChildNode(E));
            }
          };
        if (u) for (let g of r) (c || g != null) && h(n, g);
        else {
          let g = mt.XmlNode.of(s.xmlName ?? e.getMemberName());
          f && g.addAttribute(l, f);
          for (let S of r) (c || S != null) && h(g, S);
          n.addChildNode(g);
        }
      }
      writeMap(e, r, n, o, s = !1) {
        if (!e.isMemberSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${e.getName(!0)}`,
          );
        let i = e.getMergedTraits(),
          a = e.getKeySchema(),
          u = a.getMergedTraits().xmlName ?? "key",
          l = e.getValueSchema(),
          f = l.getMergedTraits(),
          h = f.xmlName ?? "value",
          g = !!f.sparse,
          S = !!i.xmlFlattened,
          [E, y] = this.getXmlnsAttribute(e, o),
          x = (w, T, I) => {
            let D = mt.XmlNode.of(u, T),
              [Q, ne] = this.getXmlnsAttribute(a, y);
            (ne && D.addAttribute(Q, ne), w.addChildNode(D));
            let we = mt.XmlNode.of(h);
            (l.isListSchema()
              ? this.writeList(l, I, we, y)
              : l.isMapSchema()
                ? this.writeMap(l, I, we, y, !0)
                : l.isStructSchema()
                  ? (we = this.writeStruct(l, I, y))
                  : this.writeSimpleInto(l, I, we, y),
              w.addChildNode(we));
          };
        if (S)
          for (let w in r) {
            let T = r[w];
            if (g || T != null) {
              let I = mt.XmlNode.of(i.xmlName ?? e.getMemberName());
              (x(I, w, T), n.addChildNode(I));
            }
          }
        else {
          let w;
          s ||
            ((w = mt.XmlNode.of(i.xmlName ?? e.getMemberName())),
            y && w.addAttribute(E, y),
            n.addChildNode(w));
          for (let T in r) {
            let I = r[T];
            if (g || I != null) {
              let D = mt.XmlNode.of("entry");
              (x(D, T, I), (s ? n : w).addChildNode(D));
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
          o = null;
        if (r && typeof r == "object")
          if (n.isBlobSchema()) o = (this.serdeContext?.base64Encoder ?? he)(r);
          else if (n.isTimestampSchema() && r instanceof Date)
            switch (xt(n, this.settings)) {
              case 5:
                o = r.toISOString().replace(".000Z", "Z");
                break;
              case 6:
                o = $t(r);
                break;
              case 7:
                o = String(r.getTime() / 1e3);
                break;
              default:
                (console.warn("Missing timestamp format, using http date", r),
                  (o = $t(r)));
                break;
            }
          else {
            if (n.isBigDecimalSchema() && r)
              return r instanceof q ? r.string : String(r);
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
            (o = String(r)),
          n.isStringSchema() &&
            (r === void 0 && n.isIdempotencyToken()
              ? (o = Gt())
              : (o = String(r))),
          o === null)
        )
          throw new Error(`Unhandled schema-value pair ${n.getName(!0)}=${r}`);
        return o;
      }
      writeSimpleInto(e, r, n, o) {
        let s = this.writeSimple(e, r),
          i = _.of(e),
          a = new mt.XmlText(s),
          [c, u] = this.getXmlnsAttribute(i, o);
        (u && n.addAttribute(c, u), n.addChildNode(a));
      }
      getXmlnsAttribute(e, r) {
        let n = e.getMergedTraits(),
          [o, s] = n.xmlNamespace ?? [];
        return s && s !== r
          ? [o ? `xmlns:${o}` : "xmlns", s]
          : [void 0, void 0];
      }
    };
  });
var Sa,
  qx = p(() => {
    ou();
    Wf();
    Wx();
    Sa = class extends Ln {
      settings;
      constructor(e) {
        (super(), (this.settings = e));
      }
      createSerializer() {
        let e = new ga(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new es(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Kf,
  vk = p(() => {
    $();
    j();
    Fs();
    zx();
    qx();
    Kf = class extends Po {
      codec;
      serializer;
      deserializer;
      mixin = new It();
      constructor(e) {
        super(e);
        let r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !0,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
        };
        ((this.codec = new Sa(r)),
          (this.serializer = new Lo(this.codec.createSerializer(), r)),
          (this.deserializer = new $o(this.codec.createDeserializer(), r)));
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return "aws.protocols#restXml";
      }
      async serializeRequest(e, r, n) {
        let o = await super.serializeRequest(e, r, n),
          s = _.of(e.input);
        if (!o.headers["content-type"]) {
          let i = this.mixin.resolveRestContentType(
            this.getDefaultContentType(),
            s,
          );
          i && (o.headers["content-type"] = i);
        }
        return (
          typeof o.body == "string" &&
            o.headers["content-type"] === this.getDefaultContentType() &&
            !o.body.startsWith("<?xml ") &&
            !this.hasUnstructuredPayloadBinding(s) &&
            (o.body = '<?xml version="1.0" encoding="UTF-8"?>' + o.body),
          o
        );
      }
      async deserializeResponse(e, r, n) {
        return super.deserializeResponse(e, r, n);
      }
      async handleError(e, r, n, o, s) {
        let i = jf(n, o) ?? "Unknown";
        if (
          (this.mixin.compose(
            this.compositeErrorRegistry,
            i,
            this.options.defaultNamespace,
          ),
          o.Error && typeof o.Error == "object")
        )
          for (let E of Object.keys(o.Error))
            ((o[E] = o.Error[E]),
              E.toLowerCase() === "message" && (o.message = o.Error[E]));
        o.RequestId && !s.requestId && (s.requestId = o.RequestId);
        let { errorSchema: a, errorMetadata: c } =
            await this.mixin.getErrorSchemaOrThrowBaseException(
              i,
              this.options.defaultNamespace,
              n,
              o,
              s,
            ),
          u = _.of(a),
          l =
            o.Error?.message ??
            o.Error?.Message ??
            o.message ??
            o.Message ??
            "UnknownError",
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          h = new f({});
        await this.deserializeHttpMessage(a, r, n, o);
        let g = {},
          S = this.codec.createDeserializer();
        for (let [E, y] of u.structIterator()) {
          let x = y.getMergedTraits().xmlName ?? E,
            w = o.Error?.[x] ?? o[x];
          g[E] = S.readSchema(y, w);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(
            h,
            c,
            { $fault: u.getMergedTraits().error, message: l },
            g,
          ),
          o,
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
var Dk,
  Ok = p(() => {
    P();
    Dk = (t) => {
      if (t != null)
        return (
          typeof t == "object" && "__type" in t && delete t.__type,
          al(t)
        );
    };
  });
var Nk,
  Pk,
  kk,
  Mk = p(() => {
    ((Nk = (t) => {
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
      (Pk = (t) => {
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
      (kk = (t) => {
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
var jx = {};
Te(jx, {
  AwsEc2QueryProtocol: () => qf,
  AwsJson1_0Protocol: () => Uf,
  AwsJson1_1Protocol: () => Bf,
  AwsJsonRpcProtocol: () => Zo,
  AwsQueryProtocol: () => ts,
  AwsRestJsonProtocol: () => $n,
  AwsRestXmlProtocol: () => Kf,
  AwsSmithyRpcV2CborProtocol: () => $f,
  AwsSmithyRpcV2JsonProtocol: () => Ff,
  JsonCodec: () => Qi,
  JsonCodec2: () => nr,
  JsonShapeDeserializer: () => Go,
  JsonShapeDeserializer2: () => Bo,
  JsonShapeSerializer: () => Vo,
  JsonShapeSerializer2: () => Fo,
  QueryShapeSerializer: () => ha,
  XmlCodec: () => Sa,
  XmlShapeDeserializer: () => es,
  XmlShapeSerializer: () => ga,
  _toBool: () => Pk,
  _toNum: () => kk,
  _toStr: () => Nk,
  awsExpectUnion: () => Dk,
  loadJsonRpcErrorCode: () => qi,
  loadRestJsonErrorCode: () => Wi,
  loadRestXmlErrorCode: () => jf,
  parseJsonBody: () => Xn,
  parseJsonErrorBody: () => xp,
  parseXmlBody: () => Hx,
  parseXmlErrorBody: () => Rk,
});
var Gs = p(() => {
  hk();
  gk();
  Sk();
  Lf();
  yk();
  Ek();
  $();
  Ik();
  Vx();
  Gx();
  vk();
  qx();
  Wf();
  Wx();
  zx();
  Ok();
  Mk();
});
var su,
  Vs,
  Yf,
  $k,
  Fk,
  Qf,
  Kx,
  Lk,
  Yx,
  ya,
  Uk,
  Bk,
  tK,
  _t,
  rK,
  Gk,
  Vk = p(() => {
    Ee();
    ((su = "ref"),
      (Vs = -1),
      (Yf = !0),
      ($k = "isSet"),
      (Fk = "PartitionResult"),
      (Qf = "booleanEquals"),
      (Kx = "getAttr"),
      (Lk = { [su]: "Endpoint" }),
      (Yx = { [su]: Fk }),
      (ya = {}),
      (Uk = [{ [su]: "Region" }]),
      (Bk = {
        conditions: [
          [$k, [Lk]],
          [$k, Uk],
          ["aws.partition", Uk, Fk],
          [Qf, [{ [su]: "UseFIPS" }, Yf]],
          [Qf, [{ [su]: "UseDualStack" }, Yf]],
          [Qf, [{ fn: Kx, argv: [Yx, "supportsDualStack"] }, Yf]],
          [Qf, [{ fn: Kx, argv: [Yx, "supportsFIPS"] }, Yf]],
          ["stringEquals", [{ fn: Kx, argv: [Yx, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Vs],
          [
            Vs,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Vs,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [Lk, ya],
          [
            "https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            ya,
          ],
          [
            Vs,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://oidc.{Region}.amazonaws.com", ya],
          ["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", ya],
          [Vs, "FIPS is enabled but this partition does not support FIPS"],
          ["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", ya],
          [
            Vs,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://oidc.{Region}.{PartitionResult#dnsSuffix}", ya],
          [Vs, "Invalid Configuration: Missing Region"],
        ],
      }),
      (tK = 2),
      (_t = 1e8),
      (rK = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        _t + 12,
        2,
        5,
        _t + 12,
        3,
        8,
        6,
        4,
        7,
        _t + 11,
        5,
        _t + 9,
        _t + 10,
        4,
        11,
        9,
        6,
        10,
        _t + 8,
        7,
        _t + 6,
        _t + 7,
        5,
        12,
        _t + 5,
        6,
        _t + 4,
        _t + 5,
        3,
        _t + 1,
        14,
        4,
        _t + 2,
        _t + 3,
      ])),
      (Gk = tr.from(rK, tK, Bk.conditions, Bk.results)));
  });
var nK,
  Hk,
  zk = p(() => {
    pe();
    Ee();
    Vk();
    ((nK = new rr({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (Hk = (t, e = {}) =>
        nK.get(t, () => fn(Gk, { endpointParams: t, logger: e.logger }))));
    bt.aws = Cr;
  });
var qe,
  Jf = p(() => {
    L();
    qe = class t extends Jt {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var iu,
  au,
  cu,
  uu,
  du,
  lu,
  pu,
  fu,
  mu,
  hu,
  gu,
  Qx = p(() => {
    Jf();
    ((iu = class t extends qe {
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
      (au = class t extends qe {
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
      (cu = class t extends qe {
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
      (uu = class t extends qe {
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
      (du = class t extends qe {
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
      (lu = class t extends qe {
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
      (pu = class t extends qe {
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
      (fu = class t extends qe {
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
      (mu = class t extends qe {
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
      (hu = class t extends qe {
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
      (gu = class t extends qe {
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
var oK,
  sK,
  iK,
  aK,
  cK,
  uK,
  dK,
  lK,
  pK,
  fK,
  mK,
  hK,
  gK,
  SK,
  yK,
  EK,
  bK,
  xK,
  wK,
  TK,
  Un,
  IK,
  _K,
  AK,
  CK,
  RK,
  Ce,
  vK,
  Dr,
  DK,
  OK,
  Or,
  NK,
  Wk,
  qk,
  PK,
  jk,
  kK,
  MK,
  $K,
  Pe,
  Kk,
  Yk,
  ar,
  Qk,
  Jk,
  Xk,
  Zk,
  e1,
  t1,
  r1,
  n1,
  o1,
  s1,
  i1,
  Jx,
  LK,
  UK,
  BK,
  FK,
  a1,
  c1,
  u1,
  Xx,
  Xf = p(() => {
    j();
    Qx();
    Jf();
    ((oK = "AccessDeniedException"),
      (sK = "AuthorizationPendingException"),
      (iK = "AccessToken"),
      (aK = "ClientSecret"),
      (cK = "CreateToken"),
      (uK = "CreateTokenRequest"),
      (dK = "CreateTokenResponse"),
      (lK = "CodeVerifier"),
      (pK = "ExpiredTokenException"),
      (fK = "InvalidClientException"),
      (mK = "InvalidGrantException"),
      (hK = "InvalidRequestException"),
      (gK = "InternalServerException"),
      (SK = "InvalidScopeException"),
      (yK = "IdToken"),
      (EK = "RefreshToken"),
      (bK = "SlowDownException"),
      (xK = "UnauthorizedClientException"),
      (wK = "UnsupportedGrantTypeException"),
      (TK = "accessToken"),
      (Un = "client"),
      (IK = "clientId"),
      (_K = "clientSecret"),
      (AK = "codeVerifier"),
      (CK = "code"),
      (RK = "deviceCode"),
      (Ce = "error"),
      (vK = "expiresIn"),
      (Dr = "error_description"),
      (DK = "grantType"),
      (OK = "http"),
      (Or = "httpError"),
      (NK = "idToken"),
      (Wk = "reason"),
      (qk = "refreshToken"),
      (PK = "redirectUri"),
      (jk = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc"),
      (kK = "scope"),
      (MK = "server"),
      ($K = "tokenType"),
      (Pe = "com.amazonaws.ssooidc"),
      (Kk = new ce(jk)),
      (Yk = [-3, jk, "SSOOIDCServiceException", 0, [], []]));
    Kk.registerError(Yk, qe);
    ((ar = new ce(Pe)),
      (Qk = [-3, Pe, oK, { [Ce]: Un, [Or]: 400 }, [Ce, Wk, Dr], [0, 0, 0]]));
    ar.registerError(Qk, iu);
    Jk = [-3, Pe, sK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(Jk, au);
    Xk = [-3, Pe, pK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(Xk, cu);
    Zk = [-3, Pe, gK, { [Ce]: MK, [Or]: 500 }, [Ce, Dr], [0, 0]];
    ar.registerError(Zk, uu);
    e1 = [-3, Pe, fK, { [Ce]: Un, [Or]: 401 }, [Ce, Dr], [0, 0]];
    ar.registerError(e1, du);
    t1 = [-3, Pe, mK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(t1, lu);
    r1 = [-3, Pe, hK, { [Ce]: Un, [Or]: 400 }, [Ce, Wk, Dr], [0, 0, 0]];
    ar.registerError(r1, pu);
    n1 = [-3, Pe, SK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(n1, fu);
    o1 = [-3, Pe, bK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(o1, mu);
    s1 = [-3, Pe, xK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(s1, hu);
    i1 = [-3, Pe, wK, { [Ce]: Un, [Or]: 400 }, [Ce, Dr], [0, 0]];
    ar.registerError(i1, gu);
    ((Jx = [Kk, ar]),
      (LK = [0, Pe, iK, 8, 0]),
      (UK = [0, Pe, aK, 8, 0]),
      (BK = [0, Pe, lK, 8, 0]),
      (FK = [0, Pe, yK, 8, 0]),
      (a1 = [0, Pe, EK, 8, 0]),
      (c1 = [
        3,
        Pe,
        uK,
        0,
        [IK, _K, DK, RK, CK, qk, kK, PK, AK],
        [0, [() => UK, 0], 0, 0, 0, [() => a1, 0], 64, 0, [() => BK, 0]],
        3,
      ]),
      (u1 = [
        3,
        Pe,
        dK,
        0,
        [TK, $K, vK, qk, NK],
        [[() => LK, 0], 0, 1, [() => a1, 0], [() => FK, 0]],
      ]),
      (Xx = [
        9,
        Pe,
        cK,
        { [OK]: ["POST", "/token", 200] },
        () => c1,
        () => u1,
      ]));
  });
var d1,
  l1 = p(() => {
    ft();
    Gs();
    Tt();
    vo();
    L();
    $();
    P();
    yx();
    zk();
    Xf();
    d1 = (t) => ({
      apiVersion: "2019-06-10",
      base64Decoder: t?.base64Decoder ?? _e,
      base64Encoder: t?.base64Encoder ?? he,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? Hk,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? qP,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new He(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new st(),
        },
      ],
      logger: t?.logger ?? new Et(),
      protocol: t?.protocol ?? $n,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssooidc",
        errorTypeRegistries: Jx,
        version: "2019-06-10",
        serviceTarget: "AWSSSOOIDCService",
      },
      serviceId: t?.serviceId ?? "SSO OIDC",
      sha256: t?.sha256 ?? br,
      urlParser: t?.urlParser ?? je,
      utf8Decoder: t?.utf8Decoder ?? ke,
      utf8Encoder: t?.utf8Encoder ?? ge,
    });
  });
var Zf,
  p1,
  f1 = p(() => {
    Xc();
    pe();
    ft();
    L();
    le();
    _r();
    P();
    Zf = ye($s());
    l1();
    p1 = (t) => {
      Xr(process.version);
      let e = ln(t),
        r = () => e().then(Jr),
        n = d1(t);
      tn(process.version);
      let o = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Rr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? on,
        defaultSocketTimeout: rn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Ar({ serviceId: n.serviceId, clientVersion: Jo.version }),
        maxAttempts: t?.maxAttempts ?? G(In, t),
        region: t?.region ?? G(Ke, { ...lt, ...o }),
        requestHandler: Zf.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...An, default: async () => (await r()).retryMode || sr }, t),
        streamCollector: t?.streamCollector ?? Zf.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(un, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(dn, o),
        userAgentAppId: t?.userAgentAppId ?? G(Rn, o),
      };
    };
  });
var m1,
  h1,
  g1 = p(() => {
    ((m1 = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(o) {
          let s = e.findIndex((i) => i.schemeId === o.schemeId);
          s === -1 ? e.push(o) : e.splice(s, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          n = o;
        },
        credentials() {
          return n;
        },
      };
    }),
      (h1 = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var S1,
  y1 = p(() => {
    pe();
    L();
    $();
    g1();
    S1 = (t, e) => {
      let r = Object.assign(Dn(t), gr(t), hn(t), m1(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, On(r), Zr(r), gn(r), h1(r))
      );
    };
  });
var Su,
  Zx = p(() => {
    pe();
    Tt();
    L();
    le();
    Ee();
    $();
    _r();
    j();
    yx();
    Ex();
    f1();
    y1();
    Su = class extends nt {
      config;
      constructor(...[e]) {
        let r = p1(e || {});
        (super(r), (this.initConfig = r));
        let n = KP(r),
          o = wn(n),
          s = _n(o),
          i = Ut(s),
          a = i,
          c = Kn(a),
          u = jP(c),
          l = S1(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(Yr(this.config)),
          this.middlewareStack.use(Cn(this.config)),
          this.middlewareStack.use(Zn(this.config)),
          this.middlewareStack.use(Sn(this.config)),
          this.middlewareStack.use(En(this.config)),
          this.middlewareStack.use(bn(this.config)),
          this.middlewareStack.use(xn(this.config)),
          this.middlewareStack.use(
            xr(this.config, {
              httpAuthSchemeParametersProvider: WP,
              identityProviderConfigProvider: async (f) =>
                new Vt({ "aws.auth#sigv4": f.credentials }),
            }),
          ),
          this.middlewareStack.use(wr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var E1,
  b1,
  x1,
  w1 = p(() => {
    L();
    Ee();
    Ex();
    ((E1 = en(YP, "AWSSSOOIDCService", "SSOOIDCClient", Yn)),
      (b1 = {}),
      (x1 = (t, e, r, n) => []));
  });
var yu,
  ew = p(() => {
    w1();
    Xf();
    yu = class extends E1(b1, x1, "CreateToken", Xx) {};
  });
var GK,
  em,
  T1 = p(() => {
    L();
    ew();
    Zx();
    ((GK = { CreateTokenCommand: yu }), (em = class extends Su {}));
    Qr(GK, em);
  });
var I1 = p(() => {
  ew();
});
var VK,
  HK,
  _1 = p(() => {
    ((VK = { KMS_ACCESS_DENIED: "KMS_AccessDeniedException" }),
      (HK = {
        KMS_DISABLED_KEY: "KMS_DisabledException",
        KMS_INVALID_KEY_USAGE: "KMS_InvalidKeyUsageException",
        KMS_INVALID_STATE: "KMS_InvalidStateException",
        KMS_KEY_NOT_FOUND: "KMS_NotFoundException",
      }));
  });
var A1 = p(() => {});
var tw = {};
Te(tw, {
  $Command: () => ut,
  AccessDeniedException: () => iu,
  AccessDeniedException$: () => Qk,
  AccessDeniedExceptionReason: () => VK,
  AuthorizationPendingException: () => au,
  AuthorizationPendingException$: () => Jk,
  CreateToken$: () => Xx,
  CreateTokenCommand: () => yu,
  CreateTokenRequest$: () => c1,
  CreateTokenResponse$: () => u1,
  ExpiredTokenException: () => cu,
  ExpiredTokenException$: () => Xk,
  InternalServerException: () => uu,
  InternalServerException$: () => Zk,
  InvalidClientException: () => du,
  InvalidClientException$: () => e1,
  InvalidGrantException: () => lu,
  InvalidGrantException$: () => t1,
  InvalidRequestException: () => pu,
  InvalidRequestException$: () => r1,
  InvalidRequestExceptionReason: () => HK,
  InvalidScopeException: () => fu,
  InvalidScopeException$: () => n1,
  SSOOIDC: () => em,
  SSOOIDCClient: () => Su,
  SSOOIDCServiceException: () => qe,
  SSOOIDCServiceException$: () => Yk,
  SlowDownException: () => mu,
  SlowDownException$: () => o1,
  UnauthorizedClientException: () => hu,
  UnauthorizedClientException$: () => s1,
  UnsupportedGrantTypeException: () => gu,
  UnsupportedGrantTypeException$: () => i1,
  __Client: () => nt,
  errorTypeRegistries: () => Jx,
});
var rw = p(() => {
  Zx();
  T1();
  I1();
  L();
  Xf();
  _1();
  Qx();
  A1();
  Jf();
});
var D1 = fe((Eu) => {
  var { setTokenFeature: zK } = (pe(), O(Nn)),
    { getBearerTokenEnvKey: WK } = (ft(), O(nx)),
    {
      TokenProviderError: Nr,
      getSSOTokenFilepath: qK,
      parseKnownFiles: jK,
      getProfileName: KK,
      loadSsoSessionData: YK,
      getSSOTokenFromFile: QK,
      memoize: JK,
      chain: XK,
    } = (le(), O(er)),
    { promises: ZK } = yt("node:fs"),
    e5 =
      ({ logger: t, signingName: e } = {}) =>
      async () => {
        if ((t?.debug?.("@aws-sdk/token-providers - fromEnvSigningName"), !e))
          throw new Nr(
            "Please pass 'signingName' to compute environment variable key",
            { logger: t },
          );
        let r = WK(e);
        if (!(r in process.env))
          throw new Nr(`Token not present in '${r}' environment variable`, {
            logger: t,
          });
        let n = { token: process.env[r] };
        return (zK(n, "BEARER_SERVICE_ENV_VARS", "3"), n);
      },
    t5 = 300 * 1e3,
    nw =
      "To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    r5 = async (t, e = {}, r) => {
      let { SSOOIDCClient: n } = (rw(), O(tw)),
        o = (i) => e.clientConfig?.[i] ?? e.parentClientConfig?.[i] ?? r?.[i];
      return new n(
        Object.assign({}, e.clientConfig ?? {}, {
          region: t ?? e.clientConfig?.region,
          logger: o("logger"),
          userAgentAppId: o("userAgentAppId"),
        }),
      );
    },
    n5 = async (t, e, r = {}, n) => {
      let { CreateTokenCommand: o } = (rw(), O(tw));
      return (await r5(e, r, n)).send(
        new o({
          clientId: t.clientId,
          clientSecret: t.clientSecret,
          refreshToken: t.refreshToken,
          grantType: "refresh_token",
        }),
      );
    },
    C1 = (t) => {
      if (t.expiration && t.expiration.getTime() < Date.now())
        throw new Nr(`Token is expired. ${nw}`, !1);
    },
    Hs = (t, e, r = !1) => {
      if (typeof e > "u")
        throw new Nr(
          `Value not present for '${t}' in SSO Token${r ? ". Cannot refresh" : ""}. ${nw}`,
          !1,
        );
    },
    { writeFile: o5 } = ZK,
    s5 = (t, e) => {
      let r = qK(t),
        n = JSON.stringify(e, null, 2);
      return o5(r, n);
    },
    R1 = new Map(),
    tm = new Map(),
    v1 =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/token-providers - fromSso");
        let r = await jK(t),
          n = KK({ profile: t.profile ?? e?.profile }),
          o = r[n];
        if (o) {
          if (!o.sso_session)
            throw new Nr(
              `Profile '${n}' is missing required property 'sso_session'.`,
            );
        } else
          throw new Nr(
            `Profile '${n}' could not be found in shared credentials file.`,
            !1,
          );
        let s = o.sso_session,
          i = tm.get(s);
        if (i) return await i;
        let c = (await YK(t))[s];
        if (!c)
          throw new Nr(
            `Sso session '${s}' could not be found in shared credentials file.`,
            !1,
          );
        for (let x of ["sso_start_url", "sso_region"])
          if (!c[x])
            throw new Nr(
              `Sso session '${s}' is missing required property '${x}'.`,
              !1,
            );
        c.sso_start_url;
        let u = c.sso_region,
          l;
        try {
          l = await QK(s);
        } catch {
          throw new Nr(
            `The SSO session token associated with profile=${n} was not found or is invalid. ${nw}`,
            !1,
          );
        }
        (Hs("accessToken", l.accessToken), Hs("expiresAt", l.expiresAt));
        let { accessToken: f, expiresAt: h } = l,
          g = { token: f, expiration: new Date(h) };
        if (g.expiration.getTime() - Date.now() > t5) return g;
        let S = tm.get(s);
        if (S) return await S;
        let E = R1.get(s) ?? 0;
        if (Date.now() - E < 30 * 1e3) return (C1(g), g);
        (Hs("clientId", l.clientId, !0),
          Hs("clientSecret", l.clientSecret, !0),
          Hs("refreshToken", l.refreshToken, !0));
        let y = (async () => {
          try {
            R1.set(s, Date.now());
            let x = await n5(l, u, t, e);
            (Hs("accessToken", x.accessToken), Hs("expiresIn", x.expiresIn));
            let w = new Date(Date.now() + x.expiresIn * 1e3);
            try {
              await s5(s, {
                ...l,
                accessToken: x.accessToken,
                expiresAt: w.toISOString(),
                refreshToken: x.refreshToken,
              });
            } catch {}
            return { token: x.accessToken, expiration: w };
          } catch {
            return (C1(g), g);
          }
        })();
        tm.set(s, y);
        try {
          return await y;
        } finally {
          tm.delete(s);
        }
      },
    i5 =
      ({ token: t, logger: e }) =>
      async () => {
        if ((e?.debug("@aws-sdk/token-providers - fromStatic"), !t || !t.token))
          throw new Nr("Please pass a valid token to fromStatic", !1);
        return t;
      },
    a5 = (t = {}) =>
      JK(
        XK(v1(t), async () => {
          throw new Nr("Could not load token from any providers", !1);
        }),
        (e) =>
          e.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5,
        (e) => e.expiration !== void 0,
      );
  Eu.fromEnvSigningName = e5;
  Eu.fromSso = v1;
  Eu.fromStatic = i5;
  Eu.nodeProvider = a5;
});
function c5(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "awsssoportal", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function u5(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var O1,
  N1,
  P1,
  ow = p(() => {
    ft();
    L();
    O1 = async (t, e, r) => ({
      operation: me(e).operation,
      region:
        (await oe(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((N1 = (t) => {
      let e = [];
      return (
        t.operation === "GetRoleCredentials" ? e.push(u5(t)) : e.push(c5(t)),
        e
      );
    }),
      (P1 = (t) => {
        let e = kn(t);
        return Object.assign(e, {
          authSchemePreference: oe(t.authSchemePreference ?? []),
        });
      }));
  });
var k1,
  M1,
  sw = p(() => {
    ((k1 = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "awsssoportal",
      })),
      (M1 = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var bu,
  zs,
  rm,
  $1,
  F1,
  nm,
  iw,
  L1,
  aw,
  Ea,
  U1,
  B1,
  d5,
  At,
  l5,
  G1,
  V1 = p(() => {
    Ee();
    ((bu = "ref"),
      (zs = -1),
      (rm = !0),
      ($1 = "isSet"),
      (F1 = "PartitionResult"),
      (nm = "booleanEquals"),
      (iw = "getAttr"),
      (L1 = { [bu]: "Endpoint" }),
      (aw = { [bu]: F1 }),
      (Ea = {}),
      (U1 = [{ [bu]: "Region" }]),
      (B1 = {
        conditions: [
          [$1, [L1]],
          [$1, U1],
          ["aws.partition", U1, F1],
          [nm, [{ [bu]: "UseFIPS" }, rm]],
          [nm, [{ [bu]: "UseDualStack" }, rm]],
          [nm, [{ fn: iw, argv: [aw, "supportsDualStack"] }, rm]],
          [nm, [{ fn: iw, argv: [aw, "supportsFIPS"] }, rm]],
          ["stringEquals", [{ fn: iw, argv: [aw, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [zs],
          [
            zs,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            zs,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [L1, Ea],
          [
            "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            Ea,
          ],
          [
            zs,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://portal.sso.{Region}.amazonaws.com", Ea],
          ["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", Ea],
          [zs, "FIPS is enabled but this partition does not support FIPS"],
          [
            "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",
            Ea,
          ],
          [
            zs,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", Ea],
          [zs, "Invalid Configuration: Missing Region"],
        ],
      }),
      (d5 = 2),
      (At = 1e8),
      (l5 = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        At + 12,
        2,
        5,
        At + 12,
        3,
        8,
        6,
        4,
        7,
        At + 11,
        5,
        At + 9,
        At + 10,
        4,
        11,
        9,
        6,
        10,
        At + 8,
        7,
        At + 6,
        At + 7,
        5,
        12,
        At + 5,
        6,
        At + 4,
        At + 5,
        3,
        At + 1,
        14,
        4,
        At + 2,
        At + 3,
      ])),
      (G1 = tr.from(l5, d5, B1.conditions, B1.results)));
  });
var p5,
  H1,
  z1 = p(() => {
    pe();
    Ee();
    V1();
    ((p5 = new rr({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (H1 = (t, e = {}) =>
        p5.get(t, () => fn(G1, { endpointParams: t, logger: e.logger }))));
    bt.aws = Cr;
  });
var Pr,
  om = p(() => {
    L();
    Pr = class t extends Jt {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var xu,
  wu,
  Tu,
  Iu,
  cw = p(() => {
    om();
    ((xu = class t extends Pr {
      static shapeId = "com.amazonaws.sso#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidRequestException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    }),
      (wu = class t extends Pr {
        static shapeId = "com.amazonaws.sso#ResourceNotFoundException";
        name = "ResourceNotFoundException";
        $fault = "client";
        constructor(e) {
          (super({ name: "ResourceNotFoundException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Tu = class t extends Pr {
        static shapeId = "com.amazonaws.sso#TooManyRequestsException";
        name = "TooManyRequestsException";
        $fault = "client";
        constructor(e) {
          (super({ name: "TooManyRequestsException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Iu = class t extends Pr {
        static shapeId = "com.amazonaws.sso#UnauthorizedException";
        name = "UnauthorizedException";
        $fault = "client";
        constructor(e) {
          (super({ name: "UnauthorizedException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }));
  });
var f5,
  m5,
  h5,
  g5,
  S5,
  y5,
  E5,
  b5,
  x5,
  w5,
  T5,
  I5,
  _5,
  A5,
  C5,
  sm,
  im,
  R5,
  v5,
  am,
  D5,
  W1,
  cm,
  O5,
  N5,
  P5,
  q1,
  k5,
  M5,
  $5,
  cr,
  j1,
  K1,
  _u,
  Y1,
  Q1,
  J1,
  X1,
  uw,
  L5,
  U5,
  B5,
  Z1,
  eM,
  tM,
  dw,
  um = p(() => {
    j();
    cw();
    om();
    ((f5 = "AccessTokenType"),
      (m5 = "GetRoleCredentials"),
      (h5 = "GetRoleCredentialsRequest"),
      (g5 = "GetRoleCredentialsResponse"),
      (S5 = "InvalidRequestException"),
      (y5 = "RoleCredentials"),
      (E5 = "ResourceNotFoundException"),
      (b5 = "SecretAccessKeyType"),
      (x5 = "SessionTokenType"),
      (w5 = "TooManyRequestsException"),
      (T5 = "UnauthorizedException"),
      (I5 = "accountId"),
      (_5 = "accessKeyId"),
      (A5 = "accessToken"),
      (C5 = "account_id"),
      (sm = "client"),
      (im = "error"),
      (R5 = "expiration"),
      (v5 = "http"),
      (am = "httpError"),
      (D5 = "httpHeader"),
      (W1 = "httpQuery"),
      (cm = "message"),
      (O5 = "roleCredentials"),
      (N5 = "roleName"),
      (P5 = "role_name"),
      (q1 = "smithy.ts.sdk.synthetic.com.amazonaws.sso"),
      (k5 = "secretAccessKey"),
      (M5 = "sessionToken"),
      ($5 = "x-amz-sso_bearer_token"),
      (cr = "com.amazonaws.sso"),
      (j1 = new ce(q1)),
      (K1 = [-3, q1, "SSOServiceException", 0, [], []]));
    j1.registerError(K1, Pr);
    ((_u = new ce(cr)),
      (Y1 = [-3, cr, S5, { [im]: sm, [am]: 400 }, [cm], [0]]));
    _u.registerError(Y1, xu);
    Q1 = [-3, cr, E5, { [im]: sm, [am]: 404 }, [cm], [0]];
    _u.registerError(Q1, wu);
    J1 = [-3, cr, w5, { [im]: sm, [am]: 429 }, [cm], [0]];
    _u.registerError(J1, Tu);
    X1 = [-3, cr, T5, { [im]: sm, [am]: 401 }, [cm], [0]];
    _u.registerError(X1, Iu);
    ((uw = [j1, _u]),
      (L5 = [0, cr, f5, 8, 0]),
      (U5 = [0, cr, b5, 8, 0]),
      (B5 = [0, cr, x5, 8, 0]),
      (Z1 = [
        3,
        cr,
        h5,
        0,
        [N5, I5, A5],
        [
          [0, { [W1]: P5 }],
          [0, { [W1]: C5 }],
          [() => L5, { [D5]: $5 }],
        ],
        3,
      ]),
      (eM = [3, cr, g5, 0, [O5], [[() => tM, 0]]]),
      (tM = [
        3,
        cr,
        y5,
        0,
        [_5, k5, M5, R5],
        [0, [() => U5, 0], [() => B5, 0], 1],
      ]),
      (dw = [
        9,
        cr,
        m5,
        { [v5]: ["GET", "/federation/credentials", 200] },
        () => Z1,
        () => eM,
      ]));
  });
var rM,
  nM = p(() => {
    ft();
    Gs();
    Tt();
    vo();
    L();
    $();
    P();
    ow();
    z1();
    um();
    rM = (t) => ({
      apiVersion: "2019-06-10",
      base64Decoder: t?.base64Decoder ?? _e,
      base64Encoder: t?.base64Encoder ?? he,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? H1,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? N1,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new He(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new st(),
        },
      ],
      logger: t?.logger ?? new Et(),
      protocol: t?.protocol ?? $n,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sso",
        errorTypeRegistries: uw,
        version: "2019-06-10",
        serviceTarget: "SWBPortalService",
      },
      serviceId: t?.serviceId ?? "SSO",
      sha256: t?.sha256 ?? br,
      urlParser: t?.urlParser ?? je,
      utf8Decoder: t?.utf8Decoder ?? ke,
      utf8Encoder: t?.utf8Encoder ?? ge,
    });
  });
var dm,
  oM,
  sM = p(() => {
    Xc();
    pe();
    ft();
    L();
    le();
    _r();
    P();
    dm = ye($s());
    nM();
    oM = (t) => {
      Xr(process.version);
      let e = ln(t),
        r = () => e().then(Jr),
        n = rM(t);
      tn(process.version);
      let o = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Rr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? on,
        defaultSocketTimeout: rn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Ar({ serviceId: n.serviceId, clientVersion: Jo.version }),
        maxAttempts: t?.maxAttempts ?? G(In, t),
        region: t?.region ?? G(Ke, { ...lt, ...o }),
        requestHandler: dm.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...An, default: async () => (await r()).retryMode || sr }, t),
        streamCollector: t?.streamCollector ?? dm.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(un, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(dn, o),
        userAgentAppId: t?.userAgentAppId ?? G(Rn, o),
      };
    };
  });
var iM,
  aM,
  cM = p(() => {
    ((iM = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(o) {
          let s = e.findIndex((i) => i.schemeId === o.schemeId);
          s === -1 ? e.push(o) : e.splice(s, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          n = o;
        },
        credentials() {
          return n;
        },
      };
    }),
      (aM = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var uM,
  dM = p(() => {
    pe();
    L();
    $();
    cM();
    uM = (t, e) => {
      let r = Object.assign(Dn(t), gr(t), hn(t), iM(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, On(r), Zr(r), gn(r), aM(r))
      );
    };
  });
var Au,
  lw = p(() => {
    pe();
    Tt();
    L();
    le();
    Ee();
    $();
    _r();
    j();
    ow();
    sw();
    sM();
    dM();
    Au = class extends nt {
      config;
      constructor(...[e]) {
        let r = oM(e || {});
        (super(r), (this.initConfig = r));
        let n = k1(r),
          o = wn(n),
          s = _n(o),
          i = Ut(s),
          a = i,
          c = Kn(a),
          u = P1(c),
          l = uM(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(Yr(this.config)),
          this.middlewareStack.use(Cn(this.config)),
          this.middlewareStack.use(Zn(this.config)),
          this.middlewareStack.use(Sn(this.config)),
          this.middlewareStack.use(En(this.config)),
          this.middlewareStack.use(bn(this.config)),
          this.middlewareStack.use(xn(this.config)),
          this.middlewareStack.use(
            xr(this.config, {
              httpAuthSchemeParametersProvider: O1,
              identityProviderConfigProvider: async (f) =>
                new Vt({ "aws.auth#sigv4": f.credentials }),
            }),
          ),
          this.middlewareStack.use(wr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var lM,
  pM,
  fM,
  mM = p(() => {
    L();
    Ee();
    sw();
    ((lM = en(M1, "SWBPortalService", "SSOClient", Yn)),
      (pM = {}),
      (fM = (t, e, r, n) => []));
  });
var Cu,
  pw = p(() => {
    mM();
    um();
    Cu = class extends lM(pM, fM, "GetRoleCredentials", dw) {};
  });
var F5,
  lm,
  hM = p(() => {
    L();
    pw();
    lw();
    ((F5 = { GetRoleCredentialsCommand: Cu }), (lm = class extends Au {}));
    Qr(F5, lm);
  });
var gM = p(() => {
  pw();
});
var SM = p(() => {});
var yM = {};
Te(yM, {
  $Command: () => ut,
  GetRoleCredentials$: () => dw,
  GetRoleCredentialsCommand: () => Cu,
  GetRoleCredentialsRequest$: () => Z1,
  GetRoleCredentialsResponse$: () => eM,
  InvalidRequestException: () => xu,
  InvalidRequestException$: () => Y1,
  ResourceNotFoundException: () => wu,
  ResourceNotFoundException$: () => Q1,
  RoleCredentials$: () => tM,
  SSO: () => lm,
  SSOClient: () => Au,
  SSOServiceException: () => Pr,
  SSOServiceException$: () => K1,
  TooManyRequestsException: () => Tu,
  TooManyRequestsException$: () => J1,
  UnauthorizedException: () => Iu,
  UnauthorizedException$: () => X1,
  __Client: () => nt,
  errorTypeRegistries: () => uw,
});
var EM = p(() => {
  lw();
  hM();
  gM();
  L();
  um();
  cw();
  SM();
  om();
});
var bM = fe((fw) => {
  var { GetRoleCredentialsCommand: G5, SSOClient: V5 } = (EM(), O(yM));
  fw.GetRoleCredentialsCommand = G5;
  fw.SSOClient = V5;
});
var mw = fe((pm) => {
  var {
      CredentialsProviderError: kr,
      getSSOTokenFromFile: H5,
      getProfileName: z5,
      parseKnownFiles: W5,
      loadSsoSessionData: q5,
    } = (le(), O(er)),
    { setCredentialFeature: xM } = (pe(), O(Nn)),
    { fromSso: j5 } = D1(),
    TM = (t) =>
      t &&
      (typeof t.sso_start_url == "string" ||
        typeof t.sso_account_id == "string" ||
        typeof t.sso_session == "string" ||
        typeof t.sso_region == "string" ||
        typeof t.sso_role_name == "string"),
    Ru = !1,
    wM = async ({
      ssoStartUrl: t,
      ssoSession: e,
      ssoAccountId: r,
      ssoRegion: n,
      ssoRoleName: o,
      ssoClient: s,
      clientConfig: i,
      parentClientConfig: a,
      callerClientConfig: c,
      profile: u,
      filepath: l,
      configFilepath: f,
      ignoreCache: h,
      logger: g,
    }) => {
      let S,
        E =
          "To refresh this SSO session run aws sso login with the corresponding profile.";
      if (e)
        try {
          let ve = await j5({
            profile: u,
            filepath: l,
            configFilepath: f,
            ignoreCache: h,
            clientConfig: i,
            parentClientConfig: a,
            logger: g,
          })({ callerClientConfig: c });
          S = {
            accessToken: ve.token,
            expiresAt: new Date(ve.expiration).toISOString(),
          };
        } catch (ve) {
          throw new kr(ve.message, { tryNextLink: Ru, logger: g });
        }
      else
        try {
          S = await H5(t);
        } catch {
          throw new kr(
            `The SSO session associated with this profile is invalid. ${E}`,
            { tryNextLink: Ru, logger: g },
          );
        }
      if (new Date(S.expiresAt).getTime() - Date.now() <= 0)
        throw new kr(
          `The SSO session associated with this profile has expired. ${E}`,
          { tryNextLink: Ru, logger: g },
        );
      let { accessToken: y } = S,
        { SSOClient: x, GetRoleCredentialsCommand: w } = bM(),
        T =
          s ||
          new x(
            Object.assign({}, i ?? {}, {
              logger: i?.logger ?? c?.logger ?? a?.logger,
              region: i?.region ?? n,
              userAgentAppId:
                i?.userAgentAppId ?? c?.userAgentAppId ?? a?.userAgentAppId,
            }),
          ),
        I;
      try {
        I = await T.send(new w({ accountId: r, roleName: o, accessToken: y }));
      } catch (ve) {
        throw new kr(ve, { tryNextLink: Ru, logger: g });
      }
      let {
        roleCredentials: {
          accessKeyId: D,
          secretAccessKey: Q,
          sessionToken: ne,
          expiration: we,
          credentialScope: Pt,
          accountId: ie,
        } = {},
      } = I;
      if (!D || !Q || !ne || !we)
        throw new kr("SSO returns an invalid temporary credential.", {
          tryNextLink: Ru,
          logger: g,
        });
      let Re = {
        accessKeyId: D,
        secretAccessKey: Q,
        sessionToken: ne,
        expiration: new Date(we),
        ...(Pt && { credentialScope: Pt }),
        ...(ie && { accountId: ie }),
      };
      return (
        e
          ? xM(Re, "CREDENTIALS_SSO", "s")
          : xM(Re, "CREDENTIALS_SSO_LEGACY", "u"),
        Re
      );
    },
    IM = (t, e) => {
      let {
        sso_start_url: r,
        sso_account_id: n,
        sso_region: o,
        sso_role_name: s,
      } = t;
      if (!r || !n || !o || !s)
        throw new kr(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: e },
        );
      return t;
    },
    K5 =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
        let {
            ssoStartUrl: r,
            ssoAccountId: n,
            ssoRegion: o,
            ssoRoleName: s,
            ssoSession: i,
          } = t,
          { ssoClient: a } = t,
          c = z5({ profile: t.profile ?? e?.profile });
        if (!r && !n && !o && !s && !i) {
          let l = (await W5(t))[c];
          if (!l)
            throw new kr(`Profile ${c} was not found.`, { logger: t.logger });
          if (!TM(l))
            throw new kr(
              `Profile ${c} is not configured with SSO credentials.`,
              { logger: t.logger },
            );
          if (l?.sso_session) {
            let x = (await q5(t))[l.sso_session],
              w = ` configurations in profile ${c} and sso-session ${l.sso_session}`;
            if (o && o !== x.sso_region)
              throw new kr("Conflicting SSO region" + w, {
                tryNextLink: !1,
                logger: t.logger,
              });
            if (r && r !== x.sso_start_url)
              throw new kr("Conflicting SSO start_url" + w, {
                tryNextLink: !1,
                logger: t.logger,
              });
            ((l.sso_region = x.sso_region),
              (l.sso_start_url = x.sso_start_url));
          }
          let {
            sso_start_url: f,
            sso_account_id: h,
            sso_region: g,
            sso_role_name: S,
            sso_session: E,
          } = IM(l, t.logger);
          return wM({
            ssoStartUrl: f,
            ssoSession: E,
            ssoAccountId: h,
            ssoRegion: g,
            ssoRoleName: S,
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
          if (!r || !n || !o || !s)
            throw new kr(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: t.logger },
            );
          return wM({
            ssoStartUrl: r,
            ssoSession: i,
            ssoAccountId: n,
            ssoRegion: o,
            ssoRoleName: s,
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
  pm.fromSSO = K5;
  pm.isSsoProfile = TM;
  pm.validateSsoProfile = IM;
});
var Sw = fe((mm) => {
  var { SignatureV4: Y5, signatureV4aContainer: _M } = Zb(),
    vu = { CrtSignerV4: null },
    hw = "X-Amz-S3session-Token",
    AM = hw.toLowerCase(),
    fm = class extends Y5 {
      async signWithCredentials(e, r, n) {
        let o = CM(r);
        e.headers[AM] = r.sessionToken;
        let s = this;
        return (RM(s, o), s.signRequest(e, n ?? {}));
      }
      async presignWithCredentials(e, r, n) {
        let o = CM(r);
        return (
          delete e.headers[AM],
          (e.headers[hw] = r.sessionToken),
          (e.query = e.query ?? {}),
          (e.query[hw] = r.sessionToken),
          RM(this, o),
          this.presign(e, n)
        );
      }
    };
  function CM(t) {
    return {
      accessKeyId: t.accessKeyId,
      secretAccessKey: t.secretAccessKey,
      expiration: t.expiration,
    };
  }
  function RM(t, e) {
    let r = t.credentialProvider;
    t.credentialProvider = () => (
      (t.credentialProvider = r),
      Promise.resolve(e)
    );
  }
  var gw = class {
    sigv4aSigner;
    sigv4Signer;
    signerOptions;
    static sigv4aDependency() {
      return typeof vu.CrtSignerV4 == "function"
        ? "crt"
        : typeof _M.SignatureV4a == "function"
          ? "js"
          : "none";
    }
    constructor(e) {
      ((this.sigv4Signer = new fm(e)), (this.signerOptions = e));
    }
    async sign(e, r = {}) {
      return r.signingRegion === "*"
        ? this.getSigv4aSigner().sign(e, r)
        : this.sigv4Signer.sign(e, r);
    }
    async signWithCredentials(e, r, n = {}) {
      if (n.signingRegion === "*") {
        let o = this.getSigv4aSigner(),
          s = vu.CrtSignerV4;
        if (s && o instanceof s) return o.signWithCredentials(e, r, n);
        throw new Error(
          `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
        );
      }
      return this.sigv4Signer.signWithCredentials(e, r, n);
    }
    async presign(e, r = {}) {
      if (r.signingRegion === "*") {
        let n = this.getSigv4aSigner(),
          o = vu.CrtSignerV4;
        if (o && n instanceof o) return n.presign(e, r);
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
        let e = vu.CrtSignerV4,
          r = _M.SignatureV4a;
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
  mm.SignatureV4MultiRegion = gw;
  mm.SignatureV4SignWithCredentials = fm;
  mm.signatureV4CrtContainer = vu;
});
var xa,
  Ws,
  Du,
  vM,
  LM,
  Ou,
  et,
  yw,
  DM,
  OM,
  NM,
  PM,
  kM,
  tt,
  Ew,
  ba,
  MM,
  $M,
  Q5,
  te,
  J5,
  UM,
  BM = p(() => {
    Ee();
    ((xa = "ref"),
      (Ws = -1),
      (Du = !0),
      (vM = "isSet"),
      (LM = "PartitionResult"),
      (Ou = "booleanEquals"),
      (et = "stringEquals"),
      (yw = "getAttr"),
      (DM = "us-east-1"),
      (OM = "sigv4"),
      (NM = "sts"),
      (PM = "https://sts.{Region}.{PartitionResult#dnsSuffix}"),
      (kM = { [xa]: "Endpoint" }),
      (tt = { [xa]: "Region" }),
      (Ew = { [xa]: LM }),
      (ba = {}),
      (MM = [tt]),
      ($M = {
        conditions: [
          [vM, [kM]],
          [vM, MM],
          ["aws.partition", MM, LM],
          [Ou, [{ [xa]: "UseFIPS" }, Du]],
          [Ou, [{ [xa]: "UseDualStack" }, Du]],
          [et, [tt, "aws-global"]],
          [Ou, [{ [xa]: "UseGlobalEndpoint" }, Du]],
          [et, [tt, "eu-central-1"]],
          [Ou, [{ fn: yw, argv: [Ew, "supportsDualStack"] }, Du]],
          [Ou, [{ fn: yw, argv: [Ew, "supportsFIPS"] }, Du]],
          [et, [tt, "ap-south-1"]],
          [et, [tt, "eu-north-1"]],
          [et, [tt, "eu-west-1"]],
          [et, [tt, "eu-west-2"]],
          [et, [tt, "eu-west-3"]],
          [et, [tt, "sa-east-1"]],
          [et, [tt, DM]],
          [et, [tt, "us-east-2"]],
          [et, [tt, "us-west-2"]],
          [et, [tt, "us-west-1"]],
          [et, [tt, "ca-central-1"]],
          [et, [tt, "ap-southeast-1"]],
          [et, [tt, "ap-northeast-1"]],
          [et, [tt, "ap-southeast-2"]],
          [et, [{ fn: yw, argv: [Ew, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Ws],
          [
            "https://sts.amazonaws.com",
            { authSchemes: [{ name: OM, signingName: NM, signingRegion: DM }] },
          ],
          [
            PM,
            {
              authSchemes: [
                { name: OM, signingName: NM, signingRegion: "{Region}" },
              ],
            },
          ],
          [
            Ws,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            Ws,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [kM, ba],
          [
            "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            ba,
          ],
          [
            Ws,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://sts.{Region}.amazonaws.com", ba],
          ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", ba],
          [Ws, "FIPS is enabled but this partition does not support FIPS"],
          ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", ba],
          [
            Ws,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          [PM, ba],
          [Ws, "Invalid Configuration: Missing Region"],
        ],
      }),
      (Q5 = 2),
      (te = 1e8),
      (J5 = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        te + 14,
        2,
        5,
        te + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        te + 1,
        8,
        6,
        9,
        te + 13,
        7,
        te + 1,
        10,
        10,
        te + 1,
        11,
        11,
        te + 1,
        12,
        12,
        te + 1,
        13,
        13,
        te + 1,
        14,
        14,
        te + 1,
        15,
        15,
        te + 1,
        16,
        16,
        te + 1,
        17,
        17,
        te + 1,
        18,
        18,
        te + 1,
        19,
        19,
        te + 1,
        20,
        20,
        te + 1,
        21,
        21,
        te + 1,
        22,
        22,
        te + 1,
        23,
        23,
        te + 1,
        te + 2,
        8,
        te + 11,
        te + 12,
        4,
        28,
        26,
        9,
        27,
        te + 10,
        24,
        te + 8,
        te + 9,
        8,
        29,
        te + 7,
        9,
        te + 6,
        te + 7,
        3,
        te + 3,
        31,
        4,
        te + 4,
        te + 5,
      ])),
      (UM = tr.from(J5, Q5, $M.conditions, $M.results)));
  });
var X5,
  hm,
  bw = p(() => {
    pe();
    Ee();
    BM();
    ((X5 = new rr({
      size: 50,
      params: [
        "Endpoint",
        "Region",
        "UseDualStack",
        "UseFIPS",
        "UseGlobalEndpoint",
      ],
    })),
      (hm = (t, e = {}) =>
        X5.get(t, () => fn(UM, { endpointParams: t, logger: e.logger }))));
    bt.aws = Cr;
  });
function VM(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sts", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function xw(t) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: { name: "sts", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function HM(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var FM,
  Z5,
  e9,
  GM,
  t9,
  r9,
  zM,
  WM,
  ww = p(() => {
    ft();
    FM = ye(Sw());
    L();
    Ee();
    bw();
    ((Z5 = (t) => async (e, r, n) => {
      if (!n)
        throw new Error(
          "Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`",
        );
      let o = await t(e, r, n),
        s =
          me(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!s)
        throw new Error(
          `getEndpointParameterInstructions() is not defined on '${r.commandName}'`,
        );
      let i = await yc(n, { getEndpointParameterInstructions: s }, e);
      return Object.assign(o, i);
    }),
      (e9 = async (t, e, r) => ({
        operation: me(e).operation,
        region:
          (await oe(t.region)()) ||
          (() => {
            throw new Error(
              "expected `region` to be configured for `aws.auth#sigv4`",
            );
          })(),
      })),
      (GM = Z5(e9)));
    ((t9 = (t, e, r) => (o) => {
      let i = t(o).properties?.authSchemes;
      if (!i) return e(o);
      let a = [];
      for (let c of i) {
        let { name: u, properties: l = {}, ...f } = c,
          h = u.toLowerCase();
        u !== h &&
          console.warn(
            `HttpAuthScheme has been normalized with lowercasing: '${u}' to '${h}'`,
          );
        let g;
        if (h === "sigv4a") {
          g = "aws.auth#sigv4a";
          let y = i.find((x) => {
            let w = x.name.toLowerCase();
            return w !== "sigv4a" && w.startsWith("sigv4");
          });
          if (FM.SignatureV4MultiRegion.sigv4aDependency() === "none" && y)
            continue;
        } else if (h.startsWith("sigv4")) g = "aws.auth#sigv4";
        else
          throw new Error(
            `Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${h}'`,
          );
        let S = r[g];
        if (!S)
          throw new Error(
            `Could not find HttpAuthOption create function for '${g}'`,
          );
        let E = S(o);
        ((E.schemeId = g),
          (E.signingProperties = {
            ...(E.signingProperties || {}),
            ...f,
            ...l,
          }),
          a.push(E));
      }
      return a;
    }),
      (r9 = (t) => {
        let e = [];
        return (
          t.operation === "AssumeRoleWithWebIdentity"
            ? (e.push(HM(t)), e.push(xw(t)))
            : (e.push(VM(t)), e.push(xw(t))),
          e
        );
      }),
      (zM = t9(hm, r9, {
        "aws.auth#sigv4": VM,
        "aws.auth#sigv4a": xw,
        "smithy.api#noAuth": HM,
      })),
      (WM = (t) => {
        let e = kn(t),
          r = Hc(e);
        return Object.assign(r, {
          authSchemePreference: oe(t.authSchemePreference ?? []),
        });
      }));
  });
var qM,
  jM,
  Tw = p(() => {
    ((qM = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        useGlobalEndpoint: t.useGlobalEndpoint ?? !1,
        defaultSigningName: "sts",
      })),
      (jM = {
        UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var Ct,
  gm = p(() => {
    L();
    Ct = class t extends Jt {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Nu,
  Pu,
  ku,
  Mu,
  $u,
  Lu,
  Uu,
  Iw = p(() => {
    gm();
    ((Nu = class t extends Ct {
      static shapeId = "com.amazonaws.sts#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExpiredTokenException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    }),
      (Pu = class t extends Ct {
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
      (ku = class t extends Ct {
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
      (Mu = class t extends Ct {
        static shapeId = "com.amazonaws.sts#RegionDisabledException";
        name = "RegionDisabledException";
        $fault = "client";
        constructor(e) {
          (super({ name: "RegionDisabledException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      ($u = class t extends Ct {
        static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
        name = "IDPRejectedClaimException";
        $fault = "client";
        constructor(e) {
          (super({ name: "IDPRejectedClaimException", $fault: "client", ...e }),
            Object.setPrototypeOf(this, t.prototype));
        }
      }),
      (Lu = class t extends Ct {
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
      (Uu = class t extends Ct {
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
var n9,
  o9,
  s9,
  i9,
  a9,
  c9,
  _w,
  u9,
  d9,
  l9,
  p9,
  Aw,
  f9,
  KM,
  m9,
  h9,
  g9,
  S9,
  y9,
  E9,
  b9,
  x9,
  YM,
  QM,
  JM,
  w9,
  T9,
  I9,
  _9,
  A9,
  C9,
  XM,
  R9,
  v9,
  ZM,
  D9,
  e$,
  O9,
  N9,
  Cw,
  P9,
  k9,
  t$,
  r$,
  M9,
  $9,
  L9,
  U9,
  B9,
  F9,
  G9,
  V9,
  qs,
  js,
  H9,
  Ks,
  Ys,
  Qs,
  z9,
  n$,
  W9,
  be,
  o$,
  s$,
  rs,
  i$,
  a$,
  c$,
  u$,
  d$,
  l$,
  p$,
  Rw,
  q9,
  j9,
  vw,
  f$,
  m$,
  h$,
  g$,
  Dw,
  S$,
  y$,
  E$,
  b$,
  K9,
  Y9,
  Ow,
  Nw,
  Bu = p(() => {
    j();
    Iw();
    gm();
    ((n9 = "Arn"),
      (o9 = "AccessKeyId"),
      (s9 = "AssumeRole"),
      (i9 = "AssumedRoleId"),
      (a9 = "AssumeRoleRequest"),
      (c9 = "AssumeRoleResponse"),
      (_w = "AssumedRoleUser"),
      (u9 = "AssumeRoleWithWebIdentity"),
      (d9 = "AssumeRoleWithWebIdentityRequest"),
      (l9 = "AssumeRoleWithWebIdentityResponse"),
      (p9 = "Audience"),
      (Aw = "Credentials"),
      (f9 = "ContextAssertion"),
      (KM = "DurationSeconds"),
      (m9 = "Expiration"),
      (h9 = "ExternalId"),
      (g9 = "ExpiredTokenException"),
      (S9 = "IDPCommunicationErrorException"),
      (y9 = "IDPRejectedClaimException"),
      (E9 = "InvalidIdentityTokenException"),
      (b9 = "Key"),
      (x9 = "MalformedPolicyDocumentException"),
      (YM = "MinimumSessionTokenSize"),
      (QM = "Policy"),
      (JM = "PolicyArns"),
      (w9 = "ProviderArn"),
      (T9 = "ProvidedContexts"),
      (I9 = "ProvidedContextsListType"),
      (_9 = "ProvidedContext"),
      (A9 = "PolicyDescriptorType"),
      (C9 = "ProviderId"),
      (XM = "PackedPolicySize"),
      (R9 = "PackedPolicyTooLargeException"),
      (v9 = "Provider"),
      (ZM = "RoleArn"),
      (D9 = "RegionDisabledException"),
      (e$ = "RoleSessionName"),
      (O9 = "SecretAccessKey"),
      (N9 = "SubjectFromWebIdentityToken"),
      (Cw = "SourceIdentity"),
      (P9 = "SerialNumber"),
      (k9 = "SessionToken"),
      (t$ = "SessionTokenSize"),
      (r$ = "SessionTokenUtilization"),
      (M9 = "Tags"),
      ($9 = "TokenCode"),
      (L9 = "TransitiveTagKeys"),
      (U9 = "Tag"),
      (B9 = "Value"),
      (F9 = "WebIdentityToken"),
      (G9 = "arn"),
      (V9 = "accessKeySecretType"),
      (qs = "awsQueryError"),
      (js = "client"),
      (H9 = "clientTokenType"),
      (Ks = "error"),
      (Ys = "httpError"),
      (Qs = "message"),
      (z9 = "policyDescriptorListType"),
      (n$ = "smithy.ts.sdk.synthetic.com.amazonaws.sts"),
      (W9 = "tagListType"),
      (be = "com.amazonaws.sts"),
      (o$ = new ce(n$)),
      (s$ = [-3, n$, "STSServiceException", 0, [], []]));
    o$.registerError(s$, Ct);
    ((rs = new ce(be)),
      (i$ = [
        -3,
        be,
        g9,
        { [qs]: ["ExpiredTokenException", 400], [Ks]: js, [Ys]: 400 },
        [Qs],
        [0],
      ]));
    rs.registerError(i$, Nu);
    a$ = [
      -3,
      be,
      S9,
      { [qs]: ["IDPCommunicationError", 400], [Ks]: js, [Ys]: 400 },
      [Qs],
      [0],
    ];
    rs.registerError(a$, Uu);
    c$ = [
      -3,
      be,
      y9,
      { [qs]: ["IDPRejectedClaim", 403], [Ks]: js, [Ys]: 403 },
      [Qs],
      [0],
    ];
    rs.registerError(c$, $u);
    u$ = [
      -3,
      be,
      E9,
      { [qs]: ["InvalidIdentityToken", 400], [Ks]: js, [Ys]: 400 },
      [Qs],
      [0],
    ];
    rs.registerError(u$, Lu);
    d$ = [
      -3,
      be,
      x9,
      { [qs]: ["MalformedPolicyDocument", 400], [Ks]: js, [Ys]: 400 },
      [Qs],
      [0],
    ];
    rs.registerError(d$, Pu);
    l$ = [
      -3,
      be,
      R9,
      { [qs]: ["PackedPolicyTooLarge", 400], [Ks]: js, [Ys]: 400 },
      [Qs],
      [0],
    ];
    rs.registerError(l$, ku);
    p$ = [
      -3,
      be,
      D9,
      { [qs]: ["RegionDisabledException", 403], [Ks]: js, [Ys]: 403 },
      [Qs],
      [0],
    ];
    rs.registerError(p$, Mu);
    ((Rw = [o$, rs]),
      (q9 = [0, be, V9, 8, 0]),
      (j9 = [0, be, H9, 8, 0]),
      (vw = [3, be, _w, 0, [i9, n9], [0, 0], 2]),
      (f$ = [
        3,
        be,
        a9,
        0,
        [ZM, e$, JM, QM, KM, M9, L9, h9, P9, $9, Cw, T9, YM],
        [0, 0, () => b$, 0, 1, () => Y9, 64, 0, 0, 0, 0, () => K9, 1],
        2,
      ]),
      (m$ = [
        3,
        be,
        c9,
        0,
        [Aw, _w, XM, Cw, r$, t$],
        [[() => Dw, 0], () => vw, 1, 0, 1, 1],
      ]),
      (h$ = [
        3,
        be,
        d9,
        0,
        [ZM, e$, F9, C9, JM, QM, KM, YM],
        [0, 0, [() => j9, 0], 0, () => b$, 0, 1, 1],
        3,
      ]),
      (g$ = [
        3,
        be,
        l9,
        0,
        [Aw, N9, _w, XM, v9, p9, Cw, r$, t$],
        [[() => Dw, 0], 0, () => vw, 1, 0, 0, 0, 1, 1],
      ]),
      (Dw = [3, be, Aw, 0, [o9, O9, k9, m9], [0, [() => q9, 0], 0, 4], 4]),
      (S$ = [3, be, A9, 0, [G9], [0]]),
      (y$ = [3, be, _9, 0, [w9, f9], [0, 0]]),
      (E$ = [3, be, U9, 0, [b9, B9], [0, 0], 2]),
      (b$ = [1, be, z9, 0, () => S$]),
      (K9 = [1, be, I9, 0, () => y$]),
      (Y9 = [1, be, W9, 0, () => E$]),
      (Ow = [9, be, s9, 0, () => f$, () => m$]),
      (Nw = [9, be, u9, 0, () => h$, () => g$]));
  });
var x$,
  w$,
  T$ = p(() => {
    ft();
    Gs();
    x$ = ye(Sw());
    Tt();
    vo();
    L();
    $();
    P();
    ww();
    bw();
    Bu();
    w$ = (t) => ({
      apiVersion: "2011-06-15",
      base64Decoder: t?.base64Decoder ?? _e,
      base64Encoder: t?.base64Encoder ?? he,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? hm,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? zM,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new He(),
        },
        {
          schemeId: "aws.auth#sigv4a",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4a"),
          signer: new ro(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new st(),
        },
      ],
      logger: t?.logger ?? new Et(),
      protocol: t?.protocol ?? ts,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries: Rw,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615",
      },
      serviceId: t?.serviceId ?? "STS",
      sha256: t?.sha256 ?? br,
      signerConstructor: t?.signerConstructor ?? x$.SignatureV4MultiRegion,
      urlParser: t?.urlParser ?? je,
      utf8Decoder: t?.utf8Decoder ?? ke,
      utf8Encoder: t?.utf8Encoder ?? ge,
    });
  });
var Sm,
  I$,
  _$ = p(() => {
    Xc();
    pe();
    ft();
    Tt();
    L();
    le();
    _r();
    P();
    Sm = ye($s());
    T$();
    I$ = (t) => {
      Xr(process.version);
      let e = ln(t),
        r = () => e().then(Jr),
        n = w$(t);
      tn(process.version);
      let o = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Rr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? on,
        defaultSocketTimeout: rn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Ar({ serviceId: n.serviceId, clientVersion: Jo.version }),
        httpAuthSchemes: t?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (s) =>
              s.getIdentityProvider("aws.auth#sigv4") ||
              (async (i) =>
                await t.credentialDefaultProvider(i?.__config || {})()),
            signer: new He(),
          },
          {
            schemeId: "aws.auth#sigv4a",
            identityProvider: (s) => s.getIdentityProvider("aws.auth#sigv4a"),
            signer: new ro(),
          },
          {
            schemeId: "smithy.api#noAuth",
            identityProvider: (s) =>
              s.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
            signer: new st(),
          },
        ],
        maxAttempts: t?.maxAttempts ?? G(In, t),
        region: t?.region ?? G(Ke, { ...lt, ...o }),
        requestHandler: Sm.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...An, default: async () => (await r()).retryMode || sr }, t),
        sigv4aSigningRegionSet: t?.sigv4aSigningRegionSet ?? G(zc, o),
        streamCollector: t?.streamCollector ?? Sm.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(un, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(dn, o),
        userAgentAppId: t?.userAgentAppId ?? G(Rn, o),
      };
    };
  });
var A$,
  C$,
  R$ = p(() => {
    ((A$ = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(o) {
          let s = e.findIndex((i) => i.schemeId === o.schemeId);
          s === -1 ? e.push(o) : e.splice(s, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          n = o;
        },
        credentials() {
          return n;
        },
      };
    }),
      (C$ = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var v$,
  D$ = p(() => {
    pe();
    L();
    $();
    R$();
    v$ = (t, e) => {
      let r = Object.assign(Dn(t), gr(t), hn(t), A$(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, On(r), Zr(r), gn(r), C$(r))
      );
    };
  });
var ns,
  ym = p(() => {
    pe();
    Tt();
    L();
    le();
    Ee();
    $();
    _r();
    j();
    ww();
    Tw();
    _$();
    D$();
    ns = class extends nt {
      config;
      constructor(...[e]) {
        let r = I$(e || {});
        (super(r), (this.initConfig = r));
        let n = qM(r),
          o = wn(n),
          s = _n(o),
          i = Ut(s),
          a = i,
          c = Kn(a),
          u = WM(c),
          l = v$(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(Yr(this.config)),
          this.middlewareStack.use(Cn(this.config)),
          this.middlewareStack.use(Zn(this.config)),
          this.middlewareStack.use(Sn(this.config)),
          this.middlewareStack.use(En(this.config)),
          this.middlewareStack.use(bn(this.config)),
          this.middlewareStack.use(xn(this.config)),
          this.middlewareStack.use(
            xr(this.config, {
              httpAuthSchemeParametersProvider: GM,
              identityProviderConfigProvider: async (f) =>
                new Vt({
                  "aws.auth#sigv4": f.credentials,
                  "aws.auth#sigv4a": f.credentials,
                }),
            }),
          ),
          this.middlewareStack.use(wr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Em,
  bm,
  xm,
  Pw = p(() => {
    L();
    Ee();
    Tw();
    ((Em = en(jM, "AWSSecurityTokenServiceV20110615", "STSClient", Yn)),
      (bm = {}),
      (xm = (t, e, r, n) => []));
  });
var Js,
  wm = p(() => {
    Pw();
    Bu();
    Js = class extends Em(bm, xm, "AssumeRole", Ow) {};
  });
var Xs,
  Tm = p(() => {
    Pw();
    Bu();
    Xs = class extends Em(bm, xm, "AssumeRoleWithWebIdentity", Nw) {};
  });
var Q9,
  Im,
  O$ = p(() => {
    L();
    wm();
    Tm();
    ym();
    ((Q9 = { AssumeRoleCommand: Js, AssumeRoleWithWebIdentityCommand: Xs }),
      (Im = class extends ns {}));
    Qr(Q9, Im);
  });
var N$ = p(() => {
  wm();
  Tm();
});
var P$ = p(() => {});
var k$,
  M$,
  $$,
  L$,
  U$,
  B$ = p(() => {
    pe();
    wm();
    Tm();
    ((k$ = (t) => {
      if (typeof t?.Arn == "string") {
        let e = t.Arn.split(":");
        if (e.length > 4 && e[4] !== "") return e[4];
      }
    }),
      (M$ = async (t, e, r, n = {}) => {
        let o = typeof t == "function" ? await t() : t,
          s = typeof e == "function" ? await e() : e,
          i = "",
          a = o ?? s ?? (i = await nf(n)());
        return (
          r?.debug?.(
            "@aws-sdk/client-sts::resolveRegion",
            "accepting first of:",
            `${o} (credential provider clientConfig)`,
            `${s} (contextual client)`,
            `${i} (STS default: AWS_REGION, profile region, or us-east-1)`,
          ),
          a
        );
      }),
      ($$ = (t, e) => {
        let r, n;
        return async (o, s) => {
          if (((n = o), !r)) {
            let {
                logger: l = t?.parentClientConfig?.logger,
                profile: f = t?.parentClientConfig?.profile,
                region: h,
                requestHandler: g = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: S,
                userAgentAppId: E = t?.parentClientConfig?.userAgentAppId,
              } = t,
              y = await M$(h, t?.parentClientConfig?.region, S, {
                logger: l,
                profile: f,
              }),
              x = !U$(g);
            r = new e({
              ...t,
              userAgentAppId: E,
              profile: f,
              credentialDefaultProvider: () => async () => n,
              region: y,
              requestHandler: x ? g : void 0,
              logger: l,
            });
          }
          let { Credentials: i, AssumedRoleUser: a } = await r.send(new Js(s));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRole call with role ${s.RoleArn}`,
            );
          let c = k$(a),
            u = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(c && { accountId: c }),
            };
          return (bo(u, "CREDENTIALS_STS_ASSUME_ROLE", "i"), u);
        };
      }),
      (L$ = (t, e) => {
        let r;
        return async (n) => {
          if (!r) {
            let {
                logger: c = t?.parentClientConfig?.logger,
                profile: u = t?.parentClientConfig?.profile,
                region: l,
                requestHandler: f = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: h,
                userAgentAppId: g = t?.parentClientConfig?.userAgentAppId,
              } = t,
              S = await M$(l, t?.parentClientConfig?.region, h, {
                logger: c,
                profile: u,
              }),
              E = !U$(f);
            r = new e({
              ...t,
              userAgentAppId: g,
              profile: u,
              region: S,
              requestHandler: E ? f : void 0,
              logger: c,
            });
          }
          let { Credentials: o, AssumedRoleUser: s } = await r.send(new Xs(n));
          if (!o || !o.AccessKeyId || !o.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${n.RoleArn}`,
            );
          let i = k$(s),
            a = {
              accessKeyId: o.AccessKeyId,
              secretAccessKey: o.SecretAccessKey,
              sessionToken: o.SessionToken,
              expiration: o.Expiration,
              ...(o.CredentialScope && { credentialScope: o.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (
            i && bo(a, "RESOLVED_ACCOUNT_ID", "T"),
            bo(a, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"),
            a
          );
        };
      }),
      (U$ = (t) => t?.metadata?.handlerProtocol === "h2"));
  });
var F$,
  G$,
  V$,
  J9,
  H$ = p(() => {
    B$();
    ym();
    ((F$ = (t, e) =>
      e
        ? class extends t {
            constructor(n) {
              super(n);
              for (let o of e) this.middlewareStack.use(o);
            }
          }
        : t),
      (G$ = (t = {}, e) => $$(t, F$(ns, e))),
      (V$ = (t = {}, e) => L$(t, F$(ns, e))),
      (J9 = (t) => (e) =>
        t({ roleAssumer: G$(e), roleAssumerWithWebIdentity: V$(e), ...e })));
  });
var kw = {};
Te(kw, {
  $Command: () => ut,
  AssumeRole$: () => Ow,
  AssumeRoleCommand: () => Js,
  AssumeRoleRequest$: () => f$,
  AssumeRoleResponse$: () => m$,
  AssumeRoleWithWebIdentity$: () => Nw,
  AssumeRoleWithWebIdentityCommand: () => Xs,
  AssumeRoleWithWebIdentityRequest$: () => h$,
  AssumeRoleWithWebIdentityResponse$: () => g$,
  AssumedRoleUser$: () => vw,
  Credentials$: () => Dw,
  ExpiredTokenException: () => Nu,
  ExpiredTokenException$: () => i$,
  IDPCommunicationErrorException: () => Uu,
  IDPCommunicationErrorException$: () => a$,
  IDPRejectedClaimException: () => $u,
  IDPRejectedClaimException$: () => c$,
  InvalidIdentityTokenException: () => Lu,
  InvalidIdentityTokenException$: () => u$,
  MalformedPolicyDocumentException: () => Pu,
  MalformedPolicyDocumentException$: () => d$,
  PackedPolicyTooLargeException: () => ku,
  PackedPolicyTooLargeException$: () => l$,
  PolicyDescriptorType$: () => S$,
  ProvidedContext$: () => y$,
  RegionDisabledException: () => Mu,
  RegionDisabledException$: () => p$,
  STS: () => Im,
  STSClient: () => ns,
  STSServiceException: () => Ct,
  STSServiceException$: () => s$,
  Tag$: () => E$,
  __Client: () => nt,
  decorateDefaultCredentialProvider: () => J9,
  errorTypeRegistries: () => Rw,
  getDefaultRoleAssumer: () => G$,
  getDefaultRoleAssumerWithWebIdentity: () => V$,
});
var Mw = p(() => {
  ym();
  O$();
  N$();
  L();
  Bu();
  Iw();
  P$();
  H$();
  gm();
});
function X9(t) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "signin", region: t.region },
    propertiesExtractor: (e, r) => ({
      signingProperties: { config: e, context: r },
    }),
  };
}
function Z9(t) {
  return { schemeId: "smithy.api#noAuth" };
}
var z$,
  W$,
  q$,
  $w = p(() => {
    ft();
    L();
    z$ = async (t, e, r) => ({
      operation: me(e).operation,
      region:
        (await oe(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
    ((W$ = (t) => {
      let e = [];
      return (
        t.operation === "CreateOAuth2Token" ? e.push(Z9(t)) : e.push(X9(t)),
        e
      );
    }),
      (q$ = (t) => {
        let e = kn(t);
        return Object.assign(e, {
          authSchemePreference: oe(t.authSchemePreference ?? []),
        });
      }));
  });
var j$,
  K$,
  Lw = p(() => {
    ((j$ = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "signin",
      })),
      (K$ = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      }));
  });
var is,
  os,
  Y$,
  wa,
  Q$,
  Ta,
  J$,
  Bw,
  oo,
  Uw,
  X$,
  Z$,
  ss,
  nL,
  eL,
  _m,
  it,
  tL,
  rL,
  e7,
  J,
  t7,
  oL,
  sL = p(() => {
    Ee();
    ((is = "ref"),
      (os = -1),
      (Y$ = !1),
      (wa = !0),
      (Q$ = "isSet"),
      (Ta = "booleanEquals"),
      (J$ = "coalesce"),
      (Bw = "PartitionResult"),
      (oo = "stringEquals"),
      (Uw = "getAttr"),
      (X$ = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}"),
      (Z$ = { [is]: "Endpoint" }),
      (ss = { fn: Uw, argv: [{ [is]: Bw }, "name"] }),
      (nL = { [is]: "Region" }),
      (eL = { [is]: Bw }),
      (_m = {
        authSchemes: [
          { name: "sigv4", signingName: "signin", signingRegion: "{Region}" },
        ],
      }),
      (it = {}),
      (tL = [nL]),
      (rL = {
        conditions: [
          [Q$, tL],
          [Ta, [{ fn: J$, argv: [{ [is]: "IsControlPlane" }, Y$] }, wa]],
          [Q$, [Z$]],
          ["aws.partition", tL, Bw],
          [Ta, [{ [is]: "UseFIPS" }, wa]],
          [oo, [ss, "aws"]],
          [Ta, [{ fn: J$, argv: [{ [is]: "IsOAuthEndpoint" }, Y$] }, wa]],
          [Ta, [{ [is]: "UseDualStack" }, wa]],
          [oo, [ss, "aws-cn"]],
          [oo, [nL, "us-gov-west-1"]],
          [oo, [ss, "aws-us-gov"]],
          [Ta, [{ fn: Uw, argv: [eL, "supportsFIPS"] }, wa]],
          [oo, [ss, "aws-iso"]],
          [oo, [ss, "aws-iso-b"]],
          [oo, [ss, "aws-iso-f"]],
          [oo, [ss, "aws-iso-e"]],
          [oo, [ss, "aws-eusc"]],
          [Ta, [{ fn: Uw, argv: [eL, "supportsDualStack"] }, wa]],
        ],
        results: [
          [os],
          ["https://signin.{Region}.api.aws", _m],
          ["https://signin.{Region}.api.amazonwebservices.com.cn", _m],
          [X$, _m],
          [
            os,
            "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.",
          ],
          ["https://{Region}.oauth.signin.aws", _m],
          ["https://{Region}.signin.aws.amazon.com", it],
          ["https://{Region}.signin.amazonaws.cn", it],
          ["https://{Region}.signin.amazonaws-us-gov.com", it],
          ["https://{Region}.signin.c2shome.ic.gov", it],
          ["https://{Region}.signin.sc2shome.sgov.gov", it],
          ["https://{Region}.signin.csphome.hci.ic.gov", it],
          ["https://{Region}.signin.csphome.adc-e.uk", it],
          ["https://{Region}.signin.amazonaws-eusc.eu", it],
          ["https://signin-fips.amazonaws-us-gov.com", it],
          ["https://{Region}.signin-fips.amazonaws-us-gov.com", it],
          ["https://{Region}.signin.{PartitionResult#dnsSuffix}", it],
          [
            os,
            "Invalid Configuration: FIPS and custom endpoint are not supported",
          ],
          [
            os,
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
          ],
          [Z$, it],
          [
            "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
            it,
          ],
          [
            os,
            "FIPS and DualStack are enabled, but this partition does not support one or both",
          ],
          ["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", it],
          [os, "FIPS is enabled but this partition does not support FIPS"],
          [X$, it],
          [
            os,
            "DualStack is enabled but this partition does not support DualStack",
          ],
          ["https://signin.{Region}.{PartitionResult#dnsSuffix}", it],
          [os, "Invalid Configuration: Missing Region"],
        ],
      }),
      (e7 = 2),
      (J = 1e8),
      (t7 = new Int32Array([
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
        J + 27,
        6,
        J + 4,
        J + 27,
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
        J + 7,
        13,
        10,
        J + 8,
        14,
        12,
        J + 9,
        15,
        13,
        J + 10,
        16,
        14,
        J + 11,
        17,
        15,
        J + 12,
        18,
        16,
        J + 13,
        J + 16,
        6,
        J + 5,
        20,
        7,
        21,
        J + 6,
        17,
        J + 24,
        J + 25,
        6,
        J + 4,
        23,
        7,
        27,
        24,
        9,
        J + 14,
        25,
        10,
        J + 15,
        26,
        11,
        J + 22,
        J + 23,
        11,
        28,
        J + 21,
        17,
        J + 20,
        J + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        J + 27,
        6,
        J + 4,
        33,
        7,
        J + 27,
        34,
        9,
        J + 14,
        J + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        J + 18,
        J + 19,
        6,
        J + 4,
        J + 17,
        5,
        J + 1,
        40,
        8,
        J + 2,
        J + 3,
      ])),
      (oL = tr.from(t7, e7, rL.conditions, rL.results)));
  });
var r7,
  iL,
  aL = p(() => {
    pe();
    Ee();
    sL();
    ((r7 = new rr({
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
      (iL = (t, e = {}) =>
        r7.get(t, () => fn(oL, { endpointParams: t, logger: e.logger }))));
    bt.aws = Cr;
  });
var Mr,
  Am = p(() => {
    L();
    Mr = class t extends Jt {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    };
  });
var Fu,
  Gu,
  Vu,
  Hu,
  Fw = p(() => {
    Am();
    ((Fu = class t extends Mr {
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
      (Gu = class t extends Mr {
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
      (Vu = class t extends Mr {
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
      (Hu = class t extends Mr {
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
var n7,
  o7,
  s7,
  i7,
  a7,
  c7,
  u7,
  d7,
  l7,
  p7,
  f7,
  m7,
  h7,
  g7,
  S7,
  cL,
  Gw,
  y7,
  Ww,
  uL,
  dL,
  E7,
  as,
  Vw,
  b7,
  Hw,
  x7,
  hL,
  qw,
  lL,
  rt,
  Rm,
  w7,
  Cm,
  pL,
  gL,
  fL,
  mL,
  T7,
  I7,
  _7,
  zw,
  A7,
  at,
  SL,
  yL,
  zu,
  EL,
  bL,
  xL,
  wL,
  jw,
  C7,
  TL,
  IL,
  _L,
  AL,
  CL,
  RL,
  vL,
  DL,
  Kw,
  Yw,
  Wu = p(() => {
    j();
    Fw();
    Am();
    ((n7 = "AccessDeniedException"),
      (o7 = "AccessToken"),
      (s7 = "CreateOAuth2Token"),
      (i7 = "CreateOAuth2TokenRequest"),
      (a7 = "CreateOAuth2TokenRequestBody"),
      (c7 = "CreateOAuth2TokenResponseBody"),
      (u7 = "CreateOAuth2TokenResponse"),
      (d7 = "CreateOAuth2TokenWithIAM"),
      (l7 = "CreateOAuth2TokenWithIAMRequest"),
      (p7 = "CreateOAuth2TokenWithIAMResponse"),
      (f7 = "InternalServerException"),
      (m7 = "OAuthAccessToken"),
      (h7 = "RefreshToken"),
      (g7 = "TooManyRequestsError"),
      (S7 = "ValidationException"),
      (cL = "accessKeyId"),
      (Gw = "accessToken"),
      (y7 = "access_token"),
      (Ww = "client"),
      (uL = "clientId"),
      (dL = "codeVerifier"),
      (E7 = "code"),
      (as = "error"),
      (Vw = "expiresIn"),
      (b7 = "expires_in"),
      (Hw = "grantType"),
      (x7 = "grant_type"),
      (hL = "http"),
      (qw = "httpError"),
      (lL = "idToken"),
      (rt = "jsonName"),
      (Rm = "message"),
      (w7 = "resource"),
      (Cm = "refreshToken"),
      (pL = "redirectUri"),
      (gL = "smithy.ts.sdk.synthetic.com.amazonaws.signin"),
      (fL = "secretAccessKey"),
      (mL = "sessionToken"),
      (T7 = "server"),
      (I7 = "tokenInput"),
      (_7 = "tokenOutput"),
      (zw = "tokenType"),
      (A7 = "token_type"),
      (at = "com.amazonaws.signin"),
      (SL = new ce(gL)),
      (yL = [-3, gL, "SigninServiceException", 0, [], []]));
    SL.registerError(yL, Mr);
    ((zu = new ce(at)), (EL = [-3, at, n7, { [as]: Ww }, [as, Rm], [0, 0], 2]));
    zu.registerError(EL, Fu);
    bL = [-3, at, f7, { [as]: T7, [qw]: 500 }, [as, Rm], [0, 0], 2];
    zu.registerError(bL, Gu);
    xL = [-3, at, g7, { [as]: Ww, [qw]: 429 }, [as, Rm], [0, 0], 2];
    zu.registerError(xL, Vu);
    wL = [-3, at, S7, { [as]: Ww, [qw]: 400 }, [as, Rm], [0, 0], 2];
    zu.registerError(wL, Hu);
    ((jw = [SL, zu]),
      (C7 = [0, at, m7, 8, 0]),
      (TL = [0, at, h7, 8, 0]),
      (IL = [
        3,
        at,
        o7,
        8,
        [cL, fL, mL],
        [
          [0, { [rt]: cL }],
          [0, { [rt]: fL }],
          [0, { [rt]: mL }],
        ],
        3,
      ]),
      (_L = [3, at, i7, 0, [I7], [[() => AL, 16]], 1]),
      (AL = [
        3,
        at,
        a7,
        0,
        [uL, Hw, E7, pL, dL, Cm],
        [
          [0, { [rt]: uL }],
          [0, { [rt]: Hw }],
          0,
          [0, { [rt]: pL }],
          [0, { [rt]: dL }],
          [() => TL, { [rt]: Cm }],
        ],
        2,
      ]),
      (CL = [3, at, u7, 0, [_7], [[() => RL, 16]], 1]),
      (RL = [
        3,
        at,
        c7,
        0,
        [Gw, zw, Vw, Cm, lL],
        [
          [() => IL, { [rt]: Gw }],
          [0, { [rt]: zw }],
          [1, { [rt]: Vw }],
          [() => TL, { [rt]: Cm }],
          [0, { [rt]: lL }],
        ],
        4,
      ]),
      (vL = [3, at, l7, 0, [Hw, w7], [[0, { [rt]: x7 }], 0], 2]),
      (DL = [
        3,
        at,
        p7,
        0,
        [Gw, zw, Vw],
        [
          [() => C7, { [rt]: y7 }],
          [0, { [rt]: A7 }],
          [1, { [rt]: b7 }],
        ],
        3,
      ]),
      (Kw = [
        9,
        at,
        s7,
        { [hL]: ["POST", "/v1/token", 200] },
        () => _L,
        () => CL,
      ]),
      (Yw = [
        9,
        at,
        d7,
        { [hL]: ["POST", "/v1/token?x-amz-client-auth-method=iam", 200] },
        () => vL,
        () => DL,
      ]));
  });
var OL,
  NL = p(() => {
    ft();
    Gs();
    Tt();
    vo();
    L();
    $();
    P();
    $w();
    aL();
    Wu();
    OL = (t) => ({
      apiVersion: "2023-01-01",
      base64Decoder: t?.base64Decoder ?? _e,
      base64Encoder: t?.base64Encoder ?? he,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? iL,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? W$,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new He(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (e) =>
            e.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new st(),
        },
      ],
      logger: t?.logger ?? new Et(),
      protocol: t?.protocol ?? $n,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: jw,
        version: "2023-01-01",
        serviceTarget: "Signin",
      },
      serviceId: t?.serviceId ?? "Signin",
      sha256: t?.sha256 ?? br,
      urlParser: t?.urlParser ?? je,
      utf8Decoder: t?.utf8Decoder ?? ke,
      utf8Encoder: t?.utf8Encoder ?? ge,
    });
  });
var vm,
  PL,
  kL = p(() => {
    Xc();
    pe();
    ft();
    L();
    le();
    _r();
    P();
    vm = ye($s());
    NL();
    PL = (t) => {
      Xr(process.version);
      let e = ln(t),
        r = () => e().then(Jr),
        n = OL(t);
      tn(process.version);
      let o = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? G(Rr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? on,
        defaultSocketTimeout: rn(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          Ar({ serviceId: n.serviceId, clientVersion: Jo.version }),
        maxAttempts: t?.maxAttempts ?? G(In, t),
        region: t?.region ?? G(Ke, { ...lt, ...o }),
        requestHandler: vm.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          G({ ...An, default: async () => (await r()).retryMode || sr }, t),
        streamCollector: t?.streamCollector ?? vm.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? G(un, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? G(dn, o),
        userAgentAppId: t?.userAgentAppId ?? G(Rn, o),
      };
    };
  });
var ML,
  $L,
  LL = p(() => {
    ((ML = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(o) {
          let s = e.findIndex((i) => i.schemeId === o.schemeId);
          s === -1 ? e.push(o) : e.splice(s, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          n = o;
        },
        credentials() {
          return n;
        },
      };
    }),
      ($L = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      })));
  });
var UL,
  BL = p(() => {
    pe();
    L();
    $();
    LL();
    UL = (t, e) => {
      let r = Object.assign(Dn(t), gr(t), hn(t), ML(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, On(r), Zr(r), gn(r), $L(r))
      );
    };
  });
var qu,
  Qw = p(() => {
    pe();
    Tt();
    L();
    le();
    Ee();
    $();
    _r();
    j();
    $w();
    Lw();
    kL();
    BL();
    qu = class extends nt {
      config;
      constructor(...[e]) {
        let r = PL(e || {});
        (super(r), (this.initConfig = r));
        let n = j$(r),
          o = wn(n),
          s = _n(o),
          i = Ut(s),
          a = i,
          c = Kn(a),
          u = q$(c),
          l = UL(u, e?.extensions || []);
        ((this.config = l),
          this.middlewareStack.use(Yr(this.config)),
          this.middlewareStack.use(Cn(this.config)),
          this.middlewareStack.use(Zn(this.config)),
          this.middlewareStack.use(Sn(this.config)),
          this.middlewareStack.use(En(this.config)),
          this.middlewareStack.use(bn(this.config)),
          this.middlewareStack.use(xn(this.config)),
          this.middlewareStack.use(
            xr(this.config, {
              httpAuthSchemeParametersProvider: z$,
              identityProviderConfigProvider: async (f) =>
                new Vt({ "aws.auth#sigv4": f.credentials }),
            }),
          ),
          this.middlewareStack.use(wr(this.config)));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Dm,
  FL,
  GL,
  Om,
  Jw = p(() => {
    L();
    Ee();
    Lw();
    ((Dm = en(K$, "Signin", "SigninClient", Yn)),
      (FL = { IsControlPlane: { type: "staticContextParams", value: !1 } }),
      (GL = { IsOAuthEndpoint: { type: "staticContextParams", value: !0 } }),
      (Om = (t, e, r, n) => []));
  });
var ju,
  Xw = p(() => {
    Jw();
    Wu();
    ju = class extends Dm(FL, Om, "CreateOAuth2Token", Kw) {};
  });
var Ku,
  Zw = p(() => {
    Jw();
    Wu();
    Ku = class extends Dm(GL, Om, "CreateOAuth2TokenWithIAM", Yw) {};
  });
var R7,
  Nm,
  VL = p(() => {
    L();
    Xw();
    Zw();
    Qw();
    ((R7 = {
      CreateOAuth2TokenCommand: ju,
      CreateOAuth2TokenWithIAMCommand: Ku,
    }),
      (Nm = class extends qu {}));
    Qr(R7, Nm);
  });
var HL = p(() => {
  Xw();
  Zw();
});
var v7,
  zL = p(() => {
    v7 = {
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
var WL = p(() => {});
var qL = {};
Te(qL, {
  $Command: () => ut,
  AccessDeniedException: () => Fu,
  AccessDeniedException$: () => EL,
  AccessToken$: () => IL,
  CreateOAuth2Token$: () => Kw,
  CreateOAuth2TokenCommand: () => ju,
  CreateOAuth2TokenRequest$: () => _L,
  CreateOAuth2TokenRequestBody$: () => AL,
  CreateOAuth2TokenResponse$: () => CL,
  CreateOAuth2TokenResponseBody$: () => RL,
  CreateOAuth2TokenWithIAM$: () => Yw,
  CreateOAuth2TokenWithIAMCommand: () => Ku,
  CreateOAuth2TokenWithIAMRequest$: () => vL,
  CreateOAuth2TokenWithIAMResponse$: () => DL,
  InternalServerException: () => Gu,
  InternalServerException$: () => bL,
  OAuth2ErrorCode: () => v7,
  Signin: () => Nm,
  SigninClient: () => qu,
  SigninServiceException: () => Mr,
  SigninServiceException$: () => yL,
  TooManyRequestsError: () => Vu,
  TooManyRequestsError$: () => xL,
  ValidationException: () => Hu,
  ValidationException$: () => wL,
  __Client: () => nt,
  errorTypeRegistries: () => jw,
});
var jL = p(() => {
  Qw();
  VL();
  HL();
  L();
  Wu();
  zL();
  Fw();
  WL();
  Am();
});
var QL = fe((YL) => {
  var { setCredentialFeature: D7 } = (pe(), O(Nn)),
    {
      CredentialsProviderError: cs,
      parseKnownFiles: O7,
      getProfileName: N7,
    } = (le(), O(er)),
    { HttpRequest: P7 } = ($(), O(Ho)),
    {
      createHash: k7,
      createPrivateKey: M7,
      createPublicKey: $7,
      sign: L7,
    } = yt("node:crypto"),
    { promises: eT } = yt("node:fs"),
    { homedir: U7 } = yt("node:os"),
    { dirname: B7, join: KL } = yt("node:path"),
    tT = class t {
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
          throw new cs(
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
          o = new Date(r.accessToken.expiresAt).getTime(),
          s = new Date(e.accessToken.expiresAt).getTime(),
          i = o <= n && s > n ? e : r;
        if (
          new Date(i.accessToken.expiresAt).getTime() - Date.now() >
          t.REFRESH_THRESHOLD
        )
          return this.toCredentials(i.accessToken);
        let { SigninClient: c, CreateOAuth2TokenCommand: u } = (jL(), O(qL)),
          { logger: l, userAgentAppId: f } = this.callerClientConfig ?? {},
          g = ((w) => w?.metadata?.handlerProtocol === "h2")(
            this.callerClientConfig?.requestHandler,
          )
            ? void 0
            : this.callerClientConfig?.requestHandler,
          S =
            typeof i.signInRegion == "string" && i.signInRegion.length > 0
              ? i.signInRegion
              : void 0,
          E =
            S ??
            this.profileData.region ??
            (await this.callerClientConfig?.region?.()) ??
            process.env.AWS_REGION,
          y = new c({
            credentials: { accessKeyId: "", secretAccessKey: "" },
            region: E,
            requestHandler: g,
            logger: l,
            userAgentAppId: f,
            ...this.init?.clientConfig,
            ...(S && { region: S }),
          });
        this.createDPoPInterceptor(y.middlewareStack);
        let x = {
          tokenInput: {
            clientId: i.clientId,
            refreshToken: i.refreshToken,
            grantType: "refresh_token",
          },
        };
        try {
          let w = await y.send(new u(x)),
            {
              accessKeyId: T,
              secretAccessKey: I,
              sessionToken: D,
            } = w.tokenOutput?.accessToken ?? {},
            { refreshToken: Q, expiresIn: ne } = w.tokenOutput ?? {};
          if (!T || !I || !D || !Q)
            throw new cs("Token refresh response missing required fields", {
              logger: this.logger,
              tryNextLink: !1,
            });
          let we = (ne ?? 900) * 1e3,
            Pt = new Date(Date.now() + we),
            ie = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: T,
                secretAccessKey: I,
                sessionToken: D,
                expiresAt: Pt.toISOString(),
              },
              refreshToken: Q,
            };
          return (await this.saveToken(ie), this.toCredentials(ie.accessToken));
        } catch (w) {
          if (w.name === "AccessDeniedException") {
            let I = w.error,
              D;
            switch (I) {
              case "TOKEN_EXPIRED":
                D = "Your session has expired. Please reauthenticate.";
                break;
              case "USER_CREDENTIALS_CHANGED":
                D =
                  "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.";
                break;
              case "INSUFFICIENT_PERMISSIONS":
                D =
                  "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                D = `Failed to refresh token: ${String(w)}. Please re-authenticate using \`aws login\``;
            }
            throw new cs(D, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(w)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new cs(
            `Failed to refresh token: ${String(w)}. Please re-authenticate using aws login`,
            { logger: this.logger },
          );
        }
      }
      async loadToken() {
        let e = this.getTokenFilePath();
        try {
          let r = await eT.readFile(e, "utf8"),
            n = JSON.parse(r),
            o = ["accessToken", "clientId", "refreshToken", "dpopKey"].filter(
              (s) => !n[s],
            );
          if ((n.accessToken?.accountId || o.push("accountId"), o.length > 0))
            throw new cs(
              `Token validation failed, missing fields: ${o.join(", ")}`,
              { logger: this.logger, tryNextLink: !1 },
            );
          return n;
        } catch (r) {
          throw new cs(`Failed to load token from ${e}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(e) {
        let r = this.getTokenFilePath(),
          n = B7(r);
        try {
          await eT.mkdir(n, { recursive: !0 });
        } catch {}
        await eT.writeFile(r, JSON.stringify(e, null, 2), "utf8");
      }
      getTokenFilePath() {
        let e =
            process.env.AWS_LOGIN_CACHE_DIRECTORY ??
            KL(U7(), ".aws", "login", "cache"),
          r = Buffer.from(this.loginSession, "utf8"),
          n = k7("sha256").update(r).digest("hex");
        return KL(e, `${n}.json`);
      }
      derToRawSignature(e) {
        let r = 2;
        if (e[r] !== 2) throw new Error("Invalid DER signature");
        r++;
        let n = e[r++],
          o = e.subarray(r, r + n);
        if (((r += n), e[r] !== 2)) throw new Error("Invalid DER signature");
        r++;
        let s = e[r++],
          i = e.subarray(r, r + s);
        ((o = o[0] === 0 ? o.subarray(1) : o),
          (i = i[0] === 0 ? i.subarray(1) : i));
        let a = Buffer.concat([Buffer.alloc(32 - o.length), o]),
          c = Buffer.concat([Buffer.alloc(32 - i.length), i]);
        return Buffer.concat([a, c]);
      }
      createDPoPInterceptor(e) {
        e.add(
          (r) => async (n) => {
            if (P7.isInstance(n.request)) {
              let o = n.request,
                s = `${o.protocol}//${o.hostname}${o.port ? `:${o.port}` : ""}${o.path}`,
                i = await this.generateDpop(o.method, s);
              o.headers = { ...o.headers, DPoP: i };
            }
            return r(n);
          },
          { step: "finalizeRequest", name: "dpopInterceptor", override: !0 },
        );
      }
      async generateDpop(e = "POST", r) {
        let n = await this.loadToken();
        try {
          let o = M7({ key: n.dpopKey, format: "pem", type: "sec1" }),
            i = $7(o).export({ format: "der", type: "spki" }),
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
            f = {
              jti: crypto.randomUUID(),
              htm: e,
              htu: r,
              iat: Math.floor(Date.now() / 1e3),
            },
            h = Buffer.from(JSON.stringify(l)).toString("base64url"),
            g = Buffer.from(JSON.stringify(f)).toString("base64url"),
            S = `${h}.${g}`,
            E = L7("sha256", Buffer.from(S), o),
            x = this.derToRawSignature(E).toString("base64url");
          return `${S}.${x}`;
        } catch (o) {
          throw new cs(
            `Failed to generate Dpop proof: ${o instanceof Error ? o.message : String(o)}`,
            { logger: this.logger, tryNextLink: !1 },
          );
        }
      }
    },
    F7 =
      (t) =>
      async ({ callerClientConfig: e } = {}) => {
        t?.logger?.debug?.(
          "@aws-sdk/credential-providers - fromLoginCredentials",
        );
        let r = await O7(t || {}),
          n = N7({ profile: t?.profile ?? e?.profile }),
          o = r[n];
        if (!o?.login_session)
          throw new cs(`Profile ${n} does not contain login_session.`, {
            tryNextLink: !0,
            logger: t?.logger,
          });
        let i = await new tT(o, t, e).loadCredentials();
        return D7(i, "CREDENTIALS_LOGIN", "AD");
      };
  YL.fromLoginCredentials = F7;
});
var nT = fe((JL) => {
  var {
      externalDataInterceptor: G7,
      CredentialsProviderError: rT,
      parseKnownFiles: V7,
      getProfileName: H7,
    } = (le(), O(er)),
    { exec: z7 } = yt("node:child_process"),
    { promisify: W7 } = yt("node:util"),
    { setCredentialFeature: q7 } = (pe(), O(Nn)),
    j7 = (t, e, r) => {
      if (e.Version !== 1)
        throw Error(
          `Profile ${t} credential_process did not return Version 1.`,
        );
      if (e.AccessKeyId === void 0 || e.SecretAccessKey === void 0)
        throw Error(
          `Profile ${t} credential_process returned invalid credentials.`,
        );
      if (e.Expiration) {
        let s = new Date();
        if (new Date(e.Expiration) < s)
          throw Error(
            `Profile ${t} credential_process returned expired credentials.`,
          );
      }
      let n = e.AccountId;
      !n && r?.[t]?.aws_account_id && (n = r[t].aws_account_id);
      let o = {
        accessKeyId: e.AccessKeyId,
        secretAccessKey: e.SecretAccessKey,
        ...(e.SessionToken && { sessionToken: e.SessionToken }),
        ...(e.Expiration && { expiration: new Date(e.Expiration) }),
        ...(e.CredentialScope && { credentialScope: e.CredentialScope }),
        ...(n && { accountId: n }),
      };
      return (q7(o, "CREDENTIALS_PROCESS", "w"), o);
    },
    K7 = async (t, e, r) => {
      let n = e[t];
      if (e[t]) {
        let o = n.credential_process;
        if (o !== void 0) {
          let s = W7(G7?.getTokenRecord?.().exec ?? z7);
          try {
            let { stdout: i } = await s(o),
              a;
            try {
              a = JSON.parse(i.trim());
            } catch {
              throw Error(
                `Profile ${t} credential_process returned invalid JSON.`,
              );
            }
            return j7(t, a, e);
          } catch (i) {
            throw new rT(i.message, { logger: r });
          }
        } else
          throw new rT(`Profile ${t} did not contain credential_process.`, {
            logger: r,
          });
      } else
        throw new rT(
          `Profile ${t} could not be found in shared credentials file.`,
          { logger: r },
        );
    },
    Y7 =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
        let r = await V7(t);
        return K7(H7({ profile: t.profile ?? e?.profile }), r, t.logger);
      };
  JL.fromProcess = Y7;
});
var sT = fe((oT) => {
  var { setCredentialFeature: Q7 } = (pe(), O(Nn)),
    { CredentialsProviderError: J7, externalDataInterceptor: X7 } =
      (le(), O(er)),
    { readFileSync: Z7 } = yt("node:fs"),
    ZL = (t) => async (e) => {
      t.logger?.debug(
        "@aws-sdk/credential-provider-web-identity - fromWebToken",
      );
      let {
          roleArn: r,
          roleSessionName: n,
          webIdentityToken: o,
          providerId: s,
          policyArns: i,
          policy: a,
          durationSeconds: c,
        } = t,
        { roleAssumerWithWebIdentity: u } = t;
      if (!u) {
        let { getDefaultRoleAssumerWithWebIdentity: l } = (Mw(), O(kw));
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
        WebIdentityToken: o,
        ProviderId: s,
        PolicyArns: i,
        Policy: a,
        DurationSeconds: c,
      });
    },
    XL = "AWS_WEB_IDENTITY_TOKEN_FILE",
    eY = "AWS_ROLE_ARN",
    tY = "AWS_ROLE_SESSION_NAME",
    rY =
      (t = {}) =>
      async (e) => {
        t.logger?.debug(
          "@aws-sdk/credential-provider-web-identity - fromTokenFile",
        );
        let r = t?.webIdentityTokenFile ?? process.env[XL],
          n = t?.roleArn ?? process.env[eY],
          o = t?.roleSessionName ?? process.env[tY];
        if (!r || !n)
          throw new J7("Web identity configuration not specified", {
            logger: t.logger,
          });
        let s = await ZL({
          ...t,
          webIdentityToken:
            X7?.getTokenRecord?.()[r] ?? Z7(r, { encoding: "ascii" }),
          roleArn: n,
          roleSessionName: o,
        })(e);
        return (
          r === process.env[XL] &&
            Q7(s, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"),
          s
        );
      };
  oT.fromTokenFile = rY;
  oT.fromWebToken = ZL;
});
var iU = fe((sU) => {
  var {
      CredentialsProviderError: Pm,
      chain: nY,
      getProfileName: nU,
      parseKnownFiles: oY,
    } = (le(), O(er)),
    { setCredentialFeature: so } = (pe(), O(Nn)),
    sY = (t, e, r) => {
      let n = {
        EcsContainer: async (o) => {
          let { fromHttp: s } = Sx(),
            { fromContainerMetadata: i } = yf();
          return (
            r?.debug(
              "@aws-sdk/credential-provider-ini - credential_source is EcsContainer",
            ),
            async () => nY(s(o ?? {}), i(o))().then(iT)
          );
        },
        Ec2InstanceMetadata: async (o) => {
          r?.debug(
            "@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata",
          );
          let { fromInstanceMetadata: s } = yf();
          return async () => s(o)().then(iT);
        },
        Environment: async (o) => {
          r?.debug(
            "@aws-sdk/credential-provider-ini - credential_source is Environment",
          );
          let { fromEnv: s } = ox();
          return async () => s(o)().then(iT);
        },
      };
      if (t in n) return n[t];
      throw new Pm(
        `Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    },
    iT = (t) => so(t, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p"),
    iY = (t, { profile: e = "default", logger: r } = {}) =>
      !!t &&
      typeof t == "object" &&
      typeof t.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof t.role_session_name) > -1 &&
      ["undefined", "string"].indexOf(typeof t.external_id) > -1 &&
      ["undefined", "string"].indexOf(typeof t.mfa_serial) > -1 &&
      (aY(t, { profile: e, logger: r }) || cY(t, { profile: e, logger: r })),
    aY = (t, { profile: e, logger: r }) => {
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
    cY = (t, { profile: e, logger: r }) => {
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
    uY = async (t, e, r, n, o = {}, s) => {
      r.logger?.debug(
        "@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)",
      );
      let i = e[t],
        { source_profile: a, region: c } = i;
      if (!r.roleAssumer) {
        let { getDefaultRoleAssumer: l } = (Mw(), O(kw));
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
      if (a && a in o)
        throw new Pm(
          `Detected a cycle attempting to resolve credentials for profile ${nU(r)}. Profiles visited: ` +
            Object.keys(o).join(", "),
          { logger: r.logger },
        );
      r.logger?.debug(
        `@aws-sdk/credential-provider-ini - finding credential resolver using ${a ? `source_profile=[${a}]` : `profile=[${t}]`}`,
      );
      let u = a
        ? s(a, e, r, n, { ...o, [a]: !0 }, eU(e[a] ?? {}))
        : (await sY(i.credential_source, t, r.logger)(r))();
      if (eU(i))
        return u.then((l) => so(l, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      {
        let l = {
            RoleArn: i.role_arn,
            RoleSessionName: i.role_session_name || `aws-sdk-js-${Date.now()}`,
            ExternalId: i.external_id,
            DurationSeconds: parseInt(i.duration_seconds || "3600", 10),
          },
          { mfa_serial: f } = i;
        if (f) {
          if (!r.mfaCodeProvider)
            throw new Pm(
              `Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
              { logger: r.logger, tryNextLink: !1 },
            );
          ((l.SerialNumber = f), (l.TokenCode = await r.mfaCodeProvider(f)));
        }
        let h = await u;
        return r
          .roleAssumer(h, l)
          .then((g) => so(g, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
      }
    },
    eU = (t) => !t.role_arn && !!t.credential_source,
    dY = (t) => !!(t && t.login_session),
    lY = async (t, e, r) => {
      let { fromLoginCredentials: n } = QL(),
        o = await n({ ...e, profile: t })({ callerClientConfig: r });
      return so(o, "CREDENTIALS_PROFILE_LOGIN", "AC");
    },
    pY = (t) =>
      !!t && typeof t == "object" && typeof t.credential_process == "string",
    fY = async (t, e) => {
      let { fromProcess: r } = nT(),
        n = await r({ ...t, profile: e })();
      return so(n, "CREDENTIALS_PROFILE_PROCESS", "v");
    },
    mY = async (t, e, r = {}, n) => {
      let { fromSSO: o } = mw();
      return o({
        profile: t,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: n }).then((s) =>
        e.sso_session
          ? so(s, "CREDENTIALS_PROFILE_SSO", "r")
          : so(s, "CREDENTIALS_PROFILE_SSO_LEGACY", "t"),
      );
    },
    hY = (t) =>
      t &&
      (typeof t.sso_start_url == "string" ||
        typeof t.sso_account_id == "string" ||
        typeof t.sso_session == "string" ||
        typeof t.sso_region == "string" ||
        typeof t.sso_role_name == "string"),
    tU = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.aws_access_key_id == "string" &&
      typeof t.aws_secret_access_key == "string" &&
      ["undefined", "string"].indexOf(typeof t.aws_session_token) > -1 &&
      ["undefined", "string"].indexOf(typeof t.aws_account_id) > -1,
    rU = async (t, e) => {
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
      return so(r, "CREDENTIALS_PROFILE", "n");
    },
    gY = (t) =>
      !!t &&
      typeof t == "object" &&
      typeof t.web_identity_token_file == "string" &&
      typeof t.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof t.role_session_name) > -1,
    SY = async (t, e, r) => {
      let { fromTokenFile: n } = sT(),
        o = await n({
          webIdentityTokenFile: t.web_identity_token_file,
          roleArn: t.role_arn,
          roleSessionName: t.role_session_name,
          roleAssumerWithWebIdentity: e.roleAssumerWithWebIdentity,
          logger: e.logger,
          parentClientConfig: e.parentClientConfig,
        })({ callerClientConfig: r });
      return so(o, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
    },
    oU = async (t, e, r, n, o = {}, s = !1) => {
      let i = e[t];
      if (Object.keys(o).length > 0 && tU(i)) return rU(i, r);
      if (s || iY(i, { profile: t, logger: r.logger }))
        return uY(t, e, r, n, o, oU);
      if (tU(i)) return rU(i, r);
      if (gY(i)) return SY(i, r, n);
      if (pY(i)) return fY(r, t);
      if (hY(i)) return await mY(t, i, r, n);
      if (dY(i)) return lY(t, r, n);
      throw new Pm(
        `Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    },
    yY =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
        let r = await oY(t);
        return oU(nU({ profile: t.profile ?? e?.profile }), r, t, e);
      };
  sU.fromIni = yY;
});
var dU = fe((Mm) => {
  var { ENV_KEY: EY, ENV_SECRET: bY, fromEnv: xY } = ox(),
    {
      chain: wY,
      CredentialsProviderError: km,
      ENV_PROFILE: TY,
    } = (le(), O(er)),
    aU = "AWS_EC2_METADATA_DISABLED",
    IY = async (t) => {
      let {
        ENV_CMDS_FULL_URI: e,
        ENV_CMDS_RELATIVE_URI: r,
        fromContainerMetadata: n,
        fromInstanceMetadata: o,
      } = yf();
      if (process.env[r] || process.env[e]) {
        t.logger?.debug(
          "@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata",
        );
        let { fromHttp: s } = Sx();
        return wY(s(t), n(t));
      }
      return process.env[aU] && process.env[aU] !== "false"
        ? async () => {
            throw new km("EC2 Instance Metadata Service access disabled", {
              logger: t.logger,
            });
          }
        : (t.logger?.debug(
            "@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata",
          ),
          o(t));
    };
  function _Y(t, e) {
    let r = AY(t),
      n,
      o,
      s,
      i,
      a = async (c) => {
        if (c?.forceRefresh)
          return (
            i ||
              (i = r(c)
                .then((u) => {
                  s = u;
                })
                .finally(() => {
                  i = void 0;
                })),
            await i,
            s
          );
        if (
          (s?.expiration &&
            s?.expiration?.getTime() < Date.now() &&
            (s = void 0),
          n)
        )
          await n;
        else if (!s || e?.(s))
          if (s)
            o ||
              (o = r(c)
                .then((u) => {
                  s = u;
                })
                .catch(() => {})
                .finally(() => {
                  o = void 0;
                }));
          else
            return (
              (n = r(c)
                .then((u) => {
                  s = u;
                })
                .finally(() => {
                  n = void 0;
                })),
              a(c)
            );
        return s;
      };
    return a;
  }
  var AY = (t) => async (e) => {
      let r;
      for (let n of t)
        try {
          return await n(e);
        } catch (o) {
          if (((r = o), o?.tryNextLink)) continue;
          throw o;
        }
      throw r;
    },
    cU = !1,
    CY = (t = {}) =>
      _Y(
        [
          async () => {
            if (t.profile ?? process.env[TY])
              throw (
                process.env[EY] &&
                  process.env[bY] &&
                  (cU ||
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
                    (cU = !0))),
                new km("AWS_PROFILE is set, skipping fromEnv provider.", {
                  logger: t.logger,
                  tryNextLink: !0,
                })
              );
            return (
              t.logger?.debug(
                "@aws-sdk/credential-provider-node - defaultProvider::fromEnv",
              ),
              xY(t)()
            );
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromSSO",
            );
            let {
              ssoStartUrl: r,
              ssoAccountId: n,
              ssoRegion: o,
              ssoRoleName: s,
              ssoSession: i,
            } = t;
            if (!r && !n && !o && !s && !i)
              throw new km(
                "Skipping SSO provider in default chain (inputs do not include SSO fields).",
                { logger: t.logger },
              );
            let { fromSSO: a } = mw();
            return a(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromIni",
            );
            let { fromIni: r } = iU();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromProcess",
            );
            let { fromProcess: r } = nT();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile",
            );
            let { fromTokenFile: r } = sT();
            return r(t)(e);
          },
          async () => (
            t.logger?.debug(
              "@aws-sdk/credential-provider-node - defaultProvider::remoteProvider",
            ),
            (await IY(t))()
          ),
          async () => {
            throw new km("Could not load credentials from any providers", {
              tryNextLink: !1,
              logger: t.logger,
            });
          },
        ],
        uU,
      ),
    RY = (t) => t?.expiration !== void 0,
    uU = (t) =>
      t?.expiration !== void 0 && t.expiration.getTime() - Date.now() < 3e5;
  Mm.credentialsTreatedAsExpired = uU;
  Mm.credentialsWillNeedRefresh = RY;
  Mm.defaultProvider = CY;
});
var hU = fe((fT) => {
  var {
      JsonCodec: vY,
      JsonShapeSerializer: DY,
      JsonShapeDeserializer: OY,
      JsonCodec2: NY,
      JsonShapeSerializer2: PY,
      JsonShapeDeserializer2: kY,
    } = (Gs(), O(jx)),
    { NormalizedSchema: $m } = (j(), O(cS)),
    { toBase64: lU, fromBase64: pU } = (P(), O(_s)),
    aT = class extends vY {
      constructor() {
        super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
      }
      createSerializer() {
        let e = new cT(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new uT(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    },
    fU = "com.amazonaws.dynamodb#AttributeValue",
    cT = class extends DY {
      _write(e, r, n) {
        let o = $m.of(e);
        if (
          o.isStructSchema() &&
          o.getName(!0) === fU &&
          r &&
          typeof r == "object"
        ) {
          let s = r,
            i = this.copyRemoveNulls(s),
            a = this.serdeContext?.base64Encoder ?? lU;
          if (
            (s.B instanceof Uint8Array && (i.B = a(s.B)),
            Array.isArray(s.BS) && (i.BS = s.BS.map(a)),
            Array.isArray(s.L))
          ) {
            let c = [];
            for (let u of s.L) u != null && c.push(this._write(o, u, n));
            i.L = c;
          }
          if (s.M && typeof s.M == "object") {
            i.M = {};
            for (let [c, u] of Object.entries(s.M))
              u != null && (i.M[c] = this._write(o, u, n));
          }
          return i;
        }
        return super._write(o, r, n);
      }
      copyRemoveNulls(e) {
        if (typeof e != "object") return e;
        if (e === null) return {};
        if (Array.isArray(e)) {
          let n = [];
          for (let o of e) o != null && n.push(this.copyRemoveNulls(o));
          return n;
        }
        let r = {};
        for (let [n, o] of Object.entries(e))
          if (o != null) {
            if (["B", "BS", "L", "M"].includes(n)) continue;
            r[n] = this.copyRemoveNulls(o);
          }
        return r;
      }
    },
    uT = class extends OY {
      _read(e, r) {
        let n = $m.of(e);
        if (
          n.isStructSchema() &&
          n.getName(!0) === fU &&
          r &&
          typeof r == "object"
        ) {
          let o = r,
            s = o,
            i = this.serdeContext?.base64Decoder ?? pU;
          if (
            (typeof o.B == "string" && (s.B = i(o.B)),
            Array.isArray(o.BS) && (s.BS = o.BS.map(i)),
            Array.isArray(o.L) && (s.L = o.L.map((a) => this._read(n, a))),
            o.M && typeof o.M == "object")
          )
            for (let [a, c] of Object.entries(o.M)) s.M[a] = this._read(n, c);
          return s;
        }
        return super._read(n, r);
      }
    },
    mU = "com.amazonaws.dynamodb#AttributeValue",
    dT = class extends PY {
      writeValue(e, r, n) {
        if (r != null && typeof r == "object") {
          let o = $m.of(e);
          if (o.isStructSchema() && o.getName(!0) === mU) {
            this.writeAttributeValue(r);
            return;
          }
        }
        super.writeValue(e, r, n);
      }
      writeAttributeValue(e) {
        let r = this.serdeContext?.base64Encoder ?? lU;
        this.writeAscii("{");
        let n = !0;
        for (let o in e) {
          let s = e[o];
          if (s != null)
            switch (
              (n || this.writeAscii(","),
              (n = !1),
              this.writeAsciiQuoted(o),
              this.writeAscii(":"),
              o)
            ) {
              case "B":
                s instanceof Uint8Array
                  ? this.writeBase64(s)
                  : this.writeJsonString(s);
                break;
              case "BS":
                this.writeAscii("[");
                {
                  let i = s;
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
                  let i = s;
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
                  let i = s,
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
                  let i = s;
                  for (let a = 0; a < i.length; a++)
                    (a > 0 && this.writeAscii(","), this.writeJsonString(i[a]));
                }
                this.writeAscii("]");
                break;
              case "S":
              case "N":
                this.writeJsonString(s);
                break;
              case "BOOL":
                this.writeAscii(s ? "true" : "false");
                break;
              case "NULL":
                this.writeAscii(s ? "true" : "false");
                break;
              default:
                this.writeAscii(JSON.stringify(s));
                break;
            }
        }
        this.writeAscii("}");
      }
    },
    lT = class extends kY {
      _read(e, r) {
        let n = $m.of(e);
        return n.isStructSchema() &&
          n.getName(!0) === mU &&
          r &&
          typeof r == "object"
          ? this.readAttributeValue(r)
          : super._read(n, r);
      }
      readAttributeValue(e) {
        let r = this.serdeContext?.base64Decoder ?? pU,
          n = e;
        if (
          (typeof e.B == "string" && (n.B = r(e.B)),
          Array.isArray(e.BS) && (n.BS = e.BS.map(r)),
          Array.isArray(e.L) &&
            (n.L = e.L.map((o) => this.readAttributeValue(o))),
          e.M && typeof e.M == "object")
        ) {
          let o = e.M;
          for (let s in o) o[s] = this.readAttributeValue(o[s]);
        }
        return n;
      }
    },
    pT = class extends NY {
      constructor() {
        super({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 });
      }
      createSerializer() {
        let e = new dT(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        let e = new lT(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  fT.DynamoDBJsonCodec = aT;
  fT.DynamoDBJsonCodec2 = pT;
});
var Lg = fe((d) => {
  var {
      NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS: MY,
      resolveAccountIdEndpointModeConfig: $Y,
    } = ($0(), O(M0)),
    {
      awsEndpointFunctions: LY,
      emitWarningIfUnsupportedVersion: UY,
      createDefaultUserAgentProvider: BY,
      getDefaultSocketTimeout: FY,
      NODE_APP_ID_CONFIG_OPTIONS: GY,
      getAwsRegionExtensionConfiguration: VY,
      resolveAwsRegionExtensionConfiguration: HY,
      resolveUserAgentConfig: zY,
      resolveHostHeaderConfig: WY,
      getUserAgentPlugin: qY,
      getHostHeaderPlugin: jY,
      getLoggerPlugin: KY,
      getRecursionDetectionPlugin: YY,
    } = (pe(), O(Nn)),
    {
      NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS: QY,
      resolveEndpointDiscoveryConfig: JY,
    } = ON(),
    {
      getHttpAuthSchemeEndpointRuleSetPlugin: XY,
      DefaultIdentityProviderConfig: ZY,
      getHttpSigningPlugin: eQ,
      createPaginator: Zs,
    } = (Tt(), O(aO)),
    {
      normalizeProvider: BU,
      getSmithyContext: tQ,
      makeBuilder: rQ,
      ServiceException: nQ,
      NoOpLogger: oQ,
      emitWarningIfUnsupportedVersion: sQ,
      loadConfigsForDefaultMode: iQ,
      getDefaultExtensionConfiguration: aQ,
      resolveDefaultRuntimeConfig: cQ,
      Client: FU,
      createWaiter: vt,
      checkExceptions: ei,
      WaiterState: xe,
      createAggregatedClient: uQ,
    } = (L(), O(Xd)),
    { Command: dQ } = (L(), O(Xd));
  d.$Command = dQ;
  d.__Client = FU;
  var {
      resolveDefaultsModeConfig: lQ,
      loadConfig: io,
      NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: pQ,
      NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: fQ,
      NODE_REGION_CONFIG_OPTIONS: mQ,
      NODE_REGION_CONFIG_FILE_OPTIONS: hQ,
      resolveRegionConfig: gQ,
    } = (le(), O(er)),
    {
      getEndpointPlugin: SQ,
      BinaryDecisionDiagram: yQ,
      EndpointCache: EQ,
      decideEndpoint: bQ,
      customEndpointFunctions: xQ,
      resolveEndpointConfig: wQ,
    } = (Ee(), O($R)),
    {
      parseUrl: TQ,
      getHttpHandlerExtensionConfiguration: IQ,
      resolveHttpHandlerRuntimeConfig: _Q,
      getContentLengthPlugin: AQ,
    } = ($(), O(Ho)),
    {
      DEFAULT_RETRY_MODE: CQ,
      NODE_RETRY_MODE_CONFIG_OPTIONS: RQ,
      NODE_MAX_ATTEMPT_CONFIG_OPTIONS: gU,
      Retry: gT,
      resolveRetryConfig: vQ,
      getRetryPlugin: DQ,
    } = (_r(), O(kO)),
    { TypeRegistry: GU, getSchemaSerdePlugin: OQ } = (j(), O(cS)),
    {
      resolveAwsSdkSigV4Config: NQ,
      AwsSdkSigV4Signer: PQ,
      NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: kQ,
    } = (ft(), O(nx)),
    { defaultProvider: MQ } = dU(),
    {
      toUtf8: $Q,
      fromUtf8: LQ,
      toBase64: UQ,
      fromBase64: BQ,
      calculateBodyLength: FQ,
    } = (P(), O(_s)),
    { streamCollector: GQ, NodeHttpHandler: VQ } = $s(),
    { AwsJson1_0Protocol: HQ } = (Gs(), O(jx)),
    { DynamoDBJsonCodec2: zQ } = hU(),
    { Sha256: WQ } = (vo(), O(Hv)),
    qQ = async (t, e, r) => ({
      operation: tQ(e).operation,
      region:
        (await BU(t.region)()) ||
        (() => {
          throw new Error(
            "expected `region` to be configured for `aws.auth#sigv4`",
          );
        })(),
    });
  function jQ(t) {
    return {
      schemeId: "aws.auth#sigv4",
      signingProperties: { name: "dynamodb", region: t.region },
      propertiesExtractor: (e, r) => ({
        signingProperties: { config: e, context: r },
      }),
    };
  }
  var KQ = (t) => {
      let e = [];
      switch (t.operation) {
        default:
          e.push(jQ(t));
      }
      return e;
    },
    YQ = (t) => {
      let e = NQ(t);
      return Object.assign(e, {
        authSchemePreference: BU(t.authSchemePreference ?? []),
      });
    },
    QQ = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: "dynamodb",
      }),
    JQ = {
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
    C = rQ(JQ, "DynamoDB_20120810", "DynamoDBClient", SQ),
    ds = {},
    VU = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) => Object.keys(t?.RequestItems ?? {}),
      },
    },
    HU = { ResourceArn: { type: "contextParams", name: "BulkOperationArn" } },
    Se = { ResourceArn: { type: "contextParams", name: "TableName" } },
    ld = { ResourceArn: { type: "contextParams", name: "GlobalTableName" } },
    zU = { ResourceArn: { type: "contextParams", name: "BackupArn" } },
    Ca = { ResourceArn: { type: "contextParams", name: "ResourceArn" } },
    XQ = { ResourceArn: { type: "contextParams", name: "ExportArn" } },
    ZQ = { ResourceArn: { type: "contextParams", name: "ImportArn" } },
    ET = { ResourceArn: { type: "contextParams", name: "TableArn" } },
    eJ = {
      ResourceArn: {
        type: "operationContextParams",
        get: (t) => t?.TableCreationParameters?.TableName,
      },
    },
    WU = { ResourceArn: { type: "contextParams", name: "TargetTableName" } },
    tJ = {
      IsSearchOperation: { type: "staticContextParams", value: !0 },
      ResourceArn: { type: "contextParams", name: "TableName" },
    },
    rJ = {
      ResourceArnList: {
        type: "operationContextParams",
        get: (t) => t?.TransactItems?.map((e) => e?.Get?.TableName),
      },
    },
    nJ = {
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
    z = class t extends nQ {
      static shapeId =
        "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException";
      constructor(e) {
        (super(e), Object.setPrototypeOf(this, t.prototype));
      }
    },
    Lm = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#BackupInUseException";
      name = "BackupInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "BackupInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Um = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#BackupNotFoundException";
      name = "BackupNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "BackupNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Bm = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InternalServerError";
      name = "InternalServerError";
      $fault = "server";
      constructor(e) {
        (super({ name: "InternalServerError", $fault: "server", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Fm = class t extends z {
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
    Gm = class t extends z {
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
    Vm = class t extends z {
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
    Hm = class t extends z {
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
    zm = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ResourceNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Wm = class t extends z {
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
    qm = class t extends z {
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
    jm = class t extends z {
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
    Km = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(e) {
        (super({ name: "LimitExceededException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Ym = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TableInUseException";
      name = "TableInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Qm = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TableNotFoundException";
      name = "TableNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Jm = class t extends z {
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
    Xm = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ResourceInUseException";
      name = "ResourceInUseException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ResourceInUseException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    Zm = class t extends z {
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
    eh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#PolicyNotFoundException";
      name = "PolicyNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "PolicyNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    th = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ExportNotFoundException";
      name = "ExportNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExportNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    rh = class t extends z {
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
    nh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ImportNotFoundException";
      name = "ImportNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ImportNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    oh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#DuplicateItemException";
      name = "DuplicateItemException";
      $fault = "client";
      constructor(e) {
        (super({ name: "DuplicateItemException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    sh = class t extends z {
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
    ih = class t extends z {
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
    ah = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ExportConflictException";
      name = "ExportConflictException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ExportConflictException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ch = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InvalidExportTimeException";
      name = "InvalidExportTimeException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidExportTimeException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    uh = class t extends z {
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
    dh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ImportConflictException";
      name = "ImportConflictException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ImportConflictException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    lh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#TableAlreadyExistsException";
      name = "TableAlreadyExistsException";
      $fault = "client";
      constructor(e) {
        (super({ name: "TableAlreadyExistsException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    ph = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#InvalidRestoreTimeException";
      name = "InvalidRestoreTimeException";
      $fault = "client";
      constructor(e) {
        (super({ name: "InvalidRestoreTimeException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    fh = class t extends z {
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
    mh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#ReplicaNotFoundException";
      name = "ReplicaNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "ReplicaNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    hh = class t extends z {
      static shapeId = "com.amazonaws.dynamodb#IndexNotFoundException";
      name = "IndexNotFoundException";
      $fault = "client";
      constructor(e) {
        (super({ name: "IndexNotFoundException", $fault: "client", ...e }),
          Object.setPrototypeOf(this, t.prototype));
      }
    },
    gh = class t extends z {
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
    Sh = class t extends z {
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
    oJ = "Action",
    sJ = "ArchivalBackupArn",
    bT = "ApproximateCreationDateTimePrecision",
    iJ = "AttributeDefinition",
    aJ = "ArchivalDateTime",
    pd = "AttributeDefinitions",
    cJ = "AttributeMap",
    uJ = "AccountMaxReadCapacityUnits",
    dJ = "AccountMaxWriteCapacityUnits",
    Ra = "AttributeName",
    lJ = "ArchivalReason",
    qU = "ArchivalSummary",
    jU = "AutoScalingDisabled",
    pJ = "AutoScalingPolicyDescription",
    fJ = "AutoScalingPolicyDescriptionList",
    mJ = "AutoScalingPolicyUpdate",
    KU = "AutoScalingRoleArn",
    hJ = "AutoScalingSettingsDescription",
    gJ = "AutoScalingSettingsUpdate",
    SJ = "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
    yJ = "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
    EJ = "AttributeType",
    fg = "AttributesToGet",
    YU = "AttributeUpdates",
    bJ = "AttributeValue",
    xT = "AttributeValueList",
    xJ = "AttributeValueUpdate",
    wJ = "Address",
    wT = "Attributes",
    QU = "Backfilling",
    fd = "BackupArn",
    JU = "BackupCreationDateTime",
    TT = "BackupDescription",
    IT = "BackupDetails",
    XU = "BackupExpiryDateTime",
    TJ = "BatchExecuteStatement",
    IJ = "BatchExecuteStatementInput",
    _J = "BatchExecuteStatementOutput",
    AJ = "BatchGetItem",
    CJ = "BatchGetItemInput",
    RJ = "BatchGetItemOutput",
    vJ = "BatchGetResponseMap",
    DJ = "BatchGetRequestMap",
    OJ = "BackupInUseException",
    md = "BillingMode",
    ZU = "BillingModeOverride",
    eB = "BillingModeSummary",
    _T = "BackupName",
    NJ = "BackupNotFoundException",
    hd = "BulkOperationArn",
    PJ = "BulkOperationBytes",
    AT = "BulkOperationDescription",
    kJ = "BOOL",
    CT = "BulkOperationStatus",
    tB = "BulkOperationsSummaryList",
    MJ = "BulkOperationSummary",
    $J = "BulkOperationTableDetail",
    LJ = "BulkOperationTableDetails",
    rB = "BulkOperationUsage",
    UJ = "BulkOperationUsageMultiple",
    BJ = "BulkOperationVectorBytes",
    nB = "BulkPutBytes",
    FJ = "BulkPutVectorBytes",
    oB = "BackupStatus",
    sB = "BackupSizeBytes",
    GJ = "BilledSizeBytes",
    VJ = "BatchStatementError",
    HJ = "BatchStatementRequest",
    zJ = "BatchStatementResponse",
    WJ = "BS",
    qJ = "BackupSummary",
    iB = "BackupSummaries",
    RT = "BackupType",
    jJ = "BatchWriteItem",
    KJ = "BatchWriteItemInput",
    YJ = "BatchWriteItemOutput",
    QJ = "BatchWriteItemRequestMap",
    JJ = "B",
    aB = "Code",
    XJ = "CreateBackup",
    vT = "ContinuousBackupsDescription",
    ZJ = "CreateBackupInput",
    eX = "CreateBackupOutput",
    tX = "CancelBulkOperationInput",
    rX = "CancelBulkOperationOutput",
    nX = "CancelBulkOperation",
    oX = "ContinuousBackupsStatus",
    sX = "ContinuousBackupsUnavailableException",
    St = "ConsumedCapacity",
    iX = "ConditionalCheckFailedException",
    aX = "ConsumedCapacityMultiple",
    cB = "ConditionCheck",
    uB = "CreationDateTime",
    ti = "ConditionExpression",
    cX = "CreateGlobalSecondaryIndexAction",
    uX = "CreateGlobalTable",
    dX = "CreateGlobalTableInput",
    lX = "CreateGlobalTableOutput",
    pX = "CreateGlobalTableWitnessGroupMemberAction",
    fX = "ContributorInsightsAction",
    mg = "ContributorInsightsMode",
    mX = "ContributorInsightsRuleList",
    hX = "ContributorInsightsSummary",
    DT = "ContributorInsightsStatus",
    dB = "ContributorInsightsSummaries",
    lB = "ComparisonOperator",
    gd = "ConditionalOperator",
    gX = "CsvOptions",
    SX = "CachePeriodInMinutes",
    yX = "CancellationReasons",
    EX = "CreateReplicaAction",
    bX = "CreateReplicationGroupMemberAction",
    xX = "CancellationReasonList",
    wX = "ConfirmRemoveSelfResourceAccess",
    pB = "ClientRequestToken",
    TX = "CancellationReason",
    va = "ConsistentRead",
    Da = "ClientToken",
    IX = "CreateTableInput",
    _X = "CreateTableOutput",
    AX = "CreateTable",
    fB = "CapacityUnits",
    CX = "CreateVectorIndexAction",
    mB = "CloudWatchLogGroupArn",
    RX = "Capacity",
    vX = "Condition",
    hB = "Count",
    Sd = "Create",
    DX = "Csv",
    hg = "Dimensions",
    OX = "DeleteBackup",
    NX = "DeleteBackupInput",
    PX = "DescribeBackupInput",
    kX = "DeleteBackupOutput",
    MX = "DescribeBulkOperationInput",
    $X = "DescribeBulkOperationOutput",
    LX = "DescribeBackupOutput",
    UX = "DescribeBulkOperation",
    BX = "DescribeBackup",
    FX = "DescribeContinuousBackups",
    GX = "DescribeContinuousBackupsInput",
    VX = "DescribeContinuousBackupsOutput",
    HX = "DescribeContributorInsights",
    zX = "DescribeContributorInsightsInput",
    WX = "DescribeContributorInsightsOutput",
    qX = "DescribeEndpoints",
    jX = "DescribeExportInput",
    KX = "DescribeExportOutput",
    YX = "DescribeEndpointsRequest",
    QX = "DescribeEndpointsResponse",
    JX = "DescribeExport",
    gg = "DistanceFunction",
    XX = "DeleteGlobalSecondaryIndexAction",
    ZX = "DescribeGlobalTable",
    eZ = "DescribeGlobalTableInput",
    tZ = "DescribeGlobalTableOutput",
    rZ = "DescribeGlobalTableSettings",
    nZ = "DescribeGlobalTableSettingsInput",
    oZ = "DescribeGlobalTableSettingsOutput",
    sZ = "DeleteGlobalTableWitnessGroupMemberAction",
    iZ = "DeleteItem",
    aZ = "DuplicateItemException",
    cZ = "DeleteItemInput",
    uZ = "DescribeImportInput",
    dZ = "DeleteItemOutput",
    lZ = "DescribeImportOutput",
    pZ = "DescribeImport",
    fZ = "DescribeKinesisStreamingDestination",
    mZ = "DescribeKinesisStreamingDestinationInput",
    hZ = "DescribeKinesisStreamingDestinationOutput",
    gZ = "DisableKinesisStreamingDestination",
    SZ = "DescribeLimits",
    yZ = "DescribeLimitsInput",
    EZ = "DescribeLimitsOutput",
    bZ = "DisassociationMode",
    OT = "DeletionProtectionEnabled",
    gB = "DisassociationProtectionEnabled",
    SB = "DeleteRequest",
    xZ = "DeleteReplicaAction",
    wZ = "DeleteReplicationGroupMemberAction",
    TZ = "DisassociateReplicationGroupMemberAction",
    IZ = "DeleteResourcePolicy",
    _Z = "DeleteResourcePolicyInput",
    AZ = "DeleteResourcePolicyOutput",
    NT = "DestinationStatus",
    CZ = "DestinationStatusDescription",
    yB = "DisableScaleIn",
    RZ = "DeleteTable",
    vZ = "DeleteTableInput",
    DZ = "DescribeTableInput",
    OZ = "DeleteTableOutput",
    NZ = "DescribeTableOutput",
    PZ = "DescribeTableReplicaAutoScaling",
    kZ = "DescribeTableReplicaAutoScalingInput",
    MZ = "DescribeTableReplicaAutoScalingOutput",
    $Z = "DescribeTimeToLive",
    LZ = "DescribeTimeToLiveInput",
    UZ = "DescribeTimeToLiveOutput",
    BZ = "DescribeTable",
    FZ = "DeleteVectorIndexAction",
    GZ = "Delimiter",
    ri = "Delete",
    VZ = "Disassociate",
    HZ = "Error",
    PT = "ExportArn",
    zZ = "ExpectedAttributeMap",
    Dt = "ExpressionAttributeNames",
    Br = "ExpressionAttributeValues",
    WZ = "ExpressionAttributeValueMap",
    qZ = "ExpectedAttributeValue",
    jZ = "ErrorCount",
    KZ = "ExportConflictException",
    kT = "ExportDescription",
    YZ = "ExceptionDescription",
    EB = "ExportFormat",
    QZ = "ExportFromTime",
    MT = "EnableKinesisStreamingConfiguration",
    JZ = "EnableKinesisStreamingDestination",
    XZ = "ExportManifest",
    ZZ = "ExceptionName",
    eee = "ExportNotFoundException",
    tee = "EarliestRestorableDateTime",
    bB = "ExpectedRevisionId",
    xB = "ExportStatus",
    ree = "ExclusiveStartBackupArn",
    nee = "ExclusiveStartGlobalTableName",
    oee = "ExecuteStatementInput",
    wB = "ExclusiveStartKey",
    see = "ExecuteStatementOutput",
    iee = "ExclusiveStartTableName",
    aee = "ExportSummary",
    cee = "ExecuteStatement",
    TB = "ExportSummaries",
    yd = "EndTime",
    uee = "ExecuteTransactionInput",
    dee = "ExecuteTransactionOutput",
    lee = "ExportToTime",
    pee = "ExportTableToPointInTime",
    fee = "ExportTableToPointInTimeInput",
    mee = "ExportTableToPointInTimeOutput",
    IB = "ExportTime",
    hee = "ExecuteTransaction",
    $T = "ExportType",
    gee = "ExportViewType",
    _B = "Endpoints",
    AB = "Enabled",
    See = "Endpoint",
    LT = "Expected",
    yee = "Exists",
    UT = "FailureCode",
    Eee = "FilterConditionMap",
    CB = "FailureException",
    BT = "FilterExpression",
    bee = "FailedItemCount",
    FT = "FailureMessage",
    GT = "FilterSpecification",
    RB = "Get",
    xee = "GetItem",
    wee = "GetItemInput",
    Tee = "GetItemOutput",
    Iee = "GetResourcePolicy",
    _ee = "GetResourcePolicyInput",
    Aee = "GetResourcePolicyOutput",
    Fr = "GlobalSecondaryIndexes",
    Cee = "GlobalSecondaryIndexAutoScalingUpdate",
    Ree = "GlobalSecondaryIndexAutoScalingUpdateList",
    vee = "GlobalSecondaryIndexDescription",
    Dee = "GlobalSecondaryIndexDescriptionList",
    Oee = "GlobalSecondaryIndexInfo",
    Nee = "GlobalSecondaryIndexList",
    vB = "GlobalSecondaryIndexOverride",
    Pee = "GlobalSecondaryIndexUpdate",
    kee = "GlobalSecondaryIndexUpdateList",
    DB = "GlobalSecondaryIndexUpdates",
    Mee = "GlobalSecondaryIndexWarmThroughputDescription",
    $ee = "GlobalSecondaryIndex",
    Lee = "GlobalTable",
    Uee = "GlobalTableArn",
    Bee = "GlobalTableAlreadyExistsException",
    Fee = "GlobalTableBillingMode",
    Sg = "GlobalTableDescription",
    OB = "GlobalTableGlobalSecondaryIndexSettingsUpdate",
    Gee = "GlobalTableGlobalSecondaryIndexSettingsUpdateList",
    Vee = "GlobalTableList",
    uo = "GlobalTableName",
    Hee = "GlobalTableNotFoundException",
    zee = "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate",
    Wee = "GlobalTableProvisionedWriteCapacityUnits",
    qee = "GlobalTableStatus",
    jee = "GlobalTableSourceArn",
    yg = "GlobalTableSettingsReplicationMode",
    Kee = "GlobalTableVersion",
    Yee = "GlobalTableWitnesses",
    Qee = "GlobalTableWitnessDescription",
    Jee = "GlobalTableWitnessDescriptionList",
    Xee = "GlobalTableWitnessGroupUpdate",
    Zee = "GlobalTableWitnessGroupUpdateList",
    ete = "GlobalTableWitnessUpdates",
    tte = "GlobalTables",
    rte = "HeaderList",
    Bn = "Item",
    VT = "ImportArn",
    HT = "IndexArn",
    Oa = "ItemCount",
    nte = "ImportConflictException",
    ote = "ItemCollectionKey",
    ste = "ItemCollectionKeyAttributeMap",
    Na = "ItemCollectionMetrics",
    ite = "ItemCollectionMetricsMultiple",
    ate = "ItemCollectionMetricsPerTable",
    cte = "ItemCollectionSizeLimitExceededException",
    zT = "InputCompressionType",
    ute = "InaccessibleEncryptionDateTime",
    dte = "InvalidEndpointException",
    WT = "IncrementalExportSpecification",
    lte = "InvalidExportTimeException",
    Eg = "InputFormat",
    qT = "InputFormatOptions",
    pte = "ImportedItemCount",
    fte = "ItemList",
    se = "IndexName",
    mte = "ImportNotFoundException",
    hte = "IndexNotFoundException",
    gte = "IdempotentParameterMismatchException",
    Ste = "ItemResponse",
    yte = "ItemResponseList",
    Ete = "InvalidRestoreTimeException",
    bg = "IndexStatus",
    jT = "IndexSizeBytes",
    KT = "InputS3Configuration",
    bte = "InternalServerError",
    NB = "ImportSummaryList",
    xte = "ImportSummary",
    PB = "ImportStatus",
    wte = "ImportTable",
    YT = "ImportTableDescription",
    Tte = "ImportTableInput",
    Ite = "ImportTableOutput",
    QT = "Items",
    Fn = "Key",
    _te = "KeysAndAttributes",
    kB = "KeyConditions",
    MB = "KeyConditionExpression",
    $B = "KinesisDataStreamDestinations",
    Ate = "KinesisDataStreamDestination",
    Cte = "KeyList",
    Rte = "KMSMasterKeyArn",
    xg = "KMSMasterKeyId",
    dr = "KeySchema",
    vte = "KinesisStreamingDestinationInput",
    Dte = "KinesisStreamingDestinationOutput",
    Ote = "KeySchemaElement",
    Nte = "KeyType",
    Pte = "Keys",
    Pa = "Limit",
    kte = "ListAttributeValue",
    Mte = "ListBackups",
    $te = "ListBackupsInput",
    Lte = "ListBackupsOutput",
    Ute = "ListBulkOperationsInput",
    Bte = "ListBulkOperationsOutput",
    Fte = "ListBulkOperations",
    Gte = "ListContributorInsights",
    Vte = "ListContributorInsightsInput",
    Hte = "ListContributorInsightsOutput",
    zte = "LastDecreaseDateTime",
    Wte = "ListExports",
    qte = "LastEvaluatedBackupArn",
    jte = "LimitExceededException",
    Kte = "LastEvaluatedGlobalTableName",
    Yte = "ListExportsInput",
    JT = "LastEvaluatedKey",
    Qte = "ListExportsOutput",
    Jte = "LastEvaluatedTableName",
    Xte = "ListGlobalTables",
    Zte = "ListGlobalTablesInput",
    ere = "ListGlobalTablesOutput",
    tre = "ListImports",
    rre = "LastIncreaseDateTime",
    nre = "ListImportsInput",
    ore = "ListImportsOutput",
    sre = "LatestRestorableDateTime",
    ire = "LatestStreamArn",
    ka = "LocalSecondaryIndexes",
    are = "LocalSecondaryIndexDescription",
    cre = "LocalSecondaryIndexDescriptionList",
    ure = "LocalSecondaryIndexInfo",
    dre = "LocalSecondaryIndexList",
    LB = "LocalSecondaryIndexOverride",
    lre = "LocalSecondaryIndex",
    pre = "LatestStreamLabel",
    fre = "ListTables",
    mre = "ListTablesInput",
    hre = "ListTablesOutput",
    gre = "ListTagsOfResource",
    Sre = "ListTagsOfResourceInput",
    yre = "ListTagsOfResourceOutput",
    UB = "LastUpdateDateTime",
    Ere = "LastUpdateToPayPerRequestDateTime",
    bre = "L",
    Ma = "Message",
    xre = "MapAttributeValue",
    XT = "MaxResults",
    BB = "MultiRegionConsistency",
    FB = "MaxReadRequestUnits",
    GB = "MinimumUnits",
    VB = "MaximumUnits",
    ZT = "MaxWriteRequestUnits",
    wre = "M",
    Tre = "N",
    Ire = "NonKeyAttributes",
    _re = "NumberOfDecreasesToday",
    Are = "NS",
    lr = "NextToken",
    Cre = "NULL",
    Gr = "OnDemandThroughput",
    ls = "OnDemandThroughputOverride",
    eI = "OutputS3Configuration",
    Rre = "OutputType",
    tI = "Parameters",
    ni = "ProjectionExpression",
    vre = "PutItem",
    Dre = "ProcessedInputBytes",
    HB = "ProcessedItemCount",
    Ore = "PutItemInput",
    Nre = "PutItemInputAttributeMap",
    Pre = "PutItemOutput",
    zB = "PointInTimeRecoveryDescription",
    kre = "PointInTimeRecoveryEnabled",
    Mre = "PointInTimeRecoveryStatus",
    WB = "PointInTimeRecoverySpecification",
    $re = "PointInTimeRecoveryUnavailableException",
    qB = "PolicyName",
    Lre = "PolicyNotFoundException",
    Ure = "PartiQLBatchRequest",
    Bre = "PartiQLBatchResponse",
    jB = "PutRequest",
    KB = "ProvisionedReadCapacityAutoScalingSettings",
    Fre = "ProvisionedReadCapacityAutoScalingSettingsUpdate",
    Gre = "ProvisionedReadCapacityAutoScalingUpdate",
    YB = "ProvisionedReadCapacityUnits",
    Vre = "PutResourcePolicy",
    Hre = "PutResourcePolicyInput",
    zre = "PutResourcePolicyOutput",
    Wre = "PageSize",
    qre = "ProcessedSizeBytes",
    jre = "PreparedStatementParameters",
    Kre = "ParameterizedStatement",
    Yre = "ParameterizedStatements",
    QB = "PerformanceTier",
    Qre = "ProvisionedThroughputDescription",
    Jre = "ProvisionedThroughputExceededException",
    ps = "ProvisionedThroughputOverride",
    Vr = "ProvisionedThroughput",
    Xre = "ProjectionType",
    JB = "ProvisionedWriteCapacityAutoScalingSettings",
    Zre = "ProvisionedWriteCapacityAutoScalingSettingsUpdate",
    XB = "ProvisionedWriteCapacityAutoScalingUpdate",
    ZB = "ProvisionedWriteCapacityUnits",
    eF = "Policy",
    pr = "Projection",
    tF = "Put",
    ene = "Query",
    tne = "QueryFilter",
    rne = "QueryInput",
    nne = "QueryOutput",
    wg = "Responses",
    $a = "ResourceArn",
    one = "ReplicaAlreadyExistsException",
    sne = "ReplicaAutoScalingDescription",
    ine = "ReplicaAutoScalingDescriptionList",
    ane = "ReplicaAutoScalingUpdate",
    cne = "ReplicaAutoScalingUpdateList",
    une = "ReplicaArn",
    dne = "ReplicaBillingModeSummary",
    Ot = "ReturnConsumedCapacity",
    Ed = "ReadCapacityUnits",
    lne = "ReplicaDescription",
    pne = "ReplicaDescriptionList",
    rF = "RestoreDateTime",
    rI = "ReplicationGroup",
    fne = "ReplicaGlobalSecondaryIndex",
    mne = "ReplicaGlobalSecondaryIndexAutoScalingDescription",
    hne = "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList",
    gne = "ReplicaGlobalSecondaryIndexAutoScalingUpdate",
    Sne = "ReplicaGlobalSecondaryIndexAutoScalingUpdateList",
    yne = "ReplicaGlobalSecondaryIndexDescription",
    Ene = "ReplicaGlobalSecondaryIndexDescriptionList",
    bne = "ReplicaGlobalSecondaryIndexList",
    xne = "ReplicaGlobalSecondaryIndexSettings",
    wne = "ReplicaGlobalSecondaryIndexSettingsDescription",
    Tne = "ReplicaGlobalSecondaryIndexSettingsDescriptionList",
    nF = "ReplicaGlobalSecondaryIndexSettingsUpdate",
    Ine = "ReplicaGlobalSecondaryIndexSettingsUpdateList",
    _ne = "ReplicaGlobalSecondaryIndexUpdates",
    Ane = "ReplicationGroupUpdate",
    Cne = "ReplicationGroupUpdateList",
    oF = "RequestItems",
    bd = "ReturnItemCollectionMetrics",
    Rne = "ReplicaInaccessibleDateTime",
    vne = "RestoreInProgress",
    Dne = "ResourceInUseException",
    nI = "RevisionId",
    One = "ReplicaList",
    Nne = "RequestLimitExceeded",
    ct = "RegionName",
    Pne = "ReplicaNotFoundException",
    kne = "ResourceNotFoundException",
    Mne = "ResourcePolicy",
    sF = "RecoveryPeriodInDays",
    iF = "ReplicaProvisionedReadCapacityAutoScalingSettings",
    $ne = "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate",
    Lne = "ReplicaProvisionedReadCapacityAutoScalingUpdate",
    aF = "ReplicaProvisionedReadCapacityUnits",
    cF = "ReplicaProvisionedWriteCapacityAutoScalingSettings",
    Une = "ReplicaProvisionedWriteCapacityUnits",
    uF = "ReplicaSettings",
    Bne = "ReplicaStatusDescription",
    Fne = "ReplicaSettingsDescriptionList",
    Gne = "ReplicaSettingsDescription",
    Vne = "ReplicaStatusPercentProgress",
    dF = "ReplicaSettingsUpdate",
    Hne = "ReplicaSettingsUpdateList",
    oI = "ReplicaStatus",
    lF = "RestoreSummary",
    zne = "ReplicaTableClass",
    pF = "ReplicaTableClassSummary",
    Wne = "RestoreTableFromBackup",
    qne = "RestoreTableFromBackupInput",
    jne = "RestoreTableFromBackupOutput",
    Kne = "RestoreTableToPointInTime",
    Yne = "RestoreTableToPointInTimeInput",
    Qne = "RestoreTableToPointInTimeOutput",
    Jne = "ReplicaUpdate",
    Xne = "ReplicaUpdateList",
    sI = "ReadUnitsPerSecond",
    iI = "ReplicaUpdates",
    aI = "ReturnValues",
    Gn = "ReturnValuesOnConditionCheckFailure",
    Zne = "ReplicatedWriteConflictException",
    eoe = "Replica",
    fF = "Replicas",
    toe = "Statements",
    xd = "StreamArn",
    wd = "S3Bucket",
    roe = "SourceBackupArn",
    Td = "S3BucketOwner",
    noe = "StartBulkPutItems",
    ooe = "StartBulkPutItemsInput",
    soe = "StartBulkPutItemsOutput",
    Tg = "S3BucketSource",
    mF = "ScannedCount",
    ioe = "SearchConditionExpression",
    aoe = "StreamDescription",
    coe = "StreamEnabled",
    uoe = "SizeEstimateRangeGB",
    doe = "ScanFilter",
    loe = "ScanInput",
    poe = "SecondaryIndexesBulkBytesMap",
    hF = "ScaleInCooldown",
    foe = "SecondaryIndexesCapacityMap",
    moe = "ScanIndexForward",
    cI = "S3KeyPrefix",
    hoe = "ScanOutput",
    gF = "ScaleOutCooldown",
    goe = "ScalingPolicies",
    Soe = "ScalingPolicyUpdate",
    SF = "S3Prefix",
    yoe = "SearchResults",
    Eoe = "SearchResultItem",
    boe = "SearchResultList",
    Ig = "StreamSpecification",
    uI = "S3SseAlgorithm",
    xoe = "SearchSchemaElement",
    dI = "SSEDescription",
    _g = "SSESpecification",
    yF = "SSESpecificationOverride",
    woe = "SearchSchemaElementType",
    EF = "SSEType",
    lI = "S3SseKmsKeyId",
    Toe = "SS",
    Id = "SearchSchema",
    _d = "StartTime",
    bF = "SourceTableArn",
    xF = "SourceTableDetails",
    wF = "SourceTableFeatureDetails",
    Ioe = "SourceTableName",
    _oe = "SearchVector",
    Aoe = "SearchVectorsInput",
    Coe = "SearchVectorList",
    Roe = "SearchVectorsOutput",
    voe = "StreamViewType",
    Doe = "SearchVectors",
    Ooe = "S",
    Noe = "Score",
    Poe = "Scan",
    TF = "Select",
    koe = "Segment",
    pI = "Statement",
    fI = "Status",
    mI = "Table",
    lo = "TableArn",
    Moe = "TableAlreadyExistsException",
    hI = "TableAutoScalingDescription",
    gI = "TableClass",
    $oe = "TableCreationDateTime",
    Loe = "TransactionCanceledException",
    Uoe = "TransactionConflictException",
    IF = "TableClassOverride",
    SI = "TableCreationParameters",
    _F = "TableClassSummary",
    Boe = "TableDetails",
    La = "TableDescription",
    Foe = "ThrottlingException",
    Goe = "TransactGetItem",
    Voe = "TransactGetItemsInput",
    Hoe = "TransactGetItemList",
    zoe = "TransactGetItemsOutput",
    Woe = "TransactGetItems",
    Ua = "TableId",
    qoe = "TotalInputBytes",
    joe = "TransactionInProgressException",
    Koe = "TableInUseException",
    AF = "TransactItems",
    Yoe = "TopK",
    Qoe = "TagKeys",
    Joe = "TagList",
    Xoe = "TableMaxReadCapacityUnits",
    Zoe = "TableMaxWriteCapacityUnits",
    B = "TableName",
    ese = "TableNotFoundException",
    tse = "TableNames",
    CF = "ThrottlingReasons",
    rse = "TagResourceInput",
    nse = "ThrottlingReasonList",
    ose = "TimeRangeLowerBound",
    sse = "TimeRangeUpperBound",
    ise = "TagResource",
    ase = "ThrottlingReason",
    cse = "TransactStatements",
    RF = "TableSizeBytes",
    vF = "TableStatus",
    use = "TotalSegments",
    yI = "TimeToLiveDescription",
    dse = "TimeToLiveStatus",
    EI = "TimeToLiveSpecification",
    DF = "TargetTableName",
    OF = "TargetTrackingScalingPolicyConfiguration",
    NF = "TargetValue",
    lse = "TransactWriteItem",
    pse = "TransactWriteItemsInput",
    fse = "TransactWriteItemList",
    mse = "TransactWriteItemsOutput",
    hse = "TransactWriteItems",
    gse = "TableWarmThroughputDescription",
    bI = "Tags",
    Sse = "Tag",
    Ag = "Update",
    yse = "UpdateContinuousBackups",
    Ese = "UpdateContinuousBackupsInput",
    bse = "UpdateContinuousBackupsOutput",
    xse = "UpdateContributorInsights",
    wse = "UpdateContributorInsightsInput",
    Tse = "UpdateContributorInsightsOutput",
    PF = "UpdateExpression",
    Ise = "UpdateGlobalSecondaryIndexAction",
    _se = "UpdateGlobalTable",
    Ase = "UpdateGlobalTableInput",
    Cse = "UpdateGlobalTableOutput",
    Rse = "UpdateGlobalTableSettings",
    vse = "UpdateGlobalTableSettingsInput",
    Dse = "UpdateGlobalTableSettingsOutput",
    Ose = "UnprocessedItems",
    Nse = "UpdateItemInput",
    Pse = "UpdateItemOutput",
    kse = "UpdateItem",
    Mse = "UnprocessedKeys",
    xI = "UpdateKinesisStreamingConfiguration",
    $se = "UpdateKinesisStreamingDestination",
    Lse = "UpdateKinesisStreamingDestinationInput",
    Use = "UpdateKinesisStreamingDestinationOutput",
    Bse = "UseLatestRestorableTime",
    Fse = "UntagResource",
    Gse = "UpdateReplicationGroupMemberAction",
    Vse = "UntagResourceInput",
    Hse = "UpdateTable",
    zse = "UpdateTableInput",
    Wse = "UpdateTableOutput",
    qse = "UpdateTableReplicaAutoScaling",
    jse = "UpdateTableReplicaAutoScalingInput",
    Kse = "UpdateTableReplicaAutoScalingOutput",
    Yse = "UpdateTimeToLive",
    Qse = "UpdateTimeToLiveInput",
    Jse = "UpdateTimeToLiveOutput",
    wI = "Value",
    Cg = "VectorAttribute",
    Xse = "VectorAttributeDefinition",
    Zse = "VectorCapacity",
    oi = "VectorIndexes",
    eie = "VectorIndexesBulkVectorBytesMap",
    tie = "VectorIndexesCapacityMap",
    rie = "VectorIndexDescription",
    nie = "VectorIndexDescriptionList",
    oie = "VectorIndexInfo",
    sie = "VectorIndexList",
    kF = "VectorIndexOverride",
    iie = "VectorIndexUpdates",
    aie = "VectorIndexUpdateList",
    cie = "VectorIndexUpdate",
    uie = "VectorIndex",
    die = "VectorSearchRequestBytes",
    lie = "VectorWriteRequestBytes",
    Rg = "WriteCapacityUnits",
    pie = "WriteRequest",
    fie = "WriteRequests",
    mie = "WitnessStatus",
    Vn = "WarmThroughput",
    TI = "WriteUnitsPerSecond",
    hie = "awsQueryError",
    ee = "client",
    X = "error",
    MF = "httpError",
    gie = "httpHeader",
    re = "message",
    Sie = "reason",
    yie = "resource",
    $F = "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb",
    Eie = "server",
    bie = "throttlingReasons",
    xie = "x-amz-confirm-remove-self-resource-access",
    m = "com.amazonaws.dynamodb",
    LF = new GU($F),
    UF = [-3, $F, "DynamoDBServiceException", 0, [], []];
  LF.registerError(UF, z);
  var Y = new GU(m),
    BF = [-3, m, OJ, { [X]: ee }, [re], [0]];
  Y.registerError(BF, Lm);
  var FF = [-3, m, NJ, { [X]: ee }, [re], [0]];
  Y.registerError(FF, Um);
  var GF = [-3, m, iX, { [X]: ee }, [re, Bn], [0, () => Wr]];
  Y.registerError(GF, gh);
  var VF = [-3, m, sX, { [X]: ee }, [re], [0]];
  Y.registerError(VF, jm);
  var HF = [-3, m, aZ, { [X]: ee }, [re], [0]];
  Y.registerError(HF, oh);
  var zF = [-3, m, KZ, { [X]: ee }, [re], [0]];
  Y.registerError(zF, ah);
  var WF = [-3, m, eee, { [X]: ee }, [re], [0]];
  Y.registerError(WF, th);
  var qF = [-3, m, Bee, { [X]: ee }, [re], [0]];
  Y.registerError(qF, Jm);
  var jF = [-3, m, Hee, { [X]: ee }, [re], [0]];
  Y.registerError(jF, rh);
  var KF = [-3, m, gte, { [X]: ee }, [Ma], [0]];
  Y.registerError(KF, sh);
  var YF = [-3, m, nte, { [X]: ee }, [re], [0]];
  Y.registerError(YF, dh);
  var QF = [-3, m, mte, { [X]: ee }, [re], [0]];
  Y.registerError(QF, nh);
  var JF = [-3, m, hte, { [X]: ee }, [re], [0]];
  Y.registerError(JF, hh);
  var XF = [-3, m, bte, { [X]: Eie }, [re], [0]];
  Y.registerError(XF, Bm);
  var ZF = [-3, m, dte, { [X]: ee, [MF]: 421 }, [Ma], [0]];
  Y.registerError(ZF, Vm);
  var e2 = [-3, m, lte, { [X]: ee }, [re], [0]];
  Y.registerError(e2, ch);
  var t2 = [-3, m, Ete, { [X]: ee }, [re], [0]];
  Y.registerError(t2, ph);
  var r2 = [-3, m, cte, { [X]: ee }, [re], [0]];
  Y.registerError(r2, Wm);
  var n2 = [-3, m, jte, { [X]: ee }, [re], [0]];
  Y.registerError(n2, Km);
  var o2 = [-3, m, $re, { [X]: ee }, [re], [0]];
  Y.registerError(o2, uh);
  var s2 = [-3, m, Lre, { [X]: ee }, [re], [0]];
  Y.registerError(s2, eh);
  var i2 = [-3, m, Jre, { [X]: ee }, [re, CF], [0, () => t_]];
  Y.registerError(i2, Hm);
  var a2 = [-3, m, one, { [X]: ee }, [re], [0]];
  Y.registerError(a2, fh);
  var c2 = [-3, m, Pne, { [X]: ee }, [re], [0]];
  Y.registerError(c2, mh);
  var u2 = [-3, m, Zne, { [X]: ee }, [re], [0]];
  Y.registerError(u2, qm);
  var d2 = [-3, m, Nne, { [X]: ee }, [re, CF], [0, () => t_]];
  Y.registerError(d2, Fm);
  var l2 = [-3, m, Dne, { [X]: ee }, [re], [0]];
  Y.registerError(l2, Xm);
  var p2 = [-3, m, kne, { [X]: ee }, [re], [0]];
  Y.registerError(p2, zm);
  var f2 = [-3, m, Moe, { [X]: ee }, [re], [0]];
  Y.registerError(f2, lh);
  var m2 = [-3, m, Koe, { [X]: ee }, [re], [0]];
  Y.registerError(m2, Ym);
  var h2 = [-3, m, ese, { [X]: ee }, [re], [0]];
  Y.registerError(h2, Qm);
  var g2 = [
    -3,
    m,
    Foe,
    { [hie]: ["Throttling", 400], [X]: ee, [MF]: 400 },
    [re, bie],
    [0, () => t_],
  ];
  Y.registerError(g2, Gm);
  var S2 = [-3, m, Loe, { [X]: ee }, [Ma, yX], [0, () => Cie]];
  Y.registerError(S2, Sh);
  var y2 = [-3, m, Uoe, { [X]: ee }, [re], [0]];
  Y.registerError(y2, Zm);
  var E2 = [-3, m, joe, { [X]: ee }, [Ma], [0]];
  Y.registerError(E2, ih);
  var b2 = [LF, Y],
    x2 = [3, m, qU, 0, [aJ, lJ, sJ], [4, 0, 0]],
    w2 = [3, m, iJ, 0, [Ra, EJ], [0, 0], 2],
    T2 = [3, m, xJ, 0, [wI, oJ], [() => Wt, 0]],
    I2 = [3, m, pJ, 0, [qB, OF], [0, () => A2]],
    _2 = [3, m, mJ, 0, [OF, qB], [() => C2, 0], 1],
    co = [3, m, hJ, 0, [GB, VB, jU, KU, goe], [1, 1, 2, 0, () => wie]],
    po = [3, m, gJ, 0, [GB, VB, jU, KU, Soe], [1, 1, 2, 0, () => _2]],
    A2 = [3, m, SJ, 0, [NF, yB, hF, gF], [1, 2, 1, 1], 1],
    C2 = [3, m, yJ, 0, [NF, yB, hF, gF], [1, 2, 1, 1], 1],
    II = [3, m, TT, 0, [IT, xF, wF], [() => _I, () => CV, () => RV]],
    _I = [3, m, IT, 0, [fd, _T, oB, RT, JU, sB, XU], [0, 0, 0, 0, 4, 1, 4], 5],
    R2 = [
      3,
      m,
      qJ,
      0,
      [B, Ua, lo, fd, _T, JU, XU, oB, RT, sB],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 1],
    ],
    v2 = [3, m, IJ, 0, [toe, Ot], [() => jie, 0], 1],
    D2 = [3, m, _J, 0, [wg, St], [() => Kie, () => Ha]],
    O2 = [3, m, CJ, 0, [oF, Ot], [() => bH, 0], 1],
    N2 = [3, m, RJ, 0, [wg, Mse, St], [() => mae, () => bH, () => Ha]],
    P2 = [3, m, VJ, 0, [aB, Ma, Bn], [0, 0, () => Wr]],
    k2 = [3, m, HJ, 0, [pI, tI, va, Gn], [0, () => ZI, 2, 0], 1],
    M2 = [3, m, zJ, 0, [HZ, B, Bn], [() => P2, 0, () => Wr]],
    $2 = [3, m, KJ, 0, [oF, Ot, bd], [() => xH, 0, 0], 1],
    L2 = [3, m, YJ, 0, [Ose, Na, St], [() => xH, () => TH, () => Ha]],
    AI = [3, m, eB, 0, [md, Ere], [0, 4]],
    CI = [3, m, PJ, 0, [nB], [1]],
    RI = [
      3,
      m,
      AT,
      0,
      [hd, CT, Boe, Da, KT, eI, _d, yd, HB, Dre, qoe, rB, bee, UT, FT, ZT, QB],
      [
        0,
        0,
        () => _ie,
        0,
        () => BI,
        () => VI,
        4,
        4,
        1,
        1,
        1,
        () => Aie,
        1,
        0,
        0,
        1,
        0,
      ],
    ],
    U2 = [3, m, MJ, 0, [hd, CT, _d, yd], [0, 0, 4, 4], 3],
    B2 = [3, m, $J, 0, [B, Ua], [0, 0]],
    F2 = [
      3,
      m,
      rB,
      0,
      [B, nB, mI, ka, Fr, oi],
      [0, 1, () => CI, () => SU, () => SU, () => yae],
    ],
    G2 = [3, m, BJ, 0, [FJ], [1]],
    V2 = [3, m, tX, 0, [hd], [0], 1],
    H2 = [3, m, rX, 0, [hd, CT], [0, 0], 2],
    z2 = [3, m, TX, 0, [Bn, aB, Ma], [() => Wr, 0, 0]],
    vI = [3, m, RX, 0, [Ed, Rg, fB], [1, 1, 1]],
    DI = [3, m, vX, 0, [lB, xT], [0, () => mH], 1],
    W2 = [
      3,
      m,
      cB,
      0,
      [Fn, B, ti, Dt, Br, Gn],
      [() => Nt, 0, 0, 128, () => qr, 0],
      3,
    ],
    fo = [
      3,
      m,
      St,
      0,
      [B, fB, Ed, Rg, mI, ka, Fr, oi],
      [0, 1, 1, 1, () => vI, () => yU, () => yU, () => Eae],
    ],
    OI = [3, m, vT, 0, [oX, zB], [0, () => qG], 1],
    q2 = [3, m, hX, 0, [B, se, DT, mg], [0, 0, 0, 0]],
    j2 = [3, m, ZJ, 0, [B, _T], [0, 0], 2],
    K2 = [3, m, eX, 0, [IT], [() => _I]],
    Y2 = [
      3,
      m,
      cX,
      0,
      [se, dr, pr, Vr, Gr, Vn],
      [0, () => zr, () => fr, () => Hr, () => zt, () => Va],
      3,
    ],
    Q2 = [3, m, dX, 0, [uo, rI], [0, () => yH], 2],
    J2 = [3, m, lX, 0, [Sg], [() => vg]],
    X2 = [3, m, pX, 0, [ct], [0], 1],
    Z2 = [3, m, EX, 0, [ct], [0], 1],
    e3 = [
      3,
      m,
      bX,
      0,
      [ct, xg, ps, ls, Fr, IF],
      [0, 0, () => Fa, () => Ba, () => SH, 0],
      1,
    ],
    t3 = [
      3,
      m,
      IX,
      0,
      [B, pd, dr, ka, Fr, md, Vr, Ig, _g, bI, gI, OT, Vn, Mne, Gr, jee, yg, oi],
      [
        0,
        () => Ng,
        () => zr,
        () => XI,
        () => Pg,
        0,
        () => Hr,
        () => Cd,
        () => Ga,
        () => e_,
        0,
        2,
        () => Va,
        0,
        () => zt,
        0,
        0,
        () => $g,
      ],
      1,
    ],
    r3 = [3, m, _X, 0, [La], [() => si]],
    n3 = [
      3,
      m,
      CX,
      0,
      [se, Cg, pr, hg, gg, Id],
      [0, () => Rd, () => fr, 1, 0, () => Mg],
      5,
    ],
    o3 = [3, m, gX, 0, [GZ, rte], [0, 64]],
    s3 = [
      3,
      m,
      ri,
      0,
      [Fn, B, ti, Dt, Br, Gn],
      [() => Nt, 0, 0, 128, () => qr, 0],
      2,
    ],
    i3 = [3, m, NX, 0, [fd], [0], 1],
    a3 = [3, m, kX, 0, [TT], [() => II]],
    c3 = [3, m, XX, 0, [se], [0], 1],
    u3 = [3, m, sZ, 0, [ct], [0], 1],
    d3 = [
      3,
      m,
      cZ,
      0,
      [B, Fn, LT, gd, aI, Ot, bd, ti, Dt, Br, Gn],
      [0, () => Nt, () => r_, 0, 0, 0, 0, 0, 128, () => qr, 0],
      2,
    ],
    l3 = [3, m, dZ, 0, [wT, St, Na], [() => Wr, () => fo, () => Ad]],
    p3 = [3, m, xZ, 0, [ct], [0], 1],
    f3 = [3, m, wZ, 0, [ct], [0], 1],
    m3 = [3, m, SB, 0, [Fn], [() => Nt], 1],
    h3 = [3, m, _Z, 0, [$a, bB], [0, 0], 1],
    g3 = [3, m, AZ, 0, [nI], [0]],
    S3 = [3, m, vZ, 0, [B], [0], 1],
    y3 = [3, m, OZ, 0, [La], [() => si]],
    E3 = [3, m, FZ, 0, [se], [0], 1],
    b3 = [3, m, PX, 0, [fd], [0], 1],
    x3 = [3, m, LX, 0, [TT], [() => II]],
    w3 = [3, m, MX, 0, [hd], [0], 1],
    T3 = [3, m, $X, 0, [AT], [() => RI], 1],
    I3 = [3, m, GX, 0, [B], [0], 1],
    _3 = [3, m, VX, 0, [vT], [() => OI]],
    A3 = [3, m, zX, 0, [B, se], [0, 0], 1],
    C3 = [
      3,
      m,
      WX,
      0,
      [B, se, mX, DT, UB, CB, mg],
      [0, 0, 64, 0, 4, () => oG, 0],
    ],
    R3 = [3, m, YX, 0, [], []],
    v3 = [3, m, QX, 0, [_B], [() => vie], 1],
    D3 = [3, m, jX, 0, [PT], [0], 1],
    O3 = [3, m, KX, 0, [kT], [() => PI]],
    N3 = [3, m, eZ, 0, [uo], [0], 1],
    P3 = [3, m, tZ, 0, [Sg], [() => vg]],
    k3 = [3, m, nZ, 0, [uo], [0], 1],
    M3 = [3, m, oZ, 0, [uo, uF], [0, () => EH]],
    $3 = [3, m, uZ, 0, [VT], [0], 1],
    L3 = [3, m, lZ, 0, [YT], [() => $I], 1],
    U3 = [3, m, mZ, 0, [B], [0], 1],
    B3 = [3, m, hZ, 0, [B, $B], [0, () => Vie]],
    F3 = [3, m, yZ, 0, [], []],
    G3 = [3, m, EZ, 0, [uJ, dJ, Xoe, Zoe], [1, 1, 1, 1]],
    V3 = [3, m, DZ, 0, [B], [0], 1],
    H3 = [3, m, NZ, 0, [mI], [() => si]],
    z3 = [3, m, kZ, 0, [B], [0], 1],
    W3 = [3, m, MZ, 0, [hI], [() => WI]],
    q3 = [3, m, LZ, 0, [B], [0], 1],
    j3 = [3, m, UZ, 0, [yI], [() => KI]],
    K3 = [3, m, TZ, 0, [ct, bZ], [0, 0], 2],
    NI = [3, m, MT, 0, [bT], [0]],
    Y3 = [3, m, See, 0, [wJ, SX], [0, 1], 2],
    Q3 = [
      3,
      m,
      oee,
      0,
      [pI, tI, va, lr, Ot, Pa, Gn],
      [0, () => ZI, 2, 0, 0, 1, 0],
      1,
    ],
    J3 = [3, m, see, 0, [QT, lr, St, JT], [() => kg, 0, () => fo, () => Nt]],
    X3 = [3, m, uee, 0, [cse, pB, Ot], [() => qie, [0, 4], 0], 1],
    Z3 = [3, m, dee, 0, [wg, St], [() => hH, () => Ha]],
    eG = [3, m, qZ, 0, [wI, yee, lB, xT], [() => Wt, 2, 0, () => mH]],
    PI = [
      3,
      m,
      kT,
      0,
      [
        PT,
        xB,
        _d,
        yd,
        XZ,
        lo,
        Ua,
        IB,
        Da,
        wd,
        Td,
        SF,
        uI,
        lI,
        UT,
        FT,
        EB,
        GJ,
        Oa,
        $T,
        WT,
        GT,
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
        () => LI,
        () => kI,
      ],
    ],
    tG = [3, m, aee, 0, [PT, xB, $T], [0, 0, 0]],
    rG = [
      3,
      m,
      fee,
      0,
      [lo, wd, IB, Da, Td, SF, uI, lI, EB, $T, WT, GT],
      [0, 0, 4, [0, 4], 0, 0, 0, 0, 0, 0, () => LI, () => kI],
      2,
    ],
    nG = [3, m, mee, 0, [kT], [() => PI]],
    oG = [3, m, CB, 0, [ZZ, YZ], [0, 0]],
    kI = [3, m, GT, 0, [BT, ni, MB, Dt, Br], [0, 0, 0, 128, () => qr]],
    sG = [3, m, RB, 0, [Fn, B, ni, Dt], [() => Nt, 0, 0, 128], 2],
    iG = [
      3,
      m,
      wee,
      0,
      [B, Fn, fg, va, Ot, ni, Dt],
      [0, () => Nt, 64, 2, 0, 0, 128],
      2,
    ],
    aG = [3, m, Tee, 0, [Bn, St], [() => Wr, () => fo]],
    cG = [3, m, _ee, 0, [$a], [0], 1],
    uG = [3, m, Aee, 0, [eF, nI], [0, 0]],
    dG = [
      3,
      m,
      $ee,
      0,
      [se, dr, pr, Vr, Gr, Vn],
      [0, () => zr, () => fr, () => Hr, () => zt, () => Va],
      3,
    ],
    lG = [3, m, Cee, 0, [se, XB], [0, () => po]],
    pG = [
      3,
      m,
      vee,
      0,
      [se, dr, pr, bg, QU, Vr, jT, Oa, HT, Gr, Vn],
      [0, () => zr, () => fr, 0, 2, () => HI, 1, 1, 0, () => zt, () => MI],
    ],
    fG = [
      3,
      m,
      Oee,
      0,
      [se, dr, pr, Vr, Gr],
      [0, () => zr, () => fr, () => Hr, () => zt],
    ],
    mG = [3, m, Pee, 0, [Ag, Sd, ri], [() => qV, () => Y2, () => c3]],
    MI = [3, m, Mee, 0, [sI, TI, fI], [1, 1, 0]],
    hG = [3, m, Lee, 0, [uo, rI], [0, () => yH]],
    vg = [3, m, Sg, 0, [rI, Uee, uB, qee, uo], [() => gH, 0, 4, 0, 0]],
    gG = [3, m, OB, 0, [se, ZB, Zre], [0, 1, () => po], 1],
    SG = [3, m, Qee, 0, [ct, mie], [0, 0]],
    yG = [3, m, Xee, 0, [Sd, ri], [() => X2, () => u3]],
    EG = [
      3,
      m,
      xte,
      0,
      [VT, PB, lo, Tg, mB, Eg, _d, yd],
      [0, 0, 0, () => Dg, 0, 0, 4, 4],
    ],
    $I = [
      3,
      m,
      YT,
      0,
      [
        VT,
        PB,
        lo,
        Ua,
        Da,
        Tg,
        jZ,
        mB,
        Eg,
        qT,
        zT,
        SI,
        _d,
        yd,
        qre,
        HB,
        pte,
        UT,
        FT,
      ],
      [
        0,
        0,
        0,
        0,
        0,
        () => Dg,
        1,
        0,
        0,
        () => UI,
        0,
        () => qI,
        4,
        4,
        1,
        1,
        1,
        0,
        0,
      ],
    ],
    bG = [
      3,
      m,
      Tte,
      0,
      [Tg, Eg, SI, Da, qT, zT],
      [() => Dg, 0, () => qI, [0, 4], () => UI, 0],
      3,
    ],
    xG = [3, m, Ite, 0, [YT], [() => $I], 1],
    LI = [3, m, WT, 0, [QZ, lee, gee], [4, 4, 0]],
    UI = [3, m, qT, 0, [DX], [() => o3]],
    BI = [3, m, KT, 0, [wd, Eg, Td, cI, zT], [0, 0, 0, 0, 0], 2],
    Ad = [3, m, Na, 0, [ote, uoe], [() => hae, 65]],
    wG = [3, m, Ste, 0, [Bn], [() => Wr]],
    TG = [3, m, _te, 0, [Pte, fg, va, ni, Dt], [() => Gie, 64, 2, 0, 128], 1],
    IG = [3, m, Ote, 0, [Ra, Nte], [0, 0], 2],
    _G = [3, m, Ate, 0, [xd, NT, CZ, bT], [0, 0, 0, 0]],
    FI = [3, m, vte, 0, [B, xd, MT], [0, 0, () => NI], 2],
    GI = [3, m, Dte, 0, [B, xd, NT, MT], [0, 0, 0, () => NI]],
    AG = [3, m, $te, 0, [B, Pa, ose, sse, ree, RT], [0, 1, 4, 4, 0, 0]],
    CG = [3, m, Lte, 0, [iB, qte], [() => Tie, 0]],
    RG = [3, m, Ute, 0, [XT, lr], [1, 0]],
    vG = [3, m, Bte, 0, [tB, lr], [() => Iie, 0]],
    DG = [3, m, Vte, 0, [B, lr, XT], [0, 0, 1]],
    OG = [3, m, Hte, 0, [dB, lr], [() => Rie, 0]],
    NG = [3, m, Yte, 0, [lo, XT, lr], [0, 1, 0]],
    PG = [3, m, Qte, 0, [TB, lr], [() => Die, 0]],
    kG = [3, m, Zte, 0, [nee, Pa, ct], [0, 1, 0]],
    MG = [3, m, ere, 0, [tte, Kte], [() => $ie, 0]],
    $G = [3, m, nre, 0, [lo, Wre, lr], [0, 1, 0]],
    LG = [3, m, ore, 0, [NB, lr], [() => Bie, 0]],
    UG = [3, m, mre, 0, [iee, Pa], [0, 1]],
    BG = [3, m, hre, 0, [tse, Jte], [64, 0]],
    FG = [3, m, Sre, 0, [$a, lr], [0, 0], 1],
    GG = [3, m, yre, 0, [bI, lr], [() => e_, 0]],
    VG = [3, m, lre, 0, [se, dr, pr], [0, () => zr, () => fr], 3],
    HG = [
      3,
      m,
      are,
      0,
      [se, dr, pr, jT, Oa, HT],
      [0, () => zr, () => fr, 1, 1, 0],
    ],
    zG = [3, m, ure, 0, [se, dr, pr], [0, () => zr, () => fr]],
    zt = [3, m, Gr, 0, [FB, ZT], [1, 1]],
    Ba = [3, m, ls, 0, [FB], [1]],
    VI = [3, m, eI, 0, [Rre, Td, wd, cI, uI, lI], [64, 0, 0, 0, 0, 0], 1],
    WG = [3, m, Kre, 0, [pI, tI, Gn], [0, () => ZI, 0], 1],
    qG = [3, m, zB, 0, [Mre, sF, tee, sre], [0, 1, 4, 4]],
    jG = [3, m, WB, 0, [kre, sF], [2, 1], 1],
    fr = [3, m, pr, 0, [Xre, Ire], [0, 64]],
    Hr = [3, m, Vr, 0, [Ed, Rg], [1, 1], 2],
    HI = [3, m, Qre, 0, [rre, zte, _re, Ed, Rg], [4, 4, 1, 1, 1]],
    Fa = [3, m, ps, 0, [Ed], [1]],
    KG = [
      3,
      m,
      tF,
      0,
      [Bn, B, ti, Dt, Br, Gn],
      [() => n_, 0, 0, 128, () => qr, 0],
      2,
    ],
    YG = [
      3,
      m,
      Ore,
      0,
      [B, Bn, LT, aI, Ot, bd, gd, ti, Dt, Br, Gn],
      [0, () => n_, () => r_, 0, 0, 0, 0, 0, 128, () => qr, 0],
      2,
    ],
    QG = [3, m, Pre, 0, [wT, St, Na], [() => Wr, () => fo, () => Ad]],
    JG = [3, m, jB, 0, [Bn], [() => n_], 1],
    XG = [3, m, Hre, 0, [$a, eF, bB, wX], [0, 0, 0, [2, { [gie]: xie }]], 2],
    ZG = [3, m, zre, 0, [nI], [0]],
    eV = [
      3,
      m,
      rne,
      0,
      [B, se, TF, fg, Pa, va, kB, tne, gd, moe, wB, Ot, ni, BT, MB, Dt, Br],
      [
        0,
        0,
        0,
        64,
        1,
        2,
        () => gae,
        () => wH,
        0,
        2,
        () => Nt,
        0,
        0,
        0,
        0,
        128,
        () => qr,
      ],
      1,
    ],
    tV = [
      3,
      m,
      nne,
      0,
      [QT, hB, mF, JT, St],
      [() => kg, 1, 1, () => Nt, () => fo],
    ],
    rV = [3, m, eoe, 0, [ct], [0]],
    nV = [
      3,
      m,
      sne,
      0,
      [ct, Fr, iF, cF, oI],
      [0, () => Jie, () => co, () => co, 0],
    ],
    oV = [3, m, ane, 0, [ct, _ne, Lne], [0, () => Xie, () => po], 1],
    sV = [
      3,
      m,
      lne,
      0,
      [ct, oI, une, Bne, Vne, xg, ps, ls, Vn, Fr, Rne, pF, yg],
      [
        0,
        0,
        0,
        0,
        0,
        0,
        () => Fa,
        () => Ba,
        () => jI,
        () => Zie,
        4,
        () => Og,
        0,
      ],
    ],
    iV = [3, m, fne, 0, [se, ps, ls], [0, () => Fa, () => Ba], 1],
    aV = [3, m, mne, 0, [se, bg, KB, JB], [0, 0, () => co, () => co]],
    cV = [3, m, gne, 0, [se, Gre], [0, () => po]],
    uV = [3, m, yne, 0, [se, ps, ls, Vn], [0, () => Fa, () => Ba, () => MI]],
    dV = [
      3,
      m,
      wne,
      0,
      [se, bg, YB, KB, ZB, JB],
      [0, 0, 1, () => co, 1, () => co],
      1,
    ],
    lV = [3, m, nF, 0, [se, YB, Fre], [0, 1, () => po], 1],
    pV = [
      3,
      m,
      Gne,
      0,
      [ct, oI, dne, aF, iF, Une, cF, xne, pF],
      [0, 0, () => AI, 1, () => co, 1, () => co, () => eae, () => Og],
      1,
    ],
    fV = [
      3,
      m,
      dF,
      0,
      [ct, aF, $ne, nF, zne],
      [0, 1, () => po, () => tae, 0],
      1,
    ],
    mV = [
      3,
      m,
      Ane,
      0,
      [Sd, Ag, ri, VZ],
      [() => e3, () => tH, () => f3, () => K3],
    ],
    hV = [3, m, Jne, 0, [Sd, ri], [() => Z2, () => p3]],
    gV = [3, m, lF, 0, [rF, vne, roe, bF], [4, 2, 0, 0], 2],
    SV = [
      3,
      m,
      qne,
      0,
      [DF, fd, ZU, vB, LB, ps, ls, yF, kF],
      [0, 0, 0, () => Pg, () => XI, () => Hr, () => zt, () => Ga, () => $g],
      2,
    ],
    yV = [3, m, jne, 0, [La], [() => si]],
    EV = [
      3,
      m,
      Yne,
      0,
      [DF, bF, Ioe, Bse, rF, ZU, vB, LB, ps, ls, yF, kF],
      [
        0,
        0,
        0,
        2,
        4,
        0,
        () => Pg,
        () => XI,
        () => Hr,
        () => zt,
        () => Ga,
        () => $g,
      ],
      1,
    ],
    bV = [3, m, Qne, 0, [La], [() => si]],
    Dg = [3, m, Tg, 0, [wd, Td, cI], [0, 0, 0], 1],
    xV = [
      3,
      m,
      loe,
      0,
      [B, se, fg, Pa, TF, doe, gd, wB, Ot, use, koe, ni, BT, Dt, Br, va],
      [0, 0, 64, 1, 0, () => wH, 0, () => Nt, 0, 1, 1, 0, 0, 128, () => qr, 2],
      1,
    ],
    wV = [
      3,
      m,
      hoe,
      0,
      [QT, hB, mF, JT, St],
      [() => kg, 1, 1, () => Nt, () => fo],
    ],
    TV = [3, m, Eoe, 0, [Bn, Noe], [() => Wr, 1]],
    IV = [3, m, xoe, 0, [Ra, woe], [0, 0], 2],
    _V = [
      3,
      m,
      Aoe,
      0,
      [B, se, _oe, Yoe, Ot, Dt, Br, ni, ioe],
      [0, 0, () => iae, 1, 0, 128, () => qr, 0, 0],
      4,
    ],
    AV = [3, m, Roe, 0, [St, yoe], [() => JI, () => sae]],
    CV = [
      3,
      m,
      xF,
      0,
      [B, Ua, dr, $oe, Vr, lo, RF, Gr, Oa, md],
      [0, 0, () => zr, 4, () => Hr, 0, 1, () => zt, 1, 0],
      5,
    ],
    RV = [
      3,
      m,
      wF,
      0,
      [ka, Fr, aoe, yI, dI, oi],
      [() => Wie, () => Pie, () => Cd, () => KI, () => zI, () => dae],
    ],
    zI = [3, m, dI, 0, [fI, EF, Rte, ute], [0, 0, 0, 4]],
    Ga = [3, m, _g, 0, [AB, EF, xg], [2, 0, 0]],
    vV = [
      3,
      m,
      ooe,
      0,
      [KT, eI, B, Da, ZT, QB],
      [() => BI, () => VI, 0, [0, 4], 1, 0],
      3,
    ],
    DV = [3, m, soe, 0, [AT], [() => RI], 1],
    Cd = [3, m, Ig, 0, [coe, voe], [2, 0], 1],
    WI = [3, m, hI, 0, [B, vF, fF], [0, 0, () => Yie]],
    Og = [3, m, _F, 0, [gI, UB], [0, 4]],
    qI = [
      3,
      m,
      SI,
      0,
      [B, pd, dr, md, Vr, Gr, _g, Fr, oi],
      [
        0,
        () => Ng,
        () => zr,
        0,
        () => Hr,
        () => zt,
        () => Ga,
        () => Pg,
        () => $g,
      ],
      3,
    ],
    si = [
      3,
      m,
      La,
      0,
      [
        pd,
        B,
        dr,
        vF,
        uB,
        Vr,
        RF,
        Oa,
        lo,
        Ua,
        eB,
        ka,
        Fr,
        Ig,
        pre,
        ire,
        Kee,
        fF,
        Yee,
        yg,
        lF,
        dI,
        qU,
        _F,
        OT,
        gB,
        Gr,
        Vn,
        BB,
        oi,
      ],
      [
        () => Ng,
        0,
        () => zr,
        0,
        4,
        () => HI,
        1,
        1,
        0,
        0,
        () => AI,
        () => zie,
        () => Nie,
        () => Cd,
        0,
        0,
        0,
        () => gH,
        () => Lie,
        0,
        () => gV,
        () => zI,
        () => x2,
        () => Og,
        2,
        2,
        () => zt,
        () => jI,
        0,
        () => uae,
      ],
    ],
    jI = [3, m, gse, 0, [sI, TI, fI], [1, 1, 0]],
    OV = [3, m, Sse, 0, [Fn, wI], [0, 0], 2],
    NV = [3, m, rse, 0, [$a, bI], [0, () => e_], 2],
    PV = [3, m, ase, 0, [Sie, yie], [0, 0]],
    KI = [3, m, yI, 0, [dse, Ra], [0, 0]],
    YI = [3, m, EI, 0, [AB, Ra], [2, 0], 2],
    kV = [3, m, Goe, 0, [RB], [() => sG], 1],
    MV = [3, m, Voe, 0, [AF, Ot], [() => aae, 0], 1],
    $V = [3, m, zoe, 0, [St, wg], [() => Ha, () => hH]],
    LV = [
      3,
      m,
      lse,
      0,
      [cB, tF, ri, Ag],
      [() => W2, () => KG, () => s3, () => GV],
    ],
    UV = [3, m, pse, 0, [AF, Ot, bd, pB], [() => cae, 0, 0, [0, 4]], 1],
    BV = [3, m, mse, 0, [St, Na], [() => Ha, () => TH]],
    FV = [3, m, Vse, 0, [$a, Qoe], [0, 64], 2],
    GV = [
      3,
      m,
      Ag,
      0,
      [Fn, PF, B, ti, Dt, Br, Gn],
      [() => Nt, 0, 0, 0, 128, () => qr, 0],
      3,
    ],
    VV = [3, m, Ese, 0, [B, WB], [0, () => jG], 2],
    HV = [3, m, bse, 0, [vT], [() => OI]],
    zV = [3, m, wse, 0, [B, fX, se, mg], [0, 0, 0, 0], 2],
    WV = [3, m, Tse, 0, [B, se, DT, mg], [0, 0, 0, 0]],
    qV = [3, m, Ise, 0, [se, Vr, Gr, Vn], [0, () => Hr, () => zt, () => Va], 1],
    jV = [3, m, Ase, 0, [uo, iI], [0, () => oae], 2],
    KV = [3, m, Cse, 0, [Sg], [() => vg]],
    YV = [
      3,
      m,
      vse,
      0,
      [uo, Fee, Wee, zee, OB, dF],
      [0, 0, 1, () => po, () => Mie, () => rae],
      1,
    ],
    QV = [3, m, Dse, 0, [uo, uF], [0, () => EH]],
    JV = [
      3,
      m,
      Nse,
      0,
      [B, Fn, YU, LT, gd, aI, Ot, bd, PF, ti, Dt, Br, Gn],
      [0, () => Nt, () => fae, () => r_, 0, 0, 0, 0, 0, 0, 128, () => qr, 0],
      2,
    ],
    XV = [3, m, Pse, 0, [wT, St, Na], [() => Wr, () => fo, () => Ad]],
    QI = [3, m, xI, 0, [bT], [0]],
    ZV = [3, m, Lse, 0, [B, xd, xI], [0, 0, () => QI], 2],
    eH = [3, m, Use, 0, [B, xd, NT, xI], [0, 0, 0, () => QI]],
    tH = [
      3,
      m,
      Gse,
      0,
      [ct, xg, ps, ls, Fr, IF],
      [0, 0, () => Fa, () => Ba, () => SH, 0],
      1,
    ],
    rH = [
      3,
      m,
      zse,
      0,
      [B, pd, md, Vr, DB, Ig, _g, iI, gI, OT, BB, ete, Gr, Vn, yg, gB, iie],
      [
        0,
        () => Ng,
        0,
        () => Hr,
        () => kie,
        () => Cd,
        () => Ga,
        () => nae,
        0,
        2,
        0,
        () => Uie,
        () => zt,
        () => Va,
        0,
        2,
        () => lae,
      ],
      1,
    ],
    nH = [3, m, Wse, 0, [La], [() => si]],
    oH = [
      3,
      m,
      jse,
      0,
      [B, DB, XB, iI],
      [0, () => Oie, () => po, () => Qie],
      1,
    ],
    sH = [3, m, Kse, 0, [hI], [() => WI]],
    iH = [3, m, Qse, 0, [B, EI], [0, () => YI], 2],
    aH = [3, m, Jse, 0, [EI], [() => YI]],
    Rd = [3, m, Xse, 0, [Ra], [0], 1],
    JI = [3, m, Zse, 0, [die, lie], [1, 1]],
    cH = [
      3,
      m,
      uie,
      0,
      [se, Cg, pr, hg, gg, Id],
      [0, () => Rd, () => fr, 1, 0, () => Mg],
      5,
    ],
    uH = [
      3,
      m,
      rie,
      0,
      [se, Id, pr, Cg, hg, gg, bg, QU, jT, Oa, HT],
      [0, () => Mg, () => fr, () => Rd, 1, 0, 0, 2, 1, 1, 0],
    ],
    dH = [
      3,
      m,
      oie,
      0,
      [se, Cg, Id, pr, hg, gg],
      [0, () => Rd, () => Mg, () => fr, 1, 0],
    ],
    lH = [3, m, cie, 0, [Sd, ri], [() => n3, () => E3]],
    Va = [3, m, Vn, 0, [sI, TI], [1, 1]],
    pH = [3, m, pie, 0, [jB, SB], [() => JG, () => m3]],
    fH = "unit",
    Ng = [1, m, pd, 0, () => w2],
    mH = [1, m, xT, 0, () => Wt],
    wie = [1, m, fJ, 0, () => I2],
    Tie = [1, m, iB, 0, () => R2],
    Iie = [1, m, tB, 0, () => U2],
    _ie = [1, m, LJ, 0, () => B2],
    Aie = [1, m, UJ, 0, () => F2],
    Cie = [1, m, xX, 0, () => z2],
    Ha = [1, m, aX, 0, () => fo],
    Rie = [1, m, dB, 0, () => q2],
    vie = [1, m, _B, 0, () => Y3],
    Die = [1, m, TB, 0, () => tG],
    Oie = [1, m, Ree, 0, () => lG],
    Nie = [1, m, Dee, 0, () => pG],
    Pie = [1, m, Fr, 0, () => fG],
    Pg = [1, m, Nee, 0, () => dG],
    kie = [1, m, kee, 0, () => mG],
    Mie = [1, m, Gee, 0, () => gG],
    $ie = [1, m, Vee, 0, () => hG],
    Lie = [1, m, Jee, 0, () => SG],
    Uie = [1, m, Zee, 0, () => yG],
    Bie = [1, m, NB, 0, () => EG],
    Fie = [1, m, ite, 0, () => Ad],
    kg = [1, m, fte, 0, () => Wr],
    hH = [1, m, yte, 0, () => wG],
    Gie = [1, m, Cte, 0, () => Nt],
    zr = [1, m, dr, 0, () => IG],
    Vie = [1, m, $B, 0, () => _G],
    Hie = [1, m, kte, 0, () => Wt],
    zie = [1, m, cre, 0, () => HG],
    Wie = [1, m, ka, 0, () => zG],
    XI = [1, m, dre, 0, () => VG],
    qie = [1, m, Yre, 0, () => WG],
    jie = [1, m, Ure, 0, () => k2],
    Kie = [1, m, Bre, 0, () => M2],
    ZI = [1, m, jre, 0, () => Wt],
    Yie = [1, m, ine, 0, () => nV],
    Qie = [1, m, cne, 0, () => oV],
    gH = [1, m, pne, 0, () => sV],
    Jie = [1, m, hne, 0, () => aV],
    Xie = [1, m, Sne, 0, () => cV],
    Zie = [1, m, Ene, 0, () => uV],
    SH = [1, m, bne, 0, () => iV],
    eae = [1, m, Tne, 0, () => dV],
    tae = [1, m, Ine, 0, () => lV],
    yH = [1, m, One, 0, () => rV],
    EH = [1, m, Fne, 0, () => pV],
    rae = [1, m, Hne, 0, () => fV],
    nae = [1, m, Cne, 0, () => mV],
    oae = [1, m, Xne, 0, () => hV],
    sae = [1, m, boe, 0, () => TV],
    Mg = [1, m, Id, 0, () => IV],
    iae = [1, m, Coe, 0, () => Wt],
    e_ = [1, m, Joe, 0, () => OV],
    t_ = [1, m, nse, 0, () => PV],
    aae = [1, m, Hoe, 0, () => kV],
    cae = [1, m, fse, 0, () => LV],
    uae = [1, m, nie, 0, () => uH],
    dae = [1, m, oi, 0, () => dH],
    $g = [1, m, sie, 0, () => cH],
    lae = [1, m, aie, 0, () => lH],
    pae = [1, m, fie, 0, () => pH],
    Wr = [2, m, cJ, 0, 0, () => Wt],
    fae = [2, m, YU, 0, 0, () => T2],
    bH = [2, m, DJ, 0, 0, () => TG],
    mae = [2, m, vJ, 0, 0, () => kg],
    xH = [2, m, QJ, 0, 0, () => pae],
    r_ = [2, m, zZ, 0, 0, () => eG],
    qr = [2, m, WZ, 0, 0, () => Wt],
    wH = [2, m, Eee, 0, 0, () => DI],
    hae = [2, m, ste, 0, 0, () => Wt],
    TH = [2, m, ate, 0, 0, () => Fie],
    Nt = [2, m, Fn, 0, 0, () => Wt],
    gae = [2, m, kB, 0, 0, () => DI],
    Sae = [2, m, xre, 0, 0, () => Wt],
    n_ = [2, m, Nre, 0, 0, () => Wt],
    SU = [2, m, poe, 0, 0, () => CI],
    yU = [2, m, foe, 0, 0, () => vI],
    yae = [2, m, eie, 0, 0, () => G2],
    Eae = [2, m, tie, 0, 0, () => JI],
    Wt = [
      4,
      m,
      bJ,
      0,
      [Ooe, Tre, JJ, Toe, Are, WJ, wre, bre, Cre, kJ],
      [0, 0, 21, 64, 64, 85, () => Sae, () => Hie, 2, 2],
    ],
    IH = [9, m, TJ, 0, () => v2, () => D2],
    _H = [9, m, AJ, 0, () => O2, () => N2],
    AH = [9, m, jJ, 0, () => $2, () => L2],
    CH = [9, m, nX, 0, () => V2, () => H2],
    RH = [9, m, XJ, 0, () => j2, () => K2],
    vH = [9, m, uX, 0, () => Q2, () => J2],
    DH = [9, m, AX, 0, () => t3, () => r3],
    OH = [9, m, OX, 0, () => i3, () => a3],
    NH = [9, m, iZ, 0, () => d3, () => l3],
    PH = [9, m, IZ, 0, () => h3, () => g3],
    kH = [9, m, RZ, 0, () => S3, () => y3],
    MH = [9, m, BX, 0, () => b3, () => x3],
    $H = [9, m, UX, 0, () => w3, () => T3],
    LH = [9, m, FX, 0, () => I3, () => _3],
    UH = [9, m, HX, 0, () => A3, () => C3],
    BH = [9, m, qX, 0, () => R3, () => v3],
    FH = [9, m, JX, 0, () => D3, () => O3],
    GH = [9, m, ZX, 0, () => N3, () => P3],
    VH = [9, m, rZ, 0, () => k3, () => M3],
    HH = [9, m, pZ, 0, () => $3, () => L3],
    zH = [9, m, fZ, 0, () => U3, () => B3],
    WH = [9, m, SZ, 0, () => F3, () => G3],
    qH = [9, m, BZ, 0, () => V3, () => H3],
    jH = [9, m, PZ, 0, () => z3, () => W3],
    KH = [9, m, $Z, 0, () => q3, () => j3],
    YH = [9, m, gZ, 0, () => FI, () => GI],
    QH = [9, m, JZ, 0, () => FI, () => GI],
    JH = [9, m, cee, 0, () => Q3, () => J3],
    XH = [9, m, hee, 0, () => X3, () => Z3],
    ZH = [9, m, pee, 0, () => rG, () => nG],
    e4 = [9, m, xee, 0, () => iG, () => aG],
    t4 = [9, m, Iee, 0, () => cG, () => uG],
    r4 = [9, m, wte, 0, () => bG, () => xG],
    n4 = [9, m, Mte, 0, () => AG, () => CG],
    o4 = [9, m, Fte, 0, () => RG, () => vG],
    s4 = [9, m, Gte, 0, () => DG, () => OG],
    i4 = [9, m, Wte, 0, () => NG, () => PG],
    a4 = [9, m, Xte, 0, () => kG, () => MG],
    c4 = [9, m, tre, 0, () => $G, () => LG],
    u4 = [9, m, fre, 0, () => UG, () => BG],
    d4 = [9, m, gre, 0, () => FG, () => GG],
    l4 = [9, m, vre, 0, () => YG, () => QG],
    p4 = [9, m, Vre, 0, () => XG, () => ZG],
    f4 = [9, m, ene, 0, () => eV, () => tV],
    m4 = [9, m, Wne, 0, () => SV, () => yV],
    h4 = [9, m, Kne, 0, () => EV, () => bV],
    g4 = [9, m, Poe, 0, () => xV, () => wV],
    S4 = [9, m, Doe, 0, () => _V, () => AV],
    y4 = [9, m, noe, 0, () => vV, () => DV],
    E4 = [9, m, ise, 0, () => NV, () => fH],
    b4 = [9, m, Woe, 0, () => MV, () => $V],
    x4 = [9, m, hse, 0, () => UV, () => BV],
    w4 = [9, m, Fse, 0, () => FV, () => fH],
    T4 = [9, m, yse, 0, () => VV, () => HV],
    I4 = [9, m, xse, 0, () => zV, () => WV],
    _4 = [9, m, _se, 0, () => jV, () => KV],
    A4 = [9, m, Rse, 0, () => YV, () => QV],
    C4 = [9, m, kse, 0, () => JV, () => XV],
    R4 = [9, m, $se, 0, () => ZV, () => eH],
    v4 = [9, m, Hse, 0, () => rH, () => nH],
    D4 = [9, m, qse, 0, () => oH, () => sH],
    O4 = [9, m, Yse, 0, () => iH, () => aH],
    Xu = class extends C(ds, R, "DescribeEndpoints", BH) {},
    bae = "3.1161.0",
    xae = { version: bae },
    gt = "ref",
    $r = "argv",
    Rt = -1,
    Yu = !0,
    Ia = !1,
    _a = "isSet",
    Qu = "booleanEquals",
    N4 = "PartitionResult",
    ht = "stringEquals",
    Lr = "getAttr",
    P4 = "parsedEndpoint",
    EU = "aws.parseArn",
    bU = (t) => "ParsedArn_ssa_" + t,
    xU = "service",
    mT = "dynamodb",
    Ju = "isValidHostLabel",
    wU = "accountId",
    TU = "FirstArn",
    IU = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
    _U = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
    AU = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}",
    CU = (t) =>
      "https://{ParsedArn_ssa_" +
      t +
      "#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}",
    us = { [gt]: "Region" },
    ST = { [gt]: N4 },
    RU = { fn: Lr, [$r]: [{ [gt]: P4 }, "authority"] },
    hT = { [gt]: "AccountIdEndpointMode" },
    vU = { fn: Lr, [$r]: [ST, "name"] },
    yT = { [gt]: "ParsedArn_ssa_2" },
    DU = { fn: Lr, [$r]: [yT, "region"] },
    OU = { [gt]: "ResourceArnList" },
    NU = { fn: Lr, [$r]: [{ [gt]: "ParsedArn_ssa_1" }, "region"] },
    PU = { [gt]: "ParsedArn_ssa_1" },
    kU = { [gt]: "AccountId" },
    ao = {},
    ur = { metricValues: ["O"] },
    MU = [us],
    $U = [{ [gt]: "Endpoint" }],
    LU = [{ [gt]: "ResourceArn" }],
    UU = {
      conditions: [
        [_a, MU],
        [_a, $U],
        [Qu, [{ [gt]: "UseFIPS" }, Yu]],
        [Qu, [{ [gt]: "UseDualStack" }, Yu]],
        ["aws.partition", MU, N4],
        [ht, [us, "local"]],
        [Qu, [{ fn: Lr, [$r]: [ST, "supportsFIPS"] }, Yu]],
        ["parseURL", $U, P4],
        [ht, ["dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", RU]],
        [Qu, [{ fn: Lr, [$r]: [ST, "supportsDualStack"] }, Yu]],
        [
          ht,
          ["search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", RU],
        ],
        [_a, [hT]],
        [ht, [us, "us-gov-east-1"]],
        [ht, [us, "cn-north-1"]],
        [ht, [us, "cn-northwest-1"]],
        [ht, [us, "us-gov-west-1"]],
        [ht, [vU, "aws"]],
        [ht, [hT, "disabled"]],
        [_a, LU],
        [EU, LU, bU(2)],
        [ht, [{ fn: Lr, [$r]: [yT, xU] }, mT]],
        [ht, [DU, us]],
        [Ju, [{ fn: Lr, [$r]: [yT, wU] }, Ia]],
        [Ju, [DU, Ia]],
        [_a, [OU]],
        [Lr, [OU, "[0]"], TU],
        [EU, [{ [gt]: TU }], bU(1)],
        [ht, [NU, us]],
        [ht, [{ fn: Lr, [$r]: [PU, xU] }, mT]],
        [Ju, [{ fn: Lr, [$r]: [PU, wU] }, Ia]],
        [Ju, [NU, Ia]],
        [_a, [kU]],
        [ht, [hT, "required"]],
        [Ju, [kU, Ia]],
        [ht, [vU, "aws-us-gov"]],
        [
          Qu,
          [{ fn: "coalesce", [$r]: [{ [gt]: "IsSearchOperation" }, Ia] }, Yu],
        ],
      ],
      results: [
        [Rt],
        [
          Rt,
          "Invalid Configuration: FIPS and custom endpoint are not supported",
        ],
        [
          Rt,
          "Invalid Configuration: Dualstack and custom endpoint are not supported",
        ],
        [
          Rt,
          "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html",
        ],
        ["{Endpoint}", ao],
        [
          Rt,
          "Invalid Configuration: FIPS and local endpoint are not supported",
        ],
        [
          Rt,
          "Invalid Configuration: Dualstack and local endpoint are not supported",
        ],
        [
          "http://localhost:8000",
          {
            authSchemes: [
              { name: "sigv4", signingName: mT, signingRegion: "us-east-1" },
            ],
          },
        ],
        [
          Rt,
          "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported",
        ],
        [
          "https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ao,
        ],
        [
          "https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ao,
        ],
        [
          Rt,
          "FIPS and DualStack are enabled, but this partition does not support one or both",
        ],
        ["https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}", ao],
        ["https://dynamodb.{Region}.{PartitionResult#dnsSuffix}", ao],
        [
          "https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}",
          ao,
        ],
        ["https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}", ao],
        [Rt, "FIPS is enabled but this partition does not support FIPS"],
        [
          Rt,
          "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region",
        ],
        [
          "https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ao,
        ],
        ["https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", ao],
        [IU(2), ur],
        [_U(2), ur],
        [IU(1), ur],
        [_U(1), ur],
        [
          "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ur,
        ],
        [
          "https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}",
          ur,
        ],
        [Rt, "Credentials-sourced account ID parameter is invalid"],
        [
          Rt,
          "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded",
        ],
        [
          Rt,
          "DualStack is enabled but this partition does not support DualStack",
        ],
        [AU(2), ur],
        [CU(2), ur],
        [AU(1), ur],
        [CU(1), ur],
        [
          "https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}",
          ur,
        ],
        ["https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}", ur],
        [Rt, "Invalid Configuration: Missing Region"],
      ],
    },
    wae = 2,
    N = 1e8,
    Tae = new Int32Array([
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
    Iae = yQ.from(Tae, wae, UU.conditions, UU.results),
    _ae = new EQ({
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
    Aae = (t, e = {}) =>
      _ae.get(t, () => bQ(Iae, { endpointParams: t, logger: e.logger }));
  xQ.aws = LY;
  var Cae = (t) => ({
      apiVersion: "2012-08-10",
      base64Decoder: t?.base64Decoder ?? BQ,
      base64Encoder: t?.base64Encoder ?? UQ,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? Aae,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? KQ,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (e) => e.getIdentityProvider("aws.auth#sigv4"),
          signer: new PQ(),
        },
      ],
      logger: t?.logger ?? new oQ(),
      protocol: t?.protocol ?? HQ,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.dynamodb",
        errorTypeRegistries: b2,
        xmlNamespace: "http://dynamodb.amazonaws.com/doc/2012-08-10/",
        version: "2012-08-10",
        serviceTarget: "DynamoDB_20120810",
        jsonCodec: new zQ(),
      },
      serviceId: t?.serviceId ?? "DynamoDB",
      sha256: t?.sha256 ?? WQ,
      urlParser: t?.urlParser ?? TQ,
      utf8Decoder: t?.utf8Decoder ?? LQ,
      utf8Encoder: t?.utf8Encoder ?? $Q,
    }),
    Rae = (t) => {
      sQ(process.version);
      let e = lQ(t),
        r = () => e().then(iQ),
        n = Cae(t);
      UY(process.version);
      let o = { profile: t?.profile, logger: n.logger };
      return {
        ...n,
        ...t,
        runtime: "node",
        defaultsMode: e,
        accountIdEndpointMode: t?.accountIdEndpointMode ?? io(MY, o),
        authSchemePreference: t?.authSchemePreference ?? io(kQ, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? FQ,
        credentialDefaultProvider: t?.credentialDefaultProvider ?? MQ,
        defaultSocketTimeout: FY(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ??
          BY({ serviceId: n.serviceId, clientVersion: xae.version }),
        endpointDiscoveryEnabledProvider:
          t?.endpointDiscoveryEnabledProvider ?? io(QY, o),
        maxAttempts:
          t?.maxAttempts ?? io(gT.v2026 ? { ...gU, default: 4 } : gU, t),
        region: t?.region ?? io(mQ, { ...hQ, ...o }),
        requestHandler: VQ.create(t?.requestHandler ?? r),
        retryMode:
          t?.retryMode ??
          io({ ...RQ, default: async () => (await r()).retryMode || CQ }, t),
        streamCollector: t?.streamCollector ?? GQ,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? io(fQ, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? io(pQ, o),
        userAgentAppId: t?.userAgentAppId ?? io(GY, o),
      };
    },
    vae = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        n = t.credentials;
      return {
        setHttpAuthScheme(o) {
          let s = e.findIndex((i) => i.schemeId === o.schemeId);
          s === -1 ? e.push(o) : e.splice(s, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          n = o;
        },
        credentials() {
          return n;
        },
      };
    },
    Dae = (t) => ({
      httpAuthSchemes: t.httpAuthSchemes(),
      httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
      credentials: t.credentials(),
    }),
    Oae = (t, e) => {
      let r = Object.assign(VY(t), aQ(t), IQ(t), vae(t));
      return (
        e.forEach((n) => n.configure(r)),
        Object.assign(t, HY(r), cQ(r), _Q(r), Dae(r))
      );
    },
    Ur = class extends FU {
      config;
      constructor(...[e]) {
        let r = Rae(e || {});
        (super(r), (this.initConfig = r));
        let n = QQ(r),
          o = $Y(n),
          s = zY(o),
          i = vQ(s, {
            defaultBaseDelay: gT.v2026 ? 25 : void 0,
            defaultMaxAttempts: gT.v2026 ? 4 : void 0,
          }),
          a = gQ(i),
          c = WY(a),
          u = wQ(c),
          l = YQ(u),
          f = JY(l, { endpointDiscoveryCommandCtor: Xu }),
          h = Oae(f, e?.extensions || []);
        ((this.config = h),
          this.middlewareStack.use(OQ(this.config)),
          this.middlewareStack.use(qY(this.config)),
          this.middlewareStack.use(DQ(this.config)),
          this.middlewareStack.use(AQ(this.config)),
          this.middlewareStack.use(jY(this.config)),
          this.middlewareStack.use(KY(this.config)),
          this.middlewareStack.use(YY(this.config)),
          this.middlewareStack.use(
            XY(this.config, {
              httpAuthSchemeParametersProvider: qQ,
              identityProviderConfigProvider: async (g) =>
                new ZY({ "aws.auth#sigv4": g.credentials }),
            }),
          ),
          this.middlewareStack.use(eQ(this.config)));
      }
      destroy() {
        super.destroy();
      }
    },
    yh = class extends C(ds, R, "BatchExecuteStatement", IH) {},
    Eh = class extends C(VU, R, "BatchGetItem", _H) {},
    bh = class extends C(VU, R, "BatchWriteItem", AH) {},
    xh = class extends C(HU, R, "CancelBulkOperation", CH) {},
    wh = class extends C(Se, R, "CreateBackup", RH) {},
    Th = class extends C(ld, R, "CreateGlobalTable", vH) {},
    Ih = class extends C(Se, R, "CreateTable", DH) {},
    _h = class extends C(zU, R, "DeleteBackup", OH) {},
    Ah = class extends C(Se, R, "DeleteItem", NH) {},
    Ch = class extends C(Ca, R, "DeleteResourcePolicy", PH) {},
    Rh = class extends C(Se, R, "DeleteTable", kH) {},
    vh = class extends C(zU, R, "DescribeBackup", MH) {},
    Zu = class extends C(HU, R, "DescribeBulkOperation", $H) {},
    Dh = class extends C(Se, R, "DescribeContinuousBackups", LH) {},
    ed = class extends C(Se, R, "DescribeContributorInsights", UH) {},
    td = class extends C(XQ, R, "DescribeExport", FH) {},
    Oh = class extends C(ld, R, "DescribeGlobalTable", GH) {},
    Nh = class extends C(ld, R, "DescribeGlobalTableSettings", VH) {},
    rd = class extends C(ZQ, R, "DescribeImport", HH) {},
    nd = class extends C(Se, R, "DescribeKinesisStreamingDestination", zH) {},
    Ph = class extends C(ds, R, "DescribeLimits", WH) {},
    Aa = class extends C(Se, R, "DescribeTable", qH) {},
    kh = class extends C(Se, R, "DescribeTableReplicaAutoScaling", jH) {},
    Mh = class extends C(Se, R, "DescribeTimeToLive", KH) {},
    $h = class extends C(Se, R, "DisableKinesisStreamingDestination", YH) {},
    Lh = class extends C(Se, R, "EnableKinesisStreamingDestination", QH) {},
    Uh = class extends C(ds, R, "ExecuteStatement", JH) {},
    Bh = class extends C(ds, R, "ExecuteTransaction", XH) {},
    Fh = class extends C(ET, R, "ExportTableToPointInTime", ZH) {},
    Gh = class extends C(Se, R, "GetItem", e4) {},
    Vh = class extends C(Ca, R, "GetResourcePolicy", t4) {},
    Hh = class extends C(eJ, R, "ImportTable", r4) {},
    zh = class extends C(Se, R, "ListBackups", n4) {},
    od = class extends C(ds, R, "ListBulkOperations", o4) {},
    sd = class extends C(Se, R, "ListContributorInsights", s4) {},
    id = class extends C(ET, R, "ListExports", i4) {},
    Wh = class extends C(ds, R, "ListGlobalTables", a4) {},
    ad = class extends C(ET, R, "ListImports", c4) {},
    cd = class extends C(ds, R, "ListTables", u4) {},
    qh = class extends C(Ca, R, "ListTagsOfResource", d4) {},
    jh = class extends C(Se, R, "PutItem", l4) {},
    Kh = class extends C(Ca, R, "PutResourcePolicy", p4) {},
    ud = class extends C(Se, R, "Query", f4) {},
    Yh = class extends C(WU, R, "RestoreTableFromBackup", m4) {},
    Qh = class extends C(WU, R, "RestoreTableToPointInTime", h4) {},
    dd = class extends C(Se, R, "Scan", g4) {},
    Jh = class extends C(tJ, R, "SearchVectors", S4) {},
    Xh = class extends C(Se, R, "StartBulkPutItems", y4) {},
    Zh = class extends C(Ca, R, "TagResource", E4) {},
    eg = class extends C(rJ, R, "TransactGetItems", b4) {},
    tg = class extends C(nJ, R, "TransactWriteItems", x4) {},
    rg = class extends C(Ca, R, "UntagResource", w4) {},
    ng = class extends C(Se, R, "UpdateContinuousBackups", T4) {},
    og = class extends C(Se, R, "UpdateContributorInsights", I4) {},
    sg = class extends C(ld, R, "UpdateGlobalTable", _4) {},
    ig = class extends C(ld, R, "UpdateGlobalTableSettings", A4) {},
    ag = class extends C(Se, R, "UpdateItem", C4) {},
    cg = class extends C(Se, R, "UpdateKinesisStreamingDestination", R4) {},
    ug = class extends C(Se, R, "UpdateTable", v4) {},
    dg = class extends C(Se, R, "UpdateTableReplicaAutoScaling", D4) {},
    lg = class extends C(Se, R, "UpdateTimeToLive", O4) {},
    k4 = Zs(Ur, od, "NextToken", "NextToken", "MaxResults"),
    M4 = Zs(Ur, sd, "NextToken", "NextToken", "MaxResults"),
    $4 = Zs(Ur, id, "NextToken", "NextToken", "MaxResults"),
    L4 = Zs(Ur, ad, "NextToken", "NextToken", "PageSize"),
    U4 = Zs(
      Ur,
      cd,
      "ExclusiveStartTableName",
      "LastEvaluatedTableName",
      "Limit",
    ),
    B4 = Zs(Ur, ud, "ExclusiveStartKey", "LastEvaluatedKey", "Limit"),
    F4 = Zs(Ur, dd, "ExclusiveStartKey", "LastEvaluatedKey", "Limit"),
    G4 = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Zu(e));
        r = n;
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "COMPLETED")
            return { state: xe.SUCCESS, reason: r };
        } catch {}
        try {
          if (
            n.BulkOperationDescription.BulkOperationStatus ===
            "COMPLETED_WITH_ERRORS"
          )
            return { state: xe.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "CANCELLED")
            return { state: xe.FAILURE, reason: r };
        } catch {}
        try {
          if (n.BulkOperationDescription.BulkOperationStatus === "FAILED")
            return { state: xe.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: xe.RETRY, reason: r };
    },
    Nae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, G4),
    V4 = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, G4);
      return ei(n);
    },
    H4 = async (t, e) => {
      let r;
      try {
        let n = await t.send(new ed(e));
        r = n;
        try {
          if (n.ContributorInsightsStatus === "ENABLED")
            return { state: xe.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ContributorInsightsStatus === "FAILED")
            return { state: xe.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: xe.RETRY, reason: r };
    },
    Pae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, H4),
    z4 = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, H4);
      return ei(n);
    },
    W4 = async (t, e) => {
      let r;
      try {
        let n = await t.send(new td(e));
        r = n;
        try {
          if (n.ExportDescription.ExportStatus === "COMPLETED")
            return { state: xe.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ExportDescription.ExportStatus === "FAILED")
            return { state: xe.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: xe.RETRY, reason: r };
    },
    kae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, W4),
    q4 = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, W4);
      return ei(n);
    },
    j4 = async (t, e) => {
      let r;
      try {
        let n = await t.send(new rd(e));
        r = n;
        try {
          if (n.ImportTableDescription.ImportStatus === "COMPLETED")
            return { state: xe.SUCCESS, reason: r };
        } catch {}
        try {
          if (n.ImportTableDescription.ImportStatus === "FAILED")
            return { state: xe.FAILURE, reason: r };
        } catch {}
        try {
          if (n.ImportTableDescription.ImportStatus === "CANCELLED")
            return { state: xe.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: xe.RETRY, reason: r };
    },
    Mae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, j4),
    K4 = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, j4);
      return ei(n);
    },
    Y4 = async (t, e) => {
      let r;
      try {
        let n = await t.send(new nd(e));
        r = n;
        try {
          let o = () =>
            []
              .concat(...n.KinesisDataStreamDestinations)
              .map((a) => a.DestinationStatus);
          for (let s of o())
            if (s == "ACTIVE") return { state: xe.SUCCESS, reason: r };
        } catch {}
        try {
          if (
            (() => {
              let s = n.KinesisDataStreamDestinations.filter(
                (i) =>
                  (i.DestinationStatus == "DISABLED" ||
                    i.DestinationStatus == "ENABLE_FAILED") &&
                  (i.DestinationStatus == "ENABLE_FAILED" ||
                    i.DestinationStatus == "DISABLED"),
              );
              return (
                n.KinesisDataStreamDestinations.length > 0 &&
                s.length == n.KinesisDataStreamDestinations.length
              );
            })() == !0
          )
            return { state: xe.FAILURE, reason: r };
        } catch {}
      } catch (n) {
        r = n;
      }
      return { state: xe.RETRY, reason: r };
    },
    $ae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Y4),
    Q4 = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Y4);
      return ei(n);
    },
    J4 = async (t, e) => {
      let r;
      try {
        let n = await t.send(new Aa(e));
        r = n;
        try {
          if (n.Table.TableStatus === "ACTIVE")
            return { state: xe.SUCCESS, reason: r };
        } catch {}
      } catch (n) {
        if (((r = n), n.name === "ResourceNotFoundException"))
          return { state: xe.RETRY, reason: r };
      }
      return { state: xe.RETRY, reason: r };
    },
    Lae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, J4),
    X4 = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, J4);
      return ei(n);
    },
    Z4 = async (t, e) => {
      let r;
      try {
        r = await t.send(new Aa(e));
      } catch (n) {
        if (((r = n), n.name === "ResourceNotFoundException"))
          return { state: xe.SUCCESS, reason: r };
      }
      return { state: xe.RETRY, reason: r };
    },
    Uae = async (t, e) =>
      vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Z4),
    ez = async (t, e) => {
      let n = await vt({ ...{ minDelay: 20, maxDelay: 120 }, ...t }, e, Z4);
      return ei(n);
    },
    Bae = {
      BatchExecuteStatementCommand: yh,
      BatchGetItemCommand: Eh,
      BatchWriteItemCommand: bh,
      CancelBulkOperationCommand: xh,
      CreateBackupCommand: wh,
      CreateGlobalTableCommand: Th,
      CreateTableCommand: Ih,
      DeleteBackupCommand: _h,
      DeleteItemCommand: Ah,
      DeleteResourcePolicyCommand: Ch,
      DeleteTableCommand: Rh,
      DescribeBackupCommand: vh,
      DescribeBulkOperationCommand: Zu,
      DescribeContinuousBackupsCommand: Dh,
      DescribeContributorInsightsCommand: ed,
      DescribeEndpointsCommand: Xu,
      DescribeExportCommand: td,
      DescribeGlobalTableCommand: Oh,
      DescribeGlobalTableSettingsCommand: Nh,
      DescribeImportCommand: rd,
      DescribeKinesisStreamingDestinationCommand: nd,
      DescribeLimitsCommand: Ph,
      DescribeTableCommand: Aa,
      DescribeTableReplicaAutoScalingCommand: kh,
      DescribeTimeToLiveCommand: Mh,
      DisableKinesisStreamingDestinationCommand: $h,
      EnableKinesisStreamingDestinationCommand: Lh,
      ExecuteStatementCommand: Uh,
      ExecuteTransactionCommand: Bh,
      ExportTableToPointInTimeCommand: Fh,
      GetItemCommand: Gh,
      GetResourcePolicyCommand: Vh,
      ImportTableCommand: Hh,
      ListBackupsCommand: zh,
      ListBulkOperationsCommand: od,
      ListContributorInsightsCommand: sd,
      ListExportsCommand: id,
      ListGlobalTablesCommand: Wh,
      ListImportsCommand: ad,
      ListTablesCommand: cd,
      ListTagsOfResourceCommand: qh,
      PutItemCommand: jh,
      PutResourcePolicyCommand: Kh,
      QueryCommand: ud,
      RestoreTableFromBackupCommand: Yh,
      RestoreTableToPointInTimeCommand: Qh,
      ScanCommand: dd,
      SearchVectorsCommand: Jh,
      StartBulkPutItemsCommand: Xh,
      TagResourceCommand: Zh,
      TransactGetItemsCommand: eg,
      TransactWriteItemsCommand: tg,
      UntagResourceCommand: rg,
      UpdateContinuousBackupsCommand: ng,
      UpdateContributorInsightsCommand: og,
      UpdateGlobalTableCommand: sg,
      UpdateGlobalTableSettingsCommand: ig,
      UpdateItemCommand: ag,
      UpdateKinesisStreamingDestinationCommand: cg,
      UpdateTableCommand: ug,
      UpdateTableReplicaAutoScalingCommand: dg,
      UpdateTimeToLiveCommand: lg,
    },
    Fae = {
      paginateListBulkOperations: k4,
      paginateListContributorInsights: M4,
      paginateListExports: $4,
      paginateListImports: L4,
      paginateListTables: U4,
      paginateQuery: B4,
      paginateScan: F4,
    },
    Gae = {
      waitUntilBulkOperationCompleted: V4,
      waitUntilContributorInsightsEnabled: z4,
      waitUntilExportCompleted: q4,
      waitUntilImportCompleted: K4,
      waitUntilKinesisStreamingDestinationActive: Q4,
      waitUntilTableExists: X4,
      waitUntilTableNotExists: ez,
    },
    pg = class extends Ur {};
  uQ(Bae, pg, { paginators: Fae, waiters: Gae });
  var Vae = { MICROSECOND: "MICROSECOND", MILLISECOND: "MILLISECOND" },
    Hae = { ADD: "ADD", DELETE: "DELETE", PUT: "PUT" },
    zae = { B: "B", N: "N", S: "S" },
    Wae = { AVAILABLE: "AVAILABLE", CREATING: "CREATING", DELETED: "DELETED" },
    qae = { AWS_BACKUP: "AWS_BACKUP", SYSTEM: "SYSTEM", USER: "USER" },
    jae = { PAY_PER_REQUEST: "PAY_PER_REQUEST", PROVISIONED: "PROVISIONED" },
    Kae = { HASH: "HASH", RANGE: "RANGE" },
    Yae = { ALL: "ALL", INCLUDE: "INCLUDE", KEYS_ONLY: "KEYS_ONLY" },
    Qae = { AES256: "AES256", KMS: "KMS" },
    Jae = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      UPDATING: "UPDATING",
    },
    Xae = {
      KEYS_ONLY: "KEYS_ONLY",
      NEW_AND_OLD_IMAGES: "NEW_AND_OLD_IMAGES",
      NEW_IMAGE: "NEW_IMAGE",
      OLD_IMAGE: "OLD_IMAGE",
    },
    Zae = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
    },
    ece = {
      COSINE: "COSINE",
      DOT_PRODUCT: "DOT_PRODUCT",
      EUCLIDEAN: "EUCLIDEAN",
    },
    tce = { HASH: "HASH", INLINE_FILTER: "INLINE_FILTER" },
    rce = {
      ALL: "ALL",
      AWS_BACKUP: "AWS_BACKUP",
      SYSTEM: "SYSTEM",
      USER: "USER",
    },
    nce = { INDEXES: "INDEXES", NONE: "NONE", TOTAL: "TOTAL" },
    oce = { ALL_OLD: "ALL_OLD", NONE: "NONE" },
    sce = {
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
    ice = { NONE: "NONE", SIZE: "SIZE" },
    ace = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      COMPLETED: "COMPLETED",
      COMPLETED_WITH_ERRORS: "COMPLETED_WITH_ERRORS",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    cce = { GZIP: "GZIP", NONE: "NONE", ZSTD: "ZSTD" },
    uce = { DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    dce = {
      CONDITION_CHECK_FAILURE: "CONDITION_CHECK_FAILURE",
      ERROR: "ERROR",
    },
    lce = { AES256: "AES256", KMS: "KMS" },
    pce = { ACCELERATED: "ACCELERATED", STANDARD: "STANDARD" },
    fce = {
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
    mce = { AND: "AND", OR: "OR" },
    hce = { DISABLED: "DISABLED", ENABLED: "ENABLED" },
    gce = { DISABLED: "DISABLED", ENABLED: "ENABLED" },
    Sce = { DISABLE: "DISABLE", ENABLE: "ENABLE" },
    yce = {
      ACCESSED_AND_THROTTLED_KEYS: "ACCESSED_AND_THROTTLED_KEYS",
      THROTTLED_KEYS: "THROTTLED_KEYS",
    },
    Ece = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      FAILED: "FAILED",
    },
    bce = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING",
    },
    xce = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING",
    },
    wce = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED",
      ENABLED_WITH_OVERRIDES: "ENABLED_WITH_OVERRIDES",
    },
    Tce = {
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
    Ice = {
      STANDARD: "STANDARD",
      STANDARD_INFREQUENT_ACCESS: "STANDARD_INFREQUENT_ACCESS",
    },
    _ce = {
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
    Ace = { ACTIVE: "ACTIVE", CREATING: "CREATING", DELETING: "DELETING" },
    Cce = { EVENTUAL: "EVENTUAL", STRONG: "STRONG" },
    Rce = {
      ALL_NEW: "ALL_NEW",
      ALL_OLD: "ALL_OLD",
      NONE: "NONE",
      UPDATED_NEW: "UPDATED_NEW",
      UPDATED_OLD: "UPDATED_OLD",
    },
    vce = { DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    Dce = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    Oce = {
      FULL_EXPORT: "FULL_EXPORT",
      INCREMENTAL_EXPORT: "INCREMENTAL_EXPORT",
    },
    Nce = { NEW_AND_OLD_IMAGES: "NEW_AND_OLD_IMAGES", NEW_IMAGE: "NEW_IMAGE" },
    Pce = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
    },
    kce = { CSV: "CSV", DYNAMODB_JSON: "DYNAMODB_JSON", ION: "ION" },
    Mce = {
      ACTIVE: "ACTIVE",
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLE_FAILED: "ENABLE_FAILED",
      ENABLING: "ENABLING",
      UPDATING: "UPDATING",
    },
    $ce = { WAIT_FOR_REPLICATION: "WAIT_FOR_REPLICATION" },
    Lce = {
      ALL_ATTRIBUTES: "ALL_ATTRIBUTES",
      ALL_PROJECTED_ATTRIBUTES: "ALL_PROJECTED_ATTRIBUTES",
      COUNT: "COUNT",
      SPECIFIC_ATTRIBUTES: "SPECIFIC_ATTRIBUTES",
    };
  d.ApproximateCreationDateTimePrecision = Vae;
  d.ArchivalSummary$ = x2;
  d.AttributeAction = Hae;
  d.AttributeDefinition$ = w2;
  d.AttributeValue$ = Wt;
  d.AttributeValueUpdate$ = T2;
  d.AutoScalingPolicyDescription$ = I2;
  d.AutoScalingPolicyUpdate$ = _2;
  d.AutoScalingSettingsDescription$ = co;
  d.AutoScalingSettingsUpdate$ = po;
  d.AutoScalingTargetTrackingScalingPolicyConfigurationDescription$ = A2;
  d.AutoScalingTargetTrackingScalingPolicyConfigurationUpdate$ = C2;
  d.BackupDescription$ = II;
  d.BackupDetails$ = _I;
  d.BackupInUseException = Lm;
  d.BackupInUseException$ = BF;
  d.BackupNotFoundException = Um;
  d.BackupNotFoundException$ = FF;
  d.BackupStatus = Wae;
  d.BackupSummary$ = R2;
  d.BackupType = qae;
  d.BackupTypeFilter = rce;
  d.BatchExecuteStatement$ = IH;
  d.BatchExecuteStatementCommand = yh;
  d.BatchExecuteStatementInput$ = v2;
  d.BatchExecuteStatementOutput$ = D2;
  d.BatchGetItem$ = _H;
  d.BatchGetItemCommand = Eh;
  d.BatchGetItemInput$ = O2;
  d.BatchGetItemOutput$ = N2;
  d.BatchStatementError$ = P2;
  d.BatchStatementErrorCodeEnum = sce;
  d.BatchStatementRequest$ = k2;
  d.BatchStatementResponse$ = M2;
  d.BatchWriteItem$ = AH;
  d.BatchWriteItemCommand = bh;
  d.BatchWriteItemInput$ = $2;
  d.BatchWriteItemOutput$ = L2;
  d.BillingMode = jae;
  d.BillingModeSummary$ = AI;
  d.BulkOperationBytes$ = CI;
  d.BulkOperationDescription$ = RI;
  d.BulkOperationInputFormat = uce;
  d.BulkOperationPerformanceTier = pce;
  d.BulkOperationStatus = ace;
  d.BulkOperationSummary$ = U2;
  d.BulkOperationTableDetail$ = B2;
  d.BulkOperationUsage$ = F2;
  d.BulkOperationVectorBytes$ = G2;
  d.CancelBulkOperation$ = CH;
  d.CancelBulkOperationCommand = xh;
  d.CancelBulkOperationInput$ = V2;
  d.CancelBulkOperationOutput$ = H2;
  d.CancellationReason$ = z2;
  d.Capacity$ = vI;
  d.ComparisonOperator = fce;
  d.Condition$ = DI;
  d.ConditionCheck$ = W2;
  d.ConditionalCheckFailedException = gh;
  d.ConditionalCheckFailedException$ = GF;
  d.ConditionalOperator = mce;
  d.ConsumedCapacity$ = fo;
  d.ContinuousBackupsDescription$ = OI;
  d.ContinuousBackupsStatus = hce;
  d.ContinuousBackupsUnavailableException = jm;
  d.ContinuousBackupsUnavailableException$ = VF;
  d.ContributorInsightsAction = Sce;
  d.ContributorInsightsMode = yce;
  d.ContributorInsightsStatus = Ece;
  d.ContributorInsightsSummary$ = q2;
  d.CreateBackup$ = RH;
  d.CreateBackupCommand = wh;
  d.CreateBackupInput$ = j2;
  d.CreateBackupOutput$ = K2;
  d.CreateGlobalSecondaryIndexAction$ = Y2;
  d.CreateGlobalTable$ = vH;
  d.CreateGlobalTableCommand = Th;
  d.CreateGlobalTableInput$ = Q2;
  d.CreateGlobalTableOutput$ = J2;
  d.CreateGlobalTableWitnessGroupMemberAction$ = X2;
  d.CreateReplicaAction$ = Z2;
  d.CreateReplicationGroupMemberAction$ = e3;
  d.CreateTable$ = DH;
  d.CreateTableCommand = Ih;
  d.CreateTableInput$ = t3;
  d.CreateTableOutput$ = r3;
  d.CreateVectorIndexAction$ = n3;
  d.CsvOptions$ = o3;
  d.Delete$ = s3;
  d.DeleteBackup$ = OH;
  d.DeleteBackupCommand = _h;
  d.DeleteBackupInput$ = i3;
  d.DeleteBackupOutput$ = a3;
  d.DeleteGlobalSecondaryIndexAction$ = c3;
  d.DeleteGlobalTableWitnessGroupMemberAction$ = u3;
  d.DeleteItem$ = NH;
  d.DeleteItemCommand = Ah;
  d.DeleteItemInput$ = d3;
  d.DeleteItemOutput$ = l3;
  d.DeleteReplicaAction$ = p3;
  d.DeleteReplicationGroupMemberAction$ = f3;
  d.DeleteRequest$ = m3;
  d.DeleteResourcePolicy$ = PH;
  d.DeleteResourcePolicyCommand = Ch;
  d.DeleteResourcePolicyInput$ = h3;
  d.DeleteResourcePolicyOutput$ = g3;
  d.DeleteTable$ = kH;
  d.DeleteTableCommand = Rh;
  d.DeleteTableInput$ = S3;
  d.DeleteTableOutput$ = y3;
  d.DeleteVectorIndexAction$ = E3;
  d.DescribeBackup$ = MH;
  d.DescribeBackupCommand = vh;
  d.DescribeBackupInput$ = b3;
  d.DescribeBackupOutput$ = x3;
  d.DescribeBulkOperation$ = $H;
  d.DescribeBulkOperationCommand = Zu;
  d.DescribeBulkOperationInput$ = w3;
  d.DescribeBulkOperationOutput$ = T3;
  d.DescribeContinuousBackups$ = LH;
  d.DescribeContinuousBackupsCommand = Dh;
  d.DescribeContinuousBackupsInput$ = I3;
  d.DescribeContinuousBackupsOutput$ = _3;
  d.DescribeContributorInsights$ = UH;
  d.DescribeContributorInsightsCommand = ed;
  d.DescribeContributorInsightsInput$ = A3;
  d.DescribeContributorInsightsOutput$ = C3;
  d.DescribeEndpoints$ = BH;
  d.DescribeEndpointsCommand = Xu;
  d.DescribeEndpointsRequest$ = R3;
  d.DescribeEndpointsResponse$ = v3;
  d.DescribeExport$ = FH;
  d.DescribeExportCommand = td;
  d.DescribeExportInput$ = D3;
  d.DescribeExportOutput$ = O3;
  d.DescribeGlobalTable$ = GH;
  d.DescribeGlobalTableCommand = Oh;
  d.DescribeGlobalTableInput$ = N3;
  d.DescribeGlobalTableOutput$ = P3;
  d.DescribeGlobalTableSettings$ = VH;
  d.DescribeGlobalTableSettingsCommand = Nh;
  d.DescribeGlobalTableSettingsInput$ = k3;
  d.DescribeGlobalTableSettingsOutput$ = M3;
  d.DescribeImport$ = HH;
  d.DescribeImportCommand = rd;
  d.DescribeImportInput$ = $3;
  d.DescribeImportOutput$ = L3;
  d.DescribeKinesisStreamingDestination$ = zH;
  d.DescribeKinesisStreamingDestinationCommand = nd;
  d.DescribeKinesisStreamingDestinationInput$ = U3;
  d.DescribeKinesisStreamingDestinationOutput$ = B3;
  d.DescribeLimits$ = WH;
  d.DescribeLimitsCommand = Ph;
  d.DescribeLimitsInput$ = F3;
  d.DescribeLimitsOutput$ = G3;
  d.DescribeTable$ = qH;
  d.DescribeTableCommand = Aa;
  d.DescribeTableInput$ = V3;
  d.DescribeTableOutput$ = H3;
  d.DescribeTableReplicaAutoScaling$ = jH;
  d.DescribeTableReplicaAutoScalingCommand = kh;
  d.DescribeTableReplicaAutoScalingInput$ = z3;
  d.DescribeTableReplicaAutoScalingOutput$ = W3;
  d.DescribeTimeToLive$ = KH;
  d.DescribeTimeToLiveCommand = Mh;
  d.DescribeTimeToLiveInput$ = q3;
  d.DescribeTimeToLiveOutput$ = j3;
  d.DestinationStatus = Mce;
  d.DisableKinesisStreamingDestination$ = YH;
  d.DisableKinesisStreamingDestinationCommand = $h;
  d.DisassociateReplicationGroupMemberAction$ = K3;
  d.DisassociationMode = $ce;
  d.DuplicateItemException = oh;
  d.DuplicateItemException$ = HF;
  d.DynamoDB = pg;
  d.DynamoDBClient = Ur;
  d.DynamoDBServiceException = z;
  d.DynamoDBServiceException$ = UF;
  d.EnableKinesisStreamingConfiguration$ = NI;
  d.EnableKinesisStreamingDestination$ = QH;
  d.EnableKinesisStreamingDestinationCommand = Lh;
  d.Endpoint$ = Y3;
  d.ExecuteStatement$ = JH;
  d.ExecuteStatementCommand = Uh;
  d.ExecuteStatementInput$ = Q3;
  d.ExecuteStatementOutput$ = J3;
  d.ExecuteTransaction$ = XH;
  d.ExecuteTransactionCommand = Bh;
  d.ExecuteTransactionInput$ = X3;
  d.ExecuteTransactionOutput$ = Z3;
  d.ExpectedAttributeValue$ = eG;
  d.ExportConflictException = ah;
  d.ExportConflictException$ = zF;
  d.ExportDescription$ = PI;
  d.ExportFormat = vce;
  d.ExportNotFoundException = th;
  d.ExportNotFoundException$ = WF;
  d.ExportStatus = Dce;
  d.ExportSummary$ = tG;
  d.ExportTableToPointInTime$ = ZH;
  d.ExportTableToPointInTimeCommand = Fh;
  d.ExportTableToPointInTimeInput$ = rG;
  d.ExportTableToPointInTimeOutput$ = nG;
  d.ExportType = Oce;
  d.ExportViewType = Nce;
  d.FailureException$ = oG;
  d.FilterSpecification$ = kI;
  d.Get$ = sG;
  d.GetItem$ = e4;
  d.GetItemCommand = Gh;
  d.GetItemInput$ = iG;
  d.GetItemOutput$ = aG;
  d.GetResourcePolicy$ = t4;
  d.GetResourcePolicyCommand = Vh;
  d.GetResourcePolicyInput$ = cG;
  d.GetResourcePolicyOutput$ = uG;
  d.GlobalSecondaryIndex$ = dG;
  d.GlobalSecondaryIndexAutoScalingUpdate$ = lG;
  d.GlobalSecondaryIndexDescription$ = pG;
  d.GlobalSecondaryIndexInfo$ = fG;
  d.GlobalSecondaryIndexUpdate$ = mG;
  d.GlobalSecondaryIndexWarmThroughputDescription$ = MI;
  d.GlobalTable$ = hG;
  d.GlobalTableAlreadyExistsException = Jm;
  d.GlobalTableAlreadyExistsException$ = qF;
  d.GlobalTableDescription$ = vg;
  d.GlobalTableGlobalSecondaryIndexSettingsUpdate$ = gG;
  d.GlobalTableNotFoundException = rh;
  d.GlobalTableNotFoundException$ = jF;
  d.GlobalTableSettingsReplicationMode = wce;
  d.GlobalTableStatus = bce;
  d.GlobalTableWitnessDescription$ = SG;
  d.GlobalTableWitnessGroupUpdate$ = yG;
  d.IdempotentParameterMismatchException = sh;
  d.IdempotentParameterMismatchException$ = KF;
  d.ImportConflictException = dh;
  d.ImportConflictException$ = YF;
  d.ImportNotFoundException = nh;
  d.ImportNotFoundException$ = QF;
  d.ImportStatus = Pce;
  d.ImportSummary$ = EG;
  d.ImportTable$ = r4;
  d.ImportTableCommand = Hh;
  d.ImportTableDescription$ = $I;
  d.ImportTableInput$ = bG;
  d.ImportTableOutput$ = xG;
  d.IncrementalExportSpecification$ = LI;
  d.IndexNotFoundException = hh;
  d.IndexNotFoundException$ = JF;
  d.IndexStatus = xce;
  d.InputCompressionType = cce;
  d.InputFormat = kce;
  d.InputFormatOptions$ = UI;
  d.InputS3Configuration$ = BI;
  d.InternalServerError = Bm;
  d.InternalServerError$ = XF;
  d.InvalidEndpointException = Vm;
  d.InvalidEndpointException$ = ZF;
  d.InvalidExportTimeException = ch;
  d.InvalidExportTimeException$ = e2;
  d.InvalidRestoreTimeException = ph;
  d.InvalidRestoreTimeException$ = t2;
  d.ItemCollectionMetrics$ = Ad;
  d.ItemCollectionSizeLimitExceededException = Wm;
  d.ItemCollectionSizeLimitExceededException$ = r2;
  d.ItemResponse$ = wG;
  d.KeySchemaElement$ = IG;
  d.KeyType = Kae;
  d.KeysAndAttributes$ = TG;
  d.KinesisDataStreamDestination$ = _G;
  d.KinesisStreamingDestinationInput$ = FI;
  d.KinesisStreamingDestinationOutput$ = GI;
  d.LimitExceededException = Km;
  d.LimitExceededException$ = n2;
  d.ListBackups$ = n4;
  d.ListBackupsCommand = zh;
  d.ListBackupsInput$ = AG;
  d.ListBackupsOutput$ = CG;
  d.ListBulkOperations$ = o4;
  d.ListBulkOperationsCommand = od;
  d.ListBulkOperationsInput$ = RG;
  d.ListBulkOperationsOutput$ = vG;
  d.ListContributorInsights$ = s4;
  d.ListContributorInsightsCommand = sd;
  d.ListContributorInsightsInput$ = DG;
  d.ListContributorInsightsOutput$ = OG;
  d.ListExports$ = i4;
  d.ListExportsCommand = id;
  d.ListExportsInput$ = NG;
  d.ListExportsOutput$ = PG;
  d.ListGlobalTables$ = a4;
  d.ListGlobalTablesCommand = Wh;
  d.ListGlobalTablesInput$ = kG;
  d.ListGlobalTablesOutput$ = MG;
  d.ListImports$ = c4;
  d.ListImportsCommand = ad;
  d.ListImportsInput$ = $G;
  d.ListImportsOutput$ = LG;
  d.ListTables$ = u4;
  d.ListTablesCommand = cd;
  d.ListTablesInput$ = UG;
  d.ListTablesOutput$ = BG;
  d.ListTagsOfResource$ = d4;
  d.ListTagsOfResourceCommand = qh;
  d.ListTagsOfResourceInput$ = FG;
  d.ListTagsOfResourceOutput$ = GG;
  d.LocalSecondaryIndex$ = VG;
  d.LocalSecondaryIndexDescription$ = HG;
  d.LocalSecondaryIndexInfo$ = zG;
  d.MultiRegionConsistency = Cce;
  d.OnDemandThroughput$ = zt;
  d.OnDemandThroughputOverride$ = Ba;
  d.OutputS3Configuration$ = VI;
  d.OutputTypeEnum = dce;
  d.ParameterizedStatement$ = WG;
  d.PointInTimeRecoveryDescription$ = qG;
  d.PointInTimeRecoverySpecification$ = jG;
  d.PointInTimeRecoveryStatus = gce;
  d.PointInTimeRecoveryUnavailableException = uh;
  d.PointInTimeRecoveryUnavailableException$ = o2;
  d.PolicyNotFoundException = eh;
  d.PolicyNotFoundException$ = s2;
  d.Projection$ = fr;
  d.ProjectionType = Yae;
  d.ProvisionedThroughput$ = Hr;
  d.ProvisionedThroughputDescription$ = HI;
  d.ProvisionedThroughputExceededException = Hm;
  d.ProvisionedThroughputExceededException$ = i2;
  d.ProvisionedThroughputOverride$ = Fa;
  d.Put$ = KG;
  d.PutItem$ = l4;
  d.PutItemCommand = jh;
  d.PutItemInput$ = YG;
  d.PutItemOutput$ = QG;
  d.PutRequest$ = JG;
  d.PutResourcePolicy$ = p4;
  d.PutResourcePolicyCommand = Kh;
  d.PutResourcePolicyInput$ = XG;
  d.PutResourcePolicyOutput$ = ZG;
  d.Query$ = f4;
  d.QueryCommand = ud;
  d.QueryInput$ = eV;
  d.QueryOutput$ = tV;
  d.Replica$ = rV;
  d.ReplicaAlreadyExistsException = fh;
  d.ReplicaAlreadyExistsException$ = a2;
  d.ReplicaAutoScalingDescription$ = nV;
  d.ReplicaAutoScalingUpdate$ = oV;
  d.ReplicaDescription$ = sV;
  d.ReplicaGlobalSecondaryIndex$ = iV;
  d.ReplicaGlobalSecondaryIndexAutoScalingDescription$ = aV;
  d.ReplicaGlobalSecondaryIndexAutoScalingUpdate$ = cV;
  d.ReplicaGlobalSecondaryIndexDescription$ = uV;
  d.ReplicaGlobalSecondaryIndexSettingsDescription$ = dV;
  d.ReplicaGlobalSecondaryIndexSettingsUpdate$ = lV;
  d.ReplicaNotFoundException = mh;
  d.ReplicaNotFoundException$ = c2;
  d.ReplicaSettingsDescription$ = pV;
  d.ReplicaSettingsUpdate$ = fV;
  d.ReplicaStatus = Tce;
  d.ReplicaUpdate$ = hV;
  d.ReplicatedWriteConflictException = qm;
  d.ReplicatedWriteConflictException$ = u2;
  d.ReplicationGroupUpdate$ = mV;
  d.RequestLimitExceeded = Fm;
  d.RequestLimitExceeded$ = d2;
  d.ResourceInUseException = Xm;
  d.ResourceInUseException$ = l2;
  d.ResourceNotFoundException = zm;
  d.ResourceNotFoundException$ = p2;
  d.RestoreSummary$ = gV;
  d.RestoreTableFromBackup$ = m4;
  d.RestoreTableFromBackupCommand = Yh;
  d.RestoreTableFromBackupInput$ = SV;
  d.RestoreTableFromBackupOutput$ = yV;
  d.RestoreTableToPointInTime$ = h4;
  d.RestoreTableToPointInTimeCommand = Qh;
  d.RestoreTableToPointInTimeInput$ = EV;
  d.RestoreTableToPointInTimeOutput$ = bV;
  d.ReturnConsumedCapacity = nce;
  d.ReturnItemCollectionMetrics = ice;
  d.ReturnValue = Rce;
  d.ReturnValuesOnConditionCheckFailure = oce;
  d.S3BucketSource$ = Dg;
  d.S3SseAlgorithm = lce;
  d.SSEDescription$ = zI;
  d.SSESpecification$ = Ga;
  d.SSEStatus = Jae;
  d.SSEType = Qae;
  d.ScalarAttributeType = zae;
  d.Scan$ = g4;
  d.ScanCommand = dd;
  d.ScanInput$ = xV;
  d.ScanOutput$ = wV;
  d.SearchResultItem$ = TV;
  d.SearchSchemaElement$ = IV;
  d.SearchSchemaElementType = tce;
  d.SearchVectors$ = S4;
  d.SearchVectorsCommand = Jh;
  d.SearchVectorsInput$ = _V;
  d.SearchVectorsOutput$ = AV;
  d.Select = Lce;
  d.SourceTableDetails$ = CV;
  d.SourceTableFeatureDetails$ = RV;
  d.StartBulkPutItems$ = y4;
  d.StartBulkPutItemsCommand = Xh;
  d.StartBulkPutItemsInput$ = vV;
  d.StartBulkPutItemsOutput$ = DV;
  d.StreamSpecification$ = Cd;
  d.StreamViewType = Xae;
  d.TableAlreadyExistsException = lh;
  d.TableAlreadyExistsException$ = f2;
  d.TableAutoScalingDescription$ = WI;
  d.TableClass = Ice;
  d.TableClassSummary$ = Og;
  d.TableCreationParameters$ = qI;
  d.TableDescription$ = si;
  d.TableInUseException = Ym;
  d.TableInUseException$ = m2;
  d.TableNotFoundException = Qm;
  d.TableNotFoundException$ = h2;
  d.TableStatus = _ce;
  d.TableWarmThroughputDescription$ = jI;
  d.Tag$ = OV;
  d.TagResource$ = E4;
  d.TagResourceCommand = Zh;
  d.TagResourceInput$ = NV;
  d.ThrottlingException = Gm;
  d.ThrottlingException$ = g2;
  d.ThrottlingReason$ = PV;
  d.TimeToLiveDescription$ = KI;
  d.TimeToLiveSpecification$ = YI;
  d.TimeToLiveStatus = Zae;
  d.TransactGetItem$ = kV;
  d.TransactGetItems$ = b4;
  d.TransactGetItemsCommand = eg;
  d.TransactGetItemsInput$ = MV;
  d.TransactGetItemsOutput$ = $V;
  d.TransactWriteItem$ = LV;
  d.TransactWriteItems$ = x4;
  d.TransactWriteItemsCommand = tg;
  d.TransactWriteItemsInput$ = UV;
  d.TransactWriteItemsOutput$ = BV;
  d.TransactionCanceledException = Sh;
  d.TransactionCanceledException$ = S2;
  d.TransactionConflictException = Zm;
  d.TransactionConflictException$ = y2;
  d.TransactionInProgressException = ih;
  d.TransactionInProgressException$ = E2;
  d.UntagResource$ = w4;
  d.UntagResourceCommand = rg;
  d.UntagResourceInput$ = FV;
  d.Update$ = GV;
  d.UpdateContinuousBackups$ = T4;
  d.UpdateContinuousBackupsCommand = ng;
  d.UpdateContinuousBackupsInput$ = VV;
  d.UpdateContinuousBackupsOutput$ = HV;
  d.UpdateContributorInsights$ = I4;
  d.UpdateContributorInsightsCommand = og;
  d.UpdateContributorInsightsInput$ = zV;
  d.UpdateContributorInsightsOutput$ = WV;
  d.UpdateGlobalSecondaryIndexAction$ = qV;
  d.UpdateGlobalTable$ = _4;
  d.UpdateGlobalTableCommand = sg;
  d.UpdateGlobalTableInput$ = jV;
  d.UpdateGlobalTableOutput$ = KV;
  d.UpdateGlobalTableSettings$ = A4;
  d.UpdateGlobalTableSettingsCommand = ig;
  d.UpdateGlobalTableSettingsInput$ = YV;
  d.UpdateGlobalTableSettingsOutput$ = QV;
  d.UpdateItem$ = C4;
  d.UpdateItemCommand = ag;
  d.UpdateItemInput$ = JV;
  d.UpdateItemOutput$ = XV;
  d.UpdateKinesisStreamingConfiguration$ = QI;
  d.UpdateKinesisStreamingDestination$ = R4;
  d.UpdateKinesisStreamingDestinationCommand = cg;
  d.UpdateKinesisStreamingDestinationInput$ = ZV;
  d.UpdateKinesisStreamingDestinationOutput$ = eH;
  d.UpdateReplicationGroupMemberAction$ = tH;
  d.UpdateTable$ = v4;
  d.UpdateTableCommand = ug;
  d.UpdateTableInput$ = rH;
  d.UpdateTableOutput$ = nH;
  d.UpdateTableReplicaAutoScaling$ = D4;
  d.UpdateTableReplicaAutoScalingCommand = dg;
  d.UpdateTableReplicaAutoScalingInput$ = oH;
  d.UpdateTableReplicaAutoScalingOutput$ = sH;
  d.UpdateTimeToLive$ = O4;
  d.UpdateTimeToLiveCommand = lg;
  d.UpdateTimeToLiveInput$ = iH;
  d.UpdateTimeToLiveOutput$ = aH;
  d.VectorAttributeDefinition$ = Rd;
  d.VectorCapacity$ = JI;
  d.VectorDistanceFunction = ece;
  d.VectorIndex$ = cH;
  d.VectorIndexDescription$ = uH;
  d.VectorIndexInfo$ = dH;
  d.VectorIndexUpdate$ = lH;
  d.WarmThroughput$ = Va;
  d.WitnessStatus = Ace;
  d.WriteRequest$ = pH;
  d.errorTypeRegistries = b2;
  d.paginateListBulkOperations = k4;
  d.paginateListContributorInsights = M4;
  d.paginateListExports = $4;
  d.paginateListImports = L4;
  d.paginateListTables = U4;
  d.paginateQuery = B4;
  d.paginateScan = F4;
  d.waitForBulkOperationCompleted = Nae;
  d.waitForContributorInsightsEnabled = Pae;
  d.waitForExportCompleted = kae;
  d.waitForImportCompleted = Mae;
  d.waitForKinesisStreamingDestinationActive = $ae;
  d.waitForTableExists = Lae;
  d.waitForTableNotExists = Uae;
  d.waitUntilBulkOperationCompleted = V4;
  d.waitUntilContributorInsightsEnabled = z4;
  d.waitUntilExportCompleted = q4;
  d.waitUntilImportCompleted = K4;
  d.waitUntilKinesisStreamingDestinationActive = Q4;
  d.waitUntilTableExists = X4;
  d.waitUntilTableNotExists = ez;
});
var lz = fe((Wa) => {
  var za = class t {
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
    Dd = (t, e) => {
      if (t === void 0)
        throw new Error(
          "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
        );
      if (t === null && typeof t == "object") return Ug();
      if (Array.isArray(t)) return Uce(t, e);
      if (t?.constructor?.name === "Set") return Bce(t, e);
      if (t?.constructor?.name === "Map") return Fce(t, e);
      if (
        t?.constructor?.name === "Object" ||
        (!t.constructor && typeof t == "object")
      )
        return tz(t, e);
      if (dz(t)) return t.length === 0 && e?.convertEmptyValues ? Ug() : iz(t);
      if (typeof t == "boolean" || t?.constructor?.name === "Boolean")
        return { BOOL: t.valueOf() };
      if (typeof t == "number" || t?.constructor?.name === "Number")
        return uz(t, e);
      if (t instanceof za) return t.toAttributeValue();
      if (typeof t == "bigint") return cz(t);
      if (typeof t == "string" || t?.constructor?.name === "String")
        return t.length === 0 && e?.convertEmptyValues ? Ug() : az(t);
      if (e?.convertClassInstanceToMap && typeof t == "object") return tz(t, e);
      throw new Error(
        `Unsupported type passed: ${t}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
      );
    },
    Uce = (t, e) => ({
      L: t
        .filter(
          (r) =>
            typeof r != "function" &&
            (!e?.removeUndefinedValues ||
              (e?.removeUndefinedValues && r !== void 0)),
        )
        .map((r) => Dd(r, e)),
    }),
    Bce = (t, e) => {
      let r = e?.removeUndefinedValues
        ? new Set([...t].filter((o) => o !== void 0))
        : t;
      if (!e?.removeUndefinedValues && r.has(void 0))
        throw new Error(
          "Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.",
        );
      if (r.size === 0) {
        if (e?.convertEmptyValues) return Ug();
        throw new Error(
          "Pass a non-empty set, or options.convertEmptyValues=true.",
        );
      }
      let n = r.values().next().value;
      if (n instanceof za)
        return { NS: Array.from(r).map((o) => o.toString()) };
      if (typeof n == "number")
        return {
          NS: Array.from(r)
            .map((o) => uz(o, e))
            .map((o) => o.N),
        };
      if (typeof n == "bigint")
        return {
          NS: Array.from(r)
            .map(cz)
            .map((o) => o.N),
        };
      if (typeof n == "string")
        return {
          SS: Array.from(r)
            .map(az)
            .map((o) => o.S),
        };
      if (dz(n))
        return {
          BS: Array.from(r)
            .map(iz)
            .map((o) => o.B),
        };
      throw new Error(
        "Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.",
      );
    },
    Fce = (t, e) => ({
      M: ((r) => {
        let n = {};
        for (let [o, s] of r)
          typeof s != "function" &&
            (s !== void 0 || !e?.removeUndefinedValues) &&
            (n[o] = Dd(s, e));
        return n;
      })(t),
    }),
    tz = (t, e) => ({
      M: ((r) => {
        let n = {};
        for (let o in r) {
          let s = r[o];
          typeof s != "function" &&
            (s !== void 0 || !e?.removeUndefinedValues) &&
            (n[o] = Dd(s, e));
        }
        return n;
      })(t),
    }),
    Ug = () => ({ NULL: !0 }),
    iz = (t) => ({ B: t }),
    az = (t) => ({ S: t.toString() }),
    cz = (t) => ({ N: t.toString() }),
    rz = (t) => {
      throw new Error(`${t} Use NumberValue from @aws-sdk/lib-dynamodb.`);
    },
    uz = (t, e) => {
      if (
        [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
          .map((r) => r.toString())
          .includes(t.toString())
      )
        throw new Error(`Special numeric value ${t.toString()} is not allowed`);
      return (
        e?.allowImpreciseNumbers ||
          (Number(t) > Number.MAX_SAFE_INTEGER
            ? rz(
                `Number ${t.toString()} is greater than Number.MAX_SAFE_INTEGER.`,
              )
            : Number(t) < Number.MIN_SAFE_INTEGER &&
              rz(
                `Number ${t.toString()} is lesser than Number.MIN_SAFE_INTEGER.`,
              )),
        { N: t.toString() }
      );
    },
    dz = (t) => {
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
    vd = (t, e) => {
      for (let [r, n] of Object.entries(t))
        if (n !== void 0)
          switch (r) {
            case "NULL":
              return null;
            case "BOOL":
              return !!n;
            case "N":
              return nz(n, e);
            case "B":
              return sz(n);
            case "S":
              return oz(n);
            case "L":
              return Gce(n, e);
            case "M":
              return Vce(n, e);
            case "NS":
              return new Set(n.map((o) => nz(o, e)));
            case "BS":
              return new Set(n.map(sz));
            case "SS":
              return new Set(n.map(oz));
            default:
              throw new Error(`Unsupported type passed: ${r}`);
          }
      throw new Error(`No value defined: ${JSON.stringify(t)}`);
    },
    nz = (t, e) => {
      if (typeof e?.wrapNumbers == "function") return e?.wrapNumbers(t);
      if (e?.wrapNumbers) return za.from(t);
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
    oz = (t) => t,
    sz = (t) => t,
    Gce = (t, e) => t.map((r) => vd(r, e)),
    Vce = (t, e) =>
      Object.entries(t).reduce((r, [n, o]) => ((r[n] = vd(o, e)), r), {});
  function Hce(t, e) {
    let r = Dd(t, e),
      [n, o] = Object.entries(r)[0];
    switch (n) {
      case "M":
      case "L":
        return e?.convertTopLevelContainer ? r : o;
      default:
        return r;
    }
  }
  var zce = (t, e) =>
    e?.convertWithoutMapWrapper ? vd(t, e) : vd({ M: t }, e);
  Wa.NumberValueImpl = za;
  Wa.convertToAttr = Dd;
  Wa.convertToNative = vd;
  Wa.marshall = Hce;
  Wa.unmarshall = zce;
});
var Gd = {};
Te(Gd, {
  Mail: () => Gd,
  deliver: () => Nz,
  drain: () => wue,
  due: () => Pz,
  enqueue: () => Dz,
  events: () => vz,
  notify: () => Oz,
  recordEvent: () => Tue,
  resetSesClient: () => xue,
  send: () => Eue,
});
var Hn = ye(Lg(), 1);
import { EventEmitter as gue } from "node:events";
var ii = ye(Lg(), 1),
  Bg = ye(lz(), 1);
import { AsyncLocalStorage as Wce } from "node:async_hooks";
var qce = new Wce();
function pz() {
  return qce.getStore();
}
function qt() {
  return process.env.TABLE_NAME ?? "golmok";
}
var fz = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  jce = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  Od;
function jr() {
  if (Od) return Od;
  let t = process.env.DYNAMO_ENDPOINT;
  return (
    (Od = new ii.DynamoDBClient({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    Od.middlewareStack.add(
      (e, r) => async (n) => {
        let o = r.commandName ?? "",
          s = fz.has(o) || jce.has(o),
          i = n.input;
        s && !i.ReturnConsumedCapacity && (i.ReturnConsumedCapacity = "TOTAL");
        let a = await e(n),
          c = pz();
        if (c && s) {
          let l = [a.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((f, h) => f + (h.CapacityUnits ?? 0), 0);
          (c.dbCalls++, fz.has(o) ? (c.readUnits += l) : (c.writeUnits += l));
        }
        return a;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    Od
  );
}
function o_(t) {
  return (
    t instanceof ii.ConditionalCheckFailedException ||
    t?.name === "ConditionalCheckFailedException"
  );
}
function Le(t) {
  return (0, Bg.marshall)(t, {
    removeUndefinedValues: !0,
    convertClassInstanceToMap: !1,
  });
}
function Nd(t) {
  return t ? (0, Bg.unmarshall)(t) : void 0;
}
import { createHash as Qce } from "node:crypto";
import { AsyncLocalStorage as Kce } from "node:async_hooks";
var qa = class extends Error {
  constructor(r, n, o, s = {}) {
    super(o);
    this.kind = r;
    this.code = n;
    this.extra = s;
    this.name = "VisibleError";
  }
  kind;
  code;
  extra;
};
var mz = new Kce();
function Pd(t, e) {
  return mz.run(t, e);
}
function Yce() {
  return mz.getStore() ?? { type: "public" };
}
function fs() {
  let t = Yce();
  if (t.type === "user" || (t.type === "system" && t.tenantId))
    return t.tenantId;
  throw new qa(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
var s_ = (t) => Qce("sha256").update(t).digest("base64url"),
  kd = () => `T#${fs()}`,
  jt = {
    tenant: () => ({ pk: kd(), sk: "TENANT" }),
    user: (t) => ({ pk: kd(), sk: `USER#${t}` }),
    usersPrefix: () => ({ pk: kd(), skPrefix: "USER#" }),
    usage: (t) => ({ pk: kd(), sk: `USAGE#${t}` }),
    mail: (t) => ({ pk: kd(), sk: `MAIL#${t}` }),
    email: (t) => ({ pk: `EMAIL#${t.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (t) => ({ pk: `BIZNO#${t}`, sk: "BIZNO" }),
    session: (t) => ({ pk: `SESSION#${s_(t)}`, sk: "SESSION" }),
    token: (t) => ({ pk: `TOKEN#${s_(t)}`, sk: "TOKEN" }),
    rateLimit: (t, e, r) => ({ pk: `RL#${t}#${s_(e)}`, sk: String(r) }),
    outboxShard: (t) => `OUTBOX#${t}`,
  };
import Fg from "node:crypto";
var Md = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  $d = 32;
var Jce = 16,
  i_ = 10,
  hz = 0xffffffffffff;
var mo;
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
})(mo || (mo = {}));
var ho = class extends Error {
  constructor(e, r) {
    (super(`${r} (${e})`), (this.name = "ULIDError"), (this.code = e));
  }
};
function Xce(t) {
  let e = Math.floor(t() * $d) % $d;
  return Md.charAt(e);
}
function gz(t, e, r) {
  return e > t.length - 1 ? t : t.substr(0, e) + r + t.substr(e + 1);
}
function Zce(t) {
  let e,
    r = t.length,
    n,
    o,
    s = t,
    i = $d - 1;
  for (; !e && r-- >= 0;) {
    if (((n = s[r]), (o = Md.indexOf(n)), o === -1))
      throw new ho(mo.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (o === i) {
      s = gz(s, r, Md[0]);
      continue;
    }
    e = gz(s, r, Md[o + 1]);
  }
  if (typeof e == "string") return e;
  throw new ho(mo.Base32IncorrectEncoding, "Failed incrementing string");
}
function eue(t) {
  let e = tue(),
    r = (e && (e.crypto || e.msCrypto)) || (typeof Fg < "u" ? Fg : null);
  if (typeof r?.getRandomValues == "function")
    return () => {
      let n = new Uint8Array(1);
      return (r.getRandomValues(n), n[0] / 256);
    };
  if (typeof r?.randomBytes == "function")
    return () => r.randomBytes(1).readUInt8() / 256;
  if (Fg?.randomBytes) return () => Fg.randomBytes(1).readUInt8() / 256;
  throw new ho(mo.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function tue() {
  return nue()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function rue(t, e) {
  let r = "";
  for (; t > 0; t--) r = Xce(e) + r;
  return r;
}
function Sz(t, e = i_) {
  if (isNaN(t))
    throw new ho(mo.EncodeTimeValueMalformed, `Time must be a number: ${t}`);
  if (t > hz)
    throw new ho(
      mo.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${hz}: ${t}`,
    );
  if (t < 0) throw new ho(mo.EncodeTimeNegative, `Time must be positive: ${t}`);
  if (Number.isInteger(t) === !1)
    throw new ho(mo.EncodeTimeValueMalformed, `Time must be an integer: ${t}`);
  let r,
    n = "";
  for (let o = e; o > 0; o--)
    ((r = t % $d), (n = Md.charAt(r) + n), (t = (t - r) / $d));
  return n;
}
function nue() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function yz(t) {
  let e = t || eue(),
    r = 0,
    n;
  return function (s) {
    let i = !s || isNaN(s) ? Date.now() : s;
    if (i <= r) {
      let c = (n = Zce(n));
      return Sz(r, i_) + c;
    }
    r = i;
    let a = (n = rue(Jce, e));
    return Sz(i, i_) + a;
  };
}
var oue = yz();
function Ez(t) {
  return `${t}_${oue().toLowerCase()}`;
}
var Fd = {};
Te(Fd, {
  Metering: () => Fd,
  assertWithinQuota: () => mue,
  billableUpdate: () => pue,
  clearCache: () => hue,
  current: () => _z,
  flush: () => Gg,
  flushIfDue: () => uue,
  record: () => cue,
});
var Bd = ye(Lg(), 1);
var ai = {};
Te(ai, {
  METRIC_LABEL: () => sue,
  PLAN_TABLE: () => a_,
  Plan: () => ai,
  exceeded: () => aue,
  get: () => iue,
});
var sue = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
  },
  a_ = [
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
function iue(t, e) {
  return ([...a_].reverse().find((n) => n.from <= e) ?? a_[0]).plans[t];
}
function aue(t, e, r) {
  for (let n of Object.keys(t.quotas)) {
    let o = t.quotas[n];
    if (o !== null && (e[n] ?? 0) + (r[n] ?? 0) > o) return n;
  }
  return null;
}
function Kt() {
  return Date.now();
}
function Ld(t = Kt()) {
  return new Date(t + 324e5).toISOString().slice(0, 7);
}
function c_(t) {
  let [e, r] = t.split("-").map(Number);
  return new Date(Date.UTC(e, r, 1) - 324e5).toISOString();
}
function bz(t) {
  let e = new Date(Date.parse(t) + 324e5);
  return `${e.getUTCMonth() + 1}\uC6D4 ${e.getUTCDate()}\uC77C 0\uC2DC`;
}
var wz = Number(process.env.METER_FLUSH_EVERY ?? 200),
  Tz = Number(process.env.METER_FLUSH_MS ?? 1e4),
  ms = new Map(),
  ja = 0,
  Iz = 0,
  Ka,
  Ud;
function cue(t, e, r, n = Kt()) {
  let o = Ld(n),
    s = `${t}|${o}`,
    i = ms.get(s);
  (i ||
    ((i = {
      tenantId: t,
      month: o,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    ms.set(s, i)),
    i.requests++,
    (i.dbReadUnits += r.readUnits),
    (i.dbWriteUnits += r.writeUnits),
    (i.modules[e] = (i.modules[e] ?? 0) + 1),
    ja === 0 && (Iz = n),
    ja++,
    ja >= wz
      ? Gg()
      : Ka ||
        ((Ka = setTimeout(() => {
          Gg();
        }, Tz)),
        Ka.unref()));
}
async function uue(t = Kt()) {
  (ja >= wz || (ja > 0 && t - Iz >= Tz)) && (await Gg());
}
async function Gg() {
  (Ud && (await Ud), Ka && clearTimeout(Ka), (Ka = void 0));
  let t = [...ms.values()];
  if ((ms.clear(), (ja = 0), t.length !== 0)) {
    Ud = (async () => {
      let e = [];
      await Promise.all(
        t.map(async (r) => {
          try {
            await Pd({ type: "system", tenantId: r.tenantId }, () => due(r));
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
          o = ms.get(n);
        if (!o) ms.set(n, r);
        else {
          ((o.requests += r.requests),
            (o.dbReadUnits += r.dbReadUnits),
            (o.dbWriteUnits += r.dbWriteUnits));
          for (let [s, i] of Object.entries(r.modules))
            o.modules[s] = (o.modules[s] ?? 0) + i;
        }
      }
    })();
    try {
      await Ud;
    } finally {
      Ud = void 0;
    }
  }
}
async function due(t) {
  let e = { "#mod": "byModule" },
    r = { ":r": t.requests, ":ru": t.dbReadUnits, ":wu": t.dbWriteUnits },
    n = Object.entries(t.modules).map(
      ([o, s], i) => (
        (e[`#m${i}`] = o),
        (r[`:m${i}`] = s),
        `#mod.#m${i} :m${i}`
      ),
    );
  (await lue(t.month),
    await jr().send(
      new Bd.UpdateItemCommand({
        TableName: qt(),
        Key: Le(jt.usage(t.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${n.length ? ", " + n.join(", ") : ""}`,
        ExpressionAttributeNames: e,
        ExpressionAttributeValues: Le(r),
      }),
    ));
}
var xz = new Set();
async function lue(t) {
  let e = jt.usage(t),
    r = `${e.pk}|${e.sk}`;
  xz.has(r) ||
    (await jr()
      .send(
        new Bd.UpdateItemCommand({
          TableName: qt(),
          Key: Le(e),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: Le({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    xz.add(r));
}
function pue(t, e = 1, r = Ld()) {
  return {
    Update: {
      TableName: qt(),
      Key: Le(jt.usage(r)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": t },
      ExpressionAttributeValues: Le({ ":n": e }),
    },
  };
}
async function _z(t = Ld()) {
  let e = await jr().send(
      new Bd.GetItemCommand({
        TableName: qt(),
        Key: Le(jt.usage(t)),
        ConsistentRead: !0,
      }),
    ),
    r = Nd(e.Item) ?? {},
    n = ms.get(`${fs()}|${t}`);
  return {
    requests: (r.requests ?? 0) + (n?.requests ?? 0),
    dbReadUnits: (r.dbReadUnits ?? 0) + (n?.dbReadUnits ?? 0),
    dbWriteUnits: (r.dbWriteUnits ?? 0) + (n?.dbWriteUnits ?? 0),
    emails: r.emails ?? 0,
    byModule: r.byModule ?? {},
  };
}
var fue = 3e4,
  u_ = new Map();
async function mue(t, e) {
  let r = Ld(),
    o = `${fs()}|${r}`,
    s = u_.get(o),
    i = Object.keys(e).some((f) => f === "emails");
  (!s || Kt() - s.at > fue || i) &&
    ((s = { at: Kt(), usage: await _z(r) }), u_.set(o, s));
  let a = ms.get(o),
    c = {
      ...s.usage,
      requests: Math.max(s.usage.requests ?? 0, a?.requests ?? 0),
    },
    u = ai.get(t, r),
    l = ai.exceeded(u, c, e);
  if (l) {
    let { label: f } = ai.METRIC_LABEL[l];
    throw new qa(
      "quota_exceeded",
      "quota_exceeded",
      `${u.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${f} \uD55C\uB3C4(${u.quotas[l].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${bz(c_(r))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(c_(r)) - Kt()) / 1e3) },
    );
  }
}
function hue() {
  u_.clear();
}
var Rz = 4,
  Az = 6e4,
  Sue = 10,
  yue = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  vz = new gue();
function Dz(t) {
  let e = Ez("mail"),
    r = fs(),
    n = Kt(),
    o = e.charCodeAt(e.length - 1) % Rz,
    s = {
      ...jt.mail(e),
      ...t,
      id: e,
      tenantId: r,
      status: "pending",
      attempts: 0,
      createdAt: new Date(n).toISOString(),
      nextAttemptAt: n,
      gsi1pk: jt.outboxShard(o),
      gsi1sk: `${String(n).padStart(15, "0")}#${e}`,
    };
  return {
    id: e,
    put: {
      Put: {
        TableName: qt(),
        Item: Le(s),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function Eue(t) {
  let { id: e, put: r } = Dz(t);
  return (await jr().send(new Hn.PutItemCommand(r.Put)), await Oz(e), e);
}
var Cz;
async function Oz(t) {
  let e = fs(),
    r = process.env.OUTBOX_QUEUE_URL;
  if (r) {
    let { SQSClient: n, SendMessageCommand: o } =
      await import("@aws-sdk/client-sqs");
    ((Cz ??= new n({})),
      await Cz.send(
        new o({
          QueueUrl: r,
          MessageBody: JSON.stringify({ tenantId: e, id: t }),
        }),
      ).catch((s) =>
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "outbox notify failed",
            id: t,
            error: String(s),
          }),
        ),
      ));
  } else vz.emit("queued", { tenantId: e, id: t });
}
var Vg;
async function bue() {
  let { SESv2Client: t } = await import("@aws-sdk/client-sesv2"),
    e = process.env.SES_ENDPOINT;
  return (
    (Vg ??= new t({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    Vg
  );
}
function xue() {
  (Vg?.destroy(), (Vg = void 0));
}
async function Nz(t, e) {
  return Pd({ type: "system", tenantId: t }, async () => {
    let r = Kt(),
      n;
    try {
      let o = await jr().send(
        new Hn.UpdateItemCommand({
          TableName: qt(),
          Key: Le(jt.mail(e)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: Le({
            ":lease": r + Az,
            ":gsk": `${String(r + Az).padStart(15, "0")}#${e}`,
            ":one": 1,
            ":pending": "pending",
            ":now": r,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      n = Nd(o.Attributes);
    } catch (o) {
      if (o_(o)) return "skipped";
      throw o;
    }
    if (!n) return "skipped";
    try {
      let { SendEmailCommand: o } = await import("@aws-sdk/client-sesv2"),
        s = await (
          await bue()
        ).send(
          new o({
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
        await jr().send(
          new Hn.TransactWriteItemsCommand({
            TransactItems: [
              {
                Update: {
                  TableName: qt(),
                  Key: Le(jt.mail(e)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: Le({
                    ":sent": "sent",
                    ":at": new Date(Kt()).toISOString(),
                    ":mid": s.MessageId ?? "",
                  }),
                },
              },
              Fd.billableUpdate("emails", 1),
            ],
          }),
        ),
        "sent"
      );
    } catch (o) {
      let s = o.name,
        a =
          [
            "MessageRejected",
            "BadRequestException",
            "AccountSuspendedException",
          ].includes(s) || n.attempts >= Sue,
        c = Kt() + Math.min(yue() * 2 ** (n.attempts - 1), 36e5);
      return (
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "mail send failed",
            id: e,
            attempts: n.attempts,
            error: s,
          }),
        ),
        await jr().send(
          new Hn.UpdateItemCommand({
            TableName: qt(),
            Key: Le(jt.mail(e)),
            UpdateExpression: a
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: a ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: Le(
              a
                ? { ":failed": "failed", ":e": s }
                : {
                    ":next": c,
                    ":gsk": `${String(c).padStart(15, "0")}#${e}`,
                    ":e": s,
                  },
            ),
          }),
        ),
        a ? "failed" : "retry"
      );
    }
  });
}
async function Pz(t = 50, e = Kt()) {
  let r = [];
  for (let n = 0; n < Rz; n++) {
    let o = await jr().send(
      new Hn.QueryCommand({
        TableName: qt(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: Le({
          ":pk": jt.outboxShard(n),
          ":now": `${String(e).padStart(15, "0")}~`,
        }),
        Limit: t,
      }),
    );
    for (let s of o.Items ?? []) {
      let i = Nd(s);
      r.push({ tenantId: i.tenantId, id: i.id });
    }
  }
  return r;
}
async function wue() {
  let t = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: e, id: r } of await Pz()) t[await Nz(e, r)]++;
  return t;
}
async function Tue(t, e, r, n, o = "") {
  await Pd({ type: "system", tenantId: t }, () =>
    jr()
      .send(
        new Hn.UpdateItemCommand({
          TableName: qt(),
          Key: Le(jt.mail(e)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${r}At` },
          ExpressionAttributeValues: Le({
            ":at": n,
            ":ev": r,
            ":d": o.slice(0, 500),
          }),
        }),
      )
      .catch((s) => {
        if (!o_(s)) throw s;
      }),
  );
}
var Iue = {
    Bounce: "bounce",
    Complaint: "complaint",
    Delivery: "delivery",
    Reject: "reject",
  },
  HLe = async (t) => {
    for (let e of t.Records) {
      let r = JSON.parse(e.Sns.Message),
        n = Iue[r.eventType],
        o = r.mail.tags?.tenantId?.[0],
        s = r.mail.tags?.outboxId?.[0];
      if (!n || !o || !s) continue;
      let i =
        r.bounce?.timestamp ??
        r.complaint?.timestamp ??
        r.delivery?.timestamp ??
        r.mail.timestamp;
      await Gd.recordEvent(o, s, n, i, r.bounce?.bounceType ?? "");
    }
  };
export { HLe as handler };
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
