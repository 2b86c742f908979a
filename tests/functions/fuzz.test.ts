import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { documentedOperations } from "../support/routes";

// Every documented route, signed in as a real owner, fed malformed, oversized, wrongly typed and
// Unicode-tricky bodies and query strings: no 5xx ever, and every refusal carries a stable code.
const tricky = fc.constantFrom(
  "\u0000",
  "가\u0000나",
  "\u202Eevil\u202C",
  "e\u0301\u0301\u0301",
  "😀🇰🇷👩‍👩‍👧",
  "ì\u0095\u009c",
  "'; DROP TABLE x; --",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "../../etc/passwd",
  "x".repeat(5000),
  "2026-02-30",
  "-1",
  "1e309",
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
      "name",
      "email",
      "password",
      "token",
      "month",
      "payDate",
      "lines",
      "bizNo",
      "rrn",
      "role",
      "employeeId",
    ),
    value,
  ),
);

let owner: Session;
beforeAll(async () => {
  owner = await newTenant();
});

describe("fuzzing every route", () => {
  it("never answers 5xx; every 4xx has a code and a Korean message", async () => {
    const ops = await documentedOperations();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        body,
        tricky,
        async (op, b, q) => {
          const path =
            op.path.replace(
              /\{[^}]+\}/g,
              encodeURIComponent(q).slice(0, 60) || "x",
            ) +
            `?month=${encodeURIComponent(q)}&token=${encodeURIComponent(q)}`;
          const res = await call(op.method, path, {
            session: owner,
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
      { numRuns: 500 },
    );
    expect(cases).toBe(500);
  }, 240_000);
});
