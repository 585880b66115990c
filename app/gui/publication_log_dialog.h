// SPDX-License-Identifier: MIT
// A review's publication log: each version and status with its date, the document and board response
// attached, and the reasons, legal advice and redaction notes; with commands to add an entry and to
// save an attached board response.
#pragma once
#include "model/core/date.h"
#include "model/reports/publications.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxButton;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace model {
class Board;
}

namespace gui {

class PublicationLogDialog : public wxDialog {
public:
    /// Reads the log. @throws model::Error (NotFound) for an unknown review.
    PublicationLogDialog(wxWindow* parent, model::Board& board, const std::string& ref, model::Date as_of);

private:
    void Load();
    void ShowSelected();
    void AddEntry();
    void SaveResponse();
    long Selected() const;

    model::Board& m_board;
    std::string m_ref;
    model::Date m_as_of;
    std::vector<model::PublicationEntry> m_log;
    wxStaticText* m_current = nullptr;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_detail = nullptr;
    wxButton* m_save_response = nullptr;
};

}  // namespace gui
