import { useTranslation } from '../../i18n/use-translation';
import { usePlayer } from '../../components/player-context';

/** « Étape 3 · Se situer dans son écosystème » for a step id, as the assessment names steps. */
export function useStepLabel(): (stepId: string) => string {
  const { t } = useTranslation();
  const steps = usePlayer((s) => s.context.outline.steps);
  return (stepId) => {
    const step = steps.find((s) => s.id === stepId);
    return step ? t('assessment.stepOf', { n: step.number, title: step.title }) : '';
  };
}
