import { href, xmlText, type ManifestInfo } from './manifest-info';

/** The schema files a SCORM 2004 4th edition package carries at its root. */
export const SCHEMA_FILES_2004 = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'XMLSchema.dtd',
  'datatypes.dtd',
];

/**
 * imsmanifest.xml for SCORM 2004 4th edition. The SCO reports completion and success itself
 * (deliveryControls), so the LMS never marks it completed on its own; the LMS's own
 * previous/continue buttons are hidden since the course has its own navigation. A track with an
 * assessment declares its pass mark on the primary objective (satisfiedByMeasure with a
 * minNormalizedMeasure), which the LMS hands to the SCO as `cmi.scaled_passing_score`.
 */
export function manifest2004(m: ManifestInfo): string {
  const files = m.files.map((f) => `      <file href="${xmlText(href(f))}"/>`).join('\n');
  const objectives =
    m.passMark === undefined
      ? ''
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${m.itemId}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${m.passMark}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${m.manifestId}" version="${xmlText(m.version)}"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${m.orgId}">
    <organization identifier="${m.orgId}" adlseq:objectivesGlobalToSystem="false">
      <title>${xmlText(m.title)}</title>
      <item identifier="${m.itemId}" identifierref="${m.resourceId}" isvisible="true">
        <title>${xmlText(m.title)}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
        <adlnav:presentation>
          <adlnav:navigationInterface>
            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
          </adlnav:navigationInterface>
        </adlnav:presentation>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${m.resourceId}" type="webcontent" adlcp:scormType="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}
