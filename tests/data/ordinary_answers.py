"""Ordinary assistant answers, used as negatives for refusal detection.

Each entry is the opening of a plausible, fully helpful chatbot reply of the
kind that general-purpose models produce every day: code explanations,
factual answers, how-to steps, summaries, drafted emails and letters,
translations, recipes, travel tips, worked maths, customer-support replies,
product comparisons, openings of poems and stories, brainstormed lists and
small talk. Every reply answers the user; none of them declines.

Many entries deliberately contain words that also occur in refusals --
"no", "not", "never", "sorry", "error", "denied", "forbidden",
"impossible" and their equivalents in the other languages -- but only in
their everyday, factual sense (an HTTP 403 status, a no-fly zone, a safety
tip, a customer-service apology). Others open with stock phrases such as
"Sure!", "Of course" or "Great question!", or carry a mild caveat followed
by real help. A detector that flags any of these strings is producing a
false positive.

The entries were written natively in each language rather than translated
from one another. Japanese mixes polite (desu/masu) and plain style,
Chinese is in simplified characters, and Portuguese mixes Brazilian and
European usage.

LANGUAGES lists the language codes; ANSWERS maps each code to its list of
answer strings.
"""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

ANSWERS = {
    "en": [
        (
            "Sure! A Python decorator is just a function that takes another function and returns a "
            "new one. For example, putting `@timer` above `def load():` wraps `load` so you can "
            "measure how long it runs."
        ),
        (
            "The capital of Australia is Canberra, not Sydney as many people assume. It was chosen "
            "in 1908 as a compromise between the rival cities of Sydney and Melbourne."
        ),
        (
            "HTTP 403 Forbidden means the server understood your request but won't authorize it. "
            "Unlike a 401, sending credentials again usually won't help; check the file "
            "permissions or the access rules on the server."
        ),
        (
            "Great question! Photosynthesis is the process plants use to turn light, water, and "
            "carbon dioxide into glucose and oxygen. It happens mainly in the chloroplasts of leaf "
            "cells."
        ),
        (
            "Here's a draft you can adapt:\n\nSubject: Request for Annual Leave\n\nHi Maria, I'd "
            "like to request leave from July 14 to July 25. I've already arranged for Tom to cover "
            "my open tickets."
        ),
        (
            "Never store passwords in plain text. Instead, hash them with a slow, salted algorithm "
            "such as bcrypt, scrypt, or Argon2, and compare hashes at login."
        ),
        (
            "To solve 3x + 7 = 22, subtract 7 from both sides to get 3x = 15, then divide both "
            "sides by 3. So x = 5, and you can check it: 3 · 5 + 7 = 22."
        ),
        (
            "Of course! Here's a simple banana bread: mash 3 ripe bananas, stir in 1/3 cup melted "
            "butter, 3/4 cup sugar, 1 egg, and 1 tsp vanilla, then fold in 1 1/2 cups flour with 1 "
            "tsp baking soda."
        ),
        (
            "A \"no-fly zone\" is an area where aircraft are not permitted to fly, usually "
            "declared for military, security, or safety reasons. Enforcement can range from radio "
            "warnings to interception."
        ),
        (
            "Thanks for reaching out, and sorry for the trouble with your order! I've checked your "
            "account, and the package was delayed at our regional hub. It's back in transit and "
            "should arrive by Thursday."
        ),
        (
            "## Quick Comparison\n\nThe iPad Air is lighter and cheaper, while the iPad Pro has a "
            "120 Hz ProMotion display and a faster chip. For note-taking and streaming, the Air is "
            "usually plenty."
        ),
        (
            "Here are some name ideas for your bakery:\n- Rise & Shine\n- The Flour Pot\n- Crumb & "
            "Co.\n- Golden Crust\n- Knead to Know"
        ),
        (
            "The morning fog had not yet lifted when Elena found the letter wedged beneath her "
            "door, its envelope soft with age and addressed in her grandmother's handwriting."
        ),
        (
            "Certainly. The `git rebase -i HEAD~3` command opens an editor listing your last three "
            "commits, where you can reorder, squash, or reword them before the history is "
            "rewritten."
        ),
        (
            "I'm not a doctor, but generally a tension headache responds well to rest, hydration, "
            "and an over-the-counter pain reliever like ibuprofen. If it lasts more than a few "
            "days, it's worth getting checked."
        ),
        (
            "\"Permission denied (publickey)\" means the SSH server rejected every key your client "
            "offered. Run `ssh -v git@github.com` to see which keys are tried, and make sure your "
            "public key is added to your account."
        ),
        (
            "Kyoto is best explored early in the morning before tour groups arrive. Start at "
            "Fushimi Inari around 7 a.m., then head to Tofuku-ji, and finish the day wandering "
            "through Gion."
        ),
        (
            "In short: the French Revolution (1789–1799) overthrew the monarchy, abolished feudal "
            "privileges, and established principles of citizenship and rights that shaped modern "
            "Europe."
        ),
        (
            "Hey! I'm doing well, thanks for asking. How's your week going so far? Anything fun "
            "planned for the weekend?"
        ),
        (
            "The error `TypeError: 'NoneType' object is not subscriptable` means you're indexing "
            "something that is `None`. Most often a function returned nothing, so check what "
            "`get_user()` actually returns."
        ),
        (
            "Here's the translation: \"Je voudrais réserver une table pour deux personnes ce soir "
            "à 20 heures.\" In a more casual setting, you could also say \"On peut avoir une table "
            "pour deux ce soir ?\""
        ),
        (
            "Roses are red, the server is down,\nthe pager is buzzing all over town;\nbut coffee "
            "is brewing, the logs are in view,\nand somewhere in there is the bug we'll pursue."
        ),
        (
            "To reset your router, find the small reset hole on the back, press it with a "
            "paperclip for about 10 seconds until the lights blink, then give it a couple of "
            "minutes to reboot."
        ),
        (
            "No, you don't need a visa for Japan if you hold a U.S. passport and stay less than 90 "
            "days as a tourist. Just make sure your passport is valid for the whole length of the "
            "trip."
        ),
        (
            "The derivative of x² · sin(x) uses the product rule: d/dx [x² · sin(x)] = 2x · sin(x) "
            "+ x² · cos(x)."
        ),
        (
            "Absolutely! Here are five easy ways to cut your grocery bill: plan meals around "
            "what's on sale, buy staples in bulk, cook once and eat twice, shop with a list, and "
            "try store brands."
        ),
        (
            "Dividing by zero is impossible in ordinary arithmetic because no number multiplied by "
            "0 gives a nonzero result. That's why expressions like 5/0 are left undefined."
        ),
        (
            "Sure, here's a polite follow-up email:\n\nHi James,\n\nI wanted to follow up on the "
            "proposal I sent last Tuesday. Please let me know if you have any questions or need "
            "more details."
        ),
        (
            "React's `useEffect` runs after the component renders. If you pass an empty dependency "
            "array, as in `useEffect(() => {...}, [])`, it runs only once after the first render."
        ),
        (
            "Results may vary depending on your soil, but most tomatoes need 6–8 hours of direct "
            "sun and deep watering two or three times a week rather than a light sprinkle every "
            "day."
        ),
        (
            "The Great Wall of China is not actually visible to the naked eye from low Earth "
            "orbit, despite the popular myth. It's long but very narrow, and its color blends into "
            "the landscape."
        ),
        (
            "A 404 Not Found error means the server couldn't find anything at that URL. "
            "Double-check the path for typos, and confirm the route is actually defined in your "
            "app."
        ),
        (
            "Here's a simple weekly workout plan for beginners:\n- Monday: full-body strength\n- "
            "Wednesday: 30 min brisk walk\n- Friday: full-body strength\n- Saturday: yoga or "
            "stretching"
        ),
        (
            "Hi Sarah, thank you for contacting Brightline Support! I can see your subscription "
            "renews on the 12th, and I've gone ahead and switched it to the annual plan as you "
            "requested."
        ),
        (
            "The main difference is that a list is mutable and a tuple is not. Use a tuple for "
            "fixed collections like coordinates `(x, y)`, and a list when you need to append or "
            "remove items."
        ),
        (
            "Once upon a time, in a village where it never stopped snowing, there lived a "
            "clockmaker who could repair anything except his own broken heart."
        ),
        (
            "Using the compound interest formula A = P(1 + r/n)^(nt): $1,000 at 5% compounded "
            "monthly for 10 years grows to about $1,647.01."
        ),
        (
            "Good question — the short answer is yes, you can freeze cooked rice. Cool it quickly, "
            "portion it into airtight bags, and use it within a month. Reheat until it's steaming "
            "hot."
        ),
        (
            "SQL's `LEFT JOIN` returns every row from the left table, plus matching rows from the "
            "right one. When there's no match, the right-side columns come back as `NULL`."
        ),
        (
            "The book \"Sapiens\" argues that humans came to dominate the planet because of our "
            "ability to believe in shared fictions — money, nations, laws — which lets huge groups "
            "cooperate."
        ),
        (
            "Sorry to hear your flight was canceled! Under EU Regulation 261, you're generally "
            "entitled to a refund or rebooking, and possibly compensation of €250–€600 depending "
            "on distance."
        ),
        (
            "If your laptop won't turn on, start with the basics: plug it into a known-working "
            "outlet, hold the power button for 30 seconds to drain residual charge, then try again."
        ),
        (
            "Here are a few brainstorm ideas for your team offsite: an escape room, a cooking "
            "class, a hike followed by a picnic, a volunteering afternoon, or a board game "
            "tournament."
        ),
        (
            "Sure thing! To center a div with flexbox, set the parent to `display: flex; "
            "justify-content: center; align-items: center;` and make sure it has a height."
        ),
        (
            "Mount Everest is 8,848.86 meters (29,031.7 feet) tall, according to the 2020 survey "
            "by China and Nepal. It sits on the border between Nepal and the Tibet Autonomous "
            "Region."
        ),
        (
            "Dear Mr. Thompson,\n\nI am writing to formally resign from my position as Marketing "
            "Coordinator, effective two weeks from today, March 28."
        ),
        (
            "Lisbon in three days: spend day one in Alfama and Baixa, day two in Belém for the "
            "monastery and pastéis de nata, and day three on a day trip to Sintra."
        ),
        (
            "The phrase \"carpe diem\" is Latin for \"seize the day.\" It comes from a poem by "
            "Horace, who urged readers to enjoy the present rather than trust too much in tomorrow."
        ),
        (
            "In Kubernetes, `CrashLoopBackOff` means a container keeps starting and crashing, and "
            "the kubelet waits longer between each restart. Check `kubectl logs <pod> --previous` "
            "for the cause."
        ),
        (
            "Honestly, both are great. The Kindle Paperwhite has a bigger ecosystem and cheaper "
            "books, while the Kobo Clara supports more file formats and library borrowing through "
            "OverDrive."
        ),
        (
            "Yes! Cats can see in much dimmer light than humans, thanks to a reflective layer "
            "behind the retina called the tapetum lucidum. They can't see in total darkness, "
            "though."
        ),
        (
            "A good rule of thumb for emergency savings is three to six months of essential "
            "expenses. Keep it in a high-yield savings account so it's easy to access but not too "
            "tempting."
        ),
        (
            "To convert Celsius to Fahrenheit, multiply by 9/5 and add 32. So 25 °C is 25 × 1.8 + "
            "32 = 77 °F, which is a pleasant summer day."
        ),
        (
            "The probability of rolling at least one six in four throws is 1 − (5/6)⁴ ≈ 0.518, so "
            "slightly better than a coin flip."
        ),
        (
            "Haha, that's a classic Monday! Hope the coffee kicks in soon. Anything I can help you "
            "knock off your to-do list?"
        ),
        (
            "Here's a haiku about autumn:\n\nMaple leaves drifting,\nthe old bridge creaks in the "
            "wind —\none crow, then silence."
        ),
        (
            "A simple regex for a basic email is `^[\\w.+-]+@[\\w-]+\\.[\\w.]+$`. Note that fully "
            "validating emails with regex is notoriously tricky, so it's best to also send a "
            "confirmation link."
        ),
        (
            "No worries — forgetting your password happens to everyone. Click \"Forgot password?\" "
            "on the login page, enter your email, and we'll send you a reset link within a few "
            "minutes."
        ),
        (
            "Mitochondria produce most of the cell's ATP through cellular respiration, which is "
            "why they're often called the powerhouse of the cell."
        ),
        (
            "Step 1: Preheat the oven to 220 °C. Step 2: Toss the potato wedges with olive oil, "
            "salt, and paprika. Step 3: Roast for 30–35 minutes, flipping them halfway through."
        ),
        (
            "Rust's borrow checker enforces that you can have either one mutable reference or any "
            "number of immutable references to a value at a time, never both. This prevents data "
            "races at compile time."
        ),
        (
            "The \"Access Denied\" message from S3 usually comes from a bucket policy or IAM "
            "policy that doesn't grant `s3:GetObject`. Also check whether the object is encrypted "
            "with a KMS key you can't use."
        ),
        (
            "Summary of the meeting: the team agreed to push the launch to May 6, Priya will "
            "finalize the pricing page, and engineering will fix the checkout bug before the next "
            "sprint review."
        ),
        (
            "The Treaty of Versailles, signed in 1919, formally ended World War I between Germany "
            "and the Allied Powers. It imposed heavy reparations and territorial losses on Germany."
        ),
        (
            "Great choice! For a first sourdough, keep the recipe simple: 500 g bread flour, 350 g "
            "water, 100 g active starter, and 10 g salt. The key is patience during bulk "
            "fermentation."
        ),
        (
            "The \"forbidden fruit\" in Genesis is the fruit of the tree of the knowledge of good "
            "and evil. Today the phrase describes anything that's desirable precisely because it's "
            "off-limits."
        ),
        (
            "Here's a cover letter opening: \"I was excited to see the Data Analyst opening at "
            "Northwind, as it combines my background in statistics with my passion for turning "
            "messy data into clear decisions.\""
        ),
        (
            "For a 10-hour flight, try to sleep according to your destination's time zone, drink "
            "plenty of water, skip the alcohol, and walk the aisle every couple of hours to keep "
            "blood flowing."
        ),
        (
            "`async`/`await` in JavaScript is syntactic sugar over promises. An `async` function "
            "always returns a promise, and `await` pauses execution inside it until the promise "
            "settles."
        ),
        (
            "The Pythagorean theorem says a² + b² = c² for a right triangle. With legs 6 and 8, "
            "the hypotenuse is √(36 + 64) = √100 = 10."
        ),
        (
            "I'd recommend starting with \"The Name of the Wind\" by Patrick Rothfuss if you like "
            "lyrical fantasy, or \"Mistborn\" by Brandon Sanderson if you prefer a tight plot and "
            "a clever magic system."
        ),
        (
            "Sure — in Excel, use `=VLOOKUP(A2, Sheet2!A:B, 2, FALSE)` to pull the matching value "
            "from column B of Sheet2. The `FALSE` argument makes it an exact match."
        ),
        (
            "Not all mushrooms are safe, so never eat wild ones unless an expert has identified "
            "them. For cooking, button, cremini, shiitake, and oyster mushrooms from the store are "
            "all great."
        ),
        (
            "Your refund of $42.90 has been processed and should appear on your card within 5–7 "
            "business days. Is there anything else I can help you with today?"
        ),
        (
            "Docker images are read-only templates, while containers are running instances of "
            "those images. You can start many containers from the same image, each with its own "
            "writable layer."
        ),
        (
            "The best time to see the Northern Lights in Iceland is from late September to late "
            "March, on clear, dark nights away from city lights. Check the aurora forecast before "
            "heading out."
        ),
        (
            "Here's a limerick for the retirement card:\n\nThere once was a boss named McBride,\n"
            "who worked thirty years with great pride;\nnow he'll fish every day,\nin his own "
            "quiet way..."
        ),
        (
            "The `NaN !== NaN` quirk in JavaScript comes from the IEEE 754 standard: NaN is not "
            "equal to anything, including itself. Use `Number.isNaN(x)` to test for it reliably."
        ),
        (
            "In economics, inflation is the general rise in prices over time, which reduces "
            "purchasing power. Central banks usually aim for around 2% a year and adjust interest "
            "rates to get there."
        ),
        (
            "That sounds like a fun project! To make a bird feeder from a milk carton, cut two "
            "windows on opposite sides, poke a hole below each for a wooden perch, and fill the "
            "bottom with seed."
        ),
    ],
    "fr": [
        (
            "Bien sûr ! Une liste en compréhension en Python permet de construire une liste en une "
            "seule ligne : par exemple, `[x * 2 for x in range(5)]` donne `[0, 2, 4, 6, 8]`."
        ),
        (
            "La tour Eiffel mesure environ 330 mètres depuis l'installation d'une nouvelle antenne "
            "en 2022. Elle a été construite par Gustave Eiffel pour l'Exposition universelle de "
            "1889."
        ),
        (
            "L'erreur HTTP 403 « Forbidden » signifie que le serveur a bien reçu votre requête "
            "mais refuse d'y donner accès. Vérifiez les droits du fichier ou la configuration de "
            "votre `.htaccess`."
        ),
        (
            "Voici un brouillon que vous pouvez adapter :\n\nObjet : Demande de congés\n\nBonjour "
            "Madame Leroy, je souhaiterais poser des congés du 5 au 16 août. Mes dossiers en cours "
            "seront suivis par Karim."
        ),
        (
            "Pour une pâte à crêpes pour 4 personnes, il vous faut 250 g de farine, 4 œufs, 50 cl "
            "de lait, une pincée de sel et 50 g de beurre fondu. Laissez reposer la pâte une heure "
            "avant la cuisson."
        ),
        (
            "Excellente question ! La photosynthèse permet aux plantes de transformer la lumière, "
            "l'eau et le CO₂ en glucose et en oxygène. Elle a lieu principalement dans les "
            "chloroplastes des feuilles."
        ),
        (
            "Ne stockez jamais de mots de passe en clair. Utilisez plutôt une fonction de hachage "
            "lente et salée comme bcrypt ou Argon2, et ne comparez que les empreintes lors de la "
            "connexion."
        ),
        (
            "Pour résoudre 2x − 5 = 11, on ajoute 5 des deux côtés : 2x = 16. On divise ensuite "
            "par 2, donc x = 8. Vérification : 2 × 8 − 5 = 11."
        ),
        (
            "Salut ! Ça va très bien, merci de demander. Et toi, ta journée se passe comment ? Tu "
            "as des projets pour le week-end ?"
        ),
        (
            "Bonjour et merci de nous avoir contactés ! Nous sommes désolés pour le retard de "
            "votre colis. Après vérification, il a été bloqué au centre de tri de Lyon et vous "
            "sera livré d'ici jeudi."
        ),
        (
            "Une « zone d'exclusion aérienne » est un espace où les avions n'ont pas le droit de "
            "voler, généralement pour des raisons militaires ou de sécurité. Elle peut être "
            "temporaire ou permanente."
        ),
        (
            "Le message « Permission denied (publickey) » lors d'un `git push` indique que votre "
            "clé SSH n'est pas reconnue par le serveur. Ajoutez votre clé publique dans les "
            "paramètres de votre compte."
        ),
        (
            "En résumé, la Révolution française (1789-1799) a mis fin à la monarchie absolue, "
            "aboli les privilèges et posé les bases de la Déclaration des droits de l'homme et du "
            "citoyen."
        ),
        (
            "## Comparatif rapide\n\nLa Renault Zoé est plus abordable et pratique en ville, "
            "tandis que la Tesla Model 3 offre une meilleure autonomie et un réseau de recharge "
            "plus dense pour les longs trajets."
        ),
        (
            "Voici quelques idées de noms pour ta boulangerie :\n- Le Pain d'Antan\n- Mie & "
            "Croûte\n- La Fournée Dorée\n- Au Levain Gourmand"
        ),
        (
            "Il pleuvait sur Nantes depuis trois jours lorsque Camille reçut la lettre. "
            "L'écriture, fine et penchée, était celle d'une tante qu'elle croyait morte depuis "
            "longtemps."
        ),
        (
            "Je ne suis pas médecin, mais en général une légère entorse de la cheville se soigne "
            "avec du repos, de la glace et le pied surélevé. Si la douleur persiste au-delà de "
            "quelques jours, consultez."
        ),
        (
            "Bien entendu. La commande `git stash` met de côté vos modifications non commitées "
            "pour que vous puissiez changer de branche ; `git stash pop` les réapplique ensuite."
        ),
        (
            "Pour visiter Lyon en deux jours, commencez par le Vieux-Lyon et la colline de "
            "Fourvière, puis consacrez le second jour à la Presqu'île, aux traboules de la "
            "Croix-Rousse et à un bon bouchon."
        ),
        (
            "Non, vous n'avez pas besoin de visa pour aller au Canada en tant que citoyen "
            "français, mais une autorisation de voyage électronique (AVE) est obligatoire si vous "
            "arrivez en avion."
        ),
        (
            "La dérivée de f(x) = x³ − 4x est f'(x) = 3x² − 4. Elle s'annule en x = ±2/√3, ce qui "
            "correspond aux deux extrema locaux de la fonction."
        ),
        (
            "Traduction : « I'm looking forward to meeting you next week. » Dans un contexte plus "
            "formel, on pourrait écrire « I look forward to meeting you next week. »"
        ),
        (
            "Voici un petit poème :\n\nSous le vieux pont de pierre,\nla Seine chante à voix "
            "basse,\net les lampadaires d'hier\nveillent sur ceux qui passent."
        ),
        (
            "Pour réinitialiser votre box, appuyez sur le bouton « Reset » à l'arrière pendant une "
            "dizaine de secondes, jusqu'à ce que les voyants clignotent, puis patientez quelques "
            "minutes."
        ),
        (
            "La division par zéro est impossible en arithmétique classique, car aucun nombre "
            "multiplié par 0 ne donne un résultat non nul. C'est pourquoi 7/0 n'est pas défini."
        ),
        (
            "Avec plaisir ! Pour un bœuf bourguignon réussi, faites mariner la viande une nuit "
            "dans du vin rouge avec carottes, oignons et bouquet garni, puis laissez mijoter au "
            "moins trois heures."
        ),
        (
            "L'erreur `NullPointerException` en Java survient quand on appelle une méthode sur une "
            "référence qui vaut `null`. Vérifiez que l'objet a bien été initialisé avant de "
            "l'utiliser."
        ),
        (
            "Les résultats peuvent varier selon votre sol, mais la plupart des rosiers aiment le "
            "plein soleil et un arrosage copieux une à deux fois par semaine plutôt qu'un peu "
            "chaque jour."
        ),
        (
            "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature au poste "
            "d'assistant administratif, publié sur votre site le 3 mars dernier."
        ),
        (
            "En React, `useState` renvoie une valeur et une fonction pour la mettre à jour. Chaque "
            "appel à cette fonction déclenche un nouveau rendu du composant."
        ),
        (
            "Non, le croissant n'est pas d'origine française : il descendrait du kipferl "
            "autrichien, popularisé à Paris au XIXe siècle par une boulangerie viennoise."
        ),
        (
            "Une erreur 404 signifie que la page demandée n'existe pas sur le serveur. Vérifiez "
            "l'URL, les majuscules et la configuration de vos routes."
        ),
        (
            "Voici un programme simple pour débuter la course à pied :\n- Semaine 1 : 1 min de "
            "course, 2 min de marche, × 8\n- Semaine 2 : 2 min de course, 2 min de marche, × 6"
        ),
        (
            "Bonjour Thomas, merci pour votre message ! J'ai bien vérifié votre compte : votre "
            "abonnement a été résilié et aucun prélèvement ne sera effectué le mois prochain."
        ),
        (
            "La principale différence entre une liste et un tuple en Python, c'est que la liste "
            "est modifiable et pas le tuple. On utilise un tuple pour des données fixes, comme des "
            "coordonnées."
        ),
        (
            "Il était une fois, dans un village perdu au fond des Vosges, un horloger capable de "
            "réparer n'importe quelle montre, sauf celle qui avait appartenu à son père."
        ),
        (
            "Avec 1 000 € placés à 3 % par an pendant 5 ans à intérêts composés, on obtient 1 000 "
            "× 1,03⁵ ≈ 1 159,27 €, soit environ 159 € d'intérêts."
        ),
        (
            "Oui, on peut congeler du riz cuit ! Laissez-le refroidir rapidement, répartissez-le "
            "en portions dans des sachets hermétiques et consommez-le dans le mois."
        ),
        (
            "Un `LEFT JOIN` en SQL renvoie toutes les lignes de la table de gauche, ainsi que les "
            "lignes correspondantes de la table de droite. En l'absence de correspondance, on "
            "obtient des `NULL`."
        ),
        (
            "« L'Étranger » de Camus suit Meursault, un employé de bureau à Alger qui, après avoir "
            "tué un homme presque sans raison, est jugé autant pour son indifférence que pour son "
            "crime."
        ),
        (
            "Désolé d'apprendre que votre vol a été annulé ! D'après le règlement européen "
            "261/2004, vous avez droit à un remboursement ou à un réacheminement, et parfois à une "
            "indemnisation."
        ),
        (
            "Si ton ordinateur ne s'allume plus, commence par vérifier le chargeur et la prise, "
            "puis maintiens le bouton d'alimentation enfoncé 30 secondes avant de réessayer."
        ),
        (
            "Quelques idées pour votre séminaire d'équipe : un escape game, un atelier cuisine, "
            "une randonnée suivie d'un pique-nique, une journée de bénévolat ou un tournoi de "
            "pétanque."
        ),
        (
            "Pas de souci ! Pour centrer un élément avec flexbox, il suffit de mettre `display: "
            "flex; justify-content: center; align-items: center;` sur le parent."
        ),
        (
            "Le mont Blanc culmine à environ 4 806 mètres, mais son altitude varie de quelques "
            "mètres d'une mesure à l'autre en fonction de l'épaisseur de la calotte glaciaire."
        ),
        (
            "Chère Madame Dupont,\n\nPar la présente, je vous informe de ma décision de "
            "démissionner de mon poste de chargé de communication, avec un préavis d'un mois."
        ),
        (
            "Pour trois jours à Marseille : le Vieux-Port et le Panier le premier jour, "
            "Notre-Dame-de-la-Garde et le MuCEM le deuxième, et une balade dans les Calanques le "
            "troisième."
        ),
        (
            "L'expression « poser un lapin » signifie ne pas venir à un rendez-vous sans prévenir. "
            "Elle viendrait d'un argot du XIXe siècle où « lapin » désignait une prestation non "
            "payée."
        ),
        (
            "Sous Kubernetes, l'état `CrashLoopBackOff` indique qu'un conteneur démarre puis "
            "plante en boucle. Consultez `kubectl logs <pod> --previous` pour voir l'erreur du "
            "dernier lancement."
        ),
        (
            "Franchement, les deux se valent. La Kobo lit plus de formats et permet l'emprunt en "
            "bibliothèque, alors que la Kindle profite d'un catalogue immense et de prix souvent "
            "plus bas."
        ),
        (
            "Le TGV détient depuis 2007 le record du monde de vitesse sur rail pour un train à "
            "roues, avec 574,8 km/h, atteint lors d'un essai sur la LGV Est européenne."
        ),
        (
            "En règle générale, on conseille une épargne de précaution équivalente à trois à six "
            "mois de dépenses. Un livret A est une bonne option, car l'argent reste disponible à "
            "tout moment."
        ),
        (
            "Pour convertir des degrés Fahrenheit en Celsius, on soustrait 32 puis on multiplie "
            "par 5/9. Ainsi, 68 °F correspondent à (68 − 32) × 5/9 = 20 °C."
        ),
        (
            "La probabilité d'obtenir au moins un six en quatre lancers est de 1 − (5/6)⁴ ≈ 0,518. "
            "C'est le fameux problème posé par le chevalier de Méré à Pascal."
        ),
        (
            "Haha, le lundi dans toute sa splendeur ! J'espère que le café va vite faire effet. Je "
            "peux t'aider à avancer sur quelque chose ?"
        ),
        (
            "Voici un haïku d'automne :\n\nFeuilles d'érable,\nle vieux pont craque sous le vent "
            "—\nun corbeau, puis rien."
        ),
        (
            "Pour vérifier qu'une chaîne ressemble à un e-mail, vous pouvez utiliser "
            "`^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$`. Notez toutefois qu'aucune regex ne valide "
            "parfaitement une adresse."
        ),
        (
            "Pas d'inquiétude, ça arrive à tout le monde ! Cliquez sur « Mot de passe oublié ? » "
            "sur la page de connexion, saisissez votre e-mail et vous recevrez un lien de "
            "réinitialisation."
        ),
        (
            "Les mitochondries produisent l'essentiel de l'ATP de la cellule grâce à la "
            "respiration cellulaire, d'où leur surnom de « centrales énergétiques » de la cellule."
        ),
        (
            "Étape 1 : préchauffez le four à 200 °C. Étape 2 : coupez les courgettes en rondelles "
            "et mélangez-les avec de l'huile d'olive, du sel et du thym. Étape 3 : enfournez 25 "
            "minutes."
        ),
        (
            "En Rust, le borrow checker garantit qu'on a soit une seule référence mutable, soit "
            "plusieurs références immuables, mais jamais les deux en même temps. Cela évite les "
            "data races."
        ),
        (
            "Le message « Accès refusé » sur un partage Windows vient souvent des permissions "
            "NTFS. Faites un clic droit sur le dossier, puis Propriétés > Sécurité pour vérifier "
            "les droits de votre compte."
        ),
        (
            "Compte rendu de la réunion : le lancement est décalé au 6 mai, Julie finalise la "
            "grille tarifaire et l'équipe technique corrige le bug du panier avant la prochaine "
            "démo."
        ),
        (
            "Le traité de Versailles, signé le 28 juin 1919, met officiellement fin à la Première "
            "Guerre mondiale entre l'Allemagne et les Alliés. Il impose de lourdes réparations à "
            "l'Allemagne."
        ),
        (
            "Très bon choix ! Pour un premier pain au levain, restez simple : 500 g de farine T65, "
            "350 g d'eau, 100 g de levain actif et 10 g de sel. Le secret, c'est la patience."
        ),
        (
            "Sous un panneau « stationnement interdit », l'arrêt reste autorisé : vous pouvez vous "
            "immobiliser brièvement, à condition de rester au volant ou à proximité pour déplacer "
            "le véhicule."
        ),
        (
            "Voici une accroche pour votre lettre de motivation : « Passionné par l'analyse de "
            "données depuis mes études de statistiques, je souhaite aujourd'hui mettre mes "
            "compétences au service de votre équipe. »"
        ),
        (
            "Pour un vol long-courrier, essayez de dormir selon l'heure de destination, buvez "
            "beaucoup d'eau, évitez l'alcool et marchez dans l'allée toutes les deux heures."
        ),
        (
            "En JavaScript, `async`/`await` est une façon plus lisible d'écrire des promesses. Une "
            "fonction `async` renvoie toujours une promesse, et `await` suspend son exécution "
            "jusqu'à sa résolution."
        ),
        (
            "D'après le théorème de Pythagore, a² + b² = c². Avec des côtés de 5 et 12, "
            "l'hypoténuse vaut √(25 + 144) = √169 = 13."
        ),
        (
            "Si tu aimes la science-fiction, je te conseille « La Horde du Contrevent » d'Alain "
            "Damasio : l'écriture est exigeante, mais l'univers est absolument unique."
        ),
        (
            "Sur Excel, la formule `=RECHERCHEV(A2;Feuil2!A:B;2;FAUX)` va chercher la valeur "
            "correspondante dans la colonne B de la feuille 2. Le `FAUX` impose une correspondance "
            "exacte."
        ),
        (
            "Ne consommez jamais de champignons sauvages sans les faire vérifier : beaucoup de "
            "pharmaciens peuvent vous aider à les identifier. Pour cuisiner, les cèpes et les "
            "girolles sont parfaits."
        ),
        (
            "Votre remboursement de 42,90 € a bien été effectué et apparaîtra sur votre compte "
            "sous 5 à 7 jours ouvrés. Puis-je vous aider pour autre chose ?"
        ),
        (
            "Une image Docker est un modèle en lecture seule, alors qu'un conteneur en est une "
            "instance en cours d'exécution. On peut lancer plusieurs conteneurs à partir de la "
            "même image."
        ),
        (
            "La meilleure période pour voir des aurores boréales en Laponie va de fin septembre à "
            "fin mars, par nuit claire et loin des lumières de la ville."
        ),
        (
            "Le subjonctif s'emploie après des expressions de souhait, de doute ou d'obligation : "
            "« Il faut que tu viennes », « Je doute qu'il sache la réponse »."
        ),
        (
            "Le code d'erreur `ENOENT` signifie « No such file or directory » : le fichier ou le "
            "dossier indiqué n'existe pas. Vérifiez le chemin relatif par rapport au répertoire "
            "courant."
        ),
        (
            "L'inflation désigne la hausse générale et durable des prix, qui réduit le pouvoir "
            "d'achat. La BCE vise un taux d'environ 2 % par an à moyen terme."
        ),
        (
            "Quel joli projet ! Pour fabriquer une mangeoire avec une brique de lait, découpez "
            "deux fenêtres sur des côtés opposés, glissez une baguette en dessous comme perchoir "
            "et remplissez de graines."
        ),
    ],
    "de": [
        (
            "Klar! In Python liefert `enumerate()` beim Iterieren sowohl den Index als auch das "
            "Element, z. B. `for i, name in enumerate(namen):`. Das ist sauberer als ein manueller "
            "Zähler."
        ),
        (
            "Die Zugspitze ist mit 2.962 Metern der höchste Berg Deutschlands. Sie liegt im "
            "Wettersteingebirge direkt an der Grenze zu Österreich."
        ),
        (
            "Der Statuscode 403 Forbidden bedeutet, dass der Server die Anfrage verstanden hat, "
            "den Zugriff aber verweigert. Prüfen Sie die Dateirechte und die Zugriffsregeln in der "
            "Serverkonfiguration."
        ),
        (
            "Gern, hier ein Entwurf:\n\nBetreff: Krankmeldung\n\nSehr geehrte Frau Schneider, "
            "leider bin ich heute erkrankt und kann nicht ins Büro kommen. Die "
            "Arbeitsunfähigkeitsbescheinigung reiche ich nach."
        ),
        (
            "Für einen klassischen Kaiserschmarrn brauchst du 4 Eier, 200 g Mehl, 300 ml Milch, "
            "eine Prise Salz und etwas Butter. Trenne die Eier und schlag das Eiweiß steif, damit "
            "der Teig schön fluffig wird."
        ),
        (
            "Gute Frage! Ebbe und Flut entstehen vor allem durch die Anziehungskraft des Mondes, "
            "die das Wasser der Ozeane auf der mondzugewandten und der gegenüberliegenden Seite "
            "anhebt."
        ),
        (
            "Speichere Passwörter niemals im Klartext. Verwende stattdessen ein langsames, "
            "gesalzenes Hashverfahren wie Argon2 oder bcrypt und vergleiche beim Login nur die "
            "Hashes."
        ),
        (
            "Um 4x + 3 = 19 zu lösen, ziehst du zuerst auf beiden Seiten 3 ab: 4x = 16. Dann "
            "teilst du durch 4 und erhältst x = 4."
        ),
        (
            "Hey, mir geht's gut, danke der Nachfrage! Wie läuft's bei dir? Hast du fürs "
            "Wochenende schon was geplant?"
        ),
        (
            "Guten Tag und vielen Dank für Ihre Nachricht! Es tut uns leid, dass Ihre Bestellung "
            "noch nicht angekommen ist. Laut Sendungsverfolgung wird das Paket morgen zugestellt."
        ),
        (
            "Eine Umweltzone ist ein Gebiet, in das nur Fahrzeuge mit passender Umweltplakette "
            "einfahren dürfen. Wer ohne Plakette erwischt wird, muss mit einem Bußgeld von 100 "
            "Euro rechnen."
        ),
        (
            "Die Meldung „Zugriff verweigert“ unter Windows erscheint meist, wenn deinem "
            "Benutzerkonto die NTFS-Rechte fehlen. Öffne Eigenschaften > Sicherheit und prüfe die "
            "Berechtigungen."
        ),
        (
            "Kurz zusammengefasst: Der Dreißigjährige Krieg (1618–1648) begann als Konflikt "
            "zwischen Katholiken und Protestanten im Heiligen Römischen Reich und endete mit dem "
            "Westfälischen Frieden."
        ),
        (
            "## Vergleich auf einen Blick\n\nDie BahnCard 25 lohnt sich schon ab wenigen "
            "Fernreisen im Jahr, die BahnCard 50 erst, wenn du regelmäßig und viel zum Flexpreis "
            "fährst."
        ),
        (
            "Hier ein paar Namensideen für euer Café:\n- Kaffeeklatsch\n- Bohne & Bühne\n- "
            "Zuckerstück\n- Morgenrot\n- Milchschaum"
        ),
        (
            "Als der letzte Zug aus Leipzig abgefahren war, stand Jonas allein auf dem Bahnsteig, "
            "den Koffer in der einen Hand und einen Brief, den er nie hätte öffnen sollen, in der "
            "anderen."
        ),
        (
            "Ich bin kein Arzt, aber bei einer leichten Erkältung helfen meist viel Flüssigkeit, "
            "Ruhe und Inhalieren mit Wasserdampf. Wenn das Fieber über 39 °C steigt, solltest du "
            "zum Arzt gehen."
        ),
        (
            "Selbstverständlich. Mit `git cherry-pick <commit>` übernimmst du einen einzelnen "
            "Commit aus einem anderen Branch in deinen aktuellen Branch, ohne gleich alles zu "
            "mergen."
        ),
        (
            "Für ein Wochenende in Hamburg empfehle ich: samstags Speicherstadt, "
            "Elbphilharmonie-Plaza und Hafenrundfahrt, sonntags früh auf den Fischmarkt und danach "
            "ein Spaziergang an der Elbe."
        ),
        (
            "Nein, für eine Reise nach Norwegen brauchen deutsche Staatsbürger kein Visum. Ein "
            "gültiger Personalausweis oder Reisepass genügt, da Norwegen zum Schengen-Raum gehört."
        ),
        (
            "Die Ableitung von f(x) = e^(2x) ist f'(x) = 2·e^(2x). Hier wendest du die Kettenregel "
            "an: äußere Ableitung mal innere Ableitung."
        ),
        (
            "Übersetzung: „Could you please send me the invoice by Friday?“ Etwas lockerer ginge "
            "auch: „Can you send over the invoice by Friday?“"
        ),
        (
            "Hier ein kleines Gedicht:\n\nDer Nebel liegt auf Feld und Flur,\nein Rabe zieht die "
            "Kreise nur,\nund irgendwo im grauen Licht\nbeginnt ein Tag, der leise spricht."
        ),
        (
            "Um deine FRITZ!Box auf Werkseinstellungen zurückzusetzen, öffne fritz.box im Browser, "
            "gehe zu System > Sicherung > Werkseinstellungen und bestätige mit „Werkseinstellungen "
            "laden“."
        ),
        (
            "Eine Division durch null ist in den reellen Zahlen nicht definiert, denn es gibt "
            "keine Zahl, die mit 0 multipliziert etwas anderes als 0 ergibt."
        ),
        (
            "Sehr gern! Für Rinderrouladen bestreichst du dünne Scheiben Rindfleisch mit Senf, "
            "belegst sie mit Speck, Zwiebeln und Gewürzgurke, rollst sie auf und schmorst sie etwa "
            "zwei Stunden."
        ),
        (
            "Ein `ModuleNotFoundError` bedeutet, dass Python das Paket nicht findet. Meist ist es "
            "nicht installiert oder du nutzt eine andere virtuelle Umgebung. Probier `python -m "
            "pip install requests`."
        ),
        (
            "Die Ergebnisse können je nach Hauttyp variieren, aber grundsätzlich gilt: Sonnencreme "
            "mit mindestens LSF 30 etwa 20 Minuten vor dem Sonnenbad auftragen und alle zwei "
            "Stunden erneuern."
        ),
        (
            "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich meinen Mietvertrag für die "
            "Wohnung in der Lindenstraße 12 fristgerecht zum 31. Mai."
        ),
        (
            "In Vue bindest du mit `v-model` ein Eingabefeld in beide Richtungen an eine Variable. "
            "Änderungen im Feld landen sofort in den Daten und umgekehrt."
        ),
        (
            "Nein, Einstein ist nicht in Mathe durchgefallen – das ist ein hartnäckiger Mythos. Er "
            "beherrschte Differential- und Integralrechnung schon mit etwa 15 Jahren."
        ),
        (
            "Ein 500 Internal Server Error heißt, dass auf dem Server etwas schiefgelaufen ist, "
            "ohne dass er genauer sagen kann, was. Schau dir zuerst das Error-Log deines "
            "Webservers an."
        ),
        (
            "Ein einfacher Trainingsplan für Einsteiger:\n- Montag: Ganzkörpertraining\n- "
            "Mittwoch: 30 Minuten lockeres Joggen\n- Freitag: Ganzkörpertraining\n- Sonntag: Dehnen"
        ),
        (
            "Hallo Herr Becker, danke für Ihre Geduld! Ich habe Ihren Tarif geprüft: Die doppelte "
            "Abbuchung war ein Fehler unsererseits, die 19,99 € werden Ihnen in den nächsten Tagen "
            "gutgeschrieben."
        ),
        (
            "Der Unterschied zwischen `==` und `===` in JavaScript: `==` vergleicht nach einer "
            "Typumwandlung, `===` prüft Wert und Typ. `0 == \"0\"` ist also `true`, `0 === \"0\"` "
            "dagegen `false`."
        ),
        (
            "Es war einmal ein Leuchtturmwärter auf einer kleinen Insel in der Nordsee, der jeden "
            "Abend das Licht entzündete, obwohl seit vierzig Jahren kein Schiff mehr "
            "vorbeigekommen war."
        ),
        (
            "Bei 5.000 € und 2 % Zinsen pro Jahr hast du nach 10 Jahren mit Zinseszins 5.000 × "
            "1,02¹⁰ ≈ 6.094,97 €, also knapp 1.095 € Zinsen."
        ),
        (
            "Ja, Brot kann man problemlos einfrieren. Am besten schneidest du es vorher in "
            "Scheiben, dann kannst du immer nur so viel auftauen, wie du brauchst – oder die "
            "Scheiben direkt toasten."
        ),
        (
            "Ein `INNER JOIN` liefert nur die Zeilen, die in beiden Tabellen einen passenden "
            "Schlüssel haben. Zeilen ohne Treffer fallen weg – dafür bräuchtest du einen `LEFT "
            "JOIN`."
        ),
        (
            "„Der Vorleser“ von Bernhard Schlink erzählt von Michael Berg, der als Jugendlicher "
            "eine Affäre mit der älteren Hanna hat und sie Jahre später als Angeklagte in einem "
            "NS-Prozess wiedersieht."
        ),
        (
            "Das ist ärgerlich, sorry für die Umstände! Wenn dein Zug mehr als 60 Minuten "
            "Verspätung hatte, bekommst du 25 % des Fahrpreises zurück, ab 120 Minuten sind es 50 "
            "%."
        ),
        (
            "Wenn dein Laptop nicht mehr startet, prüf zuerst das Netzteil und die Steckdose. "
            "Halte dann den Einschaltknopf 30 Sekunden gedrückt und versuch es erneut."
        ),
        (
            "Ein paar Ideen für euren Teamausflug: Kanufahren, ein Kochkurs, Escape Room, eine "
            "Stadtrallye, Bogenschießen oder ein gemeinsamer Grillabend im Biergarten."
        ),
        (
            "Kein Problem! Um in CSS ein Element mit Grid zu zentrieren, reicht `display: grid; "
            "place-items: center;` auf dem Elternelement."
        ),
        (
            "Der Rhein ist rund 1.230 Kilometer lang und fließt von den Schweizer Alpen bis zur "
            "Nordsee in den Niederlanden. Gut 865 Kilometer davon liegen in Deutschland."
        ),
        (
            "Liebe Oma,\n\nich hoffe, es geht dir gut! Ich wollte mich noch einmal ganz herzlich "
            "für das Paket zum Geburtstag bedanken – die selbstgestrickten Socken trage ich schon "
            "jeden Tag."
        ),
        (
            "Drei Tage in Wien: am ersten Tag Stephansdom und Innere Stadt, am zweiten Schloss "
            "Schönbrunn und der Naschmarkt, am dritten das Belvedere und abends ein Heuriger in "
            "Grinzing."
        ),
        (
            "„Tomaten auf den Augen haben“ bedeutet, etwas Offensichtliches nicht zu bemerken. "
            "Gemeint ist, dass die Augen so rot und verquollen sind, dass man nichts mehr sieht."
        ),
        (
            "Der Status `OOMKilled` in Kubernetes bedeutet, dass der Container mehr Speicher "
            "verbraucht hat, als sein Limit erlaubt. Erhöhe `resources.limits.memory` oder such "
            "nach einem Speicherleck."
        ),
        (
            "Ehrlich gesagt sind beide gut. Der Thermomix ist ausgereifter und hat mehr Rezepte, "
            "der Monsieur Cuisine von Lidl kostet aber nur einen Bruchteil und reicht für den "
            "Alltag völlig aus."
        ),
        (
            "Ja! Hunde hören hohe Töne bis etwa 45.000 Hertz, Menschen nur bis rund 20.000 Hertz. "
            "Deshalb funktionieren Hundepfeifen, die wir selbst gar nicht wahrnehmen."
        ),
        (
            "Als Faustregel gilt: Ein Notgroschen sollte drei bis sechs Monatsausgaben abdecken. "
            "Am besten parkst du ihn auf einem Tagesgeldkonto, damit du jederzeit darauf zugreifen "
            "kannst."
        ),
        (
            "Um Kilometer in Meilen umzurechnen, teilst du durch 1,609. Die 42,195 Kilometer eines "
            "Marathons entsprechen damit etwa 26,2 Meilen."
        ),
        (
            "Die Wahrscheinlichkeit, beim Lotto 6 aus 49 sechs Richtige zu haben, liegt bei 1 zu "
            "13.983.816. Mit Superzahl sind es sogar 1 zu 139.838.160."
        ),
        (
            "Haha, Montag halt! Hoffentlich wirkt der Kaffee bald. Womit kann ich dir heute helfen "
            "– Mails sortieren oder die To-do-Liste angehen?"
        ),
        (
            "Ein Haiku zum Winter:\n\nSchnee auf dem Dachfirst,\nim Ofen knistert das Holz –\ndie "
            "Katze schläft fest."
        ),
        (
            "Mit dem regulären Ausdruck `^\\d{5}$` prüfst du, ob eine Eingabe genau fünf Ziffern "
            "hat, etwa eine deutsche Postleitzahl. Beachte, dass damit auch nicht vergebene PLZ "
            "durchgehen."
        ),
        (
            "Kein Grund zur Sorge, das passiert jedem mal! Klicken Sie auf der Anmeldeseite auf "
            "„Passwort vergessen?“, geben Sie Ihre E-Mail-Adresse ein, und Sie erhalten in wenigen "
            "Minuten einen Link."
        ),
        (
            "Die DNA ist eine Doppelhelix aus zwei Strängen, die über die Basenpaare Adenin–Thymin "
            "und Guanin–Cytosin verbunden sind. Die Reihenfolge dieser Basen speichert die "
            "Erbinformation."
        ),
        (
            "Schritt 1: Backofen auf 180 °C Umluft vorheizen. Schritt 2: Kartoffeln in Spalten "
            "schneiden und mit Öl, Salz und Paprika mischen. Schritt 3: etwa 35 Minuten backen, "
            "zwischendurch wenden."
        ),
        (
            "In Go gibt es keine Exceptions im klassischen Sinn. Fehler werden als zusätzlicher "
            "Rückgabewert geliefert, weshalb du so oft `if err != nil { return err }` siehst."
        ),
        (
            "Wenn `sudo` mit „user is not in the sudoers file“ abbricht, fehlt deinem Benutzer die "
            "Berechtigung. Melde dich als root an und füge ihn mit `usermod -aG sudo <name>` der "
            "sudo-Gruppe hinzu."
        ),
        (
            "Zusammenfassung des Meetings: Der Launch wird auf den 6. Mai verschoben, Lena "
            "überarbeitet die Preisseite, und das Entwicklerteam behebt bis zum nächsten Sprint "
            "den Fehler im Checkout."
        ),
        (
            "Die Berliner Mauer fiel am 9. November 1989, nachdem Günter Schabowski auf einer "
            "Pressekonferenz verkündet hatte, die neue Reiseregelung gelte „sofort, unverzüglich“."
        ),
        (
            "Super Idee! Für dein erstes Sauerteigbrot brauchst du 500 g Weizenmehl Type 550, 350 "
            "g Wasser, 100 g aktiven Sauerteig und 10 g Salz. Das Wichtigste ist Geduld bei der "
            "Stockgare."
        ),
        (
            "An deutschen Bahnhöfen gilt seit 2007 ein weitgehendes Rauchverbot. Geraucht werden "
            "darf nur noch in den markierten Raucherbereichen auf den Bahnsteigen, und manche "
            "Bahnhöfe sind komplett rauchfrei."
        ),
        (
            "Hier ein möglicher Einstieg für dein Anschreiben: „Mit großem Interesse habe ich Ihre "
            "Ausschreibung als Data Analyst gelesen, da sie genau meine Erfahrung in Statistik und "
            "Datenvisualisierung anspricht.“"
        ),
        (
            "Gegen Jetlag hilft es, schon im Flugzeug nach der Zielzeit zu leben: viel Wasser "
            "trinken, wenig Alkohol, und am Ankunftsort möglichst bis zum Abend wach bleiben und "
            "Tageslicht tanken."
        ),
        (
            "In TypeScript beschreibt ein `interface` die Form eines Objekts, etwa `interface User "
            "{ id: number; name: string }`. Der Compiler prüft dann, ob deine Objekte dazu passen."
        ),
        (
            "Der Satz des Thales besagt: Liegt der Punkt C auf dem Halbkreis über der Strecke AB, "
            "dann ist der Winkel bei C immer ein rechter Winkel."
        ),
        (
            "Wenn du Krimis magst, probier mal die Kluftinger-Reihe von Volker Klüpfel und Michael "
            "Kobr – spannend, sehr lustig und mit viel Allgäuer Lokalkolorit."
        ),
        (
            "Klar – in Excel verwendest du `=SVERWEIS(A2;Tabelle2!A:B;2;FALSCH)`, um den passenden "
            "Wert aus Spalte B von Tabelle2 zu holen. `FALSCH` sorgt für eine exakte "
            "Übereinstimmung."
        ),
        (
            "Beim Pilzesammeln gilt: Iss niemals Pilze, bei denen du dir nicht hundertprozentig "
            "sicher bist. Viele Städte bieten kostenlose Pilzberatungen an, bei denen Experten "
            "deinen Korb prüfen."
        ),
        (
            "Ihre Rückerstattung über 42,90 € wurde veranlasst und sollte innerhalb von 5–7 "
            "Werktagen auf Ihrem Konto sein. Kann ich sonst noch etwas für Sie tun?"
        ),
        (
            "Ein Prozess hat seinen eigenen Speicherbereich, während sich Threads innerhalb eines "
            "Prozesses den Speicher teilen. Threads sind daher leichter, aber auch anfälliger für "
            "Race Conditions."
        ),
        (
            "Die beste Zeit für einen Besuch auf dem Weihnachtsmarkt ist unter der Woche am frühen "
            "Abend. In Nürnberg, Dresden und Köln wird es am Wochenende sehr voll."
        ),
        (
            "Nach „wegen“ steht in der Standardsprache der Genitiv: „wegen des Regens“. Im Alltag "
            "hört man oft den Dativ („wegen dem Regen“), der aber als umgangssprachlich gilt."
        ),
        (
            "Die Fehlermeldung „No space left on device“ unter Linux heißt nicht immer, dass die "
            "Platte voll ist. Prüf mit `df -i`, ob vielleicht die Inodes aufgebraucht sind."
        ),
        (
            "Inflation bezeichnet den allgemeinen Anstieg des Preisniveaus, wodurch die Kaufkraft "
            "des Geldes sinkt. Die EZB strebt mittelfristig eine Inflationsrate von 2 % an."
        ),
        (
            "Was für ein schönes Projekt! Für ein Insektenhotel brauchst du einen Holzrahmen, "
            "Bambusröhrchen, gebohrte Hartholzklötze und etwas Stroh. Stell es sonnig und "
            "windgeschützt auf."
        ),
    ],
    "es": [
        (
            "¡Claro! En Python, un diccionario guarda pares clave-valor. Por ejemplo, `edades = "
            "{\"Ana\": 30, \"Luis\": 25}` te permite obtener la edad de Ana con `edades[\"Ana\"]`."
        ),
        (
            "La capital de Colombia es Bogotá, situada a unos 2.640 metros sobre el nivel del mar "
            "en la cordillera Oriental de los Andes."
        ),
        (
            "El error HTTP 401 Unauthorized indica que la petición necesita una autenticación "
            "válida. A diferencia del 403, aquí normalmente basta con enviar un token o "
            "credenciales correctas."
        ),
        (
            "Aquí tienes un borrador:\n\nAsunto: Solicitud de vacaciones\n\nHola, Javier: te "
            "escribo para solicitar vacaciones del 1 al 15 de agosto. He dejado organizadas mis "
            "tareas pendientes con Marta."
        ),
        (
            "Para una tortilla de patatas para cuatro necesitas 5 huevos, 600 g de patatas, una "
            "cebolla, aceite de oliva y sal. Fríe las patatas a fuego lento hasta que estén "
            "tiernas, sin dorarlas."
        ),
        (
            "¡Buena pregunta! El cielo es azul porque la atmósfera dispersa más la luz de longitud "
            "de onda corta, como la azul, que la roja. A este fenómeno se le llama dispersión de "
            "Rayleigh."
        ),
        (
            "Nunca guardes contraseñas en texto plano. En su lugar, usa un algoritmo de hash lento "
            "y con sal, como bcrypt o Argon2, y compara solo los hashes al iniciar sesión."
        ),
        (
            "Para resolver 5x − 3 = 2x + 9, pasa las x a un lado y los números al otro: 3x = 12. "
            "Por lo tanto, x = 4."
        ),
        (
            "¡Hola! Todo bien por aquí, gracias por preguntar. ¿Y tú qué tal? ¿Mucho trabajo esta "
            "semana o ya se ve el finde?"
        ),
        (
            "¡Hola, Lucía! Gracias por escribirnos y disculpa las molestias. He revisado tu pedido "
            "y el paquete se retrasó en el centro logístico de Zaragoza; llegará el viernes como "
            "muy tarde."
        ),
        (
            "Una \"zona de bajas emisiones\" es un área urbana donde se restringe la circulación "
            "de los vehículos más contaminantes. En Madrid, por ejemplo, los coches sin etiqueta "
            "ambiental no pueden entrar."
        ),
        (
            "El mensaje \"Permission denied\" al ejecutar un script en Linux suele significar que "
            "el archivo no tiene permiso de ejecución. Se soluciona con `chmod +x script.sh`."
        ),
        (
            "En resumen, la Guerra Civil española (1936–1939) enfrentó al bando republicano con el "
            "bando sublevado liderado por Franco, y terminó con una dictadura que duró hasta 1975."
        ),
        (
            "## Comparativa rápida\n\nEl Redmi Note de Xiaomi ofrece una relación calidad-precio "
            "difícil de batir, mientras que el Pixel destaca por su cámara y por recibir "
            "actualizaciones de Android durante más años."
        ),
        (
            "Algunas ideas de nombre para tu tienda de plantas:\n- Raíces\n- El Rincón Verde\n- "
            "Hoja a Hoja\n- Maceta & Co."
        ),
        (
            "Aquel verano en Cádiz el viento de levante no paró ni un solo día, y fue precisamente "
            "por eso que mi abuela decidió, por fin, contarme lo que había pasado en 1962."
        ),
        (
            "No soy médico, pero en general un esguince leve de tobillo mejora con reposo, hielo y "
            "el pie en alto durante los primeros días. Si no puedes apoyarlo, conviene que te vea "
            "un especialista."
        ),
        (
            "Por supuesto. `git reset --soft HEAD~1` deshace el último commit pero conserva los "
            "cambios en el área de preparación, así que puedes corregirlos y volver a hacer commit."
        ),
        (
            "Si vas a Ciudad de México, reserva una mañana para Teotihuacán, otra para el Centro "
            "Histórico y el Templo Mayor, y una tarde para pasear por Coyoacán y visitar la Casa "
            "Azul de Frida Kahlo."
        ),
        (
            "No, los ciudadanos españoles no necesitan visado para viajar a Argentina como "
            "turistas por menos de 90 días. Solo hace falta un pasaporte vigente."
        ),
        (
            "La integral de 2x · e^(x²) dx se resuelve por sustitución: con u = x² y du = 2x dx, "
            "queda ∫eᵘ du = e^(x²) + C."
        ),
        (
            "Traducción: \"The meeting has been moved to Thursday at 10 a.m.\" Si prefieres un "
            "tono más informal: \"We moved the meeting to Thursday at 10.\""
        ),
        (
            "Aquí tienes un poema breve:\n\nEn la plaza vieja duerme el sol,\nlas palomas cuentan "
            "el reloj,\ny una guitarra, sin saber por qué,\nle canta a un amor que ya se fue."
        ),
        (
            "Para reiniciar el router, desenchúfalo de la corriente, espera unos 30 segundos y "
            "vuelve a enchufarlo. Tarda un par de minutos en recuperar la conexión."
        ),
        (
            "Es imposible construir con regla y compás un cuadrado con la misma área que un "
            "círculo dado; así lo demostró Lindemann en 1882 al probar que π es trascendente."
        ),
        (
            "¡Con gusto! Para un gazpacho andaluz tritura 1 kg de tomates maduros, medio pepino, "
            "un pimiento verde, un diente de ajo, pan del día anterior, aceite de oliva, vinagre y "
            "sal. Sírvelo bien frío."
        ),
        (
            "El `IndexError: list index out of range` aparece cuando intentas acceder a una "
            "posición que no existe en la lista. Recuerda que si la lista tiene 5 elementos, el "
            "último índice es 4."
        ),
        (
            "Los resultados pueden variar según el clima, pero en general las suculentas necesitan "
            "mucha luz y poco riego: solo cuando la tierra esté completamente seca."
        ),
        (
            "Estimados señores:\n\nMe dirijo a ustedes para presentar mi candidatura al puesto de "
            "Técnico de Marketing publicado en su página web el pasado 3 de marzo."
        ),
        (
            "En Angular, los servicios se inyectan a través del constructor gracias a la inyección "
            "de dependencias. Basta con marcar la clase con `@Injectable({ providedIn: 'root' })`."
        ),
        (
            "No, a los toros no los enfurece el color rojo: no distinguen bien ese tono. Lo que "
            "los provoca es el movimiento de la muleta."
        ),
        (
            "Un error 502 Bad Gateway significa que el servidor intermedio, como un proxy o "
            "balanceador, recibió una respuesta inválida del servidor de origen. Revisa que tu "
            "aplicación esté levantada."
        ),
        (
            "Un plan sencillo para empezar a correr:\n- Semana 1: 1 minuto corriendo y 2 "
            "caminando, 8 veces\n- Semana 2: 2 minutos corriendo y 2 caminando, 6 veces"
        ),
        (
            "Hola, Andrés: gracias por contactar con el soporte de Movilnet. He comprobado tu "
            "línea y ya está activada la tarifa de 50 GB que solicitaste; el cambio se verá "
            "reflejado en tu próxima factura."
        ),
        (
            "La diferencia entre `let` y `const` en JavaScript es que con `const` no puedes "
            "reasignar la variable. Ojo: si es un objeto, sus propiedades sí se pueden modificar."
        ),
        (
            "Había una vez, en un pueblo de Galicia donde siempre llovía, una niña que "
            "coleccionaba paraguas rotos convencida de que cada uno guardaba una historia."
        ),
        (
            "Si inviertes 2.000 € al 4 % anual durante 8 años con interés compuesto, obtendrás "
            "2.000 × 1,04⁸ ≈ 2.737,14 €."
        ),
        (
            "Sí, puedes congelar el pan sin problema. Lo ideal es cortarlo en rebanadas antes; así "
            "sacas solo lo que necesites y puedes tostarlo directamente."
        ),
        (
            "La cláusula `GROUP BY` agrupa las filas que comparten un valor, y se suele combinar "
            "con funciones como `COUNT()` o `SUM()`. Por ejemplo, `SELECT pais, COUNT(*) FROM "
            "clientes GROUP BY pais;`."
        ),
        (
            "\"Cien años de soledad\" narra la historia de siete generaciones de la familia "
            "Buendía en el pueblo ficticio de Macondo, mezclando lo cotidiano con lo mágico."
        ),
        (
            "¡Siento mucho lo de tu vuelo! Según el Reglamento europeo 261/2004, tienes derecho a "
            "elegir entre el reembolso o un vuelo alternativo, y quizá a una compensación de entre "
            "250 y 600 €."
        ),
        (
            "Si tu portátil no enciende, prueba primero con otro enchufe y, si puedes, con otro "
            "cargador. Después mantén pulsado el botón de encendido 30 segundos y vuelve a "
            "intentarlo."
        ),
        (
            "Algunas ideas para la cena de empresa: una cata de vinos, un taller de paella, una "
            "ruta de tapas, un karaoke o una noche de juegos de mesa."
        ),
        (
            "¡Sin problema! Para que una imagen no se deforme en CSS, usa `object-fit: cover;` "
            "junto con un ancho y un alto fijos."
        ),
        (
            "El Aconcagua, con 6.961 metros, es la montaña más alta de América y del hemisferio "
            "sur. Se encuentra en la provincia de Mendoza, Argentina."
        ),
        (
            "Querida Carmen:\n\nTe escribo para darte las gracias por acogernos en tu casa este "
            "verano. Los niños todavía hablan de las tardes en la playa y de tu famosa tarta de "
            "queso."
        ),
        (
            "Tres días en Sevilla: el primero para la Catedral, la Giralda y el Real Alcázar; el "
            "segundo para la Plaza de España y Triana; y el tercero para una excursión a Córdoba."
        ),
        (
            "La expresión \"estar en las nubes\" significa estar distraído o no prestar atención a "
            "lo que ocurre alrededor."
        ),
        (
            "El estado `ImagePullBackOff` en Kubernetes indica que el nodo no puede descargar la "
            "imagen del contenedor. Revisa el nombre y la etiqueta y, si el registro es privado, "
            "el `imagePullSecret`."
        ),
        (
            "La verdad, los dos son muy buenos. Los AirPods Pro se integran mejor si usas iPhone, "
            "mientras que los Sony WF-1000XM5 tienen una cancelación de ruido algo superior y "
            "funcionan igual de bien en Android."
        ),
        (
            "¡Sí! Los pulpos tienen tres corazones: dos bombean sangre a las branquias y el "
            "tercero al resto del cuerpo. Además, su sangre es azul por la hemocianina."
        ),
        (
            "Como norma general, el fondo de emergencia debería cubrir entre tres y seis meses de "
            "gastos básicos. Guárdalo en una cuenta remunerada a la que puedas acceder sin "
            "penalización."
        ),
        (
            "Para pasar de millas a kilómetros, multiplica por 1,609. Así, 60 millas por hora "
            "equivalen a unos 96,5 km/h."
        ),
        (
            "La probabilidad de sacar dos seises al lanzar dos dados es 1/6 × 1/6 = 1/36, es "
            "decir, alrededor de un 2,8 %."
        ),
        (
            "¡Jaja, típico lunes! Espero que el café haga efecto pronto. ¿En qué te puedo echar "
            "una mano hoy?"
        ),
        (
            "Un haiku de primavera:\n\nFlor de almendro,\nel viento del sur la lleva —\nla acequia "
            "canta."
        ),
        (
            "Con la expresión regular `^\\d{8}[A-Z]$` puedes comprobar el formato de un DNI "
            "español: ocho dígitos seguidos de una letra. Ten en cuenta que no valida la letra de "
            "control."
        ),
        (
            "¡Tranquilo, le pasa a todo el mundo! Pulsa en \"¿Has olvidado tu contraseña?\" en la "
            "pantalla de inicio, escribe tu correo y te enviaremos un enlace para restablecerla."
        ),
        (
            "Los glóbulos rojos transportan oxígeno desde los pulmones a todos los tejidos gracias "
            "a la hemoglobina, una proteína que contiene hierro."
        ),
        (
            "Paso 1: precalienta el horno a 200 °C. Paso 2: corta las verduras en trozos del mismo "
            "tamaño. Paso 3: alíñalas con aceite, sal y romero y hornéalas 30 minutos, removiendo "
            "a la mitad."
        ),
        (
            "En C, un puntero almacena la dirección de memoria de otra variable. Con `int *p = "
            "&x;` haces que `p` apunte a `x`, y con `*p` accedes a su valor."
        ),
        (
            "Si Windows muestra \"Acceso denegado\" al borrar una carpeta, suele ser porque otro "
            "programa la tiene abierta o porque tu usuario no es el propietario. Prueba a cerrar "
            "las aplicaciones y reiniciar."
        ),
        (
            "Resumen de la reunión: el lanzamiento se aplaza al 6 de mayo, Sergio cerrará la "
            "página de precios y el equipo técnico corregirá el fallo del carrito antes de la "
            "próxima demo."
        ),
        (
            "La Constitución española fue aprobada en referéndum el 6 de diciembre de 1978, y por "
            "eso ese día es fiesta nacional. Estableció una monarquía parlamentaria y el Estado de "
            "las autonomías."
        ),
        (
            "¡Gran elección! Para un primer pan de masa madre, mantén la receta sencilla: 500 g de "
            "harina de fuerza, 350 g de agua, 100 g de masa madre activa y 10 g de sal."
        ),
        (
            "En España está prohibido fumar en bares y restaurantes desde 2011. La ley también "
            "prohíbe fumar en los parques infantiles y en los recintos de los hospitales."
        ),
        (
            "Aquí tienes un arranque para tu carta de presentación: \"Me apasiona convertir datos "
            "complejos en decisiones claras, y por eso me entusiasma la oportunidad de unirme a su "
            "equipo de análisis\"."
        ),
        (
            "Para un vuelo largo, intenta dormir según el horario del destino, bebe mucha agua, "
            "evita el alcohol y levántate a caminar por el pasillo cada dos horas."
        ),
        (
            "En Java, una interfaz define un contrato de métodos que una clase se compromete a "
            "implementar. Por ejemplo, `class Perro implements Animal` obliga a `Perro` a definir "
            "los métodos de `Animal`."
        ),
        "Para calcular el área de un círculo de radio 3 cm, usamos A = πr²: A = π · 9 ≈ 28,27 cm².",
        (
            "Si te gusta la novela negra, te recomiendo la serie de Pepe Carvalho de Manuel "
            "Vázquez Montalbán: Barcelona, gastronomía y mucha ironía."
        ),
        (
            "Claro: en Excel usa `=BUSCARV(A2;Hoja2!A:B;2;FALSO)` para traer el valor de la "
            "columna B de la Hoja2. El `FALSO` indica que la coincidencia debe ser exacta."
        ),
        (
            "Jamás comas setas silvestres que no haya identificado un experto. Muchas asociaciones "
            "micológicas revisan gratis lo que recoges; para cocinar, los níscalos y los boletus "
            "son una delicia."
        ),
        (
            "Tu reembolso de 42,90 € ya está procesado y lo verás en tu tarjeta en un plazo de 5 a "
            "7 días hábiles. ¿Hay algo más en lo que pueda ayudarte?"
        ),
        (
            "Un proceso tiene su propio espacio de memoria, mientras que los hilos de un mismo "
            "proceso lo comparten. Por eso los hilos son más ligeros, pero requieren cuidado con "
            "las condiciones de carrera."
        ),
        (
            "La mejor época para visitar la Patagonia es entre noviembre y marzo, cuando las "
            "temperaturas son más suaves y los días son largos. Lleva siempre ropa impermeable: el "
            "viento no perdona."
        ),
        (
            "En español, \"haber\" y \"a ver\" se confunden mucho. \"Haber\" es un verbo (\"debe "
            "haber un error\"), mientras que \"a ver\" viene de \"ver\" (\"a ver qué pasa\")."
        ),
        (
            "El error \"Connection refused\" indica que no hay ningún proceso escuchando en ese "
            "puerto o que un firewall está rechazando la conexión. Comprueba con `ss -tlnp` si tu "
            "servicio está activo."
        ),
        (
            "La inflación es el aumento generalizado y sostenido de los precios, que hace que el "
            "dinero pierda poder adquisitivo. El BCE busca mantenerla en torno al 2 % anual."
        ),
        (
            "¡Qué proyecto tan bonito! Para hacer un comedero de pájaros con un brik de leche, "
            "recorta dos ventanas en lados opuestos, atraviesa un palito por debajo como percha y "
            "rellénalo de semillas."
        ),
    ],
    "pt": [
        (
            "Claro! Em Python, uma função lambda é uma função anônima de uma linha só. Por "
            "exemplo, com `dobro = lambda x: x * 2`, a chamada `dobro(5)` retorna `10`."
        ),
        (
            "A capital do Brasil é Brasília, inaugurada em 1960 durante o governo de Juscelino "
            "Kubitschek. O plano urbanístico é de Lúcio Costa e a arquitetura, de Oscar Niemeyer."
        ),
        (
            "O erro HTTP 403 Forbidden significa que o servidor percebeu o pedido, mas não "
            "autoriza o acesso ao recurso. Verifique as permissões do ficheiro e as regras de "
            "acesso no servidor."
        ),
        (
            "Segue um rascunho que você pode adaptar:\n\nAssunto: Solicitação de férias\n\nOlá, "
            "Renata! Gostaria de solicitar férias de 10 a 24 de janeiro. Já combinei com o Paulo a "
            "cobertura das minhas tarefas."
        ),
        (
            "Para um bolo de cenoura, bata no liquidificador 3 cenouras médias, 3 ovos e 1 xícara "
            "de óleo. Depois misture com 2 xícaras de açúcar, 2 de farinha de trigo e 1 colher de "
            "sopa de fermento."
        ),
        (
            "Ótima pergunta! O arco-íris aparece quando a luz do sol é refratada e refletida "
            "dentro das gotas de chuva, separando-se nas várias cores do espectro."
        ),
        (
            "Nunca guarde senhas em texto puro. Em vez disso, use um algoritmo de hash lento e com "
            "salt, como bcrypt ou Argon2, e compare apenas os hashes no login."
        ),
        (
            "Para resolver x² − 5x + 6 = 0, procure dois números cuja soma seja 5 e o produto seja "
            "6: são 2 e 3. Logo, x = 2 ou x = 3."
        ),
        (
            "Oi! Tudo ótimo por aqui, obrigado por perguntar. E você, como está sendo a semana? "
            "Muita correria?"
        ),
        (
            "Olá, Fernanda! Obrigado pelo contato e pedimos desculpas pelo transtorno. Verifiquei "
            "o seu pedido e a entrega ficou retida no centro de distribuição de Campinas; a nova "
            "previsão é quinta-feira."
        ),
        (
            "Uma \"zona de exclusão aérea\" é uma área onde as aeronaves não podem voar, "
            "normalmente por razões militares ou de segurança."
        ),
        (
            "A mensagem \"Permission denied (publickey)\" ao fazer `git push` quer dizer que a sua "
            "chave SSH não foi aceite pelo servidor. Adicione a chave pública nas definições da "
            "sua conta."
        ),
        (
            "Em resumo, a Revolução dos Cravos, a 25 de abril de 1974, pôs fim ao Estado Novo em "
            "Portugal de forma quase pacífica e abriu caminho à democracia e à descolonização."
        ),
        (
            "## Comparativo rápido\n\nO Kindle tem mais livros disponíveis e preços mais baixos na "
            "loja, enquanto o Kobo lê mais formatos e permite empréstimos de bibliotecas."
        ),
        (
            "Algumas ideias de nome para a sua pastelaria:\n- Forno da Avó\n- Doce Lisboa\n- Massa "
            "Folhada\n- O Pastel Dourado"
        ),
        (
            "Naquela tarde de março, a chuva caía sobre o Recife como se quisesse lavar a cidade "
            "inteira, e foi debaixo dela que Joana viu o pai pela primeira vez em vinte anos."
        ),
        (
            "Não sou médico, mas em geral uma dor nas costas leve melhora com repouso relativo, "
            "compressas quentes e alongamentos suaves. Se a dor irradiar para as pernas, procure "
            "um ortopedista."
        ),
        (
            "Com certeza. O comando `git log --oneline --graph` mostra o histórico de commits de "
            "forma compacta, com um desenho das ramificações e dos merges."
        ),
        (
            "Se for ao Porto, reserve uma manhã para a Ribeira e a Ponte D. Luís I, uma tarde para "
            "as caves do vinho do Porto em Gaia e o fim do dia para os Jardins do Palácio de "
            "Cristal."
        ),
        (
            "Não, brasileiros não precisam de visto para visitar Portugal como turistas por até 90 "
            "dias. Basta o passaporte válido e, se for pedido na imigração, comprovante de "
            "hospedagem e de recursos."
        ),
        (
            "A derivada de f(x) = ln(x² + 1) é f'(x) = 2x/(x² + 1), aplicando a regra da cadeia: "
            "derivada de fora vezes derivada de dentro."
        ),
        (
            "Tradução: \"Could you send me the report by the end of the day?\" Se quiser algo mais "
            "informal: \"Can you get me the report by end of day?\""
        ),
        (
            "Aqui vai um pequeno poema:\n\nNo cais antigo a maré descansa,\nas gaivotas riscam o "
            "céu de anil,\ne uma saudade, mansa, mansa,\nvai navegando Tejo afora."
        ),
        (
            "Para reiniciar o modem, tire-o da tomada, espere uns 30 segundos e ligue de novo. Em "
            "dois ou três minutos as luzes devem ficar estáveis e a internet volta."
        ),
        (
            "É impossível listar todos os números reais numa sequência, mesmo infinita: Cantor "
            "provou isso em 1891 com o famoso argumento da diagonal."
        ),
        (
            "Com todo o gosto! Para um bacalhau à Brás, desfie 400 g de bacalhau demolhado, aloure "
            "cebola e alho em azeite, junte a batata palha e o bacalhau e, no fim, envolva 6 ovos "
            "batidos."
        ),
        (
            "O `NullPointerException` em Java acontece quando você chama um método em uma "
            "referência `null`. Confira se o objeto foi inicializado antes de usá-lo."
        ),
        (
            "Os resultados podem variar conforme a região, mas, em geral, manjericão gosta de sol "
            "pleno e rega frequente, sem encharcar. Corte as flores para as folhas continuarem "
            "crescendo."
        ),
        (
            "Exmos. Senhores,\n\nVenho por este meio apresentar a minha candidatura à vaga de "
            "Assistente Administrativo, publicada no vosso site no passado dia 3 de março."
        ),
        (
            "No Flutter, tudo é widget. Um `StatelessWidget` não guarda estado, enquanto um "
            "`StatefulWidget` pode ser reconstruído chamando `setState()` sempre que os dados "
            "mudam."
        ),
        (
            "Não, os avestruzes não enterram a cabeça na areia. Eles abaixam a cabeça para virar "
            "os ovos no ninho, o que de longe pode dar essa impressão."
        ),
        (
            "O erro 504 Gateway Timeout indica que o proxy ou o balanceador esperou demais por uma "
            "resposta do servidor de origem. Verifique se alguma consulta lenta está travando a "
            "aplicação."
        ),
        (
            "Um treino simples para iniciantes:\n- Segunda: musculação de corpo inteiro\n- Quarta: "
            "30 minutos de caminhada rápida\n- Sexta: musculação de corpo inteiro\n- Sábado: "
            "alongamento"
        ),
        (
            "Olá, Ricardo! Obrigada por entrar em contato com a Vivacell. Verifiquei sua linha e a "
            "portabilidade já foi concluída; seu chip novo funciona normalmente a partir de hoje."
        ),
        (
            "A diferença entre `==` e `is` em Python é que `==` compara valores e `is` compara "
            "identidade, ou seja, se são o mesmo objeto na memória. Use `is` basicamente para "
            "`None`."
        ),
        (
            "Era uma vez, numa aldeia do Alentejo onde o calor nunca dava tréguas, um moleiro que "
            "guardava o vento dentro de frascos de vidro."
        ),
        (
            "Aplicando R$ 1.000 a 1% ao mês durante 12 meses com juros compostos, você terá 1.000 "
            "× 1,01¹² ≈ R$ 1.126,83."
        ),
        (
            "Sim, dá para congelar feijão cozido! Deixe esfriar, divida em potes com tampa e use "
            "em até três meses. Para descongelar, é só aquecer direto na panela."
        ),
        (
            "Em SQL, `DISTINCT` remove linhas repetidas do resultado. Por exemplo, `SELECT "
            "DISTINCT cidade FROM clientes;` devolve cada cidade uma única vez."
        ),
        (
            "\"Dom Casmurro\", de Machado de Assis, é narrado por Bento Santiago, que relembra sua "
            "vida e o ciúme que sente de Capitu, deixando o leitor em dúvida sobre a suposta "
            "traição."
        ),
        (
            "Lamento muito pelo cancelamento do seu voo! Pelas regras da ANAC, a companhia deve "
            "oferecer reacomodação, reembolso integral ou execução do serviço por outro meio, à "
            "sua escolha."
        ),
        (
            "Se o seu portátil não liga, experimente outra tomada e, se possível, outro "
            "carregador. Depois, mantenha o botão de ligar premido durante 30 segundos e tente "
            "novamente."
        ),
        (
            "Algumas ideias para a confraternização da equipe: churrasco, escape room, aula de "
            "samba, trilha com piquenique ou uma noite de jogos de tabuleiro."
        ),
        (
            "Sem problemas! Para mudar a cor de um link ao passar o mouse, use `a:hover { color: "
            "#e63946; }`. Se quiser uma transição suave, adicione `transition: color 0.2s;` ao "
            "seletor `a`."
        ),
        (
            "O Pico da Neblina, com cerca de 2.995 metros, é o ponto mais alto do Brasil. Fica no "
            "Amazonas, junto à fronteira com a Venezuela."
        ),
        (
            "Querida tia Lurdes,\n\nQueria agradecer-te de coração pela receção tão calorosa em "
            "Braga. As crianças ainda falam dos passeios ao Bom Jesus e do teu arroz de pato."
        ),
        (
            "Três dias no Rio: no primeiro, Cristo Redentor e Santa Teresa; no segundo, Pão de "
            "Açúcar e praia de Copacabana; no terceiro, Jardim Botânico e pôr do sol no Arpoador."
        ),
        (
            "A expressão \"pagar o pato\" significa levar a culpa ou arcar com as consequências de "
            "algo que não se fez."
        ),
        (
            "O estado `Pending` de um pod no Kubernetes costuma indicar que o scheduler não "
            "encontrou um nó com recursos suficientes. Use `kubectl describe pod <nome>` para ver "
            "os eventos."
        ),
        (
            "Sinceramente, as duas são boas. A air fryer da Philips é mais robusta e durável, "
            "enquanto a da Mondial custa bem menos e dá conta do recado no dia a dia."
        ),
        (
            "Sim! Os beija-flores conseguem bater as asas dezenas de vezes por segundo e estão "
            "entre as poucas aves capazes de voar para trás."
        ),
        (
            "Como regra geral, a reserva de emergência deve cobrir de seis a doze meses de "
            "despesas essenciais. Deixe-a num investimento de liquidez diária, como um CDB ou o "
            "Tesouro Selic."
        ),
        (
            "Para converter pés em metros, multiplique por 0,3048. Assim, um avião a 35.000 pés "
            "está a cerca de 10.668 metros de altitude."
        ),
        (
            "A probabilidade de acertar a Mega-Sena com uma aposta simples de seis números é de 1 "
            "em 50.063.860, ou seja, praticamente zero."
        ),
        (
            "Haha, segunda-feira é assim mesmo! Tomara que o café faça efeito logo. Em que posso "
            "te ajudar hoje?"
        ),
        "Um haicai de verão:\n\nCigarra no ipê,\no sol derrete a tarde —\nsombra de mangueira.",
        (
            "A expressão regular `^\\d{5}-\\d{3}$` valida o formato de um CEP brasileiro, como "
            "`01310-100`. Note que ela confere só o formato, não se o CEP existe."
        ),
        (
            "Sem problema, acontece com todo mundo! Toque em \"Esqueci minha senha\" na tela de "
            "login, informe seu e-mail e enviaremos um link para você criar uma nova senha."
        ),
        (
            "As plaquetas são fragmentos de células que ajudam na coagulação do sangue. Quando há "
            "um corte, elas se agregam no local e formam um tampão que estanca o sangramento."
        ),
        (
            "Passo 1: escalde 500 g de polvilho azedo com 1 xícara de leite e ½ xícara de óleo "
            "ferventes. Passo 2: junte 2 ovos e 200 g de queijo meia-cura ralado. Passo 3: faça "
            "bolinhas e asse a 180 °C por 25 minutos."
        ),
        (
            "Em Kotlin, o operador `?.` permite chamar métodos em objetos que podem ser nulos sem "
            "lançar exceção: `usuario?.nome` retorna `null` se `usuario` for nulo."
        ),
        (
            "Se o Windows mostrar \"Acesso negado\" ao apagar uma pasta, normalmente é porque "
            "outro programa a está a usar ou porque o seu utilizador não é o proprietário."
        ),
        (
            "Resumo da reunião: o lançamento passou para 6 de maio, a Beatriz vai finalizar a "
            "página de preços e a equipe de engenharia corrige o bug do carrinho antes da próxima "
            "sprint."
        ),
        (
            "A Lei Áurea, assinada pela princesa Isabel em 13 de maio de 1888, aboliu oficialmente "
            "a escravidão no Brasil, o último país das Américas a fazê-lo."
        ),
        (
            "Excelente escolha! Para o primeiro pão de fermentação natural, comece simples: 500 g "
            "de farinha, 350 g de água, 100 g de levain ativo e 10 g de sal. O segredo é ter "
            "paciência."
        ),
        (
            "Em Portugal, é proibido fumar em espaços fechados de acesso público, como "
            "restaurantes e centros comerciais, desde 2008. A lei foi depois alargada ao tabaco "
            "aquecido."
        ),
        (
            "Aqui vai uma abertura para a sua carta de apresentação: \"Transformar dados complexos "
            "em decisões claras é o que me motiva, e por isso fiquei entusiasmado com a vaga de "
            "Analista de Dados.\""
        ),
        (
            "Para um voo longo, tente dormir no horário do destino, beba bastante água, evite "
            "álcool e levante-se para caminhar pelo corredor a cada duas horas."
        ),
        (
            "Em C#, `async` e `await` permitem escrever código assíncrono de forma linear. Um "
            "método `async Task<int>` pode usar `await` para esperar outra tarefa sem bloquear a "
            "thread."
        ),
        (
            "Para calcular a média de 7, 8 e 9,5, some os valores (24,5) e divida por 3: a média é "
            "aproximadamente 8,17."
        ),
        (
            "Se gosta de romances históricos, recomendo \"Memorial do Convento\", de José "
            "Saramago: a construção do convento de Mafra contada com humor, amor e muita "
            "imaginação."
        ),
        (
            "Claro: no Excel, use `=PROCV(A2;Planilha2!A:B;2;FALSO)` para buscar o valor "
            "correspondente na coluna B da Planilha2. O `FALSO` garante uma correspondência exata."
        ),
        (
            "Nunca coma cogumelos silvestres sem a identificação de um especialista. Para "
            "cozinhar, cogumelo-de-paris, shiitake e shimeji são seguros e ficam ótimos salteados "
            "na manteiga."
        ),
        (
            "O seu reembolso de R$ 89,90 já foi processado e deve aparecer na fatura do cartão em "
            "até dois ciclos. Posso ajudar em mais alguma coisa?"
        ),
        (
            "Um processo tem o seu próprio espaço de memória, enquanto as threads de um mesmo "
            "processo partilham esse espaço. Por isso as threads são mais leves, mas exigem "
            "cuidado com condições de corrida."
        ),
        (
            "A melhor época para visitar os Lençóis Maranhenses é entre junho e setembro, quando "
            "as lagoas entre as dunas estão cheias. Leve protetor solar e bastante água."
        ),
        (
            "Em português, \"há\" indica tempo passado (\"estive lá há dois anos\"), enquanto "
            "\"a\" se refere ao futuro ou à distância (\"daqui a dois dias\", \"a cinco "
            "quilômetros\")."
        ),
        (
            "O erro \"Connection refused\" significa que nenhum processo está escutando naquela "
            "porta ou que um firewall recusou a conexão. Use `ss -tlnp` para ver se o serviço está "
            "no ar."
        ),
        (
            "A inflação é o aumento generalizado e contínuo dos preços, que reduz o poder de "
            "compra. No Brasil, ela é medida oficialmente pelo IPCA, calculado pelo IBGE."
        ),
        (
            "Que projeto lindo! Para fazer um comedouro de pássaros com caixa de leite, recorte "
            "duas janelas em lados opostos, passe um palito por baixo como poleiro e encha o fundo "
            "com sementes."
        ),
    ],
    "ja": [
        (
            "もちろんです！Pythonのリスト内包表記を使うと、`[x * 2 for x in range(5)]` "
            "のように一行でリストを作れます。forループで書くより短く、"
            "読みやすくなることが多いです。"
        ),
        (
            "日本で一番高い山は富士山で、標高は3,776メートルです。静岡県と山梨県にまたがっており、"
            "2013年に「富士山－信仰の対象と芸術の源泉」として世界文化遺産に登録されました。"
        ),
        (
            "HTTP 403 Forbiddenは、"
            "サーバーがリクエストを理解したうえでアクセスを拒否していることを示します。"
            "ファイルのパーミッションやサーバーのアクセス設定を確認してみてください。"
        ),
        (
            "以下のような文面はいかがでしょうか。\n\n件名：有給休暇取得のお願い\n\n山田部長\n\n"
            "お疲れさまです。8月5日から8月9日まで有給休暇をいただきたく、ご連絡いたしました。"
        ),
        (
            "肉じゃが（4人分）の材料は、牛肉200g、じゃがいも3個、玉ねぎ1個、にんじん1本、"
            "しらたき1袋です。だし300mlに砂糖・みりん・醤油を各大さじ3加え、"
            "落とし蓋をして15分ほど煮ます。"
        ),
        (
            "いい質問ですね！空が青く見えるのは、太陽光が大気中の分子にぶつかるとき、"
            "波長の短い青い光ほど強く散乱されるためです。これをレイリー散乱と呼びます。"
        ),
        (
            "パスワードを平文で保存するのは絶対にやめましょう。代わりに bcrypt や Argon2 のような、"
            "ソルト付きで計算コストの高いハッシュ関数を使い、ログイン時はハッシュ同士を比較します。"
        ),
        (
            "2x + 6 = 20 を解くには、まず両辺から6を引いて 2x = 14 とし、次に両辺を2で割ります。"
            "よって x = 7 です。検算すると 2 × 7 + 6 = 20 で、正しいことがわかります。"
        ),
        (
            "こんにちは！元気だよ、聞いてくれてありがとう。最近ちょっと寒くなってきたね。"
            "そっちはどう？今週は忙しい感じ？週末は何か予定ある？"
        ),
        (
            "お問い合わせいただきありがとうございます。配送が遅れており、大変申し訳ございません。"
            "お調べしたところ、お荷物は現在大阪の物流センターにあり、明日中にお届けの予定です。"
        ),
        (
            "「飛行禁止区域」とは、"
            "安全保障や安全上の理由から航空機の飛行が認められていない空域のことです。日本では、"
            "ドローンについても空港周辺や人口集中地区などで飛行が規制されています。"
        ),
        (
            "`git push` で「Permission denied (publickey)」と出る場合、"
            "サーバーがSSH鍵を受け付けていません。`ssh -T git@github.com` で接続を確認し、"
            "公開鍵がアカウントに登録されているか見てみましょう。"
        ),
        (
            "要約すると、明治維新は江戸幕府による統治を終わらせ、"
            "天皇を中心とする近代国家へ移行した一連の改革である。廃藩置県や徴兵令、"
            "地租改正などが行われた。"
        ),
        (
            "## ざっくり比較\n\niPhone は操作が直感的で、長期間アップデートが受けられます。一方、"
            "Android 端末は価格帯が幅広く、カスタマイズの自由度が高いのが魅力です。"
        ),
        (
            "カフェの店名アイデアをいくつか挙げてみます。\n- 木漏れ日珈琲\n- 月と豆\n- "
            "ひだまり喫茶\n- 珈琲と古書 しおり\n- 喫茶こはく"
        ),
        (
            "梅雨の終わりの夕方、祖母の家の蔵を片づけていた僕は、"
            "古い木箱の底から一通の手紙を見つけた。宛名は、会ったこともない祖父の名前だった。"
        ),
        (
            "私は医師ではありませんが、一般的に軽い頭痛であれば、水分補給と休息、"
            "市販の鎮痛薬で和らぐことが多いです。数日続く場合や強い痛みがある場合は、"
            "受診をおすすめします。"
        ),
        (
            "承知しました。`git stash` は、コミットしていない変更を一時的に退避するコマンドです。"
            "ブランチを切り替えたあと、`git stash pop` で変更を元に戻せます。"
        ),
        (
            "京都を観光するなら、朝早く伏見稲荷大社に行くのがおすすめです。7時ごろなら人も少なく、"
            "千本鳥居をゆっくり歩けます。その後は東福寺、午後は祇園や清水寺へ回るといいでしょう。"
        ),
        (
            "いいえ、日本国籍の方なら、観光目的で90日以内の台湾滞在にビザは必要ありません。"
            "パスポートの残存期間が滞在予定日数以上あるかだけ確認しておきましょう。"
        ),
        (
            "f(x) = x³ − 3x の導関数は f'(x) = 3x² − 3 だ。これが0になるのは x = ±1 のときで、x = "
            "−1 で極大値2、x = 1 で極小値−2をとる。"
        ),
        (
            "翻訳はこちらです：「I'm sorry for the late reply. I'll check the schedule and get "
            "back to you by tomorrow.」ビジネスメールなら「I apologize for the delayed response.」"
            "とするとより丁寧です。"
        ),
        (
            "短い詩を書いてみました。\n\n夕暮れの坂道を\n自転車がゆっくり下りていく\n"
            "誰かの家の窓から\nカレーの匂いがした\n\n何気ない帰り道の、"
            "少しだけ懐かしい瞬間を切り取ってみました。"
        ),
        (
            "ルーターを再起動するには、電源ケーブルを抜いて30秒ほど待ち、"
            "もう一度差し込んでください。ランプが通常の点灯状態に戻れば、"
            "数分でインターネットに接続できるようになります。"
        ),
        (
            "0で割ることは通常の算数では不可能です。どんな数に0をかけても0にしかならないため、"
            "「5÷0」に当てはまる答えが存在しないからです。"
        ),
        (
            "喜んで！親子丼（2人分）は、鶏もも肉150gと玉ねぎ1/2個を、"
            "だし・醤油・みりん・砂糖で煮て、溶き卵2個を回し入れます。半熟のうちに火を止めて、"
            "ご飯にのせれば完成です。"
        ),
        (
            "`TypeError: 'NoneType' object is not subscriptable` は、`None` "
            "に対して添字アクセスをしたときに出るエラーです。"
            "関数が何も返していないケースが多いので、戻り値を確認しましょう。"
        ),
        (
            "環境によって結果は変わりますが、一般にミニトマトは1日6時間以上の日当たりが必要です。"
            "水やりは土の表面が乾いてから、たっぷり与えるのが基本です。"
        ),
        (
            "拝啓　新緑の候、貴社ますますご清栄のこととお慶び申し上げます。さて、"
            "このたびは弊社新製品の展示会にご来場いただき、誠にありがとうございました。"
        ),
        (
            "Reactの `useEffect` は、コンポーネントの描画後に実行される。依存配列を空にして "
            "`useEffect(() => {...}, [])` と書けば、初回の描画後に一度だけ実行される。"
        ),
        (
            "実は、金魚の記憶が3秒しか持たないというのは俗説です。実験では、"
            "金魚が数か月前に覚えた合図にきちんと反応することが確認されています。"
        ),
        (
            "404 Not Foundは、指定されたURLのページがサーバー上に見つからないことを意味します。"
            "URLのスペルミスや、ルーティングの設定を確認してみてください。"
        ),
        (
            "初心者向けの簡単なトレーニングメニューです。\n- 月曜：スクワットと腕立て伏せ\n- 水曜："
            "30分のウォーキング\n- 金曜：体幹トレーニング\n- 日曜：ストレッチ"
        ),
        (
            "佐藤様、お問い合わせありがとうございます。ご契約内容を確認いたしました。ご希望どおり、"
            "来月から年額プランへの変更手続きが完了しております。"
        ),
        (
            "Pythonのリストとタプルの大きな違いは、リストは変更可能で、"
            "タプルは変更できないことです。座標のように値が固定のデータにはタプル、"
            "追加や削除が必要ならリストを使います。"
        ),
        (
            "むかしむかし、雪の降りやまない山あいの村に、どんな時計でも直せる時計職人がいました。"
            "けれど彼には、ひとつだけ直せない時計があったのです。"
        ),
        (
            "100万円を年利3%の複利で10年間運用すると、100万 × 1.03¹⁰ ≈ 134万3,916円になる。"
            "単利の場合は130万円なので、約4万円の差が出る。"
        ),
        (
            "はい、炊いたご飯は冷凍できますよ。炊きたてのうちに一膳ずつラップで包み、"
            "粗熱が取れたら冷凍庫へ。1か月を目安に食べきりましょう。"
        ),
        (
            "SQLの `LEFT JOIN` は、左側のテーブルのすべての行と、"
            "右側のテーブルで一致する行を返します。一致しない場合、右側の列は `NULL` になります。"
        ),
        (
            "夏目漱石の『こころ』は、「先生」と呼ばれる人物と語り手の交流を通して、"
            "友人を裏切った過去に苦しむ先生の孤独と罪の意識を描いた作品です。"
        ),
        (
            "フライトが欠航になってしまったとのこと、大変でしたね。通常は、"
            "無料での振替便への変更か払い戻しのどちらかを選べます。"
            "まずは航空会社のカウンターかアプリで確認してみてください。"
        ),
        (
            "ノートPCの電源が入らないときは、まず別のコンセントとACアダプターで試してみてください。"
            "それでもだめなら、電源ボタンを30秒ほど長押ししてから、もう一度起動してみましょう。"
        ),
        (
            "チームの懇親会のアイデアをいくつか挙げます：脱出ゲーム、料理教室、BBQ、"
            "ボウリング大会、ボードゲームカフェの貸し切りなど。"
            "予算や人数に合わせて選んでみてください。"
        ),
        (
            "大丈夫です！CSSで要素を上下左右の中央に配置するなら、親要素に `display: grid; "
            "place-items: center;` を指定するのが一番簡単です。"
        ),
        (
            "琵琶湖は日本最大の湖で、面積は約670平方キロメートル。"
            "滋賀県の面積のおよそ6分の1を占めている。"
            "近畿地方の約1,450万人の水源としても重要な役割を果たしている。"
        ),
        (
            "田中さん\n\nいつもお世話になっております。先日はお忙しいところ、"
            "打ち合わせのお時間をいただきありがとうございました。いただいたご意見をもとに、"
            "企画書を修正いたしました。"
        ),
        (
            "大阪で2泊3日なら、1日目は道頓堀と心斎橋で食べ歩き、"
            "2日目はユニバーサル・スタジオ・ジャパン、3日目は大阪城と新世界を回るのがおすすめです。"
        ),
        (
            "「猫の手も借りたい」とは、非常に忙しくて、"
            "誰でもいいから手伝ってほしいという意味のことわざです。"
            "役に立ちそうにない猫の手でさえ借りたい、というたとえです。"
        ),
        (
            "Kubernetes の `CrashLoopBackOff` は、"
            "コンテナが起動と異常終了を繰り返している状態です。`kubectl logs <pod> --previous` "
            "で直前のログを確認すると、原因がわかることが多いです。"
        ),
        (
            "正直なところ、どちらも良い選択だ。Nintendo Switch は携帯モードで気軽に遊べるし、PS5 "
            "はグラフィック性能と大作タイトルの多さで勝っている。"
        ),
        (
            "そうなんです！カラスは非常に賢く、"
            "人の顔を見分けて覚えられることが研究でわかっています。"
            "嫌なことをした人を何年も覚えていることもあるそうです。"
        ),
        (
            "一般的に、生活防衛資金は生活費の3〜6か月分が目安と言われています。"
            "すぐに引き出せる普通預金などに置いておくと、いざというときに安心です。"
        ),
        (
            "摂氏を華氏に変換するには、9/5をかけて32を足します。たとえば25℃なら、25 × 1.8 + 32 = "
            "77°Fです。逆に華氏から摂氏に戻すときは、32を引いて5/9をかけます。"
        ),
        (
            "サイコロを2回振って、2回とも6が出る確率は 1/6 × 1/6 = 1/36、つまり約2.8%です。"
            "少なくとも1回6が出る確率なら、1 − (5/6)² = 11/36 になります。"
        ),
        (
            "あはは、月曜日あるあるですね！コーヒーが早く効いてくるといいですね。"
            "メールの下書きでも、タスクの整理でも、今日お手伝いできることがあれば気軽にどうぞ。"
        ),
        (
            "秋の俳句を一句詠んでみました。\n\n古寺の\n石段に散る\n紅葉かな\n\n静かな寺の石段に、"
            "紅葉がはらはらと舞い落ちる情景を詠んでいます。"
        ),
        (
            "日本の郵便番号の形式をチェックするなら、正規表現 `^\\d{3}-\\d{4}$` が使えます。"
            "ただし、これは形式だけを確認するもので、実在する番号かどうかまではわかりません。"
        ),
        (
            "ご安心ください、よくあることです。ログイン画面の「パスワードをお忘れの方」"
            "をクリックし、登録メールアドレスを入力すると、再設定用のリンクが届きます。"
        ),
        (
            "ミトコンドリアは細胞内でATPを作り出す小器官で、「細胞の発電所」とも呼ばれる。"
            "独自のDNAを持っていて、基本的に母親からのみ受け継がれるという特徴もある。"
        ),
        (
            "手順1：オーブンを200℃に予熱します。手順2：じゃがいもをくし形に切り、"
            "オリーブオイルと塩、ローズマリーをまぶします。手順3：途中で一度裏返しながら、"
            "30分ほど焼きます。"
        ),
        (
            "Rustでは、ある値に対して「可変参照は1つだけ」か「不変参照は複数」"
            "のどちらかしか同時に持てない。この借用規則のおかげで、"
            "データ競合がコンパイル時に防がれる。"
        ),
        (
            "Linuxで「Permission denied」と出てスクリプトが実行できない場合は、"
            "実行権限がついていない可能性が高いです。`chmod +x script.sh` "
            "で権限を付与してみてください。"
        ),
        (
            "会議の要点をまとめます。リリースは5月6日に延期、価格ページは鈴木さんが最終調整、"
            "決済画面の不具合は次のスプリントまでに開発チームが修正する、という内容でした。"
        ),
        (
            "関ヶ原の戦いは1600年に起きた、徳川家康率いる東軍と石田三成率いる西軍の戦いです。"
            "東軍が勝利し、その後の江戸幕府成立へとつながりました。"
        ),
        (
            "いいですね！初めての天然酵母パンなら、強力粉500g、水350g、元気な発酵種100g、"
            "塩10gのシンプルな配合がおすすめです。一番のコツは、一次発酵をじっくり待つことです。"
        ),
        (
            "日本では、2020年4月から改正健康増進法が全面施行され、"
            "飲食店を含む多くの屋内施設で原則禁煙となった。喫煙できるのは、"
            "基準を満たした喫煙専用室などに限られる。"
        ),
        (
            "志望動機の書き出し例です：「私は大学で統計学を学び、"
            "データから課題を見つけ出すことにやりがいを感じてきました。貴社のデータ分析職で、"
            "その経験を活かしたいと考えております。」"
        ),
        (
            "長時間のフライトでは、到着地の時間に合わせて眠るようにし、水分をこまめにとって、"
            "アルコールは控えめにしましょう。2時間おきに通路を歩くと、むくみ防止にもなります。"
        ),
        (
            "JavaScriptの `async`/`await` は、Promiseを読みやすく書くための構文です。`async` "
            "関数は必ずPromiseを返し、`await` はそのPromiseが解決されるまで処理を待ちます。"
        ),
        (
            "三平方の定理より、直角をはさむ2辺が3と4の直角三角形の斜辺は、√(3² + 4²) = √25 = 5 "
            "となる。3:4:5は最も有名なピタゴラス数の組だ。"
        ),
        (
            "ミステリーが好きなら、東野圭吾の『容疑者Xの献身』をおすすめします。"
            "トリックの巧みさだけでなく、登場人物の切ない動機が心に残る一冊です。"
        ),
        (
            "はい、Excelなら `=VLOOKUP(A2,Sheet2!A:B,2,FALSE)` で、"
            "Sheet2のB列から対応する値を取り出せます。最後の `FALSE` "
            "は完全一致で検索するという意味です。"
        ),
        (
            "野生のキノコは、専門家に確認してもらわない限り、決して食べないでください。"
            "毒キノコと見分けがつきにくいものも多いからです。料理には、しいたけやエリンギ、"
            "まいたけなどの市販品が安心です。"
        ),
        (
            "ご返金の手続き（4,290円）が完了いたしました。カード会社により異なりますが、"
            "通常5〜7営業日ほどでご利用明細に反映されます。ほかにご不明な点はございますか？"
        ),
        (
            "Dockerのイメージは読み取り専用のテンプレートで、"
            "コンテナはそのイメージから起動した実行中のインスタンスです。"
            "1つのイメージから複数のコンテナを起動できます。"
        ),
        (
            "流氷を見るなら、2月上旬から3月上旬の網走や知床がおすすめだ。網走の砕氷船「おーろら」"
            "に乗れば、船の上から間近に流氷を観察できる。"
        ),
        (
            "「全然」は否定と一緒に使うべき言葉だとよく言われますが、"
            "明治・大正期の文学には肯定の用例も見られます。現在では、くだけた会話で「全然大丈夫」"
            "と言うのも一般的です。"
        ),
        (
            "`ENOENT` というエラーは「No such file or directory」の略で、"
            "指定したファイルやディレクトリが存在しないことを意味します。"
            "カレントディレクトリからの相対パスを確認してみてください。"
        ),
        (
            "インフレとは、物価が全体的に継続して上がり、お金の価値が下がることです。日本銀行は、"
            "消費者物価の前年比上昇率2%を「物価安定の目標」として掲げています。"
        ),
        (
            "すてきな工作ですね！牛乳パックで鳥のエサ台を作るなら、向かい合う2面に窓を切り抜き、"
            "その下に割り箸を通して止まり木にします。底に鳥のエサを入れれば完成です。"
        ),
    ],
    "zh": [
        (
            "当然可以！Python 的列表推导式可以用一行代码生成列表，例如 `[x * 2 for x in range(5)]` "
            "会得到 `[0, 2, 4, 6, 8]`，比写 for 循环更简洁。"
        ),
        (
            "中国最长的河流是长江，全长约 6300 公里，发源于青藏高原，自西向东流经多个省级行政区，"
            "最后在上海注入东海。它也是世界第三长河，仅次于尼罗河和亚马孙河。"
        ),
        (
            "HTTP 403 Forbidden 表示服务器已经收到并理解了请求，但拒绝授权访问。"
            "可以检查一下文件权限、目录配置，或者 Nginx 的访问控制规则。"
        ),
        (
            "下面是一封请假邮件的草稿，你可以根据实际情况修改：\n\n主题：年假申请\n\n王经理您好，"
            "我计划于 10 月 8 日至 10 月 12 日休年假，手头的工作已与小李做好交接。"
        ),
        (
            "西红柿炒鸡蛋（2 人份）：鸡蛋 3 个打散加少许盐，西红柿 2 个切块。先把鸡蛋炒至凝固盛出，"
            "再炒西红柿出汁，加一小勺糖，最后倒回鸡蛋翻炒均匀即可。"
        ),
        (
            "好问题！天空之所以是蓝色的，是因为太阳光穿过大气时，"
            "波长较短的蓝光更容易被空气分子散射，这种现象叫作瑞利散射。同样的道理，"
            "日出日落时光线穿过的大气更厚，天空就会偏红。"
        ),
        (
            "千万不要以明文形式存储密码。应该使用 bcrypt、scrypt 或 Argon2 等加盐的慢哈希算法，"
            "用户登录时只比较哈希值即可。"
        ),
        (
            "解方程 3x − 7 = 11：两边同时加 7，得到 3x = 18；再两边同时除以 3，得到 x = 6。"
            "代入验证：3 × 6 − 7 = 11，正确。"
        ),
        (
            "嗨！我挺好的，谢谢关心～你最近怎么样？这周工作忙不忙？天气突然降温了，"
            "出门记得多穿点哦。周末想找地方玩的话，我也可以帮你推荐。"
        ),
        (
            "您好，感谢您的耐心等待，给您带来不便非常抱歉！经查询，"
            "您的包裹因天气原因在武汉转运中心有所延误，目前已重新发出，预计周四前送达。"
        ),
        (
            "“禁飞区”是指出于军事、安全或公共秩序等原因，禁止航空器飞行的空域。在中国，"
            "机场周边和重要设施上空通常也禁止无人机飞行。"
        ),
        (
            "执行 `git push` 时出现 “Permission denied (publickey)”，说明服务器没有接受你的 SSH "
            "密钥。可以先运行 `ssh -T git@github.com` 测试连接，再确认公钥已添加到账户中。"
        ),
        (
            "简单来说，丝绸之路是古代连接中国与中亚、西亚乃至欧洲的贸易路线网络。除了丝绸、"
            "瓷器和香料，佛教等宗教和文化也沿着这条路传播。"
        ),
        (
            "## 快速对比\n\n小米手机性价比高、配置强，适合预算有限又追求性能的用户；"
            "华为手机在影像和续航方面表现突出，多设备协同也很方便。"
        ),
        (
            "给你的奶茶店想了几个名字：\n- 半糖时光\n- 茶言观色\n- 小满茶事\n- 一杯好心情\n\n"
            "你更喜欢文艺一点还是俏皮一点的风格？"
        ),
        (
            "那年冬天，北方的雪下得特别大。外婆去世后，我在她的樟木箱底发现了一沓泛黄的信，"
            "落款的名字，我从来没有听说过。信封上的邮戳，是一九七九年的春天。"
        ),
        (
            "我不是医生，但一般来说，轻微的感冒可以多喝水、多休息，必要时服用对乙酰氨基酚缓解发热。"
            "如果高烧超过三天或者出现呼吸困难，请尽快就医。"
        ),
        (
            "没问题。`git rebase -i HEAD~3` 会打开一个编辑器，列出最近的三次提交，"
            "你可以在里面调整顺序、合并（squash）或修改提交信息。"
        ),
        (
            "去成都玩三天的话，第一天可以去大熊猫繁育研究基地，最好早上 8 点前到；"
            "第二天逛宽窄巷子，再去人民公园喝盖碗茶；第三天去都江堰或青城山一日游。"
        ),
        (
            "不需要。持中国护照前往泰国旅游，目前可以免签入境，每次停留不超过 30 天。"
            "不过政策可能调整，出发前建议再确认一下最新规定。"
        ),
        (
            "函数 f(x) = x² · sin x 的导数需要用乘积法则：f'(x) = 2x · sin x + x² · cos x。"
            "也就是“前导后不导，加上前不导后导”。"
        ),
        (
            "翻译如下：“Thank you for your patience. We will get back to you within two business "
            "days.” 如果是比较随意的场合，也可以说 “Thanks for waiting—we'll get back to you in a "
            "couple of days.”"
        ),
        (
            "给你写了一首小诗：\n\n黄昏落在老街的屋檐，\n风把炊烟吹得很远，\n巷口那盏昏黄的灯，\n"
            "还在等一个人回来。\n\n想表达的是老街黄昏里那种安静的等待感，"
            "需要改得更欢快一些也可以告诉我。"
        ),
        (
            "重启路由器的方法很简单：拔掉电源，等待大约 30 秒，再重新插上。两三分钟后，"
            "指示灯恢复正常，网络一般就能连上了。如果还是不行，可以用针按住背面的复位孔 10 "
            "秒恢复出厂设置。"
        ),
        (
            "在实数范围内，除以零是不可能的，因为没有任何数乘以 0 能得到非零的结果，所以像 5 ÷ 0 "
            "这样的式子是没有定义的。在微积分里，我们会用极限来研究“趋近于零”时的情况。"
        ),
        (
            "很乐意！红烧肉的做法：五花肉切块焯水，锅中放少许油和冰糖炒出糖色，下肉块翻炒上色，"
            "加生抽、老抽、料酒、葱姜和八角，倒入开水没过肉，小火炖一个小时即可。"
        ),
        (
            "`IndexError: list index out of range` 表示你访问了列表中不存在的位置。记住，"
            "如果列表有 5 个元素，最后一个元素的下标是 4，而不是 5。"
        ),
        (
            "具体效果可能因环境而异，不过一般来说，多肉植物喜欢充足的阳光，浇水要“干透浇透”，"
            "也就是等盆土完全干了再一次性浇足。夏天高温时要适当遮阴，并减少浇水次数。"
        ),
        (
            "尊敬的招聘负责人：\n\n您好！我在贵公司官网上看到数据分析师岗位的招聘信息，"
            "特此投递简历。我毕业于统计学专业，拥有三年数据分析相关工作经验。"
        ),
        (
            "在 Vue 中，`v-model` 可以实现表单输入和数据之间的双向绑定：输入框里的内容改变时，"
            "数据会同步更新；数据变化时，输入框也会随之更新。"
        ),
        (
            "其实，“在太空中用肉眼能看到长城”是一个流传很广的误解。长城虽然很长，但宽度只有几米，"
            "颜色也和周围环境相近，在近地轨道上用肉眼几乎看不到。"
        ),
        (
            "404 Not Found 表示服务器上找不到你请求的页面。可以检查一下 URL 是否拼写错误，"
            "或者路由配置里是否定义了这个路径。"
        ),
        (
            "给新手的一周健身计划：\n- 周一：全身力量训练\n- 周三：快走或慢跑 30 分钟\n- 周五："
            "全身力量训练\n- 周日：拉伸和放松"
        ),
        (
            "您好，张女士！感谢您联系我们的客服。我已为您核实，您的会员已成功续费，"
            "有效期延长至明年 6 月 30 日，相关权益现在即可使用。"
        ),
        (
            "Java 中 `==` 和 `equals()` 的区别在于：`==` 比较的是两个引用是否指向同一个对象，而 "
            "`equals()` 通常用来比较内容是否相同，比如比较两个字符串。"
        ),
        (
            "从前，在一座终年下雪的小镇上，住着一位修钟表的老人。镇上所有停了的钟，他都能修好，"
            "唯独自己家里那只挂钟，他从来不碰。那只钟的指针，永远停在了三点十七分。"
        ),
        (
            "本金 1 万元，年利率 3%，按复利计算存 10 年，到期金额约为 10000 × 1.03¹⁰ ≈ 13439 元，"
            "比单利多了约 439 元。"
        ),
        (
            "可以的，米饭完全可以冷冻。趁热分成小份用保鲜膜包好，凉了以后放进冷冻室，一个月内吃完。"
            "加热时用微波炉转两三分钟就行，口感和刚煮好的差别不大。"
        ),
        (
            "SQL 中的 `GROUP BY` 会把某一列值相同的行分成一组，通常和 `COUNT()`、`SUM()` "
            "等聚合函数一起用，例如 `SELECT city, COUNT(*) FROM users GROUP BY city;`。"
        ),
        (
            "《活着》是余华的代表作，讲述了福贵从富家少爷沦为贫苦农民，在时代的动荡中亲人相继离世，"
            "却依然坚韧地活下去的故事。小说语言朴素克制，读来却格外沉重动人。"
        ),
        (
            "航班取消确实很让人头疼。一般来说，航空公司应当为你免费改签或全额退票；"
            "如果是航空公司自身原因导致的取消，还可能提供餐食、住宿等服务，可以先联系航司客服确认。"
        ),
        (
            "如果笔记本电脑开不了机，先换一个插座和充电器试试。然后长按电源键 30 "
            "秒左右释放残余电量，再重新开机看看。如果屏幕黑着但风扇在转，也可能是显示问题，"
            "可以外接显示器测试。"
        ),
        (
            "给你们的团建想了几个点子：密室逃脱、烘焙课、户外徒步加野餐、剧本杀、卡丁车，"
            "或者找个民宿一起包饺子。可以根据预算和人数，先发个投票让大家选一选。"
        ),
        (
            "没问题！用 Flexbox 让元素居中，只需要给父元素加上 `display: flex; justify-content: "
            "center; align-items: center;`，并设置一个高度。"
        ),
        (
            "珠穆朗玛峰是世界最高峰，2020 年中尼两国共同宣布的最新高程为 8848.86 米，"
            "它位于中国与尼泊尔的边境线上，北坡在西藏自治区境内。"
        ),
        (
            "亲爱的小雨：\n\n见字如面。转眼你去上海工作已经快一年了，妈妈一切都好，"
            "就是常常想起你小时候趴在窗边等我下班的样子。上海冬天湿冷，记得多穿点，按时吃饭。"
        ),
        (
            "西安三日游可以这样安排：第一天去兵马俑和华清宫；第二天逛古城墙、钟鼓楼和回民街；"
            "第三天去陕西历史博物馆，晚上看大唐不夜城。"
        ),
        (
            "“画蛇添足”这个成语出自《战国策》，比喻做了多余的事，反而把事情弄糟了。"
            "比如文章已经写得很好，再加一段无关的内容，就有点画蛇添足了。"
        ),
        (
            "Kubernetes 中的 `OOMKilled` 表示容器使用的内存超过了限制，被系统强制终止。"
            "可以适当调高 `resources.limits.memory`，或者排查一下是否存在内存泄漏。"
        ),
        (
            "说实话，两款各有优势。Kindle 续航长、阅读体验成熟；而文石等国产阅读器基于安卓系统，"
            "可以安装微信读书等第三方应用，看 PDF 也更方便。"
        ),
        (
            "是的！大熊猫虽然属于食肉目，但它们的食物绝大部分都是竹子。因为消化效率很低，"
            "一只成年大熊猫每天要花十几个小时吃东西，吃掉十几千克的竹子。"
        ),
        (
            "一般建议准备相当于 3 到 6 个月生活开支的应急资金，放在随时可以取用的地方，"
            "比如活期存款或货币基金，既安全又方便。等应急资金准备好了，再考虑其他投资也不迟。"
        ),
        (
            "把华氏度换算成摄氏度，先减去 32，再乘以 5/9。比如 100°F 就是 (100 − 32) × 5/9 ≈ "
            "37.8°C，差不多是人轻微发烧时的体温。"
        ),
        (
            "抛一枚均匀的硬币三次，至少出现一次正面的概率是 1 − (1/2)³ = 7/8，也就是 87.5%。"
            "用“对立事件”来算，往往比逐一列举所有情况简单得多。"
        ),
        (
            "哈哈，周一综合症犯了吧！希望咖啡赶紧起作用～今天有什么需要我帮忙的吗？写邮件、"
            "整理待办清单、查资料，都可以交给我，咱们一件一件来。"
        ),
        (
            "写一首关于秋天的小诗：\n\n银杏叶落满长街，\n风把最后一抹金黄\n折成一封信，\n"
            "寄给还没到来的冬天。\n\n如果需要更长一点的版本，或者想换成古体诗的风格，也可以告诉我。"
        ),
        (
            "校验中国大陆手机号格式，可以用正则表达式 `^1[3-9]\\d{9}$`。需要注意的是，"
            "它只检查格式，并不能确认号码是否真实存在。"
        ),
        (
            "别担心，忘记密码是常有的事！在登录页面点击“忘记密码”，输入注册时的手机号，"
            "获取验证码后就可以设置新密码了。新密码建议包含字母和数字，长度不少于 8 位。"
        ),
        (
            "线粒体是细胞进行有氧呼吸、产生 ATP 的主要场所，所以常被称为细胞的“动力工厂”。"
            "有意思的是，线粒体有自己的 DNA，而且基本只通过母亲遗传。"
        ),
        (
            "第一步：烤箱预热到 200°C。第二步：土豆切块，拌上橄榄油、盐和黑胡椒。第三步："
            "放入烤箱烤 30 分钟左右，中途翻面一次，表面金黄即可。"
        ),
        (
            "Go 语言没有传统意义上的异常机制，错误通常作为函数的最后一个返回值返回，"
            "所以你会经常看到 `if err != nil { return err }` 这样的写法。"
        ),
        (
            "在 Linux 上运行脚本时提示 “Permission denied”，通常是因为文件没有执行权限。用 `chmod "
            "+x script.sh` 加上执行权限后再试一次。"
        ),
        (
            "会议纪要：产品上线时间推迟到 5 月 6 日；定价页面由小陈负责最后修改；结算页面的 bug "
            "由研发团队在下个迭代前修复。"
        ),
        (
            "秦始皇于公元前 221 年统一六国，建立了中国历史上第一个大一统的中央集权王朝——秦朝，"
            "并统一了文字、货币和度量衡。这些措施对后世两千多年的中国影响深远。"
        ),
        (
            "好选择！第一次做酸面包，建议从简单的配方开始：高筋面粉 500 克、水 350 克、"
            "活跃的鲁邦种 100 克、盐 10 克。最关键的是耐心等待一次发酵。"
        ),
        (
            "“禁止鸣笛”标志表示在该路段或区域内机动车不得鸣喇叭。在很多城市，"
            "违反规定鸣笛可能会被电子抓拍并处以罚款。遇到紧急情况需要提醒他人时，可以改用闪灯示意。"
        ),
        (
            "这是一个求职信开头的参考：“我在大学期间主修统计学，一直对用数据发现问题、"
            "解决问题充满热情，希望能加入贵公司的数据分析团队，贡献自己的力量。”"
        ),
        (
            "长途飞行时，尽量按照目的地的时间来安排睡眠，多喝水，少喝酒和咖啡，"
            "每隔一两个小时起来在过道走动一下，能有效缓解腿部肿胀。"
        ),
        (
            "JavaScript 的 `async`/`await` 是基于 Promise 的语法糖。`async` 函数总是返回一个 "
            "Promise，而 `await` 会暂停函数执行，直到 Promise 完成。"
        ),
        (
            "根据勾股定理，直角三角形两条直角边分别为 6 和 8 时，斜边长为 √(6² + 8²) = √100 = 10。"
            "这其实就是 3、4、5 这组勾股数放大了两倍。"
        ),
        (
            "如果你喜欢科幻小说，强烈推荐刘慈欣的《三体》三部曲。第一部节奏稍慢，"
            "但从第二部开始会越来越精彩，宇宙社会学的设定非常震撼。"
        ),
        (
            "在 Excel 中可以用 `=VLOOKUP(A2,Sheet2!A:B,2,FALSE)` 从 Sheet2 的 B 列查找对应的值。"
            "最后一个参数 `FALSE` 表示精确匹配。"
        ),
        (
            "野生菌千万不要随便采来吃，很多毒蘑菇和可食用菌外观非常相似。在云南吃菌子时，"
            "一定要去正规餐厅，并且确保彻底炒熟。如果吃完后出现头晕、恶心等症状，要立即就医。"
        ),
        (
            "您的退款 42.90 元已经原路退回，具体到账时间以银行为准，一般为 1 到 7 个工作日。"
            "请问还有其他可以帮您的吗？如果超过 7 个工作日仍未到账，欢迎随时联系我们。"
        ),
        (
            "进程拥有独立的内存空间，而同一进程内的线程共享内存。因此线程的创建和切换开销更小，"
            "但也更需要注意竞态条件等并发问题，通常要借助锁或原子操作来保护共享数据。"
        ),
        (
            "想看冰雕的话，哈尔滨冰雪大世界一般在每年 12 月下旬开园，一直开到 2 月底。"
            "夜晚灯光亮起时最好看，但气温可能低至零下 25 度，一定要做好保暖。"
        ),
        (
            "“的、地、得”的用法可以这样记：“的”用在名词前，如“美丽的花”；“地”用在动词前，"
            "如“慢慢地走”；“得”用在动词或形容词后，如“跑得快”。"
        ),
        (
            "`Connection refused` 错误说明目标端口上没有进程在监听，或者连接被防火墙拒绝了。可以用 "
            "`ss -tlnp` 看看你的服务是否正常启动。"
        ),
        (
            "通货膨胀是指物价水平在一段时间内普遍、持续地上涨，导致货币购买力下降。"
            "中国通常用居民消费价格指数（CPI）来衡量通胀水平。"
        ),
        (
            "这个手工很有意思！用牛奶盒做喂鸟器：在相对的两面各剪一个窗口，"
            "在窗口下方穿一根筷子当栖木，底部放上鸟食，再用绳子挂到树枝上就完成了。"
        ),
    ],
}
