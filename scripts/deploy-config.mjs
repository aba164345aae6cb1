// `npm run deploy:config`: writes the deployer's files from src/config/http-policy.mjs, so that
// nginx, static hosts, npm start and the tests send the same headers.
//   npm run deploy:config                                     → deploy/nginx/raci.conf, deploy/_headers (committed)
//   npm run deploy:config -- --base=/raci/ --out-dir=<folder> → the same for a build under BASE_PATH=/raci/
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { nginxConfig, staticHostHeaders } from '../src/config/http-policy.mjs';

/** The files, by path relative to the output folder. */
export function deployFiles(base = '/') {
  return { 'nginx/raci.conf': nginxConfig({ base }), _headers: staticHostHeaders({ base }) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '/' }, 'out-dir': { type: 'string', default: 'deploy' } } });
  for (const [file, text] of Object.entries(deployFiles(values.base))) {
    const target = path.join(values['out-dir'], file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
