// SPDX-License-Identifier: MIT
// Gaps in the chronology: silences longer than a chosen number of days (no agency recorded anything)
// and agencies known to be involved that have submitted nothing. A silence can be shown on the
// timeline.
#pragma once
#include "model/chronology/chronology_entry.h"

#include <wx/dialog.h>

#include <functional>
#include <string>

class wxListCtrl;
class wxSpinCtrl;
class wxStaticText;

namespace model {
class Board;
}

namespace gui {

class GapsDialog : public wxDialog {
public:
    /// Reads the gaps. @throws model::Error.
    GapsDialog(wxWindow* parent, const model::Board& board, const std::string& ref, int min_days,
               std::function<void(model::Date, model::Date)> show_on_timeline);

private:
    void Load();
    void ShowSelected();

    const model::Board& m_board;
    std::string m_ref;
    model::GapReport m_report;
    std::function<void(model::Date, model::Date)> m_show;
    wxSpinCtrl* m_days = nullptr;
    wxListCtrl* m_list = nullptr;
    wxStaticText* m_summary = nullptr;
    wxStaticText* m_missing = nullptr;
};

}  // namespace gui
