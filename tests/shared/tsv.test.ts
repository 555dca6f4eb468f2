import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTsv } from '../../scripts/tsv.mjs';

describe('the one TSV reader (tests/*.tsv)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tsv-')), 't.tsv');
  writeFileSync(file, '# a comment\nid\tstory\n\na\t空包 #1\t\n  \nb\t\n');

  it('skips comments and blank lines and splits at tabs, keeping empty cells', () => {
    expect(readTsv(file)).toEqual([['id', 'story'], ['a', '空包 #1', ''], ['b', '']]);
  });
  it('leaves out the header row when asked', () => {
    expect(readTsv(file, { header: true })).toEqual([['a', '空包 #1', ''], ['b', '']]);
  });
});
