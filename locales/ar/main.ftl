# Sammen – العربية. كل مفتاح موجود أيضًا في ../da/main.ftl.

## الإطار
skip-link = انتقل إلى المحتوى
site-name = Sammen
demo-notice = بيانات تجريبية: الجمعيات والأنشطة والأشخاص وأرقام الهاتف في هذه الصفحة مُختلَقة لأغراض التجربة. أما المدن وأماكن اللقاء فهي حقيقية.
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-vejviser = الدليل
nav-kalender = التقويم
nav-bussen = الحافلة
nav-ambassadorer = السفراء
nav-om-ensomhed = عن الوحدة
lang-label = اللغة
lang-da = Dansk
lang-en = English
lang-uk = Українська
lang-ar = العربية
footer-heading = تواصل معنا
footer-about = Sammen هو مكان { $municipality } للمجموعات واللقاءات. لا تحتاج إلى تسجيل الدخول، ولا نتتبّعك.
footer-phone = الهاتف
footer-email = البريد الإلكتروني
footer-privacy = الخصوصية وملفات تعريف الارتباط
footer-accessibility = بيان إمكانية الوصول

## الصفحة الرئيسية
home-title = ابحث عن مجموعات تناسبك
home-arenas-heading = مجموعات لكل مراحل الحياة
home-arenas-intro = اختر مجال الحياة الذي تريد أن تجد فيه مجموعة.
home-arena-count = { $count ->
    [zero] لا توجد أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}
home-talk-heading = هل تحتاج إلى التحدث مع أحد؟
home-talk-text = يمكنك الاتصال دون ذكر اسمك. المكالمة مجانية.
home-alone-heading = أن تكون وحدك ليس مثل أن تشعر بالوحدة
home-alone-text = كثيرون يعرفون الشعور بالوحدة. إنه شعور – وليس عيبًا فيك. هنا تجد أماكن يمكنك فيها أن تلتقي بآخرين حول شيء تحبه.
home-read-more = اقرأ المزيد عن الوحدة

## مجالات الحياة
arena-home = البيت والسكن
arena-home-text = الجيرة، والوجبات المشتركة، والمساعدة في الحياة اليومية حيث تسكن.
arena-school = الحضانة والمدرسة والتعليم
arena-school-text = صداقات ومجموعات للأطفال والشباب – وأيضًا عند الانتقال إلى مدرسة جديدة.
arena-leisure = وقت الفراغ والمجموعات
arena-leisure-text = جمعيات، ونوادٍ، وجوقات غناء، ورياضة، وطبيعة، وهوايات.
arena-work = العمل والتوظيف
arena-work-text = شبكات علاقات، وعمل تطوعي، ورفقة أثناء البحث عن عمل.
arena-health = الصحة والرعاية
arena-health-text = لقاءات في دور الرعاية، ومجموعات للأقارب، ودعم عندما تكون الحياة صعبة.

## الدليل
vejviser-title = دليل المجموعات
vejviser-where = المكان
vejviser-by-phone = عبر الهاتف
vejviser-online = عبر الإنترنت
vejviser-confirmed = تم تأكيد المعلومات آخر مرة في { $date }.

## صفحات قيد الإعداد

## عن الوحدة
about-title = عن الوحدة
about-what-heading = ما هي الوحدة؟
about-what-text = الوحدة شعور مزعج بأنك تفتقد أحدًا. ليس لديك المجموعات والعلاقات التي تحتاج إليها. إنها شعور – وليست تشخيصًا مرضيًا ولا عيبًا.
about-alone-heading = وحدك أم تشعر بالوحدة؟
about-alone-text = أن تكون وحدك ليس مثل أن تشعر بالوحدة. بعض الناس يرتاحون لقضاء وقت طويل وحدهم. وآخرون يشعرون بالوحدة رغم وجود كثير من الناس حولهم – حتى في علاقة زوجية.
about-many-heading = كثيرون يعرفون هذا الشعور
about-many-text = في الدنمارك يشعر نحو واحد من كل ثمانية بالغين بوحدة شديدة. وهذا يشمل الشباب وكبار السن، في المدينة وفي الريف. يمكن أن تصيب الوحدة أي شخص من عمر 0 إلى 100 سنة.
about-help-heading = ما يمكنك فعله
about-help-text = افعل شيئًا نشيطًا وذا معنى – مع آخرين. ابدأ بخطوة صغيرة: شارك في نشاط يمكنك فيه الحضور فقط، أو اصطحب أحدًا معك في المرة الأولى.
about-others-heading = إذا كنت قلقًا على شخص آخر
about-others-text = اسأله عن حاله – واستمع إليه. الحديث عن الوحدة ليس أمرًا خطيرًا. ويمكنك أن تخبره عن مجموعة تذهبان إليها معًا.

## الخصوصية
privacy-title = الخصوصية وملفات تعريف الارتباط
privacy-intro = يمكنك استخدام Sammen دون تسجيل الدخول ودون أن تقول من أنت.
privacy-cookies-heading = لا ملفات تعريف ارتباط
privacy-cookies-text = لا نضع أي ملفات تعريف ارتباط (cookies) عندما تتصفح فقط. لا نستخدم خدمات إحصاء أو إعلانات، ولا تجلب الصفحة أي شيء من مواقع أخرى.
privacy-logs-heading = ما يحفظه الخادم
privacy-logs-text = يكتب الخادم سجلًا تقنيًا فيه الوقت وعنوان الصفحة ورمز الاستجابة، حتى نتمكن من إصلاح الأخطاء. لا يحفظ السجل من أنت.
privacy-contact-heading = أسئلة
privacy-contact-text = إذا كانت لديك أسئلة عن بياناتك، فاكتب إلى { $email }.

## إمكانية الوصول
a11y-title = بيان إمكانية الوصول
a11y-intro = تريد { $municipality } أن يتمكن الجميع من استخدام Sammen – مهما كان العمر أو القدرات أو الأجهزة.
a11y-standard-heading = كيف صُمّمت الصفحة
a11y-standard-text = تتبع الصفحة معيار WCAG 2.1 المستوى AA. وهي تعمل دون JavaScript، وعلى الشاشات الصغيرة بدءًا من 320 بكسل، ومع تكبير النص حتى 200 %. تُختبر كل صفحة تلقائيًا باستخدام axe-core في متصفح حقيقي.
a11y-known-heading = نواقص معروفة
a11y-known-text = لا نعرف أي نواقص حاليًا. إذا وجدت نقصًا، فيسعدنا أن تخبرنا به.
a11y-contact-heading = أخبرنا عن المشكلات
a11y-contact-text = اكتب إلى { $email }. ويمكنك أيضًا تقديم شكوى إلى هيئة الرقمنة (Digitaliseringsstyrelsen).

## الأخطاء
error-404-title = الصفحة غير موجودة
error-404-text = لا نستطيع العثور على الصفحة التي تبحث عنها. ربما كُتب العنوان خطأً، أو نُقلت الصفحة.
error-400-title = هناك خطأ في الطلب
error-405-title = لا يمكن فعل ذلك هنا
error-405-text = لا يمكن استخدام الصفحة بهذه الطريقة.
error-500-title = حدث خطأ
error-500-text = حدث خطأ لدينا. حاول مرة أخرى بعد قليل. إذا راسلتنا، فاذكر رمز الخطأ { $reference }.
error-503-title = الصفحة غير متاحة مؤقتًا
error-503-text = لا نستطيع الوصول إلى قاعدة البيانات الآن. حاول مرة أخرى بعد قليل.
error-home = انتقل إلى الصفحة الرئيسية

## الدليل – البحث
vejviser-search-label = عمّ تبحث؟
vejviser-search-hint = اكتب كلمة أو أكثر – مثل كرة القدم، أو مقهى الحياكة، أو الأكل معًا. الأخطاء الإملائية لا تهم.
vejviser-filters = ضيّق البحث
vejviser-submit = ابحث
vejviser-reset = امسح البحث
vejviser-count = { $count ->
    [zero] لا يوجد نشاط مناسب
    [one] نشاط واحد مناسب
    [two] نشاطان مناسبان
    [few] { $count } أنشطة مناسبة
    [many] { $count } نشاطًا مناسبًا
   *[other] { $count } نشاط مناسب
}
vejviser-when = المرة القادمة
vejviser-cost = السعر
vejviser-why = السبب:
vejviser-distance = على بعد { $km } كم من { $town }
filter-any = الكل
filter-arena = مجال الحياة
filter-target-group = الفئة المستهدفة
filter-town = المدينة
filter-radius = المسافة من المدينة
filter-radius-town-only = داخل المدينة فقط
filter-radius-km = ضمن { $km } كم
filter-weekday = يوم الأسبوع
filter-time = وقت اليوم
filter-accessibility = إمكانية الوصول
filter-channel = الطريقة
filter-sort = الترتيب حسب
filter-age = العمر
filter-age-hint = عمرك – أو عمر طفلك. مثلًا 67
filter-free = المجاني فقط
filter-show-up = احضر فقط
target-boern = الأطفال
target-unge = الشباب
target-unge-i-skoleskift = شباب ينتقلون إلى مدرسة جديدة
target-familier = العائلات
target-voksne = البالغون
target-aeldre = كبار السن
target-socialt-saarbare = أشخاص في وضع اجتماعي صعب
target-nytilflyttere = القادمون الجدد إلى المنطقة
target-paaroerende = الأقارب ومقدمو الرعاية
weekday-man = الاثنين
weekday-tir = الثلاثاء
weekday-ons = الأربعاء
weekday-tor = الخميس
weekday-fre = الجمعة
weekday-lor = السبت
weekday-son = الأحد
daypart-formiddag = قبل الظهر (قبل الساعة 12)
daypart-eftermiddag = بعد الظهر (الساعة 12–17)
daypart-aften = المساء (من الساعة 17)
access-trinfri-adgang = مدخل بلا درجات
access-handicaptoilet = مرحاض لذوي الإعاقة
access-teleslynge = حلقة سمعية
access-parkering-taet-paa = موقف سيارات قريب
access-hjaelpemidler = وسائل مساعدة
channel-in_person = الحضور في المكان
channel-phone = عبر الهاتف
channel-online = عبر الإنترنت
sort-relevans = الأكثر تطابقًا
sort-afstand = المسافة
sort-navn = الاسم
cost-free = مجاني
cost-amount = { $kr } كرونة
cost-ask = اسأل عن السعر
reason-words = كلمات البحث: { $words }
reason-similar = قريب مما بحثت عنه
reason-age = يناسب عمر { $age } سنة ({ $min }–{ $max } سنة)
reason-newcomers = الجدد مرحَّب بهم
paging-label = الصفحات
paging-text = الصفحة { $page } من { $pages }
paging-previous = الصفحة السابقة
paging-next = الصفحة التالية
error-summary-title = هناك مشكلات
error-prefix = خطأ:
filter-error-arena = اختر مجال حياة من القائمة.
filter-error-target-group = اختر فئة مستهدفة من القائمة.
filter-error-age = اكتب العمر رقمًا من 0 إلى 120 – مثلًا 67.
filter-error-town = لا نعرف هذه المدينة. اختر مدينة من القائمة.
filter-error-radius = اختر مسافة من القائمة – مثلًا 10 كم.
filter-error-radius-town = اختر مدينة لتبحث ضمن مسافة معيّنة.
filter-error-weekday = اختر يومًا من أيام الأسبوع من القائمة.
filter-error-time = اختر وقتًا من اليوم من القائمة.
filter-error-accessibility = اختر بندًا عن إمكانية الوصول من القائمة.
filter-error-channel = اختر من القائمة طريقة المشاركة في النشاط.
filter-error-sort = اختر طريقة ترتيب من القائمة.
filter-error-page = رقم الصفحة غير موجود. انتقل إلى الصفحة 1.

## الأنشطة
offer-events = اعرض فعاليات هذا النشاط في التقويم
offer-for = لمن
offer-ages = { $min }–{ $max } سنة
offer-address = العنوان
offer-when = متى
offer-next-dates = المرات القادمة
offer-how-to-join = كيف تشارك
offer-join-show-up = يمكنك الحضور مباشرة.
offer-join-sign-up = سجّل أولًا.
offer-join-contact = تواصل مع المنظِّم أولًا.
offer-bring-someone = يمكنك أن تصطحب أحدًا معك
offer-ambassador = يمكن لسفير أن يرافقك في المرة الأولى
offer-yes = نعم
offer-no = لا
offer-languages = اللغات
offer-contact = التواصل
offer-phone = الهاتف
offer-email = البريد الإلكتروني
offer-website = الموقع الإلكتروني
offer-getting-there = كيف تصل إلى هناك
offer-station = أقرب محطة: { $station }، { $km } كم
offer-distances = المسافة من المدن
offer-stale = عمر هذه المعلومات أكثر من سنة، وقد تكون قديمة. تواصل مع المنظِّم قبل أن تذهب.
offer-paused = النشاط متوقف مؤقتًا الآن.
offer-ended = انتهى هذا النشاط.
offer-print-hint = يمكنك طباعة الصفحة بوظيفة الطباعة في متصفحك.
offer-back = العودة إلى الدليل
language-da = الدنماركية
language-en = الإنجليزية
language-de = الألمانية
language-uk = الأوكرانية
language-ar = العربية
language-pl = البولندية
report-heading = هل هناك خطأ؟
report-intro = أخبرنا إذا كان في الصفحة شيء خاطئ أو قديم. تصل رسالتك إلى فريق التحرير في البلدية.
report-message = ما الخطأ؟
report-message-hint = مثلًا: صاروا يلتقون الآن يوم الأربعاء بدلًا من الثلاثاء.
report-contact = بريدك الإلكتروني أو رقم هاتفك (اختياري)
report-contact-hint = فقط إذا كنت تريد ردًا. لن نستخدمه لأي شيء آخر.
report-honeypot = اترك هذا الحقل فارغًا
report-submit = أرسل الرسالة
report-thanks = شكرًا! أُرسلت رسالتك إلى فريق التحرير.
report-error-empty = اكتب ما الخطأ – مثلًا أن الموعد قد تغيّر.
report-error-long = يجب ألا تزيد الرسالة على 2000 حرف. اجعلها أقصر.
report-error-contact = اكتب عنوان بريد إلكتروني (مثل navn@eksempel.dk) أو رقم هاتف (مثل 12 34 56 78) – أو اترك الحقل فارغًا.

## API
api-error-limit = يجب أن تكون قيمة limit عددًا صحيحًا من 1 إلى 100.
api-error-cursor = يجب أن تكون قيمة cursor هي قيمة next_cursor من الصفحة السابقة.
api-error-empty = يجب ألا يكون المُعامِل فارغًا. احذفه بدلًا من ذلك.
api-error-boolean = اكتب true أو false.

## الصفحات المحلية والدليل المطبوع
landing-group = مجموعات للفئة: { $group }
landing-town = مجموعات في { $town } وما حولها
landing-town-intro = أنشطة في { $town } وضمن 10 كم، الأقرب أولًا – وأنشطة يمكنك المشاركة فيها عبر الهاتف أو الإنترنت.
landing-towns = ابحث عن مجموعات في مدينتك
print-link = أنشئ دليلًا مطبوعًا لمدينة
print-title = مجموعات في { $town }
print-intro = دليل إلى المجموعات في { $town } وما حولها (ضمن 10 كم)، مرتّبة حسب مجال الحياة. طُبع في { $date }. المزيد على { $site }.
print-choose = اختر المدينة التي يتناولها الدليل. يمكن طباعة الدليل على ورق A4 وتوزيعه مثلًا في المكتبة أو دار الرعاية.
print-remote = عبر الهاتف والإنترنت – للجميع، أينما كنت تسكن
print-phone = اتصل
print-none = لا توجد أنشطة هنا الآن.
print-unclassified = غير مصنّف بعد
offer-unclassified = غير مصنّف بعد
offer-place-unknown = المكان غير محدد
sort-auto = تلقائي (الأكثر تطابقًا، أو المسافة إذا اخترت مدينة)

## الخريطة
map-title = النتائج على خريطة
map-back = العودة إلى القائمة
map-note = الخريطة مرسومة هنا في الصفحة بناءً على مواقع المدن وأماكن اللقاء. لا يُجلب أي شيء من مواقع أخرى. الأنشطة عبر الهاتف والإنترنت ليست على الخريطة.
map-summary = { $count ->
    [zero] لا توجد أنشطة على الخريطة.
    [one] نشاط واحد معروض على الخريطة – الأرقام تطابق القائمة أسفل الخريطة.
    [two] نشاطان معروضان على الخريطة – الأرقام تطابق القائمة أسفل الخريطة.
    [few] { $count } أنشطة معروضة على الخريطة – الأرقام تطابق القائمة أسفل الخريطة.
    [many] { $count } نشاطًا معروضًا على الخريطة – الأرقام تطابق القائمة أسفل الخريطة.
   *[other] { $count } نشاط معروض على الخريطة – الأرقام تطابق القائمة أسفل الخريطة.
}
map-more = هناك أنشطة أكثر مما تستطيع الخريطة عرضه. ضيّق البحث لترى جميعها.
map-link = اعرض النتائج على خريطة
offer-not-on = ليس في هذه الأيام

## كيف حالك؟
selfcheck-title = كيف حالك؟
selfcheck-intro = ثلاثة أسئلة قصيرة عن شعورك مع الناس الآخرين في الفترة الأخيرة. لا توجد إجابات صحيحة أو خاطئة. لا نحفظ إجاباتك.
selfcheck-q1 = كم مرة تشعر بأنك تفتقد من تقضي وقتك معه؟
selfcheck-q2 = كم مرة تشعر بأنك مُستبعَد؟
selfcheck-q3 = كم مرة تشعر بأنك معزول عن الآخرين؟
selfcheck-answer-1 = نادرًا جدًا
selfcheck-answer-2 = أحيانًا
selfcheck-answer-3 = غالبًا
selfcheck-age = عمرك (اختياري)
selfcheck-age-hint = يُستخدم فقط إذا أردت أن يُحتسب جوابك في الأسفل.
selfcheck-band-under-16 = أقل من 16 سنة
selfcheck-band-16-24 = 16–24 سنة
selfcheck-band-25-44 = 25–44 سنة
selfcheck-band-45-64 = 45–64 سنة
selfcheck-band-65-79 = 65–79 سنة
selfcheck-band-80-plus = 80 سنة أو أكثر
selfcheck-band-ikke-oplyst = لا أريد أن أذكر
selfcheck-consent = نعم، احتسبوا جوابي دون ذكر اسمي في أرقام البلدية
selfcheck-consent-hint = فقط إذا وضعت علامة: نضيف واحدًا إلى عدّاد هذا الشهر وفئتك العمرية. لا نحفظ من أنت، ولا في أي وقت من اليوم أجبت، ولا من أين أجبت. لا تُعرض أبدًا الأرقام التي فيها أقل من 5 إجابات.
selfcheck-submit = انظر ما يمكنك فعله
selfcheck-error-q1 = اختر كم مرة تشعر بأنك تفتقد من تقضي وقتك معه.
selfcheck-error-q2 = اختر كم مرة تشعر بأنك مُستبعَد.
selfcheck-error-q3 = اختر كم مرة تشعر بأنك معزول عن الآخرين.
selfcheck-error-alder = اختر فئة عمرية من القائمة.
selfcheck-thanks = شكرًا لأنك أجبت
selfcheck-seldom = يبدو أن لديك أناسًا حولك عندما تحتاج إليهم. هذا جيد. ربما تعرف شخصًا حاله أصعب – والمجموعة يمكن أيضًا أن تكون شيئًا تذهبان إليه معًا.
selfcheck-sometimes = كثيرون يشعرون بذلك من حين لآخر. قد يكون من الجيد أن تجد مكانًا تلتقي فيه بآخرين حول شيء تحبه – دون أن تلتزم بشيء.
selfcheck-often = كثيرون يشعرون بذلك، ولست وحدك في هذا. الوحدة شعور – وليست عيبًا فيك. قد يساعدك أن تتحدث مع أحد عنها، وأن تخطو خطوة صغيرة نحو الآخرين.
selfcheck-feeling = أن تكون وحدك ليس مثل أن تشعر بالوحدة. يمكن لهذا الشعور أن يتغيّر، والمساعدة متاحة.
selfcheck-counted = احتُسب جوابك دون ذكر اسمك. شكرًا.
selfcheck-next = ما يمكنك فعله الآن
selfcheck-step-find = ابحث عن مجموعة تناسبك – ستة أسئلة قصيرة
selfcheck-step-show-up = ابحث عن نشاط يمكنك الحضور إليه مباشرة
selfcheck-step-ambassador = تحدّث مع سفير – شخص يعرف كيف يتحدث عن الوحدة
selfcheck-step-others = اقرأ كيف يمكنك مساعدة شخص آخر
selfcheck-step-read = اقرأ المزيد عن الوحدة
selfcheck-again = أجب مرة أخرى
home-guide = ابحث عن مجموعتك – ستة أسئلة قصيرة، دقيقة واحدة
home-selfcheck = كيف حالك؟ ثلاثة أسئلة قصيرة – دون ذكر اسمك

## صفحات غير موجودة أو غير مسموح بها
error-403-title = ليس لديك صلاحية الوصول إلى هذه الصفحة
error-403-text = أنت مسجّل الدخول، لكن حسابك ليس له صلاحية الوصول إلى هذه الصفحة. اسأل أحد المسؤولين في البلدية إذا كنت ترى أنه يجب أن تكون لديك صلاحية.
error-409-title = لقد تم ذلك بالفعل
error-409-text = ما حاولت فعله قد تم بالفعل – ربما من شخص آخر. ارجع وأعد تحميل الصفحة.
error-form-bad = تعذّرت قراءة النموذج. ارجع وحاول مرة أخرى.
error-form-large = النموذج كبير جدًا. اختصر النص وحاول مرة أخرى.
error-form-expired = انتهت صلاحية النموذج أو جاء من موقع آخر. ارجع، وأعد تحميل الصفحة، وأرسل مرة أخرى – ما كتبته سيبقى موجودًا عندما ترجع.
error-form-twice = النموذج قيد الإرسال بالفعل. انتظر لحظة وأعد تحميل الصفحة.

## التذييل وشريط الموظفين
footer-suggest = اقترح نشاطًا
footer-login = تسجيل الدخول للجمعيات والموظفين
staff-signed-in-as = مسجّل الدخول باسم

## الحسابات
account-title = حسابي
account-back = العودة إلى حسابي
account-name = الاسم
account-email = عنوان البريد الإلكتروني
account-email-hint = نستخدمه فقط لتسجيل دخولك ولإرسال رسائل إليك عن أنشطتك.
account-password = كلمة المرور
account-new-password = كلمة مرور جديدة
account-new-password-hint = 10 أحرف على الأقل. الجملة التي تستطيع تذكّرها أفضل من كلمة قصيرة ومعقدة، مثل «قهوة على الميناء كل ثلاثاء».
account-repeat-password = أعد كتابة كلمة المرور الجديدة
account-current-password = كلمة المرور الحالية
account-roles = الأدوار
account-no-roles = لا شيء بعد
account-organisations = منظماتك
account-security = تسجيل الدخول والأمان
account-sessions = أنت مسجّل الدخول الآن في { $count ->
    [one] مكان واحد
    [two] مكانين
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
  }.
