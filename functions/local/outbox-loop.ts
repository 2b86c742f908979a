import { Mail } from "../../core/mail";

/** The local stand-in for SQS + worker: the same Mail.deliver, woken on enqueue and polled for retries. */
export function startOutboxLoop(pollMs = 1000): { stop(): Promise<void> } {
  let draining: Promise<unknown> | undefined;
  let again = false;
  const drain = () => {
    if (draining) {
      again = true;
      return;
    }
    draining = Mail.drain()
      .catch((err) =>
        console.error(
          JSON.stringify({
            level: "error",
            msg: "outbox loop",
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
  Mail.events.on("queued", onQueued);
  const poll = setInterval(drain, pollMs);
  return {
    stop: async () => {
      clearInterval(poll);
      Mail.events.off("queued", onQueued);
      await draining;
    },
  };
}
