export { mapRecord } from "./map-record";
export { isMapError, type TMapError, type TMapOptions, type TMapResult } from "./map-types";
export { suggestColumnMapping, type TColumnMappingSuggestion } from "./column-mapping";
export { canonicalFields, headerAliases, normaliseHeader, type TCanonicalField } from "./header-aliases";
export { parseProfileUrl, type TProfileUrlInfo } from "./profile-url";
