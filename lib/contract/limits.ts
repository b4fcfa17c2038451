/** Limits the content scripts and the background share (plain numbers: no zod in a site's bundle). */

/** A saved draft keeps at most this many UTF-16 units (no site takes more than 63,206 characters). */
export const MAX_DRAFT_CHARS = 100_000;
/** At most this many saved drafts are kept; saving another drops the oldest. */
export const MAX_DRAFTS = 50;
/** A saved draft not touched for this many days is no longer offered and is deleted. */
export const DRAFT_TTL_DAYS = 30;
