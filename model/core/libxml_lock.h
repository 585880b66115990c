// SPDX-License-Identifier: MIT
// Internal to the model.
#pragma once
#include <mutex>

namespace model {

/// libxml2's external entity loader and default error handlers are process-global. Every part of the
/// model that parses XML (pathways, spreadsheets, Word documents, templates, case files) swaps them
/// in and out under this one lock, so no parse ever runs with another's loader restored.
/// Recursive: a parse may validate against a schema that is itself parsed.
std::recursive_mutex& libxml_mutex();

}  // namespace model
