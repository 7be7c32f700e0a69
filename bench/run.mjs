// npm run bench [-- --quick] [-- --only NAME] [-- --skip NAME] [-- --runs N]: each scenario runs as whole processes, a warm-up then
// several timed runs; prints median/min/max wall time, peak memory and ratios measured in the same run,
// and writes bench/results.json.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { batchCsv, editedRubrics, filledPdfs, responsesFolder, syntheticRubric, WORK } from './fixtures.mjs';
import { measure } from './measure.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const CLI = [process.execPath, join(ROOT, 'bin', 'rubricate.js')];
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const skip = args.includes('--skip') ? args[args.indexOf('--skip') + 1] : undefined;
// At most this many timed runs per scenario (after the warm-up), for a loaded machine or a long scenario.
const maxRuns = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : undefined;
// Outputs go to a folder of this run's own, so that two runs (e.g. --only and --skip) do not clear each other's.
const out = (name) => join(WORK, `out-${process.pid}`, name);

/** name, argv (or a function giving it), runs, quick?, target (ratio against a baseline). */
const SCENARIOS = [
  { name: 'node -e 0', argv: () => [process.execPath, '-e', '0'], runs: 15, quick: true },
  {
    name: 'pdf-lib baseline form',
    argv: () => [process.execPath, join(ROOT, 'bench/baselines/pdf-lib-form.mjs'), out('baseline.pdf')],
    runs: 5,
    quick: true,
  },
  {
    name: '--version',
    argv: () => [...CLI, '--version'],
    runs: 15,
    quick: true,
    target: { of: 'node -e 0', max: 1.5 },
    modules: true,
  },
  {
    name: 'validate (3 rubrics)',
    argv: () => [...CLI, 'validate'],
    runs: 10,
    quick: true,
    target: { of: 'node -e 0', max: 2 },
    modules: true,
  },
  {
    // Shipped rubrics are checked at build time; edited copies show the cost of a full parse and check.
    name: 'validate (3 edited copies)',
    argv: () => [...CLI, 'validate', ...editedRubrics()],
    runs: 10,
    quick: true,
  },
  ...['2020', '2021', '2025'].flatMap((year) =>
    ['pdf', 'docx', 'html'].map((format) => ({
      name: `render ${year} → ${format}`,
      argv: () => [
        ...CLI,
        'render',
        year,
        '--kind',
        'self-assessment',
        '-o',
        out(`r-${year}.${format}`),
        '--force',
      ],
      runs: 7,
      quick: year === '2025',
      ...(year === '2025' && format === 'pdf'
        ? { target: { of: 'node -e 0', max: 3 }, faster: { than: 'pdf-lib baseline form', by: 4 } }
        : {}),
      ...(year === '2025' && format === 'docx' ? { target: { of: 'node -e 0', max: 2.5 } } : {}),
    })),
  ),
  {
    name: 'render 2025 large-chart 24×36 → pdf',
    argv: () => [...CLI, 'render', '2025', '--kind', 'large-chart', '-o', out('chart-2025.pdf'), '--force'],
    runs: 7,
    quick: true,
    target: { of: 'node -e 0', max: 4 },
  },
  ...['pdf', 'docx'].map((format) => ({
    name: `batch 1000 × 2025 ${format}`,
    argv: () => [
      ...CLI,
      'render',
      '2025',
      '--kind',
      'self-assessment',
      '--batch',
      batchCsv(1000),
      '--out-dir',
      out(`batch-${format}`),
      '--format',
      format,
      '--force',
      '--quiet',
    ],
    runs: 3,
    per: 1000,
    perSecondMin: format === 'pdf' ? 100 : 200,
    peakMbMax: 300,
  })),
  {
    name: 'batch 100 × 2025 pdf',
    argv: () => [
      ...CLI,
      'render',
      '2025',
      '--kind',
      'self-assessment',
      '--batch',
      batchCsv(100),
      '--out-dir',
      out('batch-q'),
      '--format',
      'pdf',
      '--force',
      '--quiet',
    ],
    runs: 3,
    per: 100,
    quick: true,
    onlyQuick: true,
  },
  {
    name: 'score 1000 responses',
    argv: () => [
      ...CLI,
      'score',
      responsesFolder(1000),
      '--format',
      'json',
      '-o',
      out('score-1000.json'),
      '--force',
    ],
    runs: 3,
    quick: true,
    modules: true,
  },
  {
    name: 'score 10000 responses',
    argv: () => [
      ...CLI,
      'score',
      responsesFolder(10000),
      '--format',
      'json',
      '-o',
      out('score-10000.json'),
      '--force',
    ],
    runs: 3,
    targetMs: 4000,
  },
  {
    name: 'score --group-by district, 100 × 12',
    argv: () => [
      ...CLI,
      'score',
      responsesFolder(12, 100),
      '--group-by',
      'district',
      '--format',
      'json',
      '-o',
      out('score-grouped.json'),
      '--force',
    ],
    runs: 3,
    quick: true,
    targetMs: 3000,
  },
  {
    name: 'score team of 12',
    argv: () => [
      ...CLI,
      'score',
      responsesFolder(12),
      '--format',
      'json',
      '-o',
      out('score-12.json'),
      '--force',
    ],
    runs: 7,
    quick: true,
  },
  {
    name: 'diff 2020 2021',
    argv: () => [...CLI, 'diff', '2020', '2021', '--format', 'json', '-o', out('diff.json')],
    runs: 7,
    quick: true,
    okCodes: [0, 1],
  },
  {
    name: 'diff 2000 × 2000 items',
    argv: () => {
      const a = syntheticRubric(2000, 1);
      const b = syntheticRubric(2000, 1, true);
      return a && b ? [...CLI, 'diff', a, b, '--format', 'json', '-o', out('diff-big.json')] : null;
    },
    runs: 3,
    targetMs: 2000,
    okCodes: [0, 1],
  },
  {
    name: 'extract 1000 filled PDFs',
    argv: async () => [
      ...CLI,
      'extract',
      ...(await listDir(await filledPdfs(1000))),
      '--out-dir',
      out('extracted'),
      '--force',
    ],
    runs: 3,
    per: 1000,
    perSecondMin: 100,
  },
];

