// Which batches the audit page offers to revert: one rule for the page's button and the revert
// itself (db/audit.ts). A revert gives reported figures back as they were; the seed is reseeded
// instead, and target changes are set again through the targets form or file (their old and new
// values are in the audit trail), so neither shows a button that could not work.

export interface BatchChanges {
  source: string;
  /** Audited changes of reported figures written by the batch. */
  figureChanges: number;
  /** Audited changes of targets written by the batch. */
  targetChanges: number;
}

/** Why the batch cannot be reverted (Vietnamese / English), or null when it can. */
export function revertRefusal(batch: BatchChanges): string | null {
  if (batch.source === 'seed') return 'Dữ liệu minh họa không hoàn tác được: hãy tạo lại kho. / The illustrative seed is not reverted: reseed the store instead.';
  if (batch.targetChanges > 0) return 'Lô chỉ tiêu mục tiêu không hoàn tác được: đặt lại các giá trị cũ (xem nhật ký) qua trang Chỉ tiêu. / A targets batch is not reverted: set the old values (see the audit trail) again on the targets page.';
  if (batch.figureChanges === 0) return 'Lô này không có thay đổi số liệu nào để hoàn tác. / This batch has no change of figures to revert.';
  return null;
}

export const isRevertable = (batch: BatchChanges): boolean => revertRefusal(batch) === null;
