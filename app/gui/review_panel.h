// SPDX-License-Identifier: MIT
// One review on a page: who and what it is, a hold banner when a hold covers the as-of date, the
// stage timeline, then its clocks, holds, people, appointments and terms of reference. The page
// scrolls when the window is too short for all of it.
#pragma once
#include "model/core/date.h"

#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include <string>

namespace model {
class Board;
struct Review;
struct Pathway;
}  // namespace model

namespace gui {

class ReviewDetails;
class StageTimeline;
class WrappedText;

class ReviewPanel : public wxPanel {
public:
    explicit ReviewPanel(wxWindow* parent);

    /// Shows `ref` as of a date; an empty ref shows a hint instead.
    /// @throws model::Error (NotFound) for an unknown ref.
    void ShowReview(const model::Board& board, const std::string& ref, model::Date as_of);
    const std::string& Ref() const { return m_ref; }

private:
    void ShowHeader(const model::Review& review, const model::Pathway* pathway, model::Date as_of);
    void ShowTimeline(const model::Review& review, const model::Pathway& pathway, model::Date as_of);
    wxStaticText* AddFact(wxSizer* grid, const wxString& label);
    wxPanel* MakeBanner();
    void Relayout();
    /// Re-wraps the title and puts fewer facts on a line when the page is narrow (or the font large).
    void FitToWidth();

    std::string m_ref;
    wxStaticText* m_empty = nullptr;
    wxScrolledWindow* m_content = nullptr;
    WrappedText* m_title = nullptr;
    wxFlexGridSizer* m_facts = nullptr;
    wxStaticText* m_pathway = nullptr;
    wxStaticText* m_child = nullptr;
    wxStaticText* m_region = nullptr;
    wxStaticText* m_aware = nullptr;
    wxStaticText* m_stage = nullptr;
    wxStaticText* m_publication = nullptr;
    wxPanel* m_banner = nullptr;
    wxStaticText* m_banner_title = nullptr;
    WrappedText* m_banner_text = nullptr;
    StageTimeline* m_timeline = nullptr;
    ReviewDetails* m_details = nullptr;
};

}  // namespace gui
