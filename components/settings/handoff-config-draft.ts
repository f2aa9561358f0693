import { z } from "zod";
import type { TRouterInputs, TRouterOutputs } from "@/components/providers/router-types";

export type THandoffConfigView = TRouterOutputs["handoff"]["config"];
type TMaskedConfig = THandoffConfigView["value"];
type TMaskedEndpoint = TMaskedConfig["pushEndpoints"][number];

/** An endpoint being edited: secret is what the admin typed ("" keeps the stored one), secretHint is null for a new endpoint. */
export type TEndpointDraft = Omit<TMaskedEndpoint, "secret" | "secretHint"> & { rowId: string; secret: string; secretHint: string | null };
export type THandoffDraft = Omit<TMaskedConfig, "pushEndpoints"> & { pushEndpoints: TEndpointDraft[] };

export const toDraft = (value: TMaskedConfig): THandoffDraft => ({
  ...value,
  pushEndpoints: value.pushEndpoints.map((endpoint) => ({ ...endpoint, rowId: `saved-${endpoint.name}` })),
});

/** What handoff.saveConfig takes: the draft without the editor's own fields. */
export const toSaveInput = (draft: THandoffDraft, expectedVersion: number): TRouterInputs["handoff"]["saveConfig"] => ({
  ...draft,
  pushEndpoints: draft.pushEndpoints.map(({ name, url, secret, enabled, timeoutMs }) => ({ name, url, secret, enabled, timeoutMs })),
  expectedVersion,
});

const ZIssues = z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }));

/**
 * A save error as lines that name the field. Input validation arrives as zod's JSON list of issues,
 * DomainErrors as "field: reason"; an endpoint's index is replaced by its name.
 */
export function describeSaveError(message: string, endpointNames: readonly string[]): string[] {
  const endpoint = (index: number) => endpointNames[index] || `#${index + 1}`;
  const named = (text: string) => text.replace(/pushEndpoints\.(\d+)/g, (_, index: string) => `pushEndpoints.${endpoint(Number(index))}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return [named(message)];
  }
  const issues = ZIssues.safeParse(parsed);
  if (!issues.success) return [named(message)];
  return issues.data.map((issue) => `${named(issue.path.join(".")) || "value"}: ${issue.message}`);
}
