/** Municipal elections are held every four years: 2011, 2015, 2019, 2023, 2027, … */
export const isElectionYear = (year: number) => year >= 1900 && year <= 2100 && (year - 2011) % 4 === 0;

/** The election period (valgperiode) a body or an election result belongs to, as the API shows it. */
export const electionPeriod = (startYear: number) => ({
  startYear,
  endYear: startYear + 4,
  label: `${startYear}–${startYear + 4}`,
});
