// limits.js — the export's limits, apart from the encoders so the Export
// dialog can show them without loading the export code (a lazy chunk).
export const MAX_FRAMES = 400;   // frames of one GIF
