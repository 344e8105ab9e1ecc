// Editor.jsx — the code editor of the page: the code drawn as highlighted
// text at first (StaticCode.jsx), then CodeMirror (CmEditor.jsx, a chunk of
// its own) once the page has drawn its first example and is idle, or at
// once when the learner focuses or presses on the code. The error line
// under the code is the same either way.
import { useEffect, useState } from 'preact/hooks';
import { StaticCode } from './StaticCode.jsx';
import { whenIdle } from '../idle.js';

let loading = null;

// The editor's module, loaded once.
export function loadEditor() {
  loading ||= import('./CmEditor.jsx');
  return loading;
}

// [ready]: the page has drawn its first run, so the editor may load.
export function Editor({ ready, ...props }) {
  const [mod, setMod] = useState(null);
  const [focus, setFocus] = useState(false);
  const load = (andFocus) => {
    if (andFocus) setFocus(true);
    loadEditor().then(setMod);
  };
  useEffect(() => (ready && !mod ? whenIdle(() => load(false), 300) : undefined), [ready]);
  const { error } = props;
  return (
    <div class="editor-wrap">
      {mod ? <mod.CmEditor {...props} focus={focus} />
        : <StaticCode {...props} onWake={() => load(true)} />}
      {error && <p class="error-line" role="alert">Line {error.line}: {error.message}</p>}
    </div>
  );
}
