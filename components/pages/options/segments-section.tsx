/** Audience segments: a name, their funnel stage, and the platforms / accounts they are the default for. */
import { useState } from 'react';
import { z } from 'zod';
import { PLATFORMS, PLATFORM_NAMES, type Platform, type Stage } from '@/lib/analysis/schemas';
import { useDeleteSegment, useSaveSegment, useSegments } from '@/lib/hooks/use-segments';
import { SegmentRowSchema, type SegmentRow } from '@/lib/contract/schemas';
import { Field, StageOptions, validate, type FieldErrors } from '../shared/form';
import { STAGE_LABELS } from '../shared/labels';

const InputSchema = SegmentRowSchema.omit({ id: true }).extend({
  name: z.string().trim().min(1, 'give the segment a name').max(200, 'at most 200 characters'),
  accounts: z.array(z.string().max(200, 'an account name is at most 200 characters')),
});

interface Values {
  id?: string;
  name: string;
  stage: Stage;
  platforms: Platform[];
  accounts: string;
}
const EMPTY: Values = { name: '', stage: 'awareness', platforms: [], accounts: '' };

export function SegmentsSection() {
  const segments = useSegments();
  const saveSegment = useSaveSegment();
  const deleteSegment = useDeleteSegment();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const accounts = values.accounts
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const result = validate(InputSchema, { name: values.name.trim(), stage: values.stage, platforms: values.platforms, accounts });
    if (result.errors) return setErrors(result.errors);
    setErrors({});
    await saveSegment.mutateAsync({ ...result.data, ...(values.id ? { id: values.id } : {}) });
    setValues(EMPTY);
  };
  const edit = (s: SegmentRow) =>
    setValues({ id: s.id, name: s.name, stage: s.stage, platforms: s.platforms, accounts: s.accounts.join(', ') });
  const togglePlatform = (p: Platform) =>
    setValues({ ...values, platforms: values.platforms.includes(p) ? values.platforms.filter((x) => x !== p) : [...values.platforms, p] });

  return (
    <section id="segments" className="section" aria-labelledby="segments-title">
      <h2 id="segments-title">Audience segments</h2>
      <p className="muted">
        Who reads each account, and where they are in the funnel. A segment is the default audience for its platforms and accounts.
      </p>
      {segments.data?.length ? (
        <table className="list-table">
          <caption className="visually-hidden">Saved segments</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Stage</th>
              <th scope="col">Default for</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {segments.data.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{STAGE_LABELS[s.stage]}</td>
                <td>
                  {[...s.platforms.map((p) => PLATFORM_NAMES[p]), ...s.accounts.map((a) => `@${a.replace(/^@/, '')}`)].join(', ') ||
                    'everything'}
                </td>
                <td className="row-actions">
                  <button type="button" className="link" onClick={() => edit(s)} aria-label={`Edit ${s.name}`}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link danger-link"
                    onClick={() => deleteSegment.mutate(s.id)}
                    aria-label={`Delete ${s.name}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="small muted">No segments yet.</p>
      )}
      <form onSubmit={submit} noValidate className="subform" aria-label={values.id ? 'Edit segment' : 'Add a segment'}>
        <h3>{values.id ? `Edit “${values.name}”` : 'Add a segment'}</h3>
        <div className="grid-2">
          <Field label="Segment name" error={errors.name}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={values.name}
                onChange={(e) => setValues({ ...values, name: e.target.value })}
                placeholder="Newsletter readers"
              />
            )}
          </Field>
          <Field label="Segment stage" error={errors.stage}>
            {(p) => (
              <select {...p} value={values.stage} onChange={(e) => setValues({ ...values, stage: e.target.value as Stage })}>
                <StageOptions />
              </select>
            )}
          </Field>
        </div>
        <fieldset className="checks">
          <legend>Default on platforms</legend>
          {PLATFORMS.map((p) => (
            <label key={p} className="check">
              <input type="checkbox" checked={values.platforms.includes(p)} onChange={() => togglePlatform(p)} />
              {PLATFORM_NAMES[p]}
            </label>
          ))}
          {errors.platforms && <span className="error-text">{errors.platforms}</span>}
        </fieldset>
        <Field
          label="Default for accounts"
          hint="Comma-separated, e.g. brand, brand_support"
          error={errors.accounts ?? errors['accounts.0']}
        >
          {(p) => <input {...p} type="text" value={values.accounts} onChange={(e) => setValues({ ...values, accounts: e.target.value })} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={saveSegment.isPending}>
            {values.id ? 'Save segment' : 'Add segment'}
          </button>
          {values.id && (
            <button type="button" onClick={() => setValues(EMPTY)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
