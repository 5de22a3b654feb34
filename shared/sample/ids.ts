/** The ids by which the parts of the sample refer to each other (sessions, registration options). */

export const SESSION = {
  workshops: ['session-workshop-1', 'session-workshop-2', 'session-workshop-3'],
  hackathons: [
    'session-hackathon-guix',
    'session-hackathon-monai',
    'session-hackathon-eds-bordeaux',
    'session-hackathon-fed-biomed',
    'session-hackathon-dicom-eeg',
  ],
  publicSequence: 'session-social-public-sequence',
  tour: 'session-social-guided-tour',
  cocktail: 'session-social-cocktail',
} as const;

export const OPTION = {
  firstDay: 'option-day-2025-10-14',
  secondDay: 'option-day-2025-10-15',
  seminar: 'option-engineers-seminar',
  socialEvening: 'option-social-evening',
  tour: 'option-guided-tour',
  workshops: ['option-workshop-1', 'option-workshop-2', 'option-workshop-3'],
  hackathons: [
    'option-hackathon-guix',
    'option-hackathon-monai',
    'option-hackathon-eds-bordeaux',
    'option-hackathon-fed-biomed',
    'option-hackathon-dicom-eeg',
  ],
} as const;

export const TOUR_ID = 'tour-palais-de-la-bourse';
