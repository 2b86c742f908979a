import * as v from "valibot";
import { Auth } from "../../core/auth";
import { Tenant } from "../../core/tenant";
import { InviteInput, MonthQuery, ProfileInput } from "../../core/auth/schema";
import { createModuleApp, validate } from "../http/app";
import { doc } from "../http/docs";
import { MeBody } from "../auth/routes";

// 요금 명세 is read a few times a month: core/billing (with the VAT split it shares with the
// ledger and invoices) loads on those requests only, not on every cold start of this function.
const billing = async () => (await import("../../core/billing")).Billing;

const StatementLineBody = v.object({
  metric: v.string(),
  label: v.string(),
  unit: v.string(),
  used: v.number(),
  included: v.nullable(v.number()),
  overageUnits: v.number(),
  overageBlocks: v.number(),
  per: v.number(),
  unitPriceKrw: v.number(),
  amountKrw: v.number(),
});
const StatementBody = v.object({
  tenantId: v.string(),
  resellerId: v.nullable(v.string()),
  month: v.string(),
  status: v.picklist(["closed", "projected"]),
  plan: v.object({ id: v.string(), name: v.string(), priceKrw: v.number() }),
  lines: v.array(StatementLineBody),
  planFeeKrw: v.number(),
  overageKrw: v.number(),
  totalKrw: v.number(),
  supplyKrw: v.number(),
  vatKrw: v.number(),
  closedAt: v.optional(v.string()),
});
const StatementMonthParam = v.object({
  month: v.pipe(
    v.string(),
    v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "월은 YYYY-MM 형식이어야 합니다."),
  ),
});

const ProfileBody = v.object({
  ...ProfileInput.entries,
  updatedAt: v.string(),
});
const MemberBody = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  role: v.string(),
  status: v.string(),
});
const MembersBody = v.object({ members: v.array(MemberBody) });
const MemberId = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^usr_[0-9a-z]{26}$/, "구성원 ID 형식이 올바르지 않습니다."),
  ),
});
const RoleInput = v.object({ role: InviteInput.entries.role });
const UsageBody = v.object({
  month: v.string(),
  plan: v.object({ id: v.string(), name: v.string(), priceKrw: v.number() }),
  resetsAt: v.string(),
  metrics: v.array(
    v.object({
      id: v.string(),
      label: v.string(),
      used: v.number(),
      quota: v.nullable(v.number()),
      unit: v.string(),
    }),
  ),
});

export const tenantApp = createModuleApp("tenant")
  .get(
    "/api/me",
    doc("tenant", "로그인한 사용자와 사업장", MeBody),
    async (c) => c.json(await Auth.me(c.get("csrf") ?? "")),
  )
  .get(
    "/api/tenant/profile",
    doc("tenant", "사업장 정보", ProfileBody),
    async (c) => c.json(await Tenant.getProfile()),
  )
  .put(
    "/api/tenant/profile",
    doc("tenant", "사업장 정보 수정 (대표만)", ProfileBody),
    validate("json", ProfileInput),
    async (c) =>
      c.json(
        await Tenant.updateProfile(
          c.req.valid("json") as v.InferOutput<typeof ProfileInput>,
        ),
      ),
  )
  .get(
    "/api/tenant/members",
    doc("tenant", "구성원 목록", MembersBody),
    async (c) => c.json({ members: await Tenant.listMembers() }),
  )
  .post(
    "/api/tenant/invites",
    doc(
      "tenant",
      "직원·세무사 초대 (대표만)",
      v.object({ ok: v.literal(true) }),
      201,
    ),
    validate("json", InviteInput),
    async (c) => {
      const { email, role } = c.req.valid("json") as v.InferOutput<
        typeof InviteInput
      >;
      await Tenant.invite(email, role);
      return c.json({ ok: true as const }, 201);
    },
  )
  .patch(
    "/api/tenant/members/:id",
    doc(
      "tenant",
      "구성원 역할 변경 (대표만; 그 구성원은 다시 로그인)",
      MemberBody,
    ),
    validate("param", MemberId),
    validate("json", RoleInput),
    async (c) =>
      c.json(
        await Tenant.changeRole(
          (c.req.valid("param") as v.InferOutput<typeof MemberId>).id,
          (c.req.valid("json") as v.InferOutput<typeof RoleInput>).role,
        ),
      ),
  )
  .delete(
    "/api/tenant/members/:id",
    doc(
      "tenant",
      "구성원 삭제·초대 취소 (대표만)",
      v.object({ ok: v.literal(true) }),
    ),
    validate("param", MemberId),
    async (c) => {
      await Tenant.removeMember(
        (c.req.valid("param") as v.InferOutput<typeof MemberId>).id,
      );
      return c.json({ ok: true as const });
    },
  )
  .get(
    "/api/usage",
    doc("tenant", "이번 달(또는 지정한 달) 사용량과 요금제", UsageBody),
    validate("query", MonthQuery),
    async (c) =>
      c.json(
        await Tenant.usage(
          (c.req.valid("query") as v.InferOutput<typeof MonthQuery>).month,
        ),
      ),
  )
  .get(
    "/api/billing/statements",
    doc(
      "billing",
      "요금 명세: 마감된 달(최근 순)과 이번 달 예상 요금 (대표·세무사)",
      v.object({ statements: v.array(StatementBody), current: StatementBody }),
    ),
    async (c) => c.json(await (await billing()).statements()),
  )
  .get(
    "/api/billing/statements/:month",
    doc("billing", "마감된 달의 요금 명세 (대표·세무사)", StatementBody),
    validate("param", StatementMonthParam),
    async (c) => {
      const { month } = c.req.valid("param") as v.InferOutput<
        typeof StatementMonthParam
      >;
      const Billing = await billing();
      return c.json(await Billing.statement(month));
    },
  );
