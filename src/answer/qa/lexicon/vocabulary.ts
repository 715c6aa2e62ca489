import { stem } from './text.ts';

/**
 * Question furniture: words that say what kind of answer is wanted, or refer to the story in general, and carry
 * no content to match against the article. They are never "unknown" and never count as evidence.
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set(
  (
    'who what when where why how which whose whom many much long happen happened happening happens take took taken ' +
    'place held hold holding meet met mention mentioned mentions cite cited cites note noted highlight highlighted ' +
    'stress stressed emphasize emphasized emphasise refer referred point pointed state stated ' +
    'article story news report reported piece text involved involve name named names person people someone anyone ' +
    'tell explain describe summary summarize summarise detail details info information mean means about regarding ' +
    'again more else exactly really actually specifically precisely total overall altogether sort type kind ' +
    'meeting meetings talks talk dialogue session event thing things one ones guy guys lady man woman ' +
    'role title job position picture photo image left right middle center centre ' +
    'date day time year period city location venue reason result outcome topic topics agenda ' +
    'discuss discussed discussion statement quote words say said says number count exact ' +
    'cover covered covers span spanned spans include included includes involved come came up bring brought ' +
    'hope hoped hoping aim aimed aims seek sought want wanted intend intended goal purpose list spelling setup structure arrangement ' +
    'forces pressures drivers factors bodies agencies entities authorities institutions ' +
    'week weekday month sit sat together gather gathered convene convened ' +
    'motivate motivated motivates drove drive drives driven prompt prompted prompts spur spurred pushed inspired'
  ).split(' '),
);

/**
 * Generic category words ("which event", "what forces", "which bodies"): they name the kind of slot asked (a cause,
 * a context, a speaker or organization), not a concrete kind of thing, so any fact filling that slot answers them.
 */
export const SPEAKER_KIND =
  /^(bod(y|ies)|agenc(y|ies)|ministr(y|ies)|organi[sz]ations?|authorit(y|ies)|institutions?|governments?|departments?|offices?|entit(y|ies)|part(y|ies)|groups?)$/;
export const GENERIC_KIND =
  /^(events?|incidents?|episodes?|developments?|things?|forces?|pressures?|factors?|drivers?|triggers?|circumstances?|motives?|motivations?|reasons?|details?|level|amount|extent|degree)$/;

export const FURNITURE_STEMS: ReadonlySet<string> = new Set([...FURNITURE_WORDS].map(stem));

/** Everyday words for what articles say otherwise (question word -> article words), by stem. */
export const SYNONYMS: ReadonlyMap<string, string[]> = new Map(
  (
    [
      ['start', ['first']],
      ['begin', ['first']],
      ['began', ['first']],
      ['origin', ['first']],
      ['inaugural', ['first']],
      ['previous', ['last']],
      ['last', ['previous']],
      ['prior', ['previous', 'last']],
      ['high-level', ['senior-level']],
      ['top-level', ['senior-level']],
      ['high', ['senior']],
      ['top', ['senior']],
      ['halt', ['suspend']],
      ['stop', ['suspend']],
      ['stopped', ['suspend']],
      ['froze', ['suspend']],
      ['freez', ['suspend']],
      ['resum', ['resumption']],
      ['restart', ['resumption']],
      ['danger', ['threat']],
      ['signal', ['sign', 'mark']],
      ['indicat', ['sign', 'mark']],
      ['purpose', ['opportunity', 'serv', 'designed']],
      ['meant', ['designed']],
      ['intended', ['designed']],
      ['supposed', ['designed']],
      ['fast', ['quickly']],
      ['swift', ['quickly']],
      ['rapid', ['quickly']],
      ['bring', ['restore']],
      ['reopen', ['restore']],
      ['reviv', ['restore']],
      ['reestablish', ['restore']],
      ['goal', ['opportunity', 'serv']],
      ['aim', ['opportunity', 'serv']],
      ['opposite', ['counterpart']],
      ['nuke', ['nuclear']],
      ['relationship', ['relation', 'ties']],
      ['relation', ['ties', 'relationship']],
      ['tie', ['relation']],
      ['military', ['defens']],
      ['defenc', ['defens']],
      ['occupation', ['coloniz']],
      ['occupy', ['coloniz']],
      ['rule', ['coloniz']],
      ['deal', ['pact', 'agre']],
      ['treaty', ['pact']],
      ['agreement', ['pact', 'agre']],
      ['agree', ['agreement']],
      ['incident', ['dispute']],
      ['round', ['talk']],
      ['row', ['dispute']],
      ['spat', ['dispute']],
      ['clash', ['dispute']],
      ['feud', ['dispute']],
      ['conflict', ['dispute']],
      ['weapon', ['nuclear']],
      ['arms', ['nuclear', 'military']],
      ['missile', ['threat']],
      ['america', ['united', 'states']],
      ['us', ['united', 'states']],
      ['cut', ['suspend']],
      ['paus', ['suspend']],
      ['equivalent', ['counterpart']],
      ['specific', ['detail']],
      ['elaborat', ['detail']],
      ['backdrop', ['face', 'environment']],
      ['program', ['issue']],
      ['chance', ['opportunity']],
      ['break', ['interrupt']],
      ['earlier', ['before', 'previous']],
      ['preceding', ['before', 'previous']],
      ['hiatus', ['interrupt', 'suspend']],
      ['gap', ['interrupt']],
      ['provid', ['opportunity', 'serv']],
      ['offer', ['opportunity', 'serv']],
      ['allow', ['opportunity', 'serv']],
      ['enabl', ['opportunity', 'serv']],
      ['permit', ['opportunity', 'serv']],
      ['view', ['opinion']],
      ['programm', ['issue']],
      ['deepen', ['develop']],
      ['suggest', ['sign']],
      ['warm', ['thaw']],
      ['improv', ['thaw']],
      ['better', ['thaw']],
      ['mend', ['thaw']],
      ['sporadic', ['interrupt']],
      ['intermittent', ['interrupt']],
      ['irregular', ['interrupt']],
      ['patchy', ['interrupt']],
      ['strengthen', ['develop']],
      ['boost', ['develop']],
      ['expand', ['develop']],
    ] as const
  ).map(([word, alternatives]) => [stem(word), alternatives.map((a) => stem(a))]),
);
