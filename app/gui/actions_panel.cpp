// SPDX-License-Identifier: MIT
#include "actions_panel.h"

#include "chronology_format.h"
#include "format.h"
#include "learning_format.h"
#include "wrapped_text.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filename.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace gui {
namespace {

// Rows wrapped and shown at most: a board with tens of thousands of actions stays responsive, and
// the most urgent come first anyway; the heading says how many more the filters would reveal.
constexpr size_t kMaxRows = 2000;

wxString DueText(const model::ActionRow& row, model::Date as_of) {
    if (row.rag == model::Rag::Red) return wxString::Format(wxPLURAL("%d day late", "%d days late", row.days_late), row.days_late);
    if (row.status == model::ActionStatus::Implemented && row.status_date.valid()) {
        const int days = row.status_date.days_until(as_of);
        return wxString::Format(wxPLURAL("effect not reviewed\nafter %d day", "effect not reviewed\nafter %d days", days), days);
    }
    if (row.status >= model::ActionStatus::Implemented) return kNone;
    const int left = as_of.days_until(row.due);
    if (left == 0) return _("due today");
    return wxString::Format(wxPLURAL("%d day left", "%d days left", left), left);
}

TableRow ActionTableRow(const model::ActionRow& action, model::Date as_of) {
    const RagColours colours = ColoursFor(action.rag);
    TableRow row;
    row.key = std::to_string(action.id);
    row.cells = {L"\u25CF " + RagLabel(action.rag),
                 U8(action.agency),
                 U8(action.text),
                 U8(action.review) + " " + RecNumber(action.recommendation_number),
                 U8(action.owner),
                 LongDate(action.due),
                 ActionStatusLabel(action.status) + "\n" + LongDate(action.status_date),
                 DueText(action, as_of)};
    row.background = colours.background;
    row.text = colours.text;
    return row;
}

}  // namespace

ActionsPanel::ActionsPanel(wxWindow* parent, Callbacks callbacks) : wxPanel(parent), m_callbacks(std::move(callbacks)) {
    const int pad = FromDIP(12);
    m_review = new wxChoice(this, wxID_ANY);
    m_agency = new wxChoice(this, wxID_ANY);
    m_status = new wxChoice(this, wxID_ANY);
    m_rag = new wxChoice(this, wxID_ANY);
    std::vector<wxString> statuses, rags;
    for (model::ActionStatus s : AllActionStatuses()) statuses.push_back(ActionStatusLabel(s));
    for (model::Rag r : AllRags()) rags.push_back(RagLabel(r));
    FillChoice(m_status, _("Any status"), statuses);
    FillChoice(m_rag, _("Any RAG"), rags);
    FillChoice(m_review, _("All reviews"), {});
    FillChoice(m_agency, _("All agencies"), {});
    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    auto add_filter = [&](const wxString& label, wxChoice* choice) {
        filters->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(4)));
        filters->Add(choice, wxSizerFlags().CentreVertical().Border(wxRIGHT, pad));
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Rebuild(); });
    };
    add_filter(_("&Review:"), m_review);
    add_filter(_("A&gency:"), m_agency);
    add_filter(_("&Status:"), m_status);
    add_filter(_("RA&G:"), m_rag);

    m_heading = new wxStaticText(this, wxID_ANY, wxString());
    m_heading->SetFont(GetFont().Scaled(1.2f).Bold());
    auto* counts = new wxBoxSizer(wxHORIZONTAL);
    for (size_t i = 0; i < 4; ++i) {
        const RagColours colours = ColoursFor(AllRags()[i]);
        m_counts[i] = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBORDER_NONE);
        m_counts[i]->SetBackgroundColour(colours.background);
        m_counts[i]->SetForegroundColour(colours.text);
        m_counts[i]->SetFont(GetFont().Scaled(1.1f).Bold());
        counts->Add(m_counts[i], wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    }
    m_capped = new wxStaticText(this, wxID_ANY, wxString());
    counts->Add(m_capped, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(8)));

    wxObjectDataPtr<TableModel> model(new TableModel({0}, {0}));
    m_table = new TableView(this, model);
    m_table->AddColumn(_("RAG"));
    m_table->AddColumn(_("Agency"), 2, 12);
    m_table->AddColumn(_("Action"), 4, 20);
    m_table->AddColumn(_("Recommendation"));
    m_table->AddColumn(_("Owner"), 2, 10);
    m_table->AddColumn(_("Due"));
    m_table->AddColumn(_("Status (as of)"));
    m_table->AddColumn(_("Late / left"));
    m_table->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { ShowDetail(); });
    m_table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { if (m_callbacks.move_on) m_callbacks.move_on(); });

    m_detail = new WrappedText(this);
    auto* add = new wxButton(this, wxID_ANY, _("&Add action..."));
    m_move = new wxButton(this, wxID_ANY, _("&Move on..."));
    m_evidence_button = new wxButton(this, wxID_ANY, _("Record &evidence of impact..."));
    m_save_file = new wxButton(this, wxID_ANY, _("Save attached &file..."));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.add_action) m_callbacks.add_action(); });
    m_move->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.move_on) m_callbacks.move_on(); });
    m_evidence_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.add_evidence) m_callbacks.add_evidence(); });
    m_save_file->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.save_evidence_file) m_callbacks.save_evidence_file(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    for (wxButton* b : {add, m_move, m_evidence_button, m_save_file}) buttons->Add(b, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filters, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(counts, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)).Border(wxLEFT, pad));
    sizer->Add(m_table, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(m_detail, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(buttons, wxSizerFlags().Border(wxALL, pad));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            const int before = m_detail->GetBestSize().y;
            m_detail->WrapTo(GetClientSize().x - FromDIP(24));
            if (m_detail->GetBestSize().y != before) Layout();
        });
    });
}

