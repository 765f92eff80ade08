// POST /api/v1/observations with "Authorization: Bearer <token>": a batch of up to 10,000
// figures, all-or-nothing, idempotent. 401 without a valid token; 403 when any item is outside
// the token owner's units (checked before the values); 422 with every invalid item; 200 with
// what was written.
import { z } from 'zod';
import { json } from '../responses';
import { getStore } from '@/db/client';
import { StoreUnavailableError } from '@/db/durable';
import { importObservations } from '@/db/import';
import { canWrite, userForApiToken } from '@/db/users';
import { isIsoDate, vietnamDate } from '@/lib/dates';
import { editionInForce } from '@/lib/editions';

export const dynamic = 'force-dynamic';

const MAX_ITEMS = 10_000;
/** About 200 bytes an item at most, with room to spare. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const body = z.object({
  observations: z
    .array(z.object({ unit: z.string(), metric: z.string(), date: z.string(), value: z.union([z.number(), z.string()]), correction: z.string().optional() }))
    .min(1, { message: 'must hold at least one item' })
    .max(MAX_ITEMS, { message: `must hold at most ${MAX_ITEMS} items` }),
});

export async function POST(request: Request): Promise<Response> {
  const store = getStore();
  const auth = request.headers.get('authorization') ?? '';
  const user = auth.startsWith('Bearer ') ? userForApiToken(store, auth.slice(7).trim()) : null;
  if (!user) return json({ error: { message: 'a valid bearer token is required' } }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });

  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return json({ error: { message: `the body is over ${MAX_BODY_BYTES} bytes` } }, { status: 413 });
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return json({ error: { message: `the body is over ${MAX_BODY_BYTES} bytes` } }, { status: 413 });
  let parsed: z.infer<typeof body>;
  try {
    const result = body.safeParse(JSON.parse(text));
    if (!result.success) {
      return json({ errors: result.error.issues.map((i) => ({ index: typeof i.path[1] === 'number' ? i.path[1] : null, field: String(i.path.at(-1) ?? 'observations'), message: i.message })) }, { status: 422 });
    }
    parsed = result.data;
  } catch {
    return json({ errors: [{ index: null, field: 'body', message: 'the body is not JSON' }] }, { status: 422 });
  }

  // Permissions before values: an item for another province is refused whatever it holds.
  const outside = parsed.observations
    .map((o, index) => ({ index, unit: `${isIsoDate(o.date) ? editionInForce(o.date) : '2025'}:${o.unit}` }))
    .filter((o) => !canWrite(user, [o.unit]));
  if (outside.length > 0) {
    return json({ error: { message: `${user.email} may not write ${[...new Set(outside.map((o) => o.unit.slice(5)))].join(', ')}`, indexes: outside.map((o) => o.index) } }, { status: 403 });
  }

  let outcome;
  try {
    outcome = importObservations(
      store,
      parsed.observations.map((o, index) => ({ ...o, row: index })),
      { batch: { source: 'api', actor: user.email }, today: vietnamDate(new Date()), scope: user.scope },
    );
  } catch (e) {
    // Read-only, missing, or moved since the server opened it: nothing was written.
    if (e instanceof StoreUnavailableError) return json({ error: { message: e.text.en, messageVi: e.text.vi } }, { status: 503, headers: { 'Retry-After': '60' } });
    throw e;
  }
  if (outcome.problems.length > 0) {
    return json({ errors: outcome.problems.map((p) => ({ index: p.row, field: p.field, message: p.message.en, messageVi: p.message.vi })) }, { status: 422 });
  }
  return json({ written: outcome.written });
}
