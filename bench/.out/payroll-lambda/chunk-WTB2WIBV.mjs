import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var p = (t) => `standard-openapi: ${t}`,
  o = new Map(),
  c = async (t) => {
    let e = o.get(t);
    if (e) return e;
    let a;
    switch (t) {
      case "valibot":
        a = (await import("./valibot-D_HTw1Gn-6G2QGBL7.mjs")).default();
        break;
      case "zod":
        a = (await import("./zod-DSgpEGAE-NYNS4GHD.mjs")).default();
        break;
      default:
        a = (await import("./default-u_dwuiYb-QSFHPUVY.mjs")).default();
    }
    return (o.set(t, a), a);
  },
  i = async (t, e = {}) => {
    let a = await c(t["~standard"].vendor),
      { components: n = {}, options: s } = e;
    return {
      schema: await a(t, { components: n, options: s }),
      components: Object.keys(n).length > 0 ? n : void 0,
    };
  };
export { p as a, i as b };
