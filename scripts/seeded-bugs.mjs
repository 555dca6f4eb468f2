// Hand-made bugs, put into the code one at a time: does any test notice? (`npm run seeded-bugs`)
// Mutation testing (npm run mutation) makes small mechanical changes; these are the bugs a person would
// write — a rule forgotten, an order lost, a check dropped — listed in tests/seeded-bugs.json with the
// suite that should catch each: "unit" (tests/**/*.test.ts), or "e2e:<file>" (a build, then that browser
// file). Each bug is applied to the working tree and undone afterwards, whatever happens; a bug whose text
// is no longer in its file is reported as stale, so the list cannot rot silently. Not part of `npm test`.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const bugs = JSON.parse(readFileSync(new URL('../tests/seeded-bugs.json', import.meta.url), 'utf8'));
const only = process.argv[2];
const run = (args) => spawnSync('npx', args, { stdio: 'ignore', shell: false }).status === 0;

let caught = 0;
const missed = [];
const stale = [];
for (const bug of bugs.filter((b) => !only || b.id === only)) {
  const original = readFileSync(bug.file, 'utf8');
  const at = original.indexOf(bug.find);
  if (at < 0 || original.indexOf(bug.find, at + 1) >= 0) {
    stale.push(bug.id);
    console.log(`STALE  ${bug.id}: the text to change is not in ${bug.file} exactly once`);
    continue;
  }
  writeFileSync(bug.file, original.slice(0, at) + bug.replace + original.slice(at + bug.find.length));
  let passed;
  try {
    if (bug.suite === 'unit') passed = run(['vitest', 'run', '--project', 'unit', '--bail', '1']);
    else {
      const file = bug.suite.replace(/^e2e:/, '');
      passed = run(['npm', 'run', 'build', '--silent']) && run(['vitest', 'run', '--project', 'e2e', file, '--bail', '1']);
    }
  } finally {
    writeFileSync(bug.file, original);
  }
  if (passed) missed.push(bug.id);
  else caught++;
  console.log(`${passed ? 'MISSED' : 'caught'} ${bug.id}: ${bug.what}`);
}
if (bugs.some((b) => b.suite !== 'unit')) run(['npm', 'run', 'build', '--silent']);
console.log(`\n${caught} caught, ${missed.length} missed, ${stale.length} stale`);
process.exit(missed.length + stale.length > 0 ? 1 : 0);
