// Issue 9 §4b: the server process SIGKILLed in the middle of a bulk statement import and of payroll
// confirmations (a real API server in a child process on the test's DynamoDB Local), then started
// again and the operation re-run: never a half-written chunk or run, never an entry twice, the
// month totals equal to the entries.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { call, newTenant } from "../support/api";
import { addEmployee } from "../support/payroll";
import {
  startServerProcess,
  type ServerProcess,
} from "../support/server-process";
import { getItem, queryPrefix } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import type { Mail } from "../../core/mail";
import { kstMonth } from "../../core/time";

const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  withActor({ type: "system", tenantId }, fn);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.kill()));
  servers = [];
});
async function server(env: Record<string, string> = {}) {
  const s = await startServerProcess(env);
  servers.push(s);
  return s;
}

describe("SIGKILL in the middle of a statement import", () => {
  it("leaves whole chunks only; the re-run after a restart completes it without a line twice", async () => {
    const s = await newTenant();
    const month = "2025-09";
    const total = 500;
    const chunk = {
      id: randomBytes(32).toString("hex"),
      filename: "card-2025-09.csv",
      total,
      start: 0,
      rows: Array.from({ length: total }, (_, i) => ({
        index: i,
        include: true,
        line: i + 2,
        date: `${month}-${String(1 + (i % 28)).padStart(2, "0")}`,
        description: `가맹점 ${i}`,
        counterparty: `가맹점 ${i % 13}`,
        amount: 1_100 + i,
        kind: "expense",
        account: "supplies",
        evidence: "card",
        note: "",
      })),
    };
    // Paced as on AWS (~200 write units a transaction of 100 items), so the import takes a few
    // seconds and the kill lands between its transactions.
    const first = await server({ IMPORT_WCU_PER_SECOND: "300" });
    const pending = first
      .call("POST", "/api/ledger/imports", s, chunk)
      .catch((e: Error) => e);
    const progress = () =>
      asTenant(s.tenantId, () =>
        getItem<{ done: number; status: string }>(
          Keys.importJob(chunk.id),
          true,
        ),
      );
    for (let i = 0; i < 400 && !((await progress())?.done ?? 0); i++)
      await sleep(20);
    await first.kill();
    expect(await pending).toBeInstanceOf(Error); // the request died with the process

    const cut = (await progress())!;
    expect(cut.status).toBe("running");
    expect(cut.done).toBeGreaterThan(0);
    expect(cut.done).toBeLessThan(total);
    const view = async () =>
      (await call("GET", `/api/ledger/entries?month=${month}`, { session: s }))
        .json.entries as { description: string; amount: number; vat: number }[];
    const totals = async () =>
      (
        (
          await call("GET", `/api/ledger/months?from=${month}&to=${month}`, {
            session: s,
          })
        ).json.months[0]?.cells ?? []
      ).reduce(
        (
          t: { n: number; gross: number },
          c: { n: number; amount: number; vat: number },
        ) => ({ n: t.n + c.n, gross: t.gross + c.amount + c.vat }),
        { n: 0, gross: 0 },
      );
    const gross = (es: { amount: number; vat: number }[]) =>
      es.reduce((a, e) => a + e.amount + e.vat, 0);
    // Exactly the committed transactions' lines: the first `done` lines, each once.
    const partial = await view();
    expect(partial).toHaveLength(cut.done);
    expect(new Set(partial.map((e) => e.description)).size).toBe(cut.done);
    expect(await totals()).toEqual({ n: cut.done, gross: gross(partial) });
    expect(gross(partial)).toBe(
      Array.from({ length: cut.done }, (_, i) => 1_100 + i).reduce(
        (a, b) => a + b,
      ),
    );
    console.log(`import killed after ${cut.done} of ${total} lines`);

    // The browser resends the file from the start to a new server: it continues where it stopped.
    const second = await server();
    const done = await second.call("POST", "/api/ledger/imports", s, chunk);
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    expect(done.json).toMatchObject({ status: "done", done: total });
    const all = await view();
    expect(all).toHaveLength(total);
    expect(new Set(all.map((e) => e.description)).size).toBe(total);
    expect(await totals()).toEqual({ n: total, gross: gross(all) });
    expect(gross(all)).toBe(
      Array.from({ length: total }, (_, i) => 1_100 + i).reduce(
        (a, b) => a + b,
      ),
    );
  });
});

