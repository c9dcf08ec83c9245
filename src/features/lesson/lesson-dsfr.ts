/**
 * DSFR components of the lesson screen and its blocks (loaded with the lesson's chunk, not the
 * first screen): stepper, callouts and highlights, accordions (chart tables, image descriptions),
 * tables, tags, and the form controls of quizzes, checklists and reflections. Purged at build
 * time like the first screen's (tools/vite-plugin-dsfr.ts).
 */
import '@gouvfr/dsfr/dist/component/stepper/stepper.main.css';
import '@gouvfr/dsfr/dist/component/callout/callout.main.css';
import '@gouvfr/dsfr/dist/component/highlight/highlight.main.css';
import '@gouvfr/dsfr/dist/component/accordion/accordion.main.css';
import '@gouvfr/dsfr/dist/component/accordion/accordion.print.css';
import '@gouvfr/dsfr/dist/component/table/table.main.css';
import '@gouvfr/dsfr/dist/component/table/table.print.css';
import '@gouvfr/dsfr/dist/component/tag/tag.main.css';
import '@gouvfr/dsfr/dist/component/form/form.main.css';
import '@gouvfr/dsfr/dist/component/radio/radio.main.css';
import '@gouvfr/dsfr/dist/component/checkbox/checkbox.main.css';
import '@gouvfr/dsfr/dist/component/input/input.main.css';
import '@gouvfr/dsfr/dist/component/content/content.main.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-others/icons-others.main.css';
