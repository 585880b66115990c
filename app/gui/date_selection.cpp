// SPDX-License-Identifier: MIT
#include "date_selection.h"

#include <wx/textctrl.h>
#include <wx/window.h>

#include <functional>

namespace gui {
namespace {

void ForEachText(wxWindow* window, const std::function<void(wxTextCtrl*)>& each) {
    if (auto* text = dynamic_cast<wxTextCtrl*>(window)) each(text);
    for (wxWindow* child : window->GetChildren()) ForEachText(child, each);
}

}  // namespace

void ClearDateSelection(wxWindow* picker) {
    ForEachText(picker, [](wxTextCtrl* text) { text->SelectNone(); });
}

}  // namespace gui
