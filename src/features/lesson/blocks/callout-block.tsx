import type { BlockOf } from '../../../content/schema';
import { RichText } from '../../../components/rich-text';

/** Each variant as a DSFR callout: accent colour and icon (class names whole, for the purge). */
const LOOK: Record<BlockOf<'callout'>['variant'], string> = {
  info: 'fr-callout fr-icon-information-line',
  key: 'fr-callout fr-callout--blue-ecume fr-icon-star-line',
  tip: 'fr-callout fr-callout--green-emeraude fr-icon-lightbulb-line',
  warning: 'fr-callout fr-callout--orange-terre-battue fr-icon-warning-line',
};

export function CalloutBlock({ block }: { block: BlockOf<'callout'> }) {
  return (
    <aside className={`block callout callout-${block.variant} ${LOOK[block.variant]}`} aria-label={block.title}>
      {block.title && <h2 className="fr-callout__title">{block.title}</h2>}
      <div className="fr-callout__text">
        <RichText blocks={block.body} />
      </div>
    </aside>
  );
}
