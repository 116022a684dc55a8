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
lang-uk = Українська
lang-ar = العربية
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
offer-events = See events for this offer in the calendar
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
selfcheck-consent-hint = Only if you tick: we add one to a count for the month and your age group. We do not keep who you are, what time you answered, or where you answered from. Figures with fewer than 10 answers are never shown.
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
selfcheck-step-find = Find a community that suits you – six short questions
selfcheck-step-show-up = Find something where you can just show up
selfcheck-step-ambassador = Talk to an ambassador – someone who knows how to talk about loneliness
selfcheck-step-others = Read how you can help someone else
selfcheck-step-read = Read more about loneliness
selfcheck-again = Answer again
home-guide = Find your community – six short questions, one minute
home-selfcheck = How are you? Three short questions – anonymous

## Pages that do not exist or may not be used
error-403-title = You do not have access to this
error-403-text = You are logged in, but your account does not have access to this page. Ask an administrator at the municipality if you think you should have access.
error-409-title = That has already happened
error-409-text = What you tried to do has already been done – perhaps by someone else. Go back and reload the page.
error-form-bad = The form could not be read. Go back and try again.
error-form-large = The form is too large. Shorten the text and try again.
error-form-expired = The form has expired or came from another website. Go back, reload the page and send it again – what you wrote will still be there when you go back.
error-form-twice = The form is already being sent. Wait a moment and reload the page.

## Footer and staff bar
footer-suggest = Suggest an offer
footer-login = Log in for associations and staff
staff-signed-in-as = Logged in as

## Accounts
account-title = My account
account-back = Back to my account
account-name = Name
account-email = Email address
account-email-hint = We only use it to log you in and to tell you about your offers.
account-password = Password
account-new-password = New password
account-new-password-hint = At least 10 characters. A sentence you can remember is better than a short, complicated word, e.g. "coffee at the harbour every Tuesday".
account-repeat-password = Repeat the new password
account-current-password = Your current password
account-roles = Roles
account-no-roles = None yet
account-organisations = Your organisations
account-security = Logging in and security
account-sessions = You are logged in { $count ->
    [one] in one place
   *[other] in { $count } places
  } right now.
account-logout = Log out
account-logout-everywhere = Log out everywhere
account-logged-out = You are logged out.
account-your-data = Your data
account-your-data-text = You can download everything we have stored about you, and you can delete your account. The log of changes only keeps a number for who did what – not your name.
account-export = Download my data (JSON)
account-login-title = Log in
account-login-lead = For associations, municipal staff, ambassadors and bus crew. As a citizen, you do not need to log in to use Sammen.
account-login-submit = Log in
account-forgot-link = Have you forgotten your password?
account-register-link = Create an account
account-error-email-empty = Enter your email address.
account-error-password-empty = Enter your password.
account-error-wrong = The email address or password is wrong.
account-error-too-many = There have been too many wrong attempts. Wait 15 minutes and try again – or reset your password.
account-error-unconfirmed = You need to confirm your email address first. We have sent you a new email with a link.
account-error-email = Enter an email address like name@example.dk.
account-error-name = Enter your name (at most 100 characters).
account-error-password-short = The password must be at least 10 characters.
account-error-password-long = The password can be at most 200 characters.
account-error-password-email = The password must not be your email address.
account-error-password-repeat = The two passwords are not the same.
account-error-current = Your current password is wrong.
account-error-delete-confirm = Type SLET to confirm.
account-password-title = Change password
account-password-submit = Save new password
account-password-changed = Your password has been changed. You have been logged out everywhere else.
account-delete-title = Delete my account
account-delete-lead = Your account, your roles and your logins are deleted straight away. Offers you have made for an organisation stay with the organisation. This cannot be undone.
account-delete-confirm = Type SLET to confirm
account-delete-confirm-hint = In capital or small letters.
account-delete-submit = Delete the account
account-register-title = Create an account
account-register-lead = An account is for people who run an offer. When you have confirmed your email, an administrator at the municipality can give you access to your association.
account-register-submit = Create account
account-register-sent-title = Check your email
account-register-sent-text = We have sent you an email with a link that you need to click to confirm your address. The link works for 7 days.
account-confirm-title = Confirm your email address
account-confirm-submit = Confirm
account-confirmed-title = Thank you – your email is confirmed
account-confirmed-text = You can now log in.
account-forgot-title = Forgotten password
account-forgot-lead = Enter the email address you log in with. We will send you a link where you can choose a new password.
account-forgot-submit = Send link
account-forgot-sent-title = Check your email
account-forgot-sent-text = If the address has an account with us, we have sent a link. It works for one hour.
account-reset-title = Choose a new password
account-reset-done-title = Your password has been changed
account-reset-done-text = You have been logged out everywhere. Log in with your new password.
account-link-gone-title = The link no longer works
account-link-gone-text = The link has been used or is too old. Ask for a new one.
account-invite-title = Welcome to Sammen
account-invite-lead = You have been invited with the address { $email }. Enter your name and choose a password.
account-invite-submit = Create my account

## Roles
role-administrator = Administrator
role-moderator = Moderator
role-ambassador = Ambassador
role-bus_crew = Bus crew
role-editor = Editor
role-member-of = Member of { $organisation }

## Staff area
admin-title = Staff area
admin-back = Back to the staff area
admin-no-roles = Your account has no roles yet. An administrator at the municipality can give you access to your association or your tasks.
admin-your-organisations = Your organisations
admin-tasks = Your tasks
admin-tile-moderation-title = Moderation
admin-tile-moderation-count = Moderation ({ $count } waiting)
admin-tile-moderation-text = New suggestions, changes and reports of wrong information.
admin-tile-stale-title = Offers that need confirming
admin-tile-stale-text = Offers nobody has confirmed for a long time, and those that have been taken out of the search.
admin-tile-accounts-title = Accounts and invitations
admin-tile-accounts-text = Invite people and give them roles.
admin-tile-organisations-title = Organisations
admin-tile-organisations-text = All organisations and their offers.
admin-tile-log-title = Log of changes
admin-tile-log-text = Who changed what, and when.
admin-tile-outbox-title = Outbox
admin-tile-outbox-text = The emails Sammen has sent or is going to send.
admin-tile-ambassador-title = Ambassadors
admin-tile-ambassador-text = Requests to the ambassadors: your own and the coordinators' queue.
admin-tile-bus-title = The Happy Bus
admin-tile-bus-text = The bus timetable and today's trip.
admin-accounts-title = Accounts
admin-accounts-back = Back to accounts
admin-account-state = Status
admin-account-invited = Invited
admin-account-unconfirmed = Email not confirmed
admin-account-active = Active
admin-invite-title = Invite someone
admin-invite-lead = The person gets an email with a link where they choose their own password. If the address already has an account, it simply gets the new roles.
admin-invite-name-hint = Optional. The person can change it themselves.
admin-invite-submit = Send invitation
admin-invited = The invitation has been sent.
admin-roles = Roles
admin-member-of = Member of organisation
admin-member-of-hint = Members can edit the organisation's page and offers.
admin-no-organisation = None
admin-error-no-role = Choose at least one role or an organisation.
admin-error-own-role = You cannot remove your own administrator role. Ask another administrator to do it.
admin-account-save = Save roles
admin-account-saved = The roles have been saved.
admin-account-export = Download the person's data (JSON)
admin-account-delete = Delete the account
admin-account-deleted = The account has been deleted.
admin-log-title = Log of changes
admin-log-lead = The log cannot be edited or deleted. It shows who, what and when – not personal information.
admin-log-when = When
admin-log-who = Who
admin-log-what = What
admin-log-subject = Subject
admin-log-detail = Details
admin-log-older = Older
admin-log-anonymous = A citizen
admin-log-system = The system
admin-log-deleted-account = Deleted account no. { $id }
admin-outbox-title = Outbox
admin-outbox-smtp = Emails are sent through the municipality's mail server. Failed attempts are tried again.
admin-outbox-no-smtp = No mail server has been set up (SAMMEN_SMTP_URL), so emails stay here and are not sent. You can read them below.
admin-mail-sent = Sent
admin-mail-waiting = Waiting (attempts: { $attempts })
admin-mail-failed = Given up: { $error }

## The offer form
form-label-navn = Name of the offer
form-hint-navn = E.g. "Knitting café in Asnæs". At most 120 characters.
form-label-kort = Short description
form-hint-kort = One or two sentences that are shown in the search. E.g. "We knit and chat over a cup of coffee. Bring your knitting, or borrow needles from us."
form-label-beskrivelse = More about the offer
form-hint-beskrivelse = What happens, who comes, and how are people welcomed the first time? Leave an empty line between paragraphs.
form-label-organisation = Association or organiser
form-hint-organisation = The name of the association, group or institution behind it.
form-label-kontakt = Your email (optional)
form-hint-kontakt = If you would like to hear what happens to your suggestion. We use it for nothing else.
form-label-livsarena = Life arena
form-hint-livsarena = Where in life does the offer belong? Choose one or more.
form-label-maalgruppe = Who is it for?
form-label-alder_fra = Age from
form-hint-alder_fra = In whole years, e.g. 18.
form-label-alder_til = Age to
form-hint-alder_til = In whole years, e.g. 100.
form-label-pris = Price
form-label-beloeb = Amount in kroner
form-hint-beloeb = Only if it costs something. E.g. 25.
form-label-pris_note = About the price (optional)
form-hint-pris_note = E.g. "coffee and cake cost DKK 10" or "the first time is free".
form-label-deltagelse = How do people join?
form-label-nye_velkomne = Newcomers are especially welcome
form-label-kanal = Where does it take place?
form-label-by = Town
form-hint-by = If it takes place in a particular place.
form-label-adresse = Address (optional)
form-hint-adresse = E.g. "Vig Bygade 12, 4560 Vig".
form-label-dage = Weekdays
form-label-hver = How often?
form-label-fra = Starts at
form-hint-fra = As hh:mm, e.g. 14:00.
form-label-til = Ends at
form-hint-til = As hh:mm, e.g. 16:00.
form-label-tilgaengelighed = Accessibility
form-label-tidspunkt = Time
form-cost-free = Free
form-cost-amount = Costs an amount
form-cost-ask = Ask about the price
form-join-show_up = People can just show up
form-join-sign_up = People need to sign up
form-join-contact_first = People need to contact us first
form-every-1 = Every week
form-every-2 = Every other week
form-town-none = No particular town
form-error-name-empty = Enter the name of the offer.
form-error-name-long = The name can be at most 120 characters.
form-error-short-empty = Write a short description.
form-error-short-long = The short description can be at most 300 characters.
form-error-description-long = The description is too long. Please shorten it.
form-error-organisation-empty = Enter who is behind the offer.
form-error-choice = Choose from the list.
form-error-age = Enter an age in whole years between 0 and 120, e.g. 18.
form-error-age-order = "Age to" must be the same as or higher than "Age from".
form-error-amount = Enter the amount in whole kroner, e.g. 25.
form-error-text-long = The text is too long.
form-error-town = Choose a town from the list.
form-error-weekdays = Choose at least one weekday.
form-error-time = Enter the time as hh:mm, e.g. 14:00.
form-error-time-order = The end time must be after the start time.
form-new-title = New offer
form-new-lead = A new offer from { $organisation }. You can save it as a draft and finish it later. When you send it, a moderator looks at it before it becomes public.
form-edit-title = Edit offer
form-edit-lead = Your changes become visible when a moderator has approved them. Until then, the offer stays as it is now.
form-save-draft = Save as draft
form-send-for-approval = Send for approval
form-back-organisation = Back to the organisation

## Submissions
submission-status-draft = Draft
submission-status-pending = Waiting for approval
submission-status-approved = Approved
submission-status-rejected = Rejected
submission-status-changes_requested = The moderator has asked for changes
submission-untitled = Offer without a name
submission-note = Message from the moderator
submission-see-offer = See the offer
submission-saved-draft = The draft has been saved. It has not been sent yet.
submission-sent = Thank you – the offer has been sent for approval. You will get an email when a moderator has looked at it.
submission-not-editable = The submission can no longer be edited, because a moderator has dealt with it.

## Suggest an offer
suggest-title = Suggest an offer
suggest-lead = Do you know of a community that is missing from the directory? Tell us about it. You do not need to create an account.
suggest-lead-2 = A member of staff at the municipality looks at the suggestion before it becomes public.
suggest-submit = Send the suggestion
suggest-error-links = Include at most two links to websites.
suggest-thanks-title = Thank you for your suggestion
suggest-thanks-text = A moderator will look at it soon. If you gave your email, you will hear from us.
suggest-thanks-back = Back to the directory

## Moderation
moderation-title = Moderation
moderation-back = Back to moderation
moderation-submissions = Offers waiting
moderation-empty = No offers are waiting.
moderation-kind = Type
moderation-kind-suggestion = Suggestion from a citizen
moderation-kind-new = New offer
moderation-kind-edit = Change
moderation-since = Submitted
moderation-reports = Reports of wrong information
moderation-no-reports = No reports.
moderation-contact = Contact
moderation-report-close = Mark as resolved
moderation-report-closed = The report has been marked as resolved.
moderation-unclassified = Offers without a life arena
moderation-changes = What is new or changed
moderation-field = Field
moderation-before = Before
moderation-after = After
moderation-diff-hint = Deleted text is crossed out, new text is highlighted.
moderation-decision = Decision
moderation-approve = Approve – the offer becomes public
moderation-ask-changes = Ask for changes
moderation-reject = Reject
moderation-note = Reason or message
moderation-note-hint = Required when you reject or ask for changes. The organisation receives it by email.
moderation-organisation = Organisation
moderation-organisation-hint = Choose an existing organisation, or create a new one from the suggestion.
moderation-new-organisation = New organisation: { $name }
moderation-submit = Save decision
moderation-decided = The decision has been saved, and a message has been sent.
moderation-already-decided = Another moderator has already dealt with this offer.
moderation-error-decision = Choose a decision.
moderation-error-note = Write a reason, so the organisation knows what to do.
moderation-error-suggestion-changes = A suggestion from a citizen cannot be sent back for changes. Approve it and edit it afterwards, or reject it.
moderation-error-invalid = The offer is missing information and cannot be approved. Ask for changes instead.

## Organisations
org-name = Name
org-description = About the organisation
org-description-hint = Who are you, and what do you do? Leave an empty line between paragraphs.
org-email = Email
org-email-hint = Reminders to confirm your offers are sent here and to your members.
org-phone = Phone
org-phone-hint = E.g. 59 66 66 66.
org-website = Website
org-website-hint = The full address, e.g. https://forening.dk.
org-save = Save
org-saved = The organisation's page has been saved.
org-error-phone = Enter the phone number in digits, e.g. 59 66 66 66.
org-error-website = Enter the full address, starting with https://.
org-contact = Contact
org-offers = Offers
org-no-offers = No offers yet.
org-offer-confirmed = last confirmed { $date }
org-public-page = See the public page
org-profile = The organisation's page
org-events = Events in the calendar
org-calendar = See this organisation's events in the calendar
org-submissions = Drafts and submissions

