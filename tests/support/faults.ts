import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { dynamo } from "../../core/db/client";

export type Throttle =
  | "ThrottlingException"
  | "ProvisionedThroughputExceededException"
  /** A transaction cancelled because its items were throttled (DynamoDB's `ThrottlingError` reason). */
  | "TransactionThrottled";

/**
 * Makes DynamoDB throttle: a middleware on the real client (inside the SDK's retry loop, so each
 * attempt meets it) throws what DynamoDB sends when over capacity, for the next `times` calls
 * (all of them without `times`) of the given commands (all without `commands`).
 */
export function injectThrottling(
  opts: { times?: number; commands?: string[]; kinds?: Throttle[] } = {},
) {
  const kinds = opts.kinds ?? ["ProvisionedThroughputExceededException"];
  let left = opts.times ?? Infinity;
  let injected = 0;
  const name = `testThrottle${Math.random().toString(36).slice(2)}`;
  const client = dynamo();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? "";
      if (left > 0 && (!opts.commands || opts.commands.includes(command))) {
        left--;
        const kind = kinds[injected++ % kinds.length];
        if (
          kind === "TransactionThrottled" &&
          command === "TransactWriteItemsCommand"
        ) {
          const n = (args.input as { TransactItems: unknown[] }).TransactItems
            .length;
          throw new TransactionCanceledException({
            message:
              "Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError]",
            $metadata: { httpStatusCode: 400 },
            CancellationReasons: Array.from({ length: n }, (_, i) => ({
              Code: i === 0 ? "ThrottlingError" : "None",
            })),
          });
        }
        throw Object.assign(
          new Error("Rate of requests exceeds the allowed throughput."),
          {
            name:
              kind === "TransactionThrottled" ? "ThrottlingException" : kind,
            $fault: "client",
            $metadata: { httpStatusCode: 400 },
          },
        );
      }
      return next(args);
    },
    // The deserialize step runs inside the retry middleware (finalizeRequest): every attempt.
    { step: "deserialize", name },
  );
  return {
    injected: () => injected,
    stop: () => void client.middlewareStack.remove(name),
  };
}
