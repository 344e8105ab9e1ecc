// Toolbar.jsx — the examples menu, Run, display options and the theme.
import { EXAMPLES } from '../examples/index.js';
import { runningLong, sharedAtoms, theme, setOption } from '../state.js';

const THEMES = { system: 'System', light: 'Light', dark: 'Dark' };

export function Toolbar({ onExample, onRun, onStop, draftSaved, onRestoreDraft, exampleValue }) {
  return (
    <div class="toolbar">
      <label class="examples">
        <span>Example</span>
        <select value={exampleValue} onChange={(e) => {
          const v = e.currentTarget.value;
          if (v === '__draft') onRestoreDraft(); else if (v) onExample(v);
        }}>
          <option value="">Your code</option>
          {EXAMPLES.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
          {draftSaved && <option value="__draft">↺ Back to your saved code</option>}
        </select>
      </label>
      {runningLong.value
        ? <button type="button" class="run stop" onClick={onStop}
                  title="Stop the program and show what it did so far">Stop ■</button>
        : <button type="button" class="run" onClick={onRun} aria-keyshortcuts="Control+Enter"
                  title="Run (Ctrl+Enter)">Run ▸</button>}
      <label class="check" title="Draw small ints, None, True/False and interned strings as the shared objects they are, or inline in the slot">
        <input type="checkbox" checked={sharedAtoms.value}
               onChange={(e) => setOption(sharedAtoms, 'refscope.shared', e.currentTarget.checked)} />
        <span>Shared small ints &amp; interned strs</span>
      </label>
      <label class="theme">
        <span class="sr-only">Theme</span>
        <select value={theme.value} aria-label="Colour theme"
                onChange={(e) => setOption(theme, 'refscope.theme', e.currentTarget.value)}>
          {Object.entries(THEMES).map(([k, v]) => <option key={k} value={k}>{v} theme</option>)}
        </select>
      </label>
    </div>
  );
}
