#include "Ports.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

namespace core {

quint16 findFreeLoopbackPort(quint16 from, quint16 to)
{
    if (from == 0 || to < from)
        return 0;
    const int count = int(to) - int(from) + 1;
    const int start = int(QRandomGenerator::global()->bounded(quint32(count)));
    for (int i = 0; i < count; ++i) {
        const auto port = quint16(from + (start + i) % count);
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

} // namespace core
