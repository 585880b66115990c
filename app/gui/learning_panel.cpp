// SPDX-License-Identifier: MIT
#include "learning_panel.h"

#include "chronology_format.h"
#include "format.h"
#include "learning_format.h"
#include "recommendation_editor.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <algorithm>
#include <initializer_list>
#include <set>

namespace gui {
namespace {

constexpr size_t kEvidenceShown = 3;  // entries named in the list; the rest counted

std::int64_t KeyId(const std::string& key) { return key.empty() ? 0 : std::stoll(key); }

}  // namespace

LearningPanel::LearningPanel(wxWindow* parent, Callbacks callbacks)
    : wxPanel(parent), m_callbacks(std::move(callbacks)) {
    m_empty = new wxStaticText(this, wxID_ANY,
                               _("Open a review (double-click it in the register) to see its findings and "
                                 "recommendations here."));
    m_split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_split->SetMinimumPaneSize(FromDIP(260));
    m_split->SetSashGravity(0.7);

    auto* lists = new wxPanel(m_split);
    const int pad = FromDIP(12);
    m_title = new wxStaticText(lists, wxID_ANY, wxString());
    m_title->SetFont(GetFont().Scaled(1.25f).Bold());

    auto* add_finding = new wxButton(lists, wxID_ANY, _("Add fi&nding..."));
    add_finding->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.add_finding) m_callbacks.add_finding(); });
    auto* edit_finding = CommandButton(lists, _("&Edit..."), kEditFindingCommand, _("Correct the selected finding"));
    m_finding_note = new wxStaticText(lists, wxID_ANY, wxString());
    wxObjectDataPtr<TableModel> findings(new TableModel({}, {0}));
    m_finding_table = new TableView(lists, findings);
    m_finding_table->AddColumn(_("No."));
    m_finding_table->AddColumn(_("Kind"));
    m_finding_table->AddColumn(_("Theme"), 1, 9);
    m_finding_table->AddColumn(_("Finding"), 4, 16);
    m_finding_table->AddColumn(_("Evidence"), 2, 10);
    m_finding_table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        auto first = m_first_evidence.find(KeyId(m_finding_table->KeyOf(event.GetItem())));
        if (first != m_first_evidence.end() && m_callbacks.show_entry) m_callbacks.show_entry(m_ref, first->second);
    });

    auto* respond = CommandButton(lists, _("Record res&ponse..."), kRecordResponseCommand,
                                  _("The board's response to the selected recommendation"));
    auto* edit_rec = CommandButton(lists, _("Edit rec&ommendation..."), kEditRecommendationCommand,
                                   _("Correct the selected recommendation in the editor on the right"));
    auto* show_actions = new wxButton(lists, wxID_ANY, _("Sho&w actions..."));
    show_actions->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { if (m_callbacks.show_actions) m_callbacks.show_actions(m_ref); });
    m_mix = new wxStaticText(lists, wxID_ANY, wxString());
    m_mix->SetFont(GetFont().Bold());
    m_mix_note = new wxStaticText(lists, wxID_ANY, wxString());
    wxObjectDataPtr<TableModel> recs(new TableModel({5}, {0}));
    m_rec_table = new TableView(lists, recs);
    m_rec_table->AddColumn(_("No."));
    m_rec_table->AddColumn(_("Type"));
    m_rec_table->AddColumn(_("Addressee"), 2, 9);
    m_rec_table->AddColumn(_("Recommendation"), 4, 16);
    m_rec_table->AddColumn(_("Findings"));
    m_rec_table->AddColumn(_("Actions"));
    m_rec_table->AddColumn(_("Response"), 1, 9);
    m_rec_table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (m_callbacks.show_actions) m_callbacks.show_actions(m_ref);
    });

    auto heading_row = [&](const wxString& text, std::initializer_list<wxButton*> buttons) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(Heading(lists, text), wxSizerFlags(1).CentreVertical());
        for (wxButton* button : buttons)
            row->Add(button, wxSizerFlags().CentreVertical().Border(wxLEFT, button == *buttons.begin() ? 0 : FromDIP(6)));
        return row;
    };
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->AddSpacer(FromDIP(6));
    sizer->Add(heading_row(_("Findings"), {add_finding, edit_finding}), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(m_finding_note, wxSizerFlags().Border(wxLEFT | wxRIGHT, pad));
    sizer->Add(m_finding_table, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(heading_row(_("Recommendations"), {edit_rec, respond, show_actions}), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, pad));
    sizer->Add(m_mix, wxSizerFlags().Border(wxLEFT | wxRIGHT, pad));
    sizer->Add(m_mix_note, wxSizerFlags().Border(wxLEFT | wxRIGHT, pad));
    sizer->Add(m_rec_table, wxSizerFlags(3).Expand().Border(wxALL, pad));
    lists->SetSizer(sizer);

    m_editor = new RecommendationEditor(m_split);
    m_split->SplitVertically(lists, m_editor);

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(m_empty, wxSizerFlags().Border(wxALL, FromDIP(24)));
    outer->Add(m_split, wxSizerFlags(1).Expand());
    SetSizer(outer);
    m_split->Hide();
    // The sash goes where the lists get ~60%, once the page has its real width.
    m_split->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (!m_sash_placed && m_split->GetClientSize().x > FromDIP(600)) {
            m_sash_placed = true;
            // The editor needs ~460 px for its form; the lists take the rest.
            CallAfter([this] {
                const int width = m_split->GetClientSize().x;
                m_split->SetSashPosition(std::min(width * 3 / 5, width - FromDIP(460)));
            });
        }
    });
}

