// SPDX-License-Identifier: MIT
// Internal to model/reports: one writer per format, each turning the neutral Document into a file.
#pragma once
#include "model/reports/document.h"

#include <string>

namespace model::report {

/// One self-contained HTML file (styles inline, images as data: URIs) with print CSS: the cover on
/// its own page, table header rows repeated, "Page X of Y" in the page margin.
std::string write_html(const Document& doc);

/// A WordprocessingML package (.docx): styles with Title, Heading 1–3; numbered lists; bordered
/// tables whose header row repeats; a footer with "Page X of Y" fields; the cover then a page break.
std::string write_docx(const Document& doc);

/// An OpenDocument text package (.odt): mimetype first and stored, manifest, content, styles with a
/// page-number footer, meta.
std::string write_odt(const Document& doc);

/// The Document itself as XML (<document> of <heading>, <paragraph>, <list>, <table>, …), for
/// other tools to consume.
std::string write_xml(const Document& doc);

}  // namespace model::report
