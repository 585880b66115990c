// SPDX-License-Identifier: MIT
#include "model/pathway/safe_xml.h"

#include "model/core/capped_file.h"
#include "model/core/error.h"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "model/core/libxml_session.h"
#include <unordered_map>

namespace model::xml {

namespace {

// ---- RAII for every libxml2 object -------------------------------------------------------------

struct DocFree {
    void operator()(xmlDoc* p) const { xmlFreeDoc(p); }
};
struct ParserCtxtFree {
    void operator()(xmlParserCtxt* p) const { xmlFreeParserCtxt(p); }
};
struct SchemaParserCtxtFree {
    void operator()(xmlSchemaParserCtxt* p) const { xmlSchemaFreeParserCtxt(p); }
};
struct SchemaFree {
    void operator()(xmlSchema* p) const { xmlSchemaFree(p); }
};
struct ValidCtxtFree {
    void operator()(xmlSchemaValidCtxt* p) const { xmlSchemaFreeValidCtxt(p); }
};
struct XmlCharFree {
    void operator()(xmlChar* p) const { xmlFree(p); }
};

using DocPtr = std::unique_ptr<xmlDoc, DocFree>;
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, ParserCtxtFree>;
using SchemaParserCtxtPtr = std::unique_ptr<xmlSchemaParserCtxt, SchemaParserCtxtFree>;
using SchemaPtr = std::unique_ptr<xmlSchema, SchemaFree>;
using ValidCtxtPtr = std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtFree>;
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharFree>;

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

/// libxml2 2.9 saturates an element's line at 65535 and, even with XML_PARSE_BIG_LINES, then
/// borrows a neighbour's line for it (only text nodes keep their own). We record the real line of
/// every element past that point while parsing (case files run to hundreds of thousands of lines).
using BigLines = std::unordered_map<const xmlNode*, int>;
constexpr int kSaturatedLine = 65535;

int node_line(const xmlNode* node, const BigLines* big_lines) {
    if (big_lines && node->line >= kSaturatedLine) {
        if (auto it = big_lines->find(node); it != big_lines->end()) return it->second;
    }
    const long line = xmlGetLineNo(node);
    return (line > 0 && line <= INT_MAX) ? static_cast<int>(line) : 0;
}

// ---- Error collection ---------------------------------------------------------------------------

/// Keeps the first error (warnings are ignored): that is the one a person should fix first, the
/// rest are usually its echoes.
struct ErrorLog {
    bool has = false;
    int line = 0;
    std::string message;
    const BigLines* big_lines = nullptr;  ///< of the document being validated, if any

    void add(int at_line, std::string text) {
        if (has) return;
        has = true;
        line = at_line;
        message = std::move(text);
    }
};

/// One line: libxml2 messages end with a newline and sometimes contain more.
std::string clean_message(const char* raw) {
    std::string text = raw ? raw : "unknown XML error";
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.empty() ? "unknown XML error" : text;
}

int error_line(const xmlError* error, const BigLines* big_lines) {
    // Validation errors carry the node: its line is exact even past 65535 (error->line is not).
    if (error->node) {
        auto* node = static_cast<const xmlNode*>(error->node);
        if (node->type == XML_ATTRIBUTE_NODE) node = node->parent;
        if (node && node->type == XML_ELEMENT_NODE) {
            if (const int line = node_line(node, big_lines); line > 0) return line;
        }
    }
    return error->line > 0 ? error->line : 0;
}

void collect_error(void* data, xmlErrorPtr error) {
    auto* log = static_cast<ErrorLog*>(data);
    if (!log || !error || error->level < XML_ERR_ERROR) return;
    log->add(error_line(error, log->big_lines), clean_message(error->message));
}

// ---- Parsing --------------------------------------------------------------------------------------

struct ParsedDocument {
    DocPtr doc;
    BigLines big_lines;
};

struct ParseState {
    int doctype_line = 0;
    startElementNsSAX2Func build_element = nullptr;  ///< libxml2's own tree builder
    BigLines* big_lines = nullptr;
};

/// SAX hook for `<!DOCTYPE`: called before the internal subset is read, so no entity is ever
/// declared, let alone expanded. Stops the parser there.
void refuse_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    if (auto* state = static_cast<ParseState*>(ctxt->_private); state && state->doctype_line == 0)
        state->doctype_line = (ctxt->input && ctxt->input->line > 0) ? ctxt->input->line : 1;
    xmlStopParser(ctxt);
}

/// SAX hook for each start tag: builds the node as usual, then notes its line if libxml2 cannot.
void record_element(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri,
                    int nb_namespaces, const xmlChar** namespaces, int nb_attributes, int nb_defaulted,
                    const xmlChar** attributes) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    auto* state = static_cast<ParseState*>(ctxt->_private);
    if (!state || !state->build_element) return;
    state->build_element(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes, nb_defaulted,
                         attributes);
    if (ctxt->node && ctxt->input && ctxt->input->line >= kSaturatedLine)
        (*state->big_lines)[ctxt->node] = ctxt->input->line;
}


