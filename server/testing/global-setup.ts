import type { TestProject } from "vitest/node";
import { createTemplateDatabase, dropDatabase } from "./databases";

/**
 * Integration runs get one freshly migrated template database; each test file clones it
 * (CREATE DATABASE … TEMPLATE), so files never see each other's rows, including audit rows.
 */
export default async function setup(project: TestProject) {
  const template = await createTemplateDatabase();
  project.provide("templateDatabaseUrl", template);
  return async () => {
    await dropDatabase(template);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
