#!/usr/bin/env python3
"""Build a German functional test suite for hate-speech classifiers (HateCheck-style).

Writes cases.csv next to this script. Standard library only, deterministic (fixed seed).
All texts were written for this suite; licence CC0.

Template syntax
  {pl}    plural without article           (Flüchtlinge, Schwule, trans Menschen)
  {art}   nominative/accusative with "die" (die Flüchtlinge, die Schwulen)
  {dat}   dative with "den"                (den Flüchtlingen, den Schwulen)
  {w}     weak plural without article      (Flüchtlinge, Schwulen)  -> after ihr/alle/diese/keine
  {datw}  dative plural without article    (Flüchtlingen, Schwulen) -> after allen/diesen
  suffixes: _cap (first letter upper), _up (ALL CAPS), _lc (all lower case)
  {slur}  plural slur (slur_h only), {ng} non-protected group (target_group_nh only)
  {user}  an @handle of another user
  [word]  marks a key hateful word; brackets are removed, the word may be perturbed
          by the spelling functionalities (together with the inserted group word).
"""
import csv
import os
import random
import re
import sys
from collections import Counter, OrderedDict

SEED = "blind7-2024"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.csv")
ID_PREFIX = "b7_"
N_TEMPLATED = 32          # target size of a templated functionality
N_SPELL = 30              # cases per spelling functionality
PER_GROUP_SPELL = 3

GROUPS = ["women", "trans", "gay", "black", "disabled",
          "muslims", "refugees", "jews", "roma", "migrants"]
OTHER_TARGETS = ["individual", "object", "nonprotected", "none"]


def F(pl, art, dat, rough=False, polite=False):
    return {"pl": pl, "art": art, "dat": dat, "rough": rough, "polite": polite}


# Group word forms. rough=True: pejorative/colloquial, only used in hateful cases (and quoted hate).
# polite=True: careful/official wording, used less often in hateful cases.
FORMS = OrderedDict([
    ("women", [F("Frauen", "die Frauen", "den Frauen"),
               F("Weiber", "die Weiber", "den Weibern", rough=True)]),
    ("trans", [F("trans Menschen", "die trans Menschen", "den trans Menschen"),
               F("Transleute", "die Transleute", "den Transleuten"),
               F("Transpersonen", "die Transpersonen", "den Transpersonen", polite=True)]),
    ("gay", [F("Schwule", "die Schwulen", "den Schwulen"),
             F("Homosexuelle", "die Homosexuellen", "den Homosexuellen"),
             F("schwule Männer", "die schwulen Männer", "den schwulen Männern")]),
    ("black", [F("Schwarze", "die Schwarzen", "den Schwarzen"),
               F("schwarze Menschen", "die schwarzen Menschen", "den schwarzen Menschen", polite=True)]),
    ("disabled", [F("Behinderte", "die Behinderten", "den Behinderten"),
                  F("Menschen mit Behinderung", "die Menschen mit Behinderung",
                    "den Menschen mit Behinderung", polite=True)]),
    ("muslims", [F("Muslime", "die Muslime", "den Muslimen"),
                 F("Moslems", "die Moslems", "den Moslems", rough=True)]),
    ("refugees", [F("Flüchtlinge", "die Flüchtlinge", "den Flüchtlingen"),
                  F("Geflüchtete", "die Geflüchteten", "den Geflüchteten", polite=True),
                  F("Asylbewerber", "die Asylbewerber", "den Asylbewerbern"),
                  F("Asylanten", "die Asylanten", "den Asylanten", rough=True)]),
    ("jews", [F("Juden", "die Juden", "den Juden"),
              F("jüdische Menschen", "die jüdischen Menschen", "den jüdischen Menschen", polite=True)]),
    ("roma", [F("Roma", "die Roma", "den Roma"),
              F("Sinti und Roma", "die Sinti und Roma", "den Sinti und Roma")]),
    ("migrants", [F("Migranten", "die Migranten", "den Migranten"),
                  F("Ausländer", "die Ausländer", "den Ausländern"),
                  F("Zuwanderer", "die Zuwanderer", "den Zuwanderern")]),
])

# Slurs (plural) by target group, for slur_h.
SLURS = [
    ("women", "Fotzen"), ("women", "Schlampen"),
    ("trans", "Transen"),
    ("gay", "Schwuchteln"), ("gay", "Tunten"),
    ("black", "Neger"), ("black", "Bimbos"),
    ("disabled", "Spastis"), ("disabled", "Mongos"), ("disabled", "Krüppel"),
    ("muslims", "Musels"), ("muslims", "Kameltreiber"),
    ("refugees", "Asylanten"), ("refugees", "Asylschmarotzer"),
    ("jews", "Saujuden"),
    ("roma", "Zigeuner"),
    ("migrants", "Kanaken"), ("migrants", "Tschuschen"), ("migrants", "Kümmeltürken"),
]

# Non-protected groups (plural), for target_group_nh.
NONPROTECTED = ["Politiker", "Banker", "Immobilienmakler", "SUV-Fahrer", "Influencer",
                "Bayern-Fans", "Schalke-Fans", "FDP-Wähler", "AfD-Wähler", "Querdenker",
                "Radfahrer", "Tesla-Fahrer", "Lobbyisten", "Vermieter", "Golfer", "Hipster"]

USERS = ["Tobi_89", "mausi_kat", "Bergfex73", "lena_schr", "RealKlartext", "Hansi_W",
         "zuerigirl", "Wiener_Melange", "kevin.k", "Dani_HH", "sunnyside_77", "Grantler_AT"]


def T(text, groups=None):
    return {"text": text, "groups": groups}


# --------------------------------------------------------------------------------------
# Templated functionalities (group slots). Each spec: templates + hand-written extras.
# --------------------------------------------------------------------------------------
SPECS = OrderedDict()

SPECS["derog_neg_emote_h"] = dict(kind="group", templates=[
    T("Ich [hasse] {art}."),
    T("Ich kann {art} einfach nicht ausstehen."),
    T("{art_cap} [widern] mich an 🤮🤮"),
    T("ICH [HASSE] {art_up}!!!"),
    T("mich [ekeln] {art_lc} so unglaublich an"),
    T("Bei {dat} krieg ich echt das [Kotzen]."),
    T("Nichts auf der Welt [verabscheue] ich so sehr wie {art}."),
    T("Wenn ich {art} schon seh, könnt ich [brechen] 😡"),
    T("Mein [Hass] auf {art} wird jeden Tag größer. #reichtjetzt"),
    T("@{user} ganz ehrlich, {pl} find ich einfach nur [widerlich]"),
    T("Ich hab so nen [Hass] auf {art}, das glaubt ihr gar nicht!!"),
    T("{pl_cap} sind mir zutiefst [zuwider]. Ekelhaft."),
], hand=[
    ("refugees", "Jedes Mal wenn ich am [Flüchtlingsheim] vorbeilauf, könnt ich kotzen. Ich hasse dieses Pack."),
    ("gay", "Wenn ich [Schwulenpärchen] Händchen halten seh, wird mir schlecht 🤢 einfach nur eklig"),
    ("women", "Dieses ganze [Weibergequatsche] im Büro kotzt mich so an, ich kann Frauen echt nicht ausstehen 😤"),
    ("jews", "Ich verabscheue [Juden] aus tiefstem Herzen, und das sag ich auch laut."),
])

