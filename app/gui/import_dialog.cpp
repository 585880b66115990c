// SPDX-License-Identifier: MIT
#include "import_dialog.h"

#include "chronology_format.h"
#include "column_mapping_preview.h"
#include "format.h"

#include "model/core/error.h"
#include "model/register/board.h"

#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include <algorithm>
#include <memory>

namespace gui {
namespace {
// Below this many rows an import takes well under a second: no progress window to flash up.
constexpr std::size_t kProgressRows = 5000;
}  // namespace

ImportDialog::ImportDialog(wxWindow* parent, model::Board& board, const std::string& ref, const wxString& path,
                           const std::vector<std::string>& agencies)
    : CommandDialog(parent, _("Import agency submission")), m_board(board), m_ref(ref), m_path(path) {
    wxArrayString names;
    for (const auto& a : agencies) names.Add(U8(a));
    m_agency = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, names);
    m_agency->SetHint(_("e.g. Police, Health visiting"));
    m_agency->SetToolTip(_("The agency that submitted this file. Rows with their own Agency column keep theirs."));
    m_skip = new wxCheckBox(this, wxID_ANY, _("S&kip rows that cannot be read, and list them"));
    m_skip->SetToolTip(_("Otherwise one bad row stops the whole import, so nothing is half imported."));
    m_remember = new wxCheckBox(this, wxID_ANY, _("&Remember column changes for this agency's next submission"));
    m_remember->SetValue(true);
    m_rows = new wxStaticText(this, wxID_ANY, wxString());
    m_preview = new ColumnMappingPreview(this);
    const wxSize screen = wxGetDisplaySize();
    m_preview->SetMinSize(wxSize(std::min(GetCharWidth() * 110, screen.x * 8 / 10),
                                 std::min(GetCharHeight() * 18, screen.y / 2)));

    auto* form = NewForm();
    AddRow(form, _("File"), new wxStaticText(this, wxID_ANY, wxFileName(path).GetFullName()));
    AddRow(form, _("&Agency"), m_agency);
    AddRow(form, _("Columns"), m_rows);
    form->Add(0, 0);
    form->Add(m_preview, wxSizerFlags(1).Expand());
    form->AddGrowableRow(form->GetEffectiveRowsCount() - 1, 1);
    form->Add(0, 0);
    form->Add(m_skip);
    form->Add(0, 0);
    form->Add(m_remember);

    m_agency->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { CallAfter([this] { Preview(); }); });
    m_agency->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
        e.Skip();
        CallAfter([this] {
            try {
                Preview();
            } catch (const std::exception& ex) {
                wxMessageBox(U8(ex.what()), GetTitle(), wxOK | wxICON_WARNING, this);
            }
        });
    });
    Preview();  // throws when the file cannot be read: the caller shows why
    // Wide enough for every column when the screen allows, so that no mapping hides off to the right.
    const int wanted = m_preview->GetVirtualSize().x + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X) + FromDIP(4);
    m_preview->SetMinSize(wxSize(std::clamp(wanted, GetCharWidth() * 110, screen.x * 9 / 10 - FromDIP(160)),
                                 m_preview->GetMinSize().y));
    Finish(_("Each column is read as shown in its choice. Change a choice where the heading was not recognised "
             "or was read wrongly; unused columns are kept with each entry, never dropped."),
           form, _("&Import"));
    m_agency->SetFocus();
}

void ImportDialog::Preview() {
    const std::string agency = S8(wxString(m_agency->GetValue()).Strip(wxString::both));
    if (m_previewed && agency == m_previewed_agency) return;
    wxBusyCursor busy;
    auto tables = m_board.chronology().preview(S8(m_path), agency);
    m_previewed = true;
    m_previewed_agency = agency;
    m_preview->SetTables(std::move(tables));
    const std::size_t rows = m_preview->RowCount(), count = m_preview->TableCount();
    m_rows->SetLabel(wxString::Format(wxPLURAL("%s row in ", "%s rows in ", static_cast<int>(std::min<size_t>(rows, 1000000))),
                                      Count(rows)) +
                     wxString::Format(wxPLURAL("%zu table", "%zu tables", static_cast<int>(count)), count) +
                     (m_previewed_agency.empty() ? wxString() : _(", with any columns remembered for this agency")));
    Layout();
}

