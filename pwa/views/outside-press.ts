// A menu or options popover closes when the user presses anywhere outside it, as Fluent's menus do: one hook
// for every popover of the app, so they all behave alike.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** While `open`, a mouse press outside `root` calls `onOutside`. */
export function useOutsidePress(open: boolean, root: RefObject<HTMLElement>, onOutside: () => void): void {
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) onOutside();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);
}
