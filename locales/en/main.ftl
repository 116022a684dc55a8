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
vejviser-intro = Here are all active offers, by life arena. Search and more filters are coming soon.
vejviser-choose = Choose a life arena
vejviser-in-arena = Offers in { $arena }
vejviser-none = There are no active offers in this life arena right now.
vejviser-by = By { $organisation }
vejviser-where = Where
vejviser-by-phone = By phone
vejviser-online = Online
vejviser-confirmed = Last confirmed { $date }.
vejviser-back = Back to all life arenas
vejviser-bad-arena = We do not know that life arena. Choose one from the list.

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
