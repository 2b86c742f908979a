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
// | a user's sessions (revoke them all)    | pk=T#<ten>, sk=USESSION#<user>#<sha256> (TTL)       |
// | one-time e-mail token (verify/reset/…) | pk=TOKEN#<sha256(token)>, sk=TOKEN (TTL)            |
// | rate-limit window                      | pk=RL#<bucket>#<key>, sk=<window start> (TTL)       |
// | usage of a month                       | pk=T#<ten>, sk=USAGE#<yyyy-mm>                       |
// | outbox message                         | pk=T#<ten>, sk=MAIL#<id>                             |
// | due outbox messages (worker, sweeper)  | gsi1: gsi1pk=OUTBOX#<shard>, gsi1sk=<due iso>#<id>  |
// | employee; employees of a tenant        | pk=T#<ten>, sk=EMP#<id>; begins_with EMP#           |
// | payroll run; all runs (a few a month)  | pk=T#<ten>, sk=RUN#<id>; begins_with RUN#           |
// | the confirmed run of a month (lock)    | pk=T#<ten>, sk=RUNLOCK#<yyyy-mm>                     |
// | client (거래처) by 사업자번호; client book | pk=T#<ten>, sk=CLIENT#<bizNo>; begins_with CLIENT#  |
// | invoice (with its transmission item)   | pk=T#<ten>, sk=INV#<id>; begins_with INV#<id>       |
// | day's approval serial + invoice count  | pk=T#<ten>, sk=USAGE#<yyyy-mm>, attr serial<yyyymmdd>|
// | ledger event of an invoice (→ 간편장부) | pk=T#<ten>, sk=LEDGEREV#<invoice id>               |
// | invoice made under an Idempotency-Key  | its id is sha256(tenant, key): a retry hits the item |
// | issuer certificate (sealed PKCS#12)    | pk=T#<ten>, sk=CERT                                  |
// | transmission status of an invoice      | pk=T#<ten>, sk=INV#<id>#TX (read with the invoice)   |
// | invoices (+ transmissions) by 작성일자  | gsi2: gsi2pk=INVDATE#<ten>, gsi2sk=<write date>#<id>[#TX] |
// | open invoices (drafts, transmission     | gsi1: gsi1pk=INVOPEN#<ten>, gsi1sk=<id>[#TX]; sparse: |
// |   pending or failed): the alerts        |   set only while the item needs the owner's attention |
// | received invoice (매입 inbox)           | pk=T#<buyer ten>, sk=RCV#<invoice id>; begins_with  |
// | recipient link of an invoice           | pk=LINK#<sha256(token)>, sk=LINK (TTL)              |
// | issuer code → tenant (approval numbers)| pk=ISSUER#<8 chars>, sk=ISSUER                      |
// | 간편장부 entry; a month's entries       | pk=T#<ten>, sk=LEDGER#<yyyy-mm>#<id>; begins_with   |
// | a month's running totals + 마감 flag    | pk=T#<ten>, sk=LEDGERMONTH#<yyyy-mm>; between (year) |
// | ledger audit trail (who changed what)  | pk=T#<ten>, sk=LEDGERAUDIT#<iso time>#<entry id>    |
// | audit trail, newest first              | pk=T#<ten>, sk begins_with LEDGERAUDIT# (descending) |
// | opening/closing stock of a year        | pk=T#<ten>, sk=LEDGERSTOCK#<yyyy>                   |
// | statement column mapping per layout    | pk=T#<ten>, sk=IMPORTMAP#<header signature>         |
// | statement import (resumable, by file)  | pk=T#<ten>, sk=IMPORT#<sha256 of the file>          |
// | homepage draft + published snapshot     | pk=T#<ten>, sk=SITE                                 |
// | slug → tenant (uniqueness, public pages)| pk=SLUG#<slug>, sk=SLUG → tenantId                  |
// | booking/inquiry; the inbox              | pk=T#<ten>, sk=BOOKING#<id>; begins_with BOOKING#   |
// | booked 30-min cell (no double booking)  | pk=T#<ten>, sk=SLOT#<date>#[<staff>#]<HH:MM>; by day |
// | booking cancel link (visitor's e-mail)  | pk=BKLINK#<sha256(token)>, sk=BKLINK (TTL)          |
// | customer card; customers (search)       | pk=T#<ten>, sk=CUST#<id>; begins_with CUST#         |
// | tenant active in a month (close list)  | pk=T#<ten>, sk=BILLMONTH#<yyyy-mm>                  |
// | tenants to close for a month (batch)   | gsi2: gsi2pk=BILLMONTH#<yyyy-mm>#<shard 0-7>, gsi2sk=<ten> |
// | 요금 명세 of a month; all statements     | pk=T#<ten>, sk=STATEMENT#<yyyy-mm>; begins_with     |
// | a reseller's shops' statements (issue 7)| gsi2: gsi2pk=RSTMT#<reseller>#<yyyy-mm>, gsi2sk=<ten> |
// | counterparty → last account (imports)  | pk=T#<ten>, sk=IMPORTCP (one small item)            |
// | reseller (ISP, 조합·협회)               | pk=R#<rsl>, sk=RESELLER                             |
// | reseller slug → reseller (uniqueness)   | pk=RSLUG#<slug>, sk=RSLUG → resellerId              |
// | reseller admin; its admins              | pk=R#<rsl>, sk=ADMIN#<usr>; begins_with ADMIN#      |
// | reseller admin by e-mail (uniqueness)   | pk=RADMIN#<email>, sk=RADMIN → resellerId, adminId  |
// | reseller's shop (link); its shops       | pk=R#<rsl>, sk=TENANT#<ten>; begins_with TENANT#    |
// | shop by the reseller's subscriber ID    | pk=R#<rsl>, sk=SUB#<subscriber id> → tenantId       |
// | API key (listing); a reseller's keys    | pk=R#<rsl>, sk=KEY#<id>; begins_with KEY#           |
// | API key by secret (authentication)      | pk=RKEY#<sha256(key)>, sk=RKEY → resellerId, scopes |
// | reseller console session by token       | pk=RSESSION#<sha256(token)>, sk=RSESSION (TTL)      |
// | webhook endpoint; a reseller's webhooks | pk=R#<rsl>, sk=HOOK#<whk>; begins_with HOOK#        |
// | webhook delivery; the delivery log      | pk=R#<rsl>, sk=HOOKDLV#<dlv>; begins_with (newest 1st)|
// | due webhook deliveries (worker, sweeper)| gsi1: gsi1pk=WEBHOOK#<shard>, gsi1sk=<due>#<rsl>#<dlv>|
// | audit log (sign-ins, members, exports…) | pk=T#<ten>, sk=AUDIT#<iso time>#<id>; descending    |
// | data export (zip in export storage)     | pk=T#<ten>, sk=EXPORT#<id> (TTL 7 days)             |
// | tenants whose deletion is due (purge)   | gsi2: gsi2pk=PURGE, gsi2sk=<purge after iso>#<ten>  |
// | a tenant's items outside its partition  | gsi1: gsi1pk=TREF#<ten>, gsi1sk=<item pk> (sessions, |
// |   (found and removed by the purge)      |   e-mail tokens, recipient/cancel links, RCV copies)|
// | reseller's brand (white-label)          | pk=R#<rsl>, sk=BRAND                                |
// | SSO hand-off token used (single use)    | pk=SSOJTI#<jti>, sk=SSOJTI (TTL)                    |
import { createHash } from "node:crypto";
import { useReseller, useTenant } from "../actor";

