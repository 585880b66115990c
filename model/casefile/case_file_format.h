// SPDX-License-Identifier: MIT
// Internal to model/casefile: CaseData to and from the XML of schema/casefile.xsd.
#pragma once
#include "model/casefile/case_rows.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace model::xml { class XmlSchema; }

namespace model::casefile {

inline constexpr const char* kNamespace = "urn:casereview:casefile:1";
inline constexpr const char* kFormatVersion = "1";
/// Case files carry whole chronologies and attached evidence: far larger than a definition file,
/// but still read whole, so capped.
inline constexpr std::size_t kCaseFileMaxBytes = 256u * 1024u * 1024u;

/// The document, deterministically: tables in spec order, rows in the order given, attributes and
/// elements in column order, two-space indentation, no timestamp of the export itself.
/// @throws model::Error (Internal) when a Token or Stamp value is not text XML can carry.
std::string write_case_file(const CaseData& data);

/// Parses safely (see model/pathway/safe_xml.h), validates against `schema`, then checks what the
/// schema cannot: dates that exist, ids unique, every reference naming a row of the right table.
/// `specs` are the tables to expect (CaseFileStore::tables()).
/// @throws model::Error (BadInput) `display_path:LINE: reason` for the first problem.
CaseData read_case_file(std::string_view content, const std::string& display_path, const xml::XmlSchema& schema,
                        const std::vector<TableSpec>& specs);

}  // namespace model::casefile
