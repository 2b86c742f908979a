import { beforeAll, describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { partitionSnapshot } from "../support/db";
import { fuzzOperations } from "../support/fuzz";
import { documentedOperations } from "../support/routes";
import { Account } from "../../core/account";

// Every documented route, signed in as a real owner, fed malformed, oversized, wrongly typed and
// Unicode-tricky bodies and query strings: no 5xx ever, every refusal carries a stable code, and a
// refused request leaves the shop's stored data exactly as it was.
let owner: Session;
beforeAll(async () => {
  owner = await newTenant();
});

describe("fuzzing every route", () => {
  it("never answers 5xx; every 4xx has a code and a Korean message", async () => {
    const cases = await fuzzOperations({
      // Logging out would sign the owner out for the rest of the run (it takes no input to fuzz).
      ops: (await documentedOperations()).filter(
        (op) => op.path !== "/api/auth/logout",
      ),
      fields: [
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
      ],
      query: (q) => `month=${q}&token=${q}`,
      send: (method, path, body) =>
        call(method, path, { session: owner, body }),
      runs: 500,
      // An accepted export (202) goes on building in the background and then marks its record
      // ready; that finish is not the next request's doing, so it settles before each snapshot.
      stored: async () => {
        await Account.exportsSettled();
        return partitionSnapshot(`T#${owner.tenantId}`);
      },
    });
    expect(cases).toBe(500);
  }, 240_000);
});
