// A worker process of the tenant-month (bench/month.ts inWorkers): the parent's DynamoDB Local and
// SES local are reached through the environment it forked us with. Signs its shops up when told
// to, says "ready", lives their month on "live" and sends back what they consumed.
import type { Profile } from "./profile";
import { liveShops, setUpShops, type Shop, type WorkerMessage } from "./month";

type Command =
  | {
      kind: "setUp";
      from: number;
      to: number;
      concurrency: number;
      profile: Profile;
    }
  | { kind: "live" };

const say = (m: WorkerMessage) =>
  new Promise<void>((done) => process.send!(m, () => done()));

// The bench stopped (or died): so does its worker.
process.on("disconnect", () => process.exit(1));

let shops: Shop[] = [];
let setUp: Extract<Command, { kind: "setUp" }> | undefined;

process.on("message", (c: Command) => {
  const run = async () => {
    if (c.kind === "setUp") {
      setUp = c;
      shops = await setUpShops(c.from, c.to, c.concurrency);
      await say({ kind: "ready" });
    } else {
      const result = await liveShops(shops, setUp!.concurrency, setUp!.profile);
      await say({ kind: "done", result });
      process.exit(0);
    }
  };
  run().catch(async (err: unknown) => {
    await say({
      kind: "error",
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    process.exit(1);
  });
});