SPECS["derog_neg_attrib_h"] = dict(kind="group", templates=[
    T("{pl_cap} sind alle [dreckig] und faul."),
    T("{art_cap} sind einfach [dumm], da kann man nix machen."),
    T("{pl_cap} sind von Natur aus [kriminell]."),
    T("alle {w_lc} sind [asozial] punkt"),
    T("{art_up} SIND DAS [LETZTE]!!!"),
    T("Typisch {pl}… [verlogen] und hinterhältig wie immer 🙄"),
    T("{pl_cap} sind [primitiv] und gewalttätig, das weiß doch jeder."),
    T("{art_cap} sind eine [Belastung] für jede Gesellschaft. #wahrheit"),
    T("sorry aber {pl_lc} sind einfach zu [blöd] für alles"),
    T("{pl_cap} sind [hinterhältig], faul und nutzlos."),
    T("Jeder weiß doch, dass {art} [Schmarotzer] sind, die nur abkassieren wollen."),
    T("@{user} {pl} sind halt [dreckig], ist einfach so. Schau dich mal um."),
], hand=[
    ("refugees", "Jedes [Flüchtlingsheim] ist ein Drecksloch voller Krimineller."),
    ("women", "Die [Frauenquote] bringt nur unfähige Tussis in die Chefetage, weil Frauen halt nix können."),
    ("roma", "In [Romasiedlungen] wohnen doch eh nur Diebe und Bettler."),
    ("migrants", "[Ausländerkinder] sind faul, laut und lernen nix, siehts doch jeder Lehrer."),
])

SPECS["derog_dehum_h"] = dict(kind="group", templates=[
    T("{pl_cap} sind [Ungeziefer]."),
    T("{art_cap} sind [Tiere], nichts anderes."),
    T("{art_cap} sind keine Menschen, sondern [Parasiten]."),
    T("{pl_cap} = [Ratten]. Punkt."),
    T("{art_up} SIND [PARASITEN] 🐀🐀"),
    T("{art_lc} sind doch nur [abschaum], menschlicher müll"),
    T("Für mich sind {pl} bloß [Vieh]."),
    T("{art_cap} vermehren sich wie die [Karnickel] und fressen uns alles weg."),
    T("{pl_cap} sind ein [Krebsgeschwür] an unserer Gesellschaft."),
    T("Wie [Kakerlaken] sind {art}, überall krabbeln sie rum 🤮"),
    T("{pl_cap}? Das sind [Affen], keine Menschen."),
    T("{art_cap} sind eine [Seuche] für dieses Land."),
], hand=[
    ("refugees", "Das [Flüchtlingsheim] ist kein Heim, das ist ein Stall voller Tiere."),
    ("jews", "Das [Judenpack] ist wie Ratten, damals wie heute."),
    ("roma", "Diese [Romasiedlung] ist ein einziges Rattennest."),
    ("disabled", "[Behindertenheime] sind Aufbewahrungsstätten für lebensunwertes Leben."),
])

SPECS["derog_impl_h"] = dict(kind="hand", hand=[
    ("women", "[Frauen] gehören halt an den Herd und nicht in den Vorstand."),
    ("women", "Seit der [Frauenquote] geht's mit der Firma bergab. Komisch, oder? 🙄"),
    ("women", "Kaum sitzt ne [Frau] am Steuer, stehen alle im Stau. Zufall? 😂"),
    ("trans", "Ich lass meine Tochter nicht in ein Schwimmbad, wo [Transleute] in die Damenumkleide dürfen. Man weiß ja nie."),
    ("trans", "[Trans] ist doch nur ne Modeerscheinung, in zehn Jahren bereuen die das alle."),
    ("trans", "Bald dürfen bärtige [Transfrauen] in jede Damensauna, herzlichen Glückwunsch an alle Mütter."),
    ("gay", "[Schwule] als Erzieher im Kindergarten? Da lass ich mein Kind lieber daheim."),
    ("gay", "Komisch, dass bei so vielen Missbrauchsfällen am Ende ein [Schwuler] dahintersteckt."),
    ("gay", "Die [Schwulenlobby] bestimmt inzwischen, was unsere Kinder in der Schule lernen."),
    ("black", "Seit die [Schwarzen] bei uns im Haus wohnen, schließ ich mein Fahrrad zweimal ab."),
    ("black", "Ein [schwarzer] Arzt? Da hol ich mir lieber ne Zweitmeinung."),
    ("black", "[Schwarze] können halt gut rennen und tanzen, für alles andere brauchts dann doch uns."),
    ("disabled", "[Behinderte] kosten halt nur und bringen nix zurück, sorry is so."),
    ("disabled", "Früher hätte man [Behinderte] gar nicht erst zur Welt kommen lassen, und so schlecht war das nicht."),
    ("disabled", "Die [Behindertenwerkstatt] ist doch nur ne teure Beschäftigungstherapie auf unsere Kosten."),
    ("muslims", "Wieder ein Messerangriff. Ratet mal, ob der Täter [Muslim] war 🙄"),
    ("muslims", "Sobald in nem Dorf die erste [Moschee] steht, kannst den Weihnachtsmarkt vergessen."),
    ("muslims", "[Muslime] lächeln dich an, bis sie in der Mehrheit sind. Dann wirst schon sehen."),
    ("refugees", "Komisch, seit das [Flüchtlingsheim] da ist, schließen alle im Dorf ihre Autos ab."),
    ("refugees", "Schutzsuchende [Flüchtlinge] mit dem neuesten iPhone und Markenklamotten, is klar 😂"),
    ("refugees", "Meine Oma kriegt 900 Euro Rente und die [Asylbewerber] ne voll eingerichtete Wohnung. Noch Fragen?"),
    ("jews", "Banken, Medien, Hollywood – überall die gleichen Familien. Aber über [Juden] darf man ja nix sagen 😉"),
    ("jews", "[Juden] und Geld, mehr muss man dazu nicht sagen."),
    ("jews", "Die [jüdische] Lobby hat die Regierung doch längst in der Tasche."),
    ("roma", "Wenn die [Roma] auf den Campingplatz kommen, hol ich die Wäsche lieber rein."),
    ("roma", "Bei uns sind jetzt [Roma] in den Block gezogen. Ab heute wird alles abgeschlossen, auch der Keller."),
    ("roma", "[Romakinder] in der Fußgängerzone: Die eine Hand bettelt, die andere ist in deiner Tasche."),
    ("migrants", "In der Klasse meiner Tochter sind 80 % [Migranten], kein Wunder, dass da keiner mehr was lernt."),
    ("migrants", "[Ausländer] kriegen die Wohnungen, wir Einheimischen dürfen zuschauen. Schöne neue Welt."),
    ("migrants", "Seit die ganzen [Zuwanderer] da sind, trau ich mich abends nicht mehr in den Park."),
])

SPECS["threat_dir_h"] = dict(kind="group", templates=[
    T("Ich werde {art} alle [abknallen]."),
    T("Ich bring {art} alle um, wenn ich die Chance krieg."),
    T("Wir kriegen euch {pl}, verlasst euch drauf 🔪"),
    T("Ihr {w} seid bald dran, wartet nur ab 🔪"),
    T("Nächste Woche [fackeln] wir eure Häuser ab, ihr {w}."),
    T("Ich schwör, wenn ich {art} wieder vor meiner Tür seh, [stech] ich zu."),
    T("ICH MACH {art_up} ALLE [KALT]!!! 🔪🔪"),
    T("Ich werde {art} eigenhändig [aufknüpfen]."),
    T("Wir kommen heut Nacht, und dann gibts für {art} kein Morgen mehr."),
    T("bald [erwischt] es euch {pl_lc}, und zwar richtig"),
    T("Ich hab ne [Knarre] zuhause, und die erste Kugel ist für euch {pl}."),
    T("@{user} ich werd euch {pl} [vernichten], jeden Einzelnen."),
], hand=[
    ("refugees", "Wir haben schon Benzin besorgt, heut Nacht brennt das [Flüchtlingsheim]."),
    ("muslims", "Freitag beim Gebet stehen wir vor eurer [Moschee], dann fließt Blut."),
    ("gay", "Nächstes Mal wenn ihr eure [Schwulenparade] macht, fahr ich mit dem Auto rein."),
    ("women", "Ich kenn die Adresse von eurem [Frauenhaus], und ich komm vorbei. Mit Messer."),
])

