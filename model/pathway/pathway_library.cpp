// SPDX-License-Identifier: MIT
#include "model/pathway/pathway_library.h"

#include "model/core/error.h"
#include "model/core/resources.h"
#include "model/pathway/safe_xml.h"
#include "model/core/whitespace.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace model {

namespace {

using xml::where;
using xml::XmlNode;

/// Collapses runs of whitespace to one space and trims: definitions wrap long text over lines.
std::string collapse(std::string_view text) { return collapse_whitespace(text); }

std::string attr(const XmlNode& node, std::string_view name) { return collapse(node.attribute_or(name, "")); }

/// xs:boolean, already validated: "true", "false", "1", "0".
bool flag(const XmlNode& node, std::string_view name) {
    const std::string value = attr(node, name);
    return value == "true" || value == "1";
}

std::string child_text(const XmlNode& node, std::string_view name) {
    const XmlNode* child = node.child(name);
    return child ? collapse(child->own_text()) : std::string();
}

/// Reads amount + unit (the schema has checked both; a bad value here means an edited schema).
Duration read_duration(const std::string& path, const XmlNode& node) {
    Duration out;
    const std::string amount = attr(node, "amount");
    try {
        std::size_t used = 0;
        out.amount = std::stoi(amount, &used);
        if (used != amount.size() || out.amount <= 0) throw std::invalid_argument(amount);
    } catch (const std::exception&) {
        throw bad_input(where(path, node.line) + ": invalid amount '" + amount + "' (a positive whole number)");
    }
    const std::string unit = attr(node, "unit");
    const auto parsed = try_parse_unit(unit);
    if (!parsed)
        throw bad_input(where(path, node.line) + ": unknown unit '" + unit +
                        "' (use working-days, days or months)");
    out.unit = *parsed;
    return out;
}

std::string list_ids(const std::vector<StageDef>& stages) {
    std::string out;
    for (const auto& stage : stages) out += (out.empty() ? "" : ", ") + stage.id;
    return out;
}

struct LoadedPathway {
    Pathway pathway;
    int line = 0;  ///< of the <pathway> element
};

std::vector<StageDef> read_stages(const std::string& path, const XmlNode& root) {
    std::vector<StageDef> stages;
    std::map<std::string, int> first_line;
    const XmlNode* list = root.child("stages");
    if (!list) throw bad_input(where(path, root.line) + ": no <stages>");
    for (const XmlNode* node : list->elements("stage")) {
        StageDef stage;
        stage.id = attr(*node, "id");
        stage.name = attr(*node, "name");
        stage.description = child_text(*node, "description");
        stage.optional = flag(*node, "optional");
        stage.requires_note = flag(*node, "requires-note");
        if (stage.id.empty()) throw bad_input(where(path, node->line) + ": stage without an id");
        if (auto [it, inserted] = first_line.emplace(stage.id, node->line); !inserted)
            throw bad_input(where(path, node->line) + ": duplicate stage id '" + stage.id + "' (first at line " +
                            std::to_string(it->second) + ")");
        stages.push_back(std::move(stage));
    }
    if (stages.empty()) throw bad_input(where(path, list->line) + ": a pathway needs at least one stage");
    return stages;
}

ClockDef read_clock(const std::string& path, const XmlNode& node, const Pathway& pathway) {
    ClockDef clock;
    clock.id = attr(node, "id");
    clock.name = attr(node, "name");
    clock.pausable = flag(node, "pausable");
    clock.owner_role = attr(node, "owner");
    clock.origin = child_text(node, "origin");
    const std::string at = where(path, node.line) + ": clock '" + clock.id + "'";

    const XmlNode* start = node.child("start");
    const XmlNode* duration = node.child("duration");
    if (!start || !duration) throw bad_input(at + " needs <start> and <duration>");
    const std::string* review_date = start->attribute("review-date");
    const std::string* start_stage = start->attribute("stage");
    if ((review_date != nullptr) == (start_stage != nullptr))
        throw bad_input(at + ": <start> needs exactly one of review-date=\"…\" and stage=\"…\"");
    if (review_date) {
        clock.start = {ClockAnchor::Kind::ReviewDate, collapse(*review_date)};
    } else {
        clock.start = {ClockAnchor::Kind::Stage, collapse(*start_stage)};
        if (!pathway.find_stage(clock.start.id))
            throw bad_input(at + " starts at unknown stage '" + clock.start.id + "' (stages: " +
                            list_ids(pathway.stages) + ")");
    }

    clock.duration = read_duration(path, *duration);
    clock.before = attr(*duration, "direction") == "before";

    if (const XmlNode* end = node.child("end")) {
        clock.end_stage = attr(*end, "stage");
        if (!pathway.find_stage(clock.end_stage))
            throw bad_input(at + " ends at unknown stage '" + clock.end_stage + "' (stages: " +
                            list_ids(pathway.stages) + ")");
    } else {
        clock.end_stage = clock.id;
        if (!pathway.find_stage(clock.end_stage))
            throw bad_input(at + " has no <end stage=\"…\"/> and there is no stage '" + clock.id +
                            "' to end it (stages: " + list_ids(pathway.stages) + ")");
    }

    if (clock.before && (clock.start.kind == ClockAnchor::Kind::Stage || clock.start.id == "aware"))
        throw bad_input(at + " is due before its start, so it must start from a planned date such as "
                             "review-date=\"planned-publication\", not from '" + clock.start.id + "'");
    if (clock.start.kind == ClockAnchor::Kind::Stage &&
        pathway.stage_index(clock.start.id) >= pathway.stage_index(clock.end_stage))
        throw bad_input(at + " starts at stage '" + clock.start.id + "', which does not come before its end stage '" +
                        clock.end_stage + "'");

    if (const XmlNode* amber = node.child("amber")) {
        clock.amber = read_duration(path, *amber);
        if (clock.amber.unit == clock.duration.unit && clock.amber.amount >= clock.duration.amount)
            throw bad_input(where(path, amber->line) + ": clock '" + clock.id + "': amber threshold (" +
                            describe(clock.amber) + ") must be shorter than the clock (" +
                            describe(clock.duration) + ")");
    } else {
        clock.amber = Duration{0, clock.duration.unit};  // never amber
    }
    return clock;
}

LoadedPathway load_one(const std::string& path, const xml::XmlSchema& schema) {
    const xml::XmlDocument doc = xml::load_xml_file(path, &schema);
    const XmlNode& root = doc.root;
    if (root.name != "pathway")  // the schema says so; guard against an edited schema
        throw bad_input(where(path, root.line) + ": expected <pathway>, found <" + root.name + ">");

    LoadedPathway out;
    out.line = root.line;
    Pathway& pathway = out.pathway;
    pathway.id = attr(root, "id");
    if (pathway.id.empty()) throw bad_input(where(path, root.line) + ": pathway without an id");
    pathway.name = child_text(root, "name");
    pathway.jurisdiction = child_text(root, "jurisdiction");
    pathway.description = child_text(root, "description");
    pathway.source_file = path;
    pathway.stages = read_stages(path, root);

    std::map<std::string, int> first_line;
    if (const XmlNode* list = root.child("clocks")) {
        for (const XmlNode* node : list->elements("clock")) {
            ClockDef clock = read_clock(path, *node, pathway);
            if (auto [it, inserted] = first_line.emplace(clock.id, node->line); !inserted)
                throw bad_input(where(path, node->line) + ": duplicate clock id '" + clock.id + "' (first at line " +
                                std::to_string(it->second) + ")");
            pathway.clocks.push_back(std::move(clock));
        }
    }
    return out;
}

}  // namespace

