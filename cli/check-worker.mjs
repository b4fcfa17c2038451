// Starts the check worker (check-worker.ts) through tsx, which runs the CLI's TypeScript: loader
// hooks given to the main thread do not reach worker threads on Node 20.
import { tsImport } from 'tsx/esm/api';

await tsImport('./check-worker.ts', import.meta.url);
