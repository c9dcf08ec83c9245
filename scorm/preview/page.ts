import { Scorm12API, Scorm2004API } from 'scorm-again';
import { restoreLmsData, type FlatCmi } from './lms-data';
import { checkCalls, checkValue, type ApiCall, type ScormVersion } from './moodle-rules';
import { recordingApi, type RecordingApi } from './recording-api';

/**
 * The preview LMS page: hosts window.API / window.API_1484_11 (scorm-again behind a recording
 * wrapper), launches a package in an iframe, shows the live CMI data and every call, flags what
 * Moodle would refuse, and saves the data to the server at each successful Commit and Finish.
 */
interface PackageInfo {
  name: string;
  version: ScormVersion;
  bytes: number;
  hasData: boolean;
}

interface Session {
  name: string;
  learner: string;
  version: ScormVersion;
  lms: { getFlattenedCMI(): FlatCmi };
  rec: RecordingApi;
}

/** The default learner; the « Apprenant » field picks another, as two users of one computer. */
const LEARNER_ID = 'apprenant-preview';
const learnerField = () => el<HTMLInputElement>('learner');
const learnerQuery = (learner: string) => (learner === LEARNER_ID ? '' : `?learner=${encodeURIComponent(learner)}`);
const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const failCommits = el<HTMLInputElement>('fail-commits');
const pendingSaves = new Set<Promise<unknown>>();
let session: Session | null = null;
let renderQueued = false;

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

async function listPackages() {
  const packages = await api<PackageInfo[]>('/api/packages');
  el('empty').hidden = packages.length > 0;
  const list = el<HTMLUListElement>('packages');
  list.replaceChildren(
    ...packages.map((p) => {
      const li = document.createElement('li');
      li.dataset.package = p.name;
      const name = Object.assign(document.createElement('span'), { className: 'name', textContent: p.name });
      const meta = Object.assign(document.createElement('span'), {
        className: 'meta',
        textContent: `${p.version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} · ${(p.bytes / 1024).toFixed(0)} ko${p.hasData ? ' · données enregistrées' : ''}`,
      });
      const launchButton = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Lancer' });
      launchButton.setAttribute('aria-label', `Lancer ${p.name}`);
      launchButton.addEventListener('click', () => void launch(p));
      const reset = Object.assign(document.createElement('button'), {
        type: 'button',
        textContent: 'Effacer les données',
        disabled: !p.hasData,
      });
      reset.setAttribute('aria-label', `Effacer les données de ${p.name}`);
      reset.addEventListener('click', () => void resetData(p.name));
      li.append(name, meta, document.createElement('br'), launchButton, reset);
      return li;
    }),
  );
}

