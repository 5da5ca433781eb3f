/**
 * The protobuf wire format, as much as Helm 2's release messages need: varints, length-delimited fields
 * (strings, bytes, messages, packed repeated enums) and skipping fixed-width fields. Decoding stops with a
 * ProtobufError at the first malformed byte.
 */
export class ProtobufError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtobufError';
  }
}

export interface WireField {
  field: number;
  /** 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
  wireType: number;
  varint?: bigint;
  bytes?: Uint8Array;
}

function readVarint(data: Uint8Array, offset: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = offset; i < data.length && i < offset + 10; i++) {
    const b = data[i]!;
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, i + 1];
    shift += 7n;
  }
  throw new ProtobufError(`truncated or overlong varint at byte ${offset}`);
}

/** Every field of one message, in wire order. */
export function readFields(data: Uint8Array): WireField[] {
  const fields: WireField[] = [];
  let offset = 0;
  while (offset < data.length) {
    const [tag, next] = readVarint(data, offset);
    const field = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    if (field === 0) throw new ProtobufError(`field number 0 at byte ${offset}`);
    offset = next;
    switch (wireType) {
      case 0: {
        const [value, after] = readVarint(data, offset);
        fields.push({ field, wireType, varint: value });
        offset = after;
        break;
      }
      case 1:
        if (offset + 8 > data.length) throw new ProtobufError(`truncated fixed64 field ${field}`);
        offset += 8;
        break;
      case 5:
        if (offset + 4 > data.length) throw new ProtobufError(`truncated fixed32 field ${field}`);
        offset += 4;
        break;
      case 2: {
        const [length, after] = readVarint(data, offset);
        const end = after + Number(length);
        if (length > BigInt(data.length) || end > data.length) throw new ProtobufError(`field ${field} is ${length} bytes long but only ${data.length - after} remain`);
        fields.push({ field, wireType, bytes: data.subarray(after, end) });
        offset = end;
        break;
      }
      default:
        throw new ProtobufError(`unsupported wire type ${wireType} (field ${field}) at byte ${offset}`);
    }
  }
  return fields;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Typed access to one decoded message's fields (proto3: absent = default). */
export class WireMessage {
  readonly #fields: WireField[];

  constructor(data: Uint8Array) {
    this.#fields = readFields(data);
  }

  #last(field: number): WireField | undefined {
    for (let i = this.#fields.length - 1; i >= 0; i--) if (this.#fields[i]!.field === field) return this.#fields[i];
    return undefined;
  }

  #expect(f: WireField, wireType: number): WireField {
    if (f.wireType !== wireType) throw new ProtobufError(`field ${f.field} has wire type ${f.wireType}, expected ${wireType}`);
    return f;
  }

  string(field: number): string {
    const f = this.#last(field);
    return f ? utf8.decode(this.#expect(f, 2).bytes!) : '';
  }

  bytes(field: number): Uint8Array {
    const f = this.#last(field);
    return f ? this.#expect(f, 2).bytes! : new Uint8Array();
  }

  /** int32 / enum: a negative int32 is sent as a 64-bit two's complement varint. */
  int32(field: number): number {
    const f = this.#last(field);
    return f ? Number(BigInt.asIntN(32, this.#expect(f, 0).varint!)) : 0;
  }

  int64(field: number): bigint {
    const f = this.#last(field);
    return f ? BigInt.asIntN(64, this.#expect(f, 0).varint!) : 0n;
  }

  bool(field: number): boolean {
    const f = this.#last(field);
    return f ? this.#expect(f, 0).varint! !== 0n : false;
  }

  message(field: number): WireMessage | undefined {
    const f = this.#last(field);
    return f ? new WireMessage(this.#expect(f, 2).bytes!) : undefined;
  }

  messages(field: number): WireMessage[] {
    return this.#fields.filter((f) => f.field === field).map((f) => new WireMessage(this.#expect(f, 2).bytes!));
  }

  strings(field: number): string[] {
    return this.#fields.filter((f) => f.field === field).map((f) => utf8.decode(this.#expect(f, 2).bytes!));
  }

  /** Repeated enum / int32: packed (proto3's default) or one field per element. */
  enums(field: number): number[] {
    const out: number[] = [];
    for (const f of this.#fields) {
      if (f.field !== field) continue;
      if (f.wireType === 0) out.push(Number(BigInt.asIntN(32, f.varint!)));
      else if (f.wireType === 2) for (const p of readFields(packedAsFields(f.bytes!))) out.push(Number(BigInt.asIntN(32, p.varint!)));
      else throw new ProtobufError(`field ${field} has wire type ${f.wireType}, expected a varint or packed varints`);
    }
    return out;
  }

  has(field: number): boolean {
    return this.#last(field) !== undefined;
  }
}

/** Packed varints re-tagged as field 1 varints so readFields can walk them. */
function packedAsFields(packed: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < packed.length) {
    out.push(0x08);
    do out.push(packed[i]!);
    while (packed[i++]! & 0x80 && i < packed.length);
  }
  return Uint8Array.from(out);
}
