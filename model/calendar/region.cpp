// SPDX-License-Identifier: MIT
#include "model/calendar/region.h"

#include "model/core/error.h"

namespace model {

std::string_view region_id(Region region) {
    switch (region) {
        case Region::EnglandAndWales: return "england-and-wales";
        case Region::Scotland: return "scotland";
        case Region::NorthernIreland: return "northern-ireland";
    }
    return "england-and-wales";
}

std::string_view region_name(Region region) {
    switch (region) {
        case Region::EnglandAndWales: return "England and Wales";
        case Region::Scotland: return "Scotland";
        case Region::NorthernIreland: return "Northern Ireland";
    }
    return "England and Wales";
}

std::optional<Region> try_parse_region(std::string_view id) {
    for (Region r : kAllRegions)
        if (region_id(r) == id) return r;
    return std::nullopt;
}

Region parse_region(std::string_view id) {
    if (auto r = try_parse_region(id)) return *r;
    throw bad_input("unknown region '" + std::string(id) +
                    "' (expected england-and-wales, scotland or northern-ireland)");
}

}  // namespace model
