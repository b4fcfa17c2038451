/**
 * Measuring CTA detection on real brand posts (../shared/corpus/cta-dev.jsonl): an ask is found
 * when a detected CTA overlaps its labelled span; its stage agrees when the detected stage is the
 * label or in also_ok; a detected CTA is right when it overlaps some labelled ask.
 */
import { z } from 'zod';
import { detectCtas } from '../analysis/cta/detect';
import { STAGES, type Span } from '../analysis/schemas';
import { halfOf, parseJsonl } from './complaint';
import { readLabelledLines } from './jsonl';

/** One labelled ask. */
export interface LabelledAsk {
  text: string;
  stage: string;
  also_ok?: string[];
}

/** One labelled post. */
export interface CtaPost {
  id: string;
  platform: string;
  text: string;
  asks: LabelledAsk[];
  promotional: boolean;
}

/** One detection or miss, for reading. */
export interface CtaMiss {
  id: string;
  text: string;
  ask: string;
  stage: string;
  detected?: string;
}

/** The figures. */
export interface CtaMeasure {
  name: string;
  asks: number;
  found: number;
  detected: number;
  correct: number;
  stageAgree: number;
  recall: number;
  precision: number;
  stageAgreement: number;
  missed: CtaMiss[];
  wrong: CtaMiss[];
  stageWrong: CtaMiss[];
}

/** The stage name the corpus uses for a detected stage ('any' prompts are 'conversation'). */
function corpusStage(stage: string): string {
  return stage === 'any' ? 'conversation' : stage;
}

/** Where a labelled ask sits in its post: its first occurrence (whitespace-tolerant). */
export function locate(text: string, ask: string): Span | null {
  const at = text.indexOf(ask);
  if (at >= 0) return { start: at, end: at + ask.length };
  const re = new RegExp(
    ask
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A labelled ask's stage: a funnel stage, a prompt to reply, or a request outside the funnel. */
const LabelStageSchema = z.enum([...STAGES, 'conversation', 'none']);

/** One line of a labelled CTA file (the shared corpus's schema; extra fields are kept out). */
const CtaPostSchema = z.object({
  id: z.string().min(1),
  platform: z.string(),
  text: z.string().min(1),
  asks: z.array(z.object({ text: z.string().min(1), stage: LabelStageSchema, also_ok: z.array(LabelStageSchema).optional() })),
  promotional: z.boolean(),
});

/**
 * Reads a labelled CTA file (JSON lines, e.g. an extra tuning set kept outside the repo), strictly:
 * a line that is not JSON, does not fit the schema, or labels an ask its text does not contain is
 * an error naming the file, the line and the field.
 */
export function parseCtaPosts(jsonl: string, where: string): CtaPost[] {
  return readLabelledLines(jsonl, where, CtaPostSchema).map(({ value: post, at }) => {
    const lost = post.asks.findIndex((a) => !locate(post.text, a.text));
    if (lost >= 0) throw new Error(`${at}: asks[${lost}].text is not in the post's text`);
    return post;
  });
}

/** Measures detection on a set of posts. */
export function measureCtas(name: string, posts: readonly CtaPost[], detect = detectCtas): CtaMeasure {
  const m: CtaMeasure = {
    name,
    asks: 0,
    found: 0,
    detected: 0,
    correct: 0,
    stageAgree: 0,
    recall: 0,
    precision: 0,
    stageAgreement: 0,
    missed: [],
    wrong: [],
    stageWrong: [],
  };
  for (const post of posts) {
    const found = detect(post.text);
    const labelled = post.asks.map((a) => ({ ask: a, span: locate(post.text, a.text) }));
    for (const { ask, span } of labelled) {
      m.asks++;
      const hit = span ? found.find((c) => overlaps(c.span, span)) : undefined;
      if (!hit) {
        m.missed.push({ id: post.id, text: post.text, ask: ask.text, stage: ask.stage });
        continue;
      }
      m.found++;
      const stage = corpusStage(hit.stage);
      if (stage === ask.stage || (ask.also_ok ?? []).includes(stage)) m.stageAgree++;
      else m.stageWrong.push({ id: post.id, text: post.text, ask: ask.text, stage: ask.stage, detected: `${hit.phrase} → ${stage}` });
    }
    for (const c of found) {
      m.detected++;
      if (labelled.some((l) => l.span && overlaps(c.span, l.span))) m.correct++;
      else m.wrong.push({ id: post.id, text: post.text, ask: c.phrase, stage: corpusStage(c.stage) });
    }
  }
  m.recall = m.asks ? m.found / m.asks : 0;
  m.precision = m.detected ? m.correct / m.detected : 0;
  m.stageAgreement = m.found ? m.stageAgree / m.found : 0;
  return m;
}

/** CTA figures on the whole file, the tuning half A and the held-out half B. */
export function evaluateCtas(jsonl: string, detect = detectCtas): { all: CtaMeasure; tune: CtaMeasure; heldOut: CtaMeasure } {
  const posts = parseJsonl<CtaPost>(jsonl);
  return {
    all: measureCtas('cta: asks in brand posts', posts, detect),
    tune: measureCtas(
      'cta half A (tuning): asks',
      posts.filter((p) => halfOf(p.id) === 'A'),
      detect,
    ),
    heldOut: measureCtas(
      'cta half B (held out): asks',
      posts.filter((p) => halfOf(p.id) === 'B'),
      detect,
    ),
  };
}
