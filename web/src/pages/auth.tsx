import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createResource, createSignal, Match, Show, Switch } from "solid-js";
import {
  AcceptInviteInput,
  LoginInput,
  ResetConfirmInput,
  ResetRequestInput,
  ROLE_LABEL,
  type Role,
} from "../../../core/auth/schema";
import { api, type Brand, type Me } from "../data/api";
import { t } from "../i18n";
import { useSession } from "../session";
import { AuthShell } from "../ui/shell";
import { createForm, Field, FormError, Submit } from "../ui/form";

const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v) ?? "";

export function SignupDone() {
  const [params] = useSearchParams();
  return (
    <AuthShell title={t("인증 메일을 보냈습니다")}>
      <p data-testid="signup-done">
        <strong>{one(params.email)}</strong>(으)로 인증 메일을 보냈습니다.
        메일의 <b>이메일 인증하기</b> 버튼을 누르면 가입이 끝납니다.
      </p>
      <p class="muted">
        메일이 보이지 않으면 스팸함을 확인해 주세요. 링크는 24시간 동안
        유효합니다.
      </p>
      <p class="alt">
        <A href="/login">{t("로그인")}</A>
      </p>
    </AuthShell>
  );
}

export function Verify() {
  const [params] = useSearchParams();
  const [result] = createResource(
    () => one(params.token),
    (token) => api("POST", "/auth/verify", { token }).then(() => "ok" as const),
  );
  return (
    <AuthShell title={t("이메일 인증")}>
      <Switch>
        <Match when={result.loading}>
          <p>{t("인증하는 중…")}</p>
        </Match>
        <Match when={result.error}>
          <p class="form-error" role="alert">
            {(result.error as Error).message}
          </p>
        </Match>
        <Match when={result() === "ok"}>
          <p data-testid="verified">
            {t("인증이 완료되었습니다. 로그인해 주세요.")}
          </p>
          <A class="button primary" href="/login">
            {t("로그인")}
          </A>
        </Match>
      </Switch>
    </AuthShell>
  );
}

export function Login(props: { brand?: Brand | null }) {
  const session = useSession();
  const navigate = useNavigate();
  const form = createForm(
    { email: "", password: "" },
    LoginInput,
    async (values) => {
      session.set(await api<Me>("POST", "/auth/login", values));
      navigate("/dashboard", { replace: true });
    },
  );
  return (
    <AuthShell title={t("로그인")} brand={props.brand}>
      <form onSubmit={form.submit} novalidate>
        <FormError message={form.formError()} />
        <Field
          label={t("이메일")}
          name="email"
          type="email"
          autocomplete="email"
          value={form.values.email}
          onInput={(e) => form.set("email", e.currentTarget.value)}
          error={form.errors().email}
        />
        <Field
          label={t("비밀번호")}
          name="password"
          type="password"
          autocomplete="current-password"
          value={form.values.password}
          onInput={(e) => form.set("password", e.currentTarget.value)}
          error={form.errors().password}
        />
        <Submit busy={form.busy()} label={t("로그인")} />
      </form>
      <p class="alt">
        <A href="/reset">{t("비밀번호 찾기")}</A> · {t("계정이 없으신가요?")}{" "}
        <A href="/signup">{t("회원가입")}</A>
      </p>
    </AuthShell>
  );
}

export function Reset() {
  const [params] = useSearchParams();
  const token = () => one(params.token);
  const [done, setDone] = createSignal("");
  const request = createForm(
    { email: "" },
    ResetRequestInput,
    async (values) => {
      await api("POST", "/auth/password-reset", values);
      setDone(
        t("입력한 주소로 가입된 계정이 있으면 재설정 메일을 보냈습니다."),
      );
    },
  );
  const confirm = createForm(
    { token: token(), password: "" },
    ResetConfirmInput,
    async (values) => {
      await api("POST", "/auth/password-reset/confirm", values);
      setDone(t("비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요."));
    },
  );
  return (
    <AuthShell title={t("비밀번호 찾기")}>
      <Show
        when={!done()}
        fallback={
          <>
            <p role="status" data-testid="reset-done">
              {done()}
            </p>
            <A href="/login">{t("로그인")}</A>
          </>
        }
      >
        <Show
          when={token()}
          fallback={
            <form onSubmit={request.submit} novalidate>
              <FormError message={request.formError()} />
              <Field
                label={t("이메일")}
                name="email"
                type="email"
                autocomplete="email"
                value={request.values.email}
                onInput={(e) => request.set("email", e.currentTarget.value)}
                error={request.errors().email}
              />
              <Submit busy={request.busy()} label={t("재설정 메일 보내기")} />
            </form>
          }
        >
          <form onSubmit={confirm.submit} novalidate>
            <FormError message={confirm.formError()} />
            <Field
              label={t("새 비밀번호")}
              name="password"
              type="password"
              autocomplete="new-password"
              value={confirm.values.password}
              onInput={(e) => confirm.set("password", e.currentTarget.value)}
              error={confirm.errors().password}
            />
            <Submit busy={confirm.busy()} label={t("저장")} />
          </form>
        </Show>
      </Show>
    </AuthShell>
  );
}

export function Invite() {
  const [params] = useSearchParams();
  const session = useSession();
  const navigate = useNavigate();
  const [info] = createResource(
    () => one(params.token),
    (token) =>
      api<{ email: string; businessName: string; role: Role }>(
        "GET",
        `/auth/invite?token=${encodeURIComponent(token)}`,
      ),
  );
  const form = createForm(
    { token: one(params.token), name: "", password: "" },
    AcceptInviteInput,
    async (values) => {
      session.set(await api<Me>("POST", "/auth/invite/accept", values));
      navigate("/dashboard", { replace: true });
    },
  );
  return (
    <AuthShell title={t("초대 수락")}>
      <Show
        when={!info.error}
        fallback={
          <p class="form-error" role="alert">
            {(info.error as Error)?.message}
          </p>
        }
      >
        <Show when={info()}>
          {(i) => (
            <p>
              <strong>{i().businessName}</strong>에서{" "}
              <strong>{i().email}</strong> 님을 {ROLE_LABEL[i().role]}(으)로
              초대했습니다.
            </p>
          )}
        </Show>
        <form onSubmit={form.submit} novalidate>
          <FormError message={form.formError()} />
          <Field
            label={t("이름")}
            name="name"
            autocomplete="name"
            value={form.values.name}
            onInput={(e) => form.set("name", e.currentTarget.value)}
            error={form.errors().name}
          />
          <Field
            label={t("비밀번호")}
            name="password"
            type="password"
            autocomplete="new-password"
            value={form.values.password}
            onInput={(e) => form.set("password", e.currentTarget.value)}
            error={form.errors().password}
          />
          <Submit busy={form.busy()} label={t("초대 수락")} />
        </form>
      </Show>
    </AuthShell>
  );
}
