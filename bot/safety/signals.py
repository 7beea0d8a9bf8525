"""What a crisis message says, as Swedish patterns on folded text (see
text.fold: no å/ä/ö, lower case). Each signal names its kind:

- self: the writer's own suicidal thoughts, plans, self-harm, overdose,
  means at hand, a dangerous place, farewell or preparation;
- other: someone else's suicidal intent, told by the writer (a friend, a group
  member) — a crisis when it is happening now;
- danger: violence or threats from another person against the writer;
- unclear: exhaustion or hopelessness that may or may not be a crisis.

`acute` signals are about this moment by their nature (means in the hand,
standing on the bridge, pills already taken): a habitual "när jag mår dåligt"
frame does not soften them. `negative` signals carry their own negation
("vill inte leva"), so a "inte" inside them is not a denial.

Whether a signal counts is decided in crisis.py, from its clause: negation,
past, topic (a film, a lesson, the group), everyday accidents, games, jokes.
"""
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    name: str
    kind: str  # self | other | danger | unclear
    pattern: re.Pattern
    acute: bool = False
    negative: bool = False
    harm_act: bool = False  # an injury verb, which may be an everyday accident
    whole: bool = False  # looked for in the whole message, not clause by clause


def _s(name, kind, pattern, **flags) -> Signal:
    return Signal(name, kind, re.compile(pattern), **flags)


ME = r"(?:mig|mej|migsjalv|mig sjalv|mej sjalv)"
NOT = r"(?:inte|int|ej|inge|nt)"
FILLER = r"(?:(?:bara|liksom|typ) )?"  # "om jag bara inte fanns"
PILLS = (r"(?:tabletter|tabletterna|tabl|piller|pillren|pills|kapslar|medicin|mediciner|medicinen|medicinerna"
         r"|sovtabletter|somntabletter|alvedon|panodil|ipren|treo|sobril|stesolid|propavan|imovane|zopiklon"
         r"|atarax|lergigan|theralen|tramadol|citodon|oxikodon|oxy|xanax|paracetamol|lithium|litium|insulin"
         r"|antidepressiva|sertralin|quetiapin|seroquel|metadon|metadonet|subutex|buprenorfin|\w*tabletter|\w*tabletterna|lugnande|somnmedel|sovmedel|lyrica"
         r"|pregabalin|mirtazapin|oxascand|heminevrin|pillerna|insulinet|insulinpennorna|pennorna|meds|medsen)")
MEANS = (r"(?:snara|snaran|snaran|rep|repet|kniv|kniven|knivar|knivarna|rakblad|rakbladet|rakbladen|blad|bladet|"
         r"pistol|pistolen|vapen|vapnet|gevar|gevaret|bossan|sladd|sladden|balte|baltet|plastpase|"
         r"slang|slangen|" + PILLS[3:-1] + ")")
# Places dangerous by themselves when the writer is there now, and places
# that are dangerous only with a cue ("står på perrongen och tänker kliva ner").
EDGE = (r"(?:\w*taket|\w*bron|\w*racket|(?:balkong|fonster|perrong|kaj|stup|klipp|tak|bro|spar)kanten"
        r"|kanten (?:pa|av) (?:taket|bron|stupet|balkongen|perrongen|klippan)|stupet|\w*stupet|sparet|sparen|spare|\w*ralsen|sparomradet"
        r"|hogsta vaningen|fel sida (?:av|om) racket|utsidan av racket)")
# "ån" is "än" once folded: the river only after a word that places someone at it
RISKY_PLACE = (r"(?:balkongen|fonstret|isen|vattnet|sjon|havet|alven|(?:vid|i|till|over|langs|nere vid|ner i|ut i) an|klipporna|klippan|skogen|motorvagen|garaget"
               r"|badkaret|perrongen|stationen|plattformen|spar\w*|parkeringshuset|hustaket|kajen|bryggan|hamnen"
               r"|tunnelbanan|pendeln|vagen|stupkanten|trafiken)")
PLACE_CUES = (r"(?:hoppa|hoppar|hopp|slappa taget|slapper taget|kliva ner|kliver ner|ga ut framfor|gar ut framfor|lagga mig"
              r"|lagger mig|stenar i fickorna|benen utanfor|benen over|inte ga tillbaka|ingen vet var jag ar|den har gangen"
              r"|sista|hogt|knakar|nasta tag|taget kommer|tag kommer|over staketet|over racket|fel sida|kasta mig|falla(?! (?:den|det|ett|en|trad\w*|bjork\w*|gran\w*|tall\w*|ek\w*))"
              r"|motorn pa|avgaser|slangen|rakbladen|rakbladet|tabletterna|ga ner under|sjunka|drunkna|inte simma|simma ut"
              r"|brister|tills den|ga ut i|godstag\w*|(?:tag|taget|tunnelbanan|pendeln|snabbtaget) som (?:inte|int) stannar|rakt ut i|kommer inte tillbaka|kommer aldrig tillbaka|\d+(?:e|:e|de|te)? vaningen|vaningen|tanker ga ut|kniven|rakbladet|blir rott|borjar bli rott)")
OTHER = (r"(?:han|hon|hen|de|dom|nagon|nan|en kille|en man|killen|mannen|min (?:sambo|kille|pojkvan|man|"
         r"make|tjej|flickvan|fru|partner|pappa|mamma|styvpappa|styvfar|styvmamma|bror|brorsa|syster|"
         r"farsa|morsa|ex|pojke|granne|chef|son|vuxna son|dotter|kontaktperson)|(?:hennes|hans|deras) (?:man|kille|sambo|pappa|ex|pojkvan)|mitt ex|exet|pappa|mamma|farsan|morsan|styvpappa|brorsan|sambon|maken|frun"
         r"|sonen|personalen|en personal|en i personalen|kontaktpersonen|dealern|langaren"
         r"|partnern|pojkvannen|flickvannen|exkillen|exmannen|exet)")
HARM_VERB = (r"(?:kloser|klost|klosa|klosat|ristar|ristat|ristade|skar|skara|skarit|skurit|skar upp|skurit upp|cuttat|cuttade|cuttar|cutta|rispa|rispat|rispade|"
             r"rispar|branna|branner|brant|brande|klost|klosta|klostat|"
             r"klosade|river|rev|rivit|skadar|skadade|skadat|skada|skada|straffade|straffar|straffat)")

