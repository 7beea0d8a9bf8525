"""The deterministic Swedish crisis layer, checked on every message.

Safety must not rest on a statistical model alone, and it must be explainable
line by line. `assess` finds the signals of signals/ in each clause and then
asks of each one whether it counts here:

- negated ("jag vill inte dö"), or something the writer stopped or wants to
  stop ("har slutat skada mig", "sluta skära mig" as a goal);
- in the past ("för två år sen", "när jag var yngre", "2019") with nothing
  about now in the same clause;
- a topic, not the writer's own ("en film om självmord", "vi pratade om
  självskada i gruppen");
- an everyday accident ("skar mig på kniven när jag lagade mat"), a game
  ("blev dödad i fortnite"), a joke ("överdos av kaffe"), an ordinary reason to
  be on a roof ("skottar snö på taket");
- about someone else, then a crisis only when it is happening now;
- a habit or a description ("när jag mår dåligt brukar jag vilja dö"): then a
  check question at top level, and an answer where the question asked for it.

Verdicts: CRISIS (the crisis reply now), UNCLEAR (a gentle check question),
DEFUSED (crisis words that do not count here), NONE. A missed crisis is far
worse than an unneeded check, so what is not clearly defused counts.
"""
import re
from dataclasses import dataclass
from enum import Enum

from bot.safety.signals import FIGURES, FIGURES_OF_DEATH, SIGNALS, Signal
from bot.safety.signals.words import PILLS
from bot.safety.text import clauses, fold

__all__ = ["Verdict", "Assessment", "Finding", "assess", "fold", "DESCRIPTIVE_QUESTIONS"]


class Verdict(str, Enum):
    CRISIS = "crisis"
    UNCLEAR = "unclear"
    DEFUSED = "defused"
    NONE = "none"


# Form questions that ask the client to describe hard times: exhaustion or a
# habit described there is the answer, not a cry for help.
DESCRIPTIVE_QUESTIONS = frozenset({
    "wrap_triggers", "wrap_early_signs", "wrap_early_actions", "wrap_worse_signs", "wrap_safer", "wrap_crisis_helps",
    "wrap_crisis_not_helps", "wrap_after", "strengths_coping", "checkin_was_hard", "checkin_mood",
    "evaluation_start", "evaluation_happened", "evaluation_why", "evaluation_learned", "evaluation_next_time",
    "motivation_why_not_lower", "motivation_one_step_up", "dreams_difference", "dreams_meaning",
    "reflection_start", "reflection_good_bad", "reflection_learned",
})


