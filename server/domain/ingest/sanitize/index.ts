export { cleanText, sanitizeText, capLength, rawInputLimit, type TSanitizeTextOptions } from "./sanitize-text";
export { stripHtml, decodeHtmlEntities } from "./strip-html";
export { removeInvisibleChars } from "./invisible-chars";
export { repairMojibake } from "./mojibake";
export { parseCount } from "./parse-count";
export { parseHandle, parsePlatformUserId, handlePatternText, platformLabels } from "./parse-identity";
export { parseBoolean, parseDate, parseHttpUrl, parseWebsite } from "./parse-scalars";
export { parseHashtags, HASHTAG_MAX_LENGTH, HASHTAGS_MAX_COUNT } from "./parse-hashtags";
export { isAbsent, type TParsed } from "./result";
