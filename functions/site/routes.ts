import * as v from "valibot";
import type { Context, MiddlewareHandler } from "hono";
import { Site } from "../../core/site";
import { Booking } from "../../core/site/booking";
import { Customer } from "../../core/site/customer";
import { upload } from "../../core/site/image";
import {
  BookingInput,
  BookingPatch,
  CustomerInput,
  InquiryInput,
  SiteInput,
} from "../../core/site/schema";
import {
  escapeHtml,
  renderFormPage,
  renderSlotsForm,
} from "../../core/site/render";
import { INDUSTRIES } from "../../core/auth/schema";
import { VisibleError } from "../../core/error";
import { isoDate } from "../../core/validation";
import { formatDateKo } from "../../core/kr/money";
import { clientIp, createModuleApp, validate } from "../http/app";
import { doc, Ok } from "../http/docs";
import { describeRoute } from "hono-openapi";

type Out<S extends v.GenericSchema> = v.InferOutput<S>;
const valid = <S extends v.GenericSchema>(c: Context, target: string) =>
  c.req.valid(target as never) as Out<S>;

const SiteQuery = v.object({
  template: v.optional(
    v.picklist(INDUSTRIES, "업종 템플릿이 올바르지 않습니다."),
  ),
});
const SiteBody = v.object({
  ...SiteInput.entries,
  industry: v.optional(v.picklist(INDUSTRIES, "업종을 선택해 주세요.")),
});
const SlugParam = v.object({
  slug: v.pipe(
    v.string(),
    v.transform((s) => s.normalize("NFC").toLowerCase()),
    v.regex(/^[a-z0-9가-힣-]{2,40}$/, "홈페이지 주소가 올바르지 않습니다."),
  ),
});
const SlotsQuery = v.object({
  date: isoDate("날짜"),
  service: v.optional(
    v.pipe(v.string(), v.maxLength(60, "서비스 이름이 너무 깁니다.")),
  ),
  format: v.optional(
    v.picklist(["json", "html"], "format은 json 또는 html입니다."),
  ),
});
const BookingId = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^bk_[0-9a-z]{26}$/, "예약 ID 형식이 올바르지 않습니다."),
  ),
});
const CustomerId = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^cus_[0-9a-f]{20}$/, "고객 ID 형식이 올바르지 않습니다."),
  ),
});
const StatusQuery = v.object({
  status: v.optional(
    v.picklist(
      ["pending", "confirmed", "cancelled"],
      "상태가 올바르지 않습니다.",
    ),
  ),
});
const CustomerQuery = v.object({
  q: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(100, "검색어는 100자 이하로 입력해 주세요."),
    ),
    "",
  ),
  format: v.optional(
    v.picklist(["json", "csv"], "format은 json 또는 csv입니다."),
  ),
});
const TokenQuery = v.object({
  token: v.pipe(
    v.string("링크가 올바르지 않습니다."),
    v.regex(/^[A-Za-z0-9_-]{43}$/, "링크가 올바르지 않습니다."),
  ),
});

// The request body is capped at 1 MB by the pipeline: the editor sends photos already resized.
const ImageInput = v.object({
  base64: v.pipe(
    v.string("사진 파일을 골라 주세요."),
    v.nonEmpty("사진 파일을 골라 주세요."),
    v.maxLength(1_400_000, "사진이 너무 큽니다."),
  ),
  alt: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(120, "사진 설명은 120자 이하로 입력해 주세요."),
    ),
    "",
  ),
});
const ImageOut = v.object({
  url: v.string(),
  width: v.number(),
  height: v.number(),
  alt: v.string(),
  bytes: v.number(),
  type: v.string(),
});
const SiteOut = v.looseObject({
  slug: v.string(),
  theme: v.string(),
  title: v.string(),
  blocks: v.array(v.looseObject({ id: v.string(), type: v.string() })),
  unpublishedChanges: v.boolean(),
  url: v.optional(v.string()),
});
const SlotsOut = v.object({
  date: v.string(),
  service: v.string(),
  minutes: v.number(),
  slots: v.array(v.string()),
  reason: v.optional(v.string()),
});
const BookingOut = v.looseObject({
  id: v.string(),
  kind: v.string(),
  status: v.string(),
});
const CustomerOut = v.looseObject({
  id: v.string(),
  name: v.string(),
  phone: v.string(),
});

