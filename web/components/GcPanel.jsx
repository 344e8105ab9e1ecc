// GcPanel.jsx — the cyclic collector at a glance: the three generations with
// their counts and thresholds, and during a collection its phases (as the
// trace lists them: view/changes.js collectionPhases) with the current one
// marked. Everything comes from the replayed state (s.gc) and the trace.
import { PHASE_TEXT } from '../view/narrate.js';

function Generation({ gen, count, threshold, active }) {
  const pct = threshold ? Math.min(100, (count / threshold) * 100) : 0;
  return (
    <li class={`gen-row${active ? ' active' : ''}`} data-gen={gen}>
      <span class="gen-name">gen {gen}</span>
      {/* A scaled bar: the compositor runs its transition (no layout). */}
      <span class="bar" aria-hidden="true"><span style={{ transform: `scaleX(${pct / 100})` }} /></span>
      <span class="gen-count">{count} / {threshold}</span>
    </li>
  );
}

const IDLE = { enabled: true, threshold: [700, 10, 10], count: [0, 0, 0],
               collecting: null, last: null };

// The phases after handle_resurrected_objects run again on the unreachable
// objects only.
function PhaseList({ phases, index }) {
  const rescan = phases.indexOf('handle_resurrected_objects');
  return (
    <ol class="phases">
      {phases.map((p, i) => (
        <li key={i} class={i === index ? 'now' : i < index ? 'done' : ''}
            title={PHASE_TEXT[p]} aria-current={i === index ? 'step' : undefined}>
          {rescan >= 0 && i > rescan && p !== 'delete_garbage' ? `${p} (again)` : p}
        </li>
      ))}
    </ol>
  );
}

// [gc]: the state's collector (s.gc), or null before the first run;
// [phases]: {phases, index} of the collection running, or null; [cause]:
// why it runs, in words (narrate.js collectionCause).
export function GcPanel({ gc, phases, cause }) {
  gc = gc || IDLE;
  const c = gc.collecting;
  return (
    <section class="gc-panel" aria-label="Garbage collector">
      <h2>Cyclic GC {gc.enabled ? '' : <span class="off">(disabled)</span>}</h2>
      <ul class="gens">
        {[0, 1, 2].map((g) => (
          <Generation key={g} gen={g} count={gc.count[g]} threshold={gc.threshold[g]}
                      active={c && c.gen >= g} />
        ))}
      </ul>
      {c ? (
        <div class="collecting">
          <p class="gc-status">Collecting generation {c.gen}{cause ? ` (${cause})` : ''}</p>
          {phases && <PhaseList phases={phases.phases} index={phases.index} />}
        </div>
      ) : gc.last ? (
        <p class="gc-status">Last collection: generation {gc.last.gen},
          {' '}{gc.last.collected} collected, {gc.last.uncollectable} uncollectable</p>
      ) : <p class="gc-status">No collection yet.</p>}
    </section>
  );
}