SPECS["threat_norm_h"] = dict(kind="group", templates=[
    T("{art_cap} sollte man alle [erschießen]."),
    T("{pl_cap} gehören [vergast]."),
    T("Man müsste {art} alle [aufhängen]."),
    T("{pl_cap} sollten [ausgerottet] werden."),
    T("Am besten stellt man {art} einfach an die Wand."),
    T("{art_up} GEHÖREN [AUFGEHÄNGT]!!!"),
    T("ganz ehrlich, {pl_lc} sollte man [erschlagen] und fertig"),
    T("Man sollte {dat} die Häuser überm Kopf [anzünden]."),
    T("Das Beste wär, {art} alle ins Meer zu werfen. Mit Gewichten dran."),
    T("Ab ins Lager mit {dat}, und dann Tür zu."),
    T("Jemand sollte {art} endlich mal alle [totschlagen]."),
    T("@{user} {pl} muss man [ausrotten], da gibts keine Diskussion."),
], hand=[
    ("refugees", "[Flüchtlingsheime] gehören abgefackelt, und zwar alle."),
    ("jews", "Jede [Synagoge] sollte man anzünden, wie damals."),
    ("roma", "Man sollte die [Romasiedlung] einfach plattwalzen, mit allen drin."),
    ("gay", "Die [Schwulenbars] gehören alle in die Luft gesprengt."),
])

SPECS["slur_h"] = dict(kind="slur", templates=[
    T("Ich will keine {slur} in meiner Straße."),
    T("Schon wieder hängen lauter {slur} am Bahnhof rum."),
    T("{slur_cap} haben hier nichts verloren."),
    T("Mein Vermieter hat die Wohnung unten an {slur} vergeben. Danke für nix."),
    T("In der Klasse meines Sohnes sind jetzt auch {slur}, na super 🙄"),
    T("{slur_up} RAUS!!!"),
    T("typisch {slur_lc}, was anderes kann man von denen nicht erwarten"),
    T("Die {slur} vom Block gegenüber sind schon wieder laut."),
    T("Überall nur noch {slur}, wo soll das bitte hinführen? #Deutschland"),
    T("@{user} mit deinen {slur}freunden kannst du gleich mit abhauen"),
], hand=[])

SPECS["slur_homonym_nh"] = dict(kind="hand", hand=[
    ("disabled", "Der Verkehr auf der A1 wurde durch den Unfall stundenlang behindert."),
    ("disabled", "Die Sicht war durch den Nebel stark behindert, deshalb haben wir die Tour abgebrochen."),
    ("disabled", "Freistoß, weil der Verteidiger den Stürmer im Strafraum behindert hat ⚽"),
    ("disabled", "Die Bauarbeiten haben den Zugang zur Haltestelle wochenlang behindert."),
    ("disabled", "Der Schnee hat gestern den Zugverkehr im ganzen Kanton behindert."),
    ("disabled", "Unser Haus hat ein Krüppelwalmdach, sieht echt schön aus."),
    ("disabled", "Oben an der Baumgrenze wachsen nur noch Krüppelkiefern."),
    ("disabled", "Ab 2000 Meter gibts nur noch Latschen und Krüppelholz, dann Geröll."),
    ("disabled", "Der alte Apfelbaum im Garten ist total verkrüppelt, der muss leider raus."),
    ("disabled", "Nach dem Schlaganfall hat meine Oma eine Spastik im Arm, aber die Physio hilft."),
    ("gay", "Homo sapiens ist die einzige noch lebende Art der Gattung Homo."),
    ("gay", "Wir lesen in Deutsch gerade Homo faber von Max Frisch, zieht sich ziemlich 😅"),
    ("gay", "Im Museum gibts ne neue Ausstellung zum Homo erectus, sehr empfehlenswert."),
    ("gay", "Der Homo oeconomicus ist halt nur ein Modell, echte Menschen ticken anders."),
    ("gay", "In Bio hatten wir heute Homo habilis und den Neandertaler."),
    ("black", "Heute gibts Mohrrübensuppe nach Omas Rezept 🥕"),
    ("black", "Hab im Garten dieses Jahr sooo viele Mohrrüben geerntet!"),
    ("black", "Wusstet ihr, dass Joseph Mohr den Text von Stille Nacht geschrieben hat?"),
    ("black", "Unser Hund ist ein Mischling aus Labrador und Schäferhund, der liebste Hund der Welt ❤️"),
    ("black", "Im Tierheim sitzen so viele süße Mischlinge, adoptiert doch mal einen!"),
    ("black", "Unsere Mischlingskatze Minka ist heute 15 geworden 🎂"),
    ("migrants", "Zwei Wochen Urlaub auf Fidschi, das Wasser ist der Wahnsinn 🏝️"),
    ("migrants", "Fidschi hat beim Siebener-Rugby schon wieder Gold geholt, krasse Mannschaft."),
    ("migrants", "Die Hauptstadt von Fidschi heißt Suva, hab ich heute beim Pubquiz gelernt."),
    ("women", "Opa spielt an Weihnachten immer auf seinem Fotzhobel, herrlich 😂"),
    ("women", "Bei uns im Dorf läuft an der Fasnet wieder die Hexenzunft mit, Gänsehaut pur!"),
    ("women", "Meine Tochter geht an Halloween als Hexe, Kostüm selbst gebastelt 🧙‍♀️"),
    ("women", "Die Ziegen auf dem Hof von meinem Onkel haben Junge bekommen 🐐"),
    ("women", "Wer kann mir beibringen, wie man Fotzhobel spielt? Hab einen vom Flohmarkt 😄"),
    ("disabled", "Die Opposition wirft der Regierung vor, die Aufklärung gezielt zu behindern."),
])

SPECS["slur_reclaimed_nh"] = dict(kind="hand", hand=[
    ("gay", "Ich bin ne stolze Schwuchtel und das bleibt auch so 🏳️‍🌈"),
    ("gay", "Wir Tunten lassen uns den CSD nicht kaputtmachen, jetzt erst recht 💅"),
    ("gay", "Als alte Kampflesbe sag ich euch: Kämpfen lohnt sich ✊"),
    ("gay", "Wir Homos feiern heute unseren 10. Jahrestag, Prost Schatz 🥂"),
    ("gay", "Bin seit 20 Jahren die Oberschwuchtel vom Dorf und liebe es 😂"),
    ("gay", "Schwul? Ja. Tunte? Mit Begeisterung. Noch Fragen? 💖"),
    ("gay", "Wir Homos vom Chor proben heute wieder, kommt vorbei! 🎶"),
    ("gay", "Schwuchteln aller Länder, vereinigt euch! 🏳️‍🌈😂"),
    ("trans", "Ja, ich bin ne Transe, und ich seh heute verdammt gut aus 💃"),
    ("trans", "Unser Transenstammtisch ist heute ab 19 Uhr, bringt gute Laune mit! 🏳️‍⚧️"),
    ("trans", "Wir Transen halten zusammen, egal was die Leute sagen ❤️"),
    ("trans", "Transe und stolz drauf 🏳️‍⚧️ Wer's nicht mag, scrollt weiter."),
    ("women", "Wir Schlampen gehen am Samstag wieder auf die Straße! #SlutWalk"),
    ("women", "Wir sind die Enkelinnen der Hexen, die ihr nicht verbrennen konntet 🔥✊"),
    ("women", "Ja, ich bin eine Emanze, und zwar eine glückliche 😎"),
    ("women", "Powerweiber-Abend mit meinen Mädels, genau das hab ich gebraucht 🍷"),
    ("women", "Wir Weiber vom Stammtisch haben heute mehr Bier getrunken als die Männer 🍺😂"),
    ("women", "Schlampen-Brunch mit den Mädels, bester Sonntag 😂🥂"),
    ("disabled", "Wir Krüppel lassen uns nicht mehr verstecken – Krüppelpower! ♿"),
    ("disabled", "Als Krüppel mit Humor sag ich: Die Treppe ist mein Erzfeind, nicht ihr 😂"),
    ("disabled", "Krüppel-Stammtisch war heut wieder legendär, danke an alle Rollifahrer*innen!"),
    ("disabled", "Die Krüppelbewegung hat mehr für uns erreicht als jede Behörde. Stolz, ein Krüppel zu sein."),
    ("migrants", "Wir Kanaken aus Neukölln halten zusammen, Digga 💯"),
    ("migrants", "Kanak Sprak ist unsere Sprache, Bruder, und wir sind stolz drauf."),
    ("migrants", "Bin halt ein Kanake mit Abi und Uni-Abschluss, deal with it 😎"),
    ("migrants", "Wir Tschuschen aus Favoriten machen das beste Grillfest der Stadt 🔥"),
    ("migrants", "Als Gastarbeiterkind und stolzer Kanake sag ich: Danke Mama, danke Papa ❤️"),
    ("muslims", "#Kopftuchmädchen mit Doktortitel, grüßt euch 👋🧕"),
    ("muslims", "Wir Kopftuchmädchen schreiben gerade die besten Noten im Jahrgang 😉"),
    ("muslims", "Stolzes Kopftuchmädchen, Ingenieurin und Mama. Geht doch."),
])

