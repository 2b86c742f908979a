import * as v from "valibot";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import { Auth } from "../../core/auth";
import { SESSION_DAYS } from "../../core/auth";
import {
  AcceptInviteInput,
  LoginInput,
  ResetConfirmInput,
  ResetRequestInput,
  SignupInput,
  VerifyInput,
} from "../../core/auth/schema";
import {
  clientIp,
  createModuleApp,
  isLocal,
  SESSION_COOKIE,
  validate,
  type Env,
} from "../http/app";
import { doc, Ok } from "../http/docs";
import { Slug } from "../../core/reseller/schema";
import { Brand } from "../../core/reseller/brand";
import { VisibleError } from "../../core/error";

export const BrandBody = v.object({
  slug: v.string(),
  displayName: v.string(),
  logo: v.nullable(v.string()),
  primaryColor: v.string(),
  accentColor: v.string(),
  supportPhone: v.string(),
  supportEmail: v.string(),
});

const SsoInput = v.object({
  slug: Slug,
  token: v.pipe(
    v.string("로그인 링크가 올바르지 않습니다."),
    v.maxLength(2100, "로그인 링크가 올바르지 않습니다."),
  ),
});

export const MeBody = v.object({
  user: v.object({
    id: v.string(),
    email: v.string(),
    name: v.string(),
    role: v.string(),
  }),
  tenant: v.object({
    id: v.string(),
    businessName: v.string(),
    industry: v.string(),
    plan: v.object({ id: v.string(), name: v.string(), priceKrw: v.number() }),
    deletion: v.optional(
      v.object({ requestedAt: v.string(), purgeAfter: v.string() }),
    ),
  }),
  brand: v.nullable(BrandBody),
  csrfToken: v.string(),
});

function startSession(c: Context<Env>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: !isLocal(),
    path: "/",
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}

export const authApp = createModuleApp("auth")
  .get(
    "/api/health",
    doc("platform", "상태 확인", v.object({ ok: v.literal(true) })),
    (c) => c.json({ ok: true as const }),
  )
  .post(
    "/api/auth/signup",
    doc(
      "auth",
      "회원가입 (인증 메일 발송)",
      v.object({ ok: v.literal(true), email: v.string() }),
      201,
    ),
    validate("json", SignupInput),
    async (c) => {
      const input = c.req.valid("json") as SignupInput;
      await Auth.signup(input, clientIp(c));
      return c.json({ ok: true as const, email: input.email }, 201);
    },
  )
  .post(
    "/api/auth/verify",
    doc("auth", "이메일 인증", Ok),
    validate("json", VerifyInput),
    async (c) => {
      await Auth.verifyEmail(
        (c.req.valid("json") as v.InferOutput<typeof VerifyInput>).token,
      );
      return c.json({ ok: true as const });
    },
  )
  .post(
    "/api/auth/login",
    doc("auth", "로그인 (세션 쿠키 발급)", MeBody),
    validate("json", LoginInput),
    async (c) => {
      const { email, password } = c.req.valid("json") as v.InferOutput<
        typeof LoginInput
      >;
      const { token, me } = await Auth.login(email, password, clientIp(c));
      startSession(c, token);
      return c.json(me);
    },
  )
  .post("/api/auth/logout", doc("auth", "로그아웃", Ok), async (c) => {
    const token = c.get("sessionToken");
    if (token) await Auth.logout(token);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.json({ ok: true as const });
  })
  .post(
    "/api/auth/password-reset",
    doc(
      "auth",
      "비밀번호 재설정 메일 요청 (가입 여부와 관계없이 같은 응답)",
      Ok,
    ),
    validate("json", ResetRequestInput),
    async (c) => {
      await Auth.requestPasswordReset(
        (c.req.valid("json") as v.InferOutput<typeof ResetRequestInput>).email,
        clientIp(c),
      );
      return c.json({ ok: true as const });
    },
  )
  .post(
    "/api/auth/password-reset/confirm",
    doc("auth", "새 비밀번호 설정", Ok),
    validate("json", ResetConfirmInput),
    async (c) => {
      const { token, password } = c.req.valid("json") as v.InferOutput<
        typeof ResetConfirmInput
      >;
      await Auth.confirmPasswordReset(token, password);
      return c.json({ ok: true as const });
    },
  )
  .get(
    "/api/auth/invite",
    doc(
      "auth",
      "초대 정보",
      v.object({
        email: v.string(),
        businessName: v.string(),
        role: v.string(),
      }),
    ),
    validate("query", VerifyInput),
    async (c) =>
      c.json(
        await Auth.inviteInfo(
          (c.req.valid("query") as v.InferOutput<typeof VerifyInput>).token,
        ),
      ),
  )
  .post(
    "/api/auth/invite/accept",
    doc("auth", "초대 수락 (로그인됨)", MeBody),
    validate("json", AcceptInviteInput),
    async (c) => {
      const { token, name, password } = c.req.valid("json") as v.InferOutput<
        typeof AcceptInviteInput
      >;
      const session = await Auth.acceptInvite(token, name, password);
      startSession(c, session.token);
      return c.json(session.me);
    },
  )
  .post(
    "/api/auth/sso",
    doc(
      "auth",
      "판매사 SSO 로그인 (한 번 쓰는 토큰 → 세션 쿠키). 토큰은 URL 조각(#token=…)으로 받아 본문으로 보냅니다.",
      MeBody,
    ),
    validate("json", SsoInput),
    async (c) => {
      const { slug, token } = c.req.valid("json") as v.InferOutput<
        typeof SsoInput
      >;
      const session = await Auth.redeemSso(token, slug, c.get("sessionToken"));
      startSession(c, session.token);
      return c.json(session.me);
    },
  )
  .get(
    "/api/auth/brand/:slug",
    doc("auth", "판매사 브랜드 (/r/<slug> 로그인 화면)", BrandBody),
    validate("param", v.object({ slug: Slug })),
    async (c) => {
      const { slug } = c.req.valid("param") as { slug: string };
      const brand = await Brand.bySlug(slug);
      if (!brand)
        throw new VisibleError(
          "not_found",
          "brand_not_found",
          "그런 판매사가 없습니다.",
        );
      return c.json(brand);
    },
  );
