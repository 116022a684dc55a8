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
lang-uk = Українська
lang-ar = العربية
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
offer-events = Se arrangementer for dette tilbud i kalenderen
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
selfcheck-consent-hint = Kun hvis du sætter flueben: vi lægger én til en optælling for måneden og din aldersgruppe. Vi gemmer ikke, hvem du er, hvornår på dagen du svarede, eller hvor du svarede fra. Tal med færre end 10 svar vises aldrig.
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
selfcheck-step-find = Find et fællesskab, der passer til dig – seks korte spørgsmål
selfcheck-step-show-up = Find noget, hvor du bare kan møde op
selfcheck-step-ambassador = Tal med en ambassadør – en, der ved, hvordan man taler om ensomhed
selfcheck-step-others = Læs om, hvordan du kan hjælpe en anden
selfcheck-step-read = Læs mere om ensomhed
selfcheck-again = Svar igen
home-guide = Find dit fællesskab – seks korte spørgsmål, ét minut
home-selfcheck = Hvordan har du det? Tre korte spørgsmål – anonymt

## Sider der ikke findes eller ikke må bruges
error-403-title = Det har du ikke adgang til
error-403-text = Du er logget ind, men din konto har ikke adgang til denne side. Spørg en administrator i kommunen, hvis du mener, du skal have adgang.
error-409-title = Det er allerede sket
error-409-text = Det, du prøvede, er allerede gjort – måske af en anden. Gå tilbage og genindlæs siden.
error-form-bad = Formularen kunne ikke læses. Gå tilbage og prøv igen.
error-form-large = Formularen er for stor. Forkort teksten og prøv igen.
error-form-expired = Formularen er udløbet eller kom fra et andet websted. Gå tilbage, genindlæs siden og send igen – det, du skrev, står der stadig, når du går tilbage.
error-form-twice = Formularen er allerede ved at blive sendt. Vent et øjeblik og genindlæs siden.

## Footer og personalebjælke
footer-suggest = Foreslå et tilbud
footer-login = Log ind for foreninger og personale
staff-signed-in-as = Logget ind som

## Konti
account-title = Min konto
account-back = Tilbage til min konto
account-name = Navn
account-email = E-mailadresse
account-email-hint = Vi bruger den kun til at logge dig ind og sende dig besked om dine tilbud.
account-password = Adgangskode
account-new-password = Ny adgangskode
account-new-password-hint = Mindst 10 tegn. En sætning, du kan huske, er bedre end et kort, kompliceret ord, fx "kaffe på havnen hver tirsdag".
account-repeat-password = Gentag den nye adgangskode
account-current-password = Din nuværende adgangskode
account-roles = Roller
account-no-roles = Ingen endnu
account-organisations = Dine organisationer
account-security = Log ind og sikkerhed
account-sessions = Du er logget ind { $count ->
    [one] ét sted
   *[other] { $count } steder
  } lige nu.
account-logout = Log ud
account-logout-everywhere = Log ud overalt
account-logged-out = Du er logget ud.
account-your-data = Dine data
account-your-data-text = Du kan hente alt, hvad vi har gemt om dig, og du kan slette din konto. Loggen over ændringer beholder kun et nummer for, hvem der gjorde hvad – ikke dit navn.
account-export = Hent mine data (JSON)
account-login-title = Log ind
account-login-lead = For foreninger, kommunens medarbejdere, ambassadører og buspersonale. Som borger skal du ikke logge ind for at bruge Sammen.
account-login-submit = Log ind
account-forgot-link = Har du glemt din adgangskode?
account-register-link = Opret en konto
account-error-email-empty = Skriv din e-mailadresse.
account-error-password-empty = Skriv din adgangskode.
account-error-wrong = E-mailadressen eller adgangskoden er forkert.
account-error-too-many = Der har været for mange forkerte forsøg. Vent 15 minutter, og prøv igen – eller nulstil din adgangskode.
account-error-unconfirmed = Du skal bekræfte din e-mailadresse først. Vi har sendt dig en ny mail med et link.
account-error-email = Skriv en e-mailadresse som navn@eksempel.dk.
account-error-name = Skriv dit navn (højst 100 tegn).
account-error-password-short = Adgangskoden skal være mindst 10 tegn.
account-error-password-long = Adgangskoden må højst være 200 tegn.
account-error-password-email = Adgangskoden må ikke være din e-mailadresse.
account-error-password-repeat = De to adgangskoder er ikke ens.
account-error-current = Din nuværende adgangskode er forkert.
account-error-delete-confirm = Skriv SLET for at bekræfte.
account-password-title = Skift adgangskode
account-password-submit = Gem ny adgangskode
account-password-changed = Din adgangskode er skiftet. Du er logget ud alle andre steder.
account-delete-title = Slet min konto
account-delete-lead = Din konto, dine roller og dine login slettes med det samme. Tilbud, du har lavet for en organisation, bliver hos organisationen. Det kan ikke fortrydes.
account-delete-confirm = Skriv SLET for at bekræfte
account-delete-confirm-hint = Med store eller små bogstaver.
account-delete-submit = Slet kontoen
account-register-title = Opret en konto
account-register-lead = En konto er for dem, der driver et tilbud. Når du har bekræftet din e-mail, kan en administrator i kommunen give dig adgang til din forening.
account-register-submit = Opret konto
account-register-sent-title = Tjek din e-mail
account-register-sent-text = Vi har sendt en mail med et link, som du skal klikke på for at bekræfte din adresse. Linket virker i 7 dage.
account-confirm-title = Bekræft din e-mailadresse
account-confirm-submit = Bekræft
account-confirmed-title = Tak – din e-mail er bekræftet
account-confirmed-text = Nu kan du logge ind.
account-forgot-title = Glemt adgangskode
account-forgot-lead = Skriv den e-mailadresse, du logger ind med. Så sender vi et link, hvor du kan vælge en ny adgangskode.
account-forgot-submit = Send link
account-forgot-sent-title = Tjek din e-mail
account-forgot-sent-text = Hvis adressen har en konto hos os, har vi sendt et link. Det virker i en time.
account-reset-title = Vælg en ny adgangskode
account-reset-done-title = Din adgangskode er skiftet
account-reset-done-text = Du er logget ud alle steder. Log ind med din nye adgangskode.
account-link-gone-title = Linket virker ikke længere
account-link-gone-text = Linket er brugt eller for gammelt. Bed om et nyt.
account-invite-title = Velkommen til Sammen
account-invite-lead = Du er inviteret med adressen { $email }. Skriv dit navn og vælg en adgangskode.
account-invite-submit = Opret min konto

## Roller
role-administrator = Administrator
role-moderator = Moderator
role-ambassador = Ambassadør
role-bus_crew = Buspersonale
role-editor = Redaktør
role-member-of = Medlem af { $organisation }

## Personaleområdet
admin-title = Personaleområde
admin-back = Tilbage til personaleområdet
admin-no-roles = Din konto har ingen roller endnu. En administrator i kommunen kan give dig adgang til din forening eller dine opgaver.
admin-your-organisations = Dine organisationer
admin-tasks = Dine opgaver
admin-tile-moderation-title = Moderation
admin-tile-moderation-count = Moderation ({ $count } venter)
admin-tile-moderation-text = Nye forslag, ændringer og meldinger om forkerte oplysninger.
admin-tile-stale-title = Tilbud, der trænger til at blive bekræftet
admin-tile-stale-text = Tilbud, ingen har bekræftet længe, og dem, der er taget ud af søgningen.
admin-tile-accounts-title = Konti og invitationer
admin-tile-accounts-text = Inviter folk og giv dem roller.
admin-tile-organisations-title = Organisationer
admin-tile-organisations-text = Alle organisationer og deres tilbud.
admin-tile-log-title = Log over ændringer
admin-tile-log-text = Hvem ændrede hvad og hvornår.
admin-tile-outbox-title = Udbakke
admin-tile-outbox-text = De mails, Sammen har sendt eller skal sende.
admin-tile-ambassador-title = Ambassadører
admin-tile-ambassador-text = Henvendelser til ambassadørerne: dine egne og koordinatorernes kø.
admin-tile-bus-title = Den Glade Bus
admin-tile-bus-text = Busplanen og dagens tur.
admin-accounts-title = Konti
admin-accounts-back = Tilbage til konti
admin-account-state = Status
admin-account-invited = Inviteret
admin-account-unconfirmed = E-mail ikke bekræftet
admin-account-active = Aktiv
admin-invite-title = Inviter en person
admin-invite-lead = Personen får en mail med et link, hvor de selv vælger adgangskode. Har adressen allerede en konto, får den bare de nye roller.
admin-invite-name-hint = Frivilligt. Personen kan selv rette det.
admin-invite-submit = Send invitation
admin-invited = Invitationen er sendt.
admin-roles = Roller
admin-member-of = Medlem af organisation
admin-member-of-hint = Medlemmer kan rette organisationens side og tilbud.
admin-no-organisation = Ingen
admin-error-no-role = Vælg mindst én rolle eller en organisation.
admin-error-own-role = Du kan ikke fjerne din egen administratorrolle. Bed en anden administrator om det.
admin-account-save = Gem roller
admin-account-saved = Rollerne er gemt.
admin-account-export = Hent personens data (JSON)
admin-account-delete = Slet kontoen
admin-account-deleted = Kontoen er slettet.
admin-log-title = Log over ændringer
admin-log-lead = Loggen kan ikke rettes eller slettes. Den viser hvem, hvad og hvornår – ikke personlige oplysninger.
admin-log-when = Hvornår
admin-log-who = Hvem
admin-log-what = Hvad
admin-log-subject = Emne
admin-log-detail = Detaljer
admin-log-older = Ældre
admin-log-anonymous = En borger
admin-log-system = Systemet
admin-log-deleted-account = Slettet konto nr. { $id }
admin-outbox-title = Udbakke
admin-outbox-smtp = Mails sendes gennem kommunens mailserver. Fejlede forsøg prøves igen.
admin-outbox-no-smtp = Der er ingen mailserver sat op (SAMMEN_SMTP_URL), så mails bliver her og sendes ikke. Du kan læse dem nedenfor.
admin-mail-sent = Sendt
admin-mail-waiting = Venter (forsøg: { $attempts })
admin-mail-failed = Opgivet: { $error }

## Tilbudsformularen
form-label-navn = Tilbuddets navn
form-hint-navn = Fx "Strikkecafé i Asnæs". Højst 120 tegn.
form-label-kort = Kort beskrivelse
form-hint-kort = En eller to sætninger, der viser sig i søgningen. Fx "Vi strikker og snakker over en kop kaffe. Tag dit strikketøj med, eller lån pinde hos os."
form-label-beskrivelse = Mere om tilbuddet
form-hint-beskrivelse = Hvad sker der, hvem kommer, og hvordan bliver man taget imod første gang? Lav en tom linje mellem afsnit.
form-label-organisation = Forening eller arrangør
form-hint-organisation = Navnet på den forening, gruppe eller institution, der står bag.
form-label-kontakt = Din e-mail (frivilligt)
form-hint-kontakt = Hvis du vil høre, hvad der sker med dit forslag. Vi bruger den ikke til andet.
form-label-livsarena = Livsarena
form-hint-livsarena = Hvor i livet hører tilbuddet hjemme? Vælg en eller flere.
form-label-maalgruppe = Hvem er det for?
form-label-alder_fra = Alder fra
form-hint-alder_fra = I hele år, fx 18.
form-label-alder_til = Alder til
form-hint-alder_til = I hele år, fx 100.
form-label-pris = Pris
form-label-beloeb = Beløb i kroner
form-hint-beloeb = Kun hvis det koster noget. Fx 25.
form-label-pris_note = Om prisen (frivilligt)
form-hint-pris_note = Fx "kaffe og kage koster 10 kr." eller "første gang er gratis".
form-label-deltagelse = Hvordan kommer man med?
form-label-nye_velkomne = Nye er særligt velkomne
form-label-kanal = Hvor foregår det?
form-label-by = By
form-hint-by = Hvis det foregår et bestemt sted.
form-label-adresse = Adresse (frivilligt)
form-hint-adresse = Fx "Vig Bygade 12, 4560 Vig".
form-label-dage = Ugedage
form-label-hver = Hvor tit?
form-label-fra = Starter kl.
form-hint-fra = Som tt.mm, fx 14.00.
form-label-til = Slutter kl.
form-hint-til = Som tt.mm, fx 16.00.
form-label-tilgaengelighed = Tilgængelighed
form-label-tidspunkt = Tidspunkt
form-cost-free = Gratis
form-cost-amount = Koster et beløb
form-cost-ask = Spørg om prisen
form-join-show_up = Man kan bare møde op
form-join-sign_up = Man skal tilmelde sig
form-join-contact_first = Man skal kontakte os først
form-every-1 = Hver uge
form-every-2 = Hver anden uge
form-town-none = Ingen bestemt by
form-error-name-empty = Skriv tilbuddets navn.
form-error-name-long = Navnet må højst være 120 tegn.
form-error-short-empty = Skriv en kort beskrivelse.
form-error-short-long = Den korte beskrivelse må højst være 300 tegn.
form-error-description-long = Beskrivelsen er for lang. Forkort den.
form-error-organisation-empty = Skriv, hvem der står bag tilbuddet.
form-error-choice = Vælg fra listen.
form-error-age = Skriv en alder i hele år mellem 0 og 120, fx 18.
form-error-age-order = "Alder til" skal være den samme som eller højere end "Alder fra".
form-error-amount = Skriv beløbet i hele kroner, fx 25.
form-error-text-long = Teksten er for lang.
form-error-town = Vælg en by fra listen.
form-error-weekdays = Vælg mindst én ugedag.
form-error-time = Skriv tiden som tt.mm, fx 9.30.
form-error-time-order = Sluttiden skal være efter starttiden.
form-new-title = Nyt tilbud
form-new-lead = Et nyt tilbud fra { $organisation }. Du kan gemme det som kladde og gøre det færdigt senere. Når du sender det, ser en moderator på det, før det bliver offentligt.
form-edit-title = Ret tilbud
form-edit-lead = Dine rettelser bliver synlige, når en moderator har godkendt dem. Indtil da står tilbuddet, som det er nu.
form-save-draft = Gem som kladde
form-send-for-approval = Send til godkendelse
form-back-organisation = Tilbage til organisationen

## Indsendelser
submission-status-draft = Kladde
submission-status-pending = Venter på godkendelse
submission-status-approved = Godkendt
submission-status-rejected = Afvist
submission-status-changes_requested = Moderatoren beder om ændringer
submission-untitled = Tilbud uden navn
submission-note = Besked fra moderatoren
submission-see-offer = Se tilbuddet
submission-saved-draft = Kladden er gemt. Den er ikke sendt endnu.
submission-sent = Tak – tilbuddet er sendt til godkendelse. Du får en mail, når en moderator har set på det.
submission-not-editable = Indsendelsen kan ikke rettes længere, fordi en moderator har behandlet den.

## Foreslå et tilbud
suggest-title = Foreslå et tilbud
suggest-lead = Kender du et fællesskab, der mangler i vejviseren? Fortæl os om det. Du skal ikke oprette en konto.
suggest-lead-2 = En medarbejder i kommunen ser på forslaget, før det bliver offentligt.
suggest-submit = Send forslaget
suggest-error-links = Skriv højst to links til hjemmesider.
suggest-thanks-title = Tak for dit forslag
suggest-thanks-text = En moderator ser på det snart. Har du skrevet din e-mail, hører du fra os.
suggest-thanks-back = Tilbage til vejviseren

## Moderation
moderation-title = Moderation
moderation-back = Tilbage til moderation
moderation-submissions = Tilbud, der venter
moderation-empty = Der venter ingen tilbud.
moderation-kind = Slags
moderation-kind-suggestion = Forslag fra en borger
moderation-kind-new = Nyt tilbud
moderation-kind-edit = Ændring
moderation-since = Indsendt
moderation-reports = Meldinger om forkerte oplysninger
moderation-no-reports = Ingen meldinger.
moderation-contact = Kontakt
moderation-report-close = Marker som løst
moderation-report-closed = Meldingen er markeret som løst.
moderation-unclassified = Tilbud uden livsarena
moderation-changes = Hvad er nyt eller ændret
moderation-field = Felt
moderation-before = Før
moderation-after = Efter
moderation-diff-hint = Slettet tekst er overstreget, ny tekst er fremhævet.
moderation-decision = Beslutning
moderation-approve = Godkend – tilbuddet bliver offentligt
moderation-ask-changes = Bed om ændringer
moderation-reject = Afvis
moderation-note = Begrundelse eller besked
moderation-note-hint = Skal udfyldes, når du afviser eller beder om ændringer. Organisationen får den på mail.
moderation-organisation = Organisation
moderation-organisation-hint = Vælg en eksisterende organisation, eller lav en ny ud fra forslaget.
moderation-new-organisation = Ny organisation: { $name }
moderation-submit = Gem beslutning
moderation-decided = Beslutningen er gemt, og der er sendt besked.
moderation-already-decided = En anden moderator har allerede behandlet dette tilbud.
moderation-error-decision = Vælg en beslutning.
moderation-error-note = Skriv en begrundelse, så organisationen ved, hvad de skal gøre.
moderation-error-suggestion-changes = Et forslag fra en borger kan ikke sendes tilbage til rettelse. Godkend det og ret det bagefter, eller afvis det.
moderation-error-invalid = Tilbuddet mangler oplysninger og kan ikke godkendes. Bed om ændringer i stedet.

## Organisationer
org-name = Navn
org-description = Om organisationen
org-description-hint = Hvem er I, og hvad laver I? Lav en tom linje mellem afsnit.
org-email = E-mail
org-email-hint = Påmindelser om at bekræfte jeres tilbud sendes hertil og til jeres medlemmer.
org-phone = Telefon
org-phone-hint = Fx 59 66 66 66.
org-website = Hjemmeside
org-website-hint = Hele adressen, fx https://forening.dk.
org-save = Gem
org-saved = Organisationens side er gemt.
org-error-phone = Skriv telefonnummeret med tal, fx 59 66 66 66.
org-error-website = Skriv hele adressen, så den starter med https://.
org-contact = Kontakt
org-offers = Tilbud
org-no-offers = Ingen tilbud endnu.
org-offer-confirmed = sidst bekræftet { $date }
org-public-page = Se den offentlige side
org-profile = Organisationens side
org-events = Arrangementer i kalenderen
org-calendar = Se organisationens arrangementer i kalenderen
org-submissions = Kladder og indsendelser

