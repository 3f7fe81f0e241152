/** A hand-written English news article (a container spill) that the relate tests derive versions from. */
export const ARTICLE = [
  'The port authority of Lenholm said on Monday that 212 containers fell from the cargo ship Marisol during a storm in the North Channel.',
  'Coast guard vessels recovered 38 of the containers by Tuesday evening, according to Harbour Master Elin Strand.',
  '"We are treating every container as a hazard to shipping until it is found," Ms. Strand said at a press conference.',
  'The shipping company, Vester Lines, said none of the containers held dangerous goods.',
  'Fishermen were asked to report any debris to the harbour office on channel 16.',
  'The Marisol was travelling from Antwerp to Lenholm with 1,400 containers on board.',
  'Investigators will examine how the cargo was secured before the ship left port.',
].join(' ');
