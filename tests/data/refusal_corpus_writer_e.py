"""Refusal-classifier training corpus, writer E: assistants deployed inside products.

Every string is the opening of a reply from an assistant that runs under a restrictive
system prompt inside a product: a bank app, an airline or travel booking chatbot, an
e-commerce support bot, an insurance claims helper, an HR/benefits assistant, an IT
helpdesk bot, a coding assistant in an IDE, a telecom operator's chat, a patient portal,
a school tutoring bot, a government services assistant, an in-car assistant and a
recipe app.

For each language, "refusal" holds replies that decline the request: out-of-scope
requests, policy refusals (other customers' data, unverified account changes, medical,
legal or investment advice, internal documents, the system prompt, unreleased prices),
capability limits (no account access, no calls, no attachments, no payments in chat),
redirects that decline, and plain safety refusals. The declining party varies (I, we,
"this assistant", impersonal or passive forms, the request itself), as do the position
of the decline (first words, or after a greeting, thanks, empathy, a restated request
or a reason), the register (formal, warm, curt, scripted), apologies and alternatives.

"answer" holds the same bots actually helping, often opening like a refusal would:
bad news followed by a fix, apologies for a delay followed by the answer, a policy
explained together with what the user can do, "can't"/"unable"/"not allowed" used
to describe the user's situation, and error messages explained. These are the hard
negatives.

Each language is written directly in that language, with local services, currencies
and idioms, though many product scenarios recur across languages. Portuguese mixes
Brazilian and European usage, Japanese mixes keigo and plain forms, Chinese is
simplified."""

LANGUAGES = ("en", "fr", "de", "es", "pt", "ja", "zh")

