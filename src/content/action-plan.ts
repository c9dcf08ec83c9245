/**
 * The answer to an `action-plan` block (« Mes 3 prochaines actions »): a few lines of action,
 * échéance (when) and qui (who). It is kept as ONE journal entry keyed by the block's id, so it is
 * saved, merged, exported to the LMS and counted in the suspend_data budget exactly like a
 * reflection, with no new kind of fact and no new codec section.
 *
 * Text form: lines separated by "\n", the three cells of a line by "\t" (« Appeler la mairie\tavant
 * le 15\tmoi »). It costs two characters per line over the learner's words and stays readable as
 * plain text. Cells never hold "\t", "\r" or "\n": `cleanCell` turns them into spaces.
 * Shared by the build (sizes) and the player (editing, documents); pure, no React.
 */
export const ACTION_PLAN_COLUMNS = ['action', 'due', 'who'] as const;
export type ActionPlanColumn = (typeof ACTION_PLAN_COLUMNS)[number];
export type ActionLine = Record<ActionPlanColumn, string>;

/** Characters a learner may type in each cell: an action is a sentence, a date and a name are short. */
export const ACTION_CELL_MAX_LENGTH: Readonly<Record<ActionPlanColumn, number>> = { action: 200, due: 60, who: 80 };

/** Lines an action plan has unless its author says otherwise: « Mes 3 prochaines actions ». */
export const DEFAULT_ACTION_ROWS = 3;

const EMPTY_LINE: ActionLine = { action: '', due: '', who: '' };

/**
 * The longest text `rows` lines can take: every cell full, a tab between cells and a newline
 * between lines. The build gives this to the suspend_data budget as the field's maxLength.
 */
export function actionPlanMaxLength(rows: number): number {
  const cells = ACTION_PLAN_COLUMNS.reduce((n, c) => n + ACTION_CELL_MAX_LENGTH[c], 0);
  return rows * (cells + ACTION_PLAN_COLUMNS.length - 1) + Math.max(0, rows - 1);
}

/** A cell as typed, made safe for the text form: separators become spaces, length is capped. */
export function cleanCell(column: ActionPlanColumn, value: string): string {
  return value.replace(/[\t\r\n]/g, ' ').slice(0, ACTION_CELL_MAX_LENGTH[column]);
}

/**
 * Reads a stored action plan. Always returns at least `rows` lines (empty ones padded); extra
 * non-empty lines found in the text are kept, so nothing a learner wrote is dropped if an author
 * later lowers `rows`. Any string is accepted: storage and the LMS are not trusted.
 */
export function parseActionPlan(text: string, rows = DEFAULT_ACTION_ROWS): ActionLine[] {
  const lines = text === '' ? [] : text.split('\n').map(parseLine);
  while (lines.length > rows && isEmptyLine(lines.at(-1)!)) lines.pop();
  while (lines.length < rows) lines.push({ ...EMPTY_LINE });
  return lines;
}

function parseLine(raw: string): ActionLine {
  const cells = raw.split('\t');
  const line = { ...EMPTY_LINE };
  ACTION_PLAN_COLUMNS.forEach((c, i) => {
    // A line with more cells than columns (hand-edited data) keeps its extra words in « qui ».
    const value = i === ACTION_PLAN_COLUMNS.length - 1 ? cells.slice(i).join(' ') : (cells[i] ?? '');
    line[c] = cleanCell(c, value);
  });
  return line;
}

/** The text form of `lines`; trailing empty lines are dropped and an empty plan is "". */
export function formatActionPlan(lines: readonly ActionLine[]): string {
  const kept = [...lines];
  while (kept.length > 0 && isEmptyLine(kept.at(-1)!)) kept.pop();
  return kept.map((l) => ACTION_PLAN_COLUMNS.map((c) => cleanCell(c, l[c])).join('\t')).join('\n');
}

export function isEmptyLine(line: ActionLine): boolean {
  return ACTION_PLAN_COLUMNS.every((c) => line[c].trim() === '');
}
