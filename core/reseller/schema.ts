import * as v from "valibot";
import { API_SCOPES } from "../actor";
import { Email, INDUSTRIES, ProfileInput, TAX_TYPES } from "../auth/schema";
import { LIMITS } from "../auth/schema";
import { optionalText, requiredText } from "../validation";

export const RESELLER_KINDS = ["isp", "coop", "other"] as const;
export type ResellerKind = (typeof RESELLER_KINDS)[number];
export const RESELLER_KIND_LABEL: Record<ResellerKind, string> = {
  isp: "통신사(ISP)",
  coop: "조합·협회",
  other: "기타",
};

export const Slug = v.pipe(
  v.string("슬러그를 입력해 주세요."),
  v.trim(),
  v.toLowerCase(),
  v.regex(
    /^[a-z0-9](?:[a-z0-9-]{1,28}[a-z0-9])$/,
    "슬러그는 영문 소문자·숫자·하이픈 3~30자입니다.",
  ),
);

export const ResellerInput = v.object({
  name: requiredText("판매사 이름", LIMITS.business),
  kind: v.picklist(
    RESELLER_KINDS,
    "종류는 isp, coop(조합·협회), other 중 하나입니다.",
  ),
  /** Revenue share in basis points: 2,000 = 20%. */
  shareBps: v.pipe(
    v.number("수익 배분율은 숫자여야 합니다."),
    v.integer("수익 배분율은 0.01% 단위입니다."),
    v.minValue(0, "수익 배분율은 0% 이상이어야 합니다."),
    v.maxValue(10_000, "수익 배분율은 100% 이하여야 합니다."),
  ),
  slug: Slug,
  adminEmail: Email,
  adminName: v.optional(requiredText("관리자 이름", LIMITS.name), "관리자"),
});
export type ResellerInput = v.InferOutput<typeof ResellerInput>;

export const ApiKeyInput = v.object({
  name: requiredText("키 이름", LIMITS.name),
  scopes: v.pipe(
    v.array(
      v.picklist(
        API_SCOPES,
        `권한은 ${API_SCOPES.join(", ")} 중에서 고르세요.`,
      ),
      "권한(scopes)은 배열이어야 합니다.",
    ),
    v.minLength(1, "권한을 하나 이상 고르세요."),
  ),
});
export type ApiKeyInput = v.InferOutput<typeof ApiKeyInput>;

export const SubscriberId = v.pipe(
  v.string("가입자 번호(subscriberId)를 입력해 주세요."),
  v.trim(),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/,
    "가입자 번호는 영문·숫자와 . _ : - 로 1~64자입니다.",
  ),
);

export const PlanInput = v.picklist(
  ["basic", "plus"],
  "요금제는 basic(기본) 또는 plus(플러스)입니다.",
);

export const ProvisionInput = v.object({
  subscriberId: SubscriberId,
  businessName: requiredText("상호", LIMITS.business),
  ownerName: requiredText("대표자명", LIMITS.name),
  ownerEmail: Email,
  bizNo: v.optional(ProfileInput.entries.bizNo, ""),
  industry: v.picklist(INDUSTRIES, "업종을 선택해 주세요."),
  taxType: v.optional(
    v.picklist(TAX_TYPES, "과세유형을 선택해 주세요."),
    "general",
  ),
  address: optionalText("주소", LIMITS.address),
  contactPhone: ProfileInput.entries.contactPhone,
  plan: v.optional(PlanInput, "basic"),
});
export type ProvisionInput = v.InferOutput<typeof ProvisionInput>;

export const PlanChangeInput = v.object({ plan: PlanInput });

export const TenantIdParam = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^ten_[0-9a-z]{26}$/, "사업장 ID 형식이 올바르지 않습니다."),
  ),
});

export const ListQuery = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, "limit은 1~100의 숫자입니다."),
      v.transform(Number),
      v.minValue(1, "limit은 1~100의 숫자입니다."),
      v.maxValue(100, "limit은 1~100의 숫자입니다."),
    ),
  ),
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(200, "cursor가 올바르지 않습니다."),
      v.regex(/^[A-Za-z0-9_-]+$/, "cursor가 올바르지 않습니다."),
    ),
  ),
});

// ——— the reseller console (functions/console) ———

export const BulkPreviewInput = v.object({
  filename: v.pipe(
    v.string("파일 이름이 필요합니다."),
    v.nonEmpty("파일 이름이 필요합니다."),
    v.maxLength(200, "파일 이름이 너무 깁니다."),
  ),
  /** The file, base64; `gzip` when the browser compressed it first (10,000 rows fit in 1 MB). */
  base64: v.pipe(
    v.string("파일 내용이 필요합니다."),
    v.nonEmpty("파일이 비어 있습니다."),
    v.maxLength(
      1_040_000,
      "파일이 너무 큽니다. 1만 줄 이하로 나눠 올려 주세요.",
    ),
  ),
  gzip: v.optional(v.boolean("gzip은 참/거짓입니다."), false),
});

const Cell = v.optional(
  v.pipe(
    v.string("칸의 값은 문자열이어야 합니다."),
    v.maxLength(300, "칸의 값이 너무 깁니다."),
  ),
);
/** One chunk of rows: each row is checked (and refused) on its own, never the whole chunk. */
export const BulkProvisionInput = v.object({
  rows: v.pipe(
    v.array(
      v.object({
        line: v.pipe(
          v.number("줄 번호는 숫자입니다."),
          v.integer("줄 번호는 정수입니다."),
          v.minValue(1, "줄 번호는 1 이상입니다."),
        ),
        values: v.object({
          subscriberId: Cell,
          businessName: Cell,
          bizNo: Cell,
          ownerName: Cell,
          ownerEmail: Cell,
          plan: Cell,
          industry: Cell,
          taxType: Cell,
          contactPhone: Cell,
          address: Cell,
        }),
      }),
      "rows는 배열이어야 합니다.",
    ),
    v.minLength(1, "보낼 줄이 없습니다."),
    v.maxLength(100, "한 번에 100줄까지 보낼 수 있습니다."),
  ),
});

export const ConsoleLoginInput = v.object({
  email: Email,
  password: v.pipe(
    v.string("비밀번호를 입력해 주세요."),
    v.nonEmpty("비밀번호를 입력해 주세요."),
    v.maxLength(200, "비밀번호가 너무 깁니다."),
  ),
});

export const KeyIdParam = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^key_[0-9a-z]{26}$/, "API 키 ID 형식이 올바르지 않습니다."),
  ),
});

export const SsoTokenInput = v.object({
  tenantId: TenantIdParam.entries.id,
  /** The member to log in; the owner when left out. */
  email: v.optional(Email),
});
export type SsoTokenInput = v.InferOutput<typeof SsoTokenInput>;
