import { useState } from 'react';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/use-translation';
import { useUi } from '../../stores/ui';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useUi((s) => s.setLanguage);
  // The chosen language shows at once while its strings load (they are a chunk of their own).
  const [pending, setPending] = useState<Language | null>(null);
  return (
    <div className="language-switch">
      <label htmlFor="language">{t('app.language')}</label>
      <select
        id="language"
        value={pending ?? i18n.language}
        onChange={(e) => {
          const l = e.target.value as Language;
          setPending(l);
          setLanguage(l);
          changeLanguage(i18n, l)
            .then(() => {
              document.documentElement.lang = l;
            })
            .catch((err: unknown) => console.error('language could not load', err))
            .finally(() => setPending(null));
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
