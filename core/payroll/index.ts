export * as Payroll from "./index";
import { Audit } from "../audit";
import type { PayrollLedgerEvent } from "../ledger";
import type { TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { getItem, putTx, queryPrefix, toItem, transact } from "../db/client";
import { Keys } from "../db/keys";
import { tableName } from "../db/table";
import { assertCan, useTenant, useUser } from "../actor";
import { VisibleError } from "../error";
import { createId } from "../id";
import { Mail } from "../mail";
import type { Attachment } from "../mail";
import { Metering } from "../metering";
import { maskRrn, rrnBirthDate } from "../kr/rrn";
import { formatBizNo } from "../kr/bizno";
import { decrypt, encrypt } from "../crypto/vault";
import { nowMs } from "../time";
import { computeLine, type EmployeeTerms, type PayLine } from "./compute";
import { PAY_TYPE_LABEL, type EmployeeInput, type RunInput } from "./schema";
import * as PayslipMail from "./payslip-mail";
import type { TenantRecord } from "../tenant";

// The resident number and bank account are sealed at rest; every list, response, log and
// e-mail sees only the masked forms. Decryption happens for statutory reports only.
interface EmployeeRecord extends Omit<EmployeeInput, "rrn" | "bankAccount"> {
  pk: string;
  sk: string;
  id: string;
  rrnSealed: string;
  rrnMasked: string;
  birthDate: string;
  bankSealed: string;
  bankMasked: string;
  createdAt: string;
  updatedAt: string;
}

export type Employee = Omit<
  EmployeeRecord,
  "pk" | "sk" | "rrnSealed" | "bankSealed"
>;

const sealContext = (field: string, employeeId: string) =>
  `${useTenant()}|${employeeId}|${field}`;

function maskAccount(account: string): string {
  if (!account) return "";
  const m = /^(.*?)([\d-]+)$/.exec(account.trim());
  if (!m) return "****";
  const digits = m[2];
  return `${m[1].trim()} ${digits.slice(0, 3)}****${digits.slice(-2)}`.trim();
}

function toEmployee(r: EmployeeRecord): Employee {
  const { pk: _pk, sk: _sk, rrnSealed: _r, bankSealed: _b, ...rest } = r;
  return rest;
}

async function seal(id: string, input: EmployeeInput) {
  return {
    rrnSealed: input.rrn
      ? await encrypt(input.rrn, sealContext("rrn", id))
      : "",
    rrnMasked: input.rrn ? maskRrn(input.rrn) : "",
    birthDate: input.rrn ? (rrnBirthDate(input.rrn) ?? "") : "",
    bankSealed: input.bankAccount
      ? await encrypt(input.bankAccount, sealContext("bank", id))
      : "",
    bankMasked: maskAccount(input.bankAccount),
  };
}

export async function createEmployee(input: EmployeeInput): Promise<Employee> {
  assertCan("payroll.write");
  const id = createId("emp");
  const now = new Date(nowMs()).toISOString();
  const { rrn: _rrn, bankAccount: _bank, ...plain } = input;
  const record: EmployeeRecord = {
    ...Keys.employee(id),
    ...plain,
    ...(await seal(id, input)),
    id,
    createdAt: now,
    updatedAt: now,
  };
  await transact([
    putTx(
      record as unknown as Record<string, unknown>,
      "attribute_not_exists(pk)",
    ),
  ]);
  return toEmployee(record);
}

async function employeeRecord(id: string): Promise<EmployeeRecord> {
  const r = await getItem<EmployeeRecord>(Keys.employee(id), true);
  if (!r)
    throw new VisibleError(
      "not_found",
      "employee_not_found",
      "직원을 찾을 수 없습니다.",
    );
  return r;
}

/** Changes an employee. An empty rrn/bankAccount keeps what is stored (the form never sees the plain value). */
export async function updateEmployee(
  id: string,
  input: EmployeeInput,
): Promise<Employee> {
  assertCan("payroll.write");
  const current = await employeeRecord(id);
  const { rrn: _rrn, bankAccount: _bank, ...plain } = input;
  const sealed = await seal(id, input);
  const record: EmployeeRecord = {
    ...current,
    ...plain,
    ...(input.rrn
      ? {
          rrnSealed: sealed.rrnSealed,
          rrnMasked: sealed.rrnMasked,
          birthDate: sealed.birthDate,
        }
      : {}),
    ...(input.bankAccount
      ? { bankSealed: sealed.bankSealed, bankMasked: sealed.bankMasked }
      : {}),
    updatedAt: new Date(nowMs()).toISOString(),
  };
  await transact(
    [
      putTx(record as unknown as Record<string, unknown>, "updatedAt = :prev", {
        ":prev": current.updatedAt,
      }),
    ],
    () =>
      new VisibleError(
        "conflict",
        "stale_write",
        "다른 곳에서 먼저 저장했습니다. 새로고침 후 다시 저장해 주세요.",
      ),
  );
  return toEmployee(record);
}

export async function listEmployees(): Promise<Employee[]> {
  assertCan("payroll.read");
  return (await queryPrefix<EmployeeRecord>(Keys.employeesPrefix())).map(
    toEmployee,
  );
}

/** The plain resident number, for statutory reports only. */
export async function revealRrn(id: string): Promise<string> {
  assertCan("payroll.write");
  const r = await employeeRecord(id);
  return r.rrnSealed ? await decrypt(r.rrnSealed, sealContext("rrn", id)) : "";
}

function terms(r: EmployeeRecord): EmployeeTerms {
  return {
    id: r.id,
    name: r.name,
    payType: r.payType,
    baseMonthly: r.baseMonthly,
    hourlyWage: r.hourlyWage,
    weeklyHours: r.weeklyHours,
    dailyWage: r.dailyWage,
    nonTaxable: r.nonTaxable,
    family: r.family,
    children: r.children,
    withholdingRate: r.withholdingRate,
    insurance: r.insurance,
    hasRrn: Boolean(r.rrnSealed),
  };
}

export interface Run {
  id: string;
  month: string;
  payDate: string;
  kind: "regular" | "correction";
  status: "draft" | "confirmed";
  fiveOrMore: boolean;
  lines: PayLine[];
  totals: {
    gross: number;
    deductions: number;
    net: number;
    employerCost: number;
    incomeTax: number;
    localIncomeTax: number;
  };
  createdAt: string;
  confirmedAt?: string;
  confirmedBy?: string;
}

/** Computes a month without saving anything. */
export async function preview(
  input: RunInput,
): Promise<Pick<Run, "month" | "payDate" | "lines" | "totals">> {
  assertCan("payroll.read");
  const ids = new Set<string>();
  for (const l of input.lines) {
    if (ids.has(l.employeeId))
      throw new VisibleError(
        "validation",
        "duplicate_employee",
        "같은 직원이 두 번 들어 있습니다.",
      );
    ids.add(l.employeeId);
  }
  const records = await Promise.all(
    input.lines.map((l) => employeeRecord(l.employeeId)),
  );
  const lines = input.lines.map((l, i) =>
    computeLine(terms(records[i]), l, input.payDate, input.fiveOrMore),
  );
  const sum = (f: (l: PayLine) => number) =>
    lines.reduce((s, l) => s + f(l), 0);
  const tax = (code: string) =>
    sum((l) => l.deductions.find((d) => d.code === code)?.amount ?? 0);
  return {
    month: input.month,
    payDate: input.payDate,
    lines,
    totals: {
      gross: sum((l) => l.gross),
      deductions: sum((l) => l.totalDeductions),
      net: sum((l) => l.net),
      employerCost: sum((l) => l.employerCost),
      incomeTax: tax("incomeTax"),
      localIncomeTax: tax("localIncomeTax"),
    },
  };
}

/** Saves a computed month as a draft. A month already confirmed takes only a correction (정정) run. */
export async function createRun(
  input: RunInput & { correction?: boolean },
): Promise<Run> {
  assertCan("payroll.write");
  const lock = await getItem<{ runId: string }>(
    Keys.payrollLock(input.month),
    true,
  );
  if (lock && !input.correction)
    throw new VisibleError(
      "conflict",
      "month_confirmed",
      `${input.month} 급여는 이미 확정했습니다. 바꾸려면 정정 급여를 만들어 주세요.`,
    );
  if (!lock && input.correction)
    throw new VisibleError(
      "validation",
      "nothing_to_correct",
      `${input.month}에는 확정한 급여가 없어 정정할 수 없습니다.`,
    );
  const computed = await preview(input);
  const problem = computed.lines.find((l) => l.totalDeductions > l.gross);
  if (problem)
    throw new VisibleError(
      "validation",
      "deductions_exceed_pay",
      `${problem.name}: 공제액이 지급액보다 많습니다. 4대보험 가입 여부를 확인해 주세요.`,
    );
  const run: Run = {
    ...computed,
    id: createId("run"),
    kind: input.correction ? "correction" : "regular",
    status: "draft",
    fiveOrMore: input.fiveOrMore,
    createdAt: new Date(nowMs()).toISOString(),
  };
  await transact([
    putTx({ ...Keys.payrollRun(run.id), ...run }, "attribute_not_exists(pk)"),
  ]);
  return run;
}

async function runRecord(id: string): Promise<Run> {
  const r = await getItem<Run>(Keys.payrollRun(id), true);
  if (!r)
    throw new VisibleError(
      "not_found",
      "run_not_found",
      "급여 대장을 찾을 수 없습니다.",
    );
  return r;
}

export async function getRun(id: string): Promise<Run> {
  assertCan("payroll.read");
  return runRecord(id);
}

/** Runs, newest first; `month` narrows to one month. */
export async function listRuns(month?: string): Promise<Omit<Run, "lines">[]> {
  assertCan("payroll.read");
  return (await queryPrefix<Run>(Keys.payrollRunsPrefix()))
    .filter((r) => !month || r.month === month)
    .map(({ lines: _l, ...r }) => r)
    .reverse();
}

class AlreadyConfirmed extends Error {}

/**
 * Confirms a draft: one transaction freezes the run, takes the month's lock (regular runs),
 * counts the payslips and stores each employee's payslip e-mail. A confirmed run never changes.
 */
export async function confirmRun(id: string): Promise<Run> {
  assertCan("payroll.write");
  const actor = useUser();
  const run = await runRecord(id);
  const month = run.month;
  if (run.status === "confirmed") return run; // idempotent: confirming twice changes nothing
  const tenant = await getItem<TenantRecord>(Keys.tenant(), true);
  await Metering.assertWithinQuota(tenant?.planId ?? "basic", {
    payslips: run.lines.length,
  });
  const employees = await Promise.all(
    run.lines.map((l) => employeeRecord(l.employeeId)),
  );
  const confirmedAt = new Date(nowMs()).toISOString();
  const mails = [];
  for (const [i, line] of run.lines.entries()) {
    const e = employees[i];
    if (!e.email) continue;
    mails.push(
      Mail.enqueue(
        PayslipMail.message(e.email, slipContext(run, line, tenant, e), {
          runId: run.id,
          employeeId: line.employeeId,
        }),
      ),
    );
  }
  const replaces =
    run.kind === "correction" ? await effectiveRun(month) : undefined;
  const items: TransactWriteItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: toItem(Keys.payrollRun(id)),
        UpdateExpression: "SET #s = :c, confirmedAt = :at, confirmedBy = :by",
        ConditionExpression: "#s = :d",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: toItem({
          ":c": "confirmed",
          ":d": "draft",
          ":at": confirmedAt,
          ":by": actor.userId,
        }),
      },
    },
    run.kind === "regular"
      ? putTx(
          { ...Keys.payrollLock(month), runId: id, confirmedAt },
          "attribute_not_exists(pk)",
        )
      : {
          Update: {
            TableName: tableName(),
            Key: toItem(Keys.payrollLock(month)),
            UpdateExpression:
              "SET correctedBy = list_append(if_not_exists(correctedBy, :empty), :run)",
            ConditionExpression: "attribute_exists(pk)",
            ExpressionAttributeValues: toItem({ ":empty": [], ":run": [id] }),
          },
        },
    Metering.billableUpdate("payslips", run.lines.length),
    ...mails.map((m) => m.put),
    // For the 간편장부: 급료 and the employer's share of the insurances (core/ledger posts it).
    putTx({
      ...Keys.ledgerEvent(id),
      ...({
        source: "payroll",
        runId: id,
        month,
        payDate: run.payDate,
        gross: run.totals.gross,
        employerInsurance: run.totals.employerCost - run.totals.gross,
        ...(replaces
          ? {
              replaces: {
                runId: replaces.id,
                gross: replaces.totals.gross,
                employerInsurance:
                  replaces.totals.employerCost - replaces.totals.gross,
              },
            }
          : {}),
        createdAt: confirmedAt,
      } satisfies PayrollLedgerEvent),
    }),
    Audit.tx("payroll.confirm", {
      runId: id,
      month,
      kind: run.kind,
      employees: run.lines.length,
      gross: run.totals.gross,
    }),
  ];
  try {
    await transact(items, (i) => {
      if (i === 0) return new AlreadyConfirmed();
      if (i === 1)
        return new VisibleError(
          "conflict",
          "month_confirmed",
          `${month} 급여는 이미 확정했습니다. 정정 급여를 만들어 주세요.`,
        );
      return undefined;
    });
  } catch (err) {
    // A concurrent confirmation won: answer with its result, as a retry would (nothing was sent twice).
    if (err instanceof AlreadyConfirmed) return runRecord(id);
    throw err;
  }
  for (const m of mails) await Mail.notify(m.id);
  return {
    ...run,
    status: "confirmed",
    confirmedAt,
    confirmedBy: actor.userId,
  };
}

