declare const __BUILD_TARGET__: 'web' | 'scorm';
