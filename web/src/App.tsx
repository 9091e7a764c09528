import { SkipLink } from '@digdir/designsystemet-react';
import { AppLink, useLocation } from './router.tsx';
import { SessionMenu } from './SessionMenu.tsx';
import { CountiesPage } from './pages/Counties.tsx';
import { CountyPage } from './pages/County.tsx';
import { HolderPage } from './pages/Holder.tsx';
import { HomePage } from './pages/Home.tsx';
import { MunicipalityPage } from './pages/Municipality.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { PersonPage } from './pages/Person.tsx';
import { SearchPage } from './pages/Search.tsx';
import { SignInPage } from './pages/SignIn.tsx';
import { UnitPage } from './pages/Unit.tsx';
import { OidcCallbackPage } from './pages/OidcSignIn.tsx';
import { AdminHomePage } from './pages/admin/Admin.tsx';
import { ChangeMessagesPage } from './pages/admin/ChangeMessages.tsx';
import { ContactPersonsPage } from './pages/admin/ContactPersons.tsx';
import { ReceiptsPage } from './pages/admin/Receipts.tsx';
import { DeskLandingPage, DeskPage } from './pages/desk/Desk.tsx';
import { useSession } from './session.ts';

/**
 * The page at a path: `/`, `/sok`, `/person/<id>`, `/fylker`, `/fylke/<nr>`, `/kommune/<nr>`,
 * `/enhet/<id>`; `/logg-inn`, the identity provider's way back `/logg-inn/oidc` and the position
 * holder's `/min-side`; `/skrivebord`, `/skrivebord/<nr>[/<section>]` (the sections in
 * pages/desk/sections.tsx, Styrevervregisteret's `varsler` and `valg` among them); the
 * administrators' `/admin/…`.
 */
function route(location: URL) {
  const [first, second, ...rest] = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (first === 'skrivebord' && rest.length <= 1)
    return second ? (
      <DeskPage number={second} section={rest[0]} params={location.searchParams} />
    ) : (
      <DeskLandingPage />
    );
  if (first === 'logg-inn' && second === 'oidc' && rest.length === 0) return <OidcCallbackPage />;
  if (first === 'admin' && rest.length === 0) {
    if (!second) return <AdminHomePage />;
    if (second === 'endringsmeldinger') return <ChangeMessagesPage />;
    if (second === 'kontaktpersoner') return <ContactPersonsPage />;
    if (second === 'mottakere') return <ReceiptsPage />;
  }
  if (rest.length > 0) return <NotFoundPage />;
  if (!first) return <HomePage />;
  if (first === 'sok' && !second) return <SearchPage params={location.searchParams} />;
  if (first === 'fylker' && !second) return <CountiesPage />;
  if (first === 'logg-inn' && !second) return <SignInPage />;
  if (first === 'min-side' && !second) return <HolderPage />;
  if (!second) return <NotFoundPage />;
  if (first === 'person') return <PersonPage id={second} />;
  if (first === 'fylke') return <CountyPage number={second} />;
  if (first === 'kommune') return <MunicipalityPage number={second} />;
  if (first === 'enhet') return <UnitPage id={second} />;
  return <NotFoundPage />;
}

export function App() {
  const location = useLocation();
  const { token } = useSession();
  return (
    <>
      <SkipLink href="#innhold">Hopp til hovedinnhold</SkipLink>
      <header className="site-header">
        <div className="page">
          <AppLink to="/">Registertjenester</AppLink>
          <nav aria-label="Hovedmeny">
            <ul>
              <li>
                <AppLink to="/sok">Søk i erklæringer</AppLink>
              </li>
              <li>
                <AppLink to="/fylker">Fylker og kommuner</AppLink>
              </li>
              {token && (
                <li>
                  <AppLink to="/skrivebord">Skrivebord</AppLink>
                </li>
              )}
            </ul>
          </nav>
          <SessionMenu />
        </div>
      </header>
      <main id="innhold" className="page" key={location.pathname + location.search}>
        {route(location)}
      </main>
    </>
  );
}
