/**
 * The client the extension pages (through lib/hooks) use to reach the background:
 * `await sendMessage({ type: 'get-settings' })`. Content scripts use lib/messaging/messenger
 * instead (no zod in their bundle; the background validates). The answer is validated against the protocol;
 * an error answer becomes a thrown MessagingError (what react-query expects).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { describeProblems, problemsOf } from '../contract/errors';
import { ErrorResponseSchema, ResponseDataSchemas, type ErrorResponse, type Request, type ResponseData } from './protocol';

/** Delivers a message and resolves with the raw answer. */
export type Transport = (message: unknown) => Promise<unknown>;

const defaultTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** The background said no (or answered something unreadable). */
export class MessagingError extends Error {
  constructor(
    message: string,
    readonly code: ErrorResponse['code'] | 'no-answer' | 'bad-answer',
    readonly problems: ErrorResponse['problems'] = [],
  ) {
    super(message);
    this.name = 'MessagingError';
  }
}

const EnvelopeSchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), ErrorResponseSchema]);

/** Sends one request and returns its validated data; throws MessagingError otherwise. */
export async function sendMessage<M extends Request>(
  message: M,
  transport: Transport = defaultTransport,
): Promise<ResponseData<M['type']>> {
  let raw: unknown;
  try {
    raw = await transport(message);
  } catch (error) {
    throw new MessagingError(`No answer from the background: ${(error as Error).message ?? error}`, 'no-answer');
  }
  if (raw === undefined) throw new MessagingError('No answer from the background.', 'no-answer');
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new MessagingError('The background answered in an unknown shape.', 'bad-answer');
  if (!envelope.data.ok) {
    const { error, code, problems } = envelope.data;
    throw new MessagingError(error, code, problems);
  }
  const schema = ResponseDataSchemas[message.type as M['type']] as unknown as z.ZodType<ResponseData<M['type']>>;
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    throw new MessagingError(
      `The background's answer to "${message.type}" is malformed: ${describeProblems(problemsOf(data.error, 'data'))}`,
      'bad-answer',
    );
  }
  return data.data;
}
