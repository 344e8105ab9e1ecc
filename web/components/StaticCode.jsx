// StaticCode.jsx — the code as highlighted text with line numbers, drawn
// until the CodeMirror editor has loaded (Editor.jsx): the first example
// shows at once, without the editor's download and start-up. Same lines,
// colours and markers as the editor; focusing it or pressing on it asks
// for the editor and the focus ([onWake]), the pointer over it for the
// editor alone ([onNear]).
import { useMemo } from 'preact/hooks';
import { tokenizeText } from '../view/pytokens.js';

// The editor's class names (cm-line and its markers), so that what reads
// the editor's lines reads these the same way.
function lineClass(k, { ran, next, error }) {
  if (error && error.line === k) return 'code-line cm-line cm-error-line';
  if (k === next) return 'code-line cm-line cm-next-line';
  if (k === ran && ran !== next) return 'code-line cm-line cm-ran-line';
  return 'code-line cm-line';
}

export function StaticCode({ text, ran, next, error, onWake, onNear }) {
  const lines = useMemo(() => tokenizeText(text), [text]);
  const marks = { ran, next, error };
  return (
    <div class="editor code-static" tabindex="0" role="textbox" aria-multiline="true"
         aria-label="Python code (Esc then Tab leaves the editor)"
         onFocus={onWake} onPointerDown={onWake} onPointerEnter={onNear}>
      {lines.map((runs, i) => [
        <span key={`n${i}`} class="code-num" aria-hidden="true">{i + 1}</span>,
        <div key={`l${i}`} class={lineClass(i + 1, marks)}>
          {runs.length ? runs.map(([t, style], j) => (style ? <span key={j} class={`tok-${style}`}>{t}</span> : t))
            : <br />}
        </div>,
      ])}
    </div>
  );
}
