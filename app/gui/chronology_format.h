// SPDX-License-Identifier: MIT
// The words and colours the chronology workbench puts on model data: field names for the import
// mapping, significance levels, entry dates and sources, and one stable colour per agency. Kept
// apart from format.h so the register's wording and the chronology's can change independently.
#pragma once
#include "model/chronology/chronology_entry.h"
#include "model/chronology/column_mapping.h"

#include <wx/colour.h>
#include <wx/string.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace gui {

/// "Date", "Date and time", "Source document", … for the import mapping choices.
wxString FieldLabel(model::ChronologyField field);
/// Every field, in the order the mapping choice offers them.
const std::vector<model::ChronologyField>& AllFields();

/// The significance levels offered for annotation: "", "low", "medium", "high", "key".
const std::vector<std::string>& SignificanceLevels();
/// "Key", "High", …; any other (imported) text as it is; "(none)" for empty.
wxString SignificanceLabel(const std::string& value);

/// "2016-05-22", "~2016-05" (the model's display form).
wxString EntryDate(const model::FuzzyDate& date);
/// "14:30", or empty.
wxString EntryTime(const model::ChronologyEntry& entry);
/// The first line of the event text.
wxString FirstLine(const std::string& text);
/// The file's name without its folder.
wxString SourceFile(const model::SourceLocation& where);
/// "police.csv row 14", "police.xlsx, Sheet1, row 14".
wxString SourceText(const model::SourceLocation& where);
/// "police.csv:14", "police.xlsx [Sheet1] 14": for a narrow column.
wxString ShortSource(const model::SourceLocation& where);
/// A snippet with its matches between [ and ], as Pango markup with the matches highlighted.
wxString SnippetMarkup(const std::string& snippet);
/// Text escaped for Pango markup.
wxString EscapeMarkup(const wxString& text);
/// "12,408": thousands separated, as people read counts.
wxString Count(std::size_t n);

/// A pale background, a mid tone for marks and swatches, and a dark text colour of one hue.
struct AgencyColours {
    wxColour pale;
    wxColour mark;
    wxColour text;
};

/// One colour per agency, stable across runs: an agency keeps its colour whatever else is loaded
/// (chosen from its name; a clash moves the later name, alphabetically, to the next free colour).
class AgencyPalette {
public:
    void Assign(std::vector<std::string> agencies);
    const AgencyColours& For(const std::string& agency) const;

private:
    std::unordered_map<std::string, int> m_index;  // lower-cased name -> palette slot
};

}  // namespace gui
