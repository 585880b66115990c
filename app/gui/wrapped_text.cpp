// SPDX-License-Identifier: MIT
#include "wrapped_text.h"

#include <algorithm>

namespace gui {

WrappedText::WrappedText(wxWindow* parent, const wxString& text) : wxStaticText(parent, wxID_ANY, text), m_text(text) {}

void WrappedText::SetText(const wxString& text) {
    m_text = text;
    const int width = m_width;
    m_width = -1;
    SetLabel(text);
    if (width > 0) WrapTo(width);
}

void WrappedText::WrapTo(int width) {
    width = std::max(width, GetCharWidth() * 20);
    if (width == m_width) return;
    m_width = width;
    SetLabel(m_text);
    Wrap(width);
}

}  // namespace gui
