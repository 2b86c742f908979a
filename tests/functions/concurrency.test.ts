// Issue 9 §3: what a shop relies on when many requests arrive at once, with the issue's numbers,
// through the API against DynamoDB Local. (The smaller checks that lived in invoice, ledger and
// booking tests moved here.)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { call, newTenant, randomBizNo, type Session } from "../support/api";
import { invoiceBody } from "../support/invoice";
import { getItem } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import { kstDate, kstMonth } from "../../core/time";
import { addDays, weekday } from "../../core/site/slots";

process.env.GOLMOK_SITES_DIR ??= mkdtempSync(
  resolve(tmpdir(), "golmok-concurrency-test-"),
);

const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId }, fn);
const all = <T>(n: number, fn: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => fn(i)));
const invoiceCount = async (s: Session) =>
  (
    await asTenant(s.tenantId, () =>
      getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
    )
  )?.invoices ?? 0;

describe("100 concurrent invoice issues", () => {
  it("with one Idempotency-Key: exactly one invoice, every answer the same id and approval number", async () => {
    const s = await newTenant();
    const key = `order-${randomBizNo()}`;
    const body = { ...invoiceBody(), issue: true };
    const res = await all(100, () =>
      call("POST", "/api/invoices", {
        session: s,
        body,
        headers: { "idempotency-key": key },
      }),
    );
    expect(res.filter((r) => r.status !== 201).map((r) => r.text)).toEqual([]);
    expect(new Set(res.map((r) => r.json.id)).size).toBe(1);
    expect(new Set(res.map((r) => r.json.approvalNo)).size).toBe(1);
    expect(res[0].json.approvalNo.slice(16)).toBe("00000001");
    const list = (await call("GET", "/api/invoices", { session: s })).json;
    expect(list.items).toHaveLength(1);
    expect(await invoiceCount(s)).toBe(1);
  });

  it("without a key: 100 invoices whose serials are unique and gapless (1…100)", async () => {
    const s = await newTenant();
    const res = await all(100, () =>
      call("POST", "/api/invoices", {
        session: s,
        body: { ...invoiceBody(), issue: true },
      }),
    );
    expect(res.filter((r) => r.status !== 201).map((r) => r.text)).toEqual([]);
    expect(new Set(res.map((r) => r.json.id)).size).toBe(100);
    const serials = res
      .map((r) => Number(r.json.approvalNo.slice(16)))
      .sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(res.map((r) => r.json.approvalNo)).size).toBe(100);
    const list = (await call("GET", "/api/invoices", { session: s })).json;
    expect(list.items).toHaveLength(100);
    expect(await invoiceCount(s)).toBe(100);
  });
});

describe("50 concurrent ledger writes", () => {
  const entry = (i: number) => ({
    date: kstDate(),
    account: i % 3 ? "supplies" : "rent",
    kind: "expense",
    description: `동시 기록 ${i}`,
    counterparty: "다이소",
    amount: 1_000 + i * 110,
    evidence: i % 2 ? "card" : "taxInvoice",
  });
  type Cell = { account: string; amount: number; vat: number; n?: number };
  const byAccount = (list: Cell[]) => {
    const out: Record<string, [number, number, number]> = {};
    for (const x of list) {
      const t = (out[x.account] ??= [0, 0, 0]);
      t[0] += x.n ?? 1;
      t[1] += x.amount;
      t[2] += x.vat;
    }
    return out;
  };
  const monthTotals = async (s: Session) =>
    (
      await call(
        "GET",
        `/api/ledger/months?from=${kstMonth()}&to=${kstMonth()}`,
        { session: s },
      )
    ).json.months[0].cells as Cell[];
  const entries = async (s: Session) =>
    (
      await call("GET", `/api/ledger/entries?month=${kstMonth()}`, {
        session: s,
      })
    ).json.entries as Cell[];

  it("keep the month's totals equal to the sum of the entries, also with edits and deletes among them", async () => {
    const s = await newTenant();
    const made = await all(50, (i) =>
      call("POST", "/api/ledger/entries", { session: s, body: entry(i) }),
    );
    expect(made.filter((r) => r.status !== 201).map((r) => r.text)).toEqual([]);
    const list = await entries(s);
    expect(list).toHaveLength(50);
    expect(byAccount(await monthTotals(s))).toEqual(byAccount(list));
    // Each entry keeps its VAT-inclusive amount as 공급가액 + 부가세.
    const sum = list.reduce((t, e) => t + e.amount + e.vat, 0);
    expect(sum).toBe(
      Array.from({ length: 50 }, (_, i) => 1_000 + i * 110).reduce(
        (a, b) => a + b,
      ),
    );

    // Edits, deletes and new entries, all at once.
    const mixed = await Promise.all([
      ...made
        .slice(0, 10)
        .map((r) =>
          call("DELETE", `/api/ledger/entries/${r.json.id}`, { session: s }),
        ),
      ...made.slice(10, 20).map((r) =>
        call("PATCH", `/api/ledger/entries/${r.json.id}`, {
          session: s,
          body: { ...entry(0), amount: 5_500, account: "repairs" },
        }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        call("POST", "/api/ledger/entries", {
          session: s,
          body: { ...entry(i), amount: 2_200 },
        }),
      ),
    ]);
    expect(mixed.filter((r) => r.status >= 300).map((r) => r.text)).toEqual([]);
    const after = await entries(s);
    expect(after).toHaveLength(50);
    expect(byAccount(await monthTotals(s))).toEqual(byAccount(after));
    expect(byAccount(after).repairs).toEqual([10, 10 * 5_000, 10 * 500]);
  });
});

describe("20 concurrent bookings of one slot", () => {
  it("exactly one booking; the other 19 answer 409 slot_taken", async () => {
    const owner = await newTenant({ businessName: "동시예약미용실" });
    const d = (await call("GET", "/api/site", { session: owner })).json;
    const {
      industry: _i,
      updatedAt: _u,
      publishedAt: _p,
      url: _url,
      unpublishedChanges: _c,
      saved: _s,
      bytes: _b,
      ...draft
    } = d;
    draft.slug = `race-${Math.random().toString(36).slice(2, 8)}`;
    expect(
      (await call("PUT", "/api/site", { session: owner, body: draft })).status,
    ).toBe(200);
    expect(
      (await call("POST", "/api/site/publish", { session: owner })).status,
    ).toBe(200);
    let date = addDays(kstDate(), 4);
    while ([0, 1].includes(weekday(date))) date = addDays(date, 1);
    const res = await all(20, (i) =>
      call(
        "POST",
        `/api/public/sites/${encodeURIComponent(draft.slug)}/bookings`,
        {
          body: {
            name: `손님${i}`,
            phone: `010-5555-${String(1000 + i)}`,
            email: `visitor${i}@example.com`,
            consent: true,
            website: "",
            service: "커트",
            date,
            time: "15:00",
            message: "",
          },
        },
      ),
    );
    const codes = res.map((r) => r.status);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    expect(
      new Set(res.filter((r) => r.status === 409).map((r) => r.json.code)),
    ).toEqual(new Set(["slot_taken"]));
    const inbox = (await call("GET", "/api/bookings", { session: owner })).json
      .items as { date: string; time: string }[];
    expect(
      inbox.filter((b) => b.date === date && b.time === "15:00"),
    ).toHaveLength(1);
  });
});
