"""Hand-written sample answers from a chat assistant that simply does what it was asked.

These are negative examples for the refusal classifier: every entry is the first few
sentences of a reply in which the assistant complies - a letter drafted, a story begun,
a query written, a booking confirmed, a proverb explained - and none of them declines,
deflects or apologises for not helping. Some topics are deliberately heavy (funerals,
war, crime, grief, characters who refuse something inside a plot) so the classifier
learns that dark subject matter alone does not make a refusal.

Each language list was written directly in that language rather than translated, and
covers a wide spread of genres and registers: personal and formal letters, workplace
email, fiction, poems and lyrics, speeches and toasts, product and marketing copy,
support and booking confirmations, meeting notes, book and film summaries, idioms,
translations, grammar, code, SQL, shell, maths, science, history, recipes, exercise,
travel, general medical, legal and money information, parenting, relationships,
small talk, jokes, riddles, trivia and brainstormed lists. Portuguese mixes Brazilian
and European usage, Japanese mixes keigo and plain style, and Chinese is simplified.

LANGUAGES lists the language codes; ANSWERS maps each code to its list of strings.
"""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

ANSWERS = {
    "en": [
        (
            "Dear Carmen,\n"
            "I'm writing to thank you for the week in Valencia. Waking up to your coffee and "
            "the noise of the market below the balcony was exactly the rest I didn't know I "
            "needed."
        ),
        (
            "Hi Grandpa Joe, thank you so much for the fishing rod! I've already practised "
            "casting in the backyard and only hooked the hedge twice. Can we go to the lake "
            "together when school's out?"
        ),
        (
            "Dear Mrs. Okafor,\n"
            "Thank you for everything you did for Leo this year. He came home in September "
            "dreading maths, and last night he explained fractions to his little sister over "
            "dinner."
        ),
        (
            "Dear Mrs. Patel,\n"
            "We were deeply saddened to hear of Raj's passing. He was the first person to "
            "welcome us to the street, and I'll always picture him waving from his garden "
            "with a trowel in hand."
        ),
        (
            "Dear Mr. Halvorsen,\n"
            "Please accept this letter as formal notice of my resignation from my position "
            "as Senior Analyst, effective 28 June. I am grateful for the four years I have "
            "spent with the team."
        ),
        (
            "To the Customer Relations Manager:\n"
            "I am writing to complain about order #58213, which arrived eleven days late "
            "with a cracked glass panel. I would like a replacement or a full refund within "
            "14 days."
        ),
        (
            "Dear Sir or Madam,\n"
            "I am writing regarding the construction site on Elm Road, where work has "
            "started before 7 a.m. on five occasions this month, outside the permitted hours."
        ),
        (
            "Dear Hiring Team,\n"
            "I'm applying for the Junior UX Designer role at Fernleaf. Over the past two "
            "years I've redesigned the booking flow for a small physiotherapy clinic, "
            "cutting missed appointments by a third."
        ),
        (
            "Dear Dr. Lindqvist,\n"
            "I am writing to apply for the postdoctoral position in marine ecology "
            "advertised on your lab's website. My PhD on kelp forest recovery in Tasmania "
            "connects closely with your work on ocean warming."
        ),
        (
            "Hi all, quick heads-up: the client demo moves from Thursday to Friday at 10:00. "
            "Priya will share the updated deck by Wednesday noon, so please send her your "
            "slides before then."
        ),
        (
            "Hey Marcus, thanks for covering the on-call shift last weekend. I owe you one — "
            "let me know which Saturday in March works for you and I'll take it."
        ),
        (
            "Subject: Q3 budget figures\n\n"
            "Hi Dana, attached are the revised Q3 numbers. The main change is travel, which "
            "dropped 18% after we moved the offsite online. Happy to walk you through it "
            "tomorrow."
        ),
        (
            "The rain had stopped by the time they lowered the coffin, but nobody folded "
            "their umbrellas. Nora stood at the edge of the grave, holding her father's "
            "reading glasses in her coat pocket, trying to remember the last thing he'd said "
            "to her."
        ),
        (
            "The storm came in off the sea just after midnight. By one o'clock the "
            "lighthouse keeper had given up on sleep and was sitting at the kitchen table, "
            "counting the seconds between each flash and the thunder that followed."
        ),
        (
            "My grandfather talked about the war only once. It was the winter I turned "
            "twelve, the power had gone out, and by candlelight he told me about a bridge, a "
            "boy from Leeds, and a river colder than anything he'd felt since."
        ),
        (
            "Here's an opening for your sci-fi story: \"The last ship left Kepler Station on "
            "a Tuesday, and Ada Voss was not on it. She watched its engines fade from the "
            "observation deck, then went back to fixing the water recycler.\""
        ),
        (
            "Nobody in the village spoke about the house at the end of Miller's Lane. "
            "Children dared each other to touch the gate; adults crossed the road. So when a "
            "light came on upstairs that November, Eliza was the only one who went to look."
        ),
        (
            "Once upon a time, in a forest where the trees hummed at night, there lived a "
            "small hedgehog named Pip who was afraid of the dark. Every evening he curled up "
            "under the oldest oak and waited for the fireflies."
        ),
        (
            "Here's a short poem for your mum's birthday:\n\n"
            "You taught me how to tie my shoes,\n"
            "to read the sky for rain,\n"
            "to laugh when things went sideways\n"
            "and to try again."
        ),
        (
            "Here's a haiku about the first frost:\n\n"
            "thin ice on the trough —\n"
            "the old horse breathes on it\n"
            "until the sun comes"
        ),
        (
            "Here's a poem about missing someone, kept simple as you asked:\n\n"
            "I still set two cups out some mornings,\n"
            "then put one back.\n"
            "The kettle doesn't know you're gone."
        ),
        (
            "Here's a limerick for Jean's farewell card:\n\n"
            "There once was an engineer, Jean,\n"
            "whose code was remarkably clean;\n"
            "she's off to new shores,\n"
            "with new bugs and new chores,\n"
            "and the best leaving cake we have seen."
        ),
        (
            "Great, here's the chorus with your new line worked in:\n\n"
            "We were young and the road was long,\n"
            "singing off-key to the radio song,\n"
            "and if tomorrow never comes,\n"
            "we had tonight, we had the drums."
        ),
        (
            "Here's verse two, keeping the same rhyme scheme as verse one:\n\n"
            "The diner lights are flickering low,\n"
            "you left your jacket, didn't go,\n"
            "and I keep it on the chair for you\n"
            "like that's what people ought to do."
        ),
        (
            "Here's the bridge we talked about, slower and a bit darker:\n\n"
            "And when the lights go out in this old town,\n"
            "I'll hear your voice in every sound,\n"
            "the train, the rain, the church bell's call —\n"
            "you never really left at all."
        ),
        (
            "Good evening, everyone. When Sam asked me to be his best man, I said yes before "
            "he'd finished the sentence — mostly because I knew it meant I'd finally get to "
            "tell you all about the camping trip of 2014."
        ),
        (
            "Here's a short retirement toast: \"To Linda, who has answered 40,000 emails, "
            "survived six office moves and never once lost her stapler. Enjoy the garden — "
            "you've earned every quiet morning.\""
        ),
        (
            "Graduates, families, teachers: four years ago you walked into this building not "
            "knowing where the library was. Today you walk out knowing something far more "
            "useful — how to find out what you don't know."
        ),
        (
            "Here's an opening for the eulogy: \"Anyone who met my aunt Ruth knew two things "
            "within five minutes: that she made the best lemon cake in the county, and that "
            "she would tell you exactly what she thought of your haircut.\""
        ),
        (
            "Meet the Trailhead 28, a daypack built for long walks and short notice. Its "
            "water-resistant shell, padded laptop sleeve and hip-belt pockets mean you can "
            "go from office to ridge line without repacking."
        ),
        (
            "This hand-thrown stoneware mug holds 350 ml and is finished in a speckled oat "
            "glaze. It's dishwasher and microwave safe, and each one is slightly different "
            "because it's shaped on the wheel."
        ),
        (
            "The Lumen desk lamp offers five colour temperatures, from warm 2700K to crisp "
            "6500K, plus a wireless charging pad in its base. Touch controls let you dim it "
            "smoothly without hunting for a switch."
        ),
        (
            "Tired of lukewarm coffee by 9:15? The Keep mug holds your drink at exactly the "
            "temperature you choose for up to 90 minutes. Sip slowly. We've got it from here."
        ),
        (
            "Spring sale starts now: 25% off all garden tools until Sunday midnight. Use "
            "code GROW25 at checkout, and delivery is free on orders over £40."
        ),
        (
            "Here are five tagline options for the bakery: \"Baked before you woke up\", "
            "\"Flour, water, patience\", \"Your neighbourhood's morning ritual\", \"Crust "
            "you can hear\" and \"Good bread takes time — we took it\"."
        ),
        (
            "Subject: Your first week is on us\n\n"
            "Hi Sophie, welcome to Stillwater Yoga! Show this email at the front desk and "
            "your first seven days of classes are free — no card needed, no strings attached."
        ),
        (
            "Your refund of €42.90 has been issued to the Visa card ending in 4417. "
            "Depending on your bank, it should appear in your account within 3–5 business "
            "days."
        ),
        (
            "Done! I've reset your two-factor settings, so the next time you sign in you'll "
            "be asked to scan a new QR code with your authenticator app. Your password stays "
            "the same."
        ),
        (
            "Good news — your replacement charger shipped this morning with tracking number "
            "1Z 9X4 88R 03 2211 7765. There's no need to return the faulty one; feel free to "
            "recycle it."
        ),
        (
            "Your subscription has been switched to the annual plan. You'll be charged $96 "
            "on 1 March instead of $10 a month, and the unused days of your current month "
            "have been credited to your account."
        ),
        (
            "Thanks for your order! Order #A-20931 (2 × linen pillowcases, 1 × queen duvet "
            "cover) is confirmed and will be dispatched within 2 working days."
        ),
        (
            "Your table for four at Osteria Lume is booked for Saturday 14 September at "
            "19:30. We'll hold the table for 15 minutes; if your plans change, just reply to "
            "this message."
        ),
        (
            "Booking confirmed: Harbour View Inn, 2 nights (Fri 3 – Sun 5 May), one double "
            "room with breakfast. Total paid: $318.40. Check-in is from 3 p.m., and free "
            "parking is available behind the building."
        ),
        (
            "Your train tickets are confirmed: London King's Cross to York, Saturday 8 June, "
            "departing 09:00, coach C, seat 42. The e-ticket is attached and can be shown on "
            "your phone."
        ),
        (
            "Summary of today's sprint planning: the team committed to 34 story points, with "
            "the payment retry bug as top priority. Owen is waiting on API access and will "
            "follow up with IT by Wednesday."
        ),
        (
            "Key decisions from the board meeting: the Leeds office lease will be renewed "
            "for three years, the hiring freeze ends in April, and the annual report goes to "
            "print on 12 March."
        ),
        (
            "Notes from this morning's PTA meeting: the autumn fair is set for 12 October, "
            "we need five more volunteers for the cake stall, and the playground fund now "
            "stands at £3,420."
        ),
        (
            "In \"Bartleby, the Scrivener,\" a Wall Street lawyer hires a quiet copyist who "
            "one day begins answering every request with \"I would prefer not to.\" His "
            "polite, total refusal unsettles the narrator and slowly costs Bartleby "
            "everything, ending with his death in prison."
        ),
        (
            "\"Manchester by the Sea\" follows Lee Chandler, a Boston janitor who returns to "
            "his hometown after his brother dies and learns he's been named guardian of his "
            "teenage nephew. The film slowly reveals the tragedy that drove Lee away."
        ),
        (
            "\"Of Mice and Men\" follows George and Lennie, two drifting ranch workers in "
            "Depression-era California who dream of owning a small farm. It ends with George "
            "shooting Lennie to spare him from a lynch mob — one of the most painful endings "
            "in American fiction."
        ),
        (
            "In \"Crime and Punishment\", Raskolnikov, a poor former student in St "
            "Petersburg, murders a pawnbroker to prove he's above ordinary morality. The "
            "rest of the novel follows his fever, his guilt and his eventual confession to "
            "Sonya."
        ),
        (
            "\"Schindler's List\" follows Oskar Schindler, a German businessman and Nazi "
            "Party member who ends up saving more than a thousand Jewish workers by "
            "employing them in his factories. It's shot mostly in black and white, with one "
            "small, unforgettable exception."
        ),
        (
            "\"Bite the bullet\" means to make yourself do something unpleasant that you've "
            "been putting off. One theory traces it to soldiers biting on a bullet during "
            "surgery before anaesthesia, though the evidence is thin."
        ),
        (
            "\"Don't count your chickens before they're hatched\" is a warning not to rely "
            "on something good before it has actually happened. Eggs don't always hatch, so "
            "counting the chicks early can leave you disappointed."
        ),
        (
            "To \"spill the beans\" is to reveal a secret, often by accident. So \"Who "
            "spilled the beans about the party?\" means \"Who told the birthday girl about "
            "the surprise?\""
        ),
        (
            "In Spanish, that's: \"¿Podría traerme la cuenta, por favor?\" It's polite and "
            "works in any restaurant. Among friends you'd just say \"¿Nos traes la cuenta?\""
        ),
        (
            "The German \"Ich habe Hunger wie ein Bär\" translates literally as \"I'm as "
            "hungry as a bear\", and the natural English equivalent is \"I'm starving\" or "
            "\"I could eat a horse.\""
        ),
        (
            "Use \"fewer\" with things you count one by one and \"less\" with amounts you "
            "measure: fewer apples, less juice. In casual speech people often say \"less\" "
            "for both, but in formal writing the distinction still matters."
        ),
        (
            "\"Its\" is the possessive (the dog wagged its tail), while \"it's\" is short "
            "for \"it is\" or \"it has\" (it's raining). A quick test: if you can expand it "
            "to \"it is\", you need the apostrophe."
        ),
        (
            "\"Who\" is a subject and \"whom\" is an object. If you'd answer the question "
            "with \"he\", use \"who\"; if you'd answer with \"him\", use \"whom\": Whom did "
            "you invite? I invited him."
        ),
        (
            "We use the present perfect (\"I have lived here for ten years\") for situations "
            "that started in the past and continue now. The simple past (\"I lived there for "
            "ten years\") tells the listener that period is over."
        ),
        (
            "Here's a Python function that removes duplicates from a list while keeping the "
            "original order:\n\n"
            "def dedupe(items):\n"
            "    return list(dict.fromkeys(items))"
        ),
        (
            "You can debounce the search box like this: `const debounced = debounce(search, "
            "300);` — it waits until the user stops typing for 300 ms before calling "
            "`search`, so you're not firing a request on every keystroke."
        ),
        (
            "Here's a one-liner to reverse a string in JavaScript: "
            "`str.split('').reverse().join('')`. For text with emoji, use "
            "`[...str].reverse().join('')` so surrogate pairs stay intact."
        ),
        (
            "This query returns the five customers with the highest total spend in 2023:\n\n"
            "SELECT customer_id, SUM(amount) AS total\n"
            "FROM orders\n"
            "WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01'\n"
            "GROUP BY customer_id\n"
            "ORDER BY total DESC\n"
            "LIMIT 5;"
        ),
        (
            "To find duplicate emails in the users table, group by email and keep the groups "
            "with more than one row: `SELECT email, COUNT(*) FROM users GROUP BY email "
            "HAVING COUNT(*) > 1;`"
        ),
        (
            "To find every file larger than 500 MB under your home directory, run:\n\n"
            "find ~ -type f -size +500M -exec ls -lh {} +\n\n"
            "The `-exec ls -lh` part prints human-readable sizes."
        ),
        (
            "Run `du -sh * | sort -h` inside the folder to list its contents by size, "
            "smallest first. Add `-r` to `sort` if you'd rather see the biggest items at the "
            "top."
        ),
        (
            "Use `tar -czf backup.tar.gz ~/Documents` to create a compressed archive of your "
            "Documents folder; `tar -xzf backup.tar.gz` unpacks it again wherever you run it."
        ),
        (
            "Let's solve 3x + 7 = 22. Subtract 7 from both sides to get 3x = 15, then divide "
            "both sides by 3: x = 5. Check: 3 × 5 + 7 = 22. ✓"
        ),
        (
            "The area of a circle is πr². With a radius of 4 cm, that's π × 16 ≈ 50.27 cm². "
            "If you were given the diameter instead, halve it first to get the radius."
        ),
        (
            "A 20% discount followed by a 10% discount isn't 30% off. After the first you "
            "pay 0.8 of the price, after the second 0.9 of that, so 0.8 × 0.9 = 0.72 — a "
            "total discount of 28%."
        ),
        (
            "The chance of rolling at least one six in four throws of a fair die is 1 − "
            "(5/6)⁴ ≈ 0.518, so just over 50%. It's easier to work out the probability of no "
            "sixes and subtract it from 1."
        ),
        (
            "The sky looks blue because sunlight scatters off the molecules in the air, and "
            "shorter blue wavelengths scatter far more than red ones. At sunset the light "
            "crosses more atmosphere, so the blue is scattered away and reds and oranges "
            "dominate."
        ),
        (
            "Plants make their food through photosynthesis: chlorophyll captures light "
            "energy, which is used to turn carbon dioxide and water into glucose. Oxygen is "
            "released as a by-product."
        ),
        (
            "Ice floats because water expands when it freezes. The molecules lock into a "
            "hexagonal lattice with more space between them, so ice is about 9% less dense "
            "than liquid water."
        ),
        (
            "A vaccine trains your immune system by showing it a harmless piece or version "
            "of a pathogen. Your body makes antibodies and memory cells, so if it meets the "
            "real thing later, it can respond much faster."
        ),
        (
            "The Berlin Wall fell on the night of 9 November 1989, after an East German "
            "spokesman mistakenly announced that the new travel rules applied "
            "\"immediately\". Crowds gathered at the checkpoints, and the guards eventually "
            "let them through."
        ),
        (
            "The Magna Carta was sealed by King John at Runnymede in June 1215 to settle a "
            "dispute with rebellious barons. It was annulled within months, but later "
            "versions became a foundation for the idea that even kings are subject to the "
            "law."
        ),
        (
            "The Great Fire of London started on 2 September 1666 in a bakery on Pudding "
            "Lane and burned for four days. It destroyed about 13,000 houses and 87 "
            "churches, including old St Paul's Cathedral."
        ),
        (
            "The Silk Road wasn't a single road but a network of trade routes linking China "
            "to the Mediterranean from around the 2nd century BC. Along with silk and "
            "spices, it carried religions, technologies and, unfortunately, diseases like "
            "the plague."
        ),
        (
            "Here's a quick weeknight tomato soup for four: soften one chopped onion and two "
            "garlic cloves in olive oil, add two 400 g tins of tomatoes and 500 ml of stock, "
            "simmer for 15 minutes, then blend with a splash of cream."
        ),
        (
            "For fluffy pancakes (makes about 8): whisk 200 g flour, 2 tsp baking powder, a "
            "pinch of salt and 1 tbsp sugar. In another bowl beat 1 egg with 300 ml milk and "
            "2 tbsp melted butter, then fold the wet into the dry — lumps are fine."
        ),
        (
            "Shakshuka for two: soften an onion and a red pepper in olive oil, add garlic, "
            "cumin and paprika, then a 400 g tin of tomatoes. Simmer for 10 minutes, make "
            "four wells, crack in the eggs, cover and cook until the whites set."
        ),
        (
            "Here's a 3-day beginner strength plan. Day A: goblet squats 3×10, push-ups 3×8, "
            "dumbbell rows 3×10. Day B: Romanian deadlifts 3×10, overhead press 3×8, plank "
            "3×30 s. Alternate A and B with a rest day in between."
        ),
        (
            "For your first 5K, try run/walk intervals: in week 1, run for 1 minute and walk "
            "for 90 seconds, eight times, three days a week. Each week add 30 seconds of "
            "running until you can run for 20 minutes straight."
        ),
        (
            "A quick 10-minute desk-break routine: 10 shoulder rolls, 10 neck tilts each "
            "side, 15 bodyweight squats, a 30-second doorway chest stretch and 20 calf "
            "raises. Do it twice a day and your back will thank you."
        ),
        (
            "Here's a relaxed three-day Rome itinerary. Day 1: the Colosseum and Forum in "
            "the morning, then Trastevere for dinner. Day 2: the Vatican Museums early, St "
            "Peter's, and gelato near the Pantheon. Day 3: Villa Borghese and the Spanish "
            "Steps."
        ),
        (
            "For a long weekend in Kyoto: on Friday visit Fushimi Inari early to beat the "
            "crowds, then Gion at dusk. Saturday is for Arashiyama's bamboo grove and a boat "
            "ride on the Hozugawa; Sunday, the Golden Pavilion and Nishiki Market."
        ),
        (
            "Day one of your Highlands road trip: leave Edinburgh by 8, stop in Pitlochry "
            "for coffee, and reach Glencoe by early afternoon. The Lost Valley walk takes "
            "about three hours and is worth every step."
        ),
        (
            "A fever in adults generally means a temperature of 38 °C (100.4 °F) or higher. "
            "Most fevers from common infections settle within a few days with rest and "
            "fluids; see a doctor if it lasts more than three days, goes above 39.4 °C, or "
            "comes with a stiff neck or confusion."
        ),
        (
            "Ibuprofen and paracetamol work differently, so most healthy adults can take "
            "them together or alternate them. Stick to the maximum daily dose on each "
            "packet, and check with a pharmacist if you have kidney problems, asthma or a "
            "stomach ulcer."
        ),
        (
            "Iron-deficiency anaemia often shows up as tiredness, pale skin, shortness of "
            "breath and cold hands. A simple blood test confirms it, and treatment usually "
            "involves iron supplements plus iron-rich foods like lentils, spinach and red "
            "meat."
        ),
        (
            "In most US states a verbal contract can be legally binding, but some agreements "
            "— like the sale of land, or contracts that by their terms take longer than a "
            "year to perform — must be in writing under the statute of frauds."
        ),
        (
            "Generally speaking, copyright protects the expression of an idea, not the idea "
            "itself. So you're free to write your own story about a boy wizard at a boarding "
            "school, as long as you don't copy the text, characters or distinctive details "
            "of an existing book."
        ),
        (
            "In most US states, landlords must return a security deposit within a set period "
            "after you move out — often 14 to 30 days — minus documented deductions for "
            "damage beyond normal wear and tear."
        ),
        (
            "Compound interest means you earn interest on your interest. If you invest "
            "£1,000 at 5% a year, you'll have £1,050 after one year, £1,102.50 after two, "
            "and about £1,629 after ten — without adding a penny."
        ),
        (
            "Your credit utilisation is the share of your available credit that you're "
            "using. Keeping it under about 30% — say, owing less than $1,500 on a $5,000 "
            "limit — generally helps your credit score."
        ),
        (
            "An index fund simply buys every company in an index, like the S&P 500, so you "
            "own a tiny slice of all of them. Because nobody is picking stocks, fees are "
            "usually very low — often under 0.1% a year."
        ),
        (
            "For toddler tantrums, it helps to name the feeling (\"You're really angry the "
            "tower fell\") and stay calm and close without giving in to the demand. Once "
            "they've settled, a hug and a change of scene often work better than a long talk."
        ),
        (
            "To make bedtime smoother, try the same short routine every night: bath, "
            "pyjamas, two books, lights out. Screens off an hour before helps too, and a "
            "picture chart lets younger kids see what comes next."
        ),
        (
            "It sounds like you both want the same thing — more time together — but you're "
            "arguing about how. Try picking one evening a week that's protected, no phones, "
            "and take turns choosing what you do."
        ),
        (
            "When you bring it up, start with how you felt rather than what she did: \"I "
            "felt left out when plans were made without me\" lands very differently from "
            "\"You always leave me out.\""
        ),
        (
            "Ha, that's a great story! Honestly, the fact that your cat has learned to open "
            "the fridge is both impressive and slightly terrifying. Has she figured out the "
            "cheese drawer yet?"
        ),
        (
            "Morning! Sounds like a packed day. Good luck with the interview at 11 — you've "
            "prepared well, so just be yourself and let them see how much you enjoy this "
            "kind of work."
        ),
        (
            "Oh, nice choice — pineapple on pizza is a surprisingly divisive topic. For what "
            "it's worth, the sweet-salty thing with ham works for a lot of people, so enjoy "
            "your Friday night slice."
        ),
        (
            "Congratulations on the new flat! Moving is exhausting, so I hope you've got the "
            "kettle and a clean mug unpacked first. That's the most important box."
        ),
        "Why don't skeletons fight each other? They don't have the guts.",
        (
            "Parallel lines have so much in common — it's a shame they'll never meet. And "
            "one more: I'm reading a book about anti-gravity, and it's impossible to put "
            "down."
        ),
        (
            "What do you call a fish wearing a bowtie? Sofishticated. Here's another: why "
            "did the scarecrow win an award? Because he was outstanding in his field."
        ),
        (
            "Here's a riddle for the kids: \"I have keys but open no locks, I have space but "
            "no room, you can enter but never go inside. What am I?\" Answer: a keyboard."
        ),
        (
            "Try this one: \"The more you take, the more you leave behind. What am I?\" The "
            "answer is footsteps."
        ),
        (
            "Octopuses have three hearts and blue blood. Two hearts pump blood through the "
            "gills, the third sends it round the rest of the body — and that one actually "
            "stops beating while they swim."
        ),
        (
            "Honey barely spoils at all. Archaeologists have found pots of it in Egyptian "
            "tombs that are over 3,000 years old and still edible, thanks to its low "
            "moisture and high acidity."
        ),
        (
            "The shortest war in recorded history was between Britain and Zanzibar on 27 "
            "August 1896. It lasted somewhere between 38 and 45 minutes."
        ),
        (
            "Yes — Australia is wider than the Moon. The Moon's diameter is about 3,470 km, "
            "while Australia stretches roughly 4,000 km from east to west."
        ),
        (
            "Here are some low-cost date ideas: a sunrise picnic, a board-game café "
            "afternoon, cooking a dish from a country neither of you has visited, a free "
            "museum evening, or a night walk with a thermos of hot chocolate."
        ),
        (
            "Ten ideas for a rainy Saturday with kids: build a blanket fort, bake cookies, "
            "run an indoor scavenger hunt, make paper boats for the puddles, put on a puppet "
            "show, try the baking-soda volcano..."
        ),
        (
            "Some name ideas for your dog-walking business: Pawsome Strolls, The Lead "
            "Leaders, Wag & Wander, Tail Trail, Happy Paws Walkers, and Four Feet Forward."
        ),
        (
            "For a 30th birthday with a 90s theme, you could do a mixtape playlist, a "
            "disposable-camera station, Tamagotchi party favours, a Fresh Prince photo "
            "backdrop and a \"dress as your favourite 90s icon\" contest."
        ),
    ],
    "fr": [
        (
            "Chère Sofia,\n"
            "Je voulais te remercier pour ces quelques jours à Lisbonne. Je repense encore à "
            "nos soirées sur la terrasse, aux sardines grillées du voisin et à ton fou rire "
            "quand le tram nous a claqué la porte au nez."
        ),
        (
            "Chère Amélie, merci encore pour ce dîner samedi ! Ton tajine était divin et je "
            "crois que Paul n'a toujours pas digéré le fondant au chocolat. La prochaine "
            "fois, c'est chez nous."
        ),
        (
            "Madame Lefèvre,\n"
            "Nous tenions à vous remercier pour votre patience et votre bienveillance envers "
            "Inès tout au long de l'année. Elle parle de votre classe avec un enthousiasme "
            "que nous ne lui connaissions pas."
        ),
        (
            "Chère Hélène,\n"
            "C'est avec une profonde tristesse que nous avons appris le décès de ton père. "
            "Nous garderons le souvenir de sa gentillesse, de ses histoires de marin et de "
            "ses tartes aux pommes du dimanche."
        ),
        (
            "Cher Antoine,\n"
            "Cela fait des mois que je veux t'écrire. Le Québec me manque, surtout nos "
            "longues marches dans la neige et nos soirées à refaire le monde autour d'une "
            "poutine."
        ),
        (
            "Madame la Directrice,\n"
            "Par la présente, je vous informe de ma décision de démissionner de mon poste de "
            "chargé de communication, que j'occupe depuis mars 2019. Mon préavis d'un mois "
            "débutera à la réception de ce courrier."
        ),
        (
            "Objet : Réclamation – commande n° 74512\n\n"
            "Madame, Monsieur,\n"
            "Le 3 mai, j'ai reçu un lave-vaisselle dont la porte était enfoncée. Je vous "
            "demande de procéder à son remplacement dans les plus brefs délais."
        ),
        (
            "Madame, Monsieur,\n"
            "Actuellement en dernière année de BTS Tourisme, je souhaite rejoindre votre "
            "agence en alternance. Mes deux stages à l'office de tourisme d'Annecy m'ont "
            "appris à conseiller une clientèle internationale exigeante."
        ),
        (
            "Monsieur le Maire,\n"
            "J'ai l'honneur de solliciter l'autorisation d'occuper le domaine public devant "
            "mon commerce, situé 8 place du Marché, afin d'y installer une terrasse du 1er "
            "mai au 30 septembre."
        ),
        (
            "Bonjour à tous,\n"
            "Pour info, la machine à café du 3e est réparée, et Nadia a eu la gentillesse de "
            "racheter des capsules. Pensez à laisser une pièce dans la boîte : c'est elle "
            "qui gère la cagnotte."
        ),
        (
            "Salut Julien, merci pour ton retour sur la maquette. J'ai intégré tes remarques "
            "sur le menu et corrigé les couleurs du bandeau ; tu peux jeter un œil à la V3 "
            "dans le dossier partagé."
        ),
        (
            "Bonjour Madame Girard,\n"
            "Suite à notre échange téléphonique de ce matin, je vous transmets ci-joint le "
            "devis révisé. Le montant total s'élève désormais à 4 860 € HT, livraison "
            "comprise."
        ),
        (
            "Il faisait un soleil insolent le jour où l'on enterra Yvonne. Sa petite-fille, "
            "serrée dans un manteau trop grand, regardait les mouettes tourner au-dessus des "
            "tombes en se demandant si sa grand-mère les entendait encore."
        ),
        (
            "La tempête avait arraché la moitié des ardoises du toit avant minuit. Dans la "
            "cuisine, Marc comptait les secondes entre les éclairs, une bougie à la main, "
            "pendant que la mer grondait au bout du chemin."
        ),
        (
            "Sur le quai de la gare de Verdun, le vieil homme retira son béret. « C'est ici "
            "que je les ai vus partir, en 1940, dit-il à son petit-fils. Ton "
            "arrière-grand-père et ses deux frères. Un seul est revenu. »"
        ),
        (
            "Voici un début pour ta nouvelle policière : « Le commissaire Morel arriva au "
            "Café des Arts à six heures du matin. Le patron était assis derrière le "
            "comptoir, parfaitement immobile, une tasse encore tiède devant lui. »"
        ),
        (
            "Il était une fois une petite renarde qui collectionnait les étoiles tombées. "
            "Chaque nuit, elle en ramassait une et la cachait sous sa queue rousse, jusqu'au "
            "soir où la lune vint frapper à son terrier."
        ),
        (
            "La maison des Verdier était vide depuis vingt ans quand Lucie en reçut la clé "
            "par la poste, sans lettre ni expéditeur. Elle s'y rendit un dimanche de "
            "novembre et trouva, sur la table de la cuisine, une enveloppe à son nom datée "
            "du jour même."
        ),
        (
            "Le dernier train pour Clermont partit sans elle. Assise sur un banc du quai, sa "
            "valise à ses pieds, Odile regarda les feux rouges disparaître dans la nuit et "
            "sentit, pour la première fois depuis des années, qu'elle était libre."
        ),
        (
            "Voici un petit poème pour le mariage de ta sœur :\n\n"
            "Deux chemins qui se rencontrent\n"
            "au détour d'un jour d'été,\n"
            "et la vie qui leur raconte\n"
            "ce qu'ils vont se partager."
        ),
        (
            "Voici un poème sur l'automne, en alexandrins comme tu l'as demandé :\n\n"
            "Les feuilles d'or s'en vont au gré du vent qui passe,\n"
            "et le jardin se tait sous un ciel qui s'efface."
        ),
        (
            "Voici quelques vers sur l'absence :\n\n"
            "Ta chaise est toujours là, près de la fenêtre,\n"
            "et le soleil y dort comme autrefois.\n"
            "Je n'ose pas l'ôter ; il se pourrait peut-être\n"
            "que tu reviennes t'asseoir une fois."
        ),
        (
            "Voici une comptine pour ta classe de maternelle :\n\n"
            "Un petit chat gris\n"
            "sur le toit s'endormit,\n"
            "la lune lui sourit,\n"
            "et le vent lui dit : « Bonne nuit ! »"
        ),
        (
            "Voici le refrain retravaillé avec ta nouvelle rime :\n\n"
            "On a grandi sous les néons,\n"
            "entre le béton et les chansons,\n"
            "et même si la ville nous oublie,\n"
            "on gardera nos nuits."
        ),
        (
            "Voici un deuxième couplet qui garde le rythme du premier :\n\n"
            "Les vitrines s'éteignent une à une,\n"
            "le dernier métro s'en va sans moi,\n"
            "je parle tout bas à la lune\n"
            "comme si elle t'écoutait parfois."
        ),
        (
            "Chers amis, chère famille, il y a trente ans, je tenais Camille dans mes bras "
            "pour la première fois, et elle criait déjà plus fort que tout le monde. Ce "
            "soir, elle n'a pas beaucoup changé — sauf qu'elle a trouvé quelqu'un qui "
            "l'écoute."
        ),
        (
            "Voici un toast pour la crémaillère de Léa et Hugo : « À ces murs qui ont déjà "
            "entendu vos fous rires, à cette cuisine qui verra bientôt vos soufflés ratés, "
            "et à tous les dîners qui vous attendent ici. Santé ! »"
        ),
        (
            "Mesdames et Messieurs, chers collègues, c'est avec une grande émotion que je "
            "prends la parole ce soir pour célébrer les cinquante ans de notre coopérative. "
            "Tout a commencé dans un hangar, avec trois tracteurs et beaucoup d'obstination."
        ),
        (
            "Un toast pour les 30 ans de Clara : « À celle qui arrive toujours en retard, "
            "sauf quand on a besoin d'elle. Joyeux anniversaire, et que la trentaine te soit "
            "douce ! »"
        ),
        (
            "Ce sac cabas en toile de coton bio est fabriqué dans un atelier de Roubaix. "
            "Spacieux, avec une poche intérieure zippée et des anses en cuir végétal, il "
            "vous accompagne du marché au bureau."
        ),
        (
            "La cafetière italienne Aurora, en acier inoxydable, prépare six tasses d'un "
            "café corsé en moins de cinq minutes. Elle est compatible avec tous les feux, y "
            "compris l'induction."
        ),
        (
            "Le plaid Cocon, tissé en laine mérinos des Pyrénées, mesure 130 × 170 cm. Doux, "
            "chaud et respirant, il se lave à 30 °C en programme laine."
        ),
        (
            "Les beaux jours arrivent ! Profitez de -20 % sur toute notre collection de "
            "maillots de bain jusqu'à dimanche avec le code SOLEIL20. Livraison offerte dès "
            "50 € d'achat."
        ),
        (
            "Chez Pain & Lumière, le levain travaille toute la nuit pour que vous ayez, au "
            "réveil, une miche croustillante et parfumée. Passez nous voir : la première "
            "baguette est offerte aux nouveaux clients."
        ),
        (
            "Avec Budgétto, suivez vos dépenses en un coup d'œil : l'application classe "
            "automatiquement vos achats et vous alerte avant que vous ne dépassiez votre "
            "budget. Essai gratuit de 30 jours."
        ),
        (
            "Votre remboursement de 58,30 € a bien été effectué sur la carte se terminant "
            "par 3381. Selon votre banque, il apparaîtra sur votre compte sous trois à cinq "
            "jours ouvrés."
        ),
        (
            "C'est fait : votre adresse de livraison a été mise à jour pour la commande n° "
            "55210. Le colis partira demain matin vers le 12 rue des Lilas, 69003 Lyon."
        ),
        (
            "Bonne nouvelle : votre abonnement a été suspendu comme demandé du 1er au 31 "
            "juillet. Aucun prélèvement ne sera effectué pendant cette période, et il "
            "reprendra automatiquement le 1er août."
        ),
        (
            "Votre mot de passe a été réinitialisé. Vous pouvez vous connecter avec le code "
            "temporaire envoyé par SMS ; il vous sera demandé d'en choisir un nouveau à la "
            "première connexion."
        ),
        (
            "Votre réservation est confirmée : table pour deux au restaurant Le Petit Zinc, "
            "samedi 12 octobre à 20 h. Merci de nous prévenir en cas de retard de plus de 15 "
            "minutes."
        ),
        (
            "Votre billet est confirmé : Paris Gare de Lyon → Marseille Saint-Charles, "
            "vendredi 5 juillet, départ 8 h 07, voiture 14, place 86. Votre e-billet est "
            "disponible dans l'application."
        ),
        (
            "Merci pour votre commande ! Votre colis (2 pots de confiture de figues, 1 "
            "coffret de thés) sera expédié sous 48 h. Vous recevrez un lien de suivi par "
            "e-mail dès son départ."
        ),
        (
            "Réservation confirmée à l'Hôtel des Alpes, Chamonix : chambre double vue "
            "montagne, du 21 au 24 février (3 nuits), petit-déjeuner inclus. Montant total : "
            "486 €, payable sur place."
        ),
        (
            "Compte rendu de la réunion du 14 mars : le lancement de la campagne est "
            "repoussé au 2 avril, Sophie prend en charge les visuels et le budget "
            "publicitaire est fixé à 12 000 €. Prochain point le 21 mars."
        ),
        (
            "Synthèse de l'assemblée de copropriété : le ravalement de façade est voté à la "
            "majorité, les travaux débuteront en septembre et un appel de fonds sera envoyé "
            "en juin à chaque copropriétaire."
        ),
        (
            "Points clés de la réunion client : validation du cahier des charges, livraison "
            "de la première version prévue le 30 juin et démonstration intermédiaire le 15 "
            "mai. Karim enverra le planning détaillé vendredi."
        ),
        (
            "« L'Étranger » d'Albert Camus suit Meursault, un employé algérois qui apprend "
            "la mort de sa mère avec une indifférence troublante. Quelques semaines plus "
            "tard, il tue un homme sur une plage et se retrouve jugé autant pour son manque "
            "d'émotion que pour son crime."
        ),
        (
            "« Intouchables » raconte la rencontre entre Philippe, un riche aristocrate "
            "tétraplégique, et Driss, un jeune de banlieue engagé un peu par hasard comme "
            "aide à domicile. Le film tire son humour du choc entre leurs deux mondes."
        ),
        (
            "« Les Misérables » suit Jean Valjean, ancien forçat condamné pour avoir volé du "
            "pain, qui tente de se racheter tout en étant traqué par l'inspecteur Javert. Le "
            "roman se termine par la mort de Valjean, entouré de Cosette et Marius."
        ),
        (
            "Dans « Antigone » d'Anouilh, l'héroïne refuse d'obéir à Créon, qui a interdit "
            "d'enterrer son frère Polynice. Elle choisit la mort plutôt que le compromis, et "
            "la pièce oppose la pureté de son refus au pragmatisme du pouvoir."
        ),
        (
            "« La Haine » suit vingt-quatre heures dans la vie de trois amis d'une cité de "
            "banlieue parisienne, au lendemain d'une émeute. Tourné en noir et blanc, le "
            "film se termine sur une scène brutale qui laisse le spectateur sans voix."
        ),
        (
            "« Poser un lapin » signifie ne pas venir à un rendez-vous sans prévenir. Par "
            "exemple : « Il m'a posé un lapin hier soir, je l'ai attendu une heure au café. »"
        ),
        (
            "« Qui sème le vent récolte la tempête » veut dire que celui qui provoque des "
            "conflits ou agit de façon imprudente finit par subir des conséquences bien plus "
            "graves."
        ),
        (
            "L'expression « avoir le cafard » signifie être triste ou mélancolique. Elle a "
            "été popularisée par Baudelaire dans « Les Fleurs du mal », où le cafard "
            "symbolise les idées noires."
        ),
        (
            "« Avoir un poil dans la main », c'est être très paresseux : l'idée est qu'on "
            "travaille si peu qu'un poil aurait le temps de pousser dans la paume."
        ),
        (
            "En anglais, on dirait : « Could you send me the report by Friday, please? » Si "
            "tu veux être plus formel, remplace « Could you » par « Would you be able to »."
        ),
        (
            "« It's raining cats and dogs » se traduit naturellement par « il pleut des "
            "cordes » ou « il pleut à verse ». La traduction littérale n'aurait aucun sens "
            "en français."
        ),
        (
            "En allemand, « Je me réjouis de vous rencontrer » se dit « Ich freue mich, Sie "
            "kennenzulernen ». Avec un ami, on passe au tutoiement : « Ich freue mich, dich "
            "kennenzulernen »."
        ),
        (
            "« Ça me fait une belle jambe » se rend en anglais par « A fat lot of good that "
            "does me ». Les deux expriment l'idée que quelque chose ne sert strictement à "
            "rien."
        ),
        (
            "Après « après que », on utilise l'indicatif et non le subjonctif : « Après "
            "qu'il est parti », car l'action est considérée comme réelle et accomplie. En "
            "revanche, « avant que » est suivi du subjonctif."
        ),
        (
            "Le participe passé employé avec « avoir » s'accorde avec le complément d'objet "
            "direct s'il est placé avant le verbe : « Les pommes que j'ai mangées ». Si le "
            "COD est après, pas d'accord : « J'ai mangé les pommes »."
        ),
        (
            "« Quand » exprime le temps (« Quand viens-tu ? »), « quant à » signifie « en ce "
            "qui concerne » (« Quant à moi, je reste ») et « qu'en » est la contraction de « "
            "que » + « en » (« Qu'en penses-tu ? »)."
        ),
        (
            "Voici une fonction Python qui compte les mots d'un texte :\n\n"
            "def compter_mots(texte):\n"
            "    return len(texte.split())\n\n"
            "Elle découpe le texte sur les espaces et renvoie le nombre de morceaux."
        ),
        (
            "Pour trier une liste de dictionnaires par âge en Python, utilisez "
            "`sorted(personnes, key=lambda p: p[\"age\"])`. Ajoutez `reverse=True` pour un "
            "tri décroissant."
        ),
        (
            "Pour centrer un élément horizontalement et verticalement, le plus simple est "
            "d'utiliser Flexbox sur le parent : `display: flex; justify-content: center; "
            "align-items: center;`."
        ),
        (
            "Voici la requête qui renvoie le nombre de commandes par mois en 2024 :\n\n"
            "SELECT EXTRACT(MONTH FROM date_commande) AS mois, COUNT(*)\n"
            "FROM commandes\n"
            "WHERE EXTRACT(YEAR FROM date_commande) = 2024\n"
            "GROUP BY mois ORDER BY mois;"
        ),
        (
            "Pour supprimer les clients qui n'ont passé aucune commande : `DELETE FROM "
            "clients WHERE id NOT IN (SELECT client_id FROM commandes);`. Faites une "
            "sauvegarde avant de l'exécuter."
        ),
        (
            "Pour renommer tous les fichiers .jpeg en .jpg dans le dossier courant, lancez :"
            "\n\n"
            "for f in *.jpeg; do mv \"$f\" \"${f%.jpeg}.jpg\"; done"
        ),
        (
            "La commande `grep -rn \"TODO\" src/` parcourt récursivement le dossier src et "
            "affiche chaque ligne contenant TODO, avec le nom du fichier et le numéro de "
            "ligne."
        ),
        (
            "Résolvons 2x² − 8 = 0. On ajoute 8 des deux côtés : 2x² = 8, puis on divise par "
            "2 : x² = 4. Les solutions sont donc x = 2 et x = −2."
        ),
        (
            "Pour calculer une augmentation de 15 % sur 80 €, on multiplie 80 par 1,15, ce "
            "qui donne 92 €. L'augmentation elle-même est de 12 €."
        ),
        (
            "La somme des angles d'un triangle vaut toujours 180°. Si deux angles mesurent "
            "50° et 65°, le troisième mesure donc 180 − 50 − 65 = 65° : le triangle est "
            "isocèle."
        ),
        (
            "Pour convertir 2,5 heures en minutes, on multiplie par 60 : 2,5 × 60 = 150 "
            "minutes, soit 2 heures et 30 minutes."
        ),
        (
            "Les saisons ne viennent pas de la distance entre la Terre et le Soleil, mais de "
            "l'inclinaison de l'axe terrestre, d'environ 23,5°. En été, notre hémisphère est "
            "penché vers le Soleil et reçoit ses rayons plus directement."
        ),
        (
            "L'arc-en-ciel apparaît quand la lumière du soleil traverse des gouttes de pluie "
            ": elle est réfractée, réfléchie à l'intérieur de la goutte, puis réfractée à "
            "nouveau, ce qui sépare les couleurs."
        ),
        (
            "Le cœur humain bat en moyenne 100 000 fois par jour. Il pompe environ 7 000 "
            "litres de sang dans un réseau de vaisseaux long de près de 100 000 kilomètres."
        ),
        (
            "Le sel fait fondre la glace parce qu'il abaisse le point de congélation de "
            "l'eau. L'eau salée peut rester liquide jusqu'à environ −10 °C, voire moins "
            "selon la concentration."
        ),
        (
            "La prise de la Bastille, le 14 juillet 1789, marque symboliquement le début de "
            "la Révolution française. La forteresse ne détenait alors que sept prisonniers, "
            "mais elle incarnait l'arbitraire du pouvoir royal."
        ),
        (
            "L'édit de Nantes, signé par Henri IV en 1598, accordait aux protestants la "
            "liberté de culte dans certaines limites. Il fut révoqué par Louis XIV en 1685, "
            "ce qui provoqua l'exil de nombreux huguenots."
        ),
        (
            "Le débarquement en Normandie a eu lieu le 6 juin 1944 sur cinq plages, "
            "baptisées Utah, Omaha, Gold, Juno et Sword. Plus de 150 000 soldats alliés ont "
            "traversé la Manche ce jour-là."
        ),
        (
            "Jeanne d'Arc, jeune paysanne de Domrémy, a mené l'armée française lors de la "
            "levée du siège d'Orléans en 1429. Capturée par les Bourguignons, elle fut jugée "
            "pour hérésie et brûlée vive à Rouen en 1431."
        ),
        (
            "Pour une quiche lorraine pour six : étalez une pâte brisée dans un moule, "
            "parsemez de 200 g de lardons dorés, puis versez un appareil de 3 œufs, 20 cl de "
            "crème et 20 cl de lait. Enfournez 35 minutes à 180 °C."
        ),
        (
            "Voici une vinaigrette classique : une cuillère à soupe de moutarde de Dijon, "
            "une de vinaigre de vin, sel, poivre, puis trois cuillères d'huile versées en "
            "filet en fouettant."
        ),
        (
            "Pour des crêpes (environ 15) : mélangez 250 g de farine, 4 œufs et une pincée "
            "de sel, puis ajoutez progressivement 50 cl de lait et 50 g de beurre fondu. "
            "Laissez reposer la pâte une heure."
        ),
        (
            "Voici un programme de renforcement en 20 minutes, sans matériel : 3 tours de 15 "
            "squats, 10 pompes (sur les genoux si besoin), 20 fentes alternées et 30 "
            "secondes de gainage, avec une minute de repos entre les tours."
        ),
        (
            "Pour préparer un semi-marathon en 12 semaines, prévoyez trois sorties par "
            "semaine : une sortie longue le week-end, une séance de fractionné et un footing "
            "tranquille. Augmentez le volume d'environ 10 % par semaine."
        ),
        (
            "Voici une routine de yoga du matin en 10 minutes : posture de l'enfant, "
            "chat-vache, chien tête en bas, trois salutations au soleil, puis quelques "
            "respirations lentes en position assise."
        ),
        (
            "Voici un itinéraire de trois jours en Provence : jour 1, Avignon et le palais "
            "des Papes ; jour 2, les villages du Luberon, Gordes et Roussillon ; jour 3, le "
            "marché de L'Isle-sur-la-Sorgue puis la fontaine de Vaucluse."
        ),
        (
            "Pour un week-end à Bruxelles, commencez par la Grand-Place au lever du jour, "
            "puis le quartier des Marolles et son marché aux puces. L'après-midi, direction "
            "le musée Magritte, et le soir une bière au Delirium."
        ),
        (
            "Premier jour à Marrakech : matinée au jardin Majorelle, déjeuner dans la "
            "médina, puis flânerie dans les souks jusqu'à la place Jemaa el-Fna, qui s'anime "
            "vraiment au coucher du soleil."
        ),
        (
            "Une angine virale guérit généralement seule en une semaine ; les antibiotiques "
            "ne servent que si elle est bactérienne. Votre médecin peut le vérifier en "
            "quelques minutes grâce à un test rapide au cabinet."
        ),
        (
            "L'hypertension artérielle est souvent silencieuse, d'où l'intérêt de mesurer sa "
            "tension régulièrement. On parle d'hypertension au-delà de 14/9 au cabinet ; "
            "réduire le sel, bouger et limiter l'alcool aident beaucoup."
        ),
        (
            "Les migraines se distinguent des maux de tête ordinaires par une douleur "
            "pulsatile, souvent d'un seul côté, parfois accompagnée de nausées et d'une gêne "
            "à la lumière. Un journal des crises aide à repérer les déclencheurs."
        ),
        (
            "En France, un salarié en CDI qui démissionne doit en principe respecter un "
            "préavis, dont la durée dépend de la convention collective ou du contrat. "
            "L'employeur peut toutefois accepter de l'en dispenser."
        ),
        (
            "En règle générale, un locataire peut donner congé à tout moment avec un préavis "
            "de trois mois pour un logement vide, réduit à un mois en zone tendue ou dans "
            "certains cas, comme une mutation."
        ),
        (
            "En France, le délai de rétractation pour un achat en ligne est de 14 jours à "
            "compter de la réception du produit. Le vendeur doit vous rembourser, frais de "
            "livraison initiaux compris, dans les 14 jours suivant votre demande."
        ),
        (
            "Le livret A rapporte des intérêts calculés par quinzaine : l'argent déposé "
            "commence à produire des intérêts à partir du 1er ou du 16 du mois suivant. Le "
            "plafond est de 22 950 € pour un particulier."
        ),
        (
            "Le PEA permet d'investir en actions européennes avec une fiscalité allégée : "
            "après cinq ans de détention, les gains sont exonérés d'impôt sur le revenu, et "
            "seuls les prélèvements sociaux restent dus."
        ),
        (
            "Le taux d'endettement correspond à la part de vos revenus consacrée au "
            "remboursement de vos crédits. Les banques françaises le plafonnent généralement "
            "à 35 %, assurance comprise."
        ),
        (
            "Pour aider un enfant à s'endormir seul, on peut procéder par étapes : d'abord "
            "rester assis près du lit, puis près de la porte, puis dans le couloir, en "
            "s'éloignant un peu plus chaque soir."
        ),
        (
            "Pour l'entrée au CP, le plus utile n'est pas d'apprendre à lire avant la "
            "rentrée, mais de lire des histoires ensemble chaque soir. Les enfants qui "
            "aiment les livres apprennent ensuite avec plaisir."
        ),
        (
            "Pour limiter les écrans sans conflits, fixez des règles claires et prévisibles, "
            "par exemple pas d'écran pendant les repas ni dans la chambre. Les enfants les "
            "acceptent mieux si les parents s'y tiennent aussi."
        ),
        (
            "Une relation à distance tient souvent grâce aux petits rituels : un appel fixe "
            "le dimanche soir, un film regardé en même temps, et une date de retrouvailles "
            "toujours inscrite au calendrier."
        ),
        (
            "Retrouver une amie après une longue brouille commence souvent par un petit "
            "geste. Un message simple comme « Tu me manques, on prend un café ? » suffit "
            "parfois à rouvrir la porte."
        ),
        (
            "Ah, bravo pour ton permis ! C'est un sacré cap. Tu as déjà prévu ton premier "
            "trajet en solo, ou tu attends que le stress retombe un peu ?"
        ),
        (
            "Haha, je comprends, le lundi matin sous la pluie, c'est dur. Un bon café, une "
            "playlist qui remonte le moral, et la semaine démarrera mieux que prévu."
        ),
        (
            "Ça a l'air d'être un super projet ! Un potager sur un balcon de 4 m², c'est "
            "tout à fait faisable : tomates cerises, basilic, radis et fraises s'y plaisent "
            "très bien."
        ),
        (
            "Merci pour ton message, ça me fait plaisir ! Pour ta question : oui, un cactus "
            "a besoin d'eau aussi, mais très peu — un arrosage toutes les deux ou trois "
            "semaines suffit largement."
        ),
        (
            "Pourquoi les plongeurs plongent-ils toujours en arrière et jamais en avant ? "
            "Parce que sinon, ils tombent dans le bateau !"
        ),
        (
            "Qu'est-ce qu'un crocodile qui surveille la pharmacie ? Un Lacoste-garde ! Et un "
            "autre : que dit une imprimante dans l'eau ? J'ai papier !"
        ),
        (
            "C'est l'histoire d'un pingouin qui respire par les fesses. Un jour, il "
            "s'assoit… et il meurt. Oui, elle est nulle, mais c'est justement pour ça qu'on "
            "l'aime."
        ),
        (
            "Voici une devinette : « Je suis plein de trous, mais je retiens quand même "
            "l'eau. Qui suis-je ? » Réponse : une éponge."
        ),
        (
            "Essaie celle-ci : « Qu'est-ce qui monte et qui descend sans jamais bouger ? » "
            "La réponse : l'escalier."
        ),
        (
            "La tour Eiffel peut grandir de quelques centimètres en été : sous l'effet de la "
            "chaleur, le fer se dilate. En hiver, elle retrouve sa taille habituelle."
        ),
        (
            "Depuis 2022, les savoir-faire artisanaux et la culture de la baguette sont "
            "inscrits au patrimoine culturel immatériel de l'UNESCO. Le mot lui-même ne "
            "désigne ce pain que depuis le début du XXe siècle."
        ),
        (
            "Un escargot peut dormir jusqu'à trois ans d'affilée quand les conditions sont "
            "trop sèches. Il se replie dans sa coquille et la ferme avec un voile de mucus."
        ),
        (
            "Voici quelques idées de sorties en famille à petit budget : pique-nique en "
            "forêt, chasse au trésor dans le quartier, visite d'une ferme pédagogique, "
            "après-midi à la médiathèque ou balade à vélo le long du canal."
        ),
        (
            "Quelques idées de noms pour ta librairie-café : Les Pages Tièdes, Le "
            "Marque-Page, Encre & Expresso, La Tasse Bavarde ou Au Fil des Mots."
        ),
        (
            "Pour un anniversaire surprise de 40 ans, tu pourrais organiser une soirée "
            "années 2000 avec blind test, photomaton, buffet de bonbons d'époque et une "
            "vidéo de messages des amis éloignés."
        ),
        (
            "Voici dix idées de cadeaux faits maison : bocal de cookies prêts à cuire, "
            "carnet de recettes familiales, bougie parfumée, calendrier photo, sel aux "
            "herbes, plaid au crochet…"
        ),
    ],
    "de": [
        (
            "Liebe Tante Gisela,\n"
            "vielen Dank für das wunderschöne Paket zu meinem Geburtstag! Der "
            "selbstgestrickte Schal ist genau richtig für die kalten Morgen auf dem Fahrrad, "
            "und die Plätzchen waren leider schon nach zwei Tagen weg."
        ),
        (
            "Lieber Herr Brandt,\n"
            "herzlichen Dank, dass Sie unsere Tochter Mia in den letzten zwei Jahren so "
            "geduldig am Klavier begleitet haben. Ihr Vorspiel beim Sommerkonzert hat uns "
            "alle zu Tränen gerührt."
        ),
        (
            "Hallo Jonas,\n"
            "danke dir nochmal fürs Umzugshelfen am Samstag! Ohne dich und deinen "
            "Transporter säße ich wahrscheinlich immer noch zwischen Kartons. Das nächste "
            "Bier geht definitiv auf mich."
        ),
        (
            "Liebe Familie Schneider,\n"
            "mit großer Betroffenheit haben wir vom Tod eures Vaters erfahren. Wir werden "
            "ihn als warmherzigen Nachbarn in Erinnerung behalten, der immer ein "
            "freundliches Wort und frische Tomaten für uns hatte."
        ),
        (
            "Sehr geehrte Frau Dr. Keller,\n"
            "hiermit kündige ich mein Arbeitsverhältnis als Projektleiterin fristgerecht zum "
            "30. September 2024. Ich bedanke mich für die vertrauensvolle Zusammenarbeit in "
            "den vergangenen fünf Jahren."
        ),
        (
            "Sehr geehrte Damen und Herren,\n"
            "seit dem 2. Dezember funktioniert die Heizung in meiner Wohnung (Lindenstraße "
            "8, 2. OG links) nicht mehr. Ich fordere Sie auf, den Mangel bis zum 16. "
            "Dezember zu beheben, und behalte mir eine Mietminderung vor."
        ),
        (
            "Sehr geehrte Damen und Herren,\n"
            "mit großem Interesse habe ich Ihre Ausschreibung für die Werkstudentenstelle im "
            "Bereich Data Analytics gelesen. Als Informatikstudent im fünften Semester an "
            "der TU Dresden bringe ich fundierte Kenntnisse in Python und SQL mit."
        ),
        (
            "Sehr geehrte Damen und Herren,\n"
            "hiermit lege ich fristgerecht Widerspruch gegen Ihren Bescheid vom 4. Juni 2024 "
            "(Aktenzeichen 12-3456/24) ein. Die Begründung reiche ich innerhalb der nächsten "
            "vier Wochen nach."
        ),
        (
            "Hallo zusammen,\n"
            "kurze Info: Das Teammeeting am Donnerstag verschiebt sich auf 14 Uhr, Raum "
            "3.12. Bitte tragt eure Themen bis Mittwochabend in die Agenda im Wiki ein. "
            "Danke!"
        ),
        (
            "Hi Sabine,\n"
            "anbei die überarbeitete Präsentation für den Kundentermin. Ich habe die Folien "
            "7 bis 9 gekürzt und die neuen Umsatzzahlen eingefügt. Sag gern Bescheid, falls "
            "noch etwas fehlt."
        ),
        (
            "Liebe Kolleginnen und Kollegen,\n"
            "ab Montag bin ich für drei Wochen im Urlaub. In dringenden Fällen wendet euch "
            "bitte an Tobias Lange, der mich in dieser Zeit vertritt."
        ),
        (
            "Hallo Herr Petersen,\n"
            "vielen Dank für das angenehme Gespräch gestern. Wie besprochen sende ich Ihnen "
            "anbei meine Arbeitsproben sowie zwei Referenzen. Ich freue mich auf Ihre "
            "Rückmeldung."
        ),
        (
            "Auf dem Friedhof in Altona roch es nach nasser Erde und Flieder. Anna stand "
            "ganz hinten, die Hände in den Manteltaschen, und hörte dem Pfarrer nicht zu. "
            "Sie dachte an den Sommer, in dem ihr Bruder ihr das Schwimmen beigebracht hatte."
        ),
        (
            "Der Sturm kam in der Nacht zum Montag. Gegen drei Uhr riss er das Dach vom "
            "Schuppen, und Henrik stand im Schlafanzug am Fenster und sah zu, wie die "
            "Wellblechplatten über die Wiese tanzten."
        ),
        (
            "Meine Großmutter erzählte nur ein einziges Mal von der Flucht. Es war "
            "Heiligabend, die Kerzen brannten schon herunter, und plötzlich sprach sie vom "
            "Treck über das zugefrorene Haff, von der Kälte und von dem Pferd, das nicht "
            "mehr weiterkonnte."
        ),
        (
            "Hier ist ein möglicher Anfang für deinen Krimi: „Kommissarin Brigitte Roth "
            "hatte in zwanzig Dienstjahren viele Tote gesehen, aber noch nie einen, der "
            "lächelte. Der Mann auf der Parkbank im Englischen Garten tat genau das.“"
        ),
        (
            "Es war einmal eine kleine Wolke namens Wilma, die lieber Schnee als Regen sein "
            "wollte. Jeden Tag schwebte sie über dem Dorf und schaute sehnsüchtig auf die "
            "weißen Gipfel der Berge."
        ),
        (
            "Niemand im Dorf wusste, warum die Glocke der alten Kapelle jede Nacht um drei "
            "Uhr schlug. Der Küster war seit Jahren tot, und das Seil war längst verrottet. "
            "Trotzdem hörte Lisa sie, jede Nacht, seit sie zurückgekommen war."
        ),
        (
            "Der Zug nach Hamburg hatte vierzig Minuten Verspätung, und Ellen saß auf Gleis "
            "7, den Brief ihres Vaters in der Hand. Sie hatte ihn zwanzig Jahre nicht "
            "gesehen und wusste nicht, ob sie froh sein sollte, dass ihr noch Zeit blieb."
        ),
        (
            "Hier ein kleines Gedicht zum Muttertag:\n\n"
            "Du hast mir Mut und Halt gegeben,\n"
            "mir gezeigt, wie schön das Leben,\n"
            "und wenn der Weg mal steinig war,\n"
            "warst du ganz einfach für mich da."
        ),
        (
            "Hier ist ein Herbstgedicht im Kreuzreim:\n\n"
            "Die Blätter fallen leis’ und sacht,\n"
            "der Nebel zieht durchs stille Tal,\n"
            "es wird schon früher wieder Nacht,\n"
            "die Sonne scheint nun blass und fahl."
        ),
        (
            "Hier sind ein paar Zeilen für die Trauerkarte:\n\n"
            "Was bleibt, ist nicht der Schmerz allein,\n"
            "es bleibt das Licht, das du gebracht,\n"
            "es bleibt dein Lachen, warm und klein,\n"
            "wie eine Kerze in der Nacht."
        ),
        (
            "Hier ein kurzer Kinderreim für die Kita:\n\n"
            "Die Maus im Haus,\n"
            "die sieht so aus:\n"
            "mit Schnurrbart fein\n"
            "und Füßchen klein,\n"
            "sie piepst ganz leis’\n"
            "und knabbert Reis."
        ),
        (
            "Hier ist der Refrain mit deiner neuen Zeile:\n\n"
            "Wir fahren nachts durch leere Straßen,\n"
            "das Radio spielt unser Lied,\n"
            "und alles, was wir je vergaßen,\n"
            "kommt zurück, wenn keiner sieht."
        ),
        (
            "Hier die zweite Strophe im gleichen Rhythmus wie die erste:\n\n"
            "Dein Mantel hängt noch an der Tür,\n"
            "dein Kaffeebecher steht im Schrank,\n"
            "ich rede manchmal noch mit dir\n"
            "und sag dir leise tausend Dank."
        ),
        (
            "Liebe Lena, lieber Paul, liebe Gäste, ich kenne Paul seit der fünften Klasse, "
            "als er mir in der großen Pause mein Pausenbrot geklaut hat. Heute darf ich "
            "verkünden: Er hat sich gebessert – und Lena hat er ganz ohne Diebstahl erobert."
        ),
        (
            "Hier ein kurzer Trinkspruch für die Firmenfeier: „Auf ein Jahr voller "
            "Herausforderungen, auf ein Team, das sie alle gemeistert hat, und auf die "
            "Kaffeemaschine, ohne die nichts davon möglich gewesen wäre. Prost!“"
        ),
        (
            "Liebe Vereinsmitglieder, liebe Gäste, vor hundert Jahren gründeten zwölf Männer "
            "in einer Gastwirtschaft diesen Turnverein. Heute sind wir über 800 Mitglieder, "
            "und zum Glück turnen inzwischen auch Frauen mit – sogar im Vorstand."
        ),
        (
            "Ein Trinkspruch zum 60. deines Vaters: „Auf sechzig Jahre voller Geschichten, "
            "von denen wir die Hälfte nicht glauben und die andere Hälfte nie vergessen. Auf "
            "dich, Papa!“"
        ),
        (
            "Die Thermoskanne „Bergfest“ aus doppelwandigem Edelstahl hält Getränke bis zu "
            "24 Stunden kalt und 12 Stunden heiß. Mit 750 ml Fassungsvermögen passt sie in "
            "jeden Rucksack und ist komplett BPA-frei."
        ),
        (
            "Unser Eichenholz-Schneidebrett wird in einer kleinen Schreinerei im Schwarzwald "
            "gefertigt. Es misst 40 × 25 cm, ist mit lebensmittelechtem Leinöl behandelt und "
            "hat eine Saftrille für Braten und Obst."
        ),
        (
            "Die LED-Stirnlampe „Nachtfalter“ leuchtet mit bis zu 400 Lumen und lässt sich "
            "per USB-C aufladen. Mit nur 78 g ist sie ideal für Trailrunning, Camping oder "
            "den Weg in den Keller, wenn die Sicherung rausfliegt."
        ),
        (
            "Frühjahrsputz fürs Fahrrad? Bei uns bekommst du bis Ende April den Rundum-Check "
            "für nur 29 €: Bremsen, Schaltung, Kette und Reifendruck – und einen Kaffee, "
            "während du wartest."
        ),
        (
            "Endlich Sommer! Nur dieses Wochenende: 30 % auf alle Gartenmöbel, online und in "
            "allen Filialen. Gutscheincode SONNE30 einfach beim Bezahlen eingeben."
        ),
        (
            "Mit unserem Gemüse-Abo kommt jede Woche eine Kiste mit regionalem Bio-Gemüse "
            "direkt vor deine Tür. Saisonal, unverpackt und jederzeit pausierbar – die erste "
            "Kiste gibt es zum halben Preis."
        ),
        (
            "Ihre Erstattung über 127,45 € wurde soeben veranlasst und geht auf das Konto "
            "mit der IBAN-Endung 7741. Je nach Bank sollte der Betrag innerhalb von drei bis "
            "fünf Werktagen gutgeschrieben werden."
        ),
        (
            "Erledigt! Ich habe Ihre Lieferadresse für Bestellung 90321 auf Kastanienallee "
            "12, 10435 Berlin geändert. Das Paket wird morgen wie geplant verschickt."
        ),
        (
            "Ihr Tarifwechsel ist bestätigt: Ab dem 1. Juni nutzen Sie den Tarif „Mobil M“ "
            "mit 20 GB Datenvolumen für 14,99 € im Monat. Ihre Rufnummer und SIM-Karte "
            "bleiben unverändert."
        ),
        (
            "Ihr Konto wurde erfolgreich entsperrt. Aus Sicherheitsgründen empfehlen wir, "
            "beim nächsten Login ein neues Passwort zu vergeben und die "
            "Zwei-Faktor-Authentifizierung zu aktivieren."
        ),
        (
            "Ihre Reservierung ist bestätigt: Tisch für vier Personen im Gasthaus Zum Löwen, "
            "Samstag, 16. November, 19:00 Uhr. Bei Verhinderung bitten wir um kurze "
            "Nachricht bis 24 Stunden vorher."
        ),
        (
            "Buchungsbestätigung: Ferienwohnung „Seeblick“ in Prien am Chiemsee, 2 "
            "Erwachsene, 10.–17. August. Gesamtpreis: 784 € inklusive Endreinigung. Der "
            "Schlüssel liegt ab 15 Uhr im Schlüsselsafe neben der Haustür."
        ),
        (
            "Vielen Dank für Ihre Bestellung! Bestellnummer 2024-11873: 1 × Handkaffeemühle, "
            "2 × Espressotassen. Die Lieferung erfolgt voraussichtlich am Donnerstag per DHL."
        ),
        (
            "Ihr Termin ist gebucht: Zahnreinigung bei Dr. Öztürk am Dienstag, 8. Oktober, "
            "um 10:15 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie fünf "
            "Minuten früher."
        ),
        (
            "Zusammenfassung des Jour fixe vom 5. März: Der Release wird auf den 20. März "
            "verschoben, weil die Lasttests noch ausstehen. Katrin klärt bis Freitag die "
            "Serverkapazitäten mit der IT; nächster Termin ist der 12. März."
        ),
        (
            "Ergebnisse der Elternbeiratssitzung: Der Schulhof-Flohmarkt findet am 27. April "
            "statt, der Förderverein übernimmt die Getränke, und für die Klassenfahrt nach "
            "Rügen gibt es einen Zuschuss von 50 € pro Kind."
        ),
        (
            "„Der Vorleser“ von Bernhard Schlink erzählt von dem 15-jährigen Michael, der "
            "eine Affäre mit der deutlich älteren Hanna beginnt. Jahre später sieht er sie "
            "als Angeklagte in einem Prozess gegen ehemalige KZ-Aufseherinnen wieder und "
            "entdeckt ihr Geheimnis."
        ),
        (
            "In Kafkas „Der Process“ wird der Bankangestellte Josef K. eines Morgens "
            "verhaftet, ohne je zu erfahren, was man ihm vorwirft. Er irrt durch ein "
            "undurchschaubares Gerichtssystem, bis er am Ende in einem Steinbruch "
            "hingerichtet wird."
        ),
        (
            "„Das Leben der Anderen“ spielt 1984 in Ost-Berlin: Stasi-Hauptmann Wiesler soll "
            "einen Theaterautor und dessen Freundin überwachen. Doch je länger er lauscht, "
            "desto mehr berührt ihn das Leben der beiden – bis er beginnt, seine Berichte zu "
            "fälschen."
        ),
        (
            "„Sophie Scholl – Die letzten Tage“ zeigt die Verhöre der jungen "
            "Widerstandskämpferin nach ihrer Verhaftung im Februar 1943. Sie weigert sich "
            "standhaft, ihre Überzeugungen zu verleugnen, und wird nach einem Schauprozess "
            "hingerichtet."
        ),
        (
            "„Der Untergang“ schildert die letzten Tage im Führerbunker im April 1945 aus "
            "der Sicht von Hitlers Sekretärin Traudl Junge. Der Film endet mit Hitlers "
            "Selbstmord und dem Zusammenbruch des Regimes in den Trümmern Berlins."
        ),
        (
            "„Tomaten auf den Augen haben“ bedeutet, etwas Offensichtliches nicht zu sehen. "
            "Zum Beispiel: „Der Schlüssel liegt doch direkt vor dir – hast du Tomaten auf "
            "den Augen?“"
        ),
        (
            "„Wer anderen eine Grube gräbt, fällt selbst hinein“ heißt, dass jemand, der "
            "anderen schaden will, am Ende oft selbst den Schaden hat. Das Sprichwort geht "
            "auf das Alte Testament zurück."
        ),
        (
            "„Ich verstehe nur Bahnhof“ sagt man, wenn man gar nichts versteht. Eine "
            "Erklärung führt die Redewendung auf Soldaten im Ersten Weltkrieg zurück, die "
            "nur noch an den Bahnhof und die Heimfahrt denken konnten."
        ),
        (
            "„Den Nagel auf den Kopf treffen“ heißt, etwas genau richtig zu erfassen oder "
            "auszudrücken. Wer in einer Diskussion das Kernproblem benennt, hat den Nagel "
            "auf den Kopf getroffen."
        ),
        (
            "Auf Englisch würde man sagen: „I'm looking forward to hearing from you.“ Das "
            "ist die übliche Schlussformel in formellen E-Mails, ähnlich wie „Ich freue mich "
            "auf Ihre Rückmeldung“."
        ),
        (
            "„Break a leg“ ist kein böser Wunsch, sondern das englische Pendant zu „Hals- "
            "und Beinbruch“ oder „Toi, toi, toi“. Man sagt es Schauspielern vor dem Auftritt."
        ),
        (
            "Auf Französisch heißt „Können Sie mir bitte helfen?“ ganz einfach „Pouvez-vous "
            "m'aider, s'il vous plaît ?“. Vor dem Fragezeichen steht im Französischen "
            "übrigens ein Leerzeichen."
        ),
        (
            "Auf Spanisch fragst du: „¿Dónde está la estación de tren?“ – Wo ist der "
            "Bahnhof? Als Antwort hörst du vielleicht „Todo recto y luego a la izquierda“, "
            "also geradeaus und dann links."
        ),
        (
            "Nach „wegen“ steht in der Standardsprache der Genitiv: „wegen des Wetters“. "
            "Umgangssprachlich hört man oft den Dativ („wegen dem Wetter“), der in "
            "gesprochener Sprache inzwischen weit verbreitet ist."
        ),
        (
            "„Das“ ist Artikel oder Pronomen, „dass“ ist eine Konjunktion. Ein einfacher "
            "Test: Wenn du „dieses“ oder „welches“ einsetzen kannst, schreibst du „das“, "
            "sonst „dass“."
        ),
        (
            "Im Perfekt bilden Verben der Bewegung meist das Hilfsverb „sein“: „Ich bin nach "
            "Hause gegangen.“ Die meisten anderen Verben nehmen „haben“: „Ich habe ein Buch "
            "gelesen.“"
        ),
        (
            "Der Konjunktiv II drückt Wünsche und Unwirkliches aus: „Wenn ich Zeit hätte, "
            "würde ich dich besuchen.“ Bei vielen Verben ist die Form mit „würde“ im Alltag "
            "üblicher als die eigentliche Konjunktivform."
        ),
        (
            "Hier ist eine Python-Funktion, die prüft, ob ein Wort ein Palindrom ist:\n\n"
            "def ist_palindrom(wort):\n"
            "    w = wort.lower()\n"
            "    return w == w[::-1]\n\n"
            "Sie vergleicht das Wort mit seiner Umkehrung."
        ),
        (
            "In JavaScript bekommst du das heutige Datum im deutschen Format mit `new "
            "Date().toLocaleDateString('de-DE')`. Für führende Nullen gibst du die Optionen "
            "`{ day: '2-digit', month: '2-digit', year: 'numeric' }` mit."
        ),
        (
            "Mit `git stash` legst du deine aktuellen Änderungen beiseite, ohne sie zu "
            "committen. Später holst du sie mit `git stash pop` zurück – praktisch, wenn du "
            "schnell den Branch wechseln musst."
        ),
        (
            "Diese Abfrage liefert alle Mitarbeiter, die mehr als der Durchschnitt ihrer "
            "Abteilung verdienen:\n\n"
            "SELECT name, abteilung, gehalt FROM mitarbeiter m\n"
            "WHERE gehalt > (SELECT AVG(gehalt) FROM mitarbeiter WHERE abteilung = "
            "m.abteilung);"
        ),
        (
            "Um eine neue Spalte für die Telefonnummer anzulegen, nutzt du `ALTER TABLE "
            "kunden ADD COLUMN telefon VARCHAR(20);`. Bestehende Zeilen erhalten dort "
            "zunächst den Wert NULL."
        ),
        (
            "Mit `ls -lt | head -n 10` siehst du die zehn zuletzt geänderten Dateien im "
            "aktuellen Verzeichnis. Das `-t` sortiert nach Änderungszeit, `head` schneidet "
            "nach zehn Zeilen ab."
        ),
        (
            "Um herauszufinden, welcher Prozess Port 8080 belegt, führe `sudo lsof -i :8080` "
            "aus. In der Spalte PID steht die Prozess-ID, mit der du den Prozess "
            "anschließend beenden kannst."
        ),
        (
            "Wir lösen das Gleichungssystem x + y = 10 und x − y = 4. Addiert man beide "
            "Gleichungen, erhält man 2x = 14, also x = 7. Eingesetzt in die erste Gleichung "
            "ergibt sich y = 3."
        ),
        (
            "Der Satz des Pythagoras lautet a² + b² = c². Bei Katheten von 6 cm und 8 cm ist "
            "die Hypotenuse also √(36 + 64) = √100 = 10 cm."
        ),
        (
            "Für 3 % Zinsen auf 2.500 € im Jahr rechnest du 2.500 × 0,03 = 75 €. Nach einem "
            "Jahr hast du also 2.575 € auf dem Konto."
        ),
        (
            "Um 3/4 durch 2/5 zu teilen, multiplizierst du mit dem Kehrwert: 3/4 × 5/2 = "
            "15/8, also 1 7/8 oder 1,875."
        ),
        (
            "Blitze entstehen, wenn sich in Gewitterwolken durch Zusammenstöße von "
            "Eiskristallen und Graupel elektrische Ladungen trennen. Wird die Spannung zu "
            "groß, entlädt sie sich schlagartig – oft mit über 100 Millionen Volt."
        ),
        (
            "Der Mond zeigt uns immer dieselbe Seite, weil er sich in genau der Zeit einmal "
            "um sich selbst dreht, in der er die Erde umkreist. Man nennt das gebundene "
            "Rotation."
        ),
        (
            "Hefe lässt den Teig aufgehen, weil sie Zucker vergärt und dabei Kohlendioxid "
            "produziert. Die Gasbläschen werden im Klebergerüst des Teigs eingeschlossen und "
            "machen ihn locker."
        ),
        (
            "Warum ist das Meer salzig? Regen löst über Jahrmillionen Mineralien aus "
            "Gesteinen, und Flüsse tragen sie ins Meer. Wenn das Wasser verdunstet, bleibt "
            "das Salz zurück und reichert sich an."
        ),
        (
            "Die Mauer fiel am Abend des 9. November 1989, nachdem Günter Schabowski auf "
            "einer Pressekonferenz verkündet hatte, die neue Reiseregelung gelte „sofort, "
            "unverzüglich“. Tausende strömten daraufhin zu den Grenzübergängen."
        ),
        (
            "Martin Luther veröffentlichte 1517 seine 95 Thesen gegen den Ablasshandel. Ob "
            "er sie tatsächlich an die Tür der Wittenberger Schlosskirche nagelte, ist "
            "umstritten – sicher ist, dass sie sich dank des Buchdrucks rasend schnell "
            "verbreiteten."
        ),
        (
            "Der Westfälische Friede wurde 1648 in Münster und Osnabrück geschlossen und "
            "beendete den Dreißigjährigen Krieg. Er gilt als Grundstein eines Europas "
            "souveräner Staaten."
        ),
        (
            "Die Hanse war ein Bund von Kaufleuten und Städten, der vom 12. bis 17. "
            "Jahrhundert den Handel in Nord- und Ostsee prägte. Lübeck galt als ihre "
            "„Königin“, wichtige Mitglieder waren außerdem Hamburg, Bremen und Danzig."
        ),
        (
            "Für einen schwäbischen Kartoffelsalat kochst du 1 kg festkochende Kartoffeln, "
            "pellst sie noch warm und schneidest sie in Scheiben. Dann gießt du 250 ml heiße "
            "Brühe mit Essig, Senf, Zwiebeln und Öl darüber und lässt alles eine Stunde "
            "ziehen."
        ),
        (
            "Für einen saftigen Apfelkuchen vom Blech: 250 g Butter, 200 g Zucker und 4 Eier "
            "schaumig rühren, 400 g Mehl mit einem Päckchen Backpulver unterheben und mit "
            "1,5 kg Apfelspalten belegen. 40 Minuten bei 180 °C backen."
        ),
        (
            "Schnelle Pasta mit Zitrone und Ricotta: Spaghetti kochen und eine Tasse "
            "Nudelwasser auffangen. Ricotta mit Zitronenabrieb, Parmesan und etwas "
            "Nudelwasser cremig rühren, mit den Nudeln mischen und pfeffern."
        ),
        (
            "Hier ist ein Trainingsplan für zu Hause, dreimal pro Woche: 3 Runden mit 12 "
            "Kniebeugen, 10 Liegestützen, 12 Ausfallschritten pro Bein und 40 Sekunden "
            "Unterarmstütz. Zwischen den Runden eine Minute Pause."
        ),
        (
            "Für deinen ersten 10-km-Lauf in acht Wochen empfehle ich drei Einheiten pro "
            "Woche: einen lockeren Dauerlauf, einen Intervalllauf und am Wochenende einen "
            "langen, langsamen Lauf, der jede Woche um etwa einen Kilometer wächst."
        ),
        (
            "Hier eine kurze Dehnroutine nach dem Laufen: je 30 Sekunden Wadendehnung an der "
            "Wand, Oberschenkelvorderseite im Stand, hintere Oberschenkel im Sitzen und zum "
            "Schluss die Hüftbeuger im Ausfallschritt."
        ),
        (
            "Hier ist ein Vorschlag für drei Tage in Wien: Tag 1 Stephansdom, Hofburg und "
            "abends Heuriger in Grinzing; Tag 2 Schloss Schönbrunn und Naschmarkt; Tag 3 "
            "Belvedere mit Klimts „Kuss“ und ein Stück Sachertorte im Café."
        ),
        (
            "Für eine Woche Rügen mit Kindern: Die ersten Tage in Binz mit Strand und "
            "Seebrücke, dann ein Ausflug zu den Kreidefelsen im Nationalpark Jasmund und zum "
            "Baumwipfelpfad in Prora. Zum Abschluss eine Fahrt mit dem Rasenden Roland."
        ),
        (
            "Tag 1 eures Roadtrips durch Südtirol: Start in Bozen mit dem Ötzi-Museum, dann "
            "über die Weinstraße nach Kaltern und am Nachmittag eine Runde um den Kalterer "
            "See. Übernachten lässt es sich gut auf einem der Weingüter."
        ),
        (
            "Eine Erkältung dauert meist sieben bis zehn Tage und heilt von selbst. Viel "
            "trinken, Ruhe und Inhalationen mit Wasserdampf lindern die Beschwerden; bei "
            "hohem Fieber über drei Tage oder Atemnot sollte man ärztlichen Rat einholen."
        ),
        (
            "Zu den typischen Anzeichen eines Schlaganfalls gehören eine plötzlich hängende "
            "Gesichtshälfte, Sprachstörungen und Schwäche in Arm oder Bein. Der FAST-Test "
            "hilft beim Erkennen – im Verdachtsfall sofort die 112 rufen."
        ),
        (
            "Vitamin D bildet der Körper vor allem über Sonnenlicht auf der Haut. In den "
            "Wintermonaten reicht das in Deutschland oft nicht aus, weshalb Hausärzte bei "
            "Bedarf den Spiegel im Blut bestimmen und gegebenenfalls ein Präparat empfehlen."
        ),
        (
            "In Deutschland beträgt die gesetzliche Kündigungsfrist für Arbeitnehmer "
            "grundsätzlich vier Wochen zum 15. oder zum Monatsende. Im Arbeits- oder "
            "Tarifvertrag können allerdings längere Fristen vereinbart sein."
        ),
        (
            "Als Mieter in Deutschland kannst du grundsätzlich mit einer Frist von drei "
            "Monaten kündigen, egal wie lange du schon in der Wohnung wohnst. Die Kündigung "
            "muss schriftlich und unterschrieben erfolgen – eine E-Mail reicht dafür nicht."
        ),
        (
            "Grundsätzlich darf ein Vermieter die Wohnung nur nach vorheriger Ankündigung "
            "und aus einem berechtigten Grund betreten, etwa für eine Reparatur oder eine "
            "Besichtigung mit Nachmietern."
        ),
        (
            "Ein ETF-Sparplan ist eine einfache Möglichkeit, regelmäßig in viele Unternehmen "
            "gleichzeitig zu investieren. Du legst einen festen Betrag fest, zum Beispiel "
            "100 € im Monat, und die Bank kauft automatisch Anteile."
        ),
        (
            "Der Sparerpauschbetrag liegt seit 2023 bei 1.000 € pro Person. Bis zu dieser "
            "Summe bleiben Kapitalerträge steuerfrei, wenn du deiner Bank einen "
            "Freistellungsauftrag erteilst."
        ),
        (
            "Als Faustregel gilt: Ein Notgroschen sollte drei bis sechs Nettomonatsgehälter "
            "umfassen und auf einem Tagesgeldkonto liegen. So kommst du jederzeit an das "
            "Geld, ohne teure Kredite aufnehmen zu müssen."
        ),
        (
            "Bei Geschwisterstreit hilft es oft, nicht Schiedsrichter zu spielen, sondern "
            "beide Seiten zu Wort kommen zu lassen und sie selbst eine Lösung finden zu "
            "lassen. Wird es handgreiflich, natürlich sofort eingreifen."
        ),
        (
            "Wenn dein Kind in der Pubertät weniger erzählt, ist das ganz normal. Gespräche "
            "klappen oft besser nebenbei, zum Beispiel beim Autofahren oder Kochen, statt am "
            "Tisch mit direktem Blickkontakt."
        ),
        (
            "Taschengeld hilft Kindern, den Umgang mit Geld zu lernen. Für Grundschulkinder "
            "sind wöchentliche kleine Beträge sinnvoll, ab etwa zehn Jahren kann man auf "
            "monatliche Zahlungen umstellen."
        ),
        (
            "Es klingt, als wünschtet ihr euch beide mehr Anerkennung. Versucht doch, euch "
            "jeden Abend eine Sache zu sagen, die ihr am anderen an diesem Tag geschätzt "
            "habt – das klingt simpel, verändert aber oft viel."
        ),
        (
            "Für das Gespräch mit deinem Mitbewohner hilft es, konkret zu bleiben: „Mir ist "
            "wichtig, dass das Geschirr bis zum nächsten Morgen gespült ist“ statt „Du bist "
            "immer so unordentlich“."
        ),
        (
            "Oh, wie schön, dass du die Prüfung bestanden hast! Herzlichen Glückwunsch! Habt "
            "ihr schon gefeiert, oder kommt das am Wochenende?"
        ),
        (
            "Haha, ja, der Montag nach der Zeitumstellung ist immer ein bisschen zäh. Gönn "
            "dir heute einen extra Kaffee und geh abends früh schlafen – morgen geht’s dann "
            "besser."
        ),
        (
            "Das klingt nach einem richtig guten Plan für den Sonntag! Bei dem Wetter lohnt "
            "sich die Wanderung zum Herzogstand bestimmt – nimm eine Jacke mit, oben wird es "
            "windig."
        ),
        (
            "Gern geschehen! Und ja, du kannst die Suppe problemlos einfrieren – in "
            "Portionen abgefüllt hält sie sich etwa drei Monate."
        ),
        (
            "Was macht ein Clown im Büro? Faxen! Und was ist orange und wandert durch den "
            "Wald? Eine Wanderine."
        ),
        (
            "Warum können Seeräuber keinen Kreis berechnen? Weil sie Pi raten! Und wie nennt "
            "man einen Bumerang, der nicht zurückkommt? Stock."
        ),
        (
            "Sagt der Lehrer: „Fritzchen, nenne mir fünf Tiere aus Afrika.“ Fritzchen: „Drei "
            "Löwen und zwei Elefanten!“"
        ),
        (
            "Hier ein Rätsel für die Kinder: „Welcher Hahn kräht nie?“ Lösung: der "
            "Wasserhahn! Und noch eins: „Was hat Zeiger, aber zeigt nie mit dem Finger?“ – "
            "die Uhr."
        ),
        (
            "Probier mal dieses: „Je mehr man davon wegnimmt, desto größer wird es. Was ist "
            "es?“ Die Antwort lautet: ein Loch."
        ),
        (
            "Das längste Wort im Duden ist „Kraftfahrzeug-Haftpflichtversicherung“ mit 36 "
            "Buchstaben. Berühmter war lange das "
            "„Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz“, das 2013 "
            "aufgehoben wurde."
        ),
        (
            "Bananen sind botanisch gesehen Beeren, Erdbeeren dagegen nicht. Die kleinen "
            "gelben Punkte auf der Erdbeere sind nämlich die eigentlichen Früchte, "
            "sogenannte Nüsschen."
        ),
        (
            "Der Kölner Dom war nach seiner Fertigstellung 1880 für einige Jahre das höchste "
            "Gebäude der Welt. Die Bauzeit betrug mit langen Unterbrechungen über 600 Jahre."
        ),
        (
            "Hier ein paar Ideen für einen verregneten Sonntag: Fotoalben sortieren, einen "
            "neuen Brotteig ausprobieren, ein Puzzle mit 1.000 Teilen anfangen, einen "
            "Filmklassiker schauen oder den Balkonkasten für den Frühling planen."
        ),
        (
            "Namensideen für dein Café: Bohnenkaiser, Milchschaum & Meer, Kaffeeklatsch 2.0, "
            "Tassenglück, Das Röstwerk oder Zum Guten Morgen."
        ),
        (
            "Für den Kindergeburtstag zum Thema Piraten eignen sich: Schatzsuche mit Karte, "
            "Augenklappen basteln, Zielwerfen mit Wasserbomben, Flaschenpost-Rätsel und ein "
            "Piratenkuchen in Schiffsform."
        ),
        (
            "Ein paar Geschenkideen für deinen Opa, der gern gärtnert: ein hochwertiges "
            "Gartenmesser, Saatgut alter Tomatensorten, ein Vogelhaus zum Selberbauen oder "
            "ein gemeinsamer Besuch im Botanischen Garten."
        ),
    ],
    "es": [
        (
            "Querida Carmen:\n"
            "Te escribo para darte las gracias por la semana en Cádiz. Todavía me acuerdo de "
            "las tardes en la playa de la Caleta, del pescaíto frito y de tu madre cantando "
            "mientras fregaba los platos."
        ),
        (
            "¡Hola, abuela! Muchas gracias por el suéter que me tejiste. Ya me lo puse para "
            "ir a la escuela y todas mis amigas me preguntaron dónde lo había comprado. Les "
            "dije que en la mejor tienda del mundo: tu casa."
        ),
        (
            "Estimada doña Amparo:\n"
            "Quería darle las gracias por cuidar de nuestras plantas y de Canela durante las "
            "vacaciones. A la vuelta nos encontramos el jardín más verde que nunca y a la "
            "perra bastante más gordita."
        ),
        (
            "Querida Pilar:\n"
            "Nos ha dolido mucho la noticia del fallecimiento de tu madre. Siempre la "
            "recordaremos con su delantal de flores, repartiendo rosquillas a todos los "
            "niños de la calle."
        ),
        (
            "Estimado Sr. Gómez:\n"
            "Por medio de la presente le comunico mi renuncia voluntaria al puesto de "
            "Coordinadora de Ventas, con efecto a partir del 15 de julio de 2024. Agradezco "
            "sinceramente las oportunidades de crecimiento que he tenido en la empresa."
        ),
        (
            "A la atención del Servicio de Atención al Cliente de Aerolíneas Cóndor:\n"
            "Mi maleta no llegó en el vuelo CD318 Madrid–Bogotá del 2 de marzo y, diez días "
            "después, sigo sin noticias. Solicito su localización urgente y la compensación "
            "que corresponda."
        ),
        (
            "Estimado equipo de selección:\n"
            "Les escribo para postularme al puesto de Analista de Datos Junior. Soy "
            "licenciada en Economía por la UNAM y, durante mis prácticas en una fintech, "
            "automaticé informes semanales con Python, reduciendo a la mitad el tiempo de "
            "preparación."
        ),
        (
            "Sr. Director del Colegio San José:\n"
            "Le escribo para solicitar una reunión en relación con el rendimiento académico "
            "de mi hijo, Diego Torres, alumno de 3.º de ESO, cuyas notas han bajado "
            "notablemente este trimestre."
        ),
        (
            "Hola a todos:\n"
            "Os recuerdo que mañana a las 10:00 tenemos la reunión trimestral en la sala "
            "grande. Traed vuestras cifras actualizadas y, si podéis, revisad antes el "
            "documento compartido. ¡Gracias!"
        ),
        (
            "Hola, Andrés, gracias por pasarme el informe tan rápido. Le eché un vistazo y "
            "solo cambiaría el gráfico de la página 4, que se ve un poco confuso. ¿Lo "
            "platicamos mañana después del almuerzo?"
        ),
        (
            "Buenos días, Lucía:\n"
            "Te adjunto el presupuesto revisado para el evento de junio. Hemos ajustado el "
            "catering y el total queda en 6.200 €, IVA incluido. Quedo atenta a tus "
            "comentarios."
        ),
        (
            "Estimada Sra. Beltrán:\n"
            "Le confirmo que el envío de las 300 unidades saldrá de Valencia el próximo "
            "lunes. Adjunto la factura proforma y el número de seguimiento del transportista."
        ),
        (
            "El día que enterraron a don Ramiro llovía sobre el pueblo como no había llovido "
            "en años. Las mujeres rezaban bajo los paraguas negros y los hombres miraban al "
            "suelo, mientras Elena, de nueve años, contaba las gotas que resbalaban por el "
            "ataúd."
        ),
        (
            "La tormenta llegó de madrugada, arrancando las tejas y doblando las palmeras "
            "del malecón. Julián encendió un quinqué y se sentó junto a la ventana a "
            "esperar, como hacía su padre, a que volvieran las barcas."
        ),
        (
            "En la trinchera nadie hablaba de noche. Tomás, que tenía diecisiete años y "
            "venía de un pueblo de Huesca, apretaba contra el pecho la carta de su madre y "
            "contaba las estrellas para no contar los disparos."
        ),
        (
            "Aquí tienes un posible comienzo para tu relato: «Nadie en el barrio sabía de "
            "dónde había salido el piano que apareció una mañana en mitad de la plaza. "
            "Tampoco quién lo tocaba cada noche, a las tres en punto.»"
        ),
        (
            "Había una vez una tortuga llamada Lola que soñaba con volar. Todas las mañanas "
            "subía a la roca más alta del jardín, estiraba el cuello hacia el cielo y miraba "
            "pasar a las golondrinas con un poquito de envidia."
        ),
        (
            "Cuando abrieron la casa de la tía Remedios, todo estaba tal como ella lo había "
            "dejado: el reloj parado a las once y cuarto, las cortinas corridas y, sobre la "
            "cama, un vestido de novia que nadie le había visto nunca."
        ),
        (
            "A las seis de la mañana, el mercado de Oaxaca ya olía a chocolate y a tortillas "
            "recién hechas. Doña Chela montó su puesto como cada día, sin saber que ese "
            "martes volvería a ver al hijo que se fue al norte hacía quince años."
        ),
        (
            "Aquí tienes un poema para tu padre:\n\n"
            "Tus manos, de tierra y sol,\n"
            "me enseñaron a sembrar;\n"
            "tu silencio, a ser mejor;\n"
            "tu risa, a saber esperar."
        ),
        (
            "Aquí va un poema sobre el mar de invierno:\n\n"
            "El mar de enero no canta,\n"
            "solo respira despacio,\n"
            "y la espuma se levanta\n"
            "como un pañuelo en el espacio."
        ),
        (
            "Estos versos para la despedida de tu abuelo pueden servir:\n\n"
            "No te has ido del todo:\n"
            "te quedas en la higuera del patio,\n"
            "en el olor del café temprano\n"
            "y en la forma en que mi padre sonríe."
        ),
        (
            "Aquí tienes una rima para la clase de infantil:\n\n"
            "Un ratón chiquitito\n"
            "se comió un quesito,\n"
            "se puso muy gordito\n"
            "y se quedó dormidito."
        ),
        (
            "Aquí está el estribillo con la frase que querías meter:\n\n"
            "Tengo un corazón de segunda mano,\n"
            "lo compré barato en el mercado,\n"
            "suena raro cuando llueve\n"
            "pero late cuando vuelves."
        ),
        (
            "Te propongo esta segunda estrofa, con la misma métrica que la primera:\n\n"
            "La radio del taxi suena a bolero,\n"
            "San Juan se duerme bajo el aguacero,\n"
            "y yo te escribo en la servilleta\n"
            "lo que no cabe en una maleta."
        ),
        (
            "Buenas noches a todos. Cuando Javi me pidió que fuera su padrino, le dije que "
            "sí sin pensarlo. Luego me di cuenta de que tenía que dar un discurso, así que "
            "os pido paciencia… y que nadie le cuente a la novia lo de Ibiza."
        ),
        (
            "Aquí tienes un brindis para la jubilación de Marta: «Por treinta años de café "
            "compartido, de problemas resueltos y de risas en la oficina. Marta, que "
            "disfrutes cada mañana sin despertador. ¡Salud!»"
        ),
        (
            "Queridos egresados: hoy no les voy a decir que el futuro es suyo, porque ya lo "
            "saben y lo han oído mil veces. Les voy a decir algo más útil: aprendan a "
            "equivocarse rápido y a pedir ayuda sin vergüenza."
        ),
        (
            "Un brindis para los 50 de tu padre: «Por el hombre que nos enseñó a montar en "
            "bici, a perder al mus con dignidad y a no rendirnos nunca. ¡Por ti, papá!»"
        ),
        (
            "Esta lámpara de mesa artesanal está hecha con fibra de palma tejida a mano en "
            "Oaxaca. Su luz cálida crea sombras suaves en la pared y es perfecta para "
            "dormitorios y rincones de lectura."
        ),
        (
            "La mochila Sendero 30 es ligera, resistente al agua y tiene espacio para un "
            "portátil de 15 pulgadas. Su espalda acolchada y transpirable la hace ideal para "
            "la ciudad o para una excursión de fin de semana."
        ),
        (
            "La sartén Brasa de hierro fundido reparte el calor de manera uniforme y sirve "
            "para todo tipo de cocinas, incluida la inducción. Con el curado adecuado, dura "
            "toda la vida y mejora con cada uso."
        ),
        (
            "¿Tu gato pone cara rara cuando abres la lata de siempre? Prueba Michi Gourmet: "
            "receta con salmón de verdad, sin colorantes y con tapa que se vuelve a cerrar. "
            "Tu gato lo va a notar."
        ),
        (
            "En Café Altura tostamos cada semana granos de pequeños productores de Chiapas y "
            "Veracruz. Pide tu primera bolsa hoy y recíbela en casa con un 15 % de descuento."
        ),
        (
            "Con Ahorrín, controlar tus gastos es tan fácil como abrir la app: clasifica tus "
            "compras automáticamente y te avisa cuando te acercas a tu límite. Pruébala "
            "gratis durante un mes."
        ),
        (
            "Tu reembolso de 19,99 € ya ha sido emitido a la tarjeta terminada en 5512. "
            "Dependiendo de tu banco, lo verás reflejado en tu cuenta en un plazo de 3 a 5 "
            "días hábiles."
        ),
        (
            "Listo, ya actualicé tu dirección de envío para el pedido 10294. El paquete "
            "saldrá mañana hacia Av. Insurgentes Sur 1602, Ciudad de México."
        ),
        (
            "Hemos cancelado tu suscripción mensual tal como solicitaste. Podrás seguir "
            "usando el servicio hasta el 30 de noviembre y no se te realizará ningún cargo "
            "adicional."
        ),
        (
            "Tu contraseña se ha restablecido correctamente. Ya puedes iniciar sesión con la "
            "nueva; te recomendamos activar la verificación en dos pasos desde el apartado "
            "de Seguridad."
        ),
        (
            "Tu reserva está confirmada: mesa para cuatro en el restaurante Casa Lucio, el "
            "sábado 9 de marzo a las 21:30. Si necesitas cambiar la hora, responde a este "
            "mensaje."
        ),
        (
            "Reserva confirmada: Hotel Mirador del Sol, Cartagena, habitación doble con "
            "vista al mar del 12 al 16 de diciembre (4 noches). Total pagado: USD 640. El "
            "check-in es a partir de las 15:00."
        ),
        (
            "¡Gracias por tu compra! Tu pedido n.º 88213 (1 cafetera italiana, 2 tazas de "
            "cerámica) ya está en preparación y saldrá de nuestro almacén en un plazo de 24 "
            "horas."
        ),
        (
            "Tu cita está confirmada: revisión dental con la Dra. Morales el martes 22 de "
            "octubre a las 17:45. Te enviaremos un recordatorio por WhatsApp el día anterior."
        ),
        (
            "Resumen de la reunión del lunes: se aprueba el nuevo diseño de la web, la fecha "
            "de lanzamiento se fija para el 3 de junio y Carlos se encarga de coordinar con "
            "la agencia de contenidos."
        ),
        (
            "Acuerdos de la junta de vecinos: se cambiará el ascensor en octubre, la cuota "
            "extraordinaria será de 350 € por vivienda en dos plazos y se instalarán cámaras "
            "en el portal."
        ),
        (
            "Puntos clave de la llamada con el cliente: aprueban la propuesta de diseño, "
            "piden adelantar la entrega al 20 de mayo y solicitan una versión en inglés. Ana "
            "enviará el calendario actualizado el viernes."
        ),
        (
            "«Crónica de una muerte anunciada» reconstruye, años después, el asesinato de "
            "Santiago Nasar en un pueblo del Caribe colombiano. Todos sabían que los "
            "hermanos Vicario iban a matarlo para vengar el honor de su hermana, y sin "
            "embargo nadie lo impidió."
        ),
        (
            "«Cien años de soledad» sigue a siete generaciones de la familia Buendía en el "
            "pueblo ficticio de Macondo, desde su fundación hasta su desaparición. Es una "
            "historia de amores, guerras, obsesiones y una soledad que se hereda como un "
            "apellido."
        ),
        (
            "«El laberinto del fauno» transcurre en la España de 1944. Ofelia, una niña que "
            "se muda con su madre embarazada al cuartel de su cruel padrastro, descubre un "
            "laberinto donde un fauno le encomienda tres pruebas, y su desobediencia final "
            "es también su acto más valiente."
        ),
        (
            "En «La casa de Bernarda Alba», Bernarda impone a sus cinco hijas un luto de "
            "ocho años tras la muerte de su marido. Adela, la menor, se niega a obedecer y "
            "mantiene una relación secreta con Pepe el Romano, lo que desemboca en tragedia."
        ),
        (
            "«Coco» cuenta la historia de Miguel, un niño mexicano que sueña con ser músico "
            "a pesar de la prohibición de su familia. En el Día de Muertos entra por "
            "accidente en la Tierra de los Muertos, donde descubre el verdadero origen de su "
            "familia."
        ),
        (
            "«Roma», de Alfonso Cuarón, sigue a Cleo, una empleada doméstica indígena que "
            "trabaja para una familia de clase media en la Ciudad de México de los años "
            "setenta. En medio de la violencia política, pierde a su bebé y encuentra fuerza "
            "en los lazos con esa familia."
        ),
        (
            "«Estar en las nubes» significa estar distraído, pensando en otra cosa. Por "
            "ejemplo: «No escuchó nada de lo que le dije; estaba en las nubes»."
        ),
        (
            "«Camarón que se duerme se lo lleva la corriente» quiere decir que, si te "
            "descuidas o no actúas a tiempo, perderás oportunidades. Es muy usado en México "
            "y Centroamérica."
        ),
        (
            "«Tomar el pelo» a alguien es burlarse de esa persona o engañarla en broma. Si "
            "tu amigo te dice que le ha tocado la lotería y luego se ríe, te está tomando el "
            "pelo."
        ),
        (
            "«Meter la pata» significa equivocarse o decir algo inoportuno. Por ejemplo: "
            "«Metí la pata al preguntarle por su ex delante de su nueva pareja»."
        ),
        (
            "En inglés se diría: «Could you recommend a good place for dinner nearby?». Es "
            "una forma educada y natural de pedir una recomendación en la recepción de un "
            "hotel."
        ),
        (
            "«Ponerse las pilas» no tiene traducción literal en inglés; lo más parecido "
            "sería «to get one's act together» o «to get cracking», según el contexto."
        ),
        (
            "En francés, «Me gustaría reservar una mesa para dos» se dice «Je voudrais "
            "réserver une table pour deux personnes». Si llamas por teléfono, empieza "
            "siempre con «Bonjour»."
        ),
        (
            "«Haber» indica existencia o forma tiempos compuestos («ha llegado»), mientras "
            "que «a ver» es la preposición más el verbo ver («a ver qué pasa»). Un truco: si "
            "puedes sustituirlo por «veamos», se escribe separado."
        ),
        (
            "Usamos el subjuntivo después de expresiones de deseo o duda: «Espero que "
            "vengas», «No creo que llueva». Con «creo que» en afirmativo, en cambio, va el "
            "indicativo: «Creo que lloverá»."
        ),
        (
            "La diferencia entre «por» y «para» es un clásico. «Para» indica finalidad o "
            "destino («este regalo es para ti»), y «por» expresa causa, medio o intercambio "
            "(«lo hice por ti», «lo compré por diez euros»)."
        ),
        (
            "«Sino» se escribe junto cuando contrapone dos ideas después de una negación: "
            "«No es rojo, sino azul». «Si no» va separado cuando es condicional: «Si no "
            "vienes, me voy»."
        ),
        (
            "Aquí tienes una función en Python que calcula el factorial de forma recursiva:"
            "\n\n"
            "def factorial(n):\n"
            "    return 1 if n <= 1 else n * factorial(n - 1)\n\n"
            "Para números grandes, conviene usar math.factorial."
        ),
        (
            "Para leer un archivo CSV con pandas basta con `df = pd.read_csv('ventas.csv', "
            "sep=';')`. El parámetro `sep` es importante si el archivo usa punto y coma, "
            "como suele pasar con Excel en español."
        ),
        (
            "En JavaScript puedes filtrar los números pares de un array así: `const pares = "
            "numeros.filter(n => n % 2 === 0);`. El método `filter` devuelve un array nuevo "
            "sin modificar el original."
        ),
        (
            "Esta consulta devuelve los productos que nunca se han vendido:\n\n"
            "SELECT p.nombre\n"
            "FROM productos p\n"
            "LEFT JOIN ventas v ON v.producto_id = p.id\n"
            "WHERE v.id IS NULL;"
        ),
        (
            "Para subir un 10 % el precio de todos los productos de la categoría 'Bebidas', "
            "usa: `UPDATE productos SET precio = precio * 1.10 WHERE categoria = 'Bebidas';`"
        ),
        (
            "Para contar cuántas líneas tiene cada archivo .py de tu proyecto, ejecuta `find "
            ". -name \"*.py\" | xargs wc -l`. Al final verás el total de líneas."
        ),
        (
            "Con `scp archivo.zip usuario@servidor:/home/usuario/` copias un archivo a un "
            "servidor remoto por SSH. Añade `-r` si quieres copiar una carpeta completa."
        ),
        (
            "Resolvamos x² − 5x + 6 = 0. Buscamos dos números cuyo producto sea 6 y cuya "
            "suma sea −5: son −2 y −3. Así que (x − 2)(x − 3) = 0, y las soluciones son x = "
            "2 y x = 3."
        ),
        (
            "Si un artículo cuesta 60 € y tiene un 35 % de descuento, el descuento es 60 × "
            "0,35 = 21 €. Pagarás 39 €."
        ),
        (
            "Para calcular la media de 4, 8, 15 y 21, sumamos los cuatro números (48) y "
            "dividimos entre 4. La media es 12."
        ),
        (
            "Para pasar 72 km/h a m/s, divides entre 3,6: 72 ÷ 3,6 = 20 m/s. Para el cambio "
            "inverso, multiplicas por 3,6."
        ),
        (
            "Las hojas cambian de color en otoño porque los árboles dejan de producir "
            "clorofila, el pigmento verde. Al desaparecer, quedan a la vista otros "
            "pigmentos, como los carotenoides amarillos y naranjas."
        ),
        (
            "Un eclipse solar ocurre cuando la Luna se interpone entre la Tierra y el Sol y "
            "proyecta su sombra sobre nuestro planeta. Solo en la franja de totalidad el día "
            "se oscurece por completo durante unos minutos."
        ),
        (
            "El agua hierve a menor temperatura en la montaña porque la presión atmosférica "
            "es más baja. En La Paz, a unos 3.600 metros, hierve aproximadamente a 88 °C, "
            "por eso la pasta tarda más en cocerse."
        ),
        (
            "Los gatos ronronean haciendo vibrar los músculos de la laringe a unos 25–150 "
            "hercios. Lo hacen cuando están tranquilos, pero también cuando están heridos, y "
            "se cree que esa vibración ayuda a sanar tejidos."
        ),
        (
            "La Reconquista terminó el 2 de enero de 1492, cuando Boabdil entregó Granada a "
            "los Reyes Católicos. Ese mismo año, Colón llegó a América con el apoyo de "
            "Isabel I de Castilla."
        ),
        (
            "La independencia de México comenzó el 16 de septiembre de 1810 con el Grito de "
            "Dolores, cuando el cura Miguel Hidalgo llamó a levantarse contra el gobierno "
            "virreinal. La guerra duró once años y terminó en 1821."
        ),
        (
            "Machu Picchu fue construido a mediados del siglo XV, probablemente como "
            "residencia del inca Pachacútec. Quedó oculto para el mundo exterior hasta que "
            "Hiram Bingham lo dio a conocer en 1911."
        ),
        (
            "Simón Bolívar lideró la independencia de lo que hoy son Venezuela, Colombia, "
            "Ecuador, Perú y Bolivia. Soñaba con una gran confederación, la Gran Colombia, "
            "que se disolvió poco después de su muerte en 1830."
        ),
        (
            "Para una tortilla de patatas para cuatro: pela y corta en láminas finas 4 "
            "patatas y una cebolla, y pochalas en abundante aceite a fuego lento unos 20 "
            "minutos. Escúrrelas, mézclalas con 6 huevos batidos y cuaja la tortilla por "
            "ambos lados."
        ),
        (
            "Guacamole clásico: machaca 3 aguacates con el jugo de un limón, añade media "
            "cebolla picada, un jitomate sin semillas, chile serrano al gusto y cilantro "
            "fresco. Ajusta de sal y sirve con totopos."
        ),
        (
            "Para un gazpacho andaluz: tritura 1 kg de tomates maduros, medio pepino, medio "
            "pimiento verde, un diente de ajo, 50 ml de aceite de oliva, un chorrito de "
            "vinagre y sal. Cuélalo y déjalo enfriar en la nevera al menos dos horas."
        ),
        (
            "Aquí tienes una rutina de 30 minutos para casa: calentamiento de 5 minutos, "
            "luego 4 rondas de 15 sentadillas, 10 flexiones, 20 escaladores y 30 segundos de "
            "plancha. Termina con estiramientos."
        ),
        (
            "Para ganar fuerza en las piernas sin gimnasio: sentadillas búlgaras con una "
            "silla, puente de glúteos, zancadas hacia atrás y elevaciones de talones, 3 "
            "series de 12 de cada ejercicio, dos o tres veces por semana."
        ),
        (
            "Rutina de movilidad para la mañana: círculos de cuello y hombros, gato-vaca en "
            "cuadrupedia, rotaciones de cadera y una sentadilla profunda sostenida 30 "
            "segundos. En 8 minutos estarás listo para el día."
        ),
        (
            "Aquí tienes un itinerario de tres días por Ciudad de México: día 1, Centro "
            "Histórico, Zócalo y Templo Mayor; día 2, Chapultepec y el Museo Nacional de "
            "Antropología; día 3, Coyoacán, la Casa Azul y trajineras en Xochimilco."
        ),
        (
            "Para cuatro días en Andalucía: empieza en Sevilla con la Catedral y el Alcázar, "
            "sigue a Córdoba para ver la Mezquita y termina con dos días en Granada, con la "
            "Alhambra y una puesta de sol en el Mirador de San Nicolás."
        ),
        (
            "Un fin de semana en Buenos Aires: el sábado, San Telmo por la mañana y su "
            "feria, almuerzo en La Boca y tarde en Puerto Madero; el domingo, Palermo, los "
            "bosques y un tango por la noche."
        ),
        (
            "La gastroenteritis suele durar entre dos y cinco días. Lo más importante es "
            "mantenerse hidratado con pequeños sorbos de agua o suero oral; conviene "
            "consultar al médico si hay sangre en las heces, fiebre alta o signos de "
            "deshidratación."
        ),
        (
            "La diabetes tipo 2 se caracteriza por niveles altos de glucosa en sangre. Los "
            "síntomas iniciales pueden ser sed excesiva, orinar a menudo y cansancio, aunque "
            "muchas personas no notan nada al principio."
        ),
        (
            "Una dieta rica en fibra ayuda a prevenir el estreñimiento. Se recomiendan unos "
            "25–30 g al día, presentes en legumbres, frutas con piel, verduras y cereales "
            "integrales, junto con suficiente agua."
        ),
        (
            "En España, por regla general, el contrato de alquiler de vivienda tiene una "
            "duración mínima de cinco años si el arrendador es persona física. Hasta ese "
            "plazo, el inquilino puede prorrogarlo año a año."
        ),
        (
            "En general, un testamento ológrafo es el que escribe a mano y firma el propio "
            "testador, indicando la fecha. Es válido en muchos países de habla hispana, "
            "aunque suele requerir protocolizarse ante notario tras el fallecimiento."
        ),
        (
            "Una forma sencilla de organizar tu sueldo es la regla 50/30/20: el 50 % para "
            "gastos fijos, el 30 % para gustos y el 20 % para ahorro o deudas. Puedes "
            "ajustarla según tu situación."
        ),
        (
            "La TAE indica el coste o rendimiento real de un producto financiero en un año, "
            "incluyendo intereses y comisiones. Por eso, para comparar dos préstamos, fíjate "
            "en la TAE y no solo en el TIN."
        ),
        (
            "Si tienes varias deudas, el método «bola de nieve» consiste en pagar primero la "
            "más pequeña mientras abonas el mínimo en las demás. Cada vez que liquidas una, "
            "sumas esa cuota a la siguiente."
        ),
        (
            "Para que tu hijo de tres años coma más verduras, ofrécelas varias veces sin "
            "presión: a veces hacen falta diez o quince intentos. Involucrarlo en la cocina, "
            "aunque sea lavando los tomates, también ayuda."
        ),
        (
            "Cuando un adolescente se encierra en su cuarto, suele ayudar buscar momentos "
            "compartidos sin presión: una serie que vean juntos, cocinar algo o llevarlo en "
            "coche a algún sitio."
        ),
        (
            "Para que los niños colaboren en casa, dales tareas a su medida: a los cuatro "
            "años pueden poner las servilletas, y a los ocho, ayudar a tender la ropa. Lo "
            "importante es la constancia, no la perfección."
        ),
        (
            "Si sientes que siempre eres tú quien organiza los planes, díselo con calma y "
            "con un ejemplo concreto. Muchas veces la otra persona ni se ha dado cuenta, y "
            "proponer turnarse soluciona más de lo que parece."
        ),
        (
            "Para conocer gente en una ciudad a la que acabas de mudarte, prueba actividades "
            "con encuentros fijos: un club de lectura, un equipo de vóley amateur o clases "
            "de baile. Ver a las mismas personas cada semana facilita la amistad."
        ),
        (
            "¡Qué buena noticia lo del nuevo trabajo! Enhorabuena, te lo merecías después de "
            "tantos meses buscando. ¿Cuándo empiezas?"
        ),
        (
            "Jaja, te entiendo perfectamente: el gato que tira cosas de la mesa mirándote a "
            "los ojos es un clásico. Dicen que lo hacen para llamar la atención, y desde "
            "luego lo consiguen."
        ),
        (
            "¡Qué rico suena ese plan! Un domingo de asado con amigos y mate es difícil de "
            "superar. Si llueve, siempre queda la parrilla bajo el techito."
        ),
        (
            "¡De nada! Y sí, puedes congelar las croquetas sin problema: colócalas separadas "
            "en una bandeja y, cuando estén duras, guárdalas en una bolsa. Se fríen "
            "directamente congeladas."
        ),
        (
            "¿Qué le dijo un techo a otro techo? ¡Techo de menos! Y otro: ¿por qué la escoba "
            "está feliz? Porque ba-rrió."
        ),
        "—Mamá, mamá, en el colegio me llaman despistado.\n—Niño, tú vives en la casa de enfrente.",
        (
            "¿Cuál es el café más peligroso del mundo? El ex-preso. ¿Y el colmo de un "
            "jardinero? Que su novia se llame Rosa y lo deje plantado."
        ),
        (
            "Una adivinanza para los peques: «Blanca por dentro, verde por fuera; si quieres "
            "que te lo diga, espera». ¿Qué es? ¡La pera!"
        ),
        (
            "Aquí va otra: «Tiene dientes y no come, tiene cabeza y no es hombre». La "
            "respuesta es el ajo."
        ),
        (
            "El Amazonas es el río más caudaloso del mundo: vierte al Atlántico más de "
            "200.000 metros cúbicos de agua por segundo, más que los siete ríos siguientes "
            "juntos."
        ),
        (
            "La palabra «ojalá» viene del árabe hispánico «law šá lláh», que significa «si "
            "Dios quiere». Es una de las miles de palabras de origen árabe que tiene el "
            "español."
        ),
        (
            "El Salto Ángel, en Venezuela, es la cascada más alta del mundo, con 979 metros "
            "de caída. Lleva el nombre del aviador estadounidense Jimmie Angel, que la "
            "sobrevoló en 1933."
        ),
        (
            "Ideas para aprovechar un domingo sin gastar: ruta en bici por el carril del "
            "río, mercadillo de segunda mano, tarde de biblioteca con los niños, comida al "
            "aire libre o un maratón de películas de Almodóvar."
        ),
        (
            "Nombres para tu panadería: La Miga Feliz, Horno de Barrio, Masa Madre & Co., El "
            "Pan Nuestro o Trigo y Luna."
        ),
        (
            "Para el cumpleaños de tu hija de siete años con temática de unicornios: piñata, "
            "taller de diademas, búsqueda del tesoro con pistas de colores y una tarta "
            "arcoíris."
        ),
        (
            "Ideas de regalo para tu suegra, que ama la cocina: un molcajete de piedra "
            "volcánica, un curso de cocina tailandesa, especias de un mercado local o un "
            "recetario personalizado con las recetas de la familia."
        ),
    ],
    "pt": [
        (
            "Querida Joana,\n"
            "Queria agradecer-te a semana maravilhosa no Porto. Ainda penso nas tardes na "
            "Ribeira, no cheiro das castanhas assadas e na tua avó a ensinar-me a fazer "
            "bacalhau à Brás."
        ),
        (
            "Oi, vó! Muito obrigado pelo presente de aniversário! A camisa do Flamengo ficou "
            "perfeita e eu já usei no jogo de sábado. A gente ganhou de 3 a 1, então acho "
            "que ela dá sorte."
        ),
        (
            "Prezada equipe de enfermagem do 4º andar,\n"
            "Queremos agradecer o cuidado e a delicadeza com que trataram o nosso pai "
            "durante as três semanas de internação. Cada gesto de vocês fez diferença para "
            "ele e para nós."
        ),
        (
            "Querida Dona Lúcia,\n"
            "Recebemos com muita tristeza a notícia do falecimento do seu Antônio. Vamos "
            "sempre lembrar dele sentado na varanda, acenando para todo mundo e oferecendo "
            "manga do pé."
        ),
        (
            "Exmo. Senhor Dr. Almeida,\n"
            "Venho, por este meio, comunicar a minha demissão do cargo de Técnica Superior "
            "de Marketing, com efeitos a partir de 31 de maio de 2024, cumprindo o aviso "
            "prévio previsto no contrato."
        ),
        (
            "Prezados,\n"
            "Venho registrar reclamação formal sobre o serviço de internet do contrato nº "
            "55120-7, que está fora do ar desde 3 de junho. Já abri quatro protocolos e "
            "solicito o reparo imediato e o abatimento proporcional na fatura."
        ),
        (
            "Prezada equipe de Recrutamento,\n"
            "Gostaria de me candidatar à vaga de Desenvolvedor Front-end Júnior. Sou formado "
            "em Sistemas de Informação pela UFMG e, no meu estágio, criei um painel em React "
            "usado diariamente por mais de 200 pessoas."
        ),
        (
            "Exmo. Senhor Presidente da Câmara Municipal,\n"
            "Venho requerer a V. Exa. autorização para ocupação temporária da via pública em "
            "frente ao meu estabelecimento, sito na Rua Direita, n.º 14, para instalação de "
            "uma esplanada."
        ),
        (
            "Oi, pessoal!\n"
            "Quem vai no happy hour de sexta, coloca o nome na planilha até quarta, pra "
            "gente reservar a mesa no bar da esquina. Valeu!"
        ),
        (
            "Olá, Rui,\n"
            "Obrigada pelo relatório. Estive a ver os números e parece-me tudo bem; só "
            "sugeria acrescentar uma nota sobre os atrasos do fornecedor. Podemos falar "
            "amanhã de manhã?"
        ),
        (
            "Prezado Sr. Oliveira,\n"
            "Conforme conversamos por telefone, segue em anexo a proposta comercial "
            "revisada. O valor total ficou em R$ 18.450,00, com entrega prevista para 15 de "
            "julho."
        ),
        (
            "Prezado Sr. Mendes,\n"
            "Obrigada pela entrevista de ontem. Foi um prazer conhecer a equipe e entender "
            "melhor o projeto em Recife. Seguem em anexo as referências que o senhor pediu."
        ),
        (
            "Fazia um calor de rachar no dia em que enterraram o avô Armando. A Rita, de "
            "casaco emprestado, olhava para os guarda-chuvas abertos contra o sol e "
            "lembrava-se das manhãs em que ele a levava à feira, de mão dada, a contar os "
            "pombos."
        ),
        (
            "A tempestade chegou de madrugada, derrubando as mangueiras do quintal e "
            "arrancando as telhas do galinheiro. Seu Joaquim acendeu um lampião, sentou na "
            "varanda e ficou esperando o rio baixar, como fazia o pai dele."
        ),
        (
            "Em 1971, na mata do Leste de Angola, o furriel Carvalho escrevia à noiva à luz "
            "de uma lanterna tapada com a mão. Dizia-lhe que estava tudo bem. O resto, "
            "guardava para si."
        ),
        (
            "Aqui vai uma possível abertura para o seu conto: \"Ninguém na rua sabia quem "
            "deixava flores na porta da casa 47 toda sexta-feira. A casa estava vazia havia "
            "onze anos.\""
        ),
        (
            "Era uma vez um sapinho chamado Tico que tinha medo de pular. Todos os dias ele "
            "ficava na beira da lagoa, olhando os irmãos saltarem de folha em folha, e "
            "pensava: \"Um dia eu vou conseguir.\""
        ),
        (
            "Na noite em que a luz acabou na cidade inteira, dona Zélia acendeu uma vela e "
            "ouviu alguém bater três vezes na porta dos fundos. Ela morava sozinha havia "
            "vinte anos, e a porta dos fundos dava para o rio."
        ),
        (
            "A Maria da Graça passou quarenta anos a escrever cartas ao irmão que emigrou "
            "para França. Nunca teve resposta. No dia em que fez oitenta anos, o carteiro "
            "trouxe-lhe um envelope com a letra dele."
        ),
        (
            "Aqui está um poema para o Dia das Mães:\n\n"
            "Você me deu o primeiro passo,\n"
            "o colo, o riso, o pão,\n"
            "e mesmo quando eu me perco,\n"
            "volto pro seu coração."
        ),
        (
            "Aqui ficam uns versos sobre a saudade:\n\n"
            "O mar leva os barcos e traz o sal,\n"
            "leva os nomes e traz o vento,\n"
            "e eu fico no cais, como é normal,\n"
            "a guardar o teu rosto no pensamento."
        ),
        (
            "Estes versos podem servir para a despedida da sua tia:\n\n"
            "Não foi embora de todo:\n"
            "ficou no cheiro do café,\n"
            "na roseira do quintal\n"
            "e no jeito de dizer \"vai com Deus\"."
        ),
        (
            "Aqui vai uma quadrinha para a turma do infantil:\n\n"
            "Joaninha pintadinha,\n"
            "voa, voa sem parar,\n"
            "pousa aqui na minha mão\n"
            "que eu não vou te machucar."
        ),
        (
            "Olha o refrão com a sua frase nova:\n\n"
            "A gente dança no meio da rua,\n"
            "sem medo da chuva, debaixo da lua,\n"
            "se amanhã o mundo acabar,\n"
            "que seja com você pra me abraçar."
        ),
        (
            "Aqui está a segunda estrofe, com a mesma métrica da primeira:\n\n"
            "O comboio das sete vem atrasado,\n"
            "o café da estação já fechou,\n"
            "e eu aqui com o bilhete amarrotado\n"
            "do sítio para onde ninguém voltou."
        ),
        (
            "Boa noite a todos! Eu conheço a Carol desde o primeiro dia do prézinho, quando "
            "ela me emprestou um giz de cera e depois pediu de volta chorando. De lá pra cá "
            "ela aprendeu a dividir — e hoje divide a vida com o Rafa."
        ),
        (
            "Aqui fica um brinde para o jantar de Natal da empresa: \"A um ano em que "
            "mudámos de escritório, de sistema e quase de paciência — e mesmo assim chegámos "
            "aqui juntos. Um brinde a todos!\""
        ),
        (
            "Caros colegas, hoje despedimo-nos da professora Graça, que durante trinta e "
            "cinco anos ensinou gerações de alunos a gostar de Camões — o que, convenhamos, "
            "não é pouca coisa."
        ),
        (
            "Um brinde aos noivos: \"Que a vida de vocês seja como um bom samba: com ritmo, "
            "alegria e alguém sempre por perto para puxar o refrão quando o outro esquecer a "
            "letra. Viva os noivos!\""
        ),
        (
            "Esta rede de descanso é tecida à mão no Ceará com algodão 100% natural. "
            "Resistente, macia e com varanda de crochê, é perfeita para o alpendre, o jardim "
            "ou aquela soneca depois do almoço."
        ),
        (
            "A caneca Azulejo é feita em faiança nas Caldas da Rainha e pintada à mão com "
            "motivos tradicionais. Leva 300 ml e pode ir à máquina de lavar loiça e ao "
            "micro-ondas."
        ),
        (
            "O fone Bossa Pro tem cancelamento de ruído ativo, até 30 horas de bateria e "
            "carregamento rápido: 10 minutos na tomada garantem 3 horas de música. Leve, "
            "dobrável e com estojo incluso."
        ),
        (
            "Black Friday antecipada: até 50% off em eletrônicos selecionados, só até "
            "meia-noite. Parcele em até 10x sem juros e receba em casa com frete grátis para "
            "todo o Brasil."
        ),
        (
            "Na Casa das Conservas, cada lata é enchida à mão em Matosinhos, como há cem "
            "anos. Sardinha, cavala ou polvo em azeite: leve três e a quarta é por nossa "
            "conta."
        ),
        (
            "Com a app Poupa, acompanhe as suas despesas num piscar de olhos: ela categoriza "
            "as compras automaticamente e avisa quando se aproxima do limite do mês. "
            "Experimente grátis durante 30 dias."
        ),
        (
            "Seu reembolso de R$ 142,90 já foi processado e será creditado na fatura do "
            "cartão com final 2231. Dependendo do banco, o valor pode aparecer em até duas "
            "faturas."
        ),
        (
            "O seu reembolso de 36,50 € foi emitido para o cartão terminado em 6620. "
            "Consoante o banco, o valor deverá ficar disponível na sua conta em 3 a 5 dias "
            "úteis."
        ),
        (
            "Pronto! Seu plano foi alterado para o Família: a partir do dia 5, a mensalidade "
            "será de R$ 54,90 e você já pode adicionar até quatro perfis."
        ),
        (
            "A sua palavra-passe foi reposta com sucesso. Já pode iniciar sessão com a nova; "
            "recomendamos que ative a autenticação em dois passos nas definições de "
            "segurança."
        ),
        (
            "A sua reserva está confirmada: mesa para quatro no restaurante O Tasco do "
            "Chico, sábado, 18 de maio, às 20h30. Em caso de atraso superior a 15 minutos, "
            "pedimos que nos avise."
        ),
        (
            "Reserva confirmada: Pousada Maré Alta, Paraty, quarto duplo com café da manhã, "
            "de 7 a 10 de setembro (3 diárias). Valor total: R$ 1.380,00. O check-in é a "
            "partir das 14h."
        ),
        (
            "Obrigado pela sua compra! O pedido nº 58127 (1 liquidificador, 2 jogos de "
            "toalhas) foi confirmado e será enviado em até 2 dias úteis."
        ),
        (
            "Sua consulta está confirmada: clínico geral com a Dra. Renata Souza, "
            "terça-feira, 15 de outubro, às 9h30. Chegue com 15 minutos de antecedência e "
            "traga a carteirinha do convênio."
        ),
        (
            "Resumo da reunião de segunda: o lançamento do app foi adiado para 10 de junho, "
            "a Marina fica responsável pelos testes com usuários e o orçamento de mídia foi "
            "aprovado em R$ 40 mil."
        ),
        (
            "Resumo da reunião de pais: a visita de estudo ao Oceanário fica marcada para 14 "
            "de março, custa 12 € por aluno e precisamos de mais dois pais voluntários para "
            "acompanhar a turma."
        ),
        (
            "Resumo do 1:1 com a Inês: ela quer assumir mais responsabilidade na área de "
            "dados, vamos inscrevê-la no curso de SQL avançado e rever os objetivos em "
            "setembro."
        ),
        (
            "\"Ensaio sobre a Cegueira\", de José Saramago, imagina uma epidemia de cegueira "
            "branca que atinge uma cidade inteira. O governo isola os primeiros doentes num "
            "manicómio, onde a ordem se desfaz rapidamente; só a mulher do médico continua a "
            "ver."
        ),
        (
            "\"Dom Casmurro\", de Machado de Assis, é narrado por Bento Santiago, que tenta "
            "provar que a esposa, Capitu, o traiu com o seu melhor amigo. O romance nunca "
            "confirma nem desmente a traição, e os leitores discutem isso há mais de um "
            "século."
        ),
        (
            "\"Central do Brasil\" acompanha Dora, uma ex-professora que escreve cartas para "
            "analfabetos na estação central do Rio. Quando a mãe de um menino morre "
            "atropelada, ela acaba levando-o pelo sertão à procura do pai."
        ),
        (
            "Em \"Vidas Secas\", de Graciliano Ramos, Fabiano e a família atravessam o "
            "sertão fugindo da seca. O livro é curto e duro, e a morte da cachorra Baleia é "
            "uma das cenas mais tristes da literatura brasileira."
        ),
        (
            "\"Cidade de Deus\" narra o crescimento do crime organizado numa favela do Rio "
            "entre os anos 60 e 80, pelos olhos de Buscapé, um jovem que sonha ser "
            "fotógrafo. Enquanto Zé Pequeno sobe ao poder pela violência, Buscapé encontra "
            "na câmera a sua saída."
        ),
        (
            "\"Ainda Estou Aqui\", de Walter Salles, conta a história de Eunice Paiva, cujo "
            "marido, o ex-deputado Rubens Paiva, é levado por militares em 1971 e nunca mais "
            "volta. O filme acompanha a luta dela para criar os cinco filhos e descobrir a "
            "verdade."
        ),
        (
            "\"Pagar o pato\" significa levar a culpa ou sofrer as consequências por algo "
            "que outra pessoa fez. Exemplo: \"Ele quebrou o vaso, mas quem pagou o pato fui "
            "eu.\""
        ),
        (
            "\"Estar com a pulga atrás da orelha\" quer dizer estar desconfiado de alguma "
            "coisa. Por exemplo: \"Desde que ele chegou tão cedo a casa, fiquei com a pulga "
            "atrás da orelha.\""
        ),
        (
            "\"Água mole em pedra dura tanto bate até que fura\" ensina que a persistência "
            "vence as maiores dificuldades. Mesmo algo frágil, insistindo, acaba por vencer "
            "o que parece inabalável."
        ),
        (
            "\"Chutar o balde\" significa largar tudo de vez, geralmente depois de perder a "
            "paciência. Por exemplo: \"Depois de dez anos no banco, ele chutou o balde e "
            "abriu uma pousada na praia.\""
        ),
        (
            "Em inglês, você diria: \"Could I get the check, please?\" Nos Estados Unidos "
            "usa-se \"check\"; no Reino Unido, o mais comum é \"the bill\"."
        ),
        (
            "\"Saudade\" não tem tradução exata em inglês. O mais próximo seria \"longing\" "
            "ou \"missing someone\", mas nenhuma das duas capta aquela mistura de falta, "
            "carinho e melancolia."
        ),
        (
            "Em espanhol, \"Onde fica a estação de comboios?\" diz-se \"¿Dónde está la "
            "estación de tren?\". Repara que o \"comboio\" português é \"tren\" em espanhol "
            "— e \"trem\" no Brasil."
        ),
        (
            "\"Mas\" é uma conjunção que indica oposição (\"Quis ir, mas choveu\"), enquanto "
            "\"mais\" indica quantidade ou intensidade (\"Quero mais café\"). Se der para "
            "trocar por \"porém\", use \"mas\"."
        ),
        (
            "No Brasil é comum colocar o pronome antes do verbo (\"Ele me disse\"), enquanto "
            "em Portugal o habitual é depois, com hífen (\"Ele disse-me\"). As duas formas "
            "estão corretas nas respetivas normas."
        ),
        (
            "A crase acontece quando a preposição \"a\" se junta ao artigo \"a\": \"Vou à "
            "praia\" (vou a + a praia). Um truque: troque por uma palavra masculina; se "
            "virar \"ao\", há crase — \"Vou ao clube\"."
        ),
        (
            "\"Porque\" junto é explicação (\"Não fui porque choveu\"); \"por que\" separado "
            "aparece em perguntas (\"Por que você não foi?\"); \"porquê\" com acento é "
            "substantivo (\"Quero saber o porquê\"); e \"por quê\" fecha a frase."
        ),
        (
            "Aqui está uma função em Python que verifica se um número é primo:\n\n"
            "def eh_primo(n):\n"
            "    return n > 1 and all(n % i for i in range(2, int(n ** 0.5) + 1))\n\n"
            "Ela testa divisores só até a raiz quadrada."
        ),
        (
            "Para remover espaços do início e do fim de uma string em JavaScript, use "
            "`texto.trim()`. Se quiser remover só do início, há `trimStart()`, e só do fim, "
            "`trimEnd()`."
        ),
        (
            "Em Python, você pode juntar duas listas sem duplicados com `list(set(a) | "
            "set(b))`. Lembre-se de que o conjunto não mantém a ordem original dos elementos."
        ),
        (
            "Esta consulta mostra o total de vendas por vendedor em 2024, do maior para o "
            "menor:\n\n"
            "SELECT vendedor, SUM(valor) AS total\n"
            "FROM vendas\n"
            "WHERE YEAR(data_venda) = 2024\n"
            "GROUP BY vendedor\n"
            "ORDER BY total DESC;"
        ),
        (
            "Para listar os clientes que fizeram mais de três pedidos, use: `SELECT "
            "cliente_id, COUNT(*) FROM pedidos GROUP BY cliente_id HAVING COUNT(*) > 3;`"
        ),
        (
            "Para ver o espaço livre em disco de forma legível, corra `df -h`. Se quiser "
            "saber quanto ocupa cada pasta no diretório atual, use `du -sh *`."
        ),
        (
            "Para encerrar um programa travado, descubra o PID com `ps aux | grep "
            "nome_do_programa` e depois execute `kill PID`. Se ele continuar rodando, `kill "
            "-9 PID` força o encerramento."
        ),
        (
            "Vamos resolver 5x − 3 = 2x + 9. Passando os termos com x para um lado: 5x − 2x "
            "= 9 + 3, ou seja, 3x = 12, logo x = 4."
        ),
        (
            "Para calcular 15% de gorjeta sobre uma conta de R$ 86,00, multiplique 86 por "
            "0,15: dá R$ 12,90. O total fica R$ 98,90."
        ),
        (
            "O volume de um cilindro é V = π·r²·h. Com raio de 3 cm e altura de 10 cm, temos "
            "π × 9 × 10 ≈ 282,7 cm³."
        ),
        (
            "Para converter 68 °F em Celsius, subtraia 32 e multiplique por 5/9: (68 − 32) × "
            "5/9 = 20 °C."
        ),
        (
            "O fundo do mar é escuro porque a água absorve a luz rapidamente: o vermelho "
            "desaparece nos primeiros metros e, abaixo de uns 200 metros, praticamente não "
            "chega luz solar."
        ),
        (
            "O trovão é o som produzido pela expansão violenta do ar aquecido por um raio. "
            "Como a luz viaja muito mais depressa do que o som, vemos o relâmpago antes de "
            "ouvir o trovão."
        ),
        (
            "A Amazônia produz boa parte da própria chuva: as árvores liberam vapor d'água "
            "pela transpiração, formando os chamados \"rios voadores\", que levam umidade "
            "até o Centro-Oeste e o Sudeste do Brasil."
        ),
        (
            "As abelhas indicam onde estão as flores através da \"dança do requebrado\": o "
            "ângulo da dança em relação à vertical mostra a direção em relação ao sol, e a "
            "duração indica a distância."
        ),
        (
            "A Revolução dos Cravos aconteceu a 25 de abril de 1974, quando militares do "
            "Movimento das Forças Armadas derrubaram o Estado Novo. Quase não houve "
            "disparos, e a população pôs cravos nos canos das espingardas."
        ),
        (
            "A Independência do Brasil foi proclamada por Dom Pedro I em 7 de setembro de "
            "1822, às margens do riacho Ipiranga, em São Paulo. Portugal só reconheceu "
            "oficialmente a independência em 1825."
        ),
        (
            "A Lei Áurea, assinada pela princesa Isabel em 13 de maio de 1888, aboliu a "
            "escravidão no Brasil, o último país das Américas a fazê-lo. Não houve, porém, "
            "nenhuma política de integração para os libertos."
        ),
        (
            "Em 22 de abril de 1500, a frota de Pedro Álvares Cabral, a caminho da Índia, "
            "chegou ao litoral da atual Bahia. A carta de Pero Vaz de Caminha ao rei é o "
            "primeiro relato escrito sobre o Brasil."
        ),
        (
            "Para um brigadeiro clássico: numa panela, misture 1 lata de leite condensado, 1 "
            "colher de sopa de manteiga e 3 colheres de chocolate em pó. Mexa em fogo baixo "
            "até desgrudar do fundo, deixe esfriar e enrole em bolinhas."
        ),
        (
            "Para um caldo verde para quatro: coza 4 batatas e uma cebola em 1,5 l de água "
            "com sal, triture e junte a couve cortada em juliana fininha. Deixe ferver 5 "
            "minutos e sirva com rodelas de chouriço e um fio de azeite."
        ),
        (
            "Pão de queijo fácil: ferva 1 xícara de leite com ½ xícara de óleo e sal, "
            "escalde 500 g de polvilho azedo, junte 2 ovos e 200 g de queijo meia-cura "
            "ralado. Faça bolinhas e asse a 180 °C por uns 25 minutos."
        ),
        (
            "Aqui vai um treino de 25 minutos em casa: 4 séries de 15 agachamentos, 10 "
            "flexões, 20 polichinelos e 30 segundos de prancha, com 1 minuto de descanso "
            "entre as séries."
        ),
        (
            "Plano de caminhada para quem está parado: na primeira semana, 20 minutos por "
            "dia em ritmo confortável; na segunda, 30 minutos; a partir da terceira, inclua "
            "subidas ou acelere o passo em intervalos de 2 minutos."
        ),
        (
            "Treino de core em 10 minutos: prancha frontal 40 s, prancha lateral 30 s de "
            "cada lado, bicicleta no chão 20 repetições e ponte de glúteos 15 repetições. "
            "Repete tudo duas vezes."
        ),
        (
            "Aqui fica um roteiro de três dias em Lisboa: dia 1, Alfama, Castelo de São "
            "Jorge e fado à noite; dia 2, Belém, com o Mosteiro dos Jerónimos e os pastéis; "
            "dia 3, Sintra, com o Palácio da Pena e a Quinta da Regaleira."
        ),
        (
            "Roteiro de quatro dias em Salvador: no primeiro, Pelourinho e Elevador Lacerda; "
            "no segundo, Farol da Barra e pôr do sol; no terceiro, passeio de barco à Ilha "
            "dos Frades; e no quarto, acarajé e compras no Mercado Modelo."
        ),
        (
            "Para um fim de semana no Douro: sábado de manhã, comboio do Porto até à Régua e "
            "visita a uma quinta com prova de vinhos; à tarde, passeio de barco no rio. No "
            "domingo, suba ao miradouro de São Leonardo de Galafura."
        ),
        (
            "A dengue costuma provocar febre alta, dores no corpo e atrás dos olhos e "
            "manchas na pele. O tratamento é de suporte, com hidratação e repouso; procure "
            "atendimento se houver dor abdominal intensa, vômitos persistentes ou "
            "sangramentos."
        ),
        (
            "A hipertensão muitas vezes não dá sintomas, por isso é importante medir a "
            "pressão regularmente. Reduzir o sal, praticar exercício e manter um peso "
            "saudável ajudam bastante a controlá-la."
        ),
        (
            "Uma constipação costuma passar sozinha em sete a dez dias. Repouso, líquidos e "
            "paracetamol para a febre aliviam os sintomas; se a febre durar mais de três "
            "dias ou houver falta de ar, consulte o médico."
        ),
        (
            "No Brasil, pelo Código de Defesa do Consumidor, você tem 7 dias para desistir "
            "de uma compra feita pela internet, contados a partir do recebimento do produto, "
            "com direito à devolução integral do valor."
        ),
        (
            "Em Portugal, o trabalhador que se demite sem justa causa deve, em regra, avisar "
            "a entidade patronal com 30 ou 60 dias de antecedência, consoante tenha até dois "
            "anos ou mais de antiguidade."
        ),
        (
            "A reserva de emergência deve cobrir de três a seis meses dos seus gastos "
            "essenciais. Um lugar comum para guardá-la é o Tesouro Selic ou um CDB com "
            "liquidez diária, que costumam render mais que a poupança."
        ),
        (
            "Juros compostos são juros sobre juros. Se você aplicar R$ 1.000 a 1% ao mês, "
            "depois de 12 meses terá cerca de R$ 1.126,83, e não R$ 1.120, porque cada mês "
            "rende sobre o saldo já acumulado."
        ),
        (
            "Em Portugal, pode deduzir no IRS parte das despesas de saúde, educação e "
            "habitação, desde que as faturas tenham o seu NIF. Vale a pena confirmar no "
            "Portal das Finanças, em fevereiro, se estão todas bem classificadas."
        ),
        (
            "Para que os miúdos arrumem os brinquedos sem drama, transforme a tarefa num "
            "jogo: cronómetro de cinco minutos, uma música animada e cada um arruma uma cor."
        ),
        (
            "Com adolescentes, regras sobre o telemóvel funcionam melhor quando são "
            "combinadas em conjunto: por exemplo, nada de ecrãs à mesa e o carregador fica "
            "na sala durante a noite."
        ),
        (
            "Nos primeiros meses, é normal o bebé acordar várias vezes à noite para mamar. "
            "Uma rotina tranquila, luz baixa nas mamadas noturnas e pouca conversa ajudam-no "
            "a distinguir o dia da noite."
        ),
        (
            "Depois de uma discussão, dar um tempo para esfriar a cabeça é saudável, desde "
            "que vocês combinem quando vão retomar a conversa. Algo como \"Preciso de meia "
            "hora, depois a gente conversa\" evita que o outro se sinta abandonado."
        ),
        (
            "Se a sua sogra opina demais sobre a educação dos miúdos, o ideal é que seja o "
            "seu marido a falar com ela, com carinho mas com clareza. Uma frase como "
            "\"Agradecemos, mas já decidimos assim\" costuma bastar."
        ),
        (
            "Que notícia boa, parabéns pela aprovação no concurso! Depois de tanto estudo, "
            "você merece comemorar. Já sabe para qual cidade vai ser chamado?"
        ),
        (
            "Boa! Uma semana na Madeira vai saber-te lindamente. Não deixes de fazer a "
            "levada do Caldeirão Verde e de provar o bolo do caco com manteiga de alho."
        ),
        (
            "Adorei a ideia de plantar temperos na janela! Manjericão, salsinha, cebolinha e "
            "hortelã vão muito bem em vasos pequenos — só precisam de umas quatro horas de "
            "sol por dia."
        ),
        (
            "Ah, que fofura, um filhote de vira-lata! Sobre o nome, Paçoca combina com a cor "
            "dele, e Tapioca também é uma graça. Já decidiram qual vai ser?"
        ),
        (
            "Por que o livro de matemática ficou triste? Porque tinha muitos problemas! E o "
            "que o pato disse para a pata? Vem quá!"
        ),
        (
            "Sabes o que é que o zero disse ao oito? \"Que cinto tão giro!\" E o cúmulo da "
            "velocidade? Dar a volta ao mundo e ir contra as próprias costas."
        ),
        (
            "O que uma impressora disse para a outra? \"Essa folha é sua ou é impressão "
            "minha?\" Essa é clássica, mas sempre arranca um sorriso."
        ),
        (
            "Uma adivinha para os miúdos: \"O que é, o que é: tem dentes mas não morde?\" "
            "Resposta: o pente!"
        ),
        "Aqui vai uma charada: \"O que é, o que é: cai em pé e corre deitado?\" Resposta: a chuva!",
        (
            "O Brasil faz fronteira com todos os países da América do Sul, exceto o Chile e "
            "o Equador. São dez vizinhos ao todo, e a fronteira terrestre tem quase 17 mil "
            "quilômetros."
        ),
        (
            "A Livraria Bertrand, no Chiado, em Lisboa, é considerada pelo Guinness a "
            "livraria em funcionamento mais antiga do mundo. Abriu as portas em 1732."
        ),
        (
            "O português é língua oficial de nove países, em quatro continentes, e tem mais "
            "de 250 milhões de falantes. É a língua mais falada do hemisfério sul."
        ),
        (
            "Algumas ideias de passeio barato no fim de semana: piquenique no parque, feira "
            "de artesanato, trilha curta com amigos, sessão de cinema em casa com pipoca ou "
            "visita a um museu com entrada gratuita."
        ),
        (
            "Sugestões de nomes para a sua loja de plantas: Verde Vivo, Raiz & Cia, Folha "
            "Miúda, Jardim de Bolso ou Quintal Urbano."
        ),
        (
            "Ideias para a festa de anos do teu filho, com tema de dinossauros: caça aos "
            "ovos no jardim, escavação de \"fósseis\" numa caixa de areia, pinturas faciais "
            "e um bolo em forma de vulcão."
        ),
        (
            "Ideias de presente para o teu avô: um álbum com fotografias antigas "
            "digitalizadas, um tabuleiro de damas em madeira, uma assinatura do jornal da "
            "terra ou um dia juntos a visitar a aldeia onde nasceu."
        ),
    ],
    "ja": [
        (
            "佐藤さんへ\n"
            "先日は京都でたくさん案内してくれて、本当にありがとう。朝の嵐山の竹林、あの静けさ"
            "は今でもはっきり思い出せます。次は私の地元の函館にも遊びに来てね。"
        ),
        (
            "山本先生\n"
            "一年間、娘の美咲を温かく見守ってくださり、心より御礼申し上げます。四月には人前で"
            "話すことが苦手だった娘が、学習発表会で堂々と発表する姿に、家族一同胸がいっぱいに"
            "なりました。"
        ),
        (
            "おばあちゃん、誕生日プレゼントのマフラー、本当にありがとう！手編みだって聞いてび"
            "っくりしました。毎朝自転車で学校に行くとき、首元がぽかぽかでとても助かっています。"
        ),
        (
            "ご尊父様のご逝去の報に接し、心よりお悔やみ申し上げます。生前、私どもにも大変温か"
            "く接してくださったことを思い出し、寂しさを禁じ得ません。略儀ながら書中をもちまし"
            "てお悔やみ申し上げます。"
        ),
        (
            "退職願\n"
            "このたび、一身上の都合により、来たる2024年9月30日をもって退職いたしたく、ここに"
            "お願い申し上げます。在職中は格別のご指導を賜り、誠にありがとうございました。"
        ),
        (
            "お客様相談室 御中\n"
            "3月12日に貴社オンラインストアで購入した電気ケトル（注文番号 A-58213）が、初回使"
            "用時から蓋が閉まらない状態です。つきましては、新品との交換をお願いしたく、ご連絡"
            "いたしました。"
        ),
        (
            "志望動機\n"
            "貴社の「地域の食卓をもっと豊かに」という理念に強く共感し、応募いたしました。前職"
            "では地方スーパーの販促を三年間担当し、地元農家との共同企画で売上を前年比120%に伸"
            "ばした経験がございます。"
        ),
        (
            "拝啓 時下ますますご清祥のこととお慶び申し上げます。さて、このたび弊社は本社を下"
            "記の住所へ移転する運びとなりましたので、謹んでご案内申し上げます。"
        ),
        (
            "各位\n"
            "お疲れさまです。木曜日の定例会議ですが、会議室の都合により14時開始に変更となりま"
            "した。議題がある方は水曜日の夕方までに、共有フォルダのアジェンダへ追記をお願いし"
            "ます。"
        ),
        (
            "田中さん\n"
            "お疲れさまです。昨日ご指摘いただいた資料の3ページ目、グラフを修正して再共有しま"
            "した。お手すきの際にご確認いただけますと幸いです。"
        ),
        (
            "鈴木さん、先週は急な休みの間、案件のフォローをしてくださって本当に助かりました。"
            "今度ランチおごらせてください！来週の水曜あたりどうですか？"
        ),
        (
            "山田様\n"
            "いつもお世話になっております。株式会社ミドリの佐藤です。先日はお打ち合わせのお時"
            "間をいただき、誠にありがとうございました。ご依頼の見積書を添付いたしますので、ご"
            "査収のほどよろしくお願いいたします。"
        ),
        (
            "葬儀の日は、不思議なほど晴れていた。祖母が好きだった白い菊が祭壇を埋め尽くし、線"
            "香の煙がまっすぐ天井へ昇っていく。僕は焼香の順番を待ちながら、祖母の作る甘い卵焼"
            "きの味を思い出していた。"
        ),
        (
            "台風が上陸したのは夜の十一時過ぎだった。雨戸が激しく鳴り、停電した部屋で、父は懐"
            "中電灯を片手にラジオの電池を替えていた。母は黙って、窓の外の闇を見つめていた。"
        ),
        (
            "「あの夏のことは、誰にも話したことがない」と曾祖母は言った。昭和二十年、広島から"
            "少し離れた村で、十四歳の彼女は西の空に立ち上る奇妙な雲を見たのだという。"
        ),
        (
            "小説の冒頭として、こんな書き出しはいかがでしょうか。「その駅には、午前零時を過ぎ"
            "ると存在しないはずの列車が停まる。乗客はいつも一人だけで、誰も降りてこない。」"
        ),
        (
            "むかしむかし、森のはずれに、くらやみがこわい小さなフクロウのホーくんがすんでいま"
            "した。ほかのフクロウたちは夜になると元気に飛びまわるのに、ホーくんはいつも木のう"
            "ろで目をつぶっていました。"
        ),
        (
            "廃校になった小学校の音楽室から、夜になるとピアノの音が聞こえる。町の誰もがその噂"
            "を知っていたが、確かめに行った者はいなかった。あの晩、転校生の美月が忘れ物を取り"
            "に戻るまでは。"
        ),
        (
            "終電を逃した駅のホームで、彼女は十年ぶりに彼の名前を耳にした。ベンチの隣に座った"
            "見知らぬ老人が、古い手帳を開いて、その名前を小さく読み上げたのだ。"
        ),
        (
            "秋をテーマにした俳句を三つ作ってみました。\n\n"
            "柿ひとつ 残して空の 高さかな\n"
            "虫の音や 母の寝息の しづかなる\n"
            "新米を 炊く湯気の中 父の背"
        ),
        (
            "亡くなったお父様への想いを込めて、短い詩を書きました。\n\n"
            "縁側に\n"
            "あなたの座布団が\n"
            "まだ少しへこんだまま\n"
            "夏がまた来ました"
        ),
        (
            "卒業していく生徒たちへ贈る詩です。\n\n"
            "桜はまだ咲かないけれど\n"
            "きみたちの背中は\n"
            "もう春の形をしている\n"
            "ふりかえらずに、行け"
        ),
        (
            "保育園で使える、わらべうた風の短い詩です。\n\n"
            "あめ あめ ふってきた\n"
            "かさを ひらいて ぽん ぽん ぽん\n"
            "かえるも いっしょに\n"
            "けろ けろ けろ"
        ),
        (
            "サビの部分、ご希望のフレーズを入れてまとめてみました。\n\n"
            "夜明け前の環状線\n"
            "窓に映る君の横顔\n"
            "「またね」が最後になるなんて\n"
            "あの日の僕は知らなかった"
        ),
        (
            "2番の歌詞、1番と同じ字数で書いてみました。\n\n"
            "商店街のシャッター通り\n"
            "錆びた看板 夕焼け色\n"
            "君が笑ったあのベンチに\n"
            "今日もひとりで座ってる"
        ),
        (
            "新郎の友人代表としてご挨拶申し上げます。健太くんとは大学のサークルで出会い、かれ"
            "これ十年の付き合いになります。彼は一見クールですが、実は誰よりも涙もろい男です。"
        ),
        (
            "それでは僭越ながら、乾杯の音頭を取らせていただきます。本日はプロジェクトの無事完"
            "了、誠におめでとうございます。皆さまの今後ますますのご活躍を祈念いたしまして、乾"
            "杯！"
        ),
        (
            "部長、長い間本当にお疲れさまでした。入社初日、右も左も分からない私に「まずはよく"
            "聞くことだ」と教えてくださったこと、今でも大切にしています。"
        ),
        (
            "還暦のお祝いのスピーチ例です。「お父さん、還暦おめでとう。いつも家族のために一生"
            "懸命働いてくれてありがとう。これからは自分の時間も大切に、元気で長生きしてくださ"
            "い。」"
        ),
        (
            "職人が一つひとつ手作業で仕上げた有田焼のマグカップです。容量は350ml、ぽってりと"
            "した厚みで冷めにくく、電子レンジと食洗機にも対応しています。"
        ),
        (
            "軽量ダウンジャケット「フワリ」は、重さわずか220g。コンパクトに収納できる専用ポー"
            "チ付きで、旅行や通勤中の急な冷え込みにもさっと羽織れます。"
        ),
        (
            "ワイヤレスイヤホン「SoraBuds」は、周囲の音をしっかり遮るノイズキャンセリング機能"
            "を搭載。ケース込みで最大30時間再生でき、10分の充電で約2時間聴けます。"
        ),
        (
            "夏のボーナスセール開催中！日曜日の23時59分まで、全品最大30%オフ。さらに5,000円以"
            "上のご購入で送料無料になります。この機会をお見逃しなく。"
        ),
        (
            "朝、目覚めた瞬間から一日はもう始まっている。北海道産の小麦と天然酵母でじっくり焼"
            "き上げた「ひだまり食パン」で、いつもの朝を少しだけ特別に。"
        ),
        (
            "家計簿アプリ「マネログ」なら、レシートを撮るだけで支出を自動で分類。使いすぎそう"
            "になるとお知らせしてくれるので、無理なく節約が続きます。今なら30日間無料でお試し"
            "いただけます。"
        ),
        (
            "ご返金の手続きが完了いたしました。返金額4,290円は、末尾4417のクレジットカードへ"
            "返金されます。カード会社によっては、反映までに数日から1か月程度かかる場合がござ"
            "います。"
        ),
        (
            "お問い合わせいただいた配送先の変更、対応いたしました。ご注文番号10294のお届け先"
            "は「東京都世田谷区桜新町2-8-5」に更新済みで、明日発送予定です。"
        ),
        (
            "パスワードのリセットが完了しました。新しいパスワードでログインしたあと、セキュリ"
            "ティ設定から二段階認証をオンにしておくと安心です。"
        ),
        (
            "お客様のアカウントのロックを解除いたしました。念のため、次回ログイン時にパスワー"
            "ドの変更をお願いいたします。そのほかご不明な点がございましたら、お気軽にお問い合"
            "わせください。"
        ),
        (
            "ご予約を承りました。3月15日（土）19時より、大人4名様、個室のご利用です。ご来店が"
            "15分以上遅れる場合は、お手数ですがお電話にてご連絡ください。"
        ),
        (
            "ご予約内容の確認です。箱根・湯宿やまぶき、露天風呂付き和室、11月2日より1泊2食付"
            "き、大人2名様。合計金額は58,300円（税込）で、チェックインは15時からとなります。"
        ),
        (
            "ご注文ありがとうございます。ご注文番号 #88213（南部鉄器の急須×1、湯呑み×2）は、2"
            "営業日以内に発送いたします。発送時に追跡番号をメールでお知らせします。"
        ),
        (
            "ご予約が確定しました。10月8日（火）10時15分、歯科クリーニングのご予約です。保険"
            "証をお持ちのうえ、5分前までにご来院ください。"
        ),
        (
            "本日の定例会議の要点です。新サービスのリリースは6月10日に決定、テスト工程は佐々"
            "木さんが担当します。広告予算は300万円で承認され、次回は来週火曜に進捗を確認しま"
            "す。"
        ),
        (
            "町内会役員会のまとめ：夏祭りは8月3日（土）に開催、屋台のボランティアはあと5名必"
            "要です。また、防災倉庫の点検は9月に実施することになりました。"
        ),
        (
            "1on1の記録です。高橋さんはデータ分析の業務をもっと担当したいとの希望あり。来月か"
            "らBIツールの研修に参加し、3か月後に改めて目標を見直すことで合意しました。"
        ),
        (
            "夏目漱石の『こころ』は、語り手の「私」が鎌倉で出会った「先生」との交流を描いた小"
            "説です。後半は先生の遺書で構成され、若い頃に親友Kを裏切り、自殺に追いやった過去"
            "が明かされます。"
        ),
        (
            "太宰治の『人間失格』は、主人公・大庭葉蔵の手記という形で書かれています。他人を恐"
            "れ、道化を演じ続けた彼が、酒や薬に溺れ、やがて自らを「人間失格」と呼ぶまでの転落"
            "が描かれます。"
        ),
        (
            "『火垂るの墓』は、神戸大空襲で母を亡くした14歳の清太と4歳の節子が、戦争末期を必"
            "死に生き延びようとする物語です。二人の運命を冒頭で示したうえで進むため、一場面ご"
            "とに胸が締めつけられます。"
        ),
        (
            "映画『おくりびと』は、職を失ったチェロ奏者の大悟が、故郷の山形で納棺師として働き"
            "始める物語です。周囲の偏見や妻の反対に悩みながらも、死者を送る仕事に誇りを見いだ"
            "していきます。"
        ),
        (
            "東野圭吾の『容疑者Xの献身』では、隣人の母娘が犯した殺人を隠すため、天才数学者の"
            "石神が緻密なアリバイ工作を仕掛けます。物理学者・湯川との頭脳戦の末に明かされる真"
            "相は、あまりにも切ないものです。"
        ),
        (
            "『千と千尋の神隠し』は、引っ越しの途中で不思議な世界に迷い込んだ10歳の少女・千尋"
            "の物語です。豚にされた両親を救うため、湯屋で「千」として働きながら成長していきま"
            "す。"
        ),
        (
            "「猫の手も借りたい」は、非常に忙しくて誰でもいいから手伝ってほしい、という意味の"
            "慣用句です。たとえば「年末は猫の手も借りたいほど忙しい」のように使います。"
        ),
        (
            "「石の上にも三年」とは、冷たい石でも三年座り続ければ温まるように、辛抱強く続けれ"
            "ばいつか成果が出る、という意味のことわざです。"
        ),
        (
            "「腹を割って話す」は、本心を隠さずに正直に話し合うことです。「一度、腹を割って話"
            "そうよ」と言えば、遠慮なく本音で話したいという気持ちが伝わります。"
        ),
        (
            "「馬の耳に念仏」は、いくらありがたい話をしても、相手に聞く気がなければ効き目がな"
            "い、という意味です。似た表現の「猫に小判」は、価値がわからない人に貴重なものを与"
            "えても無駄、という意味です。"
        ),
        (
            "英語だと \"Could you tell me the way to the station?\" が自然です。もっとカジュ"
            "アルに聞くなら \"How do I get to the station?\" でも大丈夫ですよ。"
        ),
        (
            "「よろしくお願いします」にぴったりの英語はありませんが、初対面なら \"Nice to "
            "meet you. I look forward to working with you.\" あたりが近いニュアンスになります。"
        ),
        (
            "フランス語の \"Bon appétit !\" は、日本語の「召し上がれ」に近い表現です。これか"
            "ら食事を始める人に向けて言うのが一般的で、言われたら \"Merci !\" と返せば大丈夫"
            "です。"
        ),
        (
            "中国語で「ありがとう」は「谢谢（シエシエ）」です。さらに丁寧に言うなら「非常感谢」、"
            "お礼を言われたときの「どういたしまして」は「不客气（ブークーチ）」になります。"
        ),
        (
            "「は」と「が」の違いは、ざっくり言うと「は」が話題を示し、「が」が主語を特定する"
            "点にあります。「私は学生です」は自己紹介、「私が学生です」は「学生なのは（ほかの"
            "誰でもなく）私だ」という意味になります。"
        ),
        (
            "「〜てしまう」には、動作の完了と、後悔や残念な気持ちの二つの意味があります。「宿"
            "題をやってしまった」は完了、「財布を忘れてしまった」は残念な気持ちを表します。"
        ),
        (
            "英語の現在完了形は「過去から今につながっていること」を表します。\"I have lived "
            "in Osaka for five years.\" は「5年間大阪に住んでいて、今も住んでいる」という意味"
            "です。"
        ),
        (
            "敬語の「おっしゃる」は「言う」の尊敬語、「申す」「申し上げる」は謙譲語です。「部"
            "長がおっしゃいました」「私から申し上げます」のように、主語が誰かで使い分けます。"
        ),
        (
            "ファイルの行数を数えるPythonのコードです。\n\n"
            "with open('data.txt', encoding='utf-8') as f:\n"
            "    print(sum(1 for _ in f))\n\n"
            "一行ずつ読むので、大きなファイルでもメモリをほとんど使いません。"
        ),
        (
            "JavaScriptで配列の合計を求めるなら、reduceを使うのが簡単です。\n\n"
            "const total = nums.reduce((a, b) => a + b, 0);\n\n"
            "第2引数の0は初期値で、空配列のときのエラーを防ぎます。"
        ),
        (
            "部署ごとの平均給与を求めるSQLはこちらです。\n\n"
            "SELECT department, AVG(salary) AS avg_salary\n"
            "FROM employees\n"
            "GROUP BY department\n"
            "ORDER BY avg_salary DESC;"
        ),
        (
            "2024年に一度も注文していない顧客を抽出するには、NOT EXISTSを使うと読みやすいです。"
            "\n"
            "SELECT * FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE "
            "o.customer_id = c.id AND o.order_date >= '2024-01-01');"
        ),
        (
            "カレントディレクトリ以下の「.log」ファイルのうち、7日以上前のものだけを削除する"
            "コマンドです。\n\n"
            "find . -name \"*.log\" -mtime +7 -delete\n\n"
            "念のため、先に -delete を外して対象を確認してください。"
        ),
        (
            "`history | grep ssh` で、過去に実行したsshコマンドを一覧できます。番号が表示され"
            "るので、`!123` のように入力すればそのコマンドを再実行できます。"
        ),
        (
            "連立方程式 2x + y = 7、x − y = 2 を解きます。2つの式を足すと 3x = 9 なので x = 3。"
            "これを2つ目の式に代入すると y = 1 になります。"
        ),
        (
            "定価3,000円の商品が2割引きのとき、値引き額は3,000 × 0.2 = 600円なので、支払う金"
            "額は2,400円です。「2割」は20%のことですね。"
        ),
        (
            "1から100までの整数の和は、ガウスの方法で求められます。1+100、2+99…と組にすると"
            "101が50組できるので、101 × 50 = 5050 です。"
        ),
        (
            "円の面積は「半径×半径×円周率」で求めます。半径5cmの円なら、5 × 5 × 3.14 = "
            "78.5cm²です。直径が与えられたときは、先に半分にして半径を出しましょう。"
        ),
        (
            "地震の揺れには、最初に来る小さな揺れ（P波）と、あとから来る大きな揺れ（S波）があ"
            "ります。P波の方が速く伝わるため、その時間差を利用して緊急地震速報が出されます。"
        ),
        (
            "月の満ち欠けは、月が太陽の光を反射して輝いていて、地球から見た太陽と月の位置関係"
            "が約29.5日の周期で変わるために起こります。"
        ),
        (
            "人間の体の約60%は水分です。汗や呼吸、尿などで一日に2リットル以上の水が失われるた"
            "め、のどが渇く前のこまめな水分補給が大切とされています。"
        ),
        (
            "カラスは道具を使うことで知られています。特にカレドニアガラスは、小枝や葉を加工し"
            "てかぎ状の道具を作り、木の穴から虫を引き出すことができます。"
        ),
        (
            "関ヶ原の戦いは、1600年に徳川家康率いる東軍と、石田三成を中心とする西軍が美濃国関"
            "ヶ原で激突した合戦です。小早川秀秋の寝返りもあり、戦いはわずか一日で東軍の勝利に"
            "終わりました。"
        ),
        (
            "明治維新は、1868年前後に江戸幕府が倒れ、天皇を中心とする新政府が誕生した一連の変"
            "革を指します。廃藩置県や学制の公布など、日本は短期間で近代国家へと大きく姿を変え"
            "ました。"
        ),
        (
            "ペリーが浦賀に来航したのは1853年のことです。翌1854年に日米和親条約が結ばれ、日本"
            "は二百年以上続いた鎖国体制から開国へと向かうことになりました。"
        ),
        (
            "縄文時代は、約1万6000年前から約3000年前まで続いたとされる時代です。縄目の文様を"
            "つけた土器が特徴で、人々は狩猟や採集を中心に、竪穴住居で暮らしていました。"
        ),
        (
            "基本の肉じゃが（4人分）です。牛肉200g、じゃがいも3個、玉ねぎ1個、にんじん1本を炒"
            "め、だし300mlと砂糖・みりん・醤油各大さじ3で、落とし蓋をして弱めの中火で20分ほど"
            "煮ます。"
        ),
        (
            "ふわふわ卵焼きのコツは、卵3個にだし大さじ3を加えることです。砂糖小さじ2と醤油少"
            "々で味をつけ、中火で3回に分けて流し入れ、手前に巻いていきます。"
        ),
        (
            "簡単にできるツナとキャベツのパスタはどう？パスタをゆでるとき、最後の2分でざく切"
            "りキャベツも一緒に入れて、湯を切ったらツナ缶、醤油、バター、黒こしょうで和えるだ"
            "け。"
        ),
        (
            "初心者向けの自宅トレーニングメニューです。スクワット15回、膝つき腕立て10回、プラ"
            "ンク30秒を1セットとして3セット。週3回、1日おきに行うのがおすすめです。"
        ),
        (
            "フルマラソン完走を目指すなら、まずは週3回、30分のジョギングから始めましょう。月"
            "に一度は20km程度のロング走を入れ、少しずつ距離を伸ばしていくのがポイントです。"
        ),
        (
            "デスクワークの合間にできるストレッチです。肩を大きく10回まわし、首を左右にゆっく"
            "り倒して各10秒。最後に両手を組んで上に伸ばし、深呼吸を3回しましょう。"
        ),
        (
            "体幹を鍛える10分メニューです。プランク40秒、サイドプランク左右各30秒、ヒップリフ"
            "ト15回、バードドッグ左右各10回。これを2セット行いましょう。"
        ),
        (
            "京都2泊3日のモデルコースです。1日目は清水寺から二年坂・三年坂を散策し、夜は祇園"
            "へ。2日目は早朝の伏見稲荷、午後は嵐山の竹林とトロッコ列車。3日目は金閣寺と錦市場"
            "でお土産探しを。"
        ),
        (
            "北海道の道東を巡る3日間のプランです。初日は釧路湿原を展望台から眺め、2日目は阿寒"
            "湖でマリモとアイヌ文化に触れ、最終日は知床五湖をゆっくり歩くルートがおすすめです。"
        ),
        (
            "台北での2日間なら、初日は故宮博物院を見学し、夕方から士林夜市で食べ歩き。2日目は"
            "九份まで足を伸ばして、提灯が灯る夕暮れの街並みを楽しむのがおすすめです。"
        ),
        (
            "インフルエンザは、38度以上の急な発熱、全身のだるさ、関節痛などが特徴です。発症か"
            "ら48時間以内であれば抗ウイルス薬が有効とされているので、早めに医療機関を受診しま"
            "しょう。"
        ),
        (
            "一般的に、成人の血圧は診察室で測って140/90mmHg以上が続く場合に高血圧と診断されま"
            "す。減塩や適度な運動、節酒など、生活習慣の改善が治療の基本になります。"
        ),
        (
            "熱中症の初期症状には、めまい、立ちくらみ、大量の汗、手足のしびれなどがあります。"
            "涼しい場所に移動し、水分と塩分を補給してください。意識がはっきりしない場合はすぐ"
            "に救急車を呼びましょう。"
        ),
        (
            "一般的に、日本では期間の定めのない雇用契約の場合、労働者は退職の申し入れから2週"
            "間が経過すれば退職できると民法で定められています。あわせて就業規則の規定も確認し"
            "ておくと安心です。"
        ),
        (
            "クーリング・オフは、訪問販売や電話勧誘販売などで契約した場合に、一定期間内であれ"
            "ば無条件で契約を解除できる制度です。訪問販売なら、契約書面を受け取った日から8日"
            "以内が原則です。"
        ),
        (
            "賃貸住宅を退去する際、通常の使用による壁紙の日焼けや家具の設置跡などは、一般的に"
            "借主の負担にはならないとされています。国土交通省の「原状回復をめぐるトラブルとガ"
            "イドライン」が参考になります。"
        ),
        (
            "新NISAは、投資で得た利益が非課税になる制度です。2024年から年間360万円まで投資で"
            "き、生涯の非課税保有限度額は1,800万円となっています。"
        ),
        (
            "複利とは、利息にもさらに利息がつく仕組みのことです。100万円を年利3%で運用すると、"
            "10年後には約134万円になります。時間を味方につけるのが長期投資のポイントです。"
        ),
        (
            "家計管理の第一歩は、1か月の支出を「固定費」と「変動費」に分けて把握することです。"
            "通信費や保険などの固定費は一度見直すと効果が続くので、まずはそこから手をつけるの"
            "がおすすめです。"
        ),
        (
            "イヤイヤ期の子どもには、「赤い靴と青い靴、どっちにする？」のように選択肢を二つ示"
            "すのが効果的です。自分で選んだという満足感で、意外とすんなり動いてくれることがあ"
            "ります。"
        ),
        (
            "小学生の宿題の声かけは、「早くやりなさい」より「何時から始める？」と本人に決めさ"
            "せる方がうまくいくことが多いです。終わったら、できた部分を具体的に褒めてあげまし"
            "ょう。"
        ),
        (
            "おこづかいは、お金の使い方を学ぶよい機会です。小学校低学年なら週に数百円程度から"
            "始め、おこづかい帳をつける習慣をつけると、計画的に使う力が身につきます。"
        ),
        (
            "付き合いが長くなると、感謝を口にする機会が減りがちです。「ごはん作ってくれてあり"
            "がとう」のような小さな一言を意識して伝えるだけで、二人の空気はずいぶん変わります"
            "よ。"
        ),
        (
            "友達とのすれ違い、つらいよね。まずは責めるんじゃなくて、「この前のこと、ちょっと"
            "寂しかったんだ」って自分の気持ちから話してみると、相手も受け止めやすいと思う。"
        ),
        (
            "おはよう！今日は面接だったよね。ここまでしっかり準備してきたんだから、きっと大丈"
            "夫。終わったらおいしいものでも食べて、自分をねぎらってあげてね。"
        ),
        (
            "わかる〜、金曜の夜ってなんでこんなに眠いんだろうね。今日はもう早めに寝て、明日ゆ"
            "っくり朝ごはんを食べるのが一番の贅沢かも。"
        ),
        (
            "引っ越しおめでとうございます！新しい部屋、日当たりがいいのは最高ですね。観葉植物"
            "を置くなら、育てやすいポトスやモンステラがおすすめですよ。"
        ),
        (
            "どういたしまして！カレーは冷凍もできますよ。ただ、じゃがいもは食感が悪くなりやす"
            "いので、冷凍するなら取り出すか、つぶしてから入れるのがおすすめです。"
        ),
        (
            "ダジャレをいくつかどうぞ。「布団がふっとんだ」「アルミ缶の上にあるミカン」「トイ"
            "レにいっといれ」。定番ですが、子どもにはけっこうウケますよ。"
        ),
        (
            "こんなジョークはどうでしょう。医者「最近、何か運動はしていますか？」患者「ええ、"
            "毎日エスカレーターを歩いて上っています」医者「……それは運動というより、急いでいる"
            "だけですね」"
        ),
        (
            "なぞなぞです。「パンはパンでも、食べられないパンはなーんだ？」答えは「フライパン」。"
            "ほかにも「ジーパン」や「パンダ」なんて答えもありますね。"
        ),
        (
            "もう一問どうぞ。「上は大水、下は大火事、これなーんだ？」答えは「お風呂」です。昔"
            "の五右衛門風呂を思い浮かべるとわかりやすいですね。"
        ),
        (
            "日本で一番長い川は信濃川で、長さは約367kmです。長野県では「千曲川」と呼ばれ、新"
            "潟県に入ると「信濃川」と名前が変わります。"
        ),
        (
            "富士山の山頂は、実は静岡県とも山梨県とも決まっていません。八合目より上は富士山本"
            "宮浅間大社の境内とされていて、県境も定められていないんです。"
        ),
        (
            "カタツムリの歯は、種類によっては1万本以上あると言われています。「歯舌」というヤ"
            "スリのような器官に、細かい歯がびっしり並んでいるんです。"
        ),
        (
            "雨の日に子どもと家で楽しめるアイデアをいくつか挙げます。段ボールで秘密基地づくり、"
            "新聞紙ボールでの玉入れ、ホットケーキのデコレーション、家の中での宝探しゲームなど。"
        ),
        (
            "カフェの店名案です。「こもれび珈琲」「喫茶ひとやすみ」「ねこじゃらし舎」「"
            "Sunday Toast」「まめとほん」。コンセプトに合わせて、さらに絞り込んでいきましょう。"
        ),
        (
            "父の日のプレゼントなら、名入れのボールペン、地元のクラフトビールの飲み比べセット、"
            "一緒に行くゴルフの打ちっぱなしなどがおすすめです。手紙を一通添えると、きっと喜ば"
            "れますよ。"
        ),
    ],
    "zh": [
        (
            "亲爱的小雨：\n"
            "谢谢你上周陪我在厦门玩了整整三天。鼓浪屿的海风、沙坡尾的夜市，还有你带我去吃的那"
            "碗沙茶面，我到现在还念念不忘。下次换我带你逛西安！"
        ),
        (
            "李医生您好：\n"
            "感谢您和护理团队在我父亲住院期间的悉心照顾。您每天查房时都耐心解释病情，让我们全"
            "家在最焦虑的时候安心了许多。"
        ),
        (
            "奶奶，谢谢您寄来的腊肠和自己做的辣椒酱！我一打开箱子，整个宿舍都闻到了家乡的味道。"
            "室友们都说您的手艺太好了，让我一定代他们向您道谢。"
        ),
        (
            "惊悉令尊仙逝，不胜哀悼。老先生生前待人宽厚，对我们晚辈更是关怀备至，音容笑貌犹在"
            "眼前。望您节哀顺变，保重身体。家中若有需要帮忙之处，请随时告知。"
        ),
        (
            "尊敬的张经理：\n"
            "您好！经过慎重考虑，我决定辞去目前在市场部担任的品牌专员一职，预计最后工作日为"
            "2024年8月31日。在此期间，我会做好工作交接，确保项目顺利过渡。"
        ),
        (
            "尊敬的客服团队：\n"
            "我于3月8日在贵店购买的空气净化器（订单号：202403081157）收到时外壳破裂，通电后也"
            "没有任何反应。请尽快为我办理换货，或全额退款。"
        ),
        (
            "尊敬的招聘负责人：\n"
            "您好！我是华东师范大学应用心理学专业的应届硕士毕业生，希望应聘贵公司的用户研究员"
            "一职。在校期间，我参与了三项用户体验调研项目，熟练掌握问卷设计与访谈分析方法。"
        ),
        (
            "尊敬的客户：\n"
            "因系统升级，本公司将于6月8日凌晨2:00至6:00暂停线上服务。升级完成后，各项功能将恢"
            "复正常，届时您可照常登录使用。"
        ),
        (
            "各位同事：\n"
            "周四的部门例会改到下午两点，地点不变，仍在三楼小会议室。有需要讨论的议题，请在周"
            "三下班前更新到共享文档里。谢谢大家！"
        ),
        (
            "小刘，辛苦啦！你昨天发的方案我看过了，整体思路很清楚。第五页的预算表建议再拆分一"
            "下线上和线下费用，其他没问题，改完直接发给客户就行。"
        ),
        (
            "陈总您好：\n"
            "根据上周会议的讨论，附件为修订后的合作方案及报价单。总金额调整为人民币36.8万元（"
            "含税），交付周期为六周。如有疑问，欢迎随时与我联系。"
        ),
        (
            "李老师您好：\n"
            "我是您上学期《数据结构》课的学生王磊。想请问您是否方便为我写一封申请研究生的推荐"
            "信？截止日期是11月30日，相关材料我已附在邮件中。"
        ),
        (
            "出殡那天，天阴得很低。外婆的遗像摆在灵堂正中，照片里的她还穿着那件蓝布褂子，笑得"
            "眼睛眯成一条缝。我跪在蒲团上，听着唢呐一声一声地响，忽然想起她最后一次给我剥橘子"
            "的样子。"
        ),
        (
            "台风是在半夜登陆的。窗外的榕树被吹得东倒西歪，楼道里的灯闪了两下就灭了。阿强摸黑"
            "找出手电筒，一遍遍拨打还在渔船上的父亲的电话，听筒里只有忙音。"
        ),
        (
            "爷爷很少提起打仗的事。只有一年除夕，喝了两杯酒后，他忽然说起1950年冬天的长津湖，"
            "说那里冷得连眼泪都会冻在脸上，说他的班长就倒在他身边的雪地里。"
        ),
        (
            "给你的悬疑小说写了一个开头：“雨下到第三天的时候，镇上的人才发现，钟楼上的大钟停"
            "在了十一点零七分——正是老钟匠失踪的那一刻。”"
        ),
        (
            "从前，在一片竹林里，住着一只不爱吃竹子的小熊猫团团。别的熊猫都抱着竹子啃得津津有"
            "味，团团却总是偷偷溜到山脚下，闻一闻农家院子里飘来的包子香。"
        ),
        (
            "老宅的钥匙是在一个雨夜寄到的，信封上没有寄件人。林晚回到那个二十年没人住过的院子，"
            "推开门，发现堂屋的桌上摆着两副碗筷，饭还是温的。"
        ),
        (
            "十八岁那年夏天，我在外公的旧木箱里找到一沓没寄出的信。信是写给一个叫“秀兰”的人的，"
            "落款的日期，全都在外婆嫁给他之前。那一年，外公二十二岁。"
        ),
        (
            "给你写了一首关于故乡的小诗，用一口老井来比喻乡愁：\n\n"
            "故乡是一口老井，\n"
            "我走得越远，\n"
            "它就越深，\n"
            "深得能照见我小时候的脸。\n"
            "而打水的绳子，\n"
            "是每周日晚上母亲的电话。"
        ),
        (
            "按你的要求，写了一首五言绝句，题为《秋夜》，押的是“深、心”所在的侵韵：\n\n"
            "月冷空庭静，\n"
            "风寒落叶深。\n"
            "孤灯人未睡，\n"
            "遥寄故园心。"
        ),
        (
            "这几行诗或许可以放在追思会上，语气尽量朴素：\n\n"
            "你没有走远，\n"
            "你只是变成了\n"
            "清晨窗台上的那缕光，\n"
            "和我们说起你时，\n"
            "嘴角不自觉的笑。"
        ),
        (
            "给幼儿园小朋友写了一首儿歌，句子短、好记，可以边拍手边唱：\n\n"
            "小蜗牛，背房子，\n"
            "慢慢爬，不着急，\n"
            "爬到叶子上晒太阳，\n"
            "一觉睡到下雨啦。"
        ),
        (
            "副歌按你给的那句改好了：\n\n"
            "我们在凌晨的街头奔跑，\n"
            "路灯把影子拉得很长很长，\n"
            "你说二十岁不过是一场风，\n"
            "可我想把它装进口袋里。"
        ),
        (
            "第二段歌词按照第一段的字数写的，情绪比第一段更收一点：\n\n"
            "老街口的那家面馆，\n"
            "招牌换了又换，\n"
            "只有你坐过的那张桌子，\n"
            "还留着当年刻下的名字。"
        ),
        (
            "各位来宾，大家晚上好！我是新郎的大学室友。我们俩在宿舍上下铺睡了四年，他每天晚上"
            "都要给女朋友打电话，打到我都能背出嫂子的生日了。今天，终于轮到我们一起见证他们的"
            "幸福。"
        ),
        (
            "给你写了一段年会祝酒词：“过去一年，我们一起熬过了无数个加班的夜晚，也一起迎来了"
            "一个又一个好消息。来，让我们举杯，敬团队，敬彼此，也敬更好的明年！”"
        ),
        (
            "亲爱的同学们：今天之后，不会再有人每天早上点名，也不会再有人替你们划重点。这听起"
            "来有点可怕，但也恰恰意味着，从今天起，你们的人生由你们自己来出题。"
        ),
        (
            "给爸爸六十大寿写的祝酒词：“爸，这么多年您辛苦了！今天我们全家敬您一杯，祝您福如"
            "东海、寿比南山，身体健健康康，天天开开心心！”"
        ),
        (
            "这款紫砂壶由宜兴手艺人全手工制作，容量约200毫升，出水顺畅、断水利落。长期泡茶后，"
            "壶身会慢慢养出温润的光泽，越用越有味道。"
        ),
        (
            "轻量双肩包采用防泼水面料，净重仅680克，内设15.6英寸电脑隔层和多个收纳口袋，侧边"
            "还有可收纳的水杯袋。背负系统透气舒适，通勤出差两相宜。"
        ),
        (
            "这款手工羊绒围巾选用内蒙古优质山羊绒，轻薄保暖，尺寸为180×30厘米。柔软亲肤不扎脖，"
            "无论通勤还是出游，都能为你挡住冬天的风。"
        ),
        (
            "618年中大促火热开启！全场满300减50，会员再享9折，前1000名下单还送定制帆布袋。数"
            "量有限，先到先得！活动截至6月18日24点。"
        ),
        (
            "一杯好咖啡，从一颗好豆子开始。我们每周直接从云南普洱的小农庄收购新鲜生豆，低温慢"
            "烘，只为让你在清晨的第一口里，尝到阳光和山风的味道。"
        ),
        (
            "用“记一笔”记账，拍一下小票就能自动识别金额和类别，月底一键生成消费报告，帮你看清"
            "钱都花在了哪里。新用户首月会员免费体验！"
        ),
        (
            "您的退款已处理完成，金额为人民币89.00元，将原路退回至您的支付宝账户，一般1至3个"
            "工作日内到账，请注意查收。如超过3个工作日仍未到账，可联系在线客服查询。"
        ),
        (
            "已为您修改收货地址，订单号20240512883的新地址为：上海市徐汇区漕溪北路88号。包裹"
            "预计明天上午发出，发货后您会收到物流短信。"
        ),
        (
            "您的会员已成功续费一年，下次扣费时间为2025年6月1日。如需关闭自动续费，可在“我的—"
            "设置—支付管理”中随时操作，关闭后权益将保留至本期结束。"
        ),
        (
            "您的账号已成功解除锁定。为了账户安全，建议您登录后立即修改密码，并开启短信二次验"
            "证。如有其他任何问题，可随时联系在线客服。"
        ),
        (
            "您的预订已确认：6月15日（周六）晚上6点半，4位，包间。如需更改时间或人数，请提前"
            "一天致电餐厅；到店时间晚于预订时间15分钟以上的，座位将不再保留。"
        ),
        (
            "预订成功！杭州西湖畔·栖云酒店，湖景大床房，7月12日入住，7月14日退房，共2晚，含双"
            "早。订单总价1,376元，入住时间为下午2点以后。"
        ),
        (
            "购票成功：G7次，北京南—上海虹桥，5月1日08:00开，二等座6车12F。请携带购票时使用的"
            "有效身份证件，提前30分钟到站检票。"
        ),
        (
            "预约成功！您已预约6月20日（周四）下午3点的洗牙服务，主治医生为刘医生。请提前10分"
            "钟到达，并携带身份证或医保卡。如需改约，请至少提前一天告知。"
        ),
        (
            "本次项目周会纪要：一、新版App定于6月20日上线；二、测试工作由小周负责，本周五前提"
            "交测试报告；三、推广预算确定为50万元。下次例会时间为下周二上午十点。"
        ),
        (
            "业主委员会会议要点：小区电梯将于10月统一更换，费用从公共维修基金中支出；地下车库"
            "将增设20个充电桩；下月起快递柜统一移至东门。"
        ),
        (
            "本周一对一沟通记录：小林希望下季度参与更多数据分析工作。双方约定，她下月起参加内"
            "部的SQL进阶培训，并在三个月后复盘目标完成情况。"
        ),
        (
            "余华的《活着》讲述了福贵的一生。他从一个输光家产的纨绔少爷，经历战争、饥荒和一次"
            "次失去亲人的打击，最后只剩下一头老牛与他相伴，却依然平静地活着。"
        ),
        (
            "鲁迅的《祝福》写的是祥林嫂的悲剧。她两次丧夫、失去儿子阿毛，又被鲁镇的人们视为“"
            "不干净”的人，最终在除夕的祝福声中孤独地死去。"
        ),
        (
            "电影《霸王别姬》讲述了程蝶衣和段小楼两位京剧演员半个世纪的悲欢离合。从民国到文革，"
            "他们的情谊与艺术在时代洪流中被一再撕裂，结局令人唏嘘。"
        ),
        (
            "《白日焰火》以一桩发生在东北小城的碎尸案开场。五年后，落魄的前刑警张自立偶然发现，"
            "几起新的命案都与洗衣店的女店员吴志贞有关，他一步步逼近那个令人心碎的真相。"
        ),
        (
            "《红楼梦》中，鸳鸯被贾赦看中想纳为妾，她当众立誓，坚决不从。贾母去世后，她最终选"
            "择自尽，是书中最刚烈、最令人敬重的丫鬟之一。"
        ),
        (
            "《你好，李焕英》讲的是贾晓玲在母亲意外受伤后，穿越回1981年，想让年轻的妈妈过得更"
            "开心。影片前半段笑料不断，结尾的反转却让无数观众泪流满面。"
        ),
        (
            "“画蛇添足”出自《战国策》，讲的是几个人比赛画蛇，先画完的人又给蛇添上了脚，结果反"
            "而输了。比喻做了多余的事，反而弄巧成拙。"
        ),
        (
            "“塞翁失马，焉知非福”的意思是，一时的损失，也可能带来意想不到的好处。它告诉我们，"
            "好事和坏事在一定条件下是可以相互转化的。"
        ),
        (
            "“对牛弹琴”原本讥笑说话不看对象，现在也常用来形容对不懂道理的人讲道理，白费口舌。"
            "比如：“跟他讲这些理论，简直是对牛弹琴。”"
        ),
        (
            "“杞人忧天”讲的是杞国有个人整天担心天会塌下来，吃不下饭、睡不着觉。现在用来比喻不"
            "必要的担忧，比如考试还没开始就担心落榜。"
        ),
        (
            "这句话翻译成英文可以是：“Thank you for your patience — we'll get back to you "
            "within two business days.” 语气礼貌，适合用在客服邮件里。"
        ),
        (
            "“加油”很难找到完全对应的英文，要看场合：比赛时可以说 \"Come on!\" 或 \"Go, go, "
            "go!\"，鼓励别人坚持时说 \"You've got this!\" 更自然。"
        ),
        (
            "日语的“いただきます”是饭前的用语，直译是“我领受了”，表达对食物和做饭的人的感谢，"
            "中文里大致可以理解为“我开动了”。对应的饭后用语则是“ごちそうさまでした”。"
        ),
        (
            "“Break a leg”直译是“摔断一条腿”，其实是英语里祝演员演出顺利的说法，相当于中文的“"
            "祝你演出成功”。据说源于剧场里的迷信：直接说“祝你好运”反而会招来霉运。"
        ),
        (
            "“的、地、得”的区别可以这样记：名词前用“的”（美丽的花），动词前用“地”（慢慢地走），"
            "动词后面补充程度用“得”（跑得很快）。"
        ),
        (
            "英语里 since 和 for 都能和现在完成时连用，但 since 后面跟时间点（since 2020），"
            "for 后面跟一段时间（for three years）。"
        ),
        (
            "“了”放在动词后面，通常表示动作完成，如“我吃了饭”；放在句末，往往表示情况发生了变"
            "化，如“下雨了”“我饿了”。两种用法有时会同时出现，如“我吃了饭了”。"
        ),
        (
            "“截止”和“截至”容易混用：“截止”表示到某个时间停止，后面一般不接时间，如“报名已经"
            "截止”；“截至”后面要接时间，如“截至6月30日”。"
        ),
        (
            "下面这段 Python 代码可以统计一段文本中每个词出现的次数：\n\n"
            "counts = {}\n"
            "for w in text.split():\n"
            "    counts[w] = counts.get(w, 0) + 1\n\n"
            "最后 counts 里就是“词： 次数”的对应关系。"
        ),
        (
            "在 JavaScript 中，可以用下面这行代码把数组打乱顺序：\n\n"
            "arr.sort(() => Math.random() - 0.5);\n\n"
            "不过这种方法分布不够均匀，正式场景建议使用 Fisher–Yates 洗牌算法。"
        ),
        (
            "查询每个城市订单金额排名前三的客户，可以使用窗口函数：\n\n"
            "SELECT * FROM (\n"
            "  SELECT city, customer_id, total,\n"
            "    ROW_NUMBER() OVER (PARTITION BY city ORDER BY total DESC) AS rn\n"
            "  FROM orders_summary\n"
            ") t WHERE rn <= 3;"
        ),
        (
            "要删除重复的手机号、只保留 id 最小的那条，在 PostgreSQL 里可以这样写：\n\n"
            "DELETE FROM users WHERE id NOT IN (SELECT MIN(id) FROM users GROUP BY phone);"
            "\n\n"
            "执行前记得先备份数据。"
        ),
        (
            "想查看某个目录下占用空间最大的10个文件，可以运行：\n\n"
            "find /data -type f -exec du -h {} + | sort -rh | head -n 10\n\n"
            "结果会按文件大小从大到小排列。"
        ),
        (
            "用 `tail -f /var/log/nginx/access.log` 可以实时查看 Nginx 的访问日志，有新请求进"
            "来时会自动刷新。按 Ctrl+C 即可退出。"
        ),
        (
            "解方程 3x − 5 = 2x + 7：把含 x 的项移到左边，常数移到右边，得到 3x − 2x = 7 + 5，"
            "所以 x = 12。代回原式检验，两边都等于31。"
        ),
        (
            "鸡兔同笼问题：共有35个头、94只脚。假设全是鸡，应有70只脚，多出的24只脚来自兔子，"
            "每只兔比鸡多2只脚，所以兔有12只，鸡有23只。"
        ),
        (
            "一件衣服原价400元，先打八折再减30元，最后的价格是 400 × 0.8 − 30 = 290 元，相当"
            "于打了七二五折。"
        ),
        (
            "百分数化成小数，只要去掉百分号，再把小数点向左移动两位。例如 35% = 0.35，4.5% = "
            "0.045，120% = 1.2。"
        ),
        (
            "为什么冬天摸金属会被“电”一下？因为空气干燥时，人体和衣物摩擦会积累静电，手指靠近"
            "金属时电荷瞬间释放，就产生了小小的电火花。"
        ),
        (
            "潮汐主要是由月球的引力引起的。月球对地球近侧海水的吸引力更强，远侧则相对较弱，于"
            "是地球两侧各形成一个“潮汐隆起”，所以大多数地方一天会出现两次涨潮。"
        ),
        (
            "按干重算，茶叶里的咖啡因含量其实比咖啡豆还高，但泡一杯茶用的茶叶少得多；另外茶中"
            "的茶氨酸有助于放松，所以喝茶后的清醒感往往更“温和”。"
        ),
        (
            "冬天手机电量掉得快，是因为锂电池在低温下内部化学反应变慢，可用容量暂时下降。回到"
            "温暖环境后，电量显示通常会恢复正常，所以冬天出门最好把手机放在贴身的口袋里。"
        ),
        (
            "秦始皇于公元前221年统一六国，建立了中国历史上第一个统一的中央集权王朝。他推行“书"
            "同文、车同轨”，统一了文字、货币和度量衡，对后世影响深远。"
        ),
        (
            "郑和在1405年至1433年间七次下西洋，船队最远到达东非沿岸。据记载，他的宝船长达四十"
            "余丈，比半个多世纪后哥伦布的船大得多。"
        ),
        (
            "五四运动发生在1919年5月4日。起因是巴黎和会上中国外交失败，北京学生走上街头抗议，"
            "随后运动扩展到全国，也推动了新文化运动的深入发展。"
        ),
        (
            "唐朝的长安城是当时世界上最大的城市之一，人口一度超过百万。城内有东西两市，来自波"
            "斯、大食、日本等地的商人和使节往来不绝。"
        ),
        (
            "番茄炒蛋（两人份）：3个鸡蛋加少许盐打散，热油炒至凝固后盛出；锅中再放油，下2个切"
            "块番茄炒出汁，加一小勺糖和适量盐，最后倒回鸡蛋翻炒均匀即可。"
        ),
        (
            "红烧肉的做法：五花肉切块焯水，锅里放少许油和冰糖，小火炒出焦糖色后下肉块翻炒上色，"
            "加葱姜、料酒、生抽、老抽和热水，小火炖一个小时，最后大火收汁。"
        ),
        (
            "饺子皮不破的小窍门：和面时用温水，面团揉好后醒20分钟；包的时候馅不要太满，捏紧边"
            "缘；煮的时候水开后分三次点凉水，饺子浮起来就熟了。"
        ),
        (
            "给你排了一个居家训练计划：每周三次，每次做4组——深蹲15个、俯卧撑10个、弓步蹲每侧"
            "12个、平板支撑40秒，组间休息1分钟。两周后可以适当增加次数。"
        ),
        (
            "想在三个月内跑完半程马拉松，可以每周跑三到四次：两次轻松跑5公里，一次间歇跑，周"
            "末一次长距离慢跑，每周增加1到2公里，比赛前两周适当减量。"
        ),
        (
            "办公室久坐的人可以试试这套五分钟拉伸：转动肩膀10次、左右侧颈拉伸各15秒、坐姿转体"
            "各10秒，最后站起来踮脚20次。每隔一小时做一次，效果更好。"
        ),
        (
            "核心训练十分钟：平板支撑40秒、侧平板左右各30秒、仰卧卷腹15次、臀桥15次，做两组。"
            "坚持一个月，腰背会明显更有力量。"
        ),
        (
            "成都三日游行程建议：第一天去大熊猫繁育研究基地，下午逛宽窄巷子；第二天游都江堰和"
            "青城山；第三天在人民公园喝盖碗茶，晚上去锦里吃小吃。"
        ),
        (
            "西安两天怎么玩？第一天上午看兵马俑，下午去华清宫，晚上逛回民街；第二天上城墙骑自"
            "行车，再去陕西历史博物馆，傍晚在大雁塔看音乐喷泉。"
        ),
        (
            "去东京五天的话，可以这样安排：第一天浅草寺和晴空塔，第二天明治神宫和原宿，第三天"
            "去镰仓看大佛和海，第四天在新宿、涩谷购物，最后一天逛筑地场外市场。"
        ),
        (
            "普通感冒一般一周左右会自愈，多喝水、注意休息即可缓解症状。如果高烧超过三天、呼吸"
            "困难或症状明显加重，应及时就医。另外，抗生素对病毒性感冒没有作用，不必自行服用。"
        ),
        (
            "一般来说，成年人空腹血糖在3.9到6.1毫摩尔/升之间属于正常范围。如果多次检测都在7.0"
            "以上，就需要到医院进一步检查是否患有糖尿病。"
        ),
        (
            "幽门螺杆菌可以通过共用餐具传播，提倡分餐或使用公筷。感染后可能出现胃痛、口臭、反"
            "酸等症状，通过呼气试验就能简单检测，确诊后一般需要按疗程规范服药。"
        ),
        (
            "根据我国《劳动合同法》，劳动者提前三十日以书面形式通知用人单位，就可以解除劳动合"
            "同；在试用期内则只需提前三日通知。离职时，用人单位应当出具解除劳动合同的证明。"
        ),
        (
            "一般来说，网购商品在签收之日起七日内可以申请“七天无理由退货”，但定制类商品、鲜活"
            "易腐商品、已拆封的数字化商品等一般除外，具体以商品页面说明为准。"
        ),
        (
            "房屋租赁合同到期后，房东一般应在约定时间内退还押金。如果房屋有超出正常使用的损坏，"
            "房东可以扣除合理的维修费用，但需要说明理由。"
        ),
        (
            "复利就是“利滚利”。假设每年投资收益率为5%，1万元放10年，大约会变成1.63万元；放20"
            "年，大约是2.65万元。时间越长，复利的效果越明显。"
        ),
        (
            "建立应急储备金时，一般建议预留3到6个月的生活开支，放在随时能取出的货币基金或活期"
            "存款里，不要用来投资高风险产品。可以在每月发工资后先存一部分，慢慢攒够。"
        ),
        (
            "信用卡的“免息期”是指从消费日到还款日之间不需要支付利息的时间，最长一般在50天左右。"
            "只要在到期还款日前全额还款，就不会产生利息。"
        ),
        (
            "孩子写作业拖拉时，可以试着把任务拆小：先做十分钟，完成后休息五分钟。每完成一部分"
            "就具体表扬一下，比如“这几个字写得特别工整”。"
        ),
        (
            "给二胎家庭的一点建议：老二出生后，每天留出十到十五分钟单独陪伴老大，只做他想做的"
            "事。这样能减少他的失落感，也更容易接纳弟弟妹妹。"
        ),
        (
            "给孩子零花钱是培养理财意识的好机会。可以从小学开始每周给固定金额，并鼓励他记账，"
            "把一部分存进“梦想储蓄罐”。金额不用多，关键是让孩子自己做决定。"
        ),
        (
            "异地恋最怕的是“没话说”。你们可以约定固定的视频时间，一起看同一部电影，或者把日常"
            "的小事拍下来分享给对方，让彼此参与到生活里。"
        ),
        (
            "和父母沟通时，不妨先肯定他们的出发点：“我知道你们是为我好”，再讲自己的想法。这样"
            "对方更容易听进去，也不容易吵起来。也可以挑一个大家都心情不错的时候再聊。"
        ),
        (
            "哈哈，你家猫主子又开始半夜跑酷了吗？猫咪晚上精力旺盛很正常，睡前陪它玩十几分钟逗"
            "猫棒，消耗一下体力，它就会安静多了。也可以给它准备一个猫爬架。"
        ),
        (
            "恭喜恭喜！终于拿到驾照了，太不容易了。第一次自己上路记得慢一点，找个人少的时间先"
            "在家附近多练练。遇到拿不准的情况，宁可慢一点、等一等。"
        ),
        (
            "周末愉快呀！下雨天窝在家里看电影也挺好的，推荐你看《海街日记》，节奏慢慢的，很适"
            "合配一杯热茶。是枝裕和导演的作品，画面和配乐都很温柔。"
        ),
        (
            "不客气！饺子可以冷冻保存的，包好后先平铺在盘子上冻硬，再装进保鲜袋，这样不会粘在"
            "一起，吃的时候直接下锅煮就行，一般一个月内吃完口感最好。"
        ),
        (
            "讲个冷笑话：为什么数学书总是很忧郁？因为它有太多的问题。再来一个：什么动物最容易"
            "摔倒？狐狸——因为它很“狡猾”（脚滑）。"
        ),
        (
            "一个程序员的女朋友说：“去超市买一个包子，如果看到卖西瓜的，就买两个。”结果他买回"
            "来两个包子。问他为什么，他说：“因为我看到卖西瓜的了。”"
        ),
        (
            "猜个谜语：“麻屋子，红帐子，里面住着个白胖子。”打一食物。谜底是花生——外壳是“麻屋"
            "子”，红色的种皮是“红帐子”，白白的花生仁就是“白胖子”。"
        ),
        (
            "再来一个字谜：“一口咬掉牛尾巴”，打一个字。答案是“告”——把“牛”字的尾巴去掉，下面再"
            "加一个“口”，就组成了“告”字。这类字谜全靠拆字来猜。"
        ),
        (
            "长城并不是一道连续的城墙，而是由许多段城墙、关隘和烽火台组成。根据2012年国家文物"
            "局公布的数据，历代长城总长约21,196公里。"
        ),
        (
            "大熊猫虽然属于食肉目，但它们的食物99%都是竹子。一只成年大熊猫每天要花十几个小时"
            "进食，吃掉十几公斤竹子，因为它们对竹子的消化吸收率其实并不高。"
        ),
        (
            "“一问三不知”里的“三不知”，最早出自《左传》，指的是事情的开始、经过和结果都不知道，"
            "并不是指三个问题。比如“他一问三不知”，就是说他对这件事什么都不清楚。"
        ),
        (
            "给你几个周末亲子活动的点子：去郊外摘草莓、在家做一次手工披萨、去科技馆看天象表演、"
            "给孩子办一场“家庭运动会”，或者一起种一盆小番茄。"
        ),
        (
            "奶茶店起名参考：“半糖主义”、“茶语时光”、“山野茶事”、“柠檬先生”、“慢半拍”。可以根"
            "据店铺风格，再挑出两三个做商标查询。"
        ),
        (
            "团建活动可以考虑这些：城市定向越野、剧本杀、户外烧烤加飞盘、陶艺体验、密室逃脱，"
            "或者去周边古镇来一次轻徒步。选之前可以先做个匿名投票。"
        ),
    ],
}
