// AWS list prices, Seoul (ap-northeast-2), on-demand, USD; dated so a price change is a new row.
// ⚠ Typed in from the AWS pricing pages as of the date below (no network here to re-check):
// verify against https://aws.amazon.com/<service>/pricing/ before quoting them to anyone.
export const PRICES = [
  {
    from: "2024-11-01", // DynamoDB on-demand price cut (−50%)
    usdKrw: 1400,
    dynamo: {
      perMillionWrite: 0.7065,
      perMillionRead: 0.1413,
      // Standard table class storage; the first 25 GB of an account are free (not counted here).
      perGbMonth: 0.2846,
    },
    /** The functions' memory (stacks/settings.ts): GB-seconds are billed at this size. */
    lambdaMemoryMb: 256,
    lambdaArm: { perGbSecond: 0.0000133334, perMillionRequests: 0.2 },
    httpApi: { perMillionRequests: 1.29 },
    sqs: { perMillionRequests: 0.4 },
    ses: { perThousandEmails: 0.1, perGbAttachments: 0.12 },
    // CloudFront to viewers in Korea: first 10 TB a month, and HTTPS requests. The $0.120/GB was
    // checked on 2026-12-04 against a stored copy of aws.amazon.com/cloudfront/pricing (the "Hong
    // Kong, Indonesia, Philippines, Singapore, South Korea, …" column); the request price was not
    // in that copy (⚠ from memory). The page's always-free tier (1 TB and 10 M requests a month
    // per account: the homepages of the first ~1,000 shops at this profile) is not counted.
    cloudFront: { perGbKorea: 0.12, perTenThousandHttps: 0.012 },
    s3: { perGbMonth: 0.025 },
  },
] as const;

export const price = () => PRICES[PRICES.length - 1];
