import * as v from "valibot";
import type { Context } from "hono";
import { Invoice } from "../../core/invoice";
import {
  AmendInput,
  ClientInput,
  InvoiceInput,
  ListQuery,
} from "../../core/invoice/schema";
import { Email } from "../../core/auth/schema";
import { isoDate } from "../../core/validation";
import { createModuleApp, validate } from "../http/app";
import { doc, Ok } from "../http/docs";
import { fileDoc, sendFile } from "../http/file";

const InvoiceId = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^inv_[0-9a-z]{26}$/, "세금계산서 ID 형식이 올바르지 않습니다."),
  ),
});
const Token = v.object({
  token: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9_-]{43}$/, "링크가 올바르지 않습니다."),
  ),
});
const TokenFile = v.object({
  ...Token.entries,
  file: v.picklist(
    ["invoice.pdf", "invoice.xml"],
    "파일은 invoice.pdf 또는 invoice.xml 입니다.",
  ),
});
const IdemHeader = v.object({
  "idempotency-key": v.optional(
    v.pipe(
      v.string(),
      v.minLength(8, "Idempotency-Key는 8자 이상이어야 합니다."),
      v.maxLength(200, "Idempotency-Key는 200자 이하여야 합니다."),
    ),
  ),
});
const CreateInvoice = v.object({
  ...InvoiceInput.entries,
  /** Issue right away (the form's 발급 button): one request, one Idempotency-Key. */
  issue: v.optional(v.boolean("발급 여부는 true/false 입니다."), false),
});
const SendInput = v.object({
  to: v.optional(
    v.pipe(
      v.array(Email, "받는 사람 목록이 필요합니다."),
      v.maxLength(5, "받는 사람은 5명까지입니다."),
    ),
    [],
  ),
});
const Period = v.object({ from: isoDate("시작일"), to: isoDate("종료일") });
const ImportInput = v.object({
  filename: v.pipe(
    v.string("파일 이름이 필요합니다."),
    v.maxLength(200, "파일 이름이 너무 깁니다."),
  ),
  base64: v.pipe(
    v.string("파일 내용이 필요합니다."),
    v.nonEmpty("파일이 비어 있습니다."),
    v.maxLength(900_000, "파일은 650KB까지 올릴 수 있습니다."),
    v.base64("파일 내용은 base64여야 합니다."),
  ),
});
const CertificateInput = v.object({
  p12Base64: v.pipe(
    v.string("인증서 파일이 필요합니다."),
    v.nonEmpty("인증서 파일이 필요합니다."),
    v.maxLength(100_000, "인증서 파일이 너무 큽니다."),
    v.base64("인증서 파일은 base64여야 합니다."),
  ),
  password: v.pipe(
    v.string("인증서 비밀번호를 입력해 주세요."),
    v.nonEmpty("인증서 비밀번호를 입력해 주세요."),
    v.maxLength(200, "인증서 비밀번호가 너무 깁니다."),
  ),
});

// Response shapes for the OpenAPI document.
const Party = v.looseObject({ bizNo: v.string(), name: v.string() });
const InvoiceOut = v.looseObject({
  id: v.string(),
  status: v.string(),
  kind: v.string(),
  writeDate: v.string(),
  approvalNo: v.optional(v.string()),
  supplier: Party,
  buyer: Party,
  supplyTotal: v.number(),
  taxTotal: v.number(),
  grandTotal: v.number(),
});
const ClientOut = v.looseObject({ bizNo: v.string(), name: v.string() });
const ReceivedOut = v.looseObject({
  id: v.string(),
  status: v.string(),
  doc: InvoiceOut,
});
const PublicOut = v.looseObject({
  doc: InvoiceOut,
  confirmedAt: v.optional(v.string()),
  brand: v.nullable(
    v.looseObject({ slug: v.string(), displayName: v.string() }),
  ),
});
const CertificateOut = v.looseObject({
  subject: v.string(),
  notAfter: v.string(),
});
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
const idem = (c: Context) =>
  (c.req.valid("header" as never) as Out<typeof IdemHeader>)["idempotency-key"];

const invoiceId = (c: Context) =>
  (c.req.valid("param" as never) as Out<typeof InvoiceId>).id;

