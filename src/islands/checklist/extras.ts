// Parts of the checklist a seller needs only now and then (share, text export, storage full, set-aside
// data): loaded on first use, so opening the checklist stays small.
export { CopyBox } from './CopyBox';
export { SetAsideList } from './SetAsideList';
export { SharePanel } from './SharePanel';
export { DeletedElsewhere, MigrationPending, RetiredType, SaveProblemNote, StorageBlocked, Notes } from './Problems';
export { toPlainText } from '~/lib/checklist/export';
export { assess } from '~/lib/checklist/verdict';
