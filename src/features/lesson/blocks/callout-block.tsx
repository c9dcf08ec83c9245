import type { BlockOf } from '../../../content/schema';
import { RichText } from '../../../components/rich-text';

export function CalloutBlock({ block }: { block: BlockOf<'callout'> }) {
  return (
    <aside className={`block callout callout-${block.variant}`} aria-label={block.title}>
      {block.title && <h2 className="callout-title">{block.title}</h2>}
      <RichText blocks={block.body} />
    </aside>
  );
}
