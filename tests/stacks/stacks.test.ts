import { beforeAll, describe, expect, it } from "vitest";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { projectionOf, TABLE } from "../../core/db/table";
import { MODULE_ROUTES, apiGatewayRoutes } from "../../functions/routes";
import { synth, type Synthesized } from "../../stacks/synth";
import { WORKER_TIMEOUT_SECONDS } from "../../stacks/mail";
import { WEBHOOK_WORKER_TIMEOUT_SECONDS } from "../../stacks/webhooks";
import {
  EXPORT_TRIES,
  EXPORT_VISIBILITY_SECONDS,
  EXPORT_WORKER_TIMEOUT_SECONDS,
} from "../../core/account/storage";

// The whole app, synthesized once (bundling every function takes a while), for a non-prod stage.
let t: Synthesized["templates"];
beforeAll(async () => {
  ({ templates: t } = await synth("test", {
    siteFixture: "tests/stacks/fixture-site",
  }));
}, 240_000);

type Statement = { Action: string | string[]; Resource: unknown };
type Resource = { Properties: Record<string, any> } & Record<string, any>;

function functionOf(template: Template, logicalIdPrefix: string): Resource {
  const fns = template.findResources("AWS::Lambda::Function");
  const ids = Object.keys(fns).filter((k) => k.startsWith(logicalIdPrefix));
  if (ids.length !== 1)
    throw new Error(
      `expected one function ${logicalIdPrefix}, found ${ids} in ${Object.keys(fns)}`,
    );
  return fns[ids[0]] as Resource;
}

/** Every statement of every policy attached to the function's role. */
function statementsOf(template: Template, prefix: string): Statement[] {
  const role = (
    functionOf(template, prefix).Properties.Role["Fn::GetAtt"] as string[]
  )[0];
  return Object.values(template.findResources("AWS::IAM::Policy"))
    .filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role),
    )
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}
const actionsOf = (st: Statement[]) => st.flatMap((s) => [s.Action].flat());
const resourcesOf = (st: Statement[]) => st.flatMap((s) => [s.Resource].flat());

const API_FUNCTIONS = {
  auth: "Auth",
  tenant: "Tenant",
  payroll: "Payroll",
  reseller: "Reseller",
};
const MAIL_FUNCTIONS = {
  worker: "OutboxConsumerOutbox",
  sweeper: "OutboxSweepJob",
  events: "MailEventsHandler",
};

describe("Data stack", () => {
  it("defines the one table from core/db/table.ts: keys, GSIs, TTL, on-demand, PITR", () => {
    t.data.resourceCountIs("AWS::DynamoDB::Table", 1);
    t.data.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE.sortKey, KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: {
        AttributeName: TABLE.ttlAttribute,
        Enabled: true,
      },
      GlobalSecondaryIndexes: Object.entries(TABLE.indexes).map(([name, ix]) =>
        Match.objectLike({
          IndexName: name,
          KeySchema: [
            { AttributeName: ix.partitionKey, KeyType: "HASH" },
            { AttributeName: ix.sortKey, KeyType: "RANGE" },
          ],
          Projection: projectionOf(ix),
        }),
      ),
      StreamSpecification: Match.absent(),
    });
  });

  it("has a rotating KMS key for personal data", () => {
    t.data.hasResourceProperties("AWS::KMS::Key", { EnableKeyRotation: true });
  });

  it("is neither retained nor protected outside prod", () => {
    const [table] = Object.values(t.data.findResources("AWS::DynamoDB::Table"));
    expect(table.DeletionPolicy).toBe("Delete");
    expect(table.Properties.DeletionProtectionEnabled).toBe(false);
  });
});

