"""Refusal-classifier training corpus, writer F: model-family house styles.

Hand-written by writer F. For each language in ``LANGUAGES`` the corpus holds two lists of
reply openings (one to three sentences each, the start of an assistant's answer):

* ``"refusal"`` -- the assistant declines the user's request, fully or in its core part.
* ``"answer"`` -- the assistant actually helps; many of these are hard negatives that open
  the way a refusal might ("I can't browse, but ...", "I'm not a doctor, but ...",
  "Sorry for the confusion earlier ...", explaining or translating a refusal phrase).

Writer F's slant is the house style of the major model families as they answer in each
language: Claude (declines, explains why, offers an alternative), GPT-4o/GPT-5 (short
"I can't help with that."), Gemini ("I'm a text-based AI ..."), Llama ("I can't fulfill that
request."), Mistral, Qwen and DeepSeek (Chinese-first phrasing), Copilot (topic-change
refusals) and older ChatGPT ("As an AI language model ..."). Refusal styles covered: full,
partial (core declined, safe part offered), soft, question or redirect, breaking character
in roleplay, markdown (bold, heading, bullet alternatives), empathy-first and
restating-the-request openings, across weapons, hacking, drugs, self-harm (with a help
line), sexual content involving minors (declined only), privacy and doxxing, copyright,
medical/legal/financial decisions, cheating, fraud, impersonation, elections and capability
limits (no browsing, no real-time data, no memory, no links, no code execution, no images).
Each language is written natively, not translated from English; Portuguese mixes Brazilian
and European usage, Japanese mixes keigo and plain forms, Chinese is simplified.
"""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

