// Dialog.jsx — a modal <dialog> (focus kept inside, Esc closes) with a
// title and a Close button; the share, embed and export dialogs use it.
import { useEffect, useRef, useState } from 'preact/hooks';

export function Dialog({ open, onClose, title, id, children }) {
  const ref = useRef(null);
  useEffect(() => {
    const d = ref.current;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} class="share-dialog" id={id} aria-labelledby={`${id}-title`}
            onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div class="share-dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="close" onClick={onClose} aria-label="Close">×</button>
      </div>
      {open && children}
    </dialog>
  );
}

// A read-only text box with a Copy button; [rows] > 1 makes it a textarea.
// [auto]: copy once when shown.
export function CopyBox({ label, value, rows = 1, testid, auto = false }) {
  const ref = useRef(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    ref.current.select();
    let ok = false;
    try { await navigator.clipboard.writeText(value); ok = true; } catch { ok = false; }
    setStatus(ok ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C) to copy.');
  };
  useEffect(() => { if (auto) copy(); }, []);
  const Box = rows > 1 ? 'textarea' : 'input';
  return (
    <div class="copy-box">
      <label>
        <span>{label}</span>
        <Box ref={ref} readOnly value={value} rows={rows > 1 ? rows : undefined}
             data-testid={testid} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="copy-row">
        <button type="button" onClick={copy}>Copy</button>
        <span class="copy-status" role="status">{status}</span>
      </div>
    </div>
  );
}
