import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultThreads, main } from '@/cli/check';

const dir = mkdtempSync(join(tmpdir(), 'postwise-cli-'));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => readFileSync(p, 'utf8'),
    now: () => Date.UTC(2026, 2, 2, 12),
    colour: false,
  });
  return { code, out, err };
}

const complaint = '@ShopCo I was charged twice for my order and nobody answers. Unacceptable!';
const goodReply = {
  platform: 'x',
  kind: 'reply',
  text: "@sam We're sorry about the double charge. Please send us a DM and we'll refund it today.",
  reply_to: complaint,
};
const dataAsk = { platform: 'x', kind: 'reply', text: '@sam Reply here with your order number and email address.', reply_to: complaint };
const social = { platform: 'facebook', kind: 'post', text: "What's your favourite way to spend a rainy Sunday? Tell us below 👇" };
const jsonl = (...rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');

describe('npm run check', async () => {
  it('exits 0 and prints a readable report when nothing needs fixing', async () => {
    const { code, out } = await run(file('ok.jsonl', jsonl(social, goodReply)));
    expect(code).toBe(0);
    expect(out).toMatch(/ok\.jsonl:1 {2}Facebook post {2}OK/);
    expect(out).toMatch(/2 drafts checked: /);
  });

  it('checks on one thread by default on two cores, on two when a core is left over', () => {
    expect([1, 2, 3, 4, 16].map(defaultThreads)).toEqual([1, 1, 2, 2, 2]);
  });

  it('--workers spreads the drafts over threads and writes the very same reports, in order', async () => {
    // Over a few chunks, with a calendar that sends one text to every network (caught only if each
    // thread sees the scheduled drafts before it), bad lines in between, and --adapt.
    const calendar = 'Our autumn menu is here: pumpkin soup, apple crumble and hot cider. Come and taste it this week!';
    const lines: string[] = [];
    for (let i = 0; i < 700; i++) {
      if (i % 97 === 13) lines.push('{"platform": "myspace"}');
      else if (i % 233 < 3)
        lines.push(
          JSON.stringify({
            platform: ['x', 'facebook', 'linkedin'][i % 233],
            kind: 'post',
            text: calendar,
            posted_at: new Date(Date.UTC(2026, 2, 2, 8, i)).toISOString(),
          }),
        );
      else lines.push(JSON.stringify(i % 3 ? { ...social, text: `${social.text} #${i}` } : { ...dataAsk, text: `${dataAsk.text} (${i})` }));
    }
    const path = file('many.jsonl', lines.join('\n'));
    for (const format of [['--json'], []]) {
      const one = await run(path, '--adapt', '--workers', '1', ...format);
      const two = await run(path, '--adapt', '--workers', '2', ...format);
      expect(two).toEqual(one);
    }
    const reports = (await run(path, '--json', '--workers', '3')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reports.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    expect(
      reports.filter((r) => r.findings?.some((f: { ruleId: string }) => f.ruleId === 'crosspost/mass-posting')).map((r) => r.line),
    ).toEqual([3, 234, 235, 236, 467, 468, 469, 700]); // every calendar post from the third network on
    expect(reports.filter((r) => r.error)).toHaveLength(lines.filter((l) => l.includes('myspace')).length);
    expect((await run(path, '--workers', 'many')).err).toMatch(/--workers: expected a whole number from 1 to 64, got many/);
  }, 120_000);

  it('exits 1 when a draft has a fix-level finding, and explains it', async () => {
    const { code, out } = await run(file('fix.jsonl', jsonl(social, dataAsk)));
    expect(code).toBe(1);
    expect(out).toMatch(/fix\.jsonl:2 {2}X reply {2}FIX/);
    expect(out).toMatch(/complaint\/public-data-ask/);
    expect(out).toMatch(/why: /);
  });

  it('--adapt prints each draft adapted to its network, and --json carries adapted: string[]', async () => {
    const caption = {
      platform: 'linkedin',
      kind: 'post',
      text: '**New:** our spring guide is out, link in bio!\n\n#spring #guide #garden #plants #seeds #soil #compost',
    };
    const long = {
      platform: 'x',
      kind: 'post',
      text: 'We rebuilt onboarding this quarter and signups doubled, here is what we changed. '.repeat(5).trim(),
    };
    const path = file('adapt.jsonl', jsonl(caption, long));
    const readable = await run(path, '--adapt');
    expect(readable.out).toContain('  adapted:\n    New: our spring guide is out, link in the comments!\n');
    expect(readable.out).toMatch(/adapted \(a thread of 2\):/);
    const lines = (await run(path, '--adapt', '--json')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].adapted).toEqual(['New: our spring guide is out, link in the comments!\n\n#spring #guide #garden #plants #compost']);
    expect(lines[1].adapted).toHaveLength(2);
    expect(lines[1].adapted[0]).toMatch(/ 1\/2$/);
    expect((await run(path, '--json')).out).not.toContain('"adapted"');
  });

  it('prints one JSON report per line with --json', async () => {
    const { code, out } = await run(file('j.jsonl', jsonl(social, dataAsk)), '--json');
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ line: 1, platform: 'facebook', verdict: 'ok' });
    expect(lines[1].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('complaint/public-data-ask');
  });

  it('names the line of a malformed draft, checks the others, and exits 2', async () => {
    const path = file(
      'bad.jsonl',
      [JSON.stringify(social), '{"platform":"myspace","text":"hi"}', '{oops', JSON.stringify(goodReply)].join('\n'),
    );
    const { code, out, err } = await run(path, '--json');
    expect(code).toBe(2);
    expect(err).toContain(`${path}:2: platform: expected one of x, facebook, linkedin, instagram`);
    expect(err).toMatch(/bad\.jsonl:3: not valid JSON/);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(lines[1]).toEqual({ line: 2, error: 'platform: expected one of x, facebook, linkedin, instagram' });
    expect(lines[3].verdict).toBeDefined();
  });

  it('exits 2 for a missing file, a missing argument or bad settings', async () => {
    expect((await run(join(dir, 'nope.jsonl'))).err).toMatch(/cannot read .*nope\.jsonl: ENOENT/);
    expect((await run(join(dir, 'nope.jsonl'))).code).toBe(2);
    expect((await run()).code).toBe(2);
    const settings = file('s.json', JSON.stringify({ supportEmail: 'not an email' }));
    const bad = await run(file('s1.jsonl', jsonl(social)), '--settings', settings);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/supportEmail/);
  });

  it('reads CSV drafts and a history, and catches a cross-post against it', async () => {
    const history = file(
      'past.jsonl',
      jsonl({
        platform: 'linkedin',
        kind: 'post',
        text: 'We just opened our second bakery in Leeds! Come say hello this weekend, the first coffee is on us. #leeds #bakery #smallbusiness',
        posted_at: '2026-03-02T09:00:00Z',
      }),
    );
    const drafts = file(
      'd.csv',
      'platform,kind,text\nx,post,"We just opened our second bakery in Leeds! Come say hello this weekend, the first coffee is on us. #leeds #bakery #smallbusiness"\n',
    );
    const { out } = await run(drafts, '--history', history, '--json');
    const report = JSON.parse(out.trim());
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('crosspost/near-duplicate');
  });

  it('treats drafts with posted_at as a calendar: one text to three networks in a day is mass posting', async () => {
    const text = 'Our autumn menu is here: pumpkin soup, apple crumble and hot cider. Come and taste it this week!';
    const rows = ['x', 'facebook', 'linkedin'].map((platform, i) => ({
      platform,
      kind: 'post',
      text,
      posted_at: `2026-03-02T${String(8 + i).padStart(2, '0')}:00:00Z`,
    }));
    const { out } = await run(file('cal.jsonl', jsonl(...rows)), '--json');
    const last = JSON.parse(out.trim().split('\n')[2]!);
    expect(last.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('crosspost/mass-posting');
  });

  it('runs as npm run check from the shell, on worker threads from the bundled CLI', async () => {
    const path = file('shell.jsonl', jsonl(social, goodReply, dataAsk));
    const args = (workers: string) => ['scripts/check.mjs', path, '--json', '--workers', workers, '--now', '2026-03-02T12:00:00Z'];
    const options = { cwd: join(__dirname, '../..'), encoding: 'utf8' as const };
    const inline = spawnSync(process.execPath, args('1'), options);
    const threaded = spawnSync(process.execPath, args('2'), options);
    expect(inline.stderr).toBe('');
    expect(inline.stdout.trim().split('\n')).toHaveLength(3);
    expect(threaded.stdout).toBe(inline.stdout);
    expect(threaded.status).toBe(inline.status);
  }, 60_000);
});

