import { runCli } from '../helpers/cli.js';

export interface Worksheet {
  rubric: string;
  kind: string;
}

/** Every worksheet kind each shipped rubric offers, as `rubricate list --json` reports them. */
export function offeredWorksheets(): Worksheet[] {
  const listed = runCli(['list', '--json']);
  if (listed.code !== 0) throw new Error(`rubricate list failed: ${listed.stderr}`);
  const rubrics = JSON.parse(listed.stdout) as { id: string; worksheets: string[] }[];
  return rubrics.flatMap(({ id, worksheets }) => worksheets.map((kind) => ({ rubric: id, kind })));
}

/** Renders a worksheet with the real CLI; throws with its stderr when that fails. */
export function render(worksheet: Worksheet, output: string, extra: string[] = []): void {
  const result = runCli(['render', worksheet.rubric, '--kind', worksheet.kind, '-o', output, ...extra]);
  if (result.code !== 0) throw new Error(`render failed: ${result.stderr}`);
}
