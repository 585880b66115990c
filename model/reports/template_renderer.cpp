// SPDX-License-Identifier: MIT
// The structure of a template: cover, footer, sections, paragraphs with <b>/<i>, lists, images, page
// breaks, and {field} substitution. The data blocks are in data_blocks.cpp and board_blocks.cpp.
#include "model/reports/render_context.h"

#include "model/core/error.h"
#include "model/core/resources.h"
#include "model/reports/image_file.h"
#include "model/register/board.h"
#include "model/core/whitespace.h"

#include <cctype>
#include <filesystem>

namespace model::report {

std::string collapse(std::string_view text) { return collapse_whitespace(text); }

std::string long_date(const std::optional<Date>& date) {
    return date && date->valid() ? date->long_form() : std::string();
}

std::string RenderContext::at(int line) const {
    return xml::where(std::filesystem::path(tpl.info.path).filename().string(), line);
}

std::string RenderContext::wording(const std::string& value, int line) const {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if ((c == '{' || c == '}') && i + 1 < value.size() && value[i + 1] == c) {  // {{ and }} are literal
            out += c;
            ++i;
        } else if (c == '{') {
            const std::size_t close = value.find('}', i);
            if (close == std::string::npos)
                throw bad_input(xml::where(tpl.info.path, line) + ": '{' without '}' (write {{ for a brace)");
            const std::string name = value.substr(i + 1, close - i - 1);
            const auto it = fields.find(name);
            if (it == fields.end()) {
                std::string known;
                for (const auto& [k, v] : fields) known += (known.empty() ? "" : ", ") + k;
                throw bad_input(xml::where(tpl.info.path, line) + ": unknown field '{" + name + "}' (fields: " + known + ")");
            }
            out += it->second;
            i = close;
        } else {
            out += c;
        }
    }
    return filter(out, at(line));
}

void RenderContext::nothing_yet(const std::string& what) { nothing("No " + what + " recorded yet."); }

void RenderContext::nothing(const std::string& sentence) {
    blocks().push_back(Paragraph{{Run{sentence, false, true}}, "note"});
    std::string warning = sentence;
    if (!warning.empty()) warning[0] = char(std::tolower(static_cast<unsigned char>(warning[0])));
    if (!warning.empty() && warning.back() == '.') warning.pop_back();
    out.warnings.push_back(warning);
}

