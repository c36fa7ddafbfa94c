"""Refusal detection: whether the first sentences of an answer decline the request, by a
grammar per language (apology or regret, a negation with ability or will, the act asked
for). Measured per language on tests/data/refusal_corpus.py (tests/test_checks.py asserts the
figures); ``checks.AnswerChecks`` runs it as the ``refusal`` check. Standard library only."""

from __future__ import annotations

import re
import unicodedata


class Grammar:
    """How one language declines a request: named tables of regular expressions over the
    normalised start of an answer (lower case, straight apostrophes and quotes, NFKC: the
    full-width ， ！ ？ ： are , ! ? :), and templates that combine them. In a row, a space
    matches a run of white space and ``<w>`` one word; a row that starts or ends with a Latin
    letter starts or ends at a word's edge. In a template, ``{name}`` is any row of that
    table, ``<end>`` the end of the sentence, ``<rest>`` a short rest of it, ``<in:N>`` up to
    N characters of it (Japanese, Chinese: the decline comes late), ``<np>`` "no ``pivot``
    follows in the sentence".

    Tables every language may fill, read by ``Refusals``: ``cue`` (plain words, one of which
    every refusal of the language holds: the fast test), ``affirm`` (a sentence that
    starts so takes the task on: no refusal after it), ``marker`` (words of a preface that
    speaks to the user: thanks, your question; or that gives the reason to decline: harm,
    privacy), ``opener`` (apology, regret, hesitation right before a decline), ``join``
    (after a comma, a new clause: "but", "so"), ``lead`` (a subordinate clause before the
    decline: "while I understand …,", "because …,"), ``pivot`` (after a declined part, the
    answer follows in the same sentence: "but here is").

    Templates: ``strong`` declines the request as a whole ("I can't help with that"), read
    after any preface; ``weak`` declines a named thing ("I can't provide X"), read at the
    start or after a preface that speaks to the user, and never when a ``pivot`` follows;
    ``bare`` has no subject (Japanese, Chinese) and is read only right after an ``opener``.
    A new language is a new entry of ``REFUSALS``: rows, not code."""

    def __init__(self, *, strong: tuple[str, ...] = (), weak: tuple[str, ...] = (),
                 bare: tuple[str, ...] = (), **tables: tuple[str, ...]):
        self.strong, self.weak, self.bare, self.tables = strong, weak, bare, tables


_POLICY_EN = (r"(?:guidelines|policies|policy|rules|principles|programming|values|"
              r"ethics|ethical guidelines|content policy|usage policies|usage guidelines|"
              r"safety guidelines|terms of use|terms)")
_ADV_EN = (r"(?:really|simply|just|unfortunately|honestly|genuinely|definitely|absolutely|"
           r"certainly|still|also|therefore|sadly|currently|personally|actually)")
_CLITIC_FR = r"(?:(?:vous|te|lui|leur|y|en|le|la|les|me|nous) |[tlmnsd]')*"
_CLITIC_ES = r"(?:(?:te|le|les|os|me|lo|la|los|las|se) )?"
_CLITIC_PT = r"(?:(?:te|lhe|lhes|o|a|os|as|me|se|vos) )?"
_LATIN = ("{neg}(?:{gap}{act}|<end>)", "{decline}", "{identity}<rest>{denial}<np>")
# "I won't provide X" is a decision, not a lack: a strong decline, read after any preface
# ("Because this could hurt someone, I won't provide …"), unless the answer follows (pivot)
_LATIN_WILL = _LATIN + ("{will}{gap}{part}<np>",)
_LATIN_WEAK = ("{neg}{gap}{part}<np>",)

