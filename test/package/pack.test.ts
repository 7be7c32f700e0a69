import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('the npm package', () => {
  it('installs from its tarball into an empty folder and runs `rubricate list` there', () => {
    const work = mkdtempSync(join(tmpdir(), 'rubricate-pack-'));
    const env = {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
    });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const contents = execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' });
    expect(contents).toMatch(/package\/dist\/cli\.js/);
    expect(contents).toMatch(/package\/schema\/rubric\.schema\.json/);
    expect(contents).toMatch(/package\/templates\/self-assessment\.hbs/);
    expect(contents).toMatch(/package\/rubrics\/2025-large-chart\.yaml/);
    expect(contents).not.toMatch(/package\/(src|test|node_modules)\//);

    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
    execFileSync('npm', ['install', '--prefer-offline', '--no-save', join(work, tarball)], {
      cwd: app,
      env,
      stdio: 'pipe',
    });
    const out = execFileSync('npx', ['--no-install', 'rubricate', 'list', '--json'], {
      cwd: app,
      env,
      encoding: 'utf8',
    });
    expect(JSON.parse(out).map((r: { id: string }) => r.id)).toEqual([
      '2020-assessment',
      '2021-planning',
      '2025-large-chart',
    ]);
  }, 240_000);
});
