import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";
import { ROOT } from "../functions/local/stack";
import { bundleExternals, SPLITTING } from "../functions/bundle";

/** Every Lambda entry, as stacks/ deploys them. */
export const ENTRIES = [
  "functions/auth/lambda.ts",
  "functions/tenant/lambda.ts",
  "functions/payroll/lambda.ts",
  "functions/invoice/lambda.ts",
  "functions/ledger/lambda.ts",
  "functions/site/lambda.ts",
  "functions/reseller/lambda.ts",
  "functions/console/lambda.ts",
  "functions/docs/lambda.ts",
  "functions/account/lambda.ts",
  "functions/account/export-queue.ts",
  "functions/mail/queue.ts",
  "functions/mail/sweep.ts",
  "functions/mail/events.ts",
  "functions/billing/close.ts",
];

const OUT = resolve(ROOT, "bench/.out");

// As shipped: ESM, minified, node20, code-split (lazy chunks for PDF/xlsx); the AWS SDK v3 comes
// from the Lambda runtime. `bytes` is what a cold start loads: the entry and its static imports.
async function bundle(
  entry: string,
  name: string,
): Promise<{ file: string; bytes: number; lazyBytes: number }> {
  const outdir = resolve(OUT, name);
  const result = await build({
    entryPoints: { index: resolve(ROOT, entry) },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: SPLITTING,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: true,
    metafile: true,
    external: bundleExternals(entry),
    banner: {
      js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);",
    },
    logLevel: "error",
  });
  const outputs = result.metafile.outputs;
  // With splitting, dynamic imports are entry points too: the Lambda's own entry is index.mjs.
  const entryOut = Object.keys(outputs).find((o) => o.endsWith("/index.mjs"))!;
  const eager = new Set<string>();
  const visit = (o: string) => {
    if (eager.has(o)) return;
    eager.add(o);
    for (const imp of outputs[o].imports)
      if (imp.kind === "import-statement" && outputs[imp.path]) visit(imp.path);
  };
  visit(entryOut);
  const size = (o: string) => outputs[o].bytes;
  const all = Object.keys(outputs).filter((o) => o.endsWith(".mjs"));
  return {
    file: resolve(ROOT, entryOut),
    bytes: [...eager].reduce((s, o) => s + size(o), 0),
    lazyBytes: all
      .filter((o) => !eager.has(o))
      .reduce((s, o) => s + size(o), 0),
  };
}

/** A fresh Node process imports the bundle and answers one API Gateway event; returns ms. */
function coldStart(file: string, path: string): number {
  const script = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(file)});
    const event = { version: "2.0", routeKey: "$default", rawPath: ${JSON.stringify(path)}, rawQueryString: "", headers: { host: "bench" },
      requestContext: { http: { method: "GET", path: ${JSON.stringify(path)}, sourceIp: "127.0.0.1", protocol: "HTTP/1.1" }, domainName: "bench", stage: "$default" }, isBase64Encoded: false };
    const res = await m.handler(event, {});
    if (!res || !res.statusCode) throw new Error("no response");
    process.stdout.write(String(performance.now() - t0));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      TABLE_NAME: "bench",
      AWS_REGION: "ap-northeast-2",
      GOLMOK_LOG_REQUESTS: "0",
      NODE_NO_WARNINGS: "1",
    },
  });
  if (r.status !== 0)
    throw new Error(`cold start of ${file} failed: ${r.stderr.slice(0, 400)}`);
  return Number(r.stdout);
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureBundles(runs: number) {
  mkdirSync(OUT, { recursive: true });
  const floorSrc = resolve(OUT, "floor.ts");
  writeFileSync(
    floorSrc,
    `import { Hono } from "hono"; import { handle } from "hono/aws-lambda";\n` +
      `export const handler = handle(new Hono().get("/api/health", (c) => c.json({ ok: true })));\n`,
  );
  const floor = await bundle(floorSrc, "floor");
  const floorMs = median(
    Array.from({ length: runs }, () => coldStart(floor.file, "/api/health")),
  );
  // A second floor: the same, plus the DynamoDB client every Golmok function needs (the SDK is
  // the runtime's, loaded at start as on Lambda). It shows what the SDK alone costs.
  const sdkSrc = resolve(OUT, "floor-sdk.ts");
  writeFileSync(
    sdkSrc,
    `import { Hono } from "hono"; import { handle } from "hono/aws-lambda"; import { DynamoDBClient } from "@aws-sdk/client-dynamodb";\n` +
      `const db = new DynamoDBClient({});\n` +
      `export const handler = handle(new Hono().get("/api/health", (c) => c.json({ ok: Boolean(db) })));\n`,
  );
  const sdkFloor = await bundle(sdkSrc, "floor-sdk");
  const sdkFloorMs = median(
    Array.from({ length: runs }, () => coldStart(sdkFloor.file, "/api/health")),
  );
  const functions = [];
  for (const entry of ENTRIES) {
    const name = entry
      .replace(/^functions\//, "")
      .replace(/\.ts$/, "")
      .replace(/\//g, "-");
    const b = await bundle(entry, name);
    const http = entry.endsWith("lambda.ts");
    const path = entry.includes("tenant")
      ? "/api/me"
      : entry.includes("docs")
        ? "/api/openapi.json"
        : "/api/health";
    const ms = http
      ? median(Array.from({ length: runs }, () => coldStart(b.file, path)))
      : null;
    functions.push({
      name,
      bytes: b.bytes,
      lazyBytes: b.lazyBytes,
      coldMs: ms,
      coldOverFloor: ms === null ? null : ms / floorMs,
      coldOverSdkFloor: ms === null ? null : ms / sdkFloorMs,
    });
  }
  return {
    floor: { bytes: floor.bytes, coldMs: floorMs },
    sdkFloor: { bytes: sdkFloor.bytes, coldMs: sdkFloorMs },
    functions,
  };
}
