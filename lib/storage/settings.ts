/** The one settings row: the engine's Settings plus storage-only fields (retention). */
import { unknownKeyMessage, unknownKeys } from '../batch/keys';
import type { PostwiseDB } from './db';
import { ValidationError } from '../contract/errors';
import { SETTINGS_ID, StoredSettingsSchema, type SettingsPatch, type StoredSettings } from '../contract/schemas';

const DEFAULTS: StoredSettings = StoredSettingsSchema.parse({});

/** The settings; defaults when none were saved (or the saved row no longer validates). */
export async function getSettings(db: PostwiseDB): Promise<StoredSettings> {
  const row = await db.settings.get(SETTINGS_ID);
  if (!row) return structuredClone(DEFAULTS);
  const { id: _id, ...rest } = row;
  const parsed = StoredSettingsSchema.safeParse(rest);
  return parsed.success ? parsed.data : structuredClone(DEFAULTS);
}

/**
 * Keeps the playbook's CTAs and the engine's `stageCtas` the same: a patched playbook decides the
 * CTAs; a patch of `stageCtas` alone (the CLI's settings file, an old import) writes them into the
 * playbook. Stages without a CTA are left out of `stageCtas`, so the engine falls back to its own.
 */
export function syncPlaybookCtas(merged: Record<string, unknown>, patch: SettingsPatch): void {
  const playbook = { ...((merged.playbook ?? {}) as Record<string, Record<string, unknown> | undefined>) };
  if ('playbook' in patch) {
    const ctas: Record<string, string> = {};
    for (const [stage, brief] of Object.entries(playbook)) {
      const cta = typeof brief?.cta === 'string' ? brief.cta.trim() : '';
      if (cta) ctas[stage] = cta;
    }
    merged.stageCtas = ctas;
  } else if ('stageCtas' in patch) {
    const ctas = (merged.stageCtas ?? {}) as Record<string, unknown>;
    for (const stage of new Set([...Object.keys(playbook), ...Object.keys(ctas)])) {
      const brief = { ...(playbook[stage] ?? {}) };
      if (typeof ctas[stage] === 'string' && ctas[stage]) brief.cta = ctas[stage];
      else delete brief.cta;
      playbook[stage] = brief;
    }
    merged.playbook = playbook;
  }
}

/** Applies a patch atomically (two tabs changing different keys both win) and returns the result. */
export async function updateSettings(db: PostwiseDB, patch: SettingsPatch): Promise<StoredSettings> {
  // Own keys only: `{"__proto__": …}` from JSON.parse must not pass as a known key (and then set the prototype).
  const unknown = unknownKeys(patch, Object.keys(StoredSettingsSchema.shape));
  if (unknown.length) {
    const problems = unknown.map((u) => ({ path: `settings.${u.key}`, message: unknownKeyMessage(u) }));
    throw new ValidationError(`Invalid settings: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  }
  return db.transaction('rw', db.settings, async () => {
    const merged: Record<string, unknown> = { ...(await getSettings(db)) };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete merged[key];
      else if (value !== undefined) merged[key] = value;
    }
    syncPlaybookCtas(merged, patch);
    const parsed = StoredSettingsSchema.safeParse(merged);
    if (!parsed.success) throw ValidationError.fromZod('Invalid settings', parsed.error, 'settings');
    await db.settings.put({ ...parsed.data, id: SETTINGS_ID });
    return parsed.data;
  });
}
