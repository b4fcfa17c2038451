/** Paste one draft: platform, kind, the post it answers, the reader's stage, and the text. */
import { useState } from 'react';
import { DraftSchema, type Kind, type Platform, type Stage } from '@/lib/analysis/schemas';
import { Field, KindOptions, PlatformOptions, StageOptions, validate, type FieldErrors } from '../shared/form';

import type { Draft } from '@/lib/analysis/schemas';
import { z } from 'zod';

const FormSchema = DraftSchema.extend({
  text: z.string().trim().min(1, 'paste the draft to check').max(100_000, 'at most 100,000 characters'),
});

export function AddDraftForm({ onAdd, disabled = false }: { onAdd: (draft: Draft) => void; disabled?: boolean }) {
  const [platform, setPlatform] = useState<Platform>('x');
  const [kind, setKind] = useState<Kind>('reply');
  const [stage, setStage] = useState<Stage | ''>('');
  const [replyTo, setReplyTo] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const result = validate(FormSchema, {
      platform,
      kind,
      text,
      ...(replyTo.trim() && kind !== 'post' ? { replyTo: { text: replyTo.trim() } } : {}),
      ...(stage ? { readerStage: stage } : {}),
    });
    if (result.errors) return setErrors(result.errors);
    setErrors({});
    onAdd({ ...result.data, text });
    setText('');
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="paste-title" className="panel">
      <h2 id="paste-title">Paste a draft</h2>
      <div className="row">
        <Field label="Platform" error={errors.platform}>
          {(p) => (
            <select {...p} value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
              <PlatformOptions />
            </select>
          )}
        </Field>
        <Field label="Kind" error={errors.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <KindOptions />
            </select>
          )}
        </Field>
        <Field label="Reader stage" error={errors.readerStage}>
          {(p) => (
            <select {...p} value={stage} onChange={(e) => setStage(e.target.value as Stage | '')}>
              <option value="">Default from settings</option>
              <StageOptions />
            </select>
          )}
        </Field>
      </div>
      {kind !== 'post' && (
        <Field label="The post it answers" error={errors['replyTo.text']}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={replyTo}
              onChange={(e) => setReplyTo(e.target.value)}
              placeholder="The customer's post or comment"
            />
          )}
        </Field>
      )}
      <Field label="Draft text" error={errors.text}>
        {(p) => <textarea {...p} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={disabled}>
          Check and add to the list
        </button>
      </div>
    </form>
  );
}
