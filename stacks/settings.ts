import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { FunctionProps } from "sst/constructs";
import { bundleExternals, SPLITTING } from "../functions/bundle";

export const mailDomain = () => process.env.GOLMOK_MAIL_DOMAIN ?? "golmok.kr";
export const appUrl = () =>
  process.env.GOLMOK_APP_URL ?? "https://app.golmok.kr";

/**
 * Every Lambda: Node.js 22 on arm64 (nodejs20.x reached end of support in 2026; the code targets
 * node20 syntax and runs on both), 256 MB, ESM, minified, bundled as functions/bundle.ts says.
 */
export function lambda(
  handler: string,
  table: dynamodb.ITable,
  env: Record<string, string>,
  props: Partial<FunctionProps> = {},
): FunctionProps {
  return {
    handler,
    runtime: "nodejs22.x",
    architecture: "arm_64",
    memorySize: 256,
    timeout: 10,
    environment: {
      TABLE_NAME: table.tableName,
      MAIL_FROM: `골목 Golmok <no-reply@${mailDomain()}>`,
      APP_URL: appUrl(),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      ...env,
    },
    nodejs: {
      format: "esm",
      minify: true,
      esbuild: { external: bundleExternals(handler) },
      splitting: SPLITTING,
    },
    ...props,
  };
}
