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
vejviser-intro = Her er alle aktive tilbud, ordnet efter livsarena. Søgning og flere filtre kommer snart.
vejviser-choose = Vælg en livsarena
vejviser-in-arena = Tilbud i { $arena }
vejviser-none = Der er ingen aktive tilbud i denne livsarena lige nu.
vejviser-by = Af { $organisation }
vejviser-where = Sted
vejviser-by-phone = Over telefonen
vejviser-online = Online
vejviser-confirmed = Oplysningerne er sidst bekræftet { $date }.
vejviser-back = Tilbage til alle livsarenaer
vejviser-bad-arena = Vi kender ikke den livsarena. Vælg en af dem på listen.

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
