import { previewSuite } from '../scorm/preview-suite';

// The 2 h package, SCORM 2004, through the preview LMS in Chromium (see preview-suite.ts).
previewSuite('scorm2004');
