// `npm run admin -- <command>`: the Golmok platform admin's commands against the local stack's
// DynamoDB (the running `npm start`, or .data/ directly), like `npm run seed`.
//
//   reseller create --name <이름> --kind isp|coop|other --share <%> --slug <slug> --admin-email <e-mail> [--admin-name <이름>]
//   reseller admin add --reseller <rsl_…|slug> --email <e-mail> [--name <이름>]
//   reseller admin reinvite --reseller <rsl_…|slug> --email <e-mail>   (a fresh set-password link)
//   key create --admin-email <e-mail> --name <키 이름> --scopes tenants:read,tenants:write
//   key list --admin-email <e-mail>
//   key revoke --admin-email <e-mail> --id <key_…>
//
// Each admin gets an e-mail with a link to set the console password (/console/password, 7 days).
// The key commands act as the named reseller admin (the console's API keys page does the same).
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { withActor } from "../core/actor";
import { ensureTable } from "../core/db/bootstrap";
import { VisibleError } from "../core/error";
import { Reseller } from "../core/reseller";
import { ApiKey } from "../core/reseller/key";
import { ResellerAdmin } from "../core/reseller/admin";
import { Email, LIMITS } from "../core/auth/schema";
import { requiredText } from "../core/validation";
import { ApiKeyInput, ResellerInput } from "../core/reseller/schema";
import { RESELLER_KIND_LABEL } from "../core/reseller/schema";

const USAGE = `사용법:
  npm run admin -- reseller create --name <이름> --kind isp|coop|other --share <수익 배분 %> --slug <slug> --admin-email <이메일> [--admin-name <이름>]
  npm run admin -- reseller admin add --reseller <rsl_… 또는 slug> --email <이메일> [--name <이름>]
  npm run admin -- reseller admin reinvite --reseller <rsl_… 또는 slug> --email <이메일>
  npm run admin -- key create --admin-email <이메일> --name <키 이름> --scopes tenants:read,tenants:write,statements:read,sso:write
  npm run admin -- key list --admin-email <이메일>
  npm run admin -- key revoke --admin-email <이메일> --id <key_…>`;

class UsageError extends Error {}

function parsed<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
): v.InferOutput<T> {
  const r = v.safeParse(schema, input);
  if (!r.success)
    throw new UsageError(
      r.issues
        .map((i) => {
          const path = i.path?.map((p) => String(p.key)).join(".");
          return `${path ? `${path}: ` : ""}${i.message}`;
        })
        .join("\n"),
    );
  return r.output;
}

/** Runs one admin command; returns what it prints. Throws UsageError / VisibleError. */
export async function admin(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      kind: { type: "string" },
      share: { type: "string" },
      slug: { type: "string" },
      "admin-email": { type: "string" },
      "admin-name": { type: "string" },
      scopes: { type: "string" },
      id: { type: "string" },
      reseller: { type: "string" },
      email: { type: "string" },
    },
  });
  const [noun, verb] = positionals;
  if (noun === "reseller" && verb === "create") {
    const share = Number(values.share);
    if (values.share === undefined || !Number.isFinite(share))
      throw new UsageError(
        "--share: 수익 배분율(%)을 숫자로 주세요. 예: --share 20",
      );
    const input = parsed(ResellerInput, {
      name: values.name,
      kind: values.kind,
      shareBps: Math.round(share * 100),
      slug: values.slug,
      adminEmail: values["admin-email"],
      ...(values["admin-name"] ? { adminName: values["admin-name"] } : {}),
    });
    const { reseller, adminId } = await withActor({ type: "system" }, () =>
      Reseller.create(input),
    );
    return [
      `판매사를 만들었습니다: ${reseller.name} (${RESELLER_KIND_LABEL[reseller.kind]}, 수익 배분 ${reseller.shareBps / 100}%)`,
      `  id: ${reseller.id}`,
      `  slug: ${reseller.slug}`,
      `  관리자: ${input.adminEmail} (${adminId}) — 콘솔 비밀번호를 정하는 메일을 보냈습니다`,
    ].join("\n");
  }
  if (noun === "reseller" && verb === "admin" && positionals[2] === "add") {
    if (!values.reseller)
      throw new UsageError(
        "--reseller: 판매사의 id(rsl_…) 또는 slug를 주세요.",
      );
    const input = parsed(
      v.object({
        email: Email,
        name: v.optional(requiredText("관리자 이름", LIMITS.name), "관리자"),
      }),
      { email: values.email, ...(values.name ? { name: values.name } : {}) },
    );
    const { resellerId, adminId } = await withActor({ type: "system" }, () =>
      ResellerAdmin.add(values.reseller!, input.email, input.name),
    );
    return [
      `판매사 관리자를 추가했습니다: ${input.email} (${adminId}, 판매사 ${resellerId})`,
      "콘솔 비밀번호를 정하는 메일을 보냈습니다 (링크는 7일 동안 한 번만 쓸 수 있습니다).",
    ].join("\n");
  }
  if (
    noun === "reseller" &&
    verb === "admin" &&
    positionals[2] === "reinvite"
  ) {
    if (!values.reseller)
      throw new UsageError(
        "--reseller: 판매사의 id(rsl_…) 또는 slug를 주세요.",
      );
    const { email } = parsed(v.object({ email: Email }), {
      email: values.email,
    });
    const { resellerId, adminId } = await withActor({ type: "system" }, () =>
      ResellerAdmin.reinvite(values.reseller!, email),
    );
    return [
      `판매사 관리자 초대를 다시 보냈습니다: ${email} (${adminId}, 판매사 ${resellerId})`,
      "새 링크는 7일 동안 한 번만 쓸 수 있습니다.",
    ].join("\n");
  }
  if (noun === "key" && ["create", "list", "revoke"].includes(verb ?? "")) {
    const email = values["admin-email"];
    if (!email)
      throw new UsageError("--admin-email: 판매사 관리자의 이메일을 주세요.");
    const actor = await Reseller.adminActor(email.trim().toLowerCase());
    return withActor(actor, async () => {
      if (verb === "create") {
        const input = parsed(ApiKeyInput, {
          name: values.name,
          scopes: (values.scopes ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        });
        const k = await ApiKey.create(input);
        return [
          `API 키를 만들었습니다: ${k.name} (${k.id}, 권한 ${k.scopes.join(", ")})`,
          `  ${k.key}`,
          "이 키는 지금 한 번만 보여 줍니다. 안전한 곳에 보관하세요.",
        ].join("\n");
      }
      if (verb === "list") {
        const keys = await ApiKey.list();
        if (!keys.length) return "API 키가 없습니다.";
        return keys
          .map(
            (k) =>
              `${k.id}  ${k.name}  [${k.scopes.join(", ")}]  만든 때 ${k.createdAt}  마지막 사용 ${k.lastUsedAt ?? "-"}${k.revokedAt ? `  폐기 ${k.revokedAt}` : ""}`,
          )
          .join("\n");
      }
      if (!values.id)
        throw new UsageError("--id: 폐기할 키의 id(key_…)를 주세요.");
      const k = await ApiKey.revoke(values.id);
      return `API 키를 폐기했습니다: ${k.name} (${k.id})`;
    });
  }
  throw new UsageError(USAGE);
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const { connectLocalData } = await import("../functions/local/connect");
  const { stop } = await connectLocalData();
  let code = 0;
  try {
    await ensureTable();
    console.log(await admin(process.argv.slice(2)));
  } catch (err) {
    code = 1;
    if (err instanceof UsageError || err instanceof VisibleError)
      console.error(err.message);
    else throw err;
  } finally {
    await stop?.();
  }
  process.exit(code);
}
