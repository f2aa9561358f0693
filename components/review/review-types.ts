import type { TRouterOutputs } from "@/components/providers/router-types";

export type TReviewPage = TRouterOutputs["review"]["queue"];
export type TReviewItem = TReviewPage["items"][number];
export type TTagChanges = { industry?: string; persona?: string; tribe?: string };