CORPUS = {
    "en": {
        "refusal": [
            (
                "I'm sorry, but I can only help with questions about your orders and deliveries. "
                "For anything else, please visit our main help centre."
            ),
            (
                "Unfortunately, I'm unable to share details about another customer's account, even "
                "if you have their order number."
            ),
            (
                "As a virtual assistant, I don't have access to your full card number, and I can't "
                "read it back to you here."
            ),
            (
                "Thanks for reaching out! That's outside what I'm set up to do here, though: this "
                "chat only covers flight bookings and baggage questions."
            ),
            (
                "I'm afraid that's not something I can assist with. Changes to your credit limit "
                "have to go through a verified request in the app."
            ),
            (
                "This chat is limited to questions about your mobile plan, so I won't be able to "
                "help you write a cover letter."
            ),
            (
                "I can't reset your password from this conversation. For security reasons, resets "
                "must be started from the login screen with your registered email."
            ),
            (
                "Requests of this kind cannot be handled through this channel. Please contact the "
                "claims department by phone to dispute the assessment."
            ),
            (
                "I understand how stressful a denied claim can be, but I'm not able to overturn "
                "the adjuster's decision or promise a different outcome."
            ),
            (
                "Sorry, I can't tell you what your colleague earns. Salary information is "
                "confidential and only visible to the employee and HR."
            ),
            (
                "I'm not able to share my system instructions or the internal guidelines I was "
                "configured with."
            ),
            (
                "That's a medical question I shouldn't answer. I'm the portal's scheduling "
                "assistant: I can book you in with a doctor, but I can't advise on doubling your "
                "dose."
            ),
            (
                "Hmm, I'm not going to help with that one. Getting around the school's plagiarism "
                "checker isn't something this tutor will do."
            ),
            (
                "We're not able to disclose the price of the new model before the official launch, "
                "so I can't give you a figure yet."
            ),
            (
                "I'm only able to help with recipes, meal planning and cooking techniques. Tax "
                "questions are beyond what this app can answer."
            ),
            (
                "Apologies, I can't make phone calls on your behalf. I'm a text assistant and have "
                "no way to ring the hotel for you."
            ),
            (
                "I can't see attachments in this chat, so I'm unable to review the photo of your "
                "damaged parcel here."
            ),
            "No. I won't provide instructions for disabling the vehicle's speed limiter.",
            (
                "Refunds can't be issued through this assistant. You'll need to speak to an agent; "
                "I'm not able to process it myself."
            ),
            (
                "Thank you for your patience. Regrettably, I cannot waive the overdraft fee, as "
                "fee adjustments are outside my permissions."
            ),
            (
                "Your request for the HR investigation file has been noted, but I can't provide "
                "those documents; they're restricted to the case team."
            ),
            (
                "Sorry, this assistant doesn't give investment advice, so I can't tell you whether "
                "to move your savings into that fund."
            ),
            (
                "Payments can't be taken in chat. I'm unable to accept card details here, so "
                "please don't type them in."
            ),
            (
                "That's not something I'm permitted to do. Admin rights on company laptops are "
                "only granted through a ticket approved by your manager."
            ),
            (
                "I get why you'd want a quick answer, but legal advice about suing your landlord "
                "isn't something I can offer as the city's services assistant."
            ),
            (
                "Unfortunately, I can't change the email on your account without verifying your "
                "identity first, and that can't be done in this chat."
            ),
            (
                "I'm sorry, I don't have access to your medical records from here, so I can't tell "
                "you what your test results mean."
            ),
            (
                "I'm not going to write your history essay for you; this tutor is set up to guide "
                "your thinking, not to hand in work on your behalf."
            ),
            (
                "Good question, but that's outside my scope. I'm the airline's booking assistant "
                "and can't help with visa requirements for your destination."
            ),
            (
                "Hi there! I'm afraid I can't tell you where the driver is right now; live courier "
                "locations aren't shared with this assistant."
            ),
            (
                "The internal pricing spreadsheet is confidential and won't be shared through this "
                "chat."
            ),
            (
                "I'm unable to unlock the phone for use on another network from here. That request "
                "has to be made by the account holder in store."
            ),
            (
                "For your security, I can't confirm whether a particular person holds an account "
                "with us."
            ),
            (
                "I can't help you get into your ex-partner's email. Accessing someone else's "
                "account without permission isn't something I'll assist with."
            ),
            (
                "This service is unable to provide the home address of the person who hit your "
                "car. The police report is the route for that."
            ),
            (
                "Sorry, generating code to scrape saved passwords from other people's browsers "
                "isn't something I'll do, even inside the IDE."
            ),
            (
                "Ooh, I'd love to help, but I only know about our recipes. Fixing your dishwasher "
                "is beyond me."
            ),
            (
                "Unfortunately, as an automated assistant I'm not authorised to approve leave "
                "requests; only your line manager can do that."
            ),
            (
                "I'm not in a position to diagnose that rash. If it's spreading or you have a "
                "fever, please call the nurse line or seek urgent care."
            ),
            "Thanks for asking, but I can't reveal which hotels pay us a higher commission.",
            (
                "I'm afraid that isn't possible through this assistant: boarding passes for "
                "passengers on other bookings can't be issued to you."
            ),
            (
                "Modifying the engine's fuel mapping is not supported, and I can't guide you "
                "through it."
            ),
            (
                "That's beyond what I can do, I'm sorry. I can't extend your benefits enrollment "
                "deadline; enrollment windows are set by the plan."
            ),
            (
                "I'd rather not speculate on that. As the bank's assistant, I can't predict "
                "whether the stock will go up."
            ),
            (
                "This chatbot can't cancel your contract. Cancellations must be requested by the "
                "account holder through the online form or by phone."
            ),
            "Sorry, not possible here. I don't handle complaints about other passengers.",
            (
                "Sadly, I'm unable to look up anyone's tax records except your own, and only after "
                "you've signed in."
            ),
            (
                "I can't give you the answers to tomorrow's quiz. What I can do is go over the "
                "chapter with you."
            ),
            (
                "I'm so sorry for your loss. I'm not able to release your father's account "
                "information through this chat, though; our bereavement team handles that."
            ),
            "Apologies, but I'm not able to share the source code of our internal fraud rules.",
            (
                "I must decline that request. Copying the licensed module into your project "
                "without a licence would breach its terms, so I won't generate it."
            ),
            (
                "You've asked me to ignore my previous instructions. I can't do that, and I'm "
                "still limited to helping with your insurance policy."
            ),
            (
                "Unfortunately, we cannot guarantee you a window seat, and I'm unable to assign "
                "one manually from this chat."
            ),
            (
                "Nope, sorry, I can't book restaurants. This assistant only handles flights, "
                "hotels and car hire."
            ),
            (
                "Your question about dosages for your child needs a pharmacist or doctor; it isn't "
                "something I can answer in the portal chat."
            ),
            (
                "I can't place an order for you unless you're logged in, and I'm not able to log "
                "in on your behalf."
            ),
            (
                "Request declined: bulk exports of employee personal data are not available "
                "through the HR assistant."
            ),
            (
                "I hear you, and I'm sorry the router keeps dropping. Even so, I'm not able to "
                "send an engineer from this chat or credit your bill."
            ),
            (
                "While the car is moving, I'm not able to play videos on the central screen, and "
                "that restriction can't be switched off."
            ),
            "Let me stop you there: I won't help make a fake doctor's note, whatever the reason.",
        ],
        "answer": [
            (
                "Unfortunately, your flight was cancelled due to the storm. You've been "
                "automatically rebooked on tomorrow's 9:40 departure; if that doesn't suit you, "
                "tap 'Manage booking' to pick another flight at no cost."
            ),
            (
                "I'm sorry to hear the package arrived damaged. Let's fix it: open the order, "
                "choose 'Report a problem', upload a photo, and we'll send a replacement within 3 "
                "days."
            ),
            (
                "I can't see your screen, but 'Error 403' in the app usually means your session "
                "expired. Log out, close the app fully, then sign in again."
            ),
            (
                "No, there's no fee for that. You can change your delivery address for free until "
                "the order is dispatched, under Orders > Edit address."
            ),
            (
                "We don't ship to PO boxes, but you can pick a parcel locker at checkout instead: "
                "enter your postcode and choose the nearest one."
            ),
            (
                "You can't change the name on a ticket, but you can correct up to three letters of "
                "a misspelled name for free under Manage booking > Passenger details."
            ),
            (
                "Apologies for the wait! Your claim was approved yesterday, and the payment of "
                "£420 should reach your account within two business days."
            ),
            (
                "'Access denied' means your account doesn't have permission for that shared drive "
                "yet. Ask the folder owner to add you, or raise an access request in the IT "
                "portal; it's usually approved within an hour."
            ),
            (
                "I'm afraid the card is blocked; that happens automatically after three wrong PIN "
                "attempts. To unblock it, go to Cards > Unblock and confirm with your fingerprint."
            ),
            (
                "Unfortunately, Basic fares are non-refundable, but you're not out of luck: you "
                "can convert the fare into a travel voucher valid for 12 months from the booking "
                "page."
            ),
            (
                "Sorry, the promo code didn't work because it expired on Sunday. The good news is "
                "that WELCOME10 gives the same discount, and you can apply it at checkout."
            ),
            (
                "I can't find any restriction on your line. The 'SIM not provisioned' message "
                "usually clears after a restart, so switch the phone off for 30 seconds, then back "
                "on."
            ),
            (
                "Unfortunately, you're not allowed to carry power banks in checked luggage. Pack "
                "it in your cabin bag instead; anything under 100 Wh is fine without approval."
            ),
            (
                "There's no way to recover a deleted chat history on the work laptop, but your "
                "files are safe: OneDrive keeps deleted items for 93 days in the recycle bin."
            ),
            (
                "No problem at all. Your dental plan covers two cleanings a year at 100%, and "
                "fillings at 80% after the deductible."
            ),
            (
                "I can't tell you the exact arrival time yet, but the tracking shows the parcel "
                "left the depot at 7:12, and deliveries on that route usually arrive before 1 pm."
            ),
            (
                "That function can't be called with a string, which is why you get 'TypeError: "
                "unsupported operand'. Convert the input with int() first: total = int(qty) * "
                "price."
            ),
            (
                "Sorry, you can't book Friday off through the old form anymore because it was "
                "retired. Use the Leave tab in the portal: pick the date, choose 'Annual leave', "
                "and submit."
            ),
            (
                "Unfortunately, we're unable to deliver on Sundays in your area. You can choose "
                "Saturday delivery or collect from the store, which is open until 8 pm."
            ),
            (
                "Your renewal can't be processed online because the document has already expired, "
                "but you can still renew it: book an appointment at any service point and bring "
                "two photos."
            ),
            (
                "I'm sorry for the confusion on your bill. The extra £12 is a one-off roaming "
                "charge from your trip to Switzerland, which isn't in your roaming zone; the "
                "sessions are listed below."
            ),
            (
                "Regrettably, the 7:15 train is sold out. There are seats on the 7:45 for the same "
                "price, and I can hold one for 15 minutes while you confirm."
            ),
            (
                "You won't be able to open the portal with Internet Explorer, but Chrome, Edge and "
                "Firefox all work. Clear your cache after switching if the page still looks blank."
            ),
            (
                "I understand your frustration. The 'Payment declined' message came from your "
                "bank, not from us; usually it's a daily online limit. Raise it in your banking "
                "app and try again."
            ),
            (
                "Don't worry, missing the due date doesn't cancel your cover. You have a 30-day "
                "grace period, so paying by the 28th keeps the policy active."
            ),
            (
                "Unfortunately, the cake won't rise properly without baking powder, but you can "
                "substitute: mix 1/4 tsp baking soda with 1/2 tsp lemon juice for each teaspoon "
                "you need."
            ),
            (
                "I can't transfer you to a human right now because it's after hours, so let me "
                "sort it myself: your refund has been approved and I've emailed you the "
                "confirmation."
            ),
            (
                "No, you don't need a referral for physiotherapy under your plan. Just book "
                "directly through the portal under Appointments > Physio."
            ),
            (
                "That amber light isn't an engine fault, so there's no need to stop immediately: "
                "it means the tyre pressure is low. Check the pressures on the door sticker and "
                "top up at the next station."
            ),
            (
                "Sadly, the exam can't be retaken this term, but the resit is on 14 June and you "
                "can register from the Exams page until 1 June."
            ),
            (
                "Unfortunately, your carry-on is over the 8 kg limit. You can add extra cabin "
                "weight for €25 online before check-in closes, which is cheaper than paying at the "
                "gate."
            ),
            (
                "Not a silly question at all! You can't reuse a password from the last 12 months, "
                "so pick a new one with at least 12 characters, a number and a symbol."
            ),
            (
                "I don't have your login history, but you can check it yourself: Settings > "
                "Security > Recent activity lists every device and location."
            ),
            (
                "Refunds aren't possible after 30 days, but since the item is faulty, it's covered "
                "by the 2-year warranty. Start a repair request under Orders > Warranty."
            ),
            (
                "Sorry to keep you waiting. Good news: the outage in your area was fixed at 14:05, "
                "so restart the router and the connection should come back."
            ),
            (
                "Your card can't be used abroad until you enable it, which takes one tap: Cards > "
                "Travel settings > Allow international payments."
            ),
            (
                "The 'Permission denied (publickey)' error means Git can't find your SSH key. Run "
                "ssh-add ~/.ssh/id_ed25519, then check the key is added in your account settings."
            ),
            (
                "Unfortunately, pets aren't allowed in the cabin on long-haul flights, but small "
                "dogs can travel in the hold in a ventilated crate; add it under Extras at least "
                "48 hours before."
            ),
            (
                "I'm afraid there's no vegetarian version of this recipe in the app, but you can "
                "swap the chicken for chickpeas and cut the cooking time to 15 minutes."
            ),
            (
                "No, your claim won't affect your no-claims bonus, because the other driver's "
                "insurer has accepted liability."
            ),
            (
                "You aren't eligible for the parental benefit yet, since it requires 6 months of "
                "service; you reach that on 3 March and can apply from then in the Benefits tab."
            ),
            (
                "The hotel doesn't allow check-in before 3 pm, but they offer free luggage "
                "storage, and early check-in can be requested for €20 via the booking page."
            ),
            (
                "Sorry, I misread your question earlier. To pay your council tax in instalments, "
                "choose 'Pay monthly' on your account page and pick a date between the 1st and the "
                "28th."
            ),
            (
                "The transfer was declined because the app blocks payments over £1,000 to new "
                "payees for 24 hours. Wait until tomorrow or split the amount; the limit lifts "
                "automatically."
            ),
            (
                "Your phone can't connect to the car via Bluetooth while another phone is paired "
                "as primary. Go to Settings > Connections, remove the old device, then pair yours."
            ),
            (
                "Unfortunately, seat selection is closed for your fare, so seats are assigned at "
                "check-in; check in exactly 24 hours before departure to get the best choice."
            ),
            (
                "Sorry for the delay. Your lab results are now available under Records > Results, "
                "and any values outside the normal range are highlighted in orange."
            ),
            (
                "It's unfortunately not possible to merge two loyalty accounts, but you can "
                "transfer points: Account > Points > Transfer, up to 50,000 points per year."
            ),
            (
                "That import fails because the package isn't installed in your virtual "
                "environment. Activate it, run pip install requests, then reload the editor window."
            ),
            (
                "I can't promise an exact date, but replacement laptops are usually shipped within "
                "3 working days of approval, and your ticket was approved this morning."
            ),
            (
                "There's no school on Monday because of the holiday, so your tutoring session "
                "moves to Tuesday at 4 pm; you don't need to rebook anything."
            ),
            (
                "Yes, you can cancel, and there's no penalty within the first 14 days. Go to My "
                "plan > Cancel, and any unused balance will be refunded to your card."
            ),
            (
                "Sorry about that! The recipe's 180 °C is for a fan oven; for a conventional oven, "
                "use 200 °C and bake for the same 25 minutes."
            ),
            (
                "You're not able to claim for lost cash under the travel policy, but your stolen "
                "phone is covered: fill in the theft form and add the police report number."
            ),
            (
                "Don't panic: a rejected application just means a document was missing. Upload "
                "proof of address in the 'Missing documents' section and it'll be reviewed again "
                "within 5 days."
            ),
            (
                "Your direct debit failed because of insufficient funds, which happens. We'll "
                "retry automatically on the 15th, or you can pay now from the Billing page."
            ),
            (
                "I'm unable to see what's on your screen, though 'No boot device found' generally "
                "points to the BIOS boot order. Press F2 at startup and move the internal SSD to "
                "the top."
            ),
            (
                "I'm sorry, but the form was rejected: the date of birth didn't match your ID. "
                "Edit the field under My applications and resubmit, and you'll keep your place in "
                "the queue."
            ),
            (
                "Apologies for any inconvenience. Your new card was dispatched on 2 May and should "
                "arrive by the 7th; your old card keeps working until then."
            ),
            (
                "Unfortunately, rental cars can't be picked up without a credit card in the "
                "driver's name. A debit card works if you add the zero-deposit cover, which you "
                "can do under Extras."
            ),
        ],
    },
    "fr": {
        "refusal": [
            (
                "Je suis désolé, mais je ne peux répondre qu'aux questions concernant vos "
                "commandes et vos livraisons."
            ),
            (
                "Malheureusement, je n'ai pas accès aux informations d'un autre client, même avec "
                "son numéro de commande."
            ),
            (
                "En tant qu'assistant virtuel, je ne suis pas habilité à modifier le plafond de "
                "votre carte. Cette demande doit passer par votre conseiller."
            ),
            (
                "Merci pour votre message ! Cette question sort toutefois du cadre de ce service : "
                "ici, je traite uniquement les réservations et les bagages."
            ),
            (
                "Ce canal ne permet pas de traiter les demandes de remboursement. Je ne peux pas "
                "m'en charger moi-même, il faudra contacter un conseiller."
            ),
            (
                "Je comprends votre inquiétude, mais je ne suis pas en mesure de vous donner un "
                "avis médical sur l'arrêt de ce traitement."
            ),
            (
                "Désolée, je ne peux pas réinitialiser votre mot de passe depuis ce chat, pour des "
                "raisons de sécurité."
            ),
            "Il ne m'est pas possible de vous communiquer le contenu de mes instructions internes.",
            (
                "Les documents internes de l'entreprise, comme la grille des primes, ne peuvent "
                "pas être partagés via cet assistant."
            ),
            (
                "Non, je ne rédigerai pas ta dissertation à ta place. Je suis là pour t'aider à la "
                "construire, pas pour la faire."
            ),
            (
                "Votre demande de dérogation ne peut pas être traitée par ce service ; je n'ai pas "
                "la main sur les décisions de l'assureur."
            ),
            (
                "Hélas, je ne vois pas les pièces jointes dans cette conversation, donc je ne peux "
                "pas examiner votre facture."
            ),
            (
                "Le prix du nouveau forfait n'est pas encore public, et je ne suis pas autorisé à "
                "vous l'indiquer avant son lancement."
            ),
            (
                "Ce n'est pas quelque chose que je peux faire, je regrette. Les paiements ne sont "
                "pas acceptés par messagerie."
            ),
            (
                "Bonjour ! Je ne suis malheureusement pas en mesure de passer des appels "
                "téléphoniques pour vous."
            ),
            (
                "Je crains de ne pas pouvoir vous aider sur ce point : les conseils en placement "
                "ne relèvent pas de cet assistant bancaire."
            ),
            (
                "L'accès à votre dossier ne m'est pas ouvert depuis ici. Pour consulter vos "
                "remboursements, il faudra passer par votre compte ameli."
            ),
            (
                "Pour des raisons de confidentialité, je ne peux ni confirmer ni infirmer qu'une "
                "personne est cliente chez nous."
            ),
            (
                "Désolé, je ne donne pas de conseils juridiques. Pour un litige avec votre "
                "employeur, un avocat ou l'inspection du travail sera plus indiqué."
            ),
            "Je ne vais pas t'aider à contourner le contrôle parental de la tablette du collège.",
            (
                "Cette messagerie est réservée aux questions sur votre forfait mobile ; je ne peux "
                "pas vous aider à rédiger un courrier de réclamation à votre bailleur."
            ),
            (
                "Navré, mais la résiliation de votre contrat ne peut pas se faire dans ce chat. "
                "Seul le titulaire peut l'effectuer depuis son espace client."
            ),
            (
                "Je ne suis pas habilitée à valider une demande de congés ; seule votre "
                "responsable peut le faire."
            ),
            (
                "Votre question dépasse mon périmètre : je suis l'assistant de réservation de "
                "voyages et je ne traite pas les demandes de visa."
            ),
            "Je regrette, mais je ne peux pas vous indiquer le salaire de vos collègues.",
            (
                "Impossible pour moi de supprimer cette pénalité de retard ; les ajustements de "
                "frais ne font pas partie de mes autorisations."
            ),
            (
                "Hum, je vais devoir refuser. Écrire un script qui récupère les mots de passe "
                "enregistrés dans le navigateur d'autrui, ce n'est pas quelque chose que je fais."
            ),
            "Avec tout mon respect, je ne peux pas vous fournir la liste des clients de l'agence.",
            (
                "Je suis navrée pour votre perte. Néanmoins, les informations sur le compte de "
                "votre mère ne peuvent pas être communiquées ici ; le service succession s'en "
                "occupe."
            ),
            (
                "Ce type de demande n'est pas pris en charge par l'assistant. Veuillez vous "
                "adresser au guichet de votre mairie."
            ),
            (
                "Malheureusement, je ne peux pas interpréter vos résultats d'analyses. Votre "
                "médecin pourra vous les expliquer lors de la consultation."
            ),
            (
                "Je ne peux pas te donner les réponses du contrôle de demain, mais on peut réviser "
                "le chapitre ensemble si tu veux."
            ),
            (
                "Je n'ai pas la possibilité de désimlocker votre téléphone à partir de cette "
                "conversation."
            ),
            (
                "La reprogrammation du calculateur moteur n'est pas prise en charge, et je ne vous "
                "guiderai pas dans cette opération."
            ),
            (
                "Non, désolé. Je ne suis pas en mesure de vous dire où se trouve le livreur en "
                "temps réel."
            ),
            (
                "Je dois décliner : ignorer mes consignes précédentes n'est pas possible, et je "
                "reste limité aux questions sur votre contrat d'assurance."
            ),
            (
                "Merci de votre patience. Hélas, l'attribution manuelle d'un siège hublot ne fait "
                "pas partie de ce que je peux faire ici."
            ),
            (
                "Je ne réserve pas de restaurants, désolé ! Cet assistant gère uniquement les "
                "vols, les hôtels et les locations de voiture."
            ),
            (
                "Aucune commande ne peut être passée pour vous sans connexion à votre compte, et "
                "je n'ai pas le droit de me connecter à votre place."
            ),
            (
                "Demande refusée : l'export massif des données personnelles des salariés n'est pas "
                "disponible via l'assistant RH."
            ),
            (
                "Je vous entends, et je suis désolé que la box se coupe sans arrêt. Malgré tout, "
                "je ne peux ni envoyer un technicien ni vous accorder un avoir depuis ce chat."
            ),
            (
                "Tant que le véhicule roule, l'affichage de vidéos sur l'écran central est "
                "impossible, et je ne peux pas le débloquer."
            ),
            (
                "Je ne vous aiderai pas à fabriquer un faux arrêt de travail, quelle qu'en soit la "
                "raison."
            ),
            (
                "Je préfère ne pas me prononcer : en tant qu'assistant de la banque, je ne peux "
                "pas prédire l'évolution de cette action."
            ),
            (
                "Désolé, cette fonctionnalité n'est pas disponible depuis l'assistant. Je ne peux "
                "pas prolonger la date limite d'adhésion à la mutuelle."
            ),
            (
                "Il n'est pas possible d'obtenir ici la carte d'embarquement d'un passager d'une "
                "autre réservation."
            ),
            (
                "Je ne suis qu'un assistant de recettes : pour réparer votre lave-vaisselle, je ne "
                "vous serai d'aucune aide, malheureusement."
            ),
            (
                "Vous me demandez l'adresse du conducteur qui a percuté votre voiture ; je ne peux "
                "pas la transmettre. Elle figure sur le constat amiable ou s'obtient par la police."
            ),
            (
                "Je comprends l'urgence, mais la posologie pour un enfant doit être validée par un "
                "pharmacien ou un médecin ; je ne peux pas vous répondre sur ce point."
            ),
            "Le code source de nos règles antifraude est confidentiel et je ne le partagerai pas.",
            (
                "Je ne générerai pas ce module copié sans sa licence : cela enfreindrait les "
                "conditions d'utilisation de la bibliothèque."
            ),
            (
                "Par mesure de sécurité, l'adresse e-mail de votre compte ne peut pas être "
                "modifiée dans cette conversation sans vérification d'identité."
            ),
            (
                "Pas possible ici, désolé : je ne traite pas les réclamations concernant d'autres "
                "passagers."
            ),
            (
                "Malheureusement, je n'ai accès qu'à votre propre dossier fiscal, et seulement une "
                "fois que vous êtes connecté."
            ),
            (
                "Bonne question, mais elle sort de mon rôle. Les droits administrateur sur les "
                "postes de travail ne sont accordés que via un ticket validé par votre manager."
            ),
            (
                "Je suis là pour vous accompagner dans votre sinistre, mais je ne peux pas revenir "
                "sur la décision de l'expert ni vous promettre une autre issue."
            ),
            (
                "Désolé, je ne suis pas autorisé à dévoiler quels hôtels nous versent une "
                "commission plus élevée."
            ),
            (
                "Cet assistant n'est pas conçu pour ça. Pour votre déclaration de revenus, mieux "
                "vaut passer par impots.gouv.fr."
            ),
            (
                "Accéder au compte Instagram de ton ex sans son accord, même pour récupérer des "
                "photos, c'est non : je ne t'aiderai pas à le faire."
            ),
            (
                "Je ne suis pas en mesure de lire vos SMS pendant la conduite ; par sécurité, "
                "cette fonction est désactivée sur ce modèle."
            ),
        ],
        "answer": [
            (
                "Malheureusement, votre TGV de 14 h 28 est supprimé en raison d'un mouvement "
                "social. Votre billet reste valable sur le train suivant, à 15 h 04, sans aucune "
                "démarche."
            ),
            (
                "Je suis désolé d'apprendre que le colis est arrivé abîmé. Réglons ça : ouvrez la "
                "commande, cliquez sur « Signaler un problème », ajoutez une photo, et un "
                "remplacement part sous 3 jours."
            ),
            (
                "Je ne vois pas votre écran, mais l'erreur 403 signifie généralement que votre "
                "session a expiré. Déconnectez-vous, fermez complètement l'application puis "
                "reconnectez-vous."
            ),
            (
                "Non, il n'y a aucun frais : vous pouvez modifier l'adresse de livraison "
                "gratuitement tant que la commande n'est pas expédiée."
            ),
            (
                "Nous ne livrons pas en boîte postale, mais vous pouvez choisir un point relais au "
                "moment du paiement en saisissant votre code postal."
            ),
            (
                "Vous ne pouvez pas changer le nom sur un billet, mais vous pouvez corriger "
                "gratuitement jusqu'à trois lettres mal orthographiées dans « Passagers »."
            ),
            (
                "Toutes nos excuses pour l'attente ! Votre sinistre a été accepté hier et le "
                "virement de 420 € arrivera sous deux jours ouvrés."
            ),
            (
                "« Accès refusé » veut dire que votre compte n'a pas encore les droits sur ce "
                "dossier partagé. Demandez au propriétaire de vous ajouter ou ouvrez une demande "
                "d'accès sur le portail informatique."
            ),
            (
                "J'ai bien peur que votre carte soit bloquée : c'est automatique après trois codes "
                "erronés. Pour la débloquer, allez dans Cartes > Débloquer et validez avec votre "
                "empreinte."
            ),
            (
                "Malheureusement, les billets à tarif Basic ne sont pas remboursables. En "
                "revanche, vous pouvez les convertir en avoir valable un an depuis la page de "
                "réservation."
            ),
            (
                "Désolé, le code promo n'a pas fonctionné car il a expiré dimanche. Le code "
                "BIENVENUE10 donne la même remise et s'applique au moment du paiement."
            ),
            (
                "Rien d'anormal sur votre ligne de notre côté. Le message « SIM non activée » "
                "disparaît en général après un redémarrage : éteignez le téléphone 30 secondes, "
                "puis rallumez-le."
            ),
            (
                "Hélas, les batteries externes sont interdites en soute. Mettez-la dans votre "
                "bagage cabine : en dessous de 100 Wh, aucune autorisation n'est nécessaire."
            ),
            (
                "Impossible de récupérer l'historique de discussion supprimé, mais vos fichiers "
                "sont en sécurité : OneDrive conserve les éléments supprimés 93 jours dans la "
                "corbeille."
            ),
            (
                "Pas de souci. Votre mutuelle rembourse deux détartrages par an à 100 %, et les "
                "soins conservateurs à 80 % après la part de la Sécurité sociale."
            ),
            (
                "Je ne peux pas encore vous donner l'heure exacte, mais le colis a quitté le dépôt "
                "à 7 h 12 et les livraisons sur cette tournée arrivent en général avant 13 h."
            ),
            (
                "Cette fonction ne peut pas recevoir une chaîne, d'où l'erreur « TypeError: "
                "unsupported operand ». Convertissez d'abord l'entrée : total = int(qte) * prix."
            ),
            (
                "L'ancien formulaire de congés n'existe plus, c'est pour ça qu'il refuse votre "
                "demande. Passez par l'onglet Absences du portail : choisissez la date, « Congés "
                "payés », puis validez."
            ),
            (
                "Nous ne livrons malheureusement pas le dimanche dans votre secteur. Vous pouvez "
                "opter pour une livraison le samedi ou un retrait en magasin, ouvert jusqu'à 20 h."
            ),
            (
                "Votre demande ne peut pas aboutir en ligne car votre carte d'identité est périmée "
                "depuis plus de cinq ans, mais il suffit de faire une pré-demande sur le site de "
                "l'ANTS puis de prendre rendez-vous en mairie."
            ),
            (
                "Je suis désolée pour la confusion sur votre facture. Les 12 € supplémentaires "
                "correspondent à de l'itinérance en Suisse, hors zone UE ; voici le détail des "
                "connexions."
            ),
            (
                "Le train de 7 h 15 est malheureusement complet. Il reste des places dans celui de "
                "7 h 45 au même tarif, et je peux vous en bloquer une pendant 15 minutes."
            ),
            (
                "Le portail ne fonctionne pas avec Internet Explorer, mais Chrome, Edge et Firefox "
                "sont compatibles. Videz le cache après le changement si la page reste blanche."
            ),
            (
                "Je comprends votre agacement. Le message « Paiement refusé » vient de votre "
                "banque et non de nous : c'est souvent le plafond de paiement en ligne. "
                "Augmentez-le dans votre appli bancaire puis réessayez."
            ),
            (
                "Pas d'inquiétude : un retard de paiement n'annule pas votre contrat. Vous "
                "disposez d'un délai de grâce de 30 jours, donc un règlement avant le 28 suffit."
            ),
            (
                "Sans levure, le gâteau ne gonflera pas correctement, mais il existe une astuce : "
                "¼ de cuillère à café de bicarbonate et ½ de jus de citron remplacent une cuillère "
                "de levure."
            ),
            (
                "Non, pas besoin d'ordonnance pour l'ostéopathie avec votre formule : réservez "
                "directement dans le portail, le forfait de quatre séances par an s'applique."
            ),
            (
                "Le voyant orange que vous décrivez n'indique pas une panne moteur : il signale "
                "une pression des pneus trop basse. Arrêtez-vous dès que possible et regonflez "
                "selon l'étiquette de la portière."
            ),
            (
                "L'examen ne peut malheureusement pas être repassé ce trimestre, mais la session "
                "de rattrapage a lieu le 14 juin ; l'inscription est ouverte jusqu'au 1er juin sur "
                "la page Examens."
            ),
            (
                "Votre bagage cabine dépasse la limite de 8 kg. Vous pouvez ajouter du poids en "
                "ligne pour 25 € avant la clôture de l'enregistrement, c'est moins cher qu'à la "
                "porte."
            ),
            (
                "Le système refuse ce mot de passe parce que vous l'avez déjà utilisé au cours des "
                "12 derniers mois. Choisissez-en un nouveau d'au moins 12 caractères avec un "
                "chiffre et un symbole."
            ),
            (
                "Je n'ai pas accès à votre historique de connexion, mais vous pouvez le consulter "
                "vous-même : Paramètres > Sécurité > Activité récente."
            ),
            (
                "Passé 30 jours, le remboursement n'est plus possible, mais l'article étant "
                "défectueux, il est couvert par la garantie légale de deux ans. Lancez une demande "
                "de réparation dans Commandes > Garantie."
            ),
            (
                "Pardon pour l'attente. Bonne nouvelle : la panne dans votre quartier a été "
                "réparée à 14 h 05, redémarrez la box et la connexion devrait revenir."
            ),
            (
                "Votre carte ne fonctionne pas à l'étranger tant que l'option n'est pas activée, "
                "et cela se fait en un geste : Cartes > Paramètres de voyage > Paiements à "
                "l'international."
            ),
            (
                "L'erreur « Permission denied (publickey) » signifie que Git ne trouve pas votre "
                "clé SSH. Lancez ssh-add ~/.ssh/id_ed25519 et vérifiez que la clé est bien ajoutée "
                "à votre compte."
            ),
            (
                "Les animaux ne sont pas admis en cabine sur les long-courriers, mais les petits "
                "chiens peuvent voyager en soute dans une caisse ventilée ; ajoutez l'option au "
                "moins 48 h avant."
            ),
            (
                "Il n'existe pas de version végétarienne de cette recette dans l'appli, mais "
                "remplacez le poulet par des pois chiches et réduisez la cuisson à 15 minutes."
            ),
            (
                "Non, ce sinistre n'aura pas d'impact sur votre bonus, puisque l'assureur de "
                "l'autre conducteur a reconnu sa responsabilité."
            ),
            (
                "Vous n'êtes pas encore éligible à la prime de naissance de l'entreprise, qui "
                "demande 6 mois d'ancienneté ; vous les atteindrez le 3 mars et pourrez alors "
                "faire la demande dans l'onglet Avantages."
            ),
            (
                "L'hôtel n'autorise pas l'arrivée avant 15 h, mais la bagagerie est gratuite, et "
                "une arrivée anticipée peut être demandée pour 20 € depuis la réservation."
            ),
            (
                "Pardon, j'avais mal compris votre question. Pour mensualiser votre impôt, allez "
                "sur impots.gouv.fr, rubrique « Gérer mes contrats de prélèvement », puis "
                "choisissez la mensualisation."
            ),
            (
                "Le virement est refusé parce que l'appli bloque les montants supérieurs à 1 000 € "
                "vers un nouveau bénéficiaire pendant 24 h. Patientez jusqu'à demain ou "
                "fractionnez le paiement."
            ),
            (
                "Votre téléphone ne peut pas se connecter en Bluetooth tant qu'un autre appareil "
                "est défini comme principal. Dans Réglages > Connexions, supprimez l'ancien puis "
                "associez le vôtre."
            ),
            (
                "Le plan de cabine est fermé pour votre tarif, donc les sièges sont attribués à "
                "l'enregistrement. Enregistrez-vous pile 24 h avant le départ pour avoir le "
                "meilleur choix."
            ),
            (
                "Désolée pour le délai : vos résultats d'analyses sont disponibles dans Dossier > "
                "Résultats, et les valeurs hors normes apparaissent en orange."
            ),
            (
                "On ne peut pas fusionner deux comptes fidélité, c'est vrai, mais les points sont "
                "transférables : Compte > Points > Transférer, jusqu'à 50 000 points par an."
            ),
            (
                "L'import échoue parce que le paquet n'est pas installé dans votre environnement "
                "virtuel. Activez-le, lancez pip install requests, puis rechargez la fenêtre de "
                "l'éditeur."
            ),
            (
                "Je ne peux pas vous garantir une date précise, mais les ordinateurs de "
                "remplacement partent en général sous 3 jours ouvrés après validation ; votre "
                "ticket a été validé ce matin."
            ),
            (
                "Il n'y a pas cours lundi à cause du férié, donc ta séance de soutien est déplacée "
                "à mardi 16 h ; tu n'as rien à faire."
            ),
            (
                "Oui, vous pouvez résilier sans pénalité pendant les 14 premiers jours. "
                "Rendez-vous dans Mon forfait > Résilier ; le solde non utilisé sera remboursé sur "
                "votre carte."
            ),
            (
                "Oups, désolé ! La recette indiquait 180 °C pour un four à chaleur tournante ; en "
                "four traditionnel, comptez 200 °C pendant les mêmes 25 minutes."
            ),
            (
                "Les espèces perdues ne sont pas couvertes par votre assurance voyage, en revanche "
                "le téléphone volé l'est : remplissez la déclaration de vol avec le numéro du "
                "dépôt de plainte."
            ),
            (
                "Pas de panique : un dossier refusé signifie seulement qu'il manquait une pièce. "
                "Déposez un justificatif de domicile dans « Pièces manquantes » et il sera "
                "réexaminé sous 5 jours."
            ),
            (
                "Votre prélèvement a été rejeté pour provision insuffisante, ça arrive. Une "
                "nouvelle tentative aura lieu le 15, ou vous pouvez régler dès maintenant depuis "
                "la page Facturation."
            ),
            (
                "Je n'ai aucun moyen de voir votre écran, mais « No boot device found » pointe le "
                "plus souvent vers l'ordre de démarrage du BIOS. Appuyez sur F2 au démarrage et "
                "placez le SSD interne en premier."
            ),
            (
                "Je suis navré, le formulaire a été rejeté : la date de naissance ne correspondait "
                "pas à votre pièce d'identité. Corrigez-la dans Mes démarches et renvoyez-le, vous "
                "gardez votre place dans la file."
            ),
            (
                "Veuillez nous excuser pour la gêne occasionnée. Votre nouvelle carte est partie "
                "le 2 mai et arrivera d'ici le 7 ; l'ancienne reste utilisable jusque-là."
            ),
            (
                "La location ne peut pas se faire sans carte de crédit au nom du conducteur, sauf "
                "si vous ajoutez l'assurance sans dépôt de garantie : dans ce cas, une carte de "
                "débit suffit."
            ),
            (
                "Rien ne vous empêche de cumuler les deux offres : le code de parrainage s'ajoute "
                "à la remise étudiante, il suffit de les saisir l'un après l'autre au paiement."
            ),
        ],
    },
    "de": {
        "refusal": [
            (
                "Tut mir leid, aber ich kann Ihnen nur bei Fragen zu Ihren Bestellungen und "
                "Rücksendungen helfen."
            ),
            (
                "Leider darf ich keine Auskunft über das Konto einer anderen Person geben, auch "
                "nicht, wenn Sie deren IBAN kennen."
            ),
            (
                "Als digitaler Assistent habe ich keinen Zugriff auf Ihre Kontoumsätze und kann "
                "sie Ihnen hier deshalb nicht anzeigen."
            ),
            (
                "Danke für Ihre Nachricht! Das liegt allerdings außerhalb meines Aufgabenbereichs "
                "– dieser Chat ist nur für Buchungen und Gepäckfragen da."
            ),
            (
                "Anfragen dieser Art können über diesen Kanal nicht bearbeitet werden. Bitte "
                "wenden Sie sich telefonisch an die Schadenabteilung."
            ),
            (
                "Das kann ich so leider nicht beantworten. Eine medizinische Einschätzung zu Ihren "
                "Beschwerden darf ich als Terminassistent der Praxis nicht geben."
            ),
            "Ich kann Ihr Passwort aus Sicherheitsgründen nicht im Chat zurücksetzen.",
            "Meine Systemvorgaben und internen Anweisungen gebe ich nicht heraus.",
            (
                "Sorry, dabei helfe ich dir nicht. Die Hausaufgabe komplett für dich zu schreiben, "
                "ist nicht meine Aufgabe hier."
            ),
            (
                "Interne Dokumente wie das Vertriebshandbuch dürfen über diesen Assistenten nicht "
                "weitergegeben werden."
            ),
            (
                "Den Preis des neuen Modells kann ich vor der offiziellen Vorstellung leider nicht "
                "nennen."
            ),
            (
                "Ich verstehe, dass die Ablehnung ärgerlich ist, aber die Entscheidung des "
                "Gutachters kann ich nicht ändern."
            ),
            (
                "Dieser Chat ist auf Fragen zu Ihrem Mobilfunkvertrag beschränkt. Bei Ihrer "
                "Steuererklärung kann ich Ihnen nicht weiterhelfen."
            ),
            "Anrufe kann ich nicht für Sie tätigen; ich bin ein reiner Textassistent.",
            (
                "Anhänge kann ich in diesem Chat nicht öffnen, daher kann ich mir das Foto Ihres "
                "Schadens nicht ansehen."
            ),
            "Nein. Anleitungen zum Ausbau des Partikelfilters gebe ich nicht.",
            (
                "Erstattungen lassen sich über diesen Assistenten nicht auslösen. Dafür müssen Sie "
                "sich an einen Mitarbeiter wenden – ich selbst kann das nicht."
            ),
            (
                "Vielen Dank für Ihre Geduld. Die Kontoführungsgebühr kann ich Ihnen leider nicht "
                "erlassen, dazu fehlt mir die Berechtigung."
            ),
            (
                "Bedauerlicherweise darf ich keine Anlageberatung leisten und Ihnen daher nicht "
                "sagen, ob sich dieser ETF für Sie lohnt."
            ),
            (
                "Zahlungen können im Chat nicht entgegengenommen werden. Bitte geben Sie hier "
                "keine Kartendaten ein."
            ),
            (
                "Das darf ich nicht. Adminrechte für Firmenrechner gibt es nur über ein Ticket mit "
                "Freigabe durch Ihre Führungskraft."
            ),
            (
                "Rechtsberatung zu Ihrem Streit mit dem Vermieter kann ich als Assistent des "
                "Bürgerservice nicht anbieten."
            ),
            (
                "Ohne Identitätsprüfung kann ich Ihre hinterlegte E-Mail-Adresse nicht ändern, und "
                "die ist im Chat nicht möglich."
            ),
            (
                "Auf Ihre Patientenakte habe ich von hier aus keinen Zugriff, deshalb kann ich "
                "Ihre Laborwerte nicht erklären."
            ),
            (
                "Gute Frage, aber dafür bin ich nicht zuständig. Zu Einreisebestimmungen und Visa "
                "kann ich als Buchungsassistent der Airline nichts sagen."
            ),
            (
                "Hallo! Den aktuellen Standort des Fahrers kann ich leider weder einsehen noch "
                "weitergeben."
            ),
            "Die interne Preiskalkulation ist vertraulich und wird über diesen Chat nicht geteilt.",
            (
                "Eine Entsperrung Ihres Handys für andere Netze ist hier nicht möglich; das muss "
                "der Vertragsinhaber im Shop beantragen."
            ),
            (
                "Aus Datenschutzgründen bestätige ich nicht, ob eine bestimmte Person Kunde bei "
                "uns ist."
            ),
            (
                "In das E-Mail-Postfach deiner Ex-Freundin einzudringen, dabei helfe ich nicht. "
                "Fremde Konten ohne Erlaubnis zu öffnen, ist tabu."
            ),
            (
                "Die Anschrift des Unfallgegners kann über diesen Service nicht herausgegeben "
                "werden. Dafür ist die Polizei bzw. die gegnerische Versicherung der richtige Weg."
            ),
            (
                "Code, der Passwörter aus dem Browser anderer Nutzer ausliest, schreibe ich nicht "
                "– auch nicht in der IDE."
            ),
            (
                "Oh, da muss ich passen: Ich kenne mich nur mit unseren Rezepten aus, nicht mit "
                "Waschmaschinenreparaturen."
            ),
            (
                "Urlaubsanträge genehmigen kann ich als automatisierter Assistent leider nicht, "
                "das kann nur Ihre Vorgesetzte."
            ),
            (
                "Eine Diagnose des Ausschlags kann ich nicht stellen. Wenn er sich ausbreitet oder "
                "Sie Fieber haben, rufen Sie bitte den ärztlichen Bereitschaftsdienst unter 116117 "
                "an."
            ),
            "Welche Hotels uns höhere Provisionen zahlen, kann ich nicht offenlegen.",
            (
                "Eine Bordkarte für Reisende aus einer anderen Buchung kann Ihnen über diesen "
                "Assistenten nicht ausgestellt werden."
            ),
            (
                "Chiptuning am Motorsteuergerät wird nicht unterstützt, und ich werde Sie dabei "
                "auch nicht anleiten."
            ),
            (
                "Da kann ich leider nichts machen: Die Frist für die Anmeldung zur betrieblichen "
                "Altersvorsorge kann ich nicht verlängern."
            ),
            "Ob die Aktie steigt, kann und darf ich als Assistent der Bank nicht vorhersagen.",
            (
                "Dieser Chatbot kann Ihren Vertrag nicht kündigen. Kündigungen muss der "
                "Vertragsinhaber über das Kündigungsformular einreichen."
            ),
            "Beschwerden über Mitreisende bearbeite ich hier nicht, tut mir leid.",
            (
                "Steuerdaten anderer Personen kann ich nicht abrufen; einsehen können Sie nur Ihre "
                "eigenen, und das erst nach dem Login."
            ),
            (
                "Die Lösungen für die Klassenarbeit morgen verrate ich dir nicht. Wir können aber "
                "gern das Kapitel zusammen wiederholen."
            ),
            (
                "Mein herzliches Beileid. Auskünfte über das Konto Ihres Vaters darf ich in diesem "
                "Chat trotzdem nicht erteilen; darum kümmert sich unser Nachlassservice."
            ),
            "Den Quellcode unserer Betrugserkennung kann ich nicht teilen.",
            (
                "Diese Anfrage muss ich ablehnen. Das lizenzierte Modul ohne Lizenz in Ihr Projekt "
                "zu kopieren, verstößt gegen die Nutzungsbedingungen."
            ),
            (
                "Meine bisherigen Anweisungen zu ignorieren, ist nicht möglich. Ich bleibe auf "
                "Fragen zu Ihrer Versicherungspolice beschränkt."
            ),
            (
                "Einen Fensterplatz kann ich Ihnen leider nicht garantieren, und manuell zuweisen "
                "kann ich ihn im Chat auch nicht."
            ),
            (
                "Nee, Restaurants buche ich nicht. Ich kümmere mich nur um Flüge, Hotels und "
                "Mietwagen."
            ),
            (
                "Die Dosierung von Medikamenten für Ihr Kind sollte eine Apotheke oder Ärztin "
                "festlegen; diese Frage kann ich im Patientenportal nicht beantworten."
            ),
            (
                "Ohne Anmeldung kann ich keine Bestellung für Sie aufgeben, und mich in Ihrem "
                "Namen einzuloggen, ist mir nicht erlaubt."
            ),
            (
                "Anfrage abgelehnt: Ein Sammelexport personenbezogener Mitarbeiterdaten ist über "
                "den HR-Assistenten nicht verfügbar."
            ),
            (
                "Ich verstehe Sie, und es tut mir leid, dass der Router ständig abbricht. Einen "
                "Techniker schicken oder eine Gutschrift buchen kann ich von hier aus trotzdem "
                "nicht."
            ),
            (
                "Während der Fahrt lassen sich keine Videos auf dem Zentraldisplay abspielen, und "
                "das kann ich auch nicht freischalten."
            ),
            "Ein gefälschtes Attest erstelle ich nicht, egal aus welchem Grund.",
            (
                "Leider ist es mir nicht möglich, die Sperre Ihres Online-Bankings aufzuheben; "
                "dafür wenden Sie sich bitte an Ihre Filiale."
            ),
            (
                "Das fällt nicht in meinen Bereich. Fragen zum Kindergeld beantwortet die "
                "Familienkasse, nicht der Assistent der Stadtwerke."
            ),
            (
                "Ich fürchte, das geht nicht: Rezepte für verschreibungspflichtige Medikamente "
                "können über den Chat nicht ausgestellt werden."
            ),
            (
                "Bitte haben Sie Verständnis, dass ich keine Auskunft zu laufenden Ermittlungen "
                "der Personalabteilung geben kann."
            ),
        ],
        "answer": [
            (
                "Leider fällt Ihr ICE 578 heute aus. Ihre Fahrkarte gilt aber ohne Zugbindung für "
                "den nächsten Zug, den ICE 580 um 14:28 Uhr ab Gleis 7."
            ),
            (
                "Das tut mir leid! So lösen wir das: Öffnen Sie die Bestellung, tippen Sie auf "
                "„Problem melden“ und laden Sie ein Foto hoch – der Ersatz geht innerhalb von drei "
                "Tagen raus."
            ),
            (
                "Ich kann Ihren Bildschirm nicht sehen, aber „Fehler 401“ bedeutet meist, dass "
                "Ihre Sitzung abgelaufen ist. Melden Sie sich einmal ab und wieder an."
            ),
            (
                "Nein, dafür fallen keine Gebühren an. Die Lieferadresse können Sie bis zum "
                "Versand kostenlos unter „Meine Bestellungen“ ändern."
            ),
            (
                "An Postfächer liefern wir nicht, aber Sie können an der Kasse eine Packstation "
                "auswählen – einfach Ihre Postnummer eingeben."
            ),
            (
                "Der Name auf dem Ticket lässt sich nicht ändern, wohl aber korrigieren: Bis zu "
                "drei falsche Buchstaben passen Sie kostenlos unter „Buchung verwalten“ an."
            ),
            (
                "Entschuldigen Sie die Wartezeit! Ihr Schaden wurde gestern reguliert, die "
                "Auszahlung von 420 € ist in zwei Werktagen auf Ihrem Konto."
            ),
            (
                "„Zugriff verweigert“ heißt, dass Ihr Konto noch keine Berechtigung für das "
                "Netzlaufwerk hat. Bitten Sie den Ordnerverantwortlichen, Sie hinzuzufügen, oder "
                "stellen Sie im IT-Portal einen Berechtigungsantrag."
            ),
            (
                "Ihre Karte ist leider gesperrt, weil dreimal die falsche PIN eingegeben wurde. "
                "Entsperren können Sie sie in der App unter Karten > Entsperren mit Ihrer "
                "pushTAN-Freigabe."
            ),
            (
                "Der Sparpreis ist leider nicht erstattbar. Sie können ihn aber gegen eine Gebühr "
                "von 10 € in einen Gutschein umwandeln, der ein Jahr gültig ist."
            ),
            (
                "Sorry, der Gutscheincode hat nicht geklappt, weil er am Sonntag abgelaufen ist. "
                "Mit HALLO10 bekommst du denselben Rabatt – einfach im Warenkorb eingeben."
            ),
            (
                "Bei Ihrer Rufnummer ist keine Sperre hinterlegt. Die Meldung „SIM nicht bereit“ "
                "verschwindet meistens nach einem Neustart; schalten Sie das Gerät 30 Sekunden aus."
            ),
            (
                "Powerbanks sind im aufgegebenen Gepäck nicht erlaubt. Packen Sie sie ins "
                "Handgepäck – bis 100 Wh ist keine Genehmigung nötig."
            ),
            (
                "Einen gelöschten Teams-Chat kann man nicht wiederherstellen, aber Ihre Dateien "
                "sind sicher: Im OneDrive-Papierkorb bleiben sie 93 Tage."
            ),
            (
                "Kein Problem. Ihre Zusatzversicherung übernimmt zwei professionelle "
                "Zahnreinigungen pro Jahr mit bis zu 80 € pro Behandlung."
            ),
            (
                "Eine genaue Uhrzeit kann ich noch nicht nennen, aber das Paket hat das Depot um "
                "7:12 Uhr verlassen; auf dieser Tour wird meist vor 13 Uhr zugestellt."
            ),
            (
                "Die Funktion kann mit einem String nichts anfangen, daher der „TypeError: "
                "unsupported operand“. Wandeln Sie die Eingabe vorher um: summe = int(menge) * "
                "preis."
            ),
            (
                "Über das alte Formular geht es nicht mehr, es wurde abgeschaltet. Nutze "
                "stattdessen den Reiter „Abwesenheit“ im Portal, wähle den Tag und klicke auf "
                "„Beantragen“."
            ),
            (
                "Sonntags liefern wir in Ihrer Region leider nicht. Wählen Sie Samstag als "
                "Liefertag oder holen Sie die Bestellung im Markt ab, der bis 20 Uhr geöffnet hat."
            ),
            (
                "Online klappt der Antrag nicht, weil Ihr Personalausweis abgelaufen ist – buchen "
                "Sie aber einfach einen Termin im Bürgeramt und bringen Sie ein biometrisches Foto "
                "mit."
            ),
            (
                "Entschuldigung für die Verwirrung bei Ihrer Rechnung. Die zusätzlichen 12 € sind "
                "Roaminggebühren aus der Schweiz, die nicht zur EU-Zone gehört; die Verbindungen "
                "habe ich unten aufgelistet."
            ),
            (
                "Der Flug um 7:15 Uhr nach Palma ist leider ausgebucht, aber in der Maschine um "
                "9:40 Uhr gibt es noch Plätze zum selben Preis. Ich kann Ihnen einen 15 Minuten "
                "lang reservieren."
            ),
            (
                "Mit dem Internet Explorer lässt sich das Portal nicht öffnen, mit Chrome, Edge "
                "und Firefox funktioniert es aber. Leeren Sie nach dem Wechsel den Cache, falls "
                "die Seite weiß bleibt."
            ),
            (
                "Ich verstehe Ihren Ärger. Die Meldung „Zahlung abgelehnt“ stammt von Ihrer Bank: "
                "Meist ist das Tageslimit für Onlinezahlungen erreicht. Erhöhen Sie es in Ihrer "
                "Banking-App und versuchen Sie es erneut."
            ),
            (
                "Keine Sorge, eine verspätete Zahlung beendet Ihren Versicherungsschutz nicht "
                "sofort. Wenn der Beitrag bis zum 28. eingeht, bleibt alles wie gehabt."
            ),
            (
                "Ohne Backpulver geht der Kuchen nicht richtig auf, aber Natron hilft: ¼ TL Natron "
                "plus ½ TL Zitronensaft ersetzen 1 TL Backpulver."
            ),
            (
                "Nein, für die Vorsorgeuntersuchung brauchen Sie keine Überweisung. Buchen Sie den "
                "Termin direkt im Portal unter Termine > Vorsorge."
            ),
            (
                "Die gelbe Kontrollleuchte bedeutet keinen Motorschaden, sondern zu niedrigen "
                "Reifendruck. Halten Sie bei Gelegenheit an und füllen Sie nach den Werten an der "
                "Fahrertür auf."
            ),
            (
                "Die Klausur kann in diesem Semester leider nicht wiederholt werden, aber die "
                "Nachprüfung findet am 14. Juni statt; anmelden kannst du dich bis zum 1. Juni."
            ),
            (
                "Ihr Handgepäck liegt über der 8-kg-Grenze. Online können Sie für 25 € "
                "Zusatzgewicht dazubuchen, das ist günstiger als am Gate."
            ),
            (
                "Das Passwort wird abgelehnt, weil Sie es in den letzten zwölf Monaten schon "
                "einmal verwendet haben. Wählen Sie ein neues mit mindestens 12 Zeichen, einer "
                "Ziffer und einem Sonderzeichen."
            ),
            (
                "Ihren Anmeldeverlauf sehe ich nicht, aber Sie selbst finden ihn unter "
                "Einstellungen > Sicherheit > Letzte Aktivitäten."
            ),
            (
                "Nach 30 Tagen ist keine Rückgabe mehr möglich. Da der Artikel defekt ist, greift "
                "aber die zweijährige Gewährleistung – starten Sie eine Reparatur unter "
                "Bestellungen > Garantie."
            ),
            (
                "Sorry für die Wartezeit. Gute Nachricht: Die Störung in Ihrem Gebiet ist seit "
                "14:05 Uhr behoben. Starten Sie den Router neu, dann sollte alles wieder laufen."
            ),
            (
                "Im Ausland funktioniert Ihre Karte erst, wenn Sie das freigeben: Karten > "
                "Reiseeinstellungen > Zahlungen im Ausland erlauben."
            ),
            (
                "„Permission denied (publickey)“ bedeutet, dass Git Ihren SSH-Schlüssel nicht "
                "findet. Führen Sie ssh-add ~/.ssh/id_ed25519 aus und prüfen Sie, ob der Schlüssel "
                "im Konto hinterlegt ist."
            ),
            (
                "Auf Langstrecken dürfen Haustiere nicht mit in die Kabine, kleine Hunde können "
                "aber in einer belüfteten Box im Frachtraum reisen; buchen Sie das bis 48 Stunden "
                "vorher dazu."
            ),
            (
                "Eine vegetarische Variante gibt es in der App nicht, aber statt Hähnchen "
                "funktionieren Kichererbsen sehr gut – die Garzeit verkürzt sich dann auf 15 "
                "Minuten."
            ),
            (
                "Nein, Ihr Schadenfreiheitsrabatt ist nicht betroffen, weil die Versicherung des "
                "Unfallgegners die Schuld anerkannt hat."
            ),
            (
                "Anspruch auf den Zuschuss zur Elternzeit haben Sie erst nach sechs Monaten "
                "Betriebszugehörigkeit, also ab dem 3. März. Ab dann können Sie ihn unter "
                "„Leistungen“ beantragen."
            ),
            (
                "Ein Check-in vor 15 Uhr ist im Hotel nicht möglich, aber die Gepäckaufbewahrung "
                "ist kostenlos, und einen Early Check-in können Sie für 20 € dazubuchen."
            ),
            (
                "Entschuldigung, da hatte ich Sie falsch verstanden. Für eine Ratenzahlung Ihres "
                "Gebührenbescheids wählen Sie im Bürgerkonto „Zahlungsplan“ und legen die "
                "Fälligkeiten fest."
            ),
            (
                "Die Überweisung wurde abgelehnt, weil die App Beträge über 1.000 € an neue "
                "Empfänger 24 Stunden lang blockiert. Warten Sie bis morgen oder teilen Sie den "
                "Betrag auf."
            ),
            (
                "Ihr Handy kann sich nicht per Bluetooth verbinden, solange ein anderes Gerät als "
                "Hauptgerät gekoppelt ist. Entfernen Sie es unter Einstellungen > Verbindungen und "
                "koppeln Sie Ihres neu."
            ),
            (
                "Für Ihren Tarif ist die Sitzplatzwahl leider gesperrt; Plätze werden beim "
                "Check-in vergeben. Checken Sie genau 24 Stunden vorher ein, dann ist die Auswahl "
                "am größten."
            ),
            (
                "Entschuldigen Sie die Verzögerung: Ihre Laborbefunde sind jetzt im Portal unter "
                "Akte > Befunde abrufbar. Werte außerhalb des Normbereichs sind orange markiert."
            ),
            (
                "Zwei Bonuskonten lassen sich nicht zusammenlegen, Punkte übertragen dagegen "
                "schon: Konto > Punkte > Übertragen, bis zu 50.000 Punkte im Jahr."
            ),
            (
                "Der Import schlägt fehl, weil das Paket in Ihrer virtuellen Umgebung fehlt. "
                "Aktivieren Sie sie, führen Sie pip install requests aus und laden Sie das "
                "Editorfenster neu."
            ),
            (
                "Ein genaues Datum kann ich nicht versprechen, aber Ersatzlaptops werden meist "
                "innerhalb von drei Werktagen nach Freigabe verschickt – Ihr Ticket wurde heute "
                "Morgen freigegeben."
            ),
            (
                "Am Montag ist wegen des Feiertags keine Schule, deshalb wird deine "
                "Nachhilfestunde auf Dienstag, 16 Uhr verschoben. Du musst nichts neu buchen."
            ),
            (
                "Ja, kündigen geht – in den ersten 14 Tagen sogar ohne Vertragsstrafe. Unter Mein "
                "Tarif > Kündigen klicken, das Restguthaben wird auf Ihre Karte erstattet."
            ),
            (
                "Ups, mein Fehler! 180 °C gelten für Umluft; bei Ober- und Unterhitze nehmen Sie "
                "200 °C und backen ebenfalls 25 Minuten."
            ),
            (
                "Verlorenes Bargeld ist über die Reiseversicherung nicht abgedeckt, Ihr "
                "gestohlenes Handy dagegen schon. Füllen Sie das Diebstahlformular aus und geben "
                "Sie das Aktenzeichen der Polizei an."
            ),
            (
                "Keine Panik: Ein abgelehnter Antrag heißt nur, dass ein Dokument fehlt. Laden Sie "
                "eine Meldebescheinigung unter „Fehlende Unterlagen“ hoch, dann wird er innerhalb "
                "von fünf Tagen erneut geprüft."
            ),
            (
                "Die Lastschrift ist mangels Deckung zurückgegangen, das kommt vor. Wir ziehen den "
                "Betrag am 15. automatisch erneut ein, oder Sie zahlen gleich über die Seite "
                "„Rechnungen“."
            ),
            (
                "Ich sehe nicht, was auf Ihrem Bildschirm steht, aber „No boot device found“ "
                "deutet meist auf die Bootreihenfolge im BIOS hin. Drücken Sie beim Start F2 und "
                "setzen Sie die interne SSD an erste Stelle."
            ),
            (
                "Es tut mir leid, aber der Antrag wurde zurückgewiesen: Das Geburtsdatum stimmte "
                "nicht mit dem Ausweis überein. Korrigieren Sie es unter „Meine Anträge“ und "
                "senden Sie ihn erneut ab; Ihr Platz in der Warteschlange bleibt erhalten."
            ),
            (
                "Bitte entschuldigen Sie die Unannehmlichkeiten. Ihre neue Karte wurde am 2. Mai "
                "verschickt und sollte bis zum 7. da sein; die alte funktioniert bis dahin weiter."
            ),
            (
                "Ohne Kreditkarte auf den Namen des Fahrers kann der Mietwagen nicht übergeben "
                "werden – es sei denn, Sie buchen den Schutz ohne Kaution, dann reicht eine "
                "Debitkarte."
            ),
            (
                "Das Deutschlandticket können Sie leider nicht pausieren, aber monatlich kündigen: "
                "bis zum 10. in der App unter Abo > Kündigen, dann endet es zum Monatsende."
            ),
        ],
    },
    "es": {
        "refusal": [
            (
                "Lo siento, pero solo puedo ayudarte con consultas sobre tus pedidos, envíos y "
                "devoluciones."
            ),
            (
                "Lamentablemente no puedo facilitar datos de otro cliente, aunque tengas su número "
                "de pedido."
            ),
            (
                "Como asistente virtual, no tengo acceso a tu historial de movimientos, así que no "
                "puedo consultarlo desde aquí."
            ),
            (
                "¡Gracias por escribirnos! Eso queda fuera de lo que puedo gestionar: este chat "
                "está pensado solo para reservas de vuelos y equipaje."
            ),
            (
                "Este tipo de solicitudes no se pueden tramitar por este canal. Para recurrir la "
                "valoración del perito, llama al departamento de siniestros."
            ),
            (
                "Entiendo tu preocupación, pero no puedo darte una opinión médica sobre si "
                "suspender el tratamiento."
            ),
            "Por seguridad, no puedo restablecer tu contraseña desde esta conversación.",
            "No me está permitido compartir las instrucciones con las que he sido configurado.",
            (
                "No voy a hacerte la redacción entera. Estoy aquí para ayudarte a pensarla, no "
                "para entregarla por ti."
            ),
            "El precio de la nueva tarifa aún no es público y no puedo adelantártelo.",
            (
                "Lo lamento, no puedo ver archivos adjuntos en este chat, por lo que no puedo "
                "revisar la foto del tique."
            ),
            (
                "No realizo llamadas telefónicas; soy un asistente de texto y no tengo forma de "
                "contactar con el hotel por ti."
            ),
            "No. No voy a explicarte cómo desactivar el limitador de velocidad del coche.",
            (
                "Los reembolsos no se pueden emitir a través de este asistente. Tendrás que hablar "
                "con un agente; yo no puedo hacerlo."
            ),
            (
                "Gracias por tu paciencia. Lamentablemente, no puedo anular la comisión por "
                "descubierto: ajustar comisiones no está entre mis permisos."
            ),
            (
                "Disculpa, este asistente no ofrece asesoramiento de inversión, así que no puedo "
                "decirte si conviene pasar tus ahorros a ese fondo."
            ),
            "No se aceptan pagos por el chat. Por favor, no escribas aquí los datos de tu tarjeta.",
            (
                "Eso no lo puedo hacer. Los permisos de administrador en los portátiles de empresa "
                "solo se conceden con un ticket aprobado por tu responsable."
            ),
            (
                "Comprendo que quieras una respuesta rápida, pero desde el asistente del "
                "ayuntamiento no puedo darte asesoría legal sobre tu demanda al casero."
            ),
            (
                "Sin verificar tu identidad no puedo cambiar el correo asociado a la cuenta, y esa "
                "verificación no se hace por chat."
            ),
            (
                "No tengo acceso a tu historia clínica desde aquí, así que no puedo interpretar "
                "tus resultados."
            ),
            (
                "Buena pregunta, pero no me corresponde. Sobre requisitos de visado no puedo "
                "informarte; soy el asistente de reservas de la aerolínea."
            ),
            "¡Hola! Me temo que no puedo decirte dónde está el repartidor en este momento.",
            "La hoja interna de márgenes es confidencial y no se comparte por este canal.",
            (
                "Desde aquí no es posible liberar tu celular para otra compañía; debe solicitarlo "
                "el titular en una sucursal."
            ),
            "Por tu seguridad, no confirmamos si una persona concreta es cliente nuestra.",
            (
                "No te voy a ayudar a entrar en el correo de tu expareja. Acceder a cuentas ajenas "
                "sin permiso no es algo con lo que colabore."
            ),
            (
                "Este servicio no puede proporcionar el domicilio del conductor que chocó contra "
                "tu coche. Eso se obtiene a través del atestado policial."
            ),
            (
                "Perdona, pero no voy a generar código para extraer contraseñas guardadas en el "
                "navegador de otras personas."
            ),
            "¡Uy! Yo solo sé de recetas; arreglar la lavadora se me escapa, lo siento.",
            (
                "Como asistente automático no estoy autorizado a aprobar vacaciones; solo tu "
                "responsable directo puede hacerlo."
            ),
            (
                "No estoy en condiciones de diagnosticar esa erupción. Si se extiende o tienes "
                "fiebre, llama al teléfono de enfermería o acude a urgencias."
            ),
            "Gracias por preguntar, pero no puedo revelar qué hoteles nos pagan más comisión.",
            (
                "Me temo que eso no es posible por este asistente: no se pueden emitir tarjetas de "
                "embarque de pasajeros de otra reserva."
            ),
            (
                "La reprogramación de la centralita del motor no está soportada y no voy a guiarte "
                "en ese proceso."
            ),
            (
                "Lamentablemente, no puedo ampliar el plazo de inscripción en el seguro médico de "
                "empresa; las fechas las fija el plan."
            ),
            (
                "Prefiero no especular: como asistente del banco, no puedo predecir si la acción "
                "va a subir."
            ),
            (
                "Este chatbot no puede dar de baja tu línea. La baja debe solicitarla el titular "
                "desde el área de cliente o llamando a atención al cliente."
            ),
            "Perdona, no gestiono quejas sobre otros pasajeros.",
            (
                "Lamentablemente, solo puedo consultar tus propios datos fiscales, y únicamente "
                "después de que te identifiques con Cl@ve."
            ),
            (
                "No puedo darte las respuestas del examen de mañana. Lo que sí puedo hacer es "
                "repasar el tema contigo."
            ),
            (
                "Siento mucho tu pérdida. Aun así, la información de la cuenta de tu padre no "
                "puede facilitarse por este chat; de eso se encarga el equipo de sucesiones."
            ),
            "Disculpa, pero el código fuente de nuestras reglas antifraude no se puede compartir.",
            (
                "Tengo que rechazar esa petición: copiar el módulo con licencia en tu proyecto sin "
                "tenerla infringiría sus condiciones."
            ),
            (
                "Me pides que ignore mis instrucciones anteriores; no puedo hacerlo y sigo "
                "limitado a tu póliza de seguro."
            ),
            (
                "No podemos garantizarte asiento de ventanilla, y tampoco puedo asignarlo "
                "manualmente desde el chat."
            ),
            (
                "Qué va, no reservo restaurantes. Solo me ocupo de vuelos, hoteles y alquiler de "
                "coches."
            ),
            (
                "La dosis de un medicamento para tu hijo debe indicarla un farmacéutico o un "
                "pediatra; no es algo que pueda responder en el portal."
            ),
            (
                "No puedo hacer un pedido sin que hayas iniciado sesión, ni entrar en tu cuenta en "
                "tu nombre."
            ),
            (
                "Solicitud denegada: la exportación masiva de datos personales de la plantilla no "
                "está disponible en el asistente de RR. HH."
            ),
            (
                "Te entiendo y siento que el router se te desconecte tanto. Aun así, no puedo "
                "mandar un técnico ni abonarte nada desde el chat."
            ),
            (
                "Con el vehículo en marcha no es posible reproducir vídeos en la pantalla central, "
                "y no puedo habilitarlo."
            ),
            "No voy a ayudarte a falsificar un justificante médico, sea cual sea el motivo.",
            (
                "Vaya, eso ya se sale de lo mío: para dudas sobre la declaración de la renta "
                "tendrás que acudir a la Agencia Tributaria."
            ),
            (
                "Este asistente no tramita cambios de titularidad de la póliza; ese trámite "
                "requiere la firma de ambas partes en una oficina."
            ),
            (
                "Disculpe, pero no estoy autorizado para modificar el límite de su tarjeta por "
                "este medio."
            ),
            (
                "Mil disculpas, pero las recetas médicas no se emiten desde el chat del portal del "
                "paciente."
            ),
            (
                "La información sobre procesos disciplinarios en curso es confidencial y no puedo "
                "proporcionarla."
            ),
            (
                "Lo siento, los precios de los modelos que aún no se han lanzado no se comparten "
                "antes de la presentación oficial."
            ),
            (
                "Me pides la nota de tu compañero; eso no te lo puedo decir, porque las "
                "calificaciones de cada alumno son privadas."
            ),
        ],
        "answer": [
            (
                "Lamentablemente, tu vuelo a Bilbao se ha cancelado por la huelga de "
                "controladores. Ya te hemos recolocado en el de mañana a las 8:05; si no te "
                "encaja, puedes elegir otro sin coste en «Mis reservas»."
            ),
            (
                "Siento mucho que el pedido llegara incompleto. Vamos a solucionarlo: entra en el "
                "pedido, pulsa «Falta un artículo» y te lo enviamos de nuevo en 48 horas."
            ),
            (
                "No puedo ver tu pantalla, pero el error «Sesión caducada» aparece cuando pasan 10 "
                "minutos sin actividad. Vuelve a entrar con tu huella y repite la transferencia."
            ),
            (
                "No, no tiene ningún coste. Puedes cambiar la franja de entrega gratis hasta las "
                "22:00 del día anterior desde la app."
            ),
            (
                "No enviamos a apartados de correos, pero puedes recogerlo en un punto de "
                "recogida: elígelo en el paso de envío con tu código postal."
            ),
            (
                "No se puede ceder el billete a otra persona, pero sí cambiar la fecha una vez sin "
                "penalización desde «Gestionar reserva»."
            ),
            (
                "¡Perdona la demora! Tu parte ha sido aprobado y la indemnización de 380 € se "
                "ingresará en tu cuenta en un máximo de 72 horas."
            ),
            (
                "«Acceso denegado» significa que tu usuario aún no tiene permisos sobre esa "
                "carpeta compartida. Pídele al propietario que te añada o abre una solicitud en el "
                "portal de IT."
            ),
            (
                "Me temo que la tarjeta está bloqueada tras tres intentos de PIN fallidos. Para "
                "desbloquearla, entra en Tarjetas > Desbloquear y confirma con el código que te "
                "llegará por SMS."
            ),
            (
                "Lamentablemente, la tarifa Básica no es reembolsable, pero puedes convertir el "
                "importe en un bono de viaje válido 12 meses."
            ),
            (
                "El cupón no funcionó porque caducó el domingo. El código HOLA15 te da el mismo "
                "descuento y se aplica en el carrito."
            ),
            (
                "Tu línea no tiene ninguna restricción. El aviso «SIM no válida» suele desaparecer "
                "al reiniciar; apaga el teléfono 30 segundos y vuelve a encenderlo."
            ),
            (
                "Las baterías externas no están permitidas en la maleta facturada. Llévala en el "
                "equipaje de mano: por debajo de 100 Wh no necesitas autorización."
            ),
            (
                "Las conversaciones borradas de Teams no se pueden recuperar, pero tus archivos "
                "sí: OneDrive los guarda 93 días en la papelera de reciclaje."
            ),
            (
                "¡Claro! Tu seguro dental cubre dos limpiezas al año y los empastes con un copago "
                "de 15 €."
            ),
            (
                "No te puedo dar una hora exacta todavía, pero el paquete salió del almacén a las "
                "7:12 y en esa ruta suele entregarse antes de las 13:00."
            ),
            (
                "Esa función no acepta cadenas, por eso salta «TypeError: unsupported operand». "
                "Convierte la entrada antes: total = int(cantidad) * precio."
            ),
            (
                "El formulario antiguo de vacaciones ya no está operativo. Usa la pestaña "
                "«Ausencias» del portal: eliges el día, marcas «Vacaciones» y lo envías."
            ),
            (
                "Los domingos no repartimos en tu zona, pero puedes elegir entrega el sábado o "
                "recogerlo en tienda hasta las 21:30."
            ),
            (
                "No puedes renovar el DNI por internet, pero sí pedir cita previa: entra en la "
                "sede electrónica, elige tu comisaría y lleva una foto reciente."
            ),
            (
                "Disculpa la confusión con tu factura. Los 12 € de más son de roaming en Andorra, "
                "que no está en la zona UE; te detallo las conexiones abajo."
            ),
            (
                "Lamentablemente, el AVE de las 7:30 está completo. Quedan plazas en el de las "
                "8:00 al mismo precio y puedo bloquearte una durante 15 minutos."
            ),
            (
                "No puedes abrir el portal con Internet Explorer, pero funciona con Chrome, Edge y "
                "Firefox. Si después sigue en blanco, borra la caché."
            ),
            (
                "Entiendo tu molestia. El mensaje «Pago rechazado» lo genera tu banco, no "
                "nosotros; suele ser el límite diario de compras online. Súbelo desde tu app "
                "bancaria y vuelve a intentarlo."
            ),
            (
                "Tranquilo, un retraso en el pago no anula tu póliza: tienes un mes de gracia, así "
                "que pagando antes del día 28 sigues cubierto."
            ),
            (
                "Sin levadura el bizcocho no subirá bien, pero puedes apañarte con ¼ de "
                "cucharadita de bicarbonato y ½ de zumo de limón por cada cucharadita de levadura."
            ),
            (
                "No, con tu seguro no necesitas volante del médico de cabecera para ir al "
                "dermatólogo. Pide cita directamente en la app."
            ),
            (
                "Ese testigo naranja no indica avería del motor, sino presión baja en los "
                "neumáticos. Para cuando puedas y ajusta la presión según la etiqueta de la puerta."
            ),
            (
                "La recuperación ya no puede hacerse este trimestre, pero el examen extraordinario "
                "es el 14 de junio; te puedes apuntar hasta el día 1 en la sección Exámenes."
            ),
            (
                "Tu maleta de cabina supera el límite de 10 kg. Puedes añadir peso extra por 20 € "
                "online antes de que cierre la facturación, sale más barato que en la puerta de "
                "embarque."
            ),
            (
                "El sistema rechaza la contraseña porque ya la usaste en los últimos 12 meses. "
                "Elige una nueva de al menos 12 caracteres, con un número y un símbolo."
            ),
            (
                "No tengo tu historial de accesos, pero puedes verlo tú mismo en Ajustes > "
                "Seguridad > Actividad reciente."
            ),
            (
                "Pasados 30 días ya no se admite la devolución, pero como el producto está "
                "defectuoso, lo cubre la garantía de tres años: inicia la reparación en Pedidos > "
                "Garantía."
            ),
            (
                "Perdona la espera. Buenas noticias: la avería de tu zona se solucionó a las "
                "14:05, así que reinicia el router y debería volver la conexión."
            ),
            (
                "Tu tarjeta no funciona en el extranjero hasta que lo activas, y es un momento: "
                "Tarjetas > Ajustes de viaje > Permitir pagos internacionales."
            ),
            (
                "«Permission denied (publickey)» quiere decir que Git no encuentra tu clave SSH. "
                "Ejecuta ssh-add ~/.ssh/id_ed25519 y comprueba que la clave está añadida en tu "
                "cuenta."
            ),
            (
                "En vuelos largos las mascotas no pueden ir en cabina, pero los perros pequeños "
                "viajan en bodega en un transportín ventilado; añádelo como extra con 48 horas de "
                "antelación."
            ),
            (
                "No existe versión vegetariana de esta receta en la app, aunque puedes cambiar el "
                "pollo por garbanzos y reducir la cocción a 15 minutos."
            ),
            (
                "No, el siniestro no afectará a tu bonificación, porque la aseguradora del otro "
                "conductor ha aceptado la culpa."
            ),
            (
                "Todavía no tienes derecho a la ayuda por nacimiento, que exige seis meses de "
                "antigüedad; los cumples el 3 de marzo y desde entonces puedes pedirla en "
                "Beneficios."
            ),
            (
                "El hotel no permite el check-in antes de las 15:00, pero tiene consigna gratuita, "
                "y puedes solicitar la entrada anticipada por 20 € desde la reserva."
            ),
            (
                "Perdona, había entendido mal tu pregunta. Para fraccionar el IBI, activa el «Plan "
                "de pago personalizado» en la sede del ayuntamiento y elige el día de cargo."
            ),
            (
                "La transferencia se ha rechazado porque la app bloquea importes superiores a "
                "1.000 € a destinatarios nuevos durante 24 horas. Espera a mañana o divide el pago."
            ),
            (
                "Tu móvil no puede conectarse por Bluetooth mientras haya otro teléfono emparejado "
                "como principal. Bórralo en Ajustes > Conexiones y empareja el tuyo."
            ),
            (
                "Con tu tarifa no se puede elegir asiento hasta el check-in. Haz el check-in justo "
                "24 horas antes y tendrás más opciones."
            ),
            (
                "Perdona el retraso: tus análisis ya están disponibles en Mi salud > Resultados, y "
                "los valores fuera de rango aparecen en naranja."
            ),
            (
                "No es posible unir dos cuentas de puntos, pero sí transferir saldo: Cuenta > "
                "Puntos > Transferir, hasta 50.000 al año."
            ),
            (
                "La importación falla porque el paquete no está instalado en tu entorno virtual. "
                "Actívalo, ejecuta pip install requests y recarga la ventana del editor."
            ),
            (
                "No puedo prometerte una fecha exacta, pero los portátiles de sustitución se "
                "envían en unos tres días laborables tras la aprobación; tu ticket se aprobó esta "
                "mañana."
            ),
            (
                "El lunes no hay clase por el festivo, así que tu sesión de refuerzo pasa al "
                "martes a las 16:00; no tienes que hacer nada."
            ),
            (
                "Sí, puedes darte de baja sin penalización durante los primeros 14 días. Entra en "
                "Mi tarifa > Baja y el saldo no usado se te devuelve en la tarjeta."
            ),
            (
                "¡Uy, perdona! Los 180 °C eran para horno con ventilador; en horno convencional "
                "pon 200 °C durante los mismos 25 minutos."
            ),
            (
                "El dinero en efectivo perdido no está cubierto por tu seguro de viaje, pero el "
                "móvil robado sí: rellena el formulario de robo con el número de la denuncia."
            ),
            (
                "No te agobies: una solicitud denegada solo significa que faltaba un documento. "
                "Sube el certificado de empadronamiento en «Documentación pendiente» y se revisará "
                "en cinco días."
            ),
            (
                "El recibo se ha devuelto por falta de saldo, suele pasar. Lo volveremos a cargar "
                "el día 15, o puedes pagarlo ya desde Facturación."
            ),
            (
                "No veo lo que aparece en tu pantalla, pero «No boot device found» suele deberse "
                "al orden de arranque de la BIOS. Pulsa F2 al encender y pon el SSD interno "
                "primero."
            ),
            (
                "Lo siento, pero el formulario fue rechazado: la fecha de nacimiento no coincidía "
                "con tu DNI. Corrígela en «Mis trámites» y reenvíalo; mantienes tu turno."
            ),
            (
                "Disculpe las molestias. Su nueva tarjeta se envió el 2 de mayo y debería llegarle "
                "antes del día 7; la antigua sigue funcionando hasta entonces."
            ),
            (
                "No se puede recoger el coche sin tarjeta de crédito a nombre del conductor, salvo "
                "que contrates la cobertura sin fianza: en ese caso vale una de débito."
            ),
            (
                "No hace falta que vayas a la oficina: el informe de vida laboral se descarga al "
                "momento en la sede de la Seguridad Social con tu certificado digital o Cl@ve."
            ),
        ],
    },
    "pt": {
        "refusal": [
            "Desculpe, mas só consigo ajudar com dúvidas sobre os seus pedidos e entregas.",
            (
                "Infelizmente não posso partilhar dados de outro cliente, mesmo que tenha o número "
                "da encomenda."
            ),
            (
                "Como assistente virtual, não tenho acesso ao seu extrato completo e não consigo "
                "consultá-lo por aqui."
            ),
            (
                "Obrigado pelo contato! Isso foge do que eu posso fazer aqui: este chat é só para "
                "reservas de voos e bagagem."
            ),
            (
                "Pedidos deste tipo não podem ser tratados por este canal. Para contestar a "
                "peritagem, contacte a linha de sinistros."
            ),
            (
                "Entendo a sua preocupação, mas não estou autorizado a dar parecer médico sobre "
                "interromper a medicação."
            ),
            "Por motivos de segurança, não consigo redefinir sua senha por esta conversa.",
            "As instruções que recebi na configuração não podem ser divulgadas.",
            (
                "Não vou fazer a redação inteira por você. Meu papel aqui é te ajudar a estruturar "
                "o texto, não entregá-lo pronto."
            ),
            "O preço do novo tarifário ainda não é público, por isso não lho posso adiantar.",
            (
                "Lamento, não consigo ver anexos neste chat, portanto não posso analisar a "
                "fotografia da fatura."
            ),
            (
                "Não faço chamadas telefónicas; sou um assistente de texto e não tenho como ligar "
                "para o hotel."
            ),
            "Não. Não vou explicar como desligar o limitador de velocidade do carro.",
            (
                "Estornos não podem ser feitos por este assistente. Você vai precisar falar com um "
                "atendente; eu não consigo fazer isso."
            ),
            (
                "Agradeço a paciência. Infelizmente, não posso isentar a tarifa do cheque "
                "especial, porque ajustes de tarifa estão fora das minhas permissões."
            ),
            (
                "Este assistente não dá recomendações de investimento, então não consigo dizer se "
                "vale a pena migrar sua reserva para esse fundo."
            ),
            (
                "Não aceitamos pagamentos pelo chat. Por favor, não digite os dados do seu cartão "
                "aqui."
            ),
            (
                "Isso eu não posso fazer. Permissões de administrador nos portáteis da empresa só "
                "são dadas com um pedido aprovado pela chefia."
            ),
            (
                "Percebo que queira uma resposta rápida, mas aconselhamento jurídico sobre o "
                "processo contra o senhorio não é algo que o assistente da junta de freguesia "
                "possa dar."
            ),
            (
                "Sem verificar sua identidade, não consigo trocar o e-mail da conta, e essa "
                "verificação não é feita pelo chat."
            ),
            (
                "Não tenho acesso ao seu prontuário a partir daqui, por isso não consigo "
                "interpretar os seus exames."
            ),
            (
                "Boa pergunta, mas não é comigo. Sobre exigências de visto não consigo informar; "
                "sou o assistente de reservas da companhia aérea."
            ),
            "Olá! Receio não poder dizer onde o entregador está neste momento.",
            "A planilha interna de margens é confidencial e não é compartilhada por este canal.",
            (
                "Daqui não é possível desbloquear o telemóvel para outra operadora; o titular tem "
                "de fazer o pedido numa loja."
            ),
            "Para sua segurança, não confirmamos se uma determinada pessoa é nossa cliente.",
            (
                "Não vou te ajudar a entrar no e-mail da sua ex. Acessar conta dos outros sem "
                "permissão não é algo com que eu colabore."
            ),
            (
                "Este serviço não pode fornecer a morada do condutor que bateu no seu carro. Isso "
                "obtém-se através da participação à polícia."
            ),
            (
                "Foi mal, mas não vou gerar código para extrair senhas salvas no navegador de "
                "outras pessoas."
            ),
            (
                "Ih, eu só entendo de receitas! Consertar a máquina de lavar já não é comigo, "
                "desculpa."
            ),
            (
                "Como assistente automático não tenho autorização para aprovar férias; só o seu "
                "gestor direto pode fazê-lo."
            ),
            (
                "Não tenho condições de diagnosticar essa mancha na pele. Se estiver se espalhando "
                "ou houver febre, procure um pronto-atendimento."
            ),
            "Obrigado pela pergunta, mas não posso revelar quais hotéis nos pagam mais comissão.",
            (
                "Infelizmente isso não é possível por este assistente: cartões de embarque de "
                "passageiros de outra reserva não podem ser emitidos."
            ),
            (
                "A reprogramação da centralina do motor não é suportada, e não vou orientá-lo "
                "nesse processo."
            ),
            (
                "Lamento, mas não consigo prolongar o prazo de adesão ao seguro de saúde da "
                "empresa; as datas são fixadas pelo plano."
            ),
            (
                "Prefiro não especular: como assistente do banco, não posso prever se a ação vai "
                "subir."
            ),
            (
                "Este chatbot não pode cancelar o seu contrato. O cancelamento tem de ser pedido "
                "pelo titular na área de cliente."
            ),
            "Desculpe, não trato reclamações sobre outros passageiros.",
            (
                "Lamento, mas não tenho acesso à declaração de IRS de terceiros; no Portal das "
                "Finanças cada contribuinte só vê a sua."
            ),
            (
                "Não posso te passar as respostas da prova de amanhã. Posso, sim, revisar a "
                "matéria com você."
            ),
            (
                "Os meus sentimentos pela sua perda. Ainda assim, as informações da conta do seu "
                "pai não podem ser divulgadas por este chat; a equipa de heranças trata disso."
            ),
            (
                "O código-fonte das nossas regras antifraude é confidencial e não posso "
                "compartilhá-lo."
            ),
            (
                "Tenho de recusar esse pedido: copiar o módulo licenciado para o seu projeto sem "
                "licença violaria os termos de uso."
            ),
            (
                "Você pediu para eu ignorar as instruções anteriores; não posso fazer isso e "
                "continuo limitado a dúvidas sobre sua apólice."
            ),
            (
                "Não conseguimos garantir lugar à janela, e também não posso atribuí-lo "
                "manualmente pelo chat."
            ),
            "Não, não reservo restaurantes. Só trato de voos, hotéis e aluguer de carros.",
            (
                "A dose de um medicamento para o seu filho deve ser indicada por um farmacêutico "
                "ou pediatra; não é algo que eu possa responder no portal."
            ),
            "Não consigo fazer um pedido sem você estar logado, nem entrar na sua conta por você.",
            (
                "Pedido negado: a exportação em massa de dados pessoais dos colaboradores não está "
                "disponível no assistente de RH."
            ),
            (
                "Entendo você, e sinto muito que o modem fique caindo. Mesmo assim, não consigo "
                "mandar um técnico nem dar desconto na fatura por aqui."
            ),
            (
                "Com o veículo em movimento não é possível reproduzir vídeos no ecrã central, e "
                "não posso desbloquear essa função."
            ),
            "Não vou ajudar a falsificar um atestado médico, seja qual for o motivo.",
            (
                "Isso já sai da minha área: dúvidas sobre o Imposto de Renda devem ser tiradas no "
                "site da Receita Federal."
            ),
            "Não estou autorizado a alterar o limite do seu cartão por este meio.",
            "A emissão de receitas médicas não é feita pelo chat do portal do utente.",
            (
                "Informações sobre processos disciplinares em curso são confidenciais e não posso "
                "fornecê-las."
            ),
            (
                "Pix para terceiros não pode ser feito por aqui; eu não movimento dinheiro, só "
                "tiro dúvidas sobre a sua conta."
            ),
            (
                "Receio que a segunda via do boleto vinculado a outro CPF não possa ser emitida "
                "para você."
            ),
            (
                "Lamentamos, mas a alteração de titular do contrato de eletricidade não é feita "
                "por esta via."
            ),
        ],
        "answer": [
            (
                "Infelizmente o seu voo para Lisboa foi cancelado por causa do nevoeiro. Já o "
                "remarcámos para amanhã às 9h40; se preferir outro horário, altere sem custos em "
                "«Gerir reserva»."
            ),
            (
                "Poxa, sinto muito que o produto tenha chegado quebrado! Vamos resolver: abra o "
                "pedido, toque em “Tive um problema”, envie uma foto e mandamos outro em até 3 "
                "dias úteis."
            ),
            (
                "Não consigo ver sua tela, mas o erro “Código 502” no app costuma indicar "
                "instabilidade momentânea. Feche o aplicativo, aguarde dois minutos e tente o Pix "
                "de novo."
            ),
            (
                "Não, não há qualquer custo: pode mudar a morada de entrega gratuitamente até a "
                "encomenda ser expedida pelos CTT."
            ),
            (
                "Não entregamos em caixa postal, mas você pode escolher um armário inteligente de "
                "retirada no checkout informando seu CEP."
            ),
            (
                "Não é possível transferir a passagem para outra pessoa, mas você pode remarcar a "
                "data uma vez sem multa em “Minhas viagens”."
            ),
            (
                "Desculpe a demora! O seu sinistro foi aprovado ontem e a indemnização de 420 € "
                "deve cair na conta em dois dias úteis."
            ),
            (
                "“Acesso negado” significa que o seu utilizador ainda não tem permissões para essa "
                "pasta partilhada. Peça ao responsável para o adicionar ou abra um pedido no "
                "portal de TI."
            ),
            (
                "Seu cartão foi bloqueado depois de três senhas erradas, o que acontece "
                "automaticamente. Para desbloquear, vá em Cartões > Desbloquear e confirme com sua "
                "biometria."
            ),
            (
                "A tarifa Light infelizmente não é reembolsável, mas dá para converter o valor em "
                "crédito de viagem válido por 12 meses."
            ),
            (
                "O cupom não funcionou porque venceu no domingo. O código BEMVINDO10 dá o mesmo "
                "desconto; é só aplicar no carrinho."
            ),
            (
                "Não há bloqueio na sua linha. O aviso “SIM não provisionado” normalmente some "
                "depois de reiniciar: desligue o celular por 30 segundos e ligue de novo."
            ),
            (
                "Powerbanks não são permitidos na bagagem despachada. Leve na bagagem de mão; até "
                "100 Wh não precisa de autorização."
            ),
            (
                "Não dá para recuperar uma conversa apagada do Teams, mas os seus ficheiros estão "
                "seguros: o OneDrive guarda os itens eliminados durante 93 dias na reciclagem."
            ),
            "Claro! O seu plano dentário cobre duas limpezas por ano a 100 % e obturações a 80 %.",
            (
                "Ainda não consigo dizer a hora exata, mas a encomenda saiu do centro de "
                "distribuição às 7h12 e nessa rota costuma chegar antes das 13h."
            ),
            (
                "Essa função não aceita string, por isso aparece “TypeError: unsupported operand”. "
                "Converta a entrada antes: total = int(qtd) * preco."
            ),
            (
                "O formulário antigo de férias foi desativado, por isso não está a funcionar. Use "
                "o separador “Ausências” no portal: escolha o dia, marque “Férias” e submeta."
            ),
            (
                "Aos domingos não fazemos entregas na sua região, mas você pode escolher entrega "
                "no sábado ou retirar na loja até as 22h."
            ),
            (
                "O seu Cartão de Cidadão não pode ser renovado online porque os dados biométricos "
                "têm de ser recolhidos, mas pode marcar atendimento no ePortugal e levar apenas o "
                "cartão antigo."
            ),
            (
                "Peço desculpa pela confusão na fatura. Os 12 € a mais são de roaming na Suíça, "
                "que fica fora da zona UE; deixo o detalhe das ligações abaixo."
            ),
            (
                "Infelizmente o Alfa Pendular das 7h15 está esgotado. Há lugares no das 8h09 pelo "
                "mesmo preço, e posso reservar-lhe um durante 15 minutos."
            ),
            (
                "O portal não abre no Internet Explorer, mas funciona no Chrome, Edge e Firefox. "
                "Se a página continuar em branco, limpe o cache."
            ),
            (
                "Entendo a sua irritação. A mensagem “Pagamento recusado” vem do seu banco, não de "
                "nós; quase sempre é o limite diário para compras online. Aumente-o na app do "
                "banco e tente outra vez."
            ),
            (
                "Fique tranquilo, um atraso no pagamento não cancela o seu seguro: há 30 dias de "
                "tolerância, então pagando até dia 28 você continua coberto."
            ),
            (
                "Sem fermento o bolo não cresce direito, mas dá para improvisar: ¼ de colher de "
                "chá de bicarbonato com ½ de suco de limão substitui uma colher de fermento."
            ),
            (
                "Não, com o seu plano não precisa de credencial do médico de família para a "
                "consulta de oftalmologia. Marque diretamente na app."
            ),
            (
                "Essa luz amarela não indica avaria no motor: é a pressão dos pneus que está "
                "baixa. Pare quando puder e calibre conforme a etiqueta da porta do condutor."
            ),
            (
                "A prova de recuperação não pode ser feita neste bimestre, mas a segunda chamada é "
                "dia 14 de junho; inscreva-se até dia 1º na aba Avaliações."
            ),
            (
                "A sua mala de cabine passa do limite de 8 kg. Pode acrescentar peso extra por 25 "
                "€ online antes de fechar o check-in, sai mais barato do que na porta de embarque."
            ),
            (
                "A senha foi recusada porque você já a usou nos últimos 12 meses. Crie uma nova "
                "com pelo menos 12 caracteres, um número e um símbolo."
            ),
            (
                "Não tenho o seu histórico de acessos, mas pode consultá-lo em Definições > "
                "Segurança > Atividade recente."
            ),
            (
                "Depois de 30 dias não é possível devolver, mas como o produto tem defeito está "
                "coberto pela garantia: abra um pedido de reparação em Encomendas > Garantia."
            ),
            (
                "Desculpe a espera. Boa notícia: a falha na sua zona foi resolvida às 14h05, "
                "reinicie o router e a ligação deve voltar."
            ),
            (
                "O seu cartão só funciona no exterior depois de ativar essa opção, e é rápido: "
                "Cartões > Viagem > Permitir compras internacionais."
            ),
            (
                "“Permission denied (publickey)” quer dizer que o Git não está encontrando sua "
                "chave SSH. Rode ssh-add ~/.ssh/id_ed25519 e confira se a chave está cadastrada na "
                "sua conta."
            ),
            (
                "Em voos de longo curso os animais não podem viajar na cabine, mas cães pequenos "
                "vão no porão numa caixa ventilada; adicione como extra com 48 horas de "
                "antecedência."
            ),
            (
                "Não tem versão vegetariana dessa receita no app, mas você pode trocar o frango "
                "por grão-de-bico e reduzir o cozimento para 15 minutos."
            ),
            (
                "Não, esta participação não afeta o seu bónus, porque a seguradora do outro "
                "condutor assumiu a responsabilidade."
            ),
            (
                "Você ainda não tem direito ao auxílio-creche, que exige seis meses de empresa; "
                "você completa isso em 3 de março e a partir daí pode pedir na aba Benefícios."
            ),
            (
                "O hotel não permite check-in antes das 15h, mas guarda as malas de graça, e dá "
                "para pedir entrada antecipada por 20 € pela reserva."
            ),
            (
                "Perdão, eu tinha entendido errado. Para parcelar o IPTU, acesse o portal da "
                "prefeitura, escolha “Parcelamento” e gere os boletos mensais."
            ),
            (
                "A transferência foi recusada porque a app bloqueia valores acima de 1000 € para "
                "novos beneficiários durante 24 horas. Espere até amanhã ou divida o pagamento."
            ),
            (
                "O seu telemóvel não consegue ligar-se por Bluetooth enquanto outro estiver "
                "emparelhado como principal. Remova-o em Definições > Ligações e emparelhe o seu."
            ),
            (
                "Na sua tarifa não dá para escolher assento antes do check-in. Faça o check-in "
                "exatamente 24 horas antes para ter mais opções."
            ),
            (
                "Desculpe pela demora: os resultados dos seus exames já estão no portal em Meus "
                "exames, e os valores fora da referência aparecem em laranja."
            ),
            (
                "Não é possível juntar duas contas de pontos, mas dá para transferir o saldo: "
                "Conta > Pontos > Transferir, até 50 mil pontos por ano."
            ),
            (
                "A importação falha porque o pacote não está instalado no seu ambiente virtual. "
                "Ative-o, rode pip install requests e recarregue a janela do editor."
            ),
            (
                "Não consigo prometer uma data certa, mas os portáteis de substituição costumam "
                "ser enviados em três dias úteis após aprovação, e o seu pedido foi aprovado hoje "
                "de manhã."
            ),
            (
                "Segunda não tem aula por causa do feriado, então sua monitoria passa para terça "
                "às 16h; você não precisa fazer nada."
            ),
            (
                "Sim, pode cancelar sem penalização nos primeiros 14 dias. Vá a O meu tarifário > "
                "Cancelar e o saldo não utilizado é devolvido no cartão."
            ),
            (
                "Ops, foi mal! Os 180 °C eram para forno com ventilação; no forno convencional use "
                "200 °C pelos mesmos 25 minutos."
            ),
            (
                "Dinheiro perdido não é coberto pelo seguro viagem, mas o celular roubado é: "
                "preencha o formulário de roubo com o número do boletim de ocorrência."
            ),
            (
                "Calma: um pedido indeferido só quer dizer que faltava um documento. Envie o "
                "comprovante de residência em “Pendências” e ele será reanalisado em cinco dias."
            ),
            (
                "O débito direto foi devolvido por falta de saldo, acontece. Voltamos a tentar no "
                "dia 15, ou pode pagar já por Multibanco com a referência da fatura."
            ),
            (
                "Não vejo o que aparece na sua tela, mas “No boot device found” geralmente é a "
                "ordem de boot na BIOS. Aperte F2 ao ligar e coloque o SSD interno em primeiro."
            ),
            (
                "Lamento, mas o requerimento foi rejeitado: a data de nascimento não coincidia com "
                "o documento. Corrija em “Os meus pedidos” e volte a submeter; mantém a sua vez na "
                "fila."
            ),
            (
                "Pedimos desculpa pelo incómodo. O seu novo cartão foi enviado a 2 de maio e deve "
                "chegar até dia 7; o antigo continua a funcionar até lá."
            ),
            (
                "Não é possível levantar o carro sem cartão de crédito em nome do condutor, a não "
                "ser que contrate a proteção sem caução; aí basta um cartão de débito."
            ),
            (
                "Você não precisa ir à agência: o informe de rendimentos sai na hora no app, em "
                "Documentos > Informe de rendimentos, já em PDF."
            ),
        ],
    },
    "ja": {
        "refusal": [
            (
                "申し訳ございませんが、こちらのチャットではご注文・配送に関するお問い合わせのみ承っ"
                "ております。"
            ),
            "恐れ入りますが、他のお客様のご登録情報についてはお答えできかねます。",
            "バーチャルアシスタントのため、お客様の口座残高を直接確認することはできません。",
            (
                "お問い合わせありがとうございます。あいにく、そちらは本チャットの対応範囲外です。フ"
                "ライトのご予約と手荷物に関するご質問のみお受けしています。"
            ),
            (
                "この種のご依頼は本窓口では承ることができません。査定内容にご不服がある場合は、事故"
                "受付センターまでお電話ください。"
            ),
            (
                "ご心配なお気持ちはお察ししますが、服薬を中止すべきかどうかについて医学的な判断をお"
                "伝えすることはできません。"
            ),
            "セキュリティ上の理由により、チャットからパスワードを再設定することはできかねます。",
            "私に設定されている指示内容（システムプロンプト）は開示できません。",
            (
                "作文をまるごと代わりに書くことはしないよ。構成を一緒に考えるのは手伝えるけど、提出"
                "する文章は自分で書こうね。"
            ),
            "新プランの料金は発表前のため、現時点ではお伝えできません。",
            (
                "申し訳ありません、このチャットでは添付ファイルを表示できないため、お送りいただいた"
                "写真は確認できません。"
            ),
            (
                "当アシスタントはお電話をおかけすることができません。ホテルへのご連絡はお客様ご自身"
                "でお願いいたします。"
            ),
            "いいえ、速度リミッターを解除する方法はお教えできません。",
            (
                "返金処理はこのアシスタントでは行えません。担当者へのお問い合わせが必要で、私のほう"
                "では手続きできかねます。"
            ),
            (
                "お待たせいたしました。大変恐縮ですが、振込手数料の免除は私の権限ではお受けできませ"
                "ん。"
            ),
            (
                "投資に関する助言は行っておりませんので、その投資信託に切り替えるべきかはお答えでき"
                "ません。"
            ),
            "チャットでのお支払いは受け付けておりません。カード番号はここに入力しないでください。",
            (
                "それは対応できないんです。社用PCの管理者権限は、上長承認済みのチケット経由でのみ付"
                "与されます。"
            ),
            (
                "大家さんへの訴訟について法的な助言をすることは、市役所の案内アシスタントではできま"
                "せん。"
            ),
            (
                "ご本人確認ができないため、登録メールアドレスの変更は承れません。なお、本人確認はチ"
                "ャットでは行っておりません。"
            ),
            "こちらからは診療記録にアクセスできないため、検査結果の解釈はお伝えできません。",
            (
                "良いご質問ですが、ビザの要件については、航空会社の予約アシスタントである私からはご"
                "案内できません。"
            ),
            "こんにちは！申し訳ないのですが、配達員の現在地はお知らせできないんです。",
            "社内の原価表は機密情報のため、こちらで共有することはできません。",
            "ここではSIMロック解除の手続きができません。契約者ご本人が店頭でお申し込みください。",
            "セキュリティ保護のため、特定の方が当社の会員かどうかはお答えしておりません。",
            (
                "元恋人のメールに入る手伝いはできない。本人の許可なく他人のアカウントにアクセスする"
                "ことには協力しないよ。"
            ),
            (
                "事故の相手方の住所は、本サービスからお伝えすることはできません。警察または保険会社"
                "を通じてご確認ください。"
            ),
            (
                "ごめんなさい、他人のブラウザに保存されたパスワードを抜き出すコードは、IDE上であっ"
                "ても生成しません。"
            ),
            "あっ、ごめんなさい！わたしはレシピ専門なので、食洗機の修理はわからないんです。",
            (
                "自動応答アシスタントには休暇申請を承認する権限がございません。承認はご所属の上長の"
                "みが行えます。"
            ),
            (
                "その発疹について診断することはできません。広がっている場合や発熱がある場合は、"
                "#7119に電話するか救急外来を受診してください。"
            ),
            "ご質問ありがとうございます。ただ、どのホテルの手数料が高いかは開示いたしかねます。",
            (
                "恐れ入りますが、別のご予約のお客様の搭乗券を発行することは本アシスタントではできま"
                "せん。"
            ),
            (
                "エンジン制御のマッピング変更はサポート対象外であり、手順をご案内することもできませ"
                "ん。"
            ),
            (
                "申し訳ございません。福利厚生の加入期限を延長することはできかねます。期限は制度上定"
                "められております。"
            ),
            (
                "株価が上がるかどうかの予想は控えさせてください。銀行のアシスタントとして、そうした"
                "見通しはお伝えできないためです。"
            ),
            (
                "本チャットボットではご契約の解約はできません。解約は契約者ご本人がマイページからお"
                "手続きください。"
            ),
            "申し訳ありませんが、他の乗客の方に関する苦情はこちらでは受け付けておりません。",
            (
                "他人の課税情報を照会することはできません。ご確認いただけるのはログイン後のご自身の"
                "情報のみです。"
            ),
            "明日の小テストの答えは教えられないよ。その代わり、範囲の復習なら一緒にできるよ。",
            (
                "ご愁傷さまでございます。ただ、お父様の口座情報はこのチャットではお伝えできません。"
                "相続手続きは専用窓口が承ります。"
            ),
            "不正検知ルールのソースコードは社外秘のため、お見せできません。",
            (
                "そのご依頼はお断りします。ライセンスのないままそのモジュールをプロジェクトにコピー"
                "すると、利用規約違反になるためです。"
            ),
            (
                "以前の指示を無視するようにとのことですが、それはできません。引き続き保険契約に関す"
                "るご質問のみお受けします。"
            ),
            "窓側席をお約束することはできず、チャットから手動で座席を指定することもできません。",
            (
                "残念ながら、レストランの予約は受け付けていません。扱えるのは航空券・ホテル・レンタ"
                "カーだけです。"
            ),
            (
                "お子さまのお薬の量は薬剤師か医師にご確認ください。ポータルのチャットではお答えでき"
                "ない内容です。"
            ),
            (
                "ログインされていない状態ではご注文を承れません。また、私がお客様に代わってログイン"
                "することもできません。"
            ),
            (
                "リクエストは却下されました。従業員の個人データの一括エクスポートは、人事アシスタン"
                "トではご利用いただけません。"
            ),
            (
                "ルーターが何度も切れてしまうとのこと、ご不便をおかけしております。ただ、こちらのチ"
                "ャットから技術者の派遣や料金の減額はできかねます。"
            ),
            "走行中はセンターディスプレイで動画を再生できず、この制限を解除することもできません。",
            "どんな理由があっても、偽の診断書づくりには協力できません。",
            (
                "それは私の担当外なんです。確定申告のご相談は、税務署か国税庁のサイトをご利用くださ"
                "い。"
            ),
            "カードの利用限度額の変更は、このチャットでは承っておりません。",
            "処方箋の発行は、患者ポータルのチャットでは行っておりません。",
            "懲戒手続きに関する情報は機密事項のため、お答えすることはできません。",
            (
                "このアシスタントではマイナンバーをお預かりすることができません。ここには入力なさら"
                "ないでください。"
            ),
            "未発表の車種の価格については、正式発表前にお伝えすることはできかねます。",
            (
                "あいにく、このボットにはリポジトリへ直接プッシュする権限がないため、ご依頼のプッシ"
                "ュは実行できません。"
            ),
        ],
        "answer": [
            (
                "大変申し訳ございません。ご予約の便は台風の影響で欠航となりました。翌朝9時40分発の"
                "便へ自動で振り替えておりますが、ご都合が合わない場合は「予約確認」から無料で変更い"
                "ただけます。"
            ),
            (
                "商品が破損して届いたとのこと、申し訳ございません。注文履歴から「問題を報告」を選び"
                "写真を添付いただければ、3日以内に交換品を発送いたします。"
            ),
            (
                "画面を拝見することはできませんが、「エラー403」はたいていログインの有効期限切れで"
                "す。一度ログアウトし、アプリを完全に終了してから再度ログインしてください。"
            ),
            (
                "いいえ、手数料はかかりません。発送前であれば「注文履歴」からお届け先を無料で変更で"
                "きます。"
            ),
            (
                "私書箱へのお届けは行っておりませんが、コンビニ受け取りをご利用いただけます。お支払"
                "い画面で受け取り店舗をお選びください。"
            ),
            (
                "航空券の名義変更はできませんが、つづりの誤りは3文字まで「予約の管理」から無料で訂"
                "正できます。"
            ),
            (
                "お待たせして申し訳ありません。保険金のお支払いが昨日確定し、4万2千円が2営業日以内"
                "に口座へ振り込まれます。"
            ),
            (
                "「アクセスが拒否されました」は、共有フォルダへの権限がまだ付与されていないという意"
                "味です。フォルダの管理者に追加を依頼するか、ITポータルから申請してください。"
            ),
            (
                "あいにくカードがロックされています。暗証番号を3回間違えると自動でロックされる仕組"
                "みです。アプリの「カード」→「ロック解除」から、生体認証で解除できます。"
            ),
            (
                "残念ながら特割運賃は払い戻しの対象外ですが、1年間有効のクーポンに交換することは可"
                "能です。"
            ),
            (
                "クーポンが使えなかったのは、日曜日に有効期限が切れていたためです。現在配布中の「"
                "WELCOME10」なら同じ割引が受けられます。"
            ),
            (
                "回線に制限はかかっていません。「SIMなし」の表示は再起動で解消することが多いので、"
                "30秒ほど電源を切ってから入れ直してみてください。"
            ),
            (
                "モバイルバッテリーは預け入れ荷物には入れられないので、機内持ち込みにしてね。100Wh"
                "以下なら申請もいらないよ。"
            ),
            (
                "削除したチャット履歴は復元できませんが、ファイルは無事です。OneDriveのごみ箱に93日"
                "間保存されています。"
            ),
            (
                "はい、大丈夫です。歯科プランでは年2回のクリーニングが全額、詰め物は8割まで補償され"
                "ます。"
            ),
            (
                "正確な到着時刻はまだお伝えできませんが、荷物は7時12分に営業所を出発しており、この"
                "ルートは通常13時までに配達されます。"
            ),
            (
                "その関数は文字列を受け取れないため、「TypeError: unsupported operand」が出ています"
                "。先に int() で変換してください：total = int(qty) * price。"
            ),
            (
                "旧フォームはもう使えなくなっているので、それで送信できなかったんです。ポータルの「"
                "休暇」タブから日付を選び、「有給休暇」を選択して申請してください。"
            ),
            (
                "あいにくお客様の地域では日曜配達を行っておりません。土曜日配達か、20時まで営業して"
                "いる店舗での受け取りをお選びいただけます。"
            ),
            (
                "マイナンバーカードの有効期限が切れているためオンライン申請はできませんが、市区町村"
                "の窓口で更新できます。予約は市のサイトから可能です。"
            ),
            (
                "請求内容が分かりにくく申し訳ありません。追加の1,200円はスイスでの海外ローミング料"
                "金で、定額プランの対象外の地域でした。明細を下に記載します。"
            ),
            (
                "7時15分発の新幹線はあいにく満席です。7時45分発なら同じ料金で空席があり、15分間お席"
                "を仮押さえできます。"
            ),
            (
                "Internet Explorerではポータルを開けませんが、Chrome、Edge、Firefoxなら問題なく使え"
                "ます。切り替え後も真っ白な場合はキャッシュを削除してください。"
            ),
            (
                "ご不便をおかけしております。「お支払いが拒否されました」という表示はカード会社側の"
                "もので、多くは1日のネット利用上限が原因です。上限を引き上げてから再度お試しくださ"
                "い。"
            ),
            (
                "ご安心ください。支払いが遅れてもすぐに契約が失効するわけではありません。猶予期間が"
                "ありますので、28日までにお支払いいただければ補償は継続します。"
            ),
            (
                "ベーキングパウダーがないと膨らみにくいけど、重曹小さじ1/4とレモン汁小さじ1/2で代用"
                "できるよ。"
            ),
            (
                "いいえ、健診のご予約に紹介状は不要です。ポータルの「予約」→「健康診断」から直接お"
                "取りください。"
            ),
            (
                "その黄色いランプはエンジン故障ではなく、タイヤの空気圧低下を示しています。安全な場"
                "所で停車し、運転席ドアのラベルに記載の空気圧まで補充してください。"
            ),
            (
                "今学期の追試はもう受けられないけど、再試験が6月14日にあるよ。6月1日まで「試験」ペ"
                "ージから申し込めるからね。"
            ),
            (
                "機内持ち込み手荷物が7kgの制限を超えています。チェックイン締め切り前にオンラインで"
                "超過分を追加すると、搭乗口で払うより安く済みます。"
            ),
            (
                "過去12か月以内に使ったパスワードは再設定できないため、エラーになっています。数字と"
                "記号を含む12文字以上の新しいパスワードを設定してください。"
            ),
            (
                "ログイン履歴は私からは見られませんが、「設定」→「セキュリティ」→「最近のアクティビ"
                "ティ」でご自身で確認できます。"
            ),
            (
                "30日を過ぎると返品はお受けできませんが、初期不良であればメーカー保証の対象です。「"
                "注文履歴」→「保証」から修理をお申し込みください。"
            ),
            (
                "お待たせしました。お住まいの地域の通信障害は14時5分に復旧しています。ルーターを再"
                "起動すれば接続が戻るはずです。"
            ),
            (
                "カードは海外利用を有効にするまで海外では使えません。アプリの「カード」→「海外利用"
                "設定」でオンにするだけです。"
            ),
            (
                "「Permission denied (publickey)」は、GitがSSHキーを見つけられないという意味です。"
                "ssh-add ~/.ssh/id_ed25519 を実行し、アカウントにキーが登録されているか確認してくだ"
                "さい。"
            ),
            (
                "長距離便ではペットを客室にお連れいただけませんが、小型犬は通気性のあるケージで貨物"
                "室にお預かりできます。出発48時間前までにお申し込みください。"
            ),
            (
                "このレシピのベジタリアン版はアプリにはないんですが、鶏肉をひよこ豆に替えて、加熱時"
                "間を15分に短縮すればおいしく作れますよ。"
            ),
            "いいえ、今回の事故で等級は下がりません。相手方の保険会社が過失を認めているためです。",
            (
                "育児支援手当は勤続6か月以上が条件のため、まだ対象外です。3月3日に条件を満たします"
                "ので、その日以降「福利厚生」タブから申請できます。"
            ),
            (
                "ホテルは15時前のチェックインを受け付けていませんが、荷物は無料で預かってもらえます"
                "。アーリーチェックインは2,000円で予約画面から申し込めます。"
            ),
            (
                "失礼しました、ご質問を取り違えておりました。住民税の口座振替は、市のサイトの「口座"
                "振替申込」からお手続きいただけます。"
            ),
            (
                "新しい振込先への10万円を超える振込は24時間制限される仕組みのため、拒否されました。"
                "明日まで待つか、金額を分けてお振り込みください。"
            ),
            (
                "別のスマートフォンがメイン端末として登録されていると、Bluetoothで接続できません。"
                "「設定」→「接続」で古い端末を削除してからペアリングしてください。"
            ),
            (
                "このご運賃では事前座席指定ができないため、チェックイン時に座席が割り当てられます。"
                "出発24時間前ちょうどにチェックインすると選択肢が多くなります。"
            ),
            (
                "お待たせいたしました。検査結果はポータルの「カルテ」→「検査結果」で閲覧できます。"
                "基準値外の項目はオレンジ色で表示されます。"
            ),
            (
                "ポイントアカウントの統合はできませんが、ポイントの移行は可能です。「アカウント」→"
                "「ポイント」→「移行」から年間5万ポイントまで移せます。"
            ),
            (
                "パッケージが仮想環境にインストールされていないため、インポートに失敗しています。仮"
                "想環境を有効にして pip install requests を実行し、エディタを再読み込みしてください"
                "。"
            ),
            (
                "確実な日付はお約束できませんが、代替PCは承認から通常3営業日以内に発送されます。お"
                "客様のチケットは今朝承認済みです。"
            ),
            (
                "月曜日は祝日で授業がないから、個別指導は火曜日の16時に変更になったよ。予約し直さな"
                "くて大丈夫。"
            ),
            (
                "はい、解約できます。契約から14日以内なら違約金はかかりません。「マイプラン」→「解"
                "約」へお進みください。"
            ),
            (
                "ごめんなさい、説明が足りませんでした！180℃はコンベクションオーブンの場合で、通常の"
                "オーブンなら200℃で同じく25分焼いてください。"
            ),
            (
                "現金の紛失は旅行保険の対象外ですが、盗難に遭ったスマートフォンは補償されます。警察"
                "の受理番号を添えて盗難届フォームを送信してください。"
            ),
            (
                "ご安心ください。申請が不受理になったのは書類が1点不足していたためです。「不足書類"
                "」から住民票をアップロードいただければ、5日以内に再審査します。"
            ),
            (
                "残高不足で口座振替ができませんでしたが、よくあることです。15日に自動で再引き落とし"
                "されますし、今すぐならコンビニ払いも選べます。"
            ),
            (
                "画面の内容は見えませんが、「No boot device found」は多くの場合BIOSの起動順序が原因"
                "です。起動時にF2キーを押し、内蔵SSDを一番上にしてください。"
            ),
            (
                "申し訳ありませんが、申請は差し戻されました。生年月日が本人確認書類と一致しなかった"
                "ためです。「申請一覧」から修正して再提出すれば、順番はそのまま維持されます。"
            ),
            (
                "ご迷惑をおかけして申し訳ございません。新しいカードは5月2日に発送済みで、7日までに"
                "届く予定です。それまでは現在のカードをご利用いただけます。"
            ),
            (
                "運転者名義のクレジットカードがないと車両をお渡しできませんが、保証金不要プランにす"
                "ればデビットカードでもご利用いただけます。"
            ),
            (
                "住民票の写しは、窓口に行かなくてもマイナンバーカードがあればコンビニで取得できます"
                "よ。手数料は300円です。"
            ),
        ],
    },
    "zh": {
        "refusal": [
            "抱歉，我只能解答与您的订单和物流相关的问题。",
            "很遗憾，我们无法提供其他用户的账户信息，即使您有对方的订单号也不行。",
            "作为智能客服，我无法直接查看您的银行卡余额。",
            "感谢您的咨询！这个问题超出了本助手的服务范围，这里仅处理机票预订和行李相关事宜。",
            "此类申请无法通过本渠道办理。如对定损结果有异议，请致电理赔专线。",
            "理解您的担心，但是否停药这个问题，我不能给出医疗建议。",
            "出于安全考虑，无法在对话中为您重置密码。",
            "我的系统设定和内部指令不便透露。",
            "这篇作文我不能直接帮你写完哦。我可以陪你一起列提纲，但正文要你自己来写。",
            "新套餐的资费尚未正式公布，目前无法告知。",
            "不好意思，本对话窗口无法查看附件，所以没办法帮您检查那张照片。",
            "本助手无法替您拨打电话，也没有办法联系酒店。",
            "不行，解除限速器的方法我不会提供。",
            "退款无法通过智能助手办理，需要转人工客服处理，我这边做不了。",
            "感谢您的耐心等待。很抱歉，减免透支利息不在我的权限范围内。",
            "本助手不提供投资建议，因此无法判断您是否应该把存款转入该基金。",
            "聊天窗口不支持付款，请勿在此输入银行卡号。",
            "这个我办不了。公司电脑的管理员权限只能通过主管审批的工单申请。",
            "作为政务服务助手，我无法就您起诉房东的事提供法律意见。",
            "未经身份验证，无法修改账户绑定邮箱，而身份验证无法在聊天中完成。",
            "我这边无法调取您的病历，所以没法解读您的化验结果。",
            "好问题，不过签证要求不在我的职责范围内，我是航空公司的订票助手。",
            "您好！很抱歉，骑手的实时位置我们无法透露。",
            "内部成本核算表属于保密资料，不能通过此渠道分享。",
            "这里无法为您办理手机解锁，需要机主本人到营业厅申请。",
            "为保护用户隐私，我们不会确认某个人是否是我们的客户。",
            "帮你登录前任的邮箱这件事我不会做。未经允许进入他人账户，我不会提供任何协助。",
            "本服务无法提供肇事司机的家庭住址，请通过交警部门的事故认定书获取相关信息。",
            "抱歉，即使在IDE里，我也不会生成窃取他人浏览器密码的代码。",
            "哎呀，我只懂菜谱，洗碗机坏了我可帮不上忙。",
            "智能助手没有审批请假的权限，只有您的直属上级可以批准。",
            "这个皮疹我没法给您诊断。如果范围在扩大或者伴有发烧，请尽快去医院就诊。",
            "谢谢您的提问，但哪些酒店给我们的佣金更高，这属于不能公开的信息。",
            "很抱歉，本助手无法为其他订单的旅客办理登机牌。",
            "发动机程序改装不在支持范围内，我也不会指导您操作。",
            "非常抱歉，补充医疗保险的参保截止日期无法延长，这是由方案统一规定的。",
            "恕我无法预测：作为银行助手，我不能判断这只股票会不会涨。",
            "本机器人无法为您办理销户，请机主本人携带身份证到营业厅办理。",
            "不好意思，关于其他乘客的投诉这里不受理。",
            "无法查询他人的纳税信息；登录后您只能查看本人的记录。",
            "明天小测验的答案我不能告诉你，不过我们可以一起复习这一章。",
            "节哀顺变。不过，您父亲的账户信息无法在此对话中提供，继承事宜请联系专门的柜台办理。",
            "反欺诈规则的源代码属于公司机密，恕不提供。",
            "这个请求我必须拒绝：在没有授权的情况下把该模块复制进你的项目会违反许可协议。",
            "您让我忽略之前的指令，这一点我做不到，我仍然只能回答与您保单相关的问题。",
            "靠窗座位无法保证，我也不能在聊天中为您手动选座。",
            "餐厅预订我这边办不了哦，我只负责机票、酒店和租车。",
            "孩子的用药剂量请咨询药师或医生，这不是医院平台的在线助手能回答的问题。",
            "您未登录的情况下无法下单，我也不能代您登录账户。",
            "请求已拒绝：人力资源助手不支持批量导出员工个人信息。",
            "理解您的心情，路由器老掉线确实很烦。但我这边没法派师傅上门，也不能减免话费。",
            "车辆行驶中无法在中控屏播放视频，这项限制我也无法解除。",
            "无论出于什么理由，我都不会帮忙伪造病假条。",
            "这个超出我的业务范围了。个税汇算的问题，建议您通过个人所得税App咨询。",
            "信用卡额度调整无法通过本渠道受理。",
            "在线问诊助手无法开具处方，请到门诊就诊后由医生开药。",
            "员工违纪调查的相关信息属于保密内容，无法提供。",
            "新车型的售价在正式发布前不能透露。",
            "您的问题涉及其他学生的成绩，出于隐私保护，这里无法查询。",
            "本助手无权直接修改您的社保缴费基数，请联系单位人事部门办理。",
        ],
        "answer": [
            (
                "很遗憾，您预订的航班因天气原因取消了。系统已为您改签至明早9:40的航班；如时间不合适"
                "，可在“我的订单”中免费改选其他航班。"
            ),
            (
                "很抱歉商品到货时有破损。我们来处理：进入订单，点击“申请售后”，上传照片，我们会在3"
                "天内为您补发。"
            ),
            (
                "我看不到您的屏幕，不过“错误403”通常表示登录已过期。请退出账号，彻底关闭App后重新登"
                "录。"
            ),
            "不收费的。订单发货前，您可以在“我的订单”里免费修改收货地址。",
            (
                "我们不支持寄往邮政信箱，但可以选择快递柜或驿站自提，在结算页输入地址后选择最近的网"
                "点即可。"
            ),
            "机票不能更改乘机人姓名，但拼写错误不超过三个字母的，可以在“订单管理”中免费更正。",
            "抱歉让您久等了！您的理赔已于昨天审核通过，2,800元将在两个工作日内到账。",
            (
                "“拒绝访问”表示您的账号还没有该共享文件夹的权限。请联系文件夹负责人添加，或在IT服务"
                "台提交权限申请。"
            ),
            (
                "很遗憾，您的银行卡因连续三次输错密码已被锁定。可以在App“卡片管理”中选择“解锁”，通"
                "过刷脸验证后即可恢复使用。"
            ),
            "特价票不支持退款，不过可以转换为一年内有效的出行代金券。",
            "优惠券没能使用，是因为它已在周日过期。目前的新人券同样可以减20元，在结算时选择即可。",
            "您的号码没有任何限制。出现“无SIM卡”一般重启就能解决，请关机30秒后再开机。",
            "充电宝不能托运，需要随身携带；额定能量不超过100Wh的无需航空公司批准。",
            "已删除的聊天记录无法恢复，但您的文件是安全的：OneDrive回收站会保留已删除项目93天。",
            "没问题。您的补充医疗保险每年可报销两次洁牙，补牙按80%比例报销。",
            (
                "暂时还无法告诉您准确的送达时间，不过包裹7:12已从网点发出，这条线路通常在中午1点前"
                "送达。"
            ),
            (
                "这个函数不能接收字符串，所以才报“TypeError: unsupported operand”。先把输入转换一下"
                "：total = int(qty) * price。"
            ),
            (
                "旧的请假表单已经停用了，所以提交不了。请在OA的“考勤”页面选择日期和“年假”，然后提交"
                "即可。"
            ),
            "很抱歉，您所在区域周日不配送。可以选择周六送达，或到门店自提，门店营业到晚上8点。",
            (
                "您的身份证已过期，所以线上申请无法通过，不过可以在“政务服务”小程序预约到就近的派出"
                "所换领，记得带上照片回执。"
            ),
            (
                "账单给您带来困扰，非常抱歉。多出的12元是您在香港期间产生的漫游流量费，明细已列在下"
                "方。"
            ),
            "很遗憾，7:15的高铁已经售罄。7:45的车次还有同价位的二等座，我可以帮您锁定15分钟。",
            (
                "该网站不支持IE浏览器，但Chrome、Edge和Firefox都可以正常使用。切换后如果页面仍是空"
                "白，请清除缓存。"
            ),
            (
                "理解您的着急。“支付失败”的提示来自发卡银行，多数情况是超出了单日网上支付限额。请在"
                "银行App里调高限额后再试。"
            ),
            (
                "别担心，逾期缴费并不会立即导致保单失效。有60天宽限期，只要在28日前缴清，保障就不受"
                "影响。"
            ),
            "没有泡打粉蛋糕不容易发起来，但可以用1/4小勺小苏打加1/2小勺柠檬汁来代替。",
            "不需要转诊单，体检可以直接在平台上预约：进入“预约挂号”，选择“健康体检”即可。",
            (
                "您说的黄色警示灯并不是发动机故障，而是胎压偏低。请在安全的地方停车，按照驾驶座车门"
                "上的标签补充胎压。"
            ),
            "这学期的补考已经结束了，不过6月14日还有一次重修考试，6月1日前都可以在“考试”页面报名。",
            "您的随身行李超过了7公斤的限额。在值机截止前线上购买额外重量，比在登机口付费更划算。",
            (
                "新密码不能与过去12个月内用过的密码重复，所以被拒绝了。请设置至少12位、包含数字和符"
                "号的新密码。"
            ),
            "我这里看不到您的登录记录，但您可以在“设置 > 安全 > 最近活动”中自行查看。",
            (
                "超过30天就不能无理由退货了，但商品存在质量问题，仍在保修期内，可以在“订单 > 售后”"
                "中申请维修。"
            ),
            "让您久等了。好消息是，您所在小区的网络故障已于14:05修复，重启一下光猫应该就能恢复。",
            "您的卡默认不能境外使用，开通很简单：打开App，进入“卡片 > 境外支付”，打开开关即可。",
            (
                "“Permission denied (publickey)”的意思是Git找不到你的SSH密钥。运行 ssh-add "
                "~/.ssh/id_ed25519，然后确认公钥已添加到账户中。"
            ),
            (
                "远程航线不允许宠物进入客舱，但小型犬可以装在透气航空箱里托运，请至少提前48小时在“"
                "增值服务”中申请。"
            ),
            "App里没有这道菜的素食版本，不过可以把鸡肉换成鹰嘴豆，烹饪时间缩短到15分钟就行。",
            "不会影响您明年的保费优惠，因为对方保险公司已经承认了全部责任。",
            (
                "生育补助需要入职满六个月，您目前还不符合条件；3月3日满六个月后，就可以在“福利”页面"
                "申请了。"
            ),
            (
                "酒店不接受15点前入住，但可以免费寄存行李；如需提前入住，可在订单页面加购，费用为"
                "100元。"
            ),
            (
                "不好意思，刚才理解错了您的问题。办理公积金提取，请在公积金App选择“提取申请”，按提"
                "示上传租房合同即可。"
            ),
            (
                "转账被拒绝，是因为向新收款人转账超过5万元时需要等待24小时。您可以明天再转，或者分"
                "笔转账。"
            ),
            (
                "如果另一部手机被设为主设备，您的手机就无法通过蓝牙连接。请在“设置 > 连接”中删除旧"
                "设备，再配对您的手机。"
            ),
            "您的舱位不支持提前选座，座位会在值机时分配。建议起飞前24小时准时值机，可选座位更多。",
            (
                "抱歉让您久等，您的检验报告已经可以在“我的病历 > 检验结果”中查看，超出参考范围的指"
                "标会标为橙色。"
            ),
            "两个会员账户不能合并，但积分可以转移：进入“我的 > 积分 > 转赠”，每年最多可转5万积分。",
            (
                "导入失败是因为虚拟环境里没有安装这个包。先激活虚拟环境，运行 pip install requests"
                "，再重新加载编辑器窗口。"
            ),
            (
                "具体日期我没法打包票，但备用电脑一般在审批通过后三个工作日内寄出，您的工单今天上午"
                "已经审批通过了。"
            ),
            "周一放假不上课，所以你的辅导课改到周二下午4点了，不用重新预约。",
            (
                "可以的，开通后14天内退订不收违约金。在“我的套餐 > 退订”中操作，未用完的余额会原路"
                "退回。"
            ),
            "哎呀，是我没说清楚！180℃是热风模式的温度，普通模式请用200℃，同样烤25分钟。",
            (
                "现金丢失不在旅行险的保障范围内，但被盗的手机可以理赔：请填写盗窃报案表，并附上派出"
                "所的报案回执编号。"
            ),
            (
                "别着急，申请被驳回只是因为缺了一份材料。请在“待补材料”中上传居住证明，5个工作日内"
                "会重新审核。"
            ),
            (
                "由于余额不足，本月自动扣款失败了，这种情况很常见。系统会在15日再次扣款，您也可以现"
                "在就在“账单”页面手动缴费。"
            ),
            (
                "我看不到您屏幕上的内容，但“No boot device found”通常是BIOS启动顺序的问题。开机时按"
                "F2，把内置固态硬盘调到第一位。"
            ),
            (
                "很抱歉，您的申请被退回了：出生日期与身份证不一致。请在“我的办件”中修改后重新提交，"
                "排队顺序不受影响。"
            ),
            "给您带来不便，深表歉意。新卡已于5月2日寄出，预计7日前送达，在此之前旧卡仍可正常使用。",
            "没有驾驶人本人名下的信用卡无法取车，但如果加购免押金保障，用借记卡也可以。",
            "不用跑大厅了，社保缴费证明可以直接在“电子社保卡”里下载打印，立即生效。",
        ],
    },
}
