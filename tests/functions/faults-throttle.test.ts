// Issue 9 §4c: DynamoDB throttling, injected into the real client's middleware stack (inside the
// SDK's retry loop), against DynamoDB Local. A burst is retried away with nothing lost; throttling
// that lasts answers 503 with Retry-After and a code — never a 500 — and writes nothing.
import { afterEach, describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { injectThrottling } from "../support/faults";
import { invoiceBody } from "../support/invoice";
import { addEmployee } from "../support/payroll";
import { dynamo, getItem, resetDynamoClient } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import { kstDate, kstMonth } from "../../core/time";

const WRITES = [
  "PutItemCommand",
  "UpdateItemCommand",
  "DeleteItemCommand",
  "TransactWriteItemsCommand",
];
const entry = (amount: number) => ({
  date: kstDate(),
  account: "supplies",
  kind: "expense",
  description: "소모품",
  counterparty: "다이소",
  amount,
  evidence: "card",
});
const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId }, fn);
const entries = async (s: Session) =>
  (await call("GET", `/api/ledger/entries?month=${kstMonth()}`, { session: s }))
    .json.entries as { amount: number; vat: number; description: string }[];
const cells = async (s: Session) =>
  (
    await call(
      "GET",
      `/api/ledger/months?from=${kstMonth()}&to=${kstMonth()}`,
      {
        session: s,
      },
    )
  ).json.months[0].cells as { n: number; amount: number; vat: number }[];
const usage = (s: Session) =>
  asTenant(s.tenantId, () =>
    getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
  );

