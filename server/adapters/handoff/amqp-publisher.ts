import amqp from "amqplib";
import { CLOUDEVENTS_CONTENT_TYPE, type TCloudEvent } from "@/server/domain/handoff/cloud-event";

export type TEventPublisher = {
  /** Publishes every event (persistent, to the durable topic exchange, routing key = type) and resolves once the broker confirmed all of them. */
  publish(events: TCloudEvent[]): Promise<void>;
  close(): Promise<void>;
};

/**
 * RabbitMQ through amqplib with publisher confirms (a ConfirmChannel): `publish` resolves only
 * after the broker has taken responsibility for every message, so the caller may then mark them
 * published. Structured-mode CloudEvents; message id = event id for consumer deduplication.
 */
export async function openAmqpPublisher(url: string, exchange: string): Promise<TEventPublisher> {
  const connection = await amqp.connect(url, { timeout: 10_000 });
  connection.on("error", () => {});
  try {
    const channel = await connection.createConfirmChannel();
    channel.on("error", () => {});
    await channel.assertExchange(exchange, "topic", { durable: true });
    return {
      async publish(events) {
        for (const event of events) {
          channel.publish(exchange, event.type, Buffer.from(JSON.stringify(event)), {
            persistent: true,
            contentType: CLOUDEVENTS_CONTENT_TYPE,
            messageId: event.id,
            type: event.type,
            timestamp: Math.floor(Date.parse(event.time) / 1000),
            appId: "sxe",
          });
        }
        await channel.waitForConfirms();
      },
      async close() {
        await channel.close().catch(() => {});
        await connection.close().catch(() => {});
      },
    };
  } catch (error) {
    await connection.close().catch(() => {});
    throw error;
  }
}
