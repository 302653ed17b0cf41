// The hours parser's messages in Swedish, for the configurator's Swedish form. The widgets themselves
// ship only the English messages (they go to the console); the page that editors type into speaks
// their language. Each pattern matches one message of src/core/hours-parser.ts.
type Translation = [RegExp, string];

const after = (what: string) =>
  ({ 'a year': 'ett år', 'a date': 'ett datum', 'the weeks': 'veckorna', 'the weekdays': 'veckodagarna' })[what] ??
  what;

const SWEDISH: Translation[] = [
  [/^No opening hours given.*/, 'Inga öppettider: skriv t.ex. "Mo-Fr 09:00-16:30"'],
  [
    /^Unexpected "(.*)": expected ";", "," or "\|\|" between rules, or the end$/,
    'Oväntat "$1": här väntas ";", "," eller "||" mellan regler, eller slutet',
  ],
  [
    /^Nothing follows the last "(.*)": remove it or add a rule$/,
    'Inget följer efter sista "$1": ta bort det eller lägg till en regel',
  ],
  [
    /^After days without times, .*/,
    'Efter dagar utan tider skulle "," fortsätta listan med dagar: avsluta regeln med tider eller "open", eller skilj reglerna åt med ";"',
  ],
  [/^Expected weekdays, times or "off" after ":"$/, 'Här väntas veckodagar, tider eller "off" efter ":"'],
  [/^The year range ends \((\d+)\) before it starts \((\d+)\)$/, 'Årsintervallet slutar ($1) innan det börjar ($2)'],
  [
    /^The year range starts and ends in (\d+): write the year once, "(\d+)"$/,
    'Årsintervallet börjar och slutar $1: skriv året en gång, "$2"',
  ],
  [
    /^A step of weeks is 2 to 26 \("week 01-53\/2"\), not (\d+): .*/,
    'Ett steg i veckor är 2 till 26 ("week 01-53/2"), inte $1: utan steg räknas varje vecka',
  ],
  [/^A day offset from easter is at most (\d+) days, not (\d+)$/, 'Dagar från påsk är högst $1, inte $2'],
  [
    /^The range ends \((\d+)\) before it starts \((\d+)\) in (\w+): write "(.*)"$/,
    'Intervallet slutar ($1) innan det börjar ($2) i $3: skriv "$4"',
  ],
  [
    /^A date range ends on one weekday of the month, such as "(.*)"$/,
    'Ett datumintervall börjar och slutar på en enda veckodag i månaden, t.ex. "$1"',
  ],
  [
    /^A weekday of the month can be shifted by at most 6 days, not (\d+)$/,
    'En veckodag i månaden kan flyttas högst 6 dagar, inte $1',
  ],
  [
    /^An end past 40:00 with "\+" would run past the second midnight.*/,
    'Ett slut efter 40:00 med "+" skulle gå förbi andra midnatt: skriv slutet utan "+"',
  ],
  [
    /^The comment contains an invisible control character \((U\+[0-9A-F]+)\): retype it$/,
    'Kommentaren innehåller ett osynligt styrtecken ($1): skriv om den',
  ],
  [
    /^A step is written after a range.*/,
    'Ett steg skrivs efter ett intervall, t.ex. "week 01-53/2" eller "2026-2030/2"',
  ],
  [/^A step must be at least 1$/, 'Ett steg måste vara minst 1'],
  [/^A step is written on days of one month.*/, 'Ett steg skrivs på dagar inom en månad, t.ex. "Jan 01-31/8"'],
  [/^Expected a month such as "Jan" after the year$/, 'Här väntas en månad som "Jan" efter året'],
  [/^Expected a date such as .*/, 'Här väntas ett datum som "Dec 24", en månad som "Jul" eller "easter" efter ","'],
  [
    /^A date range can end in a given year only when it starts in one.*/,
    'Ett datumintervall kan sluta ett visst år bara om det börjar ett visst år: skriv "2026 Dec 24-2027 Jan 02"',
  ],
  [/^The date range ends \((\d+)\) before it starts \((\d+)\)$/, 'Datumintervallet slutar ($1) innan det börjar ($2)'],
  [
    /^Expected the end of the date range.*/,
    'Här väntas slutet på datumintervallet, t.ex. "Dec 26", "Jan 05" eller "Aug"',
  ],
  [/^Write a day offset from easter.*/, 'Skriv dagar från påsk som "easter -2 days" eller "easter +1 day"'],
  [/^Expected a day number after "(\w+)", as in "(.*)"$/, 'Här väntas ett dagnummer efter "$1", som i "$2"'],
  [/^(\w+) has no day (\d+)$/, '$1 har ingen dag $2'],
  [/^Expected a week number from 01 to 53.*/, 'Här väntas ett veckonummer från 01 till 53, som i "week 28-31"'],
  [
    /^The week range ends \((\d+)\) before it starts \((\d+)\).*/,
    'Veckointervallet slutar ($1) innan det börjar ($2): skriv två intervall, t.ex. "week 50-53,01-02"',
  ],
  [/^Weeks run from 01 to 53, not (\d+)$/, 'Veckor går från 01 till 53, inte $1'],
  [/^"PH" appears twice$/, '"PH" står två gånger'],
  [/^"PH" with weekdays takes plain weekdays.*/, '"PH" med veckodagar tar vanliga veckodagar som "PH Mo-Fr"'],
  [
    /^A public holiday can be shifted by one day at most.*/,
    'En helgdag kan flyttas högst en dag: "PH +1 day" eller "PH -1 day"',
  ],
  [/^Only public holidays \("PH"\) are supported.*/, 'Bara helgdagar ("PH") stöds; skollov ("SH") gör det inte'],
  [
    /^Weekdays are written Mo, Tu, We, Th, Fr, Sa, Su \(and public holidays PH\)$/,
    'Veckodagar skrivs Mo, Tu, We, Th, Fr, Sa, Su (och helgdagar PH), på engelska',
  ],
  [/^Weekdays are written Mo, Tu, We, Th, Fr, Sa, Su$/, 'Veckodagar skrivs Mo, Tu, We, Th, Fr, Sa, Su, på engelska'],
  [/^Months are written .*/, 'Månader skrivs Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec, på engelska'],
  [/^Write which weekday of the month.*/, 'Skriv vilken veckodag i månaden som [1] till [5], eller [-1] för den sista'],
  [/^Write a range of weeks of the month.*/, 'Skriv ett intervall av veckor i månaden som [1-2]'],
  [/^Expected "\]" to close the "\["$/, 'Här väntas "]" som stänger "["'],
  [
    /^"24\/7" stands alone as a rule.*/,
    '"24/7" står ensamt som regel; för hela dagar, skriv bara dagarna, t.ex. "Mo-Fr"',
  ],
  [/^A time needs an end.*/, 'En tid behöver ett slut: skriv ett spann som 09:00-16:30, eller 17:00+ för öppet slut'],
  [/^Times are written with a colon: (\S+), not (\S+)$/, 'Tider skrivs med kolon: $1, inte $2'],
  [/^Write hours with two digits: (\S+)$/, 'Skriv timmar med två siffror: $1'],
  [/^Expected a time such as 09:00$/, 'Här väntas en tid som 09:00'],
  [/^Minutes run from 00 to 59, not (\d+)$/, 'Minuter går från 00 till 59, inte $1'],
  [/^An end time can be at most 48:00$/, 'En sluttid kan vara högst 48:00'],
  [/^Hours run from 00 to 23, not (\d+)$/, 'Timmar går från 00 till 23, inte $1'],
  [/^Points in time and intervals.*/, 'Tidpunkter och intervall ("/") stöds inte: skriv öppettider som spann'],
  [/^The comment has no closing quote.*/, 'Kommentaren har inget avslutande citattecken (")'],
  [
    /^"(\w+)" is not supported: it needs a location.*/,
    '"$1" stöds inte: det kräver en plats; skriv klockslag som 09:00-16:30',
  ],
  [/^Calculated times .*/, 'Beräknade tider ("(sunset-01:00)") stöds inte: skriv klockslag som 09:00-16:30'],
  [
    /^Expected opening times such as 09:00-16:30, or "off" after "(.*)"$/,
    'Här väntas öppettider som 09:00-16:30, eller "off", efter "$1"',
  ],
  [/^Expected opening times such as 09:00-16:30, or "off"$/, 'Här väntas öppettider som 09:00-16:30, eller "off"'],
  [/^Unexpected "(.*)": expected opening times.*/, 'Oväntat "$1": här väntas öppettider som 09:00-16:30, eller "off"'],
  [/^Unexpected "(.*)" after (.*)$/, 'Oväntat "$1" efter $2'],
  [
    /^The opening hours are (\d+) characters long; at most (\d+) are accepted$/,
    'Öppettiderna är $1 tecken långa; högst $2 tas emot',
  ],
];

/** The parser's message without its "(at character …)" tail, in Swedish or as it is. */
export function hoursMessage(message: string, lang: 'sv' | 'en'): string {
  const bare = message.replace(/ \(at character \d+ of .*\)$/s, '');
  if (lang === 'en') return bare;
  for (const [pattern, swedish] of SWEDISH) {
    const match = pattern.exec(bare);
    if (match)
      return bare
        .replace(pattern, swedish)
        .replace(/efter (a year|a date|the weeks|the weekdays)$/, (_, w) => `efter ${after(w)}`);
  }
  return bare;
}
