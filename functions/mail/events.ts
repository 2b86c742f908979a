import type { SNSEvent } from "aws-lambda";
import { Mail, type DeliveryEvent } from "../../core/mail";

interface SesEvent {
  eventType: string;
  mail: { timestamp: string; tags?: Record<string, string[]> };
  bounce?: { bounceType: string; timestamp: string };
  complaint?: { timestamp: string };
  delivery?: { timestamp: string };
}

const KINDS: Record<string, DeliveryEvent> = {
  Bounce: "bounce",
  Complaint: "complaint",
  Delivery: "delivery",
  Reject: "reject",
};

/** SES configuration-set events (via SNS): marks the outbox message bounced, delivered, … */
export const handler = async (event: SNSEvent): Promise<void> => {
  for (const record of event.Records) {
    const e = JSON.parse(record.Sns.Message) as SesEvent;
    const kind = KINDS[e.eventType];
    const tenantId = e.mail.tags?.tenantId?.[0];
    const id = e.mail.tags?.outboxId?.[0];
    if (!kind || !tenantId || !id) continue;
    const at =
      e.bounce?.timestamp ??
      e.complaint?.timestamp ??
      e.delivery?.timestamp ??
      e.mail.timestamp;
    await Mail.recordEvent(tenantId, id, kind, at, e.bounce?.bounceType ?? "");
  }
};