def _words(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


NEGATOR = _words("inte", "int", "ej", "aldrig", "inga", "ingen", "inget", "knappast", "ingalunda")
CESSATION = _words("slutat", "sluta", "slutar", "slutade", "utan", "fri fran", "fri ifran", "ren fran", "klarat mig fran",
                   "undvika", "undvik", "minska", "sluppit", "slippa", "motsta", "forebygga", "stoppa", "lata bli", "lat bli",
                   "later bli", "avsta fran", "istallet for att", "i stallet for att")
NOW = _words("nu", "just nu", "ikvall", "i kvall", "idag", "i dag", "inatt", "i natt", "imorgon", "i morgon", "igen",
             "fortfarande", "redan", "snart", "i helgen", "nyss", "igar", "i gar", "i morse",
             # "precis" as just now, not as exactly ("precis sånt här stöd")
             r"precis(?! (?:som|sa|sant|sana|sadan|sadant|det|den|dar|har|vad|hur|lika|likadan|likadant|samma|nar|da)\b)", "hela tiden", "varje dag", "i detta nu",
             "den har veckan", "hela veckan", "ikvald", "ikvell", "jus nu", "tillbaka", "aterigen", "annu")
PAST = re.compile(
    # "år" and "är" are one word once folded: "för det är så tungt" is no "för två år"
    # "för en månad" alone is how long ("mat för en månad"), with "sen" it is when
    r"\bfor (?:\w+ )?(?:arn|artionden|decennier)(?: sen(?:an)?)?\b|\bfor (?:\w+ )?(?:manader|manad|veckor|vecka) (?:sen|sedan)\b|\bfor (?:\w+ )?ar (?:sen|sedan)\b"
    r"|\bfor (?:\d+|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|femton|tjugo|trettio|manga|flera|nagra|ett par|par) ar\b"
    r"|\b(?:det (?:ar|e)|(?:ar|e) det) (?:exakt |precis |nastan |snart |typ |ungefar |drygt |over )?(?:ett|tva|tre|fyra|fem|\d+|manga|flera) (?:ar|manader|veckor) (?:idag |i dag )?(?:sen|sedan)\b"
    r"|\bfor lange sen|\bforut\b"
    r"|\bforr\b|\btidigare\b|\bnar (?:jag|han|hon|hen|vi|de|dom) (?:var|va|madde|hade|bodde|gick|jobbade)\b|\bunder (?:pandemin|graviditeten|tonaren)\b|\bi tonaren|\bsom (?:tonaring|ung|barn)"
    r"|\bpa (?:hogstadiet|mellanstadiet|gymnasiet|lagstadiet)|\b(?:19|20)\d\d\b|\bforra aret|\bi fjol|\bbrukade\b"
    r"|\bunder (?:min )?(?:ungdom|uppvaxt|tonar)|\bfor ett par ar|\bsen dess\b|\bi min ungdom|\bnar jag var \d+"
    r"|\bfor \d+ ar sen|\bfor manga ar sen|\bdet var lange sen|\bpa den tiden|\bhar varit fri|\bi flera ar nu"
    r"|(?<!sen )(?<!sedan )\bi (?:vintras|somras|hostas|varas)\b|\b(?:ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|\d+) ar sen\b|(?<!sen )(?<!sedan )\bforra (?:vintern|sommaren|hosten|varen|manaden)\b|(?<!sen )(?<!sedan )\bforra (?:veckan|helgen)\b"
    r"|\boverlev(?:de|t)\b|(?<!sen )(?<!sedan )\bi (?:mandags|tisdags|onsdags|torsdags|fredags|lordags|sondags)\b"
    r"|\befter (?:mitt|ett|det) (?:sjalvmords)?forsok|\befter (?:overdosen|forsoket|sjalvmordsforsoket)\b|\bnar (?:vi|jag) (?:borjade|traffades|forst kom|var yngre|var liten)\b"
    r"|\bforsokte (?:att )?ta (?:mitt|sitt) liv|\bforsokte (?:att )?ta livet av|\bforra gangen\b"
    r"|\bhar forsokt (?:att )?ta (?:mitt|sitt) liv (?:tva|tre|fyra|flera|manga|\d+) ganger\b")  # attempts counted: a history
# A month is the past only when the clause tells it in the past ("försökte ... i januari").
MONTH = _words("en gang", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")
# "varje dag" and "hela tiden" are now only in a clause told in the present
# ("när jag var 19 ville jag dö varje dag" is over).
ONGOING = _words("varje dag", "hela tiden", "tillbaka")
PAST_TENSE = _words("ville", "var", "hade", "kande", "tankte", "brukade", "gjorde", "skar", "forsokte", "madde", "kom",
                    "berattade", "overlevt", "overlevde", "tog", "svalde", "hamnade", "blev", "lag", "horde", "sag", "fick", "akte")
TOPIC = _words(
    "film", "filmen", "filmer", "serie", "serien", "serier", "bok", "boken", "bocker", "roman", "romanen", "novell",
    "dikt", "dikten", "lat", "laten", "latar", "text", "texten", "artikel", "artikeln", "nyhet", "nyheter", "nyheterna",
    "podd", "podden", "podcast", "dokumentar", "dokumentaren", "forelasning", "forelasningen", "lektion", "lektionen",
    "lektionerna", "kurs", "kursen", "utbildning", "utbildningen", "tema", "temat", "amnet", "amne", "gruppen", "samtalsgruppen",
    "stodgruppen", "traffen", "terapin", "terapigruppen", r"pratade (?:vi |de |dom |ni )?om", "prata om",
    r"pratar (?:vi |de |dom |ni )?om", r"snackade (?:vi |de |dom )?om",
    "diskuterade", "diskutera", "handlar om", "handlade om", "lasa om", "laste om", "laser om", "skriva om", "skrev om",
    "uppsats", "uppsatsen", "forskning", "statistik", "karaktar", "karaktaren", "huvudpersonen", "rollen", "scenen",
    "avsnittet", "avsnitt", "teater", "pjas", "pjasen", "tiktok", "youtube", "video", "videon", "klipp", "klippet",
    "inlagg", "inlagget", "radio", "kampanj", "kampanjen", "forebyggande", "prevention", "volontar", "jouren",
    "stodlinje", "seminarium", "workshop", "foredrag", "foredraget", "larare", "lararen",
    "psykologen", "kuratorn", "skolan pratade", "tidningen", "reportage", "program", "programmet", "tv-programmet", "inslag", "inslaget", "mangan", "animen", "anime", "spelet handlar",
    "berattade om", "berattelse", "berattelsen", "vittnesmal", "erfarenheter av", "temakvall", "mote om", "rapport",
    "fraga rakt ut", "att fraga om", "fragar om", "forsta hjalpen", "gick igenom", "varningssignaler",
    r"delade (?:\w+ )?om", "delade med sig", "delade erfarenheter", "delade sina")
LEADING = re.compile(r"\b(?:leder|haller i|ansvarar for) (?:gruppen|traffen|samtalsgruppen)\b")  # "jag som leder gruppen"
GROUP_ROOM = _words("gruppen", "samtalsgruppen", "stodgruppen", "terapigruppen", "traffen")
TELLING_NOW = re.compile(r"\b(?:sager|berattar|skriver|viskar|grater och sager|sa precis|sager precis|sa nyss|sa just"
                         r"|berattade precis|berattade nyss|berattade just) att\b"
                         r"|\b(?:skickade|skickat|skickar) (?:ett )?(?:sms|mess|meddelande)\b|\b(?:smsade|messade)\b")
# Wounds or an act that are fresh: someone in the room is hurt now ("har färska skärsår").
FRESH = _words("farska", "farskt", "farsk")
# Asked about it and said no ("terapeuten frågade om självmordstankar och jag sa nej").
ASKED_NO = re.compile(r"\b(?:fragade|fragar|undrade|undrar)\b.{0,100}\b(?:sa|svarade|svarar|sager|saga|svara)(?: \w+){0,2} nej\b")
# Less of it than before ("jag skadar mig mindre nu") is recovery, not a crisis.
# "jag tänker ...", or the verb first with the "jag" left out, as on a phone ("tänker hoppa ...")
FIRST_INTENT = re.compile(r"\bjag (?:har )?(?:tankt|tanker|ska|vill|kommer att|planerar|bestamt mig for att)\b"
                          r"|^(?:tanker|planerar|har bestamt mig for att|ska(?! vi\b| ni\b| man\b)) ")
STOPPED_LATER = re.compile(r"\bnu (?:gor|anvander|tar|har) jag\b.{0,40}\bistallet\b|\b(?:det|detta) har jag slutat|\bhar (?:jag )?slutat med det\b|\bslutat med det\b"
                           r"|\bjag har slutat(?: nu| med det)?\s*$|\b(?:lagt|lagger) (?:det |den |\w+ )?bakom mig\b"
                           r"|\b(?:ar|e) over (?:sen|sedan) (?:\d+|lange|manga ar)|\b(?:ar|e) borta(?: nu)? (?:sen|sedan)\b|\bhar forsvunnit\b")
LESS = re.compile(r"^\W*(?:\w+ ){0,2}(?:mindre|mer sallan|allt mer sallan|inte lika (?:ofta|mycket))\b"
                  r"|^\w*\W*(?:inte|int) (?:loser|hjalper)\b")
# "idag är det tre år sen ..." dates the event; the "idag" is no now
ANNIVERSARY = re.compile(r"\bdet (?:ar|e) (?:ett|tva|tre|fyra|fem|\d+|manga|flera) (?:ar|manader|veckor) (?:idag|i dag) (?:sen|sedan)\b|\bdet (?:ar|e) (?:ett|tva|tre|fyra|fem|\d+|manga|flera) (?:ar|manader|veckor) (?:sen|sedan)\b.{0,60}\b(?:idag|i dag)\b|\b(?:idag|i dag|nu) (?:ar|e) (?:det|ha|he|de) (?:\w+ ){1,2}(?:ar|manader|veckor|dagar) (?:sen|sedan)\b"
                         r"|\bfor (?:\w+ ){1,2}(?:ar|manader|veckor) (?:sen|sedan) (?:idag|i dag)\b"
                         # the birthday of one who died: "idag hade han fyllt 25"
                         r"|\b(?:idag|i dag) (?:hade|skulle) (?:han|hon|hen|\w+) (?:ha )?fyllt\b"
                         r"|\b(?:idag|i dag|ikvall|nu) (?:ar|e) det (?:hans |hennes |\w+s )?(?:arsdag|arsdagen|dodsdag|dodsdagen)\b")
OWN = re.compile(r"\b(?:mina|mitt|min|jag har|jag far|jag kanner|mej|mig)\s*$")
EVERYDAY_STRONG = re.compile(
    r"\bav misstag|\bolycka|\bolyckshandelse|\braka(?:de|r|t)\b|\bramlade|\bramla\b|\bsnubblade|\bhalkade|\btrillade"
    r"|\bklumpig|\blagade mat|\blagar mat|\bmatlagning|\bkoket\b|\bhack(?:a|ade|ar)\b|\bnar jag skar(?! (?:mig|mej))\b|\bnar jag (?:skalade|skivade|skivar|skar upp|delade|bakade"
    r"|diskade|jobbade|snickrade|rakade|lagade|grillade|strok|stryker|tandade)|\brakhyvel|\brakade|\bsnickra|\bjobbet\b"
    r"|\bpa jobbet|\bsolbrand|\bgrillen\b|\bbrannassl|\bnasslor|\bgetingstick|\bstack mig pa\b|\bugnsplat\w*|\bgrytlapp\w*"
    r"|\bstekpann\w*|\bvattenkokar\w*|\bkastrull\w*|\bnar (?:jag|ja) (?:skulle )?(?:gjorde|gora|fixade|fixa|lagade|laga|bredde|bre) (?:lunch|middag|frukost|mat|mellanmal|mackor|macka|smorgas\w*|sallad)\b|\bbrodkniv\w*"
    r"|\bjag(?:a|ade|ar|at)(?: \w+)? (?:alg|radjur|vildsvin|hjort|hare|fagel|and)\b|\bjakt\w*|\balgjakt\w*|\bfallde (?:en|ett|min|mitt|sin|var)\b|\bslakt\w*"
    r"|\b(?:skot|skjuta|fallde|styckade|flade) (?:\w+ ){0,2}(?:alg|algen|radjur|radjuret|hjort|hjorten|vildsvin|vildsvinet|hare|haren|and|fagel|hons|honsen|gris|grisen)\b")
EVERYDAY_WEAK = re.compile(
    r"\bpa (?:en |ett )?\w*(?:ugn|plat|spis|kniv|jarn|glas|lock|kastrull|pann|grill|kokar|ljus|sax|burk|skap|dorr|kant"
    r"|element|kaffe|spik|papper|pappret|solen|teet|huvudet|vas|flask|tagg|tistel|rosbusk)\w*\b|\bi (?:fingret|fingrarna|tummen|foten|tan|knat|armbagen)\b"
    r"|\b(?:lok|loken|gronsaker|potatis|tomat|tomater|brod|brodet|morot|morotter|paprika|gurka|kartong|kartongen)\b"
    r"|\bnar jag (?:skulle|holl pa)|\b\w*(?:skalare|skalaren|rivjarn|rivjarnet|mandolin|kapsyl)\b")
DELIBERATE = re.compile(r"\bmed flit|\bmed (?:ett |en |mitt |min )?(?:rakblad|bladet|cigg|cigaretten|tandare)|\bigen\b"
                        r"|\bfor att (?:kanna|straffa|slippa|dampa|fa bort)|\bstraffa (?:mig|mej)|(?<!inte )(?<!int )(?<!inte sa )\bdjup|\bblod overallt"
                        r"|\bpa armarna|\bhandleden|\blaren\b")
GAME = _words("spelet", "spel", "spelade", "fortnite", "minecraft", "cs", "csgo", "counter", "wow", "fifa",
              "roblox", "cod", "warzone", "valorant", "apex", "schack", "matchen", "match", "tv-spelet", "tvspelet",
              "playstation", "ps5", "ps4", "xbox", "switch", "level", "banan", "bossen", "boss", "gaming", "gamea", "zelda",
              "mario", "pokemon", "pubg", "gta", "overwatch", "league", "dota", "sims", "kortspel", "monopol", "bradspel",
              "padel", "tennis", "fotboll", "innebandy", "hockey", "laget", "motstandarna", "turneringen", "elden ring",
              "dark souls", "mario kart", "lobbyn", "servern", "karaktaren dog", "respawn", "noob", "headshot", "kahoot",
              "quiz", "quizet", "kortspelet", "uno", "yatzy", "golf", "bowling", "pingis", "poker", "paintball", "laserdome",
              "lasertag", "airsoft", "dodgeball", "spokboll", "brannboll", "kubb")
HYPERBOLE = _words("kaffe", "koffein", "socker", "sockerchock", "godis", "choklad", "bullar", "kanelbullar", "glass",
                   "chips", "pizza", "tacos", "red bull", "energidryck", "energidrycker", "nocco", "te", "lask", "cola",
                   "netflix", "memes", "tiktok", "youtube", "kakor", "lakrits", "snus", "pepparkakor", "julmust", "semlor",
                   "lösgodis", "losgodis", "serier", "avsnitt", "mat", "kebab", "fika", "musik", "plugg", "jobb",
                   "vitamin", "vitaminer", "d-vitamin", "c-vitamin", "proteinpulver", "sushi", "skratt", "kärlek", "karlek",
                   "aladdin", "marabou", "daim", "kexchoklad", "praliner", "chokladask", "ask choklad", "popcorn", "munkar")
MUNDANE_PLACE = _words(
    "skotta", "skottar", "skottade", "sno", "snon", "laga", "lagar", "lagade", "antenn", "antennen", "tegel", "takpannor",
    "lacker", "solceller", "hangranna", "hangrannan", "sola", "solar", "grilla", "grillar", "fika", "fikar", "vantar pa",
    "pendeln", "pendeltag", "forsenat", "promenad", "promenerar", "cyklar", "cyklade", "cykla",
    "joggar", "springer", "jobbar", "reparerar", "malar", "tvattar", "vattnar", "blommor", "kaffe", "utsikten", "fotar",
    "fota", "bilder", "kompisar", "fest", "middag", "rokar", "roker", "lasar", "lyssnar", "tittar pa", "njuter", "fiskar",
    "fiske", "badar", "bada", "simma", "simmar", "skridskor", "stjarnorna", "solnedgangen", "takterass", "takterassen",
    "bastu", "tak bar", "takbar", "stannade", "koar", "ko", "trafik", "trafiken", "gar over", "gick over", "bilen",
    "bussen", "hundpromenad", "hunden", "takarbete", "sotare", "byggjobb", "stallning", "stallningen", "lunch", "rast",
    "ater", "at lunch")
# What no chore on a roof is said with ("det är så högt här uppe", "hoppa").
HEIGHT_CUE = re.compile(r"\bhoppa|\bta mod till mig\b|\bsamla mod\b|\b(?:sa|jatte|sjukt|fett|ganska) hogt\b|\blangt ner\b|\bkanten\b|\bsista gangen\b"
                        r"|\b(?:tittar|kollar|ser|stirrar|tittat|kollat|sett|stirrat|tittade|kollade|sag|stirrade) (?:rakt )?ner\b")
# Going into the water for pleasure ("simma" is left out: "kan inte simma" is a cue).
WATER_PLEASURE = _words("bada", "badar", "badade", "ta ett dopp", "doppa mig", "kallbada", "kallbadar", "vinterbada", "vinterbadar",
                        "fiska", "fiskar", "paddla", "paddlar", "segla", "seglar", "snorkla", "surfa", "surfar")
# A body in trouble right now: someone's overdose is no topic ("... och kan knappt prata").
EMERGENCY = re.compile(r"\b(?:sluddrar|kan knappt (?:prata|sta|andas)|svimmat|svimmar|vaknar (?:inte|int)|andas konstigt"
                       r"|gar (?:inte|int) att vacka|kraks|krakas)\b")
# Someone else's hard time told as over ("... men nu är allt bra", "det var länge sen").
OVER_FOR_THEM = re.compile(r"\b(?:hon|han|hen|de|dom) (?:mar|kanns) (?:mycket |lite )?battre\b|\b(?:o|och) mar (?:mycket |lite )?battre\b"
                           r"|\b(?:ligger|ar|e) (?:inlagd |inlagda )?pa (?:psyk|avdelningen|sjukhuset)\b|\bfatt kontakt med (?:psykiatrin|varden|en psykolog|kuratorn|en kurator)\b|\bdet var (?:lange|manga ar|flera ar) sen\b|\bnu (?:ar|e) (?:allt |det )?(?:bra|battre|over)\b"
                           r"|\b(?:dom|de|tankarna) (?:ar|e) borta(?: nu)?\b|\bnu mar (?:hon|han|hen|dom|de) (?:bra|battre)\b"
                           r"|\bfick hjalp\b|\b(?:(?:hon|han|hen|de|dom) (?:ar|e)|(?:ar|e) (?:hon|han|hen|de|dom)) (?:omhandertagen|omhandertagna|inlagd|inlagda|i trygga hander)\b|\binte (?:kanner|kanna) igen sig\b")
# Said with it, no wait for a train or chore on a roof is ordinary ("orkar int mer ... väntar på tåget").
DISTRESS = re.compile(r"\b(?:orkar|pallar|klarar) (?:inte|int) (?:mer|langre)\b(?! med)|\bvill (?:inte|int) leva\b"
                      r"|\bvill (?:bara )?do\b|\bsista gangen\b|\bforlat\b|\bingen (?:ser|marker|saknar|vet var jag ar)\b"
                      # the family told a cover story: "barnen tror jag jobbar kväll"
                      r"|\b(?:tror|tror att) (?:jag|ja) (?:jobbar|ar pa jobbet|e pa jobbet|sover|ar hos|e hos|ar ute med)\b"
                      # a secret, or a long wait there: "ingen annan behöver veta", "har stått här en timme"
                      r"|\bingen (?:annan )?(?:behover|far|ska) veta\b|\b(?:har )?(?:statt|suttit|varit) har (?:i )?(?:en|ett par|flera|\d+) timm\w*")
# A trip or a visit planned months ahead: a life going on
FUTURE_PLAN = re.compile(r"\b(?:ska|tanker|vill) (?:jag |vi )?(?:boka|aka|resa|flyga|besoka|hälsa pa|halsa pa)\b.{0,40}\b(?:i (?:januari|februari|mars|april|maj|juni|juli"
                         r"|augusti|september|oktober|november|december)|till sommaren|nasta (?:ar|sommar|manad)|om (?:en|ett par|tva|tre) manader)\b")
# Ordinary reasons to write to one's family or give things away.
FAREWELL_MUNDANE = _words("fodelsedag", "fodelsedagen", "mors dag", "fars dag", "jul", "julen", "julkort", "grattis",
                          "vykort", "semester", "semestern", "present", "kalas", "flytt", "flyttar", "flyttade",
                          "second hand", "secondhand", "myrorna", "roda korset", "loppis", "blocket", "rensade",
                          "rensar", "brevvan", "brevvanner", "tacka for", "tackkort", "brollop", "examen")
LAUGHTER = re.compile(r"(\bha(ha)+\b|\bhah\b|\bhihi|\blol\b|\blool|\bxd\b|\bskrattar|😂|🤣|😆|😅|😹|😜|🙃)", re.I)
FIRST = _words("jag", "ja", "jg", "mig", "mej", "mitt", "min", "mina")
THIRD = _words("han", "hon", "hen", "de", "dom", "andra", "personalen", "kompisen", "kompis", "min kompis", "van", "vannen", "vaninnan",
               "deltagare", "deltagaren", "nagon", "nan", "mamma", "pappa", "bror", "syster", "brorsan", "systern",
               "dottern", "sonen", "dotter", "son", "barnet", "kollegan", "klienten", "tjejen", "killen", "personen",
               "manniskor", "folk", "alla", "grannen", "sambon", "partnern", "kusin", "kusinen", "elev", "eleven",
               "klasskompis", "en tjej", "en kille", "du", "ni", "man", "karaktaren", "huvudpersonen", "kvinnan", "mannen",
               "pojken", "flickan", "gubben", "tanten", "andra", "unga", "ungdomar", "personer")
HABIT = re.compile(r"^(?:och )?(?:nar|da|om|ifall|innan)\b|\b(?:brukar|borjar|ibland|ofta|tecken|varningstecken"
                   r"|det hander att|perioder|kan (?:jag )?(?:fa|borja)|tenderar|i perioder|blir det|blir jag|gar over|kommer och gar"
                   r"|nar jag (?:vill|far lust att|kanner for att)|marker att|marker|varningssignal\w*|(?<!for )alltid|varje gang|var gang)\b"
                   r"|\binnan jag (?:hinner )?(?:skadar|skar|gor) (?:mig|mej)"
                   # what I would say, as in a plan: "ringer vården om jag säger att jag vill dö"
                   r"|\bom jag (?:sager|skriver|berattar|sa|skulle saga|borjar prata om|pratar om) att\b"
                   # what I will do next time, as in a plan: "nästa gång jag får självmordstankar ska jag ringa"
                   r"|\bnasta gang (?:jag|det|som)\b|\bom jag (?:far|skulle fa|borjar fa|skulle borja)\b")
SPECIFIC_TIME = _words("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "ikvall", "inatt", "imorgon",
                       "i morgon", "i helgen", "klockan", "kl")
# A relapse: what was over is back ("i ett år utan att skära mig, men ikväll igen").
RELAPSE = re.compile(r"\b(?:gjorde|gjort) det (?:anda|i alla fall|iaf)\b|\bigen\b|\b(?:ar|e|kommit) tillbaka\b|\btillbaka igen\b|\baterfall|\bborjat om\b|\bsom da\b|\bsamma plan\b|\bborjat planera")
# "dagens tema är återfall": the group's topic, no relapse of the writer's
RELAPSE_AS_TOPIC = re.compile(r"\b(?:tema|temat|amne|amnet|pratar om|prata om|pratade om|handlar om)\b(?: \w+){0,3} aterfall\w*")


def _relapse(text: str) -> bool:
    return bool(RELAPSE.search(RELAPSE_AS_TOPIC.sub(" ", text)))


SAID_QUOTED = r"\b(?:sa|sager|skrev|skriver|smsade|sms:ade|messade|snappade|textade)(?: typ| bara| liksom| precis| nyss| just)? ['\"«]"  # "sa typ 'det spelar ingen roll'"
# The signal inside someone's quoted words, said in a conversation (not in a film or a book).
QUOTED_OPEN = re.compile(SAID_QUOTED + r"[^'\"»]*$")
CONVERSATION = _words("pratade om", "prata om", "pratar om", "snackade om", "diskuterade", "diskutera")
INTENT_NOW = re.compile(SAID_QUOTED + r"|\bsa (?:\w+ ){1,3}att\b"  # "sa i rundan att"
                        r"|\b(?:ska|tanker|planerar|kommer att|har tagit|har svalt|sager att|skriver att|skrev att|sa att"
                        r"|hotar att|star pa|sitter pa|hoppa|hoppar|hota|vill|skrev i chatten att|skriver i chatten att|messade att"
                        r"|smsade att|har skurit|har skadat|bloder|har rivit upp|river upp|har rispat|rispar)\b")

# A habit told, then confirmed as happening now ("när jag börjar googla metoder. och det
# har jag gjort hela natten", "... och just nu tänker jag så igen").
CONFIRMED_NOW = re.compile(
    r"\b(?:blir|har blivit) (?:starkare|varre|tydligare|fler)(?: och (?:starkare|varre))? (?:for )?(?:varje dag|hela tiden|for varje dag)\b|"
    r"\b(?:idag|i dag|igar|inatt|ikvall) var det (?:riktigt |jatte|sa )?nara\b|"
    r"\b(?:just )?nu (?:tanker|kanner|gor|vill|har) jag (?:sa|det)\b|\b(?:det|sa) (?:har|gor) jag (?:gjort|tankt|kant|gjort"
    r" hela)?\b.{0,20}\b(?:hela natten|hela dagen|hela veckan|i veckan|idag|i dag|inatt|i natt|ikvall|igar|nu|just nu|igen)\b"
    r"|\bhar (?:skrivit|gjort|kopt|borjat|hittat) (?:ett|en|det|dom|dem)\b.{0,15}\b(?:igar|idag|i dag|inatt|ikvall|nu|redan|hela natten)"
    r"|\b(?:gjorde|gjort|har gjort) det (?:alldeles )?(?:nyss|precis|nu|idag|i dag|ikvall|inatt|i natt|igar|i morse)\b"
    r"|\b(?:och )?(?:dar|det) (?:ar|e) jag (?:nu|just nu)\b")

# The whole message told as the past in a sentence of its own ("... låser in mig. det hände på
# avdelningen 2015", "... två gånger, senast 2019"), with nothing about now.
PAST_TOLD = re.compile(r"\b(?:det (?:hande|var|blev) (?:\w+ ){0,4}|senast |sista gangen )(?:(?:19|20)\d\d|for \w+ (?:ar|manader) sen|forra aret|i fjol)\b"
                       r"|\bsenast (?:jag|nar jag) (?:var|hade|kande mig|madde) (?:sa )?(?:suicidal|sjalvmordsbenagen|dalig|i kris)\b")  # "senast jag var suicidal kom två poliser"

# Thoughts (not intent, plan or act), and the words that tell a habit anywhere in a message.
THOUGHTS = {"death_thoughts"}
HABIT_TOLD = _words("brukar", "ibland", "i perioder", "perioder", "varje gang", "var gang", "varningstecken", "tecken")

# The writer says it is not happening now ("det är mina tecken, inget som händer nu").
NOT_NOW = re.compile(r"\b(?:inget|inte nagot|inte nat|ingenting) som (?:hander|ar sa) (?:nu|just nu|idag)\b"
                     r"|\b(?:sa|det) (?:ar|e) det (?:inte|int) (?:nu|idag|langre)\b|\b(?:inte|int) (?:sa|sa) (?:nu|langre) (?:langre )?\s*$"
                     r"|\b(?:det )?(?:hander|galler) inte (?:nu|just nu|idag)\b|\binte aktuellt (?:nu|just nu|idag)\b")

# Tired of the questions, not of life ("orkar inte mer, kan vi avbryta"): exhaustion
# with a wish to stop or pause the questions is no check.
ABOUT_THE_QUESTIONS = re.compile(r"\b(?:kan vi|vill|ska vi|kan jag) (?:avbryta|pausa|sluta|ta en paus|ta paus|fortsatta sen)\b"
                                 r"|\b(?:vi )?(?:fortsatter|tar det|kor vidare|kor|(?:far|kan|ska) (?:fortsatta|ta det|kora vidare|kora))"
                                 r" (?:en annan gang|en annan dag|sen|senare|imorgon|i morgon)\b"
                                 r"|\b(?:fler|mer|mera) fragor\b")
# The writer says it is a joke ("skämt", an eye roll), and not "skämt åsido".
# "ahmed som alltid skämtar" tells who Ahmed is, not that the message is a joke
NOT_WHO_JOKES = r"(?<!som )(?<!alltid )(?<!jamt )"
JOKE = re.compile(r"(" + NOT_WHO_JOKES + r"\bskamt(?:ar|ade)?\b(?! asido| ut\b)|\bskojar\b|\bbara skoj\b|\bironi|\bironiskt|🙄)")
NOT_JOKING = re.compile(r"\b(?:skamtar|skojar|skamtade) (?:inte|int|ej)\b|\b(?:inget|inte(?: ett| nat| nagot| nan)?) skamt\b"
                        r"|\b(?:inte|int) (?:pa |for )?skoj\b")
# A laughed-off death wish gets a check, not the full reply ("vill dö haha").
FIGURE_PRONE = {"want_die", "take_life"}
DONE = {"overdose", "overdose_amount", "means_at_hand", "self_harm_act"}  # told as done or at hand: no joke undoes it
# no game explains these ("betalar hans hockey ... livförsäkring ... karensen går ut")
NO_PLAY = {"self_harm_act", "self_harm_word", "overdose", "overdose_amount", "means_at_hand", "insurance_checked"}
ACUTE = {s.name for s in SIGNALS if s.acute}
# Signals whose own words say who it is about (mig, mitt, sig): no subject check.
SUBJECT_IN_SIGNAL = {"farewell_after", "not_survive", "take_life", "end_life", "kill_self", "self_harm_act", "farewell", "farewell_gone", "farewell_thanks", "way_out", "voices",
                     "other_suicidal", "gone_entirely", "means_ready_alone", "dose_not_to_wake"}  # "kan man int komma utan att vara borta helt": "man" is the writer


@dataclass(frozen=True)
class Finding:
    signal: str
    kind: str
    clause: str
    reason: str | None  # why it does not count; "habit" and "usually" count as a check, "not now" and "plan" do not

    def __str__(self) -> str:
        return f"{self.signal} ({self.reason or 'counts'}): «{self.clause}»"


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    danger: bool = False
    findings: tuple[Finding, ...] = ()
    # unclear only because of thoughts told as what usually happens: a sure model may ask, not alarm
    ask_only: bool = False

    def __eq__(self, other) -> bool:  # so that `assess(x) == Verdict.CRISIS` reads naturally
        if isinstance(other, Verdict):
            return self.verdict == other
        if isinstance(other, Assessment):
            return (self.verdict, self.danger, self.findings) == (other.verdict, other.danger, other.findings)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.verdict, self.danger, self.findings))


