import type { CollectionTask, HouseUse, ImportKind, OrganisationKind } from '../../../core/contracts/registry';
import type { JurisdictionLevel } from '../../../core/contracts/summary';
import type { MessageKey } from '../../i18n/zh-CN';
import type { RegistryTab } from './registry-access';

export const kindLabels: Record<ImportKind, MessageKey> = {
  residents: 'regKindResidents',
  houses: 'regKindHouses',
  organisations: 'regKindOrganisations',
  addresses: 'regKindAddresses',
  buildings: 'regKindBuildings',
  key_places: 'regKindKeyPlaces',
};

export const houseUseLabels: Record<HouseUse, MessageKey> = {
  owner_occupied: 'regUseOwner',
  rented: 'regUseRented',
  vacant: 'regUseVacant',
};

export const organisationKindLabels: Record<OrganisationKind, MessageKey> = {
  small_hotel: 'regOrgSmallHotel',
  entertainment: 'regOrgEntertainment',
  shop: 'regOrgShop',
  school: 'regOrgSchool',
  kindergarten: 'regOrgKindergarten',
  clinic: 'regOrgClinic',
  pharmacy: 'regOrgPharmacy',
  restaurant: 'regOrgRestaurant',
  internet_cafe: 'regOrgInternetCafe',
  other: 'regOrgOther',
};

export const taskStatusLabels: Record<CollectionTask['status'], MessageKey> = {
  open: 'regTaskOpen',
  done: 'regTaskDone',
  cancelled: 'regTaskCancelled',
};

export const tabLabels: Record<RegistryTab, MessageKey> = {
  freshness: 'regTabFreshness',
  tasks: 'regTabTasks',
  import: 'regTabImport',
  export: 'regTabExport',
};

/** The top of the freshness list, by what the user's jurisdiction is: 全部网格 only to a user who sees them all. */
export const gridsCrumbLabels: Record<JurisdictionLevel, MessageKey> = {
  district: 'regAllGrids',
  street: 'regGridsOfStreet',
  station: 'regGridsOfStation',
  beat: 'regGridsOfBeat',
  community: 'regGridsOfCommunity',
  grid: 'regGridsOfGrid',
  grids: 'regGridsOfGrids',
};

/** An organisation kind the server sent, as a label key; an unknown kind has none (shown as sent). */
export function organisationKindLabel(kind: string): MessageKey | null {
  return kind in organisationKindLabels ? organisationKindLabels[kind as OrganisationKind] : null;
}
