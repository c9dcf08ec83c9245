import { useTranslation } from '../../i18n/use-translation';
import { displayName, verificationCode } from '../../assessment/attestation-facts';
import { percentOf } from '../../assessment/percent';
import type { TrackResult } from '../../assessment/track-result';
import { usePlayer } from '../../components/player-context';
import type { PrintableDocument } from '../../components/document/printable-document';
import { getFact } from '../../progress/facts';
import { useDuration } from '../complete/duration';
import { attestationDocument } from './attestation-document';

/**
 * The learner's name for the attestation (the LMS's, turned into « Prénom Nom », else the one
 * typed on this device) and, once there is a name and a pass, the attestation document.
 */
export function useAttestation(result: TrackResult): {
  lmsName: string;
  name: string;
  doc: PrintableDocument | null;
  fileName: string;
} {
  const { t, i18n } = useTranslation();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const duration = useDuration();
  const lmsName = displayName(getFact(progress, 'learner', 'lms-name')?.value ?? '');
  const name = lmsName || (getFact(progress, 'learner', 'name')?.value ?? '');
  const track = outline.tracks.find((x) => x.id === result.track)!;
  const best = result.best;
  const a = result.assessment;
  const fileName = t('attestation.file');
  if (!name || !best || !a || result.standing !== 'passed') return { lmsName, name, doc: null, fileName };

  const long = (d: Date) => d.toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });
  const issuedAt = new Date();
  const code = verificationCode(outline, result.track, name, best);
  const doc = attestationDocument(
    {
      lang: i18n.language,
      learner: name,
      course: outline.title,
      track: `${track.label} · ${track.title}`,
      trackLabel: track.label,
      trackTitle: track.title,
      ...(outline.publisher ? { publisher: outline.publisher } : {}),
      passedOn: long(new Date(best.submittedAt)),
      time: duration(result.seconds),
      right: best.right,
      total: best.total,
      percent: percentOf(best.right, best.total),
      passMark: a.passMark,
      code,
      issuedOn: long(issuedAt),
      issuedAt,
    },
    {
      title: t('attestation.docTitle'),
      body: (v) => t('attestation.docBody', v),
      detail: (v) => t('attestation.docDetail', v),
      meta: {
        name: t('attestation.metaName'),
        course: t('attestation.metaCourse'),
        track: t('attestation.metaTrack'),
        publisher: t('attestation.metaPublisher'),
        date: t('attestation.metaDate'),
        time: t('attestation.metaTime'),
        score: t('attestation.metaScore'),
        code: t('attestation.metaCode'),
      },
      footer: (v) => t('attestation.footer', v),
    },
  );
  return { lmsName, name, doc, fileName };
}
