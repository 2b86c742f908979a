import { Mail } from "../../core/mail";
import { Webhook } from "../../core/reseller/webhook";

/** The local stand-in for SQS + worker: the same Mail.deliver, woken on enqueue and polled for retries. */
export function startOutboxLoop(pollMs = 1000): { stop(): Promise<void> } {
  return startLoop("outbox loop", Mail.drain, Mail.events, pollMs);
}

/**
 * The same for webhook deliveries (Webhook.deliver), in a loop of its own: an endpoint that hangs
 * until its timeout holds up neither the API nor the e-mail.
 */
export function startWebhookLoop(pollMs = 1000): { stop(): Promise<void> } {
  return startLoop("webhook loop", Webhook.drain, Webhook.events, pollMs);
}

function startLoop(
  name: string,
  drainOnce: () => Promise<unknown>,
  emitter: {
    on(event: "queued", fn: () => void): unknown;
    off(event: "queued", fn: () => void): unknown;
  },
  pollMs: number,
): { stop(): Promise<void> } {
  let draining: Promise<unknown> | undefined;
  let again = false;
  const drain = () => {
    if (draining) {
      again = true;
      return;
    }
    draining = drainOnce()
      .catch((err) =>
        console.error(
          JSON.stringify({
            level: "error",
            msg: name,
            error: String(err),
          }),
        ),
      )
      .finally(() => {
        draining = undefined;
        if (again) {
          again = false;
          drain();
        }
      });
  };
  const onQueued = () => setImmediate(drain);
  emitter.on("queued", onQueued);
  const poll = setInterval(drain, pollMs);
  return {
    stop: async () => {
      clearInterval(poll);
      emitter.off("queued", onQueued);
      await draining;
    },
  };
}
