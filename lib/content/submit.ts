/** The post a composer's site is sending, as the history records it (so later cross-posts are caught). */
import type { Stage } from '../analysis/schemas';
import type { Request } from '../messaging/protocol';
import type { Composer, PlatformAdapter } from '../platforms/types';

/** A record-post request's post. */
export type RecordedPost = Extract<Request, { type: 'record-post' }>['post'];

/** The post to record for text sent from this composer, with what it answered and the reader's stage. */
export function recordedPost(
  adapter: PlatformAdapter,
  composer: Composer,
  text: string,
  at: { time: number; url: string; stage?: Stage },
): RecordedPost {
  const replyTo = composer.kind === 'post' ? undefined : adapter.readReplyContext(composer.editor);
  // An id of its own makes the request idempotent, so a retry after a service-worker restart
  // can never record the post twice.
  const id = globalThis.crypto?.randomUUID?.();
  return {
    ...(id ? { id } : {}),
    platform: adapter.platform,
    kind: composer.kind,
    text,
    time: at.time,
    url: at.url,
    ...(replyTo ? { replyTo } : {}),
    ...(at.stage ? { ctaStage: at.stage } : {}),
    source: 'recorded',
  };
}
