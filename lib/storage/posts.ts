/** Published posts and replies: the history the engine compares drafts with. */
import type { HistoryItem, Platform } from '../analysis/schemas';
import type { PostwiseDB } from './db';
import { newId } from './ids';
import { PostInputSchema, PostRowSchema, toHistoryItem, type PostInput, type PostRow } from '../contract/schemas';

/** Stores one published post (validated); an existing id is replaced. */
export async function recordPost(db: PostwiseDB, input: PostInput): Promise<PostRow> {
  const row = PostRowSchema.parse(PostInputSchema.parse({ ...input, id: input.id ?? newId() }));
  await db.posts.put(row);
  return row;
}

/** Posts, newest first, optionally one platform's and only since a time. */
export async function listPosts(db: PostwiseDB, options: { platform?: Platform; since?: number; limit?: number } = {}): Promise<PostRow[]> {
  let rows = db.posts
    .where('time')
    .aboveOrEqual(options.since ?? 0)
    .reverse();
  if (options.platform) rows = rows.filter((p) => p.platform === options.platform);
  return options.limit ? rows.limit(options.limit).toArray() : rows.toArray();
}

export async function deletePost(db: PostwiseDB, id: string): Promise<boolean> {
  const existed = (await db.posts.get(id)) !== undefined;
  await db.posts.delete(id);
  return existed;
}

/** Every stored post as history items, oldest first (what the background's index is built from). */
export async function loadHistory(db: PostwiseDB): Promise<HistoryItem[]> {
  const rows = await db.posts.orderBy('time').toArray();
  return rows.map(toHistoryItem);
}