## Freshness
stale-lead = Offers must be confirmed at least once a year. Nobody has confirmed these for a long time. After 15 months, an offer is taken out of the search until someone confirms it.
stale-unlisted = Taken out of the search
stale-stale = May be out of date
stale-none = None.
stale-confirmed = last confirmed
stale-confirm = Confirm that it is still correct
fresh-confirm-title = Is the information still correct?
fresh-confirm-lead = "{ $offer }" was last confirmed { $date }. If everything is still correct, press the button. It takes a second.
fresh-confirm-submit = Yes, it is still correct
fresh-confirm-view = See the offer
fresh-confirm-edit = Something needs changing (log in)
fresh-confirmed-title = Thank you – the offer is confirmed
fresh-confirmed-text = The date of the last confirmation has been updated, and the offer is in the search.
fresh-confirmed-staff = The offer has been confirmed.
fresh-link-gone = The link has been used or is too old. Log in to confirm the offer.

## Emails (sent in Danish)
mail-confirm-subject = Confirm your email for Sammen
mail-confirm-body =
    Hello

    Click the link to confirm your email address:
    { $link }

    The link works for 7 days. If you did not create an account, you can ignore this email.
mail-exists-subject = You already have an account with Sammen
mail-exists-body =
    Hello

    Someone – perhaps you – tried to create an account with this address, but you already have one.
    If you have forgotten your password, you can choose a new one here:
    { $link }
mail-reset-subject = Choose a new password for Sammen
mail-reset-body =
    Hello

    Click the link to choose a new password:
    { $link }

    The link works for one hour. If you did not ask for it, you can ignore this email.
mail-invite-subject = You have been invited to Sammen { $municipality }
mail-invite-body =
    Hello

    You have been invited to Sammen { $municipality } as: { $roles }.
    Click the link, enter your name and choose a password:
    { $link }

    The link works for 14 days.
mail-role-subject = You have a new role in Sammen
mail-role-body =
    Hello

    You have been given a new role in Sammen { $municipality }: { $roles }.
    Log in here: { $link }
mail-fresh-subject = Is the information about "{ $offer }" still correct?
mail-fresh-body =
    Hello { $organisation }

    The information about "{ $offer }" was last confirmed { $date } – { $months } months ago.
    Is it still correct? Then click here and press the button:
    { $link }

    If something needs changing, you can log in and edit the offer.
    If nobody confirms the information, the offer is taken out of the search when it is { $unlisted } months old.
mail-moderation-approved-subject = "{ $offer }" has been approved
mail-moderation-approved-body =
    Hello

    "{ $offer }" has been approved and can now be found in the directory on Sammen { $municipality }.
    Message from the moderator: { $note }

    { $link }
mail-moderation-rejected-subject = "{ $offer }" was not approved
mail-moderation-rejected-body =
    Hello

    "{ $offer }" was not approved for Sammen { $municipality }.
    Reason: { $note }

    If you have questions, reply to the municipality at the address given on { $link }
mail-moderation-changes-subject = "{ $offer }" needs changes before it can be approved
mail-moderation-changes-body =
    Hello

    A moderator has asked for changes to "{ $offer }":
    { $note }

    Edit the offer and send it again here:
    { $link }

## The community calendar
calendar-title = Community calendar
calendar-lead = Shared meals, pop-up communities, open houses and events in the municipality. For many of them you can just turn up; for others you sign up here – on your own or as a group, without creating an account.
calendar-quick-label = Quick picks
calendar-quick-week = This week
calendar-quick-weekend = This weekend
calendar-filters = Choose what you want to see
calendar-filter-all = All
calendar-filter-kind = Type
calendar-filter-age = Age
calendar-filter-town = Town
calendar-filter-free = Free only
calendar-filter-submit = Show
calendar-week-of = { $from } – { $to }
calendar-count = { $count ->
    [0] No events
    [one] One event
   *[other] { $count } events
  }
calendar-empty = There are no events that match your choices. Try another week, or choose fewer things.
calendar-weeks = Weeks
calendar-previous-week = Previous week
calendar-next-week = Next week
calendar-subscribe = Follow the calendar
calendar-subscribe-text = Get the events in your own calendar or news reader. The links include the choices you have made above.
calendar-ics = Subscribe in your calendar (iCalendar)
calendar-rss = News feed (RSS)
calendar-feed-name = Community calendar – { $municipality }
calendar-just-show-up = Just turn up
calendar-signup-open = Sign-up open
calendar-full = Full – join the waiting list
calendar-seats-left = { $count ->
    [one] 1 place left
   *[other] { $count } places left
  }
calendar-cancelled = Cancelled
calendar-cancelled-long = The event is cancelled on this day.
calendar-moved = The time has changed for this day.
calendar-error-date = Enter the date as dd.mm.yyyy, e.g. 3.12.2026.
calendar-error-kind = Choose a type from the list.
calendar-error-period = Choose this week or this weekend.
calendar-error-id = We do not recognise that number.
event-kind-spis-sammen = Eat together
event-kind-pop-up = Pop-up
event-kind-foreningsdag = Association day
event-kind-aabent-hus = Open house
event-kind-andet = Event
event-back = Back to the calendar
event-organiser = Organiser
event-bring = Bring
event-signup = Sign-up
event-signup-deadline = Sign up no later than { $hours } hours before.
event-add-to-calendar = Add to my calendar (.ics)
event-other-dates = Other dates
signup-intro = A first name is enough. You get a private link where you can see or cancel your sign-up.
signup-name = First name
signup-name-hint = Or the name of the adult accompanying a group.
signup-phone = Phone
signup-contact-needed = The organiser needs a phone number or an email address.
signup-contact-optional = Optional.
signup-email = Email (optional)
signup-email-hint = Then you get a confirmation and a reminder the day before.
signup-people = Number of people
signup-people-hint = At most { $max }.
signup-group = I am signing up a group that I accompany
signup-group-hint = E.g. a school class or a team – you are the group's contact.
signup-group-note = Which group? (optional)
signup-group-note-hint = E.g. "8.B from Asnæs Skole".
signup-group-label = Group: { $note }
signup-submit = Sign up
signup-closed = Sign-up is closed.
signup-over = The event is over.
signup-error-name = Enter a first name.
signup-error-phone = Enter the phone number with at least 8 digits, e.g. 12 34 56 78.
signup-error-contact = The organiser must be able to contact you: enter a phone number or an email address.
signup-error-people = Enter how many of you there are – a whole number from 1 up to the number of places available.
signup-title = Your sign-up
signup-event = Event
signup-status = Status
signup-status-confirmed = You are signed up
signup-status-waitlist = You are on the waiting list
signup-status-cancelled = Cancelled
signup-people-count = { $count ->
    [one] 1 person
   *[other] { $count } people
  }
signup-group-of = A group of { $count }: { $note }
signup-confirmed-notice = You are signed up. Save the link to this page – this is where you can cancel.
signup-waitlist-notice = The event is full, so you are on the waiting list. If someone drops out, you move up, and if you gave your email address, we will let you know.
signup-cancelled-notice = Your sign-up is cancelled. Thank you for letting us know.
signup-keep-link = Save the address of this page: it is your private access to your sign-up.
signup-cancel = Cancel sign-up
signup-to-calendar = Back to the calendar
signup-gone-title = The sign-up does not exist
signup-gone-text = The link is wrong, or the sign-up has been deleted (this happens 30 days after the event).

## Organisers
event-new-title = New event
event-new-lead = The event appears in the calendar as soon as you save it.
event-edit-title = Edit the event
event-edit-lead = Changes apply to all dates. If you want to cancel or move a single date, do it on the event's page.
event-save = Save the event
event-saved = The event has been saved.
event-label-title = Title
event-hint-title = E.g. "Eat together at the village hall".
event-label-kind = Type
event-no-arena = None in particular
event-label-place = Place
event-hint-place = Choose a known place, or choose a town below.
event-no-place = No known place
event-label-online = It takes place online
event-label-date = Date
event-hint-date = As dd.mm.yyyy, e.g. 3.12.2026.
event-label-every = Repeats
event-every-0 = Only this day
event-every-1 = Every week
event-every-2 = Every other week
event-label-count = How many times? (optional)
event-hint-count = Leave the field empty if it carries on.
event-label-price = Price in kroner
event-hint-price = 0 if it is free.
event-label-signup = Do people need to sign up?
event-signup-yes = Yes, sign-up
event-signup-no = No, people can just turn up
event-label-capacity = Number of places (optional)
event-hint-capacity = Leave the field empty if there is no limit. When it is full, people go on a waiting list.
event-label-closes = Sign-up closes (hours before)
event-hint-closes = E.g. 24.
event-label-contact = We need a phone number or email address from people who sign up
event-label-bring = Bring (optional)
event-hint-bring = E.g. "Good spirits – we will take care of the food".
event-label-offer = Belongs to the offer (optional)
event-hint-offer = Then the event is also shown with the offer.
event-no-offer = None
event-error-where = Choose a place or a town, or tick online.
event-error-count = Enter a whole number from 1 to 104, or leave the field empty.
event-error-capacity = Enter a whole number, e.g. 20, or leave the field empty.
event-error-closes = Enter a whole number of hours from 0 to 336.
event-error-message = Write a message (at most 3000 characters).
event-error-move = Enter the new date as dd.mm.yyyy and the times as hh:mm.
event-admin-public = See the public page
event-admin-dates = Dates
event-admin-participants = Signed up
event-admin-total = { $count } signed up
event-admin-total-of = { $count } of { $capacity } places taken
event-admin-none = Nobody has signed up yet.
event-admin-waitlist = Waiting list
event-admin-csv = Download the list (CSV)
event-admin-print = Print the page for a paper list of participants.
event-admin-message = Write to everyone
event-admin-message-label = Message
event-admin-message-hint = Sent to everyone signed up for this date who gave an email address.
event-admin-message-send = Send message
event-message-sent = The message has been sent.
event-admin-move = Move this date
event-admin-move-submit = Move
event-moved-notice = The date has been moved, and the people signed up have been told.
event-admin-cancel = Cancel
event-admin-cancel-text = Everyone signed up with an email address will be told.
event-admin-cancel-all = Cancel all dates (the whole event)
event-admin-cancel-submit = Cancel
event-cancelled-notice = Cancelled, and the people signed up have been told.

## Emails about events
mail-event-online = online
mail-signup-confirmed-subject = You are signed up: { $event }
mail-signup-confirmed-body =
    Hello

    You are signed up for "{ $event }" { $when }, { $where }.
    Organiser: { $organisation }

    Here you can see or cancel your sign-up:
    { $link }
mail-signup-waitlist-subject = You are on the waiting list: { $event }
mail-signup-waitlist-body =
    Hello

    "{ $event }" { $when }, { $where }, is full, so you are on the waiting list.
    If someone drops out, you move up, and then you will get an email.

    Here you can see or cancel your sign-up:
    { $link }
mail-signup-promoted-subject = You have got a place: { $event }
mail-signup-promoted-body =
    Hello

    A place has become free, and you are now signed up for "{ $event }" { $when }, { $where }.
    If you cannot come after all, please cancel using the link in your first email.

    { $link }
mail-reminder-subject = Remember tomorrow: { $event }
mail-reminder-body =
    Hello

    A reminder: "{ $event }" is { $when }, { $where }.
    Bring: { $bring }

    We look forward to seeing you.
    { $organisation }
mail-event-message-subject = Message about { $event }
mail-event-message-body =
    Hello

    A message from { $organisation } about "{ $event }" { $when }:

    { $message }
mail-event-cancelled-subject = Cancelled: { $event } { $when }
mail-event-cancelled-body =
    Hello

    Unfortunately, "{ $event }" { $when } has been cancelled.
    You do not need to do anything.

    { $organisation }
mail-event-cancelled-all-subject = Cancelled: { $event }
mail-event-cancelled-all-body =
    Hello

    Unfortunately, "{ $event }" has been cancelled – all dates.
    You do not need to do anything.

    { $organisation }
mail-event-moved-subject = New time: { $event }
mail-event-moved-body =
    Hello

    "{ $event }" { $when } has been moved to { $new }.
    If you cannot come at the new time, please cancel using the link in your first email.

    { $organisation }

## Find your community (the guide)
guide-title = Find your community
guide-intro = Six short questions, and we will find communities that suit you. You can skip every question. We do not keep your answers.
guide-progress = Step { $step } of { $steps }
guide-next = Next
guide-show = Show suggestions
guide-skip = Skip
guide-back = Back
guide-nothing-kept = Your answers live only in your browser's address bar. We do not keep them and set no cookies.
guide-q1 = Who are you looking for a community for?
guide-who = It is for
guide-who-me = Me
guide-who-child = My child
guide-age = Age
guide-age-hint = The age in whole years, for example 15 or 75.
guide-q2 = Where do you live?
guide-town-hint = Choose the town you live in or nearest to. Or choose to meet by phone or online.
guide-town-choose = Choose a town
guide-town-remote = By phone or online
guide-q3 = What do you like?
guide-likes-hint = Choose up to three.
guide-like-bevaege = Moving (walking, running, dancing, ball games)
guide-like-skabe = Making things (knitting, painting, building)
guide-like-spise = Eating together with others
guide-like-natur = Being out in nature
guide-like-laere = Learning something new
guide-like-hjaelpe = Helping others
guide-like-spil = Games (cards, board games, computer)
guide-like-musik = Music and singing
guide-like-snak = Talking over a coffee
guide-interest-bevaege = moving
guide-interest-skabe = making things
guide-interest-spise = eating together
guide-interest-natur = nature
guide-interest-laere = learning
guide-interest-hjaelpe = helping others
guide-interest-spil = games
guide-interest-musik = music
guide-interest-snak = talking
guide-q4 = When can you?
guide-when-hint = Choose all that suit you.
guide-when-hverdag = Weekdays, daytime
guide-when-aften = Weekday evenings
guide-when-weekend = At the weekend
guide-q5 = How do you get around?
guide-transport-bil = By car
guide-transport-bus-tog = By bus or train
guide-transport-cykel = By bike
guide-transport-gaa = On foot
guide-transport-lift = I need a lift
guide-q6 = Would you rather join alone or with someone?
guide-company-alene = Alone
guide-company-gruppe = With a group, for example a class or some friends
guide-company-foelges = With someone who comes along the first time
guide-free-only = Only things that are free
guide-error-who = Choose whether it is for you or for your child.
guide-error-age = Enter the age as a number from 0 to 110, for example 15.
guide-error-child-age = Enter your child's age – a number under 18.
guide-error-town = Choose a town from the list, or choose phone or online.
guide-error-choice = Choose one of the answers in the list.
guide-error-likes-max = Choose at most three things you like.
guide-error-answers = The answers in the link could not be read. Start the guide again.
guide-error-email-empty = Enter the email address to send the list to.
guide-error-email = Enter an email address like name@example.com.
guide-results-title = Suggestions for you
guide-summary = From your answers: { $answers }.
guide-summary-nothing = You skipped every question, so here are the communities that are easiest to join.
guide-summary-age = { $age } years old
guide-summary-child-age = your child, aged { $age }
guide-summary-free = free only
guide-edit = Change your answers
guide-print = Print this list
guide-printed = Printed from Find your community on
guide-kind-offer = Community
guide-part-formiddag = morning
guide-part-eftermiddag = afternoon
guide-part-aften = evening
guide-at-clock = at { $time }
guide-in-town = in { $town }
guide-by-phone = by phone
guide-online = online
guide-reason-km = { $km } km from you
guide-reason-close = close to you
guide-reason-station = a station near both ends
guide-reason-free = free
guide-reason-show-up = just show up
guide-reason-newcomers = newcomers welcome
guide-reason-bring = bring someone along
guide-reason-ambassador = an ambassador can come along
guide-few-title = We did not find much that fits all your answers
guide-few-text = It is not you – there just are not many offers that fit every answer right now. Here is the nearest we have. You can also talk to an ambassador or call one of the lines below.
guide-alternatives = The nearest we have
guide-ambassador-title = Talk to an ambassador
guide-ambassador-text = An ambassador can help you find a community and come along the first time.
guide-ambassador-link = Find an ambassador
guide-send-title = Send the list to me
guide-email = Your email address
guide-email-hint = We send the list once. The address is deleted as soon as the mail has gone.
guide-send = Send the list
guide-sent = The list is on its way to your inbox. We delete your address as soon as the mail has gone.
guide-again = Start again
guide-mail-subject = Your suggestions from Find your community
guide-mail-intro = Here are the communities you found with the guide.
guide-mail-outro = We have not kept your address or your answers. You received this mail because you asked for it.
guide-reason-no-signup = no sign-up

