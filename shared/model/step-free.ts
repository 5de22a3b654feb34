/** Whether a free-text accessibility need clearly asks for the step-free route (no stairs). */

/** Words that clearly say the person cannot take stairs, in French and English, accents and case aside. */
const STEP_FREE = /wheel ?chair|fauteuil|\bpmr\b|step[- ]?free|mobilite reduite|reduced mobility/;
const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export const saysStepFree = (accessibility: string): boolean => STEP_FREE.test(fold(accessibility));
