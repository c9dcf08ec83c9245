import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { InlineText } from '../../../components/rich-text';
import { ReflectionField } from './reflection-field';

export function ReflectionBlock({ block }: { block: BlockOf<'reflection'> }) {
  const { t } = useTranslation();
  return (
    <section className="block reflection">
      <ReflectionField
        id={block.id}
        label={<InlineText nodes={block.prompt} />}
        hint={block.hint}
        maxLength={block.maxLength}
      />
      {block.roadmapField && <p className="hint">{t('reflection.roadmap')}</p>}
    </section>
  );
}
