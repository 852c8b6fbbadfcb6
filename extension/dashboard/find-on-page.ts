// Finding the dashboard's elements by the selectors of dashboard-selectors.ts, and waiting for a single-page app
// to render them.
import type { SelectorEntry } from './dashboard-selectors';

function visible(el: Element): boolean {
  const html = el as HTMLElement;
  if (html.hidden) return false;
  return (el.textContent ?? '').trim() !== '' || el instanceof HTMLInputElement;
}

export function findFirst(document: Document, entry: SelectorEntry): HTMLElement | undefined {
  for (const selector of entry.selectors) {
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (visible(el) && !el.closest('[data-activity-lens]')) return el;
    }
  }
  return undefined;
}

/** The input a label names (for=, nesting, or aria-label), case-sensitive so "a" does not match "A" headings. */
export function inputByLabel(document: Document, names: readonly string[]): HTMLInputElement | undefined {
  for (const name of names) {
    const byAria = document.querySelector<HTMLInputElement>(`input[aria-label="${CSS.escape(name)}"]`);
    if (byAria) return byAria;
  }
  for (const label of document.querySelectorAll('label')) {
    const text = (label.textContent ?? '').trim().replace(/:$/, '');
    if (!names.includes(text)) continue;
    const input = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input');
    if (input instanceof HTMLInputElement) return input;
  }
  return undefined;
}

/** Resolves with the element once `find` returns one (checking on every DOM change), or undefined after `timeoutMs`. */
export function waitFor<T>(document: Document, find: () => T | undefined, timeoutMs: number, signal?: AbortSignal): Promise<T | undefined> {
  const now = find();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (value: T | undefined): void => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      const found = find();
      if (found !== undefined) done(found);
    });
    const onAbort = (): void => done(undefined);
    const timer = setTimeout(() => done(undefined), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
