// SPDX-License-Identifier: MIT
#pragma once
#include "model/calendar/region.h"
#include "model/core/date.h"

#include <map>
#include <string>
#include <vector>

namespace model {

/// One bank holiday, in the fields of GOV.UK's bank-holidays.json.
struct BankHoliday {
    Date date;
    std::string title;
    std::string notes;  // "Substitute day", "Extra bank holiday", …
    bool bunting = false;
};

/// Bank holidays derived from the published rules (Banking and Financial Dealings Act 1971 and the
/// royal proclamations), including substitute days and the one-off changes of 2011 (royal wedding),
/// 2012 (spring bank holiday moved, Diamond Jubilee), 2020 (VE Day), 2022 (spring bank holiday moved,
/// Platinum Jubilee, State Funeral) and 2023 (Coronation). Correct for any year from 1975 on; years
/// after the last known proclamation follow the standing rules. Sorted by date.
std::vector<BankHoliday> derived_bank_holidays(Region region, int year);

/// The contents of a GOV.UK bank-holidays.json: per region, its events.
using HolidaySet = std::map<Region, std::vector<BankHoliday>>;

/// Parses GOV.UK's bank-holidays.json format (divisions `england-and-wales`, `scotland`,
/// `northern-ireland`, each with `events` of `title`, `date`, `notes`, `bunting`). Unknown divisions
/// are an error; a division may be absent. Input is capped at 8 MiB.
/// @param source_name the file name, used in error messages.
/// @throws model::Error (BadInput) naming the file, the line and the offending value.
HolidaySet parse_govuk_bank_holidays(const std::string& json_text, const std::string& source_name);

}  // namespace model