# What helps, told as a plan to a question about what helps: others stay with me
# or keep my medicines, I call for help. Read only where the patterns found nothing.
SAFETY_PLAN = re.compile(
    r"\b(?:sitter|stannar|ar|finns|sover) (?:kvar )?(?:hos|med|bredvid) mig\b|\binte lamnar mig(?: ensam| sjalv)?\b"
    r"|\b(?:tar hand om|ta hand om|haller i|hall i|halla i|forvarar|forvara|laser in|las in|lasa in|gommer|gom|gomma"
    r"|tar bort|ta bort|delar ut|dela ut|ger mig|ge mig) (?:mina |min |mitt |alla |en )?"
    r"(?:mediciner|medicinen|medicin|tabletter|tabletterna|piller|pillren|dos|dosen|knivar|knivarna|vassa saker)\b"
    r"|\b(?:ge|ger|gav|lamna|lamnar|lamnade) (?:mina |min |mitt |alla )?(?:mediciner|medicinen|tabletter|tabletterna"
    r"|piller|pillren|knivar|knivarna) till\b"
    r"|\b(?:ringa|ringer|ringde|kontakta|kontaktar) (?:till )?(?:112|1177|90101|psykakuten|akuten|min kontaktperson|mitt ombud"
    r"|dig|ombudet|mitt ombud|boendestodjaren|min boendestodjare)\b"
    r"|\bsaga till (?:i tid|tidigt|tidigare|nan|nagon|dig|ombudet|mitt ombud|min \w+)\b"
    r"|\b(?:har|haller|forvarar|tar) (?:hand om )?(?:mina|min|mitt|alla mina) (?:mediciner|medicin|tabletter|piller|knivar)\b"
    r"|\bnyckeln till (?:vapenskapet|medicinskapet|skapet|vapnen)|\b(?:mediciner|medicinerna|tabletterna|knivarna) (?:ligger|finns|ar) hos\b"
    r"|\b(?:gett|gav|lamnat|lamnade) (?:bort )?(?:mina |min |mitt |alla )?(?:mediciner|medicinen|tabletter|tabletterna|piller|knivar|knivarna) till\b")
