// SPDX-License-Identifier: MIT
// Near-duplicate search over recommendations.
#include "model/learning/recommendation_index.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace model {

using learning_text::Term;

namespace {

/// Term → count, stopwords and the quality guard's exhortations ("more", "better", "be") left out:
/// two recommendations are alike for what they ask, not for how emphatically.
std::map<std::string, int> counts(const std::vector<Term>& terms, std::map<std::string, std::string>* words = nullptr) {
    std::map<std::string, int> out;
    for (const auto& t : terms) {
        if (t.stopword || t.date || t.concept == learning_text::Concept::Improve || t.concept == learning_text::Concept::Exhort)
            continue;
        if (t.key.size() < 2) continue;
        ++out[t.key];
        if (words) words->emplace(t.key, t.word);
    }
    return out;
}

}  // namespace

void RecommendationIndex::build(std::vector<Recommendation> recommendations) {
    m_docs = std::move(recommendations);
    m_added = 0;
    m_vectors.clear();
    m_term_ids.clear();
    m_term_words.clear();
    m_idf.clear();
    m_postings.clear();

    std::vector<std::map<std::string, int>> doc_counts;
    doc_counts.reserve(m_docs.size());
    std::vector<int> df;
    for (const auto& d : m_docs) {
        std::map<std::string, std::string> words;
        doc_counts.push_back(counts(learning_text::terms(d.text), &words));
        for (const auto& [key, n] : doc_counts.back()) {
            auto [it, added] = m_term_ids.emplace(key, int(m_term_ids.size()));
            if (added) {
                df.push_back(0);
                m_term_words.push_back(words[key]);
            }
            ++df[std::size_t(it->second)];
        }
    }
    const double n = double(m_docs.size());
    m_idf.resize(df.size());
    for (std::size_t t = 0; t < df.size(); ++t) m_idf[t] = float(std::log(1.0 + n / df[t]));
    m_postings.resize(df.size());
    m_vectors.resize(m_docs.size());
    for (std::size_t d = 0; d < m_docs.size(); ++d) {
        Vector v;
        double norm = 0;
        for (const auto& [key, count] : doc_counts[d]) {
            const int id = m_term_ids[key];
            const float w = float((1.0 + std::log(double(count))) * m_idf[std::size_t(id)]);
            v.emplace_back(id, w);
            norm += double(w) * w;
        }
        norm = std::sqrt(norm);
        for (auto& [id, w] : v) {
            w = float(w / norm);
            m_postings[std::size_t(id)].emplace_back(std::uint32_t(d), w);
        }
        m_vectors[d] = std::move(v);
    }
}

std::int64_t RecommendationIndex::max_id() const {
    std::int64_t id = 0;
    for (const auto& d : m_docs) id = std::max(id, d.id);
    return id;
}

void RecommendationIndex::add(Recommendation recommendation) {
    // Terms new to the index get the weight of a term seen once; the rest keep their weights.
    std::map<std::string, std::string> words;
    const auto doc_counts = counts(learning_text::terms(recommendation.text), &words);
    const float unseen = float(std::log(1.0 + double(m_docs.size() + 1)));
    const auto d = std::uint32_t(m_docs.size());
    Vector v;
    double norm = 0;
    for (const auto& [key, count] : doc_counts) {
        auto [it, added] = m_term_ids.emplace(key, int(m_term_ids.size()));
        if (added) {
            m_term_words.push_back(words[key]);
            m_idf.push_back(unseen);
            m_postings.emplace_back();
        }
        const float w = float((1.0 + std::log(double(count))) * m_idf[std::size_t(it->second)]);
        v.emplace_back(it->second, w);
        norm += double(w) * w;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : v) {
        w = float(w / norm);
        m_postings[std::size_t(id)].emplace_back(d, w);
    }
    m_vectors.push_back(std::move(v));
    m_docs.push_back(std::move(recommendation));
    ++m_added;
}

RecommendationIndex::Vector RecommendationIndex::vectorise(const std::vector<Term>& terms) const {
    Vector v;
    double norm = 0;
    const float unseen = float(std::log(1.0 + double(std::max<std::size_t>(m_docs.size(), 1))));
    for (const auto& [key, count] : counts(terms)) {
        auto it = m_term_ids.find(key);
        // Words no other recommendation uses still make the draft less like them.
        const float idf = it == m_term_ids.end() ? unseen : m_idf[std::size_t(it->second)];
        const float w = float((1.0 + std::log(double(count))) * idf);
        norm += double(w) * w;
        if (it != m_term_ids.end()) v.emplace_back(it->second, w);
    }
    if (norm > 0)
        for (auto& p : v) p.second = float(p.second / std::sqrt(norm));
    return v;
}

std::vector<RecommendationIndex::Match> RecommendationIndex::search(const Vector& query, const std::string& exclude_review,
                                                                    double min_score, std::size_t limit) const {
    std::vector<float> score(m_docs.size(), 0.0f);
    std::vector<std::uint32_t> touched;
    for (const auto& [id, w] : query)
        for (const auto& [doc, dw] : m_postings[std::size_t(id)]) {
            if (score[doc] == 0.0f) touched.push_back(doc);
            score[doc] += w * dw;
        }
    std::vector<Match> out;
    for (auto doc : touched)
        if (score[doc] >= min_score && m_docs[doc].review != exclude_review) out.push_back({doc, double(score[doc])});
    std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

std::vector<RecommendationIndex::Match> RecommendationIndex::similar(const std::vector<Term>& terms,
                                                                     const std::string& exclude_review,
                                                                     double min_score, std::size_t limit) const {
    return search(vectorise(terms), exclude_review, min_score, limit);
}

std::vector<RecommendationIndex::Match> RecommendationIndex::similar_to(std::size_t doc, double min_score,
                                                                        std::size_t limit) const {
    return search(m_vectors[doc], m_docs[doc].review, min_score, limit);
}

std::vector<std::string> RecommendationIndex::shared_words(const std::vector<std::size_t>& docs, std::size_t limit) const {
    std::map<int, std::pair<int, float>> tally;  // term → (docs using it, summed weight)
    for (auto d : docs)
        for (const auto& [id, w] : m_vectors[d]) {
            auto& t = tally[id];
            ++t.first;
            t.second += w;
        }
    std::vector<std::pair<int, std::pair<int, float>>> ranked(tally.begin(), tally.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second.first != b.second.first ? a.second.first > b.second.first : a.second.second > b.second.second;
    });
    std::vector<std::string> out;
    for (const auto& [id, t] : ranked) {
        if (out.size() >= limit || t.first < 2) break;
        const std::string& word = m_term_words[std::size_t(id)];
        out.push_back(word);
    }
    return out;
}

}  // namespace model
