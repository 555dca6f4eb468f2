/**
 * The pixel cap (reliability report M6): a photo is refused from its header, before it is decoded, when
 * decoding it would take more memory than a phone tab has. Checked at the cap and one pixel row over.
 */
import { describe, expect, it } from 'vitest';
import { imageSize, MAX_PIXELS, pixelProblem } from '~/lib/tools/collage/image-header';

/** A PNG signature and IHDR claiming this size; no picture data (the cap must not need any). */
const pngHeader = (width: number, height: number) => {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
};

describe('the pixel cap', () => {
  it('is 100 M pixels: phone photos of 50 and 64 MP pass, 108 MP does not', () => {
    expect(MAX_PIXELS).toBe(100_000_000);
    expect(pixelProblem({ width: 8160, height: 6144 })).toBeUndefined();
    expect(pixelProblem({ width: 9248, height: 6936 })).toBeUndefined();
    expect(pixelProblem({ width: 12000, height: 9000 })).toMatch(/^图片太大（12000 × 9000 像素/);
  });

  it('exactly at the cap is drawn; one row over is refused with the size and what to do', () => {
    expect(pixelProblem(imageSize(pngHeader(10000, 10000))!)).toBeUndefined();
    expect(pixelProblem(imageSize(pngHeader(10000, 10001))!)).toBe(
      '图片太大（10000 × 10001 像素，超过 100 百万像素），手机浏览器处理不了：请先在相册里把它缩小，或截屏后选截图。',
    );
    // The 20000 × 20000 PNG of the report (400 M pixels) was accepted before.
    expect(pixelProblem({ width: 20000, height: 20000 })).toBeDefined();
  });
});
