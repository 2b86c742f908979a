import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var h = Object.create;
var f = Object.defineProperty;
var i = Object.getOwnPropertyDescriptor;
var j = Object.getOwnPropertyNames;
var k = Object.getPrototypeOf,
  l = Object.prototype.hasOwnProperty;
var m = ((a) =>
  typeof require < "u"
    ? require
    : typeof Proxy < "u"
      ? new Proxy(a, { get: (b, c) => (typeof require < "u" ? require : b)[c] })
      : a)(function (a) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + a + '" is not supported');
});
var n = (a, b, c) => () => {
  if (c) throw c[0];
  try {
    return (a && (b = a((a = 0))), b);
  } catch (d) {
    throw ((c = [d]), d);
  }
};
var o = (a, b) => () => {
    try {
      return (b || a((b = { exports: {} }).exports, b), b.exports);
    } catch (c) {
      throw ((b = 0), c);
    }
  },
  p = (a, b) => {
    for (var c in b) f(a, c, { get: b[c], enumerable: !0 });
  },
  g = (a, b, c, d) => {
    if ((b && typeof b == "object") || typeof b == "function")
      for (let e of j(b))
        !l.call(a, e) &&
          e !== c &&
          f(a, e, {
            get: () => b[e],
            enumerable: !(d = i(b, e)) || d.enumerable,
          });
    return a;
  };
var q = (a, b, c) => (
    (c = a != null ? h(k(a)) : {}),
    g(
      b || !a || !a.__esModule
        ? f(c, "default", { value: a, enumerable: !0 })
        : c,
      a,
    )
  ),
  r = (a) => g(f({}, "__esModule", { value: !0 }), a);
export { m as a, n as b, o as c, p as d, q as e, r as f };
