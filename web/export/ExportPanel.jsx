// ExportPanel.jsx — the Export dialog's body: the view at the cursor as SVG
// or PNG, and a range of steps as an animated GIF, with a status line that
// says what was saved (name, pixels, bytes, time).
import { useState } from 'preact/hooks';
import { run, cursor, stopIndex, sharedAtoms, speed } from '../state.js';
import { delayFor } from '../player.js';
import { MAX_FRAMES } from './limits.js';

// The export code (rasteriser, GIF encoder) loads on first use: it is not
// part of the page's first download.
const actions = () => import('./actions.js');

function describe(r) {
  const px = `${r.width}×${r.height} px`;
  const kb = `${(r.bytes / 1024).toFixed(1)} KB`;
  return `Saved ${r.name}: ${px}, ${r.frames ? `${r.frames} frames, ` : ''}${kb}, made in ${r.ms} ms.`;
}

function StepInput({ label, value, max, onInput }) {
  return (
    <label>{label} <input type="number" min="1" max={max} value={value}
                          onInput={(e) => onInput(Math.max(1, Math.min(max, Number(e.currentTarget.value) || 1)))} /></label>
  );
}

export function ExportPanel() {
  const r = run.value;
  const total = r.stops.length;
  const k = Math.max(0, stopIndex.value) + 1;
  const [from, setFrom] = useState(total <= 60 ? 1 : k);
  const [to, setTo] = useState(total <= 60 ? total : Math.min(total, k + 29));
  const [delay, setDelay] = useState(delayFor(speed.value));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const opts = { sharedAtoms: sharedAtoms.value };
  const go = async (f) => {
    setBusy(true);
    setStatus('Working…');
    try { const res = await f(); setStatus(describe(res)); window.__refscopeExport = res; }
    catch (err) { setStatus(`The export failed: ${err.message}`); }
    finally { setBusy(false); }
  };
  const gif = async () => (await actions()).exportGif(r, from - 1, to - 1, { opts, delayMs: delay,
    onProgress: (i, n) => setStatus(`Frame ${i} of ${n}…`) });
  return (
    <div class="export-panel">
      <p>Step {k}: the memory view as it is now, with a caption (step and narration).</p>
      <div class="export-row">
        <button type="button" disabled={busy} onClick={() => go(async () => (await actions()).exportSvg(r, cursor.value, opts, k))}>SVG</button>
        <button type="button" disabled={busy} onClick={() => go(async () => (await actions()).exportPng(r, cursor.value, opts, k))}>PNG (2×)</button>
      </div>
      <fieldset class="export-gif">
        <legend>Animated GIF of a range of steps</legend>
        <StepInput label="From step" value={from} max={total} onInput={setFrom} />
        <StepInput label="to step" value={to} max={total} onInput={setTo} />
        <label>every <select value={delay} onChange={(e) => setDelay(Number(e.currentTarget.value))}>
          {[225, 450, 900, 1800].map((ms) => <option key={ms} value={ms}>{ms / 1000} s</option>)}
          {![225, 450, 900, 1800].includes(delay) && <option value={delay}>{delay / 1000} s</option>}
        </select></label>
        <button type="button" disabled={busy} onClick={() => go(gif)}>GIF</button>
        <p class="fine">{Math.abs(to - from) + 1} frames (at most {MAX_FRAMES}); the page stays as it is.</p>
      </fieldset>
      <p class="export-status" role="status" data-testid="export-status">{status}</p>
    </div>
  );
}
