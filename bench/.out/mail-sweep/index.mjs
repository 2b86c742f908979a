import { createRequire as __cr } from "module";
const require = __cr(import.meta.url);
var ye = Object.defineProperty;
var q = (e, t) => {
  for (var n in t) ye(e, n, { get: t[n], enumerable: !0 });
};
var A = {};
q(A, {
  Mail: () => A,
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
import { EventEmitter as je } from "node:events";
import {
  PutItemCommand as He,
  QueryCommand as Xe,
  TransactWriteItemsCommand as ze,
  UpdateItemCommand as Z,
} from "@aws-sdk/client-dynamodb";
import {
  DynamoDBClient as Ee,
  GetItemCommand as ct,
  TransactWriteItemsCommand as ut,
  TransactionCanceledException as mt,
  ConditionalCheckFailedException as Ie,
} from "@aws-sdk/client-dynamodb";
import { marshall as we, unmarshall as Te } from "@aws-sdk/util-dynamodb";
import { AsyncLocalStorage as be } from "node:async_hooks";
var xe = new be();
function G() {
  return xe.getStore();
}
function d() {
  return process.env.TABLE_NAME ?? "golmok";
}
var j = new Set([
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
  U;
function p() {
  if (U) return U;
  let e = process.env.DYNAMO_ENDPOINT;
  return (
    (U = new Ee({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(e
        ? {
            endpoint: e,
            credentials: { accessKeyId: "local", secretAccessKey: "local" },
          }
        : {}),
      maxAttempts: 5,
    })),
    U.middlewareStack.add(
      (t, n) => async (r) => {
        let s = n.commandName ?? "",
          o = j.has(s) || he.has(s),
          i = r.input;
        o && !i.ReturnConsumedCapacity && (i.ReturnConsumedCapacity = "TOTAL");
        let m = await t(r),
          l = G();
        if (l && o) {
          let w = [m.output.ConsumedCapacity ?? []]
            .flat()
            .reduce((C, ge) => C + (ge.CapacityUnits ?? 0), 0);
          (l.dbCalls++, j.has(s) ? (l.readUnits += w) : (l.writeUnits += w));
        }
        return m;
      },
      { step: "initialize", name: "golmokConsumedCapacity" },
    ),
    U
  );
}
function L(e) {
  return e instanceof Ie || e?.name === "ConditionalCheckFailedException";
}
function a(e) {
  return we(e, { removeUndefinedValues: !0, convertClassInstanceToMap: !1 });
}
function M(e) {
  return e ? Te(e) : void 0;
}
import { createHash as Ce } from "node:crypto";
import { AsyncLocalStorage as Se } from "node:async_hooks";
var T = class extends Error {
  constructor(n, r, s, o = {}) {
    super(s);
    this.kind = n;
    this.code = r;
    this.extra = o;
    this.name = "VisibleError";
  }
  kind;
  code;
  extra;
};
var H = new Se();
function E(e, t) {
  return H.run(e, t);
}
function Ae() {
  return H.getStore() ?? { type: "public" };
}
function b() {
  let e = Ae();
  if (e.type === "user" || (e.type === "system" && e.tenantId))
    return e.tenantId;
  throw new T(
    "unauthorized",
    "unauthenticated",
    "\uB85C\uADF8\uC778\uC774 \uD544\uC694\uD569\uB2C8\uB2E4.",
  );
}
var K = (e) => Ce("sha256").update(e).digest("base64url"),
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
    session: (e) => ({ pk: `SESSION#${K(e)}`, sk: "SESSION" }),
    token: (e) => ({ pk: `TOKEN#${K(e)}`, sk: "TOKEN" }),
    rateLimit: (e, t, n) => ({ pk: `RL#${e}#${K(t)}`, sk: String(n) }),
    outboxShard: (e) => `OUTBOX#${e}`,
  };
import P from "node:crypto";
var R = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  k = 32;
var Ue = 16,
  F = 10,
  X = 0xffffffffffff;
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
  constructor(t, n) {
    (super(`${n} (${t})`), (this.name = "ULIDError"), (this.code = t));
  }
};
function Me(e) {
  let t = Math.floor(e() * k) % k;
  return R.charAt(t);
}
function z(e, t, n) {
  return t > e.length - 1 ? e : e.substr(0, t) + n + e.substr(t + 1);
}
function Re(e) {
  let t,
    n = e.length,
    r,
    s,
    o = e,
    i = k - 1;
  for (; !t && n-- >= 0;) {
    if (((r = o[n]), (s = R.indexOf(r)), s === -1))
      throw new y(g.Base32IncorrectEncoding, "Incorrectly encoded string");
    if (s === i) {
      o = z(o, n, R[0]);
      continue;
    }
    t = z(o, n, R[s + 1]);
  }
  if (typeof t == "string") return t;
  throw new y(g.Base32IncorrectEncoding, "Failed incrementing string");
}
function ke(e) {
  let t = Ne(),
    n = (t && (t.crypto || t.msCrypto)) || (typeof P < "u" ? P : null);
  if (typeof n?.getRandomValues == "function")
    return () => {
      let r = new Uint8Array(1);
      return (n.getRandomValues(r), r[0] / 256);
    };
  if (typeof n?.randomBytes == "function")
    return () => n.randomBytes(1).readUInt8() / 256;
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
function _e(e, t) {
  let n = "";
  for (; e > 0; e--) n = Me(t) + n;
  return n;
}
function Q(e, t = F) {
  if (isNaN(e))
    throw new y(g.EncodeTimeValueMalformed, `Time must be a number: ${e}`);
  if (e > X)
    throw new y(
      g.EncodeTimeSizeExceeded,
      `Cannot encode a time larger than ${X}: ${e}`,
    );
  if (e < 0) throw new y(g.EncodeTimeNegative, `Time must be positive: ${e}`);
  if (Number.isInteger(e) === !1)
    throw new y(g.EncodeTimeValueMalformed, `Time must be an integer: ${e}`);
  let n,
    r = "";
  for (let s = t; s > 0; s--)
    ((n = e % k), (r = R.charAt(n) + r), (e = (e - n) / k));
  return r;
}
function ve() {
  return typeof WorkerGlobalScope < "u" && self instanceof WorkerGlobalScope;
}
function J(e) {
  let t = e || ke(),
    n = 0,
    r;
  return function (o) {
    let i = !o || isNaN(o) ? Date.now() : o;
    if (i <= n) {
      let l = (r = Re(r));
      return Q(n, F) + l;
    }
    n = i;
    let m = (r = _e(Ue, t));
    return Q(i, F) + m;
  };
}
var De = J();
function Y(e) {
  return `${e}_${De().toLowerCase()}`;
}
var v = {};
q(v, {
  Metering: () => v,
  assertWithinQuota: () => Ze,
  billableUpdate: () => Be,
  clearCache: () => Ge,
  current: () => ie,
  flush: () => $,
  flushIfDue: () => Ke,
  record: () => Le,
});
import {
  GetItemCommand as qe,
  UpdateItemCommand as ne,
} from "@aws-sdk/client-dynamodb";
var I = {};
q(I, {
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
function $e(e, t) {
  return ([...V].reverse().find((r) => r.from <= t) ?? V[0]).plans[e];
}
function Oe(e, t, n) {
  for (let r of Object.keys(e.quotas)) {
    let s = e.quotas[r];
    if (s !== null && (t[r] ?? 0) + (n[r] ?? 0) > s) return r;
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
  let [t, n] = e.split("-").map(Number);
  return new Date(Date.UTC(t, n, 1) - 324e5).toISOString();
}
function ee(e) {
  let t = new Date(Date.parse(e) + 324e5);
  return `${t.getUTCMonth() + 1}\uC6D4 ${t.getUTCDate()}\uC77C 0\uC2DC`;
}
var re = Number(process.env.METER_FLUSH_EVERY ?? 200),
  se = Number(process.env.METER_FLUSH_MS ?? 1e4),
  x = new Map(),
  h = 0,
  oe = 0,
  S,
  _;
function Le(e, t, n, r = u()) {
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
    (i.dbReadUnits += n.readUnits),
    (i.dbWriteUnits += n.writeUnits),
    (i.modules[t] = (i.modules[t] ?? 0) + 1),
    h === 0 && (oe = r),
    h++,
    h >= re
      ? $()
      : S ||
        ((S = setTimeout(() => {
          $();
        }, se)),
        S.unref()));
}
async function Ke(e = u()) {
  (h >= re || (h > 0 && e - oe >= se)) && (await $());
}
async function $() {
  (_ && (await _), S && clearTimeout(S), (S = void 0));
  let e = [...x.values()];
  if ((x.clear(), (h = 0), e.length !== 0)) {
    _ = (async () => {
      let t = [];
      await Promise.all(
        e.map(async (n) => {
          try {
            await E({ type: "system", tenantId: n.tenantId }, () => Fe(n));
          } catch (r) {
            (t.push(n),
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
      for (let n of t) {
        let r = `${n.tenantId}|${n.month}`,
          s = x.get(r);
        if (!s) x.set(r, n);
        else {
          ((s.requests += n.requests),
            (s.dbReadUnits += n.dbReadUnits),
            (s.dbWriteUnits += n.dbWriteUnits));
          for (let [o, i] of Object.entries(n.modules))
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
async function Fe(e) {
  let t = { "#mod": "byModule" },
    n = { ":r": e.requests, ":ru": e.dbReadUnits, ":wu": e.dbWriteUnits },
    r = Object.entries(e.modules).map(
      ([s, o], i) => (
        (t[`#m${i}`] = s),
        (n[`:m${i}`] = o),
        `#mod.#m${i} :m${i}`
      ),
    );
  (await Ve(e.month),
    await p().send(
      new ne({
        TableName: d(),
        Key: a(c.usage(e.month)),
        UpdateExpression: `ADD requests :r, dbReadUnits :ru, dbWriteUnits :wu${r.length ? ", " + r.join(", ") : ""}`,
        ExpressionAttributeNames: t,
        ExpressionAttributeValues: a(n),
      }),
    ));
}
var te = new Set();
async function Ve(e) {
  let t = c.usage(e),
    n = `${t.pk}|${t.sk}`;
  te.has(n) ||
    (await p()
      .send(
        new ne({
          TableName: d(),
          Key: a(t),
          UpdateExpression: "SET byModule = if_not_exists(byModule, :empty)",
          ExpressionAttributeValues: a({ ":empty": {} }),
        }),
      )
      .catch(() => {}),
    te.add(n));
}
function Be(e, t = 1, n = N()) {
  return {
    Update: {
      TableName: d(),
      Key: a(c.usage(n)),
      UpdateExpression: "ADD #metric :n",
      ExpressionAttributeNames: { "#metric": e },
      ExpressionAttributeValues: a({ ":n": t }),
    },
  };
}
async function ie(e = N()) {
  let t = await p().send(
      new qe({ TableName: d(), Key: a(c.usage(e)), ConsistentRead: !0 }),
    ),
    n = M(t.Item) ?? {},
    r = x.get(`${b()}|${e}`);
  return {
    requests: (n.requests ?? 0) + (r?.requests ?? 0),
    dbReadUnits: (n.dbReadUnits ?? 0) + (r?.dbReadUnits ?? 0),
    dbWriteUnits: (n.dbWriteUnits ?? 0) + (r?.dbWriteUnits ?? 0),
    emails: n.emails ?? 0,
    payslips: n.payslips ?? 0,
    byModule: n.byModule ?? {},
  };
}
var We = 3e4,
  W = new Map();
async function Ze(e, t) {
  let n = N(),
    s = `${b()}|${n}`,
    o = W.get(s),
    i = Object.keys(t).some((C) => C !== "requests");
  (!o || u() - o.at > We || i) &&
    ((o = { at: u(), usage: await ie(n) }), W.set(s, o));
  let m = x.get(s),
    l = {
      ...o.usage,
      requests: Math.max(o.usage.requests ?? 0, m?.requests ?? 0),
    },
    D = I.get(e, n),
    w = I.exceeded(D, l, t);
  if (w) {
    let { label: C } = I.METRIC_LABEL[w];
    throw new T(
      "quota_exceeded",
      "quota_exceeded",
      `${D.name} \uC694\uAE08\uC81C\uC758 \uC774\uBC88 \uB2EC ${C} \uD55C\uB3C4(${D.quotas[w].toLocaleString("ko-KR")})\uB97C \uBAA8\uB450 \uC0AC\uC6A9\uD588\uC2B5\uB2C8\uB2E4. ${ee(B(n))}\uC5D0 \uCD08\uAE30\uD654\uB429\uB2C8\uB2E4.`,
      { retryAfterSeconds: Math.ceil((Date.parse(B(n)) - u()) / 1e3) },
    );
  }
}
function Ge() {
  W.clear();
}
var ce = 4,
  ae = 6e4,
  Qe = 10,
  Je = () => Number(process.env.MAIL_RETRY_BASE_MS ?? 3e4),
  ue = new je();
function me(e) {
  let t = Y("mail"),
    n = b(),
    r = u(),
    s = t.charCodeAt(t.length - 1) % ce,
    o = {
      ...c.mail(t),
      ...e,
      id: t,
      tenantId: n,
      status: "pending",
      attempts: 0,
      createdAt: new Date(r).toISOString(),
      nextAttemptAt: r,
      gsi1pk: c.outboxShard(s),
      gsi1sk: `${String(r).padStart(15, "0")}#${t}`,
    };
  return {
    id: t,
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
  let { id: t, put: n } = me(e);
  return (await p().send(new He(n.Put)), await le(t), t);
}
var de;
async function le(e) {
  let t = b(),
    n = process.env.OUTBOX_QUEUE_URL;
  if (n) {
    let { SQSClient: r, SendMessageCommand: s } =
      await import("@aws-sdk/client-sqs");
    ((de ??= new r({})),
      await de
        .send(
          new s({
            QueueUrl: n,
            MessageBody: JSON.stringify({ tenantId: t, id: e }),
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
  } else ue.emit("queued", { tenantId: t, id: e });
}
var O;
async function et() {
  let { SESv2Client: e } = await import("@aws-sdk/client-sesv2"),
    t = process.env.SES_ENDPOINT;
  return (
    (O ??= new e({
      region: process.env.AWS_REGION ?? "ap-northeast-2",
      ...(t
        ? {
            endpoint: t,
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
async function pe(e, t) {
  return E({ type: "system", tenantId: e }, async () => {
    let n = u(),
      r;
    try {
      let s = await p().send(
        new Z({
          TableName: d(),
          Key: a(c.mail(t)),
          UpdateExpression:
            "SET nextAttemptAt = :lease, gsi1sk = :gsk ADD attempts :one",
          ConditionExpression: "#s = :pending AND nextAttemptAt <= :now",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: a({
            ":lease": n + ae,
            ":gsk": `${String(n + ae).padStart(15, "0")}#${t}`,
            ":one": 1,
            ":pending": "pending",
            ":now": n,
          }),
          ReturnValues: "ALL_NEW",
        }),
      );
      r = M(s.Attributes);
    } catch (s) {
      if (L(s)) return "skipped";
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
              { Name: "outboxId", Value: t },
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
                Headers: [{ Name: "X-Golmok-Outbox-Id", Value: t }],
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
          new ze({
            TransactItems: [
              {
                Update: {
                  TableName: d(),
                  Key: a(c.mail(t)),
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
              v.billableUpdate("emails", 1),
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
          ].includes(o) || r.attempts >= Qe,
        l = u() + Math.min(Je() * 2 ** (r.attempts - 1), 36e5);
      return (
        console.error(
          JSON.stringify({
            level: "warn",
            msg: "mail send failed",
            id: t,
            attempts: r.attempts,
            error: o,
          }),
        ),
        await p().send(
          new Z({
            TableName: d(),
            Key: a(c.mail(t)),
            UpdateExpression: m
              ? "SET #s = :failed, lastError = :e REMOVE gsi1pk, gsi1sk"
              : "SET nextAttemptAt = :next, gsi1sk = :gsk, lastError = :e",
            ExpressionAttributeNames: m ? { "#s": "status" } : void 0,
            ExpressionAttributeValues: a(
              m
                ? { ":failed": "failed", ":e": o }
                : {
                    ":next": l,
                    ":gsk": `${String(l).padStart(15, "0")}#${t}`,
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
async function fe(e = 50, t = u()) {
  let n = [];
  for (let r = 0; r < ce; r++) {
    let s = await p().send(
      new Xe({
        TableName: d(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk AND gsi1sk <= :now",
        ExpressionAttributeValues: a({
          ":pk": c.outboxShard(r),
          ":now": `${String(t).padStart(15, "0")}~`,
        }),
        Limit: e,
      }),
    );
    for (let o of s.Items ?? []) {
      let i = M(o);
      n.push({ tenantId: i.tenantId, id: i.id });
    }
  }
  return n;
}
async function nt() {
  let e = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (let { tenantId: t, id: n } of await fe()) e[await pe(t, n)]++;
  return e;
}
async function rt(e, t, n, r, s = "") {
  await E({ type: "system", tenantId: e }, () =>
    p()
      .send(
        new Z({
          TableName: d(),
          Key: a(c.mail(t)),
          UpdateExpression: "SET #e = :at, lastEvent = :ev, eventDetail = :d",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: { "#e": `${n}At` },
          ExpressionAttributeValues: a({
            ":at": r,
            ":ev": n,
            ":d": s.slice(0, 500),
          }),
        }),
      )
      .catch((o) => {
        if (!L(o)) throw o;
      }),
  );
}
var jt = async () => {
  let e = await A.due(200);
  for (let { tenantId: t, id: n } of e)
    await E({ type: "system", tenantId: t }, () => A.notify(n));
  return { requeued: e.length };
};
export { jt as handler };
