// Stage.jsx — the memory view: an SVG of frames, heap nodes and pointers for
// the state at the cursor. Nodes keep their place for the whole run
// (layout.js); what changed since the last stop is animated by CSS: new
// pointers draw in, rebound ones swing, freed nodes fade out in the order
// they were freed, GC marks sweep through in the order the collector made
// them.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildScene, sceneEdges, isInlined } from '../view/scene.js';
import { nodeSize, Layout } from '../view/layout.js';
import { whenIdle } from '../idle.js';
import { prelayout } from '../view/prelayout.js';
import { stepChanges } from '../view/changes.js';
import { frameRowAnchor, slotAnchor, landing, curve, selfLoop, sideArc, needsSideArc } from '../view/anchors.js';
import { NodeView } from './NodeView.jsx';
import { mark } from '../worker/client.js';
import { FrameView } from './FrameView.jsx';
import { memo } from './memo.js';
import { reuseScene } from '../view/reuse.js';
import { expandedNow } from '../state.js';

// Each frame and node is its own small <svg>, absolutely placed: a change
// or an animation in one repaints that one only, not the whole view. The
// pointers live in one SVG laid over them, in the same coordinates.
const OX = 10, OY = 30;

function Placed({ box, cls = 'placed', delay = null, children }) {
  const style = { left: `${box.x + OX}px`, top: `${box.y + OY}px` };
  if (delay) style['--delay'] = delay;
  return (
    <svg class={cls} width={box.w} height={box.h} style={style}>
      {children}
    </svg>
  );
}

// A heap node in its place. Memoised on plain props: a step redraws only
// the nodes whose drawing changed (scene.js reuses the others' objects).
// Its appearing, fading out when freed and coming back are opacity and
// transform animations of its own <svg> (styles.css), which the compositor
// runs without the main thread.
const PlacedNode = memo(({ node, x, y, w, h, wave, delOutput, freed }) => (
  <Placed box={{ x, y, w, h }}
          cls={`placed obj${freed ? ' freed' : node.resurrected ? ' resurrected' : ''}`}
          delay={freed ? `${Math.min(freed.order, 12) * 90}ms` : null}>
    <NodeView node={node} box={{ x: 0, y: 0, w, h }} wave={wave} delOutput={delOutput}
              freed={freed} />
  </Placed>
));

const PlacedFrame = memo(({ frame, x, y, w, h, inlines }) => (
  <Placed box={{ x, y, w, h }}>
    <FrameView frame={frame} box={{ x: 0, y: 0, w, h }} inlines={inlines} />
  </Placed>
));

function arrowPath(e, scene, pos, nodesBySerial) {
  const to = pos.nodes.get(e.dst);
  if (!to) return null;
  let from;
  if (e.from === 'frame') {
    const i = scene.frames.findIndex((f) => f.serial === e.src);
    from = frameRowAnchor(pos.frames[i], e.slot);
  } else {
    const box = pos.nodes.get(e.src);
    if (!box) return null;
    const src = nodesBySerial.get(e.src);
    from = slotAnchor(src, box, e.slot, e.key);
    if (e.src === e.dst) return selfLoop(from, box);
    if (!e.key && needsSideArc(src, from, to)) return sideArc(from, to);
  }
  return curve(from, landing(from, to, !!nodesBySerial.get(e.dst)?.gc));
}

// The live nodes and the freed ones fading out ([node, tomb or undefined]),
// in the order of their serials: a step only inserts and removes elements,
// it never moves one (a move is a removal and an insertion for the page).
function byPlace(objects, tombs) {
  const all = objects.map((o) => [o, undefined]);
  for (const t of tombs) all.push([t.node, t]);
  return all.sort((a, b) => a[0].serial - b[0].serial);
}

// One pointer; memoised on its path and classes, so a step only touches
// the pointers that moved, appeared or flash.
const Edge = memo(({ d, cls, delay, isNew, src, dst, weak }) => (
  <path class={cls} style={delay ? { d: `path('${d}')`, '--delay': delay } : { d: `path('${d}')` }}
        d={d} pathLength={isNew ? 1 : undefined} data-src={src} data-dst={dst}
        marker-end={weak ? 'url(#head-weak)' : 'url(#head)'} />
));

function Arrows({ edges, scene, pos, prevEdges, flashes }) {
  const bySerial = new Map(scene.objects.map((o) => [o.serial, o]));
  return edges.map((e) => {
    const d = arrowPath(e, scene, pos, bySerial);
    if (!d) return null;
    const flash = e.from === 'object' ? flashes.get(`${e.src}>${e.dst}`) : undefined;
    const isNew = !!prevEdges && !prevEdges.has(e.id);
    const cls = ['edge', e.weak && 'weak', e.key && 'key', isNew && 'edge-new',
                 flash !== undefined && 'flash'].filter(Boolean).join(' ');
    return <Edge key={e.id} d={d} cls={cls} isNew={isNew} weak={!!e.weak}
                 delay={flash !== undefined ? `${Math.min(flash, 60) * 40}ms` : null}
                 src={e.from === 'frame' ? `f${e.src}` : e.src} dst={e.dst} />;
  });
}

