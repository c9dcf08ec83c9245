import { create } from 'zustand';
import type { Language } from '../i18n/i18n';

/** UI chrome only: nothing a learner would want back after a reload lives here. */
interface UiState {
  language: Language;
  setLanguage: (l: Language) => void;
}

export const useUi = create<UiState>()((set) => ({
  language: 'fr',
  setLanguage: (language) => set({ language }),
}));
