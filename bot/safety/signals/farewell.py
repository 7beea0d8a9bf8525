"""Preparation and farewell."""
from bot.safety.signals.words import MEANS, PILLS, Signal
from bot.safety.signals.words import make as _s

# "det får räcka nu för idag": enough for today, a session's end
NOT_FOR_TODAY = r"(?! for (?:idag|i dag|den har gangen|ikvall|i kvall|nu|stunden|veckan))"

SIGNALS: list[Signal] = [
    # the whole message is that this is the last night: "sista natten nu"
    _s("last_night", "self", r"^\W*(?:(?:det|detta|det har) (?:ar|e|blir) )?(?:min |mitt )?sista (?:natt|natten|kvall|kvallen)"
                             r"(?: nu| ikvall| inatt| har| for mig)?\W*$", whole=True, acute=True),
    # life insurance checked to pay out: "livförsäkringen ger 1,2 miljoner till barnen, jag har kollat att den gäller"
    _s("insurance_checked", "self", r"\blivforsakring\w*\b.{0,100}\bkarens\w*\b|\bkarens\w*\b.{0,100}\blivforsakring\w*"
                                    r"|\blivforsakring\w*\b.{0,100}\b(?:kollat|kollade|kontrollerat|kontrollerade|sett till|tagit reda pa) (?:att|om) (?:den|det|dom|de) (?:galler|betalar|gar till)\b"
                                    r"|\b(?:kollat|kollade|kontrollerat) (?:att|om) (?:min )?livforsakring\w* (?:galler|betalar)", whole=True),
    # letters so the children know "att det inte var deras fel": its "inte" is no denial
    _s("not_their_fault", "self", r"\b(?:brev\w*|skrev\w*|skrivit)\b.{0,80}\b(?:inte|int) (?:var|ar|e) (?:deras|ditt|ert|hans|hennes|ditt) fel\b.{0,40}\b(?:nar jag (?:ar|e) borta|efterat|sen)\b",
       whole=True, negative=True),
    _s("bought_and_done", "self", r"(?=.*\b(?:nu (?:ar|e) det (?:fardigt|klart|slut|over|dags)|holl ut)\b).*\b(?:kopt|skaffat|fixat|ordnat) (?:allt |det )?(?:jag behover|som behovs)\b",
       whole=True),
    _s("farewell", "self", r"\b(?:gett|gav|ger|ge|delat ut|dela ut|skankt|skanker|skanka) bort (?:alla |allt |nastan allt |det mesta av |mycket av |halften av |en massa av )?(?:mina |mitt )?"
                           r"(?:saker|grejer|prylar|agodelar|allt jag ager|allt jag har)"
                           r"|\b(?:sagt|sager|sa) (?:hejda|hej da|adjo|farval) (?:till|at) (?:alla|allihop|familjen|er|mamma"
                           r"|pappa|barnen|mina|dom jag|de jag|dem jag|folk jag|dom ja|de ja|dem ja)"
                           r"|\b(?:meddela|ringa|ring|saga till|beratta for) (?:min familj|familjen|mamma|pappa|mina nara|min syster"
                           r"|min bror|mina barn)\b.{0,20}\befterat\b"
                           r"|\b(?:hejda|hej da|farval|adjo)\b.{0,30}\b(?:for alltid|for sista gangen|allihop|alla ni)"
                           r"|\bavskeds(?:brev|mejl|mail|mess|sms|video|meddelande)|\b(?:skrivit|skriver|skrev|lamnat) (?:ett |mitt )?(?:sista )?(?:brev|brevet|lappar|en lapp)"
                           r" (?:till|at) (?:min familj|familjen|mamma|pappa|barnen|mina (?:bada |tva |tre )?(?:barn|soner|dottrar|barnbarn)|alla|min syster|mina nara"
                           r"|min bror|mina foraldrar|er)"
                           r"|\b(?:mitt|det har ar mitt|detta ar mitt) sista (?:meddelande|sms|mess)|\bsista gangen (?:ni|du) hor"
                           r"|\b(?:skrivit|skrev|skriver|schemalagt|schemalagt|forberett|sparat) (?:ett |mitt |ett litet )?sista (?:msg|meddelande|sms|mess|inlagg|mejl|mail|brev)\b"

                           r"|\bnar jag (?:ar|e) borta\b|\bbrev(?:et|en) (?:ar|e) (?:redan )?(?:skrivet|skrivna)\b"
                           r"|\bbrev\w*\b.{0,60}\b(?:lagt|lamnat|lagger) (?:det|dem|dom|den) (?:pa|i) (?:\w+ )?(?:koksbordet|bordet|skrivbordet|kudden|sangen|hallen|byran|byralad\w*|ladan|skrivbordslad\w*)\b"
                           # the letter left where it will be found
                           r"|\bbrev(?:et|en)? (?:till|at) (?:dig|er|mamma|pappa|familjen|barnen|ombudet|\w+)(?: och (?:\w+ )?\w+)? (?:ligger|finns|star) (?:redan )?(?:pa|i) (?:koksbordet|bordet|skrivbordet|hallen|sangen|byran|kudden)"
                           r"|\bta hand om (?:katten|hunden|barnen|mamma|min)\b.{0,25}\b(?:nar jag|at mig)"
                           r"|\b(?:ordnat|fixat|skrivit|skrev|gjort) (?:med |klart )?(?:mitt )?(?:testamente|min begravning)"
                           r"|\bsag till (?:\w+ ){1,2}att jag alskar"
                           r"|\b(?:gett|gav|skankt|skankte) bort (?:\w+ ){1,3}(?:och )?(?:min |mitt )?(?:katten|hunden|katt|hund)\b"
                           r"|\b(?:gett|gav|ger|skankt|skankte|skanker) bort (?:min |mitt |mina )?(?:katt|hund|katten|hunden|klader|saker"
                           r"|marsvin|kanin|kaniner|faglar|fiskar|djur)"
                           r"|\b(?:forlat|forlats?)-?(?:sms|meddelande|brev)|\bskick\w* (?:ett )?(?:sista|avskeds)"
                           r"|\b(?:sagt upp|sager upp) (?:hyreskontraktet|lagenheten|kontraktet)\b.{0,60}\b(?:behover|inget mer|sen)"
                           r"|\b(?:lamnat|lamnar) nyckeln\b.{0,60}\b(?:bryta upp|hitta mig|sen)"
                           r"|\bsista gangen (?:vi|ni|du) (?:pratar|hors|ses|hor av mig|skriver|ser mig|horde av mig)\b"
                           r"|\bblir min sista(?: kvall| natt| dag)?\s*$|\bmin sista (?:kvall|natt)\b(?! (?:pa|i|hemma|med|innan))"
                           r"|\binnan jag gar\b.{0,30}\b(?:pa riktigt|for gott)"
                           r"|\bsen (?:ar|e|blir) det over\b|\bnu (?:ar|e) allt sagt\b"
                           r"|\b(?:katten|hunden|djuren|kaninen) (?:far|ska fa|fatt|har fatt) (?:ett )?nytt hem\b"
                           r"|\b(?:saga|sag|hals|halsa)(?: till \w+)? att jag ar tacksam for allt"
                           r"|\b(?:mina saker|allt jag ager) (?:ar |blir )?(?:fordelade|utdelade|bortgivna)"
                           r"|\b(?:delat|delade|delar) ut (?:alla |allt |nastan allt )?(?:mina |mitt )?(?:saker|grejer|prylar|agodelar)"
                           r"|\b(?:gett|gav|ger) bort\b.{0,60}\btack for allt\b|\bnytt hem (?:at|till) (?:katten|hunden)"
                           # what one owns, given away today ("har gett bort gitarren o alla plattor idag")
                           r"|\b(?:har gett|gav|har skankt|skankte|har delat ut|delade ut) bort (?:\w+ ){1,5}(?:idag|i dag|igar|nyss|i helgen)\b"),
    # thanks for everything and a sorry that ends the message ("tack för allt ni varit fina. förlåt"),
    # told across sentences, so it is looked for in the whole message
    _s("farewell_thanks", "self", r"\btack for allt\b(?!.*\b(?:hjalpen|stodet|idag)\b)"
                                  r".{0,120}\bforlat\W*$|\bforlat\W*(?:for allt\W*)?tack for allt\W*$", whole=True),
    # what is said or arranged for after one's death: their own "inte" is no denial
    _s("farewell_after", "self", r"\b(?:saga|sag|saj|hals|halsa|skriv|sms:?a|sms)(?: (?:ba|bara|till) (?:\w+ ){0,2}\w+)?(?: \w+)?(?: o| och)? (?:saga |sag |saj )?att det (?:inte|int) var (?:hennes|hans|ert|ditt|deras|nagons) fel"
                                 r"|\b(?:fixat|ordnat|bestamt|kommit overens|lovat|bett|sagt till) (?:\w+ ){0,9}nar jag (?:inte|int) (?:finns|lever)(?: langre| kvar| mer)?\b",
       negative=True),
    _s("farewell_said", "self", r"\b(?:lamnat|lamnar|lamnade) nyckeln\b.{0,60}\b(?:bryta upp|hitta mig)\b"
                                r"|\b(?:katt|katten|hund|hunden)\b.{0,40}\bbehover (?:inte|int) (?:henne|honom|den|dom) (?:efter|fran|langre)\b"
                                r"|\b(?:kommer (?:inte|int)|(?:inte|int) kommer) (?:pa|till) (?:nasta|nagot|fler) (?:mote|moten|traff)\b.{0,60}\b(?:tack for allt|eller (?:nagot|nat) (?:mote|annat)|nagonsin)\b"
                                r"|^(?:jag )?(?:orkar|pallar) (?:inte|int|ej) (?:mer|langre)\W+(?:hej ?da|adjo|farval)\W*$"
                                r"|\binnan jag gar\W+(?:\w+ ){0,2}pa riktigt\b"
                                r"|\bvill (?:inte|int) (?:vara med|finnas|vara kvar)\b.{0,40}\b(?:inte|int) (?:i|pa) (?:livet|jorden|varlden)\b",
       whole=True, negative=True),
    # calm after a decision, the decision itself unnamed: "när man väl bestämt sig blir allt lättare"
    _s("decided_calm", "self", r"\b(?:nar (?:man|jag) (?:val )?(?:har |hade )?)?bestamt (?:sig|mig)\b(?! for| om)[^.]{0,30}\b(?:nu )?(?:kanns|ar|blev|blir) "
                               r"(?:allt|det|livet) (?:sa )?(?:mycket )?(?:lattare|lugnare|lugnt|enklare)\b", acute=True),
    # things given away, then done: "ha gett bort akvariet innan söndag. Sen är jag klar."
    # the day chosen for it to be over: "tanken på att det snart är över. jag har bestämt datum, fredag"
    _s("date_set", "self", r"\b(?:det|allt) (?:snart )?(?:ar|e|blir) (?:over|slut)\b.{0,60}\bbestamt (?:ett )?(?:datum|dag|dagen)\b"
                           r"|\bbestamt (?:ett )?(?:datum|dag|dagen)\b.{0,60}\b(?:(?:ar|e|blir) (?:det|allt) (?:over|slut)|ar jag borta|finns jag inte)\b", whole=True),
    _s("farewell_done", "self", r"\b(?:(?:gett|ge|ger|gav|skankt|skanka|skanker|delat ut|dela ut) bort|brev|breven|brevet|lamna (?:katten|hunden)|(?:saga|sagt|sager) (?:hejda|hej da|adjo|farval) till alla|(?:ordning pa allt|ordnat allt|fixat allt|fixa allt|ordna allt) innan jag gar)\b.{0,160}\bsen (?:ar|e|blir) (?:jag|allt|det) "
                                r"(?:klar|klart|fardig|fardigt|over)(?: har| med allt| med livet)?(?:\W+(?:helst |senast )?(?:innan|till|pa|fore) \w+)?(?:\W*$| och (?:behover|ska) (?:inga|inget|inte)\b)"
                                r"|\b(?:skriva klart|skrivit klart) (?:breven|brevet|brev)\b.{0,80}\bsen (?:behovs|behover jag) (?:inga|inget) (?:fler |mer )?(?:steg|mer)\b", whole=True,
       negative=True),  # "sen är jag klar och behöver inga fler steg": its "inga" denies nothing
    # letters left and the pet or children handed over, or thanks for everything: arranged
    # across sentences ("har skrivit brev till mina syskon ... katten får bo hos grannen")
    _s("farewell_arranged", "self",
       r"\b(?:skrivit|skrev|skriva|skriver|skriva klart|skriva fardigt|lamnat|lagt) (?:\w+ ){0,3}(?:brev|breven|lappar|en lapp)\b.{0,160}"
       r"\b(?:(?:katten|hunden|djuren|barnen|kaninen|fageln) (?:far|ska|kan|kommer att) (?:bo|vara|flytta|bli) (?:hos|med)"
       r"|(?:lamna|lamnar|lamnat|ge|ger|gett) (?:over |bort )?(?:katten|hunden|djuren|kaninen|fageln|fiskarna|marsvinet) (?:till|hos)"
       r"|tack for allt)\b"
       r"|\b(?:katten|hunden|djuren|barnen) (?:far|ska|kan) (?:bo|flytta) hos\b.{0,160}\b(?:brev|breven|tack for allt|forlat)\b",
       whole=True, negative=True),
    # means laid out and the act set for a moment ("knivarna ligger framme ... jag gör det när sambon har somnat",
    # "lämnade metadonet framme så jag kan ta allt inatt")
    _s("means_and_moment", "self",
       rf"\b{MEANS}\b (?:\w+ ){{0,3}}(?:framme|redo|bredvid mig)\b.{{0,80}}\b(?:gor (?:jag )?det|tar (?:jag )?(?:allt|alla|dom|dem))"
       rf" (?:nar|ikvall|i kvall|inatt|i natt|sen|snart)\b"
       rf"|\b{MEANS}\b (?:\w+ ){{0,3}}(?:framme|redo)\b.{{0,40}}\b(?:kan|ska) (?:jag )?ta (?:allt|alla|hela|allihop)\b"
       rf"|\b(?:fa|fatt|fick) tag pa (?:\w+ )?{PILLS}\b.{{0,60}}\bhar (?:allt|det) jag behover\b",
       whole=True, acute=True),
    # the act left unnamed, "när jag gör det", with the means kept near or suicide asked about in general
    # ("vill ha dom nära när jag gör det", "om man tar livet av sig ... när jag gör det")
    _s("act_unnamed", "self",
       rf"\b(?:{PILLS}|{MEANS}|dom|dem|de)\b.{{0,80}}\b(?:ha|har|hade) (?:dom|dem|de|den|det|\w+) (?:nara|kvar|hos mig|till hands)\b.{{0,30}}\b(?:nar|innan|tills) (?:jag|ja) (?:gor|ska gora) det\b"
       r"|\b(?:tar livet av sig|tar sitt liv|tagit livet av sig|tar sitt eget liv|begar sjalvmord|sjalvmord\w*)\b.{0,160}\b(?:nar|innan|efter att|efter) (?:jag|ja) (?:gor|ska gora|har gjort|gjort) det\b",
       whole=True, negative=True, acute=True),
    # safekeeping refused, the pills kept until a day: "vill inte att nån håller i mina tabletter, behöver ha kvar dem till lördag"
    _s("safekeeping_refused", "self", rf"\bvill (?:inte|int) att (?:nan|nagon|ngn|du|ni|ombudet|mamma|pappa|\w+) (?:haller i|tar hand om|har|forvarar|laser in|tar) (?:mina |alla )?{PILLS}\b.{{0,60}}"
       r"\b(?:ha kvar|behalla|spara|ha) (?:dem|dom|de|den|det)?(?: har)? ?(?:till|tills|fram till) (?:pa )?(?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|helgen|den \d+\w*)\b",
       whole=True, negative=True, acute=True),
    # affairs closed before a date, the pet rehomed, nothing needed after it (not a move:
    # "allt i ordning innan flytten" gives things away too)
    _s("affairs_closed", "self",
       r"(?!.*\b(?:flytt\w*|flyttar|flyttade|nya (?:lagenheten|boendet|stallet)|utlandet|resan)\b)"
       r"(?:.*\b(?:allt i ordning|ordning pa allt|ordnat allt|fixat allt|ordning pa mina saker)\b.{0,40}\binnan\b.{0,160}"
       r"\b(?:nytt hem|nya agare|ny agare|ge bort|gett bort|skanka bort|skankt bort|testamente\w*)\b"
       r"|.*\btestamente\w* (?:ar|e|blev) (?:klart|skrivet|fixat|ordnat)\b.{0,80}\b(?:nytt hem|nya agare|ny agare)\b"
       r"|.*\b(?:sa upp|sagt upp|sager upp|avslutat|avslutade|betalade|betalat)\b (?:\w+ ){0,3}(?:\w*abonnemang\w*|hyreskontrakt\w*|\w*forsakring\w*|hyran|mobil\w*|kontot|konton)"
       r"\b.{0,140}\b(?:behover (?:inget|inte|ingen|inga)|har (?:ingen|inte nan) (?:anvandning|nytta)) (?:\w+ ){0,4}(?:efter|sen|da|langre)\b)",
       whole=True, negative=True),
    # one last try, then the dangerous place ("gör ett sista försök att prata med nån innan jag går ner till bron")
    _s("last_try", "self", r"\bsista (?:forsok|forsoket|gangen)\b.{0,60}\binnan (?:jag|ja) (?:gar|ska ga|aker|tar mig)"
                           r" (?:ner |ut |upp )?(?:till|pa|mot) (?:bron|taket|sparet|sparen|stationen|vattnet|havet|sjon|an|klippan)\b",
       acute=True),
    # the ombud told no more meetings are needed, and it is "solved" ("... jag har löst det på mitt sätt")
    _s("no_more_meetings", "self",
       r"\b(?:(?:inte|int) )?(?:behover|behova|kommer (?:inte|int) (?:behova|att behova)) (?:inte |int )?(?:boka (?:fler|nagra fler|mer|nya) (?:tider|moten)"
       r"|traffa mig (?:mer|langre)?|ringa mig (?:mer|langre)?)\b.{0,100}\b(?:lost det pa mitt|ordnat allt|forlat|sista)\b",
       whole=True, negative=True),
    # following someone who just died ("hon dog i förrgår ... tänker följa efter henne ikväll")
    _s("follow_the_dead", "self", r"\b(?:dog|dott|gick bort|tog livet av sig|somnade in)\b.{0,160}"
                                  r"\b(?:ska|tanker|vill|kommer att|gar att) folja (?:efter )?(?:henne|honom|dem|dom|mamma|pappa)\b",
       whole=True, negative=True),
    # a plan or a decision, told as such
    # what dying a way feels like: "gör det ont att drunkna?", "det gör inte ont att hänga sig, stämmer det?"
    _s("method_feel", "self", r"\b(?:(?:gor|gjorde|kanns) det|det (?:inte |int )?(?:gor|kanns)) (?:inte |int )?(?:ont|nagot|nat) (?:att|nar man) (?:drunkna|drunknar|hanga sig|hanger sig|forbloda|forbloder|kvavas|kvavs|frysa ihjal|fryser ihjal|do|dor)\b"
                              r"|\bhur (?:lang tid|lange|snabbt)\b.{0,20}\b(?:att drunkna|att hanga sig|att forbloda|att kvavas|att frysa ihjal)\b", negative=True),
    _s("plan", "self", r"\bhar (?:en )?plan\b.{0,30}\b(?:nar och hur|hur och nar|hur jag ska|for hur|klar|for att do)"
                       r"|\bvet (?:nar och hur|hur och nar|exakt hur)(?: jag ska gora det| det ska ga till)?\s*$"
                       r"|\bgooglat (?:hur|pa hur)\b.{0,40}\b(?:gor det|dor|do|ta|tar|hanger|snabbast|smartfritt|smartsamt|behovs|kravs|racker"
                       r"|dodlig|dos)|\bdodlig dos\b|\braknat ut hur (?:mycket|manga)\b"
                       r"|\bhur man (?:knyter|gor|fixar|binder|satter upp|hanger upp) (?:en |ett )?(?:snara|snaran|rep|repet|lina)\b"
                       r"|\bhar bestamt mig\b.{0,40}\b(?:ikvall|idag|nu|imorgon|fredag|lordag|sondag|det blir|det ar slut"
                       r"|avsluta|dags)|\bdet (?:blir|ar|e) (?:pa|i) (?:fredag|lordag|sondag|mandag|tisdag|onsdag|torsdag|natt"
                       r"|kvall|helgen)\b.{0,40}\b(?:tom|ensam|borta|ingen)"
                       r"|\bhar bestamt (?:mig for )?att (?:det har|detta|det) (?:blir|ar|e) (?:min |mitt )?sista (?:helg|helgen|natten|kvallen|dagen|veckan)\b"
                       r"|\bavsluta allt\b|\bdet (?:ar|e) slut nu\b|\b(?:idag|ikvall|inatt|imorgon) (?:ar|e|blir) det slut"
                       r"|\bplanera(?:r|t|de)? (?:mitt|min|hur jag)\b.{0,20}\b(?:dod|sjalvmord|ta|do|slut)"
                       r"|\bfar ta (?:sitt|mitt) liv|\bta (?:sitt|mitt) liv\b"
                       r"|\b(?:tanker|ska|kommer|vill) (?:inte|int) leva (?:sa har )?(?:en dag till|en natt till|langre|mer)"
                       r"|\b(?:har )?plan(?:en)? (?:ar |e )?klar\b.{0,40}\b(?:vantar|sakerna|framme|ikvall|inatt|nar (?:alla|hon|han|de|dom))"
                       r"|\bsen (?:ar|e|blir) det (?:slut pa allt|over for gott)|\b(?:kanns|ar) (?:det )?(?:sa )?lugnt nu nar jag (?:vet|har bestamt)"
                       r"|\bingen (?:har|kan) (?:stoppat|stoppa|hindrat|hindra) mig\b.{0,40}\b(?:redo|nu)\b|\b(?:borjat|borjar) planera hur jag ska\b"
                       r"|\bhur (?:hog|hogt|djup|djupt) (?:maste|behover|ska)\b.{0,30}\b(?:balkong\w*|bro\w*|tak\w*|hus\w*|vaning\w*|fall\w*|vatten)\b"
                       # "googlat höga hus i stan hela kvällen" (not the world's tallest, for school)
                       r"|\b(?:googla|googlar|googlat|googlade|kollat|kollade|sokt|sokte) (?:pa |efter |upp )?(?:hoga|hogsta|hogre) (?:hus|husen|byggnader|broar|bron|parkeringshus)\b(?! i (?:varlden|europa|sverige|usa|asien))"
                       r"|\b(?:har )?tankt ut hur\b|\bhur (?:mycket|mkt|manga)\b.{0,40}\b(?:ar|e|blir) (?:dodlig\w*|livsfarlig\w*)"
                       r"|\b(?:kolla|kollar|kollat|kollade|googla|googlar|googlat|googlade|soka|soker|sokt|sokte|ta reda pa|mata|mater|matt)\b"
                       r".{0,30}\b(?:hur hog|hur hogt|vilken hojd|hojden pa|hur langt ner)\b.{0,30}\b(?:balkong\w*|bro\w*|tak\w*|hus\w*|vaning\w*|\d+(?:an|e|de))\b"
                       r"|\b(?:googla|googlar|googlat|googlade|soka|soker|sokt|sokte|kolla|kollar|kollat|kollade|lasa|laser|last)\b (?:pa |efter |om |upp )?"
                       r"(?:olika )?(?:metoder|satt att do|hur man (?:dor|tar livet|hanger sig|overdoserar))\b|\bhur (?:lang tid|lange|mycket|mkt|manga|snabbt)\b.{0,30}\b(?:att do|innan man dor|for att do|for att det ska racka|innan man forbloder|att forbloda|innan man kvavs|innan man drunknar)\b"
                       r"|^att (?:jag )?(?:fa |far )?(?:do|doo|dor)\b(?! (?:av|utav) )"
                       # "hur många av mina tabletter som räcker"
                       rf"|\bhur (?:manga|mycket|mkt)\b.{{0,30}}\b{PILLS}\b.{{0,10}}\b(?:som )?(?:racker|behovs|kravs)\b(?! (?:for|till|i|tills|per|om)\b)"),
    _s("plan_told", "self", r"\bvet (?:exakt )?(?:hur och nar|nar och hur)\b.{0,60}\b(?:inte|int) (?:far|ska) ringa (?:nan|nagon|ngn)\b|\b(?:tog|tagit|svalde|svalt) alla (?:som fanns|jag hade|som var kvar)\b|\b(?:gjorde|gjort) det (?:anda|iaf|i alla fall) (?:nyss|idag|ikvall)\b.{0,40}\bdjupare\b"
                            r"|\b(?:det )?(?:ar|e|blev) (?:mycket )?djupare (?:an|en) (?:vanligt|forra gangen|nagonsin)\b|\b(?:orkar|pallar) (?:inte|int|ej) (?:mer|langre)\b.{0,30}\bvill (?:bara )?(?:forsvinna|sluta finnas|inte finnas)\b|\b(?:bestamt|bestamt mig for|beslutat) att jag (?:inte|int) ska (?:vara med|finnas|leva|vara kvar) (?:pa|till|nar|efter|pa min)\b"
                            r"|\b(?:lugn|lugnare)\w*\b.{0,40}\b(?:sen|sedan|efter att|nar) jag (?:har )?bestamde? mig\b"
                            r"|\bnar alla (?:har )?(?:akt|gatt|somnat|sover)\b.{0,40}\b(?:blir det av|gor jag det|ska det ske)\b"
                            r"|\b(?:behovs|behover jag) (?:inga|inte nagra) fler (?:steg|mal|moten|dagar)\b"
                            r"|\bvill gora det igen\b.{0,20}\bdjupare\b|\bskulle stoppa (?:mig|mej)\b.{0,60}\b(?:nu )?(?:ar|e) jag redo\b|\binte att (?:ni|du) (?:skulle|ska) ringa\b.{0,60}\bhar en plan\b|\b(?:inget|ingenting) hjalper\b.{0,80}\bhar planerat (?:for det|allt)\b"
                            r"|\bhur (?:hogt|hog|langt ner) man (?:maste|behover|ska) hoppa\b|\bbehovs for att det ska (?:va|vara) kort\b"
                            r"|\b(?:ikvall|inatt|idag|imorgon|i morgon) (?:ar|e) det dags\b(?! (?:for|att))"
                            r"|\bforsok\w*\b.{0,80}\b(?:har (?:jag )?|med )samma plan\b"
                            r"|\b(?:ville|ville inte|har inte velat) do\b.{0,60}\bnu (?:vill|gor) jag det (?:igen|ocksa)\b"
                            r"|\bklarar sig utan (?:mig|mej) nu\b.{0,60}\b(?:gjort klart|ordnat|fixat) allt\b"
                            r"|\blever (?:nasta vecka|imorgon|i morgon|till helgen)\b.{0,30}\btvivlar\b", whole=True, negative=True, acute=True),
    # a plan ready and a wait for the moment alone, told across a comma ("min plan är klar, väntar bara tills sambon åkt")
    _s("plan_waiting", "self", r"\bplan(?:en)? (?:ar|e) klar\W+(?:\w+ ){0,2}(?:vantar|vanta) (?:bara |nu )?(?:tills|till|pa att)\b",
       whole=True),
    # a goal or dream that is death: its own "inte" ("att inte finnas") is no denial
    _s("death_goal", "self", r"\b(?:mitt|min|den|mina)? ?(?:enda |storsta |sista )?(?:mal|malet|drom|drommen|onskan)\b(?: \w+){0,5} (?:ar|e) (?!inte )(?:att )?(?:fa )?"
                             r"(?:do|doo|doden|vara dod|bli dod|inte finnas|inte finnas kvar|inte leva|sluta leva|ta mitt liv)\b", negative=True),
    # starving oneself to death, an ultimatum: their own "inte", "ingen" is no denial
    _s("repeat_attempt", "self", r"\b(?:inte|int) misslyckas\b.{0,40}\b(?:tar jag (?:mer|fler|alla|allt|hela)|dubbla|hela burken|hogre upp)",
       negative=True),
    _s("starving", "self", r"\b(?:inte atit|slutat ata|vagrar ata|svalter mig|svalta mig)\b.{0,40}\b(?:med flit|for att do"
                           r"|tills jag dor|ge upp|ska do)", negative=True),
    _s("ultimatum", "self", r"\bom ingen (?:svarar|ringer|hor av sig|bryr sig|kommer)\b.{0,40}\b(?:gor jag det|ar jag borta"
                            r"|hoppar jag|tar jag)", negative=True, acute=True),
    _s("not_survive", "self", r"\b(?:garanterat|sakert|helt sakert|saker pa att) (?:inte|int|aldrig) overlev"
                              r"|\b(?:sa|for att) (?:du|ni) (?:inte|int) ska (?:ringa|larma|kontakta) (?:nan|nagon|nan)\b"
                              r"|\bfor att (?:man|jag) (?:inte|int) ska overleva\b", negative=True),
    _s("farewell_gone", "self", r"\b(?:da|sen|efter det|efter helgen|efter jul) finns (?:inte|int) jag (?:kvar|langre|mer)\b|\bfinns (?:inte|int) (?:kvar|har) (?:efter|imorgon|i morgon|nasta|pa mandag|om en|nar ni|till|da|sen|sedan)\b"
                                r"|\bkommer (?:ju )?(?:inte|int) (?:att )?vara (?:har|kvar) pa (?:\w+dag|helgen)\b|\bsnart (?:ar|e) (?:jag )?(?:borta|rattat)\b"
                                r"|\b(?:(?:ska|tanker) (?:inte|int)|(?:inte|int) (?:ska|tanker)) vanta (?:langre|mer)\s*$"
                                r"|\b(?:misstag|problem)\b.{0,30}\b(?:ska rattas|rattas till|snart (?:ar|e) (?:lost|rattat))\b"
                                r"|\bkommer (?:inte|int) (?:att )?(?:finnas|vara) (?:kvar|har|med) (?:efter|imorgon|i morgon"
                                r"|nasta|langre|mer|till|da)\b|\bvi (?:ses|hors) (?:inte|aldrig) (?:mer|igen)\b"
                                r"|\b(?:imorgon|i morgon|ikvall|inatt|efter helgen|snart|pa fredag|nasta vecka) (?:ar|e|kommer) jag"
                                r" (?:(?:att )?vara )?borta(?: (?:anda|for gott|for alltid|pa riktigt))?\s*$"
                                r"|\bjag (?:ar|e) (?:anda )?borta (?:anda )?(?:imorgon|i morgon|ikvall|inatt|efter helgen|snart)\b"
                                r"|\bdet blir (?:inget|ingenting|inte nagot|inte nat) efter (?:den har gangen|det har|detta)\b"
                                r"|\bom (?:nagra|ett par|en|tva|tre) (?:timmar|timme|minuter|dagar)\b.{0,20}\b(?:ar|e) (?:allt|det)"
                                r" (?:slut|over)\b", negative=True, acute=True),
    # everything arranged so that nobody has to deal with anything afterwards (its "ingen" is no denial)
    _s("farewell_arranged", "self", r"\bsa (?:att )?ingen (?:ska |behover |behova |ska behova )(?:\w+ ){0,2}(?:ta hand om|ordna med|ordna|reda ut|reda upp|fixa) (?:\w+ ){0,2}efterat\b",
       negative=True),
    # the pet given away for good, soon: "Min hund Sixten. Grannen har lovat att ta honom för gott efter helgen"
    _s("farewell_pet_for_good", "self", r"\b(?:hund\w*|katt\w*|kanin\w*|marsvin\w*|undulat\w*|papegoj\w*|djur\w*)\b.{0,80}"
                                        r"\b(?:(?:ta|tar|ha|behalla|ta hand om|tar hand om) (?:honom|henne|den|dem|dom|hunden|katten|djuren)(?: \w+)? "
                                        r"|(?:far|ska|kommer att) (?:bo|flytta|vara) (?:hos|till|med) (?:\w+ ){1,3}?)for gott\b",
       whole=True),
    # thanked everyone for the last time, today (not a funeral told in the past): "har ringt och tackat dem alla i dag, det var sista gången vi talades vid"
    _s("farewell_calls_done", "self", r"\b(?:ringt|skrivit|pratat|traffat) (?:till |med )?(?:och tackat |o tackat )?(?:dem|dom|alla|allihop|var och en|familjen)(?: alla)?\b"
                                      r".{0,80}\bsista gangen (?:vi|jag|de|dom) (?:talades vid|pratade|pratar|sags|ses|hordes|hors)\b",
       whole=True),
    # "det får räcka nu" with thanks or a past-tense goodbye: "det får räcka nu. tack för allt, ni var de enda som lyssnade"
    _s("farewell_enough", "self", rf"\b(?:det )?(?:far|fick) (?:det )?racka nu\b{NOT_FOR_TODAY}(?!.*\bfor (?:idag|i dag|den har gangen)\b).{{0,100}}\b(?:tack for allt|(?:ni|du) var (?:de|den|dom) enda|hej ?da|forlat|farval|adjo)\b"
                                  rf"|\b(?:tack for allt(?! (?:idag|i dag|hjalp\w*|stod\w*))|(?:ni|du) var (?:de|den|dom) enda)\b.{{0,100}}\b(?:det )?far (?:det )?racka nu\b{NOT_FOR_TODAY}",
       whole=True),
    # things given away or handed back, nothing needed after a day (not a move): "ge bort katten till
    # grannen och lämna tillbaka reservnyckeln. jag kommer ändå inte behöva nånting av det efter helgen"
    _s("farewell_not_needed", "self", r"(?!.*\b(?:flytt\w*|nya (?:lagenheten|boendet|stallet|jobbet)|utlandet|resan|semester\w*|kloster\w*|militar\w*|lumpen)\b)"
                                      r".*\b(?:(?:ge|ger|gett|gav|skanka|skanker|skankt) (?:bort|tillbaka)|lamna(?:r|t|de)? (?:tillbaka|over|bort)"
                                      r"|lamna(?:r|t|de)? (?:katten|hunden|djuren|kaninen|fageln|fiskarna|marsvinet) (?:till|hos))\b.{0,120}\b(?:kommer (?:ju |anda )?(?:inte|int) (?:att )?behova|behover (?:ju |anda )?(?:inte|int|inget|ingenting|inga))"
                                      r" (?:\w+ ){0,4}efter (?:helgen|ikvall|i kvall|inatt|i natt|idag|i dag|imorgon|i morgon|\w+dag|den \d+\w*)\b",
       whole=True, negative=True),
    # the day has come, told with affairs in order or thanks: "idag e dagen. har ställt i ordning allt ... tack för allt"
    _s("the_day", "self", r"\b(?:idag|i dag|ikvall|i kvall|inatt|i natt) (?:ar|e) (?:det )?dagen\W+(?!for\b|da\b|nar\b).{0,160}"
                          r"\b(?:tack for allt|forlat|i ordning|ordnat allt|fixat allt|hejda|hej da|farval|hos grannen|nytt hem)\b", whole=True),
    # not to exist any more, for good: "vore skönt att inte finnas mer. permanent alltså"
    _s("gone_for_good", "self", r"\b(?:inte|int) (?:finnas|leva|vara har|vara kvar) (?:mer|langre|kvar)\b.{0,30}\b(?:permanent|for gott|for alltid)\b",
       whole=True, negative=True),
    # the only ones who cared, and a goodbye or a "take care of each other": "ni har varit de enda som brytt er. ta hand om varandra"
    _s("farewell_only_ones", "self", r"(?!.*\b(?:vi ses|vi hors|ses (?:pa|imorgon|i morgon|nasta|snart)|hors (?:pa|imorgon|i morgon|snart)|nasta gang|till veckan)\b)"
                                     r".*\b(?:ni|du) (?:har varit|var|ar|e) (?:de|den|dom) enda som (?:har |nagonsin )?(?:brytt|bryr|lyssnat|lyssnar|brydde|forstatt|forstar)\b.{0,60}"
                                     r"\b(?:ta hand om (?:varandra|er|dig)|skot om (?:er|dig)|hej ?da|farval|forlat|tack for allt)\b", whole=True),
    # the week's dose bags emptied out in front of the writer: "har tömt alla påsar från dosrullen i en skål ... behövs inte mer"
    _s("dose_bags_emptied", "self", r"\b(?:tomt|tommer|tomde|tagit ut|plockat ut|rivit upp) (?:alla |hela )?(?:pasar|pasarna|dospasar\w*|dosett\w*|dosrull\w*|tabletter\w*|kartor\w*|\w+ fran dosrullen)\b.{0,160}"
                                    r"\b(?:framfor mig|bredvid mig|behovs (?:inte|int) mer|behover (?:inte|int) mer|ikvall|inatt|i kvall|i natt)\b", whole=True, acute=True, negative=True),
    # found too late, by design: "då hinner ingen hitta mig i tid"
    _s("not_found_in_time", "self", r"\b(?:hinner|kan|kommer|hittar) ingen (?:att )?(?:hitta (?:mig|mej) )?(?:i tid|forran (?:det ar|det e) for sent|innan det (?:ar|e) for sent)\b", negative=True),
    # pills saved up for tonight, or kept from safekeeping: "ingen ska få hålla i mina tabletter, jag har sparat ihop dom av en anledning o den anledningen e ikväll"
    _s("saved_for_tonight", "self", rf"\b(?:sparat|samlat|spart) (?:ihop |pa )?(?:dom|dem|de|alla|mina \w+|{PILLS})\b.{{0,80}}\b(?:ikvall|inatt|i kvall|i natt)\b"
                                    rf"|\bingen (?:ska|far) (?:fa )?(?:halla i|ta hand om|forvara|ta) (?:mina |alla )?{PILLS}\b.{{0,60}}\b(?:sparat|samlat|en anledning)\b",
       whole=True, acute=True, negative=True),
    # means hidden from staff, waiting for the moment: "gömt laddsladden i madrassen ... väntar bara tills nattpersonalen gått sin runda"
    _s("means_hidden_waiting", "self", rf"\b(?:gomt|gommer|gomde|smugglat)\b (?:\w+ ){{0,3}}(?:\w*sladd\w*|snar\w*|rep|repet|balte\w*|rakblad\w*|kniv\w*|skarv\w*|{PILLS})\b.{{0,120}}"
                                       r"\b(?:vantar (?:bara )?(?:tills|pa att)|nar (?:dom|de|personalen|nattpersonalen) (?:har )?(?:gatt|somnat|gjort))\b", whole=True, acute=True, negative=True),
    # means in the car, told "just so you know": "ok så repet ligger i bakluckan. bara så du vet"
    _s("means_told_so_you_know", "self", r"\b(?:repet|snaran|slangen|bossan|gevaret|tabletterna|kniven)\b (?:ligger|finns|ar|e) (?:redan )?(?:i|pa) (?:bakluckan|bilen|garaget|garderoben|fickan)\b.{0,40}\bbara (?:sa|sa att) (?:du|ni) vet\b",
       whole=True),
    # the dose not to wake up from, asked (its "inte" is no denial): "hur många propavan man behöver för att inte vakna?"
    _s("dose_not_to_wake", "self", r"\bhur (?:manga|mycket|mkt)\b.{0,40}\b(?:behover|behovs|kravs|racker)\b.{0,20}\bfor att (?:inte|int|aldrig) vakna\b", negative=True),
    # the last time the writer writes, with no app or phone to explain it: "det här är nog sista gången jag skriver"
    _s("farewell_last_writing", "self", r"\bsista gangen (?:jag|ja) (?:skriver|hor av mig|pratar med (?:dig|er))\b"
                                        r"(?!.*\b(?:raderar|radera|avinstallera\w*|tar bort appen|byter|ny app|ny telefon|ny mobil|slutar (?:anvanda|med appen)"
                                        r"|klarar mig (?:utan|sjalv)|vi ses|hors|nasta vecka|imorgon|i morgon|semester\w*|ombudet)\b)",
       whole=True, acute=True),
    # affairs settled "innan jag går": "fått ordning på allt innan jag går. skogen e överskriven på syrran, korna e sålda"
    _s("farewell_settled_before_going", "self", r"\b(?:ordning pa allt|ordnat allt|fixat allt|allt (?:ar|e) (?:klart|ordnat))\b.{0,30}\binnan jag (?:gar|forsvinner|drar|dor)\b(?! (?:i|pa|till|hem|ut|och|ner|upp|ifran|harifran|av)\b)"
                                                r".{0,100}\b(?:overskriv\w*|sald|salda|salt|papper\w* (?:ligger|finns)|testamente\w*|parmen)\b",
       whole=True),
]
