// Saved cases for the case ledger (/cases/), as localStorage entries: for the benchmark's "render 100
// cases" figure and for screenshots. The record shapes are the site's (src/lib/checklist/cases/store.ts,
// src/lib/ledger/records.ts); tests/ledger/ read them back through those modules.
const HOUR = 3600_000;
const types = [['scenario', 'quality'], ['outcome', 'apply-empty-parcel'], ['scenario', 'not-received'], ['outcome', 'apply-not-received'], ['scenario', 'short-wrong']];
const stages = ['applied', 'return-agreed', 'return-arrived', 'intervention'];

/** `n` cases: a mix of overdue, soon, later and no deadline; every fifth one closed. */
export function ledgerSeed(n, now = Date.now()) {
  const out = {};
  for (let i = 0; i < n; i++) {
    const id = `c${String(i).padStart(3, '0')}`;
    const updatedAt = new Date(now - (n - i) * 60_000).toISOString();
    out[`shouhou-jieru:case:${id}`] = JSON.stringify({
      v: 2, id, label: `订单尾号 ${1000 + i}`, type: { kind: types[i % types.length][0], id: types[i % types.length][1] },
      stage: stages[i % stages.length], ticked: [], lacking: [], updatedAt,
    });
    if (i % 7 !== 6) {
      const at = new Date(now + (((i * 37) % 29) * 5 - 40) * HOUR).toISOString();
      out[`shouhou-jieru:deadline:${id}`] = JSON.stringify({ v: 1, at, title: '举证截止', updatedAt });
    }
    out[`shouhou-jieru:timeline:${id}`] = JSON.stringify({ v: 1, events: [{ id: `e${i}a`, at: updatedAt, kind: 'created' }] });
    if (i % 5 === 4) out[`shouhou-jieru:outcome:${id}`] = JSON.stringify({ v: 1, result: i % 10 === 4 ? 'won' : 'settled', refunded: i * 100, recovered: 500, updatedAt });
  }
  return out;
}
