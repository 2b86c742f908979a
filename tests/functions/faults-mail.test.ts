// Issue 9 §4a: SES goes away while 200 invoice and payslip e-mails wait in the outbox — stopped in
// the middle of the drain, with sends in flight — and comes back on the same port: every e-mail
// is delivered exactly once (counted in SES local's store by its X-Golmok-Outbox-Id header).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Mail } from "../../core/mail";
import { ensureTable } from "../../core/db/bootstrap";
import { withActor } from "../../core/actor";
import { getItem, queryPrefix } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { kstMonth } from "../../core/time";
import { startSes, type LocalSes } from "../../functions/local/ses";
import { freePort } from "../../functions/local/dynamo";
import { call, newTenant, uniqueEmail } from "../support/api";
import { buyer, invoiceBody } from "../support/invoice";
import { addEmployee } from "../support/payroll";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function inBatches<T>(
  n: number,
  size: number,
  fn: (i: number) => Promise<T>,
) {
  const out: T[] = [];
  for (let i = 0; i < n; i += size)
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(size, n - i) }, (_, k) => fn(i + k)),
      )),
    );
  return out;
}

// A private SES local (stopped and restarted on its port) and a private table, so no other test
// file's messages are drained into it.
describe("200 e-mails in the outbox while SES goes down and comes back", () => {
  let port: number;
  let ses: LocalSes | undefined;
  const shared = {
    ses: process.env.SES_ENDPOINT,
    table: process.env.TABLE_NAME,
  };
  beforeAll(async () => {
    process.env.TABLE_NAME = "golmok-faults-mail-test";
    await ensureTable();
    port = await freePort();
    ses = await startSes({ port });
    process.env.SES_ENDPOINT = ses.endpoint;
    Mail.resetSesClient();
  });
  afterAll(async () => {
    await ses?.stop();
    process.env.SES_ENDPOINT = shared.ses;
    process.env.TABLE_NAME = shared.table;
    Mail.resetSesClient();
  });

  const store = async () =>
    (
      (await (await fetch(`http://127.0.0.1:${port}/store`)).json()) as {
        emails: { headers?: { name: string; value: string }[] }[];
      }
    ).emails;
  const outboxIdOf = (e: { headers?: { name: string; value: string }[] }) =>
    e.headers?.find((h) => h.name === "X-Golmok-Outbox-Id")?.value;

  it("delivers every one exactly once", { timeout: 480_000 }, async () => {
    const t0 = performance.now();
    const s = await newTenant();
    const before = await store();

    // 100 invoices issued and sent, 100 payslips (25 employees × 4 confirmed months).
    const invoices = await inBatches(100, 10, async () => {
      const issued = await call("POST", "/api/invoices", {
        session: s,
        body: {
          ...invoiceBody({ buyer: buyer({ email: uniqueEmail("buyer") }) }),
          issue: true,
        },
      });
      expect(issued.status, issued.text).toBe(201);
      const sent = await call("POST", `/api/invoices/${issued.json.id}/send`, {
        session: s,
        body: {},
      });
      expect(sent.status, sent.text).toBe(200);
      return issued.json.id as string;
    });
    const staff = await inBatches(25, 5, (i) =>
      addEmployee(s, { name: `직원${i}` }),
    );
    for (const month of ["2026-03", "2026-04", "2026-05", "2026-06"]) {
      const run = await call("POST", "/api/payroll/runs", {
        session: s,
        body: {
          month,
          payDate: `${month}-25`,
          lines: staff.map((e) => ({ employeeId: e.id })),
        },
      });
      expect(run.status, run.text).toBe(201);
      const ok = await call(
        "POST",
        `/api/payroll/runs/${run.json.id}/confirm`,
        {
          session: s,
        },
      );
      expect(ok.status, ok.text).toBe(200);
    }
    const outbox = await withActor(
      { type: "system", tenantId: s.tenantId },
      () =>
        queryPrefix<Mail.Stored>(
          { pk: Keys.tenant().pk, skPrefix: "MAIL#" },
          true,
        ),
    );
    const waiting = outbox.filter((m) => m.status === "pending");
    expect(waiting.filter((m) => m.kind === "invoice")).toHaveLength(100);
    expect(
      waiting.filter((m) => m.attachmentsFrom?.kind === "payslip"),
    ).toHaveLength(100);
    // (The owner's quota notices may wait there too: this counts the 200.)
    const ids = new Set(
      waiting
        .filter(
          (m) => m.kind === "invoice" || m.attachmentsFrom?.kind === "payslip",
        )
        .map((m) => m.id),
    );
    expect(ids.size).toBe(200);
    const sentAlready = new Set(
      outbox.filter((m) => m.status === "sent").map((m) => m.id),
    );
    const usageBefore =
      (
        await withActor({ type: "system", tenantId: s.tenantId }, () =>
          getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
        )
      )?.emails ?? 0;

    const t1 = performance.now();
    // The worker drains; SES stops once some have gone out (sends in flight), and comes back.
    let draining = true;
    const counts = { sent: 0, retry: 0, failed: 0, skipped: 0 };
    // Three workers, as SQS would run several: the lease keeps any two from sending one message.
    const worker = Promise.all(
      [0, 1, 2].map(async () => {
        while (draining) {
          const c = await Mail.drain();
          for (const k of Object.keys(counts) as (keyof typeof counts)[])
            counts[k] += c[k] ?? 0;
          if (!c.sent && !c.retry) await sleep(50);
        }
      }),
    );
    while ((await store()).length - before.length < 30) await sleep(20);
    await ses!.stop();
    ses = undefined;
    const downAt = performance.now();
    while (counts.retry < 10 || performance.now() - downAt < 1000)
      await sleep(50);
    const sentWhileUp = counts.sent;
    ses = await startSes({ port });
    for (let i = 0; i < 1200; i++) {
      const left = await withActor(
        { type: "system", tenantId: s.tenantId },
        () =>
          queryPrefix<Mail.Stored>(
            { pk: Keys.tenant().pk, skPrefix: "MAIL#" },
            true,
          ),
      );
      if (left.every((m) => !ids.has(m.id) || m.status !== "pending")) break;
      await sleep(250);
    }
    draining = false;
    await worker;
    console.log(
      `200 e-mails queued in ${((t1 - t0) / 1000).toFixed(1)} s; SES down after ${sentWhileUp} sent; ${counts.retry} attempts failed and were retried; ${counts.sent} sent in all; drained in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
    );
    expect(counts.retry).toBeGreaterThanOrEqual(10);
    expect(counts.failed).toBe(0);

    // Every outbox id in SES's store exactly once.
    const got = (await store())
      .map(outboxIdOf)
      .filter((id) => id && ids.has(id));
    const times = new Map<string, number>();
    for (const id of got) times.set(id!, (times.get(id!) ?? 0) + 1);
    expect([...times.values()].filter((n) => n > 1)).toEqual([]);
    expect(times.size).toBe(200);
    expect(got).toHaveLength(200);
    // Marked sent, counted for billing once each, the invoices' 메일 status "sent".
    const after = await withActor(
      { type: "system", tenantId: s.tenantId },
      () =>
        queryPrefix<Mail.Stored>(
          { pk: Keys.tenant().pk, skPrefix: "MAIL#" },
          true,
        ),
    );
    expect(
      after.filter((m) => ids.has(m.id) && m.status === "sent"),
    ).toHaveLength(200);
    const usageAfter =
      (
        await withActor({ type: "system", tenantId: s.tenantId }, () =>
          getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
        )
      )?.emails ?? 0;
    // Billed once per message sent during the drain: the 200, the owner's quota notices that
    // waited with them, and any notice the drain itself triggered by crossing a quota line.
    expect(
      after.filter(
        (m) => waiting.some((w) => w.id === m.id) && m.status === "sent",
      ),
    ).toHaveLength(waiting.length);
    const sentInDrain = after.filter(
      (m) => m.status === "sent" && !sentAlready.has(m.id),
    );
    expect(sentInDrain.length).toBeGreaterThanOrEqual(waiting.length);
    expect(usageAfter - usageBefore).toBe(sentInDrain.length);
    const one = await call("GET", `/api/invoices/${invoices[0]}`, {
      session: s,
    });
    expect(one.json.mailStatus).toBe("sent");
  });
});
