/**
 * Survivors of the mutation run in collage.ts (now layout.ts, fit.ts and image-header.ts): the grid worked out by hand for a small sheet, captions at
 * their breaking points, the size search at its exact edges, and file headers of every kind, including
 * cut-off, mislabelled and oddly ordered ones (built byte by byte below).
 */
import { describe, expect, it } from 'vitest';
import {
  columnsFor, decodeSize, DEFAULT_CAP_BYTES, MAX_CAP_BYTES, MIN_CAP_BYTES, fitSheetHeight, layoutSheet, MAX_SHEET_HEIGHT, scaleLayout,
  sheetWidthFor, wrapCaption, type SheetLayout,
} from '~/lib/tools/collage/layout';
import { fitUnderCap } from '~/lib/tools/collage/fit';
import { imageSize, jpegOrientation, orientedSize, sniffImage } from '~/lib/tools/collage/image-header';

const len = (s: string) => [...s].length;
const measure = (s: string, fontSize: number) => len(s) * fontSize;

describe('grid sizes', () => {
  it.each([
    [0, 1], [1, 1], [2, 2], [4, 2], [5, 3], [9, 3], [10, 4], [16, 4], [17, 5], [60, 5],
  ])('%d photos → %d columns', (n, cols) => {
    expect(columnsFor(n)).toBe(cols);
  });

  it('up to three columns fit a 1080 px sheet, more get 1440', () => {
    expect([1, 3, 4, 5].map(sheetWidthFor)).toEqual([1080, 1080, 1440, 1440]);
  });
});

describe('the size cap the form offers', () => {
  it('2 MB by default, from 200 KB to 20 MB', () => {
    expect([DEFAULT_CAP_BYTES / 2 ** 20, MIN_CAP_BYTES / 2 ** 10, MAX_CAP_BYTES / 2 ** 20]).toEqual([2, 200, 20]);
  });
});

describe('captions at their breaking points', () => {
  it('squeezes and trims spaces', () => {
    expect(wrapCaption('  一  二 ', 10, len)).toEqual(['一 二']);
  });
  it('a character wider than the line still goes on a line of its own', () => {
    expect(wrapCaption('一二', 0.5, len)).toEqual(['一', '二']);
  });
  it('a space at the end of a line, or where the line breaks, is dropped', () => {
    expect(wrapCaption('一二 三四', 3, len)).toEqual(['一二', '三四']);
    expect(wrapCaption('一二三 四', 3, len)).toEqual(['一二三', '四']);
  });
  it('never more than the line limit, however long the text', () => {
    expect(wrapCaption('一二三四五六七八九十'.repeat(3), 5, len)).toEqual(['一二三四五', '六七八九十', '一二三四…']);
  });
  it('nothing for an empty caption; only the ellipsis when not even one character fits beside it', () => {
    expect(wrapCaption('', 5, len)).toEqual([]);
    expect(wrapCaption('   ', 5, len)).toEqual([]);
    expect(wrapCaption('一二三四五六七', 0.5, len, 2)).toEqual(['一', '…']);
  });
});

/*
 * Three photos → 2 columns on a 1080 px sheet. Cell width (1080 − 2×24 − 16) / 2 = 508, tallest image
 * 508 × 1.6 ≈ 813, font 1080 / 30 = 36, line height 36 × 1.3 ≈ 47, caption padding 36 × 0.4 ≈ 14.
 * The 14-character caption does not fit 508 − 2×14 = 480 px (14 × 36 = 504), so it takes two lines.
 */
