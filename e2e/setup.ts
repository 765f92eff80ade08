// Runs in every browser test file: a console error or an uncaught exception in any page a test
// opened fails that test, unless the test declared it (TrackedPage.allowConsole).
import { afterEach } from 'vitest';
import { takeBrowserErrors } from './browser';

afterEach((context) => {
  const errors = takeBrowserErrors();
  if (errors.length > 0) {
    throw new Error(`browser errors during "${context.task.name}":\n  ${errors.join('\n  ')}`);
  }
});
