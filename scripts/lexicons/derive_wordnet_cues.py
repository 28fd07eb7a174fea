#!/usr/bin/env python3
"""Writes data/lexicons/wordnet_cues.tsv: every inflected form of the ways news says two parties
were in contact, from a short list of lemmas (the relation's definition in the issue tracker and
eval/GUIDELINES.md), and of the verbs WordNet 3.0 files under the senses of denying a claim;
inflected with WordNet's exception lists (verb.exc, noun.exc) and the regular English rules.
Kept apart from relation_cues.tsv, whose hand-made entries win on a clash.

Usage: scripts/lexicons/derive_wordnet_cues.py [/usr/share/wordnet] > data/lexicons/wordnet_cues.tsv
"""
import os
import sys

# (lemma, particle, kind): kind contact finds a party on either side within the clause;
# contact_noun (the nouns below) only when "with", "between" or "to" follows it;
# contact_direct only when the party follows at once ("called Putin", not "called for");
# contact_money likewise, for ties of money or employment, which an outlet can have too.
VERBS = [
    ("meet", "", "contact"), ("meet", "with", "contact"), ("meet up", "with", "contact"),
    ("talk", "to", "contact"), ("talk", "with", "contact"),
    ("speak", "to", "contact"), ("speak", "with", "contact"),
    ("confer", "with", "contact"), ("converse", "with", "contact"),
    ("correspond", "with", "contact"), ("communicate", "with", "contact"),
    ("negotiate", "", "contact"), ("negotiate", "with", "contact"),
    ("collaborate", "with", "contact"), ("cooperate", "with", "contact"),
    ("coordinate", "with", "contact"), ("collude", "with", "contact"),
    ("conspire", "with", "contact"), ("chat", "with", "contact"), ("dine", "with", "contact"),
    ("deal", "with", "contact"), ("partner", "with", "contact"), ("work", "with", "contact"),
    ("consult", "with", "contact"), ("sit down", "with", "contact"),
    ("reach out", "to", "contact"), ("write", "to", "contact"), ("do business", "with", "contact"),
    ("get in touch", "with", "contact"), ("keep in touch", "with", "contact"),
    ("call", "", "contact_direct"), ("phone", "", "contact_direct"),
    ("telephone", "", "contact_direct"), ("email", "", "contact_direct"),
    ("e-mail", "", "contact_direct"), ("text", "", "contact_direct"),
    ("message", "", "contact_direct"), ("write", "", "contact_direct"),
    ("visit", "", "contact_direct"), ("host", "", "contact_direct"),
    ("interview", "", "contact_direct"), ("advise", "", "contact_direct"),
    ("pay", "", "contact_money"), ("hire", "", "contact_money"),
    ("brief", "", "contact_direct"), ("lobby", "", "contact_direct"),
    ("contact", "", "contact_direct"), ("ask", "", "contact_direct"),
    ("invite", "", "contact_direct"), ("court", "", "contact_direct"),
    ("consult", "", "contact_direct"), ("fund", "", "contact_money"),
    ("finance", "", "contact_money"), ("bankroll", "", "contact_money"),
    ("recruit", "", "contact_money"), ("approach", "", "contact_direct"),
]

# Nouns naming an encounter or a tie: a contact when "with", "between" or "to" follows.
NOUNS = ["meeting", "talk", "conversation", "phone call", "email", "e-mail", "contact", "tie",
         "link", "dealing", "communication", "relationship", "negotiation", "discussion",
         "correspondence", "visit", "dinner", "lunch", "breakfast", "summit", "encounter",
         "partnership", "collaboration", "cooperation", "coordination", "collusion",
         "interview", "sit-down", "get-together", "phone conversation", "chat"]
# Noun phrases that need their preposition to name a contact ("a deal with", "calls with").
NOUN_PHRASES = [("deal", "with"), ("business", "with"), ("call", "with"), ("letter", "to"),
                ("payment", "to"), ("exchange", "with")]

# WordNet 3.0 verb synsets (data.verb offsets) whose sense is denying that a claim is true:
# "declare untrue" and its hyponyms, "refuse to accept or believe", "reject as false",
# "overthrow by argument", "deny the truth of", "reject with contempt".
DENIAL_SYNSETS = {
    "00816574": "deny: declare untrue", "00757393": "disclaim", "00816846": "repudiate: as untrue",
    "00820093": "disavow", "00817021": "deny: refuse to accept or believe",
    "00685701": "reject: refuse to accept", "00684663": "disbelieve, discredit: reject as false",
    "00814868": "refute, rebut", "00667765": "refute, rebut, controvert: prove false",
    "00823454": "contradict, negate: deny the truth of",
    "00796994": "reject, spurn, scorn, pooh-pooh: reject with contempt",
    "01064080": "pooh-pooh: express contempt about",
}
# Lemmas of those synsets that name no denial in news ("turn down" an offer, "negate" a law).
DENIAL_EXCLUDED = {"turn_down", "freeze_off", "negate", "contravene"}

