// SPDX-License-Identifier: MIT
#include "review_details.h"

#include "format.h"
#include "wrapped_text.h"

#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/sizer.h>

namespace gui {
namespace {

enum Page { kClocksPage, kHoldsPage, kPeoplePage, kAppointmentsPage, kTermsPage };

wxString Html(const std::string& text) {
    wxString s = U8(text);
    s.Replace("&", "&amp;");
    s.Replace("<", "&lt;");
    s.Replace(">", "&gt;");
    s.Replace("\n", "<br>");
    return s;
}

model::DurationUnit CountingUnit(model::DurationUnit unit) {
    return unit == model::DurationUnit::Months ? model::DurationUnit::Days : unit;
}

}  // namespace

ReviewDetails::ReviewDetails(wxWindow* parent) : wxNotebook(parent, wxID_ANY) {
    AddPage(AddTablePage(m_clocks, {3}, {3}, &m_pending), _("Clocks"));
    m_clocks->AddColumn(_("Clock"), 3, 14);
    m_clocks->AddColumn(_("Started"));
    m_clocks->AddColumn(_("Due"), 1, 12);
    m_clocks->AddColumn(_("Status"));
    m_clocks->AddColumn(_("How late / time left"));
    m_clocks->AddColumn(_("Owner"), 2, 12);
    m_clocks->AddColumn(_("Paused for"));

    AddPage(AddTablePage(m_holds, {}, {}), _("Holds"));
    m_holds->AddColumn(_("Proceeding"));
    m_holds->AddColumn(_("From"));
    m_holds->AddColumn(_("To"));
    m_holds->AddColumn(_("Reason"), 1, 20);

    AddPage(AddTablePage(m_people, {}, {0}), _("People"));
    m_people->AddColumn(_("Pseudonym"));
    m_people->AddColumn(_("Name"), 1, 14);
    m_people->AddColumn(_("Role"));

    AddPage(AddTablePage(m_appointments, {}, {}), _("Appointments"));
    m_appointments->AddColumn(_("Name"), 2, 12);
    m_appointments->AddColumn(_("Role"));
    m_appointments->AddColumn(_("Organisation"), 2, 12);
    m_appointments->AddColumn(_("Independent"));
    m_appointments->AddColumn(_("Declaration"), 3, 14);
    m_appointments->AddColumn(_("Appointed"));

    m_terms = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    m_terms->SetStandardFonts(GetFont().GetPointSize());
    AddPage(m_terms, _("Terms of reference"));
}

wxWindow* ReviewDetails::AddTablePage(TableView*& table, std::set<unsigned> styled, std::set<unsigned> bold,
                                     WrappedText** note) {
    auto* page = new wxPanel(this);
    wxObjectDataPtr<TableModel> model(new TableModel(std::move(styled), std::move(bold)));
    table = new TableView(page, model);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(table, wxSizerFlags(1).Expand().Border());
    if (note) {
        WrappedText* text = *note = new WrappedText(page);
        sizer->Add(text, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM));
        page->Bind(wxEVT_SIZE, [page, text](wxSizeEvent& event) {
            event.Skip();
            text->WrapTo(page->GetClientSize().x - 2 * page->GetCharWidth());
        });
    }
    page->SetSizer(sizer);
    return page;
}

void ReviewDetails::ShowReview(const model::Review& review, const model::ClockReport& clocks, model::Date as_of) {
    ShowClocks(clocks);
    ShowHolds(review, as_of);
    ShowPeople(review);
    ShowAppointments(review);
    ShowTerms(review);
}