wxStaticText* LearningPanel::Heading(wxWindow* parent, const wxString& text) {
    auto* heading = new wxStaticText(parent, wxID_ANY, text);
    heading->SetFont(GetFont().Scaled(1.1f).Bold());
    return heading;
}

wxButton* LearningPanel::CommandButton(wxWindow* parent, const wxString& label, int command, const wxString& tooltip) {
    auto* button = new wxButton(parent, wxID_ANY, label);
    button->SetToolTip(tooltip);
    button->Bind(wxEVT_BUTTON, [this, command](wxCommandEvent&) {
        wxCommandEvent event(wxEVT_MENU, command);
        event.SetEventObject(this);
        ProcessWindowEvent(event);  // up to the main window, like the Learning menu's item
    });
    return button;
}

void LearningPanel::ShowReview(model::Board& board, const std::string& ref) {
    if (ref.empty()) {
        m_ref.clear();
        m_empty->Show();
        m_split->Hide();
        Layout();
        return;
    }
    const model::Review review = board.get_review(ref);  // NotFound before anything changes
    m_ref = ref;
    m_title->SetLabel(U8(review.ref) + kDash + U8(review.title));
    ShowFindings(board);
    ShowRecommendations(board);

    std::set<std::string> agencies;
    for (const std::string& agency : board.chronology().agencies(ref)) agencies.insert(agency);
    for (const std::string& agency : board.learning().action_agencies()) agencies.insert(agency);
    m_editor->SetReview(&board, ref, m_findings, {agencies.begin(), agencies.end()});

    m_empty->Hide();
    m_split->Show();
    Layout();
}

void LearningPanel::ShowFindings(const model::Board& board) {
    m_findings = board.learning().findings(m_ref);
    m_first_evidence.clear();
    int systemic = 0, good = 0;
    std::vector<TableRow> rows;
    for (const model::Finding& finding : m_findings) {
        (finding.kind == model::FindingKind::GoodPractice ? good : systemic)++;
        // The entries' dates, in date order: enough to recognise them; the chronology has the rest.
        std::vector<wxString> dates;
        model::Date earliest;
        for (std::int64_t id : finding.evidence) {
            try {
                const model::ChronologyEntry entry = board.chronology().get(id);
                dates.push_back(EntryDate(entry.date));
                if (!earliest.valid() || entry.date.earliest < earliest) {
                    earliest = entry.date.earliest;
                    m_first_evidence[finding.id] = id;
                }
            } catch (const model::Error&) {
                dates.push_back(wxString::Format(_("entry %lld"), static_cast<long long>(id)));
            }
        }
        std::sort(dates.begin(), dates.end());
        wxString evidence;
        for (size_t i = 0; i < dates.size() && i < kEvidenceShown; ++i) evidence += (i ? ", " : "") + dates[i];
        if (dates.size() > kEvidenceShown) evidence += wxString::Format(_(" and %zu more"), dates.size() - kEvidenceShown);
        TableRow row;
        row.key = std::to_string(finding.id);
        row.cells = {FindingNumber(finding.number), FindingKindLabel(finding.kind),
                     finding.theme.empty() ? kNone : U8(finding.theme), U8(finding.text),
                     evidence.empty() ? _("none linked") : evidence};
        if (finding.kind == model::FindingKind::GoodPractice) {
            const RagColours colours = ColoursFor(model::Rag::Green);
            row.text = colours.text;
        }
        rows.push_back(std::move(row));
    }
    if (m_findings.empty())
        m_finding_note->SetLabel(_("No findings yet: say why practice went as it did, or what went well."));
    else
        m_finding_note->SetLabel(wxString::Format(_("%d systemic, %d good practice. Double-click one to see its evidence."),
                                                  systemic, good));
    m_finding_table->SetRows(std::move(rows));
}

void LearningPanel::ShowRecommendations(const model::Board& board) {
    const std::vector<model::Recommendation> recs = board.learning().recommendations(m_ref);
    const model::RecommendationMix mix = board.learning().mix(m_ref);
    m_mix->SetLabel(MixText(mix));
    int without = 0;
    std::vector<TableRow> rows;
    for (const model::Recommendation& rec : recs) {
        TableRow row;
        row.key = std::to_string(rec.id);
        row.cells = {RecNumber(rec.number), RecommendationTypeLabel(rec.type), U8(rec.addressee), U8(rec.text),
                     FindingNumbers(rec.findings, m_findings),
                     rec.action_count == 0 ? _("none") : wxString::Format("%d", rec.action_count),
                     rec.response ? DecisionLabel(rec.response->decision) + ", " + LongDate(rec.response->date)
                                  : _("awaited")};
        if (rec.action_count == 0) {
            ++without;
            const RagColours colours = ColoursFor(model::Rag::Amber);
            row.background = colours.background;
            row.text = colours.text;
        }
        rows.push_back(std::move(row));
    }
    if (recs.empty())
        m_mix_note->SetLabel(_("Draft one in the editor on the right: the quality guard checks it as you type."));
    else if (without > 0)
        m_mix_note->SetLabel(wxString::Format(wxPLURAL("%d recommendation has no action agreed yet.",
                                                       "%d recommendations have no action agreed yet.", without),
                                              without));
    else
        m_mix_note->SetLabel(_("Every recommendation has an action. Double-click one for the actions board."));
    m_rec_table->SetRows(std::move(rows));
    m_rec_table->GetParent()->Layout();
}

std::int64_t LearningPanel::SelectedFinding() const { return KeyId(m_finding_table->SelectedKey()); }

std::int64_t LearningPanel::SelectedRecommendation() const { return KeyId(m_rec_table->SelectedKey()); }

void LearningPanel::FocusList() {
    if (m_split->IsShown()) m_finding_table->SetFocus();
}

}  // namespace gui