## Friskhed
stale-lead = Tilbud skal bekræftes mindst en gang om året. Ingen har bekræftet disse længe. Efter 15 måneder tages et tilbud ud af søgningen, indtil nogen bekræfter det.
stale-unlisted = Taget ud af søgningen
stale-stale = Kan være forældede
stale-none = Ingen.
stale-confirmed = sidst bekræftet
stale-confirm = Bekræft, at det stadig passer
fresh-confirm-title = Passer oplysningerne stadig?
fresh-confirm-lead = "{ $offer }" blev sidst bekræftet { $date }. Hvis alt stadig passer, så tryk på knappen. Det tager et sekund.
fresh-confirm-submit = Ja, det passer stadig
fresh-confirm-view = Se tilbuddet
fresh-confirm-edit = Noget skal rettes (log ind)
fresh-confirmed-title = Tak – tilbuddet er bekræftet
fresh-confirmed-text = Datoen for sidste bekræftelse er opdateret, og tilbuddet står i søgningen.
fresh-confirmed-staff = Tilbuddet er bekræftet.
fresh-link-gone = Linket er brugt eller for gammelt. Log ind for at bekræfte tilbuddet.

## Mails (sendes på dansk)
mail-confirm-subject = Bekræft din e-mail til Sammen
mail-confirm-body =
    Hej

    Klik på linket for at bekræfte din e-mailadresse:
    { $link }

    Linket virker i 7 dage. Har du ikke oprettet en konto, kan du se bort fra denne mail.
mail-exists-subject = Du har allerede en konto hos Sammen
mail-exists-body =
    Hej

    Nogen – måske dig – prøvede at oprette en konto med denne adresse, men du har allerede en.
    Har du glemt din adgangskode, kan du vælge en ny her:
    { $link }
mail-reset-subject = Vælg en ny adgangskode til Sammen
mail-reset-body =
    Hej

    Klik på linket for at vælge en ny adgangskode:
    { $link }

    Linket virker i en time. Har du ikke bedt om det, kan du se bort fra denne mail.
mail-invite-subject = Du er inviteret til Sammen { $municipality }
mail-invite-body =
    Hej

    Du er inviteret til Sammen { $municipality } som: { $roles }.
    Klik på linket, skriv dit navn og vælg en adgangskode:
    { $link }

    Linket virker i 14 dage.
mail-role-subject = Du har fået en ny rolle i Sammen
mail-role-body =
    Hej

    Du har fået en ny rolle i Sammen { $municipality }: { $roles }.
    Log ind her: { $link }
mail-fresh-subject = Passer oplysningerne om "{ $offer }" stadig?
mail-fresh-body =
    Hej { $organisation }

    Oplysningerne om "{ $offer }" blev sidst bekræftet { $date } – for { $months } måneder siden.
    Passer de stadig? Så klik her og tryk på knappen:
    { $link }

    Skal noget rettes, kan du logge ind og rette tilbuddet.
    Bekræfter ingen oplysningerne, tages tilbuddet ud af søgningen, når de er { $unlisted } måneder gamle.
mail-moderation-approved-subject = "{ $offer }" er godkendt
mail-moderation-approved-body =
    Hej

    "{ $offer }" er godkendt og kan nu findes i vejviseren på Sammen { $municipality }.
    Besked fra moderatoren: { $note }

    { $link }
mail-moderation-rejected-subject = "{ $offer }" blev ikke godkendt
mail-moderation-rejected-body =
    Hej

    "{ $offer }" blev ikke godkendt til Sammen { $municipality }.
    Begrundelse: { $note }

    Har du spørgsmål, så svar kommunen på den adresse, der står på { $link }
mail-moderation-changes-subject = "{ $offer }" skal rettes, før det kan godkendes
mail-moderation-changes-body =
    Hej

    En moderator beder om ændringer i "{ $offer }":
    { $note }

    Ret tilbuddet og send det igen her:
    { $link }

## Fællesskabskalenderen
calendar-title = Fællesskabskalender
calendar-lead = Fællesspisning, pop-up-fællesskaber, åbent hus og arrangementer i kommunen. Mange kan du bare møde op til; andre melder du dig til her – alene eller som gruppe, uden at oprette en konto.
calendar-quick-label = Hurtige valg
calendar-quick-week = Denne uge
calendar-quick-weekend = Denne weekend
calendar-filters = Vælg hvad du vil se
calendar-filter-all = Alle
calendar-filter-kind = Slags
calendar-filter-age = Alder
calendar-filter-town = By
calendar-filter-free = Kun gratis
calendar-filter-submit = Vis
calendar-week-of = { $from } – { $to }
calendar-count = { $count ->
    [0] Ingen arrangementer
    [one] Ét arrangement
   *[other] { $count } arrangementer
  }
calendar-empty = Der er ingen arrangementer, der passer til dit valg. Prøv en anden uge, eller vælg færre ting.
calendar-weeks = Uger
calendar-previous-week = Forrige uge
calendar-next-week = Næste uge
calendar-subscribe = Følg kalenderen
calendar-subscribe-text = Få arrangementerne ind i din egen kalender eller nyhedslæser. Linkene tager de valg med, du har gjort ovenfor.
calendar-ics = Abonnér i din kalender (iCalendar)
calendar-rss = Nyhedsfeed (RSS)
calendar-feed-name = Fællesskabskalender – { $municipality }
calendar-just-show-up = Bare mød op
calendar-signup-open = Tilmelding åben
calendar-full = Fuldt – skriv dig på ventelisten
calendar-seats-left = { $count ->
    [one] 1 plads tilbage
   *[other] { $count } pladser tilbage
  }
calendar-cancelled = Aflyst
calendar-cancelled-long = Arrangementet er aflyst denne dag.
calendar-moved = Tidspunktet er ændret for denne dag.
calendar-error-date = Skriv datoen som dd.mm.åååå, fx 3.12.2026.
calendar-error-kind = Vælg en slags fra listen.
calendar-error-period = Vælg denne uge eller denne weekend.
calendar-error-id = Det nummer kender vi ikke.
event-kind-spis-sammen = Spis sammen
event-kind-pop-up = Pop-up
event-kind-foreningsdag = Foreningsdag
event-kind-aabent-hus = Åbent hus
event-kind-andet = Arrangement
event-back = Tilbage til kalenderen
event-organiser = Arrangør
event-bring = Tag med
event-signup = Tilmelding
event-signup-deadline = Tilmelding senest { $hours } timer før.
event-add-to-calendar = Sæt i min kalender (.ics)
event-other-dates = Andre datoer
signup-intro = Et fornavn er nok. Du får et privat link, hvor du kan se eller afmelde din tilmelding.
signup-name = Fornavn
signup-name-hint = Eller navnet på den voksne, der følger en gruppe.
signup-phone = Telefon
signup-contact-needed = Arrangøren skal have en telefon eller en e-mail.
signup-contact-optional = Frivilligt.
signup-email = E-mail (frivilligt)
signup-email-hint = Så får du en bekræftelse og en påmindelse dagen før.
signup-people = Antal personer
signup-people-hint = Højst { $max }.
signup-group = Jeg tilmelder en gruppe, som jeg følger
signup-group-hint = Fx en skoleklasse eller et hold – du er gruppens kontakt.
signup-group-note = Hvilken gruppe? (frivilligt)
signup-group-note-hint = Fx "8.B fra Asnæs Skole".
signup-group-label = Gruppe: { $note }
signup-submit = Tilmeld
signup-closed = Tilmeldingen er lukket.
signup-over = Arrangementet er overstået.
signup-error-name = Skriv et fornavn.
signup-error-phone = Skriv telefonnummeret med mindst 8 cifre, fx 12 34 56 78.
signup-error-contact = Arrangøren skal kunne kontakte dig: skriv en telefon eller en e-mail.
signup-error-people = Skriv hvor mange I er – et helt tal fra 1 og op til det antal, der er plads til.
signup-title = Din tilmelding
signup-event = Arrangement
signup-status = Status
signup-status-confirmed = Du er tilmeldt
signup-status-waitlist = Du står på ventelisten
signup-status-cancelled = Afmeldt
signup-people-count = { $count ->
    [one] 1 person
   *[other] { $count } personer
  }
signup-group-of = En gruppe på { $count }: { $note }
signup-confirmed-notice = Du er tilmeldt. Gem linket til denne side – her kan du afmelde dig.
signup-waitlist-notice = Der er fuldt, så du står på ventelisten. Melder nogen fra, rykker du op, og har du skrevet din e-mail, får du besked.
signup-cancelled-notice = Du er afmeldt. Tak, fordi du sagde til.
signup-keep-link = Gem denne sides adresse: den er din private adgang til tilmeldingen.
signup-cancel = Afmeld
signup-to-calendar = Tilbage til kalenderen
signup-gone-title = Tilmeldingen findes ikke
signup-gone-text = Linket er forkert, eller tilmeldingen er slettet (det sker 30 dage efter arrangementet).

## Arrangører
event-new-title = Nyt arrangement
event-new-lead = Arrangementet bliver synligt i kalenderen, så snart du gemmer det.
event-edit-title = Ret arrangementet
event-edit-lead = Rettelser gælder alle datoer. Vil du aflyse eller flytte én dato, så gør det på arrangementets side.
event-save = Gem arrangementet
event-saved = Arrangementet er gemt.
event-label-title = Titel
event-hint-title = Fx "Spis sammen i Forsamlingshuset".
event-label-kind = Slags
event-no-arena = Ingen bestemt
event-label-place = Sted
event-hint-place = Vælg et kendt sted, eller vælg en by nedenfor.
event-no-place = Intet kendt sted
event-label-online = Det foregår online
event-label-date = Dato
event-hint-date = Som dd.mm.åååå, fx 3.12.2026.
event-label-every = Gentages
event-every-0 = Kun denne dag
event-every-1 = Hver uge
event-every-2 = Hver anden uge
event-label-count = Hvor mange gange? (frivilligt)
event-hint-count = Lad feltet stå tomt, hvis det fortsætter.
event-label-price = Pris i kroner
event-hint-price = 0 hvis det er gratis.
event-label-signup = Skal man tilmelde sig?
event-signup-yes = Ja, tilmelding
event-signup-no = Nej, man kan bare møde op
event-label-capacity = Antal pladser (frivilligt)
event-hint-capacity = Lad feltet stå tomt, hvis der ikke er en grænse. Er der fuldt, kommer folk på venteliste.
event-label-closes = Tilmelding lukker (timer før)
event-hint-closes = Fx 24.
event-label-contact = Vi skal have telefon eller e-mail på dem, der tilmelder sig
event-label-bring = Tag med (frivilligt)
event-hint-bring = Fx "Godt humør – vi sørger for maden".
event-label-offer = Hører til tilbuddet (frivilligt)
event-hint-offer = Så står arrangementet også ved tilbuddet.
event-no-offer = Intet
event-error-where = Vælg et sted eller en by, eller sæt flueben ved online.
event-error-count = Skriv et helt tal fra 1 til 104, eller lad feltet stå tomt.
event-error-capacity = Skriv et helt tal, fx 20, eller lad feltet stå tomt.
event-error-closes = Skriv et helt antal timer fra 0 til 336.
event-error-message = Skriv en besked (højst 3000 tegn).
event-error-move = Skriv ny dato som dd.mm.åååå og tider som tt.mm, fx 9.30.
event-admin-public = Se den offentlige side
event-admin-dates = Datoer
event-admin-participants = Tilmeldte
event-admin-total = { $count } tilmeldt
event-admin-total-of = { $count } af { $capacity } pladser taget
event-admin-none = Ingen er tilmeldt endnu.
event-admin-waitlist = Venteliste
event-admin-csv = Hent listen (CSV)
event-admin-print = Udskriv siden for en deltagerliste på papir.
event-admin-message = Skriv til alle
event-admin-message-label = Besked
event-admin-message-hint = Sendes til alle tilmeldte med e-mail for denne dato.
event-admin-message-send = Send besked
event-message-sent = Beskeden er sendt.
event-admin-move = Flyt denne dato
event-admin-move-submit = Flyt
event-moved-notice = Datoen er flyttet, og de tilmeldte har fået besked.
event-admin-cancel = Aflys
event-admin-cancel-text = Alle tilmeldte med e-mail får besked.
event-admin-cancel-all = Aflys alle datoer (hele arrangementet)
event-admin-cancel-submit = Aflys
event-cancelled-notice = Aflyst, og de tilmeldte har fået besked.

## Mails om arrangementer
mail-event-online = online
mail-signup-confirmed-subject = Du er tilmeldt: { $event }
mail-signup-confirmed-body =
    Hej

    Du er tilmeldt "{ $event }" { $when }, { $where }.
    Arrangør: { $organisation }

    Her kan du se eller afmelde din tilmelding:
    { $link }
mail-signup-waitlist-subject = Du står på ventelisten: { $event }
mail-signup-waitlist-body =
    Hej

    Der er fuldt til "{ $event }" { $when }, { $where }, så du står på ventelisten.
    Melder nogen fra, rykker du op, og så får du en mail.

    Her kan du se eller afmelde din tilmelding:
    { $link }
mail-signup-promoted-subject = Du har fået en plads: { $event }
mail-signup-promoted-body =
    Hej

    Der er blevet en plads, og du er nu tilmeldt "{ $event }" { $when }, { $where }.
    Kan du alligevel ikke komme, så afmeld dig via linket i din første mail.

    { $link }
mail-reminder-subject = Husk i morgen: { $event }
mail-reminder-body =
    Hej

    En påmindelse: "{ $event }" er { $when }, { $where }.
    Tag med: { $bring }

    Vi glæder os til at se dig.
    { $organisation }
mail-event-message-subject = Besked om { $event }
mail-event-message-body =
    Hej

    En besked fra { $organisation } om "{ $event }" { $when }:

    { $message }
mail-event-cancelled-subject = Aflyst: { $event } { $when }
mail-event-cancelled-body =
    Hej

    "{ $event }" { $when } er desværre aflyst.
    Du behøver ikke gøre noget.

    { $organisation }
mail-event-cancelled-all-subject = Aflyst: { $event }
mail-event-cancelled-all-body =
    Hej

    "{ $event }" er desværre aflyst – alle datoer.
    Du behøver ikke gøre noget.

    { $organisation }
mail-event-moved-subject = Ny tid: { $event }
mail-event-moved-body =
    Hej

    "{ $event }" { $when } er flyttet til { $new }.
    Kan du ikke komme på det nye tidspunkt, så afmeld dig via linket i din første mail.

    { $organisation }

## Find dit fællesskab (the guide)
guide-title = Find dit fællesskab
guide-intro = Seks korte spørgsmål, så finder vi fællesskaber, der passer til dig. Du kan springe alle spørgsmål over. Vi gemmer ikke dine svar.
guide-progress = Trin { $step } af { $steps }
guide-next = Næste
guide-show = Vis forslag
guide-skip = Spring over
guide-back = Tilbage
guide-nothing-kept = Dine svar står kun i adresselinjen i din browser. Vi gemmer dem ikke og sætter ingen cookies.
guide-q1 = Hvem leder du efter et fællesskab til?
guide-who = Det er til
guide-who-me = Mig selv
guide-who-child = Mit barn
guide-age = Alder
guide-age-hint = Skriv alderen i hele år, fx 15 eller 75.
guide-q2 = Hvor bor du?
guide-town-hint = Vælg den by, du bor i eller nærmest. Eller vælg at mødes over telefon eller online.
guide-town-choose = Vælg by
guide-town-remote = Over telefon eller online
guide-q3 = Hvad kan du lide?
guide-likes-hint = Vælg op til tre.
guide-like-bevaege = Bevæge mig (gå, løbe, danse, spille bold)
guide-like-skabe = Skabe noget (strikke, male, bygge)
guide-like-spise = Spise sammen med andre
guide-like-natur = Være ude i naturen
guide-like-laere = Lære noget nyt
guide-like-hjaelpe = Hjælpe andre
guide-like-spil = Spille spil (kort, brætspil, computer)
guide-like-musik = Musik og sang
guide-like-snak = Snakke og drikke kaffe
guide-interest-bevaege = bevægelse
guide-interest-skabe = at skabe noget
guide-interest-spise = spise sammen
guide-interest-natur = natur
guide-interest-laere = lære noget nyt
guide-interest-hjaelpe = hjælpe andre
guide-interest-spil = spil
guide-interest-musik = musik
guide-interest-snak = snak
guide-q4 = Hvornår kan du?
guide-when-hint = Vælg alt, hvad der passer.
guide-when-hverdag = Hverdage i dagtimerne
guide-when-aften = Hverdage om aftenen
guide-when-weekend = I weekenden
guide-q5 = Hvordan kommer du rundt?
guide-transport-bil = I bil
guide-transport-bus-tog = Med bus eller tog
guide-transport-cykel = På cykel
guide-transport-gaa = Til fods
guide-transport-lift = Jeg har brug for et lift
guide-q6 = Vil du helst være med alene eller sammen med nogen?
guide-company-alene = Alene
guide-company-gruppe = Sammen med en gruppe, fx en klasse eller nogle venner
guide-company-foelges = Med en, der går med den første gang
guide-free-only = Kun noget, der er gratis
guide-error-who = Vælg, om det er til dig selv eller til dit barn.
guide-error-age = Skriv alderen som et tal mellem 0 og 110, fx 15.
guide-error-child-age = Skriv dit barns alder – et tal under 18.
guide-error-town = Vælg en by fra listen, eller vælg telefon eller online.
guide-error-choice = Vælg et af svarene på listen.
guide-error-likes-max = Vælg højst tre ting, du kan lide.
guide-error-answers = Svarene i linket kunne ikke læses. Start guiden forfra.
guide-error-email-empty = Skriv den e-mailadresse, listen skal sendes til.
guide-error-email = Skriv en e-mailadresse som navn@eksempel.dk.
guide-results-title = Forslag til dig
guide-summary = Ud fra dine svar: { $answers }.
guide-summary-nothing = Du har sprunget alle spørgsmål over, så her er de fællesskaber, det er nemmest at være med i.
guide-summary-age = { $age } år
guide-summary-child-age = dit barn på { $age } år
guide-summary-free = kun gratis
guide-edit = Ret dine svar
guide-print = Udskriv listen
guide-printed = Udskrevet fra Find dit fællesskab
guide-kind-offer = Fællesskab
guide-part-formiddag = formiddag
guide-part-eftermiddag = eftermiddag
guide-part-aften = aften
guide-at-clock = kl. { $time }
guide-in-town = i { $town }
guide-by-phone = over telefonen
guide-online = online
guide-reason-km = { $km } km fra dig
guide-reason-close = tæt på dig
guide-reason-station = station tæt på begge ender
guide-reason-free = gratis
guide-reason-show-up = bare mød op
guide-reason-newcomers = nye er velkomne
guide-reason-bring = tag gerne nogen med
guide-reason-ambassador = en ambassadør kan gå med
guide-few-title = Vi fandt ikke meget, der passer helt
guide-few-text = Det er ikke dig, den er gal med – der er bare ikke så mange tilbud, der passer til alle dine svar lige nu. Her er det nærmeste, vi har. Du kan også tale med en ambassadør eller ringe til en af linjerne herunder.
guide-alternatives = Det nærmeste, vi har
guide-ambassador-title = Tal med en ambassadør
guide-ambassador-text = En ambassadør kan hjælpe dig med at finde et fællesskab og gå med den første gang.
guide-ambassador-link = Find en ambassadør
guide-send-title = Send listen til mig
guide-email = Din e-mailadresse
guide-email-hint = Vi sender listen én gang. Adressen slettes, så snart mailen er sendt.
guide-send = Send listen
guide-sent = Listen er på vej til din indbakke. Vi sletter din adresse, så snart mailen er sendt.
guide-again = Start forfra
guide-mail-subject = Dine forslag fra Find dit fællesskab
guide-mail-intro = Her er de fællesskaber, du fandt med guiden.
guide-mail-outro = Vi har ikke gemt din adresse eller dine svar. Du fik denne mail, fordi du selv bad om den.
guide-reason-no-signup = ingen tilmelding

