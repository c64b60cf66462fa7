// How much of the briefing the main page shows: a stakeholder reads it in minutes.

/** Points a section shows at most. */
export const MAX_POINTS = 8;

/**
 * Claims of one origin a section lists under "More in …" past its strongest points, at most: the next strongest, a
 * second page's worth. Claims two or more origins back are all listed there, however many; other claims of one
 * origin are cut, and the build summary counts them.
 */
export const MORE_SINGLE = MAX_POINTS;
