// SPDX-License-Identifier: MIT
#include "context.h"

namespace cli {

model::Board& Context::board() {
    if (!m_board) {
        m_board = model::Board::open(db_path, model::PathwayLibrary::load_default());
        m_board->set_actor(user);
    }
    return *m_board;
}

}  // namespace cli
