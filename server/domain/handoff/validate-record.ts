import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { dateTimeFormat } from "./date-time-format";
import { batchManifestSchemaV1, leadRecordSchemaV1 } from "./schema-registry";

/** One reason a record failed the schema: the JSON pointer of the field and what is wrong. */
export type TSchemaIssue = { field: string; reason: string };

let compiled: { record: ValidateFunction; manifest: ValidateFunction } | undefined;

/** Both schemas compiled once per process (ajv compiles to a plain function; reuse is the fast path). */
function validators() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addFormat("date-time", dateTimeFormat);
    compiled = { record: ajv.compile(leadRecordSchemaV1), manifest: ajv.compile(batchManifestSchemaV1) };
  }
  return compiled;
}

const describe = (errors: ErrorObject[] | null | undefined): TSchemaIssue[] =>
  (errors ?? []).map((e) => {
    const extra = e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : "";
    const field = e.keyword === "required" ? `${e.instancePath}/${String((e.params as { missingProperty?: string }).missingProperty)}` : e.instancePath;
    return { field: field || "/", reason: `${e.message ?? e.keyword}${extra}` };
  });

/** Empty when the record satisfies lead-record v1. */
export function validateLeadRecord(record: unknown): TSchemaIssue[] {
  const validate = validators().record;
  return validate(record) ? [] : describe(validate.errors);
}

export function validateBatchManifest(manifest: unknown): TSchemaIssue[] {
  const validate = validators().manifest;
  return validate(manifest) ? [] : describe(validate.errors);
}