SPECS["profanity_h"] = dict(kind="group", templates=[
    T("[Scheiß] {pl}, alle miteinander."),
    T("{art_cap} können mich mal am [Arsch] lecken."),
    T("[Verpisst] euch endlich, ihr {w}!"),
    T("{art_up} SIND SO EIN [DRECKSPACK]!!! 🤬"),
    T("[Fickt] euch, ihr {w}."),
    T("Diese [verfickten] {w} gehen mir so auf den Sack."),
    T("{pl_cap} sind echt das [beschissenste] Pack überhaupt."),
    T("[scheiß] auf {art_lc}, die sollen sich alle verpissen"),
    T("@{user} deine geliebten {w} sind allesamt [Arschlöcher]"),
    T("{art_cap} sind allesamt verdammte [Drecksäcke]."),
    T("Ich hab die Schnauze voll von diesen {datw}, elendes [Drecksvolk]."),
    T("{pl_cap}? [Scheißpack], jeder Einzelne."),
], hand=[
    ("muslims", "Scheiß [Kopftuchweiber], verpisst euch zurück in eure Wüste."),
    ("refugees", "Die ganzen [Asylanten] können mich mal kreuzweise, verdammtes Schmarotzerpack."),
    ("women", "Scheiß [Frauenquote], die Weiber sollen einfach ihre Fresse halten."),
])

SPECS["profanity_nh"] = dict(kind="hand", target="none", hand=[
    "Scheiße, schon wieder den Bus verpasst 🤬",
    "Verdammt, ich hab meinen Schlüssel in der Wohnung liegen lassen.",
    "Heilige Scheiße, habt ihr das Tor in der 90. gesehen?!?!",
    "Fuck, mein Akku ist schon wieder leer.",
    "boah ist das arschkalt heute 🥶",
    "Was für ein geiles Konzert gestern, verdammt nochmal!!!",
    "Scheiß drauf, heute wird Pizza bestellt 🍕",
    "Ach du Kacke, morgen ist ja schon wieder Montag.",
    "Leck mich fett, was für ein Gewitter da draußen ⛈️",
    "Zefix, jetzt hob i mei Handy im Zug vergessen",
    "Gopfertami, scho wieder Räge am Wuchenend 🙄",
    "Heast, is des a Schas heut mit dem Wetter",
    "Ich hab so verdammt viel Hunger, ich könnt ein ganzes Schwein essen.",
    "Scheiße, wie schön ist bitte dieser Sonnenuntergang 😍",
    "Fuck yeah, endlich Urlaub!!! ✈️",
    "Mist, die Milch ist schon wieder abgelaufen.",
    "Oida, des war echt a scheiß Tag heute",
    "Kacke, hab die Deadline voll verpennt.",
    "Ich bin so scheißmüde, gute Nacht Leute.",
    "Verfickte Hitze, 35 Grad im Büro und keine Klimaanlage 🥵",
    "Da hab ich mir beim Warten echt den Arsch abgefroren.",
    "Herrgott nochmal, wo ist die Fernbedienung schon wieder?",
    "Scheißegal, Hauptsache wir sind im Finale!!! 🏆",
    "Shit, ich hab vergessen, die Pflanzen zu gießen.",
    "Zum Teufel, warum ist schon wieder Freitag und ich hab nix geschafft?",
    "Das war echt ein beschissener Start in die Woche, aber egal, weiter gehts 💪",
    "Ich hab mir für die Prüfung so den Arsch aufgerissen und jetzt BESTANDEN!!! 🎉",
    "Verdammte Axt, schon wieder Stau vorm Gotthard.",
    "Scheißwetter heute, ich bleib im Bett ☔",
    "Heilige Mutter Gottes, ist das ein Scheißberg an Wäsche.",
])

SPECS["ref_subs_clause_h"] = dict(kind="group", templates=[
    T("Ich hab genug von {dat}, weil sie alle nur [Abschaum] sind."),
    T("Ich kenne viele {pl}, und sie sind alle gleich [dreckig]."),
    T("Man sieht {art} überall, obwohl sie nichts als [Ungeziefer] sind."),
    T("Mein Nachbar meint, {art} seien okay, aber sie sind einfach nur widerliche [Parasiten]."),
    T("Ich mag {art} nicht, weil sie alle [dreckig] und verlogen sind."),
    T("Immer wenn ich {art} seh, denk ich mir, dass sie alle [weggesperrt] gehören."),
    T("es gibt in meiner stadt viel zu viele {pl_lc} und sie sind alle [asozial]"),
    T("Die Politik holt immer mehr {pl} ins Land, obwohl sie nur Gewalt und [Dreck] bringen.",
      groups=["refugees", "migrants", "muslims", "roma"]),
    T("{art_cap} tun immer so harmlos, dabei sind sie eine [Gefahr] für alle."),
    T("Ich hab nix gegen {pl}, solange sie weit weg von mir [verrecken]."),
    T("WER {art_up} VERTEIDIGT, HAT NICHT KAPIERT, DASS SIE [TIERE] SIND!!!"),
    T("{art_cap} wollen Respekt, dabei sind sie das [Allerletzte] 🙄"),
], hand=[])

SPECS["ref_subs_sent_h"] = dict(kind="group", templates=[
    T("Ich kenne {pl}. Sie sind alle gleich: [faul] und verlogen."),
    T("Redet mir nicht von {dat}. Die sind doch alle nur [Abschaum]."),
    T("{art_cap}? Sie sind einfach nur eine [Plage]."),
    T("Schon wieder ein Artikel über {art}. Ehrlich, sie [widern] mich einfach nur an."),
    T("Mein Chef will {pl} einstellen. Dabei weiß doch jeder, dass sie [faul] und dumm sind."),
    T("Alle reden über {art}. Sie sind der Grund, warum dieses Land vor die Hunde geht 😡"),
    T("hab heute ne doku über {art_lc} gesehen. sie sind echt das [allerletzte]"),
    T("Ihr fragt, was ich von {dat} halte? Sie sind [Ungeziefer]. Punkt."),
    T("Wieder was über {art} in den Nachrichten. Die sind einfach menschlicher [Müll]. #sorrynotsorry"),
    T("Toleranz für {art}? Nein danke. Sie sind eine [Schande] für dieses Land."),
    T("@{user} du verteidigst {art}?? Die sind doch alle [kriminell]!!!"),
], hand=[])

