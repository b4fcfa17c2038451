/**
 * The background's side of the protocol: checks who sent a message, validates it, runs the
 * handler, and always answers with a typed envelope. Nothing a sender does can crash it.
 */
import { ZodError } from 'zod';
import { ValidationError, describeProblems, isStorageFailure, problemsOf } from '../contract/errors';
import { PAGE_ONLY, RequestSchema, type ErrorResponse, type ParsedRequest, type Response } from './protocol';
import { offSite, siteOfSender } from './sites';

/** The parts of runtime.MessageSender that are checked. */
export interface Sender {
  /** The sending extension's id. */
  id?: string;
  /** The sending page or frame (a site's URL for content scripts, the extension's for its pages). */
  url?: string;
  /** The sending frame's origin (Chrome). */
  origin?: string;
  /** The tab a content script runs in. */
  tab?: { url?: string };
}

export interface RouterOptions {
  /** This extension's id (browser.runtime.id). */
  extensionId: string;
  /** Where extension pages live (browser.runtime.getURL('/')). */
  extensionOrigin: string;
  /** Runs a validated request. */
  handle: (request: ParsedRequest) => Promise<unknown>;
  /** Sees unexpected handler failures (for logging; invalid data is answered, not logged). */
  onError?: (error: unknown, request: ParsedRequest) => void;
}

const fail = (code: ErrorResponse['code'], error: string, problems?: ErrorResponse['problems']): ErrorResponse =>
  problems ? { ok: false, code, error, problems } : { ok: false, code, error };

/** A function from (message, sender) to the response; never rejects. */
export function createRouter(options: RouterOptions): (message: unknown, sender: Sender) => Promise<Response> {
  return async (message, sender) => {
    if (!sender || sender.id !== options.extensionId) {
      return fail('forbidden', 'Rejected: the message does not come from Postwise itself.');
    }
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      const problems = problemsOf(parsed.error);
      return fail('invalid', `Invalid message: ${describeProblems(problems)}`, problems);
    }
    const request = parsed.data;
    const fromPage = !!sender.url?.startsWith(options.extensionOrigin);
    if (PAGE_ONLY.has(request.type) && !fromPage) {
      return fail('forbidden', `Rejected: "${request.type}" is only accepted from Postwise's own pages.`);
    }
    if (!fromPage) {
      // A content script: only about its own site's drafts, contacts and posts.
      const site = siteOfSender(sender);
      if (!site) return fail('forbidden', 'Rejected: the message does not come from one of the four sites Postwise runs on.');
      const problem = offSite(request, site);
      if (problem) return fail('forbidden', problem);
    }
    try {
      return { ok: true, data: (await options.handle(request)) as never };
    } catch (error) {
      if (error instanceof ValidationError) return fail('invalid', error.message, error.problems);
      if (error instanceof ZodError) {
        const problems = problemsOf(error);
        return fail('invalid', `Invalid data: ${describeProblems(problems)}`, problems);
      }
      if (isStorageFailure(error)) {
        return fail(
          'storage-unavailable',
          `Postwise cannot use its local database right now (${error instanceof Error ? error.name : 'storage error'}): ` +
            'the browser refused it, often because the disk is full. Nothing was changed; drafts stay on their pages until it works again.',
        );
      }
      options.onError?.(error, request);
      return fail('failed', `"${request.type}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/**
 * A runtime.onMessage listener around the router: answers through sendResponse and returns true
 * (keeps the channel open for the async answer in Chrome and Firefox alike).
 */
export function createMessageListener(options: RouterOptions) {
  const route = createRouter(options);
  return (message: unknown, sender: Sender, sendResponse: (response: Response) => void): true => {
    void route(message, sender).then((response) => {
      try {
        sendResponse(response);
      } catch {
        // The sender went away (tab closed); nothing to answer.
      }
    });
    return true;
  };
}
