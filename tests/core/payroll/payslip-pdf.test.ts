import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeLine } from "../../../core/payroll/compute";
import { renderPayslip } from "../../../core/payroll/payslip-pdf";
import { toPayslipDoc } from "../../../core/payroll/payslip-mail";
import { createKoreanDoc } from "../../../core/pdf/font";

const OUT = "tests/.artifacts";
const line = computeLine(
  {
    id: "emp_x",
    name: "김미용",
    payType: "monthly",
    baseMonthly: 2_300_000,
    hourlyWage: 0,
    weeklyHours: 40,
    dailyWage: 0,
    nonTaxable: { meal: 200_000, car: 0, childcare: 0 },
    family: 2,
    children: 1,
    withholdingRate: 100,
    insurance: { pension: true, health: true, employment: true },
    hasRrn: true,
  },
  {
    employeeId: "emp_x",
    overtimeHours: 6,
    nightHours: 0,
    holidayHours: 0,
    workDays: 0,
    bonus: 0,
  },
  "2026-04-25",
  true,
);
const slip = {
  businessName: "골목헤어 망원점",
  bizNo: "120-81-47521",
  month: "2026-04",
  payDate: "2026-04-25",
  correction: false,
  employee: { name: "김미용", birthDate: "1990-01-01", payType: "월급제" },
  line,
};

/** Dark pixels of page 1 at 50 dpi (PGM from pdftoppm): how much ink is on the page. */
function inkedPixels(pdf: string): number {
  const base = pdf.replace(/\.pdf$/, "-page");
  const r = spawnSync("pdftoppm", [
    "-gray",
    "-r",
    "50",
    "-f",
    "1",
    "-l",
    "1",
    pdf,
    base,
  ]);
  expect(r.status).toBe(0);
  const pgm = readFileSync(`${base}-1.pgm`);
  // Header: P5\n<w> <h>\n255\n — pixels follow.
  const headerEnd = pgm.indexOf("\n255\n") + 5;
  let dark = 0;
  for (let i = headerEnd; i < pgm.length; i++) if (pgm[i] < 128) dark++;
  return dark;
}

describe("Korean text in PDFs", () => {
  it("draws every Hangul glyph of a subset font (not only makes it extractable)", async () => {
    mkdirSync(OUT, { recursive: true });
    // The fontkit subsetter bug this guards against drops glyphs with odd-length data: they
    // extract as text but render as nothing. Many distinct syllables, each must leave ink.
    const syllables =
      "가각간갇갈감갑강개객갠걀거건걸검겁게겨격견결겸경계고곡곤골곰곱공과관광괴교구국군굴궁권귀규균그극근글금급기긴길김";
    const ink: number[] = [];
    for (const [i, s] of [...syllables].entries()) {
      const { doc, regular } = await createKoreanDoc("glyph");
      const page = doc.addPage([200, 200]);
      page.drawText(s, { x: 40, y: 60, size: 96, font: regular });
      writeFileSync(`${OUT}/glyph-${i}.pdf`, await doc.save());
      ink.push(inkedPixels(`${OUT}/glyph-${i}.pdf`));
    }
    const missing = [...syllables].filter((_, i) => ink[i] < 40);
    expect(missing).toEqual([]);
  });
});

describe("임금명세서 PDF", () => {
  it("is a small A4 PDF whose Korean text is extractable and actually drawn", async () => {
    mkdirSync(OUT, { recursive: true });
    const t0 = performance.now();
    const bytes = await renderPayslip(toPayslipDoc(slip));
    const ms = performance.now() - t0;
    writeFileSync(`${OUT}/payslip.pdf`, bytes);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(150 * 1024);
    expect(ms).toBeLessThan(30_000); // a smoke bound only; render time is reported by the bench

    const text = spawnSync(
      "pdftotext",
      ["-layout", `${OUT}/payslip.pdf`, "-"],
      { encoding: "utf8" },
    ).stdout;
    for (const s of [
      "임금명세서",
      "김미용",
      "지급 내역",
      "공제 내역",
      "국민연금",
      "소득세",
      "실지급액",
      `${line.net.toLocaleString("ko-KR")}원`,
      "2026년 4월분",
    ])
      expect(text).toContain(s);

    expect(inkedPixels(`${OUT}/payslip.pdf`)).toBeGreaterThan(2000);
    spawnSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      `${OUT}/payslip.pdf`,
      `${OUT}/payslip`,
    ]);
  });
});
