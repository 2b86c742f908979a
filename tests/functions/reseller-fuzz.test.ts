import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { partitionSnapshot } from "../support/db";
import { fuzzOperations } from "../support/fuzz";
import { newReseller, rcall, type TestReseller } from "../support/reseller";

// Every operation of the reseller API document, with a valid key, fed malformed, oversized,
// wrongly typed and Unicode-tricky bodies, path parameters and query strings: no 5xx ever, and
// every refusal carries a stable code and a Korean message, and leaves the reseller's stored data
// (its shops, subscriber ids, keys) exactly as it was.
let r: TestReseller;
beforeAll(async () => {
  r = await newReseller();
});

describe("fuzzing the reseller API", () => {
  it("never answers 5xx; every 4xx has a code and a Korean message", async () => {
    const doc = (await call("GET", "/reseller/v1/openapi.json")).json as {
      paths: Record<string, Record<string, unknown>>;
    };
    const cases = await fuzzOperations({
      ops: Object.entries(doc.paths).flatMap(([path, o]) =>
        Object.keys(o).map((m) => ({ method: m.toUpperCase(), path })),
      ),
      fields: [
        "subscriberId",
        "businessName",
        "ownerName",
        "ownerEmail",
        "bizNo",
        "industry",
        "taxType",
        "plan",
        "contactPhone",
        "address",
        "url",
        "events",
        "description",
        "status",
      ],
      query: (q) =>
        `limit=${q}&cursor=${q}&format=${q}&webhookId=${q}&status=${q}`,
      send: (method, path, body) => rcall(method, path, r.key, { body }),
      runs: 300,
      stored: () => partitionSnapshot(`R#${r.id}`),
    });
    expect(cases).toBe(300);
  }, 240_000);
});
