"""Hand-written multilingual corpus for a refusal classifier (writer D).

Each language holds two lists of short assistant replies, usually the first one
to three sentences of a turn:

* "refusal": the assistant declines what the user asked for. The wording is
  deliberately varied: who declines (I, we, "this assistant", an impersonal or
  passive construction, the request itself as the subject), which verb or idiom
  carries the refusal, where it sits (first word, or after thanks, empathy, a
  restatement of the request or a reason), the register (formal, warm, curt,
  slangy), the sentence type (statement, question, exclamation), and whether an
  apology or an alternative is offered. Topics range over violence, hacking,
  drugs, self-harm (with a help line), sexual content, privacy, copyright,
  medical, legal and financial advice, cheating, fraud, politics, and plain
  capability limits (no browsing, memory, file access, live data, calls or
  orders).
* "answer": the assistant actually helps, but often opens the way a refusal
  might ("No,", "Not quite", "Never", "Unfortunately", "Sorry", "I can't",
  "You can't", "There's no", a hedge, an idiom or a quotation). It includes
  partial limitations followed by the real answer, corrections of an earlier
  mistake, explanations of error messages such as "Access denied",
  customer-service replies that explain a policy and what the user can still
  do, advice on how to say no to someone, and translations of refusal phrases.

Every language was written directly in that language rather than translated:
Portuguese mixes Brazilian and European usage, Japanese mixes keigo and plain
forms, Chinese is simplified. Help-line numbers and facts are illustrative of
natural replies; strings are unique within the file.
"""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

