// How the soak judges memory (scripts/soak.ts), apart so it can be tested on made-up samples.
//
// Samples are taken at rest (no request in flight, the outbox sent) after a GC. Only the steady
// window counts: after the first third of the run (at least a minute), when the JIT, the SDK's and
// the server's pools and malloc's arenas have filled. Then:
// - the heap after GC is live objects: a least-squares slope over 1 MB a minute is a leak;
// - RSS is a high-water mark: malloc keeps what a burst (four scrypt logins at 32 MiB each) took
//   and gives little back, so it rises in steps and stays. A leak keeps setting new highs, so RSS
//   grows when the later half of the window peaks more than 5% above the earlier half's peak.
export interface MemorySample {
  atSeconds: number;
  heapMB: number;
  externalMB: number;
  rssMB: number;
}

/** Least-squares slope in MB per minute. */
export function slope(points: { atSeconds: number; v: number }[]): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.atSeconds, 0) / n;
  const my = points.reduce((s, p) => s + p.v, 0) / n;
  const num = points.reduce((s, p) => s + (p.atSeconds - mx) * (p.v - my), 0);
  const den = points.reduce((s, p) => s + (p.atSeconds - mx) ** 2, 0);
  return den ? +((num / den) * 60).toFixed(2) : 0;
}

export const HEAP_SLOPE_LIMIT = 1; // MB a minute
export const RSS_NEW_HIGH_LIMIT = 0.05; // of the earlier half's peak

export function judgeMemory(samples: MemorySample[], runSeconds: number) {
  const warmUpSeconds = Math.max(60, runSeconds / 3);
  const steady = samples.filter((m) => m.atSeconds >= warmUpSeconds);
  const series = (k: keyof MemorySample) =>
    steady.map((s) => ({ atSeconds: s.atSeconds, v: s[k] }));
  const half = Math.floor(steady.length / 2);
  const peak = (xs: MemorySample[]) => Math.max(...xs.map((s) => s.rssMB));
  const judged = steady.length >= 4;
  const rssEarlierPeakMB = judged ? peak(steady.slice(0, half)) : null;
  const rssLaterPeakMB = judged ? peak(steady.slice(half)) : null;
  const heapSlope = slope(series("heapMB"));
  const rssNewHigh =
    rssEarlierPeakMB !== null &&
    rssLaterPeakMB! > rssEarlierPeakMB * (1 + RSS_NEW_HIGH_LIMIT);
  const grows = judged && (heapSlope > HEAP_SLOPE_LIMIT || rssNewHigh);
  return {
    warmUpSeconds,
    steadySamples: steady.length,
    heapSlopeMBPerMinute: heapSlope,
    externalSlopeMBPerMinute: slope(series("externalMB")),
    rssSlopeMBPerMinute: slope(series("rssMB")),
    rssEarlierPeakMB,
    rssLaterPeakMB,
    /** null: too short to judge. */
    flat: judged ? !grows : null,
  };
}