describe("Mail stack", () => {
  it("has an SES identity and a configuration set sending bounce, complaint, delivery and reject events to SNS", () => {
    t.mail.resourceCountIs("AWS::SES::EmailIdentity", 1);
    t.mail.hasResourceProperties("AWS::SES::EmailIdentity", {
      EmailIdentity: "golmok.kr",
      ConfigurationSetAttributes: Match.objectLike({
        ConfigurationSetName: Match.anyValue(),
      }),
    });
    t.mail.hasResourceProperties("AWS::SES::ConfigurationSet", {
      Name: "golmok-test",
    });
    const [destination] = Object.values(
      t.mail.findResources("AWS::SES::ConfigurationSetEventDestination"),
    );
    const ed = destination.Properties.EventDestination;
    expect(ed.Enabled).toBe(true);
    expect([...ed.MatchingEventTypes].sort()).toEqual([
      "bounce",
      "complaint",
      "delivery",
      "reject",
    ]);
    expect(ed.SnsDestination.TopicARN).toEqual({
      Ref: Object.keys(t.mail.findResources("AWS::SNS::Topic"))[0],
    });
  });

  it("has an outbox queue with a dead-letter queue and a batch worker", () => {
    t.mail.resourceCountIs("AWS::SQS::Queue", 2);
    t.mail.hasResourceProperties("AWS::SQS::Queue", {
      RedrivePolicy: {
        deadLetterTargetArn: Match.anyValue(),
        maxReceiveCount: 5,
      },
      VisibilityTimeout: WORKER_TIMEOUT_SECONDS * 6,
    });
    const worker = functionOf(t.mail, MAIL_FUNCTIONS.worker);
    expect(worker.Properties.Timeout).toBe(WORKER_TIMEOUT_SECONDS);
    t.mail.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      FunctionName: { Ref: Match.stringLikeRegexp(MAIL_FUNCTIONS.worker) },
    });
  });

  it("sweeps the outbox every 5 minutes", () => {
    t.mail.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(5 minutes)",
      Targets: [
        Match.objectLike({
          Arn: {
            "Fn::GetAtt": [
              Match.stringLikeRegexp(MAIL_FUNCTIONS.sweeper),
              "Arn",
            ],
          },
        }),
      ],
    });
  });

  it("feeds the SES events topic to the events function", () => {
    t.mail.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "lambda",
      Endpoint: {
        "Fn::GetAtt": [Match.stringLikeRegexp(MAIL_FUNCTIONS.events), "Arn"],
      },
    });
  });

  it("gives each mail function least privilege", () => {
    const worker = statementsOf(t.mail, MAIL_FUNCTIONS.worker);
    const sweeper = statementsOf(t.mail, MAIL_FUNCTIONS.sweeper);
    const events = statementsOf(t.mail, MAIL_FUNCTIONS.events);

    // Only the worker sends mail, and only from its identity through its configuration set.
    const send = worker.filter((s) =>
      actionsOf([s]).some((a) => a.startsWith("ses:")),
    );
    expect(actionsOf(send).sort()).toEqual([
      "ses:SendEmail",
      "ses:SendRawEmail",
    ]);
    expect(JSON.stringify(resourcesOf(send))).toMatch(/identity\/golmok\.kr/);
    expect(JSON.stringify(resourcesOf(send))).toMatch(/configuration-set\//);
    expect(actionsOf(worker)).toContain("dynamodb:UpdateItem");

    expect(actionsOf(sweeper)).toContain("sqs:SendMessage");
    expect(actionsOf(sweeper)).toContain("dynamodb:Query");
    expect(actionsOf(sweeper).some((a) => a.startsWith("ses:"))).toBe(false);

    expect(actionsOf(events).every((a) => a.startsWith("dynamodb:"))).toBe(
      true,
    );

    for (const st of [worker, sweeper, events]) {
      expect(actionsOf(st)).not.toContain("dynamodb:Scan");
      expect(actionsOf(st).some((a) => a.includes("*"))).toBe(false);
      expect(resourcesOf(st)).not.toContain("*");
    }
  });
});

