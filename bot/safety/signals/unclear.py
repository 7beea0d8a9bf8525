"""Exhaustion and hopelessness: asked about, not alarmed at."""
from bot.safety.signals.words import EDGE, NOT, RISKY_PLACE, Signal
from bot.safety.signals.words import make as _s

SIGNALS: list[Signal] = [
    _s("exhausted", "unclear", rf"\b(?:orkar|klarar|pallar|palla|kan|orka)(?: bara)? {NOT} (?:riktigt |alls |typ |liksom |sa mycket |sa mkt |sa )?(?:av )?(?:det har |detta |med (?:nagot|"
                               rf"nanting|nat|allt|livet) )?(?:mer|langre|lenge|lengre)\b"
                               rf"(?! (?:fragor|fragorna|plugg|jobb|tjat|prat|snack|moten|skola|text|las|av det har|idag med))"
                               # "orkar inte mer med sånt folk": tired of them, not of life
                               rf"(?! med (?!(?:livet|allt|allting|alltihop|nagot|nanting|nat|nagonting|mig|mej|det|detta|mitt liv)\b))"
                               rf"|\b(?:orkar|pallar)(?: bara)? {NOT} (?:riktigt |alls |ens )?(?:nanting|nagonting|nat|nagot) (?:mer|langre)\b(?! (?:idag|i dag|ikvall|i kvall|for idag|for ikvall)\b)"
                               rf"|\b(?:orkar|klarar|pallar|palla|orka)(?: bara)? {NOT} (?:riktigt |alls |ens )?med (?:livet|allt|nagonting|nanting|nanting)\b"
                               rf"|\borkar {NOT} (?:sa )?mycket mer av (?:det har|detta|allt)\b"
                               rf"|\bvill {NOT} (?:vara med )?(?:mer|langre)\b(?! att)|\b(?:kan|klarar) {NOT} ta (?:det har |detta )?(?:mer|langre)"
                               rf"|\bstar (?:inte|int) ut\b|\btrott pa (?:livet|att leva|att finnas)"
                               # subordinate word order: "känns som att jag inte orkar fortsätta härute"
                               rf"|\b(?:att|om) (?:jag|ja) {NOT} (?:orkar|pallar|klarar) (?:att )?(?:fortsatta|leva|mer|langre)\b(?! med)",
       negative=True),
    _s("hopeless", "unclear", r"\btappat (?:allt )?hopp|\bkanns (?:helt |sa |bara )?hopplost\b(?! (?:med|att))|\bvill (?:bara )?(?:forsvinna|ge upp(?! halvvags| pa halva vagen| mitt i\b| med (?:kursen|jobbet|traningen|dieten|projektet))"
                              r"|sova for (?:evigt|alltid))|\b(?:vore|ar|skulle vara) (?:sa )?skont att (?:bara )?(?:fa )?sova (?:lange lange|for evigt|for alltid|i tusen ar|och aldrig vakna)|\bvill (?:bara )?sova i (?:tusen|hundra) ar\b|(?<!sista som )(?<!forsta att )\b(?:ger|gett|gav|borjar (?:att )?ge) upp\b(?! (?:forsoket|att |ansokan\w*|ansokningen|blankett\w*|uppsatsen|tentan|matchen|spelet|banan|korkortet|dieten|rokningen|snuset|pa att |med |om |projektet|planen|kursen|det dar|jobbet|traningen|for idag|efter (?:\d+|en|ett|tva|tre|fyra|fem|nagra|ett par) (?:\w+ )?(?:dagar|dag|veckor|vecka|manader|manad|timmar|timme|ar|minuter)\b|for i dag|for ikvall|for nu|for den har gangen))|\b(?:allt|allting|livet) (?:ar|kanns|e) "
                              r"(?:sa |helt |bara )?(?:meningslost|hopplost|svart|over)|\b(?:allt|allting|livet) (?:ar|kanns|e) (?:bara|helt) gratt\b"
                              r"|\b(?:allt|allting|livet) (?:ar|kanns|e) (?:sa )?gratt\W+(?:hela tiden|jamt|alltid|numera)\b|\b(?:alla|ni|dom|de|familjen|barnen|varlden|jorden)(?: \w+){0,3} (?:skulle |kommer att |kommer )?klara sig (?:\w+ ){0,2}(?:bra|battre|fint) utan (?:mig|mej)\b|\b(?:alla|ni|dom|de|familjen|barnen)(?: \w+){0,3} (?:hade|skulle ha|skulle fa|far) det (?:\w+ )?(?:lattare|battre|enklare) utan (?:mig|mej)\b|\bingen ide (?:langre|lenge|lengre|att fortsatta)"
                              r"|\b(?:slutat|slutar) (?:att )?tro (?:pa )?att (?:det|nagot|nat|allt|livet) (?:ska bli|blir|kommer att bli|kommer bli) battre\b"
                              r"|\bvill(?: bara)? att (?:allt|det) ska (?:ta slut|vara over|sluta(?! (?:gora ont|ha ont|varka|vara jobbigt)))|\bingen mening med (?:livet|nagonting"
                              r"|nanting|nagot|nat|allt)|\bvill bara bort\b|\b(?:ar|e|kanner mig som|kanner mig bara som) (?:bara )?en (?:borda|belastning)\b(?! (?:pa jobbet|i laget))|\bforlat for allt\b"
                              r"|\bvad (?:ar|e) (?:ens )?(?:poangen|meningen)\b|\bvad (?:poangen|meningen) (?:ar|e) med (?:allt|livet|att leva|nagonting)|\bvill bara (?:sova och )?slippa (?:allt|allting|livet)|\b(?:fa|att) somna (?:och|o) slippa (?:allt|allting|alltihop)\b|\b(?:ar|e) (?:for|alldeles for|redan for) sent for (?:mig|mej)\b"
                              r"|\btrott pa (?:allt|alltihop|allting)(?: och alla)?\s*$|\bdet blir aldrig battre|\blika bra att ge upp|\b(?:dags|dax) att ge upp(?: (?:allt|alltihop|allting|livet|helt))?(?=\W*$|\W*[.!?]| nu\b)|\b(?:kanske|borde|ska) (?:jag |ja )?(?:bara )?ge upp (?:allt|alltihop|allting|livet)(?=\W*$|\W*[.!?,])|\b(?:allt|allting) (?:ar|e) slut\b"
                              r"|\bmorka tankar|\btankarna (?:ar|e) tillbaka|\btankarna har kommit tillbaka\b|\bjobbigt med tankarna|\bingen framtid\b"
                              r"|\borkar (?:inte|int|ej) (?:en|ett) (?:enda )?(?:dag|natt|vecka|manad|andetag) (?:till|mer)\b(?! (?:pa|i) (?:jobbet|skolan|kontoret|plugget)| med (?:den|det|honom|henne|dom|chefen))"
                              r"|\b(?:ar det|e det|om det (?:ens )?(?:ar|e)|om det) (?:ens )?(?:lont|vart det|nan ide|nagon ide|nan mening|nagon mening) (?:att|med att) (?:fortsatta|halla pa|leva|kampa)\b"
                              r"|\bvad (?:det )?(?:ens |egentligen )?(?:ar|e) (?:det )?(?:ens |egentligen )?for mening med (?:att )?(?:halla pa|leva|allt|alltihop|allting|fortsatta|livet|vakna|ga upp|stiga upp|finnas)\b"
                              r"|\b(?:vet (?:inte|int) om )?(?:inget|ingenting|nat|nagot|nanting|nagonting) (?:kan |kommer (?:att )?)?(?:gor|gora) (?:det|livet) (?:meningsfullt|meningsfullare) (?:langre|igen)\b"
                              r"|\b(?:att jag hade|om jag hade|onskar (?:att )?jag hade) (?:en |nan |nagon )?anledning (?:att|till att) (?:fortsatta|leva|finnas kvar|kampa|stanna kvar|vara kvar)\b(?! (?:pa|i|hos|till|med)\b)"
                              r"|\b(?:ingen|inte nan|inte nagon) anledning (?:att|till att) (?:fortsatta|leva|finnas kvar)\b"
                              r"|\bkanns (?:allt|allting|livet) (?:bara |sa |helt )?meningslost\b|\b(?:allt|allting|livet) kanns (?:bara |sa |helt )?(?:javla |jakla |fan |skit)?meningslost\b"
                              r"|\bhur lange ska jag (?:behova )?orka|\bta mig igenom natten|\bspelar ingen roll (?:vad som hander|om jag|langre|lenge|mer)"
                              r"|\bom jag bara slapp\b|\btom (?:inuti|inombords)\b"
                              r"|\b(?:inte|int) (?:ar|e) (?:nan|nagon) ide med (?:nanting|nagonting|nat|nagot|livet)\b"
                              r"|\borkar (?:jag )?(?:inte|int) hoppas\b"
                              r"|\b(?:ingenting|inget|nanting) (?:kanns|ar|e) (?:meningsfullt|meningsfull|vart nagot|vart nat|vart det)\b"
                              # not eating nor sleeping for days
                              r"|\b(?:inte|int) atit (?:nat |nagot |nanting )?(?:pa|i) (?:typ )?(?:\w+|\d+) (?:dagar|dar|dygn)\b"
                              r"|\b(?:inte|int|varken) (?:atit|att|sovit) (?:eller|el|o|och|och inte|o inte|eller ens) (?:atit|sovit|druckit)\b.{0,12}\b(?:pa|i) (?:\w+ )?(?:dagar|dygn)\b"
                              r"|\b(?:(?:skulle|kommer) (?:nan|nagon|ngn|folk)|(?:nan|nagon|ngn|folk) (?:ens )?(?:skulle|kommer att|kommer)) (?:ens )?"
                              r"(?:marka|marker|market|sakna mig|bry sig)\b.{0,10}\bom jag (?:ba |bara |plotsligt )?(?:forsvann|forsvinner|inte fanns|dog|var borta)"
                              # a passive wish never to get up again; kept alive only by others' grief
                              r"|\blagga mig (?:\w+ ){0,3}och aldrig (?:ga upp|stiga upp|vakna|komma upp)\b"
                              r"|\b(?:kor|lever|haller ut|fortsatter|finns kvar|stannar kvar)(?: bara)? (?:pa |vidare )?for att (?:\w+ ){1,3}"
                              r"(?:skulle bli (?:sa |sa himla |jatte)?(?:ledsen|ledsna|forstord|forstorda|krossad|krossade)|inte ska bli ledsen)"
                              r"|\blever (?:bara|enbart|endast) for (?:\w+ ){1,2}skull\b|\benda anledningen (?:att|till att) jag (?:lever|finns kvar|ar kvar)\b"),
    # waking up is the wish, and not now: "att jag ville vakna på morgonen. just nu vill jag inte det"
    _s("no_wish_to_wake", "unclear", rf"\b(?:vilja|ville|vill) (?:\w+ ){{0,2}}vakna\b.{{0,60}}\b(?:vill jag|gor jag) (?:typ |liksom |bara |nog )?{NOT}(?: det)?\s*(?:[.!?]|$)",
       whole=True, negative=True),
    _s("would_not_matter", "unclear", r"\b(?:skulle|gor|gjorde)(?: \w+)? (?:inte|int|inget|ingenting)(?: gora)?(?: sa)?(?: mycket| nat| nagot| nagonting)? (?:om|ifall) jag (?:inte|int|aldrig) (?:vaknade|vaknar|vaknade upp|fanns|levde|fanns kvar)\b"
                                       r"|\b(?:vore|ar|e|skulle vara) (?:det )?(?:kanske |nog |val |nastan )?(?:lika ?sa gott|lika bra|lika sa bra|bast|skonast|enklast) (?:om|ifall) jag (?:inte|int|aldrig) (?:vaknade|vaknar|vaknade upp|fanns|levde|fanns kvar)\b",
       negative=True),
    # the whole message: "snart är det över iaf"
    _s("over_soon", "unclear", r"^\W*(?:\w+ )?snart (?:ar|e) (?:det|allt) (?:over|slut)(?: iaf| i alla fall| nu| for mig| da)?\W*$", whole=True),
    # soon not here, with no move or trip to explain it: "snart är jag inte här ändå"
    _s("soon_not_here", "unclear", r"\bsnart (?:ar|e|finns) jag (?:inte|int) (?:har|kvar)\b"
                                   r"(?!.*\b(?:flytt\w*|reser|resa|aker|semester\w*|pension\w*|utbyte\w*|praktik\w*)\b)",
       whole=True, negative=True),
    # how much longer the writer can stand it: asked about even in answers about hard times
    _s("how_long_left", "unclear", r"\b(?:vet (?:jag )?(?:inte|int) (?:ens )?)?hur lange (?:till )?(?:jag )?(?:orkar|pallar|klarar|star ut med) (?:halla pa|fortsatta|leva|med det har|det har|detta)"
                                   r"|\bvet (?:jag )?(?:inte|int) hur lange (?:till )?jag (?:orkar|pallar|klarar)(?: arligt| typ| assa| alltsa| ju| liksom| iaf)?\W*$|\bvet (?:jag )?(?:inte|int) hur lange till\W*$"
                                   r"|\bvet (?:inte|int) om (?:jag|ja) (?:pallar|orkar|klarar|star ut med) (?:ett varv|en runda|en vinter|en vecka|en natt|en dag) till(?: av det har| med det har| av det| av allt)?\s*$", negative=True),
    # giving up not reached, yet: "1 känns som att ge upp helt. dit har jag inte kommit. än iaf"
    _s("not_yet", "unclear", r"\b(?:ge upp|ger upp|gett upp|gav upp|botten|slutet|sista|orka)\b.{0,80}\b(?:(?:dit|dar) har (?:jag|ja) (?:inte|int) (?:kommit|hamnat|natt)\W+(?:an|annu)"
                             r"|(?:ar|e) (?:inte|int) (?:langt|sa langt) (?:darifran|dit|fran det|ifran)|(?:ar|e) (?:inte|int) (?:dar|dit) (?:an|annu)\W+(?:men|fast) (?:inte|int) langt)\b",
       whole=True, negative=True),
    _s("not_here", "unclear", r"\bvill (?:inte|int) (?:vara|va) (?:har|kvar|med) (?:langre|mer)\b"
                              r"|\borkar (?:inte|int) tanka (?:langre|langt|framat|langre fram) an (?:till )?(?:i morgon|imorgon|idag|i dag|ikvall)\b"
                              r"|\b(?:kandes|kanns|vore|ar|e) (?:sa |for |lite |liksom )?slutgiltig(?:t)?\b"
                              r"|\b(?:(?:tanker|kommer|ska) (?:inte|int)|(?:inte|int) (?:tanker|kommer att|kommer|ska)) (?:att )?(?:vara|va) (?:med|kvar|har) (?:sa )?(?:mycket |lange )?(?:langre|mer)\b|\borkar (?:inte|int) (?:ens )?leva\b"
                              r"|\b(?:inte|int) spelar (?:nan|nagon) roll om jag (?:ar har|e har|finns|lever|ar kvar|e kvar)\b"
                              r"|\bom jag (?:typ |bara |ba |liksom )?(?:inte|int) fanns (?:langre|kvar|mer)\b"
                              r"|\bbry (?:mig|mej) om (?:jag|ja) lever(?: eller (?:inte|int|dor))?\b"
                              # "jag själv. om jag är kvar till dess"; "vill bara sova och inte vakna på jättelänge"
                              r"|\bom (?:jag|ja) (?:ar|e|finns) kvar (?:till dess|da|till dess att|till sommaren|till jul|till varen|till hosten)\b"
                              r"|\bvill (?:bara |ba )?sova (?:och |o )?(?:inte|int) vakna\b"
                              # the whole message: "kan inte göra det här längre"
                              r"|^\W*(?:jag )?(?:kan|klarar|orkar) (?:inte|int) (?:gora|ta|klara|hantera) (?:det har|detta|allt det har) (?:langre|mer)\W*$"
                              r"|\bsvart att se (?:nagon|nan|en|nagot|nat) (?:mening|poang|framtid)\b"
                              # tired of anything at all, not of a task: "orkar inte så mkt längre med ngt"
                              r"|\borkar (?:inte|int) (?:sa )?(?:mycket |mkt )?(?:langre|mer) med (?:nagot|nat|nagonting|nanting|allt|allting)\b"
                              r"|\binga krafter kvar\b|\bslutat (?:att )?planera (?:for|infor) (?:framtiden|nan framtid|en framtid)\b|\borkar (?:inte|int) (?:ens )?tanka framat\b|\bvet (?:inte|int) (?:riktigt |ens )?vad jag (?:haller pa med|lever for|ar har for) langre\b(?! med)|\bvad (?:ar|e) det (?:som (?:ar|e) )?kvar (?:for mig|att leva for)\b|\bingen (?:poang|mening|ide) (?:langre|kvar|med nagonting|med nanting)\b"
                              r"|\bvarfor ska jag (?:ens )?(?:halla pa|forsoka|orka|leva|fortsatta|kampa)\b"
                              r"|\baldrig (?:kommer|ska) (?:att )?bli battre|^(?:jag )?orkar (?:inte|int)\s*$"
                              r"|\bser (?:ingen|inte nan|inte nagon) (?:framtid|utvag|mening)"
                              r"|\b(?:ser (?:inte|int)|(?:inte|int) ser) (?:nan|nagon|poangen|meningen) (?:(?:poang|mening) )?(?:med|i) (?:nagonting|nanting|nat|nagot|livet|allt)\b"
                              r"|^(?:jag )?(?:ville|vill) bara (?:saga|sag) (?:hej da|hejda|adjo|farval)\s*$", negative=True),
    # a reason to go on, doubted in the next sentence: "att jag såg någon anledning att fortsätta. just nu är jag inte så säker"
    _s("reason_doubted", "unclear", r"\b(?:anledning (?:att|till att) (?:fortsatta|leva|finnas kvar|kampa|halla pa|vakna|ga upp|stanna kvar|vara kvar)"
                                    # or the wish to stay itself: "att jag ville vara kvar här. just nu är jag inte så säker"
                                    r"|(?:vilja|ville|vill) (?:\w+ ){0,2}(?:vara kvar|stanna kvar|finnas kvar|leva)(?: har| i livet)?(?! (?:pa|i|hos|med)\b))\b.{0,40}"
                                    r"\b(?:inte (?:sa |riktigt |lika )?saker|tveksam|vet (?:inte|int) (?:langre|langre om)|tvivlar|ser jag ingen|har jag ingen|finns (?:det )?ingen)\b",
       whole=True, negative=True),
    # the pull of a dangerous place: "när jag står på perrongen tänker jag att det vore så enkelt"
    _s("place_pull", "unclear", rf"\b(?:{RISKY_PLACE}|{EDGE})\b.{{0,60}}\b(?:vore|skulle vara|hade varit) (?:sa |sa himla |sa jakla )?(?:enkelt|latt|skont)\b"
                                rf"(?!\s+(?:att|med|om|for|nar|som)\b(?! (?:hoppa|kliva ner|ta ett steg|falla|ga ut|slappa)))",
       whole=True),
    # gone altogether, its own "utan" and a rating's "int" deny nothing: "lägre kan man int komma utan att vara borta helt"
    _s("gone_entirely", "unclear", r"\b(?:utan att )?(?:vara|va) borta (?:helt|for gott|for alltid)\b(?! (?:fran|ifran)\b)", negative=True),
    # going to the dead: "drömmer om att få gå hem till mamma. hon dog 2019"
    _s("join_the_dead", "unclear", r"\b(?:komma|ga hem|ga|aka|fa vara|langtar|langtar hem) (?:hem )?till (?:mamma|pappa|mormor|morfar|farmor|farfar|min (?:mamma|pappa|son|dotter|man|fru|bror|syster))\b(?: igen)?"
                                   r"\W+(?:\w+ ){0,4}(?:hon|han|som) (?:dog|dott|gick bort|avled|ar dod)\b", whole=True),
    # envy of the dead: "avundas dom som inte vaknade efter överdosen"
    _s("envy_the_dead", "unclear", r"\bavundas (?:\w+ ){0,3}(?:som (?:inte|int|aldrig) vaknade|som dog|som slapp|de doda|dom doda)\b", negative=True),
    # away and never back: "om jag fick resa bort och aldrig komma tillbaka"
    _s("never_back", "unclear", r"\b(?:resa|aka|ga|forsvinna|fly) (?:bort |ivag )?och aldrig (?:komma|komma hem|komma tillbaka|atervanda|vanda)\b"),
    # the wish to drive off: "tänker att det vore skönt att bara inte svänga i kurvan"
    _s("drive_off", "unclear", r"\b(?:vore|ar|skulle vara) (?:sa )?(?:skont|enkelt|latt) att (?:bara )?(?:inte svanga|kora rakt (?:fram|ut)|kora av vagen|kora in i)\b",
       negative=True),
    # one creature the only hold: "om inte Sigge fanns vet jag inte riktigt vad jag skulle göra"
    _s("only_hold", "unclear", r"\bom (?:inte|int) (?:\w+ ){1,2}fanns\b.{0,20}\bvet jag (?:inte|int) (?:riktigt )?vad jag skulle\b",
       negative=True),
    # a survivor's guilt, felt now even when told in the past: "kanske det var fel att just jag överlevde"
    _s("survivor_guilt", "unclear", r"\b(?:fel|orattvist) att (?:just |bara )?jag (?:lever|overlevde|fick leva|finns kvar)\b"),
    # a timer set for the end: "när den ringer är jag klar med allt här"
    _s("timer_end", "self", r"\b(?:timer|timern|timen|larmet|alarmet|vackarklockan|alarm)\b.{0,60}\b(?:ar jag klar med (?:allt|allting|livet)\b(?! (?:i|pa|med|till|hemma|infor|for|som))|ar (?:det|allt) (?:over|slut)\b(?! (?:i|pa|med|for))|ar jag borta|finns jag inte)",
       whole=True),
    # not knowing why one goes on living: asked about even where the question asks how things are (crisis.py: ASK_ANYWHERE)
    _s("why_go_on", "unclear", r"\b(?:undrar|vet (?:inte|int)|fattar (?:inte|int)|forstar (?:inte|int)) (?:ens |riktigt |ens riktigt )?varfor jag (?:ens )?(?:haller pa|lever|finns|fortsatter|orkar|kampar)\b(?! med| och| sa| sa har| sa mycket| att| i)"
                               # "undrar vad poängen med allt är": with all of it, not with a task
                               r"|\b(?:undrar|fattar inte|vet inte) (?:jag )?(?:ens )?vad (?:som ar )?poangen (?:ar |e )?med (?:allt|allting|nanting|nagonting|nat|nagot|livet|att leva|att fortsatta|att halla pa)\b"
                               # the point of one's being there at all: "undrar vad som e poängen med att jag finns"
                               r"|\bvad (?:som )?(?:ar|e) (?:ens |egentligen )?(?:poangen|meningen|vitsen) med att (?:jag|ja) (?:finns|lever|ar har|e har|ar kvar|e kvar)\b"
                               # "fattar ärligt inte varför jag ens håller på": "ens" makes it the whole of it, not a task
                               r"|\b(?:fattar|forstar|vet) (?:arligt |verkligen |inte )?(?:inte |int )?varfor (?:jag|ja) ens (?:haller pa|fortsatter|kampar|orkar)\b(?! med)"),
    # not knowing whether one can go on, told of oneself or of someone in the group
    _s("go_on_doubt", "unclear", r"\b(?:vet (?:inte|int)|(?:inte|int) vet) (?:om|ifall) (?:jag|ja|hon|han|hen) (?:orkar|pallar|klarar|kan) (?:att )?(?:fortsatta|leva|mer|langre)\b(?! med| att jobba| plugga| i)"
                                 r"|\b(?:vet (?:inte|int)|(?:inte|int) vet) (?:om|ifall) (?:jag|ja) (?:ar|e|finns|lever) (?:kvar|har) (?:till|pa|om|nasta|imorgon|i morgon)\b",
       negative=True),
    # the signs asked for are here now: "typ som nu", "de tecknen har jag nu" (asked about wherever, crisis.py: ASK_ANYWHERE)
    _s("signs_now", "unclear", r"\b(?:det|dom|de|tankarna|tanken) (?:har )?(?:kommit|kommer|blivit|okat) (?:mer|oftare|tillbaka|starkare)\b.{0,25}\b(?:den har veckan|i veckan|nu|senaste tiden|pa sistone|senaste dagarna)\b"
                               r"|\b(?:just nu|nu|idag) (?:ar|e) jag (?:lite |typ |nog |liksom |ganska |redan |nastan )?(?:dar|pa vag dit)\b(?=\W*$)|\b(?:typ |precis |ungefar )?dar (?:jag|ja) (?:ar|e) (?:just )?nu\b(?=\W*$)|\b(?:det|dom|de) har jag (?:gjort|haft|kant|tankt) (?:lite |mycket |en del )?nu (?:ocksa|med)\b|^(?:typ |precis |ungefar |nog )?(?:som|sa som|precis som) (?:nu|just nu|idag)\b|\b(?:de |dom |alla )?(?:tecknen|tecken) har jag (?:nu|just nu)\b"
                               r"|\b(?:just nu|nu|idag) (?:kanner jag igen|har jag|marker jag|ser jag) (?:\w+ ){0,2}(?:alla |de |dom |flera )?(?:tecken|tecknen)\b"
                               # the signs told as where the writer is, or as this week's
                               r"|\b(?:det (?:ar|e) )?(?:val |nog )?dar (?:jag|ja) (?:ar|e)(?: typ| nu| just nu)?\W*$|\bhar (?:vart|varit) sa (?:hela veckan|i flera dagar|hela tiden nu)\b"),
    # losing weight while already underweight: an eating disorder worth a kind question
    _s("underweight_goal", "unclear", r"\bga ner\b.{0,100}\b(?:vager for lite|undervikt\w*)|\b(?:vager for lite|undervikt\w*)\b.{0,60}\bga ner\b", whole=True),
    # a participant's bare "spelar ingen roll", quoted
    _s("quoted_no_matter", "unclear", r"\b(?:sa|sager|svarade)(?: bara| typ)? ['\"«](?:det )?spelar (?:anda |i alla fall |anda inte )?ingen roll\W"),
    # stopping medicine to see what happens: a risk worth a kind question, not a plan to taper
    _s("stop_medicine_see", "unclear", r"\bvad som (?:skulle )?hand(?:a|er) om jag (?:bara )?(?:slutade|slutar|sluta) (?:med |ta )?(?:alla |mina )*(?:medicin\w*|tabletter\w*)|\b(?:sluta|slutar|slutat|skita i|skiter i|strunta i|struntar i|skippa|skippar) (?:att )?(?:ta |med )?"
                                       r"(?:min |mina |all |alla )?(?:medicin\w*|tabletter\w*|litium\w*|insulin\w*)\b.{0,30}"
                                       r"\b(?:se vad som hander|se vad som sker|se hur det gar)\b"),
    # a wish not to exist, giving up on oneself, no next time, not wanting to be found: a kind question
    _s("not_exist_wish", "unclear", r"\bonskar (?:jag )?(?:bara |ibland |ofta )?att jag (?:inte (?:fanns|levde|var har|fanns kvar)|aldrig (?:fotts|fatts|fanns))"
                                    r"|\bonskar (?:jag )?(?:bara |ba |ibland |ofta )?att (?:jag|ja) (?:ba |bara )?(?:inte|int|aldrig) (?:vaknade|vaknar|skulle vakna)\b"
                                    r"|\bger (?:jag )?upp (?:om|pa) mig sjalv\b"
                                    r"|\b(?:orkar|klarar|pallar)\b.{0,20}\bfortsatta\b.{0,25}\blangre\b|\btrott pa att kampa\b"
                                    r"|\bvill (?:inte|int) att (?:nan|nagon|ngn|ni|nagon alls) ska hitta mig\b", negative=True),
    # "det blir ingen nästa gång": no next time, or no life; asked about even where the question asks about hard times
    _s("no_next_time", "unclear", r"\bvet (?:inte|int) om det (?:blir|finns) (?:nan|nagon|en) nasta gang\b|\b(?:(?:det|de|d) )?(?:blir|finns)(?: det)?(?: nog| nog inte| kanske| typ| inte| nog bara)? (?:ingen|inte nan|inte nagon|inte nagon mer) nasta gang\b", negative=True),
    # the writer, not their data or a worry, disappearing: "om jag bara försvann", "drömmer om att få
    # försvinna"; not "försvann in i en bok" or "försvinner till affären"
    _s("vanish", "unclear", r"\b(?:jag|ja)(?: (?:bara|ba|kunde|ska|vill|vilja|kan|skulle|tanker|borde|far|fick|finge|ville|nog|ocksa|liksom|typ|helst|kanske))*"
                            r" (?:forsvinna|forsvinner|forsvann)\b(?! (?:in i|ner i|bort i|till|fran (?:appen|chatten)))"
                            r"|\b(?:om|efter|vill|ville|onskar|onskade|langtar|tanker pa|drommer om|behover|lika bra|vore skont) att (?:fa |bara |kunna )*forsvinna\b(?! (?:in i|ner i|till|fran (?:appen|chatten)))"),
    # not caring, wanting nothing, never alive: "vet inte om jag bryr mig längre", "vet inte om jag vill nåt alls längre"
    _s("not_caring", "unclear", r"\bvet (?:inte|int) om (?:jag|ja) (?:bryr mig|vill (?:nat|nagot|nanting|nagonting|nagot alls|nat alls)(?: alls)?) (?:langre|lenge|mer)\b"
                                r"|\baldrig (?:kant|kanner) (?:mig|mej) levande\b.{0,60}\b(?:tror (?:inte|int)|kommer (?:inte|int|aldrig))\b", whole=True, negative=True),
    # the last time here, or writing no more, for good: "det här var nog sista gången jag kommer",
    # "om jag slutar skriva för gott"
    _s("last_time_here", "unclear", r"\bsista gangen (?:jag|ja|hon|han|hen) kommer\b(?! (?:att )?(?:komma )?(?:for sent|sent|hit med|pa (?:en )?(?:mandag|tisdag|onsdag|torsdag|fredag)))"
                                    r"|\bslutar (?:skriva|hora av mig|komma) for gott\b"),
    # a blackout from drink: "drack för mycket igen och vaknade på golvet, minns inget"
    _s("blackout", "unclear", r"\bvaknade (?:pa|i) (?:golvet|badrumsgolvet|hallen|trappan)\b.{0,40}\bminns (?:inget|ingenting|inte)\b", whole=True),
    # worn out in every way, seeing no use in anything: "orkar inte nånting. legat i sängen sen i torsdags ... ser inte vad det ska vara bra för"
    _s("no_use_in_anything", "unclear", r"\borkar (?:inte|int) (?:nanting|nagonting|nat|nagot|nanting alls)\b.{0,140}\bser (?:inte|int) (?:vad|vilken mening|nan mening|nagon mening)"
                                        r"(?: (?:det|nat|nagot|allt|livet) ska (?:vara )?(?:bra|gott) for| med (?:nat|nagot|det|allt))\b", whole=True, negative=True),
    # no point any more, why go on: "vet int vad poängen e längre", "undrar varför jag ens håller på",
    # "vet inte ens om jag orkar nånting längre"
    _s("why_bother", "unclear", r"\b(?:vet (?:inte|int) )?vad (?:poangen|meningen) (?:ar|e) (?:langre|lenge|langer)\b"
                                r"|\b(?:undrar|vet inte|vet int|fattar inte|forstar inte) (?:jag |ibland |ofta |ju )*(?:varfor|vad) (?:jag|ja) (?:ens )?(?:haller pa|fortsatter|kampar|gor det har)\b(?! med\b)"
                                r"|\bvet (?:inte|int) (?:ens )?om (?:jag|ja) orkar (?:nanting|nagonting|nat|nagot|leva|fortsatta|mer) (?:langre|mer)\b", negative=True),
    # waiting for it all to end: "känns mest som att jag bara väntar på att allt ska ta slut på nåt sätt"
    _s("waiting_for_the_end", "unclear", r"\bvantar (?:bara )?pa att (?:allt|livet|det) ska ta slut\b(?! (?:pa jobbet|i skolan|sa jag kan|sa vi kan))"),
]
