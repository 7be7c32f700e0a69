import { Chalk } from 'chalk';

/**
 * The one place that decides about colour: only on a TTY, never with NO_COLOR, always with FORCE_COLOR.
 * Everything else imports `colors` from here.
 */
function colorLevel(): 0 | 1 {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return 1;
  return process.stdout.isTTY ? 1 : 0;
}

export const colors = new Chalk({ level: colorLevel() });