void ActionsPanel::FillChoice(wxChoice* choice, const wxString& all, const std::vector<wxString>& items) {
    const wxString selected = choice->GetStringSelection();
    choice->Clear();
    choice->Append(all);
    for (const wxString& item : items) choice->Append(item);
    if (selected.empty() || !choice->SetStringSelection(selected)) choice->SetSelection(0);
}

void ActionsPanel::SetReviewFilter(const std::string& ref) {
    m_pending_review = ref.empty() ? std::string("*") : ref;
}

std::string ActionsPanel::ReviewFilter() const {
    const int i = m_review->GetSelection();
    return i > 0 && static_cast<size_t>(i - 1) < m_reviews.size() ? m_reviews[static_cast<size_t>(i - 1)] : std::string();
}

void ActionsPanel::ShowActions(const model::Board& board, model::Date as_of) {
    m_board = &board;
    m_as_of = as_of;
    m_reviews.clear();
    std::vector<wxString> reviews;
    for (const model::ReviewSummary& review : board.list_reviews()) {
        m_reviews.push_back(review.ref);
        reviews.push_back(U8(review.ref));
    }
    FillChoice(m_review, _("All reviews"), reviews);
    if (!m_pending_review.empty()) {
        if (m_pending_review == "*" || !m_review->SetStringSelection(U8(m_pending_review))) m_review->SetSelection(0);
        m_pending_review.clear();
    }
    m_agencies = board.learning().action_agencies();
    std::vector<wxString> agencies;
    for (const std::string& agency : m_agencies) agencies.push_back(U8(agency));
    FillChoice(m_agency, _("All agencies"), agencies);
    Rebuild();
}

model::ActionFilter ActionsPanel::Filter() const {
    model::ActionFilter filter;
    filter.review = ReviewFilter();
    const int agency = m_agency->GetSelection();
    if (agency > 0 && static_cast<size_t>(agency - 1) < m_agencies.size())
        filter.agency = m_agencies[static_cast<size_t>(agency - 1)];
    if (m_status->GetSelection() > 0) filter.status = AllActionStatuses()[static_cast<size_t>(m_status->GetSelection() - 1)];
    if (m_rag->GetSelection() > 0) filter.rag = AllRags()[static_cast<size_t>(m_rag->GetSelection() - 1)];
    return filter;
}

