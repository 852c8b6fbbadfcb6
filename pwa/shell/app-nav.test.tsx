import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { appText } from '../app-text';
import { AppNav } from './app-nav';
import { SHELL_PAGES, type ShellPage } from './shell-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Lays the strip out as a phone does (happy-dom has no layout): 390 px wide, each item 100 px, side by side. */
function phoneStrip(nav: HTMLElement) {
  const items = [...nav.querySelectorAll('a')];
  Object.defineProperty(nav, 'clientWidth', { configurable: true, get: () => 390 });
  Object.defineProperty(nav, 'scrollWidth', { configurable: true, get: () => items.length * 100 });
  Object.defineProperty(nav, 'clientHeight', { configurable: true, get: () => 40 });
  Object.defineProperty(nav, 'scrollHeight', { configurable: true, get: () => 40 });
  nav.getBoundingClientRect = () => ({ left: 0, top: 0, width: 390, height: 40, right: 390, bottom: 40, x: 0, y: 0, toJSON: () => ({}) });
  items.forEach((a, i) => {
    a.getBoundingClientRect = () => ({ left: i * 100 - nav.scrollLeft, top: 0, width: 100, height: 40, right: i * 100 + 100 - nav.scrollLeft, bottom: 40, x: 0, y: 0, toJSON: () => ({}) });
  });
  const scrolls: ScrollToOptions[] = [];
  nav.scrollTo = ((o: ScrollToOptions) => {
    scrolls.push(o);
    nav.scrollLeft = o.left ?? nav.scrollLeft;
  }) as typeof nav.scrollTo;
  return scrolls;
}

describe('the navigation strip on a phone', () => {
  it('scrolls the current page’s item into sight when the page changes, and only the strip', () => {
    const props = { text: appText('en'), lang: 'en' as const, href: (p: ShellPage) => `?view=${p}`, onOpen: () => {} };
    const { rerender } = render(<AppNav {...props} current="log" />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    const scrolls = phoneStrip(nav);
    const page = vi.spyOn(window, 'scrollTo');

    rerender(<AppNav {...props} current="settings" />);
    // The last item: the strip scrolls to its end (no further).
    expect(scrolls.at(-1)?.left).toBe(SHELL_PAGES.length * 100 - 390);

    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');

    // Already in sight: the strip stays where it is.
    const before = scrolls.length;
    rerender(<AppNav {...props} current="imports" />);
    expect(scrolls.length).toBe(before);

    // Seat changes (the third item, 200–300) is hidden on the left: it comes in with a margin.
    rerender(<AppNav {...props} current="seat-changes" />);
    expect(scrolls.at(-1)?.left).toBe(200 - 24);

    rerender(<AppNav {...props} current="log" />);
    expect(scrolls.at(-1)?.left).toBe(0);
    expect(page).not.toHaveBeenCalled();
  });
});
