// raster.js — SVG text to pixels: an <img> of the SVG (a blob: URL) drawn on
// a canvas at [scale] (PNG export, GIF frames). No foreignObject is used, so
// the canvas stays readable (not tainted).
export async function svgToCanvas(svg, width, height, scale = 1, canvas = null) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    canvas = canvas || document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToBlob(canvas, type = 'image/png') {
  return new Promise((resolve, reject) => canvas.toBlob(
    (b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), type));
}
