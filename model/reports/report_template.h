// SPDX-License-Identifier: MIT
// Internal to model/reports: finding, validating and listing report templates.
#pragma once
#include "model/pathway/safe_xml.h"
#include "model/reports/report.h"

#include <string>
#include <vector>

namespace model::report {

/// A template file, validated against schema/report-template.xsd and parsed (text kept as written:
/// mixed content such as "see <b>this</b> now" keeps its spaces).
struct LoadedTemplate {
    ReportTemplateInfo info;
    std::string marking;  ///< the <report marking="…"> attribute
    xml::XmlDocument doc;
};

/// The winning file of every template name (a board's copy first), unsorted metadata not read.
std::vector<ReportTemplateInfo> template_files();

/// Loads one template by name.
/// @throws model::Error (BadInput) `unknown template 'X' (templates: a, b, …)`, or
///         `file:LINE: reason` when the file is not a valid template.
LoadedTemplate load_template(const std::string& name);

}  // namespace model::report
