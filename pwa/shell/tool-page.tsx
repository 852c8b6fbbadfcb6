// The frame of the shell's tool pages (Alerts, Archive coverage, Imports, Settings): a section named by its
// heading, which takes focus when the page opens (headingIdOf), and the page's body, loaded when first opened.
import type { ComponentChildren } from 'preact';
import { Suspense } from 'preact/compat';
import { headingIdOf, type ShellPage } from './shell-page';

export function ToolPage({ page, heading, intro, working, children }: { page: ShellPage; heading: string; intro?: string; working: string; children: ComponentChildren }) {
  const id = headingIdOf(page);
  return (
    <section class="tool-page" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {heading}
      </h2>
      {intro !== undefined && <p class="muted">{intro}</p>}
      <Suspense fallback={<p>{working}</p>}>{children}</Suspense>
    </section>
  );
}
