/** Known contacts and their funnel stage (the composer reads it to judge a reply's call to action). */
import { useState } from 'react';
import { z } from 'zod';
import { PLATFORM_NAMES, type Platform, type Stage } from '@/lib/analysis/schemas';
import { useContacts, useDeleteContact, useSetContactStage } from '@/lib/hooks/use-contacts';
import { ContactRowSchema } from '@/lib/contract/schemas';
import { Field, PlatformOptions, StageOptions, validate, type FieldErrors } from '../shared/form';

const InputSchema = ContactRowSchema.omit({ updatedAt: true }).extend({
  handle: z
    .string()
    .trim()
    .min(1, 'enter their handle or name')
    .max(200)
    .regex(/^@?[\p{L}\p{N}_.\- ]+$/u, 'letters, digits, _ . - and spaces only'),
});

interface Values {
  platform: Platform;
  handle: string;
  stage: Stage;
  name: string;
  note: string;
}
const EMPTY: Values = { platform: 'x', handle: '', stage: 'interest', name: '', note: '' };

export function ContactsSection() {
  const contacts = useContacts();
  const setContact = useSetContactStage();
  const deleteContact = useDeleteContact();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [filter, setFilter] = useState('');

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const result = validate(InputSchema, { ...values, name: values.name.trim() || undefined, note: values.note.trim() || undefined });
    if (result.errors) return setErrors(result.errors);
    setErrors({});
    const { name, note, ...rest } = result.data;
    await setContact.mutateAsync({ ...rest, handle: values.handle.trim(), ...(name ? { name } : {}), ...(note ? { note } : {}) });
    setValues({ ...EMPTY, platform: values.platform });
  };
  const wanted = filter.trim().toLowerCase().replace(/^@/, '');
  const rows = (contacts.data ?? []).filter((c) => !wanted || c.handle.includes(wanted) || !!c.name?.toLowerCase().includes(wanted));

  return (
    <section id="contacts" className="section" aria-labelledby="contacts-title">
      <h2 id="contacts-title">Known contacts</h2>
      <p className="muted">
        People you talk to and their stage. Replies to them are judged by their stage, not the default. With their name, “Adapt” writes it
        where their handle would not tag them (an X handle in a LinkedIn post).
      </p>
      {(contacts.data?.length ?? 0) > 8 && (
        <Field label="Find a contact">
          {(p) => <input {...p} type="text" value={filter} onChange={(e) => setFilter(e.target.value)} />}
        </Field>
      )}
      {rows.length ? (
        <table className="list-table">
          <caption className="visually-hidden">Known contacts</caption>
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">Stage</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 200).map((c) => (
              <tr key={`${c.platform}/${c.handle}`}>
                <td>
                  {c.handle}
                  {c.name ? ` · ${c.name}` : ''} <span className="muted small">on {PLATFORM_NAMES[c.platform]}</span>
                </td>
                <td>
                  <select
                    aria-label={`Stage of ${c.handle} on ${PLATFORM_NAMES[c.platform]}`}
                    value={c.stage}
                    onChange={(e) => setContact.mutate({ platform: c.platform, handle: c.handle, stage: e.target.value as Stage })}
                  >
                    <StageOptions />
                  </select>
                </td>
                <td className="small">{c.note}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="link danger-link"
                    onClick={() => deleteContact.mutate({ platform: c.platform, handle: c.handle })}
                    aria-label={`Delete ${c.handle} on ${PLATFORM_NAMES[c.platform]}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="small muted">{contacts.data?.length ? 'No contact matches.' : 'No contacts yet.'}</p>
      )}
      <form onSubmit={submit} noValidate className="subform" aria-label="Add a contact">
        <h3>Add a contact</h3>
        <div className="grid-5">
          <Field label="Contact platform" error={errors.platform}>
            {(p) => (
              <select {...p} value={values.platform} onChange={(e) => setValues({ ...values, platform: e.target.value as Platform })}>
                <PlatformOptions />
              </select>
            )}
          </Field>
          <Field label="Handle or name" error={errors.handle}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={values.handle}
                onChange={(e) => setValues({ ...values, handle: e.target.value })}
                placeholder="@ann_smith"
              />
            )}
          </Field>
          <Field label="Name to use in posts" hint="optional" error={errors.name}>
            {(p) => (
              <input
                {...p}
                type="text"
                value={values.name}
                onChange={(e) => setValues({ ...values, name: e.target.value })}
                placeholder="Ann Smith"
              />
            )}
          </Field>
          <Field label="Contact stage" error={errors.stage}>
            {(p) => (
              <select {...p} value={values.stage} onChange={(e) => setValues({ ...values, stage: e.target.value as Stage })}>
                <StageOptions />
              </select>
            )}
          </Field>
          <Field label="Note" error={errors.note}>
            {(p) => <input {...p} type="text" value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} />}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={setContact.isPending}>
            Add contact
          </button>
        </div>
      </form>
    </section>
  );
}