PLAN_QUESTIONS = frozenset({"wrap_crisis_helps", "wrap_crisis_not_helps", "wrap_early_actions", "wrap_contacts",
                            "wrap_distractions", "wrap_safer", "reflection_learned", "reflection_support",
                            "wrap_after", "evaluation_next_time", "evaluation_learned", "step_what", "step_who"})


def reads_as_safety_plan(text: str, question: str | None) -> bool:
    """An answer about what helps in a crisis, to a question asking just that."""
    return question in PLAN_QUESTIONS and bool(SAFETY_PLAN.search(fold(text)))


def _last_words(text: str, n: int) -> str:
    return " ".join(text.split()[-n:])


# Words with a negator that deny nothing of what follows ("det spelar ingen roll för jag står på bron").
NEGATING_NOTHING = re.compile(r"\b(?:finns (?:ingen|inte nan|inte nagon) knapp|(?:orkar|orkr|orka|pallar|klarar|kan) (?:inte|int|ej) (?:mer|langre)|spelar (?:ingen|inte nan|inte nagon) roll|ingen (?:vet|bryr sig|svarar|marker|ser|finns)"
                              r"|ingen (?:kommer (?:att )?|skulle |lar )(?:marka|sakna|bry sig)"
                              r"|inget (?:hjalper|spelar roll))\b")


AFTER_CONJUNCTION = re.compile(r"\b(?:och|o|men|sen|eftersom|fast|for (?:det|han|hon|de|dom|jag))\b|\bfor\s*$")


# "har inte haft tankar på att ta livet av mig": the thoughts denied, and what they were of
DENIED_THOUGHTS = re.compile(r"\b(?:inte|int|aldrig|inga)\b(?: \w+){0,3} (?:tankar|tankt|tanker|tanke|funderat|funderingar) (?:pa|om) (?:att )?$")


def _negated(signal: Signal, before: str, span: str) -> bool:
    if not signal.negative and NEGATOR.search(span):
        return True
    if signal.kind == "danger" and re.search(r"\b(?:inte|int)\s*$", before):
        return False  # "inte min man, för han är den som slår mig": the person is denied, not the violence
    if DENIED_THOUGHTS.search(before):
        return True
    if re.match(r"(?:nar|innan|medan|efter att|utan att)\b", span):
        return False  # a clause of its own: "så att dottern int ärver skulderna när jag e borta"
    # not across a conjunction: "satte inte 1 för det kändes så slutgiltigt" denies the rating, not the
    # feeling; "har aldrig levt och tänker inte fortsätta" denies nothing of the second
    window = AFTER_CONJUNCTION.split(_last_words(NEGATING_NOTHING.sub(" ", before), 4))[-1]
    negation = NEGATOR.search(window)
    # "kan inte sluta tänka på att dö", "det slutar inte, jag skar" are no denial
    return (bool(negation) and not CESSATION.search(window[negation.end():])
            and not re.search(r"\b(?:slutar|slutade|stannar|gar over)\s*$", window[:negation.start()]))


def _stopped(before: str, span: str) -> bool:
    window = _last_words(before, 4)
    found = CESSATION.search(window)
    if not found or CESSATION.search(span) or NEGATOR.match(window[found.end():].lstrip()):
        return False  # "det slutar inte" goes on
    if re.match(r"slut\w* (?:att )?ta(?: \w+)?\s*$", window[found.start():]):
        return False  # "slutade ta mina mediciner och sparade dom": the medicine stopped, not the act
    if re.search(r"\bom (?:\w+ )?(?:bara )?$", window[:found.start()]):
        return False  # "om han slutade hota mig": a wish
    ahead = before[: len(before) - len(window) + found.start()]
    return not NEGATOR.search(_last_words(ahead, 2))  # "kan inte sluta tänka på det" goes on


# a thing or a pet as the subject right before the signal: "till o med kaktusen har gett upp"
THING_SUBJECT = re.compile(r"\b(?!(?:igen|sen|sedan|hemma|dagen|kvallen|natten|morgonen|veckan|helgen|tiden|annan|innan|kroppen|hjarnan|huvudet)\b)"
                           r"\w{3,}(?:en|et|an|arna|erna|orna) (?:har|hade|ska|kommer att|kommer|vill|verkar) $")


def _subject_is_other(before: str, unclear: bool = False) -> bool:
    """The nearest subject before the signal, in its clause, is someone else."""
    if unclear and THING_SUBJECT.search(before):
        return True
    for word in reversed(before.split()[-6:]):
        if FIRST.fullmatch(word):
            return False
        if THIRD.fullmatch(word):
            return True
    return False


# Alive and well now: the "now" of a survivor story ("överlevt två försök och lever idag")
# "försökte ta livet av sig förra året o e hemma nu": home again now, the attempt is still past
ALIVE_NOW = re.compile(r"\b(?:lever|finns kvar|mar bra|mar (?:\w+ ){0,2}battre|ar glad|e glad|ar stolt|e stolt|ar tacksam|e tacksam"
                       r"|(?:ar|e) (?:hemma|hem|utskriven|utskrivna|tillbaka hemma)(?: igen)?)"
                       r"(?: \w+){0,3} (?:idag|i dag|nu|fortfarande)\b"
                       r"|\b(?:idag|i dag|nu) (?:mar|lever|ar|e) jag (?:\w+ ){0,2}(?:battre|bra|glad|stolt|tacksam|trygg)\b"
                       r"|\b(?:idag|i dag|nu) (?:ar|e) det (?:\w+ ){0,2}(?:battre|bra)\b")


# what others should not do, in a crisis plan: "skäll inte på mig för att jag har skurit mig"
INSTRUCTION = re.compile(r"\b(?:skall|skalla|skrik|bli arg|tjata)\w* (?:inte |int )?pa (?:mig|mej) (?:for att|nar|om) (?:jag )?(?:har )?$")
HYPOTHETICAL_SPEECH = re.compile(r"\bom jag (?:sager|skriver|berattar|sa|skulle saga) (?:till (?:\w+ ){1,2})?att (?:\w+ ){0,3}$")
GENERIC_OTHERS = re.compile(r"\b(?:andra|folk|manniskor|personer|unga|ungdomar|de|dom|alla) som (?:\w+ ){0,2}$")
# "om självmordstankarna kommer tillbaka": thoughts that may come, as in a plan for if they do
IF_THOUGHTS_COME = re.compile(r"\b(?:om|nar|ifall) (?:de |mina |dom )?$")
# "fråga hellre rakt ut om jag tänker ta livet av mig": how to ask, in a plan, not an intent
ASK_ME_IF = re.compile(r"\bfraga (?:mig )?(?:hellre |garna |bara |istallet |direkt |rakt ut |rakt )*om jag (?:\w+ ){0,4}$")
THOUGHT_WORD = re.compile(r"tank|impuls|sug|lust")
PLAN_FOR_IF = re.compile(r"\b(?:ringer|ringa|ring|kontaktar|kontakta|nummer|numret|krisplan\w*|plan|planen)\b")
IF_THEY_COME = re.compile(r"\s*(?:\w+ )?(?:kommer|skulle komma|blir|dyker upp|borjar|vaknar|ar tillbaka)\b")
SURVIVED = re.compile(r"\b(?:overlevde|overlevt|overlevit|klarade mig (?:igenom|fran|efter)|(?:tagit|tog) mig igenom)\s+(?:\w+\s+){0,3}$")
# Out of reach now, whatever the tense of what was told ("gick och svarar inte", "inlåst och öppnar inte").
PRESENT_BY_NATURE = {"means_replaced", "last_time_here", "back_to_edge", "survivor_guilt", "join_the_dead", "envy_the_dead", "other_locked_in"}
OUT_OF_REACH = {"other_gone", "other_locked_in", "other_to_finish"}


# "hade jag precis kommit hem": "just" in the past perfect is no now.
PLUPERFECT_JUST = re.compile(r"\bhade (?:jag |vi |hon |han )?(?:precis|nyss|just|redan)\b|\bredan hade\b"
                             # "jag var precis utskriven efter försöket 2021": just discharged, then
                             r"|\b(?:var|blev) (?:jag |vi |hon |han )?(?:precis|nyss|just) (?:utskriv\w*|hemskickad\w*|inlagd|hemkommen|klar|fardig)\b"
                             r"|\bprecis (?:sa|som|likadant|samma|vad|det)\b")  # "precis så": exactly, not just now
# "för en timme sen" is today, however past the tense.
MOMENTS_AGO = re.compile(r"\bfor (?:en|ett|\w+|\d+) (?:timme|timmar|minut|minuter|kvart) sen\b")


# Unwanted intrusive thoughts, named as such: the writer does not want what the thought says
INTRUSIVE = re.compile(r"\b(?:ocd|tvangstank\w*|tvangssyndrom\w*|patrangande tank\w*)\b")
UNWANTED = re.compile(r"\b(?:fast|trots att|aven om) jag (?:inte|int) (?:alls )?vill\b|\bvill (?:inte|int) alls\b|\bjag vill (?:inte|int) det\b")
# What a rope or a hose is for, on an ordinary day
ROPE_CHORE = re.compile(r"\b(?:bogsera|bogserar|bogserlina|baten|batar|segla|seglar|flytt\w*|surra|surrar|talt\w*|klattr\w*|tvatt\w*"
                        r"|slap\w*|kana|kanan|hopprep|vattna|vattnar|rabatt\w*|gardsplan|bilen tvattas|dragkamp)\b")
