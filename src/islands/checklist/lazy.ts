/**
 * The checklist's lazily loaded parts. `CaseView` gets `extras` handed down (its type from `lazyPart.ts`),
 * so no module the loader loads imports the loader back.
 */
import { lazyPart } from './lazyPart';

/** Share, text export, the strength verdict, storage problems, set-aside data. */
export const extras = lazyPart(() => import('./extras'));

/** Writing cases (merged with storage): needed once a case is shown, not to list the saved ones. */
export const writer = lazyPart(() => import('./writer'));

/** Reading a share link (`?scenario=…&have=…`): only when the address carries one. */
export const shareLink = lazyPart(() => import('~/lib/checklist/share-link'));

/** One open case: its items, marks, verdict and actions. */
export const caseView = lazyPart(() => import('./CaseView'));
