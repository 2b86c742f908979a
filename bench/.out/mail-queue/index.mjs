import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var ye = Object.defineProperty;
var L = (e, n) => {
  for (var t in n) ye(e, t, { get: n[t], enumerable: !0 });
};
var v = {};
L(v, {
  Mail: () => v,
  deliver: () => pe,
  drain: () => nt,
  due: () => fe,
  enqueue: () => me,
  events: () => ue,
  notify: () => le,
  recordEvent: () => rt,
  resetSesClient: () => tt,
  send: () => Ye,
});
import { EventEmitter as Qe } from "node:events";
import {
  PutItemCommand as je,
  QueryCommand as He,
  TransactWriteItemsCommand as Xe,
  UpdateItemCommand as Z,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as Ie,
  GetItemCommand as ct,
  TransactWriteItemsCommand as ut,
  TransactionCanceledException as mt,
  ConditionalCheckFailedException as Ee,
} from "@aws-sdk/client-dynamodb";
import { marshall as we, unmarshall as Se } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as be } from "node:async_hooks";
var xe = new be();
function G() {
  return xe.getStore();
}
function d() {
  return process.env.TABLE_NAME ?? "golmok";
}
var Q = new Set([
    "GetItemCommand",
    "QueryCommand",
    "ScanCommand",
    "BatchGetItemCommand",
    "TransactGetItemsCommand",
  ]),
  he = new Set([
    "PutItemCommand",
    "UpdateItemCommand",
    "DeleteItemCommand",
    "BatchWriteItemCommand",
    "TransactWriteItemsCommand",
  ]),
  C;
