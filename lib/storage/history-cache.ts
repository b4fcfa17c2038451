/**
 * The background's warm history index. After the service worker wakes it is put back from the
 * snapshot in `caches` (typed arrays: no re-reading or re-shingling of every post), caught up with
 * posts recorded after the snapshot was written; without a usable snapshot it is built from the
 * posts, as before. Then it is kept current with add() as posts are recorded, and saved again a
 * moment after each change. Imports, wipes, retention and edits invalidate it (and its snapshot);
 * the next analysis rebuilds it.
 */
import { buildHistoryIndex, ShingleHistoryIndex, type HistoryIndex } from '../analysis/history/index';
import type { HistoryItem } from '../analysis/schemas';
import type { PostwiseDB } from './db';
import { loadHistory } from './posts';
import { toHistoryItem, type PostRow } from '../contract/schemas';

/** The snapshot's row in `caches`. */
export const SNAPSHOT_ID = 'history-index';
/** How long after the last change the snapshot is written (one write for a burst of posts). */
export const SAVE_DELAY_MS = 2_000;

interface Warm {
  index: HistoryIndex;
  ids: Set<string>;
}

export interface HistoryCacheOptions {
  build?: (items: readonly HistoryItem[]) => HistoryIndex;
  /** Runs `task` after `ms` (tests run it at once or by hand). */
  schedule?: (task: () => void, ms: number) => void;
}

export class HistoryCache {
  private warm?: Promise<Warm>;
  private ready?: HistoryIndex;
  /** Bumped by invalidate(): a save planned for an older index is dropped. */
  private generation = 0;
  private saveScheduled = false;
  /** Snapshot writes and deletes, one after another, in the order they were asked for. */
  private writes: Promise<void> = Promise.resolve();
  private readonly build: (items: readonly HistoryItem[]) => HistoryIndex;
  private readonly schedule: (task: () => void, ms: number) => void;
  /** How many times the index was built from the posts (for tests and the bench). */
  builds = 0;
  /** How many times it was put back from a snapshot. */
  restores = 0;
  /** How many snapshots were written. */
  saves = 0;

  constructor(
    private readonly db: PostwiseDB,
    options: HistoryCacheOptions = {},
  ) {
    this.build = options.build ?? buildHistoryIndex;
    this.schedule = options.schedule ?? ((task, ms) => void setTimeout(task, ms));
  }

  /** The index, restoring or building it when cold. Concurrent callers share one load. */
  async get(): Promise<HistoryIndex> {
    return (await this.load()).index;
  }

  /**
   * The index if it is ready within `ms`, else undefined (it keeps warming: a later get() has it).
   * Storage errors are thrown as by get().
   */
  async within(ms: number): Promise<HistoryIndex | undefined> {
    if (this.ready) return this.ready;
    const loading = this.get();
    if (ms === Infinity) return loading;
    if (ms <= 0) {
      loading.catch(() => {});
      return undefined;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
    try {
      return await Promise.race([loading, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whether the index is built or being built. */
  get isWarm(): boolean {
    return this.warm !== undefined;
  }

  /**
   * Adds a post that was just written to the database. Cold: nothing to do (the next load reads
   * it). Loading: waits for the load, then adds it unless the load already read it.
   */
  async add(row: PostRow): Promise<void> {
    if (!this.warm) return;
    const warm = await this.warm;
    if (warm.ids.has(row.id)) return;
    warm.ids.add(row.id);
    warm.index.add(toHistoryItem(row));
    this.scheduleSave();
  }

  /** Forgets the index and its snapshot (after an import, a wipe, retention, or an edited post). */
  invalidate(): void {
    this.warm = undefined;
    this.ready = undefined;
    this.generation++;
    this.queue(() => this.db.caches.delete(SNAPSHOT_ID));
  }

  /** Resolves when every snapshot write and delete asked for so far is done. */
  flush(): Promise<void> {
    return this.writes;
  }

  /** Writes the snapshot of the current index now (the scheduled save calls this). */
  save(): Promise<void> {
    const generation = this.generation;
    const warm = this.warm;
    this.queue(async () => {
      const index = (await warm)?.index;
      if (generation !== this.generation || !(index instanceof ShingleHistoryIndex)) return;
      await this.db.caches.put({ id: SNAPSHOT_ID, ...index.toSnapshot() });
      this.saves++;
    });
    return this.writes;
  }

  private load(): Promise<Warm> {
    if (!this.warm) {
      const generation = this.generation;
      const pending = (async () => {
        const warm = (await this.restore()) ?? (await this.rebuild());
        if (this.generation === generation) this.ready = warm.index;
        return warm;
      })();
      this.warm = pending;
      pending.catch(() => {
        if (this.warm === pending) this.warm = undefined;
      });
    }
    return this.warm;
  }

  private async rebuild(): Promise<Warm> {
    const items = await loadHistory(this.db);
    this.builds++;
    const warm = { index: this.build(items), ids: new Set(items.map((i) => i.id!)) };
    this.scheduleSave();
    return warm;
  }

  /**
   * The index from the snapshot, or undefined when there is none, it is unreadable, or posts were
   * deleted since it was written (an index cannot drop a post: that takes a rebuild). Posts
   * recorded after it (the worker stopped before the save) are read by id and added.
   */
  private async restore(): Promise<Warm | undefined> {
    if (this.build !== buildHistoryIndex) return undefined; // a custom index type has no snapshot
    await this.writes; // an invalidate() just before must have deleted the old snapshot first
    const [row, count] = await Promise.all([this.db.caches.get(SNAPSHOT_ID), this.db.posts.count()]);
    if (!row) return undefined;
    let index: ShingleHistoryIndex;
    try {
      index = ShingleHistoryIndex.fromSnapshot(row);
    } catch {
      return undefined; // another format, or damaged: rebuild (and overwrite it)
    }
    if (index.size > count) return undefined;
    const ids = new Set(index.ids());
    if (ids.size !== index.size) return undefined;
    if (index.size < count) {
      const keys = (await this.db.posts.toCollection().primaryKeys()) as string[];
      const missing = keys.filter((id) => !ids.has(id));
      if (missing.length !== count - index.size) return undefined; // some were deleted too
      const rows = (await this.db.posts.bulkGet(missing)).filter((r): r is PostRow => r !== undefined);
      rows.sort((a, b) => a.time - b.time);
      for (const r of rows) {
        ids.add(r.id);
        index.add(toHistoryItem(r));
      }
      this.scheduleSave();
    }
    this.restores++;
    return { index, ids };
  }

  private scheduleSave(): void {
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    this.schedule(() => {
      this.saveScheduled = false;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  private queue(task: () => Promise<unknown>): void {
    // A failed write only costs the next wake a rebuild; it must not stop the ones after it.
    // A closed database (the context is going away) is not worth a warning.
    this.writes = this.writes.then(task).then(
      () => undefined,
      (error: unknown) => {
        if ((error as { name?: string } | undefined)?.name !== 'DatabaseClosedError')
          console.warn('[postwise] history snapshot not saved', error);
      },
    );
  }
}
