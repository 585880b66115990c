// SPDX-License-Identifier: MIT
// The shape every board-command dialog shares: a form of labelled native controls above OK and
// Cancel. OK runs the command; if the model refuses it (model::Error), the message is shown and the
// dialog stays open with everything the user typed, so they can correct it.
#pragma once
#include "model/core/date.h"

#include <wx/dialog.h>

#include <optional>

class wxCheckBox;
class wxDatePickerCtrl;
class wxFlexGridSizer;
class wxTextCtrl;

namespace gui {

class CommandDialog : public wxDialog {
public:
    CommandDialog(wxWindow* parent, const wxString& title);

protected:
    /// Runs the command. Throws model::Error to refuse; the dialog then stays open.
    virtual void Apply() = 0;

    /// Puts `intro` (may be empty) and the form above the buttons, sizes and centres the dialog.
    /// Call at the end of the derived constructor.
    void Finish(const wxString& intro, wxFlexGridSizer* form, const wxString& ok_label);

    wxFlexGridSizer* NewForm();
    /// Adds "label" and `control` as one row; `grow` lets a multi-line control take spare height.
    void AddRow(wxFlexGridSizer* form, const wxString& label, wxWindow* control, bool grow = false);
    wxTextCtrl* NewText(const wxString& hint = wxString());
    wxTextCtrl* NewMultiline(int lines, const wxString& hint = wxString());
    wxDatePickerCtrl* NewDate(model::Date initial);
    /// A checkbox with a date picker that it enables, for an optional date.
    wxWindow* NewOptionalDate(const wxString& check_label, std::optional<model::Date> initial, model::Date fallback,
                              wxCheckBox** check, wxDatePickerCtrl** picker);

    static model::Date DateOf(const wxDatePickerCtrl* picker);
    static std::optional<model::Date> OptionalDateOf(const wxCheckBox* check, const wxDatePickerCtrl* picker);
    /// The trimmed UTF-8 text of a control.
    static std::string TextOf(const wxTextCtrl* text);
    /// Refuses with a message when `text` is empty, focusing the control.
    static std::string Required(wxTextCtrl* text, const wxString& what);

private:
    void OnOk();
};

}  // namespace gui
