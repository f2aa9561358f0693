/**
 * Injectable failures for the fake providers. A plan is a list of rules; each incoming call takes the
 * first rule that matches its provider (and endpoint, when given) and uses it up (`times`, default 1).
 * So `[{ provider: "apollo", fault: "server_error", times: 2 }]` makes the next two Apollo calls 500.
 */
export type TFault =
  /** 401 with the provider's plain-text "Invalid access credentials." */
  | { fault: "unauthorized" }
  /** 403 (Apollo API_INACCESSIBLE) */
  | { fault: "forbidden" }
  /** 422 (Apollo) / 400 (BatchData) with a validation message */
  | { fault: "invalid"; message?: string }
  /** 429 with `retry-after` (seconds, or an HTTP date string); omit to send no header */
  | { fault: "rate_limited"; retryAfter?: number | string }
  /** 5xx (default 500) */
  | { fault: "server_error"; status?: number }
  /** answers normally but only after `delayMs` (the client should time out first) */
  | { fault: "slow"; delayMs: number }
  /** 200 with a body that is not JSON ("truncated") or JSON of the wrong shape ("shape") */
  | { fault: "malformed"; variant?: "truncated" | "shape" }
  /** closes the connection without answering (a network error for the client) */
  | { fault: "drop" };

export type TFaultRule = TFault & {
  provider?: "apollo" | "batchdata";
  /** substring of the path after the provider's base, e.g. "people/bulk_match" */
  endpoint?: string;
  /** how many calls this rule answers (default 1) */
  times?: number;
};
export type TFaultPlan = TFaultRule[];

/** Mutable queue of rules; `take` consumes one use of the first matching rule. */
export function createFaultQueue(initial: TFaultPlan = []) {
  const rules = initial.map((rule) => ({ rule, left: rule.times ?? 1 }));
  return {
    add(plan: TFaultPlan) {
      for (const rule of plan) rules.push({ rule, left: rule.times ?? 1 });
    },
    clear() {
      rules.length = 0;
    },
    take(provider: "apollo" | "batchdata", path: string): TFault | null {
      const entry = rules.find((e) => e.left > 0 && (!e.rule.provider || e.rule.provider === provider) && (!e.rule.endpoint || path.includes(e.rule.endpoint)));
      if (!entry) return null;
      entry.left -= 1;
      if (entry.left <= 0) rules.splice(rules.indexOf(entry), 1);
      return entry.rule;
    },
    pending: () => rules.reduce((n, e) => n + e.left, 0),
  };
}
export type TFaultQueue = ReturnType<typeof createFaultQueue>;
