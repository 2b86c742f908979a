// `npm run synth [-- --stage prod]`: CloudFormation templates offline (no AWS credentials) into cdk.out/<stage>/.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { synth } from "../stacks/synth";

const i = process.argv.indexOf("--stage");
const stage = i > 0 ? process.argv[i + 1] : "dev";
const templates = await synth(stage);
const dir = resolve("cdk.out", stage);
mkdirSync(dir, { recursive: true });
for (const [name, t] of Object.entries(templates)) {
  const file = resolve(dir, `${name}.template.json`);
  writeFileSync(file, JSON.stringify(t.toJSON(), null, 2));
  console.log(file);
}
process.exit(0);