const photos = [
  { index: 0, width: 1000, height: 500, caption: '一二三四五六七八九十一二三四' },
  { index: 1, width: 400, height: 1000, caption: '  ' },
  { index: 2, width: 800, height: 800, caption: '' },
];
const expected: SheetLayout = {
  width: 1080,
  // Row 1: 813 image + 2 × 47 + 2 × 14 caption band = 935; row 2: 508; paddings 24 and the gap 16 between.
  height: 1507,
  cells: [
    {
      index: 0,
      image: { x: 24, y: 304, width: 508, height: 254 },
      caption: { x: 24, y: 837, width: 508, height: 122, fontSize: 36, lineHeight: 47, lines: ['一二三四五六七八九十一二三', '四'] },
    },
    { index: 1, image: { x: 640, y: 24, width: 325, height: 813 }, caption: undefined },
    { index: 2, image: { x: 24, y: 975, width: 508, height: 508 }, caption: undefined },
  ],
};

describe('the grid, worked out by hand', () => {
  it('places each photo centred in its cell, the caption band under the row, rows one after another', () => {
    expect(layoutSheet(photos, measure)).toEqual(expected);
  });

  it('a single photo may be twice as tall as the sheet is wide', () => {
    expect(layoutSheet([{ index: 7, width: 100, height: 10000, caption: '' }], measure)).toEqual({
      width: 1080,
      height: 2112,
      cells: [{ index: 7, image: { x: 530, y: 24, width: 21, height: 2064 }, caption: undefined }],
    });
  });

  it('scales every number, captions included, and never below 1 px', () => {
    expect(scaleLayout(expected, 0.5)).toEqual({
      width: 540,
      height: 754,
      cells: [
        {
          index: 0,
          image: { x: 12, y: 152, width: 254, height: 127 },
          caption: { x: 12, y: 419, width: 254, height: 61, fontSize: 18, lineHeight: 24, lines: ['一二三四五六七八九十一二三', '四'] },
        },
        { index: 1, image: { x: 320, y: 12, width: 163, height: 407 }, caption: undefined },
        { index: 2, image: { x: 12, y: 488, width: 254, height: 254 }, caption: undefined },
      ],
    });
    const tiny = scaleLayout(expected, 0.0001);
    expect([tiny.width, tiny.height, ...tiny.cells.flatMap((c) => Object.values(c.image))]).toEqual(Array(14).fill(1));
  });

  it('leaves a layout alone at factor 1 or more, and at exactly the height limit', () => {
    expect(scaleLayout(expected, 1)).toBe(expected);
    expect(scaleLayout(expected, 1.5)).toBe(expected);
    const atLimit = { width: 1000, height: MAX_SHEET_HEIGHT, cells: [] };
    expect(fitSheetHeight(atLimit)).toBe(atLimit);
    expect(fitSheetHeight({ width: 1000, height: 2 * MAX_SHEET_HEIGHT, cells: [] })).toEqual({ width: 500, height: MAX_SHEET_HEIGHT, cells: [] });
  });

  it('decodes a tall photo just tall enough for its box', () => {
    expect(decodeSize({ width: 1000, height: 4000 }, { width: 1032, height: 2064 })).toEqual({ width: 516, height: 2064 });
  });
});

describe('the size search at its edges', () => {
  /** Bytes grow with quality and area; every call is recorded. */
  const encoder = (bytes: (q: number, s: number) => number) => {
    const calls: [number, number][] = [];
    const encode = async (q: number, s: number) => {
      calls.push([q, s]);
      return { bytes: bytes(q, s), value: `${q}@${s}` };
    };
    return { calls, encode };
  };
  const area = (q: number, s: number) => Math.round(q * 1000 * s * s);

  it('full quality exactly at the cap is kept', async () => {
    expect(await fitUnderCap(encoder(area).encode, 920)).toEqual({ bytes: 920, value: '0.92@1', quality: 0.92, scale: 1, attempts: 1 });
  });

  it('the lowest quality exactly at the cap is kept at full size', async () => {
    expect(await fitUnderCap(encoder(area).encode, 500)).toEqual({ bytes: 500, value: '0.5@1', quality: 0.5, scale: 1, attempts: 6 });
  });

  it('four halving steps between 0.5 and 0.92; a step exactly at the cap counts as fitting', async () => {
    const e = encoder(area);
    expect(await fitUnderCap(e.encode, 710)).toEqual({ bytes: 710, value: '0.71@1', quality: 0.71, scale: 1, attempts: 6 });
    expect(e.calls.map(([q]) => q)).toEqual([0.92, 0.5, 0.71, 0.82, 0.76, 0.74]);
  });

  it('tries seven sizes, each a fifth smaller, twice each, then gives up', async () => {
    const e = encoder(() => 1e9);
    expect(await fitUnderCap(e.encode, 10)).toBeUndefined();
    expect(e.calls).toEqual([1, 0.8, 0.64, 0.512, 0.41, 0.328, 0.262].flatMap((s) => [[0.92, s], [0.5, s]]));
  });

  it('the smallest size is still tried', async () => {
    const r = await fitUnderCap(encoder((_, s) => (s > 0.3 ? 1e9 : 1)).encode, 10);
    expect(r).toEqual({ bytes: 1, value: '0.92@0.262', quality: 0.92, scale: 0.262, attempts: 13 });
  });
});

