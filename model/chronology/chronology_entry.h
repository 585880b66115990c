// SPDX-License-Identifier: MIT
#pragma once
#include "model/chronology/fuzzy_date.h"
#include "model/sources/source_table.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace model {

/// One event in the merged multi-agency chronology, with where it came from and the reviewer's notes.
struct ChronologyEntry {
    std::int64_t id = 0;
    std::string agency;
    FuzzyDate date;
    std::optional<int> time;  ///< minutes after midnight
    std::optional<Date> end_date;
    std::optional<int> end_time;
    std::string sequence;     ///< the agency's own numbering
    std::string practitioner;
    std::string event;
    std::string details;
    std::string outcome;
    std::string source;       ///< the agency's document reference
    SourceLocation origin;    ///< file, sheet or table, row
    std::vector<std::pair<std::string, std::string>> extra;  ///< unmapped columns: header, value

    // The lead reviewer's annotations.
    std::string significance;
    std::string analysis;       ///< "why did this happen?"
    std::string human_factors;
    std::string key_episode;    ///< the key practice episode it belongs to
    std::vector<std::int64_t> merged_from;  ///< entries confirmed as duplicates of this one
};

/// A row the import could not take, with where and why.
struct RejectedRow {
    SourceLocation where;
    std::string value;
    std::string reason;
};

struct ImportResult {
    std::int64_t import_id = 0;
    std::size_t imported = 0;
    std::vector<RejectedRow> rejected;
    std::vector<std::string> tables;  ///< "Sheet1", "table 2": the tables read
};

/// How far an import has got; return false to cancel it (nothing is then imported).
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

struct ImportOptions {
    std::string agency;      ///< the submitting agency; rows with their own Agency column keep theirs
    bool skip_bad = false;   ///< import the good rows and list the bad; otherwise all or nothing
    /// Header → field id overrides for this import; remembered for the agency when `remember`.
    std::vector<std::pair<std::string, std::string>> mapping;
    bool remember = true;
    /// Called now and then while rows are stored (on the calling thread); cancel by returning false.
    ImportProgress progress;
};

/// What the chronology list shows.
struct ChronologyFilter {
    std::optional<Date> from;
    std::optional<Date> to;
    std::vector<std::string> agencies;  ///< empty: all
    std::string significance;           ///< empty: any
    std::string key_episode;            ///< empty: any
    bool include_merged = false;        ///< entries merged into another are hidden by default

    /// Whether the filter leaves out any entry a review lists by default (dates, agencies, annotations).
    bool narrows() const { return from || to || !agencies.empty() || !significance.empty() || !key_episode.empty(); }
};

struct SearchHit {
    std::int64_t id = 0;
    FuzzyDate date;
    std::string agency;
    std::string snippet;  ///< with the matched words between [ and ]
    double score = 0;     ///< higher is better
};

struct DuplicatePair {
    std::int64_t a = 0;
    std::int64_t b = 0;
    double score = 0;  ///< 0..1
};

struct Gap {
    Date from;  ///< last entry before the silence
    Date to;    ///< first entry after it
    int days = 0;
};

struct GapReport {
    std::vector<Gap> silences;
    std::vector<std::string> missing_agencies;  ///< known to be involved, submitted nothing
};

/// The annotation values a review's entries use, for a filter's choices.
struct AnnotationValues {
    std::vector<std::string> significances;  ///< as written, sorted, without duplicates
    std::vector<std::string> episodes;
};

struct Annotation {
    std::optional<std::string> significance;
    std::optional<std::string> analysis;
    std::optional<std::string> human_factors;
    std::optional<std::string> key_episode;
};

}  // namespace model
