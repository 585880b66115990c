// SPDX-License-Identifier: MIT
// Internal to model/reports: the fixed parts of an .odt package (styles with the page-number footer,
// meta, manifest), kept apart from odt_writer.cpp, which writes the content.
#pragma once
#include <string>
#include <vector>

namespace model::report::odt {

/// A4 with 2 cm side margins: the text width in cm, for table columns and the footer's tab stop.
inline constexpr double kTextWidthCm = 17.0;

extern const char* const kNamespaces;  ///< the xmlns attributes of content.xml and styles.xml
std::string styles_xml(const std::string& escaped_footer, const std::string& escaped_marking);
std::string meta_xml(const std::string& escaped_title);
/// `pictures`: the package paths of embedded images ("Pictures/image1.png") with their media type.
std::string manifest_xml(const std::vector<std::pair<std::string, std::string>>& pictures);

}  // namespace model::report::odt
