// SPDX-License-Identifier: MIT
// Contract of model/chronology/column_mapping.h: the header rows of the templates agencies are sent
// are recognised without help; each field goes to one column at most; what is not recognised stays
// an unmapped (kept) column; a user's saved mapping wins over recognition.
#include "model/chronology/column_mapping.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using model::ChronologyField;
using model::ColumnMapping;
using F = model::ChronologyField;
using Fields = std::vector<std::optional<F>>;

namespace {

const std::optional<F> none;

// Field ids, or "-" for an unmapped column: readable when a CHECK fails.
std::vector<std::string> ids(const Fields& fields) {
    std::vector<std::string> out;
    for (const auto& f : fields) out.push_back(f ? std::string(model::field_id(*f)) : "-");
    return out;
}

std::vector<std::string> recognised(const std::vector<std::string>& headers) {
    ColumnMapping m = model::recognise_columns(headers);
    REQUIRE(m.fields.size() == headers.size());
    return ids(m.fields);
}

}  // namespace

TEST_CASE("Chronolator template", "[columns]") {
    const std::vector<std::string> headers = {"Sequence",  "Start Date",            "Start Time", "End Date",
                                              "End Time",  "Source of Information", "Event",      "Comment"};
    CHECK(recognised(headers) == std::vector<std::string>{"sequence", "date", "time", "end-date", "end-time",
                                                          "source", "event", "significance"});
}

TEST_CASE("Family court social work chronology", "[columns]") {
    const std::vector<std::string> headers = {"Serial number", "Date", "Event detail", "Document reference"};
    CHECK(recognised(headers) == std::vector<std::string>{"sequence", "date", "event", "source"});
}

TEST_CASE("NHS tabular timeline", "[columns]") {
    const std::vector<std::string> headers = {"Date + Time of Event", "Event", "Additional information",
                                              "Notable Practice", "Source"};
    CHECK(recognised(headers) == std::vector<std::string>{"date-time", "event", "details", "significance", "source"});
}

TEST_CASE("Tayside template", "[columns]") {
    const std::vector<std::string> headers = {"Date or Period of Event", "Significant Event", "Source", "Impact"};
    CHECK(recognised(headers) == std::vector<std::string>{"date", "event", "source", "significance"});
}

TEST_CASE("Plain chronology: a second event-like column is Details, a third stays unmapped", "[columns]") {
    const std::vector<std::string> headers = {"Date",  "Time",        "Agency",  "Practitioner", "Event",
                                              "Details of contact", "Description", "Outcome", "Source"};
    CHECK(recognised(headers) == std::vector<std::string>{"date", "time", "agency", "practitioner", "event",
                                                          "details", "-", "outcome", "source"});
}

TEST_CASE("An explicit Details column keeps Details from an event-like overflow", "[columns]") {
    CHECK(recognised({"Date", "Event", "Description", "Additional information"}) ==
          std::vector<std::string>{"date", "event", "-", "details"});
    CHECK(recognised({"Date", "Description"}) == std::vector<std::string>{"date", "event"});
}

TEST_CASE("Headers are matched ignoring case, punctuation and spacing", "[columns]") {
    CHECK(recognised({"  DATE  ", "time", "AGENCY", "event "}) ==
          std::vector<std::string>{"date", "time", "agency", "event"});
    CHECK(recognised({"date+time of event", "EVENT"}) == std::vector<std::string>{"date-time", "event"});
    CHECK(recognised({"Date  +  Time  of  Event"}) == std::vector<std::string>{"date-time"});
    CHECK(recognised({"Date/Time", "Event"}) == std::vector<std::string>{"date-time", "event"});
    CHECK(recognised({"Date & Time"}) == std::vector<std::string>{"date-time"});
    CHECK(recognised({"No.", "Date:", "Source of information:", "Outcome / action", "Comment/analysis"}) ==
          std::vector<std::string>{"sequence", "date", "source", "outcome", "significance"});
    CHECK(recognised({"\xEF\xBB\xBF" "Date", "Event\xC2\xA0"}) == std::vector<std::string>{"date", "event"});
    CHECK(recognised({"#", "Start_Date", "start-time"}) == std::vector<std::string>{"sequence", "date", "time"});
}

TEST_CASE("Synonyms and key words", "[columns]") {
    CHECK(recognised({"Organisation", "Staff member", "Date of event", "Action taken"}) ==
          std::vector<std::string>{"agency", "practitioner", "date", "outcome"});
    CHECK(recognised({"Service", "Author", "Event date", "Description", "Significance"}) ==
          std::vector<std::string>{"agency", "practitioner", "date", "event", "significance"});
    CHECK(recognised({"Professional", "Date of home visit", "Time of visit", "Date/time of contact"}) ==
          std::vector<std::string>{"practitioner", "date", "time", "date-time"});
    CHECK(recognised({"Name of agency involved", "Practitioner's role", "Brief description"}) ==
          std::vector<std::string>{"agency", "practitioner", "event"});
    // A date that is not the event's is not taken for it.
    CHECK(recognised({"Date of birth", "Date", "Event"}) == std::vector<std::string>{"-", "date", "event"});
    CHECK(recognised({"Child's date of birth", "Date of meeting", "Event"}) ==
          std::vector<std::string>{"-", "date", "event"});
}