void ReviewDetails::ShowClocks(const model::ClockReport& report) {
    std::vector<TableRow> rows;
    for (const auto& clock : report.clocks) {
        TableRow row;
        row.key = clock.clock_id;
        wxString due = LongDate(clock.due);
        if (clock.due != clock.base_due) due += wxString::Format(_(" (was %s)"), LongDate(clock.base_due));
        row.cells = {U8(clock.clock_name), LongDate(clock.start), due, StatusLabel(clock.status),
                     LateOrLeft(clock), OwnerText(clock),
                     clock.paused > 0 ? Amount(clock.paused, CountingUnit(clock.unit)) : kNone};
        const StatusColours colours = ColoursFor(clock.status);
        row.background = colours.background;
        row.text = colours.text;
        rows.push_back(std::move(row));
    }
    m_clocks->SetRows(std::move(rows));

    wxString pending;
    for (const auto& clock : report.pending)
        pending << (pending.empty() ? _("Not started yet: ") : wxString("; "))
                << wxString::Format(_("%s (waiting for %s)"), U8(clock.clock_name), U8(clock.waiting_for));
    m_pending->SetText(pending);
    m_pending->Show(!pending.empty());
    SetPageText(kClocksPage, wxString::Format(_("Clocks (%d)"), static_cast<int>(report.clocks.size())));
    m_clocks->GetParent()->Layout();
}

void ReviewDetails::ShowHolds(const model::Review& review, model::Date as_of) {
    std::vector<TableRow> rows;
    for (const auto& hold : review.holds) {
        TableRow row;
        row.key = std::to_string(hold.id);
        row.cells = {ProceedingLabel(hold.proceeding), LongDate(hold.from),
                     hold.to ? LongDate(*hold.to) : _("still open"), U8(hold.reason)};
        if (hold.covers(as_of)) {
            const StatusColours colours = ColoursFor(model::ClockStatus::Paused);
            row.background = colours.background;
            row.text = colours.text;
        }
        rows.push_back(std::move(row));
    }
    SetPageText(kHoldsPage, wxString::Format(_("Holds (%d)"), static_cast<int>(rows.size())));
    m_holds->SetRows(std::move(rows));
}

void ReviewDetails::ShowPeople(const model::Review& review) {
    std::vector<TableRow> rows;
    for (const auto& person : review.people)
        rows.push_back({{U8(person.pseudonym), U8(person.name), Humanise(person.role)}, {}, {}, std::to_string(person.id)});
    SetPageText(kPeoplePage, wxString::Format(_("People (%d)"), static_cast<int>(rows.size())));
    m_people->SetRows(std::move(rows));
}

void ReviewDetails::ShowAppointments(const model::Review& review) {
    std::vector<TableRow> rows;
    for (const auto& a : review.appointments)
        rows.push_back({{U8(a.name), Humanise(a.role), U8(a.organisation), a.independent ? _("Yes") : _("No"),
                         a.declaration.empty() ? kNone : U8(a.declaration), LongDate(a.appointed)},
                        {}, {}, std::to_string(a.id)});
    SetPageText(kAppointmentsPage, wxString::Format(_("Appointments (%d)"), static_cast<int>(rows.size())));
    m_appointments->SetRows(std::move(rows));
}

void ReviewDetails::ShowTerms(const model::Review& review) {
    const model::TermsOfReference* terms = review.current_terms();
    if (!terms) {
        SetPageText(kTermsPage, _("Terms of reference"));
        m_terms->SetPage("<p>" + _("No terms of reference recorded yet. Use Review > Terms of reference to "
                                   "record the first version.") + "</p>");
        return;
    }
    SetPageText(kTermsPage, wxString::Format(_("Terms of reference (v%d)"), terms->version));
    wxString html = "<h3>" + wxString::Format(_("Version %d of %d"), terms->version,
                                              static_cast<int>(review.terms.size())) + "</h3><p>";
    html += wxString::Format(_("Agreed %s"), LongDate(terms->agreed));
    if (!terms->recorded_by.empty()) html += wxString::Format(_(", recorded by %s"), Html(terms->recorded_by));
    html += ".</p><p><b>" + _("Scope period:") + "</b> ";
    if (terms->scope_from || terms->scope_to)
        html += wxString::Format(_("%s to %s"), terms->scope_from ? LongDate(*terms->scope_from) : _("open"),
                                 terms->scope_to ? LongDate(*terms->scope_to) : _("open"));
    else
        html += _("not set");
    html += "</p><p><b>" + _("Key questions") + "</b></p><ol>";
    for (const auto& question : terms->key_questions) html += "<li>" + Html(question) + "</li>";
    html += "</ol>";
    if (!terms->methodology.empty())
        html += "<p><b>" + _("Methodology") + "</b></p><p>" + Html(terms->methodology) + "</p>";
    m_terms->SetPage(html);
}

}  // namespace gui