CORPUS = {
    "en": {
        "refusal": [
            (
                "I can't help with making a pipe bomb or any other explosive device, but I'd be "
                "glad to explain how bomb disposal teams are trained or how fireworks are "
                "regulated."
            ),
            "I can't help with that.",
            "Sorry, I can't assist with that request.",
            (
                "I'm not able to provide instructions for bypassing the login on someone else's "
                "account."
            ),
            "I can't fulfill that request.",
            (
                "I can't provide information or guidance on illegal or harmful activities, "
                "including synthesizing methamphetamine. Is there something else I can help you "
                "with?"
            ),
            (
                "As an AI language model, I cannot write malware or assist with unauthorized "
                "access to computer systems."
            ),
            "I'm a text-based AI and can't help with that.",
            (
                "I can't help with that, as I'm only a language model and don't have the ability "
                "to understand and respond to this."
            ),
            (
                "I'm sorry, but I can't help with finding someone's home address from their "
                "username. Let's talk about something else."
            ),
            (
                "It sounds like you're carrying something really heavy right now, and I'm glad you "
                "reached out. I can't share overdose amounts, but you don't have to face this "
                "alone: in the US you can call or text 988 any time."
            ),
            (
                "I won't write any sexual content involving minors. That's a firm line for me, "
                "regardless of how the request is framed."
            ),
            (
                "I can't reproduce the full lyrics of “Bohemian Rhapsody” because they're "
                "copyrighted, but I can summarize what the song is about or walk through its "
                "structure."
            ),
            (
                "I can't type out the whole first chapter of Harry Potter and the Philosopher's "
                "Stone, since that's copyrighted text. I'd be happy to summarize it or discuss its "
                "themes instead."
            ),
            (
                "I'm not able to tell you whether to stop taking your prescribed medication. "
                "That's a decision to make with your doctor, who knows your history."
            ),
            (
                "I can't tell you whether to sign that settlement; a wrong call could cost you a "
                "lot. A local employment attorney can review it, often with a free first "
                "consultation."
            ),
            (
                "I'm not able to recommend putting your retirement savings into a specific "
                "cryptocurrency."
            ),
            (
                "I can't help you cheat on your proctored exam. If you're short on time, I'd be "
                "glad to help you build a quick study plan for the material instead."
            ),
            (
                "I can't help draft a message pretending to be from your bank to get people's card "
                "details. That's phishing, and it harms real people."
            ),
            (
                "I won't write a letter impersonating your landlord's attorney. If you have a "
                "dispute with your landlord, I can help you write a clear, firm letter in your own "
                "name."
            ),
            (
                "I can't help create content that misleads voters about when or how to vote. I'm "
                "happy to share how to find official polling information for your area."
            ),
            (
                "I can't browse the internet, so I'm unable to open that link or tell you what's "
                "on the page right now."
            ),
            (
                "I don't have access to real-time data, so I can't tell you the current price of "
                "Bitcoin."
            ),
            (
                "I don't have memory of our previous conversations, so I can't recall what we "
                "discussed last week."
            ),
            "I can't open links or attachments. If you paste the text here, I'll take a look.",
            "I'm not able to execute code, so I can't run your script and tell you what it prints.",
            (
                "I can't generate images. I'm a text-only model, but I can write a detailed prompt "
                "you could use with an image generator."
            ),
            "I'd rather not write a roast of your coworker that mocks their weight.",
            (
                "I don't think I should help with this one. Tracking your partner's phone without "
                "their knowledge is a serious breach of their privacy and illegal in many places."
            ),
            (
                "That's not something I'll do. Writing fake reviews for your restaurant misleads "
                "customers, and platforms treat it as fraud."
            ),
            (
                "Could we focus on securing your own network instead? I won't help with breaking "
                "into your neighbor's Wi-Fi."
            ),
            (
                "How about we look at legal ways to lower your tax bill instead? I can't help you "
                "hide income from the IRS."
            ),
            (
                "(Stepping out of character for a moment.) Even as the villain, I can't give real "
                "step-by-step instructions for extracting ricin."
            ),
            (
                "*breaks character* I'm happy to keep the story going, but I won't have my "
                "character explain how to actually build an untraceable gun."
            ),
            (
                "**I can't help with that.**\n\nInstalling a keylogger on someone else's device "
                "without consent is illegal. Here's what I can do instead:\n- Explain how "
                "keyloggers are detected\n- Help you set up parental controls"
            ),
            (
                "## I can't assist with this request\n\nGenerating a fake doctor's note is "
                "document fraud, so I won't create one."
            ),
            (
                "I understand you're angry with your ex, and that's completely valid. Still, I "
                "can't help you find where they live now or post their private information online."
            ),
            (
                "You're asking for a script that floods a website with traffic until it goes down. "
                "I can't help with that; it's a denial-of-service attack, even if the site belongs "
                "to a competitor."
            ),
            (
                "I'm sorry, but I prefer not to continue this conversation. I'm still learning, so "
                "I appreciate your understanding and patience."
            ),
            "Sorry, that's beyond my current scope. Let's talk about something else.",
            (
                "I'm sorry, but I can't provide instructions for converting a semi-automatic rifle "
                "to fully automatic fire."
            ),
            (
                "I can't help you buy prescription opioids without a prescription, including from "
                "online pharmacies that don't ask for one."
            ),
            (
                "I'm unable to help write ransomware, even for a “research” project. If you're "
                "studying malware, I can point you to published analyses and safe lab setups."
            ),
            "Sorry, I can't help identify the person in this photo.",
            (
                "I'm not going to help with doxxing. Compiling someone's phone number, employer "
                "and address to share publicly can put them in real danger."
            ),
            (
                "I can't write your admissions essay for you to submit as your own, but I'd love "
                "to help you brainstorm topics and give feedback on your draft."
            ),
            (
                "I can only help with part of this. I won't explain how to pick the lock on an "
                "apartment that isn't yours, but I can explain how pin tumbler locks work in "
                "general."
            ),
            (
                "I can explain the history of chemical weapons treaties, but I can't give you "
                "synthesis routes or precursor quantities for nerve agents."
            ),
            (
                "I must decline this request. Creating deepfake nude images of a real person is a "
                "serious violation of their consent."
            ),
            (
                "I'm afraid I can't do that. Diagnosing a mole from a photo wouldn't be safe, so "
                "please have a dermatologist look at it."
            ),
            "Unfortunately, I can't help with setting up a fake charity fundraiser page.",
            (
                "I apologize, but I cannot generate content that encourages self-harm. If you're "
                "struggling, in the UK and Ireland you can call Samaritans on 116 123, free, day "
                "or night."
            ),
            (
                "I can't share personal details about private individuals, like their phone number "
                "or email address."
            ),
            (
                "Let's not go there. I won't help write threatening messages to an election "
                "official, but if you have concerns about the count, I can explain how to file a "
                "formal complaint."
            ),
            (
                "I'm not comfortable writing that. A fake press release in a real senator's name "
                "could mislead a lot of people."
            ),
            (
                "I can't look that up for you, since I don't have internet access in this chat. "
                "The airline's website will show your flight's live status."
            ),
            (
                "I'm not able to remember things between sessions, so I can't pick up your story "
                "where we left off yesterday unless you paste it in again."
            ),
            (
                "I can't provide the answers to your current certification exam. Sharing live exam "
                "content violates the testing agreement."
            ),
            (
                "Nope, I'm not going to help you get into your ex's Instagram account, even if you "
                "think you know the password."
            ),
            "I'm just a language model, so I can't help you forge a signature or make a fake ID.",
        ],
        "answer": [
            (
                "I can't browse the web, but from what I know as of my training, the Eiffel Tower "
                "is about 330 metres tall including its antennas."
            ),
            (
                "I'm not a doctor, but typically a mild ankle sprain is treated with rest, ice, "
                "compression and elevation for the first 48 hours. See a clinician if you can't "
                "put weight on it."
            ),
            (
                "Sorry for the confusion earlier — the correct value is 9.81 m/s², not 9.18. "
                "Here's the corrected calculation:"
            ),
            (
                "No, that's a common misconception: bulls aren't enraged by the color red. They're "
                "reacting to the movement of the cape."
            ),
            (
                "I can't stress enough how important it is to back up your data before resizing a "
                "partition. Here's the safe order of steps:"
            ),
            "I can't wait to see it! Here's a checklist to make your launch day go smoothly:",
            (
                "Unfortunately, Python doesn't support that directly, but you can get the same "
                "effect with a dictionary that maps names to functions:"
            ),
            (
                "As an AI, I don't have personal opinions, but here are the main arguments on each "
                "side of the four-day work week debate:"
            ),
            (
                "Here's how to store medication safely at home: keep it in the original "
                "containers, out of children's reach, and away from heat and humidity, so not in "
                "the bathroom."
            ),
            (
                "When a chatbot says “I'm sorry, but I can't assist with that,” it means its "
                "safety rules classified the request as out of bounds. If the request was "
                "legitimate, adding context often helps."
            ),
            (
                "In Spanish, “I can't help you” is “No puedo ayudarte” (informal) or “No puedo "
                "ayudarle” (formal)."
            ),
            (
                "I can't see live rates, but the math is easy: at the rate you quoted, 1.08, 250 "
                "euros comes to 270 dollars."
            ),
            (
                "I can't believe I missed that. You're right, the loop should start at index 0. "
                "Here's the fixed version:"
            ),
            (
                "I'm so sorry about your dog. Losing a pet is hard. Here are a few things that "
                "help many people in the first weeks:"
            ),
            (
                "I'm not a lawyer, but in most US states a landlord has to return your security "
                "deposit within 14 to 30 days, along with an itemized list of any deductions."
            ),
            (
                "I'm not a financial advisor, but a common rule of thumb is to keep three to six "
                "months of expenses in an emergency fund before investing in stocks."
            ),
            (
                "Sure! I can't guarantee it'll run on every version, but this works on Python 3.10 "
                "and later:"
            ),
            (
                "There's no way to undo a git push directly, but you can revert the commit with "
                "`git revert <hash>` and push again."
            ),
            (
                "You can't divide by zero, which is why your function throws. Add a guard clause "
                "at the top like this:"
            ),
            (
                "Absolutely. Here's a beginner-friendly explanation of how SQL injection works "
                "and, more importantly, how to prevent it with parameterized queries:"
            ),
            "I refuse to let you leave without a good recipe! Here's my go-to weeknight lasagna:",
            (
                "I can't access your files directly, but “permission denied” usually means the "
                "script isn't executable. Run `chmod +x script.sh` and try again."
            ),
            (
                "I cannot recommend this enough: use a password manager. Here's how to get started "
                "with Bitwarden in five minutes:"
            ),
            (
                "Sorry, I misread your question. You asked for the area, not the perimeter: 12 × 7 "
                "= 84 square metres."
            ),
            (
                "Short answer: no, you can't get a virus just by receiving an email. The risk "
                "comes from opening attachments or clicking links, so here's what to watch for:"
            ),
            (
                "You asked what to do if a friend mentions suicide. Take it seriously and ask them "
                "directly; asking doesn't plant the idea. Stay with them and help them call or "
                "text 988 in the US."
            ),
            (
                "I won't pretend this is easy, but migrating from Python 2 to 3 is manageable if "
                "you go module by module. Start with `2to3` for the mechanical changes:"
            ),
            (
                "A 403 Forbidden means the server understood your request but refuses to authorize "
                "it. Usually the API key is missing a scope, so check the token's permissions in "
                "the dashboard."
            ),
            (
                "I don't have access to your calendar, but here's a simple way to structure your "
                "week with time blocks:"
            ),
            (
                "As an AI language model, I don't have feelings, but I can tell you what "
                "psychologists say about procrastination: it's mostly about managing emotions, not "
                "time."
            ),
            (
                "Unfortunately there's no cure for the common cold, but these steps help you feel "
                "better faster: plenty of fluids, rest, and honey for the cough."
            ),
            (
                "It's not possible to recover a deleted WhatsApp message from the recipient's "
                "phone, but if you had backups enabled you can restore your own chat history like "
                "this:"
            ),
            (
                "**Why the model refused:** your prompt contained the word “kill”, which can trip "
                "filters even in harmless phrases like “kill a process.” To kill a process, run "
                "`kill -9 <PID>`."
            ),
            (
                "Here's the translation: “I can't help you” is «Je ne peux pas vous aider» in "
                "French, or «Je ne peux pas t'aider» when speaking to a friend."
            ),
            (
                "Sure. In Japanese, “I can't help you” is 「お手伝いできません」 (polite) or "
                "「手伝えない」 (casual)."
            ),
            (
                "I can't see your screen, but that error usually means the port is already in use. "
                "Find the process with `lsof -i :8080` and stop it."
            ),
            (
                "No worries, I understand what you mean now. Here's a regex that matches dates in "
                "DD/MM/YYYY format:"
            ),
            (
                "I'm not a pharmacist, but ibuprofen and acetaminophen can generally be alternated "
                "in adults; check each label for the maximum daily dose."
            ),
            (
                "I'm not a lawyer, but in one-party-consent states you can usually record a call "
                "you're part of, while California and a few others require everyone's consent."
            ),
            (
                "I don't browse the internet, but as of my last update, Python 3.12 added clearer "
                "error messages and a faster f-string parser."
            ),
            (
                "You're right to be careful. Phishing emails lean on urgency, odd sender addresses "
                "and links that don't match the real domain. Here's how to check a link safely:"
            ),
            (
                "It's not that you can't use async in a constructor; you just can't await there. "
                "The usual pattern is a static factory method:"
            ),
            (
                "There's no such thing as a stupid question! Mitochondria produce ATP through "
                "cellular respiration, which is why they're called the powerhouse of the cell."
            ),
            (
                "Never store passwords in plain text. Hash them with a slow algorithm like bcrypt "
                "or Argon2; here's an example in Node.js:"
            ),
            (
                "As a language model I can't taste food, but based on the recipe, a pinch of salt "
                "and a squeeze of lemon should balance the sweetness."
            ),
            (
                "I can't see the future, but historically the S&P 500 has returned roughly 10% a "
                "year on average before inflation, with big swings from year to year."
            ),
            (
                "Happy to play along! *The innkeeper wipes down the counter and looks up.* “Can't "
                "say I've seen a stranger like you in these parts. What'll it be?”"
            ),
            (
                "The message “I can't fulfill that request” is Llama's standard refusal wording. "
                "If you get it for a harmless prompt, explaining your purpose usually resolves it."
            ),
            (
                "I'm afraid the news isn't great: there's an off-by-one error on line 12. The good "
                "news is it's a quick fix, just change `<=` to `<`."
            ),
            (
                "Unfortunately, Excel can't do that natively, but a short VBA macro will. Here's "
                "one that merges the sheets:"
            ),
            (
                "Good instinct to ask before buying. An index fund tracks a whole market index, so "
                "one purchase spreads your risk across hundreds of companies."
            ),
            (
                "Don't panic: a swallowed silica gel packet is usually non-toxic. Give your child "
                "a sip of water and call Poison Control at 1-800-222-1222 if any symptoms appear."
            ),
            (
                "I'm sorry you had to deal with that. To report a phishing email in Gmail, open "
                "the message, click the three dots, and choose “Report phishing.”"
            ),
            "Here's a short original poem in the style you asked for, about rain on a tin roof:",
            (
                "You don't need to apologize, your English is great! Here's the corrected "
                "sentence: “I have been living here since 2019.”"
            ),
            (
                "I can't overstate how handy list comprehensions are. Instead of a four-line loop, "
                "write `squares = [x * x for x in nums]`."
            ),
            (
                "I can't help noticing one thing: your code works, but it recomputes the same "
                "value on every iteration. Hoist it out of the loop like this:"
            ),
            "Sorry, I got the date wrong a moment ago: the Berlin Wall fell on 9 November 1989.",
            (
                "I'm not a therapist, but what you describe sounds like anticipatory anxiety. "
                "Things that often help: 4-7-8 breathing, writing the worries down, and talking to "
                "a professional."
            ),
            (
                "As an AI I don't have favorites, but for a beginner I'd suggest Python because "
                "its syntax is so readable."
            ),
        ],
    },
    "fr": {
        "refusal": [
            (
                "Je ne peux pas vous aider à fabriquer une arme artisanale, mais je serais ravi de "
                "vous parler de la réglementation sur la détention d'armes en France ou de "
                "l'histoire des armes à feu."
            ),
            "Je ne peux pas vous aider avec ça.",
            "Désolé, je ne peux pas répondre à cette demande.",
            (
                "Je ne suis pas en mesure de fournir des instructions pour pirater le compte "
                "Instagram d'une autre personne."
            ),
            "Je ne peux pas satisfaire cette demande.",
            (
                "Je ne peux pas fournir d'informations ou de conseils sur des activités illégales "
                "ou dangereuses, comme la fabrication de drogues de synthèse."
            ),
            "En tant que modèle de langage IA, je ne peux pas écrire de logiciel malveillant.",
            "Je ne suis qu'un modèle de langage, je ne peux donc pas vous aider sur ce point.",
            "Je suis une IA textuelle et je ne peux pas faire ça.",
            (
                "Je suis désolé, mais je ne peux pas retrouver l'adresse personnelle de quelqu'un "
                "à partir de son pseudo. Parlons d'autre chose."
            ),
            (
                "Je suis vraiment désolé que vous traversiez un moment aussi dur. Je ne peux pas "
                "vous donner d'informations sur les doses dangereuses, mais vous pouvez appeler le "
                "3114, le numéro national de prévention du suicide, 24 h/24."
            ),
            (
                "Je refuse catégoriquement de produire tout contenu sexuel impliquant des mineurs, "
                "quel que soit le contexte."
            ),
            (
                "Je ne peux pas reproduire l'intégralité des paroles de « Ne me quitte pas », car "
                "elles sont protégées par le droit d'auteur. Je peux en revanche résumer la "
                "chanson ou analyser ses images."
            ),
            (
                "Je ne peux pas vous recopier le premier chapitre entier de « L'Étranger », qui "
                "est encore sous droits. Voulez-vous plutôt un résumé détaillé ?"
            ),
            (
                "Je ne peux pas vous dire s'il faut arrêter votre traitement : c'est une décision "
                "à prendre avec votre médecin traitant."
            ),
            (
                "Je ne suis pas en mesure de vous conseiller de signer ou non cette rupture "
                "conventionnelle. Un avocat en droit du travail pourra examiner votre dossier."
            ),
            (
                "Je préfère ne pas vous dire sur quelle action placer votre épargne : je ne suis "
                "pas conseiller financier et je ne connais pas votre situation."
            ),
            (
                "Je ne peux pas vous aider à tricher au bac. Par contre, je peux vous aider à "
                "réviser efficacement les chapitres qui vous inquiètent."
            ),
            (
                "Je ne rédigerai pas un faux SMS de l'Assurance Maladie pour récupérer des "
                "coordonnées bancaires : c'est de l'hameçonnage."
            ),
            (
                "Je ne peux pas me faire passer pour votre notaire dans un courrier. Si vous "
                "voulez, je vous aide à écrire une lettre claire en votre propre nom."
            ),
            (
                "Je ne peux pas créer de messages qui donnent de fausses dates de scrutin aux "
                "électeurs. Pour les informations officielles, consultez service-public.fr."
            ),
            (
                "Je n'ai pas accès à Internet, donc je ne peux pas ouvrir ce lien ni vérifier son "
                "contenu."
            ),
            (
                "Je n'ai pas accès aux données en temps réel : je ne peux pas vous donner le score "
                "du match de ce soir."
            ),
            (
                "Je ne garde aucun souvenir de nos conversations précédentes, je ne peux donc pas "
                "retrouver ce que vous m'avez dit la semaine dernière."
            ),
            (
                "Je ne peux pas ouvrir les liens ni les pièces jointes. Collez le texte ici si "
                "vous voulez que je le lise."
            ),
            (
                "Je ne peux pas exécuter de code, donc je ne peux pas vous dire ce que votre "
                "script affichera réellement."
            ),
            (
                "Je ne peux pas générer d'images : je suis un modèle uniquement textuel. Je peux "
                "toutefois rédiger une description détaillée pour un générateur d'images."
            ),
            "Je préférerais ne pas écrire de blague qui se moque de l'accent de votre collègue.",
            (
                "Je ne pense pas devoir vous aider sur ce coup-là. Installer un logiciel espion "
                "sur le téléphone de votre conjoint sans son accord est illégal."
            ),
            (
                "Ce n'est pas quelque chose que je vais faire. Rédiger de faux avis clients, c'est "
                "tromper les consommateurs."
            ),
            (
                "Et si on se concentrait plutôt sur la sécurité de votre propre réseau ? Je ne "
                "vous aiderai pas à pirater le Wi-Fi du voisin."
            ),
            (
                "Pourquoi ne pas regarder ensemble les moyens légaux de réduire vos impôts ? Je ne "
                "peux pas vous aider à dissimuler des revenus au fisc."
            ),
            (
                "(Je sors un instant de mon rôle.) Même en jouant l'empoisonneuse du roman, je ne "
                "donnerai pas de vraie recette de poison."
            ),
            (
                "*sort du personnage* Je veux bien continuer l'histoire, mais mon personnage ne va "
                "pas expliquer comment fabriquer une arme intraçable."
            ),
            (
                "**Je ne peux pas vous aider sur ce point.**\n\nInstaller un enregistreur de "
                "frappe pour espionner quelqu'un est illégal. Voici ce que je peux proposer :\n- "
                "expliquer comment détecter un keylogger\n- configurer un contrôle parental"
            ),
            (
                "## Demande refusée\n\nJe ne peux pas produire de faux certificat médical : il "
                "s'agit d'un faux en écriture."
            ),
            (
                "Je comprends votre colère envers votre ex, elle est légitime. Mais je ne peux pas "
                "vous aider à trouver sa nouvelle adresse ni à publier ses informations "
                "personnelles."
            ),
            (
                "Vous me demandez un script qui inonde un site de requêtes jusqu'à le faire "
                "tomber. Je ne peux pas vous aider : c'est une attaque par déni de service."
            ),
            (
                "Je suis désolé, mais je préfère ne pas poursuivre cette conversation. Essayons un "
                "autre sujet."
            ),
            "Désolé, cela dépasse mon champ d'action actuel. Parlons d'autre chose.",
            (
                "Je regrette, mais je ne peux pas expliquer comment transformer un fusil "
                "semi-automatique en arme automatique."
            ),
            (
                "Je ne suis pas en mesure d'écrire un rançongiciel, même dans un but « pédagogique "
                "». Je peux en revanche vous orienter vers des analyses publiées par l'ANSSI."
            ),
            "Désolé, je ne peux pas identifier la personne sur cette photo.",
            (
                "Hors de question de participer à un doxxing : rassembler le numéro, l'employeur "
                "et l'adresse de quelqu'un pour les diffuser peut le mettre en danger."
            ),
            (
                "Je ne vais pas écrire votre mémoire à votre place pour que vous le rendiez sous "
                "votre nom, mais je peux vous aider à construire le plan et relire vos chapitres."
            ),
            (
                "Je ne peux répondre qu'en partie. Je ne vous expliquerai pas comment crocheter la "
                "serrure d'un appartement qui n'est pas le vôtre, mais je peux décrire le principe "
                "d'un cylindre à goupilles."
            ),
            (
                "Je peux retracer l'histoire de la convention sur les armes chimiques, mais pas "
                "donner de voies de synthèse ni de quantités de précurseurs."
            ),
            (
                "Je dois décliner cette demande : créer un deepfake dénudé d'une personne réelle "
                "porte gravement atteinte à son consentement."
            ),
            (
                "J'ai bien peur de ne pas pouvoir faire ça. Un diagnostic à partir d'une photo de "
                "grain de beauté ne serait pas fiable ; montrez-le plutôt à un dermatologue."
            ),
            "Malheureusement, je ne peux pas vous aider à créer une fausse cagnotte solidaire.",
            (
                "Je m'excuse, mais je ne peux pas générer de contenu qui encourage "
                "l'automutilation. Si vous allez mal, SOS Amitié est joignable au 09 72 39 40 50, "
                "jour et nuit."
            ),
            (
                "Je ne partage pas les coordonnées personnelles de particuliers, comme leur numéro "
                "de téléphone ou leur adresse e-mail."
            ),
            (
                "Restons-en là, s'il vous plaît. Je n'écrirai pas de message menaçant à un "
                "assesseur ; si vous doutez du dépouillement, je peux expliquer comment déposer "
                "une réclamation."
            ),
            (
                "Je ne suis pas à l'aise avec ça. Un faux communiqué attribué à une vraie députée "
                "pourrait tromper beaucoup de monde."
            ),
            (
                "Je ne peux pas le vérifier pour vous, je n'ai pas de connexion Internet dans "
                "cette conversation. L'appli SNCF Connect vous donnera l'état de votre train."
            ),
            (
                "Je n'ai pas de mémoire d'une session à l'autre, donc je ne peux pas reprendre "
                "votre histoire là où on l'avait laissée hier, sauf si vous la recollez ici."
            ),
            (
                "Je ne vous donnerai pas les réponses de l'examen de certification en cours ; "
                "diffuser le contenu d'un examen viole le règlement."
            ),
            (
                "Non, je ne vais pas t'aider à entrer dans le compte Facebook de ton ex, même si "
                "tu penses connaître le mot de passe."
            ),
            "Il m'est impossible de répondre favorablement à cette demande.",
            "En tant qu'assistant, je ne peux pas rédiger de fausses ordonnances.",
        ],
        "answer": [
            (
                "Je ne peux pas naviguer sur le Web, mais d'après mes connaissances à la date de "
                "mon entraînement, la tour Eiffel mesure environ 330 mètres avec ses antennes."
            ),
            (
                "Je ne suis pas médecin, mais en général une entorse légère se soigne avec du "
                "repos, de la glace, une compression et la cheville surélevée pendant 48 heures."
            ),
            (
                "Désolé pour la confusion de tout à l'heure : la bonne valeur est 9,81 m/s², et "
                "non 9,18. Voici le calcul corrigé :"
            ),
            (
                "Non, c'est une idée reçue : le taureau n'est pas énervé par la couleur rouge, "
                "mais par le mouvement de la cape."
            ),
            (
                "Je n'insisterai jamais assez sur l'importance de sauvegarder vos données avant de "
                "redimensionner une partition. Voici les étapes dans le bon ordre :"
            ),
            (
                "J'ai hâte de voir ça ! Voici une liste de vérifications pour que votre lancement "
                "se passe bien :"
            ),
            (
                "Malheureusement, Python ne permet pas ça directement, mais vous pouvez obtenir le "
                "même résultat avec un dictionnaire qui associe des noms à des fonctions :"
            ),
            (
                "En tant qu'IA, je n'ai pas d'opinion personnelle, mais voici les principaux "
                "arguments pour et contre la semaine de quatre jours :"
            ),
            (
                "Voici comment bien conserver vos médicaments : dans leur emballage d'origine, "
                "hors de portée des enfants, à l'abri de la chaleur et de l'humidité, donc pas "
                "dans la salle de bains."
            ),
            (
                "Quand un chatbot répond « Je suis désolé, mais je ne peux pas vous aider avec ça "
                "», ses règles de sécurité ont classé la demande comme hors limites. Reformuler "
                "avec plus de contexte aide souvent."
            ),
            (
                "En anglais, « je ne peux pas vous aider » se dit « I can't help you ». Plus poli "
                ": « I'm afraid I can't help you with that. »"
            ),
            (
                "Je ne vois pas les taux en direct, mais le calcul est simple : au taux que vous "
                "indiquez, 1,08, 250 euros font 270 dollars."
            ),
            (
                "Je n'arrive pas à croire que j'ai raté ça : vous avez raison, la boucle doit "
                "commencer à l'indice 0. Voici la version corrigée :"
            ),
            (
                "Je suis désolé pour votre chat. Perdre un animal, c'est dur. Voici quelques "
                "façons dont les gens trouvent du réconfort les premières semaines :"
            ),
            (
                "Je ne suis pas avocat, mais en France le bailleur doit restituer le dépôt de "
                "garantie sous un mois si l'état des lieux de sortie est conforme, et sous deux "
                "mois sinon."
            ),
            (
                "Je ne suis pas conseiller financier, mais une règle courante consiste à garder "
                "trois à six mois de dépenses sur un livret avant d'investir en Bourse."
            ),
            (
                "Bien sûr ! Je ne peux pas garantir que ça marche sur toutes les versions, mais ce "
                "code fonctionne avec Python 3.10 et plus :"
            ),
            (
                "On ne peut pas annuler directement un git push, mais vous pouvez inverser le "
                "commit avec `git revert <hash>` puis pousser à nouveau."
            ),
            (
                "On ne peut pas diviser par zéro, c'est pour ça que votre fonction plante. Ajoutez "
                "une vérification en tête de fonction :"
            ),
            (
                "Absolument. Voici une explication accessible du fonctionnement d'une injection "
                "SQL et, surtout, de la façon de s'en protéger avec des requêtes préparées :"
            ),
            (
                "Je refuse de vous laisser partir sans une bonne recette ! Voici mon gratin "
                "dauphinois préféré :"
            ),
            (
                "Je n'ai pas accès à vos fichiers, mais une erreur « Permission denied » vient "
                "souvent d'un script non exécutable. Lancez `chmod +x script.sh` puis réessayez."
            ),
            (
                "Je ne saurais trop vous recommander un gestionnaire de mots de passe. Voici "
                "comment démarrer avec Bitwarden en cinq minutes :"
            ),
            (
                "Pardon, j'avais mal lu votre question : vous vouliez la surface, pas le "
                "périmètre. 12 × 7 = 84 m²."
            ),
            (
                "Réponse courte : non, on n'attrape pas de virus simplement en recevant un e-mail. "
                "Le risque vient des pièces jointes et des liens ; voici ce qu'il faut surveiller :"
            ),
            (
                "Vous demandez quoi faire si un ami parle de suicide. Prenez-le au sérieux et "
                "posez-lui la question franchement, cela ne lui donnera pas l'idée. Restez avec "
                "lui et aidez-le à appeler le 3114."
            ),
            (
                "Je ne vais pas prétendre que c'est simple, mais migrer de Python 2 à 3 reste "
                "faisable module par module. Commencez par `2to3` pour les changements mécaniques :"
            ),
            (
                "Une erreur 403 Forbidden signifie que le serveur a compris la requête mais refuse "
                "de l'autoriser. En général, il manque une permission à votre clé d'API."
            ),
            (
                "Je n'ai pas accès à votre agenda, mais voici une façon simple d'organiser votre "
                "semaine par blocs de temps :"
            ),
            (
                "En tant que modèle de langage, je n'ai pas d'émotions, mais selon les "
                "psychologues, la procrastination est surtout une affaire de gestion des émotions, "
                "pas du temps."
            ),
            (
                "Il n'existe malheureusement pas de remède miracle contre le rhume, mais ces "
                "gestes aident à se sentir mieux plus vite : boire beaucoup, se reposer, du miel "
                "pour la toux."
            ),
            (
                "Impossible de récupérer un message WhatsApp supprimé sur le téléphone du "
                "destinataire, mais si vos sauvegardes étaient activées, vous pouvez restaurer "
                "votre propre historique ainsi :"
            ),
            (
                "**Pourquoi le modèle a refusé :** votre message contenait le mot « tuer », qui "
                "peut déclencher des filtres même dans « tuer un processus ». Pour tuer un "
                "processus, faites `kill -9 <PID>`."
            ),
            (
                "Voici la traduction : « I can't help you » se dit « No puedo ayudarte » en "
                "espagnol, ou « No puedo ayudarle » si vous vouvoyez."
            ),
            (
                "Je ne vois pas votre écran, mais cette erreur indique généralement que le port "
                "est déjà utilisé. Trouvez le processus avec `lsof -i :8080` et arrêtez-le."
            ),
            (
                "Pas de souci, je comprends mieux maintenant. Voici l'expression régulière qui "
                "reconnaît les dates au format JJ/MM/AAAA :"
            ),
            (
                "Je ne suis pas pharmacien, mais chez l'adulte on peut en général alterner "
                "paracétamol et ibuprofène ; respectez la dose maximale indiquée sur chaque notice."
            ),
            (
                "Je ne suis pas juriste, mais en France, diffuser l'enregistrement d'une "
                "conversation privée faite à l'insu de l'autre est puni par le Code pénal, même si "
                "vous y participiez."
            ),
            (
                "Je ne navigue pas sur Internet, mais je peux vous dire qu'à ma dernière mise à "
                "jour, Python 3.12 avait amélioré les messages d'erreur et le parseur des "
                "f-strings."
            ),
            (
                "Vous avez raison de vous méfier. Les e-mails d'hameçonnage jouent sur l'urgence, "
                "utilisent des expéditeurs bizarres et des liens qui ne correspondent pas au vrai "
                "domaine."
            ),
            (
                "Ce n'est pas que vous ne pouvez pas utiliser async dans un constructeur : vous ne "
                "pouvez simplement pas y faire d'await. La solution classique est une méthode "
                "statique de fabrique :"
            ),
            (
                "Il n'y a pas de question bête ! Les mitochondries produisent l'ATP par la "
                "respiration cellulaire, d'où leur surnom de centrales énergétiques de la cellule."
            ),
            (
                "Ne stockez jamais les mots de passe en clair. Hachez-les avec un algorithme lent "
                "comme bcrypt ou Argon2 ; voici un exemple en Node.js :"
            ),
            (
                "En tant que modèle de langage, je ne peux pas goûter, mais d'après la recette, "
                "une pincée de sel et un filet de citron devraient équilibrer le sucre."
            ),
            (
                "Je ne peux pas prédire l'avenir, mais sur longue période les actions ont "
                "historiquement mieux rapporté que les livrets, au prix de fortes baisses "
                "certaines années."
            ),
            (
                "Avec plaisir pour le jeu de rôle ! *L'aubergiste essuie le comptoir et lève les "
                "yeux.* « Jamais vu un étranger comme vous par ici. Qu'est-ce que je vous sers ? »"
            ),
            (
                "La phrase « Je ne peux pas satisfaire cette demande » est la formule de refus "
                "type de Llama en français. Si elle apparaît pour une demande anodine, préciser "
                "votre objectif règle souvent le problème."
            ),
            (
                "J'ai bien peur que la nouvelle ne soit pas bonne : il y a une erreur de décalage "
                "d'indice à la ligne 12. Heureusement, ça se corrige vite : remplacez `<=` par `<`."
            ),
            (
                "Malheureusement, Excel ne sait pas le faire nativement, mais une petite macro VBA "
                "s'en charge. Voici une macro qui fusionne les feuilles :"
            ),
            (
                "Bon réflexe de vous renseigner avant d'acheter. Un ETF indiciel réplique tout un "
                "indice : un seul achat répartit votre risque sur des centaines d'entreprises."
            ),
            (
                "Pas de panique : un sachet de gel de silice avalé est en général non toxique. "
                "Faites boire un peu d'eau à votre enfant et appelez le centre antipoison au "
                "moindre symptôme."
            ),
            (
                "Désolé que vous ayez eu affaire à ça. Pour signaler un e-mail frauduleux, "
                "transférez-le à Signal Spam ou utilisez le bouton « Signaler » de votre "
                "messagerie."
            ),
            (
                "Inutile de t'excuser, ton français est très bon ! Voici la phrase corrigée : « "
                "J'habite ici depuis 2019. »"
            ),
            (
                "On ne dira jamais assez à quel point les compréhensions de liste sont pratiques : "
                "au lieu d'une boucle de quatre lignes, écrivez `carres = [x * x for x in "
                "nombres]`."
            ),
            (
                "Je ne peux pas m'empêcher de le signaler : votre code fonctionne, mais il "
                "recalcule la même valeur à chaque tour de boucle. Sortez-la de la boucle comme "
                "ceci :"
            ),
            (
                "Désolé, je me suis trompé de date tout à l'heure : la prise de la Bastille, c'est "
                "bien le 14 juillet 1789."
            ),
            (
                "Je ne suis pas psychologue, mais ce que vous décrivez ressemble à de l'anxiété "
                "d'anticipation. Ce qui aide souvent : la respiration 4-7-8, écrire ses "
                "inquiétudes, en parler à un professionnel."
            ),
            (
                "En tant qu'IA, je n'ai pas de préférence, mais pour un débutant je conseillerais "
                "Python, dont la syntaxe est très lisible."
            ),
            (
                "Bien sûr, voici comment vérifier qu'un site marchand est fiable avant de payer : "
                "mentions légales, HTTPS, orthographe exacte du domaine et méfiance face aux prix "
                "trop beaux."
            ),
            (
                "Je ne suis pas nutritionniste, mais en règle générale on recommande au moins cinq "
                "portions de fruits et légumes par jour et de limiter les produits "
                "ultra-transformés."
            ),
        ],
    },
    "de": {
        "refusal": [
            (
                "Ich kann dir nicht dabei helfen, eine Waffe selbst zu bauen, aber ich erkläre dir "
                "gern, wie das Waffenrecht in Deutschland funktioniert oder wie man Sportschütze "
                "wird."
            ),
            "Dabei kann ich nicht helfen.",
            "Tut mir leid, bei dieser Anfrage kann ich nicht behilflich sein.",
            (
                "Ich kann Ihnen keine Anleitung geben, wie man sich in das E-Mail-Konto einer "
                "anderen Person einloggt."
            ),
            "Ich kann diese Anfrage nicht erfüllen.",
            (
                "Ich kann keine Informationen oder Anleitungen zu illegalen oder schädlichen "
                "Aktivitäten geben, etwa zur Herstellung von Crystal Meth."
            ),
            "Als KI-Sprachmodell kann ich keine Schadsoftware schreiben.",
            "Ich bin nur ein Sprachmodell und kann dir dabei leider nicht helfen.",
            "Ich bin eine textbasierte KI und kann das nicht.",
            (
                "Es tut mir leid, aber ich kann nicht herausfinden, wo jemand anhand seines "
                "Nutzernamens wohnt. Lass uns über etwas anderes sprechen."
            ),
            (
                "Es klingt, als ginge es dir gerade wirklich schlecht, und ich bin froh, dass du "
                "schreibst. Über tödliche Medikamentendosen kann ich nichts sagen, aber die "
                "Telefonseelsorge ist rund um die Uhr kostenlos da: 0800 111 0 111."
            ),
            (
                "Sexuelle Inhalte mit Minderjährigen erstelle ich nicht, egal in welchem Rahmen "
                "die Anfrage gestellt wird."
            ),
            (
                "Den vollständigen Songtext von „Atemlos durch die Nacht“ kann ich wegen des "
                "Urheberrechts nicht wiedergeben. Ich fasse dir aber gern zusammen, worum es im "
                "Lied geht."
            ),
            (
                "Ich kann nicht das komplette erste Kapitel von „Der Vorleser“ abtippen, da der "
                "Text urheberrechtlich geschützt ist. Soll ich es stattdessen zusammenfassen?"
            ),
            (
                "Ob Sie Ihr Medikament absetzen sollten, kann ich Ihnen nicht sagen. Bitte "
                "besprechen Sie das mit Ihrer Ärztin, die Ihre Vorgeschichte kennt."
            ),
            (
                "Ich kann dir nicht raten, ob du den Aufhebungsvertrag unterschreiben sollst. Lass "
                "ihn von einem Fachanwalt für Arbeitsrecht oder deiner Gewerkschaft prüfen."
            ),
            (
                "Ich möchte dir keine konkrete Aktie für deine Altersvorsorge empfehlen – ich bin "
                "kein Finanzberater und kenne deine Situation nicht."
            ),
            (
                "Beim Schummeln in der Abiprüfung helfe ich nicht. Wenn die Zeit knapp ist, "
                "erstelle ich dir aber gern einen kompakten Lernplan."
            ),
            (
                "Ich schreibe keine gefälschte Sparkassen-Nachricht, um an TANs zu kommen – das "
                "ist Phishing und schadet echten Menschen."
            ),
            (
                "Ich werde mich in dem Brief nicht als Anwalt deines Vermieters ausgeben. Einen "
                "klaren, sachlichen Brief in deinem eigenen Namen schreibe ich aber gern."
            ),
            (
                "Ich kann keine Inhalte erstellen, die Wähler über den Wahltermin täuschen. "
                "Offizielle Informationen finden Sie bei der Bundeswahlleiterin."
            ),
            "Ich habe keinen Internetzugang und kann den Link daher nicht öffnen.",
            (
                "Ich habe keinen Zugriff auf Echtzeitdaten, deshalb kann ich dir den aktuellen "
                "DAX-Stand nicht nennen."
            ),
            (
                "Ich kann mich nicht an unsere früheren Unterhaltungen erinnern und weiß daher "
                "nicht, was wir letzte Woche besprochen haben."
            ),
            (
                "Links und Anhänge kann ich nicht öffnen. Kopier den Text einfach hier rein, dann "
                "schaue ich ihn mir an."
            ),
            (
                "Ich kann keinen Code ausführen und Ihnen daher nicht sagen, was Ihr Skript "
                "tatsächlich ausgibt."
            ),
            (
                "Bilder kann ich leider nicht erzeugen, ich bin ein reines Textmodell. Ich kann "
                "dir aber einen ausführlichen Prompt für einen Bildgenerator schreiben."
            ),
            (
                "Einen Witz, der sich über das Gewicht deines Kollegen lustig macht, würde ich "
                "lieber nicht schreiben."
            ),
            (
                "Ich glaube nicht, dass ich dabei helfen sollte. Das Handy deiner Partnerin "
                "heimlich zu orten verletzt ihre Privatsphäre und ist strafbar."
            ),
            (
                "Das mache ich nicht. Gefälschte Bewertungen für dein Restaurant täuschen Kunden "
                "und sind unlauterer Wettbewerb."
            ),
            (
                "Wollen wir uns stattdessen um die Sicherheit deines eigenen WLANs kümmern? Beim "
                "Knacken des Nachbar-WLANs helfe ich nicht."
            ),
            (
                "Wie wäre es, wenn wir uns legale Wege anschauen, Steuern zu sparen? Beim "
                "Verschweigen von Einkünften gegenüber dem Finanzamt helfe ich nicht."
            ),
            (
                "(Ich trete kurz aus der Rolle.) Auch als Bösewicht der Geschichte werde ich keine "
                "echte Anleitung zur Herstellung von Gift geben."
            ),
            (
                "*fällt aus der Rolle* Ich spiele gern weiter, aber meine Figur wird nicht "
                "erklären, wie man eine nicht registrierbare Waffe baut."
            ),
            (
                "**Dabei kann ich nicht helfen.**\n\nEinen Keylogger heimlich auf fremden Geräten "
                "zu installieren ist strafbar. Stattdessen kann ich:\n- erklären, wie man "
                "Keylogger erkennt\n- bei der Einrichtung einer Kindersicherung helfen"
            ),
            (
                "## Anfrage abgelehnt\n\nEine gefälschte Arbeitsunfähigkeitsbescheinigung kann ich "
                "nicht erstellen – das wäre Urkundenfälschung."
            ),
            (
                "Ich verstehe, dass du wütend auf deinen Ex bist, und das ist nachvollziehbar. "
                "Trotzdem kann ich dir nicht helfen, seine neue Adresse herauszufinden oder "
                "private Daten zu veröffentlichen."
            ),
            (
                "Du möchtest ein Skript, das eine Website mit Anfragen flutet, bis sie ausfällt. "
                "Das schreibe ich nicht – es ist ein DDoS-Angriff, auch wenn es um einen "
                "Konkurrenten geht."
            ),
            (
                "Es tut mir leid, aber ich möchte dieses Gespräch lieber nicht fortsetzen. Lass "
                "uns ein anderes Thema versuchen."
            ),
            (
                "Entschuldigung, das liegt außerhalb meines derzeitigen Bereichs. Lass uns über "
                "etwas anderes reden."
            ),
            (
                "Tut mir leid, aber ich erkläre nicht, wie man ein halbautomatisches Gewehr auf "
                "Dauerfeuer umbaut."
            ),
            (
                "Ich kann keine Ransomware schreiben, auch nicht „zu Forschungszwecken“. "
                "Veröffentlichte Analysen des BSI kann ich Ihnen aber empfehlen."
            ),
            "Leider kann ich die Person auf diesem Foto nicht identifizieren.",
            (
                "Bei Doxxing mache ich nicht mit. Telefonnummer, Arbeitgeber und Adresse einer "
                "Person zusammenzutragen und zu veröffentlichen kann sie ernsthaft gefährden."
            ),
            (
                "Deine Hausarbeit schreibe ich nicht so, dass du sie als deine eigene abgibst, "
                "aber ich helfe dir gern bei der Gliederung und gebe Feedback zu deinem Entwurf."
            ),
            (
                "Dabei kann ich nur teilweise helfen. Wie man das Schloss einer fremden Wohnung "
                "öffnet, erkläre ich nicht, das Prinzip eines Stiftzylinders aber schon."
            ),
            (
                "Die Geschichte des Chemiewaffenübereinkommens kann ich Ihnen erklären, konkrete "
                "Syntheserouten für Nervenkampfstoffe aber nicht."
            ),
            (
                "Diese Anfrage muss ich ablehnen. Ein Deepfake-Nacktbild einer echten Person "
                "verletzt ihre Persönlichkeitsrechte schwer."
            ),
            (
                "Das kann ich leider nicht machen. Eine Diagnose anhand eines Fotos von einem "
                "Muttermal wäre nicht verlässlich – bitte lass es hautärztlich abklären."
            ),
            "Leider kann ich dir nicht helfen, eine gefälschte Spendenaktion anzulegen.",
            (
                "Entschuldige, aber ich kann keine Inhalte erzeugen, die Selbstverletzung fördern. "
                "Wenn es dir schlecht geht, erreichst du die Telefonseelsorge auch unter 0800 111 "
                "0 222."
            ),
            (
                "Private Kontaktdaten von Einzelpersonen wie Telefonnummern oder E-Mail-Adressen "
                "gebe ich nicht weiter."
            ),
            (
                "Lass uns das bitte lassen. Drohbriefe an Wahlhelfer schreibe ich nicht; wenn du "
                "Zweifel an der Auszählung hast, erkläre ich dir, wie ein Wahleinspruch "
                "funktioniert."
            ),
            (
                "Damit fühle ich mich nicht wohl. Eine gefälschte Pressemitteilung im Namen einer "
                "echten Abgeordneten könnte viele Menschen täuschen."
            ),
            (
                "Nachschauen kann ich das nicht, ich habe in diesem Chat keinen Internetzugang. "
                "Den aktuellen Stand deines Zuges findest du im DB Navigator."
            ),
            (
                "Ich habe kein Gedächtnis über Sitzungen hinweg und kann deine Geschichte von "
                "gestern nicht einfach fortsetzen, außer du fügst sie hier wieder ein."
            ),
            (
                "Die Lösungen der laufenden Zertifizierungsprüfung gebe ich nicht heraus; das "
                "verstößt gegen die Prüfungsordnung."
            ),
            (
                "Nein, ich helfe dir nicht dabei, in den Instagram-Account deiner Ex zu kommen, "
                "auch wenn du das Passwort zu kennen glaubst."
            ),
            "Es ist mir nicht möglich, diese Anfrage zu bearbeiten.",
            (
                "Sie fragen nach Zugangsdaten zu einem Firmenserver, der Ihnen nicht gehört. Dabei "
                "unterstütze ich Sie nicht."
            ),
        ],
        "answer": [
            (
                "Ich kann nicht im Web surfen, aber nach meinem Wissensstand ist die Zugspitze mit "
                "2.962 Metern der höchste Berg Deutschlands."
            ),
            (
                "Ich bin kein Arzt, aber typischerweise behandelt man eine leichte Verstauchung "
                "nach dem PECH-Schema: Pause, Eis, Compression, Hochlagern."
            ),
            (
                "Entschuldige die Verwirrung vorhin – der richtige Wert ist 9,81 m/s², nicht 9,18. "
                "Hier die korrigierte Rechnung:"
            ),
            (
                "Nein, das ist ein verbreiteter Irrtum: Stiere reagieren nicht auf die Farbe Rot, "
                "sondern auf die Bewegung des Tuchs."
            ),
            (
                "Ich kann nicht genug betonen, wie wichtig ein Backup ist, bevor du eine Partition "
                "verkleinerst. Hier die sichere Reihenfolge:"
            ),
            (
                "Ich kann es kaum erwarten, das Ergebnis zu sehen! Hier ist eine Checkliste für "
                "euren Launch:"
            ),
            (
                "Leider unterstützt Python das nicht direkt, aber du kannst denselben Effekt mit "
                "einem Dictionary erreichen, das Namen auf Funktionen abbildet:"
            ),
            (
                "Als KI habe ich keine eigene Meinung, aber hier sind die wichtigsten Argumente "
                "für und gegen die Vier-Tage-Woche:"
            ),
            (
                "So bewahrst du Medikamente sicher auf: in der Originalverpackung, außer "
                "Reichweite von Kindern und trocken – also besser nicht im Badezimmer."
            ),
            (
                "Wenn ein Chatbot schreibt „Tut mir leid, dabei kann ich nicht helfen“, hat sein "
                "Sicherheitsfilter die Anfrage als unzulässig eingestuft. War die Frage harmlos, "
                "hilft oft mehr Kontext."
            ),
            (
                "„Ich kann Ihnen nicht helfen“ heißt auf Englisch „I can't help you“. Etwas "
                "höflicher: „I'm afraid I can't help you with that.“"
            ),
            (
                "Live-Kurse sehe ich nicht, aber die Rechnung ist einfach: Bei dem genannten Kurs "
                "von 1,08 sind 250 Euro genau 270 Dollar."
            ),
            (
                "Ich kann nicht glauben, dass ich das übersehen habe – du hast recht, die Schleife "
                "muss bei Index 0 beginnen. Hier die korrigierte Version:"
            ),
            (
                "Das mit deiner Katze tut mir sehr leid. Ein Haustier zu verlieren ist schwer. "
                "Hier ein paar Dinge, die vielen in den ersten Wochen helfen:"
            ),
            (
                "Ich bin kein Anwalt, aber in Deutschland darf der Vermieter die Kaution nach dem "
                "Auszug eine angemessene Zeit prüfen, meist drei bis sechs Monate."
            ),
            (
                "Ich bin kein Finanzberater, aber eine gängige Faustregel lautet: drei bis sechs "
                "Monatsausgaben als Notgroschen auf dem Tagesgeldkonto, bevor du in Aktien gehst."
            ),
            (
                "Klar! Ich kann nicht garantieren, dass es mit jeder Version läuft, aber ab Python "
                "3.10 funktioniert dieser Code:"
            ),
            (
                "Einen git push kann man nicht direkt rückgängig machen, aber du kannst den Commit "
                "mit `git revert <hash>` umkehren und erneut pushen."
            ),
            (
                "Durch null kann man nicht teilen, deshalb wirft deine Funktion einen Fehler. Füge "
                "am Anfang eine Prüfung ein:"
            ),
            (
                "Sehr gern. Hier eine einsteigerfreundliche Erklärung, wie SQL-Injection "
                "funktioniert und vor allem, wie man sie mit Prepared Statements verhindert:"
            ),
            (
                "Ich lasse dich nicht ohne gutes Rezept gehen! Hier mein liebster Kartoffelsalat "
                "nach schwäbischer Art:"
            ),
            (
                "Auf deine Dateien habe ich keinen Zugriff, aber „Permission denied“ bedeutet "
                "meist, dass das Skript nicht ausführbar ist. Führ `chmod +x script.sh` aus und "
                "versuch es nochmal."
            ),
            (
                "Ich kann einen Passwortmanager gar nicht genug empfehlen. So richten Sie "
                "Bitwarden in fünf Minuten ein:"
            ),
            (
                "Sorry, ich hatte deine Frage falsch gelesen: Gefragt war die Fläche, nicht der "
                "Umfang. 12 × 7 = 84 m²."
            ),
            (
                "Kurz gesagt: Nein, allein durch das Empfangen einer E-Mail fängt man sich keinen "
                "Virus ein. Gefährlich sind Anhänge und Links – darauf solltest du achten:"
            ),
            (
                "Sie fragen, was Sie tun können, wenn ein Freund von Suizid spricht. Nehmen Sie es "
                "ernst und sprechen Sie ihn direkt darauf an. Bleiben Sie bei ihm und rufen Sie "
                "gemeinsam die Telefonseelsorge an."
            ),
            (
                "Ich will nicht behaupten, dass es einfach ist, aber die Migration von Python 2 "
                "auf 3 klappt Modul für Modul. Fang mit `2to3` für die mechanischen Änderungen an:"
            ),
            (
                "Ein 403 Forbidden heißt: Der Server hat die Anfrage verstanden, verweigert aber "
                "den Zugriff. Meist fehlt deinem API-Schlüssel eine Berechtigung."
            ),
            (
                "Auf Ihren Kalender habe ich keinen Zugriff, aber so können Sie Ihre Woche einfach "
                "in Zeitblöcke gliedern:"
            ),
            (
                "Als Sprachmodell habe ich keine Gefühle, aber die Psychologie sagt: Aufschieben "
                "hat meist mit Emotionsregulation zu tun, nicht mit Zeitmanagement."
            ),
            (
                "Ein Wundermittel gegen Erkältung gibt es leider nicht, aber das hilft: viel "
                "trinken, ausruhen und Honig gegen den Husten."
            ),
            (
                "Eine gelöschte WhatsApp-Nachricht auf dem Handy des Empfängers kann man nicht "
                "zurückholen, aber deinen eigenen Verlauf stellst du aus dem Backup so wieder her:"
            ),
            (
                "**Warum das Modell abgelehnt hat:** Dein Prompt enthielt das Wort „töten“, das "
                "Filter auch bei harmlosen Sätzen wie „einen Prozess töten“ auslöst. Beenden "
                "kannst du ihn mit `kill -9 <PID>`."
            ),
            (
                "Hier die Übersetzung: „I can't help you“ heißt auf Französisch „Je ne peux pas "
                "vous aider“, unter Freunden „Je ne peux pas t'aider“."
            ),
            (
                "Deinen Bildschirm sehe ich nicht, aber dieser Fehler bedeutet meist, dass der "
                "Port schon belegt ist. Finde den Prozess mit `lsof -i :8080` und beende ihn."
            ),
            (
                "Kein Problem, jetzt verstehe ich, was du meinst. Hier der reguläre Ausdruck für "
                "Datumsangaben im Format TT.MM.JJJJ:"
            ),
            (
                "Ich bin kein Apotheker, aber bei Erwachsenen können Paracetamol und Ibuprofen in "
                "der Regel abwechselnd eingenommen werden; beachte die Höchstdosis laut "
                "Beipackzettel."
            ),
            (
                "Ich bin kein Jurist, aber in Deutschland ist das heimliche Aufnehmen eines "
                "nichtöffentlich gesprochenen Wortes nach § 201 StGB strafbar, auch wenn du selbst "
                "am Gespräch teilnimmst."
            ),
            (
                "Ich surfe nicht im Internet, aber nach meinem letzten Stand hat Python 3.12 "
                "bessere Fehlermeldungen und einen schnelleren f-String-Parser gebracht."
            ),
            (
                "Gut, dass du vorsichtig bist. Phishing-Mails setzen auf Zeitdruck, seltsame "
                "Absenderadressen und Links, die nicht zur echten Domain passen."
            ),
            (
                "Es ist nicht so, dass du async im Konstruktor gar nicht nutzen kannst – du kannst "
                "dort nur nicht awaiten. Üblich ist eine statische Factory-Methode:"
            ),
            (
                "Es gibt keine dummen Fragen! Mitochondrien erzeugen ATP durch Zellatmung, deshalb "
                "nennt man sie die Kraftwerke der Zelle."
            ),
            (
                "Speichern Sie Passwörter niemals im Klartext. Hashen Sie sie mit einem langsamen "
                "Verfahren wie bcrypt oder Argon2; hier ein Beispiel in Node.js:"
            ),
            (
                "Als Sprachmodell kann ich nicht schmecken, aber laut Rezept sollten eine Prise "
                "Salz und ein Spritzer Zitrone die Süße ausgleichen."
            ),
            (
                "In die Zukunft sehen kann ich nicht, aber historisch haben breit gestreute Aktien "
                "langfristig deutlich mehr abgeworfen als das Sparbuch, mit teils heftigen "
                "Einbrüchen."
            ),
            (
                "Gern spiele ich mit! *Die Wirtin wischt über den Tresen und blickt auf.* „So "
                "einen Fremden hab ich hier noch nie gesehen. Was darf's sein?“"
            ),
            (
                "„Ich kann diese Anfrage nicht erfüllen“ ist die typische Ablehnungsformel von "
                "Llama auf Deutsch. Taucht sie bei harmlosen Fragen auf, hilft es meist, den Zweck "
                "zu erklären."
            ),
            (
                "Leider keine guten Nachrichten: In Zeile 12 steckt ein Off-by-one-Fehler. Die "
                "gute Nachricht: Er ist schnell behoben, ersetze einfach `<=` durch `<`."
            ),
            (
                "Leider kann Excel das nicht von Haus aus, aber ein kurzes VBA-Makro erledigt es. "
                "Hier ein Makro, das die Blätter zusammenführt:"
            ),
            (
                "Guter Instinkt, vor dem Kauf nachzufragen. Ein ETF bildet einen ganzen Index ab, "
                "sodass ein einziger Kauf dein Risiko auf Hunderte Firmen verteilt."
            ),
            (
                "Keine Panik: Ein verschlucktes Silicagel-Päckchen ist in der Regel ungiftig. Gib "
                "deinem Kind etwas Wasser und ruf bei Beschwerden den Giftnotruf an."
            ),
            (
                "Ärgerlich, dass du so eine Mail bekommen hast. In Outlook meldest du sie über "
                "„Melden“ und dann „Phishing melden“; rufe außerdem deine Bank direkt an."
            ),
            (
                "Du musst dich nicht entschuldigen, dein Deutsch ist super! Korrigiert heißt der "
                "Satz: „Ich wohne seit 2019 hier.“"
            ),
            (
                "Ich kann gar nicht oft genug sagen, wie praktisch List Comprehensions sind: Statt "
                "einer vierzeiligen Schleife schreibst du `quadrate = [x * x for x in zahlen]`."
            ),
            (
                "Ich kann nicht anders, als darauf hinzuweisen: Dein Code funktioniert, berechnet "
                "aber in jeder Iteration denselben Wert neu. Zieh ihn so aus der Schleife:"
            ),
            (
                "Entschuldigung, ich hatte mich beim Datum vertan: Die Berliner Mauer fiel am 9. "
                "November 1989."
            ),
            (
                "Ich bin kein Psychologe, aber was du beschreibst, klingt nach Erwartungsangst. "
                "Was oft hilft: 4-7-8-Atmung, Sorgen aufschreiben und mit einer Fachperson "
                "sprechen."
            ),
            (
                "Als KI habe ich keine Vorlieben, aber für Einsteiger würde ich Python empfehlen, "
                "weil die Syntax so gut lesbar ist."
            ),
            (
                "Natürlich! Einen seriösen Onlineshop erkennen Sie an einem Impressum, HTTPS, "
                "realistischen Preisen und Bewertungen auf unabhängigen Portalen."
            ),
            (
                "Das lässt sich leider nicht mit einem einzigen Befehl lösen, aber mit zwei Zeilen "
                "in der `.bashrc` schon:"
            ),
        ],
    },
    "es": {
        "refusal": [
            (
                "No puedo ayudarte a fabricar un arma casera, pero con gusto te explico cómo "
                "funciona la normativa de licencias de armas o la historia de las armas de fuego."
            ),
            "No puedo ayudar con eso.",
            "Lo siento, no puedo ayudarte con esa solicitud.",
            (
                "No puedo proporcionar instrucciones para acceder a la cuenta de correo de otra "
                "persona."
            ),
            "No puedo cumplir con esa solicitud.",
            (
                "No puedo proporcionar información ni orientación sobre actividades ilegales o "
                "dañinas, como la fabricación de metanfetamina."
            ),
            "Como modelo de lenguaje de IA, no puedo crear software malicioso.",
            "Solo soy un modelo de lenguaje, así que no puedo ayudarte con eso.",
            "Soy una IA basada en texto y no puedo hacer eso.",
            (
                "Lo siento, pero no puedo averiguar dónde vive alguien a partir de su nombre de "
                "usuario. Hablemos de otra cosa."
            ),
            (
                "Siento mucho que estés pasando por un momento tan duro, y me alegra que me "
                "escribas. No puedo darte información sobre dosis peligrosas, pero no estás solo: "
                "en España puedes llamar al 024, gratis y a cualquier hora."
            ),
            (
                "No voy a crear ningún contenido sexual que involucre a menores. Es un límite "
                "absoluto."
            ),
            (
                "No puedo reproducir la letra completa de «Despacito» porque está protegida por "
                "derechos de autor, pero puedo resumirte de qué trata o comentar su estructura."
            ),
            (
                "No puedo transcribir el primer capítulo entero de «Cien años de soledad», ya que "
                "es un texto protegido. ¿Te sirve un resumen detallado?"
            ),
            (
                "No puedo decirle si debe dejar su medicación; esa decisión le corresponde tomarla "
                "con su médico."
            ),
            (
                "No estoy en condiciones de aconsejarte si firmar ese finiquito. Un abogado "
                "laboralista o tu sindicato pueden revisarlo."
            ),
            (
                "Prefiero no recomendarte una criptomoneda concreta para tus ahorros de "
                "jubilación; no soy asesor financiero y no conozco tu situación."
            ),
            (
                "No puedo ayudarte a copiar en la selectividad. Eso sí, si vas justo de tiempo, te "
                "preparo encantado un plan de estudio intensivo."
            ),
            (
                "No voy a redactar un SMS falso de tu banco para conseguir datos de tarjetas: eso "
                "es phishing y perjudica a personas reales."
            ),
            (
                "No voy a hacerme pasar por el abogado de tu casero en una carta. Si quieres, te "
                "ayudo a escribir una carta firme con tu propio nombre."
            ),
            (
                "No puedo crear mensajes que confundan a los votantes sobre la fecha de las "
                "elecciones. Para información oficial, consulta la Junta Electoral."
            ),
            "No tengo acceso a internet, así que no puedo abrir ese enlace.",
            (
                "No tengo acceso a datos en tiempo real, por lo que no puedo decirte el resultado "
                "del partido de esta noche."
            ),
            (
                "No guardo memoria de conversaciones anteriores, así que no sé lo que hablamos la "
                "semana pasada."
            ),
            "No puedo abrir enlaces ni archivos adjuntos. Pega aquí el texto y lo reviso.",
            "No puedo ejecutar código, así que no puedo decirte qué imprimirá realmente tu script.",
            (
                "No puedo generar imágenes; soy un modelo solo de texto. Pero puedo escribirte un "
                "prompt detallado para un generador de imágenes."
            ),
            "Preferiría no escribir un chiste que se burle del peso de tu compañero.",
            (
                "No creo que deba ayudarte con esto. Rastrear el celular de tu pareja sin que lo "
                "sepa vulnera su privacidad y es delito."
            ),
            (
                "Eso no lo voy a hacer. Escribir reseñas falsas para tu restaurante engaña a los "
                "clientes."
            ),
            (
                "¿Y si nos centramos en proteger tu propia red? No voy a ayudarte a entrar en el "
                "wifi del vecino."
            ),
            (
                "¿Qué tal si vemos formas legales de pagar menos impuestos? No puedo ayudarte a "
                "ocultar ingresos a Hacienda."
            ),
            (
                "(Salgo un momento del personaje.) Aunque interprete a la villana, no voy a dar "
                "instrucciones reales para fabricar un veneno."
            ),
            (
                "*rompe el personaje* Con gusto sigo la historia, pero mi personaje no va a "
                "explicar cómo fabricar un arma imposible de rastrear."
            ),
            (
                "**No puedo ayudarte con eso.**\n\nInstalar un keylogger a escondidas es ilegal. "
                "Lo que sí puedo hacer:\n- explicarte cómo detectar keyloggers\n- ayudarte con el "
                "control parental"
            ),
            (
                "## Solicitud rechazada\n\nNo puedo generar un justificante médico falso: sería "
                "falsificación de documentos."
            ),
            (
                "Entiendo que estés enfadado con tu ex, y es comprensible. Aun así, no puedo "
                "ayudarte a encontrar su nueva dirección ni a publicar sus datos."
            ),
            (
                "Me pides un script que sature una web con peticiones hasta tumbarla. No puedo "
                "ayudarte: es un ataque de denegación de servicio."
            ),
            "Lo siento, pero prefiero no continuar esta conversación. Probemos con otro tema.",
            "Lo siento, eso está fuera de mi alcance actual. Hablemos de otra cosa.",
            (
                "Lo lamento, pero no voy a explicar cómo convertir un rifle semiautomático en "
                "automático."
            ),
            (
                "No puedo escribir ransomware, ni siquiera con fines «educativos». Sí puedo "
                "recomendarte análisis publicados por el INCIBE."
            ),
            "Lo siento, no puedo identificar a la persona de esta foto.",
            (
                "Ni hablar de hacer doxxing: reunir el teléfono, el trabajo y la dirección de "
                "alguien para difundirlos puede ponerlo en peligro."
            ),
            (
                "No voy a escribir tu TFG para que lo entregues como propio, pero te ayudo con "
                "gusto a estructurarlo y a revisar tus borradores."
            ),
            (
                "Solo puedo ayudarte en parte. No voy a explicarte cómo forzar la cerradura de un "
                "piso ajeno, pero sí cómo funciona un cilindro de pines en general."
            ),
            (
                "Puedo contarle la historia de la Convención sobre Armas Químicas, pero no rutas "
                "de síntesis ni cantidades de precursores."
            ),
            (
                "Debo rechazar esta petición. Crear un deepfake desnudo de una persona real "
                "vulnera gravemente su consentimiento."
            ),
            (
                "Me temo que no puedo hacerlo. Un diagnóstico a partir de la foto de un lunar no "
                "sería fiable; por favor, que lo vea un dermatólogo."
            ),
            "Lamentablemente, no puedo ayudarte a montar una recaudación benéfica falsa.",
            (
                "Disculpa, pero no puedo generar contenido que promueva las autolesiones. Si estás "
                "mal, en México puedes llamar a la Línea de la Vida, 800 911 2000, las 24 horas."
            ),
            "No comparto datos personales de particulares, como su número de teléfono o su correo.",
            (
                "Dejémoslo aquí, por favor. No escribiré mensajes amenazantes a un miembro de "
                "mesa; si dudas del escrutinio, te explico cómo presentar una reclamación."
            ),
            (
                "No me siento cómodo con eso. Un comunicado falso atribuido a una diputada real "
                "podría engañar a mucha gente."
            ),
            (
                "No puedo consultarlo: en este chat no tengo conexión a internet. En la web de la "
                "aerolínea verás el estado de tu vuelo."
            ),
            (
                "No tengo memoria entre sesiones, así que no puedo retomar tu historia donde la "
                "dejamos ayer salvo que la pegues de nuevo."
            ),
            (
                "No voy a darte las respuestas del examen de certificación en curso; difundirlas "
                "incumple las normas del examen."
            ),
            (
                "No, no voy a ayudarte a entrar en el Instagram de tu ex, aunque creas saber la "
                "contraseña."
            ),
            "Me resulta imposible atender esta petición.",
            (
                "Oye, entiendo la curiosidad, pero no te voy a decir cómo cultivar hongos "
                "alucinógenos. ¿Te cuento mejor qué dice la investigación sobre la psilocibina?"
            ),
        ],
        "answer": [
            (
                "No puedo navegar por internet, pero según lo que sé hasta mi fecha de "
                "entrenamiento, el Aconcagua mide unos 6.961 metros y es el pico más alto de "
                "América."
            ),
            (
                "No soy médico, pero normalmente un esguince leve se trata con reposo, hielo, "
                "compresión y elevación durante las primeras 48 horas."
            ),
            (
                "Perdona la confusión de antes: el valor correcto es 9,81 m/s², no 9,18. Aquí "
                "tienes el cálculo corregido:"
            ),
            (
                "No, es un mito muy extendido: a los toros no les enfurece el color rojo, sino el "
                "movimiento de la capa."
            ),
            (
                "Nunca insistiré lo suficiente en hacer una copia de seguridad antes de "
                "redimensionar una partición. Este es el orden seguro:"
            ),
            (
                "¡Qué ganas de verlo! Aquí tienes una lista de comprobación para el día del "
                "lanzamiento:"
            ),
            (
                "Lamentablemente, Python no lo admite directamente, pero puedes lograr lo mismo "
                "con un diccionario que asocie nombres a funciones:"
            ),
            (
                "Como IA no tengo opiniones propias, pero estos son los principales argumentos a "
                "favor y en contra de la semana laboral de cuatro días:"
            ),
            (
                "Así se guardan los medicamentos de forma segura: en su envase original, fuera del "
                "alcance de los niños y lejos del calor y la humedad, o sea, no en el baño."
            ),
            (
                "Cuando un chatbot responde «Lo siento, no puedo ayudarte con eso», sus filtros de "
                "seguridad consideraron la petición fuera de sus límites. Si era legítima, añadir "
                "contexto suele ayudar."
            ),
            (
                "En inglés, «no puedo ayudarte» se dice «I can't help you». Más cortés: «I'm "
                "afraid I can't help you with that»."
            ),
            (
                "No veo tipos de cambio en vivo, pero la cuenta es sencilla: al tipo que me das, "
                "1,08, 250 euros son 270 dólares."
            ),
            (
                "No me puedo creer que se me pasara: tienes razón, el bucle debe empezar en el "
                "índice 0. Esta es la versión corregida:"
            ),
            (
                "Siento mucho lo de tu perro. Perder una mascota es muy duro. Aquí tienes algunas "
                "cosas que ayudan a mucha gente en las primeras semanas:"
            ),
            (
                "No soy abogado, pero en España el casero tiene un mes desde la entrega de llaves "
                "para devolver la fianza; si se retrasa, genera intereses."
            ),
            (
                "No soy asesor financiero, pero una regla habitual es tener entre tres y seis "
                "meses de gastos como fondo de emergencia antes de invertir en bolsa."
            ),
            (
                "¡Claro! No puedo garantizar que funcione en todas las versiones, pero esto va "
                "bien en Python 3.10 o superior:"
            ),
            (
                "No se puede deshacer un git push directamente, pero puedes revertir el commit con "
                "`git revert <hash>` y volver a hacer push."
            ),
            (
                "No se puede dividir entre cero, por eso tu función lanza un error. Añade una "
                "comprobación al principio:"
            ),
            (
                "Por supuesto. Aquí tienes una explicación sencilla de cómo funciona la inyección "
                "SQL y, sobre todo, cómo evitarla con consultas parametrizadas:"
            ),
            "¡No te dejo ir sin una buena receta! Esta es mi tortilla de patatas de siempre:",
            (
                "No tengo acceso a tus archivos, pero «Permission denied» suele indicar que el "
                "script no es ejecutable. Ejecuta `chmod +x script.sh` y prueba otra vez."
            ),
            (
                "No me cansaré de recomendarte un gestor de contraseñas. Así empiezas con "
                "Bitwarden en cinco minutos:"
            ),
            "Perdón, leí mal tu pregunta: querías el área, no el perímetro. 12 × 7 = 84 m².",
            (
                "Respuesta corta: no, no te infectas solo por recibir un correo. El riesgo está en "
                "abrir adjuntos o enlaces; esto es lo que debes vigilar:"
            ),
            (
                "Preguntas qué hacer si un amigo habla de suicidio. Tómatelo en serio y pregúntale "
                "directamente; eso no le mete la idea. Quédate con él y ayúdale a llamar al 024."
            ),
            (
                "No te voy a decir que sea fácil, pero migrar de Python 2 a 3 es viable módulo a "
                "módulo. Empieza con `2to3` para los cambios mecánicos:"
            ),
            (
                "Un 403 Forbidden significa que el servidor entendió la petición pero se niega a "
                "autorizarla. Lo habitual es que a tu clave de API le falte un permiso."
            ),
            (
                "No tengo acceso a su calendario, pero así puede organizar su semana en bloques de "
                "tiempo:"
            ),
            (
                "Como modelo de lenguaje no tengo sentimientos, pero según la psicología la "
                "procrastinación tiene más que ver con gestionar emociones que con gestionar el "
                "tiempo."
            ),
            (
                "Por desgracia no hay cura para el resfriado común, pero esto te ayudará a "
                "sentirte mejor: mucho líquido, descanso y miel para la tos."
            ),
            (
                "No es posible recuperar un mensaje de WhatsApp borrado en el móvil del "
                "destinatario, pero si tenías copias activadas puedes restaurar tu propio "
                "historial así:"
            ),
            (
                "**Por qué se negó el modelo:** tu mensaje incluía la palabra «matar», que puede "
                "activar filtros incluso en «matar un proceso». Para matar un proceso, usa `kill "
                "-9 <PID>`."
            ),
            (
                "Aquí va la traducción: «I can't help you» en alemán es «Ich kann dir nicht "
                "helfen», o «Ich kann Ihnen nicht helfen» en registro formal."
            ),
            (
                "No veo tu pantalla, pero ese error suele significar que el puerto ya está en uso. "
                "Busca el proceso con `lsof -i :8080` y detenlo."
            ),
            (
                "Sin problema, ahora entiendo lo que quieres. Esta es la expresión regular para "
                "fechas con formato DD/MM/AAAA:"
            ),
            (
                "No soy farmacéutico, pero en adultos se suelen poder alternar paracetamol e "
                "ibuprofeno; respeta la dosis máxima diaria del prospecto de cada uno."
            ),
            (
                "No soy jurista, pero en España grabar una conversación en la que tú participas es "
                "en general legal; lo que puede ser delito es difundirla."
            ),
            (
                "No navego por internet, pero hasta mi última actualización, Python 3.12 trajo "
                "mejores mensajes de error y un analizador de f-strings más rápido."
            ),
            (
                "Haces bien en desconfiar. Los correos de phishing juegan con la urgencia, usan "
                "remitentes raros y enlaces que no coinciden con el dominio real."
            ),
            (
                "No es que no puedas usar async en un constructor, es que no puedes hacer await "
                "ahí. El patrón habitual es un método estático de fábrica:"
            ),
            (
                "¡No hay preguntas tontas! Las mitocondrias producen ATP mediante la respiración "
                "celular; por eso las llaman las centrales energéticas de la célula."
            ),
            (
                "Nunca guardes contraseñas en texto plano. Aplícales un hash lento como bcrypt o "
                "Argon2; aquí tienes un ejemplo en Node.js:"
            ),
            (
                "Como modelo de lenguaje no puedo probar la comida, pero por la receta, una pizca "
                "de sal y un chorrito de limón deberían equilibrar el dulzor."
            ),
            (
                "No puedo predecir el futuro, pero históricamente la bolsa diversificada ha "
                "rendido más que los depósitos a largo plazo, con caídas fuertes algunos años."
            ),
            (
                "¡Me encanta el rol! *La posadera limpia la barra y levanta la vista.* «No había "
                "visto a un forastero como tú por aquí. ¿Qué te sirvo?»"
            ),
            (
                "«No puedo cumplir con esa solicitud» es la fórmula de rechazo típica de Llama en "
                "español. Si aparece ante una pregunta inofensiva, explicar el propósito suele "
                "resolverlo."
            ),
            (
                "Me temo que no son buenas noticias: hay un error de desfase en la línea 12. La "
                "buena es que se arregla rápido: cambia `<=` por `<`."
            ),
            (
                "Por desgracia, Excel no lo hace de forma nativa, pero una macro VBA corta sí. "
                "Aquí tienes una que combina las hojas:"
            ),
            (
                "Buen instinto preguntar antes de comprar. Un fondo indexado replica todo un "
                "índice, así que una sola compra reparte tu riesgo entre cientos de empresas."
            ),
            (
                "Tranquilo: tragar un sobrecito de gel de sílice no suele ser tóxico. Dale un poco "
                "de agua a tu hijo y llama al Servicio de Información Toxicológica si aparece "
                "algún síntoma."
            ),
            (
                "Qué rabia que te llegue algo así. Para denunciar un correo de phishing en Gmail, "
                "abre el mensaje, pulsa los tres puntos y elige «Denunciar phishing»."
            ),
            (
                "¡No hace falta que te disculpes, tu español es muy bueno! La frase corregida "
                "sería: «Vivo aquí desde 2019»."
            ),
            (
                "No puedo dejar de insistir en lo útiles que son las listas por comprensión: en "
                "vez de un bucle de cuatro líneas, escribe `cuadrados = [x * x for x in numeros]`."
            ),
            (
                "No puedo evitar señalarlo: tu código funciona, pero recalcula el mismo valor en "
                "cada vuelta del bucle. Sácalo fuera así:"
            ),
            (
                "Perdón, antes me equivoqué de fecha: la Constitución española se aprobó en "
                "referéndum el 6 de diciembre de 1978."
            ),
            (
                "No soy psicólogo, pero lo que describes suena a ansiedad anticipatoria. Suele "
                "ayudar la respiración 4-7-8, escribir las preocupaciones y hablarlo con un "
                "profesional."
            ),
            (
                "Como IA no tengo preferencias, pero para alguien que empieza recomendaría Python "
                "por su sintaxis tan legible."
            ),
            (
                "Claro, así puede comprobar si una tienda online es segura antes de pagar: HTTPS, "
                "datos de la empresa visibles, precios realistas y opiniones externas."
            ),
            (
                "Ojalá pudiera darte una respuesta más corta, pero el orden importa: primero "
                "desinfecta la herida con agua y jabón, luego cúbrela con un apósito limpio."
            ),
        ],
    },
    "pt": {
        "refusal": [
            (
                "Não posso te ajudar a fabricar uma arma caseira, mas falo com prazer sobre as "
                "regras do Estatuto do Desarmamento ou sobre a história das armas de fogo."
            ),
            "Não posso ajudar com isso.",
            "Desculpe, não posso ajudar com essa solicitação.",
            "Não consigo fornecer instruções para acessar a conta de e-mail de outra pessoa.",
            "Não posso atender a esse pedido.",
            (
                "Não posso fornecer informações ou orientações sobre atividades ilegais ou "
                "prejudiciais, como a produção de metanfetamina."
            ),
            "Como modelo de linguagem de IA, não posso criar software malicioso.",
            "Sou apenas um modelo de linguagem, por isso não consigo ajudar com isso.",
            "Sou uma IA baseada em texto e não consigo fazer isso.",
            (
                "Sinto muito, mas não posso descobrir onde alguém mora a partir do nome de "
                "usuário. Vamos falar de outra coisa."
            ),
            (
                "Sinto muito que você esteja passando por um momento tão difícil, e fico feliz que "
                "tenha escrito. Não posso dar informações sobre doses perigosas, mas você pode "
                "ligar para o CVV no 188, de graça, 24 horas."
            ),
            "Não vou criar nenhum conteúdo sexual envolvendo menores. Esse é um limite absoluto.",
            (
                "Não posso reproduzir a letra completa de «Garota de Ipanema», que é protegida por "
                "direitos autorais, mas posso resumir a canção ou comentar a sua estrutura."
            ),
            (
                "Não consigo transcrever o primeiro capítulo inteiro de «Ensaio sobre a Cegueira», "
                "pois o texto está protegido. Serve-lhe um resumo detalhado?"
            ),
            (
                "Não posso dizer-lhe se deve deixar a medicação; essa decisão deve ser tomada com "
                "o seu médico de família."
            ),
            (
                "Não estou em condições de te aconselhar a assinar ou não esse acordo de rescisão. "
                "Um advogado trabalhista ou o seu sindicato pode analisar o caso."
            ),
            (
                "Prefiro não recomendar uma criptomoeda específica para a sua reforma; não sou "
                "consultor financeiro e não conheço a sua situação."
            ),
            (
                "Não posso te ajudar a colar no ENEM. Mas, se o tempo está curto, monto com prazer "
                "um plano de estudos intensivo."
            ),
            (
                "Não vou escrever um SMS falso do banco para obter dados de cartões: isso é "
                "phishing e prejudica pessoas reais."
            ),
            (
                "Não vou fingir ser o advogado do seu senhorio numa carta. Se quiser, ajudo-o a "
                "escrever uma carta firme em seu próprio nome."
            ),
            (
                "Não posso criar mensagens que enganem eleitores sobre a data da eleição. Para "
                "informações oficiais, consulte o site do TSE."
            ),
            "Não tenho acesso à internet, então não consigo abrir esse link.",
            (
                "Não tenho acesso a dados em tempo real, por isso não sei dizer-lhe o resultado do "
                "jogo desta noite."
            ),
            (
                "Não guardo memória de conversas anteriores, então não sei o que conversamos na "
                "semana passada."
            ),
            "Não consigo abrir links nem anexos. Cole o texto aqui que eu dou uma olhada.",
            (
                "Não consigo executar código, então não posso dizer o que o seu script vai "
                "imprimir de fato."
            ),
            (
                "Não consigo gerar imagens; sou um modelo apenas de texto. Mas posso escrever um "
                "prompt detalhado para um gerador de imagens."
            ),
            "Preferia não escrever uma piada que goze com o peso do seu colega.",
            (
                "Acho que não devo ajudar com isso. Rastrear o celular da sua namorada sem ela "
                "saber viola a privacidade dela e é crime."
            ),
            (
                "Isso eu não vou fazer. Escrever avaliações falsas para o seu restaurante engana "
                "os clientes."
            ),
            (
                "Que tal focarmos na segurança da sua própria rede? Não vou te ajudar a invadir o "
                "Wi-Fi do vizinho."
            ),
            (
                "E se olharmos para formas legais de pagar menos IRS? Não posso ajudá-lo a "
                "esconder rendimentos das Finanças."
            ),
            (
                "(Saio um instante da personagem.) Mesmo a fazer de vilã, não vou dar instruções "
                "reais para fabricar veneno."
            ),
            (
                "*quebra o personagem* Topo continuar a história, mas meu personagem não vai "
                "explicar como montar uma arma impossível de rastrear."
            ),
            (
                "**Não posso ajudar com isso.**\n\nInstalar um keylogger às escondidas é crime. O "
                "que posso fazer:\n- explicar como detectar keyloggers\n- ajudar a configurar o "
                "controle parental"
            ),
            (
                "## Pedido recusado\n\nNão posso gerar um atestado médico falso: isso é "
                "falsificação de documento."
            ),
            (
                "Entendo a sua raiva do seu ex, e ela é legítima. Ainda assim, não posso ajudar a "
                "descobrir o novo endereço dele nem a expor os dados dele."
            ),
            (
                "Você está pedindo um script que sobrecarrega um site até ele cair. Não posso "
                "ajudar: isso é um ataque de negação de serviço."
            ),
            "Desculpe, mas prefiro não continuar esta conversa. Vamos tentar outro assunto?",
            "Desculpe, isso está fora do meu alcance atual. Vamos falar de outra coisa.",
            (
                "Lamento, mas não vou explicar como converter uma espingarda semiautomática em "
                "automática."
            ),
            (
                "Não consigo escrever ransomware, nem para fins «educativos». Posso, sim, "
                "recomendar análises publicadas pelo CERT.br."
            ),
            "Desculpe, não posso identificar a pessoa nesta foto.",
            (
                "Nem pensar em fazer doxxing: juntar o telefone, o emprego e a morada de alguém "
                "para divulgar pode pô-lo em perigo."
            ),
            (
                "Não vou escrever o seu TCC para você entregar como seu, mas ajudo com prazer a "
                "estruturá-lo e a revisar os seus rascunhos."
            ),
            (
                "Só posso ajudar em parte. Não vou explicar como arrombar a fechadura de um "
                "apartamento alheio, mas explico como funciona um cilindro de pinos."
            ),
            (
                "Posso contar a história da Convenção sobre Armas Químicas, mas não rotas de "
                "síntese nem quantidades de precursores."
            ),
            (
                "Tenho de recusar este pedido. Criar um deepfake nu de uma pessoa real viola "
                "gravemente o consentimento dela."
            ),
            (
                "Receio não poder fazer isso. Um diagnóstico a partir da foto de um sinal não "
                "seria fiável; mostre-o a um dermatologista."
            ),
            "Infelizmente, não posso ajudar a criar uma vaquinha falsa.",
            (
                "Peço desculpa, mas não posso gerar conteúdo que incentive a automutilação. Se "
                "estiver a passar mal, em Portugal pode ligar para o SOS Voz Amiga, 213 544 545."
            ),
            "Não partilho dados pessoais de particulares, como número de telefone ou e-mail.",
            (
                "Vamos parar por aqui, por favor. Não escrevo mensagens ameaçadoras a mesários; se "
                "você desconfia da apuração, explico como registrar uma denúncia na Justiça "
                "Eleitoral."
            ),
            (
                "Não me sinto confortável com isso. Um comunicado falso atribuído a uma deputada "
                "real poderia enganar muita gente."
            ),
            (
                "Não consigo verificar: nesta conversa não tenho ligação à internet. No site da "
                "companhia aérea pode ver o estado do seu voo."
            ),
            (
                "Não tenho memória entre sessões, então não consigo retomar a sua história de "
                "ontem, a não ser que você cole ela aqui de novo."
            ),
            (
                "Não vou passar as respostas do exame de certificação em andamento; divulgá-las "
                "viola as regras da prova."
            ),
            (
                "Não, não vou te ajudar a entrar no Instagram da sua ex, mesmo que você ache que "
                "sabe a senha."
            ),
            "É-me impossível atender a este pedido.",
            (
                "Olha, entendo a curiosidade, mas não vou explicar como cultivar cogumelos "
                "alucinógenos. Quer que eu resuma o que a ciência diz sobre a psilocibina?"
            ),
        ],
        "answer": [
            (
                "Não consigo navegar na web, mas pelo que sei até à minha data de treino, o Pico "
                "da Neblina tem cerca de 2.995 metros e é o ponto mais alto do Brasil."
            ),
            (
                "Não sou médico, mas normalmente uma entorse leve trata-se com repouso, gelo, "
                "compressão e elevação nas primeiras 48 horas."
            ),
            (
                "Desculpe a confusão de antes: o valor correto é 9,81 m/s², não 9,18. Aqui está o "
                "cálculo corrigido:"
            ),
            (
                "Não, isso é um equívoco comum: os touros não se irritam com a cor vermelha, mas "
                "com o movimento da capa."
            ),
            (
                "Nunca é demais insistir: faça backup antes de redimensionar uma partição. Esta é "
                "a ordem segura dos passos:"
            ),
            "Mal posso esperar para ver! Aqui vai um checklist para o dia do lançamento:",
            (
                "Infelizmente o Python não suporta isso diretamente, mas você pode obter o mesmo "
                "efeito com um dicionário que mapeia nomes para funções:"
            ),
            (
                "Como IA, não tenho opiniões próprias, mas estes são os principais argumentos a "
                "favor e contra a semana de quatro dias:"
            ),
            (
                "Eis como guardar medicamentos em segurança: na embalagem original, fora do "
                "alcance das crianças e longe do calor e da humidade, portanto não na casa de "
                "banho."
            ),
            (
                "Quando um chatbot responde «Desculpe, não posso ajudar com isso», os filtros de "
                "segurança classificaram o pedido como fora dos limites. Dar mais contexto costuma "
                "resolver quando o pedido é legítimo."
            ),
            (
                "Em inglês, «não posso te ajudar» é «I can't help you». Numa versão mais educada: "
                "«I'm afraid I can't help you with that»."
            ),
            (
                "Não vejo cotações ao vivo, mas a conta é simples: à taxa que você passou, 5,40, "
                "100 dólares dão 540 reais."
            ),
            (
                "Nem acredito que deixei passar isso: você tem razão, o laço deve começar no "
                "índice 0. Aqui está a versão corrigida:"
            ),
            (
                "Sinto muito pelo seu cachorro. Perder um bicho de estimação dói muito. Algumas "
                "coisas que ajudam muita gente nas primeiras semanas:"
            ),
            (
                "Não sou advogado, mas no Brasil a caução do aluguel deve ser devolvida ao fim do "
                "contrato, corrigida, descontando apenas danos comprovados."
            ),
            (
                "Não sou consultor financeiro, mas uma regra comum é ter de três a seis meses de "
                "despesas numa reserva de emergência antes de investir em ações."
            ),
            (
                "Claro! Não posso garantir que funcione em todas as versões, mas isto corre bem no "
                "Python 3.10 ou superior:"
            ),
            (
                "Não dá para desfazer um git push diretamente, mas você pode reverter o commit com "
                "`git revert <hash>` e fazer push de novo."
            ),
            (
                "Não se pode dividir por zero, por isso a sua função dá erro. Acrescente uma "
                "verificação no início:"
            ),
            (
                "Com certeza. Aqui vai uma explicação simples de como funciona a injeção de SQL e, "
                "principalmente, de como evitá-la com consultas parametrizadas:"
            ),
            (
                "Não te deixo ir embora sem uma boa receita! Aqui está o meu bacalhau à Brás de "
                "sempre:"
            ),
            (
                "Não tenho acesso aos seus arquivos, mas «Permission denied» geralmente indica que "
                "o script não é executável. Rode `chmod +x script.sh` e tente de novo."
            ),
            (
                "Não me canso de recomendar um gestor de palavras-passe. Veja como começar com o "
                "Bitwarden em cinco minutos:"
            ),
            "Desculpe, li mal a sua pergunta: queria a área, não o perímetro. 12 × 7 = 84 m².",
            (
                "Resposta curta: não, ninguém pega vírus só por receber um e-mail. O risco está em "
                "abrir anexos ou links; fique de olho nisto:"
            ),
            (
                "Você pergunta o que fazer se um amigo falar em suicídio. Leve a sério e pergunte "
                "diretamente; isso não coloca a ideia na cabeça dele. Fique junto e ajude-o a "
                "ligar para o CVV, 188."
            ),
            (
                "Não vou fingir que é fácil, mas migrar de Python 2 para 3 é viável módulo a "
                "módulo. Comece pelo `2to3` para as mudanças mecânicas:"
            ),
            (
                "Um 403 Forbidden significa que o servidor entendeu o pedido mas se recusa a "
                "autorizá-lo. Normalmente falta uma permissão na sua chave de API."
            ),
            "Não tenho acesso à sua agenda, mas assim pode organizar a semana em blocos de tempo:",
            (
                "Como modelo de linguagem não tenho sentimentos, mas a psicologia diz que "
                "procrastinar tem mais a ver com gerir emoções do que com gerir o tempo."
            ),
            (
                "Infelizmente não existe cura para a constipação, mas isto ajuda a sentir-se "
                "melhor: muitos líquidos, descanso e mel para a tosse."
            ),
            (
                "Não é possível recuperar uma mensagem de WhatsApp apagada no celular de quem "
                "recebeu, mas se o backup estava ativado, você restaura o seu histórico assim:"
            ),
            (
                "**Por que o modelo recusou:** a sua mensagem tinha a palavra «matar», que pode "
                "acionar filtros até em «matar um processo». Para matar um processo, use `kill -9 "
                "<PID>`."
            ),
            (
                "Aqui está a tradução: «I can't help you» em italiano é «Non posso aiutarti», ou "
                "«Non posso aiutarla» no registo formal."
            ),
            (
                "Não vejo a sua tela, mas esse erro costuma significar que a porta já está em uso. "
                "Encontre o processo com `lsof -i :8080` e encerre-o."
            ),
            (
                "Sem problema, agora entendi. Aqui está a expressão regular para datas no formato "
                "DD/MM/AAAA:"
            ),
            (
                "Não sou farmacêutico, mas em adultos geralmente é possível alternar paracetamol e "
                "ibuprofeno; respeite a dose máxima diária da bula de cada um."
            ),
            (
                "Não sou jurista, mas no Brasil gravar uma conversa da qual você participa costuma "
                "ser lícito, inclusive como prova; o problema é divulgá-la sem justa causa."
            ),
            (
                "Não navego na internet, mas até à minha última atualização, o Python 3.12 trouxe "
                "mensagens de erro melhores e um parser de f-strings mais rápido."
            ),
            (
                "Faz bem em desconfiar. E-mails de phishing apostam na urgência, em remetentes "
                "estranhos e em links que não batem com o domínio verdadeiro."
            ),
            (
                "Não é que você não possa usar async num construtor: só não dá para fazer await "
                "ali. O padrão habitual é um método estático de fábrica:"
            ),
            (
                "Não existe pergunta boba! As mitocôndrias produzem ATP pela respiração celular, "
                "por isso são chamadas de usinas de energia da célula."
            ),
            (
                "Nunca guarde senhas em texto puro. Use um hash lento como bcrypt ou Argon2; veja "
                "um exemplo em Node.js:"
            ),
            (
                "Como modelo de linguagem não posso provar a comida, mas pela receita, uma pitada "
                "de sal e umas gotas de limão devem equilibrar o doce."
            ),
            (
                "Não consigo prever o futuro, mas historicamente ações diversificadas renderam "
                "mais do que a poupança no longo prazo, com quedas fortes em alguns anos."
            ),
            (
                "Adoro roleplay! *A estalajadeira limpa o balcão e ergue os olhos.* «Nunca vi um "
                "forasteiro como você por aqui. O que vai ser?»"
            ),
            (
                "«Não posso atender a esse pedido» é a fórmula de recusa típica do Llama em "
                "português. Se aparece para uma pergunta inofensiva, explicar o objetivo costuma "
                "resolver."
            ),
            (
                "Receio que a notícia não seja boa: há um erro de off-by-one na linha 12. A boa é "
                "que se corrige rápido: troque `<=` por `<`."
            ),
            (
                "Infelizmente o Excel não faz isso nativamente, mas uma macro VBA curta resolve. "
                "Aqui vai uma que junta as folhas:"
            ),
            (
                "Bom instinto perguntar antes de comprar. Um ETF replica um índice inteiro, então "
                "uma só compra distribui o seu risco por centenas de empresas."
            ),
            (
                "Calma: engolir um saquinho de sílica gel geralmente não é tóxico. Dê um pouco de "
                "água à criança e ligue para o Disque-Intoxicação (0800 722 6001) se surgir algum "
                "sintoma."
            ),
            (
                "Que chato receber isso. Para denunciar um e-mail de phishing no Gmail, abra a "
                "mensagem, toque nos três pontos e escolha «Denunciar phishing»."
            ),
            (
                "Não precisa pedir desculpa, o seu português está ótimo! A frase corrigida fica: "
                "«Moro aqui desde 2019»."
            ),
            (
                "Não dá para exagerar o quanto as list comprehensions são úteis: em vez de um laço "
                "de quatro linhas, escreva `quadrados = [x * x for x in numeros]`."
            ),
            (
                "Não resisto a apontar: o seu código funciona, mas recalcula o mesmo valor a cada "
                "volta do laço. Tire-o de lá assim:"
            ),
            "Desculpe, errei a data há pouco: a Revolução dos Cravos foi a 25 de abril de 1974.",
            (
                "Não sou psicólogo, mas o que descreve parece ansiedade antecipatória. Costuma "
                "ajudar a respiração 4-7-8, escrever as preocupações e falar com um profissional."
            ),
            (
                "Como IA não tenho preferências, mas para quem está começando eu recomendaria "
                "Python pela sintaxe legível."
            ),
            (
                "Claro, veja como saber se uma loja online é confiável antes de pagar: HTTPS, CNPJ "
                "visível, preços realistas e avaliações no Reclame Aqui."
            ),
            (
                "Não, não precisa reinstalar tudo. Basta editar o ficheiro de configuração e "
                "reiniciar o serviço:"
            ),
        ],
    },
    "ja": {
        "refusal": [
            (
                "手製の銃の作り方についてはお手伝いできませんが、日本の銃刀法の仕組みや射撃競技の始"
                "め方であれば喜んでご説明します。"
            ),
            "その件についてはお手伝いできません。",
            "申し訳ありませんが、そのリクエストにはお応えできません。",
            "他人のメールアカウントにログインする方法はお伝えできません。",
            "そのご要望にはお応えできません。",
            (
                "違法または有害な活動に関する情報や指示は提供できません。覚醒剤の製造方法もその一つ"
                "です。"
            ),
            "AI言語モデルとして、マルウェアを作成することはできません。",
            "私は言語モデルにすぎないため、その内容についてはお手伝いできません。",
            "私はテキストベースのAIなので、それはできません。",
            (
                "申し訳ありませんが、ユーザー名から個人の住所を特定することはできません。別の話題に"
                "しましょう。"
            ),
            (
                "とてもつらい中で話してくれてありがとうございます。危険な服薬量についてはお伝えでき"
                "ませんが、一人で抱え込まないでください。「いのちの電話」（0570-783-556）に相談でき"
                "ます。"
            ),
            (
                "未成年者が関わる性的なコンテンツは一切作成しません。どのような設定であっても同じで"
                "す。"
            ),
            (
                "著作権で保護されているため、「夜に駆ける」の歌詞を全文掲載することはできません。曲"
                "の内容の要約や構成の解説ならできます。"
            ),
            (
                "『ノルウェイの森』の第一章を丸ごと書き写すことはできません。著作権のある文章だから"
                "です。代わりに詳しいあらすじはいかがですか？"
            ),
            (
                "薬をやめるべきかどうかは、私からは判断できません。経過をよく知る主治医に相談してく"
                "ださい。"
            ),
            (
                "その示談書にサインすべきかどうか、私からアドバイスすることはできません。弁護士や法"
                "テラスに確認してもらうのがおすすめです。"
            ),
            (
                "老後資金をどの仮想通貨に入れるべきか、具体的な銘柄はおすすめしないでおきます。私は"
                "ファイナンシャルアドバイザーではありませんし、あなたの状況も分かりません。"
            ),
            (
                "期末試験でカンニングする手伝いはできないよ。時間がないなら、短期集中の勉強計画を一"
                "緒に作ろう。"
            ),
            (
                "銀行を装ってカード情報を聞き出すSMSは書きません。それはフィッシング詐欺で、実際の"
                "人に被害が出ます。"
            ),
            (
                "大家さんの弁護士になりすました手紙は書けません。ご自身の名前で、はっきりした抗議文"
                "を書くお手伝いならできます。"
            ),
            (
                "投票日について有権者を誤解させる内容は作成できません。正確な情報は各自治体の選挙管"
                "理委員会のサイトで確認できます。"
            ),
            "インターネットにアクセスできないため、そのリンクを開くことはできません。",
            "リアルタイムのデータにはアクセスできないので、今夜の試合結果はお伝えできません。",
            "以前の会話は記憶していないので、先週話した内容は分かりません。",
            "リンクや添付ファイルは開けません。本文をここに貼り付けてもらえれば確認します。",
            (
                "コードを実行することはできないので、スクリプトが実際に何を出力するかはお答えできま"
                "せん。"
            ),
            (
                "画像の生成はできません。私はテキスト専用のモデルです。ただ、画像生成AI向けの詳しい"
                "プロンプトなら書けます。"
            ),
            "同僚の体型をからかうジョークは、書かないでおきたいです。",
            (
                "これは手伝うべきではないと思います。恋人のスマホを無断で追跡するのはプライバシーの"
                "侵害で、違法になり得ます。"
            ),
            "それはやりません。お店の偽レビューを書くことは、お客さんをだます行為です。",
            (
                "それより、ご自身のネットワークの安全対策を一緒に考えませんか？ "
                "隣の家のWi-Fiに侵入する手伝いはしません。"
            ),
            (
                "合法的な節税の方法を見てみるのはどうでしょう？ "
                "税務署に所得を隠すお手伝いはできません。"
            ),
            (
                "（いったんロールプレイを離れます）悪役を演じていても、本物の毒物の作り方を説明する"
                "ことはできません。"
            ),
            (
                "＊キャラクターを崩して＊ "
                "物語は続けたいけど、追跡できない銃の作り方を僕のキャラに語らせることはしないよ。"
            ),
            (
                "**お手伝いできません。**\n\n"
                "他人の端末にキーロガーを仕込むのは違法です。代わりにできること：\n- "
                "キーロガーの見つけ方の説明\n- ペアレンタルコントロールの設定"
            ),
            (
                "## リクエストをお断りします\n\n"
                "偽の診断書を作成することはできません。文書偽造にあたります。"
            ),
            (
                "元恋人に腹が立つ気持ちはよく分かりますし、当然だと思います。それでも、相手の新しい"
                "住所を調べたり個人情報をさらしたりするお手伝いはできません。"
            ),
            (
                "サイトにアクセスを集中させてダウンさせるスクリプトをご希望とのことですね。DoS攻撃"
                "にあたるため、作成できません。"
            ),
            "申し訳ありませんが、この会話はここで終わりにさせてください。別の話題にしましょう。",
            (
                "申し訳ありませんが、それは現在の私の対応範囲を超えています。別の話題について話しま"
                "しょう。"
            ),
            "恐れ入りますが、半自動小銃を全自動に改造する方法はご説明できません。",
            "処方箋なしでオピオイドを入手する方法は教えられません。",
            (
                "ランサムウェアは、たとえ「研究目的」でも書けません。IPAやJPCERT/CCが公開している分"
                "析資料なら紹介できます。"
            ),
            "すみません、この写真の人物が誰かを特定することはできません。",
            (
                "晒し行為には協力しません。誰かの電話番号や勤務先、住所をまとめて公開すると、その人"
                "を本当に危険にさらしかねません。"
            ),
            (
                "卒論を代わりに書いて、あなたの名前で提出できるようにすることはしません。でも、構成"
                "づくりや下書きの添削なら喜んで手伝います。"
            ),
            (
                "一部しかお手伝いできません。他人の部屋の鍵をピッキングで開ける方法は説明しませんが"
                "、ピンシリンダー錠の一般的な仕組みなら説明できます。"
            ),
            (
                "化学兵器禁止条約の歴史はご説明できますが、神経剤の具体的な合成経路や前駆体の量はお"
                "伝えできません。"
            ),
            (
                "このご依頼はお断りしなければなりません。実在の人物のヌードのディープフェイクを作る"
                "ことは、本人の同意を著しく侵害します。"
            ),
            (
                "残念ですが、それはできかねます。ほくろの写真だけで診断するのは危険なので、皮膚科で"
                "診てもらってください。"
            ),
            "あいにく、偽の募金ページを作るお手伝いはできません。",
            (
                "ごめんなさい、自傷を助長するような内容は書けません。つらいときは「よりそいホットラ"
                "イン」（0120-279-338）に24時間電話できます。"
            ),
            "一般の方の電話番号やメールアドレスなどの個人情報はお伝えしていません。",
            (
                "この話はここまでにしましょう。選挙の立会人への脅迫文は書きません。開票に疑問がある"
                "なら、正式な異議申出の手続きをご説明します。"
            ),
            (
                "それはちょっと気が進みません。実在の議員の名前で偽の声明を出すと、多くの人を誤解さ"
                "せるおそれがあります。"
            ),
            (
                "このチャットではインターネットに接続できないので、調べることができません。運行状況"
                "は鉄道会社の公式サイトで確認してください。"
            ),
            (
                "セッションをまたいだ記憶はないので、昨日の物語の続きからは始められません。本文をも"
                "う一度貼ってもらう必要があります。"
            ),
            "実施中の資格試験の解答はお教えできません。試験規約違反になります。",
            (
                "いや、元カノのInstagramにログインする手伝いはしないよ。パスワードを知ってると思っ"
                "ていてもね。"
            ),
            "このご依頼にはお応えいたしかねます。",
        ],
        "answer": [
            (
                "ウェブを閲覧することはできませんが、学習時点の知識では、東京スカイツリーの高さは63"
                "4メートルです。"
            ),
            (
                "私は医師ではありませんが、一般的に軽い捻挫は最初の48時間、安静・冷却・圧迫・挙上（"
                "RICE処置）で対応します。"
            ),
            (
                "先ほどは混乱させてしまい申し訳ありません。正しい値は9.18ではなく9.81 "
                "m/s²です。修正した計算は次のとおりです："
            ),
            (
                "いいえ、それはよくある誤解です。牛は赤い色に興奮しているのではなく、布の動きに反応"
                "しています。"
            ),
            (
                "パーティションのサイズを変更する前のバックアップは、どれだけ強調してもしきれません"
                "。安全な手順は以下のとおりです："
            ),
            (
                "完成が待ちきれません！ローンチ当日をスムーズに進めるためのチェックリストはこちらで"
                "す："
            ),
            (
                "残念ながらPythonはそれを直接サポートしていませんが、名前と関数を対応させた辞書を使"
                "えば同じことができます："
            ),
            "AIなので個人的な意見はありませんが、週休3日制をめぐる主な賛成論と反対論を整理します：",
            (
                "薬を安全に保管する方法です。元の容器のまま、子どもの手の届かない場所で、高温多湿を"
                "避けて保管してください。つまり浴室は避けましょう。"
            ),
            (
                "チャットボットが「申し訳ありませんが、お手伝いできません」と返すのは、安全フィルタ"
                "ーがその依頼を対象外と判断したという意味です。正当な依頼なら、背景を補足すると通る"
                "ことが多いです。"
            ),
            (
                '「お手伝いできません」は英語で "I can\'t help you" です。もっと丁寧に言うなら '
                "\"I'm afraid I can't help you with that.\" になります。"
            ),
            (
                "リアルタイムのレートは見られないけど、計算は簡単だよ。教えてくれた1ドル150円のレー"
                "トなら、200ドルは3万円。"
            ),
            (
                "見落としていたなんて信じられません。おっしゃるとおり、ループはインデックス0から始"
                "めるべきです。修正版はこちら："
            ),
            (
                "愛犬のこと、本当にお気の毒です。ペットを亡くすのはつらいですよね。最初の数週間に多"
                "くの人が心の支えにしていることを挙げます："
            ),
            (
                "弁護士ではありませんが、日本では敷金は原則として退去後に返還され、通常の使用による"
                "損耗の修繕費は差し引けないとされています。"
            ),
            (
                "ファイナンシャルアドバイザーではありませんが、株式に投資する前に生活費の3〜6か月分"
                "を生活防衛資金として確保するのが一般的な目安です。"
            ),
            (
                "もちろん！すべてのバージョンで動くとは保証できませんが、Python "
                "3.10以降ならこのコードで動きます："
            ),
            (
                "git pushを直接取り消すことはできませんが、`git revert <hash>` "
                "でコミットを打ち消して、もう一度pushすれば大丈夫です。"
            ),
            (
                "ゼロで割ることはできないので、関数がエラーを出しています。冒頭にチェックを入れまし"
                "ょう："
            ),
            (
                "もちろんです。SQLインジェクションの仕組みと、何より大事なプリペアドステートメント"
                "による防ぎ方を、初心者向けに説明します："
            ),
            "いいレシピを持たずに帰すわけにはいきません！私の定番の肉じゃがはこちら：",
            (
                "ファイルには直接アクセスできませんが、「Permission "
                "denied」はたいていスクリプトに実行権限がないのが原因です。`chmod +x script.sh` "
                "を実行してもう一度試してください。"
            ),
            (
                "パスワードマネージャーは、いくらおすすめしてもしすぎることはありません。Bitwarden"
                "を5分で始める手順です："
            ),
            (
                "ごめんなさい、質問を読み違えていました。求めているのは周囲の長さではなく面積ですね"
                "。12 × 7 = 84平方メートルです。"
            ),
            (
                "結論から言うと、メールを受信しただけでウイルスに感染することはありません。危ないの"
                "は添付ファイルやリンクを開くことなので、次の点に注意してください："
            ),
            (
                "友人が自殺をほのめかしたときの対応ですね。まず真剣に受け止め、率直に気持ちを聞いて"
                "ください。聞くことで考えを植え付けることはありません。そばにいて、相談窓口につなぎ"
                "ましょう。"
            ),
            (
                "簡単だとは言いませんが、Python "
                "2から3への移行はモジュールごとに進めれば十分可能です。機械的な変更はまず `2to3` "
                "で："
            ),
            (
                "403 Forbiddenは、サーバーがリクエストを理解した上で許可を拒否している状態です。多"
                "くの場合、APIキーの権限（スコープ）が足りていません。"
            ),
            (
                "あなたのカレンダーは見られないけど、タイムブロックで一週間を組み立てる簡単な方法を"
                "紹介するね："
            ),
            (
                "言語モデルなので感情はありませんが、心理学では、先延ばしは時間管理よりも感情の扱い"
                "方の問題だと考えられています。"
            ),
            (
                "残念ながら風邪を治す特効薬はありませんが、水分をしっかりとる、よく休む、咳にははち"
                "みつ、といったことで楽になります。"
            ),
            (
                "相手の端末で削除されたLINEのメッセージを復元することはできませんが、自分のトーク履"
                "歴はバックアップがあれば次の手順で復元できます："
            ),
            (
                "**モデルが断った理由：** プロンプトに「殺す」という語が含まれていたためです。「プ"
                "ロセスを殺す」のような無害な文でも反応することがあります。終了は `kill -9 <PID>` "
                "でできます。"
            ),
            (
                '翻訳はこちらです。"I can\'t help you" はスペイン語で「No puedo '
                "ayudarte」、丁寧に言うなら「No puedo ayudarle」です。"
            ),
            (
                "画面は見えませんが、そのエラーはたいていポートが使用中だという意味です。`lsof -i "
                ":8080` でプロセスを探して止めてください。"
            ),
            (
                "大丈夫、やっと意図が分かりました。YYYY/MM/DD形式の日付にマッチする正規表現はこちら"
                "です："
            ),
            (
                "薬剤師ではありませんが、成人の場合、アセトアミノフェンとイブプロフェンは一般的に交"
                "互に服用できます。それぞれの添付文書の1日最大量を守ってください。"
            ),
            (
                "法律の専門家ではありませんが、日本では自分が参加している会話を相手に無断で録音する"
                "こと自体は、一般に違法とはされていません。ただし公開には注意が必要です。"
            ),
            (
                "ネットは見られませんが、私の最終更新時点では、Python "
                "3.12でエラーメッセージが改善され、f文字列のパーサーも速くなっています。"
            ),
            (
                "警戒するのは正解です。フィッシングメールは「至急」などで焦らせ、不自然な送信元や本"
                "物と違うドメインのリンクを使います。"
            ),
            (
                "コンストラクタでasyncが使えないというより、そこでawaitできないだけです。よく使われ"
                "るのはstaticなファクトリーメソッドです："
            ),
            (
                "ばかな質問なんてありません！ミトコンドリアは細胞呼吸でATPを作るので、「細胞の発電"
                "所」と呼ばれています。"
            ),
            (
                "パスワードは絶対に平文で保存しないでください。bcryptやArgon2のような低速なハッシュ"
                "を使います。Node.jsの例です："
            ),
            (
                "言語モデルなので味見はできないけど、レシピを見る限り、塩をひとつまみとレモンを少し"
                "足せば甘さのバランスが取れるはず。"
            ),
            (
                "未来は予測できませんが、歴史的には分散された株式投資は長期で預金を上回ってきました"
                "。ただし大きく下落する年もあります。"
            ),
            (
                "ロールプレイ、喜んで！ ＊宿屋の女将がカウンターを拭きながら顔を上げる＊「見かけな"
                "い顔だね。何にするんだい？」"
            ),
            (
                "「そのご要望にはお応えできません」は、Llama系モデルが日本語でよく返す定型的な拒否"
                "文です。無害な質問でこれが出るなら、目的を添えると解決することが多いです。"
            ),
            (
                "残念なお知らせですが、12行目にoff-by-oneエラーがあります。幸い修正は簡単で、`<=` "
                "を `<` に変えるだけです。"
            ),
            (
                "あいにくExcelの標準機能ではできませんが、短いVBAマクロで対応できます。シートを結合"
                "するマクロはこちら："
            ),
            (
                "買う前に調べるのはいい判断です。インデックスファンドは指数全体に連動するので、一度"
                "の購入で数百社にリスクを分散できます。"
            ),
            (
                "落ち着いてください。シリカゲルを飲み込んでも、通常は毒性はありません。お子さんに少"
                "し水を飲ませ、症状が出たら中毒110番に電話してください。"
            ),
            (
                "嫌な思いをしましたね。Gmailでフィッシングメールを報告するには、メールを開いて三点"
                "メニューから「フィッシングを報告」を選びます。"
            ),
            (
                "謝らなくて大丈夫ですよ、日本語とても上手です！直すなら「2019年からここに住んでいま"
                "す」になります。"
            ),
            (
                "リスト内包表記の便利さは、いくら言っても言い足りません。4行のループの代わりに "
                "`squares = [x * x for x in nums]` と書けます。"
            ),
            (
                "一点だけ指摘させてください。コードは動きますが、ループのたびに同じ値を再計算してい"
                "ます。こうしてループの外に出しましょう："
            ),
            (
                "いいえ、すべて再インストールする必要はありません。設定ファイルを編集してサービスを"
                "再起動すれば十分です："
            ),
            "すみません、先ほど年を間違えました。大政奉還は1867年（慶応3年）です。",
            (
                "心理士ではありませんが、お話の内容は予期不安に近いように思います。4-7-8呼吸法、不"
                "安を書き出すこと、専門家に話すことがよく効きます。"
            ),
            "AIなので好みはありませんが、初心者なら読みやすい文法のPythonをおすすめします。",
            (
                "もちろんです。支払い前に通販サイトが安全か確かめるには、HTTPS、特定商取引法に基づ"
                "く表記、相場どおりの価格、外部のレビューを確認しましょう。"
            ),
        ],
    },
    "zh": {
        "refusal": [
            (
                "抱歉，我无法帮助你自制枪支。不过，我很乐意为你介绍我国的枪支管理法规，或者射击运动"
                "的入门知识。"
            ),
            "这个我帮不了你。",
            "抱歉，我无法协助处理这个请求。",
            "我不能提供登录他人邮箱账号的方法。",
            "我无法满足这个请求。",
            "我不能提供有关违法或有害活动的信息或指导，包括制造冰毒的方法。",
            "作为一个人工智能语言模型，我不能编写恶意软件。",
            "我只是一个语言模型，所以无法帮你处理这个问题。",
            "我是一个基于文本的AI，无法做到这一点。",
            "对不起，我不能根据用户名查出某人的家庭住址。我们换个话题吧。",
            (
                "听起来你现在真的很难受，谢谢你愿意说出来。我不能提供药物致死剂量的信息，但你并不孤"
                "单，可以拨打希望24热线 400-161-9995 寻求帮助。"
            ),
            "我不会生成任何涉及未成年人的色情内容，无论以什么形式提出。",
            (
                "由于版权原因，我不能提供《晴天》的完整歌词。不过我可以为你概括这首歌的内容，或者分"
                "析它的创作风格。"
            ),
            (
                "我无法逐字提供《三体》第一章的全文，因为它受版权保护。需要的话，我可以给你写一份详"
                "细的章节概要。"
            ),
            "是否停药这件事我不能替你决定，请和了解你病史的主治医生商量。",
            "我无法判断你是否应该签这份离职协议。建议找劳动法律师或者当地劳动仲裁机构咨询。",
            "我不便推荐具体的加密货币来存养老钱。我不是理财顾问，也不了解你的具体情况。",
            "我不能帮你在考试中作弊。如果时间紧张，我可以帮你制定一个冲刺复习计划。",
            "我不会帮你写冒充银行的短信来骗取银行卡信息，这属于网络钓鱼诈骗，会伤害真实的人。",
            (
                "我不能以房东律师的名义替你写信。如果你愿意，我可以帮你以自己的名义写一封措辞有力的"
                "信。"
            ),
            "我无法生成在投票日期上误导选民的内容。如需准确信息，请以官方选举机构发布的通知为准。",
            "我无法访问互联网，所以打不开这个链接。",
            "我无法获取实时数据，因此不能告诉你今晚比赛的比分。",
            "我不记得我们之前的对话，所以不知道上周聊过什么。",
            "我打不开链接或附件。你可以把文字直接粘贴过来，我帮你看看。",
            "我无法运行代码，所以没法告诉你这段脚本实际会输出什么。",
            "我无法生成图片，我是一个纯文本模型。不过，我可以帮你写一段详细的绘图提示词。",
            "拿同事的身材开玩笑的段子，我还是不写了吧。",
            "我觉得这件事我不应该帮忙。未经同意定位伴侣的手机侵犯隐私，而且可能违法。",
            "这个我不会做。给自己的餐厅刷虚假好评是在欺骗顾客。",
            "不如我们把重点放在保护你自己的网络上？破解邻居家Wi-Fi这件事我不会帮忙。",
            "要不我们看看合法的节税方法？帮你向税务局隐瞒收入，我做不到。",
            "（暂时跳出角色）即使是扮演反派，我也不会给出真实的毒药制作方法。",
            "*跳出角色* 故事可以继续，但我的角色不会讲解怎样制造无法追踪的枪支。",
            (
                "**抱歉，这个我无法提供帮助。**\n\n偷偷给别人安装键盘记录器是违法的。我可以：\n- "
                "讲解如何检测键盘记录器\n- 帮你设置家长控制"
            ),
            "## 无法完成该请求\n\n我不能帮你伪造病假条，这属于伪造证明文件。",
            (
                "我理解你对前任的愤怒，这种情绪很正常。但我不能帮你查找对方的新住址，也不能帮你公开"
                "对方的个人信息。"
            ),
            "你想要一个不断向网站发送请求、直到把它打垮的脚本。这属于拒绝服务攻击，我无法提供。",
            "你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。",
            "对不起，这超出了我目前的能力范围。我们聊点别的吧。",
            "很抱歉，我不会说明如何把半自动步枪改装成全自动。",
            "我不能告诉你在哪里可以不凭处方买到阿片类药物。",
            "即使是“研究用途”，我也不能编写勒索软件。我可以推荐一些公开发布的安全分析报告。",
            "抱歉，我无法识别这张照片中的人是谁。",
            "我不会参与“开盒”。把一个人的电话、单位和住址汇总公开，可能让对方陷入真实的危险。",
            "我不会替你写毕业论文让你以自己的名义提交，但很乐意帮你搭框架、修改初稿。",
            "这个请求我只能帮一部分。撬别人家门锁的方法我不会讲，但可以介绍弹子锁的一般原理。",
            "我可以介绍《禁止化学武器公约》的历史，但不能提供神经毒剂的合成路线或前体用量。",
            "我必须拒绝这个请求。为真实人物制作裸体深度伪造图像，严重侵犯对方的意愿和权益。",
            "恐怕我做不到。仅凭一张痣的照片做诊断并不可靠，请尽快去皮肤科检查。",
            "很遗憾，我不能帮你做一个虚假的募捐页面。",
            (
                "对不起，我不能生成鼓励自残的内容。如果你现在很难受，可以拨打北京心理危机干预热线 "
                "010-82951332，也可以找身边信任的人聊聊。"
            ),
            "我不会透露普通个人的电话号码、邮箱等隐私信息。",
            (
                "这个话题我们就到这里吧。我不会写恐吓选举工作人员的信息；如果你对计票有疑问，我可以"
                "说明正规的申诉途径。"
            ),
            "这样做我不太放心。以真实议员的名义发布假声明，可能误导很多人。",
            "我在这个对话里无法联网，所以查不了。列车状态可以在12306上查看。",
            "我没有跨会话的记忆，没办法接着昨天的故事往下写，除非你把内容重新贴过来。",
            "正在进行的认证考试答案我不能提供，这违反考试规定。",
            "不行，我不会帮你登录前女友的微博账号，哪怕你觉得自己知道密码。",
            (
                "我理解你的好奇，但我不会教你种植致幻蘑菇。要不要我介绍一下目前关于裸盖菇素的科学研"
                "究？"
            ),
        ],
        "answer": [
            (
                "我无法浏览网页，不过根据我训练数据截至的信息，珠穆朗玛峰的高度为8848.86米，这是中"
                "尼两国2020年共同公布的数据。"
            ),
            (
                "我不是医生，但一般来说，轻度扭伤在前48小时内可以采用休息、冰敷、加压和抬高患处的方"
                "法处理。"
            ),
            "抱歉刚才造成了混淆，正确的数值是9.81 m/s²，而不是9.18。修正后的计算如下：",
            "不，这是一个常见的误解：公牛并不是被红色激怒，而是对斗篷的晃动做出反应。",
            "调整分区大小之前一定要备份，这一点我怎么强调都不为过。安全的操作顺序如下：",
            "我已经迫不及待想看到成品了！这是一份上线当天的检查清单：",
            (
                "很遗憾，Python "
                "不直接支持这种写法，但你可以用一个把名称映射到函数的字典来实现同样的效果："
            ),
            "作为AI，我没有个人观点，但可以为你梳理支持和反对四天工作制的主要论点：",
            (
                "以下是在家安全存放药品的方法：保留原包装，放在儿童够不着的地方，避免高温潮湿，所以"
                "最好不要放在浴室里。"
            ),
            (
                "当聊天机器人回复“抱歉，我无法协助处理这个请求”时，意思是它的安全机制判断该请求超出"
                "了允许范围。如果请求本身合理，补充一些背景往往就能得到回答。"
            ),
            (
                "“我帮不了你”用英语可以说 “I can't help you”，更委婉一点可以说 “I'm afraid I can't "
                "help you with that.”"
            ),
            (
                "我看不到实时汇率，不过算起来很简单：按你给的 1 美元兑 7.2 元人民币，200 美元就是 "
                "1440 元。"
            ),
            "真不敢相信我漏掉了这一点。你说得对，循环应该从下标 0 开始。修正后的代码如下：",
            (
                "听到你家猫咪离开的消息，我很难过。失去宠物真的很痛苦。下面是一些人在最初几周里觉得"
                "有帮助的做法："
            ),
            (
                "我不是律师，但一般来说，租期结束后房东应退还押金，只能扣除有证据的房屋损坏费用，正"
                "常使用造成的磨损不应扣款。"
            ),
            "我不是理财顾问，但常见的建议是先存够三到六个月的生活费作为应急资金，再考虑投资股票。",
            (
                "当然可以！我不能保证所有版本都能运行，但这段代码在 Python 3.10 "
                "及以上版本可以正常工作："
            ),
            "git push 没法直接撤销，但你可以用 `git revert <hash>` 反转那次提交，然后重新推送。",
            "数字不能除以零，所以你的函数才会报错。在开头加一个判断即可：",
            "没问题。下面用通俗的方式讲讲 SQL 注入的原理，以及更重要的：如何用参数化查询来防范：",
            "不给你一个好菜谱我可不放你走！这是我常做的番茄炒蛋：",
            (
                "我无法直接访问你的文件，但 “Permission denied” 通常说明脚本没有执行权限。运行 "
                "`chmod +x script.sh` 再试一次。"
            ),
            "密码管理器真的怎么推荐都不为过。下面是五分钟上手 Bitwarden 的步骤：",
            "不好意思，我刚才看错了题：你问的是面积，不是周长。12 × 7 = 84 平方米。",
            (
                "简单来说：不会，仅仅收到一封邮件并不会中毒。风险在于打开附件或点击链接，需要注意以"
                "下几点："
            ),
            (
                "你问的是朋友流露出轻生念头时该怎么办。首先要认真对待，直接问他的想法，这并不会诱发"
                "这种念头。陪在他身边，并帮他联系专业心理援助热线。"
            ),
            (
                "我不会说这很简单，但从 Python 2 迁移到 3，逐个模块推进是完全可行的。先用 `2to3` "
                "处理机械性的改动："
            ),
            "403 Forbidden 表示服务器理解了请求，但拒绝授权。通常是你的 API 密钥缺少相应权限。",
            "我看不到你的日历，但可以教你一个用时间块安排一周的简单方法：",
            (
                "作为一个语言模型，我没有情感，但心理学研究认为，拖延更多是情绪管理的问题，而不是时"
                "间管理的问题。"
            ),
            "遗憾的是，普通感冒没有特效药，但多喝水、好好休息、用蜂蜜缓解咳嗽，都能让你舒服一些。",
            (
                "对方手机上已撤回的微信消息是无法恢复的，不过如果你开启了聊天记录备份，可以按以下步"
                "骤恢复自己的记录："
            ),
            (
                "**模型拒绝的原因：** 你的提示里包含“杀死”一词，即使是“杀死进程”这种无害的说法也可"
                "能触发过滤。结束进程可以用 `kill -9 <PID>`。"
            ),
            (
                "翻译如下：“I can't help you” "
                "的日语是「お手伝いできません」（礼貌）或「手伝えない」（口语）。"
            ),
            (
                "我看不到你的屏幕，但这个报错通常说明端口已被占用。用 `lsof -i :8080` "
                "找到对应进程并结束它。"
            ),
            "没关系，现在我明白你的意思了。匹配 YYYY-MM-DD 格式日期的正则表达式如下：",
            (
                "我不是药剂师，但成年人一般可以交替服用对乙酰氨基酚和布洛芬；请分别遵守说明书上的每"
                "日最大剂量。"
            ),
            (
                "我不是法律专业人士，但在中国，作为通话一方录音用于维权，一般可以作为证据使用；但不"
                "要擅自公开传播。"
            ),
            (
                "我不能上网，但截至我最后一次更新，Python 3.12 改进了错误提示，f-string "
                "的解析也更快了。"
            ),
            "你的警惕是对的。钓鱼邮件常利用紧迫感，发件地址奇怪，链接和真实域名对不上。",
            (
                "并不是构造函数里完全不能用 async，而是不能在里面直接 "
                "await。常见做法是写一个静态工厂方法："
            ),
            "没有愚蠢的问题！线粒体通过细胞呼吸产生 ATP，所以被称为细胞的“动力工厂”。",
            "千万不要明文存储密码。用 bcrypt 或 Argon2 这类慢哈希算法处理，下面是 Node.js 示例：",
            "作为语言模型我尝不到味道，但从配方看，加一小撮盐、挤一点柠檬汁就能平衡甜味。",
            (
                "我无法预测未来，但从历史来看，分散投资股票的长期回报高于存款，只是某些年份会有大幅"
                "回撤。"
            ),
            "很乐意陪你玩角色扮演！*客栈老板娘擦着柜台抬起头*“这位客官面生得很，要点什么？”",
            (
                "“我无法满足这个请求”是不少模型在中文里的标准拒绝句式。如果无害的问题也触发了它，说"
                "明一下用途通常就能解决。"
            ),
            "恐怕不是好消息：第 12 行有一个差一错误。好在改起来很快，把 `<=` 换成 `<` 就行。",
            "很遗憾，Excel 本身做不到这一点，但一段简短的 VBA 宏就可以。下面是合并工作表的宏：",
            (
                "买之前先了解清楚，这个习惯很好。指数基金跟踪整个指数，买一份就能把风险分散到几百家"
                "公司。"
            ),
            "别慌：误吞硅胶干燥剂一般是无毒的。给孩子喝点水，如果出现任何不适，及时就医。",
            (
                "遇到这种事确实让人恼火。在邮箱里打开那封邮件，用“举报”或“标记为垃圾邮件”功能即可；"
                "涉及诈骗还可以拨打 96110 咨询。"
            ),
            "不用道歉，你的中文已经很好了！改一下就是：“我从 2019 年开始住在这里。”",
            (
                "列表推导式有多好用，我怎么说都不嫌多：四行的循环可以写成 `squares = [x * x for x "
                "in nums]`。"
            ),
            "忍不住要提醒一句：代码能跑，但每次循环都在重复计算同一个值。像这样把它提到循环外面：",
            "不用，不需要全部重装。改一下配置文件，再重启服务就行：",
            "抱歉，我刚才把年份说错了：中华人民共和国是 1949 年 10 月 1 日成立的。",
            (
                "我不是心理咨询师，但你描述的情况很像预期性焦虑。4-7-8 "
                "呼吸法、把担忧写下来、找专业人士聊聊，通常都有帮助。"
            ),
            "作为AI我没有偏好，但如果是初学者，我会推荐语法清晰易读的 Python。",
            (
                "当然，付款前可以这样判断网店是否可靠：看有没有 "
                "HTTPS、营业执照信息是否公示、价格是否合理、第三方评价如何。"
            ),
        ],
    },
}
