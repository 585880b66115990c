// SPDX-License-Identifier: MIT
// Internal to model/reports: the state of one rendering, shared by the structural elements
// (template_renderer.cpp) and the data blocks (data_blocks.cpp, board_blocks.cpp).
#pragma once
#include "model/reports/template_renderer.h"

#include <map>

namespace model::report {

struct RenderContext {
    const LoadedTemplate& tpl;
    const ReportData& data;
    const TextFilter& filter;
    bool publish = false;
    std::map<std::string, std::string> fields;
    Rendered out;
    int recommendation_number = 0;  ///< recommendations are numbered across the whole document

    std::vector<Block>& blocks() { return out.document.blocks; }
    /// The template's file and a line, for messages and `where`.
    std::string at(int line) const;
    /// Passes one data text through the filter.
    std::string text(std::string_view value, const std::string& where) const { return filter(value, where); }
    /// Template text with {fields} substituted, then filtered.
    /// @throws BadInput for an unknown field, naming file and line.
    std::string wording(const std::string& value, int line) const;
    /// A muted paragraph "No <what> recorded yet." standing in for a block with nothing to show, plus
    /// a warning for the person drafting.
    void nothing_yet(const std::string& what);
    /// The same with a whole sentence ("No chronology entry matches this extract.").
    void nothing(const std::string& sentence);
    /// A filtered table cell.
    std::string cell(std::string_view value, const std::string& where) const { return filter(value, where); }
};

/// Collapses runs of whitespace to one space (templates wrap long text over lines); trims.
std::string collapse(std::string_view text);
/// "lead-reviewer" → "Lead reviewer": an id as a reader sees it.
std::string label(const std::string& id);
/// "3 April 2015", or "" for an invalid / absent date.
std::string long_date(const std::optional<Date>& date);

// The data blocks: each appends to ctx.blocks(). `node` is the template element (for its attributes).
void recommendations_block(RenderContext& ctx, const xml::XmlNode& node);
void findings_block(RenderContext& ctx, const xml::XmlNode& node);
void chronology_block(RenderContext& ctx, const xml::XmlNode& node);
void action_plan_block(RenderContext& ctx, const xml::XmlNode& node);
void people_block(RenderContext& ctx);
void panel_block(RenderContext& ctx);
void terms_block(RenderContext& ctx);
void stages_block(RenderContext& ctx);
void clocks_block(RenderContext& ctx);
void holds_block(RenderContext& ctx);
void board_reviews_block(RenderContext& ctx);
void board_clocks_block(RenderContext& ctx);
void board_actions_block(RenderContext& ctx);

}  // namespace model::report
