// Hourly-pay rules: 주휴수당 (근로기준법 §55, 시행령 §30) and the minimum wage (최저임금법 §6).
import { VisibleError } from "../error";

/** 최저임금 고시, hourly won, by effective date. 209 h/month = (40 + 8) × 365 / 7 / 12. */
const MINIMUM_WAGE = [
  { from: "2025-01-01", hourly: 10_030 },
  { from: "2026-01-01", hourly: 10_320 },
  { from: "2027-01-01", hourly: 10_700 }, // 고시 2026-60 ⚠
];
export const MONTHLY_STANDARD_HOURS = 209;

export function minimumHourly(date: string): number {
  const row = [...MINIMUM_WAGE].reverse().find((r) => r.from <= date);
  if (!row)
    throw new VisibleError(
      "validation",
      "no_rate_table",
      `${date}에 적용할 최저임금이 없습니다.`,
    );
  return row.hourly;
}

/**
 * Weekly paid-holiday hours for one week: a worker with ≥ 15 scheduled hours a week who attended
 * every scheduled day gets min(weekly hours / 5, 8) hours of pay (rounded down to the minute ⚠).
 */
export function weeklyHolidayHours(weeklyHours: number): number {
  if (weeklyHours < 15) return 0;
  return Math.min(Math.floor((weeklyHours / 5) * 60) / 60, 8);
}

/**
 * Monthly 주휴수당 for a steady weekly schedule: weekly holiday hours × hourly wage × weeks in a
 * month (365 / 7 / 12 = 4.345…), as the 209-hour convention counts it; truncated to whole won.
 */
export function monthlyWeeklyHolidayPay(
  hourlyWage: number,
  weeklyHours: number,
): number {
  const hours = weeklyHolidayHours(weeklyHours);
  return Math.floor((hours * hourlyWage * 365) / 7 / 12);
}

/** Monthly pay for a weekly schedule (worked hours only): hours × wage × 365 / 7 / 12. */
export function monthlyWorkedPay(
  hourlyWage: number,
  weeklyHours: number,
): number {
  return Math.floor((weeklyHours * hourlyWage * 365) / 7 / 12);
}