// The published page's forms work without JavaScript: they post urlencoded and get a small HTML
// page back. Such a request is validated with the same schema here; JSON goes on to the documented
// validator.
const isForm = (c: Context) =>
  (c.req.header("content-type") ?? "").startsWith(
    "application/x-www-form-urlencoded",
  );

function formValues(body: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(body)) {
    if (typeof val !== "string") continue;
    if (k === "consent" || k === "takeout")
      out[k] = val === "true" || val === "on";
    else if (k === "party") out[k] = val === "" ? undefined : Number(val);
    else out[k] = val;
  }
  return out;
}

function htmlPage(
  c: Context,
  slug: string,
  title: string,
  inner: string,
  status: 200 | 201 | 400 | 404 | 409 | 429 = 200,
) {
  return c.html(renderFormPage(slug, title, inner), status);
}

function formRoute(
  schema: v.GenericSchema,
  run: (
    slug: string,
    input: unknown,
    ip: string,
  ) => Promise<{
    kind: string;
    date?: string;
    time?: string;
    service?: string;
  }>,
): MiddlewareHandler {
  return async (c, next) => {
    if (!isForm(c)) return next();
    const slug = (c.req.param("slug") ?? "").normalize("NFC").toLowerCase();
    const parsed = v.safeParse(schema, formValues(await c.req.parseBody()));
    if (!parsed.success)
      return htmlPage(
        c,
        slug,
        "다시 확인해 주세요",
        `<ul>${parsed.issues.map((i) => `<li>${escapeHtml(i.message)}</li>`).join("")}</ul><p>브라우저의 뒤로 가기로 돌아가 고쳐 주세요.</p>`,
        400,
      );
    try {
      const r = await run(slug, parsed.output, clientIp(c));
      return htmlPage(
        c,
        slug,
        r.kind === "booking"
          ? "예약 신청이 접수되었습니다"
          : "문의가 접수되었습니다",
        r.kind === "booking"
          ? `<p>${escapeHtml(r.service ?? "")} · ${escapeHtml(r.date ? formatDateKo(r.date) : "")} ${escapeHtml(r.time ?? "")}</p><p>확인 메일을 보냈습니다. 가게에서 확인한 뒤 다시 알려 드립니다.</p>`
          : "<p>확인 메일을 보냈습니다. 가게에서 확인한 뒤 연락드립니다.</p>",
        201,
      );
    } catch (err) {
      if (err instanceof VisibleError)
        return htmlPage(
          c,
          slug,
          "접수하지 못했습니다",
          `<p>${escapeHtml(err.message)}</p>`,
          statusOf(err),
        );
      throw err;
    }
  };
}

const STATUS = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
} as const;
const statusOf = (err: VisibleError): 400 | 404 | 409 | 429 =>
  STATUS[err.kind as keyof typeof STATUS] ?? 400;

