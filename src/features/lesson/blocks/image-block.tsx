import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { Accordion } from '../../../components/accordion';
import { InlineText, RichText } from '../../../components/rich-text';

/**
 * An illustration from the course's media folder, served as a file (an SVG is an <img>: its own
 * scripts never run, and the page's CSP applies). A diagram's long description sits in an
 * accordion right under it (RGAA 1.6).
 */
export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  const { t } = useTranslation();
  return (
    <figure className="block image fr-content-media">
      <img className="fr-responsive-img" src={block.src} alt={block.decorative ? '' : block.alt} loading="lazy" />
      {block.caption && (
        <figcaption className="fr-content-media__caption">
          <InlineText nodes={block.caption} />
        </figcaption>
      )}
      {block.description && (
        <Accordion title={t('lesson.showDescription')}>
          <RichText blocks={block.description} />
        </Accordion>
      )}
    </figure>
  );
}
