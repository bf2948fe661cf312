#include "AuditEntry.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace core {

QByteArray AuditEntry::canonical() const
{
    // QJsonObject keeps keys sorted, and compact output has no insignificant white space, so the
    // same entry always serializes to the same bytes.
    const QJsonObject json{
        {u"seq"_s, seq},       {u"at"_s, at.toMSecsSinceEpoch()}, {u"actor"_s, actor},
        {u"action"_s, action}, {u"subject"_s, subject},           {u"details"_s, details},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace core
