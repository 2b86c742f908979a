import { Duration, Fn, RemovalPolicy } from "aws-cdk-lib";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as s3 from "aws-cdk-lib/aws-s3";
import { StaticSite, use, type StackContext } from "sst/constructs";
import { Api } from "./api";
import { HOMEPAGE_REWRITE, homepagesBucketName } from "./site";

// Published homepages: strict headers; the pages carry no script of their own.
export const SITE_CSP =
  "default-src 'none'; img-src 'self' data: https:; style-src 'self'; form-action 'self' https:; base-uri 'none'; frame-ancestors 'none'";

// The web app: the same policy the local server sends (functions/local/stack.ts). Inline style
// attributes are allowed for Solid's style bindings; scripts and API calls stay on this origin.
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** Set by the stack tests: a prebuilt folder served instead of building web/. */
export const SITE_FIXTURE_ENV = "GOLMOK_SITE_FIXTURE";

function securityHeaders(
  scope: StackContext["stack"],
  id: string,
  csp: string,
): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, id, {
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
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
  });
}

// Client-side routes (/dashboard, /verify …) get the SPA shell; files (with a dot) are served as is.
// This replaces SST's default of CloudFront error responses, which apply to every behavior and
// would turn the API's 403 and 404 answers into index.html.
const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var last = request.uri.split("/").pop();
  if (!request.uri.startsWith("/.well-known/") && last.indexOf(".") === -1)
    request.uri = "/index.html";
  return request;
}`;

export function Web({ stack, app }: StackContext) {
  const { api } = use(Api);
  const prod = app.stage === "prod";

  // The app calls `/api/...` on its own origin with its session cookie (SameSite=Lax), so the
  // site's distribution forwards /api/* to the HTTP API: no CORS, no third-party cookie.
  const apiOrigin = new origins.HttpOrigin(
    Fn.select(2, Fn.split("/", api.url)),
    { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY },
  );

  // StaticSite runs its buildCommand while the app synthesizes. The stack tests assert the
  // infrastructure, not the front end (which has its own build and browser tests), so they set
  // GOLMOK_SITE_FIXTURE to a tiny prebuilt folder: no buildCommand, the folder is the output.
  // Everywhere else (sst deploy, npm run synth) web/ is built for production — NODE_ENV is set
  // explicitly because an offline synth runs with NODE_ENV=test (see stacks/synth.ts).
  const fixture = process.env[SITE_FIXTURE_ENV];
  const site = new StaticSite(stack, "Site", {
    ...(fixture
      ? { path: fixture }
      : {
          path: "web",
          buildCommand: "NODE_ENV=production npx vite build",
          buildOutput: "dist",
          // SST writes env typings for Vite apps; keep them out of web/src (the app reads none).
          vite: { types: "../.sst/web-env.d.ts" },
        }),
    // Given to the build as in SST's convention; the app itself calls the same-origin /api.
    environment: { VITE_API_URL: api.url },
    cdk: {
      distribution: {
        errorResponses: [],
        defaultBehavior: {
          compress: true,
          responseHeadersPolicy: securityHeaders(stack, "AppHeaders", APP_CSP),
          functionAssociations: [
            {
              function: new cloudfront.Function(stack, "SpaRewrite", {
                code: cloudfront.FunctionCode.fromInline(SPA_REWRITE),
              }),
              eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            },
          ],
        },
        additionalBehaviors: {
          "/api/*": {
            origin: apiOrigin,
            allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
            cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
            originRequestPolicy:
              cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
            compress: true,
          },
        },
        priceClass: cloudfront.PriceClass.PRICE_CLASS_200, // includes Korea
        httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      },
    },
  });

  const sites = new s3.Bucket(stack, "Homepages", {
    bucketName: homepagesBucketName(app.stage), // the site function (Api stack) writes here
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    versioned: true,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !prod,
  });
  const homepages = new cloudfront.Distribution(stack, "HomepageCdn", {
    defaultBehavior: {
      origin: origins.S3BucketOrigin.withOriginAccessControl(sites),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      compress: true,
      responseHeadersPolicy: securityHeaders(
        stack,
        "HomepageHeaders",
        SITE_CSP,
      ),
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      functionAssociations: [
        {
          function: new cloudfront.Function(stack, "HomepageRewrite", {
            code: cloudfront.FunctionCode.fromInline(HOMEPAGE_REWRITE),
          }),
          eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
        },
      ],
    },
    // The pages' booking and inquiry forms post to their own origin (form-action 'self'); only
    // these public routes reach the API from here.
    additionalBehaviors: {
      "/api/public/*": {
        origin: apiOrigin,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        originRequestPolicy:
          cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        // The forms' HTML answers get the homepage's policy, so the page's stylesheet applies.
        responseHeadersPolicy: securityHeaders(
          stack,
          "HomepageFormHeaders",
          SITE_CSP,
        ),
      },
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
