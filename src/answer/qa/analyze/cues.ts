import type { Slot } from './understand.ts';

/** Cue patterns in priority order: the first that matches names the slot. */
/** Words naming the people at an event: beside an explicit date or place ask they describe the event, not a slot. */
export const PEOPLE_NOUNS =
  /^(officials?|delegat\w*|diplomats?|envoys?|representatives?|negotiators?|participants?|members?|counterparts?)$/;

/** "What time did it start?": the hour asked, not the day. */
export const TIME_OF_DAY_CUE = /\b(what time|at what time|what hour|which hour|o'clock)\b/;

/** "Who wrote this story?": the author asked, not the agency. */
export const AUTHOR_CUE = /\bwho (wrote|reported|authored)\b|\b(author|writer|reporter|byline)\b/;

/** "What will happen next?": asks what is yet to happen. */
export const FUTURE_CUE = /\b(will|next|upcoming|planned|scheduled|going to|plan to|plans to)\b/;

/** "Who took the photo?", "which agency reported it?": asks the story's source or credit. */
export const SOURCE_CUE =
  /\bcredit(s|ed)?\b(?! (rating|ratings|score|card|cards|line|lines|limit|union|risk|market|markets|agency|agencies)\b)|\bwho (took|shot|snapped)\b.*\b(photo|picture|image|pic)\b|\b(which|what) (news )?(agency|outlet|newspaper|paper|publication|source|media)\b|\bwho (reported|wrote|published)\b|\bsource of\b|\bwhere (is|was) (this|the story|the article) from\b/;

/** "When was the article published?": asks the story's own date, not the event's. */
export const PUBLISHED_CUE =
  /\b(published|publication date|dateline|written|posted|released|came out)\b.*\b(article|story|piece|report|this|it)\b|\b(article|story|piece|report)\b.*\b(published|written|posted|released|dated)\b/;

/** "Summarize it", "what's the story about?": asks for the article's summary; "in detail" for the long one. */
export const SUMMARY_CUE =
  /\b(summari[sz]e|summary|sum up|overview|gist|tl;? ?dr|main points?|key (points?|takeaways?|facts)|takeaways?|highlights|recap|bottom line|in a nutshell|main idea|catch me up|brief me)\b|\bwhat('?s| is| was) (the|this) (story|article|news|piece)( about)?\b|\bwhat (is|was) (it|this) about\b/;
export const DETAIL_CUE = /\b(detail|detailed|full|everything)\b/;

/** "What were the talks?": a bare noun for a gathering names the story's own event. */
export const GATHERING_CUE = /\b(talks|meeting|dialogue|event|consultation)\b/;

export const SLOT_CUES: ReadonlyArray<readonly [Slot, RegExp]> = [
  [
    'photo',
    /\b(photo|photograph|picture|pictured|image|pic|caption)\b|\bfrom (the )?(left|right)\b|\b(leftmost|rightmost)\b|\bfar (left|right)\b|\bwhere (is|are|was|were)\b.*\b(sitting|seated|sat|standing|stood|positioned)\b/,
  ],
  ['between', /\bbetween (whom|who|which)\b/],
  [
    'cause',
    /\b(led|leads|leading) to\b|\b(what|which)( \w+)? (prompted|triggered|caused|brought about|sparked|set off|motivated|drove|driven|pushed|spurred|inspired|moved)\b|\bwhat (was|is) the (reason|motive|motivation|cause|trigger)\b|\bwhy now\b|\b(what|which) (\w+ )?(pressures|forces|drivers|motives|motivations|factors)\b/,
  ],
  [
    'duration',
    /\bhow long\b|\bhow many (years|decades)\b|\bsince the (last|previous)\b|\b(over|across|during|in|for) what (span|period|stretch|length)\b|\bwhat (span|length|stretch) of time\b/,
  ],
  // The form of a meeting, asked outright, outranks a count in the same breath ("format-wise, like how many per side").
  ['format', /\bformat\w*\b|\bhow (was|were|is|are) .{0,30}\b(set up|structured|organi[sz]ed)\b/],
  ['count', /\bhow many\b|\bnumber of\b|\bhow much\b/],
  [
    'ordinal',
    /\bwhich (round|edition|session|installment|instalment)\b|\bwhat (number|round|edition)\b|\bordinal\b|\bwhich (meeting|talks?|consultation|dialogue) (was|is) (this|it)\b/,
  ],
  [
    'role',
    /\b(title|titles|position|positions|role|roles|job|jobs|post|rank|occupation|portfolio)\b|\bwhat does .+ do\b|\b(responsible for|in charge of|oversees?|oversaw|supervises?)\b/,
  ],
  ['name', /(?<!^)\bname\b(?! (the|all|every|them|those))|\bnames of\b|\bcalled\b/],
  ['country', /\bnationality\b|\b(which|what) country\b|\bwhere('s| is| are| was| were) .+ from\b/],
  // A place asked by its kind ("in which building") outranks the people words around it ("did the delegations meet").
  ['place', /\b(which|what) (city|place|venue|building|location|room|hotel|town)\b/],
  // An organization asked by its kind ("which Japanese bureau") outranks the people words around it ("represent").
  // "Where does she work?", "where does he teach?": the employer asked through a person's work, not a place.
  [
    'organization',
    /\b(which|what) (\w+ )?(bureau|ministry|department|agency|organi[sz]ation)\b|\bwhere (does|did|do) (\w+ ){1,3}(work|teach|study|lecture)\b/,
  ],
  // A date asked outright ("what weekday did the officials meet") outranks the people words around it.
  ['date', /\b(what|which) (day|date|year|month|weekday)\b|\bweekday\b|\bday of the week\b/],
  [
    'participants',
    /\b(attend\w*|participa\w*|took part|take part|taking part|present at|delegat\w*|represent\w*|led|leads?|leading|headed|heads?|counterparts?|officials?|members?|there)\b|\bwho (met|was at|were at)\b/,
  ],
  [
    'cause',
    /\bwhy\b|\breasons?\b|\bfactors?\b|\bbackdrop\b|\bcircumstances\b|\bcaus\w*\b|\bbecause\b|\bwhat led to\b|\bdue to\b|\bin the aftermath\b/,
  ],
  [
    'date',
    /\bwhen\b|\b(what|which) (day|date|year|time|month|weekday)\b|\bweekday\b|\bday of the week\b|\bdate\b|\bperiod\b|\bwhat years?\b/,
  ],
  ['place', /\bwhere\b|\b(which|what) (city|place|venue|building)\b|\blocation\b|\bvenue\b/],
  [
    'significance',
    /\bmeans?\b|\bmeaning\b|\bsignifican\w*\b|\bimportan\w*\b|\bimplications?\b|\bmatters?\b|\bsign (of|that)\b|\bsignal\w*\b|\bindicat\w*\b|\bsuggest\w*\b|\bbig deal\b/,
  ],
  [
    'outcome',
    /\bagre\w*\b|\boutcomes?\b|\bresults?\b|\bdecid\w*\b|\bdecision\b|\bconclu\w*\b|\bachiev\w*\b|\baccomplish\w*\b|\bcommit\w*\b|\bpledg\w*\b|\bdeals?\b|\bsign(ed)?\b|\bsteps\b|\bpacts?\b/,
  ],
  ['quote', /\b(say|said|says|saying|statement|quote|quoted|stated|words)\b/],
  // "What kind of meeting" asks the format; "what sort of threats" asks which threats (the thing named after "of").
  [
    'format',
    /\bwhat (kind|type|sort|level|format)\b(?! of (?!(the |this |these )?(meetings?|talks?|dialogues?|consultations?|sessions?|events?|gatherings?|security talks)\b))|\bformat\b|\b(kind|type) of (meetings?|talks?|dialogues?|consultations?|sessions?|events?)\b|\blevel\b/,
  ],
  [
    'topic',
    /\bdiscuss\w*\b|\btopics?\b|\bagenda\b|\btalk(ed)? about\b|\bissues?\b|\baddress\w*\b|\bfocus\w*\b|\bexchang\w*\b|\bconcerns?\b|\bthreats?\b|\braised?\b|\bcover(ed)?\b/,
  ],
  ['organization', /\b(organi[sz]ation|ministry|agency|works? for|employer|department|bureau)\b/],
  ['background', /\bbackground\b|\bhistory\b|\bcontext\b|\bhistoric\w*\b|\bwhy now\b/],
  ['happened', /\bwhat happened\b|\bwhat took place\b|\bwhat went on\b/],
];