PathwayLibrary PathwayLibrary::load_default() {
    // The shipped definitions first, then each higher-priority folder (a board's own edits in the
    // user data directory) replacing or adding pathways by id, so an edited copy of one pathway does
    // not hide the other nine.
    const std::string xsd = find_resource("schema/pathway.xsd");
    auto folders = find_resources("templates/pathways");
    if (folders.empty()) find_resource("templates/pathways");  // throws, naming the places searched
    PathwayLibrary merged;
    for (auto folder = folders.rbegin(); folder != folders.rend(); ++folder) {
        for (auto& pathway : load_directory(*folder, xsd).m_pathways) {
            auto same = std::find_if(merged.m_pathways.begin(), merged.m_pathways.end(),
                                     [&](const Pathway& p) { return p.id == pathway.id; });
            if (same != merged.m_pathways.end())
                *same = std::move(pathway);
            else
                merged.m_pathways.push_back(std::move(pathway));
        }
    }
    return merged;
}

PathwayLibrary PathwayLibrary::load_directory(const std::string& directory, const std::string& xsd_path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(directory, ec))
        throw bad_input("cannot read pathway folder '" + directory + "': not a folder");

    std::vector<std::string> files;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        // Every `*.xml` as a shell glob sees it (dot files excluded). A broken link or unreadable
        // entry is kept, so that loading reports it instead of skipping it silently.
        const fs::path& p = it->path();
        std::error_code type_ec;
        if (p.extension() == ".xml" && p.filename().string().front() != '.' && !it->is_directory(type_ec))
            files.push_back(p.string());
    }
    if (ec) throw bad_input("cannot read pathway folder '" + directory + "': " + ec.message());
    if (files.empty()) throw bad_input("no pathway definitions (*.xml) in '" + directory + "'");
    std::sort(files.begin(), files.end());

    const xml::XmlSchema schema = xml::XmlSchema::load(xsd_path);
    PathwayLibrary library;
    for (const auto& file : files) {
        LoadedPathway loaded = load_one(file, schema);
        if (const Pathway* existing = library.find(loaded.pathway.id))
            throw bad_input(where(file, loaded.line) + ": duplicate pathway id '" + loaded.pathway.id +
                            "' (already defined in " + existing->source_file + ")");
        library.add(std::move(loaded.pathway));
    }
    return library;
}

Pathway PathwayLibrary::load_file(const std::string& path, const std::string& xsd_path) {
    const xml::XmlSchema schema = xml::XmlSchema::load(xsd_path);
    return load_one(path, schema).pathway;
}

const Pathway* PathwayLibrary::find(const std::string& id) const {
    for (const auto& pathway : m_pathways)
        if (pathway.id == id) return &pathway;
    return nullptr;
}

const Pathway& PathwayLibrary::get(const std::string& id) const {
    if (const Pathway* pathway = find(id)) return *pathway;
    std::string known;
    for (const auto& pathway : m_pathways) known += (known.empty() ? "" : ", ") + pathway.id;
    throw not_found("unknown pathway '" + id + "' (known: " + (known.empty() ? "none" : known) + ")");
}

}  // namespace model
