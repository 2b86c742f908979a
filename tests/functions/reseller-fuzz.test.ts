import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { partitionSnapshot } from "../support/db";
import { fuzzOperations } from "../support/fuzz";
import { newReseller, rcall, type TestReseller } from "../support/reseller";
import {
  CONSOLE,
  ccall,
  consoleAdmin,
  type ConsoleSession,
} from "../support/console";

// Every operation of the reseller API document, with a valid key, fed malformed, oversized,
// wrongly typed and Unicode-tricky bodies, path parameters and query strings: no 5xx ever, and
// every refusal carries a stable code and a Korean message, and leaves the reseller's stored data
// (its shops, subscriber ids, keys) exactly as it was.
let r: TestReseller;
let admin: ConsoleSession;
beforeAll(async () => {
  r = await newReseller();
  admin = await consoleAdmin(r.adminEmail);
});

// The white-label brand's body (PUT …/brand, in both documents).
const BRAND_FIELDS = [
  "displayName",
  "logo",
  "primaryColor",
  "accentColor",
  "supportPhone",
  "supportEmail",
  "senderName",
  "senderAddress",
];

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
        ...BRAND_FIELDS,
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

// The same for the console's document (/api/reseller-console/openapi.json), signed in as the
// reseller's admin with the console cookie and CSRF token: every console route, the brand's
// included, and any route added later.
describe("fuzzing the reseller console API", () => {
  it("never answers 5xx; every 4xx has a code and a Korean message", async () => {
    const doc = (await call("GET", `${CONSOLE}/openapi.json`)).json as {
      paths: Record<string, Record<string, unknown>>;
    };
    const ops = Object.entries(doc.paths).flatMap(([path, o]) =>
      Object.keys(o).map((m) => ({ method: m.toUpperCase(), path })),
    );
    expect(ops).toContainEqual({ method: "PUT", path: `${CONSOLE}/brand` });
    expect(ops).toContainEqual({
      method: "POST",
      path: `${CONSOLE}/webhooks/deliveries/{id}/retry`,
    });
    const cases = await fuzzOperations({
      // Logging out would end the admin's session for the rest of the run (it takes no input).
      ops: ops.filter((op) => op.path !== `${CONSOLE}/logout`),
      fields: [
        "email",
        "password",
        "token",
        "plan",
        "name",
        "scopes",
        "filename",
        "base64",
        "gzip",
        "rows",
        "url",
        "events",
        "description",
        "status",
        ...BRAND_FIELDS,
      ],
      query: (q) =>
        `limit=${q}&cursor=${q}&format=${q}&token=${q}&status=${q}&webhookId=${q}`,
      send: (method, path, body) => ccall(method, path, admin, { body }),
      runs: 300,
      stored: () => partitionSnapshot(`R#${r.id}`),
    });
    expect(cases).toBe(300);
  }, 240_000);
});
