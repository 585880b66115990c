// SPDX-License-Identifier: MIT
#include "command_dialog.h"

#include "format.h"

#include "model/core/error.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace gui {

CommandDialog::CommandDialog(wxWindow* parent, const wxString& title)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnOk(); }, wxID_OK);
}

void CommandDialog::OnOk() {
    if (!Validate() || !TransferDataFromWindow()) return;
    try {
        Apply();
        EndModal(wxID_OK);
    } catch (const model::Error& e) {
        wxMessageBox(U8(e.what()), GetTitle(), wxOK | wxICON_WARNING, this);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("Something went wrong: %s"), U8(e.what())), GetTitle(),
                     wxOK | wxICON_ERROR, this);
    }
}

void CommandDialog::Finish(const wxString& intro, wxFlexGridSizer* form, const wxString& ok_label) {
    const int gap = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!intro.empty()) {
        auto* text = new wxStaticText(this, wxID_ANY, intro);
        text->Wrap(FromDIP(460));
        sizer->Add(text, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    }
    sizer->Add(form, wxSizerFlags(1).Expand().Border(wxALL, gap));
    wxSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) {
        if (!ok_label.empty()) ok->SetLabel(ok_label);
        ok->SetDefault();
    }
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    CentreOnParent();
}

wxFlexGridSizer* CommandDialog::NewForm() {
    auto* form = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(8)));
    form->AddGrowableCol(1, 1);
    return form;
}

void CommandDialog::AddRow(wxFlexGridSizer* form, const wxString& label, wxWindow* control, bool grow) {
    form->Add(new wxStaticText(this, wxID_ANY, label),
              wxSizerFlags().Align(grow ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL).Border(wxTOP, grow ? FromDIP(4) : 0));
    // A date is ten characters: stretched across the dialog its picker looks like a text box.
    if (dynamic_cast<wxDatePickerCtrl*>(control)) form->Add(control, wxSizerFlags().Left());
    else form->Add(control, wxSizerFlags(1).Expand());
    if (grow) form->AddGrowableRow(form->GetEffectiveRowsCount() - 1, 1);
}

wxTextCtrl* CommandDialog::NewText(const wxString& hint) {
    auto* text = new wxTextCtrl(this, wxID_ANY);
    text->SetMinSize(wxSize(GetCharWidth() * 44, -1));
    if (!hint.empty()) text->SetHint(hint);
    return text;
}

wxTextCtrl* CommandDialog::NewMultiline(int lines, const wxString& hint) {
    auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxTE_MULTILINE | wxTE_WORDWRAP);
    text->SetMinSize(wxSize(GetCharWidth() * 44, GetCharHeight() * lines + FromDIP(12)));
    if (!hint.empty()) text->SetToolTip(hint);
    return text;
}

wxDatePickerCtrl* CommandDialog::NewDate(model::Date initial) {
    return new wxDatePickerCtrl(this, wxID_ANY, ToWx(initial.valid() ? initial : model::Date::today()),
                                wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
}

wxWindow* CommandDialog::NewOptionalDate(const wxString& check_label, std::optional<model::Date> initial,
                                         model::Date fallback, wxCheckBox** check, wxDatePickerCtrl** picker) {
    auto* holder = new wxPanel(this);
    *check = new wxCheckBox(holder, wxID_ANY, check_label);
    *picker = new wxDatePickerCtrl(holder, wxID_ANY, ToWx(initial ? *initial : fallback), wxDefaultPosition,
                                   wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    (*check)->SetValue(initial.has_value());
    (*picker)->Enable(initial.has_value());
    wxDatePickerCtrl* p = *picker;
    (*check)->Bind(wxEVT_CHECKBOX, [p](wxCommandEvent& e) { p->Enable(e.IsChecked()); });
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(*check, wxSizerFlags().CentreVertical().Border(wxRIGHT));
    row->Add(*picker, wxSizerFlags().CentreVertical());
    holder->SetSizer(row);
    return holder;
}

model::Date CommandDialog::DateOf(const wxDatePickerCtrl* picker) { return FromWx(picker->GetValue()); }

std::optional<model::Date> CommandDialog::OptionalDateOf(const wxCheckBox* check, const wxDatePickerCtrl* picker) {
    if (!check->GetValue()) return std::nullopt;
    return DateOf(picker);
}

std::string CommandDialog::TextOf(const wxTextCtrl* text) {
    return S8(wxString(text->GetValue()).Strip(wxString::both));
}

std::string CommandDialog::Required(wxTextCtrl* text, const wxString& what) {
    std::string value = TextOf(text);
    if (value.empty()) {
        text->SetFocus();
        throw model::bad_input(S8(wxString::Format(_("Please enter %s."), what)));
    }
    return value;
}

}  // namespace gui
