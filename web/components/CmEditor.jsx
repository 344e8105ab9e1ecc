// CmEditor.jsx — the CodeMirror 6 editor: Python highlighting (a stream
// language over view/pytokens.js), line numbers, Ctrl/Cmd+Enter to run,
// markers for the line just run and the next line, and the error's line and
// range (a decoration: @codemirror/lint would add 13 KB for one marker).
// The view is created once; programmatic changes of the text (examples) are
// marked so they are not taken for typing. Loaded after the first draw
// (Editor.jsx shows the code until then): a chunk of its own.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { EditorView, keymap, lineNumbers, Decoration, drawSelection,
         highlightSpecialChars } from '@codemirror/view';
import { EditorState, StateEffect, StateField, Annotation } from '@codemirror/state';
import { HighlightStyle, syntaxHighlighting, indentUnit, StreamLanguage } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { indentWithTab, history, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { readToken, startState, copyState } from '../view/pytokens.js';

// Python highlighting by a stream language (much smaller than the Lezer
// grammar of @codemirror/lang-python, and enough for snippets). A line
// ending in ':' indents the next one.
const pythonMode = StreamLanguage.define({
  name: 'python',
  startState: () => ({ ...startState(), indent: 0, opens: false }),
  copyState: (s) => ({ ...copyState(s), indent: s.indent, opens: s.opens }),
  token(stream, state) {
    if (stream.sol()) { state.indent = stream.indentation(); state.opens = false; }
    const [end, style] = readToken(stream.string, stream.pos, state);
    const text = stream.string.slice(stream.pos, end);
    stream.pos = end;
    if (style !== 'comment' && text.trim()) state.opens = text.trimEnd().endsWith(':') && !state.quote;
    return style;
  },
  indent: (state, textAfter, cx) => state.indent + (state.opens ? cx.unit : 0),
});

const external = Annotation.define();
const setMarks = StateEffect.define();

const ranMark = Decoration.line({ class: 'cm-ran-line' });
const nextMark = Decoration.line({ class: 'cm-next-line' });

function errorMarks(doc, e) {
  const line = doc.line(Math.max(1, Math.min(doc.lines, e.line || 1)));
  const from = line.from + Math.min(line.length, Math.max(0, e.column || 0));
  let to = e.endColumn > e.column ? line.from + Math.min(line.length, e.endColumn) : line.to;
  if (to <= from) to = Math.min(line.to, from + 1);
  const attrs = { title: e.message, 'aria-label': `error: ${e.message}` };
  const out = [Decoration.line({ class: 'cm-error-line', attributes: attrs }).range(line.from)];
  if (to > from) out.push(Decoration.mark({ class: 'cm-error-range', attributes: attrs }).range(from, to));
  return out;
}

// Line decorations for {ran, next, error} (1-based lines, 0 = none).
const marksField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const doc = tr.state.doc;
      const ranges = [];
      const add = (line, mark) => {
        if (line >= 1 && line <= doc.lines) ranges.push(mark.range(doc.line(line).from));
      };
      if (e.value.ran !== e.value.next) add(e.value.ran, ranMark);
      add(e.value.next, nextMark);
      if (e.value.error) ranges.push(...errorMarks(doc, e.value.error));
      deco = Decoration.set(ranges, true);
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const highlight = HighlightStyle.define([
  { tag: t.keyword, color: 'var(--syn-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--syn-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--syn-number)' },
  { tag: t.comment, color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.definition(t.variableName), t.standard(t.variableName)],
    color: 'var(--syn-function)' },
  { tag: [t.className, t.definition(t.className)], color: 'var(--syn-class)' },
  { tag: t.operator, color: 'var(--syn-operator)' },
]);

// [onChange(text)] for typing; [onRun()] for Ctrl/Cmd+Enter; [focus]: take
// the focus once made (the learner was about to type).
export function CmEditor({ text, onChange, onRun, ran, next, error, focus }) {
  const host = useRef(null);
  const view = useRef(null);
  const handlers = useRef({});
  handlers.current = { onChange, onRun };

  // Made in the same commit that replaces the static code (a layout
  // effect), with its markers, so the page never shows neither.
  useLayoutEffect(() => {
    const runKey = { key: 'Mod-Enter', preventDefault: true,
                     run: () => { handlers.current.onRun(); return true; } };
    view.current = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: [
          // CodeMirror's minimalSetup, without its fallback highlighter.
          keymap.of([runKey, indentWithTab, ...defaultKeymap, ...historyKeymap]),
          highlightSpecialChars(), history(), drawSelection(), lineNumbers(),
          pythonMode, syntaxHighlighting(highlight),
          indentUnit.of('    '), marksField, EditorView.lineWrapping,
          // tabindex: axe counts contenteditable as unfocusable otherwise.
          EditorView.contentAttributes.of({ 'aria-label': 'Python code (Esc then Tab leaves the editor)',
                                            tabindex: '0' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((tr) => tr.annotation(external)))
              handlers.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current.dispatch({ effects: setMarks.of({ ran: ran || 0, next: next || 0, error }) });
    if (focus) view.current.focus();
    return () => view.current.destroy();
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== text) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text },
                   annotations: external.of(true) });
    }
  }, [text]);

  // [error]: {line, column, endColumn, message} (1-based line, 0-based
  // columns in characters), or null.
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const effects = [setMarks.of({ ran: ran || 0, next: next || 0, error })];
    if (next >= 1 && next <= v.state.doc.lines)
      effects.push(EditorView.scrollIntoView(v.state.doc.line(next).from, { y: 'nearest' }));
    v.dispatch({ effects });
  }, [ran, next, error, text]);

  return <div class="editor" ref={host} />;
}
