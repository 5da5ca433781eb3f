import { inspect } from 'node:util';

const redacted = '***';

/**
 * A secret (registry password, token) that never prints itself: `String()`, template literals,
 * `JSON.stringify` and `util.inspect` all give `***`. The only way to the value is `reveal()`, called
 * where the value is put on the wire.
 */
export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  get isEmpty(): boolean {
    return this.#value === '';
  }

  toString(): string {
    return redacted;
  }

  toJSON(): string {
    return redacted;
  }

  [inspect.custom](): string {
    return `SecretValue(${redacted})`;
  }
}
