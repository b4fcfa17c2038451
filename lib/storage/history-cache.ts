/**
 * The background's warm history index: built from Dexie on first use after the service worker
 * wakes, then kept current with add() as posts are recorded. Imports, wipes and retention
 * invalidate it; the next analysis rebuilds it.
 */
import { buildHistoryIndex, type HistoryIndex } from '../analysis/history/index';
import type { HistoryItem } from '../analysis/schemas';
import type { PostwiseDB } from './db';
import { loadHistory } from './posts';
import { toHistoryItem, type PostRow } from '../contract/schemas';

interface Warm {
  index: HistoryIndex;
  ids: Set<string>;
}

export class HistoryCache {
  private warm?: Promise<Warm>;
  /** How many times the index was built (for tests and the bench). */
  builds = 0;

  constructor(
    private readonly db: PostwiseDB,
    private readonly build: (items: readonly HistoryItem[]) => HistoryIndex = buildHistoryIndex,
  ) {}

  /** The index, building it from the database when cold. Concurrent callers share one build. */
  async get(): Promise<HistoryIndex> {
    return (await this.load()).index;
  }

  /** Whether the index is built or being built. */
  get isWarm(): boolean {
    return this.warm !== undefined;
  }

  /**
   * Adds a post that was just written to the database. Cold: nothing to do (the next build reads
   * it). Building: waits for the build, then adds it unless the build already read it.
   */
  async add(row: PostRow): Promise<void> {
    if (!this.warm) return;
    const warm = await this.warm;
    if (warm.ids.has(row.id)) return;
    warm.ids.add(row.id);
    warm.index.add(toHistoryItem(row));
  }

  /** Forgets the index (after an import, a wipe, retention, or a deleted post). */
  invalidate(): void {
    this.warm = undefined;
  }

  private load(): Promise<Warm> {
    if (!this.warm) {
      const pending = (async () => {
        const items = await loadHistory(this.db);
        this.builds++;
        return { index: this.build(items), ids: new Set(items.map((i) => i.id!)) };
      })();
      this.warm = pending;
      pending.catch(() => {
        if (this.warm === pending) this.warm = undefined;
      });
    }
    return this.warm;
  }
}
