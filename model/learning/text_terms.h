// SPDX-License-Identifier: MIT
// Internal to model/learning: recommendation text reduced to comparable terms, so that the quality
// guard and the near-duplicate search see "improve the sharing of information" and "better
// information sharing" as the same thing: lower case, a light English stemmer, and synonym groups
// folded into one concept.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace model::learning_text {

/// Synonym groups that matter to the quality guard; Term::concept is None for other words.
enum class Concept {
    None,
    Share,        ///< share, exchange, disclose
    Information,  ///< information, intelligence, data, knowledge
    Communicate,  ///< communicate, communication, liaise, talk, dialogue
    Collaborate,  ///< together, collaborate, co-operate, jointly
    Curious,      ///< curious, curiosity, inquisitive
    Inquire,      ///< inquiry, enquiry, question, probe
    Engage,       ///< engage, engagement, involve
    Family,       ///< family, young person, child, parent, carer
    Improve,      ///< more, better, improve, enhance, strengthen, greater, effective, closer
    Exhort,       ///< be, show, demonstrate, exercise, display, remain (as in "be professionally curious")
};

struct Term {
    std::string word;  ///< lower case, as written
    std::string key;   ///< the stem, or the concept's name for a word in a synonym group
    Concept concept = Concept::None;
    int sentence = 0;  ///< index of the sentence or clause it is in
    int position = 0;  ///< word position in the whole text
    bool stopword = false;
    bool date = false;  ///< a year or a month name: says when, not what (left out of similarity)
};

/// Every word of `text`, in order. Digits stay words ("24", "2026"); punctuation splits words and
/// `. ; : ! ?` and line breaks end a sentence.
std::vector<Term> terms(std::string_view text);

/// A light suffix-stripping stemmer: "recognising", "recognition", "recognise" → "recogn".
std::string stem(const std::string& word);

}  // namespace model::learning_text
