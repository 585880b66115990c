// SPDX-License-Identifier: MIT
// A big, readable count on the chair's dashboard ("Overdue 3"), in its status colours. Clicking it
// (or pressing Space/Enter on it) toggles a filter.
#pragma once
#include "model/clocks/clock_state.h"

#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>

namespace gui {

class SummaryTile : public wxPanel {
public:
    SummaryTile(wxWindow* parent, model::ClockStatus status, std::function<void(model::ClockStatus)> on_click);

    void SetCount(int count);
    /// Draws the tile as the active filter.
    void SetSelected(bool selected);
    bool AcceptsFocus() const override { return true; }

private:
    void Click();

    model::ClockStatus m_status;
    std::function<void(model::ClockStatus)> m_on_click;
    wxStaticText* m_number = nullptr;
    wxStaticText* m_label = nullptr;
    bool m_selected = false;
};

}  // namespace gui
