# Sammen – dansk (hovedsprog). Hver nøgle findes også i ../en/main.ftl.

## Ramme
skip-link = Gå til indholdet
site-name = Sammen
demo-notice = Eksempeldata: Foreninger, tilbud, personer og telefonnumre på denne side er opfundet til afprøvning. Byer og mødesteder er rigtige.
nav-label = Hovedmenu
nav-home = Forside
nav-vejviser = Vejviser
nav-kalender = Kalender
nav-bussen = Bussen
nav-ambassadorer = Ambassadører
nav-om-ensomhed = Om ensomhed
lang-label = Sprog
lang-da = Dansk
lang-en = English
footer-heading = Kontakt
footer-about = Sammen er { $municipality }s sted for fællesskaber. Du behøver ikke logge ind, og vi følger dig ikke.
footer-phone = Telefon
footer-email = E-mail
footer-privacy = Privatliv og cookies
footer-accessibility = Tilgængelighedserklæring

## Forside
home-title = Find fællesskaber, der passer til dig
home-arenas-heading = Fællesskaber i hele livet
home-arenas-intro = Vælg det område af livet, du vil finde et fællesskab i.
home-arena-count = { $count } tilbud
home-talk-heading = Har du brug for at tale med nogen?
home-talk-text = Du kan ringe anonymt. Det koster ikke noget.
home-alone-heading = At være alene er ikke det samme som at være ensom
home-alone-text = Mange kender følelsen af at være ensom. Det er en følelse – ikke en fejl hos dig. Her kan du finde steder, hvor du kan være sammen med andre om noget, du kan lide.
home-read-more = Læs mere om ensomhed

## Livsarenaer
arena-home = Hjem og bolig
arena-home-text = Naboskab, fællesspisning og hjælp i hverdagen, der hvor du bor.
arena-school = Dagtilbud, skole og uddannelse
arena-school-text = Venskaber og fællesskaber for børn og unge – også når man skifter skole.
arena-leisure = Fritid og fællesskaber
arena-leisure-text = Foreninger, klubber, kor, sport, natur og hobbyer.
arena-work = Arbejdsliv og beskæftigelse
arena-work-text = Netværk, frivilligt arbejde og fællesskab, når du søger job.
arena-health = Sundhed og pleje
arena-health-text = Samvær på plejecentre, pårørendegrupper og støtte, når livet er svært.

## Vejviser
vejviser-title = Vejviser til fællesskaber
vejviser-where = Sted
vejviser-by-phone = Over telefonen
vejviser-online = Online
vejviser-confirmed = Oplysningerne er sidst bekræftet { $date }.

## Sider der er på vej
coming-kalender-title = Fællesskabskalender
coming-kalender-text = Her kommer en kalender med fællesspisning, pop-up-fællesskaber og arrangementer, du kan melde dig til – alene eller sammen med andre.
coming-bussen-title = Den Glade Bus
coming-bussen-text = Her kommer køreplanen for Den Glade Bus: hvor den holder, hvad der sker ved hvert stop, og hvor bussen er lige nu.
coming-ambassadorer-title = Ambassadører
coming-ambassadorer-text = Her kommer kommunens ambassadører – mennesker, der ved, hvordan man taler om ensomhed, og som kan gå med dig første gang.
coming-status = Denne del af siden er ved at blive bygget.
coming-meanwhile = Indtil da kan du finde fællesskaber i vejviseren eller ringe til en af telefonlinjerne nedenfor.

## Om ensomhed
about-title = Om ensomhed
about-what-heading = Hvad er ensomhed?
about-what-text = Ensomhed er en ubehagelig følelse af, at man mangler nogen. Man har ikke de fællesskaber og relationer, man har brug for. Det er en følelse – ikke en diagnose og ikke en fejl.
about-alone-heading = Alene eller ensom?
about-alone-text = At være alene er ikke det samme som at være ensom. Nogle har det godt med at være meget alene. Andre føler sig ensomme, selv om de har mange mennesker omkring sig – også i et parforhold.
about-many-heading = Mange kender det
about-many-text = I Danmark føler omkring hver ottende voksen sig meget ensom. Det gælder unge og ældre, i byen og på landet. Ensomhed kan ramme alle fra 0 til 100 år.
about-help-heading = Det kan du gøre
about-help-text = Gør noget aktivt og meningsfuldt – sammen med andre. Start småt: gå med til noget, hvor man bare kan møde op, eller tag en med første gang.
about-others-heading = Hvis du er bekymret for en anden
about-others-text = Spørg, hvordan det går – og lyt. Det er ikke farligt at tale om ensomhed. Fortæl gerne om et fællesskab, I kan gå til sammen.

