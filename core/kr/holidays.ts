// Days a tax deadline cannot fall on. 국세기본법 §5①: when a deadline falls on a 공휴일, a
// Saturday, a Sunday or 근로자의 날, it moves to the next day that is none of these.
// 공휴일 = 관공서의 공휴일에 관한 규정 (incl. 대체공휴일 and election days).
// ⚠ Typed in from the government's calendar announcements as we remember them, without network
// access to check: verify against the 월력요항 (한국천문연구원) each year and add the next year
// before it starts. Years not listed fall back to weekends and the fixed-date holidays only.

/** Holidays that move (lunar, substitute, election) by year; fixed-date ones are below. */
const HOLIDAYS: Record<number, string[]> = {
  2026: [
    "02-16",
    "02-17",
    "02-18", // 설날
    "03-02", // 대체공휴일 (삼일절이 일요일)
    "05-24",
    "05-25", // 부처님오신날 + 대체공휴일 (일요일)
    "06-03", // 제9회 전국동시지방선거
    "08-17", // 대체공휴일 (광복절이 토요일)
    "09-24",
    "09-25",
    "09-26", // 추석
    "10-05", // 대체공휴일 (개천절이 토요일)
  ],
  2027: [
    "02-05",
    "02-06",
    "02-07",
    "02-08", // 설날 + 대체공휴일
    "05-13", // 부처님오신날
    "08-16", // 대체공휴일 (광복절이 일요일)
    "09-14",
    "09-15",
    "09-16", // 추석
    "10-04", // 대체공휴일 (개천절이 일요일)
    "10-11", // 대체공휴일 (한글날이 토요일)
    "12-27", // 대체공휴일 (성탄절이 토요일)
  ],
};

/** 신정, 삼일절, 근로자의 날(국세기본법 §5), 어린이날, 현충일, 광복절, 개천절, 한글날, 성탄절. */
const FIXED = [
  "01-01",
  "03-01",
  "05-01",
  "05-05",
  "06-06",
  "08-15",
  "10-03",
  "10-09",
  "12-25",
];

export const HOLIDAY_YEARS = Object.keys(HOLIDAYS).map(Number);

/** Whether a deadline may fall on this YYYY-MM-DD. */
export function isDeadlineDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  const dow = d.getUTCDay();
  if (dow === 0 || dow === 6) return false;
  const md = date.slice(5);
  return !FIXED.includes(md) && !HOLIDAYS[d.getUTCFullYear()]?.includes(md);
}

/** The deadline itself, or the next day a deadline may fall on (국세기본법 §5①). */
export function deadlineOn(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  while (!isDeadlineDay(d.toISOString().slice(0, 10)))
    d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
