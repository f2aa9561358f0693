import { z } from "zod";

/** Apollo returns null for most absent fields; the client exposes them as undefined. */
const optStr = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);
const optNum = z
  .number()
  .nullish()
  .transform((v) => v ?? undefined);

export const ZApolloPhone = z.object({
  raw_number: z.string(),
  sanitized_number: optStr,
  type: optStr,
  status: optStr,
  dnc_status: optStr,
});

export const ZApolloOrganization = z.object({
  id: optStr,
  name: optStr,
  website_url: optStr,
  primary_domain: optStr,
  industry: optStr,
  estimated_num_employees: optNum,
  city: optStr,
  state: optStr,
  country: optStr,
  street_address: optStr,
  postal_code: optStr,
  linkedin_url: optStr,
});

export const ZApolloPerson = z
  .object({
    id: z.string().min(1),
    name: optStr,
    first_name: optStr,
    last_name: optStr,
    title: optStr,
    email: z.string().nullish(),
    email_status: z.string().nullish(),
    linkedin_url: optStr,
    twitter_url: optStr,
    city: optStr,
    state: optStr,
    country: optStr,
    organization: ZApolloOrganization.nullish(),
    phone_numbers: z.array(ZApolloPhone).nullish(),
    contact: z.object({ phone_numbers: z.array(ZApolloPhone).nullish() }).nullish(),
  })
  .transform(({ contact, phone_numbers, ...person }) => {
    const phones = phone_numbers ?? contact?.phone_numbers ?? undefined;
    return { ...person, ...(phones ? { phone_numbers: phones } : {}) };
  });

export const ZApolloBulkMatchResponse = z.object({
  status: z.string().nullish(),
  error_code: z.string().nullish(),
  error_message: z.string().nullish(),
  total_requested_enrichments: z.number().nullish(),
  unique_enriched_records: z.number().nullish(),
  missing_records: z.number().int().min(0).nullish(),
  credits_consumed: z.number().min(0),
  matches: z.array(ZApolloPerson.nullable()),
});

export const ZApolloOrganizationResponse = z.object({ organization: ZApolloOrganization.nullish() });
