// How much of the briefing the main page shows: a stakeholder reads it in minutes.

/** Points a section shows at most. */
export const MAX_POINTS = 8;
