// SPDX-License-Identifier: MIT
#pragma once
// Safe reading of untrusted XML (pathway definitions, report templates, case files) with libxml2,
// behind an interface that names no libxml2 type: the parsed document is copied into plain
// XmlNode values, and a compiled schema is an opaque XmlSchema.
//
// What "safe" means here (libxml2 2.9.14):
//  - the input is size-capped before libxml2 sees it;
//  - parser options never include NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE;
//  - any DOCTYPE is refused (the parser is stopped at the declaration, before any entity is
//    declared), so there are no entities to expand: no XXE, no billion laughs;
//  - a deny-all external entity loader is installed while we parse or validate, so nothing is
//    ever fetched from a file or the network (schemas must be self-contained: no xs:include);
//  - errors are collected, never printed, and reported as one line `path:LINE: message`.
#include "model/core/capped_file.h"
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace model::xml {

/// The cap for definitions and templates (pathways, report templates, schemas).
inline constexpr std::size_t kDefinitionMaxBytes = 4u * 1024u * 1024u;

/// A node copied out of a parsed document: an element (with attributes and children) or a run of
/// text. Comments and processing instructions are dropped. Plain values: safe to keep, copy and
/// move after the parser is gone.
struct XmlNode {
    enum class Kind { Element, Text };
    Kind kind = Kind::Element;
    std::string name;  ///< element name ("prefix:name" when prefixed); empty for text
    std::string text;  ///< the text of a Text node; empty for elements
    int line = 0;      ///< 1-based source line (0 when unknown)
    std::vector<std::pair<std::string, std::string>> attributes;  ///< in document order
    std::vector<XmlNode> children;                                 ///< elements and text, in order

    bool is_element() const { return kind == Kind::Element; }
    /// The attribute's value, or nullptr when absent.
    const std::string* attribute(std::string_view attr_name) const;
    std::string attribute_or(std::string_view attr_name, std::string fallback) const;
    /// The first child element with that name, or nullptr.
    const XmlNode* child(std::string_view element_name) const;
    /// Every child element with that name (all child elements when `element_name` is empty).
    std::vector<const XmlNode*> elements(std::string_view element_name = {}) const;
    /// The text directly inside this element (its Text children joined), not its descendants'.
    std::string own_text() const;
};

/// A parsed document. `path` is the name used in messages (a file path, or a label for memory).
struct XmlDocument {
    std::string path;
    XmlNode root;
};

struct ParseOptions {
    std::size_t max_bytes = kDefinitionMaxBytes;
    /// Drop whitespace-only text between elements (libxml2 NOBLANKS). Turn off for mixed content
    /// (report templates with inline markup) where a space between two elements matters.
    bool drop_blank_text = true;
};

/// A compiled XML Schema (XSD), reusable for many documents. Move-only.
class XmlSchema {
public:
    /// Reads (size-capped), parses (with the same safe options) and compiles an XSD.
    /// @throws model::Error (BadInput) `path:LINE: …` when the file is missing, too large, not a
    ///         valid schema, or tries to include other files.
    static XmlSchema load(const std::string& xsd_path, std::size_t max_bytes = kDefinitionMaxBytes);

    XmlSchema(XmlSchema&&) noexcept;
    XmlSchema& operator=(XmlSchema&&) noexcept;
    ~XmlSchema();

    const std::string& path() const;

    struct Impl;  ///< libxml2 state, defined in safe_xml.cpp only
    const Impl& impl() const { return *m_impl; }

private:
    explicit XmlSchema(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Reads a whole file, refusing one larger than `max_bytes` before reading it.
using model::read_file_capped;

/// Parses `content` safely, rejects any DOCTYPE, and validates against `schema` when not null.
/// `display_path` names the document in messages. Thread-safe (serialised internally: libxml2's
/// entity loader is process-global).
/// @throws model::Error (BadInput) `display_path:LINE: message` for the first problem.
XmlDocument parse_xml(std::string_view content, const std::string& display_path, const XmlSchema* schema,
                      const ParseOptions& options = {});

/// read_file_capped() then parse_xml().
/// @throws model::Error as those two do.
XmlDocument load_xml_file(const std::string& path, const XmlSchema* schema, const ParseOptions& options = {});

/// `path:line` (just `path` when line is 0): the prefix of every file-related message.
std::string where(const std::string& path, int line);

}  // namespace model::xml
