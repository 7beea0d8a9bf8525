"""This moment: means at hand, a dangerous place, an overdose."""
from bot.safety.signals.words import EDGE, MEANS, PILLS, PLACE_CUES, RISKY_PLACE, Signal
from bot.safety.signals.words import make as _s

NOT_IN_DOSETT = r"(?! (?:i|pa) (?:dosett\w*|apodos\w*|medicinskap\w*))"

SIGNALS: list[Signal] = [
    # means hidden where no one looks: "repet ligger i förrådet där ingen letar" (its "ingen" denies nothing)
    _s("means_hidden", "self", rf"\b{MEANS} (?:ligger|finns|har jag gomt|har jag lagt|ar gomd\w*)\b.{{0,40}}\bdar ingen (?:letar|hittar|ser)\b"
                               rf"|\bhar gomt (?:undan )?(?:mina |alla )?{MEANS}\b.{{0,30}}\bdar ingen (?:letar|hittar|ser)\b", negative=True),
    # the means packed and the drive out to a lonely place tonight: "repet ligger i bilen och ikväll kör jag ut till skogen"
    _s("means_packed_tonight", "self", rf"\b{MEANS}\b (?:ligger|finns|ar|e) (?:redan )?(?:i bilen|i bagaget|i vaskan|i ryggsacken)\b.{{0,60}}"
                                       r"\b(?:ikvall|inatt|nu|snart|sen)\b (?:\w+ ){0,2}(?:kor|aker|gar|cyklar) (?:jag )?(?:ut |iväg |ivag )?(?:till|mot|in i) "
                                       r"(?:skogen|sjon|bron|havet|klipporna|stupet|berget|spar\w*|\w+skogen)\b", whole=True, acute=True),
    # in the bath with the blade: "sitter i badet med rakbladet"
    _s("means_in_the_bath", "self", rf"\b(?:sitter|ligger|star) (?:i (?:badet|badkaret|duschen)|pa (?:toan|toaletten|badrumsgolvet|golvet i badrummet)) med (?:\w+ )?{MEANS}\b",
       acute=True),
    # pills saved and kept until the day is chosen: "tabletterna jag sparat ligger i garderoben ... tills jag har bestämt dag"
    _s("saved_until_the_day", "self", rf"\b{PILLS} (?:som )?(?:jag|ja) (?:har )?(?:sparat|samlat|gomt|hamstrat)\b.{{0,120}}"
                                      r"\btills (?:jag|ja) (?:har )?(?:bestamt|valt|bestammer|vet) (?:en |vilken |vilket )?(?:dag|dagen|datum|datumet|nar)\b",
       whole=True),
    # the dose known, the drug kept: "morfinet ligger kvar i skåpet och jag vet precis hur mycket som behövs"
    _s("dose_known", "self", rf"\b{PILLS}\b.{{0,80}}\bvet (?:precis |exakt |redan )?hur (?:mycket|mkt|manga) (?:som )?(?:behovs|racker|kravs)\b(?! (?:for|till|i|per|om) (?!att do))",
       whole=True, acute=True),
    # the means laid out and the urge held off for now: "rakbladet ligger framme och jag vet inte hur länge jag håller emot"
    _s("means_out_holding_off", "self", rf"\b{MEANS}\b (?:\w+ ){{0,2}}(?:ligger|star|finns)? ?(?:framme|redo|bredvid mig|fram)\b.{{0,80}}"
                                        r"\b(?:hur lange (?:till )?(?:jag )?(?:haller emot|star emot|klarar att lata bli|kan halla emot|orkar halla emot)"
                                        r"|(?:kan|klarar|orkar) (?:inte|int) (?:halla|sta) emot|haller (?:inte|int) emot (?:sa )?(?:lange|mycket langre))(?=\s*(?:[.!?,]|$|langre|mer|sa lange|nu|ikvall|inatt))",
       whole=True, negative=True, acute=True),
    _s("means_at_hand", "self", rf"\b{MEANS} (?:i handen|i handerna|framme|framfor mig|redo|bredvid mig|i knat|pa bordet framfor)"
                                # bought already: "repet har jag redan köpt" (a boat's rope is ROPE_CHORE)
                                rf"|\b(?:repet|snaran|slangen)\b (?:har (?:jag|ja) )?(?:redan )?(?:kopt|skaffat|fixat)\b"
                                rf"|\b(?:snaran|rakbladen|rakbladet|vapnet|gevaret|pistolen) (?:ligger|star|hanger|finns) redan\b"
                                rf"|\b(?:repet|slangen) (?:ligger|hanger|finns) redan\b"
                                # a week's pills at once, or boxes bought: "hela dosetten i handen", "burkarna står framför mig"
                                rf"|\b(?:hela|alla) (?:dosetten|dosetter|burkarna|askarna|kartorna)\b (?:\w+ )?(?:i handen|i handerna)"
                                rf"|\b(?:sitter|star|ligger|haller) (?:har )?(?:med|i) (?:en |ett |min |mitt |mina )?{MEANS}"
                                rf"(?: i handen| framfor mig| nu| och)"
                                rf"|\b(?:sitter|sitta|sitt|satt|ligger|ligga)(?: har| dar| ensam| i badrummet| pa toa)? med (?:ett |mitt |en )?(?:rakblad|rakbladet|rakbladen)\b"
                                rf"|\b(?:suttit|satt|sitter|ligger|legat) i badkaret med (?:en |ett |mitt |min )?{MEANS}\b"
                                rf"|\b(?:knutit|knutit en|gjort i ordning|satt upp|hangt upp|fast) (?:en |ett |mitt )?(?:snara|rep|repet|snoret|snore|sladden|baltet)"
                                rf"|\b(?:kopt|kopte|kopa|skaffat|skaffade|skaffa) (?:ett |en |mig ett |mig en )?(?:rep|repet|snara|snaran|vapen|pistol)\b"
                                rf"(?! (?:i klatter|till|for|at|pa rea|att klattra|att segla|att bogsera))"
                                rf"|\b(?:fick|fatt|har fatt|har fixat|fixade) tag (?:pa|i) (?:ett |en )?(?:rep|repet|snara|snaran|vapen|pistol|pistolen|gevar|gevaret)\b"
                                rf"|\bhar (?:en |ett |mitt |min )?{MEANS}\b.{{0,30}}\b(?:for|till) efterat\b"
                                # hoarded, told with the pills first: "tabletterna har jag sparat ihop sedan i våras"
                                rf"|\b{PILLS} har jag (?:samlat|sparat|gomt)\b"
                                rf"|\bhar en snara|\bsnaran\b|\b(?:samla|spara)(?:t|r|de)? (?:pa mig )?(?:pa )?(?:mina |alla )?{PILLS}"
                                rf"|\b{MEANS}\b.{{0,40}}\b(?:tanker|ska|kommer att) (?:anvanda|ta|svalja) (?:dem|den|det|dom|alla)"
                                rf"|\b(?:kniv|kniven|bladet|rakbladet|saxen)\w* (?:mot|over|pa) (?:handleden|halsen|pulsadern|armen"
                                rf"|huden|strupen)"
                                rf"|\b(?:sparat|samlat|samlar|sparar)(?: ihop)? (?:pa )?(?:\w+ )?{PILLS}"
                                rf"|\b(?:bilen|garaget)\b.{{0,40}}\b(?:motorn (?:pa|igang|gaende)|avgaser|slangen|porten (?:ar |e )?(?:stangd|last)|tomgang)"
                                rf"|\bgaraget\b.{{0,40}}\bbilen (?:pa|igang|gaende)\b|\bbilen (?:gar|ar igang|e igang|star pa) i garaget\b"
                                # saved from the dosett, the week's medicine put aside: "det jag sparat från dosetten sen februari"
                                rf"|\b(?:sparat|samlat|gomt|lagt undan|sparar|samlar)\b (?:\w+ ){{0,2}}(?:fran|ur|av) (?:min |mina )?(?:dosett\w*|medicin\w*|{PILLS})"
                                rf"|\b(?:tagit|tog|har tagit|plockat|plockade) fram (?:\w+ )?(?:{MEANS}|\w*gevar\w*|\w*pistol\w*)"
                                rf"|\bgrillkol|\btejpat (?:igen|for) (?:ventilationen|dorren|fonstren|springorna)"
                                rf"|\b(?:balte|baltet|rep|repet|sladd|sladden|snara)\b.{{0,40}}\b(?:krok|kroken|haller|klart|redo|fast|hanger redan|hanger uppe"
                                rf"|i garderoben|i garaget|framme)"
                                rf"|\b{MEANS}\b.{{0,10}}\bi (?:fickan|vaskan|jackan)\b.{{0,40}}\b(?:ska|tanker|kommer)\b"
                                rf"|\b{MEANS} (?:\w+ ){{1,4}}(?:framfor mig|bredvid mig|i knat|i handen)\b"
                                rf"|\bplastpase\b.{{0,20}}\b(?:tejp|silvertejp|gaffa)"
                                rf"|\b{PILLS}\b.{{0,40}}\b(?:sparat|sparade|samlat|samlade|gomt|gommer) (?:dom|dem|de|undan)\b"
                                rf"|\b{PILLS}\b.{{0,40}}\bsa (?:att )?(?:jag har|det blir) tillrackligt\b"
                                rf"|\b(?:knuten|snaran|repet) (?:ar|e) (?:gjord|klar|klart|knuten|uppsatt|fast)"
                                rf"|\b(?:fyllt|fyller) badkaret\b.{{0,40}}\b(?:rakblad|kniv|tabletter|piller)"
                                rf"|\b(?:gevar|gevaret|jaktgevar|jaktgevaret|pistol|pistolen|vapnet|revolvern)\b.{{0,30}}\b(?:framfor mig"
                                rf"|bredvid mig|i knat|laddat|laddad|i munnen|mot huvudet|mot tinningen)"
                                rf"|\bkopt[ea]? (?:\d+|tva|tre|fyra|fem|sex|flera|manga|massa|en massa) (?:paket|forpackningar|askar|burkar|kartor)"
                                rf"|\bpase med (?:piller|tabletter|medicin)|\b(?:gomt|gommer|gomde) (?:en |ett |mitt |min )?{MEANS}\b",
       acute=True),
    # driving into something on purpose: "köra ut på E4:an i natt och inte bromsa vid viadukten"
    _s("crash_car", "self", r"\bkor\w* (?:jag )?(?:i )?(?:\d{3}|jattefort|sjukt fort)\b.{0,40}\butan balte\b|\b(?:kora|kor|koer|kora ut)\b.{0,60}\b(?:och )?(?:inte|int|aldrig) (?:bromsa|bromsar|sakta ner)\b"
                            r"|\b(?:gasa|gasar|full gas|gasen i botten)\b.{0,40}\b(?:in i|mot) (?:en |ett |den |det )?(?:viadukt\w*|pelare\w*|bergvagg\w*"
                            r"|betong\w*|lastbil\w*|trad\w*|brofaste\w*)", acute=True, negative=True, whole=True),
    _s("means_ready", "self", rf"\b(?:kopt|skaffat|hamtat ut) (?:allt |det )?(?:som )?jag behover\b.{{0,20}}\b(?:pa apoteket|fran apoteket)"
                              rf"|\b(?:ingen kan hjalpa|darfor|inget hjalper|ingenting hjalper)\b.{{0,40}}\b(?:kopt|skaffat) (?:allt |det )?(?:som )?jag behover\b"
                              rf"|\brep-?planen\b|\bplanen med repet\b|\bhar (?:\w+ )?(?:repet|snaran|tabletterna|giftet|vapnet|pistolen) redan\b"
                              rf"|\b(?:sparade|sparat|samlade|samlat) (?:dom|dem|de|pa dom) (?:istallet|i stallet)\b.{{0,40}}\bnu har jag (?:nog|tillrackligt)\b"
                              rf"|\b(?:{PILLS}|apotek\w*)\b.{{0,80}}\bnu har jag (?:nog|tillrackligt)\b|\bi kris nu\b.{{0,30}}\bhar (?:\w+ )?{MEANS}"
                              rf"|\b{MEANS}\b.{{0,60}}\b(?:har redan borjat|redan igang)\b"
                              rf"|\bfor sent\b.{{0,60}}\b(?:tagit|tog|svalt|svalde) (?:\w+ )?{PILLS}\b"
                              rf"|\b(?:behovs inte|ingen ide)\b.{{0,40}}\b(?:redan )?(?:tagit|tog|svalt|svalde) (?:\w+ )?{PILLS}\b"
                              rf"|\bmar (?:sa |jatte |valdigt )?daligt\b.{{0,60}}\btanker ta (?:mina |alla )?{PILLS}\b", whole=True, acute=True, negative=True),
    # a hose for the exhaust pipe, or hose and tape ready: "slangen och tejpen ligger i bakluckan" (chores: crisis.py)
    _s("exhaust_hose", "self", r"\bslang\w*\b.{0,60}\b(?:avgasror\w*|tejp\w*|silvertejp\w*)\b|\b(?:avgasror\w*|tejp\w*|silvertejp\w*)\b.{0,60}\bslang\w*", whole=True, acute=True),
    # the means thought of every night, and tonight is the worst: "geväret står i garderoben ... ikväll är det värst"
    _s("means_on_mind_tonight", "self", rf"(?=.*\b{MEANS}\b)(?=.*\b(?:tankt|tanker|tankte) pa (?:det|den|dem|dom|att anvanda)\b)"
                                        rf".*\b(?:ikvall|inatt|just nu|nu) (?:ar|e) (?:det|den|dom|de|tankarna) (?:\w+ )?(?:varst|vart|starkare|starkast)\b",
       whole=True, acute=True),
    # the platform and the train that does not stop, across sentences: "tåget som inte stannar här kommer 14.32"
    _s("train_not_stopping", "self", r"\b(?:perrongen|plattformen|stationen|sparet|sparen|ralsen)\b.{0,120}\b(?:tag\w*|pendel\w*|snabbtag\w*|godstag\w*) som (?:inte|int) stannar\b",
       whole=True, acute=True, negative=True),
    # a loaded gun beside the writer now: "den står här bredvid mig nu, laddad" (hunting is explained in crisis.py)
    _s("loaded_gun_here", "self", r"(?=.*\b(?:bossan|bossa|hagelbossan|gevar\w*|jaktgevar\w*|pistol\w*|vapnet|revolver\w*)\b)(?=.*\bladda[dt]\w*\b)"
                                  # loaded, with no strength left or no one to miss the writer: "ha laddat bössan ... ingen kommer sakna en gammal gubbe"
                                  r"(?:(?=.*\b(?:orkar (?:inte|int) (?:mer|langre)|ingen (?:kommer (?:att )?|skulle )?sakna|sista gangen|forlat)\b)|"
                                  r".*\b(?:bredvid mig|framfor mig|i knat|i handen|har (?:hos|bredvid|vid) mig|vid sangen|vid sanga|i sangen|under kudden|pa nattduksbordet|i sovrummet)\b)", whole=True, acute=True,
       negative=True),  # its span is the whole message: "nej int nu längre ... den står laddad vid sänga" denies the help
    # the last step, at the platform now: "behöver ingen hjälp med sista steget, sitter på perrongen nu"
    _s("last_step_at_place", "self", rf"(?=.*\bsista (?:steget|gangen|resan|biten)\b).*\b(?:sitter|star|ar|e) (?:pa|vid|i|nere vid|nere pa) {RISKY_PLACE}\b.{{0,20}}\bnu\b",
       whole=True, acute=True, negative=True),
    # the means given away and bought again: there now, whenever it was bought (crisis.py: PRESENT_BY_NATURE)
    _s("means_replaced", "self", r"\b(?:repet|snaran|kniven|knivarna|tabletterna|vapnet|bladen|rakbladen)\b.{0,80}\b(?:kopte|kopt|skaffade|skaffat|fixade|fixat) (?:ett|en|nya) (?:nytt|ny|nya|till)\b"
                                 # around the limits: pills bought from three pharmacies or more
                                 r"|\b(?:kopt|kopte|kopa|koper|samlat|samlar|samla|hamstrat|hamstrar|hamstra|fick ihop|fatt ihop|fixat ihop|fa ihop)\b.{0,50}\b(?:pa|fran) (?:tre|fyra|fem|sex|flera|manga|\d+) (?:olika )?apotek\b",
       whole=True, acute=True, negative=True),
    # the means taken out again and again: "repet som ligger i garderoben. jag har tagit fram det varje kväll"
    _s("means_rehearsed", "self", r"\b(?:repet|snaran|kniven|rakbladet|tabletterna|vapnet|geväret|gevaret)\b.{0,60}\b(?:tagit fram|tar fram|plockat fram|provat|testat) (?:det|den|dem|dom)\b",
       whole=True, acute=True, negative=True),
    # the means kept hidden and not to be handed over: "sambon vet inte att jag har pappas jaktgevär ... före fredag"
    _s("means_hidden", "self", rf"\b{MEANS}\b.{{0,60}}\bvill (?:inte|int) att (?:nan|nagon|ngn|ni|du) tar (?:det|den|dom|dem|bort)\b|\b(?:vet|vet om|marker|vet nagon) (?:inte|int) att jag (?:har|gomt|gommer|sparar|samlar|skaffat) (?:\w+ ){{0,2}}"
                               rf"(?:{MEANS}|\w*gevar\w*|\w*pistol\w*|vapen\w*)"
                               rf"|\b(?:tanker|vill|ska) (?:inte|int) (?:lamna ifran mig|ge ifran mig|lamna over|lamna tillbaka) (?:det|den|dom|dem|\w*gevar\w*|vapnet|{PILLS})\b"
                               rf".{{0,20}}\b(?:fore|innan|forran)\b", acute=True, negative=True),
    _s("further_out", "self", r"\bisen\b.{0,40}\b(?:knakar|brister|spricker)\b.{0,40}\b(?:gar|fortsatter|gick) (?:jag )?(?:langre|langt|langre och langre) ut\b"
                              r"|\bnar alla (?:sover|har somnat|gatt hem|gatt och lagt sig)\b.{0,40}\b(?:gar|aker|tar mig) (?:jag )?(?:ner |ut )?(?:till|mot) "
                              r"(?:alven|sjon|havet|bron|sparet|an|stupet|taket|klippan)\b", whole=True, acute=True, negative=True),
    # walking into water to drown: "ska gå ut tills jag inte bottnar"
    _s("into_water", "self", r"\b(?:ga|gar|vada|vadar|simma|simmar) ut (?:\w+ ){0,4}tills (?:jag )?(?:inte|int) (?:bottnar|nar botten)\b"
                             r"|\bdranka mig\b|\bdrunkna med flit\b"
                             r"|\b(?:ga|gar) ut (?:i|pa) (?:sjon|havet|alven|vattnet|isen)\b.{0,40}\b(?:inte (?:komma|kommer) tillbaka"
                             r"|aldrig (?:komma|kommer) (?:upp|tillbaka)|kan (?:inte|int) simma)", acute=True, negative=True),
    _s("place_now", "self", rf"\b(?:star|sitter|sitt|ar|e|befinner mig|klattrat|klattrar|klattrade|gatt|gick|tagit mig|har tagit mig|parkerat|parkerade|stannat"
                            rf"|lutar mig|hanger|ligger|balanserar)\b(?: \w+){{0,3}} (?:pa|vid|over|uppe pa|ute pa|nere vid"
                            rf"|nere pa|ut pa|upp pa|ovanfor) (?:\w+ ){{0,2}}{EDGE}\b"
                            rf"|\b{EDGE}\b.{{0,40}}\bhoppa\b(?! over| fallskarm| bungee| fran tian| fran trampolin)"
                            rf"|\bhoppar jag (?:fran|ner fran|ut fran|ut genom) (?:\w+ ){{0,2}}{EDGE}\b"
                            rf"|\b(?:ena )?(?:benet|benen|foten|fotterna) (?:over|utanfor) (?:\w+ )?{EDGE}"  # "hade ena benet över räcket"
                            rf"|\bhoppa (?:framfor|ut framfor|ner pa|ut pa|ner fran|ut fran|fran|ifran|ut genom|ner i|i) "
                            rf"(?:ett |en )?(?:tag|taget|tunnelbanan|bilen|bil|bussen|spar|bro|bron|tak|taket|balkong"
                            rf"|balkongen|fonster|fonstret|hustak|vattnet|alven|sjon|stupet)\b",
       acute=True),
    # was at the edge earlier and is going back: "satt på rälsen en stund förut, ska ta mig dit igen ikväll"
    _s("back_to_edge", "self", rf"\b(?:satt|stod|var|lag|gick)\b(?: \w+){{0,3}} (?:pa|vid|ute pa|uppe pa|nere pa|nere vid) (?:\w+ ){{0,2}}{EDGE}\b"
                               rf".{{0,80}}\b(?:ska|tanker|kommer att|gar)\b(?: \w+){{0,4}} (?:dit|tillbaka) igen\b", whole=True, acute=True),
    # at the tracks, the train that does not stop told in another sentence: "suttit vid spåret sedan 04.30 ... nästa tåg stannar inte"
    _s("track_no_stop", "self", r"\b(?:suttit|sitter|statt|star|legat|ligger|gatt ner) (?:vid|pa|bredvid|nere vid) (?:spar|sparet|sparen|ralsen|jarnvagen)\b"
                                r".{0,120}\btag\w* (?:\w+ )?stannar (?:inte|int)\b", whole=True, acute=True, negative=True),
    # out on the ice that will not hold, meant to: "ute på isen vid råken ... hä e väl det som e meningen"
    _s("ice_meant", "self", r"\b(?:ute|ut|gar ut|gick ut|gatt ut|star) pa (?:isen|sjon|alven)\b.{0,100}"
                            r"\b(?:(?:ar|e) (?:ju |val |nog )?(?:det som (?:ar|e) )?meningen|med flit|vill (?:ga|trilla|falla) igenom|tills (?:den|isen) brister)\b",
       whole=True, acute=True, negative=True),
    # fire as the means, with a will to burn: "kroppen måste renas med eld. har tändvätskan under sängen"
    _s("fire_means", "self", r"\b(?:renas|renad|rena kroppen|brinna upp|branna mig|branna upp mig|tanda eld pa mig|satta eld pa mig|med eld)\b.{0,120}"
                             r"\b(?:tandvatska\w*|bensin\w*|t-sprit\w*)\b|\b(?:tandvatska\w*|bensin\w*|t-sprit\w*)\b.{0,120}\b(?:tanda eld pa mig|satta eld pa mig|brinna upp|branna upp mig)\b",
       whole=True, acute=True),
    # the way known and the place near: "jag vet hur jag ska göra, det är bara tio minuter till järnvägen"
    _s("way_known", "self", r"\bvet (?:exakt |precis )?hur jag ska (?:gora|ga till vaga)\b.{0,80}\b(?:jarnvagen|sparet|spar|ralsen|bron|taket|stupet|tabletter\w*|repet|snaran)\b",
       whole=True, acute=True),
    # the keys laid out and out to the water after dark: "lagt nycklarna och hundens papper på köksbordet. jag går ut till sjön"
    _s("keys_and_out", "self", r"\b(?:lagt|lamnat) (?:fram )?(?:nycklarna|nyckeln|papperna)\b.{0,120}\b(?:gar|ska ga|gar ut) (?:ut )?(?:till|i) (?:sjon|havet|alven|vattnet|bron|jarnvagen)\b",
       whole=True, acute=True),
    # everything needed laid out for tonight, alone: "lagt fram allt jag behöver för ikväll när sambon åkt ... jag har bestämt mig"
    _s("laid_out_for_tonight", "self", r"\b(?:lagt fram|fixat|ordnat|gjort i ordning|forberett) allt (?:jag behover|som behovs)\b.{0,100}"
                                       r"\b(?:bestamt mig|nar (?:\w+ ){1,2}(?:akt|somnat|sover|gatt))\b", whole=True, acute=True),
    # the means named in one sentence and held in the next: "pistolen som min bror lämnade ... suttit med den i knät varje kväll"
    _s("held_every_night", "self", r"\b(?:pistol\w*|revolver\w*|\w*gevar\w*|bossa\w*|vapnet|kniven|rakblad\w*|repet|snaran)\b.{0,100}"
                                   r"\b(?:(?:suttit|sitter|satt|legat|ligger) med (?:den|det|dom|dem) (?:i knat|i handen|bredvid mig)"
                                   # or looked at night after night: "jaktgeväret står i garderoben ... har tittat på det varje kväll"
                                   r"|(?:tittat|tittar|kollat|kollar|tagit fram|tar fram) (?:pa )?(?:det|den|dom|dem)\b.{0,12}\b(?:varje (?:kvall|natt)|hela veckan|den har veckan|varenda kvall))\b",
       whole=True, acute=True),
    # the pills back from the one who kept them, laid out now: "fått tillbaka dem och nu ligger alla framför mig"
    _s("laid_out_now", "self", rf"\b{PILLS}\b.{{0,100}}\b(?:ligger|star) (?:alla|allihop|dom|de|dem) (?:\w+ )?(?:framfor mig|framme|pa bordet framfor mig)\b",
       whole=True, acute=True),
    # still looking for the means: "satte 2 bara för att jag inte har hittat nåt bra rep än"
    _s("means_sought", "self", r"\b(?:inte|int) (?:har )?hittat (?:nat|nagot|ett|nan|nagon) (?:bra |lagom |stark\w* )?(?:rep|snara|gren|krok|hojd|stalle att hoppa)\b",
       negative=True),
    _s("there_now", "self", rf"\b{EDGE}\b.{{0,60}}\b(?:star|sitter|ar|e) (?:dar|har) (?:uppe |nere )?(?:nu|just nu)\b", whole=True, acute=True,
       negative=True),  # "bron där ingen ser mig. sitter här nu": its "ingen" denies nothing
    _s("up_on_edge", "self", r"\b(?:uppe|ute) pa (?:\w+ ){0,2}(?:taket|hustaket|bron|kanten)\b"
                             r"|\b(?:harifran|harfran|har fran|har vid|har pa|har uppe vid) (?:\w+ )?(?:kanten|stupkanten|branten|stupet)\b", acute=True),
    # its cues carry their own negation ("inte simma tillbaka"), so it is `negative`
    _s("risky_place", "self", rf"\b{RISKY_PLACE}\b.{{0,80}}\b{PLACE_CUES}|\b{PLACE_CUES}\b.{{0,80}}\b{RISKY_PLACE}\b", acute=True,
       negative=True),
    _s("stop_treatment", "self", r"\b(?:satt ut|slutat ta|slutade ta|tar inte|tagit bort) (?:min |mitt |mina )?(?:insulin\w*|medicin\w*"
                                 r"|litium\w*|tabletter\w*)\b.{0,50}\b(?:med flit|for att do|det ar meningen|vill do|ska do)",
       negative=True),
    _s("in_front_of", "self", r"\b(?:ga|gar|gick|kliva|kliver|hoppa|hoppar|kasta mig|kastar mig|lagga mig|lagger mig|springa"
                              r"|springer|stiga|kora|kor) (?:ut |ner |rakt )?(?:framfor|under|ut pa|ner pa) (?:ett |en )?"
                              r"(?:tag|taget|tunnelbanan|tunnelbanetaget|lastbil|lastbilen|bil|bilen|bussen|spar|sparet|ralsen"
                              r"|pendeln|motorvagen)\b", acute=True),
    _s("overdose", "self", rf"\bover ?dos|\bod:?a\b|\bod:?ade\b|\bod:?at\b"
                           rf"|\b(?:har )?(?:redan )?alla i handen\b.{{0,40}}\b(?:borjat|borjar) (?:att )?(?:ta|svalja) (?:dom|dem|de)\b"
                           # the pills in front of her and some already taken: "har två kartor framför mig o har redan tagit en del"
                           rf"|\b(?:burk\w*|kartor\w*|kartan|{PILLS})\b.{{0,40}}\b(?:framfor mig|framme|i handen|pa bordet)\b.{{0,40}}"
                           rf"\b(?:(?:har |redan )*(?:borjat|borjar) (?:att )?(?:ta|svalja) (?:dom|dem|de)\b"
                           rf"|(?:har )?redan (?:tagit|svalt) (?:en del|nagra|ett par|lite|halva|halften|flera)\b)"
                           rf"|\b(?:alla|hela|massa|(?<!hur )manga|for manga|en hel burk|burken med|hela burken|en burk|en karta|hela kartan|"
                           rf"dubbelt|tre ganger|alla mina|resten av) (?:mina |av mina )?{PILLS}"
                           rf"|\b(?:svalt|svalde|svalja|svaljer|tog|tagit|ta)(?: jag)? (?:en |ett )?(?:hel |halv )?(?:karta|kartor|burk|burkar"
                           rf"|flaska|ask|askar|paket)\b"
                           rf"|\b(?:svalt|svalde|svalja|svaljer|kastat i mig|trycker i mig|tryckt i mig) .{{0,25}}{PILLS}"
                           rf"|\b{PILLS} allihop|\bfor sent\b.{{0,60}}\b{PILLS}\b|\b{PILLS}\b(?! for sent\b).{{0,40}}\bfor sent\b"  # not "tog min elvanse för sent": taken late
                           rf"|\b(?:tagit|tog|svalt|svalde|ta|tar) (?:typ |ca |runt |kanske |over |minst )?[1-9]\d+ (?:st |stycken )?(?:av )?(?:mina )?(?:{PILLS}|\w+medicin\w*)"
                           rf"|\b{PILLS}\b.{{0,30}}\b(?:framfor mig|framme|vet inte hur manga|raknar (?:dem|dom|de))"
                           rf"|\b(?:tagit|tog|svalt|svalde) (?:lite av )?allt (?:som fanns )?(?:i )?(?:medicin\w*|apoteket|skapet|ladan|burken|kartan|asken|dosetten)"
                           rf"|\b(?:tagit|tog|svalt|svalde) allt (?:jag hade|som fanns|som var)(?: kvar)? (?:av|med|i) (?:mina )?{PILLS}\w{{0,4}}\b"
                           # the dose bags from the pharmacy, all at once: "tog alla påsarna från apodosen"
                           rf"|\b(?:tog|tagit|svalt|svalde) (?:jag |ja )?(?:alla|hela) (?:\w+ )?(?:pasarna|dospasarna|apodos\w*)\b"
                           rf"|\b(?:tog|tagit|svalt|svalde) for manga\b|\b(?:tog|tagit|svalde|svalt) (?:hela )?(?:veckans |manadens |tva veckors )?(?:dosett\w*|alla facken)\b"
                           rf"|\b(?:tog|svalde) (?:jag )?allt (?:som lag |som fanns )?i dosetten\b|\b(?:hela veckans|alla (?:veckans )?(?:tabletter|doser)) pa en gang\b"
                           rf"|\b(?:ett helt|en hel|helt|hela) (?:kort|karta|kartan|ask|asken|burk|burken|paket|paketet)\b"
                           rf"|\b(?:ta|tar|tagit|tog|borjat ta|svaljer) (?:\w+ )?(?:en efter en|en i taget|allihopa|allihop)"
                           rf"|\b(?:drack|druckit|svept|halsat) (?:en |ett |halva |hela )?(?:flaska|flaskan|vodka|sprit|vin)\b"
                           rf".{{0,40}}\b(?:tog|tagit|svalde|svalt|och) (?:\w+ )?{PILLS}"
                           rf"|\b(?:somnpillerna|sovtabletterna|tabletterna|pillren|medicinerna) (?:efter|ocksa|med)\b(?! (?:frukost|maten|middagen|lunchen|kvallsmaten|mat|vatten|yoghurt)\b)"
                           rf"|\b(?:drack|druckit|full|packad|berusad)\b.{{0,30}}\b(?:tog|tagit|svalde|svalt) (?:\w+ )?{PILLS}"
                           # "too much" with the emergency it led to; not "tar för mycket på mig"
                           rf"|\b(?:akuten|iva|sjukhuset|ambulans\w*|magpump\w*)\b.{{0,50}}\b(?:tagit|tog|svalt|svalde) for (?:mycket|mkt)\b(?! pa (?:mig|mej|sig))"
                           rf"|\b(?:tagit|tog|svalt|svalde) for (?:mycket|mkt)\b(?! pa (?:mig|mej|sig)).{{0,30}}\b(?:akuten|iva|sjukhuset|ambulans\w*|magpump\w*)\b",
       acute=True),
    # the amount told after a comma: "har tagit tabletter, en hel del"
    _s("overdose_amount", "self", rf"\b(?:har (?:\w+ )?tagit|tog|har svalt|svalde) (?:\w+ )?{PILLS}\W+(?:en hel del|en massa|massor|jattemanga|sjukt manga|hur manga som helst|alldeles for manga)\b",
       whole=True, acute=True),
    # holding back from harming oneself, and about to fail: "att inte skära mig ... klarar det inte mycket längre"
    _s("urge_winning", "self", r"\b(?:inte|int|lata bli att|lata bli) (?:skada|skara|rispa) (?:mig|mej)\b.{0,60}\b(?:klarar (?:det )?(?:inte|int) (?:mycket )?langre"
                               r"|vet (?:inte|int) hur lange (?:till )?jag klarar"
                               r"|(?:orkar|ork|kraft|krafter|klarar|kan)\b(?: \w+){0,3} (?:att )?(?:halla|sta) emot"
                               r"|ger (?:snart )?efter\b)|\bvill gora (?:det )?mer\W+djupare\b", whole=True, negative=True),
    # bleeding that does not stop: its own "inte" is no denial; an everyday cut explains it (crisis.py)
    _s("bleeding_on", "self", r"\b(?:blodet|det|blodningen) (?:slutar|vill) (?:inte|int) (?:att )?(?:rinna|bloda|sluta|stanna)\b"
                              r"|\b(?:blodet|det|blodningen|saret|saren) har (?:inte|int|fortfarande inte) (?:slutat|stannat) (?:att )?(?:bloda|rinna)\b", harm_act=True, negative=True),
    # the means ready for a moment when no one is home (not the week's medicine in its dosett): "lördag. då är alla borta och tabletterna ligger redo"
    _s("means_ready_alone", "self", rf"\b(?:alla (?:ar |e )?borta|ingen (?:ar |e )?hemma|(?:jag (?:ar|e) )?ensam hemma)\b.{{0,60}}\b{MEANS}\b (?:ligger|star|finns) (?:redan )?(?:redo|framme)\b{NOT_IN_DOSETT}"
                                    rf"|\b{MEANS}\b (?:ligger|star|finns) (?:redan )?(?:redo|framme)\b{NOT_IN_DOSETT}.{{0,60}}\b(?:alla (?:ar |e )?borta|ingen (?:ar |e )?hemma|ensam hemma)\b"
                                    # "då e bössan kvar i skåpet o ingen annan i huset"
                                    rf"|\b{MEANS}\b (?:\w+ ){{0,2}}kvar\b.{{0,60}}\bingen (?:annan )?(?:i huset|hemma|i lagenheten|pa garden)\b",
       whole=True, negative=True, acute=True),
    # on the platform, waiting for the train and not boarding it: "står på perrongen ... jag ska inte kliva på"
    _s("platform_not_boarding", "self", r"\b(?:star|sitter|vantar|gar) (?:pa|vid|nere pa) (?:perrongen|plattformen|perrong \w+)\b.{0,100}"
                                        r"\b(?:(?:ska|tanker|kommer) (?:inte|int) (?:kliva|ga|hoppa|aka) (?:pa|in|med)|(?:inte|int) for att (?:aka|aka med|kliva pa|resa)"
                                        # trains let pass, one after another: "har låtit tre pendeltåg gå förbi"
                                        r"|(?:latit|later|slappt|slapper) (?:\w+ ){0,2}(?:tag|tagen|pendeltag|pendeltagen|tunnelbanetag|tunnelbanor|pendlar)(?: (?:ga|aka|passera|rulla) forbi| redan)\b(?!.*\b(?:fulla|fullt|trangt|tar (?:jag )?nasta|ska ta nasta|vantar pa)\b))",
       whole=True, acute=True, negative=True),
    # medicine taken back from safekeeping, for tonight: "hämtade tillbaka dom igår ... ska använda dom ikväll"
    _s("means_taken_back", "self", r"\b(?:hamtade|hamtat|tog|tagit) tillbaka (?:dom|dem|mina \w+)\b.{0,80}\b(?:ska|tanker) (?:anvanda (?:dom|dem)|svalja (?:dom|dem|allihop))\b(?: \w+)? (?:ikvall|i kvall|inatt|i natt|nu|idag|i dag)\b"
                                   r"|\bhamtade tillbaka (?:dom|dem|mina (?:mediciner|tabletter))\b.{0,60}\b(?:nar (?:hon|han|de|dom) (?:inte|int) var hemma|i hemlighet|utan att)\b",
       whole=True, negative=True),
    # medicine to be "used" tonight, as a means is ("ska använda dom ikväll"), not taken as a dose
    _s("means_for_tonight", "self", rf"\b{PILLS}\b.{{0,120}}\b(?:ska|tanker|kommer att) (?:anvanda (?:dom|dem|allihop|alla|hela)|svalja (?:allihop|alla|hela))(?: \w+)? (?:ikvall|i kvall|inatt|i natt|nu|idag|i dag)\b",
       whole=True, negative=True),
    # starving for days with chest pain or fainting: "bara druckit vatten o te i 9 dagar ... ont i bröstet"
    _s("starving_with_symptoms", "self", r"\b(?:bara druckit (?:vatten|te)|(?:inte|int) atit (?:nagot|nat|nanting|alls)?|svalt mig)\b.{0,60}\b(?:\d+|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|fjorton|femton|tjugo|flera|manga) dagar\b"
                                         r".{0,80}\b(?:ont i brostet|svimm\w*|hjartat (?:rusar|slar|hackar|fladdrar)|yr hela tiden)\b",
       whole=True, acute=True, negative=True),
    # driving out to a deep place tonight, with a sorry: "köra ut till kraftverksdammen ikväll när hä blivit mörkt. förlåt"
    _s("place_tonight_sorry", "self", r"\b(?:kora|aka|ga|cykla|gar|kor|aker)(?: ut)? (?:till|mot) (?:\w*dammen|bron|\w*bron|klipporna|stupet|sjon|havet|alven|sparet|ralsen)\b"
                                      r"(?!.{0,60}\b(?:fota|fotar|fiska|fiskar|bada|badar|titta pa|kolla pa|promenera|grilla|med (?:hunden|barnen|kompisar\w*|vannerna|familjen))\b)"
                                      r".{0,60}\b(?:ikvall|i kvall|inatt|i natt|nar (?:det|ha|de) (?:blivit|blir) morkt)\b.{0,100}\bforlat\b",
       whole=True),
    # the whole supply fetched, and no more steps after: "på fredag när jag hämtat ut hela tremånadersransonen ... sen behöver jag inte ta några fler steg"
    _s("supply_then_no_more", "self", r"\b(?:hamtat|hamtar|hamta|hamtade|fatt|far) ut (?:hela |alla )?(?:\w*ransonen|\w*forpackning\w*|\w*receptet|alla tabletterna|allt)\b"
                                      r".{0,80}\b(?:sen|efter det|da) (?:behover|maste|ska) (?:jag|ja) (?:inte|int|aldrig) (?:\w+ ){0,3}(?:mer|fler|igen|langre)\b",
       whole=True, acute=True, negative=True),
    # some already taken, the rest at hand: "om man tar hela kartan ... har redan tagit hälften", "jag har alla här, har redan tagit en del extra ikväll"
    _s("already_taken_some", "self", r"\b(?:hela kartan|hela burken|hela asken|hela paketet|alla (?:har|hos mig|framme))\b.{0,100}\b(?:har )?redan (?:tagit|svalt) (?:halften|halva|en del|nagra|lite|flera)(?: extra)?\b",
       whole=True, acute=True),
    # down to the tracks now, with the train's time: "går ner till spåret vid stationen nu. godståget brukar komma strax efter tolv"
    _s("tracks_and_train_time", "self", r"\b(?:gar|aker|tar mig|ar pa vag|cyklar) (?:ner |ut )?(?:till|mot) (?:sparet|sparen|jarnvagen|ralsen|jarnvagsbron)\b.{0,80}"
                                        r"\b(?:godstag\w*|taget|tagen|nattaget|snabbtaget) (?:brukar )?(?:kommer|komma|gar|passerar|passera)\b", whole=True, acute=True),
    # the hose in the car, for tonight: "dit ska jag köra ikväll med slangen i bakluckan, sen är det lugnt"
    _s("hose_in_the_car", "self", r"\bslangen\b (?:\w+ ){0,2}(?:i|pa) (?:bakluckan|bilen|baksatet)\b.{0,60}\b(?:sen (?:ar|e|blir) det (?:lugnt|over|slut|klart)|ikvall|inatt|i kvall|i natt)\b"
                                  r"|\b(?:ikvall|inatt|i kvall|i natt)\b.{0,40}\bslangen\b (?:\w+ ){0,2}(?:i|pa) (?:bakluckan|bilen|baksatet)\b", whole=True, acute=True),
]
