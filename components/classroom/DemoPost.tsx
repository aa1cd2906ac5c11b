import { i18n } from '#i18n';
import type { Stance } from '@/claims/engine/types';
import type { Verdict } from '@/claims/schema';
import { stanceLabel, verdictLabel } from '../words';
import type { DemoScan } from './demo-scan';
import { findingSentence } from './findings';
import { MarkedText, type TextMark } from './MarkedText';

/** Which look a passage gets on a website (the content script's rule), passed in by the page. */
export type MarkName = (stance: Stance, verdict: Verdict) => string;

/**
 * One demo post: what kind of page it imitates, its text with the engine's passages marked as a
 * website's would be, and the claims GutCheck found in it, in words, each linked to its entry.
 */
export function DemoPost({ scan, markName }: { scan: DemoScan; markName: MarkName }) {
  const { post, hits, findings } = scan;
  const verdictOf = new Map(findings.map((f) => [f.id, f.claim.verdict]));
  const marks: TextMark[] = hits.flatMap((h) => {
    const verdict = verdictOf.get(h.id);
    return verdict ? [{ start: h.start, end: h.end, className: markName(h.stance, verdict), claimId: h.id }] : [];
  });
  const titleId = `post-${post.id}-title`;
  return (
    <article id={post.id} className={`post post-${post.id}`} aria-labelledby={titleId} data-testid="demo-post">
      <p className="kind">{post.kind}</p>
      <h2 id={titleId}>{post.title}</h2>
      <div className="post-body">
        <MarkedText text={post.body} marks={marks} />
      </div>
      <section className="found" aria-label={i18n.t('classroom.foundIn', [post.title])}>
        <h3>{i18n.t('classroom.foundCount', [findings.length])}</h3>
        {findings.length ? (
          <ul>
            {findings.map((f) => (
              <li key={f.id} data-testid="demo-finding" data-claim={f.id} data-stance={f.stance}>
                <span className="stance">{stanceLabel(f.stance)}</span>{' '}
                <strong className={`verdict-${f.claim.verdict}`}>{verdictLabel(f.claim.verdict)}</strong>
                {': '}
                {f.claim.claim}
                <span className="quote">{i18n.t('common.quoted', [findingSentence(f)])}</span>
                <a href={`database.html#${f.id}`} target="_blank" rel="noopener">
                  {i18n.t('common.moreAbout')}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{i18n.t('classroom.demoNone')}</p>
        )}
      </section>
    </article>
  );
}
