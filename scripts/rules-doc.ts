/**
 * Writes docs/rules.md from the rule registry (ids, categories, severities, descriptions and
 * messages), so the docs never drift from the code. `npm run docs`; a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../lib/analysis/rules/index';
import { CATEGORIES } from '../lib/analysis/schemas';

const TITLES: Record<(typeof CATEGORIES)[number], string> = {
  'platform-norms': 'Platform norms',
  crosspost: 'Cross-posting',
  'cta-stage': 'Calls to action and the funnel stage',
  'promo-ratio': 'The 80/20 rule',
  complaint: 'Replies to complaints',
};

/** The markdown of docs/rules.md. */
export function rulesDoc(): string {
  const out = [
    '# The checks',
    '',
    'Generated from the rule registry by `npm run docs`; do not edit by hand.',
    'Every rule can be switched off in the settings (`disabledRules`) by its id.',
    '',
  ];
  for (const category of CATEGORIES) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (!inCategory.length) continue;
    out.push(`## ${TITLES[category]}`, '');
    for (const { meta } of inCategory) {
      out.push(`### \`${meta.id}\` (${meta.severity})`, '', meta.description, '');
      for (const [id, m] of Object.entries(meta.messages)) {
        out.push(`- \`${id}\`: ${m.message.replace(/\s+/g, ' ')}  `, `  *Why:* ${m.explanation.replace(/\s+/g, ' ')}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc());
  console.log(`docs/rules.md: ${rules.length} rules`);
}
