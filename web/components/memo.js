// memo.js — skips re-rendering a component whose props are unchanged
// (compared one level deep, so a fresh {x, y, w, h} box with the same
// numbers counts as unchanged). preact/compat's memo without compat.
import { Component, h } from 'preact';

function same(a, b) {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  let n = 0;
  for (const k in a) {
    n++;
    if (a[k] !== b[k]) return false;
  }
  for (const k in b) n--;
  return n === 0;
}

export function memo(render) {
  class Memo extends Component {
    shouldComponentUpdate(next) {
      const prev = this.props;
      let n = 0;
      for (const k in next) {
        n++;
        if (k !== 'children' && !same(prev[k], next[k])) return true;
      }
      for (const k in prev) n--;
      return n !== 0;
    }
    render(props) { return h(render, props); }
  }
  Memo.displayName = `Memo(${render.name})`;
  return Memo;
}