account-logout = تسجيل الخروج
account-logout-everywhere = تسجيل الخروج من كل مكان
account-logged-out = لقد سجّلت الخروج.
account-your-data = بياناتك
account-your-data-text = يمكنك تنزيل كل ما حفظناه عنك، ويمكنك حذف حسابك. سجل التغييرات يحتفظ فقط برقم يدل على من فعل ماذا – وليس باسمك.
account-export = تنزيل بياناتي (JSON)
account-login-title = تسجيل الدخول
account-login-lead = للجمعيات، وموظفي البلدية، والسفراء، وطاقم الحافلة. بصفتك مواطنًا لا تحتاج إلى تسجيل الدخول لاستخدام Sammen.
account-login-submit = تسجيل الدخول
account-forgot-link = هل نسيت كلمة المرور؟
account-register-link = أنشئ حسابًا
account-error-email-empty = اكتب عنوان بريدك الإلكتروني.
account-error-password-empty = اكتب كلمة المرور.
account-error-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
account-error-too-many = حدثت محاولات خاطئة كثيرة. انتظر 15 دقيقة وحاول مرة أخرى – أو أعد تعيين كلمة المرور.
account-error-unconfirmed = يجب أن تؤكد عنوان بريدك الإلكتروني أولًا. أرسلنا إليك رسالة جديدة فيها رابط.
account-error-email = اكتب عنوان بريد إلكتروني مثل navn@eksempel.dk.
account-error-name = اكتب اسمك (100 حرف على الأكثر).
account-error-password-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
account-error-password-long = يجب ألا تزيد كلمة المرور على 200 حرف.
account-error-password-email = يجب ألا تكون كلمة المرور هي عنوان بريدك الإلكتروني.
account-error-password-repeat = كلمتا المرور غير متطابقتين.
account-error-current = كلمة المرور الحالية غير صحيحة.
account-error-delete-confirm = اكتب SLET للتأكيد.
account-password-title = تغيير كلمة المرور
account-password-submit = احفظ كلمة المرور الجديدة
account-password-changed = تم تغيير كلمة المرور. لقد سُجّل خروجك من كل الأماكن الأخرى.
account-delete-title = حذف حسابي
account-delete-lead = سيُحذف حسابك وأدوارك وبيانات دخولك فورًا. الأنشطة التي أنشأتها لمنظمة تبقى لدى المنظمة. لا يمكن التراجع عن ذلك.
account-delete-confirm = اكتب SLET للتأكيد
account-delete-confirm-hint = بأحرف كبيرة أو صغيرة.
account-delete-submit = احذف الحساب
account-register-title = أنشئ حسابًا
account-register-lead = الحساب مخصص لمن يديرون نشاطًا. بعد أن تؤكد بريدك الإلكتروني، يمكن لأحد المسؤولين في البلدية أن يمنحك الوصول إلى جمعيتك.
account-register-submit = أنشئ الحساب
account-register-sent-title = تحقق من بريدك الإلكتروني
account-register-sent-text = أرسلنا إليك رسالة فيها رابط، اضغط عليه لتأكيد عنوانك. يعمل الرابط لمدة 7 أيام.
account-confirm-title = أكّد عنوان بريدك الإلكتروني
account-confirm-submit = تأكيد
account-confirmed-title = شكرًا – تم تأكيد بريدك الإلكتروني
account-confirmed-text = يمكنك الآن تسجيل الدخول.
account-forgot-title = نسيت كلمة المرور
account-forgot-lead = اكتب عنوان البريد الإلكتروني الذي تسجّل الدخول به. وسنرسل إليك رابطًا لتختار كلمة مرور جديدة.
account-forgot-submit = أرسل الرابط
account-forgot-sent-title = تحقق من بريدك الإلكتروني
account-forgot-sent-text = إذا كان لهذا العنوان حساب لدينا، فقد أرسلنا رابطًا. يعمل الرابط لمدة ساعة.
account-reset-title = اختر كلمة مرور جديدة
account-reset-done-title = تم تغيير كلمة المرور
account-reset-done-text = لقد سُجّل خروجك من كل الأماكن. سجّل الدخول بكلمة المرور الجديدة.
account-link-gone-title = الرابط لم يعد يعمل
account-link-gone-text = الرابط مستخدم أو قديم جدًا. اطلب رابطًا جديدًا.
account-invite-title = أهلًا بك في Sammen
account-invite-lead = تمت دعوتك بالعنوان { $email }. اكتب اسمك واختر كلمة مرور.
account-invite-submit = أنشئ حسابي

## الأدوار
role-administrator = مسؤول
role-moderator = مشرف
role-ambassador = سفير
role-bus_crew = طاقم الحافلة
role-editor = محرر
role-member-of = عضو في { $organisation }

## منطقة الموظفين
admin-title = منطقة الموظفين
admin-back = العودة إلى منطقة الموظفين
admin-no-roles = ليس لحسابك أي أدوار بعد. يمكن لأحد المسؤولين في البلدية أن يمنحك الوصول إلى جمعيتك أو مهامك.
admin-your-organisations = منظماتك
admin-tasks = مهامك
admin-tile-moderation-title = الإشراف
admin-tile-moderation-count = الإشراف ({ $count } بانتظار المراجعة)
admin-tile-moderation-text = اقتراحات جديدة، وتغييرات، وبلاغات عن معلومات خاطئة.
admin-tile-stale-title = أنشطة تحتاج إلى تأكيد
admin-tile-stale-text = أنشطة لم يؤكدها أحد منذ مدة طويلة، وأنشطة أُخرجت من البحث.
admin-tile-accounts-title = الحسابات والدعوات
admin-tile-accounts-text = ادعُ أشخاصًا وامنحهم أدوارًا.
admin-tile-organisations-title = المنظمات
admin-tile-organisations-text = كل المنظمات وأنشطتها.
admin-tile-log-title = سجل التغييرات
admin-tile-log-text = من غيّر ماذا ومتى.
admin-tile-outbox-title = صندوق الصادر
admin-tile-outbox-text = الرسائل التي أرسلها Sammen أو سيرسلها.
admin-tile-ambassador-title = السفراء
admin-tile-ambassador-text = الطلبات الموجهة إلى السفراء: طلباتك وقائمة انتظار المنسقين.
admin-tile-bus-title = Den Glade Bus
admin-tile-bus-text = جدول الحافلة ورحلة اليوم.
admin-accounts-title = الحسابات
admin-accounts-back = العودة إلى الحسابات
admin-account-state = الحالة
admin-account-invited = مدعو
admin-account-unconfirmed = البريد الإلكتروني غير مؤكد
admin-account-active = نشط
admin-invite-title = ادعُ شخصًا
admin-invite-lead = سيصل إلى الشخص بريد إلكتروني فيه رابط ليختار كلمة المرور بنفسه. إذا كان للعنوان حساب بالفعل، فسيحصل على الأدوار الجديدة فقط.
admin-invite-name-hint = اختياري. يمكن للشخص تعديله بنفسه.
admin-invite-submit = أرسل الدعوة
admin-invited = تم إرسال الدعوة.
admin-roles = الأدوار
admin-member-of = عضو في منظمة
admin-member-of-hint = يمكن للأعضاء تعديل صفحة المنظمة وأنشطتها.
admin-no-organisation = لا شيء
admin-error-no-role = اختر دورًا واحدًا على الأقل أو منظمة.
admin-error-own-role = لا يمكنك إزالة دور المسؤول الخاص بك. اطلب ذلك من مسؤول آخر.
admin-account-save = احفظ الأدوار
admin-account-saved = تم حفظ الأدوار.
admin-account-export = تنزيل بيانات الشخص (JSON)
admin-account-delete = احذف الحساب
admin-account-deleted = تم حذف الحساب.
admin-log-title = سجل التغييرات
admin-log-lead = لا يمكن تعديل السجل أو حذفه. يعرض من وماذا ومتى – وليس معلومات شخصية.
admin-log-when = متى
admin-log-who = من
admin-log-what = ماذا
admin-log-subject = الموضوع
admin-log-detail = التفاصيل
admin-log-older = أقدم
admin-log-anonymous = أحد المواطنين
admin-log-system = النظام
admin-log-deleted-account = حساب محذوف رقم { $id }
admin-outbox-title = صندوق الصادر
admin-outbox-smtp = تُرسل الرسائل عبر خادم البريد في البلدية. تُعاد المحاولات الفاشلة.
admin-outbox-no-smtp = لم يتم إعداد خادم بريد (SAMMEN_SMTP_URL)، لذلك تبقى الرسائل هنا ولا تُرسل. يمكنك قراءتها في الأسفل.
admin-mail-sent = أُرسلت
admin-mail-waiting = بالانتظار (المحاولات: { $attempts })
admin-mail-failed = تم التخلي عنها: { $error }

## نموذج النشاط
form-label-navn = اسم النشاط
form-hint-navn = مثلًا «مقهى الحياكة في Asnæs». 120 حرفًا على الأكثر.
form-label-kort = وصف قصير
form-hint-kort = جملة أو جملتان تظهران في نتائج البحث. مثلًا «نحيك ونتحدث مع فنجان قهوة. أحضر أدوات الحياكة، أو استعر منا الإبر.»
form-label-beskrivelse = المزيد عن النشاط
form-hint-beskrivelse = ماذا يحدث، ومن يأتي، وكيف يُستقبل الشخص في المرة الأولى؟ اترك سطرًا فارغًا بين الفقرات.
form-label-organisation = الجمعية أو المنظِّم
form-hint-organisation = اسم الجمعية أو المجموعة أو المؤسسة التي تقف وراء النشاط.
form-label-kontakt = بريدك الإلكتروني (اختياري)
form-hint-kontakt = إذا أردت أن تعرف ماذا يحدث لاقتراحك. لن نستخدمه لأي شيء آخر.
form-label-livsarena = مجال الحياة
form-hint-livsarena = في أي مجال من الحياة يقع هذا النشاط؟ اختر مجالًا أو أكثر.
form-label-maalgruppe = لمن النشاط؟
form-label-alder_fra = العمر من
form-hint-alder_fra = بالسنوات الكاملة، مثلًا 18.
form-label-alder_til = العمر حتى
form-hint-alder_til = بالسنوات الكاملة، مثلًا 100.
form-label-pris = السعر
form-label-beloeb = المبلغ بالكرونة
form-hint-beloeb = فقط إذا كان النشاط بمقابل. مثلًا 25.
form-label-pris_note = عن السعر (اختياري)
form-hint-pris_note = مثلًا «القهوة والكعك بـ 10 كرونات» أو «المرة الأولى مجانية».
form-label-deltagelse = كيف يشارك الشخص؟
form-label-nye_velkomne = الجدد مرحَّب بهم بشكل خاص
form-label-kanal = أين يقام النشاط؟
form-label-by = المدينة
form-hint-by = إذا كان النشاط في مكان محدد.
form-label-adresse = العنوان (اختياري)
form-hint-adresse = مثلًا «Vig Bygade 12, 4560 Vig».
form-label-dage = أيام الأسبوع
form-label-hver = كم مرة؟
form-label-fra = يبدأ الساعة
form-hint-fra = بصيغة tt.mm (ساعة.دقيقة)، مثلًا 14.00.
form-label-til = ينتهي الساعة
form-hint-til = بصيغة tt.mm (ساعة.دقيقة)، مثلًا 16.00.
form-label-tilgaengelighed = إمكانية الوصول
form-label-tidspunkt = الموعد
form-cost-free = مجاني
form-cost-amount = بمقابل مبلغ
form-cost-ask = اسأل عن السعر
form-join-show_up = يمكن الحضور مباشرة
form-join-sign_up = يجب التسجيل
form-join-contact_first = يجب التواصل معنا أولًا
form-every-1 = كل أسبوع
form-every-2 = كل أسبوعين
form-town-none = بلا مدينة محددة
form-error-name-empty = اكتب اسم النشاط.
form-error-name-long = يجب ألا يزيد الاسم على 120 حرفًا.
form-error-short-empty = اكتب وصفًا قصيرًا.
form-error-short-long = يجب ألا يزيد الوصف القصير على 300 حرف.
form-error-description-long = الوصف طويل جدًا. اختصره.
form-error-organisation-empty = اكتب من يقف وراء النشاط.
form-error-choice = اختر من القائمة.
form-error-age = اكتب العمر بالسنوات الكاملة بين 0 و120، مثلًا 18.
form-error-age-order = يجب أن يكون «العمر حتى» مساويًا لـ«العمر من» أو أكبر منه.
form-error-amount = اكتب المبلغ بالكرونات الكاملة، مثلًا 25.
form-error-text-long = النص طويل جدًا.
form-error-town = اختر مدينة من القائمة.
form-error-weekdays = اختر يومًا واحدًا على الأقل من أيام الأسبوع.
form-error-time = اكتب الوقت بصيغة tt.mm (ساعة.دقيقة)، مثلًا 9.30.
form-error-time-order = يجب أن يكون وقت الانتهاء بعد وقت البدء.
form-new-title = نشاط جديد
form-new-lead = نشاط جديد من { $organisation }. يمكنك حفظه كمسودة وإكماله لاحقًا. عندما ترسله، يراجعه مشرف قبل أن يصبح منشورًا للعموم.
form-edit-title = تعديل النشاط
form-edit-lead = تظهر تعديلاتك بعد أن يوافق عليها مشرف. وحتى ذلك الحين يبقى النشاط كما هو الآن.
form-save-draft = احفظ كمسودة
form-send-for-approval = أرسل للموافقة
form-back-organisation = العودة إلى المنظمة

## الطلبات المرسلة
submission-status-draft = مسودة
submission-status-pending = بانتظار الموافقة
submission-status-approved = تمت الموافقة
submission-status-rejected = مرفوض
submission-status-changes_requested = المشرف يطلب تعديلات
submission-untitled = نشاط بلا اسم
submission-note = رسالة من المشرف
submission-see-offer = اعرض النشاط
submission-saved-draft = تم حفظ المسودة. لم تُرسل بعد.
submission-sent = شكرًا – أُرسل النشاط للموافقة. ستصلك رسالة بالبريد الإلكتروني عندما يراجعه مشرف.
submission-not-editable = لم يعد بالإمكان تعديل هذا الطلب، لأن مشرفًا قد راجعه.

## اقترح نشاطًا
suggest-title = اقترح نشاطًا
suggest-lead = هل تعرف مجموعة غير موجودة في الدليل؟ أخبرنا عنها. لا تحتاج إلى إنشاء حساب.
suggest-lead-2 = يراجع أحد موظفي البلدية الاقتراح قبل أن يصبح منشورًا للعموم.
suggest-submit = أرسل الاقتراح
suggest-error-links = اكتب رابطين على الأكثر لمواقع إلكترونية.
suggest-thanks-title = شكرًا على اقتراحك
suggest-thanks-text = سيراجعه مشرف قريبًا. إذا كتبت بريدك الإلكتروني، فسنتواصل معك.
suggest-thanks-back = العودة إلى الدليل

## الإشراف
moderation-title = الإشراف
moderation-back = العودة إلى الإشراف
moderation-submissions = أنشطة بالانتظار
moderation-empty = لا توجد أنشطة بالانتظار.
moderation-kind = النوع
moderation-kind-suggestion = اقتراح من أحد المواطنين
moderation-kind-new = نشاط جديد
moderation-kind-edit = تعديل
moderation-since = تاريخ الإرسال
moderation-reports = بلاغات عن معلومات خاطئة
moderation-no-reports = لا توجد بلاغات.
moderation-contact = التواصل
moderation-report-close = ضع علامة «تم الحل»
moderation-report-closed = تم وضع علامة «تم الحل» على البلاغ.
moderation-unclassified = أنشطة بلا مجال حياة
moderation-changes = ما الجديد أو ما الذي تغيّر
moderation-field = الحقل
moderation-before = قبل
moderation-after = بعد
moderation-diff-hint = النص المحذوف عليه خط، والنص الجديد مميَّز.
moderation-decision = القرار
moderation-approve = موافقة – يصبح النشاط منشورًا للعموم
moderation-ask-changes = اطلب تعديلات
moderation-reject = رفض
moderation-note = السبب أو الرسالة
moderation-note-hint = يجب ملؤه عند الرفض أو طلب التعديلات. تصل الرسالة إلى المنظمة بالبريد الإلكتروني.
moderation-organisation = المنظمة
moderation-organisation-hint = اختر منظمة موجودة، أو أنشئ منظمة جديدة بناءً على الاقتراح.
moderation-new-organisation = منظمة جديدة: { $name }
moderation-submit = احفظ القرار
moderation-decided = تم حفظ القرار وإرسال رسالة.
moderation-already-decided = مشرف آخر قد راجع هذا النشاط بالفعل.
moderation-error-decision = اختر قرارًا.
moderation-error-note = اكتب سببًا، حتى تعرف المنظمة ما عليها فعله.
moderation-error-suggestion-changes = لا يمكن إعادة اقتراح من مواطن لتعديله. وافق عليه ثم عدّله بعد ذلك، أو ارفضه.
moderation-error-invalid = النشاط تنقصه معلومات ولا يمكن الموافقة عليه. اطلب تعديلات بدلًا من ذلك.

## المنظمات
org-name = الاسم
org-description = عن المنظمة
org-description-hint = من أنتم، وماذا تفعلون؟ اترك سطرًا فارغًا بين الفقرات.
org-email = البريد الإلكتروني
org-email-hint = تُرسل التذكيرات بتأكيد أنشطتكم إلى هذا العنوان وإلى أعضائكم.
org-phone = الهاتف
org-phone-hint = مثلًا 59 66 66 66.
org-website = الموقع الإلكتروني
org-website-hint = العنوان كاملًا، مثلًا https://forening.dk.
org-save = احفظ
org-saved = تم حفظ صفحة المنظمة.
org-error-phone = اكتب رقم الهاتف بالأرقام، مثلًا 59 66 66 66.
org-error-website = اكتب العنوان كاملًا، بحيث يبدأ بـ https://.
org-contact = التواصل
org-offers = الأنشطة
org-no-offers = لا توجد أنشطة بعد.
org-offer-confirmed = آخر تأكيد في { $date }
org-public-page = اعرض الصفحة العامة
org-profile = صفحة المنظمة
org-events = الفعاليات في التقويم
org-calendar = اعرض فعاليات المنظمة في التقويم
org-submissions = المسودات والطلبات المرسلة

## حداثة المعلومات
stale-lead = يجب تأكيد الأنشطة مرة واحدة على الأقل كل سنة. لم يؤكد أحد هذه الأنشطة منذ مدة طويلة. بعد 15 شهرًا يُخرج النشاط من البحث حتى يؤكده أحد.
stale-unlisted = أُخرجت من البحث
stale-stale = قد تكون قديمة
stale-none = لا شيء.
stale-confirmed = آخر تأكيد
stale-confirm = أكّد أن المعلومات ما زالت صحيحة
fresh-confirm-title = هل ما زالت المعلومات صحيحة؟
fresh-confirm-lead = تم تأكيد «{ $offer }» آخر مرة في { $date }. إذا كان كل شيء ما زال صحيحًا، فاضغط على الزر. يستغرق ذلك ثانية واحدة.
fresh-confirm-submit = نعم، ما زالت صحيحة
fresh-confirm-view = اعرض النشاط
fresh-confirm-edit = هناك شيء يجب تصحيحه (سجّل الدخول)
fresh-confirmed-title = شكرًا – تم تأكيد النشاط
fresh-confirmed-text = تم تحديث تاريخ آخر تأكيد، والنشاط موجود في البحث.
fresh-confirmed-staff = تم تأكيد النشاط.
fresh-link-gone = الرابط مستخدم أو قديم جدًا. سجّل الدخول لتأكيد النشاط.

## الرسائل البريدية (تُرسل بالدنماركية)
mail-confirm-subject = أكّد بريدك الإلكتروني في Sammen
mail-confirm-body =
    مرحبًا

    اضغط على الرابط لتأكيد عنوان بريدك الإلكتروني:
    { $link }

    يعمل الرابط لمدة 7 أيام. إذا لم تنشئ حسابًا، فيمكنك تجاهل هذه الرسالة.
mail-exists-subject = لديك حساب بالفعل في Sammen
mail-exists-body =
    مرحبًا

    حاول شخص ما – ربما أنت – إنشاء حساب بهذا العنوان، لكن لديك حسابًا بالفعل.
    إذا نسيت كلمة المرور، فيمكنك اختيار كلمة مرور جديدة هنا:
    { $link }
mail-reset-subject = اختر كلمة مرور جديدة لـ Sammen
mail-reset-body =
    مرحبًا

    اضغط على الرابط لاختيار كلمة مرور جديدة:
    { $link }

    يعمل الرابط لمدة ساعة. إذا لم تطلب ذلك، فيمكنك تجاهل هذه الرسالة.
mail-invite-subject = أنت مدعو إلى Sammen { $municipality }
mail-invite-body =
    مرحبًا

    أنت مدعو إلى Sammen { $municipality } بصفة: { $roles }.
    اضغط على الرابط، واكتب اسمك، واختر كلمة مرور:
    { $link }

    يعمل الرابط لمدة 14 يومًا.
mail-role-subject = حصلت على دور جديد في Sammen
mail-role-body =
    مرحبًا

    حصلت على دور جديد في Sammen { $municipality }: { $roles }.
    سجّل الدخول هنا: { $link }
mail-fresh-subject = هل ما زالت المعلومات عن «{ $offer }» صحيحة؟
mail-fresh-body =
    مرحبًا { $organisation }

    تم تأكيد المعلومات عن «{ $offer }» آخر مرة في { $date } – قبل { $months } شهرًا.
    هل ما زالت صحيحة؟ إذن اضغط هنا ثم اضغط على الزر:
    { $link }

    إذا كان هناك شيء يجب تصحيحه، فيمكنك تسجيل الدخول وتعديل النشاط.
    إذا لم يؤكد أحد المعلومات، فسيُخرج النشاط من البحث عندما يصبح عمرها { $unlisted } شهرًا.
mail-moderation-approved-subject = تمت الموافقة على «{ $offer }»
mail-moderation-approved-body =
    مرحبًا

    تمت الموافقة على النشاط «{ $offer }»، ويمكن الآن العثور عليه في الدليل على Sammen { $municipality }.
    رسالة من المشرف: { $note }

    { $link }
mail-moderation-rejected-subject = لم تتم الموافقة على «{ $offer }»
mail-moderation-rejected-body =
    مرحبًا

    لم تتم الموافقة على النشاط «{ $offer }» في Sammen { $municipality }.
    السبب: { $note }

    إذا كانت لديك أسئلة، فردّ على البلدية على العنوان المذكور في { $link }
mail-moderation-changes-subject = يجب تعديل «{ $offer }» قبل الموافقة عليه
mail-moderation-changes-body =
    مرحبًا

    يطلب أحد المشرفين تعديلات على «{ $offer }»:
    { $note }

    عدّل النشاط وأرسله مرة أخرى هنا:
    { $link }

## تقويم المجموعات
calendar-title = تقويم المجموعات
calendar-lead = وجبات مشتركة، ومجموعات مؤقتة، وأيام أبواب مفتوحة، وفعاليات في البلدية. كثير منها يمكنك الحضور إليه مباشرة؛ وبعضها تسجّل فيه هنا – وحدك أو مع مجموعة، دون إنشاء حساب.
calendar-quick-label = اختيارات سريعة
calendar-quick-week = هذا الأسبوع
calendar-quick-weekend = عطلة نهاية هذا الأسبوع
calendar-filters = اختر ما تريد أن تراه
calendar-filter-all = الكل
calendar-filter-kind = النوع
calendar-filter-age = العمر
calendar-filter-town = المدينة
calendar-filter-free = المجاني فقط
calendar-filter-submit = اعرض
calendar-week-of = { $from } – { $to }
calendar-count = { $count ->
    [0] لا توجد فعاليات
    [zero] لا توجد فعاليات
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعاليةً
   *[other] { $count } فعالية
  }
calendar-empty = لا توجد فعاليات تناسب اختيارك. جرّب أسبوعًا آخر، أو اختر أشياء أقل.
calendar-weeks = الأسابيع
calendar-previous-week = الأسبوع السابق
calendar-next-week = الأسبوع التالي
calendar-subscribe = تابع التقويم
calendar-subscribe-text = أضف الفعاليات إلى تقويمك الخاص أو إلى قارئ الأخبار. تحمل الروابط معها الاختيارات التي قمت بها في الأعلى.
calendar-ics = اشترك في تقويمك (iCalendar)
calendar-rss = موجز الأخبار (RSS)
calendar-feed-name = تقويم المجموعات – { $municipality }
calendar-just-show-up = احضر فقط
calendar-signup-open = التسجيل مفتوح
calendar-full = ممتلئ – سجّل اسمك في قائمة الانتظار
calendar-seats-left = { $count ->
    [zero] لم يبقَ أي مكان
    [one] بقي مكان واحد
    [two] بقي مكانان
    [few] بقيت { $count } أماكن
    [many] بقي { $count } مكانًا
   *[other] بقي { $count } مكان
  }
