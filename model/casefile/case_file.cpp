// SPDX-License-Identifier: MIT
// Export and import of whole-review case files: the Board-facing commands.
#include "model/casefile/case_file.h"

#include "model/casefile/case_file_format.h"
#include "model/core/capped_file.h"
#include "model/core/error.h"
#include "model/core/resources.h"
#include "model/core/sha256.h"
#include "model/pathway/safe_xml.h"
#include "model/register/board_impl.h"
#include "model/storage/store_casefile.h"

namespace model {
namespace {

using casefile::CaseData;
using casefile::Row;
using casefile::Table;

const std::string& value_of(const Table& table, const Row& row, const std::string& column) {
    for (std::size_t c = 0; c < table.spec->columns.size(); ++c)
        if (table.spec->columns[c].name == column && row.values[c]) return *row.values[c];
    static const std::string none;
    return none;
}

/// What the schema cannot know: this board's pathways and reviews.
void check_against_board(const CaseData& data, const std::string& path, const PathwayLibrary& pathways,
                         const storage::Store& store) {
    const Table& reviews = data.tables.front();
    const Row& review = reviews.rows.front();
    const std::string& ref = value_of(reviews, review, "ref");
    const std::string& pathway_id = value_of(reviews, review, "pathway_id");
    if (store.review_exists(ref))
        throw bad_input(xml::where(path, review.line) + ": review " + ref +
                        " already exists on this board (a case file is imported under its own ref)");
    const Pathway* pathway = pathways.find(pathway_id);
    if (!pathway)
        throw bad_input(xml::where(path, review.line) + ": pathway '" + pathway_id + "' is not defined on this board");
    if (const Table* stages = data.find("stage_completion"))
        for (const Row& row : stages->rows)
            if (const std::string& stage = value_of(*stages, row, "stage_id"); pathway->stage_index(stage) < 0)
                throw bad_input(xml::where(path, row.line) + ": stage '" + stage + "' is not a stage of " + pathway_id);
}

/// An attached file must be the one its digest and size describe: evidence is worth only as much as
/// the proof that it was not changed on the way.
void check_attachments(const CaseData& data, const std::string& path) {
    struct Attachment { const char* table; const char* content; const char* sha256; const char* size; };
    for (const Attachment& a : {Attachment{"impact_evidence", "content", "sha256", "file_size"},
                                Attachment{"publication_entry", "response_content", "response_sha256", "response_size"}}) {
        const Table* table = data.find(a.table);
        if (!table) continue;
        std::size_t content = 0;
        while (content < table->spec->columns.size() && table->spec->columns[content].name != a.content) ++content;
        for (const Row& row : table->rows) {
            if (content >= row.values.size() || !row.values[content]) continue;
            const std::string& bytes = *row.values[content];
            const std::string digest = sha256_hex(bytes);
            if (value_of(*table, row, a.sha256) != digest ||
                value_of(*table, row, a.size) != std::to_string(bytes.size()))
                throw bad_input(xml::where(path, row.line) + ": " + casefile::xml_name(a.table) + " " +
                                casefile::xml_name(a.content) + " does not match its " + casefile::xml_name(a.sha256) +
                                " and size (" + std::to_string(bytes.size()) + " bytes, sha256 " + digest + ")");
        }
    }
}

}  // namespace

std::string CaseFiles::export_xml(const std::string& ref) const {
    storage::CaseFileStore store(m_board.m->store);
    return casefile::write_case_file(store.read(ref));
}

CaseFileImport CaseFiles::import_file(const std::string& path) {
    return import_xml(read_file_capped(path, casefile::kCaseFileMaxBytes), path);
}

CaseFileImport CaseFiles::import_xml(std::string_view content, const std::string& display_name) {
    auto& board = *m_board.m;
    const xml::XmlSchema schema = xml::XmlSchema::load(find_resource("schema/casefile.xsd"));
    const CaseData data =
        casefile::read_case_file(content, display_name, schema, storage::CaseFileStore::tables());
    check_attachments(data, display_name);
    check_against_board(data, display_name, board.pathways, board.store);

    CaseFileImport result;
    result.ref = value_of(data.tables.front(), data.tables.front().rows.front(), "ref");
    for (const Table& t : data.tables) result.rows += t.rows.size();
    if (const Table* entries = data.find("chronology_entry")) result.entries = entries->rows.size();

    storage::Store::Transaction tx(board.store);
    // A large chronology loads faster with the date index built once at the end, as imports do.
    storage::Store::BulkLoad bulk(board.store, result.entries);
    storage::CaseFileStore(board.store).write(data, display_name);
    bulk.finish();
    board.store.audit(board.actor, "casefile.import", "", "review", result.ref, "file", "", display_name);
    tx.commit();
    if (result.entries >= 1000) board.store.release_import_memory();
    board.events.publish({BoardEvent::Type::ReviewAdded, result.ref});
    return result;
}

}  // namespace model