TEST_CASE("Each field goes to one column at most, the first wins", "[columns]") {
    CHECK(recognised({"Date", "Date", "Event"}) == std::vector<std::string>{"date", "-", "event"});
    // The exact "Date" wins over a column that only mentions a date, wherever it stands.
    CHECK(recognised({"Date of referral", "Date", "Event"}) == std::vector<std::string>{"-", "date", "event"});
    // Significance: the first such column; further ones stay unmapped.
    CHECK(recognised({"Event", "Impact", "Notable Practice", "Comment"}) ==
          std::vector<std::string>{"event", "significance", "-", "-"});
}

TEST_CASE("Unknown headers stay unmapped", "[columns]") {
    CHECK(recognised({"Colour", "", "Child's name", "Foo bar", "Date", "Event"}) ==
          std::vector<std::string>{"-", "-", "-", "-", "date", "event"});
    CHECK(recognised({}).empty());
}

TEST_CASE("normalise_header", "[columns]") {
    CHECK(model::normalise_header("Date + Time of Event") == "date and time of event");
    CHECK(model::normalise_header(" Date/Time ") == "date time");
    CHECK(model::normalise_header("No.") == "no");
    CHECK(model::normalise_header("Outcome / action") == "outcome action");
    CHECK(model::normalise_header("  Source   of\tInformation ") == "source of information");
    CHECK(model::normalise_header("+") == "and");
    CHECK(model::normalise_header("") == "");
}

TEST_CASE("Field ids round-trip", "[columns]") {
    for (int k = 0; k <= static_cast<int>(F::Significance); ++k) {
        const auto f = static_cast<F>(k);
        CHECK(model::try_parse_field(model::field_id(f)) == f);
    }
    CHECK(model::field_id(F::DateTime) == "date-time");
    CHECK(model::field_id(F::EndDate) == "end-date");
    CHECK(model::field_id(F::Significance) == "significance");
    CHECK_FALSE(model::try_parse_field("ignore").has_value());
    CHECK_FALSE(model::try_parse_field("").has_value());
    CHECK_FALSE(model::try_parse_field("Date ").has_value());
}

TEST_CASE("column_of finds the column of a field", "[columns]") {
    ColumnMapping m = model::recognise_columns({"Date", "Time", "Event"});
    CHECK(m.column_of(F::Date) == 0u);
    CHECK(m.column_of(F::Event) == 2u);
    CHECK_FALSE(m.column_of(F::Agency).has_value());
    CHECK(m.has(F::Time));
    CHECK_FALSE(m.has(F::Source));
}

TEST_CASE("A saved mapping overrides recognition", "[columns]") {
    const std::vector<std::string> headers = {"Date", "Time", "Agency", "Practitioner", "Event",
                                              "Details of contact", "Description", "Outcome", "Source"};
    const ColumnMapping auto_mapping = model::recognise_columns(headers);

    SECTION("a saved header wins, and the column that had the field gives it up") {
        ColumnMapping m = model::apply_saved_mapping(headers, auto_mapping,
                                                     {{"Description", "event"}, {"Event", "details"}});
        CHECK(ids(m.fields) == std::vector<std::string>{"date", "time", "agency", "practitioner", "details", "-",
                                                        "event", "outcome", "source"});
    }
    SECTION("'ignore' leaves the column unmapped") {
        ColumnMapping m = model::apply_saved_mapping(headers, auto_mapping, {{"Practitioner", "ignore"}});
        CHECK(ids(m.fields) == std::vector<std::string>{"date", "time", "agency", "-", "event", "details", "-",
                                                        "outcome", "source"});
    }
    SECTION("saved headers are matched by the same normalisation") {
        ColumnMapping m = model::apply_saved_mapping(headers, auto_mapping, {{"  DESCRIPTION: ", "significance"}});
        CHECK(m.column_of(F::Significance) == 6u);
    }
    SECTION("an unknown field id or header is ignored, keeping recognition") {
        ColumnMapping m = model::apply_saved_mapping(
            headers, auto_mapping, {{"Outcome", "risk-rating"}, {"Not a column", "event"}, {"Source", ""}});
        CHECK(m.fields == auto_mapping.fields);
    }
    SECTION("a mapping of an unrecognised header") {
        const std::vector<std::string> odd = {"When", "Who", "What", "Ref"};
        ColumnMapping m = model::apply_saved_mapping(odd, model::recognise_columns(odd),
                                                     {{"Who", "practitioner"}, {"What", "event"}, {"Ref", "source"}});
        CHECK(ids(m.fields) == std::vector<std::string>{"date", "practitioner", "event", "source"});
    }
    SECTION("two saved headers for one field: the later one keeps it") {
        ColumnMapping m =
            model::apply_saved_mapping(headers, auto_mapping, {{"Details of contact", "event"}, {"Description", "event"}});
        CHECK(m.column_of(F::Event) == 6u);
        CHECK_FALSE(m.fields[5].has_value());
        CHECK_FALSE(m.fields[4].has_value());
    }
    SECTION("a mapping shorter than the headers is widened") {
        ColumnMapping m = model::apply_saved_mapping(headers, ColumnMapping{}, {{"Date", "date"}});
        REQUIRE(m.fields.size() == headers.size());
        CHECK(m.column_of(F::Date) == 0u);
    }
}
