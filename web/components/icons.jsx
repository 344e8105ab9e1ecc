// icons.jsx — the player's icons as inline SVG (no icon font: every system
// draws them the same).
const P = {
  start: 'M5 4h2v16H5zM20 4v16L9 12z',
  back: 'M19 4v16L7 12z',
  eventBack: 'M15 6l-6 6 6 6',
  play: 'M6 4v16l14-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  fwd: 'M5 4v16l12-8z',
  eventFwd: 'M9 6l6 6-6 6',
  end: 'M17 4h2v16h-2zM4 4v16l11-8z',
};

export function Icon({ name }) {
  const stroke = name.startsWith('event');
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={P[name]} fill={stroke ? 'none' : 'currentColor'}
            stroke={stroke ? 'currentColor' : 'none'} stroke-width="2.5" />
    </svg>
  );
}
