// QR codes as SVG (uqr), drawn on the server. A deck's code is the same on every request for
// the same address: it is drawn once and kept (about 6 ms a drawing, more than the rest of a
// cached deck). The memory is bounded: the address carries the request's Host header, which a
// stranger chooses.
import { renderSVG } from 'uqr';

const MAX_KEPT = 64;
const kept = new Map<string, string>();

export function qrSvg(text: string, border: number): string {
  const key = `${border}\n${text}`;
  const found = kept.get(key);
  if (found !== undefined) return found;
  const svg = renderSVG(text, { border });
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, svg);
  return svg;
}

/** How many drawings are kept (for the test of the bound). */
export function qrKeptCount(): number {
  return kept.size;
}