## Ambassadører
ambassadors-title = Ambassadører
ambassadors-intro = Ambassadørerne er frivillige og medarbejdere, der er uddannet i at tale om ensomhed. De kan tage en snak med dig – eller gå med dig første gang, du prøver et fællesskab. Du bestemmer selv, hvor meget du vil fortælle.
ambassadors-talk = Tal med en ambassadør
ambassadors-filter = Vis ambassadører
ambassadors-reset = Nulstil
ambassadors-all = Alle
ambassadors-filter-group = Målgruppe
ambassadors-filter-town = By
ambassadors-filter-setting = Hvor de arbejder
ambassadors-filter-language = Sprog
ambassadors-count = { $count ->
    [one] 1 ambassadør
   *[other] { $count } ambassadører
}
ambassadors-none = Ingen ambassadører passer til det, du har valgt. Prøv at fjerne et filter – eller skriv til os, så finder vi en, der kan hjælpe.
ambassadors-error-group = Vælg en målgruppe fra listen.
ambassadors-error-town = Vælg en by fra listen.
ambassadors-error-setting = Vælg et sted fra listen.
ambassadors-error-language = Vælg et sprog fra listen.
ambassador-groups = Målgrupper
ambassador-settings = Arbejder i
ambassador-towns = Byer
ambassador-languages = Sprog
ambassador-reachable = Kan træffes
ambassador-back = Alle ambassadører
ambassador-talk = Tal med
ambassador-training = Uddannelse
ambassador-trained = { $count ->
    [one] Har gennemført 1 modul i ambassadøruddannelsen.
   *[other] Har gennemført { $count } moduler i ambassadøruddannelsen.
}
ambassador-in-training = Er i gang med ambassadøruddannelsen.
ambassador-certificate = Se uddannelsesbevis
certificate-title = Uddannelsesbevis
certificate-caption = Gennemførte moduler
certificate-module = Modul
certificate-date = Gennemført
certificate-duration = Varighed
certificate-total = I alt
certificate-hours = { $hours } timer
setting-skole = Skole
setting-dagtilbud = Dagtilbud
setting-arbejdsplads = Arbejdsplads
setting-plejecenter = Plejecenter
setting-bibliotek = Bibliotek
setting-forening = Forening
setting-bussen = Den Glade Bus
setting-sundhedshus = Sundhedshus
language-tr = tyrkisk
language-so = somali
language-fa = persisk
admin-tile-coverage-title = Ambassadører og dækning
admin-tile-coverage-text = Uddannelse, og hvor der mangler en uddannet ambassadør.
coverage-title = Ambassadører: uddannelse og dækning
coverage-intro = Tabellerne tæller uddannede ambassadører. Et felt med "ingen" viser, hvor der mangler en.
coverage-overview = Uddannede ambassadører pr. by og målgruppe
coverage-detail = Pr. by og sted i én målgruppe
coverage-show = Vis
coverage-town = By
coverage-none = ingen
coverage-gaps = { $count } felter uden en uddannet ambassadør for { $group }.
coverage-modules = Uddannelsens moduler
coverage-people = Ambassadørerne
coverage-name = Navn
coverage-completed = Gennemførte moduler

## Tal med en ambassadør
ask-title = Tal med en ambassadør
ask-lead = Skriv til os, så finder vi en ambassadør, der kan tage en snak med dig – eller gå med dig første gang, du prøver et fællesskab. Du kan også skrive for en anden.
ask-privacy = Du bestemmer selv, hvor meget du fortæller. Du kan være helt anonym: så læser du svaret via et privat link. Det, du skriver, kan kun ambassadøren og kommunens koordinatorer se, og det slettes et halvt år efter, at henvendelsen er afsluttet.
ask-kind = Hvad vil du gerne?
ask-kind-talk = En snak med en ambassadør
ask-kind-accompany = At en går med mig første gang
ask-asker = Hvem skriver?
ask-asker-self = Jeg skriver for mig selv
ask-asker-relative = Jeg er pårørende og skriver for en anden
ask-asker-teacher = Jeg er lærer eller pædagog og skriver for et barn eller en ung
ask-asker-professional = Jeg skriver som fagperson for en borger
ask-consent = Personen ved, at jeg skriver, og siger ja til det
ask-consent-hint = Skal du kun sætte kryds i, når du skriver for en anden.
ask-about = Hvad drejer det sig om? (valgfrit)
ask-about-hint = Skriv kun det, du har lyst til. Du kan også lade feltet stå tomt.
ask-join = Hvilket fællesskab eller arrangement vil du gerne følges til? (valgfrit)
ask-join-hint = Fx "Gå-gruppen i Hørve" eller "fællesspisning i Asnæs".
ask-age = Alder på den, det handler om
ask-band-0-12 = Under 13 år
ask-band-13-17 = 13–17 år
ask-band-18-29 = 18–29 år
ask-band-30-64 = 30–64 år
ask-band-65-plus = 65 år eller mere
ask-not-given = Vil ikke oplyse
ask-town = By
ask-language = Sprog
ask-ambassador = Hvem vil du helst tale med?
ask-ambassador-any = Den, der passer bedst
ask-contact = Hvordan vil du have svar?
ask-contact-hint = Uanset hvad du vælger, får du et privat link, hvor du kan læse svaret og skrive tilbage.
ask-contact-telefon = Ring til mig
ask-contact-email = Skriv til mig på e-mail
ask-contact-anonym = Helt anonymt – jeg læser svaret via mit private link
ask-name = Fornavn (valgfrit)
ask-name-hint = Så ved ambassadøren, hvad de skal kalde dig.
ask-phone = Telefonnummer
ask-phone-hint = Kun hvis du vil ringes op. Fx 12 34 56 78.
ask-email = E-mailadresse
ask-email-hint = Kun hvis du vil have svar på e-mail.
ask-send = Send
ask-error-kind = Vælg, om du vil have en snak, eller om en skal gå med dig.
ask-error-asker = Vælg, hvem der skriver.
ask-error-consent = Sæt kryds, hvis personen ved, at du skriver, og siger ja til det. Ellers kan vi ikke tage imod henvendelsen.
ask-error-choice = Vælg et af svarene på listen.
ask-error-contact = Vælg, hvordan du vil have svar.
ask-error-phone = Skriv et telefonnummer med 8 cifre, fx 12 34 56 78.
ask-error-email = Skriv en e-mailadresse som navn@eksempel.dk.
ask-mail-subject = Din henvendelse til en ambassadør
ask-mail-body = Tak, fordi du skrev. En ambassadør vender tilbage hurtigst muligt.

    Her er dit private link, hvor du kan læse svaret og skrive tilbage:
    { $link }

    Gem linket – alle, der har det, kan læse samtalen.
ask-staff-mail-subject = En ny henvendelse venter
ask-staff-mail-body = Der er kommet en ny henvendelse til en ambassadør. Log ind for at læse den:
    { $link }
request-title = Din henvendelse
request-created = Tak. Din henvendelse er sendt.
request-keep-link = Gem adressen på denne side (fx som bogmærke) – det er dit private link. Her kan du læse svaret og skrive tilbage. Alle, der har linket, kan læse samtalen.
request-status-new = Vi har modtaget din henvendelse. En ambassadør svarer hurtigst muligt.
request-status-accepted = { $name } har taget din henvendelse.
request-status-closed = Henvendelsen er afsluttet.
request-conversation = Samtalen
request-no-messages = Der er ingen beskeder endnu.
request-you = Dig
request-person = Den, der skrev
request-answer = Skriv tilbage
request-send-answer = Send
request-answer-sent = Din besked er sendt.
request-close = Afslut henvendelsen
request-close-hint = Når henvendelsen er afsluttet, slettes den efter et halvt år.
request-closed-text = Henvendelsen er afsluttet og bliver slettet efter et halvt år. Du er altid velkommen til at skrive igen.
request-error-empty = Skriv en besked.
request-error-closed = Henvendelsen er afsluttet.
request-error-date = Skriv datoen som år-måned-dag, fx 2027-02-15.
request-error-scale = Svar på alle tre spørgsmål (og sæt kryds for samtykke første gang).
request-error-action = Den handling kender vi ikke.
requests-title = Henvendelser
requests-no-profile = Din konto er ikke knyttet til en ambassadørprofil endnu. Kontakt en koordinator.
requests-queue = Venter på en ambassadør
requests-queue-empty = Ingen henvendelser venter.
requests-all = Alle henvendelser
requests-mine = Dine henvendelser
requests-none = Ingen henvendelser.
requests-col-kind = Henvendelse
requests-col-created = Modtaget
requests-col-status = Status
requests-col-ambassador = Ambassadør
requests-col-follow-up = Opfølgning
requests-back = Alle henvendelser
request-queue = Koordinatorernes kø
request-state-new = Ny
request-state-accepted = Taget
request-state-closed = Afsluttet
request-staff-title = Henvendelse
request-consent = Personen har sagt ja
request-yes = Ja
request-no = Nej
request-anonymous = Anonym – svar via privat link
request-accept = Tag henvendelsen
request-assign = Send til
request-assign-button = Send videre
request-reply = Svar
request-reply-hint = Svaret kan læses via personens private link.
request-send-reply = Send svar
request-notes = Dine noter
request-notes-hint = Noterne ser kun du og koordinatorerne – aldrig personen.
request-note = Ny note
request-save-note = Gem note
request-follow-up = Opfølgning
request-follow-up-date = Dato for opfølgning
request-follow-up-hint = Skriv datoen som år-måned-dag, fx 2027-02-15. Lad feltet stå tomt for at fjerne den.
request-save-follow-up = Gem dato
request-scale = Ensomhedsskalaen (kun med samtykke)
request-scale-hint = Spørg kun, hvis personen har lyst. Første gang ved første kontakt, igen efter cirka tre måneder. Svarene gemmes uden navn og vises kun samlet, når mindst 5 har svaret.
request-scale-consent = Personen siger ja til at svare
request-scale-before = Gem svar fra første kontakt
request-scale-after = Gem svar efter tre måneder
request-close-title = Afslut
request-close-staff-hint = En afsluttet henvendelse slettes efter et halvt år – med beskeder og noter.
request-close-staff = Afslut henvendelsen
request-done-accepter = Du har taget henvendelsen.
request-done-tildel = Henvendelsen er sendt videre.
request-done-svar = Dit svar er sendt.
request-done-note = Noten er gemt.
request-done-opfoelgning = Datoen er gemt.
request-done-skala-foer = Svarene er gemt.
request-done-skala-efter = Svarene er gemt uden navn.
request-done-luk = Henvendelsen er afsluttet.
request-reply-mail-subject = Du har fået svar fra en ambassadør
request-reply-mail-body = Der er kommet svar på din henvendelse. Læs det via dit private link fra vores første mail.
outcomes-title = Virker det? (ensomhedsskalaen)
outcomes-too-few = Færre end 10 har svaret to gange – tallene vises først, når mindst 10 har.
outcomes-summary = { $count } har svaret to gange (afrundet til 5). Gennemsnit ved første kontakt: { $before }, efter tre måneder: { $after } (3 = sjældent ensom, 9 = ofte).
offer-accompany = Vil du have én med første gang? Bed en ambassadør om at gå med
amb-back = Ambassadører og dækning
amb-new-title = Ny ambassadør
amb-new = Tilføj en ambassadør
amb-first-name = Fornavn
amb-first-name-hint = Kun fornavnet vises offentligt.
amb-about = Et par ord om dig
amb-about-hint = Fx hvad du gerne hjælper med. Højst 600 tegn.
amb-reachable = Hvornår kan du træffes?
amb-reachable-hint = Fx "Hverdage kl. 9–15".
amb-published = Vis profilen offentligt
amb-published-hint = Uden kryds er profilen skjult, fx når du holder pause. Du får ikke nye henvendelser imens.
amb-account = Konto (e-mail)
amb-account-hint = Kontoen, ambassadøren logger ind med. Den får rollen ambassadør. Lad feltet stå tomt, hvis der ikke er en konto endnu.
amb-save = Gem
amb-saved = Ændringerne er gemt.
amb-module = Modul
amb-completed-on = Gennemført den
amb-completed-on-hint = Skriv datoen som år-måned-dag, fx 2026-10-01.
amb-add-training = Registrér
amb-add-training-title = Registrér et gennemført modul
amb-error-name = Skriv et fornavn.
amb-error-groups = Vælg mindst én målgruppe.
amb-error-towns = Vælg mindst én by.
amb-error-languages = Vælg mindst ét sprog.
amb-error-account = Der findes ingen konto med den e-mail. Invitér personen først under Konti.
amb-error-date = Skriv datoen som år-måned-dag, fx 2026-10-01.
amb-error-future = Datoen må ikke ligge ude i fremtiden.
amb-module-new = Nyt uddannelsesmodul
amb-module-add = Tilføj et modul
amb-module-title = Titel
amb-module-description = Beskrivelse
amb-module-material = Materiale
amb-module-material-hint = Fx "Oplæg og dialogkort".
amb-module-minutes = Varighed i minutter
amb-module-minutes-hint = Fx 180.
amb-module-save = Gem modul
amb-module-saved = Modulet er gemt.
amb-error-module-title = Skriv en titel.
amb-error-minutes = Skriv varigheden som et antal minutter mellem 1 og 10000.
amb-own-title = Din ambassadørprofil
amb-own-lead = Du bestemmer selv, hvad der står på din offentlige profil. Din e-mail og dit telefonnummer vises aldrig.
amb-own-link = Ret din ambassadørprofil
photo-title = Foto (valgfrit)
photo-choose = Vælg et foto
photo-hint = JPEG, PNG eller WebP, højst 512 KB. Det vises kun, mens profilen er offentlig.
photo-save = Gem foto
photo-remove = Fjern foto
photo-alt = Foto af { $name }
photo-error-none = Vælg et foto at gemme.
photo-error-type = Fotoet skal være JPEG, PNG eller WebP.
photo-error-large = Fotoet er for stort. Vælg et på højst 512 KB.
photo-saved = Fotoet er gemt.
photo-removed = Fotoet er fjernet.

## Den Glade Bus
bus-name = Den Glade Bus
bus-intro = Den Glade Bus kører rundt i kommunen og holder ved torve, skoler, havne og plejecentre. Ved hvert stop er der kaffe, snak og noget at lave sammen – kom forbi, du behøver ikke melde dig til.
bus-paused = Bussen holder pause: { $reason }.
bus-next = De næste stop
bus-none = Der er ingen planlagte stop lige nu.
bus-week = Ugens køreplan
bus-col-time = Tid
bus-col-stop = Stop
bus-col-what = Det sker
bus-stops = Alle stoppesteder
bus-planners = I rejseplanen
bus-planners-text = Køreplanen findes som GTFS, så rejseplaner og kortapps kan vise bussen.
bus-gtfs = Hent køreplanen (GTFS)
bus-back = Den Glade Bus
bus-town = By
bus-accessibility = Tilgængelighed
bus-indoor = Hvis det regner
bus-visitors = Hvem kommer typisk
bus-coming = Næste gange bussen kommer
bus-add-calendar = Føj stoppet til din kalender (.ics)
bus-activity-kaffe = kaffe
bus-activity-snak = snak
bus-activity-spil = spil
bus-activity-sygeplejerske = en sygeplejerske
bus-activity-biblioteksboeger = biblioteksbøger
bus-activity-musik = musik
bus-activity-bevaegelse = bevægelse

## Den Glade Bus, live: where it is now, the route map, the crew's page
bus-live-link = Hvor er bussen nu?
bus-live-title = Hvor er bussen nu?
bus-live-today = Dagens tur
bus-live-refresh = Opdater
bus-live-updated = Opdateret kl. { $time }.
bus-live-col-planned = Planlagt
bus-live-col-status = Status
bus-live-passed = Kørt videre
bus-live-here = Holder her nu
bus-live-away = Om ca. { $minutes } min.
bus-live-late = Om ca. { $minutes } min. – ca. { $delay } min. forsinket
bus-live-no-tour = Bussen kører ikke i dag.
bus-live-next = Næste gang: { $day } kl. { $time } ved { $stop }.
bus-live-not-out = Bussen er ikke på vej lige nu. Tiderne herunder er planen.
bus-live-done = Dagens tur er slut.
bus-live-at = Bussen holder ved { $stop } nu, til ca. kl. { $until }.
bus-live-towards = Bussen er på vej mod { $stop } og ventes kl. { $time }.
bus-live-privacy = Positionen kommer fra bussens telefon, kun mens bussen kører, og gemmes i to døgn.
bus-map-title = Bussens rute
bus-map-days = Vælg dag
bus-map-caption = Kort over bussens stop om { $day } i rækkefølge. Listen under kortet har de samme stop med tider.
bus-map-caption-today = Kort over dagens stop i rækkefølge. En grøn firkant viser bussen, når den kører.
bus-map-link = Se turen om { $day } på et kort
bus-map-no-tour = Bussen kører ikke den dag.
bus-map-bad-day = Vælg en ugedag fra listen.
bus-bell-hint = Vil du have besked, når bussen nærmer sig dit stop? Vælg stoppet, og tilmeld dig klokken.
bus-crew-title = Dagens tur (bussens besætning)
bus-crew-share-title = Del bussens position
bus-crew-share = Del position
bus-crew-share-stop = Stop deling
bus-crew-waiting = Venter på GPS …
bus-crew-denied = Telefonen gav ikke sin position. Brug knapperne ved stoppene i stedet.
bus-crew-stopped = Deling stoppet.
bus-crew-offline = Positionen kunne ikke sendes. Vi prøver igen om lidt.
bus-crew-noscript = Deling af position kræver JavaScript. Brug knapperne "Ankommet" og "Kører videre" ved stoppene.
bus-crew-last-fix = Position sendt kl. { $time }.
bus-crew-arrived = Ankommet
bus-crew-left = Kører videre
bus-crew-arrived-done = Ankomst registreret.
bus-crew-left-done = Afgang registreret.
bus-crew-saved-arrived = Gemt: bussen er ankommet.
bus-crew-saved-left = Gemt: bussen kører videre.
bus-crew-bad-position = Positionen var ikke gyldig (breddegrad og længdegrad som tal).
bus-crew-bad-mark = Knappen hørte ikke til et stop. Gå tilbage og prøv igen.
bus-crew-not-today = Det stop er ikke på dagens tur.
bus-crew-public = Se den offentlige side "Hvor er bussen nu?"

