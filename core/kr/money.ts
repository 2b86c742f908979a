const KRW = new Intl.NumberFormat("ko-KR");

/** ₩1,234,567 — money is integer won everywhere. */
export function formatWon(won: number): string {
  return `₩${KRW.format(Math.trunc(won))}`;
}

/** 2026-11-22 → 2026. 11. 22. (the Korean way). */
export function formatDateKo(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${y}. ${Number(m)}. ${Number(d)}.`;
}
