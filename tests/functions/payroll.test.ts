import { describe, expect, it } from "vitest";
import { call, mailbox, newTenant } from "../support/api";
import { addEmployee, employeeBody } from "../support/payroll";
import { getItem } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { withActor } from "../../core/actor";
import { members } from "../support/members";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { api } from "../../functions/app";

mkdirSync("tests/.artifacts", { recursive: true });

describe("employees", () => {
  it("stores the resident number and account encrypted; responses carry only masked forms", async () => {
    const s = await newTenant();
    const e = await addEmployee(s);
    expect(e.rrnMasked).toBe("900101-1******");
    const list = await call("GET", "/api/payroll/employees", { session: s });
    expect(list.text).not.toContain("1234567");
    expect(list.text).not.toContain("987654");
    expect(list.json.employees[0]).toMatchObject({
      name: "김미용",
      rrnMasked: "900101-1******",
      bankMasked: "국민 123****54",
      birthDate: "1990-01-01",
    });
    const stored = await withActor(
      { type: "system", tenantId: s.tenantId },
      () => getItem<Record<string, string>>(Keys.employee(e.id)),
    );
    expect(JSON.stringify(stored)).not.toContain("9001011234567");
    expect(stored!.rrnSealed).toMatch(/^v1\./);
  });

  it("refuses a bad resident number, negative pay and a missing base with field errors, storing nothing", async () => {
    const s = await newTenant();
    const res = await call("POST", "/api/payroll/employees", {
      session: s,
      body: employeeBody({
        rrn: "901301-1234567",
        baseMonthly: -5,
        nonTaxable: { meal: 1.5 },
      }),
    });
    expect(res.status).toBe(400);
    const fields = res.json.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(["rrn", "baseMonthly", "nonTaxable.meal"]),
    );
    expect(
      (await call("GET", "/api/payroll/employees", { session: s })).json
        .employees,
    ).toEqual([]);
  });

  it("updates an employee; an empty resident number keeps the stored one", async () => {
    const s = await newTenant();
    const e = await addEmployee(s);
    const res = await call("PATCH", `/api/payroll/employees/${e.id}`, {
      session: s,
      body: employeeBody({ rrn: "", bankAccount: "", baseMonthly: 2_600_000 }),
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      baseMonthly: 2_600_000,
      rrnMasked: "900101-1******",
      bankMasked: "국민 123****54",
    });
  });

  it("staff cannot see pay; the accountant can read but not change it", async () => {
    const s = await newTenant();
    await addEmployee(s);
    const staff = await members.invite(s, "staff");
    expect(
      (await call("GET", "/api/payroll/employees", { session: staff })).status,
    ).toBe(403);
    const accountant = await members.invite(s, "accountant");
    expect(
      (await call("GET", "/api/payroll/employees", { session: accountant }))
        .status,
    ).toBe(200);
    expect(
      (
        await call("POST", "/api/payroll/employees", {
          session: accountant,
          body: employeeBody(),
        })
      ).status,
    ).toBe(403);
  });
});

