import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { stepLessons } from '../../content/spine';
import { currentTrack } from '../../progress/selectors';
import { useStepLabel } from './step-label';

/** The steps where questions were missed, each a link to its first lesson on the learner's track. */
export function MissedSteps({ stepIds }: { stepIds: readonly string[] }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const steps = usePlayer((s) => s.context.outline.steps);
  const track = usePlayer((s) => currentTrack(s.context.progress));
  const stepLabel = useStepLabel();
  if (!stepIds.length || !track) return null;
  return (
    <section className="missed-steps" aria-labelledby="missed-steps-title">
      <h3 id="missed-steps-title">{t('assessment.missedTitle')}</h3>
      <p>{t('assessment.missedLead')}</p>
      <ul>
        {stepIds.map((id) => {
          const step = steps.find((s) => s.id === id);
          const first = step ? stepLessons(step, track)[0] : undefined;
          if (!first) return null;
          return (
            <li key={id}>
              <a
                href={`#/lecon/${first.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  player.send({ type: 'nav.goTo', lessonId: first.id });
                }}
              >
                {stepLabel(id)}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
