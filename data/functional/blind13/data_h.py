# -*- coding: utf-8 -*-
"""Hateful base cases (German), written for the blind13 suite.

ONEOFFS: functionality -> list of (target, text); every entry is a hand-written one-off.
TEMPLATES: (template_id, functionality, text with one '{}' slot, [(target, filler), ...]);
           each template is filled for at most three groups.
Register: roughly half standard written German, the rest colloquial German,
Austrian (AT) and Swiss (CH) colloquial; dialect lines are marked in comments.
"""

ONEOFFS = {
    # ------------------------------------------------------------------
    "derog_neg_emote_h": [
        ("women", "Ich hasse Frauen. Punkt."),
        ("women", "Frauen widern mich an, und zwar ausnahmslos alle."),
        ("women", "mir kommt echt die galle hoch wenn ich frauen nur reden höre"),
        ("women", "D Fraue gönd mer so uf de Geist, ich hass si eifach."),  # CH
        ("migrants", "Ausländer sind mir zutiefst zuwider."),
        ("migrants", "Für Migranten empfinde ich nichts als Abscheu."),
        ("migrants", "Mir graust vor de Ausländer, jedes Mal wenn i in de U-Bahn steig."),  # AT
        ("refugees", "Flüchtlinge machen mich rasend vor Wut, ich kann sie nicht mehr sehen."),
        ("refugees", "Wie sehr ich diese Asylbewerber verabscheue, kann man kaum in Worte fassen."),
        ("refugees", "ich krieg nen hals wenn ich geflüchtete auch nur von weitem seh"),
        ("muslims", "Muslime erfüllen mich mit purer Verachtung."),
        ("muslims", "Es schüttelt mich jedes Mal, wenn ich einen Moslem sehe."),
        ("muslims", "Die Muslime schiissed mi eifach nume no aa."),  # CH
        ("jews", "Ich hasse Juden, das sage ich ganz offen."),
        ("jews", "Jüdische Menschen sind mir von Grund auf verhasst."),
        ("jews", "bei juden dreht sich mir echt der magen um"),
        ("jews", "I kann de Juden ned ausstehn, de san ma so zwider."),  # AT
        ("gay", "Schwule ekeln mich an, ich will sowas nicht sehen müssen."),
        ("gay", "Beim Anblick von zwei Lesben packt mich die blanke Wut."),
        ("gay", "ich verabscheu homosexuelle einfach, sorry not sorry"),
        ("trans", "Transfrauen lösen in mir nichts als Ekel aus."),
        ("trans", "Transpersonen kann ich auf den Tod nicht ausstehen."),
        ("trans", "Transpersone chan ich eifach nöd verputze."),  # CH
        ("disabled", "Behinderte sind mir zuwider, ich halte mich von ihnen fern."),
        ("disabled", "Menschen mit Behinderung widern mich an."),
        ("disabled", "mich kotzen rollstuhlfahrer so dermaßen an"),
        ("black", "Schwarze Menschen erfüllen mich mit Abscheu."),
        ("black", "Ich kann Afrikaner nicht ertragen, allein ihr Anblick macht mich aggressiv."),
        ("black", "Wann i an Schwarzen siech, kummt ma des Speiben."),  # AT
        ("roma", "Roma hasse ich mehr als alles andere auf der Welt."),
        ("roma", "Sinti und Roma bringen mich zur Weißglut."),
        ("roma", "ich kann roma echt auf den tod nicht leiden"),
        ("roma", "D Roma, die chan ich eifach nöd schmöcke."),  # CH
    ],
    # ------------------------------------------------------------------
    "derog_neg_attrib_h": [
        ("women", "Frauen sind von Natur aus dumm und hysterisch."),
        ("women", "Frauen sind manipulative, berechnende Geschöpfe."),
        ("women", "De Frauen san ollesamt falsch und hinterfotzig."),  # AT
        ("women", "Frauen sind oberflächlich, eitel und nur aufs Geld aus."),
        ("migrants", "Migranten sind kriminell und arbeitsscheu."),
        ("migrants", "ausländer sind einfach asozial, alle wie sie da sind"),
        ("migrants", "D Uslender sind all fuul und kriminell, jede einzelne."),  # CH
        ("migrants", "Zuwanderer sind rücksichtslos und völlig verroht."),
        ("refugees", "Flüchtlinge sind undankbar, gewalttätig und faul."),
        ("refugees", "Geflüchtete sind durch die Bank Lügner und Betrüger."),
        ("refugees", "De Asylwerber san olle brutal, des waß eh a jeder."),  # AT
        ("muslims", "Muslime sind fanatisch und rückständig."),
        ("muslims", "Moslems sind gewaltbereite Fanatiker ohne jeden Anstand."),
        ("muslims", "muslime sind halt einfach primitiv"),
        ("muslims", "Eine Muslima ist immer unterwürfig und ungebildet."),
        ("jews", "Juden sind gierig und verschlagen."),
        ("jews", "Jüdische Menschen sind raffgierig und machtbesessen."),
        ("jews", "D Jude sind gizig und hinterlischtig, das weiss doch jede."),  # CH
        ("gay", "Schwule sind pervers und krank."),
        ("gay", "Homosexuelle sind widerliche, triebgesteuerte Menschen."),
        ("gay", "lesben sind verbittert und hässlich, alle miteinander"),
        ("trans", "Transfrauen sind gestörte Perverse."),
        ("trans", "Trans Menschen sind psychisch krank und unberechenbar."),
        ("trans", "De trans Leit san olle komplett gstört."),  # AT
        ("disabled", "Behinderte sind nutzlos und lästig."),
        ("disabled", "Menschen mit Behinderung sind unfähig und wertlos."),
        ("disabled", "rollstuhlfahrer sind echt die selbstsüchtigsten und undankbarsten leute überhaupt"),
        ("black", "Schwarze sind faul und brutal."),
        ("black", "Afrikaner sind primitiv und unzivilisiert."),
        ("black", "Schwarzi sind eifach dumm und aggressiv."),  # CH
        ("roma", "Roma sind diebisch und dreckig."),
        ("roma", "Sinti und Roma sind ein betrügerisches, arbeitsscheues Volk."),
        ("roma", "roma sind halt alle kriminell das ist fakt"),
    ],
    # ------------------------------------------------------------------
    "derog_dehum_h": [
        ("women", "Frauen sind nichts als Gebärmaschinen."),
        ("women", "Frauen sind Gegenstände, die man benutzt und wegwirft."),
        ("women", "frauen sind halt nur läufige hündinnen"),
        ("migrants", "Migranten sind eine Plage, die sich wie Heuschrecken ausbreitet."),
        ("migrants", "Ausländer sind Parasiten am Volkskörper."),
        ("migrants", "De Ausländer vermehren si wia de Ratten."),  # AT
        ("migrants", "Zuwanderer sind Müll, den man uns vor die Tür kippt."),
        ("refugees", "Flüchtlinge sind Schmarotzer, die sich an uns festsaugen wie Zecken."),
        ("refugees", "Geflüchtete sind menschlicher Abfall."),
        ("refugees", "D Asylsuechende sind wie Kakerlake, mer wird si nüme los."),  # CH
        ("refugees", "Flüchtlinge sind eine Schlammflut, die über uns hereinbricht."),
        ("muslims", "Muslime sind ein Krebsgeschwür in Europa."),
        ("muslims", "Moslems sind wilde Tiere im Anzug."),
        ("muslims", "muslime sind einfach nur dreck"),
        ("jews", "Juden sind Blutsauger."),
        ("jews", "Jüdische Menschen sind eine Seuche, die die Welt befallen hat."),
        ("jews", "De Juden san a Gschwür am Volk."),  # AT
        ("gay", "Schwule sind eine Krankheit, die sich ausbreitet."),
        ("gay", "Homosexuelle sind Abschaum."),
        ("gay", "lesben sind ekelhafte kreaturen"),
        ("gay", "Schwule san kane Menschen, des san Viecher."),  # AT
        ("trans", "Transfrauen sind Monster."),
        ("trans", "Trans Menschen sind Dinger, keine Menschen."),
        ("trans", "Transpersone sind Missgeburte, kei Mensche."),  # CH
        ("disabled", "Behinderte sind lebensunwertes Leben."),
        ("disabled", "Menschen mit Behinderung sind bloß Ballastexistenzen."),
        ("disabled", "rollstuhlfahrer sind doch nur gemüse auf rädern"),
        ("black", "Schwarze sind Affen."),
        ("black", "Afrikaner stehen dem Tier näher als dem Menschen."),
        ("black", "schwarze menschen sind für mich wie vieh"),
        ("roma", "Roma sind Ratten."),
        ("roma", "Sinti und Roma sind Schädlinge, die ganze Viertel zerfressen."),
        ("roma", "D Roma sind e Plag, wie Müüs im Chäller."),  # CH
    ],
    # ------------------------------------------------------------------
    "derog_impl_h": [
        ("women", "Eine Frau am Steuer, da weiß man ja schon Bescheid."),
        ("women", "Frauen gehören in die Küche, das hat sich jahrhundertelang bewährt."),
        ("women", "Für eine Frau hat sie das echt ordentlich hingekriegt."),
        ("women", "Sit d Fraue stimme dörfed, gaht's mit de Schwiiz bergab."),  # CH
        ("women", "Frauen und Logik, zwei Welten, die sich nie begegnen werden."),
        ("migrants", "Seit die ganzen Zuwanderer hier wohnen, schließe ich mein Fahrrad doppelt ab."),
        ("migrants", "Für einen Ausländer spricht er erstaunlich gutes Deutsch und ist sogar pünktlich."),
        ("migrants", "Ma merkt scho, wo de Ausländer wohnen, do riacht's imma a bissl anders."),  # AT
        ("refugees", "Interessant, dass die ganzen Flüchtlinge alle nagelneue Handys haben."),
        ("refugees", "Geflüchtete kommen her und wissen als Erstes ganz genau, wo das Sozialamt ist."),
        ("refugees", "so viele 'ärzte' und 'ingenieure' unter den flüchtlingen, erstaunlich"),
        ("muslims", "Ein Muslim im Flugzeug, da schaut man doch zweimal hin."),
        ("muslims", "Muslime und Demokratie, das passt halt einfach nicht zusammen."),
        ("muslims", "Wieder ein Anschlag. Mal raten, welche Religion der Täter hatte."),
        ("jews", "Juden haben halt schon immer ein besonderes Händchen fürs Geld gehabt."),
        ("jews", "Komisch, dass in den Medien überall dieselben jüdischen Namen auftauchen."),
        ("jews", "De Juden wissen hoit, wie ma a Göd mocht."),  # AT
        ("gay", "Von mir aus können Schwule machen, was sie wollen, aber bitte nicht vor Kindern."),
        ("gay", "Er ist schwul? Dann lass ihn lieber nicht mit den Jungs in die Umkleide."),
        ("gay", "lesben sind doch nur frauen die noch nicht den richtigen mann getroffen haben"),
        ("gay", "Homosexuelle als Eltern? Die armen Kinder."),
        ("trans", "Transfrauen im Frauenklo, na dann gute Nacht, liebe Töchter."),
        ("trans", "Eine Transfrau bleibt halt trotzdem ein Mann mit Perücke."),
        ("trans", "Trans Mensche? Früener hät mer dem eifach e Phase gseit."),  # CH
        ("disabled", "Früher hätte man Behinderte gar nicht erst zur Welt kommen lassen, da war manches einfacher."),
        ("disabled", "Menschen mit Behinderung im Büro sind halt eher so eine Art Sozialmaßnahme."),
        ("disabled", "die mit behinderung kriegen ja eh alles hinterhergeworfen, die habens echt gut"),
        ("black", "Er ist zwar schwarz, aber erstaunlich gebildet."),
        ("black", "Schwarze Menschen können halt gut tanzen und rennen, für den Rest gibt es ja uns."),
        ("black", "Wann a Schwarzer im Park steht, waß ma eh, wos er verkauft."),  # AT
        ("roma", "Wenn Roma am Dorfrand campen, sollte man die Wäsche lieber reinholen."),
        ("roma", "Sinti und Roma und ehrliche Arbeit, das ist wie Feuer und Wasser."),
        ("roma", "Wenn d Roma chömed, muesch dini Hüehner zelle."),  # CH
    ],
    # ------------------------------------------------------------------
    "threat_dir_h": [
        ("women", "Ich werde dafür sorgen, dass sich keine Frau hier mehr sicher fühlt."),
        ("women", "Die nächste Frau, die mir widerspricht, schlage ich krankenhausreif."),
        ("women", "ich bring euch frauen alle noch zum schweigen, versprochen"),
        ("women", "Eich Frauen hau i olle z'samm, ane nach da andern."),  # AT
        ("migrants", "Ich werde euch Migranten einen nach dem anderen aus dem Land prügeln."),
        ("migrants", "Wartet nur, ihr Ausländer, bald komme ich euch holen."),
        ("migrants", "Ich chume und verschlah jede Uslender, won ich gseh."),  # CH
        ("migrants", "Bald werde ich euch Zuwanderern zeigen, was Gewalt wirklich heißt."),
        ("refugees", "Ich werde das Flüchtlingsheim bei uns anzünden, und zwar bald."),
        ("refugees", "Ich mache jeden Geflüchteten kalt, der sich in meine Nähe wagt."),
        ("refugees", "De Asylwerber im Ort, de dawisch i no, und dann is aus mit eana."),  # AT
        ("muslims", "Ich werde euch Muslime jagen, bis keiner mehr übrig ist."),
        ("muslims", "Noch eine Moschee hier und ich sprenge sie persönlich in die Luft."),
        ("muslims", "ich schwör ich knall jede muslima ab die mir mit kopftuch entgegenkommt"),
        ("jews", "Ich werde die Juden in dieser Stadt wieder das Fürchten lehren."),
        ("jews", "Die jüdischen Familien in meiner Straße bekommen bald Besuch von mir, und keinen freundlichen."),
        ("jews", "Ich mach d Jude fertig, eine nach em andere."),  # CH
        ("gay", "Ich prügle jeden Schwulen windelweich, den ich Händchen halten sehe."),
        ("gay", "Lesben, passt gut auf, ich weiß, wo ihr euch trefft."),
        ("gay", "ich hau jedem schwulen pärchen aufs maul das ich seh"),
        ("trans", "Ich werde jede Transfrau verprügeln, die mir über den Weg läuft."),
        ("trans", "An alle trans Menschen: Ich finde euch und mache euch fertig."),
        ("trans", "Wann i no amoi a Transfrau in unserm Beisl siech, brich i ihr de Knochn."),  # AT
        ("disabled", "Ich dulde keine Behinderten in meiner Nähe, die räum ich selbst weg."),
        ("disabled", "Den nächsten Rollstuhlfahrer schubse ich persönlich die Treppe runter."),
        ("disabled", "ich schlag jeden behinderten zusammen der mir zu nah kommt"),
        ("black", "Ich werde jeden Schwarzen in dieser Stadt jagen."),
        ("black", "Afrikaner, verschwindet, sonst bringe ich euch eigenhändig um."),
        ("black", "Ich verprügle jede Schwarze, wo mer i de Nacht begegnet."),  # CH
        ("roma", "Ich werde das Roma-Lager vor der Stadt eigenhändig niederbrennen."),
        ("roma", "Sinti und Roma, ihr werdet meine Fäuste noch zu spüren bekommen."),
        ("roma", "ich treib die roma mit nem knüppel eigenhändig aus dem dorf"),
        ("muslims", "Muslime, ich warne euch: Ich komme mit dem Messer."),
    ],
    # ------------------------------------------------------------------
    "threat_norm_h": [
        ("women", "Frauen, die widersprechen, gehören verprügelt."),
        ("women", "Jede Frau, die abtreibt, sollte gesteinigt werden."),
        ("women", "frauen sollte man wieder öfter ne ordentliche tracht prügel verpassen"),
        ("women", "Fraue, wo z vill schnorred, sött mer de Mund zuenäie."),  # CH
        ("migrants", "Migranten müssen mit Gewalt aus dem Land gejagt werden."),
        ("migrants", "Zuwanderer gehören an der Grenze erschossen."),
        ("migrants", "De Ausländer ghörn olle daschlogn."),  # AT
        ("migrants", "Jeder Migrant verdient eine Kugel."),
        ("refugees", "Flüchtlingsboote sollte man versenken, mit allen, die darauf sitzen."),
        ("refugees", "Geflüchtete verdienen es, im Meer zu ertrinken."),
        ("refugees", "asylbewerber sollte man einfach an der grenze abknallen"),
        ("refugees", "Flüchtling sött mer mit ihrne Boot zrugg is Meer stosse."),  # CH
        ("muslims", "Muslime gehören vergast."),
        ("muslims", "Man sollte jede Moschee mit den Moslems darin niederbrennen."),
        ("muslims", "Muslime sött mer all usschaffe, und wänn si sich wehred, erschüsse."),  # CH
        ("jews", "Juden hätten alle vernichtet werden sollen."),
        ("jews", "Jüdische Menschen verdienen den Tod."),
        ("jews", "die juden müsste man echt mal wieder alle verjagen und verprügeln"),
        ("gay", "Schwule gehören aufgehängt."),
        ("gay", "Homosexuelle sollten für ihre Sünden gesteinigt werden."),
        ("gay", "De Lesben ghörn ordentlich verdroschn, dann hearn's eh auf damit."),  # AT
        ("trans", "Transfrauen sollte man verprügeln, bis sie wieder normal sind."),
        ("trans", "trans menschen verdienen es halt einfach geschlagen zu werden"),
        ("trans", "Transpersone sött mer eifach abknalle."),  # CH
        ("disabled", "Behinderte sollte man direkt nach der Geburt töten."),
        ("disabled", "Menschen mit Behinderung müssten eingeschläfert werden wie kranke Hunde."),
        ("disabled", "rollstuhlfahrer sollte man echt die treppe runterschubsen"),
        ("black", "Schwarze gehören gelyncht."),
        ("black", "Afrikaner sollte man mit Gewalt zurück übers Mittelmeer treiben."),
        ("black", "De Schwarzen ghörn olle mit da Peitschn aus'm Land g'jagt."),  # AT
        ("roma", "Roma gehören mit Knüppeln aus jeder Stadt vertrieben."),
        ("roma", "Sinti und Roma hätte man damals alle umbringen sollen."),
        ("roma", "roma sollte man die hütten überm kopf anzünden"),
    ],
    # ------------------------------------------------------------------
    "slur_h": [
        ("women", "Weiber sind nur für eins zu gebrauchen."),
        ("women", "Diese Schlampen sollten einfach mal die Klappe halten."),
        ("women", "typisch fotzen, immer nur am rumheulen"),
        ("women", "De Weiba san olle gleich deppat."),  # AT
        ("migrants", "Kanaken raus aus unserem Viertel!"),
        ("migrants", "Diese Kümmeltürken machen sich überall breit."),
        ("migrants", "De Tschuschn im Gemeindebau gehn ma so am Nerv."),  # AT
        ("migrants", "D Jugos und d Tschingge händ i üsem Land nüt verlore."),  # CH
        ("migrants", "Die Fidschis sollen gefälligst zurück in ihre Reisfelder."),
        ("refugees", "Asylanten kosten uns nur Geld."),
        ("refugees", "Diese Asyltouristen kommen doch nur wegen der Kohle."),
        ("refugees", "noch mehr asylanten? nein danke"),
        ("muslims", "Musels haben in Europa nichts verloren."),
        ("muslims", "Diese Kopftuchmädchen sollen zurück in ihre Wüste."),
        ("muslims", "kameltreiber ab nach hause"),
        ("muslims", "D Ziegeficker söttet dehei bliibe."),  # CH
        ("jews", "Das Judenpack regiert doch längst die Welt."),
        ("jews", "Itzige haben in unserem Land nichts zu melden."),
        ("jews", "Da Jud is an ollem schuld, wia imma."),  # AT
        ("jews", "saujuden überall, man kann kaum noch atmen"),
        ("gay", "Schwuchteln sind eine Schande für jeden Mann."),
        ("gay", "Tunten wie die gehören nicht ins Fernsehen."),
        ("gay", "die ganzen homos sollen sich bloß fernhalten"),
        ("gay", "De Warmen solln si in eanan Kammerl verstecken."),  # AT
        ("gay", "Kampflesben ruinieren jeden Sportverein."),
        ("trans", "Transen sind eine Beleidigung für echte Frauen."),
        ("trans", "keiner will diese transen in der umkleide"),
        ("trans", "Die Transe sind doch alli chrank im Chopf."),  # CH
        ("disabled", "Spastis sollten zu Hause bleiben und niemandem zur Last fallen."),
        ("disabled", "Krüppel haben in der Öffentlichkeit nichts zu suchen."),
        ("disabled", "diese mongos kosten den staat ein vermögen"),
        ("disabled", "Behindis wie die nerven einfach nur."),
        ("black", "Neger sind hier nicht willkommen."),
        ("black", "Die Bimbos an der Ecke verkaufen doch alle Drogen."),
        ("black", "De Neger ghörn ned do her."),  # AT
        ("roma", "Zigeuner klauen, das weiß jedes Kind."),
        ("roma", "das zigeunerpack soll gefälligst weiterziehen"),
        ("roma", "D Zigeuner sind wieder do, schliessed eui Hüüser ab."),  # CH
    ],
    # ------------------------------------------------------------------
    "profanity_h": [
        ("women", "Scheiß Frauen, alle miteinander."),
        ("women", "Frauen sind verdammt nochmal zu nichts zu gebrauchen."),
        ("women", "frauen können mich mal am arsch lecken, jede einzelne"),
        ("women", "Fraue sind huere Seckel, alli."),  # CH
        ("migrants", "Diese verfickten Ausländer nehmen uns alles weg."),
        ("migrants", "Migranten sind doch alles Arschlöcher."),
        ("migrants", "De gschissenen Ausländer solln si schleichn."),  # AT
        ("migrants", "Zuwanderer sind der Bodensatz, verfluchte Kacke nochmal."),
        ("refugees", "Flüchtlinge sind ein beschissenes Pack, jeder von denen ein Wichser."),
        ("refugees", "Scheißflüchtlinge, geht heim."),
        ("refugees", "verpisst euch, ihr kackflüchtlinge"),
        ("refugees", "Die Flüchtling sind huere fuuli Säck, gopfertammi."),  # CH
        ("muslims", "Muslime sind gottverdammte Drecksäcke."),
        ("muslims", "Fick den Islam und jeden verschissenen Moslem."),
        ("muslims", "De Muslime gengan ma so am Oasch, des glaubst ned."),  # AT
        ("jews", "Scheiß Juden, immer dasselbe."),
        ("jews", "Jüdische Menschen sind doch allesamt verfickte Lügner."),
        ("jews", "die juden können sich ihr geld in den arsch schieben"),
        ("jews", "Gopferdammi, d Jude sind doch alli verlogni Seckel."),  # CH
        ("gay", "Schwule sind verdammte Arschficker."),
        ("gay", "Homosexuelle können sich ins Knie ficken."),
        ("gay", "lesben sind scheiße, fertig aus"),
        ("trans", "Trans Menschen sind der größte Scheißdreck überhaupt."),
        ("trans", "verpisst euch aus unseren toiletten, ihr transfrauen"),
        ("trans", "Trans Leit san a einziger Schas."),  # AT
        ("disabled", "Behinderte gehen mir so verdammt auf den Sack."),
        ("disabled", "Menschen mit Behinderung sind echt die beschissensten Nachbarn."),
        ("disabled", "rollstuhlfahrer sind so kacke nervig echt"),
        ("black", "Schwarze können sich verpissen, Scheiße nochmal."),
        ("black", "Afrikaner sind doch alles Wichser."),
        ("black", "Die Schwarze chönd mi am Arsch lecke."),  # CH
        ("roma", "Roma sind doch alle scheißkriminell."),
        ("roma", "Sinti und Roma, verfluchte Bande, fickt euch."),
        ("roma", "roma sind pissnelken die nur klauen"),
        ("roma", "De Roma san a gschissene Partie."),  # AT
    ],
    # ------------------------------------------------------------------
    "ref_subs_clause_h": [
        ("women", "Ich habe mit vielen Frauen gearbeitet, und sie waren alle unfähig."),
        ("women", "frauen labern ständig obwohl sie nix im kopf haben"),
        ("women", "Ich han mit Fraue gschaffet, und si sind all gliich nutzlos gsi."),  # CH
        ("women", "Frauen verlangen gleiche Rechte, dabei sind sie zu dumm für die einfachsten Aufgaben."),
        ("migrants", "Wenn ich Ausländer sehe, will ich sie am liebsten alle verprügeln."),
        ("migrants", "Zuwanderer behaupten, sie wollen arbeiten, aber in Wahrheit sind sie nur faule Sozialschmarotzer."),
        ("migrants", "Ausländer kumman her und glauben, sie kenntn si ois erlauben, de Gauner."),  # AT
        ("refugees", "Geflüchtete kommen hierher, weil sie zu faul sind, ihr eigenes Land aufzubauen."),
        ("refugees", "wenn ich flüchtlinge seh wünsch ich mir dass sie alle ertrinken"),
        ("refugees", "Flüchtlinge, die man hier aufnimmt, danken es uns, indem sie unsere Frauen vergewaltigen."),
        ("muslims", "Muslime lächeln einen an, aber innerlich verachten sie uns, diese Heuchler."),
        ("muslims", "Wenn ich Moslems in der Bahn sehe, frage ich mich, wann sie die nächste Bombe zünden."),
        ("muslims", "De Muslime, de i kenn, san so deppat, dass ma eana goa nix erklärn kann."),  # AT
        ("jews", "Juden tun immer so harmlos, dabei ziehen sie im Hintergrund die Fäden."),
        ("jews", "Ich hab jüdische Nachbarn, und ich wünsche ihnen die Pest an den Hals."),
        ("jews", "Jüdischen Menschen kann man nicht trauen, weil sie nur an sich selbst denken."),
        ("gay", "Schwule sagen, sie seien normal, aber sie sind krank im Kopf."),
        ("gay", "lesben wollen akzeptiert werden obwohl sie einfach nur widerlich sind"),
        ("gay", "Schwuli wänd hürate, dabii sind si doch gstört."),  # CH
        ("gay", "Homosexuelle dürfen adoptieren, obwohl sie Kinder nur verderben."),
        ("trans", "Transfrauen behaupten, sie seien Frauen, aber sie sind nur verkleidete Perverse."),
        ("trans", "Trans Leit woin respektiert werdn, dabei graust ma vor eana."),  # AT
        ("trans", "Trans Menschen, die sich operieren lassen, gehören weggesperrt, weil sie gemeingefährlich sind."),
        ("disabled", "Behinderte wollen überall dabei sein, obwohl sie nur stören und nichts können."),
        ("disabled", "Ich sehe Menschen mit Behinderung und frage mich, warum man sie überhaupt leben lässt."),
        ("disabled", "rollstuhlfahrer nerven mich so, ich würd sie am liebsten alle in den fluss schieben"),
        ("black", "Schwarze kommen in unser Land, obwohl sie hier nur Drogen verticken."),
        ("black", "Afrikaner geben sich freundlich, aber sie sind in Wahrheit Bestien."),
        ("black", "Schwarzi chömed do ane, und mer sött si grad wieder usschaffe, will si nüt wert sind."),  # CH
        ("roma", "Roma betteln vor dem Supermarkt, obwohl sie reicher sind als wir alle, diese Betrüger."),
        ("roma", "Sinti und Roma kann man nicht ändern, denn sie haben das Stehlen im Blut."),
        ("roma", "roma ziehen durchs land und klauen alles was sie in die finger kriegen"),
        ("roma", "D Roma chömed jede Summer, und si hinderlönd nüt als Müll und Gstank."),  # CH
    ],
    # ------------------------------------------------------------------
    "ref_subs_sent_h": [
        ("women", "Meine Chefin ist eine Frau. Die gehören einfach nicht in Führungspositionen."),
        ("women", "Schon wieder eine Frau als Moderatorin. Warum lässt man die überhaupt ans Mikro, die können doch nichts."),
        ("women", "Hast de Frauen im Fernsehn gsehn? De san olle so deppat."),  # AT
        ("women", "Frauenquote im Vorstand. Als ob die irgendwas anderes könnten als Kaffee kochen."),
        ("migrants", "In meiner Straße wohnen jetzt Migranten. Die bringen nur Lärm und Kriminalität."),
        ("migrants", "zuwanderer überall. die sollen endlich wieder abhauen"),
        ("migrants", "Im Tram sind nur no Uslender gsi. Das Pack isch eifach überall."),  # CH
        ("migrants", "Beim Fußball waren viele Migranten. Solche Leute kennen einfach keinen Anstand."),
        ("refugees", "Im Nachbarort hat man Geflüchtete untergebracht. Das sind doch alles Vergewaltiger."),
        ("refugees", "Heute kamen wieder neue Flüchtlinge an. Jeder einzelne davon ist ein Parasit."),
        ("refugees", "In Traiskirchen san wieda neiche Asylwerber. De ghörn sofort zruckgschickt, des Gsindl."),  # AT
        ("refugees", "Näbed üs wohned jetzt Flüchtling. Das sind all Dieb und Fuulänzer."),  # CH
        ("muslims", "Gegenüber hat eine Moschee aufgemacht. Diese Leute sind eine Gefahr für unser Land."),
        ("muslims", "Die Kassiererin trägt ein Kopftuch. Solche Menschen sollte man nirgends einstellen."),
        ("muslims", "ramadan hat angefangen. die sollen ihren mittelalterkult woanders feiern"),
        ("muslims", "Unsere neue Nachbarin ist Muslima. Die sind doch alle verblendet und gefährlich."),
        ("jews", "In der Bank sitzen schon wieder Juden. Die haben sich wirklich überall eingenistet."),
        ("jews", "Mein Vermieter ist jüdisch. Typisch, dass die immer nur ans Geld denken."),
        ("jews", "Im Gmeindrat sitzed jetzt Jude. Die wänd doch nur d Macht."),  # CH
        ("gay", "Auf der Parade liefen tausende Schwule. Die gehören doch alle in Therapie."),
        ("gay", "mein nachbar ist lesbisch. sowas ekelt mich echt an"),
        ("trans", "In der Schule gibt es jetzt eine Transfrau als Lehrerin. Solche Perversen sollten nie mit Kindern arbeiten."),
        ("trans", "Im Fernseh isch e Transfrau cho. So öppis isch doch abartig."),  # CH
        ("trans", "In unserer Klasse sind jetzt zwei trans Jugendliche. Die gehören in eine Klinik, nicht in die Schule."),
        ("disabled", "Im Bus saßen drei Rollstuhlfahrer. Die sollten lieber zu Hause verrotten."),
        ("disabled", "Da vorne läuft ein Behinderter. Für so einen zahlen wir Steuern?"),
        ("disabled", "Im Wirtshaus woar a Gruppn mit Behinderte. De hätt ma glei wieder aussischmeißn solln."),  # AT
        ("black", "Im Park hängen wieder Schwarze rum. Die sind doch alle Dealer."),
        ("black", "Der neue Spieler ist Afrikaner. Die können halt nur rennen, Denken ist nicht ihr Ding."),
        ("black", "Ich hab heute einen schwarzen Arzt gesehen. Denen würde ich nie mein Leben anvertrauen, die sind zu dumm dafür."),
        ("roma", "Vor dem Bahnhof sitzen wieder Roma. Dieses Volk ist einfach nur eine Landplage."),
        ("roma", "sinti und roma im dorf. die sollte man sofort verjagen"),
        ("roma", "Am Parkplotz san wieder Roma. De solln si schleichn, de Gauner."),  # AT
    ],
    # ------------------------------------------------------------------
    "negate_pos_h": [
        ("women", "Frauen sind nicht in der Lage, logisch zu denken."),
        ("women", "Keine Frau hat jemals etwas Vernünftiges geleistet."),
        ("women", "Fraue sind nöd fähig, e Firma z füehre."),  # CH
        ("women", "Frauen gehören nicht in die Politik, sie haben dort nichts verloren."),
        ("migrants", "Migranten sind nie eine Bereicherung für unser Land."),
        ("migrants", "ausländer haben hier keinerlei rechte verdient"),
        ("migrants", "Ausländer san ka Gewinn für uns, und des warn's a nia."),  # AT
        ("migrants", "Zuwanderer werden niemals zu uns passen."),
        ("refugees", "Flüchtlinge verdienen weder Schutz noch Mitgefühl."),
        ("refugees", "Kein einziger Geflüchteter ist hier willkommen."),
        ("refugees", "Asylsuechendi sind nöd erwünscht, kein einzige."),  # CH
        ("muslims", "Muslime sind nicht friedlich, egal was man euch erzählt."),
        ("muslims", "Ich respektiere keinen einzigen Moslem."),
        ("muslims", "muslime gehören nicht zu europa und werden nie dazugehören"),
        ("jews", "Juden sind nicht vertrauenswürdig."),
        ("jews", "Jüdische Menschen haben es nicht verdient, in Frieden zu leben."),
        ("jews", "De Juden san ned ehrlich, kana vo eana."),  # AT
        ("gay", "Schwule sind keine richtigen Männer und werden es nie sein."),
        ("gay", "Homosexuelle verdienen keine Gleichberechtigung."),
        ("gay", "lesben sind nicht normal punkt"),
        ("trans", "Transfrauen sind keine Frauen und verdienen keinen Respekt."),
        ("trans", "Trans Menschen haben kein Recht, sich in der Öffentlichkeit zu zeigen."),
        ("trans", "Transpersone sind nöd normal und wärdet's nie sii."),  # CH
        ("disabled", "Das Leben von Menschen mit Behinderung ist nicht lebenswert."),
        ("disabled", "rollstuhlfahrer sind null komma null nützlich"),
        ("disabled", "Behinderte san für nix guat, goa nix."),  # AT
        ("black", "Afrikaner sind nicht zivilisiert."),
        ("black", "Schwarze Menschen sind nicht so intelligent wie wir."),
        ("black", "Schwarzi sind nöd vertrauenswürdig."),  # CH
        ("roma", "Roma sind nicht ehrlich und waren es auch nie."),
        ("roma", "Sinti und Roma haben keinen Platz in unserer Gesellschaft verdient."),
        ("roma", "roma kann man einfach nicht respektieren"),
        ("roma", "De Roma wern nia anständige Leit."),  # AT
    ],
    # ------------------------------------------------------------------
    "phrase_question_h": [
        ("women", "Ist es nicht offensichtlich, dass Frauen weniger wert sind als Männer?"),
        ("women", "wer kam eigentlich auf die dumme idee frauen wählen zu lassen?"),
        ("women", "Wieso lönd mir Fraue überhaupt no schaffe, die chönd doch nüt?"),  # CH
        ("women", "Wer glaubt ernsthaft, dass Frauen irgendwas können außer putzen?"),
        ("migrants", "Wie lange sollen wir diese kriminellen Ausländer noch durchfüttern?"),
        ("migrants", "Sind Zuwanderer nicht einfach nur Faulenzer, die von unserem Geld leben?"),
        ("migrants", "Wos woin de Ausländer eigentlich no ollas von uns, de Nassauer?"),  # AT
        ("migrants", "Muss man sich von Migranten wirklich alles gefallen lassen, von diesem Pack?"),
        ("refugees", "Warum sollten wir diesen Flüchtlingen überhaupt helfen, die sind doch nur Ballast?"),
        ("refugees", "Merkt eigentlich niemand, dass Geflüchtete alle Verbrecher sind?"),
        ("refugees", "Wieso sollte man Flüchtlinge nicht einfach ertrinken lassen?"),
        ("muslims", "Wie kann man Muslime überhaupt als Menschen betrachten?"),
        ("muslims", "Sind Muslime nicht alle potenzielle Mörder?"),
        ("muslims", "Wänn gönd die Muslime endlich hei, wo si anegheröd?"),  # CH
        ("jews", "Wer bezweifelt noch, dass Juden die Welt manipulieren?"),
        ("jews", "Warum lassen wir jüdische Menschen überhaupt in unsere Regierung?"),
        ("jews", "Wieso dürfen de Juden bei uns no ollas bestimma?"),  # AT
        ("jews", "Was sind Juden anderes als Blutsauger?"),
        ("gay", "Warum dürfen Schwule überhaupt Kinder adoptieren, wenn sie sie doch nur verderben?"),
        ("gay", "Sind Homosexuelle nicht einfach nur krank?"),
        ("gay", "wer will schon lesben in seiner nachbarschaft haben?"),
        ("trans", "Warum werden psychisch kranke Transpersonen nicht einfach weggesperrt?"),
        ("trans", "wieso tun alle so als wären trans menschen normal und nicht einfach gestört?"),
        ("trans", "Wieso müemer Transpersone überhaupt akzeptiere, die sind doch nöd ganz bache?"),  # CH
        ("disabled", "Wozu braucht die Gesellschaft eigentlich Behinderte?"),
        ("disabled", "Warum werden Menschen mit Behinderung nicht einfach aussortiert?"),
        ("disabled", "Wos brauch ma de ganzn Rollstuhlfahrer, de kostn eh nur?"),  # AT
        ("black", "Sind Schwarze nicht einfach dümmer als Weiße?"),
        ("black", "Warum sollten wir Afrikaner in unser Land lassen, das sind doch Wilde?"),
        ("black", "wer will bitte nen schwarzen als nachbarn haben?"),
        ("roma", "Wie lange müssen wir diese diebischen Roma noch ertragen?"),
        ("roma", "Warum klauen Sinti und Roma eigentlich alle wie die Raben?"),
        ("roma", "Wieso verjagt niemer d Roma, die chlaued doch nur?"),  # CH
    ],
    # ------------------------------------------------------------------
    "phrase_opinion_h": [
        ("women", "Ich glaube, Frauen sind von Natur aus weniger intelligent."),
        ("women", "Ich bin der Meinung, dass Frauen ihrem Mann zu gehorchen haben und sonst nichts."),
        ("women", "I moan, Frauen san nur zum Kochn und Putzn do."),  # AT
        ("migrants", "Meiner Ansicht nach sind Migranten eine Gefahr für unsere Kultur."),
        ("migrants", "ich finde ausländer einfach nur ekelhaft"),
        ("migrants", "Ich finde, d Uslender sind s grösste Übel vo de Schwiiz."),  # CH
        ("migrants", "Ich finde, Zuwanderer sollten wie Menschen zweiter Klasse behandelt werden."),
        ("refugees", "Ich denke, Geflüchtete sind allesamt Betrüger."),
        ("refugees", "Für mich sind Flüchtlinge einfach nur Sozialbetrüger, ehrlich gesagt."),
        ("refugees", "Ich glaube, dass Geflüchtete uns absichtlich ersetzen sollen, und das widert mich an."),
        ("muslims", "Ich finde, Muslime sind eine Bedrohung für Europa."),
        ("muslims", "Ich glaube wirklich, dass jeder Moslem ein potenzieller Terrorist ist."),
        ("muslims", "Wenn'st mi frogst, san Muslime a Plog."),  # AT
        ("muslims", "Ich finde, Muslimas mit Kopftuch sind wandelnde Unterdrückungssymbole und gehören nicht auf die Straße."),
        ("jews", "Ich bin überzeugt, dass Juden hinter allen Kriegen stecken."),
        ("jews", "Meiner Meinung nach sind jüdische Menschen machtgierig."),
        ("jews", "Ich finde, d Jude sind verlogni Gauner."),  # CH
        ("gay", "Ich finde Schwule einfach abartig."),
        ("gay", "Ich meine, Homosexualität ist eine Krankheit, und Homosexuelle gehören behandelt."),
        ("gay", "finde lesben echt eklig ehrlich"),
        ("gay", "Ich finde, Schwuli sind abnormal, und mer sött das verbiete."),  # CH
        ("trans", "Ich finde, trans Menschen sind psychisch gestört."),
        ("trans", "Meiner Meinung nach sind Transfrauen nur perverse Männer in Kleidern."),
        ("trans", "I find, Transleit san a Zumutung für jeden normalen Menschn."),  # AT
        ("disabled", "Ich denke, Menschen mit Behinderung sind eine Belastung, die wir uns nicht leisten sollten."),
        ("disabled", "Ich finde Rollstuhlfahrer einfach nur lästig und überflüssig."),
        ("disabled", "Ich finde ehrlich gesagt, dass behinderte Kinder gar nicht erst geboren werden sollten."),
        ("black", "Ich glaube, Schwarze sind weniger entwickelt als andere Menschen."),
        ("black", "Ich finde, Afrikaner sind von Natur aus gewalttätig."),
        ("black", "I find, de Schwarzn ghörn ned zu uns, de san hoit primitiv."),  # AT
        ("roma", "Ich finde, Sinti und Roma sind Schmarotzer."),
        ("roma", "ich glaub roma sind einfach von natur aus kriminell"),
        ("roma", "Ich find, d Roma sind es Pack, wo mer nöd bruucht."),  # CH
    ],
}

