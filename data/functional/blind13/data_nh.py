# -*- coding: utf-8 -*-
"""Non-hateful base cases (German), written for the blind13 suite.

Same structure as data_h.py. Targets:
  - protected-group cases use the ten group codes,
  - slur_homonym_nh and profanity_nh use 'none',
  - target_obj_nh -> 'object', target_indiv_nh -> 'individual', target_group_nh -> 'nonprotected'.
"""

ONEOFFS = {
    # ------------------------------------------------------------------
    # The slur-like word is used in its other, harmless meaning.
    "slur_homonym_nh": [
        ("none", "An Weiberfastnacht wird in Köln den Männern die Krawatte abgeschnitten."),
        ("none", "weiberfastnacht ist dieses jahr echt früh, schon anfang februar"),
        ("none", "Wir hatten einen herrlichen Altweibersommer mit goldenem Laub."),
        ("none", "Mein Sohn hat sein Schlampermäppchen schon wieder in der Schule liegen lassen."),
        ("none", "Die Zicke hat heute Nacht zwei gesunde Zicklein bekommen."),
        ("none", "Unsere Zicke gibt mehr Milch als alle anderen Ziegen im Stall zusammen."),
        ("none", "Im Moor haben wir mit dem Fernglas eine Schnepfe beobachtet."),
        ("none", "hab im zoo ne schnepfe gesehen, voll süß mit dem langen schnabel"),
        ("none", "Die Kuh hat heute zehn Liter mehr Milch gegeben als sonst."),
        ("none", "Die Schabracke lag ordentlich gefaltet unter dem Sattel."),
        ("none", "Das alte Bauernhaus hat ein typisches Krüppelwalmdach."),
        ("none", "Oberhalb der Baumgrenze wachsen nur noch Krüppelkiefern."),
        ("none", "De Krüppelfichtn am Grat san vom Wind ganz schief gwachsn."),  # AT
        ("none", "Der Homo sapiens hat sich vor rund 300.000 Jahren in Afrika entwickelt."),
        ("none", "Wir lesen in der Schule gerade Homo faber von Max Frisch."),
        ("none", "Im Museum händ mer en Schädel vom Homo erectus aagluegt."),  # CH
        ("none", "Der Homo oeconomicus ist ein Denkmodell aus der Wirtschaftswissenschaft."),
        ("none", "In Neukaledonien haben die Kanaken erneut über die Unabhängigkeit abgestimmt."),
        ("none", "Wenn der Jugo bläst, wird die Adria vor Dalmatien richtig unruhig."),
        ("none", "Bi Jugo gönd d Fischer z Split nöd use."),  # CH
        ("none", "Wir haben unsere Hochzeitsreise auf den Fidschi-Inseln verbracht."),
        ("none", "fidschi ist echt ein traumziel, das wasser ist so klar wie glas"),
        ("none", "Der Kameltreiber führte unsere Gruppe bei Sonnenaufgang durch die Dünen."),
        ("none", "Da Kameltreiber hot uns a ganze Stund durch d'Wüstn gführt."),  # AT
        ("none", "Den Text vom Stille Nacht hat da Joseph Mohr in Oberndorf gschriebn."),  # AT
        ("none", "Für den Eintopf brauchst du noch drei Mohrrüben und eine Zwiebel."),
        ("none", "Unsere MongoDB ist heute Nacht schon wieder abgestürzt."),
        ("none", "Die Mongo sind eine große Volksgruppe im Kongobecken."),
        ("none", "Gib ma no zwa warme Semmeln, de kalten mog i ned."),  # AT
        ("none", "Der Hinterlader verdrängte im 19. Jahrhundert den Vorderlader."),
        ("none", "In Mexiko gehört Bimbo zu den größten Brotherstellern."),
        ("none", "Heute Abend spielt die Volksoper den Zigeunerbaron von Johann Strauss."),
    ],
    # ------------------------------------------------------------------
    "slur_reclaimed_nh": [
        ("women", "Wir Weiber lassen uns von niemandem mehr den Mund verbieten."),
        ("women", "Ja, ich bin eine Schlampe, und ich ziehe an, was ich will."),
        ("women", "Beim Schlampenmarsch sind wir stolz durch die Innenstadt gezogen."),
        ("women", "wir emanzen treffen uns heute abend zum quatschen"),
        ("women", "Mia Weiba hoitn zam, do kann kumma, wer wüll."),  # AT
        ("women", "Wir Weiber vom Stammtisch machen am Sonntag einen Ausflug."),
        ("migrants", "Wir Kanaken lassen uns nicht mehr kleinreden, wir gehören hierher."),
        ("migrants", "ich als kanake sag dir: unsere mütter kochen am besten"),
        ("migrants", "Mia Tschuschn san a scho ewig do, mia san a Wien."),  # AT
        ("migrants", "Mir Jugos händ d Schwiiz mitufbaut, das dörf mer ruhig säge."),  # CH
        ("migrants", "Mir Tschingge händ d Pizza id Schwiiz bracht, gäll."),  # CH
        ("migrants", "Wir Kanaken aus Neukölln haben heute das Straßenfest organisiert."),
        ("refugees", "Ich war selbst mal Asylant, heute bin ich Ingenieur, also erzählt mir nichts."),
        ("muslims", "Ich bin halt das Kopftuchmädchen, das am Ende die Bestnote geschrieben hat."),
        ("muslims", "wir kopftuchmädchen rocken den hörsaal"),
        ("gay", "Als alte Tunte sag ich euch: Der CSD wird dieses Jahr fabelhaft."),
        ("gay", "Wir Schwuchteln haben schon immer die besten Partys geschmissen."),
        ("gay", "ich bin ne kampflesbe und stolz drauf"),
        ("gay", "Mia Warmen feiern heit in da Regenbogenbar."),  # AT
        ("gay", "Ich bi e Schwuchtle, und das isch guet so."),  # CH
        ("gay", "Homos aller Länder, vereinigt euch, heute ist Pride!"),
        ("gay", "Wir Tunten schminken uns schon seit Stunden für die Parade."),
        ("trans", "Ich bin eine Transe und lasse mir das Wort von niemandem wegnehmen."),
        ("trans", "wir transen halten zusammen, egal was die anderen labern"),
        ("trans", "Als Transe i de Schwiiz bruuchsch e dicki Huut, aber mir sind vili."),  # CH
        ("trans", "als transe in der kleinstadt aufzuwachsen war hart, aber ich habs geschafft"),
        ("disabled", "Wir Krüppel lassen uns nicht mehr aus der Öffentlichkeit verbannen."),
        ("disabled", "Ich bin Krüppel und sage das ganz bewusst so, mit Stolz."),
        ("disabled", "als spasti darf ich das sagen: der witz war echt gut"),
        ("disabled", "Mia Krüppln foan mit unsre Rollstühl zur Demo am Ring."),  # AT
        ("roma", "Ich nenne mich bewusst Zigeuner, so hat es meine Großmutter auch getan."),
    ],
    # ------------------------------------------------------------------
    "profanity_nh": [
        ("none", "Scheiße, ich hab schon wieder den Bus verpasst."),
        ("none", "Verdammt, mein Kaffee ist kalt geworden."),
        ("none", "Was für ein verficktes Wetter heute."),
        ("none", "Das Konzert gestern war so verdammt geil."),
        ("none", "ach du scheiße, hab den schlüssel drinnen liegen lassen"),
        ("none", "Fuck, die Prüfung war echt schwer."),
        ("none", "Leck mich am Arsch, ist das heiß hier."),
        ("none", "Heilige Scheiße, hast du das Tor gesehen?"),
        ("none", "Ich hab mir den Zeh gestoßen, verdammte Kacke."),
        ("none", "Heast, des is jo a Oasch, dass de U-Bahn scho wieder steht."),  # AT
        ("none", "So a Schas, jetzt hob i mei Handy im Beisl vergessn."),  # AT
        ("none", "Gopfertammi, scho wieder Stau am Gotthard."),  # CH
        ("none", "Das isch huere geil gsi geschter am Openair."),  # CH
        ("none", "Mir ist das ehrlich gesagt scheißegal."),
        ("none", "Mist, ich hab das Fenster offen gelassen."),
        ("none", "verfluchte scheiße wo sind meine kopfhörer"),
        ("none", "Ich hab verdammt lange auf diesen Urlaub gewartet."),
        ("none", "Der Film war so beschissen langweilig, dass ich eingeschlafen bin."),
        ("none", "Arschkalt heute, zieh dir was Warmes an."),
        ("none", "Fick mich, ist das ein Sonnenuntergang."),
        ("none", "Gschissn is des, wann's am Wochenend regnet."),  # AT
        ("none", "Huere Seich, ich ha de Zug verpasst."),  # CH
        ("none", "Ich bin so verdammt stolz auf dich!"),
        ("none", "scheiß drauf, wir fahren trotzdem ans meer"),
        ("none", "Meine Fresse, war das ein langer Tag."),
        ("none", "Verdammte Axt, ich hab den Termin vergessen."),
        ("none", "Leck, is des a Hitz heit!"),  # AT
        ("none", "Scheisse, mis Velo isch scho wieder platt."),  # CH
        ("none", "Die Party war der absolute Wahnsinn, einfach scheißgeil."),
        ("none", "Ich hab so eine Scheißangst vor dem Zahnarzt morgen."),
        ("none", "kacke, akku leer und kein ladekabel dabei"),
        ("none", "Ach, verdammt, jetzt hab ich die Milch vergessen."),
    ],
    # ------------------------------------------------------------------
    "negate_neg_nh": [
        ("women", "Frauen sind keineswegs dümmer als Männer."),
        ("women", "frauen gehören nicht an den herd, sondern überall hin wo sie hinwollen"),
        ("women", "Fraue sind nöd schwächer als Manne, das isch Blödsinn."),  # CH
        ("women", "Es stimmt nicht, dass Frauen zu emotional für Führungsjobs sind."),
        ("migrants", "Zuwanderer nehmen uns nicht die Arbeitsplätze weg."),
        ("migrants", "De Ausländer san ned des Problem, des redts eich nur ein."),  # AT
        ("migrants", "Migranten sind für mich keine Bedrohung."),
        ("refugees", "Flüchtlinge sind keine Schmarotzer, sondern Menschen in Not."),
        ("refugees", "kein einziger geflüchteter in meinem umfeld ist gefährlich"),
        ("muslims", "Muslime sind keine Terroristen."),
        ("muslims", "Ich habe überhaupt kein Problem mit Moslems."),
        ("muslims", "Muslime sind nöd gföhrlich, das isch nur Panikmache."),  # CH
        ("jews", "Juden kontrollieren nicht die Welt."),
        ("jews", "Jüdische Menschen sind nicht geldgierig."),
        ("jews", "I hob nix gegen Juden, goa nix."),  # AT
        ("jews", "Ich verachte niemanden, nur weil er Jude ist."),
        ("gay", "Schwule sind nicht krank."),
        ("gay", "Homosexualität ist weder eine Sünde noch eine Störung."),
        ("gay", "ich find lesben überhaupt nicht eklig"),
        ("trans", "Trans Menschen sind nicht gestört."),
        ("trans", "Transfrauen sind keine Gefahr für andere Frauen."),
        ("trans", "Transpersone sind nöd abartig, si sind eifach Mensche."),  # CH
        ("trans", "Transpersonen wollen niemandem etwas wegnehmen."),
        ("disabled", "Menschen mit Behinderung sind keine Last für die Gesellschaft."),
        ("disabled", "Behinderte sind nicht weniger wert als andere."),
        ("disabled", "Rollstuhlfoahrer san ka Belastung, de ghörn genauso dazua."),  # AT
        ("black", "Schwarze Menschen sind nicht weniger intelligent."),
        ("black", "Afrikaner sind keine Wilden."),
        ("black", "ich hab null problem mit schwarzen nachbarn"),
        ("roma", "Roma sind nicht von Natur aus kriminell."),
        ("roma", "Sinti und Roma klauen nicht mehr als andere Leute auch."),
        ("roma", "D Roma sind kei Dieb."),  # CH
    ],
    # ------------------------------------------------------------------
    "ident_neutral_nh": [
        ("women", "Frauen stellen etwa die Hälfte der Bevölkerung."),
        ("women", "Die Frauen aus meinem Chor treffen sich donnerstags zum Proben."),
        ("women", "D Fraue händ i de Schwiiz erscht 1971 s Stimmrecht übercho."),  # CH
        ("women", "Bei uns im Team arbeitet eine Frau als Schichtleiterin."),
        ("migrants", "Viele Migranten arbeiten in der Pflege."),
        ("migrants", "mein nachbar ist ausländer und fährt jeden morgen mit dem rad zur arbeit"),
        ("migrants", "In Favoriten leben vü Zuwanderer aus da Türkei."),  # AT
        ("refugees", "Geflüchtete müssen in Deutschland einen Asylantrag stellen."),
        ("refugees", "In unsam Ort wohnen seit letztem Jahr a poar Asylwerber."),  # AT
        ("refugees", "D Asylsuechende wohned im alte Schuelhuus."),  # CH
        ("muslims", "Muslime feiern am Ende des Ramadan das Zuckerfest."),
        ("muslims", "Meine Kollegin ist Muslima und trägt kein Kopftuch."),
        ("muslims", "der moslem von gegenüber wäscht jeden samstag sein auto"),
        ("jews", "Juden feiern im Herbst das Laubhüttenfest."),
        ("jews", "In Wien gibt es mehrere jüdische Schulen."),
        ("jews", "Meine Oma ist Jüdin und erzählt gern von früher."),
        ("gay", "Schwule und Lesben können in Deutschland seit 2017 heiraten."),
        ("gay", "Mein Onkel ist schwul und lebt mit seinem Mann in Köln."),
        ("gay", "zwei lesben haben das café an der ecke übernommen"),
        ("gay", "Viele Homosexuelle engagieren sich in Sportvereinen."),
        ("trans", "Trans Menschen können ihren Vornamen beim Standesamt ändern lassen."),
        ("trans", "Eine Transfrau hat die Bürgermeisterwahl in unserer Gemeinde gewonnen."),
        ("trans", "Mini Nachbarin isch e Transfrau und schaffet als Pflegerin."),  # CH
        ("disabled", "Rollstuhlfahrer brauchen barrierefreie Eingänge."),
        ("disabled", "Mein Bruder hat eine Behinderung und arbeitet in einer Werkstatt."),
        ("disabled", "De Behinderten aus da Wohngruppe gehn am Samstag ins Kino."),  # AT
        ("black", "Schwarze Menschen leben seit Jahrhunderten in Deutschland."),
        ("black", "Meine Schwägerin ist Afrikanerin und kommt aus Ghana."),
        ("black", "in meiner klasse sind drei schwarze kids"),
        ("roma", "Sinti und Roma sind eine anerkannte nationale Minderheit in Deutschland."),
        ("roma", "Viele Roma sprechen Romanes als Muttersprache."),
        ("roma", "Jenischi, Sinti und Roma händ i de Schwiiz e langi Gschicht."),  # CH
    ],
    # ------------------------------------------------------------------
    "ident_pos_nh": [
        ("women", "Frauen sind unglaublich stark."),
        ("women", "Ich bewundere Frauen, die für ihre Rechte kämpfen."),
        ("women", "De Frauen in meina Familie san de Gscheitesten vo uns olle."),  # AT
        ("women", "Frauen in der Wissenschaft sind ein Gewinn für alle."),
        ("migrants", "Migranten machen unser Land vielfältiger und lebendiger."),
        ("migrants", "ohne zuwanderer würde hier in der pflege nix laufen, danke euch"),
        ("migrants", "D Zuewanderer, wo bi üs schaffed, sind mega flissig."),  # CH
        ("migrants", "Ich finde es großartig, dass Migranten hier ihre Ideen einbringen."),
        ("refugees", "Ich habe größten Respekt vor Geflüchteten, die hier neu anfangen."),
        ("refugees", "Flüchtlinge haben so viel Mut bewiesen."),
        ("muslims", "Die muslimische Gemeinde hier ist unglaublich gastfreundlich."),
        ("muslims", "ich liebe es beim iftar mit meinen muslimischen freunden zu essen"),
        ("muslims", "De Muslime im Grätzl san echt de freundlichsten Nachbarn."),  # AT
        ("jews", "Jüdische Kultur hat Europa unendlich bereichert."),
        ("jews", "Juden sind ein wichtiger Teil unserer Gesellschaft."),
        ("jews", "D Jude z Züri händ so vill für d Stadt gmacht."),  # CH
        ("jews", "Ich bewundere jüdische Menschen für ihren Humor."),
        ("gay", "Schwule Paare sind genauso liebevolle Eltern wie alle anderen."),
        ("gay", "Homosexuelle verdienen dieselben Rechte wie alle anderen."),
        ("gay", "lesben sind einfach die coolsten leute auf jeder party"),
        ("trans", "Transfrauen sind Frauen, und ich stehe hinter ihnen."),
        ("trans", "Trans Menschen sind so mutig, einfach sie selbst zu sein."),
        ("trans", "Transpersonen san genauso liab wia olle andern."),  # AT
        ("disabled", "Menschen mit Behinderung bereichern unser Team enorm."),
        ("disabled", "Rollstuhlfahrer sind im Basketball echt beeindruckende Athleten."),
        ("disabled", "Behinderti Mensche sind genau so wertvoll wie alli andere."),  # CH
        ("black", "Schwarze Menschen haben die Musikgeschichte geprägt wie kaum jemand sonst."),
        ("black", "Afrikaner, die ich kenne, sind unglaublich herzlich."),
        ("black", "schwarze künstlerinnen sind grad die spannendsten in der szene"),
        ("roma", "Roma-Musik ist das Schönste, was ich je live gehört habe."),
        ("roma", "Sinti und Roma haben eine reiche und stolze Kultur."),
        ("roma", "De Roma-Familie nebenan is de hilfsbereiteste im ganzn Haus."),  # AT
    ],
    # ------------------------------------------------------------------
    "counter_quote_nh": [
        ("women", "„Frauen gehören in die Küche“? Geht's noch? Das ist einfach nur sexistisch."),
        ("migrants", "Wer 'Ausländer raus' brüllt, hat in einer Demokratie nichts verloren."),
        ("refugees", "Wenn du sagst, dass Flüchtlinge alle Verbrecher sind, dann lügst du."),
        ("muslims", "„Muslime sind Terroristen“ – solche Sätze sind widerlich und falsch."),
        ("jews", "Mein Onkel meinte, Juden würden die Welt regieren. Ich bin aufgestanden und gegangen."),
        ("gay", "Schreibst du wirklich 'Schwule sind krank'? Lösch das sofort."),
        ("trans", "Wer behauptet, trans Menschen seien gestört, weiß nichts über sie."),
        ("disabled", "„Behinderte sind lebensunwert“ – genau so fing es damals an. Nie wieder."),
        ("black", "Auf dem Plakat stand 'Schwarze sind Affen'. Ich habe es sofort angezeigt."),
        ("roma", "„Roma klauen alle“ ist ein rassistisches Vorurteil, nichts weiter."),
        ("women", "'frauen sind zu dumm zum autofahren' – alter, welches jahrhundert haben wir?"),
        ("migrants", "Wer 'Tschuschn raus' schreit, der soll si schama."),  # AT
        ("migrants", "Wer 'Uslender use' rüeft, isch en Rassist, punkt."),  # CH
        ("migrants", "Jemand hat 'Kanaken raus' an die Schule gesprüht. Wir haben es gemeinsam übermalt."),
        ("refugees", "„Flüchtlinge sind Ungeziefer“ – wer so redet, hat nichts aus der Geschichte gelernt."),
        ("muslims", "Du nennst Muslime 'Kopftuchmädchen und Messermänner'? Schäm dich."),
        ("jews", "Der Satz 'Juden sind an allem schuld' hat schon einmal zu Millionen Toten geführt."),
        ("gay", "'schwuchteln gehören verprügelt' – so einen dreck will ich hier nie wieder lesen"),
        ("trans", "Wenn jemand schreibt 'Transen sind pervers', melde ich das jedes Mal."),
        ("disabled", "Wer sogt, Behinderte ghörn weggsperrt, is söba des Problem."),  # AT
        ("black", "„Neger raus“ stand an der Hauswand. Wir haben Anzeige erstattet."),
        ("roma", "Dein 'Zigeuner sind alle Diebe' ist genau der Rassismus, den Sinti und Roma seit Jahrhunderten ertragen müssen."),
        ("women", "„Fraue ghöred an Herd“ – so öppis seit mer hüt würkli nüme."),  # CH
        ("migrants", "Unter dem Video schrieb jemand 'Migranten sind Parasiten'. Das ist menschenverachtend."),
        ("refugees", "„Asylanten abschieben, alle!“ – nein, Menschen sind keine Ware."),
        ("muslims", "'Moslems sollte man alle ausweisen', sagt er. Ich sage: Solche Aussagen sind verfassungsfeindlich."),
        ("gay", "Wer 'Lesben sind nur frustriert' sagt, hat keine Ahnung und ist schlicht homofeindlich."),
        ("trans", "„Transfrauen sind Männer in Kleidern“? Nein, das ist transfeindliche Hetze."),
        ("disabled", "Als mein Chef 'Spastis kosten nur Geld' sagte, habe ich gekündigt."),
        ("black", "„Afrikaner sind faul“ – sagt ausgerechnet jemand, der nie dort war. Peinlich und rassistisch."),
        ("jews", "Der Typ im Bus rief 'Juden raus'. Niemand hat etwas gesagt, das macht mich fassungslos."),
        ("roma", "'Roma sollte man vertreiben' – wer so etwas schreibt, gehört gesperrt."),
        ("black", "Wer Schwarze 'Bimbos' nennt, outet sich selbst als Rassist."),
    ],
    # ------------------------------------------------------------------
    "counter_ref_nh": [
        ("women", "Dein Kommentar über Frauen ist einfach nur frauenfeindlich."),
        ("migrants", "Ich finde es widerlich, wie hier gegen Migranten gehetzt wird."),
        ("refugees", "Solche Aussagen über Flüchtlinge sind menschenverachtend."),
        ("muslims", "Hör auf, Muslime pauschal zu beleidigen."),
        ("jews", "Antisemitismus hat hier keinen Platz, auch nicht als Witz."),
        ("gay", "Was du über Schwule geschrieben hast, ist homophob und verletzend."),
        ("trans", "Die Hetze gegen trans Menschen in dieser Kommentarspalte macht mich fertig."),
        ("disabled", "Wer sich über Menschen mit Behinderung lustig macht, sollte sich schämen."),
        ("black", "Dieser Post ist rassistisch gegenüber Schwarzen und gehört gelöscht."),
        ("roma", "Es ist beschämend, wie über Roma in diesem Forum gesprochen wird."),
        ("women", "ey lass den scheiß über frauen, das ist einfach nur peinlich"),
        ("migrants", "Des, wos du üba Ausländer gschriebn host, is einfach nur grauslich."),  # AT
        ("muslims", "Was du über d Muslime schriibsch, isch rassistisch und dumm."),  # CH
        ("refugees", "Ich melde jeden Kommentar, der Geflüchtete entmenschlicht."),
        ("jews", "Eure Witze über Juden sind nicht lustig, sondern antisemitisch."),
        ("gay", "Dass Lesben hier ständig beleidigt werden, muss endlich aufhören."),
        ("trans", "transfeindlichkeit ist keine meinung, leute"),
        ("disabled", "Wos du üba Behinderte sogst, is unterste Schublad."),  # AT
        ("black", "Die Kommentär über Schwarzi do sind eifach nur rassistisch."),  # CH
        ("roma", "Diese Hetze gegen Sinti und Roma erinnert mich an die dunkelsten Zeiten."),
        ("women", "Ich kann nicht fassen, dass du Frauen so abwertest."),
        ("migrants", "Die Beleidigungen gegen Zuwanderer in deinem Video sind unterirdisch."),
        ("refugees", "Leute, die Flüchtlinge als Gefahr darstellen, verbreiten bewusst Angst."),
        ("muslims", "Wer Moscheen beschmiert, greift uns alle an."),
        ("jews", "Ich schäme mich für jeden, der jüdische Menschen heute noch beschimpft."),
        ("gay", "Homophobe Sprüche haben in unserer Mannschaft nichts verloren."),
        ("trans", "Das, was du über Transfrauen verbreitest, ist Hetze und sonst nichts."),
        ("disabled", "deine sprüche über rollstuhlfahrer sind echt das letzte"),
        ("black", "Wer üba Schwarze so red't, der hot nix kapiert."),  # AT
        ("roma", "Antiziganismus ist genauso verwerflich wie jede andere Form von Rassismus."),
        ("gay", "Dini Sprüch über Schwuli chasch dir spare, das isch homophob."),  # CH
        ("migrants", "Die rassistische Hetze gegen Migranten in dieser Gruppe nehme ich nicht mehr hin."),
    ],
    # ------------------------------------------------------------------
    "target_obj_nh": [
        ("object", "Dieser Scheißdrucker funktioniert schon wieder nicht."),
        ("object", "Ich hasse diesen verdammten Laptop."),
        ("object", "Mein Handy ist der letzte Dreck."),
        ("object", "Diese Kaffeemaschine gehört verschrottet."),
        ("object", "das navi ist so ein dreckding echt"),
        ("object", "Des Glump vo an Fernseher ghört beim Fenster aussighaut."),  # AT
        ("object", "De huere Billetautomat frisst scho wieder mis Münz."),  # CH
        ("object", "Dieses bescheuerte Fahrrad hat schon wieder einen Platten."),
        ("object", "Ich könnte diesen Staubsauger aus dem Fenster werfen."),
        ("object", "Die neue Software ist der größte Mist, den ich je benutzt habe."),
        ("object", "Dieser elende Wecker soll zur Hölle fahren."),
        ("object", "mein auto ist ne komplette schrottkarre, ich hasse es"),
        ("object", "Das Sofa ist hässlich, unbequem und einfach widerlich."),
        ("object", "De gschissene Waschmaschin rinnt scho wieda."),  # AT
        ("object", "Die chaibe Kafimaschine lauft scho wieder nöd."),  # CH
        ("object", "Diese Stadtbahn ist ein rollender Schrotthaufen."),
        ("object", "Verbrennt diese grauenhafte Tapete, bitte."),
        ("object", "Ich verabscheue dieses Smartphone aus tiefstem Herzen."),
        ("object", "Der Router ist ein nutzloses Stück Plastikmüll."),
        ("object", "die fernbedienung kann mich mal, ich schmeiß sie gleich an die wand"),
        ("object", "Dieser widerliche Kühlschrank stinkt bis zur Haustür."),
        ("object", "Der Bahnhof hier ist ein abstoßendes Drecksloch."),
        ("object", "Mein Drucker verdient es, zertrümmert zu werden."),
        ("object", "Ich will diese verfluchte Heizung einfach nur noch rausreißen."),
        ("object", "Des Handy is a Graffl, des schmeiß i in d'Donau."),  # AT
        ("object", "Das Velo isch en Seich, ich chauf mer es neus."),  # CH
        ("object", "So ein dämlicher Kopierer, der frisst jedes zweite Blatt."),
        ("object", "Dieses Auto ist eine Zumutung auf vier Rädern."),
        ("object", "das update ist einfach nur müll, wer hat das bitte programmiert"),
        ("object", "Der Toaster ist Schrott und gehört auf den Müll."),
        ("object", "Diese Stühle sind eine Beleidigung für jeden Rücken."),
        ("object", "Ich könnte kotzen, wenn ich diese Bürolampe sehe."),
    ],
    # ------------------------------------------------------------------
    "target_indiv_nh": [
        ("individual", "Du bist so ein erbärmlicher Versager."),
        ("individual", "Halt einfach die Klappe, du Idiot."),
        ("individual", "Mein Nachbar ist ein widerliches Arschloch."),
        ("individual", "Du bist der dümmste Mensch, den ich kenne."),
        ("individual", "geh mir aus den augen du vollpfosten"),
        ("individual", "Du bist so a Koffer, des gibt's ned."),  # AT
        ("individual", "Du bisch en Tubel, gopfertammi."),  # CH
        ("individual", "Mein Ex ist ein verlogenes Stück Scheiße."),
        ("individual", "Ich hasse dich und alles, was du sagst."),
        ("individual", "Der Typ von gestern ist ein kompletter Vollidiot."),
        ("individual", "Du widerst mich einfach nur an."),
        ("individual", "Du bist ein nutzloser Schnorrer, such dir endlich einen Job."),
        ("individual", "dein freund ist echt der letzte penner"),
        ("individual", "Heast, du bist a Vollkoffer, schleich di."),  # AT
        ("individual", "Du bisch eifach en Seckel."),  # CH
        ("individual", "Mein Chef ist ein aufgeblasener, arroganter Wichtigtuer."),
        ("individual", "Du bist so hässlich, dass der Spiegel zerspringt."),
        ("individual", "Was für eine Witzfigur du doch bist."),
        ("individual", "Meine Schwiegermutter ist eine bösartige Giftspritze."),
        ("individual", "du bist echt zu blöd zum atmen"),
        ("individual", "Dieser Schiedsrichter ist ein korruptes Schwein."),
        ("individual", "Du bist der größte Heuchler auf diesem Planeten."),
        ("individual", "Da Hausmeister is so a Ungustl, i kann eam ned ausstehn."),  # AT
        ("individual", "De Chef isch en richtige Sauhund."),  # CH
        ("individual", "Mein Mitbewohner ist ein dreckiges Ferkel."),
        ("individual", "Verpiss dich, du Lügner."),
        ("individual", "Der Kerl ist so ein feiger Wurm."),
        ("individual", "du bist einfach nur peinlich alter"),
        ("individual", "Du hast das Hirn einer Amöbe."),
        ("individual", "Mein Vermieter ist ein raffgieriger Halsabschneider."),
        ("individual", "Der Moderator ist eine unerträgliche Nervensäge."),
        ("individual", "Ich wünsche dir, dass du nie wieder einen Fuß auf den Boden kriegst, du Verräter."),
    ],
    # ------------------------------------------------------------------
    "target_group_nh": [
        ("nonprotected", "Politiker sind doch alle korrupte Lügner."),
        ("nonprotected", "Bayern-Fans sind das Letzte."),
        ("nonprotected", "Banker sind gierige Blutsauger."),
        ("nonprotected", "Ich hasse Veganer, die einem ständig ihre Meinung aufdrängen."),
        ("nonprotected", "radfahrer sind die schlimmsten verkehrsteilnehmer überhaupt"),
        ("nonprotected", "De Wiener Taxler san a grantige, unguate Partie."),  # AT
        ("nonprotected", "D FCZ-Fans sind en Huufe Chaote."),  # CH
        ("nonprotected", "Anwälte sind Abschaum, die machen für Geld alles."),
        ("nonprotected", "Influencer sind die nutzlosesten Menschen der Welt."),
        ("nonprotected", "Ich verachte Steuerberater zutiefst."),
        ("nonprotected", "Autofahrer in dieser Stadt sind rücksichtslose Idioten."),
        ("nonprotected", "Makler sind Parasiten, die vom Wohnungsmangel leben."),
        ("nonprotected", "Alle Schalke-Fans sollten sich in Grund und Boden schämen."),
        ("nonprotected", "Lehrer sind faule Säcke mit zu viel Urlaub."),
        ("nonprotected", "impfgegner sind einfach nur dumm"),
        ("nonprotected", "De Beamten san olle foil."),  # AT
        ("nonprotected", "Bänkler sind doch all gierig."),  # CH
        ("nonprotected", "Manager kassieren Millionen und haben von nichts eine Ahnung."),
        ("nonprotected", "Golfspieler sind arrogante Schnösel."),
        ("nonprotected", "Hipster mit ihren Jutebeuteln gehen mir gewaltig auf die Nerven."),
        ("nonprotected", "Rechtsradikale sind der Bodensatz der Gesellschaft."),
        ("nonprotected", "Fußballprofis sind verwöhnte Heulsusen."),
        ("nonprotected", "tiktoker sind das hirnloseste publikum überhaupt"),
        ("nonprotected", "Journalisten lügen doch alle."),
        ("nonprotected", "De Rapid-Fans san a Gsindl, a grausliches."),  # AT
        ("nonprotected", "D Politiker z Bern sind all Schwätzer."),  # CH
        ("nonprotected", "Vermieter sind skrupellose Abzocker."),
        ("nonprotected", "E-Scooter-Fahrer sind eine Plage."),
        ("nonprotected", "Zahnärzte sind sadistische Geldeintreiber."),
        ("nonprotected", "Gamer sind alles ungewaschene Kellerkinder."),
        ("nonprotected", "Ich kann Lobbyisten einfach nicht ausstehen."),
        ("nonprotected", "Kreuzfahrttouristen sind eine Pest für jede Altstadt."),
    ],
}

TEMPLATES = [
    ("t_negneg_01", "negate_neg_nh", "Ich hasse {} nicht, im Gegenteil.",
     [("muslims", "Muslime"), ("gay", "Schwule"), ("roma", "Roma")]),
    ("t_negneg_02", "negate_neg_nh", "{} sind nicht krimineller als andere Menschen.",
     [("migrants", "Migranten"), ("refugees", "Geflüchtete"), ("black", "Schwarze")]),
    ("t_neutral_01", "ident_neutral_nh", "In unserem Haus wohnen auch {}.",
     [("jews", "jüdische Familien"), ("migrants", "Zuwanderer"), ("disabled", "Menschen mit Behinderung")]),
    ("t_pos_01", "ident_pos_nh", "Ich bin so froh, dass es {} in unserer Stadt gibt.",
     [("muslims", "Muslime"), ("trans", "trans Menschen"), ("black", "Schwarze")]),
    ("t_pos_02", "ident_pos_nh", "{} sind eine echte Bereicherung für uns alle.",
     [("refugees", "Geflüchtete"), ("roma", "Sinti und Roma"), ("gay", "Schwule und Lesben")]),
]
