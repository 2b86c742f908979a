import { beforeAll, describe, expect, it } from "vitest";
import { synth, type Synthesized } from "../../stacks/synth";

// A separate file (and so a separate process) for the prod stage: SST's project state is global.
let s: Synthesized;
beforeAll(async () => {
  s = await synth("prod", { siteFixture: "tests/stacks/fixture-site" });
}, 240_000);

describe("prod stage", () => {
  it("names every stack after the stage", () => {
    expect(Object.values(s.stackNames)).toEqual([
      "prod-golmok-Data",
      "prod-golmok-Mail",
      "prod-golmok-Webhooks",
      "prod-golmok-Api",
      "prod-golmok-Web",
    ]);
  });

  it("retains the table and protects it from deletion, with PITR on", () => {
    const [table] = Object.values(
      s.templates.data.findResources("AWS::DynamoDB::Table"),
    );
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  it("retains the personal-data key", () => {
    const [key] = Object.values(
      s.templates.data.findResources("AWS::KMS::Key"),
    );
    expect(key.DeletionPolicy).toBe("Retain");
  });

  it("retains the published homepages bucket and does not empty it", () => {
    const buckets = Object.entries(
      s.templates.web.findResources("AWS::S3::Bucket"),
    )
      .filter(([id]) => id.startsWith("Homepages"))
      .map(([, b]) => b);
    expect(buckets).toHaveLength(1);
    expect(buckets[0].DeletionPolicy).toBe("Retain");
    const autoDeleted = Object.values(
      s.templates.web.findResources("Custom::S3AutoDeleteObjects"),
    ).map((r) => JSON.stringify(r.Properties.BucketName));
    expect(autoDeleted.some((b) => b.includes("Homepages"))).toBe(false);
  });
});
