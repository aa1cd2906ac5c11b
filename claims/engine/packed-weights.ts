/**
 * The hashed-word weights of the stance model, stored as signed bytes (multiples of WEIGHT_STEP)
 * in base64. The claim fit's 16,384 slots (FIT_HASH_BITS) as a list of decimals would be about
 * 115 KB of the checker's bundle; packed they are 22 KB. Training quantises its weights the
 * same way before it scores or writes anything (scripts/stance-training.ts, `fit`), so what
 * cross-validation measured is what ships. Pure TypeScript: the engine runs where neither
 * `Buffer` nor a DOM exists.
 */

/**
 * One step of a stored weight: a power of two, so a weight on the grid is exactly a byte times the
 * step (quantising twice changes nothing, and training and the engine compute the same products).
 * Bytes reach +-127 steps, about +-0.99; the trained hashed-word weights stay within +-0.85.
 */
export const WEIGHT_STEP = 1 / 128;
const BYTE_LIMIT = 127;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** A weight as a byte: the nearest step, clamped to +-127 steps. */
export function toByte(weight: number): number {
  return Math.max(-BYTE_LIMIT, Math.min(BYTE_LIMIT, Math.round(weight / WEIGHT_STEP)));
}

/** Puts weights[from..] on the stored grid, in place (what the engine will read back). */
export function quantize(weights: Float64Array, from: number): void {
  for (let i = from; i < weights.length; i++) weights[i] = toByte(weights[i]!) * WEIGHT_STEP;
}

/** Bytes as base64 (standard alphabet, with padding). */
export function packBytes(bytes: Int8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]! & 0xff;
    const b = i + 1 < bytes.length ? bytes[i + 1]! & 0xff : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Base64 back to signed bytes; throws on a character outside the alphabet or a ragged length. */
export function unpackBytes(text: string): Int8Array {
  if (text.length % 4) throw new Error('packed weights: length is not a multiple of 4');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Int8Array((text.length / 4) * 3 - pad);
  for (let i = 0, o = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const ch = text.charCodeAt(i + k);
      const v = ch === 61 && i + k >= text.length - pad ? 0 : ch < 128 ? INDEX[ch]! : -1;
      if (v < 0) throw new Error(`packed weights: "${text[i + k]}" is not base64`);
      n = (n << 6) | v;
    }
    // An Int8Array stores each value modulo 256, which turns 0..255 back into -128..127.
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 0xff;
    if (o < bytes.length) bytes[o++] = n & 0xff;
  }
  return bytes;
}
