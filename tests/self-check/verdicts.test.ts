import { describe, expect, it } from 'vitest';
import { titleBesideBadge, verdictLabel } from '~/lib/self-check/verdicts';
import { content } from '../support/content-files';

describe('titleBesideBadge', () => {
  it('drops the verdict a title starts with, and the mark after it', () => {
    expect(titleBesideBadge('可以争取：用打包视频证明', '可以争取')).toBe('用打包视频证明');
    expect(titleBesideBadge('可以争取，但只靠重量：三段重量', '可以争取')).toBe('但只靠重量：三段重量');
    // Every mark and space between the badge's word and the rest goes, not only the first.
    expect(titleBesideBadge('可以争取： 用打包视频证明', '可以争取')).toBe('用打包视频证明');
    expect(titleBesideBadge('可以争取 ，\u3000用打包视频证明', '可以争取')).toBe('用打包视频证明');
  });
  it('keeps the marks later in the title when the verdict runs straight on', () => {
    expect(titleBesideBadge('可以争取全额：先补凭证', '可以争取')).toBe('全额：先补凭证');
    expect(titleBesideBadge('建议协商退一半, 别拖', '建议协商')).toBe('退一半, 别拖');
  });
  it('keeps a title that starts otherwise, or that is only the verdict', () => {
    expect(titleBesideBadge('先等一等：买家还没寄回', '还差一步')).toBe('先等一等：买家还没寄回');
    expect(titleBesideBadge('按时退款：可以争取', '可以争取')).toBe('按时退款：可以争取');
    expect(titleBesideBadge('可以争取', '可以争取')).toBe('可以争取');
  });
  it('no self-check outcome shown under its badge says the verdict twice', () => {
    for (const o of content.outcomes) {
      const label = verdictLabel[o.verdict];
      const shown = titleBesideBadge(o.title, label);
      expect(shown.startsWith(label), o.id).toBe(false);
      expect(shown.length, o.id).toBeGreaterThan(3);
    }
  });
});
