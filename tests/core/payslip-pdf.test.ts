// The 임금명세서 PDF as a person gets it: a real PDF, small, its Korean text extractable AND drawn.
// Extractable text alone proves little: with fontkit's odd-length glyph bug (patches/) the text
// layer is intact while renderers draw nothing for the shifted glyphs, so ink is counted too.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeLine } from "../../core/payroll/compute";
import { renderPayslip, type PayslipDoc } from "../../core/payroll/payslip-pdf";
import { createKoreanDoc } from "../../core/pdf/font";

const OUT = "tests/.artifacts";
const P = `${OUT}/core-payslip`; // tests/core/payroll writes payslip*.pdf there too
mkdirSync(OUT, { recursive: true });

// A realistic month: 월급제 2,500,000원, 식대 200,000원 비과세, 4대보험, 소득세와 지방소득세,
// computed by the payroll engine so the figures are the ones a real slip carries.
const line = computeLine(
  {
    id: "emp_pdf",
    name: "박서연",
    payType: "monthly",
    baseMonthly: 2_500_000,
    hourlyWage: 0,
    weeklyHours: 40,
    dailyWage: 0,
    nonTaxable: { meal: 200_000, car: 0, childcare: 0 },
    family: 1,
    children: 0,
    withholdingRate: 100,
    insurance: { pension: true, health: true, employment: true },
    hasRrn: true,
  },
  {
    employeeId: "emp_pdf",
    overtimeHours: 0,
    nightHours: 0,
    holidayHours: 0,
    workDays: 0,
    bonus: 0,
  },
  "2026-04-25",
  true,
);
const slip: PayslipDoc = {
  businessName: "골목카페 연남점",
  bizNo: "120-81-47521",
  month: "2026-04",
  payDate: "2026-04-25",
  employee: { name: "박서연", birthDate: "1994-07-12", payType: "월급제" },
  earnings: line.earnings,
  deductions: line.deductions,
  nonTaxable: line.nonTaxable,
  gross: line.gross,
  totalDeductions: line.totalDeductions,
  net: line.net,
};
const won = (n: number) => `${n.toLocaleString("en-US")}원`;

interface Gray {
  width: number;
  height: number;
  px: Buffer;
}

/** Page `page` of a PDF as 8-bit gray pixels (pdftoppm -gray, a binary PGM). */
function rasterize(pdf: string, dpi: number, page = 1): Gray {
  const base = pdf.replace(/\.pdf$/, `-${dpi}dpi`);
  const r = spawnSync("pdftoppm", [
    "-gray",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    base,
  ]);
  expect(r.status, String(r.stderr)).toBe(0);
  const pgm = readFileSync(`${base}.pgm`);
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
    pgm.subarray(0, 64).toString("latin1"),
  );
  expect(m).not.toBeNull();
  const [header, w, h] = [m![0].length, Number(m![1]), Number(m![2])];
  return { width: w, height: h, px: pgm.subarray(header, header + w * h) };
}

/** Dark pixels (< 128) inside a box given in PDF points (origin bottom-left). */
function ink(
  g: Gray,
  dpi: number,
  pageHeightPt: number,
  box: { x: number; y: number; w: number; h: number },
): number {
  const s = dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x * s));
  const x1 = Math.min(g.width, Math.ceil((box.x + box.w) * s));
  const y0 = Math.max(0, Math.floor((pageHeightPt - box.y - box.h) * s));
  const y1 = Math.min(g.height, Math.ceil((pageHeightPt - box.y) * s));
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if (g.px[y * g.width + x] < 128) dark++;
  return dark;
}

