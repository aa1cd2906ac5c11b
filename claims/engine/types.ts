/**
 * The engine's output contract. The extension, the `gutcheck` command and the evaluation all
 * read these fields; `gutcheck scan --jsonl` exposes id, stance, start, end, score, confidence
 * and why verbatim.
 */
export type Stance = 'asserts' | 'refutes' | 'mentions';

export interface ClaimHit {
  /** Database id of the claim (never an alias). */
  id: string;
  /** The decided stance. `asserts`: the text makes the claim here (the rules' reading where no context speaks and the model does not find it unlikely, else confidence at or above the model's threshold); `refutes`: it denies or debunks it; `mentions`: it names, questions or reports it, or the model is not confident it asserts it. */
  stance: Stance;
  /** UTF-16 offsets into the scanned text: text.slice(start, end) is the passage. */
  start: number;
  end: number;
  /** The words of the input that matched the claim's concepts, in order of appearance. */
  matched: string[];
  /** 0..1; how fully and closely the claim's pattern matched (not a probability). */
  score: number;
  /** 0..1; the stance model's calibrated probability that the text asserts the claim in this passage. */
  confidence: number;
  /** Plain-language reasons from the passage's context that decided the stance ("the next sentence disputes it"); may be empty. */
  why: string[];
}

export interface ScanOptions {
  /**
   * Text read before the scanned text as its context (the page title, the heading and the
   * paragraph above a block), so stance is decided as in the whole document.
   */
  before?: string;
  /** Text read after the scanned text as its context (the paragraph below a block: a refutation that follows a myth). */
  after?: string;
  // Claims found only in the context are not reported; offsets stay relative to the scanned text.
}

export interface Matcher {
  /** Finds every claim in `text`: at most one hit per claim in each sentence-like unit (a claim repeated in several sentences or posts gives several hits), ordered by start. */
  scan(text: string, options?: ScanOptions): ClaimHit[];
}
