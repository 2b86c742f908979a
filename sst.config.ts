import type { SSTConfig } from "sst";
import { Data } from "./stacks/data";
import { Mail } from "./stacks/mail";
import { Webhooks } from "./stacks/webhooks";
import { Api } from "./stacks/api";
import { Web } from "./stacks/web";

export default {
  config() {
    return { name: "golmok", region: "ap-northeast-2" };
  },
  stacks(app) {
    app.stack(Data).stack(Mail).stack(Webhooks).stack(Api).stack(Web);
  },
} satisfies SSTConfig;
