// The soak's verdict on memory (scripts/soak-memory.ts): a leak fails it, malloc's step-and-stay
// does not, and a run too short to tell is not judged.
import { describe, expect, it } from "vitest";
import { judgeMemory, type MemorySample } from "../../scripts/soak-memory";

/** A 10-minute run sampled every 30 s, at rest. */
const run = (
  heap: (s: number) => number,
  rss: (s: number) => number,
): MemorySample[] =>
  Array.from({ length: 21 }, (_, i) => {
    const s = i * 30;
    return { atSeconds: s, heapMB: heap(s), externalMB: 20, rssMB: rss(s) };
  });
const flatHeap = () => 60;
const plateau = (s: number) => (s < 330 ? 300 : 440 + ((s / 30) % 3) * 10);

describe("the soak's memory verdict", () => {
  it("passes a flat heap with RSS that rose in one step and stayed (malloc keeping a burst)", () => {
    const j = judgeMemory(run(flatHeap, plateau), 600);
    // The step inside the window makes the least-squares slope look like growth …
    expect(j.rssSlopeMBPerMinute).toBeGreaterThan(5);
    // … but the later half sets no new high.
    expect(j.flat).toBe(true);
  });

  it("fails a heap that grows 2 MB a minute", () => {
    const j = judgeMemory(
      run((s) => 60 + (2 * s) / 60, plateau),
      600,
    );
    expect(j.heapSlopeMBPerMinute).toBeCloseTo(2, 1);
    expect(j.flat).toBe(false);
  });

  it("fails RSS that keeps setting new highs with a flat heap (a native leak)", () => {
    const j = judgeMemory(
      run(flatHeap, (s) => 300 + (8 * s) / 60),
      600,
    );
    expect(j.rssLaterPeakMB! / j.rssEarlierPeakMB!).toBeGreaterThan(1.05);
    expect(j.flat).toBe(false);
  });

  it("ignores the warm-up and does not judge a run too short to tell", () => {
    // Growth only in the first third: filling pools, then flat.
    const warm = judgeMemory(
      run(
        (s) => (s < 200 ? 30 + s / 5 : 70),
        (s) => (s < 200 ? 180 + s : 380),
      ),
      600,
    );
    expect(warm.warmUpSeconds).toBe(200);
    expect(warm.flat).toBe(true);
    const short = judgeMemory(run(flatHeap, plateau).slice(0, 4), 90);
    expect(short.flat).toBeNull();
  });
});
