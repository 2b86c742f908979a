import * as v from "valibot";
import { describeRoute } from "hono-openapi";
import { Account } from "../../core/account";
import { Audit } from "../../core/audit";
import { clientIp, createModuleApp, validate } from "../http/app";
import { doc } from "../http/docs";
import { sendFile } from "../http/file";

const ExportInput = v.object({
  personalNumbers: v.optional(
    v.boolean("주민등록번호 포함 여부는 true/false입니다."),
  ),
});
const ExportBody = v.object({
  id: v.string(),
  status: v.picklist(["building", "ready", "failed"]),
  createdAt: v.string(),
  createdBy: v.string(),
  bytes: v.number(),
  files: v.number(),
  personalNumbers: v.boolean(),
  filename: v.string(),
  expiresAt: v.string(),
  url: v.string(),
});
const ExportParam = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^exp_[0-9a-f]{32}$/, "내려받기 번호가 올바르지 않습니다."),
  ),
});
const DeletionInput = v.object({
  password: v.pipe(
    v.string("비밀번호를 입력해 주세요."),
    v.minLength(1, "비밀번호를 입력해 주세요."),
    v.maxLength(200, "비밀번호가 너무 깁니다."),
  ),
  businessName: v.pipe(
    v.string("확인을 위해 상호를 입력해 주세요."),
    v.minLength(1, "확인을 위해 상호를 입력해 주세요."),
    v.maxLength(200, "상호가 너무 깁니다."),
  ),
});
const DeletionBody = v.object({
  pending: v.boolean(),
  requestedAt: v.nullable(v.string()),
  purgeAfter: v.nullable(v.string()),
  requestedBy: v.nullable(v.string()),
});
const AuditQuery = v.object({
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^[A-Za-z0-9_-]{1,200}$/,
        "페이지 위치(cursor)가 올바르지 않습니다.",
      ),
    ),
  ),
});
const AuditBody = v.object({
  items: v.array(
    v.object({
      id: v.string(),
      at: v.string(),
      action: v.string(),
      label: v.string(),
      userId: v.string(),
      userName: v.optional(v.string()),
      userEmail: v.optional(v.string()),
      ip: v.optional(v.string()),
      detail: v.record(v.string(), v.unknown()),
    }),
  ),
  cursor: v.nullable(v.string()),
});

export const accountApp = createModuleApp("account")
  .post(
    "/api/account/exports",
    doc(
      "account",
      "내 데이터 내려받기: 사업장의 모든 자료를 zip으로 만들기 시작 (대표만, 7일 보관). 만드는 동안 status는 building, 다 되면 ready. 같은 선택으로 이미 만드는 중이면 그 작업을 돌려줌",
      ExportBody,
      202,
    ),
    validate("json", ExportInput),
    async (c) => {
      const input = c.req.valid("json") as v.InferOutput<typeof ExportInput>;
      return c.json(await Account.createExport(input, clientIp(c)), 202);
    },
  )
  .get(
    "/api/account/exports",
    doc(
      "account",
      "최근 7일의 내려받기 (최근 순, 대표만)",
      v.object({ items: v.array(ExportBody) }),
    ),
    async (c) => c.json({ items: await Account.listExports() }),
  )
  .get(
    "/api/account/exports/:id",
    doc(
      "account",
      "내려받기 하나: 만드는 중인지, 다 됐는지 (대표만)",
      ExportBody,
    ),
    validate("param", ExportParam),
    async (c) => {
      const { id } = c.req.valid("param") as v.InferOutput<typeof ExportParam>;
      return c.json(await Account.getExport(id));
    },
  )
  .get(
    "/api/account/exports/:id/download",
    describeRoute({
      tags: ["account"],
      summary:
        "만든 zip 내려받기 (로컬: 파일, AWS: 15분짜리 S3 주소로 302 이동)",
      responses: {
        200: {
          description: "zip 파일",
          content: {
            "application/zip": {
              schema: { type: "string" as const, format: "binary" },
            },
          },
        },
        302: { description: "S3 내려받기 주소로 이동" },
      },
    }),
    validate("param", ExportParam),
    async (c) => {
      const { id } = c.req.valid("param") as v.InferOutput<typeof ExportParam>;
      const file = await Account.openExport(id);
      if ("url" in file) return c.redirect(file.url, 302);
      return sendFile(c, {
        filename: file.filename,
        body: file.bytes,
        contentType: "application/zip",
      });
    },
  )
  .get(
    "/api/account/deletion",
    doc("account", "계정 삭제 요청 상태 (대표만)", DeletionBody),
    async (c) => c.json(await Account.deletionStatus()),
  )
  .post(
    "/api/account/deletion",
    doc(
      "account",
      "계정 삭제 요청: 비밀번호와 상호를 다시 입력, 30일 뒤 모든 자료 삭제 (대표만)",
      DeletionBody,
    ),
    validate("json", DeletionInput),
    async (c) => {
      const input = c.req.valid("json") as v.InferOutput<typeof DeletionInput>;
      return c.json(await Account.requestDeletion(input, clientIp(c)));
    },
  )
  .post(
    "/api/account/deletion/cancel",
    doc("account", "계정 삭제 취소 (30일 안, 대표만)", DeletionBody),
    async (c) => c.json(await Account.cancelDeletion(clientIp(c))),
  )
  .get(
    "/api/audit",
    doc(
      "account",
      "감사 기록: 로그인, 구성원, 내려받기, 발급·확정 (최근 순, 대표만)",
      AuditBody,
    ),
    validate("query", AuditQuery),
    async (c) => {
      const { cursor } = c.req.valid("query") as v.InferOutput<
        typeof AuditQuery
      >;
      return c.json(await Audit.list(cursor));
    },
  );
