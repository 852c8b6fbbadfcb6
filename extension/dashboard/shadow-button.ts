// Our controls on the dashboard live in a shadow root: the page's CSS cannot reach them and ours cannot leak out.
import { LENS_HOST_ATTRIBUTE } from './dashboard-selectors';

export interface ShadowButtonOptions {
  featureId: string;
  text: string;
  /** Longer explanation, shown as a tooltip and read as the button's description. */
  title: string;
  onClick(): void;
}

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 12px; }
button {
  font: 600 13px/1.2 "Segoe UI", system-ui, sans-serif; color: #fff; background: #0f5296; border: 1px solid #0f5296;
  border-radius: 4px; padding: 5px 10px 5px 8px; cursor: pointer; display: inline-flex; align-items: center; gap: 6px;
}
button:hover { background: #0c4279; }
button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
svg { width: 14px; height: 14px; }
`;

/** A host element carrying the button in its shadow root; marked so the feature can find it again. */
export function createShadowButton(document: Document, options: ShadowButtonOptions): HTMLElement {
  const host = document.createElement('activity-lens-control');
  host.setAttribute(LENS_HOST_ATTRIBUTE, options.featureId);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.title = options.title;
  // A lens over log lines, like the toolbar icon; decorative. Built node by node: store reviewers (and Mozilla's
  // linter) read any innerHTML on a page we do not own as an injection path.
  button.append(lensIcon(), document.createTextNode(options.text));
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    options.onClick();
  });
  root.append(style, button);
  return host;
}

/** Keeps `host` right after `anchor` while the page re-renders; returns a function that removes it for good. */
export function keepAfter(anchor: () => HTMLElement | undefined, host: HTMLElement, document: Document): () => void {
  const place = (): void => {
    if (host.isConnected && host.previousElementSibling && host.previousElementSibling === anchor()) return;
    const target = anchor();
    if (target) target.insertAdjacentElement('afterend', host);
  };
  place();
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (!host.isConnected) place();
    });
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    host.remove();
  };
}

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

function lensIcon(): SVGElement {
  const svg = svgElement('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(
    svgElement('circle', { cx: '6.5', cy: '6.5', r: '4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }),
    svgElement('path', { d: 'M10 10l4.5 4.5', stroke: 'currentColor', 'stroke-width': '2.2', 'stroke-linecap': 'round' }),
  );
  return svg;
}
