import { isOwnUi } from '@/claims/page-text';
import type { Claim } from '@/claims/schema';
import type { ReportState } from '@/components/EvidenceCard';
import { verdictLabel } from '@/components/words';
import type { Mark } from './anchor';
import { viewportRect } from './geometry';
import type { UiStore } from './ui-store';

export interface CardActions {
  claimOf(id: string): Claim | undefined;
  /** Makes sure the shadow-root UI exists (it is mounted on first need). */
  ensureUi(): Promise<void>;
  dismiss(mark: Mark): void;
  /** Saves a wrong-match report with the person's note (may be blank); rejects when storage fails. */
  report(mark: Mark, note: string): Promise<void>;
  /** Opens the claim's entry in the database page. */
  more(id: string): void;
}

/** How the card was opened: hover peeks close when the pointer leaves, the others stay. */
export type OpenedBy = 'hover' | 'click' | 'keyboard';

/**
 * Opens, moves and closes the one evidence card. Keeps it next to its passage while the page
 * scrolls (one update per frame, only while open), and returns focus when a keyboard user closes.
 */
export class CardController {
  current: Mark | null = null;
  openedBy: OpenedBy | null = null;
  private frame = 0;
  private returnFocus: HTMLElement | null = null;
  private reportState: ReportState = 'idle';
  private openSeq = 0;

  constructor(
    private readonly ui: UiStore,
    private readonly actions: CardActions,
  ) {}

  /** Where the open card's claim is among the page's marks, when opened by stepping with the keyboard. */
  private step: { position: number; total: number } | undefined;
  /** Other claims marked on the same words (a sentence can make three): the card offers them. */
  private others: readonly Mark[] = [];

  async open(mark: Mark, by: OpenedBy, step?: { position: number; total: number }, others: readonly Mark[] = []): Promise<void> {
    const claim = this.actions.claimOf(mark.hit.id);
    if (!claim) return;
    const seq = ++this.openSeq;
    await this.actions.ensureUi();
    if (seq !== this.openSeq) return; // another open or a close came first
    if (by === 'keyboard' && !this.current) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && !isOwnUi(active) ? active : null;
    }
    if (this.current !== mark) this.reportState = 'idle';
    this.current = mark;
    this.openedBy = by;
    this.step = step;
    this.others = others.filter((m) => m !== mark && this.actions.claimOf(m.hit.id));
    this.render(claim, by === 'keyboard');
  }

  close(): void {
    this.openSeq++;
    // Focus goes back only if it is still in the card (or was dropped with it): a reader who has
    // since clicked or tabbed elsewhere keeps their place when Escape closes the card.
    const giveBack = this.openedBy === 'keyboard' && focusIsOursOrNowhere();
    this.current = null;
    this.openedBy = null;
    this.ui.set({ card: null });
    if (giveBack) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Called on scroll/resize: moves the open card with its passage, once per frame. */
  follow(): void {
    if (!this.current || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const claim = this.current && this.actions.claimOf(this.current.hit.id);
      if (claim) this.render(claim, false);
    });
  }

  private render(claim: Claim, takeFocus: boolean): void {
    const mark = this.current;
    if (!mark) return;
    this.ui.set({
      card: {
        cardKey: String(mark.key),
        anchor: viewportRect(mark.range),
        claim,
        stance: mark.hit.stance,
        passage: mark.passage,
        matched: mark.hit.matched,
        why: mark.hit.why,
        confidence: mark.hit.confidence,
        reportState: this.reportState,
        takeFocus,
        step: this.step,
        others: this.others.map((m) => {
          const other = this.actions.claimOf(m.hit.id)!;
          return `${verdictLabel(other.verdict)}: ${other.claim}`;
        }),
        onOther: (i) => {
          const next = this.others[i];
          if (next) void this.open(next, this.openedBy ?? 'click', undefined, [mark, ...this.others.filter((m) => m !== next)]);
        },
        onClose: () => this.close(),
        onDismiss: () => {
          this.close();
          this.actions.dismiss(mark);
        },
        onMore: () => this.actions.more(claim.id),
        onWrongMatch: (note) => {
          this.actions.report(mark, note).then(
            () => this.setReportState(mark, 'saved'),
            () => this.setReportState(mark, 'failed'),
          );
        },
      },
    });
  }

  private setReportState(mark: Mark, state: ReportState): void {
    if (this.current !== mark) return;
    this.reportState = state;
    const claim = this.actions.claimOf(mark.hit.id);
    if (claim) this.render(claim, false);
  }
}

/** True when focus is inside GutCheck's shadow host, or on the page's body (nothing focused). */
function focusIsOursOrNowhere(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || isOwnUi(active);
}
