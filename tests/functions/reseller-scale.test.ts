import { describe, expect, it } from "vitest";
import { newReseller, provisionBody, rcall } from "../support/reseller";
import { setAttributes } from "../support/db";
import { Billing } from "../../core/billing";
import { Mail } from "../../core/mail";
import { Metering } from "../../core/metering";
import { newMeter } from "../../core/metering/meter";
import { nextMonthStart } from "../../core/time";
import { requestEvents, type RequestRecord } from "../../functions/http/app";

// Issue 7's "done when": 1,000 shops provisioned through the API, a month of metered usage, the
// close, and the reseller's statement sums equal to what was metered. A past month no other test
// closes (a close takes every shop active in the month).
const MONTH = "2022-09";
const N = 1_000;

describe("a reseller with 1,000 shops", () => {
  it("provisions them through the API and its statement sums equal the metered usage", async () => {
    const r = await newReseller();
    // What each provisioning consumed, as the meter saw it (the benchmark's own event).
    const units = { requests: 0, read: 0, write: 0 };
    const onRequest = (e: RequestRecord) => {
      if (e.module !== "reseller" || e.method !== "POST") return;
      units.requests++;
      units.read += e.meter.readUnits;
      units.write += e.meter.writeUnits;
    };
    requestEvents.on("request", onRequest);
    const t0 = performance.now();
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < N) {
          const i = next++;
          const res = await rcall("POST", "/reseller/v1/tenants", r.key, {
            body: provisionBody({
              subscriberId: `BULK-${String(i).padStart(4, "0")}`,
              bizNo: "",
              plan: i % 4 === 0 ? "plus" : "basic",
            }),
          });
          expect(res.status, res.text).toBe(201);
          ids[i] = res.json.id;
        }
      }),
    );
    const provisionMs = performance.now() - t0;
    requestEvents.off("request", onRequest);
    expect(units.requests).toBe(N);
    // Send the welcome e-mails now, so other test files' mailbox drains do not carry them.
    const t1 = performance.now();
    let sent = 0;
    for (let round = 0; round < 200 && sent < N; round++)
      sent += (await Mail.drain()).sent ?? 0;
    const mailMs = performance.now() - t1;

    // Metered usage of the month: one request through the real aggregate, then the totals.
    const inMonth = Date.parse(nextMonthStart(MONTH)) - 86_400_000;
    const metered = { requests: 0, emails: 0, invoices: 0, payslips: 0 };
    for (const id of ids)
      Metering.record(
        id,
        "tenant",
        { ...newMeter(), readUnits: 1, dbCalls: 1 },
        inMonth,
      );
    await Metering.flush();
    for (let i = 0; i < N; i += 50)
      await Promise.all(
        ids.slice(i, i + 50).map((id, j) => {
          const k = i + j;
          const u = {
            requests: 100 + ((k * 7919) % 60_000),
            emails: k % 250,
            invoices: k % 130,
            payslips: k % 9,
          };
          metered.requests += u.requests;
          metered.emails += u.emails;
          metered.invoices += u.invoices;
          metered.payslips += u.payslips;
          return setAttributes({ pk: `T#${id}`, sk: `USAGE#${MONTH}` }, u);
        }),
      );
    const t2 = performance.now();
    const closed = await Billing.closeMonth(MONTH);
    const closeMs = performance.now() - t2;
    expect(closed.closed).toBe(N);

    const t3 = performance.now();
    const res = await rcall("GET", `/reseller/v1/statements/${MONTH}`, r.key);
    const statementMs = performance.now() - t3;
    expect(res.status).toBe(200);
    const st = res.json;
    expect(st.totals.tenants).toBe(N);
    expect(
      new Set(st.tenants.map((t: { tenantId: string }) => t.tenantId)),
    ).toEqual(new Set(ids));
    for (const m of ["requests", "emails", "invoices", "payslips"] as const)
      expect(st.totals.usage[m], m).toBe(metered[m]);
    const sum = (f: (t: any) => number) =>
      st.tenants.reduce((n: number, t: any) => n + f(t), 0);
    expect(st.totals.planFeeKrw).toBe(250 * 5_500 + 750 * 3_300);
    expect(st.totals.totalKrw).toBe(
      st.totals.planFeeKrw + st.totals.overageKrw,
    );
    expect(st.totals.totalKrw).toBe(sum((t) => t.totalKrw));
    expect(st.totals.shareKrw).toBe(sum((t) => Math.floor(t.supplyKrw * 0.2)));
    console.info(
      JSON.stringify({
        shops: N,
        provisionMs: Math.round(provisionMs),
        rcuPerShop: units.read / N,
        wcuPerShop: units.write / N,
        welcomeMailsSent: sent,
        mailMs: Math.round(mailMs),
        closeMs: Math.round(closeMs),
        statementMs: Math.round(statementMs),
        statementBytes: res.text.length,
      }),
    );
  }, 300_000);
});
