// Lines a publisher puts around every story, which the HTML extraction keeps inside article
// bodies: appeals to readers ("Sign up for our free newsletter", "Síguenos en", "Abonnez-vous à
// notre newsletter"), cookie notices and photo credits. None is part of a story. The appeals
// name the publisher itself (our, us, nuestro, notre, unseren…), so a story about a newsletter
// or a service residents can sign up for is not taken for one.

const PHRASES: readonly string[] = [
  // English
  'our newsletter', 'our free newsletter', 'our daily newsletter', 'our weekly newsletter', 'our app', 'our podcast', 'our channel',
  'our journalism', 'our independent journalism', 'follow us on', 'follow us at', 'subscribe to our', 'sign up for our', 'sign up to our',
  'subscribe now', 'support us', 'become a subscriber', 'all rights reserved',
  // Indonesian
  'ikuti kami', 'berlangganan newsletter', 'berlangganan sekarang', 'hak cipta dilindungi',
  // Spanish, Portuguese
  'nuestro boletín', 'nuestra newsletter', 'síguenos', 'suscríbete', 'todos los derechos reservados',
  'nossa newsletter', 'nosso boletim', 'siga-nos', 'assine a nossa', 'assine o nosso', 'inscreva-se', 'todos os direitos reservados',
  // French
  'notre newsletter', 'notre lettre d\'information', 'abonnez-vous', 'inscrivez-vous', 'suivez-nous', 'tous droits réservés',
  // German
  'unseren newsletter', 'unserem newsletter', 'folgen sie uns', 'jetzt abonnieren', 'alle rechte vorbehalten',
  // Italian
  'la nostra newsletter', 'iscriviti', 'seguici', 'tutti i diritti riservati',
  // Dutch
  'onze nieuwsbrief', 'volg ons', 'abonneer je', 'alle rechten voorbehouden',
  // Polish
  'nasz newsletter', 'naszego newslettera', 'obserwuj nas', 'zapisz się', 'wszelkie prawa zastrzeżone',
  // Russian
  'подписывайтесь', 'подпишитесь', 'наш канал', 'все права защищены',
  // Cookie notices
  'we use cookies', 'use of cookies', 'accept cookies', 'cookie policy', 'cookie settings', 'kami menggunakan cookie', 'utilizamos cookies',
  'usamos cookies', 'nous utilisons des cookies', 'wir verwenden cookies', 'utilizziamo i cookie', 'wij gebruiken cookies',
  'używamy plików cookie', 'мы используем файлы cookie',
];
// A photo credit closing a caption: "(Photo: Halden City Museum)", "Foto: AFP", "(AP Photo/Jane Doe)".
const PHOTO_CREDIT = /(?:^|[\s(])(?:photo|foto|image|picture|credit|bild|imagen|immagine|фото|صورة)s?\s*(?:\/[^)]*)?:\s*[^.!?]{2,60}\)?\s*$|\((?:[A-Z][\p{L}.]*\s+)?(?:photo|foto)\s*\/[^)]{2,60}\)\s*$/iu;

/** Lines longer than this are story paragraphs even if they hold such a phrase. */
const MAX_WORDS = 40;

const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Whether a line is the publisher's, not the story's: an appeal or cookie notice (one of the
 * phrases above) or a caption ending in a photo credit, in a line of at most {@link MAX_WORDS}
 * words with no quotation mark (a quote may say "follow us").
 * @param line a trimmed line of normalised text
 * @param words its word count
 */
export function isPublisherLine(line: string, words: number): boolean {
  return words <= MAX_WORDS && !line.includes('"') && (PATTERN.test(line) || PHOTO_CREDIT.test(line));
}
