import { i18n } from '#i18n';
import { VERDICTS } from '@/claims/schema';
import { LOOKS } from '@/entrypoints/scan.content/highlight-css';
import { contextLabel, verdictLabel } from './words';

/**
 * What each line on the page means: one sample per verdict in the very look the page uses (the
 * shape carries the verdict, colour only helps), and the quiet line for claims a page only
 * mentions or disputes. Shown in the popup and under the side panel's list.
 */
export function LineLegend() {
  const rows = [
    ...VERDICTS.map((v) => ({ key: v, look: LOOKS[`gutcheck-${v}`], label: verdictLabel(v) })),
    { key: 'context', look: LOOKS['gutcheck-context'], label: contextLabel() },
  ];
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="line-legend">
      <h2 id="legend-title">{i18n.t('legend.title')}</h2>
      <ul>
        {rows.map(({ key, look, label }) => (
          <li key={key} data-testid={`legend-${key}`}>
            <span
              className="sample"
              aria-hidden="true"
              style={{
                textDecoration: `underline ${look.line} ${look.color} ${look.width}px`,
                backgroundColor: look.tint,
              }}
            >
              {i18n.t('legend.sample')}
            </span>{' '}
            {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
