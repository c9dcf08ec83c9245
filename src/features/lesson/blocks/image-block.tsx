import type { BlockOf } from '../../../content/schema';
import { InlineText } from '../../../components/rich-text';

export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  return (
    <figure className="block image">
      <img src={block.src} alt={block.decorative ? '' : block.alt} loading="lazy" />
      {block.caption && (
        <figcaption>
          <InlineText nodes={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}
