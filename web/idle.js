// idle.js — runs a function when the page is idle, or after [ms] at the
// latest; returns a function that cancels it (for effects' cleanups).

export function whenIdle(fn, ms) {
  if (globalThis.requestIdleCallback) {
    const id = requestIdleCallback(fn, { timeout: ms });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
}
