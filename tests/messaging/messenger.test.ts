import { describe, expect, it } from 'vitest';
import { BackgroundError, ContextInvalidated, createMessenger, isInvalidation } from '@/lib/messaging/messenger';

describe('the content-script messenger', () => {
  it('resolves with the data of an ok answer', async () => {
    const { send } = createMessenger(() => ({ id: 'ext', sendMessage: async () => ({ ok: true, data: { logged: 2 } }) }));
    await expect(send({ type: 'log-findings', events: [] })).resolves.toEqual({ logged: 2 });
  });

  it('turns an error answer into a BackgroundError with its code', async () => {
    const { send } = createMessenger(() => ({
      id: 'ext',
      sendMessage: async () => ({ ok: false, code: 'invalid', error: 'Invalid message' }),
    }));
    await expect(send({ type: 'get-settings' })).rejects.toMatchObject({ name: 'BackgroundError', code: 'invalid' });
  });

  it('reports an extension reloaded under the page as ContextInvalidated, never a raw error', async () => {
    let id: string | undefined = 'ext';
    const runtime = {
      get id() {
        return id;
      },
      sendMessage: async () => {
        id = undefined;
        throw new Error('Extension context invalidated.');
      },
    };
    const { send, alive } = createMessenger(() => runtime);
    expect(alive()).toBe(true);
    await expect(send({ type: 'get-settings' })).rejects.toBeInstanceOf(ContextInvalidated);
    expect(alive()).toBe(false);
    // Once gone, nothing is even attempted.
    await expect(send({ type: 'get-settings' })).rejects.toBeInstanceOf(ContextInvalidated);
    const { send: noRuntime } = createMessenger(() => undefined);
    await expect(noRuntime({ type: 'get-settings' })).rejects.toBeInstanceOf(ContextInvalidated);
  });

  it('tells invalidation from other failures', async () => {
    const { send } = createMessenger(() => ({
      id: 'ext',
      sendMessage: async () => {
        throw new Error('boom');
      },
    }));
    await expect(send({ type: 'get-settings' })).rejects.toBeInstanceOf(BackgroundError);
    expect(isInvalidation(new Error('Extension context invalidated.'))).toBe(true);
    expect(isInvalidation(new Error('boom'))).toBe(false);
  });
});
