import { handle } from "hono/aws-lambda";
import { docsApp } from "./routes";
import { Metering } from "../../core/metering";

const app = handle(docsApp);
export const handler: typeof app = async (event, context) => {
  const res = await app(event, context);
  // Lambda freezes the container between invocations: flush the usage aggregate when its batch is due.
  await Metering.flushIfDue();
  return res;
};