## Ambassadors
ambassadors-title = Ambassadors
ambassadors-intro = Ambassadors are volunteers and staff trained to talk about loneliness. They can have a talk with you – or come along the first time you try a community. You decide how much you tell.
ambassadors-talk = Talk to an ambassador
ambassadors-filter = Show ambassadors
ambassadors-reset = Reset
ambassadors-all = All
ambassadors-filter-group = Target group
ambassadors-filter-town = Town
ambassadors-filter-setting = Where they work
ambassadors-filter-language = Language
ambassadors-count = { $count ->
    [one] 1 ambassador
   *[other] { $count } ambassadors
}
ambassadors-none = No ambassador fits what you chose. Try removing a filter – or write to us and we will find someone who can help.
ambassadors-error-group = Choose a target group from the list.
ambassadors-error-town = Choose a town from the list.
ambassadors-error-setting = Choose a setting from the list.
ambassadors-error-language = Choose a language from the list.
ambassador-groups = Target groups
ambassador-settings = Works in
ambassador-towns = Towns
ambassador-languages = Languages
ambassador-reachable = Reachable
ambassador-back = All ambassadors
ambassador-talk = Talk to
ambassador-training = Training
ambassador-trained = { $count ->
    [one] Has completed 1 module of the ambassador training.
   *[other] Has completed { $count } modules of the ambassador training.
}
ambassador-in-training = Is taking the ambassador training.
ambassador-certificate = See the training certificate
certificate-title = Training certificate
certificate-caption = Completed modules
certificate-module = Module
certificate-date = Completed
certificate-duration = Duration
certificate-total = Total
certificate-hours = { $hours } hours
setting-skole = School
setting-dagtilbud = Day-care
setting-arbejdsplads = Workplace
setting-plejecenter = Care centre
setting-bibliotek = Library
setting-forening = Association
setting-bussen = The Happy Bus
setting-sundhedshus = Health centre
language-tr = Turkish
language-so = somali
language-fa = Persian
admin-tile-coverage-title = Ambassadors and coverage
admin-tile-coverage-text = Training, and where a trained ambassador is missing.
coverage-title = Ambassadors: training and coverage
coverage-intro = The tables count trained ambassadors. A cell saying "none" shows where one is missing.
coverage-overview = Trained ambassadors per town and target group
coverage-detail = Per town and setting in one target group
coverage-show = Show
coverage-town = Town
coverage-none = none
coverage-gaps = { $count } cells without a trained ambassador for { $group }.
coverage-modules = The training's modules
coverage-people = The ambassadors
coverage-name = Name
coverage-completed = Modules completed

## Talk to an ambassador
ask-title = Talk to an ambassador
ask-lead = Write to us and we will find an ambassador who can have a talk with you – or come along the first time you try a community. You can also write for someone else.
ask-privacy = You decide how much you tell. You can be fully anonymous: then you read the reply by a private link. Only the ambassador and the municipality's coordinators can see what you write, and it is deleted half a year after the request is closed.
ask-kind = What would you like?
ask-kind-talk = A talk with an ambassador
ask-kind-accompany = Someone to come along the first time
ask-asker = Who is writing?
ask-asker-self = I am writing for myself
ask-asker-relative = I am a relative writing for someone else
ask-asker-teacher = I am a teacher or educator writing for a child or young person
ask-asker-professional = I am writing as a professional for a citizen
ask-consent = The person knows I am writing and agrees
ask-consent-hint = Only tick this when you write for someone else.
ask-about = What is it about? (optional)
ask-about-hint = Write only what you want to. You can leave it empty.
ask-join = Which community or event would you like company to? (optional)
ask-join-hint = For example "the walking group in Hørve" or "the shared meal in Asnæs".
ask-age = Age of the person it is about
ask-band-0-12 = Under 13
ask-band-13-17 = 13–17
ask-band-18-29 = 18–29
ask-band-30-64 = 30–64
ask-band-65-plus = 65 or over
ask-not-given = Rather not say
ask-town = Town
ask-language = Language
ask-ambassador = Who would you rather talk to?
ask-ambassador-any = Whoever fits best
ask-contact = How would you like the reply?
ask-contact-hint = Whatever you choose, you get a private link where you can read the reply and write back.
ask-contact-telefon = Call me
ask-contact-email = Write to me by email
ask-contact-anonym = Fully anonymous – I read the reply by my private link
ask-name = First name (optional)
ask-name-hint = So the ambassador knows what to call you.
ask-phone = Phone number
ask-phone-hint = Only if you want a call. For example 12 34 56 78.
ask-email = Email address
ask-email-hint = Only if you want the reply by email.
ask-send = Send
ask-error-kind = Choose whether you want a talk or someone to come along.
ask-error-asker = Choose who is writing.
ask-error-consent = Tick the box if the person knows you are writing and agrees. Otherwise we cannot take the request.
ask-error-choice = Choose one of the answers in the list.
ask-error-contact = Choose how you would like the reply.
ask-error-phone = Enter a phone number with 8 digits, for example 12 34 56 78.
ask-error-email = Enter an email address like name@example.com.
ask-mail-subject = Your request to an ambassador
ask-mail-body = Thank you for writing. An ambassador will get back to you as soon as possible.

    Here is your private link, where you can read the reply and write back:
    { $link }

    Keep the link – anyone who has it can read the conversation.
ask-staff-mail-subject = A new request is waiting
ask-staff-mail-body = A new request for an ambassador has arrived. Sign in to read it:
    { $link }
request-title = Your request
request-created = Thank you. Your request has been sent.
request-keep-link = Keep the address of this page (for example as a bookmark) – it is your private link. Here you can read the reply and write back. Anyone with the link can read the conversation.
request-status-new = We have received your request. An ambassador will reply as soon as possible.
request-status-accepted = { $name } has taken your request.
request-status-closed = The request is closed.
request-conversation = The conversation
request-no-messages = No messages yet.
request-you = You
request-person = The person who wrote
request-answer = Write back
request-send-answer = Send
request-answer-sent = Your message has been sent.
request-close = Close the request
request-close-hint = When the request is closed, it is deleted after half a year.
request-closed-text = The request is closed and will be deleted after half a year. You are always welcome to write again.
request-error-empty = Write a message.
request-error-closed = The request is closed.
request-error-date = Write the date as year-month-day, for example 2027-02-15.
request-error-scale = Answer all three questions (and tick consent the first time).
request-error-action = We do not know that action.
requests-title = Requests
requests-no-profile = Your account is not linked to an ambassador profile yet. Contact a coordinator.
requests-queue = Waiting for an ambassador
requests-queue-empty = No requests are waiting.
requests-all = All requests
requests-mine = Your requests
requests-none = No requests.
requests-col-kind = Request
requests-col-created = Received
requests-col-status = Status
requests-col-ambassador = Ambassador
requests-col-follow-up = Follow-up
requests-back = All requests
request-queue = The coordinators' queue
request-state-new = New
request-state-accepted = Taken
request-state-closed = Closed
request-staff-title = Request
request-consent = The person agreed
request-yes = Yes
request-no = No
request-anonymous = Anonymous – reply by private link
request-accept = Take the request
request-assign = Send to
request-assign-button = Pass on
request-reply = Reply
request-reply-hint = The reply can be read by the person's private link.
request-send-reply = Send reply
request-notes = Your notes
request-notes-hint = Only you and the coordinators see the notes – never the person.
request-note = New note
request-save-note = Save note
request-follow-up = Follow-up
request-follow-up-date = Follow-up date
request-follow-up-hint = Write the date as year-month-day, for example 2027-02-15. Leave it empty to remove it.
request-save-follow-up = Save date
request-scale = The loneliness scale (only with consent)
request-scale-hint = Only ask if the person wants to. First at the first contact, again after about three months. The answers are kept without a name and shown only in total, once at least 5 have answered.
request-scale-consent = The person agrees to answer
request-scale-before = Save the first answers
request-scale-after = Save the answers after three months
request-close-title = Close
request-close-staff-hint = A closed request is deleted after half a year – with its messages and notes.
request-close-staff = Close the request
request-done-accepter = You have taken the request.
request-done-tildel = The request has been passed on.
request-done-svar = Your reply has been sent.
request-done-note = The note is saved.
request-done-opfoelgning = The date is saved.
request-done-skala-foer = The answers are saved.
request-done-skala-efter = The answers are saved without a name.
request-done-luk = The request is closed.
request-reply-mail-subject = An ambassador has replied
request-reply-mail-body = There is a reply to your request. Read it by your private link from our first mail.
outcomes-title = Does it work? (the loneliness scale)
outcomes-too-few = Fewer than 10 have answered twice – the figures appear once at least 10 have.
outcomes-summary = { $count } have answered twice (rounded to 5). Average at first contact: { $before }, after three months: { $after } (3 = seldom lonely, 9 = often).
offer-accompany = Would you like company the first time? Ask an ambassador to come along
amb-back = Ambassadors and coverage
amb-new-title = New ambassador
amb-new = Add an ambassador
amb-first-name = First name
amb-first-name-hint = Only the first name is shown publicly.
amb-about = A few words about you
amb-about-hint = For example what you like to help with. At most 600 characters.
amb-reachable = When can you be reached?
amb-reachable-hint = For example "Weekdays 9–15".
amb-published = Show the profile publicly
amb-published-hint = Without a tick the profile is hidden, for example during a break. No new requests come meanwhile.
amb-account = Account (email)
amb-account-hint = The account the ambassador signs in with. It gets the ambassador role. Leave empty if there is no account yet.
amb-save = Save
amb-saved = The changes are saved.
amb-module = Module
amb-completed-on = Completed on
amb-completed-on-hint = Write the date as year-month-day, for example 2026-10-01.
amb-add-training = Record
amb-add-training-title = Record a completed module
amb-error-name = Enter a first name.
amb-error-groups = Choose at least one target group.
amb-error-towns = Choose at least one town.
amb-error-languages = Choose at least one language.
amb-error-account = There is no account with that email. Invite the person first under Accounts.
amb-error-date = Write the date as year-month-day, for example 2026-10-01.
amb-error-future = The date cannot be in the future.
amb-module-new = New training module
amb-module-add = Add a module
amb-module-title = Title
amb-module-description = Description
amb-module-material = Material
amb-module-material-hint = For example "Talks and dialogue cards".
amb-module-minutes = Duration in minutes
amb-module-minutes-hint = For example 180.
amb-module-save = Save module
amb-module-saved = The module is saved.
amb-error-module-title = Enter a title.
amb-error-minutes = Enter the duration as a number of minutes from 1 to 10000.
amb-own-title = Your ambassador profile
amb-own-lead = You decide what your public profile says. Your email and phone number are never shown.
amb-own-link = Edit your ambassador profile
photo-title = Photo (optional)
photo-choose = Choose a photo
photo-hint = JPEG, PNG or WebP, at most 512 KB. It is shown only while the profile is public.
photo-save = Save photo
photo-remove = Remove photo
photo-alt = Photo of { $name }
photo-error-none = Choose a photo to save.
photo-error-type = The photo must be JPEG, PNG or WebP.
photo-error-large = The photo is too large. Choose one of at most 512 KB.
photo-saved = The photo is saved.
photo-removed = The photo is removed.

## The Happy Bus
bus-name = The Happy Bus
bus-intro = The Happy Bus tours the municipality and stops at squares, schools, harbours and care centres. At every stop there is coffee, a chat and something to do together – drop by, no sign-up needed.
bus-paused = The bus is taking a break: { $reason }.
bus-next = The next stops
bus-none = No stops are planned right now.
bus-week = This week's timetable
bus-col-time = Time
bus-col-stop = Stop
bus-col-what = What happens
bus-stops = All stops
bus-planners = In journey planners
bus-planners-text = The timetable is published as GTFS, so journey planners and map apps can show the bus.
bus-gtfs = Download the timetable (GTFS)
bus-back = The Happy Bus
bus-town = Town
bus-accessibility = Accessibility
bus-indoor = If it rains
bus-visitors = Who usually comes
bus-coming = The next times the bus comes
bus-add-calendar = Add the stop to your calendar (.ics)
bus-activity-kaffe = coffee
bus-activity-snak = a chat
bus-activity-spil = games
bus-activity-sygeplejerske = a nurse
bus-activity-biblioteksboeger = library books
bus-activity-musik = music
bus-activity-bevaegelse = exercise

## Den Glade Bus, live: where it is now, the route map, the crew's page
bus-live-link = Where is the bus now?
bus-live-title = Where is the bus now?
bus-live-today = Today's tour
bus-live-refresh = Refresh
bus-live-updated = Updated at { $time }.
bus-live-col-planned = Planned
bus-live-col-status = Status
bus-live-passed = Has moved on
bus-live-here = Here now
bus-live-away = In about { $minutes } min.
bus-live-late = In about { $minutes } min. – about { $delay } min. late
bus-live-no-tour = The bus does not run today.
bus-live-next = Next: { $day } at { $time }, { $stop }.
bus-live-not-out = The bus is not on its way right now. The times below are the plan.
bus-live-done = Today's tour is over.
bus-live-at = The bus is at { $stop } now, until about { $until }.
bus-live-towards = The bus is on its way to { $stop } and expected at { $time }.
bus-live-privacy = The position comes from the bus's phone, only while the bus is driving, and is kept for two days.
bus-map-title = The bus's route
bus-map-days = Choose a day
bus-map-caption = Map of the bus's stops on { $day } in order. The list below the map has the same stops with times.
bus-map-caption-today = Map of today's stops in order. A green square shows the bus while it is driving.
bus-map-link = See the { $day } tour on a map
bus-map-no-tour = The bus does not run that day.
bus-map-bad-day = Choose a weekday from the list.
bus-bell-hint = Would you like a message when the bus is near your stop? Choose the stop and sign up for the bell.
bus-crew-title = Today's tour (bus crew)
bus-crew-share-title = Share the bus's position
bus-crew-share = Share position
bus-crew-share-stop = Stop sharing
bus-crew-waiting = Waiting for GPS …
bus-crew-denied = The phone did not give its position. Use the buttons at the stops instead.
bus-crew-stopped = Sharing stopped.
bus-crew-offline = The position could not be sent. We will try again shortly.
bus-crew-noscript = Sharing the position needs JavaScript. Use the "Arrived" and "Leaving" buttons at the stops.
bus-crew-last-fix = Position sent at { $time }.
bus-crew-arrived = Arrived
bus-crew-left = Leaving
bus-crew-arrived-done = Arrival recorded.
bus-crew-left-done = Departure recorded.
bus-crew-saved-arrived = Saved: the bus has arrived.
bus-crew-saved-left = Saved: the bus is leaving.
bus-crew-bad-position = The position was not valid (latitude and longitude as numbers).
bus-crew-bad-mark = The button did not belong to a stop. Go back and try again.
bus-crew-not-today = That stop is not on today's tour.
bus-crew-public = See the public page "Where is the bus now?"

