/**
 * 凭证拼图, fitting under the size cap: the search for a JPEG quality and scale that makes a sheet small
 * enough. The encoder is passed in (canvas.toBlob in the browser, a formula in tests).
 */

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
