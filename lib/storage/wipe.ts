/** Wipe: every table emptied in one transaction (the database itself stays, at its version). */
import type { PostwiseDB } from './db';

export async function wipeAll(db: PostwiseDB): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    await Promise.all(db.allTables().map((t) => t.clear()));
  });
}
