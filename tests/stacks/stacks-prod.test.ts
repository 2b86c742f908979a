import { beforeAll, describe, expect, it } from "vitest";
import { synth } from "../../stacks/synth";

// A separate file (and so a separate process) for the prod stage: SST's project state is global.
let t: Awaited<ReturnType<typeof synth>>;
beforeAll(async () => {
  t = await synth("prod", { siteFixture: "tests/stacks/fixture-site" });
}, 240_000);

describe("prod stage", () => {
  it("retains the table and protects it from deletion, with PITR on", () => {
    const [table] = Object.values(t.data.findResources("AWS::DynamoDB::Table"));
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  it("retains the published homepages bucket", () => {
    const buckets = Object.values(t.web.findResources("AWS::S3::Bucket"));
    expect(buckets.some((b) => b.DeletionPolicy === "Retain")).toBe(true);
  });
});
