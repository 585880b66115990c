// SPDX-License-Identifier: MIT
#include "chronology_format.h"

#include "format.h"

#include <wx/filename.h>
#include <wx/intl.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace gui {
namespace {

std::string LowerCase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// Ten hues chosen to stay apart from each other and readable: pale lane, mid mark, dark text.
const AgencyColours kPalette[] = {
    {wxColour(0xE3, 0xEC, 0xF8), wxColour(0x2F, 0x6D, 0xB5), wxColour(0x1B, 0x3F, 0x6B)},  // blue
    {wxColour(0xFC, 0xE9, 0xD9), wxColour(0xD3, 0x6B, 0x12), wxColour(0x7A, 0x3A, 0x05)},  // orange
    {wxColour(0xE1, 0xF2, 0xE3), wxColour(0x2E, 0x8B, 0x47), wxColour(0x17, 0x54, 0x29)},  // green
    {wxColour(0xF9, 0xE1, 0xE1), wxColour(0xC2, 0x3B, 0x3B), wxColour(0x7A, 0x1C, 0x1C)},  // red
    {wxColour(0xEE, 0xE6, 0xF6), wxColour(0x7D, 0x4D, 0xB3), wxColour(0x4A, 0x27, 0x73)},  // purple
    {wxColour(0xF1, 0xE8, 0xDF), wxColour(0x8C, 0x5E, 0x3C), wxColour(0x55, 0x36, 0x1F)},  // brown
    {wxColour(0xFA, 0xE3, 0xEF), wxColour(0xC2, 0x4A, 0x8B), wxColour(0x74, 0x22, 0x50)},  // pink
    {wxColour(0xDE, 0xF2, 0xF1), wxColour(0x1F, 0x8A, 0x86), wxColour(0x0F, 0x50, 0x4E)},  // teal
    {wxColour(0xF0, 0xF0, 0xD8), wxColour(0x8A, 0x8A, 0x1E), wxColour(0x4F, 0x4F, 0x0C)},  // olive
    {wxColour(0xE8, 0xEA, 0xED), wxColour(0x5F, 0x6B, 0x7A), wxColour(0x33, 0x3B, 0x45)},  // slate
};
constexpr int kSlots = sizeof(kPalette) / sizeof(kPalette[0]);

int Preferred(const std::string& lower) {
    unsigned hash = 2166136261u;  // FNV-1a: the same slot on every run and machine
    for (unsigned char c : lower) hash = (hash ^ c) * 16777619u;
    return static_cast<int>(hash % kSlots);
}

}  // namespace

wxString FieldLabel(model::ChronologyField field) {
    using F = model::ChronologyField;
    switch (field) {
        case F::Sequence: return _("Sequence number");
        case F::Date: return _("Date");
        case F::Time: return _("Time");
        case F::DateTime: return _("Date and time");
        case F::EndDate: return _("End date");
        case F::EndTime: return _("End time");
        case F::Agency: return _("Agency");
        case F::Practitioner: return _("Practitioner");
        case F::Event: return _("Event");
        case F::Details: return _("Details");
        case F::Outcome: return _("Outcome");
        case F::Source: return _("Source document");
        case F::Significance: return _("Significance");
    }
    return wxString();
}

const std::vector<model::ChronologyField>& AllFields() {
    using F = model::ChronologyField;
    static const std::vector<F> fields = {F::Date,    F::Time,         F::DateTime, F::EndDate, F::EndTime,
                                          F::Agency,  F::Practitioner, F::Event,    F::Details, F::Outcome,
                                          F::Source,  F::Significance, F::Sequence};
    return fields;
}

const std::vector<std::string>& SignificanceLevels() {
    static const std::vector<std::string> levels = {"", "low", "medium", "high", "key"};
    return levels;
}

wxString SignificanceLabel(const std::string& value) {
    if (value.empty()) return _("(none)");
    if (value == "low") return _("Low");
    if (value == "medium") return _("Medium");
    if (value == "high") return _("High");
    if (value == "key") return _("Key");
    return U8(value);
}

wxString EntryDate(const model::FuzzyDate& date) { return U8(date.long_form()); }

wxString EntryTime(const model::ChronologyEntry& entry) {
    return entry.time ? U8(model::format_time(*entry.time)) : wxString();
}

wxString FirstLine(const std::string& text) {
    const auto end = text.find_first_of("\r\n");
    return U8(end == std::string::npos ? text : text.substr(0, end));
}

wxString SourceFile(const model::SourceLocation& where) { return wxFileName(U8(where.file)).GetFullName(); }

wxString SourceText(const model::SourceLocation& where) {
    if (where.file.empty()) return kNone;
    if (where.sheet.empty()) return wxString::Format(_("%s row %zu"), SourceFile(where), where.row);
    return wxString::Format(_("%s, %s, row %zu"), SourceFile(where), U8(where.sheet), where.row);
}

wxString ShortSource(const model::SourceLocation& where) {
    if (where.file.empty()) return wxString();
    if (where.sheet.empty()) return wxString::Format("%s:%zu", SourceFile(where), where.row);
    return wxString::Format("%s [%s] %zu", SourceFile(where), U8(where.sheet), where.row);
}

wxString EscapeMarkup(const wxString& text) {
    wxString out;
    out.reserve(text.length());
    for (const wxUniChar c : text) {
        switch (c.GetValue()) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\n': case '\r': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

wxString SnippetMarkup(const std::string& snippet) {
    // The model marks each match as [word]; anything else in brackets stays as written. A narrow
    // column shows the start of the text, so begin a few words before the first match.
    wxString text = U8(snippet);
    const size_t first = text.find('[');
    if (first != wxString::npos && first > 16) {
        size_t start = first;
        for (int words = 0; start > 0 && words < 2; --start)
            if (text[start - 1] == ' ' && start < first) ++words;
        if (start > 0) text = L"\u2026" + text.Mid(start).Strip(wxString::leading);
    }
    wxString out;
    size_t i = 0;
    while (i < text.length()) {
        const size_t open = text.find('[', i);
        const size_t close = open == wxString::npos ? wxString::npos : text.find(']', open + 1);
        if (close == wxString::npos) {
            out += EscapeMarkup(text.Mid(i));
            break;
        }
        out += EscapeMarkup(text.Mid(i, open - i));
        out += "<span background=\"#FFE27A\" foreground=\"#000000\"><b>" +
               EscapeMarkup(text.Mid(open + 1, close - open - 1)) + "</b></span>";
        i = close + 1;
    }
    return out;
}

wxString Count(std::size_t n) {
    wxString digits = wxString::Format("%zu", n);
    for (int at = static_cast<int>(digits.length()) - 3; at > 0; at -= 3) digits.insert(at, ",");
    return digits;
}

void AgencyPalette::Assign(std::vector<std::string> agencies) {
    for (auto& a : agencies) a = LowerCase(a);
    std::sort(agencies.begin(), agencies.end());
    agencies.erase(std::unique(agencies.begin(), agencies.end()), agencies.end());
    m_index.clear();
    std::set<int> used;
    for (const auto& a : agencies) {
        int slot = Preferred(a);
        for (int tries = 0; used.count(slot) && tries < kSlots; ++tries) slot = (slot + 1) % kSlots;
        used.insert(slot);
        if (static_cast<int>(used.size()) == kSlots) used.clear();  // more agencies than colours: reuse
        m_index[a] = slot;
    }
}

const AgencyColours& AgencyPalette::For(const std::string& agency) const {
    const auto it = m_index.find(LowerCase(agency));
    return kPalette[it == m_index.end() ? Preferred(LowerCase(agency)) : it->second];
}

}  // namespace gui