REFUSALS: dict[str, Grammar] = {
    "en": Grammar(
        cue=("n't", "not", "no ", "unable", "unwilling", "uncomfortable", "decline", "refuse",
             "pass", "sit this", "outside", "beyond", "against", "out of", "lack", "violat",
             "conflict", "no."),
        affirm=(r"sure", r"of course", r"certainly", r"absolutely", r"definitely", r"yes",
                r"yeah", r"yep", r"no problem", r"happy to", r"glad to", r"gladly",
                r"i(?:'d| would) (?:be )?(?:happy|glad|love|delighted)",
                r"i(?:'m| am) (?:happy|glad|delighted)", r"here(?:'s| is| are)",
                r"with pleasure", r"great,? here", r"let's"),
        marker=(r"you", r"thank", r"sorry", r"apolog", r"understand", r"appreciat", r"question",
                r"request", r"ask", r"hear", r"curious", r"interest", r"concern", r"frustrat",
                r"hmm", r"i see", r"i know", r"i get", r"i realise", r"i realize",
                r"reaching out",
                # or names why a request is declined
                r"harm", r"danger", r"safety", r"privacy", r"private", r"illegal", r"unethical",
                r"misuse", r"consent", r"third part"),
        opener=(r"(?:i(?:'m| am) )?(?:so |really |very |truly |terribly |deeply |sincerely )?"
                r"sorry(?! (?:for|about|to hear|to say|that|if|you)\b)",
                r"(?:my )?apologies(?! for)", r"i apologi[sz]e(?! for)", r"unfortunately",
                r"regrettably", r"sadly", r"alas", r"i(?:'m| am) afraid(?! of)",
                r"i regret(?: (?:that|to say))?", r"however", r"but", r"h?mm+", r"well",
                r"no", r"nope", r"honestly", r"to be (?:honest|clear|transparent)",
                r"respectfully", r"oh", r"ah", r"look", r"that (?:being )?said", r"still",
                r"even so", r"nonetheless", r"nevertheless", r"okay", r"ok",
                r"thanks(?: for (?:asking|the question|your question|reaching out))?",
                r"thank you(?: for (?:asking|the question|your question|reaching out))?",
                r"i see", r"i hear you", r"i understand"),
        join=(r"but", r"however", r"so", r"and", r"yet", r"though", r"which is why",
              r"therefore", r"unfortunately", r"sadly", r"regrettably"),
        lead=(r"while", r"whilst", r"although", r"though", r"even though", r"even if",
              r"i understand", r"i appreciate", r"i know", r"i reali[sz]e", r"i get",
              r"i hear", r"given", r"since", r"because", r"as much as", r"much as",
              r"thanks for", r"thank you for", r"i see", r"despite",
              r"as (?:this|that|such|doing so)", r"given that", r"for (?:<w> ){1,3}?reasons",
              r"due to", r"out of (?:respect|concern)", r"considering", r"in light of"),
        neg=(rf"i (?:{_ADV_EN} )?(?:can't|cannot|can not|couldn't|could not|won't|will not|"
             r"must not|mustn't|may not)"
             r"(?: (?:and|or) (?:won't|will not|can't|cannot|shouldn't|should not))?",
             rf"i(?:'m| am) (?:{_ADV_EN} )?(?:not |un)(?:able|going|willing|allowed|"
             r"permitted|authori[sz]ed|in a position|prepared|designed|programmed|"
             r"comfortable|at liberty)(?: to)?",
             r"i (?:won't|will not) be able to",
             r"i (?:don't|do not) (?:think i (?:can|should)|have (?:the ability|permission|"
             r"the capability|the means|a way|any way|the authority|the tools) to|"
             r"feel (?:comfortable|right|able)|want to|intend to|plan to)"),
        will=(rf"i (?:{_ADV_EN} )?(?:won't|will not|refuse to)",
              r"it(?:'s| is) not (?:my place|for me|up to me) to",
              rf"i(?:'m| am) (?:{_ADV_EN} )?not (?:going|willing) to"),
        gap=(r" (?:(?:really|simply|just|directly|personally|fully|actually|possibly|"
             r"reasonably|ethically|responsibly|legally|safely|in good conscience|be|of|any|"
             r"further|you) )*?",),
        act=(r"help(?!\w| (?:but|feeling|thinking|noticing|wondering|smiling|laughing|myself|"
             r"it)\b)", r"helping", r"helpful", r"assist\w*", r"comply\w*", r"fulfil\w*",
             r"satisfy (?:this|that|your|such)", r"accommodate\w*", r"oblige",
             r"go along with", r"engage (?:in|with) (?:this|that|it|such)",
             r"participate\w*", r"take part", r"proceed\w*",
             r"do (?:that|this|it|so|what you(?:'re| are) asking|as you ask)",
             r"doing (?:that|this|it|so)",
             r"answer (?:that|this|it|your question|the question|such)",
             r"respond to (?:that|this|your request|such)",
             r"support (?:that|this|you with|your request)",
             r"(?:help|assistance|use) (?:here|with|on|to you)",
             r"process (?:that|this|your|such) request", r"grant (?:that|this|your) request",
             r"work on (?:that|this)",
             r"complete (?:that|this|it|your|such)(?: request| task)?(?!\w)"),
        part=(r"provid\w*", r"giv\w*", r"offer\w*", r"shar\w*", r"writ\w*", r"wrote",
              r"creat\w*", r"generat\w*", r"produc\w*", r"draft\w*", r"compos\w*",
              r"explain\w*", r"describ\w*", r"discuss\w*", r"detail\w*", r"outline\w*",
              r"reveal\w*", r"disclos\w*", r"suppl\w*", r"suggest\w*", r"answer\w*",
              r"respond\w*", r"engag\w*", r"translat\w*", r"summari[sz]\w*", r"diagnos\w*",
              r"prescrib\w*", r"identif\w*", r"track\w*", r"teach\w*", r"build\w*",
              r"develop\w*", r"endors\w*", r"confirm\w*", r"walk you through",
              r"show you how", r"find (?:someone|that person|their|his|her|personal)",
              r"access (?:someone|other|another|their|his|her|private|personal|your)",
              r"comment\w*", r"weigh in", r"take sides", r"speculat\w*", r"look\w* up",
              r"search\w* for",
              r"mak\w*(?! (?:it|any promises|sense|guarantees|out)\b)",
              r"tell\w*(?! (?:you )?(?:how (?:much|happy|glad|excited|grateful|thankful|"
              r"sorry|relieved|many)|which|whether|if|the difference|for sure|from)\b)",
              r"recommend\w*(?![^.!?]*\benough\b)"),
        decline=(r"i(?: must| have to| need to|'ll have to| will have to|'d have to|"
                 r" am going to have to|'m going to have to| am forced to|'m forced to|"
                 r"'ll need to| will need to| should|'m going to| am going to| would) "
                 rf"(?:(?:{_ADV_EN}|respectfully|politely|kindly) )?(?:decline|refuse|pass)",
                 r"i (?:respectfully |politely )?(?:decline|refuse)(?! to (?:believe|accept))",
                 r"i(?:'d| would) (?:much )?(?:rather|prefer) not",
                 r"i (?:don't|do not|wouldn't|would not) (?:really )?feel (?:comfortable|right|"
                 r"good|okay|ok)",
                 r"i(?:'m| am) (?:really |just |simply )?(?:not |un)comfortable",
                 r"(?:that|this|it|which|(?:such a|this|that|your) request|what you(?:'re| are) "
                 r"asking(?: for)?|<w>ing(?: <w>){0,9}?)(?:'s| is| would be)?\s*(?:not|n't) "
                 r"(?:really |quite )?(?:something|a request|a task|anything|a thing|what|one|"
                 r"an area) (?:that |which )?i(?:'m| am|'ll| will|'d| would)? (?:can|could|"
                 r"will|would|do|able|comfortable|allowed|willing|going|feel|should|may|help|"
                 r"assist|provide|write|share|create|answer)(?!\w| (?:recommend|suggest|advise|"
                 r"worry|say|call|consider|expect|bother|use|trust|rely|count|need|want|like)\b)",
                 # the impersonal: "this isn't something that can be shared"
                 r"(?:that|this|it|such|this kind of|that kind of)(?: (?:information|info|"
                 r"content|data|details?|material))?(?:'s| is)?\s*(?:not|n't) (?:something|"
                 r"information|anything|a thing|content|data|details?) (?:that |which )?"
                 r"(?:can|could|should|may|i can|i could) (?:be )?(?:shared|disclosed|provided|"
                 r"released|revealed|given out|discussed|made public)(?!\w)",
                 r"(?:that|this|such|these|those)(?: (?:kind|type|sort) of)?(?: (?:information|"
                 r"info|content|data|details?|material))? (?:can't|cannot|can not|won't|will not|"
                 r"may not|must not) be (?:shared|disclosed|provided|released|revealed|given out|"
                 r"made public)(?: here| with you)?<end>",
                 r"(?:that's |that is |this is |it's |it is )?(?:a|one) line i (?:won't|will not|"
                 r"can't|cannot|am not willing to|'m not willing to|refuse to) cross",
                 r"(?:that's|that is|this is) where i (?:have to )?draw the line",
                 r"i(?:'m| am) (?:probably |really |just )?not the (?:right|best|appropriate) "
                 r"(?:person|resource|place|source|one) (?:to|for)(?!\w)",
                 # the whole answer: "Sorry, but no."
                 r"^\s*(?:sorry|i'm sorry|i am sorry|apologies|my apologies),? (?:but )?(?:no|nope)"
                 r"[.!]*\s*$",
                 r"(?:that|this|it|which)(?:'s| is) (?:something|a request|a thing|one) "
                 r"(?:that |which )?i (?:can't|cannot|won't|will not|am not able to|"
                 r"'m not able to|am unable to|'m unable to) (?:do|help|assist|provide|fulfil|"
                 r"fulfill|comply|write|create|share|answer)(?!\w)",
                 r"(?:my|the|our) (?:guidelines|policies|policy|rules|instructions|"
                 r"programming|principles|safety guidelines|usage policies)(?: <w>)? "
                 r"(?:don't|do not|doesn't|does not|won't|wouldn't) (?:allow|permit|let) me",
                 # against or in breach of the rules it follows: one row, one scan of the clause
                 r"(?=[^.!?\n]{0,80}?(?:against|violat|breach|contraven|conflict|break))"
                 r"(?:<w> ){0,6}?(?:(?:goes|go|would go|is|are|runs?|would be) against|violates?|"
                 r"would violate|violating|breach(?:es)?|would breach|contravenes?|"
                 r"conflicts? with|breaks?|would break) (?:(?:my|our) (?:<w> )?"
                 rf"{_POLICY_EN}|the (?:<w> )?{_POLICY_EN} (?:i|that i|which i) (?:follow|have|"
                 r"operate|work|must|am|'m|was|built|designed|bound)|"
                 r"(?:the )?(?:usage|content|safety) (?:policies|policy|guidelines))",
                 r"(?:that|this|it|such a request|this request|that request|your request)"
                 r"(?:'s| is| would be| falls| goes| lies)? (?:well |far )?(?:outside|beyond|"
                 r"against|out of) (?:of )?(?:what i|my|the scope|the bounds|the limits|"
                 r"the guidelines)",
                 r"i(?:'ll| will) (?:have to )?(?:pass|sit this one out)", r"no can do"),
        identity=(r"(?:as an? |being an? |i(?:'m| am) (?:just |only |simply |merely )?an? )"
                  r"(?:[\w-]+ ){0,2}?(?:ai|a\.i\.|artificial intelligence|language model|llm|"
                  r"chatbot|bot|assistant|ai model|machine)(?!\w)",),
        denial=(r"(?:can't|cannot|can not|don't|do not|am not|'m not|won't|will not|unable|"
                r"not able|have no|lack|must not|shouldn't|should not|not (?:able|allowed|"
                r"permitted|designed|capable|programmed))(?!\w)",),
        pivot=(r"(?:but|however|though|although|still),? (?:here|below|the following|"
               r"this is|these are|based on|from what|as of|according to|in general|"
               r"generally|typically|usually|most|many|commonly|i can (?:tell|share|give|"
               r"offer|walk|explain|describe|summari[sz]e) you (?:what|that|some|a|the|how)|"
               r"what i (?:know|can)|there (?:is|are)|you (?:can|could|might|may) (?:try|use|"
               r"run|check)|it (?:is|'s|looks|seems|depends|should|will|would)|"
               r"i (?:can|could) (?:say|tell you|share)|the (?:short|general|basic|usual|"
               r"main|answer|fix|formula|steps?|code)|a (?:common|good|typical|general)|"
               r"an? (?:overview|outline|summary|estimate)|roughly|about|approximately|around|"
               r"probably|likely|estimates?|\d)",),
        # read right after an opener: "I'm afraid that's not possible."
        impossible=(r"(?:that|this|it)(?:'s not| is not| isn't) (?:really )?possible<end>",),
        strong=_LATIN_WILL, weak=_LATIN_WEAK, bare=("{impossible}",)),
    "fr": Grammar(
        cue=("ne ", "n'a", "n'e", "n'é", "n'i", "n'o", "n'y", "n'h", "impossible", "refus",
             "déclin", "encontre", "contraire", "enfrei", "viol", "cadre",
             "dépass", "au-delà", "hors d", "non."),
        affirm=(r"bien sûr", r"bien entendu", r"avec plaisir", r"volontiers", r"certainement",
                r"absolument", r"oui", r"voici", r"voilà", r"pas de problème", r"d'accord",
                r"je serais (?:ravie?|heureux|heureuse)", r"je suis (?:ravie?|heureux|heureuse)",
                r"ravie? de"),
        marker=(r"vous", r"votre", r"vos", r"tu ", r"ton ", r"ta ", r"tes ", r"merci",
                r"désolé", r"navré", r"compren", r"question", r"demande", r"requête",
                r"curiosité", r"intérêt", r"préoccupation", r"frustration", r"excuse", r"hmm",
                r"danger", r"sécurité", r"nuire", r"nuisible", r"préjudice", r"vie privée",
                r"illégal", r"éthique", r"consentement", r"tiers"),
        opener=(r"(?:je suis )?(?:vraiment |sincèrement |profondément )?(?:désolée?|navrée?)"
                r"(?! (?:pour|de|d'|du|des)\b)", r"pardon(?! pour)", r"excusez-moi",
                r"excuse-moi", r"je m'excuse(?! pour)", r"toutes mes excuses(?! pour)",
                r"mes excuses(?! pour)", r"malheureusement", r"hélas", r"je regrette",
                r"je crains que", r"j'ai (?:bien )?peur que", r"non", r"hmm+", r"euh", r"mais",
                r"cependant", r"toutefois", r"néanmoins", r"en revanche", r"par contre",
                r"honnêtement", r"franchement", r"merci(?: pour (?:votre|ta) question)?"),
        join=(r"mais", r"cependant", r"toutefois", r"néanmoins", r"pourtant", r"donc", r"et",
              r"alors", r"malheureusement", r"hélas"),
        lead=(r"bien que", r"même si", r"quoique", r"je comprends", r"j'apprécie", r"tout en",
              r"merci pour", r"merci de", r"malgré", r"parce que", r"parce qu'", r"puisque",
              r"puisqu'", r"comme (?:cela|ça|ceci|cette|ce|une telle|de tel)", r"étant donné",
              r"vu que", r"dans la mesure où", r"car",
              r"pour des raisons", r"pour (?:<w> ){1,2}?raisons?", r"en raison", r"compte tenu",
              r"par (?:respect|souci|prudence)"),
        neg=(rf"je (?:ne |n'){_CLITIC_FR}(?:peux|pourrai|pourrais|puis|vais|veux|voudrais|"
             r"souhaite|dois|saurais)(?: (?:malheureusement|vraiment|hélas|simplement|donc|"
             r"toutefois|cependant|personnellement|absolument|évidemment))? (?:pas|ni|point|"
             r"plus|aucunement|nullement)",
             rf"je ne {_CLITIC_FR}(?:peux|puis|saurais)(?= {_CLITIC_FR}(?:aider|répondre|"
             r"donner suite|satisfaire|fournir|accéder))",
             r"je ne (?:pense|crois) pas (?:devoir|pouvoir|être en mesure de|être autorisée? à)",
             r"je n'ai pas (?:la possibilité|la capacité|le droit|l'autorisation|la permission|"
             r"les moyens|vocation)(?= (?:de|d'))",
             r"je (?:crains|regrette) de ne (?:pas )?pouvoir",
             r"il ne m'appartient pas(?= (?:de|d'))"),
        will=(rf"je (?:ne |n'){_CLITIC_FR}(?:vais|compte|souhaite|veux|tiens à)(?: (?:"
              r"malheureusement|vraiment|donc|personnellement))? pas",
              r"je refuse de"),
        gap=(r" (?:(?:malheureusement|vraiment|simplement|personnellement|directement|"
             rf"davantage|pouvoir|être en mesure (?:de|d')|de) )*?{_CLITIC_FR}",),
        act=(r"aider", r"aide", r"assister", r"répondre", r"satisfaire", r"donner suite",
             r"accéder à (?:cette|votre|ta|la) (?:demande|requête)",
             r"traiter (?:cette|votre|ta|la|ce) (?:demande|requête)",
             r"faire (?:cela|ça|ceci|ce que)", r"le faire",
             r"être (?:d'une (?:grande |quelconque )?)?(?:utile|aide|d'aide|secours)",
             r"accompagner", r"contribuer", r"participer", r"accepter (?:cette|votre|ta)"),
        part=(r"(?:fourni|donn|partag|rédig|écri|cré|génér|produi|expliqu|décri|détaill|réalis|"
              r"communiqu|divulgu|révél|confirm|trait|propos|conseill|recommand|transmett|"
              r"indiqu|fabriqu|envoy|dire|prononc|comment|détaill|spécul)\w*",
              r"accéder (?:à|aux) (?:vos|votre|tes|ton|ta|ses|son|sa|leurs?|des données|"
              r"des comptes|des informations personnelles)(?!\w)"),
        decline=(r"je (?:dois|vais devoir|me vois contrainte? de|suis obligée? de|me dois de) "
                 r"(?:\w+ )?(?:refuser|décliner)",
                 r"je (?:refuse|décline) (?:de|d'|cette|votre|ta|la|ce)",
                 r"je (?:préfère|préférerais) ne pas", r"il m'est (?:\w+ )?impossible",
                 r"il ne m'est pas (?:possible|permis)",
                 r"(?:je crains|j'ai (?:bien )?peur) de ne (?:pas )?pouvoir",
                 r"je ne me sens pas (?:\w+ )?(?:à l'aise|en mesure|autorisée?|capable|"
                 r"légitime)",
                 r"je (?:ne |n')(?:suis|serai) (?:\w+ )?pas (?:en mesure|en position|"
                 r"autorisée?|habilitée?|capable|à même|à l'aise|en droit|programmée?|"
                 r"conçue?|censée?)",
                 rf"je (?:ne |n'){_CLITIC_FR}(?:donner|fournir|aider|rédiger|écrir|répondr|"
                 r"créer|générer|partager|expliquer|participer|fer|accepter|contribuer)"
                 r"\w* (?:pas|point|plus|aucune?)",
                 # after a subject of a few words ("aider à espionner quelqu'un, ce n'est pas
                 # quelque chose que…", "cette demande sort du cadre…"): one scan for all
                 r"(?:<w> ){0,6}?(?:(?:ce|cela|ça|c'|ceci|cette (?:demande|requête)|"
                 r"une telle (?:demande|requête)) ?(?:n'est|ne fait|ne relève|ne rentre) "
                 r"(?:pas|plus)(?!\w)[^.!?]{0,60}?\b(?:je (?:peux|puis|pourrais|suis en mesure|"
                 r"vais|sais|veux|souhaite|ferai|fais)|j'(?:accepte|ai le droit|ai vocation))|"
                 r"(?:sort|sortent|sortirait|dépasse|dépassent|dépasserait|excède|"
                 r"se situe en dehors|est en dehors|est hors|va au-delà|irait au-delà) "
                 r"(?:largement )?(?:du cadre|le cadre|du champ|le champ|des limites|les limites|"
                 r"de ce que je|mes (?:compétences|attributions|capacités|prérogatives)|"
                 r"de mes (?:compétences|attributions|capacités|prérogatives)|de mon (?:rôle|"
                 r"champ|domaine)|mon (?:rôle|champ))|"
                 r"(?:enfreint|enfreignent|enfreindrait|viole|violent|violerait|"
                 r"contrevient|contreviendrait|transgresse) "
                 r"(?:à )?(?:mes|nos) (?:<w> )?(?:règles|consignes|directives|principes|"
                 r"politiques|conditions|lignes directrices)|"
                 r"(?:va|vont|irait|est|serait) (?:à l'encontre de|contraire à) "
                 r"(?:(?:mes|nos) (?:règles|consignes|directives|principes|politiques)|"
                 r"(?:des|aux) (?:règles|consignes|directives|principes|politiques) (?:que je|"
                 r"qui m'|d'utilisation)))",
                 # the impersonal: "ce n'est pas une information qui peut être communiquée"
                 r"(?:ce|cela|ça|c'|ceci) ?n'est pas (?:une information|un contenu|quelque chose|"
                 r"une donnée|un sujet|une question) (?:qui|que l'on|qu'on|que je) (?:peut|puisse|"
                 r"peux|puis|pourrait|doit) (?:être )?(?:communiqu|partag|divulgu|fourni|"
                 r"transmi|révél|donn|abord|discut|trait)\w*",
                 r"(?:cette|ces|une telle|de telles) (?:informations?|données|contenus?|détails?)"
                 r" (?:ne )?(?:peut|peuvent|saurai(?:en)?t|doi(?:ven)?t) (?:pas|en aucun cas) être "
                 r"(?:communiqu|partag|divulgu|fourni|transmi|révél|donn)\w*",
                 r"je ne suis (?:malheureusement )?pas (?:la bonne|le bon|la meilleure|le meilleur|"
                 r"la personne la plus) (?:ressource|personne|interlocut\w*|source|adresse|"
                 r"assistante?|outil)",
                 r"^\s*(?:désolée?|navrée?|pardon),? (?:mais )?(?:non|c'est non)[.!]*\s*$",
                 r"(?:ce|cela|ça|c') ?n'est pas (?:dans mes cordes|de mon ressort|"
                 r"dans mes (?:compétences|attributions)|quelque chose que je fais)",
                 r"(?:mes|les|nos) (?:règles|consignes|directives|principes|politiques)(?: <w>)? "
                 r"ne (?:me )?(?:permettent|autorisent) pas"),
        identity=(r"(?:en tant qu'|en tant que |étant |comme )(?:une? )?(?:ia|"
                  r"intelligence artificielle|assistante? (?:ia|virtuel(?:le)?)|"
                  r"modèle de langage|modèle d'ia|agent conversationnel|chatbot)(?!\w)",
                  r"je ne suis qu'(?:une? )?(?:ia|intelligence artificielle|modèle de langage|"
                  r"assistante?|programme|chatbot)(?!\w)",
                  r"je suis (?:une? )?(?:simple )?(?:ia|intelligence artificielle|"
                  r"modèle de langage|assistante? (?:ia|virtuel(?:le)?)|agent conversationnel|"
                  r"chatbot)(?!\w)"),
        denial=(r"(?:ne |n')(?:[\w']+ ){0,2}?(?:pas|ni|point|aucune?|jamais)(?!\w)",
                r"impossible"),
        pivot=(r"(?:mais|cependant|toutefois|néanmoins|par contre|en revanche),? (?:voici|"
               r"voilà|ci-dessous|d'après|selon|en général|généralement|habituellement|"
               r"la plupart|beaucoup|je (?:vous |te )?peux (?:dire|donner|expliquer|"
               r"partager|indiquer) (?:ce|que|quelques|comment|les)|ce que je sais|"
               r"il (?:y a|existe|est|faut)|(?:vous pouvez|tu peux) (?:essayer|utiliser)|"
               r"la (?:réponse|solution|formule)|le (?:principe|code)|en résumé|"
               r"un (?:aperçu|plan|résumé)|environ|à peu près|probablement|c'est|ce sont|\d)",),
        impossible=(r"(?:ce|cela|ça|c') ?n'est (?:malheureusement )?pas possible<end>",),
        strong=_LATIN_WILL, weak=_LATIN_WEAK, bare=("{impossible}",)),
    "de": Grammar(
        cue=("nicht", "kein", "ablehn", "lehne", "passen", "verstöss", "verstoss", "widersp",
             "ausserhalb", "übersteig", "hinaus", "zurückweis", "verweiger", "ausserstande"),
        affirm=(r"gerne?", r"natürlich", r"klar", r"selbstverständlich", r"sicher", r"ja",
                r"hier (?:ist|sind)", r"kein problem", r"mit vergnügen", r"auf jeden fall",
                r"aber gerne", r"sehr gerne"),
        marker=(r"du ", r"dich", r"dir", r"dein", r"ihr", r"ihnen", r"sie ", r"euch", r"danke",
                r"dank", r"versteh", r"frage", r"anfrage", r"bitte", r"neugier", r"interesse",
                r"ärger", r"frust", r"leid", r"entschuldig", r"hmm", r"schaden", r"schädl",
                r"gefahr", r"gefähr", r"sicherheit", r"privatsphäre", r"datenschutz", r"illegal",
                r"rechtswidrig", r"ethisch", r"einverständnis", r"dritte"),
        opener=(r"(?:es )?tut mir (?:sehr |wirklich |aufrichtig |echt )?leid"
                r"(?! (?:zu|dass|für|wegen)\b)", r"entschuldigung(?! für)",
                r"entschuldige(?! (?:den|die|das|für)\b)",
                r"entschuldigen sie(?! (?:den|die|das|für)\b)", r"verzeihung",
                r"verzeih(?:en sie)?", r"ich entschuldige mich(?! für)", r"sorry", r"leider",
                r"bedauerlicherweise", r"ich bedaure", r"nein", r"hmm+", r"oh", r"aber",
                r"jedoch", r"allerdings", r"ehrlich gesagt", r"ich fürchte(?:,? dass)?",
                r"danke(?: für (?:deine|ihre|die) (?:frage|anfrage))?"),
        join=(r"aber", r"jedoch", r"doch", r"allerdings", r"leider", r"und", r"daher",
              r"deshalb", r"deswegen", r"also"),
        lead=(r"obwohl", r"auch wenn", r"wenngleich", r"ich verstehe", r"ich weiss",
              r"danke für", r"vielen dank für", r"zwar",
              r"da(?!\w| (?:kann|hast|habe|hat|ist|bin|sind|gibt|muss|musst|würde|wird|sollte|"
              r"könnte|haben|war)\b)", r"weil", r"zumal",
              r"aus (?:<w> ){1,2}?gründen", r"aufgrund", r"angesichts", r"wegen"),
        neg=(r"ich (?:kann|darf|werde|möchte|will|muss) (?:<w> ){0,5}?"
             r"(?:nicht|keine?[nmrs]?|keinerlei|nichts)",
             r"(?:<w> ){0,8}?(?:kann|darf|werde|möchte|will) ich (?:<w> ){0,5}?"
             r"(?:nicht|keine?[nmrs]?|keinerlei|nichts)",
             # "ich habe keinen zugriff darauf und kann mich nicht …": one subject, two verbs
             r"ich (?:[^\s.!?,;:\"()]+ ){1,6}?und (?:kann|darf|werde|möchte|will) (?:<w> ){0,5}?"
             r"(?:nicht|keine?[nmrs]?|keinerlei|nichts)",
             r"ich (?:habe|hab) (?:<w> )?(?:keine (?:möglichkeit|berechtigung|befugnis|erlaubnis)|"
             r"nicht die (?:möglichkeit|berechtigung|befugnis|erlaubnis|mittel))(?:,)?",
             r"es steht mir (?:<w> )?nicht zu,?"),
        will=(r"ich werde (?:<w> ){0,5}?(?:nicht|keine?[nmrs]?|keinerlei|nichts)",
              r"(?:<w> ){0,3}?werde ich (?:<w> ){0,5}?(?:nicht|keine?[nmrs]?|keinerlei|nichts)",
              r"ich weigere mich,?"),
        gap=(r"(?: [^\s.!?,;:\"()]+){0,8}? ",),  # words of one clause: no comma
        act=(r"(?:helfen|weiterhelfen|behilflich|unterstützen|nachkommen|erfüllen|"
             r"entsprechen|eingehen|beantworten|übernehmen|bearbeiten|mitwirken|mithelfen|"
             r"umsetzen|durchführen|zustimmen|auskunft|hilfe|helfe|erledigen)",),
        part=(r"(?:geben|bereitstellen|liefern|erstellen|schreiben|verfassen|generieren|"
              r"erzeugen|teilen|nennen|sagen|herausgeben|erklären|zeigen|anbieten|leisten|"
              r"äussern|stellen|weitergeben|preisgeben|formulieren|produzieren|empfehlen|"
              r"beraten|verraten|mitteilen|anfertigen|entwerfen|ausstellen|beschreiben|tun|"
              r"machen|zugreifen|einloggen|anmelden|kommentieren|"
              r"diagnostizieren|zu (?:geben|liefern|erstellen|schreiben|teilen|nennen|"
              r"erklären|helfen|unterstützen|beantworten))",),
        decline=(r"ich (?:bin|wäre) (?:<w> ){0,2}?nicht in der lage",
                 r"(?:es|das|dies|dabei|damit) (?:ist|wäre) mir (?:<w> )?nicht (?:möglich|erlaubt|"
                 r"gestattet)",
                 r"ich (?:sehe mich|bin) (?:<w> )?(?:ausserstande|ausser stande|nicht imstande|"
                 r"nicht im stande)",
                 # the verb second, after a few words ("dabei bin ich leider nicht …"): one scan
                 r"(?:<w> ){0,3}?(?:bin ich (?:<w> ){0,2}?nicht in der lage|ist (?:es|das|dies) "
                 r"mir (?:<w> )?nicht (?:möglich|erlaubt|gestattet)|(?:sehe ich mich|bin ich) "
                 r"(?:<w> )?(?:ausserstande|ausser stande|nicht imstande|nicht im stande)|"
                 r"(?:bin|fühle) ich (?:mich )?(?:<w> )?nicht (?:befugt|berechtigt|autorisiert|"
                 r"befähigt|bereit|wohl)|muss ich (?:hier |da |leider )*passen|muss ich "
                 r"(?:<w> ){0,3}?(?:ablehnen|zurückweisen|verweigern))",
                 r"ich bin (?:<w> )?nicht (?:die richtige|der richtige|die geeignete|"
                 r"der geeignete) (?:ansprechperson|ansprechpartner\w*|adresse|stelle|quelle)",
                 r"ich fühle mich (?:<w> ){0,2}?nicht wohl",
                 r"ich (?:bin|fühle mich) (?:<w> )?nicht (?:befugt|berechtigt|autorisiert|"
                 r"befähigt|bereit)",
                 r"ich muss (?:hier |da |leider )*passen",
                 r"(?:meine|die) (?:richtlinien|regeln|vorgaben|grundsätze)(?: <w>)? "
                 r"(?:erlauben|gestatten) (?:es )?mir (?:<w> )?nicht",
                 # after a subject of a few words ("eine nachricht, die …, schreibe ich nicht",
                 # "diese anfrage verstösst gegen …", "das liegt ausserhalb …"): one scan
                 r"(?:<w> ){0,8}?(?:(?:verstösst|verstossen|verstiesse|widerspricht|widersprechen|"
                 r"verletzt|verletzen|(?:ist|wäre|würde) (?:<w> )?gegen) (?:<w> )?(?:gegen )?"
                 r"(?:meine?n?|unsere?n?) \w*(?:richtlinien|regeln|grundsätze|vorgaben|"
                 r"bestimmungen|prinzipien|werte)|(?:verstösst|verstossen|verstiesse|widerspricht|"
                 r"widersprechen) (?:gegen )?(?:die|den) \w*(?:richtlinien|regeln|grundsätze|"
                 r"vorgaben|prinzipien),? (?:an )?(?:die|denen|nach denen) ich|(?:liegt|liegen|"
                 r"fällt|fallen|geht|gehen) (?:<w> )?(?:leider )?(?:ausserhalb (?:dessen|meiner|"
                 r"meines|meine|des rahmens|dem,? was)|über (?:meine|meinen|das,? was|"
                 r"den rahmen)|nicht in meine?n? (?:bereich|zuständigkeit|aufgabenbereich))|"
                 r"übersteigt (?:<w> )?(?:meine|meinen) (?:<w> )?(?:möglichkeiten|fähigkeiten|"
                 r"kompetenzen|befugnisse|rahmen)|(?:helfe|unterstütze|beantworte|schreibe|"
                 r"erstelle|gebe|liefere|mache|tue|verfasse|teile|nenne) ich (?:<w> ){0,4}?"
                 r"(?:nicht|keine?[nmrs]?|nichts)(?!\w))",
                 r"(?:diese|solche|derartige|das|dies)(?: (?:informationen|information|angaben|"
                 r"daten|details|inhalte|auskunft|auskünfte))? (?:kann|darf|können|dürfen) "
                 r"(?:ich )?(?:leider )?(?:nicht|keine?) (?:<w> ){0,3}?(?:weitergegeben|geteilt|"
                 r"herausgegeben|preisgegeben|veröffentlicht|offengelegt|bereitgestellt|"
                 r"mitgeteilt) werden",
                 r"ich (?:muss|werde|möchte) (?:<w> ){0,3}?(?:ablehnen|zurückweisen|verweigern)",
                 r"^\s*(?:tut mir leid|sorry|entschuldigung),? (?:aber )?nein[.!]*\s*$",
                 r"ich lehne (?:<w> ){0,5}?ab",
                 r"(?:das|dies|dabei|damit)(?: ist| wäre) (?:leider )?(?:nichts|keine "
                 r"(?:anfrage|aufgabe|sache)),? (?:wobei|womit|bei dem|bei der|was|die|das) ich",
                 r"ich (?:helfe|unterstütze|beantworte|erstelle|verfasse|liefere) (?:<w> ){0,4}?"
                 r"(?:nicht|keine?[nmrs]?|keinerlei|nichts)(?!\w)"),
        identity=(r"(?:als |ich bin (?:nur |lediglich |bloss |eben |ja )?(?:eine? |ein )?)"
                  r"(?:[\w-]+ )?(?:ki|künstliche intelligenz|sprachmodell|ki-[\w-]+|"
                  r"assistent\w*|chatbot|ki modell|grosses sprachmodell)(?!\w)",),
        denial=(r"(?<!\w)(?:nicht|keine?[nmrs]?|keinerlei|nichts)(?!\w)",),
        pivot=(r"(?:aber|jedoch|doch|allerdings),? (?:hier|unten|folgend|im folgenden|nach|"
               r"laut|gemäss|generell|im allgemeinen|allgemein|üblicherweise|normalerweise|"
               r"typischerweise|meist|die meisten|viele|ich kann (?:dir |ihnen |euch )?"
               r"(?:sagen|erklären|zeigen|geben|nennen) (?:was|wie|einige|ein|eine|die)|"
               r"was ich weiss|es gibt|du kannst|sie können|die (?:kurze|allgemeine|lösung|"
               r"antwort|formel)|eine (?:übersicht|gliederung|zusammenfassung)|es (?:ist|sind)|"
               r"etwa|ungefähr|circa|rund|wahrscheinlich|\d)",),
        impossible=(r"das (?:ist|geht) (?:leider )?nicht(?: möglich)?<end>",),
        strong=_LATIN_WILL, weak=_LATIN_WEAK, bare=("{impossible}",)),
    "es": Grammar(
        cue=("no ", "no,", "no.", "niego", "rechaz", "declin", "negarme", "imposible",
             "fuera de", "contra", "infring", "viol", "excede", "escapa", "más allá"),
        affirm=(r"claro", r"por supuesto", r"con gusto", r"desde luego",
                r"aquí (?:tienes|tiene|está|están|va|van)", r"sí", r"encantad[oa]",
                r"sin problema", r"perfecto", r"de acuerdo", r"vale"),
        marker=(r"tu ", r"tus ", r"te ", r"usted", r"su ", r"sus ", r"gracias", r"entiendo",
                r"comprendo", r"pregunta", r"solicitud", r"petición", r"curiosidad",
                r"interés", r"frustración", r"siento", r"disculp", r"perdón", r"hmm", r"daño",
                r"peligr", r"seguridad", r"privacidad", r"ilegal", r"ética", r"consentimiento",
                r"terceros"),
        opener=(r"lo (?:siento|lamento)(?: mucho| muchísimo)?", r"siento(?! (?:que|mucho que))",
                r"perdón(?! por)", r"perdona(?! (?:el|la|por)\b)", r"perdone",
                r"disculpa(?! (?:el|la|por)\b)", r"disculpe", r"mis disculpas(?! por)",
                r"lamentablemente", r"desafortunadamente", r"por desgracia",
                r"desgraciadamente", r"me temo que", r"lamento(?! (?:que|el|la)\b)", r"no",
                r"hmm+", r"pero", r"sin embargo", r"no obstante", r"sinceramente",
                r"honestamente", r"vaya", r"gracias(?: por (?:tu|su) pregunta)?"),
        join=(r"pero", r"sin embargo", r"aunque", r"así que", r"y", r"por lo que", r"por eso",
              r"por ello", r"no obstante", r"lamentablemente"),
        lead=(r"aunque", r"si bien", r"entiendo", r"comprendo", r"aprecio", r"agradezco",
              r"gracias por", r"a pesar de", r"incluso si",
              r"como (?:esto|eso|ello|esta|esa|este|ese|tal|dicha|dicho)", r"ya que", r"dado que",
              r"puesto que", r"visto que", r"debido a", r"porque", r"por (?:razones|motivos)",
              r"teniendo en cuenta", r"considerando"),
        neg=(rf"(?:yo )?no {_CLITIC_ES}(?:puedo|podré|podría|voy a|quiero|debo|pienso|"
             r"soy capaz de|estoy (?:en condiciones|autorizad[oa]|capacitad[oa]|"
             r"dispuest[oa]|preparad[oa]|habilitad[oa]|diseñad[oa]|programad[oa]) "
             r"(?:de|para|a)|me es posible|me está permitido|tengo (?:la capacidad|permiso|"
             r"autorización|forma|manera|cómo|la posibilidad)(?: de| para)?)"
             r"(?: (?:ni|y no|ni tampoco|ni quiero|o) (?:puedo|voy a|quiero|debo|podré))?",
             r"(?:yo )?no (?:creo|pienso|considero) (?:que (?:yo )?(?:pueda|deba|sea capaz de|"
             r"esté en condiciones de|me corresponda)|poder|deber|estar en condiciones de)",
             r"(?:siento|lamento|temo|me temo) no (?:poder|estar en condiciones de|ser capaz de)",
             r"(?:a mí )?no me (?:corresponde|compete)",
             # the object first: "esa petición no la puedo atender", "eso no lo voy a hacer"
             r"(?:eso|esto|ello|esa|esta|ese|este|tal)(?: (?:petición|solicitud|pregunta|tarea|"
             rf"información|contenido|cosa|tipo de <w>))? no {_CLITIC_ES}(?:puedo|podré|podría|"
             r"voy a|pienso|quiero|debo)"),
        will=(rf"(?:yo )?no {_CLITIC_ES}(?:voy a|pienso|tengo intención de)",
              r"me niego a"),
        gap=(r" (?:(?:realmente|simplemente|directamente|personalmente|lamentablemente|"
             rf"tampoco|poder|ser capaz de) )*?{_CLITIC_ES}",),
        act=(r"(?:ayud|asist|atend|cumpl|complac|respond|contest|proces|colabor|particip|realiz|"
             r"apoy)\w*", r"acceder a (?:tu|su|esta|esa|la) (?:petición|solicitud)",
             r"hacer (?:eso|esto|lo que)", r"hacerlo", r"hacer<end>",
             r"ser(?:te|le|les|os)? (?:de (?:ayuda|utilidad)|útil)"),
        part=(r"(?:proporcion|facilit|brind|ofrec|compart|escrib|redact|crea|gener|produc|"
              r"explic|describ|revel|divulg|suministr|recomend|indic|elabor|confirm|decir|"
              r"contar|dar|detall|coment|opin|especul|diagnostic)\w*",
              r"acceder a (?:tu|tus|su|sus|los datos|la información privada|cuentas|correos)"
              r"(?!\w)"),
        decline=(r"(?:debo|tengo que|me veo obligad[oa] a|he de|voy a tener que|necesito) "
                 r"(?:\w+ )?(?:rechazar|declinar|negarme)",
                 r"me niego a", r"(?:prefiero|preferiría) no",
                 r"no me siento (?:\w+ )?(?:cómod[oa]|a gusto|bien)",
                 r"no estoy (?:\w+ )?(?:en condiciones|autorizad[oa]|en posición|"
                 r"en disposición|capacitad[oa]|habilitad[oa])",
                 r"no me es posible", r"no me está permitido", r"no es posible para mí",
                 r"me (?:es|resulta) imposible",
                 r"(?:siento|lamento) no (?:poder|estar en condiciones)",
                 r"(?:eso|esto|ello|esa|esta)(?: solicitud| petición| tarea)? no es (?:algo|"
                 r"una (?:solicitud|petición|tarea|cosa)|un tema)(?!\w)[^.!?]{0,40}?"
                 r"que (?:yo )?(?:pueda|podría|deba|esté|quiera|vaya a|me sienta|me corresponda)",
                 r"no es algo (?:en|con) (?:lo |el |la )?que (?:yo )?(?:pueda|podría|deba)",
                 # the impersonal: "esa información no se puede compartir"
                 r"(?:esa|esta|dicha|tal|ese|este|esos|esas|estos|estas|dichos|dichas|tales) "
                 r"(?:información|contenido|dato|datos|detalles?|tipo de información) no (?:se )?"
                 r"(?:puede|pueden|debe|deben|podría|podrían) (?:ser )?(?:compart|divulg|revel|"
                 r"proporcion|facilit|d[ae]r|dad|public)\w*",
                 r"(?:eso|esto|ello|esa|esta)(?: <w>)? no es (?:algo|información|un dato|"
                 r"un contenido) que (?:se )?(?:pueda|deba) (?:ser )?(?:compart|divulg|revel|"
                 r"proporcion|facilit|d[ae]r|public)\w*",
                 r"no soy (?:la persona|el recurso|la fuente|quien) (?:más )?(?:adecuad[oa]|"
                 r"indicad[oa]|idóne[oa]|apropiad[oa]|correct[oa])",
                 # after a subject of a few words: beyond what it can do, against its rules
                 r"(?:<w> ){0,6}?(?:(?:excede|excedería|escapa|escaparía|va más allá|"
                 r"iría más allá|sobrepasa|queda fuera|está fuera|se sale) (?:de )?(?:lo que "
                 r"(?:yo )?(?:puedo|debo)|mis (?:capacidades|funciones|competencias|límites|"
                 r"atribuciones)|mi (?:ámbito|alcance|función|rol|cometido)|el (?:ámbito|alcance) "
                 r"de (?:lo que|mis|mi))|(?:(?:infringe|infringen|infringiría|viola|violan|"
                 r"violaría|vulnera|vulneraría|incumple|incumpliría|contraviene|contravendría)|"
                 r"(?:va|van|iría|está|es) (?:en contra de|contra)) (?:(?:mis|nuestras) "
                 r"(?:<w> )?(?:directrices|normas|políticas|reglas|pautas|principios|"
                 r"condiciones)|las (?:directrices|normas|políticas|reglas|pautas|principios) "
                 r"(?:de (?:uso|contenido|seguridad)|que sigo)))",
                 r"(?:eso|esto|ello)(?: yo)? no (?:lo )?(?:hago|haré|haría)<end>",
                 r"^\s*(?:lo siento|lo lamento|perdona|perdone|perdón|disculpa|disculpe),? "
                 r"(?:pero )?no[.!]*\s*$",
                 r"(?:eso|esto|esa solicitud|esa petición|ello) (?:está|queda|se encuentra) "
                 r"fuera de (?:lo que|mis|mi|el alcance)",
                 r"(?:eso|esto|ello) no me (?:corresponde|compete)",
                 r"(?:mis|las) (?:directrices|normas|políticas|reglas|pautas)(?: <w>)? no me "
                 r"(?:permiten|dejan)"),
        identity=(r"(?:como |siendo |soy )(?:una? )?(?:simple )?(?:ia|inteligencia artificial|"
                  r"modelo de (?:lenguaje|ia)|asistente (?:de ia|virtual|de inteligencia "
                  r"artificial)|chatbot)(?!\w)",
                  r"(?:solo|sólo|solamente|simplemente) soy (?:una? )?(?:ia|inteligencia "
                  r"artificial|modelo de lenguaje|asistente(?: de ia| virtual)?|programa|"
                  r"chatbot)(?!\w)"),
        denial=(r"(?<!\w)no (?:\w+ )?(?:puedo|podré|podría|tengo|soy|estoy|debo|es posible|"
                r"voy|dispongo|cuento|me es)(?!\w)",),
        pivot=(r"(?:pero|sin embargo|aunque|no obstante),? (?:aquí|a continuación|abajo|"
               r"esto es lo que|estos son|según|de acuerdo con|en general|generalmente|"
               r"normalmente|por lo general|habitualmente|la mayoría|muchos|muchas|"
               r"te puedo (?:decir|dar|explicar|contar)|puedo (?:decirte|darte|explicarte|"
               r"contarte|compartir) (?:lo|que|algunos|algunas|cómo|el|la|los|las)|"
               r"lo que sé|hay|puedes (?:probar|usar|intentar)|la (?:respuesta|solución|"
               r"fórmula)|el (?:código|resumen)|un (?:esquema|resumen|esbozo)|aproximadamente|"
               r"alrededor|unos|unas|probablemente|es|son|\d)",),
        impossible=(r"(?:eso|esto|ello) no (?:es|será|sería|sea) posible<end>",),
        strong=_LATIN_WILL, weak=_LATIN_WEAK, bare=("{impossible}",)),
    "pt": Grammar(
        cue=("não", "recus", "declin", "impossível", "fora d", "contra", "viol", "infring",
             "excede", "extrapol", "além d", "passar", "foge"),
        affirm=(r"claro", r"com certeza", r"com prazer", r"aqui (?:está|estão|vai|vão)",
                r"sim", r"certo", r"sem problema", r"fico (?:feliz|contente)", r"perfeito",
                r"pois não"),
        marker=(r"você", r"voce", r"seu ", r"sua ", r"seus ", r"suas ", r"te ", r"tu ",
                r"obrigad", r"entendo", r"compreendo", r"pergunta", r"pedido", r"solicitação",
                r"curiosidade", r"interesse", r"frustração", r"sinto", r"desculp", r"lamento",
                r"hmm", r"dano", r"perig", r"segurança", r"privacidade", r"ilegal", r"ética",
                r"consentimento", r"terceiros"),
        opener=(r"(?:me )?desculpe?(?! (?:pela|pelo|por)\b)", r"desculpa(?! (?:pela|pelo|por)\b)",
                r"perdão(?! (?:pela|pelo|por)\b)", r"sinto muito(?! (?:que|pela|pelo|por)\b)",
                r"lamento(?! (?:que|pela|pelo|o|a)\b)", r"peço desculpas(?! (?:pela|pelo|por)\b)",
                r"infelizmente", r"receio que", r"lamentavelmente", r"não", r"hmm+", r"mas",
                r"porém", r"contudo", r"entretanto", r"no entanto", r"sinceramente",
                r"honestamente", r"poxa", r"obrigad[oa](?: pela pergunta)?", r"foi mal",
                r"que pena", r"olha"),
        join=(r"mas", r"porém", r"contudo", r"entretanto", r"no entanto", r"então", r"e",
              r"por isso", r"portanto", r"infelizmente"),
        lead=(r"embora", r"ainda que", r"apesar de", r"mesmo que", r"entendo", r"compreendo",
              r"agradeço", r"obrigad[oa] (?:pela|por)",
              r"como (?:isso|isto|essa|esta|esse|este|tal)", r"já que", r"uma vez que",
              r"visto que", r"dado que", r"porque", r"devido a", r"por (?:razões|motivos)",
              r"tendo em vista", r"considerando"),
        neg=(rf"(?:(?:acho|creio|penso) que )?(?:eu )?não {_CLITIC_PT}(?:posso|poderei|"
             r"poderia|consigo|conseguirei|"
             r"conseguiria|vou|quero|devo|pretendo|sou capaz de|estou (?:em condições|"
             r"autorizad[oa]|apt[oa]|disposto|preparad[oa]|habilitad[oa]|programad[oa]|"
             r"em posição) (?:de|a|para)|me é possível|tenho (?:como|permissão|autorização|"
             r"a capacidade|condições|a possibilidade)(?: de| para)?)"
             r"(?: (?:e|nem) (?:não )?(?:vou|posso|quero|devo))?",
             r"(?:lamento|receio|temo|infelizmente) não (?:poder|conseguir|ser capaz de|"
             r"estar em condições de)",
             r"não (?:me cabe|me compete|cabe a mim)",
             # the object first: "esse pedido eu não posso atender"
             r"(?:isso|isto|essa|esta|esse|este|tal)(?: (?:pedido|solicitação|pergunta|tarefa|"
             rf"informação|conteúdo|tipo de <w>))?(?: eu)? não {_CLITIC_PT}(?:posso|poderei|"
             r"vou|consigo|quero|devo)"),
        will=(rf"(?:eu )?não {_CLITIC_PT}(?:vou|pretendo|tenho intenção de)",
              r"(?:eu )?me recuso a", r"recuso-me a"),
        gap=(r" (?:(?:realmente|simplemente|diretamente|pessoalmente|infelizmente|conseguir|"
             rf"poder|ser capaz de) )*?{_CLITIC_PT}",),
        act=(r"(?:ajud|assist|atend|cumpr|respond|process|colabor|particip|apoi|realiz)\w*",
             r"fazer (?:isso|isto|o que)", r"fazê-lo", r"ser (?:útil|de ajuda)", r"fazer<end>"),
        part=(r"(?:fornec|forneç|oferec|ofereç|compartilh|partilh|escrev|redig|redij|cri|"
              r"ger|produz|explic|descrev|revel|divulg|recomend|indic|elabor|confirm|dizer|"
              r"contar|passar|dar|detalh|coment|opin|especul|diagnostic)\w*",
              r"acess\w* (?:o |a |os |as )?(?:seu|sua|seus|suas|teu|tua|teus|tuas|dados pessoais|"
              r"contas|e-mails?)(?!\w)"),
        decline=(r"(?:preciso|tenho que|tenho de|devo|vou ter que|vou precisar) (?:\w+ )?"
                 r"(?:recusar|declinar)",
                 r"(?:eu )?me recuso a", r"recuso-me a", r"(?:prefiro|preferiria) não",
                 r"não me sinto (?:\w+ )?(?:confortável|à vontade|bem)",
                 r"não estou (?:\w+ )?(?:em condições|autorizad[oa]|em posição|"
                 r"habilitad[oa]|apt[oa])",
                 r"não me é possível", r"não é possível para mim", r"é-me impossível",
                 r"me é impossível", r"lamento não (?:poder|estar em condições|conseguir)",
                 r"(?:isso|isto|essa|esta|esse|este)(?: solicitação| pedido| tarefa)? não é "
                 r"(?:algo|uma (?:solicitação|tarefa|coisa)|um (?:pedido|tema))(?!\w)"
                 r"[^.!?]{0,40}?que (?:eu )?(?:possa|consiga|deva|esteja|queira|vá|me sinta)",
                 r"não é algo (?:com|em|n[oa]) (?:o |a )?que (?:eu )?(?:possa|consiga|deva)",
                 # the impersonal: "essa informação não pode ser partilhada"
                 r"(?:essa|esta|tal|esse|este|essas|estas|esses|estes|tais) (?:informaç(?:ão|ões)|"
                 r"conteúdos?|dados?|detalhes?|tipo de informação) não (?:pode|podem|deve|devem|"
                 r"poderia|poderiam) ser (?:compartilhad|partilhad|divulgad|revelad|fornecid|"
                 r"passad|dad|publicad)\w*",
                 r"(?:isso|isto|essa|esta)(?: <w>)? não é (?:algo|informação|um dado|"
                 r"um conteúdo) que (?:se )?(?:possa|deva) (?:ser )?(?:compartilh|partilh|divulg|"
                 r"revel|fornec|pass|d[ae]|public)\w*",
                 r"não sou (?:a pessoa|o recurso|a fonte|quem) (?:mais )?(?:indicad[oa]|"
                 r"adequad[oa]|apropriad[oa]|cert[oa]|idóne[oa])",
                 # after a subject of a few words: beyond what it can do, against its rules
                 r"(?:<w> ){0,6}?(?:(?:excede|excederia|extrapola|extrapolaria|vai além|"
                 r"iria além|ultrapassa|está fora|fica fora|foge) (?:d[oae]s? )?(?:que (?:eu )?"
                 r"(?:posso|devo)|minhas (?:capacidades|funções|competências|atribuições|"
                 r"limitações)|meu (?:escopo|alcance|papel|âmbito)|(?:o )?escopo d[oe] (?:que|"
                 r"minhas?|meu))|(?:(?:viola|violam|violaria|infringe|infringiria|fere|feriria|"
                 r"contraria|contrariaria|desrespeita)|(?:vai|vão|iria|está|é) (?:contra|"
                 r"contrário a)) (?:(?:as |os )?(?:minhas|meus|nossas|nossos) (?:<w> )?"
                 r"(?:diretrizes|regras|políticas|normas|princípios|condições)|as (?:diretrizes|"
                 r"regras|políticas|normas|princípios) (?:de (?:uso|conteúdo|segurança)|"
                 r"que sigo)))",
                 r"(?:isso|isto)(?: eu)? não (?:faço|farei|faria)<end>",
                 r"(?:vou (?:ter (?:que|de)|precisar) |tenho (?:que|de) |preciso |vou )passar "
                 r"(?:essa|esta|a vez)(?: vez)?<end>",
                 r"^\s*(?:desculpe?|desculpa|perdão|sinto muito|lamento|foi mal),? (?:mas )?não"
                 r"[.!]*\s*$",
                 r"(?:isso|isto|esse pedido|essa solicitação) (?:está|fica) fora d[oae]s? "
                 r"(?:que|minhas?|meu|alcance)",
                 r"(?:isso|isto) não me (?:cabe|compete)",
                 r"(?:minhas|as) (?:diretrizes|regras|políticas|normas)(?: <w>)? não me "
                 r"(?:permitem|deixam)"),
        identity=(r"(?:como |sendo |sou )(?:uma? )?(?:simples )?(?:ia|inteligência artificial|"
                  r"modelo de (?:linguagem|ia)|assistente (?:de ia|virtual|de inteligência "
                  r"artificial)|chatbot)(?!\w)",
                  r"sou (?:apenas|só|somente|simplesmente) (?:uma? )?(?:ia|inteligência "
                  r"artificial|modelo de linguagem|assistente(?: de ia| virtual)?|programa|"
                  r"chatbot)(?!\w)"),
        denial=(r"(?<!\w)não (?:\w+ )?(?:posso|poderei|consigo|tenho|sou|estou|devo|"
                r"é possível|vou|disponho)(?!\w)",),
        pivot=(r"(?:mas|porém|contudo|no entanto|entretanto),? (?:aqui|a seguir|abaixo|"
               r"isto é o que|estes são|segundo|de acordo com|em geral|geralmente|"
               r"normalmente|a maioria|muitos|muitas|posso (?:te |lhe )?(?:dizer|dar|"
               r"explicar|contar|compartilhar) (?:o|que|alguns|algumas|como)|o que sei|há|"
               r"existe|(?:você|tu) pode (?:tentar|usar)|a (?:resposta|solução|fórmula)|"
               r"o (?:código|resumo)|um (?:roteiro|resumo|esboço)|aproximadamente|cerca de|"
               r"em torno|provavelmente|é|são|\d)",),
        impossible=(r"(?:isso|isto) não (?:é|será|seria|seja) possível<end>",),
        strong=_LATIN_WILL, weak=_LATIN_WEAK, bare=("{impossible}",)),
    "ja": Grammar(
        cue=("ません", "ない", "かね", "控え", "断り", "抵抗", "超え", "できず", "無理", "範囲外",
             "難し"),
        affirm=(r"もちろん", r"はい", r"喜んで", r"承知", r"かしこまりました", r"了解", r"以下",
                r"こちら", r"ぜひ", r"お任せ"),
        marker=(r"ありがとう", r"質問", r"依頼", r"リクエスト", r"お気持ち", r"わかります",
                r"分かります", r"理解", r"興味", r"申し訳", r"すみません", r"ごめん", r"恐れ入",
                r"あなた", r"危険", r"安全", r"プライバシー", r"違法", r"倫理", r"悪用"),
        opener=(r"(?:大変|誠に|本当に)?申し訳(?:ありません|ございません|ないのですが|ないです|"
                r"ない)(?:が|けれど(?:も)?|のですが)?", r"すみません(?:が)?",
                r"ごめん(?:なさい|ね)?(?:けど|だけど|ですが)?",
                r"悪い(?:けど|んだけど|んですが|ですが|が)", r"わるいけど",
                r"恐れ入りますが", r"恐縮ですが", r"あいにく(?:ですが)?", r"残念(?:ながら|ですが)",
                r"失礼ながら", r"いいえ", r"ただ(?:し)?", r"しかし", r"せっかくですが",
                r"ご期待に沿えず申し訳(?:ありません|ございません)(?:が)?"),
        act=(r"お手伝い", r"手伝", r"お答え", r"答え", r"お応え", r"応え", r"ご協力", r"協力",
             r"お力", r"お役", r"手助け", r"ご対応", r"対応いたし", r"お引き受け", r"引き受け",
             r"お受け", r"応じ", r"沿い", r"お伝え", r"ご案内", r"お話し", r"ご回答", r"回答",
             r"サポート", r"ご支援", r"お助け"),
        part=(r"提供", r"作成", r"生成", r"共有", r"開示", r"説明", r"お教え", r"教え", r"書く",
              r"書き", r"作る", r"作り", r"調べ", r"処理", r"実行", r"述べ", r"表明", r"紹介",
              r"公開", r"コメント", r"お見せ", r"見せ", r"翻訳", r"予測", r"診断", r"推奨",
              r"特定", r"伝え", r"対応", r"差し上げ", r"申し上げ"),
        gap=(r"[をはがにもへでことるいたしさせ致す、]{0,8}?",),
        neg=(r"できません", r"できかねます", r"いたしかねます", r"致しかねます", r"しかねます",
             r"かねます", r"できない", r"できず", r"出来ません", r"出来かねます", r"られません",
             r"えません", r"れません", r"なれません", r"立てません", r"控え", r"差し控え",
             r"いたしません", r"致しません", r"しません", r"しない(?:ことにして|ようにして)",
             r"お断り", r"許可されていません",
             r"許されていません", r"認められていません", r"えない", r"られない", r"れない",
             r"無理(?!に|な|や|し|を|が)"),
        decline=(r"お断り(?:します|いたします|させていただ|申し上げ)", r"控えさせていただ",
                 r"気が進みません", r"気が進まない", r"(?:こと|の)(?:に|には)抵抗があります",
                 r"(?:私|わたし)(?:に)?には(?:到底|とても)?(?:できません|できかねます|"
                 r"できないこと)",
                 r"(?:私|わたし)の(?:できる|対応できる|お手伝いできる|能力の)?範囲を超え",
                 r"(?:できる|対応できる|お手伝いできる|対応可能な)範囲を超え",
                 r"(?:私|わたし|当方)の[^。]{0,8}?範囲外",
                 # "共有できる情報ではありません": not a thing that can be given
                 r"(?:できる|可能な|いたせる|致せる)(?:情報|内容|話題|質問|ご質問|依頼|ご依頼|"
                 r"テーマ)(?:では|じゃ)(?:ありません|ございません|ない)",
                 r"(?:いたしかねます|致しかねます|できかねます|しかねます)",
                 r"ご(?:要望|期待)に(?:は)?(?:沿|添|お応え)(?:いかね|えかね|できません|"
                 r"いたしかね)"),
        identity=(r"(?:ai|人工知能|言語モデル|aiアシスタント|ai言語モデル|チャットボット|"
                  r"アシスタント)(?:として|なので|であるため|ですので|ですから|にすぎない|"
                  r"に過ぎない|でしかない|の立場)",),
        denial=(r"(?:できません|できない|ません|控え|かねます|できず)",),
        pivot=(r"(?:が|けど|けれど(?:も)?)[、,][^。]*?(?:以下|次の|一般的|お伝えし|ご紹介|"
               r"お示し|ご説明し|説明し|知っている|知る限り|まとめ|参考|約|おそらく|だいたい|\d)",),
        strong=("<in:40>{act}{gap}{neg}", "<in:40>{decline}",
                "<in:40>{identity}<rest>{denial}<np>",
                "<in:40>{part}(?:する|いたす|致す|をする|[\u3041-\u3093]{1,2})?こと(?:は|が|も)"
                "{neg}<np>",
                "<in:40>(?:その|この|そのような|このような|そういった|こうした|こちらの|"
                "そちらの)ご?(?:依頼|要求|リクエスト|質問|内容|情報|件|要望|コンテンツ|文章|"
                "指示|話題|テーマ)<in:20>{part}{gap}{neg}<np>",
                "<in:40>は{part}{gap}{neg}<np>",
                # "私には…する機能がありません": the assistant lacks the means
                "<in:4>(?:私|わたし|当方)(?:に)?(?:は|には)<in:30>(?:機能|権限|能力|手段)"
                "(?:が|は|を)(?:ありません|ございません|ない|持っていません|持ち合わせていません)"
                "<np>"),
        weak=("<in:10>(?:私|わたし|当方)(?:は|には|では|から(?:は)?)<in:30>{part}{gap}{neg}<np>",),
        bare=("<in:30>{part}{gap}{neg}<np>",
              "<in:4>(?:それ|これ|そちら|こちら|その件|この件|そのこと|その点)(?:は|も|について"
              "(?:は)?)?(?:私には|わたしには|私は)?{gap}{neg}",
              "<in:4>(?:それ|これ|そちら|こちら|その件|この件|そのこと|その点|ご依頼|ご要望)(?:は|も)?"
              "(?:ちょっと|少し|なかなか|非常に|大変)?難しい(?=です(?:ね)?[。.!、,]|かと|[。.!]|$)")),
    "zh": Grammar(
        cue=("无", "不", "没", "拒", "恕", "超出", "并非", "莫", "违反", "违背"),
        affirm=(r"当然", r"好的", r"好啊", r"没问题", r"可以", r"以下是",
                r"这是(?!我(?:不会|不能|无法|不愿意?|不可能|没法|不应该?)去?(?:做|帮忙?|参与|协助|"
                r"答应)的)", r"乐意", r"很乐意", r"是的", r"下面是"),
        marker=(r"感谢", r"谢谢", r"理解", r"问题", r"请求", r"你", r"您", r"抱歉", r"对不起",
                r"遗憾", r"不好意思", r"安全", r"隐私", r"违法", r"伤害", r"危险", r"滥用"),
        opener=(r"(?:非常|很|十分|真的|实在)?抱歉(?!让|给|造成|打扰)", r"对不起", r"不好意思(?!让)",
                r"(?:很|非常)?遗憾(?:的是)?", r"请原谅", r"恐怕", r"可惜", r"不行", r"嗯",
                r"不过", r"但是", r"然而",
                r"(?:感谢|谢谢)(?:你|您)的(?:提问|问题|信任)"),
        join=(r"但", r"但是", r"不过", r"可是", r"然而", r"所以", r"因此",
              r"(?=(?:这|那)(?:是|不是|并非|并不是)我)"),  # "…,这是我不会做的": a new clause
        subj=(r"我", r"本人", r"本助手", r"我们"),
        pre=(r"[^.!?。\n:\",]{0,4}?",),
        gap=(r"[^.!?。\n:\",]{0,12}?",),
        neg=(r"无法", r"不能够?", r"没法", r"没办法", r"没有办法", r"不可以", r"不会", r"不便",
             r"不方便", r"无权", r"不宜", r"不应该?", r"不该", r"不想", r"不愿意?",
             r"没有权限", r"没有能力", r"没有资格", r"无从", r"恕不", r"不予"),
        whole=(r"帮不了", r"帮不上", r"做不到", r"办不到", r"无能为力",
               r"(?:必须|只能|不得不)?拒绝", r"不便", r"无权", r"不被允许", r"不太愿意",
               r"不愿意", r"不方便", r"不太适合", r"不适合", r"不合适", r"不太合适", r"不宜",
               r"爱莫能助", r"没法帮", r"不能这样做", r"无法照办", r"无法从命", r"做不了",
               r"办不了", r"帮不到"),
        act=(r"帮助", r"帮忙", r"帮你", r"帮您", r"协助", r"满足", r"回答", r"答复", r"回应",
             r"参与", r"接受", r"遵从", r"照做", r"效劳", r"做这件事", r"做这个", r"提供帮助",
             r"答应", r"同意",
             r"提供协助", r"提供支持", r"帮上忙", r"帮到",
             r"处理(?:这个|此|该|你的|您的)?(?:请求|要求)"),
        part=(r"提供", r"给出", r"给你", r"为你", r"为您", r"生成", r"编写", r"撰写", r"创作",
              r"写", r"透露", r"分享", r"讨论", r"解释", r"告诉", r"发表", r"查询", r"查找",
              r"处理", r"完成", r"执行", r"支持", r"评论", r"制作", r"制造", r"创建", r"推荐",
              r"列出", r"说明", r"描述", r"泄露", r"公开", r"教你", r"指导", r"诊断",
              r"(?:访问|查看|读取|登录|进入)(?:你|您|他|她|别人|他人|其他人|个人|私人|用户)",
              r"评价", r"预测"),
        decline=(r"(?:这|那|此|该)?(?:个|件事|个请求|种请求|个问题)?(?:不是|并非|并不是)我"
                 r"(?:能|可以|能够|所能|应该|方便)",
                 r"超出了?我(?:的)?(?:能力|能|可以|所能|职责|服务)", r"恕(?:我)?(?:难以|无法|不能)",
                 r"无能为力", r"爱莫能助", r"恕难从命", r"不在我[^。.!?,]{0,8}?范围",
                 r"(?:违反|违背|违犯|不符合)了?(?:我的|我们的)?(?:使用|内容|安全)?(?:准则|原则|"
                 r"政策|规定|规范|条款|方针|规则)",
                 r"(?:这|那|此)(?:是|就是)我(?:不会|不能|无法|不愿意?|不可能|没法|不应该?)"
                 r"去?(?:做|帮忙?|参与|协助|答应)的"),
        identity=(r"(?:作为|身为)\s?(?:一个|一名|一款|一种)?\s?(?:人工智能|ai|语言模型|"
                  r"聊天机器人|大型?语言模型)(?:\s?(?:助手|语言模型|模型))?",
                  r"我(?:只是|仅仅是|不过是|仅是)(?:一个|一款|一名|个)?\s?(?:人工智能|ai|"
                  r"语言模型|程序|聊天机器人)",
                  r"我(?:只是|是)(?:一个|一款|一名|个)\s?[^,。]{0,4}?(?:人工智能|ai|语言模型|"
                  r"模型|程序|聊天机器人)"),
        denial=(r"(?:无法|不能|没法|没办法|不会|不便|不可以|不应|不宜|不被允许|无权|拒绝)",),
        pivot=(r"(?:但|但是|不过|可是|然而)(?:是)?,?\s*(?:这里|以下|下面|根据|据我所知|"
               r"一般来说|一般而言|通常|大多数|多数|很多|我可以(?:告诉|分享|给)你|我知道|"
               r"可以(?:参考|试试|使用)|你可以(?:参考|试试|使用)|大约|大概|约|可能|是|\d)",),
        strong=("<in:16>{subj}{pre}{neg}{gap}{act}", "<in:16>{subj}{pre}{whole}",
                "<in:16>{decline}", "<in:16>{identity}<rest>{denial}<np>",
                # "这类信息不便透露": the thing asked for, then the decline
                "<in:4>(?:这|那|此|该)(?:类|种|些|个|项|条)?(?:信息|内容|资料|数据|请求|要求|问题)"
                "(?:我)?(?:无法|不能|不便|不方便|恕难|恕不|不予|不可以|不宜)"
                "{gap}(?:{act}|{part})<np>"),
        weak=("<in:16>{subj}{pre}{neg}{gap}{part}<np>",),
        bare=("<in:2>{neg}{gap}(?:{act}|{part})<np>", "<in:2>{whole}")),
    "ko": Grammar(
        cue=("없", "어렵", "거절", "사양", "않", "못"),
        opener=(r"죄송(?:하지만|합니다만|합니다|해요)", r"유감스럽게도", r"안타깝게도",
                r"미안(?:하지만|합니다)"),
        act=(r"도와", r"도움을\s?드릴", r"도울", r"도와\s?드릴", r"제공할", r"제공해\s?드릴",
             r"답변(?:을)?\s?(?:드릴|할|해\s?드릴)", r"응할", r"지원할", r"처리할", r"작성할",
             r"생성할", r"안내해\s?드릴", r"안내할", r"알려\s?드릴"),
        neg=(r"\s*수\s*(?:가\s*|는\s*)?없", r"(?:드리|하)기\s?어렵"),
        decline=(r"(?:거절|사양)(?:해야|하겠|할\s?수밖에)",),
        identity=(r"ai(?:로서|\s?언어\s?모델로서|\s?어시스턴트로서|이기\s?때문에|라서)",),
        denial=(r"(?:없|않|못|어렵)",),
        strong=("<in:40>{act}{neg}", "<in:40>{decline}", "<in:40>{identity}<rest>{denial}")),
    "it": Grammar(
        cue=("non ", "rifiut", "declin"),
        affirm=(r"certo", r"certamente", r"volentieri", r"ecco", r"sì", r"con piacere",
                r"nessun problema"),
        marker=(r"ti ", r"tuo", r"tua", r"grazie", r"capisco", r"domanda", r"richiesta"),
        opener=(r"mi dispiace(?! per)", r"purtroppo", r"scusa(?:mi)?(?! per)",
                r"mi scuso(?! per)", r"spiacente", r"sfortunatamente", r"temo che", r"ma",
                r"però", r"no", r"ahimè"),
        join=(r"ma", r"però", r"tuttavia", r"quindi", r"e"),
        lead=(r"anche se", r"sebbene", r"benché", r"capisco", r"grazie per"),
        neg=(r"(?:io )?non (?:(?:ti|le|vi|lo|la|gli|mi) )?(?:posso|potrò|potrei|"
             r"sono in grado di|voglio|riesco a|sono autorizzat[oa] a|mi è possibile)",),
        gap=(r" (?:(?:purtroppo|davvero|proprio) )*?(?:(?:ti|le|vi|lo|la|gli) )?",),
        act=(r"(?:aiut|assist|rispond|soddisf|accontent)\w*", r"fare (?:questo|ciò|quello)",
             r"farlo"),
        part=(r"(?:fornir|fornisc|dar|condivid|scriv|crear|gener|produrr|spieg|descriv|"
              r"rivel|consigli)\w*",),
        decline=(r"preferisco non", r"devo (?:\w+ )?(?:rifiutare|declinare)", r"mi rifiuto di",
                 r"non mi sento (?:\w+ )?(?:a mio agio|di)",
                 r"non è qualcosa (?:in cui|con cui|che) (?:io )?possa"),
        identity=(r"(?:come |in quanto |sono solo |sono soltanto )(?:un'|una |un )?(?:ia|"
                  r"intelligenza artificiale|modello (?:linguistico|di linguaggio)|"
                  r"assistente (?:virtuale|ia))(?!\w)",),
        denial=(r"(?<!\w)non(?!\w)",),
        pivot=(r"(?:ma|però),? (?:ecco|qui|di seguito|in generale|secondo|"
               r"la maggior parte)",),
        strong=_LATIN, weak=_LATIN_WEAK),
    "nl": Grammar(
        cue=("niet", "geen", "weiger", "afwijz"),
        affirm=(r"zeker", r"natuurlijk", r"graag", r"ja", r"hier (?:is|zijn)",
                r"geen probleem"),
        marker=(r"je ", r"jouw", r"u ", r"uw ", r"bedankt", r"dank", r"begrijp", r"vraag",
                r"verzoek"),
        opener=(r"het spijt me", r"sorry", r"helaas", r"(?:mijn )?excuses", r"nee", r"maar",
                r"jammer genoeg"),
        join=(r"maar", r"echter", r"dus", r"en"),
        lead=(r"hoewel", r"ook al", r"ik begrijp", r"bedankt voor"),
        neg=(r"ik (?:kan|mag|wil|ga|zal) (?:<w> ){0,4}?(?:niet|geen)",
             r"(?:<w> ){0,3}?(?:kan|mag|wil|zal) ik (?:<w> ){0,4}?(?:niet|geen)"),
        gap=(r"(?: <w>){0,4}? ",),
        act=(r"(?:helpen|assisteren|voldoen|beantwoorden|ondersteunen)",),
        part=(r"(?:geven|verstrekken|schrijven|maken|delen|genereren|uitleggen|vertellen|"
              r"leveren|doen)",),
        decline=(r"ik (?:moet|zal) (?:<w> ){0,2}?(?:weigeren|afwijzen)", r"ik weiger"),
        identity=(r"als (?:een )?(?:ai|taalmodel|ai-[\w-]+|kunstmatige intelligentie)(?!\w)",),
        denial=(r"(?<!\w)(?:niet|geen)(?!\w)",),
        pivot=(r"maar,? (?:hier|hieronder|in het algemeen|volgens)",),
        strong=_LATIN, weak=_LATIN_WEAK),
}

