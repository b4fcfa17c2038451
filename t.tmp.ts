import { detectCtas } from './lib/analysis/cta/detect';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), '→', detectCtas(t).map(c => `${c.phrase}[${c.stage}]`).join(' | '));