void ActionsPanel::Rebuild() {
    if (!m_board) return;
    m_rows = m_board->learning().actions(m_as_of, Filter());  // most urgent first: red by days late, amber, green, grey
    int counts[4] = {0, 0, 0, 0};
    std::vector<TableRow> rows;
    rows.reserve(m_rows.size());
    for (const model::ActionRow& action : m_rows) {
        ++counts[static_cast<int>(action.rag)];
        if (rows.size() < kMaxRows) rows.push_back(ActionTableRow(action, m_as_of));
    }
    const int total = static_cast<int>(m_rows.size());
    m_heading->SetLabel(wxString::Format(_("As of %s: "), WeekdayDate(m_as_of)) +
                        wxString::Format(wxPLURAL("%s action", "%s actions", total), Count(m_rows.size())) +
                        (counts[0] > 0 ? wxString::Format(_(", %s past due"), Count(static_cast<size_t>(counts[0])))
                                       : wxString()));
    for (size_t i = 0; i < 4; ++i)
        m_counts[i]->SetLabel(" " + RagLabel(AllRags()[i]) + " " + Count(static_cast<size_t>(counts[i])) + " ");
    m_capped->SetLabel(m_rows.size() > kMaxRows
                           ? wxString::Format(_("The %s most urgent are listed: filter by review or agency to see the rest."),
                                              Count(kMaxRows))
                           : wxString());
    m_table->SetRows(std::move(rows));
    ShowDetail();
    Layout();
}

std::int64_t ActionsPanel::SelectedAction() const {
    const std::string key = m_table->SelectedKey();
    return key.empty() ? 0 : std::stoll(key);
}

void ActionsPanel::ShowDetail() {
    m_evidence.clear();
    const std::int64_t id = SelectedAction();
    m_move->Enable(id != 0);
    m_evidence_button->Enable(id != 0);
    wxString text;
    if (id == 0 || !m_board) {
        text = m_rows.empty() ? _("No action matches. Add actions against a review's recommendations with Add action.")
                              : _("Select an action to see its lifecycle and evidence of impact. Double-click "
                                  "moves it on to its next step.");
    } else {
        try {
            const model::Action action = m_board->learning().action(id);
            m_evidence = action.evidence;
            text = wxString::Format(_("Action %lld (%s %s, %s): "), static_cast<long long>(action.id), U8(action.review),
                                    RecNumber(action.recommendation_number), U8(action.agency));
            bool first = true;
            for (const model::StatusChange& change : action.history) {
                text += (first ? wxString() : wxString(L" \u2192 ")) + ActionStatusLabel(change.status) + " " +
                        LongDate(change.date);
                if (!change.evidence.empty()) text += " (" + U8(change.evidence) + ")";
                first = false;
            }
            if (action.evidence.empty()) {
                text += "\n" + _("No evidence of impact recorded.");
            } else {
                for (const model::ImpactEvidence& evidence : action.evidence) {
                    text += "\n" + EvidenceKindLabel(evidence.kind) + ", " + LongDate(evidence.date) + ": " +
                            U8(evidence.text);
                    if (!evidence.file_name.empty())
                        text += wxString::Format(_(" [file %s, %s]"), U8(evidence.file_name),
                                                 wxFileName::GetHumanReadableSize(wxULongLong(static_cast<unsigned long long>(evidence.file_size))));
                }
            }
        } catch (const std::exception& e) {
            text = U8(e.what());
        }
    }
    bool has_file = false;
    for (const auto& evidence : m_evidence) has_file = has_file || !evidence.file_name.empty();
    m_save_file->Enable(has_file);
    m_detail->SetText(text);
    m_detail->WrapTo(GetClientSize().x - FromDIP(24));
    Layout();
}

void ActionsPanel::FocusList() { m_table->SetFocus(); }

}  // namespace gui
