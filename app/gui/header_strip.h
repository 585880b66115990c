// SPDX-License-Identifier: MIT
// The strip above the views: the "as of" date every clock is computed for, and the register search.
#pragma once
#include "model/core/date.h"

#include <wx/panel.h>

#include <functional>

class wxDatePickerCtrl;
class wxSearchCtrl;
class wxStaticText;

namespace gui {

class HeaderStrip : public wxPanel {
public:
    HeaderStrip(wxWindow* parent, std::function<void(model::Date)> on_as_of,
                std::function<void(const wxString&)> on_search);

    void SetAsOf(model::Date date);
    void FocusSearch();
    /// Puts `text` in the review search box, which filters the register as typing would.
    void SetSearchText(const wxString& text);

private:
    void AsOfChanged(model::Date date);

    std::function<void(model::Date)> m_on_as_of;
    std::function<void(const wxString&)> m_on_search;
    wxDatePickerCtrl* m_as_of = nullptr;
    wxStaticText* m_hint = nullptr;
    wxSearchCtrl* m_search = nullptr;
};

}  // namespace gui
