// Every key of the table is built here. Tenant-owned keys take the tenant from the actor
// (useTenant), never from request input — that is what keeps tenants apart.
//
// | access pattern                         | key / index                                         |
// |----------------------------------------|-----------------------------------------------------|
// | tenant record, profile                 | pk=T#<ten>, sk=TENANT                               |
// | users of a tenant (members page)       | pk=T#<ten>, sk begins_with USER#                    |
// | user by e-mail (login, uniqueness)     | pk=EMAIL#<email>, sk=EMAIL  → userId, tenantId       |
// | tenant by 사업자번호 (uniqueness)        | pk=BIZNO#<10 digits>, sk=BIZNO → tenantId          |
// | session by token                       | pk=SESSION#<sha256(token)>, sk=SESSION (TTL)        |
// | one-time e-mail token (verify/reset/…) | pk=TOKEN#<sha256(token)>, sk=TOKEN (TTL)            |
// | rate-limit window                      | pk=RL#<bucket>#<key>, sk=<window start> (TTL)       |
// | usage of a month                       | pk=T#<ten>, sk=USAGE#<yyyy-mm>                       |
// | outbox message                         | pk=T#<ten>, sk=MAIL#<id>                             |
// | due outbox messages (worker, sweeper)  | gsi1: gsi1pk=OUTBOX#<shard>, gsi1sk=<due iso>#<id>  |
// | employee; employees of a tenant        | pk=T#<ten>, sk=EMP#<id>; begins_with EMP#           |
// | payroll run; all runs (a few a month)  | pk=T#<ten>, sk=RUN#<id>; begins_with RUN#           |
// | the confirmed run of a month (lock)    | pk=T#<ten>, sk=RUNLOCK#<yyyy-mm>                     |
import { createHash } from "node:crypto";
import { useTenant } from "../actor";

export const hashSecret = (secret: string) =>
  createHash("sha256").update(secret).digest("base64url");

const tenantPk = () => `T#${useTenant()}`;

export const Keys = {
  tenant: () => ({ pk: tenantPk(), sk: "TENANT" }),
  user: (userId: string) => ({ pk: tenantPk(), sk: `USER#${userId}` }),
  usersPrefix: () => ({ pk: tenantPk(), skPrefix: "USER#" }),
  usage: (month: string) => ({ pk: tenantPk(), sk: `USAGE#${month}` }),
  mail: (mailId: string) => ({ pk: tenantPk(), sk: `MAIL#${mailId}` }),
  employee: (id: string) => ({ pk: tenantPk(), sk: `EMP#${id}` }),
  employeesPrefix: () => ({ pk: tenantPk(), skPrefix: "EMP#" }),
  payrollRun: (id: string) => ({ pk: tenantPk(), sk: `RUN#${id}` }),
  payrollRunsPrefix: () => ({ pk: tenantPk(), skPrefix: "RUN#" }),
  payrollLock: (month: string) => ({ pk: tenantPk(), sk: `RUNLOCK#${month}` }),

  // Global lookups: not tenant data, only pointers guarded by conditional puts.
  email: (email: string) => ({
    pk: `EMAIL#${email.toLowerCase()}`,
    sk: "EMAIL",
  }),
  bizNo: (bizNo: string) => ({ pk: `BIZNO#${bizNo}`, sk: "BIZNO" }),
  session: (token: string) => ({
    pk: `SESSION#${hashSecret(token)}`,
    sk: "SESSION",
  }),
  token: (token: string) => ({ pk: `TOKEN#${hashSecret(token)}`, sk: "TOKEN" }),
  rateLimit: (bucket: string, key: string, windowStart: number) => ({
    pk: `RL#${bucket}#${hashSecret(key)}`,
    sk: String(windowStart),
  }),
  outboxShard: (shard: number) => `OUTBOX#${shard}`,
};
