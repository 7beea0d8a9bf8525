"""The vocabulary the signals share, on folded text (text.fold: no å/ä/ö,
lower case), and the Signal itself."""
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


def make(name, kind, pattern, **flags) -> Signal:
    return Signal(name, kind, re.compile(pattern), **flags)

ME = r"(?:mig|mej|migsjalv|mig sjalv|mej sjalv)"
NOT = r"(?:inte|int|ej|inge)"  # "nt" is spelled out first (crisis.SHORTHAND)
FILLER = r"(?:(?:bara|liksom|typ) )?"  # "om jag bara inte fanns"
PILLS = (r"(?:tabletter|tabletterna|tabl|piller|pillren|pills|kapslar|medicin|mediciner|medicinen|medicinerna"
         r"|sovtabletter|somntabletter|alvedon|panodil|ipren|treo|sobril|stesolid|propavan|imovane|zopiklon"
         r"|atarax|lergigan|theralen|tramadol|citodon|oxikodon|oxy|xanax|paracetamol|lithium|litium|insulin"
         r"|antidepressiva|sertralin|quetiapin|seroquel|metadon|metadonet|subutex|buprenorfin|\w*tabletter|\w*tabletterna|lugnande|somnmedel|sovmedel|lyrica"
         r"|pregabalin|mirtazapin|oxascand|heminevrin|pillerna|insulinet|insulinpennorna|pennorna|meds|medsen"
         r"|lamictal|lamotrigin|valium|diazepam|rivotril|klonazepam|benzo|benzos|benso|bensos|zyprexa|olanzapin|abilify"
         r"|efexor|venlafaxin|citalopram|escitalopram|cipramil|voxra|concerta|elvanse|propranolol|morfin|morfinet|fentanyl|fentanylplaster)")
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
               r"|badkaret|perrongen|stationen|plattformen|spar(?:et|en)?|jarnvagsspar\w*|parkeringshuset|hustaket|kajen|bryggan|hamnen"
               r"|tunnelbanan|pendeln|vagen|stupkanten|trafiken|stenbrott\w*|grustag\w*)")
PLACE_CUES = (r"(?:hoppa|hoppar|hopp|slappa taget|slapper taget|kliva ner|kliver ner|ga ut framfor|gar ut framfor|lagga mig"
              r"|lagger mig|stenar i fickorna|benen utanfor|benen over|benet over|benet utanfor|inte ga tillbaka|ingen vet var jag ar|den har gangen"
              r"|sista|hogt|knakar|nasta tag|taget kommer|tag kommer|over staketet|over racket|fel sida|kasta mig|falla(?! (?:den|det|ett|en|trad\w*|bjork\w*|gran\w*|tall\w*|ek\w*))"
              r"|motorn pa|avgaser|slangen|rakbladen|rakbladet|tabletterna|ga ner under|sjunka|drunkna|inte simma|simma ut"
              r"|brister|tills den|ga ut i|godstag\w*|(?:tag|taget|tunnelbanan|pendeln|snabbtaget) som (?:inte|int) stannar|rakt ut i|kommer inte tillbaka|kommer aldrig tillbaka|\d+(?:e|:e|de|te)? vaningen|vaningen|tanker ga ut|kniven|rakbladet|blir rott|borjar bli rott)")
OTHER = (r"(?:han|hon|hen|de|dom|nagon|nan|en kille|en man|killen|mannen|min (?:sambo|kille|pojkvan|man|"
         r"make|tjej|flickvan|fru|partner|pappa|mamma|styvpappa|styvfar|styvmamma|bror|brorsa|syster|"
         r"farsa|morsa|ex|pojke|granne|chef|son|vuxna son|dotter|kontaktperson)|(?:hennes|hans|deras) (?:man|kille|sambo|pappa|ex|pojkvan)|mitt ex|exet|pappa|mamma|farsan|morsan|styvpappa|brorsan|sambon|maken|frun"
         r"|sonen|personalen|en personal|en i personalen|kontaktpersonen|dealern|langaren|grabben|pojken|svagern|svarsonen|dottern|svarmor|min svarmor|svarfar|min svarfar|svagerskan|min svagerska|grannen"
         r"|partnern|pojkvannen|flickvannen|exkillen|exmannen|exet)")
HARM_VERB = (r"(?:kloser|klost|klosa|klosat|ristar|ristat|ristade|skar|skara|skarit|skurit|skar upp|skurit upp|cuttat|cuttade|cuttar|cutta|rispa|rispat|rispade|"
             r"rispar|branna|branner|brant|brande|klost|klosta|klostat|"
             r"klosade|river|rev|rivit|skadar|skadade|skadat|skada|skada|straffade|straffar|straffat)")
