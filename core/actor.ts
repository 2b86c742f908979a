import { AsyncLocalStorage } from "node:async_hooks";
import { VisibleError } from "./error";
import type { Role } from "./auth/schema";

export type Actor =
  | {
      type: "user";
      userId: string;
      tenantId: string;
      role: Role;
      sessionId: string;
    }
  | { type: "public" }
  | { type: "system"; tenantId?: string; resellerId?: string }
  | ResellerActor;

export const API_SCOPES = [
  "tenants:read",
  "tenants:write",
  "statements:read",
  "sso:write",
  "brand:write",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * A reseller (ISP, 조합·협회): through an API key (scoped) or one of its admins (every scope).
 * `tenantId` is set only by core/reseller after it found the tenant under the reseller's own
 * partition (R#<reseller>/TENANT#<tenant>); then usage and billing of that shop can be read —
 * and nothing else of it: GRANTS below give a reseller no business-data permission.
 */
export type ResellerActor = {
  type: "reseller";
  resellerId: string;
  scopes: readonly ApiScope[];
  keyId?: string;
  adminId?: string;
  tenantId?: string;
};

const storage = new AsyncLocalStorage<Actor>();

export function withActor<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

export function useActor(): Actor {
  return storage.getStore() ?? { type: "public" };
}

/** The tenant every tenant-owned key is built from. Throws when nobody is signed in. */
export function useTenant(): string {
  const actor = useActor();
  if (actor.type === "user") return actor.tenantId;
  if (actor.type === "system" && actor.tenantId) return actor.tenantId;
  if (actor.type === "reseller" && actor.tenantId) return actor.tenantId;
  throw new VisibleError(
    "unauthorized",
    "unauthenticated",
    "로그인이 필요합니다.",
  );
}

export function useUser(): Extract<Actor, { type: "user" }> {
  const actor = useActor();
  if (actor.type !== "user")
    throw new VisibleError(
      "unauthorized",
      "unauthenticated",
      "로그인이 필요합니다.",
    );
  return actor;
}

/** The reseller every reseller-owned key (R#<id>) is built from. */
export function useReseller(): string {
  const actor = useActor();
  if (actor.type === "reseller") return actor.resellerId;
  if (actor.type === "system" && actor.resellerId) return actor.resellerId;
  throw new VisibleError(
    "unauthorized",
    "api_key_missing",
    "API 키가 필요합니다. Authorization: Bearer <API 키> 헤더를 보내 주세요.",
  );
}

export type Permission =
  | "profile.read"
  | "profile.write"
  | "members.read"
  | "members.invite"
  | "members.manage"
  | "usage.read"
  | "data.read"
  | "data.write"
  | "payroll.read"
  | "payroll.write"
  | "invoice.read"
  | "invoice.write"
  | "ledger.read"
  | "ledger.write"
  | "account.export"
  | "account.delete"
  | "audit.read"
  | "reseller.tenants.read"
  | "reseller.tenants.write"
  | "reseller.keys";

// Roles are enforced here, in core; the UI only mirrors them.
const GRANTS: Record<Role, readonly Permission[]> = {
  owner: [
    "profile.read",
    "profile.write",
    "members.read",
    "members.invite",
    "members.manage",
    "usage.read",
    "data.read",
    "data.write",
    "payroll.read",
    "payroll.write",
    "invoice.read",
    "invoice.write",
    "ledger.read",
    "ledger.write",
    // The whole shop's data (members, customers, payroll) and its deletion: the owner alone. The
    // accountant downloads the books, registers and invoices from their own pages.
    "account.export",
    "account.delete",
    "audit.read",
  ],
  // Pay is personal data: staff do not see colleagues' wages — nor the books, which post them.
  staff: [
    "profile.read",
    "members.read",
    "data.read",
    "data.write",
    "invoice.read",
    "invoice.write",
  ],
  accountant: [
    "profile.read",
    "usage.read",
    "data.read",
    "payroll.read",
    "invoice.read",
    "ledger.read",
  ],
};

// A reseller sees usage and billing of its own shops, never their business data (profile
// details, members, invoices, ledger, payroll, customers, homepage).
const RESELLER_GRANTS: readonly Permission[] = [
  "usage.read",
  "reseller.tenants.read",
  "reseller.tenants.write",
  "reseller.keys",
];

export function can(role: Role | "reseller", permission: Permission): boolean {
  return (role === "reseller" ? RESELLER_GRANTS : GRANTS[role]).includes(
    permission,
  );
}

export function assertCan(permission: Permission): void {
  const actor = useActor();
  if (actor.type === "system") return;
  if (actor.type === "reseller") {
    if (!can("reseller", permission))
      throw new VisibleError(
        "forbidden",
        "reseller_forbidden",
        "판매사(리셀러)는 가맹 사업장의 사용량과 요금만 볼 수 있습니다.",
      );
    return;
  }
  if (actor.type !== "user")
    throw new VisibleError(
      "unauthorized",
      "unauthenticated",
      "로그인이 필요합니다.",
    );
  if (!can(actor.role, permission))
    throw new VisibleError(
      "forbidden",
      "forbidden",
      "이 작업을 할 권한이 없습니다. 대표에게 문의해 주세요.",
    );
}
