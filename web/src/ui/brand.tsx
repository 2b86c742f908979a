import { Show } from "solid-js";
import type { Brand } from "../data/api";

// A reseller's white-label brand in the app: its colours replace Golmok's (the CSS variables
// every button and link uses) and its name and logo replace the 골목 word mark.

/** Sets (or, with null, restores) the brand colours on the whole page. */
export function applyBrand(brand: Brand | null | undefined): void {
  const root = document.documentElement.style;
  if (brand) {
    root.setProperty("--accent", brand.primaryColor);
    root.setProperty("--brand-accent", brand.accentColor);
  } else {
    root.removeProperty("--accent");
    root.removeProperty("--brand-accent");
  }
}

/** The word mark: the brand's logo and name, or 골목. */
export function BrandMark(props: { brand: Brand | null | undefined }) {
  return (
    <Show when={props.brand} fallback={<>골목</>}>
      {(b) => (
        <span class="brand-mark">
          <Show when={b().logo}>
            {(logo) => <img src={logo()} alt="" class="brand-logo" />}
          </Show>
          <span data-testid="brand-name">{b().displayName}</span>
        </span>
      )}
    </Show>
  );
}

/** The reseller's support contacts, for the login page and the shell's footer. */
export function BrandSupport(props: { brand: Brand | null | undefined }) {
  return (
    <Show when={props.brand?.supportPhone || props.brand?.supportEmail}>
      <p class="muted brand-support" data-testid="brand-support">
        {props.brand!.displayName} 고객센터
        <Show when={props.brand!.supportPhone}>
          {" "}
          <a href={`tel:${props.brand!.supportPhone}`}>
            {props.brand!.supportPhone}
          </a>
        </Show>
        <Show when={props.brand!.supportEmail}>
          {" "}
          <a href={`mailto:${props.brand!.supportEmail}`}>
            {props.brand!.supportEmail}
          </a>
        </Show>
      </p>
    </Show>
  );
}