function p() {
  if (C) return C;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (C = new Ie({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    C.middlewareStack.add(
      (n, t) => async (r) => {
        let s = t.commandName ?? "",
          o = Q.has(s) || he.has(s),
          i = r.input;
        o && !i.ReturnConsumedCapacity && (i.ReturnConsumedCapacity = "TOTAL");
        let m = await n(r),
          l = G();
        if (l && o) {
          let w = [m.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((A, ge) => A + (ge.CapacityUnits ?? 0), 0);
          (l.dbCalls++, Q.has(s) ? (l.readUnits += w) : (l.writeUnits += w));
        }
        return m;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    C
  );
}
function F(e) {
  return e instanceof Ee || e?.name === "ConditionalCheckFailedException";
}
function a(e) {
  return we(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function R(e) {
  return e ? Se(e) : void 0;
}
import { createHash as Ce } from "node:crypto";
import { AsyncLocalStorage as Te } from "node:async_hooks";
var S = class extends Error {
  constructor(t, r, s, o = {}) {
    super(s);
    this.kind = t;
    this.code = r;
    this.extra = o;
    this.name = "VisibleError";
  }
  kind;
  code;
  extra;
};
var j = new Te();
function U(e, n) {
  return j.run(e, n);
}
function Ae() {
  return j.getStore() ?? { type: "public" };
}
function b() {
  let e = Ae();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new S(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
var q = (e) => Ce("sha256").update(e).digest("base64url"),
  f = () => `T#${b()}`,
  c = {
    tenant: () => ({ pk: f(), sk: "TENANT" }),
    user: (e) => ({ pk: f(), sk: `USER#${e}` }),
    usersPrefix: () => ({ pk: f(), skPrefix: "USER#" }),
    usage: (e) => ({ pk: f(), sk: `USAGE#${e}` }),
    mail: (e) => ({ pk: f(), sk: `MAIL#${e}` }),
    employee: (e) => ({ pk: f(), sk: `EMP#${e}` }),
    employeesPrefix: () => ({ pk: f(), skPrefix: "EMP#" }),
    payrollRun: (e) => ({ pk: f(), sk: `RUN#${e}` }),
    payrollRunsPrefix: () => ({ pk: f(), skPrefix: "RUN#" }),
    payrollLock: (e) => ({ pk: f(), sk: `RUNLOCK#${e}` }),
    email: (e) => ({ pk: `EMAIL#${e.toLowerCase()}`, sk: "EMAIL" }),
    bizNo: (e) => ({ pk: `BIZNO#${e}`, sk: "BIZNO" }),
    session: (e) => ({ pk: `SESSION#${q(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${q(e)}`, sk: "TOKEN" }),
    rateLimit: (e, n, t) => ({ pk: `RL#${e}#${q(n)}`, sk: String(t) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import P from "node:crypto";
var M = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  k = 32;
var Re = 16,
  K = 10,
  H = 0xffffffffffff;
var g;
(function (e) {
  ((e.Base32IncorrectEncoding = "B32_ENC_INVALID"),
    (e.DecodeTimeInvalidCharacter = "DEC_TIME_CHAR"),
    (e.DecodeTimeValueMalformed = "DEC_TIME_MALFORMED"),
    (e.EncodeTimeNegative = "ENC_TIME_NEG"),
    (e.EncodeTimeSizeExceeded = "ENC_TIME_SIZE_EXCEED"),
    (e.EncodeTimeValueMalformed = "ENC_TIME_MALFORMED"),
    (e.PRNGDetectFailure = "PRNG_DETECT"),
    (e.ULIDInvalid = "ULID_INVALID"),
    (e.Unexpected = "UNEXPECTED"),
    (e.UUIDInvalid = "UUID_INVALID"));
})(g || (g = {}));
var y = class extends Error {
  constructor(n, t) {
    (super(`${t} (${n})`), (this.name = "ULIDError"), (this.code = n));
  }
};
function Ue(e) {
  let n = Math.floor(e() * k) % k;
  return M.charAt(n);
}
function X(e, n, t) {
  return n > e.length - 1 ? e : e.substr(0, n) + t + e.substr(n + 1);
}
function Me(e) {
  let n,
    t = e.length,
    r,
    s,
    o = e,
    i = k - 1;
  for (; !n && t-- >= 0;) {
    if (((r = o[t]), (s = M.indexOf(r)), s === -1))
      throw new y(g.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === i) {
      o = X(o, t, M[0]);
      continue;
    }
    n = X(o, t, M[s + 1]);
  }
  if (typeof n == "string") return n;
  throw new y(g.Base32IncorrectEncoding, "Failed incrementing string");
}
function ke(e) {
  let n = Ne(),
    t = (n && (n.crypto || n.msCrypto)) || (typeof P < "u" ? P : null);
  if (typeof t?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (t.getRandomValues(r), r[0] / 256);
    };
  if (typeof t?.randomBytes == "function")
    return () => t.randomBytes(1).readUInt8() / 256;
  if (P?.randomBytes) return () => P.randomBytes(1).readUInt8() / 256;
  throw new y(g.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function Ne() {
  return ve()
    ? self
    : typeof window < "u"
      ? window
      : typeof global < "u"
        ? global
        : typeof globalThis < "u"
          ? globalThis
          : null;
}
function _e(e, n) {
  let t = "";
  for (; e > 0; e--) t = Ue(n) + t;
  return t;
}
function z(e, n = K) {
  if (isNaN(e))
    throw new y(g.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > H)
    throw new y(
      g.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${H}: ${e}`,
    );
  if (e < 0) throw new y(g.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new y(g.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let t,
    r = "";
  for (let s = n; s > 0; s--)
    ((t = e % k), (r = M.charAt(t) + r), (e = (e - t) / k));
  return r;
}
function ve() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function J(e) {
  let n = e || ke(),
    t = 0,
    r;
  return function (o) {
    let i = !o || isNaN(o) ? Date.now() : o;
    if (i <= t) {
      let l = (r = Me(r));
      return z(t, K) + l;
    }
    t = i;
    let m = (r = _e(Re, n));
    return z(i, K) + m;
  };
}
var De = J();
function Y(e) {
  return `${e}_${De().toLowerCase()}`;
}
var E = {};
L(E, {
  Metering: () => E,
  assertWithinQuota: () => Ze,
  billableUpdate: () => Be,
  clearCache: () => Ge,
  current: () => ie,
  flush: () => $,
  flushIfDue: () => qe,
  record: () => Fe,
});
import {
  GetItemCommand as Le,
  UpdateItemCommand as ne,
} from "@aws-sdk/client-dynamodb";
var I = {};
L(I, {
  METRIC_LABEL: () => Pe,
  PLAN_TABLE: () => V,
  Plan: () => I,
  exceeded: () => Oe,
  get: () => $e,
});
var Pe = {
    requests: { label: "API \uC694\uCCAD", unit: "\uAC74" },
    emails: { label: "\uC774\uBA54\uC77C \uBC1C\uC1A1", unit: "\uD1B5" },
    dbReadUnits: { label: "DB \uC77D\uAE30 \uC6A9\uB7C9", unit: "RCU" },
    dbWriteUnits: { label: "DB \uC4F0\uAE30 \uC6A9\uB7C9", unit: "WCU" },
    payslips: { label: "\uC784\uAE08\uBA85\uC138\uC11C", unit: "\uAC74" },
  },
  V = [
    {
      from: "2026-01",
      plans: {
        basic: {
          id: "basic",
          name: "\uAE30\uBCF8",
          priceKrw: 3300,
          quotas: {
            requests: 5e4,
            emails: 500,
            dbReadUnits: 2e5,
            dbWriteUnits: 1e5,
            payslips: 50,
          },
        },
        plus: {
          id: "plus",
          name: "\uD50C\uB7EC\uC2A4",
          priceKrw: 5500,
          quotas: {
            requests: 2e5,
            emails: 3e3,
            dbReadUnits: 1e6,
            dbWriteUnits: 5e5,
            payslips: 300,
          },
        },
      },
    },
  ];
function $e(e, n) {
  return ([...V].reverse().find((r) => r.from <= n) ?? V[0]).plans[e];
}
function Oe(e, n, t) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (n[r] ?? 0) + (t[r] ?? 0) > s) return r;
  }
  return null;
}
function u() {
  return Date.now();
}
function N(e = u()) {
  return new Date(e + 324e5).toISOString().slice(0, 7);
}
function B(e) {
  let [n, t] = e.split("-").map(Number);
  return new Date(Date.UTC(n, t, 1) - 324e5).toISOString();
}
function ee(e) {
  let n = new Date(Date.parse(e) + 324e5);
  return `${n.getUTCMonth() + 1}\uC6D4 ${n.getUTCDate()}\uC77C 0\uC2DC`;
}
var re = Number(process.env.METER_FLUSH_EVERY ?? 200),
  se = Number(process.env.METER_FLUSH_MS ?? 1e4),
  x = new Map(),
  h = 0,
  oe = 0,
  T,
  _;
function Fe(e, n, t, r = u()) {
  let s = N(r),
    o = `${e}|${s}`,
    i = x.get(o);
  (i ||
    ((i = {
      tenantId: e,
      month: s,
      requests: 0,
      dbReadUnits: 0,
      dbWriteUnits: 0,
      modules: {},
    }),
    x.set(o, i)),
    i.requests++,
    (i.dbReadUnits += t.readUnits),
    (i.dbWriteUnits += t.writeUnits),
    (i.modules[n] = (i.modules[n] ?? 0) + 1),
    h === 0 && (oe = r),
    h++,
    h >= re
      ? $()
      : T ||
        ((T = setTimeout(() => {
          $();
        }, se)),
        T.unref()));
}
async function qe(e = u()) {
  (h >= re || (h > 0 && e - oe >= se)) && (await $());
}
async function $() {
  (_ && (await _), T && clearTimeout(T), (T = void 0));
  let e = [...x.values()];
  if ((x.clear(), (h = 0), e.length !== 0)) {
    _ = (async () => {
      let n = [];
      await Promise.all(
        e.map(async (t) => {
          try {
            await U({ type: "system", tenantId: t.tenantId }, () => Ke(t));
          } catch (r) {
            (n.push(t),
              console.error(
                JSON.stringify({
                  level: "error",
                  msg: "usage flush failed",
                  error: String(r),
                }),
              ));
          }
        }),
      );
      for (let t of n) {
        let r = `${t.tenantId}|${t.month}`,
          s = x.get(r);
        if (!s) x.set(r, t);
        else {
          ((s.requests += t.requests),
            (s.dbReadUnits += t.dbReadUnits),
            (s.dbWriteUnits += t.dbWriteUnits));
          for (let [o, i] of Object.entries(t.modules))
            s.modules[o] = (s.modules[o] ?? 0) + i;
        }
      }
    })();
    try {
      await _;
    } finally {
      _ = void 0;
    }
  }
}
async function Ke(e) {
  let n = { "#mod": "byModule" },
    t = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, o], i) => (
        (n[`#m${i}`] = s),
        (t[`:m${i}`] = o),
        `#mod.#m${i} :m${i}`
      ),
    );
  (await Ve(e.month),
    await p().send(
      new ne({
        TableName: d(),
        Key: a(c.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: n,
        ExpressionAttributeValues: a(t),
      }),
    ));
}
var te = new Set();
async function Ve(e) {
  let n = c.usage(e),
    t = `${n.pk}|${n.sk}`;
  te.has(t) ||
    (await p()
      .send(
        new ne({
          TableName: d(),
          Key: a(n),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: a({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    te.add(t));
}
function Be(e, n = 1, t = N()) {
  return {
    Update: {
      TableName: d(),
      Key: a(c.usage(t)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: a({ ":n": n }),
    },
  };
}
async function ie(e = N()) {
  let n = await p().send(
      new Le({ TableName: d(), Key: a(c.usage(e)), ConsistentRead: !0 }),
    ),
    t = R(n.Item) ?? {},
    r = x.get(`${b()}|${e}`);
  return {
    requests: (t.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (t.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (t.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: t.emails ?? 0,
    payslips: t.payslips ?? 0,
    byModule: t.byModule ?? {},
  };
}
var We = 3e4,
  W = new Map();
async function Ze(e, n) {
  let t = N(),
    s = `${b()}|${t}`,
    o = W.get(s),
    i = Object.keys(n).some((A) => A !== "requests");
  (!o || u() - o.at > We || i) &&
    ((o = { at: u(), usage: await ie(t) }), W.set(s, o));
  let m = x.get(s),
    l = {
      ...o.usage,
      requests: Math.max(o.usage.requests ?? 0, m?.requests ?? 0),
    },
    D = I.get(e, t),
    w = I.exceeded(D, l, n);
  if (w) {
    let { label: A } = I.METRIC_LABEL[w];
    throw new S(
      "quota_exceeded",
      "quota_exceeded",
      `${D.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${A} \uD55C\uB3C4(${D.quotas[w].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${ee(B(t))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(B(t)) - u()) / 1e3) },
    );
  }
}
function Ge() {
  W.clear();
}
var ce = 4,
  ae = 6e4,
  ze = 10,
  Je = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  ue = new Qe();
function me(e) {
  let n = Y("mail"),
    t = b(),
    r = u(),
    s = n.charCodeAt(n.length - 1) % ce,
    o = {
      ...c.mail(n),
      ...e,
      id: n,
      tenantId: t,
      status: "pending",
      attempts: 0,
      createdAt: new Date(r).toISOString(),
      nextAttemptAt: r,
      gsi1pk: c.outboxShard(s),
      gsi1sk: `${String(r).padStart(15, "0")}#${n}`,
    };
  return {
    id: n,
    put: {
      Put: {
        TableName: d(),
        Item: a(o),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  };
}
async function Ye(e) {
  let { id: n, put: t } = me(e);
  return (await p().send(new je(t.Put)), await le(n), n);
}
var de;
async function le(e) {
  let n = b(),
    t = process.env.OUTBOX_QUEUE_URL;
  if (t) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((de ??= new r({})),
      await de
        .send(
          new s({
            QueueUrl: t,
            MessageBody: JSON.stringify({ tenantId: n, id: e }),
          }),
        )
        .catch((o) =>
          console.error(
            JSON.stringify({
              level: "warn",
              msg: "outbox notify failed",
              id: e,
              error: String(o),
            }),
          ),
        ));
  } else ue.emit("queued", { tenantId: n, id: e });
}
var O;
async function et() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    n = process.env.SES_ENDPOINT;
  return (
    (O ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(n
        ? {
            endpoint: n,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 2,
    })),
    O
  );
}
function tt() {
  (O?.destroy(), (O = void 0));
}
async function pe(e, n) {
  return U({ type: "system", tenantId: e }, async () => {
    let t = u(),
      r;
    try {
      let s = await p().send(
        new Z({
          TableName: d(),
          Key: a(c.mail(n)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: a({
            ":lease": t + ae,
            ":gsk": `${String(t + ae).padStart(15, "0")}#${n}`,
            ":one": 1,
            ":pending": "pending",
            ":now": t,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = R(s.Attributes);
    } catch (s) {
      if (F(s)) return "skipped";
      throw s;
    }
    if (!r) return "skipped";
    try {
      let { SendEmailCommand: s } = await import("@aws-sdk/client-sesv2"),
        o = await (
          await et()
        ).send(
          new s({
            FromEmailAddress:
              process.env.MAIL_FROM ??
              "\uACE8\uBAA9 Golmok <no-reply@golmok.local>",
            Destination: { ToAddresses: r.to },
            ReplyToAddresses: r.replyTo ? [r.replyTo] : void 0,
            ConfigurationSetName: process.env.SES_CONFIGURATION_SET || void 0,
            EmailTags: [
              { Name: "outboxId", Value: n },
              { Name: "tenantId", Value: e },
              { Name: "kind", Value: r.kind },
            ],
            Content: {
              Simple: {
                Subject: { Data: r.subject, Charset: "UTF-8" },
                Body: {
                  Html: { Data: r.html, Charset: "UTF-8" },
                  Text: { Data: r.text, Charset: "UTF-8" },
                },
                Headers: [{ Name: "X-Golmok-Outbox-Id", Value: n }],
                Attachments: r.attachments?.map((i) => ({
                  FileName: i.filename,
                  ContentType: i.contentType,
                  RawContent: Buffer.from(i.base64, "base64"),
                })),
              },
            },
          }),
        );
      return (
        await p().send(
          new Xe({
            TransactItems: [
              {
                Update: {
                  TableName: d(),
                  Key: a(c.mail(n)),
                  UpdateExpression:
                    "SET #s = :sent, sentAt = :at, sesMessageId = :mid REMOVE gsi1pk, gsi1sk",
                  ExpressionAttributeNames: { "#s": "status" },
                  ExpressionAttributeValues: a({
                    ":sent": "sent",
                    ":at": new Date(u()).toISOString(),
                    ":mid": o.MessageId ?? "",
                  }),
                },
              },
              E.billableUpdate("emails", 1),
            ],
          }),
        ),
        "sent"
      );
    } catch (s) {
      let o = s.name,
        m =
          [
            "MessageRejected",
            "BadRequestException",
            "AccountSuspendedException",
          ].includes(o) || r.attempts >= ze,
        l = u() + Math.min(Je() * 2 ** (r.attempts - 1), 36e5);
      return (
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "mail send failed",
            id: n,
            attempts: r.attempts,
            error: o,
          }),
        ),
        await p().send(
          new Z({
            TableName: d(),
            Key: a(c.mail(n)),
            UpdateExpression: m
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: m ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: a(
              m
                ? { ":failed": "failed", ":e": o }
                : {
                    ":next": l,
                    ":gsk": `${String(l).padStart(15, "0")}#${n}`,
                    ":e": o,
                  },
            ),
          }),
        ),
        m ? "failed" : "retry"
      );
    }
  });
}
async function fe(e = 50, n = u()) {
  let t = [];
  for (let r = 0; r < ce; r++) {
    let s = await p().send(
      new He({
        TableName: d(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: a({
          ":pk": c.outboxShard(r),
          ":now": `${String(n).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let o of s.Items ?? []) {
      let i = R(o);
      t.push({ tenantId: i.tenantId, id: i.id });
    }
  }
  return t;
}
async function nt() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: n, id: t } of await fe()) e[await pe(n, t)]++;
  return e;
}
async function rt(e, n, t, r, s = "") {
  await U({ type: "system", tenantId: e }, () =>
    p()
      .send(
        new Z({
          TableName: d(),
          Key: a(c.mail(n)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${t}At` },
          ExpressionAttributeValues: a({
            ":at": r,
            ":ev": t,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((o) => {
        if (!F(o)) throw o;
      }),
  );
}
var Qt = async (e) => {
  let n = [];
  for (let t of e.Records)
    try {
      let { tenantId: r, id: s } = JSON.parse(t.body);
      await v.deliver(r, s);
    } catch (r) {
      (console.error(
        JSON.stringify({
          level: "error",
          msg: "outbox worker failed",
          messageId: t.messageId,
          error: String(r),
        }),
      ),
        n.push({ itemIdentifier: t.messageId }));
    }
  return (await E.flush(), { batchItemFailures: n });
};
export { Qt as handler };