// The boxes worth looking at after a step: new nodes, freed ones, and what
// the collector marked or whose pointers it subtracted; else the frames.
function focusBoxes(pos, prev, scene, changes, tombs, layout) {
  const boxes = [];
  const add = (serial) => { const b = pos.nodes.get(serial); if (b) boxes.push(b); };
  if (prev) for (const o of scene.objects) if (!prev.scene.drawn.has(o.serial)) add(o.serial);
  for (const t of tombs) boxes.push(layout.box(t.node.serial, nodeSize(t.node)));
  for (const serial of changes.waves.keys()) add(serial);
  for (const key of changes.flashes.keys()) add(Number(key.split('>')[1]));
  return boxes.filter(Boolean);
}

const NARROW = '(max-width: 820px)';

// The zoom of the memory view: 1 on a wide screen; on a narrow one (a
// phone) the run's whole drawing is scaled to the width of its pane (at
// most 0.8), so it does not scroll sideways (a horizontal swipe steps,
// swipe.js; pinching zooms the page as usual). Below 0.3 the text would be
// unreadable: the drawing stays at 0.3 and the pane pans both ways (class
// "pan": swipes pan, the player's buttons step). [width]: the drawing's
// width, which only grows during a run (layout.js).
function useFitZoom(canvas, width) {
  const [avail, setAvail] = useState(0);
  const narrow = !!globalThis.matchMedia?.(NARROW).matches;
  useEffect(() => {   // a wide screen draws at 1: nothing to watch
    const pane = canvas.current && canvas.current.parentElement;
    if (!narrow || !pane || !globalThis.ResizeObserver) return undefined;
    const ro = new ResizeObserver(([e]) => setAvail(Math.floor(e.contentRect.width)));
    ro.observe(pane);
    return () => ro.disconnect();
  }, [narrow]);
  const zoom = !narrow ? 1 : avail ? Math.max(0.3, Math.min(0.8, avail / width)) : 0.8;
  const pan = narrow && avail > 0 && width * zoom > avail + 1;
  useEffect(() => {
    const pane = canvas.current && canvas.current.parentElement;
    if (pane) pane.classList.toggle('pan', pan);
  }, [pan]);
  return zoom;
}

// Scrolls the stage (the scrolling parent of [canvas]) so that [boxes] are
// in view, if they are not: the first of them at least. Reads the layout
// at the start of the next frame, when it is up to date anyway.
function scrollToBoxes(canvas, boxes, z) {
  const view = canvas && canvas.parentElement;
  if (!view || !boxes.length) return;
  requestAnimationFrame(() => scrollNow(view, boxes, z));
}

function scrollNow(view, boxes, z) {
  const x0 = z * (Math.min(...boxes.map((b) => b.x)) + OX), y0 = z * (Math.min(...boxes.map((b) => b.y)) + OY);
  const x1 = z * (Math.max(...boxes.map((b) => b.x + b.w)) + OX), y1 = z * (Math.max(...boxes.map((b) => b.y + b.h)) + OY);
  const left = view.scrollLeft, top = view.scrollTop;
  const w = view.clientWidth - 24, h = view.clientHeight - 24;
  if (x0 >= left && x1 <= left + w && y0 - 24 >= top && y1 <= top + h) return;
  // Per axis: the least scroll that shows [lo, hi]; if it cannot fit, its
  // start, unless that is in view already.
  const to = (lo, hi, at, size) => {
    if (lo >= at && hi <= at + size) return at;
    if (hi - lo <= size) return lo < at ? lo : hi - size;
    return lo >= at && lo <= at + size ? at : lo;
  };
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  view.scrollTo({ left: Math.max(0, to(x0 - 12, x1 + 12, left, w)),
                  top: Math.max(0, to(y0 - 36, y1 + 12, top, h)),
                  behavior: reduce ? 'auto' : 'smooth' });
}

// The run's layout (prelayout.js). With [lazy], made only when the page is
// idle, or at once when a scene has nodes or the view moves: the state a
// run first shows usually draws none, so the first example shows without
// waiting for it. Null until made.
function useRunLayout(run, opts, lazy, state, scene) {
  const made = useRef(null);
  const first = useRef(null);
  const [, redraw] = useState(0);
  const key = `${run.serial}:${opts.sharedAtoms}:${[...(opts.expanded || [])].join(',')}`;
  if (made.current && made.current.key !== key) made.current = null;
  if (!first.current || first.current.key !== key) first.current = { key, n: state.n };
  const make = () => { made.current = { key, layout: prelayout(run, opts) }; };
  const needed = !lazy || scene.objects.length > 0 || state.n !== first.current.n;
  if (!made.current && needed) make();
  useEffect(() => (made.current ? undefined : whenIdle(() => {
    if (!made.current) { make(); redraw((n) => n + 1); }
  }, 200)), [key]);
  return made.current ? made.current.layout : null;
}

