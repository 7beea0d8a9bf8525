"""Figures of speech, cut out of a message before any signal is looked for."""
import re

from bot.safety.signals.words import ME

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
    # the word between is no person: "om jag går till polisen han dödar mig" is him, not the police
    rf"(?: fran \w+| (?!(?:han|hon|hen|de|dom)\b)\w+)? (?:(?:tar|kommer att ta|kommer ta|ska ta|tog|har tagit|haller pa att ta) (?:livet av|dod pa|kal pa)|dodar|kommer doda) {ME}",
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
    r"\bborde (?:vara|va|ha varit|varit) dod (?:med|efter) (?:allt|tanke pa allt)\b",  # "med allt jag varit med om": a survivor
    r"\b(?:helt |alldeles |typ )?dod i (?:benen|armarna|kroppen|fotterna|laren|vaderna|ryggen)\b",  # "helt död i benen" after training
    r"\bkor(?:de|t|a)? (?:jag )?slut pa (?:mig|mej)\b",  # burnout: "förra hösten körde jag slut på mig"
    r"\b(?:trodde|var radd|var saker pa) (?:att )?(?:jag|vi) (?:ska|skulle|kommer att|kommer) do\b",  # fear of dying then, no wish
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
