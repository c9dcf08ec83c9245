import { create } from 'zustand';
import type { Language } from '../i18n/i18n';
import { readTheme, saveTheme, type Theme } from './theme';

/** The pages every public service carries, reached from the footer (hash `#/<page>`). */
export const INFO_PAGES = ['mentions-legales', 'accessibilite', 'donnees-personnelles', 'plan-du-site'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];

/**
 * UI chrome only: nothing of the learner's progress lives here. The display theme is kept in
 * localStorage (a preference of this browser, not a learning fact); the rest resets on reload.
 */
interface UiState {
  language: Language;
  setLanguage: (l: Language) => void;
  /** DSFR « Paramètres d'affichage »: light, dark, or the system's choice. */
  theme: Theme;
  setTheme: (t: Theme) => void;
  /** The display settings dialog (theme, erase progress), opened from the header or the footer. */
  settingsOpen: boolean;
  setSettingsOpen: (open: boolean) => void;
  /** An information page shown instead of the current screen, or null. */
  page: InfoPage | null;
  setPage: (page: InfoPage | null) => void;
}

export const useUi = create<UiState>()((set) => ({
  language: 'fr',
  setLanguage: (language) => set({ language }),
  theme: readTheme(),
  setTheme: (theme) => {
    saveTheme(theme);
    set({ theme });
  },
  settingsOpen: false,
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  page: null,
  setPage: (page) => set({ page }),
}));
