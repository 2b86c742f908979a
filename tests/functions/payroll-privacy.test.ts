import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { api } from "../../functions/app";
import { Mail } from "../../core/mail";
import { Metering } from "../../core/metering";
import { call, mailbox, newTenant } from "../support/api";
import { addEmployee } from "../support/payroll";

// The resident number and account number must never appear in logs, list responses, e-mails
// or exports other than the statutory ones: run a whole month and search everything for them.
const RRN = "900101-1234567";
const ACCOUNT = "국민 123456-01-987654";
const NEEDLES = [
  "9001011234567",
  "1234567",
  "123456-01-987654",
  "12345601987654",
];

const logs: string[] = [];
const originals = {
  log: console.log,
  error: console.error,
  warn: console.warn,
  info: console.info,
};
beforeAll(() => {
  process.env.GOLMOK_LOG_REQUESTS = "1";
  for (const k of Object.keys(originals) as (keyof typeof originals)[])
    console[k] = (...args: unknown[]) => {
      logs.push(args.map(String).join(" "));
    };
});
afterAll(() => {
  Object.assign(console, originals);
  process.env.GOLMOK_LOG_REQUESTS = "0";
});

describe("personal data in a full payroll month", () => {
  it("appears in no log line, response, e-mail or register", async () => {
    const s = await newTenant();
    const e = await addEmployee(s, { rrn: RRN, bankAccount: ACCOUNT });
    const seen: string[] = [];
    const body = {
      month: "2026-08",
      payDate: "2026-08-25",
      lines: [{ employeeId: e.id }],
    };
    for (const [method, path, b] of [
      ["GET", "/api/payroll/employees"],
      ["POST", "/api/payroll/preview", body],
      ["POST", "/api/payroll/runs", body],
    ] as const)
      seen.push((await call(method, path, { session: s, body: b })).text);
    const runId = JSON.parse(seen[2]).id;
    seen.push(
      (await call("POST", `/api/payroll/runs/${runId}/confirm`, { session: s }))
        .text,
    );
    seen.push(
      (await call("GET", `/api/payroll/runs/${runId}`, { session: s })).text,
    );
    // Malformed input is logged nowhere with its content either.
    seen.push(
      (
        await call("POST", "/api/payroll/employees", {
          session: s,
          body: { rrn: RRN, name: 5 },
        })
      ).text,
    );
    // Exports are compressed: search their extracted text, not their bytes.
    const get = async (path: string) => {
      const res = await api.request(path, {
        headers: { cookie: s.cookie, "x-forwarded-for": s.ip },
      });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    mkdirSync("tests/.artifacts", { recursive: true });
    writeFileSync(
      "tests/.artifacts/privacy-payslip.pdf",
      await get(`/api/payroll/runs/${runId}/payslips/${e.id}.pdf`),
    );
    const pdfText = spawnSync(
      "pdftotext",
      ["tests/.artifacts/privacy-payslip.pdf", "-"],
      { encoding: "utf8" },
    ).stdout;
    expect(pdfText).toContain("임금명세서");
    seen.push(pdfText);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await get("/api/payroll/registers/2026-08.xlsx")) as never,
    );
    const cells = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(cells).toContain("김미용");
    seen.push(cells);
    const mails = await mailbox(e.email);
    seen.push(JSON.stringify(mails));
    await Metering.flush();
    await Mail.drain();

    expect(logs.some((l) => l.includes('"msg":"request"'))).toBe(true); // the logs were captured
    for (const needle of NEEDLES) {
      for (const text of seen)
        expect(
          text.includes(needle),
          `response/e-mail/export contains ${needle}`,
        ).toBe(false);
      for (const line of logs)
        expect(
          line.includes(needle),
          `log contains ${needle}: ${line.slice(0, 200)}`,
        ).toBe(false);
    }
  });
});
