/** React access to Postwise's local state: react-query hooks over the background's messages. */
export { createQueryClient } from './query-client';
export { queryKeys } from './query-keys';
export { useAnalysis } from './use-analysis';
export { useContact, useContacts, useDeleteContact, useSetContactStage } from './use-contacts';
export { useExport, useImport, useImportCsv, useWipe } from './use-data-transfer';
export { useDeleteDraft, useDraft, useDrafts, useSaveDraft } from './use-drafts';
export { useRecordPost } from './use-posts';
export { useLogFindings, useReviewBatch, useReviews, useSaveReview } from './use-reviews';
export { useDeleteSegment, useSaveSegment, useSegments } from './use-segments';
export { useSettings, useUpdateSettings } from './use-settings';
export { useStats } from './use-stats';
export { useCoaching } from './use-coaching';
