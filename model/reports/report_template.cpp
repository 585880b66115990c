// SPDX-License-Identifier: MIT
#include "model/reports/report_template.h"

#include "model/core/error.h"
#include "model/core/resources.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace model::report {
namespace {

namespace fs = std::filesystem;

/// A file name is a template name when it is a lowercase-hyphen token: it is what --template takes.
bool usable_name(const std::string& name) {
    if (name.empty() || name.size() > 64 || !(name[0] >= 'a' && name[0] <= 'z')) return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool under(const std::string& path, const std::string& dir) {
    return !dir.empty() && path.compare(0, dir.size(), dir) == 0;
}

std::string names_of(const std::vector<ReportTemplateInfo>& files) {
    std::string out;
    for (const auto& f : files) out += (out.empty() ? "" : ", ") + f.name;
    return out.empty() ? "none found" : out;
}

const xml::XmlSchema& template_schema() {
    // Compiled once per process: templates are loaded for every report.
    static const xml::XmlSchema schema = xml::XmlSchema::load(find_resource("schema/report-template.xsd"));
    return schema;
}

}  // namespace

std::vector<ReportTemplateInfo> template_files() {
    // Folders highest priority first: the first file seen for a name wins (a board's copy).
    std::map<std::string, ReportTemplateInfo> by_name;
    const std::string user_dir = user_data_dir();
    for (const auto& folder : find_resources("templates/reports")) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            if (entry.path().extension() != ".xml" || !entry.is_regular_file(ec)) continue;
            const std::string name = entry.path().stem().string();
            if (!usable_name(name) || by_name.count(name)) continue;
            ReportTemplateInfo info;
            info.name = name;
            info.path = entry.path().string();
            info.overridden = under(info.path, user_dir + "/");
            by_name.emplace(name, std::move(info));
        }
    }
    std::vector<ReportTemplateInfo> out;
    for (auto& [name, info] : by_name) out.push_back(std::move(info));
    return out;
}

LoadedTemplate load_template(const std::string& name) {
    const auto files = template_files();
    const auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.name == name; });
    if (it == files.end())
        throw bad_input("unknown template '" + name + "' (templates: " + names_of(files) + ")");
    LoadedTemplate t;
    t.info = *it;
    xml::ParseOptions options;
    options.drop_blank_text = false;  // mixed content: "see <b>this</b> now" keeps its spaces
    t.doc = xml::load_xml_file(t.info.path, &template_schema(), options);
    const xml::XmlNode& root = t.doc.root;
    t.info.title = root.attribute_or("title", "");
    t.info.board_wide = root.attribute_or("scope", "review") == "board";
    if (const xml::XmlNode* d = root.child("description")) t.info.description = d->own_text();
    t.marking = root.attribute_or("marking", "");
    return t;
}

}  // namespace model::report

namespace model {

std::vector<ReportTemplateInfo> list_report_templates() {
    auto files = report::template_files();
    if (files.empty() && find_resources("templates/reports").empty())
        throw not_found("no report templates folder (templates/reports) was found");
    for (auto& f : files) {
        try {
            f = report::load_template(f.name).info;
        } catch (const Error&) {
            f.title.clear();  // listed, so that a board sees it; rendering it names the problem
        }
    }
    return files;
}

}  // namespace model
