/** The adapter for a page, by hostname. */
import type { PlatformAdapter } from './types';
import { x } from './x';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { instagram } from './instagram';

export { x, facebook, linkedin, instagram };

/** All adapters, one per platform. */
export const ADAPTERS: readonly PlatformAdapter[] = [x, facebook, linkedin, instagram];

/** The adapter serving hostname (e.g. "x.com", "www.linkedin.com"), if any. */
export function adapterFor(hostname: string): PlatformAdapter | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ADAPTERS.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
