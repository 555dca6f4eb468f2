/**
 * 凭证拼图, the arithmetic: which photos go on which sheet, the grid, how each photo is scaled, where its
 * caption goes, and the search for a JPEG quality and scale that fits under the size cap. No DOM here:
 * the drawing lives in `src/client/collage-draw.ts`, which follows these numbers.
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

/* ---------- Fitting under the size cap ---------- */

export interface Encoded<T> {
  bytes: number;
  value: T;
}

export interface FitResult<T> extends Encoded<T> {
  quality: number;
  scale: number;
  attempts: number;
}

const MAX_QUALITY = 0.92;
const MIN_QUALITY = 0.5;
/** Sizes tried: full, then a fifth smaller each time, down to about a quarter (0.8⁶ ≈ 0.26). */
const SCALE_STEPS = 7;

/**
 * The best JPEG under `cap`: the highest quality (binary search between 0.5 and 0.92) at full size; when
 * even 0.5 is too big, shrink the sheet by a fifth and search again. Undefined if nothing fits.
 */
export async function fitUnderCap<T>(
  encode: (quality: number, scale: number) => Promise<Encoded<T>>,
  cap: number,
): Promise<FitResult<T> | undefined> {
  let attempts = 0;
  const tryOne = async (q: number, s: number) => {
    attempts++;
    return encode(q, s);
  };
  for (let step = 0; step < SCALE_STEPS; step++) {
    const scale = Math.round(0.8 ** step * 1000) / 1000;
    const best = await tryOne(MAX_QUALITY, scale);
    if (best.bytes <= cap) return { ...best, quality: MAX_QUALITY, scale, attempts };
    const worst = await tryOne(MIN_QUALITY, scale);
    if (worst.bytes > cap) continue;
    let lo = MIN_QUALITY;
    let loResult = worst;
    let hi = MAX_QUALITY;
    for (let i = 0; i < 4; i++) {
      const mid = Math.round(((lo + hi) / 2) * 100) / 100;
      const r = await tryOne(mid, scale);
      if (r.bytes <= cap) {
        lo = mid;
        loResult = r;
      } else hi = mid;
    }
    return { ...loResult, quality: lo, scale, attempts };
  }
  return undefined;
}

/* ---------- What a file is ---------- */

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'avif' | 'heic' | 'other-image' | 'not-image';

const ascii = (b: Uint8Array, from: number, len: number) => String.fromCharCode(...b.subarray(from, from + len));

/** Numbers out of file bytes; anything past the end reads as 0, so a cut-off header never throws. */
function reader(b: Uint8Array) {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const inside = (i: number, n: number) => i + n <= b.length;
  return {
    u16: (i: number, little = false) => (inside(i, 2) ? view.getUint16(i, little) : 0),
    u24le: (i: number) => (inside(i, 3) ? view.getUint16(i, true) + (b[i + 2] ?? 0) * 0x10000 : 0),
    u32: (i: number, little = false) => (inside(i, 4) ? view.getUint32(i, little) : 0),
    i32le: (i: number) => (inside(i, 4) ? view.getInt32(i, true) : 0),
  };
}

const AVIF_BRANDS = ['avif', 'avis'];
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** The kind the first bytes say, if they say one. */
function magicKind(head: Uint8Array): ImageKind | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 2) === 'BM') return 'bmp';
  if (ascii(head, 4, 4) === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (AVIF_BRANDS.includes(brand)) return 'avif';
    if (HEIC_BRANDS.includes(brand)) return 'heic';
  }
  return undefined;
}

/** What a file is, from its first bytes (the name and type are only a fallback: phones mislabel HEIC). */
export function sniffImage(head: Uint8Array, type: string, name: string): ImageKind {
  const magic = magicKind(head);
  if (magic) return magic;
  if (/\.(heic|heif)$/i.test(name) || /image\/hei[cf]/i.test(type)) return 'heic';
  if (type.startsWith('image/')) return 'other-image';
  return 'not-image';
}

/** Start of scan: the picture data follows, so no header segment comes after it. */
const SOS = 0xda;
/** Exif or XMP: where the location and camera live. */
const APP1 = 0xe1;

/**
 * The offset of the first JPEG marker segment (after SOI, FF D8) that `wanted` accepts, looking no further
 * than the start of scan or a byte where a marker should be and is not. When there is none: the end of the
 * bytes, where every read gives 0.
 */
function findSegment(b: Uint8Array, wanted: (marker: number, at: number) => boolean): number {
  const r = reader(b);
  let i = 2;
  while (b[i] === 0xff) {
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // a fill byte before the marker
      continue;
    }
    if (marker === SOS) break;
    if (wanted(marker, i)) return i;
    i += 2 + r.u16(i + 2);
  }
  return b.length;
}

/** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): the segments that carry the frame size. */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Pixel size from the file header (PNG, JPEG, GIF, WebP, BMP), so a huge photo is decoded already shrunk. */
export function imageSize(b: Uint8Array): Size | undefined {
  const r = reader(b);
  const ok = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
  switch (magicKind(b)) {
    case 'png':
      return ok(r.u32(16), r.u32(20));
    case 'gif':
      return ok(r.u16(6, true), r.u16(8, true));
    case 'bmp':
      return ok(Math.abs(r.i32le(18)), Math.abs(r.i32le(22)));
    case 'webp': {
      const chunk = ascii(b, 12, 4);
      if (chunk === 'VP8 ') return ok(r.u16(26, true) & 0x3fff, r.u16(28, true) & 0x3fff);
      if (chunk === 'VP8L') {
        const bits = r.u32(21, true);
        return ok((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
      }
      if (chunk === 'VP8X') return ok(1 + r.u24le(24), 1 + r.u24le(27));
      return undefined;
    }
    case 'jpeg': {
      const at = findSegment(b, isFrame);
      return ok(r.u16(at + 7), r.u16(at + 5));
    }
  }
  return undefined;
}

/** True when JPEG bytes carry an APP1 segment before the picture data. */
export const hasApp1 = (b: Uint8Array): boolean => findSegment(b, (marker) => marker === APP1) < b.length;

/** The orientation in the first IFD of the TIFF block at `tiff`: 2 to 8 turn or flip the picture; 1 or anything else is upright. */
function exifOrientation(b: Uint8Array, tiff: number): number {
  const r = reader(b);
  const little = b[tiff] === 0x49; // "II" = Intel byte order, else "MM"
  const ifd = tiff + r.u32(tiff + 4, little);
  const count = r.u16(ifd, little);
  for (let e = 0; e < count; e++) {
    const at = ifd + 2 + e * 12;
    if (r.u16(at, little) === 0x0112) {
      const v = r.u16(at + 8, little);
      return v >= 2 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

/**
 * The Exif orientation of a JPEG (1 = upright; 5 to 8 mean the camera held it sideways, so the decoded
 * picture is the header size turned a quarter). 1 when there is none.
 */
export function jpegOrientation(b: Uint8Array): number {
  // Without an Exif segment this reads past the end: no IFD, so upright.
  return exifOrientation(b, findSegment(b, (marker, i) => marker === APP1 && ascii(b, i + 4, 6) === 'Exif\0\0') + 10);
}

/** The size of the picture as seen (header size, turned for orientations 5 to 8). */
export const orientedSize = (size: Size, orientation: number): Size =>
  orientation >= 5 ? { width: size.height, height: size.width } : size;
