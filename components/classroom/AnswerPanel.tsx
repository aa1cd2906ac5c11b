import { useEffect, useRef } from 'react';
import { evidenceWords, verdictWords } from '@/claims/words';
import { EvidenceMeter } from '../EvidenceMeter';
import { SourceList } from '../SourceList';
import { VerdictLabel } from '../VerdictLabel';
import type { Finding } from './findings';
import type { Guess, GuessResult } from './guess-score';
import { guessLine, pointsLine, STRINGS } from './strings';

interface Props {
  finding: Finding;
  /** The guess and its score; absent when the answer was shown without a guess. */
  scored?: { guess: Guess; result: GuessResult };
  /** Move focus here when the answer first appears, so it is read out next. */
  focusOnShow: boolean;
}

/**
 * The answer after the guess: how close the guess came on each scale, then the verdict in words,
 * the GRADE meter, the claim as the database states it, the summary and the sources.
 */
export function AnswerPanel({ finding, scored, focusOnShow }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, finding.id]);
  const { claim } = finding;
  return (
    <section className="answer" aria-labelledby="answer-title" data-testid="answer-panel">
      <h2 id="answer-title" ref={heading} tabIndex={-1}>
        {STRINGS.answerTitle}
      </h2>
      {scored ? (
        <div className="result" data-testid="guess-result">
          <p className={`closeness ${scored.result.verdict}`}>{guessLine('verdict', verdictWords(scored.guess.verdict), scored.result.verdict)}</p>
          <p className={`closeness ${scored.result.evidence}`}>{guessLine('evidence', evidenceWords(scored.guess.evidence), scored.result.evidence)}</p>
          <p className="points">{pointsLine(scored.result.points)}</p>
        </div>
      ) : null}
      <div className="grade">
        <VerdictLabel verdict={claim.verdict} />
        <EvidenceMeter level={claim.evidence} />
      </div>
      <p className="claim-statement">
        <strong>{STRINGS.theClaim}:</strong> {claim.claim}
      </p>
      <p>
        <strong>{STRINGS.research}:</strong> {claim.summary}
      </p>
      <SourceList sources={claim.sources} />
      <p>
        <a href={`database.html#${claim.id}`} target="_blank" rel="noopener">
          {STRINGS.moreAbout}
        </a>
      </p>
    </section>
  );
}
