// SPDX-License-Identifier: MIT
// Writing a case file with libxml2's streaming xmlTextWriter.
#include "model/casefile/case_file_format.h"

#include "model/casefile/xml_text.h"
#include "model/core/error.h"
#include "model/core/libxml_lock.h"

#include <libxml/xmlwriter.h>

#include <memory>
#include <mutex>

namespace model::casefile {
namespace {

constexpr std::size_t kBlobChunkBytes = 3u * 1024u * 1024u;  // 4 MiB of base64, whole 3-byte groups

struct WriterFree {
    void operator()(xmlTextWriter* w) const { xmlFreeTextWriter(w); }
};

int append(void* context, const char* buffer, int len) {
    static_cast<std::string*>(context)->append(buffer, std::size_t(len));
    return len;
}

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

/// Checks every libxml2 call: a failure means out of memory or a bug, never bad user data.
void check(int rc) {
    if (rc < 0) throw internal_error("cannot write the case file (libxml2 writer failed)");
}

class Writer {
public:
    explicit Writer(std::string& out) {
        xmlOutputBuffer* buffer = xmlOutputBufferCreateIO(append, nullptr, &out, nullptr);
        if (!buffer) throw internal_error("cannot write the case file (out of memory)");
        m_writer.reset(xmlNewTextWriter(buffer));  // owns the buffer from here on
        if (!m_writer) throw internal_error("cannot write the case file (out of memory)");
        check(xmlTextWriterSetIndent(m_writer.get(), 1));
        check(xmlTextWriterSetIndentString(m_writer.get(), x("  ")));
    }
    void start(const std::string& name) { check(xmlTextWriterStartElement(m_writer.get(), x(name.c_str()))); }
    void end() { check(xmlTextWriterEndElement(m_writer.get())); }
    void attribute(const std::string& name, const std::string& value) {
        check(xmlTextWriterWriteAttribute(m_writer.get(), x(name.c_str()), x(value.c_str())));
    }
    void text(const std::string& value) { check(xmlTextWriterWriteString(m_writer.get(), x(value.c_str()))); }
    xmlTextWriter* get() { return m_writer.get(); }

private:
    std::unique_ptr<xmlTextWriter, WriterFree> m_writer;
};

void write_row(Writer& w, const TableSpec& spec, const Row& row) {
    w.start(xml_name(spec.table));
    if (!row.local_id.empty()) w.attribute("id", row.local_id);
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        const ColumnSpec& column = spec.columns[c];
        const auto& value = row.values[c];
        if (!is_attribute(column.kind) || !value) continue;
        if (column.kind == ValueKind::Boolean) {
            w.attribute(xml_name(column.name), *value == "0" ? "false" : "true");
            continue;
        }
        if (!is_xml_text(*value) || value->find('\0') != std::string::npos)
            throw internal_error("cannot export: " + spec.table + "." + column.name + " holds a value XML cannot carry");
        w.attribute(xml_name(column.name), *value);
    }
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        const ColumnSpec& column = spec.columns[c];
        const auto& value = row.values[c];
        if (is_attribute(column.kind) || !value) continue;
        // An empty NOT NULL text is left out (it reads back as empty); a nullable one is written
        // empty, because there an absent element means NULL.
        if (value->empty() && !column.nullable) continue;
        w.start(xml_name(column.name));
        if (column.kind == ValueKind::Blob) {
            // libxml2 refuses a text node over 10 MB unless told to parse "huge" documents (which we
            // never do), so an attached file goes in chunks.
            for (std::size_t at = 0; at < value->size(); at += kBlobChunkBytes) {
                w.start("chunk");
                w.text(base64_encode(std::string_view(*value).substr(at, kBlobChunkBytes)));
                w.end();
            }
        } else if (is_xml_text(*value)) {
            w.text(*value);
        } else {
            w.attribute("encoding", "base64");
            w.text(base64_encode(*value));
        }
        w.end();
    }
    w.end();
}

}  // namespace

std::string write_case_file(const CaseData& data) {
    std::string out;
    {
        // The writer touches no global parser state, but the lock keeps libxml2's error handlers
        // and allocator use consistent with every other libxml2 user in the process.
        std::lock_guard<std::recursive_mutex> lock(libxml_mutex());
        Writer w(out);
        check(xmlTextWriterStartDocument(w.get(), "1.0", "UTF-8", nullptr));
        w.start("case-file");
        w.attribute("xmlns", kNamespace);
        w.attribute("version", kFormatVersion);
        for (const Table& table : data.tables)
            for (const Row& row : table.rows) write_row(w, *table.spec, row);
        w.end();
        check(xmlTextWriterEndDocument(w.get()));
        check(xmlTextWriterFlush(w.get()));
    }
    return out;
}

}  // namespace model::casefile