SIGNALS: list[Signal] = [
    # --- the writer's own suicidal thoughts, wishes and plans
    _s("suicide_word", "self", r"s[jh]?[ae]l[fv]?\s?mord(?!s?linjen|sprevent|sforebygg|sstatistik|sforskning|sfragor|sfragan|sfrekvens)"
                                r"|\bsuicid(?!prevent|forebygg|forskning|ologi|statistik)|\bselfmord"),
    _s("english_across", "self", r"\bwant it (?:all )?to stop\W+permanently\b|\bit'?s over\W+(?:i'?m|im) done\b|\b(?:i'?m|im) done\W+seriously\b",
       whole=True),
    _s("english", "self", r"\bdon'?t wanna be here\b|\bdont (?:want to|wanna) (?:be here|live|exist)\b|\bkms\b|\b(?:i'?m |im |jag )?cutting (?:rn|right now|now|again|igen|nu)\b|\bkill (?:my ?self|me)\b|\bunalive|\b(?:want|wanna|going) to die\b"
                          r"|\bend (?:my life|it all)\b|\bsuicidal\b|\b(?:i|jag) (?:wanna|want to|vill) die\b(?! (?:laughing|of))|\bdon'?t want to (?:be here|live|exist)|\bwant to be dead\b"
                          r"|\bno point (?:anymore|in living)|\bi'?m done\b.{0,30}\b(?:bye|goodbye|tack for allt)|\bit'?s over\b.{0,20}"
                          r"\b(?:i'?m done|bye|tack for allt)|\bwant it (?:all )?to stop\b.{0,15}\bpermanent"),
    _s("take_life", "self", rf"\bta(?:r|git|)?(?: jag)? (?:mitt (?:eget )?liv|livet av {ME})\b"
                            rf"|\btog (?:mitt liv|livet av {ME})\b"),
    _s("end_life", "self", r"\b(?:avsluta|avslutar) (?:mitt (?:eget )?liv|livet|allt for gott)"
                           r"|\b(?:gora|gor|gjort) slut pa (?:allt|mig|mej|mitt liv|livet)\b"
                           r"|\b(?:vill|ska|tanker|kommer att) (?:bara )?sluta (?:att )?(?:leva|andas|finnas)|\bavsluta det (?:sjalv|for gott)\b"
                           r"|\b(?:mitt )?liv(?:et)? (?:ska|far|kan|kommer att) ta slut\b"),
    _s("want_die", "self", r"\b(?:vill|ska|tanker|kommer att|planerar|funderar pa att|ville|borde|bara|forsoka|"
                           r"langtar efter att|onskar att jag fick|vilja|velat|drommer om att|drommer om)( \w+){0,2} (?<!\ben )(?<!\bett )(?<!\bden )(?<!\bdet )(?:do|doo|doe|doden|dod)\b"
                           r"(?! (?:av|utav) (?:skratt|tristess|langtan|nyfikenhet))"
                           r"|\bvill vara dod\b|\bonskar (?:att )?jag (?:var|vore|ar) dod|\bom jag (?:var|vore) dod\b"
                           r"|\bom jag dog\b|\bfor att (?:fa )?(?:do|doo|doe)\b(?! (?:av|utav) )"
                           r"|\bsa (?:att )?jag (?:kan|ska|far) (?:do|doo|doe)\b|\bvill do\b|\bvill doo\b"),
    _s("not_live", "self", rf"\b(?:vill|orkar|klarar|kan|pallar|orka|tanker|ska)(?: bara)? {NOT} (?:att )?(?:leva|finnas"
                           rf"(?: till| kvar)?|existera|vara kvar|vakna(?: mer| igen| imorgon| i morgon)?)\b"
                           rf"|\b(?:vill|orkar)(?: bara)? {NOT} vara (?:vid liv|levande)"
                           rf"|\bvill (?:bara )?(?:sova|somna)(?: in)? (?:och )?(?:aldrig (?:mer )?(?:vakna|behova tanka|behova kanna)|for alltid|for evigt|for gott)"
                           rf"|\baldrig vakna (?:igen|mer)|\bsomna in for gott|\bvill aldrig (?:mer )?vakna|\b(?:slippa|slipper|slapp) vakna\b"
                           rf"|\befter det behover jag (?:inga|inte) fler\b|\bslapp(?:a|er)? (?:att )?leva\b|\bkan jag (?:inte|int) (?:bara )?fa do\b|\bslutar? (?:att )?forsoka leva\b"
                           rf"|\b(?:tanker|orkar|vill) (?:inte|int) fortsatta (?:latsas|leva|kampa)\b"
                           rf"|\bvet (?:jag )?(?:faktiskt |ens |inte ens )?(?:inte|int) (?:om|ifall) jag (?:vill|orkar|kan) (?:leva|fortsatta leva|finnas|vara kvar)"
                           rf"|\b(?:inte|int) (?:vill|orkar|pallar) (?:leva|vakna|finnas|existera)\b"

                           rf"|\bvill (?:inte|int) (?:vara med|finnas|vara kvar)\b.{{0,40}}\b(?:inte|int) (?:i|pa) (?:livet|jorden|varlden)\b",
       negative=True),
    # the whole answer is a wish not to exist ("om jag inte fanns."): its "om" is no habit frame
    _s("wish_gone", "self", r"^(?:om jag )?(?:slapp|fick slippa) (?:att )?leva\b|^(?:typ |nog |kanske |arligt )?om jag (?:inte (?:fanns|levde|fanns kvar)|forsvann|var dod|vore dod)(?: kanske| typ| nog| bara)?\W*$"
                            # not existing as the answer to what would help ("det som skulle behövas är att jag inte finns")
                            r"|\b(?:skulle behovas|behovs|skulle hjalpa|hjalper|basta (?:vore|losningen)|enda (?:losningen|som hjalper))"
                            r"\b.{0,20}\b(?:ar |vore )?(?:att|om) jag (?:inte|int) (?:finns|fanns|lever|levde)(?: kvar| langre| mer)?\s*$",
       negative=True, acute=True),
    _s("death_thoughts", "self", r"\btank\w* (?:hela tiden |bara )?pa (?:repet|snaran|tabletterna|pillren|kniven|rakbladet)\b(?! (?:pa bordet|i koket))"
                                 r"|\b(?:dodstankar|dods tankar)|\btank\w* pa (?:att )?(?:do|doo|doden|ta livet|ta mitt liv"
                                 r"|inte leva|hoppa|skada mig|gora mig illa)\b|\btankar pa att (?:skada|gora mig illa)"),
    _s("kill_self", "self", rf"\bdoda {ME}|\bdodar {ME}|\b(?:hanga|hanger|skjuta|skjuter|dranka|drankar|forgifta|"
                            rf"strypa|kvava) {ME}\b|\bkasta {ME} (?:framfor|ut|ner|fran)"
                            rf"|\bkora (?:ihjal {ME}|(?:bilen |min bil |bil |mig )?in i (?:en |ett )?(?:lastbil|bil|vagg|trad|betongvagg|buss|berg|bergvagg|pelare"
                            rf"|motande))|\bkora av (?:vagen|bron|stupet)|\bstyra (?:rakt )?(?:in i|mot) (?:en |ett )?(?:lastbil\w*|motande|betongvagg\w*|bergvagg\w*|brofaste\w*|pelare\w*|trad\w*)"),
    # told across a comma: "om jag inte fanns alls, då vore det enklare för alla"
    _s("way_out_told_after", "self", rf"\bom jag {FILLER}(?:inte (?:fanns|levde|fanns kvar)|forsvann|var borta|dog)\b(?: alls| langre| mer| langre)?"
                                     rf"\W+(?:sa |da )?(?:vore|blir|blev|skulle|ar) (?:det|allt|livet) (?:\w+ )?(?:battre|lattare|enklare|gladare)"
                                     rf" for (?:alla|er|dom|dem|familjen|andra)\b", whole=True, negative=True),
    _s("way_out", "self", rf"\b(?:battre|lattare|gladare|lyckligare|enklare) (?:for (?:alla|er|dom|dem|familjen) )?(?:utan mig|om jag {FILLER}(?:var|vore) dod"
                          rf"|om jag {FILLER}inte (?:fanns|levde)|om jag (?:bara )?dog|om jag (?:bara )?forsvann)"
                          rf"|\bom jag {FILLER}(?:inte (?:fanns|levde|fanns kvar)|forsvann|var borta|dog)\b.{{0,50}}\b(?:battre|lattare|meningsfullt|meningsfullare"
                          r"|gladare|lyckligare|enklare|basta) (?:for )?(?:alla|er|dom|dem|familjen|andra)"
                          r"|\bingen (?:skulle|kommer att|kommer|skulle ens) (?:sakna|marka|bry sig om) (?:mig|om jag)"
                          r"|\bingen poang med att (?:fortsatta|leva|finnas)|\bingen mening (?:att|med att) leva|\bvill forsvinna for (?:alltid|gott)"
                          r"|\b(?:enda|sista) (?:utvagen|utvag|losningen|vagen ut)\b"
                          r"|\bdoden (?:ar|kanns som|verkar) (?:den )?(?:enda|basta|en) (?:utvag|losning|vag)"
                          r"|\ber (?:klarar|kommer klara) er (?:battre )?utan mig"
                          r"|\b(?:ingen annan|ingen) (?:losning|utvag|vag ut)\b.{0,20}\b(?:an|utom) (?:att )?(?:do|ta|ta bort"
                          r"|sluta|forsvinna)|\bta bort (?:mig|mej) sjalv\b|\b(?:klara|klarar|skulle klara) sig battre (?:nar|om) jag (?:ar|vore|var) (?:dod|borta)"
                          r"|\b(?:enda|sista) (?:sattet|saken|vagen|utvagen)\b.{0,40}\b(?:do|doden|sluta leva|ta mitt liv)"
                          r"|\b(?:det enda|enda) (?:som ar|som finns|som aterstar|som hjalper|som skulle hjalpa)(?: kvar)? (?:ar att|e att|vore att) (?:do|sluta|ta|forsvinna|avsluta)"
                          r"|\bforsvinna (?:for gott|for alltid|permanent)\b"
                          # affairs put in order for the writer's own end
                          r"|\b(?:ordnat|fixat|gjort i ordning|gjort klart|planerat) (?:med )?allt (?:infor|innan|tills|till) (?:att )?(?:jag|ja) (?:forsvinner|dor|ar borta|inte finns)"
                          r"|\bsluta (?:existera|finnas|andas)\b|\binte (?:finnas|existera) (?:mer|langre|kvar)\b.{0,20}"
                          r"\b(?:permanent|for alltid|for gott)|\bhoppas (?:att )?(?:jag )?(?:inte vaknar|aldrig vaknar|att hjartat"
                          r" stannar|jag dor|jag somnar in)|\bom jag dor (?:i natt|inatt|ikvall|idag)\b.{0,20}\b(?:gor det"
                          r" inget|spelar ingen roll|ar det lugnt|bra)|\bskulle jag inte flytta mig\b"
                          r"|\bom (?:en bil|ett tag|bussen) (?:korde|kor) (?:pa|over) mig|\bger upp pa riktigt\b"
                          r"|\b(?:tanker|ska|vill|kommer att) folja efter (?:honom|henne|dem|dom|mamma|pappa|min \w+)\b"
                          r"|💊.{0,20}(?:🍷|🍺|🥃|⚰|💀|🪦|forever|for alltid)", negative=True),
    _s("voices", "self", r"\b(?:rosterna|rosten|roster)(?: som)? (?:har )?(?:sager|skriker|vill|sagt|sa|skrikit)\b.{0,30}\b(?:do|doda|ta livet|"
                         r"skada|hoppa|skara|straffa|ta kniven|ta tabletterna|springa ut|kasta (?:mig|sig))", acute=True),
    # --- preparation and farewell
    # the whole message is that this is the last night: "sista natten nu"
    _s("last_night", "self", r"^\W*(?:(?:det|detta|det har) (?:ar|e|blir) )?(?:min |mitt )?sista (?:natt|natten|kvall|kvallen)"
                             r"(?: nu| ikvall| inatt| har| for mig)?\W*$", whole=True, acute=True),
    _s("farewell", "self", r"\b(?:gett|gav|ger|ge|delat ut|dela ut|skankt|skanker|skanka) bort (?:alla |allt |nastan allt |det mesta av |mycket av |halften av |en massa av )?(?:mina |mitt )?"
                           r"(?:saker|grejer|prylar|agodelar|allt jag ager|allt jag har)"
                           r"|\b(?:sagt|sager|sa) (?:hejda|hej da|adjo|farval) (?:till|at) (?:alla|allihop|familjen|er|mamma"
                           r"|pappa|barnen|mina|dom jag|de jag|dem jag|folk jag|dom ja|de ja|dem ja)"
                           r"|\b(?:meddela|ringa|ring|saga till|beratta for) (?:min familj|familjen|mamma|pappa|mina nara|min syster"
                           r"|min bror|mina barn)\b.{0,20}\befterat\b"
                           r"|\b(?:hejda|hej da|farval|adjo)\b.{0,30}\b(?:for alltid|for sista gangen|allihop|alla ni)"
                           r"|\bavskeds(?:brev|mejl|mail|mess|sms|video|meddelande)|\b(?:skrivit|skriver|skrev|lamnat) (?:ett |mitt )?(?:sista )?(?:brev|brevet|lappar|en lapp)"
                           r" (?:till|at) (?:min familj|familjen|mamma|pappa|barnen|mina barn|alla|min syster|mina nara"
                           r"|min bror|mina foraldrar|er)"
                           r"|\b(?:mitt|det har ar mitt|detta ar mitt) sista (?:meddelande|sms|mess)|\bsista gangen (?:ni|du) hor"
                           r"|\b(?:skrivit|skrev|skriver|schemalagt|schemalagt|forberett|sparat) (?:ett |mitt |ett litet )?sista (?:msg|meddelande|sms|mess|inlagg|mejl|mail|brev)\b"

                           r"|\bnar jag (?:ar|e) borta\b|\bbrevet (?:ar|e) (?:redan )?skrivet\b"
                           r"|\bbrev\w*\b.{0,60}\b(?:lagt|lamnat|lagger) (?:det|dem|dom|den) (?:pa|i) (?:koksbordet|bordet|skrivbordet|kudden|sangen|hallen|byran)\b"
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
                                 r"|\b(?:fixat|ordnat|bestamt|kommit overens|lovat|bett|sagt till) (?:\w+ ){0,6}nar jag (?:inte|int) (?:finns|lever)(?: langre| kvar| mer)?\b",
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
    _s("farewell_done", "self", r"\b(?:gett|ge|ger|gav|skankt|skanka|skanker|delat ut|dela ut) bort\b.{0,100}\bsen (?:ar|e|blir) (?:jag|allt|det) "
                                r"(?:klar|klart|fardig|fardigt|over)\W*$", whole=True),
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
                       r"|\bavsluta allt\b|\bdet (?:ar|e) slut nu\b|\b(?:idag|ikvall|inatt|imorgon) (?:ar|e|blir) det slut"
                       r"|\bplanera(?:r|t|de)? (?:mitt|min|hur jag)\b.{0,20}\b(?:dod|sjalvmord|ta|do|slut)"
                       r"|\bfar ta (?:sitt|mitt) liv|\bta (?:sitt|mitt) liv\b"
                       r"|\b(?:tanker|ska|kommer|vill) (?:inte|int) leva (?:sa har )?(?:en dag till|en natt till|langre|mer)"
                       r"|\b(?:har )?plan(?:en)? (?:ar |e )?klar\b.{0,40}\b(?:vantar|sakerna|framme|ikvall|inatt|nar (?:alla|hon|han|de|dom))"
                       r"|\bsen (?:ar|e|blir) det (?:slut pa allt|over for gott)|\b(?:kanns|ar) (?:det )?(?:sa )?lugnt nu nar jag (?:vet|har bestamt)"
                       r"|\bingen (?:har|kan) (?:stoppat|stoppa|hindrat|hindra) mig\b.{0,40}\b(?:redo|nu)\b|\b(?:borjat|borjar) planera hur jag ska\b"
                       r"|\bhur (?:hog|hogt|djup|djupt) (?:maste|behover|ska)\b.{0,30}\b(?:balkong\w*|bro\w*|tak\w*|hus\w*|vaning\w*|fall\w*|vatten)\b"
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
    # --- means at hand, dangerous place, overdose: this moment
    _s("means_at_hand", "self", rf"\b{MEANS} (?:i handen|i handerna|framme|framfor mig|redo|bredvid mig|i knat|pa bordet framfor)"
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
                                rf"|\bhar en snara|\bsnaran\b|\b(?:samla|spara)(?:t|r|de)? (?:pa mig )?(?:pa )?{PILLS}"
                                rf"|\b{MEANS}\b.{{0,40}}\b(?:tanker|ska|kommer att) (?:anvanda|ta|svalja) (?:dem|den|det|dom|alla)"
                                rf"|\b(?:kniv|kniven|bladet|rakbladet|saxen)\w* (?:mot|over|pa) (?:handleden|halsen|pulsadern|armen"
                                rf"|huden|strupen)"
                                rf"|\b(?:sparat|samlat|samlar|sparar)(?: ihop)? (?:pa )?(?:\w+ )?{PILLS}"
                                rf"|\b(?:bilen|garaget)\b.{{0,40}}\b(?:motorn (?:pa|igang|gaende)|avgaser|slangen|porten stangd|tomgang)"
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
    # the means given away and bought again: there now, whenever it was bought (crisis.py: PRESENT_BY_NATURE)
    _s("means_replaced", "self", r"\b(?:repet|snaran|kniven|knivarna|tabletterna|vapnet|bladen|rakbladen)\b.{0,80}\b(?:kopte|kopt|skaffade|skaffat|fixade|fixat) (?:ett|en|nya) (?:nytt|ny|nya|till)\b"
                                 # around the limits: pills bought from three pharmacies or more
                                 r"|\b(?:kopt|kopte|samlat|samlar|hamstrat|hamstrar)\b.{0,50}\b(?:pa|fran) (?:tre|fyra|fem|sex|flera|manga|\d+) (?:olika )?apotek\b",
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
    _s("place_now", "self", rf"\b(?:star|sitter|sitt|ar|e|befinner mig|klattrat|klattrar|klattrade|gatt|gick|tagit mig|har tagit mig"
                            rf"|lutar mig|hanger|ligger|balanserar)\b(?: \w+){{0,3}} (?:pa|vid|over|uppe pa|ute pa|nere vid"
                            rf"|nere pa|ut pa|upp pa|ovanfor) (?:\w+ ){{0,2}}{EDGE}\b"
                            rf"|\b{EDGE}\b.{{0,40}}\bhoppa\b(?! over| fallskarm| bungee| fran tian| fran trampolin)"
                            rf"|\bhoppar jag (?:fran|ner fran|ut fran|ut genom) (?:\w+ ){{0,2}}{EDGE}\b"
                            rf"|\bhoppa (?:framfor|ut framfor|ner pa|ut pa|ner fran|ut fran|fran|ifran|ut genom|ner i|i) "
                            rf"(?:ett |en )?(?:tag|taget|tunnelbanan|bilen|bil|bussen|spar|bro|bron|tak|taket|balkong"
                            rf"|balkongen|fonster|fonstret|hustak|vattnet|alven|sjon|stupet)\b",
       acute=True),
    # was at the edge earlier and is going back: "satt på rälsen en stund förut, ska ta mig dit igen ikväll"
    _s("back_to_edge", "self", rf"\b(?:satt|stod|var|lag|gick)\b(?: \w+){{0,3}} (?:pa|vid|ute pa|uppe pa|nere pa|nere vid) (?:\w+ ){{0,2}}{EDGE}\b"
                               rf".{{0,80}}\b(?:ska|tanker|kommer att|gar)\b(?: \w+){{0,4}} (?:dit|tillbaka) igen\b", whole=True, acute=True),
    _s("there_now", "self", rf"\b{EDGE}\b.{{0,60}}\b(?:star|sitter|ar|e) (?:dar|har) (?:uppe |nere )?(?:nu|just nu)\b", whole=True, acute=True),
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
                           # the pills in front of her and some already taken: "har två kartor framför mig o har redan tagit en del"
                           rf"|\b(?:burk\w*|kartor\w*|kartan|{PILLS})\b.{{0,40}}\b(?:framfor mig|framme|i handen|pa bordet)\b.{{0,40}}"
                           rf"\b(?:(?:har |redan )*(?:borjat|borjar) (?:att )?(?:ta|svalja) (?:dom|dem|de)\b"
                           rf"|(?:har )?redan (?:tagit|svalt) (?:en del|nagra|ett par|lite|halva|halften|flera)\b)"
                           rf"|\b(?:alla|hela|massa|(?<!hur )manga|for manga|en hel burk|burken med|hela burken|en burk|en karta|hela kartan|"
                           rf"dubbelt|tre ganger|alla mina|resten av) (?:mina |av mina )?{PILLS}"
                           rf"|\b(?:svalt|svalde|svalja|svaljer|tog|tagit|ta)(?: jag)? (?:en |ett )?(?:hel |halv )?(?:karta|kartor|burk|burkar"
                           rf"|flaska|ask|askar|paket)\b"
                           rf"|\b(?:svalt|svalde|svalja|svaljer|kastat i mig|trycker i mig|tryckt i mig) .{{0,25}}{PILLS}"
                           rf"|\b{PILLS} allihop|\bfor sent\b.{{0,60}}\b{PILLS}\b|\b{PILLS}\b.{{0,40}}\bfor sent\b"
                           rf"|\b(?:tagit|tog|svalt|svalde|ta|tar) (?:typ |ca |runt |kanske |over |minst )?[1-9]\d+ (?:st |stycken )?(?:av )?(?:mina )?{PILLS}"
                           rf"|\b{PILLS}\b.{{0,30}}\b(?:framfor mig|framme|vet inte hur manga|raknar (?:dem|dom|de))"
                           rf"|\b(?:tagit|tog|svalt|svalde) (?:lite av )?allt (?:som fanns )?(?:i )?(?:medicin\w*|apoteket|skapet|ladan|burken|kartan|asken|dosetten)"
                           rf"|\b(?:tog|tagit|svalt|svalde) for manga\b"
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
    # holding back from harming oneself, and about to fail: "att inte skära mig ... klarar det inte mycket längre"
    _s("urge_winning", "self", r"\b(?:inte|int|lata bli att|lata bli) (?:skada|skara|rispa) (?:mig|mej)\b.{0,60}\b(?:klarar (?:det )?(?:inte|int) (?:mycket )?langre"
                               r"|vet (?:inte|int) hur lange (?:till )?jag klarar"
                               r"|(?:orkar|ork|kraft|krafter|klarar|kan)\b(?: \w+){0,3} (?:att )?(?:halla|sta) emot"
                               r"|ger (?:snart )?efter\b)|\bvill gora (?:det )?mer\W+djupare\b", whole=True, negative=True),
    # bleeding that does not stop: its own "inte" is no denial; an everyday cut explains it (crisis.py)
    _s("bleeding_on", "self", r"\b(?:blodet|det|blodningen) (?:slutar|vill) (?:inte|int) (?:att )?(?:rinna|bloda|sluta|stanna)\b"
                              r"|\b(?:blodet|det|blodningen|saret|saren) har (?:inte|int|fortfarande inte) (?:slutat|stannat) (?:att )?(?:bloda|rinna)\b", harm_act=True, negative=True),
    # --- self-harm as an act ("skar mig", "brände mig med cigg"), and its words
    _s("self_harm_word", "self", r"\bsj[ae]lvskad(?!efri|e-fri)|\bsjalv skad|\bself ?harm|\bskada (?:mig|mej) sjalv"),
    # bleeding told on its own clause: the accident that explains it may be in another (bot/safety/crisis.py)
    _s("bleeding", "self", r"\b(?:blodet|blod) (?:rinner|sprutar|overallt|pa golvet)"
                           r"|\bhandduken (?:ar|e) (?:helt |alldeles )?(?:rod|blodig|genomblot)\b"
                           r"|\bblo[dt]er (?:ratt |ganska |sa |jatte|valdigt )?(?:mycket|mkt|massor|och slutar inte)", harm_act=True),
    _s("self_harm_act", "self", rf"\b{HARM_VERB} (?:jag |ja )?{ME}\b"
                                rf"|\b(?:slog|slar|slagit|bet|biter|nyper|nop) (?:jag |ja )?(?:mig|mej) sjalv\b|\b(?:gora|gor|gjort|gjorde)(?: jag)? (?:mig|mej) illa\b"
                                rf"|\b(?:slog|slar|dunkar|dunkade|bankar|bankade) (?:huvudet|skallen|knytnaven|handen) (?:i|mot) "
                                rf"(?:vaggen|vaggar|golvet|dorren|spegeln)"
                                rf"|\b(?:skar|rispade|rispar|skar mig i|skurit mig i|skurit) (?:upp )?(?:armen|armarna|handleden|handlederna"
                                rf"|laren|benen|magen|halsen)"
                                rf"|^(?:jag )?(?:skar|skor) (?:mig )?igen\s*$"
                                rf"|\b(?:rivit|river|rev|riva|rivt) upp (?:saren|saret|sar|skorporna|arren|armen|armarna)\b"
                                rf"|(?:^|\bjag |\bja |\boch |\bo |\bsen |\bhar )(?:bet|biter|bitit) (?:mig|mej) i (?:armen|armarna|handen|handleden|laret|benet|benen) (?:sa|tills)\b"
                                rf"|\b(?:drar|drog|slet|sliter|rycker|ryckte) (?:\w+ )?(?:i|av|ur) (?:mig )?haret tills\b"
                                rf"|\b(?:hallit|haller|holl) pa med (?:armen|armarna|benen|laren|handleden|handlederna)\b.{{0,40}}\b(?:hela natten|ser hemsk|bloder|djupt|igen)"
                                rf"|\b(?:enda som hjalper|det som hjalper) (?:ar|e) att (?:skara|rispa|branna)(?: mig| mej)?\b"
                                rf"|\b(?:far|fa|maste) skara (?:lite|mig|mej)\b|\b(?:vill|ska) (?:skara|gora det|gora mer)\W+djupare\b|\bvill gora (?:det )?mer\W+djupare\b"
                                rf"|\b(?:gick|skar|har skurit|skurit) (?:mycket )?djupare (?:an|en) (?:vanligt|forra gangen|nagonsin|innan)\b"
                                rf"|\bcigg\w*\b.{{0,20}}\b(?:pa|mot) (?:armen|huden|handen)"
                                rf"|\b(?:cuttat|cuttade|cuttar|cutta|ristat|ristade|ristar|rispat|rispade)\b"
                                rf"|\b(?:borjat|borjar|borjade) (?:att )?(?:skara|cutta|rispa|branna|rista)\b"
                                rf"|\b(?:ristat|ristar|skurit|skar|rispat) (?:i|pa) (?:laret|laren|armen|armarna|huden|magen|benen)"
                                # deep, but not into the meat or the bread ("kocken skar djupt i köttet")
                                rf"|\b(?:skar|skurit|cuttat|cuttade) (?:mig )?(?:for )?(?:djupt|djupare)\b"
                                rf"(?! (?:i|pa) (?!armen|armarna|handleden|laren|benen|magen|huden|halsen)\w)"
                                rf"|\bdjupa (?:sar|skar|snitt)"
                                rf"|\bfarska (?:\w+ )?(?:sar|skarsar|snitt|skar|rispor) (?:pa|i) (?:armen|armarna|handleden|handlederna|laren|laret|benen|magen)"
                                rf"|\b(?:sitter|ligger|star)(?: \w+){{0,4}} och (?:skar|ristar|cuttar|rispar|branner mig)\s*$"
                                rf"|\b(?:slar|slog|bankar|bankade|dunkar|dunkade) (?:navarna|knytnavarna|handerna|huvudet|skallen"
                                rf"|pannan) (?:i|mot) (?:vaggen|golvet|dorren|bordet)"
                                rf"|\btills (?:det|dom|de|den|knogarna|huden|blodet|armen|armarna|saret|saren) (?:bloder|blodde|blodder|blor|gar sonder"
                                rf"|gick sonder|kommer|kom|rinner|rann)"
                                rf"|\b(?:slog|slar|slagit|bankar|bankade) (?:mig|mej) (?:pa|i) (?:benet|benen|armen|armarna|huvudet|magen|laret"
                                rf"|laren|handen|handerna)\b.{{0,20}}\bmed (?:en |ett )?(?:hammare|hammaren|tra|tillhygge|stol|skiftnyckel)"
                                rf"|\b(?:hjalper|lindrar)\b.{{0,15}}\batt (?:skara|cutta|rispa|branna) (?:mig|mej)?"
                                rf"|\b(?:skara|cutta|rispa)\b.{{0,30}}\b(?:gjort det|tre ganger|\d+ ggr|ganger idag)"
                                rf"|\b(?:brande|branner|skar|hallde|haller|slog|slar|rev|bet|skadade|kokande|glodande|tryckte|trycker|stack|sticker"
                                rf"|dunkade|klost|repade|holl)\b.{{0,40}}"
                                rf"\bmed (?:mening|flit|avsikt|vilje)\b",
       harm_act=True),
    # --- someone else's suicidal intent or act, told by the writer
    _s("other_suicidal", "other", r"\b(?:ta|tar|tog|tagit|tagit|forsoka ta|forsokte ta|forsokt ta) livet av sig"
                                  r"|\b(?:tog|har tagit|tagit|svalde|svalt) alla sina (?:tabletter|piller|mediciner|sovtabletter|somntabletter)\b"
                                  r"|\b(?:skadar|skar|skurit|skara|rispar|branner) sig(?: sjalv)?\b"
                                  r"|\bdoda sig\b|\b(?:ska|tanker|vill|hotar att) (?:stalla sig|hoppa|ga ut|lagga sig|kasta sig)"
                                  r" (?:pa|framfor|fran|ut|ner|i)\b|\b(?:gjort sig av med|gett bort|gav bort) (?:alla )?sina (?:saker|grejer|prylar)"),
    # voices that command it, with a deadline or no strength left to resist
    _s("voices_command", "self", r"\b(?:rosterna|rosten|en rost)\b.{0,20}\b(?:sager|sa|skriker|tjatar|beordrar|vill)\b.{0,30}"
                                 r"\b(?:maste|ska|borde) (?:gora det|gora slut|do|skada mig|ta livet|hoppa|skara mig|forsvinna)"),
    # a last meeting, planned before a moment: "skönt att få träffa henne en sista gång innan ikväll"
    _s("last_time", "self", r"\b(?:fa|ska|vill|hann|fick|hinna) (?:traffa|se|krama|prata med|ringa|hora) (?:\w+ ){0,2}en sista gang\b"
                            r"(?=.{0,20}\binnan (?:ikvall|inatt|i natt|imorgon|i morgon|jag|det|allt|helgen|fredag|lordag|sondag))"),
    # the pet handed over under a cover story: "mamma tar katten från fredag. hon tror jag ska resa bort"
    _s("cover_story", "self", r"\b(?:tar|ska ta|tar hand om|far) (?:katten|hunden|djuren|min katt|min hund|fiskarna)\b.{0,80}"
                              r"\b(?:tror|tycker|vet inte annat an) (?:att )?jag ska (?:resa|aka|flytta|ga) (?:bort|ivag)", whole=True),
    # hopeless, then gone and out of reach: "sa att det inte är nån idé och gick, svarar inte"
    _s("other_gone", "other", r"\b(?:(?:inte|int) (?:ar|e) (?:nan|nagon) (?:ide|mening)|ingen ide|ingen mening|orkar (?:inte|int)|(?:inte|int) orkar|ger upp|gett upp|vill (?:inte|int) leva)\b.{0,80}"
                                  r"\b(?:gick|sprang|stack|drog) (?:ut|darifran|harifran|sin vag|i vag)\b.{0,60}\b(?:svarar|svarade) (?:inte|int)"
                                  r" (?:i telefon|pa sms|nar (?:vi|jag) ringer|pa mobilen|pa telefonen)", whole=True, negative=True),
    _s("other_harmed_now", "other", r"\b(?:har )?(?:skadat|skurit|rispat|brant) sig\b.{0,40}\b(?:nu|bloder)\b"),
    # someone locked in with the means and not answering: out of reach now, told across sentences
    _s("other_locked_in", "other", rf"(?=.*\b{MEANS}\b)(?=.*\b(?:inlast|last in sig|lasit in sig|lasst in sig|stangt in sig)\b)"
                                   r".*\b(?:svarar (?:inte|int)|oppnar (?:inte|int)|hors (?:inget|ingenting))\b", whole=True, negative=True),
    # --- violence and threats from another person
    # bruises shown, and the partner coming for her: told across sentences
    _s("bruises_and_partner", "danger", r"\bblamarken\b.{0,80}\b(?:sambo\w*|man|mannen|kille\w*|pojkvan\w*|make|maken)\b.{0,60}\b(?:blir arg|slar|slog|hamtar)\b",
       whole=True),
    _s("violence", "danger", rf"\bom jag (?:traffar|pratar med|berattar for|gar till|ringer) (?:\w+ ){{0,2}}(?:igen )?(?:sa )?(?:far|ska fa) jag se\b|\b(?:han|hon|de|dom)\b (?:\w+ ){{0,3}}(?:skulle|ska|kommer att|kommer) (?:doda|morda|sla ihjal) (?:mig|mej)\b|\b(?:hittade|hittat|tagit reda pa|fatt reda pa|listat ut|listade ut) var jag bor\b"
                             rf"|\b(?:ska|kommer att|kommer) hitta (?:mig|mej) och (?:gora (?:mig|mej) illa|skada (?:mig|mej)|doda (?:mig|mej))\b|\b(?:bankar|slar|sparkar|drar) (?:pa|i) (?:sovrumsdorren|badrumsdorren|dorren till mitt rum|min dorr)\b|\b(?:kommit in i|star (?:\w+ ){{0,2}}i dorren till|star (?:\w+ ){{0,2}}utanfor|stormat in i) (?:lokalen|rummet|salen)\b.{{0,60}}\b(?:hotar|skriker|viftar|slar|braker)"
                             rf"|\b(?:han|hon) (?:ar|e) (?:den|det) som (?:slar|hotar|misshandlar|sparkar|stryper) (?:mig|mej)\b"
                             rf"|\b(?:tar|tog|drar|drog|greppar|nyper) (?:mig|mej) hart i (?:armen|handleden|haret|nacken)\b"
                             rf"|\bskyldig (?:\w+ )?pengar\b.{{0,60}}\b(?:kommer|ska komma) (?:hit |hem )?(?:ikvall|inatt|idag|imorgon)\b|\b(?:slar|sparkar|misshandlar|bankar|stryper) (?:han|hon) (?:dom|dem|oss|mina (?:smasyskon|syskon|barn)|syskonen"
                             rf"|smasyskonen|barnen|mamma|lillebror|lillasyster)\b"
                             rf"|\b(?:har )?hota(?:t|r|de) (?:med )?att (?:sla|doda|skada|misshandla|strypa|skjuta) (?:henne|honom|mig|mej|oss|barnen)\b"
                             rf"|\b{OTHER}\b(?: \w+){{0,5}} (?:slar|slog|slagit|stryper|strypte|stryptes|kvavde|hotar|hotade|hotat|sparkat|knuffat|misshandlat|"
                             rf"misshandlar|misshandlade|sparkar|sparkade|valdtar|valdtog|valdtagit|tvingar|tvingade|tvingat|"
                             rf"laser in|laste in|lasst in|lost in|jagar|forfoljer|knuffar|knuffade|drar i|drog i|nyper|"
                             rf"tar struptag pa|tog struptag pa|hotar att doda|tafsar pa|tafsade pa|rorde|"
                             rf"(?:tar|tog) pa(?= (?:mig|mej)(?:\s*$| och| nar| pa natten| igen| hela tiden|[,.!?]))|utnyttjar|"
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
                             rf"|\b(?:blev|har blivit|blir|ar) (?:slagen|valdtagen|misshandlad|hotad|strypt|knivhuggen|overfallen|"
                             rf"tafsad|antastad|forfoljd|inlast|lost in|tvingad|drogad)(?! (?:i|pa) (?:spelet|matchen|schack|fifa))"
                             rf"|\bforsoker (?:ta sig|bryta sig|komma) in\b|\bbankar pa (?:dorren|min dorr)\b.{{0,30}}\b(?:radd|hotar|skriker)"
                             rf"|\b{OTHER}\b.{{0,40}}\b(?:har|med|haller|viftar med|tog fram|tagit fram) (?:en |ett |sin |sitt )?"
                             rf"(?:kniv|pistol|vapen|yxa|gevar|basebolltra|hagelgevar|jaktgevar|hammare|hammaren|jarnror|kniven|hagelbossa|hagelbossan"
                             rf"|bossa|bossan|gevaret|jaktgevaret|pistolen|vapnet|yxan|machete|macheten|baseballtra|baseballtraet)"
                             rf"|\b(?:kniv|pistol|vapen)(?:en|et)? mot (?:mig|mej|min hals|halsen|huvudet)"
                             rf"|\b{OTHER}\b(?: \w+){{0,3}} (?:(?:ska|kommer att|kommer|tanker|vill|hotar att|hotade att|sa att (?:han|hon) ska)"
                             rf" ta|tar) livet av (?:mig|mej)\b"
                             rf"|\b(?:en man|en kille|nagon|nan|han|hon)\b.{{0,30}}\bmed (?:en )?(?:kniv|pistol|vapen|yxa)\b"
                             rf"|\b(?:hotat|hotar|hotade) (?:att )?(?:doda|sla|skada|sla ihjal|strypa) (?:henne|honom|oss|mig|mej)\b"
                             rf"|\b(?:slagit|slog|slar) (?:henne|honom|en annan \w+|oss)\b(?!.*\b(?:spelet|schack|matchen|pingis|tennis)\b)"
                             rf"|\bvet (?:var jag (?:bor|ar)|min adress|vilken port)\b|\bvet var (?:min|mina) \w+ (?:bor|gar i skolan|jobbar|ar)\b"
                             # found the writer's new address, a photo of their door; fire threatened against their home
                             rf"|\b{OTHER}\b(?: \w+){{0,2}} (?:har )?(?:hittat|tagit reda pa|fatt reda pa|fatt tag pa|luskat ut|listat ut) (?:(?:min|mitt) (?:nya |hemliga |skyddade )?(?:adress|lagenhet|boende|hem|port)\b|var jag bor)"
                             rf"|\b(?:mitt ex|exet|exkillen|exmannen|han|hon|nagon|nan|en okand)\b.{{0,80}}\b(?:skickade|skickat|skickar) (?:en |ett )?(?:bild|foto|video|filmklipp) (?:pa|av) (?:min|mitt) (?:port|porten|dorr|dorren|ytterdorr|fonster)\b"
                             rf"|\bhota\w* (?:med )?att (?:tanda eld pa|satta eld pa|branna ner|branna upp|elda upp) (?:min|mitt|mina|var|vart)\b"
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
                             rf"|\b(?:last|lost|lasst) (?:ytter)?dorren (?:och|o|&) (?:tagit|tog|gomt) (?:min|mina|mitt|nyckeln)|\b(?:utanfor|star|vantar|kom)\b.{{0,60}}\bkontaktforbud|\bhar kontaktforbud\b|\bjag (?:ar|e) i (?:akut )?fara\b|\bsla ihjal (?:mig|mej)\b|\bihjal (?:mig|mej)\b"
                             rf"|\b(?:tog|tar|tagit) (?:stryptag|struptag|strypgrepp)\b|\b(?:stryptag|strypgrepp) pa (?:mig|mej)"
                             rf"|\b(?:last|lost|lasst|laser|laste) in (?:mig|mej|henne|honom|oss|barnen)\b|\bsitter inlast|\bar inlast"
                             rf"|\b{OTHER}\b(?: \w+){{0,5}} (?:slar|slog|misshandlar|misshandlade|sparkar|sparkade|stryper|strop|strypte|hotar|hotade|valdtar|valdtog|tar pa|tog pa|rorde)"
                             rf" (?:min|mitt|mina|henne|honom|oss|barnen|lillasyster|lillebror|en annan|deltagaren|en deltagare|deltagarna)\b"
                             rf"(?!.*\b(?:spelet|fifa|schack|matchen|tennis|padel)\b)"
                             rf"|\b(?:foljer|foljde|foljt|forfoljer|forfoljt|smyger) efter (?:mig|mej)\b"
                             rf"|\b(?:kommer|ska komma|kommer att komma) hit\b.{{0,60}}\b(?:radd|livradd|vagar (?:inte|int))\b"
                             rf"|\b(?:tog|tar) (?:han|hon) (?:stryptag|struptag|strypgrepp)\b"
                             rf"|\b(?:kom|kommer|gick|gar) in (?:i|pa) mitt rum (?:igen|i natt|inatt|pa natterna|varje natt)"
                             rf"|\b(?:tvinga|tvingar|tvingade|forsoker tvinga|forsokte tvinga) sig in\b"
                             rf"|\b(?:tvinga|tvingar|tvingade|tvingat|forsoker tvinga|forsokte tvinga) sig pa (?:mig|mej)\b"
                             rf"|\b(?:forsoker|forsokte) (?:oppna|bryta upp|sparka in) (?:dorren|fonstret|min dorr)"
                             rf"|\b(?:bankar|bankade|sparkar|sparkade|slar) (?:pa|mot) (?:dorren|fonstret|min dorr|rutan)\b"
                             rf"|\bkastar (?:saker|grejer|stolar|tallrikar) (?:pa|mot|efter) (?:mig|mej)"
                             rf"|\b(?:dodar|skadar|slar ihjal|slar|stryper|sparkar|misshandlar|valdtar) (?:han|hon|dom|de) (?:mig|mej)\b"
                             rf"|\bgommer mig\b.{{0,40}}\b(?:han|hon|de|dom|pappa|mamma)\b.{{0,20}}\b(?:letar|ar har|kommer)"
                             rf"|\b(?:han|hon|de|dom|pappa|mamma)\b.{{0,20}}\bletar efter mig"
                             rf"|\bkontaktforbud\b.{{0,60}}\b(?:utanfor|har|star|vantar|kom|ringer|foljer)"
                             rf"|\b(?:nan|nagon|en man|en kille|han|hon)\b.{{0,10}}\b(?:ar|var) inne i (?:lagenheten|huset|mitt rum)"
                             rf"|\b(?:tagit|tog) mina nycklar\b"
                             rf"|\b(?:dodar|slar ihjal|mordar) (?:mina|min|hans|hennes) \w+ (?:mig|mej)\b"
                             rf"|\b(?:kastar|kastade|kastat) (?:en |ett )?(?:stol|stolen|flaska|flaskan|glas|glaset|tallrik|kniv|kniven|sten|stenar"
                             rf"|mobil|mobilen|telefon|lampa) (?:pa|mot|efter) (?:mig|mej)\b|\bblir (?:han|hon) (?:galen|arg|tokig|forbannad) och (?:slar|sparkar)\b"
                             rf"|\bom jag (?:ringer|berattar|gar till)\b.{{0,40}}\b(?:dodar|slar|skadar) (?:han|hon|de|dom)\b"
                             rf"|\b(?:slar|sparkar) (?:han|hon) (?:i|pa) (?:vaggarna|vaggen|dorrarna|dorren)\b|\bstar pa tur\b|\b(?:ar|e) nast(?:a)? pa tur\b"
                             rf"|\b{OTHER}\b.{{0,20}}\b(?:blir|ar|var) (?:valdsam|aggressiv|hotfull)"
                             rf"|\b{OTHER}\b(?: \w+){{0,3}} (?:ska|kommer att|tanker) (?:doda|sla|skada) (?:henne|honom|oss)\b"
                             rf"|\bhota(?:r|de|t)? (?:mig|mej|henne|honom|oss) med (?:en |ett )?(?:kniv|kniven|pistol|vapen|yxa|gevar)"
                             rf"|\b(?:foljer|foljde|forfoljer|smyger) efter (?:henne|honom)\b.{{0,20}}\b(?:varje dag|hela tiden|overallt|hem)"
                             rf"|\b(?:jag|du) (?:ska|kommer att) fa se vad som hander\b"
                             rf"|\bom (?:jag|du) (?:berattar|sager|pratar|gar till|ringer|anmaler)\b.{{0,40}}\b(?:far|ska fa|kommer att fa) (?:jag|du) se vad som hander\b"
                             rf"|\b(?:sager|hotar med|sa) att jag (?:blir|ska bli|kommer att bli|kommer bli) (?:inlagd|inlast|utkastad|vrakad|av med \w+)(?: igen)? om jag (?:berattar|sager nagot|sager nat|pratar|anmaler)\b|\bska fa angra (?:mig|dig)\b"
                             rf"|\b(?:(?:ar|e|blir) (?:du|jag)|(?:du|jag) (?:ar|e|blir)) dod om (?:du|jag) (?:pratar|berattar|gar till|ringer|anmaler|lamnar|sager)"),
    _s("english_danger", "danger", r"\b(?:won'?t|wont|doesn'?t|doesnt|will not) let me (?:leave|go out|out|go)\b"),
    # someone waiting at the door again and again: stalking, there now or back again
    _s("stalked", "danger", r"\b(?:han|hon|exet|mitt ex|\w+ ex)\b (?:\w+ ){0,3}(?:har )?(?:statt|star|vantat|vantar|suttit|sitter)(?: i bilen)?"
                            r" (?:nedanfor|utanfor|vid) (?:porten|dorren|huset|fonstret|mitt fonster|lagenheten|jobbet|busshallplatsen)\b"
                            r".{0,80}\b(?:igen|i rad|varje (?:kvall|dag|natt))\b", whole=True),
    # papers or phone taken, and kept in or married off: control told across sentences
    _s("controlled", "danger", r"\b(?:tagit|tog|tar) (?:mitt|min|mina) (?:pass|passet|telefon|telefonen|mobil|mobilen|id-kort|pengar|bankkort|kort|lon)\b"
                               r".{0,160}\b(?:far (?:inte|int) (?:ga ut|lamna (?:lagenheten|huset|hemmet|rummet|bostaden))|(?:ska|maste) gifta mig|gifta bort|later (?:mig|mej) (?:inte|int))",
       whole=True, negative=True),
    # locked in, held or silenced by someone: its own "kan inte gå ut" is no denial
    _s("trapped", "danger", r"\b(?:tagit|tog) (?:min|mitt) (?:telefon|telefonen|mobil|mobilen)\b.{0,30}\b(?:last|laste|lost|lasst|lasit) (?:ytterdorren|dorren)\b"
                              r"|\b(?:(?:ska|kommer att|kommer) (?:inte|int)|(?:inte|int) (?:ska|kommer att|kommer)) (?:komma ut|ga harifran|komma harifran|harifran|overleva) levande\b"
                              r"|\b(?:last|laser|lost|lasst|gommer|gomt|tagit|tog) (?:ytterdorren|dorren|nyckeln|nycklarna)\b"
                              r".{0,60}\b(?:kan|kommer) (?:inte|int) (?:\w+ ){0,2}ut\b"
                              r"|\b(?:som|dar) jag (?:inte|int) far lamna\b"
                              r"|\b(?:later|lat|tillater) (?:mig|mej) (?:inte|int) (?:\w+ )?(?:ga ut|lamna|traffa|ga harifran|ha kontakt"
                              r"|prata med|ringa)|\b(?:sa|sager|sagt) att jag (?:inte|int) far (?:ga ut|traffa|ringa|lamna|prata med)"
                              r"|\bingen kommer (?:att )?tro (?:pa )?mig|\bslapper (?:inte|int) ut (?:mig|mej)\b"
                              r"|\b(?:inte|int) (?:later|tillater) (?:mig|mej) (?:ga ut|lamna|traffa|ringa|prata med|ha kontakt)"
                              # control by a partner or parent: "han läser mina sms och jag får inte träffa mina vänner"
                              r"|\b(?:han|hon|sambon|killen|mannen|maken|frun|pappa|mamma|min (?:kille|man|sambo|pojkvan))\b.{0,60}"
                              r"\bjag far (?:inte|int) (?:traffa|ga ut|ga till|ringa|prata med|ha kontakt med|lamna|ha egna)\b"
                              r"|\bvagar (?:inte|int) (?:ga|komma) ut\b(?=.{0,60}\b(?:han|hon|dom|sambon|killen|pappa|mamma"
                              r"|mannen|exet|maken)\b)"
                              r"|\bvagar (?:inte|int) (?:ga|aka|komma|vara) hem\b(?=.{0,60}\b(?:han|hon|dom|de|sambon|killen|pappa|mamma"
                              r"|mannen|ex|exet|maken|idag|ikvall|inatt|nu)\b)|\bvagar (?:inte|int) (?:ga|aka|komma|vara) hem\s*$", negative=True),
    # --- exhaustion and hopelessness: ask, do not alarm
    _s("exhausted", "unclear", rf"\b(?:orkar|klarar|pallar|palla|kan|orka)(?: bara)? {NOT} (?:riktigt |alls |typ |liksom )?(?:av )?(?:det har |detta |med (?:nagot|"
                               rf"nanting|nat|allt|livet) )?(?:mer|langre|lenge|lengre)\b"
                               rf"(?! (?:fragor|fragorna|plugg|jobb|tjat|prat|snack|moten|skola|text|las|av det har|idag med))"
                               rf"|\b(?:orkar|pallar)(?: bara)? {NOT} (?:riktigt |alls |ens )?(?:nanting|nagonting|nat|nagot) (?:mer|langre)\b"
                               rf"|\b(?:orkar|klarar|pallar|palla|orka)(?: bara)? {NOT} (?:riktigt |alls |ens )?med (?:livet|allt|nagonting|nanting|nanting)\b"
                               rf"|\borkar {NOT} (?:sa )?mycket mer av (?:det har|detta|allt)\b"
                               rf"|\bvill {NOT} (?:vara med )?(?:mer|langre)\b(?! att)|\b(?:kan|klarar) {NOT} ta (?:det har |detta )?(?:mer|langre)"
                               rf"|\bstar (?:inte|int) ut\b|\btrott pa (?:livet|att leva|att finnas)",
       negative=True),
    _s("hopeless", "unclear", r"\btappat (?:allt )?hopp|\bkanns (?:helt |sa |bara )?hopplost\b(?! (?:med|att))|\bvill (?:bara )?(?:forsvinna|ge upp"
                              r"|sova for (?:evigt|alltid))|\b(?:vore|ar|skulle vara) (?:sa )?skont att (?:bara )?(?:fa )?sova (?:lange lange|for evigt|for alltid|i tusen ar|och aldrig vakna)|\bvill (?:bara )?sova i (?:tusen|hundra) ar\b|\b(?:ger|gett|gav|borjar (?:att )?ge) upp\b(?! (?:forsoket|att |pa att |med |om |projektet|planen|kursen|det dar|jobbet|traningen|for idag|for i dag|for ikvall|for nu|for den har gangen))|\b(?:allt|allting|livet) (?:ar|kanns|e) "
                              r"(?:sa |helt |bara )?(?:meningslost|hopplost|svart|over)|\b(?:allt|allting|livet) (?:ar|kanns|e) (?:bara|helt) gratt\b"
                              r"|\b(?:allt|allting|livet) (?:ar|kanns|e) (?:sa )?gratt\W+(?:hela tiden|jamt|alltid|numera)\b|\b(?:alla|ni|dom|de|familjen|barnen)(?: \w+){0,3} (?:skulle |kommer att |kommer )?klara sig (?:\w+ ){0,2}(?:bra|battre|fint) utan (?:mig|mej)\b|\bingen ide (?:langre|lenge|lengre|att fortsatta)"
                              r"|\b(?:slutat|slutar) (?:att )?tro (?:pa )?att (?:det|nagot|nat|allt|livet) (?:ska bli|blir|kommer att bli|kommer bli) battre\b"
                              r"|\bvill(?: bara)? att (?:allt|det) ska (?:ta slut|vara over|sluta(?! (?:gora ont|ha ont|varka|vara jobbigt)))|\bingen mening med (?:livet|nagonting"
                              r"|nanting|nagot|nat|allt)|\bvill bara bort\b|\b(?:ar|e|kanner mig som|kanner mig bara som) (?:bara )?en (?:borda|belastning)\b(?! (?:pa jobbet|i laget))|\bforlat for allt\b"
                              r"|\bvad (?:ar|e) (?:ens )?(?:poangen|meningen)\b|\bvad (?:poangen|meningen) (?:ar|e) med (?:allt|livet|att leva|nagonting)|\bvill bara (?:sova och )?slippa (?:allt|allting|livet)|\b(?:fa|att) somna (?:och|o) slippa (?:allt|allting|alltihop)\b|\b(?:ar|e) (?:for|alldeles for|redan for) sent for (?:mig|mej)\b"
                              r"|\btrott pa (?:allt|alltihop|allting)(?: och alla)?\s*$|\bdet blir aldrig battre|\blika bra att ge upp|\b(?:allt|allting) (?:ar|e) slut\b"
                              r"|\bmorka tankar|\btankarna (?:ar|e) tillbaka|\btankarna har kommit tillbaka\b|\bjobbigt med tankarna|\bingen framtid\b"
                              r"|\borkar (?:inte|int|ej) (?:en|ett) (?:enda )?(?:dag|natt|vecka|manad|andetag) (?:till|mer)\b(?! (?:pa|i) (?:jobbet|skolan|kontoret|plugget)| med (?:den|det|honom|henne|dom|chefen))"
                              r"|\bhur lange ska jag (?:behova )?orka|\bta mig igenom natten|\bspelar ingen roll (?:vad som hander|om jag|langre|lenge|mer)"
                              r"|\bom jag bara slapp\b|\btom (?:inuti|inombords)\b"
                              r"|\b(?:vet (?:jag )?(?:inte|int) (?:ens )?)?hur lange (?:till )?(?:jag )?(?:orkar|pallar|klarar|star ut med) (?:halla pa|fortsatta|leva|med det har|det har|detta)"
                              r"|\bvet (?:jag )?(?:inte|int) hur lange (?:till )?jag (?:orkar|pallar|klarar)\s*$"
                              r"|\b(?:inte|int) (?:ar|e) (?:nan|nagon) ide med (?:nanting|nagonting|nat|nagot|livet)\b"
                              r"|\borkar (?:jag )?(?:inte|int) hoppas\b"
                              r"|\b(?:ingenting|inget|nanting) (?:kanns|ar|e) (?:meningsfullt|meningsfull|vart nagot|vart nat|vart det)\b"
                              # not eating nor sleeping for days
                              r"|\b(?:inte|int) atit (?:nat |nagot |nanting )?(?:pa|i) (?:typ )?(?:\w+|\d+) (?:dagar|dar|dygn)\b"
                              r"|\b(?:inte|int|varken) (?:atit|att|sovit) (?:eller|el|o|och|och inte|o inte|eller ens) (?:atit|sovit|druckit)\b.{0,12}\b(?:pa|i) (?:\w+ )?(?:dagar|dygn)\b"
                              r"|\b(?:(?:skulle|kommer) (?:nan|nagon|ngn|folk)|(?:nan|nagon|ngn|folk) (?:ens )?(?:skulle|kommer att|kommer)) (?:ens )?"
                              r"(?:marka|marker|market|sakna mig|bry sig)\b.{0,10}\bom jag (?:forsvann|forsvinner|inte fanns|dog|var borta)"
                              # a passive wish never to get up again; kept alive only by others' grief
                              r"|\blagga mig (?:\w+ ){0,3}och aldrig (?:ga upp|stiga upp|vakna|komma upp)\b"
                              r"|\b(?:kor|lever|haller ut|fortsatter|finns kvar|stannar kvar)(?: bara)? (?:pa |vidare )?for att (?:\w+ ){1,3}"
                              r"(?:skulle bli (?:sa |sa himla |jatte)?(?:ledsen|ledsna|forstord|forstorda|krossad|krossade)|inte ska bli ledsen)"
                              r"|\blever (?:bara|enbart|endast) for (?:\w+ ){1,2}skull\b|\benda anledningen (?:att|till att) jag (?:lever|finns kvar|ar kvar)\b"),
    # waking up is the wish, and not now: "att jag ville vakna på morgonen. just nu vill jag inte det"
    _s("no_wish_to_wake", "unclear", rf"\b(?:vilja|ville|vill) (?:\w+ ){{0,2}}vakna\b.{{0,60}}\b(?:vill jag|gor jag) (?:typ |liksom |bara |nog )?{NOT}(?: det)?\s*(?:[.!?]|$)",
       whole=True, negative=True),
    _s("not_here", "unclear", r"\bvill (?:inte|int) (?:vara|va) (?:har|kvar|med) (?:langre|mer)\b"
                              r"|\borkar (?:inte|int) tanka (?:langre|langt|framat|langre fram) an (?:till )?(?:i morgon|imorgon|idag|i dag|ikvall)\b"
                              r"|\b(?:kandes|kanns|vore|ar|e) (?:sa |for |lite |liksom )?slutgiltig(?:t)?\b"
                              r"|\b(?:(?:tanker|kommer|ska) (?:inte|int)|(?:inte|int) (?:tanker|kommer att|kommer|ska)) (?:att )?(?:vara|va) (?:med|kvar|har) (?:sa )?(?:mycket |lange )?(?:langre|mer)\b|\borkar (?:inte|int) (?:ens )?leva\b"
                              r"|\binga krafter kvar\b|\bingen (?:poang|mening|ide) (?:langre|kvar|med nagonting|med nanting)\b"
                              r"|\bvarfor ska jag (?:ens )?(?:halla pa|forsoka|orka|leva|fortsatta|kampa)\b"
                              r"|\baldrig (?:kommer|ska) (?:att )?bli battre|^(?:jag )?orkar (?:inte|int)\s*$"
                              r"|\bser (?:ingen|inte nan|inte nagon) (?:framtid|utvag|mening)"
                              r"|\b(?:ser (?:inte|int)|(?:inte|int) ser) (?:nan|nagon|poangen|meningen) (?:(?:poang|mening) )?(?:med|i) (?:nagonting|nanting|nat|nagot|livet|allt)\b"
                              r"|^(?:jag )?(?:ville|vill) bara (?:saga|sag) (?:hej da|hejda|adjo|farval)\s*$", negative=True),
    # a timer set for the end: "när den ringer är jag klar med allt här"
    _s("timer_end", "self", r"\b(?:timer|timern|timen|larmet|alarmet|vackarklockan|alarm)\b.{0,60}\b(?:ar jag klar med (?:allt|allting|livet)\b(?! (?:i|pa|med|till|hemma|infor|for|som))|ar (?:det|allt) (?:over|slut)\b(?! (?:i|pa|med|for))|ar jag borta|finns jag inte)",
       whole=True),
    # not knowing why one goes on living: asked about even where the question asks how things are (crisis.py: ASK_ANYWHERE)
    _s("why_go_on", "unclear", r"\b(?:undrar|vet (?:inte|int)) (?:ens )?varfor jag (?:ens )?(?:haller pa|lever|finns|fortsatter|orkar|kampar)\b(?! med| och| sa| sa har| sa mycket| att| i)"),
    # not knowing whether one can go on, told of oneself or of someone in the group
    _s("go_on_doubt", "unclear", r"\b(?:vet (?:inte|int)|(?:inte|int) vet) (?:om|ifall) (?:jag|ja|hon|han|hen) (?:orkar|pallar|klarar|kan) (?:att )?(?:fortsatta|leva|mer|langre)\b(?! med| att jobba| plugga| i)"
                                 r"|\b(?:vet (?:inte|int)|(?:inte|int) vet) (?:om|ifall) (?:jag|ja) (?:ar|e|finns|lever) (?:kvar|har) (?:till|pa|om|nasta|imorgon|i morgon)\b",
       negative=True),
    # the signs asked for are here now: "typ som nu", "de tecknen har jag nu" (asked about wherever, crisis.py: ASK_ANYWHERE)
    _s("signs_now", "unclear", r"^(?:typ |precis |ungefar |nog )?(?:som|sa som|precis som) (?:nu|just nu|idag)\b|\b(?:de |dom |alla )?(?:tecknen|tecken) har jag (?:nu|just nu)\b"
                               r"|\b(?:just nu|nu|idag) (?:kanner jag igen|har jag|marker jag|ser jag) (?:\w+ ){0,2}(?:alla |de |dom |flera )?(?:tecken|tecknen)\b"),
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
                                    r"|\bger (?:jag )?upp (?:om|pa) mig sjalv\b"
                                    r"|\b(?:orkar|klarar|pallar)\b.{0,20}\bfortsatta\b.{0,25}\blangre\b|\btrott pa att kampa\b"
                                    r"|\bvill (?:inte|int) att (?:nan|nagon|ngn|ni|nagon alls) ska hitta mig\b", negative=True),
    # "det blir ingen nästa gång": no next time, or no life; asked about even where the question asks about hard times
    _s("no_next_time", "unclear", r"\bvet (?:inte|int) om det (?:blir|finns) (?:nan|nagon|en) nasta gang\b|\b(?:blir|finns)(?: det)?(?: nog| nog inte| kanske| typ| inte| nog bara)? (?:ingen|inte nan|inte nagon|inte nagon mer) nasta gang\b", negative=True),
    # the writer, not their data or a worry, disappearing: "om jag bara försvann", "drömmer om att få
    # försvinna"; not "försvann in i en bok" or "försvinner till affären"
    _s("vanish", "unclear", r"\b(?:jag|ja)(?: (?:bara|kunde|ska|vill|vilja|kan|skulle|tanker|borde|far|ville|nog|ocksa|liksom|typ|helst|kanske))*"
                            r" (?:forsvinna|forsvinner|forsvann)\b(?! (?:in i|ner i|bort i|till|fran (?:appen|chatten)))"
                            r"|\b(?:om|efter|vill|ville|onskar|onskade|langtar|tanker pa|drommer om|behover|lika bra|vore skont) att (?:fa |bara |kunna )*forsvinna\b(?! (?:in i|ner i|till|fran (?:appen|chatten)))"),
]

# Figures of speech are cut out before any signal is looked for. Of death: a thing (not
# the writer) "takes the life" of the writer, the writer "dies" of laughter, an errand
# "kills" them: the crisis words explained, as a joke is (crisis.py: reason "figure").
FIGURES_OF_DEATH = [re.compile(p) for p in [
    rf"\b(?:\w+s )?(?:det(?: har| dar)?|detta|den har|blankett|blanketten|ansokan|ansokningen|pappren|byrakratin|formularet|skolan|plugget|tentan|tentorna|varmen|hettan|kylan|tristessen|"
    rf"ungarna|barnen|chefen|trafiken|kon|vantan|traningen|ryggen|huvudvarken|deadlines?|pappersarbetet|blanketter"
    rf"|blanketterna|myndigheterna|forsakringskassan|kassan|csn|skatteverket|deklarationen|matten|svenskan|uppsatsen"
    rf"|lexan|laxan|grannen|grannarna|ljudet|musiken|jobbmejlen|mejlen|mailen|tvatten|disken|flytten|renoveringen"
    rf"|bygget|kursen|projektet|mina barn|min chef|(?:mitt |min )?(?:jobb|arbete|plugg|skola|utbildning)|\w{{3,}}(?<!kill)(?<!mann)(?<!papp)(?<!mamm)(?<!grabb)(?<!snubb)(?<!typ)(?<!brod)(?<!kompis)"
    rf"(?:en|an|et|na))"
    rf"(?: \w+)? (?:(?:tar|kommer att ta|kommer ta|ska ta|tog|har tagit|haller pa att ta) livet av|dodar|kommer doda) {ME}",
    # "han kommer ta livet av mig med den borren": a noise or a nag, not a weapon
    r"\b(?:tar|ta|kommer (?:att )?ta|ska ta|haller pa att ta) livet av (?:mig|mej) med (?:den |det |sin |sitt |sina |all |allt |dom |de )?(?:\w+ )?"
    r"(?:borr\w*|musik\w*|ljud\w*|oljud\w*|tjat\w*|snark\w*|skrik\w*|fragor\w*|mejl\w*|mail\w*|prat\w*|skvaller\w*|hammar\w*"
    r"|grasklippare\w*|lovblas\w*|renovering\w*|dammsugare\w*|gnall\w*|sms\w*|skamt\w*|humor\w*|kramar|karlek)\b",
    # a habit overdone, as a doctor warns: "om jag fortsätter med 6 energidrycker om dan tar jag livet av mig"
    r"\bom jag fortsatter (?:med|att) (?:\d+ )?(?:\w+ ){0,3}?(?:energidryck\w*|kaffe|koppar|godis|socker|rok\w*|snus\w*|chips|cola"
    r"|red bull|monster|burkar)\b.{0,50}\b(?:tar jag livet av mig|dor jag)",
    r"\b(?:dor|dog|doo|do|dott)(?: lite| nastan)? (?:av|utav) (?:angest|panik|nervositet|skrack) (?:bara )?(?:av|vid|infor) (?:tanken|att ringa|samtalet|motet|provet|tentan)",
    r"\b(?:dor|dog|doo|do|dott)(?: lite| nastan)? (?:av|utav) (?:skratt|tristess|langtan|nyfikenhet|varme|hetta|hunger|torst|skam|pinsamhet"
    r"|gullighet|sotma|trotthet|avund|stress|kyla|kold|trakighet)",
    r"\b(?:do|doo|dor) (?:som )?(?:gammal|gamla|gammel|lycklig|mett|matt) (?:och|med|i|pa|nar|som)\b|\b(?:do|dor) (?:som )?(?:gammal|gamla|gammel)\s*$",  # "vill dö gammal och lycklig": a long life
    # annoyance: "om jag måste ringa kundtjänst en gång till tar jag livet av mig" (an errand, not life itself)
    r"\bom jag (?:maste|ska behova|behover|far) (?:ringa|sta i ko|sitta i|ga pa|fylla i|skriva|lasa|hora|lyssna pa|se|titta pa"
    r"|aka|prata med|svara pa|plugga|tenta|jobba med) (?:\w+ ){0,5}(?:en gang till|igen|en till|\w+ till)\b,? (?:sa )?"
    r"(?:tar jag livet av mig|dor jag|skjuter jag mig|hanger jag mig)",
    r"\b(?:tar livet av|dodar|skjuter|hanger) (?:mig|mej)(?: sjalv)? om jag (?:maste|ska behova|behover|far) (?:ringa|sta i ko|sitta i|ga pa"
    r"|fylla i|skriva|lasa|hora|lyssna pa|se|titta pa|aka|prata med|svara pa|plugga|tenta|jobba med) (?:\w+ ){0,5}(?:en gang till|igen|en till|\w+ till)\b",
    r"\bskratta(?:r|de)? (?:ihjal|mig ihjal)|\bdods ?trott|\bdodstrist|\bdodsskont|\bdods(?:sugen|gott|bra|kul|snygg|nervos|radd)",
    r"\bborde (?:ha )?varit dod (?:\w+ ){0,2}ganger om\b",
    r"\b(?:jag )?vill leva,? (?:jag )?vill do i norden\b",  # the national anthem
    r"\b(?:du|ni|han|hon|hen) (?:dodar|dodade|tar livet av) (?:mig|mej) (?:med|me) (?:\w+ ){0,2}(?:ordvits\w*|vitsar|skamt\w*|humor|kommentarer|memes?|sang\w*|dans\w*)\b",  # "envis, borde varit död tio gånger om": a survivor's boast
    r"\b(?:skulle )?doda for (?:en|ett|lite)|\b(?:kill(?:ing|ed|ade|ar|a)?|slay(?:ing|ed|ade)?) (?:it|det)\b",
    r"\bskjut (?:mig|mej)(?: nu)?\b(?=.*(?:haha|lol|xd|😂|🤣|mote|motet|lektion|trakigt|tråkigt))",
    r"\bkill me(?: now)?\b(?=.*(?:💀|😅|😂|prov|tenta|mote|jobb|lektion|haha|lol|skola))",
    r"\b(?:skulle|ska|kommer att|kommer) (?:doda|morda) (?:mig|mej) om jag (?:glomde|glommer|missade|missar|kom for sent|kommer for sent)\b",
    rf"\b(?:mamma|pappa|morsan|farsan|chefen|lararen|frun|tjejen|killen|sambon|min \w+) (?:kommer (?:att )?|ska )?"
    rf"(?:doda|morda) {ME} (?:nar|om) (?:(?:hon|han|de|dom|hen) (?:ser|far veta|hor|marker|kommer hem|upptacker)"
    rf"|jag (?:glommer|missar|kommer for sent|inte (?:diskar|stadar|kommer|ringer)))",
]]
# Others only take their words out of the reading: an ordinary "ta mig till", someone
# else's death (grief, not danger), a habit of forgetting one's medicine.
OTHER_FIGURES = [re.compile(p) for p in [
    r"\b(?:min|mitt|mina|hans|hennes|var|vart|deras) \w+ (?:har )?(?:dog|dott|avled|avlidit|gick bort|somnade in)\b",
    r"\b(?:mamma|pappa|mormor|morfar|farmor|farfar|hunden|katten|vaxten|blomman|blommorna) (?:har )?(?:dog|dott|avled|gick bort|"
    r"somnade in)\b",
    r"\bglom(?:de|t|mer)? (?:att )?ta (?:mina |min |mitt )?(?:tabletter|medicin|piller|medicinen)",
    r"\b(?:ta|tar|tog|tagit)(?: med)? (?:mig|mej) (?:med|till|pa|hem|ut)\b",
    r"\b(?:forlorat|forlorade|mist|miste) (?:sin|sitt|sina|min|mitt|mina|hans|hennes|deras) \w+ (?:i|genom) (?:sjalvmord|suicid)\b",
    r"\b(?:min|mitt|mina|hans|hennes|var) \w+s (?:sjalvmord|dod)\b|\barsdagen av\b[^.]*\bsjalvmord",
    r"\b(?:finnas|finns|vara) kvar (?:i|pa) (?:appen|systemet|registret|databasen|listan|chatten|medvind)\b",
    r"\b(?:hunden|katten|min hund|min katt|valpen|kattungen|ungarna|barnen|min son|min dotter|skuggan|otur\w*)\b(?: \w+)?"
    r" (?:foljer|foljde|foljt) efter (?:mig|mej)",
]]
FIGURES = FIGURES_OF_DEATH + OTHER_FIGURES

