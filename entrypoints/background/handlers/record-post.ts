import { recordPost } from '@/lib/storage/posts';
import type { Handler } from './types';

/** Stores a published post and adds it to the warm index (an edited post, same id, rebuilds it). */
export const handleRecordPost: Handler<'record-post'> = async ({ post }, ctx) => {
  const replaced = post.id !== undefined && (await ctx.db.posts.get(post.id)) !== undefined;
  const row = await recordPost(ctx.db, post);
  if (replaced) ctx.history.invalidate();
  else await ctx.history.add(row);
  return row;
};
