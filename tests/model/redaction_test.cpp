// SPDX-License-Identifier: MIT
// Redaction for publication: every form of a name a reader would recognise becomes the pseudonym,
// and whatever the redactor cannot be sure of is refused (a problem), never passed silently.
#include "model/reports/redaction.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using model::Person;
using model::RedactionDecision;
using model::Redactor;

namespace {

std::vector<Person> family() {
    return {{1, "Jane Smith", "Mother", "parent"},
            {2, "Tom Smith", "Child A", "child"},
            {3, "Zoë O'Brien-Hughes", "Aunt", "family-member"},
            {4, "Rose Parker", "Neighbour", "family-member"},
            {5, "Anil Patel", "GP 1", "practitioner"}};
}

std::string redact(const std::string& text, const std::vector<Person>& people = family()) {
    Redactor r(people);
    std::string out = r.apply(text, "test");
    INFO("problems: " << r.report().problems.size());
    return out;
}

bool refused(const std::string& text, const std::vector<Person>& people = family(),
             const std::vector<RedactionDecision>& decisions = {}) {
    Redactor r(people, decisions);
    r.apply(text, "chronology 7");
    return !r.safe();
}

}  // namespace

TEST_CASE("a full name becomes the pseudonym, longest match first", "[redaction]") {
    CHECK(redact("Jane Smith attended the appointment.") == "Mother attended the appointment.");
    CHECK(redact("Seen by Anil Patel today") == "Seen by GP 1 today");
    // Not "Mother Smith" or "Mother Mother".
    CHECK(redact("jane smith") == "Mother");
}

TEST_CASE("first names and unique surnames are replaced alone, in any letter case", "[redaction]") {
    CHECK(redact("Jane said she was tired") == "Mother said she was tired");
    CHECK(redact("JANE said") == "Mother said");
    CHECK(redact("tom was at school") == "Child A was at school");
    CHECK(redact("Patel prescribed") == "GP 1 prescribed");
    CHECK(redact("PATEL prescribed") == "GP 1 prescribed");
    CHECK(redact("Rose said no") == "Neighbour said no");
}

TEST_CASE("possessives keep their apostrophe", "[redaction]") {
    CHECK(redact("Jane Smith's partner") == "Mother's partner");
    CHECK(redact("Patel's letter") == "GP 1's letter");
    CHECK(redact("PATEL\xE2\x80\x99S letter") == "GP 1\xE2\x80\x99s letter");
    CHECK(redact("the Patels' house") == "the GP 1's house");
    const std::vector<Person> james{{1, "James Wood", "Father", "parent"}};
    CHECK(redact("James' car", james) == "Father's car");
}

TEST_CASE("hyphenated, double-barrelled and apostrophe names in every spelling", "[redaction]") {
    CHECK(redact("Zoë O'Brien-Hughes visited") == "Aunt visited");
    CHECK(redact("Zoe OBrien Hughes visited") == "Aunt visited");
    CHECK(redact("ZOE O\xE2\x80\x99" "BRIEN-HUGHES visited") == "Aunt visited");
    CHECK(redact("O'Brien-Hughes visited") == "Aunt visited");
    CHECK(redact("Ms Hughes visited") == "Aunt visited");
    CHECK(redact("Zoe said") == "Aunt said");
    // Decomposed accent (e + combining diaeresis) reads the same.
    CHECK(redact("Zoe\xCC\x88 said") == "Aunt said");
    const std::vector<Person> double_barrelled{{1, "Amy Smith-Jones", "Mother", "parent"}};
    CHECK(redact("Amy Smith-Jones, Amy Smith, Amy Jones, Smith Jones, Ms Smith-Jones, Jones, SMITHJONES",
                 double_barrelled) == "Mother, Mother, Mother, Mother, Mother, Mother, Mother");
    const std::vector<Person> particle{{1, "Pieter van der Berg", "Father", "parent"}};
    CHECK(redact("Mr van der Berg and Berg's brother", particle) == "Father and Father's brother");
}

TEST_CASE("initials with the surname, a title with the name", "[redaction]") {
    CHECK(redact("Letter to A. Patel") == "Letter to GP 1");
    CHECK(redact("Letter to A Patel") == "Letter to GP 1");
    CHECK(redact("Letter to A.Patel") == "Letter to GP 1");
    // A full stop joins an initial to a name, not two sentences.
    CHECK(redact("He told Anil. Patel's letter came later.") == "He told GP 1. GP 1's letter came later.");
    CHECK(redact("Dr Patel called") == "GP 1 called");
    CHECK(redact("Mrs Parker called") == "Neighbour called");
}

