// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewApp } from '@/components/pages/review/review-app';
import { useReviewStore } from '@/components/pages/review/store';
import { updateSettings } from '@/lib/storage/settings';
import { fileOf, NOW, renderPage, setupPage, teardown, type Background } from './helpers';

let bg: Background;
beforeEach(() => {
  bg = setupPage('/review.html');
  useReviewStore.getState().clear();
});
afterEach(() => teardown(bg));

const COMPLAINT = '@brand I was charged twice and nobody answers. Unacceptable.';
const BAD_REPLY = 'Please reply with your order number and email so we can check.';

const BATCH = [
  JSON.stringify({ platform: 'x', kind: 'reply', text: BAD_REPLY, reply_to: COMPLAINT }),
  JSON.stringify({
    platform: 'x',
    kind: 'reply',
    text: "So sorry about that! Please DM us and we'll refund you today.",
    reply_to: COMPLAINT,
  }),
  '{"platform": "myspace", "text": "hi"}',
  JSON.stringify({ platform: 'instagram', kind: 'post', text: 'New drop! #a #b #c #d #e #f #g', reader_stage: 'interest' }),
  JSON.stringify({ platform: 'linkedin', kind: 'post', text: 'What is the one tool your team could not live without? Tell us below.' }),
].join('\n');

const render = (download = vi.fn()) => ({ ...renderPage(<ReviewApp now={() => NOW} download={download} />), download });

async function importBatch(text = BATCH, name = 'drafts.jsonl') {
  fireEvent.change(screen.getByLabelText('Batch file'), { target: { files: [fileOf(name, text)] } });
  await waitFor(() => expect(useReviewStore.getState().items.every((i) => i.verdict)).toBe(true));
  await waitFor(() => expect(useReviewStore.getState().items.length).toBeGreaterThan(0));
  await waitFor(() => expect(useReviewStore.getState().progress).toBeNull());
}

const rows = () => screen.getAllByRole('row').slice(1);

