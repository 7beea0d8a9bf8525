"""The writer's own suicidal thoughts, wishes and plans."""
from bot.safety.signals.words import FILLER, ME, NOT, Signal
from bot.safety.signals.words import make as _s

SIGNALS: list[Signal] = [
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
                           rf"|\baldrig vakna (?:igen|mer)|\bsomna in for gott|\bvill aldrig (?:mer )?vakna|\b(?:slippa|slipper|slapp|sluppe|slippe) vakna\b"
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
                            rf"|motande))|\b(?:svanger|svanga|styr|styra|kor|kora) (?:rakt )?(?:ut )?(?:framfor|in framfor) (?:den |forsta |en |ett )?(?:lastbil\w*|motande|tradar\w*|buss\w*|tag\w*)\b|\bkora av (?:vagen|bron|stupet)|\bstyra (?:rakt )?(?:in i|mot) (?:en |ett )?(?:lastbil\w*|motande|betongvagg\w*|bergvagg\w*|brofaste\w*|pelare\w*|trad\w*)"),
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
]
