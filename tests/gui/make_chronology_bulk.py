#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a large synthetic multi-agency chronology CSV for timing the chronology view.

Usage: make_chronology_bulk.py OUT.csv [ROWS]   (default 50,000 rows)
Dates span five years, eight agencies, UK date forms (some partial or uncertain), event text of about
200 characters. Seeded, so every run writes the same file. No real names.
"""
import csv
import datetime
import random
import sys

AGENCIES = ["Police", "Children's social care", "Health visiting", "GP practice", "School",
            "Emergency department", "Housing", "Probation"]
ROLES = ["PC", "Social worker", "Health visitor", "GP", "Designated safeguarding lead", "ED nurse",
         "Housing officer", "Probation officer"]
SUBJECTS = ["Mother", "Father", "Child A", "Child B", "Maternal grandmother", "Mother's partner"]
ACTIONS = ["attended an appointment with", "was visited at home by", "telephoned", "did not attend a planned visit with",
           "disclosed concerns to", "was seen at school by", "was referred to", "missed a review with",
           "presented with a bruise to the arm seen by", "was discussed at a strategy meeting with"]
DETAILS = ["Home conditions noted as cluttered and cold.", "Child appeared quiet and withdrawn.",
           "Concerns about alcohol use were raised again.", "Neighbours reported shouting late at night.",
           "No injuries were seen on the child.", "Mother said the family were managing well.",
           "Professional curiosity about the new partner was limited.", "Information was not shared with the GP.",
           "School attendance has fallen to 82 percent this term.", "A referral to early help was discussed."]
OUTCOMES = ["No further action.", "Referral made to children's social care.", "Follow-up visit booked.",
            "Case closed.", "Information shared with partner agencies.", "Strategy discussion requested."]


def date_text(rng, day):
    r = rng.random()
    if r < 0.02:
        return day.strftime("%B %Y")                      # partial: "April 2019"
    if r < 0.03:
        return "c. " + f"{day.day} {day.strftime('%B %Y')}"  # uncertain
    if r < 0.5:
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {day.strftime('%B %Y')}"


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 50_000
    rng = random.Random(20260101)
    start = datetime.date(2019, 1, 1)
    span = 5 * 365
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Date", "Time", "Agency", "Practitioner", "Event", "Outcome", "Source"])
        for i in range(rows):
            day = start + datetime.timedelta(days=rng.randrange(span))
            agency_index = rng.randrange(len(AGENCIES))
            time = f"{rng.randrange(8, 20):02d}:{rng.choice(['00', '15', '30', '45'])}" if rng.random() < 0.6 else ""
            event = (f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} the {ROLES[agency_index].lower()}. "
                     f"{rng.choice(DETAILS)} {rng.choice(DETAILS)} {rng.choice(DETAILS)}")
            w.writerow([date_text(rng, day), time, AGENCIES[agency_index],
                        f"{ROLES[agency_index]} {rng.randrange(1, 40)}", event, rng.choice(OUTCOMES),
                        f"Record {i + 1}"])


if __name__ == "__main__":
    main()
