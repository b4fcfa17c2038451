// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { facebook, instagram, linkedin, x } from '../../lib/platforms/index';
import { replaceText } from '../../lib/platforms/dom/insert';
import { facebookArticle, lexicalEditor, quillEditor, xComposer } from './markup';

afterEach(() => {
  document.body.innerHTML = '';
});

function key(target: Element, init: KeyboardEventInit): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

/** A site handler that clears the composer when its button is clicked (bubble phase, like React). */
function siteClearsOnClick(button: Element, editor: HTMLElement): void {
  button.addEventListener('click', () => {
    editor.innerHTML = '<p><br></p>';
  });
}

describe('onSubmit', () => {
  it("X: reads the text on a click on the composer's own Post button, before the site clears it", () => {
    document.body.innerHTML = xComposer(['Hello', 'world']);
    const [c] = x.findComposers(document);
    const button = document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement;
    siteClearsOnClick(button, c!.editor);
    const seen: string[] = [];
    x.onSubmit(c!.editor, (t) => seen.push(t));
    button.click();
    expect(seen).toEqual(['Hello\nworld']);
  });

  it('X: Ctrl+Enter and Cmd+Enter in the editor submit; Enter alone does not', () => {
    document.body.innerHTML = xComposer(['Hello']);
    const [c] = x.findComposers(document);
    const seen: string[] = [];
    x.onSubmit(c!.editor, (t) => seen.push(t));
    key(c!.editor, { key: 'Enter' });
    expect(seen).toEqual([]);
    key(c!.editor, { key: 'Enter', ctrlKey: true });
    expect(seen).toEqual(['Hello']);
  });

  it('Facebook comment: Enter submits, Shift+Enter does not; a disabled button does nothing', () => {
    document.body.innerHTML = facebookArticle(
      `<form>${lexicalEditor(['Sorry!'], 'Write a comment…')}<div id="focused-state-composer-submit" aria-label="Comment" role="button" aria-disabled="true"></div></form>`,
    );
    const [c] = facebook.findComposers(document);
    const seen: string[] = [];
    facebook.onSubmit(c!.editor, (t) => seen.push(t));
    key(c!.editor, { key: 'Enter', shiftKey: true });
    (document.getElementById('focused-state-composer-submit') as HTMLElement).click();
    expect(seen).toEqual([]);
    key(c!.editor.querySelector('span') as Element, { key: 'Enter' });
    expect(seen).toEqual(['Sorry!']);
  });

  describe('Facebook Page post: Next → Post settings → Post', () => {
    /** The Page's "Create post" dialog (German UI): the editor and a "Weiter" (Next) button. */
    const createForm = (lines: string[]) =>
      `<form method="POST">${lexicalEditor(lines, 'Was möchtest du teilen?')}<div role="button" aria-label="Weiter" id="next">Weiter</div></form>`;
    const createDialog = (lines: string[]) => `<div role="dialog" aria-label="Beitrag erstellen" id="create">${createForm(lines)}</div>`;
    const settings =
      '<h2>Einstellungen für Beiträge</h2><div role="button" aria-label="Zurück" id="back">←</div><div role="button" aria-label="Posten" id="post">Posten</div>';
    const click = (id: string) => (document.getElementById(id) as HTMLElement).click();
    const start = (lines: string[]) => {
      document.body.innerHTML = `<div role="main"></div>${createDialog(lines)}`;
      const [c] = facebook.findComposers(document);
      const seen: string[] = [];
      const stop = facebook.onSubmit(c!.editor, (t) => seen.push(t));
      return { seen, stop };
    };

    it('the same dialog shows the settings step: "Posten" there reports the text kept at "Weiter"', () => {
      const { seen, stop } = start(['Neue Herbstkarte', 'ab Montag']);
      click('next');
      expect(seen).toEqual([]);
      // Facebook swaps the dialog's content: the editor is gone, the composer unmounts.
      document.getElementById('create')!.innerHTML = settings;
      stop();
      click('post');
      expect(seen).toEqual(['Neue Herbstkarte\nab Montag']);
      click('post');
      expect(seen).toHaveLength(1);
    });

    it('the settings step is a new dialog in place of the first: still reported once', () => {
      const { seen, stop } = start(['Neue Herbstkarte']);
      click('next');
      document.getElementById('create')!.remove();
      stop();
      document.body.insertAdjacentHTML('beforeend', `<div role="dialog" aria-label="Einstellungen für Beiträge">${settings}</div>`);
      click('post');
      expect(seen).toEqual(['Neue Herbstkarte']);
    });

    it('back to a new editor and on again: only the new composer reports (no stale text)', () => {
      const first = start(['Erster Entwurf']);
      click('next');
      const dialog = document.getElementById('create')!;
      dialog.innerHTML = settings;
      first.stop();
      // "Zurück": the same dialog renders a new editor with the edited text; its own watcher takes over.
      dialog.innerHTML = createForm(['Zweiter Entwurf']);
      const [c] = facebook.findComposers(document);
      const second: string[] = [];
      facebook.onSubmit(c!.editor, (t) => second.push(t));
      click('next');
      document.getElementById('create')!.innerHTML = settings;
      click('post');
      expect(first.seen).toEqual([]);
      expect(second).toEqual(['Zweiter Entwurf']);
    });

    it('a Post button outside any dialog, or after the flow was closed, reports nothing', () => {
      const { seen, stop } = start(['Neue Herbstkarte']);
      click('next');
      document.getElementById('create')!.remove();
      stop();
      document.body.insertAdjacentHTML('beforeend', '<div role="button" aria-label="Posten" id="post">Posten</div>');
      click('post');
      expect(seen).toEqual([]);
    });
  });

  it("ignores another composer's button and empty drafts; stops when asked", () => {
    document.body.innerHTML = `<div id="a">${xComposer(['First'])}</div><div id="b">${xComposer([''])}</div>`;
    const [a, b] = x.findComposers(document);
    const seenA: string[] = [];
    const seenB: string[] = [];
    const stopA = x.onSubmit(a!.editor, (t) => seenA.push(t));
    x.onSubmit(b!.editor, (t) => seenB.push(t));
    (document.querySelector('#b [data-testid="tweetButtonInline"]') as HTMLElement).click();
    expect(seenA).toEqual([]);
    expect(seenB).toEqual([]);
    stopA();
    (document.querySelector('#a [data-testid="tweetButtonInline"]') as HTMLElement).click();
    expect(seenA).toEqual([]);
  });

  it('LinkedIn: a keyboard-activated Post button reports once', () => {
    document.body.innerHTML = `<div class="share-box-v2__modal" role="dialog">${quillEditor(['Big news'])}<button class="share-actions__primary-action">Post</button></div>`;
    const [c] = linkedin.findComposers(document);
    const seen: string[] = [];
    linkedin.onSubmit(c!.editor, (t) => seen.push(t));
    const button = document.querySelector('button') as HTMLElement;
    key(button, { key: 'Enter' });
    button.click();
    expect(seen).toEqual(['Big news']);
  });

  it('Instagram: only the button labelled Share submits the caption', () => {
    document.body.innerHTML = `<div role="dialog"><div role="button" id="back">Back</div><div role="button" id="share">Share</div><div><div aria-label="Write a caption..." contenteditable="true">Autumn</div><div role="button" id="emoji">🙂</div></div></div>`;
    const [c] = instagram.findComposers(document);
    const seen: string[] = [];
    instagram.onSubmit(c!.editor, (t) => seen.push(t));
    (document.getElementById('emoji') as HTMLElement).click();
    (document.getElementById('back') as HTMLElement).click();
    expect(seen).toEqual([]);
    (document.getElementById('share') as HTMLElement).click();
    expect(seen).toEqual(['Autumn']);
  });

  it('a throwing callback does not reach the page', () => {
    document.body.innerHTML = xComposer(['Hello']);
    const [c] = x.findComposers(document);
    x.onSubmit(c!.editor, () => {
      throw new Error('caller bug');
    });
    expect(() => (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click()).not.toThrow();
  });
});

describe('replaceText on a textarea', () => {
  it('falls back to the native value setter plus an input event', async () => {
    document.body.innerHTML = '<textarea>Hi there\nfriend</textarea>';
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    const inputs: string[] = [];
    ta.addEventListener('input', () => inputs.push(ta.value));
    expect(await replaceText(ta, 3, 8, 'Jane')).toBe(true);
    expect(ta.value).toBe('Hi Jane\nfriend');
    expect(inputs.at(-1)).toBe('Hi Jane\nfriend');
  });
});
