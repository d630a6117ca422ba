#!/usr/bin/python3
"""Plain language where an apprentice reads on a bad day (issue 27): the check-in, the help after a
heavy check-in, and the lock, in bokmål and in English.

Measured with LIX (läsbarhetsindex, the Scandinavian readability index: words per sentence plus
the share of words longer than six letters, in per cent). Under 30 reads as very easy, 30-40 as
easy (the level of a newspaper for young readers), over 50 as hard. Each page's texts together
must stay at LIX 40 or under, and no sentence may run past 20 words.

    check_plain_language.py TS_FILE [TS_FILE ...]"""

import html
import re
import sys

# The pages an apprentice reads when it matters most, by their translation context.
CONTEXTS = ("CheckInPage", "HelpCard", "ScaleSelector", "LockScreen", "AbsencePage", "EarlyWarningCard",
            "ReminderBanner", "ReminderCard", "Reminders", "OutcomeCard", "OutcomePage", "GoalScoreChoice", "OutcomeTexts")
MAX_LIX = 40
MAX_WORDS = 20


def texts(ts_path, language):
    """(context, text) for every finished translation (bokmål) or source (English) in CONTEXTS."""
    with open(ts_path, encoding="utf-8") as f:
        s = f.read()
    for ctx in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", s, re.S):
        name, body = ctx.group(1), ctx.group(2)
        if name not in CONTEXTS:
            continue
        for msg in re.finditer(r"<message[^>]*>(.*?)</message>", body, re.S):
            m = msg.group(1)
            tr = re.search(r"<translation[^>]*>(.*?)</translation>", m, re.S)
            text = tr.group(1) if tr else ""
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", text, re.S)
            if forms:
                text = forms[0]
            text = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
            if text:
                yield name, text


def words(text):
    # Placeholders (%1, %n) read as one short word; numbers and signs are not words.
    text = re.sub(r"%\w+", "x", text)
    return re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text)


def sentences(text):
    parts = [p for p in re.split(r"[.!?:;]+(?:\s|$)|\n", text) if words(p)]
    return parts or [text]


def main():
    failures = []
    for path in sys.argv[1:]:
        language = "en" if path.endswith("_en.ts") else "nb"
        by_context = {}
        for ctx, text in texts(path, language):
            by_context.setdefault(ctx, []).append(text)
        if not by_context:
            failures.append(f"{path}: none of {CONTEXTS} found")
        for ctx, items in sorted(by_context.items()):
            all_words, all_sentences, long_words = 0, 0, 0
            for text in items:
                for sentence in sentences(text):
                    w = words(sentence)
                    if len(w) > MAX_WORDS:
                        failures.append(f"{language} {ctx}: a sentence of {len(w)} words: "
                                        f"{sentence.strip()[:90]!r}")
                    all_words += len(w)
                    all_sentences += 1
                    long_words += sum(1 for x in w if len(x) > 6)
            lix = all_words / max(1, all_sentences) + 100 * long_words / max(1, all_words)
            print(f"{language} {ctx}: LIX {lix:.0f} ({all_words} words, {all_sentences} sentences)")
            if lix > MAX_LIX:
                failures.append(f"{language} {ctx}: LIX {lix:.0f}, over {MAX_LIX}")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