SPECS["negate_pos_h"] = dict(kind="group", templates=[
    T("{pl_cap} sind nicht intelligent."),
    T("{art_cap} sind überhaupt nicht liebenswert."),
    T("{pl_cap} verdienen keinerlei Respekt."),
    T("Ich werde {dat} niemals vertrauen."),
    T("{art_cap} sind kein bisschen ehrlich."),
    T("{pl_cap} sind definitiv keine Bereicherung für unser Land."),
    T("nee, {pl_lc} haben hier nichts gutes zu bieten, gar nichts"),
    T("Ich find {art} nicht mal ansatzweise normal 🙄"),
    T("{art_up} SIND HIER NICHT WILLKOMMEN!!!"),
    T("Niemand braucht {art} hier."),
    T("Es gibt keine anständigen {w}. Keine."),
    T("@{user} ich hab noch nie was Gutes von {dat} erlebt, und das wird sich auch nie ändern."),
], hand=[])

SPECS["negate_neg_nh"] = dict(kind="group", templates=[
    T("{pl_cap} sind nicht dümmer als alle anderen."),
    T("Ich hasse {pl} nicht. Warum auch?"),
    T("Niemand sollte {pl} wie Dreck behandeln."),
    T("{pl_cap} sind keine Gefahr für unser Land."),
    T("Ich hab absolut nichts gegen {pl}, im Gegenteil."),
    T("{pl_cap} sind KEINE Kriminellen, hört endlich auf mit dem Mist!"),
    T("es stimmt einfach nicht dass {pl_lc} faul sind"),
    T("Ich würd nie behaupten, dass {pl} weniger wert sind als andere."),
    T("{pl_cap} verdienen es nicht, ständig beleidigt zu werden."),
    T("Nein, {pl} sind nicht das Problem. Das Problem ist der Hass auf sie."),
    T("@{user} {pl} sind doch nicht eklig, was stimmt mit dir nicht?"),
    T("Ich finde {pl} überhaupt nicht schlimm, warum auch 🤷"),
], hand=[])

SPECS["phrase_question_h"] = dict(kind="group", templates=[
    T("Warum sind {art} alle so [dumm]?"),
    T("Ist es nicht offensichtlich, dass {art} nichts als [Abschaum] sind?"),
    T("Warum gibt es {pl} überhaupt noch?"),
    T("Sind {art} eigentlich zu [blöd] für alles oder tun die nur so? 🙄"),
    T("wann kapiert endlich jeder dass {pl_lc} [parasiten] sind???"),
    T("Wieso sollte man {dat} auch nur ein Wort glauben, wo die doch eh alle [lügen]?"),
    T("Kann mir mal einer erklären, warum {art} so [ekelhaft] sind?"),
    T("Warum [stinken] {art} eigentlich immer so?"),
    T("@{user} echt jetzt? Du findest {art} NICHT [widerlich]?? 🤮"),
    T("Wer braucht in diesem Land bitte noch {pl}, diese [Schmarotzer]??"),
    T("Wie lange wollen wir uns {art} eigentlich noch gefallen lassen???"),
    T("Sind {pl} überhaupt richtige Menschen?"),
], hand=[])

SPECS["phrase_opinion_h"] = dict(kind="group", templates=[
    T("Ich finde, {art} sind einfach nur [Abschaum]."),
    T("Meiner Meinung nach sind {pl} weniger wert als andere Menschen."),
    T("mMn sind {pl_lc} zu [dumm] für alles"),
    T("Ich bin der Meinung, dass {art} eine [Plage] sind."),
    T("Ich glaub echt, {pl} sind von Grund auf [böse]."),
    T("Für mich persönlich sind {pl} das [Letzte]."),
    T("Ich denke, man kann {dat} einfach nicht trauen, die sind alle [verlogen]."),
    T("Sorry, aber ich find {art} [ekelhaft]. Meine Meinung 🤷"),
    T("Ehrlich gesagt halte ich {art} für [minderwertig]."),
    T("Ist halt meine Meinung: {pl} sind ein [Krebsgeschwür]. #meinungsfreiheit"),
    T("Ich persönlich finde {pl} [widerlich] und steh dazu."),
], hand=[])

SPECS["ident_neutral_nh"] = dict(kind="group", templates=[
    T("Bei uns im Haus wohnen auch {pl}."),
    T("Wie viele {pl} leben eigentlich in Österreich?"),
    T("Gestern kam ne Doku über {pl} auf Arte."),
    T("In meinem Verein spielen auch ein paar {pl} mit."),
    T("Weiß jemand, ob es in Zürich ne Beratungsstelle für {pl} gibt?"),
    T("Der Artikel heute in der Zeitung ging um {pl} in der Schweiz."),
    T("hab grad gelesen dass {pl_lc} bei der umfrage anders abgestimmt haben als erwartet"),
    T("Meine Masterarbeit schreib ich über {pl} im ländlichen Raum."),
    T("@{user} gibts eigentlich Zahlen dazu, wie viele {pl} in Bayern wohnen?"),
], hand=[
    ("women", "Die Frauenquote im Bundestag liegt gerade bei etwa einem Drittel."),
    ("refugees", "Das Flüchtlingsheim in unserer Straße wird nächstes Jahr saniert."),
    ("disabled", "Vorm Supermarkt gibts jetzt zwei Behindertenparkplätze mehr."),
    ("jews", "Die jüdische Gemeinde lädt am Sonntag zum Tag der offenen Tür in die Synagoge ein."),
    ("muslims", "Wann fängt dieses Jahr eigentlich der Ramadan an? Mein muslimischer Kollege will Schichten tauschen."),
    ("migrants", "Der Integrationskurs für Zuwanderer startet im März an der VHS."),
    ("roma", "Am 8. April ist der Internationale Tag der Roma."),
    ("trans", "Das Selbstbestimmungsgesetz betrifft vor allem trans und nicht-binäre Menschen."),
    ("gay", "Am Samstag ist CSD in Köln, die Schwulen- und Lesbenverbände laufen vorne mit."),
    ("black", "Im Museum läuft grad ne Ausstellung über die Geschichte Schwarzer Deutscher."),
])

SPECS["ident_pos_nh"] = dict(kind="group", templates=[
    T("{pl_cap} sind großartig ❤️"),
    T("{pl_cap} bereichern unsere Gesellschaft so sehr."),
    T("Bin so froh, dass es bei uns im Verein so viele {pl} gibt. Macht alles viel bunter 👍"),
    T("{pl_up} SIND DER HAMMER!!! 💪"),
    T("Die tollsten Leute, die ich kenne, sind {pl}."),
    T("Respekt an alle {w}, die jeden Tag so viel leisten 👏"),
    T("ehrlich, {pl_lc} sind einfach tolle leute"),
    T("Ohne {pl} wär dieses Land um einiges ärmer."),
    T("Ich bewundere {pl} für ihre Stärke, echt."),
], hand=[
    ("women", "Die Frauen-EM war der Wahnsinn, so stolz auf unsere Mädels! ⚽❤️"),
    ("refugees", "Das Flüchtlingscafé bei uns im Viertel ist echt einer der schönsten Orte der Stadt ❤️"),
    ("gay", "Das Schwulen- und Lesbenzentrum hier macht so tolle Arbeit, danke euch!"),
    ("disabled", "Die Leute aus der Behindertenwerkstatt haben unsere neuen Gartenbänke gebaut und die sind top 👍"),
    ("jews", "Die Jüdischen Kulturtage waren mega, nächstes Jahr bin ich wieder dabei!"),
    ("roma", "Die Roma-Band auf dem Stadtfest war der absolute Höhepunkt 🎻🔥"),
    ("migrants", "Ohne die Migrantenvereine würd bei uns im Ort gar nix laufen. Danke!"),
    ("muslims", "Die Moscheegemeinde hat beim Hochwasser so viel geholfen, Hut ab 🙏"),
    ("black", "Schwarze Künstlerinnen prägen die deutsche Musikszene grad wie niemand sonst 🎶"),
    ("trans", "Hab gestern beim Transgender-Stammtisch so liebe Leute kennengelernt 🏳️‍⚧️"),
])