# giving things away or the pet a new home before a move, unless the move is the cover story
# ("dom tror att jag ska flytta")
MOVING = re.compile(r"\b(?:flytten|flyttlasset|flyttkartong\w*|nya (?:lagenheten|boendet)|(?<!tror att )(?<!tror )jag ska flytta|vi ska flytta|flyttar (?:till|in|ihop))\b")
GIVEN_AWAY = re.compile(r"\bbort\b|\bnytt hem\b|\bnya agare\b")
HOSE_CHORE = re.compile(r"\b(?:lacker|lackte|lacka|laga|lagade|lagar|tvattmaskin\w*|diskmaskin\w*|dammsugar\w*|vattna\w*|tradgard\w*"
                        r"|akvari\w*|pool\w*|bilverkstad\w*|besiktning\w*|mopp\w*|trimmer\w*|grasklipp\w*)\b")
# "börjar tänka på att skära mig igen", as a warning sign: the sign comes back, that is what a sign does
AGAIN = re.compile(r"\bigen\b")  # not "tillbaka": "tankarna kommer tillbaka" is told as now
# "djupare än jag brukar": this time, compared with the habit
THAN_USUAL = re.compile(r"\ban (?:jag |vad jag )?(?:brukar|vanligt|forut|nagonsin)\b")
# The negation after the act: "skadar mig inte längre", "skär mig aldrig mer".
NOT_ANY_MORE_AFTER = re.compile(r"\s*(?:inte|int|aldrig) (?:langre|lengre|mer|nagot mer|nan mer)\b")
# One more errand, and out of the window: "om jag får ett till säljsamtal så hoppar jag ut genom fönstret"
ONE_MORE_THEN = re.compile(r"\bom (?:jag (?:far|maste|ska behova|behover)|\w+ (?:skickar|ger mig|ringer med)) (?:\w+ ){0,3}(?:ett|en) (?:\w+ ){0,2}(?:till|mer)\b.{0,60}\b(?:hoppar|kastar|slanger) jag (?:mig )?ut genom fonstret")
# A threat to jump over a trifle, laughed at: "jag hoppar från balkongen om jag kuggar uppkörningen 😂"
TRIFLING_IF = re.compile(r"\bom (?:jag|ja|hon|han|hen|vi) (?:kuggar|kuggade|failar|failade|missar|forlorar|inte klarar|inte far|maste (?:\w+ )?(?:jobba|plugga|lyssna|se|titta|ga pa))\b")
# A reminder asked for the evening dose: "kan du påminna mig kl 21 varje kväll att ta 2?"
DOSE_REMINDER = re.compile(r"\bpaminn\w* (?:mig|mej)\b.{0,40}\b(?:att )?ta (?:\d+|en|ett|tva|min|mina|medicin\w*|tablett\w*)\b")
# When it was told, not when it happened: "berättade på fikat idag att han tog en överdos för tio år sen"
TOLD_TODAY = re.compile(r"\b(?:berattade|sa|sade|skrev|pratade|delade)\b(?: \w+){0,4}? (?:idag|i dag|igar|i gar|ikvall|i kvall|i morse)\b")
# Told as someone's joke: its words are the joke, not an intent.
JOKED = re.compile(NOT_WHO_JOKES + r"\b(?:skamtade|skamtar|skamtat|skojade|skojar|skojat|sa pa skamt|sa pa skoj)\b")


def _now(clause: str) -> bool:
    if MOMENTS_AGO.search(clause):
        return True
    found = [m.group() for m in NOW.finditer(PLUPERFECT_JUST.sub(" ", ALIVE_NOW.sub(" ", clause)))]
    if not found:
        return False
    if all(ONGOING.fullmatch(word) for word in found):
        return not PAST_TENSE.search(clause)
    return True


# the one who hurt the writer is on the way back to her: "han kommer hem vid sex"
COMING_HOME = re.compile(r"\b(?:han|hon|de|dom)\b (?:kommer|ar pa vag|ska komma) (?:hem|tillbaka|hit|igen)\b"
                         r"|\b(?:han|hon|de|dom)\b (?:ar|e) hemma (?:nu|just nu)\b"
                         r"|\b(?:han|hon|de|dom)\b (?:kommer|ska komma) (?:\w+ )?(?:pa )?(?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|ikvall|imorgon|i morgon|inatt|snart)\b")
# others handling the writer's means, as in a plan: "att folk räknar mina tabletter framför mig"
OTHERS_HANDLE_MEANS = re.compile(r"\b(?:folk|andra|de|dom|personalen|nan|nagon|mamma|pappa|brorsan|syrran|min \w+)\b (?:\w+ )?"
                                 r"(?:raknar|tar hand om|tar bort|gommer|forvarar|delar ut|kollar|haller)(?: i)?(?: mina| min| mitt)?\s*$")
# medicine fetched at the pharmacy, unless taken or saved up as well
PICKED_UP = re.compile(r"\b(?:hamtade|hamtat|hamtar) ut\b")
TAKEN_OR_SAVED = re.compile(r"\b(?:svalt|svalde|tagit|tog|ta|pa en gang|samtidigt|sparat|spara)\b")
OTHERS_HOLD_MY_MEANS = re.compile(r"\b(?:min|mitt|mina) \w+ (?:haller i|forvarar|tar hand om|har hand om|delar ut|har) (?:alla )?(?:mina|min|mitt)\b")
# control that goes on in the present: "han läser min snap", "jag får inte träffa kompisar"
CONTROLLED_NOW = re.compile(r"\b(?:laser|kollar|tar) (?:min|mina|alla mina) (?:snap|sms|mobil|telefon|meddelanden|mejl|chattar)\b"
                            r"|\b(?:laser|kollar|ser) (?:allt |det )(?:som )?jag skriver\b"
                            r"|\bjag (?:far (?:inte|int)|(?:inte|int) far) (?:traffa|umgas med|ses med|ga ut)\b"
                            r"|\bskriver (?:nu )?(?:nar|medan) (?:han|hon|de|dom) (?:sover|duschar|ar ute|inte ser)\b|\bsen dess har (?:han|hon|de|dom)\b")
ESCAPED = re.compile(r"\b(?:lamnade|lamnat|flydde|flytt fran|flyttade fran|flyttat fran|flyttade hemifran|flyttat hemifran|kom ifran|kom darifran|gick ifran|gick anda|gick fran (?:honom|henne|dom|de))\b"
                     # no contact any more: "han har inget med oss att göra längre"
                     r"|\b(?:han|hon|dom|de) har (?:inget|ingenting) (?:med (?:oss|mig|mej) att gora|att gora med (?:oss|mig|mej))\b"
                     r"|\b(?:har|har vi|har jag) (?:ingen kontakt|inget att gora) med (?:honom|henne|dom|dem)\b")
# safe now, after leaving: "nu bor jag", "det är tre år sen nu och jag lever mitt liv"
SAFE_NOW = re.compile(r"\bnu (?:har|bor|ar|e|mar) jag\b|\bjag lever (?:mitt (?:eget )?liv|ett nytt liv)\b"
                      r"|\b(?:ar|e) (?:\w+ ){1,2}(?:ar|manader) sen nu\b"
                      # "har egen lägenhet nu", "ingen av dom vet adressen", "känns tryggt"
                      r"|\b(?:har|fatt|fick) (?:jag )?(?:fatt )?(?:en )?(?:egen|eget|ny|nytt|skyddat?) (?:lagenhet|boende|bostad)\b(?: \w+){0,3}?(?: nu)?"
                      r"|\bingen (?:av (?:dom|dem) )?vet (?:min adress|adressen|var jag bor)\b|\bkanns (?:det )?(?:tryggt|sakert)\b"
                      r"|\bsovit hela natter\b")
# violence told as survived, or as where a trauma comes from: "överlevt krig, flykt och en man som slog mig",
# "det triggar PTSD:n från när exet slog mig"
DANGER_OVER = re.compile(r"\b(?:overlevt|overlevde|overlevit|tagit mig igenom|klarat mig igenom)\b.{0,80}\b(?:som (?:slog|hotade|misshandlade|valdtog)|vald|misshandel)"
                         r"|\b(?:ptsd\w*|trauma\w*|traumat|flashbacks?|minnen\w*)\b.{0,20}\bfran (?:nar|da|tiden)\b")
# A shift at work, told by staff: what happened to patients is no one's own crisis
WORK_SHIFT = re.compile(r"\b(?:(?:jobbigt|tufft|langt|hektiskt|lugnt) (?:natt)?pass|nattpasset|passet|jobbar (?:extra )?som|patienter\w*|pa jobbet idag|inatt pa jobbet)\b")


def _around(text: str, clause: str) -> tuple[str, str]:
    """The message before and after the clause: "en deltagare berättar att ..." in the sentence
    before, "men det va 2019" in the one after."""
    at = text.find(clause)
    return (text[:at], text[at + len(clause):]) if at >= 0 else ("", "")


# the clause dated by the next one: "hade jag självmordstankar men det va 2019"
# (not "det var länge sen jag mådde så här", which says it is now)
DATED_AFTER = re.compile(r"\W*(?:(?:men|fast) )?det (?:var|va|hande) (?:ju |typ |alltsa )?(?:(?:19|20)\d\d|lange sen|lange sedan|for (?:\w+ ){1,2}(?:ar|manader) sen|manga ar sen)\b"
                         r"(?! (?:jag|ja|som|sist|senast|man|nan|nagon)\b)")


def _sentences_of(text: str, start: int, end: int) -> str:
    """The sentences a whole-message match spans: a book told of in another sentence makes no topic of it."""
    begin = max(text.rfind(mark, 0, start) for mark in ".!?") + 1
    ends = [at for at in (text.find(mark, end) for mark in ".!?") if at >= 0]
    return text[begin:min(ends) if ends else len(text)]


# a scene told: "avsnittet där killen ska hoppa från bron"
SCENE = re.compile(r"\b(?:avsnittet|avsnitt|scenen|filmen|boken|serien|klippet|videon|kapitlet|slutet|pjasen|dokumentaren|programmet|inslaget|reportaget|podden|laten|texten) (?:dar|nar|som) (?:\w+ ){0,4}$")


