"""Whether the crisis reply should also carry the numbers for violence from
another person (Kvinnofridslinjen, BRIS). Only read once the crisis reply has
been chosen, so it can be wider than the danger signals that trigger it: the
model often catches "han står nedanför porten igen" without any signal, and
the person then needs those numbers as much as 112. The extra paragraph is
worded for the case ("Om någon annan skadar eller hotar dig"), so showing it
for a message that turns out to be about oneself costs little."""
import re

from bot.safety.crisis import assess
from bot.safety.text import fold

# Someone who hurts, threatens, controls or hunts the writer.
PERSON = (r"(?:han|hon|hen|dom|de|exet|ex|mitt ex|sambon|pojkvannen|flickvannen|killen|mannen|min man|maken|min fru"
          r"|pappa|farsan|styvpappa|styvpappan|brorsan|bror|farbror|morbror|kusiner|kusinerna|familjen|gaget|ganget"
          r"|langaren|grannen|kompisar|kompisarna)")
CUES = re.compile(
    rf"\b{PERSON}\b(?: \w+){{0,6}} (?:slog|slar|slagit|sla|sparkade|sparkar|hotar|hotat|hotade|hota|kastade|kasta"
    r"|laste in|laser in|lasa in|laser ytterdorren|laser dorren|tar min (?:telefon|mobil)|tog min (?:telefon|mobil)"
    r"|tagit min (?:telefon|mobil)|laser (?:allt|mina sms|min mobil)|kollar min mobil|har mitt bankkort|tar min lon"
    r"|star (?:utanfor|nere|nedanfor|vid (?:porten|dorren|fonstret|jobbet|busshallplatsen|huset|skolan)|i hallen)|stod (?:vid|utanfor|nedanfor)|statt (?:utanfor|nedanfor)"
    r"|hittat mig|(?<!den som )hittar mig|letar efter mig|ska hitta mig|tvingade|valdtog|hall mig|holl mig|straffa|gor mig illa"
    r"|gora mig illa|blir galen|slagit sonder|slog sonder|far inte (?:se|veta)|ser (?:det har|detta|att jag))\b"
    r"|\b(?:slog|slar|hotade|hotar|laste|laser|kastade|sparkade) (?:han|hon|hen|dom|de) (?:mig|in mig|pa mig)\b"
    r"|\bgommer mig (?:i|pa|under|bakom)\b|\bskriver (?:fran toan|fran kompisens|fran en vans|snabbt medan|medan (?:han|hon)"
    r"|nar (?:han|hon) (?:sover|duschar))|\blanar en vans (?:mobil|telefon)\b"
    r"|\bvagar (?:inte|int) (?:ga|aka|komma) (?:hem|ut)\b|\b(?:ar|e) dod om jag (?:inte|int)\b"
    r"|\bbensin pa mig\b|\bmed mig i\b"
    # threats and control told without a named person before them
    r"|\b(?:sa|sagt|sager|skrev|lovat) (?:att )?(?:han|hon|dom|de) (?:ska |skulle |kommer att |kommer )?(?:doda|dodar|ta livet av|skada|skadar|ta|tar|"
    r"stryp\w*|sla ihjal|slar ihjal|branna|branner|satta eld|satter eld|sticka ner)\b"
    r"|\b(?:han|hon|dom|de) (?:ska |skulle |kommer att )?(?:sticka ner|satta eld pa|branna ner|branner ner|stryp\w*) "
    r"|\b(?:redan )?(?:slagit|misshandlat|strypt|valdtagit) mig\b|\bden som slar mig\b|\btog mig (?:om|runt) halsen\b"
    r"|\b(?:inte|int) (?:kommer|komma) (?:ut )?(?:levande|overleva)\b|\btar barnen om jag\b|\bgiftas bort\b|\btagit barnens pass\b"
    r"|\b(?:kollar|laser|tog|tar|tagit) (?:min|mina|alla mina) (?:telefon|mobil|sms)\b|\blaste (?:ytterdorren|dorren)\b"
    r"|\b(?:vantar|star|stod) (?:i trappan|i trapphuset|utanfor (?:porten|dorren|huset|fonstret))\b|\bska (?:du |jag )?fa se (?:ikvall |vad som hander)"
    r"|\bvagar (?:inte|int) (?:vara|sova|oppna|ga harifran|saga nat|saga nagot)\b|\bhalla kaften\b|\bskickar bilder pa mitt fonster\b"
    r"|\bjag (?:(?:far|fick) (?:inte|int)|(?:inte|int) (?:far|fick)) (?:traffa|umgas med|ses med|prata med) (?:mina )?(?:kompisar|vanner|familjen|nagon|nan)\b"
    r"|\b(?:laser|kollar) (?:alla )?(?:mina )?meddelanden\b|\btog (?:han|hon) (?:mig|mej) (?:om|runt) halsen\b"
    r"|\bborde halsa pa (?:henne|honom|mig)\b|\bhar (?:druckit|supit) sen\b.{0,40}\bska fa se\b|\bhar vanarat\b")


def hurt_by_someone(text: str) -> bool:
    """The message tells of violence, threats or control from another person."""
    return assess(text).danger or bool(CUES.search(fold(text)))
