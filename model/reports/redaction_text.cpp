// SPDX-License-Identifier: MIT
#include "model/reports/redaction_text.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace model::redaction {
namespace {

/// Decodes one UTF-8 sequence at `i`. An invalid byte decodes as itself (a "letter" of length 1),
/// so nothing is ever split in the middle and nothing is lost.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    auto at = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
    if (b < 0x80) { len = 1; return b; }
    if ((b & 0xE0) == 0xC0 && cont(1)) { len = 2; return (char32_t(b & 0x1F) << 6) | at(1); }
    if ((b & 0xF0) == 0xE0 && cont(1) && cont(2)) { len = 3; return (char32_t(b & 0x0F) << 12) | (at(1) << 6) | at(2); }
    if ((b & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        len = 4;
        return (char32_t(b & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
    }
    len = 1;
    return 0xDC00 + b;  // a lone surrogate value: never a separator, kept as a letter
}

void encode(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

enum class Kind { Letter, Separator, Invisible, Mark };

Kind kind_of(char32_t c) {
    if (c < 0x80) {
        return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? Kind::Letter
                                                                                            : Kind::Separator;
    }
    if (c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) return Kind::Invisible;
    if (c >= 0x300 && c <= 0x36F) return Kind::Mark;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return Kind::Separator;
    if (c >= 0x2B9 && c <= 0x2DF) return Kind::Separator;  // modifier letter apostrophe and friends
    if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F)) return Kind::Separator;
    return Kind::Letter;
}

// U+00C0..U+00FF folded; "" for × and ÷ (separators, never reached).
const char* const kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100..U+017F folded, as runs of (count, folding).
struct Run { int count; const char* folded; };
const Run kLatinExtA[] = {{6, "a"}, {8, "c"}, {4, "d"}, {10, "e"}, {8, "g"}, {4, "h"}, {10, "i"}, {2, "ij"},
                          {2, "j"}, {3, "k"}, {10, "l"}, {9, "n"}, {6, "o"}, {2, "oe"}, {6, "r"}, {8, "s"},
                          {6, "t"}, {12, "u"}, {2, "w"}, {3, "y"}, {6, "z"}, {1, "s"}};

const char* fold_ext_a(char32_t c) {
    int index = int(c - 0x100);
    for (const auto& run : kLatinExtA) {
        if (index < run.count) return run.folded;
        index -= run.count;
    }
    return "";
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
    if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
    if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
    if (c == 0x178) return true;
    if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
    if (c >= 0x391 && c <= 0x3A9) return true;  // Greek
    if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic
    return false;
}

void fold_into(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (c >= 0xC0 && c <= 0xFF) {
        out += kLatin1[c - 0xC0];
    } else if (c >= 0x100 && c <= 0x17F) {
        out += fold_ext_a(c);
    } else if (c >= 0x391 && c <= 0x3A9) {
        encode(c + 0x20, out);
    } else if (c >= 0x410 && c <= 0x42F) {
        encode(c + 0x20, out);
    } else if (c >= 0x400 && c <= 0x40F) {
        encode(c + 0x50, out);
    } else if (c >= 0xDC80 && c <= 0xDCFF) {
        out += char(c - 0xDC00);  // an invalid byte, kept as it was
    } else {
        encode(c, out);
    }
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 || c == 0xAD ||
           (c >= 0x2000 && c <= 0x200D) || c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BC || c == 0xB4 || c == '`'; }
bool is_hyphen(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2013); }

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
    out.clear();
    Token current;
    bool open = false;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = 1;
        const char32_t c = decode(text, i, len);
        const Kind k = kind_of(c);
        if (k == Kind::Letter || (open && (k == Kind::Mark || k == Kind::Invisible))) {
            if (!open) {
                current = Token{};
                current.begin = i;
                current.capitalised = is_upper(c);
                open = true;
            }
            if (k == Kind::Letter) {
                if (is_upper(c))
                    current.has_upper = true;
                else if (c > '9')
                    current.has_lower = true;
                fold_into(c, current.folded);
            }
            current.end = i + len;
        } else if (open) {
            out.push_back(std::move(current));
            open = false;
        }
        i += len;
    }
    if (open) out.push_back(std::move(current));
}

std::string fold_words(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    std::string key;
    for (const auto& t : tokens) {
        if (!key.empty()) key += ' ';
        key += t.folded;
    }
    return key;
}

Gap classify_gap(std::string_view between) {
    if (between.empty() || between.size() > 24) return Gap::Other;
    int apostrophes = 0, stops = 0, hyphens = 0, spaces = 0;
    std::size_t i = 0;
    while (i < between.size()) {
        std::size_t len = 1;
        const char32_t c = decode(between, i, len);
        if (is_apostrophe(c)) ++apostrophes;
        else if (c == '.') ++stops;
        else if (is_hyphen(c)) ++hyphens;
        else if (is_space(c)) ++spaces;
        else return Gap::Other;
        i += len;
    }
    if (apostrophes == 1 && stops == 0 && hyphens == 0 && spaces == 0) return Gap::Apostrophe;
    if (apostrophes + stops + hyphens > 2 || stops > 1 || apostrophes > 1) return Gap::Other;
    return Gap::Join;
}

bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) {
        if (i == a.size()) return false;  // equal
        if (a.substr(i + 1) == b.substr(i + 1)) return true;  // one letter changed
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1);  // one letter added
}

bool is_common_word(std::string_view folded) {
    // Given names and surnames that are also words a reviewer writes every day. A capitalised
    // occurrence may be either (the month, a sentence that starts with "Will"), so it is refused
    // unless a title or the rest of the name makes it certain.
    static const std::unordered_set<std::string_view> words = {
        "hope", "will", "may", "grace", "mark", "faith", "joy", "dawn", "june", "april", "august", "summer",
        "autumn", "winter", "bill", "pat", "sue", "frank", "rob", "art", "ray", "guy", "sunny", "sky",
        "amber", "holly", "ivy", "iris", "violet", "heather", "ruby", "pearl", "crystal", "angel",
        "precious", "patience", "prudence", "charity", "chance", "carol", "gene", "jack", "mercy", "honor",
        "honour", "liberty", "justice", "harmony", "melody", "destiny", "star", "storm", "river", "brook",
        "rain", "hazel", "jade", "penny", "rich", "drew", "lance", "miles", "nick", "norm", "page", "reed",
        "rod", "sandy", "wade", "win", "young", "king", "white", "black", "brown", "green", "grey", "gray",
        "hill", "wood", "stone", "field", "cook", "baker", "butler", "porter", "mason", "hunter", "carter",
        "fisher", "shepherd", "walker", "bishop", "lord", "knight", "page", "bell", "moss", "lamb", "fox",
        "wolf", "swift", "price", "ash", "dean", "chase",
        "hunt", "long", "short", "little", "small", "major", "noble", "sharp", "cash", "gold",
        "silver", "marsh", "lane", "street", "bank", "banks", "head", "hand", "east", "west", "north",
        "south", "rivers", "fields", "hart", "hay", "ford", "law", "love", "case", "care", "day", "may",
        "eve", "king", "duke", "earl",
        "prince", "queen", "parish", "chapel", "church", "temple", "good", "best",
        "care", "child", "dear", "english", "french", "welsh", "irish", "scott", "power", "hall", "house"};
    return words.count(folded) > 0;
}

bool is_ordinary_word(std::string_view folded) {
    // Words of four letters or more that reviews, chronologies and action plans use all the time and
    // that lie one letter from common names or surnames. Not names: those are is_common_word's.
    static const std::unordered_set<std::string_view> words = {
        "january", "february", "march", "july", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "home", "homes", "mother", "father", "brother", "sister", "parent", "parents", "carer", "carers",
        "visit", "visits", "visited", "school", "schools", "house", "health", "police", "court", "courts",
        "nurse", "nurses", "ward", "wards", "unit", "team", "teams", "plan", "plans", "call", "calls",
        "note", "notes", "letter", "meeting", "review", "report", "board", "staff", "case", "cases",
        "child", "children", "baby", "family", "families", "adult", "adults", "agency", "agencies",
        "referral", "contact", "record", "records", "office", "clinic", "doctor", "hospital", "social",
        "worker", "workers", "service", "services", "practice", "panel", "chair", "lead", "local", "area",
        "first", "second", "third", "last", "next", "made", "make", "said", "told", "seen", "sent", "kept",
        "held", "left", "went", "came", "gave", "took", "were", "with", "when", "then", "than", "there",
        "these", "those", "that", "this", "they", "them", "their", "have", "will", "would", "could",
        "should", "must", "also", "both", "each", "more", "most", "many", "much", "some", "such", "only",
        "over", "under", "after", "before", "about", "into", "from", "upon", "while", "where", "which",
        "what", "whom", "whose", "here", "once", "again", "still", "very", "well", "good", "able", "mark",
        "marks", "hope", "hoped", "harsh", "mash", "match", "marched", "time", "times",
        "date", "dates", "week", "weeks", "year", "years", "month", "months", "days", "hour", "hours",
        "safe", "risk", "risks", "harm", "need", "needs", "care", "cared", "line", "lines", "name", "names",
        "check", "checks", "audit", "audits", "train", "trains", "training", "event", "events", "learn",
        "learning", "share", "shared", "sharing", "action", "actions", "outcome", "outcomes"};
    return words.count(folded) > 0;
}

bool is_title(std::string_view folded) {
    static const std::unordered_set<std::string_view> titles = {"mr", "mrs", "ms", "miss", "mx", "dr", "master",
                                                                "prof", "sir", "dame", "rev", "nurse"};
    return titles.count(folded) > 0;
}

bool is_surname_particle(std::string_view word) {
    static const std::unordered_set<std::string_view> particles = {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "ben", "ap", "al", "el", "st"};
    return particles.count(word) > 0;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string excerpt(std::string_view text, std::size_t begin, std::size_t end) {
    constexpr std::size_t kContext = 40;
    auto is_cont = [&](std::size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    std::size_t from = begin > kContext ? begin - kContext : 0;
    while (from > 0 && is_cont(from)) --from;
    std::size_t to = std::min(text.size(), end + kContext);
    while (to < text.size() && is_cont(to)) ++to;
    std::string out = from > 0 ? "…" : "";
    out += collapse_spaces(text.substr(from, to - from));
    if (to < text.size()) out += "…";
    return out;
}

}  // namespace model::redaction
