"""Someone else's suicidal intent or act, told by the writer: a crisis when it is happening now."""
from bot.safety.signals.words import MEANS, Signal
from bot.safety.signals.words import make as _s

SIGNALS: list[Signal] = [
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
    # fresh cuts shown, and it is to be finished tonight: "visar armarna, djupa färska sår ... ska göra klart det ikväll"
    _s("other_to_finish", "other", r"\b(?:sar|sarna|skar sig|skurit sig|rispat sig|skador)\b.{0,100}\b(?:han|hon|hen)\b (?:\w+ ){0,2}(?:ska|tanker|kommer att) (?:gora klart det|avsluta det|ga hela vagen)\b"
                                   r".{0,20}\b(?:ikvall|inatt|idag|nu|snart)\b", whole=True),
    _s("other_harmed_now", "other", r"\b(?:har )?(?:skadat|skurit|rispat|brant) sig\b.{0,40}\b(?:nu|bloder)\b"),
    # someone locked in with the means and not answering: out of reach now, told across sentences
    _s("other_locked_in", "other", rf"(?=.*\b{MEANS}\b)(?=.*\b(?:inlast|last in sig|lasit in sig|lasst in sig|stangt in sig|dorren (?:ar|e) last)\b)"
                                   r".*\b(?:svarar (?:inte|int)|oppnar (?:inte|int)|hors (?:inget|ingenting))\b", whole=True, negative=True),
]
