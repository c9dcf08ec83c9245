import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { ExternalLink, InlineText } from '../../../components/rich-text';

export function ResourcesBlock({ block }: { block: BlockOf<'resources'> }) {
  const { t } = useTranslation();
  return (
    <section className="block resources">
      <h2>{block.title ?? t('resources.title')}</h2>
      <ul>
        {block.items.map((it, i) => (
          <li key={i}>
            {it.url ? <ExternalLink href={it.url}>{it.title}</ExternalLink> : <strong>{it.title}</strong>}
            {it.description && (
              <>
                {' '}
                — <InlineText nodes={it.description} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
