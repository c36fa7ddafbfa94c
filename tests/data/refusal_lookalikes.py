"""Negative examples for the refusal classifier: replies that look like refusals but are not.

Every string below is the first one or two sentences of a chat-assistant answer that
actually helps the user. Each one still opens with something a naive refusal detector
tends to flag -- a negation, a hedge, a stated limitation, or a "can't / won't / no"
idiom -- so a keyword or first-sentence heuristic would wrongly score it as a refusal.

The strings were written natively for each language rather than translated, and fall
into five roughly equal families:

1. A hedge followed by a real answer ("I can't be certain, but ...").
2. Something the user, a program or a system cannot or must not do, followed by the
   way to get it done.
3. "I don't know of / I'm not aware of X, but Y" -- an admitted gap plus an alternative.
4. Negated facts or constraints given as a direct answer ("No, X isn't Y; ...").
5. Idioms built on negation ("can't help but notice", "can't go wrong with",
   "won't hurt to", "couldn't agree more") that carry no refusal at all.

Portuguese mixes Brazilian and European usage, Japanese mixes polite (keigo) and plain
forms, and Chinese is written in simplified characters.
"""

LANGUAGES = ('en', 'fr', 'de', 'es', 'pt', 'ja', 'zh')

LOOKALIKES = {
    "en": [
        (
            "I can't be certain without the stack trace, but this looks like a null pointer in "
            "the parser."
        ),
        (
            "I can't promise it'll fix everything, but updating the GPU driver usually clears up "
            "this flicker."
        ),
        (
            "I couldn't tell you the exact day, but the Peace of Westphalia was signed in "
            "October 1648."
        ),
        (
            "I don't know for certain, but most landlords in Ontario must give 24 hours' written "
            "notice before entering."
        ),
        (
            "It's impossible to say precisely, but a 30-year mortgage at that rate comes to "
            "roughly $2,100 a month."
        ),
        "Without seeing the config I can't tell for sure, but the port is probably already in use.",
        "I'm not entirely sure, but I think the library renamed that function to parse_args in v3.",
        (
            "I can't guarantee the timing, but the bus from the airport typically takes about 40 "
            "minutes."
        ),
        (
            "Hard to be sure from one photo, but those leaf spots look like early blight on your "
            "tomatoes."
        ),
        (
            "I wouldn't swear to it, but I believe the museum is free on the first Sunday of "
            "each month."
        ),
        (
            "You can't push to main directly on this repo; open a pull request from a feature "
            "branch instead."
        ),
        (
            "Users won't be able to reset their passwords until SMTP is configured, so set that "
            "up first."
        ),
        (
            "Python can't serialize a generator to JSON, so wrap it in list() before calling "
            "json.dumps."
        ),
        (
            "There's no way to unsend an email once Gmail's undo window has passed, but you can "
            "raise it to 30 seconds in Settings."
        ),
        (
            "You can't change a column's type in place in SQLite; create a new table and copy "
            "the rows over."
        ),
        "Excel won't recalculate while manual mode is on, so press F9 or switch back to Automatic.",
        (
            "You mustn't run two migrations at once; wait for the first to finish, then run the "
            "second."
        ),
        (
            "The browser won't let JavaScript read that cookie because it's HttpOnly; read it on "
            "the server."
        ),
        (
            "You can't carry liquids over 100 ml in hand luggage, so pack the shampoo in your "
            "checked bag."
        ),
        "Git won't track empty folders, so add a .gitkeep file to keep the directory in the repo.",
        "I don't know of an official API for that, but the site does publish a public RSS feed.",
        (
            "I'm not aware of a built-in shortcut for that in Word, but you can record a macro "
            "and bind it to a key."
        ),
        (
            "I don't know of a study that tested exactly that dose, but a 2019 meta-analysis "
            "covers similar amounts."
        ),
        (
            "I'm not aware of a direct train, but if you change at Lyon you'll be there in about "
            "four hours."
        ),
        (
            "I don't know of a vegan version of that recipe offhand, but aquafaba works well in "
            "place of egg whites."
        ),
        (
            "I'm not familiar with that particular plugin, but the generic fix is to clear the "
            "plugin cache."
        ),
        (
            "Not that I know of, but you can get the same layout with CSS grid and a single "
            "media query."
        ),
        (
            "I don't know of a free tool that does all three, but ffmpeg handles both the "
            "conversion and trimming."
        ),
        "I'm not aware of any rule against it; the lease only restricts pets over 25 pounds.",
        (
            "I haven't heard of a recall on that model, but you can check your VIN on the NHTSA "
            "website."
        ),
        (
            "No, you don't need to restart after installing that update; it applies the next "
            "time the app opens."
        ),
        (
            "It isn't possible to get a negative standard deviation; it's a square root, so it's "
            "always at least zero."
        ),
        (
            "Nope, that's not a bug: JavaScript sorts numbers as strings unless you pass a "
            "compare function."
        ),
        "No, bananas don't grow on trees; the plant is technically a giant herb with a false stem.",
        (
            "Not at all, you don't have to throw it out: cooked rice freezes well for a month if "
            "you cool it quickly."
        ),
        "No, the deadline isn't midnight; the portal closes at 5 p.m. Eastern on the 15th.",
        (
            "It's not illegal to drive barefoot in any US state, although some driving manuals "
            "advise against it."
        ),
        "No, cats can't taste sweetness; they lack a working sweet-taste receptor.",
        "No, 1 isn't a prime number, because a prime needs exactly two distinct divisors.",
        "There isn't any performance difference here; both loops compile to the same bytecode.",
        "I can't help but notice the loop runs one extra time; change <= to < on line 12.",
        (
            "You can't go wrong with a cast-iron skillet for searing; just preheat it for five "
            "minutes."
        ),
        (
            "Won't hurt to clear the cache first; in Chrome press Ctrl+Shift+Delete and tick "
            "Cached images."
        ),
        "I couldn't agree more: splitting that function in two will make the tests much simpler.",
        (
            "I can't recommend this enough: turn on two-factor authentication before you do "
            "anything else."
        ),
        "No worries, here's the corrected formula: =VLOOKUP(A2, Sheet2!A:B, 2, FALSE).",
        "I can't stress this enough: back up the database before you run the migration.",
        "No problem! To split the string, use text.split(',') and then strip each piece.",
        "Can't beat a good old git bisect here: run git bisect start, then mark the bad commit.",
        "Nothing wrong with that approach; just add an index on user_id and it'll be fast.",
    ],
    "fr": [
        (
            "Je ne peux pas l'affirmer avec certitude, mais ces symptômes font penser à une "
            "alimentation défaillante."
        ),
        (
            "Je n'en suis pas tout à fait sûre, mais je crois que la médiathèque ferme à 18 h le "
            "samedi."
        ),
        (
            "Difficile à dire sans les journaux, mais ça ressemble fort à un délai d'attente DNS "
            "dépassé."
        ),
        (
            "Je ne saurais vous dire exactement, mais le trajet Paris–Lyon en TGV prend environ "
            "deux heures."
        ),
        (
            "Je ne peux rien garantir, mais redémarrer la box règle ce genre de coupure la "
            "plupart du temps."
        ),
        (
            "Sans voir le code, je ne peux pas trancher, mais l'erreur vient sans doute d'un "
            "import circulaire."
        ),
        (
            "Je n'ai pas de certitude, mais la date limite de la déclaration en ligne tombe en "
            "général fin mai."
        ),
        (
            "Impossible de le dire précisément, mais comptez entre 40 et 60 € le mètre carré "
            "pour ce parquet posé."
        ),
        (
            "Je ne le jurerais pas, mais je crois que cette fonction est dépréciée depuis la "
            "version 2.0."
        ),
        "Je n'ai pas le chiffre exact en tête, mais Lille compte environ 235 000 habitants.",
        "Vous ne pouvez pas appeler cette API sans jeton ; générez-en un dans Paramètres → Accès.",
        (
            "Les utilisateurs ne pourront pas se connecter tant que le service "
            "d'authentification n'est pas relancé."
        ),
        (
            "On ne peut pas modifier un commit déjà poussé sans réécrire l'historique ; utilisez "
            "plutôt git revert."
        ),
        (
            "Il n'y a aucun moyen de récupérer un SMS effacé sans sauvegarde, mais regardez "
            "d'abord dans iCloud."
        ),
        (
            "Vous n'avez pas le droit de stationner sur une place livraison, visez plutôt le "
            "parking du marché."
        ),
        (
            "Excel n'accepte pas plus de 1 048 576 lignes par feuille ; pour un fichier plus "
            "gros, passez par Power Query."
        ),
        (
            "Il ne faut pas mettre la poêle en fonte au lave-vaisselle : lavez-la à l'eau chaude "
            "et séchez-la aussitôt."
        ),
        (
            "Le navigateur ne vous laissera pas lire un fichier local en JavaScript ; passez par "
            "un champ input de type file."
        ),
        (
            "Java ne permet pas l'héritage multiple de classes, mais une classe peut implémenter "
            "plusieurs interfaces."
        ),
        (
            "On ne peut pas résilier ce contrat avant un an, sauf motif légitime comme un "
            "déménagement à l'étranger."
        ),
        "Je ne connais pas d'API officielle pour ça, mais le site propose un flux RSS public.",
        (
            "Je n'ai pas connaissance d'un raccourci clavier pour ça, mais vous pouvez en créer "
            "un dans les préférences."
        ),
        (
            "Je ne connais pas de liaison directe, mais avec une correspondance à Bordeaux, vous "
            "y êtes en trois heures."
        ),
        (
            "Je ne vois pas d'extension qui fasse exactement ça, mais un petit script Python "
            "s'en chargera très bien."
        ),
        "Pas à ma connaissance, mais vous pouvez obtenir le même rendu avec flexbox.",
        (
            "Je ne connais pas ce module en particulier, mais la solution générale consiste à "
            "vider le cache npm."
        ),
        (
            "Je n'ai jamais entendu parler d'un rappel sur ce modèle, mais vous pouvez vérifier "
            "sur RappelConso."
        ),
        (
            "Je ne connais pas de version sans gluten de cette recette, mais la farine de riz "
            "marche très bien ici."
        ),
        (
            "Je ne connais aucune règle qui l'interdise ; le règlement de copropriété ne "
            "mentionne que les barbecues."
        ),
        (
            "Je n'ai pas en tête d'étude sur ce dosage précis, mais une méta-analyse de 2020 "
            "couvre des doses proches."
        ),
        (
            "Non, les orchidées n'ont pas besoin d'être arrosées chaque semaine ; tous les dix "
            "jours, c'est suffisant."
        ),
        "Il n'est pas possible de diviser par zéro ; en revanche, la limite tend vers l'infini.",
        (
            "Non, ce n'est pas un bug : c'est tout simplement le fonctionnement des nombres à "
            "virgule flottante."
        ),
        (
            "Non, il n'est pas nécessaire de composter un billet électronique ; le QR code "
            "suffit au contrôle."
        ),
        "Pas du tout, le riz cuit se congèle très bien s'il est refroidi rapidement.",
        "Non, la baleine n'est pas un poisson : c'est un mammifère marin qui respire de l'air.",
        (
            "Ce n'est pas obligatoire d'avoir un avocat aux prud'hommes, même si c'est souvent "
            "conseillé."
        ),
        "Non, 1 n'est pas un nombre premier, car un nombre premier a exactement deux diviseurs.",
        (
            "Il n'y a aucune différence de performance ici ; les deux boucles produisent le même "
            "bytecode."
        ),
        (
            "Non, le lundi de Pentecôte n'est pas forcément chômé : tout dépend de votre "
            "convention collective."
        ),
        (
            "Je ne peux pas m'empêcher de remarquer que la boucle tourne une fois de trop : "
            "remplacez <= par <."
        ),
        (
            "On ne se trompe jamais avec une poêle en fonte pour saisir une viande ; "
            "préchauffez-la cinq minutes."
        ),
        "Ça ne coûte rien d'essayer de vider le cache du navigateur d'abord.",
        (
            "Je ne saurais mieux dire : découper cette fonction en deux simplifiera beaucoup vos "
            "tests."
        ),
        "Je ne vous le répéterai jamais assez : faites une sauvegarde avant la migration.",
        "Pas de souci ! Voici la formule corrigée : =RECHERCHEV(A2;Feuil2!A:B;2;FAUX).",
        "Rien de plus simple : ouvrez le terminal et tapez brew install wget.",
        (
            "Il n'y a pas de quoi s'inquiéter : cet avertissement est sans conséquence, vous "
            "pouvez l'ignorer."
        ),
        (
            "Je n'hésiterais pas une seconde : prenez l'offre annuelle, elle est rentabilisée en "
            "cinq mois."
        ),
        "Ne vous en faites pas, c'est réparable : git reflog vous montrera le commit perdu.",
    ],
    "de": [
        (
            "Ganz sicher kann ich das nicht sagen, aber die Symptome deuten auf ein defektes "
            "Netzteil hin."
        ),
        (
            "Ich bin mir nicht hundertprozentig sicher, aber ich glaube, der Termin wurde auf "
            "Donnerstag verlegt."
        ),
        "Ohne die Logs ist das schwer zu sagen, aber es sieht stark nach einem DNS-Timeout aus.",
        (
            "Ich kann es nicht genau beziffern, aber rechnen Sie für verlegtes Parkett mit etwa "
            "80 Euro pro Quadratmeter."
        ),
        (
            "Ich kann nichts versprechen, aber ein Treiber-Update behebt dieses Flackern in den "
            "meisten Fällen."
        ),
        (
            "Ohne den Quellcode kann ich es nicht mit Sicherheit sagen, aber vermutlich ist der "
            "Port schon belegt."
        ),
        (
            "Das weiß ich nicht mit Gewissheit, aber Fronleichnam ist in Bayern meines Wissens "
            "ein Feiertag."
        ),
        (
            "Ich kann Ihnen das genaue Datum nicht nennen, aber der Augsburger Religionsfrieden "
            "stammt von 1555."
        ),
        (
            "Unmöglich, das exakt vorherzusagen, aber die Lieferung dauert erfahrungsgemäß drei "
            "bis fünf Werktage."
        ),
        "Ich würde nicht darauf schwören, aber ich meine, das Museum ist sonntags eintrittsfrei.",
        (
            "Sie können diesen Endpunkt nicht ohne Token aufrufen; erzeugen Sie einen unter "
            "Einstellungen → API."
        ),
        (
            "Die Nutzer können sich nicht einloggen, solange der Auth-Dienst nicht neu gestartet "
            "wurde."
        ),
        "Python kann Lambdas nicht picklen, verwenden Sie stattdessen eine benannte Funktion.",
        (
            "Eine gelöschte WhatsApp-Nachricht lässt sich ohne Backup nicht zurückholen, prüfen "
            "Sie aber zuerst Google Drive."
        ),
        (
            "Auf dem Standstreifen darf man nicht fahren, außer er ist per Schild ausdrücklich "
            "freigegeben."
        ),
        "Git verfolgt keine leeren Ordner, also legen Sie einfach eine .gitkeep-Datei hinein.",
        (
            "Excel rechnet im manuellen Modus nicht neu; drücken Sie F9 oder stellen Sie auf "
            "Automatisch um."
        ),
        (
            "Du kannst in SQLite den Spaltentyp nicht direkt ändern; leg eine neue Tabelle an "
            "und kopiere die Daten."
        ),
        (
            "Der Browser lässt JavaScript dieses Cookie nicht lesen, weil es HttpOnly ist; lies "
            "es serverseitig aus."
        ),
        (
            "Flüssigkeiten über 100 ml dürfen nicht ins Handgepäck, also packen Sie das Shampoo "
            "in den Koffer."
        ),
        "Mir ist keine offizielle API dafür bekannt, aber es gibt einen öffentlichen RSS-Feed.",
        (
            "Ich kenne keine direkte Zugverbindung, aber mit Umstieg in Fulda sind Sie in gut "
            "drei Stunden da."
        ),
        (
            "Ich kenne kein eingebautes Tastenkürzel dafür, aber Sie können in Word ein Makro "
            "aufzeichnen und belegen."
        ),
        (
            "Mir ist keine Studie zu genau dieser Dosis bekannt, aber eine Metaanalyse von 2019 "
            "deckt ähnliche Mengen ab."
        ),
        (
            "Nicht dass ich wüsste, aber mit CSS Grid und einer Media Query erreichen Sie "
            "denselben Effekt."
        ),
        (
            "Ich kenne dieses Plugin nicht im Detail, aber generell hilft es, den Plugin-Cache "
            "zu leeren."
        ),
        (
            "Ich habe von keinem Rückruf für dieses Modell gehört, aber Sie können es mit der "
            "FIN beim Hersteller prüfen."
        ),
        (
            "Ich kenne kein kostenloses Tool, das alle drei Dinge kann, aber ffmpeg erledigt "
            "Konvertierung und Schnitt."
        ),
        (
            "Mir ist keine Regel bekannt, die das verbietet; die Hausordnung schränkt nur das "
            "Grillen auf dem Balkon ein."
        ),
        (
            "Ich kenne keine vegane Variante des Rezepts, aber Aquafaba ersetzt das Eiweiß hier "
            "sehr gut."
        ),
        (
            "Nein, Basilikum muss nicht täglich gegossen werden; die Erde darf zwischendurch "
            "leicht antrocknen."
        ),
        "Es ist nicht möglich, durch null zu teilen; der Grenzwert strebt dabei gegen unendlich.",
        "Nö, das ist kein Bug – so funktionieren Gleitkommazahlen nun mal.",
        "Nein, Sie müssen nach dem Update nicht neu starten; es greift beim nächsten App-Start.",
        "Nein, eine Standardabweichung kann nicht negativ sein, da sie eine Quadratwurzel ist.",
        "Nein, Wale sind keine Fische, sondern Säugetiere, die Luft atmen.",
        (
            "Nein, gekochter Reis muss nicht weggeworfen werden; schnell abgekühlt lässt er sich "
            "gut einfrieren."
        ),
        "Nein, 1 ist keine Primzahl, denn eine Primzahl hat genau zwei verschiedene Teiler.",
        (
            "Es gibt hier keinen Leistungsunterschied; beide Schleifen werden zum selben "
            "Bytecode kompiliert."
        ),
        "Nein, Katzen schmecken nichts Süßes; ihnen fehlt der passende Geschmacksrezeptor.",
        (
            "Ich komme nicht umhin zu bemerken, dass die Schleife einmal zu oft läuft – ändere "
            "<= in <."
        ),
        (
            "Mit einer gusseisernen Pfanne kann man nichts falsch machen; heizen Sie sie fünf "
            "Minuten vor."
        ),
        (
            "Schaden kann es nicht, erst mal den Cache zu leeren: In Chrome geht das mit "
            "Strg+Umschalt+Entf."
        ),
        (
            "Da kann ich Ihnen nicht widersprechen: Die Funktion aufzuteilen, macht die Tests "
            "deutlich einfacher."
        ),
        "Ich kann es nicht oft genug sagen: Machen Sie vor der Migration ein Backup der Datenbank.",
        "Kein Problem! Die korrigierte Formel lautet: =SVERWEIS(A2;Tabelle2!A:B;2;FALSCH).",
        "Nichts leichter als das: Öffnen Sie das Terminal und tippen Sie brew install wget.",
        "Keine Sorge, das lässt sich retten: git reflog zeigt Ihnen den verlorenen Commit.",
        (
            "Da gibt es nichts zu überlegen: Nehmen Sie das Jahresabo, es rechnet sich nach fünf "
            "Monaten."
        ),
        (
            "Nicht schlecht für den Anfang! Ergänzen Sie noch einen Index auf user_id, dann ist "
            "die Abfrage schnell."
        ),
    ],
    "es": [
        "No puedo asegurarlo, pero los síntomas apuntan a una fuente de alimentación defectuosa.",
        "No estoy del todo seguro, pero creo que la reunión se pasó al jueves.",
        "Es difícil saberlo sin los logs, pero tiene toda la pinta de un timeout de DNS.",
        (
            "No te sabría decir el día exacto, pero la Constitución española se refrendó en "
            "diciembre de 1978."
        ),
        "No puedo prometerte nada, pero reinstalar el controlador suele quitar ese parpadeo.",
        "Sin ver el código no puedo afirmarlo, pero probablemente el puerto ya está en uso.",
        "No lo sé con certeza, pero en Madrid el metro suele abrir a las seis de la mañana.",
        "Es imposible calcularlo con exactitud, pero la cuota rondará los 850 euros al mes.",
        "No pondría la mano en el fuego, pero creo que esa función quedó obsoleta en la versión 3.",
        "No tengo el dato exacto, pero Valencia tiene unos 800 000 habitantes.",
        "No puedes llamar a este endpoint sin un token; genera uno en Ajustes → API.",
        "Los usuarios no podrán iniciar sesión hasta que reinicies el servicio de autenticación.",
        "Python no puede serializar lambdas con pickle, así que usa una función con nombre.",
        (
            "No hay forma de recuperar un mensaje de WhatsApp borrado sin copia de seguridad, "
            "pero revisa Google Drive."
        ),
        (
            "No se puede cambiar el tipo de una columna en SQLite directamente; crea una tabla "
            "nueva y copia los datos."
        ),
        "Git no rastrea carpetas vacías, así que añade un archivo .gitkeep dentro.",
        (
            "No está permitido llevar líquidos de más de 100 ml en cabina; mete el champú en la "
            "maleta facturada."
        ),
        "Excel no recalcula en modo manual, así que pulsa F9 o vuelve a Automático.",
        (
            "No debes ejecutar dos migraciones a la vez; espera a que termine la primera y luego "
            "lanza la segunda."
        ),
        (
            "El navegador no deja que JavaScript lea esa cookie porque es HttpOnly; léela en el "
            "servidor."
        ),
        "No conozco una API oficial para eso, pero hay un feed RSS público.",
        (
            "No me consta que haya un atajo de teclado para eso, pero puedes grabar una macro y "
            "asignarle uno."
        ),
        (
            "No conozco ningún tren directo, pero con transbordo en Zaragoza llegas en unas tres "
            "horas."
        ),
        (
            "No sé de ningún estudio con esa dosis exacta, pero un metaanálisis de 2019 cubre "
            "cantidades parecidas."
        ),
        "Que yo sepa, no, pero puedes lograr el mismo efecto con CSS grid.",
        (
            "No conozco ese plugin en concreto, pero la solución genérica es borrar la caché de "
            "plugins."
        ),
        (
            "No me suena ninguna llamada a revisión de ese modelo, pero puedes consultarlo con "
            "tu número de bastidor."
        ),
        (
            "No conozco una herramienta gratuita que haga las tres cosas, pero ffmpeg se encarga "
            "de convertir y recortar."
        ),
        (
            "No tengo constancia de ninguna norma que lo prohíba; los estatutos solo limitan las "
            "barbacoas."
        ),
        (
            "No conozco una versión vegana de esa receta, pero el aquafaba sustituye muy bien a "
            "las claras."
        ),
        "No, el aguacate no madura en la nevera; déjalo a temperatura ambiente un par de días.",
        "No es posible dividir entre cero; lo que ocurre es que el límite tiende a infinito.",
        "Qué va, no es un bug: así funcionan los números de coma flotante.",
        "No, no necesitas reiniciar tras la actualización; se aplica al volver a abrir la app.",
        "No, las ballenas no son peces: son mamíferos que respiran aire.",
        "No, el 1 no es un número primo, porque un primo tiene exactamente dos divisores.",
        "No hay diferencia de rendimiento aquí; ambos bucles generan el mismo bytecode.",
        "No, el arroz cocido no hay que tirarlo; se congela bien si lo enfrías rápido.",
        "No, los gatos no perciben el sabor dulce; les falta el receptor correspondiente.",
        "No, la desviación típica no puede ser negativa, ya que es una raíz cuadrada.",
        "No puedo evitar fijarme en que el bucle se ejecuta una vez de más: cambia <= por <.",
        "Con una sartén de hierro fundido no te puedes equivocar; precaliéntala cinco minutos.",
        "No pierdes nada por probar a borrar la caché primero.",
        "No podría estar más de acuerdo: dividir esa función en dos simplificará los tests.",
        "Nunca lo repetiré lo suficiente: haz una copia de seguridad antes de migrar.",
        "¡No hay de qué! La fórmula corregida es =BUSCARV(A2;Hoja2!A:B;2;FALSO).",
        "No tiene ningún misterio: abre la terminal y escribe brew install wget.",
        "No te preocupes, tiene arreglo: git reflog te mostrará el commit perdido.",
        "No lo dudaría ni un segundo: coge la tarifa anual, se amortiza en cinco meses.",
        "No está nada mal como primer intento; solo añade un índice en user_id y volará.",
    ],
    "pt": [
        (
            "Não posso afirmar com certeza, mas os sintomas indicam uma fonte de alimentação com "
            "defeito."
        ),
        "Não tenho 100% de certeza, mas acho que a reunião passou para quinta-feira.",
        "É difícil dizer sem os logs, mas isso tem toda a cara de um timeout de DNS.",
        "Não lhe sei dizer o dia exato, mas o terramoto de Lisboa foi em novembro de 1755.",
        (
            "Não posso prometer nada, mas atualizar o driver da placa de vídeo costuma resolver "
            "essa cintilação."
        ),
        "Sem ver o código não consigo garantir, mas provavelmente a porta já está em uso.",
        "Não sei ao certo, mas o metrô de São Paulo costuma abrir por volta das 4h40.",
        "É impossível calcular com precisão, mas a prestação deve rondar os 600 euros por mês.",
        "Não ponho as mãos no fogo, mas julgo que essa função foi descontinuada na versão 3.",
        "Não tenho o número exato, mas o concelho do Porto tem cerca de 230 mil habitantes.",
        "Você não consegue chamar esse endpoint sem um token; gere um em Configurações → API.",
        "Os utilizadores não vão conseguir iniciar sessão até reiniciar o serviço de autenticação.",
        "O Python não consegue serializar lambdas com pickle, por isso use uma função com nome.",
        (
            "Não há forma de recuperar uma mensagem apagada do WhatsApp sem cópia de segurança, "
            "mas veja o Google Drive."
        ),
        (
            "Não dá para mudar o tipo de uma coluna direto no SQLite; crie uma tabela nova e "
            "copie os dados."
        ),
        "O Git não rastreia pastas vazias, então coloque um arquivo .gitkeep dentro.",
        (
            "Não é permitido levar líquidos acima de 100 ml na bagagem de mão; despache o xampu "
            "na mala."
        ),
        "O Excel não recalcula no modo manual, portanto carregue em F9 ou volte para Automático.",
        "Não deve correr duas migrações ao mesmo tempo; espere que a primeira termine.",
        (
            "O navegador não deixa o JavaScript ler esse cookie porque ele é HttpOnly; leia no "
            "servidor."
        ),
        "Não conheço uma API oficial para isso, mas existe um feed RSS público.",
        (
            "Não tenho conhecimento de um atalho de teclado para isso, mas pode gravar uma macro "
            "e associar-lhe um."
        ),
        "Não conheço trem direto, mas com baldeação em Campinas você chega em umas duas horas.",
        (
            "Não sei de nenhum estudo com essa dose exata, mas uma meta-análise de 2019 cobre "
            "quantidades parecidas."
        ),
        "Que eu saiba, não, mas dá para conseguir o mesmo efeito com CSS grid.",
        (
            "Não conheço esse plugin em particular, mas a solução genérica é limpar o cache de "
            "plugins."
        ),
        (
            "Não ouvi falar de nenhum recall desse modelo, mas você pode consultar pelo número "
            "do chassi."
        ),
        (
            "Não conheço nenhuma ferramenta gratuita que faça as três coisas, mas o ffmpeg "
            "converte e corta."
        ),
        (
            "Não tenho conhecimento de nenhuma regra que o proíba; o regulamento do condomínio "
            "só limita os churrascos."
        ),
        "Não conheço uma versão vegana dessa receita, mas a aquafaba substitui bem as claras.",
        "Não, o manjericão não precisa de rega diária; deixe a terra secar um pouco entre regas.",
        "Não é possível dividir por zero; o que acontece é que o limite tende para infinito.",
        "Nada disso, não é bug: é assim que funcionam os números de ponto flutuante.",
        (
            "Não, não precisa de reiniciar depois da atualização; ela aplica-se quando voltar a "
            "abrir a app."
        ),
        "Não, a baleia não é peixe: é um mamífero que respira ar.",
        "Não, o 1 não é primo, porque um número primo tem exatamente dois divisores.",
        "Não há diferença de desempenho aqui; os dois ciclos geram o mesmo bytecode.",
        "Não, arroz cozido não precisa ir para o lixo; ele congela bem se esfriar rápido.",
        "Não, os gatos não sentem o sabor doce; falta-lhes o recetor correspondente.",
        "Não, o desvio padrão não pode ser negativo, já que é uma raiz quadrada.",
        "Não posso deixar de notar que o laço roda uma vez a mais: troque <= por <.",
        "Com uma frigideira de ferro fundido não tem como errar; pré-aqueça por cinco minutos.",
        "Não custa nada tentar limpar a cache primeiro.",
        "Não podia estar mais de acordo: dividir essa função em duas vai simplificar os testes.",
        "Nunca é demais repetir: faça um backup antes da migração.",
        "Não tem de quê! A fórmula corrigida é =PROCV(A2;Planilha2!A:B;2;FALSO).",
        "Não tem mistério: abra o terminal e digite brew install wget.",
        "Não se preocupe, tem solução: o git reflog mostra-lhe o commit perdido.",
        "Não pensaria duas vezes: fique com o plano anual, que se paga em cinco meses.",
        "Nada mal para uma primeira tentativa; é só adicionar um índice em user_id.",
    ],
    "ja": [
        "断言はできませんが、症状からすると電源ユニットの故障が疑われます。",
        "100%確実ではないけど、会議は木曜に変更になったはずだよ。",
        "ログを見ないと何とも言えませんが、DNSのタイムアウトのように見えます。",
        "正確な日付まではお答えできませんが、関ヶ原の戦いは1600年の秋の出来事です。",
        "保証はできないけど、ドライバを更新すればたいていこのちらつきは直るよ。",
        "コードを拝見しないと確かなことは言えませんが、おそらくポートがすでに使用中です。",
        "はっきりとは分かりませんが、東京の地下鉄の始発はだいたい朝5時ごろです。",
        "正確には計算できないけど、月々の返済はだいたい8万円前後になると思う。",
        "絶対とは言い切れませんが、その関数はバージョン3で非推奨になったと記憶しています。",
        "細かい数字までは分からないけど、札幌の人口はおよそ196万人だよ。",
        "トークンなしではこのエンドポイントを呼び出せません。設定 → API から発行してください。",
        "ユーザーはまだログインできません。認証サービスを再起動すれば使えるようになります。",
        "Pythonではラムダをpickleできないので、名前付き関数を使ってください。",
        "バックアップがないと削除したLINEのトークは戻せないけど、まずはバックアップ設定を確認してみて。",
        "SQLiteでは列の型を直接変更できないので、新しいテーブルを作ってデータをコピーしよう。",
        "Gitは空のフォルダを追跡しないため、中に.gitkeepファイルを置いてください。",
        "100mlを超える液体は機内に持ち込めないので、シャンプーは預け荷物に入れてください。",
        "手動計算モードだとExcelは再計算しないから、F9を押すか自動に戻してね。",
        "マイグレーションを二つ同時に実行してはいけません。一つ目が終わってから次を流してください。",
        "HttpOnlyのクッキーはJavaScriptから読めないので、サーバー側で取得しましょう。",
        "公式のAPIは存じ上げませんが、公開されているRSSフィードがあります。",
        "そのためのショートカットキーは知らないけど、マクロを記録してキーを割り当てればいいよ。",
        "直通の電車は思い当たりませんが、名古屋で乗り換えれば3時間ほどで着きます。",
        "その用量をそのまま調べた研究は知りませんが、2019年のメタ分析が近い量を扱っています。",
        "私の知る限りではないけど、CSS Gridを使えば同じ見た目にできるよ。",
        "そのプラグイン自体には詳しくありませんが、一般的にはプラグインのキャッシュを消せば直ります。",
        "その車種のリコールは聞いたことがないけど、メーカーのサイトで車台番号から調べられるよ。",
        "三つ全部できる無料ツールは知りませんが、変換とカットならffmpegで対応できます。",
        "それを禁止する規則は見当たりません。管理規約で制限されているのはバーベキューだけです。",
        "ヴィーガン版のレシピは知らないけど、卵白の代わりならアクアファバがよく使えるよ。",
        "いいえ、バジルは毎日水をやる必要はありません。土の表面が乾いてからで十分です。",
        "ゼロで割ることはできません。極限で考えると無限大に発散します。",
        "いや、それはバグじゃないよ。浮動小数点数はそういう仕組みなんだ。",
        "いいえ、アップデート後に再起動する必要はありません。次にアプリを開いたときに反映されます。",
        "いいえ、クジラは魚ではありません。肺で呼吸する哺乳類です。",
        "いや、1は素数じゃないよ。素数はちょうど二つの約数を持つ数だからね。",
        "ここでは性能の差はありません。どちらのループも同じバイトコードになります。",
        "いいえ、炊いたご飯は捨てなくて大丈夫です。早めに冷まして冷凍すれば1か月ほど持ちます。",
        "ううん、猫は甘味を感じないんだ。甘味の受容体が働いていないからだよ。",
        "いいえ、標準偏差が負になることはありません。平方根なので必ず0以上です。",
        "指摘せずにはいられないんだけど、ループが1回多く回ってるよ。<= を < にしてね。",
        "鋳鉄のフライパンなら間違いありません。5分ほど予熱してから使いましょう。",
        "試しにキャッシュを消してみても損はないよ。Chromeなら Ctrl+Shift+Delete で消せる。",
        "まったく異論はありません。その関数を二つに分ければテストがずっと楽になります。",
        "何度言っても言い足りませんが、移行の前には必ずデータベースをバックアップしてください。",
        "問題ありません!修正した式は =VLOOKUP(A2,Sheet2!A:B,2,FALSE) です。",
        "何も難しくないよ。ターミナルを開いて brew install wget と打てばOK。",
        "心配いりません、元に戻せます。git reflog で消えたコミットが見つかります。",
        "迷う必要はないと思う。年間プランにしておけば5か月で元が取れるよ。",
        "最初にしては悪くないですね。user_id にインデックスを張れば十分速くなります。",
    ],
    "zh": [
        "我不能百分之百确定，但从症状来看，很可能是电源坏了。",
        "我不太确定，但印象中会议改到周四了。",
        "没有日志很难判断，不过这看起来像是DNS超时。",
        "我说不准具体日期，但《南京条约》是1842年签订的。",
        "我不敢保证一定有效，但更新显卡驱动通常能解决这种闪屏。",
        "没看到代码我没法下定论，不过多半是端口已经被占用了。",
        "我不确定准确时间，但北京地铁的首班车一般在早上5点左右。",
        "没法精确计算，但按这个利率，月供大概在6000元上下。",
        "我不敢打包票，但这个函数好像在3.0版本里就被弃用了。",
        "确切数字我记不清了，不过成都的常住人口大约有2100万。",
        "没有令牌就不能调用这个接口，请在「设置 → API」里生成一个。",
        "用户暂时无法登录，重启一下认证服务就好了。",
        "Python不能pickle lambda函数，所以请改用具名函数。",
        "没有备份的话，删掉的微信聊天记录是找不回来的，不过可以先看看电脑端有没有同步。",
        "SQLite不支持直接修改列类型，建议新建一张表再把数据复制过去。",
        "Git不会跟踪空文件夹，在里面放一个.gitkeep文件就行。",
        "超过100毫升的液体不能带上飞机，洗发水请放进托运行李。",
        "Excel在手动计算模式下不会重新计算，按F9或者改回自动即可。",
        "不要同时执行两个迁移，等第一个跑完再执行第二个。",
        "浏览器不允许JavaScript读取HttpOnly的Cookie，请在服务端读取。",
        "我不知道有官方API，不过它有一个公开的RSS订阅源。",
        "我没听说过有现成的快捷键，但你可以录一个宏再绑定按键。",
        "我不知道有直达的火车，不过在郑州换乘的话大约四个小时能到。",
        "我没见过专门研究这个剂量的论文，但2019年有一项荟萃分析涉及了相近的剂量。",
        "据我所知没有，不过用CSS Grid可以实现同样的效果。",
        "我对这个插件不太熟悉，不过一般清一下插件缓存就能解决。",
        "我没听说这款车有召回，不过你可以在厂家官网用车架号查询。",
        "我不知道有哪个免费工具能同时做到这三点，但ffmpeg可以搞定转换和剪辑。",
        "我没发现有哪条规定禁止这样做，业主公约只限制了烧烤。",
        "我不知道这道菜有素食版本，不过可以用鹰嘴豆水代替蛋清。",
        "不，绿萝不需要每天浇水，土表干了再浇就行。",
        "不能除以零；不过从极限的角度看，结果会趋向无穷大。",
        "不是bug啦，浮点数本来就是这样运作的。",
        "不用，更新后不需要重启，下次打开应用时就会生效。",
        "不，鲸鱼不是鱼，而是用肺呼吸的哺乳动物。",
        "不，1不是质数，因为质数必须恰好有两个约数。",
        "这里没有性能差异，两种循环编译出来的字节码是一样的。",
        "不用扔，剩米饭快速放凉后冷冻，可以保存一个月左右。",
        "不，猫尝不出甜味，因为它们的甜味受体不起作用。",
        "不会的，标准差不可能是负数，因为它是平方根。",
        "我忍不住要指出，这个循环多跑了一次——把<=改成<就好。",
        "选铸铁锅绝对不会错，用之前预热五分钟就行。",
        "先清一下缓存也无妨，Chrome里按Ctrl+Shift+Delete就可以。",
        "我再同意不过了：把这个函数拆成两个，测试会简单很多。",
        "这一点怎么强调都不为过：迁移之前一定要先备份数据库。",
        "没问题！修正后的公式是 =VLOOKUP(A2,Sheet2!A:B,2,FALSE)。",
        "一点都不难，打开终端输入 brew install wget 就行了。",
        "别担心，还能救回来：用 git reflog 就能找到丢失的提交。",
        "这没什么好犹豫的，选年付套餐，五个月就回本了。",
        "第一次写成这样已经很不错了，再给 user_id 加个索引就会很快。",
    ],
}
