import { z } from 'zod';
import data from './known-stance-misses.json';

/**
 * Sentences the engine should assert but the learned stance step, today, shows as context
 * (see known-stance-misses.json for each reason). Tests still require each to be found as its
 * claim; a retraining may fix one, so a listed sentence may also pass as asserted. Kept short.
 */
export const knownStanceMisses = z.array(z.object({ text: z.string(), id: z.string(), why: z.string().min(40) }).strict()).max(10).parse(data);

export const isKnownMiss = (text: string, id: string) => knownStanceMisses.some((k) => k.text === text && k.id === id);
