// SPDX-License-Identifier: MIT
#include "model/clocks/clock_state.h"

namespace model {

std::string_view status_id(ClockStatus status) {
    switch (status) {
    case ClockStatus::OnTrack: return "on-track";
    case ClockStatus::DueSoon: return "due-soon";
    case ClockStatus::Overdue: return "overdue";
    case ClockStatus::Met: return "met";
    case ClockStatus::MetLate: return "met-late";
    case ClockStatus::Paused: return "paused";
    }
    return "on-track";
}

int urgency(ClockStatus status) {
    switch (status) {
    case ClockStatus::Overdue: return 0;
    case ClockStatus::DueSoon: return 1;
    case ClockStatus::Paused: return 2;
    case ClockStatus::OnTrack: return 3;
    case ClockStatus::MetLate: return 4;
    case ClockStatus::Met: return 5;
    }
    return 6;
}

}  // namespace model
