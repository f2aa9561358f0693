import leadRecordV1 from "@/public/schemas/lead-record/v1.json" with { type: "json" };
import batchManifestV1 from "@/public/schemas/batch-manifest/v1.json" with { type: "json" };

/**
 * The published handoff schemas. The JSON files under public/schemas are the single source (the
 * app serves them as static files at their `$id` path); this module names their exact versions.
 * Versioning rules (README "Handoff"): an additive optional field bumps the minor version inside
 * v1; anything else is a new major (v2) served side by side under its own path.
 */
export const LEAD_RECORD_SCHEMA_VERSION = "1.0.0";
export const BATCH_MANIFEST_SCHEMA_VERSION = "1.0.0";

export const leadRecordSchemaV1 = leadRecordV1 as Record<string, unknown>;
export const batchManifestSchemaV1 = batchManifestV1 as Record<string, unknown>;

export const LEAD_RECORD_SCHEMA_PATH = leadRecordV1.$id;
export const BATCH_MANIFEST_SCHEMA_PATH = batchManifestV1.$id;
export const OPENAPI_PATH = "/schemas/openapi/handoff-v1.json";

/** An absolute schema URL for consumers that need one (CloudEvents `dataschema`). */
export const absoluteSchemaUrl = (baseUrl: string, path: string) => new URL(path, baseUrl).toString();
