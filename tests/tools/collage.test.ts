import { describe, expect, it } from 'vitest';
import { columnsFor, decodeSize, layoutSheet, MAX_SHEET_HEIGHT, fitSheetHeight, splitIntoSheets, wrapCaption } from '~/lib/tools/collage/layout';
import { fitUnderCap } from '~/lib/tools/collage/fit';
import { imageSize, jpegOrientation, orientedSize, sniffImage } from '~/lib/tools/collage/image-header';

const measure = (s: string, fontSize: number) => [...s].length * fontSize;

describe('sheets and grid', () => {
  it('puts everything on one sheet when one is allowed, one photo per sheet while they fit, else spreads evenly', () => {
    expect(splitIntoSheets(5, 1)).toEqual([[0, 1, 2, 3, 4]]);
    expect(splitIntoSheets(2, 3)).toEqual([[0], [1]]);
    expect(splitIntoSheets(7, 3)).toEqual([[0, 1, 2], [3, 4], [5, 6]]);
    expect(splitIntoSheets(0, 3)).toEqual([]);
    expect(splitIntoSheets(4, 0)).toEqual([[0, 1, 2, 3]]);
    for (let n = 1; n <= 60; n++) for (const max of [1, 2, 3, 5]) expect(splitIntoSheets(n, max).flat()).toEqual([...Array(n).keys()]);
  });

  it('keeps every photo inside the sheet, in its own cell, aspect ratio kept', () => {
    for (const n of [1, 2, 3, 5, 10, 20, 50]) {
      const photos = Array.from({ length: n }, (_, i) => ({ index: i, width: 400 + i * 37, height: 300 + ((i * 91) % 1700), caption: i % 2 ? '' : `发货称重 ${i}.25 kg` }));
      const l = layoutSheet(photos, measure);
      expect(l.cells.map((c) => c.index)).toEqual(photos.map((p) => p.index));
      for (const c of l.cells) {
        const p = photos[c.index]!;
        expect(c.image.x).toBeGreaterThanOrEqual(0);
        expect(c.image.x + c.image.width).toBeLessThanOrEqual(l.width);
        expect(c.image.y + c.image.height).toBeLessThanOrEqual(l.height);
        expect(Math.abs(c.image.width / c.image.height - p.width / p.height)).toBeLessThan(0.05 * (p.width / p.height) + 0.02);
        expect(Boolean(c.caption)).toBe(p.caption !== '');
        if (c.caption) expect(c.caption.y).toBeGreaterThanOrEqual(c.image.y + c.image.height);
      }
      expect(columnsFor(n)).toBeGreaterThanOrEqual(1);
    }
  });

  it('sizes captions for a phone: about a thirtieth of the sheet width', () => {
    const l = layoutSheet([{ index: 0, width: 1000, height: 1000, caption: '发货称重 1.25 kg' }], measure);
    expect(l.cells[0]!.caption!.fontSize).toBe(36);
    expect(l.cells[0]!.caption!.lines).toEqual(['发货称重 1.25 kg']);
  });

  it('scales a too-tall sheet down as a whole', () => {
    const tall = Array.from({ length: 2 }, (_, i) => ({ index: i, width: 10, height: 100000, caption: '' }));
    const l = fitSheetHeight({ ...layoutSheet(tall, measure), height: MAX_SHEET_HEIGHT * 2 });
    expect(l.height).toBeLessThanOrEqual(MAX_SHEET_HEIGHT);
  });

  it('wraps a long caption and ends the last line with an ellipsis', () => {
    const lines = wrapCaption('一二三四五六七八九十一二三四五六七八九十', 5, (s) => [...s].length, 3);
    expect(lines).toEqual(['一二三四五', '六七八九十', '一二三四…']);
    expect(wrapCaption('短', 5, (s) => s.length)).toEqual(['短']);
  });

  it('decodes a huge photo only as large as its box', () => {
    expect(decodeSize({ width: 12000, height: 9000 }, { width: 1032, height: 2064 })).toEqual({ width: 1032, height: 774 });
    expect(decodeSize({ width: 200, height: 100 }, { width: 1032, height: 2064 })).toEqual({ width: 200, height: 100 });
  });
});

describe('fitting under the cap', () => {
  // A fake encoder: bytes grow with quality and area.
  const fake = (base: number) => async (q: number, s: number) => ({ bytes: Math.round(base * q * s * s), value: `${q}@${s}` });
  it('keeps full quality when it fits', async () => {
    expect(await fitUnderCap(fake(1000), 2000)).toMatchObject({ quality: 0.92, scale: 1, attempts: 1 });
  });
  it('lowers quality before size, and the result is under the cap', async () => {
    const r = (await fitUnderCap(fake(1000), 700))!;
    expect(r.scale).toBe(1);
    expect(r.bytes).toBeLessThanOrEqual(700);
    expect(r.quality).toBeGreaterThan(0.6);
  });
  it('shrinks when even the lowest quality is too big', async () => {
    const r = (await fitUnderCap(fake(10000), 2000))!;
    expect(r.scale).toBeLessThan(1);
    expect(r.bytes).toBeLessThanOrEqual(2000);
  });
  it('gives up rather than return something over the cap', async () => {
    expect(await fitUnderCap(async () => ({ bytes: 1e9, value: 0 }), 10)).toBeUndefined();
  });
});

describe('file headers', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x2e, 0xe0, 0, 0, 0x1f, 0x40]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 8, 0x45, 0x78, 0x69, 0x66, 0, 0, 0xff, 0xc0, 0, 17, 8, 0x0b, 0xb8, 0x0f, 0xa0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
  it('knows the kind from the bytes, not the name', () => {
    expect(sniffImage(png, '', 'a.heic')).toBe('png');
    expect(sniffImage(jpeg, 'image/png', 'a.png')).toBe('jpeg');
    expect(sniffImage(heic, 'image/jpeg', 'IMG_1.JPG')).toBe('heic');
    expect(sniffImage(new Uint8Array([1, 2, 3]), '', 'IMG_2.HEIC')).toBe('heic');
    expect(sniffImage(new TextEncoder().encode('%PDF-1.7'), 'application/pdf', 'a.pdf')).toBe('not-image');
  });
  it('reads the pixel size from PNG and JPEG headers', () => {
    expect(imageSize(png)).toEqual({ width: 12000, height: 8000 });
    expect(imageSize(jpeg)).toEqual({ width: 4000, height: 3000 });
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined();
  });
});

describe('Exif orientation', () => {
  // APP1 Exif, big-endian TIFF, one IFD entry: Orientation (0x0112) SHORT = 6.
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, exif.length + 2, ...exif, 0xff, 0xda, 0, 2]);
  it('reads a sideways photo and turns its size', () => {
    expect(jpegOrientation(jpeg)).toBe(6);
    expect(orientedSize({ width: 4000, height: 3000 }, 6)).toEqual({ width: 3000, height: 4000 });
    expect(jpegOrientation(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBe(1);
  });
});
