import { useTranslation } from '../../i18n/use-translation';
import { LANGUAGES, type Language } from '../../i18n/i18n';
import { useUi } from '../../stores/ui';

const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useUi((s) => s.setLanguage);
  return (
    <div className="language-switch">
      <label htmlFor="language">{t('app.language')}</label>
      <select
        id="language"
        value={i18n.language}
        onChange={(e) => {
          const l = e.target.value as Language;
          setLanguage(l);
          void i18n.changeLanguage(l);
          document.documentElement.lang = l;
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
