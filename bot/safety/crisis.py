"""Deterministic Swedish crisis patterns, checked on every message.

The intent classifier is trained on crisis messages too, but safety must not
rest on a statistical model alone. These patterns work on text folded to plain
ASCII (so "jag vill do" matches "jag vill dö") and allow common typos and
inflections. They decide one of four verdicts:

- CRISIS: suicidal thoughts, self-harm, overdose or acute danger.
- UNCLEAR: could be exhaustion or could be a crisis ("jag orkar inte mer");
  the assistant asks a gentle check question before anything else.
- FIGURATIVE: a figure of speech ("jag dör av skratt"); never a crisis.
- NONE: nothing found; the classifier's guess stands.

A missed crisis is far worse than an unneeded crisis reply, so explicit
patterns win over laughter and figures of speech.
"""
import re
import unicodedata
from enum import Enum


class Verdict(str, Enum):
    CRISIS = "crisis"
    UNCLEAR = "unclear"
    FIGURATIVE = "figurative"
    NONE = "none"


def fold(text: str) -> str:
    """Lower-case, strip diacritics (å/ä->a, ö->o), squeeze repeated letters."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ø", "o").replace("æ", "a")
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)  # "dooo" -> "doo"
    return re.sub(r"\s+", " ", text).strip()


ME = r"(mig|mej|mig sjalv|mej sjalv)"
NOT = r"(inte|int|inte|ej|nt|inge)"

# Explicit: never a figure of speech, whatever else the message says.
EXPLICIT = [
    r"s[jh]?[ae]l[fv]?\s?mord",  # självmord, sjalvmord, sjelvmord, självmordstankar
    r"\bsuicid", r"\bkms\b", r"\bkill (my ?self|me)\b", r"\bunalive",
    r"\b(want|wanna|going) to die\b", r"\bend (my life|it all)\b",
    r"\b(onskar|onskade|onskat) (att )?jag (var|vore|ar) dod",
    r"\b(bron|taket|balkongen|kanten|perrongen|sparet|stupet)\b.{0,30}\bhoppa\b(?! over)",
    rf"\bkniv.{{0,40}}{ME} sjalv",
    r"\b(rakblad|rakbladet|rakbladen|kniven|kniv|repet|snaran|tabletterna|pillren) (i handen|framme|framfor mig|redo)",
    r"\b(tabletter|tabletterna|piller|pillren)\b.{0,30}\b(framfor mig|framme|vet inte hur manga)",
    r"\b(kommer|ska|kommer att) (sla|knivhugga|skada) (mig|mej)\b",
    r"\bvagar (inte|int) (ga|aka|komma) hem",
    rf"\b(slog|slar|sla) {ME} sjalv",
    r"\b(hejda|hej da|farval)\b.{0,30}\bfor alltid",
    r"\bta(r|git)? mitt (eget )?liv\b",
    r"\b(avsluta|avslutar) (mitt (eget )?liv|livet|allt for gott)",
    r"\bgora slut pa (allt|mig|mej|mitt liv|livet)",
    r"\b(vill|ska|tanker) (bara )?sluta (att )?leva",
    r"\bom jag (var|vore) dod\b", r"\bom jag dog\b",
    rf"\bdoda {ME} sjalv|\bdodar {ME} sjalv",
    r"\b(ska|kommer att|kommer|vill|tanker|hotat att|hotar att|hotade att|forsoker) doda (mig|mej)\b",
    rf"\b(sla|slar|slog|sparka|knivhugga|skjuta) ihjal {ME}",
    r"\bhota(r|t|de)? (mig|mej)\b",
    r"\bforsoker (ta sig|bryta sig|komma) in\b",
    r"\bkniv(en)? mot\b",
    r"\bkora (ihjal (mig|mej)|in i (en |ett )?(lastbil|bil|vagg|trad|betongvagg|buss|berg))",
    r"\b(kopt|kopa|skaffat|skaffa) (ett )?rep\b",
    r"\btank\w* pa (att )?(do|doo|doden|ta livet|ta mitt liv|sjalvmord|inte leva)\b",
    rf"\b(vill|orkar|klarar|kan)( bara)? {NOT} (att )?(leva|finnas( till| kvar)?|existera|vara kvar|vakna( mer| igen)?)\b",
    r"\bvill (sova och )?aldrig (mer )?vakna",
    rf"\b(vill|orkar)( bara)? {NOT} vara (vid liv|levande)",
    r"\b(gora|gor|gjort|gjorde) (mig|mej) illa\b",
    r"\b(svalt|svalde|tagit|tog) (en )?(hel |halv )?(karta|kartor|burk|burkar|flaska) ",
    r"\b(han|hon|nagon|nan|de|dom) har (en )?(kniv|pistol|vapen)",
    r"\baldrig vakna (igen|mer)",
    r"\b(dodstankar|dods tankar)",
    r"\btankar pa att (skada|gora mig illa)",
    rf"\b(hanga|hanger|skjuta|skjuter|dranka|drankar|forgifta|strypa) {ME}",
    r"\bhoppa (framfor|ut framfor|ner pa) (ett |en )?(tag|taget|tunnelbanan|bilen|bil|bussen|spar)",
    r"\bhoppa (fran|ifran|ner fran|ut fran|ut genom) (en |ett )?(bro|bron|tak|taket|balkong|balkongen|fonster|fonstret|hustak)",
    r"\bkasta {ME} (framfor|ut)",
    rf"\b(skada|skadar|skadat|skadade|skar|skara|skurit|cutta|cuttar|cuttat|cuttade|rispa|rispar|rispat|branna|branner|brant|brande) {ME}\b",
    r"\bsj[ae]lvskad",
    r"\bover ?dos", r"\bod:?a\b", r"\bod:?ade\b", r"\bod:?at\b",
    r"\b(alla|hela|massa|manga|for manga|en hel burk|burken med|hela burken|en burk) (mina )?(tabletter|tabletterna|piller|pillren|pills|sovtabletter|somntabletter|medicin(en|er)?)",
    r"\b(svalt|svalde|svalja|svaljer) .{0,25}(tabletter|piller|medicin)",
    r"\b(tabletter|tabletterna|piller|pillren|medicin\w*) allihop",
    r"\b(tagit|tog|svalt|svalde|ta) (typ |ca |runt |kanske |over )?[1-9]\d+ (st |stycken )?(tabletter|piller|kapslar|alvedon|panodil|ipren|treo|sobril|stesolid|propavan|imovane|zopiklon|atarax|lergigan|theralen|tramadol|citodon|oxikodon|somntabletter|sovtabletter)",
    r"\b(samla|spara)(t|r|de)? (pa mig )?(tabletter|piller|medicin)",
    # a purpose: "köpt tabletter för att dö", "så jag kan dö" (not "dö av skratt")
    r"\bfor att (fa )?(do|doo|doe)\b(?! (av|utav) (skratt|tristess|langtan))",
    r"\bsa (att )?jag (kan|ska|far) (do|doo|doe)\b",
    r"\bavskedsbrev",
    r"\b(battre|lattare) (for alla )?(utan mig|om jag (var|vore) dod|om jag inte (fanns|levde)|om jag dog|om jag forsvann)",
    r"\bingen (skulle|kommer att|kommer) (sakna|marka|bry sig om) (mig|om jag)",
    r"\bingen mening (att|med att) leva",
    r"\bvill forsvinna for (alltid|gott)",
    r"\b(livet|mitt liv) (ska|far|kan) ta slut\b",
    # acute danger from someone else
    r"\b(han|hon|de|dom|nagon|nan|min (sambo|kille|tjej|man|fru|pojkvan|flickvan|pappa|mamma)|exet|mitt ex) (slar|hotar|misshandlar|ska doda|vill doda|kommer doda|kommer att doda|jagar|forfoljer) (mig|mej)",
    # "han ska ta mig" is a threat; "han ska ta mig till läkaren" is a lift.
    r"\b(han|hon|de|dom|nagon|nan|exet|mitt ex) (ska|kommer att|kommer|tanker|vill|forsoker) "
    r"(ta|skada|sla|misshandla) (mig|mej)\b(?! (till|med|pa|ut|hem|dit|in|upp|ner|runt|i|ur|sen|och|ikvall|imorgon))",
    r"\bjag (ar|e) i (akut )?fara\b",
    r"\b(blir|blev|har blivit) (slagen|valdtagen|misshandlad|hotad)",
]

# Crisis words that also occur as figures of speech: a crisis unless the
# message laughs ("haha", 😂), then a check question instead.
FIGURE_PRONE = [
    rf"\b(ta|tar|tagit|tog)( jag)? liv\w{{0,2}} av {ME}",
    r"\b(vill|ska|tanker|kommer att|planerar|funderar pa att|ville|borde|bara)( \w+){0,2} (do|doo|doe|doden)\b",
    r"\bvill vara dod\b", r"\bvill inte leva\b",
]

# Exhaustion that may or may not be a crisis.
UNCLEAR = [
    rf"\b(orkar|klarar|pallar|palla|kan|orka)( bara)? {NOT} (av )?(det har |detta |med (nagot|nanting|nat|allt|livet) )?(mer|langre|lenge|lengre)\b",
    rf"\b(orkar|klarar|pallar|palla|orka)( bara)? {NOT} med (livet|allt)\b",
    rf"\bvill {NOT} (vara med )?(mer|langre)\b",
    r"\btappat (allt )?hopp",
    rf"\b(kan|klarar) {NOT} ta (det har |detta )?(mer|langre)",
    r"\bkanns (helt |sa |bara )?hopplost",
    r"\bvill (bara )?(forsvinna|ge upp|sova for (evigt|alltid))",
    r"(?<!aldrig )(?<!inte )(?<!int )(?<!ej )\b(ger|gett|gav) upp\b",  # not "aldrig ger upp"
    r"\b(allt|allting|livet) (ar|kanns|e) (meningslost|hopplost|svart|over)",
    r"\bstar (inte|int) ut\b",
    r"\bingen ide (langre|lenge|lengre|att fortsatta)",
    r"\bvill( bara)? att (allt|det) ska (ta slut|vara over|sluta)",
    r"\bingen mening med (livet|nagonting|nanting|nagot|nat|allt)",
    r"\bvill bara bort\b",
    r"\btrott pa (livet|att leva)",
]

# Figures of speech (a thing, not a person, "takes the life" of the writer; the
# writer "dies" of laughter), someone else's death (grief, not danger), and
# everyday talk about medicine.
FIGURATIVE = [
    rf"\b(det( har| dar)?|detta|den har|jobbet|skolan|plugget|tentan|tentorna|varmen|hettan|kylan|tristessen|ungarna|barnen|chefen|trafiken|kon|kylan|vantan|traningen|ryggen|huvudvarken|deadlines?) (tar|kommer att ta|kommer ta|ska ta|tog) livet av {ME}",
    r"\b(dor|dog|doo|do) (av|utav) (skratt|tristess|langtan|nyfikenhet|varme|hetta|hunger|torst|skam|pinsamhet|gullighet|sotma|trotthet)",
    r"\bskratta(r|de)? (ihjal|mig ihjal)",
    r"\bdods ?trott", r"\bdodstrist", r"\bdodsskont",
    r"\b(skulle )?doda for (en|ett|lite)",
    r"\b(kill(ing|ed|ade|ar|a)?|slay(ing|ed|ade)?) (it|det)\b",  # "killing it på gymmet"
    r"\bdods(sugen|gott|bra|kul|snygg|nervos|radd for)",
    r"\b(min|mitt|mina|hans|hennes|var|vart|deras) \w+ (har )?(dog|dott|avled|avlidit|gick bort|somnade in)\b",
    r"\b(mamma|pappa|mormor|morfar|farmor|farfar|hunden|katten|vaxten|blomman|blommorna) (har )?(dog|dott|avled|gick bort|somnade in)\b",
    r"\bglom(de|t|mer)? (att )?ta (mina |min |mitt )?(tabletter|medicin|piller|medicinen)",
    # Someone taking the writer along ("hon tar mig med på bio", "ta mig till
    # läkaren"): only these words are cut, so "... och döda mig" still counts.
    r"\b(ta|tar|tog|tagit)( med)? (mig|mej) (med|till|pa|hem|ut)\b",
]

LAUGHTER = re.compile(r"(\bha(ha)+\b|\bhah\b|\bhihi|\blol\b|\bxd\b|\bskratt|😂|🤣|😆|😅|😹)", re.I)


def _any(patterns, text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def assess(text: str) -> Verdict:
    if not text:
        return Verdict.NONE
    t = fold(text)
    if _any(EXPLICIT, t):
        return Verdict.CRISIS
    # Cut out figures of speech, then look at what is left: "min mamma dog och
    # jag vill dö" is still a crisis.
    rest = t
    for pattern in FIGURATIVE:
        rest = re.sub(pattern, " ", rest)
    laughing = bool(LAUGHTER.search(text))
    if _any(FIGURE_PRONE, rest):
        return Verdict.UNCLEAR if laughing else Verdict.CRISIS
    if _any(UNCLEAR, rest):
        return Verdict.UNCLEAR
    # A figure of speech, or laughing with no crisis words at all ("haha jag
    # dog"): whatever the classifier makes of it, it is not a crisis.
    if rest != t or laughing:
        return Verdict.FIGURATIVE
    return Verdict.NONE
