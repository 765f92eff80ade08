import { describe, expect, it } from 'vitest';
import { isRevertable, revertRefusal } from './revert';

describe('which batches can be reverted', () => {
  it('a batch of figures, a revert included (a revert of a revert puts things back)', () => {
    for (const source of ['import', 'api', 'form', 'script', 'revert']) expect(isRevertable({ source, figureChanges: 3, targetChanges: 0 })).toBe(true);
  });

  it('not the seed, not a batch of targets, not a batch without changes of figures', () => {
    expect(revertRefusal({ source: 'seed', figureChanges: 0, targetChanges: 0 })).toMatch(/reseed/);
    expect(revertRefusal({ source: 'import', figureChanges: 0, targetChanges: 2 })).toMatch(/targets batch is not reverted/);
    expect(revertRefusal({ source: 'import', figureChanges: 0, targetChanges: 0 })).toMatch(/no change of figures/);
    expect(isRevertable({ source: 'import', figureChanges: 1, targetChanges: 1 })).toBe(false);
  });
});
