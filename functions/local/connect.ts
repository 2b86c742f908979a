// The command-line tools (seed, close, admin) use the running `npm start`'s DynamoDB Local when it
// answers, and otherwise start their own on the same data folder for as long as they run.
import { resolve } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { resetDynamoClient } from "../../core/db/client";
import { startDynamo } from "./dynamo";
import { ROOT } from "./stack";

async function answers(endpoint: string): Promise<boolean> {
  const probe = new DynamoDBClient({
    endpoint,
    region: "ap-northeast-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  try {
    await probe.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    probe.destroy();
  }
}

/** Points the DynamoDB client at the local data; `stop` ends a DynamoDB Local this started. */
export async function connectLocalData(): Promise<{
  stop: () => Promise<void>;
}> {
  const running = `http://127.0.0.1:${process.env.DYNAMO_PORT ?? 8000}`;
  let stop = async () => {};
  if (await answers(running)) process.env.DYNAMO_ENDPOINT = running;
  else {
    const own = await startDynamo({ dbPath: resolve(ROOT, ".data/dynamodb") });
    process.env.DYNAMO_ENDPOINT = own.endpoint;
    stop = own.stop;
  }
  process.env.TABLE_NAME ??= "golmok";
  resetDynamoClient();
  return { stop };
}
