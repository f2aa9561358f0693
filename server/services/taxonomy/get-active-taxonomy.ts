import type { Db } from "@/server/db/client";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { ZTaxonomy, type TTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";

export const TAXONOMY_SETTING_KEY = "taxonomy";

/** The taxonomy in force: the admins' edited version from settings, else the product default. */
export async function getActiveTaxonomy(db: Db): Promise<TTaxonomy> {
  const setting = await db.setting.findUnique({ where: { key: TAXONOMY_SETTING_KEY }, select: { value: true } });
  return setting ? ZTaxonomy.parse(setting.value) : defaultTaxonomy;
}
