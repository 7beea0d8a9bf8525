"""Self-harm as an act ("skar mig", "brände mig med cigg"), and its words."""
from bot.safety.signals.words import HARM_VERB, ME, Signal
from bot.safety.signals.words import make as _s

SIGNALS: list[Signal] = [
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
    # the act named, then "doing it now": "att sluta skära. gör det igen nu medan jag skriver"
    _s("harm_again_now", "self", r"\b(?:skara|skar|skada mig|skadar mig|rispa|rispar|branna mig|branner mig|cutta|cuttar)\b.{0,40}"
                                 r"\bgor (?:det|de) (?:igen )?(?:nu|just nu|medan jag skriver)\b", whole=True, harm_act=True),
    # new cuts made over the old wounds: "såren från igår gick upp i natt och jag gjorde nya ovanpå"
    _s("new_cuts_over_old", "self", r"\b(?:saren|saret|sar|skarsaren|snitten|arren)\b.{0,60}\b(?:gjorde|gjort|gor|skar|rispade) (?:jag )?(?:nya|fler|ett nytt)\b"
                                    r"|\b(?:gjorde|gjort|skar|rispade) (?:jag )?nya (?:sar|snitt|skarsar)?\s*(?:ovanpa|bredvid|over de gamla|over dom gamla)\b",
       whole=True, harm_act=True, negative=True),
]
