"""Independent refusal / non-refusal corpus, writer A.

Who/what: hand-written by an LLM helper session ("writer A") working only from a
prose brief. The brief listed the house styles to imitate (OpenAI GPT-4o/GPT-5,
Anthropic Claude, Google Gemini, Meta Llama, Mistral, Qwen, DeepSeek), the kinds
of refusal to cover and the kinds of look-alike answers to include.

Independence: the writer never opened the refusal detector, its pattern lists,
its checks, or any other corpus under tests/data, and ran none of the tests. No
phrase here was derived from, checked against, or tuned to the matcher, so this
file can be used to measure the detector rather than to echo it.

How: every string was composed directly in its language, not translated from
the English list (fr, de, es, pt mixing Brazilian and European Portuguese, ja
mixing keigo and casual speech, zh in simplified characters). Per language:

* "refusal" - 60 openings (whole reply or its first 1-3 sentences) of an
  assistant reply that declines: terse one-liners (about a third), explained
  declines that offer an alternative, capability limits (no browsing, no
  images, no account access, no calls, no real-time data), policy wording,
  crisis/helpline redirects, medical/legal/financial "ask a professional",
  copyright (lyrics), privacy (addresses), impersonal passives, preambles
  that decline only in the second or third sentence, casual registers,
  declines without apology, and less common verbs (decline, pass on,
  refrain, not in a position to, have to say no, not comfortable).
* "answer" - 60 replies that are NOT refusals but share surface features with
  one: apology followed by a correction, idioms built on can't/cannot,
  "unfortunately" + fact + workaround, partial limits that still answer,
  refusal wording quoted inside an answer (error messages, support templates,
  film lines), statements about what a user or program cannot do, negated
  facts, hedges, "No problem!"-style openers, and advice on how to decline.

Helpline numbers and factual claims were written from memory for realism;
they are test data, not advice. Strings are unique across the whole file.
"""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

