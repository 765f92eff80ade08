// POST /api/v1/observations with "Authorization: Bearer <token>": a batch of up to 10,000
// figures, all-or-nothing, idempotent. 401 without a valid token; 403 when any item is outside
// the token owner's units (checked before the values); 422 with every invalid item; 200 with
// what was written. A 422 lists the first problems (lib/limits.ts) and, when there were more,
// says so: { errors, truncated: true, more: { count, byKind } }.
import { z } from 'zod';
import { bodyText, json, tokenUser, unavailable } from '../responses';
import { getStore } from '@/db/store/client';
import { importObservations, validationContext } from '@/db/import';
import { canWrite } from '@/db/users';
import { mayWrite, type WrittenUnit } from '@/lib/communes/rules';
import { readDate, vietnamDate } from '@/lib/dates';
import { editionInForce } from '@/lib/editions';
import { ProblemList, type MoreProblems } from '@/lib/limits';
import { readUnit } from '@/lib/import/unit-reading';

export const dynamic = 'force-dynamic';

const MAX_ITEMS = 10_000;
/** About 200 bytes an item at most, with room to spare. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

interface ApiProblem {
  index: number | null;
  field: string;
  message: string;
  messageVi?: string;
}

/** 422 with the first problems by index, saying how many more there were and of which fields. */
const unprocessable = (errors: ApiProblem[], more: MoreProblems | null) => json(more ? { errors, truncated: true, more } : { errors }, { status: 422 });

const body = z.object({
  observations: z
    .array(z.object({ unit: z.string(), province: z.string().optional(), metric: z.string(), date: z.union([z.string(), z.number()]), value: z.union([z.number(), z.string()]), correction: z.string().optional() }))
    .min(1, { message: 'must hold at least one item' })
    .max(MAX_ITEMS, { message: `must hold at most ${MAX_ITEMS} items` }),
});

export async function POST(request: Request): Promise<Response> {
  const store = getStore();
  const auth = tokenUser(request, store);
  if (!auth.ok) return auth.response;
  const { user } = auth;

  const received = await bodyText(request, MAX_BODY_BYTES);
  if (!received.ok) return received.response;
  const { text } = received;
  let parsed: z.infer<typeof body>;
  try {
    const result = body.safeParse(JSON.parse(text));
    if (!result.success) {
      const list = new ProblemList<ApiProblem & { row: number }>();
      for (const i of result.error.issues) {
        const index = typeof i.path[1] === 'number' ? i.path[1] : null;
        list.push({ row: index ?? -1, index, field: String(i.path.at(-1) ?? 'observations'), message: i.message });
      }
      const { problems, more } = list.result();
      return unprocessable(problems.map((p) => ({ index: p.index, field: p.field, message: p.message })), more);
    }
    parsed = result.data;
  } catch {
    return unprocessable([{ index: null, field: 'body', message: 'the body is not JSON' }], null);
  }

  // Permissions before values: an item for another province, or a commune outside the writer's
  // units, is refused whatever it holds. The unit is read as the validator reads it (a code, a
  // name as people write it, a commune by code or by name within its province); one no map
  // knows is the validator's to refuse.
  const today = vietnamDate(new Date());
  const context = validationContext(store, today, null);
  const unitOf = (o: { unit: string; province?: string; date: string | number }): WrittenUnit | null => {
    const reading = readDate(o.date);
    const edition = reading.ok ? editionInForce(reading.date) : '2025';
    const unit = readUnit(o.unit.trim(), (o.province ?? '').trim(), edition, context);
    return unit.code ? { edition, level: unit.level, code: unit.code, province: unit.province } : null;
  };
  const writer = canWrite(user, []); // not a viewer, not disabled
  const outside = parsed.observations
    .map((o, index) => ({ index, unit: unitOf(o) }))
    .filter((o): o is { index: number; unit: WrittenUnit } => o.unit !== null && !(writer && mayWrite(user.scope, o.unit)));
  if (outside.length > 0) {
    return json({ error: { message: `${user.email} may not write ${[...new Set(outside.map((o) => o.unit.code))].join(', ')}`, indexes: outside.map((o) => o.index) } }, { status: 403 });
  }

  let outcome;
  try {
    outcome = importObservations(
      store,
      parsed.observations.map((o, index) => ({ ...o, row: index })),
      { batch: { source: 'api', actor: user.email }, today, scope: user.scope },
    );
  } catch (e) {
    return unavailable(e);
  }
  if (outcome.problems.length > 0) {
    return unprocessable(outcome.problems.map((p) => ({ index: p.row, field: p.field, message: p.message.en, messageVi: p.message.vi })), outcome.more);
  }
  return json({ written: outcome.written });
}
