// SPDX-License-Identifier: MIT
// Contract of model/chronology/duplicate_finder.h: the same event recorded by two agencies (on the
// same or the next day, in different words) is suggested as a pair, best first; entries of one agency,
// entries more than a day apart, partial dates and decided pairs never are. Precision and recall are
// measured on generated chronologies (duplicate_generator.h), so that a change to the scoring that
// loses obvious pairs or floods the reviewer with wrong ones fails here. Also find_silences.
#include "duplicate_generator.h"

#include <catch2/catch.hpp>

using model::ChronologyEntry;
using model::Date;
using model::DuplicatePair;
using model::FuzzyDate;

namespace {

ChronologyEntry entry(std::int64_t id, const std::string& agency, const char* iso, std::optional<int> time,
                      const std::string& text) {
    ChronologyEntry e;
    e.id = id;
    e.agency = agency;
    const Date d = Date::parse_iso(iso);
    e.date = {d, d, FuzzyDate::Precision::Day, false};
    e.time = time;
    e.event = text;
    return e;
}

int hm(int h, int m) { return h * 60 + m; }

bool has_pair(const std::vector<DuplicatePair>& pairs, std::int64_t a, std::int64_t b) {
    return std::any_of(pairs.begin(), pairs.end(), [&](const DuplicatePair& p) {
        return p.a == std::min(a, b) && p.b == std::max(a, b);
    });
}

double score_of(const std::vector<DuplicatePair>& pairs, std::int64_t a, std::int64_t b) {
    for (const auto& p : pairs)
        if (p.a == std::min(a, b) && p.b == std::max(a, b)) return p.score;
    return -1;
}

// The brief's example: a domestic incident recorded by the police that night and by social care the next
// day, the partner's arrest recorded by both, and a welfare check that resembles both.
std::vector<ChronologyEntry> domestic_incident_example() {
    return {
        entry(1, "Police", "2015-04-03", hm(22, 40),
              "Officers attended the home address after a report of a domestic incident; mother had a cut lip "
              "and bruising to her face, the baby was asleep upstairs"),
        entry(2, "Police", "2015-04-04", hm(10, 30),
              "Partner arrested on suspicion of assaulting mother; interviewed and released on bail with "
              "conditions not to contact her or attend the address"),
        entry(3, "Police", "2015-04-05", hm(14, 15),
              "Welfare check at the home address requested by the social worker; mother and baby safe and well, "
              "partner not present"),
        entry(4, "Children's social care", "2015-04-04", {},
              "Police notification of domestic incident at home; mum had facial injuries, child present"),
        entry(5, "Children's social care", "2015-04-05", {},
              "Police advised SW that mum's partner was arrested yesterday and bailed not to contact her"),
    };
}

void check_well_formed(const std::vector<DuplicatePair>& pairs) {
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        CHECK(pairs[i].a < pairs[i].b);
        CHECK(pairs[i].score >= 0);
        CHECK(pairs[i].score <= 1);
        if (i > 0) {
            CHECK(pairs[i - 1].score >= pairs[i].score);
            if (pairs[i - 1].score == pairs[i].score)
                CHECK(std::make_pair(pairs[i - 1].a, pairs[i - 1].b) < std::make_pair(pairs[i].a, pairs[i].b));
        }
    }
}

}  // namespace

TEST_CASE("The generator makes a realistic chronology with a known answer", "[duplicates]") {
    const auto g = dupgen::generate({});
    CHECK(g.entries.size() >= 2000);
    CHECK(g.entries.size() < 2050);
    CHECK(g.truth.size() > 250);
    CHECK(g.truth.size() < 450);
    std::map<std::int64_t, const ChronologyEntry*> by_id;
    std::set<std::string> agencies;
    std::size_t timed = 0, partial = 0;
    for (const auto& e : g.entries) {
        by_id[e.id] = &e;
        agencies.insert(e.agency);
        timed += e.time.has_value();
        partial += e.date.precision != FuzzyDate::Precision::Day;
        CHECK(e.event.find('{') == std::string::npos);  // every slot of the phrasing filled
    }
    CHECK(by_id.size() == g.entries.size());  // ids unique
    CHECK(agencies == std::set<std::string>{"Police", "Children's social care"});
    CHECK(timed > g.entries.size() / 4);
    CHECK(timed < g.entries.size());
    CHECK(partial > 0);
    for (const auto& [a, b] : g.truth) {
        const auto& x = *by_id.at(a);
        const auto& y = *by_id.at(b);
        CHECK(x.agency != y.agency);
        CHECK(std::abs(x.date.earliest.days_until(y.date.earliest)) <= 1);
    }
    // Deterministic: the same options give the same chronology.
    const auto again = dupgen::generate({});
    REQUIRE(again.entries.size() == g.entries.size());
    CHECK(again.entries.back().event == g.entries.back().event);
    CHECK(again.truth == g.truth);
}

