// SPDX-License-Identifier: MIT
#include "model/core/libxml_lock.h"

namespace model {

std::recursive_mutex& libxml_mutex() {
    static std::recursive_mutex m;
    return m;
}

}  // namespace model
