// 판매사 콘솔 · 브랜드 (white-label): the name, logo, colours, support contacts and sender the
// reseller's shops see (app header, e-mails, invoice recipient page, the /r/<slug> login page).
// The API checks every field (core/reseller/brand.ts) and names the bad one; this page pre-checks
// only the logo file (type and size) so a too-big file never goes up.
import { createResource, createSignal, Show } from "solid-js";
import {
  DEFAULT_ACCENT,
  DEFAULT_PRIMARY,
  LOGO_MAX_BYTES,
  LOGO_MIME_TYPES,
} from "../../../core/reseller/brand-limits";
import { t } from "../i18n";
import { createForm, Field, FormError, Submit } from "../ui/form";
import { capi, consoleMe, errorText } from "./reseller-auth";

interface BrandRecord {
  displayName: string;
  logo: string | null;
  primaryColor: string;
  accentColor: string;
  supportPhone: string;
  supportEmail: string;
  senderName: string;
  senderAddress: string;
  updatedAt: string;
}
type BrandValues = Omit<BrandRecord, "updatedAt">;

const HEX = /^#[0-9a-fA-F]{6}$/;
const LOGO_KB = LOGO_MAX_BYTES / 1024;

/** Relative luminance contrast of white text on `hex` (WCAG). */
function whiteContrast(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

export default function ConsoleBrand() {
  const [brand] = createResource(() =>
    capi<BrandRecord | null>("GET", "/brand"),
  );
  return (
    <>
      <h1 class="page-title">{t("브랜드")}</h1>
      <p class="muted">
        {t(
          "가맹 사업장의 화면 머리글, 로그인 화면, 세금계산서 수신 화면과 메일에 이 브랜드가 보입니다.",
        )}
      </p>
      <Show when={brand.error}>
        <p class="form-error" role="alert">
          {errorText(brand.error)}
        </p>
      </Show>
      <Show when={brand.state === "ready"}>
        <BrandForm saved={brand() ?? null} />
      </Show>
      <Show when={brand.loading}>
        <p class="loading">…</p>
      </Show>
    </>
  );
}

function BrandForm(props: { saved: BrandRecord | null }) {
  const me = consoleMe();
  const slug = me?.reseller.slug ?? "";
  const s = props.saved;
  const initial: BrandValues = {
    displayName: s?.displayName ?? me?.reseller.name ?? "",
    logo: s?.logo ?? null,
    primaryColor: s?.primaryColor ?? DEFAULT_PRIMARY,
    accentColor: s?.accentColor ?? DEFAULT_ACCENT,
    supportPhone: s?.supportPhone ?? "",
    supportEmail: s?.supportEmail ?? "",
    senderName: s?.senderName ?? "",
    senderAddress: s?.senderAddress ?? "",
  };
  const [saved, setSaved] = createSignal(false);
  const [logoError, setLogoError] = createSignal("");
  const form = createForm(initial, null, async (values) => {
    setSaved(false);
    await capi<BrandRecord>("PUT", "/brand", values);
    setSaved(true);
  });
  const set = <K extends keyof BrandValues>(key: K, value: BrandValues[K]) => {
    setSaved(false);
    form.set(key, value);
  };
  let fileInput: HTMLInputElement | undefined;

  const pickLogo = (file: File | undefined) => {
    setLogoError("");
    if (!file) return;
    const clear = () => {
      if (fileInput) fileInput.value = "";
    };
    if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) {
      clear();
      setLogoError(t("로고는 PNG, JPEG, WebP 이미지만 올릴 수 있습니다."));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      clear();
      setLogoError(
        `${t(`로고는 ${LOGO_KB}KB 이하여야 합니다.`)} (${t("고른 파일")}: ${Math.ceil(file.size / 1024)}KB)`,
      );
      return;
    }
    const reader = new FileReader();
    reader.onload = () => set("logo", String(reader.result));
    reader.onerror = () =>
      setLogoError(t("파일을 읽을 수 없습니다. 다시 골라 주세요."));
    reader.readAsDataURL(file);
  };
  const removeLogo = () => {
    setLogoError("");
    if (fileInput) fileInput.value = "";
    set("logo", null);
  };

  // The preview shows a colour only once it is a whole #rrggbb.
  const primary = () =>
    HEX.test(form.values.primaryColor)
      ? form.values.primaryColor
      : DEFAULT_PRIMARY;
  const accent = () =>
    HEX.test(form.values.accentColor)
      ? form.values.accentColor
      : DEFAULT_ACCENT;
  const name = () => form.values.displayName.trim() || me?.reseller.name || "";

  const text = (
    key: keyof BrandValues,
    label: string,
    extra: Record<string, string> = {},
  ) => (
    <Field
      label={t(label)}
      name={key}
      value={String(form.values[key] ?? "")}
      onInput={(e) => set(key, e.currentTarget.value)}
      error={form.errors()[key]}
      {...extra}
    />
  );
  const colour = (key: "primaryColor" | "accentColor", label: string) => (
    <div class="field" classList={{ invalid: !!form.errors()[key] }}>
      <label for={`f-${key}`}>{t(label)}</label>
      <div class="colour-row">
        <input
          type="color"
          aria-label={`${t(label)} ${t("고르기")}`}
          data-testid={`picker-${key}`}
          value={(key === "primaryColor" ? primary() : accent()).toLowerCase()}
          onInput={(e) => set(key, e.currentTarget.value)}
        />
        <input
          id={`f-${key}`}
          name={key}
          maxLength={7}
          autocapitalize="off"
          spellcheck={false}
          placeholder="#0f766e"
          value={form.values[key]}
          aria-invalid={form.errors()[key] ? "true" : undefined}
          onInput={(e) => set(key, e.currentTarget.value.trim())}
        />
      </div>
      <Show when={form.errors()[key]}>
        <p class="error" data-testid={`error-${key}`}>
          {form.errors()[key]}
        </p>
      </Show>
    </div>
  );

  return (
    <>
      <form onSubmit={form.submit} novalidate class="panel grid">
        <FormError message={form.formError()} />
        {text("displayName", "표시 이름", {
          maxLength: "40",
          placeholder: t("예: 골목통신 비즈"),
        })}
        <div
          class="field"
          classList={{ invalid: !!(logoError() || form.errors().logo) }}
        >
          <label for="f-logo">{t("로고")}</label>
          <Show when={form.values.logo}>
            {(src) => (
              <div class="logo-current">
                <img
                  src={src()}
                  alt={t("로고 미리 보기")}
                  data-testid="logo-preview"
                />
                <button
                  type="button"
                  class="link small"
                  onClick={removeLogo}
                  data-testid="logo-remove"
                >
                  {t("로고 지우기")}
                </button>
              </div>
            )}
          </Show>
          <input
            id="f-logo"
            name="logo"
            type="file"
            accept={LOGO_MIME_TYPES.join(",")}
            ref={fileInput}
            aria-describedby="f-logo-hint"
            onChange={(e) => pickLogo(e.currentTarget.files?.[0])}
          />
          <p class="hint" id="f-logo-hint">
            {t(
              `PNG·JPEG·WebP, ${LOGO_KB}KB 이하. 가로로 긴 로고가 잘 보입니다.`,
            )}
          </p>
          <Show when={logoError() || form.errors().logo}>
            <p class="error" role="alert" data-testid="error-logo">
              {logoError() || form.errors().logo}
            </p>
          </Show>
        </div>
        {colour("primaryColor", "기본 색상")}
        {colour("accentColor", "강조 색상")}
        <Show when={whiteContrast(primary()) < 3}>
          <p class="warn-text" data-testid="contrast-warning">
            {t(
              "기본 색상이 밝아서 버튼의 흰 글자가 잘 보이지 않을 수 있습니다. 더 진한 색을 권합니다.",
            )}
          </p>
        </Show>
        {text("supportPhone", "고객센터 전화", {
          type: "tel",
          inputmode: "tel",
          autocomplete: "off",
          placeholder: "1588-0000",
        })}
        {text("supportEmail", "고객센터 이메일", {
          type: "email",
          autocomplete: "off",
          placeholder: "help@isp.example",
        })}
        {text("senderName", "보내는 사람 이름", {
          maxLength: "40",
          hint: t("비워 두면 표시 이름으로 보냅니다."),
        })}
        {text("senderAddress", "보내는 주소", {
          type: "email",
          autocomplete: "off",
          placeholder: "biz@isp.example",
          hint: t(
            "가맹 사업장의 메일이 이 주소로 나갑니다. 이 주소(또는 도메인)는 골목 운영팀이 메일 발송(SES)에 인증해야 쓸 수 있습니다. 비워 두면 골목 기본 주소로 보냅니다.",
          ),
        })}
        <div class="actions wrap">
          <Submit busy={form.busy()} label={t("저장")} />
          <Show when={saved()}>
            <span role="status" class="ok" data-testid="brand-saved">
              {t(
                "저장했습니다. 가맹 사업장 화면과 메일에는 1분 안에 반영됩니다.",
              )}
            </span>
          </Show>
        </div>
      </form>

      <section class="panel" aria-labelledby="brand-preview-title">
        <h2 id="brand-preview-title">{t("미리 보기")}</h2>
        <p class="muted">
          {t(
            "가맹 사업장 화면의 머리글과 로그인 화면이 이렇게 보입니다 (저장 전).",
          )}
        </p>
        <div class="brand-preview" data-testid="brand-preview">
          <div
            class="bp-header"
            style={{ "border-bottom-color": accent() }}
            data-testid="preview-header"
          >
            <span class="brand-mark bp-mark" style={{ color: primary() }}>
              <Show when={form.values.logo}>
                {(src) => <img src={src()} alt="" class="brand-logo" />}
              </Show>
              <span data-testid="preview-name">{name()}</span>
            </span>
            <span class="muted">{t("골목헤어")}</span>
          </div>
          <div class="bp-login">
            <strong style={{ color: primary() }}>{name()}</strong>
            <span class="bp-title">{t("로그인")}</span>
            <span class="bp-input">{t("이메일")}</span>
            <span class="bp-input">{t("비밀번호")}</span>
            <span
              class="bp-button"
              style={{ background: primary() }}
              data-testid="preview-button"
            >
              {t("로그인")}
            </span>
            <Show when={form.values.supportPhone || form.values.supportEmail}>
              <span class="muted bp-support">
                {name()} {t("고객센터")} {form.values.supportPhone}{" "}
                {form.values.supportEmail}
              </span>
            </Show>
          </div>
        </div>
        <Show when={slug}>
          <p>
            <a
              href={`/r/${slug}`}
              target="_blank"
              rel="noopener"
              data-testid="open-login"
            >
              {t("저장한 브랜드의 로그인 화면 새 창에서 열기")} (/r/{slug})
            </a>
          </p>
        </Show>
      </section>
    </>
  );
}
