/**
 * Numbers as santhosh-tekuri/jsonschema prints them in Helm's schema errors: through golang.org/x/text's
 * English printer, which groups thousands (`70,000`) and writes exponents as `1.5×10⁰⁶` (checked against
 * x/text v0.43 for both verbs).
 */
import { formatFloat } from '../template/goFloat.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** `%d` of an integer. */
export function localizedInt(n: number): string {
  return n < 0 ? `-${groupThousands(String(-n))}` : groupThousands(String(n));
}

/** `%v` of a float64: Go's shortest %g form, grouped, with a superscript exponent of at least two digits. */
export function localizedFloat(f: number): string {
  const g = formatFloat(f, 'g', -1);
  const m = /^(-?)(\d+)(\.\d+)?(?:e([+-])(\d+))?$/.exec(g);
  if (m === null) return g; // NaN, ±Inf: JSON values cannot hold them
  const [, sign, whole, fraction = '', expSign, exp] = m;
  const mantissa = `${sign}${groupThousands(whole!)}${fraction}`;
  if (exp === undefined) return mantissa;
  const expDigits = [...exp.padStart(2, '0')].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `${mantissa}×10${expSign === '-' ? '⁻' : ''}${expDigits}`;
}
