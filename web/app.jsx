// app.jsx — the page: toolbar; the editor, output and GC panel on one side,
// the player, narration and memory view on the other (one column in
// reading order on narrow screens). Keyboard: ←/→ step, Shift+←/→ event, Space play, Home/End.
import { useEffect, useMemo } from 'preact/hooks';
import { source, exampleId, notice, run, running, cursor, previous, moveKind, state, stopIndex,
         sharedAtoms } from './state.js';
import { runSource, stopRun, stepStop, stepEvent, togglePlay, toStart, toEnd } from './player.js';
import { narrateStep, collectionCause } from './view/narrate.js';
import { collectionPhases } from './view/changes.js';
import { Editor } from './components/Editor.jsx';
import { Stage } from './components/Stage.jsx';
import { GcPanel } from './components/GcPanel.jsx';
import { Controls } from './components/Controls.jsx';
import { Console } from './components/Console.jsx';
import { Toolbar } from './components/Toolbar.jsx';
import { chooseExample, restoreDraft, typed, hasDraft } from './drafts.js';
import { useSwipe } from './swipe.js';
import { ShareBar } from './share/ShareBar.jsx';   // Share, Embed, Export (issue 6)
import { exampleById } from './examples/index.js';

function isTyping(el) {
  return el && (el.closest('.cm-editor') || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName));
}

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
  const keys = {
    ArrowRight: () => (e.shiftKey ? stepEvent(1) : stepStop(1)),
    ArrowLeft: () => (e.shiftKey ? stepEvent(-1) : stepStop(-1)),
    ' ': togglePlay, Home: toStart, End: toEnd,
  };
  const f = keys[e.key];
  if (f) { e.preventDefault(); f(); }
}

// The innermost frame of the learner's code on the stack and its line
// (library frames such as copy.deepcopy's are skipped).
function userLine(s) {
  for (let i = s.stack.length - 1; i >= 0; i--) {
    const f = s.frame(s.stack[i]);
    if (f && f.kind !== 'library') return { frame: f.serial, line: f.line };
  }
  return { frame: 0, line: 0 };
}

// Editor line markers and the error diagnostic at the cursor: the line the
// innermost user frame runs next, and the one it ran at the previous stop.
function editorMarks(r, s, k) {
  if (!r || !r.replay || !s) return { ran: 0, next: 0, error: r?.result.error || null };
  const kind = r.replay.stepKind(s.n);
  const now = userLine(s);
  if (kind === 'return' || kind === 'uncaught' || s.end)
    return { ran: s.end ? 0 : now.line, next: 0, error: errorAt(r, s) };
  const prev = k > 0 ? userLine(r.stateAt(r.stops[k - 1])) : null;
  const ran = prev && prev.frame === now.frame && prev.line !== now.line ? prev.line : 0;
  return { ran, next: now.line, error: errorAt(r, s) };
}

function errorAt(r, s) {
  const err = r.result.error;
  const show = err && (r.result.status === 'syntax' || s.exception.uncaught || s.end);
  return show ? err : null;
}

// The run's closing report, once at the end: a limit, the time budget, a
// stop, or a failure.
function footerOf(r, s) {
  if (!r) return '';
  const res = r.result;
  const atEnd = !r.replay || (s && s.n >= r.replay.count);
  if (!atEnd) return '';
  if (res.status === 'timeout' || res.status === 'stopped' || res.status === 'failed')
    return `\n[${res.limit ? res.limit.message : 'the run failed'}; ` +
      `${r.replay ? 'showing what it did until then' : 'it recorded nothing before that'}]`;
  if (res.status === 'limit' && res.limit) return `\n[stopped: ${res.limit.message}]`;
  return '';
}

// What the program wrote up to the cursor; without a trace (a SyntaxError),
// what the run wrote.
function outputOf(r, s, stream) {
  if (s) return s.output(stream);
  if (r && !r.replay) return stream === 1 ? r.result.stdout : r.result.stderr;
  return '';
}

export function App() {
  const r = run.value;
  const s = state.value;
  const k = stopIndex.value;
  const opts = useMemo(() => ({ sharedAtoms: sharedAtoms.value }), [sharedAtoms.value]);
  const marks = editorMarks(r, s, k);
  const narration = r && r.replay ? narrateStep(r.replay, previous.value, cursor.value, r.stateAt,
                                                (serial) => r.reach.seen(serial, cursor.value))
    : r ? (r.result.error ? `${r.result.error.message} (line ${r.result.error.line})` : '') : 'Loading…';
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const swipe = useSwipe((dir) => stepStop(dir));
  return (
    <div class="app" data-run={r ? r.serial : 0} data-cursor={cursor.value}
         data-running={running.value ? '1' : '0'}>
      <header class="top">
        <h1>Refscope</h1>
        <p class="tagline">Watch what <strong>CPython 3.11</strong> does with memory, step by step.</p>
        <Toolbar onExample={chooseExample} onRun={runSource} onStop={stopRun} draftSaved={hasDraft.value}
                 onRestoreDraft={restoreDraft} exampleValue={exampleId.value || ''} />
        <ShareBar />
        {notice.value && <p class="notice" role="status">{notice.value}</p>}
      </header>
      <main class="panes">
        <section class="left" aria-label="Code">
          <Editor text={source.value} onChange={typed} onRun={runSource}
                  ran={marks.ran} next={marks.next} error={marks.error} />
          <Console stdout={outputOf(r, s, 1)} stderr={outputOf(r, s, 2)} footer={footerOf(r, s)}
                   cpython={exampleId.value ? exampleById(exampleId.value)?.cpython : null}
                   atEnd={!!(r && r.replay && s && s.n >= r.replay.count)} />
          <GcPanel gc={s ? s.gc : null}
                   phases={s && s.gc.collecting ? collectionPhases(r.trace, s.n) : null}
                   cause={s && s.gc.collecting ? collectionCause(s.gc.collecting.trigger) : null} />
        </section>
        <section class="right" aria-label="Memory">
          <Controls />
          <p class="narration" role="status" aria-live="polite" data-testid="narration">{narration}</p>
          <div class="stage" {...swipe}>
            {r && r.replay && s ? <Stage run={r} state={s} prevN={moveKind.value === 'step' ? previous.value : s.n} opts={opts} lazyLayout />
              : <p class="stage-empty">{r ? 'Nothing ran: fix the error and press Run.' : 'Starting the interpreter…'}</p>}
          </div>
        </section>
      </main>
      <footer class="foot">
        Refscope models CPython 3.11: its own interpreter, compiled to WebAssembly, runs in your browser.
        Click an object to see its id(). Keys: ← → step, Shift+← → event, Space play, Home/End;
        in the editor, Ctrl+Enter runs and Esc then Tab leaves it.
      </footer>
    </div>
  );
}