## The bell
bell-title = Få besked, når bussen kommer
bell-intro = Vi sender en e-mail, når bussen er på vej til dette stop, og/eller dagen før. Du skal ikke oprette en konto; vi gemmer kun din e-mail og stoppet.
bell-email = Din e-mail
bell-email-hint = Du får først en e-mail med et link, du skal trykke på.
bell-lead = Hvornår vil du have besked på dagen?
bell-lead-minutes = Når bussen er ca. { $minutes } minutter væk
bell-lead-none = Ikke på dagen
bell-day-before = Også dagen før (om eftermiddagen)
bell-submit = Tilmeld klokken
bell-error-email-missing = Skriv din e-mail.
bell-error-email = Skriv en e-mail som navn@eksempel.dk.
bell-error-lead = Vælg 10, 20 eller 30 minutter, eller "Ikke på dagen".
bell-error-nothing = Vælg mindst én besked: på dagen eller dagen før.
bell-sent-title = Tjek din e-mail
bell-sent-text = Vi har sendt en e-mail. Tryk på linket i den for at starte klokken. Har du allerede klokken for dette stop, får du i stedet et link til at ændre eller stoppe den.
bell-sent-privacy = Vi gemmer kun din e-mail og stoppet. Bekræfter du ikke inden en uge, sletter vi det.
bell-back-to-stop = Tilbage til stoppet
bell-manage-title = Din klokke
bell-manage-stop = Stop:
bell-manage-unconfirmed = Klokken er ikke startet endnu. Tryk på knappen for at bekræfte, at e-mailen er din.
bell-fact-address = Sendes til { $address }
bell-confirm = Start klokken
bell-unsubscribe = Stop klokken og slet min e-mail
bell-manage = Se eller stop din klokke
bell-confirmed-title = Klokken er startet
bell-confirmed-text = Du får besked, som du valgte. Hver e-mail har et link, hvor du kan stoppe igen.
bell-stopped-title = Klokken er stoppet
bell-stopped-text = Din e-mail er slettet, og du får ikke flere beskeder om dette stop.
bell-gone-title = Klokken findes ikke længere
bell-gone-text = Den er stoppet eller blev aldrig bekræftet. Du kan tilmelde dig igen på stoppets side.
mail-bell-confirm-subject = Bekræft klokken for { $stop }
mail-bell-confirm-body =
    Hej

    Nogen (forhåbentlig dig) har bedt om besked, når Den Glade Bus kommer til { $stop }.
    Tryk på linket for at starte klokken:

    { $link }

    Var det ikke dig, så gør ingenting; så sletter vi adressen om en uge.
mail-bell-again-subject = Din klokke for { $stop }
mail-bell-again-body =
    Hej

    Du har allerede klokken for { $stop }. Her kan du se den eller stoppe den:

    { $link }
mail-bell-near-subject = { $bus } er ca. { $minutes } minutter fra { $stop }
mail-bell-near-body =
    Hej

    { $bus } er på vej og ventes ved { $stop } kl. { $time } (om ca. { $minutes } minutter).

    Vil du ikke have flere beskeder: { $manage }
mail-bell-tomorrow-subject = { $bus } kommer til { $stop } i morgen
mail-bell-tomorrow-body =
    Hej

    { $bus } kommer til { $stop } { $day }: { $times }.

    Vil du ikke have flere beskeder: { $manage }

## The bus plan for staff
plan-title = Busplanen
plan-settings = Bussen starter og slutter i { $where }; arbejdstiden er { $from }–{ $to }, farten i gennemsnit { $speed } km/t, og et ophold varer mindst { $stay } min.
plan-published-summary = Udgivet plan: { $count } besøg om ugen, ca. { $km } km.
plan-draft-summary = Kladde: { $count } besøg om ugen, ca. { $km } km.
plan-see-published = Se den udgivne køreplan
plan-findings-draft = Problemer i kladden
plan-findings-published = Problemer i den udgivne plan
plan-no-findings = Ingen problemer: alle stop er inden for deres tidsrum, der er tid til at køre mellem stoppene, og turen holder sig inden for arbejdstiden.
plan-propose = Beregn forslag med planlæggeren
plan-copy = Ret i den udgivne plan
plan-draft = Kladden
plan-draft-help = Flyt et besøg til en anden dag eller et andet tidspunkt, eller ret opholdet (i minutter). Kladden kontrolleres, hver gang du gemmer.
plan-col-day = Dag
plan-col-arrive = Ankomst (TT.MM)
plan-col-stay = Ophold (min.)
plan-save = Gem
plan-publish = Udgiv kladden
plan-discard = Kassér kladden
plan-crew-link = Dagens tur for besætningen
plan-saved-forslag = Planlæggerens forslag er gemt som kladde.
plan-saved-kladde = Den udgivne plan er kopieret til en kladde.
plan-saved-besoeg = Besøget er gemt i kladden.
plan-saved-udgivet = Kladden er udgivet. Køreplanen, kalenderne og GTFS-filen viser den nu.
plan-saved-kasseret = Kladden er kasseret.
plan-error-day = Vælg en ugedag.
plan-error-time = Skriv ankomsten som TT.MM, fx 9.30.
plan-error-stay = Skriv opholdet i minutter, mellem 5 og 480.
plan-error-no-draft = Der er ingen kladde at udgive. Beregn et forslag eller ret i den udgivne plan først.
plan-error-findings = Kladden kan ikke udgives, før problemerne herunder er rettet.
plan-finding-window = { $day }: { $stop } kl. { $time } er uden for stoppets tidsrum { $from }–{ $to }.
plan-finding-tight = { $day }: fra { $from } til { $to } er der { $gap } min., men køreturen tager ca. { $drive } min.
plan-finding-hours = { $day }: turen starter ved depotet kl. { $start } og er tilbage kl. { $end } – uden for arbejdstiden { $shiftstart }–{ $shiftend }.
plan-finding-day = { $day }: { $stop } ønsker ikke besøg den dag.
plan-finding-frequency = { $stop } besøges { $visits } gange om ugen, men skal besøges { $wanted } gange.
plan-settings-link = Ret bussens dag
plan-settings-title = Bussens dag
plan-settings-lead = Hvor bussen starter og slutter, arbejdstiden, farten og det korteste ophold. Planlæggeren, kontrollen af planen og de forventede tider på "Hvor er bussen nu?" bruger dem. Den udgivne plan ændres ikke; kontrollen viser, hvad der ikke længere passer.
plan-settings-depot = Depot (navn)
plan-settings-depot-hint = Fx "Asnæs". Bussen kører fra depotet om morgenen og tilbage om eftermiddagen.
plan-settings-depot-hint-roads = Fx "Asnæs". Vejtabellen (SAMMEN_BUS_MATRIX) har sine egne afstande til depotet: flytter du depotet, skal tabellen laves igen.
plan-settings-lat = Depotets breddegrad
plan-settings-lat-hint = Decimalgrader, fx 55,73785 og 11,50780 (komma eller punktum).
plan-settings-lon = Depotets længdegrad
plan-settings-start = Arbejdstiden starter (TT.MM)
plan-settings-hours-hint = Fx 9.00 og 17.00. Turen skal kunne køre fra og tilbage til depotet inden for tiden.
plan-settings-end = Arbejdstiden slutter (TT.MM)
plan-settings-speed = Gennemsnitsfart (km/t)
plan-settings-speed-hint = Mellem 10 og 90. Køretiden er afstanden i luftlinje × 1,3 ved denne fart.
plan-settings-speed-hint-roads = Mellem 10 og 90. Køretiden mellem stoppene kommer fra vejtabellen; farten bruges til de forventede tider, mens bussen kører.
plan-settings-stay = Korteste ophold (minutter)
plan-settings-stay-hint = Mellem 5 og 240. Planlæggeren giver hvert stop mindst så lang tid, og kontrollen melder kortere ophold.
plan-settings-error-depot = Skriv depotets navn (højst 80 tegn).
plan-settings-error-coordinates = Skriv depotets bredde- og længdegrad som decimaltal, fx 55,73785 og 11,50780.
plan-settings-error-far = Depotet ligger mere end 50 km fra alle bussens stop. Tjek koordinaterne – er bredde og længde byttet om?
plan-settings-error-hours = Skriv arbejdstiden som TT.MM, fx 9.30; den skal slutte efter den starter og vare højst 14 timer.
plan-settings-error-speed = Skriv gennemsnitsfarten som et helt tal mellem 10 og 90 km/t.
plan-settings-error-stay = Skriv det korteste ophold som et helt antal minutter mellem 5 og 240.
plan-saved-indstillinger = Bussens dag er gemt. Kontrollen herunder bruger den nu; beregn et nyt forslag for at planlægge efter den.
plan-finding-stay = { $day }: { $stop } har kun { $stay } min., men et ophold skal vare mindst { $minimum } min.
bus-stop-new-link = Opret et nyt stop
bus-stop-edit-link = Ret stedet
bus-stop-new-title = Nyt stop for bussen
bus-stop-edit-title = Stedet: { $stop }
bus-stop-lead = Hvor bussen holder, og hvad folk skal vide om stedet. Stoppets side, køreplanen og GTFS-filen viser det.
bus-stop-no-town = Ingen by
bus-stop-field-name = Stoppets navn
bus-stop-field-name-hint = Fx "Torvet" eller "Grevinge Skole". Byen vises ved siden af.
bus-stop-field-town = By
bus-stop-field-lat = Breddegrad
bus-stop-field-lon = Længdegrad
bus-stop-field-access = Tilgængelighed
bus-stop-field-indoor = Hvis det regner
bus-stop-field-indoor-hint = Hvor man kan være inden døre, fx "I hallen ved siden af". Højst 300 tegn.
bus-stop-field-visitors = Hvem kommer typisk
bus-stop-field-visitors-hint = Fx "Ældre fra byen og forældre med små børn". Højst 300 tegn.
bus-stop-error-name = Skriv stoppets navn (højst 80 tegn).
bus-stop-error-far = Stedet ligger mere end 25 km fra kommunens byer. Tjek koordinaterne – er bredde og længde byttet om?
bus-stop-error-long = Skriv højst 300 tegn.
plan-saved-stop-ny = Stoppet er oprettet. Det besøges en gang om ugen på en hverdag, indtil du ændrer dets ønsker; beregn et nyt forslag for at få det med i planen.
plan-saved-sted = Stedet er gemt. Køreplanen og stoppets side viser det nu.
bus-pauses-title = Pauser
bus-pauses-lead = Dage hvert år uden de faste ture, fx juli eller julen. En pause kan gå hen over nytår. Køreplanen, stoppenes kalendere, klokken og GTFS-filen springer dagene over med det samme; ekstra ture på bestemte datoer kører stadig.
bus-pauses-none = Der er ingen pauser: bussen kører hele året.
bus-pauses-link = Ret pauserne
bus-pauses-summary = { $count ->
    [0] Ingen pauser: bussen kører hele året.
    [one] Én pause om året: { $list }.
   *[other] { $count } pauser om året: { $list }.
}
bus-pauses-add = Tilføj en pause
bus-pauses-from = Fra og med (dag.måned)
bus-pauses-day-hint = Fx 1.7 og 31.7 for juli, eller 23.12 og 1.1 for julen.
bus-pauses-to = Til og med (dag.måned)
bus-pauses-reason = Hvorfor
bus-pauses-reason-hint = Vises på køreplanen, fx "Sommerferie". Højst 80 tegn.
bus-pauses-error-day = Skriv en dag som dag.måned, fx 1.7.
bus-pauses-error-reason = Skriv hvorfor bussen holder pause (højst 80 tegn).
bus-pauses-added = Pausen er tilføjet. Køreplanen springer dagene over nu.
bus-pauses-deleted = Pausen er slettet. Bussen kører igen de dage.

## The bell by Web Push
bell-push-title = Eller: besked på denne telefon eller computer
bell-push-intro = Din browser kan vise beskeden direkte, uden e-mail. Vi gemmer kun browserens adresse til beskeder og stoppet. Vælg ovenfor, hvornår du vil have besked.
bell-push-button = Få beskeder på denne enhed
bell-push-waiting = Spørger browseren om lov …
bell-push-denied = Browseren sagde nej eller kan ikke tage imod beskeder. Brug e-mail i stedet.
bell-push-error = Browserens abonnement kunne ikke bruges. Prøv igen, eller brug e-mail.
bell-push-done = Klokken er startet for { $stop } på denne enhed.
push-bell-body = Tryk for at se, hvor bussen er.
push-bell-stop = Stop beskeder
bus-extras = Ekstra ture på bestemte datoer
plan-extras = Ekstra ture på bestemte datoer
plan-extras-help = Fx byfest eller en sommerlørdag. Et ekstra besøg kører også i en pause og vises med det samme i køreplanen, kalenderen og GTFS-filen.
plan-col-stop = Stop
plan-col-date = Dato
plan-extra-add = Tilføj ekstra besøg
plan-extra-delete = Slet
plan-saved-ekstra = Det ekstra besøg er gemt og vises nu offentligt.
plan-saved-ekstra-slettet = Det ekstra besøg er slettet.
plan-error-stop = Vælg et stop.
plan-error-date = Vælg en dato fra i dag og højst et år frem.
plan-error-matrix = Afstandstabellen (SAMMEN_BUS_MATRIX) mangler stoppet "{ $stop }". Tilføj det i filen, eller fjern indstillingen for at bruge luftlinje.
plan-wishes = Hvad stoppene ønsker
plan-wishes-help = Planlæggeren bruger dette: hvor mange gange om ugen, på hvilke dage, i hvilket tidsrum og hvor længe bussen skal holde.
plan-wish-per-week = { $count } gang(e) om ugen
plan-wish-stay = { $min } min.
plan-wish-title = Ønsker for { $stop }
plan-wish-field-per-week = Besøg om ugen (0–5)
plan-wish-field-per-week-hint = 0 betyder, at stoppet ikke er med i planen lige nu.
plan-wish-field-days = Dage bussen må komme
plan-wish-field-from = Ankomst tidligst (TT.MM)
plan-wish-field-to = Ankomst senest (TT.MM)
plan-wish-field-window-hint = Fx skolen 14.00–15.00. Lad begge felter stå tomme, hvis tidspunktet er ligegyldigt.
plan-wish-field-activities = Det sker ved stoppet
plan-saved-stop = Stoppets ønsker er gemt. Beregn et nyt forslag for at bruge dem.
plan-error-per-week = Skriv et tal fra 0 til 5.
plan-error-per-week-days = Der er færre dage valgt end besøg om ugen; hvert besøg skal være på sin egen dag.
plan-error-days = Vælg mindst én dag.
plan-error-window = Skriv både tidligst og senest som TT.MM, fx 9.30, og tidligst før senest – eller lad begge stå tomme.

# Trust: abuse limits and unproven accounts
account-error-unproven = Kontoens e-mailadresse er ikke bekræftet, så den kan ikke få roller. Invitér adressen under Konti: så får personen et link og vælger selv sin adgangskode.
error-429-title = For mange forsøg
error-429-text = Der er sendt for mange på kort tid herfra. Prøv igen om { $minutes } { $minutes ->
        [one] minut
       *[other] minutter
    }. Haster det, så ring til os.
form-error-too-fast = Formularen blev sendt, før den kunne nå at blive udfyldt. Vent et øjeblik, og send den igen.
form-error-honeypot = Feltet «Lad dette felt stå tomt» skal være tomt.
bell-push-error-twice = Siden er allerede brugt til en tilmelding. Genindlæs siden, hvis du vil prøve igen.

