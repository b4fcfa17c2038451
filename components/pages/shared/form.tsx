/** Form helpers: zod errors as per-field messages, and a labelled field with its error beside it. */
import { useId, type ReactNode } from 'react';
import type { z } from 'zod';
import { KINDS, PLATFORMS, PLATFORM_NAMES, STAGES } from '@/lib/analysis/schemas';
import { MessagingError } from '@/lib/messaging/client';
import { STAGE_LABELS } from '../../labels';

/** Field path ("playbook.awareness.cta") → message. */
export type FieldErrors = Record<string, string>;

/** The first message per path of a zod error, paths joined with dots. */
export function zodFieldErrors(error: z.ZodError, root = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    out[path || '(root)'] ??= issue.message.replace(/^Invalid input: /, '');
  }
  return out;
}

/** Validates with zod; returns the data or the per-field errors. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = '',
): { data: z.output<S>; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { data: parsed.data } : { errors: zodFieldErrors(parsed.error, root) };
}

/** Errors the background sent back ("settings.supportEmail: …") as field errors, without the root. */
export function messagingFieldErrors(error: unknown, root = 'settings'): FieldErrors {
  if (!(error instanceof MessagingError)) return {};
  const out: FieldErrors = {};
  for (const p of error.problems ?? []) {
    const path = p.path.replace(new RegExp(`^${root}\\.?`), '').replace(/\[(\d+)\]/g, '.$1');
    out[path || '(root)'] ??= p.message;
  }
  return out;
}

export interface FieldProps {
  label: ReactNode;
  /** A short help line under the label. */
  hint?: string;
  error?: string;
  className?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A label, the control, a hint and the field's error right under it. */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': described })}
      {error && (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The funnel stages as <option>s, in funnel order. */
export function StageOptions() {
  return (
    <>
      {STAGES.map((s) => (
        <option key={s} value={s}>
          {STAGE_LABELS[s]}
        </option>
      ))}
    </>
  );
}

/** The four platforms as <option>s. */
export function PlatformOptions() {
  return (
    <>
      {PLATFORMS.map((p) => (
        <option key={p} value={p}>
          {PLATFORM_NAMES[p]}
        </option>
      ))}
    </>
  );
}

/** The draft kinds (post, reply, comment) as <option>s. */
export function KindOptions() {
  return (
    <>
      {KINDS.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </>
  );
}
