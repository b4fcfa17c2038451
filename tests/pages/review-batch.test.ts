import { describe, expect, it } from 'vitest';
import { BatchSession, CHUNK_ITEMS, type BatchJob, type BatchMessage } from '@/components/pages/review/batch';
import { draftKey, type ReviewItem } from '@/components/pages/review/item';

const fileOf = (name: string, text: string) => Object.assign(new Blob([text]), { name });

/** Runs a job in a session as the worker does; `get` opens a draft as the page asks for it. */
async function runBatchJob(job: BatchJob, post: (m: BatchMessage) => void = () => {}) {
  const answers: BatchMessage[] = [];
  const session = new BatchSession((m) => (m.type === 'item' || m.type === 'exported' ? answers.push(m) : post(m)));
  await session.run(job);
  let id = 0;
  return {
    get(key: string): ReviewItem | null {
      session.answer({ type: 'get', id: ++id, key });
      const a = answers.find((m) => m.type === 'item' && m.id === id);
      return a?.type === 'item' ? a.item : null;
    },
    exported(skip: string[] = []) {
      session.answer({ type: 'export', id: ++id, decisions: [], skip });
      const a = answers.find((m) => m.type === 'exported' && m.id === id);
      return a?.type === 'exported' ? a.rows : [];
    },
  };
}

describe("the reviewers' batch job (run by the worker)", () => {
  it('keys a draft exactly as version one did, so decisions already stored still find their drafts', () => {
    const draft = {
      platform: 'x',
      kind: 'reply',
      text: 'So sorry about that! Please DM us.',
      replyTo: { text: 'I was charged twice' },
    } as const;
    expect(draftKey(draft)).toBe('review:1e3a665018f2381b'); // computed with the version-one code
  });

  it('sends a start, then every draft in chunks of bounded size, in order, then done', async () => {
    const total = 1_800;
    const lines = Array.from({ length: total }, (_, i) =>
      JSON.stringify({ platform: 'x', kind: 'post', text: `Draft ${i} about our spring menu` }),
    );
    lines.splice(10, 0, '{oops');
    const messages: BatchMessage[] = [];
    await runBatchJob({ file: fileOf('b.jsonl', lines.join('\n')), now: Date.UTC(2026, 2, 2) }, (m) => messages.push(m));
    expect(messages[0]).toMatchObject({ type: 'start', source: 'b.jsonl', total, errors: [{ line: 11 }] });
    expect(messages.at(-1)).toEqual({ type: 'done' });
    const chunks = messages.filter((m): m is Extract<BatchMessage, { type: 'chunk' }> => m.type === 'chunk');
    // Bounded work per message on the page's side, however big the batch.
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(total / CHUNK_ITEMS));
    for (const c of chunks) expect(c.items.length).toBeLessThanOrEqual(CHUNK_ITEMS);
    const items = chunks.flatMap((c) => c.items);
    expect(items).toHaveLength(total);
    expect(items.every((i) => i.verdict)).toBe(true);
    // The page gets summaries; the full draft and report come when it is opened.
    expect(Object.keys(items[0]!).sort()).toEqual([
      'categories',
      'fix',
      'info',
      'key',
      'kind',
      'line',
      'platform',
      'preview',
      'verdict',
      'warn',
    ]);
    expect(items.map((i) => i.line)).toEqual(items.map((i) => i.line).sort((a, b) => a! - b!));
    console.log(
      `batch job: ${total} drafts in ${chunks.length} messages, at most ${Math.max(...chunks.map((c) => c.items.length))} a message`,
    );
  }, 120_000);

  it('counts scheduled drafts as published for the drafts after them (the shared runner)', async () => {
    const text = 'Our autumn menu is here: pumpkin soup, apple crumble and hot cider. Come and taste it this week!';
    const rows = ['x', 'facebook', 'linkedin'].map((platform, i) =>
      JSON.stringify({ platform, kind: 'post', text, posted_at: `2026-03-02T${String(8 + i).padStart(2, '0')}:00:00Z` }),
    );
    const messages: BatchMessage[] = [];
    const session = await runBatchJob({ file: fileOf('cal.jsonl', rows.join('\n')), now: Date.UTC(2026, 2, 2) }, (m) => messages.push(m));
    const items = messages.flatMap((m) => (m.type === 'chunk' ? m.items : []));
    expect(items[2]!.categories).toContain('crosspost');
    expect(session.get(items[2]!.key)!.report!.findings.map((f) => f.ruleId)).toContain('crosspost/mass-posting');
    expect(session.get('review:nothing')).toBeNull();
    // The export has every draft in batch order, less those pasted over.
    expect(session.exported().map((r) => r.platform)).toEqual(['x', 'facebook', 'linkedin']);
    expect(session.exported([items[1]!.key]).map((r) => r.platform)).toEqual(['x', 'linkedin']);
  });

  it("adapts each draft to its network's norms, keeping the adaptation only where it changes the draft", async () => {
    const rows = [
      { platform: 'linkedin', kind: 'post', text: 'Our **spring guide** is out.\n\n## What is inside\nTen tips for a greener garden.' },
      { platform: 'linkedin', kind: 'post', text: 'What is the one tool your team could not live without? Tell us below.' },
      {
        platform: 'x',
        kind: 'post',
        text: Array.from({ length: 12 }, (_, i) => `Tip ${i + 1}: water the roots, not the leaves, early in the morning.`).join(' '),
      },
    ].map((r) => JSON.stringify(r));
    const messages: BatchMessage[] = [];
    const session = await runBatchJob({ file: fileOf('adapt.jsonl', rows.join('\n')), now: Date.UTC(2026, 2, 2) }, (m) => messages.push(m));
    const [markdown, clean, long] = messages.flatMap((m) => (m.type === 'chunk' ? m.items : [])).map((i) => session.get(i.key));
    expect(markdown!.adapted).toEqual(['Our spring guide is out.\n\nWhat is inside\nTen tips for a greener garden.']);
    expect(clean!.adapted).toBeUndefined();
    expect(long!.adapted!.length).toBeGreaterThan(1); // an X thread, every part numbered
    for (const [i, part] of long!.adapted!.entries()) expect(part).toMatch(new RegExp(` ${i + 1}/${long!.adapted!.length}$`));
  });

  it('reports a file it cannot read as failed, not as a crash', async () => {
    const messages: BatchMessage[] = [];
    const broken = Object.assign(new Blob(['x']), { name: 'b.jsonl', text: () => Promise.reject(new Error('the file was moved')) });
    await runBatchJob({ file: broken, now: 0 }, (m) => messages.push(m));
    expect(messages).toEqual([{ type: 'failed', message: 'the file was moved' }]);
  });
});