describe("Api stack", () => {
  it("routes every module's paths to that module's one function", () => {
    const routes = Object.values(
      t.api.findResources("AWS::ApiGatewayV2::Route"),
    ).map((r) => r.Properties.RouteKey);
    const modules = Object.keys(
      MODULE_ROUTES,
    ) as (keyof typeof MODULE_ROUTES)[];
    for (const module of modules)
      for (const route of apiGatewayRoutes(module))
        expect(routes).toContain(route);
    for (const route of [
      "ANY /api/auth/{proxy+}",
      "ANY /api/tenant/{proxy+}",
      "ANY /api/me",
      "ANY /api/usage",
      "ANY /api/health",
      "ANY /api/openapi.json",
      "ANY /api/docs",
      "ANY /reseller/v1/{proxy+}",
    ])
      expect(routes).toContain(route);
    for (const module of modules) {
      const name = `${module[0].toUpperCase()}${module.slice(1)}Function`;
      functionOf(t.api, name); // exactly one
    }
  });

  it("has no CORS: the web app reaches it on its own origin", () => {
    t.api.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      ProtocolType: "HTTP",
      CorsConfiguration: Match.absent(),
    });
  });

  it("runs every function on Node.js 22, arm64, 256 MB, 10 s, with the same configuration", () => {
    for (const module of Object.keys(MODULE_ROUTES)) {
      const fn = functionOf(
        t.api,
        `${module[0].toUpperCase()}${module.slice(1)}Function`,
      );
      // The account function only records an export: the export queue's worker builds the zip.
      expect(fn.Properties).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        MemorySize: 256,
        Timeout: 10,
      });
      const env = fn.Properties.Environment.Variables;
      for (const key of [
        "TABLE_NAME",
        "OUTBOX_QUEUE_URL",
        "SES_CONFIGURATION_SET",
      ])
        expect(env[key], key).toBeDefined();
      expect(env.STAGE).toBe("test");
      expect(env.APP_URL).toBe("https://app.golmok.kr");
      // SES refuses a raw Unicode sender name: it must be an RFC 2047 encoded-word.
      expect(env.MAIL_FROM).toMatch(/^[\x20-\x7e]+$/);
      const [, b64, address] = env.MAIL_FROM.match(
        /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <(.+)>$/,
      );
      expect(Buffer.from(b64, "base64").toString("utf8")).toBe("골목 Golmok");
      expect(address).toBe("no-reply@golmok.kr");
    }
  });

  it("gives each function least privilege: no Scan, no wildcard actions; docs touches no data", () => {
    for (const prefix of Object.values(API_FUNCTIONS)) {
      const st = statementsOf(t.api, `${prefix}Function`);
      const a = actionsOf(st);
      expect(a).toEqual(
        expect.arrayContaining([
          "dynamodb:GetItem",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:Query",
          "dynamodb:ConditionCheckItem",
          "sqs:SendMessage",
        ]),
      );
      expect(a).not.toContain("dynamodb:Scan");
      expect(a.some((x) => x.includes("*"))).toBe(false);
      expect(resourcesOf(st)).not.toContain("*");
    }
    // Only payroll, and the reseller API and console for webhooks' signing secrets, may unwrap data keys.
    for (const prefix of [
      "PayrollFunction",
      "ResellerFunction",
      "ConsoleFunction",
    ]) {
      expect(actionsOf(statementsOf(t.api, prefix))).toEqual(
        expect.arrayContaining(["kms:GenerateDataKey", "kms:Decrypt"]),
      );
      expect(
        functionOf(t.api, prefix).Properties.Environment.Variables
          .GOLMOK_KMS_KEY_ID,
      ).toBeDefined();
    }
    for (const prefix of ["AuthFunction", "TenantFunction", "DocsFunction"])
      expect(
        actionsOf(statementsOf(t.api, prefix)).some((x) =>
          x.startsWith("kms:"),
        ),
      ).toBe(false);
    const docs = actionsOf(statementsOf(t.api, "DocsFunction"));
    expect(docs.some((x) => x.startsWith("dynamodb:"))).toBe(false);
    expect(docs.some((x) => x.startsWith("sqs:"))).toBe(false);
  });
});

describe("Webhooks stack", () => {
  const WORKER = "WebhookQueueConsumerWebhookQueue";
  const SWEEPER = "WebhookSweepJob";

  it("has a delivery queue with a dead-letter queue and a batch worker that reports item failures", () => {
    t.webhooks.resourceCountIs("AWS::SQS::Queue", 2);
    t.webhooks.hasResourceProperties("AWS::SQS::Queue", {
      RedrivePolicy: {
        deadLetterTargetArn: Match.anyValue(),
        maxReceiveCount: 5,
      },
      VisibilityTimeout: WEBHOOK_WORKER_TIMEOUT_SECONDS * 6,
    });
    expect(functionOf(t.webhooks, WORKER).Properties.Timeout).toBe(
      WEBHOOK_WORKER_TIMEOUT_SECONDS,
    );
    t.webhooks.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      FunctionName: { Ref: Match.stringLikeRegexp(WORKER) },
    });
  });

  it("sweeps due deliveries every 5 minutes", () => {
    t.webhooks.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(5 minutes)",
      Targets: [
        Match.objectLike({
          Arn: { "Fn::GetAtt": [Match.stringLikeRegexp(SWEEPER), "Arn"] },
        }),
      ],
    });
  });

  it("gives the worker the table and kms:Decrypt only, the sweeper the table and the queue; no Scan, no wildcards", () => {
    const worker = statementsOf(t.webhooks, WORKER);
    const sweeper = statementsOf(t.webhooks, SWEEPER);
    expect(actionsOf(worker)).toContain("dynamodb:UpdateItem");
    expect(actionsOf(worker).filter((a) => a.startsWith("kms:"))).toEqual([
      "kms:Decrypt",
    ]);
    expect(
      functionOf(t.webhooks, WORKER).Properties.Environment.Variables
        .GOLMOK_KMS_KEY_ID,
    ).toBeDefined();
    expect(actionsOf(sweeper)).toContain("sqs:SendMessage");
    expect(actionsOf(sweeper)).toContain("dynamodb:Query");
    expect(actionsOf(sweeper).some((a) => a.startsWith("kms:"))).toBe(false);
    for (const st of [worker, sweeper]) {
      expect(actionsOf(st)).not.toContain("dynamodb:Scan");
      expect(actionsOf(st).some((a) => a.includes("*"))).toBe(false);
      expect(resourcesOf(st)).not.toContain("*");
    }
  });

  it("lets the reseller API (and every function that may enqueue mail) announce deliveries", () => {
    const reseller = functionOf(t.api, "ResellerFunction");
    expect(
      reseller.Properties.Environment.Variables.WEBHOOK_QUEUE_URL,
    ).toBeDefined();
    const sends = statementsOf(t.api, "ResellerFunction").filter((s) =>
      actionsOf([s]).includes("sqs:SendMessage"),
    );
    // The outbox and the webhook queue.
    expect(resourcesOf(sends)).toHaveLength(2);
    expect(JSON.stringify(resourcesOf(sends))).toMatch(/WebhookQueue/);
  });
});

