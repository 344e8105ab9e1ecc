// swipe.js — touch stepping: a horizontal swipe on the memory view steps
// forward (swipe left) or back (swipe right). Pointer events, so a mouse
// drag does nothing unexpected (only touch and pen count).
import { useRef } from 'preact/hooks';

const MIN_DX = 50;

export function useSwipe(onStep) {
  const start = useRef(null);
  return {
    onPointerDown(e) {
      if (e.pointerType === 'mouse') return;
      start.current = { x: e.clientX, y: e.clientY };
    },
    onPointerUp(e) {
      const s = start.current;
      start.current = null;
      if (!s) return;
      const dx = e.clientX - s.x, dy = e.clientY - s.y;
      if (Math.abs(dx) >= MIN_DX && Math.abs(dx) > 2 * Math.abs(dy)) onStep(dx < 0 ? 1 : -1);
    },
    onPointerCancel() { start.current = null; },
  };
}