TEST_CASE("Precision and recall at the default threshold on a generated two-agency chronology", "[duplicates]") {
    // Police and children's social care over three years: notifications the next day in other words,
    // hard negatives (another call-out or home visit a day apart), same-agency near-copies, month-only dates.
    const auto g = dupgen::generate({});
    const auto pairs = model::find_duplicates(g.entries, 0.35);
    const auto q = dupgen::measure(g, pairs);
    INFO(g.entries.size() << " entries, " << q.truth << " true pairs; found " << q.found << ", " << q.true_found
                          << " true: precision " << q.precision() << ", recall " << q.recall());
    CHECK(q.precision() >= 0.8);  // 0.885 when written
    CHECK(q.recall() >= 0.8);     // 0.852
    check_well_formed(pairs);
}

TEST_CASE("Precision and recall at the default threshold on a generated three-agency chronology", "[duplicates]") {
    dupgen::Options o;
    o.agencies = {dupgen::Police, dupgen::Social, dupgen::Health};
    const auto g = dupgen::generate(o);
    const auto pairs = model::find_duplicates(g.entries, 0.35);
    const auto q = dupgen::measure(g, pairs);
    INFO(g.entries.size() << " entries, " << q.truth << " true pairs; found " << q.found << ", " << q.true_found
                          << " true: precision " << q.precision() << ", recall " << q.recall());
    CHECK(q.precision() >= 0.8);
    CHECK(q.recall() >= 0.8);
    check_well_formed(pairs);
}

TEST_CASE("A higher threshold trades recall for precision", "[duplicates]") {
    const auto g = dupgen::generate({});
    const auto low = dupgen::measure(g, model::find_duplicates(g.entries, 0.25));
    const auto mid = dupgen::measure(g, model::find_duplicates(g.entries, 0.35));
    const auto high = dupgen::measure(g, model::find_duplicates(g.entries, 0.5));
    CHECK(low.found >= mid.found);
    CHECK(mid.found >= high.found);
    CHECK(low.recall() >= mid.recall());
    CHECK(high.precision() >= mid.precision());
    CHECK(high.precision() >= 0.9);
}

TEST_CASE("The police and social-care records of one night are paired, and nothing else", "[duplicates]") {
    const auto pairs = model::find_duplicates(domestic_incident_example(), 0.35);
    INFO("pairs: " << pairs.size());
    REQUIRE(pairs.size() == 2);
    CHECK(has_pair(pairs, 1, 4));  // the incident, that night and the next day
    CHECK(has_pair(pairs, 2, 5));  // the arrest
    check_well_formed(pairs);
    // At threshold 0 every cross-agency candidate is listed, the true ones first.
    const auto all = model::find_duplicates(domestic_incident_example(), 0.0);
    REQUIRE(all.size() >= 3);
    CHECK(std::set<std::pair<std::int64_t, std::int64_t>>{{all[0].a, all[0].b}, {all[1].a, all[1].b}} ==
          std::set<std::pair<std::int64_t, std::int64_t>>{{1, 4}, {2, 5}});
    check_well_formed(all);
}

TEST_CASE("Abbreviations and plain words meet", "[duplicates]") {
    const std::vector<ChronologyEntry> entries = {
        entry(1, "Police", "2016-03-01", hm(10, 0), "Attended ICPC; children made subject of CP plans, category neglect"),
        entry(2, "Children's social care", "2016-03-01", hm(10, 0),
              "Initial child protection conference: both children on child protection plans under neglect"),
        entry(3, "Health", "2016-05-10", {}, "Pt not brought to paediatric appt by mum"),
        entry(4, "Children's social care", "2016-05-11", {}, "Health informed SW that the child was not brought "
                                                             "to the paediatric appointment by his mother"),
        entry(5, "Police", "2016-07-20", hm(23, 5), "DV at the address, IP (mother) with facial injuries; suspect arrested"),
        entry(6, "Health", "2016-07-20", hm(23, 50), "Mum attended A&E with injuries to her face after a domestic assault; "
                                                      "partner arrested by officers"),
    };
    const auto pairs = model::find_duplicates(entries, 0.35);
    CHECK(has_pair(pairs, 1, 2));
    CHECK(has_pair(pairs, 3, 4));
    CHECK(has_pair(pairs, 5, 6));
    CHECK(pairs.size() == 3);
}