calendar-cancelled = أُلغيت
calendar-cancelled-long = أُلغيت الفعالية في هذا اليوم.
calendar-moved = تغيّر الموعد في هذا اليوم.
calendar-error-date = اكتب التاريخ بصيغة dd.mm.åååå (يوم.شهر.سنة)، مثلًا 3.12.2026.
calendar-error-kind = اختر نوعًا من القائمة.
calendar-error-period = اختر هذا الأسبوع أو عطلة نهاية هذا الأسبوع.
calendar-error-id = لا نعرف هذا الرقم.
event-kind-spis-sammen = الأكل معًا
event-kind-pop-up = مؤقت (Pop-up)
event-kind-foreningsdag = يوم الجمعيات
event-kind-aabent-hus = يوم أبواب مفتوحة
event-kind-andet = فعالية
event-back = العودة إلى التقويم
event-organiser = المنظِّم
event-bring = أحضر معك
event-signup = التسجيل
event-signup-deadline = التسجيل قبل البداية بـ { $hours } ساعة على الأقل.
event-add-to-calendar = أضف إلى تقويمي (.ics)
event-other-dates = مواعيد أخرى
signup-intro = يكفي الاسم الأول. ستحصل على رابط خاص تستطيع منه رؤية تسجيلك أو إلغاءه.
signup-name = الاسم الأول
signup-name-hint = أو اسم الشخص البالغ المرافق لمجموعة.
signup-phone = الهاتف
signup-contact-needed = يحتاج المنظِّم إلى رقم هاتف أو بريد إلكتروني.
signup-contact-optional = اختياري.
signup-email = البريد الإلكتروني (اختياري)
signup-email-hint = عندها يصلك تأكيد وتذكير قبل الموعد بيوم.
signup-people = عدد الأشخاص
signup-people-hint = { $max } على الأكثر.
signup-group = أسجّل مجموعة أرافقها
signup-group-hint = مثلًا صفًا مدرسيًا أو فريقًا – أنت جهة الاتصال للمجموعة.
signup-group-note = أي مجموعة؟ (اختياري)
signup-group-note-hint = مثلًا «8.B من Asnæs Skole».
signup-group-label = المجموعة: { $note }
signup-submit = سجّل
signup-closed = التسجيل مغلق.
signup-over = انتهت الفعالية.
signup-error-name = اكتب اسمًا أول.
signup-error-phone = اكتب رقم الهاتف من 8 أرقام على الأقل، مثلًا 12 34 56 78.
signup-error-contact = يجب أن يتمكن المنظِّم من التواصل معك: اكتب رقم هاتف أو بريدًا إلكترونيًا.
signup-error-people = اكتب عددكم – عددًا صحيحًا من 1 حتى عدد الأماكن المتاحة.
signup-title = تسجيلك
signup-event = الفعالية
signup-status = الحالة
signup-status-confirmed = أنت مسجَّل
signup-status-waitlist = أنت في قائمة الانتظار
signup-status-cancelled = أُلغي التسجيل
signup-people-count = { $count ->
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
  }
signup-group-of = مجموعة عددها { $count }: { $note }
signup-confirmed-notice = أنت مسجَّل. احفظ رابط هذه الصفحة – يمكنك منها إلغاء تسجيلك.
signup-waitlist-notice = الأماكن ممتلئة، لذلك أنت في قائمة الانتظار. إذا ألغى أحد تسجيله، تنتقل إلى الأمام، وإذا كتبت بريدك الإلكتروني فستصلك رسالة.
signup-cancelled-notice = تم إلغاء تسجيلك. شكرًا لأنك أخبرتنا.
signup-keep-link = احفظ عنوان هذه الصفحة: إنه وصولك الخاص إلى تسجيلك.
signup-cancel = ألغِ التسجيل
signup-to-calendar = العودة إلى التقويم
signup-gone-title = التسجيل غير موجود
signup-gone-text = الرابط خاطئ، أو أن التسجيل قد حُذف (يحدث ذلك بعد 30 يومًا من الفعالية).

## المنظِّمون
event-new-title = فعالية جديدة
event-new-lead = تظهر الفعالية في التقويم بمجرد أن تحفظها.
event-edit-title = تعديل الفعالية
event-edit-lead = التعديلات تنطبق على كل المواعيد. إذا أردت إلغاء موعد واحد أو نقله، فافعل ذلك في صفحة الفعالية.
event-save = احفظ الفعالية
event-saved = تم حفظ الفعالية.
event-label-title = العنوان
event-hint-title = مثلًا «الأكل معًا في قاعة الاجتماعات».
event-label-kind = النوع
event-no-arena = بلا مجال محدد
event-label-place = المكان
event-hint-place = اختر مكانًا معروفًا، أو اختر مدينة في الأسفل.
event-no-place = لا يوجد مكان معروف
event-label-online = تقام عبر الإنترنت
event-label-date = التاريخ
event-hint-date = بصيغة dd.mm.åååå (يوم.شهر.سنة)، مثلًا 3.12.2026.
event-label-every = التكرار
event-every-0 = هذا اليوم فقط
event-every-1 = كل أسبوع
event-every-2 = كل أسبوعين
event-label-count = كم مرة؟ (اختياري)
event-hint-count = اترك الحقل فارغًا إذا كانت الفعالية مستمرة.
event-label-price = السعر بالكرونة
event-hint-price = 0 إذا كانت مجانية.
event-label-signup = هل يجب التسجيل؟
event-signup-yes = نعم، بالتسجيل
event-signup-no = لا، يمكن الحضور مباشرة
event-label-capacity = عدد الأماكن (اختياري)
event-hint-capacity = اترك الحقل فارغًا إذا لم يكن هناك حد. إذا امتلأت الأماكن، يُوضع الناس في قائمة الانتظار.
event-label-closes = يُغلق التسجيل (بالساعات قبل البداية)
event-hint-closes = مثلًا 24.
event-label-contact = نحتاج إلى رقم هاتف أو بريد إلكتروني من الذين يسجّلون
event-label-bring = أحضر معك (اختياري)
event-hint-bring = مثلًا «مزاج جيد – نحن نتكفّل بالطعام».
event-label-offer = تابع للنشاط (اختياري)
event-hint-offer = عندها تظهر الفعالية أيضًا مع النشاط.
event-no-offer = لا شيء
event-error-where = اختر مكانًا أو مدينة، أو ضع علامة عند «عبر الإنترنت».
event-error-count = اكتب عددًا صحيحًا من 1 إلى 104، أو اترك الحقل فارغًا.
event-error-capacity = اكتب عددًا صحيحًا، مثلًا 20، أو اترك الحقل فارغًا.
event-error-closes = اكتب عددًا صحيحًا من الساعات من 0 إلى 336.
event-error-message = اكتب رسالة (3000 حرف على الأكثر).
event-error-move = اكتب التاريخ الجديد بصيغة dd.mm.åååå والأوقات بصيغة tt.mm (ساعة.دقيقة)، مثلًا 9.30.
event-admin-public = اعرض الصفحة العامة
event-admin-dates = المواعيد
event-admin-participants = المسجَّلون
event-admin-total = عدد المسجَّلين: { $count }
event-admin-total-of = الأماكن المحجوزة: { $count } من { $capacity }
event-admin-none = لم يسجّل أحد بعد.
event-admin-waitlist = قائمة الانتظار
event-admin-csv = تنزيل القائمة (CSV)
event-admin-print = اطبع الصفحة للحصول على قائمة مشاركين ورقية.
event-admin-message = اكتب إلى الجميع
event-admin-message-label = الرسالة
event-admin-message-hint = تُرسل إلى كل المسجَّلين الذين لديهم بريد إلكتروني لهذا الموعد.
event-admin-message-send = أرسل الرسالة
event-message-sent = تم إرسال الرسالة.
event-admin-move = انقل هذا الموعد
event-admin-move-submit = انقل
event-moved-notice = تم نقل الموعد، وأُبلغ المسجَّلون.
event-admin-cancel = إلغاء
event-admin-cancel-text = سيُبلَّغ كل المسجَّلين الذين لديهم بريد إلكتروني.
event-admin-cancel-all = ألغِ كل المواعيد (الفعالية كلها)
event-admin-cancel-submit = ألغِ
event-cancelled-notice = تم الإلغاء، وأُبلغ المسجَّلون.

## رسائل عن الفعاليات
mail-event-online = عبر الإنترنت
mail-signup-confirmed-subject = أنت مسجَّل: { $event }
mail-signup-confirmed-body =
    مرحبًا

    أنت مسجَّل في «{ $event }» { $when }، { $where }.
    المنظِّم: { $organisation }

    يمكنك هنا رؤية تسجيلك أو إلغاؤه:
    { $link }
mail-signup-waitlist-subject = أنت في قائمة الانتظار: { $event }
mail-signup-waitlist-body =
    مرحبًا

    الأماكن ممتلئة في «{ $event }» { $when }، { $where }، لذلك أنت في قائمة الانتظار.
    إذا ألغى أحد تسجيله، تنتقل إلى الأمام، وعندها تصلك رسالة.

    يمكنك هنا رؤية تسجيلك أو إلغاؤه:
    { $link }
mail-signup-promoted-subject = حصلت على مكان: { $event }
mail-signup-promoted-body =
    مرحبًا

    أصبح هناك مكان متاح، وأنت الآن مسجَّل في «{ $event }» { $when }، { $where }.
    إذا لم تتمكن من الحضور، فألغِ تسجيلك عبر الرابط في رسالتك الأولى.

    { $link }
mail-reminder-subject = تذكير بموعد الغد: { $event }
mail-reminder-body =
    مرحبًا

    تذكير: «{ $event }» { $when }، { $where }.
    أحضر معك: { $bring }

    نتطلع إلى رؤيتك.
    { $organisation }
mail-event-message-subject = رسالة بخصوص { $event }
mail-event-message-body =
    مرحبًا

    رسالة من { $organisation } بخصوص «{ $event }» { $when }:

    { $message }
mail-event-cancelled-subject = أُلغيت: { $event } { $when }
mail-event-cancelled-body =
    مرحبًا

    للأسف أُلغيت الفعالية «{ $event }» { $when }.
    لا تحتاج إلى فعل أي شيء.

    { $organisation }
mail-event-cancelled-all-subject = أُلغيت: { $event }
mail-event-cancelled-all-body =
    مرحبًا

    للأسف أُلغيت الفعالية «{ $event }» – في كل المواعيد.
    لا تحتاج إلى فعل أي شيء.

    { $organisation }
mail-event-moved-subject = موعد جديد: { $event }
mail-event-moved-body =
    مرحبًا

    نُقلت الفعالية «{ $event }» { $when } إلى { $new }.
    إذا لم تتمكن من الحضور في الموعد الجديد، فألغِ تسجيلك عبر الرابط في رسالتك الأولى.

    { $organisation }
## Find dit fællesskab (the guide)
guide-title = ابحث عن مجموعتك
guide-intro = ستة أسئلة قصيرة، ثم نجد لك مجموعات تناسبك. يمكنك تخطّي كل الأسئلة. نحن لا نحفظ إجاباتك.
guide-progress = الخطوة { $step } من { $steps }
guide-next = التالي
guide-show = اعرض الاقتراحات
guide-skip = تخطَّ
guide-back = رجوع
guide-nothing-kept = إجاباتك موجودة فقط في شريط العنوان في متصفحك. نحن لا نحفظها ولا نستخدم ملفات تعريف الارتباط (cookies).
guide-q1 = لمن تبحث عن مجموعة؟
guide-who = المجموعة لـ
guide-who-me = لي أنا
guide-who-child = لطفلي
guide-age = العمر
guide-age-hint = اكتب العمر بالسنوات الكاملة، مثلًا 15 أو 75.
guide-q2 = أين تسكن؟
guide-town-hint = اختر البلدة التي تسكن فيها أو الأقرب إليك. أو اختر اللقاء عبر الهاتف أو عبر الإنترنت.
guide-town-choose = اختر البلدة
guide-town-remote = عبر الهاتف أو الإنترنت
guide-q3 = ماذا تحب؟
guide-likes-hint = اختر حتى ثلاثة أشياء.
guide-like-bevaege = الحركة (المشي، الجري، الرقص، لعب الكرة)
guide-like-skabe = صنع أشياء بيديك (الحياكة، الرسم، البناء)
guide-like-spise = تناول الطعام مع الآخرين
guide-like-natur = قضاء الوقت في الطبيعة
guide-like-laere = تعلّم شيء جديد
guide-like-hjaelpe = مساعدة الآخرين
guide-like-spil = الألعاب (الورق، ألعاب الطاولة، الكمبيوتر)
guide-like-musik = الموسيقى والغناء
guide-like-snak = الحديث وشرب القهوة
guide-interest-bevaege = الحركة
guide-interest-skabe = صنع الأشياء
guide-interest-spise = تناول الطعام معًا
guide-interest-natur = الطبيعة
guide-interest-laere = تعلّم شيء جديد
guide-interest-hjaelpe = مساعدة الآخرين
guide-interest-spil = الألعاب
guide-interest-musik = الموسيقى
guide-interest-snak = الحديث
guide-q4 = متى يناسبك؟
guide-when-hint = اختر كل ما يناسبك.
guide-when-hverdag = أيام الأسبوع خلال النهار
guide-when-aften = أيام الأسبوع في المساء
guide-when-weekend = في عطلة نهاية الأسبوع
guide-q5 = كيف تتنقّل؟
guide-transport-bil = بالسيارة
guide-transport-bus-tog = بالحافلة أو القطار
guide-transport-cykel = بالدراجة
guide-transport-gaa = مشيًا على الأقدام
guide-transport-lift = أحتاج إلى توصيلة
guide-q6 = هل تفضّل أن تشارك وحدك أم مع أحد؟
guide-company-alene = وحدي
guide-company-gruppe = مع مجموعة، مثلًا صفّ دراسي أو بعض الأصدقاء
guide-company-foelges = مع شخص يرافقني في المرة الأولى
guide-free-only = الأنشطة المجانية فقط
guide-error-who = اختر إن كانت المجموعة لك أنت أم لطفلك.
guide-error-age = اكتب العمر رقمًا بين 0 و110، مثلًا 15.
guide-error-child-age = اكتب عمر طفلك – رقمًا أقل من 18.
guide-error-town = اختر بلدة من القائمة، أو اختر الهاتف أو الإنترنت.
guide-error-choice = اختر إحدى الإجابات من القائمة.
guide-error-likes-max = اختر ثلاثة أشياء تحبها على الأكثر.
guide-error-answers = تعذّرت قراءة الإجابات الموجودة في الرابط. ابدأ الدليل من جديد.
guide-error-email-empty = اكتب عنوان البريد الإلكتروني الذي نرسل إليه القائمة.
guide-error-email = اكتب عنوان بريد إلكتروني مثل navn@eksempel.dk.
guide-results-title = اقتراحات لك
guide-summary = بناءً على إجاباتك: { $answers }.
guide-summary-nothing = لقد تخطّيت كل الأسئلة، لذلك هذه هي المجموعات التي يسهل الانضمام إليها أكثر من غيرها.
guide-summary-age = العمر { $age }
guide-summary-child-age = طفلك، وعمره { $age }
guide-summary-free = المجاني فقط
guide-edit = عدّل إجاباتك
guide-print = اطبع القائمة
guide-printed = طُبعت من «ابحث عن مجموعتك»
guide-kind-offer = مجموعة
guide-part-formiddag = قبل الظهر
guide-part-eftermiddag = بعد الظهر
guide-part-aften = مساءً
guide-at-clock = الساعة { $time }
guide-in-town = في { $town }
guide-by-phone = عبر الهاتف
guide-online = عبر الإنترنت
guide-reason-km = على بُعد { $km } كم منك
guide-reason-close = قريب منك
guide-reason-station = محطة قريبة من طرفَي الرحلة
guide-reason-free = مجاني
guide-reason-show-up = تعال فقط
guide-reason-newcomers = الجدد مرحَّب بهم
guide-reason-bring = يمكنك أن تُحضر أحدًا معك
guide-reason-ambassador = يمكن لسفير أن يرافقك
guide-few-title = لم نجد الكثير مما يناسبك تمامًا
guide-few-text = العيب ليس فيك – فقط لا توجد الآن أنشطة كثيرة تناسب كل إجاباتك. هذا أقرب ما لدينا. يمكنك أيضًا التحدث مع سفير أو الاتصال بأحد الخطوط أدناه.
guide-alternatives = أقرب ما لدينا
guide-ambassador-title = تحدّث مع سفير
guide-ambassador-text = يمكن للسفير أن يساعدك في العثور على مجموعة وأن يرافقك في المرة الأولى.
guide-ambassador-link = ابحث عن سفير
guide-send-title = أرسلوا القائمة إليّ
guide-email = بريدك الإلكتروني
guide-email-hint = نرسل القائمة مرة واحدة. يُحذف العنوان فور إرسال الرسالة.
guide-send = أرسل القائمة
guide-sent = القائمة في طريقها إلى بريدك الوارد. سنحذف عنوانك فور إرسال الرسالة.
guide-again = ابدأ من جديد
guide-mail-subject = اقتراحاتك من «ابحث عن مجموعتك»
guide-mail-intro = هذه هي المجموعات التي وجدتها باستخدام الدليل.
guide-mail-outro = لم نحفظ عنوانك ولا إجاباتك. وصلتك هذه الرسالة لأنك طلبتها بنفسك.
guide-reason-no-signup = لا حاجة للتسجيل

## Ambassadører
ambassadors-title = السفراء
ambassadors-intro = السفراء متطوعون وموظفون تدرّبوا على الحديث عن الوحدة. يمكنهم أن يتحدثوا معك – أو أن يرافقوك في أول مرة تجرّب فيها مجموعة. أنت تقرر كم تريد أن تحكي.
ambassadors-talk = تحدّث مع سفير
ambassadors-filter = اعرض السفراء
ambassadors-reset = إعادة الضبط
ambassadors-all = الكل
ambassadors-filter-group = الفئة المستهدفة
ambassadors-filter-town = البلدة
ambassadors-filter-setting = مكان العمل
ambassadors-filter-language = اللغة
ambassadors-count = { $count ->
    [zero] لا يوجد سفراء
    [one] سفير واحد
    [two] سفيران
    [few] { $count } سفراء
    [many] { $count } سفيرًا
   *[other] { $count } سفير
}
ambassadors-none = لا يوجد سفراء يناسبون ما اخترته. جرّب إزالة أحد عوامل التصفية – أو اكتب إلينا، وسنجد لك من يساعدك.
ambassadors-error-group = اختر فئة مستهدفة من القائمة.
ambassadors-error-town = اختر بلدة من القائمة.
ambassadors-error-setting = اختر مكانًا من القائمة.
ambassadors-error-language = اختر لغة من القائمة.
ambassador-groups = الفئات المستهدفة
ambassador-settings = يعمل في
ambassador-towns = البلدات
ambassador-languages = اللغات
ambassador-reachable = أوقات التواصل
ambassador-back = كل السفراء
ambassador-talk = تحدّث مع
ambassador-training = التدريب
ambassador-trained = { $count ->
    [zero] لم يُنهِ أي وحدة من تدريب السفراء بعد.
    [one] أنهى وحدة واحدة من تدريب السفراء.
    [two] أنهى وحدتين من تدريب السفراء.
    [few] أنهى { $count } وحدات من تدريب السفراء.
    [many] أنهى { $count } وحدةً من تدريب السفراء.
   *[other] أنهى { $count } وحدة من تدريب السفراء.
}
ambassador-in-training = يتلقّى تدريب السفراء حاليًا.
ambassador-certificate = اطّلع على شهادة التدريب
certificate-title = شهادة التدريب
certificate-caption = الوحدات المكتملة
certificate-module = الوحدة
certificate-date = تاريخ الإنهاء
certificate-duration = المدة
certificate-total = المجموع
certificate-hours = { $hours } ساعة
setting-skole = مدرسة
setting-dagtilbud = حضانة أو روضة أطفال
setting-arbejdsplads = مكان عمل
setting-plejecenter = دار رعاية
setting-bibliotek = مكتبة
setting-forening = جمعية أو نادٍ
setting-bussen = Den Glade Bus
setting-sundhedshus = مركز صحي
language-tr = التركية
language-so = الصومالية
language-fa = الفارسية
admin-tile-coverage-title = السفراء والتغطية
admin-tile-coverage-text = التدريب، والأماكن التي ينقصها سفير مدرَّب.
coverage-title = السفراء: التدريب والتغطية
coverage-intro = تَعُدّ الجداول السفراء المدرَّبين. الخانة التي فيها «لا أحد» تُظهر أين ينقص سفير.
coverage-overview = السفراء المدرَّبون حسب البلدة والفئة المستهدفة
coverage-detail = حسب البلدة والمكان لفئة مستهدفة واحدة
coverage-show = اعرض
coverage-town = البلدة
coverage-none = لا أحد
coverage-gaps = عدد الخانات التي ليس فيها سفير مدرَّب لفئة { $group }: { $count }.
coverage-modules = وحدات التدريب
coverage-people = السفراء
coverage-name = الاسم
coverage-completed = الوحدات المكتملة

## Tal med en ambassadør
ask-title = تحدّث مع سفير
ask-lead = اكتب إلينا، وسنجد سفيرًا يتحدث معك – أو يرافقك في أول مرة تجرّب فيها مجموعة. يمكنك أيضًا أن تكتب نيابةً عن شخص آخر.
ask-privacy = أنت تقرر كم تحكي. يمكنك أن تبقى مجهول الهوية تمامًا: عندها تقرأ الرد عبر رابط خاص. ما تكتبه لا يراه إلا السفير ومنسّقو البلدية، ويُحذف بعد نصف سنة من إغلاق الطلب.
ask-kind = ماذا تريد؟
ask-kind-talk = حديثًا مع سفير
ask-kind-accompany = أن يرافقني أحد في المرة الأولى
ask-asker = من يكتب؟
ask-asker-self = أكتب عن نفسي
ask-asker-relative = أنا من أقارب الشخص وأكتب نيابةً عنه
ask-asker-teacher = أنا معلّم أو مربٍّ وأكتب نيابةً عن طفل أو شاب
ask-asker-professional = أكتب بصفتي مختصًّا نيابةً عن مواطن
ask-consent = الشخص يعرف أنني أكتب، وهو موافق على ذلك
ask-consent-hint = ضع علامة هنا فقط إذا كنت تكتب نيابةً عن شخص آخر.
ask-about = ما الموضوع؟ (اختياري)
ask-about-hint = اكتب فقط ما تريد. يمكنك أيضًا ترك الحقل فارغًا.
ask-join = ما المجموعة أو الفعالية التي تريد أن يرافقك أحد إليها؟ (اختياري)
ask-join-hint = مثلًا «مجموعة المشي في Hørve» أو «الوجبة المشتركة في Asnæs».
ask-age = عمر الشخص المعني
ask-band-0-12 = أقل من 13 سنة
ask-band-13-17 = 13–17 سنة
ask-band-18-29 = 18–29 سنة
ask-band-30-64 = 30–64 سنة
ask-band-65-plus = 65 سنة أو أكثر
ask-not-given = لا أريد الإجابة
ask-town = البلدة
ask-language = اللغة
ask-ambassador = مع من تفضّل أن تتحدث؟
ask-ambassador-any = مع من يناسبني أكثر
ask-contact = كيف تريد أن يصلك الرد؟
ask-contact-hint = أيًّا كان اختيارك، ستحصل على رابط خاص تقرأ فيه الرد وتكتب ردّك.
ask-contact-telefon = اتصلوا بي
ask-contact-email = اكتبوا لي بالبريد الإلكتروني
ask-contact-anonym = دون ذكر هويتي تمامًا – أقرأ الرد عبر رابطي الخاص
ask-name = الاسم الأول (اختياري)
ask-name-hint = حتى يعرف السفير بماذا يناديك.
ask-phone = رقم الهاتف
ask-phone-hint = فقط إذا كنت تريد أن نتصل بك. مثلًا 12 34 56 78.
ask-email = عنوان البريد الإلكتروني
ask-email-hint = فقط إذا كنت تريد الرد بالبريد الإلكتروني.
ask-send = أرسل
ask-error-kind = اختر إن كنت تريد حديثًا، أم أن يرافقك أحد.
ask-error-asker = اختر من يكتب.
ask-error-consent = ضع علامة إذا كان الشخص يعرف أنك تكتب وهو موافق على ذلك. بدون ذلك لا يمكننا استقبال الطلب.
ask-error-choice = اختر إحدى الإجابات من القائمة.
ask-error-contact = اختر كيف تريد أن يصلك الرد.
ask-error-phone = اكتب رقم هاتف من 8 أرقام، مثلًا 12 34 56 78.
ask-error-email = اكتب عنوان بريد إلكتروني مثل navn@eksempel.dk.
ask-mail-subject = طلبك إلى سفير
ask-mail-body = شكرًا لأنك كتبت إلينا. سيرد عليك سفير في أقرب وقت ممكن.

    هذا رابطك الخاص، حيث يمكنك قراءة الرد والكتابة مرة أخرى:
    { $link }

    احتفظ بالرابط – كل من لديه الرابط يستطيع قراءة المحادثة.
ask-staff-mail-subject = طلب جديد بالانتظار
ask-staff-mail-body = وصل طلب جديد إلى سفير. سجّل الدخول لقراءته:
    { $link }
