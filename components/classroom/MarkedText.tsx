import type { ReactNode } from 'react';

/** A stretch of the text to mark, with the class that gives it its line (a highlight name). */
export interface TextMark {
  start: number;
  end: number;
  className: string;
  claimId: string;
}

/**
 * Cuts text[from, to) at every mark edge. Where marks overlap (one sentence, several claims),
 * the first mark covering a piece styles it, as the page's first highlight wins on a website.
 */
function pieces(text: string, from: number, to: number, marks: readonly TextMark[]): ReactNode[] {
  const cuts = new Set([from, to]);
  for (const m of marks) for (const at of [m.start, m.end]) if (at > from && at < to) cuts.add(at);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    const words = text.slice(start, end);
    const mark = marks.find((m) => m.start <= start && m.end >= end);
    return mark ? (
      <mark key={start} className={mark.className} data-claim={mark.claimId}>
        {words}
      </mark>
    ) : (
      words
    );
  });
}

/**
 * Post text as paragraphs (a blank line starts one, a line break stays a line break) with the
 * engine's passages marked by offset. Page text only ever becomes React text nodes.
 */
export function MarkedText({ text, marks }: { text: string; marks: readonly TextMark[] }) {
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(/\n{2,}/g)) {
    paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  paragraphs.push({ start: at, end: text.length });
  return (
    <>
      {paragraphs.map((p) => {
        const lines: ReactNode[] = [];
        let lineStart = p.start;
        for (let i = p.start; i <= p.end; i++) {
          if (i === p.end || text[i] === '\n') {
            if (lines.length) lines.push(<br key={`br${i}`} />);
            lines.push(...pieces(text, lineStart, i, marks));
            lineStart = i + 1;
          }
        }
        return <p key={p.start}>{lines}</p>;
      })}
    </>
  );
}