def _reason(signal: Signal, clause: str, start: int, end: int, text: str) -> str | None:
    before, span = clause[:start], clause[start:end]
    # a negation or a stop does not reach across sentences (who tells it, below, does)
    near = re.split(r"[.!?,;:]", before)[-1] if signal.whole else before
    if signal.kind != "danger" and not signal.negative and NOT_ANY_MORE_AFTER.match(clause[end:]):
        return "stopped"  # "jag skadar mig inte längre"
    if signal.kind != "danger" and (ONE_MORE_THEN.search(clause) or TRIFLING_IF.search(clause)) and LAUGHTER.search(text):
        return "joke"
    if signal.name in ("overdose", "means_at_hand") and DOSE_REMINDER.search(text):
        return "everyday"
    if signal.kind != "danger" and JOKED.search(clause):
        return "joke"  # "han skämtade om att han hoppar ut genom fönstret om han får en blankett till"
    if signal.kind != "unclear" or signal.negative:
        if _negated(signal, near, span):
            return "negated"
    elif NEGATOR.search(AFTER_CONJUNCTION.split(_last_words(near, 3))[-1]):
        return "negated"  # not across "och": "minns inte o spelar ingen roll längre" denies nothing of the second
    relapse = signal.kind == "self" and _relapse(text)
    if signal.kind in ("self", "unclear") and _stopped(near, span) and not relapse:
        return "stopped"
    if signal.kind in ("self", "unclear") and ASKED_NO.search(text):
        return "negated"
    if signal.kind in ("self", "unclear") and (LESS.search(clause[end:]) or STOPPED_LATER.search(text)) and not relapse:
        return "stopped"
    if (signal.kind == "danger" and ((ESCAPED.search(text) and SAFE_NOW.search(text)) or DANGER_OVER.search(text))
            and not (_now(SAFE_NOW.sub(" ", clause)) or AGAIN.search(clause) or COMING_HOME.search(text))):
        return "past"  # not "lämnade honom, nu bor jag hos mamma, men han står utanför igen nu"
    if signal.kind in ("self", "other") and WORK_SHIFT.search(text) and not FIRST.search(clause) and not _now(ONGOING.sub(" ", clause)):
        return "topic"  # "jobbigt pass på akuten inatt. två överdoser och en som skurit sig"
    word_end = end + len(re.match(r"\S*", clause[end:]).group())  # the whole word: "självmord|stankarna"
    if (IF_THOUGHTS_COME.search(near) and THOUGHT_WORD.search(clause[start:word_end]) and IF_THEY_COME.match(clause[word_end:])
            and not _now(AGAIN.sub(" ", ONGOING.sub(" ", clause[word_end:])))):  # "kommer igen" is if, not now
        # "vilka nummer jag ringer om självmordstankarna kommer tillbaka": a plan for if they do
        return "plan" if PLAN_FOR_IF.search(text) else "habit"
    if ASK_ME_IF.search(near):
        return "plan"
    if HYPOTHETICAL_SPEECH.search(near) or INSTRUCTION.search(near):
        return "habit"  # "ringer 112 om jag säger att jag har samlat tabletter": what I might say, as in a plan
    if signal.kind == "self" and SURVIVED.search(near):
        return "past"  # "överlevde överdosen 2016 och jobbar idag som stödperson"
    told_past = (PAST.search(clause) or (MONTH.search(clause) and PAST_TENSE.search(clause))
                 or (PAST_TENSE.search(clause) and DATED_AFTER.match(_around(text, clause)[1])))
    if (signal.kind == "danger" and (AGAIN.search(clause) or COMING_HOME.search(text) or CONTROLLED_NOW.search(text))
            and not ESCAPED.search(text)):
        told_past = None  # "tog strypgrepp på mig igen i tisdags ... han kommer hem vid sex": it goes on
    if signal.name in PRESENT_BY_NATURE:
        told_past = None  # "köpte ett nytt i tisdags. Det ligger i garderoben": bought then, there now
    if told_past and (not _now(TOLD_TODAY.sub(" ", clause)) or ANNIVERSARY.search(clause)) and not relapse:
        return "past"
    told_now_by_someone = ((INTENT_NOW.search(before) and _now(clause))  # "hon säger att hon har en plan ... nu"
                           # "en deltagare berättar att hennes man har hotat ... om hon pratar om honom"
                           or (signal.kind == "danger" and re.search(r"\bvagar (?:inte|int) (?:ga|aka|komma) hem\b", clause))
                           or (signal.kind == "danger" and TELLING_NOW.search(_around(text, clause)[0] + before)
                               and not TOPIC.search(before)))
    # in the group room, someone telling it now is no topic ("en tjej i gruppen säger att hon vill dö")
    told_in_the_room = (GROUP_ROOM.search(clause) and not TOPIC.search(GROUP_ROOM.sub(" ", clause))
                        and (TELLING_NOW.search(before) or (signal.name in DONE and (_now(text) or FRESH.search(clause)))
                             or (signal.name == "other_suicidal" and EMERGENCY.search(text))
                             or signal.name in OUT_OF_REACH))
    quoted_in_conversation = (QUOTED_OPEN.search(before) or re.match(SAID_QUOTED, span)) and not TOPIC.search(GROUP_ROOM.sub(" ", CONVERSATION.sub(" ", clause)))
    own_farewell = signal.name == "farewell" and re.search(r"\b(?:mina|mitt|min)\b", span)  # "delat ut mina saker till er i gruppen"
    own_in_the_group = not TOPIC.search(GROUP_ROOM.sub(" ", LEADING.sub(" ", clause))) and FIRST.search(before + span)
    if (TOPIC.search(_sentences_of(clause, start, end) if signal.whole else clause) and not OWN.search(before) and not own_in_the_group and not FIRST_INTENT.search(before) and not told_now_by_someone
            and not own_farewell and not told_in_the_room and not quoted_in_conversation
            and (signal.name not in ("means_at_hand", "place_now", "up_on_edge") or SCENE.search(before)
                 or (_subject_is_other(before) and not INTENT_NOW.search(before) and not _now(clause)))
            and (signal.kind != "danger" or not FIRST.search(before))):
        return "topic"
    if signal.harm_act or signal.name == "self_harm_word":
        if EVERYDAY_STRONG.search(text) and not re.search(r"\bmed flit\b|\bvarje gang\b", text):
            return "everyday"
        if EVERYDAY_WEAK.search(text if signal.name == "bleeding" else clause) and not DELIBERATE.search(text):
            return "everyday"
    if (GAME.search(clause.replace("laget runt", " ")) and signal.name not in NO_PLAY
            and not signal.name.startswith("farewell")):  # "gav bort min ps5": giving away is no play
        return "game"
    if signal.name == "overdose" and HYPERBOLE.search(clause):
        return "joke"
    if signal.kind == "self" and INTRUSIVE.search(text) and UNWANTED.search(text):
        return "negated"  # "tanken att köra av vägen fast jag inte alls vill ... psykologen säger att det är ocd"
    if signal.name == "overdose" and PICKED_UP.search(clause) and not TAKEN_OR_SAVED.search(clause):
        return "everyday"  # "hämtade ut alla mina mediciner själv": picked up at the pharmacy, not taken
    if signal.name in ("means_at_hand", "overdose") and (OTHERS_HANDLE_MEANS.search(near) or OTHERS_HOLD_MY_MEANS.search(clause)):
        return "someone else"  # "min syster håller i mina tabletter": the safety plan, not means at hand
    if signal.name.startswith("farewell") and GIVEN_AWAY.search(span) and MOVING.search(text):
        return "mundane"  # "ge bort plantorna och se till att katten får ett nytt hem" before the move
    if signal.name == "exhaust_hose" and HOSE_CHORE.search(text):
        return "mundane"  # "slangen till tvättmaskinen läckte, tejpade den"
    if signal.name == "loaded_gun_here" and EVERYDAY_STRONG.search(text):
        return "everyday"  # "bössan ligger laddad i knät, vi sitter på passet och väntar på älgen": hunting
    if signal.name == "means_at_hand" and ((re.match(r"repet\b", span) and ROPE_CHORE.search(text))
                                           or (re.match(r"slangen\b", span) and HOSE_CHORE.search(text))):
        return "mundane"  # "repet ligger redan i bilen, vi ska bogsera båten"
    if (signal.name in ("place_now", "up_on_edge", "back_to_edge") and MUNDANE_PLACE.search(text) and not HEIGHT_CUE.search(text)
            and not DISTRESS.search(text)):
        return "mundane"
    if signal.name in ("risky_place", "other_suicidal") and (
            WATER_PLEASURE.search(clause) or (WATER_PLEASURE.search(text) and not DISTRESS.search(text))):
        return "mundane"  # "ska gå ut i havet och bada ikväll"
    if signal.name.startswith("farewell") and FUTURE_PLAN.search(text) and not DISTRESS.search(text):
        return "mundane"  # "har skrivit testamente så barnen slipper. Nu ska jag boka båten till Gotland i juni"
    if signal.name == "farewell" and FAREWELL_MUNDANE.search(clause) and "avskeds" not in span:  # "innan jul" in another sentence explains nothing
        return "mundane"
    if signal.name == "kill_self" and re.search(r"\b(?:han|hon|de|dom)\b (?:\w+ ){0,3}(?:skulle|ska|kommer att|kommer) $", before):
        return "someone else"  # "han sa han skulle döda mig": a threat, which the danger signals carry
    if signal.kind == "other" or (signal.kind != "danger" and signal.name not in SUBJECT_IN_SIGNAL and not FIRST.search(span)
                                    and _subject_is_other(before, unclear=signal.kind == "unclear")):
        # "hon sa att hon ville dö" is told now, unless the message says it is over
        # "hjälpa andra som vill ta sitt liv": people in general want nothing now
        intent_now = INTENT_NOW.search(clause) and not GENERIC_OTHERS.search(before)
        if LAUGHTER.search(text) and PAST_TENSE.search(span) and not _now(text):
            return "joke"  # "kompisen sa att hon ville dö för att hon missade bussen 😂"
        return None if (((intent_now or _now(clause)) and not OVER_FOR_THEM.search(text))
                        or signal.name in OUT_OF_REACH) else "someone else"
    if (signal.kind == "self" and not signal.acute and HABIT.search(clause) and not NOW.search(ONGOING.sub(" ", clause))
            and not MOMENTS_AGO.search(clause) and not THAN_USUAL.search(clause)  # "skar djupare än jag brukar"
            and not (clause.startswith("da ") and SPECIFIC_TIME.search(text))):
        return "habit"
    return None


# "inte hamna på psyk igen", "aldrig igen": a hope about the future, not "again, now";
# "kom igång igen", "blev mig själv igen": getting well again, no relapse.
NOT_AGAIN = re.compile(r"\b(?:inte|int|aldrig|ej|slippa)\b(?: \w+){0,5}? igen\b"
                       r"|\b(?:igang|pa fotter|frisk|bra|battre|mig sjalv|som vanligt|jobba|plugga|sova|ata|leva) igen\b"
                       # work again, told at length: "orkar jobba tre dagar i veckan på sågverket igen"
                       r"|\b(?:jobba|jobbar|plugga|pluggar|trana|tranar)\b(?: \w+){1,6}? igen\b"
                       # what is given back: "får ha barnen varannan vecka igen"
                       r"|\b(?:far|fick|fatt|ska fa|kan) (?:ha|traffa|se|bo med|krama|hamta|ringa) (?:\w+ ){0,4}igen\b"
                       # "igen" as a particle, no again: "känner igen mig själv", "stängde igen", "tar igen sömnen"
                       r"|\b(?:kanner|kande|kanna|kant|kanns|kandes|stanga|stanger|stangde|stangt|smallde|smallt) igen\b"
                       r"|\b(?:ta|tar|tog|tagit) igen(?= (?:mig|mej|sig|somn\w*|det forlorade)\b)")


# "skar mig igen i somras": an "igen" dated in the past by its own sentence is that past, no relapse now
# ("sen i somras" is since then, and stays now).
DATED_PAST = re.compile(r"(?<!sen )(?<!sedan )(?<!efter )\b(?:i (?:vintras|somras|hostas|varas|fjol|julas|paskas)"
                        r"|forra (?:veckan|manaden|aret|vintern|sommaren|hosten|varen)"
                        r"|i (?:mandags|tisdags|onsdags|torsdags|fredags|lordags|sondags)"
                        r"|for (?:\w+ )?(?:ar|manader|veckor) sen|(?:19|20)\d\d)\b")