request-title = طلبك
request-created = شكرًا. تم إرسال طلبك.
request-keep-link = احفظ عنوان هذه الصفحة (مثلًا في المفضّلة) – فهو رابطك الخاص. هنا يمكنك قراءة الرد والكتابة مرة أخرى. كل من لديه الرابط يستطيع قراءة المحادثة.
request-status-new = استلمنا طلبك. سيرد سفير في أقرب وقت ممكن.
request-status-accepted = تولّى { $name } طلبك.
request-status-closed = تم إغلاق الطلب.
request-conversation = المحادثة
request-no-messages = لا توجد رسائل بعد.
request-you = أنت
request-person = الشخص الذي كتب
request-answer = اكتب ردًّا
request-send-answer = أرسل
request-answer-sent = تم إرسال رسالتك.
request-close = أغلق الطلب
request-close-hint = بعد إغلاق الطلب، يُحذف بعد نصف سنة.
request-closed-text = تم إغلاق الطلب وسيُحذف بعد نصف سنة. أهلًا بك دائمًا إن أردت أن تكتب مرة أخرى.
request-error-empty = اكتب رسالة.
request-error-closed = تم إغلاق الطلب.
request-error-date = اكتب التاريخ بصيغة سنة-شهر-يوم، مثلًا 2027-02-15.
request-error-scale = أجب عن الأسئلة الثلاثة كلها (وضع علامة الموافقة في المرة الأولى).
request-error-action = هذا الإجراء غير معروف لنا.
requests-title = الطلبات
requests-no-profile = حسابك غير مرتبط بملف سفير بعد. تواصل مع أحد المنسّقين.
requests-queue = بانتظار سفير
requests-queue-empty = لا توجد طلبات بالانتظار.
requests-all = كل الطلبات
requests-mine = طلباتك
requests-none = لا توجد طلبات.
requests-col-kind = الطلب
requests-col-created = تاريخ الاستلام
requests-col-status = الحالة
requests-col-ambassador = السفير
requests-col-follow-up = المتابعة
requests-back = كل الطلبات
request-queue = قائمة انتظار المنسّقين
request-state-new = جديد
request-state-accepted = تم تولّيه
request-state-closed = مغلق
request-staff-title = الطلب
request-consent = الشخص موافق
request-yes = نعم
request-no = لا
request-anonymous = مجهول الهوية – الرد عبر رابط خاص
request-accept = تولَّ الطلب
request-assign = أرسل إلى
request-assign-button = حوِّل الطلب
request-reply = الرد
request-reply-hint = يمكن قراءة الرد عبر الرابط الخاص بالشخص.
request-send-reply = أرسل الرد
request-notes = ملاحظاتك
request-notes-hint = لا يرى الملاحظات إلا أنت والمنسّقون – ولا يراها الشخص أبدًا.
request-note = ملاحظة جديدة
request-save-note = احفظ الملاحظة
request-follow-up = المتابعة
request-follow-up-date = تاريخ المتابعة
request-follow-up-hint = اكتب التاريخ بصيغة سنة-شهر-يوم، مثلًا 2027-02-15. اترك الحقل فارغًا لإزالته.
request-save-follow-up = احفظ التاريخ
request-scale = مقياس الوحدة (بموافقة الشخص فقط)
request-scale-hint = اسأل فقط إذا رغب الشخص في ذلك. المرة الأولى عند أول تواصل، ثم مرة أخرى بعد نحو ثلاثة أشهر. تُحفظ الإجابات بدون اسم ولا تُعرض إلا مجمّعة، عندما يكون 5 أشخاص على الأقل قد أجابوا.
request-scale-consent = الشخص موافق على الإجابة
request-scale-before = احفظ إجابات أول تواصل
request-scale-after = احفظ الإجابات بعد ثلاثة أشهر
request-close-title = الإغلاق
request-close-staff-hint = يُحذف الطلب المغلق بعد نصف سنة – مع رسائله وملاحظاته.
request-close-staff = أغلق الطلب
request-done-accepter = لقد تولّيت الطلب.
request-done-tildel = تم تحويل الطلب.
request-done-svar = تم إرسال ردّك.
request-done-note = تم حفظ الملاحظة.
request-done-opfoelgning = تم حفظ التاريخ.
request-done-skala-foer = تم حفظ الإجابات.
request-done-skala-efter = تم حفظ الإجابات بدون اسم.
request-done-luk = تم إغلاق الطلب.
request-reply-mail-subject = وصلك ردّ من سفير
request-reply-mail-body = وصل ردّ على طلبك. اقرأه عبر رابطك الخاص الموجود في رسالتنا الأولى.
outcomes-title = هل يفيد ذلك؟ (مقياس الوحدة)
outcomes-too-few = أقل من 10 أشخاص أجابوا مرتين – تظهر الأرقام فقط عندما يجيب 10 على الأقل.
outcomes-summary = عدد من أجابوا مرتين: { $count } (مقرَّبًا إلى أقرب 5). المتوسط عند أول تواصل: { $before }، وبعد ثلاثة أشهر: { $after } (3 = نادرًا ما يشعر بالوحدة، 9 = كثيرًا).
offer-accompany = هل تريد أن يرافقك أحد في المرة الأولى؟ اطلب من سفير أن يرافقك
amb-back = السفراء والتغطية
amb-new-title = سفير جديد
amb-new = أضف سفيرًا
amb-first-name = الاسم الأول
amb-first-name-hint = لا يظهر للعموم إلا الاسم الأول.
amb-about = كلمات قليلة عنك
amb-about-hint = مثلًا ما تحب أن تساعد فيه. 600 حرف على الأكثر.
amb-reachable = متى يمكن التواصل معك؟
amb-reachable-hint = مثلًا «أيام الأسبوع، الساعة 9–15».
amb-published = اعرض الملف للعموم
amb-published-hint = بدون علامة يكون الملف مخفيًا، مثلًا عندما تأخذ استراحة. لن تصلك طلبات جديدة خلال ذلك.
amb-account = الحساب (البريد الإلكتروني)
amb-account-hint = الحساب الذي يسجّل به السفير الدخول. سيحصل على دور «سفير». اترك الحقل فارغًا إن لم يكن هناك حساب بعد.
amb-save = احفظ
amb-saved = تم حفظ التغييرات.
amb-module = الوحدة
amb-completed-on = تاريخ الإنهاء
amb-completed-on-hint = اكتب التاريخ بصيغة سنة-شهر-يوم، مثلًا 2026-10-01.
amb-add-training = سجّل
amb-add-training-title = سجّل وحدة مكتملة
amb-error-name = اكتب الاسم الأول.
amb-error-groups = اختر فئة مستهدفة واحدة على الأقل.
amb-error-towns = اختر بلدة واحدة على الأقل.
amb-error-languages = اختر لغة واحدة على الأقل.
amb-error-account = لا يوجد حساب بهذا البريد الإلكتروني. ادعُ الشخص أولًا في قسم «الحسابات».
amb-error-date = اكتب التاريخ بصيغة سنة-شهر-يوم، مثلًا 2026-10-01.
amb-error-future = لا يجوز أن يكون التاريخ في المستقبل.
amb-module-new = وحدة تدريب جديدة
amb-module-add = أضف وحدة
amb-module-title = العنوان
amb-module-description = الوصف
amb-module-material = المواد
amb-module-material-hint = مثلًا «عرض تقديمي وبطاقات حوار».
amb-module-minutes = المدة بالدقائق
amb-module-minutes-hint = مثلًا 180.
amb-module-save = احفظ الوحدة
amb-module-saved = تم حفظ الوحدة.
amb-error-module-title = اكتب عنوانًا.
amb-error-minutes = اكتب المدة عددًا من الدقائق بين 1 و10000.
amb-own-title = ملفك كسفير
amb-own-lead = أنت تقرر ما يظهر في ملفك العام. بريدك الإلكتروني ورقم هاتفك لا يظهران أبدًا.
amb-own-link = عدّل ملفك كسفير
photo-title = الصورة (اختياري)
photo-choose = اختر صورة
photo-hint = JPEG أو PNG أو WebP، بحجم 512 KB على الأكثر. تظهر فقط ما دام الملف معروضًا للعموم.
photo-save = احفظ الصورة
photo-remove = احذف الصورة
photo-alt = صورة { $name }
photo-error-none = اختر صورة لحفظها.
photo-error-type = يجب أن تكون الصورة بصيغة JPEG أو PNG أو WebP.
photo-error-large = الصورة كبيرة جدًا. اختر صورة لا يزيد حجمها على 512 KB.
photo-saved = تم حفظ الصورة.
photo-removed = تم حذف الصورة.

## Den Glade Bus
bus-name = Den Glade Bus
bus-intro = تتجوّل Den Glade Bus («الحافلة السعيدة») في أنحاء البلدية وتتوقف في الساحات والمدارس والموانئ ودور الرعاية. عند كل محطة توجد قهوة وحديث وشيء نفعله معًا – تعال ببساطة، لا حاجة للتسجيل.
bus-paused = الحافلة متوقفة مؤقتًا: { $reason }.
bus-next = المحطات القادمة
bus-none = لا توجد محطات مخطط لها الآن.
bus-week = جدول مواعيد الأسبوع
bus-col-time = الوقت
bus-col-stop = المحطة
bus-col-what = ماذا يحدث
bus-stops = كل المحطات
bus-planners = في تطبيقات تخطيط الرحلات
bus-planners-text = جدول المواعيد متاح بصيغة GTFS، لكي تتمكن تطبيقات تخطيط الرحلات والخرائط من عرض الحافلة.
bus-gtfs = نزّل جدول المواعيد (GTFS)
bus-back = Den Glade Bus
bus-town = البلدة
bus-accessibility = إمكانية الوصول
bus-indoor = إذا كان الجو ماطرًا
bus-visitors = من يأتي عادةً
bus-coming = المرات القادمة التي تأتي فيها الحافلة
bus-add-calendar = أضف المحطة إلى تقويمك (.ics)
bus-activity-kaffe = قهوة
bus-activity-snak = حديث
bus-activity-spil = ألعاب
bus-activity-sygeplejerske = ممرّضة
bus-activity-biblioteksboeger = كتب من المكتبة
bus-activity-musik = موسيقى
bus-activity-bevaegelse = حركة

## Den Glade Bus, live: where it is now, the route map, the crew's page
bus-live-link = أين الحافلة الآن؟
bus-live-title = أين الحافلة الآن؟
bus-live-today = رحلة اليوم
bus-live-refresh = تحديث
bus-live-updated = آخر تحديث الساعة { $time }.
bus-live-col-planned = الموعد المخطط
bus-live-col-status = الحالة
bus-live-passed = غادرت
bus-live-here = متوقفة هنا الآن
bus-live-away = بعد { $minutes } دقيقة تقريبًا
bus-live-late = بعد { $minutes } دقيقة تقريبًا – متأخرة نحو { $delay } دقيقة
bus-live-no-tour = الحافلة لا تعمل اليوم.
bus-live-next = المرة القادمة: { $day } الساعة { $time } عند { $stop }.
bus-live-not-out = الحافلة ليست في الطريق الآن. الأوقات أدناه هي الخطة.
bus-live-done = انتهت رحلة اليوم.
bus-live-at = الحافلة متوقفة الآن عند { $stop }، حتى الساعة { $until } تقريبًا.
bus-live-towards = الحافلة في طريقها إلى { $stop }، ومن المتوقع وصولها الساعة { $time }.
bus-live-privacy = يأتي الموقع من هاتف الحافلة، فقط أثناء سيرها، ويُحفظ لمدة يومين.
bus-map-title = مسار الحافلة
bus-map-days = اختر يومًا
bus-map-caption = خريطة لمحطات الحافلة يوم { $day } بالترتيب. القائمة أسفل الخريطة فيها المحطات نفسها مع الأوقات.
bus-map-caption-today = خريطة لمحطات اليوم بالترتيب. يُظهر مربع أخضر مكان الحافلة أثناء سيرها.
bus-map-link = شاهد رحلة يوم { $day } على الخريطة
bus-map-no-tour = الحافلة لا تعمل في ذلك اليوم.
bus-map-bad-day = اختر يومًا من أيام الأسبوع من القائمة.
bus-bell-hint = هل تريد تنبيهًا عندما تقترب الحافلة من محطتك؟ اختر المحطة، واشترك في الجرس.
bus-crew-title = رحلة اليوم (طاقم الحافلة)
bus-crew-share-title = شارك موقع الحافلة
bus-crew-share = شارك الموقع
bus-crew-share-stop = أوقف المشاركة
bus-crew-waiting = بانتظار GPS …
bus-crew-denied = لم يُعطِ الهاتف موقعه. استخدم الأزرار عند المحطات بدلًا من ذلك.
bus-crew-stopped = توقفت المشاركة.
bus-crew-offline = تعذّر إرسال الموقع. سنحاول مرة أخرى بعد قليل.
bus-crew-noscript = مشاركة الموقع تحتاج إلى JavaScript. استخدم زرّي «وصلنا» و«ننطلق» عند المحطات.
bus-crew-last-fix = أُرسل الموقع الساعة { $time }.
bus-crew-arrived = وصلنا
bus-crew-left = ننطلق
bus-crew-arrived-done = تم تسجيل الوصول.
bus-crew-left-done = تم تسجيل المغادرة.
bus-crew-saved-arrived = تم الحفظ: وصلت الحافلة.
bus-crew-saved-left = تم الحفظ: انطلقت الحافلة.
bus-crew-bad-position = الموقع غير صالح (يجب أن يكون خط العرض وخط الطول أرقامًا).
bus-crew-bad-mark = الزر غير مرتبط بمحطة. ارجع وحاول مرة أخرى.
bus-crew-not-today = هذه المحطة ليست ضمن رحلة اليوم.
bus-crew-public = شاهد الصفحة العامة «أين الحافلة الآن؟»

## The bell
bell-title = احصل على تنبيه عندما تأتي الحافلة
bell-intro = نرسل إليك بريدًا إلكترونيًا عندما تكون الحافلة في طريقها إلى هذه المحطة، و/أو في اليوم السابق. لا تحتاج إلى إنشاء حساب؛ نحفظ فقط بريدك الإلكتروني والمحطة.
bell-email = بريدك الإلكتروني
bell-email-hint = ستصلك أولًا رسالة فيها رابط يجب أن تضغط عليه.
bell-lead = متى تريد التنبيه في اليوم نفسه؟
bell-lead-minutes = عندما تكون الحافلة على بُعد { $minutes ->
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } تقريبًا
bell-lead-none = ليس في اليوم نفسه
bell-day-before = وأيضًا في اليوم السابق (بعد الظهر)
bell-submit = اشترك في الجرس
bell-error-email-missing = اكتب بريدك الإلكتروني.
bell-error-email = اكتب بريدًا إلكترونيًا مثل navn@eksempel.dk.
bell-error-lead = اختر 10 أو 20 أو 30 دقيقة، أو «ليس في اليوم نفسه».
bell-error-nothing = اختر تنبيهًا واحدًا على الأقل: في اليوم نفسه أو في اليوم السابق.
bell-sent-title = افحص بريدك الإلكتروني
bell-sent-text = أرسلنا إليك رسالة. اضغط على الرابط الموجود فيها لتشغيل الجرس. إذا كان الجرس مفعّلًا لديك لهذه المحطة من قبل، فستحصل بدلًا من ذلك على رابط لتغييره أو إيقافه.
bell-sent-privacy = نحفظ فقط بريدك الإلكتروني والمحطة. إذا لم تؤكّد خلال أسبوع، نحذفهما.
bell-back-to-stop = العودة إلى المحطة
bell-manage-title = جرسك
bell-manage-stop = المحطة:
bell-manage-unconfirmed = لم يبدأ الجرس بعد. اضغط على الزر لتؤكّد أن البريد الإلكتروني لك.
bell-fact-address = يُرسل إلى { $address }
bell-confirm = شغّل الجرس
bell-unsubscribe = أوقف الجرس واحذف بريدي الإلكتروني
bell-manage = اعرض جرسك أو أوقفه
bell-confirmed-title = بدأ الجرس
bell-confirmed-text = ستصلك التنبيهات كما اخترت. في كل رسالة رابط يمكنك من خلاله إيقاف الجرس.
bell-stopped-title = توقف الجرس
bell-stopped-text = تم حذف بريدك الإلكتروني، ولن تصلك تنبيهات أخرى عن هذه المحطة.
bell-gone-title = الجرس لم يعد موجودًا
bell-gone-text = لقد أُوقف أو لم يُؤكَّد أبدًا. يمكنك الاشتراك مرة أخرى من صفحة المحطة.
mail-bell-confirm-subject = أكّد الجرس لمحطة { $stop }
mail-bell-confirm-body =
    مرحبًا

    طلب شخص ما (نأمل أن تكون أنت) تنبيهًا عندما تأتي Den Glade Bus إلى { $stop }.
    اضغط على الرابط لتشغيل الجرس:

    { $link }

    إذا لم تكن أنت، فلا تفعل شيئًا؛ وسنحذف العنوان بعد أسبوع.
mail-bell-again-subject = جرسك لمحطة { $stop }
mail-bell-again-body =
    مرحبًا

    الجرس مفعّل لديك من قبل لمحطة { $stop }. هنا يمكنك عرضه أو إيقافه:

    { $link }
mail-bell-near-subject = { $bus } على بُعد { $minutes ->
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } تقريبًا من { $stop }
mail-bell-near-body =
    مرحبًا

    { $bus } في الطريق، ومن المتوقع وصولها إلى { $stop } الساعة { $time } (بعد { $minutes } دقيقة تقريبًا).

    إذا كنت لا تريد تنبيهات أخرى: { $manage }
mail-bell-tomorrow-subject = { $bus } تأتي إلى { $stop } غدًا
mail-bell-tomorrow-body =
    مرحبًا

    { $bus } تأتي إلى { $stop } { $day }: { $times }.

    إذا كنت لا تريد تنبيهات أخرى: { $manage }

## The bus plan for staff
plan-title = خطة الحافلة
plan-settings = تبدأ الحافلة وتنتهي في { $where }؛ وقت العمل { $from }–{ $to }، ومتوسط السرعة { $speed } كم/س، وتستمر الوقفة { $stay } دقيقة على الأقل.
plan-published-summary = الخطة المنشورة: { $count } زيارة أسبوعيًا، نحو { $km } كم.
plan-draft-summary = المسودة: { $count } زيارة أسبوعيًا، نحو { $km } كم.
plan-see-published = اعرض جدول المواعيد المنشور
plan-findings-draft = مشكلات في المسودة
plan-findings-published = مشكلات في الخطة المنشورة
plan-no-findings = لا توجد مشكلات: كل المحطات ضمن فتراتها الزمنية، وهناك وقت كافٍ للقيادة بين المحطات، والرحلة ضمن وقت العمل.
plan-propose = احسب اقتراحًا باستخدام المخطِّط
plan-copy = عدّل الخطة المنشورة
plan-draft = المسودة
plan-draft-help = انقل زيارة إلى يوم آخر أو وقت آخر، أو عدّل مدة الوقفة (بالدقائق). تُفحص المسودة في كل مرة تحفظ فيها.
plan-col-day = اليوم
plan-col-arrive = الوصول (TT.MM)
plan-col-stay = الوقفة (دقيقة)
plan-save = احفظ
plan-publish = انشر المسودة
plan-discard = احذف المسودة
plan-crew-link = رحلة اليوم للطاقم
plan-saved-forslag = تم حفظ اقتراح المخطِّط كمسودة.
plan-saved-kladde = تم نسخ الخطة المنشورة إلى مسودة.
plan-saved-besoeg = تم حفظ الزيارة في المسودة.
plan-saved-udgivet = تم نشر المسودة. يعرضها الآن جدول المواعيد والتقاويم وملف GTFS.
plan-saved-kasseret = تم حذف المسودة.
plan-error-day = اختر يومًا من أيام الأسبوع.
plan-error-time = اكتب وقت الوصول بصيغة TT.MM، مثلًا 9.30.
plan-error-stay = اكتب مدة الوقفة بالدقائق، بين 5 و480.
plan-error-no-draft = لا توجد مسودة لنشرها. احسب اقتراحًا أو عدّل الخطة المنشورة أولًا.
plan-error-findings = لا يمكن نشر المسودة قبل إصلاح المشكلات أدناه.
plan-finding-window = { $day }: { $stop } الساعة { $time } خارج الفترة الزمنية للمحطة { $from }–{ $to }.
plan-finding-tight = { $day }: من { $from } إلى { $to } توجد { $gap } دقيقة، لكن القيادة تستغرق نحو { $drive } دقيقة.
plan-finding-hours = { $day }: تبدأ الرحلة من المستودع الساعة { $start } وتعود الساعة { $end } – خارج وقت العمل { $shiftstart }–{ $shiftend }.
plan-finding-day = { $day }: محطة { $stop } لا ترغب في زيارة في ذلك اليوم.
plan-finding-frequency = عدد زيارات { $stop } في الأسبوع { $visits }، لكن المطلوب { $wanted }.
plan-settings-link = عدّل يوم الحافلة
plan-settings-title = يوم الحافلة
plan-settings-lead = من أين تبدأ الحافلة وأين تنتهي، ووقت العمل، والسرعة، وأقصر مدة للوقفة. يستخدمها المخطِّط وفحص الخطة والأوقات المتوقعة في «أين الحافلة الآن؟». لا تتغير الخطة المنشورة؛ يُظهر الفحص ما لم يعد مناسبًا.
plan-settings-depot = المستودع (الاسم)
plan-settings-depot-hint = مثلًا «Asnæs». تنطلق الحافلة من المستودع صباحًا وتعود إليه بعد الظهر.
plan-settings-depot-hint-roads = مثلًا «Asnæs». لجدول الطرق (SAMMEN_BUS_MATRIX) مسافاته الخاصة إلى المستودع: إذا نقلت المستودع، يجب إعداد الجدول من جديد.
plan-settings-lat = خط عرض المستودع
plan-settings-lat-hint = بالدرجات العشرية، مثلًا 55,73785 و11,50780 (بفاصلة أو نقطة).
plan-settings-lon = خط طول المستودع
plan-settings-start = يبدأ وقت العمل (TT.MM)
plan-settings-hours-hint = مثلًا 9.00 و17.00. يجب أن تتمكن الرحلة من الانطلاق من المستودع والعودة إليه ضمن هذا الوقت.
plan-settings-end = ينتهي وقت العمل (TT.MM)
plan-settings-speed = متوسط السرعة (كم/س)
plan-settings-speed-hint = بين 10 و90. وقت القيادة هو المسافة في خط مستقيم × 1,3 بهذه السرعة.
plan-settings-speed-hint-roads = بين 10 و90. يأتي وقت القيادة بين المحطات من جدول الطرق؛ وتُستخدم السرعة للأوقات المتوقعة أثناء سير الحافلة.
plan-settings-stay = أقصر وقفة (بالدقائق)
plan-settings-stay-hint = بين 5 و240. يعطي المخطِّط كل محطة هذا الوقت على الأقل، ويُبلغ الفحص عن الوقفات الأقصر.
plan-settings-error-depot = اكتب اسم المستودع (80 حرفًا على الأكثر).
plan-settings-error-coordinates = اكتب خط العرض وخط الطول للمستودع بأرقام عشرية، مثلًا 55,73785 و11,50780.
plan-settings-error-far = يبعد المستودع أكثر من 50 كم عن كل محطات الحافلة. تحقّق من الإحداثيات – هل تم تبديل خط العرض وخط الطول؟
plan-settings-error-hours = اكتب وقت العمل بصيغة TT.MM، مثلًا 9.30؛ يجب أن ينتهي بعد أن يبدأ وألا يزيد على 14 ساعة.
plan-settings-error-speed = اكتب متوسط السرعة عددًا صحيحًا بين 10 و90 كم/س.
plan-settings-error-stay = اكتب أقصر وقفة عددًا صحيحًا من الدقائق بين 5 و240.
plan-saved-indstillinger = تم حفظ يوم الحافلة. الفحص أدناه يستخدمه الآن؛ احسب اقتراحًا جديدًا للتخطيط على أساسه.
plan-finding-stay = { $day }: الوقفة في { $stop } { $stay } دقيقة فقط، لكن يجب أن تستمر الوقفة { $minimum } دقيقة على الأقل.
bus-stop-new-link = أنشئ محطة جديدة
bus-stop-edit-link = عدّل المكان
bus-stop-new-title = محطة جديدة للحافلة
bus-stop-edit-title = المكان: { $stop }
bus-stop-lead = أين تتوقف الحافلة، وما يجب أن يعرفه الناس عن المكان. تعرض ذلك صفحة المحطة وجدول المواعيد وملف GTFS.
bus-stop-no-town = بلا بلدة
bus-stop-field-name = اسم المحطة
bus-stop-field-name-hint = مثلًا «Torvet» أو «Grevinge Skole». يظهر اسم البلدة بجانبه.
bus-stop-field-town = البلدة
bus-stop-field-lat = خط العرض
bus-stop-field-lon = خط الطول
bus-stop-field-access = إمكانية الوصول
bus-stop-field-indoor = إذا كان الجو ماطرًا
bus-stop-field-indoor-hint = أين يمكن البقاء في مكان مغلق، مثلًا «في القاعة المجاورة». 300 حرف على الأكثر.
bus-stop-field-visitors = من يأتي عادةً
bus-stop-field-visitors-hint = مثلًا «كبار السن من البلدة والآباء والأمهات مع أطفال صغار». 300 حرف على الأكثر.
bus-stop-error-name = اكتب اسم المحطة (80 حرفًا على الأكثر).
bus-stop-error-far = يبعد المكان أكثر من 25 كم عن بلدات البلدية. تحقّق من الإحداثيات – هل تم تبديل خط العرض وخط الطول؟
bus-stop-error-long = اكتب 300 حرف على الأكثر.
plan-saved-stop-ny = تم إنشاء المحطة. ستُزار مرة واحدة في الأسبوع في أحد أيام الأسبوع حتى تغيّر رغباتها؛ احسب اقتراحًا جديدًا لإدخالها في الخطة.
plan-saved-sted = تم حفظ المكان. يعرضه الآن جدول المواعيد وصفحة المحطة.
bus-pauses-title = فترات التوقف
bus-pauses-lead = أيام في كل سنة بدون الرحلات الثابتة، مثلًا شهر يوليو أو فترة عيد الميلاد. يمكن أن تمتد فترة التوقف عبر رأس السنة. يتخطّى جدول المواعيد وتقاويم المحطات والجرس وملف GTFS هذه الأيام فورًا؛ أما الرحلات الإضافية في تواريخ محددة فتبقى قائمة.
bus-pauses-none = لا توجد فترات توقف: الحافلة تعمل طوال السنة.
bus-pauses-link = عدّل فترات التوقف
bus-pauses-summary = { $count ->
    [0] لا توجد فترات توقف: الحافلة تعمل طوال السنة.
    [one] فترة توقف واحدة في السنة: { $list }.
    [two] فترتا توقف في السنة: { $list }.
    [few] { $count } فترات توقف في السنة: { $list }.
    [many] { $count } فترةَ توقف في السنة: { $list }.
   *[other] { $count } فترة توقف في السنة: { $list }.
}
bus-pauses-add = أضف فترة توقف
bus-pauses-from = من (اليوم.الشهر)، شاملًا
bus-pauses-day-hint = مثلًا 1.7 و31.7 لشهر يوليو، أو 23.12 و1.1 لفترة عيد الميلاد.
bus-pauses-to = حتى (اليوم.الشهر)، شاملًا
bus-pauses-reason = السبب
bus-pauses-reason-hint = يظهر في جدول المواعيد، مثلًا «العطلة الصيفية». 80 حرفًا على الأكثر.
bus-pauses-error-day = اكتب اليوم بصيغة اليوم.الشهر، مثلًا 1.7.
bus-pauses-error-reason = اكتب سبب توقف الحافلة (80 حرفًا على الأكثر).
bus-pauses-added = تمت إضافة فترة التوقف. يتخطّى جدول المواعيد هذه الأيام الآن.
bus-pauses-deleted = تم حذف فترة التوقف. تعود الحافلة للعمل في تلك الأيام.

