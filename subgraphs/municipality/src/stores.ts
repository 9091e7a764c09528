import type { MunicipalityDatabase } from './db/index.ts';
import { BodyStore } from './modules/bodies/store.ts';
import { ChangeMessageStore } from './modules/change-messages/store.ts';
import { ChangeReceiptStore } from './modules/change-receipts/store.ts';
import { ChangeStore } from './modules/changes/store.ts';
import { CompanyStore } from './modules/companies/store.ts';
import { ContactStore } from './modules/contacts/store.ts';
import { ElectionStore } from './modules/elections/store.ts';
import { GeographyStore } from './modules/geography/store.ts';
import { PersonStore } from './modules/persons/store.ts';
import { RoleFactStore } from './modules/role-facts/store.ts';
import { UnitStore } from './modules/units/store.ts';

/** The stores over a database, or over a command's transaction (a transaction is a database too). */
export function createStores(db: MunicipalityDatabase) {
  return {
    geography: new GeographyStore(db),
    units: new UnitStore(db),
    persons: new PersonStore(db),
    bodies: new BodyStore(db),
    companies: new CompanyStore(db),
    changes: new ChangeStore(db),
    contacts: new ContactStore(db),
    changeMessages: new ChangeMessageStore(db),
    changeReceipts: new ChangeReceiptStore(db),
    roleFacts: new RoleFactStore(db),
    elections: new ElectionStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
