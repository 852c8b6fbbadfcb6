import { afterEach, describe, expect, it } from 'vitest';
import { announceArchiveChange, onArchiveChange } from './archive-changes';

/** Another tab: its own channel of the same name. */
const otherTab = () => new BroadcastChannel('activity-lens-archive');
const tick = () => new Promise((r) => setTimeout(r, 50));

const open: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

describe('archive changes between tabs', () => {
  it('hears another tab’s change, and tells other tabs of its own, never itself', async () => {
    let heard = 0;
    const stop = onArchiveChange(() => heard++);
    const other = otherTab();
    open.push(other);
    const toldOther: unknown[] = [];
    other.onmessage = (e) => toldOther.push(e.data);

    other.postMessage('changed');
    await tick();
    expect(heard).toBe(1);

    announceArchiveChange();
    await tick();
    expect(toldOther).toEqual(['changed']);
    expect(heard).toBe(1);

    stop();
    other.postMessage('changed');
    await tick();
    expect(heard).toBe(1);
  });
});
