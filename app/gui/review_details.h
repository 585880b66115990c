// SPDX-License-Identifier: MIT
// The lower half of the review page: one tab each for clocks (with the clocks not started yet),
// holds, the people register, appointments and the current terms of reference.
#pragma once
#include "table_model.h"

#include "model/clocks/clock_state.h"
#include "model/core/date.h"
#include "model/register/review.h"

#include <wx/notebook.h>
#include <wx/stattext.h>

#include <set>

class wxHtmlWindow;

namespace gui {
class WrappedText;
}

namespace gui {

class ReviewDetails : public wxNotebook {
public:
    explicit ReviewDetails(wxWindow* parent);

    void ShowReview(const model::Review& review, const model::ClockReport& clocks, model::Date as_of);

private:
    /// A page holding one table; `styled`/`bold` as for TableModel, `note` a line of text below it.
    wxWindow* AddTablePage(TableView*& table, std::set<unsigned> styled, std::set<unsigned> bold,
                           WrappedText** note = nullptr);
    void ShowClocks(const model::ClockReport& report);
    void ShowHolds(const model::Review& review, model::Date as_of);
    void ShowPeople(const model::Review& review);
    void ShowAppointments(const model::Review& review);
    void ShowTerms(const model::Review& review);

    TableView* m_clocks = nullptr;
    WrappedText* m_pending = nullptr;
    TableView* m_holds = nullptr;
    TableView* m_people = nullptr;
    TableView* m_appointments = nullptr;
    wxHtmlWindow* m_terms = nullptr;
};

}  // namespace gui
