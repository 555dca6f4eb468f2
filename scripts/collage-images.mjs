// Image files for the collage tool's browser tests and benchmark, made in the page (canvas → PNG/JPEG)
// from a seeded spec, so nothing is downloaded. Used by tests/tools/tools.e2e.ts and scripts/bench-collage.mjs.

/**
 * @typedef {object} GenImage
 * @property {number} width
 * @property {number} height
 * @property {'image/png' | 'image/jpeg'} type
 * @property {boolean} [exif] Insert an Exif block with a fake GPS tag (JPEG only).
 * @property {number} [orientation] Exif orientation to write (JPEG only), e.g. 6 = the camera was held sideways.
 * @property {boolean} [noise] Fill with pixel noise (hard to compress, so the size cap has to work).
 * @property {number} seed
 */

/**
 * Makes image files in the page and returns them as Playwright's setInputFiles takes them.
 * @param {import('playwright-core').Page} page
 * @param {GenImage[]} specs
 * @returns {Promise<{ name: string, mimeType: string, buffer: Buffer }[]>}
 */
export async function makeImages(page, specs) {
  const out = await page.evaluate(async (list) => {
    const files = [];
    for (const [i, s] of list.entries()) {
      const c = document.createElement('canvas');
      c.width = s.width;
      c.height = s.height;
      const ctx = /** @type {CanvasRenderingContext2D} */ (c.getContext('2d'));
      // Light colours only, so every dark pixel in the output is caption text.
      ctx.fillStyle = `hsl(${(s.seed * 360) | 0} 60% 75%)`;
      ctx.fillRect(0, 0, s.width, s.height);
      ctx.fillStyle = `hsl(${(s.seed * 720) % 360 | 0} 50% 85%)`;
      ctx.fillRect(s.width / 4, s.height / 4, s.width / 2, s.height / 2);
      if (s.noise) {
        const img = ctx.getImageData(0, 0, s.width, s.height);
        let x = Math.floor(s.seed * 2 ** 31) | 1;
        for (let k = 0; k < img.data.length; k += 4) {
          x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
          img.data[k] = 128 + (x & 127); img.data[k + 1] = 128 + ((x >>> 8) & 127); img.data[k + 2] = 128 + ((x >>> 16) & 127);
        }
        ctx.putImageData(img, 0, 0);
      }
      const blob = await new Promise((r) => c.toBlob((b) => r(/** @type {Blob} */ (b)), s.type, 0.9));
      let bytes = new Uint8Array(await /** @type {Blob} */ (blob).arrayBuffer());
      if (s.orientation) {
        // Exif, big-endian TIFF, IFD0 with one entry: Orientation (0x0112), SHORT, 1 value.
        const payload = new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, s.orientation, 0, 0, 0, 0, 0, 0]);
        const seg = new Uint8Array([0xff, 0xe1, 0, payload.length + 2, ...payload]);
        bytes = new Uint8Array([...bytes.subarray(0, 2), ...seg, ...bytes.subarray(2)]);
      }
      if (s.exif) {
        const payload = new TextEncoder().encode('Exif\0\0MM\0*\0\0\0\x08GPSLatitude 31.2304N SECRET-LOCATION');
        const seg = new Uint8Array(4 + payload.length);
        seg.set([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
        seg.set(payload, 4);
        bytes = new Uint8Array([...bytes.subarray(0, 2), ...seg, ...bytes.subarray(2)]);
      }
      let bin = '';
      for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      files.push({ name: `photo-${i + 1}.${s.type === 'image/png' ? 'png' : 'jpg'}`, mimeType: s.type, b64: btoa(bin) });
    }
    return files;
  }, specs);
  return out.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.b64, 'base64') }));
}
