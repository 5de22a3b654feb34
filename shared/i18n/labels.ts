/**
 * The one wording of each value a project holds (session kinds, layouts, equipment, audiences, roles, diets):
 * the timetable, the workbooks and the conflict texts all read these, so a venue's staff and the organisers
 * see the same words.
 */
import { areaTexts } from './area-texts.ts';

export const labels = areaTexts({
  fr: {
    kind: {
      keynote: 'Conférence invitée', talk: 'Exposé', 'thematic-session': 'Session thématique', workshop: 'Atelier',
      hackathon: 'Hackathon', plenary: 'Plénière', 'poster-session': 'Session posters', institutional: 'Institutionnel',
      social: 'Soirée', break: 'Pause', meal: 'Repas',
    },
    layout: {
      theatre: 'Théâtre', classroom: 'Salle de classe', cabaret: 'Cabaret', hall: 'Hall', boardroom: 'Table de réunion',
      standing: 'Debout',
    },
    equipment: {
      projector: 'Vidéoprojecteur', microphones: 'Micros', streaming: 'Diffusion en direct', recording: 'Enregistrement',
      whiteboard: 'Tableau blanc', 'power-sockets': 'Prises électriques', wifi: 'Wi-Fi', 'poster-boards': 'Panneaux à posters',
      'catering-area': 'Espace traiteur',
    },
    audience: { 'annual-days': 'Journées annuelles', 'engineers-seminar': 'Séminaire des ingénieurs', public: 'Public', press: 'Presse' },
    role: { speaker: 'Orateur·rice', chair: 'Président·e de séance', host: 'Animateur·rice', guide: 'Guide', moderator: 'Modérateur·rice' },
    diet: {
      none: 'Aucun', vegetarian: 'Végétarien', vegan: 'Végan', halal: 'Halal', kosher: 'Casher', 'gluten-free': 'Sans gluten',
      other: 'Autre',
    },
  },
  en: {
    kind: {
      keynote: 'Keynote', talk: 'Talk', 'thematic-session': 'Thematic session', workshop: 'Workshop',
      hackathon: 'Hackathon', plenary: 'Plenary', 'poster-session': 'Poster session', institutional: 'Institutional',
      social: 'Social event', break: 'Break', meal: 'Meal',
    },
    layout: {
      theatre: 'Theatre', classroom: 'Classroom', cabaret: 'Cabaret', hall: 'Hall', boardroom: 'Boardroom',
      standing: 'Standing',
    },
    equipment: {
      projector: 'Projector', microphones: 'Microphones', streaming: 'Live streaming', recording: 'Recording',
      whiteboard: 'Whiteboard', 'power-sockets': 'Power sockets', wifi: 'Wi-Fi', 'poster-boards': 'Poster boards',
      'catering-area': 'Catering area',
    },
    audience: { 'annual-days': 'Annual days', 'engineers-seminar': 'Engineers’ seminar', public: 'Public', press: 'Press' },
    role: { speaker: 'Speaker', chair: 'Chair', host: 'Host', guide: 'Guide', moderator: 'Moderator' },
    diet: {
      none: 'None', vegetarian: 'Vegetarian', vegan: 'Vegan', halal: 'Halal', kosher: 'Kosher', 'gluten-free': 'Gluten-free',
      other: 'Other',
    },
  },
});
