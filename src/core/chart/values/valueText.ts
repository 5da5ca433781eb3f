/** fmt's %v of a values tree, for Helm's coalesce warnings (maps with sorted keys, slices in brackets). */
export function formatValueForWarning(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloatV(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(formatValueForWarning).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('value' in o && typeof o.value === 'bigint') return String(o.value);
    const keys = Object.keys(o).sort();
    return `map[${keys.map((k) => `${k}:${formatValueForWarning(o[k])}`).join(' ')}]`;
  }
  return String(v);
}

/** %v of a float64: shortest form, exponent from 1e21 up and below 1e-4 (Go's %v uses %g with shortest precision). */
function goFloatV(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = f.toExponential().split('e') as [string, string];
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(f);
}
