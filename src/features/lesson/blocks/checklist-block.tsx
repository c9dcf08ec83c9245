import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { BlockOf } from '../../../content/schema';
import { InlineText } from '../../../components/rich-text';
import { usePlayer, usePlayerRef } from '../../../components/player-context';
import { getFact } from '../../../progress/facts';

export function ChecklistBlock({ block }: { block: BlockOf<'checklist'> }) {
  const player = usePlayerRef();
  const checked = usePlayer((s) => getFact(s.context.progress, 'checklist', block.id)?.value.checked);
  const uid = useId();
  const { t } = useTranslation();
  return (
    <fieldset className="block checklist">
      <legend>{block.title ?? t('checklist.title')}</legend>
      <ul>
        {block.items.map((it) => (
          <li key={it.id} className="fr-checkbox-group">
            <input
              type="checkbox"
              id={`${uid}-${it.id}`}
              checked={checked?.includes(it.id) ?? false}
              onChange={(e) =>
                player.send({
                  type: 'checklist.toggle',
                  checklistId: block.id,
                  itemId: it.id,
                  checked: e.target.checked,
                })
              }
            />
            <label className="fr-label" htmlFor={`${uid}-${it.id}`}>
              <InlineText nodes={it.text} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
