// Controls.jsx — the player: back/forward by line and by event, play/pause
// with speed, the scrubber over the stops, and where the cursor is.
import { run, cursor, playing, speed, stopIndex, state, setOption } from '../state.js';
import { Icon } from './icons.jsx';
import { stepStop, stepEvent, gotoStop, togglePlay, toStart, toEnd, skipCollection } from '../player.js';

const SPEEDS = [0.25, 0.5, 1, 2, 4];

function Btn({ label, title, onClick, disabled, children, pressed }) {
  return (
    <button type="button" class="ctl" aria-label={label} title={title}
            onClick={onClick} disabled={disabled} aria-pressed={pressed}>{children}</button>
  );
}

export function Controls() {
  const r = run.value;
  const k = stopIndex.value;
  const total = r ? r.stops.length : 0;
  const count = r && r.replay ? r.replay.count : 0;
  const none = !r || !r.replay;
  const kind = r && r.replay ? r.replay.stepKind(cursor.value) : null;
  const collecting = !!state.value?.gc.collecting;
  return (
    <div class="controls" role="toolbar" aria-label="Player">
      <div class="buttons">
        <Btn label="To the start" title="To the start (Home)" onClick={toStart} disabled={none || k <= 0}><Icon name="start" /></Btn>
        <Btn label="Back one event" title="Back one event (Shift+←)" onClick={() => stepEvent(-1)} disabled={none || cursor.value <= 0}><Icon name="eventBack" /></Btn>
        <Btn label="Back one step" title="Back one step (←)" onClick={() => stepStop(-1)} disabled={none || cursor.value <= 0}><Icon name="back" /></Btn>
        <Btn label={playing.value ? 'Pause' : 'Play'} title="Play / pause (Space)" onClick={togglePlay}
             disabled={none} pressed={playing.value}><Icon name={playing.value ? 'pause' : 'play'} /></Btn>
        <Btn label="Forward one step" title="Forward one step (→)" onClick={() => stepStop(1)} disabled={none || k >= total - 1}><Icon name="fwd" /></Btn>
        <Btn label="Forward one event" title="Forward one event (Shift+→)" onClick={() => stepEvent(1)} disabled={none || cursor.value >= count}><Icon name="eventFwd" /></Btn>
        <Btn label="To the end" title="To the end (End)" onClick={toEnd} disabled={none || k >= total - 1}><Icon name="end" /></Btn>
        {collecting && (
          <button type="button" class="ctl skip" onClick={skipCollection}
                  title="To the end of this collection">Skip GC</button>
        )}
      </div>
      <input type="range" class="scrubber" min={0} max={Math.max(0, total - 1)} value={Math.max(0, k)}
             aria-label="Step" aria-valuetext={`step ${k + 1} of ${total}`} disabled={none}
             onInput={(e) => gotoStop(Number(e.currentTarget.value))} />
      <div class="where-row">
        <p class="where" aria-live="off">
          {none ? (r ? 'Nothing ran' : 'No run yet') : `Step ${k + 1} of ${total} · event ${cursor.value} of ${count}` +
            (collecting ? ' · garbage collection' : kind === 'end' ? ' · finished' :
             kind === 'uncaught' ? ' · uncaught exception' : '')}
        </p>
        <label class="speed">
          <span class="sr-only">Speed</span>
          <select value={speed.value} aria-label="Playback speed"
                  onChange={(e) => setOption(speed, 'refscope.speed', Number(e.currentTarget.value))}>
            {SPEEDS.map((s) => <option key={s} value={String(s)}>{s}×</option>)}
          </select>
        </label>
      </div>
    </div>
  );
}
