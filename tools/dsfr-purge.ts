import type { AtRule, Declaration, Root, Rule } from 'postcss';

/**
 * Build-time purge of the State design system's stylesheets (@gouvfr/dsfr). The full DSFR is
 * 94 kB of gzipped CSS; the player uses a few dozen of its classes. Each DSFR file the app imports
 * is cut down to the rules whose `fr-*` classes the player's markup uses, the custom properties
 * those rules (or the player's own CSS) reference, and the font files chosen here.
 */
export interface PurgeOptions {
  /** Every `fr-*` class name the player's source mentions (see `classesIn`). */
  classes: ReadonlySet<string>;
  /** Custom properties to keep: see `liveVars`. */
  vars: ReadonlySet<string>;
  /** Font file names to keep (`Marianne-Regular.woff2`); other `@font-face` rules are dropped. */
  fonts: ReadonlySet<string>;
}

/** The `fr-*` class tokens in a source text (TSX, TS, HTML), including `__element` and `--modifier`. */
export function classesIn(source: string): Set<string> {
  return new Set(source.match(/(?<![\w-])fr-[a-z0-9]+(?:[-_]{1,2}[a-z0-9]+)*/g) ?? []);
}

/** The custom properties a CSS text reads through `var(--name…)`. */
export function varsIn(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
}

/** Removes `:not(…)` arguments (they only narrow a match, so they never require a class). */
function withoutNegations(selector: string): string {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (selector.startsWith(':not(', i)) {
      let depth = 0;
      for (i += 4; i < selector.length; i++) {
        if (selector[i] === '(') depth++;
        else if (selector[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += selector[i];
  }
  return out;
}

/**
 * Whether one selector can match the player's markup: each `fr-*` class it requires is used,
 * and each `[class^=fr-icon-]`-like attribute test has at least one used class with that prefix.
 */
export function selectorUsed(selector: string, classes: ReadonlySet<string>): boolean {
  const s = withoutNegations(selector);
  for (const m of s.matchAll(/\[class([*^])=["']?\s?([\w-]+)["']?\]/g)) {
    const [, op, value] = m;
    const hit = [...classes].some((c) =>
      op === '^' || m[0].includes(' ') ? c.startsWith(value!) : c.includes(value!),
    );
    if (!hit) return false;
  }
  for (const m of s.matchAll(/\.(fr-[\w-]+)/g)) if (!classes.has(m[1]!)) return false;
  return true;
}

function purgeRules(root: Root, classes: ReadonlySet<string>): void {
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((s) => selectorUsed(s, classes));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
}

function purgeFonts(root: Root, fonts: ReadonlySet<string>): void {
  root.walkAtRules('font-face', (face) => {
    let src: Declaration | undefined;
    face.walkDecls('src', (d) => {
      src = d;
    });
    const urls = src ? [...src.value.matchAll(/url\(["']?([^"')]+)["']?\)\s*format\(["']?(\w+)["']?\)/g)] : [];
    const woff2 = urls.find((u) => u[2] === 'woff2' && fonts.has(u[1]!.split('/').pop()!));
    if (!src || !woff2) face.remove();
    // Every browser that runs the player reads woff2: the woff fallback would only be precached.
    else src.value = `url("${woff2[1]}") format("woff2")`;
  });
}

/**
 * The custom properties still read once every DSFR file is purged of unused rules: those the
 * kept rules and `extra` (the player's own CSS) read, and the ones their values read in turn,
 * whatever file defines them (the palette lives in core, the dark theme in scheme). Global, because
 * a token defined in core is often read only by a component's file.
 */
export function liveVars(purged: readonly Root[], extra: ReadonlySet<string>): Set<string> {
  const definitions = new Map<string, string[]>();
  const roots = new Set(extra);
  for (const root of purged)
    root.walkDecls((d) => {
      if (d.prop.startsWith('--')) definitions.set(d.prop, [...(definitions.get(d.prop) ?? []), d.value]);
      else for (const v of varsIn(d.value)) roots.add(v);
    });
  const live = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const v = queue.pop()!;
    if (live.has(v)) continue;
    live.add(v);
    for (const value of definitions.get(v) ?? []) queue.push(...varsIn(value));
  }
  return live;
}

function dropEmpty(root: Root): void {
  let changed = true;
  while (changed) {
    changed = false;
    root.walk((node) => {
      const empty =
        (node.type === 'rule' || node.type === 'atrule') && node.nodes !== undefined && node.nodes.length === 0;
      if (empty) {
        node.remove();
        changed = true;
      }
    });
  }
}

/** First pass, per file: drops the rules and fonts the player does not use, and comments. */
export function purgeRulesAndFonts(root: Root, options: Pick<PurgeOptions, 'classes' | 'fonts'>): void {
  purgeRules(root, options.classes);
  purgeFonts(root, options.fonts);
  root.walkComments((c) => {
    if (!c.text.startsWith('!')) c.remove();
  });
  dropEmpty(root);
}

/** Purges one DSFR stylesheet in place; `options.vars` comes from `liveVars` over every DSFR file. */
export function purgeDsfr(root: Root, options: PurgeOptions): void {
  purgeRulesAndFonts(root, options);
  root.walkDecls((d) => {
    if (d.prop.startsWith('--') && !options.vars.has(d.prop)) d.remove();
  });
  dropEmpty(root);
}
