// Preloaded by bench-cli.ts into the CLI's process: reports its peak resident memory on exit.
import { writeSync } from 'node:fs';
process.on('exit', () => writeSync(2, `bench-cli peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
