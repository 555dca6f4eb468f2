// The one reader of the tab-separated tables under tests/ (search queries, seller stories, seller
// questions): a row a line, cells split at tabs; blank lines and lines starting with # are skipped.
// Shared by the tests and the scripts (search-quality.mjs, the benchmark).
import { readFileSync } from 'node:fs';

/**
 * The rows of a table, each a list of its cells.
 * @param {string | URL} file
 * @param {{ header?: boolean }} [options] `header`: the first row names the columns and is left out
 * @returns {string[][]}
 */
export function readTsv(file, { header = false } = {}) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  return header ? rows.slice(1) : rows;
}