namespace {

using xml::XmlNode;

void fill_fields(RenderContext& ctx) {
    auto& f = ctx.fields;
    const ReportData& d = ctx.data;
    f["as-of"] = d.as_of.long_form();
    f["today"] = Date::today().long_form();
    f["template.title"] = ctx.tpl.info.title;
    f["board.reviews"] = std::to_string(d.board->list_reviews().size());
    // Review fields exist (empty) in a board-wide report, so that one template serves both.
    for (const char* name : {"review.ref", "review.title", "review.pathway", "review.pathway-name", "review.child",
                             "review.aware", "review.stage", "review.region", "review.planned-publication",
                             "review.lead-reviewer", "terms.version", "terms.agreed", "terms.scope-from",
                             "terms.scope-to", "terms.methodology", "count.recommendations", "count.findings",
                             "count.actions", "count.chronology", "count.people"})
        f[name] = "";
    if (!d.review) return;
    const Review& r = d.review->review;
    f["review.ref"] = r.ref;
    f["review.title"] = r.title;
    f["review.pathway"] = r.pathway_id;
    f["review.pathway-name"] = d.review->pathway_name;
    f["review.child"] = r.child;
    f["review.aware"] = r.aware.long_form();
    f["review.region"] = std::string(region_name(r.region));
    f["review.planned-publication"] = long_date(r.planned_publication);
    if (const Pathway* p = d.board->pathways().find(r.pathway_id))
        if (const StageDef* s = p->find_stage(r.current_stage)) f["review.stage"] = s->name;
    if (f["review.stage"].empty()) f["review.stage"] = r.current_stage.empty() ? "complete" : r.current_stage;
    for (const auto& a : r.appointments)
        if (a.role == "lead-reviewer") f["review.lead-reviewer"] = a.name;
    if (const TermsOfReference* t = r.current_terms()) {
        f["terms.version"] = std::to_string(t->version);
        f["terms.agreed"] = t->agreed.long_form();
        f["terms.scope-from"] = long_date(t->scope_from);
        f["terms.scope-to"] = long_date(t->scope_to);
        f["terms.methodology"] = t->methodology;
    }
    f["count.recommendations"] = std::to_string(d.review->learning.recommendations.size());
    f["count.findings"] = std::to_string(d.review->learning.findings.size());
    f["count.actions"] = std::to_string(d.review->learning.actions.size());
    f["count.chronology"] = std::to_string(d.board->chronology().count(r.ref));
    f["count.people"] = std::to_string(r.people.size());
}

/// Inline content (text, <b>, <i>) → runs, whitespace collapsed across the runs.
void inline_runs(RenderContext& ctx, const XmlNode& node, bool bold, bool italic, std::vector<Run>& runs) {
    for (const XmlNode& child : node.children) {
        if (!child.is_element()) {
            std::string text;
            bool space = false;
            for (char c : child.text) {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    space = true;
                } else {
                    if (space) text += ' ';
                    space = false;
                    text += c;
                }
            }
            if (space) text += ' ';
            if (text.empty()) continue;
            runs.push_back(Run{ctx.wording(text, child.line ? child.line : node.line), bold, italic});
        } else {
            inline_runs(ctx, child, bold || child.name == "b", italic || child.name == "i", runs);
        }
    }
}

Paragraph paragraph(RenderContext& ctx, const XmlNode& node) {
    Paragraph p;
    inline_runs(ctx, node, false, false, p.runs);
    // No space at the edges of a paragraph, nor doubled where two runs meet.
    while (!p.runs.empty() && collapse(p.runs.front().text).empty()) p.runs.erase(p.runs.begin());
    while (!p.runs.empty() && collapse(p.runs.back().text).empty()) p.runs.pop_back();
    for (std::size_t i = 0; i < p.runs.size(); ++i) {
        std::string& t = p.runs[i].text;
        if (i == 0) t.erase(0, t.find_first_not_of(' '));
        if (i + 1 == p.runs.size()) t.erase(t.find_last_not_of(' ') + 1);
        if (i > 0 && !t.empty() && t.front() == ' ' && !p.runs[i - 1].text.empty() && p.runs[i - 1].text.back() == ' ')
            t.erase(0, 1);
    }
    const std::string style = node.attribute_or("style", "");
    p.style = style == "body" ? "" : style;
    return p;
}

void image_block(RenderContext& ctx, const XmlNode& node, std::vector<Image>* into) {
    const std::string src = node.attribute_or(into ? "logo" : "src", "");
    // A template is untrusted: it may name images beside it (or in a folder below), never elsewhere.
    if (src.empty() || src.front() == '/' || src.find("..") != std::string::npos) {
        ctx.out.warnings.push_back(ctx.at(node.line) + ": image left out: '" + src +
                                   "' must be a file beside the template (no absolute path, no '..')");
        return;
    }
    // Next to the template first; then wherever templates are found, so that a board's edited copy
    // of a template can keep using the shipped logo.
    std::filesystem::path path = std::filesystem::path(ctx.tpl.info.path).parent_path() / src;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        for (const auto& found : find_resources("templates/reports/" + src)) {
            path = found;
            break;
        }
    std::string problem;
    auto image = read_image(path.string(), problem);
    if (!image) {
        ctx.out.warnings.push_back(ctx.at(node.line) + ": image left out: " + problem);
        return;
    }
    image->alt = collapse(node.attribute_or("alt", "logo"));
    if (into)
        into->push_back(std::move(*image));
    else
        ctx.blocks().push_back(std::move(*image));
}

