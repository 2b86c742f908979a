import { describe, expect, it } from "vitest";
import { issueDeadline, transmitDeadline } from "../../core/invoice/compute";
import { deadlineOn, isDeadlineDay } from "../../core/kr/holidays";

// 국세기본법 §5①: a deadline on a Saturday, Sunday, 공휴일 or 근로자의 날 moves to the next day
// that is none of them.
describe("tax deadlines (국세기본법 §5)", () => {
  it("keeps a weekday that is no holiday", () => {
    expect(isDeadlineDay("2026-11-10")).toBe(true); // Tuesday
    expect(issueDeadline("2026-10-31")).toBe("2026-11-10");
  });

  it("moves the 10th past a weekend", () => {
    // 2026-10-10 is a Saturday: the 월합계 for September is due Monday the 12th.
    expect(issueDeadline("2026-09-15")).toBe("2026-10-12");
  });

  it("moves past 추석 and the weekend after it", () => {
    // Issued Wednesday 2026-09-23: the next day starts 추석 (24–26, the 26th a Saturday) and a
    // Sunday follows, so transmission is due Monday the 28th.
    expect(transmitDeadline("2026-09-23")).toBe("2026-09-28");
  });

  it("treats 근로자의 날 and substitute holidays as non-business days", () => {
    expect(transmitDeadline("2026-04-30")).toBe("2026-05-04"); // 5-1 Fri, then the weekend
    expect(deadlineOn("2026-08-15")).toBe("2026-08-18"); // Sat, Sun, 대체공휴일 Mon
    expect(deadlineOn("2026-03-01")).toBe("2026-03-03"); // Sun, 대체공휴일 Mon
  });
});
