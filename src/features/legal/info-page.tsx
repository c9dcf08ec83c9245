import { useTranslation } from '../../i18n/use-translation';
import { PageHeading } from '../../components/page-heading';
import { ExternalLink } from '../../components/rich-text';
import { useUi, type InfoPage } from '../../stores/ui';
import type { Inline, PageText, Part } from './page-text';
import { SiteMap } from './site-map';
import { textEn } from './text-en';
import { textFr } from './text-fr';

/**
 * The pages a public service must have (footer links): Mentions légales, Déclaration
 * d'accessibilité, Données personnelles and Plan du site, in the UI language. A chunk of its own,
 * loaded only when one is opened.
 */
export function InfoPageView({ page, inLms }: { page: InfoPage; inLms: boolean }) {
  const { t, i18n } = useTranslation();
  const setPage = useUi((s) => s.setPage);
  const back = (
    <p>
      <a
        className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
        href="#/"
        onClick={(e) => {
          e.preventDefault();
          setPage(null);
        }}
      >
        {t('legal.back')}
      </a>
    </p>
  );
  if (page === 'plan-du-site')
    return (
      <div className="info-page">
        {back}
        <PageHeading focusKey={page}>{t('legal.siteMap')}</PageHeading>
        <SiteMap />
      </div>
    );
  const text: PageText = (i18n.language === 'en' ? textEn : textFr)[page]({ inLms });
  return (
    <div className="info-page">
      {back}
      <PageHeading focusKey={page}>{text.title}</PageHeading>
      {text.sections.map((s) => (
        <section key={s.heading}>
          <h2 className="fr-h4">{s.heading}</h2>
          {s.parts.map((part, i) => (
            <PartView key={i} part={part} />
          ))}
        </section>
      ))}
    </div>
  );
}

function PartView({ part }: { part: Part }) {
  if ('p' in part)
    return (
      <p>
        <Inlines items={part.p} />
      </p>
    );
  return (
    <ul>
      {part.list.map((item, i) => (
        <li key={i}>
          <Inlines items={item} />
        </li>
      ))}
    </ul>
  );
}

function Inlines({ items }: { items: Inline[] }) {
  const openSettings = useUi((s) => s.setSettingsOpen);
  return (
    <>
      {items.map((it, i) => {
        if (typeof it === 'string') return it;
        if ('strong' in it) return <strong key={i}>{it.strong}</strong>;
        if ('settings' in it)
          return (
            <button
              key={i}
              type="button"
              className="fr-link"
              aria-controls="display-settings"
              aria-haspopup="dialog"
              onClick={() => openSettings(true)}
            >
              {it.settings}
            </button>
          );
        return (
          <ExternalLink key={i} href={it.href}>
            {it.text}
          </ExternalLink>
        );
      })}
    </>
  );
}