## Privatliv
privacy-title = Privatliv og cookies
privacy-intro = Du kan bruge Sammen uden at logge ind og uden at fortælle, hvem du er.
privacy-cookies-heading = Ingen cookies
privacy-cookies-text = Vi sætter ingen cookies, når du bare kigger. Vi bruger ingen statistik- eller reklametjenester, og siden henter intet fra andre hjemmesider.
privacy-logs-heading = Hvad serveren gemmer
privacy-logs-text = Serveren skriver en teknisk log med tidspunkt, adresse på siden og svarkode, så vi kan rette fejl. Loggen gemmer ikke, hvem du er.
privacy-contact-heading = Spørgsmål
privacy-contact-text = Har du spørgsmål om dine data, så skriv til { $email }.

## Tilgængelighed
a11y-title = Tilgængelighedserklæring
a11y-intro = { $municipality } ønsker, at alle kan bruge Sammen – uanset alder, evner og udstyr.
a11y-standard-heading = Hvordan siden er lavet
a11y-standard-text = Siden følger WCAG 2.1 niveau AA. Den virker uden JavaScript, på små skærme fra 320 pixel og med tekst forstørret til 200 %. Hver side testes automatisk med axe-core i en rigtig browser.
a11y-known-heading = Kendte mangler
a11y-known-text = Vi kender ikke til mangler lige nu. Finder du en, vil vi gerne høre om den.
a11y-contact-heading = Fortæl os om problemer
a11y-contact-text = Skriv til { $email }. Du kan også klage til Digitaliseringsstyrelsen.

## Fejl
error-404-title = Siden findes ikke
error-404-text = Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.
error-400-title = Der er noget galt med forespørgslen
error-405-title = Det kan man ikke her
error-405-text = Siden kan ikke bruges på den måde.
error-500-title = Der skete en fejl
error-500-text = Der gik noget galt hos os. Prøv igen om lidt. Skriver du til os, så nævn fejlkoden { $reference }.
error-503-title = Siden er midlertidigt utilgængelig
error-503-text = Vi kan ikke nå databasen lige nu. Prøv igen om lidt.
error-home = Gå til forsiden

## Vejviser – søgning
vejviser-search-label = Hvad leder du efter?
vejviser-search-hint = Skriv et eller flere ord – fx fodbold, strikkecafé eller spise sammen. Stavefejl gør ikke noget.
vejviser-filters = Afgræns søgningen
vejviser-submit = Søg
vejviser-reset = Nulstil søgningen
vejviser-count = { $count ->
    [one] 1 tilbud passer
   *[other] { $count } tilbud passer
}
vejviser-when = Næste gang
vejviser-cost = Pris
vejviser-why = Derfor:
vejviser-distance = { $km } km fra { $town }
filter-any = Alle
filter-arena = Livsarena
filter-target-group = Målgruppe
filter-town = By
filter-radius = Afstand fra byen
filter-radius-town-only = Kun i byen
filter-radius-km = Inden for { $km } km
filter-weekday = Ugedag
filter-time = Tid på dagen
filter-accessibility = Tilgængelighed
filter-channel = Hvordan
filter-sort = Sortér efter
filter-age = Alder
filter-age-hint = Din alder – eller dit barns alder. Fx 67
filter-free = Kun gratis
filter-show-up = Mød bare op
target-boern = Børn
target-unge = Unge
target-unge-i-skoleskift = Unge i skoleskift
target-familier = Familier
target-voksne = Voksne
target-aeldre = Ældre
target-socialt-saarbare = Socialt sårbare
target-nytilflyttere = Nytilflyttere
target-paaroerende = Pårørende
weekday-man = Mandag
weekday-tir = Tirsdag
weekday-ons = Onsdag
weekday-tor = Torsdag
weekday-fre = Fredag
weekday-lor = Lørdag
weekday-son = Søndag
daypart-formiddag = Formiddag (før kl. 12)
daypart-eftermiddag = Eftermiddag (kl. 12–17)
daypart-aften = Aften (fra kl. 17)
access-trinfri-adgang = Trinfri adgang
access-handicaptoilet = Handicaptoilet
access-teleslynge = Teleslynge
access-parkering-taet-paa = Parkering tæt på
access-hjaelpemidler = Hjælpemidler
channel-in_person = Mød op på stedet
channel-phone = Over telefonen
channel-online = Online
sort-relevans = Bedst match
sort-afstand = Afstand
sort-navn = Navn
cost-free = Gratis
cost-amount = { $kr } kr.
cost-ask = Spørg om prisen
reason-words = Søgeord: { $words }
reason-similar = Ligner det, du søgte
reason-age = Passer til { $age } år ({ $min }–{ $max } år)
reason-newcomers = Nye er velkomne
paging-label = Sider
paging-text = Side { $page } af { $pages }
paging-previous = Forrige side
paging-next = Næste side
error-summary-title = Der er problemer
error-prefix = Fejl:
filter-error-arena = Vælg en livsarena fra listen.
filter-error-target-group = Vælg en målgruppe fra listen.
filter-error-age = Skriv alderen som et tal fra 0 til 120 – fx 67.
filter-error-town = Vi kender ikke den by. Vælg en by fra listen.
filter-error-radius = Vælg en afstand fra listen – fx 10 km.
filter-error-radius-town = Vælg en by for at søge inden for en afstand.
filter-error-weekday = Vælg en ugedag fra listen.
filter-error-time = Vælg et tidspunkt på dagen fra listen.
filter-error-accessibility = Vælg et punkt om tilgængelighed fra listen.
filter-error-channel = Vælg fra listen, hvordan tilbuddet foregår.
filter-error-sort = Vælg en sortering fra listen.
filter-error-page = Sidetallet findes ikke. Gå til side 1.

