// SPDX-License-Identifier: MIT
#pragma once
// Safe streaming of an untrusted XML member of a ZIP package (an XLSX sheet, a DOCX body) with
// libxml2's xmlTextReader, behind an interface that names no libxml2 type. Internal to model/sources.
//
// Safety, as in model/pathway/safe_xml (libxml2 2.9.14):
//  - the member is inflated through ZipArchive's caps as libxml2 pulls it (never held whole);
//  - parser options are XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING
//    only: never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE;
//  - any DOCTYPE is refused: the bytes are watched on their way in and the stream is cut at
//    `<!DOCTYPE`, before libxml2 reads its internal subset (so no entity is ever declared); a
//    DOCTYPE node that still arrives (a UTF-16 document) is refused too;
//  - a deny-all external entity loader is installed while a stream is open (process-global in
//    libxml2, so streams are serialised by a lock, and the previous loader is restored afterwards);
//  - errors are collected, never printed: `file: member:LINE: message`.
// Element and attribute names are matched by local name, ignoring prefixes and namespaces: OOXML
// producers use different prefixes (and Strict OOXML different namespace URIs) for the same thing.
#include "model/sources/zip_archive.h"

#include <memory>
#include <string>
#include <string_view>

namespace model::sources {

class XmlStream {
public:
    enum class Node { Start, End, Text, Other };

    /// Opens `member` of `zip` (at most `max_bytes` inflated) for streaming.
    /// @throws model::Error (BadInput) as ZipArchive::open_member() does.
    XmlStream(ZipArchive& zip, const std::string& member, std::size_t max_bytes);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    /// Advances to the next node; false at the end of the document.
    /// @throws model::Error (BadInput) `file: member:LINE: …` for malformed XML, a DOCTYPE, or a cap.
    bool next();

    Node node() const { return m_node; }
    /// Local name of the current element (Start/End); empty otherwise.
    std::string_view name() const;
    /// A Start node that is also its own end (`<x/>`): no End node follows it.
    bool is_empty_element() const;
    /// Text of a Text node (text, CDATA, whitespace); empty otherwise. Valid until next().
    std::string_view text() const;
    /// Element depth (the root is 0).
    int depth() const;
    /// Copies the value of the current element's attribute with that local name (any prefix) into
    /// `out`; false when absent.
    bool attribute(std::string_view local_name, std::string& out);

    /// The current line (1-based; approximate past libxml2's line bookkeeping).
    int line() const;
    const std::string& member() const { return m_member; }
    /// "`file`: `member`:`line`" — the prefix for messages about the current node.
    std::string where() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_member;
    Node m_node = Node::Other;
};

}  // namespace model::sources
