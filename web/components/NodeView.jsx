// NodeView.jsx — one heap object in the memory view: type, value or slots,
// refcount badge, generation, and during a collection its gc_refs and mark.
// Keyed by serial by the Stage, so CSS animates what changes in place.
import { useState } from 'preact/hooks';
import { slotWidth } from '../view/layout.js';
import { slotCorner, SLOT_H, RECORD_HEAD, PILL_W } from '../view/anchors.js';
import { ROW_H, TITLE_MAX } from '../view/layout.js';
import { toggleExpanded } from '../state.js';
import { memo } from './memo.js';

function clip(text, max) {
  if (text == null) return '';
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

// The "… N more" slot of a long container (scene.js), or "fewer" once
// opened: a button that opens or closes it.
function More({ node, slot, w, h, x = 0, y = 0 }) {
  const act = (e) => { e.stopPropagation(); e.preventDefault(); toggleExpanded(node.serial); };
  const text = slot.more > 0 ? `… ${slot.more} more` : 'fewer';
  return (
    <g class="more" role="button" tabindex="0"
       aria-label={slot.more > 0 ? `Show the ${slot.more} more items` : 'Show fewer items'}
       onClick={act} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && act(e)}>
      <rect width={w} height={h} rx={4} x={x} y={y} />
      <text x={x + w / 2} y={y + h / 2 + 4} text-anchor="middle">{text}</text>
    </g>
  );
}

function SeqSlots({ node }) {
  return node.slots.map((s, i) => {
    const w = slotWidth(s);
    const c = slotCorner(node, i);
    if (s.more) return <More key={i} node={node} slot={s} w={w} h={SLOT_H} x={c.x} y={c.y} />;
    return (
      <g key={i} class="slot">
        <rect x={c.x} y={c.y} width={w} height={SLOT_H} />
        {s.inline != null
          ? <text class="inline" x={c.x + w / 2} y={c.y + 16}>{clip(s.inline, 18)}</text>
          : s.target ? <circle class="dot" cx={c.x + w / 2} cy={c.y + SLOT_H / 2} r={3} /> : null}
        {node.kind === 'seq' && <text class="index" x={c.x + w / 2} y={c.y + SLOT_H + 11}>{s.label}</text>}
      </g>
    );
  });
}

function RecordRows({ node, w }) {
  // Coordinates, not transforms: a transform is a paint property of its
  // own, which costs the compositor's layerization on every frame.
  return node.slots.map((s, i) => {
    const y = RECORD_HEAD + i * ROW_H;
    if (s.more) return <More key={i} node={node} slot={s} w={w - 12} h={ROW_H - 4} x={6} y={y + 2} />;
    return (
      <g key={i} class="row">
        <line x1={6} x2={w - 6} y1={y} y2={y} />
        <text class="key" x={10} y={y + 16}>{clip(s.label, 12)}</text>
        {s.inline != null
          ? <text class="inline" x={w - 10} y={y + 16} text-anchor="end">{clip(s.inline, 9)}</text>
          : s.target ? <circle class={s.weak ? 'dot weak' : 'dot'} cx={w - 20} cy={y + ROW_H / 2} r={3} /> : null}
      </g>
    );
  });
}

const EXCEPTION_ROLE = { raised: 'being raised', handled: 'being handled (except)',
                         uncaught: 'uncaught: ends the program' };

function Badges({ node, w, showId, freed }) {
  return (
    <>
      {node.refcnt != null && (
        <g class="refcnt">
          <title>reference count {node.refcnt}</title>
          <circle cx={w - 14} r={11} />
          <text key={node.refcnt} class="tick" x={w - 14} y={4}>{node.refcnt}</text>
        </g>
      )}
      {node.gen != null && (
        <text key={`g${node.gen}`} class="gen tick" x={w - 30} y={14}
              text-anchor="end">{`gen ${node.gen}`}</text>
      )}
      {node.gc && !freed && (
        <g class="gcrefs">
          <rect y={-20} width={PILL_W} height={17} rx={8} />
          <text key={node.gc.refs} class="tick" x={PILL_W / 2} y={-8}>{`gc_refs ${node.gc.refs}`}</text>
        </g>
      )}
      {showId && <text class="idtext" x={4} y={-6}>{`id ${node.id || '?'}`}</text>}
      {node.exception && !showId && (
        <text class="exc-role" x={4} y={-6}>{EXCEPTION_ROLE[node.exception]}</text>
      )}
    </>
  );
}

// [node] from scene.js, [box] from layout.js; [freed]: {order, output}
// for a node fading out; [wave]: order of its mark in this step (or null).
function NodeViewInner({ node, box, freed, wave, delOutput }) {
  const [showId, setShowId] = useState(false);
  const cls = ['node', `k-${node.kind}`, node.gc?.mark && `mark-${node.gc.mark}`,
               node.resurrected && 'resurrected', freed && 'freed',
               wave != null && 'wave'].filter(Boolean).join(' ');
  const delay = freed ? freed.order : wave;
  const style = delay != null ? { '--delay': `${Math.min(delay, 12) * 90}ms` } : null;
  const toggle = () => setShowId(!showId);
  const last = node.slots[node.slots.length - 1];
  const shown = last && last.more > 0 ? node.slots.length - 1 : undefined;
  const label = `${node.title}${node.value != null ? ' ' + node.value : ''}` +
    (node.refcnt != null ? `, refcount ${node.refcnt}` : '') +
    (freed ? ', freed' : '');
  return (
    <g class={cls} style={style} transform={box.x || box.y ? `translate(${box.x},${box.y})` : undefined}
       data-serial={node.serial} data-refcnt={node.refcnt ?? ''}
       data-shown={shown}
       tabindex="0" role="group" aria-roledescription="object"
       aria-label={`${label}${showId ? `, id ${node.id}` : ''}. Enter shows its id().`}
       onClick={toggle} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), toggle())}>
      <g class="body">
        <rect class="frame" width={box.w} height={box.h} rx={6} />
        <text class="title" x={8} y={15}>{clip(node.title, TITLE_MAX)}</text>
        {node.kind === 'atom' && <text class="value" x={box.w / 2} y={37}>{clip(node.value, 36)}</text>}
        {node.kind === 'leaf' && node.value && <text class="value" x={8} y={36}>{clip(node.value, 20)}</text>}
        {(node.kind === 'seq' || node.kind === 'set') && <SeqSlots node={node} />}
        {(node.kind === 'dict' || node.kind === 'record') && <RecordRows node={node} w={box.w} />}
        <Badges node={node} w={box.w} showId={showId} freed={freed} />
        {(freed || node.resurrected) && (
          <text class={freed ? 'freed-label' : 'res-label'} x={box.w / 2} y={box.h + 14}>
            {freed ? 'freed' : 'resurrected'}
          </text>
        )}
        {delOutput && (freed || node.resurrected) && (
          <text class="del-output" x={0} y={box.h + (freed || node.resurrected ? 28 : 14)}>
            {`__del__ printed: ${clip(delOutput.trim(), 30)}`}
          </text>
        )}
      </g>
    </g>
  );
}

export const NodeView = memo(NodeViewInner);
