import { A, Navigate, useNavigate } from "@solidjs/router";
import { DeletionBanner } from "../pages/account";
import { createEffect, Show, type JSX } from "solid-js";
import type { Brand } from "../data/api";
import { applyBrand, BrandMark, BrandSupport } from "./brand";
import { locale, setLocale, t } from "../i18n";
import { useSession } from "../session";

export function LocaleToggle() {
  return (
    <button
      type="button"
      class="link locale"
      onClick={() => setLocale(locale() === "ko" ? "en" : "ko")}
      aria-label="언어 / Language"
    >
      {locale() === "ko" ? "English" : "한국어"}
    </button>
  );
}

/** Public pages (sign-up, login …): a centred card. */
export function AuthShell(props: {
  title: string;
  children: JSX.Element;
  /** A reseller's brand (its /r/<slug> pages, its shops' recipient pages). */
  brand?: Brand | null;
}) {
  createEffect(() => applyBrand(props.brand));
  return (
    <main class="auth">
      <div class="card">
        <div class="brand-row">
          <A href={props.brand ? `/r/${props.brand.slug}` : "/"} class="brand">
            <BrandMark brand={props.brand} />
          </A>
          <LocaleToggle />
        </div>
        <h1>{props.title}</h1>
        {props.children}
        <BrandSupport brand={props.brand} />
      </div>
    </main>
  );
}

/** Signed-in pages: header with the business name, navigation, log out. Redirects to /login when signed out. */
export function AppShell(props: { children: JSX.Element }) {
  const session = useSession();
  const navigate = useNavigate();
  createEffect(() => applyBrand(session.me()?.brand));
  const logout = async () => {
    const brand = session.me()?.brand;
    await session.logout();
    navigate(brand ? `/r/${brand.slug}` : "/login", { replace: true });
  };
  return (
    <Show when={!session.me.loading} fallback={<p class="loading">…</p>}>
      <Show when={session.me()} fallback={<Navigate href="/login" />}>
        {(me) => (
          <div class="app">
            <header class="top">
              <A href="/dashboard" class="brand">
                <BrandMark brand={me().brand} />
              </A>
              <span class="biz" data-testid="business-name">
                {me().tenant.businessName}
              </span>
              <div class="spacer" />
              <LocaleToggle />
              <button type="button" class="link" onClick={logout}>
                {t("로그아웃")}
              </button>
            </header>
            <nav class="tabs" aria-label={t("메뉴")}>
              <A href="/dashboard">{t("대시보드")}</A>
              <A href="/site">{t("홈페이지")}</A>
              <A href="/bookings">{t("예약")}</A>
              <A href="/invoices">{t("세금계산서")}</A>
              <A href="/ledger">{t("장부")}</A>
              <A href="/payroll">{t("급여")}</A>
              <A href="/usage">{t("사용량")}</A>
              <A href="/settings/profile">{t("사업장 정보")}</A>
              <A href="/settings/members">{t("구성원")}</A>
            </nav>
            <DeletionBanner />
            <main class="content">{props.children}</main>
          </div>
        )}
      </Show>
    </Show>
  );
}
