import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { usePlayerRef } from '../../components/player-context';

/**
 * Marks the lesson viewed to its end once this marker scrolls into view. Without
 * IntersectionObserver (old browsers, jsdom) reaching the lesson counts as viewing it.
 */
export function LessonEnd({ lessonId }: { lessonId: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const player = usePlayerRef();
  const { t } = useTranslation();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver !== 'function') {
      player.send({ type: 'lesson.viewedEnd' });
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        player.send({ type: 'lesson.viewedEnd' });
        io.disconnect();
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, [player, lessonId]);
  return (
    <p ref={ref} data-lesson-end className="lesson-end">
      {t('lesson.endHint')}
    </p>
  );
}
