// 간편장부 through the API, against DynamoDB Local: entries with their VAT split, running totals
// kept in the same transaction (and equal to the entries under concurrent writes), 마감, and the
// automatic postings from invoices and payroll.
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { call, newTenant, type Session } from "../support/api";
import { members } from "../support/members";
import { addEmployee } from "../support/payroll";
import { buyer, issueInvoice } from "../support/invoice";
import { setAttributes } from "../support/db";
import { withActor } from "../../core/actor";
import { Keys } from "../../core/db/keys";
import { kstDate, kstMonth } from "../../core/time";

const entry = (overrides: Record<string, unknown> = {}) => ({
  date: kstDate(),
  account: "supplies",
  kind: "expense",
  description: "소모품 구입",
  counterparty: "다이소",
  amount: 11_000,
  evidence: "card",
  ...overrides,
});

const post = (s: Session, body: unknown) =>
  call("POST", "/api/ledger/entries", { session: s, body });
const monthView = async (s: Session, month = kstMonth(), q = "") =>
  (await call("GET", `/api/ledger/entries?month=${month}${q}`, { session: s }))
    .json;
const monthTotals = async (s: Session, month = kstMonth()) => {
  const res = await call(
    "GET",
    `/api/ledger/months?from=${month}&to=${month}`,
    { session: s },
  );
  return res.json.months[0] as {
    closedAt?: string;
    cells: {
      kind: string;
      account: string;
      n: number;
      amount: number;
      vat: number;
    }[];
  };
};
const lastMonth = () => {
  const [y, m] = kstMonth().split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};
const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId }, fn);

describe("entries", () => {
  it("splits VAT by tax type and evidence, and shows the month with a running 소득", async () => {
    const s = await newTenant();
    // 일반과세자, 카드 ₩11,000 → 공급가액 10,000 + 부가세 1,000.
    const card = await post(s, entry());
    expect(card.status).toBe(201);
    expect(card.json).toMatchObject({ amount: 10_000, vat: 1_000 });
    // An awkward total still adds up: 10,001 ÷ 1.1 = 9,091.8 → 9,092 + 909.
    const odd = await post(s, entry({ amount: 10_001 }));
    expect(odd.json.amount + odd.json.vat).toBe(10_001);
    expect(odd.json).toMatchObject({ amount: 9_092, vat: 909 });
    // 영수증: nothing to split. An explicit VAT is kept as given.
    const receipt = await post(
      s,
      entry({ evidence: "receipt", amount: 5_000 }),
    );
    expect(receipt.json).toMatchObject({ amount: 5_000, vat: 0 });
    const sale = await post(
      s,
      entry({
        kind: "income",
        account: "sales",
        description: "일별 매출 합계",
        amount: 300_000,
        vat: 30_000,
        evidence: "card",
        dailyTotal: true,
      }),
    );
    expect(sale.json).toMatchObject({
      amount: 300_000,
      vat: 30_000,
      dailyTotal: true,
    });

    const view = await monthView(s);
    expect(view.entries).toHaveLength(4);
    expect(view.totals.income.amount).toBe(300_000);
    expect(view.totals.expense.amount).toBe(10_000 + 9_092 + 5_000);
    expect(view.totals.profit).toBe(300_000 - 24_092);
    expect(view.entries.at(-1).balance).toBe(view.totals.profit);
    const onlyCard = await monthView(
      s,
      kstMonth(),
      "&evidence=card&kind=expense",
    );
    expect(onlyCard.entries).toHaveLength(2);

    // 간이과세자 keep a card purchase VAT-inclusive, but split a 세금계산서 they receive.
    const simple = await newTenant();
    await setAttributes(
      await asTenant(simple.tenantId, async () => Keys.tenant()),
      { taxType: "simplified" },
    );
    expect((await post(simple, entry())).json).toMatchObject({
      amount: 11_000,
      vat: 0,
    });
    expect(
      (await post(simple, entry({ evidence: "taxInvoice" }))).json,
    ).toMatchObject({ amount: 10_000, vat: 1_000 });
  });

  it("refuses bad input by field with a Korean message, and stores nothing", async () => {
    const s = await newTenant();
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ amount: 1000.5 }, "amount"],
      [{ amount: 100_000_000_001 }, "amount"],
      [{ amount: 0 }, "amount"],
      [{ amount: 1_000, vat: 2_000 }, "vat"],
      [{ account: "없는계정" }, "account", "unknown_account"],
      [{ account: "sales", kind: "expense" }, "account", "unknown_account"],
      [{ date: "2026-02-30" }, "date"],
      [{ kind: "gift" }, "kind"],
      [{ evidence: "napkin" }, "evidence"],
    ];
    for (const [override, field, code] of cases) {
      const res = await post(s, entry(override));
      expect(res.status, JSON.stringify(override)).toBe(400);
      expect(res.json.fields.map((f: { field: string }) => f.field)).toContain(
        field,
      );
      if (code) expect(res.json.code).toBe(code);
      expect(res.json.message).toMatch(/[가-힣]/);
    }
    expect((await monthView(s)).entries).toEqual([]);
    expect((await monthTotals(s)).cells).toEqual([]);
  });
});