/** The run a month's books currently reflect: the latest 정정, else the regular run. */
async function effectiveRun(month: string): Promise<Run | undefined> {
  const lock = await getItem<{ runId: string; correctedBy?: string[] }>(
    Keys.payrollLock(month),
    true,
  );
  if (!lock) return undefined;
  return runRecord(lock.correctedBy?.at(-1) ?? lock.runId);
}

function slipContext(
  run: Run,
  line: PayLine,
  tenant: TenantRecord | undefined,
  e: EmployeeRecord,
): PayslipMail.PayslipContext {
  return {
    businessName: tenant?.businessName ?? "",
    bizNo: tenant?.bizNo ? formatBizNo(tenant.bizNo) : "",
    month: run.month,
    payDate: run.payDate,
    correction: run.kind === "correction",
    employee: {
      name: e.name,
      birthDate: e.birthDate,
      payType: PAY_TYPE_LABEL[e.payType],
    },
    line,
  };
}

/** One employee's payslip of a run as PDF (the owner and the accountant may download it). */
export async function payslipPdf(
  runId: string,
  employeeId: string,
): Promise<{ filename: string; body: Uint8Array }> {
  assertCan("payroll.read");
  return payslipFile(runId, employeeId);
}

/** The payslip PDF as an e-mail attachment: the mail worker renders it when it sends. */
export async function payslipAttachment(
  runId: string,
  employeeId: string,
): Promise<Attachment> {
  const f = await payslipFile(runId, employeeId);
  return {
    filename: f.filename,
    contentType: "application/pdf",
    base64: Buffer.from(f.body).toString("base64"),
  };
}

