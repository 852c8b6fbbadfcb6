// axe-core over a rendered component in happy-dom, for the shared components' tests. Colour contrast needs real
// layout and paint, so it is left to the e2e runs in Chromium.
import axe from 'axe-core';

export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
