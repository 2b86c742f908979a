/** Korean mobile numbers: 010-1234-5678, 01012345678, 011-123-4567 … */
export function normalizeMobile(input: string): string | null {
  const d = input.replace(/[\s-]/g, "");
  return /^01[016789]\d{7,8}$/.test(d) ? d : null;
}

/** Landline or mobile (02-123-4567, 031-1234-5678, 1588-1234, 010-…). */
export function normalizePhone(input: string): string | null {
  const d = input.replace(/[\s-]/g, "");
  return /^(0\d{8,10}|1[5-9]\d{6})$/.test(d) ? d : null;
}

export function formatPhone(d: string): string {
  if (/^02\d{7,8}$/.test(d))
    return `02-${d.slice(2, d.length - 4)}-${d.slice(-4)}`;
  if (/^1\d{7}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4)}`;
  if (/^0\d{9,10}$/.test(d))
    return `${d.slice(0, 3)}-${d.slice(3, d.length - 4)}-${d.slice(-4)}`;
  return d;
}
