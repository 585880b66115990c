// SPDX-License-Identifier: MIT
// Small pathways built in code, so clock and register tests do not depend on the shipped XML.
#pragma once
#include "model/pathway/pathway_library.h"

namespace testing {

inline model::ClockDef clock(const std::string& id, model::ClockAnchor start, int amount, model::DurationUnit unit,
                             bool pausable, model::Duration amber, const std::string& end_stage = {}) {
    model::ClockDef c;
    c.id = id;
    c.name = id;
    c.start = start;
    c.duration = {amount, unit};
    c.pausable = pausable;
    c.amber = amber;
    c.end_stage = end_stage;
    c.owner_role = "business-manager";
    return c;
}

/// A cut-down CSPR: the four CLI.md clocks on a short list of stages.
inline model::Pathway mini_cspr() {
    using K = model::ClockAnchor::Kind;
    using U = model::DurationUnit;
    model::Pathway p;
    p.id = "mini-cspr";
    p.name = "Mini CSPR";
    p.stages = {{"notification", "Notification", "", false, false},
                {"rapid-review", "Rapid review", "", false, false},
                {"decision", "Decision", "", false, true},
                {"practitioners", "Practitioner involvement", "", true, false},
                {"report", "Report", "", false, false},
                {"publication-notice", "Sent to the national panel", "", false, false},
                {"publication", "Publication", "", false, false}};
    p.clocks = {clock("notification", {K::ReviewDate, "aware"}, 5, U::WorkingDays, false, {2, U::WorkingDays}),
                clock("rapid-review", {K::ReviewDate, "aware"}, 15, U::WorkingDays, false, {2, U::WorkingDays}),
                clock("final-report", {K::Stage, "decision"}, 6, U::Months, true, {1, U::Months}, "report"),
                clock("publication-notice", {K::ReviewDate, "planned-publication"}, 7, U::WorkingDays, false,
                      {2, U::WorkingDays})};
    p.clocks.back().before = true;
    return p;
}

inline model::PathwayLibrary mini_library() {
    model::PathwayLibrary lib;
    lib.add(mini_cspr());
    return lib;
}

}  // namespace testing
