import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packBytes, quantize, toByte, unpackBytes, WEIGHT_STEP } from '../../claims/engine/packed-weights';

const bytes = fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 64 }).map((a) => Int8Array.from(a));

describe('packed weights (property)', () => {
  it('unpacks what it packs, at every length (padding of 0, 1 and 2)', () => {
    fc.assert(fc.property(bytes, (b) => {
      expect(Array.from(unpackBytes(packBytes(b)))).toEqual(Array.from(b));
    }), { numRuns: 1000 });
  });

  it('packs as standard base64 does (the file stays readable by any tool)', () => {
    fc.assert(fc.property(bytes, (b) => {
      expect(packBytes(b)).toBe(Buffer.from(b.buffer, b.byteOffset, b.length).toString('base64'));
    }), { numRuns: 500 });
  });

  it('quantises to the nearest step within +-127 steps, and a second time changes nothing', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { maxLength: 32 }), (values) => {
      const w = Float64Array.from(values);
      quantize(w, 0);
      w.forEach((q, i) => {
        expect(Math.abs(q)).toBeLessThanOrEqual(127 * WEIGHT_STEP);
        if (Math.abs(values[i]!) <= 127 * WEIGHT_STEP) expect(Math.abs(q - values[i]!)).toBeLessThanOrEqual(WEIGHT_STEP / 2);
        expect(toByte(q) * WEIGHT_STEP).toBe(q);
      });
      const again = Float64Array.from(w);
      quantize(again, 0);
      expect(Array.from(again)).toEqual(Array.from(w));
    }), { numRuns: 500 });
  });

  it('leaves the weights before `from` (the named ones) as they are', () => {
    const w = Float64Array.from([0.123456, -0.3333, 0.123456]);
    quantize(w, 2);
    expect(Array.from(w)).toEqual([0.123456, -0.3333, 16 * WEIGHT_STEP]);
  });

  it('rejects text that is not base64, or not whole groups of four', () => {
    expect(() => unpackBytes('AB$=')).toThrow(/not base64/);
    expect(() => unpackBytes('ABC')).toThrow(/multiple of 4/);
    expect(() => unpackBytes('A=BC')).toThrow(/not base64/);
  });
});
