// With READ_REQUIRES_LOGIN=true every page asks for a session: each page calls the one guard
// (requireReader, or requireUser for the pages that always need one) with its own path, so that
// the login comes back to it. Only the login page itself is open.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = path.dirname(new URL(import.meta.url).pathname);
const OPEN = new Set(['/login']);

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === 'page.tsx' ? [full] : [];
  });
}

// Route groups, '(overview)', are folders that are not part of the URL.
const route = (file: string) =>
  `/${path.relative(APP, path.dirname(file)).split(path.sep).filter((part) => !/^\(.*\)$/.test(part)).join('/')}`.replace(/\/$/, '') || '/';

describe('every page', () => {
  const files = pages(APP);
  it('is found', () => expect(files.map(route)).toEqual(expect.arrayContaining(['/', '/present', '/present/new', '/provinces/[code]', '/data/audit', '/meetings', '/meetings/[id]', '/meetings/new', '/meetings/[id]/edit', '/provinces/[code]/communes/[commune]'])));

  it.each(files.map((f) => [route(f), f]))('%s calls requireReader or requireUser with its own path', (where, file) => {
    if (OPEN.has(where)) return;
    const source = readFileSync(file, 'utf8');
    const back = where.replace(/\[(\w+)\]/g, '$${$1}');
    const call = new RegExp(`await (requireReader|requireUser)\\((['\`])${back.replace(/[$.{}[\]/]/g, '\\$&')}\\2\\)`);
    expect(source).toMatch(call);
  });
});
