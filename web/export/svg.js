// svg.js — a standalone SVG file from a drawn memory view (.stage-canvas:
// absolutely placed small <svg>s and the pointer layer, styled by CSS).
// Every element gets its computed colours and fonts as presentation
// attributes, so the file looks the same outside the page. Text is copied
// as text nodes (XMLSerializer escapes it): code values never become markup.
const NS = 'http://www.w3.org/2000/svg';

const SHAPE = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'opacity', 'visibility'];
const TEXT = ['fill', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'opacity', 'visibility'];
const GROUP = ['opacity', 'visibility'];
const DEFAULTS = { opacity: '1', visibility: 'visible', 'stroke-dashoffset': '0px',
  'stroke-dasharray': 'none', 'stroke-linecap': 'butt' };

function propsFor(el) {
  const tag = el.localName;
  if (tag === 'text' || tag === 'tspan') return TEXT;
  if (tag === 'g' || tag === 'svg' || tag === 'marker' || tag === 'defs') return GROUP;
  return SHAPE;
}

// Copies the computed style of [from] (and its subtree) onto [to], a deep
// clone of it; drops what only matters in the page (classes, handlers,
// ARIA, inline style).
function inlineStyles(from, to) {
  const cs = getComputedStyle(from);
  for (const p of propsFor(from)) {
    const v = cs.getPropertyValue(p);
    if (v && v !== DEFAULTS[p]) to.setAttribute(p, v);
  }
  for (const a of ['class', 'style', 'tabindex', 'role', 'aria-label', 'aria-roledescription',
    'aria-hidden', 'data-serial', 'data-refcnt', 'data-src', 'data-dst', 'data-frame', 'data-name'])
    to.removeAttribute(a);
  for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i], to.children[i]);
}

function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text != null) e.textContent = text;
  return e;
}

// A placed <svg> (left/top from its style) as a nested <svg x y>.
function placedCopy(svg, dy) {
  const copy = svg.cloneNode(true);
  inlineStyles(svg, copy);
  copy.setAttribute('x', parseFloat(svg.style.left) || 0);
  copy.setAttribute('y', (parseFloat(svg.style.top) || 0) + dy);
  copy.setAttribute('overflow', 'visible');
  return copy;
}

// [canvas]: a .stage-canvas in the document; [caption]: lines of text drawn
// above it. Returns {svg: text, width, height}.
export function stageToSvg(canvas, caption = []) {
  const cs = getComputedStyle(canvas);
  const lineH = 18;
  const top = caption.length ? caption.length * lineH + 12 : 0;
  const width = Math.ceil(canvas.offsetWidth);
  const height = Math.ceil(canvas.offsetHeight) + top;
  const root = el('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}` });
  root.append(el('rect', { width, height, fill: cs.getPropertyValue('--panel').trim() || '#fff' }));
  caption.forEach((line, i) => line && root.append(el('text', {
    x: 10, y: 20 + i * lineH, fill: cs.getPropertyValue(i ? '--muted' : '--text').trim() || '#000',
    'font-family': 'system-ui, sans-serif', 'font-size': i ? 12 : 14,
    'font-weight': i ? 400 : 600 }, line)));
  for (const child of canvas.children) {
    if (child.localName === 'svg') root.append(placedCopy(child, top));
    else if (child.textContent) {
      root.append(el('text', { x: 10, y: (parseFloat(child.style.top) || 0) + top + 14,
        fill: cs.getPropertyValue('--muted').trim() || '#555', 'font-size': 12,
        'font-family': 'system-ui, sans-serif' }, child.textContent));
    }
  }
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
