import type { TRouterInputs, TRouterOutputs } from "@/components/providers/router-types";

/** What the enrichment procedures return, for component props (no server imports). */
export type TEnrichmentPreview = TRouterOutputs["enrichment"]["preview"];
export type TEnrichmentSelection = TRouterInputs["enrichment"]["preview"]["selection"];
export type TRequestResult = TRouterOutputs["enrichment"]["request"];
export type TEnrichmentRequestPage = TRouterOutputs["enrichment"]["list"];
export type TEnrichmentRequest = TEnrichmentRequestPage["items"][number];
export type TEnrichmentRequestDetail = TRouterOutputs["enrichment"]["get"];
export type TEnrichmentItem = TEnrichmentRequestDetail["items"][number];
export type TEnrichmentCosts = TRouterOutputs["enrichment"]["costs"];
export type TCardContacts = TRouterOutputs["enrichment"]["cardContacts"];
export type TEnrichmentStatus = TEnrichmentRequest["status"];