## rides
rides-ordered-by = Bestilt af
rides-admin-tile = Kørsel med frivillige chauffører
rides-ask-link = Kan du ikke selv komme derhen? Bestil en frivillig chauffør
rides-title = Bestil kørsel med en frivillig chauffør
rides-lead = Frivillige chauffører kører dig til et tilbud eller et arrangement og hjem igen – én gang eller hver uge. Det koster ikke noget.
rides-privacy = Vi bruger dine oplysninger til at finde en chauffør. Chaufføren får dit navn, din adresse og dit telefonnummer. Vi sletter dem 30 dage efter den sidste tur.
rides-on-behalf = Personen ved, at jeg bestiller kørslen, og vil gerne køres
rides-on-behalf-hint = Du er logget ind og bestiller på en andens vegne – fx efter en telefonsamtale. Vi skriver, at det er dig, der har bestilt.
rides-destination = Hvor skal du hen?
rides-destination-hint = Navnet på tilbuddet eller arrangementet og gerne adressen – fx Koret i Asnæs Kulturhus
rides-name = Navn
rides-phone = Telefonnummer
rides-phone-hint = Chaufføren ringer, hvis der er noget – fx 12 34 56 78
rides-email = E-mail (hvis du har en)
rides-email-hint = Så får du en bekræftelse og linket til at ændre eller aflyse
rides-address = Hvor skal du hentes?
rides-address-hint = Gade og husnummer – fx Storegade 12
rides-town = By
rides-choose-town = Vælg by
rides-date = Første dato
rides-date-hint = Fx 8.12.2026
rides-repeat = Hvor tit?
rides-repeat-en = Én gang
rides-repeat-hver-uge = Hver uge på samme dag
rides-weeks = Hvor mange uger? (2–12)
rides-weeks-hint = Kun hvis det er hver uge – fx 8
rides-weeks-hint-event = Kun hvis det er hver uge. Vi følger arrangementets egne datoer.
rides-out = Hvornår skal du hentes?
rides-out-hint = Klokkeslæt – fx 13.30
rides-home = Hvornår skal du hentes til hjemturen?
rides-home-hint = Fx 16.00. Lad feltet stå tomt, hvis du ikke skal køres hjem.
rides-note = Godt at vide for chaufføren
rides-note-hint = Fx rollator, kørestol, svært ved trapper
rides-relative = Pårørende, der får besked ved afhentning
rides-relative-hint = Hvis du vil: en, der får en mail, når du bliver hentet
rides-relative-email = Den pårørendes e-mail
rides-send = Bestil kørsel
rides-error-destination = Skriv, hvor du skal hen – fx Koret i Asnæs Kulturhus.
rides-error-name = Skriv dit navn.
rides-error-phone = Skriv et telefonnummer med mindst 8 cifre – fx 12 34 56 78.
rides-error-email = Skriv e-mailadressen, så den ligner navn@eksempel.dk – eller lad feltet stå tomt.
rides-error-address = Skriv gade og husnummer – fx Storegade 12.
rides-error-town = Vælg en by fra listen.
rides-error-date = Skriv en dato fra i dag og højst et år frem – fx 8.12.2026.
rides-error-repeat = Vælg, om det er én gang eller hver uge.
rides-error-weeks = Skriv et antal uger fra 2 til 12.
rides-error-time = Skriv et klokkeslæt som TT.MM – fx 13.30.
rides-error-home-after = Hjemturen skal være senere end afhentningen – fx 16.00.
rides-error-relative-email = Skriv den pårørendes e-mail, så den ligner navn@eksempel.dk.
rides-error-relative-name = Skriv den pårørendes navn.
rides-error-on-behalf = Sæt kryds, når personen ved besked og vil køres.
rides-error-no-event-date = Arrangementet har ingen datoer fra den dato. Vælg en anden dato.
rides-error-action = Det kunne vi ikke forstå. Prøv igen fra siden.
rides-private-title = Din kørsel
rides-created = Tak! Din bestilling er sendt.
rides-keep-link = Gem denne side (fx som bogmærke). Her kan du se, ændre og aflyse kørslen. Vi skriver, når en chauffør er fundet.
rides-status-new = Vi leder efter en chauffør.
rides-status-confirmed = { $name } kører dig.
rides-status-cancelled = Kørslen er aflyst.
rides-dates = Datoer
rides-date-cancelled = aflyst
rides-cancel-date = Aflys denne dag
rides-cancel-all = Aflys hele kørslen
rides-change-title = Ændr tider eller besked
rides-change = Gem ændringerne
rides-cancelled-text = Kørslen er aflyst. Du kan altid bestille en ny.
rides-no-return = Ingen hjemtur
rides-done-aflyst = Dagen er aflyst. Chaufføren har fået besked.
rides-done-aflyst-alt = Kørslen er aflyst.
rides-done-aendret = Ændringerne er gemt.
rides-desk-title = Kørsel
rides-ask-for-someone = Bestil kørsel for en borger
rides-waiting = Venter på en chauffør
rides-none-waiting = Ingen bestillinger venter.
rides-planned = Planlagte kørsler
rides-none-planned = Ingen planlagte kørsler.
rides-driver = Chauffør
rides-no-dates = Ingen datoer
rides-dates-from = { $first } og { $count } gange i alt
rides-mileage-title = Kørselsgodtgørelse
rides-month = Måned
rides-month-hint = ÅÅÅÅ-MM – fx 2026-11
rides-mileage-download = Hent CSV-fil
rides-ride-title = Bestilling af kørsel
rides-back-desk = Tilbage til kørsel
rides-state-new = Venter på en chauffør
rides-state-confirmed = Chauffør fundet
rides-state-cancelled = Aflyst
rides-km-per-date = Km pr. dag (begge veje)
rides-day-link = Dagsliste
rides-proposals = Forslag til chauffør
rides-no-candidates = Ingen chauffør kan køre alle datoerne. Ring til chaufførerne, eller ret deres dage og tider i registret.
rides-choose-driver = Vælg chauffør
rides-why-same-driver = har kørt personen før
rides-why-same-village = bor i samme by
rides-why-km = { $km } km væk
rides-confirm = Bekræft chaufføren
rides-error-driver = Vælg en af de foreslåede chauffører.
rides-drivers-title = Frivillige chauffører
rides-drivers-lead = Chaufførerne foreslås kun, når straffeattest, kørekort og forsikring er gyldige. Vi sender en påmindelse 30 dage før noget udløber.
rides-no-drivers = Der er ingen chauffører endnu.
rides-driver-town = Bor i
rides-driver-days = Dage
rides-driver-hours = Tider
rides-vetting = Godkendelse
rides-vetting-ok = I orden
rides-vetting-record = straffeattest mangler eller er for gammel
rides-vetting-licence = kørekort ikke gyldigt
rides-vetting-insurance = forsikring ikke gyldig
rides-actions = Handlinger
rides-driver-edit = Ret
rides-driver-edit-title = Ret chauffør
rides-driver-add = Ny chauffør
rides-driver-email = E-mail
rides-driver-from = Kan køre fra kl.
rides-driver-to = Til kl.
rides-driver-hours-hint = Første afhentning og sidste hjemtur – fx 9.00 og 17.00
rides-driver-areas = Henter i disse byer
rides-driver-areas-hint = Vælg ingen, hvis chaufføren kører i hele kommunen.
rides-driver-record = Straffeattestens dato
rides-driver-record-hint = Fx 15.1.2026. Den gælder i to år.
rides-driver-licence = Kørekortet gælder til
rides-driver-insurance = Forsikringen gælder til
rides-driver-date-hint = Fx 31.12.2030
rides-driver-active = Aktiv (kan foreslås)
rides-driver-save = Gem chauffør
rides-driver-saved = Chaufføren er gemt.
rides-driver-inactive = ikke aktiv
rides-error-days = Vælg mindst én dag.
rides-error-hours = Skriv fra og til som TT.MM, fx 9.00 og 17.00, og fra før til.
rides-error-vetting-date = Skriv en dato – fx 15.1.2026 – eller lad feltet stå tomt.
rides-day-title = Dagsliste
rides-day-previous = Dagen før
rides-day-next = Dagen efter
rides-day-empty = Ingen kørsler denne dag.
rides-day-time = Kl.
rides-day-what = Tur
rides-day-who = Hvem
rides-day-from = Fra
rides-day-to = Til
rides-day-out = Ud
rides-day-home = Hjem
rides-day-km = Kørt i alt
rides-day-print = Udskriv siden og tag den med i bilen.
rides-lift-link = Kører du alligevel? Tilbyd et lift til en, der ikke selv kan komme derhen
rides-lift-title = Tilbyd et lift
rides-lift-lead = Skal du alligevel af sted? Skriv, hvor mange pladser du har. Koordinatoren sender dig en mail med, hvem du kan tage med – ingen andre ser det.
rides-lift-seats = Ledige pladser
rides-lift-seats-hint = Fra 1 til 8
rides-lift-from = Du kører fra
rides-lift-note = Godt at vide
rides-lift-note-hint = Fx "kører fra Asnæs kirke kl. 18.30"
rides-lift-send = Tilbyd pladserne
rides-lift-thanks = Tak! Koordinatoren skriver til dig, hvis nogen kan køre med.
rides-lift-yours = Du har tilbudt { $seats } plads(er); { $taken } er taget.
rides-error-seats = Skriv et antal pladser fra 1 til 8.
rides-lifts = Lift med nogen, der alligevel skal af sted
rides-choose-lift = Vælg et lift
rides-connect-lift = Sæt dem i forbindelse
rides-lift-free = { $free } ledig(e) plads(er)
rides-lift-from-town = kører fra { $town }
rides-lift-connected = Lift med en, der alligevel skal af sted
rides-error-lift = Vælg et af liftene med en ledig plads.
rides-status-lift = Du får et lift med en, der alligevel skal af sted. Vi har sendt dig en mail.

## transport
transport-heading = Sådan kommer du derhen
transport-back = Tilbage til
transport-from = Hvor kommer du fra?
transport-from-town = Fra
transport-show = Vis rejsen
transport-next = Næste gang: { $when }
transport-error-town = Vælg en by fra listen
transport-mode-train = Tog
transport-mode-bus = Bus
transport-mode-glade-bus = Den Glade Bus
transport-mode-other = Rute
transport-ride = { $mode } fra { $from } { $time }
transport-change = skift i { $stop }
transport-arrive = fremme { $time }
transport-walk-min = { $minutes } min. gang
transport-last-home = sidste vej hjem { $time }
transport-step-walk-to = Gå hjemmefra { $time }: { $minutes } min. til { $stop }
transport-step-ride = { $depart } { $what } fra { $from } til { $to }, fremme { $arrive }
transport-step-walk-from = Gå { $minutes } min., fremme { $time }
transport-step-walk-to-stop = Gå { $time }: { $minutes } min. til { $stop }
transport-step-walk-home = Gå { $minutes } min., hjemme { $time }
transport-there = Derhen
transport-home = Hjem igen
transport-home-first = Første vej hjem
transport-home-last = Sidste vej hjem
transport-walk = Du kan gå derhen: cirka { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}.
transport-none = Vi fandt ingen bus eller tog fra { $town }, der når frem til tiden. Se de andre måder herunder.
transport-none-home = Vi fandt ingen bus eller tog hjem efter { $time }.
transport-no-timetable = Vi har ingen køreplan for bus og tog endnu.
transport-no-date = Der er ingen kommende dato, så vi kan ikke finde bus eller tog.
transport-other-ways = Andre måder at komme derhen
transport-flextur-price = Flextur (bestilt kørsel fra dør til dør): cirka { $kr } kr. for { $km } km.
transport-flextur-book-hours = Bestil senest { $hours } timer før på
transport-flextur-book-minutes = Bestil senest { $minutes } minutter før på
transport-glade-bus = Den Glade Bus kommer til mange landsbyer
transport-ambassador = Få følgeskab første gang
transport-invented = Eksempeldata: køreplanen i demoen har opdigtede tider. Brug Rejseplanen til rigtige rejser.
transport-bus-stop-link = bus og tog fra din by til næste besøg og hjem igen
transport-offer-link = Vælg, hvor du kommer fra, og se bus og tog derhen og hjem igen.
transport-guide-reason = bus eller tog når frem til tiden
transport-print-none = Ingen bus eller tog til tiden fra { $town }: Flextur eller Den Glade Bus.

## posters (issue 19)
posters-back = Tilbage til siden
posters-print-hint = Udskriv siden for at få plakaten på én A4-side.
posters-welcome = Alle er velkomne – kom, som du er.
posters-scan = Scan koden, eller gå ind på
posters-qr-label = QR-kode til { $url }
posters-online = Online
posters-free = Gratis
posters-price = Pris: { $kr } kr.
posters-bus-title = Den Glade Bus kommer til { $stop }
posters-bus-text = Kom forbi til kaffe, en snak og noget at lave sammen. Det er gratis, og du behøver ikke melde dig til.
posters-link = Plakat til opslagstavlen

## stories (issue 19)
stories-admin-tile-title = Fortællinger
stories-admin-tile-text = Læs, redigér og udgiv borgernes fortællinger om ensomhed.
stories-share-title = Fortæl din historie
stories-share-lead = Har du været ensom – og fundet et fællesskab? Din historie kan hjælpe andre til at tale om det.
stories-share-privacy = Du er anonym. Skriv ikke navne eller steder, som kan vise, hvem du er. En redaktør læser historien, før den bliver vist, og kan fjerne ting, der kan genkendes. Du får et privat link, hvor du altid kan trække den tilbage.
stories-share-link = Fortæl din egen historie
stories-body = Din historie
stories-body-hint = Mindst 40 og højst 3.000 tegn. Lav en tom linje mellem afsnit.
stories-signature = Hvem er du? (frivilligt)
stories-signature-hint = Fx "Kvinde, 70 år". Lad feltet stå tomt for at være helt anonym.
stories-arena = Hvor i livet?
stories-age = Alder
stories-situation = Livssituation
stories-tag-none = Vil ikke sige
stories-arena-home = Hjem og nærmiljø
stories-arena-school = Skole og uddannelse
stories-arena-leisure = Fritid og foreninger
stories-arena-work = Arbejde
stories-arena-health = Sundhed
stories-age-0-12 = 0–12 år
stories-age-13-17 = 13–17 år
stories-age-18-29 = 18–29 år
stories-age-30-64 = 30–64 år
stories-age-65plus = 65 år eller ældre
stories-situation-flytning = Flytning
stories-situation-skoleskift = Skoleskift
stories-situation-enke = Enke eller enkemand
stories-situation-ledighed = Ledighed
stories-situation-sygdom = Sygdom
stories-consent = Jeg giver lov til, at kommunen viser min historie på Sammen – uden mit navn
stories-consent-hint = Du kan altid trække den tilbage med dit private link.
stories-send = Send historien
stories-done-shared = Tak for din historie. Gem linket til denne side: det er den eneste vej til at se den og trække den tilbage.
stories-private-title = Din historie
stories-private-sent = Det skrev du
stories-private-public = Sådan bliver den vist
stories-status-new = En redaktør har ikke læst den endnu. Den bliver ikke vist før.
stories-status-published = Den bliver vist under Fortællinger.
stories-status-rejected = Redaktøren har valgt ikke at vise den. Teksten er slettet.
stories-status-withdrawn = Du har trukket historien tilbage. Teksten er slettet.
stories-withdraw-heading = Træk historien tilbage
stories-withdraw-text = Så bliver teksten slettet med det samme og vises ingen steder.
stories-withdraw = Træk tilbage og slet
stories-voices-title = Fortællinger
stories-voices-intro = Mennesker i kommunen fortæller om at være ensom – og om at finde nogen. Du er ikke den eneste.
stories-voices-link = Læs andres fortællinger
stories-voices-heading = Andre fortæller
stories-all = Alle
stories-filter = Vis
stories-none = Der er ingen fortællinger endnu.
stories-anonymous = Anonym
stories-error-body = Skriv din historie med 40 til 3.000 tegn
stories-error-signature = Skriv højst 60 tegn om, hvem du er
stories-error-tag = Vælg fra listen
stories-error-consent = Sæt kryds, hvis vi må vise historien – ellers gemmer vi den ikke
stories-error-action = Vælg, hvad der skal ske med historien
stories-error-withdrawn = Historien er trukket tilbage imens og bliver ikke vist
stories-desk-title = Fortællinger
stories-desk-intro = Nye fortællinger står øverst. Fjern navne og steder, der kan vise, hvem det er, før du udgiver.
stories-desk-none = Der er ingen fortællinger.
stories-desk-when = Modtaget
stories-desk-status = Status
stories-desk-start = Begyndelsen
stories-desk-new = Venter på redaktør
stories-desk-story = En fortælling
stories-desk-back = Tilbage til fortællingerne
stories-desk-to-publish = Det bliver vist
stories-desk-body = Tekst til visning
stories-desk-body-hint = Fjern navne, steder og andet, der kan vise, hvem det er.
stories-desk-publish = Udgiv
stories-desk-reject = Afvis og slet

