/**
 * The two JavaScript APIs an LMS exposes to a SCO. Every call answers a string ("true" / "false"
 * or a value); real LMSs also throw now and then, so callers never trust a call to return.
 */
export interface Scorm12Api {
  LMSInitialize(param: ''): string;
  LMSFinish(param: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(param: ''): string;
  LMSGetLastError(): string;
}

export interface Scorm2004Api {
  Initialize(param: ''): string;
  Terminate(param: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(param: ''): string;
  GetLastError(): string;
}

/** Both APIs under one shape, so the layers above never branch on the version for a call. */
export interface RawApi {
  initialize(): string;
  terminate(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
}

export function rawApi12(api: Scorm12Api): RawApi {
  return {
    initialize: () => api.LMSInitialize(''),
    terminate: () => api.LMSFinish(''),
    get: (e) => api.LMSGetValue(e),
    set: (e, v) => api.LMSSetValue(e, v),
    commit: () => api.LMSCommit(''),
    lastError: () => api.LMSGetLastError(),
  };
}

export function rawApi2004(api: Scorm2004Api): RawApi {
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
  };
}
