import { EnvError, readWebEnv } from "./env";

// Imported by instrumentation.ts in the Node.js runtime only.
try {
  readWebEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exit(2);
}
