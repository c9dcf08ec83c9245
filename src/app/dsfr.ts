/**
 * The State design system's styles for the first screen (header, footer, home, notices and the
 * settings dialog's frame), in DSFR's dependency order, with their print rules.
 * tools/vite-plugin-dsfr.ts purges each file at build time down to the classes the player
 * uses; screens loaded later import their own components' files.
 */
import '@gouvfr/dsfr/dist/core/core.main.css';
import '@gouvfr/dsfr/dist/core/core.print.css';
import '@gouvfr/dsfr/dist/scheme/scheme.css';
import '@gouvfr/dsfr/dist/component/link/link.main.css';
import '@gouvfr/dsfr/dist/component/button/button.main.css';
import '@gouvfr/dsfr/dist/component/button/button.print.css';
import '@gouvfr/dsfr/dist/component/logo/logo.main.css';
import '@gouvfr/dsfr/dist/component/logo/logo.print.css';
import '@gouvfr/dsfr/dist/component/skiplink/skiplink.main.css';
import '@gouvfr/dsfr/dist/component/skiplink/skiplink.print.css';
import '@gouvfr/dsfr/dist/component/navigation/navigation.main.css';
import '@gouvfr/dsfr/dist/component/modal/modal.main.css';
import '@gouvfr/dsfr/dist/component/translate/translate.main.css';
import '@gouvfr/dsfr/dist/component/header/header.main.css';
import '@gouvfr/dsfr/dist/component/header/header.print.css';
import '@gouvfr/dsfr/dist/component/footer/footer.main.css';
import '@gouvfr/dsfr/dist/component/footer/footer.print.css';
import '@gouvfr/dsfr/dist/component/alert/alert.main.css';
import '@gouvfr/dsfr/dist/component/badge/badge.main.css';
import '@gouvfr/dsfr/dist/component/card/card.main.css';
import '@gouvfr/dsfr/dist/component/callout/callout.main.css';
import '@gouvfr/dsfr/dist/component/card/card.print.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-system/icons-system.main.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-map/icons-map.main.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-design/icons-design.main.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-arrows/icons-arrows.main.css';
import '@gouvfr/dsfr/dist/utility/icons/icons-business/icons-business.main.css';
