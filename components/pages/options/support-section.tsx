/** Support channels and the handoff wording the one-click complaint fixes insert. */
import { useState } from 'react';
import { z } from 'zod';
import { handoffLine } from '@/lib/analysis/complaint/handoff';
import { SettingsSchema } from '@/lib/analysis/schemas';
import type { StoredSettings } from '@/lib/contract/schemas';
import { Field, StageOptions, validate, type FieldErrors } from '../shared/form';

import { SaveRow, textOrNull, useSaveSettings } from './use-save';

const FormSchema = SettingsSchema.pick({
  supportEmail: true,
  dmHandle: true,
  supportPhone: true,
  handoffTemplate: true,
  defaultStage: true,
}).extend({
  supportEmail: z.email('enter an email address like help@brand.com').optional(),
  supportPhone: z
    .string()
    .max(40)
    .regex(/^[+()\d\s.-]{5,}$/, 'digits, spaces, + ( ) . - only')
    .optional(),
  handoffTemplate: z
    .string()
    .max(500)
    .refine((t) => !/\{(?!email\}|dm\}|phone\})[^}]*\}/.test(t), 'only {email}, {dm} and {phone} can be filled in')
    .optional(),
});

type Values = { supportEmail: string; dmHandle: string; supportPhone: string; handoffTemplate: string; defaultStage: string };

export function SupportSection({ settings }: { settings: StoredSettings }) {
  const [values, setValues] = useState<Values>({
    supportEmail: settings.supportEmail ?? '',
    dmHandle: settings.dmHandle ?? '',
    supportPhone: settings.supportPhone ?? '',
    handoffTemplate: settings.handoffTemplate ?? '',
    defaultStage: settings.defaultStage,
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const { save, errors, saved, setSaved, pending } = useSaveSettings();
  const shown = { ...errors, ...local };
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const present = Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );
  const preview = handoffLine(present);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const result = validate(FormSchema, present);
    if (result.errors) {
      setLocal(result.errors);
      setSaved(false);
      return;
    }
    setLocal({});
    await save({
      supportEmail: textOrNull(values.supportEmail),
      dmHandle: textOrNull(values.dmHandle),
      supportPhone: textOrNull(values.supportPhone),
      handoffTemplate: textOrNull(values.handoffTemplate),
      defaultStage: result.data.defaultStage,
    });
  };

  return (
    <section id="support" className="section" aria-labelledby="support-title">
      <h2 id="support-title">Support channels and handoff</h2>
      <p className="muted">Used by the one-click fix that moves a complaint to a private channel.</p>
      <form onSubmit={submit} noValidate>
        <div className="grid-2">
          <Field label="Support email" error={shown.supportEmail}>
            {(p) => <input {...p} type="email" value={values.supportEmail} onChange={set('supportEmail')} placeholder="help@brand.com" />}
          </Field>
          <Field label="DM handle" error={shown.dmHandle}>
            {(p) => <input {...p} type="text" value={values.dmHandle} onChange={set('dmHandle')} placeholder="@BrandHelp" />}
          </Field>
          <Field label="Support phone" error={shown.supportPhone}>
            {(p) => <input {...p} type="tel" value={values.supportPhone} onChange={set('supportPhone')} placeholder="+1 555 010 2000" />}
          </Field>
          <Field label="Default reader stage" hint="Assumed when the reader's stage is not known." error={shown.defaultStage}>
            {(p) => (
              <select {...p} value={values.defaultStage} onChange={set('defaultStage')}>
                <StageOptions />
              </select>
            )}
          </Field>
        </div>
        <Field label="Handoff wording" hint="Optional. {email}, {dm} and {phone} are filled in." error={shown.handoffTemplate}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={values.handoffTemplate}
              onChange={set('handoffTemplate')}
              placeholder="So sorry! Please DM {dm} or email {email} and we'll sort it out."
            />
          )}
        </Field>
        <p className="preview">
          <span className="muted small">The fix will add: </span>“{preview}”
        </p>
        <SaveRow pending={pending} saved={saved} />
      </form>
    </section>
  );
}