describe("SIGKILL in the middle of payroll confirmations", () => {
  it("each run is either untouched or wholly confirmed; confirming again after a restart finishes it once", async () => {
    const s = await newTenant();
    const staff = await Promise.all(
      ["김미용", "박디자", "이스텝"].map((name) => addEmployee(s, { name })),
    );
    const months = ["2026-03", "2026-04", "2026-05"];
    const runs: string[] = [];
    for (const month of months) {
      const run = await call("POST", "/api/payroll/runs", {
        session: s,
        body: {
          month,
          payDate: `${month}-25`,
          lines: staff.map((e) => ({ employeeId: e.id })),
        },
      });
      expect(run.status, JSON.stringify(run.json)).toBe(201);
      runs.push(run.json.id);
    }
    const mailsOf = (runId: string) =>
      asTenant(s.tenantId, async () =>
        (
          await queryPrefix<Mail.Stored>({
            pk: Keys.tenant().pk,
            skPrefix: "MAIL#",
          })
        ).filter(
          (m) =>
            m.attachmentsFrom?.kind === "payslip" &&
            m.attachmentsFrom.runId === runId,
        ),
      );
    const state = async (runId: string, month: string) => {
      const [run, lock, event, mails] = await asTenant(s.tenantId, () =>
        Promise.all([
          getItem<{ status: string }>(Keys.payrollRun(runId), true),
          getItem(Keys.payrollLock(month), true),
          getItem(Keys.ledgerEvent(runId), true),
          mailsOf(runId),
        ]),
      );
      return {
        status: run!.status,
        locked: !!lock,
        // The ledger event may already be posted (entry written, event deleted) by a ledger read.
        event: !!event,
        mails: mails.length,
      };
    };
    const outcomes: string[] = [];
    // Kill at different moments after the request reached a warm server — and once the moment
    // the run shows confirmed in the table (after the commit, before or while it answers).
    const points: (number | "on commit")[] = [0, 30, "on commit"];
    for (const [i, point] of points.entries()) {
      const srv = await server();
      // Warm: the payroll module loaded, the session known.
      expect(
        (await srv.call("GET", `/api/payroll/runs/${runs[i]}`, s)).status,
      ).toBe(200);
      const req = srv
        .call("POST", `/api/payroll/runs/${runs[i]}/confirm`, s)
        .catch((e: Error) => e);
      if (point === "on commit")
        for (let n = 0; n < 2000; n++) {
          const run = await asTenant(s.tenantId, () =>
            getItem<{ status: string }>(Keys.payrollRun(runs[i]), true),
          );
          if (run?.status === "confirmed") break;
          await sleep(2);
        }
      else await sleep(point);
      await srv.kill();
      const res = await req;
      const st = await state(runs[i], months[i]);
      outcomes.push(
        `${point === "on commit" ? point : `${point} ms`}: ${res instanceof Error ? "killed" : res.status}, ${st.status}`,
      );
      if (point === "on commit") expect(st.status).toBe("confirmed");
      if (st.status === "draft")
        expect(st).toEqual({
          status: "draft",
          locked: false,
          event: false,
          mails: 0,
        });
      else
        expect(st).toMatchObject({
          status: "confirmed",
          locked: true,
          mails: 3,
        });
    }
    console.log(`payroll confirmations killed: ${outcomes.join("; ")}`);

    // A restarted server: confirming each again finishes it, and nothing is there twice.
    const srv = await server();
    for (const [i, id] of runs.entries()) {
      const res = await srv.call("POST", `/api/payroll/runs/${id}/confirm`, s);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(await state(id, months[i])).toMatchObject({
        status: "confirmed",
        locked: true,
        mails: 3,
      });
    }
    // Payslips are counted (in this month's usage) in the confirming transaction: 3 runs × 3, once.
    const counted = await asTenant(s.tenantId, () =>
      getItem<Record<string, number>>(Keys.usage(kstMonth()), true),
    );
    expect(counted!.payslips).toBe(9);
  });
});
