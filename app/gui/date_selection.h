// SPDX-License-Identifier: MIT
// GTK leaves a date picker's text selected after the focus has moved on, so the field looks focused
// beside the one that really is.
#pragma once

class wxWindow;

namespace gui {

/// Clears the text selection of every text field inside `picker`.
void ClearDateSelection(wxWindow* picker);

}  // namespace gui
