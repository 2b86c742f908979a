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
  | { type: "system"; tenantId?: string };

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

export type Permission =
  | "profile.read"
  | "profile.write"
  | "members.read"
  | "members.invite"
  | "usage.read"
  | "data.read"
  | "data.write"
  | "payroll.read"
  | "payroll.write"
  | "invoice.read"
  | "invoice.write"
  | "ledger.read"
  | "ledger.write";

// Roles are enforced here, in core; the UI only mirrors them.
const GRANTS: Record<Role, readonly Permission[]> = {
  owner: [
    "profile.read",
    "profile.write",
    "members.read",
    "members.invite",
    "usage.read",
    "data.read",
    "data.write",
    "payroll.read",
    "payroll.write",
    "invoice.read",
    "invoice.write",
    "ledger.read",
    "ledger.write",
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

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function assertCan(permission: Permission): void {
  const actor = useActor();
  if (actor.type === "system") return;
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
