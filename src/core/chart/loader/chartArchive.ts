/**
 * Helm's archive.LoadArchiveFiles: gunzip, read the tar, drop the top directory of each path, refuse paths
 * that escape the chart, strip a UTF-8 BOM, and enforce the 100 MiB decompressed limit.
 */
import { posix } from 'node:path';
import type { ChartFile } from './chart.js';
import { readTarEntries } from './tarEntries.js';

export const MAX_DECOMPRESSED_CHART_SIZE = 100 * 1024 * 1024;

export class ChartArchiveError extends Error {}

export function stripBom(data: Uint8Array): Uint8Array {
  return data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
}

export function isGzip(data: Uint8Array): boolean {
  return data.length >= 3 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08;
}

export function readChartArchive(archive: Uint8Array): ChartFile[] {
  if (!isGzip(archive)) throw new ChartArchiveError('gzip: invalid header');
  let tar: Uint8Array;
  try {
    // node:zlib is loaded only for archives: chart directories, the usual case, start without it.
    tar = process.getBuiltinModule('node:zlib').gunzipSync(archive, { maxOutputLength: MAX_DECOMPRESSED_CHART_SIZE + 1024 * 1024 });
  } catch (e) {
    throw new ChartArchiveError(`unable to decompress chart archive: ${(e as Error).message}`);
  }
  const files: ChartFile[] = [];
  let remaining = MAX_DECOMPRESSED_CHART_SIZE;
  for (const entry of readTarEntries(tar)) {
    if (entry.type !== '0') continue; // directories, links and devices carry no chart content
    const delimiter = entry.name.includes('\\') ? '\\' : '/';
    const parts = entry.name.split(delimiter);
    let n = parts.slice(1).join('/');
    if (n.startsWith('/')) throw new ChartArchiveError('chart illegally contains absolute paths');
    n = posix.normalize(n === '' ? '.' : n).replace(/\/$/, '');
    if (n === '.') throw new ChartArchiveError(`chart illegally contains content outside the base directory: "${entry.name}"`);
    if (n.startsWith('..')) throw new ChartArchiveError('chart illegally references parent directory');
    if (/^[a-zA-Z]:\//.test(n)) throw new ChartArchiveError('chart contains illegally named files');
    if (parts[0] === 'Chart.yaml') throw new ChartArchiveError('chart yaml not in base directory');
    remaining -= entry.data.length;
    if (remaining <= 0) throw new ChartArchiveError(`decompressed chart is larger than the maximum size ${MAX_DECOMPRESSED_CHART_SIZE}`);
    files.push({ name: n, data: stripBom(entry.data) });
  }
  if (files.length === 0) throw new ChartArchiveError('no files in chart archive');
  return files;
}
