import { describe, expect, it } from "vitest";
import { writePacer } from "../../core/db/client";

// A statement import writes one tenant partition as fast as it can; DynamoDB takes 1,000 write
// units a second per partition, so the import paces its transactions (core/ledger/import.ts).
describe("writePacer", () => {
  it("holds a burst under the budget: 3 × 500 units at 5,000 a second take at least 0.2 s", async () => {
    const take = writePacer(5_000);
    const t0 = performance.now();
    await take(500); // at once
    await take(500); // 100 ms later
    await take(500); // 200 ms after the first
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
  });

  it("does not wait for the first write, nor at all with no budget", async () => {
    const t0 = performance.now();
    await writePacer(10)(1_000);
    const off = writePacer(0);
    for (let i = 0; i < 5; i++) await off(1_000_000);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
