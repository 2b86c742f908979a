// Business time is Korea time (KST, UTC+9, no DST): months, usage resets and deadlines follow it.
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export function nowMs(): number {
  return Date.now();
}

/** `YYYY-MM` of the given instant in Korea. */
export function kstMonth(ms = nowMs()): string {
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 7);
}

/** `YYYY-MM-DD` of the given instant in Korea. */
export function kstDate(ms = nowMs()): string {
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the next month starts in Korea (00:00 KST on the 1st), as ISO UTC. */
export function nextMonthStart(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 1) - KST_OFFSET_MS).toISOString();
}

export const epochSeconds = (ms = nowMs()) => Math.floor(ms / 1000);

/** `2026-12-01T00:00+09:00` → `12월 1일 0시` (Korea time). */
export function formatResetKo(iso: string): string {
  const kst = new Date(Date.parse(iso) + KST_OFFSET_MS);
  return `${kst.getUTCMonth() + 1}월 ${kst.getUTCDate()}일 0시`;
}
