import fc from "fast-check";
import { expect } from "vitest";
import type { Operation } from "./routes";

// Malformed, oversized, wrongly typed and Unicode-tricky values (NUL, RTL override, combining
// marks, 4-byte emoji, CP949 mojibake, injection shapes, impossible dates and numbers).
export const tricky = fc.constantFrom(
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
  "2022-13",
  "-1",
  "1e309",
  "%",
  "ten_01kbexampleexampleexample01",
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

/**
 * Every operation, `runs` times in all, with a tricky value in each path parameter and query
 * string and a body of junk (or of the API's own field names with junk in them): never a 5xx,
 * and every refusal carries a stable code and a Korean message.
 */
export async function fuzzOperations(o: {
  ops: Operation[];
  /** Field names the API's bodies use, so junk lands where validation must catch it. */
  fields: string[];
  /** The query string for a tricky value (each API's own parameter names). */
  query: (encoded: string) => string;
  send: (
    method: string,
    path: string,
    body: unknown,
  ) => Promise<{ status: number; text: string; json?: any }>;
  runs: number;
  /** What a refused request must leave exactly as it was (the caller's stored data). */
  stored?: () => Promise<string>;
}): Promise<number> {
  const body = fc.oneof(
    value,
    fc.dictionary(fc.constantFrom(...o.fields), value),
  );
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...o.ops),
      body,
      tricky,
      async (op, b, q) => {
        const e = encodeURIComponent(q);
        const path =
          op.path.replace(/\{[^}]+\}/g, e.slice(0, 60) || "x") +
          `?${o.query(e)}`;
        const before = o.stored ? await o.stored() : "";
        const res = await o.send(
          op.method,
          path,
          op.method === "GET" ? undefined : b,
        );
        cases++;
        if (o.stored && res.status >= 400)
          expect(
            await o.stored(),
            `${op.method} ${path} was refused (${res.status}) but changed stored data`,
          ).toBe(before);
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
    { numRuns: o.runs },
  );
  return cases;
}
