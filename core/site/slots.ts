// Which start times a visitor may book: from the day's opening hours (minus the break), the
// service's duration and the cells already taken. Pure; the booking itself is guarded by one
// conditional put per cell (index.ts), so two visitors can never hold the same cell.
import type { BlockOf, SiteInput } from "./schema";

/** A booking occupies whole cells of this many minutes. */
export const CELL_MINUTES = 30;

export const toMinutes = (t: string) =>
  Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
export const toTime = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** 0 = Sunday, as in DAYS and the hours block's week. */
export const weekday = (date: string) =>
  new Date(`${date}T00:00:00Z`).getUTCDay();

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

export function bookingBlock(site: SiteInput): BlockOf<"booking"> | undefined {
  return site.blocks.find(
    (b): b is BlockOf<"booking"> => b.type === "booking" && !b.hidden,
  );
}

export function services(site: SiteInput) {
  return site.blocks
    .filter((b): b is BlockOf<"menu"> => b.type === "menu" && !b.hidden)
    .flatMap((b) => b.items)
    .filter((i) => (i.minutes ?? 0) > 0);
}

/** How a visitor names a bookable item: its name, with the stylist when it has one. */
export const serviceKey = (i: { name: string; staff?: string }) =>
  i.staff ? `${i.name} · ${i.staff}` : i.name;

/** A cell's key within a day: each stylist has their own column of cells. */
export const cellKey = (staff: string | undefined, time: string) =>
  staff ? `${staff}#${time}` : time;

/** The cells (HH:MM) a booking starting at `time` for `minutes` covers. */
export function cellsOf(time: string, minutes: number): string[] {
  const start = toMinutes(time);
  const n = Math.max(1, Math.ceil(minutes / CELL_MINUTES));
  return Array.from({ length: n }, (_, i) => toTime(start + i * CELL_MINUTES));
}

export type DayProblem = "closed" | "past" | "too_far" | "no_booking";

/** Why no slot can be offered on the date, or undefined when the date is bookable. */
export function dayProblem(
  site: SiteInput,
  date: string,
  today: string,
): DayProblem | undefined {
  const booking = bookingBlock(site);
  if (!booking || booking.mode !== "booking") return "no_booking";
  if (date < today) return "past";
  if (date > addDays(today, booking.daysAhead)) return "too_far";
  const hours = site.blocks.find(
    (b): b is BlockOf<"hours"> => b.type === "hours" && !b.hidden,
  );
  if (!hours) return "closed";
  if (hours.closedDates.includes(date)) return "closed";
  if (hours.week[weekday(date)].closed) return "closed";
  return undefined;
}

/**
 * Free start times on `date` for a service of `minutes`. `taken` holds occupied cells;
 * `nowMinutes` (Korea time, only for today) hides times already past.
 */
export function freeSlots(
  site: SiteInput,
  date: string,
  minutes: number,
  taken: Set<string>,
  today: string,
  nowMinutes: number,
): string[] {
  if (dayProblem(site, date, today)) return [];
  const hours = site.blocks.find(
    (b): b is BlockOf<"hours"> => b.type === "hours" && !b.hidden,
  )!;
  const d = hours.week[weekday(date)];
  const spans: [number, number][] = d.breakStart
    ? [
        [toMinutes(d.open), toMinutes(d.breakStart)],
        [toMinutes(d.breakEnd), toMinutes(d.close)],
      ]
    : [[toMinutes(d.open), toMinutes(d.close)]];
  const need = Math.max(1, Math.ceil(minutes / CELL_MINUTES)) * CELL_MINUTES;
  const out: string[] = [];
  for (const [from, to] of spans) {
    // Cells are aligned to the hour grid so every booking's cells line up.
    const first = Math.ceil(from / CELL_MINUTES) * CELL_MINUTES;
    for (let t = first; t + need <= to; t += CELL_MINUTES) {
      if (date === today && t <= nowMinutes) continue;
      if (cellsOf(toTime(t), minutes).some((c) => taken.has(c))) continue;
      out.push(toTime(t));
    }
  }
  return out;
}
