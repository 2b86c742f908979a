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

// Heavy libraries used by one rare request (an xlsx download) are imported lazily and shipped
// beside the bundle (SST `nodejs.install`), so they never load on other requests' cold starts.
export const LAZY_PACKAGES = ["exceljs"];

export function bundleExternals(entry: string): string[] {
  const docs = entry.includes("functions/docs/");
  return [
    "@aws-sdk/*",
    ...UNUSED_SCHEMA_VENDORS,
    ...LAZY_PACKAGES,
    ...(docs ? [] : ["@valibot/to-json-schema"]),
  ];
}
