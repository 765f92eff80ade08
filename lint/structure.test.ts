import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The structure rules (eslint.config.mjs: import-x/no-cycle and the layer zones of
// import-x/no-restricted-paths) can go off without a sound: without import-x's parser and resolver
// settings no-cycle reads no .ts module and reports nothing, and `eslint .` stays green. So this
// test lints the fixtures of lint/fixtures/ (broken on purpose, one per rule, and clean ones) with
// the project's own config and demands each break be reported by the rule it breaks.

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'lint', 'fixtures');

/** ESLint as `eslint .` runs it (the project's config, from the root), minus the ignore of lint/fixtures/. */
const eslint = new ESLint({ cwd: root, ignore: false });

const ruleIds = (result: ESLint.LintResult): string[] =>
  [...new Set(result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`))].sort();

/** Lints lint/fixtures/layers/<name> as if it were the file <layer>/__structure-fixture__.ts. */
async function lintAsIf(name: string): Promise<string[]> {
  const layer = name.split('-')[0];
  const code = readFileSync(path.join(fixtures, 'layers', name), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(root, layer, '__structure-fixture__.ts') });
  return ruleIds(result);
}

describe('the structure lint rules (eslint.config.mjs)', () => {
  it('report an import cycle as import-x/no-cycle, in both files', async () => {
    const results = await eslint.lintFiles([path.join(fixtures, 'cycle-a.ts'), path.join(fixtures, 'cycle-b.ts')]);
    expect(results.map((r) => [path.basename(r.filePath), ruleIds(r)])).toEqual([
      ['cycle-a.ts', ['import-x/no-cycle']],
      ['cycle-b.ts', ['import-x/no-cycle']],
    ]);
  }, 180_000);

  it('report every import against the layers as import-x/no-restricted-paths, and pass the imports along them', async () => {
    const names = readdirSync(path.join(fixtures, 'layers')).sort();
    const found = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await lintAsIf(name)] as const)));
    expect(found).toEqual({
      'app-clean.ts': [],
      'components-import-app.ts': ['import-x/no-restricted-paths'],
      'db-clean.ts': [],
      'db-imports-app.ts': ['import-x/no-restricted-paths'],
      'lib-clean.ts': [],
      'lib-imports-db.ts': ['import-x/no-restricted-paths'],
    });
  }, 180_000);
});