TEST_CASE("Entries of one agency are never paired, however alike", "[duplicates]") {
    const std::string text = "Home visit by SW: mother present, Child A seen in his bedroom, home conditions poor";
    std::vector<ChronologyEntry> entries = {
        entry(1, "Children's social care", "2016-02-01", hm(10, 0), text),
        entry(2, "Children's social care", "2016-02-01", hm(10, 0), text),
        entry(3, "Children's social care", "2016-02-02", {}, text),
    };
    CHECK(model::find_duplicates(entries, 0.0).empty());
    entries.push_back(entry(4, "Health", "2016-02-01", hm(10, 5), text));
    const auto pairs = model::find_duplicates(entries, 0.0);
    for (const auto& p : pairs) CHECK(p.b == 4);
    CHECK(has_pair(pairs, 1, 4));

    // And on the generated chronology, with its same-agency near-copies, at any score.
    const auto g = dupgen::generate({});
    std::map<std::int64_t, std::string> agency;
    for (const auto& e : g.entries) agency[e.id] = e.agency;
    std::size_t same = 0;
    for (const auto& p : model::find_duplicates(g.entries, 0.0)) same += agency[p.a] == agency[p.b];
    CHECK(same == 0);
}

TEST_CASE("Entries more than a day apart are never paired", "[duplicates]") {
    const std::string text = "Strategy discussion held with police and health; decision to proceed to s47 enquiry";
    const std::vector<ChronologyEntry> entries = {
        entry(1, "Children's social care", "2016-02-01", hm(10, 0), text),
        entry(2, "Police", "2016-02-03", hm(10, 0), text),  // two days later
        entry(3, "Health", "2016-01-29", hm(10, 0), text),  // three days earlier
        entry(4, "Education", "2016-02-02", {}, text),      // the next day
    };
    const auto pairs = model::find_duplicates(entries, 0.0);
    CHECK(has_pair(pairs, 1, 4));
    CHECK(has_pair(pairs, 2, 4));
    CHECK_FALSE(has_pair(pairs, 1, 2));
    CHECK_FALSE(has_pair(pairs, 1, 3));
    CHECK_FALSE(has_pair(pairs, 3, 4));
    CHECK(pairs.size() == 2);

    const auto g = dupgen::generate({});
    std::map<std::int64_t, Date> day;
    for (const auto& e : g.entries) day[e.id] = e.date.earliest;
    for (const auto& p : model::find_duplicates(g.entries, 0.0)) CHECK(std::abs(day[p.a].days_until(day[p.b])) <= 1);
}

TEST_CASE("Entries dated only by month or year are never paired", "[duplicates]") {
    const std::string text = "Police notification of domestic incident at home; mum had facial injuries, child present";
    auto month = entry(2, "Children's social care", "2015-04-01", {}, text);
    month.date = {Date::parse_iso("2015-04-01"), Date::parse_iso("2015-04-30"), FuzzyDate::Precision::Month, false};
    auto year = entry(3, "Health", "2015-01-01", {}, text);
    year.date = {Date::parse_iso("2015-01-01"), Date::parse_iso("2015-12-31"), FuzzyDate::Precision::Year, false};
    const std::vector<ChronologyEntry> entries = {entry(1, "Police", "2015-04-01", hm(22, 40), text), month, year};
    CHECK(model::find_duplicates(entries, 0.0).empty());

    const auto g = dupgen::generate({});
    std::set<std::int64_t> partial;
    for (const auto& e : g.entries)
        if (e.date.precision != FuzzyDate::Precision::Day) partial.insert(e.id);
    REQUIRE_FALSE(partial.empty());
    for (const auto& p : model::find_duplicates(g.entries, 0.0)) {
        CHECK(partial.count(p.a) == 0);
        CHECK(partial.count(p.b) == 0);
    }
}

