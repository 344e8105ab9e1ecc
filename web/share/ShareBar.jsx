// ShareBar.jsx — the Share, Embed and Export buttons of the page's header
// (issue 6) and their dialogs: the link to this view (copied at once), the
// HTML to embed it in a blog, and image exports.
import { useState, useEffect } from 'preact/hooks';
import { run, stopIndex, source, sharedAtoms } from '../state.js';
import { linked, shareUrl } from './link.js';
import { currentFragment } from './view.js';
import { updateReady, applyUpdate } from './offline.js';
import { Dialog, CopyBox } from './Dialog.jsx';
import { iframeSnippet, scriptSnippet, baseOf } from './snippets.js';
import { ExportPanel } from '../export/ExportPanel.jsx';
import './share.css';

function ShareBody() {
  const url = shareUrl();
  useEffect(() => {                    // the address bar shows the link, then follows the view
    history.replaceState(history.state, '', url);
    linked.value = true;
  }, []);
  const k = Math.max(0, stopIndex.value) + 1;
  return (
    <>
      <p>This link opens this code at step {k}, with the same display options.
        Everything is in the link (after the <code>#</code>): nothing is sent to a server.</p>
      <CopyBox label="Link" value={url} testid="share-url" auto />
      <p class="fine">{url.length.toLocaleString('en')} characters. The address bar now follows
        what you see, so you can also copy it from there.</p>
    </>
  );
}

function EmbedBody() {
  const [height, setHeight] = useState(560);
  const [atStep, setAtStep] = useState(true);
  const base = baseOf(location.href);
  const k = Math.max(0, stopIndex.value) + 1;
  return (
    <>
      <p>Paste into a blog post or a course page. The player runs in the reader's browser;
        it needs nothing from a server but these static files.</p>
      <div class="embed-options">
        <label>Height <input type="number" min="200" max="2000" step="20" value={height}
                              onInput={(e) => setHeight(Number(e.currentTarget.value) || 560)} /> px</label>
        <label class="check"><input type="checkbox" checked={atStep}
                                    onChange={(e) => setAtStep(e.currentTarget.checked)} />
          <span>Open at step {k} (else at the start)</span></label>
      </div>
      <CopyBox label="An iframe (sizes itself when embed.js is also on the page)"
               value={iframeSnippet(base, currentFragment({ atStep }), height)}
               rows={4} testid="embed-iframe" />
      <CopyBox label="Or: embed.js turns each <pre data-refscope> block into a player"
               value={scriptSnippet(base, source.value, { step: atStep ? k : null, atoms: sharedAtoms.value })}
               rows={6} testid="embed-script" />
    </>
  );
}

export function ShareBar() {
  const [open, setOpen] = useState(null);     // 'share' | 'embed' | 'export' | null
  const none = !run.value;
  const close = () => setOpen(null);
  return (
    <div class="share-bar">
      <button type="button" onClick={() => setOpen('share')} disabled={none}
              title="A link to this code at this step">Share</button>
      <button type="button" onClick={() => setOpen('embed')} disabled={none}
              title="HTML to put this player in a blog post">Embed</button>
      <button type="button" onClick={() => setOpen('export')} disabled={!run.value?.replay}
              title="SVG, PNG or an animated GIF of the memory view">Export</button>
      {updateReady.value && (
        <button type="button" class="update" onClick={applyUpdate}
                title="A new version of Refscope was downloaded: reload the page with it">Update ↻</button>
      )}
      <Dialog id="share-dialog" title="Share this view" open={open === 'share'} onClose={close}>
        <ShareBody />
      </Dialog>
      <Dialog id="embed-dialog" title="Embed in a page" open={open === 'embed'} onClose={close}>
        <EmbedBody />
      </Dialog>
      <Dialog id="export-dialog" title="Export the memory view" open={open === 'export'} onClose={close}>
        <ExportPanel />
      </Dialog>
    </div>
  );
}