describe("마감 (closing a month)", () => {
  it("makes a closed month read-only; a correction is a reversal in an open month", async () => {
    const s = await newTenant();
    const prev = lastMonth();
    const old = await post(s, entry({ date: `${prev}-15`, amount: 22_000 }));
    expect(old.status).toBe(201);
    const thisMonth = await call(
      "POST",
      `/api/ledger/months/${kstMonth()}/close`,
      {
        session: s,
      },
    );
    expect(thisMonth.status).toBe(400);
    expect(thisMonth.json.code).toBe("month_not_over");

    const closed = await call("POST", `/api/ledger/months/${prev}/close`, {
      session: s,
    });
    expect(closed.status).toBe(200);
    expect(closed.json.closedAt).toBeTruthy();
    const again = await call("POST", `/api/ledger/months/${prev}/close`, {
      session: s,
    });
    expect(again.json.closedAt).toBe(closed.json.closedAt);

    for (const res of [
      await post(s, entry({ date: `${prev}-20` })),
      await call("PATCH", `/api/ledger/entries/${old.json.id}`, {
        session: s,
        body: entry({ date: `${prev}-15`, amount: 1 }),
      }),
      await call("PATCH", `/api/ledger/entries/${old.json.id}`, {
        session: s,
        body: entry({ amount: 1 }), // moving it out of the closed month is a change too
      }),
      await call("DELETE", `/api/ledger/entries/${old.json.id}`, {
        session: s,
      }),
    ]) {
      expect(res.status).toBe(409);
      expect(res.json.code).toBe("month_closed");
    }
    const prevView = await monthView(s, prev);
    expect(prevView.entries.map((e: { id: string }) => e.id)).toEqual([
      old.json.id,
    ]);
    expect(prevView.closedAt).toBe(closed.json.closedAt);

    const reversal = await call(
      "POST",
      `/api/ledger/entries/${old.json.id}/reverse`,
      {
        session: s,
        body: { date: kstDate() },
      },
    );
    expect(reversal.status).toBe(201);
    expect(reversal.json).toMatchObject({ amount: -20_000, vat: -2_000 });
    const twice = await call(
      "POST",
      `/api/ledger/entries/${old.json.id}/reverse`,
      {
        session: s,
        body: { date: kstDate() },
      },
    );
    expect(twice.json.code).toBe("already_reversed");
    expect((await monthView(s)).totals.expense.amount).toBe(-20_000);
  });
});

