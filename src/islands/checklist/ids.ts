/** A new case id: time and a random part, in the shape saved records accept. */
export const newCaseId = (): string => `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
