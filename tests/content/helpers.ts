/** A fake site adapter, a manual clock and a scripted background for the content-script tests. */
import { vi } from 'vitest';
import type { Finding, Platform, ReplyContext, Report } from '@/lib/analysis/schemas';
import type { Composer, PlatformAdapter } from '@/lib/platforms/types';
import type { Send } from '@/lib/messaging/messenger';
import type { SessionDeps } from '@/lib/content/session';
import { TRUST_EVERYTHING } from '@/lib/content/trust';

/** An editor whose text lives in a variable, edited the way the site adapters edit it. */
export function fakeAdapter(platform: Platform = 'x', opts: { replyTo?: ReplyContext } = {}) {
  const texts = new Map<HTMLElement, string>();
  const submitters = new Map<HTMLElement, (text: string) => void>();
  const calls: Array<[number, number, string]> = [];
  const adapter: PlatformAdapter & { replaceOk: boolean } = {
    platform,
    hosts: ['x.com'],
    replaceOk: true,
    findComposers: (root) =>
      Array.from((root as ParentNode).querySelectorAll<HTMLElement>('[data-editor]')).map((editor): Composer => ({
        editor,
        kind: (editor.dataset.kind as Composer['kind']) ?? 'post',
        key: editor.dataset.key ?? `${platform}:post:0`,
      })),
    readText: (editor) => texts.get(editor) ?? '',
    readReplyContext: () => opts.replyTo,
    anchor: (editor) => editor,
    onSubmit: (editor, cb) => {
      submitters.set(editor, cb);
      return () => submitters.delete(editor);
    },
    replaceText: async (editor, start, end, text) => {
      calls.push([start, end, text]);
      if (!adapter.replaceOk) return false;
      const before = texts.get(editor) ?? '';
      texts.set(editor, before.slice(0, start) + text + before.slice(end));
      return true;
    },
  };
  return {
    adapter,
    calls,
    setText: (editor: HTMLElement, text: string) => texts.set(editor, text),
    text: (editor: HTMLElement) => texts.get(editor) ?? '',
    submit: (editor: HTMLElement) => submitters.get(editor)?.(texts.get(editor) ?? ''),
  };
}

/** Timers run only when the test says so. */
export function manualClock(start = 1_767_000_000_000) {
  let now = start;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let next = 0;
  return {
    now: () => now,
    schedule: (fn: () => void, ms: number) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return () => {
        timers = timers.filter((t) => t.id !== id);
      };
    },
    /** Moves the clock and runs what is due (in order). */
    async advance(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        due.fn();
        await flush();
      }
      await flush();
    },
    pending: () => timers.length,
  };
}

/** Lets pending promise callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

export const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'cta/stage-jump',
  category: 'cta-stage',
  severity: 'warn',
  messageId: 'tooFar',
  message: 'A message',
  explanation: 'Why it matters',
  spans: [],
  ...over,
});

export const report = (findings: Finding[]): Report => ({
  verdict: findings.some((f) => f.severity === 'fix') ? 'fix' : findings.length ? 'warn' : 'ok',
  findings,
  readerStage: 'awareness',
  readerStageAssumed: true,
  notes: [],
});

type Handler = (message: { type: string } & Record<string, unknown>) => unknown;

/** A background answering from a table of handlers; every message is kept. */
export function fakeBackground(handlers: Record<string, Handler> = {}) {
  const sent: Array<{ type: string } & Record<string, unknown>> = [];
  const defaults: Record<string, Handler> = {
    analyze: () => report([]),
    'get-composer-context': () => ({ defaultStage: 'awareness' }),
    'get-draft': () => null,
    'get-contact': () => null,
    'log-findings': (m) => ({ logged: (m.events as unknown[]).length }),
    'save-draft': (m) => m.draft,
    'delete-draft': () => ({ deleted: true }),
    'record-post': (m) => ({ id: 'p1', ...(m.post as object) }),
    'set-contact': (m) => ({ platform: m.platform, handle: m.handle, stage: m.stage, updatedAt: 0 }),
  };
  const send = vi.fn(async (message: { type: string } & Record<string, unknown>) => {
    sent.push(message);
    const h = handlers[message.type] ?? defaults[message.type];
    if (!h) throw new Error(`no handler for ${message.type}`);
    return h(message);
  }) as unknown as Send;
  return { send, sent, of: (type: string) => sent.filter((m) => m.type === type) };
}

/** Session dependencies over the fake background and a manual clock. */
export function deps(
  bg: ReturnType<typeof fakeBackground>,
  clock: ReturnType<typeof manualClock>,
  over: Partial<SessionDeps> = {},
): SessionDeps {
  return {
    send: bg.send,
    now: clock.now,
    schedule: clock.schedule,
    url: () => 'https://x.com/home',
    onInvalidated: vi.fn(),
    trust: TRUST_EVERYTHING,
    ...over,
  };
}
