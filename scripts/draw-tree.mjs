// Prints the self-check decision tree as a Mermaid flowchart, from the same data the site uses.
// An edge offered only in some stages is labelled with them; an answer that names the stage says so.
import { readFileSync } from 'node:fs';

const read = (f) => JSON.parse(readFileSync(new URL(`../content/check/${f}`, import.meta.url), 'utf8'));
const questions = read('questions.json');
const outcomes = new Map(read('outcomes.json').map((o) => [o.id, o]));
const verdictStyle = { apply: 'apply', settle: 'settle', 'other-channel': 'channel', 'not-yet': 'notyet', 'too-late': 'late' };
const safe = (s) => s.replace(/["]/g, "'");

const lines = ['flowchart TD'];
for (const q of questions) lines.push(`  ${q.id}{"${safe(q.title)}"}`);
for (const [id, o] of outcomes) lines.push(`  ${id}["${safe(o.title)}"]:::${verdictStyle[o.verdict]}`);
for (const q of questions) {
  for (const o of q.options) {
    const when = o.stages ? `〔${o.stages.join(' / ')}〕` : '';
    const sets = o.stage ? `〔阶段：${o.stage}〕` : '';
    lines.push(`  ${q.id} -- "${safe(o.label)}${when}${sets}" --> ${o.next ?? o.outcome}`);
  }
}
lines.push(
  '  classDef apply fill:#e8f2ec,stroke:#2e7d4f',
  '  classDef settle fill:#fff4d6,stroke:#8a5d00',
  '  classDef channel fill:#e6eefc,stroke:#1f4fa3',
  '  classDef notyet fill:#f1eeea,stroke:#5c5852',
  '  classDef late fill:#fde8e6,stroke:#a8231b',
);
console.log(lines.join('\n'));
