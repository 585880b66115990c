// SPDX-License-Identifier: MIT
// Whole-review case files: what goes out comes back in unchanged (export → import → export gives the
// same bytes), the document is valid against schema/casefile.xsd, and a hostile or broken file is
// refused with its line and reason while the board stays exactly as it was.
#include "model/casefile/case_file.h"
#include "model/core/error.h"
#include "model/core/resources.h"
#include "model/pathway/safe_xml.h"
#include "model/register/board.h"
#include "model/storage/store.h"
#include "model/storage/store_casefile.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <unistd.h>

using model::Date;

namespace {

const Date kToday = Date::from_ymd(2026, 11, 23);

std::unique_ptr<model::Board> fresh_board(const char* actor = "importer") {
    auto b = model::Board::open(":memory:", model::PathwayLibrary::load_default());
    b->set_actor(actor);
    return b;
}

/// The demo board, with a few things the demo does not do on its own: a merge whose survivor comes
/// later than the entry merged into it, a dismissed pair, and annotations holding characters XML
/// cannot carry as text (a control character) and one it must escape (a carriage return).
struct Demo {
    std::unique_ptr<model::Board> board = fresh_board("chair");
    std::string ref;
    std::size_t entries = 0;  ///< every entry, merged-away ones included

    Demo() {
        model::fill_demo_board(*board, kToday);
        // The richest review: the one with the most chronology entries.
        std::size_t most = 0;
        for (const auto& r : board->list_reviews())
            if (auto n = board->chronology().count(r.ref); n > most) most = n, ref = r.ref;
        auto entries = board->chronology().list(ref);
        REQUIRE(entries.size() >= 4);
        this->entries = entries.size();
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        board->chronology().decide_duplicate(entries[3].id, entries[0].id, true);  // survivor has the later id
        board->chronology().decide_duplicate(entries[1].id, entries[2].id, false);
        board->chronology().annotate(entries[1].id, {std::string("high"), std::string("Seen \x01 then\r\nlost"),
                                                     std::string("Caseload < 30 & \"stretched\""), {}});
        board->set_planned_publication(ref, kToday.add_days(90));

        // Attached files: evidence of impact over one 3 MiB chunk, every byte value; a publication
        // log entry with the board's response kept inside; a redaction decision.
        const auto actions = board->learning().actions(kToday, {ref});
        REQUIRE(!actions.empty());
        std::string bytes(7u * 1024u * 1024u + 1u, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = char((i * 131u) % 256u);
        evidence_file = write_temp("evidence.bin", bytes);
        evidence_id = board->learning().add_evidence(
            actions.front().id, {model::EvidenceKind::ReAudit, "Re-audit of 30 cases: 27 compliant", kToday, evidence_file});
        response_file = write_temp("response.html", "<p>The board accepts every recommendation.</p>\n");
        model::NewPublicationEntry entry;
        entry.status = "draft";
        entry.date = kToday;
        entry.version_file = response_file;
        entry.legal_advice = "Police advise waiting for the trial.";
        entry.board_response_file = response_file;
        board->publications().add(ref, entry);
        board->publications().decide_redaction(ref, {"the cot bars", "not identifying", "", ""});
    }
    ~Demo() {
        std::remove(evidence_file.c_str());
        std::remove(response_file.c_str());
    }

    std::string evidence_file, response_file;
    std::int64_t evidence_id = 0;

    static std::string write_temp(const std::string& name, const std::string& bytes) {
        const std::string path =
            std::filesystem::temp_directory_path() / ("casefile-" + std::to_string(getpid()) + "-" + name);
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
};

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

/// Everything a user could see change on a board: reviews, and the whole audit trail.
std::string board_state(model::Board& board) {
    std::string out;
    for (const auto& r : board.list_reviews()) out += r.ref + "|" + r.title + "\n";
    out += std::to_string(board.audit().size());
    return out;
}

std::string refusal(model::Board& board, const std::string& document, const std::string& name = "case.xml") {
    const std::string before = board_state(board);
    std::string message;
    try {
        board.case_files().import_xml(document, name);
    } catch (const model::Error& e) {
        CHECK(e.kind() == model::ErrorKind::BadInput);
        message = e.what();
    }
    CHECK(!message.empty());
    CHECK(board_state(board) == before);  // nothing imported, nothing audited
    return message;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

const char* const kMinimal = R"(<?xml version="1.0" encoding="UTF-8"?>
<case-file xmlns="urn:casereview:casefile:1" version="1">
  <review ref="CSPR-2024-017" pathway-id="cspr-england" region="england-and-wales" aware="2024-03-01" created-at="2024-03-01T09:00:00.000Z">
    <title>Minimal review</title>
  </review>
  <chronology-import id="i1" imported-at="2024-04-02T10:00:00.000Z" rows-imported="1" rows-rejected="0">
    <agency>Police</agency>
  </chronology-import>
  <chronology-entry id="e1" import-id="i1" date-from="2024-01-01" date-to="2024-01-31" precision="1" uncertain="true" source-row="2">
    <agency>Police</agency>
    <event>Call-out</event>
  </chronology-entry>
</case-file>
)";

}  // namespace

TEST_CASE("a review exported, imported into another board and exported again gives the same bytes", "[casefile]") {
    Demo demo;
    const std::string first = demo.board->case_files().export_xml(demo.ref);

    auto target = fresh_board();
    const model::CaseFileImport imported = target->case_files().import_xml(first, "child-a.xml");
    CHECK(imported.ref == demo.ref);
    CHECK(imported.entries == demo.entries);
    const std::string second = target->case_files().export_xml(demo.ref);
    CHECK(second == first);

    // What people see on the other board is the same review.
    const model::Review a = demo.board->get_review(demo.ref), b = target->get_review(demo.ref);
    CHECK(b.title == a.title);
    CHECK(b.aware == a.aware);
    CHECK(b.planned_publication == a.planned_publication);
    CHECK(b.stages.size() == a.stages.size());
    CHECK(b.people.size() == a.people.size());
    CHECK(b.terms.size() == a.terms.size());
    CHECK(target->chronology().list(demo.ref).size() == demo.board->chronology().list(demo.ref).size());
    CHECK(target->chronology().agencies(demo.ref) == demo.board->chronology().agencies(demo.ref));
    // Full-text search works on the imported entries (the index is rebuilt, not copied).
    CHECK(target->chronology().search(demo.ref, "bruising").size() ==
          demo.board->chronology().search(demo.ref, "bruising").size());

    // Attached files come across byte for byte.
    const auto rows = target->learning().actions(kToday, {demo.ref});
    std::vector<unsigned char> moved;
    for (const auto& row : rows)
        for (const auto& e : target->learning().action(row.id).evidence)
            if (!target->learning().evidence_file(e.id).empty()) moved = target->learning().evidence_file(e.id);
    CHECK(moved == demo.board->learning().evidence_file(demo.evidence_id));
    REQUIRE(target->publications().log(demo.ref).size() == 1);
    CHECK(target->publications().board_response(target->publications().log(demo.ref)[0].id) ==
          demo.board->publications().board_response(demo.board->publications().log(demo.ref)[0].id));
    CHECK(target->publications().redaction_decisions(demo.ref).size() == 1);

    // The review's audit trail is kept as it was: who, when, what.
    const auto old_trail = demo.board->audit(demo.ref), new_trail = target->audit(demo.ref);
    REQUIRE(new_trail.size() == old_trail.size());
    for (std::size_t i = 0; i < old_trail.size(); ++i) {
        CHECK(new_trail[i].at == old_trail[i].at);
        CHECK(new_trail[i].actor == old_trail[i].actor);
        CHECK(new_trail[i].new_value == old_trail[i].new_value);
    }
    // The import itself is on the board's trail, outside the review's own.
    const auto board_trail = target->audit();
    REQUIRE(board_trail.size() == old_trail.size() + 1);
    CHECK(board_trail.back().action == "casefile.import");
    CHECK(board_trail.back().actor == "importer");
    CHECK(board_trail.back().review_ref.empty());
    CHECK(board_trail.back().entity_id == demo.ref);
    CHECK(board_trail.back().new_value == "child-a.xml");
}

TEST_CASE("a case file carries every part of the review", "[casefile]") {
    Demo demo;
    const std::string doc = demo.board->case_files().export_xml(demo.ref);
    const model::Review review = demo.board->get_review(demo.ref);

    CHECK(count(doc, "<stage-completion ") == review.stages.size());
    CHECK(count(doc, "<person>") == review.people.size());
    CHECK(count(doc, "<terms-of-reference ") == review.terms.size());
    CHECK(count(doc, "<chronology-entry ") == demo.entries);
    CHECK(count(doc, "<audit ") == demo.board->audit(demo.ref).size());
    CHECK(count(doc, "<duplicate-decision ") == 2);
    CHECK(count(doc, "<finding ") == demo.board->learning().findings(demo.ref).size());
    CHECK(count(doc, "<impact-evidence ") >= 1);
    CHECK(count(doc, "<chunk>") == 3 + 1);  // 7 MiB of evidence in 3 MiB chunks, and the response
    CHECK(count(doc, "<publication-entry ") == 1);
    CHECK(count(doc, "<redaction-decision ") == 1);
    CHECK(count(doc, " merged-into=\"e") == 1);
    CHECK(doc.find("<name>Oliver Whitfield</name>") != std::string::npos);
    // A control character goes as base64; markup characters and a carriage return are escaped.
    CHECK(doc.find("<analysis encoding=\"base64\">") != std::string::npos);
    CHECK(doc.find("Caseload &lt; 30 &amp; &quot;stretched&quot;") != std::string::npos);
    // Ids are the document's own, never the database's row ids.
    CHECK(doc.find("id=\"e1\"") != std::string::npos);
    // Nothing in it depends on when it was exported.
    CHECK(demo.board->case_files().export_xml(demo.ref) == doc);

    // Valid against the shipped schema.
    const auto schema = model::xml::XmlSchema::load(model::find_resource("schema/casefile.xsd"));
    model::xml::ParseOptions options;
    options.max_bytes = 64u * 1024u * 1024u;
    CHECK_NOTHROW(model::xml::parse_xml(doc, "export.xml", &schema, options));
}

TEST_CASE("a hand-written case file comes back out exactly as written", "[casefile]") {
    // Leading and trailing spaces, a carriage return, an empty nullable column and a partial date.
    const std::string doc = replaced(kMinimal, "<event>Call-out</event>",
                                     "<event>  Call-out&#13;\nat night  </event>");
    auto board = fresh_board();
    CHECK(board->case_files().import_xml(doc, "minimal.xml").ref == "CSPR-2024-017");
    CHECK(board->case_files().export_xml("CSPR-2024-017") == doc);
    const auto entry = board->chronology().list("CSPR-2024-017").at(0);
    CHECK(entry.event == "  Call-out\r\nat night  ");
    CHECK(entry.date.uncertain);
}

TEST_CASE("every table that holds a review's rows is carried by case files", "[casefile]") {
    // A migration adding a table tied to reviews must add it to store_casefile.cpp and the schema.
    model::storage::Store store(":memory:");
    CHECK(model::storage::CaseFileStore(store).uncovered_tables() == std::vector<std::string>{});
}

TEST_CASE("hostile and broken case files are refused with line and reason, nothing imported", "[casefile]") {
    auto board = fresh_board();
    board->add_review({"cspr-england", "Already here", Date::from_ymd(2025, 1, 6)});

    SECTION("billion laughs") {
        const std::string doc = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<case-file xmlns="urn:casereview:casefile:1" version="1">&lol3;</case-file>)";
        CHECK(refusal(*board, doc) == "case.xml:2: DOCTYPE is not allowed");
    }
    SECTION("external entity naming a local file") {
        const std::string doc = R"(<?xml version="1.0"?>
<!DOCTYPE case-file [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<case-file xmlns="urn:casereview:casefile:1" version="1"><review>&xxe;</review></case-file>)";
        const std::string message = refusal(*board, doc);
        CHECK(message == "case.xml:2: DOCTYPE is not allowed");
        CHECK(message.find("root:") == std::string::npos);
    }
    SECTION("a bare DOCTYPE") {
        CHECK(refusal(*board, replaced(kMinimal, "<case-file ", "<!DOCTYPE case-file>\n<case-file ")) ==
              "case.xml:2: DOCTYPE is not allowed");
    }
    SECTION("a file over the size cap is refused before it is read") {
        const std::string path = std::filesystem::temp_directory_path() / ("casefile-huge-" + std::to_string(getpid()) + ".xml");
        {
            std::ofstream out(path);
            out << kMinimal;
        }
        std::filesystem::resize_file(path, 300u * 1024u * 1024u);  // sparse: costs no disk
        const std::string before = board_state(*board);
        std::string message;
        try {
            board->case_files().import_file(path);
        } catch (const model::Error& e) {
            message = e.what();
        }
        std::filesystem::remove(path);
        CHECK(message.find("file is too large") != std::string::npos);
        CHECK(message.find("256 MiB") != std::string::npos);
        CHECK(board_state(*board) == before);
    }
    SECTION("deep nesting") {
        std::string deep;
        for (int i = 0; i < 5000; ++i) deep += "<x>";
        for (int i = 0; i < 5000; ++i) deep += "</x>";
        const std::string message = refusal(*board, replaced(kMinimal, "<title>Minimal review</title>", deep));
        CHECK(message.rfind("case.xml:4: ", 0) == 0);
    }
    SECTION("wrong namespace") {
        const std::string message =
            refusal(*board, replaced(kMinimal, "urn:casereview:casefile:1", "urn:example:other"));
        CHECK(message.rfind("case.xml:2: ", 0) == 0);
        CHECK(message.find("case-file") != std::string::npos);
    }
    SECTION("a reference to a row that is not in the file") {
        CHECK(refusal(*board, replaced(kMinimal, "import-id=\"i1\"", "import-id=\"i9\"")) ==
              "case.xml:9: import-id 'i9' names no chronology-import in this file");
    }
    SECTION("a reference to a row of the wrong kind") {
        CHECK(refusal(*board, replaced(kMinimal, "import-id=\"i1\"", "import-id=\"e1\"")) ==
              "case.xml:9: import-id 'e1' names no chronology-import in this file");
    }
    SECTION("an impossible date") {
        const std::string message = refusal(*board, replaced(kMinimal, "aware=\"2024-03-01\"", "aware=\"2024-02-30\""));
        CHECK(message.rfind("case.xml:3: ", 0) == 0);
        CHECK(message.find("2024-02-30") != std::string::npos);
    }
    SECTION("a value outside its set") {
        const std::string message = refusal(*board, replaced(kMinimal, "region=\"england-and-wales\"", "region=\"mars\""));
        CHECK(message.rfind("case.xml:3: ", 0) == 0);
        CHECK(message.find("mars") != std::string::npos);
    }
    SECTION("a pathway this board does not define") {
        CHECK(refusal(*board, replaced(kMinimal, "pathway-id=\"cspr-england\"", "pathway-id=\"no-such-pathway\"")) ==
              "case.xml:3: pathway 'no-such-pathway' is not defined on this board");
    }
    SECTION("a ref that already exists on this board") {
        const std::string ref = board->list_reviews().at(0).ref;
        CHECK(refusal(*board, replaced(kMinimal, "CSPR-2024-017", ref)).find("review " + ref + " already exists") !=
              std::string::npos);
    }
    SECTION("a row the database refuses, after others were inserted") {
        // Two people with the same pseudonym: the schema allows it, the database does not.
        const std::string people =
            "</review>\n  <person>\n    <name>Ann Smith</name>\n    <pseudonym>Mother</pseudonym>\n  </person>\n"
            "  <person>\n    <name>Ann Jones</name>\n    <pseudonym>Mother</pseudonym>\n  </person>";
        const std::string message = refusal(*board, replaced(kMinimal, "</review>", people));
        CHECK(message.rfind("case.xml:10: person rejected by the database: UNIQUE constraint failed", 0) == 0);
    }
    SECTION("an attached file that does not match its digest") {
        const std::string evidence =
            "  <publication-entry version=\"0\" status=\"draft\" status-date=\"2024-05-01\" file-sha256=\"\" "
            "file-size=\"0\" format=\"\" response-sha256=\"" + std::string(64, 'a') + "\" response-size=\"3\" "
            "recorded-at=\"2024-05-01T10:00:00.000Z\">\n    <response-content>\n      <chunk>YWJj</chunk>\n"
            "    </response-content>\n  </publication-entry>\n</case-file>";
        const std::string message = refusal(*board, replaced(kMinimal, "</case-file>", evidence));
        CHECK(message.rfind("case.xml:13: publication-entry response-content does not match its response-sha256", 0) == 0);
    }
    SECTION("not well-formed") {
        CHECK(refusal(*board, replaced(kMinimal, "</title>", "")).rfind("case.xml:", 0) == 0);
    }
    SECTION("text that is not valid base64") {
        CHECK(refusal(*board, replaced(kMinimal, "<event>Call-out</event>", "<event encoding=\"base64\">*</event>")) ==
              "case.xml:11: event is not valid base64");
    }
    CHECK(board->list_reviews().size() == 1);
}
