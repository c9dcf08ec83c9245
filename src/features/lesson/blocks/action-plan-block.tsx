import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { InlineText } from '../../../components/rich-text';
import { ActionPlanField } from './action-plan-field';

/** An `action-plan` block in a lesson: « Mes 3 prochaines actions », written line by line. */
export function ActionPlanBlock({ block }: { block: BlockOf<'action-plan'> }) {
  const { t } = useTranslation();
  return (
    <section className="block reflection">
      <ActionPlanField
        id={block.id}
        label={<InlineText nodes={block.prompt} />}
        hint={block.hint}
        rows={block.rows}
        replaces={block.replaces?.id}
      />
      {block.roadmapField && <p className="hint">{t('reflection.roadmap')}</p>}
    </section>
  );
}
