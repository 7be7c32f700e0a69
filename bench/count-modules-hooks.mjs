// Loader hooks for bench/count-modules.mjs: appends the URL of every module loaded to a log file.
import { appendFileSync } from 'node:fs';

let log;
export function initialize(data) {
  log = data.log;
}
export async function load(url, context, next) {
  appendFileSync(log, `${url}\n`);
  return next(url, context);
}
