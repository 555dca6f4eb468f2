/**
 * 凭证拼图, the browser part: read each picked file, decode it already shrunk to its cell, draw the sheets
 * on a canvas with captions, and encode JPEG under the size cap. Re-encoding from a canvas writes pixels
 * only, so the Exif block of a phone photo (location, camera, time) is not carried into the output.
 * All arithmetic is in `src/lib/tools/collage/` (layout.ts, fit.ts, image-header.ts). Between photos it yields
 * to the browser, so fifty photos never freeze the page.
 */
import { decodeSize, fitSheetHeight, layoutSheet, splitIntoSheets, type SheetLayout, type Size } from '~/lib/tools/collage/layout';
import { fitUnderCap } from '~/lib/tools/collage/fit';
import { imageSize, jpegOrientation, orientedSize, pixelProblem, sniffImage, type ImageKind } from '~/lib/tools/collage/image-header';

export interface PickedPhoto {
  file: File;
  caption: string;
}

export interface ProbedPhoto extends PickedPhoto {
  kind: ImageKind;
  size: Size;
}

export interface PhotoProblem {
  name: string;
  message: string;
}

export interface Sheet {
  blob: Blob;
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  quality: number;
  photos: number;
}

export type Progress = (done: number, total: number, what: string) => void;

/** Lets the browser paint and handle input between two photos. */
const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (s?.yield) void s.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

const HEAD_BYTES = 256 * 1024;

export const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

const heicMessage =
  '这是 HEIC/HEIF 格式的照片，这个浏览器读不了。可以在苹果手机“设置 → 相机 → 格式”里选“兼容性最佳”后重拍，或者把照片截屏后选截图。';

function decodeFailed(kind: ImageKind): string {
  if (kind === 'heic') return heicMessage;
  if (kind === 'not-image') return '不是图片文件，已跳过。能用的格式：JPG、PNG、WebP、GIF、BMP。';
  return '这张图片读不出来，可能已损坏或格式不受这个浏览器支持，已跳过。';
}

/** Reads what each file is and how big it is, without keeping any decoded picture in memory. */
export async function probePhotos(
  picked: readonly PickedPhoto[],
  onProgress: Progress,
): Promise<{ photos: ProbedPhoto[]; problems: PhotoProblem[] }> {
  const photos: ProbedPhoto[] = [];
  const problems: PhotoProblem[] = [];
  for (const [i, p] of picked.entries()) {
    onProgress(i, picked.length, `检查第 ${i + 1} / ${picked.length} 张`);
    await yieldToBrowser();
    const head = new Uint8Array(await p.file.slice(0, HEAD_BYTES).arrayBuffer());
    const kind = sniffImage(head, p.file.type, p.file.name);
    if (kind === 'not-image') {
      problems.push({ name: p.file.name, message: decodeFailed(kind) });
      continue;
    }
    let size = imageSize(head);
    if (size && kind === 'jpeg') size = orientedSize(size, jpegOrientation(head));
    const tooBig = size && pixelProblem(size);
    if (tooBig) {
      problems.push({ name: p.file.name, message: tooBig });
      continue;
    }
    if (!size) {
      // No size in the header (HEIC, AVIF, an odd file): decode it once to learn it, if the browser can.
      try {
        const bitmap = await createImageBitmap(p.file);
        size = { width: bitmap.width, height: bitmap.height };
        bitmap.close();
      } catch {
        problems.push({ name: p.file.name, message: decodeFailed(kind) });
        continue;
      }
    }
    photos.push({ ...p, kind, size });
  }
  onProgress(picked.length, picked.length, '检查完毕');
  return { photos, problems };
}

function measurer(ctx: CanvasRenderingContext2D) {
  return (text: string, fontSize: number) => {
    ctx.font = `${fontSize}px ${FONT}`;
    return ctx.measureText(text).width;
  };
}

function drawCaption(ctx: CanvasRenderingContext2D, c: NonNullable<SheetLayout['cells'][number]['caption']>) {
  ctx.fillStyle = '#f4f1ec';
  ctx.fillRect(c.x, c.y, c.width, c.height);
  ctx.fillStyle = '#111111';
  ctx.font = `${c.fontSize}px ${FONT}`;
  ctx.textBaseline = 'top';
  const pad = (c.height - c.lines.length * c.lineHeight) / 2;
  c.lines.forEach((line, i) => ctx.fillText(line, c.x + Math.round(c.fontSize * 0.4), c.y + pad + i * c.lineHeight + (c.lineHeight - c.fontSize) / 2));
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality),
  );
}