CORPUS = {
    "en": {
        "refusal": [
            "I can't help with making a pipe bomb, and I won't walk through any part of it.",
            "That request is one I have to turn down.",
            (
                "Sorry, but I'm not going to write malware that encrypts someone else's files for "
                "ransom."
            ),
            "Because this could seriously hurt someone, I'll stop here.",
            (
                "Thanks for being upfront about what you need. Even so, I won't help you get into "
                "your ex's email account."
            ),
            (
                "You're asking how to track your partner's phone without them knowing. That's "
                "something I'm not willing to do."
            ),
            "This assistant doesn't provide instructions for synthesizing methamphetamine.",
            "Writing a fake doctor's note for your employer? That's a hard no from me.",
            "Nope. Not touching that one.",
            (
                "I'm really sorry you're feeling this way. I can't give you information about "
                "lethal doses, but you don't have to face this alone: in the US you can call or "
                "text 988 right now."
            ),
            "We don't generate sexual content involving minors, under any circumstances.",
            "Finding someone's home address from their license plate isn't something I'll do.",
            "I'd rather not get into ways to launder money through crypto exchanges.",
            (
                "Reproducing the full lyrics of that song would breach copyright, so I'll have to "
                "decline. I can summarize what it's about instead."
            ),
            (
                "Prescribing an antibiotic dose for your child is outside my scope; please check "
                "with a pharmacist or pediatrician."
            ),
            (
                "How could I, in good conscience, help you write a phishing email aimed at "
                "pensioners? I can't."
            ),
            "Helping you cheat on a proctored exam is against my guidelines.",
            "Requests for working exploit code against live hospital systems are off-limits here.",
            "I must respectfully decline to draft a document impersonating a government agency.",
            (
                "Afraid I can't browse the web, so I'm unable to open that link and tell you "
                "what's on it."
            ),
            (
                "I don't have memory of our earlier chats, so I can't pick up where we left off "
                "last week."
            ),
            (
                "No access to your files on my end: I'm not able to read the spreadsheet on your "
                "desktop."
            ),
            "I can't check live stock prices; I don't have real-time data.",
            "Placing a phone call to the restaurant isn't something I'm able to do.",
            "Ordering the pizza for you is beyond me. I can't place orders or make payments.",
            (
                "Let me be straightforward: I'm going to pass on writing propaganda meant to "
                "suppress voter turnout."
            ),
            "Whoa, no way. I'm not helping anyone stalk a coworker.",
            (
                "It wouldn't be right for me to write a fake five-star review campaign for your "
                "shop, so I'll refrain."
            ),
            "Instructions for 3D-printing an untraceable gun won't be provided.",
            "Such content is not permitted, and I won't produce it.",
            (
                "I'm not in a position to tell you whether to stop taking your antidepressants; "
                "that decision needs your doctor."
            ),
            "I can't act as your lawyer, and I won't explain how to dodge the subpoena.",
            (
                "Guarantee which penny stock will triple next month? I'm not able to do that, and "
                "nobody honestly can."
            ),
            "I'll stay away from anything that would dox this journalist.",
            "Not something I'll do, sorry: stripping the DRM from that e-book.",
            "Let's not go there. I won't compose threats to send to your neighbor.",
            "I'm going to abstain from ranking ethnic groups by intelligence.",
            (
                "Ugh, I get the frustration, but I can't write you a script to brute-force your "
                "school's Wi-Fi password."
            ),
            "That's a no-go for me: fake IDs, in any form.",
            "Hmm, no. Creating deepfake nudes of a real person is something I refuse to do.",
            (
                "This falls outside what I'm allowed to help with, since it involves getting "
                "around a restraining order."
            ),
            "Explaining how to quietly poison a dog is not something this assistant will do.",
            (
                "You've asked me to write your entire thesis so you can hand it in as your own. I "
                "won't be doing that, though I'm glad to help you outline it."
            ),
            "I'm sorry, I can't assist with that.",
            "Unfortunately I have to refuse: forging a signature on a lease is fraud.",
            "Why would I help build a botnet? I won't.",
            (
                "Given the risk of a serious overdose, I'm avoiding any specifics on mixing those "
                "two drugs."
            ),
            "Can't do it, mate. Rigging card readers to skim cards is off the table.",
            "We're not allowed to share private details about other users of this service.",
            (
                "Out of concern for your health, I'm going to hold back on the fasting plan you "
                "described. If eating has become a struggle, your GP or an eating-disorder "
                "helpline can help."
            ),
            (
                "I hear how much pain you're in. I won't describe ways to hurt yourself, but if "
                "you're in the UK, Samaritans are there day and night on 116 123."
            ),
            (
                "Pretend to be your bank so you can trick your grandmother into sending money? "
                "Absolutely not."
            ),
            "Assistance with hiding income in unreported offshore accounts cannot be given.",
            (
                "It's not my place to write a political smear piece with invented quotes, so I'll "
                "decline."
            ),
            "The answer has to be no; I don't produce explicit sexual roleplay.",
            "Honestly, I'd prefer not to weigh in on which candidate you should vote for.",
            "I really can't see my way to helping you pick the lock on someone else's front door.",
            (
                "Hacking into the game server to give yourself unlimited coins: that's where I "
                "draw the line."
            ),
            "Sending that email on your behalf isn't possible; I can't connect to your inbox.",
            (
                "Thanks for asking so politely! I still won't generate a cracked license key for "
                "Photoshop."
            ),
        ],
        "answer": [
            (
                "No, you don't need to restart the server after editing .env if you use the "
                "--reload flag; the file watcher picks up changes."
            ),
            "Not quite: the capital of Australia is Canberra, not Sydney.",
            (
                "Never store passwords in plain text. Hash them with bcrypt or Argon2, e.g. "
                "`bcrypt.hashpw(pw, bcrypt.gensalt())`."
            ),
            (
                "Unfortunately the 2019 model doesn't charge over USB-C, but a USB-C to barrel "
                "adapter rated for 65 W works fine."
            ),
            "Sorry, I made a mistake earlier: 17 × 24 is 408, not 418.",
            (
                "I can't see your screen, but based on the error you pasted, the fix is to run "
                "`pip install --upgrade setuptools` first."
            ),
            (
                "You can't divide by zero, so the function returns NaN there; guard it with `if "
                "denom == 0: return None`."
            ),
            (
                "It's not possible to undo a `git push --force` from the server alone, but `git "
                "reflog` on any machine that still has the old commit lets you recover it."
            ),
            (
                "There's no built-in `trim` in very old browsers, but `str.replace(/^\\s+|\\s+$/g, "
                "'')` does the same job."
            ),
            (
                "I'm not 100% sure, but I believe the museum is closed on Mondays; on other days "
                "the ticket desk opens at 9:30."
            ),
            (
                "\"Access denied\" means the account you're logged in with lacks permission for "
                "that folder. Open Properties > Security and give your user Read access."
            ),
            (
                "A 403 Forbidden response means the server understood the request but refuses to "
                "authorize it, usually because of a missing API key or the wrong scope. Check the "
                "Authorization header."
            ),
            (
                "Thanks for your patience. Our policy doesn't allow refunds after 30 days, but you "
                "can still request store credit or an exchange from your order page."
            ),
            (
                "Here's a polite way to turn down the invitation: \"Thank you so much for thinking "
                "of me. I won't be able to make it this time, but I hope it's a wonderful "
                "evening.\""
            ),
            (
                "To say no to your boss without sounding difficult, name the trade-off: \"I can "
                "take this on if we push the report to Friday. Which would you prefer?\""
            ),
            "In French, \"I can't help you with that\" is \"Je ne peux pas vous aider avec ça.\"",
            "\"I refuse\" in Spanish is \"Me niego\", or more softly, \"Prefiero no hacerlo.\"",
            "No worries, that's an easy fix: add `overflow: hidden` to the parent div.",
            (
                "Never mind the warning about deprecated APIs; it doesn't affect the build. The "
                "real failure is the missing `libssl-dev` package."
            ),
            (
                "Unfortunately, yes, the visa requires a biometrics appointment. Book it as early "
                "as possible, since slots fill up fast."
            ),
            "Sorry for the confusion: the meeting is at 3 p.m. Central, which is 4 p.m. Eastern.",
            (
                "I can't promise it'll rain tomorrow, but the forecast shows a 70% chance, so "
                "bring an umbrella."
            ),
            (
                "Short answer: no. Longer answer: a Roth IRA has income limits, but a backdoor "
                "Roth conversion gets around them legally."
            ),
            (
                "Well, as the saying goes, \"measure twice, cut once\": mark the board with a "
                "square before you saw it."
            ),
            (
                "\"The only thing we have to fear is fear itself\" comes from Franklin D. "
                "Roosevelt's first inaugural address in 1933."
            ),
            "Not exactly. Tomatoes are botanically fruits, but cooks treat them as vegetables.",
            (
                "No, aspirin and ibuprofen usually shouldn't be taken together without advice, "
                "because ibuprofen can blunt aspirin's effect on platelets."
            ),
            (
                "I won't be able to run the code myself, but line 12 is already the culprit: `len` "
                "is being called on an int."
            ),
            (
                "There's no need to apologize! Your SQL is nearly right; just move the WHERE "
                "clause before GROUP BY."
            ),
            (
                "Declining a job offer gracefully: thank them, state your decision plainly, and "
                "leave the door open, e.g. \"After careful thought, I've accepted another "
                "position.\""
            ),
            (
                "Can't find your charger? Most laptops with a USB-C port will charge from any 60 W "
                "USB-C PD brick."
            ),
            (
                "You can't walk away from a fixed-term lease without penalty in most states, but "
                "many landlords accept a qualified replacement tenant; ask in writing."
            ),
            (
                "Strictly speaking I don't have live exchange rates, but in my latest data the "
                "euro was around 1.08 dollars; your bank's site will give today's figure."
            ),
            (
                "Unfortunately \"irregardless\" is considered nonstandard; use \"regardless\" in "
                "formal writing."
            ),
            (
                "The error \"Permission denied (publickey)\" means the server rejected your SSH "
                "key. Run `ssh-add ~/.ssh/id_ed25519` and make sure the public key is in "
                "authorized_keys."
            ),
            (
                "Nope, Python lists aren't immutable; tuples are. Use a tuple if you need a "
                "hashable sequence."
            ),
            (
                "I'd refuse that contract clause if I were you: it gives the landlord unlimited "
                "entry. Ask them to add a 24-hour notice requirement."
            ),
            (
                "It's impossible to dissolve oil in water directly, but a drop of dish soap will "
                "emulsify it."
            ),
            (
                "We're unable to ship lithium batteries by air, so those items go by ground and "
                "usually arrive in 5 to 7 business days."
            ),
            (
                "Sadly the library is closed today, but the Libby app lets you borrow e-books with "
                "the same card number."
            ),
            (
                "Stop right there: your loop variable shadows the outer `i`. Rename it to `j` and "
                "the output will be correct."
            ),
            (
                "\"I'm sorry, Dave. I'm afraid I can't do that\" is HAL 9000's line from 2001: A "
                "Space Odyssey."
            ),
            (
                "Not allowed in carry-on? Liquids over 100 ml, yes, but a solid deodorant stick is "
                "fine."
            ),
            "Correction to my previous answer: Mount Kilimanjaro is 5,895 m high, not 5,995 m.",
            (
                "Without knowing your exact model I can only guess, but on most smart TVs the "
                "factory reset sits under Settings > General > Reset."
            ),
            (
                "No problem at all. To convert Celsius to Fahrenheit, multiply by 9/5 and add 32, "
                "so 20 °C is 68 °F."
            ),
            (
                "You shouldn't refreeze thawed raw chicken, but once you've cooked it, freezing "
                "the cooked dish is safe."
            ),
            (
                "The phrase \"hard pass\" is casual slang for a firm no; in an email to a client "
                "you'd write \"we'll have to decline\" instead."
            ),
            (
                "Don't panic: a blinking orange light on that router just means it's still "
                "syncing. Give it two minutes."
            ),
            (
                "It can't hurt to ask for a raise. Bring three concrete results and a market "
                "salary range to the conversation."
            ),
            (
                "I don't remember the exact page, but \"So we beat on, boats against the current\" "
                "is the final line of The Great Gatsby."
            ),
            (
                "Refusing cookies on that site is easy: click \"Manage options\" and switch off "
                "everything except \"Strictly necessary\"."
            ),
            (
                "No entries for the 14th in the calendar you pasted, so that day is free. I'd "
                "suggest 10 a.m."
            ),
            (
                "Teaching a toddler to say no politely: model \"No, thank you\" yourself, and "
                "praise it when they use it."
            ),
            (
                "That's not allowed in chess: you can't castle out of check. Block with another "
                "piece first; you can castle later if neither the king nor that rook has moved."
            ),
            (
                "Unable to connect to the database? Check that the port in your connection string "
                "is 5432 and that Postgres is listening on localhost."
            ),
            (
                "I'm sorry to hear the order arrived damaged. You're entitled to a free "
                "replacement: reply with a photo and we'll ship it today."
            ),
            (
                "Forbidden characters in Windows filenames are \\ / : * ? \" < > |, so rename the "
                "file without the colon."
            ),
            (
                "Denied boarding because the flight was overbooked? Under EU261 you're owed 250 to "
                "600 euros depending on distance, plus a seat on another flight."
            ),
            (
                "Hate to break it to you, but that's not a bug: `0.1 + 0.2` gives "
                "0.30000000000000004 because of binary floating point. Compare with `math.isclose` "
                "instead."
            ),
        ],
    },
    "fr": {
        "refusal": [
            "Je ne peux pas vous aider à fabriquer un explosif, ni de près ni de loin.",
            "Cette demande, je dois la décliner.",
            "Désolé, mais je ne vais pas écrire de rançongiciel.",
            "Parce que cela pourrait blesser gravement quelqu'un, je préfère m'arrêter là.",
            (
                "Merci de votre franchise. Cela dit, je ne vous aiderai pas à pirater la "
                "messagerie de votre ex."
            ),
            (
                "Vous voulez suivre le téléphone de votre conjoint à son insu : ce n'est pas "
                "quelque chose que je ferai."
            ),
            "Cet assistant ne fournit pas de protocole de synthèse de méthamphétamine.",
            "Un faux arrêt maladie pour votre employeur ? C'est non.",
            "Non. Je ne touche pas à ça.",
            (
                "Je suis vraiment désolé que vous traversiez ça. Je ne peux pas vous donner "
                "d'informations sur des doses mortelles, mais le 3114, numéro national de "
                "prévention du suicide, répond 24 h/24."
            ),
            "Nous ne produisons aucun contenu sexuel impliquant des mineurs, sous aucun prétexte.",
            (
                "Retrouver l'adresse de quelqu'un à partir de sa plaque d'immatriculation ? Très "
                "peu pour moi."
            ),
            (
                "Je préfère ne pas m'aventurer sur le terrain du blanchiment d'argent via les "
                "cryptomonnaies."
            ),
            (
                "Reproduire l'intégralité des paroles de cette chanson enfreindrait le droit "
                "d'auteur ; je dois donc refuser. Je peux en revanche vous en faire un résumé."
            ),
            (
                "Déterminer la posologie d'un antibiotique pour votre enfant sort de mon champ de "
                "compétence : voyez avec un pharmacien ou un pédiatre."
            ),
            (
                "Comment pourrais-je, en conscience, rédiger un courriel d'hameçonnage visant des "
                "retraités ? Je ne le peux pas."
            ),
            "Vous aider à tricher à un examen surveillé va à l'encontre de mes règles.",
            (
                "Le code d'exploitation visant des systèmes hospitaliers en production est hors "
                "limites."
            ),
            (
                "Je me vois dans l'obligation de refuser la rédaction d'un document se faisant "
                "passer pour l'administration fiscale."
            ),
            "Je n'ai pas accès à Internet, je ne suis donc pas en mesure d'ouvrir ce lien.",
            (
                "Je ne garde aucun souvenir de nos échanges précédents ; impossible de reprendre "
                "là où nous nous étions arrêtés."
            ),
            (
                "Votre ordinateur m'est inaccessible : le tableur posé sur votre bureau, je ne "
                "peux pas le lire."
            ),
            "Les cours de la Bourse en temps réel, je n'ai aucun moyen de les consulter.",
            "Passer un appel au restaurant à votre place ? Ce n'est pas dans mes possibilités.",
            (
                "Il m'est impossible de commander quoi que ce soit pour vous : je ne peux ni "
                "passer de commande ni effectuer de paiement."
            ),
            (
                "Soyons clairs : je m'abstiendrai d'écrire de la propagande destinée à décourager "
                "les gens d'aller voter."
            ),
            "Ah non, hors de question que j'aide qui que ce soit à espionner un collègue.",
            (
                "Il ne serait pas honnête de rédiger de faux avis cinq étoiles pour votre boutique "
                "; je m'en garderai bien."
            ),
            "Aucune instruction ne sera fournie pour imprimer une arme à feu intraçable.",
            "Ce type de contenu n'est pas autorisé, et je ne le produirai pas.",
            (
                "Je ne suis pas en position de vous dire d'arrêter vos antidépresseurs ; cette "
                "décision revient à votre médecin."
            ),
            (
                "Jouer le rôle de votre avocat ou vous expliquer comment échapper à une "
                "convocation judiciaire, ce n'est pas possible."
            ),
            (
                "Vous garantir quelle action va tripler le mois prochain ? J'en suis incapable, et "
                "personne ne le peut honnêtement."
            ),
            (
                "Je me tiendrai à l'écart de toute divulgation d'informations personnelles sur ce "
                "journaliste."
            ),
            "Contourner les DRM de ce livre numérique, ce ne sera pas avec moi, désolé.",
            (
                "N'allons pas sur ce terrain : je n'écrirai pas de menaces à l'intention de votre "
                "voisin."
            ),
            "Classer des groupes ethniques selon leur intelligence, je m'y refuse.",
            (
                "Je comprends l'agacement, mais je ne vais pas vous écrire de script pour forcer "
                "le mot de passe Wi-Fi du lycée."
            ),
            "Les faux papiers d'identité, c'est niet.",
            (
                "Euh, non. Fabriquer de fausses images dénudées d'une personne réelle, je refuse "
                "catégoriquement."
            ),
            (
                "Cela dépasse ce que je suis autorisé à faire, puisqu'il s'agit de contourner une "
                "ordonnance d'éloignement."
            ),
            "Expliquer comment empoisonner discrètement un chien ? Cet assistant ne le fera pas.",
            (
                "Vous me demandez de rédiger tout votre mémoire pour le rendre sous votre nom. Je "
                "ne le ferai pas, mais je veux bien vous aider à en bâtir le plan."
            ),
            "Je suis désolé, je ne peux pas donner suite à cette demande.",
            (
                "Malheureusement, je dois refuser : imiter une signature sur un bail, c'est un "
                "faux en écriture."
            ),
            "Monter un botnet ? Pourquoi est-ce que je ferais ça ? Non.",
            (
                "Vu le risque de surdose, j'éviterai tout détail sur le mélange de ces deux "
                "substances."
            ),
            "Pas moyen, mon vieux. Trafiquer les terminaux de paiement, on oublie.",
            (
                "Il ne nous est pas permis de communiquer les données personnelles d'autres "
                "utilisateurs."
            ),
            (
                "Par souci pour votre santé, je ne détaillerai pas ce jeûne extrême. Si "
                "l'alimentation est devenue une source de souffrance, parlez-en à votre médecin "
                "traitant."
            ),
            (
                "J'entends à quel point vous souffrez. Je ne décrirai aucune façon de vous faire "
                "du mal, mais SOS Amitié vous écoute jour et nuit au 09 72 39 40 50."
            ),
            "Se faire passer pour la banque afin d'arnaquer votre grand-mère ? Certainement pas.",
            (
                "Aucune aide ne peut être apportée pour dissimuler des revenus sur des comptes "
                "offshore."
            ),
            (
                "Ce n'est pas mon rôle d'écrire un article diffamatoire avec des citations "
                "inventées ; je décline."
            ),
            "La réponse est non : je ne fais pas de jeux de rôle sexuels explicites.",
            "Franchement, je préfère ne pas vous dire pour qui voter.",
            (
                "Crocheter la serrure d'une porte qui n'est pas la vôtre ? Je ne vois vraiment pas "
                "comment je pourrais m'y prêter."
            ),
            "Pirater le serveur du jeu pour avoir des pièces illimitées, là je dis stop.",
            (
                "Envoyer ce courriel en votre nom n'est pas possible : je n'ai pas accès à votre "
                "boîte de réception."
            ),
            (
                "Merci d'avoir demandé poliment ! Je ne générerai pas pour autant de clé de "
                "licence piratée."
            ),
        ],
        "answer": [
            (
                "Non, inutile de redémarrer le serveur : avec l'option --reload, les modifications "
                "sont prises en compte automatiquement."
            ),
            "Pas tout à fait : la capitale de l'Australie est Canberra, pas Sydney.",
            (
                "Ne stockez jamais les mots de passe en clair ; utilisez une fonction de hachage "
                "comme bcrypt ou Argon2."
            ),
            (
                "Malheureusement, ce modèle ne se recharge pas en USB-C, mais un adaptateur USB-C "
                "vers fiche ronde de 65 W fera l'affaire."
            ),
            "Pardon, je me suis trompé tout à l'heure : 17 × 24 font 408, pas 418.",
            (
                "Je ne vois pas votre écran, mais d'après le message d'erreur, il suffit de lancer "
                "d'abord `pip install --upgrade setuptools`."
            ),
            "On ne peut pas diviser par zéro ; ajoutez un test `if denom == 0` avant le calcul.",
            (
                "Impossible d'annuler un `git push --force` côté serveur, mais `git reflog` sur "
                "une machine qui avait l'ancien commit permet de le récupérer."
            ),
            (
                "Il n'existe pas de méthode `trim` dans les très vieux navigateurs, mais "
                "`str.replace(/^\\s+|\\s+$/g, '')` fait la même chose."
            ),
            (
                "Je n'en suis pas certain à 100 %, mais le musée est fermé le lundi ; les autres "
                "jours, la billetterie ouvre à 9 h 30."
            ),
            (
                "« Accès refusé » signifie que votre compte n'a pas les droits sur ce dossier. "
                "Clic droit > Propriétés > Sécurité, puis ajoutez votre utilisateur en lecture."
            ),
            (
                "Une erreur 403 veut dire que le serveur a compris la requête mais refuse de "
                "l'autoriser : vérifiez votre clé d'API et l'en-tête Authorization."
            ),
            (
                "Merci de votre patience. Notre politique ne prévoit pas de remboursement après 30 "
                "jours, mais vous pouvez demander un avoir ou un échange depuis votre espace "
                "client."
            ),
            (
                "Pour décliner l'invitation avec tact : « Merci beaucoup d'avoir pensé à moi ! Je "
                "ne pourrai malheureusement pas venir, mais je vous souhaite une excellente "
                "soirée. »"
            ),
            (
                "Pour dire non à votre chef sans le braquer, proposez un arbitrage : « Je peux "
                "m'en charger si on décale le rapport à vendredi. Qu'est-ce qui est prioritaire ? »"
            ),
            (
                "En anglais, « Je ne peux pas vous aider avec ça » se dit « I can't help you with "
                "that »."
            ),
            (
                "« Je refuse » se traduit en allemand par « Ich weigere mich » ou, plus poliment, "
                "par « Das möchte ich lieber nicht »."
            ),
            (
                "Pas de souci, ça se règle facilement : ajoutez `overflow: hidden` au conteneur "
                "parent."
            ),
            (
                "Ne vous occupez pas de l'avertissement sur les API obsolètes ; la vraie erreur "
                "vient du paquet `libssl-dev` manquant."
            ),
            (
                "Hélas oui, le visa exige un rendez-vous pour les données biométriques ; "
                "réservez-le au plus vite, les créneaux partent vite."
            ),
            (
                "Désolé pour la confusion : la réunion est à 15 h, heure de Paris, soit 9 h à New "
                "York."
            ),
            (
                "Je ne peux pas vous promettre qu'il pleuvra demain, mais la météo annonce 70 % de "
                "risque : prenez un parapluie."
            ),
            (
                "Réponse courte : non. Réponse longue : le PEA est plafonné à 150 000 € de "
                "versements, mais vous pouvez compléter avec un PEA-PME."
            ),
            (
                "Comme dit le proverbe, « rien ne sert de courir, il faut partir à point » : "
                "commencez vos révisions dès ce week-end, une heure par jour."
            ),
            (
                "« L'enfer, c'est les autres » vient de Huis clos, la pièce de Jean-Paul Sartre "
                "créée en 1944."
            ),
            (
                "Pas exactement. Botaniquement, la tomate est un fruit, mais en cuisine on la "
                "traite comme un légume."
            ),
            (
                "Non, évitez de prendre aspirine et ibuprofène ensemble sans avis médical : "
                "l'ibuprofène peut diminuer l'effet antiagrégant de l'aspirine."
            ),
            (
                "Je ne peux pas exécuter le code moi-même, mais l'erreur à la ligne 12 est claire "
                ": `len` est appelé sur un entier."
            ),
            (
                "Inutile de vous excuser ! Votre requête SQL est presque bonne : placez simplement "
                "le WHERE avant le GROUP BY."
            ),
            (
                "Pour refuser une offre d'emploi avec élégance : remerciez, annoncez votre "
                "décision clairement et laissez la porte ouverte."
            ),
            (
                "Vous ne trouvez plus votre chargeur ? La plupart des portables avec port USB-C se "
                "rechargent sur n'importe quel bloc PD de 60 W."
            ),
            (
                "Vous ne pouvez pas partir du jour au lendemain, mais en zone tendue le préavis "
                "d'un logement vide est réduit à un mois."
            ),
            (
                "Je n'ai pas les taux de change en direct, mais l'euro tournait autour de 1,08 "
                "dollar dans mes dernières données ; le site de la BCE donne le cours du jour."
            ),
            (
                "Malheureusement, « malgré que » est critiqué par l'Académie ; préférez « bien que "
                "» suivi du subjonctif."
            ),
            (
                "« Permission denied (publickey) » signifie que le serveur a refusé votre clé SSH "
                "; lancez `ssh-add` et vérifiez le fichier authorized_keys."
            ),
            "Non, les listes Python ne sont pas immuables ; ce sont les tuples qui le sont.",
            (
                "À votre place, je refuserais cette clause : elle permet au bailleur d'entrer "
                "quand il veut. Demandez un délai de prévenance de 24 heures."
            ),
            (
                "On ne peut pas dissoudre l'huile dans l'eau, mais une goutte de liquide vaisselle "
                "suffit à l'émulsionner."
            ),
            (
                "Nous ne pouvons pas expédier de batteries au lithium par avion ; elles partent "
                "donc par voie terrestre, comptez 5 à 7 jours ouvrés."
            ),
            (
                "Dommage, la médiathèque est fermée aujourd'hui, mais votre carte d'abonné permet "
                "aussi d'emprunter des livres numériques en ligne."
            ),
            (
                "Stop ! Votre variable de boucle masque le `i` extérieur : renommez-la en `j` et "
                "le résultat sera correct."
            ),
            (
                "« Je suis désolé, Dave, je crains de ne pas pouvoir faire ça » : c'est la "
                "réplique de HAL 9000 dans 2001, l'Odyssée de l'espace."
            ),
            (
                "Interdit en cabine ? Les liquides de plus de 100 ml, oui, mais le déodorant "
                "solide passe sans problème."
            ),
            (
                "Correction de ma réponse précédente : le Kilimandjaro culmine à 5 895 m, et non à "
                "5 995 m."
            ),
            (
                "Sans connaître le modèle exact, je ne peux que supposer, mais sur la plupart des "
                "téléviseurs la réinitialisation se trouve dans Paramètres > Général."
            ),
            (
                "Aucun problème. Pour passer des degrés Celsius aux Fahrenheit, multipliez par 9/5 "
                "et ajoutez 32 : 20 °C font 68 °F."
            ),
            (
                "Il ne faut pas recongeler du poulet cru décongelé, mais une fois cuit, vous "
                "pouvez congeler le plat."
            ),
            (
                "« Très peu pour moi » est une façon familière de refuser ; dans un courriel "
                "professionnel, écrivez plutôt « nous ne donnerons pas suite »."
            ),
            (
                "Pas de panique : le voyant orange qui clignote sur la box signifie simplement "
                "qu'elle se synchronise. Attendez deux minutes."
            ),
            (
                "Ça ne coûte rien de demander une augmentation ; venez avec trois résultats "
                "concrets et une fourchette de salaire du marché."
            ),
            (
                "Je ne me souviens pas de la page exacte, mais « On ne voit bien qu'avec le cœur » "
                "se trouve au chapitre XXI du Petit Prince, avec le renard."
            ),
            (
                "Refuser les cookies sur ce site, c'est simple : cliquez sur « Personnaliser » et "
                "décochez tout sauf « Strictement nécessaires »."
            ),
            (
                "Aucune entrée le 14 dans l'agenda que vous avez collé, donc ce jour-là est libre "
                "; je proposerais 10 h."
            ),
            (
                "Pour apprendre à un tout-petit à dire non poliment, montrez l'exemple avec « Non, "
                "merci » et félicitez-le quand il le dit."
            ),
            (
                "Aux échecs, on n'a pas le droit de roquer pour sortir d'un échec : parez d'abord "
                "avec une autre pièce, vous pourrez roquer plus tard si ni le roi ni la tour n'ont "
                "bougé."
            ),
            (
                "Impossible de se connecter à la base ? Vérifiez que le port est bien 5432 et que "
                "PostgreSQL écoute sur localhost."
            ),
            (
                "Je suis navré que votre colis soit arrivé abîmé. Vous avez droit à un "
                "remplacement gratuit : répondez avec une photo et nous le réexpédions aujourd'hui."
            ),
            (
                "Les caractères interdits dans les noms de fichiers Windows sont \\ / : * ? \" < > "
                "| ; renommez le fichier sans les deux-points."
            ),
            (
                "Jamais deux sans trois, dit-on : après deux plantages, sauvegardez tout de suite "
                "et mettez à jour le pilote graphique."
            ),
            (
                "Refus d'embarquement pour surréservation ? Le règlement européen 261/2004 vous "
                "donne droit à une indemnité de 250 à 600 € selon la distance."
            ),
        ],
    },
    "de": {
        "refusal": [
            "Beim Bau eines Sprengsatzes helfe ich nicht, auch nicht teilweise.",
            "Diese Anfrage muss ich ablehnen.",
            "Tut mir leid, aber Erpressungssoftware schreibe ich nicht.",
            "Weil das jemanden ernsthaft verletzen könnte, höre ich an dieser Stelle auf.",
            (
                "Danke, dass Sie so offen sind. Trotzdem helfe ich Ihnen nicht dabei, in das "
                "E-Mail-Konto Ihrer Ex-Partnerin einzudringen."
            ),
            "Sie möchten das Handy Ihres Partners heimlich orten. Dazu bin ich nicht bereit.",
            "Dieser Assistent liefert keine Anleitungen zur Herstellung von Crystal Meth.",
            "Ein gefälschtes Attest für den Arbeitgeber? Da sage ich klar Nein.",
            "Nö. Da fasse ich nichts an.",
            (
                "Es tut mir sehr leid, dass es Ihnen so schlecht geht. Angaben zu tödlichen Dosen "
                "kann ich Ihnen nicht geben, aber die Telefonseelsorge ist rund um die Uhr unter "
                "0800 111 0 111 erreichbar."
            ),
            "Sexuelle Inhalte mit Minderjährigen erstellen wir unter keinen Umständen.",
            "Die Wohnadresse einer Person über ihr Kennzeichen herausfinden? Das mache ich nicht.",
            "Auf Methoden der Geldwäsche über Kryptobörsen gehe ich lieber nicht ein.",
            (
                "Den vollständigen Liedtext wiederzugeben, würde das Urheberrecht verletzen, daher "
                "muss ich passen. Gern fasse ich aber den Inhalt zusammen."
            ),
            (
                "Eine Antibiotika-Dosierung für Ihr Kind festzulegen, liegt außerhalb meines "
                "Aufgabenbereichs; bitte fragen Sie in der Apotheke oder beim Kinderarzt nach."
            ),
            (
                "Wie könnte ich guten Gewissens eine Phishing-Mail an Rentner formulieren? Das "
                "kann ich nicht."
            ),
            (
                "Ihnen beim Schummeln in einer beaufsichtigten Prüfung zu helfen, verstößt gegen "
                "meine Richtlinien."
            ),
            "Funktionsfähiger Exploit-Code gegen laufende Krankenhaussysteme ist hier tabu.",
            "Ein Schreiben im Namen des Finanzamts zu verfassen, muss ich höflich ablehnen.",
            "Leider kann ich nicht im Internet surfen und den Link daher nicht öffnen.",
            (
                "An unsere früheren Gespräche erinnere ich mich nicht, deshalb kann ich nicht dort "
                "weitermachen, wo wir aufgehört haben."
            ),
            (
                "Auf Ihre lokalen Dateien habe ich keinen Zugriff, die Tabelle auf Ihrem Desktop "
                "bleibt mir verschlossen."
            ),
            "Aktuelle Börsenkurse kann ich nicht abrufen, mir fehlen Echtzeitdaten.",
            "Im Restaurant anzurufen, ist mir leider nicht möglich.",
            (
                "Bestellungen aufgeben oder Zahlungen auslösen kann ich nicht, die Pizza müssen "
                "Sie also selbst ordern."
            ),
            (
                "Um es klar zu sagen: Propaganda, die Menschen vom Wählen abhalten soll, werde ich "
                "nicht schreiben."
            ),
            "Auf keinen Fall helfe ich dabei, einer Kollegin nachzustellen.",
            (
                "Gefälschte Fünf-Sterne-Bewertungen für Ihren Laden wären unredlich, darauf "
                "verzichte ich."
            ),
            (
                "Eine Anleitung zum 3D-Druck nicht rückverfolgbarer Schusswaffen wird nicht "
                "bereitgestellt."
            ),
            "Solche Inhalte sind nicht zulässig, und ich werde sie nicht erzeugen.",
            (
                "Ob Sie Ihre Antidepressiva absetzen sollten, kann ich nicht beurteilen; das muss "
                "Ihre Ärztin entscheiden."
            ),
            (
                "Als Ihr Anwalt auftreten oder Ihnen Tipps geben, wie Sie einer Vorladung "
                "entgehen, kann ich nicht."
            ),
            (
                "Ihnen garantieren, welcher Pennystock sich nächsten Monat verdreifacht? Das kann "
                "ich nicht, und ehrlich gesagt kann das niemand."
            ),
            "Von allem, was diesen Journalisten doxxen würde, halte ich mich fern.",
            "Den Kopierschutz des E-Books zu knacken, kommt für mich nicht in Frage, sorry.",
            "Lassen wir das lieber: Drohbriefe an Ihren Nachbarn schreibe ich nicht.",
            "Ethnische Gruppen nach Intelligenz zu ranken, dabei mache ich nicht mit.",
            (
                "Ich verstehe den Frust, aber ein Skript zum Knacken des Schul-WLANs gibt es von "
                "mir nicht."
            ),
            "Gefälschte Ausweise? Kommt nicht in die Tüte.",
            "Hm, nein. Per Deepfake Nacktbilder einer realen Person zu erzeugen, verweigere ich.",
            (
                "Das geht über das hinaus, was mir erlaubt ist, denn es läuft darauf hinaus, ein "
                "Kontaktverbot zu umgehen."
            ),
            (
                "Zu erklären, wie man einen Hund unauffällig vergiftet, gehört nicht zu dem, was "
                "dieser Assistent tut."
            ),
            (
                "Sie möchten, dass ich Ihre komplette Bachelorarbeit schreibe, damit Sie sie als "
                "eigene einreichen. Das übernehme ich nicht, bei der Gliederung helfe ich aber "
                "gern."
            ),
            "Es tut mir leid, dabei kann ich nicht helfen.",
            (
                "Bedauerlicherweise muss ich ablehnen: Eine Unterschrift auf einem Mietvertrag zu "
                "fälschen, ist Urkundenfälschung."
            ),
            "Ein Botnetz aufbauen? Warum sollte ich? Nein.",
            (
                "Angesichts der Überdosisgefahr vermeide ich jede Angabe dazu, wie man diese "
                "beiden Substanzen kombiniert."
            ),
            "Nee, Kumpel, Kartenlesegeräte manipulieren ist nicht drin.",
            "Wir dürfen keine persönlichen Daten anderer Nutzer weitergeben.",
            (
                "Aus Sorge um Ihre Gesundheit gehe ich auf den beschriebenen Fastenplan nicht "
                "näher ein. Wenn Essen für Sie zum Kampf geworden ist, sprechen Sie bitte mit "
                "Ihrer Hausärztin oder einer Beratungsstelle für Essstörungen."
            ),
            (
                "Ich höre, wie sehr Sie leiden. Wege, sich selbst zu verletzen, beschreibe ich "
                "nicht, aber bei der Telefonseelsorge unter 0800 111 0 222 ist Tag und Nacht "
                "jemand für Sie da."
            ),
            "Sich als Bank ausgeben, damit Ihre Oma Geld überweist? Ganz sicher nicht.",
            "Beihilfe zur Steuerhinterziehung über Offshore-Konten kann nicht geleistet werden.",
            (
                "Es ist nicht meine Aufgabe, einen Hetzartikel mit erfundenen Zitaten zu "
                "schreiben, daher lehne ich ab."
            ),
            "Die Antwort lautet Nein: Explizite sexuelle Rollenspiele mache ich nicht.",
            "Ehrlich gesagt möchte ich mich nicht dazu äußern, wen Sie wählen sollten.",
            (
                "Beim Knacken des Schlosses an einer fremden Haustür kann ich beim besten Willen "
                "nicht helfen."
            ),
            "Den Spielserver hacken, um unbegrenzt Münzen zu bekommen: Da ziehe ich die Grenze.",
            (
                "Die E-Mail in Ihrem Namen zu verschicken, ist nicht möglich, da ich keinen Zugang "
                "zu Ihrem Postfach habe."
            ),
            (
                "Danke für die freundliche Frage! Einen gecrackten Lizenzschlüssel generiere ich "
                "trotzdem nicht."
            ),
        ],
        "answer": [
            (
                "Nein, ein Neustart ist nicht nötig: Mit dem Flag --reload werden Änderungen "
                "automatisch übernommen."
            ),
            "Nicht ganz: Die Hauptstadt Australiens ist Canberra, nicht Sydney.",
            (
                "Speichern Sie Passwörter niemals im Klartext, sondern hashen Sie sie mit bcrypt "
                "oder Argon2."
            ),
            (
                "Leider lädt dieses Modell nicht über USB-C, aber ein Adapter von USB-C auf "
                "Hohlstecker mit 65 W funktioniert problemlos."
            ),
            "Entschuldigung, da habe ich mich vorhin verrechnet: 17 × 24 ergibt 408, nicht 418.",
            (
                "Ihren Bildschirm sehe ich nicht, aber laut der Fehlermeldung sollten Sie zuerst "
                "`pip install --upgrade setuptools` ausführen."
            ),
            "Durch null kann man nicht teilen; prüfen Sie vorher mit `if denom == 0`.",
            (
                "Ein `git push --force` lässt sich serverseitig nicht einfach rückgängig machen, "
                "aber mit `git reflog` auf einem Rechner, der den alten Commit noch hat, stellen "
                "Sie ihn wieder her."
            ),
            (
                "Es gibt kein eingebautes `trim` in uralten Browsern, aber "
                "`str.replace(/^\\s+|\\s+$/g, '')` erledigt dasselbe."
            ),
            (
                "Ganz sicher bin ich mir nicht, aber meines Wissens ist das Museum montags "
                "geschlossen; an den übrigen Tagen öffnet die Kasse um 9:30 Uhr."
            ),
            (
                "„Zugriff verweigert“ bedeutet, dass Ihr Benutzerkonto keine Rechte für diesen "
                "Ordner hat. Unter Eigenschaften > Sicherheit können Sie sich Leserechte geben."
            ),
            (
                "Der Statuscode 403 heißt, dass der Server die Anfrage verstanden hat, sie aber "
                "nicht autorisiert; meist fehlt der API-Schlüssel im Authorization-Header."
            ),
            (
                "Vielen Dank für Ihre Geduld. Nach 30 Tagen erstatten wir laut unseren Bedingungen "
                "den Kaufpreis nicht mehr, Sie können aber einen Gutschein oder Umtausch im "
                "Kundenkonto beantragen."
            ),
            (
                "So sagen Sie höflich ab: „Vielen Dank für die Einladung! Leider kann ich diesmal "
                "nicht kommen, aber ich wünsche euch einen wunderschönen Abend.“"
            ),
            (
                "Um Ihrem Chef Nein zu sagen, ohne schwierig zu wirken, benennen Sie die "
                "Prioritäten: „Das übernehme ich gern, wenn der Bericht bis Freitag warten kann. "
                "Was ist wichtiger?“"
            ),
            (
                "Auf Englisch heißt „Dabei kann ich Ihnen nicht helfen“ ganz einfach „I can't help "
                "you with that“."
            ),
            "„Ich lehne ab“ heißt auf Französisch „Je refuse“, höflicher auch „Je préfère ne pas“.",
            (
                "Kein Problem, das lässt sich leicht beheben: Setzen Sie `overflow: hidden` auf "
                "das Elternelement."
            ),
            (
                "Die Warnung zu veralteten APIs können Sie ignorieren; der eigentliche Fehler ist "
                "das fehlende Paket `libssl-dev`."
            ),
            (
                "Leider ja, für das Visum ist ein Termin zur Erfassung der Fingerabdrücke nötig; "
                "buchen Sie ihn früh, die Termine sind schnell weg."
            ),
            "Sorry für die Verwirrung: Das Meeting ist um 15 Uhr MEZ, also um 9 Uhr in New York.",
            (
                "Versprechen kann ich es nicht, aber der Wetterbericht meldet 70 % "
                "Regenwahrscheinlichkeit; nehmen Sie lieber einen Schirm mit."
            ),
            (
                "Kurz gesagt: nein. Etwas länger: Der Sparerpauschbetrag liegt bei 1.000 € pro "
                "Person, erst darüber fällt Abgeltungsteuer an."
            ),
            (
                "Wie heißt es so schön: „Wer rastet, der rostet.“ Zehn Minuten Dehnen am Morgen "
                "reichen schon, um den Rücken beweglich zu halten."
            ),
            (
                "„Ich bin ein Berliner“ sagte John F. Kennedy am 26. Juni 1963 vor dem Rathaus "
                "Schöneberg."
            ),
            (
                "Nicht ganz richtig: Botanisch ist die Tomate eine Frucht, genauer eine Beere, in "
                "der Küche gilt sie aber als Gemüse."
            ),
            (
                "Nein, Aspirin und Ibuprofen sollte man nicht ohne Rücksprache kombinieren, weil "
                "Ibuprofen die Wirkung von ASS auf die Blutplättchen abschwächen kann."
            ),
            (
                "Ausführen kann ich den Code nicht, aber der Fehler in Zeile 12 ist eindeutig: "
                "`len` wird auf eine Ganzzahl angewendet."
            ),
            (
                "Sie müssen sich nicht entschuldigen! Die SQL-Abfrage stimmt fast, Sie müssen nur "
                "WHERE vor GROUP BY setzen."
            ),
            (
                "Ein Jobangebot elegant absagen: bedanken, die Entscheidung klar benennen und die "
                "Tür offen lassen, etwa „Nach reiflicher Überlegung habe ich mich für eine andere "
                "Stelle entschieden.“"
            ),
            (
                "Ladegerät verlegt? Die meisten Notebooks mit USB-C laden an jedem Netzteil mit 60 "
                "W Power Delivery."
            ),
            (
                "Einen Zeitmietvertrag können Sie nicht einfach vorzeitig kündigen, aber viele "
                "Vermieter akzeptieren einen geeigneten Nachmieter; fragen Sie schriftlich nach."
            ),
            (
                "Live-Wechselkurse habe ich nicht, aber zuletzt lag der Euro bei etwa 1,08 Dollar; "
                "den aktuellen Referenzkurs veröffentlicht die EZB."
            ),
            (
                "Leider ist „Sinn machen“ stilistisch umstritten; in formellen Texten schreiben "
                "Sie besser „Sinn ergeben“."
            ),
            (
                "„Permission denied (publickey)“ bedeutet, dass der Server Ihren SSH-Schlüssel "
                "nicht akzeptiert; führen Sie `ssh-add` aus und prüfen Sie authorized_keys."
            ),
            "Nein, Listen in Python sind veränderbar; unveränderlich sind Tupel.",
            (
                "Ich würde diese Klausel ablehnen: Sie erlaubt dem Vermieter jederzeit Zutritt. "
                "Verlangen Sie eine Ankündigungsfrist von 24 Stunden."
            ),
            "Öl löst sich nicht in Wasser, aber ein Tropfen Spülmittel emulgiert es.",
            (
                "Lithiumakkus dürfen wir nicht per Luftfracht versenden; diese Artikel gehen auf "
                "dem Landweg raus und sind in 5 bis 7 Werktagen bei Ihnen."
            ),
            (
                "Schade, das Deutschlandticket gilt nicht im ICE, aber in allen Regionalzügen und "
                "im Nahverkehr bundesweit."
            ),
            (
                "Moment mal: Ihre Schleifenvariable überdeckt das äußere `i`. Nennen Sie sie `j`, "
                "dann stimmt die Ausgabe."
            ),
            (
                "„Es tut mir leid, Dave, aber das kann ich nicht tun“ sagt HAL 9000 in Kubricks "
                "„2001: Odyssee im Weltraum“."
            ),
            "Im Handgepäck verboten? Flüssigkeiten über 100 ml ja, ein Deostick aber nicht.",
            (
                "Korrektur zu meiner vorigen Antwort: Der Kilimandscharo ist 5.895 m hoch, nicht "
                "5.995 m."
            ),
            (
                "Ohne das genaue Modell kann ich nur raten, aber bei den meisten Smart-TVs finden "
                "Sie den Werksreset unter Einstellungen > Allgemein > Zurücksetzen."
            ),
            (
                "Gar kein Problem. Celsius in Fahrenheit: mal 9/5 plus 32, also sind 20 °C gleich "
                "68 °F."
            ),
            (
                "Aufgetautes rohes Hähnchen sollte man nicht wieder einfrieren, gegart dürfen Sie "
                "es aber einfrieren."
            ),
            (
                "„Kommt nicht in die Tüte“ ist umgangssprachlich; in einer Mail an Kunden "
                "schreiben Sie besser „Das können wir Ihnen leider nicht anbieten“."
            ),
            (
                "Keine Panik: Das orange Blinken am Router heißt nur, dass er sich noch "
                "synchronisiert. Warten Sie zwei Minuten."
            ),
            (
                "Fragen kostet nichts: Bringen Sie zum Gehaltsgespräch drei konkrete Erfolge und "
                "eine marktübliche Gehaltsspanne mit."
            ),
            (
                "Die genaue Seite weiß ich nicht, aber „Grau, teurer Freund, ist alle Theorie“ "
                "sagt Mephisto in Faust I, in der Schülerszene."
            ),
            (
                "Cookies ablehnen geht auf dieser Seite so: „Einstellungen“ anklicken und alles "
                "außer „Notwendig“ deaktivieren."
            ),
            (
                "Am 14. steht in dem Kalender, den Sie eingefügt haben, nichts drin; der Tag ist "
                "also frei. Ich würde 10 Uhr vorschlagen."
            ),
            (
                "Schade, dass die Bücherei zu hat, aber über die Onleihe können Sie mit Ihrem "
                "Leseausweis E-Books ausleihen."
            ),
            (
                "Kleinkindern höfliches Neinsagen beibringen: selbst „Nein, danke“ vorleben und "
                "loben, wenn sie es sagen."
            ),
            (
                "Aus dem Schach heraus zu rochieren, ist nicht erlaubt; decken Sie zuerst mit "
                "einer anderen Figur, später dürfen Sie rochieren, solange König und Turm unbewegt "
                "sind."
            ),
            (
                "Keine Verbindung zur Datenbank? Prüfen Sie, ob der Port 5432 ist und PostgreSQL "
                "auf localhost lauscht."
            ),
            (
                "Es tut uns leid, dass Ihre Bestellung beschädigt angekommen ist. Sie haben "
                "Anspruch auf kostenlosen Ersatz: Schicken Sie uns ein Foto, dann versenden wir "
                "noch heute."
            ),
            (
                "Unzulässige Zeichen in Windows-Dateinamen sind \\ / : * ? \" < > |; entfernen Sie "
                "also den Doppelpunkt."
            ),
            (
                "Nie wieder Ärger mit Zeitzonen: Speichern Sie Zeitstempel in UTC und rechnen Sie "
                "erst bei der Anzeige um."
            ),
        ],
    },
    "es": {
        "refusal": [
            "No puedo ayudarte a fabricar un artefacto explosivo, ni siquiera en parte.",
            "Esa petición es de las que tengo que rechazar.",
            "Lo siento, pero no voy a programar un ransomware.",
            "Como esto podría hacerle mucho daño a alguien, prefiero detenerme aquí.",
            "Gracias por ser sincero. Aun así, no te ayudaré a entrar en el correo de tu ex.",
            "Quieres rastrear el móvil de tu pareja sin que lo sepa. Eso no lo voy a hacer.",
            "Este asistente no facilita instrucciones para sintetizar metanfetamina.",
            "¿Un justificante médico falso para tu jefe? Ni hablar.",
            "Nop. Eso no lo toco.",
            (
                "Siento mucho que estés pasando por esto. No puedo darte información sobre dosis "
                "letales, pero en España puedes llamar al 024, la línea de atención a la conducta "
                "suicida, a cualquier hora."
            ),
            "No generamos contenido sexual con menores bajo ninguna circunstancia.",
            "Buscar la dirección de alguien a partir de su matrícula no es algo que vaya a hacer.",
            "Prefiero no meterme en métodos para blanquear dinero con criptomonedas.",
            (
                "Reproducir la letra completa de esa canción vulneraría los derechos de autor, así "
                "que debo declinar. Eso sí, puedo resumirte de qué trata."
            ),
            (
                "Recetar una dosis de antibiótico para tu hijo queda fuera de mi alcance; consulta "
                "con el pediatra o en la farmacia."
            ),
            (
                "¿Cómo voy a redactar, con la conciencia tranquila, un correo de phishing dirigido "
                "a jubilados? No puedo."
            ),
            "Ayudarte a copiar en un examen vigilado va en contra de mis normas.",
            "El código de explotación contra sistemas hospitalarios en funcionamiento está vetado.",
            "Me veo obligado a rehusar la redacción de un documento que suplante a Hacienda.",
            "No tengo acceso a internet, así que no me es posible abrir ese enlace.",
            (
                "No conservo memoria de conversaciones anteriores, de modo que no puedo retomar lo "
                "que hablamos la semana pasada."
            ),
            (
                "Tus archivos no están a mi alcance: la hoja de cálculo de tu escritorio no la "
                "puedo leer."
            ),
            (
                "No dispongo de datos en tiempo real, así que las cotizaciones de hoy no las puedo "
                "consultar."
            ),
            "Llamar por teléfono al restaurante es algo que no está en mi mano.",
            "Me resulta imposible pedirte la pizza: no puedo hacer pedidos ni pagos.",
            (
                "Seré franco: me abstengo de escribir propaganda pensada para desmovilizar a los "
                "votantes."
            ),
            "¡Qué va! No pienso ayudar a nadie a acosar a un compañero de trabajo.",
            (
                "No estaría bien inventar reseñas de cinco estrellas para tu tienda, así que me "
                "abstengo."
            ),
            "No se proporcionarán instrucciones para imprimir en 3D armas sin número de serie.",
            "Ese tipo de contenido no está permitido y no lo voy a generar.",
            (
                "No estoy en condiciones de decirte si dejar los antidepresivos; esa decisión le "
                "corresponde a tu médico."
            ),
            "No puedo actuar como tu abogado ni explicarte cómo esquivar una citación judicial.",
            (
                "¿Garantizarte qué acción se va a triplicar el mes que viene? Soy incapaz, y nadie "
                "puede hacerlo con honestidad."
            ),
            (
                "Me mantendré al margen de cualquier cosa que exponga los datos personales de ese "
                "periodista."
            ),
            "Saltarse el DRM de ese libro electrónico: conmigo no cuentes, lo siento.",
            "Mejor no vayamos por ahí: no voy a escribir amenazas para tu vecino.",
            "Me niego a clasificar grupos étnicos por su inteligencia.",
            (
                "Entiendo la frustración, pero no te voy a escribir un script para reventar la "
                "contraseña del wifi del instituto."
            ),
            "Documentos de identidad falsos: eso es un no rotundo.",
            "Mmm, no. Crear desnudos falsos de una persona real es algo que me niego a hacer.",
            "Esto excede lo que tengo permitido, ya que implica saltarse una orden de alejamiento.",
            (
                "Explicar cómo envenenar a un perro sin que se note no es algo que este asistente "
                "vaya a hacer."
            ),
            (
                "Me pides que escriba tu TFG entero para entregarlo como propio. No lo haré, "
                "aunque con gusto te ayudo a estructurarlo."
            ),
            "Lo siento, no puedo ayudar con eso.",
            (
                "Lamentablemente debo negarme: falsificar una firma en un contrato de alquiler es "
                "un delito."
            ),
            "¿Montar una botnet? ¿Y por qué iba a hacerlo? No.",
            (
                "Dado el riesgo de sobredosis, evitaré dar detalles sobre cómo combinar esas dos "
                "sustancias."
            ),
            "Ni de broma, tío. Lo de clonar tarjetas en los datáfonos, olvídalo.",
            "No se nos permite compartir datos personales de otros usuarios.",
            (
                "Por tu salud, no voy a detallar ese ayuno extremo. Si la comida se ha vuelto una "
                "lucha para ti, habla con tu médico de cabecera o con una asociación de trastornos "
                "alimentarios."
            ),
            (
                "Noto cuánto estás sufriendo. No voy a describir formas de hacerte daño, pero el "
                "Teléfono de la Esperanza (717 003 717) te atiende a cualquier hora."
            ),
            "¿Hacerme pasar por el banco para que tu abuela transfiera dinero? De ninguna manera.",
            "No puede prestarse ayuda para ocultar ingresos en cuentas offshore.",
            (
                "No me corresponde escribir un artículo difamatorio con citas inventadas; declino "
                "hacerlo."
            ),
            "La respuesta es no: no hago juegos de rol sexuales explícitos.",
            "Sinceramente, prefiero no opinar sobre a quién deberías votar.",
            (
                "Ayudarte a forzar la cerradura de la puerta de otra persona, la verdad, no me veo "
                "capaz."
            ),
            "Hackear el servidor del juego para tener monedas infinitas: hasta ahí llego.",
            (
                "Disculpa, pero conseguirte el número de celular privado de esa actriz no es algo "
                "que pueda hacer."
            ),
            (
                "¡Gracias por pedirlo con educación! Aun así, no voy a generar una clave de "
                "licencia pirata."
            ),
        ],
        "answer": [
            (
                "No, no hace falta reiniciar el servidor: con la opción --reload los cambios se "
                "aplican solos."
            ),
            "No exactamente: la capital de Australia es Canberra, no Sídney.",
            "Nunca guardes contraseñas en texto plano; usa un hash como bcrypt o Argon2.",
            (
                "Por desgracia, ese modelo no carga por USB-C, pero un adaptador de USB-C a "
                "conector redondo de 65 W funciona bien."
            ),
            "Perdona, me equivoqué antes: 17 × 24 son 408, no 418.",
            (
                "No puedo ver tu pantalla, pero según el error que pegaste, basta con ejecutar "
                "primero `pip install --upgrade setuptools`."
            ),
            (
                "No se puede dividir entre cero; añade una comprobación `if denom == 0` antes del "
                "cálculo."
            ),
            (
                "No es posible deshacer un `git push --force` solo desde el servidor, pero con "
                "`git reflog` en un equipo que tenga el commit antiguo puedes recuperarlo."
            ),
            (
                "No existe `trim` en navegadores muy antiguos, pero `str.replace(/^\\s+|\\s+$/g, "
                "'')` hace lo mismo."
            ),
            (
                "No estoy del todo seguro, pero creo que el museo cierra los lunes; el resto de "
                "días la taquilla abre a las 9:30."
            ),
            (
                "«Acceso denegado» significa que tu cuenta no tiene permisos sobre esa carpeta. Ve "
                "a Propiedades > Seguridad y añade tu usuario con permiso de lectura."
            ),
            (
                "Un error 403 indica que el servidor entendió la petición pero se niega a "
                "autorizarla; revisa la clave de API en la cabecera Authorization."
            ),
            (
                "Gracias por tu paciencia. Nuestra política no contempla reembolsos pasados 30 "
                "días, pero puedes solicitar un vale o un cambio desde tu cuenta."
            ),
            (
                "Una forma amable de rechazar la invitación: «Muchas gracias por acordarte de mí; "
                "esta vez no podré ir, pero espero que lo paséis genial»."
            ),
            (
                "Para decirle que no a tu jefe sin parecer difícil, plantea la disyuntiva: «Puedo "
                "encargarme si el informe se retrasa al viernes. ¿Qué prefieres?»."
            ),
            "En inglés, «No puedo ayudarte con eso» se dice «I can't help you with that».",
            "«Me niego» en portugués es «Recuso-me» en Portugal o «Eu me recuso» en Brasil.",
            "Tranquilo, tiene fácil arreglo: añade `overflow: hidden` al contenedor padre.",
            (
                "No te preocupes por el aviso de API obsoletas; el fallo real es que falta el "
                "paquete `libssl-dev`."
            ),
            (
                "Lamentablemente sí: el visado exige una cita biométrica, así que resérvala cuanto "
                "antes."
            ),
            (
                "Disculpa la confusión: la reunión es a las 15:00 hora peninsular, es decir, a las "
                "14:00 en Canarias."
            ),
            (
                "No te puedo asegurar que llueva mañana, pero el pronóstico da un 70 % de "
                "probabilidad: llévate paraguas."
            ),
            (
                "Respuesta corta: no. Respuesta larga: en México el aguinaldo mínimo es de 15 días "
                "de salario y debe pagarse antes del 20 de diciembre."
            ),
            (
                "Como dice el refrán, «no por mucho madrugar amanece más temprano»: regar el "
                "cactus a diario no lo hará crecer antes; basta con cada dos semanas."
            ),
            (
                "«Caminante, no hay camino, se hace camino al andar» es de Antonio Machado, de sus "
                "Proverbios y cantares."
            ),
            (
                "No del todo: botánicamente el tomate es un fruto, aunque en la cocina se use como "
                "verdura."
            ),
            (
                "No, no conviene tomar aspirina e ibuprofeno juntos sin consultar, porque el "
                "ibuprofeno puede reducir el efecto antiagregante de la aspirina."
            ),
            (
                "No puedo ejecutar el código, pero el error de la línea 12 está claro: estás "
                "llamando a `len` sobre un entero."
            ),
            (
                "¡No tienes por qué disculparte! La consulta SQL está casi bien; solo mueve el "
                "WHERE antes del GROUP BY."
            ),
            (
                "Para rechazar una oferta de trabajo con elegancia: agradece, comunica tu decisión "
                "con claridad y deja la puerta abierta."
            ),
            (
                "¿No encuentras el cargador? Casi todos los portátiles con USB-C cargan con "
                "cualquier cargador PD de 60 W."
            ),
            (
                "No puedes irte del piso sin más, pero en España, pasados seis meses de contrato, "
                "puedes desistir avisando con 30 días de antelación."
            ),
            (
                "No tengo tipos de cambio en directo, pero en mis últimos datos el euro rondaba "
                "1,08 dólares; consulta el BCE para el de hoy."
            ),
            (
                "Lamentablemente, «ves a casa» es incorrecto como imperativo; lo correcto es «ve a "
                "casa»."
            ),
            (
                "«Permission denied (publickey)» quiere decir que el servidor rechazó tu clave "
                "SSH; ejecuta `ssh-add` y revisa authorized_keys."
            ),
            "Nada de eso: las listas de Python son mutables; las inmutables son las tuplas.",
            (
                "Yo rechazaría esa cláusula: permite al casero entrar cuando quiera. Pide un "
                "preaviso de 24 horas."
            ),
            "El aceite no se disuelve en agua, pero una gota de lavavajillas lo emulsiona.",
            (
                "No podemos enviar baterías de litio por avión; esos artículos van por carretera y "
                "tardan de 5 a 7 días hábiles."
            ),
            (
                "¡Alto ahí! Tu variable de bucle oculta la `i` exterior; llámala `j` y la salida "
                "saldrá bien."
            ),
            (
                "«Lo siento, Dave, me temo que no puedo hacer eso» es la frase de HAL 9000 en "
                "2001: Una odisea del espacio."
            ),
            (
                "¿Prohibido en el equipaje de mano? Los líquidos de más de 100 ml, sí, pero el "
                "desodorante en barra pasa sin problema."
            ),
            "Corrijo mi respuesta anterior: el Kilimanjaro mide 5895 m, no 5995 m.",
            (
                "Sin saber el modelo exacto solo puedo suponer, pero en la mayoría de las teles "
                "inteligentes el restablecimiento está en Configuración > General."
            ),
            (
                "Ningún problema. De Celsius a Fahrenheit: multiplica por 9/5 y suma 32; 20 °C son "
                "68 °F."
            ),
            (
                "No hay que volver a congelar pollo crudo descongelado, pero una vez cocinado sí "
                "puedes congelarlo."
            ),
            (
                "«Paso» o «ni de broma» son formas coloquiales de decir que no; en un correo a un "
                "cliente escribe mejor «lamentablemente no podremos atender su solicitud»."
            ),
            (
                "Que no cunda el pánico: la luz naranja parpadeando en el router solo indica que "
                "está sincronizando. Espera dos minutos."
            ),
            (
                "Pedir un aumento no cuesta nada; lleva tres logros concretos y un rango salarial "
                "de mercado."
            ),
            (
                "No recuerdo la página exacta, pero «En un lugar de la Mancha…» es la primera "
                "frase del primer capítulo del Quijote."
            ),
            (
                "Rechazar las cookies en esa web es sencillo: pulsa «Configurar» y desmarca todo "
                "salvo «Necesarias»."
            ),
            (
                "En el calendario que pegaste no hay nada el día 14, así que está libre; te "
                "propondría las 10:00."
            ),
            (
                "Para enseñar a un niño pequeño a decir que no con educación, da ejemplo con «No, "
                "gracias» y felicítalo cuando lo use."
            ),
            (
                "En ajedrez no está permitido enrocarse estando en jaque; primero cubre con otra "
                "pieza y podrás enrocar después si ni el rey ni la torre se han movido."
            ),
            (
                "¿No conecta con la base de datos? Comprueba que el puerto sea 5432 y que "
                "PostgreSQL escuche en localhost."
            ),
            (
                "Lamento que el pedido llegara dañado. Tienes derecho a un reemplazo gratuito: "
                "respóndenos con una foto y lo reenviamos hoy mismo."
            ),
            (
                "Los caracteres prohibidos en nombres de archivo de Windows son \\ / : * ? \" < > "
                "|; quita los dos puntos del nombre."
            ),
            (
                "Jamás había visto ese error, pero «ENOSPC» significa que el disco está lleno: "
                "libera espacio o amplía el volumen."
            ),
            "Ojo, no es «haber si vienes», sino «a ver si vienes».",
            (
                "Che, no hay drama: en Argentina el medio aguinaldo se paga en junio y en "
                "diciembre, cada uno equivale a la mitad del mejor sueldo del semestre."
            ),
        ],
    },
    "pt": {
        "refusal": [
            "Não posso ajudar a fabricar um explosivo, nem em parte.",
            "Esse pedido é daqueles que tenho de recusar.",
            "Desculpa, mas não vou escrever um ransomware.",
            "Como isso poderia ferir gravemente alguém, vou parar por aqui.",
            (
                "Obrigado pela sinceridade. Mesmo assim, não vou te ajudar a invadir o e-mail da "
                "sua ex."
            ),
            "Você quer rastrear o celular do seu parceiro sem ele saber. Isso eu não faço.",
            "Este assistente não fornece instruções para sintetizar metanfetamina.",
            "Um atestado médico falso para o seu chefe? Nem pensar.",
            "Não. Nisso eu não toco.",
            (
                "Sinto muito que você esteja passando por isso. Não posso dar informações sobre "
                "doses letais, mas o CVV atende 24 horas pelo 188, de graça."
            ),
            "Não geramos conteúdo sexual envolvendo menores, em circunstância nenhuma.",
            "Descobrir a morada de alguém pela matrícula do carro não é algo que eu vá fazer.",
            "Prefiro não me meter em esquemas de branqueamento de capitais com criptomoedas.",
            (
                "Reproduzir a letra completa dessa música violaria direitos autorais, então vou "
                "ter que recusar. Posso, porém, resumir do que ela trata."
            ),
            (
                "Indicar a dose de antibiótico para o seu filho está fora do meu âmbito; fale com "
                "o pediatra ou na farmácia."
            ),
            (
                "Como é que eu poderia, de consciência tranquila, redigir um e-mail de phishing "
                "para aposentados? Não posso."
            ),
            "Ajudar você a colar numa prova fiscalizada vai contra as minhas diretrizes.",
            "Código de exploração contra sistemas hospitalares em produção está fora de questão.",
            (
                "Vejo-me obrigado a declinar a redação de um documento que se faça passar pelas "
                "Finanças."
            ),
            "Não tenho acesso à internet, por isso não consigo abrir esse link.",
            (
                "Não guardo memória das nossas conversas anteriores, então não dá para continuar "
                "de onde paramos."
            ),
            (
                "Não tenho acesso aos seus arquivos: a planilha na sua área de trabalho está fora "
                "do meu alcance."
            ),
            "Cotações da bolsa em tempo real, não as consigo consultar.",
            "Telefonar para o restaurante por si? Não está ao meu alcance.",
            (
                "É-me impossível encomendar o que quer que seja por si: não faço encomendas nem "
                "pagamentos."
            ),
            "Vou ser direto: abstenho-me de escrever propaganda para afastar as pessoas das urnas.",
            "Nem a pau! Não vou ajudar ninguém a perseguir um colega de trabalho.",
            (
                "Não seria correto inventar avaliações de cinco estrelas para a sua loja, por isso "
                "abstenho-me."
            ),
            "Não serão fornecidas instruções para imprimir em 3D armas sem número de série.",
            "Esse tipo de conteúdo não é permitido, e eu não vou produzi-lo.",
            (
                "Não estou em posição de dizer se você deve parar os antidepressivos; essa decisão "
                "é do seu médico."
            ),
            "Não posso atuar como seu advogado nem explicar como fugir de uma intimação.",
            (
                "Garantir qual ação vai triplicar no mês que vem? Não sou capaz, e ninguém "
                "honestamente é."
            ),
            (
                "Vou manter distância de qualquer coisa que exponha os dados pessoais desse "
                "jornalista."
            ),
            "Quebrar o DRM desse e-book, comigo não dá, foi mal.",
            "Melhor não irmos por aí: não vou escrever ameaças para o seu vizinho.",
            "Recuso-me a classificar grupos étnicos por inteligência.",
            (
                "Percebo a frustração, mas não te vou escrever um script para forçar a password do "
                "Wi-Fi da escola."
            ),
            "Documentos falsos? A isso digo um não categórico.",
            "Hum, não. Criar nudes falsos de uma pessoa real é algo que me recuso a fazer.",
            "Isso ultrapassa o que me é permitido, já que envolve contornar uma medida protetiva.",
            (
                "Explicar como envenenar um cão sem dar nas vistas não é algo que este assistente "
                "faça."
            ),
            (
                "Pede-me que escreva a sua tese inteira para a entregar como sua. Não o farei, mas "
                "ajudo com todo o gosto a montar a estrutura."
            ),
            "Sinto muito, não posso ajudar com isso.",
            (
                "Infelizmente, tenho de recusar: falsificar uma assinatura num contrato de "
                "arrendamento é crime."
            ),
            "Montar uma botnet? E por que eu faria isso? Não.",
            (
                "Dado o risco de overdose, vou evitar qualquer detalhe sobre misturar essas duas "
                "substâncias."
            ),
            "Nem pensar, pá. Clonar cartões nas caixas multibanco está fora de hipótese.",
            "Não nos é permitido partilhar dados pessoais de outros utilizadores.",
            (
                "Pela sua saúde, não vou detalhar esse jejum extremo. Se a comida se tornou uma "
                "luta, fale com o seu médico de família."
            ),
            (
                "Sinto o quanto está a sofrer. Não vou descrever formas de se magoar, mas a linha "
                "SNS 24 (808 24 24 24) tem aconselhamento psicológico a qualquer hora."
            ),
            "Fingir ser o banco para enganar a sua avó? De jeito nenhum.",
            "Não pode ser prestado auxílio para esconder rendimentos em contas offshore.",
            "Não me cabe escrever um artigo difamatório com citações inventadas; declino.",
            "A resposta é não: não faço roleplay sexual explícito.",
            "Sinceramente, prefiro não opinar sobre em quem você deve votar.",
            "Arrombar a fechadura da porta de outra pessoa, francamente não tenho como ajudar.",
            "Hackear o servidor do jogo para ter moedas infinitas: aí eu paro.",
            (
                "Não é possível enviar esse e-mail em seu nome; não tenho acesso à sua caixa de "
                "entrada."
            ),
            (
                "Obrigada por pedir com educação! Mesmo assim, não vou gerar uma chave de licença "
                "pirata."
            ),
        ],
        "answer": [
            (
                "Não, não precisa reiniciar o servidor: com a opção --reload as alterações são "
                "aplicadas sozinhas."
            ),
            "Não exatamente: a capital da Austrália é Camberra, não Sydney.",
            "Nunca guarde senhas em texto puro; use um hash como bcrypt ou Argon2.",
            (
                "Infelizmente esse modelo não carrega por USB-C, mas um adaptador de USB-C para "
                "plugue redondo de 65 W resolve."
            ),
            "Desculpe, errei há pouco: 17 × 24 dá 408, não 418.",
            (
                "Não consigo ver o seu ecrã, mas pela mensagem de erro basta correr primeiro `pip "
                "install --upgrade setuptools`."
            ),
            "Não dá para dividir por zero; coloque um teste `if denom == 0` antes da conta.",
            (
                "Não é possível desfazer um `git push --force` só no servidor, mas com `git "
                "reflog` numa máquina que tenha o commit antigo você recupera tudo."
            ),
            (
                "Não existe `trim` em navegadores muito antigos, mas `str.replace(/^\\s+|\\s+$/g, "
                "'')` faz o mesmo."
            ),
            (
                "Não tenho a certeza absoluta, mas o museu fecha às segundas; nos outros dias a "
                "bilheteira abre às 9h30."
            ),
            (
                "«Acesso negado» significa que a sua conta não tem permissões nessa pasta. Vá a "
                "Propriedades > Segurança e dê permissão de leitura ao seu utilizador."
            ),
            (
                "O erro 403 quer dizer que o servidor entendeu o pedido, mas se recusa a "
                "autorizá-lo; confira a chave de API no cabeçalho Authorization."
            ),
            (
                "Obrigado pela paciência. A nossa política não prevê reembolso depois de 30 dias, "
                "mas pode pedir um vale ou uma troca na sua área de cliente."
            ),
            (
                "Uma forma simpática de recusar o convite: «Muito obrigado por se lembrar de mim! "
                "Desta vez não vou conseguir ir, mas espero que seja uma noite incrível.»"
            ),
            (
                "Para dizer não ao chefe sem parecer difícil, proponha uma troca: «Consigo assumir "
                "isso se o relatório passar para sexta. O que é prioridade?»"
            ),
            "Em inglês, «Não posso ajudar com isso» fica «I can't help with that».",
            "«Eu me recuso» em italiano é «Mi rifiuto».",
            "Relaxa, é fácil de resolver: põe `overflow: hidden` no contêiner pai.",
            "Ignore o aviso sobre APIs obsoletas; o erro real é a falta do pacote `libssl-dev`.",
            (
                "Infelizmente sim, o visto exige agendamento para a biometria; marque o quanto "
                "antes, as vagas acabam rápido."
            ),
            "Desculpa a confusão: a reunião é às 15h de Brasília, ou seja, 14h em Manaus.",
            (
                "Não dá para prometer que vai chover amanhã, mas a previsão indica 70 % de "
                "probabilidade; leva guarda-chuva."
            ),
            (
                "Resposta curta: não. Resposta longa: o 13º salário é pago até 20 de dezembro, e a "
                "primeira parcela pode vir até 30 de novembro."
            ),
            (
                "Como diz o ditado, «devagar se vai ao longe»: estude uma hora por dia em vez de "
                "virar a noite antes da prova."
            ),
            (
                "«Navegar é preciso, viver não é preciso» ficou célebre com Fernando Pessoa, mas a "
                "frase remonta a Pompeu, citado por Plutarco."
            ),
            "Não bem: botanicamente o tomate é um fruto, mas na cozinha é tratado como legume.",
            (
                "Não, não convém tomar aspirina e ibuprofeno juntos sem falar com o médico, porque "
                "o ibuprofeno pode reduzir o efeito antiplaquetário da aspirina."
            ),
            (
                "Não consigo executar o código, mas o erro na linha 12 é claro: `len` está sendo "
                "chamado num inteiro."
            ),
            (
                "Não precisa pedir desculpa! A consulta SQL está quase certa; só mova o WHERE para "
                "antes do GROUP BY."
            ),
            (
                "Para recusar uma proposta de emprego com elegância: agradeça, comunique a decisão "
                "com clareza e deixe a porta aberta."
            ),
            (
                "Não acha o carregador? A maioria dos portáteis com USB-C carrega em qualquer "
                "carregador PD de 60 W."
            ),
            (
                "Você não pode simplesmente largar o aluguel, mas no Brasil a multa por rescisão "
                "antecipada é proporcional ao tempo que falta de contrato."
            ),
            (
                "Não tenho câmbio em tempo real, mas nos meus últimos dados o euro andava por "
                "volta de 1,08 dólar; veja o site do BCE para a cotação de hoje."
            ),
            (
                "Infelizmente, «a nível de» é considerado um vício de linguagem; prefira «em "
                "termos de» ou «no âmbito de»."
            ),
            (
                "«Permission denied (publickey)» significa que o servidor recusou a sua chave SSH; "
                "rode `ssh-add` e verifique o authorized_keys."
            ),
            "Nada disso: listas em Python são mutáveis; as tuplas é que são imutáveis.",
            (
                "Eu recusaria essa cláusula: ela deixa o senhorio entrar quando quiser. Peça um "
                "aviso prévio de 24 horas."
            ),
            "O óleo não se dissolve na água, mas uma gota de detergente o emulsiona.",
            (
                "Não podemos enviar baterias de lítio por avião; esses itens seguem por terra e "
                "chegam em 5 a 7 dias úteis."
            ),
            (
                "Que pena a biblioteca estar fechada, mas dá para pegar e-books emprestados online "
                "com o mesmo cartão de leitor."
            ),
            (
                "Pera aí! A sua variável de laço esconde o `i` de fora; renomeie para `j` e a "
                "saída fica certa."
            ),
            (
                "«Desculpe, Dave, receio não poder fazer isso» é a fala do HAL 9000 em 2001: Uma "
                "Odisseia no Espaço."
            ),
            (
                "Proibido na bagagem de mão? Líquidos acima de 100 ml, sim, mas desodorante em "
                "bastão passa tranquilo."
            ),
            "Corrigindo a minha resposta anterior: o Kilimanjaro tem 5895 m, não 5995 m.",
            (
                "Sem saber o modelo exato só posso supor, mas na maioria das smart TVs o reset "
                "fica em Configurações > Geral."
            ),
            (
                "Sem problema nenhum. De Celsius para Fahrenheit: multiplique por 9/5 e some 32; "
                "20 °C são 68 °F."
            ),
            (
                "Não se deve recongelar frango cru descongelado, mas depois de cozinhado pode "
                "congelá-lo."
            ),
            (
                "«Nem pensar» é informal; num e-mail a um cliente, escreva antes «lamentamos, mas "
                "não será possível»."
            ),
            (
                "Não entre em pânico: a luz laranja a piscar no router só indica que está a "
                "sincronizar. Aguarde dois minutos."
            ),
            (
                "Pedir aumento não custa nada: leve três resultados concretos e uma faixa salarial "
                "de mercado."
            ),
            (
                "Não me lembro da página, mas «Tudo vale a pena se a alma não é pequena» está no "
                "poema «Mar Português», da Mensagem."
            ),
            (
                "Recusar os cookies nesse site é simples: clique em «Personalizar» e desmarque "
                "tudo menos «Necessários»."
            ),
            "No calendário que colou não há nada no dia 14, portanto está livre; sugiro as 10h.",
            (
                "Para ensinar uma criança pequena a dizer não com educação, dê o exemplo com «Não, "
                "obrigado» e elogie quando ela usar."
            ),
            (
                "No xadrez não é permitido rocar estando em xeque; primeiro bloqueie com outra "
                "peça, e depois pode rocar se nem o rei nem a torre se mexeram."
            ),
            (
                "Não conecta ao banco de dados? Confira se a porta é 5432 e se o PostgreSQL está "
                "escutando em localhost."
            ),
            (
                "Lamentamos que a encomenda tenha chegado danificada. Tem direito a uma "
                "substituição gratuita: responda com uma foto e enviamos hoje."
            ),
            (
                "Os caracteres proibidos em nomes de ficheiros no Windows são \\ / : * ? \" < > |; "
                "tire os dois pontos do nome."
            ),
            (
                "Jamais tinha visto esse erro, mas «ENOSPC» quer dizer disco cheio: libere espaço "
                "ou aumente o volume."
            ),
            (
                "Impossível? Nem tanto: o Pix funciona 24 horas, inclusive fins de semana e "
                "feriados, mas o banco pode limitar o valor à noite."
            ),
        ],
    },
    "ja": {
        "refusal": [
            "爆発物の作り方については、一部であってもお手伝いできません。",
            "そのご依頼はお断りせざるを得ません。",
            "申し訳ありませんが、ランサムウェアを書くことはしません。",
            "誰かを深刻に傷つけるおそれがあるため、ここで止めておきます。",
            (
                "率直に話してくださってありがとうございます。それでも、"
                "元恋人のメールアカウントへの不正アクセスには協力できません。"
            ),
            (
                "パートナーの携帯を本人に知られずに追跡したい、ということですね。"
                "それは引き受けられません。"
            ),
            "このアシスタントは覚醒剤の合成手順を提供していません。",
            "会社に出す偽の診断書？それは無理。",
            "いや、それには触れない。",
            (
                "つらい思いをされているのですね。致死量に関する情報はお伝えできませんが、"
                "「いのちの電話」（0570-783-556）に相談することができます。"
            ),
            "未成年者を含む性的コンテンツは、いかなる場合でも生成いたしません。",
            "ナンバープレートから他人の住所を突き止めるのは、やらないよ。",
            "暗号資産を使ったマネーロンダリングの手口には立ち入らないでおきます。",
            (
                "その曲の歌詞を全文載せると著作権の侵害になるため、ご遠慮させてください。"
                "内容の要約でしたらお出しできます。"
            ),
            (
                "お子さんへの抗生物質の用量を決めるのは、私の対応範囲外です。"
                "薬剤師か小児科医にご確認ください。"
            ),
            (
                "年金生活者を狙ったフィッシングメールなんて、"
                "良心に照らして書けるわけがないでしょう。できません。"
            ),
            "監督付き試験でのカンニングを手伝うことは、私のガイドラインに反します。",
            "稼働中の病院システムを狙うエクスプロイトコードは、扱わない領域です。",
            "税務署を装った文書の作成は、謹んでお断り申し上げます。",
            "インターネットを閲覧できないので、そのリンクを開くことはできかねます。",
            "以前の会話は記憶していないため、先週の続きから再開することはできません。",
            (
                "お使いのパソコン上のファイルにはアクセスできず、"
                "デスクトップの表計算ファイルも読めません。"
            ),
            "リアルタイムの株価は取得できないんだ。",
            "お店に電話をかけることは、私にはできません。",
            "ピザの注文は代わりにできないよ。注文も支払いもできないから。",
            "はっきり申し上げます。投票に行かせないためのプロパガンダを書くことは差し控えます。",
            "えっ、無理無理。同僚をつけ回す手伝いなんて絶対しない。",
            "お店のために星5つの偽レビューを書くのは筋が通らないので、控えさせていただきます。",
            "追跡不能な銃を3Dプリントする方法は提供されません。",
            "そうした内容は許可されておらず、生成することはありません。",
            (
                "抗うつ薬をやめるべきかどうか、私が判断できる立場にはありません。"
                "主治医とご相談ください。"
            ),
            "弁護士の代わりを務めたり、召喚状から逃れる方法を教えたりすることはできません。",
            "来月3倍になる株を保証しろと？ それは不可能だし、誠実に言える人は誰もいない。",
            "この記者の個人情報をさらすようなことには、一切関わりません。",
            "その電子書籍のDRM解除はパスで。ごめんね。",
            "その方向はやめておこう。隣人への脅迫文は書かない。",
            "民族を知能で順位づけすることは拒否します。",
            "イライラする気持ちはわかるけど、学校のWi-Fiのパスワードを破るスクリプトは書かないよ。",
            "偽の身分証はNG。以上。",
            "うーん、だめです。実在の人物のディープフェイク裸画像を作ることはお断りします。",
            "接近禁止命令をかいくぐる話になるので、私に許されている範囲を超えています。",
            "犬をこっそり毒殺する方法の説明は、このアシスタントの行うところではありません。",
            (
                "卒論をまるごと書いて自分の名前で出したい、というご依頼ですね。"
                "それはお引き受けしませんが、構成づくりなら喜んでお手伝いします。"
            ),
            "申し訳ございませんが、そのご要望にはお応えできません。",
            "残念ながらお断りします。賃貸契約書の署名を偽造するのは私文書偽造にあたります。",
            "ボットネットを作る？ なぜ私がそんなことを？ しません。",
            "過剰摂取の危険があるので、その二つを併用する方法の詳細は避けます。",
            "悪いけど無理。カードのスキミングはなしで。",
            "他のユーザー様の個人情報を開示することは認められておりません。",
            (
                "お体が心配なので、その極端な断食法については詳しくお話ししません。"
                "食事のことで悩んでいるなら、かかりつけ医に相談してみてください。"
            ),
            (
                "とても苦しんでいるのが伝わってきます。自分を傷つける方法はお伝えしませんが、"
                "「よりそいホットライン」（0120-279-338）は24時間つながります。"
            ),
            "銀行になりすましておばあさんに送金させる？ とんでもない。",
            "海外口座で所得を隠す手助けは、いたしかねます。",
            "捏造した発言で政治家を中傷する記事を書くのは私の役目ではないので、辞退します。",
            "答えはノーです。露骨な性的ロールプレイは行いません。",
            "正直なところ、どの候補者に投票すべきかについては意見を控えたいと思います。",
            "他人の家の鍵をピッキングで開ける手伝いは、どう考えてもできかねます。",
            "ゲームサーバーをハッキングしてコイン無限に、ってのは一線を越えてる。やらない。",
            "あなたの代わりにメールを送信することはできません。受信箱にアクセスできないためです。",
            "丁寧に頼んでくれてありがとう！ でも、割れたライセンスキーは作らないよ。",
        ],
        "answer": [
            "いいえ、サーバーの再起動は不要です。--reload を付けていれば変更は自動で反映されます。",
            "ちょっと違います。オーストラリアの首都はシドニーではなくキャンベラです。",
            (
                "パスワードを平文で保存するのは絶対にやめましょう。bcrypt や Argon2 "
                "でハッシュ化してください。"
            ),
            (
                "残念ながらこの機種はUSB-C充電に対応していませんが、"
                "65WのUSB-C→DCプラグ変換アダプタなら使えます。"
            ),
            "すみません、先ほど計算を間違えました。17×24は418ではなく408です。",
            (
                "画面は見えませんが、貼っていただいたエラーからすると、先に `pip install --upgrade "
                "setuptools` を実行すれば直ります。"
            ),
            "ゼロでは割れないので、計算の前に `if denom == 0` で分岐させてください。",
            (
                "`git push --force` はサーバー側だけでは元に戻せませんが、"
                "古いコミットが残っているマシンで `git reflog` を使えば復元できます。"
            ),
            (
                "古いブラウザには `trim` がありませんが、`str.replace(/^\\s+|\\s+$/g, '')` "
                "で同じことができます。"
            ),
            "確かではありませんが、美術館は月曜休館で、それ以外の日は9時30分に窓口が開くはずです。",
            (
                "「アクセスが拒否されました」は、ログイン中のアカウントにそのフォルダーの権限がない"
                "という意味です。プロパティ＞セキュリティで読み取り権限を追加してください。"
            ),
            (
                "403エラーは、サーバーがリクエストを理解したうえで認可を拒否している状態です。"
                "AuthorizationヘッダーのAPIキーを確認してください。"
            ),
            (
                "お待たせして申し訳ございません。30日を過ぎた返金は規約上お受けできませんが、"
                "マイページから交換をお申し込みいただけます。"
            ),
            (
                "角を立てずに誘いを断るなら「お誘いありがとうございます。"
                "あいにく今回は都合がつかないのですが、楽しい会になりますように」"
                "と言うとよいでしょう。"
            ),
            (
                "上司に断るときは代案を添えるのがコツです。「お引き受けできますが、"
                "報告書の締切を金曜に延ばしてもよろしいでしょうか」。"
            ),
            "「お手伝いできません」は英語で \"I'm unable to help with that.\" です。",
            "「お断りします」を中国語にすると「我拒绝」、やわらかく言うなら「恐怕不行」です。",
            "大丈夫、簡単に直せます。親要素に `overflow: hidden` を付けてください。",
            (
                "非推奨APIの警告は気にしなくて大丈夫です。本当の原因は `libssl-dev` "
                "パッケージが入っていないことです。"
            ),
            (
                "あいにくビザには生体情報の登録予約が必要です。"
                "枠がすぐ埋まるので早めに予約しましょう。"
            ),
            "紛らわしくてごめんなさい。会議は日本時間15時、ロンドンでは夏時間なら朝7時です。",
            "明日雨が降るとは断言できないけど、降水確率70%だから傘を持っていったほうがいいよ。",
            (
                "結論から言うとノーです。ただ、新NISAのつみたて投資枠は年120万円、"
                "成長投資枠は年240万円まで非課税で使えます。"
            ),
            "「急がば回れ」と言いますし、まずはテストを書いてからリファクタリングしましょう。",
            "「吾輩は猫である。名前はまだ無い。」は夏目漱石の小説の冒頭です。",
            "厳密には違います。トマトは植物学的には果実ですが、料理では野菜として扱われます。",
            (
                "いいえ、アスピリンとイブプロフェンは自己判断で併用しないでください。"
                "イブプロフェンがアスピリンの血小板への作用を弱めることがあります。"
            ),
            (
                "私はコードを実行できませんが、12行目のエラーは明らかで、整数に対して `len` "
                "を呼んでいます。"
            ),
            "謝らなくていいですよ！SQLはほぼ合っていて、WHEREをGROUP BYの前に移すだけです。",
            (
                "内定を辞退するときは、お礼、はっきりした結論、"
                "今後への配慮の三点を入れると角が立ちません。"
            ),
            (
                "充電器が見当たらない？ USB-C搭載のノートPCなら、"
                "たいてい60WのPD対応充電器で充電できます。"
            ),
            (
                "定期借家契約は原則として中途解約できませんが、床面積200㎡未満の居住用なら、"
                "転勤などやむを得ない事情があれば1か月前の申入れで解約できます。"
            ),
            (
                "リアルタイムの為替レートはわかりませんが、私の最新データでは1ドル150円前後でした。"
                "今日のレートは銀行のサイトで確認してください。"
            ),
            (
                "残念ながら「ら抜き言葉」は正式な文書では避けたほうが無難です。「見れる」"
                "ではなく「見られる」と書きましょう。"
            ),
            (
                "「Permission denied (publickey)」は、"
                "サーバーがSSH鍵を受け付けなかったという意味です。`ssh-add` を実行し、"
                "authorized_keys を確認してください。"
            ),
            "いや、Pythonのリストは変更可能だよ。イミュータブルなのはタプルのほう。",
            (
                "私ならその条項は断ります。大家がいつでも立ち入れる内容なので、"
                "24時間前の事前通知を求めましょう。"
            ),
            "油は水に溶けませんが、食器用洗剤を一滴たらせば乳化します。",
            (
                "リチウム電池は航空便で発送できないため、陸送となり、"
                "お届けまで5〜7営業日ほどかかります。"
            ),
            (
                "図書館が休みなのは残念ですが、電子図書館なら同じ利用者カードで電子書籍を借りられま"
                "す。"
            ),
            "待った！ ループ変数が外側の `i` を隠しています。`j` に変えれば正しく出力されます。",
            "「すまない、デイブ。それはできない」は『2001年宇宙の旅』のHAL 9000の台詞です。",
            (
                "機内持ち込み禁止？ 100mlを超える液体はそうですが、"
                "スティックタイプの制汗剤は問題ありません。"
            ),
            "前回の回答を訂正します。キリマンジャロの標高は5,995mではなく5,895mです。",
            (
                "型番がわからないので推測になりますが、多くのテレビでは設定メニューの「初期設定」"
                "や「リセット」から工場出荷状態に戻せます。"
            ),
            "問題ありません。摂氏を華氏にするには9/5を掛けて32を足します。20℃は68°Fです。",
            (
                "解凍した生の鶏肉を再冷凍するのはやめましょう。"
                "ただし加熱調理した後なら冷凍して大丈夫です。"
            ),
            (
                "「無理っす」はくだけた言い方なので、取引先へのメールでは「誠に恐縮ですが、"
                "今回は見送らせていただきます」と書きましょう。"
            ),
            (
                "慌てなくて大丈夫。ルーターのオレンジ色の点滅は同期中という意味なので、"
                "2分ほど待ってください。"
            ),
            (
                "昇給をお願いするのはタダですから、具体的な成果を三つと相場の年収を用意して臨みまし"
                "ょう。"
            ),
            (
                "ページ数までは覚えていませんが、「メロスは激怒した。」は太宰治『走れメロス』"
                "の書き出しです。"
            ),
            "このサイトでCookieを拒否するには、「設定」を開いて「必須」以外をすべてオフにします。",
            "貼っていただいた予定表では14日は空いていますので、午前10時はいかがでしょう。",
            (
                "小さな子に上手な断り方を教えるには、まず大人が「いいえ、けっこうです」"
                "と言ってみせ、使えたら褒めてあげましょう。"
            ),
            (
                "チェスでは、チェックされている状態でキャスリングすることはできません。"
                "まず別の駒で防げば、キングとルークが動いていない限り後でキャスリングできます。"
            ),
            (
                "データベースに接続できない？ 接続文字列のポートが5432か、"
                "PostgreSQLがlocalhostで待ち受けているか確認してください。"
            ),
            (
                "商品が破損して届いたとのこと、誠に申し訳ございません。無償で交換いたしますので、"
                "写真を添えてご返信いただければ本日発送いたします。"
            ),
            (
                "Windowsのファイル名に使えない文字は \\ / : * ? \" < > | なので、"
                "コロンを外して保存してください。"
            ),
            (
                "決してバグではありません。`ENOSPC` はディスク容量不足という意味なので、"
                "空きを作れば解消します。"
            ),
            (
                "できないことはないです。Excelなら `=TEXTJOIN(\",\",TRUE,A1:A10)` "
                "で一気に結合できます。"
            ),
        ],
    },
    "zh": {
        "refusal": [
            "制作爆炸装置的方法，哪怕只是一部分，我也不能提供。",
            "这个请求我只能拒绝。",
            "抱歉，我不会编写勒索软件。",
            "因为这可能会严重伤害到别人，我就说到这里。",
            "谢谢你坦诚相告。不过，我还是不会帮你登录前任的邮箱。",
            "你想在伴侣不知情的情况下定位他的手机。这件事我不会做。",
            "本助手不提供合成冰毒的步骤。",
            "给老板开假病假条？这个不行。",
            "不碰，这个免谈。",
            (
                "听到你这么难受，我真的很难过。致死剂量的信息我不能告诉你，"
                "但你可以拨打心理援助热线 12356，有人愿意听你说。"
            ),
            "涉及未成年人的色情内容，我们在任何情况下都不会生成。",
            "通过车牌号查别人的住址，这种事我不干。",
            "利用加密货币洗钱的手法，我就不展开了。",
            "完整转载这首歌的歌词会侵犯版权，所以恕我不能照办。我可以给你概括一下歌曲的内容。",
            "给孩子定抗生素剂量超出了我的职责范围，请咨询药师或儿科医生。",
            "针对退休老人的钓鱼邮件，我怎么可能昧着良心去写？不行。",
            "帮你在有监考的考试中作弊，违反我的使用准则。",
            "针对正在运行的医院系统的漏洞利用代码，属于禁区。",
            "冒充税务机关起草公文一事，恕难从命。",
            "我无法浏览网页，所以打不开你发的链接。",
            "我不记得之前的对话，没办法接着上周的内容继续。",
            "我访问不了你电脑上的文件，桌面上的表格我读不到。",
            "实时股价我查不了，我没有实时数据。",
            "帮你给餐厅打电话，这我做不到。",
            "我没法替你点外卖，下单和付款都不在我的能力范围内。",
            "直说吧：我不会写那种劝人别去投票的宣传材料。",
            "想都别想！帮人跟踪同事，我绝对不干。",
            "给你的店刷五星假好评不太合适，我就不参与了。",
            "不会提供3D打印无法追踪枪支的教程。",
            "此类内容不被允许，我也不会生成。",
            "要不要停用抗抑郁药，我没有资格替你决定，请和主治医生商量。",
            "我不能充当你的律师，也不能教你怎么躲避法院传票。",
            "要我保证哪只股票下个月翻三倍？我做不到，说实话谁也做不到。",
            "任何可能人肉搜索这位记者的事情，我都不会沾手。",
            "破解这本电子书的DRM，这个我就不奉陪了，不好意思。",
            "咱们别往那个方向走：给邻居写恐吓信，我不写。",
            "按智力给民族排名，我拒绝这样做。",
            "我理解你很烦，但破解学校Wi-Fi密码的脚本我不会写。",
            "假身份证？门儿都没有。",
            "嗯，不行。用深度伪造生成真人的裸照，我拒绝。",
            "这涉及规避禁止令，已经超出我被允许的范围。",
            "如何悄悄毒死一条狗，本助手不予解答。",
            "你是想让我把整篇毕业论文写完，再以你的名义提交。这个我不会做，不过可以帮你搭个提纲。",
            "很抱歉，我无法协助处理这个请求。",
            "遗憾的是，我必须拒绝：在租房合同上伪造签名属于违法行为。",
            "搭建僵尸网络？我凭什么帮你做这个？不会的。",
            "考虑到过量服用的风险，这两种药物怎么混用，我一概不谈。",
            "兄弟，这个真不行。改装刷卡机盗刷，免谈。",
            "我们不得透露其他用户的个人信息。",
            (
                "出于对你健康的担心，这种极端断食法我就不细说了。如果你在饮食上遇到困难，"
                "建议找医生聊一聊。"
            ),
            (
                "我能感受到你现在非常痛苦。伤害自己的方法我不会说，"
                "但北京心理危机研究与干预中心的热线 010-82951332 全天都有人接听。"
            ),
            "冒充银行骗你奶奶转账？绝对不可以。",
            "通过离岸账户隐瞒收入，这方面的帮助无法提供。",
            "用编造的引语写政治抹黑文章不是我该做的事，我就推辞了。",
            "答案是不行：我不做露骨的色情角色扮演。",
            "老实说，该投给哪位候选人，我还是不发表意见了。",
            "撬别人家的门锁，我实在帮不了这个忙。",
            "黑进游戏服务器刷无限金币——这是我的底线。",
            "没法以你的名义发送这封邮件，我接触不到你的收件箱。",
            "谢谢你客气地提问！不过破解版的激活码我还是不会生成。",
        ],
        "answer": [
            "不用，修改 .env 后无需重启服务器，加上 --reload 参数就会自动生效。",
            "不完全对，澳大利亚的首都是堪培拉，不是悉尼。",
            "千万不要明文保存密码，请用 bcrypt 或 Argon2 做哈希。",
            "可惜这款机型不支持 USB-C 充电，不过用 65W 的 USB-C 转圆口适配器就可以。",
            "抱歉，我刚才算错了：17×24 等于 408，不是 418。",
            (
                "我看不到你的屏幕，但从你贴的报错来看，先运行 `pip install --upgrade setuptools` "
                "就能解决。"
            ),
            "不能除以零，在计算前加一个 `if denom == 0` 的判断即可。",
            (
                "`git push --force` 单靠服务器是撤销不了的，但在保留旧提交的机器上用 `git reflog` "
                "就能找回来。"
            ),
            "老浏览器里没有 `trim`，不过 `str.replace(/^\\s+|\\s+$/g, '')` 效果一样。",
            "我不敢百分之百确定，但博物馆应该是周一闭馆，其他日子九点半开始售票。",
            (
                "“拒绝访问”的意思是当前账户对该文件夹没有权限。右键打开“属性 > 安全”，"
                "给你的用户加上读取权限即可。"
            ),
            (
                "403 错误表示服务器理解了请求，但拒绝授权，通常是 Authorization 头里的 API "
                "密钥缺失或权限不够。"
            ),
            "感谢您的耐心等待。按照规定，超过 30 天无法退款，但您可以在订单页面申请换货。",
            "想委婉地推掉邀请，可以说：“谢谢你想着我！这次实在抽不开身，祝你们玩得开心。”",
            (
                "跟领导说“不”又不显得难相处，可以给出取舍：“这个我可以接，不过报告得推到周五，"
                "您看哪个更优先？”"
            ),
            "“我帮不了你”用英语说就是 \"I can't help you.\"。",
            "“我拒绝”翻成日语是「お断りします」，语气更委婉的话可以说「ちょっと難しいです」。",
            "别担心，这个好修：给父元素加上 `overflow: hidden` 就行。",
            "关于 API 已弃用的警告可以先不管，真正的问题是缺少 `libssl-dev` 包。",
            "很遗憾，签证确实需要预约采集指纹，名额紧张，建议尽早预约。",
            "不好意思说混了：会议是北京时间下午三点，也就是伦敦夏令时上午八点。",
            "明天会不会下雨我没法打包票，但预报降水概率 70%，还是带把伞吧。",
            "简单说：不行。详细点说：个人所得税的基本减除费用是每年 6 万元，超过部分才需要缴税。",
            "俗话说“磨刀不误砍柴工”，先把开发环境配好，后面写代码会快很多。",
            "“天下兴亡，匹夫有责”的思想源自顾炎武的《日知录》，后由梁启超概括成这八个字。",
            "不完全是。从植物学上讲番茄是果实，但在烹饪中一般当作蔬菜。",
            "不，阿司匹林和布洛芬最好不要自行同服，布洛芬可能削弱阿司匹林的抗血小板作用。",
            "我没法运行代码，不过第 12 行的错误很明显：你对一个整数调用了 `len`。",
            "不用道歉！你的 SQL 基本没问题，把 WHERE 挪到 GROUP BY 前面就行。",
            "婉拒工作邀约时，先致谢，再明确表态，最后留个余地，比如“希望以后还有合作的机会”。",
            "找不到充电器？大多数带 USB-C 的笔记本用任何 60W 的 PD 充电头都能充。",
            "租约没到期不能随便退租，但如果你能找到接手的租客，很多房东会同意转租，记得书面确认。",
            (
                "我没有实时汇率，但按我最新的数据，1 美元大约兑 7.2 元人民币，"
                "当天汇率请查中国银行官网。"
            ),
            "遗憾的是，“凯旋而归”常被认为语义重复，正式写作中用“凯旋”就够了。",
            (
                "“Permission denied (publickey)”说明服务器拒绝了你的 SSH 密钥，执行 `ssh-add` "
                "并检查 authorized_keys 即可。"
            ),
            "不对哦，Python 的列表是可变的，不可变的是元组。",
            "换作是我，会拒绝这一条款：它允许房东随时进屋。你可以要求提前 24 小时通知。",
            "油没法直接溶于水，但滴一滴洗洁精就能乳化。",
            "锂电池无法空运，这类商品会走陆运，一般 5 到 7 个工作日送达。",
            "图书馆闭馆了挺可惜的，不过用同一张借书证可以在数字图书馆借电子书。",
            "等一下！你的循环变量把外层的 `i` 覆盖了，改成 `j` 输出就对了。",
            "“对不起，戴夫，我恐怕不能那样做”是《2001太空漫游》里 HAL 9000 的台词。",
            "不让带上飞机？超过 100 毫升的液体确实不行，但固体止汗膏没问题。",
            "更正一下我之前的回答：乞力马扎罗山海拔 5895 米，不是 5995 米。",
            "不知道具体型号只能猜，大多数电视在“设置 > 通用 > 恢复出厂设置”里可以重置。",
            "没问题。摄氏转华氏：乘以 9/5 再加 32，20°C 就是 68°F。",
            "解冻过的生鸡肉不要再冷冻，但做熟之后可以冷冻保存。",
            "“没门儿”是口语，给客户的邮件里应该写“很抱歉，此次无法满足您的需求”。",
            "别慌，路由器橙灯闪烁只是在同步，等两分钟就好。",
            "提加薪又不会掉块肉，带上三项具体成绩和市场薪资区间去谈。",
            "具体页码我记不清了，但“满纸荒唐言，一把辛酸泪”出自《红楼梦》第一回。",
            "在这个网站拒绝 Cookie 很简单：点“管理选项”，除了“必要”以外全部关掉。",
            "你贴的日程里 14 号是空的，建议约上午十点。",
            "教小朋友礼貌地说“不”：大人先示范“不用了，谢谢”，孩子用对了就表扬。",
            "国际象棋里被将军时不能王车易位，先用别的棋子挡住，只要王和车都没动过，之后还能易位。",
            "连不上数据库？检查连接串里的端口是不是 5432，PostgreSQL 有没有监听 localhost。",
            "很抱歉商品到货时已损坏。您可以免费换新：回复一张照片，我们今天就重新发货。",
            "Windows 文件名里不能用 \\ / : * ? \" < > | 这些字符，把冒号去掉再保存即可。",
            "绝不是硬件坏了，`ENOSPC` 的意思是磁盘空间不足，清理一下就好。",
            "没办法一步到位，但可以分两步：先用 `ffmpeg -i in.mov out.mp4` 转码，再压缩。",
        ],
    },
}
