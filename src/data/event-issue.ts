// One problem found in an event or a collection of events.

export type EventIssueCode =
  | 'not-a-collection'
  | 'not-a-feature'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'empty-text'
  | 'bad-id'
  | 'duplicate-id'
  | 'bad-date'
  | 'date-precision-mismatch'
  | 'date-out-of-range'
  | 'unsorted'
  | 'bad-coordinates'
  | 'coordinates-out-of-range'
  | 'too-many-decimals'
  | 'bad-country-code'
  | 'unknown-country'
  | 'outside-country'
  | 'bad-casualty-range'
  | 'empty-sources'
  | 'too-many-sources'
  | 'bad-url'
  | 'source-before-event'
  | 'unknown-uncertain-field'
  | 'not-allowed'
  | 'missing-claimed-as'
  | 'claimed-as-mismatch'
  | 'incident-mismatch'
  | 'off-land';

export interface EventIssue {
  /** Position of the feature in the collection; null for a lone feature or the collection itself. */
  index: number | null;
  /** The feature's `properties.id` when it is a string, else null. */
  id: string | null;
  /** Where in the feature, e.g. `properties.sources[0].url`; '' for the whole input. */
  path: string;
  code: EventIssueCode;
  /** A sentence a person can act on. */
  message: string;
}

/** One line per issue, e.g. `#12 2024-01-03-kerman… properties.date: …`. */
export function formatEventIssue(issue: EventIssue): string {
  const where = [issue.index === null ? null : `#${issue.index}`, issue.id, issue.path || null]
    .filter((part) => part !== null)
    .join(' ');
  return `${where ? `${where}: ` : ''}${issue.message} [${issue.code}]`;
}
