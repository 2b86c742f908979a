import * as v from "valibot";
import { optionalText, requiredText } from "../validation";
import { isValidBizNo, normalizeBizNo } from "../kr/bizno";
import { normalizeMobile, normalizePhone } from "../kr/phone";
import { PASSWORD_MAX, passwordProblem } from "./password-policy";

// Documented limits (also in the OpenAPI document): names ≤ 50, e-mail ≤ 254, address ≤ 200.
export const LIMITS = {
  name: 50,
  email: 254,
  address: 200,
  business: 50,
  text: 100,
} as const;

export const INDUSTRIES = [
  "salon",
  "optician",
  "carRepair",
  "restaurant",
  "retail",
  "other",
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const INDUSTRY_LABEL: Record<Industry, string> = {
  salon: "미용실",
  optician: "안경점",
  carRepair: "카센터",
  restaurant: "음식점",
  retail: "소매점",
  other: "기타",
};

export const TAX_TYPES = ["general", "simplified", "exempt"] as const;
export type TaxType = (typeof TAX_TYPES)[number];
export const TAX_TYPE_LABEL: Record<TaxType, string> = {
  general: "일반과세자",
  simplified: "간이과세자",
  exempt: "면세사업자",
};

export const ROLES = ["owner", "staff", "accountant"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  owner: "대표",
  staff: "직원",
  accountant: "세무사(읽기 전용)",
};

export const Email = v.pipe(
  v.string("이메일을 입력해 주세요."),
  v.trim(),
  v.nonEmpty("이메일을 입력해 주세요."),
  v.maxLength(LIMITS.email, `이메일은 ${LIMITS.email}자 이하로 입력해 주세요.`),
  v.email("이메일 형식이 올바르지 않습니다."),
  v.toLowerCase(),
);

/** Empty, or a valid 사업자등록번호 (normalized to 10 digits). */
const OptionalBizNo = v.pipe(
  v.string("사업자등록번호는 문자열이어야 합니다."),
  v.trim(),
  v.maxLength(12, "사업자등록번호는 10자리 숫자입니다."),
  v.check(
    (s) => s === "" || normalizeBizNo(s) !== null,
    "사업자등록번호는 10자리 숫자입니다.",
  ),
  v.check(
    (s) => s === "" || isValidBizNo(s),
    "유효하지 않은 사업자등록번호입니다. 숫자를 다시 확인해 주세요.",
  ),
  v.transform((s) => (s === "" ? "" : (normalizeBizNo(s) as string))),
);

export const Mobile = v.pipe(
  v.string("휴대전화 번호를 입력해 주세요."),
  v.trim(),
  v.maxLength(13, "휴대전화 번호 형식이 올바르지 않습니다."),
  v.check(
    (s) => normalizeMobile(s) !== null,
    "휴대전화 번호 형식이 올바르지 않습니다. (예: 010-1234-5678)",
  ),
  v.transform((s) => normalizeMobile(s) as string),
);

const Phone = v.pipe(
  v.string("전화번호를 입력해 주세요."),
  v.trim(),
  v.maxLength(13, "전화번호 형식이 올바르지 않습니다."),
  v.check(
    (s) => s === "" || normalizePhone(s) !== null,
    "전화번호 형식이 올바르지 않습니다. (예: 02-123-4567)",
  ),
  v.transform((s) => (s === "" ? "" : (normalizePhone(s) as string))),
);

export const Password = v.pipe(
  v.string("비밀번호를 입력해 주세요."),
  v.maxLength(PASSWORD_MAX, `비밀번호는 ${PASSWORD_MAX}자 이하여야 합니다.`),
  v.check(
    (p) => passwordProblem(p) === null,
    (issue) =>
      passwordProblem(String(issue.input)) ?? "비밀번호가 올바르지 않습니다.",
  ),
);

export const SignupInput = v.pipe(
  v.object({
    businessName: requiredText("상호", LIMITS.business),
    noBizNo: v.optional(
      v.boolean("사업자등록 전 여부는 참/거짓이어야 합니다."),
      false,
    ),
    // Checked as a field (not only once the whole object is valid) so its error shows with the others.
    bizNo: v.optional(OptionalBizNo, ""),
    ownerName: requiredText("대표자명", LIMITS.name),
    industry: v.picklist(INDUSTRIES, "업종을 선택해 주세요."),
    email: Email,
    phone: Mobile,
    password: Password,
    privacyConsent: v.literal(true, "개인정보 수집·이용에 동의해 주세요."),
  }),
  v.forward(
    v.check(
      (i) => i.noBizNo || i.bizNo.trim() !== "",
      "사업자등록번호를 입력하거나 '아직 사업자등록 전'을 선택해 주세요.",
    ),
    ["bizNo"],
  ),
  v.forward(
    v.check(
      (i) => passwordProblem(i.password, i.email) === null,
      "비밀번호에 이메일 아이디를 넣을 수 없습니다.",
    ),
    ["password"],
  ),
  v.transform((i) => ({ ...i, bizNo: i.noBizNo ? "" : i.bizNo })),
);
export type SignupInput = v.InferOutput<typeof SignupInput>;

export const LoginInput = v.object({
  email: Email,
  password: v.pipe(
    v.string("비밀번호를 입력해 주세요."),
    v.nonEmpty("비밀번호를 입력해 주세요."),
    v.maxLength(PASSWORD_MAX, "비밀번호가 너무 깁니다."),
  ),
});

const Token = v.pipe(
  v.string("토큰이 없습니다."),
  v.nonEmpty("토큰이 없습니다."),
  v.maxLength(200, "토큰 형식이 올바르지 않습니다."),
);
export const VerifyInput = v.object({ token: Token });
export const ResetRequestInput = v.object({ email: Email });
export const ResetConfirmInput = v.object({ token: Token, password: Password });
export const InviteInput = v.object({
  email: Email,
  role: v.picklist(
    ["staff", "accountant"],
    "역할은 직원 또는 세무사 중에서 골라 주세요.",
  ),
});
export const AcceptInviteInput = v.object({
  token: Token,
  name: requiredText("이름", LIMITS.name),
  password: Password,
});

export const ProfileInput = v.object({
  businessName: requiredText("상호", LIMITS.business),
  ownerName: requiredText("대표자", LIMITS.name),
  bizNo: OptionalBizNo,
  branchNo: v.pipe(
    v.optional(v.string("종사업장번호는 문자열이어야 합니다."), ""),
    v.trim(),
    v.regex(/^(\d{4})?$/, "종사업장번호는 4자리 숫자입니다."),
  ),
  address: optionalText("주소", LIMITS.address),
  businessType: optionalText("업태", LIMITS.text),
  businessItem: optionalText("종목", LIMITS.text),
  taxType: v.picklist(TAX_TYPES, "과세유형을 선택해 주세요."),
  contactEmail: v.union(
    [v.literal(""), Email],
    "담당자 이메일 형식이 올바르지 않습니다.",
  ),
  contactPhone: v.optional(Phone, ""),
  industry: v.picklist(INDUSTRIES, "업종을 선택해 주세요."),
});
export type ProfileInput = v.InferOutput<typeof ProfileInput>;

export const MonthQuery = v.object({
  month: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "월은 YYYY-MM 형식이어야 합니다."),
    ),
  ),
});
