/** Guids that stay the same from one export to the next: name-based UUIDs (RFC 9562, version 5) of the event and the item. */
import { v5 as uuidV5 } from 'uuid';

/** RFC 9562's namespace for URLs: Régie names its items `regie:<event>/<kind>/<id>`. */
const URL_NAMESPACE = uuidV5.URL;

/** A guid for one item of one event: the same event and item give the same guid in every export. */
export const stableGuid = (eventName: string, kind: 'session' | 'person' | 'room' | 'tour-group', id: string): string =>
  uuidV5(`regie:${eventName}/${kind}/${id}`, URL_NAMESPACE);

export const UUID_PATTERN = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