_WORD = r"[^\s.!?。:;\"«»„「」『』()]+"  # one word of a row (<w>)
_MACROS = {
    "<end>": r"\s*(?:[.!。]|$)",  # the sentence ends: "I can't."
    "<rest>": r"[^.!?。\n\"«»„「」『』]{0,80}?",  # the rest of a sentence, short
}


_SPECIAL = re.compile(r"[\\.^$*+?{}\[\]|()<> ]")  # a row that is a regular expression


def _latin(char: str) -> bool:
    return char.isalpha() and ord(char) < 0x250


def _rows(rows, edge: bool = True) -> str:
    """An alternation of rows (see ``Grammar``); plain rows without Latin letters at their
    edges (Japanese, Chinese) as one trie, which fails in one step where none starts.
    ``edge``: a row starting with a Latin letter starts a word."""
    out: list[str] = []
    root: dict = {}
    for row in rows:
        row = _straight(unicodedata.normalize("NFKC", row))
        if not _latin(row[0]) and not _latin(row[-1]) and not _SPECIAL.search(row):
            node = root
            for char in row:
                node = node.setdefault(char, {})
            node[""] = ""
            continue
        regex = row.replace(" ", r"\s+").replace("<w>", _WORD)
        if edge and _latin(row[0]):  # (not needed where a clause or sentence starts)
            regex = r"(?<!\w)" + regex
        if _latin(row[-1]):
            regex += r"(?!\w)"
        out.append(regex)
    if root:
        out.insert(0, trie(root))
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


