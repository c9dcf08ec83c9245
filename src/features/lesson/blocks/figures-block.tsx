import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { Accordion } from '../../../components/accordion';

/**
 * A bar chart for sighted readers, and the same data as a DSFR table in an accordion right under
 * it (closed at first, so the numbers are not shown twice): the chart is hidden from assistive
 * technology, and the adjacent « Voir les données » button gives everyone the table.
 */
export function FiguresBlock({ block }: { block: BlockOf<'figures'> }) {
  const { t, i18n } = useTranslation();
  const max = block.max ?? Math.max(...block.data.map((d) => d.value), 1);
  // A no-break space keeps the unit on the number's line (« 57 % »).
  const fmt = (v: number) => `${v.toLocaleString(i18n.language)}${block.unit ? `\u00A0${block.unit}` : ''}`;
  return (
    <figure className="block figures">
      <h2 className="figures-title">{block.title}</h2>
      <div className="chart" aria-hidden="true">
        {block.data.map((d, i) => (
          <div className="bar-row" key={i}>
            <span className="bar-label">{d.label}</span>
            <span className="bar-track">
              <span className="bar" style={{ width: `${Math.max(0, Math.min(100, (d.value / max) * 100))}%` }} />
            </span>
            <span className="bar-value">{fmt(d.value)}</span>
          </div>
        ))}
      </div>
      <Accordion title={t('lesson.showTable')}>
        <div className="fr-table fr-table--sm figures-table">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>{block.caption ?? t('figures.table')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('figures.label')}</th>
                      <th scope="col">{t('figures.value')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {block.data.map((d, i) => (
                      <tr key={i}>
                        <th scope="row">
                          {d.label}
                          {d.note ? ` (${d.note})` : ''}
                        </th>
                        <td>{fmt(d.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </Accordion>
      <figcaption className="figures-source">{t('figures.source', { source: block.source })}</figcaption>
    </figure>
  );
}