// [lazyLayout]: the page's own view (the first draw of a run does not wait
// for its whole layout); views drawn off screen (the export) leave it out.
// [opts]: {sharedAtoms, expanded}; without [expanded], the long containers
// the learner opened on the page (state.js), so that the embed and the
// export show what the page shows.
export function Stage({ run, state, prevN, opts: given, lazyLayout = false }) {
  const expanded = given.expanded || expandedNow.value;
  const opts = useMemo(() => ({ ...given, expanded }), [given, expanded]);
  const last = useRef(null);
  const canvas = useRef(null);
  const prev = last.current && last.current.run === run ? last.current : null;
  const scene = useMemo(() => reuseScene(prev && prev.scene, buildScene(state, opts, run.reach)),
                        [state, opts]);
  const layout = useRunLayout(run, opts, lazyLayout, state, scene) || new Layout();
  const changes = useMemo(() => stepChanges(run.trace, prevN, state.n),
                          [run, prevN, state.n]);
  const tombs = [];
  if (prev && changes.forward) {
    for (const o of prev.scene.objects) {
      if (!scene.drawn.has(o.serial) && changes.freed.has(o.serial))
        tombs.push({ node: o, order: changes.freed.get(o.serial) });
    }
  }
  const pos = layout.place(scene, tombs.map((t) => t.node.serial));
  const focus = changes.forward ? focusBoxes(pos, prev, scene, changes, tombs, layout) : [];
  tombs.splice(0, tombs.length, ...tombs.filter((t) => layout.box(t.node.serial, nodeSize(t.node))));
  const edges = sceneEdges(scene);
  const prevEdges = prev && changes.forward ? prev.edgeIds : null;
  last.current = { run, scene, edgeIds: new Set(edges.map((e) => e.id)) };
  const inlineOf = (serial) => {
    const o = serial ? state.object(serial) : null;
    return o && isInlined(o, opts) ? o.value : null;
  };
  const boxOf = (serial, size) => layout.box(serial, size);
  // For the page bench: when the first memory view of the page is drawn.
  useEffect(() => mark('refscope:first-draw'), []);
  const { w, h } = layout.extent;
  const zoom = useFitZoom(canvas, w + OX + 10);
  useEffect(() => scrollToBoxes(canvas.current, focus, zoom), [state.n]);
  const label = `Memory: ${scene.frames.length} frame${scene.frames.length === 1 ? '' : 's'}, ` +
    `${scene.objects.length} object${scene.objects.length === 1 ? '' : 's'}`;
  return (
    <div class="stage-canvas" role="group" ref={canvas} aria-label={label}
         style={{ width: `${w + OX + 10}px`, height: `${h + OY + 20}px`, zoom: String(zoom) }}>
      {scene.frames.map((f, i) => {
        const b = pos.frames[i];
        return <PlacedFrame key={`f${f.serial}`} frame={f} x={b.x} y={b.y} w={b.w} h={b.h}
                            inlines={f.rows.map((r) => inlineOf(r.target))} />;
      })}
      {byPlace(scene.objects, tombs).map(([o, t]) => {
        // A freed node is keyed like the live node it was: its element stays
        // and fades out where it is.
        const b = t ? boxOf(o.serial, nodeSize(o)) : pos.nodes.get(o.serial);
        return <PlacedNode key={o.serial} node={o} x={b.x} y={b.y} w={b.w} h={b.h} freed={t}
                           wave={t ? undefined : changes.waves.get(o.serial)}
                           delOutput={run.finalizers.get(o.serial)} />;
      })}
      <svg class="edges-svg" viewBox={`${-OX} ${-OY} ${w + OX + 10} ${h + OY + 20}`}
           width={w + OX + 10} height={h + OY + 20} aria-hidden="true">
        <defs>
          <marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                  markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" class="arrowhead" />
          </marker>
          <marker id="head-weak" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                  markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" class="arrowhead weak" />
          </marker>
        </defs>
        <Arrows edges={edges} scene={scene} pos={pos} prevEdges={prevEdges} flashes={changes.flashes} />
      </svg>
      {scene.hidden > 0 && <p class="hidden-note" style={{ top: `${h + OY}px` }}>{`${scene.hidden} more objects not drawn`}</p>}
    </div>
  );
}
