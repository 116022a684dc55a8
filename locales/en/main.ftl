# Sammen – English. Every key also exists in ../da/main.ftl.

## Frame
skip-link = Skip to content
site-name = Sammen
demo-notice = Eksempeldata (example data): the associations, offers, people and phone numbers on this site are invented for trying it out. Towns and meeting places are real.
nav-label = Main menu
nav-home = Home
nav-vejviser = Directory
nav-kalender = Calendar
nav-bussen = The bus
nav-ambassadorer = Ambassadors
nav-om-ensomhed = About loneliness
lang-label = Language
lang-da = Dansk
lang-en = English
footer-heading = Contact
footer-about = Sammen is { $municipality }'s place for communities. You never need to log in, and we do not track you.
footer-phone = Phone
footer-email = Email
footer-privacy = Privacy and cookies
footer-accessibility = Accessibility statement

## Home
home-title = Find communities that suit you
home-arenas-heading = Communities throughout life
home-arenas-intro = Choose the part of life you want to find a community in.
home-arena-count = { $count ->
    [one] 1 offer
   *[other] { $count } offers
}
home-talk-heading = Do you need someone to talk to?
home-talk-text = You can call anonymously. It is free.
home-alone-heading = Being alone is not the same as being lonely
home-alone-text = Many people know the feeling of being lonely. It is a feeling – not a fault in you. Here you can find places to be with others doing something you enjoy.
home-read-more = Read more about loneliness

## Life arenas
arena-home = Home and housing
arena-home-text = Neighbours, shared meals and everyday help where you live.
arena-school = Day care, school and education
arena-school-text = Friendships and communities for children and young people – also when changing school.
arena-leisure = Leisure and communities
arena-leisure-text = Associations, clubs, choirs, sport, nature and hobbies.
arena-work = Working life and employment
arena-work-text = Networks, volunteering and company while you look for work.
arena-health = Health and care
arena-health-text = Company at care centres, groups for relatives and support when life is hard.

## Directory
vejviser-title = Directory of communities
vejviser-where = Where
vejviser-by-phone = By phone
vejviser-online = Online
vejviser-confirmed = Last confirmed { $date }.

## Pages on their way
coming-kalender-title = Community calendar
coming-kalender-text = A calendar of shared meals, pop-up gatherings and events you can sign up for – alone or together with others – is coming here.
coming-bussen-title = The Happy Bus
coming-bussen-text = The timetable of the Happy Bus is coming here: where it stops, what happens at each stop, and where the bus is right now.
coming-ambassadorer-title = Ambassadors
coming-ambassadorer-text = The municipality's ambassadors are coming here – people who know how to talk about loneliness and can come along the first time.
coming-status = This part of the site is being built.
coming-meanwhile = Until then you can find communities in the directory or call one of the phone lines below.

## About loneliness
about-title = About loneliness
about-what-heading = What is loneliness?
about-what-text = Loneliness is an unpleasant feeling of missing someone: you do not have the communities and relationships you need. It is a feeling – not a diagnosis and not a fault.
about-alone-heading = Alone or lonely?
about-alone-text = Being alone is not the same as being lonely. Some people are happy spending a lot of time alone. Others feel lonely even with many people around them – also in a relationship.
about-many-heading = Many people know it
about-many-text = In Denmark about one adult in eight feels severely lonely. Young and old, in town and in the countryside. Loneliness can touch anyone from 0 to 100.
about-help-heading = What you can do
about-help-text = Do something active and meaningful – together with others. Start small: go to something where you can just show up, or bring someone the first time.
about-others-heading = If you are worried about someone else
about-others-text = Ask how they are – and listen. Talking about loneliness does no harm. Suggest a community you could go to together.

## Privacy
privacy-title = Privacy and cookies
privacy-intro = You can use Sammen without logging in and without telling us who you are.
privacy-cookies-heading = No cookies
privacy-cookies-text = We set no cookies while you browse. We use no analytics or advertising services, and the site loads nothing from other websites.
privacy-logs-heading = What the server keeps
privacy-logs-text = The server keeps a technical log with the time, the page address and the response code, so that we can fix errors. The log does not record who you are.
privacy-contact-heading = Questions
privacy-contact-text = If you have questions about your data, write to { $email }.

## Accessibility
a11y-title = Accessibility statement
a11y-intro = { $municipality } wants everyone to be able to use Sammen – whatever their age, abilities and device.
a11y-standard-heading = How the site is built
a11y-standard-text = The site follows WCAG 2.1 level AA. It works without JavaScript, on small screens from 320 pixels and with text enlarged to 200 %. Every page is tested automatically with axe-core in a real browser.
a11y-known-heading = Known issues
a11y-known-text = We know of no issues right now. If you find one, we would like to hear about it.
a11y-contact-heading = Tell us about problems
a11y-contact-text = Write to { $email }. You can also complain to the Danish Agency for Digital Government.

