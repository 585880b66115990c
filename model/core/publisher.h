// SPDX-License-Identifier: MIT
#pragma once
#include <functional>
#include <memory>
#include <vector>

namespace model {

/// Ends a subscription when destroyed, so a UI panel that holds one as a member disconnects itself.
class Subscription {
public:
    Subscription() = default;
    explicit Subscription(std::function<void()> cancel) : m_cancel(std::move(cancel)) {}
    Subscription(Subscription&& other) noexcept : m_cancel(std::move(other.m_cancel)) { other.m_cancel = nullptr; }
    Subscription& operator=(Subscription&& other) noexcept {
        if (this != &other) {
            reset();
            m_cancel = std::move(other.m_cancel);
            other.m_cancel = nullptr;
        }
        return *this;
    }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription() { reset(); }
    void reset() {
        if (m_cancel) m_cancel();
        m_cancel = nullptr;
    }

private:
    std::function<void()> m_cancel;
};

/// Toolkit-neutral observer: the model publishes plain message structs after a change commits.
/// Publish and subscribe on the main thread only.
template <typename Message>
class Publisher {
public:
    using Callback = std::function<void(const Message&)>;

    Publisher() : m_slots(std::make_shared<Slots>()) {}

    [[nodiscard]] Subscription subscribe(Callback callback) {
        auto id = ++m_slots->next_id;
        m_slots->entries.push_back({id, std::move(callback)});
        std::weak_ptr<Slots> weak = m_slots;
        return Subscription([weak, id] {
            if (auto slots = weak.lock()) {
                auto& e = slots->entries;
                for (auto it = e.begin(); it != e.end(); ++it)
                    if (it->id == id) { e.erase(it); break; }
            }
        });
    }

    void publish(const Message& message) const {
        auto copy = m_slots->entries;  // a callback may unsubscribe
        for (auto& entry : copy) entry.callback(message);
    }

private:
    struct Entry { unsigned long id; Callback callback; };
    struct Slots { std::vector<Entry> entries; unsigned long next_id = 0; };
    std::shared_ptr<Slots> m_slots;
};

}  // namespace model
