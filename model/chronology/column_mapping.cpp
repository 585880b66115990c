// SPDX-License-Identifier: MIT
// Recognising a submission's columns from its header row. Two tables, both in priority order:
//   1. exact phrases (after normalise_header): the headers of the templates agencies are sent, and
//      the usual synonyms;
//   2. key words, for headers nobody listed ("Date of home visit", "Practitioner's role"): every word
//      of a rule must be in the header.
// A column is matched by the first table that knows it. Each field goes to one column at most, the
// leftmost; event-like columns are handed out in order: the first is Event, the next Details (unless a
// column is explicitly Details, such as "Additional information"), and any further one stays unmapped.
#include "model/chronology/column_mapping.h"

#include <array>
#include <initializer_list>

namespace model {
namespace {

using F = ChronologyField;
constexpr std::size_t kFieldCount = static_cast<std::size_t>(F::Significance) + 1;

constexpr std::array<std::string_view, kFieldCount> kFieldIds = {
    "sequence", "date",  "time",    "date-time", "end-date", "end-time",    "agency",
    "practitioner", "event", "details", "outcome", "source", "significance"};

struct PhraseRule {
    F field;
    std::initializer_list<std::string_view> phrases;
};

// Exact normalised headers. "Event" stands for every event-like column (see the file comment).
const PhraseRule kPhrases[] = {
    {F::Sequence, {"sequence", "seq", "sequence no", "sequence number", "serial number", "serial no", "serial",
                   "no", "number", "entry", "entry no", "entry number", "item", "item no", "id", "line", "row"}},
    {F::DateTime, {"date and time", "date time", "datetime", "date and time of event", "date time of event",
                   "date and time of contact", "date time of contact", "date and time of incident",
                   "timestamp"}},
    {F::Date, {"date", "start date", "date of event", "event date", "date or period of event", "date of contact",
               "contact date", "date of incident", "incident date", "date of entry", "date from", "from date",
               "date started", "period", "date period", "date or period", "when"}},
    {F::Time, {"time", "start time", "time of event", "event time", "time of contact", "contact time",
               "time of incident", "time from"}},
    {F::EndDate, {"end date", "date to", "to date", "finish date", "date ended", "end"}},
    {F::EndTime, {"end time", "finish time", "time to", "time ended"}},
    {F::Agency, {"agency", "organisation", "organization", "service", "agency name", "organisation name",
                 "name of agency", "agency service", "recording agency", "source agency"}},
    {F::Practitioner, {"practitioner", "staff member", "author", "professional", "worker", "staff",
                       "practitioner name", "name of practitioner", "practitioner and role",
                       "practitioner role", "name and role", "professional involved", "practitioner involved",
                       "staff involved", "recorded by"}},
    {F::Event, {"event", "significant event", "event detail", "event details", "details of event",
                "details of contact", "description", "description of event", "event description", "details",
                "summary", "key event", "incident", "what happened"}},
    {F::Details, {"additional information", "further information", "other information", "additional details",
                  "further details", "additional notes", "notes", "information"}},
    {F::Outcome, {"outcome", "action taken", "actions taken", "outcome action", "outcome and action",
                  "action outcome", "outcome action taken", "outcome of contact", "action", "actions", "result"}},
    {F::Source, {"source", "source of information", "document reference", "source document", "source reference",
                 "information source", "reference", "document", "doc ref", "record", "records"}},
    {F::Significance, {"significance", "impact", "notable practice", "comment analysis", "analysis comment",
                       "comment", "comments", "comments analysis", "analysis", "significance to review",
                       "relevance", "learning", "practice issues", "impact on child", "impact on the child",
                       "reviewer comment", "reviewer comments"}},
};

struct WordRule {
    F field;
    std::initializer_list<std::string_view> words;  // all of them, as whole words
};

// Key words, for headers that are not in kPhrases. Order matters: "End date of contact" is an end date
// before it is a date; "Outcome of the event" is an outcome before it is an event.
const WordRule kWords[] = {
    {F::DateTime, {"date", "time"}},
    {F::EndDate, {"end", "date"}},
    {F::EndDate, {"finish", "date"}},
    {F::EndTime, {"end", "time"}},
    {F::EndTime, {"finish", "time"}},
    {F::Date, {"date"}},
    {F::Time, {"time"}},
    {F::Sequence, {"sequence"}},
    {F::Sequence, {"serial"}},
    {F::Agency, {"agency"}},
    {F::Agency, {"organisation"}},
    {F::Agency, {"organization"}},
    {F::Practitioner, {"practitioner"}},
    {F::Practitioner, {"professional"}},
    {F::Practitioner, {"staff"}},
    {F::Practitioner, {"worker"}},
    {F::Significance, {"significance"}},
    {F::Significance, {"impact"}},
    {F::Significance, {"analysis"}},
    {F::Significance, {"notable"}},
    {F::Significance, {"comment"}},
    {F::Significance, {"comments"}},
    {F::Outcome, {"outcome"}},
    {F::Outcome, {"action"}},
    {F::Outcome, {"actions"}},
    {F::Source, {"source"}},
    {F::Source, {"reference"}},
    {F::Details, {"additional"}},
    {F::Details, {"further"}},
    {F::Details, {"notes"}},
    {F::Event, {"event"}},
    {F::Event, {"events"}},
    {F::Event, {"description"}},
    {F::Event, {"details"}},
    {F::Event, {"detail"}},
};

// Headers that mention a date but are never the event's ("Date of birth", "DOB").
constexpr std::string_view kNeverWords[] = {"birth", "dob", "born"};

bool has_word(std::string_view text, std::string_view word) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(' ', pos);
        if (end == std::string_view::npos) end = text.size();
        if (text.substr(pos, end - pos) == word) return true;
        pos = end + 1;
    }
    return false;
}

