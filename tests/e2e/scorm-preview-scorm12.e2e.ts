import { previewSuite } from '../scorm/preview-suite';

// The 2 h package, SCORM 1.2, through the preview LMS in Chromium (see preview-suite.ts).
previewSuite('scorm12');
