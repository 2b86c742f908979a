import { useNavigate, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, on, Show } from "solid-js";
import { api, ApiError, type Brand, type Me } from "../data/api";
import { t } from "../i18n";
import { useSession } from "../session";
import { AuthShell } from "../ui/shell";
import { Login } from "./auth";

// A reseller's own entrance: /r/<slug> is the login page in its brand, and /r/<slug>/sso is where
// its portal's hand-off link lands (the token is in the fragment: no server ever sees it in a URL).

const loadBrand = (slug: string) =>
  api<Brand>("GET", `/auth/brand/${encodeURIComponent(slug)}`);

export function ResellerLogin() {
  const params = useParams();
  const [brand] = createResource(() => params.slug ?? params.token, loadBrand);
  return (
    <Show when={!brand.loading} fallback={<p class="loading">…</p>}>
      <Show
        when={brand()}
        fallback={
          <AuthShell title={t("로그인")}>
            <p class="form-error" role="alert">
              {(brand.error as Error | undefined)?.message}
            </p>
          </AuthShell>
        }
      >
        {(b) => <Login brand={b()} />}
      </Show>
    </Show>
  );
}

export function SsoLanding() {
  const params = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const [brand] = createResource(() => params.slug, loadBrand);
  const [error, setError] = createSignal<ApiError>();
  // Read the token once and take it out of the address bar (and the history) at once.
  const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  history.replaceState(null, "", location.pathname);
  let posted = false;
  // A browser already signed in sends its CSRF token with the POST: wait for /api/me first.
  createEffect(
    on(
      () => session.me.loading,
      async (loading) => {
        if (loading || posted) return;
        posted = true;
        try {
          const me = await api<Me>("POST", "/auth/sso", {
            slug: params.slug,
            token,
          });
          session.set(me);
          navigate("/dashboard", { replace: true });
        } catch (err) {
          setError(
            err instanceof ApiError
              ? err
              : new ApiError(0, "unknown", "일시적인 오류가 발생했습니다."),
          );
        }
      },
      { defer: false },
    ),
  );
  return (
    <AuthShell title={t("로그인")} brand={brand()}>
      <Show when={error()} fallback={<p>{t("로그인하는 중…")}</p>}>
        {(e) => (
          <>
            <p
              class="form-error"
              role="alert"
              data-testid="sso-error"
              data-code={e().code}
            >
              {e().message}
            </p>
            <a class="button primary" href={`/r/${params.slug}`}>
              {t("로그인 화면으로")}
            </a>
          </>
        )}
      </Show>
    </AuthShell>
  );
}
