import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject } from "sst/project.js";
import { Data } from "./data";
import { Mail } from "./mail";
import { Webhooks } from "./webhooks";
import { Api } from "./api";
import { SITE_FIXTURE_ENV, Web } from "./web";

export const STACKS = {
  data: Data,
  mail: Mail,
  webhooks: Webhooks,
  api: Api,
  web: Web,
};
type Name = keyof typeof STACKS;

export interface Synthesized {
  stage: string;
  templates: Record<Name, Template>;
  /** CloudFormation stack names, e.g. `prod-golmok-Data`. */
  stackNames: Record<Name, string>;
}

/**
 * Synthesizes the whole app offline, without AWS credentials (the recipe in DESIGN.md), in the
 * order sst.config.ts gives. `siteFixture`: a prebuilt folder served instead of building web/.
 * SST keeps its project state in module globals: one stage per process.
 */
export async function synth(
  stage: string,
  opts: { siteFixture?: string } = {},
): Promise<Synthesized> {
  if (opts.siteFixture) process.env[SITE_FIXTURE_ENV] = opts.siteFixture;
  else delete process.env[SITE_FIXTURE_ENV];
  process.env.SST_TELEMETRY_DISABLED = "1";
  // SST's App.finish() looks up the bootstrap stack in the AWS account (to wire the sourcemap
  // uploader, a deploy-time extra) unless NODE_ENV is "test"; offline that lookup cannot work.
  process.env.NODE_ENV = "test";
  await initProject({ stage });
  const app = new App({
    mode: "deploy",
    stage,
    name: "golmok",
    region: "ap-northeast-2",
  });
  app.stack(Data).stack(Mail).stack(Webhooks).stack(Api).stack(Web);
  await app.finish();
  const names = Object.keys(STACKS) as Name[];
  const pick = <T>(f: (s: (typeof STACKS)[Name]) => T) =>
    Object.fromEntries(names.map((n) => [n, f(STACKS[n])])) as Record<Name, T>;
  return {
    stage,
    templates: pick((s) => Template.fromStack(getStack(s))),
    stackNames: pick((s) => getStack(s).stackName),
  };
}
