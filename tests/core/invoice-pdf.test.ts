// The 세금계산서 PDF as a person gets it: one A4 page, small, its Korean text extractable and drawn.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "../../core/invoice/pdf";
import { computeLines } from "../../core/invoice/compute";
import type { InvoiceDoc } from "../../core/invoice/schema";

const OUT = "tests/.artifacts";
mkdirSync(OUT, { recursive: true });

const party = (bizNo: string, name: string) => ({
  bizNo,
  branchNo: "",
  name,
  ceo: "김골목",
  address: "서울특별시 마포구 연남로 12, 1층 (연남동)",
  bizType: "서비스",
  bizItem: "미용업",
  email: "owner@golmok.example",
  email2: "",
});

function invoice(
  lineCount: number,
  over: Partial<InvoiceDoc> = {},
): InvoiceDoc {
  const c = computeLines(
    "taxable",
    "2026-11-20",
    Array.from({ length: lineCount }, (_, i) => ({
      date: "",
      item:
        i === 0
          ? "헤어 트리트먼트 전문가용 대용량 리필 세트 (살롱 납품용)"
          : `샴푸 ${i}호`,
      spec: "500ml",
      qty: 3,
      unitPrice: 10_333,
      note: i === 1 ? "견본 포함" : "",
    })),
  );
  return {
    id: "inv_pdf",
    status: "issued",
    kind: "taxable",
    purpose: "claim",
    typeCode: "0101",
    writeDate: "2026-11-20",
    summary: false,
    supplier: party("1208147521", "골목미용실 연남점"),
    buyer: party("2208162517", "한빛상사"),
    ...c,
    payment: { cash: 0, cheque: 0, bill: 0, credit: c.grandTotal },
    note: "11월 납품분",
    approvalNo: "20261122ABCD123400000007",
    issuedAt: "2026-11-22T01:00:00.000Z",
    ...over,
  };
}

function text(pdf: string): string {
  const r = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Share of dark pixels on page 1 rendered in gray at 50 dpi. */
function inkShare(pdf: string): number {
  const base = pdf.replace(/\.pdf$/, "");
  const r = spawnSync("pdftoppm", [
    "-gray",
    "-r",
    "50",
    "-singlefile",
    pdf,
    base,
  ]);
  expect(r.status, String(r.stderr)).toBe(0);
  const pgm = readFileSync(`${base}.pgm`);
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
    pgm.subarray(0, 64).toString("latin1"),
  )!;
  const px = pgm.subarray(m[0].length);
  let dark = 0;
  for (const v of px) if (v < 160) dark++;
  return dark / px.length;
}

async function render(name: string, doc: InvoiceDoc) {
  const started = performance.now();
  const bytes = await renderInvoicePdf(doc);
  const ms = performance.now() - started;
  const path = `${OUT}/${name}.pdf`;
  writeFileSync(path, bytes);
  return { bytes, path, ms };
}

describe("세금계산서 PDF", () => {
  it("is one small A4 page with the parties, lines and totals in extractable, drawn Korean", async () => {
    const { bytes, path } = await render("invoice", invoice(3));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(bytes.length).toBeLessThan(150 * 1024);
    const t = text(path);
    for (const s of [
      "전자세금계산서",
      "골목미용실 연남점",
      "한빛상사",
      "120-81-47521",
      "220-81-62517",
      "20261122-ABCD1234-00000007",
      "샴푸 1호",
      "청구",
    ])
      expect(t).toContain(s);
    const supply = (3 * 10_333 * 3).toLocaleString("en-US");
    expect(t).toContain(supply);
    const share = inkShare(path);
    expect(share).toBeGreaterThan(0.02); // lines, boxes and text are drawn
    expect(share).toBeLessThan(0.5);
  });

  it("fits sixteen lines on one page; a 계산서 has no VAT; an amendment names its reason and original", async () => {
    const full = await render("invoice-16", invoice(16));
    expect(
      spawnSync("pdfinfo", [full.path], { encoding: "utf8" }).stdout,
    ).toMatch(/Pages:\s+1\n/);
    expect(text(full.path)).toContain("샴푸 15호");

    const exempt = await render("invoice-exempt", {
      ...invoice(1),
      kind: "exempt",
      typeCode: "0301",
      taxTotal: 0,
    });
    const te = text(exempt.path);
    expect(te).toContain("전자계산서");
    expect(te).not.toContain("세액");

    const amended = await render("invoice-amended", {
      ...invoice(1),
      typeCode: "0201",
      supplyTotal: -30_999,
      amendment: {
        reason: "04",
        originalId: "inv_o",
        originalApprovalNo: "20261101ABCD123400000001",
      },
    });
    const ta = text(amended.path);
    expect(ta).toContain("수정전자세금계산서");
    expect(ta).toContain("계약의 해제");
    expect(ta).toContain("20261101-ABCD1234-00000001");
    expect(ta).toContain("-30,999");

    const draft = await render("invoice-draft", {
      ...invoice(1),
      status: "draft",
      approvalNo: undefined,
    });
    expect(text(draft.path)).toContain("초안");
  });
});
