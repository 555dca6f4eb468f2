/**
 * What the ledger page needs to know of each dispute type, worked out once at build time: a short name,
 * the items of its list (for progress) and, for a self-check result, the first thing to do in each
 * stage (`nowSteps`, facts written out as plain words). Written into the page as JSON after its
 * content, so the island needs no fetch and the rows need no catalogue.
 */
import type { CheckOutcome, Fact } from '../../schemas';
import type { ChecklistCatalog } from '../checklist/catalog';
import { factTextPlain } from '../content/facts';
import { nowSteps } from '../self-check/advice';
import { STAGE_IDS } from '../shared/stage-ids';
import { typeKey, type LedgerTypes } from './rows';

export function buildLedgerTypes(
  catalog: ChecklistCatalog,
  outcomes: readonly CheckOutcome[],
  scenarioNames: ReadonlyMap<string, string>,
  facts: ReadonlyMap<string, Fact>,
): LedgerTypes {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const out: LedgerTypes = {};
  for (const t of catalog.types) {
    const outcome = t.kind === 'outcome' ? byId.get(t.id) : undefined;
    const first = (stage: (typeof STAGE_IDS)[number] | undefined) => {
      const step = outcome && nowSteps(outcome, stage)[0];
      return step ? factTextPlain(step, facts) : undefined;
    };
    const next: Record<string, string> = {};
    if (outcome) {
      for (const stage of [undefined, ...STAGE_IDS]) {
        const step = first(stage);
        // Only what differs from the no-stage step is written: the rows fall back to it.
        if (step && (stage === undefined || step !== next[''])) next[stage ?? ''] = step;
      }
    }
    out[typeKey(t)] = {
      title: (t.scenario && scenarioNames.get(t.scenario)) || t.title,
      items: [...t.required, ...t.helpful],
      ...(t.scenario ? { scenario: t.scenario } : {}),
      required: t.required.length,
      ...(outcome ? { next } : {}),
    };
  }
  return out;
}
