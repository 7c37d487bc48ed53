// What the accessibility matrix (a11y.spec.ts) measures inside the page. One
// self-contained function (Playwright sends its source text as an init
// script) that leaves `window.a11yProbe` for the spec; every problem it
// reports names the element (a CSS path and the start of its HTML).

/** What the audit is told about the screen it looks at. */
export type AuditOptions = {
  /** 7:1 for all text instead of 4.5:1 (3:1 for large text). */
  highContrast: boolean;
  /** Fraction of the screen height, from the bottom, that every control must sit in; 0 = no check. */
  reachBand: number;
};

/**
 * Installs `window.a11yProbe` (run it as an init script):
 * - `audit(options)`: contrast of every rendered text against what is really
 *   behind it, text that is clipped, overflows its box or overlaps other text
 *   or a control, sideways scroll, and (with `reachBand`) controls outside the
 *   low-reach band;
 * - `rings`: what each keyboard focus landed on, and its focus-ring problems.
 */
export function installProbe(): void {
  type Rgba = [number, number, number, number];
  const describe = (el: Element): string => {
    const path: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && path.length < 4; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) part += `#${e.id}`;
      else if (typeof e.className === "string" && e.className.trim()) part += `.${e.className.trim().split(/\s+/).join(".")}`;
      path.unshift(part);
    }
    const html = el.outerHTML.replace(/\s+/g, " ").slice(0, 140);
    return `${path.join(" > ")} ${html}`;
  };

  // Colours as the browser computes them: rgb(), rgba(), rgb(r g b / a), color(srgb r g b / a).
  const parse = (value: string): Rgba | null => {
    if (value === "transparent") return [0, 0, 0, 0];
    let m = value.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1], +m[2], +m[3], a];
    }
    m = value.match(/^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1] * 255, +m[2] * 255, +m[3] * 255, a];
    }
    return null;
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3] + below[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = (c: Rgba) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const WHITE: Rgba = [255, 255, 255, 1];
  const BLACK: Rgba = [0, 0, 0, 1];

  // The colours a layer paints at viewport point (x, y): null for a picture
  // (anything may be behind the text), else one colour, or several when a
  // gradient is not a plain vertical one (then each counts).
  const gradientAt = (image: string, el: Element, y: number): Rgba[] | null => {
    const inner = image.match(/^linear-gradient\((.*)\)$/);
    if (!inner) return null;
    const parts = inner[1].split(/,(?![^(]*\))/).map((p) => p.trim());
    let vertical = true;
    if (!/^(rgb|rgba|color|transparent)/.test(parts[0])) {
      vertical = parts[0] === "to bottom" || parts[0] === "180deg";
      parts.shift();
    }
    const stops: { c: Rgba; at: number | null }[] = [];
    for (const part of parts) {
      const m = part.match(/^(.*\))\s*([\d.]+%)?$/) ?? part.match(/^(transparent)\s*([\d.]+%)?$/);
      const c = m && parse(m[1]);
      if (!m || !c) return null;
      stops.push({ c, at: m[2] ? parseFloat(m[2]) / 100 : null });
    }
    if (!vertical) return stops.map((s) => s.c);
    stops.forEach((s, i) => {
      if (s.at === null) s.at = i === 0 ? 0 : i === stops.length - 1 ? 1 : stops[i - 1].at!;
    });
    const box = el.getBoundingClientRect();
    const t = Math.min(1, Math.max(0, (y - box.top) / box.height));
    for (let i = 0; i < stops.length - 1; i++) {
      const [a, b] = [stops[i], stops[i + 1]];
      if (t <= b.at!) {
        const f = b.at! === a.at! ? 1 : Math.max(0, (t - a.at!) / (b.at! - a.at!));
        // CSS interpolates gradients in premultiplied alpha.
        const alpha = a.c[3] + (b.c[3] - a.c[3]) * f;
        const ch = (k: number) =>
          alpha === 0 ? 0 : (a.c[k] * a.c[3] + (b.c[k] * b.c[3] - a.c[k] * a.c[3]) * f) / alpha;
        return [[ch(0), ch(1), ch(2), alpha]];
      }
    }
    return [stops[stops.length - 1].c];
  };

  // Every colour that may be behind viewport point (x, y) under `el` (the
  // first element of `stack` to paint there).
  const backgroundsAt = (stack: Element[], x: number, y: number): Rgba[] | string => {
    const layers: (Rgba[] | null)[] = [];
    for (const el of stack) {
      const style = getComputedStyle(el);
      if (el instanceof HTMLImageElement || el instanceof HTMLVideoElement || el instanceof HTMLCanvasElement || el instanceof SVGImageElement) {
        layers.push(null);
        break;
      }
      if (el instanceof SVGGeometryElement) {
        const fill = parse(style.fill);
        if (fill) {
          fill[3] *= parseFloat(style.fillOpacity);
          layers.push([fill]);
          if (fill[3] >= 1) break;
        }
        continue;
      }
      if (style.backgroundImage !== "none") {
        if (/url\(/.test(style.backgroundImage)) {
          layers.push(null);
          break;
        }
        const colours = gradientAt(style.backgroundImage, el, y);
        if (!colours) return `unreadable background ${style.backgroundImage}`;
        layers.push(colours);
      }
      const bg = parse(style.backgroundColor);
      if (!bg) return `unreadable background-color ${style.backgroundColor}`;
      if (bg[3] > 0) layers.push([bg]);
      if (bg[3] >= 1) break;
    }
    // From the bottom up: the canvas is white; a picture may be anything from black to white.
    let below: Rgba[] = [WHITE];
    for (const layer of layers.reverse()) {
      if (layer === null) below = [BLACK, WHITE];
      else below = below.flatMap((b) => layer.map((c) => over(c, b)));
    }
    return below;
  };

  // Hit testing that sees every element, whatever its pointer-events.
  const seeThrough = <T>(work: () => T): T => {
    const probe = document.createElement("style");
    probe.textContent = "*, *::before, *::after { pointer-events: auto !important; }";
    document.head.append(probe);
    try {
      return work();
    } finally {
      probe.remove();
    }
  };

  const audit = (options: AuditOptions): string[] => seeThrough(() => {
    const problems: string[] = [];
    const scroller = document.scrollingElement ?? document.documentElement;
    const scrolled = scroller.scrollTop;

    const modal = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')].filter(
      (d) => (d as HTMLElement).checkVisibility?.() ?? true,
    );
    const inScope = (el: Element) =>
      !el.closest('[aria-hidden="true"], [inert], [hidden]') && (modal.length === 0 || modal.some((d) => d.contains(el)));
    // Text for screen readers only (a 1 px clipped box) is not on screen.
    const visuallyHidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.clipPath.startsWith("inset(50%")) return true;
        if (s.overflow !== "visible" && (e.clientWidth <= 1 || e.clientHeight <= 1)) return true;
      }
      return false;
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
      return o;
    };

    const texts: { el: Element; rects: DOMRect[]; node: globalThis.Text }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as globalThis.Text;
      const el = node.parentElement;
      if (!el || !node.data.trim() || !inScope(el) || el.closest("script, style, noscript, title")) continue;
      if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      if (opacityOf(el) < 0.05 || visuallyHidden(el)) continue;
      // WCAG exempts controls that cannot be used (the PIN pad's Enter before a PIN).
      if (el.closest(":disabled, [aria-disabled=true]")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length) texts.push({ el, rects, node });
    }

    // 1. Contrast, each text at its own place on screen.
    for (const text of texts) {
      let rect = text.rects[0];
      if (rect.top < 0 || rect.bottom > innerHeight) {
        text.el.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
        const range = document.createRange();
        range.selectNodeContents(text.node);
        rect = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)[0] ?? rect;
      }
      const x = Math.min(innerWidth - 1, Math.max(0, rect.left + Math.min(rect.width / 2, 8)));
      const y = Math.min(innerHeight - 1, Math.max(0, rect.top + rect.height / 2));
      const stack = document.elementsFromPoint(x, y);
      const at = stack.indexOf(text.el);
      const what = `"${text.node.data.trim().slice(0, 40)}" in ${describe(text.el)}`;
      if (at < 0) continue; // not painted here (scrolled away inside a container)
      const cover = stack.slice(0, at).find((e) => !text.el.contains(e));
      if (cover) {
        problems.push(`text covered by ${describe(cover)}: ${what}`);
        continue;
      }
      const style = getComputedStyle(text.el);
      const svg = text.el instanceof SVGElement;
      const colour = parse(svg ? style.fill : style.color);
      if (!colour) {
        problems.push(`unreadable text colour ${svg ? style.fill : style.color}: ${what}`);
        continue;
      }
      colour[3] *= opacityOf(text.el) * (svg ? parseFloat(style.fillOpacity) : 1);
      const backgrounds = backgroundsAt(stack.slice(at), x, y);
      if (typeof backgrounds === "string") {
        problems.push(`${backgrounds}: ${what}`);
        continue;
      }
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
      const needed = options.highContrast ? 7 : large ? 3 : 4.5;
      const worst = Math.min(...backgrounds.map((b) => ratio(over(colour, b), b)));
      if (worst < needed - 0.005) {
        problems.push(`contrast ${worst.toFixed(2)}:1 < ${needed}:1 (${style.color} on ${backgrounds.map((b) => `rgb(${b.slice(0, 3).map(Math.round).join(" ")})`).join(" or ")}, ${size}px): ${what}`);
      }
    }
    scroller.scrollTop = scrolled;
    // Scrolling texts into view moved scroll boxes too: measure every text again where it is now.
    for (const text of texts) {
      const range = document.createRange();
      range.selectNodeContents(text.node);
      text.rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    }

    // 2. Text that does not fit: clipped by an ancestor, wider than its block, or cut by a scroll box.
    const block = (el: Element) => {
      let e: Element | null = el;
      while (e && /^inline|^contents$/.test(getComputedStyle(e).display)) e = e.parentElement;
      return e ?? el;
    };
    for (const text of texts) {
      const box = block(text.el).getBoundingClientRect();
      const style = getComputedStyle(text.el);
      const slack = 1 + parseFloat(style.fontSize) * 0.05;
      const left = Math.min(...text.rects.map((r) => r.left));
      const right = Math.max(...text.rects.map((r) => r.right));
      if (left < box.left - slack || right > box.right + slack) {
        problems.push(`text wider than its box (${Math.round(right - left)} px in ${Math.round(box.width)} px): "${text.node.data.trim().slice(0, 40)}" in ${describe(text.el)}`);
      }
      for (let e = text.el.parentElement as Element | null; e && e !== document.documentElement; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX === "visible" && s.overflowY === "visible") continue;
        const clip = e.getBoundingClientRect();
        const scrollsX = /auto|scroll/.test(s.overflowX);
        const scrollsY = /auto|scroll/.test(s.overflowY);
        const lineSlack = parseFloat(style.fontSize) * 0.25;
        const outX = !scrollsX && (left < clip.left - slack || right > clip.right + slack);
        const top = Math.min(...text.rects.map((r) => r.top));
        const bottom = Math.max(...text.rects.map((r) => r.bottom));
        const outY = !scrollsY && (top < clip.top - lineSlack || bottom > clip.bottom + lineSlack);
        if (outX || outY) {
          problems.push(`text clipped by ${describe(e)}: "${text.node.data.trim().slice(0, 40)}" in ${describe(text.el)}`);
          break;
        }
        // Inside a scroll box the text can be scrolled to: what clips the box is another matter.
        if (scrollsX || scrollsY) break;
      }
      if (style.textOverflow === "ellipsis" && text.el.scrollWidth > text.el.clientWidth) {
        problems.push(`text cut off with an ellipsis: ${describe(text.el)}`);
      }
    }

    // 3. Text over other text or over a control it is not part of. Line boxes
    // are taller than the letters, so only their middle half counts.
    const core = (r: DOMRect) => ({ l: r.left + 1, r: r.right - 1, t: r.top + r.height / 4, b: r.bottom - r.height / 4 });
    const meets = (a: ReturnType<typeof core>, b: ReturnType<typeof core>) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
    const controls = [...document.querySelectorAll("a, button, [role=button], input, select, textarea")].filter(
      (c) => inScope(c) && (c as HTMLElement).checkVisibility?.() !== false,
    );
    // Only the part of a text or control its scroll boxes show can overlap anything.
    const shown = (el: Element, rects: DOMRect[]) => {
      let parts = rects;
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        if (getComputedStyle(e).overflowY === "visible") continue;
        const box = e.getBoundingClientRect();
        parts = parts
          .map((r) => new DOMRect(r.left, Math.max(r.top, box.top), r.width, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top)))
          .filter((r) => r.height > 0);
      }
      return parts;
    };
    for (const text of texts) text.rects = shown(text.el, text.rects);
    for (let i = 0; i < texts.length; i++) {
      const a = texts[i];
      for (let j = i + 1; j < texts.length; j++) {
        const b = texts[j];
        if (a.el === b.el) continue;
        if (a.rects.some((ra) => b.rects.some((rb) => meets(core(ra), core(rb))))) {
          problems.push(`text overlaps text: "${a.node.data.trim().slice(0, 30)}" in ${describe(a.el)} / "${b.node.data.trim().slice(0, 30)}" in ${describe(b.el)}`);
        }
      }
      for (const c of controls) {
        if (c.contains(a.el)) continue;
        const boxes = shown(c, [c.getBoundingClientRect()]);
        if (a.rects.some((r) => boxes.some((box) => meets(core(r), { l: box.left, r: box.right, t: box.top, b: box.bottom })))) {
          problems.push(`text overlaps a control: "${a.node.data.trim().slice(0, 30)}" in ${describe(a.el)} / ${describe(c)}`);
        }
      }
    }

    // 4. No sideways scroll of the page.
    const sideways = scroller.scrollWidth - innerWidth;
    if (sideways > 0) problems.push(`the page scrolls sideways by ${sideways} px`);

    // 5. Low reach: every control a visitor can see, at both ends of the page's
    // scroll, has its centre in the bottom band.
    if (options.reachBand > 0) {
      const top = innerHeight * (1 - options.reachBand);
      const seen = new Set<string>();
      for (const position of [0, scroller.scrollHeight]) {
        scroller.scrollTop = position;
        for (const c of controls) {
          const r = c.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
          if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
          const hit = document.elementFromPoint(x, y);
          if (!hit || !(c.contains(hit) || hit.contains(c))) continue; // scrolled out of its box or hidden
          if (y < top) {
            const line = `control centre at ${Math.round((y / innerHeight) * 100)} % of the height, above the bottom ${Math.round(options.reachBand * 100)} %: ${describe(c)}`;
            if (!seen.has(line)) problems.push(line);
            seen.add(line);
          }
        }
      }
      scroller.scrollTop = scrolled;
    }

    return problems;
  });

  // Focus rings, measured as keyboard focus lands on each control: an
  // outline of at least 2 px, 3:1 against what it is drawn on, and the
  // control not hidden under anything (the top bar).
  const rings: { seen: string[]; problems: string[] } = { seen: [], problems: [] };
  const measureRing = (el: Element) =>
    seeThrough(() => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const width = parseFloat(style.outlineWidth);
      rings.seen.push(describe(el));
      if (style.outlineStyle === "none" || width < 2) {
        rings.problems.push(`no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}): ${describe(el)}`);
        return;
      }
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      const hit = document.elementFromPoint(Math.min(innerWidth - 1, Math.max(0, cx)), Math.min(innerHeight - 1, Math.max(0, cy)));
      if (hit && !el.contains(hit) && !hit.contains(el)) rings.problems.push(`focused control hidden under ${describe(hit)}: ${describe(el)}`);
      const colour = parse(style.outlineColor);
      if (!colour) {
        rings.problems.push(`unreadable outline colour ${style.outlineColor}: ${describe(el)}`);
        return;
      }
      // Under the middle of the ring, on whichever side is on screen.
      const reach = parseFloat(style.outlineOffset) + width / 2;
      const candidates: [number, number][] = [[r.left - reach, cy], [r.right + reach, cy], [cx, r.top - reach], [cx, r.bottom + reach]];
      const spot = candidates.find(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      if (!spot) {
        rings.problems.push(`focus ring off screen (outline-offset ${style.outlineOffset} around a control that fills the screen): ${describe(el)}`);
        return;
      }
      const stack = document.elementsFromPoint(spot[0], spot[1]).filter((e) => !el.contains(e));
      const backgrounds = backgroundsAt(stack, spot[0], spot[1]);
      if (typeof backgrounds === "string") {
        rings.problems.push(`${backgrounds} behind the focus ring of ${describe(el)}`);
        return;
      }
      const worst = Math.min(...backgrounds.map((b) => ratio(over(colour, b), b)));
      if (worst < 3) rings.problems.push(`focus ring contrast ${worst.toFixed(2)}:1 < 3:1 (${style.outlineColor}): ${describe(el)}`);
    });
  document.addEventListener("focusin", (event) => {
    const el = event.target as Element;
    if (el instanceof HTMLElement || el instanceof SVGElement) measureRing(el);
  });
  /** The focused control, for a dialog whose only control keeps the focus when Tab is pressed. */
  const measureActive = () => {
    if (document.activeElement && document.activeElement !== document.body) measureRing(document.activeElement);
  };

  (window as unknown as { a11yProbe: unknown }).a11yProbe = { audit, rings, measureActive };
}
