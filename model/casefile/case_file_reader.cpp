// SPDX-License-Identifier: MIT
// Reading a case file: safe parse, schema validation, then the checks a schema cannot make.
#include "model/casefile/case_file_format.h"

#include "model/casefile/xml_text.h"
#include "model/core/date.h"
#include "model/core/error.h"
#include "model/pathway/safe_xml.h"

#include <map>
#include <set>

namespace model::casefile {
namespace {

using xml::XmlNode;
using xml::where;

/// Element names without any namespace prefix (the schema has already checked the namespace).
std::string local(const std::string& name) {
    const auto colon = name.find(':');
    return colon == std::string::npos ? name : name.substr(colon + 1);
}

const XmlNode* child_named(const XmlNode& node, const std::string& name) {
    for (const auto& c : node.children)
        if (c.is_element() && local(c.name) == name) return &c;
    return nullptr;
}

class Reader {
public:
    Reader(const std::string& path, const std::vector<TableSpec>& specs) : m_path(path) {
        for (const auto& spec : specs) m_data.tables.push_back(Table{&spec, {}});
    }

    void read(const XmlNode& root) {
        if (local(root.name) != "case-file") fail(root, "the root element is not case-file");
        if (root.attribute_or("version", "") != kFormatVersion)
            fail(root, "case file version '" + root.attribute_or("version", "") + "' is not supported (this program reads " +
                           kFormatVersion + ")");
        for (const XmlNode* element : root.elements()) read_row(*element);
        if (m_data.tables.empty() || m_data.tables[0].rows.size() != 1) fail(root, "there must be exactly one review");
        check_references();
    }

    CaseData take() { return std::move(m_data); }

private:
    [[noreturn]] void fail(const XmlNode& node, const std::string& reason) const {
        throw bad_input(where(m_path, node.line) + ": " + reason);
    }

    Table& table_for(const XmlNode& element) {
        const std::string name = local(element.name);
        for (Table& t : m_data.tables)
            if (xml_name(t.spec->table) == name) return t;
        fail(element, "unexpected element '" + name + "'");
    }

    void read_row(const XmlNode& element) {
        Table& table = table_for(element);
        const TableSpec& spec = *table.spec;
        Row row;
        row.line = element.line;
        if (!spec.id_prefix.empty()) {
            row.local_id = element.attribute_or("id", "");
            if (row.local_id.empty()) fail(element, xml_name(spec.table) + " has no id");
            if (!m_ids[spec.table].insert(row.local_id).second) fail(element, "id '" + row.local_id + "' is used twice");
        }
        for (const ColumnSpec& column : spec.columns) row.values.push_back(read_value(element, spec, column));
        table.rows.push_back(std::move(row));
    }

    std::optional<std::string> read_value(const XmlNode& element, const TableSpec& spec, const ColumnSpec& column) {
        const std::string name = xml_name(column.name);
        if (!is_attribute(column.kind)) {
            const XmlNode* node = child_named(element, name);
            if (!node) return column.nullable ? std::nullopt : std::optional<std::string>(std::string());
            if (column.kind == ValueKind::Blob) {
                std::string bytes;
                for (const auto& chunk : node->children) {
                    if (!chunk.is_element()) continue;
                    auto part = base64_decode(chunk.own_text());
                    if (!part) fail(chunk, name + " is not valid base64");
                    bytes += *part;
                }
                return bytes;
            }
            std::string text = node->own_text();
            if (node->attribute_or("encoding", "") == "base64") {
                auto bytes = base64_decode(text);
                if (!bytes) fail(*node, name + " is not valid base64");
                return bytes;
            }
            return text;
        }
        const std::string* value = element.attribute(name);
        if (!value) {
            if (!column.nullable) fail(element, xml_name(spec.table) + " has no " + name);
            return std::nullopt;
        }
        switch (column.kind) {
        case ValueKind::Date:
            if (!Date::try_parse_iso(*value)) fail(element, name + " '" + *value + "' is not a date (YYYY-MM-DD)");
            return *value;
        case ValueKind::Boolean:
            if (*value == "true" || *value == "1") return std::string("1");
            if (*value == "false" || *value == "0") return std::string("0");
            fail(element, name + " '" + *value + "' is not true or false");
        case ValueKind::Integer: {
            std::size_t used = 0;
            try {
                const long long n = std::stoll(*value, &used);
                if (used == value->size()) return std::to_string(n);
            } catch (const std::exception&) {
            }
            fail(element, name + " '" + *value + "' is not a whole number");
        }
        case ValueKind::Ref: m_refs.push_back({&element, &column, *value}); return *value;
        default: return *value;
        }
    }

    void check_references() const {
        for (const auto& ref : m_refs) {
            auto it = m_ids.find(ref.column->ref_table);
            if (it == m_ids.end() || !it->second.count(ref.value))
                fail(*ref.element, xml_name(ref.column->name) + " '" + ref.value + "' names no " +
                                       xml_name(ref.column->ref_table) + " in this file");
        }
    }

    struct PendingRef {
        const XmlNode* element;
        const ColumnSpec* column;
        std::string value;
    };

    std::string m_path;
    CaseData m_data;
    std::map<std::string, std::set<std::string>> m_ids;  // table → local ids
    std::vector<PendingRef> m_refs;
};

}  // namespace

CaseData read_case_file(std::string_view content, const std::string& display_path, const xml::XmlSchema& schema,
                        const std::vector<TableSpec>& specs) {
    xml::ParseOptions options;
    options.max_bytes = kCaseFileMaxBytes;
    options.drop_blank_text = false;  // a note of two spaces is a note of two spaces
    const xml::XmlDocument doc = xml::parse_xml(content, display_path, &schema, options);
    Reader reader(display_path, specs);
    reader.read(doc.root);
    return reader.take();
}

}  // namespace model::casefile