describe("Monthly close", () => {
  it("runs the close at 00:30 KST on the 1st (15:30 UTC on the last day) with table access and no Scan", () => {
    const rules = Object.values(t.api.findResources("AWS::Events::Rule"));
    const rule = rules.find(
      (r) => r.Properties.ScheduleExpression === "cron(30 15 L * ? *)",
    );
    expect(rule, "the close's schedule").toBeDefined();
    const fns = t.api.findResources("AWS::Lambda::Function");
    const id = Object.keys(fns).find((k) => k.startsWith("MonthlyCloseJob"))!;
    expect(rule!.Properties.Targets[0].Arn).toEqual({
      "Fn::GetAtt": [id, "Arn"],
    });
    const fn = functionOf(t.api, "MonthlyCloseJob");
    expect(fn.Properties).toMatchObject({
      Runtime: "nodejs22.x",
      Timeout: 900,
    });
    const a = actionsOf(statementsOf(t.api, "MonthlyCloseJob"));
    expect(a).toEqual(
      expect.arrayContaining([
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:Query",
      ]),
    );
    expect(a).not.toContain("dynamodb:Scan");
    expect(a.some((x) => x.includes("*"))).toBe(false);
  });
});

describe("Account: exports and the purge", () => {
  it("keeps exports in a private, encrypted bucket that deletes them after 7 days", () => {
    const [bucket] = Object.values(t.api.findResources("AWS::S3::Bucket"));
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [{ ExpirationInDays: 7, Prefix: "exports/", Status: "Enabled" }],
      },
    });
    const fn = functionOf(t.api, "AccountFunction");
    expect(fn.Properties.Environment.Variables.EXPORTS_BUCKET).toBeDefined();
    expect(fn.Properties.Environment.Variables.EXPORT_QUEUE_URL).toBeDefined();
    const a = actionsOf(statementsOf(t.api, "AccountFunction"));
    expect(a).toEqual(
      expect.arrayContaining(["s3:GetObject", "sqs:SendMessage"]),
    );
    expect(a).not.toContain("s3:DeleteObject");
    expect(a).not.toContain("dynamodb:Scan");
    // The API function opens no sealed data: full resident numbers are the worker's to unseal.
    expect(a.some((x) => x.startsWith("kms:"))).toBe(false);
  });

  it("builds exports on a queue worker with 15 minutes and 2 GB, retried once, then a dead-letter queue", () => {
    const WORKER = "ExportQueueConsumerExportQueue";
    t.api.hasResourceProperties("AWS::SQS::Queue", {
      RedrivePolicy: {
        deadLetterTargetArn: Match.anyValue(),
        maxReceiveCount: EXPORT_TRIES,
      },
      VisibilityTimeout: EXPORT_VISIBILITY_SECONDS,
    });
    const fn = functionOf(t.api, WORKER);
    expect(fn.Properties).toMatchObject({
      Runtime: "nodejs22.x",
      Timeout: EXPORT_WORKER_TIMEOUT_SECONDS,
      MemorySize: 2048,
    });
    // A message may come back only after its worker's time is up.
    expect(EXPORT_VISIBILITY_SECONDS).toBeGreaterThan(
      EXPORT_WORKER_TIMEOUT_SECONDS,
    );
    const env = fn.Properties.Environment.Variables;
    for (const key of [
      "EXPORTS_BUCKET",
      "GOLMOK_FONT_DIR",
      "GOLMOK_KMS_KEY_ID",
    ])
      expect(env[key], key).toBeDefined();
    t.api.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 1,
      FunctionName: { Ref: Match.stringLikeRegexp(WORKER) },
    });
    const a = actionsOf(statementsOf(t.api, WORKER));
    expect(a).toEqual(
      expect.arrayContaining([
        "dynamodb:Query",
        "dynamodb:UpdateItem",
        "s3:PutObject",
      ]),
    );
    expect(a.filter((x) => x.startsWith("kms:"))).toEqual(["kms:Decrypt"]);
    expect(a).not.toContain("dynamodb:Scan");
    expect(a).not.toContain("s3:DeleteObject");
    expect(a.some((x) => x.includes("*"))).toBe(false);
  });

  it("purges due accounts daily at 03:00 KST, with no Scan", () => {
    const rules = Object.values(t.api.findResources("AWS::Events::Rule"));
    expect(
      rules.some(
        (r) => r.Properties.ScheduleExpression === "cron(0 18 * * ? *)",
      ),
    ).toBe(true);
    const fn = functionOf(t.api, "AccountPurgeJob");
    expect(fn.Properties).toMatchObject({ Timeout: 900 });
    const a = actionsOf(statementsOf(t.api, "AccountPurgeJob"));
    expect(a).toEqual(
      expect.arrayContaining([
        "dynamodb:Query",
        "dynamodb:DeleteItem",
        "dynamodb:BatchWriteItem",
        "s3:DeleteObject",
        "s3:ListBucket",
      ]),
    );
    expect(a).not.toContain("dynamodb:Scan");
    expect(a.some((x) => x.includes("*"))).toBe(false);
  });
});

