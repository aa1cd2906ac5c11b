import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { ReportExport } from '../report/ReportExport';
import { AnswerPanel } from './AnswerPanel';
import type { Finding } from './findings';
import { GuessPanel, type Draft } from './GuessPanel';
import { scoreGuess, tally, type Guess, type GuessResult } from './guess-score';
import { scoreLine } from './guess-words';
import { PassageSlide } from './PassageSlide';
import { useStepKeys } from './use-step-keys';

/** A claim whose answer is showing: with its scored guess, or shown without one. */
interface Shown {
  scored?: { guess: Guess; result: GuessResult };
}

interface Props {
  /** The page being presented (the tab's title, or the demo's name). */
  title: string;
  url?: string;
  findings: readonly Finding[];
  /** What to say when there is nothing to present. */
  emptyText: string;
}

/**
 * The presenter: one claim at a time in large type, guess first (verdict and evidence), then the
 * answer and how close the guess was, with a running score for this session. Arrow keys and
 * buttons step through the claims. The score lives in this page's memory only.
 */
export function Presenter({ title, url, findings, emptyText }: Props) {
  const [index, setIndex] = useState(0);
  const [shown, setShown] = useState<ReadonlyMap<number, Shown>>(new Map());
  const [draft, setDraft] = useState<Draft>({});
  const [justShown, setJustShown] = useState(false);
  const total = findings.length;
  const step = (by: 1 | -1) => {
    const next = Math.min(Math.max(index + by, 0), total - 1);
    if (next === index) return;
    setIndex(next);
    setDraft({});
    setJustShown(false);
  };
  useStepKeys(step);
  useEffect(() => {
    document.title = i18n.t('classroom.presenterTab', [title]);
  }, [title]);

  const finding = findings[index];
  const answer = shown.get(index);
  const show = (s: Shown) => {
    setShown(new Map(shown).set(index, s));
    setJustShown(true);
  };
  const results = [...shown.values()].flatMap((s) => (s.scored ? [s.scored.result] : []));
  return (
    <>
      <header className="top-bar">
        <h1>{i18n.t('classroom.presenterTitle')}</h1>
        <p className="presenting">{i18n.t('classroom.presenting', [title])}</p>
        <p className="score" data-testid="presenter-score">
          {scoreLine(tally(results))}
        </p>
      </header>
      <main>
        {finding ? (
          <>
            <PassageSlide finding={finding} n={index + 1} total={total} />
            {answer ? (
              <AnswerPanel finding={finding} scored={answer.scored} focusOnShow={justShown} />
            ) : (
              <GuessPanel
                draft={draft}
                onDraft={setDraft}
                onCheck={(guess) => show({ scored: { guess, result: scoreGuess(guess, finding.claim) } })}
                onReveal={() => show({})}
              />
            )}
            <nav className="stepper" aria-label={i18n.t('classroom.keysHint')}>
              <button type="button" aria-disabled={index === 0} onClick={() => step(-1)} data-testid="presenter-prev">
                ← {i18n.t('classroom.previous')}
              </button>
              <button type="button" aria-disabled={index === total - 1} onClick={() => step(1)} data-testid="presenter-next">
                {i18n.t('classroom.next')} →
              </button>
            </nav>
            <p className="hint">{i18n.t('classroom.keysHint')}</p>
          </>
        ) : (
          <p className="empty" data-testid="presenter-empty">
            {emptyText}
          </p>
        )}
      </main>
      <footer className="page-foot">
        {total ? <ReportExport report={{ title, ...(url && { url }), findings }} /> : null}
        <p>
          <a href="demo.html">{i18n.t('classroom.openDemo')}</a>
        </p>
        <p>{i18n.t('common.notAdvice')}</p>
      </footer>
    </>
  );
}
