import * as iam from "aws-cdk-lib/aws-iam";
import { Aws } from "aws-cdk-lib";

// Published homepages: the bucket lives in the Web stack (beside its CloudFront distribution),
// the site function that writes into it lives in the Api stack, which comes first. The bucket's
// name is therefore fixed from the stage and account, so the function's configuration and
// permission need no reference to the later stack.
export const homepagesBucketName = (stage: string) =>
  `${stage}-golmok-homepages-${Aws.ACCOUNT_ID}`;

/** Where visitors reach published pages (a custom domain on the homepages distribution). */
export const sitesUrl = () =>
  process.env.GOLMOK_SITES_URL ?? "https://sites.golmok.kr";

/** The site function may write and delete published pages, nothing else in the bucket. */
export function homepagesAccess(stage: string): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ["s3:PutObject", "s3:DeleteObject"],
    resources: [`arn:aws:s3:::${homepagesBucketName(stage)}/s/*`],
  });
}

/** `/s/<slug>` and `/s/<slug>/` are the page; files keep their names. */
export const HOMEPAGE_REWRITE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.startsWith("/s/")) {
    if (uri.endsWith("/")) request.uri = uri + "index.html";
    else if (uri.split("/").pop().indexOf(".") === -1) request.uri = uri + "/index.html";
  }
  return request;
}`;
