// SPDX-License-Identifier: MIT
// Saves what a window shows on screen as a PNG (for documentation and the GUI smoke tests).
#pragma once
#include <wx/string.h>

class wxWindow;

namespace gui {

/// Copies the window's screen rectangle into a PNG at `path`. Works on X11 (and Xvfb), where the
/// screen can be read back. Needs a PNG image handler (wxInitAllImageHandlers()).
/// @return an empty string, or what went wrong.
wxString SaveScreenshot(wxWindow* window, const wxString& path);

}  // namespace gui