TEST_CASE("a name split across a line break or extra spaces", "[redaction]") {
    CHECK(redact("seen by Anil\nPatel on the ward") == "seen by GP 1 on the ward");
    CHECK(redact("seen by Anil  \r\n   Patel") == "seen by GP 1");
    CHECK(redact("Jane\tSmith") == "Mother");
}

TEST_CASE("names inside longer chronology text, UTF-8 kept intact", "[redaction]") {
    const std::string text =
        "Health visitor \xE2\x80\x9C" "home visit\xE2\x80\x9D: Jane reported that Tom (aged 2) had a bruise; "
        "Zoë was present. Café visit with Rose later \xE2\x80\x94 no concerns. Patel's referral sent.";
    CHECK(redact(text) ==
          "Health visitor \xE2\x80\x9C" "home visit\xE2\x80\x9D: Mother reported that Child A (aged 2) had a bruise; "
          "Aunt was present. Café visit with Neighbour later \xE2\x80\x94 no concerns. GP 1's referral sent.");
    Redactor r(family());
    r.apply(text, "chronology 12");
    CHECK(r.safe());
    bool counted = false;
    for (const auto& rep : r.report().replacements)
        if (rep.found == "Jane" && rep.pseudonym == "Mother" && rep.where == "chronology 12" && rep.count == 1) counted = true;
    CHECK(counted);
}

TEST_CASE("whole words only: a name inside another word is left alone", "[redaction]") {
    CHECK(redact("rosemary and roseanne; Smithfield market; Tomorrow; Janet") ==
          "rosemary and roseanne; Smithfield market; Tomorrow; Janet");
    CHECK(redact("the patella was bruised") == "the patella was bruised");
}

TEST_CASE("a surname shared by two people is refused, naming the text and place", "[redaction]") {
    Redactor r(family());
    const std::string out = r.apply("Smith was seen", "finding 3");
    REQUIRE_FALSE(r.safe());
    REQUIRE(r.report().problems.size() == 1);
    const auto& p = r.report().problems.front();
    CHECK(p.where == "finding 3");
    CHECK(p.excerpt.find("Smith was seen") != std::string::npos);
    CHECK(p.reason.find("Mother") != std::string::npos);
    CHECK(p.reason.find("Child A") != std::string::npos);
    CHECK(out == "Smith was seen");  // not guessed
    // The first name settles it.
    CHECK(redact("Tom Smith was seen") == "Child A was seen");
    CHECK_FALSE(refused("T. Smith was seen"));
}

TEST_CASE("names that are also ordinary words are refused when they could be the name", "[redaction]") {
    const std::vector<Person> people{{1, "May Hope", "Mother", "parent"},
                                     {2, "Will Grace", "Father", "parent"},
                                     {3, "Mark Jones", "Uncle", "family-member"}};
    CHECK(refused("The review met in May.", people));
    CHECK(refused("Hope was not at home.", people));
    CHECK(refused("Will attended the meeting.", people));
    CHECK(refused("Grace said the flat was cold.", people));
    CHECK(refused("Mark was seen by the school nurse.", people));
    // Lower case is the ordinary word.
    CHECK_FALSE(refused("staff may hope the family will mark the date", people));
    // The whole name, or a title, makes it certain.
    CHECK(redact("May Hope and Mrs Hope and Mr Grace", people) == "Mother and Mother and Father");
}

TEST_CASE("near-miss spellings of a name are refused", "[redaction]") {
    CHECK(refused("Jonh Smith attended", {{1, "John Smith", "Father", "parent"}}));
    CHECK(refused("Mr Smyth attended", {{1, "John Smith", "Father", "parent"}}));
    CHECK(refused("spoke to Jhon", {{1, "John Smith", "Father", "parent"}}));
    // Far from any name: fine.
    CHECK_FALSE(refused("Social worker attended", {{1, "John Smith", "Father", "parent"}}));
}

TEST_CASE("an everyday word one letter from a name is the word, not a misspelling", "[redaction]") {
    const std::vector<Person> people{{1, "Helen Marsh", "GP 1", "practitioner"}, {2, "Hope Lane", "Aunt", "family-member"}};
    CHECK_FALSE(refused("Seen on 3 March 2025 at the surgery.", people));
    CHECK_FALSE(refused("Home visit by the health visitor.", people));
    CHECK(redact("Dr Marsh saw the child on 3 March 2025.", people) == "GP 1 saw the child on 3 March 2025.");
    CHECK(refused("Dr Marssh saw the child.", people));  // still a misspelling of the name
}

TEST_CASE("names of one or two letters are refused", "[redaction]") {
    const std::vector<Person> people{{1, "Jo Bloggs", "Mother", "parent"}};
    CHECK(refused("Jo was at home", people));
    CHECK(redact("Jo Bloggs was at home", people) == "Mother was at home");
}