async function payslipFile(
  runId: string,
  employeeId: string,
): Promise<{ filename: string; body: Uint8Array }> {
  const run = await runRecord(runId);
  const line = run.lines.find((l) => l.employeeId === employeeId);
  if (!line)
    throw new VisibleError(
      "not_found",
      "payslip_not_found",
      "이 급여 대장에 없는 직원입니다.",
    );
  const [tenant, e] = await Promise.all([
    getItem<TenantRecord>(Keys.tenant()),
    employeeRecord(employeeId),
  ]);
  const c = slipContext(run, line, tenant, e);
  const { renderPayslip } = await import("./payslip-pdf");
  return {
    filename: PayslipMail.payslipFilename(c),
    body: await renderPayslip(PayslipMail.toPayslipDoc(c)),
  };
}

/** The latest confirmed run of a month: the regular run, or its newest 정정. */
async function confirmedRun(month: string): Promise<Run> {
  const runs = (await queryPrefix<Run>(Keys.payrollRunsPrefix())).filter(
    (r) => r.month === month && r.status === "confirmed",
  );
  const latest = runs
    .sort((a, b) => (a.confirmedAt ?? "").localeCompare(b.confirmedAt ?? ""))
    .pop();
  if (!latest)
    throw new VisibleError(
      "not_found",
      "no_confirmed_run",
      `${month}에 확정한 급여가 없습니다.`,
    );
  return latest;
}

