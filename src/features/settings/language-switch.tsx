import { useId, useState } from 'react';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/use-translation';
import { useUi } from '../../stores/ui';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/**
 * DSFR « Sélecteur de langue » (fr-translate): a button that shows the current language and opens
 * the list; React does what DSFR's collapse script would (aria-expanded, fr-collapse--expanded).
 * Escape closes the list and gives focus back to the button.
 */
export function LanguageSwitch({ onDone = () => {} }: { onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const setLanguage = useUi((s) => s.setLanguage);
  const [open, setOpen] = useState(false);
  // The chosen language shows at once while its strings load (they are a chunk of their own).
  const [pending, setPending] = useState<Language | null>(null);
  const uid = useId();
  const current =
    pending ?? ((LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'fr');
  const choose = (l: Language) => {
    setOpen(false);
    setPending(l);
    setLanguage(l);
    changeLanguage(i18n, l)
      .then(() => {
        document.documentElement.lang = l;
      })
      .catch((err: unknown) => console.error('language could not load', err))
      .finally(() => setPending(null));
    onDone();
  };
  return (
    <div
      className="fr-translate fr-nav"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        document.getElementById(`${uid}-button`)?.focus();
      }}
    >
      <div className="fr-nav__item">
        <button
          type="button"
          id={`${uid}-button`}
          className="fr-translate__btn fr-btn fr-btn--tertiary"
          aria-controls={`${uid}-menu`}
          aria-expanded={open}
          title={t('chrome.chooseLanguage')}
          onClick={() => setOpen(!open)}
        >
          {current.toUpperCase()}
          <span className="fr-hidden-lg">&nbsp;- {NAMES[current]}</span>
        </button>
        <div
          className={`fr-collapse fr-translate__menu fr-menu${open ? ' fr-collapse--expanded' : ''}`}
          id={`${uid}-menu`}
        >
          <ul className="fr-menu__list">
            {LANGUAGES.map((l) => (
              <li key={l}>
                <button
                  type="button"
                  className="fr-translate__language fr-nav__link"
                  lang={l}
                  aria-current={l === current ? 'true' : undefined}
                  onClick={() => choose(l)}
                >
                  {l.toUpperCase()} - {NAMES[l]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
