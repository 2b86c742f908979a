// 사업자등록번호 checksum (DOMAIN-KR §1): weights 1,3,7,1,3,7,1,3,5 plus ⌊d8·5/10⌋.
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/** Strips dashes and spaces; returns null unless exactly 10 digits remain. */
export function normalizeBizNo(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(digits) ? digits : null;
}

/** The check digit (the 10th) for the first nine digits. */
export function bizNoCheckDigit(first9: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += first9[i] * WEIGHTS[i];
  sum += Math.floor((first9[8] * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

export function isValidBizNo(input: string): boolean {
  const n = normalizeBizNo(input);
  if (!n) return false;
  const d = [...n].map(Number);
  return bizNoCheckDigit(d) === d[9];
}

/** `1208147521` → `120-81-47521`. */
export function formatBizNo(n: string): string {
  const d = normalizeBizNo(n) ?? n;
  return d.length === 10
    ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`
    : d;
}
