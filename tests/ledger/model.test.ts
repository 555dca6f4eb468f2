/*
 * Property: two tabs on one storage, each with its own (possibly stale) list of cases, doing random
 * create / tick / stage / deadline / note / outcome / export / import / reload. After every step storage
 * holds exactly what a simple model says: every case with every tick and stage either tab gave it, the
 * last deadline and outcome set, and every timeline event ever made, none rewritten or dropped. An
 * export read into empty storage gives the same ledger back; importing an older export changes nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialCase, readAll, type SavedCase } from '~/lib/checklist/cases/store';
import { writeChanges } from '~/lib/checklist/cases/write';
import type { StageId } from '~/lib/shared/stage-ids';
import { readLedger } from '~/lib/ledger/read';
import { addNote, logChanges, setDeadline, setOutcome } from '~/lib/ledger/write';
import { exportAll, importAll } from '~/lib/ledger/transfer';
import type { Result } from '~/lib/ledger/records';
import { t0 } from '../support/case-fixtures';
import { memoryStorage } from '../support/memory-storage';

const SEED = Number(process.env.LEDGER_MODEL_SEED ?? 20261202);
const RUNS = 300;
const items = ['a', 'b', 'c'];
const stages: (StageId | undefined)[] = ['applied', 'intervention', 'decided', undefined];
const results: (Result | null)[] = ['won', 'lost', 'settled', null];

type Action =
  | { op: 'create'; tab: number }
  | { op: 'tick'; tab: number; pick: number; item: string; on: boolean }
  | { op: 'stage'; tab: number; pick: number; stage: StageId | undefined }
  | { op: 'deadline'; tab: number; pick: number; hours: number | null }
  | { op: 'note'; tab: number; pick: number; text: string }
  | { op: 'outcome'; tab: number; pick: number; result: Result | null; fen: number }
  | { op: 'export'; tab: number }
  | { op: 'import'; tab: number; which: number }
  | { op: 'reload'; tab: number };

interface Model {
  ticked: Set<string>;
  stage: StageId | undefined;
  deadline: string | null | undefined;
  result: Result | null | undefined;
  notes: string[];
  events: string[];
}

const tab = fc.integer({ min: 0, max: 1 });
const pick = fc.nat(5);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), tab }),
  { arbitrary: fc.record({ op: fc.constant('tick' as const), tab, pick, item: fc.constantFrom(...items), on: fc.boolean() }), weight: 3 },
  fc.record({ op: fc.constant('stage' as const), tab, pick, stage: fc.constantFrom(...stages) }),
  fc.record({ op: fc.constant('deadline' as const), tab, pick, hours: fc.option(fc.integer({ min: -48, max: 96 }), { nil: null }) }),
  fc.record({ op: fc.constant('note' as const), tab, pick, text: fc.string({ maxLength: 12 }) }),
  fc.record({ op: fc.constant('outcome' as const), tab, pick, result: fc.constantFrom(...results), fen: fc.nat(100_000) }),
  fc.record({ op: fc.constant('export' as const), tab }),
  fc.record({ op: fc.constant('import' as const), tab, which: fc.nat(5) }),
  fc.record({ op: fc.constant('reload' as const), tab }),
);

describe('the ledger across two tabs, against a model', () => {
  it(`${RUNS} random sequences of create / tick / stage / deadline / note / outcome / export / import / reload lose nothing (seed ${SEED})`, () => {
    console.log(`ledger model test seed: ${SEED}`);
    let runs = 0;
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30, size: 'max' }), (actions) => {
        runs++;
        const kv = memoryStorage();
        const model = new Map<string, Model>();
        const views: SavedCase[][] = [[], []];
        const exports: string[] = [];
        let clock = 0;
        let n = 0;
        for (const a of actions) {
          const now = new Date(t0.getTime() + ++clock * 60_000);
          const view = views[a.tab]!;
          const c = 'pick' in a ? view[a.pick % Math.max(view.length, 1)] : undefined;
          const m = c && model.get(c.id);
          switch (a.op) {
            case 'reload':
              views[a.tab] = readAll(kv).cases;
              break;
            case 'create': {
              const draft = initialCase({ kind: 'scenario', id: 'quality' }, view, `c${n++}`);
              const changes = [{ type: 'rename' as const, label: draft.label }];
              const w = writeChanges(kv, draft, changes, now);
              expect(w.ok).toBe(true);
              if (w.ok) view.push(w.saved);
              expect(logChanges(kv, draft.id, changes, true, now)).toEqual({});
              model.set(draft.id, { ticked: new Set(), stage: undefined, deadline: undefined, result: undefined, notes: [], events: ['created'] });
              break;
            }
            case 'tick':
            case 'stage': {
              if (!c || !m) break;
              const change = a.op === 'tick' ? ({ type: 'tick', item: a.item, on: a.on } as const) : ({ type: 'stage', stage: a.stage } as const);
              expect(writeChanges(kv, c, [change], now).ok).toBe(true);
              expect(logChanges(kv, c.id, [change], false, now)).toEqual({});
              if (a.op === 'tick') {
                if (a.on) m.ticked.add(a.item);
                else m.ticked.delete(a.item);
                m.events.push(a.on ? 'tick' : 'untick');
              } else {
                m.stage = a.stage;
                m.events.push('stage');
              }
              break;
            }
            case 'deadline': {
              if (!c || !m) break;
              const at = a.hours === null ? null : new Date(now.getTime() + a.hours * 3600_000);
              expect(setDeadline(kv, c.id, { at, title: '举证截止' }, now).ok).toBe(true);
              m.deadline = at ? at.toISOString() : null;
              m.events.push('deadline');
              break;
            }
            case 'note': {
              if (!c || !m) break;
              const w = addNote(kv, c.id, a.text, now);
              if (a.text.trim() === '') expect(w).toBeUndefined();
              else {
                expect(w?.ok).toBe(true);
                m.notes.push(a.text.trim());
                m.events.push('note');
              }
              break;
            }
            case 'outcome': {
              if (!c || !m) break;
              expect(setOutcome(kv, c.id, { result: a.result, refunded: a.fen, recovered: 0 }, now).ok).toBe(true);
              m.result = a.result;
              m.events.push(a.result === null ? 'reopened' : 'outcome');
              break;
            }
            case 'export': {
              const file = exportAll(kv, readAll(kv).cases, now);
              exports.push(file);
              // Round trip: the file read into empty storage is the same ledger.
              const fresh = memoryStorage();
              expect(importAll(fresh, file, now).ok).toBe(true);
              expect(readLedger(fresh, readAll(fresh).cases)).toEqual(readLedger(kv, readAll(kv).cases));
              break;
            }
            case 'import': {
              const file = exports[a.which % Math.max(exports.length, 1)];
              if (!file) break;
              // Everything in an earlier export is older than or the same as what is stored: nothing changes.
              const before = new Map(kv.map);
              expect(importAll(kv, file, now).ok).toBe(true);
              expect(kv.map).toEqual(before);
              break;
            }
          }
          const stored = readLedger(kv, readAll(kv).cases);
          const got = Object.fromEntries(
            stored.cases.map(({ c: sc, parts }) => [
              sc.id,
              {
                ticked: [...sc.ticked].sort(),
                stage: sc.stage,
                deadline: parts.deadline?.at,
                result: parts.outcome?.result,
                notes: parts.timeline.filter((e) => e.kind === 'note').map((e) => e.detail),
                events: parts.timeline.map((e) => e.kind).sort(),
              },
            ]),
          );
          const want = Object.fromEntries(
            [...model].map(([id, mm]) => [
              id,
              { ticked: [...mm.ticked].sort(), stage: mm.stage, deadline: mm.deadline, result: mm.result, notes: mm.notes, events: [...mm.events].sort() },
            ]),
          );
          expect(got).toEqual(want);
          expect(stored.unreadable).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(runs).toBe(RUNS);
  });
});
