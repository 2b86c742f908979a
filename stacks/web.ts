import { Duration, RemovalPolicy } from "aws-cdk-lib";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as s3 from "aws-cdk-lib/aws-s3";
import { StaticSite, use, type StackContext } from "sst/constructs";
import { Api } from "./api";

// Published homepages: strict headers; the pages carry no script of their own.
const SITE_CSP =
  "default-src 'none'; img-src 'self' data: https:; style-src 'self'; form-action 'self' https:; base-uri 'none'; frame-ancestors 'none'";

export function Web({ stack, app }: StackContext) {
  const { api } = use(Api);
  const prod = app.stage === "prod";

  // Stack tests set GOLMOK_SITE_FIXTURE so synth does not run a Vite build (the tests assert the
  // infrastructure; the web build has its own tests). Everywhere else the real app is built.
  const fixture = process.env.GOLMOK_SITE_FIXTURE;
  const site = new StaticSite(stack, "Site", {
    ...(fixture
      ? { path: fixture }
      : { path: "web", buildCommand: "npx vite build", buildOutput: "dist" }),
    environment: { VITE_API_URL: api.url },
  });

  const sites = new s3.Bucket(stack, "Homepages", {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    versioned: true,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !prod,
  });
  const headers = new cloudfront.ResponseHeadersPolicy(
    stack,
    "HomepageHeaders",
    {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: SITE_CSP,
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy:
            cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        frameOptions: {
          frameOption: cloudfront.HeadersFrameOption.DENY,
          override: true,
        },
      },
    },
  );
  const homepages = new cloudfront.Distribution(stack, "HomepageCdn", {
    defaultBehavior: {
      origin: origins.S3BucketOrigin.withOriginAccessControl(sites),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      compress: true,
      responseHeadersPolicy: headers,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
    },
    priceClass: cloudfront.PriceClass.PRICE_CLASS_200, // includes Korea
    httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
  });

  stack.addOutputs({
    SiteUrl: site.url ?? "",
    HomepagesBucket: sites.bucketName,
    HomepagesDomain: homepages.distributionDomainName,
  });
  return { site, sites, homepages };
}