TEST_CASE("Pairs already decided are not suggested again, and no longer hold back other candidates", "[duplicates]") {
    const auto entries = domestic_incident_example();
    const auto before = model::find_duplicates(entries, 0.0);
    REQUIRE(has_pair(before, 1, 4));
    REQUIRE(has_pair(before, 2, 4));
    const auto after = model::find_duplicates(entries, 0.0, {{1, 4}});
    CHECK_FALSE(has_pair(after, 1, 4));
    CHECK(has_pair(after, 2, 5));
    // Decided pairs are given smaller id first, as DuplicatePair is.
    CHECK_FALSE(has_pair(model::find_duplicates(entries, 0.0, {{2, 5}, {1, 4}}), 2, 5));

    // Two call-outs on consecutive nights; social care's notification looks most like the first, but the
    // reviewer dismissed that pair: the second is then its candidate, no longer marked down for the first.
    const std::vector<ChronologyEntry> two_nights = {
        entry(1, "Police", "2015-04-03", hm(22, 40),
              "Officers attended the home address after a report of a domestic incident; mother had a cut lip, "
              "the baby was asleep upstairs"),
        entry(2, "Police", "2015-04-04", hm(23, 10),
              "Second domestic incident at the home address; mother had a cut lip and bruising to her face, "
              "partner arrested"),
        entry(3, "Children's social care", "2015-04-04", {},
              "Police notification of domestic incident at home; mum had a cut lip, child present"),
    };
    const auto first = model::find_duplicates(two_nights, 0.0);
    REQUIRE(first.size() == 2);
    CHECK(first[0].a == 1);
    CHECK(first[0].b == 3);
    const auto dismissed = model::find_duplicates(two_nights, 0.0, {{1, 3}});
    REQUIRE(dismissed.size() == 1);
    CHECK(dismissed[0].a == 2);
    CHECK(dismissed[0].b == 3);
    CHECK(dismissed[0].score > score_of(first, 2, 3) + 0.05);
}

TEST_CASE("Scores: an exact re-telling beats a loose one, a matching time beats a distant one", "[duplicates]") {
    const std::string incident = "Officers attended a domestic incident at the home address; mother had a black eye, "
                                 "partner arrested at the scene";
    const std::vector<ChronologyEntry> entries = {
        entry(1, "Police", "2016-06-01", hm(21, 0), incident),
        entry(2, "Health", "2016-06-01", hm(21, 20), incident),  // same words, same time
        entry(3, "Children's social care", "2016-06-02", {},
              "Police notification: domestic incident, mother with a black eye, partner arrested"),
        entry(4, "Education", "2016-06-01", hm(9, 0), incident),  // same words, twelve hours earlier
    };
    const auto pairs = model::find_duplicates(entries, 0.0);
    check_well_formed(pairs);
    REQUIRE_FALSE(pairs.empty());
    CHECK(has_pair(pairs, 1, 2));
    CHECK(score_of(pairs, 1, 2) > score_of(pairs, 1, 3));
    CHECK(score_of(pairs, 1, 2) > score_of(pairs, 1, 4));
    CHECK(score_of(pairs, 1, 3) >= 0.35);
    CHECK(pairs.front().a == 1);
    CHECK(pairs.front().b == 2);
}

TEST_CASE("The order of the input does not change the suggestions", "[duplicates]") {
    auto g = dupgen::generate({});
    const auto sorted_result = model::find_duplicates(g.entries, 0.35);
    std::reverse(g.entries.begin(), g.entries.end());
    const auto reversed = model::find_duplicates(g.entries, 0.35);
    REQUIRE(reversed.size() == sorted_result.size());
    for (std::size_t i = 0; i < reversed.size(); ++i) {
        CHECK(reversed[i].a == sorted_result[i].a);
        CHECK(reversed[i].b == sorted_result[i].b);
        CHECK(reversed[i].score == Approx(sorted_result[i].score));
    }
}

TEST_CASE("No entries, one entry, empty texts: no suggestions", "[duplicates]") {
    CHECK(model::find_duplicates({}, 0.0).empty());
    CHECK(model::find_duplicates({entry(1, "Police", "2016-01-01", {}, "Home visit")}, 0.0).empty());
    CHECK(model::find_duplicates({entry(1, "Police", "2016-01-01", {}, ""), entry(2, "Health", "2016-01-01", {}, "the")},
                                 0.0)
              .empty());
}