function save(s: Session) {
  const data = s.lms.getFlattenedCMI();
  const put = fetch(`/api/data/${encodeURIComponent(s.name)}${learnerQuery(s.learner)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  }).finally(() => pendingSaves.delete(put));
  pendingSaves.add(put);
}

/** Closes the course: its pagehide lets it Finish, and the save that follows is awaited. */
async function close() {
  el('frame-host').replaceChildren();
  await Promise.allSettled([...pendingSaves]);
  delete (window as unknown as Record<string, unknown>).API;
  delete (window as unknown as Record<string, unknown>).API_1484_11;
  el<HTMLButtonElement>('close').disabled = true;
  await listPackages();
}

async function launch(p: PackageInfo) {
  await close();
  const { launch: url } = await api<{ launch: string }>(`/api/mount/${encodeURIComponent(p.name)}`, { method: 'POST' });
  const learner = /^[a-z0-9-]{1,40}$/.test(learnerField().value) ? learnerField().value : LEARNER_ID;
  const saved = await api<FlatCmi>(`/api/data/${encodeURIComponent(p.name)}${learnerQuery(learner)}`);
  const settings = { autocommit: false, logLevel: 5 as const };
  const lms = p.version === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  restoreLmsData(lms, p.version, saved, { learnerId: learner });
  const rec = recordingApi(p.version, lms);
  if (failCommits.checked) rec.faults.commit = 'false';
  const s: Session = { name: p.name, learner, version: p.version, lms, rec };
  rec.onStore = () => save(s);
  rec.onCall = (call) => {
    appendLog(s, call);
    queueRender();
  };
  session = s;
  (window as unknown as Record<string, unknown>)[p.version === 'scorm12' ? 'API' : 'API_1484_11'] = rec.api;
  el('log').replaceChildren();
  el('current').textContent = `— ${p.name}`;
  const frame = Object.assign(document.createElement('iframe'), { id: 'course', title: `Cours ${p.name}`, src: url });
  el('frame-host').replaceChildren(frame);
  el<HTMLButtonElement>('close').disabled = false;
  render();
}

async function resetData(name: string) {
  if (session?.name === name) await close();
  await api(`/api/data/${encodeURIComponent(name)}`, { method: 'DELETE' });
  await listPackages();
}

function appendLog(s: Session, call: ApiCall) {
  const li = document.createElement('li');
  const args =
    call.element === undefined
      ? ''
      : call.value === undefined
        ? call.element
        : `${call.element}, ${JSON.stringify(call.value.length > 120 ? `${call.value.slice(0, 120)}…` : call.value)}`;
  li.textContent = `${call.fn}(${args}) → ${call.result}`;
  li.className = call.result;
  const problem = call.fn === 'set' ? checkValue(s.version, call.element ?? '', call.value ?? '') : null;
  if (problem) {
    li.classList.add('violation');
    li.title = problem;
  }
  const log = el('log');
  log.append(li);
  while (log.childElementCount > 800) log.firstElementChild!.remove();
  log.scrollTop = log.scrollHeight;
}

function queueRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

const text = (flat: FlatCmi, key: string) => (typeof flat[key] === 'string' ? (flat[key] as string) : '');

function render() {
  const summary = el<HTMLDListElement>('summary');
  if (!session) {
    summary.replaceChildren();
    return;
  }
  const { version, rec } = session;
  const flat = session.lms.getFlattenedCMI();
  const is12 = version === 'scorm12';
  let objectives = 0;
  let completed = 0;
  while (typeof flat[`cmi.objectives.${objectives}.id`] === 'string') {
    const status = text(flat, `cmi.objectives.${objectives}.${is12 ? 'status' : 'completion_status'}`);
    if (status === 'completed' || status === 'passed') completed++;
    objectives++;
  }
  let interactions = 0;
  while (typeof flat[`cmi.interactions.${interactions}.id`] === 'string') interactions++;
  const problems = checkCalls(version, rec.calls);
  const rows: [string, string, string][] = [
    ['package', 'Paquet', session.name],
    ['status', 'Statut', text(flat, is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status')],
    ['success', 'Réussite', is12 ? '—' : text(flat, 'cmi.success_status')],
    ['score', 'Score', text(flat, is12 ? 'cmi.core.score.raw' : 'cmi.score.raw')],
    ['objectives', 'Objectifs terminés', `${completed} / ${objectives}`],
    ['interactions', 'Interactions', String(interactions)],
    ['location', 'Emplacement', text(flat, is12 ? 'cmi.core.lesson_location' : 'cmi.location')],
    ['entry', 'Entrée', text(flat, is12 ? 'cmi.core.entry' : 'cmi.entry')],
    ['exit', 'Sortie', text(flat, is12 ? 'cmi.core.exit' : 'cmi.exit')],
    ['suspend', 'suspend_data', `${text(flat, 'cmi.suspend_data').length} caractères`],
    [
      'commits',
      'Commit',
      `${rec.calls.filter((c) => c.fn === 'commit' && c.result === 'true').length} réussis, ${rec.calls.filter((c) => c.fn === 'commit' && c.result !== 'true').length} en échec`,
    ],
    [
      'finished',
      'Session',
      rec.calls.some((c) => c.fn === 'finish' && c.result === 'true')
        ? 'terminée (Finish)'
        : rec.calls.length
          ? 'ouverte'
          : '—',
    ],
  ];
  summary.replaceChildren(
    ...rows.flatMap(([key, label, value]) => {
      const dt = Object.assign(document.createElement('dt'), { textContent: label });
      const dd = Object.assign(document.createElement('dd'), { textContent: value || '—' });
      dd.dataset.field = key;
      return [dt, dd];
    }),
  );
  summary.dataset.status = rows[1]![2];
  summary.dataset.objectivesCompleted = String(completed);
  summary.dataset.objectives = String(objectives);
  summary.dataset.interactions = String(interactions);
  summary.dataset.violations = String(problems.length);

  const violations = el('violations');
  violations.replaceChildren(
    ...(problems.length
      ? problems.map((p) => Object.assign(document.createElement('li'), { textContent: p }))
      : [Object.assign(document.createElement('li'), { className: 'ok', textContent: '✓ aucun écart' })]),
  );
  const body = el<HTMLTableElement>('cmi').tBodies[0]!;
  body.replaceChildren(
    ...Object.keys(flat)
      .filter((k) => typeof flat[k] === 'string' && flat[k] !== '')
      .sort()
      .map((k) => {
        const tr = document.createElement('tr');
        tr.dataset.element = k;
        const value = text(flat, k);
        tr.append(
          Object.assign(document.createElement('td'), { textContent: k }),
          Object.assign(document.createElement('td'), {
            textContent: value.length > 200 ? `${value.slice(0, 200)}… (${value.length})` : value,
          }),
        );
        return tr;
      }),
  );
}

failCommits.addEventListener('change', () => {
  if (!session) return;
  if (failCommits.checked) session.rec.faults.commit = 'false';
  else delete session.rec.faults.commit;
});
el('close').addEventListener('click', () => void close().then(render));
void listPackages();
