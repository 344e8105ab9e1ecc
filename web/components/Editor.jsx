// Editor.jsx — the code editor of the page: the code drawn as highlighted
// text (StaticCode.jsx) until the learner shows they mean to edit it, then
// CodeMirror (CmEditor.jsx, a chunk of its own, about 95 KB gzip: a third
// of the page). The pointer over the code starts its download; focusing or
// pressing on the code loads it and gives it the focus. A visit that only
// watches the examples never downloads it. The error line under the code is
// the same either way.
import { useState } from 'preact/hooks';
import { StaticCode } from './StaticCode.jsx';

let loading = null;

// The editor's module, loaded once.
export function loadEditor() {
  loading ||= import('./CmEditor.jsx');
  return loading;
}

export function Editor(props) {
  const [mod, setMod] = useState(null);
  const [focus, setFocus] = useState(false);
  const load = (andFocus) => {
    if (andFocus) setFocus(true);
    loadEditor().then(setMod);
  };
  const { error } = props;
  return (
    <div class="editor-wrap">
      {mod ? <mod.CmEditor {...props} focus={focus} />
        : <StaticCode {...props} onWake={() => load(true)} onNear={() => load(false)} />}
      {error && <p class="error-line" role="alert">Line {error.line}: {error.message}</p>}
    </div>
  );
}
