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
