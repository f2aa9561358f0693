import { absoluteSchemaUrl, BATCH_MANIFEST_SCHEMA_PATH } from "./schema-registry";

/**
 * CloudEvents 1.0 (structured JSON mode). Each outbox row becomes exactly one event whose `id` is
 * the outbox row id, so a re-published event carries the same id and consumers deduplicate on it.
 */
export const HANDOFF_BATCH_EMITTED = "com.sxe.handoff.batch.emitted.v1";
export const CLOUDEVENTS_CONTENT_TYPE = "application/cloudevents+json";

export type TCloudEvent = {
  specversion: "1.0";
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: "application/json";
  dataschema?: string;
  data: unknown;
};

export type TOutboxRow = { id: string; type: string; aggregateType: string; aggregateId: string; payload: unknown; createdAt: Date };

/** Schemas of the event types this product defines; other types (e.g. erasure) carry none. */
const dataSchemas: Record<string, string> = { [HANDOFF_BATCH_EMITTED]: BATCH_MANIFEST_SCHEMA_PATH };

export function toCloudEvent(row: TOutboxRow, opts: { baseUrl: string }): TCloudEvent {
  const schema = dataSchemas[row.type];
  return {
    specversion: "1.0",
    id: row.id,
    source: `/sxe/${row.aggregateType}`,
    type: row.type,
    subject: row.aggregateId,
    time: row.createdAt.toISOString(),
    datacontenttype: "application/json",
    ...(schema ? { dataschema: absoluteSchemaUrl(opts.baseUrl, schema) } : {}),
    data: row.payload,
  };
}
