// SPDX-License-Identifier: MIT
#include "model/sources/docx_reader.h"

#include "model/core/error.h"
#include "model/sources/table_builder.h"
#include "model/sources/xml_stream.h"

#include <algorithm>
#include <charconv>

namespace model::sources {

namespace {

constexpr std::size_t kMaxColumns = 16384;
const std::string kDocument = "word/document.xml";

/// Elements whose content is never cell text: paragraph and run properties (tab stops are w:tab
/// too), drawings, text boxes, the fallback copy of alternate content.
bool is_skipped(std::string_view name) {
    return name == "pPr" || name == "rPr" || name == "drawing" || name == "pict" || name == "object" ||
           name == "Fallback" || name == "txbxContent" || name == "sectPr";
}

std::size_t parse_count(const std::string& text, std::size_t fallback) {
    std::size_t n = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    return (ec == std::errc() && ptr == text.data() + text.size()) ? n : fallback;
}

void trim_blank_lines(std::string& text) {
    const auto is_space = [](char c) { return c == '\n' || c == '\r' || c == ' '; };
    std::size_t begin = 0;
    while (begin < text.size() && is_space(text[begin])) ++begin;
    std::size_t end = text.size();
    while (end > begin && is_space(text[end - 1])) --end;
    if (begin > 0 || end < text.size()) text = text.substr(begin, end - begin);
}

struct TableState {
    std::size_t number = 0;  // "table N" (top-level tables only)
    std::vector<SourceRow> rows;
    std::vector<std::string> cells;  // the row being read
    std::size_t row_no = 0;
    bool in_cell = false;
    std::string text;  // the cell being read
    std::size_t span = 1;
    bool continuation = false;
    std::size_t paragraphs = 0;
};

class DocxReader {
public:
    DocxReader(ZipArchive& zip, const ReadLimits& limits)
        : m_zip(zip), m_limits(limits), m_budget(zip.path(), limits.max_cells),
          m_xml(zip, kDocument, limits.max_uncompressed_bytes) {}

    std::vector<SourceTable> run() {
        while (m_xml.next()) {
            switch (m_xml.node()) {
            case XmlStream::Node::Start:
                if (m_skip_depth < 0) start(m_xml.name());
                break;
            case XmlStream::Node::End:
                if (m_skip_depth >= 0) {
                    if (m_xml.depth() == m_skip_depth) m_skip_depth = -1;
                } else {
                    end(m_xml.name());
                }
                break;
            case XmlStream::Node::Text:
                if (m_in_t && !m_tables.empty() && m_tables.back().in_cell) append(m_xml.text());
                break;
            case XmlStream::Node::Other:
                break;
            }
        }
        return std::move(m_out);
    }

private:
    void start(std::string_view name) {
        const bool empty = m_xml.is_empty_element();
        if (is_skipped(name)) {
            if (!empty) m_skip_depth = m_xml.depth();
            return;
        }
        if (name == "tbl") {
            if (empty) return;
            m_tables.emplace_back();
            if (m_tables.size() == 1) m_tables.back().number = ++m_table_count;
            return;
        }
        if (m_tables.empty()) return;
        TableState& t = m_tables.back();
        if (name == "tr") {
            t.cells.clear();
            ++t.row_no;
            if (empty) end_row(t);
        } else if (name == "gridBefore" && !t.in_cell) {
            add_cells(t, std::string(), std::min(count_attribute(0), kMaxColumns));
        } else if (name == "tc") {
            t.in_cell = true;
            t.text.clear();
            t.span = 1;
            t.continuation = false;
            t.paragraphs = 0;
            if (empty) end_cell(t);
        } else if (!t.in_cell) {
            return;
        } else if (name == "gridSpan") {
            t.span = std::clamp<std::size_t>(count_attribute(1), 1, kMaxColumns);
        } else if (name == "vMerge") {
            std::string value;
            t.continuation = !m_xml.attribute("val", value) || value == "continue";
        } else if (name == "p") {
            if (t.paragraphs++ > 0 && !t.text.empty() && t.text.back() != '\n') append("\n");
        } else if (name == "t") {
            m_in_t = !empty;
        } else if (name == "tab") {
            append("\t");
        } else if (name == "br" || name == "cr") {
            append("\n");
        } else if (name == "noBreakHyphen") {
            append("-");
        }
    }

