/**
 * The stage playbook: for each funnel stage, the brand's five-step brief (essay 000). The CTA of
 * each stage is what the composer card and the CTA checks suggest as the next logical step.
 */
import { useState } from 'react';
import { STAGES, type Stage } from '@/lib/analysis/schemas';
import { StageBriefSchema, type StageBrief, type StoredSettings } from '@/lib/contract/schemas';
import { Field, validate, type FieldErrors } from '../shared/form';
import { STAGE_LABELS, STAGE_READERS } from '../shared/labels';
import { SaveRow, useSaveSettings } from './use-save';

/** What fits as the next ask at each stage (SPEC §1), shown as a hint. */
const FITS: Record<Stage, string> = {
  awareness: 'follow, read or watch this, like or share a post',
  interest: 'subscribe, download a guide, register for a webinar, visit the site',
  consideration: 'book a demo, start a free trial, compare plans, get a quote',
  conversion: 'buy, order, use this code, sign up for the paid plan',
  loyalty: 'leave a review, join the community, learn a feature, renew',
  advocacy: 'refer a friend, share your story, tag us, become an ambassador',
};

const STEPS: { key: keyof StageBrief; label: string; hint: string; rows: number }[] = [
  { key: 'goal', label: '1. Goal', hint: 'The result you want, in numbers.', rows: 2 },
  { key: 'measure', label: 'How it is measured', hint: 'Which numbers, and where responses are captured.', rows: 2 },
  { key: 'audience', label: '2. Target audience', hint: 'Role, industry, place, values, behaviour.', rows: 2 },
  { key: 'perceptions', label: '3. Current perceptions', hint: 'What they think of you now: what to reinforce, what to change.', rows: 2 },
  { key: 'offer', label: '4. Offer and key message', hint: 'What you offer and what sets you apart.', rows: 2 },
  { key: 'cta', label: '5. Call to action', hint: '', rows: 1 },
];

function StageForm({ stage, settings }: { stage: Stage; settings: StoredSettings }) {
  const initial = settings.playbook[stage] ?? {};
  const [values, setValues] = useState<Record<keyof StageBrief, string>>(() => ({
    goal: initial.goal ?? '',
    measure: initial.measure ?? '',
    audience: initial.audience ?? '',
    perceptions: initial.perceptions ?? '',
    offer: initial.offer ?? '',
    cta: initial.cta ?? '',
  }));
  const [local, setLocal] = useState<FieldErrors>({});
  const { save, errors, saved, setSaved, pending } = useSaveSettings();
  const shown: FieldErrors = {
    ...Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(`playbook.${stage}.`, ''), v])),
    ...local,
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const cleaned = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
    const result = validate(StageBriefSchema, cleaned);
    if (result.errors) {
      setLocal(result.errors);
      setSaved(false);
      return;
    }
    setLocal({});
    const playbook = { ...settings.playbook };
    if (Object.keys(result.data).length) playbook[stage] = result.data;
    else delete playbook[stage];
    await save({ playbook });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`${STAGE_LABELS[stage]} brief`}>
      <div className="brief-grid">
        {STEPS.map((step) => (
          <Field
            key={step.key}
            label={step.label}
            hint={step.key === 'cta' ? `Fits this stage: ${FITS[stage]}. Suggested in the composer as the next step.` : step.hint}
            error={shown[step.key]}
            className={step.key === 'cta' ? 'wide' : ''}
          >
            {(p) =>
              step.rows > 1 ? (
                <textarea
                  {...p}
                  rows={step.rows}
                  value={values[step.key]}
                  onChange={(e) => setValues({ ...values, [step.key]: e.target.value })}
                />
              ) : (
                <input {...p} type="text" value={values[step.key]} onChange={(e) => setValues({ ...values, [step.key]: e.target.value })} />
              )
            }
          </Field>
        ))}
      </div>
      <SaveRow pending={pending} saved={saved} label={`Save ${STAGE_LABELS[stage].toLowerCase()} brief`} />
    </form>
  );
}

export function PlaybookSection({ settings }: { settings: StoredSettings }) {
  return (
    <section id="playbook" className="section" aria-labelledby="playbook-title">
      <h2 id="playbook-title">Stage playbook</h2>
      <p className="muted">
        For each stage of the funnel, your brief: the goal and its measure, who the readers are, what they think of you, your offer, and the
        one call to action that fits. Postwise suggests your own CTA when a draft asks for too much.
      </p>
      {STAGES.map((stage, i) => {
        const cta = settings.playbook[stage]?.cta;
        return (
          <details key={stage} className="stage" open={i === 0}>
            <summary>
              <strong>{STAGE_LABELS[stage]}</strong> <span className="muted">— the reader {STAGE_READERS[stage]}</span>
              <span className="stage-cta">{cta ? `CTA: “${cta}”` : 'no brief yet'}</span>
            </summary>
            <StageForm stage={stage} settings={settings} />
          </details>
        );
      })}
    </section>
  );
}