TEST_CASE("Silences: a gap longer than the limit is reported with its ends and length", "[gaps][duplicates]") {
    const std::vector<ChronologyEntry> entries = {
        entry(1, "Police", "2015-01-10", {}, "a"),
        entry(2, "Health", "2015-02-09", {}, "b"),  // 30 days later: not longer than 30
        entry(3, "Police", "2015-05-01", {}, "c"),  // 81 days later
        entry(4, "Police", "2015-05-01", {}, "d"),
    };
    const auto gaps = model::find_silences(entries, 30);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].from == Date::parse_iso("2015-02-09"));
    CHECK(gaps[0].to == Date::parse_iso("2015-05-01"));
    CHECK(gaps[0].days == 81);
    CHECK(model::find_silences(entries, 29).size() == 2);
    CHECK(model::find_silences(entries, 81).empty());
    CHECK(model::find_silences({}, 30).empty());
    CHECK(model::find_silences({entries[0]}, 30).empty());
}

TEST_CASE("Silences: a month-only date counts by its whole month, a year-only date closes nothing", "[gaps][duplicates]") {
    auto within = [](std::int64_t id, const char* from, const char* to, FuzzyDate::Precision p) {
        auto e = entry(id, "School", from, {}, "x");
        e.date = {Date::parse_iso(from), Date::parse_iso(to), p, false};
        return e;
    };
    // "2016" says nothing about when: the silence from February to November still shows.
    const std::vector<ChronologyEntry> year = {
        entry(1, "Police", "2016-02-01", {}, "a"),
        entry(2, "Police", "2016-11-30", {}, "b"),
        within(3, "2016-01-01", "2016-12-31", FuzzyDate::Precision::Year),
        entry(4, "Police", "2017-03-01", {}, "c"),
    };
    auto gaps = model::find_silences(year, 30);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].from == Date::parse_iso("2016-02-01"));
    CHECK(gaps[0].to == Date::parse_iso("2016-11-30"));
    CHECK(gaps[1].from == Date::parse_iso("2016-11-30"));
    CHECK(gaps[1].days == 91);

    // "March 2016" splits a silence of January to June into the parts before and after March.
    const std::vector<ChronologyEntry> month = {
        entry(1, "Police", "2016-01-05", {}, "a"),
        within(2, "2016-03-01", "2016-03-31", FuzzyDate::Precision::Month),
        entry(3, "Police", "2016-06-20", {}, "b"),
    };
    gaps = model::find_silences(month, 30);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].from == Date::parse_iso("2016-01-05"));
    CHECK(gaps[0].to == Date::parse_iso("2016-03-01"));
    CHECK(gaps[0].days == 56);
    CHECK(gaps[1].from == Date::parse_iso("2016-03-31"));
    CHECK(gaps[1].to == Date::parse_iso("2016-06-20"));
    CHECK(gaps[1].days == 81);
    // A month-only entry inside a silence of exact entries closes it when its span reaches both sides.
    CHECK(model::find_silences({entry(1, "Police", "2016-03-03", {}, "a"), entry(2, "Police", "2016-03-29", {}, "b"),
                                within(3, "2016-03-01", "2016-03-31", FuzzyDate::Precision::Month)},
                               20)
              .empty());
}

TEST_CASE("Silences: the input need not be in date order", "[gaps][duplicates]") {
    std::vector<ChronologyEntry> entries = {
        entry(1, "Police", "2016-09-01", {}, "c"),
        entry(2, "Health", "2016-01-01", {}, "a"),
        entry(3, "Police", "2016-12-25", {}, "d"),
        entry(4, "School", "2016-03-01", {}, "b"),
    };
    const auto gaps = model::find_silences(entries, 60);
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].from == Date::parse_iso("2016-03-01"));
    CHECK(gaps[0].to == Date::parse_iso("2016-09-01"));
    CHECK(gaps[0].days == 184);
    CHECK(gaps[1].from == Date::parse_iso("2016-09-01"));
    CHECK(gaps[1].to == Date::parse_iso("2016-12-25"));
    CHECK(gaps[1].days == 115);
    std::reverse(entries.begin(), entries.end());
    const auto again = model::find_silences(entries, 60);
    REQUIRE(again.size() == 2);
    CHECK(again[0].from == gaps[0].from);
    CHECK(again[1].to == gaps[1].to);
}
