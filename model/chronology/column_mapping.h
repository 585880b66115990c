// SPDX-License-Identifier: MIT
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model {

/// What a column of an agency's submission holds, in the merged chronology's terms.
enum class ChronologyField {
    Sequence,      ///< "Sequence", "Serial number", "No."
    Date,          ///< "Date", "Start Date", "Date of event", "Date or Period of Event"
    Time,          ///< "Time", "Start Time"
    DateTime,      ///< "Date + Time of Event": one cell with both
    EndDate,       ///< "End Date"
    EndTime,       ///< "End Time"
    Agency,        ///< "Agency", "Organisation", "Service"
    Practitioner,  ///< "Practitioner", "Staff member", "Author", "Professional"
    Event,         ///< "Event", "Significant Event", "Event detail", "Details of contact", "Description"
    Details,       ///< a second text column: "Additional information", "Description" when "Event" exists
    Outcome,       ///< "Outcome", "Action taken", "Outcome / action"
    Source,        ///< "Source", "Source of Information", "Document reference"
    Significance,  ///< "Significance", "Impact", "Notable Practice", "Comment/analysis"
};

/// "sequence", "date", "time", "date-time", "end-date", "end-time", "agency", "practitioner", "event",
/// "details", "outcome", "source", "significance".
std::string_view field_id(ChronologyField field);
std::optional<ChronologyField> try_parse_field(std::string_view id);

/// For each column of a table, the field it maps to, or none (kept as an extra column with its
/// header as the name, never dropped).
struct ColumnMapping {
    std::vector<std::optional<ChronologyField>> fields;  ///< one per column

    std::optional<std::size_t> column_of(ChronologyField field) const;
    bool has(ChronologyField field) const { return column_of(field).has_value(); }
};

/// The form headers are compared in: ASCII lower case, "+" and "&" as "and", "#" as "no", every other
/// punctuation mark as a space, runs of spaces as one, no leading or trailing space, no UTF-8 BOM.
/// "Date + Time of Event" → "date and time of event"; " Date/Time " → "date time"; "No." → "no".
std::string normalise_header(std::string_view header);

/// Recognises the headers real templates use, without help: Chronolator ("Sequence", "Start Date",
/// "Start Time", "End Date", "End Time", "Source of Information", then free columns), the family-court
/// social work chronology ("Serial number", "Date", "Event detail", "Document reference"), the NHS
/// tabular timeline ("Date + Time of Event", "Event", "Additional information", "Notable Practice"…),
/// Tayside ("Date or Period of Event", "Significant Event", "Source", "Impact") and plain ones ("Date",
/// "Time", "Agency", "Practitioner", "Event", "Details of contact", "Description", "Outcome", "Source").
/// Matching ignores case, punctuation and spacing. Each field is given to one column at most: when two
/// columns could be the event, the first is Event and the next Details.
ColumnMapping recognise_columns(const std::vector<std::string>& headers);

/// Applies a user's saved mapping (header text → field id, as remembered per agency) on top of
/// recognition: a saved header wins; "ignore" leaves the column unmapped.
ColumnMapping apply_saved_mapping(const std::vector<std::string>& headers, ColumnMapping recognised,
                                  const std::vector<std::pair<std::string, std::string>>& saved);

}  // namespace model
