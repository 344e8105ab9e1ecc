// check.mjs — what the browser tests compare: functions evaluated inside the
// page that hold the memory view (the DOM) against the replayed trace
// (window.__refscope: the page's State, web/trace/STATE.md). They return a
// list of problems; an empty list means the drawing matches the trace.

// Waits until the run with a serial above [after] is loaded and idle.
export async function waitForRun(page, after = 0) {
  await page.waitForFunction((a) => {
    const el = document.querySelector('.app');
    return el && Number(el.dataset.run) > a && el.dataset.running === '0';
  }, after, { timeout: 30000 });
  return page.evaluate(() => Number(document.querySelector('.app').dataset.run));
}

// Runs in the page: every drawn node is alive with the right refcount and GC
// mark; every frame name and container slot that points at something shows
// an arrow to it, or its value inline.
export function checkDrawn() {
  const R = globalThis.__refscope;
  const s = R.state.state.value;
  const problems = [];
  const svg = document.querySelector('.stage-canvas');
  if (!s || !svg) return { problems: ['no state or no memory view'], nodes: 0 };
  const live = new Map([...svg.querySelectorAll('.node:not(.freed)')]
    .map((el) => [Number(el.dataset.serial), el]));
  const edges = new Set([...svg.querySelectorAll('.edges-svg path.edge')]
    .map((p) => `${p.dataset.src}>${p.dataset.dst}`));
  const capped = !!svg.querySelector('.hidden-note');
  for (const [serial, el] of live) {
    const o = s.object(serial);
    if (!o) { problems.push(`node ${serial} is drawn but not alive`); continue; }
    const rc = el.querySelector('.refcnt text');
    if (o.refcnt != null && (!rc || rc.textContent !== String(o.refcnt)))
      problems.push(`node ${serial}: refcount ${rc?.textContent} drawn, ${o.refcnt} in the trace`);
    const info = s.gcInfo(serial);
    if (info && info.mark && !el.classList.contains(`mark-${info.mark}`))
      problems.push(`node ${serial}: GC mark ${info.mark} not drawn`);
    const refs = el.querySelector('.gcrefs text');
    if (info && (!refs || refs.textContent !== `gc_refs ${info.refs}`))
      problems.push(`node ${serial}: gc_refs ${refs?.textContent} drawn, ${info.refs} in the trace`);
    if (!info && refs) problems.push(`node ${serial}: gc_refs drawn outside a collection`);
  }
  const pointsAt = (src, target, inlineText, what) => {
    if (!target) return;
    if (live.has(target)) {
      if (!edges.has(`${src}>${target}`)) problems.push(`${what}: no arrow to ${target}`);
    } else {
      const o = s.object(target);
      if (o && inlineText !== o.value && !capped)
        problems.push(`${what}: ${target} neither drawn nor inline (${inlineText})`);
    }
  };
  for (const fel of svg.querySelectorAll('.frame-box')) {
    const serial = Number(fel.dataset.frame);
    const names = new Map(s.names(serial));
    const f = s.frame(serial);
    if (!f) { problems.push(`frame ${serial} drawn but not live`); continue; }
    for (const row of fel.querySelectorAll('.name-row')) {
      const name = row.dataset.name;
      const target = name === 'return' && !names.has('return') ? f.returnValue : names.get(name);
      if (target === undefined) { problems.push(`frame ${serial}: ${name} is not one of its names`); continue; }
      pointsAt(`f${serial}`, target, row.querySelector('.inline')?.textContent, `${f.name}.${name}`);
    }
  }
  for (const [serial, el] of live) {
    const o = s.object(serial);
    if (!o || !o.items) continue;
    const slots = el.querySelectorAll('.slot');
    // A long container shows its first [data-shown] slots ("… N more").
    const shown = el.dataset.shown ? Number(el.dataset.shown) : Infinity;
    if (shown < o.items.length && !el.querySelector('.more'))
      problems.push(`${o.typeName} ${serial}: slots hidden without a "more" slot`);
    o.items.forEach((item, i) => i < shown &&
      pointsAt(serial, item, slots[i]?.querySelector('.inline')?.textContent, `${o.typeName} ${serial}[${i}]`));
  }
  return { problems, nodes: live.size, edges: edges.size };
}

// Runs in the page: the objects freed by the events between [fromN] and the
// cursor that were drawn at [fromN] ([drawnBefore]) are drawn as freed.
export function checkFreed([fromN, drawnBefore]) {
  const R = globalThis.__refscope;
  const run = R.state.run.value;
  const t = run.trace;
  const n = R.state.cursor.value;
  const problems = [];
  const before = new Set(drawnBefore);
  let freed = 0;
  for (let i = fromN; i < n; i++) {
    if (t.eventName(i) !== 'FREE' || !before.has(t.a(i))) continue;
    freed++;
    if (!document.querySelector(`.stage-canvas .node.freed[data-serial="${t.a(i)}"]`))
      problems.push(`object ${t.a(i)} was freed but is not drawn as freed`);
  }
  return { problems, freed };
}

export function drawnSerials() {
  return [...document.querySelectorAll('.stage-canvas .node:not(.freed)')]
    .map((el) => Number(el.dataset.serial));
}