describe("Web stack", () => {
  const distributions = () =>
    Object.values(t.web.findResources("AWS::CloudFront::Distribution")).map(
      (d) => d.Properties.DistributionConfig,
    );
  const appDistribution = () =>
    distributions().find((d) =>
      (d.CacheBehaviors ?? []).some(
        (b: { PathPattern: string }) => b.PathPattern === "/api/*",
      ),
    );

  it("keeps the homepage bucket private and encrypted", () => {
    t.web.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" },
          }),
        ],
      },
    });
  });

  it("serves homepages through CloudFront with Origin Access Control, compression and strict headers", () => {
    const homepages = distributions().find((d) =>
      d.Origins.some((o: { OriginAccessControlId?: unknown }) =>
        Boolean(o.OriginAccessControlId),
      ),
    );
    expect(homepages).toBeDefined();
    expect(homepages.DefaultCacheBehavior).toMatchObject({
      Compress: true,
      ViewerProtocolPolicy: "redirect-to-https",
    });
    const policyId = homepages.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref;
    const policy = t.web.findResources(
      "AWS::CloudFront::ResponseHeadersPolicy",
    )[policyId];
    const headers =
      policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(
      /default-src 'none'.*frame-ancestors 'none'/,
    );
    expect(headers.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 730 * 24 * 3600,
      IncludeSubdomains: true,
      Override: true,
    });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe(
      "strict-origin-when-cross-origin",
    );
    expect(headers.FrameOptions.FrameOption).toBe("DENY");
  });

  it("forwards the app's /api/* to the HTTP API, uncached, on the site's own origin", () => {
    const app = appDistribution();
    expect(app).toBeDefined();
    const api = app.CacheBehaviors.find(
      (b: { PathPattern: string }) => b.PathPattern === "/api/*",
    );
    expect(api.AllowedMethods).toEqual(
      expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    );
    expect(api.CachePolicyId).toBe("4135ea2d-6df8-44a3-9df3-4b5a84be39ad"); // CachingDisabled
    expect(api.OriginRequestPolicyId).toBe(
      "b689b0a8-53d0-40ab-baf2-68738e2966ac", // AllViewerExceptHostHeader
    );
    const origin = app.Origins.find(
      (o: { Id: string }) => o.Id === api.TargetOriginId,
    );
    expect(JSON.stringify(origin.DomainName)).toMatch(/ApiEndpoint/);
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
    // Error pages would apply to /api/* too and hide the API's 403/404 answers.
    expect(app.CustomErrorResponses).toBeUndefined();
    expect(app.DefaultCacheBehavior.Compress).toBe(true);
    expect(app.DefaultCacheBehavior.ResponseHeadersPolicyId).toBeDefined();
  });

  it("rewrites client-side routes to the SPA shell, and leaves files alone", () => {
    const app = appDistribution();
    const fnId =
      app.DefaultCacheBehavior.FunctionAssociations[0].FunctionARN[
        "Fn::GetAtt"
      ][0];
    const code = t.web.findResources("AWS::CloudFront::Function")[fnId]
      .Properties.FunctionCode as string;
    const handler = new Function(`${code}; return handler;`)() as (e: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite("/")).toBe("/index.html");
    expect(rewrite("/dashboard")).toBe("/index.html");
    expect(rewrite("/settings/members")).toBe("/index.html");
    expect(rewrite("/assets/index-abc.js")).toBe("/assets/index-abc.js");
    expect(rewrite("/favicon.ico")).toBe("/favicon.ico");
    expect(rewrite("/.well-known/security")).toBe("/.well-known/security");
  });
});

