/**
 * "On this page": which composers Postwise found in the current tab ("2 composers on this page"),
 * or that it found none on a supported site (the quick check below is the fallback), and the
 * per-site on/off switch. The tab is asked through tabs.sendMessage (no permission needed) and its
 * answer validated with PageReportSchema; the switch is a setting kept in the background's
 * database, and the open tab is told at once (every frame).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { PLATFORM_NAMES, type Kind } from '@/lib/analysis/schemas';
import { PageReportSchema, type PageReport, type TabRequest } from '@/lib/messaging/protocol';
import { useSettings, useUpdateSettings } from '@/lib/hooks/use-settings';

/** How the popup reaches the current tab (tests pass a fake). */
export interface TabProbe {
  /** The current tab's answer, or undefined when no Postwise script answers there. */
  report(): Promise<PageReport | undefined>;
  /** Tells the current tab the switch changed. */
  tell(request: TabRequest): Promise<void>;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const browserTabProbe: TabProbe = {
  async report() {
    const id = await activeTabId();
    if (id === undefined) return undefined;
    try {
      const request: TabRequest = { type: 'page-report' };
      const parsed = PageReportSchema.safeParse(await browser.tabs.sendMessage(id, request));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined; // no content script in this tab (another site, or opened before install)
    }
  },
  async tell(request) {
    const id = await activeTabId();
    if (id !== undefined) await browser.tabs.sendMessage(id, request).catch(() => undefined);
  },
};

const KIND_LABELS: Record<Kind, [string, string]> = {
  post: ['post box', 'post boxes'],
  reply: ['reply box', 'reply boxes'],
  comment: ['comment box', 'comment boxes'],
};

/** "2 composers on this page: 1 post box, 1 comment box." */
export function foundLine(report: PageReport): string {
  const n = report.composers.length;
  const counts = new Map<Kind, number>();
  for (const c of report.composers) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const parts = Array.from(counts, ([kind, count]) => `${count} ${KIND_LABELS[kind][count === 1 ? 0 : 1]}`);
  return `${n} composer${n === 1 ? '' : 's'} on this page: ${parts.join(', ')}.`;
}

export function ThisPageCard({ probe = browserTabProbe }: { probe?: TabProbe }) {
  const client = useQueryClient();
  const page = useQuery({
    queryKey: ['postwise', 'this-page'],
    queryFn: async () => (await probe.report()) ?? null,
    refetchInterval: 2000,
  });
  const settings = useSettings();
  const update = useUpdateSettings();
  const report = page.data;
  if (page.isPending) return null;
  if (!report) {
    return (
      <section className="card this-page" aria-labelledby="this-page-title" data-testid="this-page">
        <h2 id="this-page-title">On this page</h2>
        <p className="muted" data-testid="this-page-status">
          Postwise coaches beside the composers of X, Facebook, LinkedIn and Instagram; it is not running in this tab. If this is one of
          those sites and the tab was open before Postwise was installed, reload it. Meanwhile, check a draft below.
        </p>
      </section>
    );
  }
  const name = PLATFORM_NAMES[report.platform];
  const off = settings.data?.sitesOff ?? [];
  const on = !off.includes(report.platform);
  const toggle = async () => {
    const next = on ? [...off, report.platform] : off.filter((p) => p !== report.platform);
    await update.mutateAsync({ sitesOff: next });
    await probe.tell({ type: 'site-switch', platform: report.platform, on: !on });
    await client.invalidateQueries({ queryKey: ['postwise', 'this-page'] });
  };
  return (
    <section className="card this-page" aria-labelledby="this-page-title" data-testid="this-page">
      <h2 id="this-page-title">On this page</h2>
      <p data-testid="this-page-status">
        {!on
          ? `Postwise is off on ${name}.`
          : report.composers.length
            ? foundLine(report)
            : `Postwise found no composer on this ${name} page yet. Open the post box or a comment box; if this still says none, paste your draft into the quick check below.`}
      </p>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={!settings.data || update.isPending}
          onChange={() => void toggle()}
          data-testid="site-switch"
        />
        Coach me on {name}
      </label>
    </section>
  );
}