SPECS["counter_quote_nh"] = dict(kind="group", forms="h", templates=[
    T("„{art_cap} sind Abschaum“ – wer sowas postet, sollte sich schämen."),
    T("Wenn du sagst „Ich hasse {pl}“, dann sagt das mehr über dich aus als über sie."),
    T("Ich bin fassungslos, dass hier Leute schreiben „{pl} gehören vergast“. Gemeldet."),
    T("@{user} „{pl_cap} sind Parasiten“?? Gehts noch? Das ist widerliche Hetze."),
    T("„Alle {w} sind kriminell“ – nein, einfach nein. Hör auf mit dieser Hetze."),
    T("Mein Onkel meinte beim Essen „{pl} sind dreckig“, und ich hab ihm gesagt, dass das menschenverachtend ist."),
    T("Sätze wie „{art_cap} sind Tiere“ haben in diesem Forum nichts zu suchen."),
    T("Wer „Tod allen {datw}“ an die Wand sprüht, gehört angezeigt. Punkt."),
    T("Nein, „{pl} sind weniger wert“ ist keine Meinung, sondern Menschenverachtung."),
    T("Unterm Video steht hundertmal „{pl_up} RAUS“ und keiner löscht es. Peinlich."),
], hand=[
    ("refugees", "„Flüchtlingsheime gehören abgefackelt“ – so fing es schon in Rostock-Lichtenhagen an. Nie wieder!"),
    ("women", "„Frauen gehören in die Küche“ – echt jetzt? Solche Sprüche sind einfach nur frauenfeindlich und peinlich."),
])

SPECS["counter_ref_nh"] = dict(kind="group", templates=[
    T("Dieser Hass auf {pl} hier in den Kommentaren ist einfach nur widerlich."),
    T("Wer {pl} beleidigt, wird von mir gemeldet. Punkt."),
    T("Ich kann diese ganze Hetze gegen {pl} nicht mehr lesen 😡"),
    T("Was ihr hier über {pl} schreibt, ist menschenverachtend. Schämt euch!"),
    T("Leute, hört auf, {pl} zum Sündenbock für alles zu machen."),
    T("Der Kommentar über {pl} weiter oben ist einfach nur ekelhaft, bitte löschen @Moderation"),
    T("@{user} dein Post über {pl} ist purer Hass, und das weißt du auch."),
    T("Solidarität mit allen {datw}, die hier jeden Tag angepöbelt werden ❤️ #keinplatzfürhass"),
    T("echt traurig wie viele leute hier gegen {pl_lc} hetzen und denken das wär normal"),
    T("Wer bei Witzen über {pl} mitlacht, macht sich mitschuldig. Sorry, is so."),
], hand=[
    ("refugees", "Der Brandanschlag aufs Flüchtlingsheim war rechter Terror und kein Dummejungenstreich. Punkt."),
    ("jews", "Die Schmierereien an der Synagoge sind eine Schande für unsere Stadt. Wir stehen an eurer Seite ❤️"),
    ("women", "Dass Frauen unter jedem Frauenfußball-Video beleidigt werden, ist einfach nur armselig."),
    ("disabled", "Wer über Behinderte herzieht und dann noch den Behindertenparkplatz zuparkt, hat echt nix kapiert."),
])

SPECS["target_obj_nh"] = dict(kind="hand", target="object", hand=[
    "Dieser Drucker ist das nutzloseste Stück Scheiße, das ich je gekauft hab.",
    "Ich hasse diesen Wecker so sehr 😡",
    "Mein Laptop ist der letzte Dreck, stürzt jeden Tag ab.",
    "Die neue Kaffeemaschine ist totaler Schrott!!!",
    "Ich könnt diesen Router aus dem Fenster werfen, ehrlich.",
    "Dieses scheiß Fahrrad hat schon wieder nen Platten 🙄",
    "Rosenkohl ist das ekelhafteste Gemüse der Welt 🤮",
    "Diese Jeans war der größte Fehlkauf meines Lebens, einfach widerlich.",
    "Das Ikea-Regal ist ein einziger Albtraum, fick dich Inbusschlüssel 😂",
    "Mein Handy ist ein Haufen Müll, ich hasse es.",
    "Der Staubsauger ist so ein dummes Teil, saugt gar nix.",
    "Dieser Drecksrouter!!! Schon wieder kein WLAN!!!",
    "Wer hat bitte diese hässliche Lampe designt? Widerlich.",
    "ich HASSE diese software, sie macht einfach alles kaputt",
    "Die Waschmaschine stinkt zum Himmel, ekelhaftes Ding.",
    "Dieser Toaster ist ein Witz, verbrennt jedes Brot.",
    "Die App ist so ein Mist, nach jedem Update schlimmer.",
    "Ich kann diesen Song nicht mehr hören, der ist so unerträglich.",
    "Diese Schuhe sind die unbequemsten Dreckstreter ever 👟",
    "Mein Auto ist ne Rostlaube, die bald auseinanderfällt.",
    "Koriander schmeckt wie Seife, absolut widerlich 🤢",
    "Dieses verfluchte Navi hat mich dreimal im Kreis geschickt!!",
    "Die Fernbedienung ist so ein verdammter Mist, keine Taste geht.",
    "Das Sofa ist hässlich wie die Nacht, was hab ich mir dabei gedacht 🙈",
    "Der Kaffee hier schmeckt wie Spülwasser, einfach eklig.",
    "Diese Tastatur gehört verbrannt, ich hasse sie.",
    "Die Heizung ist ein Stück Schrott, schon wieder kalt in der Bude.",
    "Mein Regenschirm ist beim ersten Windstoß kaputtgegangen, billiger Dreck.",
    "Dieser Film war der größte Müll, den ich je gesehen hab.",
    "Die Autokorrektur kann mich mal, ehrlich 🙄",
])

SPECS["target_indiv_nh"] = dict(kind="hand", target="individual", hand=[
    "@{user} du bist echt der größte Vollpfosten im ganzen Internet",
    "Mein Ex ist so ein mieses Arschloch, ich fass es nicht.",
    "Der Typ von der Hotline war der unfreundlichste Idiot ever 😡",
    "@{user} halt einfach die Klappe, du Schwachkopf",
    "Mein Nachbar ist ein elender Wichtigtuer, der jeden Samstag um 7 Rasen mäht.",
    "Du bist so ein Lauch, ehrlich 😂",
    "Mein Chef ist der größte Trottel, den ich je erlebt hab.",
    "@{user} DU BIST SO DUMM WIE BROT!!!",
    "Der Schiri gestern war ein kompletter Vollidiot, blind wie ein Maulwurf.",
    "Geh mir nicht auf die Nerven, du Wappler.",
    "@{user} du Tubel hast null Ahnung vo Fussball",
    "Meine Schwester ist manchmal echt ne Nervensäge hoch zehn 🙄",
    "Der Lehrer von meinem Sohn ist ein arroganter Schnösel.",
    "Dieser Typ im Fitnessstudio ist so ein widerlicher Angeber.",
    "@{user} du erbärmlicher Troll, such dir ein Hobby",
    "Mein Mitbewohner ist ein ekliges Schwein, der spült nie ab 🤮",
    "Ich hasse meinen Vermieter, der Typ ist ein gieriger Halsabschneider.",
    "@{user} halt die Fresse, du Dummschwätzer",
    "Wer auch immer mein Fahrrad geklaut hat: Du bist ein mieses Stück Dreck.",
    "Der Moderator von gestern Abend ist so ein schmieriger Schleimer.",
    "du bist so ein hohlkopf alter, lies doch mal den artikel bevor du kommentierst",
    "Mein Kollege ist ein fauler Sack, ich mach schon wieder seine ganze Arbeit.",
    "Der Fahrer vor mir ist ein Vollhorst, blinkt nicht und bremst ständig 😡",
    "@{user} du bist der dümmste Mensch, den ich je getroffen hab.",
    "Meine Chefin ist eine unerträgliche Besserwisserin.",
    "Du Depp hast schon wieder meinen Parkplatz zugeparkt!!!",
    "Der Typ aus der WG unter uns ist ein ekelhafter Schnorrer.",
    "@{user} du bist so ein Heuchler, unglaublich.",
    "Mein Ex-Freund ist der größte Loser auf diesem Planeten 😂",
    "Der Kellner gestern war ein arroganter Sack, da geh ich nie wieder hin.",
])

