import { type Lang, strings } from '../i18n/strings.ts';

export interface LandingProps {
  lang: Lang;
  loginHref: string;
  signupHref: string;
  /** A sample's own description (each sample says which framework it shows); default: the shared text. */
  lead?: string;
  points?: readonly string[];
}

/** The signed-out page: what the sample shows, with Log in and Sign up. */
export function Landing({ lang, loginHref, signupHref, lead, points }: LandingProps) {
  const t = strings(lang);
  return (
    <main className="a0-landing" id="main">
      <h1>{t.landingHeading}</h1>
      <p className="a0-lead">{lead ?? t.landingLead}</p>
      <ul>
        {(points ?? t.landingPoints).map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <div className="a0-landing-actions">
        <a className="a0-button" href={loginHref}>
          {t.logIn}
        </a>
        <a className="a0-button a0-button-secondary" href={signupHref}>
          {t.signUp}
        </a>
      </div>
    </main>
  );
}
