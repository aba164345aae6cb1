import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

test('npm run deploy:config -- --base=/raci/ --out-dir=<folder> writes both files for that base', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'raci-deploy-'));
  const printed = execFileSync(process.execPath, ['scripts/deploy-config.mjs', '--base=/raci/', `--out-dir=${out}`], { encoding: 'utf8' });
  expect(printed).toBe(`wrote ${path.join(out, 'nginx/raci.conf')}\nwrote ${path.join(out, '_headers')}\n`);
  const nginx = readFileSync(path.join(out, 'nginx/raci.conf'), 'utf8');
  expect(nginx).toContain('error_page 404 /raci/404.html;');
  expect(nginx).toContain('location ^~ /raci/_astro/ {');
  expect(readFileSync(path.join(out, '_headers'), 'utf8')).toContain(
    '\n/raci/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  rmSync(out, { recursive: true, force: true });
});
