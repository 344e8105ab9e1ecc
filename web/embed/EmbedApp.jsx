// EmbedApp.jsx — the compact player for blogs (embed.html): the code as
// text, the player controls, the narration, the memory view, the output,
// and "Open in Refscope". No editor and no toolbar. Keys as on the page:
// ←/→ step, Shift+←/→ event, Space play, Home/End.
import { useEffect, useMemo } from 'preact/hooks';
import { source, notice, run, running, cursor, previous, moveKind, state, stopIndex,
         sharedAtoms } from '../state.js';
import { stepStop, stepEvent, togglePlay, toStart, toEnd } from '../player.js';
import { narrateStep } from '../view/narrate.js';
import { Stage } from '../components/Stage.jsx';
import { Controls } from '../components/Controls.jsx';
import { Console } from '../components/Console.jsx';
import { GcPanel } from '../components/GcPanel.jsx';
import { currentFragment } from '../share/view.js';
import { CodeView } from './CodeView.jsx';

const KEYS = {
  ArrowRight: (e) => (e.shiftKey ? stepEvent(1) : stepStop(1)),
  ArrowLeft: (e) => (e.shiftKey ? stepEvent(-1) : stepStop(-1)),
  ' ': togglePlay, Home: toStart, End: toEnd,
};

function onKey(e) {
  const f = KEYS[e.key];
  if (!f || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|SELECT|BUTTON)$/.test(e.target.tagName)) return;
  e.preventDefault();
  f(e);
}

// The line the innermost frame of the snippet runs next (0 at the end).
function lineOf(s) {
  if (!s || s.end) return 0;
  for (let i = s.stack.length - 1; i >= 0; i--) {
    const f = s.frame(s.stack[i]);
    if (f && f.kind !== 'library') return f.line;
  }
  return 0;
}

// Whether the program itself collects (with frames on the stack): the full
// collection of CPython's shutdown alone does not earn the GC panel a place.
function collectsWhileRunning(r) {
  const t = r?.trace;
  if (!t || !r.replay) return false;
  for (let i = 0; i < t.count; i++)
    if (t.kind(i) === t.K.GC_BEGIN && r.stateAt(i + 1).stack.length > 0) return true;
  return false;
}

export function EmbedApp() {
  const r = run.value;
  const s = state.value;
  const k = stopIndex.value;
  const opts = useMemo(() => ({ sharedAtoms: sharedAtoms.value }), [sharedAtoms.value]);
  const gc = useMemo(() => collectsWhileRunning(r), [r]);
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const ran = r && k > 0 ? lineOf(r.stateAt(r.stops[k - 1])) : 0;
  const narration = r && r.replay ? narrateStep(r.replay, previous.value, cursor.value, r.stateAt)
    : r ? (r.result.error ? `${r.result.error.message} (line ${r.result.error.line})` : '') : 'Loading…';
  const open = () => `./#${currentFragment()}`;
  return (
    <div class="embed" data-run={r ? r.serial : 0} data-cursor={cursor.value}
         data-running={running.value ? '1' : '0'}>
      {notice.value && <p class="notice" role="status">{notice.value}</p>}
      <div class="embed-main">
        <CodeView code={source.value} next={lineOf(s)} ran={ran} />
        <div class="embed-side">
          <Controls />
          <p class="narration" role="status" aria-live="polite" data-testid="narration">{narration}</p>
        </div>
      </div>
      {gc && <GcPanel gc={s ? s.gc : null} />}
      <div class="stage">
        {r && r.replay && s
          ? <Stage run={r} state={s} prevN={moveKind.value === 'step' ? previous.value : s.n} opts={opts} />
          : <p class="stage-empty">{r ? 'This code does not run: see the output.' : 'Starting the interpreter…'}</p>}
      </div>
      <Console stdout={s ? s.output(1) : (r ? r.result.stdout : '')}
               stderr={s ? s.output(2) : (r ? r.result.stderr : '')} footer="" />
      <footer class="embed-foot">
        <a href={open()} target="_blank" rel="noopener" data-testid="open-in-refscope"
           onClick={(e) => { e.currentTarget.href = open(); }}>Open in Refscope ↗</a>
        <span>What CPython 3.11 does with memory, step by step.</span>
      </footer>
    </div>
  );
}
