// `npm run synth [-- --stage prod]`: the CloudFormation templates, offline (no AWS credentials),
// into cdk.out/<stage>/<StackName>.template.json, for review and diffing. Builds web/ for
// production on the way. Offline, SST knows no account and writes its placeholder "my-account"
// (asset buckets, some ARNs): `sst deploy` synthesizes again against the real account.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { synth } from "../stacks/synth";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0) return process.argv[i + 1];
  return process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3);
};
const stage = arg("stage") ?? "dev";
if (!/^[a-z][a-z0-9-]*$/.test(stage)) {
  console.error(`Invalid stage "${stage}": lower-case letters, digits, "-".`);
  process.exit(2);
}

const { templates, stackNames } = await synth(stage);
const dir = resolve("cdk.out", stage);
mkdirSync(dir, { recursive: true });
for (const [key, template] of Object.entries(templates)) {
  const name = stackNames[key as keyof typeof stackNames];
  const file = resolve(dir, `${name}.template.json`);
  writeFileSync(file, JSON.stringify(template.toJSON(), null, 2) + "\n");
  console.log(file);
}
// SST leaves handles open (its esbuild service); the templates are written.
process.exit(0);
