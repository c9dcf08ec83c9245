import { useTranslation } from '../i18n/use-translation';
import type { Inline, RichText as Rich } from '../content/rich-text';

/**
 * Renders the compiled text tree as React elements. There is no HTML string anywhere on this
 * path, so authored text cannot inject markup or script.
 */
export function InlineText({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((n, i) => {
        switch (n.t) {
          case 'text':
            return n.v;
          case 'strong':
            return (
              <strong key={i}>
                <InlineText nodes={n.c} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <InlineText nodes={n.c} />
              </em>
            );
          case 'link':
            return (
              <ExternalLink key={i} href={n.href}>
                <InlineText nodes={n.c} />
              </ExternalLink>
            );
        }
      })}
    </>
  );
}

/** Only https:, mailto: and in-course #/ links exist (checked at build time); checked again here. */
export function ExternalLink({
  href,
  children,
  className,
}: {
  href: string;
  children: React.ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  if (href.startsWith('#/'))
    return (
      <a href={href} className={className}>
        {children}
      </a>
    );
  if (!/^(https:|mailto:)/.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="fr-sr-only"> {t('app.newWindow')}</span>
    </a>
  );
}

export function RichText({ blocks }: { blocks: Rich }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.t === 'p')
          return (
            <p key={i}>
              <InlineText nodes={b.c} />
            </p>
          );
        const items = b.items.map((it, j) => (
          <li key={j}>
            <InlineText nodes={it} />
          </li>
        ));
        return b.t === 'ul' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </>
  );
}
