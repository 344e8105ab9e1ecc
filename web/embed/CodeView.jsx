// CodeView.jsx — the embed's code: plain text lines (never markup) with line
// numbers, the line about to run and the one just run marked, kept in view
// by scrolling this box only (never the host page).
import { useEffect, useRef } from 'preact/hooks';

export function CodeView({ code, next, ran }) {
  const box = useRef(null);
  const lines = code.replace(/\n$/, '').split('\n');
  useEffect(() => {
    const el = box.current?.querySelector('.line.next');
    const b = box.current;
    if (!el || !b) return;
    if (el.offsetTop < b.scrollTop || el.offsetTop + el.offsetHeight > b.scrollTop + b.clientHeight)
      b.scrollTop = el.offsetTop - b.clientHeight / 3;
  }, [next]);
  return (
    <pre class="code-view" ref={box} tabindex="0" aria-label="Python code" data-testid="code">
      {lines.map((text, i) => {
        const n = i + 1;
        const cls = `line${n === next ? ' next' : ''}${n === ran && ran !== next ? ' ran' : ''}`;
        return <span key={i} class={cls}><span class="ln" aria-hidden="true">{n}</span>{text + '\n'}</span>;
      })}
    </pre>
  );
}