## Errors
error-404-title = Page not found
error-404-text = We cannot find the page you are looking for. The address may be mistyped, or the page has moved.
error-400-title = Something is wrong with the request
error-405-title = That is not possible here
error-405-text = This page cannot be used that way.
error-500-title = Something went wrong
error-500-text = Something went wrong on our side. Please try again shortly. If you write to us, mention the error code { $reference }.
error-503-title = Temporarily unavailable
error-503-text = We cannot reach the database right now. Please try again shortly.
error-home = Go to the home page

## Directory – search
vejviser-search-label = What are you looking for?
vejviser-search-hint = Type one or more words – e.g. football, knitting café or eat together (in Danish: fodbold, strikkecafé, spise sammen). Typos are fine.
vejviser-filters = Narrow the search
vejviser-submit = Search
vejviser-reset = Clear the search
vejviser-count = { $count ->
    [one] 1 offer matches
   *[other] { $count } offers match
}
vejviser-when = Next time
vejviser-cost = Price
vejviser-why = Why:
vejviser-distance = { $km } km from { $town }
filter-any = All
filter-arena = Life arena
filter-target-group = Target group
filter-town = Town
filter-radius = Distance from the town
filter-radius-town-only = In the town only
filter-radius-km = Within { $km } km
filter-weekday = Weekday
filter-time = Time of day
filter-accessibility = Accessibility
filter-channel = How
filter-sort = Sort by
filter-age = Age
filter-age-hint = Your age – or your child's age. E.g. 67
filter-free = Free only
filter-show-up = Just show up
target-boern = Children
target-unge = Young people
target-unge-i-skoleskift = Young people changing school
target-familier = Families
target-voksne = Adults
target-aeldre = Older people
target-socialt-saarbare = Socially vulnerable
target-nytilflyttere = Newcomers to the area
target-paaroerende = Relatives and carers
weekday-man = Monday
weekday-tir = Tuesday
weekday-ons = Wednesday
weekday-tor = Thursday
weekday-fre = Friday
weekday-lor = Saturday
weekday-son = Sunday
daypart-formiddag = Morning (before 12)
daypart-eftermiddag = Afternoon (12–17)
daypart-aften = Evening (from 17)
access-trinfri-adgang = Step-free access
access-handicaptoilet = Accessible toilet
access-teleslynge = Hearing loop
access-parkering-taet-paa = Parking nearby
access-hjaelpemidler = Mobility aids available
channel-in_person = In person
channel-phone = By phone
channel-online = Online
sort-relevans = Best match
sort-afstand = Distance
sort-navn = Name
cost-free = Free
cost-amount = DKK { $kr }
cost-ask = Ask about the price
reason-words = Search words: { $words }
reason-similar = Close to what you searched for
reason-age = Suits age { $age } ({ $min }–{ $max } years)
reason-newcomers = Newcomers welcome
paging-label = Pages
paging-text = Page { $page } of { $pages }
paging-previous = Previous page
paging-next = Next page
error-summary-title = There is a problem
error-prefix = Error:
filter-error-arena = Choose a life arena from the list.
filter-error-target-group = Choose a target group from the list.
filter-error-age = Enter the age as a number from 0 to 120 – e.g. 67.
filter-error-town = We do not know that town. Choose a town from the list.
filter-error-radius = Choose a distance from the list – e.g. 10 km.
filter-error-radius-town = Choose a town to search within a distance.
filter-error-weekday = Choose a weekday from the list.
filter-error-time = Choose a time of day from the list.
filter-error-accessibility = Choose an accessibility feature from the list.
filter-error-channel = Choose from the list how the offer takes place.
filter-error-sort = Choose an order from the list.
filter-error-page = That page does not exist. Go to page 1.

## Offer
offer-for = For
offer-ages = ages { $min }–{ $max }
offer-address = Address
offer-when = When
offer-next-dates = The next times
offer-how-to-join = How to join
offer-join-show-up = Just show up.
offer-join-sign-up = Sign up first.
offer-join-contact = Contact the organiser first.
offer-bring-someone = You may bring someone
offer-ambassador = An ambassador can come along the first time
offer-yes = Yes
offer-no = No
offer-languages = Languages
offer-contact = Contact
offer-phone = Phone
offer-email = Email
offer-website = Website
offer-getting-there = Getting there
offer-station = Nearest station: { $station }, { $km } km
offer-distances = Distance from the towns
offer-stale = This information is more than a year old and may be out of date. Contact the organiser before you go.
offer-paused = This offer is paused at the moment.
offer-ended = This offer has ended.
offer-print-hint = You can print this page with your browser's print function.
offer-back = Back to the directory
language-da = Danish
language-en = English
language-de = German
language-uk = Ukrainian
language-ar = Arabic
language-pl = Polish
report-heading = Is something wrong?
report-intro = Tell us if something on this page is wrong or out of date. Your message goes to the municipality's editors.
report-message = What is wrong?
report-message-hint = E.g.: They now meet on Wednesdays instead of Tuesdays.
report-contact = Your email or phone number (optional)
report-contact-hint = Only if you want an answer. We use it for nothing else.
report-honeypot = Leave this field empty
report-submit = Send the message
report-thanks = Thank you! Your message has been sent to the editors.
report-error-empty = Write what is wrong – e.g. that the time has changed.
report-error-long = The message can be at most 2000 characters. Please shorten it.
report-error-contact = Enter an email address (e.g. name@example.dk) or a phone number (e.g. 12 34 56 78) – or leave the field empty.

