// Lines a publisher puts around every story, which the HTML extraction keeps inside article
// bodies: appeals to readers ("Sign up for our free newsletter", "Síguenos en", "Abonnez-vous à
// notre newsletter"), paywall and login boxes ("Already a subscriber?", "Passwort vergessen?"),
// a press release's contact block ("Press contact", "Rückfragen bitte an"), cookie notices and
// photo credits. None is part of a story. The appeals name the publisher itself (our, us,
// nuestro, notre, unseren…) or speak to the reader as a subscriber, so a story about a
// newsletter or a service residents can sign up for is not taken for one.

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
  // Paywall and login boxes
  'already a subscriber', 'subscribe to continue reading', 'to continue reading', 'subscribers only', 'see offers',
  'support local journalism', 'support independent journalism', 'thank you for supporting', 'forgot your password', 'forgot password',
  'create a free account', 'your username and password', 'sudah berlangganan', 'lupa kata sandi', 'ya eres suscriptor', 'ya sos suscriptor',
  'para suscriptores', 'tu usuario y contraseña',
  'olvidaste tu contraseña', 'já é assinante', 'para assinantes', 'esqueceu sua senha', 'déjà abonné', 'réservé aux abonnés', 'pour les abonnés',
  'mot de passe oublié', 'bereits abonnent', 'schon abonnent', 'für abonnenten', 'kostenlos testen', 'passwort vergessen', 'mail an die redaktion',
  'sei già abbonato', 'riservato agli abbonati', 'per gli abbonati', 'password dimenticata', 'al abonnee', 'wachtwoord vergeten', 'masz już konto',
  'nie pamiętasz hasła', 'забыли пароль', 'уже подписаны',
  // Calls to click through to the publisher's other pages
  'click here', 'click aquí', 'clic aquí', 'haz clic aquí', 'hacé click acá', 'hacé clic acá', 'clique aqui', 'cliquez ici', 'hier klicken',
  'klicken sie hier', 'clicca qui', 'klik hier', 'kliknij tutaj', 'нажмите здесь', 'klik di sini',
  // A press release's contact block and distribution line
  'press contact', 'media contact', 'media inquiries', 'pressekontakt', 'rückfragen bitte an', 'rückfragen von medienvertretern',
  'original-content von', 'contacto de prensa', 'contact presse', 'contato para imprensa', 'contatti stampa', 'perscontact',
  'kontakt dla mediów', 'контакты для прессы', 'kontak media',
  // Cookie notices
  'we use cookies', 'use of cookies', 'accept cookies', 'cookie policy', 'cookie settings', 'kami menggunakan cookie', 'utilizamos cookies',
  'usamos cookies', 'nous utilisons des cookies', 'wir verwenden cookies', 'utilizziamo i cookie', 'wij gebruiken cookies',
  'używamy plików cookie', 'мы используем файлы cookie', 'çerez politikası', 'çerez kullanıyoruz', 'çerezler kullanıyoruz',
  'çerezlerden faydalanıyoruz', 'ملفات تعريف الارتباط', 'ملفات الكوكيز',
  // Turkish and Arabic rights lines and appeals
  'tüm hakları saklıdır', 'bizi takip edin', 'جميع الحقوق محفوظة', 'تابعونا على',
];
// A photo credit closing a caption: "(Photo: Halden City Museum)", "Foto: AFP", "(AP Photo/Jane Doe)".
const PHOTO_CREDIT = /(?:^|[\s(])(?:photo|foto|image|picture|credit|bild|imagen|immagine|фото|صورة)s?\s*(?:\/[^)]*)?:\s*[^.!?]{2,60}\)?\s*$|\((?:[A-Z][\p{L}.]*\s+)?(?:photo|foto)\s*\/[^)]{2,60}\)\s*$/iu;

// Contact details: an e-mail address, a web address, or a label such as "Tel.:" / "Telefon:" /
// "Twitter:" before a value. A story may give one (a tip line); a block of them is the publisher's.
const CONTACT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}|(?:https?:\/\/|www\.)\S+|(?<![\p{L}])(?:tel|telefon|telephone|telefone|teléfono|téléphone|telefono|phone|fax|e-?mail|internet|web|twitter|facebook|instagram|x)\.?\s?:/giu;
/** Contact details in one line that make it a contact block. */
const MIN_CONTACT_DETAILS = 2;

/** Lines longer than this are story paragraphs even if they hold such a phrase. */
const MAX_WORDS = 40;

const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Whether a line is the publisher's, not the story's: an appeal, a paywall or login box, a
 * press contact or cookie notice (one of the phrases above), a caption ending in a photo
 * credit, or contact details (two or more), in a line of at most {@link MAX_WORDS} words with
 * no quotation mark (a quote may say "follow us").
 * @param line a trimmed line of normalised text
 * @param words its word count
 */
export function isPublisherLine(line: string, words: number): boolean {
  return words <= MAX_WORDS && !line.includes('"') && (PATTERN.test(line) || PHOTO_CREDIT.test(line) || contactDetails(line) >= MIN_CONTACT_DETAILS);
}

/**
 * Whether a line holds one of the publisher's phrases or contact details anywhere: a page
 * flattened into one long line (a scraper that drops paragraph breaks) can hold a paywall box
 * or a press contact block after the story's last sentence.
 */
export function holdsPublisherPhrase(line: string): boolean {
  return PATTERN.test(line) || contactDetails(line) >= MIN_CONTACT_DETAILS;
}

// Every contact detail holds an "@" (an address), a ":" (a URL's "://", a "label:") or "www.".
const WWW = /www\./i;

function contactDetails(line: string): number {
  // A line without any of them is read no further: the address alternative backtracks over
  // every word of a line that has no "@" (≈ 1.5 % of the text stage on the bench corpus).
  if (!line.includes('@') && !line.includes(':') && !WWW.test(line)) return 0;
  let n = 0;
  CONTACT.lastIndex = 0;
  while (CONTACT.exec(line) !== null && n < MIN_CONTACT_DETAILS) n += 1;
  return n;
}