## pages (issue 19): pages staff write
pages-guides-intro = Vil du selv spørge en, du er bekymret for?
pages-guide-ask = Sådan spørger du
pages-guide-tells = Hvis nogen fortæller dig det
pages-menu = Læs også
pages-admin-tile-title = Sider
pages-admin-tile-text = Skriv og udgiv siderne om ensomhed, med klarsprogsmåler.
pages-list-title = Sider
pages-list-intro = Siderne om ensomhed, som borgerne læser. Hver gemt udgave bliver gemt, og du kan altid hente en gammel frem igen.
pages-none = Der er ingen sider endnu.
pages-new = Ny side
pages-edit = Redigér siden { $slug }
pages-back = Tilbage til siderne
pages-state = Status
pages-state-draft = Kladde – ikke udgivet
pages-state-changed = Udgivet – en nyere kladde venter
pages-state-published = Udgivet
pages-address = Adresse
pages-slug = Adresse
pages-slug-hint = Små bogstaver, tal og bindestreg, fx om-ensomhed. Siden kan læses på /side/adressen.
pages-lang = Sprog
pages-audience = Skrevet til
pages-audience-borgere = Borgere (LIX højst 35)
pages-audience-unge = Unge (LIX højst 25)
pages-title = Titel
pages-body = Tekst
pages-body-hint = Skriv i Markdown: ## for en overskrift, - for et punkt, [ord](/adresse) for et link.
pages-markdown-help = HTML, billeder og links til andet end https, mail og telefon bliver vist som tekst.
pages-create = Opret kladde
pages-preview = Vis forhåndsvisning
pages-save-draft = Gem som kladde
pages-publish = Udgiv
pages-restore = Hent frem igen
pages-previewing = Forhåndsvisning – intet er gemt endnu.
pages-done-gemt = Kladden er gemt. Borgerne ser den først, når du udgiver.
pages-done-udgivet = Siden er udgivet.
pages-done-gendannet = Den gamle udgave er hentet frem som en ny kladde. Udgiv den, når den er klar.
pages-see-public = Se siden, som borgerne ser den
pages-meter = Klarsprog
pages-lix-goal = målet er højst { $goal }
pages-lix-over = Teksten er for svær: skriv kortere sætninger og kortere ord.
pages-lix-counts = { $words } ord, { $sentences } sætninger, { $long } lange ord (over 6 bogstaver).
pages-very-long = Meget lange ord
pages-passive = Mulig passiv form
pages-preview-heading = Sådan ser teksten ud
pages-versions = Gemte udgaver
pages-saved = Gemt
pages-by = Af
pages-author-none = Systemet
pages-updated = Senest opdateret { $when }.
pages-error-slug = Skriv en adresse med 2–60 små bogstaver, tal og bindestreger
pages-error-slug-taken = Der er allerede en side med den adresse på det sprog
pages-error-lang = Vælg dansk eller engelsk
pages-error-audience = Vælg, hvem siden er skrevet til
pages-error-title = Skriv en titel på højst 120 tegn
pages-error-body = Skriv en tekst på højst 40.000 tegn
pages-error-action = Vælg, om du vil se, gemme eller udgive
pages-error-version = Den udgave findes ikke på denne side
## figures
outcomes-better = { $better } scorede lavere anden gang (afrundet til 5).
outcomes-better-hidden = Hvor mange der scorede lavere anden gang, vises ikke: tallet er under 10, eller det kunne regnes ud af de andre.
figures-title = Tal om ensomhed
figures-lead = Hvor mange der føler sig ensomme i { $municipality } og i hele landet – og vejen mod målet i den nationale strategi "Sammen mod ensomhed" (2023): halvt så mange svært ensomme i 2040.
figures-disclosure = Tal om personer vises aldrig for færre end 10, og antal afrundes til nærmeste 5.
figures-download = Tallene bag graferne:
figures-series-nation = Hele landet
figures-series-path = Vejen til halvdelen i 2040
figures-in-year = { $share } % i { $year }
figures-path = Udgangspunkt ({ $area }, { $year }): { $baseline } %. Målet i 2040: { $target } %. Senest målt ({ $nowyear }): { $now } % – på en lige vej mod målet ville det være { $onpath } %.
figures-no-municipality = { $municipality } har ikke lagt egne tal for dette ind endnu. Vi viser aldrig opfundne tal.
figures-table-caption = { $indicator }: andel i procent (95 %-konfidensinterval i parentes)
figures-col-year = År
figures-interval = Konfidensintervallet viser, hvor sikkert tallet er: den rigtige andel ligger med 95 % sikkerhed inden for det. "–" betyder, at der ikke er et tal.
figures-none = Der er ingen tal for denne indikator endnu.
figures-method = Sådan er det målt
figures-cannot = Hvad tallet ikke kan sige
figures-sources = Kilder
figures-ind-svaert-ensom-name = Svært ensomme, 16 år og ældre
figures-ind-svaert-ensom-method = Andelen, der scorer 7–9 point på tre-spørgsmålsskalaen om ensomhed (3–9 point) i Sundhedsprofilen: en spørgeskemaundersøgelse hvert fjerde år blandt et tilfældigt udvalg af voksne, med svarene vægtet, så de ligner befolkningen.
figures-ind-svaert-ensom-limits = Tallet siger ikke, hvem der er ensomme, hvorfor, eller hvor længe. Det kommer kun hvert fjerde år, så det viser ikke, hvad der sker imellem, og små forskelle kan være tilfældige (se konfidensintervallet). Svar fra selvtesten på denne side er ikke en undersøgelse: dem, der svarer, har selv valgt det.
figures-ind-ofte-uoensket-alene-name = Ofte uønsket alene, 16 år og ældre
figures-ind-ofte-uoensket-alene-method = Andelen, der i Sundhedsprofilen svarer, at de ofte er uønsket alene.
figures-ind-ofte-uoensket-alene-limits = At være alene er ikke det samme som at være ensom. Tallet siger ikke, hvorfor eller hvor længe, og små forskelle kan være tilfældige.
figures-admin-title = Indlæs tal fra Sundhedsprofilen
figures-admin-lead = Indsæt de offentliggjorte tal fra Sundhedsprofilen (danskernessundhed.dk) som CSV. Hele filen indlæses, eller intet: er der en fejl, står linjen i fejlbeskeden, og intet gemmes. Et tal med samme år, indikator og opdeling erstatter det gamle. Tal, kommunen ikke har, lader du bare være.
figures-admin-area = Hvis tal er det?
figures-admin-area-kommune = Kommunens egne tal ({ $municipality })
figures-admin-area-land = Hele landets tal
figures-admin-csv = Tallene som CSV
figures-admin-csv-hint = Første linje: { $columns }. Kendte indikatorer: { $list }. Andel og konfidensinterval i procent (12,4 eller 12.4); antal og interval må være tomme; kilden skal altid med.
figures-admin-submit = Indlæs tallene
figures-admin-done = { $count } tal er indlæst.
figures-admin-empty = Indsæt tallene som CSV.
figures-admin-too-long = Filen er for lang til formularen: brug kommandoen sammen import figures.
figures-admin-no-area = Vælg, om det er kommunens eller hele landets tal.
figures-admin-public = Se den offentlige side med tal
figures-selfcheck-title = Svar fra selvtesten her på siden
figures-selfcheck-lead = Når nogen tager selvtesten "Hvordan har du det?" og sætter flueben ved "tæl mit svar anonymt med", tælles svaret med her: pr. måned, efter hvor ofte de føler sig ensomme.
figures-selfcheck-limits = Det er ikke en undersøgelse: dem, der svarer, har selv valgt det, og den samme person kan svare flere gange. Tallene kan ikke sammenlignes med Sundhedsprofilen. Færre end 10 vises ikke ("skjult"), andre antal er afrundet til 5, og et ekstra tal skjules, hvis et skjult tal ellers kunne regnes ud fra summen.
figures-selfcheck-caption = Svar pr. måned efter point på ensomhedsskalaen (antal, afrundet til 5)
figures-selfcheck-month = Måned
figures-selfcheck-seldom = Sjældent ensom (3–4)
figures-selfcheck-sometimes = Af og til (5–6)
figures-selfcheck-often = Ofte (7–9)
figures-selfcheck-total = I alt
figures-selfcheck-none = Ingen har talt deres svar med endnu.
figures-selfcheck-csv = Tabellen som CSV
figures-hidden = skjult
figures-outcomes-title = Samtaler med en ambassadør: før og efter
figures-outcomes-lead = Når en ambassadør har talt med nogen, kan personen – hvis de vil – svare på ensomhedsskalaen ved første kontakt og igen efter cirka tre måneder. Parret gemmes uden navn og uden forbindelse til samtalen.
figures-outcomes-limits = Kun dem, der selv har sagt ja til at svare to gange, tæller med, og der er ingen sammenligningsgruppe: en ændring kan have mange grunde.
figures-admin-stored = Gemte tal
figures-admin-none = Der er ikke indlæst tal endnu.
figures-admin-stored-caption = Alle tal med alle opdelinger (de indbyggede landstal med)
figures-admin-col-indicator = Indikator
figures-admin-col-area = Område
figures-admin-col-breakdown = Opdeling
figures-admin-col-share = Andel (95 %-konfidensinterval)
figures-admin-col-count = Antal (afrundet til 5)
figures-directory-title = Vejviseren: tilbud og hvor friske de er
figures-freshness = { $fresh } af { $count } tilbud ({ $share } %) er bekræftet af arrangøren siden { $since } – altså inden for de seneste 12 måneder.
figures-arenas-caption = Tilbud pr. livsarena (et tilbud kan høre til flere)
figures-arenas-arena = Livsarena
figures-arenas-offers = Tilbud
figures-directory-limits = Tallene tæller tilbud, ikke mennesker: de siger ikke, hvor mange der kommer, eller om et tilbud passer til nogen. Et bekræftet tilbud er et, som arrangøren har sagt stadig er rigtigt.
figures-nation-in-sentence = hele landet

## campaigns (issue 19)
home-campaign-kicker = Kampagneuge
campaigns-title = Kampagner
campaigns-intro = I en kampagneuge gør mange noget sammen på samme tid: hilser, spiser sammen, åbner dørene. Find en kampagne, og vær med.
campaigns-none = Der er ingen kampagner lige nu.
campaigns-now = Nu og snart
campaigns-earlier = Tidligere kampagner
campaigns-back = Alle kampagner
campaign-events-count = { $count ->
    [one] 1 arrangement
   *[other] { $count } arrangementer
}
campaign-seats-count = cirka { $count } har tilmeldt sig
campaign-events-heading = Arrangementer i kampagnen
campaign-events-none = Der er ingen arrangementer endnu. Vil du være vært?
campaign-hosts-heading = Vær vært
campaign-hosts-how = Foreninger og grupper opretter et arrangement i Sammen og vælger kampagnen i formularen. Vi ser arrangementet igennem, før det kommer med her.
campaign-hosts-sign-in = Log ind og opret et arrangement
campaign-poster = Plakat til opslagstavlen
campaign-desk-title = Kampagner
campaign-desk-intro = Skriv en kampagne med datoer, budskab og en opfordring til værter. Foreninger vælger kampagnen, når de opretter et arrangement, og du godkender hvert arrangement her.
campaign-new-title = Ny kampagne
campaign-desk-back = Tilbage til kampagnerne
campaign-desk-public = Se kampagnens side
campaign-desk-tally = Godkendte arrangementer: { $count }. Venter: { $waiting }. Tilmeldte: { $seats }.
campaign-desk-entries = Arrangementer der vil være med
campaign-desk-no-entries = Ingen arrangementer har valgt kampagnen endnu.
campaign-desk-event = Arrangement
campaign-desk-when = Første gang
campaign-desk-status = Status
campaign-desk-decide = Beslut
campaign-desk-edit = Ret kampagnen
campaign-accept = Godkend
campaign-decline = Afvis
campaign-taking-waiting = Venter
campaign-taking-accepted = Godkendt
campaign-taking-declined = Afvist
campaign-label-title = Navn
campaign-hint-slug = Kampagnens adresse: /kampagne/adressen. Små bogstaver, tal og bindestreg.
campaign-label-from = Første dag
campaign-label-to = Sidste dag
campaign-hint-date = Skriv dag.måned.år, fx 1.2.2027.
campaign-label-message = Budskab
campaign-hint-markdown = Skriv kort og enkelt. Du kan bruge Markdown: en tom linje mellem afsnit, **fed**, - punkter.
campaign-label-hosts = Opfordring til værter
campaign-hint-hosts = Hvad kan en vært gøre? Fx: Inviter en nabo med til aftensmad.
campaign-save = Gem kampagnen
campaign-saved = Kampagnen er gemt.
campaign-decided = Beslutningen er gemt.
campaign-error-slug = Skriv en adresse med 2–60 små bogstaver, tal og bindestreg, fx odsherred-spiser-sammen.
campaign-error-title = Skriv kampagnens navn (højst 120 tegn).
campaign-error-message = Skriv budskabet (højst 4.000 tegn).
campaign-error-hosts = Skriv opfordringen til værter (højst 4.000 tegn).
campaign-error-date = Skriv datoen som dag.måned.år, fx 1.2.2027.
campaign-error-span = Den sidste dag skal være samme dag som den første eller senere, og en kampagne varer højst to måneder.
campaign-error-taken = Der er allerede en kampagne med den adresse. Vælg en anden.
campaign-error-action = Vælg Godkend eller Afvis.
event-label-campaign = Kampagne
event-hint-campaign = Er arrangementet en del af en kampagneuge? Så vælg den. Arrangementet skal holdes i kampagnens dage.
event-no-campaign = Ingen kampagne
event-error-campaign = Arrangementet skal holdes i kampagnens dage. Vælg en anden dato eller ingen kampagne.
campaign-admin-tile-title = Kampagner
campaign-admin-tile-text = Kampagneuger: datoer, budskab, plakat og de arrangementer, der er med.

## schedule words (the repeat rule in words)
schedule-daily = hver dag
schedule-weekly = hver { $list }
schedule-fortnightly = hver anden { $list }
schedule-monthly-1 = første { $day } i måneden
schedule-monthly-2 = anden { $day } i måneden
schedule-monthly-3 = tredje { $day } i måneden
schedule-monthly-4 = fjerde { $day } i måneden
schedule-monthly-last = sidste { $day } i måneden
## strategy and indicators (issue 18)
strategy-title = Strategien mod ensomhed
strategy-lead = Sådan arbejder { $municipality } mod ensomhed: mål for hver af de fem livsarenaer og de initiativer, der skal nå dem.
strategy-one-goal = Ét mål, mange veje: hvert initiativ har en ansvarlig og en status, og nogle følges af tal, som du kan se på siden med tal.
strategy-to-figures = Se tallene: virker det?
strategy-none = Der er ikke skrevet mål ind endnu.
strategy-goal-label = Mål
strategy-no-initiatives = Der er ingen initiativer under dette mål endnu.
strategy-status = Status
strategy-status-planned = Planlagt
strategy-status-running = I gang
strategy-status-done = Afsluttet
strategy-status-stopped = Stoppet
strategy-owner = Ansvarlig
strategy-owner-hint = Fx en afdeling, en forening eller et udvalg.
strategy-group = Arbejdsgruppe
strategy-group-hint = Den undergruppe under udvalget, der arbejder med det. Kan være tom.
strategy-period-label = Periode
strategy-period = { $start } – { $end }
strategy-date-open = ikke fastsat
strategy-offers = Tilbud
strategy-events = Arrangementer
strategy-followed-by = Følges af
strategy-offer-gone = Tilbud nr. { $id } (ikke i vejviseren nu)
strategy-admin-title = Strategi: mål og initiativer
strategy-admin-lead = Her holder I kommunens strategi mod ensomhed ajour. Alt, hvad I gemmer, vises straks på den offentlige side om strategien.
strategy-admin-public = Se den offentlige side
strategy-saved = Gemt. Ændringen vises nu på siden om strategien.
strategy-back = Tilbage til strategien
strategy-goal-new = Nyt mål
strategy-goal-edit = Ret mål
strategy-goal = Mål
strategy-goal-title = Målet
strategy-goal-title-hint = Skriv målet kort og i hverdagssprog, fx "Flere unge er med i et fællesskab".
strategy-arena = Livsarena
strategy-description = Beskrivelse
strategy-initiative-new = Nyt initiativ
strategy-initiative-edit = Ret initiativ
strategy-initiative-title = Initiativets navn
strategy-start = Start
strategy-end = Slut
strategy-date-hint = En dato, fx 1.3.2026. Lad feltet stå tomt, hvis den ikke er fastsat.
strategy-offers-hint = Numrene på tilbud i vejviseren (tallet i adressen /tilbud/12), adskilt af komma.
strategy-events-hint = Numrene på arrangementer i kalenderen (tallet i adressen /arrangement/7), adskilt af komma.
strategy-indicators = Hvilke tal følger initiativet?
strategy-save = Gem
strategy-error-arena = Vælg den livsarena, målet hører til.
strategy-error-title = Skriv en titel på mellem 3 og 120 tegn.
strategy-error-description = Beskrivelsen må højst være 1.000 tegn.
strategy-error-goal = Vælg det mål, initiativet hører til.
strategy-error-owner = Skriv, hvem der er ansvarlig (mellem 2 og 120 tegn).
strategy-error-group = Arbejdsgruppens navn må højst være 120 tegn.
strategy-error-status = Vælg en status.
strategy-error-date = Skriv datoen som fx 1.3.2026, eller lad feltet stå tomt.
strategy-error-end-before-start = Slutdatoen ligger før startdatoen.
strategy-error-ids = Skriv numrene som tal adskilt af komma, fx 12, 14 (højst 30).
strategy-error-indicator = Vælg kun blandt de viste tal.
strategy-error-unknown-offers = Disse tilbud findes ikke i kommunens vejviser: { $ids }.
strategy-error-unknown-events = Disse arrangementer findes ikke i kommunens kalender: { $ids }.
strategy-ind-svaert-ensom = Andel meget ensomme (Sundhedsprofilen)
strategy-ind-ofte-uoensket-alene = Andel ofte uønsket alene (Sundhedsprofilen)
strategy-ind-selvtest = Svar fra selvtesten
strategy-ind-ambassadoer-udfald = Samtaler med en ambassadør: før og efter
strategy-ind-tilmeldinger = Tilmeldinger til arrangementer
strategy-ind-daekning = Vejviserens dækning: tilbud pr. livsarena og by
strategy-ind-friskhed = Vejviserens friskhed
strategy-ind-guide = Gennemførte forløb i "Find dit fællesskab"
strategy-ind-bus-besoeg = Besøgende ved Den Glade Bus
indicators-csv = Sammens egne tal som CSV
indicators-to-strategy = Se strategien: mål og initiativer
indicators-none = Ingen (online eller ikke angivet)
indicators-first = Første gang
indicators-again = Igen
indicators-count = Antal
indicators-town = By
indicators-stop = Stoppested
indicators-arena = Livsarena
indicators-signups-title = Tilmeldinger til arrangementer
indicators-signups-lead = Hvor mange der melder sig til arrangementer i kalenderen: pr. måned (for den dato, de har meldt sig til), livsarena og by, og hvor mange der melder sig til for første gang.
indicators-signups-none = Der er ingen tilmeldinger at vise endnu.
indicators-signups-arena-caption = Tilmeldinger pr. måned og livsarena (antal, afrundet til 5)
indicators-signups-first-caption = Tilmeldinger pr. måned: første gang eller igen (antal, afrundet til 5)
indicators-signups-town-caption = Tilmeldinger de seneste 12 måneder pr. by: første gang eller igen (antal, afrundet til 5)
indicators-signups-limits = Tallene tæller tilmeldinger, ikke fremmøde; en gruppe tæller som én tilmelding. "Første gang" betyder, at vi ikke kender en tidligere tilmelding med samme e-mail eller telefon – men tilmeldinger slettes 30 dage efter arrangementet, så en, der kommer igen efter en lang pause, tæller som ny. Færre end 10 vises ikke, andre antal er afrundet til 5.
indicators-coverage-title = Vejviserens dækning: tilbud pr. by og livsarena
indicators-coverage-lead = Hvor mange tilbud vejviseren har i hver by inden for hver livsarena – og hvor der ingen er. Et tilbud kan høre til flere livsarenaer.
indicators-coverage-caption = Tilbud i vejviseren pr. by og livsarena (antal tilbud)
indicators-gaps = Huller: byer og livsarenaer uden tilbud
indicators-coverage-limits = Tallene tæller tilbud, ikke mennesker, og vises derfor uden afrunding. Et hul betyder ikke, at der intet sker: et tilbud i nabobyen eller online kan passe lige så godt, og ikke alle fællesskaber står i vejviseren.
indicators-guide-title = "Find dit fællesskab": gennemførte forløb
indicators-guide-lead = Hvor mange gange nogen er nået frem til listen med forslag i "Find dit fællesskab", pr. måned. Vi gemmer kun tallet – intet om personen eller svarene.
indicators-guide-caption = Gennemførte forløb pr. måned (antal, afrundet til 5)
indicators-guide-none = Der er ingen gennemførte forløb at vise endnu.
indicators-guide-limits = En person kan gå guiden igennem flere gange, og en genindlæsning af listen tæller igen. Tallet siger intet om, hvorvidt nogen faktisk kom af sted.
indicators-bus-title = Besøgende ved Den Glade Bus
indicators-bus-lead = Bussens besætning tæller, hvor mange der kommer ved hvert stop. Her er de seneste 12 måneder pr. stoppested.
indicators-bus-caption = Besøgende pr. stoppested de seneste 12 måneder (antal, afrundet til 5)
indicators-bus-none = Der er ikke talt besøgende endnu.
indicators-bus-limits = Besætningen tæller med øjnene, så tallene er omtrentlige, og den samme person tæller ved hvert besøg. Stop med færre end 10 besøgende vises ikke.
indicators-staff-title = Sammens egne tal, med flere opdelinger
indicators-staff-lead = De samme tal som på den offentlige side og flere opdelinger. Også her vises færre end 10 aldrig, og andre antal er afrundet til 5.
indicators-staff-town-arena-caption = Tilmeldinger de seneste 12 måneder pr. by og livsarena (antal, afrundet til 5)
indicators-staff-first-arena-caption = Tilmeldinger de seneste 12 måneder pr. livsarena: første gang eller igen (antal, afrundet til 5)
indicators-staff-bus-month-caption = Besøgende pr. stoppested og måned (antal, afrundet til 5)
bus-crew-headcount = Antal besøgende
bus-crew-headcount-save = Gem antal
bus-crew-headcount-saved = Antallet af besøgende er gemt.
bus-crew-headcount-recorded = Talt: { $count }
bus-crew-bad-headcount = Skriv antallet af besøgende som et helt tal mellem 0 og 500.
pages-menu-strategy = Strategien mod ensomhed
pages-menu-figures = Tal: virker det?
selfcheck-extra-heading = To spørgsmål mere (frivillige)
selfcheck-extra-lead = Du kan springe dem over. Svarene hjælper kommunen med at se, om transport holder nogen væk, og om det er blevet lettere at tale om ensomhed.
selfcheck-extra-transport = Har du inden for det sidste år sprunget noget over på grund af transport?
selfcheck-extra-tale = Er det naturligt for dig at tale om ensomhed?
selfcheck-extra-answer-ja = Ja
selfcheck-extra-answer-nej = Nej
selfcheck-extra-answer-ved-ikke = Ved ikke
selfcheck-error-transport = Vælg ja, nej eller ved ikke – eller spring spørgsmålet om transport over.
selfcheck-error-tale = Vælg ja, nej eller ved ikke – eller spring spørgsmålet om at tale om ensomhed over.
indicators-extra-title = De to frivillige spørgsmål
indicators-extra-lead = Dem, der tæller deres svar med, kan også svare på, om de inden for det sidste år har sprunget noget over på grund af transport, og om det er naturligt for dem at tale om ensomhed – strategiens eget mål. Her er de seneste 12 måneder.
indicators-extra-caption = Svar på de frivillige spørgsmål de seneste 12 måneder (antal, afrundet til 5)
indicators-extra-question = Spørgsmål
indicators-extra-none = Ingen har svaret på de frivillige spørgsmål endnu.
indicators-extra-transport = Sprunget noget over på grund af transport
indicators-extra-tale = Naturligt at tale om ensomhed
indicators-extra-ja = Ja
indicators-extra-nej = Nej
indicators-extra-ved-ikke = Ved ikke
strategy-ind-tale-om-ensomhed = Hvor naturligt det er at tale om ensomhed (selvtesten)
strategy-ind-transport = Sprunget noget over på grund af transport (selvtesten)
figures-admin-tile-title = Tal
figures-admin-tile-text = Indlæs Sundhedsprofilens tal, og se Sammens egne tal med flere opdelinger.
strategy-admin-tile-title = Strategi
strategy-admin-tile-text = Hold strategiens mål og initiativer ajour.

