// SPDX-License-Identifier: MIT
// Benchmark (not a test): read_source_tables on a generated 200,000-row (~60 MB) CSV chronology and
// a generated 50,000-row XLSX (written with libzip, shared strings, date and time styles).
// Usage: bench_source_readers [--rows N] [--xlsx-rows N] [--keep DIR]
// Target: the CSV in well under a second.
#include "model/sources/source_table.h"

#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

const std::vector<std::string> kAgencies = {"Police", "Children's Social Care", "Health Visiting", "GP", "School",
                                            "Housing", "Probation", "A&E", "CAMHS", "Early Help"};
const std::vector<std::string> kPractitioners = {"DS Smith", "SW Jones", "HV Patel", "Dr Brown", "Mrs Green",
                                                 "PC Khan", "Ms O'Neill", "Mr Evans", "Nurse Ali", "SW Taylor"};

/// Text of about `length` characters drawn from a small vocabulary (Zipf-ish: early words commoner).
std::string words(std::mt19937& rng, std::size_t length) {
    static const std::vector<std::string> vocabulary = {
        "mother", "child", "visit", "home", "reported", "concerns", "school", "attended", "father", "partner",
        "police", "called", "assessment", "referral", "strategy", "meeting", "agreed", "plan", "health", "seen",
        "bruising", "explained", "neglect", "conditions", "poor", "food", "present", "siblings", "grandmother",
        "contact", "telephone", "letter", "sent", "no", "response", "follow-up", "arranged", "appointment", "missed",
        "domestic", "abuse", "incident", "recorded", "risk", "assessed", "medium", "safeguarding", "lead", "informed"};
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::string out;
    while (out.size() < length) {
        const auto i = static_cast<std::size_t>(static_cast<double>(vocabulary.size()) * u(rng) * u(rng));
        if (!out.empty()) out += ' ';
        out += vocabulary[i];
    }
    return out;
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

std::string make_csv(const std::string& path, std::size_t rows, std::mt19937& rng) {
    std::string text = "Date,Time,Agency,Practitioner,Event,Source\r\n";
    text.reserve(rows * 310);
    for (std::size_t i = 0; i < rows; ++i) {
        const int day = 1 + int(i % 28), month = 1 + int(i / 28 % 12), year = 2015 + int(i / 336 % 8);
        text += two(day) + "/" + two(month) + "/" + std::to_string(year) + ",";
        text += two(int(i % 24)) + ":" + two(int(i * 7 % 60)) + ",";
        text += kAgencies[i % kAgencies.size()] + "," + kPractitioners[i * 3 % kPractitioners.size()] + ",";
        std::string event = words(rng, 250);
        if (i % 5 == 0) event = "\"" + event + ", she said \"\"fine\"\"\"";  // some quoted fields
        text += event + ",Case notes " + std::to_string(i) + "\r\n";
    }
    std::ofstream(path, std::ios::binary) << text;
    return text;
}

std::string xml_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

/// Returns the inflated size of all members.
std::size_t make_xlsx(const std::string& path, std::size_t rows, std::mt19937& rng) {
    const std::string decl = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n";
    const std::string main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    std::vector<std::string> strings = {"Date", "Time", "Agency", "Practitioner", "Event", "Source"};
    for (const auto& a : kAgencies) strings.push_back(a);
    for (const auto& p : kPractitioners) strings.push_back(p);
    std::string sheet = decl + "<worksheet xmlns=\"" + main_ns + "\" xmlns:r=\"" + rel_ns + "\"><sheetData>";
    sheet += R"(<row r="1" spans="1:6">)";
    for (int c = 0; c < 6; ++c)
        sheet += "<c r=\"" + std::string(1, char('A' + c)) + "1\" t=\"s\"><v>" + std::to_string(c) + "</v></c>";
    sheet += "</row>";
    for (std::size_t i = 0; i < rows; ++i) {
        const std::string r = std::to_string(i + 2);
        const std::size_t event = strings.size();
        strings.push_back(words(rng, 250));
        sheet += "<row r=\"" + r + "\" spans=\"1:6\">";
        sheet += "<c r=\"A" + r + "\" s=\"1\"><v>" + std::to_string(42000 + i / 20) + "</v></c>";
        sheet += "<c r=\"B" + r + "\" s=\"2\"><v>" + std::to_string(double(i % 1440) / 1440.0) + "</v></c>";
        sheet += "<c r=\"C" + r + "\" t=\"s\"><v>" + std::to_string(6 + i % kAgencies.size()) + "</v></c>";
        sheet += "<c r=\"D" + r + "\" t=\"s\"><v>" + std::to_string(16 + i * 3 % kPractitioners.size()) + "</v></c>";
        sheet += "<c r=\"E" + r + "\" t=\"s\"><v>" + std::to_string(event) + "</v></c>";
        sheet += "<c r=\"F" + r + "\" t=\"inlineStr\"><is><t>Case notes " + std::to_string(i) + "</t></is></c>";
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    std::string sst = decl + "<sst xmlns=\"" + main_ns + "\" count=\"" + std::to_string(strings.size()) +
                      "\" uniqueCount=\"" + std::to_string(strings.size()) + "\">";
    for (const auto& s : strings) sst += "<si><t>" + xml_escape(s) + "</t></si>";
    sst += "</sst>";

    const std::vector<std::pair<std::string, std::string>> members = {
        {"[Content_Types].xml",
         decl + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                R"(<Default Extension="xml" ContentType="application/xml"/>)"
                R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
                R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
                R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
                R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)"},
        {"_rels/.rels", decl + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                               R"(<Relationship Id="rId1" Type=")" + rel_ns + R"(/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
        {"xl/workbook.xml", decl + "<workbook xmlns=\"" + main_ns + "\" xmlns:r=\"" + rel_ns +
                                "\"><sheets><sheet name=\"Chronology\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         decl + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                R"(<Relationship Id="rId1" Type=")" + rel_ns + R"(/worksheet" Target="worksheets/sheet1.xml"/>)"
                R"(<Relationship Id="rId2" Type=")" + rel_ns + R"(/styles" Target="styles.xml"/>)"
                R"(<Relationship Id="rId3" Type=")" + rel_ns + R"(/sharedStrings" Target="sharedStrings.xml"/></Relationships>)"},
        {"xl/styles.xml", decl + "<styleSheet xmlns=\"" + main_ns + "\">" +
                              R"(<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>)"
                              R"(<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>)"
                              R"(<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>)"
                              R"(<xf numFmtId="20" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>)"},
        {"xl/sharedStrings.xml", sst},
        {"xl/worksheets/sheet1.xml", sheet},
    };
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) throw std::runtime_error("cannot create " + path);
    std::size_t inflated = 0;
    for (const auto& [name, content] : members) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0)
            throw std::runtime_error("cannot add " + name);
        inflated += content.size();
    }
    if (zip_close(archive) != 0) throw std::runtime_error("cannot write " + path);
    return inflated;
}

