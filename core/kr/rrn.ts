// 주민등록번호 (DOMAIN-KR §1): format and birth date only. Numbers issued since Oct 2020 do not
// follow the old checksum, so it is never checked.
const CENTURY: Record<string, number> = {
  "1": 1900,
  "2": 1900,
  "3": 2000,
  "4": 2000,
  "5": 1900,
  "6": 1900,
  "7": 2000,
  "8": 2000,
  "9": 1800,
  "0": 1800,
};

export function normalizeRrn(input: string): string | null {
  const d = input.replace(/[\s-]/g, "");
  return /^\d{13}$/.test(d) ? d : null;
}

/** The birth date (YYYY-MM-DD) encoded in a resident number, or null if it is not a real date. */
export function rrnBirthDate(rrn: string): string | null {
  const d = normalizeRrn(rrn);
  if (!d) return null;
  const year = CENTURY[d[6]] + Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}

export function isValidRrn(rrn: string): boolean {
  return rrnBirthDate(rrn) !== null;
}

/** `900101-1******`: what every screen, list and log shows. */
export function maskRrn(rrn: string): string {
  const d = normalizeRrn(rrn) ?? "";
  return d.length === 13 ? `${d.slice(0, 6)}-${d[6]}******` : "******-*******";
}
