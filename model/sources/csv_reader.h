// SPDX-License-Identifier: MIT
#pragma once
// CSV submissions (internal to model/sources; tests include it).
//
// RFC 4180 with the leniencies Excel's own exports need:
//  - encoding: UTF-8 with or without BOM; UTF-16 with a BOM (Excel's "Unicode Text"); otherwise, when
//    the bytes are not valid UTF-8, the whole file is read as Windows-1252 (Excel's "CSV" on a UK PC).
//    A file is one or the other: valid UTF-8 is never reinterpreted;
//  - delimiter: comma, semicolon or tab, whichever splits the first 50 records most consistently;
//  - quoted fields with "" escapes and line breaks inside them (CRLF and lone CR become "\n"); text
//    after a closing quote is kept as written (`"a"b` is `ab`); a quote inside an unquoted field is an
//    ordinary character;
//  - line ends CRLF, LF or CR; a record's row is the line where it starts;
//  - blank records (every field empty or whitespace) are skipped; ragged rows are padded (see
//    finish_table in table_builder.h for the header rule).
// Limits: ReadLimits::max_file_bytes (checked by the caller), max_cell_bytes, max_cells.
#include "model/sources/source_table.h"

#include <string>
#include <string_view>
#include <vector>

namespace model::sources {

/// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

/// Windows-1252 to UTF-8. The five bytes 1252 leaves undefined map to U+0081 etc., as browsers do.
std::string cp1252_to_utf8(std::string_view bytes);

/// The file's text as UTF-8, by the rules above (BOM stripped).
std::string decode_text(std::string bytes);

/// The delimiter of UTF-8 CSV text: ',', ';' or '\t' (',' when nothing splits the records).
char detect_delimiter(std::string_view text);

/// Parses UTF-8 CSV text. `file` names the file in every location and message.
/// @return no table when the text holds no non-blank record, else one table named after the file.
/// @throws model::Error (BadInput) "`file`:LINE: unterminated quoted field", "…: a cell is longer than
/// 1 MiB", "…: more than N cells".
std::vector<SourceTable> parse_csv(std::string_view text, const std::string& file, const ReadLimits& limits);

/// decode_text() then parse_csv().
std::vector<SourceTable> read_csv(std::string bytes, const std::string& file, const ReadLimits& limits);

}  // namespace model::sources