void blocks(RenderContext& ctx, const XmlNode& parent, int depth);

void block(RenderContext& ctx, const XmlNode& node, int depth) {
    const std::string& n = node.name;
    if (n == "section") {
        ctx.blocks().push_back(Heading{std::min(depth, 3), ctx.wording(collapse(node.attribute_or("title", "")), node.line)});
        blocks(ctx, node, depth + 1);
    } else if (n == "p") {
        Paragraph p = paragraph(ctx, node);
        if (!p.runs.empty()) ctx.blocks().push_back(std::move(p));
    } else if (n == "list") {
        List list;
        const std::string numbered = node.attribute_or("numbered", "false");
        list.numbered = numbered == "true" || numbered == "1";
        for (const XmlNode* item : node.elements("item")) list.items.push_back(paragraph(ctx, *item));
        ctx.blocks().push_back(std::move(list));
    } else if (n == "page-break") {
        ctx.blocks().push_back(PageBreak{});
    } else if (n == "image") {
        image_block(ctx, node, nullptr);
    } else if (n == "recommendations") {
        recommendations_block(ctx, node);
    } else if (n == "findings") {
        findings_block(ctx, node);
    } else if (n == "chronology-extract") {
        chronology_block(ctx, node);
    } else if (n == "action-plan") {
        action_plan_block(ctx, node);
    } else if (n == "people") {
        people_block(ctx);
    } else if (n == "panel") {
        panel_block(ctx);
    } else if (n == "terms-of-reference") {
        terms_block(ctx);
    } else if (n == "stages") {
        stages_block(ctx);
    } else if (n == "clocks") {
        clocks_block(ctx);
    } else if (n == "holds") {
        holds_block(ctx);
    } else if (n == "board-reviews") {
        board_reviews_block(ctx);
    } else if (n == "board-clocks") {
        board_clocks_block(ctx);
    } else if (n == "board-actions") {
        board_actions_block(ctx);
    }
    // Anything else (description, cover, footer) is read by render_document itself.
}

void blocks(RenderContext& ctx, const XmlNode& parent, int depth) {
    for (const XmlNode& child : parent.children)
        if (child.is_element()) block(ctx, child, depth);
}

void cover(RenderContext& ctx, const XmlNode& node) {
    Cover c;
    if (node.attribute("logo")) image_block(ctx, node, &c.logo);
    if (const XmlNode* t = node.child("title")) c.title = ctx.wording(collapse(t->own_text()), t->line);
    if (const XmlNode* s = node.child("subtitle")) c.subtitle = ctx.wording(collapse(s->own_text()), s->line);
    for (const XmlNode* line : node.elements("line")) {
        std::string value = ctx.wording(collapse(line->own_text()), line->line);
        if (!value.empty()) c.lines.emplace_back(ctx.wording(collapse(line->attribute_or("label", "")), line->line), value);
    }
    c.marking = ctx.out.document.marking;
    ctx.out.document.title = c.title;
    ctx.blocks().push_back(std::move(c));
}

}  // namespace

Rendered render_document(const LoadedTemplate& tpl, const ReportData& data, const TextFilter& filter, bool publish) {
    RenderContext ctx{tpl, data, filter, publish, {}, {}, 0};
    fill_fields(ctx);
    const XmlNode& root = tpl.doc.root;
    Document& doc = ctx.out.document;
    doc.marking = ctx.wording(collapse(root.attribute_or("marking", "")), root.line);
    doc.title = ctx.wording(collapse(root.attribute_or("title", "")), root.line);
    if (const XmlNode* f = root.child("footer")) doc.footer = ctx.wording(collapse(f->own_text()), f->line);
    if (const XmlNode* c = root.child("cover")) cover(ctx, *c);
    blocks(ctx, root, 1);
    return std::move(ctx.out);
}

}  // namespace model::report
