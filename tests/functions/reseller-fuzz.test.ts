import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { newReseller, rcall, type TestReseller } from "../support/reseller";

// Every operation of the reseller API document, with a valid key, fed malformed, oversized,
// wrongly typed and Unicode-tricky bodies, path parameters and query strings: no 5xx ever, and
// every refusal carries a stable code and a Korean message.
const tricky = fc.constantFrom(
  "\u0000",
  "가\u0000나",
  "\u202Eevil\u202C",
  "😀🇰🇷👩‍👩‍👧",
  "'; DROP TABLE x; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "x".repeat(5000),
  "-1",
  "1e309",
  "ten_01kbexampleexampleexample01",
  "2022-13",
  "%",
);
const value = fc.oneof(
  tricky,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(tricky, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), tricky, { maxKeys: 3 }),
);
const body = fc.oneof(
  value,
  fc.dictionary(
    fc.constantFrom(
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
    ),
    value,
  ),
);

let r: TestReseller;
beforeAll(async () => {
  r = await newReseller();
});

describe("fuzzing the reseller API", () => {
  it("never answers 5xx; every 4xx has a code and a Korean message", async () => {
    const doc = (await call("GET", "/reseller/v1/openapi.json")).json as {
      paths: Record<string, Record<string, unknown>>;
    };
    const ops = Object.entries(doc.paths).flatMap(([path, o]) =>
      Object.keys(o).map((m) => ({ method: m.toUpperCase(), path })),
    );
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        body,
        tricky,
        async (op, b, q) => {
          const e = encodeURIComponent(q);
          const path =
            op.path.replace(/\{[^}]+\}/g, e.slice(0, 60) || "x") +
            `?limit=${e}&cursor=${e}&format=${e}`;
          const res = await rcall(op.method, path, r.key, {
            ...(op.method === "GET" ? {} : { body: b }),
          });
          cases++;
          expect(
            res.status,
            `${op.method} ${path} → ${res.text.slice(0, 200)}`,
          ).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.json?.code, `${op.method} ${path}`).toMatch(/^[a-z_]+$/);
            expect(res.json?.message).toMatch(/[가-힣]/);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(cases).toBe(300);
  }, 240_000);
});
