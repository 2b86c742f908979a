import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../functions/local/stack";

/** Initial JS and CSS of the web app: what index.html loads before any lazy route. */
export function measureWeb() {
  const dist = resolve(ROOT, "web/dist");
  const index = resolve(dist, "index.html");
  if (!existsSync(index)) return null;
  const html = readFileSync(index, "utf8");
  const refs = [
    ...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g),
  ].map((m) => m[1]);
  let js = 0;
  let css = 0;
  let jsRaw = 0;
  for (const ref of refs) {
    const file = resolve(dist, ref);
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    if (ref.endsWith(".js")) {
      js += gz;
      jsRaw += statSync(file).size;
    } else css += gz;
  }
  return {
    initialJsGzipBytes: js,
    initialJsBytes: jsRaw,
    initialCssGzipBytes: css,
    files: refs,
  };
}
