// SPDX-License-Identifier: MIT
// The chair's dashboard: how many clocks are overdue, due soon, paused and on track, then every
// running clock of every review, most urgent first, saying what, which review, when, how late and who.
#pragma once
#include "table_model.h"

#include "model/clocks/clock_state.h"
#include "model/core/date.h"
#include "model/learning/board_learning.h"

#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gui {

class SummaryTile;

class DashboardPanel : public wxPanel {
public:
    using OpenReview = std::function<void(const std::string& ref)>;

    DashboardPanel(wxWindow* parent, OpenReview open_review);

    /// `alerts` as the model returns them: every started clock, most urgent first.
    void ShowAlerts(const std::vector<model::ClockState>& alerts, model::Date as_of);
    /// The learning alerts (actions past due, effect never checked, recommendations without an
    /// action) as one line under the heading, with a link to the board assurance view.
    void ShowLearningAlerts(const std::vector<model::LearningAlert>& alerts);
    void SetOpenAssurance(std::function<void()> open) { m_open_assurance = std::move(open); }
    std::string SelectedRef() const { return m_table->SelectedKey(); }
    void FocusList() { m_table->SetFocus(); }

private:
    void ToggleFilter(model::ClockStatus status);
    wxWindow* MakeLearningLine();  // learning_alerts_line.cpp
    void Rebuild();

    OpenReview m_open;
    std::vector<SummaryTile*> m_tiles;
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_note = nullptr;
    wxWindow* m_learning = nullptr;  // the learning alerts line
    wxStaticText* m_learning_text = nullptr;
    std::function<void()> m_open_assurance;
    TableView* m_table = nullptr;
    std::vector<model::ClockState> m_alerts;  // running clocks only
    model::Date m_as_of;
    std::optional<model::ClockStatus> m_only;
};

}  // namespace gui
