// FrameView.jsx — a frame box: the module or a function's name and its
// variables, each pointing at an object (or showing it inline).
import { FRAME_W, FRAME_HEAD, ROW_H } from '../view/layout.js';
import { memo } from './memo.js';

function clip(text, max) {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

// [inlines]: per row, the value drawn inline (or null: an arrow leaves it).
function FrameViewInner({ frame, box, inlines }) {
  const title = frame.kind === 'module' ? 'module (globals)'
    : frame.kind === 'class_body' ? `class ${frame.name}: body` : `${frame.name}()`;
  const cls = `frame-box${frame.current ? ' current' : ''}${frame.suspended ? ' suspended' : ''}`;
  return (
    <g class={cls} transform={box.x || box.y ? `translate(${box.x},${box.y})` : undefined}
       data-frame={frame.serial}>
      <rect width={FRAME_W} height={box.h} rx={6} />
      <text class="title" x={10} y={18}>{clip(title, 20)}</text>
      {frame.rows.length === 0 && <text class="empty" x={10} y={FRAME_HEAD + 16}>no names yet</text>}
      {frame.rows.map((r, k) => {
        const inline = inlines[k];
        const y = FRAME_HEAD + k * ROW_H;   // coordinates, not a transform
        return (
          <g key={r.name} class={`name-row${r.special ? ' special' : ''}`} data-name={r.name}>
            <text class="name" x={10} y={y + 16}>{clip(r.name, 12)}</text>
            {inline != null
              ? <text class="inline" x={FRAME_W - 10} y={y + 16} text-anchor="end">{clip(inline, 8)}</text>
              : <circle class="dot" cx={FRAME_W - 16} cy={y + ROW_H / 2} r={3} />}
          </g>
        );
      })}
    </g>
  );
}

export const FrameView = memo(FrameViewInner);
