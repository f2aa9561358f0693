import { z } from "zod";

const optStr = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);
const flag = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);

export const ZBatchDataPhone = z.object({
  number: z.string().min(1),
  type: optStr,
  carrier: optStr,
  reachable: z
    .boolean()
    .nullish()
    .transform((v) => v ?? undefined),
  score: z.number().nullish(),
  tested: z.boolean().nullish(),
  dnc: flag,
  tcpa: flag,
});

export const ZBatchDataPerson = z.object({
  name: z.object({ first: optStr, last: optStr, full: optStr }).nullish(),
  phoneNumbers: z.array(ZBatchDataPhone).nullish(),
  emails: z
    .array(
      z.object({
        email: z.string().min(1),
        tested: z
          .boolean()
          .nullish()
          .transform((v) => v ?? undefined),
      }),
    )
    .nullish(),
  litigator: flag,
  deceased: z.boolean().nullish(),
  // Public client code shows meta.matched/error per person; the request id may be echoed per person
  // (request.requestId or meta.requestId) — when it is not, persons are aligned with the requests.
  meta: z.object({ matched: flag, error: flag, requestId: z.string().nullish() }).nullish(),
  request: z.object({ requestId: z.string().nullish() }).nullish(),
});

export const ZBatchDataSkipTraceResponse = z.object({
  status: z.object({ code: z.number(), text: z.string().nullish() }),
  results: z.object({
    persons: z.array(ZBatchDataPerson),
    meta: z
      .object({
        requestId: z.string().nullish(),
        results: z
          .object({ requestCount: z.number().nullish(), matchCount: z.number().nullish(), noMatchCount: z.number().nullish(), errorCount: z.number().nullish() })
          .nullish(),
      })
      .nullish(),
  }),
});
export type TBatchDataPersonRaw = z.infer<typeof ZBatchDataPerson>;