async function listDir(dir) {
  const { readdirSync } = await import('node:fs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(dir, f));
}

/**
 * One more, untimed run under bench/count-modules.mjs: how many of the project's and its packages' files
 * the command loaded (Node's own modules left out), their size, and the packages among them.
 */
async function loadedModules(argv) {
  const list = join(WORK, 'modules.txt');
  const hook = join(ROOT, 'bench', 'count-modules.mjs');
  const run = await measure([argv[0], '--import', hook, ...argv.slice(1)], {
    cwd: ROOT,
    env: { BENCH_MODULES_OUT: list },
  });
  if (run.code !== 0 || !existsSync(list)) return { modules: null };
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  rmSync(list);
  rmSync(`${list}.esm`, { force: true });
  const packages = new Set(
    files.flatMap((f) => {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f);
      return m ? [m[1]] : [];
    }),
  );
  const kb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1024;
  return { modules: files.length, modulesKb: kb, packages: [...packages].sort() };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function runScenario(scenario) {
  const argv = await scenario.argv();
  if (!argv) return { name: scenario.name, error: 'input generator missing' };
  rmSync(out(''), { recursive: true, force: true });
  mkdirSync(out(''), { recursive: true });
  const warm = await measure(argv, { cwd: ROOT });
  const ok = scenario.okCodes ?? [0];
  if (!ok.includes(warm.code))
    return {
      name: scenario.name,
      error: `exit ${warm.code}: ${warm.stderr.trim().split('\n').slice(-1)[0] ?? ''}`,
    };
  const runs = Math.min(quick ? Math.min(scenario.runs, 3) : scenario.runs, maxRuns ?? Infinity);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measure(argv, { cwd: ROOT }));
  const times = samples.map((s) => s.ms);
  const peaks = samples.map((s) => s.peakMb).filter((p) => p !== null);
  return {
    name: scenario.name,
    runs,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    peakMb: peaks.length ? Math.max(...peaks) : null,
    ...(scenario.modules ? await loadedModules(argv) : {}),
  };
}

