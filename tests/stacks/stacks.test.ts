import { beforeAll, describe, expect, it } from "vitest";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { TABLE } from "../../core/db/table";
import { MODULE_ROUTES, apiGatewayRoutes } from "../../functions/routes";
import { synth } from "../../stacks/synth";

let t: Awaited<ReturnType<typeof synth>>;
beforeAll(async () => {
  t = await synth("test", { siteFixture: "tests/stacks/fixture-site" });
}, 240_000);

type Statement = { Action: string | string[]; Resource: unknown };
function statementsOf(
  template: Template,
  functionLogicalIdPrefix: string,
): Statement[] {
  const fns = template.findResources("AWS::Lambda::Function");
  const id = Object.keys(fns).find((k) =>
    k.startsWith(functionLogicalIdPrefix),
  );
  if (!id)
    throw new Error(
      `no function ${functionLogicalIdPrefix} in ${Object.keys(fns)}`,
    );
  const role = (fns[id].Properties.Role["Fn::GetAtt"] as string[])[0];
  const policies = template.findResources("AWS::IAM::Policy");
  return Object.values(policies)
    .filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role),
    )
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
}
const actions = (st: Statement[]) => st.flatMap((s) => [s.Action].flat());

describe("Data stack", () => {
  it("defines the one table from core/db/table.ts: keys, GSIs, TTL, on-demand, PITR", () => {
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
          Projection: { ProjectionType: "ALL" },
        }),
      ),
    });
  });

  it("has a rotating KMS key for personal data", () => {
    t.data.hasResourceProperties("AWS::KMS::Key", { EnableKeyRotation: true });
  });

  it("is not retained or protected outside prod", () => {
    const [table] = Object.values(t.data.findResources("AWS::DynamoDB::Table"));
    expect(table.DeletionPolicy).toBe("Delete");
    expect(table.Properties.DeletionProtectionEnabled).toBe(false);
  });
});

describe("Mail stack", () => {
  it("has an SES identity and a configuration set sending delivery events to SNS", () => {
    t.mail.resourceCountIs("AWS::SES::EmailIdentity", 1);
    t.mail.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayWith([
          "bounce",
          "complaint",
          "delivery",
        ]),
        SnsDestination: Match.anyValue(),
      }),
    });
  });

  it("has an outbox queue with a dead-letter queue and a batch worker", () => {
    t.mail.hasResourceProperties("AWS::SQS::Queue", {
      RedrivePolicy: {
        deadLetterTargetArn: Match.anyValue(),
        maxReceiveCount: 5,
      },
      VisibilityTimeout: 180,
    });
    t.mail.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
  });

  it("sweeps the outbox every 5 minutes", () => {
    t.mail.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(5 minutes)",
    });
  });

  it("lets only the worker send mail, and only from its identity and configuration set", () => {
    const worker = actions(statementsOf(t.mail, "OutboxConsumerOutbox"));
    expect(worker).toContain("ses:SendEmail");
    const sweeper = actions(statementsOf(t.mail, "OutboxSweep"));
    expect(sweeper).not.toContain("ses:SendEmail");
    expect(sweeper).toContain("sqs:SendMessage");
  });
});

describe("Api stack", () => {
  it("routes every module's paths to that module's one function", () => {
    const routes = Object.values(
      t.api.findResources("AWS::ApiGatewayV2::Route"),
    ).map((r) => r.Properties.RouteKey);
    for (const module of Object.keys(
      MODULE_ROUTES,
    ) as (keyof typeof MODULE_ROUTES)[])
      for (const route of apiGatewayRoutes(module))
        expect(routes).toContain(route);
    const fns = Object.keys(t.api.findResources("AWS::Lambda::Function"));
    for (const module of ["Auth", "Tenant", "Payroll", "Docs"])
      expect(fns.filter((f) => f.startsWith(`${module}Function`))).toHaveLength(
        1,
      );
  });

  it("runs on a supported Node.js runtime, arm64, with the table name in the environment", () => {
    t.api.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      MemorySize: 256,
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          APP_URL: Match.anyValue(),
        }),
      },
    });
  });

  it("gives each function least privilege: no Scan, no wildcard actions; docs has no table access", () => {
    for (const prefix of [
      "AuthFunction",
      "TenantFunction",
      "PayrollFunction",
    ]) {
      const a = actions(statementsOf(t.api, prefix));
      expect(a).toContain("dynamodb:GetItem");
      expect(a).not.toContain("dynamodb:Scan");
      expect(a.some((x) => x.endsWith("*"))).toBe(false);
    }
    // Only payroll may unwrap personal-data keys.
    expect(actions(statementsOf(t.api, "PayrollFunction"))).toEqual(
      expect.arrayContaining(["kms:GenerateDataKey", "kms:Decrypt"]),
    );
    expect(
      actions(statementsOf(t.api, "TenantFunction")).some((x) =>
        x.startsWith("kms:"),
      ),
    ).toBe(false);
    const docs = actions(statementsOf(t.api, "DocsFunction"));
    expect(docs.some((x) => x.startsWith("dynamodb:"))).toBe(false);
    expect(docs.some((x) => x.startsWith("sqs:"))).toBe(false);
  });
});

describe("Web stack", () => {
  it("keeps the homepage bucket private behind CloudFront with strict security headers", () => {
    t.web.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    t.web.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: Match.objectLike({
            ContentSecurityPolicy: Match.stringLikeRegexp(
              "frame-ancestors 'none'",
            ),
          }),
          StrictTransportSecurity: Match.objectLike({
            IncludeSubdomains: true,
          }),
          ContentTypeOptions: { Override: true },
        }),
      }),
    });
    // The homepage distribution reads the private bucket through Origin Access Control.
    t.web.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        Origins: Match.arrayWith([
          Match.objectLike({ OriginAccessControlId: Match.anyValue() }),
        ]),
        DefaultCacheBehavior: Match.objectLike({
          Compress: true,
          ViewerProtocolPolicy: "redirect-to-https",
          ResponseHeadersPolicyId: Match.anyValue(),
        }),
      }),
    });
  });
});
