export {
  readCounties,
  readMunicipalities,
  readCountyMunicipalities,
  readParties,
  nationalPartyId,
  type County,
  type Municipality,
  type CountyMunicipality,
  type NationalParty,
} from './readers.ts';
