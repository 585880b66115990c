// SPDX-License-Identifier: MIT
#include "screenshot.h"

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/utils.h>
#include <wx/window.h>

namespace gui {

wxString SaveScreenshot(wxWindow* window, const wxString& path) {
    window->Update();
    wxYield();  // let pending paints land before reading the screen back
    const wxRect rect = window->GetScreenRect();
    if (rect.IsEmpty()) return "the window has no size";
    wxBitmap bitmap(rect.width, rect.height, 24);
    {
        wxScreenDC screen;
        wxMemoryDC memory(bitmap);
        if (!memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y))
            return "cannot read the screen";
    }
    if (!bitmap.SaveFile(path, wxBITMAP_TYPE_PNG)) return "cannot write " + path;
    return wxString();
}

}  // namespace gui
