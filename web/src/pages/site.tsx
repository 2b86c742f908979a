import { A } from "@solidjs/router";
import {
  createMemo,
  createSignal,
  For,
  Index,
  Match,
  onMount,
  Show,
  Switch,
} from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import {
  BLOCK_LABEL,
  DAYS,
  THEMES,
  type Block,
  type BlockOf,
  type SiteInput,
} from "../../../core/site/schema";
import { renderSite } from "../../../core/site/render";
import { serviceKey } from "../../../core/site/slots";
import { INDUSTRIES, INDUSTRY_LABEL } from "../../../core/auth/schema";
import { api, ApiError, fileBase64 } from "../data/api";
import { t } from "../i18n";

type View = SiteInput & {
  industry: string;
  saved?: boolean;
  url?: string;
  publishedAt?: string;
  unpublishedChanges: boolean;
};

const today = () =>
  new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

const row = {
  display: "flex",
  gap: "8px",
  "flex-wrap": "wrap",
  "align-items": "end",
} as const;
const small = { width: "7.5em" } as const;

export default function SiteEditor() {
  const [site, setSite] = createStore<SiteInput>({
    slug: "",
    theme: "teal",
    title: "",
    description: "",
    blocks: [],
  });
  const [meta, setMeta] = createSignal<Omit<View, keyof SiteInput> | null>(
    null,
  );
  const [industry, setIndustry] = createSignal("salon");
  const [width, setWidth] = createSignal<360 | 1024>(360);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal("");
  const [error, setError] = createSignal("");
  const [fields, setFields] = createSignal<Record<string, string>>({});

  const load = (v: View) => {
    const { slug, theme, title, description, blocks, ...rest } = v;
    setSite(reconcile({ slug, theme, title, description, blocks }));
    setMeta(rest);
    setIndustry(rest.industry);
  };
  onMount(async () => load(await api<View>("GET", "/site")));

  const preview = createMemo(
    () =>
      // JSON round trip reads every field through the store, so the preview follows each edit.
      renderSite(JSON.parse(JSON.stringify(site)) as SiteInput, {
        origin: location.origin,
        today: today(),
        preview: true,
      }).html,
  );

  const run = async (what: () => Promise<View>, done: string) => {
    setBusy(true);
    setError("");
    setMessage("");
    setFields({});
    try {
      load(await what());
      setMessage(done);
    } catch (err) {
      if (err instanceof ApiError) {
        setError(err.message);
        setFields(
          Object.fromEntries(err.fields.map((f) => [f.field, f.message])),
        );
      } else
        setError("일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");
    } finally {
      setBusy(false);
    }
  };
  const body = () => ({
    ...structuredClone(unwrap(site)),
    industry: industry(),
  });
  const save = () =>
    run(() => api<View>("PUT", "/site", body()), "저장했습니다.");
  const publish = () =>
    run(async () => {
      await api<View>("PUT", "/site", body());
      return api<View>("POST", "/site/publish");
    }, "게시했습니다. 아래 주소에서 누구나 볼 수 있습니다.");
  const unpublish = () =>
    run(() => api<View>("POST", "/site/unpublish"), "게시를 중단했습니다.");
  const applyTemplate = () =>
    run(
      () => api<View>("GET", `/site?template=${industry()}`),
      "템플릿을 불러왔습니다. 저장해야 반영됩니다.",
    );

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= site.blocks.length) return;
    const bs = structuredClone(unwrap(site.blocks));
    [bs[i], bs[j]] = [bs[j], bs[i]];
    setSite("blocks", reconcile(bs));
  };
  const setB = (i: number, key: string, value: unknown) =>
    (setSite as (...a: unknown[]) => void)("blocks", i, key, value);
  const errorOf = (path: string) =>
    Object.entries(fields())
      .filter(([k]) => k === path || k.startsWith(`${path}.`))
      .map(([, m]) => m)[0];

  return (
    <>
      <h1 class="page-title">{t("홈페이지")}</h1>
      <p class="muted">
        <A href="/bookings">{t("예약·문의함")}</A> ·{" "}
        <A href="/bookings#customers">{t("고객")}</A>
      </p>
      <section class="panel" data-testid="site-status">
        <Show
          when={meta()?.url}
          fallback={
            <p>
              {meta()?.saved === false
                ? "아직 저장하지 않은 초안입니다."
                : "게시되지 않았습니다."}
            </p>
          }
        >
          <p>
            게시 중:{" "}
            <a
              href={meta()!.url}
              data-testid="public-url"
              target="_blank"
              rel="noopener"
            >
              {decodeURI(meta()!.url!)}
            </a>
            <Show when={meta()?.unpublishedChanges}>
              {" "}
              <span class="badge">게시 안 된 변경</span>
            </Show>
          </p>
        </Show>
        <div style={row}>
          <button
            type="button"
            class="secondary"
            disabled={busy()}
            onClick={save}
          >
            {t("저장")}
          </button>
          <button
            type="button"
            class="primary"
            disabled={busy()}
            onClick={publish}
          >
            게시
          </button>
          <Show when={meta()?.url}>
            <button
              type="button"
              class="link"
              disabled={busy()}
              onClick={unpublish}
            >
              게시 중단
            </button>
          </Show>
          <a href="/api/site/export" download="홈페이지-내보내기.json">
            내보내기 (JSON)
          </a>
        </div>
        <Show when={message()}>
          <p role="status" data-testid="site-message">
            {message()}
          </p>
        </Show>
        <Show when={error()}>
          <p class="error" role="alert" data-testid="site-error">
            {error()}
          </p>
        </Show>
      </section>

      <section class="panel">
        <h2>기본 설정</h2>
        <div style={row}>
          <div class="field">
            <label for="f-industry">업종 템플릿</label>
            <select
              id="f-industry"
              value={industry()}
              onChange={(e) => setIndustry(e.currentTarget.value)}
            >
              <For each={INDUSTRIES}>
                {(i) => <option value={i}>{INDUSTRY_LABEL[i]}</option>}
              </For>
            </select>
          </div>
          <button
            type="button"
            class="secondary"
            disabled={busy()}
            onClick={applyTemplate}
          >
            템플릿 적용
          </button>
        </div>
        <div class="field" classList={{ invalid: !!fields().slug }}>
          <label for="f-slug">주소 (/s/…)</label>
          <input
            id="f-slug"
            value={site.slug}
            onInput={(e) => setSite("slug", e.currentTarget.value)}
          />
          <p class="hint">
            한글, 영문 소문자, 숫자, 하이픈. 바꾸면 다시 게시해야 합니다.
          </p>
          <Show when={fields().slug}>
            <p class="error" data-testid="error-slug">
              {fields().slug}
            </p>
          </Show>
        </div>
        <div class="field">
          <label for="f-title">페이지 제목</label>
          <input
            id="f-title"
            value={site.title}
            onInput={(e) => setSite("title", e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="f-description">페이지 설명 (검색·공유 미리보기)</label>
          <input
            id="f-description"
            value={site.description}
            onInput={(e) => setSite("description", e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="f-theme">색상 테마</label>
          <select
            id="f-theme"
            value={site.theme}
            onChange={(e) =>
              setSite("theme", e.currentTarget.value as SiteInput["theme"])
            }
          >
            <For each={Object.entries(THEMES)}>
              {([id, th]) => <option value={id}>{th.label}</option>}
            </For>
          </select>
        </div>
      </section>

      <Index each={site.blocks}>
        {(b, i) => (
          <section
            class="panel"
            data-testid={`block-${b().type}`}
            aria-label={BLOCK_LABEL[b().type]}
          >
            <div class="panel-head">
              <h2>{BLOCK_LABEL[b().type]}</h2>
              <div style={row}>
                <button
                  type="button"
                  class="link small"
                  aria-label={`${BLOCK_LABEL[b().type]} 위로`}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="link small"
                  aria-label={`${BLOCK_LABEL[b().type]} 아래로`}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <label>
                  <input
                    type="checkbox"
                    checked={b().hidden}
                    onChange={(e) => setB(i, "hidden", e.currentTarget.checked)}
                  />{" "}
                  숨김
                </label>
              </div>
            </div>
            <Show when={errorOf(`blocks.${i}`)}>
              <p class="error" data-testid="block-error">
                {errorOf(`blocks.${i}`)}
              </p>
            </Show>
            <Show when={!b().hidden}>
              <BlockEditor
                block={b()}
                index={i}
                set={setB}
                setSite={setSite as never}
              />
            </Show>
          </section>
        )}
      </Index>

      <section class="panel">
        <div class="panel-head">
          <h2>미리보기</h2>
          <div style={row} role="group" aria-label="미리보기 너비">
            <button
              type="button"
              class={width() === 360 ? "primary" : "secondary"}
              onClick={() => setWidth(360)}
            >
              휴대폰
            </button>
            <button
              type="button"
              class={width() === 1024 ? "primary" : "secondary"}
              onClick={() => setWidth(1024)}
            >
              PC
            </button>
          </div>
        </div>
        <div style={{ overflow: "auto", "max-width": "100%" }}>
          <iframe
            title="홈페이지 미리보기"
            data-testid="site-preview"
            sandbox=""
            srcdoc={preview()}
            style={{
              width: `${width()}px`,
              height: "640px",
              border: "1px solid #d6d3d1",
              "border-radius": "8px",
              background: "#fff",
            }}
          />
        </div>
      </section>
    </>
  );
}

function text(
  label: string,
  id: string,
  value: string,
  on: (v: string) => void,
  area = false,
) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {area ? (
        <textarea
          id={id}
          rows={4}
          value={value}
          onInput={(e) => on(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          value={value}
          onInput={(e) => on(e.currentTarget.value)}
        />
      )}
    </div>
  );
}

function BlockEditor(props: {
  block: Block;
  index: number;
  set: (i: number, key: string, value: unknown) => void;
  setSite: (...a: unknown[]) => void;
}) {
  const i = props.index;
  const id = (k: string) => `b${i}-${k}`;
  const s = (k: string) => (v: unknown) => props.set(i, k, v);
  const deep = (...path: unknown[]) => props.setSite("blocks", i, ...path);
  return (
    <Switch>
      <Match
        when={props.block.type === "hero" && (props.block as BlockOf<"hero">)}
      >
        {(b) => (
          <>
            {text("상호(제목)", id("title"), b().title, s("title"))}
            {text("한 줄 소개", id("tagline"), b().tagline, s("tagline"))}
          </>
        )}
      </Match>
      <Match
        when={props.block.type === "about" && (props.block as BlockOf<"about">)}
      >
        {(b) => text("소개 글", id("text"), b().text, s("text"), true)}
      </Match>
      <Match
        when={props.block.type === "hours" && (props.block as BlockOf<"hours">)}
      >
        {(b) => (
          <>
            <Index each={b().week}>
              {(d, day) => (
                <fieldset
                  data-testid={`hours-${day}`}
                  style={{ border: "0", padding: "4px 0", margin: "0", ...row }}
                >
                  <legend style={{ "font-weight": "700" }}>
                    {DAYS[day]}요일
                  </legend>
                  <label>
                    <input
                      type="checkbox"
                      checked={d().closed}
                      onChange={(e) =>
                        deep("week", day, "closed", e.currentTarget.checked)
                      }
                    />{" "}
                    휴무
                  </label>
                  <Show when={!d().closed}>
                    <TimeInput
                      label={`${DAYS[day]} 여는 시간`}
                      value={d().open}
                      on={(v) => deep("week", day, "open", v)}
                    />
                    <TimeInput
                      label={`${DAYS[day]} 닫는 시간`}
                      value={d().close}
                      on={(v) => deep("week", day, "close", v)}
                    />
                    <TimeInput
                      label={`${DAYS[day]} 쉬는 시간 시작`}
                      value={d().breakStart}
                      on={(v) => deep("week", day, "breakStart", v)}
                    />
                    <TimeInput
                      label={`${DAYS[day]} 쉬는 시간 끝`}
                      value={d().breakEnd}
                      on={(v) => deep("week", day, "breakEnd", v)}
                    />
                  </Show>
                </fieldset>
              )}
            </Index>
            {text("휴무 안내", id("note"), b().note, s("note"))}
            {text(
              "임시 휴무일 (쉼표로, 예: 2026-12-31)",
              id("closed"),
              b().closedDates.join(", "),
              (v) =>
                props.set(i, "closedDates", v.split(/[,\s]+/).filter(Boolean)),
            )}
          </>
        )}
      </Match>
      <Match
        when={props.block.type === "menu" && (props.block as BlockOf<"menu">)}
      >
        {(b) => (
          <>
            {text("제목", id("title"), b().title, s("title"))}
            <Index each={b().items}>
              {(it, k) => (
                <div
                  style={{
                    ...row,
                    "border-bottom": "1px solid #e7e5e4",
                    "padding-bottom": "8px",
                  }}
                  data-testid="menu-item"
                >
                  <div class="field">
                    <label for={id(`n${k}`)}>항목</label>
                    <input
                      id={id(`n${k}`)}
                      value={it().name}
                      onInput={(e) =>
                        deep("items", k, "name", e.currentTarget.value)
                      }
                    />
                  </div>
                  <div class="field">
                    <label for={id(`s${k}`)}>담당 (디자이너)</label>
                    <input
                      id={id(`s${k}`)}
                      style={small}
                      value={it().staff}
                      onInput={(e) =>
                        deep("items", k, "staff", e.currentTarget.value)
                      }
                    />
                  </div>
                  <div class="field">
                    <label
                      for={id(`p${k}`)}
                    >{`${serviceKey(it())} 가격 (원)`}</label>
                    <input
                      id={id(`p${k}`)}
                      style={small}
                      type="number"
                      inputmode="numeric"
                      min="0"
                      value={it().price}
                      onInput={(e) =>
                        deep(
                          "items",
                          k,
                          "price",
                          Number(e.currentTarget.value || 0),
                        )
                      }
                    />
                  </div>
                  <div class="field">
                    <label for={id(`m${k}`)}>예약 시간 (분)</label>
                    <input
                      id={id(`m${k}`)}
                      style={small}
                      type="number"
                      inputmode="numeric"
                      min="0"
                      step="30"
                      value={it().minutes}
                      onInput={(e) =>
                        deep(
                          "items",
                          k,
                          "minutes",
                          Number(e.currentTarget.value || 0),
                        )
                      }
                    />
                  </div>
                  <Show
                    when={it().image}
                    fallback={
                      <PhotoUpload
                        id={id(`img${k}`)}
                        label={`${it().name} 사진`}
                        onUploaded={(img) =>
                          deep("items", k, "image", { ...img, alt: it().name })
                        }
                      />
                    }
                  >
                    <button
                      type="button"
                      class="link small"
                      onClick={() => deep("items", k, "image", undefined)}
                    >
                      사진 빼기
                    </button>
                  </Show>
                  <label>
                    <input
                      type="checkbox"
                      checked={it().from}
                      onChange={(e) =>
                        deep("items", k, "from", e.currentTarget.checked)
                      }
                    />{" "}
                    ~부터
                  </label>
                  <button
                    type="button"
                    class="link small"
                    onClick={() =>
                      deep("items", (xs: unknown[]) =>
                        xs.filter((_, x) => x !== k),
                      )
                    }
                  >
                    삭제
                  </button>
                </div>
              )}
            </Index>
            <button
              type="button"
              class="secondary"
              onClick={() =>
                deep("items", (xs: unknown[]) => [
                  ...xs,
                  {
                    name: "새 항목",
                    price: 0,
                    from: false,
                    description: "",
                    minutes: 0,
                    staff: "",
                  },
                ])
              }
            >
              항목 추가
            </button>
          </>
        )}
      </Match>
      <Match
        when={
          props.block.type === "gallery" && (props.block as BlockOf<"gallery">)
        }
      >
        {(b) => (
          <>
            <Index each={b().images}>
              {(im, k) => (
                <div style={row} data-testid="gallery-image">
                  <span class="muted">
                    {im().width}×{im().height}
                  </span>
                  <div class="field">
                    <label for={id(`alt${k}`)}>사진 설명</label>
                    <input
                      id={id(`alt${k}`)}
                      value={im().alt}
                      onInput={(e) =>
                        deep("images", k, "alt", e.currentTarget.value)
                      }
                    />
                  </div>
                  <button
                    type="button"
                    class="link small"
                    onClick={() =>
                      deep("images", (xs: unknown[]) =>
                        xs.filter((_, x) => x !== k),
                      )
                    }
                  >
                    삭제
                  </button>
                </div>
              )}
            </Index>
            <PhotoUpload
              id={id("upload")}
              onUploaded={(img) =>
                deep("images", (xs: unknown[]) => [...xs, img])
              }
            />
          </>
        )}
      </Match>
      <Match
        when={props.block.type === "news" && (props.block as BlockOf<"news">)}
      >
        {(b) => (
          <>
            <Index each={b().posts}>
              {(p, k) => (
                <div data-testid="news-post">
                  {text("날짜 (YYYY-MM-DD)", id(`d${k}`), p().date, (v) =>
                    deep("posts", k, "date", v),
                  )}
                  {text("소식 제목", id(`t${k}`), p().title, (v) =>
                    deep("posts", k, "title", v),
                  )}
                  {text(
                    "내용",
                    id(`c${k}`),
                    p().body,
                    (v) => deep("posts", k, "body", v),
                    true,
                  )}
                </div>
              )}
            </Index>
            <button
              type="button"
              class="secondary"
              onClick={() =>
                deep("posts", (xs: unknown[]) => [
                  { date: today(), title: "새 소식", body: "" },
                  ...xs,
                ])
              }
            >
              소식 추가
            </button>
          </>
        )}
      </Match>
      <Match
        when={
          props.block.type === "location" &&
          (props.block as BlockOf<"location">)
        }
      >
        {(b) => (
          <>
            {text("주소", id("address"), b().address, s("address"))}
            {text(
              "찾아오는 방법",
              id("directions"),
              b().directions,
              s("directions"),
            )}
            <p class="muted">
              네이버 지도·카카오맵 링크는 주소로 자동으로 만듭니다.
            </p>
          </>
        )}
      </Match>
      <Match
        when={
          props.block.type === "contact" && (props.block as BlockOf<"contact">)
        }
      >
        {(b) => (
          <>
            {text("전화번호", id("phone"), b().phone, s("phone"))}
            {text(
              "카카오톡 채널 ID (예: _xAbcd)",
              id("kakao"),
              b().kakaoChannel,
              s("kakaoChannel"),
            )}
            {text("이메일", id("email"), b().email, s("email"))}
            {text(
              "인스타그램 주소",
              id("insta"),
              b().instagram,
              s("instagram"),
            )}
          </>
        )}
      </Match>
      <Match
        when={
          props.block.type === "booking" && (props.block as BlockOf<"booking">)
        }
      >
        {(b) => (
          <>
            <div class="field">
              <label for={id("mode")}>받을 양식</label>
              <select
                id={id("mode")}
                value={b().mode}
                onChange={(e) => props.set(i, "mode", e.currentTarget.value)}
              >
                <option value="booking">
                  시간 예약 (가격표의 예약 시간이 있는 항목)
                </option>
                <option value="inquiry">문의</option>
              </select>
            </div>
            {text("제목", id("title"), b().title, s("title"))}
            {text("안내 문구", id("note"), b().note, s("note"))}
          </>
        )}
      </Match>
    </Switch>
  );
}

function TimeInput(props: {
  label: string;
  value: string;
  on: (v: string) => void;
}) {
  const id = `t-${props.label.replace(/\s+/g, "-")}`;
  return (
    <div class="field">
      <label for={id} style={{ "font-size": ".8rem" }}>
        {props.label.replace(/^\S+ /, "")}
      </label>
      <input
        id={id}
        aria-label={props.label}
        type="time"
        step="1800"
        style={small}
        value={props.value}
        onInput={(e) => props.on(e.currentTarget.value)}
      />
    </div>
  );
}

interface Uploaded {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Resizes a photo to web size (≤ 1600 px) and re-encodes it as WebP before it leaves the phone. */
async function webSized(file: File): Promise<File> {
  const bmp = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bmp.width, bmp.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(bmp.width * scale));
  canvas.height = Math.max(1, Math.round(bmp.height * scale));
  canvas.getContext("2d")!.drawImage(bmp, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((ok) =>
    canvas.toBlob(ok, "image/webp", 0.82),
  );
  if (!blob) throw new Error("encode");
  return new File([blob], "photo.webp", { type: blob.type });
}

function PhotoUpload(props: {
  id: string;
  label?: string;
  onUploaded: (i: Uploaded) => void;
}) {
  const [error, setError] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError("");
    setBusy(true);
    try {
      if (file.size > 10 * 1024 * 1024)
        throw new ApiError(
          400,
          "image_too_large",
          "사진은 10MB 이하만 올릴 수 있습니다.",
        );
      const small = await webSized(file).catch(() => {
        throw new ApiError(
          400,
          "image_type",
          "JPEG, PNG, WebP 사진만 올릴 수 있습니다.",
        );
      });
      props.onUploaded(
        await api<Uploaded>("POST", "/site/images", {
          base64: await fileBase64(small),
          alt: "",
        }),
      );
    } catch (err) {
      setError(
        err instanceof ApiError ? err.message : "사진을 올리지 못했습니다.",
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="field">
      <label for={props.id}>
        {props.label ?? "사진 올리기 (JPEG·PNG·WebP, 10MB 이하)"}
      </label>
      <input
        id={props.id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        disabled={busy()}
        onChange={(e) => pick(e.currentTarget.files?.[0])}
      />
      <Show when={error()}>
        <p class="error" role="alert" data-testid="upload-error">
          {error()}
        </p>
      </Show>
    </div>
  );
}