describe("a month's payroll", () => {
  it("previews without saving, confirms once, e-mails each payslip, and locks the month", async () => {
    const s = await newTenant();
    const a = await addEmployee(s);
    const b = await addEmployee(s, {
      name: "이알바",
      payType: "hourly",
      hourlyWage: 10_320,
      weeklyHours: 20,
      baseMonthly: 0,
      nonTaxable: { meal: 0, car: 0, childcare: 0 },
      insurance: { pension: true, health: true, employment: true },
    });
    const body = {
      month: "2026-04",
      payDate: "2026-04-25",
      lines: [{ employeeId: a.id }, { employeeId: b.id, overtimeHours: 0 }],
    };

    const preview = await call("POST", "/api/payroll/preview", {
      session: s,
      body,
    });
    expect(preview.status).toBe(200);
    expect(
      preview.json.lines[1].earnings.map((i: { label: string }) => i.label),
    ).toContain("주휴수당");
    expect(preview.json.lines[1].gross).toBe(1_076_228);
    expect(
      (await call("GET", "/api/payroll/runs", { session: s })).json.runs,
    ).toEqual([]);

    const run = await call("POST", "/api/payroll/runs", { session: s, body });
    expect(run.status).toBe(201);
    expect(run.json.status).toBe("draft");
    const confirmed = await call(
      "POST",
      `/api/payroll/runs/${run.json.id}/confirm`,
      { session: s },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.status).toBe("confirmed");

    const [slip] = await mailbox(a.email);
    expect(slip.subject).toContain("2026년 4월분 임금명세서");
    expect(slip.body.text).toContain("국민연금");
    expect(slip.body.text).toContain(
      `실지급액: ${preview.json.lines[0].net.toLocaleString("ko-KR")}원`,
    );
    expect(slip.body.text).not.toContain("1234567"); // the resident number never travels by e-mail
    const attachment = (
      slip as unknown as {
        attachments: {
          contentType: string;
          content: string;
          filename?: string;
        }[];
      }
    ).attachments[0];
    expect(attachment.contentType).toBe("application/pdf");
    expect(
      Buffer.from(attachment.content, "base64").subarray(0, 5).toString(),
    ).toBe("%PDF-");

    const pdf = await api.request(
      `/api/payroll/runs/${run.json.id}/payslips/${a.id}.pdf`,
      { headers: { cookie: s.cookie, "x-forwarded-for": s.ip } },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    writeFileSync(
      "tests/.artifacts/payslip-route.pdf",
      Buffer.from(await pdf.arrayBuffer()),
    );
    const text = spawnSync(
      "pdftotext",
      ["tests/.artifacts/payslip-route.pdf", "-"],
      { encoding: "utf8" },
    ).stdout;
    expect(text).toContain("임금명세서");
    expect(text).toContain(
      `${preview.json.lines[0].net.toLocaleString("ko-KR")}원`,
    );
    expect(text).not.toContain("1234567");
    expect(await mailbox(b.email)).toHaveLength(1);

    const again = await call("POST", "/api/payroll/runs", { session: s, body });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("month_confirmed");
    const correction = await call("POST", "/api/payroll/runs", {
      session: s,
      body: { ...body, correction: true },
    });
    expect(correction.status).toBe(201);
    expect(correction.json.kind).toBe("correction");

    const usage = await call("GET", "/api/usage", { session: s });
    expect(
      usage.json.metrics.find((m: { id: string }) => m.id === "payslips").used,
    ).toBe(2);
  });

  it("refuses pay dates with no rate table, negative hours and unknown employees", async () => {
    const s = await newTenant();
    const a = await addEmployee(s);
    const early = await call("POST", "/api/payroll/preview", {
      session: s,
      body: {
        month: "2024-04",
        payDate: "2024-04-25",
        lines: [{ employeeId: a.id }],
      },
    });
    expect(early.status).toBe(400);
    expect(early.json.code).toBe("no_rate_table");
    const negative = await call("POST", "/api/payroll/preview", {
      session: s,
      body: {
        month: "2026-04",
        payDate: "2026-04-25",
        lines: [{ employeeId: a.id, overtimeHours: -1 }],
      },
    });
    expect(negative.status).toBe(400);
    expect(negative.json.fields[0].field).toBe("lines.0.overtimeHours");
    const other = await newTenant();
    const foreign = await call("POST", "/api/payroll/preview", {
      session: other,
      body: {
        month: "2026-04",
        payDate: "2026-04-25",
        lines: [{ employeeId: a.id }],
      },
    });
    expect(foreign.status).toBe(404);
  });
});

describe("registers", () => {
  it("the 급여대장 xlsx lists every employee's items and sums them; the accountant can download it", async () => {
    const s = await newTenant();
    const a = await addEmployee(s);
    const b = await addEmployee(s, {
      name: "박디자",
      baseMonthly: 3_010_000,
      family: 2,
      children: 1,
    });
    const body = {
      month: "2026-06",
      payDate: "2026-06-25",
      lines: [{ employeeId: a.id }, { employeeId: b.id, overtimeHours: 4 }],
    };
    const run = await call("POST", "/api/payroll/runs", { session: s, body });
    await call("POST", `/api/payroll/runs/${run.json.id}/confirm`, {
      session: s,
    });
    const accountant = await members.invite(s, "accountant");

    const res = await api.request("/api/payroll/registers/2026-06.xlsx", {
      headers: { cookie: accountant.cookie, "x-forwarded-for": accountant.ip },
    });
    expect(res.status, res.status === 200 ? "" : await res.clone().text()).toBe(
      200,
    );
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.getWorksheet("급여대장")!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rowOf = (name: string) =>
      [4, 5].find((r) => ws.getRow(r).getCell(1).value === name)!;
    const lines = run.json.lines as {
      name: string;
      gross: number;
      net: number;
      deductions: { code: string; amount: number }[];
    }[];
    for (const line of lines) {
      const row = ws.getRow(rowOf(line.name));
      expect(row.getCell(col("지급총액")).value).toBe(line.gross);
      expect(row.getCell(col("실지급액")).value).toBe(line.net);
      expect(row.getCell(col("소득세")).value).toBe(
        line.deductions.find((d) => d.code === "incomeTax")?.amount ?? 0,
      );
      expect(row.getCell(col("생년월일")).value).toBe("1990-01-01");
    }
    const totals = ws.getRow(6);
    expect(totals.getCell(1).value).toBe("합계");
    expect(
      (totals.getCell(col("실지급액")).value as { result: number }).result,
    ).toBe(lines[0].net + lines[1].net);
    const summary = wb.getWorksheet("원천세 요약")!;
    expect(summary.getRow(3).values).toEqual([undefined, "인원", 2]);
    expect(summary.getRow(9).values).toEqual([
      undefined,
      "납부 기한",
      "2026-07-10",
    ]);
    // No resident number in the register's cells.
    const all = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(all).not.toContain("1234567");

    const none = await call("GET", "/api/payroll/registers/2026-07.xlsx", {
      session: s,
    });
    expect(none.status).toBe(404);
    expect(none.json.code).toBe("no_confirmed_run");
  });
});

describe("yearly totals", () => {
  it("sums each employee's confirmed months, using a month's 정정 instead of its first run", async () => {
    const s = await newTenant();
    const a = await addEmployee(s);
    const confirm = async (month: string, base: number, correction = false) => {
      await call("PATCH", `/api/payroll/employees/${a.id}`, {
        session: s,
        body: employeeBody({ rrn: "", bankAccount: "", baseMonthly: base }),
      });
      const run = await call("POST", "/api/payroll/runs", {
        session: s,
        body: {
          month,
          payDate: `${month}-25`,
          lines: [{ employeeId: a.id }],
          correction,
        },
      });
      const done = await call(
        "POST",
        `/api/payroll/runs/${run.json.id}/confirm`,
        { session: s },
      );
      return done.json.lines[0] as { gross: number; net: number };
    };
    const mar = await confirm("2026-03", 2_300_000);
    await confirm("2026-04", 2_300_000);
    const aprFixed = await confirm("2026-04", 2_400_000, true);
    const res = await api.request("/api/payroll/registers/2026.xlsx", {
      headers: { cookie: s.cookie, "x-forwarded-for": s.ip },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const row = ws.getRow(4);
    expect(row.getCell(1).value).toBe("김미용");
    expect(row.getCell(header.indexOf("지급 월수") + 1).value).toBe(2);
    expect(row.getCell(header.indexOf("지급총액") + 1).value).toBe(
      mar.gross + aprFixed.gross,
    );
    expect(row.getCell(header.indexOf("실지급액") + 1).value).toBe(
      mar.net + aprFixed.net,
    );
  });
});

describe("concurrent confirmation", () => {
  it("20 simultaneous confirms of one run: all answer the confirmed run, one payslip e-mail each, counted once", async () => {
    const s = await newTenant();
    const a = await addEmployee(s);
    const b = await addEmployee(s, { name: "박디자" });
    const run = await call("POST", "/api/payroll/runs", {
      session: s,
      body: {
        month: "2026-09",
        payDate: "2026-09-25",
        lines: [{ employeeId: a.id }, { employeeId: b.id }],
      },
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call("POST", `/api/payroll/runs/${run.json.id}/confirm`, {
          session: s,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(results.map((r) => r.json.confirmedAt)).size).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await mailbox(a.email)).toHaveLength(1);
    expect(await mailbox(b.email)).toHaveLength(1);
    const usage = await call("GET", "/api/usage", { session: s });
    expect(
      usage.json.metrics.find((m: { id: string }) => m.id === "payslips").used,
    ).toBe(2);
  });
});
