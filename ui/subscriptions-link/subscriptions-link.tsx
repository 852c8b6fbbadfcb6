// The link to a customer's Subscriptions page in Partner Center (core/leaving/subscriptions-link.ts builds the
// address), as the log table's rows and the details both show it: a new tab on the web, or the surface's own way
// of opening it (the side panel opens a tab beside the dashboard) when `openLink` is given.
import type { ComponentChildren } from 'preact';

export interface SubscriptionsLinkProps {
  href: string;
  /** The surface's own way to open it; the browser's new tab when absent. */
  openLink?: (href: string) => void;
  class?: string;
  tabIndex?: number;
  'aria-label'?: string;
  children: ComponentChildren;
}

export function SubscriptionsLink({ href, openLink, children, ...rest }: SubscriptionsLinkProps) {
  return (
    <a
      {...rest}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        if (!openLink) return;
        event.preventDefault();
        openLink(href);
      }}
    >
      {children}
    </a>
  );
}