/** A page with no shop around it (the cancel link does not say which shop's site it came from). */
const plainPage = (title: string, inner: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><meta name="robots" content="noindex"></head><body><main><h1>${escapeHtml(title)}</h1>${inner}</main></body></html>`;

const htmlDoc = (summary: string) =>
  describeRoute({
    tags: ["site"],
    summary,
    responses: {
      200: {
        description: "HTML 페이지",
        content: { "text/html": { schema: { type: "string" } } },
      },
    },
  });

export const siteApp = createModuleApp("site")
  .get(
    "/api/site",
    doc(
      "site",
      "홈페이지 초안 (처음엔 업종 템플릿; template=업종으로 다른 템플릿)",
      SiteOut,
    ),
    validate("query", SiteQuery),
    async (c) => c.json(await Site.get(valid<typeof SiteQuery>(c, "query"))),
  )
  .put(
    "/api/site",
    doc("site", "홈페이지 초안 저장 (블록·순서·숨김·테마·주소)", SiteOut),
    validate("json", SiteBody),
    async (c) => c.json(await Site.save(valid<typeof SiteBody>(c, "json"))),
  )
  .post(
    "/api/site/publish",
    doc(
      "site",
      "게시: 정적 HTML+CSS로 만들어 저장 (다시 게시하면 교체)",
      SiteOut,
    ),
    async (c) => c.json(await Site.publish()),
  )
  .post("/api/site/unpublish", doc("site", "게시 중단", SiteOut), async (c) =>
    c.json(await Site.unpublish()),
  )
  .get(
    "/api/site/export",
    doc(
      "site",
      "내보내기: 홈페이지·예약·고객 전부 (JSON 파일)",
      v.looseObject({ format: v.string() }),
    ),
    async (c) =>
      c.body(JSON.stringify(await Site.exportAll(), null, 2), 200, {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="homepage-export.json"; filename*=UTF-8''${encodeURIComponent("홈페이지-내보내기.json")}`,
      }),
  )
  .post(
    "/api/site/images",
    doc(
      "site",
      "사진 올리기 (내용으로 JPEG·PNG·WebP만, 10MB 이하)",
      ImageOut,
      201,
    ),
    validate("json", ImageInput),
    async (c) => c.json(await upload(valid<typeof ImageInput>(c, "json")), 201),
  )
  .get(
    "/api/bookings",
    doc("site", "예약·문의함", v.object({ items: v.array(BookingOut) })),
    validate("query", StatusQuery),
    async (c) =>
      c.json(await Booking.list(valid<typeof StatusQuery>(c, "query"))),
  )
  .patch(
    "/api/bookings/:id",
    doc("site", "예약 확정·시간 변경·취소 (방문자에게 메일)", BookingOut),
    validate("param", BookingId),
    validate("json", BookingPatch),
    async (c) =>
      c.json(
        await Booking.update(
          valid<typeof BookingId>(c, "param").id,
          valid<typeof BookingPatch>(c, "json"),
        ),
      ),
  )
  .get(
    "/api/customers",
    doc(
      "site",
      "고객 목록·검색 (format=csv로 내보내기)",
      v.object({ items: v.array(CustomerOut) }),
    ),
    validate("query", CustomerQuery),
    async (c) => {
      const q = valid<typeof CustomerQuery>(c, "query");
      if (q.format === "csv")
        return c.body(await Customer.exportCsv(q.q), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="customers.csv"; filename*=UTF-8''${encodeURIComponent("고객.csv")}`,
        });
      return c.json(await Customer.list(q.q));
    },
  )
  .post(
    "/api/customers",
    doc("site", "고객 추가 (같은 연락처면 이름·메모 갱신)", CustomerOut, 201),
    validate("json", CustomerInput),
    async (c) =>
      c.json(await Customer.save(valid<typeof CustomerInput>(c, "json")), 201),
  )
  .delete(
    "/api/customers/:id",
    doc("site", "고객 정보 삭제 (본인 요청 시)", Ok),
    validate("param", CustomerId),
    async (c) =>
      c.json(await Customer.remove(valid<typeof CustomerId>(c, "param").id)),
  )
  .get(
    "/api/public/sites/:slug/slots",
    doc(
      "site",
      "공개: 날짜별 예약 가능 시간 (format=html이면 예약 양식 페이지)",
      SlotsOut,
    ),
    validate("param", SlugParam),
    validate("query", SlotsQuery),
    async (c) => {
      const { slug } = valid<typeof SlugParam>(c, "param");
      const q = valid<typeof SlotsQuery>(c, "query");
      if (q.format === "html") {
        try {
          const r = await Booking.slots(slug, q.date, q.service);
          return htmlPage(
            c,
            slug,
            "예약 시간 고르기",
            r.reason
              ? `<p>${escapeHtml(r.reason)}</p>`
              : renderSlotsForm(r.site, r.service, r.date, r.slots),
          );
        } catch (err) {
          if (err instanceof VisibleError)
            return htmlPage(
              c,
              slug,
              "예약할 수 없습니다",
              `<p>${escapeHtml(err.message)}</p>`,
              statusOf(err),
            );
          throw err;
        }
      }
      const { site: _site, ...r } = await Booking.slots(
        slug,
        q.date,
        q.service,
      );
      return c.json(r);
    },
  )
  .post(
    "/api/public/sites/:slug/bookings",
    doc(
      "site",
      "공개: 예약 신청 (동의·허니팟·IP/가게별 제한; JSON 또는 HTML 양식)",
      BookingOut,
      201,
    ),
    formRoute(BookingInput, Booking.book),
    validate("param", SlugParam),
    validate("json", BookingInput),
    async (c) =>
      c.json(
        await Booking.book(
          valid<typeof SlugParam>(c, "param").slug,
          valid<typeof BookingInput>(c, "json"),
          clientIp(c),
        ),
        201,
      ),
  )
  .post(
    "/api/public/sites/:slug/inquiries",
    doc("site", "공개: 문의 보내기 (JSON 또는 HTML 양식)", BookingOut, 201),
    formRoute(InquiryInput, Booking.inquire),
    validate("param", SlugParam),
    validate("json", InquiryInput),
    async (c) =>
      c.json(
        await Booking.inquire(
          valid<typeof SlugParam>(c, "param").slug,
          valid<typeof InquiryInput>(c, "json"),
          clientIp(c),
        ),
        201,
      ),
  )
  .get(
    "/api/public/bookings/cancel",
    htmlDoc("공개: 예약 취소 확인 페이지 (메일의 링크)"),
    validate("query", TokenQuery),
    async (c) => {
      const { token } = valid<typeof TokenQuery>(c, "query");
      try {
        const b = await Booking.peekByToken(token);
        const inner =
          b.status === "cancelled"
            ? "<p>이미 취소된 예약입니다.</p>"
            : `<p>${escapeHtml(b.service ?? "")} · ${escapeHtml(b.date ? formatDateKo(b.date) : "")} ${escapeHtml(b.time ?? "")}</p><form method="post" action="/api/public/bookings/cancel"><input type="hidden" name="token" value="${escapeHtml(token)}"><p><button type="submit">예약 취소</button></p></form>`;
        return c.html(plainPage("예약 취소", inner));
      } catch (err) {
        if (err instanceof VisibleError)
          return c.html(
            plainPage("예약 취소", `<p>${escapeHtml(err.message)}</p>`),
            404,
          );
        throw err;
      }
    },
  )
  .post(
    "/api/public/bookings/cancel",
    doc("site", "공개: 예약 취소 (메일의 링크 토큰; 가게에 메일)", BookingOut),
    async (c, next) => {
      if (!isForm(c)) return next();
      const parsed = v.safeParse(
        TokenQuery,
        formValues(await c.req.parseBody()),
      );
      const page = (msg: string, status: 200 | 400 | 404 = 200) =>
        c.html(plainPage("예약 취소", `<p>${escapeHtml(msg)}</p>`), status);
      if (!parsed.success) return page("링크가 올바르지 않습니다.", 400);
      try {
        await Booking.cancelByToken(parsed.output.token);
        return page("예약이 취소되었습니다. 가게에도 알렸습니다.");
      } catch (err) {
        if (err instanceof VisibleError) return page(err.message, 404);
        throw err;
      }
    },
    validate("json", TokenQuery),
    async (c) =>
      c.json(
        await Booking.cancelByToken(valid<typeof TokenQuery>(c, "json").token),
      ),
  );
