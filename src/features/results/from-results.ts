/**
 * Carried in the browser history entry (not the address) by the links from the results into
 * the scan ("Change", "Review your answers"): the wizard then offers "Back to results".
 */
export const FROM_RESULTS = { from: 'results' } as const;