## Tilbud
offer-for = For
offer-ages = { $min }–{ $max } år
offer-address = Adresse
offer-when = Hvornår
offer-next-dates = De næste gange
offer-how-to-join = Sådan kommer du med
offer-join-show-up = Du kan bare møde op.
offer-join-sign-up = Tilmeld dig først.
offer-join-contact = Kontakt arrangøren først.
offer-bring-someone = Du må tage en med
offer-ambassador = En ambassadør kan gå med første gang
offer-yes = Ja
offer-no = Nej
offer-languages = Sprog
offer-contact = Kontakt
offer-phone = Telefon
offer-email = E-mail
offer-website = Hjemmeside
offer-getting-there = Sådan kommer du derhen
offer-station = Nærmeste station: { $station }, { $km } km
offer-distances = Afstand fra byerne
offer-stale = Oplysningerne er mere end et år gamle og kan være forældede. Kontakt arrangøren, før du tager af sted.
offer-paused = Tilbuddet holder pause lige nu.
offer-ended = Tilbuddet er ophørt.
offer-print-hint = Du kan udskrive siden med din browsers udskriv-funktion.
offer-back = Tilbage til vejviseren
language-da = dansk
language-en = engelsk
language-de = tysk
language-uk = ukrainsk
language-ar = arabisk
language-pl = polsk
report-heading = Er noget forkert?
report-intro = Fortæl os, hvis noget på siden er forkert eller forældet. Beskeden går til kommunens redaktion.
report-message = Hvad er forkert?
report-message-hint = Fx: De mødes nu om onsdagen i stedet for tirsdagen.
report-contact = Din e-mail eller dit telefonnummer (frivilligt)
report-contact-hint = Kun hvis du vil have svar. Vi bruger det ikke til andet.
report-honeypot = Lad dette felt stå tomt
report-submit = Send beskeden
report-thanks = Tak! Din besked er sendt til redaktionen.
report-error-empty = Skriv, hvad der er forkert – fx at tidspunktet er ændret.
report-error-long = Beskeden må højst være 2000 tegn. Gør den kortere.
report-error-contact = Skriv en e-mailadresse (fx navn@eksempel.dk) eller et telefonnummer (fx 12 34 56 78) – eller lad feltet stå tomt.

## API
api-error-limit = limit skal være et helt tal fra 1 til 100.
api-error-cursor = cursor skal være værdien fra next_cursor på forrige side.
api-error-empty = Parameteren må ikke være tom. Udelad den i stedet.
api-error-boolean = Skriv true eller false.

## Landingssider og trykt guide
landing-group = Fællesskaber for målgruppen { $group }
landing-town = Fællesskaber i og omkring { $town }
landing-town-intro = Tilbud i { $town } og inden for 10 km, de nærmeste først – og dem, du kan være med i over telefonen eller online.
landing-towns = Find fællesskaber i din by
print-link = Lav en trykt guide til en by
print-title = Fællesskaber i { $town }
print-intro = En guide til fællesskaber i { $town } og omegn (inden for 10 km), ordnet efter livsarena. Udskrevet { $date }. Se mere på { $site }.
print-choose = Vælg den by, guiden skal handle om. Guiden kan udskrives på A4 og deles ud på fx biblioteket eller plejecentret.
print-remote = Over telefonen og online – for alle, uanset hvor du bor
print-phone = Ring
print-none = Ingen tilbud her lige nu.
print-unclassified = Ikke klassificeret endnu
offer-unclassified = Ikke klassificeret endnu
offer-place-unknown = Stedet er ikke oplyst
sort-auto = Automatisk (bedst match, eller afstand når du har valgt en by)