/** A 503 the way a client can act on it. */
function expectUnavailable(res: {
  status: number;
  json: any;
  headers: Headers;
}) {
  expect(res.status, JSON.stringify(res.json)).toBe(503);
  expect(res.json.code).toBe("unavailable");
  expect(res.json.message).toMatch(/잠시 후 다시/);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe("DynamoDB throttling", () => {
  it("uses the SDK's standard retry with 5 attempts", async () => {
    const config = dynamo().config;
    expect(await config.maxAttempts()).toBe(5);
    const mode = config.retryMode;
    expect(typeof mode === "string" ? mode : await mode()).toBe("standard");
  });

  it("a burst of throttled calls is retried by the SDK: every write lands once, totals equal the entries", async () => {
    const s = await newTenant();
    const t = injectThrottling({
      times: 12,
      kinds: ["ProvisionedThroughputExceededException", "ThrottlingException"],
    });
    stop = t.stop;
    const made = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call("POST", "/api/ledger/entries", {
          session: s,
          body: entry(1_100 * (i + 1)),
        }),
      ),
    );
    expect(t.injected()).toBe(12);
    expect(made.map((r) => r.status)).toEqual(Array(10).fill(201));
    const list = await entries(s);
    expect(list).toHaveLength(10);
    const c = await cells(s);
    expect(c.reduce((a, x) => a + x.n, 0)).toBe(10);
    expect(c.reduce((a, x) => a + x.amount + x.vat, 0)).toBe(1_100 * 55);
    expect(list.reduce((a, x) => a + x.amount + x.vat, 0)).toBe(1_100 * 55);
  });

  it("a transaction cancelled for a throttled item (ThrottlingError) is retried: the invoice is issued once", async () => {
    const s = await newTenant();
    const t = injectThrottling({
      times: 2,
      commands: ["TransactWriteItemsCommand"],
      kinds: ["TransactionThrottled"],
    });
    stop = t.stop;
    const res = await call("POST", "/api/invoices", {
      session: s,
      body: { ...invoiceBody(), issue: true },
    });
    expect(t.injected()).toBe(2);
    expect(res.status, res.text).toBe(201);
    expect(res.json.approvalNo.slice(16)).toBe("00000001");
    expect((await usage(s))!.invoices).toBe(1);
  });

  it("throttled writes that last: 503 with Retry-After and a code, nothing half-written; the retry succeeds once", async () => {
    const s = await newTenant();
    const a = await addEmployee(s);
    const run = await call("POST", "/api/payroll/runs", {
      session: s,
      body: {
        month: "2026-08",
        payDate: "2026-08-25",
        lines: [{ employeeId: a.id }],
      },
    });
    expect(run.status, run.text).toBe(201);
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...x: unknown[]) => void errors.push(x);
    const t = injectThrottling({
      commands: WRITES,
      kinds: [
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "TransactionThrottled",
      ],
    });
    stop = t.stop;
    let ops;
    try {
      ops = await Promise.all([
        call("POST", "/api/ledger/entries", { session: s, body: entry(5_500) }),
        call("POST", "/api/invoices", {
          session: s,
          body: { ...invoiceBody(), issue: true },
          headers: { "idempotency-key": "throttled-order-1" },
        }),
        call("POST", `/api/payroll/runs/${run.json.id}/confirm`, {
          session: s,
        }),
      ]);
    } finally {
      t.stop();
      console.error = log;
    }
    expect(t.injected()).toBeGreaterThanOrEqual(3);
    for (const r of ops) expectUnavailable(r);
    // Nothing was written: no entry, no month totals, no invoice or count, the run still a draft.
    expect(await entries(s)).toEqual([]);
    expect(await cells(s)).toEqual([]);
    expect(
      (await call("GET", "/api/invoices", { session: s })).json.items,
    ).toEqual([]);
    expect((await usage(s))?.invoices ?? 0).toBe(0);
    expect((await usage(s))?.payslips ?? 0).toBe(0);
    const draft = await call("GET", `/api/payroll/runs/${run.json.id}`, {
      session: s,
    });
    expect(draft.json.status).toBe("draft");
    expect(
      await asTenant(s.tenantId, () =>
        getItem(Keys.payrollLock("2026-08"), true),
      ),
    ).toBeUndefined();
    expect(
      errors.filter((e) => JSON.stringify(e).includes("unhandled")),
    ).toEqual([]);

    // Capacity is back: the same requests succeed, once.
    expect(
      (
        await call("POST", "/api/ledger/entries", {
          session: s,
          body: entry(5_500),
        })
      ).status,
    ).toBe(201);
    const again = await Promise.all(
      [1, 2].map(() =>
        call("POST", "/api/invoices", {
          session: s,
          body: { ...invoiceBody(), issue: true },
          headers: { "idempotency-key": "throttled-order-1" },
        }),
      ),
    );
    expect(again.map((r) => r.status)).toEqual([201, 201]);
    expect(again[0].json.id).toBe(again[1].json.id);
    const confirmed = await call(
      "POST",
      `/api/payroll/runs/${run.json.id}/confirm`,
      { session: s },
    );
    expect(confirmed.status).toBe(200);
    // The entry once, and the invoice's automatic posting (a 매출) once.
    const after = await entries(s);
    expect(after.filter((e) => e.description === "소모품")).toHaveLength(1);
    expect(after).toHaveLength(2);
    expect((await usage(s))!.invoices).toBe(1);
    expect((await usage(s))!.payslips).toBe(1);
  });

  it("throttled reads that last: a page's data answers 503, not 500 (nor 401 for the session lookup)", async () => {
    const s = await newTenant();
    const t = injectThrottling({
      commands: ["GetItemCommand", "QueryCommand"],
      kinds: ["ThrottlingException"],
    });
    stop = t.stop;
    const log = console.error;
    console.error = () => undefined;
    try {
      expectUnavailable(
        await call("GET", `/api/ledger/entries?month=${kstMonth()}`, {
          session: s,
        }),
      );
    } finally {
      t.stop();
      console.error = log;
      // The retry quota this spent belongs to this client only: start the next test afresh.
      resetDynamoClient();
    }
    expect(t.injected()).toBeGreaterThanOrEqual(1);
  });
});
