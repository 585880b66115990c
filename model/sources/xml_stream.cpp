// SPDX-License-Identifier: MIT
#include "model/sources/xml_stream.h"

#include "model/core/error.h"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <climits>
#include <exception>
#include <mutex>

#include "model/core/libxml_session.h"

namespace model::sources {

namespace {

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }


/// One line: libxml2 messages end with a newline and sometimes contain more.
std::string clean_message(const char* raw) {
    std::string text = raw ? raw : "";
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text.empty() ? std::string("not well-formed XML") : text;
}

/// Watches the bytes before the root element and reports `<!DOCTYPE` before libxml2 sees it, so that
/// the internal subset is never parsed. Skips the XML declaration, processing instructions and
/// comments. Gives up (leaving the reader's own DOCTYPE check) on input that is not ASCII-compatible
/// or a prolog longer than 64 KiB.
class DoctypeWatch {
public:
    /// True when `data` completes a DOCTYPE declaration's start.
    bool feed(const char* data, std::size_t size) {
        if (m_done) return false;
        m_head.append(data, size);
        scan();
        if (!m_done && m_head.size() > (64u << 10)) finish();
        return m_line > 0;
    }
    int line() const { return m_line; }

private:
    void finish() {
        m_done = true;
        std::string().swap(m_head);
    }

    void scan() {
        const std::string& h = m_head;
        if (m_pos == 0) {
            if (h.size() < 4) return;
            if (h[0] == '\xFE' || h[0] == '\xFF' || h[0] == '\0' || h[1] == '\0') return finish();  // UTF-16/32
            if (h.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pos = 3;
        }
        for (;;) {
            const std::size_t lt = h.find('<', m_pos);
            if (lt == std::string::npos || lt + 1 >= h.size()) return;  // need more
            const char c = h[lt + 1];
            if (c == '?') {
                const std::size_t end = h.find("?>", lt + 2);
                if (end == std::string::npos) return;
                m_pos = end + 2;
            } else if (c == '!') {
                if (h.size() < lt + 9) return;
                if (h.compare(lt, 4, "<!--") == 0) {
                    const std::size_t end = h.find("-->", lt + 4);
                    if (end == std::string::npos) return;
                    m_pos = end + 3;
                } else {
                    if (h.compare(lt, 9, "<!DOCTYPE") == 0)
                        m_line = 1 + static_cast<int>(std::count(h.begin(), h.begin() + static_cast<long>(lt), '\n'));
                    return finish();  // a DOCTYPE, or something libxml2 will call malformed
                }
            } else {
                return finish();  // the root element: no DOCTYPE can follow
            }
        }
    }

    std::string m_head;
    std::size_t m_pos = 0;
    bool m_done = false;
    int m_line = 0;
};

}  // namespace

struct XmlStream::Impl {
    // Declared first: destroyed last, after the reader is freed. Errors come to collect_error.
    LibxmlSession session{collect_error, this};

    std::string file;
    std::string member;
    ZipArchive::Member input;
    xmlTextReaderPtr reader = nullptr;
    DoctypeWatch watch;
    int doctype_line = 0;
    std::exception_ptr pending;  // thrown inside the read callback, rethrown here
    bool has_error = false;
    int error_line = 0;
    std::string error_message;