describe("Homepages", () => {
  const homepages = () =>
    Object.values(t.web.findResources("AWS::CloudFront::Distribution"))
      .map((d) => d.Properties.DistributionConfig)
      .find((d) =>
        d.Origins.some((o: { OriginAccessControlId?: unknown }) =>
          Boolean(o.OriginAccessControlId),
        ),
      );

  it("lets the site function write only published pages into the homepages bucket", () => {
    const fn = functionOf(t.api, "SiteFunction");
    const env = fn.Properties.Environment.Variables;
    expect(JSON.stringify(env.HOMEPAGES_BUCKET)).toContain(
      "test-golmok-homepages-",
    );
    expect(env.SITES_URL).toBe("https://sites.golmok.kr");
    const st = statementsOf(t.api, "SiteFunction");
    const s3 = st.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith("s3:")),
    );
    expect(actionsOf(s3).sort()).toEqual(["s3:DeleteObject", "s3:PutObject"]);
    expect(JSON.stringify(resourcesOf(s3))).toMatch(
      /arn:aws:s3:::test-golmok-homepages-.*\/s\/\*/,
    );
    // No other function may touch the bucket.
    for (const other of ["AuthFunction", "TenantFunction", "InvoiceFunction"])
      expect(
        actionsOf(statementsOf(t.api, other)).some((a) => a.startsWith("s3:")),
      ).toBe(false);
    // The bucket is named as the function is told.
    const [bucket] = Object.entries(t.web.findResources("AWS::S3::Bucket"))
      .filter(([id]) => id.startsWith("Homepages"))
      .map(([, b]) => b);
    expect(JSON.stringify(bucket.Properties.BucketName)).toContain(
      "test-golmok-homepages-",
    );
  });

  it("serves /s/<slug>/ as index.html and forwards only /api/public/* to the API", () => {
    const cdn = homepages();
    const fnId =
      cdn.DefaultCacheBehavior.FunctionAssociations[0].FunctionARN[
        "Fn::GetAtt"
      ][0];
    const code = t.web.findResources("AWS::CloudFront::Function")[fnId]
      .Properties.FunctionCode as string;
    const handler = new Function(`${code}; return handler;`)() as (e: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite("/s/%EA%B3%A8%EB%AA%A9/")).toBe(
      "/s/%EA%B3%A8%EB%AA%A9/index.html",
    );
    expect(rewrite("/s/hair")).toBe("/s/hair/index.html");
    expect(rewrite("/s/hair/site.css")).toBe("/s/hair/site.css");
    const behaviors = cdn.CacheBehaviors.map(
      (b: { PathPattern: string }) => b.PathPattern,
    );
    expect(behaviors).toEqual(["/api/public/*"]);
    const api = cdn.CacheBehaviors[0];
    expect(api.CachePolicyId).toBe("4135ea2d-6df8-44a3-9df3-4b5a84be39ad"); // CachingDisabled
    expect(api.ViewerProtocolPolicy).toBe("https-only");
    // The forms' HTML answers get the homepage's policy (its stylesheet may load).
    const policy = t.web.findResources(
      "AWS::CloudFront::ResponseHeadersPolicy",
    )[api.ResponseHeadersPolicyId.Ref];
    expect(
      policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
        .ContentSecurityPolicy.ContentSecurityPolicy,
    ).toMatch(/default-src 'none'.*style-src 'self'/);
  });
});
