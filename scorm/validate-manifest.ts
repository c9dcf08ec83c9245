import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormVersion } from './manifest-info';

const here = dirname(fileURLToPath(import.meta.url));

/** The driver schema that imports every namespace a manifest of this version uses. */
export function driverSchema(version: ScormVersion): string {
  return join(here, 'schemas', `driver-${version}.xsd`);
}

export interface Validation {
  ok: boolean;
  /** xmllint's messages, with the temporary file name replaced by imsmanifest.xml. */
  messages: string;
}

/** Validates a manifest with `xmllint --noout --nonet --schema driver.xsd` (no network, ever). */
export function validateManifest(xml: string, version: ScormVersion): Validation {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const file = join(dir, 'imsmanifest.xml');
  try {
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', driverSchema(version), file], {
      encoding: 'utf8',
    });
    if (r.error) throw new Error(`xmllint could not run (${r.error.message}); install libxml2-utils`);
    const messages = `${r.stdout}${r.stderr}`.split(file).join('imsmanifest.xml');
    return { ok: r.status === 0, messages: withoutKnownNoise(messages).trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The official SCORM 1.2 ims_xml.xsd declares the xml namespace as its default namespace, which
 * libxml2 reports on every run (3 lines) before validating correctly anyway: not worth showing.
 */
function withoutKnownNoise(messages: string): string {
  return messages.replace(
    /^.*ims_xml\.xsd:1: namespace error : xml namespace URI cannot be the default namespace\n.*\n.*\^\n/m,
    '',
  );
}