describe("reviewers' page", () => {
  it('imports a JSONL batch, lists the unreadable line, and shows verdicts and counts per draft', async () => {
    render();
    await importBatch();
    expect(screen.getByRole('alert').textContent).toMatch(/1 line of drafts.jsonl could not be read/);
    expect(screen.getByRole('alert').textContent).toMatch(/line 3: platform: expected one of x, facebook, linkedin, instagram/);
    expect(rows()).toHaveLength(4);
    const first = rows()[0]!;
    expect(first.textContent).toMatch(/^1X reply/);
    expect(within(first).getByText('fix')).toBeInTheDocument();
    expect(rows()[3]!.textContent).toMatch(/ok/);
    expect(document.querySelector('.summary')!.textContent).toMatch(/^\d fix · \d warn · \d ok · none reviewed yet$/);
  });

  it('filters by verdict, category and decision', async () => {
    render();
    await importBatch();
    fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'ok' } });
    expect(rows().map((r) => r.textContent)).toContainEqual(expect.stringMatching(/LinkedIn post/));
    expect(rows().every((r) => within(r).queryByText('ok'))).toBe(true);
    fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'fix' } });
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringMatching(/^1X reply/), expect.stringMatching(/Instagram post/)]);
    fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'platform-norms' } });
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringMatching(/Instagram post/)]);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'complaint' } });
    expect(rows()).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Decision'), { target: { value: 'pending' } });
    expect(rows()).toHaveLength(4);
  });

  it('opens the full report with the findings’ words highlighted, and keeps an approval with its note', async () => {
    render();
    await importBatch();
    fireEvent.click(within(rows()[0]!).getByRole('button', { name: /Open draft 1/ }));
    const report = (await screen.findByRole('heading', { name: /Line 1 · X reply/ })).closest('section')!;
    expect(report.textContent).toMatch(/In reply to/);
    const marks = report.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent).join('|')).toMatch(/order number/);
    expect(within(report).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);

    // Requesting changes needs a note.
    fireEvent.click(within(report).getByRole('button', { name: 'Request changes' }));
    expect(await within(report).findByText('say what should change')).toBeInTheDocument();
    fireEvent.change(within(report).getByLabelText("Reviewer's note"), { target: { value: 'Ask for the order number in DM, not here.' } });
    fireEvent.click(within(report).getByRole('button', { name: 'Request changes' }));
    await waitFor(() => expect(rows()[0]!.textContent).toMatch(/Changes requested/));
    const stored = await bg.ctx.db.reviews.toArray();
    expect(stored).toMatchObject([
      { decision: 'changes-requested', note: 'Ask for the order number in DM, not here.', text: BAD_REPLY, time: NOW },
    ]);
    expect(stored[0]!.draftKey).toMatch(/^review:[0-9a-f]{16}$/);
    fireEvent.change(screen.getByLabelText('Decision'), { target: { value: 'changes-requested' } });
    expect(rows()).toHaveLength(1);
  });

  it('remembers decisions when the same batch is imported again', async () => {
    render();
    await importBatch();
    fireEvent.click(within(rows()[1]!).getByRole('button', { name: /Open draft 2/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(rows()[1]!.textContent).toMatch(/Approved/));
    await importBatch();
    await waitFor(() => expect(rows()[1]!.textContent).toMatch(/Approved/));
  });

  it('exports the reviewed batch as CSV and JSON with verdicts, findings and notes', async () => {
    const { download } = render();
    await importBatch();
    fireEvent.click(within(rows()[1]!).getByRole('button', { name: /Open draft 2/ }));
    fireEvent.change(await screen.findByLabelText("Reviewer's note"), { target: { value: 'Good, "warm" reply' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(rows()[1]!.textContent).toMatch(/Approved/));

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The batch's drafts come from its worker: the file follows a moment later.
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [csvName, csv] = download.mock.calls[0]!;
    expect(csvName).toBe('postwise-review-2026-03-02.csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'line,platform,kind,text,reply_to,reader_stage,verdict,fix,warn,info,findings,adapted,decision,note,reviewer,reviewed_at',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^1,x,reply,Please reply.*,fix,[1-9],\d,\d,".*complaint\/public-data-ask.*",,pending,,,$/);
    // The Instagram post over the hashtag cap, adapted (five tags kept), beside its original.
    expect(lines[3]).toMatch(/,New drop! #\w+ #\w+ #\w+ #\w+ #\w+,pending,,,$/);
    expect(lines[2]).toMatch(/,approved,"Good, ""warm"" reply",,2026-03-02T12:00:00.000Z$/);

    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [jsonName, json] = download.mock.calls[1]!;
    expect(jsonName).toBe('postwise-review-2026-03-02.json');
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'postwise-review', source: 'drafts.jsonl' });
    expect(parsed.drafts[0]).toMatchObject({ line: 1, verdict: 'fix', decision: 'pending' });
    expect(
      parsed.drafts[0].findings.some(
        (f: { ruleId: string; quote: string[] }) => f.ruleId === 'complaint/public-data-ask' && f.quote.length,
      ),
    ).toBe(true);
    expect(parsed.drafts[1]).toMatchObject({ decision: 'approved', note: 'Good, "warm" reply' });
  });

  it("shows a draft adapted to its network's norms beside the original, as a diff, and copies it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render();
    await importBatch();
    fireEvent.click(within(rows()[2]!).getByRole('button', { name: /Open draft 4/ }));
    const report = (await screen.findByRole('heading', { name: /Line 4 · Instagram post/ })).closest('section')!;
    expect(within(report).queryByRole('heading', { name: 'Original' })).not.toBeNull();
    const adapted = within(report).getByRole('group', { name: 'Adapted for Instagram' });
    const removed = [...adapted.querySelectorAll('del')].map((d) => d.textContent).join('');
    expect(removed.match(/#\w/g)).toHaveLength(2); // seven tags, five kept
    expect(adapted.querySelectorAll('ins')).toHaveLength(0);
    fireEvent.click(within(adapted).getByRole('button', { name: 'Copy adapted text' }));
    expect((await within(adapted).findByRole('status')).textContent).toBe('Copied.');
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^New drop!( #\w){5}$/));

    // A draft that already fits its network shows no adaptation.
    fireEvent.click(within(rows()[3]!).getByRole('button', { name: /Open draft 5/ }));
    const clean = (await screen.findByRole('heading', { name: /Line 5 · LinkedIn post/ })).closest('section')!;
    expect(within(clean).queryByRole('group', { name: /Adapted for/ })).toBeNull();
    expect(within(clean).queryByRole('heading', { name: 'Original' })).toBeNull();
  });

  it('checks a pasted draft with the saved settings and opens its report', async () => {
    await updateSettings(bg.ctx.db, { supportEmail: 'care@brand.com' });
    render();
    // The check uses the saved settings: the button waits for them.
    await waitFor(() => expect((screen.getByRole('button', { name: /Check and add/ }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.change(screen.getByLabelText('Draft text'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /Check and add/ }));
    expect(await screen.findByText('paste the draft to check')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('The post it answers'), { target: { value: COMPLAINT } });
    fireEvent.change(screen.getByLabelText('Reader stage'), { target: { value: 'loyalty' } });
    fireEvent.change(screen.getByLabelText('Draft text'), { target: { value: 'We hear you.' } });
    fireEvent.click(screen.getByRole('button', { name: /Check and add/ }));
    const report = (await screen.findByRole('heading', { name: /Pasted draft · X reply/ })).closest('section')!;
    expect(report.textContent).toMatch(/Reader stage: Loyalty/);
    expect(report.textContent).toMatch(/care@brand.com/);
    expect(rows()).toHaveLength(1);
  });

  it("says when the reader's stage was read from the post answered", async () => {
    render();
    await waitFor(() => expect((screen.getByRole('button', { name: /Check and add/ }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.change(screen.getByLabelText('The post it answers'), { target: { value: '@ShopCo my order never arrived' } });
    fireEvent.change(screen.getByLabelText('Draft text'), { target: { value: 'So sorry, we are on it.' } });
    fireEvent.click(screen.getByRole('button', { name: /Check and add/ }));
    const report = (await screen.findByRole('heading', { name: /Pasted draft · X reply/ })).closest('section')!;
    expect(report.textContent).toMatch(/Reader stage: Loyalty \(inferred from the post: mentions their order\)/);
  });

  it('keeps the page responsive on a 5,000-draft batch: chunks with a progress bar', async () => {
    render();
    const many = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({
        platform: ['x', 'facebook', 'linkedin', 'instagram'][i % 4],
        kind: i % 2 ? 'reply' : 'post',
        text: `Draft ${i}: sorry, reply with your order number! Buy now with code SAVE${i}`,
        reply_to: i % 2 ? COMPLAINT : '',
      }),
    ).join('\n');
    let progressSeen = 0;
    const unsubscribe = useReviewStore.subscribe((s) => {
      if (s.progress && s.progress.done > 0 && s.progress.done < s.progress.total) progressSeen++;
    });
    fireEvent.change(screen.getByLabelText('Batch file'), { target: { files: [fileOf('big.jsonl', many)] } });
    // The bar shows at once ("Reading…"), and gets its total when the drafts are counted.
    await screen.findByRole('progressbar');
    await waitFor(() => expect(Number(screen.getByRole('progressbar').getAttribute('max'))).toBe(5000));
    expect(screen.getByText(/Checking [\d,]+ of 5,000 drafts/)).toBeInTheDocument();
    // Sized for a busy 2-core CI machine (5,000 analyses); the test counts chunks, never time.
    await waitFor(() => expect(useReviewStore.getState().progress).toBeNull(), { timeout: 170_000 });
    unsubscribe();
    expect(progressSeen).toBeGreaterThan(3);
    expect(useReviewStore.getState().items.filter((i) => i.verdict)).toHaveLength(5000);
    // Only one page of rows is rendered.
    expect(rows()).toHaveLength(50);
    expect(screen.getByText('Page 1 of 100')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(rows()[0]!.textContent).toMatch(/^51/);
  }, 180_000);
});
