// SPDX-License-Identifier: MIT
// The controlled list of finding themes (templates/themes.xml, validated by schema/themes.xsd).
#pragma once
#include <string>
#include <vector>

namespace model {

struct Theme {
    std::string name;         ///< "information sharing": what findings store and reports show
    std::string description;  ///< what the theme covers, for pickers and docs
};

/// The themes a board files its findings under. Shipped in `templates/themes.xml`; a board's own
/// copy in the user data directory replaces the shipped list as a whole (it is one list, edited as
/// one). Files are untrusted: parsed with model/pathway/safe_xml.h and validated against the schema.
class ThemeList {
public:
    ThemeList() = default;
    explicit ThemeList(std::vector<Theme> themes) : m_themes(std::move(themes)) {}

    /// The highest-priority `templates/themes.xml` (see find_resource), validated by `schema/themes.xsd`.
    /// @throws model::Error (BadInput) `file:LINE: …` for an invalid file; NotFound when none exists.
    static ThemeList load_default();
    /// @throws model::Error (BadInput) `file:LINE: …` for a malformed or invalid file or a duplicate name.
    static ThemeList load_file(const std::string& path, const std::string& xsd_path);

    const std::vector<Theme>& all() const { return m_themes; }
    /// The canonical name of `name` (compared ignoring case and surrounding spaces), or nullptr.
    const Theme* find(const std::string& name) const;
    /// @return the canonical name. @throws model::Error (BadInput)
    /// `unknown theme 'x' (known: information sharing, …)`.
    const std::string& require(const std::string& name) const;

private:
    std::vector<Theme> m_themes;
};

}  // namespace model
