// memo.js — skips re-rendering a component whose props are unchanged
// (compared one level deep, so a fresh {x, y, w, h} box with the same
// numbers counts as unchanged). preact/compat's memo without compat.
import { Component, h } from 'preact';

function same(a, b) {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

export function memo(render) {
  class Memo extends Component {
    shouldComponentUpdate(next) {
      const keys = new Set([...Object.keys(this.props), ...Object.keys(next)]);
      for (const k of keys) if (k !== 'children' && !same(this.props[k], next[k])) return true;
      return false;
    }
    render(props) { return h(render, props); }
  }
  Memo.displayName = `Memo(${render.name})`;
  return Memo;
}
