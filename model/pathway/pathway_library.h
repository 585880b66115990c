// SPDX-License-Identifier: MIT
#pragma once
#include "model/pathway/pathway.h"

#include <string>
#include <vector>

namespace model {

/// The pathway definitions a board uses: every `*.xml` in a folder, each validated against
/// `schema/pathway.xsd` with libxml2 before use. Files are untrusted (a board edits them): no
/// network, no external entities, no DTD, size capped.
class PathwayLibrary {
public:
    PathwayLibrary() = default;

    /// Loads the shipped definitions, then the board's own from the user data directory
    /// (`templates/pathways/*.xml`), which replace shipped pathways of the same id or add new ones.
    /// @throws model::Error (BadInput) naming the file and line of the first invalid definition.
    static PathwayLibrary load_default();

    /// @throws model::Error (BadInput) `file.xml:12: …` for a malformed or schema-invalid file, a
    /// duplicate pathway id, or a clock that names an unknown stage.
    static PathwayLibrary load_directory(const std::string& directory, const std::string& xsd_path);

    /// Parses and validates one definition.
    /// @throws model::Error (BadInput) `file.xml:12: …`.
    static Pathway load_file(const std::string& path, const std::string& xsd_path);

    const std::vector<Pathway>& all() const { return m_pathways; }
    const Pathway* find(const std::string& id) const;
    /// @throws model::Error (NotFound) `unknown pathway 'x' (known: …)`.
    const Pathway& get(const std::string& id) const;

    void add(Pathway pathway) { m_pathways.push_back(std::move(pathway)); }

private:
    std::vector<Pathway> m_pathways;
};

}  // namespace model