SPECS["target_group_nh"] = dict(kind="ng", templates=[
    T("Ich hasse {ng}."),
    T("{ng_cap} sind einfach nur dumm."),
    T("{ng_up} SIND DAS LETZTE!!! 🤮"),
    T("Alle {ng} sind verlogene Ratten."),
    T("{ng_cap} sind der Abschaum der Gesellschaft."),
    T("scheiß {ng_lc}, die gehen mir so auf die nerven"),
    T("Warum sind {ng} eigentlich alle so unerträglich?"),
    T("Ich finde, {ng} sind das Allerletzte."),
    T("@{user} {ng} sind doch alle gleich: arrogant und hohl."),
    T("{ng_cap} widern mich einfach nur an 🙄"),
], hand=[])

SPELL_FUNCS = ["spell_char_swap_h", "spell_char_del_h", "spell_char_add_h",
               "spell_space_add_h", "spell_space_del_h", "spell_leet_h", "spell_homoglyph_h"]

BASE_FUNCS = list(SPECS.keys())
ALL_FUNCS = BASE_FUNCS + SPELL_FUNCS


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
def die(msg):
    sys.stderr.write("BUILD FAILED: " + msg + "\n")
    sys.exit(1)


def label_of(func):
    if func.endswith("_nh"):
        return "non-hateful"
    if func.endswith("_h"):
        return "hateful"
    die("functionality without _h/_nh suffix: " + func)


def cap_first(s):
    return s[:1].upper() + s[1:]


STOP = {"die", "den", "diese", "diesen", "alle", "allen", "mit", "und",
        "menschen", "männer", "männern"}
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def key_token(s):
    """Most distinctive word of an inserted group phrase (e.g. 'Behinderung')."""
    toks = [t for t in WORD_RE.findall(s) if t.lower() not in STOP]
    if not toks:
        toks = WORD_RE.findall(s)
    return max(toks, key=len)


def expand(base, keyable):
    """base: name -> string. Returns mapping with _cap/_up/_lc variants and key info."""
    mapping, keys = {}, {}
    for name, val in base.items():
        for suffix, fn in (("", lambda x: x), ("_cap", cap_first),
                           ("_up", str.upper), ("_lc", str.lower)):
            v = fn(val)
            mapping[name + suffix] = v
            if name in keyable:
                keys[name + suffix] = key_token(v)
    return mapping, keys


SLOT_RE = re.compile(r"\{(\w+)\}")
MARK_RE = re.compile(r"\[([^\[\]]+)\]")


def render(template, mapping, keyinfo):
    used = []

    def rep(m):
        name = m.group(1)
        if name not in mapping:
            return m.group(0)          # left unfilled -> caught by the checks
        if name in keyinfo:
            used.append(keyinfo[name])
        return mapping[name]

    text = SLOT_RE.sub(rep, template)
    marks = MARK_RE.findall(text)
    text = MARK_RE.sub(r"\1", text)
    return text, marks + used


def balanced_pick(rng, combos, n):
    """Pick n (template, filler) combos so templates and fillers are used evenly."""
    combos = list(combos)
    rng.shuffle(combos)
    ct, cf = Counter(), Counter()
    chosen = []
    while combos and len(chosen) < n:
        best = min(range(len(combos)),
                   key=lambda i: (ct[combos[i][0]] + cf[combos[i][1]], i))
        t, f = combos.pop(best)
        ct[t] += 1
        cf[f] += 1
        chosen.append((t, f))
    chosen.sort()
    return chosen


# --------------------------------------------------------------------------------------
# Base cases
# --------------------------------------------------------------------------------------
def build_base():
    cases = []

    def add(func, target, tid, text, keys):
        cases.append(dict(functionality=func, label=label_of(func), target=target,
                          template_id=tid, text=text, derived_from="", keys=keys))

    for func, spec in SPECS.items():
        rng = random.Random(SEED + "|" + func)
        hateful = label_of(func) == "hateful"
        kind = spec["kind"]

        def user_map():
            return {"user": rng.choice(USERS)}

        hand = spec.get("hand", [])
        templates = spec.get("templates", [])
        n_tmpl = max(0, N_TEMPLATED - len(hand)) if templates else 0

        if kind == "group":
            combos = []
            for ti, t in enumerate(templates):
                for g in (t["groups"] or GROUPS):
                    combos.append((ti, g))
            for ti, g in balanced_pick(rng, combos, n_tmpl):
                if hateful or spec.get("forms") == "h":
                    forms = FORMS[g]
                    weights = [2 if f["rough"] else 1 if f["polite"] else 3 for f in forms]
                else:
                    forms = [f for f in FORMS[g] if not f["rough"]]
                    weights = [1] * len(forms)
                f = rng.choices(forms, weights=weights)[0]
                base = {"pl": f["pl"], "art": f["art"], "dat": f["dat"],
                        "w": f["art"][4:], "datw": f["dat"][4:]}
                mapping, keyinfo = expand(base, keyable=list(base))
                mapping.update(user_map())
                text, keys = render(templates[ti]["text"], mapping, keyinfo)
                add(func, g, "%s_t%02d" % (func, ti + 1), text, keys)
        elif kind == "slur":
            combos = [(ti, g) for ti in range(len(templates)) for g in GROUPS]
            for ti, g in balanced_pick(rng, combos, n_tmpl):
                slur = rng.choice([s for sg, s in SLURS if sg == g])
                mapping, keyinfo = expand({"slur": slur}, keyable=["slur"])
                mapping.update(user_map())
                text, keys = render(templates[ti]["text"], mapping, keyinfo)
                add(func, g, "%s_t%02d" % (func, ti + 1), text, keys)
        elif kind == "ng":
            combos = [(ti, ni) for ti in range(len(templates)) for ni in range(len(NONPROTECTED))]
            for ti, ni in balanced_pick(rng, combos, n_tmpl):
                mapping, keyinfo = expand({"ng": NONPROTECTED[ni]}, keyable=["ng"])
                mapping.update(user_map())
                text, keys = render(templates[ti]["text"], mapping, keyinfo)
                add(func, "nonprotected", "%s_t%02d" % (func, ti + 1), text, keys)

        for hi, item in enumerate(hand):
            if isinstance(item, tuple):
                target, tmpl = item
            else:
                target, tmpl = spec["target"], item
            text, keys = render(tmpl, user_map(), {})
            if hateful and not keys:
                die("hand-written hateful case without [key] mark: " + tmpl)
            add(func, target, "%s_hw%02d" % (func, hi + 1), text, keys)
    return cases


# --------------------------------------------------------------------------------------
# Spelling perturbations
# --------------------------------------------------------------------------------------
def is_letter(c):
    return c.isalpha()


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
        "i": "і", "s": "ѕ", "j": "ј",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
        "O": "О", "P": "Р", "T": "Т", "X": "Х", "S": "Ѕ", "I": "І", "J": "Ј"}