export const invoiceApp = createModuleApp("invoice")
  .get(
    "/api/clients",
    doc("invoice", "거래처 목록", v.object({ clients: v.array(ClientOut) })),
    async (c) => c.json({ clients: await Invoice.listClients() }),
  )
  .post(
    "/api/clients",
    doc("invoice", "거래처 저장 (같은 사업자번호면 고침)", ClientOut, 201),
    validate("json", ClientInput),
    async (c) =>
      c.json(
        await Invoice.saveClient(
          c.req.valid("json" as never) as Out<typeof ClientInput>,
        ),
        201,
      ),
  )
  .post(
    "/api/clients/import",
    doc(
      "invoice",
      "거래처 가져오기 (CSV·XLSX, 한 줄이라도 틀리면 전부 거절)",
      v.object({ imported: v.number() }),
    ),
    validate("json", ImportInput),
    async (c) =>
      c.json(
        await Invoice.importClients(
          c.req.valid("json" as never) as Out<typeof ImportInput>,
        ),
      ),
  )
  .get(
    "/api/invoices",
    doc(
      "invoice",
      "세금계산서 찾기 (기간·거래처·종류·상태), 합계와 기한 알림; format=csv|xlsx 내려받기",
      v.looseObject({
        items: v.array(InvoiceOut),
        totals: v.looseObject({ count: v.number() }),
        alerts: v.array(v.looseObject({ code: v.string() })),
      }),
    ),
    validate("query", ListQuery),
    async (c) => {
      const q = c.req.valid("query" as never) as Out<typeof ListQuery>;
      if (q.format === "csv" || q.format === "xlsx")
        return sendFile(c, await Invoice.exportList(q, q.format));
      return c.json(await Invoice.list(q));
    },
  )
  .post(
    "/api/invoices",
    doc(
      "invoice",
      "세금계산서 작성 (초안 저장, issue=true면 바로 발급; Idempotency-Key 지원)",
      InvoiceOut,
      201,
    ),
    validate("header", IdemHeader),
    validate("json", CreateInvoice),
    async (c) => {
      const { issue, ...input } = c.req.valid("json" as never) as Out<
        typeof CreateInvoice
      >;
      const key = idem(c);
      return c.json(
        issue
          ? await Invoice.createAndIssue(input, key)
          : await Invoice.createDraft(input, key),
        201,
      );
    },
  )
  .get(
    "/api/invoices/alerts",
    doc(
      "invoice",
      "할 일: 발급 기한(다음 달 10일)이 가깝거나 지난 초안, 국세청 전송 기한·실패",
      v.object({
        alerts: v.array(
          v.object({
            code: v.string(),
            invoiceId: v.string(),
            message: v.string(),
            due: v.string(),
          }),
        ),
      }),
    ),
    async (c) => c.json({ alerts: await Invoice.deadlineAlerts() }),
  )
  .get(
    "/api/invoices/totals",
    doc(
      "invoice",
      "매출처별 세금계산서 합계표 (기간의 거래처별 매수·공급가액·세액)",
      v.object({ clients: v.array(v.looseObject({ bizNo: v.string() })) }),
    ),
    validate("query", Period),
    async (c) => {
      const { from, to } = c.req.valid("query" as never) as Out<typeof Period>;
      return c.json({ clients: await Invoice.totalsByClient(from, to) });
    },
  )
  .get(
    "/api/invoices/received",
    doc(
      "invoice",
      "받은 세금계산서 (매입함: 골목을 쓰는 거래처가 발급한 것)",
      v.object({ received: v.array(ReceivedOut) }),
    ),
    async (c) => c.json({ received: await Invoice.listReceived() }),
  )
  .post(
    "/api/invoices/received/:id/accept",
    doc("invoice", "받은 세금계산서 승인 (매입·매입세액 기록)", ReceivedOut),
    validate("param", InvoiceId),
    async (c) => c.json(await Invoice.acceptReceived(invoiceId(c))),
  )
  .get(
    "/api/invoices/certificate",
    doc(
      "invoice",
      "등록한 전자세금용 인증서 (없으면 null)",
      v.object({ certificate: v.nullable(CertificateOut) }),
    ),
    async (c) => c.json({ certificate: await Invoice.certificateInfo() }),
  )
  .post(
    "/api/invoices/certificate",
    doc(
      "invoice",
      "전자세금용 인증서 등록 (PKCS#12 + 비밀번호, 암호화해 보관)",
      CertificateOut,
      201,
    ),
    validate("json", CertificateInput),
    async (c) =>
      c.json(
        await Invoice.uploadCertificate(
          c.req.valid("json" as never) as Out<typeof CertificateInput>,
        ),
        201,
      ),
  )
  .get(
    "/api/invoices/link/:token",
    doc(
      "invoice",
      "받는 분 화면: 세금계산서 보기 (로그인 없음, 링크 토큰)",
      PublicOut,
    ),
    validate("param", Token),
    async (c) =>
      c.json(
        await Invoice.viewByLink(
          (c.req.valid("param" as never) as Out<typeof Token>).token,
        ),
      ),
  )
  .post(
    "/api/invoices/link/:token/confirm",
    doc("invoice", "받는 분 화면: 수신확인", PublicOut),
    validate("param", Token),
    async (c) =>
      c.json(
        await Invoice.confirmByLink(
          (c.req.valid("param" as never) as Out<typeof Token>).token,
        ),
      ),
  )
  .get(
    "/api/invoices/link/:token/:file",
    fileDoc("invoice", "받는 분 화면: PDF·XML 내려받기"),
    validate("param", TokenFile),
    async (c) => {
      const { token, file } = c.req.valid("param" as never) as Out<
        typeof TokenFile
      >;
      return sendFile(
        c,
        await Invoice.fileByLink(token, file.endsWith(".pdf") ? "pdf" : "xml"),
      );
    },
  )
  .get(
    "/api/invoices/:id",
    doc(
      "invoice",
      "세금계산서 (발급·메일·수신확인·반송·전송 상태 포함)",
      InvoiceOut,
    ),
    validate("param", InvoiceId),
    async (c) => c.json(await Invoice.get(invoiceId(c))),
  )
  .put(
    "/api/invoices/:id",
    doc("invoice", "초안 고치기 (발급한 것은 고칠 수 없음)", InvoiceOut),
    validate("param", InvoiceId),
    validate("json", InvoiceInput),
    async (c) =>
      c.json(
        await Invoice.updateDraft(
          invoiceId(c),
          c.req.valid("json" as never) as Out<typeof InvoiceInput>,
        ),
      ),
  )
  .delete(
    "/api/invoices/:id",
    doc("invoice", "초안 삭제 (발급한 것은 삭제할 수 없음)", Ok),
    validate("param", InvoiceId),
    async (c) => {
      await Invoice.removeDraft(invoiceId(c));
      return c.json({ ok: true as const });
    },
  )
  .post(
    "/api/invoices/:id/issue",
    doc(
      "invoice",
      "발급: 승인번호 부여, 이후 고칠 수 없음 (같은 요청을 다시 보내도 한 번만 발급)",
      InvoiceOut,
    ),
    validate("param", InvoiceId),
    async (c) => c.json(await Invoice.issue(invoiceId(c))),
  )
  .post(
    "/api/invoices/:id/send",
    doc(
      "invoice",
      "거래처에 메일 보내기 (PDF·XML 첨부, 받는 분 화면 링크; 다시 보내기 가능)",
      InvoiceOut,
    ),
    validate("param", InvoiceId),
    validate("json", SendInput),
    async (c) =>
      c.json(
        await Invoice.send(
          invoiceId(c),
          (c.req.valid("json" as never) as Out<typeof SendInput>).to,
        ),
      ),
  )
  .post(
    "/api/invoices/:id/amend",
    doc(
      "invoice",
      "수정세금계산서 발급 (사유 01~06; 법이 정한 문서를 당초 승인번호와 함께)",
      v.object({ issued: v.array(InvoiceOut) }),
      201,
    ),
    validate("param", InvoiceId),
    validate("header", IdemHeader),
    validate("json", AmendInput),
    async (c) =>
      c.json(
        {
          issued: await Invoice.amend(
            invoiceId(c),
            c.req.valid("json" as never) as Out<typeof AmendInput>,
            idem(c),
          ),
        },
        201,
      ),
  )
  .post(
    "/api/invoices/:id/transmit",
    doc("invoice", "국세청 전송 다시 시도 (전송실패일 때)", InvoiceOut),
    validate("param", InvoiceId),
    async (c) => c.json(await Invoice.retransmit(invoiceId(c))),
  )
  .get(
    "/api/invoices/:id/xml",
    fileDoc("invoice", "국세청 표준 XML (KEC TaxInvoice)"),
    validate("param", InvoiceId),
    async (c) => sendFile(c, await Invoice.file(invoiceId(c), "xml")),
  )
  .get(
    "/api/invoices/:id/pdf",
    fileDoc("invoice", "세금계산서 PDF (A4)"),
    validate("param", InvoiceId),
    async (c) => sendFile(c, await Invoice.file(invoiceId(c), "pdf"), "inline"),
  );
