// height.js — the embed tells its host page how tall it is, whenever that
// changes: {type: 'refscope:height', height} posted to the parent (any
// origin: the height is all it says). embed.js on the host sizes the iframe.
export function postHeight() {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'refscope:height', height: h }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
