/** The ministry's name in the bloc-marque, line by line as the State brand sets it. */
export const MINISTRY = ['Ministère', "de l'Éducation", 'nationale'] as const;

/**
 * The State's bloc-marque (DSFR `fr-logo`: Marianne, the ministry's name, the motto), one for the
 * header and the footer, so the two can never spell the ministry differently.
 */
export function MinistryLogo() {
  return (
    <p className="fr-logo">
      {MINISTRY[0]}
      <br />
      {MINISTRY[1]}
      <br />
      {MINISTRY[2]}
    </p>
  );
}
