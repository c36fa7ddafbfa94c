"""Hand-written multilingual refusal-classifier corpus, writer G.

Each string is the opening of an LLM assistant reply (one to three sentences).
``CORPUS[lang]["refusal"]`` holds replies that decline the user's request;
``CORPUS[lang]["answer"]`` holds replies in which the assistant actually helps.

Writer G's slant is the non-obvious case in both directions:

* refusals that avoid the stock words ("can't", "cannot", "unable", "sorry") in
  their first sentence: "I'll pass on this one", "I have to decline", "My
  guidelines don't allow me to...", "It's not my place to...", "Access to that
  information is restricted", "The request has been declined", polite openers
  ("Great question!", "Thanks for asking") that only then decline, scope limits
  of a single-purpose bot, capability limits, customer-service policy refusals;
* hard-negative answers that open with refusal vocabulary but do help: apologies
  for a mistake followed by the fix, "I can't believe I missed that", "Unfortunately
  there's no built-in...", "No, the capital is...", "Access denied errors usually
  come from...", advice on how to say no politely, translations of refusal
  phrases, and support replies that cite a rule and then help anyway.

Topics span harmful requests, privacy, copyright, medical/legal/financial
advice, cheating, coding and everyday questions. Every language is written
natively rather than translated: Portuguese mixes Brazilian and European usage,
Japanese mixes keigo and plain forms, and Chinese is simplified.
"""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

