import * as iam from "aws-cdk-lib/aws-iam";
import {
  Api as SstApi,
  Cron,
  Function,
  use,
  type StackContext,
} from "sst/constructs";
import {
  apiGatewayRoutes,
  MODULE_ROUTES,
  type Module,
} from "../functions/routes";
import { Data } from "./data";
import { Mail } from "./mail";
import { Webhooks } from "./webhooks";
import { lambda } from "./settings";
import { sendTo, tableAccess } from "./permissions";
import { FONT_FILES } from "../functions/bundle";
import { homepagesAccess, homepagesBucketName, sitesUrl } from "./site";
import { exportQueue, exportsAccess, exportsBucket } from "./account";

/** Which modules touch the table and which may enqueue mail: each function gets only that. */
const NEEDS: Record<
  Module,
  {
    table: boolean;
    mail: boolean;
    fonts?: boolean;
    personalData?: boolean;
    homepages?: boolean;
    exports?: boolean;
    /** Signs (reseller) or verifies (auth) SSO hand-off tokens: GOLMOK_SSO_SECRET. */
    sso?: boolean;
  }
> = {
  auth: { table: true, mail: true, sso: true },
  tenant: { table: true, mail: true },
  payroll: { table: true, mail: true, fonts: true, personalData: true },
  // personalData: the issuer's certificate and its password are sealed with the data key.
  invoice: { table: true, mail: true, fonts: true, personalData: true },
  ledger: { table: true, mail: false },
  // homepages: writes the published pages into the homepages bucket (stacks/site.ts).
  site: { table: true, mail: true, homepages: true },
  docs: { table: false, mail: false },
  // The reseller API: provisions shops (tenant, owner, welcome e-mail) and reads their usage;
  // personalData: its webhooks' signing secrets are sealed under the reseller's data key.
  reseller: { table: true, mail: true, personalData: true, sso: true },
  // The reseller console: the same work as the reseller API, for its admins in the browser;
  // personalData: a webhook registered on its page gets its signing secret sealed there.
  console: { table: true, mail: true, personalData: true },
  // Export and deletion: the zip itself (every module's data, invoice PDFs, full resident
  // numbers on request) is built by the export queue's worker (exportQueue below).
  account: { table: true, mail: true, exports: true },
};

/** HTTP API: one Lambda per module, mounted at the paths functions/routes.ts gives it. */
export function Api({ stack, app }: StackContext) {
  const { table, dataKey } = use(Data);
  const mail = use(Mail);
  const webhooks = use(Webhooks);
  const home = { stage: app.stage, table };
  const routes: Record<string, Function> = {};
  const exports = exportsBucket(stack, app.stage);
  const exportJobs = exportQueue(stack, home, exports, dataKey.keyArn);
  for (const module of Object.keys(MODULE_ROUTES) as Module[]) {
    const needs = NEEDS[module];
    const permissions: iam.PolicyStatement[] = [];
    if (needs.table) permissions.push(tableAccess(table));
    // Whatever may enqueue mail may also emit a webhook event (quota alerts, reseller changes).
    if (needs.mail)
      permissions.push(
        sendTo(mail.outbox.queueArn),
        sendTo(webhooks.queue.queueArn),
      );
    if (needs.homepages) permissions.push(homepagesAccess(app.stage));
    if (needs.exports)
      permissions.push(...exportsAccess(exports), sendTo(exportJobs.queueArn));
    if (needs.personalData)
      permissions.push(
        new iam.PolicyStatement({
          actions: ["kms:GenerateDataKey", "kms:Decrypt"],
          resources: [dataKey.keyArn],
        }),
      );
    // One function per module, shared by all of that module's routes.
    const fn = new Function(
      stack,
      `${module[0].toUpperCase()}${module.slice(1)}Function`,
      lambda(
        `functions/${module}/lambda.handler`,
        home,
        {
          // The same configuration everywhere; what a function may do is in its permissions.
          ...mail.env,
          OUTBOX_QUEUE_URL: mail.outbox.queueUrl,
          WEBHOOK_QUEUE_URL: webhooks.queue.queueUrl,
          ...(needs.fonts ? { GOLMOK_FONT_DIR: "/var/task/fonts" } : {}),
          ...(needs.personalData ? { GOLMOK_KMS_KEY_ID: dataKey.keyArn } : {}),
          // Without it SSO answers 503 sso_not_configured (README, Resellers).
          ...(needs.sso && process.env.GOLMOK_SSO_SECRET
            ? { GOLMOK_SSO_SECRET: process.env.GOLMOK_SSO_SECRET }
            : {}),
          ...(needs.homepages
            ? {
                HOMEPAGES_BUCKET: homepagesBucketName(app.stage),
                SITES_URL: sitesUrl(),
              }
            : {}),
          ...(needs.exports
            ? {
                EXPORTS_BUCKET: exports.bucketName,
                EXPORT_QUEUE_URL: exportJobs.queueUrl,
              }
            : {}),
        },
        {
          permissions,
          ...(needs.fonts ? { copyFiles: FONT_FILES } : {}),
        },
      ),
    );
    for (const route of apiGatewayRoutes(module)) routes[route] = fn;
  }
  // No CORS: the web app reaches the API through its own CloudFront distribution (/api/*, see
  // stacks/web.ts), so the session cookie stays first-party and no other origin needs access.
  const api = new SstApi(stack, "Api", { routes, cors: false });

  // The monthly close: 00:30 KST on the 1st is 15:30 UTC on the last day of the month (EventBridge
  // cron is UTC; L = last day). Half an hour after midnight lets in-flight usage flushes land.
  // The handler closes the month that just ended; a failed run is retried and resumes.
  new Cron(stack, "MonthlyClose", {
    schedule: "cron(30 15 L * ? *)",
    job: {
      function: lambda(
        "functions/billing/close.handler",
        home,
        {},
        { permissions: [tableAccess(table)], timeout: 900 },
      ),
    },
  });
  // The daily purge of accounts whose 30-day grace is over: 03:00 KST (18:00 UTC).
  new Cron(stack, "AccountPurge", {
    schedule: "cron(0 18 * * ? *)",
    job: {
      function: lambda(
        "functions/account/purge.handler",
        home,
        {
          HOMEPAGES_BUCKET: homepagesBucketName(app.stage),
          EXPORTS_BUCKET: exports.bucketName,
        },
        {
          permissions: [
            tableAccess(table),
            homepagesAccess(app.stage),
            ...exportsAccess(exports, true),
          ],
          timeout: 900,
        },
      ),
    },
  });
  stack.addOutputs({ ApiUrl: api.url });
  return { api };
}
