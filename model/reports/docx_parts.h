// SPDX-License-Identifier: MIT
// Internal to model/reports: the fixed parts of a .docx package (styles, settings, relationships),
// kept apart from docx_writer.cpp, which writes the body.
#pragma once
#include <string>

namespace model::report::docx {

/// A4 with 20 mm margins: the text width in twentieths of a point, for table grids and tab stops.
inline constexpr int kTextWidthTwips = 11906 - 2 * 1134;

extern const char* const kNamespaces;  ///< the xmlns attributes every part's root element carries
std::string styles_xml();
std::string settings_xml();
/// `image_rels`: the <Relationship> elements of the document's images.
std::string document_rels(const std::string& image_rels, bool has_header);
std::string content_types(bool has_png, bool has_jpeg, bool has_header);
std::string root_rels();
std::string core_props(const std::string& escaped_title);
std::string app_props();
std::string footer_xml(const std::string& escaped_footer);
std::string header_xml(const std::string& escaped_marking);

}  // namespace model::report::docx
