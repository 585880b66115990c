// SPDX-License-Identifier: MIT
#include "date_selection.h"

#include <wx/textctrl.h>
#include <wx/window.h>

namespace gui {

void ClearDateSelection(wxWindow* picker) {
    if (auto* text = dynamic_cast<wxTextCtrl*>(picker)) text->SelectNone();
    for (wxWindow* child : picker->GetChildren()) ClearDateSelection(child);
}

}  // namespace gui