## The bell by Web Push
bell-push-title = أو: تنبيه على هذا الهاتف أو الكمبيوتر
bell-push-intro = يمكن لمتصفحك أن يعرض التنبيه مباشرة، بدون بريد إلكتروني. نحفظ فقط عنوان المتصفح الخاص بالتنبيهات والمحطة. اختر في الأعلى متى تريد التنبيه.
bell-push-button = احصل على التنبيهات على هذا الجهاز
bell-push-waiting = نطلب الإذن من المتصفح …
bell-push-denied = رفض المتصفح أو لا يستطيع استقبال التنبيهات. استخدم البريد الإلكتروني بدلًا من ذلك.
bell-push-error = تعذّر استخدام اشتراك المتصفح. حاول مرة أخرى، أو استخدم البريد الإلكتروني.
bell-push-done = بدأ الجرس لمحطة { $stop } على هذا الجهاز.
push-bell-body = اضغط لترى أين الحافلة.
push-bell-stop = أوقف التنبيهات
bus-extras = رحلات إضافية في تواريخ محددة
plan-extras = رحلات إضافية في تواريخ محددة
plan-extras-help = مثلًا مهرجان البلدة أو يوم سبت في الصيف. تتم الزيارة الإضافية حتى خلال فترة التوقف، وتظهر فورًا في جدول المواعيد والتقويم وملف GTFS.
plan-col-stop = المحطة
plan-col-date = التاريخ
plan-extra-add = أضف زيارة إضافية
plan-extra-delete = احذف
plan-saved-ekstra = تم حفظ الزيارة الإضافية وهي تظهر الآن للعموم.
plan-saved-ekstra-slettet = تم حذف الزيارة الإضافية.
plan-error-stop = اختر محطة.
plan-error-date = اختر تاريخًا من اليوم وحتى سنة واحدة قادمة على الأكثر.
plan-error-matrix = جدول المسافات (SAMMEN_BUS_MATRIX) لا يحتوي على المحطة «{ $stop }». أضفها إلى الملف، أو أزل الإعداد لاستخدام المسافة في خط مستقيم.
plan-wishes = رغبات المحطات
plan-wishes-help = يستخدم المخطِّط هذا: كم مرة في الأسبوع، وفي أي أيام، وفي أي فترة زمنية، وكم من الوقت يجب أن تتوقف الحافلة.
plan-wish-per-week = { $count ->
    [zero] لا زيارات في الأسبوع
    [one] مرة واحدة في الأسبوع
    [two] مرتان في الأسبوع
    [few] { $count } مرات في الأسبوع
   *[other] { $count } مرة في الأسبوع
}
plan-wish-stay = { $min } دقيقة
plan-wish-title = رغبات { $stop }
plan-wish-field-per-week = الزيارات في الأسبوع (0–5)
plan-wish-field-per-week-hint = 0 يعني أن المحطة ليست ضمن الخطة حاليًا.
plan-wish-field-days = الأيام التي يمكن أن تأتي فيها الحافلة
plan-wish-field-from = أبكر وقت للوصول (TT.MM)
plan-wish-field-to = آخر وقت للوصول (TT.MM)
plan-wish-field-window-hint = مثلًا المدرسة 14.00–15.00. اترك الحقلين فارغين إذا كان الوقت لا يهم.
plan-wish-field-activities = ما يحدث عند المحطة
plan-saved-stop = تم حفظ رغبات المحطة. احسب اقتراحًا جديدًا لاستخدامها.
plan-error-per-week = اكتب رقمًا من 0 إلى 5.
plan-error-per-week-days = عدد الأيام المختارة أقل من عدد الزيارات في الأسبوع؛ يجب أن تكون كل زيارة في يوم مختلف.
plan-error-days = اختر يومًا واحدًا على الأقل.
plan-error-window = اكتب أبكر وقت وآخر وقت بصيغة TT.MM، مثلًا 9.30، على أن يكون الأبكر قبل الأخير – أو اترك الحقلين فارغين.

# Trust: abuse limits and unproven accounts
account-error-unproven = لم يتم تأكيد البريد الإلكتروني لهذا الحساب، لذلك لا يمكن إعطاؤه أدوارًا. ادعُ هذا العنوان في قسم «الحسابات»: سيحصل الشخص على رابط ويختار كلمة المرور بنفسه.
error-429-title = محاولات كثيرة جدًا
error-429-text = أُرسل من هنا عدد كبير جدًا من الطلبات في وقت قصير. حاول مرة أخرى بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }. إذا كان الأمر عاجلًا، فاتصل بنا.
form-error-too-fast = أُرسل النموذج قبل أن يكون هناك وقت لملئه. انتظر لحظة، ثم أرسله مرة أخرى.
form-error-honeypot = يجب أن يبقى الحقل «اترك هذا الحقل فارغًا» فارغًا.
bell-push-error-twice = استُخدمت هذه الصفحة للاشتراك من قبل. أعد تحميل الصفحة إذا أردت المحاولة مرة أخرى.

## rides
rides-ordered-by = طلبه
rides-admin-tile = رحلات مع سائقين متطوعين
rides-ask-link = لا تستطيع الوصول إلى هناك بنفسك؟ اطلب سائقًا متطوعًا
rides-title = اطلب رحلة مع سائق متطوع
rides-lead = يوصلك سائقون متطوعون إلى نشاط أو فعالية ويعيدونك إلى البيت – مرة واحدة أو كل أسبوع. الخدمة مجانية.
rides-privacy = نستخدم بياناتك للعثور على سائق. يحصل السائق على اسمك وعنوانك ورقم هاتفك. نحذفها بعد 30 يومًا من آخر رحلة.
rides-on-behalf = الشخص يعرف أنني أطلب الرحلة، ويرغب في التوصيل
rides-on-behalf-hint = أنت مسجّل الدخول وتطلب نيابةً عن شخص آخر – مثلًا بعد مكالمة هاتفية. سنسجّل أنك أنت من طلب.
rides-destination = إلى أين تريد الذهاب؟
rides-destination-hint = اسم النشاط أو الفعالية، ويُفضَّل العنوان أيضًا – مثلًا الجوقة في Asnæs Kulturhus
rides-name = الاسم
rides-phone = رقم الهاتف
rides-phone-hint = يتصل بك السائق إذا حدث شيء – مثلًا 12 34 56 78
rides-email = البريد الإلكتروني (إن وُجد)
rides-email-hint = عندها يصلك تأكيد ورابط للتغيير أو الإلغاء
rides-address = من أين نأخذك؟
rides-address-hint = الشارع ورقم البيت – مثلًا Storegade 12
rides-town = البلدة
rides-choose-town = اختر البلدة
rides-date = التاريخ الأول
rides-date-hint = مثلًا 8.12.2026
rides-repeat = كم مرة؟
rides-repeat-en = مرة واحدة
rides-repeat-hver-uge = كل أسبوع في اليوم نفسه
rides-weeks = كم أسبوعًا؟ (2–12)
rides-weeks-hint = فقط إذا كانت كل أسبوع – مثلًا 8
rides-weeks-hint-event = فقط إذا كانت كل أسبوع. نتبع تواريخ الفعالية نفسها.
rides-out = متى نأخذك؟
rides-out-hint = الساعة – مثلًا 13.30
rides-home = متى نأخذك لرحلة العودة؟
rides-home-hint = مثلًا 16.00. اترك الحقل فارغًا إذا كنت لا تحتاج إلى توصيل إلى البيت.
rides-note = معلومات مفيدة للسائق
rides-note-hint = مثلًا مشّاية، كرسي متحرك، صعوبة في صعود الدرج
rides-relative = قريب يصله تنبيه عندما نأخذك
rides-relative-hint = إن أردت: شخص يصله بريد إلكتروني عندما يأخذك السائق
rides-relative-email = البريد الإلكتروني للقريب
rides-send = اطلب الرحلة
rides-error-destination = اكتب إلى أين تريد الذهاب – مثلًا الجوقة في Asnæs Kulturhus.
rides-error-name = اكتب اسمك.
rides-error-phone = اكتب رقم هاتف من 8 أرقام على الأقل – مثلًا 12 34 56 78.
rides-error-email = اكتب البريد الإلكتروني بشكل يشبه navn@eksempel.dk – أو اترك الحقل فارغًا.
rides-error-address = اكتب الشارع ورقم البيت – مثلًا Storegade 12.
rides-error-town = اختر بلدة من القائمة.
rides-error-date = اكتب تاريخًا من اليوم وحتى سنة واحدة قادمة على الأكثر – مثلًا 8.12.2026.
rides-error-repeat = اختر إن كانت مرة واحدة أم كل أسبوع.
rides-error-weeks = اكتب عدد الأسابيع من 2 إلى 12.
rides-error-time = اكتب الوقت بصيغة TT.MM – مثلًا 13.30.
rides-error-home-after = يجب أن تكون رحلة العودة بعد وقت الأخذ – مثلًا 16.00.
rides-error-relative-email = اكتب البريد الإلكتروني للقريب بشكل يشبه navn@eksempel.dk.
rides-error-relative-name = اكتب اسم القريب.
rides-error-on-behalf = ضع علامة عندما يكون الشخص على علم ويرغب في التوصيل.
rides-error-no-event-date = ليس للفعالية تواريخ ابتداءً من ذلك التاريخ. اختر تاريخًا آخر.
rides-error-action = لم نفهم ذلك. حاول مرة أخرى من الصفحة.
rides-private-title = رحلتك
rides-created = شكرًا! تم إرسال طلبك.
rides-keep-link = احفظ هذه الصفحة (مثلًا في المفضّلة). هنا يمكنك عرض الرحلة وتغييرها وإلغاؤها. سنكتب إليك عندما نجد سائقًا.
rides-status-new = نبحث عن سائق.
rides-status-confirmed = سيوصلك { $name }.
rides-status-cancelled = أُلغيت الرحلة.
rides-dates = التواريخ
rides-date-cancelled = ملغاة
rides-cancel-date = ألغِ هذا اليوم
rides-cancel-all = ألغِ الرحلة كلها
rides-change-title = غيّر الأوقات أو الملاحظة
rides-change = احفظ التغييرات
rides-cancelled-text = أُلغيت الرحلة. يمكنك دائمًا طلب رحلة جديدة.
rides-no-return = بدون رحلة عودة
rides-done-aflyst = أُلغي هذا اليوم. تم إبلاغ السائق.
rides-done-aflyst-alt = أُلغيت الرحلة.
rides-done-aendret = تم حفظ التغييرات.
rides-desk-title = الرحلات
rides-ask-for-someone = اطلب رحلة لمواطن
rides-waiting = بانتظار سائق
rides-none-waiting = لا توجد طلبات بالانتظار.
rides-planned = الرحلات المخطط لها
rides-none-planned = لا توجد رحلات مخطط لها.
rides-driver = السائق
rides-no-dates = لا توجد تواريخ
rides-dates-from = { $first }، وعدد المرات الكلي { $count }
rides-mileage-title = بدل التنقل بالسيارة
rides-month = الشهر
rides-month-hint = ÅÅÅÅ-MM – مثلًا 2026-11
rides-mileage-download = نزّل ملف CSV
rides-ride-title = طلب رحلة
rides-back-desk = العودة إلى الرحلات
rides-state-new = بانتظار سائق
rides-state-confirmed = تم العثور على سائق
rides-state-cancelled = ملغاة
rides-km-per-date = كم لكل يوم (ذهابًا وإيابًا)
rides-day-link = قائمة اليوم
rides-proposals = سائقون مقترحون
rides-no-candidates = لا يوجد سائق يستطيع القيادة في كل التواريخ. اتصل بالسائقين، أو عدّل أيامهم وأوقاتهم في السجل.
rides-choose-driver = اختر السائق
rides-why-same-driver = أوصل الشخص من قبل
rides-why-same-village = يسكن في البلدة نفسها
rides-why-km = على بُعد { $km } كم
rides-confirm = أكّد السائق
rides-error-driver = اختر أحد السائقين المقترحين.
rides-drivers-title = السائقون المتطوعون
rides-drivers-lead = لا يُقترح السائقون إلا إذا كانت شهادة حسن السيرة والسلوك ورخصة القيادة والتأمين سارية. نرسل تذكيرًا قبل 30 يومًا من انتهاء صلاحية أي منها.
rides-no-drivers = لا يوجد سائقون بعد.
rides-driver-town = يسكن في
rides-driver-days = الأيام
rides-driver-hours = الأوقات
rides-vetting = الموافقة
rides-vetting-ok = كل شيء سليم
rides-vetting-record = شهادة حسن السيرة والسلوك غير موجودة أو قديمة جدًا
rides-vetting-licence = رخصة القيادة غير سارية
rides-vetting-insurance = التأمين غير ساري
rides-actions = الإجراءات
rides-driver-edit = عدّل
rides-driver-edit-title = عدّل بيانات السائق
rides-driver-add = سائق جديد
rides-driver-email = البريد الإلكتروني
rides-driver-from = يمكنه القيادة من الساعة
rides-driver-to = حتى الساعة
rides-driver-hours-hint = أول وقت لأخذ الركاب وآخر رحلة عودة – مثلًا 9.00 و17.00
rides-driver-areas = يأخذ الركاب من هذه البلدات
rides-driver-areas-hint = لا تختر شيئًا إذا كان السائق يقود في البلدية كلها.
rides-driver-record = تاريخ شهادة حسن السيرة والسلوك
rides-driver-record-hint = مثلًا 15.1.2026. تبقى سارية لمدة سنتين.
rides-driver-licence = رخصة القيادة سارية حتى
rides-driver-insurance = التأمين ساري حتى
rides-driver-date-hint = مثلًا 31.12.2030
rides-driver-active = نشط (يمكن اقتراحه)
rides-driver-save = احفظ السائق
rides-driver-saved = تم حفظ السائق.
rides-driver-inactive = غير نشط
rides-error-days = اختر يومًا واحدًا على الأقل.
rides-error-hours = اكتب وقتَي البداية والنهاية بصيغة TT.MM، مثلًا 9.00 و17.00، على أن تكون البداية قبل النهاية.
rides-error-vetting-date = اكتب تاريخًا – مثلًا 15.1.2026 – أو اترك الحقل فارغًا.
rides-day-title = قائمة اليوم
rides-day-previous = اليوم السابق
rides-day-next = اليوم التالي
rides-day-empty = لا توجد رحلات في هذا اليوم.
rides-day-time = الساعة
rides-day-what = الرحلة
rides-day-who = من
rides-day-from = من
rides-day-to = إلى
rides-day-out = ذهاب
rides-day-home = عودة
rides-day-km = المسافة الإجمالية
rides-day-print = اطبع الصفحة وخذها معك في السيارة.
rides-lift-link = هل أنت ذاهب على أي حال؟ اعرض توصيلة على شخص لا يستطيع الوصول بنفسه
rides-lift-title = اعرض توصيلة
rides-lift-lead = هل أنت ذاهب على أي حال؟ اكتب كم مقعدًا لديك. سيرسل إليك المنسّق بريدًا إلكترونيًا بمن يمكنك أخذه معك – ولا يرى ذلك أحد غيرك.
rides-lift-seats = المقاعد المتاحة
rides-lift-seats-hint = من 1 إلى 8
rides-lift-from = تنطلق من
rides-lift-note = معلومات مفيدة
rides-lift-note-hint = مثلًا «أنطلق من كنيسة Asnæs الساعة 18.30»
rides-lift-send = اعرض المقاعد
rides-lift-thanks = شكرًا! سيكتب إليك المنسّق إذا كان هناك من يمكنه الركوب معك.
rides-lift-yours = عدد المقاعد التي عرضتها: { $seats }؛ المحجوز منها: { $taken }.
rides-error-seats = اكتب عدد المقاعد من 1 إلى 8.
rides-lifts = توصيلة مع شخص ذاهب على أي حال
rides-choose-lift = اختر توصيلة
rides-connect-lift = اربط بينهما
rides-lift-free = المقاعد المتاحة: { $free }
rides-lift-from-town = ينطلق من { $town }
rides-lift-connected = توصيلة مع شخص ذاهب على أي حال
rides-error-lift = اختر إحدى التوصيلات التي فيها مقعد متاح.
rides-status-lift = ستحصل على توصيلة مع شخص ذاهب على أي حال. أرسلنا إليك بريدًا إلكترونيًا.

## transport
transport-heading = كيف تصل إلى هناك
transport-back = العودة إلى
transport-from = من أين تأتي؟
transport-from-town = من
transport-show = اعرض الرحلة
transport-next = المرة القادمة: { $when }
transport-error-town = اختر بلدة من القائمة
transport-mode-train = قطار
transport-mode-bus = حافلة
transport-mode-glade-bus = Den Glade Bus
transport-mode-other = خط
transport-ride = { $mode } من { $from } { $time }
transport-change = تبديل في { $stop }
transport-arrive = الوصول { $time }
transport-walk-min = { $minutes } دقيقة مشيًا
transport-last-home = آخر رحلة إلى البيت { $time }
transport-step-walk-to = امشِ من البيت { $time }: { $minutes } دقيقة إلى { $stop }
transport-step-ride = { $depart } { $what } من { $from } إلى { $to }، الوصول { $arrive }
transport-step-walk-from = امشِ { $minutes } دقيقة، الوصول { $time }
transport-step-walk-to-stop = امشِ { $time }: { $minutes } دقيقة إلى { $stop }
transport-step-walk-home = امشِ { $minutes } دقيقة، الوصول إلى البيت { $time }
transport-there = الذهاب
transport-home = العودة إلى البيت
transport-home-first = أول رحلة إلى البيت
transport-home-last = آخر رحلة إلى البيت
transport-walk = يمكنك الذهاب مشيًا: نحو { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}.
transport-none = لم نجد حافلة أو قطارًا من { $town } يصل في الوقت المحدد. انظر إلى الطرق الأخرى أدناه.
transport-none-home = لم نجد حافلة أو قطارًا للعودة إلى البيت بعد الساعة { $time }.
transport-no-timetable = ليس لدينا جدول مواعيد للحافلات والقطارات بعد.
transport-no-date = لا يوجد تاريخ قادم، لذلك لا يمكننا البحث عن حافلة أو قطار.
transport-other-ways = طرق أخرى للوصول إلى هناك
transport-flextur-price = Flextur (رحلة تُحجز من الباب إلى الباب): نحو { $kr } كرونة مقابل { $km } كم.
transport-flextur-book-hours = احجز قبل { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } على الأقل عبر
transport-flextur-book-minutes = احجز قبل { $minutes } دقيقة على الأقل عبر
transport-glade-bus = Den Glade Bus تأتي إلى كثير من القرى
transport-ambassador = احصل على مرافق في المرة الأولى
transport-invented = بيانات تجريبية: جدول المواعيد في النسخة التجريبية فيه أوقات مختلَقة. استخدم Rejseplanen للرحلات الحقيقية.
transport-bus-stop-link = الحافلات والقطارات من بلدتك إلى الزيارة القادمة والعودة إلى البيت
transport-offer-link = اختر من أين تأتي، وشاهد الحافلات والقطارات إلى هناك والعودة إلى البيت.
transport-guide-reason = تصل الحافلة أو القطار في الوقت المحدد
transport-print-none = لا توجد حافلة أو قطار في الوقت المحدد من { $town }: استخدم Flextur أو Den Glade Bus.

## posters (issue 19)
posters-back = العودة إلى الصفحة
posters-print-hint = اطبع الصفحة لتحصل على الملصق على صفحة A4 واحدة.
posters-welcome = الجميع مرحَّب بهم – تعال كما أنت.
posters-scan = امسح الرمز، أو ادخل إلى
posters-qr-label = رمز QR لـ { $url }
posters-online = عبر الإنترنت
posters-free = مجاني
posters-price = السعر: { $kr } كرونة.
posters-bus-title = Den Glade Bus تأتي إلى { $stop }
posters-bus-text = تعال لتشرب القهوة وتتحدث وتشارك في نشاط مع الآخرين. الأمر مجاني، ولا حاجة للتسجيل.
posters-link = ملصق للوحة الإعلانات

