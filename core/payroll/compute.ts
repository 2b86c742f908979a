// One employee's pay for one month: every item with how it was computed (근로기준법 §48②,
// 시행령 §27의2 — the payslip must show each item, its basis, and each deduction).
import { insurance } from "./insurance";
import {
  dailyWorkerWithholding,
  withholding,
  type WithholdingRate,
} from "./withholding";
import {
  minimumHourly,
  MONTHLY_STANDARD_HOURS,
  monthlyWeeklyHolidayPay,
  monthlyWorkedPay,
  weeklyHolidayHours,
} from "./wage";
import type { LineInput, PayType } from "./schema";

export interface Item {
  code: string;
  label: string;
  amount: number;
  basis: string;
}

export interface EmployeeTerms {
  id: string;
  name: string;
  payType: PayType;
  baseMonthly: number;
  hourlyWage: number;
  weeklyHours: number;
  dailyWage: number;
  nonTaxable: { meal: number; car: number; childcare: number };
  family: number;
  children: number;
  withholdingRate: WithholdingRate;
  insurance: { pension: boolean; health: boolean; employment: boolean };
  hasRrn: boolean;
}

export interface PayLine {
  employeeId: string;
  name: string;
  payType: PayType;
  earnings: Item[];
  gross: number;
  nonTaxable: number;
  taxable: number;
  deductions: Item[];
  totalDeductions: number;
  net: number;
  employer: Item[];
  employerCost: number;
  warnings: string[];
}

/** 소득세법 §12, 시행령 §17의2·§12: monthly non-taxable limits, by effective date ⚠ (childcare per child from 2026 is not modelled). */
const NON_TAXABLE_LIMITS = [
  { from: "2024-01-01", meal: 200_000, car: 200_000, childcare: 200_000 },
];

