// SPDX-License-Identifier: MIT
#pragma once
#include "model/register/review.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace model {

/// One name form replaced by a pseudonym, counted per place (`where`: "chronology 12", "finding 3").
struct Replacement {
    std::string where;
    std::string found;      ///< the text as it appeared ("SMITH's")
    std::string pseudonym;  ///< what replaced it ("Mother's")
    int count;
};

/// Something the redactor could not be sure about. Any problem means the text must not be published.
struct RedactionProblem {
    std::string where;
    std::string excerpt;  ///< the surrounding text, so a person can find it
    std::string reason;   ///< "'May' is also a common word", "'Smyth' is close to the surname 'Smith'"
};

struct RedactionReport {
    std::vector<Replacement> replacements;
    std::vector<RedactionProblem> problems;
};

/// A person's decision on something the redactor refused (never on a name it is sure of): either the
/// text is safe as it is ("'May' is the month here"), or it is to be replaced by `replacement`
/// ("'Smith' here is Father"). Matched against the refused text case- and accent-insensitively, in
/// one place (`where`) or everywhere in the review (`where` empty).
struct RedactionDecision {
    std::string text;
    std::string reason;       ///< required: why, for the audit trail and the publication log
    std::string where;        ///< "chronology 12"; empty: everywhere
    std::string replacement;  ///< empty: keep the text as it is
};

/// Replaces every form of every person's name a reader would recognise with their pseudonym, and
/// refuses (records a problem for) anything it cannot be sure about. See docs/publication.md.
///
/// Build once per review (patterns are compiled in the constructor), then `apply` to each text. Not
/// thread-safe: the report accumulates.
class Redactor {
public:
    explicit Redactor(const std::vector<Person>& people);
    Redactor(const std::vector<Person>& people, const std::vector<RedactionDecision>& decisions);
    ~Redactor();
    Redactor(Redactor&&) noexcept;
    Redactor& operator=(Redactor&&) noexcept;

    /// @return `text` with every recognisable name form replaced by its pseudonym; records each
    /// replacement, and a problem for every uncertain word (which is left as it was).
    std::string apply(std::string_view text, const std::string& where);
    /// Scans final text (already redacted, or written by hand) for anything left; records problems
    /// without changing the text.
    void check(std::string_view text, const std::string& where);
    const RedactionReport& report() const;
    /// No problems recorded so far: the texts seen may be published.
    bool safe() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace model
