import type { z } from 'zod';

/**
 * Why a row (or the file) of a 一标三实 import is refused, for the server to word in the caller's language: a message
 * code of server/i18n/messages.ts with its parameters, or the issue a row schema of core/contracts/registry.ts raised
 * (worded as every zod issue of the API is). The reason never reaches a person in English by default.
 */
export type RegistryProblemCode =
  | 'registry_not_csv' | 'registry_not_json' | 'registry_empty_file' | 'registry_no_rows' | 'registry_too_many_rows' | 'registry_column_twice'
  | 'registry_missing_columns' | 'registry_value_count' | 'registry_not_collection' | 'registry_not_feature' | 'registry_property_object'
  | 'registry_geometry_point' | 'registry_required' | 'registry_no_building' | 'registry_no_address' | 'registry_no_house'
  | 'registry_house_elsewhere' | 'registry_after_today' | 'registry_repeats_value' | 'registry_repeats' | 'registry_exists'
  | 'registry_house_repeats' | 'registry_point_outside_grid';

interface At {
  row: number; // CSV: the line (header = 1); GeoJSON: the feature's 1-based position; 0: the file as a whole
  field: string; // a column or property name, 'geometry', or '' for the whole row or file
}
export type RegistryProblem =
  | (At & { code: RegistryProblemCode; params: Record<string, string | number | readonly string[]> })
  | (At & { issue: z.core.$ZodIssue });
