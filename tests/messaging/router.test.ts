import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage, MessagingError } from '@/lib/messaging/client';
import { createRouter } from '@/lib/messaging/router';
import { senders, startBackground } from './helpers';

let bg: ReturnType<typeof startBackground>;
beforeEach(() => {
  fakeBrowser.reset();
  bg = startBackground();
});
afterEach(async () => {
  await bg.ctx.db.delete();
});

describe('who may talk to the background', () => {
  it('answers Postwise pages and content scripts', async () => {
    expect(await bg.send({ type: 'get-settings' }, senders.popup())).toMatchObject({ ok: true });
    expect(await bg.send({ type: 'get-composer-context', platform: 'x' }, senders.contentScript())).toMatchObject({ ok: true });
  });

  it('rejects other extensions and pages without an id, before reading the payload', async () => {
    for (const sender of [senders.otherExtension(), senders.webPage(), {}]) {
      expect(await bg.send({ type: 'wipe', confirm: true }, sender)).toEqual({
        ok: false,
        code: 'forbidden',
        error: 'Rejected: the message does not come from Postwise itself.',
      });
    }
    expect(await bg.ctx.db.settings.count()).toBe(0);
  });

  it('accepts export, import and wipe only from extension pages, never from a content script', async () => {
    for (const message of [{ type: 'export' }, { type: 'wipe', confirm: true }, { type: 'import-csv', csv: 'platform,text,date' }]) {
      const res = await bg.send(message, senders.contentScript());
      expect(res).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await bg.send({ type: 'export' }, senders.popup())).toMatchObject({ ok: true });
  });

  it('rejects sendMessage from fakeBrowser, whose sender carries no id', async () => {
    fakeBrowser.runtime.onMessage.addListener(bg.listener as never);
    await expect(sendMessage({ type: 'get-settings' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('invalid payloads get a clear error, never a crash', () => {
  it.each([
    ['not an object', 'hello', '(root)'],
    ['null', null, '(root)'],
    ['an unknown type', { type: 'drop-tables' }, 'type'],
    ['no type', { draft: {} }, 'type'],
  ])('%s', async (_name, message, path) => {
    const res = await bg.send(message);
    expect(res).toMatchObject({ ok: false, code: 'invalid' });
    if (!res.ok) expect(res.problems?.[0]?.path).toBe(path);
  });

  it('names the field that is wrong', async () => {
    const res = await bg.send({ type: 'analyze', draft: { platform: 'myspace', kind: 'post', text: 'hi' } });
    expect(res).toEqual({
      ok: false,
      code: 'invalid',
      error: 'Invalid message: draft.platform: expected one of x, facebook, linkedin, instagram',
      problems: [{ path: 'draft.platform', message: 'expected one of x, facebook, linkedin, instagram' }],
    });
  });

  it('needs an explicit confirmation to wipe', async () => {
    expect(await bg.send({ type: 'wipe' })).toMatchObject({ ok: false, code: 'invalid', problems: [{ path: 'confirm' }] });
  });

  it('reports invalid settings with their path and writes nothing', async () => {
    const res = await bg.send({ type: 'set-settings', patch: { supportEmail: 'not an email', crosspostDays: 0 } });
    expect(res).toMatchObject({ ok: false, code: 'invalid' });
    if (!res.ok) expect(res.problems!.map((p) => p.path)).toEqual(['settings.supportEmail', 'settings.crosspostDays']);
    expect(await bg.ctx.db.settings.count()).toBe(0);
  });

  it('turns a handler that throws into { ok: false, code: "failed" }', async () => {
    const route = createRouter({
      extensionId: 'me',
      extensionOrigin: 'chrome-extension://me/',
      handle: async () => {
        throw new Error('database on fire');
      },
    });
    expect(await route({ type: 'get-settings' }, { id: 'me', url: 'chrome-extension://me/popup.html' })).toEqual({
      ok: false,
      code: 'failed',
      error: '"get-settings" failed: database on fire',
    });
  });
});

describe('the client', () => {
  it('returns validated data and throws MessagingError with problems on an error answer', async () => {
    const settings = await sendMessage({ type: 'get-settings' }, bg.transport);
    expect(settings.retentionDays).toBe(180);
    const error = await sendMessage({ type: 'get-contact', platform: 'tiktok' as never, handle: 'a' }, bg.transport).catch((e) => e);
    expect(error).toBeInstanceOf(MessagingError);
    expect(error.code).toBe('invalid');
    expect(error.problems[0].path).toBe('platform');
  });

  it('refuses a malformed or missing answer', async () => {
    await expect(
      sendMessage({ type: 'get-settings' }, async () => ({ ok: true, data: { retentionDays: 'forever' } })),
    ).rejects.toMatchObject({
      code: 'bad-answer',
    });
    await expect(sendMessage({ type: 'get-settings' }, async () => 42)).rejects.toMatchObject({ code: 'bad-answer' });
    await expect(sendMessage({ type: 'get-settings' }, async () => undefined)).rejects.toMatchObject({ code: 'no-answer' });
    await expect(
      sendMessage({ type: 'get-settings' }, async () => {
        throw new Error('Receiving end does not exist.');
      }),
    ).rejects.toMatchObject({ code: 'no-answer' });
  });
});
