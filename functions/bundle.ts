// How each Lambda entry is bundled, shared by stacks/ (what ships) and bench/ (what is measured).
//
// hono-openapi's standard-json layer lazily imports a converter for every schema library it
// supports (zod alone is ~400 KB minified). Golmok validates with valibot only, so those imports
// never run: they are left external. Only the docs function converts schemas to JSON Schema, so
// only it bundles @valibot/to-json-schema. The AWS SDK v3 comes with the Lambda runtime.
const UNUSED_SCHEMA_VENDORS = [
  "zod",
  "zod/*",
  "zod-to-json-schema",
  "effect",
  "sury",
  "arktype",
  "@sinclair/typebox",
  "@sinclair/typebox/*",
];

// Heavy libraries used by rare requests (xlsx registers, PDF payslips) are imported dynamically;
// with code splitting they become separate chunks that load only when such a request comes.
export const SPLITTING = true;

/** Fonts the PDF renderers read at run time, copied beside the bundle on Lambda. */
export const FONT_FILES = ["Pretendard-Regular.ttf", "Pretendard-Bold.ttf"].map(
  (f) => ({
    from: `node_modules/pretendard/dist/public/static/alternative/${f}`,
    to: `fonts/${f}`,
  }),
);

export function bundleExternals(entry: string): string[] {
  // The reseller and console functions serve their own OpenAPI documents.
  const docs = [
    "functions/docs/",
    "functions/reseller/",
    "functions/console/",
  ].some((d) => entry.includes(d));
  return [
    "@aws-sdk/*",
    ...UNUSED_SCHEMA_VENDORS,
    ...(docs ? [] : ["@valibot/to-json-schema"]),
  ];
}
