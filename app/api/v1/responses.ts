// JSON answers of the API: data, or an error naming the parameter and the reason.
import { StoreUnavailableError } from '@/db/store/durable';
import type { z } from 'zod';
import { cached } from '@/db/store/cache';
import { missingStoreText } from '@/db/store/client';
import type { Store } from '@/db/store/types';
import { userForApiToken, userForSession, type User } from '@/db/users';
import { toCsv } from '@/lib/exports/csv';
import { fieldErrors } from '@/lib/validation';
import { toXlsx, XLSX_CONTENT_TYPE, type TableCell } from '@/lib/exports/xlsx';
import type { ParamProblem } from '@/lib/view/params';

export function json(data: unknown, init: ResponseInit = {}): Response {
  return Response.json(data, {
    ...init,
    headers: { 'Cache-Control': 'no-store', ...init.headers },
  });
}

/** An answer's bytes and headers, kept as they are sent (see cachedAnswer). */
export interface Answer {
  body: Uint8Array;
  headers: Record<string, string>;
}

const answerResponse = (a: Answer): Response => new Response(a.body as Uint8Array<ArrayBuffer>, { headers: a.headers });

/**
 * An answer computed once per data version and key and kept as bytes: a repeated request costs
 * a version check and the bytes' copy to the socket, never a recomputation or a re-encoding, and
 * never older data than the last write (db/store/cache.ts).
 */
export function cachedAnswer(store: Store, key: string, make: () => Answer): Response {
  return answerResponse(cached(store, `answer:${key}`, make));
}

export function jsonAnswer(data: unknown): Answer {
  return { body: Buffer.from(JSON.stringify(data)), headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } };
}

/** A JSON answer computed once per data version (cachedAnswer). */
export function cachedJson(store: Store, key: string, compute: () => unknown): Response {
  return cachedAnswer(store, `json:${key}`, () => jsonAnswer(compute()));
}

/**
 * Reading is open unless READ_REQUIRES_LOGIN=true; then a JSON read needs a session cookie or
 * an API token. Null when allowed, else the 401 to answer; a 503 while there is no store file
 * (an empty answer would read as "no data").
 */
export function readerRefusal(request: Request, store: Store): Response | null {
  if (store.readonly === 'missing') return storeUnavailable(missingStoreText(store.path));
  if (process.env.READ_REQUIRES_LOGIN !== 'true') return null;
  const auth = request.headers.get('authorization') ?? '';
  if (auth.startsWith('Bearer ') && userForApiToken(store, auth.slice(7).trim())) return null;
  const session = /(?:^|;\s*)d06_session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  if (userForSession(store, session)) return null;
  return json({ error: { message: 'sign in or use an API token to read this dashboard' } }, { status: 401 });
}

export function badRequest(parameter: string, message: string, messageVi?: string): Response {
  const vi = messageVi ? { messageVi: `${parameter} ${messageVi}` } : {};
  return json({ error: { parameter, message: `${parameter} ${message}`, ...vi } }, { status: 400 });
}

/** A refusal that involves several parameters (lib/view/params.ts ParamProblem), in both languages. */
export function paramRefusal(problem: ParamProblem): Response {
  return badRequest(problem.parameter, problem.message.en, problem.message.vi);
}

/** Parses the query string with a schema; the first problem becomes a 400. */
export function parseQuery<T extends z.ZodType>(
  request: Request,
  schema: T,
): { ok: true; data: z.infer<T> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = schema.safeParse(params);
  if (result.success) return { ok: true, data: result.data };
  const [first] = fieldErrors(result.error);
  return { ok: false, response: badRequest(first.field, first.message) };
}

/** A table as an Excel workbook (lib/exports/xlsx.ts): real number and date cells. */
export function xlsxAnswer(header: readonly string[], rows: readonly (readonly TableCell[])[], filename: string, sheet: string): Answer {
  return { body: toXlsx(header, rows, sheet), headers: download(XLSX_CONTENT_TYPE, filename) };
}

export function xlsx(header: readonly string[], rows: readonly (readonly TableCell[])[], filename: string, sheet: string): Response {
  return answerResponse(xlsxAnswer(header, rows, filename, sheet));
}

export function csvAnswer(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], filename: string): Answer {
  return { body: Buffer.from(toCsv(header, rows)), headers: download('text/csv; charset=utf-8', filename) };
}

export function csv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], filename: string): Response {
  return answerResponse(csvAnswer(header, rows, filename));
}

function download(contentType: string, filename: string): Record<string, string> {
  return { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' };
}

/** The account of the request's bearer token, or the 401 to answer (every write of the API). */
export function tokenUser(request: Request, store: Store): { ok: true; user: User } | { ok: false; response: Response } {
  const auth = request.headers.get('authorization') ?? '';
  const user = auth.startsWith('Bearer ') ? userForApiToken(store, auth.slice(7).trim()) : null;
  if (user) return { ok: true, user };
  return { ok: false, response: json({ error: { message: 'a valid bearer token is required' } }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }) };
}

/** The request's body as text, or the 413 to answer when it is over `maxBytes` (declared or read). */
export async function bodyText(request: Request, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const tooLarge = () => ({ ok: false as const, response: json({ error: { message: `the body is over ${maxBytes} bytes` } }, { status: 413 }) });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const text = await request.text();
  return text.length > maxBytes ? tooLarge() : { ok: true, text };
}

/** 503: the store cannot be read or written now (missing, read-only, moved); nothing was written. */
export function storeUnavailable(text: { vi: string; en: string }): Response {
  return json({ error: { message: text.en, messageVi: text.vi } }, { status: 503, headers: { 'Retry-After': '60' } });
}

/** A write that threw: the 503 of a store that refused it (db/store/durable.ts), else the error goes on. */
export function unavailable(e: unknown): Response {
  if (e instanceof StoreUnavailableError) return storeUnavailable(e.text);
  throw e;
}

/** One field's problem in a 422: English and Vietnamese. */
export interface ApiFieldError {
  field: string;
  message: string;
  messageVi: string;
}

/** 422 `{ errors: [ { field, message, messageVi } ] }`: the values were refused; nothing was written. */
export const unprocessable = (errors: ApiFieldError[]) => json({ errors }, { status: 422 });

export const problemsJson = (problems: readonly { field: string; message: { vi: string; en: string } }[]): ApiFieldError[] =>
  problems.map((p) => ({ field: p.field, message: p.message.en, messageVi: p.message.vi }));

/**
 * A request's JSON body as an object of known fields, or the problems: not JSON, not an object,
 * a field it does not know (at most 20 named). Every write of the API reads its body so.
 */
export function jsonObjectBody(text: string, fields: readonly string[]): { ok: true; body: Record<string, unknown> } | { ok: false; errors: ApiFieldError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ field: 'body', message: 'the body is not JSON', messageVi: 'Nội dung gửi lên không phải JSON.' }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ field: 'body', message: `the body must be a JSON object with ${fields.join(', ')}`, messageVi: `Nội dung phải là một đối tượng JSON gồm ${fields.join(', ')}.` }] };
  }
  const unknown = Object.keys(value).filter((k) => !fields.includes(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.slice(0, 20).map((k) => ({ field: k.slice(0, 40), message: `unknown field (expected one of ${fields.join(', ')})`, messageVi: `Trường không có trong mẫu (chỉ nhận ${fields.join(', ')}).` })),
    };
  }
  return { ok: true, body: value as Record<string, unknown> };
}
