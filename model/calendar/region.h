// SPDX-License-Identifier: MIT
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace model {

/// The three bank-holiday divisions of the United Kingdom, named as GOV.UK names them.
enum class Region { EnglandAndWales, Scotland, NorthernIreland };

inline constexpr std::array<Region, 3> kAllRegions = {Region::EnglandAndWales, Region::Scotland,
                                                      Region::NorthernIreland};

/// "england-and-wales", "scotland", "northern-ireland".
std::string_view region_id(Region region);
/// "England and Wales", "Scotland", "Northern Ireland".
std::string_view region_name(Region region);
std::optional<Region> try_parse_region(std::string_view id);
/// @throws model::Error (BadInput) `unknown region 'x' (expected england-and-wales, scotland or northern-ireland)`.
Region parse_region(std::string_view id);

}  // namespace model