## Kort
map-title = Resultaterne på et kort
map-back = Tilbage til listen
map-note = Kortet er tegnet her på siden ud fra byernes og mødestedernes placering. Der hentes intet fra andre hjemmesider. Tilbud over telefonen og online er ikke med på kortet.
map-summary = { $count ->
    [one] 1 tilbud vist på kortet – tallene svarer til listen under kortet.
   *[other] { $count } tilbud vist på kortet – tallene svarer til listen under kortet.
}
map-more = Der er flere tilbud, end kortet kan vise. Afgræns søgningen for at se dem alle.
map-link = Vis resultaterne på et kort
offer-not-on = Ikke på disse dage

## Hvordan har du det?
selfcheck-title = Hvordan har du det?
selfcheck-intro = Tre korte spørgsmål om, hvordan du har haft det med andre mennesker den seneste tid. Der er ingen rigtige eller forkerte svar. Vi gemmer ikke, hvad du svarer.
selfcheck-q1 = Hvor ofte føler du, at du mangler nogen at være sammen med?
selfcheck-q2 = Hvor ofte føler du dig udenfor?
selfcheck-q3 = Hvor ofte føler du dig isoleret fra andre?
selfcheck-answer-1 = Næsten aldrig
selfcheck-answer-2 = En gang imellem
selfcheck-answer-3 = Ofte
selfcheck-age = Din alder (frivilligt)
selfcheck-age-hint = Bruges kun, hvis du vil tælles med nedenfor.
selfcheck-band-under-16 = Under 16 år
selfcheck-band-16-24 = 16–24 år
selfcheck-band-25-44 = 25–44 år
selfcheck-band-45-64 = 45–64 år
selfcheck-band-65-79 = 65–79 år
selfcheck-band-80-plus = 80 år eller ældre
selfcheck-band-ikke-oplyst = Vil ikke oplyse
selfcheck-consent = Ja, tæl mit svar anonymt med i kommunens tal
selfcheck-consent-hint = Kun hvis du sætter flueben: vi lægger én til en optælling for måneden og din aldersgruppe. Vi gemmer ikke, hvem du er, hvornår på dagen du svarede, eller hvor du svarede fra. Tal med færre end 5 svar vises aldrig.
selfcheck-submit = Se, hvad du kan gøre
selfcheck-error-q1 = Vælg, hvor ofte du føler, at du mangler nogen at være sammen med.
selfcheck-error-q2 = Vælg, hvor ofte du føler dig udenfor.
selfcheck-error-q3 = Vælg, hvor ofte du føler dig isoleret fra andre.
selfcheck-error-alder = Vælg en aldersgruppe fra listen.
selfcheck-thanks = Tak, fordi du svarede
selfcheck-seldom = Det lyder, som om du har mennesker omkring dig, når du har brug for det. Det er godt. Måske kender du en, der har det sværere – et fællesskab kan også være noget, I går til sammen.
selfcheck-sometimes = Mange har det sådan en gang imellem. Det kan være en god idé at finde et sted, hvor du kan være sammen med andre om noget, du kan lide – uden at skulle forpligte dig.
selfcheck-often = Mange har det sådan, og du er ikke alene om det. Ensomhed er en følelse – ikke en fejl hos dig. Det kan hjælpe at tale med nogen om det, og at tage et lille skridt ud blandt andre.
selfcheck-feeling = At være alene er ikke det samme som at være ensom. Følelsen kan ændre sig, og der er hjælp at hente.
selfcheck-counted = Dit svar er talt anonymt med. Tak.
selfcheck-next = Det kan du gøre nu
selfcheck-step-find = Find et fællesskab i vejviseren
selfcheck-step-show-up = Find noget, hvor du bare kan møde op
selfcheck-step-ambassador = Tal med en ambassadør – en, der ved, hvordan man taler om ensomhed
selfcheck-step-others = Læs om, hvordan du kan hjælpe en anden
selfcheck-step-read = Læs mere om ensomhed
selfcheck-again = Svar igen
home-selfcheck = Hvordan har du det? Tre korte spørgsmål – anonymt
