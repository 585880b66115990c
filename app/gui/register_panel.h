// SPDX-License-Identifier: MIT
// The review register: every review with its pathway, current stage and most pressing clock.
#pragma once
#include "table_model.h"

#include "model/clocks/clock_state.h"
#include "model/pathway/pathway_library.h"
#include "model/register/review.h"

#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>
#include <string>
#include <vector>

namespace gui {

class RegisterPanel : public wxPanel {
public:
    using OpenReview = std::function<void(const std::string& ref)>;

    RegisterPanel(wxWindow* parent, OpenReview open_review);

    /// Rebuilds the rows from the register and the clocks as of the view's date.
    void ShowReviews(const model::PathwayLibrary& pathways, const std::vector<model::ReviewSummary>& reviews,
                     const std::vector<model::ClockState>& alerts);
    /// Shows only the reviews whose ref, title, child, pathway or stage contains `text`.
    void SetFilter(const wxString& text);
    /// The ref of the selected review, or empty.
    std::string SelectedRef() const { return m_table->SelectedKey(); }
    void FocusList() { m_table->SetFocus(); }

private:
    void ApplyFilter();

    OpenReview m_open;
    TableView* m_table = nullptr;
    wxStaticText* m_count = nullptr;
    std::vector<TableRow> m_all;
    std::vector<wxString> m_search_text;  // lower-cased haystack per row of m_all
    wxString m_filter;
};

}  // namespace gui