    void end(std::string_view name) {
        if (name == "t") {
            m_in_t = false;
            return;
        }
        if (m_tables.empty()) return;
        TableState& t = m_tables.back();
        if (name == "tc" && t.in_cell) {
            end_cell(t);
        } else if (name == "tr") {
            end_row(t);
        } else if (name == "tbl") {
            end_table();
        }
    }

    std::size_t count_attribute(std::size_t fallback) {
        std::string value;
        return m_xml.attribute("val", value) ? parse_count(value, fallback) : fallback;
    }

    void append(std::string_view text) {
        std::string& cell = m_tables.back().text;
        if (cell.size() + text.size() > m_limits.max_cell_bytes)
            throw bad_input(m_xml.where() + ": a table cell is longer than " + describe_size(m_limits.max_cell_bytes));
        cell += text;
    }

    void add_cells(TableState& t, std::string first, std::size_t count) {
        if (count == 0) return;
        if (t.cells.size() + count > kMaxColumns)
            throw bad_input(m_xml.where() + ": a table row has more than " + std::to_string(kMaxColumns) + " columns");
        if (!m_budget.try_take(count)) m_budget.fail(m_xml.where());
        t.cells.push_back(std::move(first));
        t.cells.resize(t.cells.size() + count - 1);
    }

    void end_cell(TableState& t) {
        t.in_cell = false;
        m_in_t = false;
        std::string text = std::move(t.text);
        t.text.clear();
        trim_blank_lines(text);
        if (t.continuation) text.clear();  // a vertically merged cell: the text is in the row above
        add_cells(t, std::move(text), t.span);
    }

    void end_row(TableState& t) {
        if (t.in_cell) end_cell(t);
        SourceRow row;
        row.where = SourceLocation{m_zip.path(), "table " + std::to_string(m_tables.front().number), t.row_no, {}};
        row.cells = std::move(t.cells);
        t.cells = {};
        t.rows.push_back(std::move(row));
    }

    void end_table() {
        TableState done = std::move(m_tables.back());
        m_tables.pop_back();
        if (!m_tables.empty()) {  // nested: its text joins the parent cell
            std::string text;
            for (auto& row : done.rows) {
                m_budget.give_back(row.cells.size());
                if (is_blank_row(row.cells)) continue;
                while (!row.cells.empty() && row.cells.back().empty()) row.cells.pop_back();
                if (!text.empty()) text += '\n';
                for (std::size_t i = 0; i < row.cells.size(); ++i) text += (i ? "\t" : "") + row.cells[i];
            }
            TableState& parent = m_tables.back();
            if (parent.in_cell && !text.empty()) {
                if (!parent.text.empty() && parent.text.back() != '\n') append("\n");
                append(text);
            }
            return;
        }
        const auto non_blank = std::count_if(done.rows.begin(), done.rows.end(),
                                             [](const SourceRow& r) { return !is_blank_row(r.cells); });
        if (non_blank < 2) return;
        if (auto table = finish_table(m_zip.path(), "table " + std::to_string(done.number), std::move(done.rows), m_budget))
            m_out.push_back(std::move(*table));
    }

    ZipArchive& m_zip;
    const ReadLimits& m_limits;
    CellBudget m_budget;
    XmlStream m_xml;
    std::vector<TableState> m_tables;  // open tables, innermost last
    std::vector<SourceTable> m_out;
    std::size_t m_table_count = 0;
    int m_skip_depth = -1;
    bool m_in_t = false;
};

}  // namespace

std::vector<SourceTable> read_docx(ZipArchive& zip, const ReadLimits& limits) {
    DocxReader reader(zip, limits);
    return reader.run();
}

}  // namespace model::sources
