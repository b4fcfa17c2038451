/** X Premium and the per-platform overrides of the built-in norms (a brand's hashtag habit, a known limit). */
import { useState } from 'react';
import { z } from 'zod';
import { PLATFORM_NORMS } from '@/lib/analysis/norms/table';
import { NormOverrideSchema, PLATFORMS, PLATFORM_NAMES, type Platform } from '@/lib/analysis/schemas';
import type { StoredSettings } from '@/lib/contract/schemas';
import { Field, type FieldErrors } from '../shared/form';
import { SaveRow, useSaveSettings } from './use-save';

const KEYS = ['postLimit', 'commentLimit', 'hashtagHabit', 'hashtagCap'] as const;
type Key = (typeof KEYS)[number];
const LABELS: Record<Key, string> = {
  postLimit: 'Post length',
  commentLimit: 'Reply length',
  hashtagHabit: 'Hashtags, usual most',
  hashtagCap: 'Hashtags, hard cap',
};

/** A text box's number: blank is "use the default". */
const NumberText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : Number(v)))
  .pipe(z.number({ error: 'enter a whole number' }).int('enter a whole number').optional());

function defaultOf(platform: Platform, key: Key): string {
  const n = PLATFORM_NORMS[platform];
  if (key === 'hashtagHabit') return String(n.hashtagHabit[1]);
  if (key === 'hashtagCap') return n.hashtagCap === null ? 'none' : String(n.hashtagCap);
  return String(n[key]);
}

type Values = Record<Platform, Record<Key, string>>;

export function NormsSection({ settings }: { settings: StoredSettings }) {
  const [values, setValues] = useState<Values>(
    () =>
      Object.fromEntries(
        PLATFORMS.map((p) => [
          p,
          Object.fromEntries(KEYS.map((k) => [k, settings.norms[p]?.[k] !== undefined ? String(settings.norms[p]![k]) : ''])),
        ]),
      ) as Values,
  );
  const [local, setLocal] = useState<FieldErrors>({});
  const { save, errors, saved, setSaved, pending } = useSaveSettings();
  const shown = { ...errors, ...local };
  const set = (p: Platform, k: Key, v: string) => setValues({ ...values, [p]: { ...values[p], [k]: v } });
  const [premium, setPremium] = useState(settings.xPremium);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const problems: FieldErrors = {};
    const norms: Partial<Record<Platform, z.infer<typeof NormOverrideSchema>>> = {};
    for (const p of PLATFORMS) {
      const raw: Record<string, number | undefined> = {};
      for (const k of KEYS) {
        const n = NumberText.safeParse(values[p][k]);
        if (!n.success) problems[`norms.${p}.${k}`] = n.error.issues[0]!.message;
        else if (n.data !== undefined) raw[k] = n.data;
      }
      const parsed = NormOverrideSchema.safeParse(raw);
      if (!parsed.success)
        for (const i of parsed.error.issues)
          problems[`norms.${p}.${String(i.path[0])}`] ??= i.code === 'too_small' ? 'must be more than 0' : i.message;
      else if (Object.keys(parsed.data).length) norms[p] = parsed.data;
    }
    setLocal(problems);
    if (Object.keys(problems).length) return setSaved(false);
    await save({ norms, xPremium: premium });
  };

  return (
    <section id="norms" className="section" aria-labelledby="norms-title">
      <h2 id="norms-title">Platform norms</h2>
      <p className="muted">Leave a box empty to keep the built-in default. Lengths are characters; X counts each link as 23.</p>
      <form onSubmit={submit} noValidate>
        <label className="check premium">
          <input type="checkbox" checked={premium} onChange={(e) => setPremium(e.target.checked)} />
          My X account has Premium (long posts and replies up to 25,000 characters, shown up to ~280 before “Show more”)
        </label>
        <div className="norms-table" role="group" aria-label="Norm overrides per platform">
          {PLATFORMS.map((p) => (
            <fieldset key={p} className="norms-platform">
              <legend>{PLATFORM_NAMES[p]}</legend>
              {KEYS.map((k) => (
                <Field
                  key={k}
                  label={
                    <>
                      <span className="visually-hidden">{PLATFORM_NAMES[p]} </span>
                      {LABELS[k]}
                    </>
                  }
                  error={shown[`norms.${p}.${k}`]}
                >
                  {(props) => (
                    <input
                      {...props}
                      type="text"
                      inputMode="numeric"
                      value={values[p][k]}
                      placeholder={`default ${defaultOf(p, k)}`}
                      onChange={(e) => set(p, k, e.target.value)}
                    />
                  )}
                </Field>
              ))}
            </fieldset>
          ))}
        </div>
        <SaveRow pending={pending} saved={saved} />
      </form>
    </section>
  );
}