    explicit Impl(ZipArchive::Member&& m) : input(std::move(m)) {}
    ~Impl() {
        if (reader) xmlFreeTextReader(reader);
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    static void collect_error(void* data, xmlErrorPtr error) {
        auto* self = static_cast<Impl*>(data);
        if (!self || !error || error->level < XML_ERR_ERROR || self->has_error) return;
        self->has_error = true;
        self->error_line = error->line > 0 ? error->line : 0;
        self->error_message = clean_message(error->message);
    }

    static int read_input(void* context, char* buffer, int size) {
        auto* self = static_cast<Impl*>(context);
        if (size <= 0) return 0;
        try {
            const std::size_t n = self->input.read(buffer, static_cast<std::size_t>(size));
            if (self->watch.feed(buffer, n)) {
                self->doctype_line = self->watch.line();
                return -1;  // libxml2 never sees the declaration
            }
            return static_cast<int>(n);
        } catch (...) {
            self->pending = std::current_exception();
            return -1;
        }
    }

    std::string at(int line) const {
        return file + ": " + member + (line > 0 ? ":" + std::to_string(line) : std::string());
    }

    /// Throws the first problem, most specific first.
    [[noreturn]] void fail() {
        if (pending) std::rethrow_exception(pending);
        if (doctype_line) throw bad_input(at(doctype_line) + ": DOCTYPE is not allowed");
        if (has_error) throw bad_input(at(error_line) + ": " + error_message);
        throw bad_input(at(0) + ": not well-formed XML");
    }
};

XmlStream::XmlStream(ZipArchive& zip, const std::string& member, std::size_t max_bytes)
    : m_impl(std::make_unique<Impl>(zip.open_member(member, max_bytes))), m_member(member) {
    Impl& s = *m_impl;
    s.file = zip.path();
    s.member = member;
    // Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE.
    const int flags = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
    s.reader = xmlReaderForIO(&Impl::read_input, nullptr, &s, member.c_str(), nullptr, flags);
    if (!s.reader) {
        if (s.pending || s.doctype_line || s.has_error) s.fail();
        throw internal_error(s.at(0) + ": cannot create an XML reader (out of memory)");
    }
    xmlTextReaderSetStructuredErrorHandler(s.reader, &Impl::collect_error, &s);
}

XmlStream::~XmlStream() = default;

bool XmlStream::next() {
    Impl& s = *m_impl;
    const int rc = xmlTextReaderRead(s.reader);
    if (rc < 0 || s.pending || s.doctype_line || s.has_error) s.fail();
    if (rc == 0) {
        m_node = Node::Other;
        return false;
    }
    switch (xmlTextReaderNodeType(s.reader)) {
    case XML_READER_TYPE_ELEMENT:
        m_node = Node::Start;
        break;
    case XML_READER_TYPE_END_ELEMENT:
        m_node = Node::End;
        break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        m_node = Node::Text;
        break;
    case XML_READER_TYPE_DOCUMENT_TYPE:
        s.doctype_line = std::max(line(), 1);
        s.fail();
    case XML_READER_TYPE_ENTITY_REFERENCE:  // impossible without a DOCTYPE; refuse all the same
    case XML_READER_TYPE_ENTITY:
        throw bad_input(where() + ": entity references are not allowed");
    default:
        m_node = Node::Other;
        break;
    }
    return true;
}

std::string_view XmlStream::name() const {
    if (m_node != Node::Start && m_node != Node::End) return {};
    const xmlChar* n = xmlTextReaderConstLocalName(m_impl->reader);
    return n ? std::string_view(chars(n)) : std::string_view();
}

bool XmlStream::is_empty_element() const {
    return m_node == Node::Start && xmlTextReaderIsEmptyElement(m_impl->reader) == 1;
}

std::string_view XmlStream::text() const {
    if (m_node != Node::Text) return {};
    const xmlChar* v = xmlTextReaderConstValue(m_impl->reader);
    return v ? std::string_view(chars(v)) : std::string_view();
}

int XmlStream::depth() const { return xmlTextReaderDepth(m_impl->reader); }

bool XmlStream::attribute(std::string_view local_name, std::string& out) {
    xmlTextReaderPtr r = m_impl->reader;
    if (m_node != Node::Start || xmlTextReaderHasAttributes(r) != 1) return false;
    bool found = false;
    for (int more = xmlTextReaderMoveToFirstAttribute(r); more == 1; more = xmlTextReaderMoveToNextAttribute(r)) {
        const xmlChar* n = xmlTextReaderConstLocalName(r);
        if (n && local_name == chars(n)) {
            // Namespace declarations (xmlns:x) are attributes to the reader too; never match those.
            const xmlChar* uri = xmlTextReaderConstNamespaceUri(r);
            if (uri && std::string_view(chars(uri)) == "http://www.w3.org/2000/xmlns/") continue;
            const xmlChar* v = xmlTextReaderConstValue(r);
            out.assign(v ? chars(v) : "");
            found = true;
            break;
        }
    }
    xmlTextReaderMoveToElement(r);
    return found;
}

int XmlStream::line() const {
    const xmlNodePtr node = xmlTextReaderCurrentNode(m_impl->reader);
    const long l = node ? xmlGetLineNo(node) : -1;
    if (l > 0 && l < 65535) return static_cast<int>(l);
    const int parser_line = xmlTextReaderGetParserLineNumber(m_impl->reader);
    return parser_line > 0 ? parser_line : 0;
}

std::string XmlStream::where() const { return m_impl->at(line()); }

}  // namespace model::sources