## schools and the class pulse (issue 20)
role-teacher = Lærer
schools-admin-tile-title = Skoler
schools-admin-tile-text = Skoler, klasser og lærere, og klassens trivselspuls.
schools-title = Skoler
schools-intro = Skolerne i kommunen, deres klasser og lærere. En lærer kan åbne en anonym puls for en klasse på sin skole.
schools-none = Der er ingen skoler endnu.
schools-back = Tilbage til skolerne
schools-classes = Klasser
schools-no-classes = Skolen har ingen klasser endnu.
schools-teachers = Lærere
schools-no-teachers = Skolen har ingen lærere på Sammen endnu.
schools-choose-town = Vælg en by
schools-label-name = Skolens navn
schools-label-town = By
schools-add-school = Tilføj skolen
schools-label-grade = Klassetrin
schools-hint-grade = Et tal fra 0 til 10, fx 7.
schools-label-letter = Bogstav
schools-hint-letter = Ét bogstav, fx b (så bliver klassen 7.b).
schools-add-class = Tilføj klassen
schools-label-teacher = Lærerens e-mail
schools-hint-teacher = Læreren skal have en konto på Sammen. Kontoen får rollen Lærer på denne skole.
schools-add-teacher = Tilføj læreren
schools-done-school = Skolen er tilføjet.
schools-done-class = Klassen er tilføjet.
schools-done-teacher = Læreren er tilføjet.
schools-error-name = Skriv skolens navn (højst 100 tegn).
schools-error-town = Vælg byen, skolen ligger i.
schools-error-taken = Der er allerede en skole med det navn.
schools-error-grade = Skriv klassetrinnet som et tal fra 0 til 10.
schools-error-letter = Skriv ét bogstav, fx a eller b.
schools-error-class-taken = Skolen har allerede den klasse.
schools-error-teacher = Der er ingen konto med den e-mail, eller kontoen er ikke bekræftet endnu. Bed læreren oprette en konto først.
schools-error-action = Vælg en af knapperne.
pulse-teacher-title = Klassens puls
pulse-teacher-intro = En kort, anonym puls på trivslen: tre spørgsmål om ensomhed og ét om frikvartererne. Eleverne svarer i timen på deres telefon uden konto. Ingen svar kan føres tilbage til en elev.
pulse-open = Åbn en puls for klassen i dag
pulse-close = Luk pulsen nu
pulse-done-open = Pulsen er åben. Giv eleverne koden.
pulse-done-closed = Pulsen er lukket. Koden virker ikke længere.
pulse-code-heading = Koden til eleverne
pulse-open-until = Koden virker i dag indtil kl. { $until }.
pulse-instructions = Bed eleverne gå til /puls på kommunens side, skrive koden og svare. Det tager et par minutter. Sig, at svarene er anonyme, og at ingen skal svare.
pulse-result-heading = Det viser svarene
pulse-none-yet = Klassen har ikke haft en puls endnu.
pulse-too-few = Der er for få svar til at vise noget. Vi viser først noget, når mindst 10 har svaret.
pulse-answers = Omkring { $answers } elever har svaret (tallet er rundet til nærmeste 5).
pulse-lonely = { $share } % føler sig tit ensomme (7–9 point på ensomhedsskalaen, beregnet af rundede tal).
pulse-lonely-hidden = Hvor mange der tit føler sig ensomme, vises ikke: tallet er for lille.
pulse-breaks = { $share } % har ikke nogen at være sammen med i frikvartererne (beregnet af rundede tal).
pulse-breaks-hidden = Hvor mange der ikke har nogen at være sammen med i frikvartererne, vises ikke: tallet er for lille.
pulse-activities-heading = Mange føler sig alene. Prøv fx:
pulse-activity-mix = Lav nye grupper på tværs af vennegrupper i timerne, og skift dem hver uge.
pulse-activity-breaks = Sæt en fælles leg eller boldspil i gang i frikvarteret, som alle kan være med i.
pulse-activity-buddies = Lav en makkerordning, så ingen går alene til og fra frikvarter og spisning.
pulse-activity-club = Tag klassen med til en forening eller et fællesskab i byen, og lad eleverne prøve noget nyt sammen.
pulse-rule = Vi viser aldrig navne og aldrig en liste over klasser. Under 10 svar viser vi intet, og tal rundes til nærmeste 5.
pulse-title = Hvordan har du det i klassen?
pulse-lead = Skriv koden fra din lærer. Svar så på fire korte spørgsmål.
pulse-anonymous = Du er anonym. Vi gemmer ikke dit navn. Ingen kan se, hvad du har svaret.
pulse-code = Kode
pulse-code-hint = Koden har 6 tegn. Du får den af din lærer.
pulse-q-lacks = Hvor tit føler du, at du mangler nogen at være sammen med?
pulse-q-left-out = Hvor tit føler du dig udenfor?
pulse-q-alone = Hvor tit føler du dig alene, selvom du er sammen med andre?
pulse-q-breaks = Har du nogen at være sammen med i frikvartererne?
pulse-never = Næsten aldrig
pulse-sometimes = Nogle gange
pulse-often = Tit
pulse-breaks-yes = Ja
pulse-breaks-sometimes = Nogle gange
pulse-breaks-no = Nej
pulse-send = Send mine svar
pulse-error-code = Koden passer ikke, eller pulsen er lukket. Tjek koden og prøv igen. Dine svar er ikke væk.
pulse-error-answer = Vælg et svar.
pulse-thanks-saved = Tak. Dine svar er gemt.
pulse-thanks-title = Tak for dine svar
pulse-thanks-text = Har du det svært? Du kan tale med en voksen, du stoler på. Du kan også ringe. Det er gratis, og du kan være anonym.

## Association days (issue 20): the school plans, the associations apply, the pupils choose
days-title = Foreningsdage
days-intro = Planlæg en dag, hvor foreninger kommer på skolen. Eleverne vælger i grupper med venner, og foreningerne får deres tidsplan med mail.
days-none = Skolen har ingen foreningsdage endnu.
days-add = Planlæg en foreningsdag
days-label-title = Navn på dagen
days-label-date = Dato
days-hint-date = For eksempel 2027-03-10 eller 10.3.2027.
days-label-slots = Tidsrum
days-hint-slots = Et tidsrum pr. linje, for eksempel 9.00-9.45. Højst 6, i rækkefølge.
days-label-rooms = Lokaler
days-hint-rooms = Et lokale pr. linje. Hver forening får ét lokale hele dagen.
days-label-classes = Klasser, der er med
days-error-title = Skriv et navn på dagen (højst 100 tegn).
days-error-date = Skriv en dato fra i dag og højst et år frem, for eksempel 2027-03-10.
days-error-slots = Skriv 1 til 6 tidsrum, et pr. linje, som 9.00-9.45. De må ikke overlappe.
days-error-rooms = Skriv 1 til 30 lokaler, et pr. linje, uden det samme navn to gange.
days-error-classes = Vælg mindst én af skolens klasser.
days-done-day = Foreningsdagen er oprettet. Giv klasserne deres koder.
days-back = Skolens foreningsdage
days-classes = Klasser og koder
days-codes-intro = Eleverne skriver deres klasses kode på
days-col-class = Klasse
days-col-code = Kode
days-col-groups = Grupper
days-col-pupils = Elever
days-choosing-open = Eleverne kan vælge nu.
days-choosing-closed = Eleverne kan ikke vælge nu.
days-open = Lad eleverne vælge
days-close = Luk for elevernes valg
days-done-open = Eleverne kan vælge igen.
days-done-closed = Eleverne kan ikke længere vælge.
days-applications = Foreningernes ansøgninger
days-no-applications = Ingen foreninger har søgt endnu. Foreninger ser dagen under Foreningsdage, når de er logget ind.
days-places = { $places } elever ad gangen
days-kind-show = Fortæller om foreningen
days-kind-try = Eleverne prøver aktiviteten
days-status-waiting = Venter
days-status-accepted = Godkendt
days-status-declined = Afvist
days-decide-title = Ansøgning til foreningsdag
days-label-room = Lokale
days-accept = Godkend i lokalet
days-decline = Afvis
days-done-accepted = Foreningen er godkendt og har fået sit lokale.
days-done-declined = Ansøgningen er afvist.
days-error-room = Vælg et af dagens lokaler.
days-error-room-taken = En anden forening har allerede lokalet. Vælg et andet.
days-error-chosen = Elever har allerede valgt denne forening, så den kan ikke afvises.
days-plan = Plan og tidsplaner
days-plan-link = Planen til print: en side pr. klasse og en pr. forening
days-send-intro = Send hver godkendt forening dens tidsplan med mail: hvornår, hvilket lokale og hvor mange elever fra hvilke klasser.
days-send = Send tidsplanerne til foreningerne
days-sent-at = Tidsplanerne blev sendt
days-done-sent = Tidsplanerne er sendt til foreningerne.
days-back-day = Tilbage til dagen
days-print-hint = Print siden: hver klasse og hver forening får sin egen side.
days-plan-class = Klasse
days-col-group = Gruppe
days-col-time = Tid
days-col-who = Hvem kommer
days-pupils = { $pupils ->
    [one] { $pupils } elev
   *[other] { $pupils } elever
}
days-nobody-yet = Ingen endnu
days-no-groups = Ingen grupper har valgt endnu.
days-coming-title = Foreningsdage på skolerne
days-coming-intro = Skolerne inviterer foreninger til at fortælle om sig selv eller lade eleverne prøve noget. Søg om at komme, så svarer skolen.
days-coming-none = Ingen skoler har planlagt foreningsdage lige nu.
days-apply-for = Søg om at komme til
days-apply-title = Søg om at komme til en foreningsdag
days-apply-lead = { $title } på { $school }, { $date }.
days-back-coming = Alle foreningsdage
days-label-organisation = Forening
days-label-activity = Hvad tilbyder I eleverne?
days-hint-activity = For eksempel "Prøv bueskydning" eller "Hør om spejderlivet".
days-label-description = Mere om det (valgfrit)
days-label-kind = Hvad skal eleverne?
days-label-places = Elever ad gangen
days-hint-places = Hvor mange elever kan være med i hvert tidsrum (1 til 60)?
days-apply = Send ansøgningen
days-done-applied = Ansøgningen er sendt. Skolen svarer her på siden.
days-error-organisation = Vælg en af dine foreninger.
days-error-activity = Skriv, hvad I tilbyder (højst 100 tegn).
days-error-description = Skriv højst 1000 tegn.
days-error-kind = Vælg, om eleverne hører om foreningen eller prøver noget.
days-error-places = Skriv et tal fra 1 til 60.
days-error-past = Dagen er forbi eller i dag. Der kan ikke søges længere.
days-error-applied = Foreningen har allerede søgt med det navn til dagen.
days-pupil-title = Foreningsdag
days-pupil-lead = Vælg med dine venner, hvad I vil prøve. Skriv jeres klasses kode. Den står på tavlen.
days-code = Klassens kode
days-code-hint = Seks tegn, for eksempel HK7RTA.
days-code-go = Videre
days-error-code = Koden virker ikke. Se efter igen, eller spørg din lærer.
days-choice-lead = { $title } på { $school }. I er fra { $class }.
days-choice-how = Skriv jeres fornavne. Vælg så en ting i hvert tidsrum. I skal vælge noget nyt hver gang.
days-names = Jeres fornavne
days-names-hint = Kun fornavne. Et pr. linje eller med komma. Højst 6.
days-slot = Kl. { $slot }
days-free = { $free } pladser fri.
days-full = Fuldt.
days-choose = Gem vores valg
days-error-names-none = Skriv mindst ét fornavn.
days-error-names-many = I må højst være 6 i en gruppe.
days-error-names-first = Skriv kun fornavne. Ingen tal og ingen efternavne.
days-error-choose = Vælg en ting i dette tidsrum.
days-error-twice = I har valgt det samme to gange. Vælg noget nyt.
days-error-full = Der er ikke plads til jer alle. Vælg noget andet.
days-card-title = Jeres kort
days-card-saved = Jeres valg er gemt.
days-card-print = Print kortet. Der er et til hver af jer. Der står ingen navne på.
days-card-after = Kunne du lide det? Find foreningen igen her:

days-admin-tile-title = Foreningsdage på skolerne
days-admin-tile-text = Søg om at komme på en skole og lade eleverne prøve jeres aktivitet.
# Issue 20, the young: online communities good for the young, groups the young start, the young's own voice
youth-filter-online = Gode online fællesskaber for unge
youth-filter-led = Startet af unge
youth-badge-online = Godt online fællesskab for unge
youth-badge-online-means = Der er voksne med, nogen holder øje med, hvad der bliver skrevet, og det er gratis at være med.
youth-badge-led = Startet af unge – med støtte fra en voksen
youth-badge-led-means = Unge har selv startet gruppen. En voksen står inde for den.
youth-badge-led-adult = Unge har selv startet gruppen. { $name } er den voksne, der står inde for den.
youth-admin-tile-title = Tilbud for unge
youth-admin-tile-text = Marker online fællesskaber, der er gode for unge.
youth-marks-list-title = Online tilbud for unge
youth-marks-list-text = Et online tilbud vises som "Godt online fællesskab for unge", når det er modereret, der er voksne til stede, og det er gratis. Vælg et tilbud for at sætte mærkerne.
youth-marks-saved = Mærkerne er gemt.
youth-marks-on = mærket som godt for unge
youth-marks-off = ikke mærket
youth-marks-title = Mærker for unge
youth-marks-lead = Sæt kun et mærke, når du har tjekket det hos arrangøren. Alle tre skal være sat, før mærket vises.
youth-marks-not-online = Tilbuddet foregår ikke online, så mærket vises ikke, før det gør.
youth-mark-moderated = Modereret
youth-mark-moderated-hint = Nogen holder øje med, hvad der bliver skrevet og sagt, og griber ind.
youth-mark-adults = Voksne til stede
youth-mark-adults-hint = Der er voksne med i fællesskabet, ikke kun unge.
youth-mark-free = Gratis
youth-mark-free-hint = Det koster intet at være med, heller ikke køb inde i spillet eller appen.
youth-marks-save = Gem mærkerne
youth-marks-back = Tilbage til online tilbud for unge
youth-marks-link = Mærker for unge
youth-moderation-note = Startet af unge: { $first }, { $age } år. Støttende voksen: { $name }, { $email }, { $phone } – har sagt god for gruppen. Mail og telefon slettes, når du har besluttet.
youth-group-title = Start en gruppe
youth-group-lead = Vil du starte en gruppe for unge? Det kan være en aften med spil. Det kan være en tur. Du skal være 15 til 25 år.
youth-group-lead-adult = Du skal have en voksen med, som kender dig. Den voksne får en mail og skal sige god for jer. Så ser vi på det, før det kommer på siden.
youth-group-name = Hvad hedder gruppen?
youth-group-name-hint = Fx Tur i Vig eller Spil om fredagen.
youth-group-what = Hvad skal I lave?
youth-group-what-hint = Skriv kort, så andre kan se, om de har lyst.
youth-group-day = Hvilken dag?
youth-day-choose = Vælg en dag
youth-group-from = Fra kl.
youth-group-time-hint = Fx 17 eller 17.30.
youth-group-to = Til kl.
youth-group-town = Hvor? Vælg by, eller om I ses online.
youth-town-choose = Vælg by
youth-town-online = Online
youth-group-where = Hvor mødes I?
youth-group-where-hint = Fx ved hallen eller på Discord. Du kan også lade det stå tomt.
youth-first-name = Dit fornavn
youth-age = Din alder
youth-age-hint = Du skal være 15 til 25 år.
youth-email = Din mail
youth-email-hint = Vi skriver til dig, når vi har set på gruppen.
youth-adult-name = Den voksnes navn
youth-adult-name-hint = En voksen, som kender dig og vil støtte jer. Fx en træner, en lærer eller en mor eller far.
youth-adult-email = Den voksnes mail
youth-adult-phone = Den voksnes telefon
youth-adult-phone-hint = Fx 12 34 56 78. Vi viser det ikke til nogen.
youth-send = Send
youth-error-name = Skriv, hvad gruppen hedder.
youth-error-what = Skriv, hvad I skal lave.
youth-error-long = Teksten er for lang. Gør den kort.
youth-error-day = Vælg en dag.
youth-error-time = Skriv et tidspunkt, fx 17 eller 17.30.
youth-error-time-order = Slut skal være efter start.
youth-error-town = Vælg en by, eller vælg online.
youth-error-first-name = Skriv dit fornavn.
youth-error-adult-name = Skriv den voksnes navn.
youth-error-age = Skriv din alder med tal, fx 17.
youth-error-age-range = Du skal være mellem 15 og 25 år for at starte en gruppe her. Er du yngre, så spørg en voksen om hjælp.
youth-error-email = Skriv en mail, fx navn@mail.dk.
youth-error-same-email = Den voksne skal have sin egen mail.
youth-error-phone = Skriv et nummer med mindst 8 tal, fx 12 34 56 78.
youth-error-action = Tryk på knappen for at stå inde for gruppen.
youth-thanks-title = Tak! Nu skal den voksne svare
youth-thanks-text = Vi har sendt en mail til den voksne. Den voksne skal trykke på et link i mailen.
youth-thanks-next = Så ser vi på gruppen. Du får en mail, når den er på siden.
youth-thanks-back = Se hvad der er for unge
youth-mail-subject = { $first } beder dig støtte gruppen "{ $group }"
youth-mail-body =
    Hej { $name }

    { $first } ({ $age } år) vil starte en gruppe for unge på Sammen { $municipality } og har skrevet, at du er den voksne, der støtter den.

    Gruppe: { $group }
    Hvad de vil lave: { $what }
    Hvornår: { $when }
    Hvor: { $where }

    Står du inde for gruppen, så åbn linket og tryk "Jeg står inde for gruppen":
    { $link }

    Derefter ser kommunens moderatorer gruppen igennem. Ved gruppen står kun dit fornavn – aldrig din mail eller dit telefonnummer.
    Kender du ikke til gruppen, så gør ingenting. Så sker der ikke mere.
