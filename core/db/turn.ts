/**
 * Runs `fn` after every earlier call with the same key has settled (a per-key FIFO in this
 * process). For writes that compete for one item under optimistic concurrency — the day's
 * invoice serial: N concurrent requests in one process would otherwise each read the same serial,
 * one would commit and N−1 retry, O(N²) transactions. Across processes (Lambda containers) the
 * conditional write still decides; this only stops a process from racing itself.
 */
const tails = new Map<string, Promise<unknown>>();

export async function inTurn<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prev = tails.get(key) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
