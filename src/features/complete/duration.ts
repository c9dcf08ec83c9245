import { useTranslation } from '../../i18n/use-translation';
import { hoursMinutes } from '../../assessment/track-result';

/** A measured duration as « 2 h 5 min » (or « 45 min »), rounded down, never up. */
export function useDuration(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) => {
    const { hours, minutes } = hoursMinutes(seconds);
    return hours ? t('duration.hm', { hours, minutes }) : t('duration.m', { minutes });
  };
}
