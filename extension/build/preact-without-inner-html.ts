// Mozilla's add-on linter (and its reviewers) refuse an innerHTML assignment from a dynamic value; the only one in
// our bundles is Preact's support for dangerouslySetInnerHTML, which no extension component uses. This build
// plugin takes that assignment out of Preact, so a store package carries no HTML-injection path at all.
import type { Plugin } from 'vite';

/** Preact's minified `(dom.innerHTML = props.dangerouslySetInnerHTML.__html)`. */
const PREACT_INNER_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

const REFUSAL = '(function(){throw new Error("Activity Lens renders no raw HTML: dangerouslySetInnerHTML is disabled in the extension")})()';

/** Preact's own dist files (the ESM builds Vite resolves); other modules are left alone. */
export function isPreactDist(id: string): boolean {
  return /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)(\?.*)?$/.test(id);
}

/**
 * Preact's code with dangerouslySetInnerHTML turned into a loud error; undefined when the code no longer has the
 * assignment this knows (a Preact upgrade), so the build stops instead of shipping it unnoticed.
 */
export function withoutInnerHtml(code: string): string | undefined {
  if (!PREACT_INNER_HTML.test(code)) return undefined;
  PREACT_INNER_HTML.lastIndex = 0;
  return code.replace(PREACT_INNER_HTML, REFUSAL);
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'activity-lens:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!isPreactDist(id)) return null;
      const changed = withoutInnerHtml(code);
      if (changed === undefined) {
        this.error(`${id}: Preact's innerHTML assignment was not found; update extension/build/preact-without-inner-html.ts.`);
      }
      return { code: changed, map: null };
    },
  };
}
