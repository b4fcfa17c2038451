/** Published posts and replies: the history the engine compares drafts with. */
import type { HistoryItem, Platform } from '../analysis/schemas';
import type { PostwiseDB } from './db';
import { newId } from './ids';
import { PostInputSchema, PostRowSchema, type PostInput, type PostRow } from '../contract/schemas';

/** Stores one published post (validated); an existing id is replaced. */
export async function recordPost(db: PostwiseDB, input: PostInput): Promise<PostRow> {
  const row = PostRowSchema.parse(PostInputSchema.parse({ ...input, id: input.id ?? newId() }));
  await db.posts.put(row);
  return row;
}

/** Posts, newest first, optionally one platform's and only since a time. */
export async function listPosts(
  db: PostwiseDB,
  options: { platform?: Platform; since?: number; limit?: number } = {},
): Promise<PostRow[]> {
  let rows = db.posts.where('time').aboveOrEqual(options.since ?? 0).reverse();
  if (options.platform) rows = rows.filter((p) => p.platform === options.platform);
  return options.limit ? rows.limit(options.limit).toArray() : rows.toArray();
}

export async function deletePost(db: PostwiseDB, id: string): Promise<boolean> {
  const existed = (await db.posts.get(id)) !== undefined;
  await db.posts.delete(id);
  return existed;
}

/** The engine's view of a stored post. */
export function toHistoryItem(row: PostRow): HistoryItem {
  const item: HistoryItem = { id: row.id, platform: row.platform, kind: row.kind, text: row.text, postedAt: row.time };
  if (row.account !== undefined) item.account = row.account;
  if (row.url !== undefined) item.url = row.url;
  if (row.replyTo !== undefined) item.replyTo = row.replyTo;
  if (row.promotional !== undefined) item.promotional = row.promotional;
  return item;
}

/** Every stored post as history items, oldest first (what the background's index is built from). */
export async function loadHistory(db: PostwiseDB): Promise<HistoryItem[]> {
  const rows = await db.posts.orderBy('time').toArray();
  return rows.map(toHistoryItem);
}
