/**
 * 凭证拼图, what a file is before it is decoded: its kind from the first bytes (phones mislabel HEIC), its
 * pixel size from the header, the Exif orientation of a JPEG, and whether it is small enough to decode
 * on a phone at all. Kept hand-written: `exifr` or `file-type` would cost more than these lines
 * (code review 2026-12 §3.7), and every reader here is property-tested against arbitrary bytes.
 */
import type { Size } from './layout';

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

/**
 * The most pixels a photo may have to be drawn: 100 million. Decoding takes 4 bytes a pixel, so 400 MB at
 * this cap; the reliability test saw a 400 M-pixel PNG take 1.9 GB and survive only on a desktop, and a
 * phone tab is killed far below that. 100 M still lets in the largest photos most phones take in their
 * full-resolution modes (50 MP: 8160 × 6144 = 50.1 M, 64 MP: 9248 × 6936), which a 50 M cap would refuse;
 * 108 MP and 200 MP modes are refused with a message (the phone's own editor shrinks them in a tap).
 */
export const MAX_PIXELS = 100_000_000;

/** A message when a photo of this size is too big to decode on a phone; undefined when it can be drawn. */
export function pixelProblem(size: Size): string | undefined {
  if (size.width * size.height <= MAX_PIXELS) return undefined;
  return `图片太大（${size.width} × ${size.height} 像素，超过 ${MAX_PIXELS / 1_000_000} 百万像素），手机浏览器处理不了：请先在相册里把它缩小，或截屏后选截图。`;
}
