// states.js — a small cache of replayed states. replay.state(n) is cheap
// going forward from the last state asked for, but going back restores a
// checkpoint and re-applies up to a few thousand events; one step of the
// player asks for the same few states several times (the view, the editor
// markers, the narration), so they are kept. States are immutable.

export function stateCache(replay, size = 24) {
  const cache = new Map();
  return (n) => {
    let s = cache.get(n);
    if (s) {
      cache.delete(n);
      cache.set(n, s);
      return s;
    }
    s = replay.state(n);
    cache.set(n, s);
    if (cache.size > size) cache.delete(cache.keys().next().value);
    return s;
  };
}