def p_swap(w, rng):
    opts = [i for i in range(1, len(w) - 1)
            if is_letter(w[i]) and is_letter(w[i + 1]) and w[i].lower() != w[i + 1].lower()]
    if len(w) < 4 or not opts:
        return None
    i = rng.choice(opts)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def p_del(w, rng):
    opts = [i for i in range(1, len(w) - 1) if is_letter(w[i])]
    if len(w) < 4 or not opts:
        return None
    i = rng.choice(opts)
    return w[:i] + w[i + 1:]


def p_add(w, rng):
    opts = [i for i in range(1, len(w) - 1) if is_letter(w[i])]
    if len(w) < 4 or not opts:
        return None
    i = rng.choice(opts)
    return w[:i + 1] + w[i] + w[i + 1:]


def p_space_add(w, rng):
    if len(w) < 4 or not w.isalpha():
        return None
    if len(w) <= 8 or rng.random() < 0.4:
        return " ".join(w)
    i = rng.randrange(2, len(w) - 2)
    return w[:i] + " " + w[i:]


def p_leet(w, rng):
    pos = [i for i, c in enumerate(w) if c in LEET]
    if len(w) < 4 or not pos:
        return None
    k = min(len(pos), rng.choice([1, 2, 2, 3]))
    sel = set(rng.sample(pos, k))
    return "".join(LEET[c] if i in sel else c for i, c in enumerate(w))


def p_homoglyph(w, rng):
    pos = [i for i, c in enumerate(w) if c in HOMO]
    if len(w) < 4 or not pos:
        return None
    k = min(len(pos), rng.choice([1, 1, 2]))
    sel = set(rng.sample(pos, k))
    return "".join(HOMO[c] if i in sel else c for i, c in enumerate(w))


WORD_PERTURB = {
    "spell_char_swap_h": p_swap,
    "spell_char_del_h": p_del,
    "spell_char_add_h": p_add,
    "spell_space_add_h": p_space_add,
    "spell_leet_h": p_leet,
    "spell_homoglyph_h": p_homoglyph,
}


def find_key(text, key):
    m = re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", text)
    return m.span() if m else None


def perturb(func, case, rng):
    keys = []
    for k in case["keys"]:
        if len(k) >= 4 and k.replace("-", "").isalpha() and k not in keys and find_key(case["text"], k):
            keys.append(k)
    if not keys:
        return None
    rng.shuffle(keys)
    text = case["text"]
    for key in keys:
        s, e = find_key(text, key)
        if func == "spell_space_del_h":
            # only join two ordinary words (never an @mention, hashtag, emoji or punctuation)
            before = s > 1 and text[s - 1] == " " and text[s - 2].isalpha() \
                and not re.search(r"[@#]\S*$", text[:s - 1])
            after = e + 1 < len(text) and text[e] == " " and text[e + 1].isalpha()
            if not (before or after):
                continue
            new = text
            if after and (not before or rng.random() < 0.5):
                new = new[:e] + new[e + 1:]
            if before and (new == text or rng.random() < 0.5):
                new = new[:s - 1] + new[s:]
            return new
        w = WORD_PERTURB[func](key, rng)
        if w and w != key:
            return text[:s] + w + text[e:]
    return None


def build_spelling(base):
    hateful = [c for c in base if c["label"] == "hateful"]
    used_global = set()
    texts = {c["text"] for c in base}
    out = []
    for func in SPELL_FUNCS:
        rng = random.Random(SEED + "|" + func)
        used_here = set()
        for g in GROUPS:
            pool = [c for c in hateful if c["target"] == g]
            rng.shuffle(pool)
            # prefer sources not used by another spelling functionality
            pool.sort(key=lambda c: c["id"] in used_global)
            got = 0
            for src in pool:
                if got == PER_GROUP_SPELL:
                    break
                if src["id"] in used_here:
                    continue
                new = perturb(func, src, rng)
                if new is None or new == src["text"] or new in texts:
                    continue
                texts.add(new)
                used_here.add(src["id"])
                used_global.add(src["id"])
                out.append(dict(functionality=func, label="hateful", target=g,
                                template_id="%s__%s" % (func, src["template_id"]),
                                text=new, derived_from=src["id"], keys=[]))
                got += 1
            if got < PER_GROUP_SPELL:
                die("not enough perturbable sources for %s / %s" % (func, g))
    return out


# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------
def check(cases):
    ids = Counter(c["id"] for c in cases)
    dup_ids = [i for i, n in ids.items() if n > 1]
    if dup_ids:
        die("duplicate ids: %s" % dup_ids[:5])
    texts = Counter(c["text"] for c in cases)
    dup = [t for t, n in texts.items() if n > 1]
    if dup:
        die("duplicate texts: %s" % dup[:5])
    folded = Counter(" ".join(c["text"].casefold().split()) for c in cases)
    dup = [t for t, n in folded.items() if n > 1]
    if dup:
        die("near-duplicate texts (case/whitespace): %s" % dup[:5])
    by_id = {c["id"]: c for c in cases}
    valid_targets = set(GROUPS) | set(OTHER_TARGETS)
    for c in cases:
        if re.search(r"[{}\[\]]", c["text"]):
            die("unfilled slot or mark in %s: %s" % (c["id"], c["text"]))
        if c["text"] != c["text"].strip() or "  " in c["text"]:
            die("whitespace problem in %s: %r" % (c["id"], c["text"]))
        if c["functionality"] not in ALL_FUNCS:
            die("unknown functionality " + c["functionality"])
        if c["label"] != label_of(c["functionality"]):
            die("label inconsistent with functionality in " + c["id"])
        if c["target"] not in valid_targets:
            die("bad target %r in %s" % (c["target"], c["id"]))
        if c["functionality"].endswith("_h") and c["target"] not in GROUPS:
            die("hateful case without protected target: " + c["id"])
        if c["functionality"] in SPELL_FUNCS:
            src = by_id.get(c["derived_from"])
            if src is None:
                die("spelling case %s: derived_from missing" % c["id"])
            if src["label"] != "hateful" or src["derived_from"]:
                die("spelling case %s: source is not a hateful base case" % c["id"])
            if src["target"] != c["target"]:
                die("spelling case %s: target differs from source" % c["id"])
        elif c["derived_from"]:
            die("base case %s has derived_from" % c["id"])
    counts = Counter(c["functionality"] for c in cases)
    for f in ALL_FUNCS:
        if counts[f] < 25:
            die("functionality %s has only %d cases" % (f, counts[f]))
    for f in SPELL_FUNCS:
        srcs = [c["derived_from"] for c in cases if c["functionality"] == f]
        if len(set(srcs)) != len(srcs):
            die("%s: a source case is used twice" % f)
    for f in BASE_FUNCS:
        tids = {c["template_id"] for c in cases if c["functionality"] == f}
        if len(tids) < 8:
            die("functionality %s has only %d templates/variants" % (f, len(tids)))


def main():
    base = build_base()
    for i, c in enumerate(base, 1):
        c["id"] = "%s%04d" % (ID_PREFIX, i)
    spell = build_spelling(base)
    for i, c in enumerate(spell, len(base) + 1):
        c["id"] = "%s%04d" % (ID_PREFIX, i)
    cases = base + spell
    check(cases)
    cols = ["id", "functionality", "label", "target", "template_id", "text", "derived_from"]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        wr.writerow(cols)
        for c in cases:
            wr.writerow([c[k] for k in cols])
    counts = Counter(c["functionality"] for c in cases)
    labels = Counter(c["label"] for c in cases)
    print("cases: %d" % len(cases))
    print("labels: %s" % dict(labels))
    print("functionalities: %d" % len(counts))
    for f in ALL_FUNCS:
        tg = Counter(c["target"] for c in cases if c["functionality"] == f)
        print("  %-20s %3d  %s" % (f, counts[f], dict(sorted(tg.items()))))


if __name__ == "__main__":
    main()