## API
api-error-limit = limit must be a whole number from 1 to 100.
api-error-cursor = cursor must be the next_cursor value of the previous page.
api-error-empty = The parameter must not be empty. Leave it out instead.
api-error-boolean = Use true or false.

## Landing pages and printed guide
landing-group = Communities for the target group { $group }
landing-town = Communities in and around { $town }
landing-town-intro = Offers in { $town } and within 10 km, nearest first – and those you can join by phone or online.
landing-towns = Find communities in your town
print-link = Make a printed guide for a town
print-title = Communities in { $town }
print-intro = A guide to communities in and around { $town } (within 10 km), by life arena. Printed { $date }. See more at { $site }.
print-choose = Choose the town the guide is about. The guide prints on A4 and can be handed out at, e.g., the library or the care centre.
print-remote = By phone and online – for everyone, wherever you live
print-phone = Call
print-none = No offers here at the moment.
print-unclassified = Not classified yet
offer-unclassified = Not classified yet
offer-place-unknown = The place is not given
sort-auto = Automatic (best match, or distance when you have chosen a town)

## Map
map-title = The results on a map
map-back = Back to the list
map-note = The map is drawn here on the page from where the towns and meeting places are. Nothing is loaded from other websites. Phone and online offers are not on the map.
map-summary = { $count ->
    [one] 1 offer shown on the map – the numbers match the list below the map.
   *[other] { $count } offers shown on the map – the numbers match the list below the map.
}
map-more = There are more offers than the map can show. Narrow the search to see them all.
map-link = Show the results on a map
offer-not-on = Not on these days

## How are you?
selfcheck-title = How are you?
selfcheck-intro = Three short questions about how you have felt with other people lately. There are no right or wrong answers. We do not keep what you answer.
selfcheck-q1 = How often do you feel that you lack companionship?
selfcheck-q2 = How often do you feel left out?
selfcheck-q3 = How often do you feel isolated from others?
selfcheck-answer-1 = Hardly ever
selfcheck-answer-2 = Some of the time
selfcheck-answer-3 = Often
selfcheck-age = Your age (optional)
selfcheck-age-hint = Only used if you choose to be counted below.
selfcheck-band-under-16 = Under 16
selfcheck-band-16-24 = 16–24
selfcheck-band-25-44 = 25–44
selfcheck-band-45-64 = 45–64
selfcheck-band-65-79 = 65–79
selfcheck-band-80-plus = 80 or older
selfcheck-band-ikke-oplyst = Prefer not to say
selfcheck-consent = Yes, count my answer anonymously in the municipality's figures
selfcheck-consent-hint = Only if you tick: we add one to a count for the month and your age group. We do not keep who you are, what time you answered, or where you answered from. Figures with fewer than 5 answers are never shown.
selfcheck-submit = See what you can do
selfcheck-error-q1 = Choose how often you feel that you lack companionship.
selfcheck-error-q2 = Choose how often you feel left out.
selfcheck-error-q3 = Choose how often you feel isolated from others.
selfcheck-error-alder = Choose an age group from the list.
selfcheck-thanks = Thank you for answering
selfcheck-seldom = It sounds as if you have people around you when you need them. That is good. Perhaps you know someone who finds it harder – a community can also be something you go to together.
selfcheck-sometimes = Many people feel like this now and then. It may help to find a place where you can be with others doing something you enjoy – without having to commit.
selfcheck-often = Many people feel like this, and you are not alone in it. Loneliness is a feeling – not a fault in you. It can help to talk to someone about it, and to take a small step out among others.
selfcheck-feeling = Being alone is not the same as being lonely. The feeling can change, and help is available.
selfcheck-counted = Your answer has been counted anonymously. Thank you.
selfcheck-next = What you can do now
selfcheck-step-find = Find a community in the directory
selfcheck-step-show-up = Find something where you can just show up
selfcheck-step-ambassador = Talk to an ambassador – someone who knows how to talk about loneliness
selfcheck-step-others = Read how you can help someone else
selfcheck-step-read = Read more about loneliness
selfcheck-again = Answer again
home-selfcheck = How are you? Three short questions – anonymous
