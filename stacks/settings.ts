import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type { FunctionProps } from "sst/constructs";
import { bundleExternals, SPLITTING } from "../functions/bundle";

export const mailDomain = () => process.env.GOLMOK_MAIL_DOMAIN ?? "golmok.kr";
export const appUrl = () =>
  process.env.GOLMOK_APP_URL ?? "https://app.golmok.kr";

const SENDER_NAME = "골목 Golmok";

/**
 * The From address SES sends with. SES takes no raw Unicode in the "friendly from" name: it must
 * be a MIME encoded-word (RFC 2047), or SendEmail is refused.
 */
export function mailFrom(domain = mailDomain()): string {
  const name = Buffer.from(SENDER_NAME, "utf8").toString("base64");
  return `=?UTF-8?B?${name}?= <no-reply@${domain}>`;
}

/** What every function is told about where it runs. */
export interface Home {
  stage: string;
  table: dynamodb.ITable;
}

/**
 * Every Lambda: Node.js 22 on arm64 (Lambda's nodejs20.x reached end of support on 30 April 2026;
 * the code targets node20 syntax and runs on both), 256 MB, 10 s, ESM, minified, bundled as
 * functions/bundle.ts says. Configuration is plain environment variables (`sst bind` needs AWS).
 */
export function lambda(
  handler: string,
  home: Home,
  env: Record<string, string>,
  props: Partial<FunctionProps> = {},
): FunctionProps {
  return {
    handler,
    runtime: "nodejs22.x",
    architecture: "arm_64",
    memorySize: 256,
    timeout: 10,
    // X-Ray is billed per trace and needs xray:* on "*": requests are traced by their request id
    // in the logs instead.
    tracing: "disabled",
    environment: {
      STAGE: home.stage,
      TABLE_NAME: home.table.tableName,
      MAIL_FROM: mailFrom(),
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
