import { useId, useState, type ReactNode } from 'react';

/**
 * A DSFR accordion (fr-accordion), closed at first. React does what DSFR's script would: the
 * button's aria-expanded and the panel's fr-collapse--expanded. Closed, the panel is hidden from
 * everyone (DSFR sets visibility: hidden); printing opens it (accordion.print.css).
 */
export function Accordion({
  title,
  level = 3,
  children,
}: {
  title: ReactNode;
  level?: 2 | 3 | 4;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const Heading = `h${level}` as const;
  return (
    <section className="fr-accordion">
      <Heading className="fr-accordion__title">
        <button
          type="button"
          className="fr-accordion__btn"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {title}
        </button>
      </Heading>
      <div className={`fr-collapse${open ? ' fr-collapse--expanded' : ''}`} id={id}>
        {children}
      </div>
    </section>
  );
}
