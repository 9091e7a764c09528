import { SessionViewerDocument, type SessionViewerQuery } from '@registers/client';
import { useEffect, useState } from 'react';
import { client } from './api.ts';
import { sessionToken, signOut, useSession } from './session.ts';

export type Viewer = SessionViewerQuery['viewer'];

export type ViewerState =
  | { state: 'signed-out' }
  | { state: 'loading' }
  | { state: 'signed-in'; viewer: Viewer }
  | { state: 'error'; code: string };

/** The one question per token, shared by the header and the pages that ask it at once. */
let asked: { token: string; answer: Promise<Viewer> } | null = null;

/**
 * Who the session's token signs in, as the gateway says (`viewer`). A token the gateway no longer
 * takes (a personal link voided or expired) is no session: it would make every request a 401,
 * the public pages' too, so it is dropped and the viewer is signed out.
 */
export function viewerOf(token: string): Promise<Viewer> {
  if (asked?.token !== token) {
    const answer = client.execute(SessionViewerDocument).then(({ viewer }) => viewer);
    answer.catch((error: unknown) => {
      // A failure is not kept: the next question asks again (a network error passes).
      if (asked?.answer === answer) asked = null;
      // Only while it is still the session's: a newer sign-in stays.
      if ((error as { code?: string }).code === 'UNAUTHENTICATED' && sessionToken() === token) signOut();
    });
    asked = { token, answer };
  }
  return asked.answer;
}

/** The session's viewer, asked again when the session's token changes. */
export function useViewer(): ViewerState {
  const { token } = useSession();
  const [state, setState] = useState<ViewerState>(token ? { state: 'loading' } : { state: 'signed-out' });
  useEffect(() => {
    if (!token) return setState({ state: 'signed-out' });
    let current = true;
    setState({ state: 'loading' });
    viewerOf(token).then(
      (viewer) => current && setState({ state: 'signed-in', viewer }),
      (error: unknown) =>
        current && setState({ state: 'error', code: (error as { code?: string }).code ?? 'NETWORK_ERROR' }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return state;
}

/** Where a sign-in leads: the person's own page when the token is a person's, else the front page. */
export const landingPath = (viewer: Viewer) => (viewer.person ? '/min-side' : '/');
