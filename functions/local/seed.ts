import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import * as v from "valibot";
import { Auth } from "../../core/auth";
import { SignupInput } from "../../core/auth/schema";
import { ensureTable } from "../../core/db/bootstrap";
import { getItem, resetDynamoClient } from "../../core/db/client";
import { Keys } from "../../core/db/keys";
import { startDynamo } from "./dynamo";
import { ROOT } from "./stack";
import { resolve } from "node:path";

// `npm run seed`: a demo salon with an owner login, into the running `npm start` (or .data/ directly).
const DEMO = {
  businessName: "골목헤어 (데모)",
  noBizNo: false,
  bizNo: "120-81-47521",
  ownerName: "김골목",
  industry: "salon",
  email: "demo@golmok.local",
  phone: "010-1234-5678",
  password: "alley-salon-2026",
  privacyConsent: true,
};

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

const running = `http://127.0.0.1:${process.env.DYNAMO_PORT ?? 8000}`;
let stop: (() => Promise<void>) | undefined;
if (await answers(running)) process.env.DYNAMO_ENDPOINT = running;
else {
  const own = await startDynamo({ dbPath: resolve(ROOT, ".data/dynamodb") });
  process.env.DYNAMO_ENDPOINT = own.endpoint;
  stop = own.stop;
}
process.env.TABLE_NAME ??= "golmok";
resetDynamoClient();
await ensureTable();

if (await getItem(Keys.email(DEMO.email))) {
  console.log(`데모 계정이 이미 있습니다: ${DEMO.email} / ${DEMO.password}`);
} else {
  await Auth.signup(v.parse(SignupInput, DEMO), "seed", { preverified: true });
  console.log(
    `데모 미용실을 만들었습니다.\n  로그인: ${DEMO.email}\n  비밀번호: ${DEMO.password}`,
  );
}
await stop?.();
