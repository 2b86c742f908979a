import { A } from "@solidjs/router";
import { For, Show } from "solid-js";

export interface InvoiceAlert {
  code: string;
  invoiceId: string;
  message: string;
  due: string;
}

/** 기한 경고 (초안 발급 기한, 국세청 전송): each links to its invoice. */
export function InvoiceAlerts(props: {
  alerts: InvoiceAlert[] | undefined;
  testid: string;
}) {
  return (
    <Show when={props.alerts?.length}>
      <ul class="alerts" data-testid={props.testid}>
        <For each={props.alerts}>
          {(a) => (
            <li data-code={a.code}>
              <A href={`/invoices/${a.invoiceId}`}>{a.message}</A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
