/**
 * Sentence templates of the post writer, per language. The Czech case of every date and name is
 * fixed here (a date after "od" is in the genitive, a headline's "Ve čtvrtek 9. 4." in the
 * accusative), never by editing the notice's own sentences. `{x}` placeholders are filled by
 * write.ts; a sentence whose condition does not hold is simply never chosen there.
 */
export interface Sentences {
  /** "ve dvou ulicích", "in 3 streets" */
  inStreets(n: number): string;
  wholeArea: string;
  headline: {
    water: string; // {when} {where}
    waterNoDate: string;
    power: string;
    powerNoDate: string;
    road: string; // {when}
    roadNoDate: string;
    election: string; // {name} {days}
    electionName: string;
    fee: string; // {what} {deadline}
    feeNoDeadline: string;
    feeWhat: string;
    vaccination: string; // {when}
    council: string; // {when} {time}
    councilNoTime: string;
    councilNoDate: string;
    officeClosed: string; // {when}
    officeHours: string;
    policeMissing: string;
    policeWitnesses: string;
    policeWarning: string;
    police: string;
    fireWarning: string;
    fireReport: string; // {when}
    withWhen: string; // {what} {when}
    general: string;
  };
  line: {
    time: string; // {from}–{to}
    from: string;
    until: string;
    untilApprox: string;
    fromUntilApprox: string;
    closedRoad: string;
    detour: string;
    district: string; // {number} {place}
    account: string;
    accountVs: string;
    deadline: string;
    amount: string;
    stream: string;
    source: string;
    linkInBio: string;
    emergency: string;
  };
  cta: {
    waterPlanned: string;
    waterFailure: string;
    powerPlanned: string;
    roadDetour: string;
    road: string;
    councilPublic: string;
    councilOnline: string;
    councilClosed: string;
    electionBring: string;
    feeVs: string;
    fee: string;
    vaccinationBring: string;
    policeMissing: string;
    policeWitnesses: string;
    policeWarning: string;
    share: string;
    fireWarning: string;
    eventCome: string;
    collection: string;
    sports: string;
    sportsTown: string;
    sportsNoTown: string;
    join: string;
    questions: string;
  };
  /** What a headline names when the notice has no title of its own, per kind. */
  object: Partial<Record<string, string>>;
  unknownKind: string;
  and: string;
  /** Weekday names in the nominative, Monday first (fact lines start with them). */
  weekdayNom: readonly string[];
}
