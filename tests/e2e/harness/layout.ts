/**
 * What sticks out of a page sideways, measured in the page itself (runs with Playwright's and
 * puppeteer's `page.evaluate` alike): nothing may scroll sideways and nothing may reach past
 * the right edge, where it would be cut off in a narrow side panel.
 */
export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements past the right (or left) edge: the outermost of each, as tag.class[label] right=px. */
  outside: string[];
  /** Elements that scroll sideways inside (overflow auto/scroll with wider content). */
  scrolling: string[];
  /** Elements wider than the box they sit in (they run over its border or get clipped by it). */
  stickingOut: string[];
}

export function measureOverflow(): Overflow {
  const W = document.documentElement.clientWidth;
  const describe = (el: Element) =>
    el.tagName.toLowerCase() +
    (typeof el.className === 'string' && el.className ? `.${el.className.trim().replace(/\s+/g, '.')}` : '') +
    (el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : '');
  const beyond = (el: Element | null) => {
    if (!el) return false;
    const b = el.getBoundingClientRect();
    return (b.width > 0 || b.height > 0) && (b.right > W + 0.5 || b.left < -0.5);
  };
  const outside: string[] = [];
  const scrolling: string[] = [];
  const stickingOut: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    // Screen-reader-only text is 1 px and clipped on purpose.
    if (el.closest('.visually-hidden')) continue;
    if (beyond(el) && !beyond(el.parentElement)) outside.push(`${describe(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
    const parent = el.parentElement;
    // Inside an SVG a group's box is its drawn shapes' union, not a box its children sit in.
    if (parent && parent !== document.body && !(el instanceof SVGElement && !(el instanceof SVGSVGElement))) {
      const b = el.getBoundingClientRect();
      const p = parent.getBoundingClientRect();
      if (b.width > 0 && p.width > 0 && b.right > p.right + 0.5 && !beyond(el)) stickingOut.push(`${describe(el)} right=${Math.round(b.right)} in ${describe(parent)} right=${Math.round(p.right)}`);
    }
    const ox = getComputedStyle(el).overflowX;
    if (/auto|scroll/.test(ox) && el.scrollWidth > el.clientWidth + 1) scrolling.push(`${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, clientWidth: W, outside, scrolling, stickingOut };
}

/** Opens every <details> so the forms folded inside are measured too. */
export function openAllDetails(): number {
  const all = [...document.querySelectorAll('details')];
  for (const d of all) d.open = true;
  return all.length;
}