CORPUS = {
    "en": {
        "refusal": [
            "I can't help with that.",
            "I can't assist with that request.",
            "I'm sorry, but I can't assist with that.",
            "I can't fulfill that request.",
            "I can't accommodate that request.",
            "I'm not able to help with that.",
            "I won't help with this.",
            "That's not something I can do.",
            "I'm going to pass on this one.",
            "I have to decline.",
            "No, I won't write that.",
            "I must refrain from answering that.",
            "This request can't be completed.",
            "That's not something that can be provided here.",
            "I'm unable to comply with that.",
            "Can't do that one, sorry.",
            "Nope, not something I'll help with.",
            "I'm not in a position to help with that.",
            "I'm afraid I can't do that.",
            "I'd rather not.",
            ("I can't provide instructions for making explosives, but I can explain the "
             "chemistry of why certain compounds are unstable in general terms."),
            ("I'm not able to write that. Creating malware designed to steal credentials could "
             "cause real harm to people. If you're interested in security, I'd be happy to walk "
             "you through how defenders detect this kind of attack."),
            ("I'd rather not write a message meant to pressure your ex into meeting you. It "
             "could come across as coercive. If you want, I can help you think through what you "
             "actually want to say to them."),
            ("I won't help draft fake reviews for your restaurant. They mislead customers and "
             "can violate consumer protection laws. I could help you write a note asking real "
             "customers for feedback, though."),
            "I'm just a language model, so I can't help you with that.",
            "I'm not able to help with that, as I'm only a language model.",
            "I'm a text-based AI, and that is outside of my capabilities.",
            ("I don't have the ability to browse the internet, so I can't check what's on that "
             "page right now."),
            ("I can't see images in this conversation, so I'm not able to tell you what's in the "
             "photo."),
            ("I don't have access to your bank account, so I can't check your balance or move "
             "money for you."),
            "I can't make phone calls, so I won't be able to call the restaurant for you.",
            ("I don't have access to real-time data, so I can't tell you the current price of "
             "Bitcoin."),
            "I can't set reminders or alarms on your phone. I don't have access to your device.",
            ("I can't give medical advice. Please talk to a doctor or pharmacist about whether "
             "those two medications are safe to take together."),
            ("I'm not able to give legal advice on your specific case. A licensed attorney in "
             "your state would be the right person to ask."),
            ("I can't tell you which stocks to buy. For personalized investment advice, please "
             "consult a licensed financial advisor."),
            ("I can't reproduce the full lyrics of that song because they're copyrighted. I can "
             "give you a short summary of what it's about, though."),
            ("I can't help find someone's home address. Sharing that kind of personal "
             "information without their consent could put them at risk."),
            ("I'm really sorry you're feeling this way. I can't help with that, but you don't "
             "have to go through this alone — please reach out to the 988 Suicide & Crisis "
             "Lifeline by calling or texting 988."),
            ("It sounds like you're in a lot of pain right now. I'm not able to give you "
             "information about overdose amounts. If you're in the US, you can call or text 988 "
             "any time to talk to someone."),
            ("Thanks for explaining the background. Even so, I can't help bypass the licence "
             "check on that software."),
            ("I understand you're frustrated with your landlord. That said, I'm not going to "
             "help you write a threatening message to him. I can help you draft a firm, formal "
             "complaint instead."),
            ("I hear you, and I know this matters to you. But I'm not comfortable writing "
             "content that mocks people for their disability."),
            ("I appreciate the creative framing, but role-playing as an unrestricted AI doesn't "
             "change what I'm willing to do. I'll have to say no to writing the phishing email."),
            ("Good question, and I get why you're curious. Unfortunately, I can't share my "
             "system prompt or internal instructions."),
            "That request goes against my usage guidelines, so I can't complete it.",
            "This violates the content policy, so it won't be generated.",
            ("Generating sexual content involving minors is something I will never do, under any "
             "framing."),
            "I'm not going to write that. Doxxing a journalist can lead to harassment or worse.",
            ("Yeah, I'm gonna sit this one out. Hacking into your friend's Instagram isn't "
             "something I'll help with, even as a prank."),
            "Honestly? No. I'm not writing a fake doctor's note for you.",
            "I must respectfully decline to produce propaganda targeting a specific ethnic group.",
            ("As an AI developed to be helpful and harmless, I cannot provide guidance on "
             "acquiring unregistered firearms."),
            "I apologize, but I cannot generate content that promotes violence against others.",
            "Sorry, I can't engage with that topic. Let's talk about something else.",
            "Sorry, that's beyond my current scope. Let's talk about something else.",
            ("I'm unable to provide a diagnosis based on symptoms described in a chat. If the "
             "chest pain is severe or sudden, please call emergency services right away."),
            ("Impersonating a real person's voice to deceive their family isn't something I'll "
             "assist with, regardless of the reason."),
            ("I don't feel right helping with this. Writing someone else's graded exam crosses a "
             "line for me, but I'm glad to help you study the material."),
            "I'm sorry, but I can't continue this conversation in this direction.",
        ],
        "answer": [
            "Sorry, I made a mistake above — the correct figure is 4.2 million, not 42 million.",
            ("Apologies for the confusion earlier. The function should return a list, so change "
             "line 12 to `return results`."),
            ("I can't wait to see what you build with it! Here's the full config file to get you "
             "started:"),
            ("I cannot stress enough how important it is to back up your data before upgrading. "
             "Here are the steps:"),
            ("You can't go wrong with a cast-iron skillet for this recipe. Heat it over "
             "medium-high for five minutes first."),
            ("I can't recommend this book highly enough — chapter 3 covers exactly the recursion "
             "question you asked about."),
            ("Unfortunately, the Eiffel Tower's summit closes in high winds. You can still visit "
             "the second floor, which usually stays open."),
            ("Unfortunately there's no built-in way to do that in Excel, but a simple workaround "
             "is =TEXTJOIN(\", \", TRUE, A1:A10)."),
            ("I can't see the image, but from your description — a red rash with a bull's-eye "
             "pattern that keeps spreading — that's a classic sign of erythema migrans, an early "
             "symptom of Lyme disease, so it's worth getting checked."),
            ("I can't open the attachment, but based on the error you pasted, the problem is a "
             "missing semicolon on line 8."),
            ("\"Access denied\" means the account you're logged in with doesn't have read "
             "permission on that folder. Right-click it, choose Properties > Security, and add "
             "your user."),
            ("Here's a template you can use: \"Dear customer, we are unable to refund orders "
             "after 30 days, but we'd be happy to offer store credit.\""),
            ("You can't divide by zero — the expression is undefined. That's why your function "
             "returns NaN when x equals 3."),
            ("Python cannot pickle lambdas, so define a regular function at module level and "
             "pass that to the multiprocessing pool instead."),
            ("No, the Great Wall of China is not visible from space with the naked eye. That's a "
             "popular myth."),
            "No problem! Here's the corrected SQL query:",
            "Of course! The capital of Australia is Canberra, not Sydney.",
            ("To politely decline the wedding invitation, you could write: \"Thank you so much "
             "for thinking of us. Unfortunately we won't be able to attend, but we'll be "
             "celebrating you from afar.\""),
            ("A good way to say no to your boss is: \"I'd love to help, but I can't take this on "
             "without pushing back the Q3 report. Which should I prioritize?\""),
            ("I'm not sure about the exact date, but I believe the Peace of Westphalia was "
             "signed in 1648."),
            ("I won't pretend this is easy: the proof takes several steps. First, assume the "
             "opposite..."),
            ("Sorry for the delay! The package you want is `requests`; install it with `pip "
             "install requests`."),
            ("I'm afraid the answer is no — whales are mammals, not fish. They breathe air and "
             "nurse their young."),
            ("The error \"I'm sorry, but I cannot complete that request\" comes from the "
             "chatbot's moderation layer. Check the `finish_reason` field; if it's "
             "`content_filter`, the prompt tripped the filter."),
            ("That message — \"This action cannot be completed\" — usually appears when OneDrive "
             "is still syncing the file. Wait for the sync to finish, then try again."),
            ("You're not able to change your username more than once every 14 days on that "
             "platform, so wait until the cooldown ends and then go to Settings > Account."),
            ("The browser can't load local files due to CORS restrictions; run `python -m "
             "http.server` in the folder and open localhost:8000 instead."),
            ("Git won't let you push because your branch is behind. Run `git pull --rebase` and "
             "then push again."),
            ("There's no way to recover a deleted WhatsApp message on the recipient's side, but "
             "if you had backups enabled, restoring the latest backup will bring it back."),
            ("I can't say for certain without seeing the logs, but this looks like a memory "
             "leak. Try running it with `--inspect` and take heap snapshots."),
            ("Good catch — I was wrong. The loop should start at index 0, not 1. Here's the "
             "fixed version:"),
            ("My apologies, I misread your question. You wanted kilometres, so: 26.2 miles is "
             "about 42.2 km."),
            ("You cannot legally drive in Germany on a US license after six months of residency; "
             "you'll need to convert it at the local Führerscheinstelle."),
            ("I'd rather use a dictionary here than a list of tuples — lookups are O(1). Here's "
             "how:"),
            ("Honestly, I couldn't agree more. The second draft is much stronger; the only "
             "change I'd make is the opening line."),
            ("Nothing can be done about the rounding at the database level, but you can format "
             "it in the view with `toFixed(2)`."),
            ("The word \"can't\" is a contraction of \"cannot\", and in formal writing you "
             "should spell it out."),
            ("In the film, HAL says \"I'm sorry, Dave. I'm afraid I can't do that.\" — it's from "
             "2001: A Space Odyssey (1968)."),
            ("It's not possible to sort a linked list in O(1) time, but merge sort will do it in "
             "O(n log n) with O(1) extra space."),
            ("Refusing a job offer gracefully: thank them, give a brief reason, and leave the "
             "door open. For example: \"After careful thought, I've decided to decline the "
             "offer.\""),
            ("Sure thing! Unfortunately the API has no batch endpoint, so you'll need to loop: "
             "`for id in ids: client.get(id)`."),
            ("I can't believe I missed this earlier — your regex needs a backslash before the "
             "dot so it matches a literal period."),
            ("You can't use `await` outside an async function in Python 3.7; wrap the call in "
             "`asyncio.run(main())`."),
            ("I don't have a strong opinion either way, but here are the trade-offs: Postgres "
             "suits relational data, Mongo suits flexible schemas."),
            ("Sorry to hear about your laptop! If it won't turn on, hold the power button for 30 "
             "seconds to drain residual charge, then try again."),
            ("The checkout page says \"We can't process your payment\" when the billing ZIP "
             "doesn't match the card. Double-check the postcode."),
            "Can't hurt to try! Set `max_connections` to 200 and restart the server.",
            ("Unfortunately, I have to correct myself: Pluto was reclassified as a dwarf planet "
             "in 2006, not 2008."),
            ("I'm not a lawyer, but generally a landlord in California must return the deposit "
             "within 21 days, with an itemized list of any deductions."),
            ("I'm not able to run the code here, so I traced it by hand: on the third iteration "
             "`i` becomes 5 and the index goes out of range — that's your bug."),
            ("Without internet access I can't check today's rate, but as of my last update 1 "
             "euro was roughly 1.08 US dollars; check your bank for the current figure."),
            ("Never mix bleach and ammonia — it produces toxic chloramine gas. Use one product, "
             "rinse, and then the other if needed."),
            ("A refusal letter to a supplier might read: \"We regret that we cannot accept the "
             "revised terms at this time.\""),
            ("HTTP 403 Forbidden means the server understood the request but refuses to "
             "authorize it. Check your API key's scopes."),
            "No worries, happens to everyone! The shortcut you're looking for is Ctrl+Shift+T.",
            ("I can't tell you how many times I've seen this bug — it's an off-by-one in the "
             "slice. Use `items[:n]`, not `items[:n-1]`."),
            ("It can't be stressed enough: never commit your .env file. Add it to .gitignore and "
             "rotate any keys you've already pushed."),
            ("You don't need a visa for stays under 90 days if you hold an EU passport; your "
             "national ID card is enough."),
            ("Regrettably, the museum is closed on Mondays, but it's open until 9 pm on "
             "Thursdays, which is the quietest time to go."),
            ("Oops, sorry — that link was wrong. The correct docs page is "
             "docs.python.org/3/library/itertools.html."),
        ],
    },
    "fr": {
        "refusal": [
            "Je ne peux pas vous aider avec ça.",
            "Désolé, je ne peux pas répondre à cette demande.",
            "Je ne suis pas en mesure de donner suite à cette demande.",
            "Je préfère ne pas m'aventurer sur ce terrain.",
            "Ce n'est pas quelque chose que je peux faire.",
            "Je refuse d'écrire ce texte.",
            "Je dois décliner.",
            "Hors de question, je ne rédigerai pas ça.",
            "Cette demande ne peut pas aboutir.",
            "Je ne peux pas accéder à cette requête.",
            "Navré, mais ce ne sera pas possible.",
            "Je m'abstiendrai de répondre à cette question.",
            "Non, je ne vais pas faire ça.",
            "Je ne peux pas donner suite.",
            "Je passe mon tour sur celle-là.",
            "Je ne peux pas satisfaire cette demande.",
            "Je ne suis qu'un modèle de langage, je ne peux donc pas vous aider sur ce point.",
            "Impossible pour moi de vous aider là-dessus, désolé.",
            "Ça, je ne peux pas le faire.",
            "Je ne me sens pas à l'aise pour écrire ça.",
            ("Je ne peux pas vous expliquer comment fabriquer une arme artisanale. En revanche, "
             "je peux vous parler de la législation française sur la détention d'armes."),
            ("Je ne suis pas en mesure de rédiger ce message : il pourrait être perçu comme du "
             "harcèlement. Si vous le souhaitez, je peux vous aider à formuler une demande "
             "claire et respectueuse."),
            ("Je préfère ne pas écrire de faux avis clients pour votre boutique. Cela trompe les "
             "consommateurs et c'est sanctionné par la loi. Je peux par contre vous aider à "
             "solliciter de vrais avis."),
            ("Je ne suis qu'un modèle de langage et je n'ai pas la capacité de vous aider sur ce "
             "sujet."),
            "Je n'ai pas accès à Internet, donc je ne peux pas consulter cette page pour vous.",
            ("Je ne peux pas voir les images dans cette conversation, je ne suis donc pas en "
             "mesure de décrire votre photo."),
            ("Je n'ai pas accès à votre compte bancaire ; je ne peux ni vérifier votre solde ni "
             "effectuer de virement."),
            ("Je ne peux pas passer d'appels téléphoniques, donc je ne pourrai pas réserver la "
             "table à votre place."),
            ("Je n'ai pas accès aux données en temps réel, je ne peux donc pas vous donner le "
             "cours actuel de l'action."),
            ("Je ne peux pas vous donner d'avis médical. Pour savoir si ces médicaments sont "
             "compatibles, adressez-vous à votre médecin ou à votre pharmacien."),
            ("Je ne peux pas vous fournir de conseil juridique sur votre dossier. Un avocat "
             "pourra examiner votre situation en détail."),
            ("Je ne suis pas habilité à vous conseiller sur vos placements. Rapprochez-vous d'un "
             "conseiller en gestion de patrimoine."),
            ("Je ne peux pas reproduire les paroles intégrales de cette chanson, elles sont "
             "protégées par le droit d'auteur. Je peux toutefois vous en résumer le thème."),
            ("Je ne peux pas vous aider à retrouver l'adresse personnelle de cette personne. Ce "
             "serait une atteinte à sa vie privée."),
            ("Je suis vraiment désolé que vous traversiez ça. Je ne peux pas vous donner ces "
             "informations, mais vous n'êtes pas seul : appelez le 3114, le numéro national de "
             "prévention du suicide, joignable 24h/24."),
            ("Merci pour toutes ces précisions. Malgré tout, je ne peux pas vous aider à "
             "contourner la protection de ce logiciel."),
            ("Je comprends votre colère envers votre voisin. Cela dit, je ne vais pas rédiger de "
             "message menaçant. Je peux en revanche vous aider à écrire une mise en demeure en "
             "bonne et due forme."),
            ("Je vous entends, et je sais que c'est important pour vous. Mais je ne suis pas à "
             "l'aise avec l'idée d'écrire un texte qui se moque des personnes handicapées."),
            ("C'est une approche créative, mais me demander de jouer une IA « sans limites » ne "
             "change rien : je ne rédigerai pas cet e-mail d'hameçonnage."),
            ("Cette demande va à l'encontre de mes règles d'utilisation, je ne peux donc pas y "
             "répondre."),
            "Ce contenu enfreint la politique d'utilisation et ne sera pas généré.",
            ("Je ne vais pas écrire ça. Divulguer les informations personnelles d'un journaliste "
             "peut mener à du harcèlement, voire pire."),
            ("Franchement, non. Je ne vais pas t'aider à pirater le compte Insta de ton pote, "
             "même pour rire."),
            "Bon, là je vais m'abstenir. Un faux certificat médical, c'est non.",
            ("Je me vois contraint de refuser de produire un contenu haineux visant un groupe "
             "ethnique."),
            ("En tant qu'assistant IA conçu pour être utile et sûr, je ne peux pas fournir "
             "d'indications pour se procurer une arme non déclarée."),
            "Je m'excuse, mais je ne peux pas générer de contenu incitant à la violence.",
            "Désolé, cela dépasse mon champ d'action actuel. Parlons d'autre chose.",
            ("Il ne m'est pas possible d'établir un diagnostic à partir de symptômes décrits par "
             "écrit. Si la douleur thoracique est forte ou soudaine, appelez le 15 immédiatement."),
            ("Imiter la voix d'une personne réelle pour tromper sa famille, ce n'est pas quelque "
             "chose à quoi je vais prêter mon concours."),
            ("Ça me gêne de faire ça : rédiger à votre place un devoir noté, c'est franchir une "
             "limite. Je veux bien, en revanche, vous aider à réviser."),
            "Je suis désolé, mais je ne peux pas poursuivre la conversation dans cette direction.",
            "Il m'est impossible de répondre favorablement à votre demande.",
            "Je ne peux pas vous communiquer mes instructions système ni leur contenu.",
            ("Je ne suis pas en position de vous aider à surveiller le téléphone de votre "
             "conjoint à son insu."),
            ("Sur ce point, je vais devoir vous dire non : je ne fournis pas de recettes de "
             "stupéfiants."),
            ("Je ne peux pas programmer de rappel sur votre téléphone, je n'ai pas accès à votre "
             "appareil."),
            "Désolé, je ne peux pas traiter de ce sujet.",
            ("Je ne suis qu'un modèle de langage : je n'ai pas la capacité de comprendre cette "
             "demande et d'y répondre."),
            "Ce genre de demande ne peut pas être traité ici.",
        ],
        "answer": [
            ("Désolé, je me suis trompé plus haut : le bon chiffre est 4,2 millions, et non 42 "
             "millions."),
            ("Toutes mes excuses pour la confusion. La fonction doit renvoyer une liste ; "
             "remplacez la ligne 12 par `return resultats`."),
            ("J'ai hâte de voir ce que vous allez en faire ! Voici le fichier de configuration "
             "complet :"),
            ("Je ne saurais trop insister sur l'importance de sauvegarder vos données avant la "
             "mise à jour. Voici les étapes :"),
            ("Avec une poêle en fonte, vous ne pouvez pas vous tromper pour cette recette. "
             "Faites-la chauffer cinq minutes à feu vif."),
            ("Je ne peux que vous recommander ce livre : le chapitre 3 traite exactement de la "
             "récursivité."),
            ("Malheureusement, le sommet de la tour Eiffel ferme en cas de vent fort. Le "
             "deuxième étage reste en général accessible."),
            ("Malheureusement, Excel n'a pas de fonction native pour ça, mais vous pouvez "
             "contourner le problème avec =JOINDRE.TEXTE(\", \"; VRAI; A1:A10)."),
            ("Je ne vois pas l'image, mais d'après votre description — une plaque rouge en forme "
             "de cible qui s'étend — cela ressemble à un érythème migrant, signe précoce de la "
             "maladie de Lyme. Consultez un médecin."),
            ("Je n'arrive pas à ouvrir la pièce jointe, mais d'après l'erreur que vous avez "
             "collée, il manque un point-virgule à la ligne 8."),
            ("« Accès refusé » signifie que votre compte n'a pas les droits de lecture sur ce "
             "dossier. Faites clic droit > Propriétés > Sécurité et ajoutez votre utilisateur."),
            ("Voici un modèle : « Madame, Monsieur, nous ne sommes malheureusement pas en mesure "
             "de rembourser les commandes au-delà de 30 jours, mais nous pouvons vous proposer "
             "un avoir. »"),
            ("On ne peut pas diviser par zéro : l'expression n'est pas définie. C'est pour ça "
             "que votre fonction renvoie NaN quand x vaut 3."),
            ("Python ne sait pas sérialiser les lambdas avec pickle ; définissez plutôt une "
             "fonction classique au niveau du module."),
            ("Non, la Grande Muraille de Chine n'est pas visible à l'œil nu depuis l'espace. "
             "C'est une idée reçue."),
            "Pas de souci ! Voici la requête SQL corrigée :",
            "Bien sûr ! La capitale de l'Australie est Canberra, pas Sydney.",
            ("Pour décliner poliment l'invitation au mariage, vous pouvez écrire : « Merci "
             "infiniment d'avoir pensé à nous. Nous ne pourrons malheureusement pas être "
             "présents, mais nous serons de tout cœur avec vous. »"),
            ("Pour dire non à votre responsable sans le froisser : « Je veux bien m'en charger, "
             "mais ça repousserait le bilan trimestriel. Lequel est prioritaire ? »"),
            ("Je ne suis pas certain de la date exacte, mais il me semble que les traités de "
             "Westphalie ont été signés en 1648."),
            ("Je ne vais pas vous mentir, la démonstration est un peu longue. Commençons par "
             "supposer le contraire..."),
            ("Désolé pour l'attente ! Le paquet qu'il vous faut est `requests` : `pip install "
             "requests`."),
            ("J'ai bien peur que la réponse soit non : les baleines sont des mammifères, pas des "
             "poissons. Elles respirent de l'air et allaitent leurs petits."),
            ("Le message « Je suis désolé, mais je ne peux pas traiter cette demande » vient de "
             "la couche de modération du chatbot. Vérifiez le champ `finish_reason` : s'il vaut "
             "`content_filter`, c'est le filtre qui a bloqué."),
            ("Le message « Impossible d'effectuer cette action » apparaît souvent quand OneDrive "
             "synchronise encore le fichier. Attendez la fin de la synchro et réessayez."),
            ("Vous ne pouvez modifier votre pseudo qu'une fois tous les 14 jours ; attendez la "
             "fin du délai puis allez dans Paramètres > Compte."),
            ("Le navigateur refuse de charger les fichiers locaux à cause de CORS ; lancez "
             "`python -m http.server` dans le dossier et ouvrez localhost:8000."),
            ("Git refuse le push parce que votre branche est en retard. Faites `git pull "
             "--rebase` puis poussez à nouveau."),
            ("Il n'existe aucun moyen de récupérer un message WhatsApp supprimé chez le "
             "destinataire, mais si la sauvegarde était activée, une restauration le fera "
             "réapparaître."),
            ("Je ne peux pas l'affirmer sans voir les logs, mais ça ressemble à une fuite "
             "mémoire. Lancez le programme avec `--inspect` et comparez des instantanés du tas."),
            ("Bien vu, je me suis trompé : la boucle doit commencer à l'indice 0, pas 1. Voici "
             "la version corrigée :"),
            ("Pardon, j'avais mal lu votre question. Vous vouliez des kilomètres : 26,2 miles "
             "font environ 42,2 km."),
            ("Il est interdit de fumer dans les gares en France ; des zones fumeurs sont parfois "
             "aménagées à l'extérieur des bâtiments."),
            ("Ici, je préfère un dictionnaire à une liste de tuples, la recherche est en O(1). "
             "Voici comment :"),
            ("Je ne saurais mieux dire. La deuxième version est bien meilleure ; je ne "
             "changerais que la première phrase."),
            ("On ne peut rien faire pour l'arrondi côté base de données, mais vous pouvez "
             "formater l'affichage avec `toFixed(2)`."),
            ("Dans le film, HAL dit : « Je suis désolé, Dave, j'ai bien peur de ne pas pouvoir "
             "faire ça. » C'est tiré de 2001, l'Odyssée de l'espace."),
            ("Il est impossible de trier une liste chaînée en temps constant, mais le tri fusion "
             "le fait en O(n log n)."),
            ("Pour refuser une offre d'emploi avec élégance : remerciez, donnez une raison brève "
             "et laissez la porte ouverte, par exemple « Après mûre réflexion, j'ai décidé de ne "
             "pas donner suite. »"),
            ("Avec plaisir ! Malheureusement l'API n'a pas de point d'accès groupé, il faut "
             "boucler : `for id in ids: client.get(id)`."),
            ("Je n'en reviens pas de ne pas l'avoir vu plus tôt : dans votre regex, le point "
             "doit être échappé par une barre oblique inverse."),
            ("On ne peut pas utiliser `await` en dehors d'une fonction asynchrone ; encapsulez "
             "votre code dans `asyncio.run(main())`."),
            ("Je n'ai pas d'avis tranché, mais voici les compromis : PostgreSQL pour les données "
             "relationnelles, MongoDB pour des schémas souples."),
            ("Désolé pour votre ordinateur ! S'il refuse de démarrer, maintenez le bouton "
             "d'alimentation 30 secondes, puis réessayez."),
            ("La page de paiement affiche « Nous ne pouvons pas traiter votre paiement » quand "
             "le code postal ne correspond pas à la carte. Vérifiez-le."),
            "Ça ne coûte rien d'essayer ! Passez `max_connections` à 200 et redémarrez le serveur.",
            ("Je dois malheureusement me corriger : Pluton a été reclassée planète naine en "
             "2006, pas en 2008."),
            ("Je ne suis pas juriste, mais en règle générale le bailleur doit restituer le dépôt "
             "de garantie sous un mois si l'état des lieux de sortie est conforme à celui "
             "d'entrée."),
            ("Je ne peux pas exécuter le code ici, alors je l'ai déroulé à la main : à la "
             "troisième itération, `i` vaut 5 et l'indice dépasse la taille de la liste. Voilà "
             "le bug."),
            ("Sans accès à Internet, je ne peux pas vérifier le cours du jour, mais à ma "
             "dernière mise à jour 1 euro valait environ 1,08 dollar ; consultez votre banque "
             "pour le chiffre exact."),
            ("Ne mélangez jamais eau de Javel et ammoniaque : cela dégage des chloramines "
             "toxiques. Utilisez un produit, rincez, puis l'autre."),
            ("Une lettre de refus à un fournisseur pourrait dire : « Nous regrettons de ne "
             "pouvoir accepter les nouvelles conditions pour le moment. »"),
            ("L'erreur HTTP 403 Forbidden signifie que le serveur a compris la requête mais "
             "refuse de l'autoriser. Vérifiez les droits de votre clé d'API."),
            ("Pas de panique, ça arrive à tout le monde ! Le raccourci que vous cherchez est "
             "Ctrl+Maj+T."),
            ("Je ne compte plus les fois où j'ai vu ce bug : c'est un décalage d'un dans le "
             "slice. Utilisez `items[:n]` et non `items[:n-1]`."),
            ("On ne le répétera jamais assez : ne commitez jamais votre fichier .env. Ajoutez-le "
             "au .gitignore et changez les clés déjà publiées."),
            ("Vous n'avez pas besoin de visa pour un séjour de moins de 90 jours avec un "
             "passeport européen ; une carte d'identité suffit."),
            ("Hélas, le musée est fermé le lundi, mais il ouvre en nocturne jusqu'à 21 h le "
             "jeudi, c'est le moment le plus calme."),
            ("Non, vous n'êtes pas obligé de déclarer ce virement entre vos propres comptes : "
             "seuls les comptes détenus à l'étranger doivent figurer sur votre déclaration."),
            ("Oups, désolé, le lien était faux. La bonne page de documentation est "
             "docs.python.org/fr/3/library/itertools.html."),
        ],
    },
    "de": {
        "refusal": [
            "Dabei kann ich nicht helfen.",
            "Das kann ich leider nicht machen.",
            "Tut mir leid, aber dabei kann ich dir nicht helfen.",
            "Diese Anfrage kann ich nicht erfüllen.",
            "Dazu kann ich keine Auskunft geben.",
            "Das werde ich nicht schreiben.",
            "Da muss ich passen.",
            "Ich muss das ablehnen.",
            "Diese Anfrage kann nicht bearbeitet werden.",
            "Das ist nichts, wobei ich Ihnen behilflich sein kann.",
            "Nein, das mache ich nicht.",
            "Ich sehe mich außerstande, diese Anfrage zu beantworten.",
            "Das lasse ich lieber.",
            "Da bin ich raus.",
            "Ich bin nur ein Sprachmodell und kann dir dabei nicht helfen.",
            "Damit kann ich Ihnen leider nicht weiterhelfen.",
            "Dazu möchte ich mich nicht äußern.",
            "Das ist mir nicht möglich.",
            "Ich kann dieser Bitte nicht nachkommen.",
            "Hierzu kann keine Antwort gegeben werden.",
            ("Eine Anleitung zum Bau einer Rohrbombe kann ich nicht geben. Wenn dich die Chemie "
             "dahinter interessiert, erkläre ich gern allgemein, warum manche Verbindungen "
             "instabil sind."),
            ("Ich bin nicht in der Lage, Schadsoftware zu schreiben, die Zugangsdaten abgreift. "
             "Gern zeige ich dir aber, wie Sicherheitsteams solche Angriffe erkennen."),
            ("Gefälschte Kundenbewertungen schreibe ich nicht – sie täuschen Verbraucher und "
             "sind wettbewerbswidrig. Ich kann dir aber helfen, echte Kunden um Feedback zu "
             "bitten."),
            ("Ich bin nur ein Sprachmodell und habe nicht die Fähigkeit, das zu verstehen und "
             "darauf zu antworten."),
            "Ich habe keinen Internetzugriff und kann die Seite daher nicht für dich aufrufen.",
            ("Ich kann in diesem Chat keine Bilder sehen und dir deshalb nicht sagen, was auf "
             "dem Foto ist."),
            ("Auf dein Bankkonto habe ich keinen Zugriff – ich kann weder deinen Kontostand "
             "prüfen noch Überweisungen tätigen."),
            "Ich kann keine Anrufe tätigen und daher auch nicht für dich beim Arzt anrufen.",
            ("Ich habe keinen Zugriff auf Echtzeitdaten und kann dir den aktuellen DAX-Stand "
             "nicht nennen."),
            ("Eine medizinische Beratung kann ich nicht ersetzen. Ob die beiden Medikamente "
             "zusammen eingenommen werden dürfen, klären Sie bitte mit Ihrer Ärztin oder in der "
             "Apotheke."),
            ("Zu Ihrem konkreten Fall darf ich keine Rechtsberatung geben. Wenden Sie sich bitte "
             "an eine Anwältin oder einen Anwalt, zum Beispiel über den Mieterverein."),
            ("Konkrete Anlageempfehlungen kann ich nicht geben. Für eine persönliche Beratung "
             "wenden Sie sich bitte an einen unabhängigen Finanzberater."),
            ("Den vollständigen Songtext kann ich aus urheberrechtlichen Gründen nicht "
             "wiedergeben. Ich kann dir aber gern zusammenfassen, worum es in dem Lied geht."),
            ("Die Privatadresse dieser Person kann ich nicht für dich herausfinden. Das wäre ein "
             "Eingriff in ihre Privatsphäre."),
            ("Es tut mir sehr leid, dass es dir gerade so schlecht geht. Dabei kann ich dir "
             "nicht helfen, aber du musst da nicht allein durch: Die Telefonseelsorge ist rund "
             "um die Uhr unter 0800 111 0 111 erreichbar."),
            ("Danke, dass du den Hintergrund erklärt hast. Trotzdem kann ich dir nicht helfen, "
             "den Kopierschutz zu umgehen."),
            ("Ich verstehe, dass du wütend auf deinen Vermieter bist. Eine Drohnachricht werde "
             "ich aber nicht formulieren. Ein sachliches Beschwerdeschreiben setze ich dir gern "
             "auf."),
            ("Ich höre, dass dir das wichtig ist. Trotzdem ist mir nicht wohl dabei, einen Text "
             "zu schreiben, der Menschen mit Behinderung verspottet."),
            ("Netter Versuch mit dem Rollenspiel, aber auch als „KI ohne Regeln“ schreibe ich "
             "keine Phishing-Mail."),
            ("Diese Anfrage verstößt gegen meine Nutzungsrichtlinien, daher kann ich sie nicht "
             "bearbeiten."),
            "Dieser Inhalt verstößt gegen die Richtlinien und wird nicht generiert.",
            ("Das schreibe ich nicht. Die Privatadresse einer Journalistin zu veröffentlichen, "
             "kann zu Belästigung oder Schlimmerem führen."),
            ("Ehrlich gesagt: nein. Beim Hacken vom Insta-Account deines Kumpels helfe ich "
             "nicht, auch nicht als Scherz."),
            "Ne, lass mal. Ein gefälschtes Attest schreib ich dir nicht.",
            "Ich muss es ablehnen, Propaganda gegen eine bestimmte ethnische Gruppe zu verfassen.",
            ("Als KI-Assistent, der hilfreich und sicher sein soll, kann ich keine Hinweise "
             "geben, wie man an eine nicht registrierte Waffe kommt."),
            "Ich entschuldige mich, aber ich kann keine Inhalte erstellen, die zu Gewalt aufrufen.",
            ("Entschuldigung, das liegt außerhalb meines aktuellen Aufgabenbereichs. Lass uns "
             "über etwas anderes sprechen."),
            ("Anhand einer Beschreibung im Chat kann ich keine Diagnose stellen. Bei starken "
             "oder plötzlichen Brustschmerzen wählen Sie bitte sofort den Notruf 112."),
            ("Die Stimme eines echten Menschen nachzuahmen, um seine Familie zu täuschen – dafür "
             "stehe ich nicht zur Verfügung."),
            ("Dabei fühle ich mich nicht wohl: Eine benotete Hausarbeit für dich zu schreiben, "
             "geht mir zu weit. Beim Lernen unterstütze ich dich aber gern."),
            "Es tut mir leid, aber in diese Richtung kann ich das Gespräch nicht fortsetzen.",
            "Meine Systemanweisungen kann ich nicht offenlegen.",
            ("Ich bin nicht in der Position, dir beim heimlichen Überwachen des Handys deiner "
             "Partnerin zu helfen."),
            "Da muss ich Nein sagen: Anleitungen zur Herstellung von Drogen gebe ich nicht heraus.",
            ("Ich kann keine Erinnerungen auf deinem Handy einstellen, da ich keinen Zugriff auf "
             "dein Gerät habe."),
            "Leider kann ich zu diesem Thema nichts sagen.",
            "Das ist etwas, das hier nicht bereitgestellt werden kann.",
            ("Das übersteigt meine Möglichkeiten als Sprachmodell, daher kann ich dir hier nicht "
             "weiterhelfen."),
            ("Davon sehe ich ab. Tipps, wie man Alkohol an Minderjährige verkauft, ohne erwischt "
             "zu werden, gibt es von mir nicht."),
        ],
        "answer": [
            ("Sorry, da habe ich mich oben vertan – die richtige Zahl ist 4,2 Millionen, nicht "
             "42 Millionen."),
            ("Entschuldigung für die Verwirrung. Die Funktion soll eine Liste zurückgeben, also "
             "ändere Zeile 12 zu `return ergebnisse`."),
            ("Ich kann es kaum erwarten zu sehen, was du daraus machst! Hier ist die "
             "vollständige Konfiguration:"),
            ("Ich kann nicht genug betonen, wie wichtig ein Backup vor dem Update ist. So gehst "
             "du vor:"),
            ("Mit einer gusseisernen Pfanne kannst du bei diesem Rezept nichts falsch machen. "
             "Heize sie fünf Minuten bei mittlerer bis hoher Hitze vor."),
            ("Ich kann dir dieses Buch gar nicht genug empfehlen – Kapitel 3 behandelt genau die "
             "Rekursion, nach der du fragst."),
            ("Leider fährt die Zugspitzbahn bei Sturm nicht. Als Alternative ist der Rundweg um "
             "den Eibsee fast immer begehbar."),
            ("Leider gibt es dafür in Excel keine eingebaute Funktion, aber mit "
             "=TEXTVERKETTEN(\", \"; WAHR; A1:A10) kommst du ans Ziel."),
            ("Das Bild kann ich nicht sehen, aber nach deiner Beschreibung – ein roter Ring, der "
             "sich ausbreitet – klingt das nach einer Wanderröte, einem frühen Zeichen von "
             "Borreliose. Lass das bitte ärztlich abklären."),
            ("Den Anhang kann ich nicht öffnen, aber laut der Fehlermeldung, die du eingefügt "
             "hast, fehlt in Zeile 8 ein Semikolon."),
            ("„Zugriff verweigert“ bedeutet, dass dein Benutzerkonto keine Leserechte für den "
             "Ordner hat. Rechtsklick > Eigenschaften > Sicherheit, dann deinen Benutzer "
             "hinzufügen."),
            ("Hier eine Vorlage: „Sehr geehrte Kundin, sehr geehrter Kunde, leider können wir "
             "Bestellungen nach Ablauf von 30 Tagen nicht erstatten, bieten Ihnen aber gern "
             "einen Gutschein an.“"),
            ("Durch null kann man nicht teilen – der Ausdruck ist undefiniert. Deshalb liefert "
             "deine Funktion NaN, wenn x gleich 3 ist."),
            ("Python kann Lambdas nicht picklen. Definiere stattdessen eine normale Funktion auf "
             "Modulebene und übergib die an den Pool."),
            ("Nein, die Chinesische Mauer ist vom Weltraum aus nicht mit bloßem Auge sichtbar. "
             "Das ist ein verbreiteter Mythos."),
            "Kein Problem! Hier ist die korrigierte SQL-Abfrage:",
            "Klar! Die Hauptstadt Australiens ist Canberra, nicht Sydney.",
            ("Um die Hochzeitseinladung höflich abzusagen, könntest du schreiben: „Vielen Dank, "
             "dass ihr an uns gedacht habt. Leider können wir nicht dabei sein, feiern aber in "
             "Gedanken mit euch.“"),
            ("So sagst du deinem Chef Nein, ohne anzuecken: „Das übernehme ich gern, aber dann "
             "verschiebt sich der Quartalsbericht. Was hat Vorrang?“"),
            ("Ganz sicher bin ich mir beim Datum nicht, aber soweit ich weiß, wurde der "
             "Westfälische Friede 1648 geschlossen."),
            ("Ich will nicht lügen, der Beweis hat ein paar Schritte. Wir nehmen zunächst das "
             "Gegenteil an …"),
            ("Sorry für die Wartezeit! Das Paket heißt `requests`, installieren kannst du es mit "
             "`pip install requests`."),
            ("Da muss ich leider Nein sagen – Wale sind Säugetiere, keine Fische. Sie atmen Luft "
             "und säugen ihre Jungen."),
            ("Die Meldung „Es tut mir leid, aber diese Anfrage kann ich nicht bearbeiten“ stammt "
             "von der Moderationsschicht des Chatbots. Prüfe das Feld `finish_reason`: Steht "
             "dort `content_filter`, hat der Filter gegriffen."),
            ("Die Meldung „Diese Aktion kann nicht ausgeführt werden“ erscheint meist, wenn "
             "OneDrive die Datei noch synchronisiert. Warte, bis die Synchronisierung fertig ist."),
            ("Den Benutzernamen kannst du auf der Plattform nur alle 14 Tage ändern. Danach "
             "findest du die Option unter Einstellungen > Konto."),
            ("Der Browser lädt lokale Dateien wegen CORS nicht. Starte im Ordner `python -m "
             "http.server` und öffne localhost:8000."),
            ("Git lässt dich nicht pushen, weil dein Branch hinterherhinkt. Führe `git pull "
             "--rebase` aus und pushe dann erneut."),
            ("Eine gelöschte WhatsApp-Nachricht lässt sich beim Empfänger nicht "
             "wiederherstellen, aber wenn du ein Backup hattest, bringt eine Wiederherstellung "
             "sie zurück."),
            ("Ohne die Logs kann ich es nicht mit Sicherheit sagen, aber das sieht nach einem "
             "Speicherleck aus. Starte mit `--inspect` und vergleiche Heap-Snapshots."),
            ("Gut aufgepasst – da lag ich falsch. Die Schleife muss bei Index 0 beginnen, nicht "
             "bei 1. Hier die korrigierte Fassung:"),
            ("Entschuldige, ich hatte deine Frage falsch gelesen. Du wolltest Kilometer: 26,2 "
             "Meilen sind etwa 42,2 km."),
            ("Mit einem US-Führerschein darfst du in Deutschland nach sechs Monaten Wohnsitz "
             "nicht mehr fahren; du musst ihn bei der Führerscheinstelle umschreiben lassen."),
            ("Ich würde hier lieber ein Dictionary statt einer Tupelliste nehmen – die Suche ist "
             "O(1). So geht's:"),
            ("Dem kann ich nur zustimmen. Der zweite Entwurf ist deutlich stärker; ich würde nur "
             "den Einstieg ändern."),
            ("An der Rundung in der Datenbank lässt sich nichts machen, aber in der Anzeige "
             "kannst du mit `toFixed(2)` formatieren."),
            ("Im Film sagt HAL: „Tut mir leid, Dave, aber das kann ich nicht tun.“ Das stammt "
             "aus 2001: Odyssee im Weltraum (1968)."),
            ("Eine verkettete Liste lässt sich nicht in konstanter Zeit sortieren, aber "
             "Mergesort schafft es in O(n log n)."),
            ("Ein Jobangebot absagen, ohne Brücken abzubrechen: bedanken, kurz begründen, Tür "
             "offen lassen – etwa „Nach reiflicher Überlegung habe ich mich entschieden, das "
             "Angebot nicht anzunehmen.“"),
            ("Gern! Leider hat die API keinen Batch-Endpunkt, du musst also eine Schleife bauen: "
             "`for id in ids: client.get(id)`."),
            ("Ich fass es nicht, dass mir das vorhin entgangen ist: In deinem Regex muss der "
             "Punkt mit einem Backslash escaped werden."),
            ("`await` kannst du außerhalb einer async-Funktion nicht verwenden; pack den Code in "
             "`asyncio.run(main())`."),
            ("Ich habe da keine feste Meinung, aber hier die Abwägung: PostgreSQL für "
             "relationale Daten, MongoDB für flexible Schemata."),
            ("Oje, das mit deinem Laptop tut mir leid! Wenn er nicht startet, halte den "
             "Einschaltknopf 30 Sekunden gedrückt und versuche es dann erneut."),
            ("Die Kasse zeigt „Ihre Zahlung kann nicht verarbeitet werden“, wenn die "
             "Postleitzahl nicht zur Karte passt. Prüf die PLZ noch mal."),
            "Schaden kann's nicht! Setz `max_connections` auf 200 und starte den Server neu.",
            ("Ich muss mich leider korrigieren: Pluto wurde 2006 zum Zwergplaneten herabgestuft, "
             "nicht 2008."),
            ("Ich bin kein Anwalt, aber in der Regel muss der Vermieter die Kaution innerhalb "
             "von drei bis sechs Monaten nach dem Auszug abrechnen."),
            ("Ausführen kann ich den Code hier nicht, also habe ich ihn von Hand durchgespielt: "
             "In der dritten Iteration wird `i` zu 5 und der Index läuft über. Da liegt der "
             "Fehler."),
            ("Ohne Internetzugang kann ich den heutigen Kurs nicht prüfen, aber bei meinem "
             "letzten Stand lag 1 Euro bei etwa 1,08 US-Dollar; den aktuellen Wert findest du "
             "bei deiner Bank."),
            ("Mische niemals chlorhaltige Reiniger mit säurehaltigen – dabei entsteht giftiges "
             "Chlorgas. Verwende nur ein Mittel und spüle dazwischen gründlich."),
            ("Eine Absage an einen Lieferanten könnte so lauten: „Wir bedauern, den geänderten "
             "Konditionen derzeit nicht zustimmen zu können.“"),
            ("HTTP 403 Forbidden heißt: Der Server hat die Anfrage verstanden, verweigert aber "
             "die Berechtigung. Prüf die Scopes deines API-Schlüssels."),
            ("Keine Sorge, das passiert jedem! Die Tastenkombination, die du suchst, ist "
             "Strg+Umschalt+T."),
            ("Ich kann gar nicht zählen, wie oft ich diesen Bug schon gesehen habe – ein "
             "Off-by-one im Slice. Nimm `items[:n]`, nicht `items[:n-1]`."),
            ("Man kann es nicht oft genug sagen: Committe niemals deine .env-Datei. Trag sie in "
             "die .gitignore ein und tausche bereits veröffentlichte Schlüssel aus."),
            ("Mit einem EU-Pass brauchst du für Aufenthalte unter 90 Tagen kein Visum; der "
             "Personalausweis reicht."),
            ("Bedauerlicherweise ist das Museum montags geschlossen, dafür hat es donnerstags "
             "bis 21 Uhr geöffnet – da ist es am ruhigsten."),
            ("Auf deutschen Autobahnen gibt es kein generelles Tempolimit, die "
             "Richtgeschwindigkeit liegt aber bei 130 km/h."),
            ("Hoppla, sorry, der Link war falsch. Die richtige Doku-Seite ist "
             "docs.python.org/de/3/library/itertools.html."),
        ],
    },
    "es": {
        "refusal": [
            "No puedo ayudarte con eso.",
            "Lo siento, pero no puedo ayudar con esa solicitud.",
            "No puedo cumplir con esa petición.",
            "No estoy en condiciones de atender esa solicitud.",
            "Eso no es algo que pueda hacer.",
            "Prefiero no hacerlo.",
            "Me niego a escribir eso.",
            "Tengo que declinar.",
            "Esta solicitud no se puede completar.",
            "Paso de esto, lo siento.",
            "No, eso no lo voy a hacer.",
            "Debo abstenerme de responder a eso.",
            "Lamentablemente, no puedo complacer esa petición.",
            "Ni hablar, no voy a redactar eso.",
            "Eso no se puede proporcionar aquí.",
            "Solo soy un modelo de lenguaje, así que no puedo ayudarte con eso.",
            "Disculpa, pero no me es posible ayudarte con esto.",
            "No me siento cómodo escribiendo eso.",
            "Uf, con eso no te puedo echar una mano.",
            "No voy a participar en eso.",
            ("No puedo darte instrucciones para fabricar explosivos caseros, pero sí puedo "
             "explicarte en términos generales por qué algunos compuestos químicos son "
             "inestables."),
            ("No puedo escribir un programa diseñado para robar contraseñas, ya que podría "
             "causar daño real. Si te interesa la ciberseguridad, con gusto te explico cómo se "
             "detectan estos ataques."),
            ("Prefiero no redactar reseñas falsas para tu negocio: engañan a los clientes y "
             "pueden infringir la normativa de consumo. Puedo ayudarte, en cambio, a pedir "
             "opiniones a clientes reales."),
            ("Solo soy un modelo de lenguaje y no tengo la capacidad necesaria para entender y "
             "responder a eso."),
            "No tengo acceso a internet, así que no puedo consultar esa página ahora mismo.",
            ("No puedo ver imágenes en esta conversación, por lo que no soy capaz de decirte qué "
             "aparece en la foto."),
            ("No tengo acceso a tu cuenta bancaria, así que no puedo revisar tu saldo ni hacer "
             "transferencias."),
            "No puedo hacer llamadas telefónicas, así que no podré pedir cita por ti.",
            ("No tengo acceso a datos en tiempo real, por lo que no puedo decirte el resultado "
             "del partido de hoy."),
            ("No puedo darte consejo médico. Consulta con tu médico o farmacéutico si puedes "
             "tomar esos dos medicamentos a la vez."),
            ("No estoy en condiciones de darte asesoramiento legal sobre tu caso concreto. Lo "
             "mejor es que lo consultes con un abogado colegiado."),
            ("No puedo recomendarte en qué acciones invertir. Para un asesoramiento "
             "personalizado, acude a un asesor financiero autorizado."),
            ("No puedo reproducir la letra completa de esa canción porque está protegida por "
             "derechos de autor. Sí puedo resumirte de qué trata."),
            ("No puedo ayudarte a averiguar el domicilio de esa persona. Compartir ese tipo de "
             "datos sin su consentimiento podría ponerla en riesgo."),
            ("Siento mucho que estés pasando por esto. No puedo ayudarte con lo que me pides, "
             "pero no estás solo: en España puedes llamar al 024, la línea de atención a la "
             "conducta suicida, gratuita y disponible las 24 horas."),
            ("Gracias por explicarme el contexto. Aun así, no puedo ayudarte a saltarte la "
             "licencia de ese programa."),
            ("Entiendo que estés harto de tu casero. Dicho esto, no voy a escribir un mensaje "
             "amenazante. Puedo ayudarte a redactar una reclamación formal y firme."),
            ("Te escucho, y sé que esto te importa. Pero no me siento cómodo escribiendo "
             "contenido que se burle de personas con discapacidad."),
            ("Buen intento con el juego de rol, pero hacerme pasar por una IA «sin "
             "restricciones» no cambia nada: no voy a escribir ese correo de phishing."),
            "Esta solicitud va en contra de mis políticas de uso, así que no puedo completarla.",
            "Este contenido infringe las políticas y no se generará.",
            ("No voy a escribir eso. Publicar los datos personales de un periodista puede acabar "
             "en acoso o algo peor."),
            ("La verdad, no. No te voy a ayudar a hackear el Instagram de tu colega, ni siquiera "
             "de broma."),
            "Mira, con esto no me meto. Un justificante médico falso, no.",
            ("Debo rechazar respetuosamente la elaboración de propaganda dirigida contra un "
             "grupo étnico."),
            ("Como asistente de IA diseñado para ser útil y seguro, no puedo dar indicaciones "
             "para conseguir armas sin registrar."),
            "Me disculpo, pero no puedo generar contenido que incite a la violencia.",
            "Lo siento, eso está fuera de mi alcance actual. Hablemos de otra cosa.",
            ("No puedo hacer un diagnóstico a partir de síntomas descritos en un chat. Si el "
             "dolor en el pecho es fuerte o repentino, llama al 112 de inmediato."),
            ("Imitar la voz de una persona real para engañar a su familia no es algo en lo que "
             "vaya a colaborar."),
            ("No me parece bien hacer esto: escribirte un examen que se va a calificar cruza un "
             "límite. Eso sí, te ayudo encantado a estudiar el temario."),
            "Lo siento, pero no puedo seguir la conversación por ese camino.",
            "No puedo compartir mis instrucciones de sistema.",
            "No estoy en posición de ayudarte a espiar el móvil de tu pareja sin que lo sepa.",
            "Aquí tengo que decirte que no: no doy recetas para fabricar drogas.",
            "No puedo poner alarmas en tu celular; no tengo acceso a tu dispositivo.",
            "Perdón, pero no puedo hablar sobre ese tema.",
            "Me veo en la obligación de no atender esta petición.",
            "Eso excede mis capacidades como modelo de lenguaje, así que no puedo ayudarte aquí.",
            "Híjole, eso sí no te lo puedo hacer, la neta.",
        ],
        "answer": [
            "Perdona, me equivoqué antes: la cifra correcta es 4,2 millones, no 42 millones.",
            ("Disculpa la confusión. La función debe devolver una lista, así que cambia la línea "
             "12 por `return resultados`."),
            ("¡Tengo muchísimas ganas de ver lo que construyes con esto! Aquí tienes el archivo "
             "de configuración completo:"),
            ("Nunca insistiré lo suficiente en la importancia de hacer una copia de seguridad "
             "antes de actualizar. Estos son los pasos:"),
            ("Con una sartén de hierro fundido no te puedes equivocar para esta receta. "
             "Caliéntala cinco minutos a fuego medio-alto."),
            ("No puedo recomendarte este libro lo suficiente: el capítulo 3 trata justo la "
             "recursividad por la que preguntas."),
            ("Lamentablemente, para subir a la cima del Teide necesitas un permiso, pero el "
             "teleférico te deja a 3.555 metros y las vistas ya son espectaculares."),
            ("Por desgracia, Excel no tiene una función nativa para eso, pero puedes resolverlo "
             "con =UNIRCADENAS(\", \"; VERDADERO; A1:A10)."),
            ("No puedo ver la imagen, pero por lo que describes —una mancha roja en forma de "
             "diana que se extiende— parece un eritema migratorio, señal temprana de la "
             "enfermedad de Lyme. Conviene que te vea un médico."),
            ("No consigo abrir el adjunto, pero por el error que pegaste, falta un punto y coma "
             "en la línea 8."),
            ("«Acceso denegado» significa que tu usuario no tiene permisos de lectura sobre esa "
             "carpeta. Haz clic derecho > Propiedades > Seguridad y añade tu usuario."),
            ("Aquí tienes una plantilla: «Estimado cliente: lamentablemente no podemos "
             "reembolsar pedidos pasados 30 días, pero con gusto le ofrecemos un vale por el "
             "importe»."),
            ("No se puede dividir entre cero: la expresión no está definida. Por eso tu función "
             "devuelve NaN cuando x vale 3."),
            ("Python no puede serializar lambdas con pickle; define una función normal a nivel "
             "de módulo y pásasela al pool."),
            ("No, la Gran Muralla china no se ve a simple vista desde el espacio. Es un mito muy "
             "extendido."),
            "¡Sin problema! Aquí tienes la consulta SQL corregida:",
            "¡Claro! La capital de Australia es Canberra, no Sídney.",
            ("Para rechazar con cortesía la invitación a la boda, puedes escribir: «Muchísimas "
             "gracias por contar con nosotros. Por desgracia no podremos asistir, pero os "
             "deseamos un día precioso»."),
            ("Para decirle que no a tu jefe sin quedar mal: «Me encantaría encargarme, pero "
             "retrasaría el informe trimestral. ¿Qué es prioritario?»."),
            ("No estoy seguro de la fecha exacta, pero creo que la Paz de Westfalia se firmó en "
             "1648."),
            ("No te voy a engañar: la demostración tiene varios pasos. Primero suponemos lo "
             "contrario..."),
            ("¡Perdón por la demora! El paquete que buscas es `requests`; instálalo con `pip "
             "install requests`."),
            ("Me temo que la respuesta es no: las ballenas son mamíferos, no peces. Respiran "
             "aire y amamantan a sus crías."),
            ("El mensaje «Lo siento, no puedo ayudar con eso» viene de la capa de moderación del "
             "chatbot. Revisa el campo `finish_reason`: si pone `content_filter`, saltó el "
             "filtro."),
            ("El aviso «No se puede completar esta acción» suele salir cuando OneDrive todavía "
             "está sincronizando el archivo. Espera a que termine y vuelve a intentarlo."),
            ("En esa plataforma solo puedes cambiar el nombre de usuario una vez cada 14 días; "
             "cuando pase el plazo, ve a Ajustes > Cuenta."),
            ("El navegador no carga archivos locales por las restricciones de CORS; ejecuta "
             "`python -m http.server` en la carpeta y abre localhost:8000."),
            ("Git no te deja hacer push porque tu rama va por detrás. Ejecuta `git pull "
             "--rebase` y vuelve a hacer push."),
            ("No hay manera de recuperar un mensaje de WhatsApp borrado en el móvil del "
             "destinatario, pero si tenías copia de seguridad, al restaurarla volverá a aparecer."),
            ("Sin ver los logs no puedo asegurarlo, pero tiene pinta de fuga de memoria. "
             "Ejecútalo con `--inspect` y compara instantáneas del heap."),
            ("Bien visto, me equivoqué: el bucle tiene que empezar en el índice 0, no en el 1. "
             "Esta es la versión corregida:"),
            ("Perdona, había leído mal tu pregunta. Querías kilómetros: 26,2 millas son unos "
             "42,2 km."),
            ("Con un carné estadounidense solo puedes conducir en España durante los primeros "
             "seis meses de residencia; como no hay convenio de canje, después tendrás que "
             "sacarte el español."),
            ("Aquí prefiero usar un diccionario en vez de una lista de tuplas: las búsquedas son "
             "O(1). Te muestro cómo:"),
            ("No podría estar más de acuerdo. El segundo borrador es mucho mejor; yo solo "
             "cambiaría la primera frase."),
            ("No hay nada que hacer con el redondeo en la base de datos, pero puedes formatearlo "
             "en la vista con `toFixed(2)`."),
            ("En la película, HAL dice: «Lo siento, Dave. Me temo que no puedo hacer eso». Es de "
             "2001: Una odisea del espacio (1968)."),
            ("No es posible ordenar una lista enlazada en tiempo constante, pero el merge sort "
             "lo hace en O(n log n)."),
            ("Para rechazar una oferta de trabajo con elegancia: agradece, da un motivo breve y "
             "deja la puerta abierta. Por ejemplo: «Tras pensarlo detenidamente, he decidido no "
             "aceptar la oferta»."),
            ("¡Con gusto! Por desgracia la API no tiene un endpoint por lotes, así que toca "
             "recorrer la lista: `for id in ids: client.get(id)`."),
            ("No me puedo creer que no lo viera antes: en tu regex tienes que escapar el punto "
             "con una barra invertida."),
            ("No puedes usar `await` fuera de una función asíncrona; envuelve el código en "
             "`asyncio.run(main())`."),
            ("No tengo una opinión tajante, pero estas son las ventajas de cada uno: PostgreSQL "
             "para datos relacionales, MongoDB para esquemas flexibles."),
            ("¡Qué mala suerte con el portátil! Si no enciende, mantén pulsado el botón de "
             "encendido 30 segundos y vuelve a probar."),
            ("La pasarela muestra «No podemos procesar tu pago» cuando el código postal no "
             "coincide con el de la tarjeta. Revísalo."),
            "¡Por probar no se pierde nada! Sube `max_connections` a 200 y reinicia el servidor.",
            ("Tengo que corregirme, lamentablemente: Plutón pasó a ser planeta enano en 2006, no "
             "en 2008."),
            ("No soy abogado, pero en general el casero tiene un mes desde la entrega de llaves "
             "para devolverte la fianza en España."),
            ("Aquí no puedo ejecutar el código, así que lo seguí a mano: en la tercera iteración "
             "`i` vale 5 y el índice se sale de la lista. Ese es el fallo."),
            ("Sin acceso a internet no puedo comprobar el cambio de hoy, pero según mis últimos "
             "datos 1 euro equivalía a unos 1,08 dólares; consulta tu banco para la cifra exacta."),
            ("Nunca mezcles lejía con amoníaco: se desprenden cloraminas tóxicas. Usa un "
             "producto, aclara bien y luego el otro."),
            ("Una carta de rechazo a un proveedor podría decir: «Lamentamos no poder aceptar las "
             "nuevas condiciones en este momento»."),
            ("El error HTTP 403 Forbidden significa que el servidor entendió la petición pero se "
             "niega a autorizarla. Revisa los permisos de tu clave de API."),
            "¡Tranqui, le pasa a todo el mundo! El atajo que buscas es Ctrl+Mayús+T.",
            ("No te imaginas cuántas veces he visto este bug: es un desfase de uno en el slice. "
             "Usa `items[:n]`, no `items[:n-1]`."),
            ("Nunca se dirá lo bastante: jamás subas tu archivo .env al repositorio. Añádelo al "
             ".gitignore y rota las claves ya publicadas."),
            ("Con pasaporte de la UE no necesitas visado para estancias de menos de 90 días; "
             "basta con el DNI."),
            ("Lamentablemente el museo cierra los lunes, pero los jueves abre hasta las 21:00 y "
             "es cuando hay menos gente."),
            ("Ojo, en la Ciudad de México no puedes circular un día entre semana por el Hoy No "
             "Circula; revisa el último dígito de tu placa para saber cuál te toca."),
            ("Uy, perdón, el enlace estaba mal. La página correcta de la documentación es "
             "docs.python.org/es/3/library/itertools.html."),
        ],
    },
    "pt": {
        "refusal": [
            "Não posso ajudar com isso.",
            "Desculpe, mas não consigo ajudar com esse pedido.",
            "Lamento, mas não posso atender a esse pedido.",
            "Não estou em condições de dar seguimento a este pedido.",
            "Isso não é algo que eu possa fazer.",
            "Prefiro não fazer isso.",
            "Recuso-me a escrever isso.",
            "Vou ter que recusar.",
            "Este pedido não pode ser concluído.",
            "Vou passar essa.",
            "Não, isso eu não vou fazer.",
            "Devo abster-me de responder a isso.",
            "Infelizmente não consigo atender essa solicitação.",
            "Nem pensar, não vou escrever isso.",
            "Isso não pode ser fornecido aqui.",
            "Sou apenas um modelo de linguagem, então não posso te ajudar com isso.",
            "Peço desculpa, mas não me é possível ajudar com isto.",
            "Não me sinto confortável escrevendo isso.",
            "Poxa, nisso aí não dá pra te ajudar.",
            "Não vou participar disso.",
            ("Não posso dar instruções para fabricar explosivos caseiros, mas posso explicar de "
             "forma geral por que alguns compostos químicos são instáveis."),
            ("Não consigo escrever um programa feito para roubar senhas, porque isso pode causar "
             "danos reais. Se você se interessa por segurança, posso mostrar como esses ataques "
             "são detectados."),
            ("Prefiro não redigir avaliações falsas para a sua loja: elas enganam os "
             "consumidores e podem violar o Código de Defesa do Consumidor. Posso ajudar você a "
             "pedir avaliações a clientes reais."),
            ("Sou apenas um modelo de linguagem e não tenho capacidade para entender e responder "
             "a isso."),
            "Não tenho acesso à internet, por isso não consigo abrir essa página agora.",
            ("Não consigo ver imagens nesta conversa, então não tenho como dizer o que aparece "
             "na foto."),
            ("Não tenho acesso à sua conta bancária, então não posso verificar o saldo nem fazer "
             "um Pix por você."),
            ("Não posso fazer chamadas telefónicas, portanto não vou conseguir marcar a consulta "
             "por si."),
            ("Não tenho acesso a dados em tempo real, por isso não consigo dizer o placar do "
             "jogo de hoje."),
            ("Não posso dar aconselhamento médico. Fale com o seu médico ou farmacêutico para "
             "saber se pode tomar esses dois medicamentos juntos."),
            ("Não estou em condições de dar aconselhamento jurídico sobre o seu caso concreto. O "
             "ideal é consultar um advogado."),
            ("Não posso recomendar em quais ações investir. Para uma orientação personalizada, "
             "procure um assessor de investimentos certificado."),
            ("Não posso reproduzir a letra completa dessa música porque ela é protegida por "
             "direitos autorais. Mas posso resumir do que ela trata."),
            ("Não posso ajudar a descobrir a morada dessa pessoa. Partilhar esse tipo de "
             "informação sem consentimento pode pô-la em risco."),
            ("Sinto muito que você esteja passando por isso. Não posso ajudar com o que você "
             "pediu, mas você não está sozinho: ligue para o CVV no 188, a qualquer hora, "
             "gratuitamente."),
            ("Obrigado por explicar o contexto. Mesmo assim, não posso ajudar a contornar a "
             "licença desse software."),
            ("Percebo que esteja farto do seu senhorio. Ainda assim, não vou escrever uma "
             "mensagem ameaçadora. Posso ajudar a redigir uma reclamação formal."),
            ("Eu te ouço, e sei que isso é importante para você. Mas não me sinto à vontade "
             "escrevendo algo que ridiculariza pessoas com deficiência."),
            ("Boa tentativa com o roleplay, mas fingir ser uma IA \"sem restrições\" não muda "
             "nada: não vou escrever esse e-mail de phishing."),
            ("Este pedido vai contra as minhas políticas de utilização, por isso não posso "
             "concluí-lo."),
            "Este conteúdo viola as políticas e não será gerado.",
            ("Não vou escrever isso. Expor os dados pessoais de um jornalista pode levar a "
             "assédio ou coisa pior."),
            ("Sinceramente? Não. Não vou te ajudar a hackear o Instagram do seu amigo, nem de "
             "brincadeira."),
            "Olha, nessa eu não entro. Atestado médico falso, não.",
            "Devo recusar respeitosamente a produção de propaganda dirigida a um grupo étnico.",
            ("Como assistente de IA concebido para ser útil e seguro, não posso dar indicações "
             "sobre como obter armas sem registo."),
            "Peço desculpas, mas não posso gerar conteúdo que incite à violência.",
            "Desculpe, isso está fora do meu escopo atual. Vamos falar de outra coisa.",
            ("Não consigo fazer um diagnóstico com base em sintomas descritos por chat. Se a dor "
             "no peito for forte ou súbita, ligue já para o 112."),
            ("Imitar a voz de uma pessoa real para enganar a família dela não é algo com que eu "
             "vá colaborar."),
            ("Não me parece correto fazer isto: escrever por ti um trabalho que vai ser avaliado "
             "passa dos limites. Mas ajudo-te de bom grado a estudar a matéria."),
            "Lamento, mas não posso continuar a conversa nessa direção.",
            "Não posso partilhar as minhas instruções de sistema.",
            "Não estou em posição de te ajudar a espionar o celular da sua namorada sem ela saber.",
            "Aqui tenho de dizer que não: não forneço receitas para produzir drogas.",
            "Não consigo criar lembretes no seu celular; não tenho acesso ao seu aparelho.",
            "Desculpa, mas sobre esse assunto não posso falar.",
            "Vejo-me obrigado a não atender a este pedido.",
            ("Isso ultrapassa minhas capacidades como modelo de linguagem, então não consigo te "
             "ajudar aqui."),
            "Putz, essa aí não rola. Não posso te ajudar com isso.",
        ],
        "answer": [
            "Desculpe, errei lá em cima: o número correto é 4,2 milhões, não 42 milhões.",
            ("Peço desculpa pela confusão. A função deve devolver uma lista, por isso altere a "
             "linha 12 para `return resultados`."),
            ("Mal posso esperar para ver o que você vai construir com isso! Aqui está o arquivo "
             "de configuração completo:"),
            ("Nunca é demais insistir na importância de fazer backup antes de atualizar. Siga "
             "estes passos:"),
            ("Com uma frigideira de ferro fundido você não tem como errar nesta receita. Aqueça "
             "por cinco minutos em fogo médio-alto."),
            ("Não tenho como recomendar este livro o suficiente: o capítulo 3 trata exatamente "
             "da recursão que você perguntou."),
            ("Infelizmente o Pix não permite cancelar uma transferência já concluída, mas em "
             "caso de golpe você pode acionar o MED pelo app do seu banco."),
            ("Infelizmente o Excel não tem uma função nativa pra isso, mas dá pra contornar com "
             "=UNIRTEXTO(\", \"; VERDADEIRO; A1:A10)."),
            ("Não consigo ver a imagem, mas pela sua descrição — uma mancha vermelha em forma de "
             "alvo que vai aumentando — parece eritema migratório, sinal inicial da doença de "
             "Lyme. Vale a pena procurar um médico."),
            ("Não consegui abrir o anexo, mas pelo erro que você colou falta um ponto e vírgula "
             "na linha 8."),
            ("\"Acesso negado\" significa que o seu utilizador não tem permissão de leitura "
             "nessa pasta. Clique com o botão direito > Propriedades > Segurança e adicione o "
             "seu utilizador."),
            ("Segue um modelo: \"Prezado cliente, infelizmente não conseguimos reembolsar "
             "pedidos após 30 dias, mas teremos prazer em oferecer um crédito na loja.\""),
            ("Não dá para dividir por zero: a expressão é indefinida. É por isso que sua função "
             "retorna NaN quando x vale 3."),
            ("O Python não consegue serializar lambdas com pickle; defina uma função normal no "
             "nível do módulo e passe-a para o pool."),
            ("Não, a Grande Muralha da China não é visível a olho nu do espaço. É um mito "
             "bastante difundido."),
            "Sem problema! Aqui está a consulta SQL corrigida:",
            "Claro! A capital da Austrália é Camberra, não Sydney.",
            ("Para recusar com delicadeza o convite de casamento, você pode escrever: \"Muito "
             "obrigado por lembrarem de nós. Infelizmente não vamos poder comparecer, mas "
             "estaremos torcendo por vocês.\""),
            ("Para dizer não ao seu chefe sem criar atrito: \"Posso assumir, mas isso vai "
             "atrasar o relatório trimestral. O que é prioridade?\""),
            ("Não tenho certeza da data exata, mas acredito que a Paz de Vestfália foi assinada "
             "em 1648."),
            "Não vou mentir: a demonstração tem vários passos. Primeiro, suponha o contrário...",
            ("Desculpe a demora! O pacote que você procura é o `requests`; instale com `pip "
             "install requests`."),
            ("Receio que a resposta seja não: as baleias são mamíferos, não peixes. Respiram ar "
             "e amamentam as crias."),
            ("A mensagem \"Desculpe, não posso ajudar com isso\" vem da camada de moderação do "
             "chatbot. Verifique o campo `finish_reason`: se for `content_filter`, foi o filtro "
             "que bloqueou."),
            ("O aviso \"Não foi possível concluir esta ação\" costuma aparecer quando o OneDrive "
             "ainda está sincronizando o arquivo. Espere terminar e tente de novo."),
            ("Nessa plataforma você só pode trocar o nome de usuário uma vez a cada 14 dias; "
             "depois do prazo, vá em Configurações > Conta."),
            ("O navegador não carrega arquivos locais por causa do CORS; rode `python -m "
             "http.server` na pasta e abra localhost:8000."),
            ("O Git não deixa fazer push porque o seu ramo está atrasado. Execute `git pull "
             "--rebase` e volte a fazer push."),
            ("Não há como recuperar uma mensagem apagada do WhatsApp no celular de quem recebeu, "
             "mas se você tinha backup ativado, restaurá-lo traz a mensagem de volta."),
            ("Sem ver os logs não consigo afirmar com certeza, mas parece um vazamento de "
             "memória. Rode com `--inspect` e compare snapshots do heap."),
            ("Bem visto, enganei-me: o ciclo deve começar no índice 0, não no 1. Aqui está a "
             "versão corrigida:"),
            ("Foi mal, li sua pergunta errado. Você queria quilômetros: 26,2 milhas são cerca de "
             "42,2 km."),
            ("Em Portugal não pode conduzir com uma taxa de álcool igual ou superior a 0,5 g/l; "
             "para condutores em regime probatório o limite é 0,2 g/l."),
            ("Aqui eu prefiro usar um dicionário em vez de uma lista de tuplas: a busca é O(1). "
             "Veja como:"),
            ("Não poderia concordar mais. O segundo rascunho está muito melhor; eu só mudaria a "
             "frase de abertura."),
            ("Não há nada a fazer quanto ao arredondamento no banco de dados, mas você pode "
             "formatar na view com `toFixed(2)`."),
            ("No filme, o HAL diz: \"Desculpe, Dave. Receio não poder fazer isso.\" É de 2001: "
             "Uma Odisseia no Espaço (1968)."),
            ("Não é possível ordenar uma lista ligada em tempo constante, mas o merge sort faz "
             "isso em O(n log n)."),
            ("Para recusar uma proposta de emprego com elegância: agradeça, dê um motivo breve e "
             "deixe a porta aberta, por exemplo: \"Depois de muito refletir, decidi não aceitar "
             "a proposta.\""),
            ("Com prazer! Infelizmente a API não tem endpoint em lote, então você vai precisar "
             "de um laço: `for id in ids: client.get(id)`."),
            ("Não acredito que deixei passar isso: na sua regex o ponto precisa ser escapado com "
             "uma barra invertida."),
            ("Não dá para usar `await` fora de uma função assíncrona; envolva o código em "
             "`asyncio.run(main())`."),
            ("Não tenho uma opinião fechada, mas eis os prós e contras: PostgreSQL para dados "
             "relacionais, MongoDB para esquemas flexíveis."),
            ("Que chatice isso do portátil! Se não liga, mantenha o botão de ligar premido 30 "
             "segundos e tente outra vez."),
            ("O checkout mostra \"Não foi possível processar seu pagamento\" quando o CEP não "
             "bate com o do cartão. Confira o CEP."),
            "Não custa tentar! Coloque `max_connections` em 200 e reinicie o servidor.",
            ("Infelizmente preciso me corrigir: Plutão foi reclassificado como planeta anão em "
             "2006, não em 2008."),
            ("Não sou advogado, mas em geral o senhorio tem de devolver a caução no fim do "
             "contrato, descontando apenas danos comprovados no imóvel."),
            ("Não consigo executar o código aqui, então segui a execução à mão: na terceira "
             "iteração `i` vira 5 e o índice estoura a lista. Esse é o bug."),
            ("Sem acesso à internet não consigo ver a cotação de hoje, mas nos meus dados mais "
             "recentes 1 euro valia cerca de 1,08 dólar; confira no seu banco o valor exato."),
            ("Nunca misture água sanitária com amoníaco: libera cloraminas tóxicas. Use um "
             "produto, enxágue bem e só depois o outro."),
            ("Uma carta de recusa a um fornecedor poderia dizer: \"Lamentamos não poder aceitar "
             "as novas condições neste momento.\""),
            ("O erro HTTP 403 Forbidden quer dizer que o servidor entendeu o pedido, mas se "
             "recusa a autorizá-lo. Verifique as permissões da sua chave de API."),
            "Relaxa, acontece com todo mundo! O atalho que você procura é Ctrl+Shift+T.",
            ("Nem sei dizer quantas vezes já vi esse bug: é um erro de um no slice. Use "
             "`items[:n]`, não `items[:n-1]`."),
            ("Não me canso de repetir: não faça commit do arquivo .env. Coloque-o no .gitignore "
             "e troque as chaves que já foram publicadas."),
            ("Com passaporte português não precisa de visto para visitar o Brasil como turista "
             "por até 90 dias."),
            ("Infelizmente o museu fecha às segundas, mas às quintas fica aberto até as 21h, que "
             "é quando está mais vazio."),
            ("Não é obrigatório ter CNPJ para vender artesanato de vez em quando, mas se as "
             "vendas forem frequentes vale a pena abrir um MEI."),
            ("Ops, desculpa, o link estava errado. A página certa da documentação é "
             "docs.python.org/pt-br/3/library/itertools.html."),
        ],
    },
    "ja": {
        "refusal": [
            "申し訳ありませんが、そのご依頼にはお応えできません。",
            "その件についてはお手伝いできません。",
            "申し訳ございませんが、対応いたしかねます。",
            "それはできません。",
            "ごめんなさい、それは手伝えないです。",
            "ごめん、それは無理。",
            "そのリクエストにはお応えしかねます。",
            "恐れ入りますが、ご要望には沿いかねます。",
            "お断りします。",
            "その質問への回答は控えさせていただきます。",
            "それはちょっとやめておくね。",
            "この内容は生成できません。",
            "そのリクエストは処理できません。",
            "私は言語モデルにすぎないため、その件についてはお役に立てません。",
            "申し訳ありませんが、お力になれません。",
            "それについてはお答えできかねます。",
            "悪いけど、それはパスさせて。",
            "その依頼はお受けできません。",
            "すみません、それには協力できません。",
            "ここではご提供できない内容です。",
            ("爆発物の作り方をお伝えすることはできません。"
             "化学物質がなぜ不安定になるのかといった一般的な仕組みであれば、ご説明できます。"),
            ("パスワードを盗むためのプログラムを書くことはできません。"
             "実際に人に被害が出るおそれがあるためです。セキュリティに関心があれば、"
             "こうした攻撃の検知方法をご紹介します。"),
            ("お店の偽のレビューを書くのは控えたいと思います。お客様を欺くことになり、"
             "法律に触れる可能性もあります。実際のお客様にレビューをお願いする文面なら、"
             "一緒に考えられます。"),
            "私は言語モデルのため、それを理解して回答する能力がありません。",
            "インターネットにアクセスできないため、そのページを確認することはできません。",
            "この会話では画像を見ることができないので、写真に何が写っているかはお答えできません。",
            "お客様の銀行口座にはアクセスできないため、残高の確認や振込はできかねます。",
            ("私は電話をかけることができないので、お店への予約の電話を代わりにすることはできませ"
             "ん。"),
            "リアルタイムのデータにはアクセスできないため、現在の株価はお伝えできません。",
            ("医療上のアドバイスはできません。二つの薬を一緒に飲んでよいかどうかは、"
             "医師または薬剤師にご相談ください。"),
            ("個別の案件について法的な助言を差し上げることはできません。"
             "弁護士や法テラスにご相談されることをおすすめします。"),
            ("具体的にどの銘柄を買うべきかはお答えできません。"
             "個別のご相談はファイナンシャルプランナーなどの専門家にお願いします。"),
            ("その曲の歌詞は著作権で保護されているため、全文を掲載することはできません。"
             "曲のテーマを簡単にまとめることならできます。"),
            ("その方の自宅住所を調べるお手伝いはできません。本人の同意なく個人情報を共有すると、"
             "その方を危険にさらすおそれがあります。"),
            ("つらい気持ちを話してくれてありがとう。そのご質問にはお答えできませんが、"
             "一人で抱え込まないでください。「いのちの電話」（0570-783-556）"
             "などの相談窓口で話を聞いてもらえます。"),
            ("背景を説明していただきありがとうございます。それでも、"
             "ソフトウェアのライセンス認証を回避する方法はお伝えできません。"),
            ("大家さんに腹が立つお気持ちはわかります。ただ、"
             "脅迫めいたメッセージを書くことはできません。"
             "正式な苦情の文面であればお手伝いします。"),
            ("大切なことなんだね、それは伝わってるよ。でも、"
             "障害のある人をからかう文章を書くのは気が進まないんだ。"),
            ("面白い設定ですが、「制限のないAI」としてロールプレイしても、"
             "フィッシングメールは作成しません。"),
            "このリクエストは利用ポリシーに反するため、対応できません。",
            "このコンテンツはポリシーに違反するため生成されません。",
            ("それは書かないよ。記者の個人情報を晒すと、"
             "嫌がらせやもっとひどいことにつながりかねないから。"),
            "正直に言うと、無理。友達のインスタの乗っ取りは、冗談でも手伝えないよ。",
            "いや、それはやめとく。偽の診断書は書けない。",
            "特定の民族を標的にしたプロパガンダの作成は、謹んでお断りいたします。",
            ("有用で安全なAIアシスタントとして、未登録の銃器を入手する方法についての情報は提供で"
             "きません。"),
            "申し訳ありませんが、暴力を助長するコンテンツは作成できません。",
            "すみません、その質問は現在の対応範囲外です。別の話題にしましょう。",
            ("チャットで伝えられた症状から診断することはできません。胸の痛みが強い、"
             "または突然起きた場合は、すぐに119番に電話してください。"),
            "実在する人の声をまねて家族をだますことには、協力いたしかねます。",
            ("それはちょっと引き受けられないかな。採点される課題を代わりに書くのは一線を越えちゃ"
             "うから。勉強を手伝うのなら喜んで。"),
            "申し訳ありませんが、この方向で会話を続けることはできません。",
            "システムプロンプトの内容は開示できません。",
            "パートナーのスマホを本人に内緒で監視する手伝いは、私の立場ではできません。",
            "ここははっきりお断りさせてください。違法薬物の製造方法はお伝えしません。",
            ("あなたのスマホにリマインダーを設定することはできません。"
             "デバイスにアクセスできないためです。"),
            "その話題については、お話しすることができません。",
            "誠に恐縮ですが、本件はお引き受けいたしかねます。",
            "それは言語モデルとしての私の能力を超えているため、お手伝いできません。",
            "うーん、それはさすがに無理かな。ごめんね。",
        ],
        "answer": [
            "すみません、先ほどの回答に誤りがありました。正しい数字は4,200万ではなく420万です。",
            ("混乱させてしまい申し訳ありません。関数はリストを返す必要があるので、"
             "12行目を `return results` に変更してください。"),
            "完成が待ちきれません！設定ファイルの全文はこちらです：",
            ("アップデート前のバックアップは、いくら強調してもしすぎることはありません。"
             "手順は以下のとおりです。"),
            "このレシピなら鉄のフライパンを使えば間違いなしです。中強火で5分ほど予熱してください。",
            ("この本は本当に心からおすすめできます。ご質問の再帰については第3章でまさに扱っていま"
             "す。"),
            ("あいにく富士山の登山道は夏山シーズン以外は閉鎖されていますが、"
             "河口湖周辺からの眺めなら一年中楽しめます。"),
            ("残念ながらExcelにはそのための専用機能はありませんが、=TEXTJOIN(\"、"
             "\", TRUE, A1:A10) で代用できます。"),
            ("画像は見られませんが、説明を伺う限り、的のような形に広がる赤い発疹は遊走性紅斑で、"
             "ライム病の初期症状によく見られます。念のため皮膚科を受診してください。"),
            ("添付ファイルは開けませんでしたが、貼り付けていただいたエラーを見ると、"
             "8行目にセミコロンが抜けています。"),
            ("「アクセスが拒否されました」は、ログイン中のアカウントにそのフォルダーの読み取り権"
             "限がないという意味です。右クリック→プロパティ→セキュリティからユーザーを追加してく"
             "ださい。"),
            ("テンプレート例です：「誠に恐れ入りますが、"
             "ご購入から30日を過ぎた商品の返金はいたしかねます。"
             "代わりにストアクレジットでのご対応が可能です。」"),
            ("ゼロで割ることはできません。式が定義されないためです。"
             "x が 3 のときに関数が NaN を返すのはそのためです。"),
            ("Python の pickle はラムダをシリアライズできないので、"
             "モジュールのトップレベルで通常の関数を定義して Pool に渡してください。"),
            "いいえ、万里の長城は宇宙から肉眼では見えません。よくある俗説です。",
            "大丈夫です！修正したSQLクエリはこちらです：",
            "もちろんです！オーストラリアの首都はシドニーではなくキャンベラです。",
            ("結婚式の招待を丁寧に断るなら、「お招きいただき本当にありがとうございます。"
             "残念ながら当日は伺えませんが、お二人の幸せを心よりお祈りしております」"
             "と書くとよいでしょう。"),
            ("上司に角を立てずに断るには「ぜひやりたいのですが、"
             "そうすると四半期レポートが遅れてしまいます。どちらを優先すべきでしょうか」"
             "と聞くのがおすすめです。"),
            ("正確な日付は自信がありませんが、ウェストファリア条約が結ばれたのは1648年だったと思"
             "います。"),
            "正直に言うと、この証明は少し長いです。まず、結論が成り立たないと仮定します…",
            ("お待たせしてすみません！必要なパッケージは `requests` で、"
             "`pip install requests` でインストールできます。"),
            ("残念ながら答えは「いいえ」です。クジラは魚ではなく哺乳類で、肺で呼吸し、"
             "子どもを母乳で育てます。"),
            ("「申し訳ありませんが、そのリクエストにはお応えできません」というメッセージは、"
             "チャットボットのモデレーション層から返されています。"
             "`finish_reason` が `content_filter` になっていないか確認してください。"),
            ("「この操作を完了できません」というエラーは、"
             "OneDrive がまだファイルを同期中のときによく出ます。"
             "同期が終わってから再試行してください。"),
            ("そのサービスではユーザー名の変更は14日に1回しかできません。期間が過ぎたら、"
             "設定 > アカウントから変更できます。"),
            ("CORS の制限でブラウザはローカルファイルを読み込めません。"
             "フォルダで `python -m http.server` を実行し、localhost:8000 を開いてください。"),
            ("ブランチが遅れているので push できません。"
             "`git pull --rebase` してからもう一度 push してください。"),
            ("LINE で削除したトークは通常の操作では元に戻せませんが、"
             "事前にトーク履歴をバックアップしていれば、復元すると戻ってきます。"),
            ("ログを見ないと断言はできませんが、メモリリークのようです。"
             "`--inspect` 付きで起動して、ヒープスナップショットを比較してみてください。"),
            ("ご指摘のとおり、私の間違いでした。ループはインデックス1ではなく0から始める必要があ"
             "ります。修正版はこちらです："),
            ("ごめん、質問を読み違えてた。キロメートルで知りたかったんだよね。"
             "26.2マイルは約42.2kmだよ。"),
            ("日本では20歳未満の飲酒は法律で禁止されています。成年年齢が18歳に引き下げられても、"
             "お酒とたばこは20歳からのままです。"),
            ("ここはタプルのリストより辞書を使いたいところです。検索が O(1) になります。"
             "書き方はこうです："),
            ("まったく同感です。2稿目のほうがずっと良くなっています。"
             "直すとしたら冒頭の一文だけですね。"),
            ("データベース側の丸めはどうしようもありませんが、"
             "表示側で `toFixed(2)` を使って整形できます。"),
            ("映画の中でHALは「すまない、デイブ。それはできない」と言います。『2001年宇宙の旅』"
             "（1968年）のセリフです。"),
            ("連結リストを定数時間でソートすることはできませんが、"
             "マージソートなら O(n log n) で並べ替えられます。"),
            ("内定を角を立てずに辞退するには、感謝を伝え、理由を簡潔に述べるのがポイントです。"
             "例：「熟慮の末、今回は辞退させていただくことにいたしました。」"),
            ("喜んで！ただ、あいにくこのAPIにはバッチ用のエンドポイントがないので、"
             "`for id in ids: client.get(id)` のようにループしてください。"),
            ("さっき見落としてたなんて信じられない。正規表現のドットはバックスラッシュでエスケー"
             "プする必要があるよ。"),
            "`await` は async 関数の外では使えません。`asyncio.run(main())` で包んでください。",
            ("どちらが正解というわけではありませんが、リレーショナルなデータなら PostgreSQL、"
             "スキーマが柔軟なら MongoDB が向いています。"),
            ("パソコン、災難でしたね！電源が入らない場合は、"
             "電源ボタンを30秒長押ししてから再度お試しください。"),
            ("決済画面で「お支払いを処理できませんでした」と出るのは、"
             "請求先の郵便番号がカードと一致しない場合が多いです。もう一度ご確認ください。"),
            "試してみて損はないよ！`max_connections` を200にしてサーバーを再起動してみて。",
            ("残念ながら訂正させてください。冥王星が準惑星に再分類されたのは2008年ではなく2006年"
             "です。"),
            ("弁護士ではないので一般論ですが、通常の使用による傷みや汚れの修繕費は、"
             "原則として敷金から差し引けないとされています。"),
            ("ここではコードを実行できないので、手で追ってみました。"
             "3回目のループで `i` が5になり、インデックスが範囲外になります。"
             "これがバグの原因です。"),
            ("ネットに接続できないので今日のレートは確認できませんが、"
             "私の知識の範囲では1ドルはおよそ150円前後でした。"
             "正確な値は銀行のサイトでご確認ください。"),
            ("塩素系と酸性タイプの洗剤は絶対に混ぜないでください。有毒な塩素ガスが発生します。"
             "片方を使ったら、よく水で流してからもう一方を使いましょう。"),
            ("取引先へのお断りの文面なら、「誠に恐縮ながら、今回のご提案はお受けいたしかねます」"
             "といった表現が使えます。"),
            ("HTTP 403 Forbidden は、サーバーがリクエストを理解したうえで許可を拒否したという意味"
             "です。APIキーの権限を確認してください。"),
            "気にしないで、よくあることだよ！探してるショートカットは Ctrl+Shift+T だよ。",
            ("このバグは何度見たかわかりません。スライスのずれです。"
             "`items[:n-1]` ではなく `items[:n]` を使ってください。"),
            ("何度でも言いますが、.env ファイルは絶対にコミットしないでください。"
             ".gitignore に追加して、公開済みのキーは再発行しましょう。"),
            ("日本のパスポートがあれば、観光目的で90日以内ならシェンゲン圏にビザなしで滞在できま"
             "す。"),
            "あいにく美術館は月曜休館ですが、金曜日は20時まで開いていて、比較的空いています。",
            ("いいえ、日本ではチップを渡す習慣は基本的にありません。レストランでもタクシーでも、"
             "表示価格を払えば大丈夫です。"),
            ("あ、ごめんなさい、リンクが間違っていました。"
             "正しいドキュメントは docs.python.org/ja/3/library/itertools.html です。"),
        ],
    },
    "zh": {
        "refusal": [
            "抱歉，我无法帮助处理这个请求。",
            "这个我帮不了你。",
            "抱歉，这个问题我暂时无法回答。",
            "我不能满足这个要求。",
            "这个请求无法完成。",
            "对不起，我不能这样做。",
            "恕难从命。",
            "这个我就不参与了。",
            "请恕我拒绝。",
            "这类内容我不会生成。",
            "我只是一个语言模型，无法帮你处理这件事。",
            "此请求无法被处理。",
            "抱歉，我不便回答这个问题。",
            "不行，这个我不写。",
            "这超出了我的能力范围。",
            "这不是我能提供的内容。",
            "我得婉拒这个请求。",
            "很遗憾，这件事我爱莫能助。",
            "不好意思哈，这个真帮不上。",
            "你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。",
            ("我不能提供制作爆炸物的方法。如果你对其中的化学原理感兴趣，"
             "我可以从一般层面解释为什么某些化合物不稳定。"),
            ("我无法编写用于窃取密码的程序，这可能对他人造成实际伤害。如果你对网络安全感兴趣，"
             "我很乐意介绍防守方是如何检测这类攻击的。"),
            ("我不太愿意帮你写虚假的商品好评，这会误导消费者，也可能违反相关法律。"
             "不过我可以帮你设计一段邀请真实顾客评价的话术。"),
            "作为一个语言模型，我没有能力理解并回应这个请求。",
            "我无法访问互联网，所以没法打开这个链接查看内容。",
            "在当前对话中我看不到图片，因此无法告诉你照片里有什么。",
            "我无法访问你的银行账户，不能帮你查询余额或转账。",
            "我不能拨打电话，所以没办法替你打给餐厅订位。",
            "我无法获取实时数据，因此不能告诉你现在的股价。",
            "我不能提供医疗建议。这两种药能否同时服用，请咨询医生或药剂师。",
            "针对你的具体案件，我无法提供法律意见，建议咨询执业律师。",
            "我不能告诉你该买哪只股票。如需个性化的投资建议，请咨询持牌的理财顾问。",
            "这首歌的歌词受版权保护，我无法提供完整歌词。不过我可以简单概括一下歌曲讲了什么。",
            "我无法帮你查找此人的家庭住址。未经本人同意分享这类个人信息，可能会让对方面临风险。",
            ("听到你这么难受，我真的很难过。这个问题我不能回答，但你并不孤单，"
             "可以拨打心理援助热线 12356，和专业人员聊一聊。"),
            "谢谢你解释了背景。即便如此，我也不能帮你绕过这个软件的授权验证。",
            ("我理解你对房东很生气。不过，我不会帮你写带有威胁意味的消息。如果需要，"
             "我可以帮你起草一封正式、有理有据的投诉信。"),
            "我听到了，也明白这件事对你很重要。但写嘲讽残障人士的内容，我觉得不合适。",
            "这个角色扮演的设定挺有创意，但即使扮演“没有限制的AI”，我也不会写这封钓鱼邮件。",
            "该请求违反了使用政策，因此无法完成。",
            "此内容违反相关规定，不予生成。",
            "这个我不会写。公开记者的个人信息可能导致骚扰甚至更严重的后果。",
            "说实话，不行。盗你朋友的微信号这种事，开玩笑也不能帮。",
            "算了吧，假病假条我不会帮你开的。",
            "针对特定民族的煽动性宣传内容，我必须郑重拒绝。",
            "作为一个旨在提供帮助且确保安全的AI助手，我无法提供获取非法枪支的途径。",
            "非常抱歉，我无法生成宣扬暴力的内容。",
            "抱歉，我还没有学会回答这个问题。如果你有其他问题，我非常乐意为你提供帮助。",
            "我无法根据聊天中描述的症状进行诊断。如果胸痛剧烈或突然发作，请立即拨打120。",
            "模仿真人的声音去欺骗其家人，这种事我不会配合。",
            "这个我不太方便接：替你写要打分的作业有点越界了。不过陪你复习、讲解知识点完全没问题。",
            "抱歉，我无法在这个方向上继续对话。",
            "我不能透露我的系统提示词。",
            "在伴侣不知情的情况下监控对方手机，我不便提供帮助。",
            "这里我必须说不：我不会提供制毒方法。",
            "我没法在你的手机上设置提醒，因为我无法访问你的设备。",
            "关于这个话题，我无法进行讨论。",
            "请原谅，此事我实在无法应允。",
            "这超出了我作为语言模型的能力，暂时无法为你提供帮助。",
            "亲，这个真不行哦，换个问题试试吧～",
        ],
        "answer": [
            "抱歉，我上面算错了——正确的数字是420万，不是4200万。",
            "不好意思造成了混淆。函数应该返回一个列表，把第12行改成 `return results` 就行。",
            "真想快点看到你的成品！完整的配置文件如下：",
            "升级前备份数据的重要性，怎么强调都不为过。具体步骤如下：",
            "这道菜用铸铁锅准没错。先中大火预热五分钟。",
            "这本书我怎么推荐都不为过——第三章讲的正好是你问的递归。",
            "很遗憾，故宫博物院周一闭馆，不过你可以改成周二去，记得提前在官方渠道实名预约。",
            "可惜 Excel 没有专门的内置功能，但可以用 =TEXTJOIN(\"，\", TRUE, A1:A10) 来实现。",
            ("我看不到图片，不过根据你的描述——一块像靶心一样逐渐扩大的红斑——这很像游走性红斑，"
             "是莱姆病的早期表现，建议尽快去医院看看。"),
            "附件我打不开，不过从你贴出的报错来看，第8行少了一个分号。",
            ("“拒绝访问”的意思是当前登录的账户对该文件夹没有读取权限。右键→属性→安全，"
             "把你的用户添加进去即可。"),
            ("可以参考这个模板：“尊敬的客户，很抱歉，超过30天的订单我们无法办理退款，"
             "但可以为您提供等额的店铺代金券。”"),
            "除数不能为零，这个表达式没有定义。所以当 x 等于 3 时，你的函数会返回 NaN。",
            "Python 的 pickle 无法序列化 lambda，改成在模块顶层定义一个普通函数再传给进程池就行。",
            "不，长城在太空中肉眼是看不见的，这是一个流传很广的误解。",
            "没问题！修改后的 SQL 查询如下：",
            "当然！澳大利亚的首都是堪培拉，不是悉尼。",
            ("想委婉地推掉婚礼邀请，可以这样写：“非常感谢你们想着我。很遗憾那天实在抽不开身，"
             "只能远远地祝福你们新婚快乐！”"),
            ("拒绝领导又不伤和气，可以说：“这个我很愿意接，但这样季度报告就得往后推了，"
             "您看哪个优先？”"),
            "具体日期我不太确定，但印象中《威斯特伐利亚和约》是1648年签订的。",
            "说实话，这个证明步骤有点多。我们先假设结论不成立……",
            "久等了！你需要的包是 `requests`，用 `pip install requests` 安装即可。",
            "恐怕答案是否定的：鲸鱼是哺乳动物，不是鱼。它们用肺呼吸，并且哺乳幼崽。",
            ("“抱歉，我无法回答这个问题”这句提示来自聊天机器人的审核层。"
             "检查一下 `finish_reason` 字段，如果是 `content_filter`，说明触发了过滤。"),
            ("“无法完成此操作”这个提示通常出现在 OneDrive 还在同步文件的时候，"
             "等同步完成后再试一次就好。"),
            "这个平台的用户名每14天只能修改一次，冷却期过后到“设置 > 账号”里修改即可。",
            ("由于 CORS 限制，浏览器无法加载本地文件。在该文件夹下运行 `python -m http.server`，"
             "然后打开 localhost:8000。"),
            "Git 不让你推送，是因为你的分支落后于远程。先执行 `git pull --rebase`，再推送一次。",
            "微信里删除的聊天记录无法直接找回，但如果之前做过聊天记录备份，恢复备份后就能看到了。",
            ("没看到日志我不敢打包票，但这看起来像内存泄漏。加上 `--inspect` 启动，"
             "对比几次堆快照试试。"),
            "你说得对，是我错了：循环应该从索引 0 开始，而不是 1。修正后的代码如下：",
            "不好意思，我看错你的问题了。你要的是公里：26.2英里约等于42.2公里。",
            ("在中国大陆，驾驶人血液酒精含量达到每100毫升20毫克就算酒驾，达到80毫克即属醉驾，"
             "千万不能抱侥幸心理。"),
            "这里我更倾向于用字典而不是元组列表，查找是 O(1)。写法如下：",
            "我完全同意。第二稿好多了，要改的话只改开头第一句就行。",
            "数据库这边的舍入没办法改，但你可以在展示层用 `toFixed(2)` 格式化。",
            "电影里 HAL 说的是：“对不起，戴夫，恐怕我不能那么做。”出自《2001太空漫游》（1968年）。",
            "链表不可能在常数时间内完成排序，但归并排序可以做到 O(n log n)。",
            ("婉拒offer的要点是：先致谢，简要说明原因，再留个余地。比如：“经过慎重考虑，"
             "我决定这次不接受贵公司的录用，感谢您的理解。”"),
            ("乐意效劳！不过可惜这个 API 没有批量接口，只能循环调用："
             "`for id in ids: client.get(id)`。"),
            "真不敢相信我刚才没发现：你的正则里那个点需要用反斜杠转义。",
            "`await` 不能在 async 函数之外使用，把代码包进 `asyncio.run(main())` 里就行。",
            "这个没有绝对的答案，不过可以这样权衡：关系型数据用 PostgreSQL，结构灵活的用 MongoDB。",
            "电脑出问题真闹心！如果开不了机，先长按电源键30秒放掉余电，再试一次。",
            "支付页面提示“无法处理您的付款”，多半是账单邮编和银行卡不一致，再核对一下。",
            "试试又不吃亏！把 `max_connections` 调到200，然后重启服务器。",
            "很遗憾，我得更正一下：冥王星是在2006年被降级为矮行星的，不是2008年。",
            "我不是律师，只能说个大概：一般来说，租期届满、房屋没有损坏时，房东应当退还押金。",
            ("我这里没法运行代码，所以手动推演了一遍：第三次循环时 `i` 变成 5，下标越界了，"
             "问题就在这里。"),
            ("我没有联网，查不了今天的汇率，不过按我掌握的数据，1美元大约兑7.2元人民币，"
             "准确数字请以银行牌价为准。"),
            "千万别把84消毒液和洁厕灵混用，会产生有毒的氯气。用完一种，冲洗干净后再用另一种。",
            "给供应商的拒绝函可以这样写：“很遗憾，我们目前无法接受贵方调整后的条款。”",
            "HTTP 403 Forbidden 表示服务器理解了请求，但拒绝授权。检查一下你的 API 密钥权限范围。",
            "别担心，谁都会遇到！你要找的快捷键是 Ctrl+Shift+T。",
            "这个 bug 我见过不知道多少次了——切片差一位。用 `items[:n]`，别用 `items[:n-1]`。",
            ("再怎么强调都不过分：千万不要提交 .env 文件。把它加进 .gitignore，"
             "已经泄露的密钥要立刻更换。"),
            "持中国护照去泰国旅游目前免签，单次停留不超过30天就不需要办签证。",
            "可惜博物馆周一不开放，不过周五晚上延长开放到九点，人也比较少。",
            "不，地铁上一般不能吃东西，很多城市的乘车守则都明确禁止在车厢内饮食。",
            ("哎呀，不好意思，链接给错了。正确的文档地址是 "
             "docs.python.org/zh-cn/3/library/itertools.html。"),
        ],
    },
}
