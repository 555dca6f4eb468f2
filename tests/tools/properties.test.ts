/**
 * Property tests (fast-check) for the tools' pure modules: whatever a seller types or picks, they answer
 * and never throw. Fixed seed as in properties.test.ts; FC_SEED=number explores other inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageSize, jpegOrientation, sniffImage } from '~/lib/tools/collage/image-header';
import { wrapCaption } from '~/lib/tools/collage/layout';
import { parseDeadline } from '~/lib/tools/countdown/deadline';
import { foldLine } from '~/lib/tools/countdown/ics';
import { parseSavedStatement } from '~/lib/tools/statement-draft';

const seed = Number(process.env.FC_SEED ?? 20261126);
const params = { seed, numRuns: 200 };
console.info(`fast-check seed ${seed} (tools)`);

const now = new Date(Date.UTC(2026, 10, 26, 5, 0, 0));
const octets = (s: string) => new TextEncoder().encode(s).length;
/** Strings made of what deadlines are typed with, so parsing goes deep. */
const deadlineish = fc.string({
  unit: fc.constantFrom(...'0123456789:：-/年月日天时分秒点剩余还有后前内小 下午晚上中午'.split(''), '１', '２', '小时', '分钟'),
  maxLength: 30,
});

describe('countdown', () => {
  it('any text gets a deadline after now or a message, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), deadlineish), (input) => {
        const r = parseDeadline(input, now);
        if (r.ok) expect(r.deadline.getTime()).toBeGreaterThan(now.getTime());
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('folded lines unfold to the original and none is over 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = text.replace(/[\r\n]/g, '');
        const folded = foldLine(line);
        expect(folded.split('\r\n ').join('')).toBe(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
      }),
      params,
    );
  });
});

describe('collage', () => {
  it('a caption without spaces comes back whole, or cut with an ellipsis, within the line limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('一', '二', 'a', '1'), maxLength: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (text, width, maxLines) => {
        const lines = wrapCaption(text, width, (s) => [...s].length, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width);
        const joined = lines.join('');
        if (joined.endsWith('…')) expect(text.startsWith(joined.slice(0, -1))).toBe(true);
        else expect(joined).toBe(text);
      }),
      params,
    );
  });

  it('any bytes, JPEG-looking or not, are read without an exception', () => {
    const jpegish = fc.uint8Array({ maxLength: 80 }).map((rest) => new Uint8Array([0xff, 0xd8, 0xff, ...rest]));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), jpegish), (b) => {
        expect(typeof sniffImage(b, '', '')).toBe('string');
        const size = imageSize(b);
        if (size) expect(Math.min(size.width, size.height)).toBeGreaterThan(0);
        expect(jpegOrientation(b)).toBeGreaterThanOrEqual(1);
      }),
      params,
    );
  });
});

describe('statement draft', () => {
  it('any stored text is empty, a draft or kept as unreadable, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const r = parseSavedStatement(raw);
        if (r.kind === 'unreadable') expect(r.raw).toBe(raw);
        if (raw === '') expect(r.kind).toBe('empty');
      }),
      params,
    );
  });
});
