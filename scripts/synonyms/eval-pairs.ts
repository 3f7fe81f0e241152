// Word pairs for measuring the pack, written for this project. Left and right are words as
// they appear in text; the measurement stems them the same way the pipeline does.

/** Swaps that rewrites and machine-translation round trips make in news reports. */
export const SHOULD_MATCH: readonly (readonly [string, string])[] = [
  ['killed', 'slain'], ['kill', 'slay'], ['injured', 'hurt'], ['injured', 'wounded'],
  ['committee', 'panel'], ['chairs', 'leads'], ['chaired', 'headed'], ['confirmed', 'acknowledged'],
  ['confirmed', 'verified'], ['said', 'stated'], ['attack', 'assault'], ['attack', 'strike'],
  ['fire', 'blaze'], ['car', 'automobile'], ['car', 'vehicle'], ['officials', 'authorities'],
  ['arrested', 'detained'], ['died', 'perished'], ['death', 'died'], ['began', 'started'],
  ['started', 'commenced'], ['ended', 'finished'], ['buy', 'purchase'], ['bought', 'acquired'],
  ['rise', 'increase'], ['rose', 'climbed'], ['fell', 'dropped'], ['decline', 'decrease'],
  ['big', 'large'], ['huge', 'enormous'], ['help', 'assist'], ['aid', 'help'], ['try', 'attempt'],
  ['showed', 'revealed'], ['announced', 'declared'], ['law', 'legislation'], ['doctor', 'physician'],
  ['children', 'kids'], ['home', 'house'], ['shop', 'store'], ['company', 'firm'],
  ['chief', 'head'], ['leader', 'head'], ['talk', 'discuss'], ['warn', 'caution'],
  ['warning', 'alert'], ['ask', 'request'], ['refused', 'rejected'], ['ban', 'prohibit'],
  ['allow', 'permit'], ['protest', 'demonstration'], ['protesters', 'demonstrators'],
  ['troops', 'soldiers'], ['gun', 'firearm'], ['blast', 'explosion'], ['fatalities', 'deaths'],
  ['residents', 'inhabitants'], ['rescue', 'save'], ['damage', 'harm'], ['destroyed', 'demolished'],
  ['probe', 'investigation'], ['inquiry', 'investigation'], ['jail', 'prison'], ['court', 'tribunal'],
  ['lawyer', 'attorney'], ['ship', 'vessel'], ['plane', 'aircraft'], ['port', 'harbour'],
  ['cost', 'price'], ['money', 'funds'], ['wage', 'pay'], ['salary', 'wage'], ['country', 'nation'],
  ['region', 'area'], ['border', 'frontier'], ['victory', 'win'], ['defeated', 'beat'],
  ['agreement', 'deal'], ['treaty', 'pact'], ['speak', 'talk'], ['reporters', 'journalists'],
  ['quake', 'earthquake'], ['flood', 'inundation'], ['storm', 'tempest'], ['explode', 'detonate'],
  ['worker', 'employee'], ['boss', 'chief'], ['fund', 'finance'], ['hospital', 'infirmary'],
  ['drone', 'aircraft'], ['dock', 'port'], ['police', 'officers'], ['cut', 'reduce'],
  ['vowed', 'pledged'], ['urged', 'called'], ['hit', 'struck'], ['seized', 'captured'],
  ['hurt', 'harmed'], ['needed', 'required'], ['enough', 'sufficient'], ['quickly', 'rapidly'],
  ['almost', 'nearly'], ['about', 'approximately'], ['hard', 'difficult'], ['main', 'principal'],
];

/** Pairs a news comparison must keep apart: different values of the same kind of fact. */
export const SHOULD_NOT_MATCH: readonly (readonly [string, string])[] = [
  ['banana', 'senate'], ['monday', 'tuesday'], ['january', 'february'], ['north', 'south'],
  ['man', 'woman'], ['buy', 'sell'], ['win', 'lose'], ['rise', 'fall'], ['increase', 'decrease'],
  ['police', 'army'], ['france', 'germany'], ['father', 'mother'], ['son', 'daughter'],
  ['car', 'truck'], ['boat', 'plane'], ['doctor', 'nurse'], ['killed', 'injured'],
  ['dead', 'injured'], ['arrested', 'released'], ['city', 'village'], ['army', 'navy'],
  ['gold', 'silver'], ['oil', 'gas'], ['morning', 'evening'], ['week', 'month'],
  ['hour', 'minute'], ['red', 'blue'], ['senate', 'house'], ['east', 'west'], ['first', 'second'],
  ['million', 'billion'], ['open', 'close'], ['accept', 'reject'], ['guilty', 'innocent'],
  ['president', 'minister'], ['fire', 'flood'], ['storm', 'earthquake'], ['ship', 'train'],
  ['bank', 'school'], ['school', 'hospital'], ['brother', 'sister'], ['rain', 'snow'],
  ['wife', 'husband'], ['friday', 'saturday'], ['spring', 'autumn'], ['teacher', 'student'],
];