struct Timing {
    double best_ms = 0, median_ms = 0;
    std::size_t rows = 0;
};

Timing time_read(const std::string& path, int runs) {
    std::vector<double> times;
    Timing out;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        const auto tables = model::read_source_tables(path);
        times.push_back(ms_since(t0));
        out.rows = 0;
        for (const auto& t : tables) out.rows += t.rows.size();
    }
    std::sort(times.begin(), times.end());
    out.best_ms = times.front();
    out.median_ms = times[times.size() / 2];
    return out;
}

void report(const char* what, std::size_t bytes, const Timing& t) {
    const double mb = double(bytes) / 1e6;
    std::printf("%-5s %8.1f MB  %7zu rows  median %7.1f ms (best %7.1f)  %7.1f MB/s  %9.0f rows/s\n", what, mb, t.rows,
                t.median_ms, t.best_ms, mb / (t.median_ms / 1000.0), double(t.rows) / (t.median_ms / 1000.0));
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t csv_rows = 200000, xlsx_rows = 50000;
    std::string keep;
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--rows") csv_rows = std::stoul(argv[i + 1]);
        if (arg == "--xlsx-rows") xlsx_rows = std::stoul(argv[i + 1]);
        if (arg == "--keep") keep = argv[i + 1];
    }
    const fs::path dir = keep.empty() ? fs::temp_directory_path() / "bench_source_readers" : fs::path(keep);
    fs::create_directories(dir);
    std::mt19937 rng(42);

    const std::string csv = (dir / "chronology.csv").string();
    auto t0 = Clock::now();
    const std::size_t csv_bytes = make_csv(csv, csv_rows, rng).size();
    std::printf("generated %s (%.1f MB) in %.0f ms\n", csv.c_str(), double(csv_bytes) / 1e6, ms_since(t0));

    const std::string xlsx = (dir / "chronology.xlsx").string();
    t0 = Clock::now();
    const std::size_t inflated = make_xlsx(xlsx, xlsx_rows, rng);
    const std::size_t xlsx_bytes = fs::file_size(xlsx);
    std::printf("generated %s (%.1f MB, %.1f MB inflated) in %.0f ms\n", xlsx.c_str(), double(xlsx_bytes) / 1e6,
                double(inflated) / 1e6, ms_since(t0));

    report("CSV", csv_bytes, time_read(csv, 5));
    const Timing x = time_read(xlsx, 3);
    report("XLSX", xlsx_bytes, x);
    std::printf("XLSX  %.1f MB/s of inflated XML\n", double(inflated) / 1e6 / (x.median_ms / 1000.0));

    if (keep.empty()) fs::remove_all(dir);
    return 0;
}
