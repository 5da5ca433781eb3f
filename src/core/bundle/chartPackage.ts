import { gzipSync, constants } from 'node:zlib';
import type { ChartFile } from '../chart/loader/chart.js';
import { compareGoStrings } from '../chart/template/goValues.js';
import { writeTar } from './tarWriter.js';

/**
 * A chart packaged as `helm package` lays it out (`<name>/<file>` entries, Chart.yaml first), but
 * deterministic: files in Go's lexical order, fixed tar headers with one mtime, gzip with no name and
 * mtime 0 at best compression. The same files and mtime give the same bytes (with the same zlib).
 */
export function packageChart(name: string, files: readonly ChartFile[], mtimeSeconds: number): Buffer {
  const ordered = [...files].sort((a, b) => (a.name === 'Chart.yaml' ? -1 : b.name === 'Chart.yaml' ? 1 : compareGoStrings(a.name, b.name)));
  const tar = writeTar(ordered.map((f) => ({ name: `${name}/${f.name}`, data: f.data })), mtimeSeconds);
  return gzipSync(tar, { level: constants.Z_BEST_COMPRESSION });
}
