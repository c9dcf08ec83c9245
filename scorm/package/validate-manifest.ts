import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { ScormVersion } from './manifest-info';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '../..');
const definitions = join(here, '../schemas');
const EDITION: Record<ScormVersion, string> = { scorm12: 'scorm12edition', scorm2004: 'scorm20044thedition' };

/** The driver schema that imports every namespace a manifest of this version uses. */
export function driverSchema(version: ScormVersion): string {
  return join(here, '../schemas', `driver-${version}.xsd`);
}

export interface Validation {
  ok: boolean;
  /** libxml2's messages about imsmanifest.xml, one per line. */
  messages: string;
}

/** A file of the project as xmllint-wasm's in-memory file system holds it: same relative path. */
function projectFile(path: string): XMLFileInfo {
  return { fileName: relative(projectRoot, path).split('\\').join('/'), contents: readFileSync(path) };
}

/**
 * Validates a manifest against the official XSDs with libxml2 compiled to WebAssembly
 * (`xmllint --noout --nonet --schema driver.xsd`), so no system package is needed. The driver
 * and every schema file of the edition (the XSDs it imports and includes, and their DTDs) are
 * preloaded into the in-memory file system at their project-relative paths, so the driver's
 * relative `schemaLocation`s resolve as on disk; `--nonet` forbids any fetch. Resolves to
 * `ok: false` with libxml2's messages when the manifest is invalid; rejects when libxml2 itself
 * could not run (a broken schema, say).
 */
export async function validateManifest(xml: string, version: ScormVersion): Promise<Validation> {
  const edition = join(definitions, EDITION[version]);
  const schemaFiles = readdirSync(edition)
    .filter((n) => /\.(xsd|dtd)$/.test(n))
    .map((n) => projectFile(join(edition, n)));
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema: projectFile(driverSchema(version)),
    preload: schemaFiles,
    modifyArguments: (args) => ['--nonet', ...args],
  });
  const messages = result.valid ? '' : withoutKnownNoise(result.rawOutput);
  return { ok: result.valid, messages: messages.trim() };
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
