import { useTranslation } from '../../i18n/use-translation';
import type { BlockOf } from '../../content/schema';
import { RichText } from '../../components/rich-text';
import { usePlayer } from '../../components/player-context';
import { ReflectionField } from '../lesson/blocks/reflection-field';
import { roadmapEntries } from './roadmap-fields';
import { downloadText, roadmapHtml, roadmapMarkdown, type RoadmapDoc } from './roadmap-export';

/**
 * The learner's feuille de route: every roadmap field written along the track, editable here,
 * printable (print stylesheet) and downloadable as a page or as Markdown.
 */
export function RoadmapBlock({ block }: { block: BlockOf<'roadmap'> }) {
  const { t, i18n } = useTranslation();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const entries = roadmapEntries(outline, progress);
  const doc = (): RoadmapDoc => ({
    title: t('roadmap.title'),
    course: outline.title,
    generated: t('roadmap.generated', { date: new Date().toLocaleDateString(i18n.language), course: outline.title }),
    labels: Object.fromEntries(entries.map((e) => [e.field, t(`roadmap.fields.${e.field}`)])),
    emptyText: '—',
    entries,
  });
  return (
    <section className="block roadmap" aria-labelledby={`${block.id}-title`}>
      <h2 id={`${block.id}-title`}>{t('roadmap.title')}</h2>
      {block.intro && <RichText blocks={block.intro} />}
      <div className="roadmap-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('roadmap.print')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => downloadText('feuille-de-route.html', roadmapHtml(doc()), 'text/html')}
        >
          {t('roadmap.downloadHtml')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => downloadText('feuille-de-route.md', roadmapMarkdown(doc()), 'text/markdown')}
        >
          {t('roadmap.downloadMd')}
        </button>
      </div>
      {entries.map((e) =>
        e.reflectionId ? (
          <div className="roadmap-field" key={e.field}>
            <ReflectionField
              id={e.reflectionId}
              label={t(`roadmap.fields.${e.field}`)}
              hint={t('roadmap.fromLesson', { lesson: e.lessonTitle })}
              maxLength={e.maxLength}
              rows={4}
            />
            <p className="print-only roadmap-print">{e.text || '—'}</p>
          </div>
        ) : null,
      )}
    </section>
  );
}