youth-vouch-title = Står du inde for gruppen?
youth-vouch-lead = Hej { $name }. { $first } ({ $age } år) vil starte en gruppe for unge og har skrevet, at du er den voksne, der støtter den.
youth-vouch-when = Hvornår
youth-vouch-where = Hvor
youth-vouch-means = Når du trykker, ser kommunens moderatorer gruppen igennem, før den kommer i Vejviseren. Ved gruppen står kun dit fornavn – aldrig din mail eller dit telefonnummer. Kender du ikke til gruppen, så luk bare siden.
youth-vouch-button = Jeg står inde for gruppen
youth-vouched-title = Tak for din støtte
youth-vouched-text = Gruppen venter nu på kommunens moderatorer. Den unge får besked, når gruppen er godkendt.
voice-title = De unges stemme
voice-lead = Kommunen vil gerne høre fra dig. Svar på et spørgsmål her.
voice-anonymous = Du er anonym. Vi gemmer ikke dit navn, og vi ved ikke, hvem du er. En voksen læser dit svar, før andre kan se det. Skriv ikke navne.
voice-none = Der er ingen spørgsmål lige nu. Kig forbi igen.
voice-published = Det har andre svaret
voice-answer = Dit svar
voice-answer-hint = Skriv kort. Højst 500 tegn.
voice-send = Send mit svar
voice-closed = Der er lukket for svar.
voice-count-few = Færre end 10 har svaret indtil nu.
voice-count = Cirka { $count } har svaret.
voice-error-closed = Der er lukket for svar på det her spørgsmål.
voice-error-empty = Skriv dit svar.
voice-error-long = Dit svar er for langt. Gør det kort.
voice-error-question = Skriv spørgsmålet.
voice-error-initiative = Vælg et initiativ fra listen.
voice-thanks-title = Tak for dit svar
voice-thanks-text = En voksen læser det snart. Så kan andre også se det.
voice-thanks-back = Tilbage til spørgsmålene
voice-admin-title = De unges stemme
voice-admin-lead = Stil de unge et spørgsmål. Svarene er anonyme og vises først, når en redaktør har godkendt dem. Antallet af svar vises kun fra 10 og rundes til 5.
voice-admin-question = Spørgsmål
voice-admin-question-hint = Kort og i et sprog, unge bruger, fx "Hvad skulle der til, for at du kom?"
voice-admin-open = Åbent for svar
voice-admin-open-hint = Et lukket spørgsmål viser stadig de svar, der er offentliggjort.
voice-admin-initiative = Initiativ i strategien
voice-admin-initiative-hint = Spørgsmålet og antallet af svar vises ved initiativet på /strategi.
voice-admin-no-initiative = Intet initiativ
voice-admin-save = Gem spørgsmålet
voice-admin-saved = Spørgsmålet er gemt.
voice-admin-is-open = åbent
voice-admin-is-closed = lukket
voice-admin-waiting-count = { $count } venter
voice-admin-back = Alle spørgsmål til de unge
voice-admin-waiting = Svar, der venter
voice-admin-none-waiting = Ingen svar venter.
voice-admin-none-published = Ingen svar er offentliggjort endnu.
voice-admin-decided = Svaret er behandlet.
voice-publish = Offentliggør
voice-reject = Afvis og slet teksten
voice-strategy = De unges stemme
voice-strategy-link = Se svarene
voice-admin-tile-title = De unges stemme
voice-admin-tile-text = Stil de unge spørgsmål, og godkend deres svar.
# Issue 20, a path through a school change (/skoleskift, /skole/{id}, /admin/skole/{id}/skoleskift) and the pulse's CSV/JSON
pulse-export = Hent opgørelsen som fil. Samme regel: under 10 svar, intet tal.
guide-school-change = Jeg skifter skole, eller mit barn gør
guide-school-change-title = Skifter I skole?
guide-school-change-text = Se den nye skoles møder før første dag, klubber for nye og gode råd til forældre.
guide-school-change-link = Gå til skoleskift
school-change-title = Skifter du skole?
school-change-lead = Det kan være svært at starte på en ny skole. Her ser du, hvordan skolen tager imod nye: møder før første dag, hold og klubber og en makker. Og gode råd til forældre.
school-change-which-path = Hvilket skift?
school-change-which-school = Hvilken skole?
school-change-choose-school = Vælg skole
school-change-show = Vis
school-change-at = Velkommen til
school-change-school-page = Skolens side
school-change-pick-school = Vælg den nye skole
school-change-for-child = Til dig, der skal starte
school-change-for-parents = Gode råd til forældre
school-change-nothing-kept = Vi gemmer ikke, hvad du vælger. Det står kun i adressen.
school-change-path-0-klasse = Starter i 0. klasse
school-change-path-7-klasse = Starter i 7. klasse
school-change-path-10-klasse = Starter i 10. klasse
school-change-path-efterskole = Starter på efterskole
school-change-path-gymnasium = Starter i gymnasiet
school-change-path-midt-i-aaret = Skifter skole midt i året
school-change-child-0-klasse = Det er helt okay at være spændt. De andre er også nye. Tag en ting med, du holder af. En voksen hjælper dig.
school-change-child-7-klasse = Mange i klassen er nye. Du er ikke den eneste, der ikke kender nogen. Kom til mødet før første dag. Så kender du en, når du starter.
school-change-child-10-klasse = Et år i 10. klasse er en ny start. Sig hej til en ny hver dag i den første uge. Mange vil gerne have en at gå med.
school-change-child-efterskole = På en efterskole bor I sammen. Det kan føles lidt sært de første dage. Det går over. Sig det til en voksen, hvis du savner hjem.
school-change-child-gymnasium = I gymnasiet er alle nye i klassen. Gå med til det, der sker de første uger. Det er der, man finder nogen at være med.
school-change-child-midt-i-aaret = Det er svært at komme ind i en klasse, der kender hinanden. Du får en makker, der viser dig rundt. Spørg om alt. Ingen kan alt den første dag.
school-change-parent-0-klasse = Gå forbi skolen med jeres barn før første dag. Se klassen og legepladsen. Tal med de voksne i SFO om de første uger.
school-change-parent-7-klasse = I 7. klasse kommer der tit nye elever fra flere skoler. Kom til mødet før første skoledag, så jeres barn kender et par ansigter.
school-change-parent-10-klasse = 10. klasse varer kun et år. Hjælp jeres barn med at finde et hold eller en klub ved siden af, så året ikke kun er skole.
school-change-parent-efterskole = Aftal, hvornår I ringer sammen, men ring ikke hver dag de første uger. Spørg kontaktlæreren, hvis jeres barn lyder ensomt.
school-change-parent-gymnasium = Bed jeres barn gå med til introdage og fester, også hvis det virker svært. Det er der, klassen finder hinanden.
school-change-parent-midt-i-aaret = Spørg skolen om en makker til de første uger. Spørg også, om klassen kan mødes uden for skolen.
school-change-tip-talk = Tal om skiftet, før det sker. Spørg, hvad jeres barn glæder sig til, og hvad det er bange for.
school-change-tip-visit = Se skolen sammen, og gå eller cykl vejen dertil en gang før første dag.
school-change-tip-friend = Hjælp jeres barn med at mødes med en ny fra klassen i fritiden. Et hold eller en klub kan også være en god start.
school-change-tip-contact = Sig det til klasselæreren, hvis jeres barn virker alene efter et par uger. I kan også ringe til en af linjerne på kommunens side.
school-change-gatherings = Mød klassen før første dag
school-change-no-gatherings = Skolen har ingen møder i kalenderen lige nu.
school-change-groups = Hold og klubber for nye
school-change-buddy = Makkerordning
school-change-no-buddy = Skolen har ikke skrevet om en makkerordning endnu. Spørg skolen.
school-change-welcome = Velkommen til nye elever
school-change-changing = Skal dit barn starte her?
school-change-changing-text = Vælg skiftet, og se møder, klubber og gode råd.
school-change-error-path = Vælg et af skiftene på listen.
school-change-error-school = Vælg en skole på listen.
school-change-error-event = Vælg et arrangement fra kalenderen.
school-change-error-offer = Vælg et tilbud fra vejviseren.
school-change-error-buddy = Skriv højst 2000 tegn om makkerordningen.
school-change-admin-title = Skoleskift
school-change-admin-intro = Det, I skriver og vælger her, står på skolens side og på siden om skoleskift. Et arrangement eller et tilbud kan gælde ét skift eller alle.
school-change-admin-link = Skoleskift: makkerordning, møder før første dag, hold og klubber
school-change-back = Tilbage til skolen
school-change-label-buddy = Skolens makkerordning
school-change-hint-buddy = Fortæl kort, hvordan en ny elev får en makker, og hvem forældrene kan spørge. Skriv med korte ord til børn og forældre.
school-change-save-buddy = Gem makkerordningen
school-change-choose-event = Vælg arrangement
school-change-label-event = Arrangement i kalenderen
school-change-hint-event = Fx "Mød din nye klasse". Arrangementet skal først være i kalenderen.
school-change-label-path = Gælder for
school-change-every-path = Alle skift
school-change-link-event = Tilføj arrangementet
school-change-linked-events = Skolens møder før første dag
school-change-unlink = Fjern de valgte
school-change-choose-offer = Vælg tilbud
school-change-label-offer = Hold eller klub fra vejviseren
school-change-hint-offer = Et hold eller en klub, der tager godt imod nye børn og unge.
school-change-link-offer = Tilføj tilbuddet
school-change-linked-offers = Skolens hold og klubber for nye
school-change-done-buddy = Makkerordningen er gemt.
school-change-done-link = Det er tilføjet.
school-change-done-unlink = De valgte er fjernet.

## The home page's links for the young (issue 20)
home-young-heading = For unge
home-young-online = Gode online fællesskaber for unge
home-young-group = Start en gruppe med dine venner
home-young-voice = Sig din mening: hvad skulle der til, for at du kom?
home-young-school-change = Skal du eller dit barn skifte skole?

## Many municipalities (issue 16): the national view and the list of municipalities
national-brand = i hele landet
national-footer = Sammen samler kommunernes fællesskaber mod ensomhed. Hver kommune har sin egen side.
national-list-title = Kommuner med Sammen
national-unknown-host = Denne adresse hører ikke til en kommune hos Sammen. Vælg din kommune:
national-title = Find et fællesskab i hele landet
national-lead = Søg i alle kommuners fællesskaber. Tilbud over telefon og online kan alle bruge; vælg din kommune for at se dem, du kan møde op til.
national-q = Hvad leder du efter?
national-municipality = Din kommune
national-municipality-none = Ingen valgt – kun telefon og online
national-search = Søg
national-results = { $count ->
    [one] Ét tilbud fundet
   *[other] { $count } tilbud fundet
}
national-remote-only = Du ser kun tilbud over telefon og online. Vælg din kommune for at se dem, du kan møde op til.
municipality-settings-title = Kommunens indstillinger
municipality-settings-lead = Navn, kontakt og farve, som borgerne ser på hver side. By, steder og webadresser følger med kommunens fil.
municipality-settings-name = Kommunens navn
municipality-settings-short-name = Kort navn
municipality-settings-email = E-mail til borgerne
municipality-settings-phone = Telefon til borgerne
municipality-settings-address = Adresse
municipality-settings-website = Kommunens hjemmeside
municipality-settings-colour = Farve bag sidehovedet
municipality-settings-colour-hint = Skrives #rrggbb, f.eks. #0b4f7c. Skal være mørk nok til hvid tekst. Tom: Sammens blå.
municipality-settings-mail-name = Afsendernavn på mails
municipality-settings-mail-name-hint = F.eks. Sammen Odsherred. Tom: Sammen og det korte navn.
municipality-settings-save = Gem indstillingerne
municipality-settings-saved = Indstillingerne er gemt. Siderne viser dem inden for et øjeblik.
municipality-settings-error-text = Udfyld feltet (højst så mange tegn, som feltet tager).
municipality-settings-error-email = Skriv en e-mailadresse, f.eks. sammen@kommune.dk.
municipality-settings-error-phone = Skriv et telefonnummer med 8 til 15 cifre.
municipality-settings-error-website = Skriv en adresse, der begynder med https://.
municipality-settings-error-colour = Skriv farven som #rrggbb, mørk nok til hvid tekst (kontrast mindst 4,5:1).
admin-municipality-tile = Kommunens indstillinger

# Log ind med kommunens login (OpenID Connect)
oidc-or-password = Eller log ind med e-mail og adgangskode:
oidc-refused-title = Du blev ikke logget ind
oidc-refused-lead = Prøv at logge ind igen. Bliver det ved, så kontakt kommunens it-support.
oidc-refused-state = Login-forsøget var ukendt, brugt eller for gammelt (over 10 minutter). Start forfra fra login-siden.
oidc-refused-provider = Kommunens login-tjeneste afviste eller afbrød login.
oidc-refused-unavailable = Kommunens login-tjeneste kan ikke bruges lige nu.
oidc-refused-exchange = Svaret fra kommunens login-tjeneste kunne ikke indløses.
oidc-refused-expired = Svaret fra kommunens login-tjeneste er udløbet.
oidc-refused-audience = Svaret fra kommunens login-tjeneste var til et andet system end Sammen.
oidc-refused-token = Svaret fra kommunens login-tjeneste kunne ikke godkendes.
oidc-refused-unverified = Din e-mailadresse er ikke bekræftet hos kommunens login-tjeneste.
oidc-refused-no-email = Kommunens login-tjeneste sendte ingen e-mailadresse.
oidc-refused-no-account = Der er ingen konto i Sammen til din e-mailadresse, og dine grupper giver ikke adgang. Bed en administrator om en invitation.
oidc-settings-title = Login-udbyder
oidc-settings-lead = Kommunens ansatte kan logge ind med kommunens eget login (OpenID Connect). Kontoen findes ud fra den bekræftede e-mailadresse, og rollerne kommer fra grupperne. Foreninger og frivillige logger fortsat ind med adgangskode.
oidc-settings-callback = Registrér denne adresse som redirect URI hos login-udbyderen: { $url }
oidc-saved = Login-udbyderen er gemt.
oidc-save = Gem login-udbyder
oidc-issuer = Udsteder (issuer)
oidc-issuer-hint = Adressen på login-udbyderen – fx https://login.odsherred.dk/realms/ansatte
oidc-client-id = Klient-id
oidc-secret-file = Fil med klienthemmeligheden
oidc-secret-file-hint = Den fulde sti til en fil på serveren – fx /etc/sammen/oidc-hemmelighed. Selve hemmeligheden gemmes aldrig i databasen.
oidc-label = Knappens tekst
oidc-label-hint = Fx Log ind med Odsherred Kommunes login
oidc-group-claim = Krav med grupper (claim)
oidc-group-claim-hint = Fx groups. Et punktum går ind i et objekt – fx realm_access.roles
oidc-role-map = Grupper og roller
oidc-role-map-hint = Én gruppe pr. linje: gruppe = rolle, rolle. Roller: administrator, moderator, ambassador, bus_crew, editor, teacher. Fx sammen-admins = administrator
oidc-scopes = Scopes
oidc-scopes-hint = Adskilt af mellemrum – fx openid email profile groups
oidc-enabled = Vis knappen på login-siden
oidc-error-issuer = Indtast udstederens adresse – fx https://login.odsherred.dk/realms/ansatte
oidc-error-issuer-https = Udstederen skal bruge https – fx https://login.odsherred.dk
oidc-error-client-id = Indtast klient-id'et fra login-udbyderen – fx sammen
oidc-error-secret-file = Indtast den fulde sti til filen med hemmeligheden – fx /etc/sammen/oidc-hemmelighed
oidc-error-group-claim = Indtast kravet med grupper uden mellemrum – fx groups
oidc-error-scopes = Indtast mindst ét scope – fx openid email profile groups
oidc-error-label = Indtast knappens tekst (højst 80 tegn) – fx Log ind med Odsherred Kommunes login
oidc-error-roles = Skriv én gruppe pr. linje som gruppe = rolle – fx sammen-admins = administrator
oidc-admin-tile-title = Login-udbyder
oidc-admin-tile-text = Kommunens eget login for de ansatte: udsteder, klient og hvilke grupper der giver hvilke roller.
