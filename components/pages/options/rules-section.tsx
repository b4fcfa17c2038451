/** Checks on and off (from the rules registry), the cross-post window, the 80/20 share and retention. */
import { useState } from 'react';
import { z } from 'zod';
import { rules } from '@/lib/analysis/rules/index';
import { CATEGORIES } from '@/lib/analysis/schemas';
import type { StoredSettings } from '@/lib/contract/schemas';
import { Field, validate, type FieldErrors } from '../shared/form';
import { CATEGORY_LABELS } from '../shared/labels';
import { SaveRow, useSaveSettings } from './use-save';

const whole = (label: string) => z.coerce.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`);
const FormSchema = z.object({
  crosspostDays: whole('days').min(1, 'between 1 and 365').max(365, 'between 1 and 365'),
  promoPercent: whole('percent').min(0, 'between 0 and 100').max(100, 'between 0 and 100'),
  retentionDays: whole('days').min(1, 'between 1 and 3650').max(3650, 'between 1 and 3650'),
});

export function RulesSection({ settings }: { settings: StoredSettings }) {
  const [disabled, setDisabled] = useState<Set<string>>(() => new Set(settings.disabledRules));
  const [values, setValues] = useState({
    crosspostDays: String(settings.crosspostDays),
    promoPercent: String(Math.round(settings.promoShare * 100)),
    retentionDays: String(settings.retentionDays),
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const { save, errors, saved, setSaved, pending } = useSaveSettings();
  const shown: FieldErrors = { ...errors, ...(errors.promoShare ? { promoPercent: errors.promoShare } : {}), ...local };
  const toggle = (id: string) => {
    const next = new Set(disabled);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setDisabled(next);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const result = validate(FormSchema, values);
    if (result.errors) {
      setLocal(result.errors);
      return setSaved(false);
    }
    setLocal({});
    await save({
      disabledRules: [...disabled].sort(),
      crosspostDays: result.data.crosspostDays,
      promoShare: result.data.promoPercent / 100,
      retentionDays: result.data.retentionDays,
    });
  };

  return (
    <section id="rules" className="section" aria-labelledby="rules-title">
      <h2 id="rules-title">Checks and history</h2>
      <form onSubmit={submit} noValidate>
        <div className="rule-groups">
          {CATEGORIES.map((c) => (
            <fieldset key={c} className="rule-group">
              <legend>{CATEGORY_LABELS[c]}</legend>
              {rules
                .filter((r) => r.meta.category === c)
                .map((r) => (
                  <label key={r.meta.id} className="check">
                    <input type="checkbox" checked={!disabled.has(r.meta.id)} onChange={() => toggle(r.meta.id)} />
                    <span>
                      {r.meta.description}
                      <span className="rule-id"> {r.meta.id}</span>
                    </span>
                  </label>
                ))}
            </fieldset>
          ))}
        </div>
        <div className="grid-3">
          <Field label="Cross-posts are looked for over (days)" hint="1 to 365" error={shown.crosspostDays}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="numeric"
                value={values.crosspostDays}
                onChange={(e) => setValues({ ...values, crosspostDays: e.target.value })}
              />
            )}
          </Field>
          <Field label="Healthy promotional share (%)" hint="The 80/20 rule: 20" error={shown.promoPercent}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="numeric"
                value={values.promoPercent}
                onChange={(e) => setValues({ ...values, promoPercent: e.target.value })}
              />
            )}
          </Field>
          <Field label="Keep history for (days)" hint="Older posts and findings are deleted. 1 to 3650" error={shown.retentionDays}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="numeric"
                value={values.retentionDays}
                onChange={(e) => setValues({ ...values, retentionDays: e.target.value })}
              />
            )}
          </Field>
        </div>
        <SaveRow pending={pending} saved={saved} />
      </form>
    </section>
  );
}