# Verbs whose plain and -s forms are mostly nouns in news ("the hedge fund", "Trump's scorn",
# "a text"): only their past forms are cues.
PAST_ONLY = {"fund", "finance", "court", "text", "message", "brief", "lobby", "approach",
             "bankroll", "scorn", "disdain", "discredit", "spurn", "host"}

VOWELS = "aeiou"


def synset_lemmas(wordnet, offsets):
    """The lemmas of the given data.verb synsets, multiword ones with spaces."""
    lemmas = {}
    with open(os.path.join(wordnet, "data.verb"), encoding="utf-8") as f:
        for line in f:
            if line[:8] not in offsets:
                continue
            fields = line.split()
            count = int(fields[3], 16)
            for k in range(count):
                lemma = fields[4 + 2 * k]
                if lemma not in DENIAL_EXCLUDED:
                    lemmas.setdefault(lemma.replace("_", " "), offsets[line[:8]])
    return lemmas


def read_exceptions(path):
    """Inverse of a WordNet exception list: base form -> its irregular inflections."""
    forms = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            words = line.split()
            for base in words[1:]:
                forms.setdefault(base.replace("_", " "), set()).add(words[0].replace("_", " "))
    return forms


def regular_verb_forms(v):
    """-s, -ed and -ing forms by the regular rules (doubling comes from verb.exc)."""
    if v.endswith("e"):
        return {v + "s", v + "d", v[:-1] + "ing"}
    if v.endswith("y") and v[-2] not in VOWELS:
        return {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    third = v + "es" if v.endswith(("s", "sh", "ch", "x", "z", "o")) else v + "s"
    return {third, v + "ed", v + "ing"}


def verb_forms(lemma, verb_exc):
    """Every form of a possibly multiword verb: the first word inflects ("sat down"). The
    regular forms are always added: a form no text uses ("meeted") never matches."""
    head, _, rest = lemma.partition(" ")
    forms = {head} | regular_verb_forms(head) | verb_exc.get(head, set())
    if head in PAST_ONLY:
        forms = {f for f in forms if f.endswith("ed") or f in verb_exc.get(head, set())}
    return {" ".join([f, rest]).strip() for f in forms if " " not in f}


def noun_forms(noun, noun_exc):
    """Singular and plural of a possibly multiword noun: the last word inflects."""
    *front, last = noun.split(" ")
    plurals = {f for f in noun_exc.get(last, set())}
    if not plurals:
        if last.endswith("y") and last[-2] not in VOWELS:
            plurals = {last[:-1] + "ies"}
        elif last.endswith(("s", "sh", "ch", "x", "z")):
            plurals = {last + "es"}
        else:
            plurals = {last + "s"}
    return {" ".join(front + [f]) for f in plurals | {last}}


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verb_exc = read_exceptions(os.path.join(wordnet, "verb.exc"))
    noun_exc = read_exceptions(os.path.join(wordnet, "noun.exc"))
    rows = {}
    for lemma, particle, kind in VERBS:
        for form in verb_forms(lemma, verb_exc):
            rows.setdefault((form + " " + particle).strip(), (kind, "verb " + lemma))
    for noun in NOUNS:
        for form in noun_forms(noun, noun_exc):
            rows.setdefault(form, ("contact_noun", "noun " + noun))
    for lemma, sense in sorted(synset_lemmas(wordnet, DENIAL_SYNSETS).items()):
        for form in verb_forms(lemma, verb_exc):
            rows.setdefault(form, ("denial", "wordnet " + lemma + " (" + sense + ")"))
    for noun, particle in NOUN_PHRASES:
        for form in noun_forms(noun, noun_exc):
            rows.setdefault(form + " " + particle, ("contact", "noun " + noun + " " + particle))
    print("# wordnet_cues.tsv: generated by scripts/lexicons/derive_wordnet_cues.py from WordNet 3.0;")
    print("# do not edit. Columns as relation_cues.tsv: form<TAB>relation<TAB>note (the lemma).")
    for form in sorted(rows):
        kind, note = rows[form]
        print(f"{form}\t{kind}\t{note}")


if __name__ == "__main__":
    main()
