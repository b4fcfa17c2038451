import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '@/entrypoints/background/handlers';
import { RequestSchema, ResponseDataSchemas } from '@/lib/messaging/protocol';

const DIR = resolve(import.meta.dirname, '../../entrypoints/background/handlers');
const types = RequestSchema.options.map((o) => o.shape.type.value).sort();

describe('one handler module per message type', () => {
  it('every request type has a response schema and a handler', () => {
    expect(Object.keys(ResponseDataSchemas).sort()).toEqual(types);
    expect(Object.keys(handlers).sort()).toEqual(types);
  });

  it.each(types)('%s lives in handlers/%s.ts', (type) => {
    expect(existsSync(resolve(DIR, `${type}.ts`))).toBe(true);
  });

  it('has no handler module without a message type', () => {
    const files = readdirSync(DIR)
      .filter((f) => !['index.ts', 'types.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(types);
  });
});