describe('npm run check under bad input', () => {
  it('rejects a settings file with a typo in a key, with a did-you-mean hint', async () => {
    const settings = file('typo.json', JSON.stringify({ disabledrules: ['promo/ratio'], crossPostDays: 3, supportEmail: 'help@shop.co' }));
    const { code, err, out } = await run(file('t.jsonl', jsonl(social)), '--settings', settings);
    expect(code).toBe(2);
    expect(err).toContain('disabledrules: unknown setting; did you mean disabledRules?');
    expect(err).toContain('crossPostDays: unknown setting; did you mean crosspostDays?');
    expect(out).toBe('');
    const proto = await run(file('t2.jsonl', jsonl(social)), '--settings', file('proto.json', '{"__proto__":{"disabledRules":[]}}'));
    expect(proto.code).toBe(2);
    expect(proto.err).toContain('__proto__: unknown setting');
  });

  it('says what a text is when it is a number or an object', async () => {
    const { code, err } = await run(
      file('types.jsonl', ['{"platform":"x","text":42}', '{"platform":"x","text":{"body":"hi"}}'].join('\n')),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/types\.jsonl:1: text: expected text, found a number \(42\)/);
    expect(err).toMatch(/types\.jsonl:2: text: expected text, found an object/);
    expect(err).not.toMatch(/missing/);
  });

  it('counts every line an unclosed quote swallows in a 1,001-line CSV', async () => {
    const lines = [
      'platform,kind,text',
      'facebook,post,"What\'s your favourite way to spend a rainy Sunday? Tell us below 👇"',
      'x,post,"An unclosed quote',
    ];
    for (let i = 4; i <= 1001; i++) lines.push(`x,post,Draft number ${i}`);
    const path = file('unclosed.csv', `${lines.join('\n')}\n`);
    const { code, out, err } = await run(path);
    expect(code).toBe(2);
    expect(err).toContain(`${path}:3: a quoted field opened here is never closed: lines 3–1001 (999 lines) could not be read`);
    expect(out).toMatch(/1 draft checked: 1 ok, 0 warn, 0 fix; 999 lines could not be read/);
  });

  it('refuses a CSV that names a column twice', async () => {
    const { code, err, out } = await run(file('dup.csv', 'platform,text,kind,text\nx,hello,post,again\n'));
    expect(code).toBe(2);
    expect(err).toMatch(/dup\.csv:1: the header names "text" \(columns 2 and 4\) more than once/);
    expect(out).not.toMatch(/draft checked/);
  });

  it('reads the file as a stream: the first answer is out before most of the file is read', async () => {
    for (const [name, header, row] of [
      ['stream.jsonl', '', '{"platform":"myspace","text":"hi"}'],
      ['stream.csv', 'platform,text', 'myspace,hi'],
    ] as const) {
      const total = 20_000;
      let produced = 0;
      let producedAtFirstAnswer = -1;
      const code = await main([name, '--json'], {
        out: () => {
          if (producedAtFirstAnswer < 0) producedAtFirstAnswer = produced;
        },
        err: () => {},
        readFile: () => '',
        open: () =>
          Readable.from(
            (function* () {
              if (header) yield `${header}\n`;
              for (; produced < total;) {
                produced++;
                yield `${row}\n`;
              }
            })(),
          ),
        now: () => 0,
        colour: false,
      });
      expect(code).toBe(2);
      expect(produced).toBe(total);
      expect(producedAtFirstAnswer).toBeGreaterThan(0);
      expect(producedAtFirstAnswer).toBeLessThan(total / 4);
    }
  }, 60_000);

  it('stops quietly with status 0 when the reader of its output goes away (| head)', async () => {
    const path = file('many.jsonl', Array.from({ length: 3000 }, () => JSON.stringify(social)).join('\n'));
    const child = spawn(process.execPath, ['scripts/check.mjs', path, '--json', '--now', '2026-03-02T12:00:00Z'], {
      cwd: join(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy(); // what `head -1` does once it has its line
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 60_000);
});