/** What both registers print beside the figures: the business name and each employee's facts (no resident number). */
async function registerContext() {
  const [tenant, employees] = await Promise.all([
    getItem<TenantRecord>(Keys.tenant()),
    queryPrefix<EmployeeRecord>(Keys.employeesPrefix()),
  ]);
  const byId = new Map(
    employees.map((e) => [
      e.id,
      {
        id: e.id,
        name: e.name,
        birthDate: e.birthDate,
        hireDate: e.hireDate,
        payTypeLabel: PAY_TYPE_LABEL[e.payType],
      },
    ]),
  );
  return { tenant, byId };
}

/** Per-employee totals of a year: for each month, its latest confirmed run. */
export async function yearlyRegister(
  year: string,
): Promise<{ filename: string; body: Buffer }> {
  assertCan("payroll.read");
  const confirmed = (await queryPrefix<Run>(Keys.payrollRunsPrefix())).filter(
    (r) => r.status === "confirmed" && r.month.startsWith(`${year}-`),
  );
  const latest = new Map<string, Run>();
  for (const r of confirmed.sort((a, b) =>
    (a.confirmedAt ?? "").localeCompare(b.confirmedAt ?? ""),
  ))
    latest.set(r.month, r);
  const { tenant, byId } = await registerContext();
  const { yearlyWorkbook } = await import("./register");
  return {
    filename: `연간급여-${year}.xlsx`,
    body: await yearlyWorkbook(
      year,
      [...latest.values()],
      tenant?.businessName ?? "",
      byId,
    ),
  };
}

/** 급여대장 + 원천세 요약 + 사업주 부담, as xlsx. The accountant may download it. */
export async function register(
  month: string,
): Promise<{ filename: string; body: Buffer }> {
  assertCan("payroll.read");
  const run = await confirmedRun(month);
  const { tenant, byId } = await registerContext();
  const { registerWorkbook } = await import("./register");
  return {
    filename: `급여대장-${month}.xlsx`,
    body: await registerWorkbook(run, tenant?.businessName ?? "", byId),
  };
}
