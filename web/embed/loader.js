// loader.js — embed.js, the one script a blog adds (web/share/README.md):
// <script src="…/embed.js" defer> turns each <pre data-refscope> into an
// iframe of embed.html (from the folder embed.js came from) with the code in
// its fragment; every Refscope iframe on the page then takes the height its
// player posts.
import { encodeFragment } from '../share/codec.js';
import { EMBED_TITLE } from '../share/snippets.js';

const script = document.currentScript;
const base = new URL('.', script ? script.src : location.href);

// The code of a <pre>: its text (markup inside is ignored), without the
// first newline and trailing blank lines.
export function codeOf(pre) {
  return pre.textContent.replace(/^\r?\n/, '').replace(/\s+$/, '') + '\n';
}

function frameFor(pre) {
  const step = Number(pre.dataset.step) || null;
  const atoms = pre.dataset.sharedAtoms === '0' ? false : null;
  const frame = document.createElement('iframe');
  frame.src = `${new URL('embed.html', base).href}#${encodeFragment({ code: codeOf(pre), step, atoms })}`;
  frame.title = pre.dataset.title || EMBED_TITLE;
  frame.className = 'refscope-embed';
  frame.setAttribute('loading', 'lazy');
  frame.style.cssText = 'display:block;width:100%;border:0;margin:1em 0;';
  frame.style.height = `${Number(pre.dataset.height) || 480}px`;
  return frame;
}

function convert(root = document) {
  for (const pre of root.querySelectorAll('pre[data-refscope]')) {
    if (pre.dataset.refscopeDone) continue;
    pre.dataset.refscopeDone = '1';
    pre.replaceWith(frameFor(pre));
  }
}

// Heights come only from iframes of this Refscope (same origin as embed.js).
window.addEventListener('message', (e) => {
  const d = e.data;
  if (e.origin !== base.origin || !d || d.type !== 'refscope:height') return;
  const h = Number(d.height);
  if (!(h > 0)) return;
  for (const f of document.getElementsByTagName('iframe')) {
    if (f.contentWindow === e.source) f.style.height = `${Math.min(Math.ceil(h), 5000)}px`;
  }
});

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => convert());
else convert();
window.Refscope = { convert };
