/** Below this many acknowledged facts per trial on average, "0 lost" would prove little. */
export const MIN_ACKED_PER_TRIAL = 3;
/** More trials than this share with nothing acknowledged means the runner could not see saving. */
export const MAX_SHARE_WITHOUT_ACK = 0.25;

/**
 * True when a run acknowledged too little to prove anything: e.g. the save status stopped
 * being readable (a renamed label once made every run print "lost facts: 0").
 * `acked` facts over `ran` trials, `silent` of which acknowledged none.
 */
export function tooThin(acked: number, ran: number, silent: number): boolean {
  return ran > 0 && (acked / ran < MIN_ACKED_PER_TRIAL || silent / ran > MAX_SHARE_WITHOUT_ACK);
}