def _undate_again(sentence: str) -> str:
    if (DATED_PAST.search(sentence) and (PAST_TENSE.search(sentence) or re.search(r"\b\w{3,}ade\b", sentence))
            and all(m.group() == "igen" for m in NOW.finditer(sentence))):
        return re.sub(r" ?\bigen\b", "", sentence)
    return sentence


# Phone shorthand spelled out, so the patterns need not list it: "vet nt", "om ngn märker"
SHORTHAND = {"nt": "inte", "ngn": "nagon", "ngt": "nagot", "ngnting": "nagonting", "ngon": "nagon"}
SHORTHAND_WORD = re.compile(r"\b(?:" + "|".join(SHORTHAND) + r")\b")


def _folded(text: str) -> str:
    folded = SHORTHAND_WORD.sub(lambda match: SHORTHAND[match.group()], fold(text))
    folded = NOT_AGAIN.sub(lambda match: match.group()[:-len(" igen")], folded)
    return re.sub(r"[^.!?\n]+", lambda match: _undate_again(match.group()), folded)


def findings_in(text: str) -> list[Finding]:
    folded = _folded(text)
    found = []
    for figure in FIGURES:
        folded = figure.sub(" , ", folded)
    whole = " ".join(folded.split())
    for clause in clauses(folded):
        for signal in SIGNALS:
            if signal.whole:
                continue
            for match in signal.pattern.finditer(clause):
                found.append(Finding(signal.name, signal.kind, clause,
                                     _reason(signal, clause, match.start(), match.end(), folded)))
    for signal in (s for s in SIGNALS if s.whole):
        for match in signal.pattern.finditer(whole):
            found.append(Finding(signal.name, signal.kind, whole, _reason(signal, whole, match.start(), match.end(), folded)))
    return found


def _explain(found: list, counting: list, which: set, reason: str) -> tuple[list, list]:
    """The findings `which`, read again by the whole message, no longer count: given `reason`."""
    return ([Finding(f.signal, f.kind, f.clause, reason) if f in which else f for f in found],
            [f for f in counting if f not in which])


# Medicine as prescribed and a will for the flat: the words of an overdose or farewell in a routine
ROUTINE = re.compile(r"\bbestamt (?:mig|sig) for att (?:flytta|sluta roka|sluta snusa|sluta dricka|borja|plugga|byta|ansoka|soka|aka|resa|skaffa|kopa|salja|skiljas)\b"
                     r"|\bdosett\w*|\bglom\w* (?:att )?ta (?:min |mina |mitt )?(?:\w*(?:medicin\w*|tablett\w*)|" + PILLS + r")|\b(?:tagit|tog) mina (?:tabletter|mediciner|kvallsmediciner|kvallstabletter)\W+(?:ska|nu ska) (?:jag )?(?:sova|lagga mig)\b|\b(?:tar|tagit|tog) (?:mina |min |mitt |kvalls|morgon)?(?:tabletter|tabletterna|medicin|medicinen|mediciner|meds|medsen)\b.{0,30}"
                     r"\b(?:som vanligt|efter frukost|till frukost|som jag ska|som ordinerat|enligt schemat)\b"
                     r"|\btestamente\w*\b.{0,60}\b(?:jurist\w*|advokat\w*|notarie\w*|lagenhet\w*|huset|bostadsratt\w*|arv\w*)\b"
                     r"|\b(?:jurist\w*|advokat\w*)\b.{0,60}\btestamente")
# Too tired for one more of a chore: "orkar inte en enda kartong till ikväll" (not a day, a night, a breath)
CHORE_TIRED = re.compile(r"\borkar (?:inte|int|ej) (?:en|ett) (?:enda )?(?!(?:dag|dagar|natt|natten|vecka|veckor|manad|ar|timme|minut|sekund|gang"
                         r"|morgon|kvall|andetag|runda|vinter|sommar|jul|helg)\b)\w+ (?:till|mer)\b")
# Keeping off drink or drugs, planned for: "en plan för om suget kommer", "vill inte få återfall"
RELAPSE_PLAN = re.compile(r"\bvill (?:inte|int) (?:fa |ha |ta )?(?:ett )?aterfall\b|\b(?:plan|planen|gora|gor) (?:\w+ ){0,6}om suget (?:kommer|blir)\b"
                          r"|\bnar suget (?:kommer|blir)\b.{0,40}\b(?:ringer|ringa|gar|ga|mote|motet|sponsor\w*)\b")
# Sleep that will not come, and voices that are quiet or kind: the model hears "somna" and "rösterna"
SLEEP_TROUBLE = re.compile(r"\btupplur\w*|\b(?:kan (?:inte|int) somna|somnar (?:inte|int)|svart att somna)\b.{0,60}\b(?:tips|rad|melatonin|hjalper)\b"
                           # a night without sleep: "e så slut, sov typ inget inatt"
                           r"|\b(?:sov|sovit) (?:typ |nastan |knappt |bara )?(?:inget|ingenting|knappt|daligt|skit|en timme|tva timmar|\d+ timm\w*)\b")
CALM_VOICES = re.compile(r"\b(?:rosterna|rosten)\b.{0,40}\b(?:tysta|tystare|snall\w*|stor (?:inte|int)|lugna\w*|borta)\b")
# Deaths counted on a boss or a level: "har dött typ 50 gånger på samma boss"
GAME_DEATHS = re.compile(r"\b(?:dott|dog|dor|doo)\b.{0,30}\b(?:ganger|ggr|gang)\b.{0,30}\b(?:boss\w*|level\w*|banan|niva\w*)\b")
# A fall or a knock, its bruise or its plaster: "halkade på isen och slog upp knät"
EVERYDAY_INJURY = re.compile(r"\b(?:ramlade|ramlat|halkade|halkat|snubblade|snubblat|trillade|trillat|foll|slog i|slog upp)\b.{0,80}"
                             r"\b(?:knat|knan|armbagen|handleden|foten|fotleden|huvudet|hoften|svullet|svullen|blatt|blamarke\w*|brutet|bruten"
                             r"|stukat|stukade|vardcentralen|akuten|gips\w*|plaster)\b")
REASON_TO_LIVE = re.compile(r"\bvill (?:inte|int|aldrig) att (?:\w+ ){1,3}(?:ska|skulle) (?:behova )?(?:begrava|sakna|forlora|sorja) (?:mig|mej)\b"
                            # a promise kept: "jag lovade henne efter förra gången att aldrig försöka igen"
                            r"|\blovade (?:\w+ ){0,4}att aldrig (?:mer )?(?:forsoka|gora det|gora sa)(?: igen)?\b")
# The end of a session with the bot: "tack för allt idag, det får räcka nu för den här gången"
SESSION_END = re.compile(r"\btack for (?:allt )?(?:idag|i dag|ikvall|i kvall)\b.{0,60}\bfor (?:idag|i dag|den har gangen|nu|ikvall)\b"
                         r"|\b(?:racker|racka|raccer) (?:nu |det )?for (?:idag|i dag|den har gangen|ikvall)\b")
# An intrusive thought named as OCD and met as the therapy teaches: "jag VET att det är ocd ... tankar är inte önskningar"
OCD_HANDLED = re.compile(r"\bvet (?:ju )?(?:att )?det (?:ar|e) (?:min |bara )?(?:ocd|tvangstank\w*)\b|\btankar (?:ar )?(?:inte|int) (?:ar )?onskningar\b"
                         r"|\b(?:ocd|tvangstank\w*)\b.{0,200}\bexponering\w*|\bexponering\w*\b.{0,200}\b(?:ocd|tvangstank\w*)\b")
# A high or deep place visited for the view or the catch: "köra ut till bron ikväll och fota norrskenet"
PLACE_PLEASURE = re.compile(r"\b(?:bron|dammen|klipporna|sjon|havet|taket|berget|utsiktsplatsen|stupet)\b.{0,40}\b(?:fota|fotografera|fiska|pimpla"
                            r"|(?:titta|kolla) pa (?:norrskenet|solnedgangen|soluppgangen|stjarnorna|fyrverkerierna|utsikten))\b(?!.{0,30}\bsista\b)")
# Told as no danger, or as what one means to others: "ingen fara bara sliten", "jag vet att jag betyder nåt"
NO_DANGER = re.compile(r"\bingen fara\b(?! (?:for|med) (?:dig|er)\b)|\b(?:jag vet att )?jag betyder (?:nat|nagot|mycket) for\b|\bjag vet att jag betyder (?:nat|nagot|mycket)\b")
# A song's words, not the writer's: "har en låt på repeat som går 'jag hoppar från bron ...'"
SONG = re.compile(r"\b(?:lat|laten|latar|sang|sangen|texten|refrangen)\b (?:\w+ ){0,4}(?:pa repeat|som gar|som lyder|med texten|dar (?:de|dom|hon|han) sjunger)\b")
# An accident witnessed: "såg Lisa, min hund, bli påkörd på vägen"
WITNESSED = re.compile(r"\b(?:sag|sett|ser) (?:\w+,? ){1,5}(?:bli |bliva )?(?:pakord|overkord|pakort|overkort|pakorda|skadad|ihjalkord)\b")
MEDIA_WATCHED = re.compile(r"\b(?:sag|ser|sett|tittade|tittar|kollade|kollar|laste|laser|lyssnade|lyssnar|bingade|bingear)"
                           r"(?: (?:ni|du|vi|jag|ja|nan|ngn))?(?: klart)? (?:pa |ut )?(?:sista|forsta|nya|hela|senaste|ett|en|det nya)? ?"
                           r"(?:avsnittet|avsnitt|sasongen|serien|filmen|boken|podden|dokumentaren|dokumentar|pjasen|program|programmet|reportaget|inslaget)\b")
# Means kept out of the home, as a plan: "att jag inte har rakblad hemma"
MEANS_AWAY = re.compile(r"\b(?:inte|int|inga|ingen) (?:har |ha |finns )?(?:\w+ )?(?:rakblad|knivar|vassa saker|tabletter|piller|vapen|rep|mediciner)\b (?:hemma|framme|i lagenheten|i huset|kvar hemma)\b")
# A promise not to be late again: "sista gången jag kommer för sent, lovar"
LATE_AGAIN = re.compile(r"\bsista gangen (?:jag|ja|vi) (?:kommer|ar|e|blir) (?:for )?sent?\b")
# Trains let pass for a commuter's reasons: "har låtit två tåg gå förbi för att de var så fulla"
TRAINS_FULL = re.compile(r"\b(?:tag|tagen|pendeltag\w*|bussen|bussarna|tunnelban\w*)\b.{0,60}\b(?:fulla|fullt|trangt|installt|installda|forsenat|forsenade)\b")
# A medicine's side effect: "hittade rätt medicin till slut. fast jag har gått upp 12 kg på den"
SIDE_EFFECT = re.compile(r"\b(?:biverkning\w*|gatt upp \d+ ?(?:kg|kilo)|ratt medicin)\b")
# Someone else's hard time, well now: "min son fick sin första psykos för 3 år sen ... fast han mår bra nu"
OTHER_WELL_NOW = re.compile(r"\b(?:han|hon|hen|dom|de) (?:mar|ar|e) (?:bra|battre|stabil|stabila|frisk|friska)(?: igen)? (?:nu|idag|i dag)\b")
# Venting, told as such: "jag kommer döda nån snart 😤😤 behöver bara gnälla av mig"
VENTING = re.compile(r"\bbehover (?:bara )?(?:gnalla|klaga|rasa|ventilera|pysa|skrika) av mig\b|\bville bara (?:gnalla|klaga|rasa|ventilera)\b")
# A past attempt told as the turning point: "efter försöket 2019, när jag vaknade på iva ... då ville jag leva på riktigt"
TURNING_POINT = re.compile(r"\b(?:forsoket|forsoken|sjalvmordsforsoket|overdosen|iva|intensiven)\b.{0,160}"
                           r"\b(?:(?:da|sen|efter det|dar) (?:ville|bestamde|valde) (?:jag|ja) (?:att )?(?:leva|livet)|ville (?:jag )?leva pa riktigt)\b")
