// SPDX-License-Identifier: MIT
#include "json_views.h"

#include <iostream>

namespace cli {
namespace {

using nlohmann::json;

json date_or_null(const std::optional<model::Date>& d) { return d ? json(d->iso()) : json(nullptr); }

json duration_json(const model::Duration& d) { return {{"amount", d.amount}, {"unit", std::string(model::unit_id(d.unit))}}; }

}  // namespace

json to_json(const model::Pathway& p) {
    json stages = json::array(), clocks = json::array();
    for (const auto& s : p.stages)
        stages.push_back({{"id", s.id}, {"name", s.name}, {"optional", s.optional}, {"requires_note", s.requires_note}});
    for (const auto& c : p.clocks) {
        json start = c.start.kind == model::ClockAnchor::Kind::Stage ? json{{"stage", c.start.id}}
                                                                     : json{{"review_date", c.start.id}};
        clocks.push_back({{"id", c.id}, {"name", c.name}, {"start", start}, {"duration", duration_json(c.duration)},
                          {"before", c.before}, {"end_stage", c.end_stage.empty() ? c.id : c.end_stage},
                          {"amber", duration_json(c.amber)}, {"pausable", c.pausable}, {"owner", c.owner_role},
                          {"origin", c.origin}});
    }
    return {{"id", p.id}, {"name", p.name}, {"jurisdiction", p.jurisdiction}, {"stages", stages}, {"clocks", clocks}};
}

json to_json(const model::ReviewSummary& r) {
    return {{"ref", r.ref},           {"pathway", r.pathway_id}, {"title", r.title},
            {"stage", r.current_stage.empty() ? json(nullptr) : json(r.current_stage)},
            {"aware", r.aware.iso()}, {"child", r.child},        {"region", std::string(model::region_id(r.region))},
            {"planned_publication", date_or_null(r.planned_publication)}, {"on_hold", r.on_hold}};
}

json to_json(const model::ClockState& c) {
    return {{"review", c.review_ref},
            {"title", c.review_title},
            {"clock", c.clock_id},
            {"name", c.clock_name},
            {"start", c.start.iso()},
            {"base_due", c.base_due.iso()},
            {"due", c.due.iso()},
            {"status", std::string(model::status_id(c.status))},
            {"days_late", c.days_late},
            {"days_left", c.days_left},
            {"unit", std::string(model::unit_id(c.unit))},
            {"paused", c.paused},
            {"met_on", date_or_null(c.met_on)},
            {"owner", c.owner},
            {"owner_role", c.owner_role}};
}

json to_json(const model::AuditEntry& e) {
    return {{"id", e.id},       {"at", e.at},         {"actor", e.actor},         {"action", e.action},
            {"review", e.review_ref}, {"entity", e.entity}, {"entity_id", e.entity_id}, {"field", e.field},
            {"old", e.old_value}, {"new", e.new_value}};
}

json review_detail(const model::Review& r, const model::Pathway& p, const model::ClockReport& report) {
    json j = to_json(static_cast<const model::ReviewSummary&>(r));
    j["pathway_name"] = p.name;
    json stages = json::array();
    for (const auto& s : p.stages) {
        const model::StageCompletion* done = r.completion(s.id);
        stages.push_back({{"id", s.id}, {"name", s.name}, {"optional", s.optional},
                          {"completed", done ? json(done->date.iso()) : json(nullptr)},
                          {"note", done ? done->note : ""}});
    }
    j["stages"] = stages;
    json holds = json::array();
    for (const auto& h : r.holds)
        holds.push_back({{"id", h.id}, {"proceeding", h.proceeding}, {"reason", h.reason}, {"from", h.from.iso()},
                         {"to", date_or_null(h.to)}});
    j["holds"] = holds;
    json clocks = json::array();
    for (const auto& c : report.clocks) clocks.push_back(to_json(c));
    j["clocks"] = clocks;
    json pending = json::array();
    for (const auto& c : report.pending)
        pending.push_back({{"clock", c.clock_id}, {"name", c.clock_name}, {"waiting_for", c.waiting_for}});
    j["pending_clocks"] = pending;
    json people = json::array();
    for (const auto& x : r.people)
        people.push_back({{"id", x.id}, {"name", x.name}, {"pseudonym", x.pseudonym}, {"role", x.role}});
    j["people"] = people;
    json appointments = json::array();
    for (const auto& a : r.appointments)
        appointments.push_back({{"id", a.id}, {"name", a.name}, {"role", a.role}, {"organisation", a.organisation},
                                {"independent", a.independent}, {"declaration", a.declaration},
                                {"appointed", a.appointed.iso()}});
    j["appointments"] = appointments;
    json terms = json::array();
    for (const auto& t : r.terms)
        terms.push_back({{"version", t.version}, {"scope_from", date_or_null(t.scope_from)},
                         {"scope_to", date_or_null(t.scope_to)}, {"key_questions", t.key_questions},
                         {"methodology", t.methodology}, {"agreed", t.agreed.iso()}, {"recorded_by", t.recorded_by}});
    j["terms_of_reference"] = terms;
    return j;
}

void print_json(const nlohmann::json& document) { std::cout << document.dump(2) << '\n'; }

}  // namespace cli
