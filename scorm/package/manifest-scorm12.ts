import { href, xmlText, type ManifestInfo } from './manifest-info';

/** The schema files a SCORM 1.2 package carries at its root, named by xsi:schemaLocation. */
export const SCHEMA_FILES_12 = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

/**
 * imsmanifest.xml for SCORM 1.2: one organization, one item launching the one SCO. A track with
 * an assessment declares its pass mark as `adlcp:masteryscore` (0–100, as `cmi.core.score.raw`),
 * which the LMS hands to the SCO as `cmi.student_data.mastery_score`.
 */
export function manifest12(m: ManifestInfo): string {
  const files = m.files.map((f) => `      <file href="${xmlText(href(f))}"/>`).join('\n');
  const mastery =
    m.passMark === undefined
      ? ''
      : `\n        <adlcp:masteryscore>${Math.round(m.passMark * 100)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${m.manifestId}" version="${xmlText(m.version)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${m.orgId}">
    <organization identifier="${m.orgId}">
      <title>${xmlText(m.title)}</title>
      <item identifier="${m.itemId}" identifierref="${m.resourceId}" isvisible="true">
        <title>${xmlText(m.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${m.resourceId}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}