describe("automatic postings", () => {
  it("posts issued and amended invoices as 수입, accepted ones as 비용 with input VAT; they follow their source", async () => {
    const [supplier, buyerTenant] = await Promise.all([
      newTenant(),
      newTenant(),
    ]);
    const buyerProfile = (
      await call("GET", "/api/tenant/profile", { session: buyerTenant })
    ).json;
    // 63,333 + 6,333 (tests/support/invoice), to another Golmok tenant.
    const inv = await issueInvoice(supplier, {
      buyer: buyer({
        bizNo: buyerProfile.bizNo,
        name: buyerProfile.businessName,
      }),
    });
    let view = await monthView(supplier);
    expect(view.entries).toHaveLength(1);
    const sale = view.entries[0];
    expect(sale).toMatchObject({
      kind: "income",
      account: "sales",
      amount: 63_333,
      vat: 6_333,
      evidence: "taxInvoice",
      source: { type: "invoice", id: inv.id },
    });
    const edit = await call("PATCH", `/api/ledger/entries/${sale.id}`, {
      session: supplier,
      body: entry({ kind: "income", account: "sales" }),
    });
    expect(edit.status).toBe(409);
    expect(edit.json.code).toBe("entry_from_source");
    expect(
      (
        await call("DELETE", `/api/ledger/entries/${sale.id}`, {
          session: supplier,
        })
      ).json.code,
    ).toBe("entry_from_source");

    // 계약의 해제 (04): the negative invoice posts the correction.
    const amended = await call("POST", `/api/invoices/${inv.id}/amend`, {
      session: supplier,
      body: { reason: "04", date: kstDate() },
    });
    expect(amended.status).toBe(201);
    view = await monthView(supplier);
    expect(view.entries).toHaveLength(2);
    expect(view.totals.income).toEqual({ amount: 0, vat: 0 });

    // The buyer accepts the original: a 비용 with its input VAT, once even if accepted twice.
    await Promise.all(
      [1, 2].map(() =>
        call("POST", `/api/invoices/received/${inv.id}/accept`, {
          session: buyerTenant,
        }),
      ),
    );
    const bought = await monthView(buyerTenant);
    expect(bought.entries).toHaveLength(1);
    expect(bought.entries[0]).toMatchObject({
      kind: "expense",
      amount: 63_333,
      vat: 6_333,
      evidence: "taxInvoice",
      deductible: true,
    });
  });

  it("posts a confirmed payroll run as 급료 and the employer's insurance share, once", async () => {
    const s = await newTenant();
    const e = await addEmployee(s);
    const month = kstMonth();
    const run = await call("POST", "/api/payroll/runs", {
      session: s,
      body: { month, payDate: kstDate(), lines: [{ employeeId: e.id }] },
    });
    expect(run.status).toBe(201);
    await Promise.all(
      [1, 2, 3].map(() =>
        call("POST", `/api/payroll/runs/${run.json.id}/confirm`, {
          session: s,
        }),
      ),
    );
    const [view, again] = await Promise.all([monthView(s), monthView(s)]);
    expect(again.entries).toHaveLength(view.entries.length);
    const byAccount = Object.fromEntries(
      view.entries.map((x: { account: string; amount: number }) => [
        x.account,
        x.amount,
      ]),
    );
    expect(byAccount.salaries).toBe(run.json.totals.gross);
    expect(byAccount.insurance_employer).toBe(
      run.json.totals.employerCost - run.json.totals.gross,
    );
    expect(view.entries).toHaveLength(2);
  });
});

describe("roles", () => {
  it("lets the accountant read the books but not write; staff see none of it", async () => {
    const s = await newTenant();
    await post(s, entry());
    const [staff, accountant] = [
      await members.invite(s, "staff"),
      await members.invite(s, "accountant"),
    ];
    expect((await monthView(accountant)).entries).toHaveLength(1);
    expect((await post(accountant, entry())).status).toBe(403);
    expect(
      (
        await call("GET", `/api/ledger/entries?month=${kstMonth()}`, {
          session: staff,
        })
      ).status,
    ).toBe(403);
  });
});

describe("transport", () => {
  it("sends a large month gzip-compressed to a client that accepts it, plain to one that does not", async () => {
    const s = await newTenant();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(s, entry({ description: `재료 ${i}`, amount: 11_000 + i })),
      ),
    );
    const { api } = await import("../../functions/app");
    const get = (headers: Record<string, string>) =>
      api.request(`/api/ledger/entries?month=${kstMonth()}`, {
        headers: { cookie: s.cookie, "x-forwarded-for": s.ip, ...headers },
      });
    const zipped = await get({ "accept-encoding": "gzip, deflate, br" });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const raw = Buffer.from(await zipped.arrayBuffer());
    const json = JSON.parse(gunzipSync(raw).toString("utf8"));
    expect(json.entries).toHaveLength(40);
    expect(raw.length).toBeLessThan(JSON.stringify(json).length / 3);

    const plain = await get({});
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await plain.json()).entries).toHaveLength(40);
  });
});