export const hashSecret = (secret: string) =>
  createHash("sha256").update(secret).digest("base64url");

const tenantPk = () => `T#${useTenant()}`;
const resellerPk = () => `R#${useReseller()}`;

export const Keys = {
  tenant: () => ({ pk: tenantPk(), sk: "TENANT" }),
  user: (userId: string) => ({ pk: tenantPk(), sk: `USER#${userId}` }),
  usersPrefix: () => ({ pk: tenantPk(), skPrefix: "USER#" }),
  /** Points at a session item (by its key, never the token) so a reset can end them all. */
  userSession: (userId: string, sessionPk: string) => ({
    pk: tenantPk(),
    sk: `USESSION#${userId}#${sessionPk.replace(/^SESSION#/, "")}`,
  }),
  userSessionsPrefix: (userId: string) => ({
    pk: tenantPk(),
    skPrefix: `USESSION#${userId}#`,
  }),
  usage: (month: string) => ({ pk: tenantPk(), sk: `USAGE#${month}` }),
  mail: (mailId: string) => ({ pk: tenantPk(), sk: `MAIL#${mailId}` }),
  employee: (id: string) => ({ pk: tenantPk(), sk: `EMP#${id}` }),
  employeesPrefix: () => ({ pk: tenantPk(), skPrefix: "EMP#" }),
  payrollRun: (id: string) => ({ pk: tenantPk(), sk: `RUN#${id}` }),
  payrollRunsPrefix: () => ({ pk: tenantPk(), skPrefix: "RUN#" }),
  payrollLock: (month: string) => ({ pk: tenantPk(), sk: `RUNLOCK#${month}` }),
  client: (bizNo: string) => ({ pk: tenantPk(), sk: `CLIENT#${bizNo}` }),
  clientsPrefix: () => ({ pk: tenantPk(), skPrefix: "CLIENT#" }),
  invoice: (id: string) => ({ pk: tenantPk(), sk: `INV#${id}` }),
  ledgerEvent: (sourceId: string) => ({
    pk: tenantPk(),
    sk: `LEDGEREV#${sourceId}`,
  }),
  certificate: () => ({ pk: tenantPk(), sk: "CERT" }),
  transmission: (invoiceId: string) => ({
    pk: tenantPk(),
    sk: `INV#${invoiceId}#TX`,
  }),
  /**
   * An invoice's place (and its transmission's, `suffix` #TX) in the 작성일자 index: a period's
   * invoices are read without the shop's whole history.
   */
  invoiceByDate: (writeDate: string, id: string, suffix = "") => ({
    gsi2pk: `INVDATE#${useTenant()}`,
    gsi2sk: `${writeDate}#${id}${suffix}`,
  }),
  /** The 작성일자 index between two dates (inclusive; either open-ended). */
  invoiceDates: (from?: string, to?: string) => ({
    gsi2pk: `INVDATE#${useTenant()}`,
    from: `${from ?? "0000-00-00"}#`,
    to: `${to ?? "9999-99-99"}#\uffff`,
  }),
  /** Marks a draft, or a transmission still pending or failed, for the alerts (sparse). */
  invoiceOpen: (id: string, suffix = "") => ({
    gsi1pk: `INVOPEN#${useTenant()}`,
    gsi1sk: `${id}${suffix}`,
  }),
  invoicesOpen: () => `INVOPEN#${useTenant()}`,
  ledgerEntry: (month: string, id: string) => ({
    pk: tenantPk(),
    sk: `LEDGER#${month}#${id}`,
  }),
  ledgerEntriesPrefix: (month: string) => ({
    pk: tenantPk(),
    skPrefix: `LEDGER#${month}#`,
  }),
  ledgerMonth: (month: string) => ({
    pk: tenantPk(),
    sk: `LEDGERMONTH#${month}`,
  }),
  ledgerEventsPrefix: () => ({ pk: tenantPk(), skPrefix: "LEDGEREV#" }),
  ledgerAudit: (at: string, entryId: string) => ({
    pk: tenantPk(),
    sk: `LEDGERAUDIT#${at}#${entryId}`,
  }),
  ledgerAuditPrefix: () => ({ pk: tenantPk(), skPrefix: "LEDGERAUDIT#" }),
  ledgerStock: (year: number) => ({
    pk: tenantPk(),
    sk: `LEDGERSTOCK#${year}`,
  }),
  importMapping: (signature: string) => ({
    pk: tenantPk(),
    sk: `IMPORTMAP#${signature}`,
  }),
  importJob: (fingerprint: string) => ({
    pk: tenantPk(),
    sk: `IMPORT#${fingerprint}`,
  }),
  importMappingsPrefix: () => ({ pk: tenantPk(), skPrefix: "IMPORTMAP#" }),
  importCounterparties: () => ({ pk: tenantPk(), sk: "IMPORTCP" }),
  billingMonth: (month: string) => ({
    pk: tenantPk(),
    sk: `BILLMONTH#${month}`,
  }),
  statement: (month: string) => ({ pk: tenantPk(), sk: `STATEMENT#${month}` }),
  statementsPrefix: () => ({ pk: tenantPk(), skPrefix: "STATEMENT#" }),
  site: () => ({ pk: tenantPk(), sk: "SITE" }),
  audit: (at: string, id: string) => ({
    pk: tenantPk(),
    sk: `AUDIT#${at}#${id}`,
  }),
  auditPrefix: () => ({ pk: tenantPk(), skPrefix: "AUDIT#" }),
  dataExport: (id: string) => ({ pk: tenantPk(), sk: `EXPORT#${id}` }),
  /** Names the latest export of each choice (full resident numbers or masked): one build at a time. */
  exportLock: (personalNumbers: boolean) => ({
    pk: tenantPk(),
    sk: `EXPORTLOCK#${personalNumbers ? "full" : "masked"}`,
  }),
  /** Every item of the tenant's own partition (export and purge). */
  tenantPartition: () => tenantPk(),
  booking: (id: string) => ({ pk: tenantPk(), sk: `BOOKING#${id}` }),
  bookingsPrefix: () => ({ pk: tenantPk(), skPrefix: "BOOKING#" }),
  slotCell: (date: string, time: string) => ({
    pk: tenantPk(),
    sk: `SLOT#${date}#${time}`,
  }),
  slotCellsOfDay: (date: string) => ({
    pk: tenantPk(),
    skPrefix: `SLOT#${date}#`,
  }),
  customer: (id: string) => ({ pk: tenantPk(), sk: `CUST#${id}` }),
  customersPrefix: () => ({ pk: tenantPk(), skPrefix: "CUST#" }),
  received: (invoiceId: string) => ({ pk: tenantPk(), sk: `RCV#${invoiceId}` }),
  receivedPrefix: () => ({ pk: tenantPk(), skPrefix: "RCV#" }),

  // Closed loop between tenants: an issued invoice is delivered into the buyer's inbox and the
  // buyer's acceptance is noted on the supplier's copy. The other tenant's id here never comes
  // from request input: it is read from the BIZNO# lookup (delivery) or from the stored
  // received item (acceptance). These are the only keys built for a tenant other than the actor's.
  receivedFor: (buyerTenantId: string, invoiceId: string) => ({
    pk: `T#${buyerTenantId}`,
    sk: `RCV#${invoiceId}`,
  }),
  invoiceOf: (supplierTenantId: string, invoiceId: string) => ({
    pk: `T#${supplierTenantId}`,
    sk: `INV#${invoiceId}`,
  }),

  // A reseller's own items: the reseller comes from the actor (its API key or admin), never from
  // request input. A shop's id from a request is only ever looked up under the reseller's own
  // partition (resellerTenant) before anything of that shop is touched.
  reseller: () => ({ pk: resellerPk(), sk: "RESELLER" }),
  resellerAdmin: (adminId: string) => ({
    pk: resellerPk(),
    sk: `ADMIN#${adminId}`,
  }),
  resellerAdminsPrefix: () => ({ pk: resellerPk(), skPrefix: "ADMIN#" }),
  resellerTenant: (tenantId: string) => ({
    pk: resellerPk(),
    sk: `TENANT#${tenantId}`,
  }),
  resellerTenantsPrefix: () => ({ pk: resellerPk(), skPrefix: "TENANT#" }),
  resellerSubscriber: (subscriberId: string) => ({
    pk: resellerPk(),
    sk: `SUB#${subscriberId}`,
  }),
  resellerKey: (keyId: string) => ({ pk: resellerPk(), sk: `KEY#${keyId}` }),
  resellerKeysPrefix: () => ({ pk: resellerPk(), skPrefix: "KEY#" }),
  webhook: (id: string) => ({ pk: resellerPk(), sk: `HOOK#${id}` }),
  webhooksPrefix: () => ({ pk: resellerPk(), skPrefix: "HOOK#" }),
  webhookDelivery: (id: string) => ({ pk: resellerPk(), sk: `HOOKDLV#${id}` }),
  webhookDeliveriesPrefix: () => ({ pk: resellerPk(), skPrefix: "HOOKDLV#" }),
  resellerBrand: () => ({ pk: resellerPk(), sk: "BRAND" }),

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
  // Not SESSION#: a console token can never be read as a shop session, nor the other way round.
  consoleSession: (token: string) => ({
    pk: `RSESSION#${hashSecret(token)}`,
    sk: "RSESSION",
  }),
  rateLimit: (bucket: string, key: string, windowStart: number) => ({
    pk: `RL#${bucket}#${hashSecret(key)}`,
    sk: String(windowStart),
  }),
  outboxShard: (shard: number) => `OUTBOX#${shard}`,
  // Due webhook deliveries: the index keeps only tenantId and id, so the reseller is in the sort key.
  webhookShard: (shard: number) => `WEBHOOK#${shard}`,
  // A global item that belongs to a tenant (a session, a token, a link, a copy in another
  // tenant's inbox) carries these index attributes, so the purge finds it without a Scan. The
  // tenant is the one the item was written for (the signed-in user's, or a stored lookup's).
  tenantRef: (tenantId: string, itemPk: string) => ({
    gsi1pk: `TREF#${tenantId}`,
    gsi1sk: itemPk,
  }),
  tenantRefPartition: (tenantId: string) => `TREF#${tenantId}`,
  purgeQueue: () => "PURGE",
  // The monthly close lists tenants through gsi2 (a batch job; no Scan): one small marker per
  // tenant-month, spread over BILLING_SHARDS partitions so no index partition gets every write.
  billingShard: (month: string, shard: number) => `BILLMONTH#${month}#${shard}`,
  // The reseller id is read from the tenant record (close) or the reseller's own actor, never
  // from request input.
  resellerStatements: (resellerId: string, month: string) =>
    `RSTMT#${resellerId}#${month}`,
  invoiceLink: (token: string) => ({
    pk: `LINK#${hashSecret(token)}`,
    sk: "LINK",
  }),
  resellerSlug: (slug: string) => ({ pk: `RSLUG#${slug}`, sk: "RSLUG" }),
  resellerAdminEmail: (email: string) => ({
    pk: `RADMIN#${email.toLowerCase()}`,
    sk: "RADMIN",
  }),
  apiKey: (key: string) => ({ pk: `RKEY#${hashSecret(key)}`, sk: "RKEY" }),
  /** The same item from the hash kept on the listing item (revoking needs no secret). */
  apiKeyByHash: (hash: string) => ({ pk: `RKEY#${hash}`, sk: "RKEY" }),
  /** The random id of a redeemed SSO hand-off token: its conditional put makes the token single-use. */
  ssoJti: (jti: string) => ({ pk: `SSOJTI#${jti}`, sk: "SSOJTI" }),
  issuer: (code: string) => ({ pk: `ISSUER#${code}`, sk: "ISSUER" }),
  slug: (slug: string) => ({ pk: `SLUG#${slug}`, sk: "SLUG" }),
  bookingLink: (token: string) => ({
    pk: `BKLINK#${hashSecret(token)}`,
    sk: "BKLINK",
  }),
};
