// The project's event type from the source's own vocabulary, which is kept verbatim beside it.
// Only violent types become "attack": ACLED's Protests, Riots and Strategic developments are not attacks
// (ACLED codebook, event types), except its "Arrests" sub-event, which is an arrest. GTD lists attacks
// only (attacktype1_txt); UCDP GED's type_of_violence 1-3 are all organised violence with deaths.
import type { EventType } from '../types.ts';

export interface SourceEventType {
  type: EventType;
  /** True when the type was not stated in the project's own terms. */
  inferred: boolean;
  /** The source's fields as written, e.g. { event_type: 'Protests', sub_event_type: 'Peaceful protest' }. */
  sourceTypes: Record<string, string>;
}

const OWN_TYPES: readonly EventType[] = ['attack', 'plot', 'arrest', 'other'];
const ACLED_VIOLENT = ['battles', 'explosions/remote violence', 'violence against civilians'];
/** 1 state-based conflict, 2 non-state conflict, 3 one-sided violence. */
const UCDP_VIOLENCE = ['1', '2', '3'];

/** `read(name)` returns the record's value for a lower-case column name, or ''. */
export function sourceEventType(read: (name: string) => string): SourceEventType {
  const sourceTypes: Record<string, string> = {};
  for (const name of ['event_type', 'sub_event_type', 'attacktype1_txt', 'type_of_violence']) {
    const value = read(name);
    if (value) sourceTypes[name] = value;
  }
  const own = (read('eventtype') || read('event_type_project')).toLowerCase();
  if ((OWN_TYPES as string[]).includes(own)) return { type: own as EventType, inferred: false, sourceTypes };

  const acled = sourceTypes.event_type?.toLowerCase();
  const sub = sourceTypes.sub_event_type?.toLowerCase() ?? '';
  if (sub === 'arrests') return { type: 'arrest', inferred: true, sourceTypes };
  if (acled && ACLED_VIOLENT.includes(acled)) return { type: 'attack', inferred: true, sourceTypes };
  if (acled && ['protests', 'riots', 'strategic developments'].includes(acled))
    return { type: 'other', inferred: true, sourceTypes };
  if (sourceTypes.attacktype1_txt) return { type: 'attack', inferred: true, sourceTypes };
  const violence = sourceTypes.type_of_violence;
  if (violence && UCDP_VIOLENCE.includes(violence)) return { type: 'attack', inferred: true, sourceTypes };
  return { type: guessFromWords(acled ?? read('type')), inferred: true, sourceTypes };
}

/** A free-text type: words of violence make an attack; anything else, or nothing, stays "other". */
function guessFromWords(text: string): EventType {
  const t = text.toLowerCase();
  if (/arrest|detain/.test(t)) return 'arrest';
  if (/plot|foiled|thwarted/.test(t)) return 'plot';
  if (/attack|bomb|explos|assault|shoot|assassin|kill|suicide|armed/.test(t)) return 'attack';
  return 'other';
}
