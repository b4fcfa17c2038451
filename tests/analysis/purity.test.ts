import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../lib/analysis');
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));

describe('lib/analysis stays pure', () => {
  it.each(files)('%s imports no Node, browser or DOM module and touches no browser global', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^(\.{1,2}\/|zod$|twitter-text$)/);
    }
    expect(source).not.toMatch(/\b(?:window|document|browser|chrome|localStorage|indexedDB|fetch)\s*[.(]/);
  });
});
