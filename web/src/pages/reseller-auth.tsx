// 판매사 콘솔 (reseller console): its own API wrapper, session and shell. The console's session is
// a cookie of its own (golmok_console, path /api/reseller-console) with its own CSRF token; the
// shop app's session is never used here, nor this one there.
import { A, Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import {
  createResource,
  createSignal,
  Match,
  Show,
  Switch,
  type JSX,
} from "solid-js";
import * as v from "valibot";
import { ResetConfirmInput } from "../../../core/auth/schema";
import { ApiError } from "../data/api";
import { t } from "../i18n";
import { AuthShell, LocaleToggle } from "../ui/shell";
import { createForm, Field, FormError, Submit } from "../ui/form";

export interface ConsoleMe {
  admin: { id: string; email: string; name: string };
  reseller: {
    id: string;
    name: string;
    kind: string;
    kindLabel: string;
    slug: string;
    shareBps: number;
  };
  csrfToken: string;
}

let csrf = "";

/** JSON in and out against /api/reseller-console, the console's CSRF header on writes. */
export async function capi<T>(
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrf) headers["x-csrf-token"] = csrf;
  let res: Response;
  try {
    res = await fetch(`/api/reseller-console${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      "network",
      "서버에 연결할 수 없습니다. 인터넷 연결을 확인해 주세요.",
    );
  }
  const data = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (res.status === 401 && path !== "/login") setMe(null);
    throw new ApiError(
      res.status,
      data?.code ?? "unknown",
      data?.message ?? "일시적인 오류가 발생했습니다.",
      data?.fields ?? [],
    );
  }
  return data as T;
}

export const errorText = (err: unknown) =>
  err instanceof ApiError
    ? err.message
    : t("일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");

// One session for every console page: loaded once, set by login, cleared by logout or a 401.
const [me, setMeSignal] = createSignal<ConsoleMe | null | undefined>(undefined);
function setMe(next: ConsoleMe | null) {
  csrf = next?.csrfToken ?? "";
  setMeSignal(next);
}
/** The signed-in admin and reseller (undefined while loading, null when signed out). */
export const consoleMe = me;
let loading: Promise<void> | undefined;
function ensureMe() {
  loading ??= capi<ConsoleMe>("GET", "/me")
    .then(setMe)
    .catch(() => setMe(null));
}

export const LoginInput = v.object({
  email: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty("이메일을 입력해 주세요."),
    v.email("이메일 형식이 올바르지 않습니다."),
  ),
  password: v.pipe(v.string(), v.nonEmpty("비밀번호를 입력해 주세요.")),
});

export function ConsoleLogin() {
  const navigate = useNavigate();
  const form = createForm(
    { email: "", password: "" },
    LoginInput,
    async (values) => {
      setMe(await capi<ConsoleMe>("POST", "/login", values));
      loading = Promise.resolve();
      navigate("/console", { replace: true });
    },
  );
  return (
    <AuthShell title={t("판매사 콘솔 로그인")}>
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
      <p class="muted">
        {t(
          "통신사·조합·협회 등 판매사 관리자용입니다. 가게 사장님은 골목 로그인을 이용해 주세요.",
        )}{" "}
        <A href="/login">{t("골목 로그인")}</A>
      </p>
    </AuthShell>
  );
}

/** The e-mailed link: choose the console password. */
export function ConsolePassword() {
  const [params] = useSearchParams();
  const token = () =>
    (Array.isArray(params.token) ? params.token[0] : params.token) ?? "";
  const [info] = createResource(token, (tk) =>
    capi<{ email: string; resellerName: string }>(
      "GET",
      `/password?token=${encodeURIComponent(tk)}`,
    ),
  );
  const [done, setDone] = createSignal(false);
  const form = createForm(
    { token: "", password: "" },
    ResetConfirmInput,
    async (values) => {
      await capi("POST", "/password", values);
      setDone(true);
    },
  );
  return (
    <AuthShell title={t("판매사 콘솔 비밀번호 정하기")}>
      <Switch>
        <Match when={done()}>
          <p data-testid="password-set">
            {t("비밀번호를 정했습니다. 로그인해 주세요.")}
          </p>
          <A class="button primary" href="/console/login">
            {t("로그인")}
          </A>
        </Match>
        <Match when={info.error}>
          <p class="form-error" role="alert">
            {errorText(info.error)}
          </p>
        </Match>
        <Match when={info()}>
          {(i) => (
            <form
              onSubmit={(e) => {
                form.set("token", token());
                return form.submit(e);
              }}
              novalidate
            >
              <p>
                <strong>{i().resellerName}</strong> · {i().email}
              </p>
              <FormError message={form.formError()} />
              <Field
                label={t("새 비밀번호")}
                name="password"
                type="password"
                autocomplete="new-password"
                hint={t("8자 이상, 영문·숫자·특수문자 중 두 종류 이상")}
                value={form.values.password}
                onInput={(e) => form.set("password", e.currentTarget.value)}
                error={form.errors().password}
              />
              <Submit busy={form.busy()} label={t("비밀번호 정하기")} />
            </form>
          )}
        </Match>
      </Switch>
    </AuthShell>
  );
}

/** Signed-in console pages: the reseller's name, the console's tabs, log out. */
export function ConsoleShell(props: { children: JSX.Element }) {
  ensureMe();
  const navigate = useNavigate();
  const logout = async () => {
    await capi("POST", "/logout").catch(() => undefined);
    setMe(null);
    navigate("/console/login", { replace: true });
  };
  return (
    <Show when={me() !== undefined} fallback={<p class="loading">…</p>}>
      <Show when={me()} fallback={<Navigate href="/console/login" />}>
        {(m) => (
          <div class="app">
            <header class="top">
              <A href="/console" class="brand">
                골목
              </A>
              <span class="biz" data-testid="reseller-name">
                {m().reseller.name}
                <span class="muted"> · {t("판매사 콘솔")}</span>
              </span>
              <div class="spacer" />
              <LocaleToggle />
              <button type="button" class="link" onClick={logout}>
                {t("로그아웃")}
              </button>
            </header>
            <nav class="tabs" aria-label={t("메뉴")}>
              <A href="/console" end>
                {t("사업장")}
              </A>
              <A href="/console/bulk">{t("일괄 개설")}</A>
              <A href="/console/keys">{t("API 키")}</A>
              <A href="/console/webhooks">{t("웹훅")}</A>
              <A href="/console/statements">{t("월별 명세")}</A>
              <A href="/console/brand">{t("브랜드")}</A>
            </nav>
            <main class="content">{props.children}</main>
          </div>
        )}
      </Show>
    </Show>
  );
}

export const inConsole = (Page: () => JSX.Element) => () => (
  <ConsoleShell>
    <Page />
  </ConsoleShell>
);
