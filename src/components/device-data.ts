import { createContext, useContext } from 'react';

/**
 * What the learner may do with their data on this device. The composition root builds it from the
 * progress store it picked (src/app/main.tsx → App), so no component ever reaches IndexedDB.
 */
export interface DeviceData {
  /** `browser`: one learner per browser profile; `lms`: the local copy of one LMS learner. */
  scope: 'browser' | 'lms';
  /** Deletes this learner's local journal (ProgressStore.erase); the caller reloads the page after. */
  eraseProgress: () => Promise<void>;
}

export const DeviceDataContext = createContext<DeviceData | null>(null);

/** Throws without a provider: a missing provider is a wiring bug, not a feature to hide. */
export function useDeviceData(): DeviceData {
  const data = useContext(DeviceDataContext);
  if (!data) throw new Error('useDeviceData needs the DeviceDataContext that App provides');
  return data;
}
