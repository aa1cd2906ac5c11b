/** The --help text; also printed (to stderr) after a usage error. */
export const USAGE = `Usage:
  gutcheck scan [--json] [FILE...]     find leaky-gut claims in .txt or .html files
  gutcheck scan --jsonl [FILE]         JSON lines in, JSON lines out (for evaluation tools)
  gutcheck claims [--json | --claimreview]
                                       list the claims database
  gutcheck --help

Input:
  FILE is a text file or an HTML page (.html/.htm, or anything starting with an HTML tag);
  HTML is read as a browser shows it (no scripts, styles, hidden or inline-hidden elements).
  With no FILE, or FILE "-", scan reads stdin.

Output:
  scan            a readable report per file: the claims the text asserts, each with its
                  verdict, evidence level, passage and first source; claims it only
                  mentions or disputes are listed separately
  scan --json     [{"file", "claims": [{"id", "stance", "start", "end", "score", "text",
                  "matched", "verdict", "evidence"}]}]; a failed file has "error" and no claims
  scan --jsonl    each input line {"doc": string|number, "text": string} gives one output
                  line {"doc", "claims": [{"id", "stance", "start", "end", "score", "text"}]},
                  in input order; blank lines are skipped. A malformed line is reported on
                  stderr with its line number and still gets an output line
                  {"doc": <doc or null>, "claims": [], "error": "..."}, so output stays aligned.
                  start/end are UTF-16 offsets into "text"; stance is asserts, refutes or mentions.
  claims --json   the database entries as a JSON array
  claims --claimreview
                  one schema.org ClaimReview per entry; ratingValue 1 = Contradicted,
                  2 = Not supported, 3 = Overstated, 4 = Mixed, 5 = Well supported

Options:
  --data DIR      read the claims database from DIR instead of the bundled claims/data

Exit status:
  0  everything was read and scanned
  1  some input could not be scanned (missing, unreadable, binary or empty file, empty stdin,
     malformed JSON line); the rest was still scanned and reported, and stderr names each one
  2  usage error, or the claims database is invalid or unreadable (nothing is scanned)
`;
