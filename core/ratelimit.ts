import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { dynamo, fromItem, toItem } from "./db/client";
import { Keys } from "./db/keys";
import { tableName } from "./db/table";
import { VisibleError } from "./error";
import { epochSeconds, nowMs } from "./time";

export interface Limit {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

// Fixed windows, counted with one atomic ADD; items expire through TTL.
export const LIMITS = {
  signupPerIp: { bucket: "signup-ip", limit: 10, windowSeconds: 3600 },
  loginPerIp: { bucket: "login-ip", limit: 30, windowSeconds: 900 },
  loginPerAccount: { bucket: "login-acct", limit: 10, windowSeconds: 900 },
  resetPerIp: { bucket: "reset-ip", limit: 10, windowSeconds: 3600 },
  resetPerAccount: { bucket: "reset-acct", limit: 3, windowSeconds: 3600 },
  invitePerTenant: { bucket: "invite-ten", limit: 30, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

/** Counts one hit; throws 429 (Korean message with the wait) when the window's limit is passed. */
export async function hit(limit: Limit, key: string): Promise<void> {
  const now = epochSeconds(nowMs());
  const windowStart = now - (now % limit.windowSeconds);
  const res = await dynamo().send(
    new UpdateItemCommand({
      TableName: tableName(),
      Key: toItem(Keys.rateLimit(limit.bucket, key, windowStart)),
      UpdateExpression:
        "ADD hits :one SET expiresAt = if_not_exists(expiresAt, :exp)",
      ExpressionAttributeValues: toItem({
        ":one": 1,
        ":exp": windowStart + limit.windowSeconds + 60,
      }),
      ReturnValues: "UPDATED_NEW",
    }),
  );
  const hits = fromItem<{ hits: number }>(res.Attributes)?.hits ?? 0;
  if (hits > limit.limit) {
    const retry = windowStart + limit.windowSeconds - now;
    const minutes = Math.max(1, Math.ceil(retry / 60));
    throw new VisibleError(
      "rate_limited",
      "rate_limited",
      `요청이 너무 많습니다. ${minutes}분 후에 다시 시도해 주세요.`,
      {
        retryAfterSeconds: retry,
      },
    );
  }
}
