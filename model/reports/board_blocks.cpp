// SPDX-License-Identifier: MIT
// The board-wide blocks (board-progress): every review's progress, the clocks that need attention,
// and every action.
#include "model/reports/render_context.h"

#include "model/register/board.h"

#include <algorithm>

namespace model::report {

void board_reviews_block(RenderContext& ctx) {
    Table table;
    table.header = {"Review", "Title", "Pathway", "Current stage", "Aware", "On hold"};
    table.widths = {17, 29, 18, 15, 13, 8};
    for (const Review& r : ctx.data.all_reviews()) {
        const Pathway* p = ctx.data.board->pathways().find(r.pathway_id);
        const StageDef* s = p ? p->find_stage(r.current_stage) : nullptr;
        const std::string where = "review " + r.ref;
        table.rows.push_back({r.ref, ctx.cell(r.title, where), p ? p->name : r.pathway_id,
                              s ? s->name : (r.current_stage.empty() ? "complete" : r.current_stage),
                              r.aware.iso(), r.on_hold ? "yes" : ""});
    }
    if (table.rows.empty()) return ctx.nothing_yet("reviews");
    ctx.blocks().push_back(std::move(table));
}

void board_clocks_block(RenderContext& ctx) {
    Table table;
    table.header = {"Review", "Timescale", "Due", "Status", "Days late"};
    table.widths = {17, 38, 14, 14, 17};
    for (const ClockState& c : ctx.data.board->alerts(ctx.data.as_of)) {
        if (c.status == ClockStatus::Met || c.status == ClockStatus::MetLate) continue;
        table.rows.push_back({c.review_ref, c.clock_name, c.due.iso(), label(std::string(status_id(c.status))),
                              c.days_late ? std::to_string(c.days_late) : ""});
    }
    if (table.rows.empty()) {
        ctx.blocks().push_back(Paragraph{{Run{"No timescale needs attention.", false, true}}, "note"});
        return;
    }
    ctx.blocks().push_back(std::move(table));
}

void board_actions_block(RenderContext& ctx) {
    Table table;
    table.header = {"Review", "Action", "Agency", "Owner", "Due", "Status", "RAG"};
    table.widths = {17, 22, 12, 13, 13, 15, 8};
    for (const ActionLine& a : board_actions(*ctx.data.board, ctx.data.as_of)) {
        const std::string where = "action " + std::to_string(a.id);
        table.rows.push_back({a.review_ref, ctx.cell(a.text, where), ctx.cell(a.agency, where), ctx.cell(a.owner, where),
                              a.due ? a.due->iso() : "", label(a.status), label(a.rag)});
    }
    if (table.rows.empty()) return ctx.nothing_yet("actions");
    ctx.blocks().push_back(std::move(table));
}

}  // namespace model::report
