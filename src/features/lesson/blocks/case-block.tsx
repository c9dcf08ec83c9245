import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { RichText } from '../../../components/rich-text';

/** Illustrative cases always carry their « fictional » label, so no learner takes them for fact. */
export function CaseBlock({ block }: { block: BlockOf<'case'> }) {
  const { t } = useTranslation();
  return (
    <section className="block case fr-highlight">
      <p className="fr-badge fr-badge--sm fr-badge--yellow-tournesol fr-badge--no-icon case-badge">{t('case.badge')}</p>
      <h2>{block.title}</h2>
      <RichText blocks={block.body} />
    </section>
  );
}
