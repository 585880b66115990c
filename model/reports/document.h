// SPDX-License-Identifier: MIT
#pragma once
// The neutral document a report template renders into, before any file format is chosen: headings,
// paragraphs of runs, lists, tables, a cover page, images, page breaks. One writer per format turns
// it into bytes (html_writer, docx_writer, odt_writer, xml_writer). Every text here is final: already
// redacted when publishing, still unescaped (writers escape for their format).
#include <cstddef>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace model::report {

/// A stretch of text with one look.
struct Run {
    std::string text;
    bool bold = false;
    bool italic = false;
};

struct Paragraph {
    std::vector<Run> runs;
    /// "" body text, "note" (a muted remark such as "No findings recorded yet."), "quote".
    std::string style;
};

struct Heading {
    int level = 1;  ///< 1..3
    std::string text;
};

/// A bulleted or numbered list. Numbers run in document order from `start`.
struct List {
    bool numbered = false;
    int start = 1;
    std::vector<Paragraph> items;
};

/// A table with one header row (repeated on every page by the paged formats). Rows are either held
/// in `rows`, or produced on demand by `row_at` (`row_count` of them) so that a 50,000-row chronology
/// appendix is written straight from the review's data without a second copy.
struct Table {
    std::vector<std::string> header;
    std::vector<int> widths;  ///< relative column widths (any scale); empty: equal
    std::vector<std::vector<std::string>> rows;
    std::size_t row_count = 0;
    std::function<std::vector<std::string>(std::size_t)> row_at;

    std::size_t size() const { return row_at ? row_count : rows.size(); }
    /// Row `i` (a copy when held, produced when streamed). Call each row once per write.
    std::vector<std::string> row(std::size_t i) const { return row_at ? row_at(i) : rows[i]; }
};

/// An image embedded in the output (a board's logo). `bytes` is the whole PNG or JPEG file.
struct Image {
    std::string bytes;
    std::string media_type;  ///< "image/png" or "image/jpeg"
    int width_px = 0;
    int height_px = 0;
    std::string alt;
};

/// The first page: logo, title, subtitle, a few labelled lines, a protective marking. Always
/// followed by a page break in the paged formats.
struct Cover {
    std::vector<Image> logo;  ///< zero or one
    std::string title;
    std::string subtitle;
    std::vector<std::pair<std::string, std::string>> lines;  ///< label, value
    std::string marking;  ///< "OFFICIAL-SENSITIVE", "DRAFT"…
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, List, Table, Image, Cover, PageBreak>;

struct Document {
    std::string title;   ///< the file's metadata title
    std::string footer;  ///< left of the footer; "Page X of Y" is always added on the right
    std::string marking; ///< protective marking shown in the header of paged formats; may be empty
    std::vector<Block> blocks;
};

}  // namespace model::report