std::optional<F> match_phrase(std::string_view header) {
    for (const PhraseRule& rule : kPhrases)
        for (std::string_view phrase : rule.phrases)
            if (header == phrase) return rule.field;
    return std::nullopt;
}

std::optional<F> match_words(std::string_view header) {
    for (std::string_view never : kNeverWords)
        if (has_word(header, never)) return std::nullopt;
    for (const WordRule& rule : kWords) {
        bool all = true;
        for (std::string_view word : rule.words) all = all && has_word(header, word);
        if (all) return rule.field;
    }
    return std::nullopt;
}

std::size_t index(F field) { return static_cast<std::size_t>(field); }

// Gives each candidate its field, leftmost first, explicit fields before event-like overflow.
void assign(const std::vector<std::optional<F>>& candidates, ColumnMapping& mapping,
            std::array<bool, kFieldCount>& taken) {
    for (std::size_t col = 0; col < candidates.size(); ++col) {
        const auto& c = candidates[col];
        if (!c || *c == F::Event || taken[index(*c)]) continue;
        mapping.fields[col] = *c;
        taken[index(*c)] = true;
    }
    for (std::size_t col = 0; col < candidates.size(); ++col) {
        if (candidates[col] != F::Event) continue;
        for (F f : {F::Event, F::Details}) {
            if (taken[index(f)]) continue;
            mapping.fields[col] = f;
            taken[index(f)] = true;
            break;
        }
    }
}

}  // namespace

std::string_view field_id(ChronologyField field) { return kFieldIds[index(field)]; }

std::optional<ChronologyField> try_parse_field(std::string_view id) {
    for (std::size_t k = 0; k < kFieldCount; ++k)
        if (kFieldIds[k] == id) return static_cast<ChronologyField>(k);
    return std::nullopt;
}

std::optional<std::size_t> ColumnMapping::column_of(ChronologyField field) const {
    for (std::size_t col = 0; col < fields.size(); ++col)
        if (fields[col] == field) return col;
    return std::nullopt;
}

std::string normalise_header(std::string_view header) {
    if (header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);
    std::string out;
    out.reserve(header.size() + 8);
    bool pending_space = false;
    auto put_word = [&](std::string_view word) {
        if (!out.empty()) out += ' ';
        out += word;
        pending_space = true;
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (u >= 0x80 && !(c == '\xC2' && i + 1 < header.size() &&
                                                                                  header[i + 1] == '\xA0'))) {
            if (pending_space && !out.empty()) out += ' ';
            pending_space = false;
            out += c;
        } else if (c >= 'A' && c <= 'Z') {
            if (pending_space && !out.empty()) out += ' ';
            pending_space = false;
            out += char(c - 'A' + 'a');
        } else if (c == '+' || c == '&') {
            put_word("and");
        } else if (c == '#') {
            put_word("no");
        } else {
            if (c == '\xC2') ++i;  // no-break space
            pending_space = true;
        }
    }
    return out;
}

ColumnMapping recognise_columns(const std::vector<std::string>& headers) {
    ColumnMapping mapping;
    mapping.fields.resize(headers.size());
    std::array<bool, kFieldCount> taken{};

    std::vector<std::string> normal;
    normal.reserve(headers.size());
    for (const auto& h : headers) normal.push_back(normalise_header(h));

    std::vector<std::optional<F>> exact(headers.size());
    for (std::size_t col = 0; col < headers.size(); ++col) exact[col] = match_phrase(normal[col]);
    assign(exact, mapping, taken);

    std::vector<std::optional<F>> loose(headers.size());
    for (std::size_t col = 0; col < headers.size(); ++col)
        if (!exact[col]) loose[col] = match_words(normal[col]);
    assign(loose, mapping, taken);
    return mapping;
}

ColumnMapping apply_saved_mapping(const std::vector<std::string>& headers, ColumnMapping recognised,
                                  const std::vector<std::pair<std::string, std::string>>& saved) {
    ColumnMapping mapping = std::move(recognised);
    mapping.fields.resize(headers.size());
    std::vector<std::string> normal;
    normal.reserve(headers.size());
    for (const auto& h : headers) normal.push_back(normalise_header(h));
    std::vector<bool> pinned(headers.size(), false);  // set by a saved pair: later recognition loses to it

    for (const auto& [header, id] : saved) {
        const std::string key = normalise_header(header);
        if (id == "ignore") {
            for (std::size_t col = 0; col < normal.size(); ++col)
                if (normal[col] == key) {
                    mapping.fields[col].reset();
                    pinned[col] = true;
                }
            continue;
        }
        const auto field = try_parse_field(id);
        if (!field) continue;  // a field this version does not know: keep what recognition found
        // The first column with that header not already given a saved field.
        std::optional<std::size_t> target;
        for (std::size_t col = 0; col < normal.size() && !target; ++col)
            if (normal[col] == key && !(pinned[col] && mapping.fields[col])) target = col;
        if (!target) continue;
        // One column per field: whoever had it (recognised or saved earlier) gives it up.
        for (std::size_t col = 0; col < mapping.fields.size(); ++col)
            if (mapping.fields[col] == *field) mapping.fields[col].reset();
        mapping.fields[*target] = *field;
        pinned[*target] = true;
    }
    return mapping;
}

}  // namespace model