/**
 * Draws one sheet of `members` (indices into `photos`) on a new canvas. Returns the canvas, or the photos
 * the browser could not decode: then nothing is kept, and the caller lays the sheet out again without them.
 */
async function drawSheet(
  photos: readonly ProbedPhoto[],
  members: readonly number[],
  onPhoto: () => void,
): Promise<{ canvas: HTMLCanvasElement; failed: number[] }> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  const layout = fitSheetHeight(layoutSheet(members.map((i) => ({ index: i, caption: photos[i]!.caption, ...photos[i]!.size })), measurer(ctx)));
  canvas.width = layout.width;
  canvas.height = layout.height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const failed: number[] = [];
  for (const cell of layout.cells) {
    const p = photos[cell.index]!;
    onPhoto();
    await yieldToBrowser();
    const box = decodeSize(p.size, cell.image);
    try {
      const bitmap = await createImageBitmap(p.file, { resizeWidth: box.width, resizeHeight: box.height, resizeQuality: 'high' });
      ctx.drawImage(bitmap, cell.image.x, cell.image.y, cell.image.width, cell.image.height);
      bitmap.close();
    } catch {
      failed.push(cell.index);
      continue;
    }
    if (cell.caption) drawCaption(ctx, cell.caption);
  }
  return { canvas, failed };
}

/**
 * Draws the sheets and encodes each under `capBytes`. A photo the browser fails to decode now is reported
 * and left out: its sheet is laid out again without it, and a sheet left with no photo is not made.
 * `failed` lists those photos by index.
 */
export async function buildSheets(
  photos: readonly ProbedPhoto[],
  maxSheets: number,
  capBytes: number,
  onProgress: Progress,
): Promise<{ sheets: Sheet[]; problems: PhotoProblem[]; tooBig: number[]; failed: number[] }> {
  const problems: PhotoProblem[] = [];
  const sheets: Sheet[] = [];
  const tooBig: number[] = [];
  const failed: number[] = [];
  const groups = splitIntoSheets(photos.length, maxSheets);
  let done = 0;
  const onPhoto = () => {
    onProgress(Math.min(done, photos.length), photos.length, `拼第 ${Math.min(done + 1, photos.length)} / ${photos.length} 张`);
    done++;
  };
  for (const [s, group] of groups.entries()) {
    let members = [...group];
    let canvas: HTMLCanvasElement | undefined;
    while (members.length > 0 && !canvas) {
      const drawn = await drawSheet(photos, members, onPhoto);
      if (drawn.failed.length === 0) canvas = drawn.canvas;
      for (const i of drawn.failed) {
        failed.push(i);
        problems.push({ name: photos[i]!.file.name, message: decodeFailed(photos[i]!.kind) });
      }
      members = members.filter((i) => !drawn.failed.includes(i));
    }
    // Every photo of this sheet failed: no blank sheet is offered.
    if (!canvas) continue;
    const sheetCanvas = canvas;
    onProgress(Math.min(done, photos.length), photos.length, `压缩第 ${s + 1} / ${groups.length} 张拼图`);
    await yieldToBrowser();
    const fit = await fitUnderCap(async (quality, scale) => {
      let source = sheetCanvas;
      if (scale < 1) {
        source = document.createElement('canvas');
        source.width = Math.max(1, Math.round(sheetCanvas.width * scale));
        source.height = Math.max(1, Math.round(sheetCanvas.height * scale));
        const sctx = source.getContext('2d')!;
        sctx.imageSmoothingQuality = 'high';
        sctx.drawImage(sheetCanvas, 0, 0, source.width, source.height);
      }
      const blob = await toJpeg(source, quality);
      return { bytes: blob.size, value: { blob, source } };
    }, capBytes);
    if (!fit) {
      tooBig.push(s);
      continue;
    }
    sheets.push({
      blob: fit.value.blob,
      canvas: fit.value.source,
      width: fit.value.source.width,
      height: fit.value.source.height,
      quality: fit.quality,
      photos: members.length,
    });
  }
  onProgress(photos.length, photos.length, '完成');
  return { sheets, problems, tooBig, failed };
}
