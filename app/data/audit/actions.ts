'use server';
import { revalidatePath } from 'next/cache';
import { currentUser } from '../../session';
import { revertBatch, RevertError } from '@/db/audit';
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { mayRevert } from '@/lib/security/permissions';

export interface RevertState {
  message: string | null;
  ok: boolean;
}

/** Administrators only; the revert is a batch of its own in the audit trail. */
export async function revertAction(_: RevertState, form: FormData): Promise<RevertState> {
  const user = await currentUser();
  if (!mayRevert(user)) return { ok: false, message: 'Chỉ quản trị viên được hoàn tác lô. / Only administrators may revert a batch.' };
  const batchId = Number(form.get('batch'));
  try {
    const r = revertBatch(getStore(), batchId, user.email);
    revalidatePath('/data/audit');
    return { ok: true, message: `Lô ${batchId}: khôi phục ${r.restored}, xóa ${r.removed} (lô ${r.revertBatchId}). / Batch ${batchId}: ${r.restored} restored, ${r.removed} removed.` };
  } catch (e) {
    if (e instanceof RevertError) return { ok: false, message: e.message };
    if (e instanceof StoreUnavailableError) return { ok: false, message: `${e.text.vi} / ${e.text.en}` };
    throw e;
  }
}
