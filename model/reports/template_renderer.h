// SPDX-License-Identifier: MIT
// Internal to model/reports: a validated template + a review's data → the neutral Document.
#pragma once
#include "model/reports/document.h"
#include "model/reports/report_data.h"
#include "model/reports/report_template.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace model::report {

/// Every text of the document passes through this on its way in: identity for a draft, the
/// redactor (apply, then check) when publishing. `where` says where the text came from
/// ("chronology 1234", "recommendation 3", "final-report.xml:14").
using TextFilter = std::function<std::string(std::string_view text, const std::string& where)>;

struct Rendered {
    Document document;
    std::vector<std::string> warnings;
};

/// @throws model::Error (BadInput) `file:LINE: unknown field '{x}' …` and the like.
Rendered render_document(const LoadedTemplate& tpl, const ReportData& data, const TextFilter& filter, bool publish);

}  // namespace model::report
