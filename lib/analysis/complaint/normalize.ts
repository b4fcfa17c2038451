/** Text clean-up shared by the complaint detectors; every change keeps the length, so spans stay valid. */

/** Curly and modifier apostrophes become "'", so "can’t" reads like "can't". */
export function normalizeQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\uff07]/g, "'");
}
