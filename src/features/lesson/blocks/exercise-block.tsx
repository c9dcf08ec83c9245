import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { InlineText, RichText } from '../../../components/rich-text';
import { ReflectionField } from './reflection-field';

/**
 * An exercise that produces something: its instructions, then one journal field per part of the
 * result. Fields save like reflections; a tagged field also appears in the feuille de route or
 * the 12 h dossier, so the learner writes it once.
 */
export function ExerciseBlock({ block }: { block: BlockOf<'exercise'> }) {
  const { t } = useTranslation();
  return (
    <section className="block exercise" aria-labelledby={`${block.id}-title`}>
      <h2 id={`${block.id}-title`}>{block.title}</h2>
      <p className="hint">{t('exercise.minutes', { count: block.minutes })}</p>
      <RichText blocks={block.instructions} />
      {block.fields.map((f) => (
        <div key={f.id}>
          <ReflectionField id={f.id} label={<InlineText nodes={f.label} />} hint={f.hint} maxLength={f.maxLength} />
          {f.roadmapField && <p className="hint">{t('reflection.roadmap')}</p>}
        </div>
      ))}
    </section>
  );
}