## stories (issue 19)
stories-admin-tile-title = القصص
stories-admin-tile-text = اقرأ قصص المواطنين عن الوحدة، وحرّرها، وانشرها.
stories-share-title = احكِ قصتك
stories-share-lead = هل شعرت بالوحدة – ثم وجدت مجموعة؟ قد تساعد قصتك الآخرين على الحديث عن ذلك.
stories-share-privacy = أنت مجهول الهوية. لا تكتب أسماء أو أماكن قد تكشف من أنت. يقرأ محرّر القصة قبل عرضها، ويمكنه حذف ما قد يكشف هويتك. ستحصل على رابط خاص يمكنك به سحب قصتك في أي وقت.
stories-share-link = احكِ قصتك أنت
stories-body = قصتك
stories-body-hint = 40 حرفًا على الأقل و3.000 حرف على الأكثر. اترك سطرًا فارغًا بين الفقرات.
stories-signature = من أنت؟ (اختياري)
stories-signature-hint = مثلًا «امرأة، 70 سنة». اترك الحقل فارغًا لتبقى مجهول الهوية تمامًا.
stories-arena = في أي مجال من الحياة؟
stories-age = العمر
stories-situation = الوضع في الحياة
stories-tag-none = لا أريد أن أقول
stories-arena-home = البيت والحي
stories-arena-school = المدرسة والتعليم
stories-arena-leisure = وقت الفراغ والجمعيات
stories-arena-work = العمل
stories-arena-health = الصحة
stories-age-0-12 = 0–12 سنة
stories-age-13-17 = 13–17 سنة
stories-age-18-29 = 18–29 سنة
stories-age-30-64 = 30–64 سنة
stories-age-65plus = 65 سنة أو أكبر
stories-situation-flytning = الانتقال إلى سكن جديد
stories-situation-skoleskift = تغيير المدرسة
stories-situation-enke = الترمّل
stories-situation-ledighed = البطالة
stories-situation-sygdom = المرض
stories-consent = أسمح للبلدية بعرض قصتي على Sammen – بدون اسمي
stories-consent-hint = يمكنك دائمًا سحبها عبر رابطك الخاص.
stories-send = أرسل القصة
stories-done-shared = شكرًا على قصتك. احفظ رابط هذه الصفحة: فهو الطريقة الوحيدة لرؤيتها وسحبها.
stories-private-title = قصتك
stories-private-sent = ما كتبته
stories-private-public = كيف ستُعرض
stories-status-new = لم يقرأها المحرّر بعد. لن تُعرض قبل ذلك.
stories-status-published = تُعرض في قسم «القصص».
stories-status-rejected = اختار المحرّر ألا يعرضها. تم حذف النص.
stories-status-withdrawn = لقد سحبت القصة. تم حذف النص.
stories-withdraw-heading = اسحب القصة
stories-withdraw-text = عندها يُحذف النص فورًا ولا يُعرض في أي مكان.
stories-withdraw = اسحب واحذف
stories-voices-title = القصص
stories-voices-intro = أناس من البلدية يحكون عن الشعور بالوحدة – وعن العثور على من يؤنسهم. لست وحدك في هذا.
stories-voices-link = اقرأ قصص الآخرين
stories-voices-heading = آخرون يحكون
stories-all = الكل
stories-filter = اعرض
stories-none = لا توجد قصص بعد.
stories-anonymous = مجهول الهوية
stories-error-body = اكتب قصتك في 40 إلى 3.000 حرف
stories-error-signature = اكتب 60 حرفًا على الأكثر عن هويتك
stories-error-tag = اختر من القائمة
stories-error-consent = ضع علامة إذا كنت تسمح لنا بعرض القصة – وإلا فلن نحفظها
stories-error-action = اختر ماذا تريد أن تفعل بالقصة
stories-error-withdrawn = سُحبت القصة في هذه الأثناء ولن تُعرض
stories-desk-title = القصص
stories-desk-intro = القصص الجديدة في الأعلى. احذف الأسماء والأماكن التي قد تكشف هوية الشخص قبل النشر.
stories-desk-none = لا توجد قصص.
stories-desk-when = تاريخ الاستلام
stories-desk-status = الحالة
stories-desk-start = البداية
stories-desk-new = بانتظار المحرّر
stories-desk-story = قصة
stories-desk-back = العودة إلى القصص
stories-desk-to-publish = ما سيُعرض
stories-desk-body = النص المعروض
stories-desk-body-hint = احذف الأسماء والأماكن وأي شيء آخر قد يكشف هوية الشخص.
stories-desk-publish = انشر
stories-desk-reject = ارفض واحذف

## pages (issue 19): pages staff write
pages-guides-intro = هل تريد أن تسأل بنفسك شخصًا تقلق عليه؟
pages-guide-ask = كيف تسأل
pages-guide-tells = إذا أخبرك أحد بذلك
pages-menu = اقرأ أيضًا
pages-admin-tile-title = الصفحات
pages-admin-tile-text = اكتب الصفحات عن الوحدة وانشرها، مع مقياس لوضوح اللغة.
pages-list-title = الصفحات
pages-list-intro = الصفحات عن الوحدة التي يقرؤها المواطنون. تُحفظ كل نسخة تحفظها، ويمكنك دائمًا استعادة نسخة قديمة.
pages-none = لا توجد صفحات بعد.
pages-new = صفحة جديدة
pages-edit = حرّر الصفحة { $slug }
pages-back = العودة إلى الصفحات
pages-state = الحالة
pages-state-draft = مسودة – غير منشورة
pages-state-changed = منشورة – وهناك مسودة أحدث بالانتظار
pages-state-published = منشورة
pages-address = عنوان الرابط
pages-slug = عنوان الرابط
pages-slug-hint = حروف لاتينية صغيرة وأرقام وشَرطات، مثلًا om-ensomhed. يمكن قراءة الصفحة على /side/ يليها العنوان.
pages-lang = اللغة
pages-audience = مكتوبة لـ
pages-audience-borgere = المواطنين (LIX 35 على الأكثر)
pages-audience-unge = الشباب (LIX 25 على الأكثر)
pages-title = عنوان الصفحة
pages-body = النص
pages-body-hint = اكتب بصيغة Markdown: ## لعنوان فرعي، و- لنقطة في قائمة، و[كلمة](/عنوان) لرابط.
pages-markdown-help = تُعرض لغة HTML والصور والروابط إلى غير https والبريد الإلكتروني والهاتف كنص عادي.
pages-create = أنشئ مسودة
pages-preview = اعرض المعاينة
pages-save-draft = احفظ كمسودة
pages-publish = انشر
pages-restore = استعِد هذه النسخة
pages-previewing = معاينة – لم يُحفظ شيء بعد.
pages-done-gemt = تم حفظ المسودة. لن يراها المواطنون إلا بعد أن تنشرها.
pages-done-udgivet = تم نشر الصفحة.
pages-done-gendannet = استُعيدت النسخة القديمة كمسودة جديدة. انشرها عندما تكون جاهزة.
pages-see-public = اعرض الصفحة كما يراها المواطنون
pages-meter = وضوح اللغة
pages-lix-goal = الهدف { $goal } على الأكثر
pages-lix-over = النص صعب جدًا: اكتب جملًا أقصر وكلمات أقصر.
pages-lix-counts = عدد الكلمات: { $words }، عدد الجمل: { $sentences }، الكلمات الطويلة (أكثر من 6 أحرف): { $long }.
pages-very-long = كلمات طويلة جدًا
pages-passive = صيغة مبني للمجهول محتملة
pages-preview-heading = هكذا يبدو النص
pages-versions = النسخ المحفوظة
pages-saved = تاريخ الحفظ
pages-by = بواسطة
pages-author-none = النظام
pages-updated = آخر تحديث { $when }.
pages-error-slug = اكتب عنوانًا من 2–60 حرفًا لاتينيًا صغيرًا وأرقامًا وشَرطات
pages-error-slug-taken = توجد من قبل صفحة بهذا العنوان بهذه اللغة
pages-error-lang = اختر الدنماركية أو الإنجليزية
pages-error-audience = اختر لمن كُتبت الصفحة
pages-error-title = اكتب عنوانًا لا يزيد على 120 حرفًا
pages-error-body = اكتب نصًا لا يزيد على 40.000 حرف
pages-error-action = اختر إن كنت تريد المعاينة أو الحفظ أو النشر
pages-error-version = هذه النسخة غير موجودة لهذه الصفحة
## figures
outcomes-better = عدد من سجّلوا درجة أقل في المرة الثانية: { $better } (مقرَّبًا إلى أقرب 5).
outcomes-better-hidden = لا يُعرض عدد من سجّلوا درجة أقل في المرة الثانية: العدد أقل من 10، أو يمكن حسابه من الأرقام الأخرى.
figures-title = أرقام عن الوحدة
figures-lead = كم شخصًا يشعر بالوحدة في { $municipality } وفي الدنمارك كلها – والطريق إلى هدف الاستراتيجية الوطنية «معًا ضد الوحدة» (Sammen mod ensomhed، 2023): أن ينخفض عدد من يعانون من وحدة شديدة إلى النصف بحلول 2040.
figures-disclosure = لا تُعرض أبدًا أرقام عن أشخاص إذا كان عددهم أقل من 10، وتُقرَّب الأعداد إلى أقرب 5.
figures-download = الأرقام التي تستند إليها الرسوم البيانية:
figures-series-nation = الدنمارك كلها
figures-series-path = الطريق إلى النصف في 2040
figures-in-year = { $share } % في { $year }
figures-path = نقطة البداية ({ $area }، { $year }): { $baseline } %. الهدف في 2040: { $target } %. آخر قياس ({ $nowyear }): { $now } % – وعلى طريق مستقيم نحو الهدف كان يجب أن يكون { $onpath } %.
figures-no-municipality = لم تُدخل { $municipality } أرقامها الخاصة لهذا المؤشر بعد. نحن لا نعرض أبدًا أرقامًا مختلَقة.
figures-table-caption = { $indicator }: النسبة المئوية (فترة الثقة 95 % بين قوسين)
figures-col-year = السنة
figures-interval = تُظهر فترة الثقة مدى دقة الرقم: تقع النسبة الحقيقية داخلها بثقة 95 %. «–» تعني أنه لا يوجد رقم.
figures-none = لا توجد أرقام لهذا المؤشر بعد.
figures-method = كيف تم القياس
figures-cannot = ما لا يستطيع الرقم قوله
figures-sources = المصادر
figures-ind-svaert-ensom-name = وحدة شديدة، من عمر 16 سنة فأكثر
figures-ind-svaert-ensom-method = نسبة من يحصلون على 7–9 نقاط في مقياس الوحدة المكوَّن من ثلاثة أسئلة (3–9 نقاط) في Sundhedsprofilen (المسح الصحي الدنماركي): استبيان يُجرى كل أربع سنوات على عيّنة عشوائية من البالغين، وتُرجَّح الإجابات لتشبه تركيبة السكان.
figures-ind-svaert-ensom-limits = لا يقول الرقم من هم الذين يشعرون بالوحدة، ولا لماذا، ولا منذ متى. يصدر كل أربع سنوات فقط، لذلك لا يُظهر ما يحدث بين ذلك، وقد تكون الفروق الصغيرة صدفة (انظر فترة الثقة). إجابات الاختبار الذاتي في هذا الموقع ليست استبيانًا: من يجيبون اختاروا ذلك بأنفسهم.
figures-ind-ofte-uoensket-alene-name = يكونون وحدهم كثيرًا دون رغبتهم، من عمر 16 سنة فأكثر
figures-ind-ofte-uoensket-alene-method = نسبة من يجيبون في Sundhedsprofilen بأنهم يكونون وحدهم كثيرًا دون رغبتهم.
figures-ind-ofte-uoensket-alene-limits = أن تكون وحدك ليس مثل أن تشعر بالوحدة. لا يقول الرقم لماذا ولا منذ متى، وقد تكون الفروق الصغيرة صدفة.
figures-admin-title = استورد أرقامًا من Sundhedsprofilen
figures-admin-lead = الصق الأرقام المنشورة من Sundhedsprofilen (danskernessundhed.dk) بصيغة CSV. يُستورد الملف كاملًا أو لا يُستورد شيء منه: إذا وُجد خطأ، يظهر السطر في رسالة الخطأ ولا يُحفظ شيء. الرقم الذي له السنة والمؤشر والتقسيم نفسها يحل محل الرقم القديم. الأرقام غير المتوفرة لدى البلدية اتركها ببساطة.
figures-admin-area = أرقام من هذه؟
figures-admin-area-kommune = أرقام البلدية الخاصة ({ $municipality })
figures-admin-area-land = أرقام الدنمارك كلها
figures-admin-csv = الأرقام بصيغة CSV
figures-admin-csv-hint = السطر الأول: { $columns }. المؤشرات المعروفة: { $list }. النسبة وفترة الثقة بالنسبة المئوية (12,4 أو 12.4)؛ يمكن أن يبقى العدد والفترة فارغين؛ ويجب ذكر المصدر دائمًا.
figures-admin-submit = استورد الأرقام
figures-admin-done = عدد الأرقام التي تم استيرادها: { $count }.
figures-admin-empty = الصق الأرقام بصيغة CSV.
figures-admin-too-long = الملف طويل جدًا بالنسبة للنموذج: استخدم الأمر sammen import figures.
figures-admin-no-area = اختر إن كانت أرقام البلدية أم أرقام الدنمارك كلها.
figures-admin-public = اعرض الصفحة العامة للأرقام
figures-selfcheck-title = إجابات الاختبار الذاتي في هذا الموقع
figures-selfcheck-lead = عندما يُجري أحدهم الاختبار الذاتي «كيف حالك؟» ويضع علامة عند «احسب إجابتي دون ذكر هويتي»، تُحتسب إجابته هنا: لكل شهر، حسب عدد المرات التي يشعر فيها بالوحدة.
figures-selfcheck-limits = هذا ليس استبيانًا: من يجيبون اختاروا ذلك بأنفسهم، ويمكن للشخص نفسه أن يجيب عدة مرات. لا يمكن مقارنة الأرقام بأرقام Sundhedsprofilen. لا تُعرض الأعداد الأقل من 10 («مخفي»)، وتُقرَّب الأعداد الأخرى إلى أقرب 5، ويُخفى رقم إضافي إذا كان يمكن حساب رقم مخفي من المجموع.
figures-selfcheck-caption = الإجابات لكل شهر حسب النقاط في مقياس الوحدة (العدد، مقرَّبًا إلى أقرب 5)
figures-selfcheck-month = الشهر
figures-selfcheck-seldom = نادرًا ما يشعر بالوحدة (3–4)
figures-selfcheck-sometimes = أحيانًا (5–6)
figures-selfcheck-often = كثيرًا (7–9)
figures-selfcheck-total = المجموع
figures-selfcheck-none = لم يُحتسب أي جواب بعد.
figures-selfcheck-csv = الجدول بصيغة CSV
figures-hidden = مخفي
figures-outcomes-title = محادثات مع سفير: قبل وبعد
figures-outcomes-lead = بعد أن يتحدث سفير مع شخص ما، يمكن لهذا الشخص – إن أراد – أن يجيب عن مقياس الوحدة عند أول تواصل، ثم مرة أخرى بعد نحو ثلاثة أشهر. يُحفظ زوج الإجابات بدون اسم وبدون ربط بالمحادثة.
figures-outcomes-limits = لا يُحتسب إلا من وافقوا بأنفسهم على الإجابة مرتين، ولا توجد مجموعة للمقارنة: قد يكون للتغيّر أسباب كثيرة.
figures-admin-stored = الأرقام المحفوظة
figures-admin-none = لم تُستورد أي أرقام بعد.
figures-admin-stored-caption = كل الأرقام بكل التقسيمات (بما فيها أرقام الدنمارك المدمجة)
figures-admin-col-indicator = المؤشر
figures-admin-col-area = المنطقة
figures-admin-col-breakdown = التقسيم
figures-admin-col-share = النسبة (فترة الثقة 95 %)
figures-admin-col-count = العدد (مقرَّبًا إلى أقرب 5)
figures-directory-title = الدليل: الأنشطة ومدى حداثة معلوماتها
figures-freshness = { $fresh } من أصل { $count } نشاطًا ({ $share } %) أكّدها المنظِّم منذ { $since } – أي خلال الأشهر الـ12 الأخيرة.
figures-arenas-caption = الأنشطة حسب مجال الحياة (قد ينتمي النشاط إلى أكثر من مجال)
figures-arenas-arena = مجال الحياة
figures-arenas-offers = الأنشطة
figures-directory-limits = تَعُدّ الأرقام الأنشطة، لا الأشخاص: فهي لا تقول كم شخصًا يحضر، ولا إن كان النشاط يناسب أحدًا. النشاط المؤكَّد هو نشاط قال منظِّمه إن معلوماته لا تزال صحيحة.
figures-nation-in-sentence = الدنمارك كلها

## campaigns (issue 19)
home-campaign-kicker = أسبوع الحملة
campaigns-title = الحملات
campaigns-intro = في أسبوع الحملة يفعل كثير من الناس شيئًا معًا في الوقت نفسه: يتبادلون التحية، ويتناولون الطعام معًا، ويفتحون أبوابهم. ابحث عن حملة وشارك فيها.
campaigns-none = لا توجد حملات في الوقت الحالي.
campaigns-now = الآن وقريبًا
campaigns-earlier = حملات سابقة
campaigns-back = كل الحملات
campaign-events-count =
    { $count ->
        [zero] لا توجد فعاليات
        [one] فعالية واحدة
        [two] فعاليتان
        [few] { $count } فعاليات
        [many] { $count } فعاليةً
       *[other] { $count } فعالية
    }
campaign-seats-count = عدد المسجّلين: نحو { $count }
campaign-events-heading = فعاليات الحملة
campaign-events-none = لا توجد فعاليات بعد. هل تريد أن تكون مضيفًا؟
campaign-hosts-heading = كن مضيفًا
campaign-hosts-how = تُنشئ الجمعيات والمجموعات فعالية في Sammen وتختار الحملة في النموذج. نراجع الفعالية قبل أن تظهر هنا.
campaign-hosts-sign-in = سجّل الدخول وأنشئ فعالية
campaign-poster = ملصق للوحة الإعلانات
campaign-desk-title = الحملات
campaign-desk-intro = اكتب حملة تتضمن التواريخ والرسالة ودعوة إلى المضيفين. تختار الجمعيات الحملة عند إنشاء فعالية، وأنت توافق على كل فعالية هنا.
campaign-new-title = حملة جديدة
campaign-desk-back = العودة إلى الحملات
campaign-desk-public = اعرض صفحة الحملة
campaign-desk-tally = الفعاليات الموافق عليها: { $count }. بانتظار الموافقة: { $waiting }. المسجّلون: { $seats }.
campaign-desk-entries = الفعاليات التي تريد المشاركة
campaign-desk-no-entries = لم تختر أي فعالية هذه الحملة بعد.
campaign-desk-event = الفعالية
campaign-desk-when = أول موعد
campaign-desk-status = الحالة
campaign-desk-decide = القرار
campaign-desk-edit = عدّل الحملة
campaign-accept = موافقة
campaign-decline = رفض
campaign-taking-waiting = بانتظار الموافقة
campaign-taking-accepted = تمت الموافقة
campaign-taking-declined = مرفوضة
campaign-label-title = الاسم
campaign-hint-slug = عنوان الحملة: /kampagne/adressen. أحرف صغيرة وأرقام وشرطة.
campaign-label-from = اليوم الأول
campaign-label-to = اليوم الأخير
campaign-hint-date = اكتب يوم.شهر.سنة، مثلًا 1.2.2027.
campaign-label-message = الرسالة
campaign-hint-markdown = اكتب باختصار وببساطة. يمكنك استخدام Markdown: سطر فارغ بين الفقرات، و**غامق**، و- للنقاط.
campaign-label-hosts = دعوة إلى المضيفين
campaign-hint-hosts = ماذا يمكن للمضيف أن يفعل؟ مثلًا: ادعُ جارًا إلى العشاء.
campaign-save = احفظ الحملة
campaign-saved = حُفظت الحملة.
campaign-decided = حُفظ القرار.
campaign-error-slug = اكتب عنوانًا من 2–60 حرفًا صغيرًا أو رقمًا أو شرطة، مثلًا odsherred-spiser-sammen.
campaign-error-title = اكتب اسم الحملة (120 حرفًا على الأكثر).
campaign-error-message = اكتب الرسالة (4000 حرف على الأكثر).
campaign-error-hosts = اكتب الدعوة إلى المضيفين (4000 حرف على الأكثر).
campaign-error-date = اكتب التاريخ بصيغة يوم.شهر.سنة، مثلًا 1.2.2027.
campaign-error-span = يجب أن يكون اليوم الأخير هو اليوم الأول نفسه أو بعده، ولا تزيد مدة الحملة على شهرين.
campaign-error-taken = توجد حملة بهذا العنوان بالفعل. اختر عنوانًا آخر.
campaign-error-action = اختر «موافقة» أو «رفض».
event-label-campaign = الحملة
event-hint-campaign = هل الفعالية جزء من أسبوع حملة؟ إذن اختر الحملة. يجب أن تُقام الفعالية خلال أيام الحملة.
event-no-campaign = بلا حملة
event-error-campaign = يجب أن تُقام الفعالية خلال أيام الحملة. اختر تاريخًا آخر أو «بلا حملة».
campaign-admin-tile-title = الحملات
campaign-admin-tile-text = أسابيع الحملات: التواريخ والرسالة والملصق والفعاليات المشاركة.

## schedule words (the repeat rule in words)
schedule-daily = كل يوم
schedule-weekly = كل أسبوع: { $list }
schedule-fortnightly = كل أسبوعين: { $list }
schedule-monthly-1 = { $day } الأول من كل شهر
schedule-monthly-2 = { $day } الثاني من كل شهر
schedule-monthly-3 = { $day } الثالث من كل شهر
schedule-monthly-4 = { $day } الرابع من كل شهر
schedule-monthly-last = { $day } الأخير من كل شهر