## The bell
bell-title = Get a message when the bus comes
bell-intro = We send an e-mail when the bus is on its way to this stop, and/or the day before. No account needed; we keep only your e-mail and the stop.
bell-email = Your e-mail
bell-email-hint = First you get an e-mail with a link to press.
bell-lead = When do you want a message on the day?
bell-lead-minutes = When the bus is about { $minutes } minutes away
bell-lead-none = Not on the day
bell-day-before = Also the day before (in the afternoon)
bell-submit = Sign up for the bell
bell-error-email-missing = Write your e-mail.
bell-error-email = Write an e-mail like name@example.com.
bell-error-lead = Choose 10, 20 or 30 minutes, or "Not on the day".
bell-error-nothing = Choose at least one message: on the day or the day before.
bell-sent-title = Check your e-mail
bell-sent-text = We have sent an e-mail. Press the link in it to start the bell. If you already have the bell for this stop, you get a link to change or stop it instead.
bell-sent-privacy = We keep only your e-mail and the stop. If you do not confirm within a week, we delete it.
bell-back-to-stop = Back to the stop
bell-manage-title = Your bell
bell-manage-stop = Stop:
bell-manage-unconfirmed = The bell has not started yet. Press the button to confirm the e-mail is yours.
bell-fact-address = Sent to { $address }
bell-confirm = Start the bell
bell-unsubscribe = Stop the bell and delete my e-mail
bell-manage = See or stop your bell
bell-confirmed-title = The bell has started
bell-confirmed-text = You will get messages as you chose. Every e-mail has a link where you can stop again.
bell-stopped-title = The bell has stopped
bell-stopped-text = Your e-mail is deleted, and you will get no more messages about this stop.
bell-gone-title = The bell no longer exists
bell-gone-text = It was stopped or never confirmed. You can sign up again on the stop's page.
mail-bell-confirm-subject = Confirm the bell for { $stop }
mail-bell-confirm-body =
    Hello

    Someone (hopefully you) asked for a message when Den Glade Bus comes to { $stop }.
    Press the link to start the bell:

    { $link }

    If it was not you, do nothing; we delete the address in a week.
mail-bell-again-subject = Your bell for { $stop }
mail-bell-again-body =
    Hello

    You already have the bell for { $stop }. Here you can see it or stop it:

    { $link }
mail-bell-near-subject = { $bus } is about { $minutes } minutes from { $stop }
mail-bell-near-body =
    Hello

    { $bus } is on its way and expected at { $stop } at { $time } (in about { $minutes } minutes).

    No more messages: { $manage }
mail-bell-tomorrow-subject = { $bus } comes to { $stop } tomorrow
mail-bell-tomorrow-body =
    Hello

    { $bus } comes to { $stop } { $day }: { $times }.

    No more messages: { $manage }

## The bus plan for staff
plan-title = The bus plan
plan-settings = The bus starts and ends in { $where }; working hours are { $from }–{ $to }, the average speed { $speed } km/h, and a stay lasts at least { $stay } min.
plan-published-summary = Published plan: { $count } visits a week, about { $km } km.
plan-draft-summary = Draft: { $count } visits a week, about { $km } km.
plan-see-published = See the published timetable
plan-findings-draft = Problems in the draft
plan-findings-published = Problems in the published plan
plan-no-findings = No problems: every stop is within its time window, there is time to drive between stops, and the tour stays within working hours.
plan-propose = Compute a proposal with the planner
plan-copy = Edit the published plan
plan-draft = The draft
plan-draft-help = Move a visit to another day or time, or change the stay (in minutes). The draft is checked every time you save.
plan-col-day = Day
plan-col-arrive = Arrival (HH:MM)
plan-col-stay = Stay (min.)
plan-save = Save
plan-publish = Publish the draft
plan-discard = Discard the draft
plan-crew-link = Today's tour for the crew
plan-saved-forslag = The planner's proposal is saved as a draft.
plan-saved-kladde = The published plan is copied to a draft.
plan-saved-besoeg = The visit is saved in the draft.
plan-saved-udgivet = The draft is published. The timetable, the calendars and the GTFS file show it now.
plan-saved-kasseret = The draft is discarded.
plan-error-day = Choose a weekday.
plan-error-time = Write the arrival as HH:MM, e.g. 10:30.
plan-error-stay = Write the stay in minutes, between 5 and 480.
plan-error-no-draft = There is no draft to publish. Compute a proposal or edit the published plan first.
plan-error-findings = The draft cannot be published until the problems below are fixed.
plan-finding-window = { $day }: { $stop } at { $time } is outside the stop's window { $from }–{ $to }.
plan-finding-tight = { $day }: from { $from } to { $to } there are { $gap } min., but the drive takes about { $drive } min.
plan-finding-hours = { $day }: the tour leaves the depot at { $start } and is back at { $end } – outside working hours { $shiftstart }–{ $shiftend }.
plan-finding-day = { $day }: { $stop } does not want a visit that day.
plan-finding-frequency = { $stop } is visited { $visits } times a week but should be visited { $wanted } times.
plan-settings-link = Change the bus's day
plan-settings-title = The bus's day
plan-settings-lead = Where the bus starts and ends, the working hours, the speed and the shortest stay. The planner, the plan's check and the expected times on "Where is the bus now?" use them. The published plan is not changed; the check shows what no longer fits.
plan-settings-depot = Depot (name)
plan-settings-depot-hint = For example "Asnæs". The bus leaves the depot in the morning and returns in the afternoon.
plan-settings-depot-hint-roads = For example "Asnæs". The road table (SAMMEN_BUS_MATRIX) has its own distances to the depot: if you move the depot, the table must be made again.
plan-settings-lat = The depot's latitude
plan-settings-lat-hint = Decimal degrees, e.g. 55.73785 and 11.50780 (comma or point).
plan-settings-lon = The depot's longitude
plan-settings-start = Working hours start (HH:MM)
plan-settings-hours-hint = E.g. 09:00 and 17:00. The tour must leave and return to the depot within them.
plan-settings-end = Working hours end (HH:MM)
plan-settings-speed = Average speed (km/h)
plan-settings-speed-hint = Between 10 and 90. Driving time is the straight-line distance × 1.3 at this speed.
plan-settings-speed-hint-roads = Between 10 and 90. Driving time between stops comes from the road table; the speed is used for expected times while the bus drives.
plan-settings-stay = Shortest stay (minutes)
plan-settings-stay-hint = Between 5 and 240. The planner gives each stop at least this long, and the check reports shorter stays.
plan-settings-error-depot = Write the depot's name (at most 80 characters).
plan-settings-error-coordinates = Write the depot's latitude and longitude as decimal numbers, e.g. 55.73785 and 11.50780.
plan-settings-error-far = The depot is more than 50 km from every stop of the bus. Check the coordinates – are latitude and longitude swapped?
plan-settings-error-hours = Write the working hours as HH:MM; they must end after they start and last at most 14 hours.
plan-settings-error-speed = Write the average speed as a whole number between 10 and 90 km/h.
plan-settings-error-stay = Write the shortest stay as a whole number of minutes between 5 and 240.
plan-saved-indstillinger = The bus's day is saved. The check below uses it now; compute a new proposal to plan by it.
plan-finding-stay = { $day }: { $stop } has only { $stay } min., but a stay must last at least { $minimum } min.
bus-stop-new-link = Create a new stop
bus-stop-edit-link = Edit the place
bus-stop-new-title = New stop for the bus
bus-stop-edit-title = The place: { $stop }
bus-stop-lead = Where the bus stops, and what people should know about the place. The stop's page, the timetable and the GTFS file show it.
bus-stop-no-town = No town
bus-stop-field-name = The stop's name
bus-stop-field-name-hint = E.g. "Torvet" or "Grevinge Skole". The town is shown beside it.
bus-stop-field-town = Town
bus-stop-field-lat = Latitude
bus-stop-field-lon = Longitude
bus-stop-field-access = Accessibility
bus-stop-field-indoor = If it rains
bus-stop-field-indoor-hint = Where people can be indoors, e.g. "In the hall next door". At most 300 characters.
bus-stop-field-visitors = Who usually comes
bus-stop-field-visitors-hint = E.g. "Older people from the town and parents with small children". At most 300 characters.
bus-stop-error-name = Write the stop's name (at most 80 characters).
bus-stop-error-far = The place is more than 25 km from the municipality's towns. Check the coordinates – are latitude and longitude swapped?
bus-stop-error-long = Write at most 300 characters.
plan-saved-stop-ny = The stop is created. It is visited once a week on a weekday until you change its wishes; compute a new proposal to include it in the plan.
plan-saved-sted = The place is saved. The timetable and the stop's page show it now.
bus-pauses-title = Pauses
bus-pauses-lead = Days of every year without the weekly tours, e.g. July or Christmas. A pause may run over New Year. The timetable, the stops' calendars, the bell and the GTFS file leave the days out at once; extra tours on chosen dates still run.
bus-pauses-none = There are no pauses: the bus runs all year.
bus-pauses-link = Change the pauses
bus-pauses-summary = { $count ->
    [0] No pauses: the bus runs all year.
    [one] One pause a year: { $list }.
   *[other] { $count } pauses a year: { $list }.
}
bus-pauses-add = Add a pause
bus-pauses-from = From (day.month)
bus-pauses-day-hint = E.g. 1.7 and 31.7 for July, or 23.12 and 1.1 for Christmas.
bus-pauses-to = To (day.month)
bus-pauses-reason = Why
bus-pauses-reason-hint = Shown on the timetable, e.g. "Summer holiday". At most 80 characters.
bus-pauses-error-day = Write a day as day.month, e.g. 1.7.
bus-pauses-error-reason = Write why the bus pauses (at most 80 characters).
bus-pauses-added = The pause is added. The timetable leaves the days out now.
bus-pauses-deleted = The pause is deleted. The bus runs on those days again.

## The bell by Web Push
bell-push-title = Or: a message on this phone or computer
bell-push-intro = Your browser can show the message directly, without e-mail. We keep only the browser's address for messages and the stop. Choose above when you want a message.
bell-push-button = Get messages on this device
bell-push-waiting = Asking the browser for permission …
bell-push-denied = The browser said no or cannot take messages. Use e-mail instead.
bell-push-error = The browser's subscription could not be used. Try again, or use e-mail.
bell-push-done = The bell has started for { $stop } on this device.
push-bell-body = Tap to see where the bus is.
push-bell-stop = Stop messages
bus-extras = Extra tours on chosen dates
plan-extras = Extra tours on chosen dates
plan-extras-help = For example a town festival or a summer Saturday. An extra visit also runs within a pause and shows at once in the timetable, the calendar and the GTFS file.
plan-col-stop = Stop
plan-col-date = Date
plan-extra-add = Add extra visit
plan-extra-delete = Delete
plan-saved-ekstra = The extra visit is saved and is now public.
plan-saved-ekstra-slettet = The extra visit is deleted.
plan-error-stop = Choose a stop.
plan-error-date = Choose a date from today and at most a year ahead.
plan-error-matrix = The distance table (SAMMEN_BUS_MATRIX) lacks the stop "{ $stop }". Add it to the file, or remove the setting to use straight lines.
plan-wishes = What the stops want
plan-wishes-help = The planner uses this: how many times a week, on which days, in which time window and how long the bus should stay.
plan-wish-per-week = { $count } time(s) a week
plan-wish-stay = { $min } min.
plan-wish-title = Wishes for { $stop }
plan-wish-field-per-week = Visits a week (0–5)
plan-wish-field-per-week-hint = 0 means the stop is not in the plan for now.
plan-wish-field-days = Days the bus may come
plan-wish-field-from = Arrival earliest (HH:MM)
plan-wish-field-to = Arrival latest (HH:MM)
plan-wish-field-window-hint = E.g. the school 14:00–15:00. Leave both empty if the time does not matter.
plan-wish-field-activities = What happens at the stop
plan-saved-stop = The stop's wishes are saved. Compute a new proposal to use them.
plan-error-per-week = Write a number from 0 to 5.
plan-error-per-week-days = Fewer days are chosen than visits a week; each visit needs its own day.
plan-error-days = Choose at least one day.
plan-error-window = Write both earliest and latest as HH:MM, earliest before latest – or leave both empty.

# Trust: abuse limits and unproven accounts
account-error-unproven = The account's email address is not confirmed, so it cannot be given roles. Invite the address under Accounts: the person gets a link and chooses their own password.
error-429-title = Too many attempts
error-429-text = Too many were sent from here in a short time. Try again in { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }. If it is urgent, call us.
form-error-too-fast = The form was sent before it could have been filled in. Wait a moment and send it again.
form-error-honeypot = The field "Leave this field empty" must be empty.
bell-push-error-twice = This page has already been used to subscribe. Reload the page to try again.

