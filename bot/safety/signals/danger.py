"""Violence and threats from another person against the writer."""
from bot.safety.signals.words import OTHER, Signal
from bot.safety.signals.words import make as _s

SIGNALS: list[Signal] = [
    # the phone taken, writing from someone else's, told across a comma: "tog min telefon, skriver från kompisens"
    _s("phone_taken", "danger", r"\b(?:tog|tagit|tar) min (?:telefon|mobil)\b.{0,60}\bskriver (?:fran|pa|via) (?:en |min |mitt )?(?:kompis\w*|van\w*|lanad\w*|annans|nan annans|datorn|paddan|ipaden|surfplattan|jobbdatorn|laptopen)",
       whole=True),
    # bruises shown, and the partner coming for her: told across sentences
    _s("bruises_and_partner", "danger", r"\bblamarken\b.{0,80}\b(?:sambo\w*|man|mannen|kille\w*|pojkvan\w*|make|maken)\b.{0,60}\b(?:blir arg|slar|slog|hamtar)\b",
       whole=True),
    _s("violence", "danger", rf"\bom jag (?:traffar|pratar med|berattar for|gar till|ringer|sager (?:nagot|nat|nagonting|nanting) (?:till|om)) (?:\w+ ){{0,2}}(?:igen )?(?:sa )?(?:far|ska fa|far jag|ska jag fa) (?:jag )?se\b|\b(?:han|hon|de|dom)\b (?:\w+ ){{0,3}}(?:skulle|ska|kommer att|kommer) (?:doda|morda|sla ihjal) (?:mig|mej)\b|\b(?:hittade|hittat|tagit reda pa|fatt reda pa|listat ut|listade ut) var jag bor\b"
                             rf"|\b(?:ska|kommer att|kommer) hitta (?:mig|mej) och (?:gora (?:mig|mej) illa|skada (?:mig|mej)|doda (?:mig|mej))\b|\b(?:bankar|slar|sparkar|drar) (?:pa|i) (?:sovrumsdorren|badrumsdorren|dorren till mitt rum|min dorr)\b|\b(?:kommit in i|star (?:\w+ ){{0,2}}i dorren till|star (?:\w+ ){{0,2}}utanfor|stormat in i) (?:lokalen|rummet|salen)\b.{{0,60}}\b(?:hotar|skriker|viftar|slar|braker)"
                             rf"|\b(?:han|hon) (?:ar|e) (?:den|det) som (?:slar|hotar|misshandlar|sparkar|stryper) (?:mig|mej)\b"
                             rf"|\b(?:tar|tog|drar|drog|greppar|nyper) (?:(?:han|hon|de|dom) )?(?:mig|mej) (?:sa )?hart i (?:armen|handleden|haret|nacken)\b"
                             rf"|\bskyldig (?:\w+ )?pengar\b.{{0,60}}\b(?:kommer|ska komma) (?:hit |hem )?(?:ikvall|inatt|idag|imorgon)\b|\b(?:slar|sparkar|misshandlar|bankar|stryper) (?:han|hon) (?:dom|dem|oss|mina (?:smasyskon|syskon|barn)|syskonen"
                             rf"|smasyskonen|barnen|mamma|lillebror|lillasyster)\b"
                             rf"|\b(?:har )?hota(?:t|r|de) (?:med )?att (?:sla|doda|skada|misshandla|strypa|skjuta) (?:henne|honom|mig|mej|oss|barnen)\b"
                             rf"|\b{OTHER}\b(?: \w+){{0,5}} (?:slar|slog|slagit|stryper|strypte|stryptes|kvavde|hotar|hotade|hotat|sparkat|knuffat|misshandlat|"
                             rf"misshandlar|misshandlade|sparkar|sparkade|valdtar|valdtog|valdtagit|tvingar|tvingade|tvingat|"
                             rf"laser in|laste in|lasst in|lost in|jagar|forfoljer|knuffar|knuffade|drar i|drog i|nyper|"
                             rf"tar struptag pa|tog struptag pa|hotar att doda|tafsar pa|tafsade pa|rorde|"
                             rf"(?:tar|tog|tagit) pa(?= (?:mig|mej)(?:\s*$| och| nar| pa natten| igen| hela tiden|[,.!?]))|utnyttjar|"
                             rf"utnyttjade|lagger handerna runt|tryckte ner|haller fast|holl fast|spottar pa) (?:mig|mej)\b"
                             rf"(?! (?:i|pa) (?:spelet|fifa|schack|matchen|tennis|padel|golf|kortspel|monopol|mario)| med att\b"
                             rf"| med (?:varsel|boter|uppsagning|avstangning|vite|indragen|indraget|att salja))"
                             # the one who did it left out ("... och har hotat mig hela kvällen"): not the writer
                             rf"|\b(?:har|hade) (?:hotat|slagit|misshandlat|sparkat|strypt|valdtagit|last in) (?:mig|mej)\b"
                             rf"(?! (?:i|pa) (?:spelet|fifa|schack|matchen|tennis|padel|golf|kortspel|monopol|mario)| med att\b"
                             rf"| med (?:varsel|boter|uppsagning|avstangning|vite|indragen|indraget))"
                             rf"|\b{OTHER}\b(?: \w+){{0,3}} (?:ska|kommer att|kommer|tanker|vill|forsoker|hotar att|hotade att|sa att han ska"
                             rf"|sa att hon ska) (?:doda|sla|skada|misshandla|valdta|strypa|ta|hitta|leta upp|komma efter) "
                             rf"(?:mig|mej)\b(?! (?:till|med|pa|ut|hem|dit|in|upp|ner|runt|i|ur|sen|och|ikvall|imorgon|pa bio))"
                             rf"|\b(?:blev|har blivit|blir|ar) (?:slagen|nerslagen|nedslagen|valdtagen|misshandlad|hotad|strypt|knivhuggen|overfallen|"
                             rf"tafsad|antastad|forfoljd|inlast|lost in|tvingad|drogad)(?! (?:i|pa) (?:spelet|matchen|schack|fifa))"
                             rf"|\bforsoker (?:ta sig|bryta sig|komma) in\b|\bbankar pa (?:dorren|min dorr)\b.{{0,30}}\b(?:radd|hotar|skriker)"
                             rf"|\b{OTHER}\b.{{0,60}}\b(?:har|med|haller|viftar med|viftade med|tog fram|tagit fram|holl upp|haller upp) (?:en |ett |sin |sitt )?(?:brod|kott|koks)?"
                             rf"(?:kniv|pistol|vapen|yxa|gevar|basebolltra|hagelgevar|jaktgevar|hammare|hammaren|jarnror|kniven|hagelbossa|hagelbossan"
                             rf"|bossa|bossan|gevaret|jaktgevaret|pistolen|vapnet|yxan|machete|macheten|baseballtra|baseballtraet)"
                             rf"|\b(?:kniv|pistol|vapen)(?:en|et)? mot (?:mig|mej|min hals|halsen|huvudet)"
                             rf"|\b{OTHER}\b(?: \w+){{0,3}} (?:(?:ska|kommer att|kommer|tanker|vill|hotar att|hotade att|sa att (?:han|hon) ska)"
                             rf" ta|tar) livet av (?:mig|mej)\b"
                             rf"|\b(?:en man|en kille|nagon|nan|han|hon)\b.{{0,30}}\bmed (?:en )?(?:kniv|pistol|vapen|yxa)\b"
                             rf"|\b(?:hotat|hotar|hotade) (?:att )?(?:doda|sla|skada|sla ihjal|strypa) (?:henne|honom|oss|mig|mej)\b"
                             rf"|\b(?:slagit|slog|slar) (?:henne|honom|en annan \w+|oss)\b(?!.*\b(?:spelet|schack|matchen|pingis|tennis)\b)"
                             rf"|\bvet (?:var jag (?:bor|ar)|min adress|vilken port|vilket fonster (?:som )?(?:ar|e) mitt|vilken lagenhet (?:som )?(?:ar|e) min)\b|\bvet (?:vilken skola|vilket dagis|vilken forskola|vilken fritids) (?:min|mina|mitt) \w+ (?:gar pa|gar i|gar)\b|\bvet var (?:min|mina) \w+ (?:bor|gar i skolan|jobbar|ar)\b"
                             # found the writer's new address, a photo of their door; fire threatened against their home
                             rf"|\b{OTHER}\b(?: \w+){{0,2}} (?:har )?(?:hittat|tagit reda pa|fatt reda pa|fatt tag pa|luskat ut|listat ut) (?:(?:min|mitt) (?:nya |hemliga |skyddade )?(?:adress|lagenhet|boende|hem|port)\b|var jag bor|(?:det )?(?:skyddade|hemliga) (?:boendet|adressen))"
                             # a lesson promised: "skrev att han ska komma i natt och lära mig en läxa"
                             rf"|\b{OTHER}\b(?: \w+){{0,8}} (?:ska|kommer att|kommer) (?:\w+ ){{0,5}}lara (?:mig|mej) (?:en laxa|hut|veta hut)\b"
                             # the children taken whatever she wants: "hämtar barnen ikväll vare sig jag vill eller inte"
                             rf"|\b(?:hamtar|tar|hamta|ta) barnen\b.{{0,30}}\bvare sig jag vill eller (?:inte|int)\b"
                             rf"|\b(?:mitt ex|exet|exkillen|exmannen|han|hon|nagon|nan|en okand)\b.{{0,80}}\b(?:skickade|skickat|skickar) (?:en |ett )?(?:bild|foto|video|filmklipp) (?:pa|av) (?:min|mitt) (?:port|porten|dorr|dorren|ytterdorr|fonster)\b"
                             rf"|\bhota\w* (?:med )?att (?:tanda eld pa|satta eld pa|branna ner|branna upp|elda upp) (?:min|mitt|mina|var|vart)\b"
                             rf"|\b{OTHER}\b(?: \w+){{0,4}} (?:ska|kommer att|kommer|tanker) (?:satta|tanda) eld pa (?:min|mitt|mina|var|vart|mig|mej)\b"
                             rf"|\b(?:tagit|tog|tar) (?:mitt|min|mina) (?:pass|passet|bankkort|pengar|pension|id-kort|medicin\w*)\b.{{0,60}}\b(?:om jag|sager att"
                             rf"|hotar|laser|slar)|\bgifta bort (?:mig|mej)\b|\btvangsgift|\bheders(?:relat|vald|fortryck)"
                             rf"|\b{OTHER}\b.{{0,10}}\b(?:star|stod|statt|har statt|vantar|vantade|sitter|satt) (?:utanfor|vid|i) (?:min |mitt |hennes |hans )?(?:port|porten|dorr|dorren|fonster|fonstret|huset|lagenheten|jobbet|skolan|trapphuset)\b"
                             # a lift, not a watcher: "pappa står utanför porten och väntar med bilen"
                             rf"(?!(?: \w+){{0,4}} (?:med bilen|i bilen|for att (?:hamta|skjutsa)|och (?:ska )?(?:hamta|skjutsa|hamtar|skjutsar)))"
                             rf"|\binte kommer (?:att )?(?:komma )?(?:ut )?(?:harifran|hemifran|harinne) levande\b"
                             rf"|\b(?:de|dom|familjen|pappa|mamma|min bror|brorsan|min farbror|min morbror|slakten)\b.{{0,30}}\b(?:sager|sa|har bestamt) att jag (?:ska|maste) gifta mig\b"
                             rf"|\bslar (?:mig|mej) (?:om|nar) jag\b|\b(?:ryckte|drog|slet) mig i haret\b"
                             rf"|\b(?:holl|haller|tryckte|trycker|tog tag|tar tag|grep|griper) (?:\w+ )?(?:om|runt|mot|i) (?:min )?hals(?:en)?\b"
                             rf"|\b(?:kudde|kudden|handen|handerna|plastpase)\b.{{0,15}}\b(?:over|mot) (?:mitt|min) (?:ansikte|mun|nasa)\b"
                             rf"|\bhota\w* (?:med )?att (?:doda|sla ihjal|skada|branna) (?:mig|mej)\b|\bbranna upp\b.{{0,30}}\bmed (?:mig|mej) i\b"
                             rf"|\b(?:last|lost|lasst) (?:ytter)?dorren (?:och|o|&) (?:tagit|tog|gomt) (?:min|mina|mitt|nyckeln)|\b(?:utanfor|star|vantar|kom)\b.{{0,60}}\bkontaktforbud|\bhar kontaktforbud\b|\bjag (?:ar|e) i (?:akut )?fara\b|\bsla ihjal (?:mig|mej)\b|(?<!jag korde )(?<!jag nastan korde )(?<!korde jag nastan )(?<!korde jag )(?<!jag korde nastan )(?<!jag kor )(?<!jag kort )(?<!jag jobbar )(?<!jag jobbade )(?<!jag jobba )(?<!jag tranar )(?<!skrek )(?<!skriker )(?<!skrattade )(?<!skrattar )(?<!garvade )(?<!garvar )(?<!fros )(?<!fryser )(?<!svettades )(?<!svettas )(?<!dansade )(?<!dansar )(?<!tristade )(?<!langtade )\bihjal (?:mig|mej)\b"
                             rf"|\b(?:tog|tar|tagit) (?:stryptag|struptag|strypgrepp)\b|\b(?:stryptag|strypgrepp) pa (?:mig|mej)"
                             rf"|(?<!jag )(?<!ja )\b(?:last|lost|lasst|laser|lasar|laste) in (?:mig|mej|henne|honom|oss|barnen)\b|\bsitter inlast|\bar inlast"
                             rf"|\b{OTHER}\b(?: \w+){{0,5}} (?:slar|slog|misshandlar|misshandlade|sparkar|sparkade|stryper|strop|strypte|hotar|hotade|valdtar|valdtog|tar pa|tog pa|rorde)"
                             rf" (?:min|mitt|mina|henne|honom|oss|barnen|lillasyster|lillebror|en annan|deltagaren|en deltagare|deltagarna)\b"
                             rf"(?!.*\b(?:spelet|fifa|schack|matchen|tennis|padel)\b)"
                             rf"|\b(?:foljer|foljde|foljt|forfoljer|forfoljt|smyger) efter (?:mig|mej)\b"
                             rf"|\b(?:kommer|ska komma|kommer att komma) hit\b.{{0,60}}\b(?:radd|livradd|vagar (?:inte|int))\b"
                             rf"|\b(?:tryckte|trycker|knuffade|knuffar|slangde|slanger|kastade|kastar) (?:han|hon) (?:upp |in |ner )?(?:mig|mej) (?:mot|i|in i) (?:vaggen|golvet|dorren|skapet|bordet)\b"
                             rf"|\b{OTHER}\b(?: \w+){{0,3}} (?:tryckte|trycker) (?:upp )?(?:mig|mej) mot (?:vaggen|dorren|skapet)\b"
                             # "sa han kommer tillbaks i natt å gör slut på mig"; not "gjorde slut med mig", a break-up
                             rf"|\b(?:han|hon|de|dom)\b (?:\w+ ){{0,5}}(?:gor|gora|ska gora|kommer gora) slut pa (?:mig|mej)\b"
                             rf"|\bnasta gang (?:ar|e|blir) det (?:knana|benen|armarna|fingrarna|din tur|du)\b"
                             rf"|\bnasta gang (?:ar|e|blir) det (?:annu )?(?:varre|varst) om (?:jag|du) (?:pratar|berattar|sager|gar|ringer|lamnar|anmaler)\b"
                             rf"|\b(?:kommer|ska komma) (?:tillbaka|hit|hem) (?:\w+ )?for att (?:avsluta det|gora slut pa (?:mig|mej)|ta (?:mig|mej))\b"
                             rf"|\b(?:tander|tanda|satter eld|satta eld) (?:eld )?pa (?:\w+ )?(?:stugan|huset|lagenheten|bilen|garden) med (?:mig|mej) i\b"
                             rf"|\bom jag\b.{{0,60}}\b(?:ska|kommer) (?:jag|du) (?:att )?fa angra (?:det|mig|dig)\b"
                             rf"|\b(?:sticker|ska sticka|kommer sticka|kommer att sticka) (?:kniven |en kniv |ner )?(?:i )?(?:mig|mej)\b"
                             rf"|\bom jag (?:borjar|traffar|lamnar|gar|berattar|pratar|sager|ringer|anmaler)\b.{{0,80}}\b(?:sa )?(?:tar|dodar) (?:han|hon) livet av (?:mig|mej)\b"
                             rf"|\b(?:slog|slar|sparkade|sparkar|knuffade|strypte) (?:mig|mej) igen\b|\b(?:sager|sa) att det blir varre nasta gang\b"
                             rf"|\b(?:kastar|slanger) (?:han|hon )?ut (?:mig|mej) om jag\b|\b(?:tog|tar) (?:han|hon) (?:alla )?mina pengar\b"
                             rf"|\b(?:tog|tar) (?:han|hon) (?:stryptag|struptag|strypgrepp)\b|\b(?:tog|tar|grep) (?:han|hon) tag (?:i|om|runt) (?:min )?hals(?:en)?\b"
                             rf"|\b(?:tvingade|tvingar|tvingat) (?:(?:han|hon) )?(?:mig|mej) (?:till sex|att ha sex)\b"
                             rf"|\b(?:smutsat|smutsa ner|vanhedrat|svartat ner) (?:familjens|slaktens|vart|var) (?:namn|heder|rykte)\b"
                             rf"|\b(?:har )?(?:last|laste|lost|lasst) (?:mig|mej) (?:inne )?i (?:rummet|mitt rum|lagenheten|huset|kallaren|badrummet)\b"
                             rf"|\b(?:tar|tar med sig|kommer ta|ska ta) barnen (?:till (?:\w+ ){{1,2}})?(?:om|ifall) jag (?:gar|lamnar|berattar|sager|anmaler)\b"
                             rf"|\b(?:kom|kommer|gick|gar|ga) in (?:i|pa) mitt rum (?:igen|i natt|inatt|pa natterna|varje natt)"
                             rf"|\b(?:tvinga|tvingar|tvingade|forsoker tvinga|forsokte tvinga) sig in\b"
                             rf"|\b(?:tvinga|tvingar|tvingade|tvingat|forsoker tvinga|forsokte tvinga) sig pa (?:mig|mej)\b"
                             rf"|\b(?:forsoker|forsokte) (?:oppna|bryta upp|sparka in) (?:dorren|fonstret|min dorr)"
                             rf"|\b(?:bankar|bankade|bankat|sparkar|sparkade|sparkat|slar|slagit) (?:pa|mot) (?:dorren|fonstret|min dorr|rutan)\b"
                             rf"|\b(?:kastar|kastade) (?:(?:han|hon|de|dom) )?(?:saker|grejer|stolar|tallrikar) (?:pa|mot|efter) (?:mig|mej)"
                             rf"|\b(?:(?:holl|haller) (?:han|hon) (?:upp|fram)|(?:viftade|viftar) (?:han|hon)(?: med)?) (?:en |sin |ett |sitt )?(?:\w*kniv\w*|yxa\w*|pistol\w*|vapnet|vapen|gevar\w*|hammare\w*)"
                             rf"|\b(?:dodar|skadar|slar ihjal|slar|slog|stryper|strypte|sparkar|sparkade|misshandlar|misshandlade|valdtar|valdtog|knuffade|knuffar) (?:han|hon|dom|de) (?:ner |omkull |in |ut )?(?:mig|mej)\b"
                             rf"|\b(?:drar|drog|sliter|slet|rycker|ryckte) (?:(?:han|hon|hen) )?(?:mig|mej) i (?:armen|haret|handleden|nacken)\b"
                             rf"|\bnasta gang (?:tar|tog) (?:han|hon|hen) fram (?:kniven|en kniv|pistolen|vapnet|yxan)\b"
                             rf"|\b(?:tar|tog|tafsar|tafsade|ror|rorde) (?:pa )?(?:mig|mej) (?:fast|trots att|aven om|fast att) jag (?:sager|sagt|sa) (?:nej|stopp|sluta)\b"
                             rf"|\bkommer in (?:till mig|i mitt rum|till mitt rum|pa mitt rum|i lagenheten|i min lagenhet|hos mig) (?:pa natterna|pa natten|inatt|varje natt)\b"
                             rf"|\b(?:tar|krossar|bryter|skjuter|sparkar sonder) (?:mina|mitt|min) (?:knan|ben|benen|fingrar|armar|nacke)\b"
                             rf"|\b(?:tog|tar|grep|griper) (?:han|hon|dom|de) (?:mig|mej) (?:om|runt|i) halsen\b"
                             rf"|\b(?:skamt|skamma|skammat) ut (?:hela )?(?:familjen|slakten|oss)\b|\bfamiljens heder\b"
                             rf"|\bgommer mig\b.{{0,40}}\b(?:han|hon|de|dom|pappa|mamma)\b.{{0,20}}\b(?:letar|ar har|kommer)"
                             rf"|\b(?:han|hon|de|dom|pappa|mamma|kusin\w*|bror|broder|brorsan|brorsorna|familjen|slakten|farbror\w*|morbror\w*)\b.{{0,20}}\bletar efter mig"
                             rf"|\bkontaktforbud\b.{{0,60}}\b(?:utanfor|har|star|vantar|kom|ringer|foljer)"
                             rf"|\b(?:nan|nagon|en man|en kille|han|hon)\b.{{0,10}}\b(?:ar|var) inne i (?:lagenheten|huset|mitt rum)"
                             rf"|\b(?:tagit|tog) mina nycklar\b"
                             rf"|\b(?:dodar|slar ihjal|mordar) (?:mina|min|hans|hennes) \w+ (?:mig|mej)\b"
                             rf"|\b(?:kastar|kastade|kastat) (?:en |ett )?(?:stol|stolen|flaska|flaskan|glas|glaset|tallrik|kniv|kniven|sten|stenar"
                             rf"|mobil|mobilen|telefon|lampa) (?:pa|mot|efter) (?:mig|mej)\b|\bblir (?:han|hon) (?:galen|arg|tokig|forbannad) och (?:slar|sparkar)\b"
                             rf"|\bom jag (?:ringer|berattar|gar till)\b.{{0,40}}\b(?:dodar|slar|skadar) (?:han|hon|de|dom)\b"
                             # the same without the inversion, as a second language writes it: "om jag går till soc igen han dödar mig"
                             rf"|\bom jag (?:ringer|berattar|gar till|pratar med|sager (?:nat|nagot) till)\b.{{0,40}}\b(?:han|hon|de|dom) (?:dodar|slar|skadar|tar livet av) (?:mig|mej)\b"
                             rf"|\b(?:slar|sparkar) (?:han|hon) (?:i|pa) (?:vaggarna|vaggen|dorrarna|dorren)\b|\bstar pa tur\b|\b(?:ar|e) nast(?:a)? pa tur\b|\b(?:sager|sa|skriker|skrek) att (?:jag|du|ja) (?:ar|e) (?:nast|nasta)\W*(?:\.|$|och|o\b)"
                             rf"|\b{OTHER}\b.{{0,20}}\b(?:blir|ar|var) (?:valdsam|aggressiv|hotfull)"
                             rf"|\b{OTHER}\b(?: \w+){{0,3}} (?:ska|kommer att|tanker) (?:doda|sla|skada) (?:henne|honom|oss)\b"
                             rf"|\bhota(?:r|de|t)? (?:mig|mej|henne|honom|oss) med (?:en |ett )?(?:kniv|kniven|pistol|vapen|yxa|gevar)"
                             rf"|\b(?:foljer|foljde|forfoljer|smyger) efter (?:henne|honom)\b.{{0,20}}\b(?:varje dag|hela tiden|overallt|hem)"
                             rf"|\b(?:jag|du) (?:ska|kommer att) fa se vad som hander\b"
                             rf"|\bom (?:jag|du) (?:berattar|sager|pratar|gar till|ringer|anmaler)\b.{{0,40}}\b(?:far|ska fa|kommer att fa) (?:jag|du) se vad som hander\b"
                             rf"|\b(?:sager|hotar med|sa) att jag (?:blir|ska bli|kommer att bli|kommer bli) (?:inlagd|inlast|utkastad|vrakad|av med \w+)(?: igen)? om jag (?:berattar|sager nagot|sager nat|pratar|anmaler)\b|\bska fa angra (?:mig|dig)\b"
                             rf"|\b(?:(?:ar|e|blir) (?:du|jag)|(?:du|jag) (?:ar|e|blir)) dod om (?:du|jag) (?:pratar|berattar|gar till|ringer|anmaler|lamnar|sager)"),
    # kept from others and watched, told across a comma: "jag får inte träffa nån, han kollar allt jag skriver"
    _s("watched_and_kept", "danger", r"\bjag far (?:inte|int) (?:ha kontakt med|traffa|prata med|ringa) (?:nan|nagon|nagra|mina|min|vanner)\b.{0,40}"
                                     r"\b(?:han|hon|de|dom)\b (?:laser|kollar|kontrollerar|vaktar|bevakar)\b", whole=True, negative=True),
    _s("english_danger", "danger", r"\b(?:won'?t|wont|doesn'?t|doesnt|will not) let me (?:leave|go out|out|go)\b"),
    # someone waiting at the door again and again: stalking, there now or back again
    _s("stalked", "danger", r"\b(?:han|hon|exet|mitt ex|\w+ ex)\b (?:\w+ ){0,3}(?:har )?(?:statt|star|vantat|vantar|suttit|sitter)(?: i bilen)?"
                            r" (?:nedanfor|utanfor|vid) (?:porten|dorren|huset|fonstret|mitt fonster|lagenheten|jobbet|busshallplatsen|boendet|mitt boende)\b"
                            r".{0,80}\b(?:igen|i rad|varje (?:kvall|dag|natt))\b", whole=True),
    # papers or phone taken, and kept in or married off: control told across sentences
    _s("controlled", "danger", r"\b(?:tagit|tog|tar) (?:mitt|min|mina) (?:pass|passet|telefon|telefonen|mobil|mobilen|id-kort|pengar|bankkort|kort|lon)\b"
                               r".{0,160}\b(?:far (?:inte|int) (?:ga ut|lamna (?:lagenheten|huset|hemmet|rummet|bostaden))|(?:ska|maste) gifta mig|gifta bort|later (?:mig|mej) (?:inte|int))",
       whole=True, negative=True),
    # money taken, and a threat if it is told: "tar pengar från mitt kort och säger att han anmäler mig om jag berättar"
    _s("robbed_and_silenced", "danger", r"\b(?:tar|tog|tagit|stjal|snor|snodde|lanar) (?:\w+ ){0,2}(?:pengar|pengarna|\w*ersattning\w*|lon\w*|bidrag\w*|kort|kortet|bankkort\w*)\b.{0,120}"
                                        r"(?:\b(?:sager|sa|sagt|hotar|hotat|hotade)(?: med)? att (?:han|hon|hen|de|dom) (?:ska |kommer att |kommer )?(?:anmaler|anmala|polisanmaler|polisanmala|slar|sla|skadar|skada|kastar ut|kasta ut|sparkar ut)"
                                        r" (?:mig|mej)\b.{0,20}|\bhot(?:ar|at|ade) (?:med )?att (?:sla|slå) sonder (?:\w+ ){1,2})"
                                        r"\b(?:om|ifall) jag (?:berattar|sager|snackar|pratar|anmaler|gar till|vagrar|inte)\b", whole=True),
    # taken abroad to be married against her will: "måste åka till hemlandet och gifta om ... de tar mig till flygplats på lördag"
    _s("forced_marriage", "danger", r"\b(?:maste|tvingar mig att|tvingas|ska) (?:\w+ ){0,5}gift(?:a|as)\b(?! oss\b)(?: (?:mig|om|bort mig))?\b.{0,100}"
                                    r"\b(?:flygplats\w*|skickar mig|vill (?:inte|int))\b"  # "tar mig till" is cut out first (OTHER_FIGURES)
                                    r"|\b(?:tar|skickar|kor) mig till (?:\w+ )?(?:flygplats\w*|hemlandet)\b.{0,60}\b(?:vill (?:inte|int) (?:aka|aka dit|gifta)|gift\w*)\b",
       whole=True, negative=True),
    # a threat to come and "finish it once and for all", with fear or drink in the message
    # (not the plumber who will finish the job)
    _s("finish_threat", "danger", r"(?=.*\b(?:radd|livradd|hot\w*|full|packad|aggressiv|arg|slar|slog)\b)\b(?:sagt|sa|sager|hotat|hotar|skrev|skrivit) (?:att )?(?:han|hon|hen|de|dom) (?:ska|kommer att|kommer) (?:komma|aka|dyka upp)\b.{0,40}"
                                  r"\b(?:gora|fixa) (?:klart|slut pa) (?:det|mig|mej|med mig|med mej)\b.{0,10}\ben gang for alla\b", whole=True),
    # locked in, held or silenced by someone: its own "kan inte gå ut" is no denial
    _s("trapped", "danger", r"\b(?:tagit|tog) (?:min|mitt) (?:telefon|telefonen|mobil|mobilen)\b.{0,30}\b(?:last|laste|lost|lasst|lasit) (?:ytterdorren|dorren)\b"
                              r"|\b(?:(?:ska|kommer att|kommer) (?:inte|int)|(?:inte|int) (?:ska|kommer att|kommer)) (?:komma ut|ga harifran|komma harifran|harifran|overleva) levande\b"
                              r"|\b(?:last|laser|lost|lasst|gommer|gomt|tagit|tog) (?:ytterdorren|dorren|nyckeln|nycklarna)\b"
                              r".{0,60}\b(?:kan|kommer) (?:inte|int) (?:\w+ ){0,2}ut\b"
                              r"|\b(?:som|dar) jag (?:inte|int) far lamna\b"
                              r"|\b(?:later|lat|tillater) (?:mig|mej) (?:inte|int) (?:\w+ )?(?:ga ut|lamna|traffa|ga harifran|ha kontakt"
                              r"|prata med|ringa)|\b(?:sa|sager|sagt) att (?:jag|ja) (?:inte|int) far (?:ga ut|ga harifran|ga hemifran|ga harinifran|traffa|ringa|lamna|prata med)"
                              r"|\bingen kommer (?:att )?tro (?:pa )?mig|\b(?:sager|sa|hotar med) att ingen (?:kommer (?:att )?|skulle )tro pa\b"
                              # obey or go without: "gör jag inte som han säger får jag ingen mat"
                              r"|\b(?:gor jag (?:inte|int)|om jag (?:inte|int) gor) (?:som|vad) (?:han|hon|de|dom) (?:sager|vill)\b.{0,30}\b(?:far jag|sa far jag) (?:ingen mat|inte ata|inget att ata|stryk|sova ute|se)\b"
                              r"|\bbestammer (?:vem|vilka) jag far (?:traffa|prata med|umgas med|ringa)\b"
                              r"|\bslapper (?:inte|int) ut (?:mig|mej)\b|\bjag far (?:inte|int) ga ut utan att\b"
                              rf"|\b(?:{OTHER}|han|hon|hen|de|dom)\b (?:\w+ ){{0,5}}(?:laser|laste|har last) (?:mitt rum|min dorr|dorren till mitt rum|in mig)\b"
                              r"|\bjag far (?:inte|int) (?:ga ut|lamna (?:huset|lagenheten|hemmet)) (?:ensam|sjalv|alls|utan (?:henne|honom|dom|dem|lov))\b"
                              r"|\b(?:laser|laste|last) (?:dorren|ytterdorren) (?:fran utsidan|utifran)\b"
                              # writing in secret while he is away for a moment
                              r"|\bskriver (?:det har |detta )?(?:nar|medan) (?:han|hon) (?:duschar|sover|ar ute|ar borta|handlar)\b"
                              r"|\bskriver (?:fran|pa) (?:toaletten|toan|badrummet)\b"
                              r"|\b(?:inte|int) (?:later|tillater) (?:mig|mej) (?:ga ut|lamna|traffa|ringa|prata med|ha kontakt)"
                              # control by a partner or parent: "han läser mina sms och jag får inte träffa mina vänner"
                              r"|\b(?:han|hon|sambon|killen|mannen|maken|frun|pappa|mamma|min (?:kille|man|sambo|pojkvan))\b.{0,60}"
                              r"\bjag far (?:inte|int) (?:traffa|ga ut|ga till|ringa|prata med|ha kontakt med|lamna|ha egna)\b"
                              r"|\bvagar (?:inte|int) (?:ga|komma) ut\b(?=.{0,60}\b(?:han|hon|dom|sambon|killen|pappa|mamma"
                              r"|mannen|exet|maken)\b)"
                              r"|\bvagar (?:inte|int) (?:ga|aka|komma|vara) hem\b(?=.{0,60}\b(?:han|hon|dom|de|sambon|killen|pappa|mamma"
                              r"|mannen|ex|exet|maken|idag|ikvall|inatt|nu)\b)|\bvagar (?:inte|int) (?:ga|aka|komma|vara) hem\s*$"
                              r"|\bvagar (?:inte|int) sova hemma (?:inatt|i natt|ikvall|i kvall|nu|for (?:honom|henne|dom|dem))\b", negative=True),
    # coming tonight, with a weapon last time: "han sa han kommer hit inatt och tar det han ska ha. han hade kniv förra gången"
    _s("threat_coming", "danger", r"\b(?:han|hon|de|dom)\b (?:\w+ ){0,3}kommer (?:hit|hem|tillbaka) (?:inatt|i natt|ikvall|i kvall|snart|nu)\b.{0,100}"
                                  r"\b(?:hade (?:en |med sig )?(?:kniv\w*|vapen|vapnet|pistol\w*|yxa\w*|balltra\w*|slagtra\w*)(?: med sig)? (?:forra gangen|sist|senast)|(?:slog|hotade|hotar|slar) (?:mig|mej))\b",
       whole=True),
    # hiding from someone's rage: "sparkat sönder sovrumsdörren. jag e inlåst på toan ... han skriker"
    _s("hiding_from_rage", "danger", r"\b(?:han|hon|de|dom)\b (?:\w+ ){0,6}(?:sparkat|sparkade|sparkar|slagit|slog|slar) sonder (?:\w*dorr\w*)"
                                     r"|\b(?:inlast|last in mig|lasst in mig|gomt mig|gommer mig|barrikaderat mig) (?:pa|i) (?:toan|toaletten|badrummet|garderoben|sovrummet)\b"
                                     r".{0,80}\b(?:han|hon|de|dom)\b (?:skriker|banker|bankar|slar|hotar|sparkar|letar)\b",
       whole=True),
    # honour: "min bror säger att jag har vanärat oss och att dom ska ta hand om mig i helgen"
    _s("honour_threat", "danger", r"\b(?:vanarat|vanara|skammat ut|skam over|familjens heder|hedern)\b.{0,80}\b(?:ska|kommer att|tanker) (?:ta hand om|straffa|ordna med|ta) (?:mig|mej)\b",
       whole=True),
    # asking others to call the police for the writer, who cannot: "kan nån ringa polisen åt mej?? har bara wifi"
    # (not a stolen bike or a break-in to report)
    _s("police_for_me", "danger", r"(?!.*\b(?:cykel\w*|stold\w*|stulen|stulit|snott|snodde|inbrott\w*|anmala|anmalan|bilen|plankat|parker\w*)\b)"
                                  r".*\b(?:ring|ringa|ringer) (?:polisen|polis|112) (?:at|for) (?:mig|mej)\b", whole=True),
    # coming back, and then "you'll see": "sa att han kommer tillbaka ikväll, då ska jag få se"
    _s("coming_back_you_will_see", "danger", r"\bkommer (?:tillbaka|hit|hem)\b.{0,40}\b(?:da|sa) (?:ska|far|kommer) (?:jag|du) (?:att )?fa se\b", whole=True),
    # kept from home by someone waiting: "kan inte gå hem, grannen ... väntar i trappan nu"
    _s("waiting_on_the_stairs", "danger", rf"\b(?:kan|vagar) (?:inte|int) (?:ga|komma|aka) hem\b.{{0,100}}\b{OTHER}\b(?: \w+){{0,8}} (?:vantar|star|sitter|ar) (?:i trappan|i trapphuset|utanfor|vid porten|i porten|utanfor dorren)\b",
       whole=True, negative=True),
    # pressed with the family as the threat: "säger att jag ska köra en grej åt dom annars vet dom var morsan bor"
    _s("family_threatened", "danger", r"\bannars\b.{0,40}\bvet (?:dom|de|han|hon|vi) var (?:du|jag|ja|(?:\w+ ){0,2}\w+) bor\b", whole=True),
]
