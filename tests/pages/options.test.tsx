// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '@/components/pages/options/options-app';
import { DataSection } from '@/components/pages/options/data-section';
import { sendMessage } from '@/lib/messaging/client';
import { recordPost } from '@/lib/storage/posts';
import { getSettings } from '@/lib/storage/settings';
import { fileOf, NOW, renderPage, setupPage, teardown, type Background } from './helpers';

let bg: Background;
beforeEach(() => {
  bg = setupPage('/options.html');
});
afterEach(() => teardown(bg));

const section = async (name: string | RegExp) => (await screen.findByRole('heading', { name, level: 2 })).closest('section')!;
const settings = () => getSettings(bg.ctx.db);

describe('stage playbook', () => {
  it('saves a stage brief, mirrors its CTA into the engine settings, and the CTA check suggests it', async () => {
    renderPage(<OptionsApp />);
    const form = within(await screen.findByRole('form', { name: 'Interest brief' }));
    fireEvent.change(form.getByLabelText('1. Goal'), { target: { value: '500 newsletter subscribers this quarter' } });
    fireEvent.change(form.getByLabelText('2. Target audience'), { target: { value: 'Home bakers, 25-45, UK' } });
    fireEvent.change(form.getByLabelText('5. Call to action'), { target: { value: 'Get the Sunday baking letter' } });
    fireEvent.click(form.getByRole('button', { name: /Save interest brief/ }));
    await waitFor(() => expect(form.getByRole('status').textContent).toBe('Saved'));
    const saved = await settings();
    expect(saved.playbook.interest).toMatchObject({ goal: '500 newsletter subscribers this quarter', cta: 'Get the Sunday baking letter' });
    expect(saved.stageCtas).toEqual({ interest: 'Get the Sunday baking letter' });
    expect(screen.getByText('CTA: “Get the Sunday baking letter”')).toBeInTheDocument();
    // The engine now suggests the brand's own next step to an awareness reader asked to buy.
    const report = await sendMessage(
      { type: 'analyze', draft: { platform: 'x', kind: 'post', text: 'Buy now at our shop!', readerStage: 'awareness' } },
      bg.transport,
    );
    const jump = report.findings.find((f) => f.ruleId === 'cta/stage-jump');
    expect(jump?.fix?.edits[0]?.text).toBe('Get the Sunday baking letter');
  });

  it('shows a too-long CTA next to its field and saves nothing', async () => {
    renderPage(<OptionsApp />);
    const form = within(await screen.findByRole('form', { name: 'Awareness brief' }));
    const cta = form.getByLabelText('5. Call to action');
    fireEvent.change(cta, { target: { value: 'x'.repeat(201) } });
    fireEvent.click(form.getByRole('button', { name: /Save awareness brief/ }));
    const error = await form.findByText('at most 200 characters');
    expect(cta.getAttribute('aria-invalid')).toBe('true');
    expect(cta.getAttribute('aria-describedby')).toContain(error.id);
    expect((await settings()).playbook).toEqual({});
  });
});