/* ---------- File headers, byte by byte ---------- */

const bytes = (...parts: (number | string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'number' ? [p] : typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u24le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const u32le = (n: number) => u32be(n).reverse();
const i32le = (n: number) => u32le(n >>> 0);

const png = (w: number, h: number) => bytes('\x89PNG\r\n\x1a\n', u32be(13), 'IHDR', u32be(w), u32be(h));
/** A JPEG marker segment: FF, marker, big-endian length (payload + 2), payload. */
const segment = (marker: number, payload: number[] = []) => [0xff, marker, ...u16be(payload.length + 2), ...payload];
/** A frame header: precision, height, width, then one component. */
const sof = (marker: number, w: number, h: number) => segment(marker, [8, ...u16be(h), ...u16be(w), 1, 1, 0x11, 0]);
const jpeg = (...segments: number[][]) => bytes(0xff, 0xd8, ...segments);
const SOS = segment(0xda, [0]);

describe('what a file is', () => {
  const kind = (head: Uint8Array, type = '', name = '') => sniffImage(head, type, name);

  it('JPEG needs all three first bytes', () => {
    expect(kind(bytes(0xff, 0xd8, 0xff))).toBe('jpeg');
    expect([bytes(0, 0xd8, 0xff), bytes(0xff, 0, 0xff), bytes(0xff, 0xd8, 0)].map((b) => kind(b))).toEqual(['not-image', 'not-image', 'not-image']);
  });

  it('WebP needs both RIFF and WEBP; GIF and BMP by their signatures', () => {
    expect(kind(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
    expect(kind(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBe('not-image');
    expect(kind(bytes('RIFX', 0, 0, 0, 0, 'WEBP'))).toBe('not-image');
    expect(kind(bytes('GIF89a'))).toBe('gif');
    expect(kind(bytes('BM'))).toBe('bmp');
  });

  it('every AVIF and HEIC brand after ftyp, and nothing without ftyp', () => {
    for (const brand of ['avif', 'avis']) expect(kind(bytes(0, 0, 0, 24, 'ftyp', brand)), brand).toBe('avif');
    for (const brand of ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']) expect(kind(bytes(0, 0, 0, 24, 'ftyp', brand)), brand).toBe('heic');
    expect(kind(bytes(0, 0, 0, 24, 'ftyp', 'isom'), 'video/mp4', 'a.mp4')).toBe('not-image');
    expect(kind(bytes(0, 0, 0, 24, 'ftyq', 'heic'))).toBe('not-image');
  });

  it('falls back to the name ending and the type; any other image type is some other image', () => {
    const none = bytes(1, 2, 3);
    expect(kind(none, '', 'IMG.HEIF')).toBe('heic');
    expect(kind(none, '', 'a.heic.jpg')).toBe('not-image');
    expect(kind(none, 'image/heif')).toBe('heic');
    expect(kind(none, 'image/heic')).toBe('heic');
    expect(kind(none, 'image/tiff')).toBe('other-image');
    expect(kind(none, 'text/image/')).toBe('not-image');
  });
});

describe('pixel size from the header', () => {
  it('PNG: both sides must be above zero, and a cut-off header has no size', () => {
    expect(imageSize(png(12000, 8000))).toEqual({ width: 12000, height: 8000 });
    expect(imageSize(png(0, 8000))).toBeUndefined();
    expect(imageSize(png(12000, 0))).toBeUndefined();
    expect(imageSize(png(12000, 8000).subarray(0, 23))).toBeUndefined();
  });

  it('GIF and BMP (little-endian; a top-down BMP has a negative height)', () => {
    expect(imageSize(bytes('GIF89a', u16le(640), u16le(480)))).toEqual({ width: 640, height: 480 });
    expect(imageSize(bytes('BM', Array(16).fill(0), i32le(800), i32le(-600)))).toEqual({ width: 800, height: 600 });
  });

  it('WebP: lossy, lossless and extended, and an unknown chunk', () => {
    const riff = (chunk: string, body: number[]) => bytes('RIFF', 0, 0, 0, 0, 'WEBP', chunk, body);
    // VP8: 14-bit sizes at 26 and 28, the top two bits are a scale to ignore.
    expect(imageSize(riff('VP8 ', [...Array(10).fill(0), ...u16le(0x4000 | 300), ...u16le(0xc000 | 200)]))).toEqual({ width: 300, height: 200 });
    // VP8L: width − 1 and height − 1 packed in 14 bits each from byte 21.
    expect(imageSize(riff('VP8L', [0, 0, 0, 0, 0x2f, ...u32le((4000 - 1) | ((3000 - 1) << 14))]))).toEqual({ width: 4000, height: 3000 });
    // VP8X: width − 1 and height − 1 in three bytes each from 24.
    expect(imageSize(riff('VP8X', [...Array(8).fill(0), ...u24le(70000 - 1), ...u24le(3 - 1)]))).toEqual({ width: 70000, height: 3 });
    expect(imageSize(riff('ABCD', Array(20).fill(1)))).toBeUndefined();
  });

  it('JPEG: skips fill bytes, long segments and the tables that look like frames', () => {
    expect(imageSize(jpeg([0xff], sof(0xc0, 4000, 3000)))).toEqual({ width: 4000, height: 3000 });
    expect(imageSize(jpeg(segment(0xe0, Array(300).fill(0)), sof(0xc2, 640, 480)))).toEqual({ width: 640, height: 480 });
    const tables = [0xbf, 0xc4, 0xc8, 0xcc].map((m) => segment(m, Array(9).fill(0)));
    expect(imageSize(jpeg(...tables, sof(0xcf, 33, 22)))).toEqual({ width: 33, height: 22 });
  });

  it('JPEG: no size in a zero frame, after the picture data, in a cut-off header or in bytes that are not JPEG', () => {
    expect(imageSize(jpeg(sof(0xc0, 0, 3000)))).toBeUndefined();
    expect(imageSize(jpeg(SOS, sof(0xc0, 4000, 3000)))).toBeUndefined();
    const full = jpeg(sof(0xc0, 4000, 3000));
    expect(imageSize(full.subarray(0, 11))).toEqual({ width: 4000, height: 3000 });
    expect(imageSize(full.subarray(0, 10))).toBeUndefined();
    expect(imageSize(bytes(0, 0, sof(0xc0, 20, 10)))).toBeUndefined();
  });
});

describe('Exif segments', () => {
  /** 'Exif\0\0' then a TIFF block with one IFD of SHORT entries; `count` may say fewer entries than there are. */
  const exif = (little: boolean, entries: [number, number][], count = entries.length) => {
    const u16 = little ? u16le : u16be;
    const u32 = little ? u32le : u32be;
    return [
      ...bytes('Exif', 0, 0, little ? 'II' : 'MM'),
      ...u16(42),
      ...u32(8),
      ...u16(count),
      ...entries.flatMap(([tag, v]) => [...u16(tag), ...u16(3), ...u32(1), ...u16(v), 0, 0]),
      ...u32(0),
    ];
  };
  const app1 = (payload: number[]) => segment(0xe1, payload);

  it('finds the Exif APP1 after other segments, past fill bytes and long lengths, but not after the picture data', () => {
    const sideways = app1(exif(false, [[0x0112, 6]]));
    expect(jpegOrientation(jpeg(segment(0xe0, [0, 0]), sideways))).toBe(6);
    expect(jpegOrientation(jpeg(segment(0xe0, Array(300).fill(0)), sideways))).toBe(6);
    expect(jpegOrientation(jpeg([0xff], sideways))).toBe(6);
    expect(jpegOrientation(jpeg(SOS, sideways))).toBe(1);
    expect(jpegOrientation(jpeg(segment(0xe0, [0, 0])))).toBe(1);
    expect(jpegOrientation(bytes(0xff, 0xd8, 0, 0xff, 0xe1, 0, 16, ...exif(false, [[0x0112, 6]])))).toBe(1);
    // An APP1 that is XMP, not Exif, is passed over.
    expect(jpegOrientation(jpeg(app1([...bytes('http:/'), 0, 0, 0, 0]), sideways))).toBe(6);
  });

  it('reads the orientation in either byte order, from any entry of the IFD', () => {
    expect(jpegOrientation(jpeg(app1(exif(true, [[0x010f, 5], [0x0112, 8]]))))).toBe(8);
    expect(jpegOrientation(jpeg(app1(exif(false, [[0x0110, 1], [0x0112, 6]]))))).toBe(6);
  });

  it('only 2 to 8 turn or flip the picture', () => {
    const at = (v: number) => jpegOrientation(jpeg(app1(exif(false, [[0x0112, v]]))));
    expect([0, 1, 2, 3, 8, 9].map(at)).toEqual([1, 1, 2, 3, 8, 1]);
  });

  it('looks only at the entries the IFD counts', () => {
    expect(jpegOrientation(jpeg(app1(exif(false, [[0x010f, 5], [0x0112, 6]], 1))))).toBe(1);
  });

  it('skips XMP in APP1 and Exif-looking bytes in other segments; stops at the picture data', () => {
    const xmp = app1([...bytes('http://ns.adobe.com/xap/1.0/', 0), ...Array(20).fill(0x4d)]);
    expect(jpegOrientation(jpeg(xmp, app1(exif(false, [[0x0112, 6]]))))).toBe(6);
    expect(jpegOrientation(jpeg(segment(0xe2, exif(false, [[0x0112, 3]])), app1(exif(false, [[0x0112, 6]]))))).toBe(6);
    expect(jpegOrientation(jpeg(SOS, app1(exif(false, [[0x0112, 6]]))))).toBe(1);
  });

  it('orientations 5 to 8 swap width and height, 1 to 4 keep them', () => {
    const size = { width: 4000, height: 3000 };
    expect([1, 4, 5, 8].map((o) => orientedSize(size, o))).toEqual([size, size, { width: 3000, height: 4000 }, { width: 3000, height: 4000 }]);
  });

  it('no Exif at all is upright', () => {
    expect(jpegOrientation(jpeg(segment(0xe0, [0, 0]), SOS))).toBe(1);
    expect(jpegOrientation(bytes(0xff, 0xd8))).toBe(1);
  });

  it('a cut-off Exif block reads as upright and never throws', () => {
    const full = jpeg(app1(exif(false, [[0x0112, 6]])));
    for (let n = 0; n < full.length; n++) expect(jpegOrientation(full.subarray(0, n)), `${n} bytes`).toBe(n >= full.length - 6 ? 6 : 1);
  });
});
