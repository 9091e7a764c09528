import { Paragraph } from '@digdir/designsystemet-react';
import type { Viewer } from '../../access.tsx';
import { AppLink } from '../../router.tsx';

/** The way back from one of the desk's pages to the municipality's desk, and who is at it. */
export function DeskBack({ number, viewer }: { number: string; viewer: Viewer }) {
  return (
    <>
      <Paragraph>
        <AppLink to={`/skrivebord/${encodeURIComponent(number)}`}>
          Tilbake til skrivebordet for {number}
        </AppLink>
      </Paragraph>
      {viewer.person && <Paragraph data-size="sm">Du er logget inn som {viewer.person.name}.</Paragraph>}
    </>
  );
}

/** A municipality as the viewer's assignments name it (`4601 Bergen`), or its number alone. */
export const municipalityLabel = (number: string, known: { number: string; name: string }[]) => {
  const name = known.find((m) => m.number === number)?.name;
  return name ? `${number} ${name}` : number;
};
