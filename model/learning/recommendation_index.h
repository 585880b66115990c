// SPDX-License-Identifier: MIT
// Internal to model/learning: an in-memory index of every recommendation on the board for the
// near-duplicate search, built once and rebuilt after a change, so that the quality guard can run on
// every keystroke (a query against 10,000 recommendations takes well under a millisecond).
#pragma once
#include "model/learning/recommendation.h"
#include "model/learning/text_terms.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace model {

/// Cosine similarity of TF-IDF vectors over stemmed, synonym-folded terms (stopwords left out).
class RecommendationIndex {
public:
    struct Match {
        std::size_t doc = 0;
        double score = 0;
    };

    void build(std::vector<Recommendation> recommendations);
    /// Adds one recommendation with the term weights of the last build, so that saving one does
    /// not rebuild the whole index. `stale()` says when enough have been added that the weights
    /// should be recomputed.
    void add(Recommendation recommendation);
    bool stale() const { return m_added * 10 > m_docs.size() + 10; }
    std::size_t size() const { return m_docs.size(); }
    const Recommendation& doc(std::size_t i) const { return m_docs[i]; }
    /// The highest recommendation id indexed (0 when empty).
    std::int64_t max_id() const;

    /// Recommendations of other reviews than `exclude_review` scoring at least `min_score`, best first.
    std::vector<Match> similar(const std::vector<learning_text::Term>& terms, const std::string& exclude_review,
                               double min_score, std::size_t limit) const;
    /// The same for a recommendation of the index.
    std::vector<Match> similar_to(std::size_t doc, double min_score, std::size_t limit) const;

    /// The terms that `docs` share most, as words a person recognises, most shared first.
    std::vector<std::string> shared_words(const std::vector<std::size_t>& docs, std::size_t limit) const;

private:
    using Vector = std::vector<std::pair<int, float>>;  // term id, weight; unit length
    Vector vectorise(const std::vector<learning_text::Term>& terms) const;
    std::vector<Match> search(const Vector& query, const std::string& exclude_review, double min_score,
                              std::size_t limit) const;

    std::vector<Recommendation> m_docs;
    std::size_t m_added = 0;  // added since the last build
    std::vector<Vector> m_vectors;
    std::unordered_map<std::string, int> m_term_ids;
    std::vector<std::string> m_term_words;  // a surface word for each term, for labels
    std::vector<float> m_idf;
    std::vector<std::vector<std::pair<std::uint32_t, float>>> m_postings;  // term id → (doc, weight)
};

}  // namespace model
