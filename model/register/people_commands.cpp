// SPDX-License-Identifier: MIT
// The people register, appointments with their declarations, and versioned terms of reference.
#include "model/core/error.h"
#include "model/register/board.h"
#include "model/register/board_impl.h"
#include "model/register/validation.h"

#include <algorithm>
#include <cctype>

namespace model {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
    return out;
}

}  // namespace

std::int64_t Board::add_person(const std::string& ref, const NewPerson& in) {
    const Review review = m->review(ref);
    NewPerson p;
    p.name = require_text("name", in.name);
    p.pseudonym = require_text("pseudonym", in.pseudonym);
    p.role = require_text("role", in.role);
    // A pseudonym that contains the real name would defeat redaction.
    if (lower(p.pseudonym).find(lower(p.name)) != std::string::npos)
        throw bad_input("pseudonym '" + p.pseudonym + "' contains the real name");
    for (const Person& other : review.people)
        if (lower(other.pseudonym) == lower(p.pseudonym))
            throw bad_input("pseudonym '" + p.pseudonym + "' is already used in " + ref);

    storage::Store::Transaction tx(m->store);
    std::int64_t id = m->store.insert_person(ref, p);
    const std::string sid = std::to_string(id);
    m->store.audit(m->actor, "person.add", ref, "person", sid, "name", "", p.name);
    m->store.audit(m->actor, "person.add", ref, "person", sid, "pseudonym", "", p.pseudonym);
    m->store.audit(m->actor, "person.add", ref, "person", sid, "role", "", p.role);
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
    return id;
}

std::int64_t Board::add_appointment(const std::string& ref, const NewAppointment& in) {
    const Review review = m->review(ref);
    NewAppointment a = in;
    a.name = require_text("name", in.name);
    require_one_of("role", in.role, appointment_roles());
    a.organisation = trimmed(in.organisation);
    a.declaration = require_text("declaration of interests", in.declaration);
    require_date("appointed", in.appointed);
    if (in.appointed < review.aware)
        throw bad_input("appointment date " + in.appointed.iso() + " is before " + ref + "'s aware date " +
                        review.aware.iso());

    storage::Store::Transaction tx(m->store);
    std::int64_t id = m->store.insert_appointment(ref, a);
    const std::string sid = std::to_string(id);
    m->store.audit(m->actor, "appointment.add", ref, "appointment", sid, "name", "", a.name);
    m->store.audit(m->actor, "appointment.add", ref, "appointment", sid, "role", "", a.role);
    m->store.audit(m->actor, "appointment.add", ref, "appointment", sid, "organisation", "", a.organisation);
    m->store.audit(m->actor, "appointment.add", ref, "appointment", sid, "independent", "", a.independent ? "yes" : "no");
    m->store.audit(m->actor, "appointment.add", ref, "appointment", sid, "declaration", "", a.declaration);
    m->store.audit(m->actor, "appointment.add", ref, "appointment", sid, "appointed", "", a.appointed.iso());
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
    return id;
}

int Board::set_terms(const std::string& ref, const NewTerms& in) {
    const Review review = m->review(ref);
    NewTerms t = in;
    require_date("agreed", in.agreed);
    if (in.scope_from && !in.scope_from->valid()) throw bad_input("scope start is not a valid date");
    if (in.scope_to && !in.scope_to->valid()) throw bad_input("scope end is not a valid date");
    if (in.scope_from && in.scope_to && *in.scope_to < *in.scope_from)
        throw bad_input("scope end " + in.scope_to->iso() + " is before scope start " + in.scope_from->iso());
    t.methodology = trimmed(in.methodology);
    t.key_questions.clear();
    for (const auto& q : in.key_questions)
        if (!trimmed(q).empty()) t.key_questions.push_back(trimmed(q));

    const TermsOfReference* previous = review.current_terms();
    const int version = previous ? previous->version + 1 : 1;
    auto date_or_empty = [](const std::optional<Date>& d) { return d ? d->iso() : std::string(); };
    const std::string sid = std::to_string(version);

    storage::Store::Transaction tx(m->store);
    m->store.insert_terms(ref, version, t, m->actor);
    auto field = [&](const char* name, const std::string& old_value, const std::string& new_value) {
        if (!previous || old_value != new_value)
            m->store.audit(m->actor, "terms.set", ref, "terms_of_reference", sid, name, old_value, new_value);
    };
    field("scope_from", previous ? date_or_empty(previous->scope_from) : "", date_or_empty(t.scope_from));
    field("scope_to", previous ? date_or_empty(previous->scope_to) : "", date_or_empty(t.scope_to));
    field("key_questions", previous ? join(previous->key_questions, "\n") : "", join(t.key_questions, "\n"));
    field("methodology", previous ? previous->methodology : "", t.methodology);
    field("agreed", previous ? previous->agreed.iso() : "", t.agreed.iso());
    tx.commit();
    m->events.publish({BoardEvent::Type::ReviewChanged, ref});
    return version;
}

void Board::import_bank_holidays(const HolidaySet& holidays, const std::string& source_name) {
    std::size_t count = 0;
    for (const auto& [region, list] : holidays) count += list.size();
    if (count == 0) throw bad_input(source_name + ": no bank holidays to import");

    storage::Store::Transaction tx(m->store);
    for (const auto& [region, list] : holidays) {
        m->store.replace_bank_holidays(region, list);
        m->store.audit(m->actor, "calendar.import", "", "bank_holiday", std::string(region_id(region)), "events",
                       "", std::to_string(list.size()) + " from " + source_name);
    }
    tx.commit();
    m->reload_calendar();
    m->events.publish({BoardEvent::Type::CalendarChanged, ""});
}

}  // namespace model