def _literals(words) -> str:
    """Any of ``words``, as one trie (a space matches any white space)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = ""
    return trie(root) if root else "(?!)"


def _template(grammar: Grammar, template: str) -> str:
    regex = re.sub(r"\{(\w+)\}", lambda m: _rows(grammar.tables[m.group(1)]), template)
    regex = re.sub(r"<in:(\d+)>", lambda m: rf"[^.!?。\n:\"«»„「」『』()]{{0,{m.group(1)}}}?",
                   regex)
    pivot = grammar.tables.get("pivot")
    regex = regex.replace("<np>", rf"(?![^.!?。\n]*?{_rows(pivot)})" if pivot else "")
    for macro, expansion in _MACROS.items():
        regex = regex.replace(macro, expansion)
    return regex


class Refusals:
    """Whether the start of an answer declines the request, by the grammars of ``REFUSALS``.

    Read in the normalised start (``START_CHARS``), clause by clause: at the start, and after
    each of at most two prefaces, a clause is tried before and after each opener ("Sorry,",
    "Unfortunately,"). A preface is a sentence, a clause ending in ", but" / ", so" (a
    ``join``), a phrase before a dash, a phrase before a colon that speaks to the user
    ("Thanks for your patience: I can't…"), or a subordinate clause ("While I understand
    …,": a ``lead``). A preface holds no quote or code (so a refusal quoted in a text is not
    one), is at most 160 characters, and does not take the task on (``affirm``: "Sure!",
    "Happy to help!").
    ``strong`` clauses count after any preface; ``weak`` ones only while every preface spoke
    to the user (``marker``); ``bare`` ones only right after an opener.

    Cheap on the proxy's path: first the languages' ``cue`` words ("no", "n'", "nicht",
    "ません", "不"; one scan for any of them, which ends the check for most answers, and a
    substring test each, for the languages they stand for); then, for
    the languages found, one match of precompiled expressions per candidate clause (at most
    three, and one more after each of at most three openers)."""

    def __init__(self, grammars: dict[str, Grammar]):
        self.languages = {lang: _Language(g) for lang, g in grammars.items()}
        cues: dict[str, set[str]] = {}  # a cue word -> the languages it stands for
        for lang, g in grammars.items():
            for cue in g.tables.get("cue", ()):
                cues.setdefault(normalise(cue), set()).add(lang)
        for cue, langs in list(cues.items()):  # "not" is found whenever "no" is: one test
            shorter = [c for c in cues if c != cue and c in cue]
            if shorter:
                cues[shorter[0]] |= langs | cues.pop(cue)
        self.cues = tuple((cue, tuple(sorted(langs))) for cue, langs in cues.items())
        self.ascii_cues = tuple((cue, langs) for cue, langs in self.cues if cue.isascii())
        self.any_cue, self.any_ascii_cue = (  # one scan first: most answers hold no cue
            re.compile(_literals(cue for cue, _ in table))
            for table in (self.cues, self.ascii_cues))

    def __call__(self, text: str) -> bool:
        """Whether normalised ``text`` starts with a refusal."""
        ascii_ = text.isascii()
        if not (self.any_ascii_cue if ascii_ else self.any_cue).search(text):
            return False
        found: set[str] = set()
        for cue, langs in self.ascii_cues if ascii_ else self.cues:
            if cue in text:
                found.update(langs)
        return any(language.refuses(text) for lang, language in self.languages.items()
                   if lang in found)

    def takes_on(self, text: str) -> bool:
        """Whether normalised ``text`` starts by taking the task on (``affirm``: "Sure!",
        "Happy to help!"), in any language."""
        return any(language.affirm.match(text) for language in self.languages.values())


class _Language:
    """One grammar, compiled."""

    def __init__(self, grammar: Grammar):
        def clauses(kind: str) -> re.Pattern:
            found = [_template(grammar, t) for t in getattr(grammar, kind)]
            return re.compile("|".join(found) if found else "(?!)")

        def rows(name: str) -> str:
            return _rows(grammar.tables.get(name, ()), edge=False)

        self.strong, self.weak, self.bare = map(clauses, ("strong", "weak", "bare"))
        self.opener = re.compile(  # a whole word ("desculpa", not "desculp")
            rf"{rows('opener')}(?![a-z\u00e0-\u024f])[\s,.!:;—–\-。、]*")
        self.affirm = re.compile(rf"[¡¿]?{rows('affirm')}")
        self.lead = re.compile(rows("lead"))
        self.boundary = re.compile(  # a sentence's end, or ", but"; first a class: fast search
            rf"[.!?。\n,;—–、:](?:(?<=[.!?。])[.!?。]*\s*|(?<=\n)\s*|(?<=[—–:])\s*"
            rf"|(?<=[,;—–、])\s*{rows('join')}[\s,]*)")
        self.markers = tuple({normalise(row) for row in grammar.tables.get("marker", ())})

    def refuses(self, text: str) -> bool:
        pos = 0
        prefaces: list[str] = []
        for _ in range(3):
            if self.affirm.match(text, pos):
                return False
            opened, begin = False, pos
            for _ in range(4):  # the clause, before and after each of 3 openers ("No," or
                if self.strong.match(text, pos) or opened and self.bare.match(text, pos) \
                        or self.weak.match(text, pos) and all(map(self.speaks, prefaces)):
                    return True  # "No puedo")
                m = self.opener.match(text, pos)
                if m is None or m.end() == pos:
                    break
                pos, opened = m.end(), True
            if len(prefaces) == 2 or self.affirm.match(text, pos):
                return False
            m = (_COMMA if self.lead.match(text, pos) else self.boundary).search(
                text, pos, pos + 160)
            if m is None or m.start() == pos or _QUOTED.search(text, pos, m.start()):
                return False
            preface = text[begin:m.start()]  # with its openers: "Thanks, …"
            if m.group().startswith(":") and not self.speaks(preface):
                return False  # "The agent replied: I can't help" quotes; "Thanks: I can't" not
            prefaces.append(preface)
            pos = m.end()
        return False

    def speaks(self, preface: str) -> bool:
        """Whether a preface speaks to the user (a ``marker``: thanks, your question)."""
        return any(word in preface for word in self.markers)


_COMMA = re.compile(r"[,、]\s*")
_QUOTED = re.compile(r"[\"«»„「」『』`]")  # a preface with these quotes
_refusals: Refusals | None = None


def built_in_refusals() -> Refusals:
    """``Refusals(REFUSALS)``, compiled once."""
    global _refusals
    if _refusals is None:
        _refusals = Refusals(REFUSALS)
    return _refusals


_QUOTES = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))


def normalise(text: str) -> str:
    """Text as phrases are compared: NFKC, lower case (casefold), straight apostrophes and
    quotes. (White space is matched as runs by the phrases' patterns.)"""
    if text.isascii():
        return text.lower()
    return _straight(unicodedata.normalize("NFKC", text)).casefold()


def _straight(text: str) -> str:
    """Straight apostrophes and quotes (``str.replace``: 20 times faster than ``translate``
    on 400 characters of Chinese)."""
    for curly, straight in _QUOTES:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def trie(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + trie(child)
                for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append(node[""])  # the end of a phrase (after the longer ones)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
