# Sammen – українська. Переклад da-a.ftl (основна мова – данська).

## Ramme
skip-link = Перейти до вмісту
site-name = Sammen
demo-notice = Приклад даних: об'єднання, пропозиції, люди й номери телефонів на цьому сайті вигадані для тестування. Міста й місця зустрічей справжні.
nav-label = Головне меню
nav-home = Головна
nav-vejviser = Довідник
nav-kalender = Календар
nav-bussen = Автобус
nav-ambassadorer = Амбасадори
nav-om-ensomhed = Про самотність
lang-label = Мова
lang-da = Dansk
lang-en = English
lang-uk = Українська
lang-ar = العربية
footer-heading = Контакти
footer-about = Sammen – це місце спільнот муніципалітету { $municipality }. Вам не потрібно входити в систему, і ми не стежимо за вами.
footer-phone = Телефон
footer-email = Електронна пошта
footer-privacy = Конфіденційність і файли cookie
footer-accessibility = Заява про доступність

## Forside
home-title = Знайдіть спільноту, яка вам підходить
home-arenas-heading = Спільноти на все життя
home-arenas-intro = Оберіть сферу життя, у якій ви хочете знайти спільноту.
home-arena-count = { $count ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
home-talk-heading = Хочете з кимось поговорити?
home-talk-text = Ви можете зателефонувати анонімно. Це безкоштовно.
home-alone-heading = Бути на самоті – не те саме, що бути самотнім
home-alone-text = Багато хто знає це відчуття самотності. Це почуття, а не ваша вада. Тут ви знайдете місця, де можна разом з іншими займатися тим, що вам подобається.
home-read-more = Докладніше про самотність

## Livsarenaer
arena-home = Дім і житло
arena-home-text = Сусідство, спільні обіди та допомога в повсякденні там, де ви живете.
arena-school = Дитсадок, школа й навчання
arena-school-text = Дружба і спільноти для дітей та молоді – також коли змінюють школу.
arena-leisure = Дозвілля і спільноти
arena-leisure-text = Об'єднання, клуби, хори, спорт, природа та хобі.
arena-work = Робота й зайнятість
arena-work-text = Знайомства, волонтерство і спільнота, коли ви шукаєте роботу.
arena-health = Здоров'я і догляд
arena-health-text = Спілкування в центрах догляду, групи для рідних і підтримка, коли в житті важко.

## Vejviser
vejviser-title = Довідник спільнот
vejviser-where = Місце
vejviser-by-phone = Телефоном
vejviser-online = Онлайн
vejviser-confirmed = Інформацію востаннє підтверджено { $date }.

## Sider der er på vej

## Om ensomhed
about-title = Про самотність
about-what-heading = Що таке самотність?
about-what-text = Самотність – це неприємне відчуття, що вам когось бракує. У вас немає тих спільнот і стосунків, яких ви потребуєте. Це почуття – не діагноз і не вада.
about-alone-heading = На самоті чи самотні?
about-alone-text = Бути на самоті – не те саме, що бути самотнім. Комусь добре бути багато на самоті. А хтось почувається самотнім, навіть коли навколо багато людей – і навіть у парі.
about-many-heading = Це знайомо багатьом
about-many-text = У Данії приблизно кожен восьмий дорослий почувається дуже самотнім. Це стосується і молодих, і старших, у місті й у селі. Самотність може торкнутися будь-кого – від 0 до 100 років.
about-help-heading = Що ви можете зробити
about-help-text = Робіть щось активне й змістовне – разом з іншими. Почніть з малого: підіть туди, куди можна просто прийти, або візьміть когось із собою першого разу.
about-others-heading = Якщо ви хвилюєтеся за когось іншого
about-others-text = Запитайте, як справи, – і вислухайте. Говорити про самотність не страшно. Розкажіть про спільноту, куди ви могли б піти разом.

## Privatliv
privacy-title = Конфіденційність і файли cookie
privacy-intro = Ви можете користуватися Sammen, не входячи в систему і не кажучи, хто ви.
privacy-cookies-heading = Без файлів cookie
privacy-cookies-text = Ми не встановлюємо файли cookie, коли ви просто переглядаєте сайт. Ми не користуємося сервісами статистики чи реклами, і сайт нічого не завантажує з інших сайтів.
privacy-logs-heading = Що зберігає сервер
privacy-logs-text = Сервер веде технічний журнал із часом, адресою сторінки та кодом відповіді, щоб ми могли виправляти помилки. Журнал не зберігає, хто ви.
privacy-contact-heading = Запитання
privacy-contact-text = Якщо у вас є запитання щодо ваших даних, напишіть на { $email }.

## Tilgængelighed
a11y-title = Заява про доступність
a11y-intro = Муніципалітет { $municipality } хоче, щоб кожен міг користуватися Sammen – незалежно від віку, можливостей і пристрою.
a11y-standard-heading = Як зроблено сайт
a11y-standard-text = Сайт відповідає WCAG 2.1 рівня AA. Він працює без JavaScript, на малих екранах від 320 пікселів і з текстом, збільшеним до 200 %. Кожну сторінку автоматично перевіряють за допомогою axe-core у справжньому браузері.
a11y-known-heading = Відомі недоліки
a11y-known-text = Зараз ми не знаємо про недоліки. Якщо ви знайдете якийсь, ми будемо раді про нього почути.
a11y-contact-heading = Повідомте нам про проблеми
a11y-contact-text = Напишіть на { $email }. Ви також можете подати скаргу до Digitaliseringsstyrelsen (Агентства з цифровізації Данії).

## Fejl
error-404-title = Сторінку не знайдено
error-404-text = Ми не можемо знайти сторінку, яку ви шукаєте. Можливо, адресу написано з помилкою або сторінку перенесено.
error-400-title = Із запитом щось не так
error-405-title = Тут так не можна
error-405-text = Сторінкою не можна користуватися в такий спосіб.
error-500-title = Сталася помилка
error-500-text = У нас щось пішло не так. Спробуйте ще раз трохи згодом. Якщо напишете нам, вкажіть код помилки { $reference }.
error-503-title = Сайт тимчасово недоступний
error-503-text = Зараз ми не можемо з'єднатися з базою даних. Спробуйте ще раз трохи згодом.
error-home = Перейти на головну

## Vejviser – søgning
vejviser-search-label = Що ви шукаєте?
vejviser-search-hint = Напишіть одне чи кілька слів – наприклад, футбол, кафе з в'язанням або спільний обід. Помилки в написанні не страшні.
vejviser-filters = Уточнити пошук
vejviser-submit = Шукати
vejviser-reset = Скинути пошук
vejviser-count = { $count ->
    [one] Підходить { $count } пропозиція
    [few] Підходять { $count } пропозиції
    [many] Підходять { $count } пропозицій
   *[other] Підходять { $count } пропозиції
}
vejviser-when = Наступного разу
vejviser-cost = Ціна
vejviser-why = Чому:
vejviser-distance = { $km } км від { $town }
filter-any = Усі
filter-arena = Сфера життя
filter-target-group = Для кого
filter-town = Місто
filter-radius = Відстань від міста
filter-radius-town-only = Лише в місті
filter-radius-km = У межах { $km } км
filter-weekday = День тижня
filter-time = Час дня
filter-accessibility = Доступність
filter-channel = Як
filter-sort = Сортувати за
filter-age = Вік
filter-age-hint = Ваш вік – або вік вашої дитини. Наприклад, 67
filter-free = Лише безкоштовні
filter-show-up = Можна просто прийти
target-boern = Діти
target-unge = Молодь
target-unge-i-skoleskift = Молодь, яка змінює школу
target-familier = Сім'ї
target-voksne = Дорослі
target-aeldre = Люди похилого віку
target-socialt-saarbare = Соціально вразливі люди
target-nytilflyttere = Нові мешканці
target-paaroerende = Рідні та близькі
weekday-man = Понеділок
weekday-tir = Вівторок
weekday-ons = Середа
weekday-tor = Четвер
weekday-fre = П'ятниця
weekday-lor = Субота
weekday-son = Неділя
daypart-formiddag = Зранку (до 12 год)
daypart-eftermiddag = Удень (12–17 год)
daypart-aften = Увечері (від 17 год)
access-trinfri-adgang = Вхід без сходинок
access-handicaptoilet = Туалет для людей з інвалідністю
access-teleslynge = Індукційна петля для слухових апаратів
access-parkering-taet-paa = Паркування поруч
access-hjaelpemidler = Допоміжні засоби
channel-in_person = Прийти на місце
channel-phone = Телефоном
channel-online = Онлайн
sort-relevans = Найкращий збіг
sort-afstand = Відстань
sort-navn = Назва
cost-free = Безкоштовно
cost-amount = { $kr } kr.
cost-ask = Запитайте про ціну
reason-words = Слова пошуку: { $words }
reason-similar = Схоже на те, що ви шукали
reason-age = Підходить для віку { $age } ({ $min }–{ $max } років)
reason-newcomers = Новачкам раді
paging-label = Сторінки
paging-text = Сторінка { $page } з { $pages }
paging-previous = Попередня сторінка
paging-next = Наступна сторінка
error-summary-title = Є проблеми
error-prefix = Помилка:
filter-error-arena = Оберіть сферу життя зі списку.
filter-error-target-group = Оберіть зі списку, для кого.
filter-error-age = Напишіть вік числом від 0 до 120 – наприклад, 67.
filter-error-town = Ми не знаємо такого міста. Оберіть місто зі списку.
filter-error-radius = Оберіть відстань зі списку – наприклад, 10 км.
filter-error-radius-town = Оберіть місто, щоб шукати в межах певної відстані.
filter-error-weekday = Оберіть день тижня зі списку.
filter-error-time = Оберіть час дня зі списку.
filter-error-accessibility = Оберіть пункт про доступність зі списку.
filter-error-channel = Оберіть зі списку, як відбувається пропозиція.
filter-error-sort = Оберіть сортування зі списку.
filter-error-page = Такої сторінки немає. Перейдіть на сторінку 1.

## Tilbud
offer-events = Переглянути заходи цієї пропозиції в календарі
offer-for = Для кого
offer-ages = { $min }–{ $max } років
offer-address = Адреса
offer-when = Коли
offer-next-dates = Найближчі дати
offer-how-to-join = Як долучитися
offer-join-show-up = Можна просто прийти.
offer-join-sign-up = Спершу зареєструйтеся.
offer-join-contact = Спершу зв'яжіться з організатором.
offer-bring-someone = Можна взяти когось із собою
offer-ambassador = Амбасадор може піти з вами першого разу
offer-yes = Так
offer-no = Ні
offer-languages = Мови
offer-contact = Контакти
offer-phone = Телефон
offer-email = Електронна пошта
offer-website = Вебсайт
offer-getting-there = Як дістатися
offer-station = Найближча станція: { $station }, { $km } км
offer-distances = Відстань від міст
offer-stale = Інформації більше року, і вона може бути застарілою. Зв'яжіться з організатором, перш ніж вирушати.
offer-paused = Зараз у пропозиції перерва.
offer-ended = Пропозиція більше не діє.
offer-print-hint = Ви можете надрукувати сторінку за допомогою функції друку у вашому браузері.
offer-back = Назад до довідника
language-da = данська
language-en = англійська
language-de = німецька
language-uk = українська
language-ar = арабська
language-pl = польська
report-heading = Щось не так?
report-intro = Повідомте нам, якщо щось на сторінці неправильне або застаріле. Повідомлення надійде до редакції муніципалітету.
report-message = Що не так?
report-message-hint = Наприклад: тепер вони зустрічаються по середах, а не по вівторках.
report-contact = Ваша електронна пошта або номер телефону (необов'язково)
report-contact-hint = Лише якщо хочете отримати відповідь. Ми не використовуємо це ні для чого іншого.
report-honeypot = Залиште це поле порожнім
report-submit = Надіслати повідомлення
report-thanks = Дякуємо! Ваше повідомлення надіслано до редакції.
report-error-empty = Напишіть, що не так – наприклад, що змінився час.
report-error-long = Повідомлення може мати не більше 2000 знаків. Скоротіть його.
report-error-contact = Напишіть адресу електронної пошти (наприклад, navn@eksempel.dk) або номер телефону (наприклад, 12 34 56 78) – або залиште поле порожнім.

## API
api-error-limit = limit має бути цілим числом від 1 до 100.
api-error-cursor = cursor має бути значенням next_cursor з попередньої сторінки.
api-error-empty = Параметр не може бути порожнім. Краще пропустіть його.
api-error-boolean = Напишіть true або false.

## Landingssider og trykt guide
landing-group = Спільноти для групи: { $group }
landing-town = Спільноти в { $town } та околицях
landing-town-intro = Пропозиції в { $town } і в межах 10 км, спершу найближчі, – а також ті, до яких можна долучитися телефоном чи онлайн.
landing-towns = Знайдіть спільноти у вашому місті
print-link = Зробити друкований путівник для міста
print-title = Спільноти в { $town }
print-intro = Путівник спільнотами в { $town } та околицях (у межах 10 км), за сферами життя. Надруковано { $date }. Більше на { $site }.
print-choose = Оберіть місто для путівника. Путівник можна надрукувати на аркуші A4 і роздати, наприклад, у бібліотеці чи центрі догляду.
print-remote = Телефоном і онлайн – для всіх, де б ви не жили
print-phone = Телефонуйте
print-none = Зараз тут немає пропозицій.
print-unclassified = Ще не класифіковано
offer-unclassified = Ще не класифіковано
offer-place-unknown = Місце не вказано
sort-auto = Автоматично (найкращий збіг або відстань, якщо ви обрали місто)

## Kort
map-title = Результати на мапі
map-back = Назад до списку
map-note = Мапу намальовано тут, на сторінці, за розташуванням міст і місць зустрічей. Нічого не завантажується з інших сайтів. Пропозицій телефоном і онлайн на мапі немає.
map-summary = { $count ->
    [one] На мапі показано { $count } пропозицію – номери відповідають списку під мапою.
    [few] На мапі показано { $count } пропозиції – номери відповідають списку під мапою.
    [many] На мапі показано { $count } пропозицій – номери відповідають списку під мапою.
   *[other] На мапі показано { $count } пропозиції – номери відповідають списку під мапою.
}
map-more = Пропозицій більше, ніж може показати мапа. Уточніть пошук, щоб побачити всі.
map-link = Показати результати на мапі
offer-not-on = Не в ці дні

## Hvordan har du det?
selfcheck-title = Як ви почуваєтеся?
selfcheck-intro = Три короткі запитання про те, як вам було з іншими людьми останнім часом. Правильних чи неправильних відповідей немає. Ми не зберігаємо ваших відповідей.
selfcheck-q1 = Як часто ви відчуваєте, що вам бракує людей, з якими можна побути разом?
selfcheck-q2 = Як часто ви почуваєтеся осторонь?
selfcheck-q3 = Як часто ви почуваєтеся відрізаними від інших?
selfcheck-answer-1 = Майже ніколи
selfcheck-answer-2 = Іноді
selfcheck-answer-3 = Часто
selfcheck-age = Ваш вік (необов'язково)
selfcheck-age-hint = Використовується, лише якщо ви хочете, щоб вашу відповідь врахували нижче.
selfcheck-band-under-16 = До 16 років
selfcheck-band-16-24 = 16–24 роки
selfcheck-band-25-44 = 25–44 роки
selfcheck-band-45-64 = 45–64 роки
selfcheck-band-65-79 = 65–79 років
selfcheck-band-80-plus = 80 років і старше
selfcheck-band-ikke-oplyst = Не хочу вказувати
selfcheck-consent = Так, анонімно врахуйте мою відповідь у статистиці муніципалітету
selfcheck-consent-hint = Лише якщо ви поставите позначку: ми додамо одиницю до підрахунку за місяць і вашу вікову групу. Ми не зберігаємо, хто ви, о котрій годині ви відповіли чи звідки. Числа, де менше 5 відповідей, ніколи не показуються.
selfcheck-submit = Подивитися, що можна зробити
selfcheck-error-q1 = Оберіть, як часто ви відчуваєте, що вам бракує людей, з якими можна побути разом.
selfcheck-error-q2 = Оберіть, як часто ви почуваєтеся осторонь.
selfcheck-error-q3 = Оберіть, як часто ви почуваєтеся відрізаними від інших.
selfcheck-error-alder = Оберіть вікову групу зі списку.
selfcheck-thanks = Дякуємо за відповідь
selfcheck-seldom = Схоже, поруч із вами є люди, коли вони вам потрібні. Це добре. Можливо, ви знаєте когось, кому важче, – спільнота може бути й тим, куди ви підете разом.
selfcheck-sometimes = Багато хто іноді почувається так. Може бути добрим кроком знайти місце, де можна разом з іншими займатися тим, що вам подобається, – без жодних зобов'язань.
selfcheck-often = Багато хто почувається так, і ви в цьому не самі. Самотність – це почуття, а не ваша вада. Може допомогти поговорити з кимось про це і зробити маленький крок назустріч іншим.
selfcheck-feeling = Бути на самоті – не те саме, що бути самотнім. Це почуття може змінитися, і допомогу можна отримати.
selfcheck-counted = Вашу відповідь анонімно враховано. Дякуємо.
selfcheck-next = Що можна зробити зараз
selfcheck-step-find = Знайдіть спільноту, яка вам підходить, – шість коротких запитань
selfcheck-step-show-up = Знайдіть щось, куди можна просто прийти
selfcheck-step-ambassador = Поговоріть з амбасадором – людиною, яка вміє говорити про самотність
selfcheck-step-others = Прочитайте, як можна допомогти іншій людині
selfcheck-step-read = Докладніше про самотність
selfcheck-again = Відповісти ще раз
home-guide = Знайдіть свою спільноту – шість коротких запитань, одна хвилина
home-selfcheck = Як ви почуваєтеся? Три короткі запитання – анонімно

## Sider der ikke findes eller ikke må bruges
error-403-title = У вас немає доступу
error-403-text = Ви увійшли в систему, але ваш обліковий запис не має доступу до цієї сторінки. Зверніться до адміністратора в муніципалітеті, якщо вважаєте, що доступ вам потрібен.
error-409-title = Це вже зроблено
error-409-text = Те, що ви намагалися зробити, вже зроблено – можливо, кимось іншим. Поверніться назад і оновіть сторінку.
error-form-bad = Не вдалося прочитати форму. Поверніться назад і спробуйте ще раз.
error-form-large = Форма завелика. Скоротіть текст і спробуйте ще раз.
error-form-expired = Термін дії форми минув, або вона надійшла з іншого сайту. Поверніться назад, оновіть сторінку й надішліть знову – те, що ви написали, залишиться, коли ви повернетеся.
error-form-twice = Форма вже надсилається. Зачекайте трохи й оновіть сторінку.

## Footer og personalebjælke
footer-suggest = Порадити пропозицію
footer-login = Вхід для об'єднань і працівників
staff-signed-in-as = Ви увійшли як

## Konti
account-title = Мій обліковий запис
account-back = Назад до мого облікового запису
account-name = Ім'я
account-email = Адреса електронної пошти
account-email-hint = Ми використовуємо її лише для входу і для повідомлень про ваші пропозиції.
account-password = Пароль
account-new-password = Новий пароль
account-new-password-hint = Щонайменше 10 знаків. Речення, яке легко запам'ятати, краще за коротке складне слово, наприклад "кава в гавані щовівторка".
account-repeat-password = Повторіть новий пароль
account-current-password = Ваш поточний пароль
account-roles = Ролі
account-no-roles = Поки немає
account-organisations = Ваші організації
account-security = Вхід і безпека
account-sessions = Зараз у вас { $count ->
    [one] відкрито { $count } сеанс
    [few] відкрито { $count } сеанси
    [many] відкрито { $count } сеансів
   *[other] відкрито { $count } сеансу
  } входу.
account-logout = Вийти
account-logout-everywhere = Вийти всюди
account-logged-out = Ви вийшли з системи.
account-your-data = Ваші дані
account-your-data-text = Ви можете завантажити все, що ми про вас зберігаємо, і видалити свій обліковий запис. Журнал змін зберігає лише номер того, хто що зробив, – не ваше ім'я.
account-export = Завантажити мої дані (JSON)
account-login-title = Вхід
account-login-lead = Для об'єднань, працівників муніципалітету, амбасадорів і працівників автобуса. Мешканцям не потрібно входити в систему, щоб користуватися Sammen.
account-login-submit = Увійти
account-forgot-link = Забули пароль?
account-register-link = Створити обліковий запис
account-error-email-empty = Напишіть свою адресу електронної пошти.
account-error-password-empty = Напишіть свій пароль.
account-error-wrong = Неправильна адреса електронної пошти або пароль.
account-error-too-many = Було забагато невдалих спроб. Зачекайте 15 хвилин і спробуйте ще раз – або скиньте пароль.
account-error-unconfirmed = Спершу потрібно підтвердити адресу електронної пошти. Ми надіслали вам новий лист із посиланням.
account-error-email = Напишіть адресу електронної пошти, наприклад navn@eksempel.dk.
account-error-name = Напишіть своє ім'я (не більше 100 знаків).
account-error-password-short = Пароль має містити щонайменше 10 знаків.
account-error-password-long = Пароль може містити не більше 200 знаків.
account-error-password-email = Пароль не може бути вашою адресою електронної пошти.
account-error-password-repeat = Два паролі не збігаються.
account-error-current = Ваш поточний пароль неправильний.
account-error-delete-confirm = Напишіть SLET, щоб підтвердити.
account-password-title = Змінити пароль
account-password-submit = Зберегти новий пароль
account-password-changed = Ваш пароль змінено. Вас виведено з системи в усіх інших місцях.
account-delete-title = Видалити мій обліковий запис
account-delete-lead = Ваш обліковий запис, ролі та входи буде видалено одразу. Пропозиції, які ви створили для організації, залишаться в організації. Це не можна скасувати.
account-delete-confirm = Напишіть SLET (данською – "видалити"), щоб підтвердити
account-delete-confirm-hint = Великими або малими літерами.
account-delete-submit = Видалити обліковий запис
account-register-title = Створити обліковий запис
account-register-lead = Обліковий запис потрібен тим, хто веде пропозицію. Коли ви підтвердите свою електронну пошту, адміністратор муніципалітету зможе дати вам доступ до вашого об'єднання.
account-register-submit = Створити обліковий запис
account-register-sent-title = Перевірте електронну пошту
account-register-sent-text = Ми надіслали лист із посиланням – натисніть на нього, щоб підтвердити адресу. Посилання діє 7 днів.
account-confirm-title = Підтвердьте адресу електронної пошти
account-confirm-submit = Підтвердити
account-confirmed-title = Дякуємо – вашу електронну пошту підтверджено
account-confirmed-text = Тепер ви можете увійти.
account-forgot-title = Забули пароль
account-forgot-lead = Напишіть адресу електронної пошти, з якою ви входите. Ми надішлемо посилання, за яким можна обрати новий пароль.
account-forgot-submit = Надіслати посилання
account-forgot-sent-title = Перевірте електронну пошту
account-forgot-sent-text = Якщо для цієї адреси є обліковий запис, ми надіслали посилання. Воно діє одну годину.
account-reset-title = Оберіть новий пароль
account-reset-done-title = Ваш пароль змінено
account-reset-done-text = Вас виведено з системи всюди. Увійдіть з новим паролем.
account-link-gone-title = Посилання більше не діє
account-link-gone-text = Посилання вже використано або воно застаріло. Попросіть нове.
account-invite-title = Ласкаво просимо до Sammen
account-invite-lead = Вас запрошено на адресу { $email }. Напишіть своє ім'я та оберіть пароль.
account-invite-submit = Створити мій обліковий запис

## Roller
role-administrator = Адміністратор
role-moderator = Модератор
role-ambassador = Амбасадор
role-bus_crew = Працівник автобуса
role-editor = Редактор
role-member-of = Учасник { $organisation }

## Personaleområdet
admin-title = Розділ для працівників
admin-back = Назад до розділу для працівників
admin-no-roles = Ваш обліковий запис поки не має ролей. Адміністратор муніципалітету може дати вам доступ до вашого об'єднання або ваших завдань.
admin-your-organisations = Ваші організації
admin-tasks = Ваші завдання
admin-tile-moderation-title = Модерація
admin-tile-moderation-count = Модерація (очікують: { $count })
admin-tile-moderation-text = Нові пропозиції, зміни та повідомлення про неправильну інформацію.
admin-tile-stale-title = Пропозиції, які треба підтвердити
admin-tile-stale-text = Пропозиції, які давно ніхто не підтверджував, і ті, що вилучені з пошуку.
admin-tile-accounts-title = Облікові записи й запрошення
admin-tile-accounts-text = Запрошуйте людей і надавайте їм ролі.
admin-tile-organisations-title = Організації
admin-tile-organisations-text = Усі організації та їхні пропозиції.
admin-tile-log-title = Журнал змін
admin-tile-log-text = Хто що змінив і коли.
admin-tile-outbox-title = Вихідні
admin-tile-outbox-text = Листи, які Sammen надіслав або має надіслати.
admin-tile-ambassador-title = Амбасадори
admin-tile-ambassador-text = Звернення до амбасадорів: ваші власні та черга координаторів.
admin-tile-bus-title = Den Glade Bus
admin-tile-bus-text = Розклад автобуса і сьогоднішній маршрут.
admin-accounts-title = Облікові записи
admin-accounts-back = Назад до облікових записів
admin-account-state = Статус
admin-account-invited = Запрошено
admin-account-unconfirmed = Електронну пошту не підтверджено
admin-account-active = Активний
admin-invite-title = Запросити людину
admin-invite-lead = Людина отримає лист із посиланням, де сама обере пароль. Якщо для цієї адреси вже є обліковий запис, він просто отримає нові ролі.
admin-invite-name-hint = Необов'язково. Людина може сама це виправити.
admin-invite-submit = Надіслати запрошення
admin-invited = Запрошення надіслано.
admin-roles = Ролі
admin-member-of = Учасник організації
admin-member-of-hint = Учасники можуть редагувати сторінку й пропозиції організації.
admin-no-organisation = Немає
admin-error-no-role = Оберіть щонайменше одну роль або організацію.
admin-error-own-role = Ви не можете зняти з себе роль адміністратора. Попросіть про це іншого адміністратора.
admin-account-save = Зберегти ролі
admin-account-saved = Ролі збережено.
admin-account-export = Завантажити дані людини (JSON)
admin-account-delete = Видалити обліковий запис
admin-account-deleted = Обліковий запис видалено.
admin-log-title = Журнал змін
admin-log-lead = Журнал не можна редагувати чи видаляти. Він показує, хто, що і коли, – без особистої інформації.
admin-log-when = Коли
admin-log-who = Хто
admin-log-what = Що
admin-log-subject = Об'єкт
admin-log-detail = Подробиці
admin-log-older = Старіші
admin-log-anonymous = Мешканець
admin-log-system = Система
admin-log-deleted-account = Видалений обліковий запис № { $id }
admin-outbox-title = Вихідні
admin-outbox-smtp = Листи надсилаються через поштовий сервер муніципалітету. Невдалі спроби повторюються.
admin-outbox-no-smtp = Поштовий сервер не налаштовано (SAMMEN_SMTP_URL), тому листи залишаються тут і не надсилаються. Ви можете прочитати їх нижче.
admin-mail-sent = Надіслано
admin-mail-waiting = Очікує (спроб: { $attempts })
admin-mail-failed = Припинено: { $error }

## Tilbudsformularen
form-label-navn = Назва пропозиції
form-hint-navn = Наприклад, "Кафе з в'язанням в Asnæs". Не більше 120 знаків.
form-label-kort = Короткий опис
form-hint-kort = Одне-два речення, які видно в пошуку. Наприклад, "Ми в'яжемо й розмовляємо за чашкою кави. Принесіть своє в'язання або позичте спиці в нас."
form-label-beskrivelse = Докладніше про пропозицію
form-hint-beskrivelse = Що відбувається, хто приходить і як зустрічають новачків першого разу? Залишайте порожній рядок між абзацами.
form-label-organisation = Об'єднання чи організатор
form-hint-organisation = Назва об'єднання, групи чи установи, яка стоїть за пропозицією.
form-label-kontakt = Ваша електронна пошта (необов'язково)
form-hint-kontakt = Якщо хочете дізнатися, що буде з вашою пропозицією. Ми не використовуємо її ні для чого іншого.
form-label-livsarena = Сфера життя
form-hint-livsarena = До якої сфери життя належить пропозиція? Оберіть одну чи кілька.
form-label-maalgruppe = Для кого це?
form-label-alder_fra = Вік від
form-hint-alder_fra = У повних роках, наприклад 18.
form-label-alder_til = Вік до
form-hint-alder_til = У повних роках, наприклад 100.
form-label-pris = Ціна
form-label-beloeb = Сума в кронах
form-hint-beloeb = Лише якщо це платно. Наприклад, 25.
form-label-pris_note = Про ціну (необов'язково)
form-hint-pris_note = Наприклад, "кава й торт коштують 10 kr." або "перший раз безкоштовно".
form-label-deltagelse = Як долучитися?
form-label-nye_velkomne = Новачкам особливо раді
form-label-kanal = Де це відбувається?
form-label-by = Місто
form-hint-by = Якщо це відбувається в певному місці.
form-label-adresse = Адреса (необов'язково)
form-hint-adresse = Наприклад, "Vig Bygade 12, 4560 Vig".
form-label-dage = Дні тижня
form-label-hver = Як часто?
form-label-fra = Початок о
form-hint-fra = У форматі tt.mm, наприклад 14.00.
form-label-til = Кінець о
form-hint-til = У форматі tt.mm, наприклад 16.00.
form-label-tilgaengelighed = Доступність
form-label-tidspunkt = Час
form-cost-free = Безкоштовно
form-cost-amount = Платно
form-cost-ask = Запитайте про ціну
form-join-show_up = Можна просто прийти
form-join-sign_up = Потрібно зареєструватися
form-join-contact_first = Спершу потрібно зв'язатися з нами
form-every-1 = Щотижня
form-every-2 = Раз на два тижні
form-town-none = Без певного міста
form-error-name-empty = Напишіть назву пропозиції.
form-error-name-long = Назва може мати не більше 120 знаків.
form-error-short-empty = Напишіть короткий опис.
form-error-short-long = Короткий опис може мати не більше 300 знаків.
form-error-description-long = Опис задовгий. Скоротіть його.
form-error-organisation-empty = Напишіть, хто стоїть за пропозицією.
form-error-choice = Оберіть зі списку.
form-error-age = Напишіть вік у повних роках від 0 до 120, наприклад 18.
form-error-age-order = "Вік до" має бути таким самим або більшим, ніж "Вік від".
form-error-amount = Напишіть суму в цілих кронах, наприклад 25.
form-error-text-long = Текст задовгий.
form-error-town = Оберіть місто зі списку.
form-error-weekdays = Оберіть щонайменше один день тижня.
form-error-time = Напишіть час у форматі tt.mm, наприклад 9.30.
form-error-time-order = Час завершення має бути пізніше за час початку.
form-new-title = Нова пропозиція
form-new-lead = Нова пропозиція від { $organisation }. Ви можете зберегти її як чернетку й завершити пізніше. Коли ви її надішлете, модератор перегляне її, перш ніж вона стане публічною.
form-edit-title = Редагувати пропозицію
form-edit-lead = Ваші зміни стануть видимими, коли модератор їх схвалить. До того часу пропозиція залишається такою, як зараз.
form-save-draft = Зберегти як чернетку
form-send-for-approval = Надіслати на схвалення
form-back-organisation = Назад до організації

## Indsendelser
submission-status-draft = Чернетка
submission-status-pending = Очікує схвалення
submission-status-approved = Схвалено
submission-status-rejected = Відхилено
submission-status-changes_requested = Модератор просить змін
submission-untitled = Пропозиція без назви
submission-note = Повідомлення від модератора
submission-see-offer = Переглянути пропозицію
submission-saved-draft = Чернетку збережено. Її ще не надіслано.
submission-sent = Дякуємо – пропозицію надіслано на схвалення. Ви отримаєте лист, коли модератор її перегляне.
submission-not-editable = Цей запис більше не можна редагувати, бо модератор його вже розглянув.

## Foreslå et tilbud
suggest-title = Порадити пропозицію
suggest-lead = Знаєте спільноту, якої немає в довіднику? Розкажіть нам про неї. Обліковий запис не потрібен.
suggest-lead-2 = Працівник муніципалітету перегляне вашу пораду, перш ніж пропозицію опублікують.
suggest-submit = Надіслати пораду
suggest-error-links = Напишіть не більше двох посилань на сайти.
suggest-thanks-title = Дякуємо за вашу пораду
suggest-thanks-text = Модератор незабаром її перегляне. Якщо ви вказали свою електронну пошту, ми вам напишемо.
suggest-thanks-back = Назад до довідника

## Moderation
moderation-title = Модерація
moderation-back = Назад до модерації
moderation-submissions = Пропозиції, що очікують
moderation-empty = Немає пропозицій, що очікують.
moderation-kind = Тип
moderation-kind-suggestion = Порада від мешканця
moderation-kind-new = Нова пропозиція
moderation-kind-edit = Зміна
moderation-since = Надіслано
moderation-reports = Повідомлення про неправильну інформацію
moderation-no-reports = Повідомлень немає.
moderation-contact = Контакт
moderation-report-close = Позначити як вирішене
moderation-report-closed = Повідомлення позначено як вирішене.
moderation-unclassified = Пропозиції без сфери життя
moderation-changes = Що нове або змінене
moderation-field = Поле
moderation-before = До
moderation-after = Після
moderation-diff-hint = Видалений текст перекреслено, новий текст виділено.
moderation-decision = Рішення
moderation-approve = Схвалити – пропозиція стане публічною
moderation-ask-changes = Попросити змін
moderation-reject = Відхилити
moderation-note = Причина або повідомлення
moderation-note-hint = Обов'язково, коли ви відхиляєте або просите змін. Організація отримає його листом.
moderation-organisation = Організація
moderation-organisation-hint = Оберіть наявну організацію або створіть нову на основі пропозиції.
moderation-new-organisation = Нова організація: { $name }
moderation-submit = Зберегти рішення
moderation-decided = Рішення збережено, повідомлення надіслано.
moderation-already-decided = Інший модератор уже розглянув цю пропозицію.
moderation-error-decision = Оберіть рішення.
moderation-error-note = Напишіть причину, щоб організація знала, що їй робити.
moderation-error-suggestion-changes = Пораду від мешканця не можна повернути на доопрацювання. Схваліть її і виправте потім або відхиліть.
moderation-error-invalid = У пропозиції бракує інформації, і її не можна схвалити. Натомість попросіть змін.

## Organisationer
org-name = Назва
org-description = Про організацію
org-description-hint = Хто ви і чим займаєтеся? Залишайте порожній рядок між абзацами.
org-email = Електронна пошта
org-email-hint = Нагадування про підтвердження ваших пропозицій надсилатимуться сюди і вашим учасникам.
org-phone = Телефон
org-phone-hint = Наприклад, 59 66 66 66.
org-website = Вебсайт
org-website-hint = Повна адреса, наприклад https://forening.dk.
org-save = Зберегти
org-saved = Сторінку організації збережено.
org-error-phone = Напишіть номер телефону цифрами, наприклад 59 66 66 66.
org-error-website = Напишіть повну адресу, що починається з https://.
org-contact = Контакти
org-offers = Пропозиції
org-no-offers = Поки немає пропозицій.
org-offer-confirmed = востаннє підтверджено { $date }
org-public-page = Переглянути публічну сторінку
org-profile = Сторінка організації
org-events = Заходи в календарі
org-calendar = Переглянути заходи організації в календарі
org-submissions = Чернетки й надіслані пропозиції

## Friskhed
stale-lead = Пропозиції потрібно підтверджувати щонайменше раз на рік. Ці давно ніхто не підтверджував. Через 15 місяців пропозицію вилучають із пошуку, доки хтось її не підтвердить.
stale-unlisted = Вилучено з пошуку
stale-stale = Можуть бути застарілими
stale-none = Немає.
stale-confirmed = востаннє підтверджено
stale-confirm = Підтвердити, що все ще актуально
fresh-confirm-title = Інформація ще актуальна?
fresh-confirm-lead = "{ $offer }" востаннє підтверджено { $date }. Якщо все ще актуально, натисніть кнопку. Це займе секунду.
fresh-confirm-submit = Так, усе ще актуально
fresh-confirm-view = Переглянути пропозицію
fresh-confirm-edit = Щось треба виправити (увійти)
fresh-confirmed-title = Дякуємо – пропозицію підтверджено
fresh-confirmed-text = Дату останнього підтвердження оновлено, і пропозиція є в пошуку.
fresh-confirmed-staff = Пропозицію підтверджено.
fresh-link-gone = Посилання вже використано або воно застаріло. Увійдіть, щоб підтвердити пропозицію.

## Mails (sendes på dansk)
mail-confirm-subject = Підтвердьте свою електронну пошту для Sammen
mail-confirm-body =
    Вітаємо!

    Натисніть на посилання, щоб підтвердити свою адресу електронної пошти:
    { $link }

    Посилання діє 7 днів. Якщо ви не створювали обліковий запис, просто не зважайте на цей лист.
mail-exists-subject = У вас уже є обліковий запис у Sammen
mail-exists-body =
    Вітаємо!

    Хтось – можливо, ви – намагався створити обліковий запис з цією адресою, але у вас він уже є.
    Якщо ви забули пароль, оберіть новий тут:
    { $link }
mail-reset-subject = Оберіть новий пароль для Sammen
mail-reset-body =
    Вітаємо!

    Натисніть на посилання, щоб обрати новий пароль:
    { $link }

    Посилання діє одну годину. Якщо ви про це не просили, просто не зважайте на цей лист.
mail-invite-subject = Вас запрошено до Sammen { $municipality }
mail-invite-body =
    Вітаємо!

    Вас запрошено до Sammen { $municipality } як: { $roles }.
    Натисніть на посилання, напишіть своє ім'я та оберіть пароль:
    { $link }

    Посилання діє 14 днів.
mail-role-subject = Ви отримали нову роль у Sammen
mail-role-body =
    Вітаємо!

    Ви отримали нову роль у Sammen { $municipality }: { $roles }.
    Увійти можна тут: { $link }
mail-fresh-subject = Інформація про "{ $offer }" ще актуальна?
mail-fresh-body =
    Вітаємо, { $organisation }!

    Інформацію про "{ $offer }" востаннє підтверджено { $date } – { $months } міс. тому.
    Вона ще актуальна? Тоді перейдіть за посиланням і натисніть кнопку:
    { $link }

    Якщо щось треба виправити, увійдіть і відредагуйте пропозицію.
    Якщо ніхто не підтвердить інформацію, пропозицію вилучать із пошуку, коли їй буде { $unlisted } міс.
mail-moderation-approved-subject = Пропозицію "{ $offer }" схвалено
mail-moderation-approved-body =
    Вітаємо!

    Пропозицію "{ $offer }" схвалено, і тепер її можна знайти в довіднику на Sammen { $municipality }.
    Повідомлення від модератора: { $note }

    { $link }
mail-moderation-rejected-subject = Пропозицію "{ $offer }" не схвалено
mail-moderation-rejected-body =
    Вітаємо!

    Пропозицію "{ $offer }" не схвалено для Sammen { $municipality }.
    Причина: { $note }

    Якщо у вас є запитання, напишіть муніципалітету на адресу, вказану на { $link }
mail-moderation-changes-subject = Пропозицію "{ $offer }" треба виправити, перш ніж її можна буде схвалити
mail-moderation-changes-body =
    Вітаємо!

    Модератор просить змінити пропозицію "{ $offer }":
    { $note }

    Виправте пропозицію й надішліть її знову тут:
    { $link }

## Fællesskabskalenderen
calendar-title = Календар спільнот
calendar-lead = Спільні обіди, тимчасові (pop-up) спільноти, дні відкритих дверей і заходи в муніципалітеті. На багато з них можна просто прийти; на інші ви реєструєтеся тут – самі чи групою, без облікового запису.
calendar-quick-label = Швидкий вибір
calendar-quick-week = Цього тижня
calendar-quick-weekend = Ці вихідні
calendar-filters = Оберіть, що показати
calendar-filter-all = Усі
calendar-filter-kind = Тип
calendar-filter-age = Вік
calendar-filter-town = Місто
calendar-filter-free = Лише безкоштовні
calendar-filter-submit = Показати
calendar-week-of = { $from } – { $to }
calendar-count = { $count ->
    [0] Немає заходів
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
  }
calendar-empty = Немає заходів, що відповідають вашому вибору. Спробуйте інший тиждень або оберіть менше умов.
calendar-weeks = Тижні
calendar-previous-week = Попередній тиждень
calendar-next-week = Наступний тиждень
calendar-subscribe = Стежити за календарем
calendar-subscribe-text = Додайте заходи у свій календар або програму для читання новин. Посилання враховують вибір, який ви зробили вище.
calendar-ics = Підписатися у своєму календарі (iCalendar)
calendar-rss = Стрічка новин (RSS)
calendar-feed-name = Календар спільнот – { $municipality }
calendar-just-show-up = Просто приходьте
calendar-signup-open = Реєстрацію відкрито
calendar-full = Місць немає – запишіться в список очікування
calendar-seats-left = { $count ->
    [one] Залишилося { $count } місце
    [few] Залишилося { $count } місця
    [many] Залишилося { $count } місць
   *[other] Залишилося { $count } місця
  }
calendar-cancelled = Скасовано
calendar-cancelled-long = Цього дня захід скасовано.
calendar-moved = Цього дня час змінено.
calendar-error-date = Напишіть дату у форматі dd.mm.åååå, наприклад 3.12.2026.
calendar-error-kind = Оберіть тип зі списку.
calendar-error-period = Оберіть цей тиждень або ці вихідні.
calendar-error-id = Ми не знаємо такого номера.
event-kind-spis-sammen = Спільний обід
event-kind-pop-up = Pop-up
event-kind-foreningsdag = День об'єднань
event-kind-aabent-hus = День відкритих дверей
event-kind-andet = Захід
event-back = Назад до календаря
event-organiser = Організатор
event-bring = Що взяти з собою
event-signup = Реєстрація
event-signup-deadline = { $hours ->
    [one] Реєстрація не пізніше ніж за { $hours } годину.
    [few] Реєстрація не пізніше ніж за { $hours } години.
    [many] Реєстрація не пізніше ніж за { $hours } годин.
   *[other] Реєстрація не пізніше ніж за { $hours } години.
}
event-add-to-calendar = Додати до мого календаря (.ics)
event-other-dates = Інші дати
signup-intro = Досить імені. Ви отримаєте особисте посилання, за яким можна переглянути або скасувати реєстрацію.
signup-name = Ім'я
signup-name-hint = Або ім'я дорослого, який супроводжує групу.
signup-phone = Телефон
signup-contact-needed = Організатору потрібен телефон або електронна пошта.
signup-contact-optional = Необов'язково.
signup-email = Електронна пошта (необов'язково)
signup-email-hint = Тоді ви отримаєте підтвердження і нагадування напередодні.
signup-people = Кількість людей
signup-people-hint = Не більше { $max }.
signup-group = Я реєструю групу, яку супроводжую
signup-group-hint = Наприклад, шкільний клас або команду – ви контактна особа групи.
signup-group-note = Яка група? (необов'язково)
signup-group-note-hint = Наприклад, "8.B з Asnæs Skole".
signup-group-label = Група: { $note }
signup-submit = Зареєструватися
signup-closed = Реєстрацію закрито.
signup-over = Захід уже завершився.
signup-error-name = Напишіть ім'я.
signup-error-phone = Напишіть номер телефону щонайменше з 8 цифр, наприклад 12 34 56 78.
signup-error-contact = Організатор повинен мати змогу зв'язатися з вами: напишіть телефон або електронну пошту.
signup-error-people = Напишіть, скільки вас, – ціле число від 1 до кількості вільних місць.
signup-title = Ваша реєстрація
signup-event = Захід
signup-status = Статус
signup-status-confirmed = Ви зареєстровані
signup-status-waitlist = Ви в списку очікування
signup-status-cancelled = Скасовано
signup-people-count = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
  }
signup-group-of = Група з { $count } осіб: { $note }
signup-confirmed-notice = Ви зареєстровані. Збережіть посилання на цю сторінку – тут можна скасувати реєстрацію.
signup-waitlist-notice = Місць немає, тож ви в списку очікування. Якщо хтось відмовиться, ви отримаєте місце, і якщо ви вказали електронну пошту, ми вам повідомимо.
signup-cancelled-notice = Вашу реєстрацію скасовано. Дякуємо, що повідомили.
signup-keep-link = Збережіть адресу цієї сторінки: це ваш особистий доступ до реєстрації.
signup-cancel = Скасувати реєстрацію
signup-to-calendar = Назад до календаря
signup-gone-title = Реєстрацію не знайдено
signup-gone-text = Посилання неправильне, або реєстрацію видалено (це відбувається через 30 днів після заходу).

## Arrangører
event-new-title = Новий захід
event-new-lead = Захід з'явиться в календарі, щойно ви його збережете.
event-edit-title = Редагувати захід
event-edit-lead = Зміни стосуються всіх дат. Якщо хочете скасувати чи перенести одну дату, зробіть це на сторінці заходу.
event-save = Зберегти захід
event-saved = Захід збережено.
event-label-title = Назва
event-hint-title = Наприклад, "Спільний обід у будинку громади".
event-label-kind = Тип
event-no-arena = Без певної
event-label-place = Місце
event-hint-place = Оберіть відоме місце або оберіть місто нижче.
event-no-place = Немає відомого місця
event-label-online = Це відбувається онлайн
event-label-date = Дата
event-hint-date = У форматі dd.mm.åååå, наприклад 3.12.2026.
event-label-every = Повторюється
event-every-0 = Лише цього дня
event-every-1 = Щотижня
event-every-2 = Раз на два тижні
event-label-count = Скільки разів? (необов'язково)
event-hint-count = Залиште поле порожнім, якщо це триває без кінця.
event-label-price = Ціна в кронах
event-hint-price = 0, якщо безкоштовно.
event-label-signup = Чи потрібна реєстрація?
event-signup-yes = Так, реєстрація
event-signup-no = Ні, можна просто прийти
event-label-capacity = Кількість місць (необов'язково)
event-hint-capacity = Залиште поле порожнім, якщо обмеження немає. Коли місць немає, люди потрапляють у список очікування.
event-label-closes = Реєстрація закривається (за скільки годин)
event-hint-closes = Наприклад, 24.
event-label-contact = Нам потрібен телефон або електронна пошта тих, хто реєструється
event-label-bring = Що взяти з собою (необов'язково)
event-hint-bring = Наприклад, "Гарний настрій – їжу ми забезпечимо".
event-label-offer = Належить до пропозиції (необов'язково)
event-hint-offer = Тоді захід буде показано й біля пропозиції.
event-no-offer = Немає
event-error-where = Оберіть місце чи місто або поставте позначку "онлайн".
event-error-count = Напишіть ціле число від 1 до 104 або залиште поле порожнім.
event-error-capacity = Напишіть ціле число, наприклад 20, або залиште поле порожнім.
event-error-closes = Напишіть цілу кількість годин від 0 до 336.
event-error-message = Напишіть повідомлення (не більше 3000 знаків).
event-error-move = Напишіть нову дату у форматі dd.mm.åååå і час у форматі tt.mm, наприклад 9.30.
event-admin-public = Переглянути публічну сторінку
event-admin-dates = Дати
event-admin-participants = Зареєстровані
event-admin-total = Зареєстровано: { $count }
event-admin-total-of = Зайнято { $count } з { $capacity } місць
event-admin-none = Поки ніхто не зареєструвався.
event-admin-waitlist = Список очікування
event-admin-csv = Завантажити список (CSV)
event-admin-print = Надрукуйте сторінку, щоб мати паперовий список учасників.
event-admin-message = Написати всім
event-admin-message-label = Повідомлення
event-admin-message-hint = Надсилається всім зареєстрованим на цю дату, які вказали електронну пошту.
event-admin-message-send = Надіслати повідомлення
event-message-sent = Повідомлення надіслано.
event-admin-move = Перенести цю дату
event-admin-move-submit = Перенести
event-moved-notice = Дату перенесено, і зареєстровані отримали повідомлення.
event-admin-cancel = Скасувати
event-admin-cancel-text = Усі зареєстровані, які вказали електронну пошту, отримають повідомлення.
event-admin-cancel-all = Скасувати всі дати (увесь захід)
event-admin-cancel-submit = Скасувати
event-cancelled-notice = Скасовано, і зареєстровані отримали повідомлення.

## Mails om arrangementer
mail-event-online = онлайн
mail-signup-confirmed-subject = Ви зареєстровані: { $event }
mail-signup-confirmed-body =
    Вітаємо!

    Ви зареєстровані на "{ $event }" { $when }, { $where }.
    Організатор: { $organisation }

    Тут можна переглянути або скасувати реєстрацію:
    { $link }
mail-signup-waitlist-subject = Ви в списку очікування: { $event }
mail-signup-waitlist-body =
    Вітаємо!

    На "{ $event }" { $when }, { $where } місць немає, тож ви в списку очікування.
    Якщо хтось відмовиться, ви отримаєте місце, і тоді ми надішлемо вам лист.

    Тут можна переглянути або скасувати реєстрацію:
    { $link }
mail-signup-promoted-subject = Для вас є місце: { $event }
mail-signup-promoted-body =
    Вітаємо!

    Звільнилося місце, і тепер ви зареєстровані на "{ $event }" { $when }, { $where }.
    Якщо ви все ж не зможете прийти, скасуйте реєстрацію за посиланням у вашому першому листі.

    { $link }
mail-reminder-subject = Нагадуємо, завтра: { $event }
mail-reminder-body =
    Вітаємо!

    Нагадуємо: "{ $event }" – { $when }, { $where }.
    Що взяти з собою: { $bring }

    Будемо раді вас бачити.
    { $organisation }
mail-event-message-subject = Повідомлення щодо { $event }
mail-event-message-body =
    Вітаємо!

    Повідомлення від { $organisation } про "{ $event }" { $when }:

    { $message }
mail-event-cancelled-subject = Скасовано: { $event } { $when }
mail-event-cancelled-body =
    Вітаємо!

    На жаль, "{ $event }" { $when } скасовано.
    Вам нічого не потрібно робити.

    { $organisation }
mail-event-cancelled-all-subject = Скасовано: { $event }
mail-event-cancelled-all-body =
    Вітаємо!

    На жаль, "{ $event }" скасовано – усі дати.
    Вам нічого не потрібно робити.

    { $organisation }
mail-event-moved-subject = Новий час: { $event }
mail-event-moved-body =
    Вітаємо!

    "{ $event }" { $when } перенесено на { $new }.
    Якщо ви не зможете прийти в новий час, скасуйте реєстрацію за посиланням у вашому першому листі.

    { $organisation }
## Знайдіть свою спільноту (помічник)
guide-title = Знайдіть свою спільноту
guide-intro = Шість коротких запитань – і ми знайдемо спільноти, які вам підходять. Будь-яке запитання можна пропустити. Ми не зберігаємо ваших відповідей.
guide-progress = Крок { $step } з { $steps }
guide-next = Далі
guide-show = Показати пропозиції
guide-skip = Пропустити
guide-back = Назад
guide-nothing-kept = Ваші відповіді є лише в адресному рядку вашого браузера. Ми їх не зберігаємо і не використовуємо файли cookie.
guide-q1 = Для кого ви шукаєте спільноту?
guide-who = Це для
guide-who-me = Мене
guide-who-child = Моєї дитини
guide-age = Вік
guide-age-hint = Вкажіть вік у повних роках, наприклад 15 або 75.
guide-q2 = Де ви живете?
guide-town-hint = Виберіть місто, у якому ви живете, або найближче до вас. Або виберіть зустрічі телефоном чи онлайн.
guide-town-choose = Виберіть місто
guide-town-remote = Телефоном або онлайн
guide-q3 = Що вам подобається?
guide-likes-hint = Виберіть до трьох.
guide-like-bevaege = Рухатися (ходити, бігати, танцювати, грати в м'яч)
guide-like-skabe = Створювати щось (в'язати, малювати, майструвати)
guide-like-spise = Їсти разом з іншими
guide-like-natur = Бути на природі
guide-like-laere = Вчитися чогось нового
guide-like-hjaelpe = Допомагати іншим
guide-like-spil = Грати в ігри (карти, настільні ігри, комп'ютер)
guide-like-musik = Музика і спів
guide-like-snak = Поговорити за кавою
guide-interest-bevaege = рух
guide-interest-skabe = творчість
guide-interest-spise = спільні обіди
guide-interest-natur = природа
guide-interest-laere = навчання нового
guide-interest-hjaelpe = допомога іншим
guide-interest-spil = ігри
guide-interest-musik = музика
guide-interest-snak = розмови
guide-q4 = Коли вам зручно?
guide-when-hint = Виберіть усе, що підходить.
guide-when-hverdag = У будні вдень
guide-when-aften = У будні ввечері
guide-when-weekend = На вихідних
guide-q5 = Як ви пересуваєтеся?
guide-transport-bil = Автомобілем
guide-transport-bus-tog = Автобусом або потягом
guide-transport-cykel = Велосипедом
guide-transport-gaa = Пішки
guide-transport-lift = Мені потрібно, щоб мене підвезли
guide-q6 = Вам зручніше приходити самому чи з кимось?
guide-company-alene = Самому
guide-company-gruppe = З групою, наприклад із класом або з друзями
guide-company-foelges = З кимось, хто піде зі мною першого разу
guide-free-only = Тільки безкоштовне
guide-error-who = Виберіть, для кого це: для вас чи для вашої дитини.
guide-error-age = Вкажіть вік числом від 0 до 110, наприклад 15.
guide-error-child-age = Вкажіть вік вашої дитини – число менше за 18.
guide-error-town = Виберіть місто зі списку або виберіть телефон чи онлайн.
guide-error-choice = Виберіть одну з відповідей у списку.
guide-error-likes-max = Виберіть не більше трьох речей, які вам подобаються.
guide-error-answers = Не вдалося прочитати відповіді в посиланні. Почніть помічник спочатку.
guide-error-email-empty = Вкажіть адресу електронної пошти, на яку надіслати список.
guide-error-email = Вкажіть адресу електронної пошти, наприклад navn@eksempel.dk.
guide-results-title = Пропозиції для вас
guide-summary = За вашими відповідями: { $answers }.
guide-summary-nothing = Ви пропустили всі запитання, тож ось спільноти, до яких найлегше приєднатися.
guide-summary-age = вік { $age }
guide-summary-child-age = ваша дитина, вік { $age }
guide-summary-free = тільки безкоштовне
guide-edit = Змінити відповіді
guide-print = Надрукувати список
guide-printed = Надруковано з «Знайдіть свою спільноту»
guide-kind-offer = Спільнота
guide-part-formiddag = до обіду
guide-part-eftermiddag = після обіду
guide-part-aften = увечері
guide-at-clock = о { $time }
guide-in-town = у { $town }
guide-by-phone = телефоном
guide-online = онлайн
guide-reason-km = { $km } км від вас
guide-reason-close = близько до вас
guide-reason-station = станція поруч з обох кінців
guide-reason-free = безкоштовно
guide-reason-show-up = просто приходьте
guide-reason-newcomers = новачкам раді
guide-reason-bring = можна прийти з кимось
guide-reason-ambassador = амбасадор може піти з вами
guide-few-title = Ми знайшли не так багато, що повністю підходить
guide-few-text = Справа не у вас – просто зараз немає багато пропозицій, які підходять до всіх ваших відповідей. Ось найближче, що в нас є. Ви також можете поговорити з амбасадором або зателефонувати на одну з ліній нижче.
guide-alternatives = Найближче, що в нас є
guide-ambassador-title = Поговоріть з амбасадором
guide-ambassador-text = Амбасадор може допомогти вам знайти спільноту і піти з вами першого разу.
guide-ambassador-link = Знайти амбасадора
guide-send-title = Надіслати список мені
guide-email = Ваша адреса електронної пошти
guide-email-hint = Ми надішлемо список один раз. Адресу буде видалено, щойно лист надіслано.
guide-send = Надіслати список
guide-sent = Список уже йде до вашої скриньки. Ми видалимо вашу адресу, щойно лист буде надіслано.
guide-again = Почати спочатку
guide-mail-subject = Ваші пропозиції з «Знайдіть свою спільноту»
guide-mail-intro = Ось спільноти, які ви знайшли за допомогою помічника.
guide-mail-outro = Ми не зберегли ні вашої адреси, ні ваших відповідей. Ви отримали цей лист, бо самі про нього попросили.
guide-reason-no-signup = реєстрація не потрібна

## Амбасадори
ambassadors-title = Амбасадори
ambassadors-intro = Амбасадори – це волонтери й працівники, які навчилися говорити про самотність. Вони можуть поговорити з вами – або піти з вами першого разу, коли ви пробуєте нову спільноту. Ви самі вирішуєте, скільки розповідати.
ambassadors-talk = Поговорити з амбасадором
ambassadors-filter = Показати амбасадорів
ambassadors-reset = Скинути
ambassadors-all = Усі
ambassadors-filter-group = Цільова група
ambassadors-filter-town = Місто
ambassadors-filter-setting = Де вони працюють
ambassadors-filter-language = Мова
ambassadors-count = { $count ->
    [one] { $count } амбасадор
    [few] { $count } амбасадори
    [many] { $count } амбасадорів
   *[other] { $count } амбасадора
}
ambassadors-none = Жоден амбасадор не підходить під те, що ви вибрали. Спробуйте прибрати фільтр – або напишіть нам, і ми знайдемо когось, хто зможе допомогти.
ambassadors-error-group = Виберіть цільову групу зі списку.
ambassadors-error-town = Виберіть місто зі списку.
ambassadors-error-setting = Виберіть місце зі списку.
ambassadors-error-language = Виберіть мову зі списку.
ambassador-groups = Цільові групи
ambassador-settings = Працює в
ambassador-towns = Міста
ambassador-languages = Мови
ambassador-reachable = Коли можна зв'язатися
ambassador-back = Усі амбасадори
ambassador-talk = Поговорити з
ambassador-training = Навчання
ambassador-trained = { $count ->
    [one] Пройдено { $count } модуль навчання для амбасадорів.
    [few] Пройдено { $count } модулі навчання для амбасадорів.
    [many] Пройдено { $count } модулів навчання для амбасадорів.
   *[other] Пройдено { $count } модуля навчання для амбасадорів.
}
ambassador-in-training = Зараз проходить навчання для амбасадорів.
ambassador-certificate = Переглянути свідоцтво про навчання
certificate-title = Свідоцтво про навчання
certificate-caption = Пройдені модулі
certificate-module = Модуль
certificate-date = Пройдено
certificate-duration = Тривалість
certificate-total = Усього
certificate-hours = { $hours } год.
setting-skole = Школа
setting-dagtilbud = Дитячий садок / ясла
setting-arbejdsplads = Робоче місце
setting-plejecenter = Будинок догляду
setting-bibliotek = Бібліотека
setting-forening = Клуб / об'єднання
setting-bussen = Den Glade Bus
setting-sundhedshus = Центр здоров'я
language-tr = турецька
language-so = сомалійська
language-fa = перська
admin-tile-coverage-title = Амбасадори та охоплення
admin-tile-coverage-text = Навчання і де бракує навченого амбасадора.
coverage-title = Амбасадори: навчання та охоплення
coverage-intro = Таблиці показують кількість навчених амбасадорів. Клітинка з «немає» показує, де бракує амбасадора.
coverage-overview = Навчені амбасадори за містами та цільовими групами
coverage-detail = За містами та місцями в одній цільовій групі
coverage-show = Показати
coverage-town = Місто
coverage-none = немає
coverage-gaps = Клітинок без навченого амбасадора для групи «{ $group }»: { $count }.
coverage-modules = Модулі навчання
coverage-people = Амбасадори
coverage-name = Ім'я
coverage-completed = Пройдені модулі

## Поговорити з амбасадором
ask-title = Поговорити з амбасадором
ask-lead = Напишіть нам, і ми знайдемо амбасадора, який поговорить з вами – або піде з вами першого разу, коли ви пробуєте нову спільноту. Можна написати й за іншу людину.
ask-privacy = Ви самі вирішуєте, скільки розповідати. Можна залишитися повністю анонімним: тоді ви читаєте відповідь за особистим посиланням. Те, що ви пишете, бачать лише амбасадор і координатори комуни. Усе буде видалено через пів року після того, як звернення закрито.
ask-kind = Чого б ви хотіли?
ask-kind-talk = Поговорити з амбасадором
ask-kind-accompany = Щоб хтось пішов зі мною першого разу
ask-asker = Хто пише?
ask-asker-self = Я пишу за себе
ask-asker-relative = Я родич або близька людина і пишу за іншу людину
ask-asker-teacher = Я вчитель або вихователь і пишу за дитину чи молоду людину
ask-asker-professional = Я фахівець і пишу за мешканця
ask-consent = Людина знає, що я пишу, і погоджується на це
ask-consent-hint = Позначайте лише тоді, коли пишете за іншу людину.
ask-about = Про що йдеться? (необов'язково)
ask-about-hint = Пишіть лише те, що хочете. Поле можна залишити порожнім.
ask-join = До якої спільноти чи на який захід ви хотіли б піти разом? (необов'язково)
ask-join-hint = Наприклад, «група ходьби в Hørve» або «спільний обід в Asnæs».
ask-age = Вік людини, про яку йдеться
ask-band-0-12 = До 13 років
ask-band-13-17 = 13–17 років
ask-band-18-29 = 18–29 років
ask-band-30-64 = 30–64 роки
ask-band-65-plus = 65 років і більше
ask-not-given = Не хочу вказувати
ask-town = Місто
ask-language = Мова
ask-ambassador = З ким ви хотіли б поговорити?
ask-ambassador-any = З тим, хто підходить найкраще
ask-contact = Як ви хочете отримати відповідь?
ask-contact-hint = Що б ви не вибрали, ви отримаєте особисте посилання, де можна прочитати відповідь і написати у відповідь.
ask-contact-telefon = Зателефонуйте мені
ask-contact-email = Напишіть мені на електронну пошту
ask-contact-anonym = Повністю анонімно – я читаю відповідь за своїм особистим посиланням
ask-name = Ім'я (необов'язково)
ask-name-hint = Щоб амбасадор знав, як до вас звертатися.
ask-phone = Номер телефону
ask-phone-hint = Лише якщо хочете, щоб вам зателефонували. Наприклад, 12 34 56 78.
ask-email = Адреса електронної пошти
ask-email-hint = Лише якщо хочете отримати відповідь електронною поштою.
ask-send = Надіслати
ask-error-kind = Виберіть, чи хочете ви поговорити, чи щоб хтось пішов з вами.
ask-error-asker = Виберіть, хто пише.
ask-error-consent = Поставте позначку, якщо людина знає, що ви пишете, і погоджується на це. Інакше ми не можемо прийняти звернення.
ask-error-choice = Виберіть одну з відповідей у списку.
ask-error-contact = Виберіть, як ви хочете отримати відповідь.
ask-error-phone = Вкажіть номер телефону з 8 цифр, наприклад 12 34 56 78.
ask-error-email = Вкажіть адресу електронної пошти, наприклад navn@eksempel.dk.
ask-mail-subject = Ваше звернення до амбасадора
ask-mail-body = Дякуємо, що написали. Амбасадор відповість якнайшвидше.

    Ось ваше особисте посилання, де можна прочитати відповідь і написати у відповідь:
    { $link }

    Збережіть посилання – кожен, хто його має, може прочитати розмову.
ask-staff-mail-subject = Нове звернення чекає
ask-staff-mail-body = Надійшло нове звернення до амбасадора. Увійдіть, щоб його прочитати:
    { $link }
request-title = Ваше звернення
request-created = Дякуємо. Ваше звернення надіслано.
request-keep-link = Збережіть адресу цієї сторінки (наприклад, у закладках) – це ваше особисте посилання. Тут можна прочитати відповідь і написати у відповідь. Кожен, хто має це посилання, може прочитати розмову.
request-status-new = Ми отримали ваше звернення. Амбасадор відповість якнайшвидше.
request-status-accepted = { $name } взяв(-ла) ваше звернення.
request-status-closed = Звернення закрито.
request-conversation = Розмова
request-no-messages = Повідомлень ще немає.
request-you = Ви
request-person = Людина, яка написала
request-answer = Написати у відповідь
request-send-answer = Надіслати
request-answer-sent = Ваше повідомлення надіслано.
request-close = Закрити звернення
request-close-hint = Закрите звернення буде видалено через пів року.
request-closed-text = Звернення закрито, і його буде видалено через пів року. Ви завжди можете написати знову.
request-error-empty = Напишіть повідомлення.
request-error-closed = Звернення закрито.
request-error-date = Вкажіть дату у форматі рік-місяць-день, наприклад 2027-02-15.
request-error-scale = Дайте відповідь на всі три запитання (і першого разу поставте позначку про згоду).
request-error-action = Ми не знаємо такої дії.
requests-title = Звернення
requests-no-profile = Ваш обліковий запис ще не пов'язаний із профілем амбасадора. Зверніться до координатора.
requests-queue = Чекають на амбасадора
requests-queue-empty = Немає звернень, що чекають.
requests-all = Усі звернення
requests-mine = Ваші звернення
requests-none = Немає звернень.
requests-col-kind = Звернення
requests-col-created = Отримано
requests-col-status = Статус
requests-col-ambassador = Амбасадор
requests-col-follow-up = Повторний контакт
requests-back = Усі звернення
request-queue = Черга координаторів
request-state-new = Нове
request-state-accepted = Взято
request-state-closed = Закрито
request-staff-title = Звернення
request-consent = Людина погодилася
request-yes = Так
request-no = Ні
request-anonymous = Анонімно – відповідь за особистим посиланням
request-accept = Взяти звернення
request-assign = Передати
request-assign-button = Передати далі
request-reply = Відповідь
request-reply-hint = Відповідь можна прочитати за особистим посиланням людини.
request-send-reply = Надіслати відповідь
request-notes = Ваші нотатки
request-notes-hint = Нотатки бачите лише ви і координатори – ніколи не людина, яка звернулася.
request-note = Нова нотатка
request-save-note = Зберегти нотатку
request-follow-up = Повторний контакт
request-follow-up-date = Дата повторного контакту
request-follow-up-hint = Вкажіть дату у форматі рік-місяць-день, наприклад 2027-02-15. Залиште поле порожнім, щоб прибрати дату.
request-save-follow-up = Зберегти дату
request-scale = Шкала самотності (лише за згодою)
request-scale-hint = Питайте, лише якщо людина хоче. Перший раз – під час першого контакту, вдруге – приблизно через три місяці. Відповіді зберігаються без імені й показуються лише разом, коли відповіли щонайменше 5 людей.
request-scale-consent = Людина погоджується відповісти
request-scale-before = Зберегти відповіді з першого контакту
request-scale-after = Зберегти відповіді через три місяці
request-close-title = Закрити
request-close-staff-hint = Закрите звернення видаляється через пів року – разом із повідомленнями та нотатками.
request-close-staff = Закрити звернення
request-done-accepter = Ви взяли звернення.
request-done-tildel = Звернення передано далі.
request-done-svar = Вашу відповідь надіслано.
request-done-note = Нотатку збережено.
request-done-opfoelgning = Дату збережено.
request-done-skala-foer = Відповіді збережено.
request-done-skala-efter = Відповіді збережено без імені.
request-done-luk = Звернення закрито.
request-reply-mail-subject = Вам відповів амбасадор
request-reply-mail-body = На ваше звернення надійшла відповідь. Прочитайте її за особистим посиланням з нашого першого листа.
outcomes-title = Чи це допомагає? (шкала самотності)
outcomes-too-few = Двічі відповіли менше ніж 10 людей – цифри з'являться, коли відповідей буде щонайменше 10.
outcomes-summary = Відповіли двічі: { $count } (округлено до 5). Середнє під час першого контакту: { $before }, через три місяці: { $after } (3 = рідко самотні, 9 = часто).
offer-accompany = Хочете, щоб хтось пішов з вами першого разу? Попросіть амбасадора піти разом
amb-back = Амбасадори та охоплення
amb-new-title = Новий амбасадор
amb-new = Додати амбасадора
amb-first-name = Ім'я
amb-first-name-hint = Публічно показується лише ім'я.
amb-about = Кілька слів про вас
amb-about-hint = Наприклад, з чим ви охоче допомагаєте. Не більше 600 знаків.
amb-reachable = Коли з вами можна зв'язатися?
amb-reachable-hint = Наприклад, «У будні з 9 до 15».
amb-published = Показувати профіль публічно
amb-published-hint = Без позначки профіль приховано, наприклад коли ви робите перерву. Тим часом нові звернення до вас не надходять.
amb-account = Обліковий запис (ел. пошта)
amb-account-hint = Обліковий запис, з яким амбасадор входить у систему. Він отримає роль амбасадора. Залиште поле порожнім, якщо облікового запису ще немає.
amb-save = Зберегти
amb-saved = Зміни збережено.
amb-module = Модуль
amb-completed-on = Дата проходження
amb-completed-on-hint = Вкажіть дату у форматі рік-місяць-день, наприклад 2026-10-01.
amb-add-training = Зареєструвати
amb-add-training-title = Зареєструвати пройдений модуль
amb-error-name = Вкажіть ім'я.
amb-error-groups = Виберіть щонайменше одну цільову групу.
amb-error-towns = Виберіть щонайменше одне місто.
amb-error-languages = Виберіть щонайменше одну мову.
amb-error-account = Облікового запису з такою електронною поштою немає. Спершу запросіть людину в розділі «Облікові записи».
amb-error-date = Вкажіть дату у форматі рік-місяць-день, наприклад 2026-10-01.
amb-error-future = Дата не може бути в майбутньому.
amb-module-new = Новий модуль навчання
amb-module-add = Додати модуль
amb-module-title = Назва
amb-module-description = Опис
amb-module-material = Матеріали
amb-module-material-hint = Наприклад, «Презентація і картки для діалогу».
amb-module-minutes = Тривалість у хвилинах
amb-module-minutes-hint = Наприклад, 180.
amb-module-save = Зберегти модуль
amb-module-saved = Модуль збережено.
amb-error-module-title = Вкажіть назву.
amb-error-minutes = Вкажіть тривалість у хвилинах, від 1 до 10000.
amb-own-title = Ваш профіль амбасадора
amb-own-lead = Ви самі вирішуєте, що написано у вашому публічному профілі. Ваша електронна пошта і номер телефону ніколи не показуються.
amb-own-link = Змінити свій профіль амбасадора
photo-title = Фото (необов'язково)
photo-choose = Виберіть фото
photo-hint = JPEG, PNG або WebP, не більше 512 КБ. Фото показується лише тоді, коли профіль публічний.
photo-save = Зберегти фото
photo-remove = Видалити фото
photo-alt = Фото: { $name }
photo-error-none = Виберіть фото, щоб зберегти.
photo-error-type = Фото має бути у форматі JPEG, PNG або WebP.
photo-error-large = Фото завелике. Виберіть фото розміром не більше 512 КБ.
photo-saved = Фото збережено.
photo-removed = Фото видалено.

## Den Glade Bus
bus-name = Den Glade Bus
bus-intro = Den Glade Bus («Веселий автобус») їздить комуною і зупиняється на площах, біля шкіл, у гаванях і біля будинків догляду. На кожній зупинці є кава, розмови і щось, чим можна зайнятися разом – просто приходьте, реєструватися не потрібно.
bus-paused = Автобус має перерву: { $reason }.
bus-next = Найближчі зупинки
bus-none = Зараз немає запланованих зупинок.
bus-week = Розклад на тиждень
bus-col-time = Час
bus-col-stop = Зупинка
bus-col-what = Що відбувається
bus-stops = Усі зупинки
bus-planners = У планувальниках маршрутів
bus-planners-text = Розклад доступний у форматі GTFS, тож планувальники маршрутів і картографічні застосунки можуть показувати автобус.
bus-gtfs = Завантажити розклад (GTFS)
bus-back = Den Glade Bus
bus-town = Місто
bus-accessibility = Доступність
bus-indoor = Якщо йде дощ
bus-visitors = Хто зазвичай приходить
bus-coming = Коли автобус приїде наступними разами
bus-add-calendar = Додати зупинку до свого календаря (.ics)
bus-activity-kaffe = кава
bus-activity-snak = розмови
bus-activity-spil = ігри
bus-activity-sygeplejerske = медсестра
bus-activity-biblioteksboeger = бібліотечні книжки
bus-activity-musik = музика
bus-activity-bevaegelse = рух

## Den Glade Bus наживо: де він зараз, карта маршруту, сторінка екіпажу
bus-live-link = Де зараз автобус?
bus-live-title = Де зараз автобус?
bus-live-today = Сьогоднішній рейс
bus-live-refresh = Оновити
bus-live-updated = Оновлено о { $time }.
bus-live-col-planned = За планом
bus-live-col-status = Статус
bus-live-passed = Поїхав далі
bus-live-here = Стоїть тут зараз
bus-live-away = Приблизно через { $minutes } хв
bus-live-late = Приблизно через { $minutes } хв – запізнюється приблизно на { $delay } хв
bus-live-no-tour = Сьогодні автобус не їздить.
bus-live-next = Наступного разу: { $day } о { $time }, { $stop }.
bus-live-not-out = Зараз автобус не в дорозі. Час нижче – за планом.
bus-live-done = Сьогоднішній рейс закінчився.
bus-live-at = Автобус зараз стоїть на зупинці { $stop }, приблизно до { $until }.
bus-live-towards = Автобус їде до зупинки { $stop }, очікується о { $time }.
bus-live-privacy = Місцезнаходження надходить із телефону в автобусі лише тоді, коли автобус їде, і зберігається дві доби.
bus-map-title = Маршрут автобуса
bus-map-days = Виберіть день
bus-map-caption = Карта зупинок автобуса ({ $day }) по порядку. У списку під картою – ті самі зупинки з часом.
bus-map-caption-today = Карта сьогоднішніх зупинок по порядку. Зелений квадрат показує автобус, коли він їде.
bus-map-link = Маршрут ({ $day }) на карті
bus-map-no-tour = Цього дня автобус не їздить.
bus-map-bad-day = Виберіть день тижня зі списку.
bus-bell-hint = Хочете отримати повідомлення, коли автобус наближатиметься до вашої зупинки? Виберіть зупинку і підпишіться на дзвіночок.
bus-crew-title = Сьогоднішній рейс (екіпаж автобуса)
bus-crew-share-title = Передавати місцезнаходження автобуса
bus-crew-share = Передавати місцезнаходження
bus-crew-share-stop = Зупинити передавання
bus-crew-waiting = Чекаємо на GPS …
bus-crew-denied = Телефон не надав місцезнаходження. Натомість користуйтеся кнопками біля зупинок.
bus-crew-stopped = Передавання зупинено.
bus-crew-offline = Не вдалося надіслати місцезнаходження. Спробуємо ще раз трохи згодом.
bus-crew-noscript = Для передавання місцезнаходження потрібен JavaScript. Користуйтеся кнопками «Прибув» і «Їде далі» біля зупинок.
bus-crew-last-fix = Місцезнаходження надіслано о { $time }.
bus-crew-arrived = Прибув
bus-crew-left = Їде далі
bus-crew-arrived-done = Прибуття зареєстровано.
bus-crew-left-done = Відправлення зареєстровано.
bus-crew-saved-arrived = Збережено: автобус прибув.
bus-crew-saved-left = Збережено: автобус їде далі.
bus-crew-bad-position = Неправильне місцезнаходження (широта і довгота мають бути числами).
bus-crew-bad-mark = Кнопка не належала до жодної зупинки. Поверніться назад і спробуйте ще раз.
bus-crew-not-today = Цієї зупинки немає в сьогоднішньому рейсі.
bus-crew-public = Переглянути публічну сторінку «Де зараз автобус?»

## Дзвіночок
bell-title = Отримати повідомлення, коли приїде автобус
bell-intro = Ми надішлемо лист, коли автобус їхатиме до цієї зупинки, та/або напередодні. Обліковий запис не потрібен; ми зберігаємо лише вашу електронну пошту і зупинку.
bell-email = Ваша електронна пошта
bell-email-hint = Спочатку ви отримаєте лист із посиланням, на яке треба натиснути.
bell-lead = Коли в цей день ви хочете отримати повідомлення?
bell-lead-minutes = Коли автобус буде приблизно за { $minutes } хв
bell-lead-none = Не в день приїзду
bell-day-before = Також напередодні (після обіду)
bell-submit = Підписатися на дзвіночок
bell-error-email-missing = Вкажіть свою електронну пошту.
bell-error-email = Вкажіть електронну пошту, наприклад navn@eksempel.dk.
bell-error-lead = Виберіть 10, 20 або 30 хвилин або «Не в день приїзду».
bell-error-nothing = Виберіть щонайменше одне повідомлення: у день приїзду або напередодні.
bell-sent-title = Перевірте електронну пошту
bell-sent-text = Ми надіслали вам лист. Натисніть на посилання в ньому, щоб увімкнути дзвіночок. Якщо дзвіночок для цієї зупинки у вас уже є, ви натомість отримаєте посилання, щоб змінити або вимкнути його.
bell-sent-privacy = Ми зберігаємо лише вашу електронну пошту і зупинку. Якщо ви не підтвердите протягом тижня, ми це видалимо.
bell-back-to-stop = Назад до зупинки
bell-manage-title = Ваш дзвіночок
bell-manage-stop = Зупинка:
bell-manage-unconfirmed = Дзвіночок ще не увімкнено. Натисніть кнопку, щоб підтвердити, що це ваша електронна пошта.
bell-fact-address = Надсилається на { $address }
bell-confirm = Увімкнути дзвіночок
bell-unsubscribe = Вимкнути дзвіночок і видалити мою електронну пошту
bell-manage = Переглянути або вимкнути дзвіночок
bell-confirmed-title = Дзвіночок увімкнено
bell-confirmed-text = Ви отримуватимете повідомлення так, як вибрали. У кожному листі є посилання, щоб вимкнути дзвіночок.
bell-stopped-title = Дзвіночок вимкнено
bell-stopped-text = Вашу електронну пошту видалено, і ви більше не отримуватимете повідомлень про цю зупинку.
bell-gone-title = Цього дзвіночка більше немає
bell-gone-text = Його вимкнено, або його так і не підтвердили. Ви можете підписатися знову на сторінці зупинки.
mail-bell-confirm-subject = Підтвердіть дзвіночок для зупинки { $stop }
mail-bell-confirm-body =
    Вітаємо!

    Хтось (сподіваємося, ви) попросив повідомити, коли Den Glade Bus приїде на зупинку { $stop }.
    Натисніть на посилання, щоб увімкнути дзвіночок:

    { $link }

    Якщо це були не ви, нічого не робіть; тоді ми видалимо адресу через тиждень.
mail-bell-again-subject = Ваш дзвіночок для зупинки { $stop }
mail-bell-again-body =
    Вітаємо!

    У вас уже є дзвіночок для зупинки { $stop }. Тут його можна переглянути або вимкнути:

    { $link }
mail-bell-near-subject = { $bus }: приблизно { $minutes } хв до зупинки { $stop }
mail-bell-near-body =
    Вітаємо!

    { $bus } уже в дорозі й очікується на зупинці { $stop } о { $time } (приблизно через { $minutes } хв).

    Не хочете більше отримувати повідомлення: { $manage }
mail-bell-tomorrow-subject = { $bus } завтра приїде на зупинку { $stop }
mail-bell-tomorrow-body =
    Вітаємо!

    { $bus } приїде на зупинку { $stop } { $day }: { $times }.

    Не хочете більше отримувати повідомлення: { $manage }

## План автобуса для працівників
plan-title = План автобуса
plan-settings = Автобус починає і закінчує рейс у { $where }; робочий час { $from }–{ $to }, середня швидкість { $speed } км/год, а зупинка триває щонайменше { $stay } хв.
plan-published-summary = Опублікований план: відвідувань на тиждень – { $count }, приблизно { $km } км.
plan-draft-summary = Чернетка: відвідувань на тиждень – { $count }, приблизно { $km } км.
plan-see-published = Переглянути опублікований розклад
plan-findings-draft = Проблеми в чернетці
plan-findings-published = Проблеми в опублікованому плані
plan-no-findings = Проблем немає: усі зупинки в межах свого часового вікна, між зупинками є час на дорогу, і рейс вкладається в робочий час.
plan-propose = Розрахувати пропозицію планувальником
plan-copy = Редагувати опублікований план
plan-draft = Чернетка
plan-draft-help = Перенесіть відвідування на інший день чи час або змініть тривалість зупинки (у хвилинах). Чернетка перевіряється щоразу, коли ви зберігаєте.
plan-col-day = День
plan-col-arrive = Прибуття (TT.MM)
plan-col-stay = Зупинка (хв)
plan-save = Зберегти
plan-publish = Опублікувати чернетку
plan-discard = Відкинути чернетку
plan-crew-link = Сьогоднішній рейс для екіпажу
plan-saved-forslag = Пропозицію планувальника збережено як чернетку.
plan-saved-kladde = Опублікований план скопійовано в чернетку.
plan-saved-besoeg = Відвідування збережено в чернетці.
plan-saved-udgivet = Чернетку опубліковано. Тепер її показують розклад, календарі та файл GTFS.
plan-saved-kasseret = Чернетку відкинуто.
plan-error-day = Виберіть день тижня.
plan-error-time = Вкажіть час прибуття у форматі TT.MM, наприклад 9.30.
plan-error-stay = Вкажіть тривалість зупинки в хвилинах, від 5 до 480.
plan-error-no-draft = Немає чернетки для публікації. Спершу розрахуйте пропозицію або відредагуйте опублікований план.
plan-error-findings = Чернетку не можна опублікувати, доки не виправлено проблеми нижче.
plan-finding-window = { $day }: { $stop } о { $time } – поза часовим вікном зупинки { $from }–{ $to }.
plan-finding-tight = { $day }: від { $from } до { $to } є { $gap } хв, але дорога займає приблизно { $drive } хв.
plan-finding-hours = { $day }: рейс починається в депо о { $start } і повертається о { $end } – поза робочим часом { $shiftstart }–{ $shiftend }.
plan-finding-day = { $day }: зупинка { $stop } не хоче відвідувань цього дня.
plan-finding-frequency = Зупинку { $stop } відвідують { $visits } р. на тиждень, а потрібно { $wanted } р.
plan-settings-link = Змінити день автобуса
plan-settings-title = День автобуса
plan-settings-lead = Де автобус починає і закінчує рейс, робочий час, швидкість і найкоротша зупинка. Їх використовують планувальник, перевірка плану та очікуваний час на сторінці «Де зараз автобус?». Опублікований план не змінюється; перевірка покаже, що вже не підходить.
plan-settings-depot = Депо (назва)
plan-settings-depot-hint = Наприклад, «Asnæs». Вранці автобус виїжджає з депо, а після обіду повертається туди.
plan-settings-depot-hint-roads = Наприклад, «Asnæs». Таблиця доріг (SAMMEN_BUS_MATRIX) має власні відстані до депо: якщо ви перенесете депо, таблицю треба створити заново.
plan-settings-lat = Широта депо
plan-settings-lat-hint = У десяткових градусах, наприклад 55,73785 і 11,50780 (з комою або крапкою).
plan-settings-lon = Довгота депо
plan-settings-start = Початок робочого часу (TT.MM)
plan-settings-hours-hint = Наприклад, 9.00 і 17.00. Рейс має вкладатися в цей час – від депо і назад до депо.
plan-settings-end = Кінець робочого часу (TT.MM)
plan-settings-speed = Середня швидкість (км/год)
plan-settings-speed-hint = Від 10 до 90. Час у дорозі = відстань по прямій × 1,3 за цієї швидкості.
plan-settings-speed-hint-roads = Від 10 до 90. Час у дорозі між зупинками береться з таблиці доріг; швидкість використовується для очікуваного часу, поки автобус їде.
plan-settings-stay = Найкоротша зупинка (хвилини)
plan-settings-stay-hint = Від 5 до 240. Планувальник дає кожній зупинці щонайменше стільки часу, а перевірка повідомляє про коротші зупинки.
plan-settings-error-depot = Вкажіть назву депо (не більше 80 знаків).
plan-settings-error-coordinates = Вкажіть широту і довготу депо десятковими числами, наприклад 55,73785 і 11,50780.
plan-settings-error-far = Депо розташоване далі ніж за 50 км від усіх зупинок автобуса. Перевірте координати – можливо, широту й довготу переплутано?
plan-settings-error-hours = Вкажіть робочий час у форматі TT.MM, наприклад 9.30; кінець має бути пізніше за початок, і робочий час – не довше 14 годин.
plan-settings-error-speed = Вкажіть середню швидкість цілим числом від 10 до 90 км/год.
plan-settings-error-stay = Вкажіть найкоротшу зупинку цілим числом хвилин від 5 до 240.
plan-saved-indstillinger = День автобуса збережено. Перевірка нижче вже використовує ці дані; розрахуйте нову пропозицію, щоб планувати за ними.
plan-finding-stay = { $day }: на зупинці { $stop } лише { $stay } хв, але зупинка має тривати щонайменше { $minimum } хв.
bus-stop-new-link = Створити нову зупинку
bus-stop-edit-link = Редагувати місце
bus-stop-new-title = Нова зупинка автобуса
bus-stop-edit-title = Місце: { $stop }
bus-stop-lead = Де стоїть автобус і що людям варто знати про це місце. Це показують сторінка зупинки, розклад і файл GTFS.
bus-stop-no-town = Без міста
bus-stop-field-name = Назва зупинки
bus-stop-field-name-hint = Наприклад, «Torvet» або «Grevinge Skole». Місто показується поруч.
bus-stop-field-town = Місто
bus-stop-field-lat = Широта
bus-stop-field-lon = Довгота
bus-stop-field-access = Доступність
bus-stop-field-indoor = Якщо йде дощ
bus-stop-field-indoor-hint = Де можна побути в приміщенні, наприклад «У спортзалі поруч». Не більше 300 знаків.
bus-stop-field-visitors = Хто зазвичай приходить
bus-stop-field-visitors-hint = Наприклад, «Літні люди з міста і батьки з малими дітьми». Не більше 300 знаків.
bus-stop-error-name = Вкажіть назву зупинки (не більше 80 знаків).
bus-stop-error-far = Місце розташоване далі ніж за 25 км від міст комуни. Перевірте координати – можливо, широту й довготу переплутано?
bus-stop-error-long = Не більше 300 знаків.
plan-saved-stop-ny = Зупинку створено. Її відвідуватимуть раз на тиждень у будній день, доки ви не зміните її побажання; розрахуйте нову пропозицію, щоб додати її до плану.
plan-saved-sted = Місце збережено. Тепер його показують розклад і сторінка зупинки.
bus-pauses-title = Перерви
bus-pauses-lead = Дні щороку без звичайних рейсів, наприклад липень або Різдво. Перерва може тривати через Новий рік. Розклад, календарі зупинок, дзвіночок і файл GTFS одразу пропускають ці дні; додаткові рейси в певні дати все одно відбуваються.
bus-pauses-none = Перерв немає: автобус їздить цілий рік.
bus-pauses-link = Змінити перерви
bus-pauses-summary = { $count ->
    [0] Перерв немає: автобус їздить цілий рік.
    [one] { $count } перерва на рік: { $list }.
    [few] { $count } перерви на рік: { $list }.
    [many] { $count } перерв на рік: { $list }.
   *[other] { $count } перерви на рік: { $list }.
}
bus-pauses-add = Додати перерву
bus-pauses-from = З (день.місяць, включно)
bus-pauses-day-hint = Наприклад, 1.7 і 31.7 для липня або 23.12 і 1.1 для Різдва.
bus-pauses-to = По (день.місяць, включно)
bus-pauses-reason = Причина
bus-pauses-reason-hint = Показується в розкладі, наприклад «Літні канікули». Не більше 80 знаків.
bus-pauses-error-day = Вкажіть день у форматі день.місяць, наприклад 1.7.
bus-pauses-error-reason = Вкажіть, чому автобус має перерву (не більше 80 знаків).
bus-pauses-added = Перерву додано. Розклад тепер пропускає ці дні.
bus-pauses-deleted = Перерву видалено. У ці дні автобус знову їздить.

## Дзвіночок через Web Push
bell-push-title = Або: повідомлення на цьому телефоні чи комп'ютері
bell-push-intro = Ваш браузер може показати повідомлення одразу, без електронної пошти. Ми зберігаємо лише адресу браузера для повідомлень і зупинку. Виберіть вище, коли ви хочете отримати повідомлення.
bell-push-button = Отримувати повідомлення на цьому пристрої
bell-push-waiting = Запитуємо дозвіл у браузера …
bell-push-denied = Браузер відмовив або не може отримувати повідомлення. Скористайтеся електронною поштою.
bell-push-error = Не вдалося використати підписку браузера. Спробуйте ще раз або скористайтеся електронною поштою.
bell-push-done = Дзвіночок для зупинки { $stop } увімкнено на цьому пристрої.
push-bell-body = Натисніть, щоб побачити, де автобус.
push-bell-stop = Вимкнути повідомлення
bus-extras = Додаткові рейси в певні дати
plan-extras = Додаткові рейси в певні дати
plan-extras-help = Наприклад, міське свято або літня субота. Додаткове відвідування відбувається навіть під час перерви й одразу з'являється в розкладі, календарі та файлі GTFS.
plan-col-stop = Зупинка
plan-col-date = Дата
plan-extra-add = Додати додаткове відвідування
plan-extra-delete = Видалити
plan-saved-ekstra = Додаткове відвідування збережено, і тепер воно показується публічно.
plan-saved-ekstra-slettet = Додаткове відвідування видалено.
plan-error-stop = Виберіть зупинку.
plan-error-date = Виберіть дату від сьогодні і не пізніше ніж через рік.
plan-error-matrix = У таблиці відстаней (SAMMEN_BUS_MATRIX) немає зупинки «{ $stop }». Додайте її у файл або приберіть налаштування, щоб використовувати відстань по прямій.
plan-wishes = Побажання зупинок
plan-wishes-help = Планувальник використовує це: скільки разів на тиждень, у які дні, у якому часовому вікні і як довго автобус має стояти.
plan-wish-per-week = { $count } р. на тиждень
plan-wish-stay = { $min } хв
plan-wish-title = Побажання для зупинки { $stop }
plan-wish-field-per-week = Відвідувань на тиждень (0–5)
plan-wish-field-per-week-hint = 0 означає, що зупинки зараз немає в плані.
plan-wish-field-days = Дні, коли автобус може приїжджати
plan-wish-field-from = Прибуття не раніше (TT.MM)
plan-wish-field-to = Прибуття не пізніше (TT.MM)
plan-wish-field-window-hint = Наприклад, школа 14.00–15.00. Залиште обидва поля порожніми, якщо час не важливий.
plan-wish-field-activities = Що відбувається на зупинці
plan-saved-stop = Побажання зупинки збережено. Розрахуйте нову пропозицію, щоб їх використати.
plan-error-per-week = Вкажіть число від 0 до 5.
plan-error-per-week-days = Вибрано менше днів, ніж відвідувань на тиждень; кожне відвідування має бути в окремий день.
plan-error-days = Виберіть щонайменше один день.
plan-error-window = Вкажіть і «не раніше», і «не пізніше» у форматі TT.MM, наприклад 9.30, причому «не раніше» має бути раніше за «не пізніше» – або залиште обидва поля порожніми.

# Довіра: обмеження від зловживань і непідтверджені облікові записи
account-error-unproven = Адресу електронної пошти облікового запису не підтверджено, тому він не може отримати ролі. Запросіть цю адресу в розділі «Облікові записи»: людина отримає посилання і сама вибере пароль.
error-429-title = Забагато спроб
error-429-text = Звідси надіслано забагато за короткий час. Спробуйте ще раз через { $minutes } { $minutes ->
        [one] хвилину
        [few] хвилини
        [many] хвилин
       *[other] хвилини
    }. Якщо це терміново, зателефонуйте нам.
form-error-too-fast = Форму надіслано раніше, ніж її можна було заповнити. Зачекайте трохи і надішліть ще раз.
form-error-honeypot = Поле «Залиште це поле порожнім» має бути порожнім.
bell-push-error-twice = Цю сторінку вже використано для підписки. Оновіть сторінку, якщо хочете спробувати ще раз.

## Поїздки
rides-ordered-by = Замовив(-ла)
rides-admin-tile = Поїздки з водіями-волонтерами
rides-ask-link = Не можете дістатися самі? Замовте водія-волонтера
rides-title = Замовити поїздку з водієм-волонтером
rides-lead = Водії-волонтери відвезуть вас на заняття чи захід і назад додому – один раз або щотижня. Це безкоштовно.
rides-privacy = Ми використовуємо ваші дані, щоб знайти водія. Водій отримає ваше ім'я, адресу і номер телефону. Ми видаляємо їх через 30 днів після останньої поїздки.
rides-on-behalf = Людина знає, що я замовляю поїздку, і хоче, щоб її відвезли
rides-on-behalf-hint = Ви увійшли в систему і замовляєте за іншу людину – наприклад, після телефонної розмови. Ми зазначимо, що замовили саме ви.
rides-destination = Куди вам потрібно?
rides-destination-hint = Назва заняття чи заходу і, якщо можна, адреса – наприклад, хор в Asnæs Kulturhus
rides-name = Ім'я
rides-phone = Номер телефону
rides-phone-hint = Водій зателефонує, якщо щось трапиться – наприклад, 12 34 56 78
rides-email = Електронна пошта (якщо є)
rides-email-hint = Тоді ви отримаєте підтвердження і посилання, щоб змінити або скасувати поїздку
rides-address = Звідки вас забрати?
rides-address-hint = Вулиця і номер будинку – наприклад, Storegade 12
rides-town = Місто
rides-choose-town = Виберіть місто
rides-date = Перша дата
rides-date-hint = Наприклад, 8.12.2026
rides-repeat = Як часто?
rides-repeat-en = Один раз
rides-repeat-hver-uge = Щотижня в той самий день
rides-weeks = Скільки тижнів? (2–12)
rides-weeks-hint = Лише якщо щотижня – наприклад, 8
rides-weeks-hint-event = Лише якщо щотижня. Ми дотримуємося дат самого заходу.
rides-out = Коли вас забрати?
rides-out-hint = Час – наприклад, 13.30
rides-home = Коли вас забрати, щоб відвезти додому?
rides-home-hint = Наприклад, 16.00. Залиште поле порожнім, якщо вас не потрібно відвозити додому.
rides-note = Що варто знати водієві
rides-note-hint = Наприклад, ходунки, інвалідний візок, важко ходити сходами
rides-relative = Близька людина, яка отримає повідомлення, коли вас заберуть
rides-relative-hint = Якщо хочете: людина, яка отримає лист, коли вас заберуть
rides-relative-email = Електронна пошта близької людини
rides-send = Замовити поїздку
rides-error-destination = Вкажіть, куди вам потрібно – наприклад, хор в Asnæs Kulturhus.
rides-error-name = Вкажіть своє ім'я.
rides-error-phone = Вкажіть номер телефону, щонайменше 8 цифр – наприклад, 12 34 56 78.
rides-error-email = Вкажіть електронну пошту у вигляді navn@eksempel.dk – або залиште поле порожнім.
rides-error-address = Вкажіть вулицю і номер будинку – наприклад, Storegade 12.
rides-error-town = Виберіть місто зі списку.
rides-error-date = Вкажіть дату від сьогодні і не пізніше ніж через рік – наприклад, 8.12.2026.
rides-error-repeat = Виберіть: один раз чи щотижня.
rides-error-weeks = Вкажіть кількість тижнів від 2 до 12.
rides-error-time = Вкажіть час у форматі TT.MM – наприклад, 13.30.
rides-error-home-after = Поїздка додому має бути пізніше, ніж поїздка туди – наприклад, 16.00.
rides-error-relative-email = Вкажіть електронну пошту близької людини у вигляді navn@eksempel.dk.
rides-error-relative-name = Вкажіть ім'я близької людини.
rides-error-on-behalf = Поставте позначку, якщо людина знає про це і хоче, щоб її відвезли.
rides-error-no-event-date = У заходу немає дат, починаючи з цієї. Виберіть іншу дату.
rides-error-action = Ми цього не зрозуміли. Спробуйте ще раз зі сторінки.
rides-private-title = Ваша поїздка
rides-created = Дякуємо! Ваше замовлення надіслано.
rides-keep-link = Збережіть цю сторінку (наприклад, у закладках). Тут можна переглянути, змінити і скасувати поїздку. Ми напишемо, коли знайдемо водія.
rides-status-new = Ми шукаємо водія.
rides-status-confirmed = Вас відвезе { $name }.
rides-status-cancelled = Поїздку скасовано.
rides-dates = Дати
rides-date-cancelled = скасовано
rides-cancel-date = Скасувати цей день
rides-cancel-all = Скасувати всю поїздку
rides-change-title = Змінити час або повідомлення
rides-change = Зберегти зміни
rides-cancelled-text = Поїздку скасовано. Ви завжди можете замовити нову.
rides-no-return = Без поїздки додому
rides-done-aflyst = День скасовано. Водія повідомлено.
rides-done-aflyst-alt = Поїздку скасовано.
rides-done-aendret = Зміни збережено.
rides-desk-title = Поїздки
rides-ask-for-someone = Замовити поїздку для мешканця
rides-waiting = Чекають на водія
rides-none-waiting = Немає замовлень, що чекають.
rides-planned = Заплановані поїздки
rides-none-planned = Немає запланованих поїздок.
rides-driver = Водій
rides-no-dates = Немає дат
rides-dates-from = { $first }, усього разів: { $count }
rides-mileage-title = Компенсація за пробіг
rides-month = Місяць
rides-month-hint = ÅÅÅÅ-MM – наприклад, 2026-11
rides-mileage-download = Завантажити файл CSV
rides-ride-title = Замовлення поїздки
rides-back-desk = Назад до поїздок
rides-state-new = Чекає на водія
rides-state-confirmed = Водія знайдено
rides-state-cancelled = Скасовано
rides-km-per-date = Км за день (в обидва боки)
rides-day-link = Список на день
rides-proposals = Запропоновані водії
rides-no-candidates = Жоден водій не може їздити в усі ці дати. Зателефонуйте водіям або змініть їхні дні й години в реєстрі.
rides-choose-driver = Виберіть водія
rides-why-same-driver = уже возив(-ла) цю людину
rides-why-same-village = живе в тому самому місті
rides-why-km = за { $km } км
rides-confirm = Підтвердити водія
rides-error-driver = Виберіть одного із запропонованих водіїв.
rides-drivers-title = Водії-волонтери
rides-drivers-lead = Водіїв пропонують лише тоді, коли довідка про несудимість, посвідчення водія і страховка дійсні. Ми надсилаємо нагадування за 30 днів до того, як щось закінчиться.
rides-no-drivers = Водіїв ще немає.
rides-driver-town = Живе в
rides-driver-days = Дні
rides-driver-hours = Години
rides-vetting = Перевірка
rides-vetting-ok = Усе гаразд
rides-vetting-record = довідки про несудимість немає або вона застара
rides-vetting-licence = посвідчення водія недійсне
rides-vetting-insurance = страховка недійсна
rides-actions = Дії
rides-driver-edit = Редагувати
rides-driver-edit-title = Редагувати водія
rides-driver-add = Новий водій
rides-driver-email = Електронна пошта
rides-driver-from = Може їздити з
rides-driver-to = До
rides-driver-hours-hint = Перше забирання і остання поїздка додому – наприклад, 9.00 і 17.00
rides-driver-areas = Забирає в цих містах
rides-driver-areas-hint = Не вибирайте нічого, якщо водій їздить по всій комуні.
rides-driver-record = Дата довідки про несудимість
rides-driver-record-hint = Наприклад, 15.1.2026. Вона дійсна два роки.
rides-driver-licence = Посвідчення водія дійсне до
rides-driver-insurance = Страховка дійсна до
rides-driver-date-hint = Наприклад, 31.12.2030
rides-driver-active = Активний (можна пропонувати)
rides-driver-save = Зберегти водія
rides-driver-saved = Водія збережено.
rides-driver-inactive = неактивний
rides-error-days = Виберіть щонайменше один день.
rides-error-hours = Вкажіть «з» і «до» у форматі TT.MM, наприклад 9.00 і 17.00, причому «з» має бути раніше за «до».
rides-error-vetting-date = Вкажіть дату – наприклад, 15.1.2026 – або залиште поле порожнім.
rides-day-title = Список на день
rides-day-previous = Попередній день
rides-day-next = Наступний день
rides-day-empty = Цього дня поїздок немає.
rides-day-time = Час
rides-day-what = Поїздка
rides-day-who = Хто
rides-day-from = Звідки
rides-day-to = Куди
rides-day-out = Туди
rides-day-home = Додому
rides-day-km = Усього проїхано
rides-day-print = Надрукуйте сторінку і візьміть її з собою в машину.
rides-lift-link = Все одно їдете? Запропонуйте підвезти когось, хто не може дістатися сам
rides-lift-title = Запропонувати підвезти
rides-lift-lead = Все одно кудись їдете? Напишіть, скільки у вас місць. Координатор надішле вам лист, кого ви можете взяти з собою – ніхто інший цього не бачить.
rides-lift-seats = Вільні місця
rides-lift-seats-hint = Від 1 до 8
rides-lift-from = Ви їдете з
rides-lift-note = Що варто знати
rides-lift-note-hint = Наприклад, «виїжджаю від церкви в Asnæs о 18.30»
rides-lift-send = Запропонувати місця
rides-lift-thanks = Дякуємо! Координатор напише вам, якщо хтось зможе поїхати з вами.
rides-lift-yours = Ви запропонували місць: { $seats }; зайнято: { $taken }.
rides-error-seats = Вкажіть кількість місць від 1 до 8.
rides-lifts = Підвезти з кимось, хто все одно туди їде
rides-choose-lift = Виберіть, з ким поїхати
rides-connect-lift = З'єднати їх
rides-lift-free = Вільних місць: { $free }
rides-lift-from-town = їде з { $town }
rides-lift-connected = Поїздка з кимось, хто все одно туди їде
rides-error-lift = Виберіть одну з поїздок із вільним місцем.
rides-status-lift = Вас підвезе людина, яка все одно туди їде. Ми надіслали вам лист.

## Транспорт
transport-heading = Як туди дістатися
transport-back = Назад до
transport-from = Звідки ви їдете?
transport-from-town = Звідки
transport-show = Показати маршрут
transport-next = Наступного разу: { $when }
transport-error-town = Виберіть місто зі списку
transport-mode-train = Потяг
transport-mode-bus = Автобус
transport-mode-glade-bus = Den Glade Bus
transport-mode-other = Маршрут
transport-ride = { $mode } з { $from } о { $time }
transport-change = пересадка в { $stop }
transport-arrive = прибуття о { $time }
transport-walk-min = { $minutes } хв пішки
transport-last-home = останній рейс додому о { $time }
transport-step-walk-to = Вийдіть з дому о { $time }: { $minutes } хв пішки до { $stop }
transport-step-ride = { $depart } { $what } з { $from } до { $to }, прибуття о { $arrive }
transport-step-walk-from = Ідіть пішки { $minutes } хв, прибуття о { $time }
transport-step-walk-to-stop = Вийдіть о { $time }: { $minutes } хв пішки до { $stop }
transport-step-walk-home = Ідіть пішки { $minutes } хв, удома о { $time }
transport-there = Туди
transport-home = Назад додому
transport-home-first = Перший рейс додому
transport-home-last = Останній рейс додому
transport-walk = Можна дійти пішки: приблизно за { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
transport-none = Ми не знайшли автобуса чи потяга з { $town }, який прибуває вчасно. Інші способи – нижче.
transport-none-home = Ми не знайшли автобуса чи потяга додому після { $time }.
transport-no-timetable = У нас ще немає розкладу автобусів і потягів.
transport-no-date = Немає майбутньої дати, тому ми не можемо знайти автобус чи потяг.
transport-other-ways = Інші способи дістатися
transport-flextur-price = Flextur (замовлена поїздка від дверей до дверей): приблизно { $kr } кр. за { $km } км.
transport-flextur-book-hours = Замовте щонайменше за { $hours } год через
transport-flextur-book-minutes = Замовте щонайменше за { $minutes } хв через
transport-glade-bus = Den Glade Bus приїжджає в багато сіл
transport-ambassador = Хай хтось піде з вами першого разу
transport-invented = Приклад даних: у демоверсії розклад має вигаданий час. Для справжніх поїздок користуйтеся Rejseplanen.
transport-bus-stop-link = автобуси й потяги з вашого міста до наступного візиту і назад додому
transport-offer-link = Виберіть, звідки ви їдете, і подивіться автобуси й потяги туди і назад додому.
transport-guide-reason = автобус чи потяг прибуває вчасно
transport-print-none = З { $town } немає автобуса чи потяга, що прибуває вчасно: Flextur або Den Glade Bus.

## Плакати (issue 19)
posters-back = Назад до сторінки
posters-print-hint = Надрукуйте сторінку, щоб отримати плакат на одному аркуші A4.
posters-welcome = Ласкаво просимо всіх – приходьте такими, як ви є.
posters-scan = Відскануйте код або перейдіть на
posters-qr-label = QR-код для { $url }
posters-online = Онлайн
posters-free = Безкоштовно
posters-price = Ціна: { $kr } кр.
posters-bus-title = Den Glade Bus приїжджає на зупинку { $stop }
posters-bus-text = Приходьте на каву, розмову і щось, чим можна зайнятися разом. Це безкоштовно, і реєструватися не потрібно.
posters-link = Плакат для дошки оголошень

## Історії (issue 19)
stories-admin-tile-title = Історії
stories-admin-tile-text = Читайте, редагуйте і публікуйте історії мешканців про самотність.
stories-share-title = Розкажіть свою історію
stories-share-lead = Ви відчували самотність – і знайшли спільноту? Ваша історія може допомогти іншим заговорити про це.
stories-share-privacy = Ви анонімні. Не пишіть імен чи місць, за якими можна впізнати, хто ви. Редактор прочитає історію перед публікацією і може прибрати те, за чим вас можна впізнати. Ви отримаєте особисте посилання, за яким будь-коли зможете відкликати історію.
stories-share-link = Розкажіть свою історію
stories-body = Ваша історія
stories-body-hint = Щонайменше 40 і не більше 3.000 знаків. Між абзацами залишайте порожній рядок.
stories-signature = Хто ви? (за бажанням)
stories-signature-hint = Наприклад, «Жінка, 70 років». Залиште поле порожнім, щоб залишитися повністю анонімним.
stories-arena = Яка сфера життя?
stories-age = Вік
stories-situation = Життєва ситуація
stories-tag-none = Не хочу казати
stories-arena-home = Дім і найближче оточення
stories-arena-school = Школа і навчання
stories-arena-leisure = Дозвілля і клуби
stories-arena-work = Робота
stories-arena-health = Здоров'я
stories-age-0-12 = 0–12 років
stories-age-13-17 = 13–17 років
stories-age-18-29 = 18–29 років
stories-age-30-64 = 30–64 роки
stories-age-65plus = 65 років і старші
stories-situation-flytning = Переїзд
stories-situation-skoleskift = Зміна школи
stories-situation-enke = Вдова або вдівець
stories-situation-ledighed = Безробіття
stories-situation-sygdom = Хвороба
stories-consent = Я дозволяю комуні показувати мою історію на Sammen – без мого імені
stories-consent-hint = Ви завжди можете відкликати її за своїм особистим посиланням.
stories-send = Надіслати історію
stories-done-shared = Дякуємо за вашу історію. Збережіть посилання на цю сторінку: це єдиний спосіб побачити історію і відкликати її.
stories-private-title = Ваша історія
stories-private-sent = Що ви написали
stories-private-public = Як її буде показано
stories-status-new = Редактор її ще не прочитав. До того її не показуватимуть.
stories-status-published = Її показано в розділі «Історії».
stories-status-rejected = Редактор вирішив її не показувати. Текст видалено.
stories-status-withdrawn = Ви відкликали історію. Текст видалено.
stories-withdraw-heading = Відкликати історію
stories-withdraw-text = Тоді текст буде одразу видалено, і ніде його не показуватимуть.
stories-withdraw = Відкликати і видалити
stories-voices-title = Історії
stories-voices-intro = Люди в комуні розповідають про самотність – і про те, як знайшли когось. Ви не самі.
stories-voices-link = Прочитати історії інших
stories-voices-heading = Розповідають інші
stories-all = Усі
stories-filter = Показати
stories-none = Історій ще немає.
stories-anonymous = Анонімно
stories-error-body = Напишіть свою історію обсягом від 40 до 3.000 знаків
stories-error-signature = Напишіть про себе не більше 60 знаків
stories-error-tag = Виберіть зі списку
stories-error-consent = Поставте позначку, якщо ми можемо показати історію – інакше ми її не збережемо
stories-error-action = Виберіть, що зробити з історією
stories-error-withdrawn = Тим часом історію відкликали, і її не показуватимуть
stories-desk-title = Історії
stories-desk-intro = Нові історії – вгорі. Перед публікацією приберіть імена і місця, за якими можна впізнати людину.
stories-desk-none = Історій немає.
stories-desk-when = Отримано
stories-desk-status = Статус
stories-desk-start = Початок
stories-desk-new = Чекає на редактора
stories-desk-story = Історія
stories-desk-back = Назад до історій
stories-desk-to-publish = Що буде показано
stories-desk-body = Текст для показу
stories-desk-body-hint = Приберіть імена, місця та інше, за чим можна впізнати людину.
stories-desk-publish = Опублікувати
stories-desk-reject = Відхилити і видалити

## Сторінки (issue 19): сторінки, які пишуть працівники
pages-guides-intro = Хочете самі запитати людину, за яку хвилюєтеся?
pages-guide-ask = Як запитати
pages-guide-tells = Якщо хтось розповідає вам про це
pages-menu = Читайте також
pages-admin-tile-title = Сторінки
pages-admin-tile-text = Пишіть і публікуйте сторінки про самотність, з вимірювачем простої мови.
pages-list-title = Сторінки
pages-list-intro = Сторінки про самотність, які читають мешканці. Кожну збережену версію зберігаємо, і ви завжди можете повернути стару.
pages-none = Сторінок ще немає.
pages-new = Нова сторінка
pages-edit = Редагувати сторінку { $slug }
pages-back = Назад до сторінок
pages-state = Статус
pages-state-draft = Чернетка – не опубліковано
pages-state-changed = Опубліковано – чекає новіша чернетка
pages-state-published = Опубліковано
pages-address = Адреса
pages-slug = Адреса
pages-slug-hint = Малі літери, цифри і дефіс, наприклад om-ensomhed. Сторінку можна буде прочитати за адресою /side/адреса.
pages-lang = Мова
pages-audience = Для кого написано
pages-audience-borgere = Мешканці (LIX не більше 35)
pages-audience-unge = Молодь (LIX не більше 25)
pages-title = Назва
pages-body = Текст
pages-body-hint = Пишіть у Markdown: ## для заголовка, - для пункту, [слово](/адреса) для посилання.
pages-markdown-help = HTML, зображення і посилання на щось, крім https, пошти і телефону, показуються як текст.
pages-create = Створити чернетку
pages-preview = Попередній перегляд
pages-save-draft = Зберегти як чернетку
pages-publish = Опублікувати
pages-restore = Повернути
pages-previewing = Попередній перегляд – ще нічого не збережено.
pages-done-gemt = Чернетку збережено. Мешканці побачать її лише після публікації.
pages-done-udgivet = Сторінку опубліковано.
pages-done-gendannet = Стару версію повернуто як нову чернетку. Опублікуйте її, коли вона буде готова.
pages-see-public = Переглянути сторінку так, як її бачать мешканці
pages-meter = Проста мова
pages-lix-goal = мета – не більше { $goal }
pages-lix-over = Текст заскладний: пишіть коротші речення і коротші слова.
pages-lix-counts = Слів: { $words }, речень: { $sentences }, довгих слів (понад 6 літер): { $long }.
pages-very-long = Дуже довгі слова
pages-passive = Можлива пасивна форма
pages-preview-heading = Як виглядає текст
pages-versions = Збережені версії
pages-saved = Збережено
pages-by = Автор
pages-author-none = Система
pages-updated = Востаннє оновлено { $when }.
pages-error-slug = Вкажіть адресу з 2–60 малих літер, цифр і дефісів
pages-error-slug-taken = Сторінка з такою адресою цією мовою вже існує
pages-error-lang = Виберіть данську або англійську
pages-error-audience = Виберіть, для кого написано сторінку
pages-error-title = Вкажіть назву не довше 120 знаків
pages-error-body = Напишіть текст не довше 40.000 знаків
pages-error-action = Виберіть, що ви хочете: переглянути, зберегти чи опублікувати
pages-error-version = Такої версії цієї сторінки немає
## Цифри
outcomes-better = Другого разу нижчий результат мали: { $better } (округлено до 5).
outcomes-better-hidden = Скільки людей другого разу мали нижчий результат, не показано: число менше за 10, або його можна було б вирахувати з інших.
figures-title = Цифри про самотність
figures-lead = Скільки людей почуваються самотніми в { $municipality } і в усій країні – і шлях до мети національної стратегії «Sammen mod ensomhed» («Разом проти самотності», 2023): удвічі менше людей із сильною самотністю до 2040 року.
figures-disclosure = Цифри про людей ніколи не показуються, якщо їх менше за 10, а кількість округлюється до найближчих 5.
figures-download = Дані, на яких побудовано графіки:
figures-series-nation = Уся країна
figures-series-path = Шлях до половини у 2040 році
figures-in-year = { $share } % у { $year } р.
figures-path = Вихідна точка ({ $area }, { $year }): { $baseline } %. Мета у 2040 році: { $target } %. Останнє вимірювання ({ $nowyear }): { $now } % – на прямому шляху до мети було б { $onpath } %.
figures-no-municipality = Для { $municipality } ще не додано власних даних про це. Ми ніколи не показуємо вигаданих цифр.
figures-table-caption = { $indicator }: частка у відсотках (95 % довірчий інтервал у дужках)
figures-col-year = Рік
figures-interval = Довірчий інтервал показує, наскільки точне число: справжня частка з імовірністю 95 % лежить у його межах. «–» означає, що числа немає.
figures-none = Для цього показника ще немає даних.
figures-method = Як це виміряно
figures-cannot = Чого це число не може сказати
figures-sources = Джерела
figures-ind-svaert-ensom-name = Сильна самотність, віком від 16 років
figures-ind-svaert-ensom-method = Частка людей, які набирають 7–9 балів за шкалою самотності з трьох запитань (3–9 балів) у Sundhedsprofilen: це опитування раз на чотири роки серед випадково вибраних дорослих, відповіді зважено так, щоб вони відповідали складу населення.
figures-ind-svaert-ensom-limits = Це число не каже, хто самотній, чому і як довго. Воно з'являється лише раз на чотири роки, тож не показує, що відбувається між опитуваннями, а невеликі відмінності можуть бути випадковими (див. довірчий інтервал). Відповіді з самотесту на цьому сайті – не дослідження: люди, які відповідають, самі так вирішили.
figures-ind-ofte-uoensket-alene-name = Часто небажано на самоті, віком від 16 років
figures-ind-ofte-uoensket-alene-method = Частка людей, які в Sundhedsprofilen відповідають, що часто бувають на самоті, хоча цього не хочуть.
figures-ind-ofte-uoensket-alene-limits = Бути на самоті – не те саме, що бути самотнім. Це число не каже, чому і як довго, а невеликі відмінності можуть бути випадковими.
figures-admin-title = Завантажити дані з Sundhedsprofilen
figures-admin-lead = Вставте опубліковані дані Sundhedsprofilen (danskernessundhed.dk) у форматі CSV. Завантажується весь файл або нічого: якщо є помилка, рядок буде вказано в повідомленні про помилку, і нічого не збережеться. Число з тим самим роком, показником і розподілом замінює старе. Даних, яких у комуни немає, просто не додавайте.
figures-admin-area = Чиї це дані?
figures-admin-area-kommune = Власні дані комуни ({ $municipality })
figures-admin-area-land = Дані по всій країні
figures-admin-csv = Дані у форматі CSV
figures-admin-csv-hint = Перший рядок: { $columns }. Відомі показники: { $list }. Частку і довірчий інтервал – у відсотках (12,4 або 12.4); кількість та інтервал можуть бути порожніми; джерело вказувати обов'язково.
figures-admin-submit = Завантажити дані
figures-admin-done = Завантажено чисел: { $count }.
figures-admin-empty = Вставте дані у форматі CSV.
figures-admin-too-long = Файл задовгий для форми: скористайтеся командою sammen import figures.
figures-admin-no-area = Виберіть, чи це дані комуни, чи всієї країни.
figures-admin-public = Переглянути публічну сторінку з цифрами
figures-selfcheck-title = Відповіді із самотесту на цьому сайті
figures-selfcheck-lead = Коли хтось проходить самотест «Як ви почуваєтеся?» і ставить позначку «анонімно врахувати мою відповідь», відповідь враховується тут: за місяцями і за тим, як часто людина почувається самотньою.
figures-selfcheck-limits = Це не дослідження: люди, які відповідають, самі так вирішили, і одна людина може відповісти кілька разів. Ці цифри не можна порівнювати з Sundhedsprofilen. Числа менші за 10 не показуються («приховано»), інші кількості округлюються до 5, а ще одне число приховується, якщо інакше приховане число можна було б вирахувати із суми.
figures-selfcheck-caption = Відповіді за місяцями і балами за шкалою самотності (кількість, округлено до 5)
figures-selfcheck-month = Місяць
figures-selfcheck-seldom = Рідко самотні (3–4)
figures-selfcheck-sometimes = Іноді (5–6)
figures-selfcheck-often = Часто (7–9)
figures-selfcheck-total = Усього
figures-selfcheck-none = Ще ніхто не дав врахувати свою відповідь.
figures-selfcheck-csv = Таблиця у форматі CSV
figures-hidden = приховано
figures-outcomes-title = Розмови з амбасадором: до і після
figures-outcomes-lead = Коли амбасадор поговорив з кимось, ця людина може – якщо хоче – відповісти за шкалою самотності під час першого контакту і ще раз приблизно через три місяці. Пару відповідей зберігають без імені й без зв'язку з розмовою.
figures-outcomes-limits = Враховуються лише ті, хто сам погодився відповісти двічі, і немає групи для порівняння: зміна може мати багато причин.
figures-admin-stored = Збережені дані
figures-admin-none = Даних ще не завантажено.
figures-admin-stored-caption = Усі дані з усіма розподілами (разом із вбудованими даними по країні)
figures-admin-col-indicator = Показник
figures-admin-col-area = Територія
figures-admin-col-breakdown = Розподіл
figures-admin-col-share = Частка (95 % довірчий інтервал)
figures-admin-col-count = Кількість (округлено до 5)
figures-directory-title = Довідник: пропозиції і наскільки вони актуальні
figures-freshness = Пропозицій, які організатор підтвердив з { $since } – тобто за останні 12 місяців: { $fresh } з { $count } ({ $share } %).
figures-arenas-caption = Пропозиції за сферами життя (одна пропозиція може належати до кількох)
figures-arenas-arena = Сфера життя
figures-arenas-offers = Пропозиції
figures-directory-limits = Тут рахуються пропозиції, а не люди: цифри не кажуть, скільки людей приходить і чи підходить комусь пропозиція. Підтверджена пропозиція – це та, про яку організатор сказав, що вона досі актуальна.
figures-nation-in-sentence = уся країна

## campaigns (issue 19)
home-campaign-kicker = Тиждень кампанії
campaigns-title = Кампанії
campaigns-intro = Під час тижня кампанії багато людей одночасно роблять щось разом: вітаються, їдять разом, відчиняють двері. Знайдіть кампанію і долучайтеся.
campaigns-none = Зараз немає кампаній.
campaigns-now = Зараз і незабаром
campaigns-earlier = Попередні кампанії
campaigns-back = Усі кампанії
campaign-events-count =
    { $count ->
        [one] { $count } захід
        [few] { $count } заходи
        [many] { $count } заходів
       *[other] { $count } заходу
    }
campaign-seats-count = зареєструвалися: близько { $count }
campaign-events-heading = Заходи кампанії
campaign-events-none = Заходів ще немає. Хочете стати організатором?
campaign-hosts-heading = Станьте організатором
campaign-hosts-how = Об'єднання та групи створюють захід у Sammen і вибирають кампанію у формі. Ми переглядаємо захід, перш ніж він з'явиться тут.
campaign-hosts-sign-in = Увійдіть і створіть захід
campaign-poster = Плакат для дошки оголошень
campaign-desk-title = Кампанії
campaign-desk-intro = Напишіть кампанію з датами, основним повідомленням і закликом до організаторів. Об'єднання вибирають кампанію, коли створюють захід, а ви схвалюєте кожен захід тут.
campaign-new-title = Нова кампанія
campaign-desk-back = Назад до кампаній
campaign-desk-public = Переглянути сторінку кампанії
campaign-desk-tally = Схвалено заходів: { $count }. Очікують: { $waiting }. Зареєструвалися: { $seats }.
campaign-desk-entries = Заходи, які хочуть узяти участь
campaign-desk-no-entries = Жоден захід ще не вибрав цю кампанію.
campaign-desk-event = Захід
campaign-desk-when = Перша дата
campaign-desk-status = Статус
campaign-desk-decide = Рішення
campaign-desk-edit = Редагувати кампанію
campaign-accept = Схвалити
campaign-decline = Відхилити
campaign-taking-waiting = Очікує
campaign-taking-accepted = Схвалено
campaign-taking-declined = Відхилено
campaign-label-title = Назва
campaign-hint-slug = Адреса кампанії: /kampagne/adressen. Малі літери, цифри та дефіс.
campaign-label-from = Перший день
campaign-label-to = Останній день
campaign-hint-date = Напишіть день.місяць.рік, наприклад 1.2.2027.
campaign-label-message = Основне повідомлення
campaign-hint-markdown = Пишіть коротко і просто. Можна використовувати Markdown: порожній рядок між абзацами, **жирний**, - пункти.
campaign-label-hosts = Заклик до організаторів
campaign-hint-hosts = Що може зробити організатор? Наприклад: запросіть сусіда на вечерю.
campaign-save = Зберегти кампанію
campaign-saved = Кампанію збережено.
campaign-decided = Рішення збережено.
campaign-error-slug = Напишіть адресу з 2–60 малих літер, цифр і дефісів, наприклад odsherred-spiser-sammen.
campaign-error-title = Напишіть назву кампанії (не більше 120 символів).
campaign-error-message = Напишіть основне повідомлення (не більше 4000 символів).
campaign-error-hosts = Напишіть заклик до організаторів (не більше 4000 символів).
campaign-error-date = Напишіть дату у форматі день.місяць.рік, наприклад 1.2.2027.
campaign-error-span = Останній день має збігатися з першим або бути пізніше, а кампанія триває не довше двох місяців.
campaign-error-taken = Кампанія з такою адресою вже існує. Виберіть іншу.
campaign-error-action = Виберіть «Схвалити» або «Відхилити».
event-label-campaign = Кампанія
event-hint-campaign = Чи є захід частиною тижня кампанії? Тоді виберіть кампанію. Захід має відбутися в дні кампанії.
event-no-campaign = Без кампанії
event-error-campaign = Захід має відбутися в дні кампанії. Виберіть іншу дату або «Без кампанії».
campaign-admin-tile-title = Кампанії
campaign-admin-tile-text = Тижні кампаній: дати, повідомлення, плакат і заходи, що беруть участь.

## schedule words (the repeat rule in words)
schedule-daily = щодня
schedule-weekly = щотижня: { $list }
schedule-fortnightly = раз на два тижні: { $list }
schedule-monthly-1 = перший тиждень місяця: { $day }
schedule-monthly-2 = другий тиждень місяця: { $day }
schedule-monthly-3 = третій тиждень місяця: { $day }
schedule-monthly-4 = четвертий тиждень місяця: { $day }
schedule-monthly-last = останній тиждень місяця: { $day }

## strategy and indicators (issue 18)
strategy-title = Стратегія проти самотності
strategy-lead = Як { $municipality } протидіє самотності: цілі для кожної з п'яти сфер життя та ініціативи, які мають допомогти їх досягти.
strategy-one-goal = Одна мета, багато шляхів: кожна ініціатива має відповідального і статус, а за деякими стежать за допомогою даних, які можна побачити на сторінці з даними.
strategy-to-figures = Подивитися дані: чи це працює?
strategy-none = Цілей ще не внесено.
strategy-goal-label = Мета
strategy-no-initiatives = У цієї мети ще немає ініціатив.
strategy-status = Статус
strategy-status-planned = Заплановано
strategy-status-running = Триває
strategy-status-done = Завершено
strategy-status-stopped = Припинено
strategy-owner = Відповідальний
strategy-owner-hint = Наприклад, відділ, об'єднання чи комітет.
strategy-group = Робоча група
strategy-group-hint = Підгрупа комітету, яка цим займається. Поле можна залишити порожнім.
strategy-period-label = Період
strategy-period = { $start } – { $end }
strategy-date-open = не визначено
strategy-offers = Пропозиції
strategy-events = Заходи
strategy-followed-by = Показники
strategy-offer-gone = Пропозиція № { $id } (зараз її немає в довіднику)
strategy-admin-title = Стратегія: цілі та ініціативи
strategy-admin-lead = Тут ви оновлюєте стратегію муніципалітету проти самотності. Усе, що ви зберігаєте, одразу з'являється на публічній сторінці про стратегію.
strategy-admin-public = Переглянути публічну сторінку
strategy-saved = Збережено. Зміна вже відображається на сторінці про стратегію.
strategy-back = Назад до стратегії
strategy-goal-new = Нова мета
strategy-goal-edit = Редагувати мету
strategy-goal = Мета
strategy-goal-title = Мета
strategy-goal-title-hint = Опишіть мету коротко і простими словами, наприклад «Більше молоді бере участь у спільнотах».
strategy-arena = Сфера життя
strategy-description = Опис
strategy-initiative-new = Нова ініціатива
strategy-initiative-edit = Редагувати ініціативу
strategy-initiative-title = Назва ініціативи
strategy-start = Початок
strategy-end = Кінець
strategy-date-hint = Дата, наприклад 1.3.2026. Залиште поле порожнім, якщо її не визначено.
strategy-offers-hint = Номери пропозицій у довіднику (число в адресі /tilbud/12) через кому.
strategy-events-hint = Номери заходів у календарі (число в адресі /arrangement/7) через кому.
strategy-indicators = За якими даними стежить ініціатива?
strategy-save = Зберегти
strategy-error-arena = Оберіть сферу життя, до якої належить мета.
strategy-error-title = Напишіть назву довжиною від 3 до 120 символів.
strategy-error-description = Опис може містити не більше 1000 символів.
strategy-error-goal = Оберіть мету, до якої належить ініціатива.
strategy-error-owner = Напишіть, хто відповідальний (від 2 до 120 символів).
strategy-error-group = Назва робочої групи може містити не більше 120 символів.
strategy-error-status = Оберіть статус.
strategy-error-date = Напишіть дату, наприклад 1.3.2026, або залиште поле порожнім.
strategy-error-end-before-start = Дата завершення раніша за дату початку.
strategy-error-ids = Напишіть номери числами через кому, наприклад 12, 14 (не більше 30).
strategy-error-indicator = Обирайте лише з показаних даних.
strategy-error-unknown-offers = Цих пропозицій немає в довіднику муніципалітету: { $ids }.
strategy-error-unknown-events = Цих заходів немає в календарі муніципалітету: { $ids }.
strategy-ind-svaert-ensom = Частка дуже самотніх людей (Sundhedsprofilen)
strategy-ind-ofte-uoensket-alene = Частка тих, хто часто мимоволі залишається на самоті (Sundhedsprofilen)
strategy-ind-selvtest = Відповіді в самоперевірці
strategy-ind-ambassadoer-udfald = Розмови з амбасадором: до і після
strategy-ind-tilmeldinger = Реєстрації на заходи
strategy-ind-daekning = Охоплення довідника: пропозиції за сферами життя і містами
strategy-ind-friskhed = Актуальність довідника
strategy-ind-guide = Завершені проходження «Знайдіть свою спільноту»
strategy-ind-bus-besoeg = Відвідувачі Den Glade Bus
indicators-csv = Власні дані Sammen у форматі CSV
indicators-to-strategy = Переглянути стратегію: цілі та ініціативи
indicators-none = Немає (онлайн або не вказано)
indicators-first = Уперше
indicators-again = Повторно
indicators-count = Кількість
indicators-town = Місто
indicators-stop = Зупинка
indicators-arena = Сфера життя
indicators-signups-title = Реєстрації на заходи
indicators-signups-lead = Скільки людей реєструються на заходи в календарі: за місяцями (за датою заходу, на який вони зареєструвалися), сферами життя і містами, а також скільки реєструються вперше.
indicators-signups-none = Реєстрацій для показу ще немає.
indicators-signups-arena-caption = Реєстрації за місяцями і сферами життя (кількість, округлено до 5)
indicators-signups-first-caption = Реєстрації за місяцями: уперше чи повторно (кількість, округлено до 5)
indicators-signups-town-caption = Реєстрації за останні 12 місяців за містами: уперше чи повторно (кількість, округлено до 5)
indicators-signups-limits = Тут рахуються реєстрації, а не відвідування; група рахується як одна реєстрація. «Уперше» означає, що ми не знаємо попередньої реєстрації з тією самою електронною поштою чи телефоном – але реєстрації видаляються через 30 днів після заходу, тож людина, яка повертається після довгої перерви, рахується як нова. Кількість менше 10 не показується, решта округлюється до 5.
indicators-coverage-title = Охоплення довідника: пропозиції за містами і сферами життя
indicators-coverage-lead = Скільки пропозицій є в довіднику в кожному місті в кожній сфері життя – і де їх немає зовсім. Одна пропозиція може належати до кількох сфер життя.
indicators-coverage-caption = Пропозиції в довіднику за містами і сферами життя (кількість пропозицій)
indicators-gaps = Прогалини: міста і сфери життя без пропозицій
indicators-coverage-limits = Тут рахуються пропозиції, а не люди, тому числа показано без округлення. Прогалина не означає, що нічого не відбувається: пропозиція в сусідньому місті чи онлайн може підійти так само добре, і не всі спільноти є в довіднику.
indicators-guide-title = «Знайдіть свою спільноту»: завершені проходження
indicators-guide-lead = Скільки разів хтось доходив до списку пропозицій у «Знайдіть свою спільноту», за місяцями. Ми зберігаємо лише число – нічого про людину чи її відповіді.
indicators-guide-caption = Завершені проходження за місяцями (кількість, округлено до 5)
indicators-guide-none = Завершених проходжень для показу ще немає.
indicators-guide-limits = Одна людина може пройти помічника кілька разів, а повторне завантаження списку теж рахується. Число нічого не каже про те, чи хтось справді кудись пішов.
indicators-bus-title = Відвідувачі Den Glade Bus
indicators-bus-lead = Екіпаж автобуса рахує, скільки людей приходить на кожній зупинці. Тут дані за останні 12 місяців за зупинками.
indicators-bus-caption = Відвідувачі за зупинками за останні 12 місяців (кількість, округлено до 5)
indicators-bus-none = Відвідувачів ще не рахували.
indicators-bus-limits = Екіпаж рахує на око, тому числа приблизні, а одна й та сама людина рахується під час кожного відвідування. Зупинки, де було менше 10 відвідувачів, не показуються.
indicators-staff-title = Власні дані Sammen з додатковими розподілами
indicators-staff-lead = Ті самі дані, що й на публічній сторінці, і додаткові розподіли. Тут так само кількість менше 10 ніколи не показується, а решта округлюється до 5.
indicators-staff-town-arena-caption = Реєстрації за останні 12 місяців за містами і сферами життя (кількість, округлено до 5)
indicators-staff-first-arena-caption = Реєстрації за останні 12 місяців за сферами життя: уперше чи повторно (кількість, округлено до 5)
indicators-staff-bus-month-caption = Відвідувачі за зупинками і місяцями (кількість, округлено до 5)
bus-crew-headcount = Кількість відвідувачів
bus-crew-headcount-save = Зберегти кількість
bus-crew-headcount-saved = Кількість відвідувачів збережено.
bus-crew-headcount-recorded = Пораховано: { $count }
bus-crew-bad-headcount = Вкажіть кількість відвідувачів цілим числом від 0 до 500.
pages-menu-strategy = Стратегія проти самотності
pages-menu-figures = Дані: чи це працює?
selfcheck-extra-heading = Ще два запитання (необов'язково)
selfcheck-extra-lead = Їх можна пропустити. Відповіді допомагають муніципалітету зрозуміти, чи транспорт не дає комусь кудись піти і чи стало легше говорити про самотність.
selfcheck-extra-transport = Чи доводилося вам протягом останнього року від чогось відмовитися через транспорт?
selfcheck-extra-tale = Чи природно для вас говорити про самотність?
selfcheck-extra-answer-ja = Так
selfcheck-extra-answer-nej = Ні
selfcheck-extra-answer-ved-ikke = Не знаю
selfcheck-error-transport = Оберіть «так», «ні» чи «не знаю» – або пропустіть запитання про транспорт.
selfcheck-error-tale = Оберіть «так», «ні» чи «не знаю» – або пропустіть запитання про розмови про самотність.
indicators-extra-title = Два необов'язкові запитання
indicators-extra-lead = Ті, хто дозволяє врахувати свою відповідь, можуть також відповісти, чи доводилося їм протягом останнього року від чогось відмовитися через транспорт і чи природно для них говорити про самотність – це власна мета стратегії. Тут дані за останні 12 місяців.
indicators-extra-caption = Відповіді на необов'язкові запитання за останні 12 місяців (кількість, округлено до 5)
indicators-extra-question = Запитання
indicators-extra-none = На необов'язкові запитання ще ніхто не відповів.
indicators-extra-transport = Відмовилися від чогось через транспорт
indicators-extra-tale = Природно говорити про самотність
indicators-extra-ja = Так
indicators-extra-nej = Ні
indicators-extra-ved-ikke = Не знаю
strategy-ind-tale-om-ensomhed = Наскільки природно говорити про самотність (самоперевірка)
strategy-ind-transport = Відмовилися від чогось через транспорт (самоперевірка)
figures-admin-tile-title = Дані
figures-admin-tile-text = Завантажте дані Sundhedsprofilen і перегляньте власні дані Sammen з додатковими розподілами.
strategy-admin-tile-title = Стратегія
strategy-admin-tile-text = Оновлюйте цілі та ініціативи стратегії.
## schools and the class pulse (issue 20)
role-teacher = Учитель
schools-admin-tile-title = Школи
schools-admin-tile-text = Школи, класи й учителі та пульс класу.
schools-title = Школи
schools-intro = Школи муніципалітету, їхні класи й учителі. Учитель може відкрити анонімний пульс для класу своєї школи.
schools-none = Шкіл ще немає.
schools-back = Назад до шкіл
schools-classes = Класи
schools-no-classes = У школи ще немає класів.
schools-teachers = Учителі
schools-no-teachers = У школи ще немає вчителів у Sammen.
schools-choose-town = Виберіть місто
schools-label-name = Назва школи
schools-label-town = Місто
schools-add-school = Додати школу
schools-label-grade = Клас (рік навчання)
schools-hint-grade = Число від 0 до 10, напр. 7.
schools-label-letter = Літера
schools-hint-letter = Одна літера, напр. b (тоді клас 7.b).
schools-add-class = Додати клас
schools-label-teacher = Електронна пошта вчителя
schools-hint-teacher = Учитель має мати обліковий запис у Sammen. Запис отримає роль «Учитель» у цій школі.
schools-add-teacher = Додати вчителя
schools-done-school = Школу додано.
schools-done-class = Клас додано.
schools-done-teacher = Учителя додано.
schools-error-name = Напишіть назву школи (не більше 100 знаків).
schools-error-town = Виберіть місто, де є школа.
schools-error-taken = Школа з такою назвою вже є.
schools-error-grade = Напишіть клас числом від 0 до 10.
schools-error-letter = Напишіть одну літеру, напр. a або b.
schools-error-class-taken = У школи вже є такий клас.
schools-error-teacher = Немає облікового запису з цією поштою, або його ще не підтверджено. Попросіть учителя спершу створити запис.
schools-error-action = Виберіть одну з кнопок.
pulse-teacher-title = Пульс класу
pulse-teacher-intro = Короткий анонімний пульс самопочуття: три питання про самотність і одне про перерви. Учні відповідають на уроці з телефона без облікового запису. Жодну відповідь не можна пов'язати з учнем.
pulse-open = Відкрити пульс для класу сьогодні
pulse-close = Закрити пульс зараз
pulse-done-open = Пульс відкрито. Дайте учням код.
pulse-done-closed = Пульс закрито. Код більше не діє.
pulse-code-heading = Код для учнів
pulse-open-until = Код діє сьогодні до { $until }.
pulse-instructions = Попросіть учнів відкрити /puls на сайті муніципалітету, ввести код і відповісти. Це займає кілька хвилин. Скажіть, що відповіді анонімні й ніхто не мусить відповідати.
pulse-result-heading = Що показують відповіді
pulse-none-yet = У класу ще не було пульсу.
pulse-too-few = Замало відповідей, щоб щось показати. Ми показуємо щось лише тоді, коли відповіли щонайменше 10.
pulse-answers = Відповіли близько { $answers } учнів (округлено до 5).
pulse-lonely = { $share } % часто почуваються самотніми (7–9 балів за шкалою самотності, з округлених чисел).
pulse-lonely-hidden = Скільки учнів часто почуваються самотніми, не показано: число замале.
pulse-breaks = { $share } % не мають з ким бути на перервах (з округлених чисел).
pulse-breaks-hidden = Скільки учнів не мають з ким бути на перервах, не показано: число замале.
pulse-activities-heading = Багато хто почувається самотнім. Спробуйте, напр.:
pulse-activity-mix = Створюйте на уроках нові групи поза колами друзів і міняйте їх щотижня.
pulse-activity-breaks = Почніть на перерві спільну гру, до якої можуть долучитися всі.
pulse-activity-buddies = Заведіть систему пар, щоб ніхто не йшов сам на перерву чи обід.
pulse-activity-club = Поведіть клас до спілки чи спільноти в місті й дайте учням разом спробувати щось нове.
pulse-rule = Ми ніколи не показуємо імен і списку класів. Якщо відповідей менше 10, ми нічого не показуємо, а числа округлюємо до 5.
pulse-title = Як тобі в класі?
pulse-lead = Введи код від учителя. Потім дай відповідь на чотири короткі питання.
pulse-anonymous = Ти анонімний. Ми не зберігаємо твоє ім'я. Ніхто не бачить твоїх відповідей.
pulse-code = Код
pulse-code-hint = Код має 6 знаків. Його дає вчитель.
pulse-q-lacks = Як часто ти відчуваєш, що тобі бракує когось, з ким можна бути разом?
pulse-q-left-out = Як часто ти почуваєшся осторонь?
pulse-q-alone = Як часто ти почуваєшся самотнім, навіть коли ти з іншими?
pulse-q-breaks = Чи є в тебе з ким бути на перервах?
pulse-never = Майже ніколи
pulse-sometimes = Іноді
pulse-often = Часто
pulse-breaks-yes = Так
pulse-breaks-sometimes = Іноді
pulse-breaks-no = Ні
pulse-send = Надіслати відповіді
pulse-error-code = Код неправильний, або пульс закрито. Перевір код і спробуй ще раз. Твої відповіді не зникли.
pulse-error-answer = Вибери відповідь.
pulse-thanks-saved = Дякуємо. Твої відповіді збережено.
pulse-thanks-title = Дякуємо за відповіді
pulse-thanks-text = Тобі важко? Поговори з дорослим, якому довіряєш. Можна також зателефонувати. Це безкоштовно, і можна бути анонімним.

## Association days (issue 20): the school plans, the associations apply, the pupils choose
days-title = Дні об'єднань
days-intro = Заплануйте день, коли об'єднання приходять до школи. Учні вибирають у групах із друзями, а об'єднання отримують свій розклад електронною поштою.
days-none = У школи ще немає днів об'єднань.
days-add = Запланувати день об'єднань
days-label-title = Назва дня
days-label-date = Дата
days-hint-date = Наприклад, 2027-03-10 або 10.3.2027.
days-label-slots = Часові проміжки
days-hint-slots = Один проміжок у рядку, наприклад 9.00-9.45. Не більше 6, по порядку.
days-label-rooms = Приміщення
days-hint-rooms = Одне приміщення в рядку. Кожне об'єднання отримує одне приміщення на весь день.
days-label-classes = Класи, які беруть участь
days-error-title = Напишіть назву дня (не більше 100 знаків).
days-error-date = Напишіть дату, починаючи з сьогодні й не більше ніж на рік уперед, наприклад 2027-03-10.
days-error-slots = Напишіть від 1 до 6 часових проміжків, один у рядку, як-от 9.00-9.45. Вони не мають перетинатися.
days-error-rooms = Напишіть від 1 до 30 приміщень, одне в рядку, без однакових назв.
days-error-classes = Виберіть щонайменше один клас школи.
days-done-day = День об'єднань створено. Дайте класам їхні коди.
days-back = Дні об'єднань школи
days-classes = Класи й коди
days-codes-intro = Учні вводять код свого класу на сторінці
days-col-class = Клас
days-col-code = Код
days-col-groups = Групи
days-col-pupils = Учні
days-choosing-open = Учні можуть вибирати зараз.
days-choosing-closed = Зараз учні не можуть вибирати.
days-open = Дозволити учням вибирати
days-close = Закрити вибір для учнів
days-done-open = Учні знову можуть вибирати.
days-done-closed = Учні більше не можуть вибирати.
days-applications = Заявки від об'єднань
days-no-applications = Жодне об'єднання ще не подало заявку. Об'єднання бачать цей день у розділі «Дні об'єднань», коли входять у систему.
days-places = Учнів одночасно: { $places }
days-kind-show = Розповідає про об'єднання
days-kind-try = Учні пробують заняття
days-status-waiting = Очікує
days-status-accepted = Схвалено
days-status-declined = Відхилено
days-decide-title = Заявка на день об'єднань
days-label-room = Приміщення
days-accept = Схвалити в цьому приміщенні
days-decline = Відхилити
days-done-accepted = Об'єднання схвалено, і воно отримало своє приміщення.
days-done-declined = Заявку відхилено.
days-error-room = Виберіть одне з приміщень цього дня.
days-error-room-taken = Це приміщення вже має інше об'єднання. Виберіть інше.
days-error-chosen = Учні вже вибрали це об'єднання, тому його не можна відхилити.
days-plan = План і розклади
days-plan-link = План для друку: сторінка для кожного класу й для кожного об'єднання
days-send-intro = Надішліть кожному схваленому об'єднанню його розклад електронною поштою: коли, у якому приміщенні і скільки учнів з яких класів.
days-send = Надіслати розклади об'єднанням
days-sent-at = Розклади надіслано
days-done-sent = Розклади надіслано об'єднанням.
days-back-day = Назад до дня
days-print-hint = Надрукуйте сторінку: кожен клас і кожне об'єднання отримують окрему сторінку.
days-plan-class = Клас
days-col-group = Група
days-col-time = Час
days-col-who = Хто приходить
days-pupils = { $pupils ->
    [one] { $pupils } учень
    [few] { $pupils } учні
    [many] { $pupils } учнів
   *[other] { $pupils } учня
}
days-nobody-yet = Поки нікого
days-no-groups = Жодна група ще не зробила вибір.
days-coming-title = Дні об'єднань у школах
days-coming-intro = Школи запрошують об'єднання розповісти про себе або дати учням щось спробувати. Подайте заявку, і школа відповість.
days-coming-none = Зараз жодна школа не запланувала дня об'єднань.
days-apply-for = Подати заявку на участь:
days-apply-title = Подати заявку на участь у дні об'єднань
days-apply-lead = { $title }, { $school }, { $date }.
days-back-coming = Усі дні об'єднань
days-label-organisation = Об'єднання
days-label-activity = Що ви пропонуєте учням?
days-hint-activity = Наприклад, «Спробуйте стрільбу з лука» або «Дізнайтеся про скаутів».
days-label-description = Більше про це (необов'язково)
days-label-kind = Що робитимуть учні?
days-label-places = Учнів одночасно
days-hint-places = Скільки учнів може взяти участь у кожному часовому проміжку (від 1 до 60)?
days-apply = Надіслати заявку
days-done-applied = Заявку надіслано. Школа відповість тут, на цій сторінці.
days-error-organisation = Виберіть одне зі своїх об'єднань.
days-error-activity = Напишіть, що ви пропонуєте (не більше 100 знаків).
days-error-description = Напишіть не більше 1000 знаків.
days-error-kind = Виберіть, чи учні слухатимуть про об'єднання, чи пробуватимуть щось.
days-error-places = Напишіть число від 1 до 60.
days-error-past = Цей день уже минув або він сьогодні. Подати заявку більше не можна.
days-error-applied = Об'єднання вже подало заявку з такою назвою на цей день.
days-pupil-title = День об'єднань
days-pupil-lead = Виберіть із друзями, що ви хочете спробувати. Введіть код свого класу. Він написаний на дошці.
days-code = Код вашого класу
days-code-hint = Шість знаків, наприклад HK7RTA.
days-code-go = Далі
days-error-code = Код не працює. Подивіться ще раз або запитайте вчителя.
days-choice-lead = { $title }, { $school }. Ви з класу { $class }.
days-choice-how = Напишіть свої імена. Потім виберіть одне заняття на кожен час. Щоразу вибирайте щось нове.
days-names = Ваші імена
days-names-hint = Лише імена. Одне в рядку або через кому. Не більше 6.
days-slot = О { $slot }
days-free = Вільних місць: { $free }.
days-full = Місць немає.
days-choose = Зберегти наш вибір
days-error-names-none = Напишіть хоча б одне ім'я.
days-error-names-many = У групі може бути не більше 6 учнів.
days-error-names-first = Пишіть лише імена. Без цифр і без прізвищ.
days-error-choose = Виберіть одне заняття на цей час.
days-error-twice = Ви вибрали те саме двічі. Виберіть щось нове.
days-error-full = Тут немає місця для всіх вас. Виберіть щось інше.
days-card-title = Ваша картка
days-card-saved = Ваш вибір збережено.
days-card-print = Надрукуйте картку. Кожен із вас отримає свою. Імен на ній немає.
days-card-after = Тобі сподобалося? Тут можна знову знайти об'єднання:

days-admin-tile-title = Дні об'єднань у школах
days-admin-tile-text = Подайте заявку, щоб прийти до школи й дати учням спробувати вашу діяльність.
# Issue 20, the young: online communities good for the young, groups the young start, the young's own voice
youth-filter-online = Добрі онлайн-спільноти для молоді
youth-filter-led = Створено молоддю
youth-badge-online = Добра онлайн-спільнота для молоді
youth-badge-online-means = Там є дорослі, хтось стежить за тим, що пишуть, і участь безкоштовна.
youth-badge-led = Створено молоддю – за підтримки дорослого
youth-badge-led-means = Молоді люди самі створили цю групу. Дорослий ручається за неї.
youth-badge-led-adult = Молоді люди самі створили цю групу. { $name } – дорослий, який ручається за неї.
youth-admin-tile-title = Пропозиції для молоді
youth-admin-tile-text = Позначайте онлайн-спільноти, які добрі для молоді.
youth-marks-list-title = Онлайн-пропозиції для молоді
youth-marks-list-text = Онлайн-пропозиція показується як «Добра онлайн-спільнота для молоді», коли вона модерується, там присутні дорослі і вона безкоштовна. Виберіть пропозицію, щоб поставити позначки.
youth-marks-saved = Позначки збережено.
youth-marks-on = позначено як добре для молоді
youth-marks-off = не позначено
youth-marks-title = Позначки для молоді
youth-marks-lead = Ставте позначку лише тоді, коли перевірили це в організатора. Значок показується, лише коли стоять усі три.
youth-marks-not-online = Ця пропозиція відбувається не онлайн, тому значок не показується, доки так не стане.
youth-mark-moderated = Модерується
youth-mark-moderated-hint = Хтось стежить за тим, що пишуть і кажуть, і втручається.
youth-mark-adults = Присутні дорослі
youth-mark-adults-hint = У спільноті беруть участь дорослі, а не лише молодь.
youth-mark-free = Безкоштовно
youth-mark-free-hint = Участь нічого не коштує, навіть покупки всередині гри чи застосунку.
youth-marks-save = Зберегти позначки
youth-marks-back = Назад до онлайн-пропозицій для молоді
youth-marks-link = Позначки для молоді
youth-moderation-note = Створено молоддю: { $first }, { $age } років. Дорослий, що підтримує: { $name }, { $email }, { $phone } – поручився за групу. Пошту й телефон буде видалено, щойно ви ухвалите рішення.
youth-group-title = Створи групу
youth-group-lead = Хочеш створити групу для молоді? Це може бути вечір ігор. Це може бути прогулянка. Тобі має бути від 15 до 25 років.
youth-group-lead-adult = Тобі потрібен дорослий, який тебе знає. Дорослий отримає лист і має погодитися. Потім ми переглянемо групу, перш ніж вона з’явиться на сайті.
youth-group-name = Як називається група?
youth-group-name-hint = Наприклад, Прогулянка у Віг або Ігри в п’ятницю.
youth-group-what = Що ви будете робити?
youth-group-what-hint = Напиши коротко, щоб інші побачили, чи хочуть вони прийти.
youth-group-day = Який день?
youth-day-choose = Вибери день
youth-group-from = З
youth-group-time-hint = Наприклад, 17 або 17.30.
youth-group-to = До
youth-group-town = Де? Вибери місто або онлайн.
youth-town-choose = Вибери місто
youth-town-online = Онлайн
youth-group-where = Де ви зустрічаєтеся?
youth-group-where-hint = Наприклад, біля спортзалу або в Discord. Можна залишити порожнім.
youth-first-name = Твоє ім’я
youth-age = Твій вік
youth-age-hint = Тобі має бути від 15 до 25 років.
youth-email = Твоя пошта
youth-email-hint = Ми напишемо тобі, коли переглянемо групу.
youth-adult-name = Ім’я дорослого
youth-adult-name-hint = Дорослий, який тебе знає і підтримає вас. Наприклад, тренер, учитель або мама чи тато.
youth-adult-email = Пошта дорослого
youth-adult-phone = Телефон дорослого
youth-adult-phone-hint = Наприклад, 12 34 56 78. Ми нікому його не показуємо.
youth-send = Надіслати
youth-error-name = Напиши, як називається група.
youth-error-what = Напиши, що ви будете робити.
youth-error-long = Текст задовгий. Скороти його.
youth-error-day = Вибери день.
youth-error-time = Напиши час, наприклад 17 або 17.30.
youth-error-time-order = Кінець має бути після початку.
youth-error-town = Вибери місто або онлайн.
youth-error-first-name = Напиши своє ім’я.
youth-error-adult-name = Напиши ім’я дорослого.
youth-error-age = Напиши свій вік цифрами, наприклад 17.
youth-error-age-range = Щоб створити тут групу, тобі має бути від 15 до 25 років. Якщо ти молодший, попроси дорослого про допомогу.
youth-error-email = Напиши адресу пошти, наприклад name@mail.dk.
youth-error-same-email = Дорослий повинен мати власну пошту.
youth-error-phone = Напиши номер щонайменше з 8 цифр, наприклад 12 34 56 78.
youth-error-action = Натисніть кнопку, щоб поручитися за групу.
youth-thanks-title = Дякуємо! Тепер має відповісти дорослий
youth-thanks-text = Ми надіслали лист дорослому. Дорослий має натиснути посилання в листі.
youth-thanks-next = Потім ми переглянемо групу. Ти отримаєш лист, коли вона з’явиться на сайті.
youth-thanks-back = Подивитися, що є для молоді
youth-mail-subject = { $first } просить вас підтримати групу «{ $group }»
youth-mail-body =
    Вітаємо, { $name }

    { $first } ({ $age } років) хоче створити групу для молоді на Sammen { $municipality } і написав(ла), що ви – дорослий, який її підтримує.

    Група: { $group }
    Що вони робитимуть: { $what }
    Коли: { $when }
    Де: { $where }

    Якщо ви ручаєтеся за групу, відкрийте посилання і натисніть «Я ручаюся за цю групу»:
    { $link }

    Потім модератори муніципалітету переглянуть групу. Біля групи буде лише ваше ім’я – ніколи ваша пошта чи номер телефону.
    Якщо ви не знаєте про цю групу, нічого не робіть. Більше нічого не станеться.
youth-vouch-title = Чи ручаєтеся ви за цю групу?
youth-vouch-lead = Вітаємо, { $name }. { $first } ({ $age } років) хоче створити групу для молоді і написав(ла), що ви – дорослий, який її підтримує.
youth-vouch-when = Коли
youth-vouch-where = Де
youth-vouch-means = Коли ви натиснете кнопку, модератори муніципалітету переглянуть групу, перш ніж вона з’явиться в довіднику. Біля групи буде лише ваше ім’я – ніколи ваша пошта чи номер телефону. Якщо ви не знаєте про цю групу, просто закрийте сторінку.
youth-vouch-button = Я ручаюся за цю групу
youth-vouched-title = Дякуємо за вашу підтримку
youth-vouched-text = Група тепер чекає на модераторів муніципалітету. Молода людина отримає повідомлення, коли групу схвалять.
voice-title = Голос молоді
voice-lead = Муніципалітет хоче почути тебе. Дай відповідь на запитання тут.
voice-anonymous = Ти анонімний. Ми не зберігаємо твоє ім’я і не знаємо, хто ти. Дорослий прочитає твою відповідь, перш ніж її побачать інші. Не пиши імен.
voice-none = Зараз запитань немає. Зазирни пізніше.
voice-published = Що відповіли інші
voice-answer = Твоя відповідь
voice-answer-hint = Пиши коротко. Не більше 500 знаків.
voice-send = Надіслати відповідь
voice-closed = Прийом відповідей закрито.
voice-count-few = Поки що відповіли менше ніж 10 осіб.
voice-count = Відповіли приблизно { $count } осіб.
voice-error-closed = Прийом відповідей на це запитання закрито.
voice-error-empty = Напиши свою відповідь.
voice-error-long = Відповідь задовга. Скороти її.
voice-error-question = Напишіть запитання.
voice-error-initiative = Виберіть ініціативу зі списку.
voice-thanks-title = Дякуємо за відповідь
voice-thanks-text = Дорослий скоро її прочитає. Тоді її зможуть побачити й інші.
voice-thanks-back = Назад до запитань
voice-admin-title = Голос молоді
voice-admin-lead = Поставте молоді запитання. Відповіді анонімні й показуються лише після схвалення редактором. Кількість відповідей показується лише від 10 і округлюється до 5.
voice-admin-question = Запитання
voice-admin-question-hint = Коротко і словами, якими говорить молодь, наприклад «Що мало б статися, щоб ти прийшов?»
voice-admin-open = Відкрито для відповідей
voice-admin-open-hint = Закрите запитання й далі показує опубліковані відповіді.
voice-admin-initiative = Ініціатива стратегії
voice-admin-initiative-hint = Запитання і кількість відповідей показуються біля ініціативи на /strategi.
voice-admin-no-initiative = Без ініціативи
voice-admin-save = Зберегти запитання
voice-admin-saved = Запитання збережено.
voice-admin-is-open = відкрите
voice-admin-is-closed = закрите
voice-admin-waiting-count = { $count } чекають
voice-admin-back = Усі запитання до молоді
voice-admin-waiting = Відповіді, що чекають
voice-admin-none-waiting = Жодна відповідь не чекає.
voice-admin-none-published = Ще немає опублікованих відповідей.
voice-admin-decided = Відповідь опрацьовано.
voice-publish = Опублікувати
voice-reject = Відхилити й видалити текст
voice-strategy = Голос молоді
voice-strategy-link = Переглянути відповіді
voice-admin-tile-title = Голос молоді
voice-admin-tile-text = Ставте молоді запитання і схвалюйте їхні відповіді.
# Issue 20, a path through a school change (/skoleskift, /skole/{id}, /admin/skole/{id}/skoleskift) and the pulse's CSV/JSON
pulse-export = Завантажити підсумок як файл. Те саме правило: менше 10 відповідей — жодних чисел.
guide-school-change = Я змінюю школу, або моя дитина
guide-school-change-title = Змінюєте школу?
guide-school-change-text = Подивіться зустрічі нової школи до першого дня, гуртки для новеньких і поради для батьків.
guide-school-change-link = Перейти до зміни школи
school-change-title = Змінюєш школу?
school-change-lead = Почати в новій школі буває важко. Тут видно, як школа зустрічає новеньких: зустрічі до першого дня, групи й гуртки та друг-наставник. І корисні поради для батьків.
school-change-which-path = Яка зміна?
school-change-which-school = Яка школа?
school-change-choose-school = Виберіть школу
school-change-show = Показати
school-change-at = Ласкаво просимо до
school-change-school-page = Сторінка школи
school-change-pick-school = Виберіть нову школу
school-change-for-child = Для тебе, хто починає
school-change-for-parents = Поради для батьків
school-change-nothing-kept = Ми не зберігаємо ваш вибір. Він є лише в адресі сторінки.
school-change-path-0-klasse = Початок у 0-му класі
school-change-path-7-klasse = Початок у 7-му класі
school-change-path-10-klasse = Початок у 10-му класі
school-change-path-efterskole = Початок в ефтершколі (школі-інтернаті)
school-change-path-gymnasium = Початок у гімназії (старша школа)
school-change-path-midt-i-aaret = Зміна школи посеред року
school-change-child-0-klasse = Хвилюватися — це нормально. Інші діти теж нові. Візьми з собою річ, яку любиш. Дорослий тобі допоможе.
school-change-child-7-klasse = Багато хто в класі новенькі. Ти не єдиний, хто нікого не знає. Приходь на зустріч до першого дня. Тоді ти вже когось знатимеш.
school-change-child-10-klasse = Рік у 10-му класі — це новий початок. Першого тижня щодня вітайся з кимось новим. Багато хто хоче мати з ким гуляти.
school-change-child-efterskole = В ефтершколі ви живете разом. Перші дні може бути трохи дивно. Це минає. Скажи дорослому, якщо сумуєш за домом.
school-change-child-gymnasium = У гімназії всі в класі новенькі. Ходи на все, що відбувається в перші тижні. Саме там знаходять друзів.
school-change-child-midt-i-aaret = Важко прийти в клас, де всі знають одне одного. У тебе буде друг, який усе покаже. Питай про все. Ніхто не знає всього першого дня.
school-change-parent-0-klasse = Зайдіть до школи з дитиною до першого дня. Подивіться клас і майданчик. Поговоріть із вихователями групи продовженого дня про перші тижні.
school-change-parent-7-klasse = У 7-му класі часто з'являються нові учні з різних шкіл. Прийдіть на зустріч до першого дня, щоб дитина знала кілька облич.
school-change-parent-10-klasse = 10-й клас триває лише рік. Допоможіть дитині знайти групу чи гурток поза школою, щоб рік був не лише про навчання.
school-change-parent-efterskole = Домовтеся, коли будете телефонувати, але не дзвоніть щодня в перші тижні. Зверніться до класного керівника, якщо дитина здається самотньою.
school-change-parent-gymnasium = Попросіть дитину ходити на дні знайомства та вечірки, навіть якщо це важко. Саме там клас знаходить одне одного.
school-change-parent-midt-i-aaret = Попросіть у школи друга-наставника на перші тижні. Запитайте також, чи може клас зустрітися поза школою.
school-change-tip-talk = Поговоріть про зміну заздалегідь. Запитайте, чого дитина чекає і чого боїться.
school-change-tip-visit = Подивіться школу разом і пройдіть або проїдьте велосипедом дорогу туди до першого дня.
school-change-tip-friend = Допоможіть дитині зустрітися з кимось новим із класу у вільний час. Група чи гурток теж можуть бути добрим початком.
school-change-tip-contact = Скажіть класному керівнику, якщо через кілька тижнів дитина здається самотньою. Можна також зателефонувати на одну з ліній на сайті муніципалітету.
school-change-gatherings = Зустрінься з класом до першого дня
school-change-no-gatherings = Зараз у школи немає зустрічей у календарі.
school-change-groups = Групи й гуртки для новеньких
school-change-buddy = Друг-наставник
school-change-no-buddy = Школа ще не написала про друзів-наставників. Запитайте в школі.
school-change-welcome = Ласкаво просимо новим учням
school-change-changing = Ваша дитина починає тут?
school-change-changing-text = Виберіть зміну й подивіться зустрічі, гуртки та поради.
school-change-error-path = Виберіть одну зі змін у списку.
school-change-error-school = Виберіть школу зі списку.
school-change-error-event = Виберіть подію з календаря.
school-change-error-offer = Виберіть пропозицію з довідника.
school-change-error-buddy = Напишіть про друзів-наставників не більше 2000 символів.
school-change-admin-title = Зміна школи
school-change-admin-intro = Те, що ви тут пишете й вибираєте, показано на сторінці школи та на сторінці про зміну школи. Подія чи пропозиція може стосуватися однієї зміни або всіх.
school-change-admin-link = Зміна школи: друзі-наставники, зустрічі до першого дня, групи й гуртки
school-change-back = Назад до школи
school-change-label-buddy = Друзі-наставники в школі
school-change-hint-buddy = Коротко напишіть, як новий учень отримує друга-наставника і кого можуть запитати батьки. Пишіть простими словами для дітей і батьків.
school-change-save-buddy = Зберегти
school-change-choose-event = Виберіть подію
school-change-label-event = Подія в календарі
school-change-hint-event = Напр. «Познайомся з новим класом». Спершу подія має бути в календарі.
school-change-label-path = Для кого
school-change-every-path = Усі зміни
school-change-link-event = Додати подію
school-change-linked-events = Зустрічі школи до першого дня
school-change-unlink = Прибрати вибрані
school-change-choose-offer = Виберіть пропозицію
school-change-label-offer = Група чи гурток із довідника
school-change-hint-offer = Група чи гурток, де добре приймають нових дітей і молодь.
school-change-link-offer = Додати пропозицію
school-change-linked-offers = Групи й гуртки школи для новеньких
school-change-done-buddy = Текст про друзів-наставників збережено.
school-change-done-link = Додано.
school-change-done-unlink = Вибране прибрано.

## The home page's links for the young (issue 20)
home-young-heading = Для молоді
home-young-online = Хороші онлайн-спільноти для молоді
home-young-group = Створи групу разом із друзями
home-young-voice = Скажи свою думку: що допомогло б тобі прийти?
home-young-school-change = Ви чи ваша дитина змінюєте школу?

## Many municipalities (issue 16): the national view and the list of municipalities
national-brand = по всій країні
national-footer = Sammen об’єднує спільноти муніципалітетів проти самотності. Кожен муніципалітет має власний сайт.
national-list-title = Муніципалітети з Sammen
national-unknown-host = Ця адреса не належить жодному муніципалітету в Sammen. Оберіть свій муніципалітет:
national-title = Знайдіть спільноту по всій країні
national-lead = Шукайте серед спільнот усіх муніципалітетів. Пропозиції телефоном і онлайн доступні всім; оберіть свій муніципалітет, щоб побачити ті, куди можна прийти.
national-q = Що ви шукаєте?
national-municipality = Ваш муніципалітет
national-municipality-none = Не обрано – лише телефон і онлайн
national-search = Шукати
national-results = { $count ->
    [one] Знайдено { $count } пропозицію
    [few] Знайдено { $count } пропозиції
   *[other] Знайдено { $count } пропозицій
}
national-remote-only = Ви бачите лише пропозиції телефоном і онлайн. Оберіть свій муніципалітет, щоб побачити ті, куди можна прийти.
municipality-settings-title = Налаштування муніципалітету
municipality-settings-lead = Назва, контакти й колір, які мешканці бачать на кожній сторінці. Міста, місця й вебадреси надходять із файлу муніципалітету.
municipality-settings-name = Назва муніципалітету
municipality-settings-short-name = Коротка назва
municipality-settings-email = Електронна пошта для мешканців
municipality-settings-phone = Телефон для мешканців
municipality-settings-address = Адреса
municipality-settings-website = Вебсайт муніципалітету
municipality-settings-colour = Колір за заголовком сторінки
municipality-settings-colour-hint = Пишеться #rrggbb, напр. #0b4f7c. Має бути досить темним для білого тексту. Порожньо: синій колір Sammen.
municipality-settings-mail-name = Ім’я відправника листів
municipality-settings-mail-name-hint = Напр. Sammen Odsherred. Порожньо: Sammen і коротка назва.
municipality-settings-save = Зберегти налаштування
municipality-settings-saved = Налаштування збережено. Сторінки покажуть їх за мить.
municipality-settings-error-text = Заповніть поле (не більше символів, ніж вміщує поле).
municipality-settings-error-email = Напишіть адресу електронної пошти, напр. sammen@kommune.dk.
municipality-settings-error-phone = Напишіть номер телефону з 8–15 цифр.
municipality-settings-error-website = Напишіть адресу, що починається з https://.
municipality-settings-error-colour = Напишіть колір як #rrggbb, досить темний для білого тексту (контраст щонайменше 4,5:1).
admin-municipality-tile = Налаштування муніципалітету

# Вхід через логін муніципалітету (OpenID Connect)
oidc-or-password = Або увійдіть з електронною поштою та паролем:
oidc-refused-title = Вхід не виконано
oidc-refused-lead = Спробуйте увійти ще раз. Якщо це повторюється, зверніться до ІТ-підтримки муніципалітету.
oidc-refused-state = Спроба входу невідома, вже використана або застаріла (понад 10 хвилин). Почніть знову зі сторінки входу.
oidc-refused-provider = Служба входу муніципалітету відхилила або перервала вхід.
oidc-refused-unavailable = Службою входу муніципалітету зараз неможливо скористатися.
oidc-refused-exchange = Відповідь служби входу муніципалітету не вдалося обміняти.
oidc-refused-expired = Термін дії відповіді служби входу муніципалітету минув.
oidc-refused-audience = Відповідь служби входу муніципалітету була призначена іншій системі, а не Sammen.
oidc-refused-token = Відповідь служби входу муніципалітету не вдалося прийняти.
oidc-refused-unverified = Ваша електронна адреса не підтверджена службою входу муніципалітету.
oidc-refused-no-email = Служба входу муніципалітету не надіслала електронної адреси.
oidc-refused-no-account = Для вашої електронної адреси немає облікового запису в Sammen, а ваші групи не дають доступу. Попросіть адміністратора про запрошення.
oidc-settings-title = Постачальник входу
oidc-settings-lead = Працівники муніципалітету можуть входити через власний логін муніципалітету (OpenID Connect). Обліковий запис знаходиться за підтвердженою електронною адресою, а ролі походять із груп. Об'єднання та волонтери й надалі входять з паролем.
oidc-settings-callback = Зареєструйте цю адресу як redirect URI у постачальника входу: { $url }
oidc-saved = Постачальника входу збережено.
oidc-save = Зберегти постачальника входу
oidc-issuer = Видавець (issuer)
oidc-issuer-hint = Адреса постачальника входу – напр. https://login.odsherred.dk/realms/staff
oidc-client-id = Ідентифікатор клієнта
oidc-secret-file = Файл із секретом клієнта
oidc-secret-file-hint = Повний шлях до файлу на сервері – напр. /etc/sammen/oidc-secret. Сам секрет ніколи не зберігається в базі даних.
oidc-label = Текст кнопки
oidc-label-hint = Напр. Log ind med Odsherred Kommunes login
oidc-group-claim = Поле з групами (claim)
oidc-group-claim-hint = Напр. groups. Крапка веде всередину об'єкта – напр. realm_access.roles
oidc-role-map = Групи та ролі
oidc-role-map-hint = Одна група в рядку: група = роль, роль. Ролі: administrator, moderator, ambassador, bus_crew, editor, teacher. Напр. sammen-admins = administrator
oidc-scopes = Scopes
oidc-scopes-hint = Через пробіл – напр. openid email profile groups
oidc-enabled = Показувати кнопку на сторінці входу
oidc-error-issuer = Введіть адресу видавця – напр. https://login.odsherred.dk/realms/staff
oidc-error-issuer-https = Видавець має використовувати https – напр. https://login.odsherred.dk
oidc-error-client-id = Введіть ідентифікатор клієнта від постачальника входу – напр. sammen
oidc-error-secret-file = Введіть повний шлях до файлу із секретом – напр. /etc/sammen/oidc-secret
oidc-error-group-claim = Введіть поле з групами без пробілів – напр. groups
oidc-error-scopes = Введіть щонайменше один scope – напр. openid email profile groups
oidc-error-label = Введіть текст кнопки (не більше 80 символів) – напр. Log ind med Odsherred Kommunes login
oidc-error-roles = Пишіть одну групу в рядку як група = роль – напр. sammen-admins = administrator
oidc-admin-tile-title = Постачальник входу
oidc-admin-tile-text = Власний логін муніципалітету для працівників: видавець, клієнт і які групи дають які ролі.