/// Must be called inside a LibxmlSession whose error context is `log`.
ParsedDocument parse_document(std::string_view content, const std::string& display_path,
                              const ParseOptions& options, ErrorLog& log) {
    if (content.size() > options.max_bytes || content.size() > static_cast<std::size_t>(INT_MAX))
        throw bad_input(display_path + ": file is too large (" + std::to_string(content.size()) +
                        " bytes; the limit is " + describe_size(options.max_bytes) + ")");

    ParserCtxtPtr ctxt(xmlNewParserCtxt());
    if (!ctxt || !ctxt->sax) throw internal_error(display_path + ": cannot create an XML parser (out of memory)");
    ParsedDocument parsed;
    ParseState state;
    state.big_lines = &parsed.big_lines;
    state.build_element = ctxt->sax->startElementNs;
    ctxt->_private = &state;
    ctxt->sax->internalSubset = refuse_doctype;
    if (state.build_element) ctxt->sax->startElementNs = record_element;

    // Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE.
    int flags = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
    if (options.drop_blank_text) flags |= XML_PARSE_NOBLANKS;

    DocPtr doc(xmlCtxtReadMemory(ctxt.get(), content.data(), static_cast<int>(content.size()), nullptr, nullptr,
                                 flags));
    if (state.doctype_line) throw bad_input(where(display_path, state.doctype_line) + ": DOCTYPE is not allowed");
    if (log.has) throw bad_input(where(display_path, log.line) + ": " + log.message);
    if (!doc) throw bad_input(display_path + ": not well-formed XML");
    if (doc->intSubset || doc->extSubset) throw bad_input(where(display_path, 1) + ": DOCTYPE is not allowed");
    if (!xmlDocGetRootElement(doc.get())) throw bad_input(where(display_path, 1) + ": no root element");
    parsed.doc = std::move(doc);
    return parsed;
}

std::string qualified_name(const xmlChar* name, const xmlNs* ns) {
    std::string out;
    if (ns && ns->prefix) out = std::string(chars(ns->prefix)) + ":";
    return out + (name ? chars(name) : "");
}

void copy_element(const xmlNode* from, const BigLines& big_lines, XmlNode& to) {
    to.kind = XmlNode::Kind::Element;
    to.name = qualified_name(from->name, from->ns);
    to.line = node_line(from, &big_lines);
    for (const xmlAttr* attr = from->properties; attr; attr = attr->next) {
        XmlCharPtr value(xmlNodeListGetString(from->doc, attr->children, 1));
        to.attributes.emplace_back(qualified_name(attr->name, attr->ns), value ? chars(value.get()) : "");
    }
    for (const xmlNode* child = from->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            to.children.emplace_back();
            copy_element(child, big_lines, to.children.back());
        } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (!child->content) continue;
            // Adjacent runs (text, then CDATA merged as text) become one node.
            if (!to.children.empty() && !to.children.back().is_element()) {
                to.children.back().text += chars(child->content);
            } else {
                XmlNode text;
                text.kind = XmlNode::Kind::Text;
                text.text = chars(child->content);
                text.line = node_line(child, nullptr);  // text nodes keep big lines themselves
                to.children.push_back(std::move(text));
            }
        }
        // Comments and processing instructions are dropped; entity references cannot occur
        // (no DOCTYPE, so no entity is declared).
    }
}

}  // namespace

// ---- XmlNode --------------------------------------------------------------------------------------

const std::string* XmlNode::attribute(std::string_view attr_name) const {
    for (const auto& [key, value] : attributes)
        if (key == attr_name) return &value;
    return nullptr;
}

