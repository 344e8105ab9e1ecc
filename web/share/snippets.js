// snippets.js — the HTML the Embed dialog hands out, as text: an <iframe> of
// embed.html with the view's fragment, or embed.js plus a <pre data-refscope>
// block (the code HTML-escaped, so pasted into a blog it stays text).
export const EMBED_TITLE = 'Refscope: what CPython 3.11 does with memory, step by step';

// Text between tags: & < > escaped. Attribute values: quotes as well.
export function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeHtml(text) {
  return escapeText(text).replace(/"/g, '&quot;');
}

// [base]: the folder Refscope is served from (ends with '/').
export function iframeSnippet(base, fragment, height = 560) {
  const src = `${base}embed.html#${fragment}`;
  return `<iframe src="${escapeHtml(src)}" title="${EMBED_TITLE}" width="100%" ` +
    `height="${height | 0}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function scriptSnippet(base, code, { step = null, atoms = null } = {}) {
  const attrs = (step ? ` data-step="${step | 0}"` : '') +
    (atoms === false ? ' data-shared-atoms="0"' : '');
  return `<script src="${escapeHtml(base)}embed.js" defer></script>\n` +
    `<pre data-refscope${attrs}>\n${escapeText(code.replace(/\s+$/, ''))}\n</pre>`;
}

// The folder of [page] (a page URL): where embed.html and embed.js are.
export function baseOf(page) {
  const u = new URL(page);
  u.hash = '';
  u.search = '';
  return new URL('.', u).href;
}
