/**
 * The one batch runner, shared by the CLI and the reviewers' page (its worker): drafts are checked
 * in order, and a scheduled draft (with a publication time) is checked as of that time and then
 * counts as published for the drafts after it, so a calendar that sends one text to every network
 * is caught.
 */
import { adapt } from '../analysis/adapt/index';
import { analyze } from '../analysis/analyze';
import { complaintModel } from '../models/complaint';
import { buildHistoryIndex, type HistoryIndex } from '../analysis/history/index';
import type { Draft, HistoryItem, Report, Settings } from '../analysis/schemas';

/** One draft of a batch. */
export interface BatchDraft {
  draft: Draft;
  /** When it is (or will be) published, epoch ms; absent for an unscheduled draft. */
  postedAt?: number;
  /** The id it gets in the history once published. */
  id?: string;
  /** Whether it is promotional, when the file says so. */
  promotional?: boolean;
}

export interface BatchRunnerOptions {
  /** Past posts, or an index already built from them. */
  history?: readonly HistoryItem[] | HistoryIndex;
  settings?: Settings;
  /** The clock for drafts without a publication time, epoch ms. */
  now: number;
  /** Also rewrite each draft to its network's norms (the CLI's --adapt, the reviewers' page). */
  adapt?: boolean;
}

/** One draft's result: its report and, when the runner adapts, the draft rewritten for its network. */
export interface BatchResult {
  report: Report;
  /** One text, or the parts of an X thread; present only when the runner adapts. */
  adapted?: string[];
}

export interface BatchRunner {
  /** Checks (and adapts) one draft in batch order and, when scheduled, adds it to the history. */
  check(item: BatchDraft): BatchResult;
  /** Only adds a scheduled draft to the history, as check() does after checking it (no-op otherwise). */
  publish(item: BatchDraft): void;
  readonly history: HistoryIndex;
}

function isIndex(history: BatchRunnerOptions['history']): history is HistoryIndex {
  return !!history && !Array.isArray(history);
}

export function createBatchRunner({ history, settings, now, adapt: adapting = false }: BatchRunnerOptions): BatchRunner {
  const index = isIndex(history) ? history : buildHistoryIndex(history ?? []);
  const publish = ({ draft, postedAt, id, promotional }: BatchDraft) => {
    if (postedAt === undefined || !Number.isFinite(postedAt)) return;
    const published: HistoryItem = { platform: draft.platform, kind: draft.kind, text: draft.text, postedAt };
    if (id !== undefined) published.id = id;
    if (draft.account !== undefined) published.account = draft.account;
    if (draft.replyTo) published.replyTo = draft.replyTo;
    if (promotional !== undefined) published.promotional = promotional;
    index.add(published);
  };
  return {
    history: index,
    publish,
    check(item) {
      const { draft, postedAt } = item;
      const scheduled = postedAt !== undefined && Number.isFinite(postedAt);
      // The complaint model as the background uses it, so the CLI and the composer read complaints alike.
      const context = { history: index, ...(settings ? { settings } : {}), now: scheduled ? postedAt : now, complaintModel };
      const report = analyze(draft, context);
      // Adapted before the draft joins the history, so it is not taken for a repeat of itself.
      const result: BatchResult = adapting ? { report, adapted: adapt(draft, draft.platform, context).parts } : { report };
      publish(item);
      return result;
    },
  };
}
