/**
 * The lines the complaint fixes insert: the handoff to a private channel (from the settings) and
 * an opening apology, with where each goes in the draft.
 */
import type { Edit, Settings } from '../schemas';
import { leadingMentionsEnd } from './reply';

/** The handoff when the settings give no channel at all. */
export const GENERIC_HANDOFF = 'Send us a DM so we can look into this.';
/** The apology the acknowledge fix opens with. */
export const APOLOGY = "We're sorry about this.";

/** The handoff line: the user's template filled in, else one built from the channels they set. */
export function handoffLine(settings: Pick<Settings, 'handoffTemplate' | 'supportEmail' | 'dmHandle' | 'supportPhone'>): string {
  const email = settings.supportEmail?.trim() || undefined;
  const dm = settings.dmHandle?.trim() || undefined;
  const phone = settings.supportPhone?.trim() || undefined;
  const template = settings.handoffTemplate?.trim();
  if (template) {
    const values: Record<string, string | undefined> = { email, dm, phone };
    const missing = [...template.matchAll(/\{(email|dm|phone)\}/g)].some((m) => !values[m[1]!]);
    if (!missing) return template.replace(/\{(email|dm|phone)\}/g, (_, name: string) => values[name]!);
  }
  const ways: string[] = [];
  if (dm) ways.push(dm.startsWith('@') ? `DM ${dm}` : 'send us a DM');
  if (email) ways.push(`email ${email}`);
  if (phone) ways.push(`call ${phone}`);
  if (ways.length === 0) return GENERIC_HANDOFF;
  const joined = ways.length === 1 ? ways[0]! : `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]}`;
  return `Please ${joined} so we can look into this.`;
}

/** A signature at the end of a reply ("^JS", "-Becky", "*TMC"): a line added at the end goes before it. */
const SIGNATURE = /\s(?:[\^*~/]|-\s?)[A-Z][A-Za-z]{0,14}$/;

/** The edit that adds a sentence at the end of the draft, before trailing spaces and a signature. */
export function appendSentence(text: string, sentence: string): Edit {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0) return { start: 0, end: 0, text: sentence };
  const signature = SIGNATURE.exec(text.slice(Math.max(0, end - 20), end));
  if (signature && end - signature[0].length > 0) {
    let at = end - signature[0].length;
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    if (at > 0) return { start: at, end: at, text: `${separator(text.slice(0, at))}${sentence}` };
  }
  return { start: end, end, text: `${separator(text.slice(0, end))}${sentence}` };
}

/** What goes between the text so far and a new sentence. */
function separator(before: string): string {
  const last = before[before.length - 1] ?? '';
  if (/[.!?…:;)\]"'\u201d\u2019]/.test(last) || /\p{Extended_Pictographic}/u.test(before.slice(-2))) return ' ';
  if (/(?:https?:\/\/|[@#])\S*$/.test(before.slice(-200))) return ' ';
  if (/[,\u2014-]$/.test(last)) return ' ';
  return '. ';
}

/** The edit that opens the draft with an apology, after any leading @mentions. */
export function prependSentence(text: string, sentence: string): Edit {
  const at = leadingMentionsEnd(text);
  const lead = at > 0 && !/\s/.test(text[at - 1]!) ? ' ' : '';
  const rest = text.slice(at);
  if (!rest.trim()) return { start: at, end: at, text: `${lead}${sentence}` };
  // "dm us" becomes "DM us"; "we'll check" becomes "We'll check" after the new sentence.
  if (/^dm\b/.test(rest)) return { start: at, end: at + 2, text: `${lead}${sentence} DM` };
  const first = rest[0]!;
  if (/[a-z]/.test(first) && !/^(?:iphone|ipad|ipod|ios|imac|ebay|etsy)/i.test(rest)) {
    return { start: at, end: at + 1, text: `${lead}${sentence} ${first.toUpperCase()}` };
  }
  return { start: at, end: at, text: `${lead}${sentence} ` };
}
