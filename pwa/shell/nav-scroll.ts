// Where a scrolling strip must scroll so its current item is in sight (the navigation on a phone scrolls sideways,
// the side navigation of a short window up and down). Scrolls the strip only, never the page (scrollIntoView would
// move the whole window too), and only as far as needed: an item already in sight leaves the strip where it is.

/** The strip's new scroll offset along one axis, or undefined when the item is already wholly in sight. */
export function offsetToShow(item: { start: number; size: number }, view: { scroll: number; size: number; content: number }, margin = 24): number | undefined {
  const itemStart = item.start;
  const itemEnd = item.start + item.size;
  const viewEnd = view.scroll + view.size;
  if (itemStart >= view.scroll && itemEnd <= viewEnd) return undefined;
  const max = Math.max(0, view.content - view.size);
  // It comes in from the side it was hidden on, with a margin so the neighbour beyond it shows there is more to scroll.
  let wanted = itemStart < view.scroll ? itemStart - margin : itemEnd + margin - view.size;
  // The margin never pushes the item itself out of sight; an item wider than the strip shows its start.
  wanted = item.size > view.size ? itemStart : Math.min(itemStart, Math.max(itemEnd - view.size, wanted));
  return Math.min(max, Math.max(0, Math.round(wanted)));
}