const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;
const h = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}시간`;

export function computeLine(
  e: EmployeeTerms,
  input: LineInput,
  payDate: string,
  fiveOrMore: boolean,
): PayLine {
  const earnings: Item[] = [];
  const warnings: string[] = [];
  const add = (code: string, label: string, amount: number, basis: string) => {
    if (amount > 0)
      earnings.push({ code, label, amount: Math.floor(amount), basis });
  };
  const minimum = minimumHourly(payDate);

  // The hourly rate premiums are computed from: 통상시급.
  let ordinaryHourly = 0;
  if (e.payType === "monthly") {
    ordinaryHourly = Math.floor(e.baseMonthly / MONTHLY_STANDARD_HOURS);
    add("base", "기본급", e.baseMonthly, "월 기본급");
    if (ordinaryHourly < minimum)
      warnings.push(
        `통상시급 ${won(ordinaryHourly)}이 최저임금 시급 ${won(minimum)}보다 낮습니다.`,
      );
  } else if (e.payType === "hourly") {
    ordinaryHourly = e.hourlyWage;
    if (input.workedHours !== undefined)
      add(
        "base",
        "기본급",
        input.workedHours * e.hourlyWage,
        `${h(input.workedHours)} × ${won(e.hourlyWage)}`,
      );
    else
      add(
        "base",
        "기본급",
        monthlyWorkedPay(e.hourlyWage, e.weeklyHours),
        `주 ${h(e.weeklyHours)} × ${won(e.hourlyWage)} × 365/7/12주`,
      );
    // 근로기준법 §55: weekly paid holiday for ≥ 15 scheduled hours a week (full attendance assumed).
    const holidayHours = weeklyHolidayHours(e.weeklyHours);
    add(
      "weeklyHoliday",
      "주휴수당",
      monthlyWeeklyHolidayPay(e.hourlyWage, e.weeklyHours),
      `주 ${h(holidayHours)} × ${won(e.hourlyWage)} × 365/7/12주`,
    );
    if (e.hourlyWage < minimum)
      warnings.push(
        `시급 ${won(e.hourlyWage)}이 최저임금 ${won(minimum)}보다 낮습니다.`,
      );
  } else {
    add(
      "base",
      "일급",
      e.dailyWage * input.workDays,
      `${input.workDays}일 × ${won(e.dailyWage)}`,
    );
    if (e.dailyWage < minimum * 8)
      warnings.push(
        `일급 ${won(e.dailyWage)}이 최저임금 8시간분 ${won(minimum * 8)}보다 낮습니다.`,
      );
  }

  // 근로기준법 §56: +50% for overtime, night (22–06) and holiday work at workplaces with 5+ workers.
  const overtimeRate = fiveOrMore ? 1.5 : 1;
  add(
    "overtime",
    "연장근로수당",
    input.overtimeHours * ordinaryHourly * overtimeRate,
    `${h(input.overtimeHours)} × ${won(ordinaryHourly)} × ${overtimeRate}`,
  );
  if (fiveOrMore)
    add(
      "night",
      "야간근로수당",
      input.nightHours * ordinaryHourly * 0.5,
      `${h(input.nightHours)} × ${won(ordinaryHourly)} × 0.5 (가산분)`,
    );
  add(
    "holiday",
    "휴일근로수당",
    input.holidayHours * ordinaryHourly * overtimeRate,
    `${h(input.holidayHours)} × ${won(ordinaryHourly)} × ${overtimeRate}`,
  );
  add("bonus", "상여금", input.bonus, "지급액");

  const limits =
    [...NON_TAXABLE_LIMITS].reverse().find((r) => r.from <= payDate) ??
    NON_TAXABLE_LIMITS[0];
  let nonTaxable = 0;
  for (const [code, label, limit] of [
    ["meal", "식대", limits.meal],
    ["car", "자가운전보조금", limits.car],
    ["childcare", "보육수당", limits.childcare],
  ] as const) {
    const paid = e.nonTaxable[code];
    if (paid <= 0) continue;
    const exempt = Math.min(paid, limit);
    nonTaxable += exempt;
    add(
      code,
      label,
      paid,
      paid > limit
        ? `월 ${won(paid)} 중 ${won(limit)} 비과세`
        : `비과세 (월 ${won(limit)} 한도)`,
    );
  }

  const gross = earnings.reduce((s, i) => s + i.amount, 0);
  const taxable = gross - nonTaxable;

  const ins = insurance({ payDate, base: taxable, enrolled: e.insurance });
  if (ins.pensionFloorCapApplied === "cap")
    warnings.push(
      `국민연금 기준소득월액 상한(${won(ins.pensionBase)})을 적용했습니다.`,
    );
  if (ins.pensionFloorCapApplied === "floor")
    warnings.push(
      `국민연금 기준소득월액 하한(${won(ins.pensionBase)})을 적용했습니다.`,
    );

  const deductions: Item[] = [];
  const deduct = (
    code: string,
    label: string,
    amount: number,
    basis: string,
  ) => {
    if (amount > 0) deductions.push({ code, label, amount, basis });
  };
  deduct(
    "pension",
    "국민연금",
    ins.employee.pension,
    `기준소득월액 ${won(ins.pensionBase)} × 근로자 부담률, 10원 미만 절사`,
  );
  deduct(
    "health",
    "건강보험",
    ins.employee.health,
    `보수월액 ${won(taxable)} × 근로자 부담률, 10원 미만 절사`,
  );
  deduct(
    "longTermCare",
    "장기요양보험",
    ins.employee.longTermCare,
    `건강보험료 ${won(ins.employee.health)} 기준, 10원 미만 절사`,
  );
  deduct(
    "employment",
    "고용보험",
    ins.employee.employment,
    `보수월액 ${won(taxable)} × 0.9%`,
  );

  if (e.payType === "daily") {
    const perDay = dailyWorkerWithholding(e.dailyWage);
    deduct(
      "incomeTax",
      "소득세",
      perDay.incomeTax * input.workDays,
      `(일급 − 150,000원) × 6% × 45% = 일 ${won(perDay.incomeTax)} × ${input.workDays}일`,
    );
    deduct(
      "localIncomeTax",
      "지방소득세",
      perDay.localIncomeTax * input.workDays,
      `일 ${won(perDay.localIncomeTax)} × ${input.workDays}일`,
    );
  } else {
    const w = withholding({
      payDate,
      taxableWage: taxable,
      family: e.family,
      children: e.children,
      rate: e.withholdingRate,
    });
    const reduction = w.childReduction
      ? `, 자녀 ${e.children}명 공제 ${won(w.childReduction)}`
      : "";
    deduct(
      "incomeTax",
      "소득세",
      w.incomeTax,
      `간이세액표 (월 ${won(taxable)}, 공제대상가족 ${e.family}명${reduction}) × ${e.withholdingRate}%`,
    );
    deduct(
      "localIncomeTax",
      "지방소득세",
      w.localIncomeTax,
      "소득세 × 10%, 10원 미만 절사",
    );
  }
  // 국민연금법 시행령 §2, 국민건강보험법 시행령 §9, 고용보험법 §10: workers under 60 hours a month
  // are generally excluded — flag it rather than decide, since exceptions exist (e.g. 3+ months).
  const monthlyHours =
    e.payType === "hourly"
      ? (e.weeklyHours * 365) / 7 / 12
      : e.payType === "monthly"
        ? MONTHLY_STANDARD_HOURS
        : Infinity;
  if (
    monthlyHours < 60 &&
    (e.insurance.pension || e.insurance.health || e.insurance.employment)
  )
    warnings.push(
      `월 소정근로시간이 ${Math.floor(monthlyHours)}시간으로 60시간 미만입니다. 4대보험 적용 제외 대상인지 확인해 주세요.`,
    );
  if (!e.hasRrn)
    warnings.push("주민등록번호가 없습니다. 원천세 신고 전에 입력해 주세요.");

  const totalDeductions = deductions.reduce((s, i) => s + i.amount, 0);
  if (totalDeductions > gross)
    warnings.push(
      "공제액 합계가 지급액보다 많습니다. 4대보험 가입 여부를 확인해 주세요.",
    );

  const employer: Item[] = [
    {
      code: "pension",
      label: "국민연금 (사업주)",
      amount: ins.employer.pension,
      basis: "근로자와 같은 금액",
    },
    {
      code: "health",
      label: "건강보험 (사업주)",
      amount: ins.employer.health,
      basis: "근로자와 같은 금액",
    },
    {
      code: "longTermCare",
      label: "장기요양보험 (사업주)",
      amount: ins.employer.longTermCare,
      basis: "근로자와 같은 금액",
    },
    {
      code: "employment",
      label: "고용보험 (사업주)",
      amount: ins.employer.employment,
      basis: "실업급여 0.9%",
    },
    {
      code: "employmentStability",
      label: "고용안정·직능개발 (사업주)",
      amount: ins.employer.employmentStability,
      basis: "150인 미만 0.25%",
    },
  ].filter((i) => i.amount > 0);

  return {
    employeeId: e.id,
    name: e.name,
    payType: e.payType,
    earnings,
    gross,
    nonTaxable,
    taxable,
    deductions,
    totalDeductions,
    net: gross - totalDeductions,
    employer,
    employerCost: gross + employer.reduce((s, i) => s + i.amount, 0),
    warnings,
  };
}
