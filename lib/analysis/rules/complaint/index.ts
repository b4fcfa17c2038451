/** The complaint rules, sorted by id. */
import type { Rule } from '../../rule';
import acknowledge from './acknowledge';
import cannedReply from './canned-reply';
import defensive from './defensive';
import publicDataAsk from './public-data-ask';
import takeOffline from './take-offline';
import tooShort from './too-short';

export const complaintRules: Rule[] = [acknowledge, cannedReply, defensive, publicDataAsk, takeOffline, tooShort];
