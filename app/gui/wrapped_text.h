// SPDX-License-Identifier: MIT
// A static text that keeps its words and re-wraps them to a width, so messages (a hold banner,
// the clocks not started yet) fill the space they get instead of running off or staying narrow.
#pragma once
#include <wx/stattext.h>

namespace gui {

class WrappedText : public wxStaticText {
public:
    WrappedText(wxWindow* parent, const wxString& text = wxString());

    void SetText(const wxString& text);
    const wxString& Text() const { return m_text; }
    /// Re-wraps to `width` pixels; does nothing when the width has not changed.
    void WrapTo(int width);

private:
    wxString m_text;
    int m_width = -1;
};

}  // namespace gui