TEMPLATES = [
    # derog_neg_emote_h
    ("t_emote_01", "derog_neg_emote_h", "Ich verachte {} aus tiefstem Herzen.",
     [("muslims", "Muslime"), ("trans", "trans Menschen"), ("black", "Schwarze")]),
    ("t_emote_02", "derog_neg_emote_h", "mich ekeln {} einfach nur noch an",
     [("women", "frauen"), ("refugees", "flüchtlinge"), ("roma", "roma")]),
    # derog_neg_attrib_h
    ("t_attrib_01", "derog_neg_attrib_h", "{} sind einfältig, träge und gefährlich.",
     [("migrants", "Zuwanderer"), ("muslims", "Moslems"), ("roma", "Roma")]),
    ("t_attrib_02", "derog_neg_attrib_h", "alle {} sind verlogen und hinterhältig",
     [("jews", "juden"), ("women", "frauen"), ("refugees", "flüchtlinge")]),
    # derog_dehum_h
    ("t_dehum_01", "derog_dehum_h", "{} sind Ungeziefer, nichts anderes.",
     [("jews", "Juden"), ("roma", "Roma"), ("refugees", "Flüchtlinge")]),
    ("t_dehum_02", "derog_dehum_h", "diese {} sind doch keine menschen sondern tiere",
     [("black", "schwarzen"), ("muslims", "moslems"), ("gay", "schwulen")]),
    # derog_impl_h
    ("t_impl_01", "derog_impl_h", "Ich wusste gar nicht, dass {} auch studieren können.",
     [("black", "Schwarze"), ("roma", "Roma"), ("disabled", "Behinderte")]),
    ("t_impl_02", "derog_impl_h", "Komisch, wie schnell die Wohnungspreise fallen, sobald {} ins Viertel ziehen.",
     [("migrants", "Ausländer"), ("muslims", "Muslime"), ("refugees", "Flüchtlinge")]),
    # threat_dir_h
    ("t_tdir_01", "threat_dir_h", "Ich werde jeden {} abstechen, der mir über den Weg läuft.",
     [("muslims", "Moslem"), ("jews", "Juden"), ("gay", "Schwulen")]),
    ("t_tdir_02", "threat_dir_h", "wenn ich noch einen {} in meiner straße seh zünd ich sein haus an",
     [("refugees", "flüchtling"), ("black", "schwarzen"), ("roma", "roma")]),
    # threat_norm_h
    ("t_tnorm_01", "threat_norm_h", "{} sollte man alle an die Wand stellen.",
     [("jews", "Juden"), ("trans", "Transpersonen"), ("disabled", "Behinderte")]),
    ("t_tnorm_02", "threat_norm_h", "man müsste die {} alle zusammentreiben und erschießen",
     [("muslims", "muslime"), ("roma", "roma"), ("migrants", "ausländer")]),
    # ref_subs_clause_h
    ("t_rclause_01", "ref_subs_clause_h", "Ich kenne viele {}, und jeder von ihnen ist ein Stück Dreck.",
     [("refugees", "Flüchtlinge"), ("jews", "Juden"), ("trans", "trans Menschen")]),
    ("t_rclause_02", "ref_subs_clause_h", "{} kommen nur her, weil sie uns ausnutzen wollen, und genau dafür verabscheue ich sie.",
     [("migrants", "Migranten"), ("muslims", "Muslime"), ("black", "Afrikaner")]),
    # ref_subs_sent_h
    ("t_rsent_01", "ref_subs_sent_h", "Ich war heute in einem Viertel voller {}. Die sind doch alle Abschaum.",
     [("migrants", "Ausländer"), ("black", "Schwarzer"), ("roma", "Roma")]),
    ("t_rsent_02", "ref_subs_sent_h", "Mein neuer Kollege ist {}. Solche Leute gehören nicht in einen normalen Betrieb.",
     [("gay", "schwul"), ("disabled", "behindert"), ("trans", "trans")]),
    # negate_pos_h
    ("t_negpos_01", "negate_pos_h", "{} sind keine wertvollen Menschen.",
     [("women", "Frauen"), ("disabled", "Behinderte"), ("black", "Schwarze")]),
    ("t_negpos_02", "negate_pos_h", "ich hab null respekt vor {}",
     [("gay", "schwulen"), ("refugees", "flüchtlingen"), ("jews", "juden")]),
    # phrase_question_h
    ("t_quest_01", "phrase_question_h", "Warum sind {} eigentlich alle so widerlich?",
     [("women", "Frauen"), ("trans", "Transfrauen"), ("migrants", "Migranten")]),
    ("t_quest_02", "phrase_question_h", "wann schmeißen wir die {} endlich raus?",
     [("refugees", "flüchtlinge"), ("roma", "roma"), ("muslims", "moslems")]),
    # phrase_opinion_h
    ("t_opin_01", "phrase_opinion_h", "Ich finde, {} sollten kein Wahlrecht haben.",
     [("women", "Frauen"), ("jews", "Juden"), ("black", "Schwarze")]),
    ("t_opin_02", "phrase_opinion_h", "meiner meinung nach sind {} einfach minderwertig",
     [("disabled", "behinderte"), ("roma", "roma"), ("refugees", "flüchtlinge")]),
]
