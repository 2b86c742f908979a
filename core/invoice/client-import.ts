// A client list from a spreadsheet: CSV (UTF-8, or EUC-KR as Excel in Korea saves it) or XLSX.
// Headers may be Korean or English; every row is validated with the same schema as the form.
import * as v from "valibot";
import { VisibleError, type FieldIssue } from "../error";
import { readSheet } from "../file/sheet";
import { ClientInput } from "./schema";

const MAX_ROWS = 1000;

const HEADERS: Record<string, keyof ClientInput> = {
  사업자번호: "bizNo",
  사업자등록번호: "bizNo",
  등록번호: "bizNo",
  biz_no: "bizNo",
  bizno: "bizNo",
  종사업장번호: "branchNo",
  종사업장: "branchNo",
  branchno: "branchNo",
  상호: "name",
  상호명: "name",
  거래처명: "name",
  name: "name",
  대표자: "ceo",
  대표자명: "ceo",
  성명: "ceo",
  ceo: "ceo",
  주소: "address",
  사업장주소: "address",
  address: "address",
  업태: "bizType",
  biztype: "bizType",
  종목: "bizItem",
  bizitem: "bizItem",
  이메일: "email",
  담당자이메일: "email",
  email: "email",
  이메일2: "email2",
  email2: "email2",
};

const norm = (h: string) => h.replace(/[\s_()·-]/g, "").toLowerCase();
const HEADER_INDEX = new Map(
  Object.entries(HEADERS).map(([k, f]) => [norm(k), f]),
);

const refuse = (message: string, fields: FieldIssue[] = []) =>
  new VisibleError("validation", "import_invalid", message, { fields });

export async function parseClientFile(
  filename: string,
  buf: Buffer,
): Promise<ClientInput[]> {
  const { rows } = await readSheet(filename, buf, { maxRows: MAX_ROWS });
  const [header, ...body] = rows;
  if (!header) throw refuse("파일이 비어 있습니다.");
  const columns = header.map((h) => HEADER_INDEX.get(norm(String(h))));
  for (const need of ["bizNo", "name"] as const)
    if (!columns.includes(need))
      throw refuse(
        `첫 줄에 '${need === "bizNo" ? "사업자번호" : "상호"}' 열이 필요합니다.`,
      );
  if (body.length === 0) throw refuse("거래처가 한 줄도 없습니다.");
  if (body.length > MAX_ROWS)
    throw refuse(`한 번에 ${MAX_ROWS}곳까지 가져올 수 있습니다.`);
  const out: ClientInput[] = [];
  const issues: FieldIssue[] = [];
  body.forEach((cells, i) => {
    const raw: Record<string, string> = {};
    columns.forEach((f, c) => {
      if (f && cells[c] !== undefined && String(cells[c]).trim() !== "")
        raw[f] = String(cells[c]);
    });
    const r = v.safeParse(ClientInput, raw);
    if (r.success) out.push(r.output);
    else
      for (const issue of r.issues.slice(0, 3))
        issues.push({
          field: `rows.${i + 2}.${issue.path?.map((p) => String(p.key)).join(".") ?? ""}`,
          message: `${i + 2}번째 줄: ${issue.message}`,
        });
  });
  if (issues.length)
    throw refuse(
      `${new Set(issues.map((x) => x.field.split(".")[1])).size}개 줄에 문제가 있어 가져오지 않았습니다. 고친 뒤 다시 올려 주세요.`,
      issues.slice(0, 50),
    );
  return out;
}