/** The text layer in reading order (a wrapped cell's lines stay together). */
function pdftotext(pdf: string): string {
  const r = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe("Korean glyphs in a subset font", () => {
  it("draws every one of 80 distinct Hangul syllables, not only their text", async () => {
    // Syllables spread over the whole Hangul block (U+AC00–U+D7A3), plus the title's own.
    const syllables = [
      ..."임금명세서",
      ...Array.from({ length: 75 }, (_, i) =>
        String.fromCodePoint(0xac00 + ((i * 149 + 37) % 11172)),
      ),
    ];
    expect(new Set(syllables).size).toBe(80);

    const { doc, regular, bold } = await createKoreanDoc("glyphs");
    const [pw, ph] = [560, 300];
    const page = doc.addPage([pw, ph]);
    const size = 22;
    const cell = 26;
    const cells = syllables.map((ch, i) => {
      const x = 20 + (i % 20) * cell;
      const y = ph - 40 - Math.floor(i / 20) * 2 * cell;
      // Every syllable in both weights: the payslip uses both subsets.
      page.drawText(ch, { x, y, size, font: regular });
      page.drawText(ch, { x, y: y - cell, size, font: bold });
      return { ch, x, y };
    });
    const pdf = `${P}-hangul-glyphs.pdf`;
    writeFileSync(pdf, await doc.save());

    const text = pdftotext(pdf).replace(/\s/g, "");
    for (const { ch } of cells) expect(text).toContain(ch);

    const dpi = 72;
    const g = rasterize(pdf, dpi);
    const blank: string[] = [];
    for (const { ch, x, y } of cells)
      for (const [weight, yy] of [
        ["regular", y],
        ["bold", y - cell],
      ] as const) {
        // The glyph box: baseline a little below y, cap height about 0.8 em above it.
        const dark = ink(g, dpi, ph, { x, y: yy - 4, w: cell - 2, h: size });
        if (dark < 20) blank.push(`${ch} (${weight}: ${dark} px)`);
      }
    expect(blank).toEqual([]);
  });
});

describe("임금명세서 PDF", () => {
  it("is a small one-page A4 PDF with every required fact, drawn", async () => {
    const t0 = performance.now();
    const bytes = await renderPayslip(slip);
    const ms = performance.now() - t0;
    const pdf = `${P}.pdf`;
    writeFileSync(pdf, bytes);
    console.log(
      `payslip.pdf: ${bytes.length} bytes, rendered in ${ms.toFixed(0)} ms`,
    );

    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeLessThanOrEqual(150 * 1024);

    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);

    const text = pdftotext(pdf);
    for (const s of [
      "임금명세서",
      "박서연",
      "1994-07-12",
      "골목카페 연남점",
      "120-81-47521",
      "2026년 4월분",
      "2026. 4. 25.",
      "월급제",
      "지급 내역",
      "공제 내역",
      "계산방법",
      "지급 총액",
      "비과세",
      "공제 총액",
      "실지급액",
      won(slip.gross),
      won(slip.nonTaxable),
      won(slip.totalDeductions),
      won(slip.net),
    ])
      expect(text, s).toContain(s);
    // Each item with its amount; a basis may wrap, so its first word is enough.
    for (const item of [...slip.earnings, ...slip.deductions]) {
      expect(text).toContain(item.label);
      expect(text).toContain(won(item.amount));
      expect(text).toContain(item.basis.split(" ")[0]);
    }
    for (const label of [
      "국민연금",
      "건강보험",
      "고용보험",
      "소득세",
      "지방소득세",
    ])
      expect(text).toContain(label);
    expect(text).not.toContain("(정정)");

    // Not blank: the page carries real ink, top to bottom.
    const dpi = 60;
    const g = rasterize(pdf, dpi);
    const [pw, ph] = [595.28, 841.89];
    expect(ink(g, dpi, ph, { x: 0, y: 0, w: pw, h: ph })).toBeGreaterThan(3000);
    // The title (bold, top left) and the 실지급액 line each have their own ink.
    expect(
      ink(g, dpi, ph, { x: 40, y: ph - 70, w: 120, h: 30 }),
    ).toBeGreaterThan(150);

    spawnSync("pdftoppm", ["-png", "-r", "60", "-singlefile", pdf, P]);
  });

  it("marks a correction and keeps 12 earnings + 10 long deductions on one page", async () => {
    const long =
      "통상시급 산정: (기본급 2,500,000원 + 고정 직책수당 150,000원) ÷ 월 소정근로시간 209시간 = 12,679원, 연장 12시간 × 12,679원 × 1.5배";
    const busy: PayslipDoc = {
      ...slip,
      correction: true,
      earnings: Array.from({ length: 12 }, (_, i) => ({
        label: i ? `수당 ${i}호` : "연장·야간·휴일근로 가산수당 (5인 이상)",
        amount: 13_579 * (i + 1),
        basis: i % 3 ? `${i + 1}시간 × 10,320원` : long,
      })),
      deductions: Array.from({ length: 10 }, (_, i) => ({
        label: `공제 ${i + 1}호`,
        amount: 1_234 * (i + 1),
        basis: i % 3 ? "보수월액 × 3.595%" : long,
      })),
    };
    const pdf = `${P}-busy.pdf`;
    writeFileSync(pdf, await renderPayslip(busy));
    expect(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout).toMatch(
      /Pages:\s+1\b/,
    );
    const text = pdftotext(pdf);
    expect(text).toContain("(정정)");
    const flat = text.replace(/\s/g, "");
    for (const item of [...busy.earnings, ...busy.deductions]) {
      expect(flat).toContain(item.label.replace(/\s/g, ""));
      expect(text).toContain(won(item.amount));
    }
    // Nothing is cut off: each of the 8 long bases made it onto the page to its last word.
    expect(text.match(/1\.5배/g)?.length).toBe(8);
    spawnSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-singlefile",
      pdf,
      `${P}-busy`,
    ]);
  });

  it("never prints a resident number given in place of the birth date", async () => {
    const pdf = `${P}-rrn.pdf`;
    writeFileSync(
      pdf,
      await renderPayslip({
        ...slip,
        employee: { ...slip.employee, birthDate: "940712-2345678" },
      }),
    );
    const text = pdftotext(pdf);
    expect(text).not.toContain("940712");
    expect(text).not.toContain("2345678");
  });
});
