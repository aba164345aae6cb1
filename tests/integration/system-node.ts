import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * The first `node` on the PATH that is not a node_modules shim (the system's: v20 on this
 * machine, older than the project's own), else the one running the tests.
 */
export function systemNode(): string {
  for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (folder.includes('node_modules')) continue;
    try {
      accessSync(path.join(folder, 'node'), constants.X_OK);
      return path.join(folder, 'node');
    } catch {}
  }
  return process.execPath;
}