const selected = SCENARIOS.filter(
  (s) =>
    (only ? s.name.includes(only) || s.name === 'node -e 0' : quick ? s.quick : !s.onlyQuick) &&
    !(skip && s.name.includes(skip) && s.name !== 'node -e 0'),
);
const results = [];
for (const scenario of selected) {
  process.stderr.write(`… ${scenario.name}\n`);
  const result = await runScenario(scenario);
  results.push(result);
  // Each result as it comes, so that a long run stopped half-way still shows what it measured.
  process.stderr.write(`  ${JSON.stringify(result)}\n`);
}
const byName = Object.fromEntries(results.map((r) => [r.name, r]));
const floor = byName['node -e 0']?.medianMs;
const rows = results.map((r) => {
  const s = SCENARIOS.find((x) => x.name === r.name);
  if (r.error) return { ...r, verdict: `error: ${r.error}` };
  const checks = [];
  const ratio = floor ? r.medianMs / floor : null;
  if (s.target) {
    const base = byName[s.target.of]?.medianMs;
    if (base)
      checks.push(
        `${(r.medianMs / base).toFixed(2)}× ${s.target.of} (≤ ${s.target.max}) ${r.medianMs / base <= s.target.max ? 'ok' : 'MISSED'}`,
      );
  }
  if (s.faster) {
    const base = byName[s.faster.than]?.medianMs;
    if (base)
      checks.push(
        `${(base / r.medianMs).toFixed(1)}× faster than ${s.faster.than} (≥ ${s.faster.by}) ${base / r.medianMs >= s.faster.by ? 'ok' : 'MISSED'}`,
      );
  }
  if (s.per) {
    const rate = (s.per * 1000) / r.medianMs;
    r.perSecond = rate;
    checks.push(
      `${rate.toFixed(0)} files/s${s.perSecondMin ? ` (≥ ${s.perSecondMin}) ${rate >= s.perSecondMin ? 'ok' : 'MISSED'}` : ''}`,
    );
  }
  if (s.peakMbMax && r.peakMb !== null)
    checks.push(
      `peak ${r.peakMb.toFixed(0)} MB (< ${s.peakMbMax}) ${r.peakMb < s.peakMbMax ? 'ok' : 'MISSED'}`,
    );
  if (s.targetMs) checks.push(`< ${s.targetMs / 1000} s ${r.medianMs < s.targetMs ? 'ok' : 'MISSED'}`);
  if (s.modules)
    checks.push(
      r.modules === null
        ? 'modules: count failed'
        : `loads ${r.modules} files (${r.modulesKb.toFixed(0)} kB)${r.packages.length ? `, packages: ${r.packages.join(', ')}` : ', no packages'}`,
    );
  return { ...r, ratioToNode: ratio, verdict: checks.length ? checks.join('; ') : 'no target' };
});

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const table = [
  '| scenario | median | min | max | peak MB | × node -e 0 | target |',
  '|---|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) =>
    r.error
      ? `| ${r.name} | – | – | – | – | – | ${r.verdict} |`
      : `| ${r.name} | ${fmt(r.medianMs)} | ${fmt(r.minMs)} | ${fmt(r.maxMs)} | ${r.peakMb?.toFixed(0) ?? '–'} | ${r.ratioToNode?.toFixed(2) ?? '–'} | ${r.verdict} |`,
  ),
].join('\n');
process.stdout.write(`${table}\n`);
rmSync(out(''), { recursive: true, force: true });
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  quick,
};
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, results: rows }, null, 2)}\n`,
);
