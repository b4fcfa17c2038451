/** The norms rules, sorted by id. */
import type { Rule } from '../../rule';
import foreignHandles from './foreign-handles';
import hashtags from './hashtags';
import length from './length';
import links from './links';
import markdown from './markdown';
import seeMore from './see-more';
import threadMarkers from './thread-markers';

export const normsRules: Rule[] = [foreignHandles, hashtags, length, links, markdown, seeMore, threadMarkers];