# Whole-message explanations of crisis words, each with the reason it gives (a sure model may ask
# at top level; inside a form the answer is saved): a figure of death ("grannen tar livet av mig
# med borren"), a reason to live ("vill inte att min mamma ska behöva begrava mig"), a routine,
# a chore, a fall, a plan against relapse, a series or a programme watched ("såg sista avsnittet
# av Bron"), a nap, quiet voices.
EXPLANATIONS = ([(figure, "figure", "figure") for figure in FIGURES_OF_DEATH]
                + [(REASON_TO_LIVE, "reason to live", "negated"),
                   (ROUTINE, "routine", "everyday"),
                   (CHORE_TIRED, "chore", "everyday"),
                   (EVERYDAY_INJURY, "injury", "everyday"),
                   (RELAPSE_PLAN, "relapse plan", "plan"),
                   (MEDIA_WATCHED, "media", "topic"),
                   (SONG, "song", "topic"),
                   (NO_DANGER, "no danger", "everyday"),
                   (PLACE_PLEASURE, "place for pleasure", "mundane"),
                   (OCD_HANDLED, "ocd handled", "negated"),
                   (SESSION_END, "session end", "everyday"),
                   (WITNESSED, "witnessed", "someone else"),
                   (SLEEP_TROUBLE, "sleep", "everyday"),
                   (CALM_VOICES, "calm voices", "everyday"),
                   (GAME_DEATHS, "game", "game"),
                   (TURNING_POINT, "turning point", "past"),
                   (MEANS_AWAY, "means away", "negated"),
                   (LATE_AGAIN, "late again", "everyday"),
                   (TRAINS_FULL, "trains full", "everyday"),
                   (SIDE_EFFECT, "side effect", "everyday"),
                   (OTHER_WELL_NOW, "other well now", "someone else"),
                   (VENTING, "venting", "joke")])
# Hope told from the far side of it, to the group or to oneself: "jag var där du är nu för tio år
# sen ... det blev bättre. häng kvar", "för mig är det sex år nu". Not when it is back (RELAPSE).
HOPE_TOLD = re.compile(r"\bdet (?:blev|har blivit|blir|kommer att bli|kommer bli) (?:mycket |sa mycket |faktiskt |lite |sakta )?battre\b"
                       r"|\bhang kvar\b|\bge (?:inte|int) upp\b|\bdet finns hopp\b|\bdu (?:ar|e) (?:inte|int) ensam\b"
                       r"|\bjag var (?:dar|pa samma stalle som) (?:du|ni) (?:ar|e)\b|\bsatt (?:jag )?dar (?:\w+ ){0,3}(?:ni|du|er) sitter\b"
                       r"|\bdet gar att (?:komma tillbaka|ta sig ur|ta sig igenom|bli battre)\b"
                       r"|\bfor mig (?:ar|e) det (?:\w+ ){1,2}(?:ar|manader) (?:nu|sen|sedan)\b")


# Questions that look back on hard times that are over: there, what is told in the past
# tense is that story, without a date ("sen kom tankarna på att ta livet av mig").
LOOKING_BACK_QUESTIONS = frozenset({
    "reflection_start", "reflection_good_bad", "reflection_learned", "strengths_coping",
    "evaluation_start", "evaluation_happened", "evaluation_why", "evaluation_learned"})
# An act that is over by its aftermath ("tog en överdos och låg på iva i två dygn").
AFTERMATH = _words("akuten", "iva", "intensiven", "sjukhuset", "psyk", "avdelningen", "inlagd", "inlaggning", "efterat",
                   "hittade mig", "vaknade", "overlevde", "pumpade", "magpumpad", "ambulansen", "ambulans")
# Questions that ask for warning signs and what to do then: a thought told there is a sign
# ("tänker på att skada mig – ringer Emma").
SIGN_QUESTIONS = frozenset({"wrap_early_signs", "wrap_early_actions", "wrap_worse_signs"})
# The sign question answered with "just nu?", or the sign told as this week's: today's signs, not the plan's
SIGNS_TOLD_AS_NOW = re.compile(r"^\W*(?:just nu|nu|idag|i dag)\s*\?"
                               # the sign told as this week's: "har tänkt så ganska mycket den här veckan faktiskt"
                               r"|\b(?:har tankt|tanker) (?:sa|pa det|det) (?:\w+ ){0,3}(?:den har veckan|hela veckan|just nu|idag|i dag|ikvall)\b")
THINKING = re.compile(r"\b(?:tanker|tankar|tanka|tankarna|tankt|tankte) (?:pa|om) (?:att )?|\b(?:tanker|tankt|tankte|kanner|tycker) (?:typ )?att\b|\bkanns som att\b")


def _told_as_over(finding: "Finding", folded: str) -> bool:
    """In a question that looks back: the finding's clause is in the past tense and not now."""
    if finding.kind != "self" or not PAST_TENSE.search(finding.clause) or _now(finding.clause) or _relapse(folded):
        return False
    return finding.signal not in ACUTE or bool(AFTERMATH.search(folded))


PLAN_WHEN = re.compile(r"^(?:att )?(?:nar|om|ifall|da)\b.{0,80}\b(?:ska|maste|kan|vill) jag (?:\w+ )?(?:ringa|kontakta|saga till|ga till|skriva till|prata med|vacka)\b")


# Of these, only tiredness is the answer ("orkar inte så mycket just nu" to why not lower):
# they ask about motivation and meaning, not about hard times, so hopelessness gets a check.
# Asked about even where the question asks about hard times: "det blir ingen nästa gång" to next time.
ASK_ANYWHERE = {"no_next_time", "signs_now", "why_go_on", "how_long_left", "why_bother", "waiting_for_the_end"}
# "alla skulle klara sig bättre utan mig": a burden, asked about in any answer but the plan's own signs
BURDEN = {"way_out"}
TIREDNESS_ONLY_QUESTIONS = frozenset({
    "motivation_why_not_lower", "motivation_one_step_up", "dreams_difference", "dreams_meaning"})


def assess(text: str, question: str | None = None) -> Assessment:
    """The verdict on one message; `question` is the form slot it answers, if any."""
    if not text or not text.strip():
        return Assessment(Verdict.NONE)
    folded = _folded(text)
    # the explanations (EXPLANATIONS) are not among findings_in's, which are the crisis model's features
    found = findings_in(text) + [Finding(name, "self", match.group(), reason)
                                 for pattern, name, reason in EXPLANATIONS for match in pattern.finditer(folded)]
    hope = [] if _relapse(folded) else [Finding("hope", "self", m.group(), "past") for m in HOPE_TOLD.finditer(folded)]
    found += hope
    confirmed = CONFIRMED_NOW.search(folded)
    counting = [f for f in found if (f.reason is None or (f.reason == "habit" and confirmed)) and f.kind != "unclear"]
    told_now = NOW.search(ONGOING.sub(" ", folded)) or MOMENTS_AGO.search(folded)  # "för en timme sen" is now
    if PAST_TOLD.search(folded) and not told_now:
        found, counting = _explain(found, counting, {f for f in counting if f.signal not in ACUTE}, "past")
    if HABIT_TOLD.search(folded) and not told_now and not confirmed:
        # thoughts described as what usually happens: a habit, wherever in the message the "brukar" is
        found, counting = _explain(found, counting, {f for f in counting if f.signal in THOUGHTS}, "usually")
    if question in LOOKING_BACK_QUESTIONS or hope:
        # a question that looks back, or a past told as hope: what is in the past tense is that story
        # ("jag hade skrivit avskedsbrev och låg inlagd i sex veckor ... det går att komma tillbaka")
        found, counting = _explain(found, counting, {f for f in counting if _told_as_over(f, folded)}, "past")
    if question in SIGN_QUESTIONS:
        # a thought, or voices, told as the sign the question asks for ("då hör jag röster som säger ...")
        found, counting = _explain(found, counting, {
            f for f in counting if not _now(AGAIN.sub(" ", f.clause)) and ((f.signal not in ACUTE and THINKING.search(f.clause))
                                                           or (f.signal == "voices" and HABIT.search(f.clause)))}, "habit")
        # what happens when it gets worse, described in the present of a habit ("jag skadar mig oftare
        # och djupare", "googlar metoder och ger bort saker"), unless the message says it is now
        if not confirmed and not told_now:
            found, counting = _explain(found, counting, {f for f in counting if f.kind == "self" and f.signal not in ACUTE}, "habit")
    if question in PLAN_QUESTIONS:
        # "när rösterna säger åt mig att skada mig ska jag ringa psykakuten": the plan's when
        found, counting = _explain(found, counting, {
            f for f in counting if PLAN_WHEN.search(f.clause) and not _now(f.clause)}, "habit")
    if NOT_NOW.search(folded):
        # told as not now ("så är det inte nu"): what is not acute by nature is explained
        # away, so a sure model may ask but never alarm (bot/safety/decision.py)
        found, counting = _explain(found, counting, {
            f for f in found if f.kind == "self" and f.signal not in ACUTE and f.reason in (None, "habit")}, "not now")
    checks = [f for f in found if f.reason in ("habit", "usually") or (f.kind == "unclear" and f.reason is None)]
    danger = any(f.kind == "danger" for f in counting)
    joked = JOKE.search(folded) and not NOT_JOKING.search(folded)  # folded: "skämt" is "skamt"
    if counting and not danger and joked and not any(f.signal in DONE for f in counting):
        counting = []
    laughed = False
    if counting and LAUGHTER.search(text) and not danger and {f.signal for f in counting} <= FIGURE_PRONE:
        # "tar livet av mig 😂": a death wish laughed at is asked about, never alarmed at
        checks, counting, laughed = checks + counting, [], True
    if counting:
        return Assessment(Verdict.CRISIS, danger, tuple(found))
    if checks and all(f.kind == "unclear" for f in checks) and ABOUT_THE_QUESTIONS.search(folded):
        checks = []
    if checks and (question not in DESCRIPTIVE_QUESTIONS or any(f.signal in ASK_ANYWHERE for f in checks)
                   or (not question.startswith("wrap_") and any(f.signal in BURDEN for f in checks))
                   or (question in SIGN_QUESTIONS and SIGNS_TOLD_AS_NOW.search(folded))
                   or (question in TIREDNESS_ONLY_QUESTIONS and any(f.signal != "exhausted" for f in checks))):
        return Assessment(Verdict.UNCLEAR, False, tuple(found), laughed or all(f.reason == "usually" for f in checks))
    if found or LAUGHTER.search(text) or joked:
        return Assessment(Verdict.DEFUSED, False, tuple(found))
    return Assessment(Verdict.NONE)
