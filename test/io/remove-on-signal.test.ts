import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOnSignal } from '../../src/io/remove-on-signal.js';

describe('removeOnSignal', () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it(`removes the temporary file being written when ${signal} arrives`, async () => {
      const temporary = join(mkdtempSync(join(tmpdir(), 'rubricate-signal-')), '.rubricate-x.tmp');
      // Another listener stands for the test runner, so the signal is not raised again to end the process.
      const before = process.listenerCount(signal);
      const keepAlive = () => {};
      process.on(signal, keepAlive);
      try {
        await removeOnSignal(temporary, async () => {
          writeFileSync(temporary, 'half');
          process.emit(signal, signal);
        });
      } finally {
        process.removeListener(signal, keepAlive);
      }
      expect(existsSync(temporary)).toBe(false);
      expect(process.listenerCount(signal)).toBe(before);
    });
  }

  it('adds no signal listener once the write is done', async () => {
    const before = process.listenerCount('SIGINT');
    await removeOnSignal('/nonexistent/.t.tmp', async () => undefined);
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
