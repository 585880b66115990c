// SPDX-License-Identifier: MIT
// Loading the controlled theme list from templates/themes.xml.
#include "model/learning/theme_list.h"

#include "model/core/error.h"
#include "model/core/resources.h"
#include "model/pathway/safe_xml.h"

#include <algorithm>
#include <cctype>

namespace model {
namespace {

/// Lower case, inner whitespace collapsed, ends trimmed: how names are compared.
std::string folded(const std::string& name) {
    std::string out;
    bool space = false;
    for (char ch : name) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isspace(u)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += char(std::tolower(u));
    }
    return out;
}

std::string collapsed(const std::string& text) {
    std::string out;
    bool space = false;
    for (char ch : text) {
        if (std::isspace(static_cast<unsigned char>(ch))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

}  // namespace

ThemeList ThemeList::load_default() {
    // One list, edited as one: the highest-priority copy (a board's own) replaces the shipped file.
    return load_file(find_resource("templates/themes.xml"), find_resource("schema/themes.xsd"));
}

ThemeList ThemeList::load_file(const std::string& path, const std::string& xsd_path) {
    const xml::XmlSchema schema = xml::XmlSchema::load(xsd_path);
    const xml::XmlDocument doc = xml::load_xml_file(path, &schema);
    std::vector<Theme> themes;
    for (const xml::XmlNode* node : doc.root.elements("theme")) {
        Theme theme{collapsed(node->attribute_or("name", "")), collapsed(node->own_text())};
        for (const auto& known : themes)
            if (folded(known.name) == folded(theme.name))
                throw bad_input(xml::where(path, node->line) + ": theme '" + theme.name + "' is listed twice");
        themes.push_back(std::move(theme));
    }
    return ThemeList(std::move(themes));
}

const Theme* ThemeList::find(const std::string& name) const {
    const std::string key = folded(name);
    for (const auto& theme : m_themes)
        if (folded(theme.name) == key) return &theme;
    return nullptr;
}

const std::string& ThemeList::require(const std::string& name) const {
    if (const Theme* theme = find(name)) return theme->name;
    std::string known;
    for (const auto& theme : m_themes) known += (known.empty() ? "" : ", ") + theme.name;
    throw bad_input("unknown theme '" + name + "' (known: " + (known.empty() ? "none" : known) + ")");
}

}  // namespace model
