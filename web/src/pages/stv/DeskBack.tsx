import { Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../router.tsx';

/** The way back from one of the desk's pages to the municipality's desk. */
export function DeskBack({ number }: { number: string }) {
  return (
    <Paragraph>
      <AppLink to={`/skrivebord/${encodeURIComponent(number)}`}>
        Tilbake til skrivebordet for {number}
      </AppLink>
    </Paragraph>
  );
}

/** A municipality as the viewer's assignments name it (`4601 Bergen`), or its number alone. */
export const municipalityLabel = (number: string, known: { number: string; name: string }[]) => {
  const name = known.find((m) => m.number === number)?.name;
  return name ? `${number} ${name}` : number;
};