## rides
rides-ordered-by = Booked by
rides-admin-tile = Rides with volunteer drivers
rides-ask-link = Can't get there yourself? Book a volunteer driver
rides-title = Book a ride with a volunteer driver
rides-lead = Volunteer drivers take you to an activity or an event and home again – once or every week. It is free.
rides-privacy = We use your details to find a driver. The driver gets your name, address and phone number. We delete them 30 days after the last ride.
rides-on-behalf = The person knows I am booking the ride and wants it
rides-on-behalf-hint = You are signed in and booking for someone else – for example after a phone call. We record that you booked it.
rides-destination = Where are you going?
rides-destination-hint = The name of the activity or event, and the address if you know it – for example the choir at Asnæs Kulturhus
rides-name = Name
rides-phone = Phone number
rides-phone-hint = The driver calls if anything comes up – for example 12 34 56 78
rides-email = E-mail (if you have one)
rides-email-hint = You get a confirmation and the link to change or cancel
rides-address = Where should we pick you up?
rides-address-hint = Street and number – for example Storegade 12
rides-town = Town
rides-choose-town = Choose a town
rides-date = First date
rides-date-hint = For example 8.12.2026
rides-repeat = How often?
rides-repeat-en = Once
rides-repeat-hver-uge = Every week on the same day
rides-weeks = How many weeks? (2–12)
rides-weeks-hint = Only if it is every week – for example 8
rides-weeks-hint-event = Only if it is every week. We follow the event's own dates.
rides-out = When should we pick you up?
rides-out-hint = Time – for example 13.30
rides-home = When should we pick you up for the way home?
rides-home-hint = For example 16.00. Leave empty if you do not need a ride home.
rides-note = Good for the driver to know
rides-note-hint = For example walker, wheelchair, difficulty with stairs
rides-relative = A relative to tell at pick-up
rides-relative-hint = If you like: someone who gets an e-mail when you are picked up
rides-relative-email = The relative's e-mail
rides-send = Book the ride
rides-error-destination = Write where you are going – for example the choir at Asnæs Kulturhus.
rides-error-name = Write your name.
rides-error-phone = Write a phone number with at least 8 digits – for example 12 34 56 78.
rides-error-email = Write the e-mail address like name@example.com – or leave it empty.
rides-error-address = Write the street and number – for example Storegade 12.
rides-error-town = Choose a town from the list.
rides-error-date = Write a date from today and at most a year ahead – for example 8.12.2026.
rides-error-repeat = Choose once or every week.
rides-error-weeks = Write a number of weeks from 2 to 12.
rides-error-time = Write a time as HH.MM – for example 13.30.
rides-error-home-after = The ride home must be later than the pick-up – for example 16.00.
rides-error-relative-email = Write the relative's e-mail like name@example.com.
rides-error-relative-name = Write the relative's name.
rides-error-on-behalf = Tick the box when the person knows and wants the ride.
rides-error-no-event-date = The event has no dates from that date. Choose another date.
rides-error-action = We did not understand that. Try again from the page.
rides-private-title = Your ride
rides-created = Thank you! Your booking has been sent.
rides-keep-link = Keep this page (for example as a bookmark). Here you can see, change and cancel the ride. We will write when a driver is found.
rides-status-new = We are looking for a driver.
rides-status-confirmed = { $name } is driving you.
rides-status-cancelled = The ride is cancelled.
rides-dates = Dates
rides-date-cancelled = cancelled
rides-cancel-date = Cancel this day
rides-cancel-all = Cancel the whole ride
rides-change-title = Change times or message
rides-change = Save the changes
rides-cancelled-text = The ride is cancelled. You can always book a new one.
rides-no-return = No ride home
rides-done-aflyst = The day is cancelled. The driver has been told.
rides-done-aflyst-alt = The ride is cancelled.
rides-done-aendret = The changes are saved.
rides-desk-title = Rides
rides-ask-for-someone = Book a ride for a citizen
rides-waiting = Waiting for a driver
rides-none-waiting = No bookings are waiting.
rides-planned = Planned rides
rides-none-planned = No planned rides.
rides-driver = Driver
rides-no-dates = No dates
rides-dates-from = { $first } and { $count } times in all
rides-mileage-title = Mileage allowance
rides-month = Month
rides-month-hint = YYYY-MM – for example 2026-11
rides-mileage-download = Download CSV file
rides-ride-title = Ride booking
rides-back-desk = Back to rides
rides-state-new = Waiting for a driver
rides-state-confirmed = Driver found
rides-state-cancelled = Cancelled
rides-km-per-date = Km per day (both ways)
rides-day-link = Day list
rides-proposals = Suggested drivers
rides-no-candidates = No driver can take all the dates. Call the drivers, or correct their days and hours in the register.
rides-choose-driver = Choose a driver
rides-why-same-driver = has driven this person before
rides-why-same-village = lives in the same town
rides-why-km = { $km } km away
rides-confirm = Confirm the driver
rides-error-driver = Choose one of the suggested drivers.
rides-drivers-title = Volunteer drivers
rides-drivers-lead = Drivers are suggested only while their criminal-record certificate, licence and insurance are valid. We send a reminder 30 days before anything runs out.
rides-no-drivers = There are no drivers yet.
rides-driver-town = Lives in
rides-driver-days = Days
rides-driver-hours = Hours
rides-vetting = Vetting
rides-vetting-ok = In order
rides-vetting-record = criminal-record certificate missing or too old
rides-vetting-licence = licence not valid
rides-vetting-insurance = insurance not valid
rides-actions = Actions
rides-driver-edit = Edit
rides-driver-edit-title = Edit driver
rides-driver-add = New driver
rides-driver-email = E-mail
rides-driver-from = Can drive from
rides-driver-to = Until
rides-driver-hours-hint = First pick-up and last ride home – for example 9.00 and 17.00
rides-driver-areas = Picks up in these towns
rides-driver-areas-hint = Choose none if the driver drives in the whole municipality.
rides-driver-record = Date of the criminal-record certificate
rides-driver-record-hint = For example 15.1.2026. It counts for two years.
rides-driver-licence = Licence valid until
rides-driver-insurance = Insurance valid until
rides-driver-date-hint = For example 31.12.2030
rides-driver-active = Active (can be suggested)
rides-driver-save = Save driver
rides-driver-saved = The driver is saved.
rides-driver-inactive = not active
rides-error-days = Choose at least one day.
rides-error-hours = Write from and until as HH.MM, for example 9.00 and 17.00, from before until.
rides-error-vetting-date = Write a date – for example 15.1.2026 – or leave it empty.
rides-day-title = Day list
rides-day-previous = The day before
rides-day-next = The day after
rides-day-empty = No rides this day.
rides-day-time = Time
rides-day-what = Trip
rides-day-who = Who
rides-day-from = From
rides-day-to = To
rides-day-out = Out
rides-day-home = Home
rides-day-km = Driven in all
rides-day-print = Print the page and take it in the car.
rides-lift-link = Going anyway? Offer a lift to someone who cannot get there alone
rides-lift-title = Offer a lift
rides-lift-lead = Going anyway? Tell us how many seats you have. The coordinator e-mails you who you can take along – nobody else sees it.
rides-lift-seats = Free seats
rides-lift-seats-hint = From 1 to 8
rides-lift-from = You drive from
rides-lift-note = Good to know
rides-lift-note-hint = For example "leaving from Asnæs church at 18.30"
rides-lift-send = Offer the seats
rides-lift-thanks = Thank you! The coordinator will write if someone can come along.
rides-lift-yours = You offered { $seats } seat(s); { $taken } taken.
rides-error-seats = Write a number of seats from 1 to 8.
rides-lifts = Lifts with someone going anyway
rides-choose-lift = Choose a lift
rides-connect-lift = Connect them
rides-lift-free = { $free } free seat(s)
rides-lift-from-town = drives from { $town }
rides-lift-connected = A lift with someone going anyway
rides-error-lift = Choose one of the lifts with a free seat.
rides-status-lift = You get a lift with someone going anyway. We have sent you an e-mail.