describe('support and handoff', () => {
  it('rejects a malformed email beside the field, then saves and previews the handoff line', async () => {
    renderPage(<OptionsApp />);
    const form = within(await section('Support channels and handoff'));
    fireEvent.change(form.getByLabelText('Support email'), { target: { value: 'help@' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByText(/enter an email address/)).toBeInTheDocument();
    expect((await settings()).supportEmail).toBeUndefined();

    fireEvent.change(form.getByLabelText('Support email'), { target: { value: 'help@brand.com' } });
    fireEvent.change(form.getByLabelText('DM handle'), { target: { value: '@BrandHelp' } });
    expect(form.getByText(/Please DM @BrandHelp or email help@brand.com/)).toBeInTheDocument();
    fireEvent.change(form.getByLabelText('Handoff wording'), { target: { value: 'Sorry! Email {email} or call {fax}.' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByText(/only \{email\}, \{dm\} and \{phone\}/)).toBeInTheDocument();
    fireEvent.change(form.getByLabelText('Handoff wording'), { target: { value: "So sorry! Email {email} and we'll sort it out." } });
    fireEvent.change(form.getByLabelText('Default reader stage'), { target: { value: 'interest' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await settings()).toMatchObject({ supportEmail: 'help@brand.com', dmHandle: '@BrandHelp', defaultStage: 'interest' }),
    );
    expect(form.getByText(/So sorry! Email help@brand.com/)).toBeInTheDocument();
  });
});

describe('segments and contacts', () => {
  it('adds a segment with its stage and defaults, then deletes it', async () => {
    renderPage(<OptionsApp />);
    const sec = within(await section('Audience segments'));
    fireEvent.click(sec.getByRole('button', { name: 'Add segment' }));
    expect(await sec.findByText('give the segment a name')).toBeInTheDocument();
    fireEvent.change(sec.getByLabelText('Segment name'), { target: { value: 'Newsletter readers' } });
    fireEvent.change(sec.getByLabelText('Segment stage'), { target: { value: 'interest' } });
    fireEvent.click(sec.getByLabelText('LinkedIn'));
    fireEvent.change(sec.getByLabelText('Default for accounts'), { target: { value: 'brand, brand_eu' } });
    fireEvent.click(sec.getByRole('button', { name: 'Add segment' }));
    const row = await sec.findByRole('row', { name: /Newsletter readers/ });
    expect(row.textContent).toMatch(/Interest/);
    expect(row.textContent).toMatch(/LinkedIn, @brand, @brand_eu/);
    expect(await bg.ctx.db.segments.toArray()).toMatchObject([
      { name: 'Newsletter readers', stage: 'interest', platforms: ['linkedin'], accounts: ['brand', 'brand_eu'] },
    ]);
    fireEvent.click(sec.getByRole('button', { name: 'Delete Newsletter readers' }));
    await waitFor(() => expect(sec.queryByRole('row', { name: /Newsletter readers/ })).toBeNull());
    expect(await bg.ctx.db.segments.count()).toBe(0);
  });

  it('adds a known contact, changes their stage in the list, and deletes them', async () => {
    renderPage(<OptionsApp />);
    const sec = within(await section('Known contacts'));
    fireEvent.change(sec.getByLabelText('Handle or name'), { target: { value: '@Ann Smith!' } });
    fireEvent.click(sec.getByRole('button', { name: 'Add contact' }));
    expect(await sec.findByText(/letters, digits/)).toBeInTheDocument();
    fireEvent.change(sec.getByLabelText('Handle or name'), { target: { value: '@Ann_Smith' } });
    fireEvent.change(sec.getByLabelText('Contact stage'), { target: { value: 'consideration' } });
    fireEvent.change(sec.getByLabelText('Note'), { target: { value: 'asked about pricing' } });
    fireEvent.change(sec.getByLabelText('Name to use in posts'), { target: { value: 'Ann Smith' } });
    fireEvent.click(sec.getByRole('button', { name: 'Add contact' }));
    const stage = await sec.findByLabelText('Stage of ann_smith on X');
    expect((stage as HTMLSelectElement).value).toBe('consideration');
    fireEvent.change(stage, { target: { value: 'conversion' } });
    await waitFor(async () =>
      expect((await bg.ctx.db.contacts.toArray())[0]).toMatchObject({
        handle: 'ann_smith',
        name: 'Ann Smith',
        stage: 'conversion',
        note: 'asked about pricing',
      }),
    );
    expect(stage.closest('tr')!.textContent).toMatch(/^ann_smith · Ann Smith on X/);
    fireEvent.click(sec.getByRole('button', { name: 'Delete ann_smith on X' }));
    await waitFor(async () => expect(await bg.ctx.db.contacts.count()).toBe(0));
  });
});

describe('norms and rules', () => {
  it('sets X Premium and a hashtag habit, and rejects a non-number beside its field', async () => {
    renderPage(<OptionsApp />);
    const sec = within(await section('Platform norms'));
    expect(sec.getByLabelText('X Post length').getAttribute('placeholder')).toBe('default 280');
    fireEvent.click(sec.getByLabelText(/My X account has Premium/));
    expect((sec.getByLabelText(/My X account has Premium/) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(sec.getByLabelText('LinkedIn Hashtags, usual most'), { target: { value: 'three' } });
    fireEvent.click(sec.getByRole('button', { name: 'Save' }));
    expect(await sec.findByText('enter a whole number')).toBeInTheDocument();
    fireEvent.change(sec.getByLabelText('LinkedIn Hashtags, usual most'), { target: { value: '3' } });
    fireEvent.click(sec.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await settings()).toMatchObject({ xPremium: true, norms: { linkedin: { hashtagHabit: 3 } } }));
    expect((await settings()).norms.x).toBeUndefined();
  });

  it('lists every rule from the registry, switches one off, and validates the numbers', async () => {
    renderPage(<OptionsApp />);
    const sec = within(await section('Checks and history'));
    const { rules } = await import('@/lib/analysis/rules/index');
    expect(sec.getAllByRole('checkbox')).toHaveLength(rules.length);
    fireEvent.click(sec.getByRole('checkbox', { name: /more than the healthy share/ }));
    fireEvent.change(sec.getByLabelText('Keep history for (days)'), { target: { value: '0' } });
    fireEvent.click(sec.getByRole('button', { name: 'Save' }));
    expect(await sec.findByText('between 1 and 3650')).toBeInTheDocument();
    fireEvent.change(sec.getByLabelText('Keep history for (days)'), { target: { value: '90' } });
    fireEvent.change(sec.getByLabelText('Healthy promotional share (%)'), { target: { value: '25' } });
    fireEvent.click(sec.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await settings()).toMatchObject({ disabledRules: ['promo/ratio'], retentionDays: 90, promoShare: 0.25 }),
    );
  });
});

describe('your data', () => {
  it('exports everything as a JSON download', async () => {
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: 'Hello', time: NOW });
    const download = vi.fn();
    renderPage(<DataSection download={download} />);
    fireEvent.click(screen.getByRole('button', { name: /Download export/ }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text] = download.mock.calls[0]!;
    expect(name).toMatch(/^postwise-export-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'postwise-export', tables: { posts: [{ text: 'Hello' }] } });
  });

  it('shows each problem of a broken import file with its path and reason, and changes nothing', async () => {
    renderPage(<DataSection />);
    const bad = {
      format: 'postwise-export',
      version: 2,
      exportedAt: new Date(NOW).toISOString(),
      tables: {
        posts: [{ id: 'p1', platform: 'myspace', kind: 'post', text: 'x', time: 1 }],
        drafts: [],
        contacts: [],
        segments: [],
        settings: [],
        findings: [],
        reviews: [],
      },
    };
    fireEvent.change(screen.getByLabelText('Export file to import'), { target: { files: [fileOf('broken.json', JSON.stringify(bad))] } });
    const alert = await screen.findByText(/broken.json was not imported/);
    const table = within(alert.closest('[role=alert]')!).getByRole('table');
    expect(table.textContent).toMatch(/tables\.posts\[0\]\.platform/);
    expect(table.textContent).toMatch(/expected one of x, facebook, linkedin, instagram/);
    expect(await bg.ctx.db.posts.count()).toBe(0);
    fireEvent.change(screen.getByLabelText('Export file to import'), { target: { files: [fileOf('notes.json', '{oops')] } });
    expect(await screen.findByText(/notes.json is not a JSON file/)).toBeInTheDocument();
  });

  it('imports a good export file and reports what it wrote', async () => {
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: 'Hello', time: NOW });
    const file = await sendMessage({ type: 'export' }, bg.transport);
    await bg.ctx.db.posts.clear();
    renderPage(<DataSection />);
    fireEvent.change(screen.getByLabelText('Export file to import'), { target: { files: [fileOf('backup.json', JSON.stringify(file))] } });
    expect((await screen.findByText(/^Imported:/)).textContent).toMatch(/1 posts/);
    expect(await bg.ctx.db.posts.count()).toBe(1);
  });

  it('imports past posts from CSV and lists the lines it skipped', async () => {
    renderPage(<DataSection />);
    const csv =
      'platform,text,posted_at\nx,Spring is here,2026-03-01\nmyspace,Nope,2026-03-01\nlinkedin,Our guide is out,2026-02-20T10:00:00Z\n';
    fireEvent.change(screen.getByLabelText('CSV file of past posts'), { target: { files: [fileOf('past.csv', csv)] } });
    expect((await screen.findByText(/Imported 2 posts/)).textContent).toMatch(/1 line\(s\) skipped/);
    expect(screen.getByText(/line 3:/)).toBeInTheDocument();
    expect(await bg.ctx.db.posts.count()).toBe(2);
  });

  it('wipes only after the confirmation phrase is typed', async () => {
    await recordPost(bg.ctx.db, { platform: 'x', kind: 'post', text: 'Hello', time: NOW });
    renderPage(<DataSection />);
    const button = screen.getByRole('button', { name: 'Delete everything' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Type “delete everything” to confirm/), { target: { value: 'delete' } });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Type “delete everything” to confirm/), { target: { value: 'delete everything' } });
    fireEvent.click(button);
    expect(await screen.findByText('Everything was deleted.')).toBeInTheDocument();
    expect(await bg.ctx.db.posts.count()).toBe(0);
  });
});
