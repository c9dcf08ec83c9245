import { fromCallback } from 'xstate';
import type { LmsCommand } from '../../../machines/protocol';
import { LmsSync, type SyncOptions } from './sync';

/**
 * The `lms` actor the player machine invokes: it receives `lms.sync` / `lms.finish` and reports
 * `lms.status` back. All the SCORM work is in LmsSync; this only wires it to xstate.
 */
export function lmsActor(options: Omit<SyncOptions, 'report'>) {
  return fromCallback<LmsCommand, { courseId: string }>(({ receive, sendBack }) => {
    const sync = new LmsSync({ ...options, report: sendBack });
    receive((command) => {
      if (command.type === 'lms.sync') sync.sync(command.progress, command.checkpoint);
      else sync.finish(command.progress, command.leaving === true);
    });
    sync.announce();
    return () => sync.dispose();
  });
}
