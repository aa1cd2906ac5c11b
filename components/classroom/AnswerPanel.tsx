import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import { EvidenceMeter } from '../EvidenceMeter';
import { SourceList } from '../SourceList';
import { VerdictLabel } from '../VerdictLabel';
import { evidenceLabel, verdictLabel } from '../words';
import type { Finding } from './findings';
import type { Guess, GuessResult } from './guess-score';
import { guessLine, pointsLine } from './guess-words';

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
        {i18n.t('classroom.answerTitle')}
      </h2>
      {scored ? (
        <div className="result" data-testid="guess-result">
          <p className={`closeness ${scored.result.verdict}`}>{guessLine('verdict', verdictLabel(scored.guess.verdict), scored.result.verdict)}</p>
          <p className={`closeness ${scored.result.evidence}`}>{guessLine('evidence', evidenceLabel(scored.guess.evidence), scored.result.evidence)}</p>
          <p className="points">{pointsLine(scored.result.points)}</p>
        </div>
      ) : null}
      <div className="grade">
        <VerdictLabel verdict={claim.verdict} />
        <EvidenceMeter level={claim.evidence} />
      </div>
      <p className="claim-statement">
        <strong>{i18n.t('classroom.theClaim')}:</strong> {claim.claim}
      </p>
      <p>
        <strong>{i18n.t('common.research')}:</strong> {claim.summary}
      </p>
      <SourceList sources={claim.sources} />
      <p>
        <a href={`database.html#${claim.id}`} target="_blank" rel="noopener">
          {i18n.t('common.moreAbout')}
        </a>
      </p>
    </section>
  );
}