TEST_CASE("a pseudonym that contains a real name is refused", "[redaction]") {
    Redactor r({{1, "Jane Smith", "Mother", "parent"}, {2, "Tom Jones", "Smith's child", "child"}});
    CHECK_FALSE(r.safe());
    REQUIRE_FALSE(r.report().problems.empty());
    CHECK(r.report().problems.front().where == "people register");
}

TEST_CASE("check() finds names left in final text without changing anything", "[redaction]") {
    Redactor r(family());
    r.check("Mother attended with Child A. GP 1 was informed.", "final report");
    CHECK(r.safe());
    r.check("Mother attended with Tom.", "final report");
    CHECK_FALSE(r.safe());
    CHECK(r.report().problems.back().reason.find("Child A") != std::string::npos);
}

TEST_CASE("a person's decision resolves an uncertain case", "[redaction]") {
    const std::vector<Person> people{{1, "May Hope", "Mother", "parent"}, {2, "Jane Smith", "Aunt", "family-member"},
                                     {3, "Tom Smith", "Child A", "child"}};
    // The month: safe as it is, everywhere in this review.
    CHECK_FALSE(refused("The review met in May.", people, {{"May", "the month", "", ""}}));
    // Replaced as decided, in one place only.
    Redactor r(people, {{"smith", "Mr Smith here is the child's uncle", "chronology 7", "Uncle"}});
    CHECK(r.apply("Smith called", "chronology 7") == "Uncle called");
    CHECK(r.safe());
    r.apply("Smith called", "chronology 8");
    CHECK_FALSE(r.safe());
    // A decision never lets a certain name through.
    CHECK(Redactor(people, {{"Jane", "no", "", ""}}).apply("Jane said", "x") == "Aunt said");
}

TEST_CASE("invisible characters and dashes do not hide a name", "[redaction]") {
    CHECK(redact("Pa\xC2\xADtel called") == "GP 1 called");      // soft hyphen
    CHECK(redact("Pa\xE2\x80\x8Btel called") == "GP 1 called");  // zero-width space
    CHECK(redact("O\xE2\x80\x99" "Brien\xE2\x80\x93Hughes called") == "Aunt called");  // curly apostrophe, en dash
    CHECK(redact("Anil\xC2\xA0Patel") == "GP 1");                   // non-breaking space
}

TEST_CASE("a title in the register is not part of the name, acronyms are not misspellings", "[redaction]") {
    const std::vector<Person> people{{1, "Dr Helen Marsh", "GP 1", "practitioner"}};
    CHECK(redact("Dr Marsh and Helen Marsh and DR HELEN MARSH", people) == "GP 1 and GP 1 and GP 1");
    CHECK_FALSE(refused("Dr attended; referral to MASH", people));
    // A police officer called Marsh may be someone else: refused, not replaced with the GP's pseudonym.
    CHECK(refused("DS Marsh attended", people));
}

TEST_CASE("a decision for a place holds for everything inside it", "[redaction]") {
    const std::vector<Person> people{{1, "Jane Smith", "Aunt", "family-member"}, {2, "Tom Smith", "Child A", "child"}};
    Redactor r(people, {{"Smith", "the uncle", "chronology 7", "Uncle"}});
    CHECK(r.apply("Smith called", "chronology 7 details") == "Uncle called");
    CHECK(r.apply("Smith called", "chronology 7") == "Uncle called");
    CHECK(r.safe());
    r.apply("Smith called", "chronology 70 details");  // not inside "chronology 7"
    CHECK_FALSE(r.safe());
}

TEST_CASE("the same problem found by apply and then check is reported once", "[redaction]") {
    Redactor r(family());
    const std::string text = "Smith was seen";
    r.check(r.apply(text, "finding 3"), "finding 3");
    CHECK(r.report().problems.size() == 1);
}

TEST_CASE("names in other alphabets, in any case", "[redaction]") {
    const std::vector<Person> people{{1, "Олена Коваль", "Mother", "parent"}, {2, "Łukasz Wójcik", "Father", "parent"}};
    CHECK(redact("ОЛЕНА said; Коваль's flat", people) == "Mother said; Mother's flat");
    CHECK(redact("Lukasz WOJCIK and łukasz", people) == "Father and Father");
}

TEST_CASE("check() of a whole document honours a decision to keep made for one place", "[redaction]") {
    const std::vector<Person> people{{1, "May Hope", "Mother", "parent"}};
    Redactor r(people, {{"May", "the month", "chronology 7", ""}});
    CHECK(r.apply("Seen in May.", "chronology 7 details") == "Seen in May.");
    CHECK(r.safe());
    r.check("Chronology\nSeen in May.\n", "block 12");  // the rendered document no longer knows the place
    CHECK(r.safe());
    r.apply("May said no.", "chronology 8 details");  // a place without a decision is still refused
    CHECK_FALSE(r.safe());
}
