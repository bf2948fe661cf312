#pragma once

#include <QtGlobal>

namespace core {

// A TCP port in [from, to] that 127.0.0.1 can bind right now (tried from a random start), or 0 if none.
// Keep the range below the ephemeral range (32768+), where outgoing connections may hold ports.
[[nodiscard]] quint16 findFreeLoopbackPort(quint16 from = 20000, quint16 to = 32000);

} // namespace core