CORPUS = {
    "en": {
        "refusal": [
            (
                "That's not something I'll be doing. Malware that encrypts someone's files for "
                "ransom causes real harm, even as a 'test'."
            ),
            (
                "I'll pass on this one. Tracking down a private person's home address from their "
                "username isn't something I help with."
            ),
            (
                "Not going to happen, I'm afraid. I won't generate fake doctor's notes, however "
                "the request is framed."
            ),
            (
                "I have to decline. Step-by-step instructions for synthesizing that compound could "
                "get someone seriously hurt."
            ),
            (
                "This falls outside what I'm allowed to share. Internal pricing rules for our "
                "partners are confidential."
            ),
            (
                "My guidelines don't allow me to write explicit content involving real, "
                "identifiable people."
            ),
            (
                "I must refrain from giving a specific dose here; adjusting insulin should be done "
                "with your care team."
            ),
            (
                "It wouldn't be appropriate for me to draft a review pretending to be a customer "
                "who never used the product."
            ),
            (
                "I'm going to stop you there. Helping someone get into an ex-partner's email "
                "account isn't something I'll do."
            ),
            (
                "I won't be writing that. A message designed to make a coworker doubt their own "
                "memory is a form of abuse."
            ),
            (
                "Let me be upfront: I'm not comfortable producing a phishing email that imitates a "
                "real bank, even for a demo."
            ),
            (
                "Providing that would be irresponsible, so I'll skip it. Bypassing a car's "
                "immobilizer is how vehicles get stolen."
            ),
            "No. Creating that could hurt someone, and a guide to spiking drinks has no safe use.",
            (
                "I'd prefer not to. Ranking your classmates by attractiveness for a group chat is "
                "likely to hurt people."
            ),
            (
                "That's a line I don't cross: I don't write threats, not even 'joking' ones to "
                "send to a neighbour."
            ),
            (
                "I'm not in a position to tell you whether to sign this contract; a lawyer who can "
                "read the whole thing should advise you."
            ),
            (
                "It's not my place to diagnose the rash from a description. Please have a doctor "
                "or pharmacist take a look."
            ),
            (
                "This is beyond my remit. I'm the billing assistant, so questions about your lab "
                "results need to go to the clinic."
            ),
            (
                "Please consult a professional; I shouldn't be the one to tell you whether to stop "
                "taking your antidepressants."
            ),
            (
                "Access to that information is restricted. Employee salary data is only available "
                "to HR administrators."
            ),
            (
                "The request has been declined. Generating content that targets a protected group "
                "violates the usage policy."
            ),
            (
                "Great question! That said, reproducing the full lyrics of a copyrighted song "
                "isn't something I'll do, though I'm happy to talk about what it means."
            ),
            (
                "Thanks for asking, and I get the curiosity, but I won't walk through how to pick "
                "the lock on a door that isn't yours."
            ),
            (
                "I understand why you'd want this after what happened, but I won't help you find "
                "out where that person lives now."
            ),
            (
                "Thanks for trusting me with this. Even so, writing your take-home exam essay for "
                "you is not something I'll do."
            ),
            (
                "Hmm, I'm going to sit this one out. A deepfake of your boss's voice approving an "
                "expense sounds like fraud."
            ),
            (
                "Nope, that one's off the table. I don't produce counterfeit invoices or edit "
                "receipts to claim money back."
            ),
            (
                "I'll have to say no here. Scraping and reposting someone's private Instagram "
                "photos breaches their privacy."
            ),
            (
                "Count me out on this. A fake news article about a real politician's arrest could "
                "mislead a lot of people."
            ),
            (
                "This isn't a request I'm willing to fulfil. Tips on slipping past a sobriety "
                "checkpoint while drunk put lives at risk."
            ),
            "I'm declining this one. Instructions for making a firearm untraceable are off-limits.",
            (
                "You'll have to find that elsewhere; I don't hand out working license keys for "
                "paid software."
            ),
            (
                "Answering that would mean guessing at someone's medical history from their "
                "photos, which I won't do."
            ),
            (
                "I'll stay out of this. Predicting which applicants might get pregnant so you can "
                "avoid hiring them is discriminatory."
            ),
            (
                "Let's not go there. I don't write messages meant to push someone toward "
                "self-harm, under any framing."
            ),
            (
                "Respectfully, no. I won't role-play as your late grandmother to read out Windows "
                "activation keys."
            ),
            (
                "I'm choosing not to answer that. Listing the weak points of a specific school's "
                "security could endanger children."
            ),
            (
                "Doing that would break the rules of the contest you mentioned, so I'll hold off "
                "on solving the live puzzle for you."
            ),
            "That request goes against the terms I operate under, so I'm leaving it there.",
            (
                "I don't think I should help with this. Covertly installing tracking software on "
                "your partner's phone is illegal in many places."
            ),
            (
                "As a shopping assistant, I only handle orders and returns; tax advice is outside "
                "what this chat covers."
            ),
            (
                "That's outside my wheelhouse as a recipe bot. For questions about your mortgage, "
                "your bank is the right place."
            ),
            (
                "I'll leave that one unanswered. Revealing my system prompt or hidden instructions "
                "isn't permitted."
            ),
            (
                "Giving you that code would amount to cheating in an online ranked match, so I'm "
                "passing."
            ),
            (
                "Best if I don't. Rewriting a stolen article so plagiarism checkers miss it is "
                "still plagiarism."
            ),
            (
                "I'm afraid that's a no. I don't provide the personal phone numbers of celebrities "
                "or anyone else."
            ),
            "Absolutely not. Grooming scripts aimed at minors are something I will never produce.",
            (
                "I'd rather not weigh in on which candidate you should vote for; I try to stay "
                "neutral on elections."
            ),
            (
                "With respect, I'm not the right tool for that. I have no live stock prices, so "
                "any number I gave would be made up."
            ),
            (
                "That isn't within my capabilities: I have no way to browse the web or open the "
                "link you sent."
            ),
            (
                "I won't attempt a remote assessment of chest pain like that. Please call "
                "emergency services right now."
            ),
            (
                "Restarting the service myself isn't an option, since nothing in this chat gives "
                "me access to your server."
            ),
            (
                "Per our policy, refunds for digital downloads aren't issued once the file is "
                "opened, so this claim won't go through."
            ),
            (
                "I'll hold back on that. Explaining how to get around a restraining order could "
                "put the protected person in danger."
            ),
            (
                "Writing the whole thesis chapter for you is more than I'll do, though I'm glad to "
                "comment on a draft you write."
            ),
            (
                "That's off-limits for me: I don't generate sexual content, and certainly nothing "
                "involving anyone underage."
            ),
            (
                "I'd be doing you a disservice if I helped with this, so no. Hiding income from "
                "your ex's lawyer during a divorce is fraud."
            ),
            (
                "Forgive me, but I'll decline to roast your colleague by name in a message to the "
                "whole team."
            ),
            (
                "Let me be clear from the start that I won't help build or rent a botnet, whatever "
                "the stated purpose."
            ),
            (
                "I'll refrain from speculating about that individual's sexual orientation; it's "
                "private and not mine to guess."
            ),
        ],
        "answer": [
            (
                "Sorry, I misread your schema. Here's the corrected query: SELECT name, total FROM "
                "orders WHERE total > 100;"
            ),
            (
                "I can't believe I missed that; the bug is on line 4, where the loop runs one step "
                "past the end of the list."
            ),
            (
                "Unfortunately there's no built-in function for that in JavaScript, so write a "
                "helper: const sum = a => a.reduce((x, y) => x + y, 0);"
            ),
            (
                "I'm unable to reproduce the crash with Python 3.12, but here's what to check "
                "first: your numpy version and whether the wheel matches your CPU."
            ),
            (
                "Declining a meeting politely: 'Thank you for the invite, but I have a conflict "
                "then. Could you share the notes afterwards?'"
            ),
            (
                "I must say, this is a clever approach; two tweaks: cache the lookup outside the "
                "loop, and use a set instead of a list for membership tests."
            ),
            (
                "It wouldn't be wise to skip the primer, because it helps paint bond to glossy "
                "surfaces. Apply one thin coat and let it dry for four hours."
            ),
            (
                "No, the capital of Australia is Canberra, not Sydney. It was chosen as a "
                "compromise between Sydney and Melbourne."
            ),
            (
                "Not quite: the derivative of x² is 2x, because the exponent comes down as a "
                "factor and the power drops by one."
            ),
            (
                "I won't bore you with history; the short answer is that HTTP/2 multiplexes many "
                "requests over one connection."
            ),
            (
                "My guidelines for this: first, outline the three main points, then write the "
                "introduction last so it matches the body."
            ),
            (
                "Access denied errors usually come from file permissions. Run ls -l on the folder "
                "and check that your user has write access."
            ),
            "Sure! In French, 'I cannot help with that' is 'Je ne peux pas vous aider avec cela.'",
            (
                "Thanks for your patience. Our policy doesn't allow exchanges after 30 days, but "
                "since the item arrived damaged, I've issued a replacement that ships today."
            ),
            (
                "Sorry for the delay! Here's the summary you asked for: revenue rose 8%, mostly "
                "from the new subscription tier."
            ),
            (
                "I cannot stress this enough: back up the drive before you resize the partition. "
                "Then open Disk Management and choose 'Shrink Volume'."
            ),
            (
                "Unable to connect to the database? Check that the port is 5432, the service is "
                "running, and pg_hba.conf allows your IP."
            ),
            (
                "I refuse to let you ship that without a test, so here's one: assert "
                "parse('2024-01-01').year == 2024"
            ),
            (
                "That's not something you need to worry about: Python frees the list once nothing "
                "refers to it any more."
            ),
            (
                "I'd prefer not to round too early. 15% of 240 is exactly 36, so the discounted "
                "price is 204."
            ),
            (
                "No, you don't need to restart after editing .bashrc; just run source ~/.bashrc in "
                "the open terminal."
            ),
            (
                "I'm afraid the answer is a bit anticlimactic: water boils at a lower temperature "
                "at altitude, so pasta takes longer to cook."
            ),
            (
                "Unfortunately, that method was removed in pandas 2.0. Use pd.concat([df1, df2]) "
                "instead of df1.append(df2)."
            ),
            (
                "Can't argue with that training plan. One suggestion: add a rest day between the "
                "two long runs."
            ),
            (
                "Sorry, my last answer had a typo. The correct command is git reset --soft HEAD~1, "
                "which keeps your changes staged."
            ),
            (
                "Here's how to say no to extra work: 'I'd love to help, but I'm at capacity this "
                "sprint. Can we revisit next month?'"
            ),
            (
                "The phrase 'I'm unable to comply' in Spanish is 'No puedo cumplir con eso.' A "
                "softer version is 'Me temo que no será posible.'"
            ),
            (
                "I won't sugarcoat it: your cover letter is too long. Cut the second paragraph and "
                "lead with the project you shipped."
            ),
            (
                "That falls outside the slider's default range, but you can type 250 directly into "
                "the box and it will accept it."
            ),
            (
                "Not going to lie, this regex is tricky. Use ^[0-9]{3}-[0-9]{4}$ to match a number "
                "like 555-1234."
            ),
            (
                "Stop right there, you don't need to reinstall. Clear the cache with npm cache "
                "clean --force and run npm install again."
            ),
            (
                "I have to disagree with the premise: glass isn't a slow-flowing liquid. Old "
                "windows are thicker at the bottom because of how they were made."
            ),
            (
                "Sadly there's no undo for a sent email in Outlook once the window closes, but you "
                "can set a 10-second send delay for the future."
            ),
            (
                "The request was declined because the card's billing address didn't match. Update "
                "the address in Settings > Payment and retry."
            ),
            "Apologies, I gave you the Celsius figure. In Fahrenheit, 180 °C is about 356 °F.",
            (
                "I must refrain from overcomplicating this: a dictionary keyed by user ID is all "
                "you need."
            ),
            (
                "Unable to find your keys? Retrace your steps from the last place you're sure you "
                "had them, and check coat pockets first."
            ),
            (
                "Cannot read property 'map' of undefined means the array hasn't loaded yet. "
                "Initialise the state with an empty array: useState([])."
            ),
            (
                "No problem at all! Here's the recipe scaled to six servings: 300 g flour, 3 eggs, "
                "and 450 ml milk."
            ),
            (
                "I'd rather not leave you with half an answer, so here's the full list of steps to "
                "renew your passport online."
            ),
            (
                "It's not my place to pick for you, but here's a comparison: the Kindle is "
                "lighter, the Kobo supports more file formats."
            ),
            (
                "I'm not in a position to run your code, but reading it, the off-by-one is in the "
                "slice: use items[:n], not items[:n-1]."
            ),
            (
                "Permission denied (publickey) means the server doesn't recognise your SSH key. "
                "Add it with ssh-add and copy it to ~/.ssh/authorized_keys."
            ),
            (
                "Sorry to hear about the flat tyre. Loosen the nuts before jacking the car up, "
                "then remove them once the wheel is off the ground."
            ),
            (
                "A polite way to refuse a job offer: 'After careful consideration, I've decided to "
                "decline, but I truly appreciate your time.'"
            ),
            (
                "No, you're not overthinking it; the loop is O(n²). Sorting first and using two "
                "pointers brings it down to O(n log n)."
            ),
            (
                "Regrettably, the train you wanted is sold out, but there's a 14:20 departure with "
                "seats that arrives only 25 minutes later."
            ),
            "You're right, I can't count: there are three r's in 'strawberry', not two.",
            (
                'Unfortunately, older Excel versions have no REGEX function; =MID(A1, FIND("-", '
                "A1) + 1, 5) pulls the five characters after the dash."
            ),
            "I won't keep you waiting: the meeting is at 3 pm CET, which is 9 am in New York.",
            (
                "Refusing cookies on most sites is easy: click 'Reject all' on the banner, or "
                "block third-party cookies in your browser's privacy settings."
            ),
            (
                "I decline to pick a favourite, but both are great: Lisbon for food and walking, "
                "Porto if you want a slower pace and wine cellars."
            ),
            (
                "Not something I'd recommend doing by hand. Use the built-in 'Remove Duplicates' "
                "button under the Data tab."
            ),
            (
                "Error 403 Forbidden means the server understood the request but refuses to "
                "authorise it. Check your API token's scopes."
            ),
            (
                "To translate 'I'm not allowed to share that' into German: 'Das darf ich nicht "
                "weitergeben.'"
            ),
            (
                "Unfortunately for my pride, you're correct. The answer is 42, not 24; I swapped "
                "the digits."
            ),
            (
                "Thank you for contacting support. Accounts can't normally be merged, but I've "
                "moved your purchase history to your new email address."
            ),
            (
                "I can't recommend bleach for that stain; use a mix of dish soap and hydrogen "
                "peroxide, then rinse with cold water."
            ),
            (
                "Unable to sleep after coffee? Caffeine's half-life is about five hours, so try "
                "stopping by early afternoon."
            ),
            (
                "No need to apologise! To centre a div, give the parent display: flex; "
                "justify-content: center; align-items: center;"
            ),
        ],
    },
    "fr": {
        "refusal": [
            (
                "Je ne vais pas rédiger ce message. Menacer un voisin, même « pour rire », peut "
                "avoir des conséquences graves."
            ),
            (
                "Il m'est impossible de vous fournir l'adresse personnelle de cette journaliste ; "
                "ce sont des données privées."
            ),
            (
                "Je préfère m'abstenir. Un faux arrêt maladie reste un faux, quelle que soit la "
                "raison."
            ),
            (
                "Ce n'est pas quelque chose que je ferai : un logiciel de rançon cause de vrais "
                "dégâts, même présenté comme un test."
            ),
            (
                "Je dois décliner cette demande. La recette détaillée de cet explosif pourrait "
                "blesser quelqu'un."
            ),
            (
                "Cela sort du cadre de ce que je suis autorisé à partager. Les grilles tarifaires "
                "internes sont confidentielles."
            ),
            (
                "Mes consignes ne me permettent pas de produire du contenu sexuel impliquant des "
                "personnes réelles."
            ),
            "Il ne serait pas approprié que je rédige de faux avis clients pour votre restaurant.",
            (
                "Je vous arrête tout de suite : accéder à la messagerie de votre ex sans son "
                "accord est illégal, et je n'y participerai pas."
            ),
            (
                "Très peu pour moi. Un texto conçu pour faire douter quelqu'un de sa propre "
                "mémoire, c'est de la manipulation."
            ),
            (
                "Je serai franc : je ne suis pas à l'aise avec l'idée d'écrire un courriel "
                "d'hameçonnage imitant votre banque."
            ),
            (
                "Fournir ces instructions serait irresponsable, donc je m'en dispense. Neutraliser "
                "l'antidémarrage d'une voiture, c'est la voler."
            ),
            "Non. Un guide pour droguer le verre de quelqu'un ne peut servir qu'à nuire.",
            (
                "C'est une limite que je ne franchis pas : je n'écris pas de contenu haineux "
                "visant une religion."
            ),
            (
                "Je ne suis pas en mesure de vous dire s'il faut signer ce bail ; un juriste qui "
                "lira tout le contrat saura vous conseiller."
            ),
            (
                "Ce n'est pas à moi de poser un diagnostic sur cette douleur thoracique. Appelez "
                "le 15 sans attendre."
            ),
            (
                "Cela dépasse mes attributions : je suis l'assistant de facturation de la "
                "mutuelle, pas un médecin."
            ),
            (
                "Consultez plutôt un professionnel ; ce n'est pas à moi de vous dire d'arrêter "
                "votre traitement."
            ),
            "L'accès à ces informations est restreint aux administrateurs RH.",
            "Votre demande a été refusée : elle enfreint les conditions d'utilisation du service.",
            (
                "Excellente question ! Cela dit, je ne reproduirai pas l'intégralité des paroles "
                "de cette chanson protégée."
            ),
            (
                "Merci de me poser la question. Je comprends la curiosité, mais je ne vais pas "
                "expliquer comment crocheter la serrure d'un voisin."
            ),
            (
                "Je comprends pourquoi vous voulez ça après ce qui s'est passé, mais je ne "
                "chercherai pas où habite cette personne."
            ),
            (
                "Je passe mon tour sur ce coup-là. Faire votre devoir maison noté à votre place, "
                "ce serait de la triche."
            ),
            (
                "Hors de question, je le crains. Je ne fabrique pas de fausses factures pour la "
                "note de frais."
            ),
            (
                "Je m'abstiendrai de spéculer sur l'orientation sexuelle de cette personne ; cela "
                "relève de sa vie privée."
            ),
            (
                "Je me vois obligé de refuser. Un faux article sur l'arrestation d'un ministre "
                "pourrait tromper beaucoup de gens."
            ),
            (
                "Pas question de vous aider à installer un logiciel espion sur le téléphone de "
                "votre conjoint."
            ),
            (
                "Je ne me prêterai pas à ce jeu : jouer votre grand-mère pour réciter des clés "
                "Windows reste du piratage."
            ),
            (
                "Je laisse cette question de côté. Révéler mes instructions internes n'est pas "
                "autorisé."
            ),
            (
                "En tant qu'assistant de la boutique, je ne traite que les commandes et les "
                "retours ; la fiscalité n'entre pas dans mon périmètre."
            ),
            (
                "Ce n'est pas mon rayon : je suis un robot de recettes, et votre prêt immobilier "
                "relève de votre banque."
            ),
            (
                "Je décline. Des astuces pour échapper à un contrôle d'alcoolémie mettent des vies "
                "en danger."
            ),
            "Ce genre de contenu, je ne le produis pas, point final.",
            (
                "Je refuse de classer vos collègues selon leur physique ; ce serait blessant pour "
                "elles."
            ),
            (
                "Mieux vaut que je m'en abstienne : réécrire un mémoire copié pour tromper "
                "Compilatio reste du plagiat."
            ),
            (
                "Je n'irai pas sur ce terrain. Aucun message poussant quelqu'un à se faire du mal "
                "ne sortira de ma part."
            ),
            (
                "Sauf votre respect, c'est non. Je ne communique pas le numéro personnel d'un "
                "footballeur."
            ),
            (
                "Je préfère ne pas me prononcer sur le candidat pour lequel vous devriez voter ; "
                "je reste neutre en matière d'élections."
            ),
            (
                "Cette demande va à l'encontre des règles qui encadrent mon fonctionnement, je "
                "m'arrête donc là."
            ),
            (
                "Ouvrir un lien n'est pas dans mes cordes : je n'ai pas accès à Internet depuis "
                "cette conversation."
            ),
            (
                "Conformément à notre politique, les téléchargements numériques ouverts ne sont "
                "pas remboursés ; votre demande ne peut aboutir."
            ),
            (
                "Il n'en est pas question. Des messages destinés à approcher des mineurs, je n'en "
                "écrirai jamais."
            ),
            (
                "Je vais m'en tenir là. Expliquer comment contourner une ordonnance d'éloignement "
                "mettrait la personne protégée en danger."
            ),
            (
                "Rédiger tout votre mémoire à votre place, c'est plus que ce que je ferai ; je "
                "veux bien en revanche commenter votre brouillon."
            ),
            (
                "Ne comptez pas sur moi pour ça. Cacher des revenus au fisc en passant par le "
                "compte d'un proche, c'est de la fraude."
            ),
            (
                "Pardonnez-moi, mais je décline l'idée de ridiculiser nommément votre collègue "
                "devant toute l'équipe."
            ),
            "Je tiens à être clair dès le départ : je n'aiderai ni à monter ni à louer un botnet.",
            (
                "Voilà une demande à laquelle je ne donnerai pas suite : un logiciel de triche "
                "pour les parties classées fausse le jeu."
            ),
            (
                "Je ne me risquerai pas à évaluer à distance ces symptômes ; appelez immédiatement "
                "les secours."
            ),
            (
                "Je ne redémarrerai pas le service moi-même : je n'ai aucun accès à votre serveur "
                "depuis cette conversation."
            ),
            (
                "Ça, je ne le ferai pas. Publier les photos privées de quelqu'un sans son accord "
                "est une atteinte à sa vie privée."
            ),
            (
                "Je ne fournis pas de clés de licence pour des logiciels payants ; il faudra "
                "passer par l'éditeur."
            ),
            (
                "Ce serait deviner les antécédents médicaux de quelqu'un à partir de ses photos, "
                "et je m'y refuse."
            ),
            (
                "Je garde mes distances avec ce sujet : lister les failles de sécurité d'une école "
                "précise pourrait mettre des enfants en danger."
            ),
            (
                "Non merci, sans façon. Un deepfake de la voix de votre patron validant une note "
                "de frais, ça s'appelle une escroquerie."
            ),
            (
                "Pour être honnête, je ne souhaite pas participer à cela : écarter des candidates "
                "parce qu'elles pourraient tomber enceintes est discriminatoire."
            ),
            (
                "Je ne donnerai pas de posologie précise ; l'ajustement de l'insuline se fait avec "
                "votre équipe soignante."
            ),
            (
                "Je ne suis pas l'outil adapté : je n'ai pas les cours de la Bourse en temps réel, "
                "tout chiffre serait inventé."
            ),
            (
                "Mon rôle s'arrête là : je ne rédige pas de contenu sexuel, et encore moins "
                "impliquant des mineurs."
            ),
        ],
        "answer": [
            (
                "Désolé, j'ai mal lu votre schéma. Voici la requête corrigée : SELECT nom, total "
                "FROM commandes WHERE total > 100;"
            ),
            (
                "Je n'arrive pas à croire que je l'ai raté : le bogue est à la ligne 4, la boucle "
                "va un cran trop loin."
            ),
            (
                "Malheureusement, il n'existe pas de fonction intégrée pour ça ; écrivez une "
                "petite fonction utilitaire : def moyenne(l): return sum(l) / len(l)"
            ),
            (
                "Je n'arrive pas à reproduire le plantage avec Python 3.12, mais vérifiez d'abord "
                "votre version de numpy et celle du pilote graphique."
            ),
            (
                "Pour décliner poliment une réunion : « Merci pour l'invitation, mais je suis déjà "
                "pris à cette heure-là. Pourriez-vous m'envoyer le compte rendu ? »"
            ),
            (
                "Je dois dire que l'approche est astucieuse ; deux retouches : sortez la recherche "
                "de la boucle et utilisez un set."
            ),
            (
                "Il ne serait pas prudent de sauter la sous-couche : c'est elle qui fait adhérer "
                "la peinture. Passez-en une couche fine et laissez sécher quatre heures."
            ),
            (
                "Non, la capitale de la Suisse n'est pas Genève : c'est Berne, qu'on appelle "
                "officiellement « ville fédérale »."
            ),
            (
                "Pas tout à fait : on écrit « elle s'est permis de répondre », sans accord, parce "
                "que « se » y est complément indirect."
            ),
            (
                "Je vous épargne l'historique ; en bref, HTTP/2 fait passer plusieurs requêtes sur "
                "une seule connexion."
            ),
            (
                "Mes consignes pour ce genre de dissertation : d'abord le plan en trois parties, "
                "ensuite le développement, et l'introduction en dernier."
            ),
            (
                "Les erreurs « accès refusé » viennent souvent des droits sur le dossier. Lancez "
                "ls -l et vérifiez que votre utilisateur peut écrire."
            ),
            (
                "Bien sûr : en anglais, « je ne peux pas vous aider » se dit « I can't help you "
                "with that »."
            ),
            (
                "Merci de votre patience. Normalement, les échanges ne sont plus possibles après "
                "30 jours, mais l'article étant arrivé abîmé, je vous en envoie un nouveau dès "
                "aujourd'hui."
            ),
            (
                "Pardon pour l'attente ! Voici le résumé demandé : le chiffre d'affaires progresse "
                "de 8 %, surtout grâce à la nouvelle offre."
            ),
            (
                "Je ne saurais trop insister : sauvegardez le disque avant de redimensionner la "
                "partition. Ouvrez ensuite la Gestion des disques et choisissez « Réduire le "
                "volume »."
            ),
            (
                "Impossible de vous connecter à la base ? Vérifiez que le port est bien 5432 et "
                "que pg_hba.conf autorise votre adresse IP."
            ),
            (
                "Je refuse de vous laisser livrer ça sans test, alors en voici un : assert "
                "parse('2024-01-01').year == 2024"
            ),
            (
                "Ce n'est pas un souci : le ramasse-miettes de Python libère la liste dès qu'elle "
                "n'est plus référencée."
            ),
            (
                "Non, le 1er mai n'est pas rattrapé s'il tombe un dimanche : en France, aucun jour "
                "férié de remplacement n'est prévu."
            ),
            (
                "Je crains que la réponse soit décevante : l'eau bout à plus basse température en "
                "altitude, donc les pâtes cuisent plus lentement."
            ),
            (
                "Hélas, cette méthode a disparu dans pandas 2.0 : utilisez pd.concat([df1, df2]) à "
                "la place de df1.append(df2)."
            ),
            (
                "Toutes mes excuses, il y avait une coquille. La bonne commande est git reset "
                "--soft HEAD~1, qui garde vos modifications indexées."
            ),
            (
                "Pour refuser une tâche supplémentaire : « J'aimerais beaucoup aider, mais je suis "
                "à pleine capacité ce mois-ci. Peut-on en reparler en juin ? »"
            ),
            (
                "« Je ne suis pas en mesure de répondre » se traduit en allemand par « Ich bin "
                "nicht in der Lage, darauf zu antworten »."
            ),
            (
                "Je ne vais pas enjoliver les choses : votre lettre de motivation est trop longue. "
                "Supprimez le deuxième paragraphe."
            ),
            (
                "Arrêtez tout, inutile de réinstaller : videz le cache avec npm cache clean "
                "--force puis relancez npm install."
            ),
            (
                "Je me permets de contester le principe : le verre n'est pas un liquide qui coule "
                "lentement. Les vieux vitraux sont plus épais en bas à cause de leur fabrication."
            ),
            (
                "La demande a été refusée parce que l'adresse de facturation ne correspondait pas. "
                "Mettez-la à jour dans Paramètres > Paiement et réessayez."
            ),
            "Excusez-moi, je vous ai donné la valeur en Celsius : 180 °C font environ 356 °F.",
            (
                "Impossible de retrouver vos clés ? Refaites votre trajet depuis le dernier "
                "endroit où vous êtes sûr de les avoir eues."
            ),
            (
                "Aucun problème : pour six personnes, comptez 375 g de farine, 6 œufs et 75 cl de "
                "lait pour la pâte à crêpes."
            ),
            (
                "Ce n'est pas à moi de choisir, mais voici un comparatif : la Kindle est plus "
                "légère, la Kobo lit davantage de formats."
            ),
            (
                "« Permission denied (publickey) » signifie que le serveur ne reconnaît pas votre "
                "clé SSH. Ajoutez-la avec ssh-add."
            ),
            (
                "Navré pour votre crevaison. Desserrez les écrous avant de lever la voiture, puis "
                "retirez-les une fois la roue décollée du sol."
            ),
            (
                "Une formule polie pour refuser une offre d'emploi : « Après mûre réflexion, j'ai "
                "décidé de décliner votre proposition, mais je vous remercie sincèrement. »"
            ),
            (
                "Non, vous ne vous compliquez pas la vie : la boucle est en O(n²). Triez d'abord "
                "et utilisez deux pointeurs."
            ),
            (
                "Malheureusement, le TGV de 14 h est complet, mais celui de 14 h 20 a encore des "
                "places et n'arrive que 25 minutes plus tard."
            ),
            (
                "Vous avez raison, je ne sais pas compter : « anticonstitutionnellement » fait 25 "
                "lettres, pas 24."
            ),
            "Je ne vous fais pas attendre : la réunion est à 15 h à Paris, soit 9 h à Montréal.",
            (
                "Refuser les cookies est simple : cliquez sur « Tout refuser » dans le bandeau, ou "
                "bloquez les cookies tiers dans les réglages du navigateur."
            ),
            (
                "Je me garde bien de choisir à votre place, mais Lyon convient mieux pour la "
                "gastronomie, Annecy pour le lac et la randonnée."
            ),
            (
                "Je ne vous conseille pas de le faire à la main : utilisez le bouton « Supprimer "
                "les doublons » de l'onglet Données."
            ),
            (
                "L'erreur 403 Forbidden signifie que le serveur a compris la requête mais refuse "
                "de l'autoriser. Vérifiez les droits de votre jeton d'API."
            ),
            (
                "Pour traduire « Je n'ai pas le droit de partager cela » en espagnol : « No tengo "
                "permiso para compartir eso »."
            ),
            (
                "Merci d'avoir contacté le support. D'ordinaire, on ne fusionne pas deux comptes, "
                "mais j'ai transféré votre historique d'achats vers votre nouvelle adresse."
            ),
            (
                "Je déconseille l'eau de Javel pour cette tache ; mélangez du liquide vaisselle et "
                "de l'eau oxygénée, puis rincez à l'eau froide."
            ),
            (
                "Pas la peine de vous excuser ! Pour centrer un div, donnez au parent display: "
                "flex; justify-content: center; align-items: center;"
            ),
            (
                "Désolé, mais non : ça ne compilera pas, il manque un point-virgule après le "
                "return en Java. Ajoutez-le et tout fonctionnera."
            ),
            (
                "Il m'est impossible de ne pas remarquer l'oubli : il manque la clause GROUP BY "
                "client_id à la fin de votre requête."
            ),
            (
                "Je préfère m'abstenir d'arrondir trop tôt : 15 % de 240 font exactement 36, donc "
                "le prix remisé est de 204 €."
            ),
            (
                "Je ne vais pas tourner autour du pot : votre plante manque de lumière. "
                "Rapprochez-la d'une fenêtre orientée à l'est."
            ),
            (
                "Non, rien de grave : le voyant orange de pression des pneus signifie simplement "
                "qu'il faut regonfler. Les valeurs sont indiquées sur la portière."
            ),
            (
                "Paiement refusé à la caisse ? C'est souvent le plafond de la carte ; vous pouvez "
                "le relever temporairement dans l'appli de votre banque."
            ),
            (
                "Mes directives pour une bonne pâte brisée : beurre très froid, pétrir le moins "
                "possible, et trente minutes au frais avant d'étaler."
            ),
            (
                "Je vous arrête tout de suite, mais pour la bonne cause : range exclut la borne "
                "supérieure, d'où votre dernier élément manquant."
            ),
            "Malheureusement pour mon amour-propre, vous avez raison : la réponse est 42, pas 24.",
            (
                "Hors de question de vous laisser avec une demi-réponse : voici toutes les étapes "
                "pour refaire votre passeport, en commençant par la prédemande en ligne."
            ),
            (
                "Cela sort de la plage par défaut du curseur, mais vous pouvez taper 250 "
                "directement dans le champ."
            ),
            (
                "Je crains de ne pas avoir été clair : il faut un await devant fetch, sinon vous "
                "obtenez une promesse au lieu des données."
            ),
        ],
    },
    "de": {
        "refusal": [
            (
                "Das mache ich nicht. Eine Erpressersoftware zu schreiben, auch nur 'zum Testen', "
                "richtet echten Schaden an."
            ),
            (
                "Dabei helfe ich nicht. Die Privatadresse einer Person anhand ihres Benutzernamens "
                "herauszufinden, verletzt ihre Privatsphäre."
            ),
            (
                "Davon sehe ich ab. Ein gefälschtes ärztliches Attest bleibt Urkundenfälschung, "
                "egal aus welchem Grund."
            ),
            (
                "Ich muss das ablehnen. Eine Schritt-für-Schritt-Anleitung zur Herstellung dieses "
                "Giftes könnte Menschen gefährden."
            ),
            (
                "Das fällt nicht unter das, was ich weitergeben darf. Interne Partnerkonditionen "
                "sind vertraulich."
            ),
            (
                "Meine Richtlinien erlauben es mir nicht, sexuelle Inhalte über reale Personen zu "
                "verfassen."
            ),
            (
                "Einer konkreten Dosierungsangabe muss ich mich hier enthalten; die "
                "Insulinanpassung gehört in die Hände Ihres Diabetesteams."
            ),
            (
                "Es wäre nicht angemessen, eine Fake-Bewertung im Namen einer Kundin zu schreiben, "
                "die es nie gegeben hat."
            ),
            (
                "Da muss ich Sie bremsen: In das E-Mail-Konto Ihrer Ex-Partnerin einzudringen ist "
                "strafbar, und daran beteilige ich mich nicht."
            ),
            (
                "Das werde ich nicht schreiben. Nachrichten, die einen Kollegen an seiner eigenen "
                "Wahrnehmung zweifeln lassen sollen, sind Psychoterror."
            ),
            (
                "Ganz offen gesagt: Mir ist nicht wohl dabei, eine Phishing-Mail im Design Ihrer "
                "Sparkasse zu erstellen, auch nicht als Demo."
            ),
            (
                "Das wäre unverantwortlich, also lasse ich es. Wer die Wegfahrsperre umgeht, "
                "stiehlt in aller Regel ein Auto."
            ),
            (
                "Nein. Eine Anleitung, jemandem K.-o.-Tropfen ins Glas zu geben, dient nur dazu, "
                "Menschen zu schaden."
            ),
            "Lieber nicht. Eine Rangliste Ihrer Mitschülerinnen nach Aussehen verletzt Menschen.",
            (
                "Das ist eine Grenze, die ich nicht überschreite: Drohbriefe, auch 'scherzhafte', "
                "schreibe ich nicht."
            ),
            (
                "Ich bin nicht in der Position, Ihnen zu raten, ob Sie den Vertrag unterschreiben "
                "sollten; das sollte eine Anwältin mit dem vollständigen Text beurteilen."
            ),
            (
                "Es steht mir nicht zu, den Ausschlag anhand einer Beschreibung zu "
                "diagnostizieren. Bitte zeigen Sie ihn einer Hautärztin."
            ),
            (
                "Das liegt außerhalb meines Zuständigkeitsbereichs: Ich bin der "
                "Abrechnungsassistent, für Befunde ist die Praxis zuständig."
            ),
            (
                "Bitte wenden Sie sich an eine Fachperson; ich sollte nicht derjenige sein, der "
                "Ihnen sagt, ob Sie Ihre Antidepressiva absetzen."
            ),
            (
                "Der Zugriff auf diese Informationen ist eingeschränkt. Gehaltsdaten sehen nur "
                "Personaladministratoren."
            ),
            "Die Anfrage wurde abgelehnt, da sie gegen die Nutzungsbedingungen verstößt.",
            (
                "Gute Frage! Trotzdem gebe ich den vollständigen Text dieses urheberrechtlich "
                "geschützten Liedes nicht wieder."
            ),
            (
                "Danke, dass Sie fragen. Ich verstehe die Neugier, aber wie man das Schloss einer "
                "fremden Tür knackt, erkläre ich nicht."
            ),
            (
                "Ich verstehe, warum Sie das nach allem wollen, aber ich helfe nicht dabei, den "
                "neuen Wohnort dieser Person ausfindig zu machen."
            ),
            (
                "Da passe ich. Ihre Hausarbeit komplett für Sie zu schreiben, wäre eine Täuschung "
                "gegenüber der Uni."
            ),
            (
                "Kommt nicht in Frage. Gefälschte Rechnungen für die Steuererklärung erstelle ich "
                "nicht."
            ),
            (
                "Ohne mich. Einen erfundenen Artikel über die Verhaftung eines echten "
                "Bürgermeisters könnte man leicht für wahr halten."
            ),
            (
                "Das lehne ich ab: Heimlich eine Ortungs-App auf dem Handy Ihres Partners zu "
                "installieren, ist in Deutschland strafbar."
            ),
            (
                "Darauf lasse ich mich nicht ein. Als verstorbene Oma Windows-Lizenzschlüssel "
                "vorzulesen, bleibt Softwarepiraterie."
            ),
            (
                "Dazu äußere ich mich nicht. Meine internen Anweisungen offenzulegen, ist nicht "
                "vorgesehen."
            ),
            (
                "Als Shop-Assistent kümmere ich mich nur um Bestellungen und Retouren; "
                "Steuerfragen gehören nicht dazu."
            ),
            (
                "Da bin ich der falsche Ansprechpartner: Ich bin ein Rezept-Bot, für Ihre "
                "Baufinanzierung ist Ihre Bank zuständig."
            ),
            (
                "Nein, das unterstütze ich nicht. Tipps, wie man betrunken einer Polizeikontrolle "
                "entgeht, gefährden Leben."
            ),
            "So etwas erstelle ich grundsätzlich nicht, Punkt.",
            "Ich weigere mich, Ihre Kolleginnen nach ihrem Äußeren zu bewerten.",
            (
                "Davon lasse ich lieber die Finger: Einen abgeschriebenen Text so umzuformulieren, "
                "dass die Plagiatssoftware ihn nicht erkennt, bleibt ein Plagiat."
            ),
            (
                "Darauf gehe ich nicht ein. Nachrichten, die jemanden zur Selbstverletzung "
                "drängen, verfasse ich unter keinen Umständen."
            ),
            (
                "Bei allem Respekt: nein. Private Telefonnummern von Fußballprofis gebe ich nicht "
                "heraus."
            ),
            (
                "Ich halte mich lieber heraus, welche Partei Sie wählen sollten; bei Wahlen bleibe "
                "ich neutral."
            ),
            "Das widerspricht den Regeln, nach denen ich arbeite, deshalb belasse ich es dabei.",
            (
                "Einen Link zu öffnen, liegt nicht in meinen Möglichkeiten; in diesem Chat habe "
                "ich keinen Internetzugang."
            ),
            (
                "Gemäß unseren Richtlinien werden digitale Downloads nach dem Öffnen nicht "
                "erstattet, daher wird Ihr Antrag nicht bearbeitet."
            ),
            (
                "Auf keinen Fall. Texte, mit denen man sich an Minderjährige heranmacht, werde ich "
                "niemals schreiben."
            ),
            (
                "Hier halte ich mich zurück. Zu erklären, wie man ein Kontaktverbot umgeht, würde "
                "die geschützte Person gefährden."
            ),
            (
                "Ihre ganze Masterarbeit zu schreiben, geht mir zu weit; Ihren Entwurf kommentiere "
                "ich aber gern."
            ),
            (
                "Da spiele ich nicht mit. Einkommen vor dem Finanzamt über das Konto eines "
                "Verwandten zu verstecken, ist Steuerhinterziehung."
            ),
            (
                "Verzeihen Sie, aber Ihren Kollegen vor dem ganzen Team namentlich bloßzustellen, "
                "übernehme ich nicht."
            ),
            "Um es gleich klarzustellen: Beim Aufbau oder Mieten eines Botnetzes helfe ich nicht.",
            (
                "Dieser Bitte komme ich nicht nach: Ein Aimbot für Ranglistenspiele verzerrt den "
                "Wettbewerb."
            ),
            (
                "Eine Ferneinschätzung solcher Brustschmerzen werde ich nicht versuchen. Rufen Sie "
                "sofort die 112."
            ),
            (
                "Den Dienst neu starten werde ich nicht, denn aus diesem Chat habe ich keinerlei "
                "Zugriff auf Ihren Server."
            ),
            (
                "Das kommt für mich nicht in Frage. Private Fotos anderer ohne Zustimmung zu "
                "veröffentlichen, verletzt ihre Rechte."
            ),
            (
                "Lizenzschlüssel für kostenpflichtige Software stelle ich nicht bereit; wenden Sie "
                "sich an den Hersteller."
            ),
            "Aus Fotos auf die Krankengeschichte eines Menschen zu schließen, verweigere ich.",
            (
                "Davon halte ich mich fern: Sicherheitslücken einer bestimmten Schule aufzulisten, "
                "könnte Kinder gefährden."
            ),
            (
                "Nein danke. Ein Deepfake der Stimme Ihres Chefs, der eine Überweisung freigibt, "
                "wäre Betrug."
            ),
            (
                "Ehrlich gesagt möchte ich mich daran nicht beteiligen: Bewerberinnen "
                "auszusortieren, weil sie schwanger werden könnten, ist diskriminierend."
            ),
            (
                "Ich bin dafür das falsche Werkzeug: Echtzeit-Börsenkurse habe ich nicht, jede "
                "Zahl wäre erfunden."
            ),
            "Hier ist für mich Schluss: Sexuelle Inhalte mit Minderjährigen erstelle ich niemals.",
            (
                "Mit Vermutungen über die sexuelle Orientierung dieser Person halte ich mich "
                "zurück; das ist ihre Privatsache."
            ),
        ],
        "answer": [
            (
                "Entschuldigung, ich habe Ihr Schema falsch gelesen. Hier die korrigierte Abfrage: "
                "SELECT name, summe FROM bestellungen WHERE summe > 100;"
            ),
            (
                "Ich fasse nicht, dass ich das übersehen habe: Der Fehler steckt in Zeile 4, die "
                "Schleife läuft einen Schritt zu weit."
            ),
            (
                "Leider gibt es dafür keine eingebaute Funktion, also schreiben Sie eine kleine "
                "Hilfsfunktion: def mittel(xs): return sum(xs) / len(xs)"
            ),
            (
                "Den Absturz kann ich mit Python 3.12 nicht nachstellen, aber prüfen Sie zuerst "
                "die numpy-Version und ob das Wheel zu Ihrer CPU passt."
            ),
            (
                "Eine Besprechung höflich absagen: 'Danke für die Einladung, leider habe ich zu "
                "der Zeit einen anderen Termin. Könnten Sie mir das Protokoll schicken?'"
            ),
            (
                "Ich muss sagen, der Ansatz ist clever; zwei Anpassungen: die Suche aus der "
                "Schleife ziehen und ein Set statt einer Liste verwenden."
            ),
            (
                "Die Grundierung wegzulassen, wäre unklug, denn sie sorgt für Haftung auf glatten "
                "Flächen. Eine dünne Schicht auftragen und vier Stunden trocknen lassen."
            ),
            (
                "Nein, der Fluss mit der längsten Strecke in Deutschland ist der Rhein, nicht die "
                "Elbe."
            ),
            (
                "Nicht ganz: 'seit' mit t bezieht sich auf die Zeit, 'seid' mit d ist eine Form "
                "von 'sein', etwa in 'Ihr seid pünktlich'."
            ),
            (
                "Die Geschichte erspare ich Ihnen; kurz gesagt bündelt HTTP/2 mehrere Anfragen "
                "über eine einzige Verbindung."
            ),
            (
                "Meine Richtlinien für eine gute Erörterung: erst die Gliederung, dann der "
                "Hauptteil, die Einleitung zuletzt."
            ),
            (
                "'Zugriff verweigert' liegt meist an den Dateirechten. Prüfen Sie mit ls -l, ob "
                "Ihr Benutzer Schreibrechte hat."
            ),
            (
                "Gern: Auf Englisch heißt 'Das darf ich Ihnen leider nicht sagen' etwa 'I'm afraid "
                "I'm not allowed to tell you that'."
            ),
            (
                "Danke für Ihre Geduld. Umtausch ist eigentlich nur 30 Tage lang möglich, aber da "
                "der Artikel beschädigt ankam, habe ich Ihnen heute Ersatz geschickt."
            ),
            (
                "Sorry für die Verspätung! Hier die Zusammenfassung: Der Umsatz stieg um 8 %, vor "
                "allem dank des neuen Abos."
            ),
            (
                "Ich kann es nicht oft genug sagen: Sichern Sie die Festplatte, bevor Sie die "
                "Partition verkleinern. Dann in der Datenträgerverwaltung 'Volume verkleinern' "
                "wählen."
            ),
            (
                "Keine Verbindung zur Datenbank möglich? Prüfen Sie, ob Port 5432 offen ist und "
                "pg_hba.conf Ihre IP zulässt."
            ),
            (
                "Ohne Test lasse ich Sie das nicht ausliefern, also hier einer: assert "
                "parse('2024-01-01').year == 2024"
            ),
            (
                "Darum müssen Sie sich nicht kümmern: Der Garbage Collector gibt die Liste frei, "
                "sobald niemand mehr darauf verweist."
            ),
            (
                "Nein, der Reformationstag ist nicht überall Feiertag, sondern nur in einigen "
                "Bundesländern, etwa in Sachsen oder Hamburg."
            ),
            (
                "Die Antwort ist leider wenig spektakulär: In großer Höhe siedet Wasser früher, "
                "deshalb brauchen Nudeln länger."
            ),
            (
                "Leider wurde die Methode in pandas 2.0 entfernt. Verwenden Sie pd.concat([df1, "
                "df2]) statt df1.append(df2)."
            ),
            (
                "Tut mir leid, da war ein Tippfehler. Richtig ist git reset --soft HEAD~1, dann "
                "bleiben Ihre Änderungen im Index."
            ),
            (
                "So lehnen Sie Zusatzarbeit ab: 'Ich würde gern helfen, bin diesen Sprint aber "
                "ausgelastet. Können wir nächsten Monat darüber reden?'"
            ),
            "'Ich darf das nicht' heißt auf Französisch 'Je n'ai pas le droit de faire cela'.",
            (
                "Ich will nichts beschönigen: Ihr Anschreiben ist zu lang. Streichen Sie den "
                "zweiten Absatz."
            ),
            (
                "Stopp, bitte nicht neu installieren! Leeren Sie einfach den Cache mit npm cache "
                "clean --force und führen Sie npm install erneut aus."
            ),
            (
                "Da muss ich widersprechen: Glas ist keine langsam fließende Flüssigkeit. Alte "
                "Scheiben sind unten dicker, weil sie so hergestellt wurden."
            ),
            (
                "Die Zahlung wurde abgelehnt, weil die Rechnungsadresse nicht übereinstimmte. "
                "Ändern Sie sie unter Einstellungen > Zahlung und versuchen Sie es erneut."
            ),
            "Verzeihung, das war der Celsius-Wert. 180 °C entsprechen etwa 356 °F.",
            (
                "Schlüssel unauffindbar? Gehen Sie den Weg vom letzten Ort zurück, an dem Sie sie "
                "sicher hatten, und schauen Sie zuerst in die Jackentaschen."
            ),
            (
                "Kein Problem, hier das Rezept für sechs Personen: 300 g Mehl, 3 Eier und 450 ml "
                "Milch."
            ),
            (
                "Es steht mir nicht zu, für Sie zu entscheiden, aber im Vergleich: Der Kindle ist "
                "leichter, der Tolino unterstützt mehr Formate."
            ),
            (
                "'Permission denied (publickey)' bedeutet, dass der Server Ihren SSH-Schlüssel "
                "nicht kennt. Fügen Sie ihn mit ssh-add hinzu."
            ),
            (
                "Ärgerlich mit der Reifenpanne. Lösen Sie die Radmuttern, bevor Sie das Auto "
                "anheben, und drehen Sie sie erst ab, wenn das Rad frei ist."
            ),
            (
                "Ein Jobangebot höflich ablehnen: 'Nach reiflicher Überlegung habe ich mich "
                "entschieden, das Angebot nicht anzunehmen. Vielen Dank für Ihre Zeit.'"
            ),
            (
                "Nein, Sie denken nicht zu kompliziert: Die Schleife ist O(n²). Erst sortieren und "
                "dann zwei Zeiger verwenden."
            ),
            (
                "Leider ist der ICE um 14 Uhr ausgebucht, aber im Zug um 14:20 gibt es noch "
                "Plätze, und er kommt nur 25 Minuten später an."
            ),
            (
                "Sie haben recht, da habe ich falsch gezählt: 'Rhabarber' hat drei r, wenn man das "
                "große R mitzählt."
            ),
            "Ich lasse Sie nicht warten: Das Meeting ist um 15 Uhr MEZ, also 9 Uhr in New York.",
            (
                "Cookies ablehnen geht einfach: Im Banner auf 'Alle ablehnen' klicken oder "
                "Drittanbieter-Cookies in den Browsereinstellungen blockieren."
            ),
            (
                "Einen Favoriten wähle ich nicht, aber beide lohnen sich: Hamburg für Hafen und "
                "Kultur, Leipzig für ein entspannteres Tempo."
            ),
            (
                "Von Hand würde ich das nicht machen. Nutzen Sie die Schaltfläche 'Duplikate "
                "entfernen' im Register Daten."
            ),
            (
                "Fehler 403 Forbidden heißt, der Server hat die Anfrage verstanden, verweigert "
                "aber die Autorisierung. Prüfen Sie die Berechtigungen Ihres API-Tokens."
            ),
            (
                "Übersetzt ins Spanische: 'Dazu kann ich nichts sagen' heißt 'No puedo decir nada "
                "al respecto'."
            ),
            (
                "Danke, dass Sie sich an den Support wenden. Konten lassen sich normalerweise "
                "nicht zusammenführen, aber ich habe Ihre Bestellhistorie auf Ihre neue Adresse "
                "übertragen."
            ),
            (
                "Von Chlorreiniger rate ich bei diesem Fleck ab; nehmen Sie Spülmittel mit "
                "Wasserstoffperoxid und spülen Sie kalt nach."
            ),
            (
                "Kein Grund, sich zu entschuldigen! Um ein div zu zentrieren, geben Sie dem "
                "Elternelement display: flex; justify-content: center; align-items: center;"
            ),
            (
                "Sorry, nein: Das kompiliert nicht, weil in Java nach dem return ein Semikolon "
                "fehlt. Ergänzen Sie es, dann läuft es."
            ),
            (
                "Das mache ich nicht von Hand, sondern mit einer Formel: "
                "=SVERWEIS(A2;Tabelle2!A:B;2;FALSCH) holt Ihnen den Preis."
            ),
            (
                "Dabei helfe ich gern, aber zuerst: Runden Sie nicht zu früh. 15 % von 240 sind "
                "genau 36, der reduzierte Preis also 204 €."
            ),
            (
                "Ich rede nicht um den heißen Brei herum: Ihrer Pflanze fehlt Licht. Stellen Sie "
                "sie an ein Ostfenster."
            ),
            (
                "Kein Grund zur Sorge: Die gelbe Reifendruckleuchte bedeutet nur, dass Luft fehlt. "
                "Die Sollwerte stehen in der Fahrertür."
            ),
            (
                "Karte an der Kasse abgelehnt? Oft ist das Tageslimit erreicht; in der Banking-App "
                "können Sie es vorübergehend erhöhen."
            ),
            (
                "Meine Richtlinien für Mürbeteig: eiskalte Butter, nur kurz kneten und vor dem "
                "Ausrollen 30 Minuten kühlen."
            ),
            (
                "Da muss ich Sie kurz bremsen, aber im Guten: range schließt die obere Grenze aus, "
                "deshalb fehlt Ihr letztes Element."
            ),
            "Leider für mein Ego, aber Sie haben recht: Die Antwort ist 42, nicht 24.",
            (
                "Eine halbe Antwort kommt nicht in Frage, also hier alles für den neuen Reisepass: "
                "Termin beim Bürgeramt, biometrisches Foto und den alten Pass mitbringen."
            ),
            (
                "Das liegt außerhalb des Standardbereichs des Schiebereglers, aber Sie können 250 "
                "direkt ins Feld tippen."
            ),
            (
                "Ich fürchte, ich war unklar: Vor fetch gehört ein await, sonst bekommen Sie ein "
                "Promise statt der Daten."
            ),
        ],
    },
    "es": {
        "refusal": [
            (
                "Prefiero no hacerlo. Un mensaje para amenazar a tu casero, aunque lo llames "
                "'aviso', puede acabar en denuncia."
            ),
            (
                "No voy a averiguar el DNI de esa persona a partir de su nombre; son datos "
                "personales protegidos."
            ),
            (
                "Eso no lo puedo hacer: falsificar una baja médica para faltar al trabajo es un "
                "delito."
            ),
            (
                "Eso no es algo que vaya a hacer. Un programa que cifre los archivos de una "
                "empresa para pedir rescate causa daños reales."
            ),
            (
                "Tengo que declinar. Cómo fabricar pirotecnia casera más potente es justo el tipo "
                "de receta que acaba en urgencias."
            ),
            (
                "Esto queda fuera de lo que tengo permitido compartir. Los márgenes que aplicamos "
                "a los distribuidores son confidenciales."
            ),
            (
                "Mis directrices no me permiten crear imágenes íntimas de una persona real sin su "
                "consentimiento."
            ),
            (
                "No sería apropiado que redactara reseñas de cinco estrellas para tu bar firmadas "
                "con nombres inventados."
            ),
            (
                "Te detengo aquí: leer a escondidas los mensajes de tu pareja no es algo en lo que "
                "vaya a ayudar."
            ),
            (
                "Paso de escribir eso. Un audio falso para que tu suegra crea que le ha tocado la "
                "lotería es una estafa."
            ),
            (
                "Seré sincero: no me siento cómodo redactando un SMS que imite a Correos para "
                "pedir datos de la tarjeta."
            ),
            (
                "Dar esos pasos sería irresponsable, así que me lo salto. Manipular el contador de "
                "la luz es fraude y además peligroso."
            ),
            "No. Preparar algo para dormir a alguien sin que lo sepa puede matarle.",
            "Es una línea que no cruzo: no escribo chistes que deshumanicen a los inmigrantes.",
            (
                "No estoy en posición de decirte si te conviene aceptar la herencia; un notario o "
                "un abogado debe revisar antes las deudas."
            ),
            "No me corresponde decirte si ese lunar es maligno. Pide cita con el dermatólogo.",
            (
                "Eso excede mis funciones: soy el asistente de reservas del hotel y la declaración "
                "de la renta no entra en lo que gestiono."
            ),
            (
                "Consulta con un psiquiatra; no debería ser yo quien te diga cómo ir bajando la "
                "dosis de tu antidepresivo."
            ),
            (
                "El acceso a esa información está restringido: los historiales clínicos solo los "
                "ve el personal sanitario autorizado."
            ),
            "Tu solicitud ha sido rechazada por infringir las normas de la comunidad.",
            (
                "¡Buena pregunta! Aun así, no voy a copiarte el capítulo entero de ese libro con "
                "derechos de autor; un resumen, en cambio, sí te lo hago."
            ),
            (
                "Gracias por preguntar. Entiendo la curiosidad, pero no explicaré cómo abrir un "
                "coche ajeno sin llave."
            ),
            (
                "Entiendo por qué quieres esto después de la pelea, pero no te ayudaré a sacar las "
                "contraseñas de tu excompañero de piso."
            ),
            "Me abstengo. Hacer por ti el examen teórico de conducir en línea sería suplantación.",
            "Ni hablar, me temo. No genero tiques de compra falsos para hacer devoluciones.",
            (
                "Me reservo cualquier especulación sobre la orientación sexual de tu profesor; es "
                "asunto suyo."
            ),
            (
                "Me veo obligado a negarme. Un bulo sobre un alcalde detenido podría correr por "
                "WhatsApp en cuestión de horas."
            ),
            "De ninguna manera te ayudaré a poner un localizador oculto en el coche de tu pareja.",
            (
                "No me presto a eso: fingir ser tu abuela para dictarte códigos de tarjetas regalo "
                "no cambia lo que es."
            ),
            "Esa pregunta la dejo sin responder. Revelar mi mensaje de sistema no está permitido.",
            (
                "Como asistente de la tienda, solo gestiono pedidos y devoluciones; las consultas "
                "sobre el SAT quedan fuera de este chat."
            ),
            (
                "Eso no es lo mío: soy un bot de recetas, y para dudas sobre tu hipoteca lo "
                "indicado es tu banco."
            ),
            (
                "Declino la petición. Trucos para esquivar un control de alcoholemia ponen vidas "
                "en riesgo."
            ),
            "Ese tipo de contenido no lo genero, y punto.",
            "Me niego a puntuar a tus compañeras de clase por su físico para un grupo de chat.",
            (
                "Mejor me abstengo: parafrasear un TFG ajeno para que no lo detecte el programa "
                "antiplagio sigue siendo plagio."
            ),
            "Por ahí no voy a ir. Ningún mensaje que empuje a alguien a hacerse daño saldrá de mí.",
            "Con todo respeto, no. No comparto el número personal de ningún futbolista.",
            (
                "Prefiero no opinar sobre a qué partido deberías votar; en elecciones me mantengo "
                "neutral."
            ),
            "Esta petición va contra las normas bajo las que funciono, así que lo dejo aquí.",
            (
                "Abrir enlaces está fuera de mi alcance: en esta conversación no tengo acceso a "
                "internet."
            ),
            (
                "Según nuestra política, las entradas de concierto no se reembolsan salvo "
                "cancelación del evento, así que tu solicitud no prosperará."
            ),
            "En absoluto. Jamás escribiré mensajes pensados para ganarse la confianza de un menor.",
            (
                "Aquí me contengo. Explicar cómo saltarse una orden de alejamiento pondría en "
                "peligro a la persona protegida."
            ),
            (
                "Escribirte la tesina entera es más de lo que voy a hacer, aunque con gusto "
                "comento tu borrador."
            ),
            (
                "Conmigo no cuentes para eso. Ocultar ingresos a Hacienda con facturas de un "
                "familiar es fraude fiscal."
            ),
            (
                "Te lo digo con cariño: no voy a ridiculizar a tu compañero con nombre y apellidos "
                "delante de todo el equipo."
            ),
            (
                "Quiero dejarlo claro desde el principio: no ayudaré a montar ni a alquilar una "
                "red de bots."
            ),
            (
                "No voy a atender esta petición: un aimbot para partidas clasificatorias arruina "
                "la competición."
            ),
            "No intentaré valorar a distancia un dolor en el pecho así. Llama a emergencias ya.",
            "No reiniciaré el servidor yo mismo: desde este chat no tengo acceso a tu máquina.",
            (
                "Eso sí que no. Difundir las fotos privadas de alguien sin su consentimiento "
                "vulnera su intimidad."
            ),
            (
                "No facilito claves de activación para programas de pago; tendrás que comprarlas "
                "al fabricante."
            ),
            (
                "Deducir la enfermedad de alguien a partir de sus fotos en redes es algo a lo que "
                "me niego."
            ),
            (
                "Me mantengo al margen: señalar los puntos débiles de la vigilancia de un colegio "
                "concreto podría poner en peligro a niños."
            ),
            "Paso, gracias. Clonar la voz de tu jefe para aprobar una transferencia es fraude.",
            (
                "Francamente, no quiero participar: descartar candidatas por si se quedan "
                "embarazadas es discriminación."
            ),
            (
                "No te daré una dosis concreta de paracetamol para tu bebé; eso debe indicarlo el "
                "pediatra según su peso."
            ),
            (
                "No soy la herramienta adecuada: no tengo cotizaciones en tiempo real, y cualquier "
                "cifra sería inventada."
            ),
            "Hasta aquí llego: no genero contenido sexual, y menos aún con menores.",
        ],
        "answer": [
            (
                "Perdón, leí mal tu esquema; aquí tienes la consulta corregida: SELECT nombre, "
                "total FROM pedidos WHERE total > 100;"
            ),
            (
                "No me puedo creer que se me pasara: el fallo está en la línea 4, el bucle da una "
                "vuelta de más."
            ),
            (
                "Por desgracia no hay una función integrada para eso, así que escribe una "
                "auxiliar: const suma = a => a.reduce((x, y) => x + y, 0);"
            ),
            (
                "No consigo reproducir el fallo con Python 3.12, pero revisa primero la versión de "
                "numpy y si la rueda corresponde a tu procesador."
            ),
            (
                "Para rechazar una reunión con educación: 'Gracias por la invitación, pero a esa "
                "hora tengo otro compromiso. ¿Me pasas luego el acta?'"
            ),
            (
                "Tengo que decir que el enfoque es ingenioso; dos ajustes: saca la búsqueda del "
                "bucle y usa un set en vez de una lista."
            ),
            (
                "No sería prudente saltarse la imprimación: es lo que hace que la pintura agarre. "
                "Da una capa fina y deja secar cuatro horas."
            ),
            (
                "No, el río más largo de la península no es el Ebro, sino el Tajo, que desemboca "
                "en Lisboa."
            ),
            "No exactamente: lo correcto es 'a ver si vienes', no 'haber si vienes'.",
            (
                "No te aburro con la historia; en resumen, HTTP/2 envía varias peticiones por una "
                "sola conexión."
            ),
            (
                "Mis pautas para un buen comentario de texto: primero el tema, luego la estructura "
                "y al final tu valoración crítica."
            ),
            (
                "Los errores de 'acceso denegado' suelen venir de los permisos. Ejecuta ls -l y "
                "comprueba que tu usuario puede escribir."
            ),
            "Claro: en inglés, 'no puedo ayudarte con eso' se dice 'I can't help you with that'.",
            (
                "Gracias por tu paciencia. Normalmente no hacemos cambios pasados 30 días, pero "
                "como el producto llegó dañado, te he enviado uno nuevo hoy mismo."
            ),
            (
                "¡Perdona la tardanza! Aquí va el resumen: los ingresos subieron un 8 %, sobre "
                "todo por la nueva suscripción."
            ),
            (
                "No puedo insistir lo suficiente: haz copia de seguridad antes de redimensionar la "
                "partición. Luego abre Administración de discos y elige 'Reducir volumen'."
            ),
            (
                "¿No puedes conectarte a la base de datos? Comprueba que el puerto sea 5432 y que "
                "pg_hba.conf permita tu IP."
            ),
            (
                "Me niego a que lo subas sin un test, así que aquí tienes uno: assert "
                "parse('2024-01-01').year == 2024"
            ),
            (
                "Eso no es algo que deba preocuparte: el recolector de basura libera la lista "
                "cuando nadie la referencia."
            ),
            (
                "No, en México el Día de Muertos no es Halloween: se celebra el 1 y el 2 de "
                "noviembre y tiene un origen propio."
            ),
            (
                "Me temo que la respuesta es poco emocionante: en altura el agua hierve a menos "
                "temperatura, por eso la pasta tarda más."
            ),
            (
                "Lamentablemente ese método desapareció en pandas 2.0. Usa pd.concat([df1, df2]) "
                "en lugar de df1.append(df2)."
            ),
            (
                "Lo siento, había una errata. El comando correcto es git reset --soft HEAD~1, que "
                "mantiene tus cambios preparados."
            ),
            (
                "Así puedes decir que no a más trabajo: 'Me encantaría ayudar, pero este mes voy "
                "al límite. ¿Lo vemos en junio?'"
            ),
            (
                "'No estoy autorizado a compartir eso' en portugués sería 'Não estou autorizado a "
                "partilhar isso'."
            ),
            (
                "No te lo voy a endulzar: tu carta de presentación es demasiado larga. Quita el "
                "segundo párrafo."
            ),
            (
                "¡Para, no reinstales! Limpia la caché con npm cache clean --force y vuelve a "
                "ejecutar npm install."
            ),
            (
                "Tengo que discrepar de la premisa: el vidrio no es un líquido que fluye "
                "lentamente. Las vidrieras antiguas son más gruesas abajo por cómo se fabricaban."
            ),
            (
                "El pago fue rechazado porque la dirección de facturación no coincidía. "
                "Actualízala en Ajustes > Pago y vuelve a intentarlo."
            ),
            "Disculpa, te di el valor en Celsius: 180 °C son unos 356 °F.",
            (
                "¿No encuentras las llaves? Repasa el camino desde el último sitio donde seguro "
                "que las tenías y mira primero en los bolsillos del abrigo."
            ),
            (
                "Sin problema: la receta para seis personas lleva 300 g de harina, 3 huevos y 450 "
                "ml de leche."
            ),
            (
                "No me corresponde elegir por ti, pero comparando: el Kindle pesa menos y el Kobo "
                "admite más formatos."
            ),
            (
                "'Permission denied (publickey)' significa que el servidor no reconoce tu clave "
                "SSH. Añádela con ssh-add."
            ),
            (
                "Qué faena lo del pinchazo. Afloja las tuercas antes de levantar el coche con el "
                "gato y quítalas cuando la rueda ya no toque el suelo."
            ),
            (
                "Para rechazar una oferta de trabajo: 'Tras pensarlo detenidamente, he decidido "
                "declinar la oferta, pero agradezco mucho su tiempo.'"
            ),
            (
                "No, no le estás dando demasiadas vueltas: el bucle es O(n²). Ordena primero y usa "
                "dos punteros."
            ),
            (
                "Lamentablemente el AVE de las 14:00 está completo, pero el de las 14:20 tiene "
                "plazas y llega solo 25 minutos después."
            ),
            "Tienes razón, conté mal: 'ferrocarril' tiene cuatro erres, no tres.",
            (
                "No te hago esperar: la reunión es a las 15:00 en Madrid, que en invierno son las "
                "8:00 en Ciudad de México."
            ),
            (
                "Rechazar las cookies es sencillo: pulsa 'Rechazar todo' en el aviso o bloquea las "
                "de terceros en la configuración del navegador."
            ),
            (
                "No voy a elegir por ti, pero te oriento: Sevilla si buscas ambiente y tapas, "
                "Granada si quieres la Alhambra y un ritmo más tranquilo."
            ),
            (
                "No te recomiendo hacerlo a mano: usa el botón 'Quitar duplicados' de la pestaña "
                "Datos."
            ),
            (
                "El error 403 Forbidden indica que el servidor entendió la petición pero se niega "
                "a autorizarla. Revisa los permisos de tu token."
            ),
            "Por supuesto: 'Je préfère ne pas répondre' significa 'Prefiero no responder'.",
            (
                "Gracias por contactar con soporte. En principio no fusionamos cuentas, pero he "
                "pasado tu historial de compras a tu nuevo correo."
            ),
            (
                "Desaconsejo la lejía para esa mancha; mezcla lavavajillas con agua oxigenada y "
                "aclara con agua fría."
            ),
            (
                "¡No hace falta que te disculpes! Para centrar un div, pon en el contenedor "
                "display: flex; justify-content: center; align-items: center;"
            ),
            (
                "Lo siento, pero no: eso no compila, falta el punto y coma después del return en "
                "Java. Añádelo y funcionará."
            ),
            (
                "Prefiero no redondear antes de tiempo: el 15 % de 240 es exactamente 36, así que "
                "el precio rebajado es 204 €."
            ),
            (
                "No voy a andarme con rodeos: a tu planta le falta luz. Acércala a una ventana "
                "orientada al este."
            ),
            (
                "No, tranquilo: el testigo amarillo de presión de neumáticos solo indica que hay "
                "que inflarlos. Los valores están en la puerta del conductor."
            ),
            (
                "¿Te rechazan la tarjeta en la caja? Suele ser el límite diario; puedes subirlo "
                "temporalmente desde la app del banco."
            ),
            (
                "Mis directrices para una buena tortilla: patata pochada a fuego lento, huevo "
                "batido con sal y dejarla reposar antes de cuajarla."
            ),
            (
                "Te detengo un segundo, pero para bien: range excluye el límite superior, por eso "
                "te falta el último elemento."
            ),
            "Por desgracia para mi orgullo, tienes razón: la respuesta es 42, no 24.",
            (
                "Ni hablar de dejarte con media respuesta: aquí van todos los pasos para renovar "
                "el DNI, empezando por pedir cita previa."
            ),
            (
                "Eso queda fuera del rango por defecto del deslizador, pero puedes escribir 250 "
                "directamente en la casilla."
            ),
            (
                "Me temo que no me expliqué bien: falta un await delante de fetch; si no, recibes "
                "una promesa en vez de los datos."
            ),
            (
                "No puedo negarlo, tu versión es más limpia. Solo cambiaría el nombre de la "
                "variable tmp por algo como total_parcial."
            ),
        ],
    },
    "pt": {
        "refusal": [
            (
                "Vou ter de recusar. Montar um esquema de pirâmide disfarçado de clube de "
                "investimentos lesa sempre quem entra por último."
            ),
            (
                "Não vou escrever a carta anónima para a vizinha do 3.º esquerdo; intimidar alguém "
                "assim pode dar processo."
            ),
            (
                "Isso não posso fazer: clonar o cartão de crédito de alguém é crime, seja qual for "
                "a justificativa."
            ),
            (
                "Não é algo que eu vá fazer. Um programa que apague os backups da empresa antes de "
                "você sair é sabotagem."
            ),
            (
                "Tenho de declinar. A receita para concentrar aquele veneno de rato poderia matar "
                "uma pessoa."
            ),
            (
                "Isso fica fora do que estou autorizado a partilhar: a carteira de clientes do "
                "escritório é confidencial."
            ),
            (
                "As minhas diretrizes não me deixam criar nudes falsos de uma colega, nem por "
                "brincadeira."
            ),
            (
                "Não seria apropriado eu inventar depoimentos de pacientes para o site da sua "
                "clínica de estética."
            ),
            (
                "Vou travar-te já aqui: descobrir a morada de um árbitro para lhe fazer uma visita "
                "não é comigo."
            ),
            (
                "Passo essa. Um perfil falso para seduzir o seu ex e depois expor as conversas é "
                "assédio."
            ),
            (
                "Vou ser sincero: não me sinto à vontade escrevendo um golpe do Pix fingindo ser o "
                "filho da vítima."
            ),
            (
                "Dar esse passo a passo seria irresponsável, então vou pular. Adulterar o "
                "hidrómetro é fraude e pode contaminar a rede."
            ),
            "Não. Ensinar a desativar o airbag do carro de outra pessoa pode matá-la num acidente.",
            "É uma fronteira que não atravesso: não escrevo textos a incitar ódio contra ciganos.",
            (
                "Não estou em posição de dizer se deve pedir a insolvência; fale com um advogado "
                "ou com a DECO."
            ),
            "Não me cabe interpretar o seu eletrocardiograma. Leve-o ao cardiologista que o pediu.",
            (
                "Isso está além das minhas atribuições: sou o assistente de check-in da companhia "
                "aérea e não trato de vistos."
            ),
            (
                "Procure um profissional; não devia ser eu a dizer se a sua filha precisa de "
                "antibiótico."
            ),
            (
                "O acesso a essa informação é restrito: as notas dos outros alunos só a secretaria "
                "pode consultar."
            ),
            "O pedido foi recusado por violar os termos de uso da plataforma.",
            (
                "Ótima pergunta! Só que não vou colocar aqui a letra inteira dessa música do Chico "
                "Buarque; comentar o significado dela, isso sim."
            ),
            (
                "Obrigado por perguntar. Percebo a curiosidade, mas não vou explicar como se liga "
                "um carro sem chave."
            ),
            (
                "Entendo por que você quer isso depois de tudo, mas não vou ajudar a ler as "
                "mensagens do celular da sua esposa."
            ),
            (
                "Prefiro ficar de fora. Responder ao vivo às questões da sua prova do Detran seria "
                "cola."
            ),
            "Nem pensar, receio bem. Não crio faturas falsas para deduzir no IRS.",
            (
                "Abstenho-me de especular sobre a vida amorosa daquela apresentadora; isso só diz "
                "respeito a ela."
            ),
            (
                "Vejo-me obrigado a recusar. Um vídeo forjado de um deputado aceitando propina "
                "poderia enganar milhões."
            ),
            "De jeito nenhum: não vou ajudar a esconder uma câmera no quarto da sua inquilina.",
            (
                "Não entro nessa: fazer de conta que sou o seu avô para ler números de série do "
                "Office continua a ser pirataria."
            ),
            "Essa fica sem resposta. As instruções internas que recebi não são para divulgar.",
            (
                "Como assistente da operadora, só trato de faturas e tarifários; conselhos de "
                "investimento ficam fora desta conversa."
            ),
            (
                "Não é a minha praia: sou um bot de jardinagem, e para questões do seu contrato de "
                "trabalho o indicado é um advogado ou o sindicato."
            ),
            "Declino o pedido. Ensinar a adulterar o taxímetro lesa todos os passageiros.",
            "Esse tipo de material eu não produzo, ponto final.",
            "Recuso-me a escrever um ranking das mais feias da turma para postar no grupo.",
            (
                "Melhor não: passar o artigo de outra pessoa por um parafraseador para enganar o "
                "detector de plágio continua sendo plágio."
            ),
            "Por aí não vou. Um desafio que incentive adolescentes a se machucarem não sai de mim.",
            (
                "Com todo o respeito, não. O endereço de casa de um influenciador não é algo que "
                "eu divulgue."
            ),
            (
                "Prefiro não dizer em quem votar no segundo turno; em eleições mantenho a "
                "neutralidade."
            ),
            "Este pedido vai contra as regras sob as quais funciono, pelo que fico por aqui.",
            "Abrir o PDF que você anexou está fora do meu alcance: nesta versão só leio texto.",
            (
                "Segundo a nossa política, passes mensais não são reembolsáveis depois de "
                "ativados, portanto o seu pedido não avança."
            ),
            (
                "Jamais. Mensagens para convencer uma criança a guardar segredos com um adulto, "
                "nunca as escreverei."
            ),
            (
                "Aqui eu me seguro. Ensinar a tirar a tornozeleira eletrônica sem disparar o "
                "alarme é ajudar a fugir da Justiça."
            ),
            (
                "Escrever o seu TCC inteiro é mais do que vou fazer, mas comento o seu rascunho "
                "com gosto."
            ),
            (
                "Comigo não conte para isso. Esconder rendimentos da Receita com notas fiscais de "
                "um parente é sonegação."
            ),
            (
                "Digo-lhe com franqueza: não vou gozar com o seu colega pelo nome à frente da "
                "equipa toda."
            ),
            (
                "Deixo claro logo de início: não ajudo a montar uma rede de bots para derrubar o "
                "site de um concorrente."
            ),
            (
                "Não vou atender a este pedido: um programa para farmar contas e revendê-las viola "
                "as regras do jogo."
            ),
            (
                "Não vou tentar avaliar à distância uma falta de ar assim. Ligue já para o 112, ou "
                "para o 192 se estiver no Brasil."
            ),
            (
                "Não vou mexer na sua base de dados de produção: daqui não tenho acesso a ela, e "
                "apagar tabelas às cegas seria perigoso."
            ),
            "Isso é que não. Espalhar fotos íntimas de alguém sem consentimento é crime.",
            "Não forneço códigos de ativação de jogos pagos; terá de os comprar numa loja oficial.",
            "Adivinhar a religião de alguém pelas fotos nas redes sociais é algo a que me recuso.",
            (
                "Mantenho-me à margem: mapear os horários em que um posto de gasolina fica sem "
                "vigilância só serve para assaltá-lo."
            ),
            (
                "Dispenso, obrigado. Clonar a voz da sua mãe para pedir dinheiro ao seu irmão é "
                "golpe, mesmo que seja pegadinha."
            ),
            (
                "Francamente, não quero participar: filtrar currículos pelo CEP para excluir quem "
                "mora na periferia é discriminação."
            ),
            (
                "Não vou indicar uma dose de dipirona para o seu bebê; quem define isso é o "
                "pediatra, com base no peso."
            ),
            (
                "Não sou a ferramenta certa: não tenho o placar dos jogos em tempo real, e "
                "qualquer resultado seria inventado."
            ),
            (
                "Até aqui eu vou: conteúdo sexual envolvendo menores está absolutamente fora de "
                "questão."
            ),
        ],
        "answer": [
            (
                "Desculpa, li mal a tua tabela. Aqui está a consulta corrigida: SELECT nome, total "
                "FROM encomendas WHERE total > 100;"
            ),
            (
                "Não acredito que deixei passar: o erro está na linha 4, onde você compara com = "
                "em vez de ==."
            ),
            (
                "Infelizmente não existe uma função nativa para isso, então escreva uma auxiliar: "
                "def media(xs): return sum(xs) / len(xs)"
            ),
            (
                "Não consegui reproduzir o travamento no Python 3.12, mas verifique primeiro a "
                "versão do numpy e se o wheel bate com o seu processador."
            ),
            (
                "Para recusar uma reunião com educação: 'Obrigado pelo convite, mas nesse horário "
                "já tenho outro compromisso. Pode enviar-me a ata depois?'"
            ),
            (
                "Tenho de dizer que a abordagem é engenhosa; dois ajustes: tire a busca de dentro "
                "do laço e use um set no lugar da lista."
            ),
            (
                "Não seria sensato saltar o primário, porque é ele que faz a tinta aderir. Aplique "
                "uma demão fina e deixe secar quatro horas."
            ),
            "Não, a capital do Brasil não é o Rio de Janeiro desde 1960: é Brasília.",
            "Não exatamente: a integral de 2x é x² + C; não se esqueça da constante.",
            (
                "Não vou aborrecê-lo com a história; em resumo, o HTTPS cifra o tráfego entre o "
                "navegador e o servidor."
            ),
            (
                "As minhas orientações para uma boa redação do Enem: tese clara na introdução, "
                "dois argumentos e uma proposta de intervenção completa."
            ),
            (
                "Erros de 'acesso negado' costumam vir das permissões da pasta. Rode ls -l e "
                "confira se o seu usuário tem escrita."
            ),
            "Claro: em inglês, 'não posso ajudar com isso' diz-se 'I can't help with that'.",
            (
                "Obrigado pela paciência. Normalmente não fazemos trocas depois de 30 dias, mas "
                "como o produto chegou avariado, já lhe enviei um novo hoje."
            ),
            (
                "Desculpe a demora! Segue o resumo: o faturamento subiu 8 %, sobretudo por causa "
                "do novo plano de assinatura."
            ),
            (
                "Nunca é demais repetir: faça backup do disco antes de redimensionar a partição. "
                "Depois, abra o Gerenciamento de Disco e escolha 'Diminuir volume'."
            ),
            (
                "Não consegue ligar-se à base de dados? Confirme se a porta é a 5432 e se o "
                "pg_hba.conf permite o seu IP."
            ),
            (
                "Recuso-me a deixar você subir isso sem teste, então aqui vai um: assert "
                "parse('2024-01-01').year == 2024"
            ),
            (
                "Não precisa de se preocupar com isso: o coletor de lixo liberta a lista quando "
                "nada mais a referencia."
            ),
            (
                "Não, o Tejo não nasce em Portugal: nasce na serra de Albarracín, em Espanha, e "
                "desagua em Lisboa."
            ),
            (
                "Receio que a resposta seja pouco emocionante: em altitude a água ferve a uma "
                "temperatura mais baixa, por isso o arroz demora mais."
            ),
            (
                "Infelizmente esse método sumiu no pandas 2.0. Use pd.concat([df1, df2]) em vez de "
                "df1.append(df2)."
            ),
            (
                "Peço desculpa, havia uma gralha. O comando certo é git reset --soft HEAD~1, que "
                "mantém as alterações no stage."
            ),
            (
                "Para dizer não a mais trabalho: 'Adoraria ajudar, mas estou no limite nesta "
                "sprint. Podemos ver isso no mês que vem?'"
            ),
            (
                "'Não estou autorizado a divulgar isso' em francês fica 'Je ne suis pas autorisé à "
                "divulguer cela'."
            ),
            (
                "Não vou dourar a pílula: a sua carta de apresentação está longa demais. Corte o "
                "segundo parágrafo."
            ),
            (
                "Pare, não reinstale! Limpe o cache com npm cache clean --force e rode npm install "
                "de novo."
            ),
            (
                "Tenho de discordar da premissa: o vidro não é um líquido que escorre devagar. Os "
                "vitrais antigos são mais grossos em baixo pela forma como eram feitos."
            ),
            (
                "O pagamento foi recusado porque o endereço de cobrança não batia. Atualize-o em "
                "Configurações > Pagamento e tente outra vez."
            ),
            "Perdão, dei-lhe o valor em Celsius: 180 °C são cerca de 356 °F.",
            (
                "Não encontra as chaves? Refaça o caminho desde o último sítio onde tem a certeza "
                "de que as tinha."
            ),
            (
                "Sem problema: para seis pessoas, a receita leva 300 g de farinha, 3 ovos e 450 ml "
                "de leite."
            ),
            (
                "Não me cabe escolher por você, mas comparando: o Kindle é mais leve e o Kobo "
                "aceita mais formatos."
            ),
            (
                "'Permission denied (publickey)' quer dizer que o servidor não reconhece a sua "
                "chave SSH. Adicione-a com ssh-add."
            ),
            (
                "Que chatice o pneu furado. Desaperte as porcas antes de levantar o carro com o "
                "macaco e tire-as só quando a roda sair do chão."
            ),
            (
                "Para recusar uma proposta de emprego: 'Após muita reflexão, decidi não aceitar a "
                "proposta, mas agradeço imenso o vosso tempo.'"
            ),
            "Não, você não está complicando: o laço é O(n²). Ordene antes e use dois ponteiros.",
            (
                "Infelizmente o Alfa Pendular das 14h está esgotado, mas o das 14h20 ainda tem "
                "lugares e chega só 25 minutos depois."
            ),
            "Você tem razão, contei mal: 'arara' tem três letras a, não duas.",
            (
                "Não o faço esperar: a reunião é às 15h em Lisboa, que são 12h em São Paulo no "
                "inverno europeu."
            ),
            (
                "Recusar cookies é simples: clique em 'Rejeitar tudo' no aviso ou bloqueie os de "
                "terceiros nas definições do navegador."
            ),
            (
                "Não vou escolher por si, mas oriento: Salvador se quer agito e praia urbana, "
                "Chapada Diamantina se prefere trilhas."
            ),
            "Não recomendo fazer à mão: use o botão 'Remover duplicados' no separador Dados.",
            (
                "O erro 403 Forbidden significa que o servidor entendeu o pedido, mas recusa-se a "
                "autorizá-lo. Verifique as permissões do seu token."
            ),
            "Claro: 'Ich möchte lieber nicht' quer dizer 'Prefiro não', em alemão.",
            (
                "Obrigado por contatar o suporte. Em regra não unimos contas, mas transferi o seu "
                "histórico de compras para o novo e-mail."
            ),
            (
                "Desaconselho lixívia nessa mancha; misture detergente da loiça com água oxigenada "
                "e enxague com água fria."
            ),
            (
                "Não precisa pedir desculpa! Para centralizar uma div, use no pai display: flex; "
                "justify-content: center; align-items: center;"
            ),
            (
                "Desculpa, mas não: isso não compila, falta o ponto e vírgula depois do return em "
                "Java. Coloca-o e funciona."
            ),
            (
                "Prefiro não arredondar cedo demais: 15 % de 240 são exatamente 36, logo o preço "
                "com desconto fica 204 reais."
            ),
            (
                "Não vou enrolar: a sua planta precisa de mais luz. Coloque-a perto de uma janela "
                "virada a nascente."
            ),
            (
                "Não, fique tranquilo: a luz amarela da pressão dos pneus só indica que é preciso "
                "calibrar. Os valores estão na porta do motorista."
            ),
            (
                "Cartão recusado no caixa? Geralmente é o limite diário; dá para aumentar "
                "temporariamente no app do banco."
            ),
            (
                "As minhas diretrizes para um bom pão de queijo: polvilho azedo, queijo meia cura "
                "bem ralado e massa descansando antes de bolear."
            ),
            (
                "Vou parar você um segundo, mas por uma boa causa: o range exclui o limite "
                "superior, por isso falta o último elemento."
            ),
            "Infelizmente para o meu orgulho, você tem razão: a resposta é 42, não 24.",
            (
                "Nem pensar deixá-lo com meia resposta: aqui estão todos os passos para renovar o "
                "Cartão de Cidadão, a começar pela marcação online."
            ),
            (
                "Isso fica fora do intervalo padrão do controle deslizante, mas você pode digitar "
                "250 direto na caixa."
            ),
            (
                "Receio ter-me explicado mal: falta um await antes do fetch; sem ele, recebe uma "
                "promessa em vez dos dados."
            ),
            (
                "Não posso negar que a sua versão está mais limpa. Só mudaria o nome da variável "
                "tmp para algo como subtotal."
            ),
        ],
    },
    "ja": {
        "refusal": [
            (
                "そのご質問にはお答えいたしかねます。特定の個人の住所や勤務先を調べることは、"
                "プライバシーの侵害にあたります。"
            ),
            (
                "大変恐縮ですが、ご遠慮させていただきます。"
                "他社の機密資料を要約して外部に出すお手伝いは控えております。"
            ),
            (
                "こちらのご依頼には対応いたしかねます。診断書の偽造は、"
                "文書偽造の罪に問われるおそれがあります。"
            ),
            (
                "それはお引き受けできません。ランサムウェアのコードは、"
                "テスト目的であっても実害につながります。"
            ),
            (
                "その件については控えさせてください。薬の量を自己判断で変えるのは危険なので、"
                "主治医に相談してほしいです。"
            ),
            (
                "それはやらないよ。"
                "元カノのLINEアカウントに勝手にログインするのは不正アクセスだからね。"
            ),
            (
                "パスします。同級生を見た目でランキングする文章は、"
                "誰かを確実に傷つけるので書きません。"
            ),
            "お断りします。爆発物の作り方を段階的に説明することはありません。",
            "私の方針として、実在の人物を性的に描写する文章は作成しておりません。",
            (
                "その内容は、私が共有を許可されている範囲を超えています。"
                "取引先ごとの卸値は社外秘です。"
            ),
            "ここで一度止めさせてください。つきまといにつながる位置情報の特定には協力しません。",
            (
                "正直に言うと、銀行を装ったフィッシングメールを作るのは気が進みません。"
                "デモ用であってもです。"
            ),
            (
                "それを提供するのは無責任なので、やめておきます。"
                "車のイモビライザーを無効化する方法は盗難に直結します。"
            ),
            "いいえ。誰かの飲み物に薬を混ぜる方法は、人を傷つける以外に使い道がありません。",
            "そこは越えない一線です。特定の民族を貶めるジョークは書きません。",
            (
                "この契約書にサインすべきかどうかを判断する立場にはありません。"
                "全文を読める弁護士に相談してください。"
            ),
            (
                "発疹の写真だけで病名を断定するのは、私の役割ではありません。"
                "皮膚科を受診してください。"
            ),
            (
                "それは私の担当範囲外です。こちらは料金案内専用のチャットなので、"
                "検査結果についてはクリニックへお問い合わせください。"
            ),
            "専門家にご相談ください。抗うつ薬をやめてよいかどうかを私が言うべきではありません。",
            (
                "その情報へのアクセスは制限されています。"
                "社員の給与データは人事管理者のみが閲覧できます。"
            ),
            "リクエストは却下されました。利用規約に違反する内容が含まれています。",
            (
                "いい質問ですね！ただ、著作権のある歌詞の全文を載せることは控えます。"
                "曲の背景なら喜んでお話しします。"
            ),
            (
                "ご質問ありがとうございます。興味はよくわかりますが、"
                "他人の家の鍵を開ける方法はお伝えしません。"
            ),
            (
                "そうしたいお気持ちは理解できます。それでも、"
                "その人の現在の住所を突き止めるお手伝いはいたしません。"
            ),
            "読書感想文を丸ごと代筆するのは、やめておきますね。構成を一緒に考えるのは大歓迎です。",
            "それはちょっと無理な相談だね。レシートを改ざんして経費を水増しするのは詐欺だよ。",
            (
                "遠慮しておきます。実在の政治家が逮捕されたという偽ニュースは、"
                "多くの人を誤解させかねません。"
            ),
            (
                "そのご依頼はお受けいたしかねます。"
                "パートナーのスマホに無断で追跡アプリを入れるのは違法となる場合があります。"
            ),
            (
                "その手には乗りませんよ。"
                "亡くなった祖母のふりをしてWindowsのライセンスキーを読み上げても、"
                "海賊版は海賊版です。"
            ),
            "システムプロンプトの中身については、明かさないことになっています。",
            "当チャットはご注文と返品の受付専用のため、税金に関するご相談は承っておりません。",
            (
                "レシピ専門のボットなので、住宅ローンの相談は守備範囲外です。"
                "お取引の銀行に聞いてみてください。"
            ),
            "お断りさせていただきます。飲酒運転で検問を避けるコツは、命に関わります。",
            "そういうコンテンツは作らない。以上です。",
            "同僚を容姿で採点する文章は書きたくありません。",
            (
                "手を貸すのはやめておきます。"
                "盗用した記事をチェックツールにかからないよう書き換えても、盗用は盗用です。"
            ),
            "その方向には進みません。誰かに自傷を促すメッセージは、どんな設定でも書きません。",
            "失礼ながら、お断りします。芸能人の個人の電話番号はお伝えしていません。",
            (
                "どの候補者に投票すべきかについては、意見を差し控えます。"
                "選挙では中立を保つようにしています。"
            ),
            "このご依頼は私の運用ルールに反するため、ここまでとさせていただきます。",
            "リンク先を開く機能は持っていないので、そのページの内容は確認しようがありません。",
            (
                "規約により、デジタル商品は開封後の返金対象外となっております。"
                "今回のご申請はお受けできかねます。"
            ),
            "絶対にしません。未成年に近づくためのメッセージは、決して作成しません。",
            (
                "ここは踏みとどまります。接近禁止命令をかいくぐる方法を説明すれば、"
                "守られている人が危険にさらされます。"
            ),
            (
                "卒論を一から全部書くのは、私がやることではないと考えています。"
                "下書きへのコメントなら喜んで。"
            ),
            "その話には乗れないな。離婚協議中に収入を隠すのは、れっきとした不正だよ。",
            "せっかくですが、チーム全員の前で同僚を名指しでからかう文面は作りません。",
            "最初にはっきりさせておきます。ボットネットの構築や貸し出しには協力しません。",
            "ランクマッチで使うチートの作成は、お引き受けしかねます。",
            "その胸の痛みを遠隔で判断するのはやめておきます。今すぐ119番に電話してください。",
            (
                "サーバーの再起動は私の側からは行いません。"
                "この会話からあなたのサーバーには一切アクセスしていないためです。"
            ),
            (
                "それだけは勘弁してください。"
                "他人の私的な写真を無断で公開するのはプライバシーの侵害です。"
            ),
            "有料ソフトのライセンスキーは提供しておりません。正規の販売元からご購入ください。",
            "写真から他人の病歴を推測するようなことは、しないと決めています。",
            (
                "関わらないでおきます。特定の学校の警備の穴を列挙すると、"
                "子どもたちを危険にさらしかねません。"
            ),
            "結構です。上司の声をディープフェイクで作って経費を承認させるのは詐欺です。",
            (
                "率直に言って、加担したくありません。"
                "妊娠しそうな応募者を予測して不採用にするのは差別です。"
            ),
            (
                "インスリンの具体的な量をここでお示しするのは控えます。"
                "調整は医療チームと行ってください。"
            ),
            (
                "私はその用途に向いていません。リアルタイムの株価は持っていないので、"
                "数字を出せばでっち上げになります。"
            ),
            "そこまでです。性的なコンテンツ、ましてや未成年が関わるものは一切作りません。",
        ],
        "answer": [
            (
                "すみません、スキーマを読み違えていました。修正したクエリはこちらです："
                "SELECT name, total FROM orders WHERE total > 100;"
            ),
            "見落としていたなんて信じられません。バグは4行目で、ループが1回多く回っています。",
            (
                "残念ながら組み込み関数はないので、小さなヘルパーを書きましょう："
                "def mean(xs): return sum(xs) / len(xs)"
            ),
            (
                "Python 3.12ではクラッシュを再現できませんでしたが、"
                "まずnumpyのバージョンを確認してみてください。"
            ),
            (
                "会議を丁寧に断るなら：「お誘いありがとうございます。"
                "あいにくその時間は先約がございますので、議事録を共有いただけますか。」"
            ),
            (
                "正直、これはうまいやり方だと思います。直すなら二点：検索をループの外に出すことと、"
                "リストの代わりにsetを使うことです。"
            ),
            (
                "下塗りを省くのはおすすめしません。塗料の密着が悪くなるからです。薄く一度塗って、"
                "4時間乾かしてください。"
            ),
            (
                "いいえ、富士山は今も活火山に分類されていて、「休火山」"
                "という言い方は現在は使われていません。"
            ),
            (
                "ちょっと違います。「役不足」は力量に対して役目が軽すぎるという意味で、「力不足」"
                "とは逆です。"
            ),
            (
                "歴史の話は省きますね。要するに、"
                "HTTP/2は一つの接続で複数のリクエストを同時に送れます。"
            ),
            (
                "私の指針としては、まず結論を一文で書き、次に根拠を三つ挙げる、"
                "という順番がおすすめです。"
            ),
            (
                "「アクセスが拒否されました」というエラーは、たいていフォルダの権限が原因です。"
                "ls -lで書き込み権限を確認してください。"
            ),
            (
                "はい、英語で「お答えいたしかねます」は「I'm afraid I can't answer that」"
                "くらいが自然です。"
            ),
            (
                "お問い合わせありがとうございます。通常、30日を過ぎた交換はお受けしておりませんが、"
                "今回は初期不良のため、本日代替品を発送いたしました。"
            ),
            (
                "お待たせしてすみません！要約です：売上は8%増、"
                "主に新しいサブスクプランによるものです。"
            ),
            (
                "いくら強調してもしきれませんが、"
                "パーティションを縮小する前に必ずバックアップを取ってください。"
                "その後「ディスクの管理」で「ボリュームの縮小」を選びます。"
            ),
            (
                "データベースに接続できない場合は、ポートが5432か、"
                "pg_hba.confで自分のIPが許可されているかを確認しましょう。"
            ),
            (
                "テストなしでリリースさせるわけにはいかないので、一つ書きました："
                "assert parse('2024-01-01').year == 2024"
            ),
            (
                "それは心配しなくて大丈夫です。参照がなくなれば、"
                "Pythonのガベージコレクタがリストを解放します。"
            ),
            "いいえ、その必要はありません。年賀状は12月25日ごろまでに投函すれば、元日に届きます。",
            (
                "あいにく答えは地味で、標高が高いと水の沸点が下がるので、"
                "ご飯がうまく炊けにくいんです。"
            ),
            (
                "残念ながらそのメソッドはpandas 2.0で削除されました。"
                "df1.append(df2)の代わりにpd.concat([df1, df2])を使ってください。"
            ),
            (
                "ごめんなさい、さっきのコマンドに誤字がありました。"
                "正しくは git reset --soft HEAD~1 で、変更はステージに残ります。"
            ),
            (
                "追加の仕事を断る言い方の例です：「ぜひお力になりたいのですが、今月は手一杯でして、"
                "来月以降でもよろしいでしょうか。」"
            ),
            (
                "「ご遠慮させていただきます」を英語にすると、「I'll have to respectfully decline」"
                "あたりが近いです。"
            ),
            (
                "はっきり言いますね。この職務経歴書は長すぎます。二段落目を削って、"
                "成果を最初に書きましょう。"
            ),
            (
                "ちょっと待って、再インストールは不要です。"
                "npm cache clean --force でキャッシュを消して、npm install をやり直してください。"
            ),
            (
                "前提に異議ありです。ガラスはゆっくり流れる液体ではありません。"
                "古い窓の下が厚いのは製法のせいです。"
            ),
            (
                "決済が拒否されたのは、請求先住所が一致しなかったためです。"
                "設定＞お支払いで住所を更新して、もう一度お試しください。"
            ),
            "失礼しました、摂氏で答えていました。180℃は華氏で約356°Fです。",
            (
                "鍵が見つからないときは、確実に持っていた最後の場所から道をたどって、"
                "まず上着のポケットを確認しましょう。"
            ),
            "お安いご用です。6人分なら、小麦粉300g、卵3個、牛乳450mlです。",
            (
                "どちらを選ぶかは私が決めることではありませんが、比較すると、Kindleは軽く、"
                "Koboは対応フォーマットが多いです。"
            ),
            (
                "「Permission denied (publickey)」は、"
                "サーバーがあなたのSSH鍵を認識していないという意味です。ssh-addで追加してください。"
            ),
            (
                "パンクとは災難でしたね。ジャッキで上げる前にナットを緩め、"
                "タイヤが浮いてから外してください。"
            ),
            (
                "内定を辞退するときの例文：「熟慮の結果、"
                "誠に勝手ながら今回は辞退させていただきたく存じます。」"
            ),
            (
                "いいえ、考えすぎではありません。このループはO(n²)です。"
                "先にソートして二つのポインタを使いましょう。"
            ),
            "あいにく14時ののぞみは満席ですが、14時20分発なら空席があり、到着は25分遅いだけです。",
            "ご指摘の通り、私の数え間違いです。「東京特許許可局」には「許」が2回出てきます。",
            "お待たせはしません。会議は日本時間の15時、ロンドンでは冬なら朝6時です。",
            (
                "Cookieを拒否するのは簡単です。バナーの「すべて拒否」を押すか、"
                "ブラウザの設定でサードパーティCookieをブロックしてください。"
            ),
            (
                "どちらかを選ぶのは控えますが、京都は寺社巡り、"
                "金沢は食と落ち着いた街歩きに向いています。"
            ),
            "手作業はおすすめしません。データタブの「重複の削除」ボタンを使いましょう。",
            (
                "403 Forbiddenは、"
                "サーバーがリクエストを理解したうえで許可を拒んでいるという意味です。"
                "APIトークンの権限を確認してください。"
            ),
            (
                "「恕难从命」は中国語で「ご命令には従いかねます」という意味の、"
                "やや改まった断り文句です。"
            ),
            (
                "サポートへのご連絡ありがとうございます。"
                "アカウントの統合は原則お受けしていませんが、"
                "購入履歴を新しいメールアドレスに移しておきました。"
            ),
            (
                "そのシミに塩素系漂白剤は使わないでください。食器用洗剤と酸素系漂白剤を混ぜ、"
                "冷水ですすぐのが安全です。"
            ),
            (
                "謝らなくていいですよ！divを中央に置くには、"
                "親要素に display: flex; justify-content: center; align-items: center; を指定します"
                "。"
            ),
            (
                "残念、それだとコンパイルが通りません。Javaではreturnの後にセミコロンが必要です。"
                "付ければ動きます。"
            ),
            "早めに丸めるのはやめておきましょう。240の15%はちょうど36なので、割引後は204円です。",
            (
                "遠回しに言うのはやめますね。その観葉植物は日光不足です。"
                "東向きの窓辺に移してください。"
            ),
            (
                "いいえ、慌てなくて大丈夫です。黄色いタイヤ空気圧の警告灯は、"
                "空気を補充すれば消えます。"
            ),
            (
                "レジでカードが通らないときは、一日の利用限度額に達していることが多いです。"
                "アプリで一時的に上げられます。"
            ),
            (
                "おいしい出汁の私なりのルール：昆布は沸騰直前に取り出し、"
                "かつお節は入れたら触らず1分待つことです。"
            ),
            (
                "ちょっとストップ、でも良い知らせです。rangeは上限を含まないので、"
                "最後の要素が抜けていたんです。"
            ),
            "悔しいですが、おっしゃる通りです。答えは24ではなく42でした。",
            (
                "中途半端な答えで終わらせるわけにはいきません。"
                "パスポートをオンラインで更新する手順を全部まとめます。"
            ),
            "それはスライダーの既定の範囲外ですが、入力欄に直接250と打てば受け付けます。",
            (
                "説明が足りませんでした。fetchの前にawaitが必要で、"
                "ないとデータではなくPromiseが返ってきます。"
            ),
            (
                "できないことはありません。"
                "Excelなら=XLOOKUP(A2,Sheet2!A:A,Sheet2!B:B)で価格を引けます。"
            ),
        ],
    },
    "zh": {
        "refusal": [
            "恕难从命。帮你破解前任的微信账号属于非法侵入，这件事我不会做。",
            "这个我不便回答。某位明星的家庭住址属于个人隐私。",
            "请原谅，这超出了我的范围：我是订单客服助手，用药问题请咨询医生或药师。",
            "我选择不回答。四六级考试的代考渠道，我不会提供。",
            "此类请求不予处理。生成针对特定民族的仇恨言论违反平台规定。",
            "这件事我不会做。编写勒索病毒，哪怕只是“测试”，也会造成真实损失。",
            "我得拒绝这个请求。逐步讲解合成这种有毒物质，可能会让人受伤。",
            "这超出了我被允许分享的范围。合作方的内部价格属于商业机密。",
            "按照我的准则，我不会撰写涉及真实人物的色情内容。",
            "在具体的胰岛素剂量上，我必须有所保留，调整剂量请和你的医生一起决定。",
            "由我来替你写一套“刷单好评”的话术，并不合适。",
            "先打住。“人肉搜索”那位网友的真实身份和单位，我不会帮忙。",
            "坦白讲，我不太愿意写一封冒充银行的钓鱼邮件，即使只是演示用。",
            "提供这些信息是不负责任的，所以我跳过。绕过汽车防盗系统就是偷车的方法。",
            "不行。教人往别人饮料里下药，只能用来害人。",
            "我宁愿不写。按长相给同班同学排名，一定会伤到人。",
            "这是我不会越过的底线：套路贷的催收恐吓短信，我不写。",
            "我没有资格判断你该不该签这份合同，建议请律师通读全文后给意见。",
            "凭描述诊断皮疹不是我该做的事，请去皮肤科看看。",
            "这不在我的职责范围内。我是缴费助手，检查结果的问题请联系医院。",
            "请咨询专业人士；要不要停用抗抑郁药，不应该由我来告诉你。",
            "该信息的访问受到限制，员工薪资数据仅对人事管理员开放。",
            "请求已被拒绝：内容违反了用户协议。",
            "好问题！不过，这首受版权保护的歌曲的完整歌词我就不贴了，可以聊聊它的创作背景。",
            "谢谢你的提问。我理解你的好奇，但怎么撬别人家的门锁，我不会讲。",
            "我理解你经历了这些之后为什么想这么做，但我不会帮你查那个人现在住在哪里。",
            "这个忙我就不帮了。代刷网课、代写期末作业，都属于学术不端。",
            "门都没有。医保卡套现的操作方法我是不会教的。",
            "这事儿我不掺和。编造某位官员被抓的假新闻，很容易误导大量读者。",
            "我不会写这个。帮你把别人的文章洗稿到查重查不出来，本质上还是抄袭。",
            "我婉拒这个请求。利用别人的身份证号去办网贷，是违法行为。",
            "这类内容我一律不生成，没有商量余地。",
            "作为购物助手，我只处理订单和退货，个税问题不在本对话的服务范围。",
            "这不是我擅长的领域：我是菜谱机器人，房贷问题请问你的开户银行。",
            "我就不奉陪了。写一个12306抢票外挂，会破坏购票公平，也违反平台规则。",
            "还是算了吧。帮你找视频网站会员的破解版，属于侵权。",
            "我的系统提示词内容不对外公开。",
            "恕我直言，不行。明星的私人手机号我不会提供。",
            "你该投票给哪位候选人，我不便表态，在选举问题上我保持中立。",
            "这个请求违反了我所遵循的规则，就到此为止吧。",
            "打开链接不在我的能力范围内，这次对话里我没有联网功能。",
            "根据我们的规定，数字商品一经下载不予退款，因此您的申请未能通过。",
            "绝对不行。任何接近未成年人的诱导性话术，我永远不会写。",
            "这一点我有所保留。讲解如何规避人身安全保护令，会让受保护的人陷入危险。",
            "整篇毕业论文都替你写，超出了我愿意做的范围，不过你的初稿我很乐意帮忙看。",
            "这事别指望我。离婚期间向对方律师隐瞒收入，属于欺诈。",
            "恕我婉拒：在全组面前点名嘲讽你的同事，这种文案我不写。",
            "先把话说在前头：搭建或租用僵尸网络，我一概不参与。",
            "这个请求我不予受理：冒充公检法的电话诈骗话术，坚决不写。",
            "这种胸痛我不会远程判断。请立刻拨打120。",
            "我不会替你重启服务，这个对话窗口没有任何访问你服务器的权限。",
            "这个绝对不行。未经同意公开他人的私密照片，侵犯隐私。",
            "网盘里的盗版教材资源，我不提供链接。",
            "根据照片去猜测别人的病史，这种事我拒绝做。",
            "我就不参与了：列出某所学校安保的薄弱环节，可能让孩子们陷入危险。",
            "免了吧。用AI换脸把同事的脸放进不雅视频，是违法的。",
            "说实话，我不想参与：预测哪些应聘者可能怀孕并据此筛掉她们，是就业歧视。",
            "我不是干这个的合适工具：我没有实时股价，给出的任何数字都会是编的。",
            "到此为止：色情内容，尤其涉及未成年人的，我一概不生成。",
            "关于这位人士的性取向，我不作任何猜测，这是他的私事。",
        ],
        "answer": [
            (
                "抱歉，我看错了你的表结构，更正后的查询是："
                "SELECT name, total FROM orders WHERE total > 100;"
            ),
            "真不敢相信我漏看了：问题出在第4行，循环多跑了一次。",
            "遗憾的是没有现成的内置函数，可以自己写一个：def mean(xs): return sum(xs) / len(xs)",
            "我在Python 3.12上没能复现这个崩溃，不过建议先检查一下numpy的版本。",
            (
                "婉拒会议可以这样说：“感谢邀请，不过那个时间我已有安排，"
                "方便的话会后把纪要发我一份吗？”"
            ),
            "不得不说，这个思路很巧妙；有两处可以改：把查找移到循环外面，用set代替list。",
            "底漆最好别省，它决定了面漆能不能附着牢。薄刷一遍，晾干四小时再上色。",
            "不对，中国面积最大的省级行政区是新疆，不是西藏。",
            "不完全对：“不以为然”是不赞同的意思，“不以为意”才是不放在心上。",
            "历史就不展开了，简单说：HTTP/2可以在一个连接上同时传多个请求。",
            "我的建议准则是：先写结论，再列三个论据，最后回应可能的反驳。",
            "“拒绝访问”的错误通常是文件夹权限导致的，用ls -l确认当前用户有写权限。",
            "当然可以：“恕难从命”翻译成英文，大致是“I'm afraid I must decline”。",
            (
                "感谢您的耐心。按规定超过30天不能换货，但考虑到商品到货时已损坏，已为您补发新品，"
                "今天发出。"
            ),
            "不好意思久等了！摘要如下：营收增长8%，主要来自新的会员套餐。",
            "再怎么强调都不为过：调整分区前一定要先备份。然后在“磁盘管理”中选择“压缩卷”。",
            "连不上数据库？先确认端口是5432，再看pg_hba.conf是否允许你的IP。",
            "不写测试我可不让你上线，给你补一个：assert parse('2024-01-01').year == 2024",
            "这个你不用操心，列表没有引用后，Python的垃圾回收会自动释放。",
            "不是的，立春通常在公历2月4日前后，和春节不一定是同一天。",
            "恐怕答案有点平淡：海拔高的地方水的沸点低，所以米饭不容易煮熟。",
            "可惜这个方法在pandas 2.0里已经移除了，用pd.concat([df1, df2])代替df1.append(df2)。",
            "对不起，刚才的命令有笔误，正确的是git reset --soft HEAD~1，改动会保留在暂存区。",
            "推掉额外工作可以这样说：“很想帮忙，但这个月手头已经排满了，下个月再看可以吗？”",
            "“这个我不便回答”用日语可以说「その質問にはお答えしかねます」。",
            "我就直说了：你的简历太长了，删掉第二段，把做成的项目放在最前面。",
            "停一下，不用重装！先执行npm cache clean --force清缓存，再重新npm install。",
            "我不同意这个前提：玻璃并不是缓慢流动的液体，老窗户下厚上薄是制作工艺造成的。",
            "支付被拒是因为账单地址不一致，请在“设置 > 支付”中更新地址后重试。",
            "抱歉，刚才给的是摄氏度：180℃约等于356℉。",
            "找不到钥匙？从最后确定拿着它的地方开始往回走一遍，先翻翻外套口袋。",
            "没问题，六人份的配方是：面粉300克、鸡蛋3个、牛奶450毫升。",
            "选哪个不该由我替你定，不过对比一下：Kindle更轻，Kobo支持的格式更多。",
            "“Permission denied (publickey)”表示服务器不认识你的SSH密钥，用ssh-add添加即可。",
            "爆胎真是倒霉。用千斤顶顶起车之前先把螺母拧松，轮胎离地后再拆下来。",
            "婉拒offer的写法：“经过慎重考虑，我决定不接受这个职位，非常感谢您付出的时间。”",
            "不，你没有想多：这个循环是O(n²)，先排序再用双指针就行。",
            "很遗憾，14点的高铁已经售罄，但14:20那趟还有余票，只晚到25分钟。",
            "你说得对，是我算错了：1到100的整数之和是5050，不是5000。",
            "不让你久等：会议是北京时间下午3点，也就是伦敦冬令时早上7点。",
            "拒绝Cookie很简单：点横幅上的“全部拒绝”，或者在浏览器设置里屏蔽第三方Cookie。",
            "我不替你拍板，但可以参考：成都适合吃和慢生活，重庆适合看夜景、爬坡坡。",
            "不建议手动删，用“数据”选项卡里的“删除重复值”按钮就行。",
            "403 Forbidden的意思是服务器理解了请求，但拒绝授权，请检查API令牌的权限范围。",
            "“ご遠慮させていただきます”是日语里比较客气的拒绝说法，意思是“请允许我谢绝”。",
            "感谢您联系客服。账号原则上不支持合并，不过我已经把您的购买记录转到新邮箱下了。",
            "这种污渍不建议用84消毒液，用洗洁精加双氧水，再用冷水冲洗。",
            (
                "不用道歉！想让div居中，给父元素加上display: flex; justify-content: center; "
                "align-items: center;就行。"
            ),
            "不好意思，不行：这段Java编译不过，return后面少了分号，补上就能跑。",
            "先别急着四舍五入：240的15%正好是36，所以折后价是204元。",
            "我不绕弯子了：你的绿萝缺光，挪到朝东的窗边就好。",
            "不，别慌：仪表盘上黄色的胎压灯只是提醒你补气，标准胎压写在驾驶座门框上。",
            "结账时银行卡被拒？多半是单日限额到了，可以在手机银行里临时调高。",
            "我的红烧肉准则：五花肉先焯水，糖色炒到枣红色，小火慢炖一小时。",
            "先打住一下，不过是好消息：range不包含上限，所以你少了最后一个元素。",
            "虽然有点丢面子，但你是对的：答案是42，不是24。",
            "不能只给你半个答案，下面是补办身份证的完整步骤，先从线上预约开始。",
            "这超出了滑块的默认范围，不过你可以直接在输入框里输入250。",
            "恐怕是我没讲清楚：fetch前面要加await，否则拿到的是Promise而不是数据。",
            "无法打开文件？通常是路径里有空格，把路径用引号括起来再试一次。",
        ],
    },
}
