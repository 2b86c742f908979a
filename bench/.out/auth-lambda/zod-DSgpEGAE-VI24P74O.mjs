import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
import { a as r } from "./chunk-7C2SARV4.mjs";
import { a as p } from "./chunk-7HDDPWRO.mjs";
import "./chunk-XK5K3RMI.mjs";
import "./chunk-6M77F5EE.mjs";
import "./chunk-5ZQJQTJX.mjs";
import "./chunk-B3EVV4EU.mjs";
function h() {
  return async (e, o) => {
    if ("_zod" in e)
      return r()(e, {
        components: o.components,
        options: { io: "input", ...o.options },
      });
    try {
      let { createSchema: s } = await import("zod-openapi"),
        { schema: t, components: n } = s(e, {
          schemaType: "input",
          ...o.options,
        });
      return (
        n && (o.components.schemas = { ...o.components.schemas, ...n }),
        t
      );
    } catch {
      throw new Error(p('Missing dependencies "zod-openapi v4".'));
    }
  };
}
export { h as default };