std::string XmlNode::attribute_or(std::string_view attr_name, std::string fallback) const {
    const std::string* value = attribute(attr_name);
    return value ? *value : std::move(fallback);
}

const XmlNode* XmlNode::child(std::string_view element_name) const {
    for (const auto& node : children)
        if (node.is_element() && node.name == element_name) return &node;
    return nullptr;
}

std::vector<const XmlNode*> XmlNode::elements(std::string_view element_name) const {
    std::vector<const XmlNode*> out;
    for (const auto& node : children)
        if (node.is_element() && (element_name.empty() || node.name == element_name)) out.push_back(&node);
    return out;
}

std::string XmlNode::own_text() const {
    std::string out;
    for (const auto& node : children)
        if (!node.is_element()) out += node.text;
    return out;
}

// ---- XmlSchema ------------------------------------------------------------------------------------

struct XmlSchema::Impl {
    std::string path;
    DocPtr doc;        // the schema document must outlive the compiled schema
    SchemaPtr schema;  // declared after doc: destroyed first
};

XmlSchema::XmlSchema(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
XmlSchema::XmlSchema(XmlSchema&&) noexcept = default;
XmlSchema& XmlSchema::operator=(XmlSchema&&) noexcept = default;
XmlSchema::~XmlSchema() = default;

const std::string& XmlSchema::path() const { return m_impl->path; }

XmlSchema XmlSchema::load(const std::string& xsd_path, std::size_t max_bytes) {
    const std::string content = read_file_capped(xsd_path, max_bytes);
    auto impl = std::make_unique<Impl>();
    impl->path = xsd_path;

    ErrorLog log;
    LibxmlSession session(collect_error, &log);
    ParseOptions options;
    options.max_bytes = max_bytes;
    impl->doc = parse_document(content, xsd_path, options, log).doc;

    SchemaParserCtxtPtr pctxt(xmlSchemaNewDocParserCtxt(impl->doc.get()));
    if (!pctxt) throw internal_error(xsd_path + ": cannot create a schema parser (out of memory)");
    ErrorLog schema_log;
    xmlSchemaSetParserStructuredErrors(pctxt.get(), collect_error, &schema_log);
    impl->schema.reset(xmlSchemaParse(pctxt.get()));
    if (schema_log.has || log.has || !impl->schema) {
        const ErrorLog& first = schema_log.has ? schema_log : log;
        throw bad_input(where(xsd_path, first.line) + ": " +
                        (first.has ? first.message : std::string("not a valid XML Schema")));
    }
    return XmlSchema(std::move(impl));
}

// ---- Free functions -------------------------------------------------------------------------------

std::string where(const std::string& path, int line) {
    return line > 0 ? path + ":" + std::to_string(line) : path;
}


XmlDocument parse_xml(std::string_view content, const std::string& display_path, const XmlSchema* schema,
                      const ParseOptions& options) {
    ErrorLog log;
    LibxmlSession session(collect_error, &log);
    ParsedDocument parsed = parse_document(content, display_path, options, log);
    xmlDoc* doc = parsed.doc.get();

    if (schema) {
        ValidCtxtPtr vctxt(xmlSchemaNewValidCtxt(schema->impl().schema.get()));
        if (!vctxt) throw internal_error(display_path + ": cannot create a schema validator (out of memory)");
        ErrorLog validation_log;
        validation_log.big_lines = &parsed.big_lines;
        xmlSchemaSetValidStructuredErrors(vctxt.get(), collect_error, &validation_log);
        const int rc = xmlSchemaValidateDoc(vctxt.get(), doc);
        // 0 is valid; a positive code is the first error; -1 is an internal failure. Only 0 passes.
        if (rc != 0 || validation_log.has) {
            const ErrorLog& first = validation_log.has ? validation_log : log;
            if (first.has) throw bad_input(where(display_path, first.line) + ": " + first.message);
            throw bad_input(display_path + ": does not match " + schema->path() + " (libxml2 code " +
                            std::to_string(rc) + ")");
        }
    }

    XmlDocument out;
    out.path = display_path;
    copy_element(xmlDocGetRootElement(doc), parsed.big_lines, out.root);
    return out;
}

XmlDocument load_xml_file(const std::string& path, const XmlSchema* schema, const ParseOptions& options) {
    const std::string content = read_file_capped(path, options.max_bytes);
    return parse_xml(content, path, schema, options);
}

}  // namespace model::xml
