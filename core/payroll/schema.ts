import * as v from "valibot";
import { isoDate } from "../validation";
import { isValidRrn, normalizeRrn } from "../kr/rrn";
import { Email } from "../auth/schema";

export const PAY_TYPES = ["monthly", "hourly", "daily"] as const;
export type PayType = (typeof PAY_TYPES)[number];
export const PAY_TYPE_LABEL: Record<PayType, string> = {
  monthly: "월급제",
  hourly: "시급제",
  daily: "일용직",
};

const won = (label: string, max = 100_000_000) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.integer(`${label}은(는) 원 단위 정수여야 합니다.`),
    v.minValue(0, `${label}은(는) 0 이상이어야 합니다.`),
    v.maxValue(max, `${label}이(가) 너무 큽니다.`),
  );
const count = (label: string, min: number, max: number) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.integer(`${label}은(는) 정수여야 합니다.`),
    v.minValue(min, `${label}은(는) ${min} 이상이어야 합니다.`),
    v.maxValue(max, `${label}은(는) ${max} 이하여야 합니다.`),
  );
const hours = (label: string, max: number) =>
  v.pipe(
    v.number(`${label}은(는) 숫자여야 합니다.`),
    v.minValue(0, `${label}은(는) 0 이상이어야 합니다.`),
    v.maxValue(max, `${label}이(가) 너무 많습니다.`),
    v.check(
      (n) => Number.isInteger(n * 2),
      `${label}은(는) 30분(0.5시간) 단위로 입력해 주세요.`,
    ),
  );
export const Rrn = v.pipe(
  v.string("주민등록번호를 입력해 주세요."),
  v.trim(),
  v.check(
    (s) => normalizeRrn(s) !== null,
    "주민등록번호는 13자리 숫자입니다. (예: 900101-1234567)",
  ),
  v.check(isValidRrn, "주민등록번호의 생년월일이 올바르지 않습니다."),
  v.transform((s) => normalizeRrn(s) as string),
);

const BankAccount = v.pipe(
  v.string("급여 계좌를 입력해 주세요."),
  v.trim(),
  v.maxLength(60, "급여 계좌는 60자 이하로 입력해 주세요."),
  v.regex(
    /^[가-힣A-Za-z ]{2,20}\s*[\d-]{6,30}$|^$/,
    "급여 계좌는 '은행명 계좌번호' 형식으로 입력해 주세요. (예: 국민 123456-01-123456)",
  ),
);

export const EmployeeInput = v.pipe(
  v.object({
    name: v.pipe(
      v.string("이름을 입력해 주세요."),
      v.trim(),
      v.nonEmpty("이름을 입력해 주세요."),
      v.maxLength(50, "이름은 50자 이하로 입력해 주세요."),
    ),
    rrn: v.optional(
      v.union([v.literal(""), Rrn], "주민등록번호 형식이 올바르지 않습니다."),
      "",
    ),
    hireDate: isoDate("입사일"),
    leaveDate: v.optional(
      v.union(
        [v.literal(""), isoDate("퇴사일")],
        "퇴사일 형식이 올바르지 않습니다.",
      ),
      "",
    ),
    payType: v.picklist(PAY_TYPES, "고용형태를 선택해 주세요."),
    baseMonthly: v.optional(won("기본급"), 0),
    hourlyWage: v.optional(won("시급", 1_000_000), 0),
    weeklyHours: v.optional(hours("주 소정근로시간", 52), 40),
    dailyWage: v.optional(won("일급", 10_000_000), 0),
    nonTaxable: v.optional(
      v.object({
        meal: v.optional(won("식대"), 0),
        car: v.optional(won("자가운전보조금"), 0),
        childcare: v.optional(won("보육수당"), 0),
      }),
      { meal: 0, car: 0, childcare: 0 },
    ),
    family: v.optional(count("공제대상가족 수", 1, 30), 1),
    children: v.optional(count("8~20세 자녀 수", 0, 20), 0),
    withholdingRate: v.optional(
      v.picklist(
        [80, 100, 120],
        "원천징수 비율은 80, 100, 120% 중에서 고릅니다.",
      ),
      100,
    ),
    insurance: v.optional(
      v.object({
        pension: v.boolean(),
        health: v.boolean(),
        employment: v.boolean(),
      }),
      { pension: true, health: true, employment: true },
    ),
    bankAccount: v.optional(BankAccount, ""),
    email: v.optional(
      v.union([v.literal(""), Email], "이메일 형식이 올바르지 않습니다."),
      "",
    ),
  }),
  v.forward(
    v.check(
      (e) => e.payType !== "monthly" || e.baseMonthly > 0,
      "월급제는 기본급을 입력해 주세요.",
    ),
    ["baseMonthly"],
  ),
  v.forward(
    v.check(
      (e) => e.payType !== "hourly" || e.hourlyWage > 0,
      "시급제는 시급을 입력해 주세요.",
    ),
    ["hourlyWage"],
  ),
  v.forward(
    v.check(
      (e) => e.payType !== "daily" || e.dailyWage > 0,
      "일용직은 일급을 입력해 주세요.",
    ),
    ["dailyWage"],
  ),
  v.forward(
    v.check(
      (e) => !e.leaveDate || e.leaveDate >= e.hireDate,
      "퇴사일은 입사일 이후여야 합니다.",
    ),
    ["leaveDate"],
  ),
  v.forward(
    v.check(
      (e) => e.children < e.family,
      "자녀 수는 공제대상가족 수(본인 포함)보다 적어야 합니다.",
    ),
    ["children"],
  ),
);
export type EmployeeInput = v.InferOutput<typeof EmployeeInput>;

/** Hours and days entered for one employee in a month's run. */
export const LineInput = v.object({
  employeeId: v.pipe(
    v.string("직원을 선택해 주세요."),
    v.regex(/^emp_[0-9a-z]{26}$/, "직원 ID 형식이 올바르지 않습니다."),
  ),
  overtimeHours: v.optional(hours("연장근로시간", 200), 0),
  nightHours: v.optional(hours("야간근로시간", 200), 0),
  holidayHours: v.optional(hours("휴일근로시간", 200), 0),
  /** Hourly workers: hours worked this month (default: the weekly schedule × 365/7/12). */
  workedHours: v.optional(hours("근로시간", 400)),
  /** Daily workers: days worked this month. */
  workDays: v.optional(count("근무일수", 0, 31), 0),
  bonus: v.optional(won("상여금"), 0),
});
export type LineInput = v.InferOutput<typeof LineInput>;

export const RunInput = v.object({
  month: v.pipe(
    v.string("귀속월을 입력해 주세요."),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "귀속월은 YYYY-MM 형식이어야 합니다."),
  ),
  payDate: isoDate("지급일"),
  /** Workplaces with 5 or more workers pay 연장·야간·휴일 premiums (근로기준법 §11, §56). */
  fiveOrMore: v.optional(v.boolean(), false),
  lines: v.pipe(
    v.array(LineInput, "직원별 입력이 필요합니다."),
    v.minLength(1, "급여를 계산할 직원을 한 명 이상 골라 주세요."),
    v.maxLength(80, "한 번에 80명까지 계산할 수 있습니다."),
  ),
});
export type RunInput = v.InferOutput<typeof RunInput>;