## transport
transport-heading = How to get there
transport-back = Back to
transport-from = Where are you coming from?
transport-from-town = From
transport-show = Show the journey
transport-next = Next time: { $when }
transport-error-town = Choose a town from the list
transport-mode-train = Train
transport-mode-bus = Bus
transport-mode-glade-bus = Den Glade Bus
transport-mode-other = Line
transport-ride = { $mode } from { $from } { $time }
transport-change = change at { $stop }
transport-arrive = there at { $time }
transport-walk-min = { $minutes } min. walk
transport-last-home = last way home { $time }
transport-step-walk-to = Leave home at { $time }: { $minutes } min. walk to { $stop }
transport-step-ride = { $depart } { $what } from { $from } to { $to }, there at { $arrive }
transport-step-walk-from = Walk { $minutes } min., there at { $time }
transport-step-walk-to-stop = Leave at { $time }: { $minutes } min. walk to { $stop }
transport-step-walk-home = Walk { $minutes } min., home at { $time }
transport-there = There
transport-home = Home again
transport-home-first = First way home
transport-home-last = Last way home
transport-walk = You can walk there: about { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
transport-none = We found no bus or train from { $town } that gets there in time. See the other ways below.
transport-none-home = We found no bus or train home after { $time }.
transport-no-timetable = We have no bus and train timetable yet.
transport-no-date = There is no coming date, so we cannot look for a bus or train.
transport-other-ways = Other ways to get there
transport-flextur-price = Flextur (a booked ride from door to door): about { $kr } kr. for { $km } km.
transport-flextur-book-hours = Book at least { $hours } hours ahead on
transport-flextur-book-minutes = Book at least { $minutes } minutes ahead on
transport-glade-bus = Den Glade Bus comes to many villages
transport-ambassador = Have someone come along the first time
transport-invented = Example data: the demo's timetable has invented times. Use Rejseplanen for real journeys.
transport-bus-stop-link = bus and train from your town to the next visit and home again
transport-offer-link = Choose where you come from, and see the bus and train there and home again.
transport-guide-reason = a bus or train gets there in time
transport-print-none = No bus or train in time from { $town }: Flextur or Den Glade Bus.

## posters (issue 19)
posters-back = Back to the page
posters-print-hint = Print the page to get the poster on one A4 sheet.
posters-welcome = Everyone is welcome – come as you are.
posters-scan = Scan the code, or go to
posters-qr-label = QR code for { $url }
posters-online = Online
posters-free = Free
posters-price = Price: { $kr } kr.
posters-bus-title = Den Glade Bus comes to { $stop }
posters-bus-text = Drop by for coffee, a chat and something to do together. It is free, and you do not need to sign up.
posters-link = Poster for the notice board

## stories (issue 19)
stories-admin-tile-title = Stories
stories-admin-tile-text = Read, edit and publish citizens' stories about loneliness.
stories-share-title = Tell your story
stories-share-lead = Have you been lonely – and found company? Your story can help others talk about it.
stories-share-privacy = You are anonymous. Do not write names or places that could show who you are. An editor reads the story before it is shown and may take out what could be recognised. You get a private link where you can always withdraw it.
stories-share-link = Tell your own story
stories-body = Your story
stories-body-hint = At least 40 and at most 3,000 characters. Leave an empty line between paragraphs.
stories-signature = Who are you? (optional)
stories-signature-hint = E.g. "Woman, 70". Leave it empty to be fully anonymous.
stories-arena = Where in life?
stories-age = Age
stories-situation = Life situation
stories-tag-none = Rather not say
stories-arena-home = Home and neighbourhood
stories-arena-school = School and education
stories-arena-leisure = Leisure and associations
stories-arena-work = Work
stories-arena-health = Health
stories-age-0-12 = 0–12 years
stories-age-13-17 = 13–17 years
stories-age-18-29 = 18–29 years
stories-age-30-64 = 30–64 years
stories-age-65plus = 65 or older
stories-situation-flytning = Moving
stories-situation-skoleskift = Changing school
stories-situation-enke = Widowhood
stories-situation-ledighed = Unemployment
stories-situation-sygdom = Illness
stories-consent = I allow the municipality to show my story on Sammen – without my name
stories-consent-hint = You can always withdraw it with your private link.
stories-send = Send the story
stories-done-shared = Thank you for your story. Keep the link to this page: it is the only way to see it and withdraw it.
stories-private-title = Your story
stories-private-sent = What you wrote
stories-private-public = How it is shown
stories-status-new = An editor has not read it yet. It is not shown before that.
stories-status-published = It is shown under Stories.
stories-status-rejected = The editor chose not to show it. The text is erased.
stories-status-withdrawn = You withdrew the story. The text is erased.
stories-withdraw-heading = Withdraw the story
stories-withdraw-text = The text is erased at once and shown nowhere.
stories-withdraw = Withdraw and erase
stories-voices-title = Stories
stories-voices-intro = People in the municipality tell about being lonely – and about finding someone. You are not the only one.
stories-voices-link = Read other people's stories
stories-voices-heading = Others tell
stories-all = All
stories-filter = Show
stories-none = There are no stories yet.
stories-anonymous = Anonymous
stories-error-body = Write your story in 40 to 3,000 characters
stories-error-signature = Write at most 60 characters about who you are
stories-error-tag = Choose from the list
stories-error-consent = Tick the box if we may show the story – otherwise we do not keep it
stories-error-action = Choose what should happen to the story
stories-error-withdrawn = The story was withdrawn meanwhile and is not shown
stories-desk-title = Stories
stories-desk-intro = New stories are at the top. Take out names and places that could show who it is before you publish.
stories-desk-none = There are no stories.
stories-desk-when = Received
stories-desk-status = State
stories-desk-start = The beginning
stories-desk-new = Waiting for an editor
stories-desk-story = A story
stories-desk-back = Back to the stories
stories-desk-to-publish = What is shown
stories-desk-body = Text to show
stories-desk-body-hint = Take out names, places and anything else that could show who it is.
stories-desk-publish = Publish
stories-desk-reject = Reject and erase

## pages (issue 19): pages staff write
pages-guides-intro = Would you like to ask someone you worry about yourself?
pages-guide-ask = How to ask
pages-guide-tells = If someone tells you
pages-menu = Read also
pages-admin-tile-title = Pages
pages-admin-tile-text = Write and publish the pages about loneliness, with a plain-language meter.
pages-list-title = Pages
pages-list-intro = The pages about loneliness that citizens read. Every saved version is kept, and you can always bring an old one back.
pages-none = There are no pages yet.
pages-new = New page
pages-edit = Edit the page { $slug }
pages-back = Back to the pages
pages-state = State
pages-state-draft = Draft – not published
pages-state-changed = Published – a newer draft waits
pages-state-published = Published
pages-address = Address
pages-slug = Address
pages-slug-hint = Small letters, digits and hyphens, e.g. om-ensomhed. The page is read at /side/the-address.
pages-lang = Language
pages-audience = Written for
pages-audience-borgere = Citizens (LIX at most 35)
pages-audience-unge = Young people (LIX at most 25)
pages-title = Title
pages-body = Text
pages-body-hint = Write in Markdown: ## for a heading, - for a point, [words](/address) for a link.
pages-markdown-help = HTML, images and links to anything but https, mail and phone are shown as text.
pages-create = Create draft
pages-preview = Show preview
pages-save-draft = Save as draft
pages-publish = Publish
pages-restore = Bring back
pages-previewing = Preview – nothing is saved yet.
pages-done-gemt = The draft is saved. Citizens see it only when you publish.
pages-done-udgivet = The page is published.
pages-done-gendannet = The old version is back as a new draft. Publish it when it is ready.
pages-see-public = See the page as citizens see it
pages-meter = Plain language
pages-lix-goal = the goal is at most { $goal }
pages-lix-over = The text is too hard: write shorter sentences and shorter words.
pages-lix-counts = { $words } words, { $sentences } sentences, { $long } long words (over 6 letters).
pages-very-long = Very long words
pages-passive = Possibly passive
pages-preview-heading = How the text looks
pages-versions = Saved versions
pages-saved = Saved
pages-by = By
pages-author-none = The system
pages-updated = Last updated { $when }.
pages-error-slug = Write an address of 2–60 small letters, digits and hyphens
pages-error-slug-taken = There is already a page with that address in that language
pages-error-lang = Choose Danish or English
pages-error-audience = Choose who the page is written for
pages-error-title = Write a title of at most 120 characters
pages-error-body = Write a text of at most 40,000 characters
pages-error-action = Choose whether to preview, save or publish
pages-error-version = That version does not belong to this page
## figures
outcomes-better = { $better } scored lower the second time (rounded to 5).
outcomes-better-hidden = How many scored lower the second time is not shown: the number is under 10, or it could be worked out from the others.
figures-title = Figures on loneliness
figures-lead = How many feel lonely in { $municipality } and in all of Denmark – and the way to the target of the national strategy "Together against loneliness" (2023): half as many severely lonely by 2040.
figures-disclosure = Figures about people are never shown for fewer than 10, and counts are rounded to the nearest 5.
figures-download = The numbers behind the charts:
figures-series-nation = All of Denmark
figures-series-path = The way to half by 2040
figures-in-year = { $share } % in { $year }
figures-path = Baseline ({ $area }, { $year }): { $baseline } %. The target for 2040: { $target } %. Latest measured ({ $nowyear }): { $now } % – on a straight way to the target it would be { $onpath } %.
figures-no-municipality = { $municipality } has not entered its own figures for this yet. We never show invented figures.
figures-table-caption = { $indicator }: share in per cent (95 % confidence interval in brackets)
figures-col-year = Year
figures-interval = The confidence interval shows how certain the figure is: the true share lies within it with 95 % certainty. "–" means there is no figure.
figures-none = There are no figures for this indicator yet.
figures-method = How it is measured
figures-cannot = What the figure cannot say
figures-sources = Sources
figures-ind-svaert-ensom-name = Severely lonely, aged 16 and over
figures-ind-svaert-ensom-method = The share scoring 7–9 on the three-item loneliness scale (3–9) in the national health profile (Sundhedsprofilen): a survey every four years of a random sample of adults, weighted to resemble the population.
figures-ind-svaert-ensom-limits = The figure does not say who is lonely, why, or for how long. It comes only every four years, so it does not show what happens in between, and small differences may be chance (see the confidence interval). Answers to the self-check on this site are not a survey: those who answer chose to.
figures-ind-ofte-uoensket-alene-name = Often alone against their wish, aged 16 and over
figures-ind-ofte-uoensket-alene-method = The share who answer in the health profile that they are often alone against their wish.
figures-ind-ofte-uoensket-alene-limits = Being alone is not the same as being lonely. The figure does not say why or for how long, and small differences may be chance.
figures-admin-title = Import figures from the health profile
figures-admin-lead = Paste the published figures of the health profile (danskernessundhed.dk) as CSV. The whole file is imported, or nothing: an error names the line, and nothing is kept. A figure with the same year, indicator and breakdown replaces the old one. Figures the municipality does not have are simply left out.
figures-admin-area = Whose figures are they?
figures-admin-area-kommune = The municipality's own figures ({ $municipality })
figures-admin-area-land = Figures for all of Denmark
figures-admin-csv = The figures as CSV
figures-admin-csv-hint = First line: { $columns }. Known indicators: { $list }. Share and confidence interval in per cent (12.4 or 12,4); count and interval may be empty; the source is always needed.
figures-admin-submit = Import the figures
figures-admin-done = { $count } figures imported.
figures-admin-empty = Paste the figures as CSV.
figures-admin-too-long = The file is too long for the form: use the command sammen import figures.
figures-admin-no-area = Choose whether these are the municipality's figures or all of Denmark's.
figures-admin-public = See the public page of figures
figures-selfcheck-title = Answers to the self-check on this site
figures-selfcheck-lead = When someone takes the self-check "How are you?" and ticks "count my answer anonymously", the answer is counted here: per month, by how often they feel lonely.
figures-selfcheck-limits = This is not a survey: those who answer chose to, and the same person may answer more than once. The figures cannot be compared with the health profile. Fewer than 10 are not shown ("hidden"), other counts are rounded to 5, and one more count is hidden where a hidden one could otherwise be worked out from the total.
figures-selfcheck-caption = Answers per month by score on the loneliness scale (counts, rounded to 5)
figures-selfcheck-month = Month
figures-selfcheck-seldom = Seldom lonely (3–4)
figures-selfcheck-sometimes = Some of the time (5–6)
figures-selfcheck-often = Often (7–9)
figures-selfcheck-total = Total
figures-selfcheck-none = Nobody has counted their answer yet.
figures-selfcheck-csv = The table as CSV
figures-hidden = hidden
figures-outcomes-title = Talks with an ambassador: before and after
figures-outcomes-lead = After an ambassador has talked with someone, the person may – if they want to – answer the loneliness scale at the first contact and again after about three months. The pair is kept without a name and without a link to the talk.
figures-outcomes-limits = Only those who agreed to answer twice count, and there is no comparison group: a change can have many reasons.
figures-admin-stored = Stored figures
figures-admin-none = No figures have been imported yet.
figures-admin-stored-caption = Every figure with every breakdown (the built-in national figures included)
figures-admin-col-indicator = Indicator
figures-admin-col-area = Area
figures-admin-col-breakdown = Breakdown
figures-admin-col-share = Share (95 % confidence interval)
figures-admin-col-count = Count (rounded to 5)
figures-directory-title = The directory: offers and how fresh they are
figures-freshness = { $fresh } of { $count } offers ({ $share } %) have been confirmed by their organiser since { $since } – that is, within the last 12 months.
figures-arenas-caption = Offers per life arena (an offer can belong to several)
figures-arenas-arena = Life arena
figures-arenas-offers = Offers
figures-directory-limits = These figures count offers, not people: they do not say how many come, or whether an offer suits anyone. A confirmed offer is one its organiser has said is still right.
figures-nation-in-sentence = all of Denmark

## campaigns (issue 19)
home-campaign-kicker = Campaign week
campaigns-title = Campaigns
campaigns-intro = In a campaign week many people do something together at the same time: greet each other, eat together, open their doors. Find a campaign and join in.
campaigns-none = There are no campaigns right now.
campaigns-now = Now and soon
campaigns-earlier = Earlier campaigns
campaigns-back = All campaigns
campaign-events-count = { $count ->
    [one] 1 event
   *[other] { $count } events
}
campaign-seats-count = about { $count } have signed up
campaign-events-heading = Events in the campaign
campaign-events-none = There are no events yet. Would you like to host one?
campaign-hosts-heading = Be a host
campaign-hosts-how = Associations and groups create an event in Sammen and choose the campaign in the form. We look it over before it is listed here.
campaign-hosts-sign-in = Sign in and create an event
campaign-poster = Poster for the notice board
campaign-desk-title = Campaigns
campaign-desk-intro = Write a campaign with dates, a message and a call to hosts. Associations choose the campaign when they create an event, and you accept each event here.
campaign-new-title = New campaign
campaign-desk-back = Back to the campaigns
campaign-desk-public = See the campaign's page
campaign-desk-tally = Accepted events: { $count }. Waiting: { $waiting }. Signed up: { $seats }.
campaign-desk-entries = Events that want to take part
campaign-desk-no-entries = No event has chosen the campaign yet.
campaign-desk-event = Event
campaign-desk-when = First time
campaign-desk-status = Status
campaign-desk-decide = Decide
campaign-desk-edit = Edit the campaign
campaign-accept = Accept
campaign-decline = Decline
campaign-taking-waiting = Waiting
campaign-taking-accepted = Accepted
campaign-taking-declined = Declined
campaign-label-title = Name
campaign-hint-slug = The campaign's address: /kampagne/the-address. Small letters, digits and hyphens.
campaign-label-from = First day
campaign-label-to = Last day
campaign-hint-date = Write day.month.year, e.g. 1.2.2027.
campaign-label-message = Message
campaign-hint-markdown = Write short and plain. You may use Markdown: a blank line between paragraphs, **bold**, - bullets.
campaign-label-hosts = Call to hosts
campaign-hint-hosts = What can a host do? E.g.: Invite a neighbour for dinner.
campaign-save = Save the campaign
campaign-saved = The campaign is saved.
campaign-decided = The decision is saved.
campaign-error-slug = Write an address of 2–60 small letters, digits and hyphens, e.g. odsherred-spiser-sammen.
campaign-error-title = Write the campaign's name (at most 120 characters).
campaign-error-message = Write the message (at most 4,000 characters).
campaign-error-hosts = Write the call to hosts (at most 4,000 characters).
campaign-error-date = Write the date as day.month.year, e.g. 1.2.2027.
campaign-error-span = The last day must be the first day or later, and a campaign lasts at most two months.
campaign-error-taken = There is already a campaign at that address. Choose another.
campaign-error-action = Choose Accept or Decline.
event-label-campaign = Campaign
event-hint-campaign = Is the event part of a campaign week? Then choose it. The event must take place during the campaign's days.
event-no-campaign = No campaign
event-error-campaign = The event must take place during the campaign's days. Choose another date or no campaign.
campaign-admin-tile-title = Campaigns
campaign-admin-tile-text = Campaign weeks: dates, message, poster and the events taking part.

## schedule words (the repeat rule in words)
schedule-daily = every day
schedule-weekly = every { $list }
schedule-fortnightly = every other { $list }
schedule-monthly-1 = the first { $day } of the month
schedule-monthly-2 = the second { $day } of the month
schedule-monthly-3 = the third { $day } of the month
schedule-monthly-4 = the fourth { $day } of the month
schedule-monthly-last = the last { $day } of the month
## strategy and indicators (issue 18)
strategy-title = The strategy against loneliness
strategy-lead = How { $municipality } works against loneliness: goals for each of the five life arenas and the initiatives that are to reach them.
strategy-one-goal = One goal, many paths: every initiative has an owner and a status, and some are followed by figures you can see on the page of figures.
strategy-to-figures = See the figures: does it work?
strategy-none = No goals have been written in yet.
strategy-goal-label = Goal
strategy-no-initiatives = There are no initiatives under this goal yet.
strategy-status = Status
strategy-status-planned = Planned
strategy-status-running = Running
strategy-status-done = Done
strategy-status-stopped = Stopped
strategy-owner = Owner
strategy-owner-hint = E.g. a department, an association or a committee.
strategy-group = Working group
strategy-group-hint = The committee's sub-group that works on it. May be empty.
strategy-period-label = Period
strategy-period = { $start } – { $end }
strategy-date-open = not set
strategy-offers = Offers
strategy-events = Events
strategy-followed-by = Followed by
strategy-offer-gone = Offer no. { $id } (not in the directory now)
strategy-admin-title = Strategy: goals and initiatives
strategy-admin-lead = Keep the municipality's strategy against loneliness up to date here. Whatever you save is shown at once on the public page about the strategy.
strategy-admin-public = See the public page
strategy-saved = Saved. The change is now shown on the page about the strategy.
strategy-back = Back to the strategy
strategy-goal-new = New goal
strategy-goal-edit = Edit goal
strategy-goal = Goal
strategy-goal-title = The goal
strategy-goal-title-hint = Write the goal briefly and in everyday words, e.g. "More young people are part of a community".
strategy-arena = Life arena
strategy-description = Description
strategy-initiative-new = New initiative
strategy-initiative-edit = Edit initiative
strategy-initiative-title = The initiative's name
strategy-start = Start
strategy-end = End
strategy-date-hint = A date, e.g. 1.3.2026. Leave it empty when it is not set.
strategy-offers-hint = The numbers of offers in the directory (the number in the address /tilbud/12), separated by commas.
strategy-events-hint = The numbers of events in the calendar (the number in the address /arrangement/7), separated by commas.
strategy-indicators = Which figures follow the initiative?
strategy-save = Save
strategy-error-arena = Choose the life arena the goal belongs to.
strategy-error-title = Write a title of 3 to 120 characters.
strategy-error-description = The description may be at most 1,000 characters.
strategy-error-goal = Choose the goal the initiative belongs to.
strategy-error-owner = Write who the owner is (2 to 120 characters).
strategy-error-group = The working group's name may be at most 120 characters.
strategy-error-status = Choose a status.
strategy-error-date = Write the date as e.g. 1.3.2026, or leave it empty.
strategy-error-end-before-start = The end date is before the start date.
strategy-error-ids = Write the numbers as numbers separated by commas, e.g. 12, 14 (at most 30).
strategy-error-indicator = Choose only among the figures shown.
strategy-error-unknown-offers = These offers are not in the municipality's directory: { $ids }.
strategy-error-unknown-events = These events are not in the municipality's calendar: { $ids }.
strategy-ind-svaert-ensom = Share severely lonely (health profile)
strategy-ind-ofte-uoensket-alene = Share often unwantedly alone (health profile)
strategy-ind-selvtest = Answers to the self-check
strategy-ind-ambassadoer-udfald = Talks with an ambassador: before and after
strategy-ind-tilmeldinger = Sign-ups for events
strategy-ind-daekning = The directory's coverage: offers per life arena and town
strategy-ind-friskhed = The directory's freshness
strategy-ind-guide = Completed rounds of "Find your community"
strategy-ind-bus-besoeg = Visitors at Den Glade Bus
indicators-csv = Sammen's own figures as CSV
indicators-to-strategy = See the strategy: goals and initiatives
indicators-none = None (online or not given)
indicators-first = First time
indicators-again = Again
indicators-count = Count
indicators-town = Town
indicators-stop = Stop
indicators-arena = Life arena
indicators-signups-title = Sign-ups for events
indicators-signups-lead = How many sign up for events in the calendar: per month (of the date they signed up for), life arena and town, and how many sign up for the first time.
indicators-signups-none = There are no sign-ups to show yet.
indicators-signups-arena-caption = Sign-ups per month and life arena (counts, rounded to 5)
indicators-signups-first-caption = Sign-ups per month: first time or again (counts, rounded to 5)
indicators-signups-town-caption = Sign-ups in the latest 12 months per town: first time or again (counts, rounded to 5)
indicators-signups-limits = The figures count sign-ups, not attendance; a group counts as one sign-up. "First time" means we know of no earlier sign-up with the same e-mail or phone – but sign-ups are deleted 30 days after the event, so someone coming back after a long break counts as new. Fewer than 10 are not shown, other counts are rounded to 5.
indicators-coverage-title = The directory's coverage: offers per town and life arena
indicators-coverage-lead = How many offers the directory has in each town within each life arena – and where there are none. An offer may belong to several life arenas.
indicators-coverage-caption = Offers in the directory per town and life arena (number of offers)
indicators-gaps = Gaps: towns and life arenas without offers
indicators-coverage-limits = These figures count offers, not people, so they are shown unrounded. A gap does not mean nothing happens: an offer in the next town or online may fit just as well, and not every community is in the directory.
indicators-guide-title = "Find your community": completed rounds
indicators-guide-lead = How many times someone reached the list of suggestions in "Find your community", per month. We keep only the number – nothing about the person or the answers.
indicators-guide-caption = Completed rounds per month (counts, rounded to 5)
indicators-guide-none = There are no completed rounds to show yet.
indicators-guide-limits = One person may go through the guide several times, and reloading the list counts again. The figure says nothing about whether anyone actually went.
indicators-bus-title = Visitors at Den Glade Bus
indicators-bus-lead = The bus crew counts how many come at each stop. Here are the latest 12 months per stop.
indicators-bus-caption = Visitors per stop in the latest 12 months (counts, rounded to 5)
indicators-bus-none = No visitors have been counted yet.
indicators-bus-limits = The crew counts by eye, so the figures are approximate, and the same person counts at every visit. Stops with fewer than 10 visitors are not shown.
indicators-staff-title = Sammen's own figures, with more breakdowns
indicators-staff-lead = The same figures as on the public page, and more breakdowns. Here too, fewer than 10 are never shown and other counts are rounded to 5.
indicators-staff-town-arena-caption = Sign-ups in the latest 12 months per town and life arena (counts, rounded to 5)
indicators-staff-first-arena-caption = Sign-ups in the latest 12 months per life arena: first time or again (counts, rounded to 5)
indicators-staff-bus-month-caption = Visitors per stop and month (counts, rounded to 5)
bus-crew-headcount = Number of visitors
bus-crew-headcount-save = Save number
bus-crew-headcount-saved = The number of visitors is saved.
bus-crew-headcount-recorded = Counted: { $count }
bus-crew-bad-headcount = Write the number of visitors as a whole number from 0 to 500.
pages-menu-strategy = The strategy against loneliness
pages-menu-figures = Figures: does it work?
selfcheck-extra-heading = Two more questions (optional)
selfcheck-extra-lead = You may skip them. The answers help the municipality see whether transport keeps people away, and whether it has become easier to talk about loneliness.
selfcheck-extra-transport = In the past year, have you skipped something because of transport?
selfcheck-extra-tale = Is it natural for you to talk about loneliness?
selfcheck-extra-answer-ja = Yes
selfcheck-extra-answer-nej = No
selfcheck-extra-answer-ved-ikke = Don't know
selfcheck-error-transport = Choose yes, no or don't know – or skip the question about transport.
selfcheck-error-tale = Choose yes, no or don't know – or skip the question about talking about loneliness.
indicators-extra-title = The two optional questions
indicators-extra-lead = Those who count their answers may also say whether, in the past year, they skipped something because of transport, and whether it is natural for them to talk about loneliness – the strategy's own goal. Here are the latest 12 months.
indicators-extra-caption = Answers to the optional questions in the latest 12 months (counts, rounded to 5)
indicators-extra-question = Question
indicators-extra-none = Nobody has answered the optional questions yet.
indicators-extra-transport = Skipped something because of transport
indicators-extra-tale = Natural to talk about loneliness
indicators-extra-ja = Yes
indicators-extra-nej = No
indicators-extra-ved-ikke = Don't know
strategy-ind-tale-om-ensomhed = How natural it is to talk about loneliness (the self-check)
strategy-ind-transport = Skipped something because of transport (the self-check)
figures-admin-tile-title = Figures
figures-admin-tile-text = Import the health profile's figures, and see Sammen's own figures with more breakdowns.
strategy-admin-tile-title = Strategy
strategy-admin-tile-text = Keep the strategy's goals and initiatives up to date.

## schools and the class pulse (issue 20)
role-teacher = Teacher
schools-admin-tile-title = Schools
schools-admin-tile-text = Schools, classes and teachers, and the class pulse.
schools-title = Schools
schools-intro = The municipality's schools, their classes and teachers. A teacher can open an anonymous pulse for a class at their school.
schools-none = There are no schools yet.
schools-back = Back to the schools
schools-classes = Classes
schools-no-classes = The school has no classes yet.
schools-teachers = Teachers
schools-no-teachers = The school has no teachers on Sammen yet.
schools-choose-town = Choose a town
schools-label-name = The school's name
schools-label-town = Town
schools-add-school = Add the school
schools-label-grade = Grade
schools-hint-grade = A number from 0 to 10, e.g. 7.
schools-label-letter = Letter
schools-hint-letter = One letter, e.g. b (the class is then 7.b).
schools-add-class = Add the class
schools-label-teacher = The teacher's e-mail
schools-hint-teacher = The teacher needs an account on Sammen. The account gets the role Teacher at this school.
schools-add-teacher = Add the teacher
schools-done-school = The school has been added.
schools-done-class = The class has been added.
schools-done-teacher = The teacher has been added.
schools-error-name = Write the school's name (at most 100 characters).
schools-error-town = Choose the town the school is in.
schools-error-taken = There is already a school with that name.
schools-error-grade = Write the grade as a number from 0 to 10.
schools-error-letter = Write one letter, e.g. a or b.
schools-error-class-taken = The school already has that class.
schools-error-teacher = There is no account with that e-mail, or it is not confirmed yet. Ask the teacher to make an account first.
schools-error-action = Choose one of the buttons.
pulse-teacher-title = The class pulse
pulse-teacher-intro = A short, anonymous pulse on well-being: three questions on loneliness and one on the breaks. Pupils answer in class on their phones, without an account. No answer can be traced back to a pupil.
pulse-open = Open a pulse for the class today
pulse-close = Close the pulse now
pulse-done-open = The pulse is open. Give the pupils the code.
pulse-done-closed = The pulse is closed. The code no longer works.
pulse-code-heading = The code for the pupils
pulse-open-until = The code works today until { $until }.
pulse-instructions = Ask the pupils to go to /puls on the municipality's site, type the code and answer. It takes a few minutes. Tell them the answers are anonymous and no one has to answer.
pulse-result-heading = What the answers show
pulse-none-yet = The class has not had a pulse yet.
pulse-too-few = Too few answers to show anything. We show something only when at least 10 have answered.
pulse-answers = About { $answers } pupils have answered (rounded to the nearest 5).
pulse-lonely = { $share } % often feel lonely (7–9 points on the loneliness scale, computed from rounded counts).
pulse-lonely-hidden = How many often feel lonely is not shown: the number is too small.
pulse-breaks = { $share } % have no one to be with in the breaks (computed from rounded counts).
pulse-breaks-hidden = How many have no one to be with in the breaks is not shown: the number is too small.
pulse-activities-heading = Many feel alone. Try for example:
pulse-activity-mix = Make new groups across friend groups in lessons, and change them every week.
pulse-activity-breaks = Start a shared game or ball game in the break that everyone can join.
pulse-activity-buddies = Set up a buddy scheme so no one walks alone to breaks and lunch.
pulse-activity-club = Take the class to an association or community in town, and let the pupils try something new together.
pulse-rule = We never show names and never a list of classes. Under 10 answers we show nothing, and numbers are rounded to the nearest 5.
pulse-title = How are you in your class?
pulse-lead = Type the code from your teacher. Then answer four short questions.
pulse-anonymous = You are anonymous. We do not keep your name. No one can see what you answered.
pulse-code = Code
pulse-code-hint = The code has 6 characters. Your teacher gives it to you.
pulse-q-lacks = How often do you feel that you lack someone to be with?
pulse-q-left-out = How often do you feel left out?
pulse-q-alone = How often do you feel alone, even when you are with others?
pulse-q-breaks = Do you have someone to be with in the breaks?
pulse-never = Almost never
pulse-sometimes = Sometimes
pulse-often = Often
pulse-breaks-yes = Yes
pulse-breaks-sometimes = Sometimes
pulse-breaks-no = No
pulse-send = Send my answers
pulse-error-code = The code is wrong, or the pulse is closed. Check the code and try again. Your answers are not lost.
pulse-error-answer = Choose an answer.
pulse-thanks-saved = Thank you. Your answers are saved.
pulse-thanks-title = Thank you for your answers
pulse-thanks-text = Is life hard right now? You can talk to an adult you trust. You can also call. It is free, and you can be anonymous.

## Association days (issue 20): the school plans, the associations apply, the pupils choose
days-title = Association days
days-intro = Plan a day when associations come to the school. Pupils choose in groups with friends, and the associations get their timetable by mail.
days-none = The school has no association days yet.
days-add = Plan an association day
days-label-title = Name of the day
days-label-date = Date
days-hint-date = For example 2027-03-10 or 10.3.2027.
days-label-slots = Time slots
days-hint-slots = One slot per line, for example 9.00-9.45. At most 6, in order.
days-label-rooms = Rooms
days-hint-rooms = One room per line. Each association gets one room for the whole day.
days-label-classes = Classes taking part
days-error-title = Write a name for the day (at most 100 characters).
days-error-date = Write a date from today and at most a year ahead, for example 2027-03-10.
days-error-slots = Write 1 to 6 time slots, one per line, like 9.00-9.45. They must not overlap.
days-error-rooms = Write 1 to 30 rooms, one per line, without the same name twice.
days-error-classes = Choose at least one of the school's classes.
days-done-day = The association day is created. Give the classes their codes.
days-back = The school's association days
days-classes = Classes and codes
days-codes-intro = Pupils type their class's code at
days-col-class = Class
days-col-code = Code
days-col-groups = Groups
days-col-pupils = Pupils
days-choosing-open = Pupils can choose now.
days-choosing-closed = Pupils cannot choose now.
days-open = Let the pupils choose
days-close = Close the pupils' choosing
days-done-open = Pupils can choose again.
days-done-closed = Pupils can no longer choose.
days-applications = Applications from associations
days-no-applications = No association has applied yet. Associations see the day under Association days when signed in.
days-places = { $places } pupils at a time
days-kind-show = Tells about the association
days-kind-try = Pupils try the activity
days-status-waiting = Waiting
days-status-accepted = Accepted
days-status-declined = Declined
days-decide-title = Application for an association day
days-label-room = Room
days-accept = Accept in the room
days-decline = Decline
days-done-accepted = The association is accepted and has its room.
days-done-declined = The application is declined.
days-error-room = Choose one of the day's rooms.
days-error-room-taken = Another association already has the room. Choose another.
days-error-chosen = Pupils have already chosen this association, so it cannot be declined.
days-plan = Plan and timetables
days-plan-link = The plan to print: a page per class and one per association
days-send-intro = Send each accepted association its timetable by mail: when, which room, and how many pupils from which classes.
days-send = Send the timetables to the associations
days-sent-at = The timetables were sent
days-done-sent = The timetables are sent to the associations.
days-back-day = Back to the day
days-print-hint = Print the page: each class and each association gets its own page.
days-plan-class = Class
days-col-group = Group
days-col-time = Time
days-col-who = Who comes
days-pupils = { $pupils ->
    [one] { $pupils } pupil
   *[other] { $pupils } pupils
}
days-nobody-yet = Nobody yet
days-no-groups = No groups have chosen yet.
days-coming-title = Association days at the schools
days-coming-intro = Schools invite associations to tell about themselves or let pupils try something. Apply to come, and the school answers.
days-coming-none = No school has planned an association day right now.
days-apply-for = Apply to come to
days-apply-title = Apply to come to an association day
days-apply-lead = { $title } at { $school }, { $date }.
days-back-coming = All association days
days-label-organisation = Association
days-label-activity = What do you offer the pupils?
days-hint-activity = For example "Try archery" or "Hear about scouting".
days-label-description = More about it (optional)
days-label-kind = What will the pupils do?
days-label-places = Pupils at a time
days-hint-places = How many pupils can take part in each time slot (1 to 60)?
days-apply = Send the application
days-done-applied = The application is sent. The school answers here on the page.
days-error-organisation = Choose one of your associations.
days-error-activity = Write what you offer (at most 100 characters).
days-error-description = Write at most 1000 characters.
days-error-kind = Choose whether pupils hear about the association or try something.
days-error-places = Write a number from 1 to 60.
days-error-past = The day is over or today. You can no longer apply.
days-error-applied = The association has already applied with that name for the day.
days-pupil-title = Association day
days-pupil-lead = Choose with your friends what you want to try. Type your class's code. It is on the board.
days-code = Your class's code
days-code-hint = Six characters, for example HK7RTA.
days-code-go = Next
days-error-code = The code does not work. Look again, or ask your teacher.
days-choice-lead = { $title } at { $school }. You are from { $class }.
days-choice-how = Write your first names. Then choose one thing in each time slot. Choose something new each time.
days-names = Your first names
days-names-hint = First names only. One per line or with commas. At most 6.
days-slot = At { $slot }
days-free = { $free } places free.
days-full = Full.
days-choose = Save our choice
days-error-names-none = Write at least one first name.
days-error-names-many = A group is at most 6.
days-error-names-first = Write first names only. No numbers and no surnames.
days-error-choose = Choose one thing in this time slot.
days-error-twice = You chose the same thing twice. Choose something new.
days-error-full = There is not room for all of you. Choose something else.
days-card-title = Your card
days-card-saved = Your choice is saved.
days-card-print = Print the card. There is one for each of you. No names are on it.
days-card-after = Did you like it? Find the association again here:

days-admin-tile-title = Association days at the schools
days-admin-tile-text = Apply to come to a school and let the pupils try your activity.
# Issue 20, the young: online communities good for the young, groups the young start, the young's own voice
youth-filter-online = Good online communities for young people
youth-filter-led = Started by young people
youth-badge-online = Good online community for young people
youth-badge-online-means = Adults take part, someone keeps an eye on what is written, and it is free to join.
youth-badge-led = Started by young people – with support from an adult
youth-badge-led-means = Young people started this group themselves. An adult vouches for it.
youth-badge-led-adult = Young people started this group themselves. { $name } is the adult who vouches for it.
youth-admin-tile-title = Offers for young people
youth-admin-tile-text = Mark online communities that are good for young people.
youth-marks-list-title = Online offers for young people
youth-marks-list-text = An online offer is shown as "Good online community for young people" when it is moderated, adults are present and it is free. Choose an offer to set its marks.
youth-marks-saved = The marks are saved.
youth-marks-on = marked as good for young people
youth-marks-off = not marked
youth-marks-title = Marks for young people
youth-marks-lead = Only set a mark when you have checked it with the organiser. All three must be set before the badge is shown.
youth-marks-not-online = This offer does not take place online, so the badge is not shown until it does.
youth-mark-moderated = Moderated
youth-mark-moderated-hint = Someone keeps an eye on what is written and said, and steps in.
youth-mark-adults = Adults present
youth-mark-adults-hint = Adults take part in the community, not only young people.
youth-mark-free = Free
youth-mark-free-hint = It costs nothing to take part, not even purchases inside the game or app.
youth-marks-save = Save the marks
youth-marks-back = Back to online offers for young people
youth-marks-link = Marks for young people
youth-moderation-note = Started by young people: { $first }, { $age } years. Supporting adult: { $name }, { $email }, { $phone } – has vouched for the group. The e-mail and phone are deleted once you decide.
youth-group-title = Start a group
youth-group-lead = Do you want to start a group for young people? It can be a games night. It can be a walk. You must be 15 to 25.
youth-group-lead-adult = You need an adult who knows you. The adult gets a mail and must say yes to your group. Then we look at it before it goes on the site.
youth-group-name = What is the group called?
youth-group-name-hint = For example Walk in Vig or Games on Friday.
youth-group-what = What will you do?
youth-group-what-hint = Keep it short, so others can see if they want to join.
youth-group-day = Which day?
youth-day-choose = Choose a day
youth-group-from = From
youth-group-time-hint = For example 17 or 17.30.
youth-group-to = To
youth-group-town = Where? Choose a town, or online.
youth-town-choose = Choose a town
youth-town-online = Online
youth-group-where = Where do you meet?
youth-group-where-hint = For example at the sports hall or on Discord. You can leave it empty.
youth-first-name = Your first name
youth-age = Your age
youth-age-hint = You must be 15 to 25.
youth-email = Your e-mail
youth-email-hint = We write to you when we have looked at the group.
youth-adult-name = The adult's name
youth-adult-name-hint = An adult who knows you and will support you. For example a coach, a teacher or a parent.
youth-adult-email = The adult's e-mail
youth-adult-phone = The adult's phone
youth-adult-phone-hint = For example 12 34 56 78. We show it to no one.
youth-send = Send
youth-error-name = Write what the group is called.
youth-error-what = Write what you will do.
youth-error-long = The text is too long. Make it shorter.
youth-error-day = Choose a day.
youth-error-time = Write a time, for example 17 or 17.30.
youth-error-time-order = The end must be after the start.
youth-error-town = Choose a town, or choose online.
youth-error-first-name = Write your first name.
youth-error-adult-name = Write the adult's name.
youth-error-age = Write your age in numbers, for example 17.
youth-error-age-range = You must be between 15 and 25 to start a group here. If you are younger, ask an adult for help.
youth-error-email = Write an e-mail address, for example name@mail.dk.
youth-error-same-email = The adult must have their own e-mail.
youth-error-phone = Write a number with at least 8 digits, for example 12 34 56 78.
youth-error-action = Press the button to vouch for the group.
youth-thanks-title = Thank you! Now the adult must answer
youth-thanks-text = We have sent a mail to the adult. The adult must press a link in the mail.
youth-thanks-next = Then we look at the group. You get a mail when it is on the site.
youth-thanks-back = See what there is for young people
youth-mail-subject = { $first } asks you to support the group "{ $group }"
youth-mail-body =
    Hello { $name }

    { $first } ({ $age } years) wants to start a group for young people on Sammen { $municipality } and has written that you are the adult who supports it.

    Group: { $group }
    What they will do: { $what }
    When: { $when }
    Where: { $where }

    If you vouch for the group, open the link and press "I vouch for this group":
    { $link }

    Then the municipality's moderators look the group over. The group shows only your first name – never your e-mail or phone number.
    If you do not know about the group, do nothing. Nothing more will happen.
youth-vouch-title = Do you vouch for this group?
youth-vouch-lead = Hello { $name }. { $first } ({ $age } years) wants to start a group for young people and has written that you are the adult who supports it.
youth-vouch-when = When
youth-vouch-where = Where
youth-vouch-means = When you press the button, the municipality's moderators look the group over before it appears in the directory. The group shows only your first name – never your e-mail or phone number. If you do not know about the group, just close this page.
youth-vouch-button = I vouch for this group
youth-vouched-title = Thank you for your support
youth-vouched-text = The group now waits for the municipality's moderators. The young person is told when the group is approved.
voice-title = The young's voice
voice-lead = The municipality wants to hear from you. Answer a question here.
voice-anonymous = You are anonymous. We do not keep your name, and we do not know who you are. An adult reads your answer before others can see it. Do not write names.
voice-none = There are no questions right now. Come back later.
voice-published = What others have answered
voice-answer = Your answer
voice-answer-hint = Keep it short. At most 500 characters.
voice-send = Send my answer
voice-closed = Answers are closed.
voice-count-few = Fewer than 10 have answered so far.
voice-count = About { $count } have answered.
voice-error-closed = Answers to this question are closed.
voice-error-empty = Write your answer.
voice-error-long = Your answer is too long. Make it shorter.
voice-error-question = Write the question.
voice-error-initiative = Choose an initiative from the list.
voice-thanks-title = Thank you for your answer
voice-thanks-text = An adult will read it soon. Then others can see it too.
voice-thanks-back = Back to the questions
voice-admin-title = The young's voice
voice-admin-lead = Ask the young a question. The answers are anonymous and shown only once an editor has approved them. The number of answers is shown only from 10 and rounded to 5.
voice-admin-question = Question
voice-admin-question-hint = Short and in words young people use, for example "What would make you come?"
voice-admin-open = Open for answers
voice-admin-open-hint = A closed question still shows the answers that were published.
voice-admin-initiative = Initiative in the strategy
voice-admin-initiative-hint = The question and the number of answers are shown by the initiative on /strategi.
voice-admin-no-initiative = No initiative
voice-admin-save = Save the question
voice-admin-saved = The question is saved.
voice-admin-is-open = open
voice-admin-is-closed = closed
voice-admin-waiting-count = { $count } waiting
voice-admin-back = All questions to the young
voice-admin-waiting = Answers waiting
voice-admin-none-waiting = No answers are waiting.
voice-admin-none-published = No answers are published yet.
voice-admin-decided = The answer is dealt with.
voice-publish = Publish
voice-reject = Reject and delete the text
voice-strategy = The young's voice
voice-strategy-link = See the answers
voice-admin-tile-title = The young's voice
voice-admin-tile-text = Ask the young questions and approve their answers.
# Issue 20, a path through a school change (/skoleskift, /skole/{id}, /admin/skole/{id}/skoleskift) and the pulse's CSV/JSON
pulse-export = Download the summary as a file. Same rule: under 10 answers, no figure.
guide-school-change = I am changing school, or my child is
guide-school-change-title = Changing school?
guide-school-change-text = See the new school's gatherings before the first day, clubs for newcomers and advice for parents.
guide-school-change-link = Go to changing school
school-change-title = Changing school?
school-change-lead = Starting at a new school can be hard. Here you can see how the school welcomes new pupils: gatherings before the first day, groups and clubs, and a buddy. And good advice for parents.
school-change-which-path = Which change?
school-change-which-school = Which school?
school-change-choose-school = Choose a school
school-change-show = Show
school-change-at = Welcome to
school-change-school-page = The school's page
school-change-pick-school = Choose the new school
school-change-for-child = For you who are starting
school-change-for-parents = Good advice for parents
school-change-nothing-kept = We do not keep what you choose. It is only in the address.
school-change-path-0-klasse = Starting in year 0 (reception class)
school-change-path-7-klasse = Starting in year 7
school-change-path-10-klasse = Starting in year 10
school-change-path-efterskole = Starting at an efterskole (boarding school)
school-change-path-gymnasium = Starting upper secondary school (gymnasium)
school-change-path-midt-i-aaret = Changing school in the middle of the year
school-change-child-0-klasse = It is fine to feel nervous. The others are new too. Bring something you like. A grown-up will help you.
school-change-child-7-klasse = Many in the class are new. You are not the only one who knows nobody. Come to the gathering before the first day. Then you will know someone when you start.
school-change-child-10-klasse = A year in year 10 is a new start. Say hi to someone new every day in the first week. Many would like someone to hang out with.
school-change-child-efterskole = At an efterskole you live together. The first days can feel a bit strange. That passes. Tell a grown-up if you miss home.
school-change-child-gymnasium = In upper secondary school everyone in the class is new. Join in what happens in the first weeks. That is where you find people to be with.
school-change-child-midt-i-aaret = It is hard to join a class where everyone knows each other. You will get a buddy who shows you around. Ask about anything. Nobody knows everything on the first day.
school-change-parent-0-klasse = Visit the school with your child before the first day. See the classroom and the playground. Talk to the after-school staff about the first weeks.
school-change-parent-7-klasse = In year 7, new pupils often come from several schools. Come to the gathering before the first school day, so your child knows a few faces.
school-change-parent-10-klasse = Year 10 lasts only one year. Help your child find a group or a club on the side, so the year is not only school.
school-change-parent-efterskole = Agree when you will call, but do not call every day in the first weeks. Ask the contact teacher if your child sounds lonely.
school-change-parent-gymnasium = Ask your child to go to the introduction days and parties, even if it feels hard. That is where the class finds each other.
school-change-parent-midt-i-aaret = Ask the school for a buddy for the first weeks. Ask too whether the class can meet outside school.
school-change-tip-talk = Talk about the change before it happens. Ask what your child looks forward to, and what they are afraid of.
school-change-tip-visit = See the school together, and walk or cycle the way there once before the first day.
school-change-tip-friend = Help your child meet someone new from the class in their free time. A group or a club can also be a good start.
school-change-tip-contact = Tell the class teacher if your child seems alone after a few weeks. You can also call one of the lines on the municipality's site.
school-change-gatherings = Meet your class before the first day
school-change-no-gatherings = The school has no gatherings in the calendar right now.
school-change-groups = Groups and clubs for newcomers
school-change-buddy = Buddy scheme
school-change-no-buddy = The school has not written about a buddy scheme yet. Ask the school.
school-change-welcome = Welcome to new pupils
school-change-changing = Is your child starting here?
school-change-changing-text = Choose the change, and see gatherings, clubs and good advice.
school-change-error-path = Choose one of the changes in the list.
school-change-error-school = Choose a school in the list.
school-change-error-event = Choose an event from the calendar.
school-change-error-offer = Choose an offer from the directory.
school-change-error-buddy = Write at most 2000 characters about the buddy scheme.
school-change-admin-title = Changing school
school-change-admin-intro = What you write and choose here is shown on the school's page and on the page about changing school. An event or an offer can be for one change or for all.
school-change-admin-link = Changing school: buddy scheme, gatherings before the first day, groups and clubs
school-change-back = Back to the school
school-change-label-buddy = The school's buddy scheme
school-change-hint-buddy = Say briefly how a new pupil gets a buddy, and whom parents can ask. Use short words for children and parents.
school-change-save-buddy = Save the buddy scheme
school-change-choose-event = Choose an event
school-change-label-event = Event in the calendar
school-change-hint-event = E.g. "Meet your new class". The event must be in the calendar first.
school-change-label-path = For
school-change-every-path = Every change
school-change-link-event = Add the event
school-change-linked-events = The school's gatherings before the first day
school-change-unlink = Remove the chosen ones
school-change-choose-offer = Choose an offer
school-change-label-offer = Group or club from the directory
school-change-hint-offer = A group or club that welcomes new children and young people.
school-change-link-offer = Add the offer
school-change-linked-offers = The school's groups and clubs for newcomers
school-change-done-buddy = The buddy scheme is saved.
school-change-done-link = It has been added.
school-change-done-unlink = The chosen ones have been removed.

## The home page's links for the young (issue 20)
home-young-heading = For young people
home-young-online = Good online communities for young people
home-young-group = Start a group with your friends
home-young-voice = Have your say: what would make you come?
home-young-school-change = Are you or your child changing school?

## Many municipalities (issue 16): the national view and the list of municipalities
national-brand = across the country
national-footer = Sammen brings together the municipalities' communities against loneliness. Each municipality has its own site.
national-list-title = Municipalities using Sammen
national-unknown-host = This address does not belong to a municipality on Sammen. Choose your municipality:
national-title = Find a community anywhere in the country
national-lead = Search every municipality's communities. Anyone can use offers by phone and online; choose your municipality to see the ones you can go to.
national-q = What are you looking for?
national-municipality = Your municipality
national-municipality-none = None chosen – phone and online only
national-search = Search
national-results = { $count ->
    [one] One offer found
   *[other] { $count } offers found
}
national-remote-only = You see only offers by phone and online. Choose your municipality to see the ones you can go to.
municipality-settings-title = The municipality's settings
municipality-settings-lead = Name, contact and colour that citizens see on every page. Towns, places and web addresses come with the municipality's file.
municipality-settings-name = Name of the municipality
municipality-settings-short-name = Short name
municipality-settings-email = E-mail for citizens
municipality-settings-phone = Phone for citizens
municipality-settings-address = Address
municipality-settings-website = The municipality's website
municipality-settings-colour = Colour behind the page header
municipality-settings-colour-hint = Written #rrggbb, e.g. #0b4f7c. Must be dark enough for white text. Empty: Sammen's blue.
municipality-settings-mail-name = Sender name on mail
municipality-settings-mail-name-hint = E.g. Sammen Odsherred. Empty: Sammen and the short name.
municipality-settings-save = Save the settings
municipality-settings-saved = The settings are saved. The pages show them within a moment.
municipality-settings-error-text = Fill in the field (at most as many characters as the field takes).
municipality-settings-error-email = Write an e-mail address, e.g. sammen@kommune.dk.
municipality-settings-error-phone = Write a phone number with 8 to 15 digits.
municipality-settings-error-website = Write an address that starts with https://.
municipality-settings-error-colour = Write the colour as #rrggbb, dark enough for white text (contrast at least 4.5:1).
admin-municipality-tile = The municipality's settings

# Sign in with the municipality's login (OpenID Connect)
oidc-or-password = Or sign in with e-mail and password:
oidc-refused-title = You were not signed in
oidc-refused-lead = Try signing in again. If it keeps happening, contact the municipality's IT support.
oidc-refused-state = The sign-in attempt was unknown, used or too old (over 10 minutes). Start again from the sign-in page.
oidc-refused-provider = The municipality's login service refused or stopped the sign-in.
oidc-refused-unavailable = The municipality's login service cannot be used right now.
oidc-refused-exchange = The answer from the municipality's login service could not be redeemed.
oidc-refused-expired = The answer from the municipality's login service has expired.
oidc-refused-audience = The answer from the municipality's login service was for another system than Sammen.
oidc-refused-token = The answer from the municipality's login service could not be accepted.
oidc-refused-unverified = Your e-mail address is not verified by the municipality's login service.
oidc-refused-no-email = The municipality's login service sent no e-mail address.
oidc-refused-no-account = There is no Sammen account for your e-mail address, and your groups give no access. Ask an administrator for an invitation.
oidc-settings-title = Login provider
oidc-settings-lead = The municipality's staff can sign in with the municipality's own login (OpenID Connect). The account is found by the verified e-mail address, and the roles come from the groups. Associations and volunteers keep signing in with a password.
oidc-settings-callback = Register this address as the redirect URI at the login provider: { $url }
oidc-saved = The login provider is saved.
oidc-save = Save login provider
oidc-issuer = Issuer
oidc-issuer-hint = The login provider's address – e.g. https://login.odsherred.dk/realms/staff
oidc-client-id = Client id
oidc-secret-file = File with the client secret
oidc-secret-file-hint = The full path of a file on the server – e.g. /etc/sammen/oidc-secret. The secret itself is never stored in the database.
oidc-label = The button's text
oidc-label-hint = E.g. Log ind med Odsherred Kommunes login
oidc-group-claim = Claim with the groups
oidc-group-claim-hint = E.g. groups. A full stop goes into an object – e.g. realm_access.roles
oidc-role-map = Groups and roles
oidc-role-map-hint = One group per line: group = role, role. Roles: administrator, moderator, ambassador, bus_crew, editor, teacher. E.g. sammen-admins = administrator
oidc-scopes = Scopes
oidc-scopes-hint = Separated by spaces – e.g. openid email profile groups
oidc-enabled = Show the button on the sign-in page
oidc-error-issuer = Enter the issuer's address – e.g. https://login.odsherred.dk/realms/staff
oidc-error-issuer-https = The issuer must use https – e.g. https://login.odsherred.dk
oidc-error-client-id = Enter the client id from the login provider – e.g. sammen
oidc-error-secret-file = Enter the full path of the file with the secret – e.g. /etc/sammen/oidc-secret
oidc-error-group-claim = Enter the claim with the groups, without spaces – e.g. groups
oidc-error-scopes = Enter at least one scope – e.g. openid email profile groups
oidc-error-label = Enter the button's text (at most 80 characters) – e.g. Log ind med Odsherred Kommunes login
oidc-error-roles = Write one group per line as group = role – e.g. sammen-admins = administrator
oidc-admin-tile-title = Login provider
oidc-admin-tile-text = The municipality's own login for its staff: issuer, client and which groups give which roles.
