// The statuses of an action (chưa làm / đang làm / hoàn thành / hủy): the one list, read by the
// schema's CHECK (db/schema/actions.ts) and the rules (lib/actions/rules.ts). No imports, so the
// schema can load it.
export const ACTION_STATUSES = ['todo', 'doing', 'done', 'cancelled'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export function isActionStatus(text: unknown): text is ActionStatus {
  return typeof text === 'string' && (ACTION_STATUSES as readonly string[]).includes(text);
}
