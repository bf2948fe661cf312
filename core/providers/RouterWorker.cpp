#include "RouterWorker.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace core {

QByteArray RouterWorker::source()
{
    QFile file(u":/switchyard/worker/router.js"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString RouterWorker::slotLetter(const QString &slotName)
{
    const QString s = slotName.trimmed().toLower();
    if (s == u"a" || s == u"blue")
        return u"A"_s;
    if (s == u"b" || s == u"green")
        return u"B"_s;
    return {};
}

QString RouterWorker::webOriginBinding(const QString &slot)
{
    return u"WEB_%1_ORIGIN"_s.arg(slotLetter(slot));
}

QString RouterWorker::functionsBaseBinding(const QString &slot)
{
    return u"FUNCTIONS_%1_BASE"_s.arg(slotLetter(slot));
}

} // namespace core