void ImportDialog::Apply() {
    const std::string agency = S8(wxString(m_agency->GetValue()).Strip(wxString::both));
    if (agency != m_previewed_agency) {
        const auto before = m_preview->Chosen();
        Preview();
        if (m_preview->Chosen() != before)  // the agency's remembered columns read the file differently
            throw model::bad_input(S8(_("The columns now show how this agency's submissions were read before. "
                                        "Check them, then choose Import again.")));
    }
    if (agency.empty() && !m_preview->Maps(model::ChronologyField::Agency)) {
        m_agency->SetFocus();
        throw model::bad_input(S8(_("Please enter the agency that submitted this file (or choose which column "
                                    "names the agency of each row).")));
    }
    model::ImportOptions options;
    options.agency = agency;
    options.skip_bad = m_skip->GetValue();
    options.mapping = m_preview->Overrides();
    options.remember = m_remember->GetValue();
    wxBusyCursor busy;
    // A large submission shows how far it has got and can be cancelled: the import is one transaction,
    // so cancelling rolls it back and nothing from the file is kept (the model says so in its error).
    std::unique_ptr<wxProgressDialog> progress;
    if (m_preview->RowCount() >= kProgressRows) {
        progress = std::make_unique<wxProgressDialog>(
            _("Importing"), wxString::Format(_("Storing %s rows from %s..."), Count(m_preview->RowCount()), wxFileName(m_path).GetFullName()),
            1000, this, wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
        options.progress = [&progress](std::size_t done, std::size_t total) {
            const int value = total ? static_cast<int>(done * 999 / total) : 999;
            return progress->Update(value);
        };
    }
    m_result = m_board.chronology().import_file(m_ref, S8(m_path), options);
}

namespace {

class ImportResultDialog : public wxDialog {
public:
    ImportResultDialog(wxWindow* parent, const wxString& summary, const model::ImportResult& result)
        : wxDialog(parent, wxID_ANY, _("Import finished"), wxDefaultPosition, wxDefaultSize,
                   wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
        const int gap = FromDIP(12);
        auto* text = new wxStaticText(this, wxID_ANY, summary);
        text->Wrap(GetCharWidth() * 80);
        auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition,
                                    wxSize(GetCharWidth() * 100, GetCharHeight() * 16), wxLC_REPORT | wxLC_SINGLE_SEL);
        list->AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, GetCharWidth() * 28);
        list->AppendColumn(_("Value"), wxLIST_FORMAT_LEFT, GetCharWidth() * 22);
        list->AppendColumn(_("Why it was skipped"), wxLIST_FORMAT_LEFT, GetCharWidth() * 46);
        long row = 0;
        for (const auto& r : result.rejected) {
            model::SourceLocation where = r.where;
            where.file = S8(SourceFile(where));  // the folder says nothing here
            list->InsertItem(row, U8(where.describe()));
            list->SetItem(row, 1, r.value.empty() ? kNone : U8(r.value));
            list->SetItem(row, 2, U8(r.reason));
            ++row;
        }
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(text, wxSizerFlags().Border(wxALL, gap));
        sizer->Add(list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
        sizer->Add(CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxALL, gap));
        SetSizerAndFit(sizer);
        CentreOnParent();
    }
};

}  // namespace

void ShowImportResult(wxWindow* parent, const wxString& file, const model::ImportResult& result) {
    wxString summary = wxString::Format(wxPLURAL("Imported %s entry from %s.", "Imported %s entries from %s.",
                                                 static_cast<int>(std::min<size_t>(result.imported, 1000000))),
                                        Count(result.imported), file);
    if (result.tables.size() > 1) {
        wxString tables;
        for (const auto& t : result.tables) tables << (tables.empty() ? "" : ", ") << U8(t);
        summary += " " + wxString::Format(_("Tables read: %s."), tables);
    }
    if (result.rejected.empty()) {
        wxMessageBox(summary, _("Import finished"), wxOK | wxICON_INFORMATION, parent);
        return;
    }
    summary += "\n\n" + wxString::Format(wxPLURAL("%s row was skipped. Correct it in the agency's file and import "
                                                  "that row again, or add it by hand:",
                                                  "%s rows were skipped. Correct them in the agency's file and import "
                                                  "those rows again, or add them by hand:",
                                                  static_cast<int>(std::min<size_t>(result.rejected.size(), 1000000))),
                                         Count(result.rejected.size()));
    ImportResultDialog dialog(parent, summary, result);
    dialog.ShowModal();
}

}  // namespace gui
