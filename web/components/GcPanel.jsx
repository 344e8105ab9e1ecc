// GcPanel.jsx — the cyclic collector at a glance: the three generations with
// their counts and thresholds, and during a collection its phases with the
// current one marked. Everything comes from the replayed state (s.gc).
import { PHASE_TEXT } from '../view/narrate.js';

const PHASES = ['update_refs', 'subtract_refs', 'move_unreachable',
  'untrack_tuples', 'promote_survivors', 'handle_weakrefs', 'finalize_garbage',
  'handle_resurrected_objects', 'delete_garbage'];

function Generation({ gen, count, threshold, active }) {
  const pct = threshold ? Math.min(100, (count / threshold) * 100) : 0;
  return (
    <li class={`gen-row${active ? ' active' : ''}`} data-gen={gen}>
      <span class="gen-name">gen {gen}</span>
      <span class="bar" aria-hidden="true"><span style={{ width: `${pct}%` }} /></span>
      <span class="gen-count">{count} / {threshold}</span>
    </li>
  );
}

const IDLE = { enabled: true, threshold: [700, 10, 10], count: [0, 0, 0],
               collecting: null, last: null };

// [gc]: the state's collector (s.gc), or null before the first run.
export function GcPanel({ gc }) {
  gc = gc || IDLE;
  const c = gc.collecting;
  const phaseIndex = c ? PHASES.indexOf(c.phase) : -1;
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
          <p class="gc-status">Collecting generation {c.gen}
            {c.automatic ? ' (automatic: gen 0 passed its threshold)' : ' (gc.collect())'}</p>
          <ol class="phases">
            {PHASES.map((p, i) => (
              <li key={p} class={i === phaseIndex ? 'now' : i < phaseIndex ? 'done' : ''}
                  title={PHASE_TEXT[p]} aria-current={i === phaseIndex ? 'step' : undefined}>
                {p}
              </li>
            ))}
          </ol>
        </div>
      ) : gc.last ? (
        <p class="gc-status">Last collection: generation {gc.last.gen},
          {' '}{gc.last.collected} collected, {gc.last.uncollectable} uncollectable</p>
      ) : <p class="gc-status">No collection yet.</p>}
    </section>
  );
}
