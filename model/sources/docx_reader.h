// SPDX-License-Identifier: MIT
#pragma once
// Tables in Word documents (internal to model/sources; tests include it).
//
// Streams word/document.xml with xmlTextReader (xml_stream.h's safe settings, ZipArchive's caps).
// Every top-level table (w:tbl) becomes a SourceTable named "table N", N counting the document's
// top-level tables from 1 in order (tables that are skipped still count, so N matches what a reader
// of the document sees). Decisions:
//  - a cell's text is the text of all its w:t runs; w:tab is "\t"; w:br, w:cr and paragraph breaks
//    are "\n"; w:noBreakHyphen is "-"; blank lines at the start and end of a cell are trimmed.
//    Deleted text (w:delText), field codes, drawings, text boxes and alternate content are left out;
//  - merged cells: a w:gridSpan cell puts its text in its first column and leaves the others empty;
//    w:gridBefore leaves the row's first columns empty; a w:vMerge continuation cell is EMPTY (the
//    text is not repeated: the chronology keeps what the agency wrote once, and the row above shows it);
//  - nested tables do not become tables of their own: their text joins the parent cell, one line per
//    nested row with the nested cells separated by "\t";
//  - the header is the first row (a title row that is one merged cell is skipped, as in every
//    reader); w:tblHeader needs no special case;
//  - tables with fewer than two non-blank rows (layout tables, an empty grid) are skipped.
// Rows are numbered 1, 2, … within their table (counting every w:tr).
#include "model/sources/source_table.h"
#include "model/sources/zip_archive.h"

#include <vector>

namespace model::sources {

/// Every table of the document in `zip`, as above.
/// @throws model::Error (BadInput) "`file`: word/document.xml:LINE: …" for malformed XML, a DOCTYPE,
/// a cap, a cell over max_cell_bytes, or too many cells.
std::vector<SourceTable> read_docx(ZipArchive& zip, const ReadLimits& limits);

}  // namespace model::sources
