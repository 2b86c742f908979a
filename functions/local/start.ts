// This machine runs Node 20 (see README); the SDK's notice about its 2027 releases is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const { startLocal } = await import("./stack");

// `npm start`: the whole product on this machine, data kept under .data/.
const started = Date.now();
console.log(
  "골목 Golmok: starting (DynamoDB Local, SES local, web build, API)…",
);
try {
  const stack = await startLocal({
    port: Number(process.env.PORT ?? 3000),
    dynamoPort: Number(process.env.DYNAMO_PORT ?? 8000),
    sesPort: Number(process.env.SES_PORT ?? 8005),
    buildWeb: process.env.SKIP_WEB_BUILD !== "1",
    quiet: true,
  });
  process.env.GOLMOK_LOG_REQUESTS ??= "0";
  // Data kept under .data/ from an older version: brought up to what the code reads.
  const { backfillInvoiceIndexes } =
    await import("../../core/invoice/backfill");
  const migrated = await backfillInvoiceIndexes();
  if (migrated.indexed)
    console.log(`  세금계산서 색인: ${migrated.indexed}개 항목을 넣었습니다.`);
  console.log(`
  웹 앱 (Web app)        ${stack.appUrl}
  API                    ${stack.apiUrl}   (문서: ${stack.apiUrl}/docs)
  메일함 (Local mailbox)  ${stack.mailboxUrl}
  DynamoDB Local         ${stack.dynamoEndpoint}
  데이터 (Data)          ${stack.dataDir}

  Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. 데모 계정: npm run seed. Ctrl-C to stop.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
} catch (err) {
  console.error(`\n시작하지 못했습니다: ${(err as Error).message}`);
  if ((err as NodeJS.ErrnoException).code === "EADDRINUSE")
    console.error(
      "포트가 이미 사용 중입니다. 다른 npm start가 실행 중인지 확인하거나 PORT / DYNAMO_PORT / SES_PORT를 바꿔 주세요.",
    );
  process.exit(1);
}
export {};