## strategy and indicators (issue 18)
strategy-title = الاستراتيجية ضد الوحدة
strategy-lead = هكذا تعمل { $municipality } ضد الوحدة: أهداف لكل مجال من مجالات الحياة الخمسة، والمبادرات التي يجب أن تحققها.
strategy-one-goal = هدف واحد وطرق كثيرة: لكل مبادرة جهة مسؤولة وحالة، وبعض المبادرات تتابعها أرقام يمكنك أن تراها في صفحة الأرقام.
strategy-to-figures = اعرض الأرقام: هل ينجح ذلك؟
strategy-none = لم تُكتب أي أهداف بعد.
strategy-goal-label = الهدف
strategy-no-initiatives = لا توجد مبادرات تحت هذا الهدف بعد.
strategy-status = الحالة
strategy-status-planned = مخطَّط لها
strategy-status-running = جارية
strategy-status-done = منتهية
strategy-status-stopped = متوقفة
strategy-owner = الجهة المسؤولة
strategy-owner-hint = مثلًا قسم أو جمعية أو لجنة.
strategy-group = مجموعة العمل
strategy-group-hint = المجموعة الفرعية في اللجنة التي تعمل على ذلك. يمكن أن يبقى الحقل فارغًا.
strategy-period-label = الفترة
strategy-period = { $start } – { $end }
strategy-date-open = غير محدد
strategy-offers = الأنشطة
strategy-events = الفعاليات
strategy-followed-by = تتابعها الأرقام التالية
strategy-offer-gone = النشاط رقم { $id } (غير موجود في الدليل الآن)
strategy-admin-title = الاستراتيجية: الأهداف والمبادرات
strategy-admin-lead = هنا تُبقون استراتيجية البلدية ضد الوحدة محدَّثة. كل ما تحفظونه يظهر فورًا في الصفحة العامة عن الاستراتيجية.
strategy-admin-public = اعرض الصفحة العامة
strategy-saved = تم الحفظ. يظهر التغيير الآن في صفحة الاستراتيجية.
strategy-back = العودة إلى الاستراتيجية
strategy-goal-new = هدف جديد
strategy-goal-edit = عدِّل الهدف
strategy-goal = الهدف
strategy-goal-title = الهدف
strategy-goal-title-hint = اكتب الهدف باختصار وبلغة يومية، مثلًا «مزيد من الشباب يشاركون في مجموعة».
strategy-arena = مجال الحياة
strategy-description = الوصف
strategy-initiative-new = مبادرة جديدة
strategy-initiative-edit = عدِّل المبادرة
strategy-initiative-title = اسم المبادرة
strategy-start = البداية
strategy-end = النهاية
strategy-date-hint = تاريخ، مثلًا 1.3.2026. اترك الحقل فارغًا إذا لم يكن التاريخ محددًا.
strategy-offers-hint = أرقام الأنشطة في الدليل (الرقم في العنوان /tilbud/12)، مفصولة بفواصل.
strategy-events-hint = أرقام الفعاليات في التقويم (الرقم في العنوان /arrangement/7)، مفصولة بفواصل.
strategy-indicators = ما الأرقام التي تتابع المبادرة؟
strategy-save = احفظ
strategy-error-arena = اختر مجال الحياة الذي ينتمي إليه الهدف.
strategy-error-title = اكتب عنوانًا طوله بين 3 و120 حرفًا.
strategy-error-description = يجب ألا يزيد الوصف على 1000 حرف.
strategy-error-goal = اختر الهدف الذي تنتمي إليه المبادرة.
strategy-error-owner = اكتب من هي الجهة المسؤولة (بين 2 و120 حرفًا).
strategy-error-group = يجب ألا يزيد اسم مجموعة العمل على 120 حرفًا.
strategy-error-status = اختر حالة.
strategy-error-date = اكتب التاريخ بهذا الشكل مثلًا 1.3.2026، أو اترك الحقل فارغًا.
strategy-error-end-before-start = تاريخ النهاية يقع قبل تاريخ البداية.
strategy-error-ids = اكتب الأرقام أعدادًا مفصولة بفواصل، مثلًا 12, 14 (30 رقمًا على الأكثر).
strategy-error-indicator = اختر فقط من الأرقام المعروضة.
strategy-error-unknown-offers = هذه الأنشطة غير موجودة في دليل البلدية: { $ids }.
strategy-error-unknown-events = هذه الفعاليات غير موجودة في تقويم البلدية: { $ids }.
strategy-ind-svaert-ensom = نسبة من يعانون من وحدة شديدة (Sundhedsprofilen)
strategy-ind-ofte-uoensket-alene = نسبة من يكونون وحدهم كثيرًا دون رغبتهم (Sundhedsprofilen)
strategy-ind-selvtest = إجابات الاختبار الذاتي
strategy-ind-ambassadoer-udfald = محادثات مع سفير: قبل وبعد
strategy-ind-tilmeldinger = التسجيلات في الفعاليات
strategy-ind-daekning = تغطية الدليل: الأنشطة حسب مجال الحياة والبلدة
strategy-ind-friskhed = مدى حداثة معلومات الدليل
strategy-ind-guide = المرات التي اكتمل فيها «ابحث عن مجموعتك»
strategy-ind-bus-besoeg = زوار Den Glade Bus
indicators-csv = أرقام Sammen الخاصة بصيغة CSV
indicators-to-strategy = اعرض الاستراتيجية: الأهداف والمبادرات
indicators-none = لا شيء (عبر الإنترنت أو غير محدد)
indicators-first = أول مرة
indicators-again = مرة أخرى
indicators-count = العدد
indicators-town = البلدة
indicators-stop = المحطة
indicators-arena = مجال الحياة
indicators-signups-title = التسجيلات في الفعاليات
indicators-signups-lead = كم شخصًا يسجّل في فعاليات التقويم: لكل شهر (حسب تاريخ الفعالية التي سجّل فيها)، وحسب مجال الحياة والبلدة، وكم شخصًا يسجّل لأول مرة.
indicators-signups-none = لا توجد تسجيلات لعرضها بعد.
indicators-signups-arena-caption = التسجيلات لكل شهر حسب مجال الحياة (العدد، مقرَّبًا إلى أقرب 5)
indicators-signups-first-caption = التسجيلات لكل شهر: أول مرة أو مرة أخرى (العدد، مقرَّبًا إلى أقرب 5)
indicators-signups-town-caption = التسجيلات في آخر 12 شهرًا حسب البلدة: أول مرة أو مرة أخرى (العدد، مقرَّبًا إلى أقرب 5)
indicators-signups-limits = تَعُدّ الأرقام التسجيلات، لا الحضور؛ وتُحسب المجموعة تسجيلًا واحدًا. «أول مرة» تعني أننا لا نعرف تسجيلًا سابقًا بالبريد الإلكتروني أو الهاتف نفسه – لكن التسجيلات تُحذف بعد 30 يومًا من الفعالية، لذلك يُحسب من يعود بعد انقطاع طويل شخصًا جديدًا. لا تُعرض الأعداد الأقل من 10، وتُقرَّب الأعداد الأخرى إلى أقرب 5.
indicators-coverage-title = تغطية الدليل: الأنشطة حسب البلدة ومجال الحياة
indicators-coverage-lead = كم نشاطًا في الدليل في كل بلدة ضمن كل مجال من مجالات الحياة – وأين لا يوجد أي نشاط. قد ينتمي النشاط إلى أكثر من مجال.
indicators-coverage-caption = الأنشطة في الدليل حسب البلدة ومجال الحياة (عدد الأنشطة)
indicators-gaps = الفجوات: بلدات ومجالات حياة بلا أنشطة
indicators-coverage-limits = تَعُدّ الأرقام الأنشطة، لا الأشخاص، لذلك تُعرض دون تقريب. الفجوة لا تعني أنه لا يحدث شيء: قد يناسب نشاط في البلدة المجاورة أو عبر الإنترنت بالقدر نفسه، وليست كل المجموعات موجودة في الدليل.
indicators-guide-title = «ابحث عن مجموعتك»: المرات التي اكتمل فيها
indicators-guide-lead = كم مرة وصل أحدهم إلى قائمة الاقتراحات في «ابحث عن مجموعتك»، لكل شهر. نحفظ الرقم فقط – ولا شيء عن الشخص أو إجاباته.
indicators-guide-caption = المرات المكتملة لكل شهر (العدد، مقرَّبًا إلى أقرب 5)
indicators-guide-none = لا توجد مرات مكتملة لعرضها بعد.
indicators-guide-limits = يمكن للشخص أن يمر بخطوات «ابحث عن مجموعتك» عدة مرات، وإعادة تحميل القائمة تُحسب مرة أخرى. لا يقول الرقم شيئًا عن ذهاب أحد فعلًا إلى النشاط.
indicators-bus-title = زوار Den Glade Bus
indicators-bus-lead = يَعُدّ طاقم الحافلة كم شخصًا يأتي عند كل محطة. هنا آخر 12 شهرًا حسب المحطة.
indicators-bus-caption = الزوار حسب المحطة في آخر 12 شهرًا (العدد، مقرَّبًا إلى أقرب 5)
indicators-bus-none = لم يُحصَ أي زائر بعد.
indicators-bus-limits = يَعُدّ الطاقم بالنظر، لذلك الأرقام تقريبية، ويُحسب الشخص نفسه عند كل زيارة. لا تُعرض المحطات التي زارها أقل من 10 أشخاص.
indicators-staff-title = أرقام Sammen الخاصة، مع تقسيمات أكثر
indicators-staff-lead = الأرقام نفسها الموجودة في الصفحة العامة مع تقسيمات أكثر. هنا أيضًا لا تُعرض أبدًا الأعداد الأقل من 10، وتُقرَّب الأعداد الأخرى إلى أقرب 5.
indicators-staff-town-arena-caption = التسجيلات في آخر 12 شهرًا حسب البلدة ومجال الحياة (العدد، مقرَّبًا إلى أقرب 5)
indicators-staff-first-arena-caption = التسجيلات في آخر 12 شهرًا حسب مجال الحياة: أول مرة أو مرة أخرى (العدد، مقرَّبًا إلى أقرب 5)
indicators-staff-bus-month-caption = الزوار حسب المحطة والشهر (العدد، مقرَّبًا إلى أقرب 5)
bus-crew-headcount = عدد الزوار
bus-crew-headcount-save = احفظ العدد
bus-crew-headcount-saved = تم حفظ عدد الزوار.
bus-crew-headcount-recorded = العدد: { $count }
bus-crew-bad-headcount = اكتب عدد الزوار عددًا صحيحًا بين 0 و500.
pages-menu-strategy = الاستراتيجية ضد الوحدة
pages-menu-figures = الأرقام: هل ينجح ذلك؟
selfcheck-extra-heading = سؤالان إضافيان (اختياريان)
selfcheck-extra-lead = يمكنك تخطيهما. تساعد الإجابات البلدية على معرفة إن كانت المواصلات تمنع بعض الناس من المشاركة، وإن كان الحديث عن الوحدة قد أصبح أسهل.
selfcheck-extra-transport = هل تخليت خلال السنة الماضية عن شيء بسبب المواصلات؟
selfcheck-extra-tale = هل من الطبيعي بالنسبة لك أن تتحدث عن الوحدة؟
selfcheck-extra-answer-ja = نعم
selfcheck-extra-answer-nej = لا
selfcheck-extra-answer-ved-ikke = لا أعرف
selfcheck-error-transport = اختر نعم أو لا أو لا أعرف – أو تخطَّ السؤال عن المواصلات.
selfcheck-error-tale = اختر نعم أو لا أو لا أعرف – أو تخطَّ السؤال عن الحديث عن الوحدة.
indicators-extra-title = السؤالان الاختياريان
indicators-extra-lead = من يختارون احتساب إجاباتهم يمكنهم أيضًا أن يجيبوا إن كانوا قد تخلّوا خلال السنة الماضية عن شيء بسبب المواصلات، وإن كان من الطبيعي بالنسبة لهم أن يتحدثوا عن الوحدة – وهو هدف الاستراتيجية نفسها. هنا آخر 12 شهرًا.
indicators-extra-caption = الإجابات عن الأسئلة الاختيارية في آخر 12 شهرًا (العدد، مقرَّبًا إلى أقرب 5)
indicators-extra-question = السؤال
indicators-extra-none = لم يُجب أحد عن الأسئلة الاختيارية بعد.
indicators-extra-transport = تخلّى عن شيء بسبب المواصلات
indicators-extra-tale = من الطبيعي الحديث عن الوحدة
indicators-extra-ja = نعم
indicators-extra-nej = لا
indicators-extra-ved-ikke = لا أعرف
strategy-ind-tale-om-ensomhed = إلى أي حد من الطبيعي الحديث عن الوحدة (الاختبار الذاتي)
strategy-ind-transport = التخلي عن شيء بسبب المواصلات (الاختبار الذاتي)
figures-admin-tile-title = الأرقام
figures-admin-tile-text = استورد أرقام Sundhedsprofilen، واعرض أرقام Sammen الخاصة مع تقسيمات أكثر.
strategy-admin-tile-title = الاستراتيجية
strategy-admin-tile-text = أبقِ أهداف الاستراتيجية ومبادراتها محدَّثة.
## schools and the class pulse (issue 20)
role-teacher = معلّم
schools-admin-tile-title = المدارس
schools-admin-tile-text = المدارس والصفوف والمعلّمون، ونبض الصف.
schools-title = المدارس
schools-intro = مدارس البلدية وصفوفها ومعلّموها. يستطيع المعلّم فتح نبض مجهول الهوية لصف في مدرسته.
schools-none = لا توجد مدارس بعد.
schools-back = العودة إلى المدارس
schools-classes = الصفوف
schools-no-classes = لا توجد صفوف في المدرسة بعد.
schools-teachers = المعلّمون
schools-no-teachers = لا يوجد معلّمون للمدرسة على Sammen بعد.
schools-choose-town = اختر بلدة
schools-label-name = اسم المدرسة
schools-label-town = البلدة
schools-add-school = أضف المدرسة
schools-label-grade = المرحلة
schools-hint-grade = رقم من 0 إلى 10، مثلاً 7.
schools-label-letter = الحرف
schools-hint-letter = حرف واحد، مثلاً b (فيصبح الصف 7.b).
schools-add-class = أضف الصف
schools-label-teacher = البريد الإلكتروني للمعلّم
schools-hint-teacher = يحتاج المعلّم إلى حساب على Sammen. يحصل الحساب على دور «معلّم» في هذه المدرسة.
schools-add-teacher = أضف المعلّم
schools-done-school = أُضيفت المدرسة.
schools-done-class = أُضيف الصف.
schools-done-teacher = أُضيف المعلّم.
schools-error-name = اكتب اسم المدرسة (100 حرف على الأكثر).
schools-error-town = اختر البلدة التي فيها المدرسة.
schools-error-taken = توجد مدرسة بهذا الاسم من قبل.
schools-error-grade = اكتب المرحلة رقماً من 0 إلى 10.
schools-error-letter = اكتب حرفاً واحداً، مثلاً a أو b.
schools-error-class-taken = هذا الصف موجود في المدرسة من قبل.
schools-error-teacher = لا يوجد حساب بهذا البريد، أو لم يُؤكَّد بعد. اطلب من المعلّم إنشاء حساب أولاً.
schools-error-action = اختر أحد الأزرار.
pulse-teacher-title = نبض الصف
pulse-teacher-intro = نبض قصير ومجهول الهوية عن الحال: ثلاثة أسئلة عن الوحدة وسؤال عن الاستراحات. يجيب التلاميذ في الحصة من هواتفهم دون حساب. لا يمكن ربط أي جواب بتلميذ.
pulse-open = افتح نبضاً للصف اليوم
pulse-close = أغلق النبض الآن
pulse-done-open = النبض مفتوح. أعطِ التلاميذ الرمز.
pulse-done-closed = أُغلق النبض. لم يعد الرمز يعمل.
pulse-code-heading = الرمز للتلاميذ
pulse-open-until = يعمل الرمز اليوم حتى { $until }.
pulse-instructions = اطلب من التلاميذ فتح /puls على موقع البلدية وكتابة الرمز والإجابة. يستغرق ذلك بضع دقائق. قل لهم إن الإجابات مجهولة الهوية وإن الإجابة ليست إلزامية.
pulse-result-heading = ما تظهره الإجابات
pulse-none-yet = لم يكن للصف نبض بعد.
pulse-too-few = الإجابات أقل من أن نعرض شيئاً. لا نعرض شيئاً إلا بعد أن يجيب 10 على الأقل.
pulse-answers = أجاب نحو { $answers } تلميذاً (مقرّباً إلى أقرب 5).
pulse-lonely = { $share } % يشعرون بالوحدة كثيراً (7–9 نقاط على مقياس الوحدة، محسوبة من أعداد مقرّبة).
pulse-lonely-hidden = لا نعرض عدد من يشعرون بالوحدة كثيراً: العدد صغير جداً.
pulse-breaks = { $share } % ليس لديهم من يكونون معه في الاستراحات (محسوبة من أعداد مقرّبة).
pulse-breaks-hidden = لا نعرض عدد من ليس لديهم من يكونون معه في الاستراحات: العدد صغير جداً.
pulse-activities-heading = كثيرون يشعرون بالوحدة. جرّب مثلاً:
pulse-activity-mix = كوّن في الحصص مجموعات جديدة تتجاوز مجموعات الأصدقاء، وغيّرها كل أسبوع.
pulse-activity-breaks = ابدأ في الاستراحة لعبة مشتركة يستطيع الجميع المشاركة فيها.
pulse-activity-buddies = أنشئ نظام رفقاء حتى لا يذهب أحد وحده إلى الاستراحة أو الغداء.
pulse-activity-club = خذ الصف إلى جمعية أو مجتمع في البلدة، ودع التلاميذ يجرّبون شيئاً جديداً معاً.
pulse-rule = لا نعرض أسماء أبداً ولا قائمة بالصفوف. تحت 10 إجابات لا نعرض شيئاً، وتُقرَّب الأعداد إلى أقرب 5.
pulse-title = كيف حالك في صفك؟
pulse-lead = اكتب الرمز من معلّمك. ثم أجب عن أربعة أسئلة قصيرة.
pulse-anonymous = أنت مجهول الهوية. لا نحفظ اسمك. لا يستطيع أحد رؤية إجاباتك.
pulse-code = الرمز
pulse-code-hint = للرمز 6 خانات. يعطيك إياه معلّمك.
pulse-q-lacks = كم مرة تشعر أنه ينقصك من تكون معه؟
pulse-q-left-out = كم مرة تشعر أنك مُستبعَد؟
pulse-q-alone = كم مرة تشعر بالوحدة حتى وأنت مع الآخرين؟
pulse-q-breaks = هل لديك من تكون معه في الاستراحات؟
pulse-never = تقريباً أبداً
pulse-sometimes = أحياناً
pulse-often = كثيراً
pulse-breaks-yes = نعم
pulse-breaks-sometimes = أحياناً
pulse-breaks-no = لا
pulse-send = أرسل إجاباتي
pulse-error-code = الرمز غير صحيح، أو النبض مغلق. تحقّق من الرمز وحاول مرة أخرى. إجاباتك لم تضِع.
pulse-error-answer = اختر إجابة.
pulse-thanks-saved = شكراً. حُفظت إجاباتك.
pulse-thanks-title = شكراً على إجاباتك
pulse-thanks-text = هل تمرّ بوقت صعب؟ تستطيع التحدث مع شخص بالغ تثق به. وتستطيع أيضاً الاتصال. الاتصال مجاني، ويمكنك أن تبقى مجهول الهوية.

## Association days (issue 20): the school plans, the associations apply, the pupils choose
days-title = أيام الجمعيات
days-intro = خطّط ليوم تأتي فيه الجمعيات إلى المدرسة. يختار التلاميذ في مجموعات مع أصدقائهم، وتصل إلى الجمعيات جداول مواعيدها بالبريد الإلكتروني.
days-none = لا توجد أيام جمعيات في المدرسة بعد.
days-add = خطّط ليوم جمعيات
days-label-title = اسم اليوم
days-label-date = التاريخ
days-hint-date = مثلاً 2027-03-10 أو 10.3.2027.
days-label-slots = الفترات الزمنية
days-hint-slots = فترة واحدة في كل سطر، مثلاً 9.00-9.45. 6 فترات على الأكثر، بالترتيب.
days-label-rooms = القاعات
days-hint-rooms = قاعة واحدة في كل سطر. تحصل كل جمعية على قاعة واحدة طوال اليوم.
days-label-classes = الصفوف المشاركة
days-error-title = اكتب اسماً لليوم (100 حرف على الأكثر).
days-error-date = اكتب تاريخاً من اليوم حتى سنة واحدة على الأكثر، مثلاً 2027-03-10.
days-error-slots = اكتب من 1 إلى 6 فترات زمنية، فترة في كل سطر، مثل 9.00-9.45. يجب ألا تتداخل الفترات.
days-error-rooms = اكتب من 1 إلى 30 قاعة، قاعة في كل سطر، دون تكرار الاسم نفسه.
days-error-classes = اختر صفاً واحداً على الأقل من صفوف المدرسة.
days-done-day = أُنشئ يوم الجمعيات. أعطِ الصفوف رموزها.
days-back = أيام الجمعيات في المدرسة
days-classes = الصفوف والرموز
days-codes-intro = يكتب التلاميذ رمز صفهم على الصفحة
days-col-class = الصف
days-col-code = الرمز
days-col-groups = المجموعات
days-col-pupils = التلاميذ
days-choosing-open = يستطيع التلاميذ الاختيار الآن.
days-choosing-closed = لا يستطيع التلاميذ الاختيار الآن.
days-open = اسمح للتلاميذ بالاختيار
days-close = أغلق اختيار التلاميذ
days-done-open = يستطيع التلاميذ الاختيار مرة أخرى.
days-done-closed = لم يعد التلاميذ يستطيعون الاختيار.
days-applications = طلبات الجمعيات
days-no-applications = لم تتقدّم أي جمعية بطلب بعد. ترى الجمعيات هذا اليوم في قسم «أيام الجمعيات» بعد تسجيل الدخول.
days-places = عدد التلاميذ في كل مرة: { $places }
days-kind-show = تعرّف بالجمعية
days-kind-try = يجرّب التلاميذ النشاط
days-status-waiting = بالانتظار
days-status-accepted = مقبول
days-status-declined = مرفوض
days-decide-title = طلب للمشاركة في يوم جمعيات
days-label-room = القاعة
days-accept = اقبل في القاعة
days-decline = ارفض
days-done-accepted = قُبلت الجمعية وحصلت على قاعتها.
days-done-declined = رُفض الطلب.
days-error-room = اختر إحدى قاعات اليوم.
days-error-room-taken = القاعة محجوزة لجمعية أخرى. اختر قاعة غيرها.
days-error-chosen = اختار التلاميذ هذه الجمعية بالفعل، لذلك لا يمكن رفضها.
days-plan = الخطة وجداول المواعيد
days-plan-link = الخطة للطباعة: صفحة لكل صف وصفحة لكل جمعية
days-send-intro = أرسل إلى كل جمعية مقبولة جدول مواعيدها بالبريد الإلكتروني: متى، وفي أي قاعة، وكم تلميذاً من أي صفوف.
days-send = أرسل جداول المواعيد إلى الجمعيات
days-sent-at = أُرسلت جداول المواعيد في
days-done-sent = أُرسلت جداول المواعيد إلى الجمعيات.
days-back-day = العودة إلى اليوم
days-print-hint = اطبع الصفحة: يحصل كل صف وكل جمعية على صفحة خاصة.
days-plan-class = الصف
days-col-group = المجموعة
days-col-time = الوقت
days-col-who = من سيأتي
days-pupils = { $pupils ->
    [zero] لا يوجد تلاميذ
    [one] تلميذ واحد
    [two] تلميذان
    [few] { $pupils } تلاميذ
    [many] { $pupils } تلميذاً
   *[other] { $pupils } تلميذ
}
days-nobody-yet = لا أحد بعد
days-no-groups = لم تختر أي مجموعة بعد.
days-coming-title = أيام الجمعيات في المدارس
days-coming-intro = تدعو المدارس الجمعيات لتعرّف بنفسها أو لتدع التلاميذ يجرّبون شيئاً. قدّم طلباً للحضور، وستردّ المدرسة.
days-coming-none = لم تخطّط أي مدرسة ليوم جمعيات في الوقت الحالي.
days-apply-for = قدّم طلباً للحضور إلى
days-apply-title = قدّم طلباً للحضور إلى يوم جمعيات
days-apply-lead = { $title } في { $school }، { $date }.
days-back-coming = كل أيام الجمعيات
days-label-organisation = الجمعية
days-label-activity = ماذا تقدّمون للتلاميذ؟
days-hint-activity = مثلاً «جرّب الرماية بالقوس» أو «تعرّف على الكشافة».
days-label-description = المزيد عن ذلك (اختياري)
days-label-kind = ماذا سيفعل التلاميذ؟
days-label-places = عدد التلاميذ في كل مرة
days-hint-places = كم تلميذاً يستطيع المشاركة في كل فترة زمنية (من 1 إلى 60)؟
days-apply = أرسل الطلب
days-done-applied = أُرسل الطلب. ستردّ المدرسة هنا في هذه الصفحة.
days-error-organisation = اختر إحدى جمعياتك.
days-error-activity = اكتب ما تقدّمونه (100 حرف على الأكثر).
days-error-description = اكتب 1000 حرف على الأكثر.
days-error-kind = اختر هل سيسمع التلاميذ عن الجمعية أم سيجرّبون شيئاً.
days-error-places = اكتب عدداً من 1 إلى 60.
days-error-past = هذا اليوم قد مضى أو هو اليوم. لم يعد التقديم ممكناً.
days-error-applied = تقدّمت الجمعية بالفعل بطلب بهذا الاسم لهذا اليوم.
days-pupil-title = يوم الجمعيات
days-pupil-lead = اختر مع أصدقائك ما تريدون أن تجرّبوه. اكتبوا رمز صفكم. الرمز مكتوب على السبورة.
days-code = رمز صفكم
days-code-hint = ست خانات، مثلاً HK7RTA.
days-code-go = التالي
days-error-code = الرمز لا يعمل. انظروا مرة أخرى، أو اسألوا المعلّم.
days-choice-lead = { $title } في { $school }. أنتم من الصف { $class }.
days-choice-how = اكتبوا أسماءكم الأولى. ثم اختاروا شيئاً واحداً في كل وقت. اختاروا شيئاً جديداً كل مرة.
days-names = أسماؤكم الأولى
days-names-hint = الأسماء الأولى فقط. اسم في كل سطر أو بينها فواصل. 6 على الأكثر.
days-slot = الساعة { $slot }
days-free = أماكن فارغة: { $free }.
days-full = ممتلئ.
days-choose = احفظ اختيارنا
days-error-names-none = اكتبوا اسماً أول واحداً على الأقل.
days-error-names-many = المجموعة 6 تلاميذ على الأكثر.
days-error-names-first = اكتبوا الأسماء الأولى فقط. بلا أرقام وبلا أسماء العائلة.
days-error-choose = اختاروا شيئاً واحداً في هذا الوقت.
days-error-twice = اخترتم الشيء نفسه مرتين. اختاروا شيئاً جديداً.
days-error-full = لا يوجد مكان لكم جميعاً. اختاروا شيئاً آخر.
days-card-title = بطاقتكم
days-card-saved = حُفظ اختياركم.
days-card-print = اطبعوا البطاقة. لكل واحد منكم بطاقة. لا توجد عليها أسماء.
days-card-after = هل أعجبك ذلك؟ تجد الجمعية مرة أخرى هنا:

days-admin-tile-title = أيام الجمعيات في المدارس
days-admin-tile-text = قدّموا طلبًا لزيارة مدرسة ودعوا التلاميذ يجرّبون نشاطكم.
# Issue 20, the young: online communities good for the young, groups the young start, the young's own voice
youth-filter-online = مجتمعات جيدة للشباب عبر الإنترنت
youth-filter-led = بدأها شباب
youth-badge-online = مجتمع جيد للشباب عبر الإنترنت
youth-badge-online-means = يشارك فيه بالغون، وهناك من يراقب ما يُكتب، والمشاركة مجانية.
youth-badge-led = بدأها شباب – بدعم من شخص بالغ
youth-badge-led-means = بدأ الشباب هذه المجموعة بأنفسهم. ويكفلها شخص بالغ.
youth-badge-led-adult = بدأ الشباب هذه المجموعة بأنفسهم. { $name } هو الشخص البالغ الذي يكفلها.
youth-admin-tile-title = أنشطة للشباب
youth-admin-tile-text = ضع علامة على المجتمعات عبر الإنترنت الجيدة للشباب.
youth-marks-list-title = أنشطة للشباب عبر الإنترنت
youth-marks-list-text = يظهر النشاط عبر الإنترنت بوصفه «مجتمع جيد للشباب عبر الإنترنت» عندما يكون خاضعًا للإشراف، ويحضره بالغون، ومجانيًا. اختر نشاطًا لوضع العلامات.
youth-marks-saved = حُفظت العلامات.
youth-marks-on = عليه علامة جيد للشباب
youth-marks-off = بلا علامة
youth-marks-title = علامات للشباب
youth-marks-lead = لا تضع علامة إلا بعد التحقق منها مع المنظِّم. لا تظهر الشارة إلا عند وضع العلامات الثلاث كلها.
youth-marks-not-online = هذا النشاط لا يجري عبر الإنترنت، لذلك لا تظهر الشارة إلى أن يصبح كذلك.
youth-mark-moderated = خاضع للإشراف
youth-mark-moderated-hint = هناك من يراقب ما يُكتب ويُقال ويتدخل.
youth-mark-adults = بحضور بالغين
youth-mark-adults-hint = يشارك بالغون في المجتمع، لا الشباب وحدهم.
youth-mark-free = مجاني
youth-mark-free-hint = المشاركة لا تكلف شيئًا، ولا حتى مشتريات داخل اللعبة أو التطبيق.
youth-marks-save = احفظ العلامات
youth-marks-back = العودة إلى أنشطة الشباب عبر الإنترنت
youth-marks-link = علامات للشباب
youth-moderation-note = بدأها شباب: { $first }، { $age } سنة. البالغ الداعم: { $name }، { $email }، { $phone } – كفل المجموعة. يُحذف البريد والهاتف بعد أن تتخذ قرارك.
youth-group-title = ابدأ مجموعة
youth-group-lead = هل تريد أن تبدأ مجموعة للشباب؟ قد تكون أمسية ألعاب. وقد تكون نزهة. يجب أن يكون عمرك بين 15 و25 سنة.
youth-group-lead-adult = تحتاج إلى شخص بالغ يعرفك. يصل إلى البالغ بريد ويجب أن يوافق. ثم نراجع المجموعة قبل أن تظهر على الموقع.
youth-group-name = ما اسم المجموعة؟
youth-group-name-hint = مثلًا: نزهة في فيغ أو ألعاب يوم الجمعة.
youth-group-what = ماذا ستفعلون؟
youth-group-what-hint = اكتب باختصار، ليرى الآخرون إن كانوا يرغبون في الانضمام.
youth-group-day = أي يوم؟
youth-day-choose = اختر يومًا
youth-group-from = من الساعة
youth-group-time-hint = مثلًا 17 أو 17.30.
youth-group-to = إلى الساعة
youth-group-town = أين؟ اختر بلدة أو عبر الإنترنت.
youth-town-choose = اختر بلدة
youth-town-online = عبر الإنترنت
youth-group-where = أين تلتقون؟
youth-group-where-hint = مثلًا عند الصالة الرياضية أو على Discord. يمكنك تركه فارغًا.
youth-first-name = اسمك الأول
youth-age = عمرك
youth-age-hint = يجب أن يكون عمرك بين 15 و25 سنة.
youth-email = بريدك الإلكتروني
youth-email-hint = سنكتب إليك عندما نراجع المجموعة.
youth-adult-name = اسم الشخص البالغ
youth-adult-name-hint = شخص بالغ يعرفك وسيدعمكم. مثلًا مدرب أو معلم أو أحد الوالدين.
youth-adult-email = بريد الشخص البالغ
youth-adult-phone = هاتف الشخص البالغ
youth-adult-phone-hint = مثلًا 12 34 56 78. لا نعرضه على أحد.
youth-send = أرسل
youth-error-name = اكتب اسم المجموعة.
youth-error-what = اكتب ماذا ستفعلون.
youth-error-long = النص طويل جدًا. اجعله أقصر.
youth-error-day = اختر يومًا.
youth-error-time = اكتب وقتًا، مثلًا 17 أو 17.30.
youth-error-time-order = يجب أن تكون النهاية بعد البداية.
youth-error-town = اختر بلدة، أو اختر عبر الإنترنت.
youth-error-first-name = اكتب اسمك الأول.
youth-error-adult-name = اكتب اسم الشخص البالغ.
youth-error-age = اكتب عمرك بالأرقام، مثلًا 17.
youth-error-age-range = يجب أن يكون عمرك بين 15 و25 سنة لتبدأ مجموعة هنا. إذا كنت أصغر، فاطلب المساعدة من شخص بالغ.
youth-error-email = اكتب عنوان بريد إلكتروني، مثلًا name@mail.dk.
youth-error-same-email = يجب أن يكون للشخص البالغ بريده الخاص.
youth-error-phone = اكتب رقمًا من 8 أرقام على الأقل، مثلًا 12 34 56 78.
youth-error-action = اضغط الزر لكفالة المجموعة.
youth-thanks-title = شكرًا! الآن يجب أن يرد الشخص البالغ
youth-thanks-text = أرسلنا بريدًا إلى الشخص البالغ. يجب أن يضغط البالغ على رابط في البريد.
youth-thanks-next = ثم نراجع المجموعة. سيصلك بريد عندما تظهر على الموقع.
youth-thanks-back = شاهد ما هو متاح للشباب
youth-mail-subject = { $first } يطلب منك دعم المجموعة «{ $group }»
youth-mail-body =
    مرحبًا { $name }

    يريد { $first } ({ $age } سنة) أن يبدأ مجموعة للشباب على Sammen { $municipality }، وكتب أنك الشخص البالغ الذي يدعمها.

    المجموعة: { $group }
    ماذا سيفعلون: { $what }
    متى: { $when }
    أين: { $where }

    إذا كنت تكفل المجموعة، فافتح الرابط واضغط «أكفل هذه المجموعة»:
    { $link }

    بعد ذلك يراجع مشرفو البلدية المجموعة. لا يظهر بجانب المجموعة إلا اسمك الأول – وليس بريدك أو رقم هاتفك أبدًا.
    إذا لم تكن تعرف هذه المجموعة، فلا تفعل شيئًا. لن يحدث شيء آخر.
youth-vouch-title = هل تكفل هذه المجموعة؟
youth-vouch-lead = مرحبًا { $name }. يريد { $first } ({ $age } سنة) أن يبدأ مجموعة للشباب، وكتب أنك الشخص البالغ الذي يدعمها.
youth-vouch-when = متى
youth-vouch-where = أين
youth-vouch-means = عندما تضغط الزر، يراجع مشرفو البلدية المجموعة قبل أن تظهر في الدليل. لا يظهر بجانب المجموعة إلا اسمك الأول – وليس بريدك أو رقم هاتفك أبدًا. إذا لم تكن تعرف هذه المجموعة، فأغلق الصفحة فحسب.
youth-vouch-button = أكفل هذه المجموعة
youth-vouched-title = شكرًا على دعمك
youth-vouched-text = المجموعة الآن بانتظار مشرفي البلدية. سيُبلَّغ الشاب عندما تُعتمد المجموعة.
voice-title = صوت الشباب
voice-lead = تريد البلدية أن تسمع منك. أجب عن سؤال هنا.
voice-anonymous = أنت مجهول الهوية. لا نحفظ اسمك ولا نعرف من أنت. يقرأ شخص بالغ إجابتك قبل أن يراها الآخرون. لا تكتب أسماء.
voice-none = لا توجد أسئلة الآن. عد لاحقًا.
voice-published = ما أجاب به الآخرون
voice-answer = إجابتك
voice-answer-hint = اكتب باختصار. 500 حرف على الأكثر.
voice-send = أرسل إجابتي
voice-closed = أُغلق باب الإجابات.
voice-count-few = أجاب أقل من 10 أشخاص حتى الآن.
voice-count = أجاب نحو { $count } شخصًا.
voice-error-closed = أُغلق باب الإجابات عن هذا السؤال.
voice-error-empty = اكتب إجابتك.
voice-error-long = إجابتك طويلة جدًا. اجعلها أقصر.
voice-error-question = اكتب السؤال.
voice-error-initiative = اختر مبادرة من القائمة.
voice-thanks-title = شكرًا على إجابتك
voice-thanks-text = سيقرؤها شخص بالغ قريبًا. ثم يمكن للآخرين رؤيتها أيضًا.
voice-thanks-back = العودة إلى الأسئلة
voice-admin-title = صوت الشباب
voice-admin-lead = اطرح على الشباب سؤالًا. الإجابات مجهولة الهوية ولا تظهر إلا بعد موافقة محرر. لا يظهر عدد الإجابات إلا من 10 ويُقرَّب إلى 5.
voice-admin-question = السؤال
voice-admin-question-hint = قصير وبكلمات يستخدمها الشباب، مثلًا «ما الذي سيجعلك تأتي؟»
voice-admin-open = مفتوح للإجابات
voice-admin-open-hint = يظل السؤال المغلق يعرض الإجابات المنشورة.
voice-admin-initiative = مبادرة في الاستراتيجية
voice-admin-initiative-hint = يظهر السؤال وعدد الإجابات بجانب المبادرة في /strategi.
voice-admin-no-initiative = بلا مبادرة
voice-admin-save = احفظ السؤال
voice-admin-saved = حُفظ السؤال.
voice-admin-is-open = مفتوح
voice-admin-is-closed = مغلق
voice-admin-waiting-count = { $count } بانتظار المراجعة
voice-admin-back = كل الأسئلة إلى الشباب
voice-admin-waiting = إجابات بانتظار المراجعة
voice-admin-none-waiting = لا توجد إجابات بانتظار المراجعة.
voice-admin-none-published = لم تُنشر أي إجابات بعد.
voice-admin-decided = عولجت الإجابة.
voice-publish = انشر
voice-reject = ارفض واحذف النص
voice-strategy = صوت الشباب
voice-strategy-link = شاهد الإجابات
voice-admin-tile-title = صوت الشباب
voice-admin-tile-text = اطرح على الشباب أسئلة ووافق على إجاباتهم.
# Issue 20, a path through a school change (/skoleskift, /skole/{id}, /admin/skole/{id}/skoleskift) and the pulse's CSV/JSON
pulse-export = نزّل الملخص كملف. القاعدة نفسها: أقل من 10 إجابات، لا أرقام.
guide-school-change = أنا أغيّر المدرسة، أو طفلي
guide-school-change-title = هل تغيّرون المدرسة؟
guide-school-change-text = شاهد لقاءات المدرسة الجديدة قبل اليوم الأول، والنوادي للقادمين الجدد، ونصائح للأهل.
guide-school-change-link = اذهب إلى صفحة تغيير المدرسة
school-change-title = هل تغيّر مدرستك؟
school-change-lead = قد تكون البداية في مدرسة جديدة صعبة. هنا ترى كيف تستقبل المدرسة التلاميذ الجدد: لقاءات قبل اليوم الأول، ومجموعات ونوادٍ، ورفيق. ونصائح مفيدة للأهل.
school-change-which-path = أي تغيير؟
school-change-which-school = أي مدرسة؟
school-change-choose-school = اختر مدرسة
school-change-show = اعرض
school-change-at = أهلاً بك في
school-change-school-page = صفحة المدرسة
school-change-pick-school = اختر المدرسة الجديدة
school-change-for-child = لك أنت الذي سيبدأ
school-change-for-parents = نصائح للأهل
school-change-nothing-kept = لا نحفظ ما تختاره. إنه موجود في عنوان الصفحة فقط.
school-change-path-0-klasse = البدء في الصف التمهيدي (الصف 0)
school-change-path-7-klasse = البدء في الصف السابع
school-change-path-10-klasse = البدء في الصف العاشر
school-change-path-efterskole = البدء في مدرسة داخلية (إفترسكوله)
school-change-path-gymnasium = البدء في المرحلة الثانوية (جيمنازيوم)
school-change-path-midt-i-aaret = تغيير المدرسة في منتصف السنة
school-change-child-0-klasse = لا بأس أن تشعر بالتوتر. الآخرون جدد أيضاً. خذ معك شيئاً تحبه. سيساعدك شخص كبير.
school-change-child-7-klasse = كثيرون في الصف جدد. لست الوحيد الذي لا يعرف أحداً. تعال إلى اللقاء قبل اليوم الأول. هكذا ستعرف أحداً عندما تبدأ.
school-change-child-10-klasse = سنة في الصف العاشر بداية جديدة. قل مرحباً لشخص جديد كل يوم في الأسبوع الأول. كثيرون يريدون رفيقاً.
school-change-child-efterskole = في المدرسة الداخلية تعيشون معاً. قد تشعر بالغرابة قليلاً في الأيام الأولى. هذا يمر. أخبر شخصاً كبيراً إذا اشتقت إلى البيت.
school-change-child-gymnasium = في الثانوية كل من في الصف جديد. شارك فيما يحدث في الأسابيع الأولى. هناك تجد من تكون معه.
school-change-child-midt-i-aaret = من الصعب أن تدخل صفاً يعرف أفراده بعضهم. سيكون لك رفيق يريك المكان. اسأل عن كل شيء. لا أحد يعرف كل شيء في اليوم الأول.
school-change-parent-0-klasse = زوروا المدرسة مع طفلكم قبل اليوم الأول. شاهدوا الصف والملعب. تحدثوا مع العاملين في نادي ما بعد المدرسة عن الأسابيع الأولى.
school-change-parent-7-klasse = في الصف السابع يأتي غالباً تلاميذ جدد من عدة مدارس. احضروا اللقاء قبل أول يوم دراسي، ليعرف طفلكم بعض الوجوه.
school-change-parent-10-klasse = الصف العاشر يدوم سنة واحدة فقط. ساعدوا طفلكم على إيجاد مجموعة أو نادٍ إلى جانب المدرسة، حتى لا تكون السنة مدرسة فقط.
school-change-parent-efterskole = اتفقوا على أوقات الاتصال، لكن لا تتصلوا كل يوم في الأسابيع الأولى. اسألوا المعلم المسؤول إذا بدا طفلكم وحيداً.
school-change-parent-gymnasium = شجعوا طفلكم على حضور أيام التعارف والحفلات، حتى لو بدا ذلك صعباً. هناك يتعرف الصف على بعضه.
school-change-parent-midt-i-aaret = اطلبوا من المدرسة رفيقاً للأسابيع الأولى. واسألوا أيضاً إن كان الصف يستطيع اللقاء خارج المدرسة.
school-change-tip-talk = تحدثوا عن التغيير قبل أن يحدث. اسألوا طفلكم عمّا ينتظره بشوق وعمّا يخاف منه.
school-change-tip-visit = شاهدوا المدرسة معاً، وامشوا أو اركبوا الدراجة في الطريق إليها مرة قبل اليوم الأول.
school-change-tip-friend = ساعدوا طفلكم على لقاء زميل جديد من الصف في وقت الفراغ. المجموعة أو النادي بداية جيدة أيضاً.
school-change-tip-contact = أخبروا معلم الصف إذا بدا طفلكم وحيداً بعد بضعة أسابيع. يمكنكم أيضاً الاتصال بأحد الخطوط على موقع البلدية.
school-change-gatherings = تعرّف على صفك قبل اليوم الأول
school-change-no-gatherings = ليس لدى المدرسة لقاءات في التقويم الآن.
school-change-groups = مجموعات ونوادٍ للقادمين الجدد
school-change-buddy = نظام الرفيق
school-change-no-buddy = لم تكتب المدرسة بعد عن نظام الرفيق. اسألوا المدرسة.
school-change-welcome = أهلاً بالتلاميذ الجدد
school-change-changing = هل سيبدأ طفلك هنا؟
school-change-changing-text = اختر التغيير، وشاهد اللقاءات والنوادي والنصائح.
school-change-error-path = اختر أحد التغييرات في القائمة.
school-change-error-school = اختر مدرسة من القائمة.
school-change-error-event = اختر فعالية من التقويم.
school-change-error-offer = اختر عرضاً من الدليل.
school-change-error-buddy = اكتب 2000 حرف على الأكثر عن نظام الرفيق.
school-change-admin-title = تغيير المدرسة
school-change-admin-intro = ما تكتبونه وتختارونه هنا يظهر على صفحة المدرسة وعلى صفحة تغيير المدرسة. يمكن أن تخص الفعالية أو العرض تغييراً واحداً أو كل التغييرات.
school-change-admin-link = تغيير المدرسة: نظام الرفيق، لقاءات قبل اليوم الأول، مجموعات ونوادٍ
school-change-back = العودة إلى المدرسة
school-change-label-buddy = نظام الرفيق في المدرسة
school-change-hint-buddy = اكتبوا باختصار كيف يحصل التلميذ الجديد على رفيق، ومن يمكن للأهل أن يسألوا. اكتبوا بكلمات قصيرة للأطفال والأهل.
school-change-save-buddy = احفظ نظام الرفيق
school-change-choose-event = اختر فعالية
school-change-label-event = فعالية في التقويم
school-change-hint-event = مثلاً «تعرّف على صفك الجديد». يجب أن تكون الفعالية في التقويم أولاً.
school-change-label-path = لمن
school-change-every-path = كل التغييرات
school-change-link-event = أضف الفعالية
school-change-linked-events = لقاءات المدرسة قبل اليوم الأول
school-change-unlink = احذف المختار
school-change-choose-offer = اختر عرضاً
school-change-label-offer = مجموعة أو نادٍ من الدليل
school-change-hint-offer = مجموعة أو نادٍ يرحب بالأطفال والشباب الجدد.
school-change-link-offer = أضف العرض
school-change-linked-offers = مجموعات المدرسة ونواديها للقادمين الجدد
school-change-done-buddy = تم حفظ نظام الرفيق.
school-change-done-link = تمت الإضافة.
school-change-done-unlink = تم حذف المختار.

## The home page's links for the young (issue 20)
home-young-heading = للشباب
home-young-online = مجتمعات جيدة عبر الإنترنت للشباب
home-young-group = ابدأ مجموعة مع أصدقائك
home-young-voice = قل رأيك: ما الذي سيجعلك تأتي؟
home-young-school-change = هل تنتقل أنت أو طفلك إلى مدرسة جديدة؟

## Many municipalities (issue 16): the national view and the list of municipalities
national-brand = في جميع أنحاء البلاد
national-footer = يجمع Sammen مجتمعات البلديات لمواجهة الوحدة. لكل بلدية موقعها الخاص.
national-list-title = البلديات التي تستخدم Sammen
national-unknown-host = هذا العنوان لا يخص أي بلدية في Sammen. اختر بلديتك:
national-title = ابحث عن مجتمع في أي مكان في البلاد
national-lead = ابحث في مجتمعات جميع البلديات. يمكن للجميع استخدام العروض عبر الهاتف وعبر الإنترنت؛ اختر بلديتك لترى العروض التي يمكنك الذهاب إليها.
national-q = عمّ تبحث؟
national-municipality = بلديتك
national-municipality-none = لم يتم الاختيار – الهاتف والإنترنت فقط
national-search = بحث
national-results = { $count ->
    [zero] لم يتم العثور على عروض
    [one] تم العثور على عرض واحد
   *[other] تم العثور على { $count } من العروض
}
national-remote-only = ترى فقط العروض عبر الهاتف وعبر الإنترنت. اختر بلديتك لترى العروض التي يمكنك الذهاب إليها.
municipality-settings-title = إعدادات البلدية
municipality-settings-lead = الاسم ومعلومات الاتصال واللون التي يراها المواطنون في كل صفحة. المدن والأماكن وعناوين الويب تأتي مع ملف البلدية.
municipality-settings-name = اسم البلدية
municipality-settings-short-name = الاسم المختصر
municipality-settings-email = البريد الإلكتروني للمواطنين
municipality-settings-phone = الهاتف للمواطنين
municipality-settings-address = العنوان
municipality-settings-website = موقع البلدية
municipality-settings-colour = اللون خلف رأس الصفحة
municipality-settings-colour-hint = يُكتب ‎#rrggbb‎، مثل ‎#0b4f7c‎. يجب أن يكون داكنًا بما يكفي للنص الأبيض. فارغ: أزرق Sammen.
municipality-settings-mail-name = اسم المرسل في الرسائل
municipality-settings-mail-name-hint = مثل Sammen Odsherred. فارغ: Sammen والاسم المختصر.
municipality-settings-save = احفظ الإعدادات
municipality-settings-saved = تم حفظ الإعدادات. ستظهر في الصفحات خلال لحظة.
municipality-settings-error-text = املأ الحقل (بحد أقصى عدد الأحرف التي يتسع لها الحقل).
municipality-settings-error-email = اكتب عنوان بريد إلكتروني، مثل sammen@kommune.dk.
municipality-settings-error-phone = اكتب رقم هاتف من 8 إلى 15 رقمًا.
municipality-settings-error-website = اكتب عنوانًا يبدأ بـ https://.
municipality-settings-error-colour = اكتب اللون بصيغة ‎#rrggbb‎، داكنًا بما يكفي للنص الأبيض (تباين 4.5:1 على الأقل).
admin-municipality-tile = إعدادات البلدية

# تسجيل الدخول بحساب البلدية (OpenID Connect)
oidc-or-password = أو سجّل الدخول بالبريد الإلكتروني وكلمة المرور:
oidc-refused-title = لم يتم تسجيل دخولك
oidc-refused-lead = حاول تسجيل الدخول مرة أخرى. إذا تكرر ذلك، فاتصل بالدعم التقني في البلدية.
oidc-refused-state = محاولة تسجيل الدخول غير معروفة أو مستخدمة أو قديمة جدًا (أكثر من 10 دقائق). ابدأ من جديد من صفحة تسجيل الدخول.
oidc-refused-provider = رفضت خدمة تسجيل الدخول في البلدية تسجيل الدخول أو أوقفته.
oidc-refused-unavailable = لا يمكن استخدام خدمة تسجيل الدخول في البلدية الآن.
oidc-refused-exchange = تعذّر استبدال الرد من خدمة تسجيل الدخول في البلدية.
oidc-refused-expired = انتهت صلاحية الرد من خدمة تسجيل الدخول في البلدية.
oidc-refused-audience = كان الرد من خدمة تسجيل الدخول في البلدية موجّهًا إلى نظام آخر غير Sammen.
oidc-refused-token = تعذّر قبول الرد من خدمة تسجيل الدخول في البلدية.
oidc-refused-unverified = عنوان بريدك الإلكتروني غير مؤكَّد لدى خدمة تسجيل الدخول في البلدية.
oidc-refused-no-email = لم ترسل خدمة تسجيل الدخول في البلدية أي عنوان بريد إلكتروني.
oidc-refused-no-account = لا يوجد حساب في Sammen لعنوان بريدك الإلكتروني، ومجموعاتك لا تمنح صلاحية الدخول. اطلب دعوة من أحد المسؤولين.
oidc-settings-title = مزوّد تسجيل الدخول
oidc-settings-lead = يمكن لموظفي البلدية تسجيل الدخول بحساب البلدية الخاص (OpenID Connect). يُعثر على الحساب من خلال البريد الإلكتروني المؤكَّد، وتأتي الأدوار من المجموعات. تواصل الجمعيات والمتطوعون تسجيل الدخول بكلمة مرور.
oidc-settings-callback = سجّل هذا العنوان بوصفه redirect URI لدى مزوّد تسجيل الدخول: { $url }
oidc-saved = تم حفظ مزوّد تسجيل الدخول.
oidc-save = احفظ مزوّد تسجيل الدخول
oidc-issuer = الجهة المُصدِرة (issuer)
oidc-issuer-hint = عنوان مزوّد تسجيل الدخول – مثلًا https://login.odsherred.dk/realms/staff
oidc-client-id = معرّف العميل
oidc-secret-file = ملف سرّ العميل
oidc-secret-file-hint = المسار الكامل لملف على الخادم – مثلًا /etc/sammen/oidc-secret. لا يُحفظ السرّ نفسه في قاعدة البيانات أبدًا.
oidc-label = نص الزر
oidc-label-hint = مثلًا Log ind med Odsherred Kommunes login
oidc-group-claim = الحقل الذي يحمل المجموعات (claim)
oidc-group-claim-hint = مثلًا groups. النقطة تدخل إلى كائن – مثلًا realm_access.roles
oidc-role-map = المجموعات والأدوار
oidc-role-map-hint = مجموعة واحدة في كل سطر: مجموعة = دور، دور. الأدوار: administrator, moderator, ambassador, bus_crew, editor, teacher. مثلًا sammen-admins = administrator
oidc-scopes = Scopes
oidc-scopes-hint = مفصولة بمسافات – مثلًا openid email profile groups
oidc-enabled = أظهر الزر في صفحة تسجيل الدخول
oidc-error-issuer = أدخل عنوان الجهة المُصدِرة – مثلًا https://login.odsherred.dk/realms/staff
oidc-error-issuer-https = يجب أن تستخدم الجهة المُصدِرة https – مثلًا https://login.odsherred.dk
oidc-error-client-id = أدخل معرّف العميل من مزوّد تسجيل الدخول – مثلًا sammen
oidc-error-secret-file = أدخل المسار الكامل لملف السرّ – مثلًا /etc/sammen/oidc-secret
oidc-error-group-claim = أدخل الحقل الذي يحمل المجموعات دون مسافات – مثلًا groups
oidc-error-scopes = أدخل scope واحدًا على الأقل – مثلًا openid email profile groups
oidc-error-label = أدخل نص الزر (80 حرفًا على الأكثر) – مثلًا Log ind med Odsherred Kommunes login
oidc-error-roles = اكتب مجموعة واحدة في كل سطر بالشكل مجموعة = دور – مثلًا sammen-admins = administrator
oidc-admin-tile-title = مزوّد تسجيل الدخول
oidc-admin-tile-text = حساب البلدية الخاص لموظفيها: الجهة المُصدِرة والعميل وأي المجموعات تمنح أي الأدوار.
