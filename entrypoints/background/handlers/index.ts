/** The registry: one handler per request type (the type system checks none is missing). */
import type { ParsedRequest, RequestType, ResponseData } from '@/lib/messaging/protocol';
import type { BackgroundContext } from '../context';
import { handleAnalyze } from './analyze';
import { handleDeleteDraft } from './delete-draft';
import { handleDeleteSegment } from './delete-segment';
import { handleExport } from './export';
import { handleGetComposerContext } from './get-composer-context';
import { handleGetContact } from './get-contact';
import { handleGetDraft } from './get-draft';
import { handleGetSettings } from './get-settings';
import { handleImportCsv } from './import-csv';
import { handleImport } from './import';
import { handleListSegments } from './list-segments';
import { handleLogFindings } from './log-findings';
import { handleRecordPost } from './record-post';
import { handleSaveDraft } from './save-draft';
import { handleSaveReview } from './save-review';
import { handleSaveSegment } from './save-segment';
import { handleSetContact } from './set-contact';
import { handleSetSettings } from './set-settings';
import { handleWipe } from './wipe';
import { handleGetCoaching } from './get-coaching';
import { handleListContacts } from './list-contacts';
import { handleDeleteContact } from './delete-contact';
import { handleListReviewBatch } from './list-review-batch';
import type { Handler } from './types';

export const handlers: { [T in RequestType]: Handler<T> } = {
  analyze: handleAnalyze,
  'record-post': handleRecordPost,
  'save-draft': handleSaveDraft,
  'get-draft': handleGetDraft,
  'delete-draft': handleDeleteDraft,
  'get-contact': handleGetContact,
  'set-contact': handleSetContact,
  'list-segments': handleListSegments,
  'get-composer-context': handleGetComposerContext,
  'save-segment': handleSaveSegment,
  'delete-segment': handleDeleteSegment,
  'log-findings': handleLogFindings,
  'save-review': handleSaveReview,
  'get-settings': handleGetSettings,
  'set-settings': handleSetSettings,
  export: handleExport,
  import: handleImport,
  'import-csv': handleImportCsv,
  wipe: handleWipe,

  // Extension pages:
  'get-coaching': handleGetCoaching,
  'list-contacts': handleListContacts,
  'delete-contact': handleDeleteContact,
  'list-review-batch': handleListReviewBatch,
};

/** Runs the handler of a validated request. */
export function dispatch<T extends RequestType>(request: ParsedRequest & { type: T }, ctx: BackgroundContext): Promise<ResponseData<T>> {
  return (handlers[request.type] as Handler<T>)(request as never, ctx);
}
