import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject } from "sst/project.js";
import { Data } from "./data";
import { Mail } from "./mail";
import { Api } from "./api";
import { Web } from "./web";

/** Synthesizes the whole app offline (the recipe in DESIGN.md) and returns each stack's template. */
/** `siteFixture`: a prebuilt folder served instead of building web/ (stack tests). */
export async function synth(
  stage: string,
  opts: { siteFixture?: string } = {},
) {
  if (opts.siteFixture) process.env.GOLMOK_SITE_FIXTURE = opts.siteFixture;
  else delete process.env.GOLMOK_SITE_FIXTURE;
  process.env.SST_TELEMETRY_DISABLED = "1";
  await initProject({ stage });
  const app = new App({
    mode: "deploy",
    stage,
    name: "golmok",
    region: "ap-northeast-2",
  });
  app.stack(Data).stack(Mail).stack(Api).stack(Web);
  await app.finish();
  const template = (s: Parameters<typeof getStack>[0]) =>
    Template.fromStack(getStack(s));
  return {
    data: template(Data),
    mail: template(Mail),
    api: template(Api),
    web: template(Web),
  };
}
