/**
 * 凭证拼图, the layout: which photos go on which sheet, the grid, how each photo is scaled, and where its
 * caption goes. No DOM here: the drawing lives in `src/client/collage-draw.ts`, which follows these
 * numbers. Fitting a sheet under the size cap is `fit.ts`; reading what a file is, `image-header.ts`.
 */

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the collage goes: a platform work order or the evidence entry. How many images each takes is a
 * fact (work-order-image-limit, evidence-image-limit in content/facts.json), passed in by the page.
 */
export type CollageTarget = 'work-order' | 'evidence';
export type SheetLimits = Record<CollageTarget, number>;

/** The tool's own default size cap; PDD's real limit is not known (fact evidence-file-limits). */
export const DEFAULT_CAP_BYTES = 2 * 1024 * 1024;
export const MIN_CAP_BYTES = 200 * 1024;
export const MAX_CAP_BYTES = 20 * 1024 * 1024;

/** More photos than this in one go is refused with a message (a sheet of more is unreadable anyway). */
export const MAX_PHOTOS = 60;
/** Longest caption, in characters. */
export const MAX_CAPTION = 40;
/** The tallest sheet drawn; taller layouts are scaled down as a whole. */
export const MAX_SHEET_HEIGHT = 16000;

/** Photo indices per sheet (at most `maxSheets`), in the order picked: one each while they fit, else spread evenly. */
export function splitIntoSheets(count: number, maxSheets: number): number[][] {
  if (count <= 0) return [];
  const sheets = Math.max(1, Math.min(Math.floor(maxSheets), count));
  const out: number[][] = [];
  let next = 0;
  for (let s = 0; s < sheets; s++) {
    const size = Math.ceil((count - next) / (sheets - s));
    out.push(Array.from({ length: size }, (_, i) => next + i));
    next += size;
  }
  return out;
}

/** Columns for a sheet of n photos: one for a single photo, more as they grow so the sheet stays near square. */
export function columnsFor(n: number): number {
  if (n <= 1) return 1;
  if (n <= 4) return 2;
  if (n <= 9) return 3;
  if (n <= 16) return 4;
  return 5;
}

/** Sheet width in pixels: a phone screen shows it at full width, so captions are sized against it. */
export const sheetWidthFor = (cols: number) => (cols <= 3 ? 1080 : 1440);

export interface CaptionBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  lines: string[];
}

export interface Cell {
  /** The photo's index in the picked list. */
  index: number;
  /** The photo, scaled to fit its cell and centred. */
  image: { x: number; y: number; width: number; height: number };
  caption?: CaptionBox | undefined;
}

export interface SheetLayout {
  width: number;
  height: number;
  cells: Cell[];
}

/** Breaks a caption into at most `maxLines` lines of `maxWidth`, by character (Chinese has no spaces). */
export function wrapCaption(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    if (line !== '' && measure(line + ch) > maxWidth) {
      lines.push(line.trimEnd());
      line = ch === ' ' ? '' : ch;
      if (lines.length === maxLines) break;
    } else line += ch;
  }
  // What is left never starts or ends with a space: the text is trimmed, and a break at a space drops it.
  if (line !== '') {
    if (lines.length < maxLines) lines.push(line);
    else {
      let last = lines[maxLines - 1] as string;
      while (last.length > 0 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
      lines[maxLines - 1] = `${last}…`;
    }
  }
  return lines;
}

const PAD = 24;
const GAP = 16;

/**
 * The grid for one sheet. `measure(text, fontSize)` is the drawing font's width (canvas measureText in the
 * browser, a fixed width per character in tests). Row height follows the tallest photo in the row; very
 * tall screenshots are capped so that one does not push the rest off the screen.
 */
export function layoutSheet(
  photos: readonly (Size & { index: number; caption: string })[],
  measure: (text: string, fontSize: number) => number,
): SheetLayout {
  const cols = columnsFor(photos.length);
  const width = sheetWidthFor(cols);
  const cellW = Math.floor((width - 2 * PAD - (cols - 1) * GAP) / cols);
  const maxImageH = Math.round(cellW * (cols === 1 ? 2 : 1.6));
  const fontSize = Math.round(width / 30);
  const lineHeight = Math.round(fontSize * 1.3);
  const capPad = Math.round(fontSize * 0.4);
  const cells: Cell[] = [];
  let y = PAD;
  for (let r = 0; r * cols < photos.length; r++) {
    const row = photos.slice(r * cols, r * cols + cols);
    const fitted = row.map((p) => {
      const scale = Math.min(cellW / p.width, maxImageH / p.height);
      return { w: Math.max(1, Math.round(p.width * scale)), h: Math.max(1, Math.round(p.height * scale)) };
    });
    const wrapped = row.map((p) => wrapCaption(p.caption, cellW - 2 * capPad, (s) => measure(s, fontSize)));
    const imageRowH = Math.max(...fitted.map((f) => f.h));
    const captionRowH = Math.max(...wrapped.map((l) => l.length)) * lineHeight;
    const captionBandH = captionRowH > 0 ? captionRowH + 2 * capPad : 0;
    row.forEach((p, i) => {
      const x = PAD + i * (cellW + GAP);
      const f = fitted[i]!;
      const lines = wrapped[i]!;
      cells.push({
        index: p.index,
        image: { x: x + Math.round((cellW - f.w) / 2), y: y + Math.round((imageRowH - f.h) / 2), width: f.w, height: f.h },
        caption: lines.length
          ? { x, y: y + imageRowH, width: cellW, height: captionBandH, fontSize, lineHeight, lines }
          : undefined,
      });
    });
    y += imageRowH + captionBandH + GAP;
  }
  return { width, height: y - GAP + PAD, cells };
}

/** A whole layout scaled by `factor` (for a sheet taller than the canvas limit). */
export function scaleLayout(layout: SheetLayout, factor: number): SheetLayout {
  if (factor >= 1) return layout;
  const s = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    width: s(layout.width),
    height: s(layout.height),
    cells: layout.cells.map((c) => ({
      index: c.index,
      image: { x: s(c.image.x), y: s(c.image.y), width: s(c.image.width), height: s(c.image.height) },
      caption: c.caption && {
        ...c.caption,
        x: s(c.caption.x),
        y: s(c.caption.y),
        width: s(c.caption.width),
        height: s(c.caption.height),
        fontSize: s(c.caption.fontSize),
        lineHeight: s(c.caption.lineHeight),
      },
    })),
  };
}

/** The layout, shrunk if it is taller than a canvas can safely be (scaleLayout leaves it as is otherwise). */
export const fitSheetHeight = (layout: SheetLayout) => scaleLayout(layout, MAX_SHEET_HEIGHT / layout.height);

/** The size to decode a photo at: just big enough for its box (never larger than the photo). */
export function decodeSize(photo: Size, box: Size): Size {
  const scale = Math.min(1, box.width / photo.width, box.height / photo.height);
  return { width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)) };
}
