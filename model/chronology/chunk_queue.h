// SPDX-License-Identifier: MIT
// A bounded hand-over of chunks from one producer thread to one consumer: an import reads and checks
// rows on one core while the other stores them, and neither runs far ahead of the other.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace model {

template <typename Chunk>
class ChunkQueue {
public:
    explicit ChunkQueue(std::size_t capacity) : m_capacity(capacity) {}

    /// Blocks while full. Returns false once the consumer has given up (the chunk is dropped).
    bool push(Chunk chunk) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_chunks.size() < m_capacity || m_abandoned; });
        if (m_abandoned) return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    /// The producer has no more.
    void close() {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    /// The consumer stops taking: a blocked producer is released.
    void abandon() {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }
    bool abandoned() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_abandoned;
    }
    /// Blocks until a chunk comes, or returns nothing once the producer has closed and all are taken.
    std::optional<Chunk> pop() {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty()) return std::nullopt;
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    std::size_t m_capacity;
    bool m_closed = false;
    bool m_abandoned = false;
};

}  // namespace model
