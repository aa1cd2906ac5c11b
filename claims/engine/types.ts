/**
 * The engine's output contract. The extension, the `gutcheck` command and the evaluation all
 * read these fields; `gutcheck scan --jsonl` exposes id, stance, start, end and score verbatim.
 */
export type Stance = 'asserts' | 'refutes' | 'mentions';

export interface ClaimHit {
  /** Database id of the claim (never an alias). */
  id: string;
  /** `asserts`: the text makes the claim; `refutes`: it denies or debunks it; `mentions`: it names, questions or reports it. */
  stance: Stance;
  /** UTF-16 offsets into the scanned text: text.slice(start, end) is the passage. */
  start: number;
  end: number;
  /** The words of the input that matched the claim's concepts, in order of appearance. */
  matched: string[];
  /** 0..1; higher means more of the pattern matched exactly and close together. */
  score: number;
}

export interface Matcher {
  /** Finds every claim in `text`: at most one hit per claim in each sentence-like unit (a claim repeated in several sentences or posts gives several hits), ordered by start. */
  scan(text: string): ClaimHit[];
}
